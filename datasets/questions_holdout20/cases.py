"""Held-out set 20 for the `questions` feature: the cases, written by hand and blind to the feature.

Each case is case(thread, answered, kinds, draft, quoted_only=False): the questions and requests of the
newest message are wrapped in ⟦ ⟧ inside the thread, `answered` and `kinds` give one value per span in
order, and the draft holds one ‸ where the missing answer belongs (only when something is unanswered).
Businesses, people, addresses and references are invented.
"""

T, F = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
# --- Houndly (US pet-sitting app) -------------------------------------------------------------
case("""hi so my sitter cancelled last min for dec 23 ⟦can u find me someone else⟧ 🙏 ⟦do i get charged the booking fee again⟧ also ⟦is the 10% holiday surcharge still on if its a new sitter⟧

Sent from my iPhone""",
     [T, T, T], ["request", "yes/no", "yes/no"],
     """Hi there,

So sorry your sitter had to cancel. I've put your December 23 visit back into our priority pool, and two sitters near you have already been notified, so you'll get a push notification the moment one accepts. There's no second booking fee: the original one carries over to the new booking. The 10% holiday rate applies to the date rather than the sitter, so it stays as it was.

Best,
Marcus
Houndly Support"""),

case("""To whom it may concern,

I came home on Saturday to find that my cat's water bowl was bone dry and the litter box hadn't been touched. The app shows your sitter "checked in" at 9:02 AM and 5:15 PM on both days, with photos. ⟦Were those photos even taken at my apartment?⟧ ⟦I want to know exactly how long she was actually inside each visit.⟧ This is unacceptable for $38 a visit. ⟦I expect a full refund for both days⟧ and ⟦I want this sitter removed from my account so she can never be matched with me again.⟧

Regards,
Priya Raman""",
     [F, F, F, T], ["yes/no", "when", "request", "request"],
     """Dear Priya,

I'm truly sorry. Coming home to find your cat without water is exactly what should never happen, and I understand how upsetting that must have been. I've blocked this sitter from your account, so she won't be matched with you again, and I've opened an investigation with our Trust & Safety team. They review GPS data and photo metadata for every reported visit, and we take reports like yours very seriously.‸

Sincerely,
Alana Brooks
Houndly Trust & Safety"""),

case("""Hello,

We're new to Houndly and have a few questions before we book for our trip (January 14–21):

1. ⟦Do sitters give medication?⟧ Our beagle takes a pill twice a day.
2. ⟦Is there a meet-and-greet before the first booking⟧, and ⟦is that free?⟧
3. ⟦Can we book overnight stays, or only drop-in visits?⟧
4. ⟦What happens if the sitter gets sick partway through?⟧

Thanks so much!
Tom & Erin Whitfield
(614) 555-0147""",
     [T, T, T, T, T], ["yes/no", "yes/no", "yes/no", "which", "how"],
     """Hi Tom and Erin,

Welcome to Houndly! Many of our sitters are happy to give oral medication; just tick "Medication" in the care notes and you'll only be matched with sitters who've opted in. Every first booking starts with a meet-and-greet, which you can schedule from the booking page and which we never charge for. Overnight stays are available in your area alongside drop-in visits, so you can choose whichever suits your beagle. If a sitter falls ill during a booking, our support team arranges a backup sitter and you're never charged twice.

Happy travels,
Jordan
Houndly Support"""),

case("""Hi again,

⟦My husband asked whether the sitter could bring in our mail and water the plants while we're away.⟧ ⟦If so, is there an extra charge?⟧ Also, ⟦could you tell me if the sitter will need to take Biscuit out of the building⟧ — we're on the 14th floor and he's scared of the elevator.

Thanks,
Melissa

On Fri, 4 Dec 2026 at 3:12 PM, Houndly Support <help@houndly.example.com> wrote:
> Hi Melissa, your booking for December 19-27 is confirmed with Sam R.
> Is there anything else we can help with?""",
     [T, F, T], ["yes/no", "yes/no", "yes/no"],
     """Hi Melissa,

Good news: light household tasks like bringing in mail and watering plants are fine, as long as you list them in the care notes for Sam.‸ Sam will need to take Biscuit outside for his walks, as there's no indoor option, but if he does better with the stairs, just add that and Sam will take the stairs with him.

Best,
Jordan"""),

case("""Thanks, that's all sorted now! 👍

Kevin

On Sun, 6 Dec 2026 at 10:41 AM, Houndly Support <help@houndly.example.com> wrote:
> Hi Kevin,
> We've refunded the $24 late-cancellation fee. Could you let us know if the new sitter works out?
>
> Jordan""",
     [], [],
     """Hi Kevin,

Glad to hear it! Enjoy the holidays, and give Pickle a scratch from us.

Jordan
Houndly Support""", quoted_only=True),

# --- Inkwren Stationery (wedding stationery, UK) ---------------------------------------------
case("""Hi Harriet,

I hope you're well! So, a bit of a saga. We ordered 90 invitations from you back in October for our wedding on Saturday 15 May, and then my fiancé's mum decided (three weeks later, naturally) that she'd like to invite her entire choir, so we're now looking at about 120 guests. ⟦I was wondering whether you could print another 30 in exactly the same design and paper⟧, and ⟦if so, how much would that be?⟧ Also the venue has moved the ceremony from 1pm to 2pm (long story involving a brass band). ⟦Could the extra 30 show the new time⟧, and ⟦could you send me a proof before printing?⟧ Honestly I'd love it if the new ones matched the originals perfectly but I know paper batches vary.

Love, Gemma x""",
     [T, F, T, T], ["yes/no", "how much", "yes/no", "request"],
     """Hi Gemma,

What a saga, and congratulations on the growing guest list! We can absolutely print another 30; we still have the same cotton paper from that batch in stock, so they'll match the originals.‸ The new ones can of course say 2pm, and I'll email a proof over by Thursday 10 December for you to approve before anything goes to print.

Warm wishes,
Harriet
Inkwren Stationery"""),

case("""⟦Do you do foil on the envelopes as well?⟧

Sophie""",
     [T], ["yes/no"],
     """Hi Sophie,

We do! Gold, silver, rose gold or copper foil can go on the envelope flaps or the return address, at £1.20 per envelope on top of your order.

Harriet"""),

