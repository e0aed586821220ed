"""The cases of Tactful's questions held-out set 28 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout28.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
narrowboat holiday hire (UK), an ice-fishing hut rental (Canada), an Ayurvedic retreat (India), a
guest ranch (US), a biltong maker's web shop (South Africa), a distillery's private-cask programme
(Ireland), a saddle fitter (UK), a pinball restorer and dealer (US), a dogsled tour operator
(Canada), a water-purifier servicing firm (India), a private game lodge (South Africa), a bodhrán
maker (Ireland), a stamp dealer and postal auction house (UK) and a driveway sealcoating and
asphalt-repair company (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Tolhurst Lock Narrowboats (narrowboat holiday hire, UK) -------------------------------------
    case("""\
Hi there,

⟦Are dogs allowed on the boats⟧ and ⟦is there a charge?⟧ We'd be bringing Bramble, our spaniel.

Cheers,
Gareth

On Thu, 3 Dec 2026 at 16:20, Tolhurst Lock Narrowboats <bookings@tolhurstlock.example.co.uk> wrote:
> Dear Mr Pryce,
>
> Thank you for your deposit of £250 for Heron (four berth), Friday 21 May to Friday 28 May 2027, departing from Tolhurst Wharf.
>
> Please let us know if you have any questions before then.
>
> Kind regards,
> Deb Allcott
> Tolhurst Lock Narrowboats""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Gareth,

Bramble is very welcome on Heron; we take up to two dogs per boat. There's a £45 charge per dog for the deep clean after your trip, which I'll add to your balance.

A couple of tips: bring a towel for muddy paws at the hatch, and keep a lead handy at the locks, as the lock sides are busy in May.

Best wishes,
Deb"""),

    case("""\
Dear Tolhurst Lock,

My husband Ray and I have been talking about a canal holiday for about fifteen years, ever since we watched a boat go through a flight of locks near Stoke Bruerne on a day out with the grandchildren. Ray retired in October after forty-one years on the buses and I’ve told him it’s now or never. The thing is, neither of us has ever steered anything bigger than a rowing boat on the lake at Coombe Abbey, and Ray had his shoulder done two years ago, so ⟦I’m not sure whether working the locks would be too much for him⟧, or ⟦whether there’s someone who can show us how on the first morning.⟧ We were thinking of going to Napton and back in a week. ⟦Roughly how many hours a day would we be cruising to do that?⟧ We don’t want to be rushing about, we want to sit out with a flask and watch the herons. My sister says the boats are freezing in spring. ⟦Do they have proper heating?⟧ ⟦Please could you also post us a brochure, as Ray doesn’t like reading things on the computer.⟧

With thanks,
Maureen Eddison
01632 960417""",
         [Y, Y, N, N, Y], ["yes/no", "yes/no", "when", "yes/no", "request"],
         """\
Dear Maureen,

What a lovely way to mark Ray’s retirement. Please don’t worry about never having steered: every crew gets a full hour’s handover on the first morning, and one of our team will take you through the first lock and stay until you’re both confident. Plenty of our customers have had shoulder trouble. The windlass does need a firm push, but you can share the work between you, and Ray can always take the tiller while you do the paddles.

Napton and back is a lovely week, with a pub at nearly every stop and plenty of herons on the stretch past Long Itchington. April can still be chilly on the water, so do pack warm jumpers and a hat.‸

I’ve put a brochure and a route guide in the post to you today.

Warm regards,
Deb Allcott
Tolhurst Lock Narrowboats"""),

    case("""\
To whoever reads these,

We got back from Kingfisher on Saturday and I've waited a couple of days to calm down before writing this. On our second morning the engine overheated just past Braunston and we sat on the towpath for the whole of Tuesday waiting for your engineer, who finally turned up at ten past seven that evening. We lost two full days of a five-day break, the kids were frozen, and nobody from your office rang us back once after my first call.

⟦I want the two lost days refunded to my card.⟧ ⟦You can also cover the £38 we spent getting a takeaway brought out to the towpath, since we couldn't move the boat.⟧ And ⟦I'd like someone to explain why it took nine hours to get an engineer to a boat that was twenty minutes from your yard.⟧

I'll be leaving a review either way.

Lorna Whitcombe

From: Tolhurst Lock Narrowboats <bookings@tolhurstlock.example.co.uk>
Sent: 05 December 2026 09:00
To: lorna.whitcombe@example.com
Subject: How was your break on Kingfisher?

Hi Lorna,

We hope you enjoyed your time on the water! Would you take two minutes to tell us how it went? Just reply to this email or leave us a review.

Tolhurst Lock Narrowboats""",
         [Y, N, N], ["request", "request", "why"],
         """\
Dear Lorna,

I'm so sorry. Losing two days of a five-day break, with children on board and no call back from us, is not the holiday you paid for.

I've refunded two days' hire, £296, to the card you booked with this morning, and it should reach you within five working days.‸

If you'd ever like to give us another try, I'd be glad to put you on one of our newer boats.

Kind regards,
Deb Allcott
Bookings Manager, Tolhurst Lock Narrowboats"""),

    case("""\
Hello,

We are a family from Utrecht (2 adults, children of 8 and 11) and we want to rent a boat in the summer holiday, two weeks from Saturday 17 July. We have sailed on the Dutch lakes but never a narrowboat. Some questions:

1. ⟦Need we a special licence or experience for the canals in England?⟧
2. ⟦How much costs 2 weeks with a boat for 4 persons⟧
3. ⟦Have you life jackets in children sizes?⟧
4. ⟦Can our car stay at your place during the 2 weeks⟧
5. ⟦Please send us the booking form.⟧

Thank you very much,
Joost van der Berg

-----Original Message-----
From: Tolhurst Lock Narrowboats <bookings@tolhurstlock.example.co.uk>
Sent: Wednesday, 2 December 2026 11:14
To: joost.vdberg@example.nl
Subject: Re: Enquiry from website

Dear Joost,

Thank you for your enquiry. Could you let us know the dates you have in mind and the size of your party?

Kind regards,
Tolhurst Lock Narrowboats""",
         [Y, N, Y, N, Y], ["yes/no", "how much", "yes/no", "yes/no", "request"],
         """\
Dear Joost,

Thank you, and you'll find our canals very gentle after the Dutch lakes. No licence is needed to hire a narrowboat in England, and we give every crew a full handover and a trip through the first lock before they set off.

For a family of four the Heron or the Kestrel would suit you best; both have a separate cabin for the children and a large front deck. We keep life jackets in every size from 10 kg upwards, and we fit them on the day.‸

I've attached the booking form; you can return it by email.

Kind regards,
Deb Allcott
Tolhurst Lock Narrowboats"""),

    case("""\
Thanks Deb, all sorted on our side. See you in April!

Sent from my iPhone

On 4 Dec 2026, at 15:02, Tolhurst Lock Narrowboats <bookings@tolhurstlock.example.co.uk> wrote:

> Hi Tom,
>
> Your balance of £1,140 is now paid, thank you. Could you let us know roughly what time you expect to arrive on Friday 9 April, so we can have Moorhen ready for you?
>
> Best wishes,
> Deb""",
         [], [],
         """\
Hi Tom,

Thanks! Just one thing before I forget: what time are you likely to get to us on Friday 9 April? Handovers run from 2 pm, and the earlier you arrive, the more daylight you'll have for your first few miles.

Best wishes,
Deb""",
         quoted_only=True),

    # --- Frostline Huts (ice-fishing hut rental, Lake Simcoe, Ontario, Canada) ----------------------
    case("""\
hey ⟦is the ice good yet⟧ 🎣 ⟦when do u think ur opening⟧ ❄️ ⟦do the huts come with an auger or do we bring our own⟧

