"""Held-out set 18 for the `questions` feature, written by hand and blind to the feature's code.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; ``draft`` holds exactly one ‸ where the missing answer belongs when
something is unanswered (and none otherwise). ``quoted_only`` marks threads whose newest message asks
nothing while the quoted history, forwarded mail, signature or disclaimer does.

Fourteen businesses, five cases each, in this order: a US pharmacy-delivery app, a kayak and canoe hire,
a bridal-wear shop, a pottery-class studio, a US used-car marketplace's seller support, a log and firewood
supplier, a locksmith, a photo-printing web service (three US cases, two British), a US summer camp, a
guitar-repair luthier, a sports-massage therapist, a bouncy-castle hire firm, a mobile-phone repair shop
and a US property-tax appeal consultant. Today is Monday 7 December 2026.
"""

T, F = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- PillPost, a US pharmacy-delivery app -------------------------------------------------
    # 01: lowercase phone typing; the driver's whereabouts get a vague "shortly"
    case("""\
hi my order PP-448213 still hasnt come, its been 3 hrs and the app just says "on the way". ⟦where is the driver⟧ lol. also ⟦can i get the delivery fee back⟧ this is the second time this month

Sent from my iPhone""",
         [F, T], ["where", "yes/no"],
         """\
Hi there,

I'm so sorry your order is running this late, especially for the second time this month. Our courier team is checking in with the driver now and your order should be with you shortly.‸ I've also refunded the $5.99 delivery fee to your card; you'll see it back within 3-5 business days.

Thanks for bearing with us,
Carmen
PillPost Support"""),

    # 02: numbered list after an emoji; Sunday delivery is skipped
    case("""\
Hello PillPost team,

I just moved to a new apartment and have a few questions before my next refill 🙂

1. ⟦Can I change my delivery address for just one order, or does it change it for all of them?⟧
2. ⟦Do you deliver to Evanston on Sundays?⟧
3. My insurance changes on January 1 - ⟦how do I update my card in the app?⟧

Thanks so much,
Denise Okafor""",
         [T, F, T], ["which", "yes/no", "how"],
         """\
Hi Denise,

Congratulations on the move! A new address in the app applies to every order from then on, so for a one-off delivery just message us with the order number and we'll redirect that order only. For the new insurance, go to Account > Insurance > Replace card and take a photo of the front and back; we'll verify it before your January refill.‸

Best,
Marcus
PillPost Support"""),

    # 03: angry complaint, wrong bag; an incident review instead of an explanation
    case("""\
To whom it may concern,

This is unacceptable. I received someone else's blood pressure medication in my bag yesterday (order PP-501977) with THEIR name and address on the label. I have not taken any of it but I am very worried that my own details could have gone to a stranger the same way.

⟦I want to know how this happened.⟧ ⟦Please arrange for someone to collect the wrong bag today⟧, and ⟦I expect my own prescription delivered by tomorrow morning at the latest.⟧ ⟦Has my information been sent to anyone else?⟧

Gregory Haines
(708) 555-0163""",
         [F, T, T, F], ["why", "request", "request", "yes/no"],
         """\
Dear Mr. Haines,

I am truly sorry. Receiving another patient's medication is a serious error and you were right to contact us straight away. A driver will collect the bag from you between 2 and 4 PM today, and your own prescription is packed and booked on our first morning run tomorrow, arriving before 10 AM.

We take patient safety and privacy extremely seriously, and our pharmacist-in-charge has opened a formal incident review.‸

Sincerely,
Olivia Grant, PharmD
PillPost Pharmacy"""),

    # 04: quoted-only: the support agent's question is in the quoted reply
    case("""\
Perfect, that worked. Thank you!

On Fri, Dec 4, 2026 at 4:12 PM PillPost Support <help@pillpost.example.com> wrote:
> Hi Marcus,
> Could you try logging out and back in, then tapping "Refill" again? If it still shows an error, please send us a screenshot.
> Best,
> Tanya""",
         [], [],
         """\
Hi Marcus,

Glad that sorted it! Your refill is in the queue now and you'll get a text as soon as the driver is on the way.

Best,
Tanya
PillPost Support""",
         quoted_only=True),

    # 05: indirect questions; the copay gets "depends on her plan"
    case("""\
Hi,

My mom (Ruth Delgado, DOB on file) uses your service and I help her manage it. ⟦I was wondering whether I can be added as a caregiver so I get the delivery texts instead of her, since she doesn't really look at her phone.⟧ Also she has a new prescription for amoxicillin from Dr. Patel that was sent over this morning - ⟦could you tell me if that will come with her regular Thursday delivery⟧ and ⟦how much the copay will be?⟧

Thanks,
Luis Delgado""",
         [T, T, F], ["yes/no", "yes/no", "how much"],
         """\
Hi Luis,

Thanks for helping your mom with this. Ruth can add you as a caregiver from her app under Settings > Family & caregivers, or she can call us at (312) 555-0128 and we'll set it up over the phone. Once that's done, all her delivery texts will come to you.

The amoxicillin prescription from Dr. Patel has arrived and our pharmacist is reviewing it now; it will go out with her Thursday delivery. Copays depend on her plan and her pharmacy benefit manager, so the amount can vary from one fill to the next.‸

Kind regards,
Marcus
PillPost Support"""),

    # --- Otterbank Paddle Hire, a kayak and canoe hire (UK) ----------------------------------
    # 06: rambling story; the deposit is confirmed but not its amount
    case("""\
Hi there,

So last summer we did your 2-hour trip from the boathouse with the kids and they still haven't stopped talking about it, which is why I'm emailing in December of all times! My husband's 40th is on Saturday 5 June and we'd love to do the full-day trip down to Pelling Weir with about ten adults. A couple of them have never been in a canoe and one friend is a bit nervous around water if I'm honest. ⟦Is the full-day route OK for complete beginners?⟧ ⟦Do you need a deposit to hold the date this far ahead⟧, and ⟦if so how much?⟧ ⟦We'd also like to know if there's somewhere at the weir we could have a picnic or whether we should bring everything with us.⟧

Cheers,
Hannah Pryce
07700 900412""",
         [T, T, F, T], ["yes/no", "yes/no", "how much", "which"],
         """\
Hi Hannah,

What a lovely way to celebrate, and thank you for coming back to us! The full-day route is a gentle stretch of river with a single portage, and every group has a guide paddling alongside and a safety briefing before setting off, so complete beginners manage it happily. Nervous paddlers usually feel safest in a Canadian canoe with a confident partner.

To hold Saturday 5 June we do need a deposit, with the balance due four weeks before the trip.‸ There's a grassy bank with picnic benches just above the weir, but no café or shop, so do bring everything with you.

Best wishes,
Gemma
Otterbank Paddle Hire"""),

    # 07: terse one-liner, answered without a "yes"
    case("""\
⟦Are dogs allowed in the canoes?⟧ Ours is a small spaniel and very calm.

Tom

Sent from my iPhone""",
         [T], ["yes/no"],
         """\
Hi Tom,

Calm dogs are very welcome in our open canoes. We even lend doggy buoyancy aids in three sizes at no charge, so just mention your spaniel's weight when you book and we'll have one ready.

Best wishes,
Gemma
Otterbank Paddle Hire"""),

    # 08: Outlook block; the draft covers the drop-off time and the quoted request, not the parking
    case("""\
Hi Gemma,

Thanks for sending the risk assessment. ⟦Could you confirm what time the minibus needs to drop the group at the boathouse on the Thursday?⟧ And ⟦is there anywhere the driver can park for the day?⟧

Kind regards,
David Ashworth
Head of Outdoor Education, Fellside Academy

From: Gemma Lowe <gemma@otterbankpaddle.example.co.uk>
Sent: Thursday, December 3, 2026 11:40 AM
To: David Ashworth <d.ashworth@fellside.example.sch.uk>
Subject: RE: Year 9 paddling day - 20 May

Dear David,

Please find attached our risk assessment. Could you let me know how many students have additional needs we should be aware of?

Best wishes,
Gemma""",
         [T, F], ["when", "where"],
         """\
Dear David,

Thanks for coming back to me. Please have the group at the boathouse for 9:15 am so we can get everyone kitted out and on the water by 10.‸ Just a reminder that we'll need the number of students with additional needs by Friday 7 May.

Best wishes,
Gemma
Otterbank Paddle Hire"""),

    # 09: non-native English; all four answered
    case("""\
Hello,

We are family from Netherlands, 2 adults and 2 childs (8 and 11 years), we will visit in April. ⟦It is possible to rent kayak for only one way and you bring us back with the car?⟧ ⟦What cost this for 4 persons?⟧ Also ⟦the childs need to have own kayak or they can sit with parents?⟧ ⟦Where we can leave our car for the day?⟧

Thank you and greetings,
Pieter van Dijk""",
         [T, T, T, T], ["yes/no", "how much", "which", "where"],
         """\
Dear Pieter,

Thank you for your message, we would love to have you in April. Our one-way trip to Brockley Bridge includes a minibus back to the boathouse, so you don't need a car at the end. For two adults and two children it costs £140 in total. At 8 and 11 the children are too young for their own kayak, so they sit with you in a two-person kayak or a Canadian canoe. Cars can stay all day in the free car park behind the boathouse.

Kind regards,
Gemma
Otterbank Paddle Hire"""),

    # 10: lowercase, an emoji before the second question
    case("""\
hiya, ⟦can we still come on saturday if its raining⟧ 🌧️ ⟦whats the cut off for cancelling without paying⟧

ellie x""",
         [T, T], ["yes/no", "when"],
         """\
Hi Ellie,

A bit of rain won't stop us, we paddle in showers and keep spare cagoules at the boathouse. We only call trips off for high river levels or thunder, and we'd text you by 8 am if that happened. You can cancel free of charge up to 24 hours before your slot, so for Saturday that's 10 am on Friday.

Best wishes,
Gemma"""),

    # --- Maybelle & Rose Bridal, a bridal-wear shop (UK) -------------------------------------
    # 11: bulleted list; the bustle is possible but its price is missing
    case("""\
Dear Maybelle & Rose,

I bought the "Delphine" gown from you in October and my first fitting is booked for Tuesday 9 February. A few questions before then:

- ⟦Should I bring my shoes and underwear to the first fitting?⟧
- ⟦How many fittings are included in the alteration price?⟧
- ⟦Is it possible to add a bustle⟧, and ⟦what would that cost?⟧
- ⟦Could my mum and sister come along?⟧

With thanks,
Priya Raman""",
         [T, T, T, F, T], ["yes/no", "how much", "yes/no", "how much", "yes/no"],
         """\
Dear Priya,

Lovely to hear from you! Please do bring the shoes and underwear you'll wear on the day, as they change both the hem length and the fit. The alteration price covers up to three fittings, which is plenty for most brides. A bustle is absolutely possible on the Delphine, and the train suits a French bustle beautifully.‸ Our fitting rooms comfortably take two guests, so your mum and sister are both welcome.

We look forward to seeing you on the 9th.

Warm wishes,
Lucy
Maybelle & Rose Bridal"""),

    # 12: angry; refund agreed, but no date and no reason for the silence
    case("""\
I was told my dress would be in by the end of November. It is now December and nobody has called me. The wedding is on Saturday 2 January!!! ⟦When exactly is it arriving?⟧ ⟦Why has nobody been in touch?⟧ ⟦If it isn't here by Friday I want a full refund so I can buy something off the peg.⟧

Kerry Banks
Sent from my iPhone""",
         [F, F, T], ["when", "why", "request"],
         """\
Dear Kerry,

I'm so sorry. You should have heard from us, and I completely understand how stressful this is with your wedding less than four weeks away. I chased the designer this morning and they've assured me your gown is being treated as a priority.‸ If it isn't with us by Friday, you will have a full refund straight away.

I'll be in touch as soon as I hear more.

Lucy
Maybelle & Rose Bridal"""),

    # 13: quoted-only: the shop's offer is the only question
    case("""\
Brilliant, thank you Lucy! Saturday at 11 it is. Mum's coming too x

On Mon, 7 Dec 2026 at 09:02, Lucy at Maybelle & Rose <lucy@maybelleandrose.example.co.uk> wrote:
> Hi Amira,
> We've had a cancellation this Saturday 12 December at 11 am. Would you like it for your veil appointment?
> Lucy""",
         [], [],
         """\
Hi Amira,

Wonderful, you're booked in for Saturday 12 December at 11 am and your mum is very welcome. We'll have a few veil lengths ready to try with your gown.

See you then,
Lucy""",
         quoted_only=True),

    # 14: two either/or questions; a signature slogan after "--"
    case("""\
Hello,

My daughter's wedding is in August and I'm looking for a mother-of-the-bride outfit. I'm a size 22 and a lot of bridal shops don't really cater for me, to be honest. ⟦I was wondering whether you stock occasion wear in larger sizes or whether it would all need to be ordered in.⟧ ⟦Do I need an appointment to browse or can I just pop in?⟧

Best wishes,
Janet Morrow

--
Janet Morrow
Morrow & Daughters Florists
Thinking of flowers for the big day? Ask us about our wedding packages!""",
         [T, F], ["which", "which"],
         """\
Dear Janet,

Congratulations on your daughter's wedding! Our mother-of-the-bride collection runs from size 8 to 28 in store, so there will be plenty for you to try on, and anything in a colour we don't have can be ordered in within six weeks.‸

We'd love to help you find something you feel fabulous in.

Warm wishes,
Lucy
Maybelle & Rose Bridal"""),

    # 15: request done ("attached"), amount and date given
    case("""\
Hi,

⟦Please could you send me the invoice for the bridesmaid dresses again?⟧ The first one went to my old work email, which I can't get into any more. ⟦Can you also tell me how much is left to pay on the balance⟧ and ⟦when it is due?⟧

Thanks,
Sophie Turnbull""",
         [T, T, T], ["request", "how much", "when"],
         """\
Hi Sophie,

Of course. The invoice for the four bridesmaid dresses is attached to this email. You've paid £480 so far, which leaves £365, and we'll need that by collection day, Saturday 27 March.

Best wishes,
Lucy
Maybelle & Rose Bridal"""),

    # --- Kilnhouse Pottery Studio, a pottery-class studio (UK) -------------------------------
    # 16: three questions in one sentence; the voucher's validity is skipped
    case("""\
Hi Kilnhouse,

⟦Do you do gift vouchers for the wheel-throwing taster⟧, ⟦how long are they valid for⟧ and ⟦can the person choose their own date?⟧ It's for my partner for Christmas so ⟦would it arrive in time if I ordered this week?⟧

Thanks!
Rob""",
         [T, F, T, T], ["yes/no", "when", "yes/no", "yes/no"],
         """\
Hi Rob,

What a lovely present! We do vouchers for the wheel-throwing taster (£55), and your partner books whichever date suits them online using the code on the voucher.‸ E-vouchers arrive by email straight away, and printed cards go first class if you order before Friday 18 December.

Thanks,
Nina
Kilnhouse Pottery Studio"""),

    # 17: emoji before the questions; a refusal and an offer answer all three
    case("""\
Hello,

I collected my pieces from the six-week course on Saturday and two of the three bowls have hairline cracks right through the base 😞 ⟦Why would that happen?⟧ I followed everything Sam showed us. ⟦Is there anything that can be done to fix them?⟧ ⟦If not, could I remake them in a drop-in session free of charge?⟧

Many thanks,
Orla""",
         [T, T, T], ["why", "yes/no", "yes/no"],
         """\
Hi Orla,

I'm really sorry about your bowls, that's so disappointing after six weeks of work. Cracks through the base nearly always come from the foot being left thicker than the walls: the clay dries unevenly and splits in the kiln. It happens to almost everyone's first bowls. Sadly a fired crack can't be mended in a way that makes a bowl food-safe again, but you're very welcome at any Thursday drop-in and we'll waive the £18 fee for both sessions.

Best wishes,
Sam
Kilnhouse Pottery Studio"""),

    # 18: quoted-only: a forwarded message holds the question
    case("""\
Hi Nina,

Forwarding this from our office manager so you have the full group details for the booking on Friday 22 January.

Thanks,
Carla

---------- Forwarded message ---------
From: Dev Sharma <dev.sharma@brightledger.example.com>
Date: Thu, 3 Dec 2026 at 14:27
Subject: Team social - pottery
To: Carla Mendes <carla.mendes@brightledger.example.com>

Hi Carla, we're 12 confirmed now, two of them vegetarian. Can you check whether they'll let us bring our own wine?
Dev""",
         [], [],
         """\
Hi Carla,

Thanks for passing this on. I've updated your booking to 12 people for Friday 22 January and noted the two vegetarians for the pizza order.

See you then!
Nina
Kilnhouse Pottery Studio""",
         quoted_only=True),

    # 19: indirect questions; the price of the kids' club is missing
    case("""\
Good afternoon,

⟦I'd like to know whether you run any classes for children during the February half term⟧, as my son (9) has become obsessed with the Great Pottery Throw Down. ⟦Could you tell me what the price would be⟧ and ⟦whether parents need to stay?⟧

Kind regards,
Fiona Gallagher
07700 900318""",
         [T, F, T], ["yes/no", "how much", "yes/no"],
         """\
Dear Fiona,

We'd love to meet your son! We run a kids' clay club every morning of the February half term, 10 am to 12 noon, for ages 7 to 12. Children are dropped off and collected, and all our tutors are DBS-checked.‸ Bookings open on Friday 8 January.

Best wishes,
Nina
Kilnhouse Pottery Studio"""),

    # 20: lowercase either/or; sympathy (with an emoji) instead of an answer
    case("""\
hi sorry ive got covid so cant make tonights class, ⟦can i swap to next weds or do i lose the session⟧ thx
jess""",
         [F], ["which"],
         """\
Hi Jess,

Sorry to hear that, rest up and get well soon 🤒 Thanks for letting us know before the class, it really helps with the kiln schedule.‸

Take care,
Nina"""),

    # --- CarTrove, a US used-car marketplace's seller support --------------------------------
    # 21: the fee is answered; the payout date gets "as quickly as we can"
    case("""\
Hi,

I sold my 2017 Honda CR-V through CarTrove last Tuesday (listing #CT-88214-W) and the buyer picked it up on Friday. ⟦When will I get paid?⟧ The app says "payout processing" but doesn't give a date. Also ⟦is the $149 seller fee taken out of the sale price or charged separately to my card?⟧

Thanks,
Brandon Li""",
         [F, T], ["when", "which"],
         """\
Hi Brandon,

Congratulations on the sale! The $149 seller fee comes out of the sale price, so there's nothing extra to pay. Payouts are released once the buyer's funds clear and the title transfer is confirmed, and we're processing yours as quickly as we can.‸

Best,
Andrea
CarTrove Seller Support"""),

    # 22: numbered list; the instant cash offer is ignored
    case("""\
Hello,

I'm trying to list my late father's 2012 Buick LaCrosse. A few questions:

1) I can't find the title. ⟦Can I still list it while I request a duplicate from the DMV?⟧
2) ⟦What documents do you need to show I'm the executor?⟧
3) ⟦Do you offer an instant cash offer for older cars like this?⟧

Thank you,
Margaret Ellison
Executor, Estate of Harold Ellison""",
         [T, T, F], ["yes/no", "which", "yes/no"],
         """\
Dear Margaret,

I'm sorry for your loss, and thank you for choosing CarTrove. You can create the listing now and save it as a draft, but it can't go live until we have the title; once the duplicate arrives, upload a photo and we'll review it within one business day. To show you're the executor, we need a copy of the letters testamentary (or your state's equivalent) and the death certificate.‸

Warm regards,
Andrea
CarTrove Seller Support"""),

    # 23: angry, emoji; refund done, "what are you doing" met with a slogan
    case("""\
This is the THIRD time a "buyer" has booked a test drive through your site and not shown up 😡 I took the afternoon off work for this. ⟦What are you actually doing about fake buyers?⟧ ⟦I want my listing fee refunded.⟧

Kevin
(614) 555-0192""",
         [F, T], ["how", "request"],
         """\
Hi Kevin,

I'm really sorry. Three no-shows is incredibly frustrating, especially when you've taken time off work. I've refunded your $49 listing fee to your card this morning. Keeping our marketplace safe and trustworthy is our top priority.‸

Thanks for your patience,
Andrea
CarTrove Seller Support"""),

    # 24: Outlook block; a request that answers the agent's question plus a new question
    case("""\
Sure, ⟦go ahead and switch it on.⟧ ⟦Will I get a notification for each offer?⟧

Jim

From: CarTrove Seller Support <sellers@cartrove.example.com>
Sent: Friday, December 4, 2026 3:18 PM
To: Jim Kowalski <jkowalski@example.net>
Subject: RE: Price drop on my listing

Hi Jim,

We've lowered your asking price to $11,900 as requested. Would you also like us to turn on "Make an offer"? Let us know and we'll switch it on.

Best,
Andrea""",
         [T, T], ["request", "yes/no"],
         """\
Hi Jim,

Done: "Make an offer" is now on for your Accord. Every offer comes to you as a push notification and an email, and you can accept, counter or decline it right from the app.

Best,
Andrea
CarTrove Seller Support"""),

    # 25: an indirect "how" and a duration, both answered
    case("""\
Hi there, ⟦I'm wondering how I can re-order the photos on my listing.⟧ The first one is of the trunk which isn't ideal lol. And ⟦could you tell me how long the listing stays up before it expires?⟧

thanks, Aisha""",
         [T, T], ["how", "when"],
         """\
Hi Aisha,

Easy fix! On your listing page, tap Edit > Photos, then press and hold any photo and drag it into first place; whichever photo is first becomes the cover. Listings stay live for 60 days, and we'll email you a week before the end so you can renew for free.

Best,
Andrea
CarTrove Seller Support"""),

    # --- Hollin Wood Fuels, a log and firewood supplier (UK) ---------------------------------
    # 26: stove novices; price dodged ("depends") and the drive left out
    case("""\
Hello,

We've just had a woodburner fitted and we're complete novices. The installer said to only burn seasoned or kiln-dried wood. ⟦Is kiln-dried really better than seasoned⟧, and ⟦which would you recommend for a 5kW stove?⟧ We'd probably need a fair bit to get us through to March. ⟦How much is a cubic metre delivered to Thornby⟧ and ⟦can you leave it on the drive if we're out?⟧

Thanks,
Alan and Sue Pargeter""",
         [T, T, F, F], ["yes/no", "which", "how much", "yes/no"],
         """\
Dear Alan and Sue,

Welcome to the world of woodburners! Kiln-dried logs are dried to under 20% moisture, so they light more easily and give more heat with less soot; well-seasoned logs can do the same job, but their moisture varies more from load to load. For a 5kW stove we'd suggest our kiln-dried ash, cut to 25cm. Prices depend on how much you order and which delivery zone you're in.‸

Kind regards,
Mark
Hollin Wood Fuels"""),

    # 27: a one-line request, done
    case("""\
⟦Please can you bring another 2 bags of kindling with Thursday's order?⟧ Same address as usual.

Ta,
Geoff Rudd""",
         [T], ["request"],
         """\
Hi Geoff,

No problem, I've added two bags of kindling to Thursday's delivery and the driver will leave them in the log store with the rest.

Cheers,
Mark
Hollin Wood Fuels"""),

    # 28: complaint over a nested Gmail quote; the website claim goes unexplained
    case("""\
Mark,

These logs are NOT kiln dried. I put my moisture meter in a few and they read 28-30%. They hiss and smoke and I can't keep the glass clean. ⟦I'd like you to collect them and either replace them or refund me.⟧ Also, ⟦how come your website says under 20%?⟧

Nigel Hurst

On Wed, 2 Dec 2026 at 18:05, Hollin Wood Fuels <orders@hollinwood.example.co.uk> wrote:
> Hi Nigel,
> Your delivery is confirmed for Friday 4 December. Would you like us to stack it?
>
> On Tue, 1 Dec 2026 at 20:11, Nigel Hurst <nigel.hurst@example.org> wrote:
> > Can I order a cubic metre of kiln-dried ash please?""",
         [T, F], ["request", "why"],
         """\
Dear Nigel,

I'm sorry. 28-30% is well above what we promise, and I can see why you're frustrated. I've booked our driver to collect the logs on Wednesday 9 December, and he'll bring a replacement load of kiln-dried ash from this week's batch, tested before it leaves the yard.‸

Regards,
Mark
Hollin Wood Fuels"""),

    # 29: quoted-only: a thank-you whose signature asks a question
    case("""\
Thanks Mark, all stacked and looks great. Cheers for the extra kindling!

Bev

--
Beverley Stone
Stone & Co Chimney Sweeps
Is your chimney ready for winter? Book your sweep today: 07700 900561""",
         [], [],
         """\
Hi Bev,

Glad it all arrived safely, enjoy the fires!

Mark
Hollin Wood Fuels""",
         quoted_only=True),

    # 30: terse; "no Saturdays" answered by the delivery days
    case("""\
Hi, ⟦which size logs would fit a chiminea⟧ and ⟦do you deliver on Saturdays⟧ - I work weekdays. Lorraine""",
         [T, T], ["which", "yes/no"],
         """\
Hi Lorraine,

For a chiminea our 20cm mini logs are ideal: they sit in the bowl without poking out of the mouth. We deliver Monday to Friday only, but we're happy to leave your order in a safe place or with a neighbour if you tell us where.

Thanks,
Mark
Hollin Wood Fuels"""),

    # --- Keyright Locksmiths, a locksmith (UK) -----------------------------------------------
    # 31: locked out; the arrival time is given, the call-out price is not
    case("""\
locked out of my flat, key snapped in the lock. ⟦how fast can u get someone here⟧ and ⟦how much for a call out⟧ im on Harrow Road near the Co-op

Sent from my iPhone""",
         [T, F], ["when", "how much"],
         """\
Hi,

Sorry you're stuck! Our nearest locksmith, Dev, is finishing a job in Kensal Rise and can be with you in about 40 minutes. He'll ring you from 07700 900733 when he's on his way.‸

Keyright Locksmiths"""),

    # 32: lettered list of indirect questions plus a request; the certificate is forgotten
    case("""\
Dear Keyright,

I manage three flats at 14 Calder Street and need the locks changed between tenancies. Could you tell me:

a) ⟦whether you can do all three on the same visit⟧;
b) ⟦how much you charge per lock for a British Standard euro cylinder⟧;
c) ⟦if the new keys can be restricted so tenants can't copy them.⟧

⟦Please also send me your public liability certificate⟧, as our insurer requires it.

Regards,
Helen Achebe
Achebe Lettings

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately.""",
         [T, T, T, F], ["yes/no", "how much", "yes/no", "request"],
         """\
Dear Helen,

Thanks for getting in touch. We can change all three in one visit, which keeps it to a single call-out charge. Our 3-star euro cylinders (BS3621 and TS007) are £85 per lock, fitted. We also offer a restricted key system, so copies can only be cut by us on the signed authority of the card holder.‸

Kind regards,
Jo
Keyright Locksmiths"""),

    # 33: either/or, answered with a free visit
    case("""\
Hi Jo,

Your guy fitted the new back door lock on Thursday and it's great, but the key is quite stiff to turn from the outside, ⟦is that normal for a new lock or should someone come back and look at it?⟧

Thanks,
Pat""",
         [T], ["which"],
         """\
Hi Pat,

A little stiffness is common with a new cylinder for the first week or so, but it shouldn't feel like you're forcing it. Dev will pop back on Wednesday morning to adjust the keep and lubricate the lock, at no charge of course.

Best,
Jo
Keyright Locksmiths"""),

    # 34: a thank-you with a rhetorical question and no request
    case("""\
Just wanted to say a massive thank you to Dev who came out at 2am on Saturday when I'd locked myself out after my sister's hen do. Honestly, who else would pick up the phone at that time? He was kind, quick and didn't make me feel like an idiot. I've left you a 5-star review on Google.

Zara Hussain""",
         [], [],
         """\
Hi Zara,

Thank you so much for your kind words and the lovely review! I've passed them on to Dev, and he was really chuffed. Glad you got home safe.

Best wishes,
Jo
Keyright Locksmiths"""),

    # 35: non-native English; both answered
    case("""\
Good morning,

My father passed away and left a safe in his house. Nobody know the code and the key is missing. ⟦Can you open this kind of safe without to destroy it?⟧ It is a Chubb, quite old, maybe 60 cm high. ⟦What documents you need from me that I am the owner?⟧

Best regards,
Andrzej Nowak""",
         [T, T], ["yes/no", "which"],
         """\
Dear Andrzej,

I'm very sorry about your father. Older Chubb safes can usually be opened without damage, either by manipulating the lock or by drilling one small hole that we repair afterwards, so the safe stays usable. Before we open it we'll need to see the grant of probate or a letter from the solicitor handling the estate, plus photo ID.

Kind regards,
Jo
Keyright Locksmiths"""),

    # --- Printbloom, a photo-printing web service (36-38 US, 39-40 UK) ------------------------
    # 36: birthday emoji in the thread and the draft; editing after ordering is skipped
    case("""\
Hi Printbloom!

I'm making a photo book for my mom's 70th 🎂 and her party is Saturday, December 19. ⟦If I order the 12x12 layflat today with express shipping, will it get to Denver in time?⟧ And ⟦can I still edit the book after I've placed the order?⟧

Thanks!!
Kayla Brooks""",
         [T, F], ["yes/no", "yes/no"],
         """\
Hi Kayla,

What a lovely gift 🎂 Our 12x12 layflat books take five business days to print and express shipping to Colorado takes one to two days, so if you order before 5 PM Mountain time today it should reach you by Wednesday, December 16.‸

Happy birthday to your mom!
The Printbloom team"""),

    # 37: reprint done and no return needed; the "how to avoid it" stays on topic only
    case("""\
Hello,

I ordered 40 prints (order PB-2291047) and about half of them came out much darker than they look on my screen. ⟦Is that something you can reprint for free?⟧ ⟦Do I need to send the bad prints back?⟧ ⟦I'd also like to know how I can stop this from happening next time.⟧

Regards,
Walter Simmons
(503) 555-0117""",
         [T, T, F], ["yes/no", "yes/no", "how"],
         """\
Hi Walter,

Sorry the prints came out darker than you expected. We've reprinted all 40 free of charge with our brightness correction switched on, and they'll ship tomorrow. Please keep or recycle the first set; there's no need to send anything back. Screens and photo paper can show the same image very differently, and it's something a lot of our customers run into.‸

Best regards,
Printbloom Customer Care"""),

    # 38: quoted-only: Apple Mail forward of a shipping notice that asks "Questions?"
    case("""\
Hi, see below, this is the email I got after my order. Just so you have the order number. My husband will call about it later.

Begin forwarded message:

From: Printbloom <orders@printbloom.example.com>
Subject: Your order PB-2301552 has shipped
Date: December 5, 2026 at 9:14:22 AM CST
To: Linda Pruitt <lpruitt@example.com>

Your canvas is on its way! Questions? Reply to this email or call (800) 555-0143.""",
         [], [],
         """\
Hi Linda,

Thanks, we've found order PB-2301552. It's with FedEx and due on Wednesday, and we'll be happy to help when your husband calls.

Best regards,
Printbloom Customer Care""",
         quoted_only=True),

    # 39: lowercase; size and price both given
    case("""\
hi ⟦whats the biggest size canvas u do⟧ and ⟦how much would that be with the wrap round edges⟧ want it for my nans 90th xx""",
         [T, T], ["which", "how much"],
         """\
Hi there,

What a lovely idea for your nan's 90th! Our largest canvas is 100 x 75 cm, and with wrap-round edges it's £89 with free delivery.

Thanks,
Printbloom"""),

    # 40: account deleted; the marketing emails get an apology, not a reason
    case("""\
Hello,

⟦Please delete my account and all my uploaded photos.⟧ I haven't used it since 2022. ⟦Why am I still getting marketing emails when I have unsubscribed twice?⟧

Kind regards,
Margaret Oyelaran

On Sat, 5 Dec 2026 at 07:00, Printbloom <news@printbloom.example.co.uk> wrote:
> 🎁 Last chance for Christmas! Order your calendar by Thursday 10 December for guaranteed delivery. Why not add a mug?""",
         [T, F], ["request", "why"],
         """\
Dear Margaret,

I'm sorry about the emails. I've closed your account and permanently deleted all your photos this morning, and you'll receive a confirmation within the hour. I've also removed your address from every mailing list we have.‸

Kind regards,
Printbloom Support"""),

    # --- Camp Wanaki Pines, a US summer camp --------------------------------------------------
    # 41: bulleted first-timer list; the final payment date is missing
    case("""\
Hi Camp Wanaki team,

We just registered our son Eli (age 10) for Session 2 (July 5-17, 2027) and I have a bunch of first-timer questions, sorry!

• ⟦Can he bring his phone, even if it's just kept in the office?⟧
• ⟦How do we let you know about his peanut allergy?⟧ He carries an EpiPen.
• ⟦Is there a way for us to see photos during the session?⟧
• ⟦When is the final payment due?⟧

Thanks so much,
Rachel Goldstein""",
         [T, T, T, F], ["yes/no", "how", "how", "when"],
         """\
Hi Rachel,

No need to apologize, we love first-timer questions! Phones stay at home: campers can't have devices at camp, even locked in the office, but you can email Eli any time and our counselors hand out printed messages at lunch. Please add his peanut allergy and EpiPen details to the health form in your CampPortal account, and our nurse will call you before the session to go over his plan. Photos go up in the parent gallery on CampPortal every evening.‸

We can't wait to meet Eli!

Warmly,
Jordan Ellis
Camp Wanaki Pines"""),

    # 42: angry parent; report attached, the refund handed off, the delay unexplained
    case("""\
To the Camp Director,

My daughter Maya was sent home on day 3 of Session 1 this summer with a sprained ankle from the ropes course. Nobody called me until 4 hours after it happened. ⟦Why was I not called right away?⟧ ⟦I want a refund for the days she missed⟧, and ⟦I'd like a copy of the incident report.⟧

Denise Carter
(404) 555-0138""",
         [F, F, T], ["why", "request", "request"],
         """\
Dear Ms. Carter,

I'm so sorry Maya was hurt, and I understand why the delay in reaching you is upsetting. I've attached a copy of the incident report. Refunds for medical departures are reviewed case by case by our business office, and I've passed your request along to them.‸

Sincerely,
Tom Reyes
Camp Director, Camp Wanaki Pines"""),

    # 43: Gmail quote of a newsletter; both questions answered
    case("""\
⟦Does Session 3 still have spots for a 14 year old girl?⟧ Her best friend just signed up and she's begging to go with her. ⟦Could they be in the same cabin?⟧

Thanks,
Beth Nakamura

On Wed, Dec 2, 2026 at 8:15 PM Camp Wanaki Pines <office@wanakipines.example.org> wrote:
> Registration for Summer 2027 is now open! Questions? Just reply to this email.""",
         [T, T], ["yes/no", "yes/no"],
         """\
Hi Beth,

Good news: Session 3 (July 25 to August 6) still has a handful of places for girls in the 13-15 age group. Cabin-mate requests are honored when both campers list each other, so have your daughter and her friend each add the other's name on their registration form.

Best,
Jordan Ellis
Camp Wanaki Pines"""),

    # 44: indirect question with a conditional follow-up and an either/or; all answered
    case("""\
Hello,

I have twins (8) and an older boy (12). ⟦I was wondering if there's a sibling discount for three kids⟧, and ⟦if so how much?⟧ Also ⟦could the twins be in the same cabin or do you split siblings up?⟧

Thanks,
Mark Petrovic""",
         [T, T, T], ["yes/no", "how much", "which"],
         """\
Hi Mark,

Three campers, wonderful! Our sibling discount is 10% off the second camper and 15% off the third, taken off automatically at checkout. Twins are placed in the same cabin unless their parents ask us to separate them, so just note your preference on the registration form.

Best,
Jordan Ellis
Camp Wanaki Pines"""),

    # 45: terse; an early arrival is refused by stating the opening time
    case("""\
⟦What time is drop off on opening day?⟧ ⟦Can we come early to set up his bunk?⟧
-Jen (Noah Kim's mom)""",
         [T, T], ["when", "yes/no"],
         """\
Hi Jen,

Check-in for Session 1 runs from 1:00 to 4:00 PM on Sunday, June 20. Families are welcome to help set up bunks during check-in; we just ask that nobody arrives before 1:00 so our staff can finish getting the cabins ready.

See you soon!
Jordan"""),

    # --- Fretwell Guitar Repairs, a guitar-repair luthier (UK) -------------------------------
    # 46: emoji story; all four answered in the luthier's own words
    case("""\
Hi,

Long story short, my cat knocked my acoustic (a 1990s Yamaha FG) off its stand and there's now a crack where the headstock meets the neck 🎸😿 It still holds tune weirdly but I'm scared to leave it strung up. ⟦Is this something that's worth repairing on a guitar like this⟧ and ⟦roughly what would it cost?⟧ ⟦Should I loosen the strings in the meantime?⟧ I'm in Leeds so ⟦could I drop it in one day next week?⟧

Thanks a lot,
Callum""",
         [T, T, T, T], ["yes/no", "how much", "yes/no", "yes/no"],
         """\
Hi Callum,

Sorry to hear about the cat incident! Headstock cracks on old FGs are really common and they glue up beautifully, and it's well worth doing on a guitar that good. Expect somewhere between £90 and £110 including a setup. Slacken the strings right off now to take the tension off the crack. The workshop is open Tuesday to Saturday, 10 till 5, so bring it in whenever suits you next week.

Best,
Ian
Fretwell Guitar Repairs"""),

    # 47: booked; the turnaround rules out the first gig
    case("""\
Hello Ian,

⟦Could I book my Strat in for a full setup and new frets?⟧ ⟦How long would you need it for?⟧ I've got gigs on Friday 15 January and Saturday 23 January, so ⟦is there any chance it could be back before the 15th?⟧

Cheers,
Mo""",
         [T, T, T], ["request", "when", "yes/no"],
         """\
Hi Mo,

Happy to. I've booked your Strat in for Monday 4 January. A refret and setup takes about two weeks at this time of year, so it won't be back in time for the 15th, I'm afraid, but you'll have it well before the 23rd.

Cheers,
Ian
Fretwell Guitar Repairs"""),

    # 48: Outlook "Original Message"; the newest message asks one thing
    case("""\
Hi Ian,

Picked it up Saturday, plays like a dream. One thing: ⟦should I be humidifying it over winter?⟧ The house gets really dry with the heating on.

Steve

-----Original Message-----
From: Fretwell Guitar Repairs <workshop@fretwellguitars.example.co.uk>
Sent: 04 December 2026 17:45
To: Steve Oduya <steve.oduya@example.com>
Subject: Your Martin is ready

Hi Steve, your D-18 is ready to collect. Would you like me to keep the old nut for you?
Ian""",
         [T], ["yes/no"],
         """\
Hi Steve,

Great to hear it's playing well! A soundhole humidifier from November to March is the best thing you can do for a solid-top acoustic, and keep it in its case when you're not playing. Aim for 45-50% humidity.

Ian
Fretwell Guitar Repairs"""),

    # 49: non-native English; yes to the job, "depends" for the time and the price
    case("""\
Hello,

I have Ibanez bass 5 string and I want change the pickups for Bartolini. ⟦You can do this work?⟧ ⟦How many days it take⟧ and ⟦what is price for the work only?⟧ I have bought the pickups already.

Thank you
Mateusz""",
         [T, F, F], ["yes/no", "when", "how much"],
         """\
Hi Mateusz,

Yes, we can fit your Bartolinis. We swap pickups on five-string basses most weeks. It depends on whether the pickup cavities need routing to take the new pickups, so we'd need to see the bass first.‸

Best,
Ian
Fretwell Guitar Repairs"""),

    # 50: short reply over a Gmail quote; either/or and payment, both answered
    case("""\
Thanks Ian - ⟦is that £120 including the new bridge pins or are they extra?⟧ Also ⟦can I pay by card when I collect?⟧

Sent from my iPhone

On Sun, 6 Dec 2026 at 19:30, Ian Fretwell <ian@fretwellguitars.example.co.uk> wrote:
> Hi Laura,
> I've had a look at the Martin. It needs the bridge regluing and a setup, which comes to £120. Shall I go ahead?
> Ian""",
         [T, T], ["which", "yes/no"],
         """\
Hi Laura,

The £120 covers everything, bone bridge pins included. Card is fine when you collect, or a bank transfer if you'd rather. I'll make a start on it tomorrow.

Ian"""),

    # --- Ellis Moore Sports Massage, a sports-massage therapist (UK) -------------------------
    # 51: marathon build-up; insurance left out
    case("""\
Hi Ellis,

I'm running the Manchester Marathon on Sunday 18 April and my physio suggested regular sports massage during the build-up. ⟦How often would you recommend coming in?⟧ ⟦Is it OK to have a massage the week of the race, or is that too close?⟧ And ⟦do you take payment through Bupa?⟧

Thanks,
Gareth""",
         [T, T, F], ["when", "which", "yes/no"],
         """\
Hi Gareth,

Good luck with the training! Every two to three weeks suits most marathon runners, moving to weekly in the last month when your mileage peaks. A light flush massage four or five days before race day is fine, but I'd avoid any deep work that week.‸

Best,
Ellis"""),

    # 52: pain after a session; advice given, the "why didn't you warn me" met with an apology
    case("""\
Hi,

I had a deep tissue session with you on Thursday and I've been in agony since, I can barely walk down the stairs. ⟦Is this normal?⟧ ⟦Why didn't you warn me it would be this bad?⟧ ⟦Should I be putting ice or heat on it?⟧

Carys""",
         [T, F, T], ["yes/no", "why", "which"],
         """\
Hi Carys,

I'm really sorry you're in so much discomfort. Some soreness for a day or two after deep tissue work is expected, but pain that still stops you managing the stairs four days later isn't, so please see your GP or call 111 if it hasn't eased by tomorrow. Gentle heat and short walks will help more than ice at this stage.‸

Ellis"""),

    # 53: quoted-only: a booking note whose disclaimer asks the reader to act
    case("""\
Hi Ellis, booked in for the 14th via the website. See you then.

Tom Briggs
Senior Associate, Hale & Marsh LLP

CONFIDENTIALITY NOTICE: This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.""",
         [], [],
         """\
Hi Tom,

Thanks, I've got you down for Monday 14 December at 6 pm.

See you then,
Ellis""",
         quoted_only=True),

    # 54: lowercase, no punctuation; Tuesday refused, the price missing
    case("""\
hey ellis ⟦do you do home visits⟧ ⟦i was wondering whether you could come to the rugby club on a tuesday evening to do the lads before training⟧, theres about 8 of us. ⟦what would you charge for that⟧""",
         [T, T, F], ["yes/no", "yes/no", "how much"],
         """\
Hey,

I don't do home visits, but team sessions at clubs are a different story, I already work with a couple of local sides. I'm in clinic until 8 on Tuesdays so I couldn't get to you before training, but Thursdays would work.‸

Cheers,
Ellis"""),

    # 55: late cancellation; fee waived and the rebooking done
    case("""\
Hi Ellis,

Really sorry but I need to cancel tomorrow's 7pm, my little one has chicken pox. ⟦Will I be charged the late cancellation fee?⟧ ⟦Could we rebook for the same time next week?⟧

Thanks,
Nadia""",
         [T, T], ["yes/no", "request"],
         """\
Hi Nadia,

Oh no, poor thing, I hope they feel better soon. Family illness is exactly why my cancellation policy has a bit of give in it, so there's nothing to pay this time. Tuesday 15 December at 7 pm is yours, and you'll get a confirmation text shortly.

Ellis"""),

    # --- Boing Boing Castles, a bouncy-castle hire firm (UK) ---------------------------------
    # 56: balloons in the thread, a party emoji in the draft; the set-up time is missing
    case("""\
Hiya!!

It's my twins' 6th birthday on Saturday 13 February and we're having a party in the back garden 🎈🎈 About 20 kids. ⟦Would the princess castle fit if the garden is about 6m x 5m?⟧ There's a slight slope at one end. ⟦What happens if it rains on the day⟧ - ⟦do we still have to pay?⟧ Also ⟦how early would you set up?⟧

Thanks, Gemma x""",
         [T, T, T, F], ["yes/no", "how", "yes/no", "when"],
         """\
Hi Gemma,

Happy birthday to the twins! 🎉 The princess castle needs 4.5m x 4.5m plus a metre clear behind it, so it will fit nicely, and our team levels slopes with mats. If it rains we can't run the castle safely, so you can move the booking to another date or cancel for a full refund up to 8 am on the day.‸

Thanks,
Lou
Boing Boing Castles"""),

    # 57: complaint; the cause is explained, the money is not mentioned
    case("""\
Your castle kept going down all afternoon at my son's party yesterday. The blower cut out about five times and my husband had to keep resetting it, kids were crying. Absolutely not what we paid £140 for. ⟦I want at least half back.⟧ ⟦Was the blower faulty or was it something we did?⟧

Angela Fry
07700 900284""",
         [F, T], ["request", "which"],
         """\
Dear Angela,

I'm so sorry, that's not the party you planned or paid for. Our team tested the blower this morning and found a worn fuse in the plug, so the fault was ours, not yours.‸

Kind regards,
Lou
Boing Boing Castles"""),

    # 58: a one-liner over a Gmail quote
    case("""\
Lovely, thank you! Booked and paid x ⟦Is it ok if the castle goes on artificial grass?⟧

On Thu, 3 Dec 2026 at 10:15, Boing Boing Castles <bookings@boingboing.example.co.uk> wrote:
> Hi Sam,
> The dinosaur castle is free on Saturday 6 March. Would you like the matching slide too? Please pay the £30 deposit online to confirm.""",
         [T], ["yes/no"],
         """\
Hi Sam,

Thanks for booking the dinosaur castle for Saturday 6 March! Artificial grass is absolutely fine: we lay a groundsheet first and use sandbags instead of stakes, so nothing goes through it.

Lou
Boing Boing Castles"""),

    # 59: PTA list; the power question is passed over
    case("""\
Good morning,

I'm organising the PTA summer fair at St Anne's Primary on Saturday 26 June, and we're looking at hiring two or three inflatables for the day (10am to 3pm).

⟦Do you provide staff to supervise them, or would we need our own volunteers?⟧
⟦Can you send me a copy of your insurance and PIPA certificates?⟧
⟦Which of your inflatables are suitable for older children (9-11)?⟧
⟦Where would the blowers need to plug in?⟧ The field is about 60m from the school building.

Kind regards,
Claire Whitby
PTA Chair""",
         [T, T, T, F], ["which", "request", "which", "where"],
         """\
Dear Claire,

Thanks for thinking of us for the summer fair. For school events we always send our own attendants, one per inflatable, so you won't need volunteers. I've attached our public liability insurance and this year's PIPA test certificates. For 9-11s the assault course and the Gladiator duel are the most popular, and each takes up to 12 children at a time.‸

Best wishes,
Lou
Boing Boing Castles"""),

    # 60: lowercase, no punctuation; both answered in one line
    case("""\
hi ⟦do u do adult castles for a 40th⟧ ⟦how much for saturday night⟧""",
         [T, T], ["yes/no", "how much"],
         """\
Hi!

We do: our adult Disco Dome is £195 for a Saturday evening, including delivery within 10 miles and collection on Sunday morning. Which Saturday is the party? I'll check it's free.

Lou
Boing Boing Castles"""),

    # --- FixPoint Phones, a mobile-phone repair shop (UK) ------------------------------------
    # 61: price given twice over, the same-day question ignored after an emoji
    case("""\
hi ⟦how much for a new screen on an iphone 13⟧ and ⟦can u do it same day⟧ ive got work at 5

Sent from my iPhone""",
         [T, F], ["how much", "yes/no"],
         """\
Hi,

An iPhone 13 screen is £129 with a genuine-quality OLED, or £89 for our standard LCD. Screen repairs are our bread and butter 📱‸

Thanks,
FixPoint Phones"""),

    # 62: bath-time accident; the photos are never mentioned
    case("""\
Hello,

My Samsung Galaxy S23 fell in the bath on Saturday. I put it in rice straight away like everyone says but it still won't turn on. ⟦Is it worth bringing in or is it a lost cause?⟧ ⟦If you can't fix it, will I still have to pay for the diagnostic?⟧ ⟦Is there any chance of getting my photos off it?⟧ There are two years of my daughter's photos on it and none of them are backed up.

Thanks,
Ruth""",
         [T, T, F], ["which", "yes/no", "yes/no"],
         """\
Dear Ruth,

I'm sorry to hear about your phone, and please don't give up on it: we've rescued plenty of phones after a bath. Bring it in as soon as you can (and don't try charging it), and we'll open it up and clean the board. Our diagnostic is free, and you only pay if we fix it.‸

Kind regards,
Amir
FixPoint Phones"""),

    # 63: the draft answers the quoted message instead of the newest one
    case("""\
Hi Amir,

I picked up my Pixel on Friday after the battery replacement and the back glass is now lifting on one side. It wasn't like that before. ⟦Can you fix this under the warranty?⟧ ⟦Could I bring it in on Wednesday when I'm in town?⟧

Thanks,
Joe

On Tue, 1 Dec 2026 at 12:40, FixPoint Phones <repairs@fixpoint.example.co.uk> wrote:
> Hi Joe,
> Your Pixel 7 is ready. We replaced the battery and the charging port was fine. Is there anything else you'd like us to check?
> Amir""",
         [F, F], ["yes/no", "yes/no"],
         """\
Hi Joe,

Thanks for getting back to us. We fitted a genuine Google battery and tested the charging port, which was working perfectly, so there was nothing else we needed to look at.‸

Kind regards,
Amir
FixPoint Phones"""),

    # 64: non-native English; a meaning, a yes and a price
    case("""\
Hello, I buy a second hand iPhone 12 from market and now it say "Unknown Part" on the battery. ⟦This is a problem?⟧ ⟦You can put original battery⟧ and ⟦how much it cost?⟧""",
         [T, T, T], ["yes/no", "yes/no", "how much"],
         """\
Hello,

That message means the battery isn't a genuine Apple one, or it was fitted without Apple's pairing tool. The phone will keep working normally; you just won't see the battery health figure. We can fit a genuine Apple battery and pair it properly for £79, and it takes about an hour.

Kind regards,
Amir
FixPoint Phones"""),

    # 65: quoted-only: the insurer's questions sit in a forwarded message
    case("""\
Hi,

Forwarding the insurer's email below as you asked. The claim reference is in there.

Priya

---------- Forwarded message ---------
From: Claims Team <claims@shieldcover.example.com>
Date: Fri, 4 Dec 2026 at 16:05
Subject: Claim SC-77120 - repair estimate
To: Priya Desai <priya.desai@example.co.uk>

Dear Ms Desai, please ask your repairer to send their estimate to this address. Could they also confirm whether the damage is repairable?""",
         [], [],
         """\
Hi Priya,

Thanks for forwarding that. We'll send Shield Cover our estimate for the cracked screen and bent frame today and confirm to them that it's repairable.

Amir
FixPoint Phones""",
         quoted_only=True),

    # --- Parcel Fair Tax Appeals, a US property-tax appeal consultant -------------------------
    # 66: a prospect; the fee is explained, the deadline skipped
    case("""\
Hello,

Our county reassessment notice came in and our home in Naperville went from $412,000 to $508,000, which seems crazy since nothing has changed. ⟦Do you think it's worth appealing?⟧ ⟦How does your fee work⟧ - ⟦is it a flat fee or a percentage of the savings?⟧ And ⟦what is the deadline to file?⟧ The notice says 30 days but doesn't say from when.

Thanks,
Scott and Dana Whitfield""",
         [T, T, T, F], ["yes/no", "how", "which", "when"],
         """\
Hi Scott and Dana,

A 23% jump with no changes to the house is exactly the kind of case we win most often. We work on contingency: our fee is 30% of the first year's tax savings, and if we don't get your assessment lowered, you owe us nothing.‸

Best regards,
Angela Cruz
Parcel Fair Tax Appeals"""),

    # 67: the hearing date is given; the refund gets "can take a while"
    case("""\
Hi Angela,

We signed up back in September for the appeal on 1840 Larkspur Lane. ⟦Has the hearing been scheduled yet?⟧ ⟦If it has, do we need to attend in person?⟧ Also, ⟦when would we see a refund if the appeal wins, since we already paid the first installment?⟧

Thanks,
Gloria Mendez
(630) 555-0104""",
         [T, T, F], ["yes/no", "yes/no", "when"],
         """\
Hi Gloria,

Thanks for checking in. Your hearing is set for Tuesday, January 12, 2027 at 10:30 AM before the Board of Review. There's no need for you to attend; I'll present the case and call you with the result that afternoon. Refunds are issued by the county treasurer once the board's decision is certified, and that can take a while.‸

Best,
Angela Cruz
Parcel Fair Tax Appeals"""),

    # 68: quoted-only: the consultant's request for photos is in the Outlook history
    case("""\
Thanks Angela, we'll wait to hear from you.

Frank

From: Angela Cruz <angela@parcelfair.example.com>
Sent: Thursday, December 3, 2026 2:47 PM
To: Frank Osei <frank.osei@example.com>
Subject: Evidence for your appeal

Hi Frank,

I've pulled five comparable sales on your street. Could you send me photos of the foundation crack you mentioned? They'd really help our case.

Angela""",
         [], [],
         """\
Hi Frank,

Will do. I'll be in touch as soon as the board sets a hearing date.

Best,
Angela Cruz
Parcel Fair Tax Appeals""",
         quoted_only=True),

    # 69: angry about the invoice; the calculation attached, installments ignored
    case("""\
Angela,

I just got your invoice for $1,260 and I don't understand it. The county reduced my assessment by $40,000 and my tax bill went down by about $1,400. ⟦How on earth is your fee almost as much as I saved?⟧ ⟦Please send me the calculation.⟧ ⟦I'd also like to know if I can pay in installments.⟧

Ray Dufresne""",
         [T, T, F], ["why", "request", "yes/no"],
         """\
Dear Mr. Dufresne,

I understand the invoice came as a surprise. Under section 4 of your agreement, our fee is 30% of the savings over the full three-year assessment cycle, not just this year's bill, which is why it comes close to one year's saving. I've attached the calculation showing your reduced assessed value, your tax rate and the savings for each of the three years.‸

Sincerely,
Angela Cruz
Parcel Fair Tax Appeals"""),

    # 70: commercial prospect; a signature slogan asks a question, the upfront cost goes unanswered
    case("""\
Good afternoon,

I own a small strip mall in Lake County and ⟦I was wondering if you handle commercial properties as well as residential.⟧ ⟦Could you tell me what information you would need from me to evaluate it⟧ and ⟦whether there is any upfront cost for the evaluation?⟧

Regards,
Harold Finch
Finch Holdings LLC
Your success is our business - how can we help you today?""",
         [T, T, F], ["yes/no", "which", "yes/no"],
         """\
Dear Mr. Finch,

We do handle commercial appeals, including retail centers, across Lake and Cook counties. To take a first look we'd need the last three years of rent rolls and operating statements, your current assessment notice and any recent appraisal.‸

Kind regards,
Angela Cruz
Parcel Fair Tax Appeals"""),
]
