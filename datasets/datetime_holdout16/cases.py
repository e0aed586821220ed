"""The hand-written cases of Tactful's sixteenth held-out date/time set (built by build_datetime_holdout16.py).

Each case is a customer-service reply (``text``), the customer's email it answers (``thread``) and the
context the date/time checks read: ``now`` (ISO 8601 with the UTC offset the writer's zone had at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's zone
is known) and ``locale``. A flagged expression sits between ⟦ ⟧, and ``checks`` gives, in order, the
check each marked span is a case of. Negatives mark nothing.

Written blind (see README.md). Every weekday, past/future relation, UTC offset and conversion between
zones was worked out with Python's calendar, datetime and zoneinfo in throwaway scripts kept outside
the repository (/tmp/dtset16/), never from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

AT, RD, WM, ID, PD, AN, MT, ZM = ("ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date",
                                  "past-date", "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Leeds locksmith; the customer works nights (10pm to 6am), so both readings fit around his shift.
    case("Hi Gareth,\n\nSorry to hear about the back door. Our locksmith Dean can come on Wednesday 18 January "
         "at ⟦7:30⟧ to fit a new euro cylinder and check the frame while he's there. The cylinder is £45 fitted, "
         "and there's no call-out charge within LS postcodes.\n\nBest wishes,\nJo\nHeadingley Locks & Keys",
         "Hi, the lock on my back door has jammed and I can only get in through the front. I work nights at the "
         "LGI, 10pm till 6am, so I'm only around either side of that. Could someone come and replace it? "
         "Thanks, Gareth",
         "2040-01-14T19:10:00+00:00", "Europe/London", "en-GB", [AT]),
    # 02: Dublin optician; the customer can come before or after work and knows about the early and late clinics.
    case("Hi Niamh,\n\nThanks for getting in touch. We have an eye test free on Thursday 8 March at ⟦8:15⟧ with "
         "Ms Byrne, and it takes about 30 minutes. Bring your current glasses along so she can check the old "
         "prescription against the new one.\n\nKind regards,\nCiarán\nLiffey Street Opticians",
         "Hi, I need an eye test, my glasses are scratched and the screen is giving me headaches. I work in town "
         "9 to 5, so I can come in before work or after it. I know you do early and late appointments on "
         "Thursdays. Niamh",
         "2040-02-25T11:05:00+00:00", "Europe/Dublin", "en-GB", [AT]),
    # 03: Melbourne piano tuner; the teacher is free early in the day or once her lessons finish.
    case("Hi Mei Ling,\n\nHappy to help before the exam. Our tuner, Rob, can come to you on Tuesday 12 June at "
         "⟦6:30⟧, and a standard tuning takes about 90 minutes. It's $180, and if the pitch has dropped a long "
         "way he may suggest a second visit a few weeks later.\n\nKind regards,\nSandra\nBayside Piano Services",
         "Hello, our piano needs tuning before my daughter's AMEB exam in July. I teach from 9 till about 5, so "
         "it would have to be early in the day before I start or once I've finished. Regards, Mei Ling",
         "2040-06-03T16:45:00+10:00", "Australia/Melbourne", "en-GB", [AT]),
    # 04: Toronto chimney sweep; the couple are home before 8 in the morning or after 5:30.
    case("Hi Priya,\n\nThanks for reaching out. Our sweep, Marco, can be at your place on Friday, October 19 at "
         "⟦7:00⟧ for the cleaning and a camera inspection of the flue. It usually takes about an hour, and the "
         "total is $229 plus tax.\n\nThanks,\nDenise\nHigh Park Chimney Care",
         "Hi, we'd like the chimney swept before we start using the fireplace this fall. We both work and are "
         "home before 8 in the morning or after 5:30. Thanks, Priya",
         "2040-10-11T08:20:00-04:00", "America/Toronto", "en-US", [AT]),
    # 05: Singapore escape room; the team could come first thing or after work.
    case("Hi Hui Min,\n\nThanks for thinking of us for your team outing. I've held The Vault for 8 players on "
         "Friday 23 November at ⟦10:15⟧, and it's our hardest room, at S$38 per person. Please confirm by "
         "Tuesday 20 November so I can release the slot if it doesn't suit.\n\nBest regards,\nFaizal\n"
         "Lockdown Escape Rooms, Clarke Quay",
         "Hi, I'm organising a team outing for 8 people. We could either do it first thing in the morning as a "
         "team-building session or after work as a social, whichever you have free. Regards, Hui Min",
         "2040-11-16T13:30:00+08:00", "Asia/Singapore", "en-GB", [AT]),
    # 06: Key West fishing charter; the group would take the early offshore trip or the night snapper trip.
    case("Hi Tyler,\n\nGreat to hear from you. I've got four spots for you on Saturday, April 14, with the boat "
         "leaving Garrison Bight Marina at ⟦5:30⟧. Rods, bait and licenses are included, and it's $175 per "
         "person.\n\nTight lines,\nRick\nConch Reef Charters",
         "Hey, there are four of us coming down to Key West in April. We'd be up for the early offshore trip or "
         "the night snapper trip, whichever has space on the Saturday. Cheers, Tyler",
         "2040-04-02T20:15:00-04:00", "America/New_York", "en-US", [AT]),
    # 07: Johannesburg bakery; "12pm" for a collection time.
    case("Hi Thandi,\n\nThank you for your order 🎂 The two-tier chocolate cake with the soccer-ball topper will "
         "be ready to collect on Saturday 8 December at ⟦12pm⟧. The total is R850, and we'll need a R300 deposit "
         "by Wednesday 5 December to start baking.\n\nWarm regards,\nLerato\nSweet Tooth Bakery, Melville",
         "Hi, I'd like to order a two-tier chocolate cake for my son's 10th birthday party on Saturday "
         "8 December. Can I collect it that day? Thanks, Thandi",
         "2040-12-02T10:40:00+02:00", "Africa/Johannesburg", "en-GB", [AT]),
    # 08: Sydney veg box; an order cut-off at "12:00 am" on a Thursday (the start or the end of it).
    case("Hi Jess,\n\nNo worries, you can add extras right up until the order cut-off, which for the week of "
         "Monday 19 March is ⟦12:00 am⟧ on Thursday 15 March. A dozen free-range eggs is $9.50 and a 1 kg bag "
         "of Pink Ladies is $6, and both are in stock.\n\nCheers,\nTom\nHarvest Run Sydney",
         "Hi, I want to add a dozen eggs and a bag of apples to my box for the week of the 19th. When's the "
         "cut-off? Ta, Jess",
         "2040-03-11T21:00:00+11:00", "Australia/Sydney", "en-GB", [AT]),
    # 09: Perth bed shop; a delivery range with no am/pm, and drivers who run from 6am to 9pm.
    case("Hi Liam,\n\nThanks for your patience. Your queen Cloudrest mattress is booked for delivery on Monday "
         "9 July between ⟦7 and 9⟧, and our drivers run from 6am to 9pm on weekdays. They'll take the old "
         "mattress away for recycling at no charge and ring you 30 minutes before they arrive.\n\nCheers,\n"
         "Kylie\nSleepwell Beds Osborne Park",
         "Hi, when will my queen mattress be delivered? I'm home before 9:30 in the morning and after 6 at "
         "night on weekdays. Cheers, Liam",
         "2040-07-03T09:25:00+08:00", "Australia/Perth", "en-GB", [AT]),

    # --- relative-date ------------------------------------------------------------------------
    # 10: Cape Town bike shop, 00:20 on a Saturday, answering a Friday-evening email that asked for "tomorrow".
    case("Hi Pieter,\n\nGood news, the service is done: new chain, cassette and brake pads, and the gears are "
         "indexed. Your bike will be ready to collect ⟦tomorrow⟧ from 8am, and the total comes to R1,640. "
         "Enjoy the training ride!\n\nCheers,\nYusuf\nSea Point Cycles",
         "Hi, is my bike ready yet? I'd like to collect it tomorrow if I can, I'm doing a long training ride "
         "on Sunday. Regards, Pieter",
         "2040-08-04T00:20:00+02:00", "Africa/Johannesburg", "en-GB", [RD]),
    # 11: Brisbane upholsterer; "next Friday" written on a Tuesday.
    case("Hi Karen,\n\nThe armchair's looking great: the frame's been re-glued, the springs are re-tied and the "
         "new velvet is cut. It'll be ready for you to collect ⟦next Friday⟧, and we're open until 4pm on "
         "Fridays. The balance owing is $640.\n\nCheers,\nMatt\nRedcliffe Upholstery",
         "Hi, just checking on my armchair. When will it be done? Karen",
         "2040-05-15T14:10:00+10:00", "Australia/Brisbane", "en-GB", [RD]),
    # 12: Auckland pottery, Monday morning, to a customer in Los Angeles, where it is still Sunday.
    case("Hi Dana,\n\nKia ora, and thanks for your patience. Your four bowls go into the glaze kiln ⟦today⟧, and "
         "once they've cooled we'll pack them and send them by NZ Post International Courier on Wednesday "
         "22 February. Delivery to Los Angeles usually takes about five working days.\n\nNgā mihi,\nAnahera\n"
         "Ponsonby Clay Studio",
         "Hi, any news on my set of four bowls from the online order? I know shipping to LA takes a while. "
         "Thanks, Dana",
         "2040-02-20T09:30:00+13:00", "Pacific/Auckland", "en-GB", [RD], "America/Los_Angeles"),
    # 13: Vancouver kayak hire, 00:35 on a Saturday, answering a Friday email about the Saturday paddle.
    case("Hi Jordan,\n\nSorry for the slow reply, it's been a busy day on the water. We've got two kayaks for "
         "you on the sunset paddle 🛶 ⟦tonight⟧, meeting at the boathouse at 8:15 p.m. It's $69 per person, "
         "and the guide brings headlamps for the paddle back.\n\nSee you out there,\nNoah\nFalse Creek Paddle Co.",
         "Hi, any chance of two kayaks for the sunset paddle tomorrow? It's my wife's birthday. Jordan",
         "2040-07-07T00:35:00-07:00", "America/Vancouver", "en-US", [RD]),
    # 14: Manchester tattoo studio; "next Tuesday" written on a Monday.
    case("Hi Callum,\n\nThanks for your message. Leah has a free consultation slot ⟦next Tuesday⟧ at 3:30pm, "
         "where you can go through your ideas and she'll sketch out placement. The consult is free, and we take "
         "a £50 deposit, which comes off the final price, when you book the sessions.\n\nCheers,\nBex\n"
         "Northern Quarter Ink",
         "Hiya, can I book a consultation for a half-sleeve? I'm free most afternoons. Cheers, Callum",
         "2040-11-05T16:40:00+00:00", "Europe/London", "en-GB", [RD]),
    # 15: Northampton bootmaker, Friday evening, to a customer in Sydney, where it is already Saturday morning.
    case("Hi Mick,\n\nThanks for your patience. Your boots have been resoled with Dainite soles and new welts, and "
         "they'll go out by Royal Mail International Tracked ⟦tomorrow morning⟧. I'll email the tracking "
         "number as soon as the label prints, and delivery to Sydney usually takes five to seven working days."
         "\n\nBest regards,\nGraham\nTowcester Road Boot Repairs",
         "Hi, I posted my boots from Sydney three weeks ago for a full resole. Are they done yet? Cheers, Mick",
         "2040-10-12T18:00:00+01:00", "Europe/London", "en-GB", [RD], "Australia/Sydney"),
    # 16: Kent riding stables; "next weekend" written on a Wednesday.
    case("Hi Sophie,\n\nWe'd love to have her 🐴 There's space on the beginners' pony trek ⟦next weekend⟧, on "
         "the Saturday or the Sunday at 10am, and it lasts an hour with a leader walking beside each pony. It's "
         "£35, and she'll need long trousers and boots with a small heel; we lend hats.\n\nBest wishes,\n"
         "Harriet\nWealden Riding Centre",
         "Hi, my daughter (9) would love to try a pony trek. Do you have anything at a weekend? Thanks, Sophie",
         "2040-09-12T12:15:00+01:00", "Europe/London", "en-GB", [RD]),
    # 17: Bengaluru gas agency, 23:50 on a Tuesday; read the next morning, "tomorrow" is Thursday.
    case("Dear Mrs Rao,\n\nThank you for your booking. Your 14.2 kg refill (booking no. BLR-88213) will be "
         "delivered ⟦tomorrow⟧ between 10am and 1pm, and the delivery person will take the empty cylinder "
         "back. Payment of ₹1,085 can be made by UPI or cash on delivery.\n\nRegards,\nCustomer Care\n"
         "Jayanagar Gas Agencies",
         "Sir, our cylinder is almost empty. Please deliver a refill tomorrow, we are cooking for a function "
         "on Thursday. Regards, Lakshmi Rao",
         "2040-12-11T23:50:00+05:30", "Asia/Kolkata", "en-GB", [RD]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 18: Cork chimney sweep; 14 March 2040 is a Wednesday.
    case("Hi Aoife,\n\nThanks a million for getting in touch. We can sweep the chimney on ⟦Thursday 14 March⟧ at "
         "10am, and it takes about an hour with the vacuum and dust sheets down. It's €90, and we'll leave you a "
         "sweep certificate for your insurance.\n\nAll the best,\nDonal\nLee Valley Sweeps",
         "Hi, can you sweep our chimney some Thursday in March? I work from home on Thursdays. Thanks, Aoife",
         "2040-03-02T10:30:00+00:00", "Europe/Dublin", "en-GB", [WM]),
    # 19: Adelaide kitchen fitters; 22 May 2040 is a Tuesday, the weekday in brackets after the date.
    case("Hi Daniel,\n\nThe stone benchtops have been cut and polished. Our installers can fit them on "
         "⟦22 May (Wednesday)⟧, starting at 7:30am, and the cooktop cut-out will be done on site. Please make "
         "sure the base cabinets are clear, and allow 24 hours before putting anything heavy on the stone.\n\n"
         "Cheers,\nSteph\nNorwood Kitchens",
         "Hi, when can the benchtops go in? Mid-week would suit best. Cheers, Daniel",
         "2040-05-05T10:40:00+09:30", "Australia/Adelaide", "en-GB", [WM]),
    # 20: Wellington veg box; a fortnightly list whose third date slips a day (3 August 2040 is a Friday).
    case("Hi Hemi,\n\nKia ora, all sorted. Your fortnightly boxes will arrive on Thursday 5 July, Thursday 19 July "
         "and ⟦Thursday 3 August⟧, and then every second Thursday after that. The price stays at $52 a box, and "
         "you can pause any delivery up to the Monday before.\n\nNgā mihi,\nGrace\nKāpiti Coast Veg Boxes",
         "Kia ora, I'm switching to fortnightly boxes from July. Could you tell me which Thursdays they'll "
         "come? Ngā mihi, Hemi",
         "2040-06-28T19:20:00+12:00", "Pacific/Auckland", "en-GB", [WM]),
    # 21: Chicago flooring; Labor Day 2040 is Monday, September 3, so the day after is a Tuesday.
    case("Hi Greg,\n\nThat works well for us. Our crew will start the white oak install on ⟦Monday, September 4⟧, "
         "the day after Labor Day, and the job should take three days including the finish coats. Please keep "
         "the heat and humidity steady, and we'll need the furniture out of the living room before we arrive."
         "\n\nThanks,\nMaria\nLakeview Hardwood Floors",
         "Hi, could the crew start the hardwood install right after Labor Day? We'll be away that weekend. "
         "Thanks, Greg",
         "2040-08-23T11:00:00-05:00", "America/Chicago", "en-US", [WM]),
    # 22: Bristol pottery; the customer asked for a Saturday, and 28 October 2040 is a Sunday.
    case("Hi Amara,\n\nLovely to hear from you 🏺 I've booked two places on the wheel-throwing taster on "
         "⟦Sat 28/10⟧, 10:30am to 1pm, and it's £55 each including clay and firing. Your pots will be ready to "
         "collect about three weeks later, once they've been glazed and fired.\n\nBest,\nRosie\n"
         "Stokes Croft Pottery",
         "Hi, I'd like to book the Saturday taster wheel session later this month, for two. Thanks, Amara",
         "2040-10-14T17:50:00+01:00", "Europe/London", "en-GB", [WM]),
    # 23: Sydney bakery; a holiday closure whose end date, 2 January 2041, is a Wednesday.
    case("Hi Georgia,\n\nThanks for asking. We're closed from Tuesday 25 December to ⟦Tuesday 2 January⟧, so we "
         "can't do a pavlova on New Year's Day, but we can bake one for collection on Monday 31 December before "
         "2pm. Christmas orders close on Friday 14 December.\n\nCheers,\nLuca\nBondi Road Bakehouse",
         "Hi, are you open over the Christmas break? I'd like to order a pavlova for New Year's Day. Thanks, "
         "Georgia",
         "2040-12-06T08:10:00+11:00", "Australia/Sydney", "en-GB", [WM]),
    # 24: Austin tattoo studio; a Friday-the-13th flash day on 13 September 2040, a Thursday.
    case("Hey Kayla,\n\nWe sure are! Our next flash day is ⟦Friday, September 13⟧, doors open at 11 a.m., and "
         "it's first come, first served with $13 flash pieces plus a $7 tip for the artist. A little black cat "
         "is one of the designs on the sheet.\n\nSee you then,\nJess\nEast Sixth Tattoo",
         "Hey! Are y'all doing a Friday the 13th flash day again? I want a little black cat. - Kayla",
         "2040-08-25T13:15:00-05:00", "America/Chicago", "en-US", [WM]),
    # 25: Chennai sewing-machine repair; 16 August 2040 is a Thursday, the weekday after the date.
    case("Dear Revathi,\n\nThank you for contacting us. Our mechanic Mr Senthil will come to your house on "
         "⟦16th August, Friday⟧ between 11am and 1pm to check the needle bar and the timing. The visiting "
         "charge is ₹350, and any parts will be quoted before he fits them.\n\nRegards,\nKumar\n"
         "Sri Lakshmi Sewing Machine Service, Mylapore",
         "Sir, my Usha machine's needle is hitting the plate. When can your mechanic come? Friday is best as "
         "I am at home. Thanks, Revathi",
         "2040-08-10T18:30:00+05:30", "Asia/Kolkata", "en-GB", [WM]),

    # --- impossible-date ----------------------------------------------------------------------
    # 26: Galway riding stables; a beach ride "before the end of February" (2040 is a leap year, 30 Feb still isn't).
    case("Hi Sinéad,\n\nThanks for getting in touch. We can take you both out on the two-hour beach ride on "
         "⟦30 February⟧ at 11am, when the tide is out. It's €85 each, and please wear boots with a heel; we "
         "have hats in all sizes.\n\nBest wishes,\nMáire\nConnemara Shore Riding",
         "Hi, could we book a beach ride for two before the end of February? We're both confident riders. "
         "Sinéad",
         "2040-02-05T09:45:00+00:00", "Europe/Dublin", "en-GB", [ID]),
    # 27: Windermere kayak hire; the last day of April.
    case("Hi Rob,\n\nThanks for your email. Two sit-on-top kayaks are booked for you on ⟦31 April⟧ from 9am to "
         "5pm, with buoyancy aids and a dry bag included. It's £45 per kayak for the day, and we'll go over the "
         "safety briefing when you arrive.\n\nCheers,\nEmma\nBowness Bay Kayaks",
         "Hi, we'd like to hire two sit-on-tops on Windermere for the last day of April. Rob",
         "2040-03-28T14:00:00+01:00", "Europe/London", "en-GB", [ID]),
    # 28: Portland brewery tour; the last Sunday of September 2040 is the 30th.
    case("Hi Marcus,\n\nThanks for reaching out 🍺 I've booked six spots on the behind-the-scenes tour on "
         "⟦September 31⟧ at 2 p.m., which includes a tasting flight of five beers. It's $35 per person, and "
         "everyone will need a photo ID at check-in.\n\nCheers,\nAshley\nWillamette Ale Works",
         "Hi, can we book the behind-the-scenes brewery tour for six people on the last Sunday of September? "
         "Thanks, Marcus",
         "2040-09-09T10:30:00-07:00", "America/Los_Angeles", "en-US", [ID]),
    # 29: Singapore bed shop; delivery "before the end of June".
    case("Hi Wei Jie,\n\nThanks for your order. Your king bed frame and hybrid mattress are scheduled for delivery "
         "on ⟦31/06/2040⟧ between 9am and noon, and our team will assemble the frame on the spot. Please make "
         "sure the service lift has been booked with your condo management.\n\nBest regards,\nNur Aisyah\n"
         "DreamNest Singapore",
         "Hi, can the bed frame and mattress be delivered before the end of June? We get the keys on the 28th. "
         "Thanks, Wei Jie",
         "2040-06-16T12:00:00+08:00", "Asia/Singapore", "en-GB", [ID]),
    # 30: Dunedin log-burner servicing; last year's service fell on 29 February 2040, and 2041 is not a leap year.
    case("Hi Aroha,\n\nThanks for coming back to us. I've booked your annual log burner service and flue sweep "
         "for ⟦29 February 2041⟧ at 9am, the same date as this year's. We'll send a reminder text the week "
         "before, and the price stays at $195.\n\nCheers,\nBrent\nOtago Fire & Flue",
         "Hi, you serviced our log burner on 29 February this year. Can we book the same again for next year? "
         "Cheers, Aroha",
         "2040-11-20T10:15:00+13:00", "Pacific/Auckland", "en-GB", [ID]),
    # 31: Calgary blinds; the in-laws arrive December 1.
    case("Hi Jenna,\n\nThe cellular shades for all six windows have arrived from the factory. Our installer can be "
         "there on ⟦November 31st⟧ at 9 a.m., which gets them up before your in-laws arrive, and the install "
         "takes about two hours.\n\nThanks,\nKyle\nBow Valley Blinds & Shades",
         "Hi, we'd like the cellular shades installed before the end of November, as my in-laws arrive "
         "December 1. Thanks, Jenna",
         "2040-11-07T15:20:00-07:00", "America/Edmonton", "en-US", [ID]),
    # 32: Nairobi flooring; an impossible date with a weekday in front of it.
    case("Hi Wanjiru,\n\nThank you for your enquiry. Our team can sand and varnish the parquet in the office on "
         "⟦Saturday 31 November⟧, starting at 8am, and the floor will need 48 hours before the furniture goes "
         "back. The quote is KSh 145,000 for the 60 square metres, including two coats of varnish.\n\n"
         "Kind regards,\nOtieno\nParklands Floor Masters",
         "Good morning, we want the parquet sanded and varnished before the end of November, ideally on a "
         "weekend because of the office. Regards, Wanjiru",
         "2040-11-02T09:00:00+03:00", "Africa/Nairobi", "en-GB", [ID]),

    # --- past-date ----------------------------------------------------------------------------
    # 33: Glasgow optician, Monday 9 January; the glasses "will be ready" on the Friday just gone.
    case("Hi Morag,\n\nThanks for bearing with us over the holidays. Your new varifocals will be ready to collect "
         "on ⟦Friday 6 January⟧, and Ewan will fit them and check the reading zone with you. There's nothing "
         "more to pay, as the balance was settled when you ordered.\n\nKind regards,\nFiona\n"
         "Byres Road Eyecare",
         "Hi, any update on my varifocals? Thanks, Morag",
         "2040-01-09T14:30:00+00:00", "Europe/London", "en-GB", [PD]),
    # 34: Auckland kitchen fitters, January 2041; the start date carries last year's year.
    case("Hi Ben,\n\nHappy new year! Your kitchen install starts on ⟦14 January 2040⟧, with the old cabinets "
         "coming out on the first day and the new carcasses going in from day two. We expect the whole job to "
         "take about eight working days, not counting the benchtop, which is measured once the carcasses are in."
         "\n\nCheers,\nTroy\nMt Eden Kitchen Co.",
         "Hi, when does our kitchen install start? We're keen to get going after the break. Cheers, Ben",
         "2041-01-04T11:00:00+13:00", "Pacific/Auckland", "en-GB", [PD]),
    # 35: Denver blinds, Thursday June 21; the technician "will be at your home" on the Monday before.
    case("Hi Alicia,\n\nSorry the shade is stuck. The replacement motor has arrived, and our technician will be "
         "at your home on ⟦June 18⟧ between 1 and 3 p.m. to fit it. The repair is covered under your five-year "
         "warranty, so there's nothing to pay.\n\nThanks,\nBrianna\nFront Range Window Fashions",
         "Hi, when will the technician come to repair the motorized shade in our bedroom? It's stuck halfway. "
         "Thanks, Alicia",
         "2040-06-21T10:45:00-06:00", "America/Denver", "en-US", [PD]),
    # 36: New York shoe repair, Saturday October 20; pickup on the Wednesday before.
    case("Hi Dev,\n\nThanks for your patience. Your loafers will be ready to pick up on ⟦Wednesday, October 17⟧, "
         "with new rubber heels, stitched edges and a polish. The total is $48, and we're open until 7 p.m. on "
         "weekdays.\n\nBest,\nSal\nBleecker Street Shoe Repair",
         "Hi, I dropped off my brown loafers for new heels and a shine. When can I pick them up? - Dev",
         "2040-10-20T11:30:00-04:00", "America/New_York", "en-US", [PD]),
    # 37: Kolkata gas agency, 9 March; the cylinder "will be delivered by" 3rd March.
    case("Dear Subhajit,\n\nWe are sorry for the delay. Your 19 kg commercial cylinder (booking no. KOL-40772) "
         "will be delivered by ⟦3rd March⟧, and our distributor in Salt Lake has been told to give it priority. "
         "You will get an SMS with the delivery person's number before dispatch.\n\nRegards,\nCustomer Care\n"
         "Eastern Gas Agencies",
         "Dear Sir, I booked a commercial cylinder on 28th February for my restaurant and it has not come. "
         "Please tell when. Subhajit",
         "2040-03-09T11:20:00+05:30", "Asia/Kolkata", "en-GB", [PD]),
    # 38: Johannesburg firewood, Thursday 9 August; delivery on Sunday 5 August (or 8 May), both gone.
    case("Hi Johan,\n\nThanks for your order, and sorry for the wait. Your two cubes of kameeldoring will be "
         "delivered on ⟦05/08/2040⟧, and the driver will offload them wherever you want in the yard. The total "
         "is R2,900 including delivery, payable by EFT or card.\n\nRegards,\nSipho\nHighveld Firewood",
         "Hi, I ordered 2 cubes of kameeldoring last week. When will it come? Johan",
         "2040-08-09T16:05:00+02:00", "Africa/Johannesburg", "en-GB", [PD]),
    # 39: Melbourne bed shop, ten minutes after midnight on Sunday; the rebooked delivery is the Saturday just ended.
    case("Hi Josh,\n\nI'm really sorry your mattress didn't arrive on Friday. The truck broke down, and your "
         "delivery has been rebooked for ⟦Saturday 28 April⟧ between 8am and 11am, with the driver calling "
         "ahead. We've refunded the $79 delivery fee to your card.\n\nKind regards,\nPriya\nSleepwell Beds "
         "Richmond",
         "Hi, my mattress was supposed to come on Friday and didn't. When will it be delivered? Josh",
         "2040-04-29T00:10:00+10:00", "Australia/Melbourne", "en-GB", [PD]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 40: Edinburgh whisky tours to a New York couple; 3 July or March 7, both ahead.
    case("Hi Beth,\n\nThanks for your email, and we're looking forward to welcoming you both. I've booked the two "
         "of you on the Highland Malts tasting tour on ⟦03/07⟧ at 2pm Edinburgh time, and it lasts about 90 "
         "minutes. It's £65 each, and we'll email your tickets a week before.\n\nSlàinte,\nAlasdair\n"
         "Old Town Whisky Tours",
         "Hi, my husband and I are visiting Edinburgh from New York this year and would love to do one of your "
         "whisky tours. Any afternoon works for us. Thanks, Beth",
         "2040-02-10T12:20:00+00:00", "Europe/London", "en-GB", [AN], "America/New_York"),
    # 41: Chicago piano movers to a customer moving to Dublin; September 10 or 9 October.
    case("Hi Orla,\n\nThanks for choosing us for the move 🎹 Your baby grand will be crated at your Lincoln Park "
         "home on August 14 and should be delivered to your new place in Dublin on ⟦9/10⟧, once it clears "
         "customs. The all-in price, including climate-controlled ocean freight and insurance, is $6,800.\n\n"
         "Best,\nTodd\nWindy City Piano Movers",
         "Hi, we're moving back to Dublin and need our baby grand shipped from Chicago. When would it arrive? "
         "Thanks, Orla",
         "2040-08-01T09:10:00-05:00", "America/Chicago", "en-US", [AN], "Europe/Dublin"),
    # 42: Melbourne brewery tour to a Houston family (from the thread); 5 November or May 11.
    case("Hi Brandon,\n\nThanks for getting in touch, and welcome in advance to Melbourne. I've reserved four "
         "places on the brewery tour with lunch on ⟦5/11/2040⟧, starting at 11:30am Melbourne time at our "
         "Collingwood brewhouse. Kids are welcome on the tour with soft drinks, and it's $95 for adults and $40 "
         "for children.\n\nCheers,\nNick\nSmith Street Brewing",
         "Hi there, we're a family of four from Houston, Texas planning a trip to Australia later this year. "
         "Could we book the brewery tour with lunch while we're in Melbourne? Thanks, Brandon",
         "2040-03-20T10:00:00+11:00", "Australia/Melbourne", "en-GB", [AN]),
    # 43: Manila blinds maker to a Sydney shop; June 12 or 6 December.
    case("Hi Claire,\n\nThank you for the repeat order. Your 40 abaca roller blinds are being woven now and will "
         "ship from Manila on ⟦6/12⟧ by sea freight, and the transit time to Sydney is about 12 days. I'll send "
         "the bill of lading and the packing list once the container is loaded.\n\nBest regards,\nMarivic\n"
         "Luzon Weave Blinds",
         "Hi, please confirm when our order of 40 abaca roller blinds will ship. Our shop is in Sydney. "
         "Thanks, Claire",
         "2040-05-02T15:40:00+08:00", "Asia/Manila", "en-US", [AN], "Australia/Sydney"),
    # 44: Algonquin canoe trips to an English family; August 4 or 8 April.
    case("Hi Fiona,\n\nThanks for your interest in our guided trips. I've put your family down for the three-day "
         "canoe trip from the Canoe Lake access point on ⟦08/04/2040⟧, with all gear, food and permits "
         "included. The price is $1,560 for the four of you, and a 25% deposit holds the spots.\n\nBest,\n"
         "Ryan\nAlgonquin Paddle Outfitters",
         "Hello, our family (two adults, two teenagers) would like to do a guided canoe trip in Algonquin during "
         "our visit to Canada. What dates do you have? Regards, Fiona",
         "2040-03-15T13:00:00-04:00", "America/Toronto", "en-US", [AN], "Europe/London"),
    # 45: Pune sewing-machine motors to an alterations shop in San Jose; 6 September or June 9.
    case("Hi Linh,\n\nThank you for your purchase order. The 20 servo motors for your industrial machines will be "
         "dispatched from our Pune factory on ⟦06-09-2040⟧ by air freight. We will share the airway bill "
         "number and the commercial invoice as soon as the shipment is booked.\n\nWarm regards,\nAmit\n"
         "Deccan Sewing Systems",
         "Hi, we run an alterations shop in San Jose and ordered 20 servo motors. When will they ship? Thanks, "
         "Linh",
         "2040-04-07T19:00:00+05:30", "Asia/Kolkata", "en-GB", [AN], "America/Los_Angeles"),
    # 46: Rotorua trail rides to visitors flying in from Denver (from the thread); 4 December or April 12.
    case("Hi Kelsey,\n\nKia ora, and thanks for choosing us for your ride. I've booked the two of you on the "
         "half-day forest trail ride on ⟦4/12⟧, leaving the stables at 9am New Zealand time, and we'll match you "
         "with horses once you tell us your riding experience. It's $165 each including a picnic lunch.\n\n"
         "Ngā mihi,\nWiremu\nRotorua Forest Trails",
         "Hi, we're Americans flying in from Denver for a few weeks later in the year. We'd love to book the "
         "half-day trail ride through the forest for two. Thanks, Kelsey",
         "2040-02-12T17:30:00+13:00", "Pacific/Auckland", "en-GB", [AN]),

    # --- missing-timezone ---------------------------------------------------------------------
    # 47: London piano showroom to a New York buyer, in the fortnight when the gap is four hours.
    case("Hi Aaron,\n\nThank you for your interest in the restored 1926 Steinway Model O. I'd be glad to walk you "
         "round it on a video call on Thursday 15 March at ⟦4pm⟧, so you can hear it played and see the new "
         "hammers up close. Shipping to New York in a climate-controlled crate is £4,200, and it would be with "
         "you about six weeks after payment.\n\nKind regards,\nEdward\nMarylebone Pianos",
         "Hello, I saw the restored Steinway O on your website. Could we set up a call to see it? Best, Aaron",
         "2040-03-12T11:00:00+00:00", "Europe/London", "en-GB", [MT], "America/New_York"),
    # 48: Sydney pottery to an Auckland student, in the week when the gap is three hours.
    case("Hi Tama,\n\nGreat to have you joining us. The online glazing class is on Thursday 4 October at ⟦7pm⟧, "
         "and it runs for 90 minutes on Zoom. Your kit of test tiles and glaze samples is already in the post."
         "\n\nCheers,\nSally\nMarrickville Clay Works",
         "Kia ora, I'd like to join the online glazing class. I'm in Auckland. Cheers, Tama",
         "2040-10-02T10:30:00+10:00", "Australia/Sydney", "en-GB", [MT], "Pacific/Auckland"),
    # 49: Brisbane flooring to a landlord in Perth for work (from the thread).
    case("Hi Shane,\n\nThanks for your email. I'll ring you on Monday 14 May at ⟦10:30am⟧ to go through the quote "
         "for the hybrid vinyl planks in the living area and hallway. The quote is $4,860 including removal of "
         "the old carpet, and we could start the week of Monday 28 May once you've signed off.\n\nCheers,\n"
         "Dale\nNorthside Flooring",
         "Hi, I'm the owner of the unit at 4/18 Kent St (I'm in Perth for work until the end of the month). "
         "Could someone call me to go over the quote for the vinyl planks? Regards, Shane",
         "2040-05-09T08:45:00+10:00", "Australia/Brisbane", "en-GB", [MT]),
    # 50: Singapore escape rooms to a team in Chennai.
    case("Hi Karthik,\n\nThank you for your interest in our virtual escape game. I've held a slot for your team of "
         "12 on Wednesday 11 July at ⟦3pm⟧, and the game runs for 75 minutes with one of our hosts guiding you "
         "on Zoom. The price is S$420 for the group, and I'll send the joining link once the invoice is paid."
         "\n\nBest regards,\nFaizal\nLockdown Escape Rooms",
         "Hello, we are a team of 12 in Chennai and want to do your virtual escape game as a team event. "
         "Please suggest a slot. Regards, Karthik",
         "2040-07-04T16:00:00+08:00", "Asia/Singapore", "en-GB", [MT], "Asia/Kolkata"),
    # 51: Kona fishing charter to an organiser in Long Beach (three hours behind in summer).
    case("Hi Marisol,\n\nAloha and mahalo for reaching out! I'll give you a call on Thursday, July 26 at ⟦5pm⟧ to "
         "go over the details for your group of five. The half-day charter is $1,150 for the boat, with up to "
         "six anglers.\n\nA hui hou,\nKainoa\nKona Blue Water Charters",
         "Aloha, we'd like to book the half-day sportfishing charter for our group of five in August. Can you "
         "call me to go over the details? Marisol, Long Beach",
         "2040-07-24T09:15:00-10:00", "Pacific/Honolulu", "en-US", [MT], "America/Los_Angeles"),
    # 52: Waterberg riding safaris to a rider in Manchester (from the thread); two hours apart in February.
    case("Hi Gill,\n\nWhat a wonderful way to celebrate your 50th! I'd love to talk you through our five-night "
         "riding safari on a video call on Thursday 9 February at ⟦6pm⟧, and I'll send a Zoom link the day "
         "before. The safari is R48,500 per rider sharing, including all meals, rides and game drives.\n\n"
         "Warm regards,\nAnnelie\nWaterberg Horse Trails",
         "Hello, I'm in Manchester and planning a riding safari for my 50th. Could we have a video call to "
         "talk about the options? Best, Gill",
         "2040-02-06T12:00:00+02:00", "Africa/Johannesburg", "en-GB", [MT]),
    # 53: Toronto blinds retailer to a Vancouver condo owner, after the November change (three hours).
    case("Hi Hannah,\n\nHappy to help you measure. One of our design consultants will video-call you on Monday, "
         "November 5 at ⟦11:00 a.m.⟧, and it takes about 20 minutes with a tape measure and your phone. "
         "Shipping to British Columbia is free on orders over $300.\n\nThanks,\nOlivia\nShadeCraft Canada",
         "Hi, I'd like help measuring for blackout roller shades in my condo. Can someone walk me through it? "
         "Thanks, Hannah",
         "2040-11-01T14:00:00-04:00", "America/Toronto", "en-US", [MT], "America/Vancouver"),
    # 54: Auckland brewery to a customer in Honolulu, across the date line.
    case("Hi Keoni,\n\nThanks for picking up the tasting pack. The live-streamed tasting with our head brewer is "
         "on Friday 20 April at ⟦8pm⟧, and we'll work through all six beers in about an hour. The stream link "
         "will be in your inbox the morning before.\n\nCheers,\nSam\nGrey Lynn Brewing Co.",
         "Hi, I bought the tasting pack to share with friends here. When is the live-streamed tasting with the "
         "brewers? Cheers, Keoni",
         "2040-04-11T13:20:00+12:00", "Pacific/Auckland", "en-GB", [MT], "Pacific/Honolulu"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 55: London upholsterer in June; 2pm GMT would be 10am in New York, 2pm BST is 9am.
    case("Hi Caroline,\n\nThanks for sending the photos of the wingback chairs. I can go through fabric samples "
         "with you on a video call on Thursday 21 June at 2pm ⟦GMT⟧, which is 9am for you in New York. The "
         "reupholstery would be £1,150 per chair in the Colefax linen, and shipping back is quoted separately."
         "\n\nBest wishes,\nImogen\nPimlico Upholstery",
         "Hi, I have two wingback chairs at our flat in London that need recovering, and I'm back in New York "
         "for the summer. Could we talk fabrics? Caroline",
         "2040-06-17T10:00:00+01:00", "Europe/London", "en-GB", [ZM], "America/New_York"),
    # 56: Sydney brewery in January; 11am AEST would be 2pm in Auckland, 11am AEDT is 1pm.
    case("Hi Rawiri,\n\nThanks for your interest in stocking our pale ale 🍻 Our export manager, Chloe, can call "
         "you on Friday 20 January at 11am ⟦AEST⟧, which is 1pm for you in Auckland. We'll send the trade price "
         "list and keg specs before the call.\n\nCheers,\nBen\nNewtown Brewing Co.",
         "Kia ora, we run a bar in Ponsonby and are keen to stock your pale ale. Can someone call me? Rawiri",
         "2040-01-14T10:30:00+11:00", "Australia/Sydney", "en-GB", [ZM], "Pacific/Auckland"),
    # 57: Toronto flooring in July; 6 p.m. EST would be 4 p.m. in Vancouver, 6 p.m. EDT is 3 p.m.
    case("Hi Derek,\n\nThanks for sending the floor plan. Our estimator can review it with you on a video call on "
         "Thursday, July 12 at 6 p.m. ⟦EST⟧, which is 3 p.m. for you in Vancouver. The engineered hardwood you "
         "picked is in stock at $7.90 per square foot.\n\nThanks,\nPaolo\nDanforth Floor Gallery",
         "Hi, I'm renovating a rental in Toronto from here in Vancouver. Can someone go over the floor plan "
         "with me? Derek",
         "2040-07-10T15:30:00-04:00", "America/Toronto", "en-US", [ZM], "America/Vancouver"),
    # 58: Denver fly-fishing guide in August; 10 a.m. MST would be noon in Chicago, 10 a.m. MDT is 11 a.m.
    case("Hi Sam,\n\nThanks for booking the float trip on the Colorado River. I'll call you on Friday, August 17 "
         "at 10 a.m. ⟦MST⟧, which is 11 a.m. for you in Chicago, to go over flies, waders and the meeting "
         "point. The trip is $625 for two anglers, and your Colorado fishing licenses can be bought online "
         "beforehand.\n\nTight lines,\nWyatt\nMile High Fly Guides",
         "Hi, we booked the float trip for two in September. Could you give me a call about what to bring? Sam",
         "2040-08-15T07:45:00-06:00", "America/Denver", "en-US", [ZM], "America/Chicago"),
    # 59: London gin distillery in December; 12:30pm BST would be 7:30pm in Singapore, 12:30pm GMT is 8:30pm.
    case("Hi Jasmine,\n\nThanks for booking the online gin masterclass for your team. The live session is on "
         "Wednesday 12 December at 12:30pm ⟦BST⟧, which is 8:30pm for you in Singapore, and the botanicals kits "
         "have been posted to your office. Each kit has five miniatures and a tasting card.\n\nBest wishes,\n"
         "Oliver\nBermondsey Gin Distillery",
         "Hi, our team in Singapore would like to do your online gin masterclass before Christmas. Jasmine",
         "2040-12-04T09:30:00+00:00", "Europe/London", "en-GB", [ZM], "Asia/Singapore"),
    # 60: Auckland tattoo studio in the week NZ is on daylight time and Sydney is not; NZST would give 11am.
    case("Hi Jade,\n\nThanks for the reference photos for the fern piece. I can go over the design with you on a "
         "video call on Friday 5 October at 1pm ⟦NZST⟧, which is 10am for you in Sydney. The deposit is "
         "NZ$150, and it comes off the final price when you fly over for the session.\n\nNgā mihi,\nTui\n"
         "Karangahape Road Tattoo",
         "Hi, I'm in Sydney and want a fern tattoo done by you when I'm in Auckland in December. Can we chat "
         "about the design? Jade",
         "2040-10-03T11:10:00+13:00", "Pacific/Auckland", "en-GB", [ZM], "Australia/Sydney"),
]

NEGATIVES = [
    # 01: Cardiff locksmith; a range with am on both ends, and lock standards that look like numbers.
    case("Hi Rhys,\n\nThanks for your message 🔑 Our locksmith will be with you on Friday 3 February between 8am "
         "and 10am to fit a British Standard five-lever mortice lock (BS3621) on the back door. It's £85 fitted, "
         "which your insurer should accept.\n\nDiolch,\nCerys\nCanton Locksmiths",
         "Hi, my insurer says I need a BS3621 lock on the back door. Can you fit one this week? Rhys",
         "2040-01-31T17:05:00+00:00", "Europe/London", "en-GB"),
    # 02: Auckland optician; visual acuity written 6/9 and 6/6, and a prescription.
    case("Hi Mereana,\n\nThanks for coming in for your eye test. Your right eye read 6/9 without glasses and 6/6 "
         "with the new prescription (-1.25), and your left eye was 6/6 throughout. Your glasses will be ready to "
         "collect on Tuesday 17 April from 10:40am.\n\nNgā mihi,\nDavid\nNewmarket Eyecare",
         "Hi, can you remind me what my results were and when the glasses will be ready? Mereana",
         "2040-04-12T12:00:00+12:00", "Pacific/Auckland", "en-GB"),
    # 03: London piano tuner; "next Tuesday" anchored to its date, and pitch figures.
    case("Hi Eleanor,\n\nThe tuner found the piano about 6 cents flat overall, which is normal after the heating "
         "has come on. He can bring it back up to A440 next Tuesday, 9 October, at 2:15pm, and it'll take about "
         "an hour and a half. The visit is £95 as before.\n\nKind regards,\nJames\nCamden Piano Tuning",
         "Hi, the piano sounds a bit off again since we turned the heating on. Could your tuner come back? "
         "Eleanor",
         "2040-10-05T15:30:00+01:00", "Europe/London", "en-GB"),
    # 04: Boston chimney sweep; a past sweep told in the past tense and a complete future appointment.
    case("Hi Mark,\n\nOur records show we last swept your chimney on November 2, 2039, so you're due. We can "
         "come on Saturday, January 14 at 9:30 a.m., and a standard sweep with a camera check is $249. If the "
         "camera finds cracks, a 6-inch stainless liner would be quoted separately.\n\nThanks,\nKevin\n"
         "Back Bay Chimney Sweeps",
         "Hi, when did you last sweep our chimney, and can you come again soon? Mark",
         "2040-01-08T10:00:00-05:00", "America/New_York", "en-US"),
    # 05: Christchurch bike shop; a race time, firmware and tyre sizes.
    case("Hi Sione,\n\nCongrats on your chip time of 2:41:07 at the Akaroa gran fondo 🚲 Your bike's had its service: the "
         "Di2 firmware is updated to 4.2, and the new 700x28c tyres are set up tubeless at 80 psi. It'll be "
         "ready to collect on Friday 22 June from 10am.\n\nCheers,\nBlair\nRiccarton Cycle Works",
         "Hi, finished the Akaroa gran fondo in 2:41! Can I book the bike in for a service and new tyres? Sione",
         "2040-06-18T18:20:00+12:00", "Pacific/Auckland", "en-GB"),
    # 06: Dublin escape room; a 24-hour time and a room record that looks like a clock time.
    case("Hi Ciara,\n\nYou're all booked for Room 2, The Heist, on Saturday 17 March at 19:30 for six players. "
         "The room record is 41:37, so see if your gang can beat it! It's €28 per person, payable on the night."
         "\n\nSlán,\nConor\nEscape Dublin, Capel Street",
         "Hi, could we book The Heist for six on Paddy's Day evening? Ciara",
         "2040-03-13T20:45:00+00:00", "Europe/Dublin", "en-GB"),
    # 07: Sydney kayak hire; a time settled by "in the morning" and a tide height.
    case("Hi Ollie,\n\nThe sunrise paddle on Sunday 25 November meets at the Rose Bay boat shed at 6:15 in the "
         "morning, and high tide is 1.4 m just after seven, so the water should be glassy. It's $75 each, and "
         "we provide the kayaks, paddles and PFDs.\n\nCheers,\nTash\nHarbourside Kayaks",
         "Hey, what time does the sunrise paddle on the 25th start? Ollie",
         "2040-11-21T07:30:00+11:00", "Australia/Sydney", "en-GB"),
    # 08: Calgary riding stables; a morning ride to noon, horse heights and a dressage score.
    case("Hi Emily,\n\nYour trail ride is on Saturday, September 8 from 10 a.m. to noon, and we've matched you "
         "with Maple, a 14.2-hand mare who scored 67.4% at her last dressage test. Please arrive 20 minutes "
         "early to get your helmet fitted.\n\nHappy trails,\nCody\nFoothills Trail Rides",
         "Hi, just confirming our trail ride next weekend, and which horse will I be on? Emily",
         "2040-09-01T21:40:00-06:00", "America/Edmonton", "en-US"),
    # 09: Perth tattoo studio; a day-long session with am and pm, and durations.
    case("Hi Mia,\n\nYour back-piece session is on Thursday 19 July, 11am–5pm, with a half-hour break for lunch. "
         "It's about five and a half hours of line work, so eat well beforehand and bring a water bottle. For aftercare, "
         "wash it 2–3 times a day and keep it out of the sun.\n\nCheers,\nZoe\nFreo Ink Collective",
         "Hi, what time does my session start and what should I do to prepare? Mia",
         "2040-07-15T13:00:00+08:00", "Australia/Perth", "en-GB"),
    # 10: Toronto upholsterer; inch fractions and a foam density that look like dates.
    case("Hi Nathan,\n\nThe sofa is finished in the charcoal boucle with 5/8 inch self-welt piping, and we replaced "
         "the seat cushions with 1.8 density foam. We can deliver it on Wednesday, May 16 between 9 a.m. and "
         "12:30 p.m., and the balance is $1,340.\n\nThanks,\nAna\nQueen West Upholstery",
         "Hi, is my sofa ready? When can you deliver? Nathan",
         "2040-05-10T16:00:00-04:00", "America/Toronto", "en-US"),
    # 11: Brisbane shoe repair to a customer in Sydney in July, when both clocks read the same.
    case("Hi Courtney,\n\nYour boots arrived safely and we've started on the new heels and half soles. I'll call "
         "you at 3pm on Tuesday 24 July to talk about the zip on the left boot, which is also worn. Postage back "
         "to Sydney is $14.95 by Express Post.\n\nCheers,\nMarco\nFortitude Valley Shoe Repairs",
         "Hi, I've posted my boots up from Sydney for new heels. Can you let me know when they arrive? Courtney",
         "2040-07-20T11:30:00+10:00", "Australia/Brisbane", "en-GB", (), "Australia/Sydney"),
    # 12: London bakery; noon written as "midday", a tin size and a serving count.
    case("Hi Hannah,\n\nThank you for your order 🥐 The 10-inch Victoria sponge serves 16 to 20 and will be ready "
         "to collect from midday on Saturday 10 March. We're open until 4pm that day, and the total is £42.\n\n"
         "Best wishes,\nPoppy\nBatch & Crumb, Walthamstow",
         "Hi, I'd like a big Victoria sponge for Mother's Day weekend, to collect on the Saturday. Hannah",
         "2040-03-04T08:50:00+00:00", "Europe/London", "en-GB"),
    # 13: Cape Town veg box; a range settled by "in the morning".
    case("Hi Naledi,\n\nWelcome aboard! Boxes go out on Thursdays, so your first one arrives on Thursday "
         "6 September, between 7 and 11 in the morning. The 5 kg family box is R395, and you can add eggs or "
         "bread each week by Monday at noon.\n\nWarm regards,\nAndile\nPeninsula Harvest Boxes",
         "Hi, I've just signed up for the family box. When will the first one come? Naledi",
         "2040-09-02T20:10:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 14: Vancouver pottery, year end; a weekly class with a range and p.m., a studio number and a cone.
    case("Hi Grace,\n\nYou're registered for the eight-week wheel course, which runs Tuesdays from 6:30 to 9 p.m., "
         "starting Tuesday, January 8, 2041. Classes are in Studio 4.10 on the fourth floor, and we fire to "
         "cone 6. The $420 fee includes 25 lb of clay.\n\nHappy new year,\nMichelle\nMain Street Clay",
         "Hi, am I registered for the January wheel course, and where is it held? Grace",
         "2040-12-28T14:15:00-08:00", "America/Vancouver", "en-US"),
    # 15: Dublin brewery to a Chicago buyer in the week when they are five hours apart, not six.
    case("Hi Tyrone,\n\nThanks for your interest in importing our red ale. Our export lead can meet you on a video "
         "call on Thursday 1 November at 3pm GMT, which is 10am CDT for you in Chicago, as the US clocks don't "
         "change until 4 November. We'll send the pricing sheet before then.\n\nSláinte,\nNiall\n"
         "Liberties Brewing Company",
         "Hi, I import Irish beers to Chicago and would love to talk about your red ale. Tyrone",
         "2040-10-29T10:00:00+00:00", "Europe/Dublin", "en-GB", (), "America/Chicago"),
    # 16: Cairns fishing charter; "tomorrow" anchored to its date, and line classes.
    case("Hi Jacko,\n\nYou're all set for tomorrow, Saturday 13 October, leaving Marlin Marina at 6:30am sharp. "
         "We'll be fishing 24 kg line class for black marlin, and the biggest fish this season went about "
         "1,000 lb. Bring a hat, sunscreen and your lunch.\n\nCheers,\nDarren\nReef Edge Sportfishing",
         "G'day, are we still right for the marlin trip on Saturday? Jacko",
         "2040-10-12T16:00:00+10:00", "Australia/Brisbane", "en-GB"),
    # 17: Kuala Lumpur bed shop to a customer in Singapore, on the same clock.
    case("Hi Daniel,\n\nThank you for choosing the Ortho 8 mattress in 183 x 190 cm. I'll call you at 4:30pm on "
         "Monday 21 May to arrange the cross-border delivery, and the price is RM 3,299 including the bed base. "
         "Our trucks go to Singapore every Thursday.\n\nBest regards,\nSiti\nTidur Lena Mattresses",
         "Hi, I'm in Singapore and want the Ortho 8 in king size. Can you deliver across the causeway? Daniel",
         "2040-05-17T10:20:00+08:00", "Asia/Kuala_Lumpur", "en-GB", (), "Asia/Singapore"),
    # 18: Mumbai gas agency; a day-first date with a day over 12, and slash-style booking numbers.
    case("Dear Mr Desai,\n\nThank you for your booking. Your refill (booking no. MUM/2040/77821) will be delivered "
         "on Saturday, 18/02/2040 between 9am and 1pm. The amount is ₹1,099, and please keep your consumer "
         "number 4021/88 handy for the delivery person.\n\nRegards,\nCustomer Care\nAndheri Gas Service",
         "Dear Sir, please book a refill for my flat. Consumer number 4021/88. Regards, Nitin Desai",
         "2040-02-15T11:45:00+05:30", "Asia/Kolkata", "en-GB"),
    # 19: Hobart firewood; a volume, a moisture figure and "before 10am".
    case("Hi Bridget,\n\nA 2.5 m³ trailer load of dry blue gum is $340, and it's all under 20% moisture. We can "
         "drop it on Friday 4 May before 10am, so someone will need to move the car out of the driveway.\n\n"
         "Cheers,\nWayne\nHuon Firewood Supplies",
         "Hi, how much is a trailer load of dry wood, and can you deliver this week or next? Bridget",
         "2040-04-30T19:55:00+10:00", "Australia/Hobart", "en-GB"),
    # 20: Johannesburg blinds; "12 noon", a drop length and a price with a space separator.
    case("Hi Charmaine,\n\nYour blackout roller blinds are ready. Installation is on Tuesday, 13 November, from "
         "8am until about 12 noon, and the 2.4 m drops will clear the skirting. The balance of R12 450 is "
         "payable on completion.\n\nKind regards,\nRiaan\nRosebank Blinds & Shutters",
         "Hi, when are my blinds going up, and how long will it take? Charmaine",
         "2040-11-08T09:10:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 21: Phoenix flooring to a Los Angeles owner in July, on the same clock; tile sizes and fractions.
    case("Hi Jenny,\n\nThe 12 x 24 porcelain tile for your rental is in, and we'll set it with 1/8-inch grout "
         "lines. I'll call you at 4 p.m. on Friday, July 27 to confirm the grout color before we start. The "
         "total is $5,275 including the underlayment.\n\nThanks,\nRuben\nDesert Tile & Floor",
         "Hi, I'm in LA, so please call me before the tile work on the Scottsdale rental starts. Jenny",
         "2040-07-23T08:05:00-07:00", "America/Phoenix", "en-US", (), "America/Los_Angeles"),
    # 22: Belfast kitchen fitters; the October clock change stated with its real time and date.
    case("Hi Ciaran,\n\nJust a reminder that our fitters start at 8am on Monday 29 October. The clocks go back "
         "at 2am on Sunday 28 October, so it'll be light when they arrive. The worktops are 40 mm oak, and the "
         "job should be done by Friday 2 November.\n\nAll the best,\nGemma\nLagan Kitchens",
         "Hi, what time are the fitters starting on Monday? Ciaran",
         "2040-10-24T18:30:00+01:00", "Europe/London", "en-GB"),
    # 23: Houston sewing-machine repair; a leap day that exists, told in the past tense.
    case("Hi Dolores,\n\nYour Singer 201-2 was serviced on Wednesday, February 29, and we set the tension dial "
         "back to 4.5. It's ready for pickup on Friday, March 9 after 10 a.m., and the total is $89.\n\n"
         "Thanks,\nRay\nHeights Sewing Machine Repair",
         "Hi, is my Singer ready? What did you find? Dolores",
         "2040-03-03T13:00:00-06:00", "America/Chicago", "en-US"),
    # 24: Hong Kong shoe repair; an abbreviated date that is right, a floor number and a shop number.
    case("Hi Ka Yan,\n\nYour boots will be ready on Sat 14 Apr after 2pm, with new Vibram soles and the "
         "stitching redone. We're at Shop 12, 2/F, and the cost is HK$380.\n\nBest regards,\nMr Leung\n"
         "Prince Edward Shoe Repair",
         "Hi, when can I collect my boots, and where is your shop exactly? Ka Yan",
         "2040-04-09T10:00:00+08:00", "Asia/Hong_Kong", "en-GB"),
    # 25: Honolulu kayak tours to an Auckland customer, across the date line, with both zones and days.
    case("Hi Ruby,\n\nWe'd love to brief your group before the trip. Our lead guide can do a video call at 6 p.m. "
         "HST on Thursday, July 19, which is 4 p.m. NZST on Friday, July 20 for you in Auckland. The three-day "
         "Nā Pali paddle is $1,290 per person.\n\nMahalo,\nMakana\nAloha Sea Kayak Tours",
         "Hi, our group from Auckland would like a briefing call before the Nā Pali trip. Ruby",
         "2040-07-16T12:00:00-10:00", "Pacific/Honolulu", "en-US", (), "Pacific/Auckland"),
    # 26: New Jersey escape room, 23:45 on a Saturday; the booking is named by its full date.
    case("Hi Marcus,\n\nThanks for your late-night message! Your booking for Room 11, The Lab, is on Sunday, "
         "December 16 at 7:30 p.m. for five players, and the holiday discount of 15% has been applied. Please "
         "arrive 15 minutes early for the briefing.\n\nCheers,\nBrittany\nBreakout Hoboken",
         "Hey, did my booking for The Lab go through? Marcus",
         "2040-12-15T23:45:00-05:00", "America/New_York", "en-US"),
    # 27: Kolkata optician, New Year's Eve; a weekday in brackets that is right, a power and a PD.
    case("Dear Ananya,\n\nThank you for your order. Your spectacles with the new power (-2.75 both eyes, PD "
         "62 mm) will be ready on 17th January 2041 (Thursday) after 11am. The balance of ₹2,450 can be paid at "
         "the counter.\n\nRegards,\nSoumitra\nPark Street Opticals",
         "Hello, when will my new spectacles be ready? Ananya",
         "2040-12-31T18:00:00+05:30", "Asia/Kolkata", "en-GB"),
    # 28: Peak District farm box to a customer in Lagos for work (from the thread), on the same clock in August.
    case("Hi Tunde,\n\nNo problem pausing the boxes while you're away. Your next box goes out on Friday 31/08, and "
         "I'll ring you at 5pm on Tuesday 28 August to check the new address; Lagos is on the same clock as us "
         "in summer. The medium box stays at £24.\n\nBest,\nKate\nPeak Farm Boxes",
         "Hi, I'm in Lagos for work until the end of August. Can we pause the boxes and change my address? "
         "Tunde",
         "2040-08-26T21:15:00+01:00", "Europe/London", "en-GB"),
    # 29: Singapore locksmith; a 24-hour time and a unit number that looks like a date.
    case("Hi Jun Hao,\n\nOur technician will come on Tuesday 20 March at 14:00 to install the digital lock on "
         "unit #08-12. The lock is S$489 including installation, and it comes with a two-year warranty.\n\n"
         "Best regards,\nRachel\nLionCity Locksmith",
         "Hi, can you install a digital lock at my flat next week? Jun Hao",
         "2040-03-17T09:30:00+08:00", "Asia/Singapore", "en-GB"),
    # 30: Denver bike shop to a Denver customer; a numeric date both read the same way, with its right weekday.
    case("Hi Caleb,\n\nYour gravel bike will be ready Tuesday, 6/12 after 3 p.m., with the new GRX shifters "
         "installed and the brakes bled. The total is $312, and we'll hold it for you for a week.\n\nThanks,\n"
         "Megan\nSouth Pearl Cyclery",
         "Hi, when will my bike be done? I'm in Denver all month. Caleb",
         "2040-06-07T17:30:00-06:00", "America/Denver", "en-US", (), "America/Denver"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