tyler

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "when", "yes/no"],
         """\
Hey Tyler,

Not yet! There's about 3 inches out past the marina right now 🥶 and we don't put huts out until we've got a solid 8.‸ Every hut comes with a power auger, a skimmer and a bait bucket, so you won't need to bring your own.

Keep an eye on our Facebook page; we post ice reports every couple of days.

Cheers,
Mel
Frostline Huts"""),

    case("""\
Hi there,

I'm organizing our office's winter social and the team voted for ice fishing (I was outvoted, but here we are). We'd be 12 people on Saturday, February 13, most of whom have never held a rod. A few things before I put the deposit down:

- ⟦Can we bring our own barbecue and cook on the ice?⟧
- ⟦Is there a washroom anywhere near the huts⟧
- ⟦Shuttle from the parking lot out to the huts?⟧
- ⟦How much is the deposit⟧, and ⟦is it refundable if the ice isn't safe that weekend?⟧

Also, ⟦could you make the invoice out to Pemberton Surveying Ltd. rather than to me personally?⟧

Thanks so much,
Janelle Okafor
Office Manager | Pemberton Surveying Ltd.
Do you know where your property line is?
(705) 555-0162

From: Frostline Huts <info@frostlinehuts.example.ca>
Sent: Friday, December 4, 2026 3:41 PM
To: Janelle Okafor <j.okafor@pembertonsurveying.example.ca>
Subject: RE: Group day - February

Hi Janelle,

Yes, we can fit a group of that size across three of our day huts. Let me know the date you have in mind and I'll check availability.

Mel""",
         [Y, Y, N, Y, N, Y], ["yes/no", "yes/no", "yes/no", "how much", "yes/no", "request"],
         """\
Hi Janelle,

Saturday, February 13 is open, and I've pencilled in our three big day huts for you.

Barbecues are fine as long as they stay outside the huts; we'll set you up with a spot on the sheltered side. There's a heated washroom trailer on the ice about 100 metres from the huts.

The deposit is $150 for the group.‸ I'll make the invoice out to Pemberton Surveying Ltd. and send it over today.

Looking forward to meeting your reluctant anglers,
Mel"""),

    case("""\
Mel,

I rented the sleeper hut (#6) for Friday night with my brother-in-law. The propane heater quit around 1 a.m. and we spent the rest of the night in our snowmobile suits at minus 24. I called the emergency number on the hut door twice and got voicemail both times. We packed up at 5:30 and drove home.

That was $340 for a night I wouldn't wish on anyone. ⟦Put every cent of it back on my Visa.⟧ A credit toward another night out there is no use to me. And ⟦what exactly is the emergency number for if nobody answers it?⟧

Dale Kowalchuk

Sent from my Samsung Galaxy smartphone.""",
         [N, Y], ["request", "why"],
         """\
Hi Dale,

I'm really sorry. Nobody should spend a night like that in one of our huts. Our on-call guy's phone died overnight and the calls weren't forwarding to the backup line, which is exactly the situation that number is supposed to cover; we've now set it to ring two phones at once so it can't happen again.

I'd like to make it up to you with two free nights in the sleeper hut any time this season, and the heater in #6 has been replaced.‸

Mel
Frostline Huts
(705) 555-0118"""),

    case("""\
Hi Mel,

Thanks for the chat this morning. As we discussed, ⟦please book me the sleeper hut for the nights of Friday, January 29 and Saturday, January 30.⟧ You were going to check on the licence thing for my son. He's 14, so ⟦does he need his own fishing licence or is he covered under mine?⟧ ⟦Can I pay by e-transfer?⟧ ⟦How do we find the hut when we get there?⟧ I'm guessing it's not a street address.

Thanks,
Ravi Sandhu""",
         [Y, Y, Y, Y], ["request", "yes/no", "yes/no", "how"],
         """\
Hi Ravi,

You're all booked in the sleeper hut for Friday, January 29 and Saturday, January 30: two nights, $680.

Good news on the licence: Ontario residents under 18 don't need one, so your son can fish as much as he likes. E-transfer is perfect; send it to payments@frostlinehuts.example.ca and put your last name in the message.

Just drive to our lot at the end of Lakeshore Road and check in at the trailer. We'll run you and your gear out to the hut by snowmobile.

See you at the end of January!
Mel"""),

    case("""\
Hi Mel and crew,

Just wanted to say thanks for a great weekend. The boys caught eleven perch and a pike on Saturday, and my youngest still won't stop talking about the auger. How is it that the fish always bite the minute you pour a coffee?

We'll be back in February for sure.

Brendan Lacroix""",
         [], [],
         """\
Hi Brendan,

That's great to hear, and eleven perch and a pike is a very respectable weekend! Tell your youngest the auger will be waiting for him in February.

Thanks for letting us know,
Mel"""),

    # --- Nilayam Ayurveda Retreat (Kovalam, Kerala, India) --------------------------------------------
    case("""\
Dear Sir/Madam,

Greetings from Bengaluru.

We are planning a 7 days Panchakarma programme for my mother (age 68) and myself in the second week of February. ⟦Kindly let us know the package cost for two persons including stay and food.⟧ ⟦Whether the doctor consultation is included in the package or charged separately?⟧ My mother is diabetic for the past 12 years, ⟦whether she can undergo the treatment?⟧ Also, ⟦which is the nearest railway station to your place?⟧

Kindly revert at the earliest.

Regards,
Srinivas Iyer
+91 90000 01234""",
         [Y, Y, N, N], ["how much", "yes/no", "yes/no", "where"],
         """\
Dear Mr. Iyer,

Thank you for writing to Nilayam, and greetings from Kovalam.

Our 7-day Panchakarma programme is ₹68,000 per person, which covers a garden cottage on twin sharing, all three vegetarian meals and every treatment, so ₹1,36,000 for both of you. Consultations with our chief physician, Dr. Lekha Nair, on arrival and every morning are part of the package.‸

The second week of February has good availability at the moment, so please let us know your dates and we will hold the cottage for you.

Warm regards,
Anjali Menon
Guest Relations, Nilayam Ayurveda Retreat"""),

    case("""\
Dear Nilayam team,

thank you for the offer for 14 nights from 6 March. Before I book I have still some questions.

⟦Is the transfer from Trivandrum airport included in the price of your offer?⟧ My flight lands at 3:20 in the night, ⟦is this a problem for the driver?⟧ ⟦At which time is the yoga in the morning?⟧ ⟦Can I pay with Visa card at the reception, or only with bank transfer before arrival?⟧

Best regards
Katrin Vogel

-----Ursprüngliche Nachricht-----
Von: Nilayam Ayurveda Retreat <stay@nilayam.example.in>
Gesendet: Donnerstag, 3. Dezember 2026 10:05
An: katrin.vogel@example.de
Betreff: Your enquiry – 14 nights in March

Dear Ms Vogel,

Thank you for your interest. Please find attached our offer for 14 nights from 6 March 2027 in a sea-view room with the Rejuvenation programme, at ₹2,45,000 in total. Please let us know if you have any questions.

Anjali""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "when", "which"],
         """\
Dear Ms Vogel,

Thank you for your questions.

Yes, the return transfer from Trivandrum airport is included in the offer, and night arrivals are no problem at all: our driver, Suresh, meets every flight, whatever the hour, and will be waiting at the exit with your name. Our yoga teacher, Meera, leads a class on the terrace every morning and evening, and both are part of your programme.‸

We accept Visa at reception, so you can settle the balance during your stay; we only need the 20% advance by bank transfer to confirm the booking.

Warm regards,
Anjali Menon
Guest Relations, Nilayam Ayurveda Retreat"""),

    case("""\
To,
The Manager,
Nilayam Ayurveda Retreat

Sub: Refund of advance – Booking No. NAR/2611/0457

Sir,

This is the third mail I am sending on the same matter. I cancelled my booking more than three weeks back because my father was hospitalised, and your staff assured me on phone that the advance of ₹42,500 will be refunded within 7 working days. Till date nothing is credited and nobody is replying.

⟦When will the amount be credited to my account?⟧ ⟦Please provide the UTR number of the transaction once it is done.⟧ If I do not hear by this week end I will be forced to approach the consumer forum.

Rajesh Kulkarni
Nashik

From: Rajesh Kulkarni <rajesh.kulkarni@example.in>
Sent: Tuesday, December 1, 2026 9:12 AM
To: stay@nilayam.example.in
Subject: Refund of advance – Booking No. NAR/2611/0457

Sir, kindly update on the status of my refund. It has been more than two weeks.

Rajesh""",
         [Y, N], ["when", "request"],
         """\
Dear Mr. Kulkarni,

Please accept our sincere apologies for the delay and for not replying to your earlier mails. We hope your father is recovering well.

Your refund of ₹42,500 was released from our bank this morning and should reach your account within two working days.‸ If it has not arrived by Thursday, please call me directly on +91 90000 01877.

Regards,
Thomas Varghese
Manager, Nilayam Ayurveda Retreat"""),

    case("""\
Noted with thanks. Will share the details shortly.

Regards,
Meera Pillai

On Sat, 5 Dec 2026 at 11:40, Nilayam Ayurveda Retreat <stay@nilayam.example.in> wrote:
> Dear Mrs. Pillai,
>
> Your booking for 18–25 January is confirmed. Kindly share your flight or train details so that we can arrange the pickup from Trivandrum. Please also let us know of any dietary restrictions.
>
> Warm regards,
> Anjali""",
         [], [],
         """\
Dear Mrs. Pillai,

Thank you. Whenever you have the travel details, just reply to this mail and we will arrange the pickup; our driver will be waiting whether you come by air or by train.

Warm regards,
Anjali Menon
Nilayam Ayurveda Retreat""",
         quoted_only=True),

    case("""\
⟦Is the retreat open during the monsoon months?⟧ ⟦Rates lower?⟧

Farah

Sent from my iPhone""",
         [Y, Y], ["yes/no", "how much"],
         """\
Dear Farah,

We are open all year, and June to August is in fact the classical season for Ayurvedic treatment, when the air is cool and moist and the body is said to respond best. Our monsoon packages run about 20% below the winter rates, from ₹7,500 per person per night including treatments.

Warm regards,
Anjali Menon
Nilayam Ayurveda Retreat"""),

    # --- Bitterroot Creek Guest Ranch (guest ranch, Montana, US) ---------------------------------------
    case("""\
Hi folks,

My wife found your ranch on Instagram at about 1 a.m. a couple of weeks ago and has been showing me pictures of the creek ever since, so I guess we're doing this. A little background: we're a family of five from Columbus, the kids are 11, 8 and 5, and nobody in the family has ridden a horse except me, once, at a birthday party in 1994. My wife Dana is honestly a little scared of horses after getting nipped as a kid. We're looking at the week of July 11.

Our youngest, Theo, is horse-crazy, so ⟦my first question is whether a five-year-old can go on the trail rides or if there's something for the little ones.⟧ ⟦Is there stuff for Dana to do that doesn't involve a horse?⟧ She likes hiking and would probably love to try fly fishing. I also have no idea what to pack. ⟦Do we need actual cowboy boots, or will sneakers work?⟧ Last thing, ⟦how do we get from the Missoula airport to you?⟧ I'd rather not rent a car if we don't have to.

Thanks, and sorry for the novel.

Mike Brennan
Columbus, OH""",
         [Y, Y, N, N], ["yes/no", "yes/no", "which", "how"],
         """\
Hi Mike,

No apology needed; we love a long email! The week of July 11 still has our two-bedroom Aspen cabin open, which would fit the five of you nicely.

Theo sounds like our kind of guest. Kids under six don't go out on the trail, but our wranglers run a buckaroo program every morning where the little ones learn to groom, saddle and ride in the arena with someone leading the horse, and most of them end up loving it more than the trail. Dana will have plenty to do: guided hikes up to Sawtooth Lake, fly-fishing lessons on the creek with our guide, Ray, and lots of porch time. Nobody is ever made to go near a horse here.

We'll send you our full packing list in the spring.‸

Hope to see you all in July,
Casey Lindgren
Bitterroot Creek Guest Ranch
(406) 555-0137"""),

    case("""\
Hello,

I'm pulling together options for our leadership offsite next summer and Bitterroot Creek is on the shortlist. Our requirements:

- ⟦Exclusive use of the ranch for three nights, Monday, June 14 through Thursday, June 17⟧
- ⟦Meeting space for 30 with a projector and reliable Wi-Fi⟧
- ⟦Vegetarian and gluten-free options at every meal⟧
- ⟦All-inclusive pricing per person (lodging, meals, activities)⟧

Also, ⟦how much notice would you need if we had to cancel?⟧

Best,
Priya Raman
Director, People Operations
Ledgerline Software
(312) 555-0149

________________________________
From: Bitterroot Creek Guest Ranch <stay@bitterrootcreek.example.com>
Sent: Wednesday, December 2, 2026 10:18 AM
To: Priya Raman <priya.raman@ledgerline.example.com>
Subject: RE: Group inquiry

Hi Priya,

Thanks for reaching out! Could you send over your dates, group size and what you'd need in terms of meeting space?

Casey""",
         [Y, Y, Y, N, N], ["request", "yes/no", "yes/no", "how much", "when"],
         """\
Hi Priya,

Thanks for thinking of us for your offsite! Monday, June 14 through Thursday, June 17 is open for a full buyout, so the ranch would be yours alone for those three nights.

Our Lodge great room seats 40 comfortably and has a ceiling projector and screen, and we put in fiber last spring, so video calls are solid. Our chef cooks vegetarian and gluten-free as a matter of course; just send me numbers a month out.

Pricing depends a lot on the mix of activities, so it might be easiest to set up a quick call and go through what your team would enjoy most.‸

Best,
Casey Lindgren
Group Sales, Bitterroot Creek Guest Ranch"""),

    case("""\
To Whom It May Concern,

We stayed at Bitterroot Creek over Thanksgiving and were charged $500 from our damage deposit for a "torn saddle fender." Nobody in our family tore anything. The saddle my daughter used was already cracked when she got on, and she mentioned it to the wrangler at the time.

⟦The full $500 goes back on my card.⟧ ⟦Send me the photos of the damage you're claiming⟧ and ⟦tell me who signed off on this charge.⟧

Regards,
Gail Hendricks

Sent from my iPad""",
         [Y, N, Y], ["request", "request", "request"],
         """\
Dear Ms. Hendricks,

Thank you for writing, and I'm sorry the end of your stay has left a sour taste.

Our head wrangler, Luis Ortega, inspected the saddle when your daughter brought it in and approved the charge. Having looked at his report again, we're not able to refund the $500: the fender was torn through at the stirrup leather, which isn't the kind of cracking we see from normal wear.‸

If you'd like to talk it through, I'm on (406) 555-0137 most mornings.

Sincerely,
Casey Lindgren
Guest Services Manager"""),

    case("""\
hiii 👋 ⟦do u guys do weddings at the ranch⟧ 💍 like in the barn!! ⟦how many ppl can fit⟧ and ⟦can we bring our own caterer or do we have to use urs⟧ 🙏

kayla""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Kayla,

We sure do! 🤠 The barn seats up to 150 for dinner, or about 200 if you're doing a standing reception with a dance floor.‸ Summer Saturdays go fast, so if you have a date in mind, send it my way and I'll check it.

Congratulations!
Casey
Bitterroot Creek Guest Ranch"""),

    case("""\
Hi Casey,

As requested, here are our flight details. See you in June!

Linda

---------- Forwarded message ---------
From: Big Sky Air <noreply@bigskyair.example.com>
Date: Fri, Dec 4, 2026 at 8:02 PM
Subject: Your itinerary – Confirmation KQ7TZL
To: <linda.marsh@example.com>

Passengers: LINDA MARSH, GEORGE MARSH
Saturday, June 19, 2027 – Denver (DEN) 1:05 PM → Missoula (MSO) 3:40 PM

Please check in online 24 hours before departure. Questions about your trip? Visit bigskyair.example.com/help.""",
         [], [],
         """\
Hi Linda,

Thanks! I've noted that you and George land in Missoula at 3:40 p.m. on Saturday, June 19, and Hank will be waiting at arrivals with the ranch truck. It's about an hour and a half to us, so you'll be here in plenty of time for supper.

See you in June,
Casey""",
         quoted_only=True),

    # --- Karoo Kudu Biltong Co. (biltong maker's web shop, South Africa) -------------------------------
    case("""\
Howzit,

⟦Do you guys ship to the UK?⟧ My brother's been in Reading for six years and moans every time he phones that the biltong over there tastes like cardboard. ⟦If you do, how long does it take to get there⟧, and ⟦is there any customs hassle on his side?⟧ Want to surprise him before Christmas.

Cheers,
Thabo Nkosi
082 555 0163""",
         [Y, Y, Y], ["yes/no", "when", "yes/no"],
         """\
Hi Thabo,

Sadly we can't. The UK doesn't allow meat products to be sent in from South Africa, so anything we posted would be taken off the parcel and destroyed at the border, and we won't take your money for that.

What a lot of our customers do instead is send a voucher and a bag of our spice mix, which is fine to post, so he can make his own. Our Dry Your Own kit is R395 including the box.

Sorry to be the bearer of bad news!
Lerato
Karoo Kudu Biltong Co."""),

    case("""\
Good day,

Order KK-20418 only arrived on Saturday, THREE days after you said it would, and when I opened the 1 kg wet biltong there was white mould on half the pieces. I paid R689 plus R120 for "express" delivery.

⟦Send me a replacement with a courier that actually delivers.⟧ ⟦The R120 for "express" delivery should come back to me too, since it was anything but.⟧ And ⟦how long was this meat sitting in a hot depot for?⟧

Disappointed,
Anton Ferreira
Pretoria

From: Karoo Kudu Biltong Co. <orders@karookudu.example.co.za>
Sent: 01 December 2026 14:05
To: anton.ferreira@example.co.za
Subject: Your order KK-20418 is on its way!

Hi Anton,

Great news, your order has been dispatched with SwiftPak Express and should be with you tomorrow. Track it here: track.swiftpak.example.co.za/KK20418

Questions? Just reply to this email.

Karoo Kudu Biltong Co.""",
         [Y, N, Y], ["request", "request", "when"],
         """\
Dear Anton,

I'm so sorry; that's not the biltong we want anyone opening. Wet biltong should never be in transit for more than two days, and yours sat in SwiftPak's Centurion depot for three days after one of their trucks broke down. They only told us on Friday.

A fresh 1 kg packet went out this morning with The Courier Guy, tracking number TCG88310274, and should reach you tomorrow.‸

Kind regards,
Lerato Dlamini
Customer Care, Karoo Kudu Biltong Co."""),

    case("""\
Hi there,

We'd like to give our clients something proudly South African this year instead of the usual wine. Please see below:

1. ⟦Can you do 60 gift boxes with our company logo on a sticker?⟧
2. ⟦Must be at our Stellenbosch office by Friday 18 December⟧
3. ⟦Quote incl. VAT⟧
4. ⟦Can we pay on invoice, 30 days?⟧

Logo attached in high res.

Baie dankie,
Marlize van Wyk
Office Manager, Kloofzicht Attorneys
021 555 0178
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [Y, Y, Y, Y], ["yes/no", "request", "how much", "yes/no"],
         """\
Hi Marlize,

What a lovely idea. We can certainly do 60 boxes with your logo, printed on a round kraft sticker on the lid; the file you sent is perfect.

Each box holds 250 g of beef biltong, 150 g of droëwors and a jar of chilli chutney, at R285 incl. VAT, so R17,100 for the 60. I've attached the formal quote.

We can have them at your Stellenbosch office on Wednesday 16 December, two days ahead of your deadline. For a first order we do need payment upfront, I'm afraid, but from your next order we're happy to set you up on 30-day terms.

Kind regards,
Lerato Dlamini
Karoo Kudu Biltong Co."""),

    case("""\
hi ⟦is the chilli bites halaal⟧ 🙏 my husband only eats halaal. ⟦do u have a shop in joburg or is it only online⟧ 😊

Fatima""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Hi Fatima,

Thanks for asking. Our beef comes from a halaal-certified abattoir, but our own factory isn't certified, so we can't sell any of our products as halaal, sorry. We deliver to Joburg in two to three working days.‸

Lerato
Karoo Kudu Biltong Co."""),

    case("""\
Sorted, the payment's gone through now. Ta!

Pieter

On Fri, 4 Dec 2026 at 10:12, Karoo Kudu Biltong Co. <orders@karookudu.example.co.za> wrote:
> Hi Pieter,
>
> We haven't received payment for order KK-20466 yet. Please send proof of payment so we can dispatch, or let us know if you'd prefer to pay by card.
>
> Lerato""",
         [], [],
         """\
Hi Pieter,

Thanks, it's reflecting on our side now. Your order goes out with the courier this afternoon, and you'll get the tracking number by SMS.

Lerato
Karoo Kudu Biltong Co.""",
         quoted_only=True),

    # --- Knockrua Distillery (private-cask programme, Ireland) -----------------------------------------
    case("""\
Dear Knockrua,

My first grandchild, Aoife, was born on the 1st of December, and between the lack of sleep in the house and the excitement I’ve had an idea that my wife says is either the best or the daftest I’ve ever had. I’d like to buy a cask of your whiskey now and have it bottled for Aoife on her eighteenth birthday. I was at your open day last summer and the fella doing the tour, Colm I think, said you fill casks for private buyers.

⟦The first thing I’d want to be sure of is that you’d keep a cask for as long as eighteen years, because I’ve read that some places only go to ten or twelve.⟧ I’m also a bit worried there’ll be nothing left in it by then with the angels taking their share, ha. ⟦Would we be able to bring her down to see the cask as she grows up, maybe once a year?⟧ And ⟦what kind of money are we talking about for the whole thing, storage and bottling included?⟧ ⟦Is there any way of paying it off over a year or two?⟧

Thanks very much for reading all this,
Declan Farrelly
Athlone
087 555 0142""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "how much", "yes/no"],
         """\
Dear Declan,

Congratulations on Aoife! Your wife can relax; it’s one of the best ideas we hear.

We do keep casks for eighteen years and longer. Private casks stay in our bonded warehouse for as long as you like, and after eighteen years a first-fill bourbon barrel should still hold around 150 bottles at cask strength. You’d all be very welcome to visit the cask every year: owners can book a free warehouse visit any time we’re open, and we’ll draw a sample for you to taste (Aoife will have to wait a while for hers).

Our prices depend on the type of cask and the new-make spirit you choose, and Colm would be happy to go through the options with you on a call.‸ We can spread the payment over twelve or twenty-four months by direct debit, with nothing extra added.

Sláinte,
Niamh Geraghty
Cask Programme, Knockrua Distillery"""),

    case("""\
Hi,

I bought a cask through your program in 2019 and was told in writing that it would be bottled and shipped to me in Boston by October. It's now December and I've had two emails saying "soon." ⟦When will my bottles actually ship?⟧ Two "soon"s in a row is not an answer.

⟦Somebody also needs to tell me whether the extra months in the cask have affected the proof, since I've read that casks lose strength over time and I've already paid for labels that say 58.2%.⟧

--
Gregory Walsh
Walsh & Finch Realty, Boston, MA
Thinking of selling this spring? Let's talk.

On Tue, Dec 1, 2026 at 4:15 PM Knockrua Distillery <casks@knockrua.example.ie> wrote:
> Hi Gregory,
> Your bottling is scheduled for the coming weeks. We'll be in touch soon with shipping details.
> Best,
> Niamh""",
         [N, Y], ["when", "yes/no"],
         """\
Dear Gregory,

I'm sorry for the vague answers; I understand how frustrating that is after seven years of waiting.

The hold-up is the US label approval, which our importer is still waiting on, and as soon as it comes through we'll bottle and ship straight away.‸ On the strength: your cask was re-measured last week at 58.0%, so we'll reprint the labels at our own cost, and the flavour has only gained from the extra months.

Best regards,
Niamh Geraghty
Cask Programme, Knockrua Distillery"""),

    case("""\
Howya, ⟦any chance of a tour of the warehouse on St Stephen's Day?⟧ Have the brother-in-law home from Sydney. ⟦Where would we park if we came in the car?⟧

Ger""",
         [Y, Y], ["yes/no", "where"],
         """\
Hi Ger,

We're closed from Christmas Eve until the 28th, I'm afraid, but we're running tours every day from Monday 28 December to New Year's Eve at 12 and 3, if he's still around. There's plenty of parking in the yard behind the shop.

Niamh
Knockrua Distillery"""),

    case("""\
Hi there,

My wife forwarded me the email below. ⟦Can you transfer the cask into my name instead of hers?⟧ ⟦Does she need to sign anything, or can I do it all from here?⟧ She's happy for it to go to me.

Thanks,
Eoin Brady

---------- Forwarded message ---------
From: Sinéad Brady <sinead.brady@example.ie>
Date: Sat, 5 Dec 2026 at 21:14
Subject: Fwd: Your cask certificate – KR-C-0388
To: Eoin Brady <eoin.brady@example.ie>

Can you deal with this? x

---------- Forwarded message ---------
From: Knockrua Distillery <casks@knockrua.example.ie>
Date: Thu, 3 Dec 2026 at 10:30
Subject: Your cask certificate – KR-C-0388
To: <sinead.brady@example.ie>

Dear Sinéad,

Please find attached the ownership certificate for cask KR-C-0388. Keep it somewhere safe, and let us know if any of your details change.

Niamh""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Eoin,

Yes, we can move cask KR-C-0388 into your name, and there's no charge for transfers between family members.‸

Once it's done we'll send you a new certificate in your name.

Best,
Niamh Geraghty
Knockrua Distillery"""),

    case("""\
Hi Niamh,

Just a quick note to say thanks to you and Colm for the tasting day on Saturday. The kids are still talking about the cooper hammering the hoops on, and my father hasn't stopped going on about the 12-year-old. Sure what better way to spend a wet Saturday in December?

We'll definitely be back in the summer.

All the best,
Orla Keane""",
         [], [],
         """\
Hi Orla,

Thanks a million for the lovely note; I'll pass it on to Colm and to Paddy the cooper, who'll be delighted he has fans.

See you all in the summer,
Niamh"""),

    # --- Hollins Saddle Fitting (saddle fitter, Yorkshire, UK) -----------------------------------------
    case("""\
Hi Beth,

I hope you don’t mind me emailing out of the blue. I got your name from Harriet at Keld Farm livery, who says you sorted her mare’s back out when nobody else could. I’ve got a 14-year-old Irish Draught, Monty, who I’ve had since he was five, and over the last couple of months he’s started pinning his ears when I do the girth up and throwing his head on the downward transitions. The vet has been out and says his back is a bit sore but nothing structural, and that it’s probably the saddle, which was fitted three years ago when he was a good deal fatter than he is now (he’s lost a lot of weight since I moved him onto grass livery).

⟦Would you be able to come out to Keld Farm, near Malton, to look at him?⟧ I’m hoping it’s something that can be fixed with reflocking, as I really can’t afford a new saddle at the moment, so ⟦is that a realistic option, or should I start saving?⟧ ⟦How much do you charge for a visit?⟧ I work in York during the week, but ⟦weekends are fine if you do them?⟧

Many thanks,
Claire Ashworth
07700 900318""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "how much", "yes/no"],
         """\
Hi Claire,

Not at all, and thanks to Harriet for the recommendation. Monty sounds like a classic case of a saddle that was fitted to a bigger horse; it’s one of the most common things I see after a change of grazing.

I cover Malton regularly and can come out to Keld Farm. A full fitting visit is £65, which includes checking his back and the saddle and making any small adjustments on the spot. If the tree width still suits him, reflocking usually solves it and costs around £90; if the tree is now too wide for him, no amount of flocking will fix that, but I’ll be able to tell you which it is as soon as I see them together.‸

Best wishes,
Beth Hollins
Hollins Saddle Fitting
07700 900254"""),

    case("""\
Beth,

The jumping saddle you fitted on my gelding Rolo in October has left two white patches on his withers. They’re the size of a 50p and they weren’t there before your saddle. I’ve stopped riding him, which means the eventing season we’ve spent all year preparing for is now in doubt.

I paid for that saddle on your advice. ⟦Come and collect it, and put the £1,850 back on my card.⟧ ⟦I’d also like you to come and see Rolo this week, not in the new year, so that you can see for yourself what it’s done.⟧

Sarah Pennock

Sent from my iPhone""",
         [N, Y], ["request", "request"],
         """\
Dear Sarah,

I’m very sorry to hear about Rolo’s withers. White hairs mean pressure, and I want to get to the bottom of it as much as you do.

The earliest I can get to you is Tuesday 5 January, as I’m fully booked with horses in pain until Christmas, but I’ll bring my pressure pad so we can see exactly where the saddle is bearing down.‸

Please don’t ride him in it until then.

Beth"""),

    case("""\
Hi Beth,

We're the riding school at Ings Lane, and after Christmas we'd like to get all our school ponies checked before the spring term. A few things:

1) There are six ponies – ⟦can you do them all in one day?⟧
2) ⟦Do you do a discount for several horses at one yard⟧
3) ⟦The invoice needs to be made out to Ings Lane Equestrian Ltd, not to me.⟧
4) ⟦Earliest date you have in January?⟧

Thanks,
Jo Milburn
Yard Manager, Ings Lane Equestrian
01632 960725""",
         [Y, Y, Y, Y], ["yes/no", "yes/no", "request", "when"],
         """\
Hi Jo,

Six ponies in a day is fine, as long as they're all at the yard and someone can bring them in and out for me. I charge £65 for the first and £45 for each one after that at the same yard, so £290 for all six, and I'll make the invoice out to Ings Lane Equestrian Ltd.

My first free day in January is Tuesday 12 January. Shall I put you down for 9 am?

Best wishes,
Beth"""),

    case("""\
Good morning,

I am Polish rider living in Leeds since one year. I ride dressage with my mare, she is Polish Warmblood, 16.2hh, very broad back. ⟦Do you fit the Albion and the Prestige saddles, or only English brands?⟧ ⟦What is the price more or less for a second hand dressage saddle in good condition?⟧ Also I want to sell my old Kieffer, ⟦do you buy used saddles?⟧

Thank you and sorry for my English.
Agnieszka Wójcik

From: Agnieszka Wójcik <agnieszka.wojcik@example.com>
Sent: 02 December 2026 21:47
To: info@hollinssaddles.example.co.uk
Subject: Saddle fitting

Hello, do you come to Leeds? Agnieszka""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Dear Agnieszka,

Your English is very good, so no need to apologise. I fit Albion, Prestige and most of the German brands, so I can look at whatever suits your mare's broad back best.

Second-hand dressage saddles vary a lot with the make and the condition, so I'd rather see her first and then look out for the right one for her.‸ I don't buy saddles myself, but I can sell your Kieffer for you on commission; I take 15%.

And yes, I come to Leeds every other week.

Best wishes,
Beth Hollins"""),

    case("""\
Perfect, thank you. Morning is better for me as I'm at work from 1.

Helen

On Fri, 4 Dec 2026 at 18:22, Beth Hollins <beth@hollinssaddles.example.co.uk> wrote:
> Hi Helen,
>
> I can fit Pippin in on Monday 14 December. Would morning or afternoon suit you better? And please could you make sure he's in and dry when I arrive?
>
> Beth""",
         [], [],
         """\
Hi Helen,

Lovely, I'll be with you at 9.30 on Monday 14 December.

Beth""",
         quoted_only=True),

    # --- Tilt & Flipper Pinball (pinball restorer and dealer, Ohio, US) --------------------------------
    case("""\
Hi,

My dad passed away in the spring and left me his 1978 Bally Eight Ball, which has been sitting in his basement since about 2000. It was the first machine he ever bought and I've got a lot of memories of playing it standing on a milk crate. It powers up and the lights come on, but the flippers are dead, half the display is out and the backglass is flaking. I'd love to get it back to how it looked when I was a kid, and my wife has said it can go in the den if it works.

⟦Do you restore Bally machines from the 70s?⟧ ⟦What would a full restoration run, roughly?⟧ I'm in Cincinnati, so ⟦you'd have to come get it, because there is no way I'm getting it up those basement stairs by myself.⟧ ⟦How long do restorations usually take?⟧

Thanks,
Dave Kowalski
(513) 555-0124""",
         [Y, N, Y, N], ["yes/no", "how much", "request", "when"],
         """\
Hi Dave,

I'm sorry about your dad. An Eight Ball with that kind of history is exactly the sort of machine we love bringing back.

We restore Bally electromechanicals and early solid-states all the time. Every one is different, though, and until we've had it on the bench it's hard to say how deep the work will need to go.‸ We can pick it up from your basement in Cincinnati for $175, and two of our guys will handle the stairs.

Best,
Marcus Bell
Tilt & Flipper Pinball
(937) 555-0181"""),

    case("""\
yo ⟦do u guys buy old machines??⟧ got an addams family in my garage 👀 ⟦what would u pay for it⟧ it works mostly lol

jayden""",
         [Y, N], ["yes/no", "how much"],
         """\
Hey Jayden,

We do! 👍 Addams Family is one of the most wanted games out there.‸ Could you send me a few photos of the playfield, the cabinet and the backglass, and tell me what "mostly" means?

Marcus
Tilt & Flipper Pinball"""),

    case("""\
Marcus,

The Godzilla we bought for $7,800 arrived Thursday as my husband's Christmas present, and I've had to hide it in the garage under a sheet, because the left flipper doesn't work and the display flickers every few seconds. This was supposed to be shop-tested.

⟦I want a technician out here before Christmas.⟧ ⟦Is this covered under the warranty?⟧ And ⟦how does a machine that was "fully tested" leave your shop like this?⟧

Rachel Turner
Kettering, OH
(937) 555-0193""",
         [Y, Y, Y], ["request", "yes/no", "why"],
         """\
Hi Rachel,

I'm really sorry; that's the last thing you need two weeks before Christmas. It was tested, and it played fine here, but on Godzilla the left flipper coil can work loose on a bumpy ride, and a loose ribbon cable would explain the flickering display. Both are quick fixes.

Everything is covered under our 90-day parts and labor warranty, and our tech, Andre, will be at your house on Wednesday, December 16, between 1 and 4 p.m. He'll use the side door if you want to keep it a surprise.

Marcus"""),

    case("""\
Hi Marcus,

Thanks for taking the time on the phone Friday. Just following up on the two things you were going to check: ⟦whether the Medieval Madness remake is still available⟧, and ⟦whether you'd take my Twilight Zone as a trade-in against it.⟧ Forgot to ask on the call, too: ⟦do you deliver as far as Indianapolis?⟧

Thanks,
Scott Reyes""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Scott,

Good talking Friday. Bad news on the Medieval Madness, I'm afraid: a customer from Columbus picked it up on Saturday. We're expecting another one in February, and I can hold it for you if you like.

Twilight Zone's a great machine, and they've held their value well over the last couple of years.‸ Indianapolis is no problem; we deliver anywhere within 300 miles for a flat $250.

Marcus"""),

    case("""\
Thanks Marcus, all working great now. The kids have already beaten my high score.

Ed

________________________________
From: Marcus Bell <marcus@tiltandflipper.example.com>
Sent: Thursday, December 3, 2026 5:12 PM
To: Ed Palmer <ed.palmer@example.com>
Subject: RE: Left flipper

Hi Ed,

Andre swapped the coil stop this afternoon. Can you give it a few games and let me know if the left flipper gives you any more trouble?

Marcus""",
         [], [],
         """\
Hi Ed,

Great to hear, and good luck winning that high score back!

Marcus""",
         quoted_only=True),

    # --- Boreal Run Dogsled Adventures (dogsled tours, Whitehorse, Yukon, Canada) -------------------
    case("""\
Dear Boreal Run,

My name is Haruka Sato from Osaka. My sister and I plan to join your 4-hour dogsled tour on 2027 February 20 (Saturday), and I will book on your website after your answer.

⟦Is it possible to drive the sled by ourself?⟧ We have no experience at all. Also ⟦northern lights can be seen during the tour?⟧ About clothes, ⟦we must bring our own winter clothes, or is it possible to borrow from you?⟧ ⟦Where we meet you on that day?⟧

I am looking forward to your reply.
Haruka Sato""",
         [Y, Y, Y, Y], ["yes/no", "yes/no", "yes/no", "where"],
         """\
Dear Haruka,

Thank you for your message. Yes, after a short lesson each of you will drive your own sled with four or five dogs, and a guide leads the way; most of our guests have never done it before.

The 4-hour tour runs in daylight, from 10 am to 2 pm, so you won't see northern lights on it. For the aurora, we have an evening tour from 10 pm that you could add on the same day.

We lend every guest a parka, snow pants, boots and mitts. Please bring warm layers to wear underneath, a hat and a neck warmer. Our van picks up from all the downtown Whitehorse hotels at 9:15, so just tell us where you are staying.

See you in February!
Kirsten Olafson
Boreal Run Dogsled Adventures"""),

    case("""\
Hello,

Our tour of yesterday was cancelled at 7h in the morning because of the cold (-42). I understand for the dogs, but we came from Montréal only for this. ⟦We ask to have the $578 of the 2 places back on the card, because we will not come back to Yukon this year.⟧ And ⟦who pays the extra night at the hotel we had to take to try again today?⟧ ⟦It is possible to go today instead?⟧

Merci,
Geneviève Tremblay""",
         [Y, N, Y], ["request", "which", "yes/no"],
         """\
Bonjour Geneviève,

I'm very sorry your trip was spoiled. Below -40 the dogs' feet and lungs are at risk, so we don't run, but I know that's little comfort when you've flown in from Montréal.

Unfortunately today's tours are full, and we can't refund weather cancellations; your $578 stays on a credit that's good for two years and can be used on any of our tours, including the summer cart rides.‸

Kirsten
Boreal Run Dogsled Adventures"""),

    case("""\
Hi Kirsten,

We're booked on the family mush for Tuesday, December 29 (booking BR-5521) and I have a few last questions:

• Our kids are 4 and 7, ⟦is that old enough to ride in the sled?⟧
• ⟦Are the dogs ok to pet, my 7-year-old will ask about 200 times⟧
• ⟦Is there somewhere warm my dad can wait while we're out, he's 80 and won't be talked into it⟧
• ⟦Can you pick us up from the Best Western downtown?⟧

Thanks so much!
Amrit Gill
Calgary, AB

From: Boreal Run Dogsled Adventures <bookings@borealrun.example.ca>
Sent: December 3, 2026 9:26 AM
To: Amrit Gill <amrit.gill@example.ca>
Subject: Booking confirmed: BR-5521

Hi Amrit,

You're confirmed for the Family Mush, 4 people. Please arrive 15 minutes early. Let us know if you have any questions!

Boreal Run""",
         [Y, Y, N, N], ["yes/no", "yes/no", "yes/no", "request"],
         """\
Hi Amrit,

Four and seven are perfect ages for the family mush: the kids ride bundled up in the sled basket with a parent while one of our guides drives. And the dogs love a fuss; we'll leave time at the end for pats and photos in the dog yard.

Our kennels are on the Klondike Highway, about 20 minutes north of town, and there's plenty of parking by the gate.‸

See you soon!
Kirsten"""),

    case("""\
⟦Do you have space for 2 on the aurora run on New Year's Eve?⟧ ⟦Cost per person?⟧

Jordan Wilkes
Sent from my iPhone""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Jordan,

We do! There are two spots left on the 10 pm aurora run on December 31, and I've put a hold on them for you until Wednesday.‸ You can book at borealrun.example.ca/aurora.

Kirsten"""),

    case("""\
hey kirsten its jess from the coffee shop 😊 my mom is visiting from ontario in jan and shes obsessed with ur dogs lol ⟦do u do gift certificates⟧ 🎁 ⟦can she meet the puppies without doing a whole tour⟧

Sent from my iPhone""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Hi Jess,

We sure do! I can email you a gift certificate for any amount or for a specific tour, and you can print it or just forward it to her.‸ Tell her to bring warm boots!

Kirsten"""),

    # --- AquaSeva RO Services (water-purifier servicing, Pune, India) ----------------------------------
    case("""\
Dear Sir,

This is my 4th complaint regarding the same issue. Your technician came on 3rd December and changed the filter, but from yesterday the water is again tasting salty. I checked with my own TDS meter and it is showing 380 after service. I have paid Rs. 2,400 for AMC and am not getting any proper service.

⟦Kindly send a senior technician tomorrow itself, not the same boy who came last time.⟧ Also ⟦I want to know why the TDS is coming 380 after changing the filter.⟧

Complaint No. ASV/PN/88214

Regards,
Sunil Deshpande
Flat 402, Shree Ganesh Apartments, Kothrud
+91 90000 01456""",
         [Y, N], ["request", "why"],
         """\
Dear Mr. Deshpande,

We sincerely apologise for the repeated trouble with your purifier and for the inconvenience caused to your family.

Our senior technician, Mr. Rahul Jadhav, will visit you tomorrow, 8th December, between 10 am and 1 pm. He has 12 years of experience and will check the complete unit, not only the filters.‸

Regards,
Priyanka Shinde
Customer Care, AquaSeva RO Services"""),

    case("""\
Dear Sir/Madam,

I am writing on behalf of Green Meadows Co-operative Housing Society, Baner. Our managing committee is considering a common AMC for RO purifiers for all 40 flats. Kindly provide the following details:

1. ⟦Rate of AMC per flat if all 40 flats subscribe⟧
2. ⟦Which brands of purifiers you are servicing⟧
3. ⟦Whether GST invoice will be given in the name of the society⟧
4. ⟦Please arrange a demo and presentation to the committee on Saturday, 12th December at 11 am.⟧

Thanking you,
Col. (Retd.) V. K. Apte
Secretary, Green Meadows CHS
+91 90000 01389

DISCLAIMER: This e-mail is meant only for the addressee. If you are not the intended recipient, please delete it and inform the sender.""",
         [N, Y, Y, Y], ["how much", "which", "yes/no", "request"],
         """\
Dear Col. Apte,

Thank you for considering AquaSeva for Green Meadows.

We service all the major brands, including Kent, Aquaguard, Pureit, Livpure and Blue Star, as well as most unbranded units. GST invoices can be raised in the name of the society with its GSTIN.

Our area manager, Mr. Nikhil Kale, will be at the society office on Saturday, 12th December at 11 am for the demo and presentation. He will also discuss the society rate with the committee at that time.‸

Regards,
Priyanka Shinde
AquaSeva RO Services"""),

    case("""\
hi my purifier is making beep beep sound continuously since morning 😩 ⟦what to do⟧ 🙏 ⟦is it under warranty⟧ bought in march from ur croma dealer

Neha""",
         [Y, Y], ["how", "yes/no"],
         """\
Dear Neha,

The continuous beep means the filter life has ended and the unit wants a filter change. Please switch it off at the wall for now and use stored water till our technician comes.

Since you bought it in March, it is still within the one-year warranty, so the filter change will be free of cost. Our technician will call you this evening to fix a time.

Regards,
Priyanka
AquaSeva RO Services"""),

    case("""\
Hello Priyanka ji,

As per our telephonic conversation this morning, ⟦please confirm the installation of the new purifier at our new flat in Wakad on 14/12/2026 between 10 and 12.⟧ ⟦The old purifier uninstallation from Kothrud flat, that will be charged extra?⟧ ⟦Kindly also send the invoice of the new unit on this mail id.⟧

Thanks & regards,
Aditya Joshi""",
         [Y, N, N], ["request", "yes/no", "request"],
         """\
Dear Mr. Joshi,

Confirmed: our technician will install the new purifier at your Wakad flat on Monday, 14th December between 10 am and 12 noon. He will bring the wall bracket and the tap.

For the Kothrud flat, the same technician can uninstall the old unit earlier that morning on his way to Wakad, if someone can be there at 8:30.‸

Regards,
Priyanka Shinde
AquaSeva RO Services"""),

    case("""\
⟦Do you service Kent RO in Hadapsar area?⟧ ⟦What is the visit charge?⟧

Sent from Yahoo Mail on Android""",
         [Y, N], ["yes/no", "how much"],
         """\
Dear Customer,

Yes, we service Kent purifiers all over Hadapsar, and our technicians are in your area every day. The visit charge is adjusted against the repair bill if you go ahead with the repair.‸ Please share your address and a convenient time, and we will book the visit.

Regards,
Priyanka
AquaSeva RO Services"""),

    # --- Mopani Ridge Private Game Lodge (Limpopo, South Africa) ---------------------------------------
    case("""\
Hi there!

We just got engaged (!!) and we're planning our honeymoon for late May, and a safari is at the very top of my fiancé's list. We've been looking at a few lodges and yours is the one we keep coming back to, mostly because of the photos of the deck over the river. We were thinking of four nights starting Monday, May 24, before we fly on to Cape Town.

A couple of things we're trying to figure out. ⟦Do we need to take malaria pills for your area?⟧ My sister says yes and a guy at work says no. We'd also love to have our own vehicle and ranger for at least one drive, because honestly we're not great at sharing a honeymoon with strangers. ⟦Is that something you offer⟧, and ⟦what does it cost?⟧ ⟦Could you also arrange a transfer from Hoedspruit airport?⟧

Thank you so much!
Megan Ortiz & Daniel Park
Austin, TX""",
         [N, Y, Y, N], ["yes/no", "yes/no", "how much", "request"],
         """\
Hi Megan and Daniel,

Congratulations to you both! We'd love to host your honeymoon, and four nights from Monday, May 24 are available in our River Suite, the one with the deck in the photos.

On malaria, a lot of guests ask us this, and it's really best to speak to a travel clinic before you fly, as they'll know your medical history.‸ A private vehicle and ranger is absolutely something we can do: it's R6,800 per game drive, or R11,500 for a full day with a bush picnic.

Warm regards,
Nomvula Mahlangu
Reservations, Mopani Ridge Private Game Lodge"""),

    case("""\
Morning,

⟦Do you take kids under six on the game drives?⟧ Looking at the April school hols.

Thanks
Riaan""",
         [Y], ["yes/no"],
         """\
Morning Riaan,

Children under six can't go on our open-vehicle drives, I'm afraid, for their own safety, but we run private family drives for younger kids in a closed vehicle at R3,200 a drive, and the little ones love our junior ranger mornings at the lodge.

Nomvula"""),

    case("""\
Dear Mopani Ridge,

We have just come home from three nights with you and I honestly don’t know where to start. We were moved to a different room on the first night without anyone explaining why, the aircon in the new room didn’t work in 36 degrees, and our ranger on the Saturday drive spent most of the morning on his phone. For R34,000 we expected a lot better.

⟦I would like to know why we were moved from the suite we booked.⟧ ⟦I also think a partial refund is the least you can do.⟧

Regards,
Charlene du Plessis
Durban

Sent from my iPhone""",
         [Y, N], ["why", "request"],
         """\
Dear Charlene,

Thank you for taking the time to write, and I’m truly sorry. You should have been told on arrival that a pipe had burst in the ceiling of the Marula Suite that afternoon and that we’d moved you while it was repaired. The aircon in Room 6 has since been replaced.

I’ve shared your comments about the Saturday drive with our head ranger and our general manager, who will be in touch with you directly.‸

Kind regards,
Nomvula Mahlangu
Guest Relations"""),

    case("""\
Dear Mopani team,

My travel agent told me to ask you directly, please see her mail below. We are both vegetarian. ⟦Is this possible for all meals, also at the bush dinner?⟧ ⟦Can we also do a walking safari, my husband is 71 but very fit.⟧

Best wishes,
Ingrid Lindqvist

---------- Forwarded message ---------
From: Sofia Berg <sofia@nordicsafaris.example.se>
Date: Wed, 2 Dec 2026 at 14:08
Subject: Mopani Ridge – 3 nights, 8-11 March
To: Ingrid Lindqvist <ingrid.lindqvist@example.se>

Hi Ingrid,

Your booking at Mopani Ridge is confirmed. For questions about meals and activities, please contact the lodge directly at stay@mopaniridge.example.co.za.

Sofia""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Dear Ingrid,

Of course. Our chef cooks vegetarian every day, and the bush dinner is no exception; she does a wonderful butternut and feta potjie on the fire.

Our morning walks are gentle, about two hours at an easy pace with stops to look at tracks and birds, and we welcome walkers up to 75 who are in good health, so your husband is very welcome to join.

See you in March,
Nomvula"""),

    case("""\
hey guys, ⟦did anyone find a black canon lens cap in room 4⟧ 🙈 we checked out sunday. also ⟦can u send the pic the ranger took of us with the leopard⟧ 🐆 pleeease

Zanele""",
         [Y, N], ["yes/no", "request"],
         """\
Hi Zanele,

Housekeeping found it under the bed 🙂 and I've popped it in the post to you this morning.

That leopard sighting was one of Sipho's favourites this season too 🐆‸

Nomvula"""),

    # --- Ó Dálaigh Bodhráns (bodhrán maker, Co. Clare, Ireland) ----------------------------------------
    case("""\
Dear Mr. Ó Dálaigh,

I’m 61 and recently retired from thirty years of teaching high school chemistry, and I’ve finally signed up for the beginners’ bodhrán class at the Irish cultural center here in Canton, which I’ve been meaning to do since my trip to Doolin in 2009. The teacher, Siobhan, recommended your drums and says yours are the ones the good players in Boston all seem to have. I’ve been practicing on a borrowed drum that sounds like a cardboard box.

⟦Which size would you recommend for a beginner?⟧ My hands aren’t big. ⟦Is a tunable drum worth the extra money at my stage, or is that something for later?⟧ ⟦I’d also love to know whether goatskin is really that much better than the synthetic heads I keep seeing online.⟧ Finally, ⟦is there any chance of getting one to Massachusetts before Christmas?⟧ I’d like to turn up to the first class in January with my own drum.

With thanks and best wishes,
Patricia Sullivan
Canton, MA""",
         [Y, Y, N, Y], ["which", "yes/no", "yes/no", "yes/no"],
         """\
Dear Patricia,

Congratulations on the retirement, and on finally taking the plunge! Siobhan is very kind.

For a beginner with smaller hands I’d go for a 14-inch drum with a 3½-inch rim: it’s light, easy to hold and gives a nice tight sound. A tunable drum is well worth it even when you’re starting out, because the skin will react to every change in the weather in a Boston winter, and with tuning keys you can sort that out in a minute instead of fighting it. All our drums are made with goatskin from a small tannery in Co. Cork.‸

We post to the US by An Post’s express service, and anything ordered by Friday 11 December should reach Massachusetts before Christmas.

Le meas,
Dónal Ó Dálaigh
Ó Dálaigh Bodhráns, Ennistymon, Co. Clare
087 555 0119"""),

    case("""\
Dónal,

The drum I collected from you three weeks ago has split right across the skin, about four inches from the rim. It's been kept indoors, nowhere near a radiator, and I've barely played it. I paid €340 for it.

⟦Put a new skin on it and get it back to me for the session in Miltown on the 19th⟧ – failing that, ⟦refund the €340.⟧ ⟦Where do I send it⟧, and ⟦do I have to pay the postage?⟧

Conor Mac Mahon

Sent from my Galaxy""",
         [N, N, Y, Y], ["request", "request", "where", "yes/no"],
         """\
Hi Conor,

I'm sorry; that shouldn't happen to a new skin, and I'll put it right. A split that close to the rim usually means a weak spot in the hide rather than anything you did.

I've emailed you a prepaid An Post label addressed to the workshop, so it costs you nothing to send it back.‸ I'll fit a new skin as soon as it arrives.

Dónal"""),

    case("""\
Dear Dónal,

I teach music at Scoil Mhuire in Gort and I'd like to start a bodhrán group with our Transition Year students after Christmas.

1. ⟦Could you quote for 12 student bodhráns with tippers?⟧
2. ⟦Is there any discount for schools?⟧
3. ⟦Would you come in and give a workshop to get them started⟧
4. ⟦We'd need them in the school by Monday 11 January, when term starts⟧

Thank you,
Máire Ní Fhlatharta
Music Department, Scoil Mhuire, Gort
091 555 0131""",
         [Y, Y, Y, Y], ["how much", "yes/no", "request", "request"],
         """\
Dear Máire,

What a great idea; TY groups are my favourite to work with.

Our 14-inch student drum is €95 with a tipper, and for a school I take 10% off, so twelve comes to €1,026. I'd be delighted to come in for a workshop, and there's no charge if I'm delivering anyway.

The workshop is closed from 19 December until 6 January, so I couldn't have twelve made by the 11th, but I can bring them all to Gort on Friday 29 January and run the workshop the same day.

Le meas,
Dónal"""),

    case("""\
Hello,

I play bodhrán since two years (in a pub session in Lyon, yes we have it!). I bought my drum from you in 2024. Now it sounds too boomy, like a big bass. ⟦Is it the skin that is old or is it the weather?⟧ ⟦How I can make the sound more dry?⟧ ⟦Do you sell the tape for inside the rim?⟧

Thank you and best regards,
Julien Moreau""",
         [Y, Y, Y], ["which", "how", "yes/no"],
         """\
Hi Julien,

Great to hear there's a session in Lyon! Two years is nothing for a goatskin, so it's almost certainly the weather: a damp winter makes the skin slack and boomy.

Tighten the tuning keys a quarter turn at a time, and if it's still boomy, rest your hand on the back of the skin while you play. We do sell the cloth tape for inside the rim, €6 a roll, and I can send it by An Post for €4.

Dónal"""),

    case("""\
Grand, thanks a million.

Siobhán

-----Original Message-----
From: Dónal Ó Dálaigh <donal@odalaighbodhrans.example.ie>
Sent: 04 December 2026 16:40
To: Siobhán Reilly <siobhan.reilly@example.ie>
Subject: RE: Gift drum for Christmas

Hi Siobhán,

The drum is finished apart from the decoration. Would you like the Celtic knot painted on the skin, or will I leave it plain? Once I hear back it'll be in the post on Wednesday 9 December. Please let me know too if you'd like a gift note in with it.

Dónal""",
         [], [],
         """\
Hi Siobhán,

No bother at all. Just so I get it right before it goes out on Wednesday: the Celtic knot, or plain? And will I put a gift note in with it?

Dónal""",
         quoted_only=True),

    # --- Penfold Stamps (stamp dealer and postal auctions, UK) -----------------------------------------
    case("""\
Dear Mr Penfold,

My husband Gerald collected stamps for nearly sixty years, and since he died in September I have been trying to decide what to do with them. There are twenty-three albums, several boxes of loose envelopes and a tin he always called “the good stuff”, which I have not dared to open. Our son thinks I should put it all on eBay but I would much rather it went to someone who knows what they are looking at.

⟦Would you be willing to value the collection?⟧ I no longer drive, so ⟦I wondered whether you ever come out to see collections at home⟧; I live just outside Ludlow. ⟦Might I ask what you charge for a valuation?⟧ Gerald always said he had “a few Penny Blacks”, and ⟦I would be interested to know if they are worth anything or whether everyone’s grandfather had a few.⟧

Yours sincerely,
Margaret Holloway""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "how much", "yes/no"],
         """\
Dear Mrs Holloway,

Thank you for your letter, and I’m sorry for your loss. It would be a privilege to look through Gerald’s collection, and I’m glad it hasn’t gone on eBay before someone has seen it properly.

I visit collections at home all the time, and I’m in Shropshire on Thursday 14 January, so I could come to you that afternoon if it suits. I’d want to spend two or three hours with the albums and the tin, and I’ll write up what I find so you have it on paper.‸

Penny Blacks are less rare than people think; about 68 million were printed, so most used copies fetch between £30 and £80, though a fine one with four clear margins can be worth several hundred.

With kind regards,
Edward Penfold
Penfold Stamps
01632 960581"""),

    case("""\
Dear Sirs,

I have been an approvals customer of yours for eleven years and have never once had a dispute. Your invoice of this week charges me £42.60 for "unreturned stamps" from approval booklet 7 of the November selection. I never received booklet 7. The package contained booklets 1 to 6, and I returned all six by recorded delivery on the 30th.

⟦Kindly remove the charge.⟧ ⟦I should also like a list of exactly which stamps you claim I have kept, as I find it hard to believe anyone checked the package properly.⟧

Yours faithfully,
R. J. Cartwright (Major, retd.)""",
         [Y, N], ["request", "request"],
         """\
Dear Major Cartwright,

Thank you for letting us know, and please accept my apologies. Given your eleven years with us without a single problem, I have taken the £42.60 off your account, and a corrected invoice is attached.‸

We are checking our packing records for the November selection to find out what happened to booklet 7.

Yours sincerely,
Edward Penfold"""),

    case("""\
Hi, ⟦do you ship to the US⟧, and ⟦do you take PayPal?⟧ Interested in the 1840 Twopenny Blue in your December list.

Thanks,
Walt Kimura
Sacramento, CA""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Dear Walt,

We post worldwide, and a stamp of that value goes by Royal Mail International Tracked & Signed, £14.50 to the US. PayPal is fine; I'll send a payment request once you confirm.

The Twopenny Blue is still available, and I'll hold it for you until Friday.

Best wishes,
Edward Penfold"""),

    case("""\
Hello,

I'm new to postal auctions and have a few questions before I send in any bids:

• ⟦When does the next sale close?⟧
• ⟦Can I bid by phone on the day⟧
• ⟦What's your buyer's premium?⟧
• ⟦Lot 214, the Seahorse 10s – is the gum original?⟧

Many thanks,
Fiona Reddy

On Wed, 2 Dec 2026 at 09:15, Penfold Stamps <auctions@penfoldstamps.example.co.uk> wrote:
> Dear collector,
>
> Our Spring postal auction catalogue is now online. Would you like a printed copy? Just reply to this email.
>
> Penfold Stamps""",
         [Y, Y, N, N], ["when", "yes/no", "how much", "yes/no"],
         """\
Dear Fiona,

Welcome to the auctions! The Spring sale closes at 5 pm on Saturday 20 February, and postal and email bids need to reach us by then. As it's a postal auction there's no live bidding, but you can phone bids in right up to the close. Our terms of sale, including the buyer's premium, are on the back page of the catalogue.

Lot 214 is one of the nicest Seahorses we've had in for a while, with a lovely deep colour and well centred.‸

Best wishes,
Edward Penfold"""),

    case("""\
Dear Edward,

Just a line to say the Edward VII album arrived safely this morning, beautifully packed, and is even better than the photographs. My grandson and I spent the whole afternoon going through it with the magnifier.

With many thanks,
Hugh Marrable

Sent from my iPad""",
         [], [],
         """\
Dear Hugh,

Thank you for letting me know; I'm delighted it arrived safely and that it has a new generation of collector already. Do keep an eye on the spring list.

With best wishes,
Edward Penfold"""),

    # --- Blacktop Bros Sealcoating (driveway sealcoating and asphalt repair, Illinois, US) -------------
    case("""\
Hello,

I manage Prairie Crossing Townhomes (14 units) and the board has asked me to get spring quotes for sealcoating all the driveways. Could you let me know:

1. ⟦Cost for each driveway (they're all roughly 18 x 40 ft)⟧
2. ⟦Whether crack filling is included⟧
3. ⟦How long residents need to keep their cars off afterwards⟧
4. ⟦Please hold the week of May 10 for us if possible.⟧

Thanks,
Denise Kowalczyk
Community Manager, Fox Valley Property Services
(630) 555-0171
CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you have received it in error, please notify the sender and delete it.""",
         [Y, N, Y, N], ["how much", "yes/no", "when", "request"],
         """\
Hi Denise,

Thanks for reaching out. For driveways around 18 x 40 we charge $195 each, which covers power-blowing, edging and two coats, so $2,730 for all 14. We'll check the cracks when we come out to measure.

Cars need to stay off for 24 hours, and we put up barricade tape and door tags the day before so residents know.

We open the spring calendar in February, and I'll reach out then to get you on the schedule.‸

Thanks,
Tony Russo
Blacktop Bros Sealcoating
(630) 555-0158"""),

    case("""\
Tony,

Your crew patched the cracks in our driveway on Friday and left black tar splattered all along the bottom of our white garage door. My son also walked it into the house before anyone had put up tape, and now there's a trail of it across our living room carpet.

⟦Get someone out here this week to clean the garage door.⟧ ⟦The carpet cleaner's bill is coming to you, because it sure isn't going to be me.⟧

Brian Schultz
1418 Larkspur Ct""",
         [Y, N], ["request", "request"],
         """\
Hi Brian,

I'm sorry about this. The crew should have taped the garage door and put a barricade up before they started.

Luis will be out on Wednesday, December 9 between 9 and 11 a.m. to clean the door with a tar remover that won't hurt the paint.‸

Tony"""),

    case("""\
Hello, ⟦I want to know if you make the sealcoat in winter or only in the summer?⟧ And ⟦how much is it for a driveway of 2 cars, more or less.⟧

Thank you
Guadalupe Herrera""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Guadalupe,

We only sealcoat when it's above 50°F, so our season runs from April to October. A typical two-car driveway is between $250 and $350, depending on the size and how many cracks there are.

Tony
Blacktop Bros Sealcoating"""),

    case("""\
hey ⟦whens the earliest u can do my driveway in spring⟧ 🙏 also ⟦do u guys do lines for parking lots⟧ our church needs it redone 😅

mike t""",
         [Y, Y], ["when", "yes/no"],
         """\
Hey Mike,

We start the first week of April, weather permitting, and I can put you on the list now. We do line striping too: send me the church's address and roughly how many spaces, and I'll come by and measure.

Tony"""),

    case("""\
See Karen's note below. FYI.

Denise

---------- Forwarded message ---------
From: Karen Lindholm <k.lindholm@example.com>
Date: Sat, Dec 5, 2026 at 7:48 PM
Subject: Driveway quotes
To: Denise Kowalczyk <d.kowalczyk@foxvalleyps.example.com>

Denise, can you please ask the contractor whether they'd also do the visitor parking strip by the mailboxes? Thanks. K""",
         [], [],
         """\
Hi Denise,

Thanks for passing that on. We're happy to include the visitor parking strip by the mailboxes; I'll measure it when we come out, and it'll be a separate line on the quote.

Tony""",
         quoted_only=True),
]
