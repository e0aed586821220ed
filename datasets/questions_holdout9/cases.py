"""The hand-written cases of Tactful's ninth held-out `questions` set (built by build_questions_holdout9.py).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one value per
span, in order; ``draft`` holds one ‸ where a missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded mail or signature does. Written blind: see README.md.
"""

T, F = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Brightwell Home Cleaning (home-cleaning agency) -----------------------------------
    case("""Hi Brightwell team,

Thanks for confirming the new fortnightly slot. Something’s come up at work though: ⟦could you move this Thursday’s clean (17 December) to Friday 18 December instead?⟧ Same time is fine. ⟦Will it still be Marta coming?⟧ The kids have got used to her and the dog actually likes her, which is a first.

Many thanks,
Helen Cartwright

On Mon, 14 Dec 2026 at 16:02, Brightwell Home Cleaning <bookings@brightwell.example.co.uk> wrote:
> Dear Helen,
> Your fortnightly clean is now booked for Thursdays at 10am, starting 17 December.
> Please let us know if anything changes.
> Brightwell Home Cleaning""",
         [T, F], ["request", "yes/no"],
         """Dear Helen,

No problem at all. I’ve moved your clean to Friday 18 December at 10am, and the rest of your fortnightly Thursdays stay as they are. ‸

Marta has been with us for six years and is one of our most requested cleaners, so we completely understand!

Kind regards,
Joanna
Brightwell Home Cleaning"""),

    case("""To whoever reads these,

I paid for a DEEP clean on Saturday and came home to a filthy oven and the skirting boards untouched in two rooms. ⟦Why was the oven skipped when it is literally on your deep clean checklist?⟧ ⟦I want someone back here this week to finish the job.⟧ And ⟦are you going to refund the £18 “oven add-on” I was charged on top?⟧

Not impressed.
Gareth Lyle
07700 900318""",
         [T, F, T], ["why", "request", "yes/no"],
         """Dear Gareth,

I’m sorry, and you’re right to be annoyed. Your booking was logged as a three-hour standard clean instead of a five-hour deep clean, so our cleaner ran out of time before she reached the oven and the skirting boards. That was our mistake, not hers.

I’ve refunded the £18 oven add-on to your card today; it should show within three to five working days.

We will be in touch to arrange a return visit. ‸

Regards,
Anita Moss
Customer Care, Brightwell Home Cleaning"""),

    case("""hi there ⟦do u bring ur own products or do i need to buy them⟧ as ive just moved in and have literally nothing. also ⟦how much for a 3 bed end of tenancy clean⟧, landlord wants it done professionally with a receipt. ⟦can u do sat 9 jan⟧ thats when the keys go back

ta
Kyle

Sent from my iPhone""",
         [T, T, F], ["which", "how much", "yes/no"],
         """Hi Kyle,

Thanks for getting in touch. We bring all our own products and equipment, so you don’t need to buy anything. An end-of-tenancy clean for a three-bedroom property is £245, and we give you a receipt your landlord can keep. ‸

Saturdays in January are always popular with end-of-tenancy moves, so it’s worth booking early.

Best wishes,
Brightwell Home Cleaning"""),

    case("""Lovely, that’s all sorted then. We’ll leave a key with the neighbour at number 12 and see Precious on the 5th.

Best,
Dominic

From: Brightwell Home Cleaning <bookings@brightwell.example.co.uk>
Sent: Wednesday, December 30, 2026 11:40 AM
To: Dominic Hale <dom.hale@example.com>
Subject: Re: Regular clean from January

Dear Dominic,

Your first clean is booked for Tuesday 5 January at 9am with Precious. Please let us know if you have any pets, and where we can find a key.

Kind regards,
Brightwell Home Cleaning""",
         [], [],
         """Hi Dominic,

Perfect, thank you. We’ll collect the key from number 12, and Precious will see you on Tuesday 5 January.

Kind regards,
Joanna
Brightwell Home Cleaning""", quoted_only=True),

    case("""Hi,

Please see my landlord's message below. ⟦Could you send the invoice for the deep clean directly to him?⟧ ⟦Can you put the property address on it as well as my name?⟧ He won't release the deposit without it.

Thanks,
Sophie Leung

From: Richard Ames <r.ames@example.co.uk>
Sent: Monday, January 4, 2027 9:40 AM
To: Sophie Leung <sophie.leung@example.com>
Subject: Deposit

Sophie, can you ask the cleaners to send me the invoice? Please make sure it shows the address.
Richard""",
         [T, F], ["request", "yes/no"],
         """Hi Sophie,

Of course. I’ve emailed the invoice for your deep clean to Richard at r.ames@example.co.uk and copied you in. ‸

Kind regards,
Joanna
Brightwell Home Cleaning"""),

    case("""Hello,

My mother (88) lives alone in Didsbury and I am arranging some help for her from abroad. ⟦Do your cleaners have DBS checks?⟧ ⟦Could someone come every Tuesday morning for two hours?⟧ ⟦How would I pay if I'm not in the UK?⟧ I've forwarded her message so you can see what she needs.

Best regards,
Martina Kowalczyk

Begin forwarded message:

From: Irena Kowalczyk <irena.k@example.co.uk>
Subject: cleaning
Date: 2 December 2026 at 11:02:15 GMT

Martina dear, can you find someone for the kitchen and bathroom? Not Fridays please.""",
         [T, T, T], ["yes/no", "request", "how"],
         """Dear Martina,

Thank you for getting in touch. Every one of our cleaners has an enhanced background check, renewed every two years, and we can show your mother the certificate on the first visit.

I’ve pencilled in Nadia, who lives nearby, for Tuesdays from 9 to 11am, starting on Tuesday 5 January. She’ll focus on the kitchen and bathroom.

Paying from abroad is simple: we email an invoice after each clean with a secure card link, and any international card works.

Kind regards,
Joanna
Brightwell Home Cleaning"""),

    # --- VoltWay (EV charging network, US) ------------------------------------------------
    case("""Hi VoltWay Support,

On Saturday I tried to charge at the Maple Street lot in Ridgefield and the charger cut out after about two minutes, then showed a red fault light. I was still billed a $12.40 session fee. ⟦Is the Maple Street site back up and running?⟧ I need it for my commute. ⟦How do I get the $12.40 back?⟧

Also, ⟦could you tell me whether the app shows live outages?⟧ It would have saved me a 20-minute detour.

Thanks,
Marcus Bell
(314) 555-0143""",
         [T, T, F], ["yes/no", "how", "yes/no"],
         """Hi Marcus,

Thanks for reporting this, and sorry for the wasted trip. Our field technician replaced the faulty power module at Maple Street on Monday morning, and all four chargers there are back in service.

You don’t need to do anything to get the $12.40 back: sessions that fail within five minutes are refunded automatically, and yours was credited to your card on file yesterday. It can take 3–5 business days to show up on your statement.

We’re always working to make the app more helpful, and your feedback has been shared with our product team. ‸

Best,
Tanya
VoltWay Support"""),

    case("""⟦What's the per-kWh rate at the Harbor Road hub after 10pm?⟧ ⟦Any idle fee overnight?⟧ Thinking of charging there while I sleep.

J. Ortiz""",
         [F, T], ["how much", "yes/no"],
         """Hi J.,

Good news on the overnight part: there’s no idle fee at Harbor Road between 10pm and 7am, so you can leave your car plugged in until morning. ‸

Our rates vary by site and time of day, and they’re among the most competitive in the state.

Thanks,
VoltWay Support"""),

    case("""Hello,

Please I have question about the RFID card. I ordered it on 3 December from your website and still it did not arrive. ⟦When it will come?⟧ And ⟦it is possible to use the chargers in the meantime without the card?⟧ I have a trip to my sister for Christmas and I am worried.

Thank you very much for help,
Dariusz Nowicki""",
         [T, T], ["when", "yes/no"],
         """Hello Dariusz,

Thank you for your patience. Your card was shipped on Tuesday, December 8, and tracking shows it’s due to arrive by Friday, December 11.

In the meantime, you can start any charge without the card: open the VoltWay app, tap “Scan to charge” and point your camera at the QR code on the charger. It will bill the same card as your account.

Safe travels for Christmas!
Tanya
VoltWay Support"""),

    case("""Hey team,

Loving the new hub at Kingsmere Plaza 🔌⚡ fast, clean, and the coffee place next door is a bonus. Quick ones: ⟦any plans for a site near Alderbury?⟧ Closest one for me is 18 miles. ⟦Can I add my wife's car to my Plus subscription, or does she need her own?⟧

Cheers,
Nate Sullivan""",
         [F, T], ["yes/no", "which"],
         """Hey Nate,

Thanks for the kind words about Kingsmere, we’ll pass them on to the site team!

Your wife doesn’t need a separate plan: one Plus subscription covers up to two vehicles. Just add her car under Account > Vehicles and it will get the same member pricing.

Our network is growing fast, and we’re adding new locations across the region every month. ‸

Best,
Priya
VoltWay Support"""),

    case("""Hi VoltWay,

Just letting you know the charger in bay 3 at Kingsmere Plaza is working again; I charged there this morning with no problems. Thanks for fixing it so fast.

Eli""",
         [], [],
         """Hi Eli,

Thanks for letting us know, and glad it’s back up and running for you!

Priya
VoltWay Support"""),

    # --- Forkful (meal-delivery app, US) --------------------------------------------------
    case("""Order #FK-40172. Arrived 55 minutes late, stone cold, and no garlic knots even though I paid for them.

⟦Why does the tracking show the driver parked at a gas station for 25 minutes with my food in the car?⟧ ⟦I want a full refund, not another $5 coupon.⟧

Lena Marsh""",
         [F, T], ["why", "request"],
         """Hi Lena,

I’m sorry your dinner arrived late and cold, and without the garlic knots you paid for.

I can’t refund the full order, because the restaurant did prepare and send it, but I’ve refunded the $6.99 for the garlic knots and the $3.49 delivery fee to your original payment method, and added a $10 credit to your account. ‸

We take delivery times very seriously and have shared your feedback with our courier team.

Best,
Jordan
Forkful Support"""),

    case("""Hi Forkful!

Order #FK-88213 from Little Saigon was amazing 😍 but 🙃 the promo code HOLIDAY10 didn’t apply at checkout. ⟦Can you add the $10 off now?⟧ Also ⟦does the code work on group orders?⟧ Planning a team lunch for Friday, December 18.

Thanks!
Ava Chen""",
         [T, F], ["request", "yes/no"],
         """Hi Ava,

So glad you loved Little Saigon 😊 I’ve added a $10 credit to your Forkful wallet, and it’ll be applied automatically to your next order. ‸

Enjoy the team lunch!
Sam
Forkful Support"""),

    case("""Forwarding this in case it helps. The restaurant replied to me directly about last night’s order.

Kofi

---------- Forwarded message ---------
From: Bella Napoli <orders@bellanapoli.example.com>
Date: Sat, 12 Dec 2026 at 21:47
Subject: Your order tonight
To: <kofi.a@example.com>

Hi Kofi, we’re sorry about the mix-up. Our records show the pizzas left with the driver at 19:58. Could you ask Forkful to check the driver notes? Please keep the receipt.

Bella Napoli""",
         [], [],
         """Hi Kofi,

Thanks for sending this over, it’s really helpful. I’ve checked the driver notes for your order: the pizzas were picked up at 8:01pm and marked as delivered to the wrong building. I’ve refunded the full order, $38.40, to your card.

Sorry again for the trouble,
Jordan
Forkful Support""", quoted_only=True),

    case("""Hi,

A few account things, sorry for the list:

- ⟦How do I change the email address on my account?⟧ I’ve switched jobs.
- ⟦Can I delete the old card ending 4417?⟧
- ⟦Is there a student discount?⟧ My sister says there is but I can’t find it.
- ⟦Please close my boyfriend’s duplicate account; he made a second one by mistake (Marcus Webb, same address).⟧

Thanks a lot,
Tilly Webb""",
         [T, T, F, F], ["how", "yes/no", "yes/no", "request"],
         """Hi Tilly,

No need to apologize! Here you go:

- Email: go to Account > Profile, tap your email address and enter the new one. We’ll send a confirmation link to it.
- Old card: under Account > Payment, swipe left on the card ending 4417 and tap Remove.
- We run lots of great offers throughout the year, so keep an eye on the Deals tab.

I’ve passed the duplicate account over to our accounts team. ‸

Best,
Sam
Forkful Support"""),

    case("""Hi Forkful,

Just confirming the refund for order #FK-51907 has arrived in my account. Thanks for sorting it.

Harpreet Shah

--
Shah & Sons Plumbing
Got a leak? Call us on 07700 900412, why wait?""",
         [], [],
         """Hi Harpreet,

Thanks for confirming, and sorry again about the original order.

Sam
Forkful Support""", quoted_only=True),

    case("""Hi, I run the office lunch orders for our team of 30 and had a few questions:

1) ⟦Is there a minimum spend for group orders?⟧
2) ⟦Can everyone pay separately?⟧
3) ⟦Which restaurants near 400 Lake Street do group orders?⟧

Thanks,
Derek Huang
Operations, Bluefin Analytics
(617) 555-0164""",
         [T, T, T], ["yes/no", "yes/no", "which"],
         """Hi Derek,

Thanks for reaching out!

1) Group orders need a $100 minimum before delivery fees.
2) Each person can check out with their own card using the shared group link.
3) Near 400 Lake Street, Little Saigon, Tandoor Express, Bella Napoli and Green Bowl all accept group orders. There’s a full list under Group Order in the app.

Best,
Sam
Forkful Support"""),

    # --- Salt & Swell Surf School ---------------------------------------------------------
    case("""Dear Salt & Swell,

My daughter Isla is 7 and desperate to learn to surf after watching her cousins over the summer. ⟦Is she old enough for your group lessons?⟧ ⟦If not, do you offer something for younger children?⟧ ⟦Are lessons still running in January, given how cold the sea must be?⟧

⟦What would she need to bring?⟧

Thank you,
Rachel Penrose""",
         [T, T, T, F], ["yes/no", "yes/no", "yes/no", "which"],
         """Dear Rachel,

Thanks so much for getting in touch, it’s lovely to hear Isla is keen!

Our group lessons start at age 8, so she’s a little young for those, but we run private “Groms” sessions for 5 to 7-year-olds: one instructor with up to two children, in the shallows, for £45 an hour.

We teach all year round. In January the sea is around 10°C, so winter sessions are kept to 90 minutes. ‸

Best wishes,
Tom
Salt & Swell Surf School"""),

    case("""Alright,

Long one sorry. My best mate Dan is getting married in April and I've been put in charge of the stag, which is a mistake on everyone's part. Half the lads have never been near a board and two of them can't really swim (I know), so I was thinking a beginners' lesson on the Saturday morning and then the pub. ⟦I wanted to ask how many people you can take in one session⟧ because we're looking at 14, maybe 15 if Dan's brother gets out of his night shift, and ⟦whether you do any kind of discount for groups⟧ as a few of the lads are skint after Christmas. ⟦Is it a problem that a couple of them can't swim?⟧ Finally ⟦could you hold Saturday 6 March for us until we've confirmed numbers?⟧ Should know by the end of January.

Cheers,
Liam Trevithick
07700 900562""",
         [T, F, T, F], ["how much", "yes/no", "yes/no", "request"],
         """Hi Liam,

Congratulations to Dan, and good luck with the organising! We can take up to 16 people in one session with four instructors, so 15 is no problem.

Non-swimmers are fine for a beginners’ lesson: everyone wears a buoyant wetsuit, we stay in waist-deep water, and there’s one instructor for every four people. We just ask you to tell us who they are so we can keep an extra eye on them.

Our group sessions are one of the best ways to kick off a stag weekend, and March weekends tend to book up quickly. ‸

Cheers,
Tom
Salt & Swell Surf School"""),

    case("""🏄‍♀️ Had the BEST time on Sunday’s taster session, thank you Jess!! ⟦Is there a way to see the photos from the session?⟧ And ⟦can I book onto the improver course starting Saturday 23 January?⟧ It’s my birthday weekend 🎂

Nina x""",
         [T, F], ["how", "yes/no"],
         """Hi Nina,

So happy you loved it 🤙 Jess had a great time too. The photos are up on our gallery page: saltandswell.example.co.uk/gallery, and the password is SUNDAYSWELL. ‸

The improver course is the perfect next step after a taster, and it’s where most people really start catching green waves.

See you in the water,
Tom
Salt & Swell Surf School"""),

    case("""Hi Tom,

We drove down from Bristol this morning only to find the beach hut closed and a sign on the door. ⟦Why was today’s lesson cancelled when the forecast looked fine?⟧ ⟦When can we rebook?⟧ ⟦Do we lose the £40 deposit?⟧ Pretty frustrating after a two-hour drive.

Alex

On Fri, 8 Jan 2027 at 18:30, Salt & Swell Surf School <hello@saltandswell.example.co.uk> wrote:
> Hi Alex, just confirming your two places on Saturday 9 January at 10am.
> Please arrive 15 minutes early. Any questions, just reply to this email.
> Tom""",
         [T, F, T], ["why", "when", "yes/no"],
         """Hi Alex,

I’m really sorry. We should have called you as well as texting. The swell jumped to over two metres by 8am, well beyond what’s safe for beginners, so we had to call the lesson off.

Your £40 deposit carries over in full. ‸

Thanks for understanding,
Tom
Salt & Swell Surf School"""),

    case("""Hey Salt & Swell!

My husband and I are coming over from San Diego in June and want to surf Cornwall. ⟦Do you rent boards to experienced surfers, or only with lessons?⟧ ⟦What's the best beach for a decent left near you?⟧ And ⟦do we need to reserve the boards ahead?⟧

Thanks!!
Jess & Mike Farrow""",
         [T, T, T], ["which", "where", "yes/no"],
         """Hi Jess and Mike,

You’re very welcome to hire boards without a lesson; we rent to experienced surfers every day from the hut, £20 for a half day.

For a left, head to Godrevy at mid-tide on a south-westerly swell, 10 minutes up the road. In June it’s worth booking the boards a few days ahead, as summer weekends go fast.

See you in June,
Tom
Salt & Swell Surf School"""),

    # --- Hartwell & Daughters (funeral director) -------------------------------------------
    case("""Dear Mrs Hartwell,

Thank you for your kindness on the phone yesterday. It still doesn’t feel real. Mum and I have been talking about what Dad would have wanted, and we had a few questions, if that’s all right. ⟦Would it be possible for Dad to wear his own suit rather than a gown?⟧ It’s the navy one he wore to my wedding. ⟦I also wasn’t sure whether we can bring his dog, Pip, to the service at the crematorium.⟧ Pip hasn’t left Mum’s side all week. ⟦Could you let me know how much the second limousine would add to the estimate?⟧ We don’t want anyone driving on the day.

With thanks,
Claire Moreton""",
         [T, T, F], ["yes/no", "yes/no", "how much"],
         """Dear Claire,

Thank you for writing, and please don’t worry about asking anything at all.

Of course your dad can wear his own suit. If you drop it in to us, along with anything else you’d like him to have with him, we’ll take care of everything.

Pip is very welcome. The chapel at Eastwood Crematorium allows well-behaved dogs, and several families have brought theirs; we’ll let the staff know in advance.

Our limousines come from a local family-run fleet and seat six, with a chauffeur who stays with the family throughout the day. ‸

With kind regards,
Margaret Hartwell
Hartwell & Daughters Funeral Directors"""),

    case("""Hello,

Please see below from my brother. ⟦Can you confirm the service is at 11:30 on Wednesday 13 January?⟧ He has it as 11:00 in his diary.

Thanks,
Paul Ainsley

From: Mark Ainsley <mark.ainsley@example.net>
Sent: Sunday, December 27, 2026 9:14 PM
To: Paul Ainsley <p.ainsley@example.co.uk>
Subject: Dad's funeral

Paul, can you ask the funeral directors if the service is 11 or 11:30? And do they need the hymn choices by New Year? Let me know.
Mark""",
         [T], ["yes/no"],
         """Dear Paul,

Yes, the service is at 11:30am on Wednesday 13 January at St Michael’s Church. The cars will leave your mum’s house at 11:05.

We’ll need the hymn choices by Monday 4 January, if that can be passed on to Mark.

With kind regards,
Ruth Hartwell
Hartwell & Daughters Funeral Directors"""),

    case("""⟦Has the death certificate been collected from the registrar yet?⟧ ⟦When can we come and see Mum?⟧ My sister arrives from Canada on Saturday.

Joan Pike""",
         [F, T], ["yes/no", "when"],
         """Dear Joan,

I’m so sorry for your loss. You and your sister are welcome to visit your mum in our chapel of rest from 2pm on Monday, or at the weekend if you call ahead and we’ll arrange it.

The registrar’s office has been very busy this week with the holiday closures. ‸

With kind regards,
Ruth Hartwell
Hartwell & Daughters Funeral Directors"""),

    case("""Dear Ruth,

Thank you so much for everything yesterday. The service was exactly what Mum would have wanted, and so many people commented on the flowers.

With love and gratitude,
Sheila Barnes

On Tue, 5 Jan 2027 at 10:02, Hartwell & Daughters <care@hartwellfunerals.example.co.uk> wrote:
> Dear Sheila,
> The cremated remains will be ready from Friday 15 January.
> Please let us know whether you would like to collect them or have them delivered to you.
> With kind regards, Ruth""",
         [], [],
         """Dear Sheila,

Thank you for your kind words; I’ll pass them on to the whole team and to Blossom & Bough, who did the flowers.

Whenever you feel ready, just let us know whether you’d like to collect your mum’s ashes or have us bring them to you.

With warmest wishes,
Ruth Hartwell
Hartwell & Daughters Funeral Directors""", quoted_only=True),

    # --- Calder Block Management (property management for leaseholders) --------------------
    case("""Dear Calder Block Management,

I have received the service charge demand for 2027 for Flat 9, Belvedere Court. It has gone up from £1,860 to £2,490, which is a 34% increase with no explanation whatsoever. ⟦Why has it gone up by 34%?⟧ ⟦I want a full breakdown of the budget.⟧ ⟦When is the AGM, so that leaseholders can actually question this?⟧

I will not be paying until I get answers.

Dr Anjali Rao
Flat 9, Belvedere Court""",
         [F, T, T], ["why", "request", "when"],
         """Dear Dr Rao,

Thank you for your email. Service charges are set each year in line with the terms of your lease and the RICS Service Charge Residential Management Code, and every leaseholder pays the apportionment set out in the Fourth Schedule. ‸

I attach the 2027 budget with a line-by-line breakdown, alongside the 2026 figures for comparison.

The AGM will be held on Tuesday 26 January at 7pm in the community room at Belvedere Court, and all leaseholders are invited.

Yours sincerely,
Owen Fairley
Property Manager, Calder Block Management"""),

    case("""Hi Owen,

Following the residents’ WhatsApp chaos, a few questions about the lift at Riverside House:

1. ⟦Is the repair being paid from the reserve fund, or will there be a separate bill?⟧
2. ⟦Who is the contractor?⟧
3. ⟦How long will it be out of action?⟧ Mrs Eldridge on the 5th floor can’t manage the stairs.
4. ⟦Could you put a notice up in the lobby so everyone knows what’s going on?⟧

Thanks,
Ben Okoro
Flat 14""",
         [T, T, F, T], ["which", "which", "when", "request"],
         """Hi Ben,

Thanks for pulling these together.

1. The repair will come out of the reserve fund, so there won’t be a separate bill.
2. Northgate Lift Services, who hold the maintenance contract for the building.
3. The engineers are working hard to get it running again, and we’re chasing them daily. ‸
4. A notice went up in the lobby this morning, and we’ll update it as soon as we hear more.

I’ve also called Mrs Eldridge to see what help she needs in the meantime.

Best regards,
Owen Fairley
Calder Block Management"""),

    case("""Dear Sir or Madam,

I'm thinking of letting my flat (Flat 3, 27 Marlowe Road) from April while I work abroad for a year. ⟦Do I need the freeholder's consent⟧, and ⟦is there a fee for it?⟧ ⟦I'd also like to know how long consent usually takes.⟧

Kind regards,
Eleanor Voss""",
         [T, F, T], ["yes/no", "yes/no", "when"],
         """Dear Eleanor,

Thank you for letting us know. Yes, your lease requires the freeholder’s written consent before you sublet. I’ve attached the application form; please return it with a copy of the tenancy agreement and the tenant’s references.

We normally turn applications round within ten working days of receiving everything. ‸

Kind regards,
Owen Fairley
Calder Block Management"""),

    case("""Hi Owen,

Just to let you know the leak from Flat 6 into my bathroom ceiling has stopped since the plumber came on Monday. The stain is drying out and I’ll repaint it myself.

Thanks for sorting it so quickly.

Maya Lindqvist
Flat 2, Riverside House""",
         [], [],
         """Hi Maya,

That’s great to hear, thank you for letting me know. I’ll close the repair job on our system.

Best regards,
Owen Fairley
Calder Block Management"""),

    case("""Dear Calder Block Management,

I am in the process of selling Flat 11, Belvedere Court. ⟦Could you send me the management pack (LPE1) for my buyer's solicitor?⟧ ⟦How much is the fee for it?⟧ Also, ⟦roughly how long does it take to prepare?⟧

Kind regards,
Gordon Baird
--
Gordon Baird
Baird Photography. Need a headshot? Book online!""",
         [T, T, T], ["request", "how much", "when"],
         """Dear Mr Baird,

Thank you for letting us know. You can order the LPE1 pack through our online portal at calderbm.example.co.uk/sales, and we’ll send it straight to your buyer’s solicitor once it’s paid for. The fee is £295 including VAT, and the pack is usually ready within ten working days.

Yours sincerely,
Owen Fairley
Calder Block Management"""),

    # --- Dunmore Skip Hire ------------------------------------------------------------------
    case("""hi, ⟦can i put an old mattress in the skip⟧, i know some places dont allow them. ⟦do i need a permit if it goes on the road outside⟧ as weve got no drive. ⟦whats the earliest you could drop one off⟧

cheers
gav""",
         [T, T, F], ["yes/no", "yes/no", "when"],
         """Hi Gav,

Mattresses can’t go in our skips, I’m afraid, as they have to be recycled separately, but we can take it away on the lorry for £25 when we collect.

Yes, you’ll need a permit for a skip on the road. We apply to the council for you; it costs £45 and the council takes about three working days to issue it. ‸

Thanks,
Dunmore Skip Hire"""),

    case("""⟦6 yard skip to 14 Rowan Close Tuesday please.⟧ ⟦Price?⟧ ⟦Can you collect Friday?⟧

Steve
S. Kerr Building Ltd""",
         [T, T, F], ["request", "how much", "yes/no"],
         """Hi Steve,

Booked: a 6-yard skip will be delivered to 14 Rowan Close on Tuesday morning. It’s £230 including VAT for up to 14 days’ hire.

Collections are usually within a week of your call. ‸

Thanks,
Dunmore Skip Hire"""),

    case("""Dear Dunmore Skip Hire,

Your lorry delivered a skip to 8 Ashby Lane this morning and the driver put it straight onto our block paving without any boards. There is now a crack running across three of the blocks. ⟦Who is going to pay for the repair?⟧ ⟦Please send someone to look at it this week.⟧

Regards,
Patricia Coombe""",
         [F, T], ["which", "request"],
         """Dear Mrs Coombe,

Thank you for letting us know. All our drivers are trained to use spreader boards on paved drives, and it is unusual for this to happen.

Our yard manager, Dean, will come out on Thursday 7 January between 9 and 11am to look at the paving and take photographs. ‸

Kind regards,
Dunmore Skip Hire"""),

    case("""Skip arrived 👍 cheers. Turns out we’ve got way more rubble than I thought. ⟦Can I swap it for an 8 yard one mid-hire?⟧ ⟦How much extra would that be?⟧

Rob""",
         [T, T], ["yes/no", "how much"],
         """Hi Rob,

No problem, we can swap it for an 8-yard skip. It’s £60 on top of what you’ve paid, and the swap counts as a new 14-day hire.

Just reply with a day that suits and we’ll book it in.

Thanks,
Dunmore Skip Hire"""),

    # --- Learnhive (online course platform, US) ---------------------------------------------
    case("""Hello,

I purchased the Data Analysis bundle during the Black Friday sale and finished the first course last weekend, but I can’t find any certificate option. ⟦Where do I download my certificate?⟧ ⟦Is it accredited?⟧ I’d like to add it to my résumé for a job application due Friday, December 18.

Thank you,
Graham Fowler""",
         [T, F], ["where", "yes/no"],
         """Hi Graham,

Congratulations on finishing your first course! Your certificate is on your Learnhive dashboard: go to My Learning, open “Intro to Data Analysis,” and click Download Certificate in the top right corner. It’s a PDF you can attach to your application, and there’s also a shareable link for LinkedIn.

Our certificates are recognized by thousands of learners and employers around the world. ‸

Best of luck with the application,
Dana
Learnhive Support"""),

    case("""⟦I want a refund for “Python from Zero.”⟧ It is nothing like the description. How is it “beginner friendly” when lesson 2 assumes you already know what a class is?? ⟦If you won’t refund it, can I at least swap it for the SQL course?⟧

Ryan Cole""",
         [T, T], ["request", "yes/no"],
         """Hi Ryan,

I’m sorry the course wasn’t what you expected. Our refund window is 14 days from purchase, and your order was on October 29, so I’m not able to refund it.

I can swap it for you, though: I’ve just moved you over to “SQL Essentials,” and your progress in Python from Zero stays available if you ever want to go back. I’ve also passed your feedback about lesson 2 to the instructor.

Best,
Dana
Learnhive Support"""),

    case("""Hello,

I am teacher of English in a secondary school in Poland. ⟦Is possible to buy licences for my 25 students with one invoice?⟧ ⟦What is the price for this?⟧ Also ⟦the courses have Polish subtitles?⟧ Some students are weak in listening.

Best regards,
Agnieszka Wróbel""",
         [T, F, T], ["yes/no", "how much", "yes/no"],
         """Dear Agnieszka,

Thank you for your interest in Learnhive for Schools! Yes, you can buy 25 licenses on a single invoice, and we can address it to your school.

Our courses currently have English and Spanish subtitles only, so Polish isn’t available yet, although every lesson has a downloadable transcript.

Our education sales team will be in touch to discuss pricing. ‸

Kind regards,
Dana
Learnhive Support"""),

    case("""Hi there,

Forwarding my receipt below. I accidentally bought this while logged into my work account. ⟦Could you move this purchase to my personal account (j.okafor@example.com)?⟧ And ⟦is it possible to keep my progress?⟧ I’m halfway through module 3.

Thanks!
Jide

---------- Forwarded message ---------
From: Learnhive <receipts@learnhive.example.com>
Date: Mon, 30 Nov 2026 at 14:05
Subject: Your Learnhive receipt
To: <jide.okafor@work.example.org>

Thanks for your purchase of UX Design Fundamentals ($89.00).
Questions? Visit our Help Center or reply to this email.""",
         [T, T], ["request", "yes/no"],
         """Hi Jide,

Done! UX Design Fundamentals now sits in your personal account, j.okafor@example.com, and your progress came with it, so you’ll pick up in module 3 where you left off.

Happy learning,
Dana
Learnhive Support"""),

    case("""Hi Learnhive team,

We’re renewing our team plan in January. ⟦Could you send me a quote for 40 seats?⟧ Also, ⟦is SSO with Okta included in the Business tier or is it an add-on?⟧ Finally, ⟦when does our current plan expire?⟧ I couldn’t find it in the admin panel.

Thanks,
Monica Alvarez
L&D Manager, Crestline Logistics
(312) 555-0187

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. If you have received this in error, please notify the sender and delete it.""",
         [T, F, T], ["request", "which", "when"],
         """Hi Monica,

Thanks for reaching out! I’ve attached a quote for 40 Business seats, valid until January 31. Your current plan runs through January 14, 2027, and you can see the date under Admin > Billing > Plan details.

Business is our most popular tier for teams of your size, and our security features are built to enterprise standards. ‸

Best,
Dana
Learnhive Support"""),

    case("""Quick question. ⟦Can I download the videos to watch offline on a flight?⟧ And ⟦do downloads expire?⟧ Flying to Tokyo Saturday.

Sent from my iPhone""",
         [T, T], ["yes/no", "yes/no"],
         """Hi there,

You can! In the Learnhive mobile app, tap the download icon next to any lesson and it’ll be saved to your device. Downloaded lessons stay available for 30 days, and they refresh automatically whenever you’re back online.

Have a great trip,
Dana
Learnhive Support"""),

    case("""Hi,

I got a new phone over the weekend and lost access to my authenticator app, so I'm locked out of Learnhive. ⟦How do I get back into my account?⟧ ⟦Will I lose my course progress if you reset the two-factor?⟧ My exam prep course is supposed to finish next week and I'm starting to panic.

Kenji Watanabe
Sent from my iPhone""",
         [F, T], ["how", "yes/no"],
         """Hi Kenji,

Don’t worry, your progress is stored with your account, not your device, so nothing will be lost and your exam prep course will be exactly where you left it.

Two-factor authentication is an important part of keeping your account secure, and we always recommend saving your backup codes somewhere safe when you set it up. ‸

Best,
Dana
Learnhive Support"""),

    # --- Barkley Lane Dog Training (US) -----------------------------------------------------
    case("""Hi Sam,

I got your name from a neighbor whose beagle you worked with. We adopted Rocco, a 3-year-old shepherd mix, in September, and he’s a sweetheart at home but on walks he lunges and barks at every dog we pass, to the point where I’ve started walking him at 5am just to avoid people. I’ve watched a lot of YouTube videos and tried treats, turning around, all of it, and nothing is working. My husband thinks we need a professional, and honestly I agree. ⟦Do you do one-on-one sessions at home?⟧ ⟦How many sessions do you think he’d need?⟧ ⟦Is it okay that he isn’t neutered yet?⟧ The shelter said to wait until he was settled.

Thanks so much,
Kelsey Durand""",
         [T, F, T], ["yes/no", "how much", "yes/no"],
         """Hi Kelsey,

Thanks for reaching out, and please tell your neighbor I said hi! Rocco sounds like a lot of the dogs I see: fine at home, overwhelmed on leash.

Yes, I do one-on-one sessions at your home and on your usual walking routes, which is where reactivity work is most effective. His not being neutered isn’t a problem at all for training.

Every dog is different, and I’d want to meet Rocco before making any promises. ‸

Best,
Sam Reyes
Barkley Lane Dog Training
“Got a puller? Ask us about leash school!”"""),

    case("""Hi!

We’ve just brought home a cockapoo puppy 🐶 called Biscuit and we’re all completely smitten. ⟦When does your next puppy class start?⟧ ⟦Does she need to have had both vaccinations first?⟧ She has her second shot on Monday, December 21.

Thanks!
The Alvarado family
(503) 555-0112""",
         [T, T], ["when", "yes/no"],
         """Hi there,

Congratulations on Biscuit! The next Puppy Foundations course starts Saturday, January 9 at 10am and runs for six weeks.

She’ll need to be a week past her second vaccination, so with her shot on December 21 she’ll be good to go by then. I’ve saved you a spot while you decide.

Best,
Sam Reyes
Barkley Lane Dog Training"""),

    case("""Missed Saturday's class, Luna was sick. ⟦Can I get a make-up session or a credit?⟧

Tom B.""",
         [T], ["which"],
         """Hi Tom,

Sorry to hear Luna was under the weather, hope she’s feeling better! You can join the make-up class next Wednesday at 6:30pm, same park as usual.

Sam"""),

    case("""Sam,

I am extremely upset about Thursday. I specifically told your assistant that Bella is NOT to be put on a slip lead because of her neck surgery, and I arrived to find her on one. ⟦Why was a slip lead used on her when I said no?⟧ ⟦I’d like the rest of the course refunded.⟧ I don’t feel comfortable bringing her back.

Deborah Klein""",
         [F, T], ["why", "request"],
         """Dear Deborah,

I’m so sorry. I completely understand why you were upset, and I’m glad Bella wasn’t hurt. That should never have happened.

Our course fees aren’t refundable once a course has started, but I can offer you three private sessions with me instead, at no cost, whenever you feel ready. ‸

Sincerely,
Sam Reyes
Barkley Lane Dog Training"""),

    # --- The Lantern Hostel (Edinburgh) ----------------------------------------------------
    case("""Hello!

We are 4 friends from Valencia and we arrive the 30 of December very late, maybe 1am because the flight is delayed always. ⟦The reception is open 24 hours?⟧ Also ⟦is possible to leave the bags after the check-out on 2 January?⟧ We fly at night. ⟦How much cost the towels?⟧

Thank you!!
Lucía""",
         [T, T, F], ["yes/no", "yes/no", "how much"],
         """Hola Lucía,

Thanks for your message! Don’t worry about arriving late: our reception is open 24 hours, so someone will be there to check you in at 1am.

You can leave your bags in our luggage room after check-out on 2 January, free of charge, and collect them whenever you need to leave for the airport.

Towels are available at reception. ‸

See you soon,
Callum
The Lantern Hostel, Edinburgh"""),

    case("""Hi there,

I'm traveling solo and looking at your female-only dorm for January 5-8. ⟦Is it still available for those dates?⟧ ⟦How late can I cancel without paying?⟧ My plans might change. ⟦Do you have lockers⟧, and ⟦do I need to bring my own padlock?⟧

Thanks!
Megan""",
         [T, T, T, F], ["yes/no", "when", "yes/no", "yes/no"],
         """Hi Megan,

Good news: we still have beds in the female-only dorm for 5 to 8 January. You can cancel for free up to 48 hours before arrival; after that, the first night is charged.

Every bed has its own locker underneath, big enough for a backpack. ‸

Looking forward to having you,
Callum
The Lantern Hostel"""),

    case("""Got it, thanks!

Jonas

From: The Lantern Hostel <stay@lanternhostel.example.co.uk>
Sent: Thursday, December 17, 2026 3:22 PM
To: Jonas Berg <jonas.berg@example.se>
Subject: RE: Booking LH-22817

Hi Jonas,

Your booking for 3 nights from 28 December is confirmed. Could you please let us know your approximate arrival time? Check-in opens at 3pm.

Callum""",
         [], [],
         """Hi Jonas,

Great, see you on the 28th! If you get a moment, just let us know roughly when you’ll arrive so we can have your key ready.

Callum
The Lantern Hostel""", quoted_only=True),

    case("""Hi,

Room 12 on Saturday night was a nightmare 😤 a group in the next dorm were partying until 4am and I had a 7am train. ⟦Is there any chance of a partial refund for that night?⟧ And ⟦why didn’t the night staff do anything when I went down to complain at 2?⟧

Olivia Grant""",
         [T, F], ["yes/no", "why"],
         """Hi Olivia,

I’m really sorry about Saturday night; that’s not the stay we want anyone to have.

I’ve refunded the full cost of that night, £32, to your card. It should reach you within five working days. ‸

Kind regards,
Callum
The Lantern Hostel"""),

    # --- Polish & Petal Nail Studio --------------------------------------------------------
    case("""Hiii 💅✨

⟦Can I book gel extensions for Friday 18 December?⟧ It’s our work Christmas do. ⟦How long do they take?⟧ I finish at 1. Also ⟦do you do nail art, like little snowflakes ❄️?⟧

Thanks hun,
Jade""",
         [T, T, T], ["request", "when", "yes/no"],
         """Hi Jade,

Yay, of course! I’ve booked you in for gel extensions at 2pm on Friday 18 December with Mia 💖 They take about an hour and a half, so you’ll be done by 3:30.

We do! Snowflakes are £1.50 a nail, or £10 for a full set of ten ❄️

See you then,
Polish & Petal"""),

    case("""Hello,

I had a gel manicure on Tuesday with Kasia and three nails have already lifted at the edges. ⟦Is that normal after just three days?⟧ ⟦Can I come back in to get them fixed without paying again?⟧

Thanks,
Rebecca""",
         [F, T], ["yes/no", "yes/no"],
         """Hi Rebecca,

Thanks for letting us know. All our technicians are fully qualified, and we use professional-grade products from OPI and The GelBottle.

Please do come back in and we’ll fix them free of charge; any lifting within seven days is covered. Kasia has free slots on Friday at 11am and 4pm. ‸

Best wishes,
Polish & Petal Nail Studio"""),

    case("""hiya ⟦do u take walk ins on sundays⟧ and ⟦is there anywhere to park near u⟧ cos last time i got a ticket lol

Sent from my Galaxy""",
         [T, F], ["yes/no", "where"],
         """Hi lovely,

Yes, we take walk-ins on Sundays from 10 till 4 🥰 Weekends get busy, so you might have a short wait. ‸

Polish & Petal xx"""),

    case("""Hi there,

⟦Can I buy a gift voucher online?⟧ ⟦Which treatments can it be used for?⟧ My mum loves a pedicure but I’m not sure what else she’d like. ⟦Please post it to her rather than to me.⟧ Her address is Mrs J. Fenwick, 4 Orchard Rise, Hexham.

Thanks so much,
Amy Fenwick""",
         [T, F, T], ["yes/no", "which", "request"],
         """Hi Amy,

Yes, you can buy one on our website under Gift Vouchers, in any amount from £20. Once you’ve ordered, we’ll post it to your mum at 4 Orchard Rise in a gift envelope, first class.

Our pedicures are a real favourite, and the Winter Glow Pedi is lovely at this time of year. ‸

Best wishes,
Polish & Petal Nail Studio"""),

    # --- Ashdown Pryce LLP (conveyancing) ---------------------------------------------------
    case("""Dear Ms Pryce,

Sorry to chase again. ⟦Have the searches come back yet?⟧ ⟦When do you think we could exchange?⟧ Our landlord needs a month's notice and we're trying to work out whether to give it this week. ⟦Is there anything else you need from me?⟧

Many thanks,
Tom Hadley

DISCLAIMER: This email is sent from a personal account and may contain information intended only for the addressee.""",
         [T, F, T], ["yes/no", "when", "yes/no"],
         """Dear Tom,

Please don’t apologise. The local authority search came back on Monday and is clear; we’re still waiting on the water and drainage search, which was ordered on the same day.

We are progressing matters as quickly as possible and will update you as soon as we are in a position to do so. ‸

There is one thing we need from you: certified ID for your partner, Sophie, as we only have yours on file.

Kind regards,
Helena Pryce
Ashdown Pryce LLP"""),

    case("""Hi Helena,

My agent is chasing, see below. ⟦Why is the mortgage offer not with you yet?⟧ I sent it to you on the 2nd!

Ravi

-----Original Message-----
From: Kate Dunning <kate@dunningmoves.example.co.uk>
Sent: 07 December 2026 10:15
To: Ravi Patel <ravi.patel@example.com>
Subject: 12 Fernhill Avenue

Hi Ravi, the seller’s solicitor says your side hasn’t confirmed the mortgage offer. Can you confirm a completion date with your solicitor? Thanks, Kate""",
         [T], ["why"],
         """Dear Ravi,

Thanks for flagging this. The copy you sent on the 2nd was the illustration rather than the formal offer; lenders send the offer itself straight to us, and we received it from Harbour Building Society this morning. I’ve let the seller’s solicitor know.

Kind regards,
Helena Pryce
Ashdown Pryce LLP"""),

    case("""Hi Helena,

Signed and posted the contract and transfer deed this morning, first class recorded. Fingers crossed!

Best,
Naomi

On Wed, 16 Dec 2026 at 17:20, Helena Pryce <h.pryce@ashdownpryce.example.co.uk> wrote:
> Dear Naomi,
> Please sign the contract where marked with a cross and return it to us with the TR1.
> Could you also confirm that the deposit funds are in your account?
> Kind regards, Helena""",
         [], [],
         """Dear Naomi,

Thank you, I’ll look out for it and let you know when it arrives. When you have a moment, please confirm the deposit funds are in your account so we’re ready to exchange.

Kind regards,
Helena Pryce
Ashdown Pryce LLP""", quoted_only=True),

    case("""Hello,

We're buying our first home, a leasehold flat in Brighton for £285,000, and a friend gave us your name. ⟦How much are your fees for a purchase like this?⟧ ⟦Do you charge extra for a Lifetime ISA?⟧ And ⟦can we meet you in person, or is everything done online?⟧

Thanks,
Chloe and Sam Ibbotson""",
         [T, F, T], ["how much", "yes/no", "which"],
         """Dear Chloe and Sam,

Congratulations on your first purchase! Our fixed fee for a leasehold purchase at that price is £1,150 plus VAT, plus searches and Land Registry fees, which I’ve set out in the attached estimate.

We’re happy to help with all sorts of schemes and regularly act for first-time buyers. ‸

You’re very welcome to meet us at our Lewes office, or we can do everything by video call if that’s easier.

Kind regards,
Helena Pryce
Ashdown Pryce LLP"""),

    # --- Tumble & Twig Toys (toy shop) ------------------------------------------------------
    case("""Hello Tumble & Twig,

⟦If I order the wooden train set today (Monday 14 December), will it arrive before Christmas?⟧ It’s for my grandson in Leeds. ⟦Do you gift wrap?⟧ ⟦Could you write “Love from Grandpa Joe” on the card?⟧

Many thanks,
Joe Haworth""",
         [T, T, F], ["yes/no", "yes/no", "request"],
         """Dear Joe,

It will: orders placed by 2pm on Tuesday 22 December go out by tracked next-day delivery, so a train set ordered today will be with your grandson well before Christmas.

We gift wrap in our kraft paper with a red ribbon for £3.50; just tick the box at checkout. Every wrapped order comes with one of our illustrated gift cards. ‸

Warm wishes,
Tumble & Twig Toys"""),

    case("""Hi,

I'm thinking of ordering the Starbright stacking rings for my daughter, who's 9 months old. ⟦Are they safe for her age?⟧ I read something online about a recall on stacking toys. ⟦If I do end up sending them back, do you cover return shipping?⟧

Thanks,
Jenna Morales""",
         [F, T], ["yes/no", "yes/no"],
         """Hi Jenna,

Thanks for getting in touch. We take product safety very seriously, and everything we sell goes through our own checks before it reaches our shelves. ‸

If you do need to send them back, returns are free within 30 days: just use the prepaid label in the box.

Best wishes,
Tumble & Twig Toys"""),

    case("""Hello!

My son (6) has asked me to write to you 😂 ⟦He wants to know if the dinosaur puzzle glows in the dark.⟧ And ⟦how many pieces is it?⟧ ⟦Could you also let me know when the T-rex plush will be back in stock?⟧ It’s been on his list since October.

Thanks,
Farah Siddiqui""",
         [T, T, F], ["yes/no", "how much", "when"],
         """Hi Farah,

Please tell your son: yes, it glows 🦖 The bones are printed with glow-in-the-dark ink, and it has 48 chunky pieces. ‸

Thanks for writing, and we hope he enjoys it!

Best wishes,
Tumble & Twig Toys"""),

    case("""Hi,

Our order TT-60441 arrived this morning with the box crushed, and two pieces of the marble run are snapped clean in half (the blue funnel and one of the long chutes). ⟦Please send replacement parts.⟧ ⟦Do you need me to send the broken ones back?⟧ Photos attached.

Regards,
Martin Delacroix

From: Tumble & Twig Toys <orders@tumbleandtwig.example.co.uk>
Sent: Friday, December 11, 2026 4:48 PM
To: Martin Delacroix
Subject: Your order TT-60441 has shipped

Your order is on its way! Want to track it? Click here.""",
         [T, F], ["request", "yes/no"],
         """Hi Martin,

I’m sorry your marble run arrived damaged, and thank you for the photos. A new blue funnel and long chute went out to you today by first-class post. ‸

Best wishes,
Tumble & Twig Toys"""),

    # --- Flatpack Fred (furniture-assembly handyman) ----------------------------------------
    case("""hi fred got ur number off the village facebook page. ⟦can u do a pax wardrobe and 2 malm drawers on weds⟧ ⟦how much roughly⟧ and ⟦do u take the cardboard away⟧ theres loads of it

thanks
Shona""",
         [T, F, T], ["yes/no", "how much", "yes/no"],
         """Hi Shona,

Thanks for getting in touch. Wednesday’s fine, I can be with you from 9am.

It depends on the size of the wardrobe and how many doors and drawers it has, so it varies. ‸

I’ll take all the cardboard and packaging away with me, no extra charge.

Cheers,
Fred
Flatpack Fred"""),

    case("""Hi Fred,

Thanks for booking in the bed assembly for Saturday. ⟦Could you also mount the TV on the wall while you’re here?⟧ It’s a 55-inch. ⟦Will I need to buy a bracket, or do you bring one?⟧

Best,
Hugh""",
         [T, T], ["request", "which"],
         """Hi Hugh,

Happy to do the TV as well, it’s an extra £40 and takes about an hour. I carry a universal tilting bracket that fits up to 65 inches, so no need to buy one; it’s £25 on top if you use mine.

See you Saturday,
Fred"""),

    case("""Fred,

The wardrobe doors are hanging at different heights and one of them won't close at all. ⟦Why did you leave without checking them?⟧ ⟦When are you coming back to fix it?⟧ I've got a baby's clothes in there.

Lauren Shaw""",
         [T, F], ["why", "when"],
         """Hi Lauren,

I’m sorry about this. I had to leave at 4 for another job and rushed the last bit, which I shouldn’t have done. The hinges just need adjusting, and it won’t cost you anything.

I’ll be in touch to get it sorted. ‸

Fred"""),

    case("""Good morning Mr Fred,

I need to assemble one bed, king size, from IKEA (Hemnes model), also one bedside table. ⟦You have free days in next week?⟧ ⟦The price is fixed or you charge per hour?⟧ ⟦Please tell me also if I must be at home all the time.⟧

Many thanks,
Giulia Romano""",
         [T, T, F], ["yes/no", "which", "yes/no"],
         """Good morning Giulia,

I have Tuesday and Thursday free next week. For a Hemnes king-size bed and a bedside table I charge a fixed price of £85, not by the hour. ‸

Best regards,
Fred
Flatpack Fred"""),

    # --- Westmoor Buses (regional bus company) ----------------------------------------------
    case("""Route 42 didn't turn up at 7:10 again this morning. Third time this month. ⟦What is going on?⟧ ⟦Is the timetable changing in January?⟧

M. Doyle""",
         [F, T], ["why", "yes/no"],
         """Dear M. Doyle,

We’re very sorry that the 7:10 didn’t run this morning, and we understand how frustrating this must be.

The route 42 timetable stays as it is in January, and the current one will run until at least April. ‸

Yours sincerely,
Customer Services
Westmoor Buses"""),

    case("""Hi there,

We're visiting from Ohio over New Year's and planning to get around by bus. ⟦Can we pay by tapping a credit card on the bus, or do we need cash?⟧ ⟦Is there a day pass that covers both Exeter and the coast?⟧ ⟦How much is it?⟧

Thanks so much!
Carol and Dave Lindgren""",
         [T, T, F], ["which", "yes/no", "how much"],
         """Dear Carol and Dave,

Thank you for getting in touch, and welcome to Devon! All our buses take contactless card payments, including American cards, so there’s no need to carry cash.

Our Westmoor Explorer day ticket covers every route, including Exeter and the coastal services to Exmouth and Sidmouth, and you can buy it from the driver or in our app. ‸

Have a wonderful trip,
Customer Services
Westmoor Buses"""),

    case("""Hello,

I left a navy rucksack on the number 17 bus on Thursday 10 December, the 17:35 from the city centre. It has my laptop in it. ⟦Has it been handed in?⟧ ⟦Where would I collect it from?⟧

Thank you,
Idris Pugh
07700 900847""",
         [F, T], ["yes/no", "where"],
         """Dear Idris,

Sorry to hear about your rucksack. Items found on our buses are kept for 28 days, and anything handed in can be collected from the lost property office at Central Bus Station, open 9am to 5pm Monday to Friday. Please bring photo ID. ‸

Kind regards,
Customer Services
Westmoor Buses"""),

    case("""Thanks for explaining, I'll use the app to buy tickets from now on.

Regards,
Alan Frost

________________________________
From: Westmoor Buses <customer.services@westmoorbuses.example.co.uk>
Sent: Tuesday, January 12, 2027 10:03 AM
To: Alan Frost <alan.frost@example.com>
Subject: RE: Paper tickets

Dear Mr Frost,

Paper return tickets were withdrawn on 4 January. You can buy a return in the Westmoor app or pay contactless on board. Is there anything else we can help with?

Customer Services""",
         [], [],
         """Dear Mr Frost,

Thank you for letting us know, and we hope the app works well for you. If you have any trouble setting it up, just reply to this email.

Kind regards,
Customer Services
Westmoor Buses""", quoted_only=True),

    case("""Dear Westmoor Buses,

I use a wheelchair and have just started a new job in Tavistock. ⟦Do all your buses on route 86 have a wheelchair space?⟧ ⟦Could you ask the driver of the 08:15 from Tavy Cross to wait until I'm safely in the space before pulling away?⟧ Last week I nearly tipped.

With thanks,
Simone Achebe""",
         [T, F], ["yes/no", "request"],
         """Dear Simone,

Thank you for getting in touch, and I’m sorry about last week. Every bus on route 86 has a wheelchair space and a ramp, and the space is reserved for wheelchair users.

I’ve passed your request on to our operations team. ‸

Kind regards,
Customer Services
Westmoor Buses"""),

    case("""Massive thanks for the new X9 route 🙌 it’s cut my commute in half. ⟦When will the Sunday service start?⟧ ⟦Could you also add a stop at Millbrook village?⟧ Loads of us walk 20 minutes to the main road.

Priya""",
         [T, F], ["when", "request"],
         """Hi Priya,

Thank you, that’s lovely to hear! The X9 Sunday service starts on Sunday 7 February, running every two hours from 9am.

We always welcome suggestions for new stops and review our routes regularly. ‸

Kind regards,
Customer Services
Westmoor Buses"""),
    case("""Dear Westmoor Buses,

I’m moving to Bristol at the end of January, so I won’t need my annual Westmoor pass any more. ⟦How do I claim a refund for the months I won’t use?⟧ ⟦Please cancel the direct debit from February as well.⟧

Kind regards,
Hannah Greaves

On Mon, 4 Jan 2027 at 08:12, Westmoor Buses <no-reply@westmoorbuses.example.co.uk> wrote:
> Your January payment of £62.50 for your Annual Westmoor pass has been taken.
> Questions about your pass? Call us on 020 7946 0813.""",
         [F, T], ["how", "request"],
         """Dear Hannah,

Thank you for letting us know, and good luck with the move. I’ve cancelled your direct debit, so no payment will be taken in February or after.

Refunds on annual passes are worked out pro rata, less a £10 admin fee, for every full month left on the pass. ‸

Kind regards,
Customer Services
Westmoor Buses"""),
]
