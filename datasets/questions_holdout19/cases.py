"""Hand-written cases of Tactful's nineteenth held-out set for the `questions` feature.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests
of the customer's newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give
one value per marked span in order, and the draft holds exactly one ‸ where the missing answer belongs
(only when something is unanswered). Written blind to the feature; see README.md.
"""

T, F = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
# --- US window cleaning: Sill & Squeegee Window Cleaning ------------------------------------
# 01
case(
"""Hi there,

⟦Do you clean screens too, or just the glass?⟧ And ⟦how much would a 2-story colonial with about 22 windows run?⟧ We're in Upper Arlington.

Thanks,
Dana Kowalski""",
[T, F], ["which", "how much"],
"""Hi Dana,

Thanks for reaching out! We clean screens as part of every full-service job at no extra charge – we pop them out, wash them by hand and put them back once the glass is done.

As for the house, pricing depends on several factors, like access, the type of windows and how long it's been since the last cleaning.‸ We cover Upper Arlington every week, so scheduling is easy.

Best,
Marcus
Sill & Squeegee Window Cleaning
(614) 555-0143""",
),
# 02
case(
"""hey its Tyler from the job on Birchwood Ave yesterday. you guys left streaks on like every upstairs window ⟦can someone come back⟧ also ⟦was the hard water stuff on the slider supposed to come off because its still there⟧ and ⟦do i still have to pay the full $240⟧

Sent from my iPhone""",
[T, T, F], ["request", "yes/no", "yes/no"],
"""Hi Tyler,

I'm sorry about the streaks – that's not the standard we hold ourselves to. I've booked Marcus to come back on Thursday, December 10 between 9 and 11 AM to redo the upstairs windows; just let us know if that time doesn't work.

The marks on the slider are hard water etching: the minerals have actually eaten into the glass, so a regular wash won't shift them. We can quote you for a restoration treatment if you'd like.

We really want to make this right for you.‸

Thanks,
Angela
Sill & Squeegee Window Cleaning""",
),
# 03
case(
"""Good afternoon,

We manage three retail plazas in the Dublin area and are reviewing window vendors for 2027. Could you tell me:

a) ⟦whether you carry a certificate of insurance naming the property owner as additional insured⟧,
b) ⟦how often you would recommend cleaning storefront glass on a busy plaza⟧, and
c) ⟦whether you can work before 7 AM so you're done before the stores open?⟧

⟦Please also send a sample service agreement.⟧

Regards,
Janelle Ortiz
Property Manager, Keystone Retail Partners
(614) 555-0188

CONFIDENTIALITY NOTICE: This email and any attachments are intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.""",
[T, T, F, T], ["yes/no", "when", "yes/no", "request"],
"""Hi Janelle,

Thanks for considering us for Keystone's plazas.

a) Yes. We carry $2 million in general liability, and our insurer issues certificates naming the property owner as additional insured within a day; just send me the owners' legal names.
b) For busy storefronts we'd suggest every two weeks, with entrance doors wiped weekly.
c) We're flexible and always work around your tenants' needs.‸

I've attached our standard service agreement for you to look over.

Best regards,
Marcus Bell
Sill & Squeegee Window Cleaning
(614) 555-0143""",
),
# 04 (quoted-only)
case(
"""Perfect, thank you! See you Tuesday.

Lauren

On Mon, 7 Dec 2026 at 10:02, Sill & Squeegee Window Cleaning <office@sillandsqueegee.example.com> wrote:
> Hi Lauren,
>
> You're booked for Tuesday, December 15, 2026 between 8 and 10 AM. Will anyone be home to let us into the sunroom, or should we skip it? Please also let us know if there's a gate code.
>
> Marcus""",
[], [],
"""Hi Lauren,

Great, thanks for confirming! We'll see you on Tuesday morning.

Marcus""",
quoted_only=True,
),
# 05
case(
"""Hi Marcus,

We loved the job you did in the spring 🙌 and want to book the same inside-and-out clean sometime in March. ⟦My husband wants to know if you also do gutters⟧, since the ladder will be out anyway. ⟦Is a Saturday possible, or are you weekdays only?⟧ ⟦What would the price be with the gutters added on?⟧

Thanks!
Sharon Whitfield

On Tue, 14 Apr 2026 at 16:30, Sill & Squeegee Window Cleaning <office@sillandsqueegee.example.com> wrote:
> Hi Sharon, thanks for choosing us! Your invoice for $315 is attached. Please leave us a review if you were happy with the job.""",
[T, T, F], ["yes/no", "which", "how much"],
"""Hi Sharon,

So glad you were happy with the spring clean! We do gutters too – we clear them by hand, bag the debris and flush the downspouts. Saturdays are fine from March on, so just pick one and I'll lock it in.

We'll get you a quote for the gutters once we've had a look at the roofline.‸

Thanks again,
Marcus""",
),
# --- Violin hire for schools: Stringwise Schools Violin Hire --------------------------------
# 06
case(
"""Dear Stringwise,

My daughter Isla (Year 4, St Bride's Primary) has just started violin with Mr Haddad and we'd like to hire through your scheme. A few questions before I sign up:

1. ⟦How do I know which size she needs?⟧ She is 8 and quite small for her age.
2. ⟦Is insurance included in the £9.50 a month, or is that extra?⟧
3. ⟦If she gives up after a term, can we hand it back without paying a penalty?⟧

Many thanks,
Rachel Okafor""",
[T, T, F], ["how", "which", "yes/no"],
"""Dear Rachel,

Thank you for choosing Stringwise for Isla's first violin!

Mr Haddad will measure Isla at her next lesson and let us know her size, so there's nothing you need to do there – most eight-year-olds play a 1/2 size, but smaller children often start on a 1/4. Accidental damage cover is included in the £9.50 a month, so there's nothing extra to pay.

Lots of children find the first term the hardest, and we'd really encourage Isla to stick with it – it gets a lot more fun once the first tunes come together!‸

Best wishes,
Tom Ellery
Stringwise Schools Violin Hire""",
),
# 07
case(
"""Hi Tom,

⟦Please could you send replacement strings for the three violins listed below?⟧ The E strings keep snapping in the cold music room. Also, ⟦is there any chance you could come in and check the bridges before the spring concert on Thursday 18 March?⟧

- V-114 (3/4)
- V-207 (1/2)
- V-233 (1/2)

Thanks,
Priya Haddad
Peripatetic Strings Teacher, Ashgrove Learning Trust

From: Tom Ellery <tom@stringwise.example.co.uk>
Sent: Tuesday, December 1, 2026 4:40 PM
To: Priya Haddad <p.haddad@ashgrove.example.org.uk>
Subject: RE: Spring term instruments

Hi Priya, do let me know if any of the instruments need attention before the holidays.""",
[T, F], ["request", "request"],
"""Hi Priya,

Sorry to hear about the E strings – the cold does them no favours. New sets for V-114, V-207 and V-233 went out first class this morning, so they should be with you by Wednesday.

I'm hoping to visit all the Ashgrove schools during the spring term and will be in touch once the schedule is drawn up.‸

Best,
Tom""",
),
# 08
case(
"""Hello,

My son Mateusz is hire the violin 1/4 since September. Now he is growing and teacher say he need bigger one. ⟦It is possible to change to 1/2 size without pay again the deposit?⟧ And ⟦when we can do the change, because he have exam in February.⟧ ⟦Where we must bring the small violin?⟧

Thank you very much
Agnieszka Nowak""",
[T, T, T], ["yes/no", "when", "where"],
"""Dear Agnieszka,

Thank you for letting us know – it's great that Mateusz is growing into a bigger violin! Changing to a 1/2 size is free, and the deposit you paid in September simply carries over to the new instrument.

You can swap it at our Tuesday drop-in, from 3.30 to 5.30pm at the Old Library on Market Street. The first one after Christmas is Tuesday 12 January, which leaves plenty of time before his exam.

Best wishes,
Tom Ellery
Stringwise Schools Violin Hire""",
),
# 09
case(
"""Dear Sir/Madam,

This is the third time I have written about invoice SW-4471. You have charged Ferncliffe Primary for 14 violins when we returned four of them in July – I have the signed returns slip. ⟦Please send a corrected invoice.⟧ ⟦I also want to know why we are being charged a late-payment fee on an invoice that was wrong in the first place.⟧

⟦Who can I speak to about this, if not you?⟧

Gillian Marsh
School Business Manager, Ferncliffe Primary
07700 900418""",
[T, T, F], ["request", "why", "which"],
"""Dear Mrs Marsh,

I'm very sorry that you've had to write to us three times about this.

You're quite right: the four violins came back in July and our system didn't pick up the returns slip. I've cancelled SW-4471 and attached a corrected invoice for 10 violins. The late-payment fee was added automatically because the original invoice showed as overdue; I've removed it, and it won't appear again.‸

With apologies,
Stringwise Accounts Team""",
),
# 10
case(
"""Hi! Ellie's violin case zip has broken 😩 ⟦Can we get a new case or do we have to buy one ourselves?⟧ Also ⟦can she keep the violin over Christmas or does it need to go back?⟧ Thanks, Sophie (Ellie Fraser's mum, Year 5 Kingsmead)""",
[T, T], ["which", "which"],
"""Hi Sophie,

No need to buy one – cases are covered by the hire, and Mr Haddad will bring a new one into Kingsmead for Ellie next week.

Ellie's hire runs right through the holidays, so she's welcome to keep the violin at home and practise over Christmas.

Best wishes,
Tom""",
),
# --- US RV rental: Lone Mesa RV Rentals ------------------------------------------------------
# 11
case(
"""Hi,

We're planning a trip to the Grand Canyon and then up to Zion over spring break with our three kids (ages 4, 7 and 11), picking up Saturday, March 20 and returning Sunday, March 28. I've never driven anything bigger than a minivan, honestly, so I'm a little nervous. ⟦Do I need a special license to drive the 30-foot Class C?⟧ My husband will probably do most of the driving, but ⟦can we both be listed as drivers?⟧ Also, ⟦are car seats allowed on the dinette seats, or do they have to go up front?⟧ I read something online that confused me. And lastly, ⟦what's the charge for using the generator?⟧

Thanks so much,
Kristen Alvarez
(928) 555-0112""",
[T, T, T, F], ["yes/no", "yes/no", "which", "how much"],
"""Hi Kristen,

A spring break trip to the canyons sounds wonderful! No special license is needed – a regular driver's license covers all of our Class C motorhomes, and most first-timers are comfortable within the first hour. You and your husband can both be on the rental agreement at no extra cost; just bring both licenses to pickup.

Car seats are fine on the forward-facing dinette seats, which have lap-and-shoulder belts. They should never go in the cab-over bunk.

The generator is great for running the A/C at dry campsites in Zion.‸

Happy travels,
Jess
Lone Mesa RV Rentals
(928) 555-0190""",
),
# 12
case(
"""I still haven't got my $1,000 security deposit back and it's been 19 days. Your own email below says 7–10 business days. ⟦I want my deposit back this week.⟧ ⟦If you're keeping any of it, tell me what for, in writing.⟧

Derek Pham

On Tue, 17 Nov 2026 at 14:21, Lone Mesa RV Rentals <bookings@lonemesa.example.com> wrote:
> Hi Derek, thanks for returning the Sunseeker on time. Your deposit will be refunded within 7–10 business days.
>
> > On Mon, 16 Nov 2026 at 08:03, Derek Pham <dpham@example.net> wrote:
> > When will I get the deposit back?""",
[T, T], ["request", "request"],
"""Hi Derek,

You're right, and I'm sorry: your refund got stuck in a batch that was never released. I processed the full $1,000 refund this morning, and it should show on your card within 3–5 business days.

Apologies again for the wait,
Jess
Lone Mesa RV Rentals""",
),
# 13
case(
"""⟦Are dogs allowed in the RVs?⟧ ⟦Is there a fee?⟧ Two labs, very well behaved.
- Sam""",
[T, F], ["yes/no", "how much"],
"""Hi Sam,

Pets are welcome in all of our Class C units, up to two dogs per trip, so your labs can come along. A pet fee applies, and the amount varies by unit and trip length.‸

Thanks,
Jess
Lone Mesa RV Rentals""",
),
# 14
case(
"""Hi Lone Mesa team,

Forwarding the message from my brother-in-law below. ⟦Could you please get back to him directly?⟧ Also, ⟦I'd like to know whether the 10% returning-customer discount still applies if he books under my account.⟧

Thanks,
Neil

---------- Forwarded message ---------
From: Ray Castellano <ray.castellano@example.org>
Date: Fri, 4 Dec 2026 at 19:45
Subject: RV for July
To: Neil Brandt <neil.brandt@example.com>

Hey Neil, which outfit did you use last summer? Do they allow the RVs into Mexico? Want to do Baja over July 4th.""",
[T, F], ["request", "yes/no"],
"""Hi Neil,

Thanks for passing Ray's message along. I've copied him on this email – Ray, our rentals can't be taken into Mexico, as our insurance only covers the US, but we'd be glad to help plan a Southwest route for July 4th.

We're always happy to welcome friends and family of our returning customers!‸

Best,
Jess
Lone Mesa RV Rentals""",
),
# 15
case(
"""hi its Gabe we have the Roamer booked dec 26 thru jan 2 ⟦can we pick up early like 10am instead of 2⟧ and ⟦does it come w propane full or do we fill it⟧ also ⟦is there a discount if we dont use the generator at all⟧ 🙏""",
[T, T, F], ["yes/no", "which", "yes/no"],
"""Hi Gabe,

The Roamer is coming back from another rental that morning, so the earliest we can have it cleaned and ready on the 26th is 1 PM. It leaves the lot with full propane tanks; if they come back less than full, we refill at $4.50 a gallon.

The generator manual and a quick-start card are in the glove box.‸

See you on the 26th,
Jess""",
),
# --- Seaside guest house: The Gull's Rest ----------------------------------------------------
# 16
case(
"""Dear Mrs Penrose,

We stayed with you two summers ago and loved it, so we're hoping to come back for a week from Saturday 26 June 2027. ⟦Is the sea-view double on the top floor free that week?⟧ My husband has had a knee operation since, so I'm not sure he'd manage the stairs – ⟦is there any room on the ground floor?⟧ We'd also be bringing our elderly spaniel, Biscuit. ⟦Do you still take dogs⟧, and ⟦is there a charge?⟧

With best wishes,
Margaret and Colin Shaw""",
[T, T, T, F], ["yes/no", "yes/no", "yes/no", "yes/no"],
"""Dear Margaret,

How lovely to hear from you both again! The Top Deck double is free for that week, but with Colin's knee you might prefer our Garden Room on the ground floor, which has a walk-in shower and is also free from Saturday 26 June to Saturday 3 July. Shall I hold one of them for you?

We still welcome dogs, and Biscuit will be very welcome.‸

Warm regards,
Jenny Penrose
The Gull's Rest""",
),
# 17 (quoted-only)
case(
"""Thank you, that's all booked on our side and the deposit went across this afternoon. Looking forward to it!

Hannah

On Fri, 4 Dec 2026 at 11:30, The Gull's Rest <stay@gullsrest.example.co.uk> wrote:
> Dear Hannah,
>
> We can hold the Harbour Room for you from Friday 12 February to Monday 15 February. Please could you pay the £80 deposit by Wednesday so we can confirm? Could you also let us know roughly what time you'll arrive?
>
> Kind regards,
> Jenny Penrose""",
[], [],
"""Dear Hannah,

Thank you – your deposit has arrived and the Harbour Room is all yours from Friday 12 February. Check-in is from 3pm, and if you're running late, just give us a ring.

Kind regards,
Jenny""",
quoted_only=True,
),
# 18
case(
"""Hi,

⟦Do you have a single room for Tues 15th and Weds 16th Dec?⟧ ⟦Where can I park?⟧ ⟦Can you invoice my company (Harlow Surveys Ltd)?⟧ ⟦What time is breakfast from?⟧ Have an early start on site.

Thanks
Owen Pryce
07700 900231""",
[T, T, T, F], ["yes/no", "where", "yes/no", "when"],
"""Hi Owen,

Yes, we have our single room free on both nights, at £68 a night. There's free parking on Marine Terrace right outside, and I'll leave a visitor permit in your room. We're happy to invoice Harlow Surveys Ltd directly – just send me the accounts address.

Breakfast is served in our conservatory overlooking the bay, and the full English is a favourite with our regulars.‸

Best wishes,
Jenny Penrose
The Gull's Rest""",
),
# 19
case(
"""Dear Gull's Rest,

I'm writing about our stay last weekend (booking GR-3318). The room was nothing like the photos: the "sea view" was a sliver of sea between two roofs, the shower ran cold both mornings, and there was loud music from the bar next door until 1am on the Saturday. ⟦I'd like a partial refund of at least one night.⟧ ⟦Why wasn't the noise from the bar mentioned anywhere on your website?⟧ And ⟦has the shower actually been fixed?⟧ I'd hate the next guests to go through the same thing.

Regards,
Stephen Hale

Sent from my iPhone""",
[T, T, F], ["request", "why", "yes/no"],
"""Dear Mr Hale,

Thank you for taking the time to write, and I'm very sorry your stay fell so short.

I've refunded £95, the cost of one night, to the card you paid with this morning. You're right that the music from the Anchor should have been mentioned: its licence changed in October, and we hadn't updated our listing. I've now added a note to our website and booking pages.

We take guest comfort extremely seriously and our maintenance team is looking into the issues you raised.‸

With apologies,
Jenny Penrose""",
),
# 20
case(
"""Hiya! 👋

There are six of us coming down for a hen do 🥂 from Friday 21 May to Sunday 23 May. ⟦Do you do group bookings, or would we need to book each room separately?⟧ ⟦Would it be ok if we decorated the breakfast room for the bride on the Saturday morning?⟧ We promise we're not a rowdy lot 😂 Oh and ⟦is there somewhere nearby you'd recommend for dinner for six?⟧

Cheers,
Zara""",
[T, F, T], ["which", "yes/no", "request"],
"""Hi Zara,

Congratulations to the bride-to-be! We can take all six of you in our three twin rooms on a single booking, and I've pencilled them in under your name for 21–23 May.

We'd love to help make the weekend special for her 💐‸

For dinner, the Crab Pot on Quay Street does a lovely set menu for groups, and they'll do a little cake if you ask when booking.

See you in May,
Jenny""",
),
# --- E-bike repair: Volt & Spoke Cycle Repairs -----------------------------------------------
# 21
case(
"""Hi, ⟦how long's the wait for a motor diagnostic at the moment?⟧ Bosch Performance Line, cutting out on hills. Cheers, Jamie""",
[F], ["when"],
"""Hi Jamie,

Sorry to hear it's cutting out – on hills that's often a speed sensor or a loose connector rather than the motor itself. Bring it in whenever suits and we'll get it on the stand as soon as we can.‸

Cheers,
Ben
Volt & Spoke Cycle Repairs""",
),
# 22
case(
"""Hello Volt & Spoke,

Bit of a long one, sorry. I bought a second-hand Carrera e-bike off a neighbour in the summer and it was fine until about three weeks ago, when the display started showing error 503 and the assist just stops. I took the battery off and put it back on (as the internet told me to!) and it works for a day and then does it again. My commute is 14 miles, so I'm back on the bus, which is costing me a fortune. ⟦Is error 503 something you've seen before?⟧ ⟦Roughly what would a repair like this cost?⟧ I'm trying to work out whether it's worth fixing or whether I should cut my losses. ⟦Could you also tell me if you do a collection service from Millbrook Vale?⟧ I don't drive.

Thanks,
Leah Burrows""",
[T, F, T], ["yes/no", "how much", "yes/no"],
"""Hi Leah,

Don't cut your losses just yet! We see 503 on Carreras quite often: it usually means the speed sensor has stopped talking to the motor controller, which is one of the easier faults to put right.

The cost depends on what we find once it's on the stand – it could be anything from a reconnection to a new sensor or wiring loom.‸

We collect within five miles for £15 each way, and Millbrook Vale is well inside that, so we could pick it up on Thursday if that suits.

Best,
Ben
Volt & Spoke Cycle Repairs""",
),
# 23
case(
"""Thanks Ben. ⟦Since it's going to be a couple of weeks for the part, is there any chance I could borrow a loan bike in the meantime?⟧ And ⟦will you ring me when the part comes in or should I keep checking?⟧

Martha

On Thu, 3 Dec 2026 at 16:12, Ben at Volt & Spoke <ben@voltandspoke.example.co.uk> wrote:
> Hi Martha,
>
> The replacement rear hub motor is on back order with Bafang. Would you like us to go ahead and order it at £320 fitted? Or would you rather we try to source a refurbished one?
>
> Ben""",
[F, T], ["yes/no", "which"],
"""Hi Martha,

On the motor, I'd go for the new one rather than a refurbished unit: the refurbs only carry three months' warranty, while the new Bafang motor has two years, and the £320 includes fitting.‸

I'll text you the moment the part lands, so no need to keep checking.

Ben""",
),
# 24
case(
"""Morning! Just dropped the Cube off with the bloke with the beard 😄 ⟦Can you also swap the brake pads while it's in?⟧ ⟦Which would you go for in winter, sintered or resin?⟧ And ⟦please text me before doing anything over £100.⟧

Raj""",
[T, T, T], ["request", "which", "request"],
"""Morning Raj,

The bearded one is Kofi, and he's already got the Cube on the stand! We'll fit new pads while it's in, and we'd go for sintered for winter: they last far longer in the wet and grit than resin. Kofi will text you before anything over £100.

Cheers,
Ben""",
),
# 25 (quoted-only: signature slogan)
case(
"""Great, invoice received and paid. I'll drop the other two bikes off on Friday morning.

Tom
--
Tom Achebe | Fleet Coordinator
Rapid Courier Co-op, Kettleford
Need it across town by lunchtime? Ask about our same-day service.""",
[], [],
"""Hi Tom,

Thanks for the quick payment. See you Friday – we open at 8, and we'll aim to have both bikes back to you by the end of the day.

Ben""",
quoted_only=True,
),
# --- US meal-kit subscription: Skillet & Stem ------------------------------------------------
# 26
case(
"""Hi,

I'm traveling for the holidays. ⟦Can I skip the deliveries for the weeks of December 21 and December 28 without canceling?⟧ Also, ⟦when's the cutoff to make changes to the box arriving Thursday, December 17?⟧

Thanks!
Priyanka Rao""",
[T, F], ["yes/no", "when"],
"""Hi Priyanka,

Yes, I've skipped both of those weeks for you, and your plan will pick back up with the box arriving Thursday, January 7. You won't be charged for the skipped weeks.

You can make changes to your upcoming box any time before the cutoff shown in your account.‸

Happy holidays!
Devon
Skillet & Stem Customer Care""",
),
# 27
case(
"""Your delivery on Thursday came with the ice packs completely melted and the chicken was warm. This is the second time since October. I want:

1. ⟦A full refund for this week's box ($79.94), not a credit.⟧
2. ⟦An explanation of what's going on with your shipping partner.⟧

Honestly, why would I keep paying for this?

Carl Jensen
Order #SS-208811""",
[T, F], ["request", "why"],
"""Hi Carl,

I'm really sorry – warm chicken is a food-safety issue, so please throw it away if you haven't already. I've refunded the full $79.94 to your original payment method this morning; it's a refund, not a credit, and should appear within 5–7 business days.

We're always working to improve our packaging and delivery experience, and I've shared your feedback with our logistics team.‸

Sincerely,
Devon
Skillet & Stem Customer Care""",
),
# 28
case(
"""Hello! 🌱 ⟦I was wondering whether the vegetarian plan is also egg-free, since my partner is allergic.⟧ ⟦If not, is there a way to filter recipes by allergen on the app?⟧ ⟦Could you also tell me how much the 4-serving veggie plan is per week?⟧

Thank you!
Maya""",
[T, T, T], ["yes/no", "how", "how much"],
"""Hi Maya,

Our vegetarian plan does include some recipes with eggs, so it isn't egg-free as a whole – but you can make it work. In the app, go to Preferences > Allergens and check "Egg", and we'll hide every recipe that contains it.

The 4-serving veggie plan with three recipes a week comes to $137.88 ($11.49 a serving), and shipping is free.

Best,
Devon
Skillet & Stem Customer Care""",
),
# 29
case(
"""hi i just signed up w the promo code HOLIDAY60 but it didnt take the discount off my first box ⟦can you fix that⟧ also ⟦how do i change the delivery day to saturday⟧ and ⟦is the 60% off just the first box or the first 3⟧

Sent from my Galaxy""",
[T, T, F], ["request", "how", "which"],
"""Hi there,

Sorry about that! I've applied HOLIDAY60 to your first box, and you'll see $47.96 back on your card within 3–5 business days. Saturday delivery isn't available in your ZIP code yet, I'm afraid, but you can switch to Thursday or Friday under Account > Delivery Settings.

HOLIDAY60 is one of our most generous offers of the year 🎉‸

Enjoy your first box!
Devon
Skillet & Stem Customer Care""",
),
# 30 (quoted-only)
case(
"""Got it, thanks for sorting that out.

Brenda

From: Skillet & Stem Support <help@skilletandstem.example.com>
Sent: Friday, December 4, 2026 2:15 PM
To: Brenda Coyle <bcoyle@example.com>
Subject: RE: Missing ingredients

Hi Brenda, we've credited $12 for the missing shallots. Would you like us to add a note to your account so the warehouse double-checks your boxes? Please let us know.""",
[], [],
"""Hi Brenda,

You're welcome! Enjoy your next box.

Devon
Skillet & Stem Customer Care""",
quoted_only=True,
),
# --- Cattery: Whisker Lodge Cattery ----------------------------------------------------------
# 31
case(
"""Dear Whisker Lodge,

We'd like to book our two cats, Pepper and Mochi, in from Wednesday 23 December to Saturday 2 January. ⟦Can they share a pen?⟧ ⟦Do you need their vaccination cards before they arrive, or can I bring them on the day?⟧ Mochi is on thyroid tablets twice a day – ⟦is there an extra charge for giving medication?⟧

Thank you,
Fiona Gallagher""",
[T, T, T], ["yes/no", "which", "how much"],
"""Dear Fiona,

Thank you for thinking of us for Pepper and Mochi. All our family pens take two cats from the same household, so they can stay together, and I've booked them in from 23 December to 2 January. Just bring their vaccination cards with you at drop-off and we'll check them then.

Medication is included in the nightly rate, and our team are very experienced with tablets, so Mochi will be in good hands.

Warm wishes,
Alison Lacey
Whisker Lodge Cattery""",
),
# 32
case(
"""Hello,

This will be the first time our cat Dougal has ever been away from home, and I'm a bit of a wreck about it, to be honest. He's 14, quite deaf and very set in his ways. ⟦My daughter wants to know if she can visit him while we're away⟧ (she's staying local). ⟦I also wondered whether we can bring his own blanket and bed, so he has something that smells of home.⟧ ⟦Do you ever ring owners with updates, or is it "no news is good news"?⟧

Warmly,
Ruth Abernethy""",
[T, T, T], ["yes/no", "yes/no", "which"],
"""Dear Ruth,

Please don't worry – lots of our older guests settle in beautifully, and we'll keep things quiet and predictable for Dougal. By all means bring his blanket and bed; familiar smells really help.

We don't allow visits during a stay, I'm afraid, as cats often unsettle again when a visitor leaves. Instead, we'll text you a photo and a short update every other day, and we'll ring straight away if anything worries us.

Warm wishes,
Alison Lacey
Whisker Lodge Cattery""",
),
# 33
case(
"""⟦How much per night for one cat?⟧ ⟦Any availability Feb half term?⟧
Thanks
Leo
07700 900562""",
[T, F], ["how much", "yes/no"],
"""Hi Leo,

Our single pens are £17.50 a night, including food and litter. February half term is our busiest week after Christmas and it books up fast, so do let us know soon if you'd like to come.‸

Best wishes,
Alison
Whisker Lodge Cattery""",
),
# 34
case(
"""Dear Ms Lacey,

We collected Bramble on Sunday and she has clearly lost weight – she was 4.2kg when we dropped her off and she's 3.8kg now by our vet's scales. ⟦Was she eating properly while she was with you?⟧ ⟦Please could you send me your feeding records for her stay.⟧ ⟦I'd also like to know why nobody called us if she wasn't eating, since we left two numbers.⟧

Hugh Wilkins""",
[T, T, F], ["yes/no", "request", "why"],
"""Dear Mr Wilkins,

Thank you for letting me know, and I'm sorry to hear Bramble has lost weight. She ate about half her usual portion for the first three days, which is common in a new place, then picked up and was finishing her bowl by the end of the week. I've attached her feeding chart for the whole stay.

We understand how worrying weight loss is, and we're very sorry for the distress this has caused.‸

Kind regards,
Alison Lacey
Whisker Lodge Cattery""",
),
# 35
case(
"""Haha she does look very at home on that radiator bed 😻 ⟦Is it ok if my mum collects her on Tuesday instead of me?⟧ ⟦She'd be there about 4, is that within your collection times?⟧

Kat

On Sun, 6 Dec 2026 at 18:40, Whisker Lodge Cattery <hello@whiskerlodge.example.co.uk> wrote:
> Hi Kat, just a quick photo of Luna settling in. She's eating well and had a good snooze this afternoon. Do let us know if you have any questions!""",
[T, F], ["yes/no", "yes/no"],
"""Hi Kat,

Isn't she a poser! 😸 Of course your mum can collect Luna; just ask her to bring some photo ID and give your name at reception.‸

See you soon,
Alison""",
),
# --- Theatre costume workshop: Needle & Limelight Costume Workshop ---------------------------
# 36
case(
"""Dear Needle & Limelight,

Kettleford Amateur Operatic Society is staging The Mikado in late April, and we'd like to hire or commission around 30 costumes. I have a few questions:

1) ⟦Do you hire out existing stock, or only make to order?⟧
2) ⟦How far ahead would we need to book fittings for a cast of 30?⟧
3) ⟦Could you send a rough price range per costume?⟧

⟦We'd also be grateful for any advice on staging the show respectfully, as we're aware of the issues with it.⟧

Kind regards,
Helen Marchant
Wardrobe Mistress, KAOS""",
[T, T, T, F], ["which", "when", "how much", "request"],
"""Dear Helen,

Thank you for getting in touch – we'd love to dress KAOS again.

1) We do both: much of our period stock can be hired, and we make to order where it can't.
2) For a cast of 30 we'd want to start fittings by mid-February.
3) Hire is £45–£90 per costume for a week's run, and made-to-order pieces start at £220.

We'd be happy to talk through the staging when we meet.‸

Best wishes,
Carys Bowen
Needle & Limelight Costume Workshop""",
),
# 37 (quoted-only: forwarded)
case(
"""Hi Carys,

FYI, see below from our director – no action needed yet, we'll come back to you once the cast list is final.

Best,
Ollie

---------- Forwarded message ---------
From: Anita Roy <anita.roy@example.org>
Date: Sat, 5 Dec 2026 at 22:10
Subject: Cinderella costumes
To: Ollie Grant <ollie@example.org>

Can we ask the costume people whether the transformation dress can have a quick-release? And what's their deadline for final measurements?""",
[], [],
"""Hi Ollie,

Thanks for the heads-up – we'll wait to hear from you once the cast list is final.

Best,
Carys""",
quoted_only=True,
),
# 38
case(
"""Carys – ⟦any chance the Widow Twankey wig can be restyled by Friday?⟧ Dress rehearsal is Saturday. ⟦Let me know what it'd cost.⟧

Dev

Sent from my iPhone""",
[T, F], ["yes/no", "how much"],
"""Hi Dev,

Yes, I can have it restyled and back to you by Friday afternoon. It's a fiddly one with all those ringlets, but leave it with me.‸

Carys""",
),
# 39
case(
"""Good morning,

I am director of a small ballet school in Kettleford. For our summer show we need 12 tutus for girls age 9-11. ⟦Is possible you make them in two different colours, 6 in pink and 6 in lilac?⟧ Also ⟦what is the time you need from measuring to finish?⟧ The show is 3 July. And ⟦we pay everything at the start or part now and part at the end?⟧

Best regards,
Oksana Melnyk""",
[T, T, F], ["yes/no", "when", "which"],
"""Dear Oksana,

Thank you for your message – a tutu show sounds lovely! Two colours is no problem at all: we'll make six in pink and six in lilac.

We need around eight weeks from measuring to finished tutus, so measuring in early May would be ideal for a show on 3 July.

Payment terms are set out in our quote, which I'll send over shortly.‸

Best wishes,
Carys Bowen
Needle & Limelight Costume Workshop""",
),
# 40
case(
"""Dear Carys,

We returned the hired Victorian costumes last Tuesday and today I see you've kept £150 of the £400 deposit for "damage to item 14". That dress was torn when we collected it – our wardrobe assistant pointed it out to your colleague at the time. ⟦Please return the £150.⟧ And ⟦can you send me photos of the damage you're charging for?⟧

Sanjay Mehta
Treasurer, Fernhill Players""",
[F, F], ["request", "request"],
"""Dear Sanjay,

Thank you for your email. Our inspection found a tear in the skirt lining of item 14 and two missing jet buttons on the bodice, which is why the charge was applied. I'm sorry this wasn't explained at the time, and I've asked Josie, who dealt with your collection, what was said.‸

Kind regards,
Carys Bowen""",
),
# --- US notary and apostille: Liberty Seal Notary & Apostille --------------------------------
# 41
case(
"""Hello,

I need my daughter's birth certificate apostilled for her residency visa in Spain. It was issued in Ohio. Could you tell me:

a) ⟦whether you can handle an Ohio document, since you're in California⟧,
b) ⟦how long the whole process takes⟧, and
c) ⟦what the total cost would be including return shipping?⟧

Thank you,
Marisol Fuentes
(916) 555-0134""",
[T, F, T], ["yes/no", "when", "how much"],
"""Hi Marisol,

Thanks for reaching out. Yes – we handle apostilles for documents from all 50 states, and for Ohio we submit directly to the Ohio Secretary of State on your behalf.

Turnaround varies by state, and we'll keep you updated at every stage.‸

Our fee for an Ohio apostille is $145, which includes prepaid FedEx return shipping.

Best regards,
Kevin Tran
Liberty Seal Notary & Apostille""",
),
# 42
case(
"""Need a mobile notary for my dad at Oak Hollow senior living 🙏 ⟦Can someone come Saturday, December 12?⟧ ⟦What's the travel fee?⟧ He'll be signing a power of attorney.

Thanks,
Denise""",
[T, F], ["yes/no", "how much"],
"""Hi Denise,

Yes, we can have a notary at Oak Hollow on Saturday, December 12; would 10 AM or 2 PM work better for your dad?‸ Please make sure he has a current photo ID, and leave the power of attorney unsigned until the notary is there.

Best,
Kevin Tran
Liberty Seal Notary & Apostille""",
),
# 43
case(
"""You told me my marriage certificate was ready to go, and now the Secretary of State has rejected it because it's a "non-certified copy". I paid $189 for this. ⟦Why didn't you catch that before sending it?⟧ ⟦I want a refund or you redo it at no charge – which is it?⟧ My appointment at the Italian consulate is on Tuesday, January 19 and I can't miss it.

Gina Russo""",
[T, T], ["why", "which"],
"""Hi Gina,

I'm very sorry. You're right that we should have caught it: our intake check missed that the copy wasn't certified, and that's on us. We'll redo the whole process at no charge as soon as you send us a certified copy, and we'll rush it so you have it well before your appointment on January 19. If you order the certified copy from the county today, it usually arrives within a week.

Sincerely,
Kevin Tran
Liberty Seal Notary & Apostille""",
),
# 44
case(
"""Hi team,

⟦Please send over the notarized affidavit for our new hire, J. Osei, when you have a moment.⟧ Also, ⟦do you offer a volume discount if we send you 20+ remote notarizations a month?⟧

Thank you,
Alyssa Grant
Office Manager | Whitaker Lowe LLP
(415) 555-0176

This email and any attachments may contain privileged and confidential information. If you are not the intended recipient, please notify the sender and delete this message.

-----Original Message-----
From: Liberty Seal Notary <appointments@libertyseal.example.com>
Sent: Thursday, December 3, 2026 9:05 AM
To: Alyssa Grant <agrant@whitakerlowe.example.com>
Subject: Affidavit complete

Hi Alyssa, the affidavit has been notarized. Would you like the original mailed, or is a scan enough?""",
[T, F], ["request", "yes/no"],
"""Hi Alyssa,

I've attached a scan of the notarized affidavit for J. Osei, and the original is in the mail to your office.

We'd love to support Whitaker Lowe on a regular basis! Our accounts manager will reach out to discuss options.‸

Best regards,
Kevin Tran
Liberty Seal Notary & Apostille""",
),
# 45 (quoted-only)
case(
"""Thanks, Kevin! The FedEx envelope arrived today with everything in it.

Best,
Paul

On Thu, 3 Dec 2026 at 11:48, Kevin Tran <kevin@libertyseal.example.com> wrote:
> Hi Paul,
> Your apostilled diploma shipped this morning (FedEx 7781 2204 9931). Could you let me know once it arrives?""",
[], [],
"""Hi Paul,

Great news, thanks for letting me know. Good luck with the move to Seoul!

Kevin""",
quoted_only=True,
),
# --- Allotment-seed web shop: Plot & Packet Seeds --------------------------------------------
# 46
case(
"""Hello Plot & Packet,

I've just taken on half a plot at the Bramley Lane allotments (very overgrown!) and I'm trying to plan for next year. I ordered your "First Year Veg" collection last week (order PP-55120). ⟦Could you tell me when the seed potatoes in it will be sent?⟧ I don't have a shed yet, so I'm worried about storing them. Also, ⟦is it too late to sow the broad beans this winter, or should I wait until February?⟧ Finally, I couldn't see any garlic in the collection – ⟦would you be able to add some to my order?⟧

Thanks very much,
Emily Saunders""",
[T, F, T], ["when", "which", "request"],
"""Dear Emily,

Congratulations on your new plot! The seed potatoes in your collection go out in late January, once the risk of frost in transit has passed, and they'll keep happily on a cool, light windowsill until planting.

Broad beans are wonderfully forgiving and one of the best crops for a first year.‸

I've added a pack of Solent Wight garlic (£3.95) to your order; it'll go out with the next dispatch.

Happy growing,
Frances
Plot & Packet Seeds""",
),
# 47
case(
"""hi my order PP-55873 came but theres no parsnip seeds in it ⟦can you send them or do i need to reorder⟧ also ⟦when are the onion sets back in stock⟧ thanks""",
[T, F], ["which", "when"],
"""Hi there,

Sorry about that! I've popped a packet of Tender and True parsnips in the post to you today, so there's no need to reorder. We're expecting the onion sets back soon.‸

Best wishes,
Frances
Plot & Packet Seeds""",
),
# 48
case(
"""Just wanted to say the Sungold tomatoes were the best I've ever grown 🍅🍅 ⟦Will you be stocking them again for 2027?⟧ And ⟦do you do gift vouchers?⟧ My dad has just retired and got a plot.

Jo""",
[T, T], ["yes/no", "yes/no"],
"""Hi Jo,

That's lovely to hear! Sungold is back in the 2027 catalogue, and it's already one of our bestsellers. We do gift vouchers from £10: you can buy them on the website, and we'll post them out in a card for your dad.

Happy growing,
Frances""",
),
# 49
case(
"""Dear Sir or Madam,

I'm the secretary of Heronsgate Allotment Society (112 plots), and every year we place a bulk seed order for our members. ⟦Do you offer a trade or society discount?⟧ ⟦If so, what's the minimum order?⟧ ⟦We'd also need an invoice so the society can pay by BACS rather than card – is that possible?⟧

Yours faithfully,
Malcolm Holloway
Hon. Secretary, Heronsgate Allotment Society

From: Plot & Packet Seeds <orders@plotandpacket.example.co.uk>
Sent: Monday, January 12, 2026 10:20 AM
To: Malcolm Holloway <secretary@heronsgate.example.org.uk>
Subject: RE: Society order

Dear Malcolm, your society order has been dispatched. Please let us know if anything is missing.""",
[T, T, F], ["yes/no", "how much", "yes/no"],
"""Dear Malcolm,

Thank you for coming back to us again this year. We do: allotment societies get 15% off seeds and sundries, as long as the order comes to more than £100 before the discount.

Our accounts team will be happy to help with payment arrangements.‸

Kind regards,
Frances Ibbotson
Plot & Packet Seeds""",
),
# 50 (quoted-only: nested quote)
case(
"""Lovely, thank you!

Pat

On Fri, 4 Dec 2026 at 09:02, Plot & Packet Seeds <orders@plotandpacket.example.co.uk> wrote:
> Dear Pat,
> Your refund of £6.40 for the damaged packet has been processed.
>
> On Thu, 3 Dec 2026 at 20:17, Pat Morgan <pat.morgan@example.com> wrote:
> > The packet of leeks arrived torn and half empty. Can I have a refund please?""",
[], [],
"""Dear Pat,

You're very welcome – happy sowing!

Frances""",
quoted_only=True,
),
# --- US escape-room chain, corporate events desk: LockBox Escape Rooms -----------------------
# 51
case(
"""Hi there,

I'm organizing a team-building afternoon for our sales team (about 38 people) in late January at your River North location. A few questions:

• ⟦Can you run several rooms at the same time so everyone plays at once?⟧
• ⟦Do you have a private space where we can do a debrief and have pizza afterwards?⟧
• ⟦What's the per-person price for a weekday afternoon?⟧
• ⟦Where should everyone park?⟧
• ⟦Can you invoice us on net-30 terms?⟧

Thanks!
Courtney Blake
Sales Operations, Pinnacle Freight
(312) 555-0157""",
[T, T, F, F, T], ["yes/no", "yes/no", "how much", "where", "yes/no"],
"""Hi Courtney,

Thanks for thinking of LockBox! River North has eight rooms, so we can run all 38 of your team at once in groups of four to six, and afterwards the Vault lounge (seats 45) is yours for an hour – you're welcome to order pizza in.

Weekday corporate pricing varies based on group size, room mix and add-ons.‸

We're happy to invoice Pinnacle Freight on net-30 terms.

Best,
Jordan Reyes
Corporate Events, LockBox Escape Rooms""",
),
# 52
case(
"""Hi Jordan,

Unfortunately we need to move our event from Thursday, January 14 to the following week. ⟦Is Thursday, January 21 open for the same time slot (2–5 PM)?⟧ And ⟦will we lose our $500 deposit by moving it?⟧

Thanks,
Andre Lee
Head of People, Brightwave Analytics

From: Jordan Reyes <events@lockboxescape.example.com>
Sent: Wednesday, December 2, 2026 3:47 PM
To: Andre Lee <andre.lee@brightwave.example.com>
Subject: Your LockBox corporate event is confirmed

Hi Andre, your event for 24 guests on Thursday, January 14, 2027 is confirmed. Please send your final headcount by January 7.""",
[T, T], ["yes/no", "yes/no"],
"""Hi Andre,

Good news: Thursday, January 21 is open from 2 to 5 PM, and I've moved your booking across. Your $500 deposit has moved with it, so nothing is lost.

Best,
Jordan""",
),
# 53
case(
"""hey ⟦is this the right email for corporate bookings⟧ we want to do something for our office holiday party dec 18 ⟦how many people can you fit⟧ ⟦do you serve alcohol⟧ ⟦can we bring our own food⟧""",
[T, T, T, T], ["yes/no", "how much", "yes/no", "yes/no"],
"""Hi there,

Yes, you've found the right place! For Friday, December 18 we can host up to 48 guests across our six rooms at the Lakeview location. We don't have a liquor license, so no alcohol is served on site. You're welcome to bring in your own food – or, if you'd rather not, we partner with Rosa's Catering, and they do a great taco bar.

Best,
Jordan Reyes
Corporate Events, LockBox Escape Rooms""",
),
# 54
case(
"""To whom it may concern,

Our company event at your Lakeview location on Friday, December 4 was a mess. Two of the five rooms had broken locks, so half our team sat in the lobby for 45 minutes, and the "private debrief space" turned out to be a corner of the arcade. We paid $2,340 for this. ⟦I expect at least a partial refund.⟧ ⟦Could you also explain how you plan to make sure this doesn't happen to other clients?⟧

Regards,
Dr. Lena Fischer
Director of Operations, Meridian Health Partners

CONFIDENTIALITY NOTICE: The information in this email is intended only for the named recipient. If you have received it in error, please notify the sender and delete it.""",
[T, F], ["request", "how"],
"""Dear Dr. Fischer,

I'm very sorry about your team's experience at Lakeview. Broken locks and a cramped debrief space are not what you paid for. I've issued a refund of $1,170, half of what you paid, to the card on file; it should appear within five business days.

We're reviewing what happened at Lakeview with the site manager.‸

Sincerely,
Jordan Reyes
Corporate Events, LockBox Escape Rooms""",
),
# 55
case(
"""Hi Jordan,

Thanks for the proposal. I'm not sure if our CFO will approve the full package, so ⟦I was wondering whether we could drop the catered lunch and just do the games.⟧ ⟦I'd also like to know if you could hold the date for a week while I get sign-off.⟧

Best,
Tanya Morales
People & Culture, Fernway Software""",
[T, F], ["yes/no", "request"],
"""Hi Tanya,

Of course! The games-only package is $42 per person, so $1,260 for your group of 30, and I've attached an updated proposal without the lunch.

I completely understand that these things need sign-off.‸

Best,
Jordan""",
),
# --- Car-wash subscription: SudsClub Car Wash ------------------------------------------------
# 56
case(
"""I've been trying to cancel my SudsClub membership through the app for two weeks and it keeps saying "something went wrong". Now I've been charged again (£24.99 on 1 December). ⟦Cancel my membership today.⟧ ⟦I want the December payment refunded.⟧

Kieran Doyle
Membership no. SC-77310""",
[T, F], ["request", "request"],
"""Hi Kieran,

I've cancelled your SudsClub membership as of today, and you'll receive a confirmation email within the hour.

I'm sorry the app gave you trouble; our developers are aware of the issue and are working on a fix.‸

Thanks,
Megan
SudsClub Member Services""",
),
# 57
case(
"""Hello, I have the Gold plan for my car. Now my wife also have car. ⟦It is possible to add second car on same plan⟧, and ⟦how much cost?⟧ Also ⟦the Gold plan include the wax or only the wash?⟧ Thank you. Ahmed""",
[T, T, F], ["yes/no", "how much", "which"],
"""Hello Ahmed,

Yes, you can add your wife's car to your plan for £14.99 a month – just reply with her registration and I'll set it up. Gold members also get free air fresheners and tyre shine on every visit.‸

Thanks,
Megan
SudsClub Member Services""",
),
# 58
case(
"""The wash at the Kettleford Retail Park site has been out of order 3 times this week 😤 ⟦When is it getting fixed?⟧ ⟦Do I get money off for the days I couldn't use it?⟧

Liam""",
[T, F], ["when", "yes/no"],
"""Hi Liam,

Sorry about the Retail Park site – an engineer is booked for Wednesday morning, and the wash should be back up and running by lunchtime. In the meantime, your membership also works at our Station Road and Millbrook sites.‸

Thanks,
Megan
SudsClub Member Services""",
),
# 59 (quoted-only)
case(
"""Thanks, will do.

Sent from my iPhone

On Sat, 5 Dec 2026 at 15:02, SudsClub Car Wash <members@sudsclub.example.co.uk> wrote:
> Hi Rob, sorry the barrier didn't recognise your plate. Please could you send us a photo of your number plate so we can re-register it?""",
[], [],
"""Hi Rob,

Great, once the photo arrives we'll re-register your plate within the hour.

Megan
SudsClub Member Services""",
quoted_only=True,
),
# 60
case(
"""Hi,

Following up on my call this morning: your brushes at the Station Road site snapped my rear wiper arm off on Saturday. ⟦Please send me the damage claim form.⟧ ⟦Do you need the garage's repair quote before I get it fixed, or can I just send you the receipt afterwards?⟧ And ⟦is the CCTV from Saturday afternoon being kept?⟧

Thanks,
Anna Kowalczyk
07700 900384""",
[T, T, F], ["request", "which", "yes/no"],
"""Hi Anna,

Thanks for calling this morning, and I'm sorry about your wiper arm. I've attached our damage claim form. Please send us the garage's quote before the repair goes ahead, so our insurer can approve it first.

We're very sorry this happened, and we take every damage report seriously.‸

Kind regards,
Megan
SudsClub Member Services""",
),
# --- Private swimming lessons: Bluewater Private Swim Lessons --------------------------------
# 61
case(
"""Hi,

I'm 52 and have never learned to swim. It's something I've been embarrassed about my whole life, and now my grandchildren have started lessons, so I've finally decided to do something about it. ⟦Do you teach adults, or is it only children?⟧ ⟦Is the pool shallow enough to stand up in everywhere?⟧ I'm honestly terrified of deep water. ⟦How many lessons does it usually take for an adult to swim a width?⟧

Thank you for reading this,
Graham""",
[T, T, F], ["which", "yes/no", "how much"],
"""Dear Graham,

Thank you for writing, and well done for taking this step – you should be really proud of it 😊

We teach adults every week, and many of them start exactly where you are. Our pool at the Linden Centre is 1.2 metres deep all the way across, so you can stand up anywhere.

Everyone learns at their own pace, so it's hard to say.‸

Best wishes,
Sian Morgan
Bluewater Private Swim Lessons""",
),
# 62
case(
"""Hello Bluewater,

⟦Please could you book Alfie (age 6) in for the Easter holiday intensive, Monday 29 March to Friday 2 April?⟧ ⟦Is 10am still the slot, or has it moved?⟧ He did the October one with Sian and loved it. ⟦Could he have Sian again if she's teaching that week?⟧

Many thanks,
Claire Dunmore""",
[T, T, T], ["request", "which", "request"],
"""Dear Claire,

Alfie is booked in for the Easter intensive from Monday 29 March to Friday 2 April, at 10am as before.

Sian's Easter rota isn't finalised yet, but I've noted Alfie's request and will confirm his teacher by Friday 15 January.

Best wishes,
Laura
Bluewater Private Swim Lessons""",
),
# 63
case(
"""I was charged £32 for Maisie's lesson on Saturday even though I cancelled by text on the Friday afternoon because she had a temperature. ⟦Why was I charged?⟧ ⟦Please refund it or credit it to next week.⟧

Jess Turnbull

Sent from my iPhone""",
[T, F], ["why", "request"],
"""Hi Jess,

Our policy needs 24 hours' notice for cancellations, and your text came in at 4.40pm on Friday for a 9am lesson, which is why the charge was applied.

We do hope Maisie is feeling better now!‸

Best wishes,
Laura
Bluewater Private Swim Lessons""",
),
# 64 (quoted-only: signature slogan and quoted question)
case(
"""Brilliant, see you Thursday at 5.

Nadia Hussain
Nadia Hussain Physiotherapy
Back pain holding you back? Book an assessment today.
07700 900617

On Mon, 7 Dec 2026 at 08:55, Bluewater Private Swim Lessons <book@bluewaterswim.example.co.uk> wrote:
> Hi Nadia, we have a 5pm slot free this Thursday for Yusuf's first lesson. Would you like it?""",
[], [],
"""Hi Nadia,

Lovely, Yusuf is booked in for Thursday 10 December at 5pm. Please bring goggles and a towel, and arrive ten minutes early so he can meet his teacher.

Best wishes,
Laura""",
quoted_only=True,
),
# 65
case(
"""Hi Sian,

Quick one from Ben's dad – ⟦Ben has asked me to ask whether he can bring his new snorkel mask to his next lesson⟧ 🤿 (he's very proud of it). Also, ⟦are lessons going ahead on Monday 28 December, or are you closed between Christmas and New Year?⟧

Cheers,
Mark""",
[T, T], ["yes/no", "which"],
"""Hi Mark,

Ben is very welcome to bring the mask! We'll use it for a treasure hunt at the end of his lesson 🐠 We're closed from 24 December and back on Monday 4 January, so there's no lesson on the 28th.

Best wishes,
Sian""",
),
# --- Second-hand furniture charity, delivery team: Hearth & Home Reuse -----------------------
# 66
case(
"""Hello,

I bought the oak dining table and four chairs from your Kettleford High Street shop on Saturday (receipt 30418), and the lady in the shop said the delivery team would be in touch to arrange a day, but I haven't heard anything. I live in a second-floor flat with no lift, which I did mention. ⟦Can you tell me when you can deliver?⟧ ⟦Will the drivers carry it up two flights of stairs?⟧ I'm at work Monday to Wednesday, so ⟦is a Thursday or Friday possible?⟧

Thanks,
Bethany Cole
07700 900152""",
[T, T, T], ["when", "yes/no", "which"],
"""Dear Bethany,

Sorry you haven't heard from us – the shop's note only reached the delivery team this morning. We can bring the table and chairs on Friday 11 December, between 9am and 1pm.

Two flights is no problem: our drivers will carry everything up and put it in whichever room you like.

Thanks for supporting Hearth & Home,
Gareth Nye
Delivery Team, Hearth & Home Reuse""",
),
# 67
case(
"""Dear Hearth & Home,

We're clearing my late mother's bungalow and would like to donate most of the furniture. Could you tell me:

a) ⟦whether you collect from Nether Brockley (about 9 miles from your warehouse)⟧;
b) ⟦if you take upholstered items without fire labels⟧;
c) ⟦how soon you could come⟧ – we have to hand the keys back on Friday 15 January.

Kind regards,
Philip Ashworth""",
[T, T, F], ["yes/no", "yes/no", "when"],
"""Dear Philip,

I'm sorry for your loss, and thank you for thinking of us. Nether Brockley is within our free collection area. I'm afraid we can't accept sofas, armchairs or mattresses without fire safety labels, as the law doesn't allow us to resell them, but almost everything else is welcome.

We'll be in touch to arrange a collection date.‸

Kind regards,
Gareth Nye
Delivery Team, Hearth & Home Reuse""",
),
# 68
case(
"""Your delivery men scraped a long gash down my hallway wall bringing the wardrobe in yesterday and just left. ⟦Who is going to pay for the repair?⟧ ⟦I'd like the name of your manager.⟧ Frankly I expected better from a charity.

Doreen Platt""",
[F, T], ["which", "request"],
"""Dear Mrs Platt,

I'm so sorry. I'm the delivery manager, Gareth Nye, and I've spoken to both drivers this morning. We'd like to come and see the damage for ourselves – could I ring you to arrange a time?‸

With apologies,
Gareth Nye
Delivery Team, Hearth & Home Reuse""",
),
# 69
case(
"""⟦do u deliver on sundays⟧ and ⟦how much to Hatherley Rise⟧ ta""",
[T, F], ["yes/no", "how much"],
"""Hi there,

We don't deliver on Sundays, I'm afraid – our volunteer drivers are out Tuesday to Saturday 🚚 Delivery charges depend on the distance from our warehouse and the size of the item.‸

Thanks,
Gareth
Delivery Team, Hearth & Home Reuse""",
),
# 70 (quoted-only: Apple Mail forward)
case(
"""Hi, see below – I think this was meant for your delivery team rather than the shop.

Liz Moreno
Volunteer, Hearth & Home High Street shop

Begin forwarded message:

From: Sam Okoro <sam.okoro@example.net>
Date: 6 December 2026 at 19:22:31 GMT
To: shop@hearthandhome.example.org.uk
Subject: Sofa delivery

Hi, can the blue sofa I bought be delivered before Christmas? Please let me know.""",
[], [],
"""Hi Liz,

Thanks for passing this on – I'll get in touch with Sam directly about a delivery date.

Gareth""",
quoted_only=True,
),
]