case("""Harriet,

The place cards arrived this morning and three of the names are spelt wrong: "Siobhan" is "Shiobhan", "Aoife" is "Aiofe" and my own grandmother is "Margret". I checked the proof and it was correct, so this is your error. The wedding is in nine days. ⟦I need the three cards reprinted and sent by special delivery⟧, and frankly ⟦I'd like to know how this happened when I signed off the proof.⟧ ⟦Will you cover the postage?⟧

Niamh Gallagher""",
     [T, F, T], ["request", "why", "yes/no"],
     """Dear Niamh,

I'm so sorry. You're quite right, the proof you approved was correct and the mistake is ours. I reprinted the three cards this morning and they'll go out by Royal Mail Special Delivery today, at our cost, so they'll be with you tomorrow before 1pm.‸

Again, my sincere apologies.

Harriet"""),

case("""Good afternoon,

⟦My client has asked whether you can match the sage green of her bridesmaid dresses (Pantone 5777 C) for the wax seals.⟧ ⟦Could you also let me know your turnaround for 60 seals?⟧ The wedding is on Friday 2 July, so there's plenty of time.

Kind regards,
Ruth Ashby
Ashby & Lane Weddings
07700 900412

From: Inkwren Stationery <hello@inkwren.example.co.uk>
Sent: 30 November 2026 16:04
To: Ruth Ashby <ruth@ashbylane.example.co.uk>
Subject: RE: Seals

Hi Ruth, lovely to hear from you. Do you have a colour reference?""",
     [F, F], ["yes/no", "when"],
     """Hi Ruth,

Thanks for the Pantone reference; 5777 C is a lovely shade for a summer wedding. We mix our wax in small batches and I can pop a swatch card of our current greens in the post to you.‸

Best wishes,
Harriet"""),

case("""Hi Harriet, see below from the venue, just for your info, no action needed!

Gemma

---------- Forwarded message ---------
From: Events at Hollin Barn <events@hollinbarn.example.co.uk>
Date: Sat, 5 Dec 2026 at 11:20
Subject: Table plan
To: Gemma Price <gemma.price@example.com>

Hi Gemma, could you ask your stationer to keep the table plan no wider than 90cm? Our easels are small.
""",
     [], [],
     """Hi Gemma,

Thanks for passing that on. I'll keep the table plan to 80cm wide so it sits comfortably on the venue's easel.

Harriet""", quoted_only=True),

# --- Trueline Home Inspections (US) -----------------------------------------------------------
case("""Hi there,

We're under contract on a 1960s ranch at 412 Alder Court and our inspection contingency ends Friday, December 18. A few questions:

- ⟦Do you have anything open this week?⟧
- ⟦Does the standard inspection include a sewer scope, or is that separate?⟧
- ⟦How much is radon testing on top?⟧
- ⟦When would we get the report?⟧

Thanks,
Devin Marsh
(614) 555-0139""",
     [T, T, F, F], ["yes/no", "which", "how much", "when"],
     """Hi Devin,

Thanks for reaching out, and congratulations on the house! We have openings Wednesday, December 9 at 9:00 AM and Thursday, December 10 at 1:00 PM, and either would leave plenty of time before your contingency ends. Sewer scopes are an add-on ($185) rather than part of the standard inspection, and for a 1960s home we'd recommend one. Radon pricing depends on several factors, including the size of the house and the type of test.‸

Best regards,
Lena Ortiz
Trueline Home Inspections"""),

case("""Trueline,

You inspected our house in August and the report said the roof had "5-7 years of remaining life." Two weeks ago it started leaking into the nursery, and the roofer we called said the decking is rotten and it should have been obvious from the attic. ⟦How did your inspector miss this?⟧ ⟦I'd like a copy of the attic photos from the inspection⟧, and ⟦I want to know what your company is going to do about the $11,400 repair quote.⟧

Carla Benning""",
     [F, T, F], ["why", "request", "how"],
     """Dear Ms. Benning,

I'm very sorry to hear about the leak, especially in the nursery. I've attached all 34 attic photos from the August 11 inspection so you and your roofer can go through them. I've also forwarded your message to our claims manager, Rick Alvarez, who handles these reviews, and he will be in touch.‸

Sincerely,
Lena Ortiz
Client Care, Trueline Home Inspections"""),

case("""Hello,

I am buying a condo in your city and I live abroad now, so I cannot be present at inspection. ⟦It is possible that the inspector make a video call with me during the inspection?⟧ Also ⟦I want to ask if the report is in English only or also in Spanish, because my father will read it also.⟧ ⟦How I can pay from a foreign card?⟧

Thank you very much,
Alejandro Ruiz""",
     [T, T, T], ["yes/no", "which", "how"],
     """Hello Alejandro,

Thank you for choosing Trueline. Our inspectors are happy to do a live video walkthrough on FaceTime, WhatsApp or Zoom; just tell us which you prefer when you book. The reports are written in English only, but they're delivered as a web page, so your father can use his browser's translate button. For payment, we accept Visa and Mastercard from any country through the secure link in your booking confirmation.

Best regards,
Lena Ortiz"""),

case("""Hi Lena,

⟦Our agent asked me to check whether your inspectors can do the wood-destroying insect report the lender needs, or if we have to book a separate pest company.⟧ Also, ⟦can I attend?⟧

Sara

On Mon, Dec 7, 2026 at 8:02 AM Trueline Home Inspections <book@trueline.example.com> wrote:
> Hi Sara, your inspection is booked for Saturday, December 12, 2026 at 10:00 AM.
>
> On Sun, Dec 6, 2026 at 7:45 PM Sara Kim <sara.kim@example.com> wrote:
>> Can you do this Saturday morning? The house is 1,850 sq ft.""",
     [F, T], ["which", "yes/no"],
     """Hi Sara,

You're very welcome to join; we usually suggest coming for the last hour, when the inspector walks you through the findings. Your booking for Saturday at 10:00 AM is all set, and 1,850 sq ft fits comfortably in a morning slot.‸

Thanks,
Lena"""),

case("""⟦whats the cancellation policy if the seller backs out before the inspection⟧

Sent from my iPhone""",
     [T], ["how"],
     """Hi,

No problem at all: if the deal falls through before we inspect, just call or email us any time before the appointment and we'll cancel with no fee.

Trueline Home Inspections
(614) 555-0100"""),

