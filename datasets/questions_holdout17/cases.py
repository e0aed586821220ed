"""Tactful questions held-out set 17: the hand-written cases (build_questions_holdout17.py turns them into JSONL).

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the newest incoming message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; ``draft`` holds exactly one ‸ where the missing answer belongs when
something is unanswered, and none otherwise. ``quoted_only`` marks cases whose newest message asks
nothing while the quoted history, forwarded mail or signature does. Written blind to the feature.
"""

YN, WHEN, WHERE, HM, HOW, WHICH, WHY, REQ = (
    "yes/no", "when", "where", "how much", "how", "which", "why", "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": answered, "kinds": kinds, "draft": draft, "quoted_only": quoted_only}


CASES = [
    # --- Sootfall Chimney Sweeps (UK) -------------------------------------------------------
    case("""Hi there,

⟦Do you do Saturdays⟧ and ⟦how much for a multifuel stove sweep?⟧

Cheers
Graham Pickles""",
         [True, False], [YN, HM],
         """Hi Graham,

Thanks for getting in touch. We work Saturday mornings, 8 am till 1 pm, though they book up around three weeks ahead at this time of year. As for the cost, it depends on a few things, like the length of the flue and when it was last swept, so we'll go through that with you on the day.‸

Best wishes,
Dean Haworth
Sootfall Chimney Sweeps
07700 900412"""),

    case("""Hi Dean,

You swept our chimney last Wednesday and since then every time we light the woodburner we get smoke puffing back into the lounge. We never had this before. My husband thinks a bit of the liner has come loose, I think it's the weather, and we've been arguing about it all weekend. ⟦Is it normal after a sweep, or has something been dislodged?⟧ ⟦Can someone come back out this week and look at it?⟧ We've got the grandchildren from Friday and I'm not having them breathing that in.

Also, the lad who did it said there was a nest in the pot but that it was "fine". ⟦I'd like to know why he didn't just clear it while he was there.⟧

Thanks,
Sheila Barraclough

On Thu, 26 Nov 2026 at 09:12, Sootfall Chimney Sweeps <bookings@sootfall.example.co.uk> wrote:
> Hi Sheila,
> Your sweep is booked for Wednesday 2 December at 9 am. Please let the stove go out the night before.
> Dean""",
         [True, True, False], [WHICH, REQ, WHY],
         """Dear Sheila,

I'm sorry to hear about the smoke, that's not something you should have to put up with. It isn't normal after a sweep; the most likely cause is soot or bits of the old nest settling on the throat plate above the stove, which narrows the flue. I've booked Callum to come back on Wednesday 9 December at 10 am, free of charge, and he'll check the throat plate and the liner joint while he's there.

I'm also sorry the nest wasn't explained properly at the time.‸ In the meantime, please don't light the stove.

Kind regards,
Dean Haworth
Sootfall Chimney Sweeps"""),

    case("""Lovely, thanks Dean. That's in the diary. We'll move the log basket out of the way beforehand.

Margaret

On Fri, 4 Dec 2026 at 15:40, Dean Haworth <dean@sootfall.example.co.uk> wrote:
> Hi Margaret,
>
> You're booked in for Tuesday 15 December at 10 am. Could you confirm whether there's room on the drive for the van? And please keep the hearth clear of ornaments if you can.
>
> Thanks,
> Dean""",
         [], [],
         """Hi Margaret,

Thanks for confirming. We'll park on the road if the drive's full, so don't worry about that. See you on Tuesday 15 December at 10 am.

Best wishes,
Dean""",
         quoted_only=True),

    case("""hi ⟦is it possible to get the chimney swept before xmas⟧ we have family coming on the 23rd and want the fire going. also ⟦do u fit bird guards⟧ and ⟦wat do they cost⟧

Sent from my iPhone""",
         [True, True, False], [YN, YN, HM],
         """Hi,

Thanks for your message. We've got a slot on Monday 21 December at 2 pm, which gives you plenty of time before your family arrive. And yes, we fit stainless mesh bird guards that clamp onto the pot, so there's no cement involved. They're well worth having round here with all the jackdaws.‸

Let me know if the 21st works and I'll book it in.

Dean
Sootfall Chimney Sweeps"""),

    case("""Dear Sootfall team,

We manage three rental properties in Todmorden with open fires, and they need sweeping before the tenants' gas safety visits in January. A few questions:

1. ⟦Can you provide a certificate of sweeping for each property for our landlords' files?⟧
2. ⟦Are you able to attend while the tenants are at work if we leave keys at our office?⟧
3. ⟦Will there be a call-out charge if a tenant refuses access on the day?⟧
4. ⟦Please send me your availability for the week commencing 11 January.⟧

Kind regards,
Nadia Lister
Lettings Manager | Calder Vale Lettings
07700 900587

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [True, True, False, True], [REQ, YN, YN, REQ],
         """Dear Nadia,

Thanks for your email. Every sweep comes with a certificate, which we email the same day, so you'll have one for each property. Collecting keys from your office is no problem at all; plenty of agents do it that way. We always ring tenants the day before to remind them we're coming, which keeps wasted visits to a minimum.‸

For the week commencing 11 January we can do Tuesday 12 or Wednesday 13 January, and all three properties on the same day if that helps.

Best wishes,
Dean Haworth
Sootfall Chimney Sweeps"""),

    # --- Clearwell Hearing Centre (UK) ------------------------------------------------------
    case("""Dear Sir or Madam,

My husband Ronald has worn the hearing aids he got from you since March and on the whole he's been very pleased with them. Lately, though, the right one whistles whenever he puts his hat on or leans back in his armchair, which drives us both to distraction, and the grandchildren think it's hilarious. ⟦I was wondering whether this is something you can adjust without him having to come in, as he no longer drives.⟧ ⟦If he does have to be seen, could you tell me if there is a home visit service⟧ and ⟦what it costs?⟧

Yours faithfully,
Patricia Orme""",
         [True, True, False], [YN, YN, HM],
         """Dear Mrs Orme,

Thank you for letting us know, and I'm sorry the whistling has been such a nuisance. Whistling like this usually means the dome or tube needs refitting, which we're not able to do remotely, I'm afraid. The good news is that we do offer home visits: our audiologist Fiona covers your area on Wednesday afternoons. The charge for a home visit depends on the distance and on what needs doing, so we'd confirm that when we book.‸

If you'd like to arrange a visit, just reply to this email or call us on 07700 900233.

Kind regards,
Hannah Oduya
Clearwell Hearing Centre"""),

    case("""⟦Do you post size 312 batteries?⟧ ⟦Can you send 2 packs to the address you've got for me?⟧ Ta, Kev Marsden""",
         [True, True], [YN, REQ],
         """Hi Kev,

We do, and postage is free on batteries. Two packs of 312s are on their way to you by second-class post this afternoon, with the invoice (£8) in the envelope.

Thanks,
Hannah
Clearwell Hearing Centre"""),

    case("""To whoever is in charge,

I paid £3,200 for a pair of hearing aids in November and the right one has now died twice in four weeks. Each time I've had to take a morning off work to bring it in, and each time I'm told it's "moisture". I don't believe it. ⟦I want a full refund, not another repair.⟧ ⟦Who is actually responsible for my case now that Sarah has left?⟧ Nobody seems to know. And ⟦can someone tell me whether my trial period is still running, given that I've had working aids for less than half of it?⟧

Martin Kell""",
         [False, True, True], [REQ, WHICH, YN],
         """Dear Mr Kell,

I'm very sorry. Two failures in four weeks is not acceptable, and I understand why you've lost confidence in us. Our clinical lead, Anand Mistry, has taken over your care from Sarah and will be your single point of contact from now on. Your 60-day trial runs until Saturday 9 January, and because of the time you've been without the aids, Anand has extended it by a further three weeks. We would also like to offer you a brand-new replacement pair under warranty, fitted at a time that suits you, including a Saturday.‸

Kind regards,
Olivia Grant
Practice Manager, Clearwell Hearing Centre"""),

    case("""Hi Clearwell team,

Mum's appointment with Fiona went really well, she can hear the telly at a normal volume again 😊 ⟦Could we book her follow-up for a Friday morning in January?⟧ ⟦Does she need to bring the charging case with her?⟧ And ⟦is there a lift in the building now, or is it still just the stairs?⟧ Her knees aren't great.

Thanks,
Joanne Whitaker

On Tue, 1 Dec 2026 at 11:05, Clearwell Hearing Centre <hello@clearwell.example.co.uk> wrote:
> Dear Joanne,
> Just a reminder of your mother's fitting appointment on Thursday 3 December at 2 pm. Please let us know if you need to rearrange.
> Clearwell Hearing Centre""",
         [True, True, False], [REQ, YN, WHICH],
         """Dear Joanne,

That's lovely to hear, thank you for letting us know. I've booked your mum's follow-up for Friday 15 January at 10:30 am with Fiona. Please do bring the charging case, as Fiona will want to check the contacts and update the firmware. Our reception team will be happy to help your mum when she arrives.‸

Kind regards,
Hannah
Clearwell Hearing Centre"""),

    case("""Hello,

I am from Poland and my english is not so good, sorry. My father have hearing aid from other company, brand Signia. ⟦You can make service for this one or only for aids bought by you?⟧ ⟦How long take the check?⟧ And ⟦price is same?⟧

Thank you,
Agnieszka Nowak""",
         [True, True, True], [WHICH, WHEN, HM],
         """Dear Agnieszka,

Thank you for your message, your English is very clear. We service most makes, including Signia, so your father is very welcome. The check and clean takes about 45 minutes. For hearing aids that were not bought from us the service costs £35; for our own patients it is free.

Kind regards,
Hannah
Clearwell Hearing Centre"""),

    # --- Bright Mesa Solar (US) -------------------------------------------------------------
    case("""Hi Jordan,

Thanks for coming out last week. We got your quote (Q-48812) for the 7.2 kW system and we're leaning toward going ahead, but we have a few questions before we sign:

1. ⟦Does the $21,480 include the permit and interconnection fees?⟧
2. ⟦How long from signing to the panels actually producing power?⟧
3. ⟦What happens to the warranty if we sell the house in a few years?⟧
4. ⟦Could you quote a battery as an add-on, something around 13.5 kWh?⟧

Thanks,
Dana & Luis Ortega
(916) 555-0142""",
         [True, True, False, True], [YN, WHEN, HOW, REQ],
         """Hi Dana and Luis,

Great to hear you're leaning toward going ahead! The $21,480 covers the city permit, the utility's interconnection application and the final inspection, so there's nothing extra to pay there. Most of our installs go from signed contract to permission to operate in 8 to 12 weeks, depending mainly on how quickly the city schedules the inspection. Our warranties are some of the strongest in the industry: 25 years on the panels and a 25-year workmanship guarantee on the installation itself.‸ I've also attached a revised quote, Q-48812-B, with a 13.5 kWh battery added.

Best,
Jordan Reyes
Bright Mesa Solar
(916) 555-0127"""),

    case("""I'm honestly fed up. We've had your panels since August and our electric bill for November was HIGHER than last year's. Your salesman told us we'd be paying "basically nothing" by winter. ⟦What is going on?⟧

⟦I want someone out here to check the system this week, not sometime next month.⟧ Also ⟦why does your app show zero production for November 28?⟧ It was a sunny day.

Greg Halvorsen
Elk Grove""",
         [True, False, True], [WHY, REQ, WHY],
         """Hi Greg,

I'm sorry for the frustration, and I understand why a higher bill is alarming. I've gone through your monitoring data: the system produced 412 kWh in November, which is right on target for the time of year. The difference on your bill comes from your annual true-up, which settled your summer credits in October, so November is the first month billed without them. The zero on November 28 was a gap in your Wi-Fi connection; the inverter kept producing, and the data has since filled back in.

A technician will reach out to schedule a visit as soon as possible.‸

Best regards,
Jordan Reyes
Bright Mesa Solar"""),

    case("""⟦Do you guys install on tile roofs?⟧ ⟦Where are you based?⟧ - Mark

Sent from my iPhone""",
         [True, True], [YN, WHERE],
         """Hi Mark,

We do. We use tile hooks on concrete and clay tile, so nothing gets drilled through the tiles themselves. We're in Rancho Cordova and cover the whole Sacramento area. Happy to come out for a free roof assessment whenever suits you.

Jordan
Bright Mesa Solar"""),

    case("""Hello,

We live in an HOA community in Folsom and are comparing three installers. ⟦I was wondering whether you handle the HOA architectural approval or whether that's on us.⟧ ⟦Could you also tell me if you offer financing with nothing down?⟧ Lastly, ⟦what's the earliest install date you have in January?⟧

Thank you,
Priyanka Shah

From: Bright Mesa Solar <info@brightmesa.example.com>
Sent: Thursday, December 3, 2026 4:18 PM
To: Priyanka Shah <pshah@example.net>
Subject: Your solar estimate

Hi Priyanka, thanks for requesting an estimate! Please let us know a good time for a site visit.""",
         [False, True, True], [WHICH, YN, WHEN],
         """Hi Priyanka,

Thanks for considering us. Many of our customers live in HOA communities, and in our experience approvals in Folsom are usually straightforward.‸ We offer financing through our lending partner with $0 down and rates from 3.99% APR. Our earliest January install date is Monday, January 18.

Best,
Jordan Reyes
Bright Mesa Solar"""),

    case("""Panels look amazing!! 🌞🌞 Quick ones: ⟦when will the utility swap our meter for the net metering one?⟧ And ⟦can you send the final invoice marked paid for our records?⟧

Thanks!
Carla

On Wed, Dec 2, 2026 at 3:47 PM Jordan Reyes <jordan@brightmesa.example.com> wrote:
> Hi Carla, the crew finished today and the system passed city inspection. Anything else you need from us?
>
> On Tue, Dec 1, 2026 at 8:02 AM Carla Mendes <carla.mendes@example.com> wrote:
>> Hi Jordan, will the crew need access to the garage tomorrow?""",
         [True, False], [WHEN, REQ],
         """Hi Carla,

So glad you love them! 🌞 We submitted your permission-to-operate request to the utility on December 2, and they usually swap the meter within two to three weeks, so you should see it before the new year. Our billing team takes care of invoices.‸

Best,
Jordan"""),

    # --- Hive & Heather Beekeeping Supplies (UK) --------------------------------------------
    case("""Hello!

I'm starting beekeeping this spring 🐝 after doing the course with our local association, and I'm completely lost with all the options on your website. ⟦Would you recommend a National or a WBC hive for a small back garden?⟧ ⟦Do your starter kits come with a suit, or is that separate?⟧ ⟦When do you start selling nucs⟧, and ⟦can I reserve one now?⟧

Many thanks,
Eleanor Pryce""",
         [True, True, True, False], [WHICH, WHICH, WHEN, YN],
         """Dear Eleanor,

How exciting, and welcome to beekeeping! For a small garden I'd go with the National: it's lighter to handle, cheaper, and the frames are interchangeable with what most local beekeepers use. Our starter kit includes a smock-style suit and a pair of gloves, so there's nothing extra to buy there. Nucs are usually ready from early May, depending on the weather. They're always popular, so it's worth keeping an eye on the website once they're listed.‸

Best wishes,
Tom Ashdown
Hive & Heather Beekeeping Supplies"""),

    case("""Order HH-30417 arrived with half the foundation sheets snapped, photos attached. ⟦Can you send replacements?⟧ Also ⟦is the queen excluder in this order the plastic one or the metal one?⟧ I wanted metal.

Rhys""",
         [True, True], [REQ, WHICH],
         """Hi Rhys,

Sorry about that, the cold weather makes wax brittle in transit. Ten replacement sheets went out by tracked post this morning, and there's no need to send the broken ones back. The excluder in that order is the galvanised one, so you've got what you wanted there, and it was packed separately, so it came through fine.

Tom
Hive & Heather"""),

    case("""hi ⟦do u have any oxalic acid in stock⟧ need it for this weekend. ⟦can i collect from the shop sat morning or is it post only⟧ and ⟦where abouts is the shop, is it the one at the farm⟧ cheers""",
         [True, True, True], [YN, WHICH, WHERE],
         """Hi,

We've got plenty of the 35 g Api-Bioxal sachets in. The shop's open Saturday 9 till 12, so you're welcome to pick one up then. It's the green barn at Heather Farm on Long Lane, just past the farm shop.

Tom
Hive & Heather"""),

    case("""Dear Hive & Heather,

I'm the secretary of the Wharfedale Beekeepers' Association and we're putting together a bulk winter order for members. ⟦Could you let me know whether you offer a discount to associations⟧, ⟦how much delivery would be on roughly 40 kg of fondant⟧ and ⟦whether you can invoice the association rather than us paying by card?⟧ ⟦Please also send your latest price list.⟧

With thanks,
Gillian Thwaite
Hon. Secretary, Wharfedale Beekeepers' Association
12 Mill Row, Otley""",
         [True, False, True, True], [YN, HM, YN, REQ],
         """Dear Gillian,

Thank you for thinking of us. We're happy to offer 10% off to registered associations, and we can certainly invoice the association on 30-day terms. Delivery on heavier orders like fondant is worked out by our courier by weight and postcode, so it varies from order to order.‸ I've attached our 2027 price list.

Best wishes,
Tom Ashdown
Hive & Heather Beekeeping Supplies"""),

    case("""Hi,

See below. The courier says my parcel was delivered on Friday but it definitely wasn't, and it's my dad's Christmas present. ⟦Can you chase them or send another one out?⟧ Also ⟦could you confirm the wax melter has a two-year warranty?⟧

Thanks,
Ben

Begin forwarded message:

From: Parcelwise <noreply@parcelwise.example.com>
Subject: Your parcel has been delivered
Date: 4 December 2026 at 13:02:11 GMT
To: ben.okafor@example.co.uk

Your parcel HH-30552 was delivered and left in a safe place. Not right? Please contact the sender.""",
         [True, True], [REQ, YN],
         """Hi Ben,

I'm sorry, that's the last thing you need before Christmas. Rather than wait for the courier's investigation, I've sent a replacement wax melter out today by next-day tracked delivery, and I've opened a claim with Parcelwise for the missing one. It does come with a two-year warranty, and the card is in the box.

Best wishes,
Tom
Hive & Heather"""),

    # --- Larkrise Riding Stables (UK) -------------------------------------------------------
    case("""Hi Larkrise,

My daughter Isla turns 8 on 20 February and is pony mad 🐴 so we'd love to do a pony party with you. A few questions:

- ⟦How many children can you take?⟧
- ⟦Can parents stay and watch?⟧
- ⟦Is there somewhere indoors for cake if it's raining?⟧
- ⟦What should the kids wear on their feet?⟧

Thanks so much,
Lauren Fitch
07700 900761""",
         [True, True, False, True], [HM, YN, YN, WHICH],
         """Hi Lauren,

We'd love to host Isla's party 🐴 Pony parties take up to eight riders, and parents are very welcome to watch from the viewing gallery by the arena. We'll make sure it's a day to remember whatever the weather.‸ For footwear, boots with a small heel are best; wellies are fine, but no trainers please, as they can slip through the stirrups.

Best wishes,
Kate
Larkrise Riding Stables"""),

    case("""Hello,

I haven't ridden since I was a teenager, which is about 15 years ago now, and I'll admit I'm a bit nervous about getting back on. I'm also on the heavier side (16 stone), so ⟦I was wondering if you have a weight limit for riders.⟧ ⟦Could you tell me whether you'd recommend a private lesson or a group one to start with?⟧

Best,
Sam Adeyemi""",
         [False, True], [YN, WHICH],
         """Hi Sam,

Thanks for getting in touch, and please don't worry, lots of our riders come back after a long break. I'd recommend starting with two or three private lessons so you can rebuild your confidence at your own pace before joining a group. The welfare of our horses always comes first, and we match every rider carefully to a suitable horse.‸

Best wishes,
Kate
Larkrise Riding Stables"""),

    case("""Good afternoon,

I'm looking to move my 16.2hh gelding closer to home in the new year. ⟦Do you have any full livery spaces from February?⟧ ⟦What is the monthly cost of full livery compared with part livery?⟧ ⟦Is turnout available all year round?⟧

Kind regards,
Charlotte Venning
07700 900318

DISCLAIMER: This message is intended for the addressee only. If you are not the intended recipient, please delete it.""",
         [True, True, True], [YN, HM, YN],
         """Dear Charlotte,

Thank you for your enquiry. We have a full livery stable coming free on Monday 1 February. Full livery is £780 a month and part livery £520, both including hay and bedding. Turnout is all year round, though in a wet winter we rotate the paddocks and some days it's a few hours rather than the full day.

You'd be very welcome to come and look round.

Kind regards,
Kate Marlow
Larkrise Riding Stables"""),

    case("""Hi Kate,

Just wanted to say a huge thank you to Becky for taking us out on the hack on Sunday. Millie hasn't stopped talking about it, and she's already drawn Pepper three times. Who knew two hours on a pony could make a 10-year-old this happy? We'll definitely be back in the new year.

Best wishes,
Anna""",
         [], [],
         """Hi Anna,

Thank you so much, that's made our day! I'll pass it on to Becky, and Pepper will be thrilled to hear he's had his portrait done. We'd love to see you both again in the new year.

Best wishes,
Kate"""),

    case("""Kate,

You cancelled Saturday's lesson by text an hour before it started. That's the third time this term, and we'd already driven halfway. ⟦Are we getting a credit for it or not?⟧ And ⟦I'd like to know who decided the ground was too hard, because the school next door was riding all morning.⟧

Neil Brennan

On Sat, 5 Dec 2026 at 08:14, Larkrise Riding Stables <bookings@larkrise.example.co.uk> wrote:
> Hi Neil, sorry but we've had to cancel today's 9:15 lesson due to frozen ground. We'll be in touch to rebook.""",
         [True, False], [YN, WHICH],
         """Dear Neil,

I'm really sorry, I know how frustrating a late cancellation is, especially when you're already on your way. I've added a full lesson credit to your account, and I'll hold your usual Saturday 9:15 slot for as long as you need. The safety of our riders and horses always has to come first, and on Saturday the arena surface had frozen in patches that weren't safe to ride on.‸

Kind regards,
Kate Marlow
Larkrise Riding Stables"""),

    # --- Rootfinder Genealogy Research (UK) -------------------------------------------------
    case("""Dear Rootfinder,

I've been trying for years to find out more about my grandfather, Patrick Joseph Doyle, who was born in Liverpool in 1921. His parents were Irish (we think from Mayo) but nobody in the family ever talked about them, and my mother, who is 88, would dearly love to know before she goes. I've done the basic online searches but I keep getting stuck with far too many Patrick Doyles! ⟦Is this the kind of search you can help with⟧, and ⟦roughly what would it cost to trace his parents back to Ireland?⟧ ⟦I also have his army service number from the war, would that be useful?⟧

With kind regards,
Bernadette Collins""",
         [True, False, True], [YN, HM, YN],
         """Dear Bernadette,

Thank you for writing, and for sharing your family's story. This is exactly the kind of search we do, and Liverpool-Irish families are something of a speciality for our team. His army service number will help a great deal: service records often give a next of kin and a home address, which can narrow down which Patrick Doyle is yours. Irish research fees vary a lot depending on which records survive for the parish, so it's difficult to say at this stage.‸

With best wishes,
Helen Marsh
Rootfinder Genealogy Research"""),

    case("""Thank you, Helen. I've paid the deposit by bank transfer this morning, using my surname as the reference.

Regards,
Hilary Ashworth

On Thu, 3 Dec 2026 at 10:30, Helen Marsh <helen@rootfinder.example.co.uk> wrote:
> Dear Hilary,
>
> Thank you for confirming. Could you please send the £250 deposit so we can begin? Also, do you have any family letters or photographs that might help?
>
> Best wishes,
> Helen""",
         [], [],
         """Dear Hilary,

Thank you, the deposit arrived safely. We'll start work on Monday 14 December and I'll send you a first update before Christmas.

Best wishes,
Helen""",
         quoted_only=True),

    case("""Dear Helen,

Thank you for the report on the Pemberton line, which I've now read twice. A few things I don't quite understand:

1) ⟦On page 4 you say Ellen "probably" married in 1868, why only probably?⟧
2) ⟦Would it be possible to order the actual marriage certificate⟧, and ⟦how long would it take to arrive?⟧
3) ⟦Can you also look into her brother William, who emigrated?⟧
4) ⟦Please send the report as a Word document as well as the PDF, so I can add my own notes.⟧

Many thanks,
Robert Pemberton""",
         [True, True, False, False, True], [WHY, YN, WHEN, REQ, REQ],
         """Dear Robert,

Thank you, I'm glad you've enjoyed reading it. On Ellen: two women of that name married in Bolton in 1868, and without the certificate we can't be certain which of them is yours, hence the "probably". We can order the certificate from the GRO for £12.50.‸ William is a fascinating line to follow, and emigrants often leave a very good paper trail in passenger lists. I've attached the report as a Word document.

Best wishes,
Helen Marsh
Rootfinder Genealogy Research"""),

    case("""Good day,

I search my great-grandmother, Johanna de Vries, who worked as a maid in London around 1900, I think in Kensington. ⟦Do you also search in the census records or only in the church books?⟧ And ⟦what is needed from me for the start?⟧

Kind regards,
Pieter van Dam""",
         [True, True], [WHICH, WHICH],
         """Dear Pieter,

Thank you for your email. We search both: the census returns are often the best way to find servants, since they list everyone living in the household on census night, and we then check the parish registers for marriages and baptisms. To get started we just need her full name, an approximate year of birth, and any places or family names you already know.

Kind regards,
Helen Marsh
Rootfinder Genealogy Research"""),

    case("""Helen,

It is now eleven weeks since I paid £480 and I have received nothing apart from one email saying you were "making good progress". ⟦When will I receive the report?⟧ ⟦If you can't deliver it before Christmas I want my money back.⟧

Derek Stanway

From: Helen Marsh <helen@rootfinder.example.co.uk>
Sent: Friday, October 30, 2026 2:11 PM
To: Derek Stanway <d.stanway@example.com>
Subject: RE: Stanway research

Dear Derek, we're making good progress and will be in touch soon. Please let me know if you find any more documents.""",
         [False, False], [WHEN, REQ],
         """Dear Derek,

I'm very sorry for the wait, and for not keeping you better informed. Your report is now in its final checks, and it will be with you shortly.‸

With apologies,
Helen Marsh
Rootfinder Genealogy Research"""),

    # --- Magnolia Tier Cakes (US) -----------------------------------------------------------
    case("""Hi Magnolia team!!

We just got engaged and we're getting married on Saturday, June 12, 2027 💍 ⟦Do you still have that date open?⟧ ⟦How much would a 3-tier buttercream cake for about 120 guests run?⟧ ⟦Can we come in for a tasting sometime in January?⟧

Thank you!!
Brianna & Tyler""",
         [True, False, True], [YN, HM, REQ],
         """Hi Brianna and Tyler,

Congratulations! 🎉 June 12 is still open, and I've penciled you in for the next two weeks. For 120 guests the price really depends on the design, the flavors and the finish you choose, so a tasting is the best place to start.‸ We have tasting slots on Saturday, January 16 at 11 a.m. or 2 p.m.; just let me know which works.

Sweetly,
Renee Duval
Magnolia Tier Cakes
(912) 555-0164"""),

    case("""Renee,

The cake at our reception on Saturday was visibly leaning by the time we cut it, and the top tier had a crack down the side that's in half our photos. We paid $1,150 for it. ⟦I want a partial refund.⟧ Also, ⟦why was it delivered three hours before the reception when our planner asked for one hour?⟧

Jessica Morrow""",
         [True, False], [REQ, WHY],
         """Dear Jessica,

I am so sorry. Your cake should have been perfect on your wedding day, and I understand how upsetting it is to see it in your photos. I've refunded $350 to your card this morning; it should show within five business days. Our delivery team works very hard to make sure every cake arrives in perfect condition, and I've shared your feedback with them.‸

With apologies,
Renee Duval
Magnolia Tier Cakes"""),

    case("""Hi Renee,

I'm planning the Castillo-Park wedding on Saturday, May 22, 2027 (your order MT-2291). The bride's mother has celiac disease, so ⟦can you do one gluten-free tier⟧, and ⟦would it need to be boxed separately?⟧ ⟦Please also confirm your delivery fee to Oak Hollow Barn in Pooler.⟧ ⟦What time would your team arrive for setup?⟧ The venue opens to vendors at 1 p.m.

Thanks so much,
Alicia Grant
Southern Bloom Events
(912) 555-0131

From: Renee Duval <renee@magnoliatier.example.com>
Sent: Monday, November 30, 2026 10:15 AM
To: Alicia Grant <alicia@southernbloom.example.com>
Subject: RE: Castillo-Park cake

Hi Alicia, the deposit is received. Let me know if anything changes!""",
         [True, True, True, False], [YN, YN, HM, WHEN],
         """Hi Alicia,

Thanks for the heads-up. We can absolutely make the middle tier gluten-free; it's baked in dedicated pans and boxed separately, then assembled on site so nothing touches the other tiers. Delivery to Oak Hollow Barn is $85, which includes setup. We'll coordinate timing with you closer to the date.‸

Sweetly,
Renee"""),

    case("""hey ⟦do u guys do cake pops or just big cakes⟧. ⟦can i get 60 for a bridal shower on jan 23⟧ thx""",
         [True, True], [WHICH, REQ],
         """Hey!

We do cake pops too: $3.25 each, in any of our cake flavors. Saturday the 23rd is fully booked for pickups, but we could have 60 ready for you on Friday, January 22 from 3 p.m. if that works.

Renee
Magnolia Tier Cakes"""),

    case("""Thanks Renee! Actually we've changed our minds on the filling. ⟦Could we swap the raspberry for lemon curd?⟧ And ⟦is it too late to add a small cutting cake for the groom's family?⟧

Maya

On Thu, Dec 3, 2026 at 11:20 AM Renee Duval <renee@magnoliatier.example.com> wrote:
> Hi Maya, happy to do raspberry! Do you want it in all three tiers or just the top?
>
> On Wed, Dec 2, 2026 at 9:05 PM Maya Lindqvist <maya.l@example.com> wrote:
>> Could we do a raspberry filling instead of the strawberry?""",
         [False, False], [REQ, YN],
         """Hi Maya,

Thanks for getting back to me!‸ Raspberry is one of our favorite fillings, and it works beautifully in all three tiers, so I'll note that down on your order.

Sweetly,
Renee"""),

    # --- The Crux Climbing Centre (UK) ------------------------------------------------------
    case("""hiya 🧗 ⟦is the bouldering area open on christmas eve⟧ and ⟦what time does it close⟧. also ⟦can i bring my own chalk ball or do u only allow liquid chalk now⟧""",
         [True, True, True], [YN, WHEN, WHICH],
         """Hi!

Yep, we're open on Christmas Eve from 10 am, closing early at 4 pm 🎄 Chalk balls are absolutely fine; we only ask that you don't use loose chalk in the bouldering area.

See you on the wall,
The Crux team"""),

    case("""Hi there,

I'm looking into booking a climbing party for my son's 9th birthday. Could you help with the following?

1. ⟦What's the minimum age for a climbing party?⟧
2. ⟦Do parents need to sign a waiver for each child in advance?⟧
3. ⟦Can we bring our own food, or do we have to use the café?⟧
4. ⟦Please hold Sunday 17 January at 2 pm for us if it's available.⟧

Thanks,
Rachel Idowu""",
         [True, True, False, True], [HM, YN, WHICH, REQ],
         """Hi Rachel,

Thanks for thinking of us for the party! Climbing parties are for ages 6 and up, so your son and his friends are fine. Each child needs a waiver signed by a parent or guardian before the day; the link comes with the booking confirmation. Our café does a great party platter at £6 a head, with a vegetarian option.‸ I've pencilled you in for Sunday 17 January at 2 pm and will hold it until Friday.

Cheers,
Jess
The Crux Climbing Centre"""),

    case("""I cancelled my membership at the desk in October and you've taken £52 from my account again on 1 December. ⟦I want it refunded⟧ and ⟦I want written confirmation that the direct debit has been stopped.⟧ ⟦How did this even happen?⟧

Callum Reid
Membership no. CX-10488""",
         [True, True, False], [REQ, REQ, WHY],
         """Hi Callum,

I've refunded the £52 to your account today; it should arrive within 3 to 5 working days. I can also confirm that your direct debit has now been cancelled, and you can keep this email as written confirmation. I'm really sorry for the stress this has caused you.‸

Best,
Jess
The Crux Climbing Centre"""),

    case("""Hello,

I am exchange student from Spain, in Sheffield until June. I want to learn climbing with rope. ⟦You have course for beginners in English?⟧ ⟦How many sessions is it⟧ and ⟦is necessary to buy the shoes?⟧

Thank you very much,
Lucía Ferrer""",
         [True, True, False], [YN, HM, YN],
         """Hi Lucía,

Welcome to Sheffield! Our Intro to Ropes course is taught in English, and it runs over four sessions across two weeks. Good shoes make a huge difference when you're learning, so they're well worth thinking about.‸

Cheers,
Jess
The Crux Climbing Centre"""),

    case("""Hello,

⟦Could you send over a quote for a team-building session for 14 people on a weekday evening in February?⟧ We're a fairly unsporty bunch, so it would need to be beginner friendly. ⟦We'd also need to know whether you can provide pizza afterwards.⟧

Kind regards,
Marcus Bell
Office Manager, Northfield Analytics Ltd

CONFIDENTIALITY NOTICE: This email is confidential. If you have received it in error, please notify the sender immediately.""",
         [True, True], [REQ, YN],
         """Hi Marcus,

Thanks for your enquiry. I've attached a quote for 14 people on a weekday evening in February, with two of our instructors running a beginners' session; no experience needed. We can't do pizza, I'm afraid, but our café can put on a hot buffet afterwards, and the options are on page 2 of the quote.

Best,
Jess
The Crux Climbing Centre"""),

    # --- InkNest (US) -----------------------------------------------------------------------
    case("""⟦Will the 902XL cartridges work in an HP OfficeJet Pro 6978?⟧ The listing doesn't say. And ⟦are yours genuine HP or remanufactured?⟧

Thanks,
Walt""",
         [True, True], [YN, WHICH],
         """Hi Walt,

They will: the 902XL is fully compatible with the OfficeJet Pro 6978. Ours are original HP shells that we clean, refill and test here in Columbus, which is how we keep them at about half the price, and every one is backed by our one-year guarantee.

Thanks,
Gina
InkNest Customer Care"""),

    case("""Got it, thanks. Tracking shows it arriving tomorrow.

Sent from my iPhone

On Mon, Dec 7, 2026 at 9:41 AM InkNest <orders@inknest.example.com> wrote:
> Your order IN-78204 has shipped!
> Questions about your order? Just reply to this email.
> Please allow 1-2 business days for tracking to update.""",
         [], [],
         """Hi,

Great, thanks for letting us know. Enjoy the new cartridges!

Gina
InkNest Customer Care""",
         quoted_only=True),

    case("""The "compatible" toner you sold me (order IN-77120) shows "cartridge not recognized" on my Brother HL-L2350DW. I've wasted an entire afternoon on this. ⟦Send me a return label or a replacement, I don't care which, but I need a working printer by Friday.⟧ ⟦Is there a firmware issue I should know about?⟧

R. Castellano""",
         [True, True], [REQ, YN],
         """Hello,

I'm sorry about the wasted afternoon. I've shipped a replacement by 2-day express, so it will arrive Thursday, December 10, and there's no need to send the old one back. You're right to suspect the firmware: Brother's latest update blocks some third-party chips, and the replacement carries the newer chip that works with it.

Best regards,
Gina
InkNest Customer Care"""),

    case("""Hi,

⟦Please resend invoice INV-20931.⟧ Our accounts payable team never received it. Going forward, ⟦can you set us up on net-30 terms?⟧ And ⟦do you offer a discount on orders over $500?⟧

Thanks,
Denise Okafor
Office Administrator | Pruitt & Lane CPAs
(614) 555-0176""",
         [True, False, True], [REQ, YN, YN],
         """Hi Denise,

I've just resent INV-20931 to ap@pruittlane.example.com and copied you in. Net-30 accounts are reviewed by our finance team.‸ On discounts: orders over $500 get 8% off automatically at checkout when you're logged in to your business account.

Best,
Gina
InkNest Customer Care"""),

    case("""Hello,

My grandson usually orders these for me, but he is away at college until Christmas. I have an Epson printer, it says WF-2850 on the front. ⟦I was wondering which ink I need to buy from you⟧ and ⟦whether I can order by telephone instead of on the website, as I find it rather confusing.⟧

Thank you kindly,
Dorothy Lindgren""",
         [True, False], [WHICH, YN],
         """Dear Dorothy,

Thank you for writing to us. Your WF-2850 uses Epson 220 cartridges: one black, and one each of cyan, magenta and yellow. The multipack covers all four and is the best value. Our website also has a printer finder at the top of every page: just type in WF-2850 and it will show you the right cartridges.‸

Warm regards,
Gina
InkNest Customer Care"""),

    # --- Deskside Kitchen (UK) --------------------------------------------------------------
    case("""Hi Jo,

We'd like to book lunch for our quarterly planning day:

1. ⟦Can you do a working lunch for 25 on Wednesday 13 January, delivered to our 4th floor by 12:15?⟧
2. We have 3 vegans, 2 coeliacs and one nut allergy, so ⟦please can you label everything clearly?⟧
3. ⟦Do you collect the platters afterwards or are they disposable?⟧
4. ⟦Please send the invoice to accounts@harlowreed.example.co.uk rather than to me.⟧

Thanks,
Sophie Carter
Harlow Reed LLP
07700 900944""",
         [True, True, False, True], [YN, REQ, WHICH, REQ],
         """Hi Sophie,

Thanks for booking with us again. Wednesday 13 January for 25 is fine, and we'll have everything on your 4th floor by 12:00. Every dish will be labelled with its allergens, and the vegan, gluten-free and nut-free options will be packed and marked separately. All our platters are eco-friendly and plastic-free.‸ Noted on the invoice: it'll go to your accounts team.

Best,
Jo Whitfield
Deskside Kitchen"""),

    case("""Perfect, thanks Jo. Confirmed for Tuesday, and I'll have the numbers to you by Friday.

Amir

From: Jo Whitfield <jo@desksidekitchen.example.co.uk>
Sent: Friday, December 4, 2026 3:02 PM
To: Amir Haddad <amir.haddad@example.co.uk>
Subject: RE: Team lunch

Hi Amir, we can do the sandwich platters on Tuesday 15 December. Could you let me know final numbers by Friday 11 December, please?

Jo""",
         [], [],
         """Hi Amir,

Lovely, thanks. We'll look out for the numbers on Friday and see you on Tuesday 15 December.

Jo
Deskside Kitchen""",
         quoted_only=True),

    case("""Jo,

Yesterday's lunch arrived 40 minutes late and we had clients in the room. The sandwiches were fine, but that's not the point. ⟦What are you going to do about it?⟧ And ⟦can you guarantee it won't happen again for the board meeting on Thursday 17 December?⟧

Fiona Lang
Executive Assistant to the Managing Director""",
         [True, False], [WHICH, YN],
         """Dear Fiona,

I'm very sorry. Arriving late when you had clients in the room let you down badly. We've credited yesterday's lunch in full, and you'll see it on your next invoice. We're reviewing our delivery routes this week and will do everything we can to make sure Thursday goes smoothly.‸

With apologies,
Jo Whitfield
Deskside Kitchen"""),

    case("""Hi Jo!

The team LOVED the Thai boxes last week 😍 ⟦Could we get the same again on Friday 18 December for 30?⟧ Oh and ⟦is there any way to add a festive dessert?⟧

Thanks!
Priya

On Mon, 30 Nov 2026 at 12:44, Jo Whitfield <jo@desksidekitchen.example.co.uk> wrote:
> Hi Priya, just confirming 30 Thai boxes for Thursday 3 December. Any dietary changes, please let me know.""",
         [True, False], [REQ, YN],
         """Hi Priya,

So glad they went down well! Friday 18 December for 30 Thai boxes is booked in 👍 Our pastry chef has been working on a brand-new festive menu this month, so watch this space.‸

Jo
Deskside Kitchen"""),

    case("""Hello, ⟦what is price per person for the hot buffet menu B⟧, and ⟦what is your minimum order?⟧ Thanks, Raj""",
         [True, True], [HM, HM],
         """Hi Raj,

Menu B is £16.50 per head plus VAT, and we need a minimum of 10 people for hot buffets.

Best,
Jo
Deskside Kitchen"""),

    # --- Keystone Piano Movers (US) ---------------------------------------------------------
    case("""Hello,

We're moving from a third-floor walk-up in Fishtown to a house in Cherry Hill, NJ sometime in mid-January. It's a Yamaha U1 upright, about 500 lbs I think. The stairwell is narrow and there's a tight turn at the landing between the second and third floors (our couch barely made it up!). ⟦Is that something your crew can handle?⟧ ⟦How much would a move like that be, roughly?⟧ ⟦Do you take the bench and the boxes of sheet music too, or just the piano?⟧ ⟦Are you available the week of January 11?⟧

Thanks,
Owen Kowalski
(215) 555-0183""",
         [True, True, True, False], [YN, HM, WHICH, YN],
         """Hi Owen,

Thanks for the details. Tight third-floor turns are something our crew handles every week, and we'll bring a stair-climbing dolly for the landing. A three-flight upright move from Fishtown to Cherry Hill is a flat $525. The bench travels with the piano at no charge, but we can't take the boxes of sheet music, since our insurance covers the instrument only. Our January calendar is filling up quickly, so I'd recommend booking soon.‸

Best,
Frank DiNardo
Keystone Piano Movers
(215) 555-0119"""),

    case("""Frank,

Your crew scratched the front leg of our Steinway when they delivered it last Tuesday (Dec 1). Photos attached. ⟦How do I file a damage claim⟧, and ⟦how long does it take to get paid out?⟧ ⟦I'd also like to know why the movers didn't use the leg wraps that were listed on your quote.⟧

Catherine Bloom""",
         [True, False, False], [HOW, WHEN, WHY],
         """Dear Catherine,

I'm so sorry about the scratch. I've opened claim KPM-0412 for you, so all you need to do is reply to this email with a repair estimate from a piano technician, and I'll add it to the claim. Claims are handled by our insurer. I'm also very sorry about the leg wraps; that is not the standard we hold ourselves to.‸

Sincerely,
Frank DiNardo
Keystone Piano Movers"""),

    case("""⟦how much to move a baby grand from storage to a church⟧, same town, ground floor both ends. ⟦can u do a saturday⟧""",
         [True, True], [HM, YN],
         """Hi,

A baby grand on the ground floor at both ends, within town, is $395, which includes taking the legs off and putting them back on. Saturday moves are available for an extra $75.

Frank
Keystone Piano Movers"""),

    case("""Dear Mr. DiNardo,

St. Bride's Episcopal is renovating its parish hall this spring, and we need to move and store our Baldwin grand from March through June. ⟦I'd like to know whether you offer climate-controlled storage⟧, and ⟦if so, what the monthly rate is.⟧ ⟦Could you also tell me if you're able to tune the piano after it's returned?⟧ ⟦Please send a certificate of insurance naming the church as additional insured.⟧

With thanks,
Martha Quigley
Parish Administrator
(215) 555-0148

From: Keystone Piano Movers <office@keystonepiano.example.com>
Sent: Tuesday, December 1, 2026 9:30 AM
To: Martha Quigley <office@stbrides.example.org>
Subject: RE: Piano move

Dear Martha, thank you for your call. Could you send us the dates you have in mind?""",
         [True, True, True, False], [YN, HM, YN, REQ],
         """Dear Martha,

Thank you for the details. We do offer climate-controlled storage at our Conshohocken warehouse, held at 68°F and 45% humidity, and the rate for a grand is $110 a month. We don't tune pianos ourselves, but we work closely with two excellent local tuners and I'd be glad to pass on their details. We're happy to help with any paperwork the church needs.‸

Sincerely,
Frank DiNardo
Keystone Piano Movers"""),

    case("""Hi Frank,

Forwarding my building manager's rules below. ⟦Can you work within the 9 to 4 elevator window?⟧ And ⟦do you need anything from me before the day?⟧

Thanks,
Anjali

---------- Forwarded message ---------
From: Lakeview Towers Management <mgmt@lakeviewtowers.example.com>
Date: Fri, Dec 4, 2026 at 11:15 AM
Subject: Move-in rules
To: <anjali.nair@example.com>

Moves must use the freight elevator between 9 a.m. and 4 p.m. Please ensure your movers send a certificate of insurance 48 hours in advance. Can you confirm your move date?""",
         [True, False], [YN, WHICH],
         """Hi Anjali,

No problem at all. We'll be there at 9:30 a.m. and out well before 4, since a single-piano elevator move takes us about two hours. We've sent our certificate of insurance to Lakeview Towers Management this morning.‸

Best,
Frank
Keystone Piano Movers"""),

    # --- Harlan Museum of Natural History, membership office (US) ---------------------------
    case("""Hi there!

I'd love to give my dad a membership for Christmas 🎁 ⟦Can I buy it online and have the card mailed straight to him?⟧ ⟦Does the Family level cover grandkids?⟧ He takes my two every other Saturday. And ⟦what's the last day to order so it arrives by the 24th?⟧

Thanks!
Kelsey""",
         [True, True, False], [YN, YN, WHEN],
         """Hi Kelsey,

What a lovely gift! Just choose "Gift membership" at checkout and enter your dad's address, and we'll mail the card and a welcome letter directly to him. The Family level covers two adults plus all children or grandchildren under 18, so your kids are included. We do recommend ordering early during the busy holiday season.‸

Warmly,
Denise Park
Membership Office, Harlan Museum of Natural History
(312) 555-0152"""),

    case("""Done, renewed online just now. Thanks for the reminder!

Linda

On Fri, Dec 4, 2026 at 10:02 AM Harlan Museum Membership <members@harlanmuseum.example.org> wrote:
> Dear Linda,
> Your membership expires on December 31. Renew today to keep your benefits! Would you like to upgrade to Patron level? Reply to let us know.""",
         [], [],
         """Dear Linda,

Thank you for renewing! Your new cards will be in the mail within the next two weeks.

Warmly,
Denise Park
Membership Office""",
         quoted_only=True),

    case("""I was charged $120 TWICE for my membership renewal on 11/30. ⟦I want the duplicate charge reversed immediately.⟧ Also, my new cards still haven't arrived. ⟦When were they mailed?⟧

Tom Becker
Member #HM-204417""",
         [True, False], [REQ, WHEN],
         """Dear Tom,

I'm sorry about the double charge. I've reversed the duplicate $120 this morning; depending on your bank, it can take 3 to 5 business days to appear. New membership cards are normally mailed within four to six weeks of renewal.‸

Warmly,
Denise Park
Membership Office, Harlan Museum of Natural History"""),

    case("""Hello,

I have a few questions about my Individual membership:

1. ⟦Does it get me into the Dinosaur Giants exhibition for free, or is there an extra charge?⟧
2. ⟦Can I bring a guest?⟧
3. ⟦Is the reciprocal program (NARM) included at my level?⟧

Thank you,
Harold Winslow""",
         [True, True, False], [WHICH, YN, YN],
         """Dear Harold,

Thank you for your questions. Special exhibitions, including Dinosaur Giants, are free for all members. The Individual level admits the member only, but you can upgrade to Dual for $30 at any time to bring a guest on every visit. NARM is a wonderful benefit, giving access to more than 1,000 museums, gardens and zoos across North America.‸

Warmly,
Denise Park
Membership Office"""),

    case("""Hello,

I move to a new address last week. ⟦Please update: 4417 N. Winthrop Ave, Apt 2B, Chicago IL 60640.⟧ Also ⟦can I change the name on membership to my wife, because she uses it more than me?⟧

Thank you,
Hiroshi Tanaka

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender.""",
         [True, True], [REQ, YN],
         """Dear Mr. Tanaka,

Thank you for letting us know. I've updated your address to 4417 N. Winthrop Ave, Apt 2B, and your next mailing will go there. Your wife can take over as the primary member: just ask her to reply with her full name and date of birth, and we'll reissue both cards in her name.

Warmly,
Denise Park
Membership Office"""),

    # --- Tickwell & Sons Watch Repairs (UK) -------------------------------------------------
    case("""Hello,

My late grandfather's Omega Seamaster, from 1962 I believe, stopped about a year ago and has been sitting in a drawer ever since. It isn't worth a fortune but it's the only thing of his I have. ⟦Is it worth repairing, or would a service cost more than the watch is worth?⟧ ⟦I'd also like to know if you can keep the original dial rather than replacing it, as the patina is what makes it his.⟧ ⟦How long would you need it for?⟧

Thank you,
James Whitlock""",
         [True, True, False], [WHICH, YN, WHEN],
         """Dear James,

Thank you for writing. A full service on a 1960s Seamaster is £340, and a watch like this is well worth it, both for what it means to you and for what it is. We never refinish or replace an original dial unless we're asked to, so it will come back exactly as your grandfather wore it. Vintage pieces need time and care, and we never rush them.‸

Kind regards,
Arthur Tickwell
Tickwell & Sons Watch Repairs"""),

    case("""Great, I'll drop it in on Saturday morning.

Cheers,
Tom

On Fri, 4 Dec 2026 at 16:45, Tickwell & Sons <workshop@tickwell.example.co.uk> wrote:
> Hi Tom,
> Yes, we can fit a new crystal to your Tissot while you wait. Please bring the original box and papers if you have them. Would you also like us to check the water resistance?
> --
> Tickwell & Sons Watch Repairs
> Is your watch running slow? Book a service today.""",
         [], [],
         """Hi Tom,

See you Saturday. We open at 9, and the crystal takes about 40 minutes.

Arthur
Tickwell & Sons""",
         quoted_only=True),

    case("""⟦How much for a battery change on a Seiko⟧, and ⟦can you do it while I wait?⟧ Also ⟦where can I park near you?⟧

Cheers, Nathan""",
         [True, True, False], [HM, YN, WHERE],
         """Hi Nathan,

A battery change on a Seiko is £12, and it takes about ten minutes at the counter. We're right in the middle of town, a couple of minutes' walk from the market.‸

Arthur
Tickwell & Sons"""),

    case("""Mr Tickwell,

I collected my Tudor on 20 November after paying £295 for a full service, and it is now losing four minutes a day. ⟦What exactly did you do to it for that money?⟧ ⟦I expect you to put it right free of charge.⟧ ⟦When can I bring it back in?⟧

Leonard Ellery

From: Tickwell & Sons <workshop@tickwell.example.co.uk>
Sent: Thursday, November 19, 2026 11:02 AM
To: Leonard Ellery <l.ellery@example.com>
Subject: Your Tudor is ready

Dear Mr Ellery, your watch is ready for collection. Please bring your repair ticket.""",
         [True, True, False], [WHICH, REQ, WHEN],
         """Dear Mr Ellery,

I'm sorry the watch isn't keeping time. The service included a full strip-down, cleaning and lubrication of the movement, a new mainspring and new gaskets, and regulation on our timing machine before it left us. Losing four minutes a day is well outside what we'd accept, and it's fully covered by our 12-month service warranty, so there will be no charge at all. We'll be in touch to arrange a convenient time.‸

Kind regards,
Arthur Tickwell
Tickwell & Sons Watch Repairs"""),

    case("""Hello 🙏 my watch glass is broken (Casio Edifice). ⟦You can change only the glass?⟧ I am in Leeds, ⟦can I send by post or I must come?⟧

Thank you
Dawit

On Sat, 5 Dec 2026 at 19:20, Dawit Bekele <dawit.b@example.com> wrote:
> Hello, do you repair Casio watches?""",
         [True, False], [YN, WHICH],
         """Hello Dawit,

Yes, we can replace just the glass on the Edifice; it's £45, including a pressure test afterwards. Our workshop is at 14 Kirkgate, Wakefield, open Tuesday to Saturday, 9 to 5.‸

Kind regards,
Arthur
Tickwell & Sons"""),

    # --- Greenlight Driving School (UK) -----------------------------------------------------
    case("""Hi,

My daughter turns 17 in March and wants to get going with lessons straight away. A few questions:

1. ⟦Do you offer intensive courses over the Easter holidays?⟧
2. ⟦How many hours do you think a complete beginner usually needs?⟧
3. ⟦Can she use your car for the test?⟧
4. ⟦Is it a manual or an automatic?⟧

Thanks,
Michelle Doherty
07700 900129""",
         [True, False, True, True], [YN, HM, YN, WHICH],
         """Hi Michelle,

Thanks for getting in touch. We run semi-intensive courses over the Easter holidays, two hours a day for two weeks. Every learner is different, so it's hard to put a number on it.‸ She's welcome to use our car for the test, and it's a manual Ford Fiesta; we also have one automatic if she'd prefer.

Best wishes,
Sue Parkin
Greenlight Driving School"""),

    case("""hiya ⟦can i move my lesson from thurs to fri same time⟧ got a dentist appointment. also ⟦when do i pay for the test⟧

kieran""",
         [True, False], [REQ, WHEN],
         """Hi Kieran,

No problem, I've moved you to Friday 11 December at 4 pm 👍 The test fee is £62.‸

Sue"""),

    case("""Sue,

My son's test was last Monday at 8:10 and the instructor never turned up. We lost the £62 test fee and he's devastated. ⟦Who is going to pay for the rebooking?⟧ And ⟦why did nobody phone us?⟧

Carol Henshaw

On Fri, 27 Nov 2026 at 17:30, Greenlight Driving School <office@greenlight.example.co.uk> wrote:
> Hi Carol, just confirming Ryan's test on Monday 30 November, 8:10 am at Heckmondwike. Please make sure he brings his licence.""",
         [True, False], [WHICH, WHY],
         """Dear Carol,

I'm so sorry, and please pass my apologies on to Ryan. We'll pay the rebooking fee in full, and we'd like to give him two free lessons before his new test. That should never have happened.‸

Kind regards,
Sue Parkin
Greenlight Driving School"""),

    case("""I PASSED!!! 🎉 First time with only 3 minors. Thank you so much Sue, I couldn't have done it without you. ⟦Do you do Pass Plus?⟧ Mum says it might bring my insurance down.

Ellie x""",
         [True], [YN],
         """Ellie, that's brilliant news, congratulations! You worked so hard for it.

We do run Pass Plus: six hours over three sessions, including motorway driving, and plenty of insurers give a discount for it.

Sue"""),

    case("""Dear Greenlight,

We're a local delivery company with six van drivers, some of whom have picked up a few too many dents lately. ⟦Could you tell me if you offer refresher lessons for van drivers⟧, and ⟦whether these can be done in our own vans?⟧ ⟦Please send me prices for a group of six.⟧

Regards,
Tomasz Wiśniewski
Operations Manager, Swiftline Deliveries Ltd
07700 900672

DISCLAIMER: This email and any attachments are intended only for the named recipient.""",
         [True, True, False], [YN, YN, REQ],
         """Dear Tomasz,

Thank you for your enquiry. We run refresher courses for van drivers, covering manoeuvring, reversing and hazard awareness, and they can be done in your own vans as long as your fleet insurance covers our instructors. Pricing for group bookings is tailored to each company's needs.‸

Kind regards,
Sue Parkin
Greenlight Driving School"""),
]
