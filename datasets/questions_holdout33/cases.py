"""The cases of Tactful's questions held-out set 33 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail or signature does. build_questions_holdout33.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
Punch and Judy puppet show (England), a bagpipe maker (Scotland), a horse-drawn jaunting-car tour
(Ireland), a bridal mehndi artist (India), a shark-cage diving operator (South Africa), a hot-pools
complex (New Zealand), a helicopter scenic-flight operator (Australia), a hockey shop with skate
sharpening (Canada), an aircon servicing company (Singapore), a crawfish-boil caterer (US), a pecan
grower and mail-order shop (US), a portable-restroom rental firm (US), a body-piercing studio (US) and
a drive-in movie theater (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Pettigrew's Punch & Judy (a traditional Punch and Judy show; Whitstable, Kent, England)
    case(
        """Hi, ⟦are you free Sunday 20 June for a village fete in Chartham?⟧ ⟦What's the all-day rate?⟧

Jo Barraclough
Chartham Summer Fete committee""",
        [Y, N], ["yes/no", "how much"],
        """Hi Jo,

Thanks for getting in touch. Sunday 20 June is still open, and I've pencilled Chartham in for a week while the committee decides.‸

If you'd like it confirmed, a £50 deposit secures the date.

Best wishes,
Tom Gedge
Pettigrew's Punch & Judy""",
    ),
    case(
        """Dear Mr Gedge,

I hope you don't mind me writing out of the blue. My late husband used to take our daughter to see the Punch and Judy on the front at Herne Bay every summer in the seventies, and now her little boy, Alfie, is turning five in February and has become obsessed with a Punch puppet he found in a charity shop. So I thought, why not the real thing? We've booked St Alphege's church hall for Saturday 13 February, 2 till 4, for about twenty children from his class. The hall has a fairly low ceiling in the side room, so ⟦I'd like to know how much height you need for the booth.⟧ The main hall is fine but the heating there is hopeless. Alfie is quite a sensitive boy in some ways (he cried at the pantomime when the wicked stepmother came on) and ⟦I wonder whether the crocodile and the hanging bit are toned down for little ones.⟧ His mum says I'm fussing. ⟦Would it be possible for Punch to wish him happy birthday by name?⟧ That would make his year.

We'd probably want the show in the middle of the party, after the sandwiches. ⟦How long does it run?⟧

With thanks,
Margaret Ellery

Sent from my iPad""",
        [Y, Y, Y, N], ["how much", "yes/no", "yes/no", "when"],
        """Dear Margaret,

What a lovely reason to get in touch, and thank you for thinking of us for Alfie's fifth. I'm glad to say Saturday 13 February is free, and I've put you in the diary for a 3 pm show at St Alphege's.

The booth stands just over two metres tall, so I need about 2.3 metres of clear height; if the side room is lower than that, we can set up at one end of the main hall and the children can sit on the floor in front. For the younger ones I leave the hangman scene out entirely, and the crocodile is more silly than scary; he mostly steals the sausages and gets told off. Punch will certainly wish Alfie a happy birthday, and if you tell me his best friend's name too, we'll get them both up to help find the baby.‸

I'll send a booking form and the invoice for the £50 deposit later today.

Kind regards,
Tom Gedge
Pettigrew's Punch & Judy
01632 960418""",
    ),
    case(
        """Hi Tom,

Forwarding this from the Marine Hotel so you have it on file. I've already replied to Gail with your public liability details and the booth measurements, so there's nothing for you to do.

Thanks,
Priya

---------- Forwarded message ---------
From: Gail Ransome <events@marinehotel.example.co.uk>
Date: Thu, 3 Dec 2026 at 16:12
Subject: Re: Wedding 24 July - entertainment
To: Priya Nair <priya@nairweddings.example.co.uk>

Hi Priya,

Could your Punch and Judy man confirm he carries public liability insurance, and please send the booth dimensions so we can plan the lawn?

Many thanks,
Gail""",
        [], [],
        """Hi Priya,

Thanks for sending that over, and for dealing with Gail. My cover is £5 million public liability, so you've given her the right figure. See you on 24 July!

Best,
Tom""",
        quoted_only=True,
    ),
    case(
        """Mr Gedge,

I'm sorry but I have to say how disappointed we were on Saturday. You were booked for 2.30 and arrived at ten past three, by which time half the children were bored and two had gone home. The show then lasted barely twenty minutes instead of the forty we paid for. ⟦Why did nobody ring to say you were running late?⟧ I had your confirmation saying you'd call if there was any problem.

⟦I want a refund of half the fee, £97.50, to the card I paid with.⟧ ⟦I would also like you to take down the photo of my daughter that's gone up on your Facebook page, as I never gave permission for that.⟧

Helen Tarrant

From: Tom Gedge <tom@pettigrewspunch.example.co.uk>
Sent: 01 December 2026 18:04
To: Helen Tarrant
Subject: Re: Booking confirmed - Saturday 5 December

Dear Helen,

Your show is confirmed for 2.30 pm on Saturday 5 December at 14 Ryecroft Close. If anything changes on the day I'll call you on the mobile number you gave. Any questions, just ask.

Best wishes,
Tom""",
        [Y, N, Y], ["why", "request", "request"],
        """Dear Helen,

I'm very sorry about Saturday. The Thanet Way was closed after an accident near Herne Bay and I sat in the queue for over half an hour; my phone had died in the van and your number was only on it, which is no excuse, and I should have found another way to reach you. I took the photo down from the Facebook page this morning, and I'm sorry it went up without asking you first.

I'd like to make it up to your daughter by coming back for a full forty-minute show, free of charge, on a date that suits you.‸

With apologies,
Tom Gedge""",
    ),
    case(
        """Dear Tom,

Thanks for the chat on the phone this morning. As promised, here are the things our head asked me to check before we book the summer show for Reception and Year 1:

1. ⟦A copy of your enhanced DBS certificate⟧
2. ⟦Your risk assessment for setting up in the playground⟧
3. ⟦Whether you can do two shows back to back (9.30 and 10.30) on Friday 9 July⟧
4. ⟦If it rains, can you perform in the hall instead?⟧

⟦We'll need the invoice addressed to Swalecliffe Primary School, not to me personally.⟧

Many thanks,
Rachel Obi
Early Years Lead
Swalecliffe Primary School

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the school office.""",
        [Y, N, Y, N, N], ["request", "request", "yes/no", "yes/no", "request"],
        """Dear Rachel,

Lovely to speak to you this morning. I've attached my enhanced DBS certificate, issued in March this year. Two shows back to back on Friday 9 July are no problem at all; I'll arrive at 8.45 to set up and be packed away by 11.15. If the weather turns, we can usually find a way round it on the day.

I'll get the risk assessment over to you in due course.‸ The invoice will follow after the show, as usual.

Best wishes,
Tom Gedge
Pettigrew's Punch & Judy""",
    ),

    # --- Glenisla Bagpipes (bagpipe maker and repairer; Kirriemuir, Angus, Scotland)
    case(
        """Dear Mr. Lindsay,

I am playing the pipes since six years in a band in Stuttgart and now I want to buy a new set in African blackwood with nickel mounts. ⟦Is it possible to send to Germany⟧ and ⟦how much cost the shipping?⟧ I have read that after Brexit there are customs. ⟦Who is paying this, me or you?⟧ Also I will be in Scotland on holiday in April. ⟦Can I come to the workshop to try the chanter before you make it ready?⟧

Best regards from Stuttgart
Jens Wohlfahrt""",
        [Y, N, N, Y], ["yes/no", "how much", "which", "yes/no"],
        """Dear Jens,

Thank you for your message, and for thinking of us. We send pipes to Germany regularly, by tracked courier and fully insured.‸ You'd be very welcome at the workshop in April; let me know your dates nearer the time and I'll make sure I'm in, and if you order now I'll leave the chanter unfinished so you can try the reed with me before I mount it.

A set in African blackwood with nickel mounts is £1,350 at the moment, and they take about ten weeks to make.

Best wishes,
Fraser Lindsay
Glenisla Bagpipes
01632 960733""",
    ),
    case(
        """Hi Fraser,

Following on from the AGM, the committee have agreed to replace the learners' chanters. Can you help with the following:

- ⟦Quote for 8 long practice chanters (polypenco)⟧
- ⟦any discount for a band order⟧
- ⟦Could they be here before our first practice back, Tuesday 5 January?⟧
- ⟦Happy to pay on invoice (30 days)⟧ - that's how we've always done it with our old supplier.

Cheers,
Morag

Morag Dunbar
Secretary, Strathmore & District Pipe Band

From: Fraser Lindsay <fraser@glenislapipes.example.co.uk>
Sent: Wednesday, 2 December 2026 10:21
To: Morag Dunbar
Subject: RE: Chanters

Hi Morag,

Yes, long practice chanters are in stock. How many were you thinking of?

Fraser""",
        [Y, Y, Y, N], ["request", "yes/no", "yes/no", "request"],
        """Hi Morag,

Good to hear the committee went for it. Eight long polypenco chanters come to £680 at £85 each, and for a band order of eight or more I take 10% off, so £612 with reeds. I'll post them on Monday 28 December by tracked delivery, so they'll be with you well before the 5th.‸

Best wishes,
Fraser""",
    ),
    case(
        """hiya its Callum, left my pipes in for a new bag and rehemp last wk 🙏 ⟦are they ready yet⟧ ⟦can i come get them sat morning⟧ ⟦do u take card or just cash⟧ 👍

Sent from my iPhone""",
        [Y, Y, N], ["yes/no", "yes/no", "which"],
        """Hi Callum,

Your pipes are done; the new bag's seasoned and I've rehemped the drones while I was at it, no extra charge. I'm in the workshop on Saturday from 9 till 12, so come any time then.‸

Fraser""",
    ),
    case(
        """Fraser,

The pipes arrived back this morning and the tenor drone top has a crack right through the ferrule end. It wasn't there when I sent them, I have photos. The box was barely padded, just a couple of sheets of newspaper. ⟦How on earth did you think that was enough for a hundred-year-old set?⟧

⟦I expect a new drone top made and fitted at your expense⟧, and ⟦I want the £38.50 I paid to post them to you refunded.⟧ ⟦Does your insurance cover this?⟧ I'll be claiming the value if it can't be properly fixed.

Alasdair MacRae

On Fri, 4 Dec 2026 at 09:15, Fraser Lindsay <fraser@glenislapipes.example.co.uk> wrote:
> Hi Alasdair,
> Your Henderson set is all done and went off by Royal Mail Special Delivery yesterday afternoon.
> Let me know how she sounds!
> Fraser
>
> On Tue, 1 Dec 2026 at 19:40, Alasdair MacRae <amacrae@example.net> wrote:
>> Any news on the overhaul? It's been seven weeks.""",
        [Y, Y, N, N], ["why", "request", "request", "yes/no"],
        """Dear Alasdair,

I'm truly sorry. I packed the set in a hurry to catch Thursday's collection and used a box I'd normally keep for chanters; a set that age should have gone in a hard case, and that's my mistake. I'll make a new tenor top in matching blackwood and fit it at no charge, and I'll email you a prepaid Special Delivery label today so it comes back to me at my expense.‸

Once it's here I'll have it turned and fitted within a week, and I'll ring you before it goes back.

With apologies,
Fraser""",
    ),
    case(
        """Hello Fraser,

Thanks for getting back to me so quickly. I spoke to Ewan's tutor at the school and ⟦she asked whether you could fit a slightly narrower bore on the chanter, as his fingers are still quite small.⟧ ⟦If that's possible, would it cost more?⟧ Otherwise we'll go with the long polypenco you suggested. ⟦Could it be gift-wrapped, since it's going under the tree?⟧

Best,
Aileen Mackay

On 5 Dec 2026, at 11:02, Fraser Lindsay <fraser@glenislapipes.example.co.uk> wrote:

> Hi Aileen,
> For a boy of twelve I'd suggest a long practice chanter in polypenco, £85 with a reed. Do you want it posted or will you collect?
> Fraser""",
        [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
        """Hi Aileen,

Thanks for asking her. I can't narrow the bore without the chanter going out of tune, but I make a junior version of the long practice chanter with the finger holes set a little closer together and slightly smaller, which is what most tutors ask for with young players. It's the same price, £85 with a reed, and I'll wrap it in brown paper and tartan ribbon before it goes in the post on Thursday, so it'll be with you well before Christmas.

All the best,
Fraser""",
    ),

    # --- Lough Leane Jaunting Cars (horse-drawn jaunting-car tours; Killarney, Co. Kerry, Ireland)
    case(
        """Hi there,

My mom and I are finally doing the Ireland trip we've been talking about since my dad passed, and Killarney is the one place she keeps coming back to. Her grandmother was from Glenflesk, and she remembers a postcard of a jaunting car on the mantelpiece when she was a girl, so riding in one is the whole point for her. We're staying at the Lake Hotel May 17 to May 20. She's 81 and walks with a cane for short distances but uses a folding wheelchair for anything longer. ⟦Is there room to bring the wheelchair along on the car?⟧ I've read mixed things online about which tour to do. I think the Muckross one makes most sense for her, but ⟦I don't know how long it takes⟧, and ⟦I'd like to know if there's a bathroom stop partway.⟧ ⟦Do we need to book ahead, or can we just show up at the stand in town?⟧

Thanks so much,
Donna Keleher
Quincy, MA""",
        [Y, N, Y, Y], ["yes/no", "when", "yes/no", "yes/no"],
        """Dear Donna,

Thanks a million for your email, and what a lovely reason to come to Killarney. The folded chair goes in behind the driver's seat, that's no problem at all, and your mam can sit up front beside me so she doesn't have to climb into the back.

The Muckross trip is the right one for her: it takes in the lakeshore, the gardens and Torc Waterfall, with a stop at Muckross House, where there are toilets and a café.‸ May gets busy, so I'd book ahead; I've pencilled ye in for 10 am on Tuesday 18 May, collecting from the Lake Hotel.

All the best,
Dermot O'Sullivan
Lough Leane Jaunting Cars""",
    ),
    case(
        """Hi Dermot,

That's perfect, thanks. We'll have the bridesmaids at the cathedral for 1.40 and my dad will walk me out from there to the car. The white ribbons sound lovely.

Siobhán

-----Original Message-----
From: Dermot O'Sullivan <dermot@loughleanejaunting.example.ie>
Sent: 04 December 2026 14:37
To: Siobhán Cronin <siobhan.cronin@example.ie>
Subject: RE: Wedding 3 July

Hi Siobhán,

The car is booked for you from St Mary's Cathedral to the hotel at 2 pm on 3 July. Would ye like white or ivory ribbons on the harness? And will there be anyone riding with you besides your dad?

Dermot""",
        [], [],
        """Hi Siobhán,

Grand, white ribbons it is, and I'll have the car at the cathedral gate by 1.45. Looking forward to it.

Dermot""",
        quoted_only=True,
    ),
    case(
        """Hi Dermot,

I've a couple staying with us over Christmas who are mad keen to do the Gap of Dunloe. ⟦Are ye running at all on St Stephen's Day, or is it weekends only over the winter?⟧ They're in their seventies, so they'd rather not walk the Gap. ⟦Would the car go the whole way through to Lord Brandon's, or is there a section they'd have to do on foot?⟧ Also ⟦what's the price for the two of them?⟧

Thanks,
Niamh
Front Desk, The Randles Court

On Wed, 2 Dec 2026 at 11:20, Dermot O'Sullivan <dermot@loughleanejaunting.example.ie> wrote:
> Hi Niamh, just to let you know we're running weekends and by appointment from now until March. Call me anytime. D.""",
        [Y, Y, N], ["yes/no", "yes/no", "how much"],
        """Hi Niamh,

Happy to look after them. St Stephen's Day falls on a Saturday this year and I'll be out from 11, weather permitting. The car can't go right through the Gap, I'm afraid; the road narrows and the horses turn at the top, so there's about a mile and a half downhill on foot to the boat at Lord Brandon's Cottage. For people who'd rather not walk, the Muckross loop might suit them better.‸

Give me a shout when they've decided.

Dermot""",
    ),
    case(
        """Good evening,

We have done the tour with your company on Saturday from the stand near the cathedral. On your website is written 25 euro each person but the driver has asked 100 euro for me and my wife, he said is the winter price. ⟦Why is the price not the same as the website?⟧ ⟦Please give back 50 euro on my card.⟧ Also he stopped many times for make photos and at the end asked tip, ⟦this is normal?⟧

Regards
Marco Bellandi
Sent from my Samsung Galaxy""",
        [Y, N, N], ["why", "request", "yes/no"],
        """Dear Marco,

Thank you for letting me know, and I'm sorry for the confusion. From November to March we only run private cars, as there aren't enough visitors to share, and the private price is €50 a person; the website still shows the summer price for a shared car, which is our mistake, and I've asked for it to be corrected this week.

Pat, who drove you, is off until Thursday; I'll talk to him then and one of us will be in touch.‸

Kind regards,
Dermot O'Sullivan
Lough Leane Jaunting Cars""",
    ),
    case(
        """Hi Dermot,

Thanks for the call earlier. So, as agreed, ⟦we'd like five cars for our team on Friday 11 June, picking up from the Gleneagle at 2.30.⟧ A few loose ends:

1) ⟦We need a proper VAT invoice with our company name.⟧
2) ⟦Can the cars stop at Ross Castle for a group photo?⟧
3) ⟦What's your cancellation policy if the weather is desperate?⟧

Talk soon,
Gráinne

-- 
Gráinne Moynihan | Office Manager | Kerrigan Software
Hiring in Cork and Killarney - know a good developer?""",
        [Y, Y, Y, Y], ["request", "request", "yes/no", "how"],
        """Hi Gráinne,

Good talking to you. Five cars are booked for Friday 11 June, collecting from the Gleneagle at 2.30, and I'll send a VAT invoice made out to Kerrigan Software once I have your billing address. We'll stop at Ross Castle for the photo; there's a grand spot by the slipway with the lake behind.

If the weather's too wild to go out, you can move to another date or have your money back, whichever suits, and I'll make the call with you by 10 that morning.

Dermot""",
    ),

    # --- Rangmahal Mehndi (bridal mehndi artist; C-Scheme, Jaipur, Rajasthan, India)
    case(
        """Hi Kavya,

I got your number from my cousin Ritu, whose mehndi you did in 2024 - she still says it was the darkest stain anyone in the family has ever had! I'm getting married in Jaipur on Friday 12 February and the mehndi will be on Wednesday 10 February at my nani's house in C-Scheme. ⟦Could you let me know if you're free that day?⟧ We're expecting around 60 ladies, though probably only 35 or so will actually want mehndi, and my mum wants everyone done before the sangeet starts at 7. ⟦How many artists would you bring for that many?⟧ My sister-in-law reacted badly to black henna on holiday once, so ⟦I need to be sure the cones are natural with no PPD.⟧ And ⟦what would the bridal design cost for full arms and feet?⟧

I'm in London until 1 February so email is easiest.

Thanks so much,
Anjali Mathur""",
        [Y, N, Y, N], ["yes/no", "how much", "yes/no", "how much"],
        """Dear Anjali,

Greetings from Rangmahal Mehndi, and many thanks to Ritu for the reference. I am happy to confirm that Wednesday 10 February is available, and I have blocked the date for you. For 35 guests I will bring sufficient artists so that everyone is done well before 7.‸ All our cones are made fresh in our own studio from Sojat henna powder, eucalyptus oil and lemon, with no PPD or chemical of any kind, so your sister-in-law will be quite safe.

Bridal packages we discuss on a call, as every bride's design is different. Please do share a convenient time, keeping in mind the time difference.

Warm regards,
Kavya Sharma
Rangmahal Mehndi, Jaipur""",
    ),
    case(
        """hi mam 🙏 my sister engagement is on 20 dec, ⟦need mehndi for her and 8 ladies at home in mansarovar⟧ 🙂 ⟦kitna charge⟧ and ⟦can u come by 4 pm⟧ pls reply urgent
pooja""",
        [Y, Y, N], ["request", "how much", "yes/no"],
        """Dear Pooja,

Congratulations to your sister! Mansarovar is fine for home service. The engagement design for the bride is ₹3,100, and for the ladies it is ₹300 per hand, so ₹7,900 in total for all 9 with both hands done, travel included.‸

Please confirm by tomorrow so that I can block an artist for you.

Regards,
Kavya""",
    ),
    case(
        """Dear Kavya ji,

I am writing with a heavy heart. The mehndi for my daughter's wedding on 29 November was very light, only orange colour even after two days, and in all the photos her hands look pale. Your artist also reached one hour late and the guests were waiting. You had assured me it will be dark maroon. ⟦Kindly explain why the colour did not come.⟧ ⟦We expect a refund of at least 50% of the ₹21,000 paid.⟧

Regards,
Sunita Agarwal

From: Kavya Sharma <kavya@rangmahalmehndi.example.in>
Sent: Tuesday, 1 December 2026 19:22
To: Sunita Agarwal
Subject: Re: Feedback

Dear Sunita ji,
Hope the wedding went well. Please do share some photos of the bride's mehndi for our page if the family is comfortable.
Regards, Kavya""",
        [Y, N], ["why", "request"],
        """Dear Sunita ji,

I am very sorry to hear this, and sorry also that our artist Meena reached late; the traffic on Tonk Road was very bad that evening, but she should have left earlier. About the colour: the same batch of cones was used for eleven ladies that day and all of them got a dark stain, so the paste was fine. The bride's hands were washed with soap within two hours because of the photographer's schedule, and once the paste is taken off early and soap touches it, the colour stays orange.

As a gesture I am refunding ₹5,000 to your account today.‸

With regards,
Kavya Sharma""",
    ),
    case(
        """Dear Kavya,

Forwarding the planner's note for your reference. Nothing is needed from your side yet, we'll go through all of it at the trial on Sunday 20 December.

Thanks,
Ishita

Begin forwarded message:

From: Rohan Bhatia <rohan@shubhaarambhevents.example.in>
Subject: Mehndi function - vendor details
Date: 5 December 2026 at 18:40:11 GMT+5:30
To: Ishita Kapoor <ishita.k@example.com>

Hi Ishita,
Could you ask the mehndi artist how much space her team needs, and please get her GST number for our vendor form?
Rohan""",
        [], [],
        """Dear Ishita,

Thank you for sharing this. I will bring my GST certificate to the trial and we can fill the planner's form together. See you on Sunday 20 December at 4 pm.

Regards,
Kavya""",
        quoted_only=True,
    ),
    case(
        """Dear Ms. Sharma,

Greetings from Aravali Fintech. We are planning a small Women's Day celebration in our Malviya Nagar office on Monday 8 March from 2 pm to 5 pm and would like to have mehndi for the employees.

⟦Please share a quotation for simple designs on one hand for around 40 employees.⟧ ⟦Will the charges be per hand or a fixed package?⟧ ⟦Our CEO has also asked whether your team can give a short demo of bridal patterns during the event.⟧ We will arrange tables and chairs; ⟦please let us know how many you need.⟧

⟦Our payment terms are 30 days from receipt of a GST invoice.⟧

Thanks and regards,
Neha Purohit
HR Executive, Aravali Fintech Pvt Ltd

CONFIDENTIALITY NOTICE: The information contained in this email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this email.""",
        [Y, Y, Y, Y, Y], ["request", "which", "yes/no", "how much", "request"],
        """Dear Ms. Purohit,

Thank you for considering Rangmahal Mehndi for your celebration. Please find attached our quotation for simple one-hand designs for 40 employees, with three artists from 2 pm to 5 pm. Our charge is a fixed package of ₹9,500 for up to 40 ladies, not per hand. I will be happy to show some bridal patterns on a volunteer during the event, for about 15 minutes.

We shall require three tables and six chairs near good light, and 30 days from our GST invoice is perfectly fine for payment.

Warm regards,
Kavya Sharma""",
    ),

    # --- Danger Point Shark Cage Dives (shark-cage diving; Kleinbaai, Gansbaai, Western Cape, South Africa)
    case(
        """Hi, ⟦any space on Tuesday 22 December for 4 adults?⟧ ⟦Do you pick up from Hermanus?⟧ ⟦If not, where do we meet you?⟧

Thanks
Graeme""",
        [Y, Y, Y], ["yes/no", "yes/no", "where"],
        """Hi Graeme,

Tuesday 22 December still has space, and I've reserved four seats for you on the 8 am launch; please confirm by Thursday so I can keep holding them. We collect from any guesthouse in Hermanus at 6.30 for R250 per person return.

Regards,
Lindiwe
Danger Point Shark Cage Dives""",
    ),
    case(
        """Dear Sir or Madam,

Thank you for your fast answer. ⟦We are now sure we want to come in the holidays, on Monday 28 December.⟧ We are two adults and two children, Lotte is 11 and Sem is 7 (he turns 8 in March). ⟦Is Sem allowed to go in the cage or only to watch from the boat?⟧ My wife is getting quickly seasick. ⟦Which tablets do you recommend⟧, and ⟦must she take them the evening before?⟧ Also ⟦can she stay on the boat and not go in the water⟧, and ⟦is the price then less?⟧

Many greetings
Joost van Dijk

On Thu, 3 Dec 2026 at 15:02, Danger Point Shark Cage Dives <bookings@dangerpointsharks.example.co.za> wrote:
> Dear Joost,
> Thank you for your enquiry. Our adult price is R2,400 and children aged 8 to 14 pay R1,500. Which date were you thinking of?
> Kind regards, Lindiwe""",
        [Y, Y, Y, Y, Y, Y], ["request", "yes/no", "which", "yes/no", "yes/no", "yes/no"],
        """Dear Joost,

Thank you, we'd love to have you on Monday 28 December. Children must be 8 to go in the cage, so Sem can watch from the top deck, where the view is often better anyway. Your wife is welcome to stay on board too; many of our guests never go in the water, and anyone who stays on deck pays R1,200, so that's the price for her and for Sem. For seasickness most people use Stugeron from the pharmacy in Gansbaai; take one the evening before and one at breakfast.

I've held four places on the 8 am trip. Please confirm and I'll send the payment link.

Kind regards,
Lindiwe""",
    ),
    case(
        """Good afternoon

We drove from Cape Town at 4 this morning for the 8 o'clock launch, and when we got to Kleinbaai we were told the trip was off because of the swell. The forecast was clear for days that the wind was coming. ⟦Why were we not told last night?⟧ Other operators messaged their guests at 7 pm.

I see you've refunded the R4,800 for the trip itself. ⟦Can you confirm when it will be back in my account?⟧ But ⟦I want the R1,200 we paid for the shuttle refunded as well, since that was booked through you.⟧

Kagiso Molefe

Sent from my iPhone""",
        [N, Y, N], ["why", "when", "request"],
        """Dear Kagiso,

I'm very sorry nobody let you know last night; I know what a long drive that is for nothing, especially at that hour.‸ The R4,800 was refunded at 9.40 this morning and should reach your account within five working days.

Shuttle charges are handled by our accounts office, and they'll look into yours.

Regards,
Lindiwe
Danger Point Shark Cage Dives""",
    ),
    case(
        """hey!! 🦈🦈 we're 6 students from stellies wanting to come down on sat 16 jan ⟦is there a student discount⟧ ⟦can we pay on the day⟧ 🙏 also ⟦do we need to bring our own towels⟧ lol""",
        [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
        """Hi there,

Sounds like a lekker plan! 😊 We do 10% off for students with a valid card, so R2,160 each. Bring a towel and a warm top; wetsuits, and hoodies for afterwards, are on us.‸

Just send me everyone's names and I'll hold the spots for Saturday 16 January.

Cheers,
Lindiwe""",
    ),
    case(
        """Dear Lindiwe and Francois,

Just a note to say thank you for Saturday. Who would have thought my 74-year-old mother would be the first one into the cage? She hasn't stopped talking about the bronze whaler that bumped the bars. The crew were so patient with her, and the soup afterwards was just what we needed.

With thanks,
Jill Hattingh

On Fri, 4 Dec 2026 at 16:45, Lindiwe Mthembu <bookings@dangerpointsharks.example.co.za> wrote:
> Hi Jill, all set for tomorrow at 9. Please arrive 30 minutes early for the briefing, and let us know if anyone takes medication for seasickness.""",
        [], [],
        """Dear Jill,

Thank you so much for writing. Your mother was a star, and the whole crew is still talking about her. We'd love to see you both again.

Warm regards,
Lindiwe""",
        quoted_only=True,
    ),

    # --- Waiau Springs Hot Pools (public and private hot pools; Hanmer Springs, North Canterbury, New Zealand)
    case(
        """Kia ora, ⟦are you open on Christmas Day?⟧ ⟦If so do we need to book or can we just turn up?⟧ Ta, Hemi""",
        [Y, N], ["yes/no", "yes/no"],
        """Kia ora Hemi,

We're open on Christmas Day from 11 am to 6 pm.‸ Meri Kirihimete!

Sam
Waiau Springs Hot Pools""",
    ),
    case(
        """Kia ora,

We're coming down from Nelson for a few days in the school holidays in January, staying at the holiday park on Jollies Pass Road. Our son Tama is 15 and has cerebral palsy; he uses a wheelchair and loves water more than anything - the physio says warm water is the best thing for his muscles. Last year we tried the pools in another town and it was a bit of a disaster because the only way in was steps and we had to lift him, which isn't safe for any of us anymore now he's nearly as tall as his dad. I've looked on your website and can see photos of a ramp on the big pool, but ⟦I can't tell if there's a hoist at the private pools.⟧ ⟦Could you tell me whether there's a changing room with a bench big enough for him to lie on?⟧ He also gets very tired in the heat after about twenty minutes, so we usually take him out and sit in the shade for a bit. ⟦Does his support person get in free?⟧ Usually that's me or his dad. And ⟦where is the closest accessible parking to the entrance?⟧

Thanks heaps,
Marama Walker""",
        [Y, Y, Y, Y], ["yes/no", "yes/no", "yes/no", "where"],
        """Kia ora Marama,

Thanks for getting in touch before your trip; it really helps us have everything ready. Private pool 3 has a ceiling hoist, and our accessible changing room next to it has a height-adjustable change bench that takes an adult lying down. Support people come in free with the person they're supporting, so whichever of you comes in with Tama won't pay. There are two mobility parks right outside the main doors, and the path from there to pool 3 is flat all the way.

If you let us know the day, I'll book pool 3 for you and ask the team to have the sling out.

Ngā mihi nui,
Aroha Tipene
Guest Services Manager""",
    ),
    case(
        """Hi Aroha,

As discussed on the phone, here's what we're after for the team day:

• ⟦Private pools for 12 people on Friday 5 February, about 11 am⟧
• ⟦Lunch afterwards at the café⟧ - set menu or platters, whichever is easier
• ⟦Invoice to Tasman Surveying Ltd, not to my card⟧
• One of the team turns 50 that day, so ⟦is it OK to bring a cake?⟧

Cheers,
Ben Kowalczyk

-----Original Message-----
From: Aroha Tipene <aroha@waiausprings.example.co.nz>
Sent: Friday, 4 December 2026 3:12 p.m.
To: Ben Kowalczyk <ben@tasmansurveying.example.co.nz>
Subject: RE: Team day

Hi Ben, lovely to chat. Just send me the details in writing when you can and I'll pull a quote together.
Aroha""",
        [Y, N, Y, N], ["request", "request", "request", "yes/no"],
        """Hi Ben,

Thanks for sending that through. I've booked pools 4 and 5 for 11 am on Friday 5 February; they take six each and sit side by side, so the team can chat across the rail. The café team look after lunches themselves, so they'll be in touch with you about that.‸ The invoice will go to Tasman Surveying Ltd on 20-day terms, and I've attached the quote for the pools.

Ngā mihi nui,
Aroha""",
    ),
    case(
        """Hi Sam,

The brochures turned up this morning, thanks heaps. I've put them on the counter by the door and in the rack in the lounge.

Jess

-- 
Jess Tamatea
Front of House, Hurunui Wine Trails
Thirsty for more? Ask us about our Waipara day trips!""",
        [], [],
        """Hi Jess,

That's great, thanks for putting them out. I'll drop a fresh batch round in the new year.

Cheers,
Sam""",
        quoted_only=True,
    ),
    case(
        """hey, lost my locker wristband yesterday and got charged $30 at reception 😩 found it in my towel back at the motel 🙄 ⟦can i drop it back today and get the $30 refunded⟧ also ⟦why was the lazy river closed all arvo⟧""",
        [Y, N], ["request", "why"],
        """Hi there,

Not a problem at all, these things turn up in the funniest places. Drop the wristband at reception any time before 9 pm with your receipt and we'll refund the $30 to your card straight away.‸

Cheers,
Sam""",
    ),

    # --- Shipwreck Coast Heli Flights (helicopter scenic flights; Port Campbell, Victoria, Australia)
    case(
        """G'day, ⟦how much is the 15 minute flight for two adults and a 9yo?⟧ ⟦Is there a kids' price?⟧ ⟦Where do you fly from?⟧

Cheers, Brett""",
        [Y, Y, Y], ["how much", "yes/no", "where"],
        """Hi Brett,

The 15-minute flight is $235 a seat, and kids pay the same as adults because they take up a seat, so $705 for the three of you. We fly from our helipad on the Great Ocean Road, 2 km east of Port Campbell, every day from 9 till 5, weather permitting.

Cheers,
Tash
Shipwreck Coast Heli Flights""",
    ),
    case(
        """Hi Tash,

Thanks for the quick reply. The weights for the nine are below; two of the men are on the heavy side, so I hope that works.

Rob 118 kg, Sandra 64 kg, Dev 131 kg, Mei 52 kg, Carlos 95 kg, Ingrid 70 kg, Tom 88 kg, Aisha 61 kg, Pete 104 kg

⟦Does anyone need to pay for an extra seat?⟧ Also, ⟦could the three flights go back to back so the group isn't waiting around?⟧

Kind regards,
Olivia Chen
Southern Touring Co.

From: Tash Nguyen <ops@shipwreckheli.example.com.au>
Sent: Saturday, 5 December 2026 10:48 AM
To: Olivia Chen <olivia@southerntouring.example.com.au>
Subject: RE: Group of 9 - 18 January

Hi Olivia,

For a group of nine we'd run three flights of three in the AS350. Could you please send through each passenger's weight so I can work out the seating?

Cheers,
Tash""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Olivia,

Thanks for those. Anyone over 125 kg needs a second seat, so Dev will need one, which on the 12 Apostles flight is an extra $165; everyone else is fine. I've set the three flights to run back to back from 10 am on 18 January, so the group will be done by about 11. I'll put Dev with Mei and Sandra to keep the balance right.

Cheers,
Tash""",
    ),
    case(
        """Hi,

We paid $790 for two seats on the 25 minute Shipwreck Coast flight on Saturday and according to the video on my phone we were in the air for 16 minutes, wheels up to wheels down. We didn't go anywhere near the Bay of Islands, which was the whole reason we picked that flight over the short one. The pilot barely said a word.

⟦I'd like to know why the route was cut short⟧, and ⟦I want the difference between what we paid and the 15 minute flight refunded, $320.⟧

Regards,
Nadia Russo

On Fri, 4 Dec 2026 at 8:02 pm, Shipwreck Coast Heli Flights <ops@shipwreckheli.example.com.au> wrote:
> Hi Nadia, you're confirmed for the 25 min Shipwreck Coast flight, tomorrow at 2.30 pm. Please arrive 20 minutes before.""",
        [Y, N], ["why", "request"],
        """Hi Nadia,

Thanks for getting in touch, and I'm sorry the flight wasn't what you'd hoped for. I've spoken to Matt, who flew you on Saturday: a bank of sea fog came in over the Bay of Islands just after you took off, and he couldn't safely go past Loch Ard Gorge, so he turned back along the Apostles. He should have explained that to you both in the air, and I've raised it with him.

Kieran is reviewing the flight log this week and we'll come back to you about the fare.‸

Cheers,
Tash""",
    ),
    case(
        """hey tash!! it’s mia, we spoke at the markets in warrnambool 😊 doing a surprise for my dad’s 70th in feb, ⟦do u do doors-off flights⟧ 📸 he’s a photographer so that’d be insane. ⟦how many of us can go at once⟧ and ⟦can we land somewhere for a champagne toast⟧ 🥂 ⟦pls let me know prices too⟧ xx""",
        [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "how much"],
        """Hi Mia,

Great to hear from you, and what a present! 🎉 We fly doors-off in the R44 for photographers, with a harness and headset, and it takes up to three passengers at once. We can't land along the coast for a champagne stop, as it's all national park, but we can have a bottle waiting on the pad when you get back.‸

Let me know a date in February and I'll pencil you in.

Cheers,
Tash""",
    ),
    case(
        """Hi Kieran,

Thanks for talking me through the options on the phone on Friday. ⟦We'll go with the 25-minute flight for three on Saturday 23 January at 11.⟧ My father-in-law flew Caribous with the RAAF for twenty years and ⟦he's keen to know if he can sit up front next to you.⟧ ⟦He also asked if you'd let him take the controls for a minute over the water, which I told him was cheeky.⟧ ⟦If the weather's no good on the Saturday, can we move it to Sunday 24th?⟧

Thanks again,
Luke Pereira

On 4 Dec 2026, at 5:31 pm, Kieran Doyle <kieran@shipwreckheli.example.com.au> wrote:

> Good talking to you, Luke. Send me your preferred date and time and I'll lock it in.""",
        [Y, Y, Y, Y], ["request", "yes/no", "yes/no", "yes/no"],
        """Hi Luke,

Good to hear from you. You're booked on the 25-minute flight for three at 11 am on Saturday 23 January, and I'll send the confirmation and safety notes this afternoon. Your father-in-law is welcome up front, and I'm looking forward to hearing about the Caribous. I'm afraid the rules don't let passengers touch the controls on a scenic flight, but I'll talk him through everything I'm doing. If Saturday's weather is no good, I'll move you to 11 am on Sunday 24 January at no charge.

Cheers,
Kieran""",
    ),

    # --- Parkland Blades & Hockey (hockey shop with skate sharpening and fitting; Red Deer, Alberta, Canada)
    case(
        """Hi, ⟦do you sharpen figure skates or just hockey?⟧ ⟦Are you open Boxing Day?⟧

Laura""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Laura,

We do figure skates as well, by hand, for $15 a pair; drop them off and they're ready the next day. We're closed Christmas Day and open 10 to 4 on Boxing Day for the sales.

Thanks,
Jenna
Parkland Blades & Hockey""",
    ),
    case(
        """Hello,

My son Maksym is 9 years and he starts hockey in January with the Red Deer Minor program. We are new in Canada from Ukraine since August and we don't know nothing about the equipment. The coach give us a list, is very long. ⟦You have used equipment or only new?⟧ ⟦How much will cost all the list for a boy of 9 years, approximately?⟧ ⟦Is it possible to pay in two parts?⟧ We can come on Saturday for fitting, ⟦we need appointment?⟧

Thank you very much,
Olena Hrytsenko""",
        [Y, N, N, Y], ["yes/no", "how much", "yes/no", "yes/no"],
        """Hello Olena,

Welcome to Canada, and welcome to hockey! We have a used corner with good-condition gear at about half the new price, and most families starting out mix the two: new skates and a new helmet, used pads and pants.‸

Saturday is our busiest day, so it's best to book a fitting; I've held 10:30 a.m. this Saturday, December 12, with Darren, who will go through the coach's list with Maksym piece by piece.

See you soon,
Jenna
Parkland Blades & Hockey
(403) 555-0128""",
    ),
    case(
        """Darren,

I bought the Bauer Supremes from you three weeks ago, $899, and paid $30 for a profile. Since then I've had blisters on both heels every game and my stride feels completely off. My buddy who plays junior looked at the blades and says the profile is way more aggressive than what I had on my old skates. ⟦Who told you to change it?⟧ I asked for the same profile as my old pair.

⟦Either swap them for a different model or give me my money back, I don't care which at this point.⟧ ⟦I also want the $30 for the profile refunded.⟧

Tyler Beaudry

-----Original Message-----
From: Darren Kowalchuk <darren@parklandblades.example.ca>
Sent: Tuesday, December 1, 2026 4:15 PM
To: Tyler Beaudry <tbeaudry@example.ca>
Subject: RE: skates

Hi Tyler, how are the new skates feeling? Let me know if you need them re-molded.
Darren""",
        [Y, N, Y], ["why", "request", "request"],
        """Hi Tyler,

Sorry to hear you've been struggling. I pulled the work order: it says to match your old profile, but your old skates never came in with you, so the blades were done to the standard Bauer profile. That's on us for not calling to check. I've refunded the $30 to your Visa this morning.

Bring the skates in and I'll re-profile them flatter, re-mold them and punch out the heels, all at no charge; most blister problems on Supremes go away with that.‸

Darren""",
    ),
    case(
        """Hi Darren,

Got your voicemail, thanks. Our coach asked me to follow up on the team order for the U13 Rebels:

- ⟦15 sharpening cards at the team rate⟧
- ⟦Can you letter names on the new jerseys?⟧ ⟦Coach would like them by the Optimist tournament on Friday, January 22.⟧
- ⟦Team discount on sticks?⟧

⟦Coach is also asking if you could sharpen the whole team on a game morning at the arena, like the shop in Lacombe does.⟧

Thanks,
Sherri Lindgren
Team Manager, Red Deer U13 Rebels

--
Sherri Lindgren | Lindgren Bookkeeping
Tax time coming? Book your appointment early!""",
        [Y, Y, Y, N, Y], ["request", "yes/no", "request", "yes/no", "yes/no"],
        """Hi Sherri,

Thanks for following up. I've set aside 15 ten-sharpening cards at the team rate, $70 each instead of $80, so $1,050, ready to pick up at the counter. We letter jerseys in-house at $8 a name; if you bring them in by January 8, they'll be done for the tournament.‸

As for coming out to the arena, our sharpener doesn't travel, but we can turn around a full team bag in a couple of hours if someone drops it off in the morning.

Darren""",
    ),
    case(
        """Hi Jenna,

Thanks for helping me on Saturday. I ended up getting the Tacks for my nephew but I'm worried about the size, since I was guessing from his old pair. ⟦If they don't fit, can he exchange them after Christmas⟧ and ⟦does he need the receipt?⟧ ⟦How long do you have for exchanges?⟧

Thanks again,
Karen Olsen

On Sat, Dec 5, 2026 at 3:44 PM Parkland Blades & Hockey <info@parklandblades.example.ca> wrote:
> Hi Karen, here's your e-receipt for today's purchase. Thanks for shopping local!
>
> On Sat, Dec 5, 2026 at 11:02 AM Karen Olsen <karen.olsen@example.ca> wrote:
>> Do you have CCM Tacks in a junior 3? Want to come in today.""",
        [Y, Y, Y], ["yes/no", "yes/no", "when"],
        """Hi Karen,

You're welcome! If the Tacks don't fit, your nephew can bring them back after Christmas and swap them for the right size, as long as they haven't been sharpened or skated on. He doesn't need a paper receipt; just forward him the e-receipt, or he can give us your phone number and we'll look it up. We do exchanges for 30 days, and anything bought in December can come back until January 15.

Merry Christmas,
Jenna""",
    ),

    # --- CoolBreeze Aircon Services (aircon servicing, repair and installation; Singapore)
    case(
        """hi, ur technician came last thurs for servicing, now the bedroom aircon leaking water again 😤 drip on my bed somemore. ⟦can send someone tmr⟧ ⟦must pay again or not⟧ 🙏

Sent from my iPhone""",
        [N, Y], ["request", "yes/no"],
        """Hi,

So sorry about this! Leaking right after servicing is usually a choked drain pipe, and it's covered under our 30-day servicing warranty, so there's no charge for the visit. Our scheduler will WhatsApp you to arrange a slot.‸

Jasmine
CoolBreeze Aircon Services""",
    ),
    case(
        """Dear Sir/Madam,

We are the managing agent for The Tembusu Residences (MCST 4127) and are inviting quotations for the aircon maintenance of the clubhouse and guardhouse for 2027. Please provide the following by Monday 14 December:

1. ⟦Quotation for quarterly general servicing of 14 fan coil units and 3 condensers⟧
2. ⟦Copy of your company's public liability insurance⟧
3. ⟦Confirmation that a service report will be submitted after each visit⟧
4. ⟦Earliest start date⟧

Thank you.

Regards,
Benjamin Lim
Property Officer
Mercer Estate Management Pte Ltd

From: Jasmine Tan <jasmine@coolbreezeaircon.example.sg>
Sent: Thursday, 3 December 2026 11:06 AM
To: Benjamin Lim
Subject: RE: Site visit

Dear Mr Lim, thank you for arranging the site visit. Please let me know the submission deadline.
Jasmine""",
        [Y, N, Y, N], ["request", "request", "request", "when"],
        """Dear Mr Lim,

Thank you for the invitation to quote. Please find attached our quotation for quarterly general servicing of the 14 fan coil units and 3 condensers, at S$1,360 for the year. A signed service report with photos of each unit will be submitted to the management office after every visit. Our insurance documents will follow under separate cover.‸

We are ready to start as soon as the contract is awarded.

Best regards,
Jasmine Tan
Customer Service, CoolBreeze Aircon Services Pte Ltd""",
    ),
    case(
        """Hi CoolBreeze team,

I'm writing on behalf of my father, Mr Goh Kian Seng, who lives on his own in our old flat in Toa Payoh (Blk 178, #09-1152). I'm based in Melbourne now so I try to sort things out from here. His living room aircon has been making a rattling noise for weeks and he only told me on our Sunday call because he didn't want to "trouble anyone". The units are Mitsubishi and were put in when we renovated in 2011, so they're about 15 years old. ⟦I'd like someone to go and have a look this week if possible.⟧ My sister says at that age it isn't worth repairing and we should just change the whole system, but ⟦I honestly don't know whether that's true or just what the shops tell you.⟧ ⟦If we do replace it, can it be done before Chinese New Year?⟧ We'll have the whole family there for reunion dinner and Papa would be so embarrassed if it was hot. He also struggles with the remote - ⟦could your technician show him which button is which, slowly?⟧ He's 84 and a bit deaf, so ⟦please call him on the landline, 6255 0000, and speak up.⟧

Many thanks,
Wei Ling Goh""",
        [Y, N, Y, Y, N], ["request", "yes/no", "yes/no", "request", "request"],
        """Dear Wei Ling,

Thank you for writing, and please don't worry, we'll take good care of your father. I've booked our senior technician, Ah Huat, to visit on Tuesday 8 December between 2 and 4 pm, and I've asked him to go through the remote with your father step by step and put labels on the main buttons.

Ah Huat will check the units and advise on site.‸ If you do decide on a new system, installation takes one day and we're taking Chinese New Year bookings until 15 January, so there's still time.

Best regards,
Jasmine Tan""",
    ),
    case(
        """Hi Jasmine, PayNow done just now, ref CB-20917. ⟦Can send me the tax invoice with GST for my company claim?⟧ ⟦When is my next servicing due ah?⟧ Thanks for the fast service 👍

On Sat, 5 Dec 2026 at 4:18 PM, Jasmine Tan <jasmine@coolbreezeaircon.example.sg> wrote:
> Hi Mr Rajan, please find the invoice attached for today's chemical wash (2 units, S$160). Please make payment within 7 days via PayNow to UEN 201512345K and let us know once done.
> Thank you!""",
        [N, Y], ["request", "when"],
        """Hi Mr Rajan,

Received with thanks! Your next general servicing is due in early March; we'll WhatsApp you a reminder two weeks before.‸

Jasmine""",
    ),
    case(
        """Hello,

Your technician Mr Kumar came yesterday to service the 3 units and said the master bedroom one need gas top-up, $90. I am tenant and my landlord say gas top-up is the landlord's responsibility only if the unit is faulty, not from normal use. ⟦Can you write in the report whether the gas is low because of leaking or just normal use?⟧ Also ⟦why last year the other company never say need gas?⟧ ⟦Should I pay the $90 first and claim from landlord, or you bill the landlord direct?⟧

Thank you,
Zhang Mei

On 6 Dec 2026, at 9:14 PM, CoolBreeze Aircon <service@coolbreezeaircon.example.sg> wrote:

> Dear Ms Zhang, thank you for choosing CoolBreeze. Your servicing report is attached. Please rate our service!""",
        [Y, N, Y], ["request", "why", "which"],
        """Dear Ms Zhang,

Thank you for your message. Mr Kumar measured the pressure and found a slow leak at the flare joint of the master bedroom unit, so this is a fault and not normal use; I've updated the report to say so and attached it here.‸ We can bill your landlord directly if you send us his name and email, and he'll pay us before we do the top-up.

Best regards,
Jasmine""",
    ),

    # --- Bayou Boil Co. (crawfish-boil caterer; Lafayette, Louisiana, US)
    case(
        """⟦Y'all boiling crawfish yet?⟧ ⟦If not, when do you think you'll start?⟧

Shane""",
        [Y, N], ["yes/no", "when"],
        """Hey Shane,

Not yet; the pond crawfish are still too small to be worth it.‸ Follow us on Facebook and you'll see the first boil posted.

Danielle
Bayou Boil Co.""",
    ),
    case(
        """Hi there,

My daughter Callie is getting married on Saturday, April 10, at Magnolia Ridge, the barn venue outside Breaux Bridge, and the rehearsal dinner is the Friday night before. Her fiance's family is from Lafayette and his grandmother made it clear, very sweetly, that if there's no crawfish at the rehearsal she's not coming. So here I am! We're from Houston, so I know my way around a boil but I've never hired anyone. We're expecting about 120 people. The barn has a big concrete pad out back but no gas line that I know of. ⟦Do you bring your own propane and burners?⟧ ⟦I'm also wondering whether crawfish will be good and big by then or if it's too early in the season.⟧ A few of Callie's friends are vegetarian, and ⟦I'd love to know if you do anything for them beyond corn and potatoes.⟧ And ⟦ballpark, what are we looking at for 120?⟧

Thank you so much,
Denise Hebert
(713) 555-0147""",
        [Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
        """Hi Denise,

Congratulations to Callie, and tell her grandmother she'd better come! We bring everything with us: propane, burners, sacks, tables and the crew, so all we need is that concrete pad and a water spigot nearby. April 9 comes after the Easter rush, so the timing works well for us.‸ For the vegetarians we can do a separate pot of mushrooms, corn, potatoes, Brussels sprouts and whole garlic in the same seasoning, and folks usually fight over the mushrooms.

I've put a soft hold on Friday, April 9 for you until December 21.

Thanks,
Remy Thibodeaux
Bayou Boil Co.
(337) 555-0182""",
    ),
    case(
        """Remy,

See below from Father Landry about the parish fundraiser. ⟦Could you reply to him directly and copy me?⟧ He's better at email than I am. Deposit check went in the mail Friday, ⟦let me know when it gets there.⟧

Thanks,
Gerald Broussard
St. Genevieve Men's Club

---------- Forwarded message ---------
From: Fr. Paul Landry <pastor@stgenevieve.example.org>
Date: Fri, Dec 4, 2026 at 10:12 AM
Subject: Crawfish boil April 17
To: Gerald Broussard <gbroussard@example.net>

Gerald, can you ask the caterer how many pounds we'll need for 300 plates, and whether they'll need the parish hall kitchen? Thanks, Fr. Paul""",
        [Y, N], ["request", "request"],
        """Hi Gerald and Father Landry,

Gerald, thanks for passing this along; I've copied you both here so we're all on the same page.‸

Father, for 300 plates we'd plan on 900 pounds of live crawfish, about 3 pounds a plate, which is what most church boils go with. We don't need the parish hall kitchen at all; we cook everything outside on our own burners, so we'd only need a spot near the parking lot and a water hose.

Remy
Bayou Boil Co.""",
    ),
    case(
        """Remy,

I've used y'all for three years and never had a problem until Saturday. I ordered 40 lbs of boiled shrimp for my son's birthday and when I weighed the tubs after your driver left, it came to 31. That's NINE POUNDS short. ⟦How does that happen?⟧ On top of that they were barely seasoned, my brother-in-law said they tasted like they'd been boiled in plain water.

⟦I want the nine pounds refunded at the $9.50 you charged me⟧, and ⟦I want to know what you're going to do about the seasoning next time because I've got a bigger crawfish order planned for Easter.⟧

Trent Guidry

On Wed, Dec 2, 2026 at 2:30 PM Bayou Boil Co. <orders@bayouboil.example.com> wrote:
> Trent, confirming 40 lbs boiled shrimp, spicy, delivered Saturday 12/5 at 4 PM to 118 Coulee Rd. Total $380.00. Thanks!""",
        [Y, N, Y], ["why", "request", "how"],
        """Hey Trent,

I'm sorry, and I appreciate you telling me straight. We weigh shrimp raw, before the boil, and boiled shrimp lose close to a fifth of their weight in the pot, so 40 raw pounds comes out around 32 cooked. We should have told you that when you ordered, and we're changing the order form to say so. On the seasoning, the new guy went light on the cayenne for what he thought was a kids' party; for Easter I'll run your boil myself, and you can taste a few before we load up.

I'd like to put $40 toward your Easter order to make up for Saturday.‸

Remy""",
    ),
    case(
        """Hi Danielle,

Thanks for the call this morning. Per our conversation, here's what I need to take to our VP before we book the employee appreciation boil:

- ⟦Per-person price for 200, full service⟧
- ⟦Whether you carry liquor liability insurance⟧ (we'll be serving beer)
- ⟦Can you invoice us net 30 or do you need a deposit up front?⟧
- ⟦Dates you have open on Fridays in May⟧

Thanks,
Courtney Dupuis
People Operations, Acadiana Midstream LLC

This email and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please notify the sender and delete it.""",
        [Y, Y, Y, Y], ["how much", "yes/no", "which", "when"],
        """Hi Courtney,

Great talking with you. For 200 guests, full service is $26 a person, which includes 3 lbs of crawfish each, corn, potatoes, sausage, the crew and cleanup. We don't carry liquor liability, since we don't serve alcohol; whoever pours the beer, the venue or a bartending service, would need to cover that. We take a 25% deposit to hold the date and invoice the balance net 30 after the event.

Right now we have Friday, May 7, Friday, May 14 and Friday, May 28 open, and they go fast once the season starts.

Thanks,
Danielle
Bayou Boil Co.""",
    ),

    # --- Flint River Pecan Company (pecan grower, custom cracking and mail-order gift tins; Albany, Georgia, US)
    case(
        """Good morning Kayla,

We'd like to order holiday gifts for our clients again this year. Details below:

1. ⟦60 of the 1 lb praline tins⟧
2. ⟦Each with a card that says "Happy Holidays from Reyes & Whitfield CPAs"⟧
3. ⟦Shipped to individual addresses (spreadsheet attached)⟧
4. ⟦Need them delivered by Monday, December 21⟧

⟦Can you apply last year's 10% corporate discount?⟧

Thank you,
Marisol Reyes
Office Manager
Reyes & Whitfield CPAs
(404) 555-0163""",
        [Y, Y, Y, Y, Y], ["request", "request", "request", "request", "yes/no"],
        """Hi Marisol,

Thanks for coming back to us! I've entered 60 one-pound praline tins, each with a card reading "Happy Holidays from Reyes & Whitfield CPAs", shipping to the 60 addresses on your spreadsheet, and I've applied your 10% corporate discount again. They'll go out by ground on Tuesday, December 15, so everyone should have them by Monday, December 21; the few addresses in the Northeast I'll send 2-day at no extra charge, to be safe.

I'll email the invoice once everything has shipped.

Best,
Kayla Pritchett
Flint River Pecan Company
(229) 555-0114""",
    ),
    case(
        """⟦Do yall crack pecans for folks.⟧ I have about 80 lbs off my trees. ⟦What do you charge⟧ and ⟦how long does it take.⟧ ⟦Do I bring them in bags or buckets⟧ and ⟦where do I bring them.⟧

Earl Mobley""",
        [Y, Y, N, Y, Y], ["yes/no", "how much", "when", "which", "where"],
        """Mr. Mobley,

Yes sir, we crack and clean yard pecans every weekday from 8 to 4. It's 60 cents a pound for cracking and 35 cents more if you want them blown clean, so for 80 pounds you're looking at $48, or $76 with cleaning.‸ Bring them to the cracking shed behind our store on Highway 91; bags or buckets are both fine, just no wet ones.

Wade""",
    ),
    case(
        """That’s perfect, thank you Kayla! Yes, ⟦please send the tracking number.⟧ My sister never checks her porch. Also, ⟦is it too late to add a second tin to go to my mom in Macon?⟧

Beth

Sent from my iPhone

> On Dec 5, 2026, at 2:16 PM, Kayla Pritchett <kayla@flintriverpecan.example.com> wrote:
> 
> Hi Beth, your 3 lb tin to Spokane shipped today and should arrive Friday, December 11. Would you like me to send you the tracking number as well?""",
        [Y, Y], ["request", "yes/no"],
        """Hi Beth,

Here's the tracking number: 1Z 4F7 90A 03 1182 6650, UPS Ground. It's not too late at all; Macon is only a day away from us, so a tin going out tomorrow would be there Wednesday. Just send me your mom's address and which tin you'd like.

Kayla""",
    ),
    case(
        """To whom it may concern,

I ordered three 3 lb tins as Christmas gifts (order #FR-40912) and opened one to try before wrapping the others. The pecans taste stale, almost bitter, and several halves are dark and shriveled. ⟦Are these from last year's crop?⟧ For what you charge I expected fresh nuts.

⟦Please send replacements for all three tins⟧ - I'm not giving the others away now that I've tasted them - and ⟦I expect them here before Christmas.⟧ ⟦I also want the $14.95 shipping refunded.⟧

Gloria Haney

From: Flint River Pecan Company <orders@flintriverpecan.example.com>
Sent: Tuesday, December 1, 2026 9:03 AM
To: Gloria Haney
Subject: Your order FR-40912 has shipped

Thank you for your order! Questions about your order? Reply to this email and we'll be glad to help.""",
        [Y, Y, Y, N], ["yes/no", "request", "request", "request"],
        """Dear Ms. Haney,

I'm very sorry. Everything we're shipping this season is 2026 crop, cracked in November, but we've found that one roasting batch of the 3 lb tins on November 28 was left in too long, and yours came from it. Three fresh tins from this week's roasting went out to you this morning by 2-day shipping and are due with you on Wednesday, well before Christmas. There's no need to send the others back.

We've tucked a bag of our chocolate-covered pecans in with them, with our apologies.‸

Sincerely,
Wade Pritchett
Flint River Pecan Company""",
    ),
    case(
        """Hello,

I am owner of small bakery in Duluth, GA (Korean-French style). We use many pecan for our pie and financier, now I buy from Costco but quality is not consistent. ⟦I want to know wholesale price for pecan halves, 30 lb box.⟧ ⟦I must buy how many box at least?⟧ Also ⟦possible to deliver to Duluth or I must pick up in Albany?⟧ ⟦Please send me small sample first if possible.⟧

Thank you,
Grace Yoon
Maison Yoon Bakery""",
        [Y, Y, Y, N], ["how much", "how much", "which", "request"],
        """Hi Grace,

Thank you for reaching out. Our wholesale price for fancy mammoth halves is $11.25 a pound in the 30 lb case, so $337.50 a case, and you can order as little as one case. We ship cases by UPS ground to Duluth, usually in two days, at cost; there's no need to drive down.‸

We look forward to working with you.

Wade Pritchett""",
    ),

    # --- Hill Country Portables (portable-restroom and restroom-trailer rental; Austin, Texas, US)
    case(
        """⟦How many units do we need for 90 guests⟧, and ⟦what's the price for a Saturday in April?⟧ ⟦Do they come with hand sanitizer?⟧

Jenna Parks""",
        [Y, N, Y], ["how much", "how much", "yes/no"],
        """Hi Jenna,

For 90 guests over about five hours, we recommend three standard units plus one ADA unit, or one of our 2-stall restroom trailers if you'd like something nicer. Every unit comes with a hand sanitizer dispenser, and we can add a hand-wash sink station for $85.‸

Rosa Delgado
Hill Country Portables
(512) 555-0139""",
    ),
    case(
        """Rosa,

This is the second time this month. Your truck hasn't been out to our site on FM 1626 since November 19, and the three units are full and unusable. I've got 40 guys and an OSHA inspection coming. ⟦Get someone out here today.⟧

⟦I want a credit for the missed services on this month's invoice.⟧ And ⟦who is actually responsible for our route now?⟧ Because calling your dispatch line gets me nowhere.

Mike Kowalski
Site Superintendent, Brazos Ridge Builders

From: Hill Country Portables <billing@hillcountryportables.example.com>
Sent: Tuesday, December 1, 2026 7:00 AM
To: Mike Kowalski
Subject: Invoice HCP-22871

Your invoice for December is attached. Thank you for your business!""",
        [Y, N, Y], ["request", "request", "which"],
        """Mike,

You're right, and I'm sorry. Our south route driver left us without notice the week of Thanksgiving and your site dropped off the schedule. Cody, our dispatch lead, is running the south route himself from now on, and he's on his way to FM 1626 now; he'll have all three units pumped and restocked by 1 p.m. today. His cell is (512) 555-0176 if you need him directly.

We'll make sure you're taken care of on the billing side.‸

Rosa""",
    ),
    case(
        """hey!! planning my bf’s 30th at his family’s ranch in dripping springs on sat march 6 🎉 ⟦how much is the fancy trailer for a night⟧ ⟦does it have AC⟧ 😅 there’s no power out by the barn so ⟦do u bring a generator or do we need to rent one⟧""",
        [Y, Y, N], ["how much", "yes/no", "which"],
        """Hi there!

Sounds like a great party 🎉 Our 2-stall luxury trailer is $1,250 for a weekend (Friday drop-off, Monday pickup), and yes, it's got AC and heat, plus flushing toilets and a vanity with running water.‸

Let me know if you'd like to lock in March 6, since spring weekends book up fast.

Cody""",
    ),
    case(
        """Hello,

I volunteered (or was volunteered, depending who you ask) to organize the restrooms for the Pflugerville Lions Club Fourth of July picnic this year, which is a bigger job than it sounds. Last year we had four units from another company and by 3 o'clock the lines were twenty deep and one of them ran out of paper entirely. We expect 600 to 700 people at the park on Saturday, July 3, from 10 till the fireworks. ⟦Our treasurer's question is whether you give any discount to nonprofits, since we're a 501(c)(3).⟧ ⟦I'd also like you to tell me how many units you'd recommend for that size crowd, because clearly four wasn't it.⟧ ⟦If we need an attendant to restock during the day, is that something you provide?⟧

Thank you kindly,
Walt Henninger

--
Walt Henninger
Pflugerville Lions Club
Need glasses? Ask us about our eyeglass recycling drive!""",
        [N, Y, N], ["yes/no", "how much", "yes/no"],
        """Hi Walt,

Thanks for thinking of us, and good on you for taking it on. For 600 to 700 people from 10 a.m. to the fireworks, we'd recommend 12 standard units, 2 ADA units and 4 hand-wash stations, set up in two banks so the lines split. An attendant is something we can go over closer to July.

The nonprofit question is one for Rosa, and she's back in the office on Monday.‸

Cody
Hill Country Portables""",
    ),
    case(
        """Sounds good Rosa, we'll have someone at the gate Saturday morning to let your driver in.

Dave

On Thu, Dec 3, 2026 at 4:51 PM Rosa Delgado <rosa@hillcountryportables.example.com> wrote:

> Hi Dave, we have you down for one ADA unit and a hand-wash station delivered Saturday, December 12 for the craft fair. Is there a gate code, or will someone be there to let us in?
>
> On Thu, Dec 3, 2026 at 9:20 AM Dave Rutledge <drutledge@example.com> wrote:
>
>> Need an ADA unit and a handwash for the craft fair at Round Rock Grange, Dec 12-13. Can you do it?""",
        [], [],
        """Hi Dave,

Perfect, thanks. Our driver will be there between 8 and 9 a.m. on Saturday, December 12, and we'll pick up on Monday, December 14.

Rosa""",
        quoted_only=True,
    ),

    # --- Silver Thread Piercing (body-piercing studio; Portland, Oregon, US)
    case(
        """Hi Rae,

Just wanted to say thank you for being so patient with me on Saturday. I'd chickened out of a nose piercing three times at other places, and you talked me through every step without making me feel silly. How did I wait thirty-four years for this? My mom even likes it.

Thanks again,
Priya""",
        [], [],
        """Hi Priya,

This made my day, thank you! It looks fantastic on you. Remember: saline twice a day, and hands off while it heals.

Rae
Silver Thread Piercing""",
    ),
    case(
        """Hello,

My daughter turns 15 on January 9 and has been begging for a helix piercing as her birthday present. Before I say yes I'd like a few things answered:

- ⟦What ID do you need for her and for me?⟧
- ⟦Do I have to be in the room the whole time?⟧
- ⟦How long a helix takes to heal⟧ (she plays soccer in the spring)
- ⟦Whether you use a gun or a needle⟧

⟦She's also asking if she can get a small gold stud rather than the titanium one, which I assume costs more.⟧

Thanks,
Lauren Whitaker""",
        [Y, Y, Y, Y, N], ["which", "yes/no", "when", "which", "yes/no"],
        """Hi Lauren,

Thanks for checking first; we love parents who do. For anyone under 18 we need the minor's birth certificate or passport plus your government photo ID, and you'll need to be in the room for the whole piercing and sign the consent as her parent. We only pierce with single-use hollow needles, never guns. A helix usually takes 6 to 9 months to heal fully; she can play soccer with it as long as she keeps it covered with a breathable bandage during games.

Implant-grade titanium is what we recommend for most first piercings.‸

Jordan
Silver Thread Piercing""",
    ),
    case(
        """hiii so my nostril from 3 wks ago has a little red bump next to it 😭 it’s not hot or anything but it’s kinda crusty ⟦is it infected⟧ ⟦should i take the stud out⟧ 😬 ⟦how should i clean it⟧ ⟦can i come in tmrw for u to look at it⟧

Sent from my iPhone""",
        [Y, Y, Y, Y], ["yes/no", "yes/no", "how", "yes/no"],
        """Hi there,

Please don't take it out! A small bump with crusties at three weeks is really common and is usually irritation, not infection, especially if it isn't hot or painful. Keep spraying it with sterile saline twice a day, don't twist the stud, and try not to sleep on that side.

We're open 11 to 7 tomorrow, so swing by anytime and Rae will take a look 💛

Jordan""",
    ),
    case(
        """Hi,

Two weeks after my conch piercing the gem end fell off in the shower and went down the drain. I was told it was "threadless and super secure." ⟦Why did it come loose?⟧ ⟦Please replace the end for free, since it was $65 and I'd barely had it.⟧ ⟦Can I come in without an appointment, or do I need to book?⟧

Thanks,
Sam Ortiz

On Tue, Dec 1, 2026 at 10:00 AM Silver Thread Piercing <hello@silverthreadpiercing.example.com> wrote:
> Hi Sam, just checking in on your conch! How's it healing? Reply here if you have any questions.""",
        [Y, N, Y], ["why", "request", "yes/no"],
        """Hi Sam,

I'm so sorry, that's a painful way to lose a pretty end. Threadless ends stay in by the tension of a slight bend in the pin, and in the first few weeks the swelling goes down and the pin can shift enough to loosen it, which is why we ask people to come back for a check at two weeks. I can offer you 50% off a replacement end, and we'll add a bit more bend to the pin while you're in.‸ Walk-ins are welcome Tuesday through Sunday, 11 to 7.

Rae""",
    ),
    case(
        """Hello Jordan,

Thank you for reply. I decided to do two lobe piercing and one tragus. ⟦How much is total price with titanium jewelry?⟧ My mother have keloid on her ear before. ⟦It is problem for me also?⟧ ⟦I can come this Saturday 12 afternoon?⟧ ⟦Where can I park?⟧

Best regards,
Haruka Sato

-----Original Message-----
From: Jordan <hello@silverthreadpiercing.example.com>
Sent: Friday, December 4, 2026 5:22 PM
To: Haruka Sato
Subject: Re: piercing question

Hi Haruka! Yes, we can do more than one piercing in a visit. Which piercings were you thinking about?""",
        [N, Y, Y, N], ["how much", "yes/no", "yes/no", "where"],
        """Hi Haruka,

Great, that's a nice combination! Piercing is $40 each, and jewelry depends on what you choose; our titanium studs start at $30.‸ Keloids can run in families, so your risk is a little higher than average. Rae will look at your ears first and may suggest starting with the lobes and doing the tragus later, once you know how your skin heals.

This Saturday afternoon we have 2:30 or 4:00 open. Which is better for you?

Jordan""",
    ),

    # --- Starlite Drive-In (drive-in movie theater, open April to October; near Chillicothe, Ohio, US)
    case(
        """Hi, ⟦do you sell gift cards over the winter?⟧ ⟦Can I buy one online?⟧ Want it for my dad for Christmas.

Thanks,
Amber""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Amber,

Yes, all winter! Gift cards are on our website in any amount from $10, and we'll email them straight to you to print or forward. They never expire, so your dad can use them any time from opening night, Friday, April 2.

Becky
Starlite Drive-In""",
    ),
    case(
        """Dear Starlite folks,

My wife Carol and I had our very first date at your drive-in in June of 1977. I borrowed my brother's Impala, we saw Smokey and the Bandit, and I spilled a whole Coke on her white pants before the cartoon was over. She married me anyway, and this coming June 18 is our 50th anniversary. Our kids are planning a party and my daughter had the idea of doing it at the Starlite, which I think is just about perfect. We'd have maybe 40 cars of family and friends. ⟦Is the drive-in ever rented out for private events like that?⟧ We have our wedding movie on DVD (my uncle shot it on Super 8 and had it transferred), and ⟦I wonder if it could be shown on the big screen before the feature.⟧ My daughter is worried about the cost, so ⟦I'd like an idea of the price.⟧ ⟦Could we bring in our own cake and food, or would it have to come from the snack bar?⟧

Sincerely,
Don Albrecht
Chillicothe, OH""",
        [Y, Y, N, Y], ["yes/no", "yes/no", "how much", "yes/no"],
        """Dear Don,

What a story, and congratulations to you and Carol! We do rent out the whole drive-in for private events on weeknights, Monday through Thursday; June 18 is a Friday, when we're open to the public, but Thursday, June 17 is free right now and I'd be glad to hold it. We can show your wedding movie from the DVD before the feature; we'd just want to test it a week or so ahead. You're welcome to bring your own cake, and for a private rental the rest of the food can come from wherever you like.

Becky will put together a rental packet for your daughter with all the details.‸

Best regards,
Gary Lindell
Starlite Drive-In""",
    ),
    case(
        """hey! planning our first drive-in night when u open in the spring 🐶 ⟦are dogs allowed⟧ ⟦can we bring our own snacks⟧ 🍿 and ⟦what do u do if it rains⟧""",
        [Y, Y, N], ["yes/no", "yes/no", "how"],
        """Hi there!

Dogs are welcome as long as they stay on a leash and in or next to your car 🐶 Outside snacks are fine with a $5 food permit per car, which helps keep our snack bar going.‸

See you in April!

Becky""",
    ),
    case(
        """Hello,

I bought a $50 gift card on your website on December 2 for my grandson and I still haven't gotten the email with the card. I've checked my spam folder twice. My bank shows the charge went through. ⟦Can you please send it again to this address?⟧ ⟦Why didn't it go through the first time?⟧ ⟦If it can't be sent before Christmas, I want my money back.⟧

Ruth Kessler

From: Starlite Drive-In <no-reply@starlitedrivein.example.com>
Sent: Wednesday, December 2, 2026 8:41 PM
To: Ruth Kessler
Subject: Thank you for your order

Thank you for your order! Your gift card will arrive in a separate email. Questions? Contact us at info@starlitedrivein.example.com.""",
        [Y, N, Y], ["request", "why", "request"],
        """Dear Mrs. Kessler,

I'm so sorry about this, especially with Christmas coming. I've attached your $50 gift card to this email as a PDF, ready to print, and I've sent a second copy to the same address. Please accept our apologies for the inconvenience.‸

Merry Christmas to you and your grandson,
Becky
Starlite Drive-In""",
    ),
    case(
        """Gary,

Thanks, the board approved the date. I'll send the signed contract back by the end of the week.

Linda Ferris
Ross County Historical Society

________________________________
From: Gary Lindell <gary@starlitedrivein.example.com>
Sent: Friday, December 4, 2026 11:37 AM
To: Linda Ferris
Subject: RE: Fundraiser screening

Linda, Saturday, May 15 is yours for the fundraiser screening. Could you let me know which film the board picked so we can order the license? And please sign and return the contract by December 22.
Gary""",
        [], [],
        """Hi Linda,

Great news, thanks. I'll keep an eye out for the contract, and whenever the board settles on a film, just send me the title.

Gary""",
        quoted_only=True,
    ),
]