# --- Dalesway Community Transport (community minibus, UK) -----------------------------------
case("""Dear Sir or Madam,

I have been using the Tuesday shopping bus to Thirsk for some years now and it has been a godsend since I gave up driving. My daughter tells me you are changing the timetable in the new year. ⟦Could you tell me whether the bus will still be running on Tuesdays after January?⟧ I do hope so. I use a walking frame, and the driver, Keith, always helps me up the step. ⟦Will the new bus have a ramp or a lift?⟧

⟦I would also be grateful if you could send me a paper copy of the new timetable, as I do not use the computer much.⟧

Yours faithfully,
Mrs Edna Pybus
4 Moor Lane, Sowerby""",
     [T, F, F], ["yes/no", "yes/no", "request"],
     """Dear Mrs Pybus,

Thank you for your kind letter. We're so glad the shopping bus has made a difference, and Keith will be pleased to hear it too. I'm happy to say the Thirsk run will carry on every Tuesday in 2027, leaving Sowerby at 9.40am as now.‸ The new timetable is at the printers, and we'll be in touch once it's ready.

With kind regards,
Janet Foster
Dalesway Community Transport"""),

case("""Hi Janet,

I'd like to volunteer as a driver. Couple of things first:

* ⟦Do I need D1 on my licence?⟧ I passed my test in 1994.
* ⟦Are mileage expenses paid⟧ and ⟦at what rate?⟧
* ⟦How many days a month would you expect?⟧

Cheers,
Owen Pritchard
07700 900318""",
     [T, T, T, T], ["yes/no", "yes/no", "how much", "how much"],
     """Hi Owen,

Thank you so much for offering; we're always short of drivers. As you passed your test before 1997, you'll already have D1 on your licence, so that's no obstacle. Mileage is reimbursed at 45p a mile, and volunteers fill in a simple claim form each month. There's no minimum commitment: some of our drivers do one morning a month, others two days a week.

Best wishes,
Janet"""),

case("""Hello,

I booked the minibus for my hospital appointment at the Friarage on Thursday 3 December and nobody came. I waited at the end of the lane in the cold for forty minutes and had to pay £38 for a taxi. ⟦Why wasn't I told the trip was cancelled?⟧ ⟦Will you refund the taxi?⟧ And ⟦can you make sure this doesn't happen for my next appointment on Thursday 17 December.⟧

Geoff Hardcastle""",
     [T, T, T], ["why", "yes/no", "request"],
     """Dear Mr Hardcastle,

I'm very sorry you were left waiting in the cold; that should never have happened. Our driver was taken ill that morning, and the call to let you know was missed because our office phone line was down. Please send us the taxi receipt and we'll refund the £38 in full. I've booked you onto the 8.15am pick-up for Thursday 17 December and put a note on your record so the office rings you the day before to confirm.

Kind regards,
Janet Foster"""),

case("""hiya ⟦is the xmas lights trip to york still on for the 19th⟧ 🎄 ⟦can i bring my grandson hes 9⟧ ⟦how much for him⟧ x

Sent from my Galaxy""",
     [T, T, F], ["yes/no", "yes/no", "how much"],
     """Hi there 🎅,

Yes, the York Christmas lights trip is going ahead on Saturday 19 December, leaving the village hall at 3pm. Your grandson is very welcome to come along.‸

See you there!
Janet"""),

case("""Hi Janet,

Just confirming the parish council has paid the invoice for the October hire. Thanks again for all the trips this year.

Best,
Alan Reid
Clerk, Kirby Wiske Parish Council
--
Got an idea for the village? Let us know at the next parish meeting!""",
     [], [],
     """Hi Alan,

Thank you, payment received, and it's been a pleasure. Wishing the council a very good Christmas.

Janet""", quoted_only=True),

# --- Spindle Club (vinyl-record subscription, UK) ------------------------------------------
case("""Hi,

My December box arrived but the Alice Coltrane record was missing, just the sleeve notes and the bonus 7". ⟦Can you send it separately?⟧ Or ⟦is it out of stock?⟧

Rob""",
     [T, T], ["request", "yes/no"],
     """Hi Rob,

Sorry about that! The pressing is in stock and I've sent a replacement copy out today by tracked 48, so it should be with you on Wednesday.

Cheers,
Nina
Spindle Club"""),

case("""Hello Spindle people,

Love the club, been a member since 2024, but I'm moving flat in January and I genuinely don't know where my turntable will end up for a few weeks. ⟦Can I pause for January and February⟧ and ⟦will I keep my founder price when I come back, or does it reset to the new £29?⟧ Also ⟦I'd love to know whether the pause affects the free anniversary record⟧, as I'm due it in March.

Ta,
Liam""",
     [T, T, F], ["yes/no", "which", "yes/no"],
     """Hi Liam,

Good luck with the move! I've paused your membership for January and February, so your next box will ship in early March. Your founder price stays locked in for as long as you're a member; pausing doesn't change it.‸

All the best,
Nina"""),

case("""I cancelled my subscription on 28 November (I have the confirmation email) and you've still taken £27.50 from my card this morning. ⟦Refund it please.⟧ Also ⟦why does your cancellation page say "effective from next billing cycle" when the FAQ says cancellation is immediate?⟧

K. Adeyemi

From: Spindle Club <members@spindle.example.co.uk>
Sent: 28 November 2026 19:22
To: k.adeyemi@example.com
Subject: Your membership has been cancelled

We're sorry to see you go. Would you tell us why you left? Take our 1-minute survey.""",
     [T, F], ["request", "why"],
     """Dear K. Adeyemi,

I'm sorry about this. I've checked your account and can confirm you cancelled on 28 November. I refunded the £27.50 this morning; depending on your bank it can take 3–5 working days to appear.‸ Thank you for your feedback, and we hope to see you again in the future.

Best regards,
Nina Shah
Member Services, Spindle Club"""),

case("""Hi! 😊 I'd like to buy a 6-month gift membership for my dad's 60th. ⟦Can I choose the start month so the first box lands in February?⟧ 🎁 And ⟦is there a way to include a personal message in the box?⟧ ⟦Do you post to Jersey?⟧

Many thanks
Priyanka""",
     [T, T, T], ["yes/no", "how", "yes/no"],
     """Hi Priyanka,

What a lovely present! At checkout just pick February as the start month and we'll ship the first box on 5 February. There's also a gift-note box at checkout: we print the message on a card and tuck it inside the sleeve. Jersey is no problem either; Channel Islands postage is included.

Best,
Nina"""),

