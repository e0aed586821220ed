"""The hand-written cases of Tactful's eleventh held-out date/time set (built by build_datetime_holdout11.py).

Every case pairs a customer-service reply (``text``) with the customer's email it answers (``thread``)
and the context the date/time checks read: ``now`` (ISO 8601, carrying the UTC offset the writer's
zone had at that instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (given only
where the customer's zone is known) and ``locale``. A flagged expression is wrapped in ⟦ ⟧, and
``checks`` names, in order, which of the eight checks each marked span is a case of. Negatives mark
nothing.

Written blind (see README.md). Weekdays, past/future relations, UTC offsets and conversions between
zones were all computed with Python's calendar, datetime and zoneinfo in scripts kept outside the
repository; none was taken from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Leeds driving school; the learner works 10 till 6 and can drive only before her shift or after tea.
    case("Hi Shannon,\n\nCongratulations on passing your theory test! I've pencilled you in for your "
         "first two-hour lesson on Thursday 18 January at ⟦7:30⟧, and I'll pick you up from the end of "
         "Kirkgate. Please bring your provisional licence so I can check it before we set off. Lessons "
         "are £38 an hour, or £350 for a block of ten.\n\nSee you then,\nDean Whitaker\n"
         "Whitaker School of Motoring",
         "Hiya, I passed my theory last week and want to book practical lessons. I work at the bakery on "
         "Kirkgate from 10 till 6, so I can only do early mornings before my shift or evenings after tea. "
         "Cheers, Shannon",
         "2035-01-14T19:40:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Melbourne dog groomer; the owner works nights and can drop the dog on the way home or on the way in.
    case("Hi Bec,\n\nThanks for booking Pepper in 🐩 We've got a spot on Monday 26 February, so drop "
         "her in at ⟦8:15⟧ and she'll be ready about two and a half hours later. The full groom with a "
         "puppy-face trim is $95, and we'll text you a photo when she's done. Give us a call on "
         "03 9555 0142 if you need to move it.\n\nCheers,\nJess\nFluff & Fold Dog Grooming, Richmond",
         "G'day, Pepper (cavoodle) is well overdue for a clip. I'm on night shifts at the hospital this "
         "month, so I could drop her in on my way home in the morning or on my way to work in the evening. "
         "Whatever suits you. Thanks, Bec",
         "2035-02-21T10:05:00+11:00", "Australia/Melbourne", "en-GB", ["ambiguous-time"]),
    # 03: Vancouver yoga studio; the client is happy with an early-morning or an evening private session.
    case("Hello Marc-André,\n\nThanks for reaching out about a private session. I've reserved "
         "Wednesday, March 21 at ⟦6:15⟧ with Leena, who works a lot with lower-back pain. Please arrive "
         "ten minutes early so she can go over your history with you. Mats and blocks are provided, and "
         "the session is $110.\n\nWarmly,\nNadia\nKitsilano Breath Yoga",
         "Hello, I'd like to book a private session to work on my back. I'm an early riser and a night "
         "owl both, so I'm happy with one of your early morning slots or an evening one. Wednesday is "
         "best. Thanks, Marc-André",
         "2035-03-15T13:20:00-07:00", "America/Vancouver", "en-US", ["ambiguous-time"]),
    # 04: Cape Town computer repair; the customer works 8 till 5 and needs a visit before or after work.
    case("Hi Thandiwe,\n\nSorry to hear the PC has given up after the power cut. Sipho can come out to "
         "you in Observatory on Monday 16 April at ⟦5:30⟧, and he'll bring a replacement power supply in "
         "case that's the culprit. The call-out fee is R450, which we take off the bill if you go ahead "
         "with the repair. Please have your Windows password handy.\n\nKind regards,\nMarlene\n"
         "ByteFix Computer Repairs",
         "Hi there, my home office PC won't boot after a power cut (load-shedding again!). I work in town "
         "from 8 until 5, so someone would have to come before I leave or after I get home. Regards, "
         "Thandiwe",
         "2035-04-07T08:50:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 05: Auckland photographer; the couple can't choose between a sunrise and a sunset shoot at Piha.
    case("Hi Aroha and Tom,\n\nSo glad you picked Piha 📸 I'm free on Saturday 24 March, so let's meet "
         "in the main car park at ⟦quarter to seven⟧ and walk down to Lion Rock together. Bring a warm "
         "layer, as the wind picks up on the beach. The shoot takes about ninety minutes and you'll have "
         "your gallery within two weeks.\n\nNgā mihi,\nRewi Tane\nBlack Sand Photography",
         "Kia ora! We'd love an engagement shoot at Piha but can't decide between catching the sunrise "
         "or the sunset. Could you pick whichever works better for you and let us know when to meet? "
         "Ngā mihi, Aroha & Tom",
         "2035-03-14T16:00:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 06: Chicago caterer; the wedding has a late-morning brunch and a late-night snack table, either of which is theirs.
    case("Hi Daniela,\n\nCongratulations to your sister! We can take the catering for Saturday, June 16, "
         "and our team will have everything set up at the venue by ⟦11:30⟧. The menu you picked serves "
         "80 guests, and we'll bring chafing dishes and serving staff. We'll send the contract and the "
         "deposit invoice by email shortly.\n\nBest,\nMarcus Lee\nLakeshore Table Catering",
         "Hi, we're booking food for my sister's wedding on June 16. There's a family brunch late in the "
         "morning and a late-night snack table after the dancing, and we'd like you to do one of them - "
         "your choice, depending on availability. Thanks, Daniela",
         "2035-05-25T11:10:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 07: Pune violin teacher; the boy is free only before school (at 8) or after tuition (until 6).
    case("Dear Mrs Kulkarni,\n\nThank you for your enquiry; I would be happy to teach Arjun. I can take "
         "him on Tuesdays and Thursdays at ⟦7:15⟧, starting from Tuesday 12 June. Each class is 45 "
         "minutes and the monthly fee is ₹3,200. Please bring his own violin if he has one, or he can use "
         "mine for the first month.\n\nWarm regards,\nSunanda Deshpande\nSwaranjali Music Classes",
         "Namaste ma'am, my son Arjun (11) wants to start violin. He has school from 8 in the morning and "
         "tuition classes until 6 in the evening, so he is free only before school or after tuition. "
         "Kindly suggest a timing. Regards, Meera Kulkarni",
         "2035-06-04T21:15:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-time"]),
    # 08: Pembrokeshire campsite; the family will dock either first thing in the morning or around teatime.
    case("Hello Ciarán,\n\nThanks for booking with us for Friday 20 July. Gethin, our warden, will meet "
         "you at the farm gate at ⟦8:30⟧ and show you to pitch 14, which is close to the shower block. "
         "There's a farm shop on site for milk and bread, and the campfire pits can be used until 10pm. "
         "Drive carefully on the lane, as it's narrow past the chapel.\n\nDiolch,\nCerys Morgan\n"
         "Pen-y-Cwm Farm Campsite",
         "Hello, we've booked a pitch for the weekend of 20 July. We're coming over on the ferry from "
         "Rosslare and it'll be either the early sailing (docks at dawn) or the afternoon one (gets in "
         "around teatime), depending on the kids. What time should we turn up? Thanks, Ciarán",
         "2035-07-02T09:30:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Auckland computer repair, written at 00:25 on a Tuesday to a Monday-evening email asking for "tomorrow".
    case("Hi Mereana,\n\nSorry about the timing with your assignment. Bring the laptop into the Ponsonby "
         "shop ⟦tomorrow⟧ any time after 9am and we'll run a diagnostic while you wait. If it's the "
         "backlight, we can usually swap it within a day, and your files will be safe either way. The "
         "diagnostic is $49, taken off any repair.\n\nCheers,\nLiam\nKiwi PC Rescue",
         "Hi, my laptop screen went black halfway through an assignment and it won't come back on. Can "
         "someone look at it tomorrow? It's due on Friday! Thanks, Mereana",
         "2035-06-12T00:25:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"]),
    # 10: Brisbane yoga studio, written on a Wednesday: this Friday or the one after?
    case("Hi Kirsty,\n\nWelcome to the studio 🧘 Your first beginners' flow is ⟦next Friday⟧ at 6pm "
         "with Priya, and the class runs for an hour. Mats are free for pass holders, so you only need a "
         "water bottle. Arrive ten minutes early to fill in the health form.\n\nNamaste,\nJo\n"
         "Riverbend Yoga, West End",
         "Hi, I've just bought the ten-class pass for beginners. When's the next beginners' flow I can "
         "join? Cheers, Kirsty",
         "2035-08-15T14:00:00+10:00", "Australia/Brisbane", "en-GB", ["relative-date"]),
    # 11: Los Angeles photographer, Thursday 17:30, to a couple in Sydney where it is already Friday morning.
    case("Hi Chloe and Sam,\n\nIt was such a joy to photograph your elopement on the bluffs. I'm "
         "finishing the last edits now and will send the proof gallery ⟦tomorrow⟧. You'll be able to pick "
         "your 40 favorites and download them in full resolution. Prints and albums can be ordered from "
         "the same gallery and ship internationally.\n\nAll the best,\nGabriela Ruiz\nGolden Coast Studio",
         "Hi! We're back home in Sydney now. Any idea when the proofs from our Malibu elopement will be "
         "ready? Can't wait to see them! Chloe & Sam",
         "2035-09-13T17:30:00-07:00", "America/Los_Angeles", "en-US", ["relative-date"],
         recipient_timezone="Australia/Sydney"),
    # 12: Dublin launderette, written at 00:35 on a Thursday to a Wednesday email asking for the washing "tonight".
    case("Hi Orla,\n\nThanks for your message, and no bother at all. Your two bags will be washed, dried "
         "and folded and ready to collect ⟦tonight⟧ from 6pm at the Rathmines shop. We're open until "
         "10pm, so there's plenty of time before your flight. The service wash comes to €24, payable on "
         "collection.\n\nAll the best,\nDeclan\nSuds & Co. Launderette",
         "Hi, I dropped two bags of washing into the Rathmines shop this afternoon for the service wash. "
         "Any chance I could get them back tonight? Flying out early Friday. Thanks a million, Orla",
         "2035-10-18T00:35:00+01:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 13: Alberta campground, written on a Saturday: tomorrow or eight days away?
    case("Hi Greg,\n\nGlad you're enjoying your stay at Sylvan Pines. Lakeside site 22 frees up ⟦next "
         "Sunday⟧, and I've put your name on it from check-in at 2pm. Your current site is booked by "
         "another family from that morning, so you'll need to be packed up by 11am. The lakeside rate is "
         "$58 a night, and we can settle the difference when you move.\n\nHappy camping,\nLinda\n"
         "Sylvan Pines Campground",
         "Hello, we're in site 9 now and loving it, but we'd love to move to one of the lakeside sites if "
         "one frees up. Any chance? Greg",
         "2035-05-19T11:45:00-06:00", "America/Edmonton", "en-US", ["relative-date"]),
    # 14: Kolkata translation agency, written at 23:55 on a Sunday, five minutes before the day turns.
    case("Dear Mr Banerjee,\n\nThank you for sending the scanned copy of your birth certificate. Our "
         "translator has started on it, and the certified English translation will be ready for "
         "collection ⟦the day after tomorrow⟧ at our Park Street office. The fee is ₹1,800, including the "
         "notary stamp. Kindly bring your original certificate when you collect it so we can verify it."
         "\n\nWith regards,\nAnindita Sen\nBhasha Bridge Translations",
         "Dear Sir/Madam, I need a certified English translation of my Bengali birth certificate for my "
         "visa appointment. How soon can it be ready? Regards, Sourav Banerjee",
         "2035-11-18T23:55:00+05:30", "Asia/Kolkata", "en-GB", ["relative-date"]),
    # 15: London removals firm, Monday 23:30, to a customer in Singapore where it is Tuesday 07:30.
    case("Hi Wei Ling,\n\nThank you for thinking of us for your move to London. Our international "
         "surveyor, Graham, will ring you ⟦tomorrow⟧ to go through the inventory and arrange a video "
         "survey of the flat. A three-bedroom move usually fills one 20ft container, and sea freight to "
         "Tilbury takes about six weeks. We'll send a written quote within two working days of the "
         "survey.\n\nKind regards,\nHelen Marsh\nThames & Strait Removals",
         "Hi, we're relocating from Singapore to London in February and need a quote for shipping a "
         "three-bedroom household. Could someone call me to go through the inventory? Best, Wei Ling",
         "2035-12-10T23:30:00+00:00", "Europe/London", "en-GB", ["relative-date"],
         recipient_timezone="Asia/Singapore"),
    # 16: Winnipeg music school, written on a Monday: tomorrow or Tuesday week?
    case("Hi Renee,\n\nAva sounds like a great fit for our beginner guitar program. Her first lesson is "
         "⟦next Tuesday⟧ at 4:30 pm in studio B, and lessons are 30 minutes each week. We have small "
         "guitars she can borrow until you find one. Tuition is $35 a lesson, billed monthly.\n\n"
         "Best regards,\nJordan Feist\nRed River Music Studio",
         "Hi, my daughter Ava would like to start guitar lessons. She's 9. When could she start? Thanks, "
         "Renee",
         "2035-04-23T16:20:00-05:00", "America/Winnipeg", "en-US", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Bristol dental practice; 8 March 2035 is a Thursday.
    case("Hello Gareth,\n\nSorry to hear about the cracked filling. We can see you on ⟦Friday 8 March⟧ "
         "at 9:20am with Dr Okafor, who will check it and replace it if needed. In the meantime, avoid "
         "very hot or cold drinks on that side. Please arrive five minutes early to update your medical "
         "history.\n\nBest wishes,\nAlison\nClifton Smiles Dental Practice",
         "Hello, one of my fillings has cracked and it's a bit sensitive. Could I get an appointment in "
         "the next week or two? Mornings preferred. Thanks, Gareth",
         "2035-02-27T12:10:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 18: Houston mobile detailer; April 18, 2035 is a Wednesday.
    case("Hey Travis,\n\nDog hair is our specialty, so no worries there. We can do the full interior "
         "detail on ⟦Tuesday, April 18⟧ at 8am at your place, and it takes about four hours. The price "
         "for a crew-cab pickup is $240, including seat shampoo and odor treatment. Just leave the truck "
         "unlocked or the keys with someone at home.\n\nThanks,\nRay Delgado\nBayou Shine Mobile Detailing",
         "Hey, I need a full interior detail before I sell my truck. Dog hair everywhere. Can you do it "
         "the week of the 16th? Travis",
         "2035-04-08T15:40:00-05:00", "America/Chicago", "en-US", ["weekday-mismatch"]),
    # 19: Wellington dog groomer; 4 November 2035 is a Sunday.
    case("Hi Hine,\n\nWe'd love to get Moana show-ready 🐾 I've booked her in for ⟦Sat 4th November⟧ at "
         "9am for the full groom with a continental clip. Please give her a good brush out the night "
         "before so we can spend the time on styling. The show groom is $140 and takes about three hours."
         "\n\nNgā mihi,\nSam\nWindy City Groomers, Petone",
         "Hi, can I book Moana (standard poodle) in for a full groom before her show on the 10th? "
         "Weekends are best. Thanks, Hine",
         "2035-10-24T08:05:00+13:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 20: Durban garden service; 14/11/2035 is a Wednesday.
    case("Good afternoon Pieter,\n\nThanks for asking us to help get the garden ready for your braai. Our "
         "team of three can come on ⟦Monday 14/11/2035⟧ from 7am to trim the hedges, cut the lawn and "
         "clear the beds. We'll take all the green waste away, and the full day comes to R2,600. Please "
         "leave the side gate open if you're at work.\n\nRegards,\nNomvula Dlamini\nGreen Thumb Garden "
         "Services",
         "Good day, the garden needs a proper clean-up before we host a braai in mid-November: hedges, "
         "lawn and the beds. When can your team come? Thanks, Pieter",
         "2035-10-30T17:25:00+02:00", "Africa/Johannesburg", "en-GB", ["weekday-mismatch"]),
    # 21: Boston tutor; 8/24 (2035) is a Friday.
    case("Hi Linda,\n\nHappy to help your son get a head start on AP Chemistry. I have a first session "
         "open on ⟦Thursday, 8/24⟧ at 3pm at the Brookline library, where we can book a study room. We'll "
         "go over stoichiometry and atomic structure so he feels ready. Sessions are $75 for 90 minutes."
         "\n\nBest,\nDr. Amy Cho\nBeacon Hill Tutoring",
         "Hi, my son is starting AP Chemistry this fall and is already nervous. Could we set up a first "
         "session before school starts? Thanks, Linda",
         "2035-08-10T20:45:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 22: Galway driving school, written on 1 November about "this month": 14 November 2035 is a Wednesday.
    case("Hi Aoife,\n\nGood to hear the test is booked. I've a pre-test lesson free on ⟦Tuesday the "
         "14th⟧ at 11am, and we'll drive the Carnmore test route twice with a mock test at the end. It's "
         "€45 for the ninety minutes. Bring your learner permit and logbook with you.\n\nAll the best,\n"
         "Pádraig\nCorrib Driving School",
         "Hi, I've my driving test booked for early December and want a pre-test lesson on the test route "
         "some time this month. Any weekday works. Thanks, Aoife",
         "2035-11-01T10:30:00+00:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 23: Perth caterer; 1 September 2035 is a Saturday (the thread asks for the first Saturday).
    case("Hi Emma,\n\nWhat a lovely way to celebrate your dad's 60th. We can set up the grazing table at "
         "your home on ⟦Friday 1 September⟧ at 11am, ready for lunch at noon. For 35 guests it's $1,190, "
         "with cheeses, cured meats, fruit and our sourdough. We'll collect the boards the following "
         "morning.\n\nCheers,\nTash\nSwan Valley Grazing Co.",
         "Hi, we're having a 60th birthday lunch for Dad on the first Saturday in September, about 35 "
         "people at home in Subiaco. Could you do a grazing table? Thanks, Emma",
         "2035-08-20T09:15:00+08:00", "Australia/Perth", "en-GB", ["weekday-mismatch"]),
    # 24: Toronto dry cleaner, written in December; January 10, 2036 is a Thursday.
    case("Hi Amir,\n\nOf course, we'll keep everything safe for you over the holidays. Your coat and "
         "suits will be cleaned and ready for pickup on ⟦Wednesday, January 10⟧, and we'll hold them for "
         "up to 30 days after that. The total is $68, and you can pay at pickup. Our hours are 8am to 7pm "
         "on weekdays.\n\nThanks,\nGrace\nQueen West Dry Cleaners",
         "Hi, I'm dropping off a wool coat and two suits before I leave for the holidays. I'm back on the "
         "9th of January. Can you hold them until I get back? Thanks, Amir",
         "2035-12-19T13:05:00-05:00", "America/Toronto", "en-US", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Lake District campsite; five nights from 26 June end on 1 July, and June has 30 days.
    case("Hi Brian,\n\nThanks for getting in touch 🏕 We have a hardstanding pitch with hook-up free for "
         "five nights from 26 June, leaving on the morning of ⟦31 June⟧. It overlooks the lake and is a "
         "short walk from the launch pier. The total comes to £175, and a £40 deposit secures the "
         "booking.\n\nBest wishes,\nKaren\nDerwent Shore Camping",
         "Hi, do you have a hardstanding pitch for our campervan for five nights at the end of June? "
         "It's our anniversary. Thanks, Brian",
         "2035-03-28T18:50:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: Christchurch newborn photographer; 2035 is not a leap year.
    case("Hi Kate,\n\nCongratulations, how exciting! I've pencilled in a newborn session for ⟦29 February "
         "2035⟧, which should fall within her first couple of weeks. If she arrives early or late, just "
         "text me and we'll move it, as newborn dates are always flexible. Sessions run for about three "
         "hours at my studio in Merivale and include twenty edited images.\n\nWarmly,\nHannah Brooks\n"
         "Little Fern Photography",
         "Hi, could we book a newborn session for our baby girl? She's due in mid-February and we've been "
         "told to shoot within the first two weeks. Thanks, Kate",
         "2035-01-09T11:20:00+13:00", "Pacific/Auckland", "en-GB", ["impossible-date"]),
    # 27: Seattle computer repair; September has 30 days.
    case("Hi Diane,\n\nThanks for the details on your office setup. Our technician, Kevin, can do the "
         "upgrades on all six machines on ⟦September 31st⟧, starting at 9 a.m. He'll back up each "
         "machine first, so there's no risk to your files. The flat rate is $95 per machine, including "
         "the licenses.\n\nBest regards,\nTom Nguyen\nEmerald City Tech Repair",
         "Hi, our small office needs its Windows 10 machines upgraded before support ends for our "
         "accounting software next month. Can you schedule it? Thanks, Diane",
         "2035-08-29T10:00:00-07:00", "America/Los_Angeles", "en-US", ["impossible-date"]),
    # 28: Adelaide yoga studio; April has 30 days.
    case("Hi Mei,\n\nYes, there's still room in our prenatal course, and I've saved you a spot. The "
         "six-week course starts on ⟦31/04/2035⟧ at 10am in the garden studio. Bring a bolster if you "
         "have one; otherwise we have plenty. The course is $150, payable at the first class.\n\n"
         "Warmly,\nSophie\nEast End Yoga Adelaide",
         "Hi there, is there still space in the prenatal yoga course that starts at the end of April? "
         "I'll be 20 weeks by then. Thanks, Mei",
         "2035-04-07T07:40:00+09:30", "Australia/Adelaide", "en-GB", ["impossible-date"]),
    # 29: Phoenix dental practice; June has 30 days.
    case("Hi Kayla,\n\nThanks for thinking ahead about your benefits. We have a cleaning and exam open on "
         "⟦6/31/2035⟧ at 7:30 a.m. with our hygienist, Rosa. That will be covered under this year's plan, "
         "so there should be nothing to pay. Please update your insurance details in the patient portal "
         "before you come in.\n\nBest,\nMelissa\nDesert Bloom Family Dentistry",
         "Hi, can I get a cleaning before the end of the month? My dental insurance renews on July 1. "
         "Thanks, Kayla",
         "2035-06-06T08:15:00-07:00", "America/Phoenix", "en-US", ["impossible-date"]),
    # 30: Hobart removals, written in January about the end of February 2035.
    case("Hi Brad,\n\nThanks for the enquiry about your move to Launceston. We can do it on ⟦30th "
         "February⟧ with our 6-tonne truck and a crew of two, starting at your place at 7:30am. The quote "
         "for a two-bedroom house is $1,850, including the packing materials. A 20% deposit locks in the "
         "booking.\n\nCheers,\nMick\nSouthern Cross Removals",
         "Hi, we're moving from Sandy Bay to Launceston at the end of February and need a truck and two "
         "movers. What dates do you have? Cheers, Brad",
         "2035-01-22T14:35:00+11:00", "Australia/Hobart", "en-GB", ["impossible-date"]),
    # 31: New York translation agency; April has 30 days.
    case("Hello Rachel,\n\nThanks for sending the manual over; 12,000 words into two languages is very "
         "doable. Our team can deliver both translations by ⟦April 31⟧, with a round of review by native "
         "speakers included. The quote is $0.14 per word per language, so $3,360 in total. We'll start as "
         "soon as the signed estimate comes back.\n\nBest regards,\nDavid Klein\nBridgeword Translations",
         "Hello, we need our product manual (about 12,000 words) translated into Spanish and Portuguese "
         "for a launch at the end of April. Is that doable? Thanks, Rachel",
         "2035-03-23T16:50:00-04:00", "America/New_York", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Edinburgh dental practice, written Monday 5 March: a refund "will be" made by the Friday before.
    case("Hi Fiona,\n\nSorry about the double charge; I've checked with our accounts team and you're "
         "quite right. The duplicate payment of £62 will be refunded to your card by ⟦Friday 2 March⟧. "
         "You don't need to do anything else, and we've fixed the card reader setting that caused it. "
         "Thanks for letting us know.\n\nKind regards,\nMorag\nStockbridge Dental Care",
         "Hi, I was charged twice for my check-up last month. Could you refund the duplicate payment, "
         "please? Thanks, Fiona",
         "2035-03-05T11:30:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 33: Auckland laundry, written 3 February: an offer "is running until" 31 January.
    case("Hi Rangi,\n\nThanks for getting in touch. Yes, the half-price duvet wash is running until "
         "⟦31 January⟧, so your three duvets would come to $45 instead of $90. Drop them at the Mt Eden "
         "shop and they'll be ready two days later. We dry them on low heat so the filling stays even."
         "\n\nCheers,\nAnita\nFresh Fold Laundry",
         "Hi, I saw your half-price duvet wash deal on Facebook. Is it still on? I've got three duvets to "
         "do. Thanks, Rangi",
         "2035-02-03T15:00:00+13:00", "Pacific/Auckland", "en-GB", ["past-date"]),
    # 34: Manchester gardeners, written Monday 18 June: a return visit "will be" on the 15th.
    case("Hi Joanne,\n\nThanks for the update on the lawn. Our team will be back to scarify and overseed "
         "it on ⟦15/06/2035⟧, and we'll top-dress the bare patches at the same time. Keep the dog off the "
         "lawn for a week afterwards so the seed can take. There's no extra charge, as it's part of your "
         "spring package.\n\nBest wishes,\nCraig\nGreenway Gardens",
         "Hi, the lawn still looks patchy after your visit. Are you coming back to do the scarifying you "
         "mentioned? Thanks, Joanne",
         "2035-06-18T08:45:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 35: Denver photographer, written Saturday October 13: a gallery "will be ready" on the Tuesday before.
    case("Hi Jenna,\n\nThanks for your patience! Your gallery from the Red Rocks session will be ready on "
         "⟦Tuesday, October 9⟧, and I'll email you the link and password. Holiday print orders placed by "
         "December 1 arrive in time, so there's no rush. Let me know if you'd like any black-and-white "
         "versions.\n\nBest,\nMolly Harper\nFront Range Portraits",
         "Hi! Just wondering when our family photos from the Red Rocks session will be ready? We'd like to "
         "order prints for the holidays. Thanks, Jenna",
         "2035-10-13T12:25:00-06:00", "America/Denver", "en-US", ["past-date"]),
    # 36: Cairns holiday park, written Tuesday 3 July: a rate "is available" for bookings made until the Sunday before.
    case("Hi Donna,\n\nThanks for your interest in a September stay. The early-bird rate of $38 a night "
         "is available for bookings made until ⟦Sunday 1 July⟧, so a week on a powered site would be "
         "$266. Sites near the creek book out fast for the school holidays. Just reply with your dates and "
         "we'll hold one for you.\n\nCheers,\nShane\nBarron Falls Holiday Park",
         "Hi, is the early-bird rate still available for the school holidays in September? We'd want a "
         "powered site for a week. Thanks, Donna",
         "2035-07-03T16:30:00+10:00", "Australia/Brisbane", "en-GB", ["past-date"]),
    # 37: Toronto auto spa, written Wednesday August 22: the car "will be back" on the Monday before.
    case("Hi Harpreet,\n\nThanks for choosing our ceramic coating package. The paint correction takes two "
         "days and the coating needs another day to cure, so we'll have your SUV back to you on ⟦August "
         "20⟧. We'll text you when it's ready for pickup. Avoid automatic car washes for the first two "
         "weeks.\n\nBest,\nNikos\nLakeshore Auto Spa",
         "Hi, I dropped my SUV off for the ceramic coating package. When will it be done? Thanks, "
         "Harpreet",
         "2035-08-22T10:40:00-04:00", "America/Toronto", "en-US", ["past-date"]),
    # 38: Johannesburg maths tutors, written Monday 3 December: a fee "will need to be paid by" the Friday before.
    case("Good morning Mrs Mokoena,\n\nThank you for choosing us for Lerato's matric year. To secure her "
         "place, the registration fee of R750 will need to be paid by ⟦Friday 30 November⟧. Classes start "
         "in the third week of January, and we'll send the timetable once registrations close. Please use "
         "her name as the payment reference.\n\nKind regards,\nThabo Nkosi\nSummit Maths Academy",
         "Good morning, I'd like to enrol Lerato for Grade 12 maths tutoring next year. How do I secure a "
         "place? Thanks, Mrs Mokoena",
         "2035-12-03T09:00:00+02:00", "Africa/Johannesburg", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London dentist to a patient just moved from Houston: 4 May or April 5, both ahead.
    case("Hi Courtney,\n\nWelcome to London, and thank you for choosing our practice. We've registered you "
         "as a new patient and booked your check-up and hygiene appointment for ⟦04/05/2035⟧ at 10:40am. "
         "Please fill in the medical history form we've emailed before you come in. A check-up and clean "
         "is £95.\n\nKind regards,\nPriya\nMarylebone Dental Studio",
         "Hi, I just moved here from Houston for work and need to register as a new patient. I'd like a "
         "check-up and cleaning sometime in the spring. Thanks, Courtney",
         "2035-02-09T14:20:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"]),
    # 40: Chicago IT support to a London office: July 9 or 7 September, both ahead.
    case("Hello Oliver,\n\nThanks for the reminder about the annual audit. Our engineer will run the "
         "remote security audit on ⟦7/9/2035⟧, and it should take about two hours. Please leave the laptop "
         "switched on and connected to power the night before. We'll send you the report within three "
         "business days.\n\nBest regards,\nSandra Kowalski\nWindy City IT Support",
         "Hello, our London office laptop (the one you set up in March) needs its annual security audit. "
         "When can you do it remotely? Regards, Oliver",
         "2035-05-16T09:35:00-05:00", "America/Chicago", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 41: Sydney photographer to a couple in Los Angeles: 3 August or March 8, both ahead.
    case("Hi Brittany,\n\nCongratulations on the wedding! I'd love to do your engagement shoot, and I've "
         "pencilled you in for ⟦03/08/2035⟧ at Watsons Bay. We'll meet at the lighthouse and wander along "
         "the cliff path for about an hour. The engagement shoot is $450 and includes thirty edited images."
         "\n\nCheers,\nLachlan Reid\nHarbourlight Photography",
         "Hi! We're flying in from LA for our wedding at Watsons Bay later this year and would love an "
         "engagement shoot beforehand. Can you do it? xx Brittany",
         "2035-01-25T10:50:00+11:00", "Australia/Sydney", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 42: Toronto translation agency to a client in Mumbai: October 11 or 10 November, both ahead.
    case("Dear Mr. Mehta,\n\nThank you for sending the incorporation documents. Our certified translator "
         "will deliver the English versions on ⟦10/11/2035⟧, together with a signed statement of accuracy. "
         "The fee for the 14 pages is $560, and we accept payment by wire transfer. Please let us know if "
         "the filing office needs the translations notarized as well.\n\nSincerely,\nIsabelle Tremblay\n"
         "Maple Leaf Language Services",
         "Dear team, we need our company's incorporation documents translated from French to English for a "
         "filing in Mumbai. Please advise on delivery. Regards, Rohan Mehta",
         "2035-08-02T14:15:00-04:00", "America/Toronto", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Asia/Kolkata"),
    # 43: Auckland holiday park to a couple flying in from Seattle: 2 January or February 1 2036, both ahead.
    case("Hi Megan,\n\nHow exciting that you're coming all this way 🏕 I've held a powered beachfront site "
         "for you from ⟦02/01/2036⟧ for three nights. Check-in is from 2pm at the office by the main gate. "
         "Summer sites are $65 a night, and we'll need a 50% deposit to confirm.\n\nCheers,\nWiremu\n"
         "Orewa Beachside Holiday Park",
         "Hi there, my husband and I are flying in from Seattle for a summer road trip and want a campervan "
         "site near the beach for a few nights in the new year. Is that possible? Thanks, Megan",
         "2035-11-07T19:10:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Dublin car valeting to a contractor over from Boston: 6 September or June 9, both ahead.
    case("Hi Kevin,\n\nThanks for getting in touch. We've booked your full valet for ⟦06/09/2035⟧ at our "
         "Sandyford unit, and it takes about three hours. The full valet is €140 and covers a machine "
         "polish, upholstery shampoo and a full interior clean. You're welcome to wait in our lounge or we "
         "can drop you to the Luas stop.\n\nAll the best,\nNiall\nSparkle Valeting, Sandyford",
         "Hi, I'm over from Boston on a work contract and leasing a car for a few months. I'd like it "
         "properly valeted before I hand it back. Thanks, Kevin",
         "2035-04-07T17:20:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-numeric-date"]),
    # 45: New York caterer to a customer arranging everything from Johannesburg: December 11 or 12 November, both ahead.
    case("Hi Zanele,\n\nWhat a wonderful surprise for your parents! We'd be glad to cater the dinner, and "
         "we've reserved ⟦12/11/2035⟧ for you. Our three-course menu for 20 guests is $2,400, including "
         "two servers. We'll send the menu options and a deposit link by email.\n\nBest,\nTony Russo\n"
         "Greenwich Supper Club Catering",
         "Hi, I'm organising a surprise dinner for my parents' anniversary in New York later this year and "
         "I'm arranging everything from Johannesburg. Can you cater for 20? Thanks, Zanele",
         "2035-10-07T11:55:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Africa/Johannesburg"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London translation agency to New York, in the fortnight when the US has changed its clocks and the UK has not.
    case("Hi Jordan,\n\nThanks for your interest in our localisation services. Our project manager, "
         "Sophie, can call you on Thursday 15 March at ⟦3pm⟧ to go through the scope and timeline. Please "
         "send over the string files beforehand if you can, so she can give you a word count. We usually "
         "quote within a day of the call.\n\nBest wishes,\nEleanor Finch\nLingua Fleet Translation",
         "Hi, we'd like to discuss the localization of our app into German and French. Could we schedule "
         "a call later this week? Best, Jordan",
         "2035-03-13T10:25:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),
    # 47: Sydney yoga studio's online class, to a student who has moved to Perth (three hours behind in February).
    case("Hi Alicia,\n\nLovely to hear you'd like to keep practising with us. The online vinyasa class "
         "runs every Tuesday at ⟦6:30pm⟧, starting with Tuesday 20 February, and you'll get the Zoom link "
         "by email an hour before. The online pass is $25 a week. Have a mat, a strap and a cushion nearby."
         "\n\nNamaste,\nGemma\nBondi Flow Yoga",
         "Hi, I've moved to Perth but would love to keep doing your Tuesday online vinyasa class. How do I "
         "join? Thanks, Alicia",
         "2035-02-15T20:10:00+11:00", "Australia/Sydney", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Perth"),
    # 48: Toronto voice teacher to a pupil who has moved to Vancouver.
    case("Hi Elena,\n\nI'd be delighted to keep teaching Maya online. We can keep her regular Tuesday slot, "
         "starting on Tuesday, October 9 at ⟦4:30 pm⟧, over video. Please set the laptop up so I can see "
         "her from head to toe. The fee stays the same at $45 a lesson.\n\nBest,\nCatherine Dubois\n"
         "Dubois Voice Studio",
         "Hi, we've just moved to Vancouver but Maya doesn't want to change voice teachers. Could you keep "
         "teaching her online? Thanks, Elena",
         "2035-10-05T18:00:00-04:00", "America/Toronto", "en-US", ["missing-timezone"],
         recipient_timezone="America/Vancouver"),
    # 49: Johannesburg IT support to a customer working in Dubai (two hours ahead).
    case("Hi Kagiso,\n\nSorry about the VPN trouble; that's frustrating when you're so far from the office. "
         "Our engineer, Zaid, will connect to your laptop remotely on Wednesday 11 July at ⟦10am⟧ to "
         "reinstall the VPN client. Please make sure the laptop is on and logged in at that time. The "
         "session is covered by your company's support contract.\n\nKind regards,\nLindiwe\n"
         "Jozi Tech Support",
         "Hi, I'm working from our Dubai office for a few months and my work laptop keeps dropping the VPN. "
         "Can someone connect remotely to fix it? Regards, Kagiso",
         "2035-07-09T13:45:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"],
         recipient_timezone="Asia/Dubai"),
    # 50: Auckland wedding photographer to a bride who says in the thread she is in Brisbane.
    case("Hi Georgia,\n\nA video call works perfectly. Let's talk on Thursday 15 November at ⟦2pm⟧, and "
         "I'll send a link the day before. Have your timeline and a list of must-have family groupings "
         "handy so we can plan the day. It should take about 45 minutes.\n\nNgā mihi,\nAnahera\n"
         "Kauri Light Photography",
         "Hi! I'm in Brisbane until a week before the wedding, so could we do the planning call by video? "
         "Thursday would be ideal. Thanks, Georgia",
         "2035-11-12T09:30:00+13:00", "Pacific/Auckland", "en-GB", ["missing-timezone"]),
    # 51: Mumbai maths tutor to a family in London (five and a half hours behind in January).
    case("Dear Neha,\n\nThank you for reaching out; I'd be happy to help your daughter prepare for her "
         "mocks. I can take online sessions on Wednesdays at ⟦7pm⟧, beginning on Wednesday 24 January, and "
         "each session runs for an hour. I'll share worksheets on Google Drive before each class. The fee "
         "is £20 per session, payable monthly.\n\nWarm regards,\nRajesh Iyer\nIyer Maths Tutorials",
         "Hello, my daughter in Year 11 in London needs help with GCSE maths before her mocks. Could you "
         "take online sessions? Regards, Neha",
         "2035-01-22T19:40:00+05:30", "Asia/Kolkata", "en-GB", ["missing-timezone"],
         recipient_timezone="Europe/London"),
    # 52: Denver movers about a delivery in Scottsdale in June (Arizona keeps MST, an hour behind Denver's MDT).
    case("Hi Brandon,\n\nThanks for confirming the move. Our crew will load up in Lakewood on Monday, June "
         "18, and the truck will arrive at your new house in Scottsdale on Wednesday, June 20 at ⟦9am⟧. The "
         "driver will call you when he's an hour out. Please make sure someone is there to direct the crew."
         "\n\nBest regards,\nKelly\nMile High Movers",
         "Hi, confirming our move from Lakewood to Scottsdale. When will the truck get to the new house? "
         "Thanks, Brandon",
         "2035-06-14T15:05:00-06:00", "America/Denver", "en-US", ["missing-timezone"],
         recipient_timezone="America/Phoenix"),
    # 53: Dublin trad music teacher to a pupil who says in the thread she is in Cape Town for the term.
    case("Hi Saoirse,\n\nOf course, we can keep going online while you're away. Let's keep your usual "
         "Thursday slot, starting on Thursday 13 September at ⟦6pm⟧ on Zoom. Have a look at the two reels I "
         "sent last week so we can work on the ornaments. The fee stays at €25 per lesson.\n\n"
         "All the best,\nEimear\nInis Trad Music",
         "Hi, I'm spending the term in Cape Town on exchange but don't want to drop my tin whistle lessons. "
         "Could we keep going online? Thanks, Saoirse",
         "2035-09-04T20:30:00+01:00", "Europe/Dublin", "en-GB", ["missing-timezone"]),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London tutors in June: "3pm GMT" beside "10am in New York", which fits BST.
    case("Hi Patricia,\n\nThanks for getting in touch about SAT preparation. Our tutor, James, can take "
         "your son every Thursday at 3pm ⟦GMT⟧ (10am in New York), starting on Thursday 14 June. Each "
         "session is an hour long and covers reading and writing. Sessions are £45 each, billed monthly."
         "\n\nBest wishes,\nHelen\nKensington Tutors",
         "Hi, my son in New York is sitting the SAT in August and we'd like a weekly online session with "
         "your English tutor. Thanks, Patricia",
         "2035-06-05T16:30:00+01:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="America/New_York"),
    # 55: New York caterer: EST in July.
    case("Hi Jasmine,\n\nHappy to help with the offsite. We'll deliver the lunch platters to your office on "
         "Thursday, July 19 at 11:30 a.m. ⟦EST⟧, so everything is set up before you start. The order for 25 "
         "people comes to $625, including delivery. We'll bring plates, napkins and cutlery too.\n\nBest,\n"
         "Tony\nHudson Street Catering",
         "Hi, can you deliver the lunch platters for our team offsite on the 19th? We start at noon. "
         "Thanks, Jasmine",
         "2035-07-10T12:40:00-04:00", "America/New_York", "en-US", ["zone-mismatch"]),
    # 56: Sydney removals: AEDT in June.
    case("Hi Nikhil,\n\nNo problem at all. On Friday 29 June the crew will arrive at 7am and expect to have "
         "the truck loaded by 1pm ⟦AEDT⟧, which leaves plenty of time before the agent needs the keys. We'll "
         "do a final walk-through with you before we leave. Our crew supervisor, Dom, will be your contact "
         "on the day.\n\nCheers,\nBelinda\nHarbour City Removals",
         "Hi, the real estate agent needs the keys by 3pm on moving day. Will the truck be loaded by then? "
         "Thanks, Nikhil",
         "2035-06-26T10:20:00+10:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Wellington translation agency: NZST in January.
    case("Hi Jared,\n\nThanks for getting in touch about the signage project. Let's meet by video on "
         "Tuesday 16 January at 10am ⟦NZST⟧, and I'll bring our translator, Huia, along. Please send the "
         "final English wording before then so we can give you a firm quote. We normally turn signage "
         "projects around in about a week.\n\nNgā mihi,\nKirsty Walker\nTe Reo Bridge Translations",
         "Hi, can we set up a video call to go over the te reo Māori translation of our signage? I'm in "
         "Christchurch. Cheers, Jared",
         "2035-01-07T15:50:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 58: Seattle mobile detailer: PDT in December.
    case("Hey Justin,\n\nWe'd be happy to get your car looking its best for the visit. Our mobile unit can "
         "come to your driveway on Saturday, December 15 at 10am ⟦PDT⟧, and a full detail takes about three "
         "hours. The price for a sedan is $210. We bring our own water and power, so you don't need to be "
         "home.\n\nThanks,\nCarlos\nEvergreen Mobile Detailing",
         "Hey, can you do a full detail on my car before my in-laws visit? Thanks, Justin",
         "2035-12-05T09:25:00-08:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 59: Chicago landscapers in August: CST is UTC-6; UTC-5 is CDT.
    case("Hi Owen,\n\nThanks for checking. The crew will arrive to start your patio on Monday, August 13 at "
         "8am ⟦CST (UTC-5)⟧ and should be finished by the end of Wednesday. We'll need access to the "
         "backyard and a hose bib. Please move any cars out of the driveway the night before.\n\nBest,\n"
         "Greg Novak\nPrairie Roots Landscaping",
         "Hi, what time will the crew get here on Monday to start the patio? I need to let the dog out "
         "first. Thanks, Owen",
         "2035-08-07T19:15:00-05:00", "America/Chicago", "en-US", ["zone-mismatch"]),
    # 60: Honolulu photographer: "HDT" in August (Hawaii keeps HST all year).
    case("Hi Kristen,\n\nMahalo for reaching out 🌺 I have a sunset session open on Friday, August 10 at "
         "6:15 p.m. ⟦HDT⟧ at Waimanalo Beach, which gives us the best light. Sessions last an hour and "
         "include 40 edited images. The fee is $550, with a $150 retainer to book.\n\nAloha,\nKainoa\n"
         "Lanikai Light Studio",
         "Aloha! We're flying in for a week on Oahu and want a family beach session at sunset while we're "
         "there. Mahalo, Kristen",
         "2035-08-01T07:55:00-10:00", "Pacific/Honolulu", "en-US", ["zone-mismatch"]),
]

NEGATIVES = [
    # 01: Cardiff driving school; Wednesday 14 March 2035 is a Wednesday, every time has am.
    case("Hi Rhys,\n\nGood luck with the test! I'll pick you up on Wednesday 14 March at 8:15am for an "
         "hour's warm-up around the Llanishen routes, and we'll be at the test centre by 9:25am for your "
         "9:40am slot. You'll use my car, so there's nothing to arrange with the examiner. The lesson is "
         "£36.\n\nAll the best,\nOwain\nTaff Valley Driving School",
         "Hi, I've got my test on Wednesday 14 March at the Llanishen centre. Could I have a lesson just "
         "before it? Thanks, Rhys",
         "2035-03-02T18:20:00+00:00", "Europe/London", "en-GB"),
    # 02: Christchurch groomer; "half past eight in the morning", "1pm", Friday 21 September is a Friday.
    case("Hi Ngaire,\n\nOf course, we'll go gently with Milo 🐶 I've booked him in for Friday 21 September, "
         "with drop-off at half past eight in the morning and pick-up at 1pm. We'll towel-dry him and use "
         "the quiet dryer on low, so it shouldn't bother him. A bath and nail trim for a 12 kg dog is $55."
         "\n\nCheers,\nKayla\nPawfect Pampering, Riccarton",
         "Hi, can Milo come in for a bath and nail trim? He's a 12 kg beagle and hates the dryer. Thanks, "
         "Ngaire",
         "2035-09-19T12:30:00+12:00", "Pacific/Auckland", "en-GB"),
    # 03: Ottawa music collective; a range sharing one a.m., "Grade 3", a correct weekday.
    case("Hi Chantal,\n\nThanks for asking about the recorder class. The Grade 3 group meets on Saturdays "
         "from 10 to 11:15 a.m., starting Saturday, September 15, in the community hall on Bank Street. "
         "Each child needs a soprano recorder, which we sell for $18. The fee for the 10-week term is $180."
         "\n\nBest,\nMichel\nGlebe Music Collective",
         "Hi, what are the times for the group recorder class for kids this term? My son is in Grade 3. "
         "Thanks, Chantal",
         "2035-09-02T17:10:00-04:00", "America/Toronto", "en-US"),
    # 04: Glasgow removals; 24-hour times.
    case("Hi Ross,\n\nThanks for booking the lift, that'll make things much quicker. Our van will be outside "
         "your flat in Partick at 08:00 on Friday 18 May, and we expect to finish unloading in Dennistoun by "
         "about 14:30. The crew will bring blankets for the furniture and 20 extra boxes. Your balance of "
         "£420 is due on the day.\n\nBest wishes,\nFraser\nClydeside Flitting Co.",
         "Hi, could you confirm when the van's arriving for our flat move on the 18th? We've got the lift "
         "booked. Cheers, Ross",
         "2035-05-08T13:15:00+01:00", "Europe/London", "en-GB"),
    # 05: Perth dentist at 12:45; "tomorrow" with its date named.
    case("Hi Jayden,\n\nSorry to hear about the chip. We can fit you in tomorrow, Friday 16 March, at "
         "8:00am with Dr Lim, who will bond the tooth so it looks natural. It's a single visit of about 45 "
         "minutes. The bonding will cost around $260, and we can claim on your health fund on the spot.\n\n"
         "Kind regards,\nTash\nCottesloe Dental",
         "Hi, I've chipped my front tooth and have a job interview on Monday. Is there any chance of "
         "getting in before then? Thanks, Jayden",
         "2035-03-15T12:45:00+08:00", "Australia/Perth", "en-GB"),
    # 06: Kerry campsite to a Londoner: no zone, but Dublin and London share a clock.
    case("Hi Hugh,\n\nThanks for booking with us. On Saturday 16 June you can check in from 2pm, and if "
         "you're running late the key box at reception is open until 10pm. Your pitch has a view of the bay "
         "and is near the playground. We look forward to welcoming you to Kerry.\n\nKind regards,\n"
         "Siobhán\nInch Strand Camping",
         "Hi, we're driving over from London and arriving on the Fishguard ferry. What's the earliest we can "
         "check in on Saturday 16 June? Thanks, Hugh",
         "2035-06-06T20:05:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/London"),
    # 07: Atlanta auto spa; "between 10 a.m. and noon", Saturday, September 15 is a Saturday.
    case("Hi DeShawn,\n\nSaturday works great. We've got you down for Saturday, September 15, between "
         "10 a.m. and noon at our Decatur shop. The wash and wax is $85, and it comes with a free interior "
         "vacuum this month. Feel free to wait in the lounge; there's coffee and Wi-Fi.\n\nThanks,\nKeisha\n"
         "Peach State Auto Spa",
         "Hi, can you do a wash and wax on Saturday? I'm free in the morning. Thanks, DeShawn",
         "2035-09-10T08:30:00-04:00", "America/New_York", "en-US"),
    # 08: Brisbane tutor to a student in Sydney in July: no zone, and both are on UTC+10 then.
    case("Hi Catherine,\n\nThursday afternoons are fine. Her first online session will be on Thursday 19 "
         "July at 5pm, and each one runs for an hour. I'll send her a video link and the first practice "
         "paper the day before. Sessions are $70 each, paid by the term.\n\nKind regards,\nDr Sarah Okoye\n"
         "Queensland Science Tutors",
         "Hi, my daughter in Sydney needs online HSC chemistry tutoring. Could she do Thursday afternoons? "
         "Thanks, Catherine",
         "2035-07-17T16:40:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 09: Cape Town photographer; a past session in the past tense, a future date with the right weekday.
    case("Hi Zainab,\n\nThank you, it was a joy photographing your family at Kirstenbosch on Sunday 4 "
         "March. Your online gallery will stay live until Monday 30 April, and you can share the link with "
         "anyone. Downloads are unlimited while it's up. If you'd like prints, the order form is at the top "
         "of the gallery.\n\nWarm regards,\nRiaan\nFynbos Light Photography",
         "Hi, thanks for the lovely session last weekend! How long will our online gallery stay up? We want "
         "to share it with the grandparents. Thanks, Zainab",
         "2035-03-10T10:20:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 10: Winnipeg IT support to a branch in Regina in January: both on CST, UTC-6.
    case("Hi Shauna,\n\nThanks for letting us know about the printer. Our technician will connect remotely "
         "on Wednesday, January 31 at 10:30 a.m. to reinstall the drivers and check the network settings. "
         "Please ask someone at the branch to leave the printer on. It's covered under your monthly support "
         "plan.\n\nBest regards,\nDarren\nPrairie Byte Solutions",
         "Hi, our branch office in Regina has a printer that won't connect to the network. Could you dial "
         "in and take a look? Thanks, Shauna",
         "2035-01-30T09:50:00-06:00", "America/Winnipeg", "en-US", recipient_timezone="America/Regina"),
    # 11: Melbourne caterer to an organiser in Perth: AEST in July, 7pm AEST = 5pm AWST.
    case("Hi Lauren,\n\nThanks for organising this for the team. Our staff will arrive at the office on "
         "Thursday 12 July at 5pm AEST to set up, and dinner will be served at 7pm AEST, which is 5pm in "
         "Perth. The menu for 30 guests is $1,650, including drinks service. We'll send the final invoice a "
         "week beforehand.\n\nCheers,\nMatteo\nYarra Table Catering",
         "Hi, I'm in Perth organising a farewell dinner for our Melbourne team. When will the caterer "
         "arrive? I'll dial in by video. Thanks, Lauren",
         "2035-07-05T11:25:00+10:00", "Australia/Melbourne", "en-GB", recipient_timezone="Australia/Perth"),
    # 12: London yoga studio to a member in New York in June: 6pm BST = 1pm EDT.
    case("Hi Charlotte,\n\nLovely to have you joining from New York. The online yin class is on Thursdays "
         "at 6pm BST, which is 1pm in New York, and the first one you can join is Thursday 14 June. You'll "
         "get the link by email that morning. Drop-in classes are £12 each.\n\nBest wishes,\nIsla\n"
         "Hackney Stillness Yoga",
         "Hi, I'm in New York for the summer but would love to join the Thursday evening yin class online. "
         "What time is that for me? Thanks, Charlotte",
         "2035-06-11T07:30:00+01:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 13: Phoenix yard care to a customer in Los Angeles in July: MST is right for Arizona and matches PDT.
    case("Hi Rebecca,\n\nNo problem at all. Our crew will start the irrigation repair on Thursday, July 26 "
         "at 7 a.m. MST, which is also 7 a.m. in Los Angeles, and Luis will call you as they begin. We start "
         "early to beat the heat. The repair should be done by noon.\n\nBest,\nAndrea\nSaguaro Yard Care",
         "Hi, I'm away in LA this week but want to be on a video call when your crew starts on the "
         "irrigation. Thanks, Rebecca",
         "2035-07-21T06:10:00-07:00", "America/Phoenix", "en-US", recipient_timezone="America/Los_Angeles"),
    # 14: Mumbai translation agency to London in January: 6pm IST = 12:30pm GMT.
    case("Dear Tom,\n\nThank you for your message. Our subtitling lead, Kavita, can speak with you on "
         "Wednesday 17 January at 6pm IST, which is 12:30pm in London. She will have the draft glossary "
         "ready to go through with you. Please share the final cut of the documentary before the call if "
         "possible.\n\nWarm regards,\nAnil Joshi\nSetu Translation Services",
         "Hello, could we have a quick call about the Marathi subtitles for our documentary? I'm in London. "
         "Regards, Tom",
         "2035-01-15T11:00:00+05:30", "Asia/Kolkata", "en-GB", recipient_timezone="Europe/London"),
    # 15: Vancouver wash-and-fold; "24/7" and "a third" are not dates, every time has its a.m./p.m.
    case("Hi Priya,\n\nYes, we do wash and fold for families of all sizes. Our drop-off lockers on Main "
         "Street are open 24/7, so you can leave your bags whenever suits you on the way to work. Anything "
         "dropped off by 9 a.m. on a weekday is ready by 5 p.m. the same day. We charge $2.25 per pound, and "
         "about a third of our customers are on the weekly family plan.\n\nThanks,\nKen\n"
         "Main Street Wash & Fold",
         "Hi, do you do wash and fold for a family of five? I'd like to drop it off on my way to work. "
         "Thanks, Priya",
         "2035-11-08T19:30:00-08:00", "America/Vancouver", "en-US"),
    # 16: Dublin dentist to an American student: 25/09/2035 cannot be read two ways.
    case("Hi Madison,\n\nWelcome to Dublin! We've booked your check-up for 25/09/2035 at 2:15pm at our "
         "Westland Row practice, a short walk from Trinity. Please bring a photo ID and your insurance "
         "details. A check-up and scale and polish for students is €65.\n\nAll the best,\nCiara\n"
         "Westland Row Dental",
         "Hi, I'm an American student starting at Trinity in September. Could I book a check-up in my first "
         "month? Thanks, Madison",
         "2035-08-13T15:35:00+01:00", "Europe/Dublin", "en-GB"),
    # 17: Auckland relocations to Los Angeles, across the date line: 9am NZDT Tuesday = noon PST Monday.
    case("Hi Ashley,\n\nHappy to talk you through the delivery plan. Let's speak at 9am NZDT on Tuesday 4 "
         "December, which is noon PST on Monday 3 December for you in Los Angeles. I'll have the customs "
         "paperwork and the truck schedule ready. The call should take about half an hour.\n\nNgā mihi,\n"
         "Tama\nAotearoa Relocations",
         "Hi, we're in Los Angeles and our shipment to Auckland arrives next month. Can we go over the "
         "delivery plan on a call? Thanks, Ashley",
         "2035-11-27T14:15:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="America/Los_Angeles"),
    # 18: Halifax campground; ISO dates and a booking reference.
    case("Hi Doug,\n\nHappy to confirm. Your booking (reference HX-4471) is for site 7 from 2035-07-20 to "
         "2035-07-23, three nights on the oceanfront loop. Check-in is from 3 p.m. and checkout is by "
         "11 a.m. The balance of $135 is charged two weeks before arrival.\n\nBest,\nSheila\n"
         "Lawrencetown Beach Campground",
         "Hi, could you confirm our booking for the oceanfront site in July? I don't have the email "
         "anymore. Thanks, Doug",
         "2035-04-17T10:10:00-03:00", "America/Halifax", "en-US"),
    # 19: Johannesburg music school; ages "8 to 10", "10%", Saturday 5 May is a Saturday.
    case("Hi Busisiwe,\n\nYes, there's space for both twins in the Saturday group for ages 8 to 10. Their "
         "first lesson is on Saturday 5 May at 10am, and the group plays until 11:30am. The fee is R450 a "
         "month per child, with a 10% discount for siblings. Please send them in comfortable clothes, as we "
         "move around a lot.\n\nKind regards,\nLwazi\nRhythm Roots Music School",
         "Hi, is there space in the Saturday marimba group for my twins? They're 8. Thanks, Busisiwe",
         "2035-04-27T08:30:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 20: Sydney driving school at 23:45 on a Sunday: full dates, no "tomorrow".
    case("Hi Tyler,\n\nNo worries about the late message. I can do a lesson on Monday 10 December at 7am, "
         "or on Wednesday 12 December at 4:30pm if you'd prefer to drive in afternoon traffic. Both are 90 "
         "minutes and finish near the Botany test centre. Just reply with whichever suits.\n\nCheers,\n"
         "Bianca\nEastern Suburbs Driving School",
         "Hi, sorry for the late message! Can I squeeze in a lesson before my test on Thursday 13 December? "
         "Cheers, Tyler",
         "2035-12-09T23:45:00+11:00", "Australia/Sydney", "en-GB"),
    # 21: New Orleans groomer; "noon", Tuesday, February 13 is a Tuesday.
    case("Hi Celeste,\n\nWe'd love to see Beignet again. We've booked her for Tuesday, February 13 at noon, "
         "and she'll go straight onto the table so she isn't left waiting. A trim for a toy poodle is $60, "
         "and we'll add a bandana at no charge. Pick-up is usually about 90 minutes after drop-off.\n\n"
         "Best,\nLuc\nCrescent City Grooming",
         "Hi, can Beignet (toy poodle) come in for a trim before her birthday party? She gets anxious if "
         "she waits too long. Thanks, Celeste",
         "2035-02-10T14:50:00-06:00", "America/Chicago", "en-US"),
    # 22: Honolulu photographer to Los Angeles in August: HST is right, 10 a.m. HST = 1 p.m. PDT.
    case("Hi Alyssa,\n\nHow exciting 🌴 Let's do the planning call on Wednesday, August 8 at 10 a.m. HST, "
         "which is 1 p.m. for you in Los Angeles. I'll bring a few spot ideas along the Lanikai coast so we "
         "can pick one together. The proposal package is $600 and includes a hidden second shooter.\n\n"
         "Mahalo,\nKeoni\nIsland Moments Photography",
         "Hi, I'm in LA and booking a surprise proposal shoot for my boyfriend's visit to Oahu next week. "
         "Can we set up a planning call? Thanks, Alyssa",
         "2035-08-02T16:20:00-10:00", "Pacific/Honolulu", "en-US", recipient_timezone="America/Los_Angeles"),
    # 23: Leeds hand car wash; prices and a correct weekday (Sunday 29 April).
    case("Hi Amara,\n\nYes, the NHS discount is still on, so the interior clean is £35 instead of £70. We're "
         "open on Sundays, and I've booked your Golf in for Sunday 29 April at 10am. It takes about two "
         "hours, and you're welcome to wait in the café next door. Bring your NHS ID card when you drop the "
         "car off.\n\nCheers,\nKyle\nHeadingley Hand Car Valet",
         "Hi, do you still do the half-price interior clean for NHS staff? I'd like my Golf done on Sunday "
         "29 April if you're open. Thanks, Amara",
         "2035-04-20T09:05:00+01:00", "Europe/London", "en-GB"),
    # 24: Boston tutor to London in the fortnight between the US and UK spring changes: 2 p.m. EDT = 6 p.m. GMT.
    case("Hi Freya,\n\nHappy to help with the statistics. Our first Zoom session can be on Tuesday, March 20 "
         "at 2 p.m. EDT, which is 6 p.m. for you in London. Please send me your research question and a "
         "sample of your data beforehand. Sessions are $80 an hour, and we can meet weekly until the "
         "dissertation is in.\n\nBest,\nDr. Nathan Ellis\nCharles River Tutoring",
         "Hi, I'm a grad student in London and need help with statistics for my dissertation. Could we do "
         "sessions over Zoom? Thanks, Freya",
         "2035-03-16T11:35:00-04:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
    # 25: Adelaide IT help to a customer in Sydney in February: 10am ACDT = 10:30am AEDT; "16 GB", "Windows 11".
    case("Hi Oscar,\n\nNo problem. Our tech, Ravi, will remote in on Wednesday 14 February at 10am ACDT, "
         "which is 10:30am in Sydney, to set up the new 16 GB laptop with Windows 11. He'll install Office, "
         "join it to the domain and move your files across. Please leave the laptop on and plugged in.\n\n"
         "Cheers,\nBen\nTorrens Tech Help",
         "Hi, I'm working from our Sydney office this month. Can your tech remote in to set up my new "
         "laptop? Thanks, Oscar",
         "2035-02-12T13:30:00+10:30", "Australia/Adelaide", "en-GB", recipient_timezone="Australia/Sydney"),
    # 26: Toronto yoga studio; a leap day that exists (Friday, February 29, 2036).
    case("Hi Natalie,\n\nWe are, and it's a special one this time! The leap-day challenge is on Friday, "
         "February 29, 2036, starting at 6:30 a.m. in the main studio. It runs for about 75 minutes and "
         "finishes with tea and pastries. Sign-up is $20, and all proceeds go to the food bank.\n\nBest,\n"
         "Leah\nJunction Yoga House",
         "Hi, are you running your leap-day sun salutation challenge again? I'd love to sign up. Thanks, "
         "Natalie",
         "2035-12-27T15:15:00-05:00", "America/Toronto", "en-US"),
    # 27: Kilkenny gardeners; a past visit in the past tense, the next one with its right weekday.
    case("Hi Bernadette,\n\nThanks for the kind words. We cut the hedges and mowed the lawns on Tuesday 10 "
         "July, and our next visit is on Tuesday 24 July. We'll deadhead and feed the rose bed then and "
         "check it for blackspot. There's no extra charge, as it's within your fortnightly plan.\n\n"
         "All the best,\nSeán\nNore Valley Gardens",
         "Hi, thanks for the work on the hedges. When's the next visit? And could you look at the rose bed "
         "then? Thanks, Bernadette",
         "2035-07-11T14:20:00+01:00", "Europe/Dublin", "en-GB"),
    # 28: Chennai dry cleaner to a visitor from Manchester: 05/05/2035 reads the same either way.
    case("Dear Hannah,\n\nThank you for choosing us. Your two silk sarees will be dry cleaned and ready for "
         "collection on 05/05/2035 after 11am at our T Nagar branch. Silk dry cleaning is ₹450 per saree, "
         "and we pack them flat in tissue for travel. Kindly bring the receipt when you collect them.\n\n"
         "Warm regards,\nLakshmi\nSilkCare Dry Cleaners",
         "Hello, I'm here from Manchester for a conference and need two silk sarees dry cleaned before I fly "
         "home. Is that possible? Thanks, Hannah",
         "2035-04-27T10:05:00+05:30", "Asia/Kolkata", "en-GB"),
    # 29: Auckland translation agency to Honolulu, across the date line: 5pm NZST Friday = 7pm HST Thursday.
    case("Hi Leilani,\n\nThanks for checking. Please send the source files by 5pm NZST on Friday 13 July, "
         "which is 7pm HST on Thursday 12 July in Honolulu. Our Samoan translator will start the following "
         "Monday and deliver in ten working days. We'll confirm receipt as soon as the files arrive.\n\n"
         "Ngā mihi,\nMarama\nPacific Words Translation",
         "Hi, I'm in Honolulu. What's the deadline for sending the source files for the Samoan translation? "
         "Thanks, Leilani",
         "2035-07-04T10:45:00+12:00", "Pacific/Auckland", "en-GB", recipient_timezone="Pacific/Honolulu"),
    # 30: Denver caterer to an organiser in Phoenix in January: no zone, and both are on MST then.
    case("Hi Miguel,\n\nThanks for choosing us for the kickoff. Our team will deliver the buffet lunch to "
         "the hotel on Friday, January 19 at 11am, with setup finished before your noon break. The lunch for "
         "60 guests is $1,980, including vegetarian and gluten-free options. We'll send the final headcount "
         "form a week before.\n\nBest,\nAshley\nColumbine Catering",
         "Hi, I'm in Phoenix organizing our sales kickoff in Denver. Can your team deliver lunch to the "
         "hotel? Thanks, Miguel",
         "2035-01-04T16:55:00-07:00", "America/Denver", "en-US", recipient_timezone="America/Phoenix"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
