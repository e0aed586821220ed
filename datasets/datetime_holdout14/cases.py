"""The hand-written cases of Tactful's fourteenth held-out date/time set (built by build_datetime_holdout14.py).

Each case is a customer-service reply (``text``), the customer's email it answers (``thread``) and the
context the date/time checks read: ``now`` (ISO 8601 with the UTC offset the writer's zone had at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's zone
is known) and ``locale``. A flagged expression sits between ⟦ ⟧, and ``checks`` gives, in order, the
check each marked span is a case of. Negatives mark nothing.

Written blind (see README.md). Every weekday, past/future relation, UTC offset and conversion between
zones was worked out with Python's calendar, datetime and zoneinfo in throwaway scripts kept outside
the repository, never from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Leeds garage; the nurse can drop the car off before a shift or after it, and the garage is open 7am-9pm.
    case("Hi Gareth,\n\nThanks for getting in touch about the MOT on your Focus (reg YK19 PLT). We've booked it "
         "in for Tuesday 12 January at ⟦7:15⟧, and the test plus a check of the two front tyres (205/55 R16) "
         "comes to £54.85. If the tyres need replacing, we'll ring you on 07700 900481 before doing any "
         "work.\n\nCheers,\nDanny\nKirkstall Road Motors",
         "Hiya, the MOT on the Focus runs out this month. I'm on 12-hour shifts at St James's so I can only "
         "drop it off early before I start or in the evening once I'm done. Your website says you're open "
         "7am to 9pm. Gareth",
         "2038-01-09T11:40:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Cairns dive school; the couple would take the early boat or the night dive.
    case("Hi Sophie and Tom,\n\nGreat news, we've got two spots left on Saturday 20 February 🤿 Meet us at the "
         "Reef Fleet Terminal, Pier 3, at ⟦6:30⟧ and bring your certification cards. The trip is A$189 each "
         "including gear hire, and we'll stay above 18 m since you're both Open Water divers.\n\nSee you on "
         "the boat,\nKirra\nReefline Dive Co, Cairns",
         "Hi! We're Open Water certified and up in Cairns for a week. We'd happily do either the early boat "
         "or the night dive on the Saturday, whichever has room for two. Sophie",
         "2038-02-15T16:05:00+10:00", "Australia/Brisbane", "en-GB", ["ambiguous-time"]),
    # 03: Wellington beekeeping supplier; the customer starts work at 8 and finishes at 4:30.
    case("Hi Aroha,\n\nThanks for ordering the starter kit (two 10-frame boxes, a smoker and a veil, $389 "
         "including GST). Our hive-opening demo at the Karori apiary is on Thursday 14 October at ⟦6:45⟧, "
         "and you're very welcome to come along before you collect the kit. It runs for about an hour, so "
         "wear long sleeves and light colours.\n\nNgā mihi,\nHemi\nKarori Bee Supplies",
         "Kia ora Hemi, I've just ordered the starter kit. Is there a demo I could watch first? I start work "
         "at 8 in the morning and finish at 4:30, so early or after work both suit. Aroha",
         "2038-10-08T09:10:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 04: Toronto appliance repair; the customer is home until 9 in the morning and after 6 in the evening.
    case("Hi Adaeze,\n\nSorry to hear the washer is leaking again. I've booked our technician, Raj, for "
         "Wednesday, June 9, at ⟦8:30⟧ at 41 Glenholme Avenue. The diagnostic visit is $129 plus HST, and "
         "that amount comes off the repair if you go ahead. Please have the model number (WF45R6100AW) handy "
         "and clear about 3 feet around the machine.\n\nThanks,\nLena\nDufferin Appliance Repair",
         "Hello, our Samsung washer is leaking from the bottom again. I'm at home until 9 in the morning and "
         "again after 6 in the evening, any day next week. Adaeze Okafor",
         "2038-06-03T14:25:00-04:00", "America/Toronto", "en-US", ["ambiguous-time"]),
    # 05: Bundoran surf school; the sisters want a lesson before work or after it (a July evening in Donegal).
    case("Hi Ciarán,\n\nLovely to hear from you again. I've put you and your sister down for the improvers' "
         "lesson on Friday 16 July at ⟦half past six⟧ on Tullan Strand, meeting at the lifeguard hut. It's "
         "€45 each for two hours with boards and 5/4 wetsuits, and if the swell is over 2 m we'll move you "
         "to the main beach.\n\nSee you in the water,\nNiamh\nAtlantic Edge Surf School, Bundoran",
         "Hi Niamh, me and my sister want another lesson next week. We're both working so it'd have to be an "
         "early one before work or an evening one after, whatever you have. Ciarán",
         "2038-07-10T19:20:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 06: Lahore pathology lab, open round the clock; the doctor on night duty can come morning or evening.
    case("Dear Mr. Farooq,\n\nThank you for contacting Citilab Diagnostics. Your fasting lipid profile and "
         "HbA1c are booked for Monday 22 March at ⟦7.45⟧ at our Gulberg III collection centre, 88-B Main "
         "Boulevard. Kindly fast for 10 to 12 hours beforehand; water is allowed. The charges are PKR 2,400 "
         "and the report will be on the portal within 24 hours.\n\nRegards,\nSana Iqbal\nPatient Services",
         "Assalam o Alaikum, I need the fasting cholesterol test. I am doing night duty at the hospital these "
         "days so I can come either in the morning after my duty finishes or in the evening before it starts. "
         "Your centre is open 24 hours I think. Regards, Imran Farooq",
         "2038-03-19T21:30:00+05:00", "Asia/Karachi", "en-GB", ["ambiguous-time"]),
    # 07: Cardiff funeral directors; some of the family can come before work, some only after.
    case("Dear Mrs Pritchard,\n\nI'm so sorry for your loss. I've arranged for the family to see Dai in our "
         "chapel of rest on Thursday 2 December at ⟦8 o'clock⟧, and you'll have the room for as long as you "
         "need. The chapel is open from 7am to 9pm every day. Our address is 14 Heol y Felin, Whitchurch, and "
         "there's parking for six cars at the back.\n\nWith kind regards,\nRhian Evans\nEvans & Daughters "
         "Funeral Directors",
         "Hello, we'd like to come and see Dad before Friday. Some of us work so it would need to be early "
         "before work or in the evening after. Is the chapel open then? Glenys Pritchard",
         "2038-11-28T15:50:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 08: Grouse Mountain ski school; the kids can do an early-bird session or a night session under lights.
    case("Hi Dev,\n\nThanks for the note! I've booked a two-hour private lesson for Aanya and Kabir on "
         "Saturday, January 30, meeting at the Peak Chalet ski school desk at ⟦6:15⟧. The rate is $240 for "
         "both kids, rentals included (helmet sizes S and M). The Skyride runs every 15 minutes, so give "
         "yourselves a good half hour to get up the mountain.\n\nSee you on the snow,\nMarc\nGrouse Peak "
         "Snow School",
         "Hi, can we book a private lesson for our two on Saturday? They're happy to do the early-bird "
         "session before breakfast or a night session under the lights, whatever is free. Dev Malhotra",
         "2038-01-24T22:40:00-08:00", "America/Vancouver", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Brisbane aquarium shop, written at 00:10 on a Saturday to a Friday-evening email asking for "tomorrow".
    case("Hi Liam,\n\nThanks for your order (#AQ-20914). The six cardinal tetras and the Amano shrimp are "
         "bagged and in the holding tank, and you can collect them ⟦tomorrow⟧ between 9am and 5pm. The total "
         "is $71.40, and please bring an esky so the water stays around 24°C on the drive home.\n\nCheers,\n"
         "Jess\nPaddington Aquatics",
         "Hi Jess, can I pick up the fish tomorrow? Want to get them settled in before the weekend's over. "
         "Liam",
         "2038-05-08T00:10:00+10:00", "Australia/Brisbane", "en-GB", ["relative-date"]),
    # 10: Manchester skip hire, written on a Wednesday (the 17th or the 24th).
    case("Hi Shaun,\n\nNo problem about the extra rubble. We'll swap your 8-yard skip for a 12-yard one ⟦next "
         "Friday⟧, and the difference is £95 plus VAT. Please keep the drive clear from 7am so the lorry can "
         "get in, and don't put plasterboard or paint tins in it.\n\nThanks,\nKaren\nMossley Skip Hire",
         "Hi, the skip's nearly full already and we've still got the back bedroom to gut. Can you swap it for "
         "a bigger one? Shaun",
         "2038-09-15T10:05:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 11: Auckland genealogist on a Tuesday morning to a client in Los Angeles, where it is Monday afternoon.
    case("Hi Marisol,\n\nGood news on the Tauranga branch of your family: I found your great-great-grandmother's "
         "1894 marriage record and two passenger lists. I'll ring you ⟦tomorrow⟧ at 10am your time to go "
         "through them, and the scans (about 40 MB) will be in your shared folder before then. The research "
         "so far comes to 6.5 hours at NZ$85 an hour.\n\nNgā mihi,\nTui\nWhakapapa Roots Research",
         "Hi Tui, any luck with the Tauranga side? Could we talk it through on the phone this week? Marisol",
         "2038-08-17T09:30:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"],
         recipient_timezone="America/Los_Angeles"),
    # 12: Newquay surf school, written on a Saturday morning (this weekend or the one after).
    case("Hi Hannah,\n\nThanks for asking about lessons for the twins. We've got two places in the 8–11s group "
         "⟦next weekend⟧, on both mornings from 10am to 12pm at Fistral. It's £35 per child per session, and "
         "they'll need to be able to swim 25 m.\n\nThanks,\nPete\nFistral Surf Academy, Newquay",
         "Hi, my twins (9) are desperate to try surfing. Have you got anything at the weekend? Hannah",
         "2038-06-05T09:15:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 13: Mumbai pharmacy, written at 00:30 on a Tuesday to a Monday-night request for delivery "tonight".
    case("Dear Mrs Kulkarni,\n\nThank you for ordering from Shree Sai Medicals. Your mother's insulin pens "
         "(pack of 5) and the glucometer strips have been packed, and our rider will bring them ⟦tonight⟧ to "
         "Flat 702, Sea Breeze CHS, Bandra West. The total is ₹3,286 and he will carry a card machine.\n\n"
         "Regards,\nAmit\nShree Sai Medicals",
         "Hello, my mother's insulin is almost finished. Can you please deliver tonight itself? We are in "
         "Bandra West. Thanks, Meera Kulkarni",
         "2038-12-14T00:30:00+05:30", "Asia/Kolkata", "en-GB", ["relative-date"]),
    # 14: Johannesburg architects, written on a Tuesday (the 4th or the 11th).
    case("Hi Thabo,\n\nThanks for the comments on the stoep and the double-volume lounge. We'll send the revised "
         "plans (drawing set A-101 to A-112) ⟦next Thursday⟧ so you can look at them before the council "
         "submission. The extra redesign hours come to R8,750 excluding VAT, as per our agreement.\n\nKind "
         "regards,\nLerato\nMokoena & Venter Architects",
         "Hi Lerato, attached are our notes on the plans. When can we see the next version? Thabo",
         "2038-03-02T15:45:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),
    # 15: Batangas dive resort at 06:30 on a Monday to a customer in Toronto, where it is Sunday evening.
    case("Hi Kevin,\n\nThank you for booking with us! Our driver Jun-Jun will be at NAIA Terminal 3, Door 4, "
         "holding a sign with your name, and the van leaves for Anilao ⟦tomorrow⟧ once your flight PR 991 "
         "lands. The transfer is ₱3,500 per person, payable in cash. 🙂\n\nSalamat po,\nJoy\nAnilao Blue "
         "Dive Resort",
         "Hi Joy, I land in Manila on Monday and would love a transfer to the resort the same day. Is that "
         "possible? Kevin",
         "2038-04-19T06:30:00+08:00", "Asia/Manila", "en-US", ["relative-date"],
         recipient_timezone="America/Toronto"),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 16: Glasgow roofers; 9 June 2038 is a Wednesday.
    case("Hi Morag,\n\nThanks for sending the photos of the slipped slates. Our squad can be up on the roof on "
         "⟦Thursday 9 June⟧, weather permitting, and the scaffold tower goes up the day before. The quote for "
         "replacing around 30 slates and re-pointing the chimney stack is £1,340 including VAT.\n\nAll the "
         "best,\nAlasdair\nClydeview Roofing",
         "Hi there, a few slates came off in the storm on Saturday and there's a wee drip in the attic. Any "
         "day the week of the 7th of June would suit, I'm working from home. Morag",
         "2038-05-24T08:20:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 17: Dublin conveyancing solicitor; 26 August 2038 is a Thursday.
    case("Dear Aoife and Declan,\n\nThe vendor's solicitor has confirmed they can close on ⟦Friday 26th "
         "August⟧, and the keys will be released once the funds reach their client account. Please transfer "
         "the balance of €33,450 by Monday 23rd August. Stamp duty at 1% is included in our statement, "
         "reference KC/2038/0417.\n\nKind regards,\nSiobhán Keane\nKeane Clarke Solicitors",
         "Hi Siobhán, any word on a closing date? We'd love to be in before the kids go back to school on the "
         "1st. Aoife",
         "2038-08-13T12:05:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 18: Sydney pharmacy; 18 April 2038 is a Sunday (24 April is the Saturday it names).
    case("Hi Rosa,\n\nYes, we're running walk-in flu clinics on weekends this month 💉 The next ones are ⟦Sat "
         "18/04⟧ and Sat 24/04, from 9am to 1pm, and the vaccine is free for over-65s or $24.95 otherwise. "
         "Please bring your Medicare card.\n\nThanks,\nBen\nNewtown Village Pharmacy",
         "Hi, do you do the flu jab on a Saturday? I work Monday to Friday. Rosa",
         "2038-04-11T10:20:00+10:00", "Australia/Sydney", "en-GB", ["weekday-mismatch"]),
    # 19: Ohio beekeeping supplier; May 12, 2038 is a Wednesday (the customer took a Tuesday off).
    case("Hi Bob,\n\nGood news 🐝 Your two 3-lb packages of Italian bees are confirmed for pickup on ⟦Tuesday, "
         "May 12⟧ at our Worthington barn, 2210 Linworth Road, between 4 p.m. and 7 p.m. The balance due is "
         "$318, and please bring a ventilated box or leave the car windows cracked. Queens are marked green "
         "this year.\n\nBee well,\nCarla\nBuckeye Bee Supply",
         "Carla, any update on the package bees? I took Tuesday off work to install them. Bob Hendricks",
         "2038-04-24T21:50:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 20: Jaipur marble works; 4 November 2038 is a Thursday (weekday after the date).
    case("Dear Mr. Sharma,\n\nThank you for confirming the design. The white Makrana marble plaque (24 x 18 "
         "inches, 1 inch thick) will be ready for installation on ⟦4th November (Wednesday)⟧, and our team "
         "will fix it at the Malviya Nagar site in the morning. The balance amount is ₹42,000, payable by UPI "
         "or cheque.\n\nWarm regards,\nVikram Soni\nSoni Marble Works, Jaipur",
         "Namaste, we want the plaque fixed before the griha pravesh on the 6th. Kindly confirm the date. "
         "R K Sharma",
         "2038-10-17T11:00:00+05:30", "Asia/Kolkata", "en-GB", ["weekday-mismatch"]),
    # 21: Christchurch early-learning centre; 2 August 2038 is a Monday (the family asked for Mondays).
    case("Hi Kate,\n\nWe'd love to have Isla at Little Kererū! Her first settling-in morning will be ⟦Tuesday "
         "the 2nd⟧ of August, from 9am to 11:30am, and you're welcome to stay with her for the first hour. "
         "Please pack a named drink bottle, spare clothes and a warm hat, and fill in the enrolment form "
         "(ENR-3) before then.\n\nNgā mihi,\nJo\nLittle Kererū Early Learning",
         "Hi Jo, Isla can start any time from the start of August. Mondays and Wednesdays suit us best for "
         "the settling-in visits. Kate",
         "2038-07-21T16:40:00+12:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 22: Perth skip bins; 18 December 2038 is a Saturday.
    case("Hi Craig,\n\nThanks for booking the 6 m³ skip bin for the reno. We'll drop it off on ⟦Fri "
         "18.12.2038⟧ and pick it up 7 days later, and the price is $420 including GST and the council "
         "permit. Please no tyres, asbestos or liquids, and make sure it sits on the driveway, not the "
         "verge.\n\nCheers,\nShelley\nSwan Valley Skips",
         "G'day, we're gutting the kitchen the weekend of the 18th and 19th. Can you drop a skip off on the "
         "Friday? Craig",
         "2038-12-04T07:25:00+08:00", "Australia/Perth", "en-GB", ["weekday-mismatch"]),
    # 23: Chicago architects, written in December 2038; January 4, 2039 is a Tuesday (it was a Monday in 2038).
    case("Hi Ellen,\n\nThanks for signing off on the schematic design for the Logan Square two-flat. Our "
         "structural engineer will walk the site with you on ⟦Monday, January 4⟧ at 10 a.m., and we'll have "
         "the permit drawings ready about three weeks after that. Our fee for this phase is $14,600, billed "
         "40/60 with the balance on delivery.\n\nBest,\nTomás\nNorth Branch Studio Architects",
         "Hi Tomás, great, let's keep moving. Early January works for a site visit, I'm off until the 4th. "
         "Ellen",
         "2038-12-16T17:10:00-06:00", "America/Chicago", "en-US", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 24: Swansea memorial masons; June has 30 days.
    case("Hi Bethan,\n\nThe headstone for your grandparents is cut and the lettering is done 🪦 We can fix it "
         "at Oystermouth Cemetery on ⟦31 June⟧, once the ground has settled and the cemetery office has "
         "approved the memorial permit (MP-2291). The final balance is £680, and the Welsh inscription has "
         "been checked against the proof you signed.\n\nDiolch,\nGethin\nGower Memorials",
         "Hello, when will Mam and Dad's headstone be up? We'd like to be there when it's fitted, ideally at "
         "the end of June. Bethan",
         "2038-05-16T19:05:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 25: Karachi air-conditioning servicing; 2038 is not a leap year.
    case("Dear Ms. Siddiqui,\n\nThank you for choosing CoolTech. The annual servicing of your three split ACs "
         "(1.5 ton each) is scheduled for ⟦29th February⟧, before the summer rush begins, and our "
         "technicians will arrive between 10am and 12pm. The charges are PKR 7,500 including the gas "
         "top-up.\n\nRegards,\nFaisal\nCoolTech Services, Karachi",
         "AoA, please schedule the AC service for the end of February, before it gets hot. Any weekday is "
         "fine. Hina Siddiqui",
         "2038-01-29T18:05:00+05:00", "Asia/Karachi", "en-GB", ["impossible-date"]),
    # 26: Denver ski and board rental; September has 30 days.
    case("Hi Jordan,\n\nThanks for asking about season rentals for the family. The early-bird price is $289 per "
         "adult and $149 per kid for a full ski or snowboard package, and it's good until ⟦September 31st⟧. "
         "After that it goes up to $349 and $189, so it's worth locking in now.\n\nCheers,\nKyle\nFront "
         "Range Ski & Board Rental",
         "Hey, how long does the early-bird pricing last on season rentals? We're a family of four. Jordan",
         "2038-08-29T23:35:00-06:00", "America/Denver", "en-US", ["impossible-date"]),
    # 27: Durban roofers; April has 30 days.
    case("Good morning Mr Naidoo,\n\nThank you for accepting our quote Q-7781 for the IBR sheeting on your "
         "carport (6.2 m by 5.4 m). Our team will start on ⟦31.04.2038⟧ and should finish in two days, "
         "weather permitting. A 50% deposit of R9,200 secures the booking.\n\nKind regards,\nZanele\nBerea "
         "Roofing & Waterproofing",
         "Hi, we accept the quote. Can you do the work before the end of April? Prakash Naidoo",
         "2038-04-14T10:30:00+02:00", "Africa/Johannesburg", "en-GB", ["impossible-date"]),
    # 28: Dunedin collection rooms; February has no 30th.
    case("Hi Sam,\n\nThanks for getting in touch about your INR testing while your usual clinic is closed. We "
         "can see you at our George Street collection room on ⟦30 Feb⟧, and every Tuesday after that, from "
         "8am to 5pm with no appointment needed. Please bring the lab form from Dr Patel and your warfarin "
         "booklet.\n\nKind regards,\nAnaru\nSouthern Lab Collections",
         "Hi, my clinic's INR service stops at the end of January and starts again in March. Can I get tested "
         "with you during February? Sam",
         "2038-01-16T13:20:00+13:00", "Pacific/Auckland", "en-GB", ["impossible-date"]),
    # 29: Makati appliance centre (month-first); November has 30 days.
    case("Hi Ma'am Grace,\n\nThank you for your message! Our technician can repair your refrigerator's "
         "compressor on ⟦11/31⟧, and the estimate is ₱6,800 including parts and labor. Please make sure "
         "someone is at Unit 12B, Tower 3, Avida Makati, from 9 a.m. to 12 noon.\n\nGod bless,\nJerome\n"
         "Metro Cool Appliance Center",
         "Good day! Our ref is not cooling anymore. Can your technician come before the end of the month? "
         "Grace Villanueva",
         "2038-11-14T20:45:00+08:00", "Asia/Manila", "en-US", ["impossible-date"]),
    # 30: Calgary garage; April has 30 days.
    case("Hi Priya,\n\nThanks for bringing the RAV4 in. We've ordered the summer tires (225/65R17, set of four at "
         "$212 each), and we'll have you back in for the swap on ⟦April 31⟧. Your winter set can stay in our "
         "storage for $80 until November.\n\nThanks,\nDoug\nMacleod Trail Auto",
         "Hi Doug, can we do the tire swap near the end of April? The snow's usually done by then. Priya",
         "2038-03-30T08:05:00-06:00", "America/Edmonton", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 31: Birmingham tyre fitter, written on Wednesday 10 March.
    case("Hi Kwame,\n\nSorry for the wait on your tyres. The two Michelin Primacy 4 (225/45 R17 94W) are on "
         "order, and they'll be delivered to our branch on ⟦Monday 8 March⟧, so we can fit them the same "
         "day. The price is £238 fitted, including new valves and balancing.\n\nCheers,\nMo\nHall Green Tyre "
         "& Exhaust",
         "Hi, any update on those tyres? The car is booked in for an MOT on the 15th. Kwame",
         "2038-03-13T12:30:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 32: Galway notary, written on Thursday 11 February.
    case("Dear Mr Moreau,\n\nThank you for your patience. Your notarised power of attorney has gone to the "
         "Department of Foreign Affairs for the apostille, and it will be couriered to your address in Lyon "
         "on ⟦Tuesday 2 February⟧. The fee of €185 (notarial fee €120, apostille €40 and courier €25) has "
         "been received with thanks.\n\nKind regards,\nÚna Ní Fhlatharta\nNotary Public, Eyre Square",
         "Hello Madame, I need the documents for the sale in France. When will they be send to me? Best "
         "regards, Julien Moreau",
         "2038-02-11T10:15:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 33: Hobart pond and aquarium shop, written on 4 January 2038.
    case("Hi Graham,\n\nHappy new year 🎉 and thanks for your patience with the pond pump. The replacement OASE "
         "8000 L/h unit has been dispatched from Melbourne and will arrive on ⟦28 December 2037⟧, and we'll "
         "ring you on 0412 555 018 when it's in. The warranty swap is free, and the 10 m hose extension you "
         "asked about is $39.95.\n\nCheers,\nMel\nDerwent Ponds & Aquariums",
         "Hi Mel, the pond's been without a pump for a week now and the fish are gasping. When is the new one "
         "coming? Graham",
         "2038-01-04T09:00:00+11:00", "Australia/Hobart", "en-GB", ["past-date"]),
    # 34: Houston lab, written on Tuesday, July 20.
    case("Hi Ramon,\n\nThanks for checking on your results. The vitamin D and thyroid panel were sent to our "
         "reference lab, and they'll be posted to your patient portal by ⟦Thursday, July 15⟧. If your doctor "
         "needs them faster, she can call our client services line at (713) 555-0142.\n\nBest regards,\n"
         "Ashley\nBayou City Diagnostics",
         "Hi, I had blood drawn two weeks ago and still nothing on the portal. When will the results be up? "
         "Ramon Delgado",
         "2038-07-20T15:10:00-05:00", "America/Chicago", "en-US", ["past-date"]),
    # 35: Edinburgh genealogist, written on 27 September (2 September and 9 February both gone).
    case("Dear Fiona,\n\nThank you for your kind words about the report. The printed family tree (A1, on "
         "archival paper, five generations back to your ancestor in Kirkcaldy in 1791) will be posted to you "
         "by ⟦02/09/2038⟧. The chart is £95, and the 1851 census extracts are included at no extra charge."
         "\n\nBest wishes,\nCallum\nLothian Family History",
         "Hi Callum, the report is wonderful. When will the printed tree arrive? It's for Mum's 80th. Fiona",
         "2038-09-27T16:20:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 36: Bengaluru daycare, written on 25 June.
    case("Dear Deepa,\n\nThank you for enrolling Aarav at Little Sprouts Daycare, Koramangala. His admission kit "
         "(two uniforms, a bag and the parent handbook) will be ready for collection on ⟦21st June⟧, and the "
         "first term's fee of ₹48,000 can be paid at the office or online. The toddler room runs from 8.30am "
         "to 6.30pm, Monday to Saturday.\n\nRegards,\nShalini\nLittle Sprouts Daycare",
         "Hi, we have paid the registration. When can we collect the uniform? He starts in July. Deepa Rao",
         "2038-06-25T11:25:00+05:30", "Asia/Kolkata", "en-GB", ["past-date"]),
    # 37: Phoenix roofers (month-first), written on October 13 (October 8 and August 10 both gone).
    case("Hi Linda,\n\nThanks for your patience after the monsoon damage. Our crew will be out to replace the "
         "cracked tiles and the underlayment on the back slope on ⟦10/8⟧, and the job should take a day and a "
         "half. Your insurance claim number is AZ-58-22190, and the $1,000 deductible is due when we finish."
         "\n\nThanks,\nRuben\nDesert Sun Roofing",
         "Hi Ruben, when is the crew coming? It's supposed to rain again next week. Linda",
         "2038-10-15T06:05:00-07:00", "America/Phoenix", "en-US", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 38: London architects (day-first) to a client back home in Ohio; 8 September or August 9.
    case("Hi Greg,\n\nThanks for your notes on the stair. The planning application for the loft conversion at "
         "27 Elm Grove, Hammersmith, has been submitted, and the council's target decision date is "
         "⟦08/09/2038⟧. The fee for this stage is £2,400 plus VAT, and we'll send the building-regs drawings "
         "(scale 1:50) once consent is granted.\n\nBest wishes,\nPriya\nHolloway Sands Architects",
         "Hi Priya, I'm back home in Ohio now but can sign anything by email. When will we hear from the "
         "council? Greg",
         "2038-05-18T10:40:00+01:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"]),
    # 39: Denver ski school (month-first) to a group in Sydney; March 4 or 3 April 2039.
    case("Hi Matt,\n\nGreat to hear your crew is coming over from Sydney for spring skiing 🎿 I've put a hold on "
         "the five-day group clinic starting ⟦3/4⟧ at our Winter Park base, for six riders at $1,150 each "
         "including lift tickets. A 20% deposit locks it in, and the hold lasts until December 21.\n\nCheers,"
         "\nKayla\nMile High Ski School",
         "G'day Kayla, six of us want a week of spring skiing in Colorado next year, March or April. Can you "
         "hold a group clinic for us? Matt",
         "2038-12-05T19:30:00-07:00", "America/Denver", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Australia/Sydney"),
    # 40: Cork solicitors (day-first) to a buyer in New York; 6 July or June 7.
    case("Dear Jennifer,\n\nThe contracts for 9 Sunday's Well Road are signed by both sides, and the closing "
         "date is fixed for ⟦06.07.2038⟧. Before then we need the balance of €286,500 in our client account "
         "and a copy of your passport certified by a notary in the US. Our fees are €2,950 plus VAT at 23%."
         "\n\nKind regards,\nDonal Hegarty\nHegarty Long Solicitors, Cork",
         "Hi Donal, any news on a closing date? I'll need to book flights from New York. Jennifer Walsh",
         "2038-02-25T14:55:00+00:00", "Europe/Dublin", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 41: Cebu dive school (Filipino, month-first) to a couple in Sydney; October 11 or 10 November.
    case("Hi Chloe,\n\nThank you for choosing Moalboal Reef Divers! 🐢 Your Advanced Open Water course starts on "
         "⟦10/11/2038⟧ and runs for three days, with five dives including a night dive and a deep dive to "
         "30 m. The course fee is ₱18,500, and we'll hold your room at the dive lodge for ₱1,900 a night.\n\n"
         "Ingat,\nMarvin\nMoalboal Reef Divers",
         "Hi, my partner and I are coming to Cebu in the spring holidays and want to do our Advanced course. "
         "Can you book us in? Chloe",
         "2038-08-04T13:15:00+08:00", "Asia/Manila", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Australia/Sydney"),
    # 42: Lahore architects (day-first) to the client's wife in Houston; 5 September or May 9.
    case("Dear Jessica,\n\nThank you for approving the elevation for the house in DHA Phase 6. Construction of "
         "the grey structure will begin on ⟦05-09-2038⟧, once the LDA approval and the soil test report are "
         "in hand. The second instalment of PKR 1,250,000 is due at that stage, and our site engineer will "
         "send progress photos every week.\n\nBest regards,\nAyesha Malik\nMalik & Rizvi Architects, Lahore",
         "Hi, this is Jessica, Tariq's wife. I'm handling the house project from here in Houston while he "
         "travels. When does construction start? Jessica Qureshi",
         "2038-04-10T16:00:00+05:00", "Asia/Karachi", "en-GB", ["ambiguous-numeric-date"]),
    # 43: Toronto funeral home (month-first) to a nephew in Manchester; April 5 or 4 May.
    case("Dear Mr. Hughes,\n\nPlease accept our deepest sympathy. Because the ground at Mount Pleasant Cemetery "
         "is frozen, your aunt's interment has been scheduled for ⟦4/5⟧, and we'll keep her in our receiving "
         "vault until then at no charge. The committal service at the graveside can be as short or as long "
         "as the family wishes.\n\nWith sympathy,\nAngela Rossi\nRossi & Sons Funeral Home",
         "Hello, I'm her nephew in Manchester and I'll be flying over for the burial. Can you tell me the "
         "date so I can book? Alan Hughes",
         "2038-02-12T11:30:00-05:00", "America/Toronto", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 44: Muizenberg surf school (day-first) to visitors from New York; 12 January 2039 or December 1.
    case("Hi Brianna,\n\nThanks for booking the five-lesson pack for you and your brother (R2,450 each). Your "
         "first lesson is on ⟦12/01/2039⟧ at Surfer's Corner, Muizenberg, and we'll have 4 mm wetsuits ready "
         "because the water is still around 17°C in summer. Lessons run for 90 minutes, and the rest are "
         "booked for the following four days.\n\nLekker,\nSipho\nFalse Bay Surf School",
         "Hi! My brother and I are visiting Cape Town over the holidays from New York. We'd love a week of "
         "lessons early in the new year. Brianna",
         "2038-11-17T09:05:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 45: Auckland pathology (day-first) to a visitor from Seattle; 7 August or July 8.
    case("Hi Megan,\n\nThanks for sending through the referral from your Seattle specialist. We've booked your "
         "2-hour glucose tolerance test at our Ponsonby rooms for ⟦7/8⟧, with the first draw at 8am, and "
         "you'll need to fast from 10pm the night before. As a visitor you'll be charged NZ$145, which we "
         "can invoice to your travel insurer.\n\nKind regards,\nRawiri\nWaitematā Pathology",
         "Hi, I'm from Seattle and over here on a work placement until September. My doctor at home wants a "
         "glucose tolerance test done before my next appointment. Megan Olsen",
         "2038-06-14T10:45:00+12:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"]),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London solicitors to a client in Manhattan, in the fortnight when the two are four hours apart.
    case("Dear Mr. Feldman,\n\nThank you for sending the signed transfer deed for the flat in Maida Vale. I'd "
         "like to go through the completion statement with you by video call at ⟦3pm⟧ on Monday 22 March, "
         "which should take about 30 minutes. The stamp duty return has been filed, and the completion money "
         "of £412,750 should reach us by Thursday 25 March.\n\nKind regards,\nHelen Achterberg\nAchterberg "
         "Lloyd LLP",
         "Hi Helen, signed deed attached. Happy to do a call next week, I'm in Manhattan and free most "
         "afternoons. Saul Feldman",
         "2038-03-18T15:05:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),
    # 47: Sydney architects to a client in Auckland, in the week when they are three hours apart.
    case("Hi Wiremu,\n\nThanks for the sketches of the bach extension. Let's run through the concept design on "
         "Teams on Thursday 30 September at ⟦11am⟧, and I'll share the 3D model so you can see the new deck "
         "and the 2.7 m ceiling. Our fee for the concept stage is A$6,800, invoiced in New Zealand dollars at "
         "the day's rate.\n\nCheers,\nNatalie\nBondi Line Architects",
         "Kia ora Natalie, happy to talk through the design this week, any time before 3pm suits. Wiremu",
         "2038-09-28T10:20:00+10:00", "Australia/Sydney", "en-GB", ["missing-timezone"],
         recipient_timezone="Pacific/Auckland"),
    # 48: Perth pharmacy to a customer who has moved to Melbourne (known only from the thread).
    case("Hi Tanvir,\n\nThanks for your message about the repeat for your inhaler. Our pharmacist, Grace, can do "
         "the phone consult at ⟦4:30pm⟧ on Friday 28 May, and once she's approved the script we'll post it by "
         "Express Post for $12.50. The medication itself is $31.60 on the PBS.\n\nKind regards,\nBrooke\n"
         "Cottesloe Family Pharmacy",
         "Hi, I moved over to Melbourne last month but still want to use you guys. Can your pharmacist call "
         "me about my inhaler repeat? Any time after 4 is fine. Tanvir",
         "2038-05-23T15:40:00+08:00", "Australia/Perth", "en-GB", ["missing-timezone"]),
    # 49: Mumbai interior architects to a client working in Dubai (known only from the thread).
    case("Dear Mr. Menon,\n\nThank you for the feedback on the kitchen layout. We have revised the plan so the "
         "tall unit sits beside the window, and the modular shutters are now 18 mm BWP ply with a matte "
         "laminate. Shall we review it on Zoom on Saturday 28 August at ⟦11 am⟧? The revised quote is "
         "₹6,85,000 including GST.\n\nWarm regards,\nNeha\nStudio Kaveri, Bandra",
         "Hi Neha, I am in Dubai for work till October, so let us do the meetings online. Please send the "
         "revised kitchen plan. Arjun Menon",
         "2038-08-26T12:10:00+05:30", "Asia/Kolkata", "en-GB", ["missing-timezone"]),
    # 50: Fraser Valley bee supplier to a beekeeper in Halifax (four hours apart before and after 7 November).
    case("Hi Colleen,\n\nThanks for signing up for our online winter prep workshop. It runs on Zoom on Tuesday, "
         "November 9, at ⟦7 p.m.⟧, and we'll cover mouse guards, candy boards and wrapping hives for a "
         "-20°C winter. The $25 fee includes a PDF checklist and the recording.\n\nBuzz soon,\nOwen\nFraser "
         "Valley Bee Supply",
         "Hi Owen, I'd love to join the winter workshop. Do you run it online? Colleen",
         "2038-11-04T13:50:00-07:00", "America/Vancouver", "en-US", ["missing-timezone"],
         recipient_timezone="America/Halifax"),
    # 51: Adelaide funeral service streamed to a niece in Brisbane (30 minutes apart in summer).
    case("Dear Karen,\n\nThank you for letting us know that you can't travel down from Brisbane. Your uncle's "
         "service will be livestreamed from our Norwood chapel on Thursday 23 December at ⟦2pm⟧, and the link "
         "(with passcode 4471) will be emailed to you the day before. If you'd like to send a few words for "
         "the celebrant to read, please have them to us by Tuesday 21 December.\n\nWith sympathy,\nMarcus\n"
         "Norwood Funeral Services",
         "Hello, I'm not able to fly down for Uncle Reg's service. Will it be streamed? Karen",
         "2038-12-20T10:05:00+10:30", "Australia/Adelaide", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Brisbane"),
    # 52: Dublin genealogist to a client in Cape Town (known only from the thread; two hours apart in January).
    case("Hi Pieter,\n\nI've finished the first search for your Irish ancestors, and the 1841 baptism in "
         "Clonmel looks very promising 🍀 Could we go through the findings on a call at ⟦4pm⟧ on Tuesday "
         "19 January? The 12 hours so far come to €780, and I'll send the invoice with the written report."
         "\n\nGo raibh maith agat,\nOrla\nShamrock Roots Genealogy",
         "Hi Orla, any luck with the Irish side? Happy to chat on the phone whenever suits, I'm at home here "
         "in Cape Town most days. Pieter",
         "2038-01-14T09:30:00+00:00", "Europe/Dublin", "en-GB", ["missing-timezone"]),
    # 53: London funeral directors to a daughter in Toronto, in the week when they are four hours apart.
    case("Dear Mrs. Okonkwo,\n\nThe paperwork for bringing your father's ashes to Canada is complete, and the "
         "urn can travel with you as hand luggage. I'd like to talk you through the documents and the "
         "airline's rules on a video call on Thursday 4 November at ⟦2pm⟧. There's no charge for this, and "
         "the certificate of cremation (C/38/1182) is attached.\n\nWith kind regards,\nGraham Ashworth\n"
         "Ashworth & Pell Funeral Directors",
         "Hello, I'll be flying home to Toronto with Dad's ashes. Can someone explain what paperwork I need "
         "at the airport? Ngozi Okonkwo",
         "2038-11-02T11:15:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Toronto"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London aquarium installers in December: BST, beside a New York time that fits GMT.
    case("Hi Jason,\n\nThe 600-litre reef tank for your Chelsea flat has passed its 72-hour leak test 🐠 Our "
         "installer can walk you through the setup on a video call on Friday 10 December at 3pm ⟦BST⟧ (10am "
         "for you in New York), and the livestock can go in the week after. The balance of £7,480 is due on "
         "handover.\n\nBest,\nOllie\nDeep Blue Aquarium Design, London",
         "Hi Ollie, can someone show me how the tank works before the fish go in? I'm back in New York until "
         "the holidays. Jason",
         "2038-12-04T10:30:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="America/New_York"),
    # 55: Melbourne conveyancer in January: AEST, beside a Perth time that fits AEDT.
    case("Hi Danielle,\n\nSettlement on 14 Barkly Street, Brunswick, is booked for Friday 29 January at 10am "
         "⟦AEST⟧ (7am for you in Perth), and I'll call you as soon as the funds have cleared. Your final "
         "figure is $612,384.50, which includes the council and water rates adjusted from 1 January to "
         "settlement.\n\nKind regards,\nPeter\nYarra Conveyancing",
         "Hi Peter, what time does settlement happen on the day? I'll be at work in Perth. Danielle",
         "2038-01-20T14:00:00+11:00", "Australia/Melbourne", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Perth"),
    # 56: Toronto compounding pharmacy in January: EDT, beside a Vancouver time that fits EST.
    case("Hi Naomi,\n\nThanks for sending your prescription for the compounded thyroid capsules. Our "
         "pharmacist, Daniel, can do the consult by video on Thursday, January 14, at 2 p.m. ⟦EDT⟧ (11 a.m. "
         "for you in Vancouver). The 90-day supply is $164, and we ship it overnight in an insulated pack.\n\n"
         "Best,\nPriyanka\nQueen West Compounding Pharmacy",
         "Hi, my doctor sent you my prescription. Do I need to talk to the pharmacist first? I live in "
         "Vancouver now. Naomi",
         "2038-01-10T09:20:00-05:00", "America/Toronto", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Vancouver"),
    # 57: Ruapehu ski school in July: NZDT, beside a Sydney time that fits NZST.
    case("Hi Ella,\n\nYour family's lift-and-lesson packages for Whakapapa are confirmed for 12 to 15 July "
         "(booking WK-55803, NZ$1,396), and we'll meet you at the Happy Valley ski school hut at 9am NZ time "
         "on the 12th. Before you fly, we'll run a live video briefing on Sunday 11 July at 8am ⟦NZDT⟧ (6am "
         "for you in Sydney). Chains for the Bruce Road are compulsory this season.\n\nNgā mihi,\nAwhina\n"
         "Ruapehu Snow School",
         "Hi, we're coming over from Sydney for the July holidays with the kids. Is there anything we should "
         "know before we get there? Ella",
         "2038-07-06T11:55:00+12:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Sydney"),
    # 58: London notary in July: CET for Berlin, beside a London time that fits CEST.
    case("Dear Mr. Vogel,\n\nThank you for sending the draft power of attorney. I can witness your signature by "
         "video on Monday 2 August at 2pm ⟦CET⟧, which is 1pm here in London, and the apostille will follow "
         "within five working days. My fee is £165, payable by bank transfer before the appointment.\n\n"
         "Yours sincerely,\nMargaret Osei\nNotary Public, Holborn",
         "Dear Mrs Osei, I must sign the power of attorney for my brother's flat in London. Is it possible to "
         "make this per video? I am living in Berlin. Kind regards, Tobias Vogel",
         "2038-07-30T10:10:00+01:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="Europe/Berlin"),
    # 59: Phoenix child care: MDT for Arizona, which keeps MST (and 2 p.m. MST is 2 p.m. in Los Angeles).
    case("Hi Marissa,\n\nWe'd love to meet you and Leo before you move out here. I can give you a virtual tour "
         "of our toddler room on Friday, June 18, at 2 p.m. ⟦MDT⟧, which is 2 p.m. for you in Los Angeles. Our "
         "full-time rate is $1,240 a month, and we have one spot opening on August 2.\n\nWarmly,\nTeresa\n"
         "Saguaro Sprouts Child Care, Phoenix",
         "Hi, we're moving to Phoenix from LA in late July and need full-time care for our 2-year-old. Could "
         "we see the center before we come? Marissa",
         "2038-06-12T13:30:00-07:00", "America/Phoenix", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Los_Angeles"),
    # 60: Adelaide memorial masons in December: ACST, beside a Sydney time that fits ACDT.
    case("Dear Mr Nguyen,\n\nThe proof of your mother's plaque (bronze, 300 x 200 mm, with the Vietnamese and "
         "English inscriptions) is attached. We can go over it together on a video call on Wednesday "
         "8 December at 9:30am ⟦ACST⟧, which is 10am for you in Sydney. Once you approve it, casting takes "
         "about six weeks, and the balance of $1,085 is due on installation.\n\nKind regards,\nHelen\nWest "
         "Terrace Memorials",
         "Hello, thank you for the design. Can we talk about the wording before you make it? I am in Sydney. "
         "Minh Nguyen",
         "2038-12-03T17:45:00+10:30", "Australia/Adelaide", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Sydney"),
]

NEGATIVES = [
    # 01: London notary to New York in the fortnight when the UK is on GMT and the US on EDT.
    case("Dear Ms. Alvarez,\n\nThank you for your documents. I can witness your signature by video on Thursday "
         "25 March at 2pm GMT, which is 10am EDT for you in New York. Please have your passport and the "
         "unsigned deed ready, and note that the fee is £145. The apostille usually takes 3–5 working days "
         "after that.\n\nYours sincerely,\nRupert Vance\nNotary Public, Lincoln's Inn Fields",
         "Hello, I need a UK notary for a deed, I'm in New York. Could we do this by video next week? Carmen "
         "Alvarez",
         "2038-03-23T09:40:00+00:00", "Europe/London", "en-GB",
         recipient_timezone="America/New_York"),
    # 02: Sydney conveyancer to Auckland in the week when they are three hours apart, stated correctly.
    case("Hi Hemi,\n\nThe contract for the Marrickville unit is ready to exchange, and the 10% deposit is "
         "$98,500. I've set up a call for Friday 1 October at 9am AEST, which is midday NZDT for you in "
         "Auckland, so we can go through the special conditions together. Sydney's clocks go forward on "
         "Sunday 3 October, so after that we'll be two hours apart again.\n\nCheers,\nLauren\nInner West "
         "Conveyancing",
         "Hi Lauren, ready to sign when you are. Can we talk through the contract first? I'm in Auckland. Hemi",
         "2038-09-29T15:15:00+10:00", "Australia/Sydney", "en-GB",
         recipient_timezone="Pacific/Auckland"),
    # 03: Phoenix funeral chapel to a family in Los Angeles in July (the same clock).
    case("Dear Mr. Castillo,\n\nEverything is in place for your grandmother's service at St. Mary's Basilica on "
         "Saturday, July 17, at 10 a.m., with the reception in our family room afterward. The drive from Los "
         "Angeles is about 5½ hours, so you may want to arrive the evening before. We've reserved 12 seats "
         "in the first three pews for the family.\n\nWith sympathy,\nElena\nCamelback Funeral Chapel",
         "Hello, we're driving out from LA for the service. What time does it start? Daniel Castillo",
         "2038-07-14T18:25:00-07:00", "America/Phoenix", "en-US",
         recipient_timezone="America/Los_Angeles"),
    # 04: Cork pharmacy; times in words and "noon", and the clock change stated correctly.
    case("Hi Maura,\n\nYour flu and COVID boosters are booked for Saturday 30 October at half past nine in the "
         "morning, and the pharmacist will keep you for 15 minutes afterwards. We close at noon on Saturdays, "
         "so please don't be late! Remember the clocks go back at 02:00 on Sunday 31 October.\n\nThanks,\n"
         "Clíona\nDouglas Street Pharmacy, Cork",
         "Hi, can I get both vaccines at the same time on Saturday morning? Maura",
         "2038-10-27T11:05:00+01:00", "Europe/Dublin", "en-GB"),
    # 05: Durban aquarium shop; ratios, concentrations and a firmware version, one opening-hours range.
    case("Hi Kyle,\n\nThanks for the water test photos. Your nitrate is at 40 ppm, so do a 25% water change "
         "and mix the salt at about 35 g per litre (a specific gravity of 1.025). The Reef-Pi controller needs "
         "firmware 3.12.4, and the dosing pump should run the two-part at a 1:1 ratio. Our Umhlanga shop is "
         "open Monday to Saturday, 8am to 5pm, if you'd like us to test a sample.\n\nShot,\nAnele\nCoral "
         "Coast Aquatics",
         "Hi, my corals are looking unhappy. Pics of my test kits attached. What should I do? Kyle",
         "2038-02-03T12:40:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 06: Edinburgh architects; 29/02/2040 exists (2040 is a leap year).
    case("Hi Morven,\n\nGood news: the City of Edinburgh Council has granted planning permission for your "
         "dormer and the rear extension (reference 38/00417/FUL). The consent lasts two years, so building "
         "work must start by 29/02/2040, and we'd suggest getting the warrant drawings done over the spring. "
         "Our fee for the warrant stage is £3,850 plus VAT.\n\nBest regards,\nFinlay\nCanongate Architects",
         "Hi Finlay, any news from the council? Morven",
         "2038-02-26T23:15:00+00:00", "Europe/London", "en-GB"),
    # 07: Aberdeen skip hire; "tomorrow" pinned to its date, written on a Thursday morning.
    case("Hi Fraser,\n\nNae bother at all. We'll drop the 4-yard mini skip on your drive tomorrow, Friday "
         "12 March, between 7am and 9am, and collect it when you give us a ring on 01224 555 730. It's £180 "
         "for up to 14 days, VAT included.\n\nCheers,\nIona\nGranite City Skips",
         "Hi, can you drop a mini skip off tomorrow morning? Fraser",
         "2038-03-11T10:25:00+00:00", "Europe/London", "en-GB"),
    # 08: Singapore fish exporter to a shop in Manila (the same clock under different names).
    case("Hi Ramon,\n\nYour order of 120 discus and the 40 L of RO water is packed, and the shipment lands at "
         "NAIA on Thursday 22 April at 3:40pm on flight SQ 910. Our agent in Manila will call you at 5pm once "
         "it clears quarantine. The invoice is S$4,260, with 2% off if you pay within 7 days.\n\nRegards,\n"
         "Wei Ling\nLion City Aquatics",
         "Hi Wei Ling, when will our discus arrive in Manila? We need to prepare the tanks. Ramon",
         "2038-04-20T09:55:00+08:00", "Asia/Singapore", "en-GB",
         recipient_timezone="Asia/Manila"),
    # 09: Honolulu dive school to Auckland across the date line, both days and zones stated.
    case("Hi Mere,\n\nMahalo for signing up for the Open Water course in March! Before you fly over, you'll "
         "need to join the online theory session on Monday, February 15, at 6 p.m. HST. For you in Auckland "
         "that's 5 p.m. on Tuesday, February 16. The course is $595 including the four open-water dives off "
         "Waikiki.\n\nAloha,\nKeoni\nDiamond Head Divers",
         "Kia ora, I've booked the course for my trip in March. Is there anything I need to do before I come? "
         "Mere",
         "2038-02-12T13:15:00-10:00", "Pacific/Honolulu", "en-US",
         recipient_timezone="Pacific/Auckland"),
    # 10: Dublin crèche to a family moving from Boston; numeric dates whose day is over 12.
    case("Hi Ashley,\n\nWe're delighted to offer Mason a full-time place in our Wobbly Steps room. His "
         "settling-in morning is 13/08/2038, and his first full day is 16/08/2038, from 8am to 6pm. The "
         "monthly fee is €1,150 after the National Childcare Scheme subsidy, and a deposit of €300 holds the "
         "place.\n\nKind regards,\nSinéad\nWobbly Steps Crèche, Ranelagh",
         "Hi, we're relocating from Boston to Dublin in August and need a crèche place for our 2-year-old. "
         "Ashley",
         "2038-06-07T14:20:00+01:00", "Europe/Dublin", "en-GB"),
    # 11: Gansbaai shark dive; ISO dates as the Dutch customer asked, a 24-hour pick-up time.
    case("Hi Daan,\n\nAs you asked, here are the dates in ISO format. Your shark cage dive is on 2038-07-24 "
         "(Saturday), with the reserve day on 2038-07-25, and our shuttle collects you from the Sea Point "
         "hotel at 04:30. The price is R3,450 per person, including breakfast and a wetsuit.\n\nCheers,\n"
         "Lindiwe\nGansbaai Shark Dive",
         "Hello, please can you write the dates in format YYYY-MM-DD? In Netherlands we write it other way "
         "and I make always mistakes. Thanks, Daan",
         "2038-07-01T08:10:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 12: Austin appliance repair to an Austin customer; 6/7 read month-first by both (Monday, June 7).
    case("Hi Brenda,\n\nGood news, the replacement ice maker (part DA97-15217D) has come in. Our tech, Luis, "
         "will install it on Monday 6/7 between 1 and 3 p.m., and he'll text you 30 minutes before he "
         "arrives. The part and labor are covered under your extended warranty, so there's nothing to pay."
         "\n\nThanks,\nCody\nLone Star Appliance Repair, Austin",
         "Hi, any update on the ice maker part? I'm working from home all next week. Brenda",
         "2038-06-01T16:45:00-05:00", "America/Chicago", "en-US"),
    # 13: Bangor roofers; Friday 13 August 2038 is real.
    case("Hi Owain,\n\nI know it's not everyone's favourite date, but we can start re-slating the front "
         "elevation on Friday 13 August 🏠 The scaffold goes up on Thursday 12 August, and we'll use the "
         "reclaimed Penrhyn slates (20 x 10 inch) you picked out. The job is £6,900 plus VAT, with a 10-year "
         "guarantee on the workmanship.\n\nDiolch,\nRhys\nEryri Roofing, Bangor",
         "Hi Rhys, what's the earliest you can start on the front? Owain",
         "2038-07-31T08:15:00+01:00", "Europe/London", "en-GB"),
    # 14: Hobart early learning centre; ranges with am/pm and "midday".
    case("Hi Georgia,\n\nThanks for coming to look around last week. Orientation for Olly is on Wednesday "
         "9 June from 10am to midday, and the centre is open from 7:30am to 6pm, Monday to Friday. The daily "
         "fee is $138 before the Child Care Subsidy, and we'll need his immunisation history statement before "
         "his first full day.\n\nKind regards,\nBec\nSandy Bay Early Learning",
         "Hi Bec, we'd love Olly to start. When's orientation? Georgia",
         "2038-06-04T09:30:00+10:00", "Australia/Hobart", "en-GB"),
    # 15: Brisbane architects to a client in Sydney in June (the same clock).
    case("Hi Anthony,\n\nThe DA drawings for the Paddington worker's cottage are done, including the rear deck "
         "at RL 42.50 and the 1:100 site plan. Can we go through them on a call at 3pm on Thursday 24 June? "
         "Our fee for this stage is $9,350 including GST.\n\nCheers,\nSiobhan\nRiverbend Architects",
         "Hi Siobhan, I'm back in Sydney for work but can do a call any afternoon. Anthony",
         "2038-06-20T17:45:00+10:00", "Australia/Brisbane", "en-GB",
         recipient_timezone="Australia/Sydney"),
    # 16: Chicago monument company; past dates told in the past tense.
    case("Hi Karin,\n\nThe granite monument for your husband was set on Tuesday, October 5, and the photos from "
         "the cemetery are attached. The lettering on the back was sandblasted on September 28, before it "
         "left our shop, and everything was checked against the proof you signed. Your final payment of "
         "$2,180 was received on October 8 with thanks.\n\nWith respect,\nErik\nNorth Shore Monument Company",
         "Hello, I could not go to the cemetery yet because of my knee. Was the stone already put in place? "
         "Karin Lindqvist",
         "2038-10-11T10:20:00-05:00", "America/Chicago", "en-US"),
    # 17: Quezon City drugstore at 23:50 on a Saturday; a full date instead of a relative day.
    case("Hi Sir Paolo,\n\nSorry for the late reply! Your maintenance meds (Losartan 50 mg, 90 tablets) are "
         "ready, and our rider will deliver them on Monday, September 20, between 10 a.m. and 2 p.m. The "
         "total is ₱1,845 with your senior citizen discount applied, and you can pay by GCash.\n\nThank you "
         "po,\nKrisha\nMabuhay Drugstore, Quezon City",
         "Good evening, can you deliver my father's blood pressure medicine? Paolo Santos",
         "2038-09-18T23:50:00+08:00", "Asia/Manila", "en-US"),
    # 18: Los Angeles lab at 23:40 on a Monday; full dates, am/pm on every time.
    case("Hi Jasmine,\n\nYou're all set for your fasting blood work on Wednesday, March 3, at 7:45 a.m. at our "
         "Silver Lake patient center, 3120 Sunset Boulevard 🩸 Please don't eat anything after 7:45 p.m. on "
         "Tuesday, March 2, and keep drinking water. Your copay is $20, and results usually post within 48 "
         "hours.\n\nTake care,\nMonica\nEastside Lab Services",
         "Hi, I need to get the fasting labs my doctor ordered. What's the earliest you have this week? "
         "Jasmine",
         "2038-03-01T23:40:00-08:00", "America/Los_Angeles", "en-US"),
    # 19: Hyderabad home sample collection; the weekday after the date, both right.
    case("Dear Mr. Reddy,\n\nThank you for booking the full body check-up package (₹2,999) for your parents. "
         "Our phlebotomist will come for home sample collection on 12 July, Monday, between 7 and 8 am, so "
         "please ensure both of them have fasted for 10 hours. Reports will be shared on WhatsApp at +91 98480 "
         "22117 by 14 July, Wednesday.\n\nRegards,\nLakshmi\nNizam Diagnostics, Hyderabad",
         "Hi, please book the senior citizen package for my parents at home. Early morning is best. Venkat "
         "Reddy",
         "2038-07-08T19:05:00+05:30", "Asia/Kolkata", "en-GB"),
    # 20: Leeds day nursery over Christmas; a date in 2039 with its year and the right weekday.
    case("Hi Aisha,\n\nThanks for the lovely card from Zara. Just a reminder that the nursery closes at 1pm on "
         "Friday 24 December and reopens at 7:30am on Tuesday 4 January 2039, after the bank holiday. "
         "January's invoice (£1,086.40 after the 30 funded hours) will be emailed on Wednesday 29 December."
         "\n\nWarm wishes,\nJoanne\nSunflower Day Nursery, Headingley",
         "Hi Joanne, when do you open again after Christmas? Aisha",
         "2038-12-22T16:10:00+00:00", "Europe/London", "en-GB"),
    # 21: London genealogist to Toronto in the week the UK is on GMT and Canada still on EDT.
    case("Hi Harpreet,\n\nI've traced your great-grandfather's army service record to 1917 and found his "
         "discharge papers at Kew. Shall we talk it through on Wednesday 3 November at 2pm GMT? That's 10am "
         "EDT in Toronto, as your clocks don't go back until Sunday 7 November. The research so far is "
         "9 hours at £60 an hour.\n\nBest wishes,\nEleanor\nKew Gate Family History",
         "Hi Eleanor, I'd love to hear what you found. I'm in Toronto, mornings are best. Harpreet",
         "2038-11-01T10:30:00+00:00", "Europe/London", "en-GB",
         recipient_timezone="America/Toronto"),
    # 22: Darwin pharmacy to Sydney in November (an hour and a half apart), both zones stated.
    case("Hi Simone,\n\nOur pharmacist can review your new blood pressure tablets over the phone on Friday "
         "26 November at 10am ACST, which is 11:30am AEDT for you in Sydney. The consult is free, and the "
         "first month's supply of amlodipine 5 mg is $7.30 on your concession card.\n\nKind regards,\nNathan"
         "\nNightcliff Pharmacy, Darwin",
         "Hi, I've moved to Sydney but want to keep you as my pharmacy. Can we do the med review by phone? "
         "Simone",
         "2038-11-22T08:35:00+09:30", "Australia/Darwin", "en-GB",
         recipient_timezone="Australia/Sydney"),
    # 23: Bengaluru architects to a client in London; the time tied to the customer's place.
    case("Dear Rohan,\n\nThe 3D walkthrough of your villa in Whitefield is ready, including the 1:20 staircase "
         "detail you asked for. Let us go through it on a video call on Saturday 6 March at 3:30 pm UK time, "
         "which is 9 pm here in Bengaluru. The next instalment of ₹4,50,000 falls due only after you approve "
         "the design.\n\nWarm regards,\nKavya\nStudio Ananta, Bengaluru",
         "Hi Kavya, is the walkthrough ready? Weekends are easiest for me with the time difference. Rohan",
         "2038-02-28T18:20:00+05:30", "Asia/Kolkata", "en-GB",
         recipient_timezone="Europe/London"),
    # 24: Galway funeral directors; times in words with "in the evening" and "in the morning".
    case("Dear Siobhán,\n\nI'm so sorry about your father. The removal will be from our funeral home on "
         "Bohermore on Tuesday 27 April at five o'clock in the evening, to St Nicholas' Church, and the "
         "funeral Mass is on Wednesday 28 April at eleven o'clock in the morning, with burial afterwards in "
         "Bohermore Cemetery. The death notice is already live on RIP.ie.\n\nWith deepest sympathy,\nPádraig"
         "\nMcDonagh Funeral Directors, Galway",
         "Pádraig, can you send me the times for the removal and the Mass so I can let the family know? "
         "Siobhán",
         "2038-04-25T20:10:00+01:00", "Europe/Dublin", "en-GB"),
    # 25: Cape Town skip hire; a 24-hour delivery window and measurements.
    case("Hi Fatima,\n\nYour 6 m³ builder's skip is booked for delivery on Thursday 19 August, between 07:00 "
         "and 09:00, at 23 Upper Bloem Street, Bo-Kaap. Hire is R2,950 for 7 days, and the City's permit for "
         "placing it on the road (R185) is included. Please make sure no cars are parked in the 3 m by 4 m "
         "space in front of your gate.\n\nThanks,\nGerrit\nTable Bay Skips",
         "Hi, we're renovating the bathroom. Can you deliver a skip this week? Fatima Davids",
         "2038-08-16T12:00:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 26: Islamabad lab; "24/7" and a range that carries its am.
    case("Dear Mrs. Abbasi,\n\nThank you for contacting us. Our lab in F-8 Markaz is open 24/7, and your home "
         "sample collection is confirmed for Sunday 7 November between 8:00 and 10:00 am. The vitamin B12 "
         "and CBC tests cost PKR 3,150 in total, and the report will be emailed within 24 hours.\n\nBest "
         "regards,\nUsman\nCapital Diagnostics, Islamabad",
         "AoA, can your staff come home on Sunday morning for my blood test? My knee is operated so I cannot "
         "come. Nadia Abbasi",
         "2038-11-05T10:40:00+05:00", "Asia/Karachi", "en-GB"),
    # 27: Glasgow appliance repair; a day-first numeric date in the past, between two day-first readers.
    case("Hi Kirsty,\n\nWe collected your Bosch dishwasher on 04/05/2038 and found a blocked drain pump and a "
         "worn door seal. Both parts are fitted now, and it passed a full 2-hour test cycle. We can bring it "
         "back on Saturday 15 May between 10am and 1pm, and the bill is £118.50, including the parts.\n\n"
         "Cheers,\nStuart\nWestend Appliance Repairs, Glasgow",
         "Hiya, how's the dishwasher getting on? Kirsty",
         "2038-05-13T15:25:00+01:00", "Europe/London", "en-GB"),
    # 28: Halifax monument maker to St. John's (30 minutes apart), both times stated.
    case("Hi Bernadette,\n\nThe proof of your parents' headstone (gray granite, 36 x 24 inches) is attached. "
         "Could we go over the inscription by phone on Tuesday, October 12, at 11 a.m. Atlantic time? That's "
         "11:30 a.m. for you in St. John's. The balance of $2,640 is due once you approve the proof.\n\nBest,"
         "\nMalcolm\nBluenose Monuments, Halifax",
         "Hi Malcolm, I got the email about the proof. Can we talk it over on the phone? Bernadette",
         "2038-10-06T14:30:00-03:00", "America/Halifax", "en-US",
         recipient_timezone="America/St_Johns"),
    # 29: Denver ski rental; MST right for January, a season written 2038–39.
    case("Hi Tyler,\n\nThe holiday demo sale is still on 🎿 Online orders close at 11:59 p.m. MST on Sunday, "
         "January 10, and pickups run through Friday, January 15, from 7 a.m. to 7 p.m. Your 2038–39 season "
         "lease would be $199, and we'll re-tune the skis for free in February.\n\nCheers,\nBrett\nColfax Ski "
         "& Snowboard Rental",
         "Hey, is the demo sale still going? I want to lease skis for the rest of the season. Tyler",
         "2038-01-07T20:35:00-07:00", "America/Denver", "en-US"),
    # 30: Raglan surf school; "next weekend" pinned to its dates, and a heat score.
    case("Hi Rangi,\n\nCongrats to Tama on his 7.83 in the grom heat, that's his best score yet! The junior "
         "coaching clinic is on next weekend, Saturday 20 and Sunday 21 November, from 8am to 11am at Manu "
         "Bay, and there are still 3 places for under-14s. It's $120 for both days, board hire not included."
         "\n\nShaka,\nLeilani\nWhaingaroa Surf Co, Raglan",
         "Hi Leilani, is there a coaching clinic coming up? Tama (12) is keen. Rangi",
         "2038-11-15T07:05:00+13:00", "Pacific/Auckland", "en-GB"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