case("""Hi Nina,

Forwarding this for your records. All sorted by the courier in the end.

Danny

Begin forwarded message:

From: ParcelGo <noreply@parcelgo.example.com>
Subject: We missed you
Date: 3 December 2026 at 14:02:11 GMT

We tried to deliver your parcel. Please choose a new delivery day.""",
     [], [],
     """Hi Danny,

Thanks for letting me know, and glad it reached you in the end. Enjoy the records!

Nina""", quoted_only=True),

# --- Brisket Bus Catering (US food truck) -----------------------------------------------------
case("""Hi Brisket Bus team,

We're planning our company picnic for Saturday, June 12, 2027 at Riverside Park (about 150 people). Could you help with the following?

1. ⟦Please send a quote for 150 guests, tacos + two sides.⟧
2. ⟦Do you need a power hookup, or do you run on a generator?⟧
3. ⟦Can you do a separate vegan and gluten-free setup?⟧
4. ⟦What deposit do you require to hold the date?⟧

Thanks!
Maya Chen
People Ops, Larkspur Analytics
(415) 555-0162""",
     [T, T, T, F], ["request", "which", "yes/no", "how much"],
     """Hi Maya,

Thanks for thinking of us for the picnic! I've attached a quote for 150 guests with our taco bar, elote and charro beans. We're fully self-contained with a quiet generator, so there's no need for a hookup at Riverside Park. We can absolutely set up a separate vegan and gluten-free station with its own utensils and serving line.‸

Looking forward to it,
Darnell
Brisket Bus Catering"""),

case("""Darnell,

Your truck showed up at 7:40 PM to our wedding when the contract said 6:00 PM. Half our guests had already left or were eating chips from the gas station. We paid $4,200. ⟦What happened?⟧ ⟦I expect at least half of that back⟧ and ⟦I'd like it in writing by Friday.⟧

Jasmine Ortega-Hill""",
     [F, F, F], ["why", "request", "request"],
     """Dear Jasmine,

I am so sorry. Your wedding day deserved far better than what we delivered, and I completely understand your frustration.‸ I want to make this right, and I'm going over the evening with our crew this week.

Sincerely,
Darnell Hayes
Owner, Brisket Bus Catering"""),

case("""⟦do u guys do office lunches for like 25 ppl⟧ 🌮 ⟦whats the minimum⟧ ⟦can u come downtown on a tuesday⟧""",
     [T, T, F], ["yes/no", "how much", "yes/no"],
     """Hey!

We sure do, and 25 is a great size for us. Our minimum for weekday lunches is $600 before tax. Tuesdays downtown are a little tricky because of our standing brewery spot, so let me check the calendar and get back to you on that.‸

Darnell
Brisket Bus Catering
(512) 555-0118"""),

case("""Hi Darnell,

Thanks for the quote. ⟦I couldn't find whether the $18 per head includes the serving staff⟧, or ⟦whether sales tax is on top.⟧ ⟦My boss also asked whether you can invoice us net-30 instead of taking the deposit by card.⟧

Tom

On Thu, Dec 3, 2026 at 11:15 AM Darnell Hayes <darnell@brisketbus.example.com> wrote:
> Hi Tom, attached is the quote for your Jan 22 holiday party. Let me know if you have questions!""",
     [T, F, T], ["yes/no", "yes/no", "yes/no"],
     """Hi Tom,

Good questions. The $18 per head covers the food and our two servers for the full three hours; gratuity is up to you.‸ We're not able to do net-30 terms, I'm afraid, since the 25% deposit is what holds the date, but it can be paid by ACH instead of card.

Thanks,
Darnell"""),

case("""Good morning,

I'm coordinating a street fair for the Elm Heights Neighborhood Association on Sunday, May 16, 2027, and we'd love to have you. ⟦Would you prefer to pay a flat vendor fee or give us a percentage of sales?⟧ ⟦Is your truck permitted to operate in Travis County?⟧ ⟦Please send a copy of your certificate of insurance.⟧

Best,
Ana Flores

From: Brisket Bus <hello@brisketbus.example.com>
Sent: Friday, December 4, 2026 2:30 PM
To: Ana Flores
Subject: RE: Street fair

Hi Ana, we'd love to be part of it. What date are you looking at?""",
     [F, T, T], ["which", "yes/no", "request"],
     """Hi Ana,

Thanks for the details; May 16 works for us. We're fully permitted in Travis County (permit #MFU-20417), and I've attached our certificate of insurance naming the association. We've done both kinds of arrangement at other fairs and are happy to talk through whatever suits you.‸

Best,
Darnell"""),

# --- Little Snips (children's hairdresser, UK) -----------------------------------------------
case("""Hello,

My son Alfie is six and autistic, and haircuts have been really hard for him, the buzz of the clippers especially. A friend said you were brilliant with her daughter. ⟦I was wondering whether you offer quieter appointments, maybe first thing before it gets busy?⟧ ⟦Is it OK if he sits on my lap or watches his tablet?⟧ And ⟦could you use scissors only rather than clippers?⟧

Thank you so much,
Claire Dawson""",
     [T, T, F], ["yes/no", "yes/no", "request"],
     """Hi Claire,

Thank you for getting in touch, and please thank your friend from us! Our first slot of the day, 9am, is our calm hour: lights down, no music and only one child in the salon at a time. Alfie is welcome to sit on your lap, bring his tablet, or even sit on the floor, whatever feels right for him.‸

Warmly,
Becky
Little Snips"""),

case("""⟦How much is a first haircut with the certificate and lock of hair?⟧

Thanks, Jo""",
     [T], ["how much"],
     """Hi Jo,

Our First Haircut package is £18 and comes with the certificate, a keepsake lock of hair in a little envelope, and a photo on the lion chair.

Becky"""),

case("""my daughter came home from her cut on saturday with a fringe that is literally wonky, shes 8 and was crying all night. ⟦who was the stylist⟧ because it wasnt the usual girl. ⟦i want it fixed for free⟧ and ⟦can it be done after school this week⟧ she has school photos monday

Leanne""",
     [F, T, F], ["which", "request", "yes/no"],
     """Hi Leanne,

I'm so sorry. That's not the cut she should have left with, and I hate to think of her upset. We'll of course put the fringe right free of charge.‸ All our stylists are fully trained and we take feedback like this seriously.

Becky
Little Snips"""),

case("""Thanks so much, see you Saturday!

Amy

On Sun, 6 Dec 2026 at 18:20, Little Snips <hello@littlesnips.example.co.uk> wrote:
> Hi Amy, we've moved the twins to 10.30am on Saturday 12 December. Could you let us know if that still works?""",
     [], [],
     """Hi Amy,

Brilliant, see you and the twins on Saturday at 10.30!

Becky""", quoted_only=True),

case("""Hiya, the party is for 8 girls aged 7, on Saturday 20 February. 🎀 ⟦Does the pamper package include nail painting?⟧ ⟦Can we bring our own cake?⟧ ⟦How long does the party last?⟧ Thanks! Sam""",
     [T, T, F], ["yes/no", "yes/no", "when"],
     """Hi Sam 🎀,

How exciting! Our pamper party includes glitter braids, a mini nail-painting session with kid-safe polish, and a photo corner. You're very welcome to bring your own cake, and we'll provide candles, plates and a knife.‸

Becky"""),

# --- The Potting Shed Café, Larchfield Garden Centre (UK) ------------------------------------
case("""Good morning,

Our WI group (22 ladies) would like to come for afternoon tea on Wednesday 13 January. ⟦Could you tell me whether you can seat us all together?⟧ A few of us are coeliac, so ⟦I'd also like to know if the scones can be made gluten-free.⟧ ⟦Please could you confirm the price per head.⟧

Many thanks,
Patricia Holroyd
Secretary, Ashby Magna WI

From: Larchfield Café <cafe@larchfield.example.co.uk>
Sent: 01 December 2026 10:15
To: Patricia Holroyd
Subject: RE: group booking

Dear Patricia, thank you for your enquiry. Which date were you thinking of?""",
     [T, T, F], ["yes/no", "yes/no", "how much"],
     """Dear Patricia,

How lovely, we'd be delighted to host the WI. We'll put you in the conservatory, which seats 24 at one long table. Our baker makes gluten-free scones every day, so those can be swapped in for anyone who needs them. Afternoon tea pricing varies with the options you choose, and we have several packages available.‸

Kind regards,
Molly
The Potting Shed Café"""),

case("""Hi,

We came in on Sunday with our very well-behaved spaniel and were told dogs aren't allowed in the café any more, even though we've been bringing her for three years and your website still says "dog-friendly". ⟦When did this change?⟧ ⟦Is there anywhere we can sit with her, like the terrace?⟧ And ⟦please update your website so nobody else gets caught out.⟧

Thanks,
Helen""",
     [F, T, T], ["when", "where", "request"],
     """Hi Helen,

I'm really sorry you were turned away; that must have been frustrating, especially after three years of visits.‸ Dogs are still very welcome on the covered terrace, which has heaters and water bowls, and our garden shop is dog-friendly too. You're quite right about the website, and I've asked our web team to correct it today.

Best wishes,
Molly"""),

case("""hi ⟦r u open boxing day⟧ 🎄 and ⟦is the santa breakfast sold out⟧ 😭 ⟦if not can i book 2 adults 3 kids for the 19th⟧

Sent from my iPhone""",
     [T, T, T], ["yes/no", "yes/no", "request"],
     """Hi there,

We're closed on Boxing Day, I'm afraid, but open again from 10am on the 27th. There are still a few Santa Breakfast places left on Saturday 19 December, and I've pencilled in 2 adults and 3 children at 9am for you; just reply to confirm and I'll send the payment link.

Molly"""),

case("""Hello,

I'm getting married in Larchfield's walled garden in June. ⟦My mum wanted to know whether the café does the catering for events in the walled garden, or whether we'd have to bring in our own caterer.⟧ Also, ⟦is there a kitchen an outside caterer could use?⟧

Thanks,
Chloe

---------- Forwarded message ---------
From: Larchfield Events <events@larchfield.example.co.uk>
Date: Wed, 2 Dec 2026 at 09:30
Subject: Walled garden hire
To: Chloe Barnes <chloe.barnes@example.com>

Dear Chloe, your provisional hold for Saturday 26 June is confirmed. Please contact the café directly about catering.""",
     [T, F], ["which", "yes/no"],
     """Hi Chloe,

Congratulations! We cater for weddings in the walled garden ourselves, anything from a hog roast to a sit-down three-course meal for up to 120, so there's no need to bring anyone else in.‸

Warm regards,
Molly"""),

case("""Dear all,

Just a note to say thank you for Mum's 90th on Saturday. The table by the window, the little card from the staff, the lemon drizzle: what more could we have asked for? She hasn't stopped talking about it.

With love,
The Kendall family""",
     [], [],
     """Dear Kendall family,

Thank you so much for your lovely note. It was a joy to have you all, and please wish your mum a happy 90th from all of us.

Molly"""),

# --- Clearpath Student Loan Servicing (US help desk) -----------------------------------------
case("""Hello,

I just got a letter saying my forbearance ends January 31, 2027 and my first payment of $412.87 is due February 15. I recently lost my job, so I have some questions:

1) ⟦Can I apply for income-driven repayment now, before the forbearance ends?⟧
2) ⟦If my income is $0, would my payment really be $0?⟧
3) ⟦Does an unemployment deferment hurt my credit score?⟧
4) ⟦Where do I upload proof of unemployment benefits?⟧

Thank you,
Rachel Nguyen
Account ending 4471""",
     [T, T, F, T], ["yes/no", "yes/no", "yes/no", "where"],
     """Dear Rachel,

Thank you for contacting Clearpath, and I'm sorry to hear about your job. You can apply for an income-driven repayment plan now; applying early gives us time to process it before your forbearance ends. Under these plans, a borrower with no income typically has a $0 monthly payment.‸ You can upload documents in your online account under Documents > Upload, or fax them to (800) 555-0176.

Sincerely,
Kevin
Clearpath Customer Care"""),

case("""I have called THREE times about this. I made an extra $500 payment on November 20 and told you to apply it to the principal on my highest-interest loan (loan 1-04). Instead you applied it to future interest and advanced my due date. ⟦Fix this now.⟧ ⟦I want the $500 reapplied to loan 1-04's principal⟧ and ⟦I want written confirmation that my February payment is still due.⟧ ⟦Why does your system ignore the payment instructions I submit online?⟧

Michael Osei""",
     [T, T, F, F], ["request", "request", "request", "why"],
     """Dear Mr. Osei,

I apologize for the repeated calls; you shouldn't have had to chase this. I've reversed the November 20 allocation and reapplied the full $500 to the principal of loan 1-04, effective the date you paid.‸ We value your feedback about the online payment instructions and have shared it with our payments team.

Sincerely,
Kevin
Clearpath Customer Care"""),

case("""Hi,

I'm the cosigner on my daughter's private loan. ⟦She asked me to find out whether I can be released as cosigner now that she's made 24 on-time payments.⟧ ⟦If so, what does she need to send you?⟧

Thanks,
Greg Paulsen

CONFIDENTIALITY NOTICE: This email may contain confidential information intended only for the named recipient. If you received it in error, please notify the sender and delete it.""",
     [F, F], ["yes/no", "which"],
     """Hi Greg,

Thank you for reaching out. Cosigner release is available on many private loans once the borrower has built a strong payment history, and 24 on-time payments is a great achievement.‸

Best regards,
Kevin"""),

case("""⟦how do i change my autopay date⟧ also ⟦will i lose the 0.25% discount if i do⟧""",
     [T, T], ["how", "yes/no"],
     """Hi,

You won't lose your 0.25% autopay discount: it stays in place as long as autopay is active, whatever date you choose. To move it, log in, open Payments > Autopay settings and pick a new date between the 1st and the 28th; the change takes effect from your next bill.

Clearpath Customer Care"""),

case("""Thanks Kevin, I got the PDF.

On Fri, Dec 4, 2026 at 9:14 AM Clearpath Customer Care <help@clearpath.example.com> wrote:
> Hi Aisha, your 2026 Form 1098-E is attached. Is there anything else we can help with?
>
> On Thu, Dec 3, 2026 at 6:50 PM Aisha Bello <aisha.bello@example.com> wrote:
>> Can you resend my 1098-E? I can't find it in the portal.""",
     [], [],
     """Hi Aisha,

Glad it came through. Have a great holiday season!

Kevin""", quoted_only=True),

# --- Kerrow Island Cycles (bicycle hire on an island, UK) ------------------------------------
case("""Hi,

We're a family of four coming over on the 10.15 ferry on Monday 26 July for a week.

- ⟦Do you have a tag-along or trailer for our 4-year-old?⟧
- ⟦Can you deliver the bikes to our cottage at Port Selkie or do we collect from the pier?⟧
- ⟦Are helmets included in the price?⟧

Thanks,
Fiona McLeod""",
     [T, F, T], ["yes/no", "which", "yes/no"],
     """Hi Fiona,

Thanks for getting in touch! We've got both a tag-along and a two-seat trailer, so your four-year-old is well catered for; just let me know which you'd prefer.‸ Helmets come free with every hire, and we have child sizes.

See you in July,
Calum
Kerrow Island Cycles"""),

case("""Hello,

I hired an e-bike on Saturday and the battery died halfway round the island. I had to push it four miles uphill back to the shop. Then your staff charged me £25 for a "scratched frame" that I'm sure was there before. ⟦I'd like the £25 refunded⟧, and ⟦could you tell me whether the batteries are actually checked before each hire?⟧

Regards,
Martin Cole""",
     [F, T], ["request", "yes/no"],
     """Dear Martin,

I'm sorry your ride ended with a four-mile push; that's the last thing anyone wants on holiday. Every battery is charged overnight and tested on our meter each morning before it goes out, and I've taken that bike out of service while we check its cells. Damage charges are applied in line with our hire terms, which are signed at collection.‸

Best regards,
Calum"""),

case("""Hello,

We are two persons from Germany and want to rent bicycles for three days in May. ⟦Is it possible to take the bikes on the small ferry to Eilean Beag?⟧ And ⟦what is the price for three days for two bikes, with panniers?⟧ ⟦We must pay before, or is it enough to pay in the shop?⟧

Best greetings,
Jonas and Katrin Weber""",
     [T, T, T], ["yes/no", "how much", "which"],
     """Hello Jonas and Katrin,

Thank you for your message! Bikes travel free on the Eilean Beag ferry; you just wheel them on. For two hybrid bikes with panniers for three days, the total is £126. You can pay when you collect the bikes; we only take a £20 deposit to hold the booking.

Best wishes,
Calum"""),

case("""hey ⟦are u open tomorrow if its raining⟧ 🌧️ ⟦do u do refunds if the ferry gets cancelled⟧ 🙃 also ⟦whats the latest i can bring the bikes back⟧""",
     [T, T, F], ["yes/no", "yes/no", "when"],
     """Hi!

Yes, we're open whatever the weather, 9am to 5.30pm. If your ferry's cancelled, we'll move your hire to another day or refund it in full, no quibbles.‸

Enjoy the ride,
Calum"""),

case("""Dear Calum,

⟦Our events manager has asked me to find out whether you could supply 18 bikes for a team away-day on Thursday 10 June.⟧ ⟦Would a guide be available to lead the group?⟧ ⟦Could you also send your public liability certificate for our risk assessment?⟧

Kind regards,
Amara Okafor
Office Coordinator, Bright Tide Digital
07700 900655

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender.""",
     [T, F, T], ["yes/no", "yes/no", "request"],
     """Dear Amara,

Thank you for thinking of us. Thursday 10 June is free, and we can have 18 bikes ready at the pier for your team. I've attached our public liability certificate for your risk assessment.‸

Kind regards,
Calum
Kerrow Island Cycles"""),

# --- Signwell Interpreting (sign-language interpreting agency, UK) ---------------------------
case("""Dear Signwell,

I'm writing on behalf of my father, who is Deaf and uses BSL. He has a cardiology appointment at St Aldric's Hospital on Tuesday 19 January at 2.15pm. ⟦Could you let me know whether the hospital should book the interpreter or whether we can book one directly?⟧ ⟦Is there any cost to us?⟧ He would also prefer a male interpreter if possible; ⟦is that something you can arrange?⟧

Thank you,
Daniel Hirst""",
     [T, T, F], ["which", "yes/no", "yes/no"],
     """Dear Daniel,

Thank you for getting in touch. For NHS appointments, the hospital is responsible for booking and paying for the interpreter, so please ask the cardiology department to book through their usual Signwell account; there will be no charge to your father. We've noted his preference for a male interpreter on his profile.‸

Kind regards,
Anita
Signwell Interpreting"""),

case("""To Signwell,

The interpreter booked for our staff disciplinary hearing yesterday did not arrive, and we had to postpone with our employee, her union rep and an HR panel all present. This is the second time this autumn. ⟦Why were we not contacted when the interpreter cancelled?⟧ ⟦Please confirm the rescheduled hearing on Monday 14 December will be covered⟧, and ⟦please confirm in writing that we will not be invoiced for yesterday's booking.⟧

Suzanne Clarke
HR Business Partner
Northgate Logistics""",
     [T, F, T], ["why", "request", "request"],
     """Dear Suzanne,

I'm very sorry for the disruption yesterday and for the distress it caused your employee and panel. Our interpreter was taken ill in the early hours and our out-of-hours team failed to pass the cancellation on to you, which is not acceptable. We will not invoice you for yesterday's booking. We're working hard to secure cover for Monday and will update you as soon as we can.‸

Yours sincerely,
Anita Bhatt
Bookings Manager, Signwell Interpreting"""),

case("""⟦Are your interpreters NRCPD registered?⟧ And ⟦do you cover Deafblind hand-on-hand?⟧

Cheers
Tom""",
     [T, T], ["yes/no", "yes/no"],
     """Hi Tom,

All our interpreters are NRCPD registered, and their registration numbers appear on every booking confirmation. Two of our team are qualified Deafblind interpreters and work hands-on, so just mention it when you book.

Best,
Anita"""),

case("""Hi Anita 👋 ⟦my deaf friend asked if you do video relay for phone calls to the bank⟧ 🏦 ⟦how does it work⟧ and ⟦is there a monthly fee⟧

Sent from my iPhone""",
     [T, T, F], ["yes/no", "how", "how much"],
     """Hi 👋

We do: our video relay service lets your friend sign to an interpreter over a video call, and the interpreter speaks to the bank on the phone in real time. She just needs to download the Signwell Relay app and tap "Call".‸

Best,
Anita"""),

case("""Hi Anita,

Confirming we've received the interpreter's invoice and it's gone to accounts for payment.

Best,
Louise

From: Anita Bhatt <anita@signwell.example.co.uk>
Sent: 04 December 2026 11:02
To: Louise Mercer
Subject: Invoice SW-8821

Hi Louise, please find attached invoice SW-8821. Could you confirm when it'll be paid?""",
     [], [],
     """Hi Louise,

Thank you, much appreciated.

Anita""", quoted_only=True),

# --- Tilecraft Outlet (bathroom tiles, UK) ----------------------------------------------------
case("""Hi,

I'm retiling a bathroom: the walls are about 14 square metres and the floor is 4.5. I've got my eye on the Porto sage 7.5 x 30 metro tile for the walls and the Camden hex for the floor. ⟦How many boxes of each would I need, allowing for cuts?⟧ ⟦Is the hex OK with underfloor heating?⟧ ⟦Do you deliver to Whitstable⟧, and ⟦how much?⟧

Thanks
Rich""",
     [T, T, T, F], ["how much", "yes/no", "yes/no", "how much"],
     """Hi Rich,

Great choices! With 10% extra for cuts, you'll want 18 boxes of the Porto sage (0.88 m² per box) and 5 boxes of the Camden hex (1 m² per box). The Camden hex is porcelain, so it's fine over underfloor heating. We deliver across Kent, and the charge depends on the size and weight of the order.‸

Thanks,
Shaz
Tilecraft Outlet"""),

case("""Shaz,

The second lot of Marlow white tiles you delivered are a visibly different shade from the first lot. My tiler noticed halfway up the wall. ⟦I want the tiler's wasted day paid for (£220)⟧ and ⟦I need 6 more boxes from the ORIGINAL batch, batch code MW-3321, delivered by Friday.⟧ ⟦Why did nobody check the batch codes match?⟧

Dean Foley
07700 900241""",
     [F, T, T], ["request", "request", "why"],
     """Hi Dean,

I'm really sorry, that's a maddening thing to find halfway up a wall. I've checked the warehouse and we have 9 boxes left from batch MW-3321; I've reserved 6 for you and they're on our van for Thursday morning. Our picking team should have checked the batch code against your first order and didn't, and I've raised it with the warehouse manager so it doesn't happen again.‸

Shaz"""),

case("""Hello,

⟦I wondered whether you do trade accounts for small builders⟧; I'm a sole trader doing 3 or 4 bathrooms a month. ⟦If so, what discount would I get?⟧ ⟦Can I also pay on account at the end of the month?⟧

Cheers,
Paul Hendry
Hendry Bathrooms
Need a new bathroom? Call Paul! 07700 900187""",
     [T, F, F], ["yes/no", "how much", "yes/no"],
     """Hi Paul,

Thanks for your interest. We'd be happy to set up a trade account for you. Trade pricing is tailored to each account based on volume, so I'll ask our trade manager, Gary, to give you a call.‸

Best,
Shaz"""),

case("""⟦Can I return 3 unopened boxes of the Verona grey?⟧ Receipt is from 2 November.

Thanks,
Malgorzata""",
     [T], ["yes/no"],
     """Hi Malgorzata,

Of course. Unopened boxes can come back within 60 days with the receipt, so you're well within time. Bring them to the trade counter and we'll refund your original card.

Shaz"""),

case("""Hi again,

Sorry, one more: ⟦do you sell the grout in sage green too, or only white and grey?⟧ Then I'll leave you alone.

Jen

From: Tilecraft Outlet <sales@tilecraft.example.co.uk>
Sent: Saturday, December 5, 2026 3:40 PM
To: Jen Okoro
Subject: RE: adhesive

Hi Jen, yes, the flexible adhesive is suitable for the shower wall. Anything else?

-----Original Message-----
From: Jen Okoro
Subject: adhesive

Will the flexible adhesive work on a shower wall?""",
     [F], ["which"],
     """Hi Jen,

No problem at all. Just to add to my last email, the flexible adhesive is also fine over tile backer board, so you're all set for the shower.‸

Shaz"""),

# --- SnapHaus Booths (US photo-booth hire) ----------------------------------------------------
case("""Hi SnapHaus,

We're getting married on Saturday, April 24, 2027 at the Willow Creek Barn in Franklin, TN. A few questions:

• ⟦Is April 24 still open?⟧
• ⟦How many hours are included in the Classic package?⟧
• ⟦Can we customize the print template with our monogram?⟧
• ⟦Do you need an outlet within a certain distance?⟧

Thanks!
Brianna & Luke""",
     [T, T, T, T], ["yes/no", "how much", "yes/no", "yes/no"],
     """Hi Brianna and Luke,

Congratulations! April 24 is still open, and I've put a 48-hour courtesy hold on it for you. The Classic package includes 3 hours of booth time, plus setup and takedown. Our designer will create a custom print template with your monogram at no extra charge. The booth just needs a standard outlet within 25 feet; we bring our own heavy-duty cables.

Cheers,
Taylor
SnapHaus Booths
(615) 555-0184"""),

case("""Taylor,

Your attendant packed up the booth at 9:30 PM at our gala even though we paid through 11:00 PM. Our guests were lined up. ⟦I want a refund for the 90 minutes we lost.⟧ Also, ⟦where is the online gallery?⟧ It was supposed to be ready 48 hours after the event and it's been a week.

Diane Whitaker
Development Director, Hartwell Children's Fund""",
     [F, F], ["request", "where"],
     """Dear Diane,

I'm so sorry; that's not the experience you paid for, and I've spoken with our attendant. We'll be reviewing the event timeline internally and will follow up with you regarding next steps.‸

Best,
Taylor Brooks
Owner, SnapHaus Booths"""),

case("""yo ⟦do yall do 360 booths⟧ 😎 ⟦how much for a sweet 16 saturday night like 4 hrs⟧ also ⟦can we pick the backdrop⟧""",
     [T, T, T], ["yes/no", "how much", "yes/no"],
     """Hey!

We sure do, and our 360 booth is a hit at sweet 16s. For 4 hours on a Saturday night it's $895, including an attendant and unlimited videos. You get to choose from 12 backdrops, from sequin walls to neon.

Taylor
SnapHaus Booths"""),

case("""Hello,

⟦Our CFO asked whether you can provide a W-9 and a certificate of insurance before we sign.⟧ ⟦Could you also tell me if the $300 deposit is refundable if our December 18 holiday party gets moved to January?⟧

Thanks,
Karen Liu
Office Manager, Pinecrest Dental Group

From: SnapHaus Booths <book@snaphaus.example.com>
Sent: Thursday, December 3, 2026 10:12 AM
To: Karen Liu
Subject: Contract for December 18

Hi Karen, attached is your contract. Please sign and return by Friday to hold the date.""",
     [T, T], ["request", "yes/no"],
     """Hi Karen,

Happy to help. I've attached our W-9 and a certificate of insurance naming Pinecrest Dental Group. Deposits are non-refundable, but if your party moves to any date before March 31, 2027, your deposit transfers over in full.

Best,
Taylor"""),

case("""Hi Taylor,

The booth was a HUGE hit at Mom's retirement party, thank you! I was going through the prints and noticed a couple of the strips came out really dark, the ones from around 8 PM when the lights went down. ⟦I couldn't find whether the digital files are higher quality than the prints⟧, so ⟦could you tell me if the dark ones can be brightened?⟧ ⟦I'd love 20 extra copies of the big group shot, please.⟧

Thanks again!
Lisa""",
     [T, T, F], ["yes/no", "yes/no", "request"],
     """Hi Lisa 🎉,

So glad the booth was a hit, and congratulations to your mom! The digital files are full resolution and much sharper than the prints, and I've brightened the 8 PM strips and re-uploaded them to your gallery.‸

Cheers,
Taylor"""),

# --- Eastmoor Borough Council Parking Services (residents' permits, UK) ---------------------
case("""Dear Parking Services,

I've just changed my car and my residents' permit (Zone F, permit F-20774) is for the old registration. ⟦Can I transfer the permit to the new car⟧, and ⟦is there a fee?⟧ ⟦How long will it take⟧, and ⟦am I allowed to park in the zone in the meantime?⟧

Yours faithfully,
Anthony Greaves
11 Cedar Row""",
     [T, T, F, F], ["yes/no", "yes/no", "when", "yes/no"],
     """Dear Mr Greaves,

Thank you for your email. You can transfer your permit to your new vehicle on the online permit portal under "Change vehicle"; there is a £10 administration charge. Changes are processed as quickly as possible.‸

Yours sincerely,
Parking Services
Eastmoor Borough Council"""),

case("""I got a parking ticket (PCN EB40217763) outside my own house on Wednesday 2 December while my virtual permit was valid. I've checked the portal and it says active until March. This is ridiculous. ⟦Cancel the ticket.⟧ ⟦How are wardens checking virtual permits if they can't see a paper one?⟧ And ⟦who do I complain to about the warden, who was extremely rude?⟧

Sent from my iPhone""",
     [F, T, F], ["request", "how", "which"],
     """Dear Resident,

Thank you for contacting us. Civil enforcement officers check virtual permits on handheld devices that scan the vehicle registration against our live permit database. If you wish to challenge the PCN, you can make an informal representation online within 14 days of the date of issue.‸

Parking Services"""),

case("""hi my mum is coming to stay over christmas 🎄 ⟦how many visitor permits can i get⟧ and ⟦do they cover sundays⟧ 🤔 ⟦can i buy them online or do i have to come in⟧""",
     [T, T, T], ["how much", "yes/no", "which"],
     """Hi,

Each household can buy up to 60 visitor permit hours a month, in blocks of 4 hours. Zone F restrictions don't apply on Sundays, so your mum won't need a permit at all that day. The permits are sold on the online portal, and you can activate them from your phone.

Parking Services"""),

case("""Good afternoon,

I manage a block of six flats on Harrow Street. ⟦One of my tenants has asked whether she's entitled to a residents' permit when her company car is registered to her employer.⟧ ⟦Could you also let me know if the block's forecourt counts as off-street parking for eligibility purposes?⟧ ⟦Please send me the eligibility guidance so I can share it with all tenants.⟧

Kind regards,
Simon Ashworth
Ashworth Lettings

DISCLAIMER: This message is intended for the addressee only. If you are not the intended recipient, please notify the sender.""",
     [T, F, T], ["yes/no", "yes/no", "request"],
     """Dear Mr Ashworth,

Thank you for your email. Residents with a company car can apply for a permit, provided they send a letter from their employer confirming the car is for their sole use.‸ I've attached our permit eligibility guidance, which you're welcome to share with your tenants.

Kind regards,
Parking Services"""),

case("""Hello,

I applied for a new Zone C permit on 20 November (application APP-55102) and haven't heard anything. ⟦Has it been approved⟧, and ⟦when will the permit be active?⟧ I'm currently paying £6 a day at the car park.

Thanks,
Olu Adebayo""",
     [T, T], ["yes/no", "when"],
     """Dear Olu,

Thank you for your patience. Your application APP-55102 has been approved, and the permit will be active from Monday 14 December. I'll email you a confirmation by Friday 11 December.

Kind regards,
Parking Services"""),
]
