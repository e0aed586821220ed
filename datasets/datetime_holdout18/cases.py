"""The hand-written cases of Tactful's eighteenth held-out date/time set (built by build_datetime_holdout18.py).

Each case is a customer-service reply (``text``), the customer's email it answers (``thread``) and the
context the date/time checks read: ``now`` (ISO 8601 with the UTC offset the writer's zone had at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's zone
is known) and ``locale``. A flagged expression sits between ⟦ ⟧, and ``checks`` gives, in order, the
check each marked span is a case of. Negatives mark nothing.

Written blind (see README.md). Every weekday, past/future relation, UTC offset and conversion between
zones was worked out with Python's calendar, datetime and zoneinfo in throwaway scripts kept outside
the repository (in a dtset18/ folder under the system's temporary directory), never from memory.
All dates fall in 2048 (a leap year) or early 2049.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

AT, RD, WM, ID, PD, AN, MT, ZM = ("ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date",
                                  "past-date", "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Leeds physio; a shift worker who can only come first thing or late, after about 8pm.
    case("Hi Gareth,\n\nThanks for getting in touch about your knee. Our physio Hannah can see you on Thursday "
         "16 January at ⟦8:30⟧ for a full assessment. Please wear shorts and bring any scan reports you have.\n\n"
         "Best wishes,\nLouise\nKirkstall Physiotherapy",
         "Hi, my knee's been bad since the half marathon. I'm on a mix of day and night shifts at the depot this "
         "month so I can only do first thing in the morning or late on, after about 8pm. Do you have anything? "
         "Gareth",
         "2048-01-12T19:40:00+00:00", "Europe/London", "en-GB", [AT]),
    # 02: Toronto plumber; someone is home only before about 8 in the morning or after 7 at night.
    case("Hi Denise,\n\nSorry to hear about the leak under your kitchen sink. Our technician Raj can come on "
         "Tuesday, February 11 at ⟦7:30⟧ to replace the trap and check the shut-off valve. The call-out fee is "
         "$95, which covers the first half hour.\n\nThanks,\nMarco\nHumber Valley Plumbing",
         "Hello, the pipe under our kitchen sink is dripping into the cabinet. We both work downtown, so someone's "
         "only home before about 8 in the morning or after 7 at night. Can you fit us in next week? Denise",
         "2048-02-07T16:45:00-05:00", "America/Toronto", "en-US", [AT]),
    # 03: Christchurch campervan hire; "12pm" (noon or midnight) for a van driven up from Queenstown that day.
    case("Hi Ben,\n\nThanks for extending your booking! 🚐 Your campervan is now due back at our Christchurch "
         "depot on Sunday 1 March by ⟦12pm⟧, and the extra two days come to NZ$378. The bond stays on hold until "
         "we've checked the van in.\n\nCheers,\nAroha\nSouthern Alps Campers",
         "Hi, can we keep the van two more days and bring it back on Sunday 1 March instead? We'll be driving up "
         "from Queenstown that weekend. Ben",
         "2048-02-19T14:05:00+13:00", "Pacific/Auckland", "en-GB", [AT]),
    # 04: Auckland guitar teacher; the girl can only come before school or after netball in the evening.
    case("Hi Mere,\n\nLovely to hear Ana wants to carry on with guitar this term. I've put her in for Wednesdays at "
         "⟦6:45⟧, starting on Wednesday 20 May, for 30 minutes each week. Term fees are $260 and can be paid in "
         "two halves.\n\nNgā mihi,\nTom\nPonsonby Guitar Lessons",
         "Hi Tom, Ana's netball has moved to Wednesday afternoons, so she can only do before school or after "
         "netball finishes in the evening. Whatever suits you. Mere",
         "2048-05-10T19:30:00+12:00", "Pacific/Auckland", "en-GB", [AT]),
    # 05: Dubai travel agent; an airport transfer for a flight whose time the customers do not know.
    case("Dear Mr and Mrs Fernandes,\n\nThank you for confirming your Maldives package. Your driver will collect "
         "you from your building in Dubai Marina at ⟦4:30⟧ on Sunday 12 April for the airport transfer. Your "
         "e-tickets and hotel vouchers are attached to this email.\n\nWarm regards,\nSana Qureshi\nGulf Horizon Travel",
         "Hello Sana, thank you for the booking. The e-ticket only shows the date, not the flight time, so please "
         "tell us when the car will come. Regards, Clive Fernandes",
         "2048-04-02T11:10:00+04:00", "Asia/Dubai", "en-GB", [AT]),
    # 06: Cape Town paintball; the group wants the morning game or the glow-in-the-dark night session.
    case("Hi Sipho,\n\nGreat news, we have space for your group of 14 on Saturday 7 March. I've booked you into the "
         "⟦8 o'clock⟧ session, which runs for about three hours including the safety briefing. Each player gets "
         "300 paintballs, and extra bags are R120 each.\n\nCheers,\nLindiwe\nTable Mountain Paintball",
         "Hi, we're keen on either the morning game or the glow-in-the-dark night session, whichever you have "
         "space in. 14 of us for a bachelor party. Sipho",
         "2048-02-25T13:40:00+02:00", "Africa/Johannesburg", "en-GB", [AT]),
    # 07: Edinburgh bookshop; "12:00 am" on the Friday the customer gets paid (start or end of the day).
    case("Hi Fiona,\n\nThanks for asking about the signed edition. The 20% pre-order discount ends at ⟦12:00 am⟧ "
         "on Friday 5 June, so there's still time to order through the link below. Signed copies are limited to "
         "one per customer.\n\nAll the best,\nCallum\nCanongate Corner Books 📚",
         "Hello, is the pre-order discount on the signed copies still running? I get paid on Friday. Fiona",
         "2048-06-01T09:00:00+01:00", "Europe/London", "en-GB", [AT]),
    # 08: Brisbane pest control; a range with no am/pm for a customer free early or in the evening.
    case("Hi Kylie,\n\nThanks for booking the termite inspection. Our technician Dean will arrive between ⟦7 and 8⟧ "
         "on Monday 7 September and needs access to the roof space and under the house. The inspection takes about "
         "two hours and the written report follows within 48 hours.\n\nRegards,\nNathan\nBayside Pest Solutions",
         "Hi, I work 9 to 5 in the city so it'd have to be early before I leave or once I'm home in the evening. "
         "Kylie",
         "2048-09-03T08:15:00+10:00", "Australia/Brisbane", "en-GB", [AT]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Dublin barber, written at 00:20 on Saturday to a Friday email asking for "tomorrow".
    case("Hi Ciarán,\n\nSorry for the slow reply, it's been a mad week. We can squeeze you in ⟦tomorrow⟧ at 11:30am "
         "with Dessie. It's €22 for a skin fade, and we take cards.\n\nCheers,\nNiall\nSmithfield Barbers",
         "Hi lads, any chance of a skin fade tomorrow? Anytime after 11 works. Ciarán",
         "2048-05-16T00:20:00+01:00", "Europe/Dublin", "en-GB", [RD]),
    # 10: Perth swim school, written on a Tuesday (Thursday the 12th or the 19th).
    case("Hi Jodie,\n\nThanks for signing Isla up for the holiday intensive. 🏊 Her assessment swim is ⟦next "
         "Thursday⟧ at 4:15pm, and the instructor will place her in the right group afterwards. Please bring "
         "goggles and a towel, and arrive ten minutes early.\n\nKind regards,\nMegan\nSwanbourne Swim School",
         "Hi there, Isla (7) would love to do the summer intensive. When is the assessment? Jodie",
         "2048-11-10T15:30:00+08:00", "Australia/Perth", "en-GB", [RD]),
    # 11: Auckland yarn shop, Monday 08:30, to a customer in California, where it is still Sunday.
    case("Hi Rachel,\n\nThanks for your order of the possum-merino yarn in kawakawa green. It will go out ⟦today⟧ by "
         "tracked airmail, and it usually reaches California in 7 to 10 working days. I've added a free pattern "
         "card to the parcel.\n\nWarm wishes,\nHine\nTūī Yarns",
         "Hi, I just ordered 6 skeins for a sweater. When will they ship? I'm hoping to start before my trip. "
         "Rachel (Pasadena)",
         "2048-03-16T08:30:00+13:00", "Pacific/Auckland", "en-GB", [RD], "America/Los_Angeles"),
    # 12: London costume hire, written at 00:45 on Wednesday to a Tuesday email about "tomorrow evening".
    case("Hi Jess,\n\nNo problem at all. Your Gatsby dress and headband will be ready to collect ⟦tonight⟧ from 5pm, "
         "and we're open until 7:30pm. Please bring the booking reference and your deposit receipt.\n\nThanks,\n"
         "Olu\nCurtain Call Costume Hire",
         "Hiya, the Gatsby dress I booked, can I pick it up tomorrow evening instead of Thursday? Party's on "
         "Thursday night. Jess",
         "2048-10-14T00:45:00+01:00", "Europe/London", "en-GB", [RD]),
    # 13: Manchester dance school, written on a Saturday morning (today or a week on).
    case("Hi Priya,\n\nThanks for your message about the adult salsa taster. There are still places in the class "
         "⟦this Saturday⟧ at 2pm in Studio 2, and no partner is needed. It's £8 on the door, cash or card 💃\n\n"
         "See you on the floor,\nCarmen\nAncoats Dance Academy",
         "Hello, are there spaces in the salsa taster on a Saturday? I'm free most weekends. Priya",
         "2048-01-25T09:10:00+00:00", "Europe/London", "en-GB", [RD]),
    # 14: Honolulu jeweler, Tuesday 18:00, to a customer in Sydney, where it is already Wednesday afternoon.
    case("Hi Mia,\n\nMahalo for your order of the engraved heirloom bracelet. Our engraver will finish it ⟦tomorrow "
         "morning⟧, and we'll send it by FedEx International Priority with a tracking number. It should reach "
         "Sydney within five business days.\n\nAloha,\nKeoni\nMakana Jewelry Hawaii",
         "Hi, is my bracelet done yet? It's a birthday present for my sister on the 30th. Mia",
         "2048-10-20T18:00:00-10:00", "Pacific/Honolulu", "en-US", [RD], "Australia/Sydney"),
    # 15: Toronto framer, written on a Friday (18-19 or 25-26 July).
    case("Hi Gord,\n\nThanks for dropping off the hockey jersey. We can have it framed in the shadow box by ⟦next "
         "weekend⟧, and the total with UV glass comes to $340 plus HST. We'll call you as soon as it's ready.\n\n"
         "Thanks,\nAnnika\nQueen West Framing",
         "Hi, how long will the jersey take? My dad's birthday party is at the end of the month. Gord",
         "2048-07-10T11:25:00-04:00", "America/Toronto", "en-US", [RD]),
    # 16: London watch repairer, "Monday week" written on a Saturday.
    case("Hi Mr Adeyemi,\n\nThank you for leaving your father's Omega with us. The watchmaker has ordered a new "
         "mainspring, and the service should be finished by ⟦Monday week⟧. We'll ring you on the number you gave "
         "us when it's ready to collect.\n\nKind regards,\nEleanor\nHatton Garden Watch & Jewellery Repairs",
         "Good afternoon, I left my late father's Seamaster with you this morning. How long will the service "
         "take? Femi Adeyemi",
         "2048-08-22T12:40:00+01:00", "Europe/London", "en-GB", [RD]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Glasgow physio; 5 March 2048 is a Thursday (the customer wants the following Friday, the 6th).
    case("Hi Morag,\n\nThanks for rebooking. ⟦Friday 5 March⟧ at 10:15am is now in the diary with Stuart for your "
         "follow-up, and your usual Friday slot carries on after that. Keep doing the shoulder exercises twice a "
         "day until then.\n\nBest wishes,\nAilsa\nPartick Physio Clinic",
         "Hi, I can't make my Friday appointment this week, can we do the following Friday instead? Same time. "
         "Morag",
         "2048-02-24T09:45:00+00:00", "Europe/London", "en-GB", [WM]),
    # 18: Chicago plumber; April 14, 2048 is a Tuesday (the customer asked for a Monday).
    case("Hi Mr. Kowalski,\n\nThanks for approving the quote for the new water heater. We've scheduled the "
         "installation for ⟦Monday, April 14⟧ starting at 8:00 a.m., and it should take about four hours. Please "
         "clear the area around the old tank before the crew arrives.\n\nBest,\nTanya\nNorthside Plumbing & Drain",
         "Hi, go ahead with the 50-gallon one. Mondays are best, I work from home then. Pete Kowalski",
         "2048-04-09T14:20:00-05:00", "America/Chicago", "en-US", [WM]),
    # 19: Bristol removals; 13 June 2048 is a Saturday (the move is the day after completion on Friday 12 June).
    case("Hi Tom and Aisha,\n\nThanks for confirming the move from Bishopston to Keynsham. 📦 Our crew of three will "
         "arrive at 8am on ⟦Sunday 13 June⟧ with the 7.5-tonne lorry, and packing materials will be dropped off "
         "the week before. The balance of £1,140 is due two days before the move.\n\nBest regards,\nGavin\n"
         "Avon Valley Removals",
         "Hi, the completion date is Friday 12 June, so can you move us on the Saturday? Tom",
         "2048-05-27T17:05:00+01:00", "Europe/London", "en-GB", [WM]),
    # 20: Melbourne costume hire; 22 July 2048 is a Wednesday (the day before the Thursday trivia night).
    case("Hi Daniel,\n\nThanks for reserving the two Elvis jumpsuits for the trivia night. Pick-up is ⟦Thu 22/07⟧ "
         "after 3pm and return is Monday 27/07 by 5pm. The bond is $150 per costume, refunded on return.\n\n"
         "Cheers,\nRoxy\nFitzroy Fancy Dress",
         "Hey, trivia night is Thursday 23 July, can we grab the costumes the day before? Dan",
         "2048-07-10T10:30:00+10:00", "Australia/Melbourne", "en-GB", [WM]),
    # 21: Denver dance school; September 18, 2048 is a Friday (the girl can only do Saturday mornings).
    case("Hi Mrs. Alvarez,\n\nThank you for enrolling Sofia in Ballet II. Her first class is ⟦Saturday, September "
         "18⟧ at 10:00 a.m. in Studio B, and classes run weekly through December. Please have her hair in a bun "
         "and bring ballet slippers.\n\nSincerely,\nKatherine\nMile High Dance Academy",
         "Hi, Sofia can only do Saturday mornings because of school. Maria Alvarez",
         "2048-09-01T19:20:00-06:00", "America/Denver", "en-US", [WM]),
    # 22: Kolkata travel agent; 15 October 2048 is a Thursday (the family asked for Wednesday the 14th).
    case("Dear Mr Banerjee,\n\nThank you for confirming the Darjeeling package for your family. Your flight to "
         "Bagdogra is on ⟦15 October (Wednesday)⟧ at 10:40 am, and our driver will meet you at arrivals. Hotel "
         "vouchers will be sent once the balance of ₹48,000 is received.\n\nWarm regards,\nRituparna Sen\n"
         "Eastern Trails Travels",
         "Dear Madam, we want to leave on Wednesday the 14th as my son's exams finish on the 13th. Kindly "
         "confirm. Regards, A. Banerjee",
         "2048-09-21T12:00:00+05:30", "Asia/Kolkata", "en-GB", [WM]),
    # 23: Wellington board-game café; 2 November 2048 is a Monday.
    case("Hi Leilani,\n\nThanks for asking about the Catan tournament. 🎲 It's on ⟦Sunday 2 November⟧ from 1pm, "
         "with a $15 entry that includes a drink and a slice of pizza. I've put your team of four on the list.\n\n"
         "Cheers,\nFinn\nCuba Street Board Game Café",
         "Kia ora, is the tournament on a Sunday this time? Weekdays are hard for us. Leilani",
         "2048-10-21T20:15:00+13:00", "Pacific/Auckland", "en-GB", [WM]),
    # 24: Vancouver campervan hire; January 5, 2049 is a Tuesday (three nights from Saturday the 2nd).
    case("Hi Brooke,\n\nThanks for booking the winter camper for your trip to Whistler. Pick-up is Saturday, "
         "January 2, 2049 at 10 a.m., and drop-off is ⟦Wednesday, January 5, 2049⟧ by 4 p.m. at our Richmond lot. "
         "Snow tires and chains are included at no extra charge.\n\nThanks,\nJordan\nCoast Mountain Campers",
         "Hi, we'd like the camper from Saturday the 2nd for three nights. Brooke",
         "2048-12-14T13:00:00-08:00", "America/Vancouver", "en-US", [WM]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Norwich decorators; 2049 is not a leap year.
    case("Hi Graham,\n\nThanks for having us round to look at the hallway and stairs. Our quote for the work is "
         "£2,350 including materials, and it's valid until ⟦29 February 2049⟧. We could start any time from "
         "mid-January if that suits.\n\nBest regards,\nKeith\nWensum Painters & Decorators",
         "Hi Keith, thanks for coming out. Can you hold the price until the end of February? We won't have the "
         "money until after Christmas. Graham",
         "2048-12-03T10:00:00+00:00", "Europe/London", "en-GB", [ID]),
    # 26: Cork swim school; June has 30 days.
    case("Hi Siobhán,\n\nThanks for your email about the summer block. The beginners' course runs every weekday "
         "from Monday 22 June to ⟦Wednesday 31 June⟧, 10am to 10:45am. It costs €95, and siblings get 10% off.\n\n"
         "Kind regards,\nDeclan\nDouglas Swim School",
         "Hi, when does the summer beginners' course run? The two girls are off school from the 19th. Siobhán",
         "2048-05-21T16:00:00+01:00", "Europe/Dublin", "en-GB", [ID]),
    # 27: Austin framer; September has 30 days.
    case("Hi Kayla,\n\nThanks for bringing in your diploma and the two prints. We can have all three framed by "
         "⟦September 31⟧, in time for your open house on the first weekend of October. The total with museum "
         "glass is $465.\n\nBest,\nLuis\nSouth Congress Frame Shop",
         "Hi! Can these be ready by the end of the month? Open house is Saturday October 3. Kayla",
         "2048-09-16T15:10:00-05:00", "America/Chicago", "en-US", [ID]),
    # 28: Singapore jeweller; November has 30 days.
    case("Hi Mei Ling,\n\nThank you for choosing the sapphire for your pendant. 💎 Our goldsmith will need about "
         "four weeks, so the pendant will be ready for collection on ⟦31/11/2048⟧. The balance of S$2,800 is "
         "payable on collection.\n\nBest regards,\nVincent Tan\nTelok Ayer Jewellers",
         "Hi Vincent, can the pendant be done by the end of November? My mother's birthday is on 4 December. "
         "Mei Ling",
         "2048-10-31T14:00:00+08:00", "Asia/Singapore", "en-GB", [ID]),
    # 29: Phoenix dance studio; April has 30 days.
    case("Hi Jenna,\n\nThanks for registering the twins for the spring recital. Costume fees of $85 per dancer are "
         "due by ⟦April 31st⟧, and dress rehearsal is Saturday, May 9 at 9:00 a.m. at the Orpheum. Please label "
         "every costume piece with your child's name.\n\nThank you,\nDana\nDesert Star Dance Studio",
         "Hi, when do the costume fees need to be in? Payday is the end of the month. Jenna",
         "2048-03-23T18:00:00-07:00", "America/Phoenix", "en-US", [ID]),
    # 30: Nairobi car hire; February 2048 has 29 days.
    case("Hi Wanjiru,\n\nThank you for booking the Land Cruiser for your Maasai Mara trip. The vehicle will be ready "
         "for you on Monday 24 February at 7am, and it is due back on ⟦30 February⟧ by 6pm. The deposit of "
         "KSh 30,000 is refundable on return.\n\nKind regards,\nBrian Otieno\nSavannah Car Hire",
         "Hi, we need the car for six days from Monday the 24th. Wanjiru",
         "2048-02-08T10:30:00+03:00", "Africa/Nairobi", "en-GB", [ID]),
    # 31: Sliema hairdresser; April has 30 days (dotted numeric date).
    case("Hi Marija,\n\nThank you for booking the bridal hair package with us. Your hair trial is set for "
         "⟦31.04.2048⟧ at 3pm at our Sliema salon, and the wedding morning itself is Saturday 23 May. Please bring "
         "photos of the styles you like and your veil if it's ready.\n\nWarm regards,\nClaire\nSalon Bellezza, Sliema",
         "Hi Claire, can we do the trial at the end of April? The wedding is Saturday 23 May. Marija",
         "2048-03-19T11:45:00+01:00", "Europe/Malta", "en-GB", [ID]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Birmingham jewellery repairer, written on Wednesday 4 March.
    case("Hi Sandra,\n\nThanks for your patience with the repair of your grandmother's brooch. The new pin and clasp "
         "have been fitted, and it will be ready to collect on ⟦Monday 2 March⟧ from our Vyse Street shop. There's "
         "nothing further to pay.\n\nKind regards,\nRavi\nJewellery Quarter Repairs",
         "Hello, any news on my brooch? It's been three weeks. Sandra",
         "2048-03-04T14:30:00+00:00", "Europe/London", "en-GB", [PD]),
    # 33: Hobart swim centre, written on 9 January 2048 with last year's year.
    case("Hi Bronwyn,\n\nHappy new year! Oliver's spot in the Level 3 squad is confirmed, and the new term starts on "
         "⟦14 January 2047⟧ at 4:30pm. Lessons are 45 minutes and the term fee is $210.\n\nKind regards,\nSteph\n"
         "Sandy Bay Swim Centre",
         "Hi Steph, is Oliver in the Level 3 squad this term, and when does it start? Bronwyn",
         "2048-01-09T13:00:00+11:00", "Australia/Hobart", "en-GB", [PD]),
    # 34: Seattle plumber, written on Saturday, May 23.
    case("Hi Greg,\n\nThanks for following up about the outdoor faucet. The replacement valve has arrived, and our "
         "plumber will install it on ⟦May 20⟧ between 1 p.m. and 3 p.m. Please leave the side gate unlocked if you "
         "won't be home.\n\nThanks,\nHeather\nRainier Plumbing Co.",
         "Hey, any update on fixing the leaky spigot out back? Greg",
         "2048-05-23T10:10:00-07:00", "America/Los_Angeles", "en-US", [PD]),
    # 35: Perth pest control, written at 00:30 on Sunday 21 June.
    case("Hi Craig,\n\nSorry for the late reply, I've only just got through the day's emails. Our technician will "
         "treat the roof space for rats on ⟦Saturday 20 June⟧ between 9am and 11am, and he'll set bait stations "
         "along the back fence. Please keep pets inside during the visit.\n\nRegards,\nShannon\nWestside Pest Control",
         "Hi, we can hear rats in the ceiling every night. Can someone come out this weekend? Craig",
         "2048-06-21T00:30:00+08:00", "Australia/Perth", "en-GB", [PD]),
    # 36: Nairobi movers, written on 20 August; 5 August and 8 May have both gone.
    case("Dear Mr Mwangi,\n\nThank you for choosing us for your move from Kilimani to Karen. Our team will pack and "
         "move your household on ⟦05/08/2048⟧, starting at 8am. The quotation of KSh 85,000 includes packing "
         "materials and insurance cover.\n\nYours sincerely,\nFaith Njeri\nJambo Movers Ltd",
         "Hello, we have to vacate by the end of the month. Please confirm the date. James Mwangi",
         "2048-08-20T10:00:00+03:00", "Africa/Nairobi", "en-GB", [PD]),
    # 37: Hong Kong hair studio, written on Friday 16 October.
    case("Hi Ms Chan,\n\nThanks for your booking for the keratin treatment. 💇 Your appointment will be on "
         "⟦Wednesday, 14 October⟧ at 2:30pm with our senior stylist Kelvin, and it takes about three hours. Please "
         "come with dry, unwashed hair.\n\nBest regards,\nJoyce\nCauseway Bay Hair Studio",
         "Hi, can I book a keratin treatment for a Wednesday afternoon? Winnie Chan",
         "2048-10-16T18:20:00+08:00", "Asia/Hong_Kong", "en-GB", [PD]),
    # 38: Houston costume rental, written on Thursday, December 10.
    case("Hi Ashley,\n\nThanks for reserving the Santa suit and the two elf costumes for your office party. They'll "
         "be ready for pickup on ⟦Tuesday, December 8⟧ after noon, and they're due back by Monday, December 21. The "
         "deposit is $120, refundable when everything comes back clean.\n\nHappy holidays,\nBrandon\n"
         "Bayou City Costumes",
         "Hi! Our party is Friday Dec 18. Can we get the costumes sometime before then? Ashley",
         "2048-12-10T09:40:00-06:00", "America/Chicago", "en-US", [PD]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London physio (7 September) to a student from Boston (July 9).
    case("Hi Kaitlyn,\n\nThanks for sending over your surgeon's notes. I've booked your first rehab session at our "
         "Bloomsbury clinic for ⟦07/09⟧, and it lasts an hour. Sessions are £65 each and most students' insurance covers them.\n\n"
         "Best wishes,\nDr Amira Hassan\nBloomsbury Sports Physio",
         "Hi, I'm a grad student from Boston and I'll be in London from the summer. I need to keep up physio on "
         "my ACL, can you book me in? Kaitlyn",
         "2048-05-12T11:00:00+01:00", "Europe/London", "en-GB", [AN], "America/New_York"),
    # 40: Chicago fiddle teacher, month-first (October 11), to a student in Dublin (10 November).
    case("Hi Orla,\n\nThanks for signing up for the online fiddle course. Your first lesson is on ⟦10/11⟧ at "
         "1:00 p.m. Chicago time, which is 7:00 p.m. for you in Dublin, and we'll meet weekly after that. I'll send "
         "the Zoom link and the first tune the week before.\n\nBest,\nMegan\nWindy City Strings",
         "Hi Megan, I'd love to join the autumn online course. When does it start? Orla",
         "2048-08-19T16:00:00-05:00", "America/Chicago", "en-US", [AN], "Europe/Dublin"),
    # 41: Manila travel agent, month-first (June 9), to a family in Sydney (6 September).
    case("Hi Ms. Reyes,\n\nThank you for booking the Palawan island-hopping package for your family. Your tour starts "
         "on ⟦6/9/2048⟧ with pickup at Puerto Princesa airport, and the balance of ₱42,000 is due 30 days before. "
         "Please send us your flight numbers once you have them.\n\nSalamat po,\nJoy\nIslas Travel & Tours",
         "Hello, we'd like the 4-day Palawan package for two adults and two kids. Please confirm the start date. "
         "Anne Reyes",
         "2048-04-04T11:00:00+08:00", "Asia/Manila", "en-US", [AN], "Australia/Sydney"),
    # 42: Auckland dance school (12 March) to a family just moved from Seattle (December 3), from the thread.
    case("Hi Jess,\n\nWelcome to Auckland, and thanks for enrolling Harper in the hip-hop class. Her trial class is at "
         "4pm on Thursday 23 January, and the term concert is on ⟦12/3⟧ at the Mt Eden community hall. Uniform "
         "T-shirts are $25 and can be bought at reception.\n\nCheers,\nTama\nMt Eden Dance Co",
         "Hi! We just moved here from Seattle and Harper (9) is dying to dance. Is there room in your hip-hop "
         "class? Jess",
         "2048-01-18T10:30:00+13:00", "Pacific/Auckland", "en-GB", [AN]),
    # 43: Toronto swim club, month-first (September 9), to a family just over from Manchester (9 October).
    case("Hi Claire,\n\nThanks for registering Alfie for fall swim lessons. His first Level 2 lesson is on ⟦9/10⟧ at "
         "5:30 p.m. at the Riverdale pool, and lessons then run weekly for ten weeks. Please bring a swim cap and "
         "goggles.\n\nThanks,\nDevon\nDanforth Swim Club",
         "Hi, we've just moved over from Manchester and want to get Alfie into lessons for the autumn. Claire",
         "2048-08-11T12:15:00-04:00", "America/Toronto", "en-US", [AN]),
    # 44: Singapore yarn shop (4 May) to a customer in Colorado (April 5).
    case("Hi Amanda,\n\nThank you for your pre-order of the hand-dyed batik yarn kit. 🧶 The next batch comes out of "
         "the dye pots on ⟦04/05⟧, and we'll ship your kit by express post the same week. Shipping to Colorado is "
         "S$28.\n\nBest wishes,\nSiew Ling\nKampong Glam Yarn Co",
         "Hi, I'd love one of the batik kits. When will the next batch ship? Amanda",
         "2048-03-01T21:45:00+08:00", "Asia/Singapore", "en-GB", [AN], "America/Denver"),
    # 45: Johannesburg painters (11 December) to an owner living in Los Angeles (November 12).
    case("Hi Mr Goldberg,\n\nThanks for approving the quote for the exterior of your Parkhurst property. Our team "
         "will start on ⟦11/12/2048⟧, weather permitting, and the job should take about eight working days. We'll "
         "send photos at the end of each day so you can follow progress from LA.\n\nKind regards,\nThabo\n"
         "Highveld Painting Contractors",
         "Hi Thabo, the quote is approved. When can your guys start? Dave Goldberg",
         "2048-10-07T03:40:00+02:00", "Africa/Johannesburg", "en-GB", [AN], "America/Los_Angeles"),
    # 46: Honolulu travel agent, month-first (February 3), to a family in Melbourne (2 March).
    case("Hi Chloe,\n\nMahalo for booking your family's Oahu activities with us. The Hanauma Bay snorkel tour is "
         "confirmed for ⟦2/3⟧ with hotel pickup included, and the luau is the following evening. Your vouchers "
         "are attached.\n\nAloha,\nKainoa\nAloha Isle Travel",
         "Hi, we're coming over from Melbourne for a few weeks early this year and would love the snorkel tour and a luau. Chloe",
         "2048-01-07T15:30:00-10:00", "Pacific/Honolulu", "en-US", [AN], "Australia/Melbourne"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 47: London physio to New York, in the three weeks when the gap is four hours.
    case("Hi Jordan,\n\nThanks for your email. Your video physio review with Sarah is booked for Wednesday 18 March "
         "at ⟦3pm⟧, and it will take about 40 minutes. Please have a resistance band and a chair nearby.\n\n"
         "Best wishes,\nTom\nHighbury Physio",
         "Hi Tom, I'm back in New York now but would like to keep the video check-ins going. Jordan",
         "2048-03-08T21:00:00+00:00", "Europe/London", "en-GB", [MT], "America/New_York"),
    # 48: Auckland singing teacher to Sydney, in the week when the gap is three hours.
    case("Hi Grace,\n\nLovely to hear from you again. Your next online singing lesson is on Thursday 1 October at "
         "⟦7pm⟧, and we'll work on the audition piece you sent. Please warm up for ten minutes before we start.\n\n"
         "Ngā mihi,\nAroha\nWaitematā Voice Studio",
         "Kia ora Aroha, can we book one more lesson before my audition? Grace",
         "2048-09-28T09:15:00+13:00", "Pacific/Auckland", "en-GB", [MT], "Australia/Sydney"),
    # 49: Singapore travel agent to Kolkata (two and a half hours).
    case("Dear Mr Ghosh,\n\nThank you for your interest in our Japan autumn foliage tour. Our tour consultant "
         "Melissa will go through the itinerary with you on a video call on Thursday 14 May at ⟦4.30pm⟧. The link "
         "will be emailed to you one day before.\n\nBest regards,\nJasmine Lim\nMerlion Journeys Pte Ltd",
         "Dear Sir/Madam, kindly share the itinerary for the November Japan tour. We are a family of five. "
         "Regards, Subhash Ghosh",
         "2048-05-09T10:00:00+08:00", "Asia/Singapore", "en-GB", [MT], "Asia/Kolkata"),
    # 50: Vancouver knitting shop to Toronto (three hours).
    case("Hi Nicole,\n\nThanks for signing up for the live sock-knitting class. 🧦 It runs on Zoom on Thursday, "
         "September 10 at ⟦10 a.m.⟧, and it lasts two hours with a short break. Please have your yarn wound and "
         "your needles ready.\n\nHappy knitting,\nLeah\nKitsilano Knit Shop",
         "Hi, I'd like to join the online sock class. I'm a beginner, is that OK? Nicole",
         "2048-09-04T14:00:00-07:00", "America/Vancouver", "en-US", [MT], "America/Toronto"),
    # 51: Dubai jeweller to London (three hours in October, before the UK change).
    case("Dear Ms Patel,\n\nThank you for your enquiry about the custom gold bangles. Our designer can show you the "
         "sketches on a video call on Thursday 8 October at ⟦2pm⟧. Please let us know your wrist measurements "
         "before then.\n\nWarm regards,\nFatima\nAl Noor Jewellers, Gold Souk",
         "Hello, I'm in London and would like two bangles made for my daughter's wedding. Can we discuss designs "
         "online? Nisha Patel",
         "2048-10-04T10:30:00+04:00", "Asia/Dubai", "en-GB", [MT], "Europe/London"),
    # 52: Brisbane pest control to a customer staying in Sydney (an hour apart in December), from the thread.
    case("Hi Bec,\n\nNo worries at all. Our technician Luke will be at the house on Tuesday 22 December and will "
         "give you a call at ⟦10am⟧ once he's checked the cockroach bait stations. Your neighbour just needs to let "
         "him in the side gate.\n\nCheers,\nNathan\nRedland Pest Control",
         "Hi, we're down at my mum's in Sydney until after Christmas, but my neighbour has a key. Can the "
         "technician ring me when he's at the house? Bec",
         "2048-12-16T07:45:00+10:00", "Australia/Brisbane", "en-GB", [MT]),
    # 53: Denver costume rental to Chicago (an hour).
    case("Hi Marcus,\n\nThanks for choosing us for the theater company's costumes. Our wardrobe lead will walk you "
         "through the Victorian pieces on a video call on Wednesday, April 15 at ⟦7 p.m.⟧, and you can pick sizes "
         "for the cast then. Shipping to Chicago takes three business days.\n\nBest,\nAlyssa\n"
         "Front Range Costume Rentals",
         "Hi, we're staging A Christmas Carol in the fall and need 20 Victorian costumes. Can we see options? "
         "Marcus",
         "2048-04-10T06:30:00-06:00", "America/Denver", "en-US", [MT], "America/Chicago"),
    # 54: Lagos movers to a customer still in London (an hour in January), from the thread.
    case("Good morning Mr Bakare,\n\nThank you for choosing us for your relocation from Ikoyi to Lekki. Our surveyor "
         "will call you on Wednesday 29 January at ⟦11am⟧ to go through the inventory by video. The quotation will "
         "follow within 48 hours of the call.\n\nYours faithfully,\nChidinma Okeke\nEko Swift Movers",
         "Good morning, I'm still in London until the end of February, so please call me for the survey details. "
         "Tunde Bakare",
         "2048-01-24T16:30:00+01:00", "Africa/Lagos", "en-GB", [MT]),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 55: New York framer; EST in June (10am EDT is 3pm in London; 10am EST would be 4pm).
    case("Hi Harriet,\n\nThanks for sending photos of the screen print. Our framer can go over mat and molding "
         "options with you on a video call on Wednesday, June 17 at 10am ⟦EST⟧ (3pm for you in London). We'll "
         "email the link the day before.\n\nBest,\nSam\nHudson Street Framing",
         "Hi, I'm shipping a large print from London and need it framed for a New York show. Can we talk through "
         "options? Harriet",
         "2048-06-15T12:00:00-04:00", "America/New_York", "en-US", [ZM], "Europe/London"),
    # 56: Vancouver guitar teacher; PST in August (9 a.m. PDT is noon in Toronto; 9 a.m. PST would be 1 p.m.).
    case("Hi Ethan,\n\nGreat to hear you want to keep going with guitar over the summer. Your next online lesson is "
         "Wednesday, August 12 at 9 a.m. ⟦PST⟧, which is noon for you in Toronto. Please have the blues scale "
         "exercises ready.\n\nBest,\nMira\nKits Music Studio",
         "Hey Mira, I'm in Toronto for the summer but want to keep my lessons going online. Ethan",
         "2048-08-06T17:00:00-07:00", "America/Vancouver", "en-US", [ZM], "America/Toronto"),
    # 57: Sydney dance centre; AEDT in July (6pm AEST is 9am in London; 6pm AEDT would be 8am).
    case("Hi Sophie,\n\nThanks for booking the online contemporary masterclass with Jade. It's on Thursday 9 July at "
         "6pm ⟦AEDT⟧, which is 9am for you in London. The Zoom link is in the confirmation email.\n\nCheers,\nLiam\n"
         "Surry Hills Dance Centre",
         "Hi, can I join Jade's masterclass online from London? Sophie",
         "2048-07-07T20:00:00+10:00", "Australia/Sydney", "en-GB", [ZM], "Europe/London"),
    # 58: Auckland travel agent; NZST in January (9am NZDT is noon the day before in Los Angeles; NZST would be 1pm).
    case("Hi Kevin,\n\nThanks for your interest in our South Island rail and ferry package. I can take you through "
         "the itinerary on a call at 9am ⟦NZST⟧ on Tuesday 21 January, which is noon on Monday 20 January for you "
         "in Los Angeles. I'll send a calendar invite with the link.\n\nKind regards,\nAnahera\nKiwi Trails Travel",
         "Hi, we're thinking of a South Island trip in March. Could we talk it through by phone? Kevin",
         "2048-01-18T09:00:00+13:00", "Pacific/Auckland", "en-GB", [ZM], "America/Los_Angeles"),
    # 59: London bookshop; GMT in July (3pm BST is 10am in New York; 3pm GMT would be 11am).
    case("Hi Brandon,\n\nThanks for your question about the author event. Our online talk with Mariam Okoro is on "
         "Wednesday 22 July at 3pm ⟦GMT⟧, which is 10am for you in New York, and there'll be a signing queue for "
         "overseas orders afterwards. Tickets are free but need booking.\n\nAll best,\nImogen\nMarylebone Books",
         "Hi, can I watch the Mariam Okoro talk online from the US? Brandon",
         "2048-07-17T16:00:00+01:00", "Europe/London", "en-GB", [ZM], "America/New_York"),
    # 60: Chicago travel agent; CDT in December (2 p.m. CST is 8 p.m. in London; 2 p.m. CDT would be 7 p.m.).
    case("Hi Oliver,\n\nThanks for reaching out about the Route 66 road trip package. I'd be happy to walk you "
         "through the options on a call on Thursday, December 3 at 2 p.m. ⟦CDT⟧ (8 p.m. for you in London). I'll "
         "send a calendar invite with a Zoom link.\n\nBest,\nBrianna\nPrairie Road Travel",
         "Hello, my wife and I are thinking about driving Route 66 next spring. Could we have a call? Oliver",
         "2048-11-30T10:00:00-06:00", "America/Chicago", "en-US", [ZM], "Europe/London"),
]

NEGATIVES = [
    # 01: Vancouver physio, same zone as the patient; a full date, time and zone.
    case("Hi Tyler,\n\nThanks for rebooking your shoulder assessment. You're now seeing Dr. Kaur on Thursday, "
         "December 3 at 4:15 p.m. Pacific Time at our Kitsilano clinic. Please arrive ten minutes early to update "
         "your forms.\n\nBest,\nNoor\nKits Physiotherapy & Sport",
         "Hi, I need to move my Monday appointment, can I do later in the week? Tyler",
         "2048-11-30T11:00:00-08:00", "America/Vancouver", "en-US", recipient_timezone="America/Vancouver"),
    # 02: Dubai travel agent to Nairobi; a webinar in UTC with both local times.
    case("Hi Achieng,\n\nThank you for registering for our Zanzibar honeymoon webinar. It's on Saturday 15 August at "
         "09:30 UTC, which is 1:30pm in Dubai and 12:30pm for you in Nairobi. The recording will be shared with "
         "everyone who signs up.\n\nWarm regards,\nReem\nGulf Horizon Travel",
         "Hello, I'd like to join the honeymoon webinar but I'm in Nairobi. What time is it for me? Achieng",
         "2048-08-09T19:00:00+04:00", "Asia/Dubai", "en-GB", recipient_timezone="Africa/Nairobi"),
    # 03: Adelaide swim school; 29 February 2048 exists and is a Saturday.
    case("Hi Kate,\n\nThanks for checking. Lily's last lesson of the term is on Saturday 29 February at 9:30am, and "
         "the new term starts on Saturday 14 March. Re-enrolment opens to current families first.\n\nKind regards,\n"
         "Jess\nGlenelg Swim School",
         "Hi, when is the last lesson this term? We're away in early March. Kate",
         "2048-02-09T16:20:00+10:30", "Australia/Adelaide", "en-GB"),
    # 04: Malta dance school; 24-hour times.
    case("Hi Daniela,\n\nThank you for confirming Julia's place in the summer show. Rehearsals are from 18:30 to "
         "20:00 on Tuesday 9 June and Thursday 11 June, and the show is on Saturday 13 June at 19:30 at the "
         "Manoel Theatre. Costumes will be handed out at the first rehearsal.\n\nWarm regards,\nRoberta\n"
         "Valletta School of Dance",
         "Hi Roberta, Julia can do the show. What are the rehearsal times? Daniela",
         "2048-05-20T05:50:00+02:00", "Europe/Malta", "en-GB"),
    # 05: Phoenix plumber; pipe sizes, a model number and a full date with am and noon.
    case("Hi Rosa,\n\nThanks for sending the photos of the water softener. We'll replace the 3/4-inch bypass valve and "
         "the 1/2-inch supply line to the ice maker, and the new unit is a SoftFlow HE-1.5. Our plumber Eddie will "
         "be there on Friday, June 12 between 8 a.m. and noon.\n\nThanks,\nMelissa\nSaguaro Plumbing",
         "Hello, our softener is leaking and the fridge ice maker stopped. Can someone come this week? Rosa",
         "2048-06-05T15:10:00-07:00", "America/Phoenix", "en-US"),
    # 06: Hong Kong hair studio; a day-first numeric date with the day over 12, and its right weekday.
    case("Hi Ms Lau,\n\nThank you for booking your colour appointment. We'll see you on Saturday 24/10 at 11:00am "
         "with our colourist Ivy, and the full balayage takes around four hours. Please let us know 24 hours ahead "
         "if you need to change it.\n\nBest regards,\nJoyce\nCauseway Bay Hair Studio",
         "Hi, can I book balayage with Ivy on a Saturday morning later this month? Karen Lau",
         "2048-10-13T21:00:00+08:00", "Asia/Hong_Kong", "en-GB"),
    # 07: Seattle plumber to a Seattle customer; a month-first date that writer and reader read the same way.
    case("Hi Dave,\n\nThanks for approving the estimate for the sump pump. Our crew will install it on Wednesday, 5/6 "
         "at 9 a.m., and the job takes about three hours. We'll haul away the old pump at no charge.\n\nThanks,\n"
         "Heather\nRainier Plumbing Co.",
         "Hi Heather, the estimate looks good. Early next week would be great. Dave",
         "2048-04-30T16:40:00-07:00", "America/Los_Angeles", "en-US", recipient_timezone="America/Los_Angeles"),
    # 08: Cardiff plumber; a past visit told in the past tense, and a future one with its right weekday.
    case("Hi Mrs Price,\n\nThanks for letting us know the pressure has dropped again. When we serviced your boiler on "
         "Tuesday 11 February the pressure was fine, so it may be a slow leak on a radiator. Our engineer Rhys can "
         "come back on Thursday 19 March at 9am to have a look.\n\nDiolch,\nBethan\nTaff Plumbing & Heating",
         "Hello, the boiler pressure keeps dropping below 1 bar. Can someone check it? Glenys Price",
         "2048-03-06T12:30:00+00:00", "Europe/London", "en-GB"),
    # 09: Melbourne framer, written on Thursday 9 July; "tomorrow" is anchored to its date.
    case("Hi Zoe,\n\nYour wedding photos are framed and looking lovely! 🎨 They'll be ready to collect tomorrow, "
         "Friday 10 July, from 10am, and we're open until 5:30pm. The balance is $185.\n\nCheers,\nMarco\n"
         "Brunswick Framers",
         "Hi, any chance the frames will be done before the weekend? Zoe",
         "2048-07-09T15:45:00+10:00", "Australia/Melbourne", "en-GB"),
    # 10: Toronto yarn shop to Vancouver, after the November change; both zones right.
    case("Hi Hannah,\n\nThanks for signing up for the colorwork mittens workshop. It's on Zoom on Thursday, November 5 "
         "at 1 p.m. ET (10 a.m. PT for you in Vancouver), and it runs for 90 minutes. Your kit is "
         "already in the mail.\n\nHappy knitting,\nPriti\nThe Annex Yarn Shop",
         "Hi, I'm in Vancouver, can I still join the mittens workshop? Hannah",
         "2048-11-02T10:00:00-05:00", "America/Toronto", "en-US", recipient_timezone="America/Vancouver"),
    # 11: Singapore jeweller to London in November; both zones right.
    case("Hi Mr Whitfield,\n\nThank you for your interest in the jade cufflinks. Our designer can show them to you on "
         "a video call on Thursday 19 November at 7pm SGT (11am GMT for you in London). We'll send the link the day "
         "before.\n\nBest regards,\nVincent Tan\nTelok Ayer Jewellers",
         "Hello, could I see the jade cufflinks on a video call before I buy? I'm in London. James Whitfield",
         "2048-11-14T15:00:00+08:00", "Asia/Singapore", "en-GB", recipient_timezone="Europe/London"),
    # 12: Perth travel agent to Singapore; the same clock under different names, no zone needed.
    case("Hi Wei Jie,\n\nThanks for your interest in our Kimberley cruise. I can take you through the cabins on a "
         "call on Tuesday 8 September at 10am, and I'll email the brochure beforehand. The early-bird price holds "
         "until the end of the month.\n\nKind regards,\nTrish\nIndian Ocean Travel",
         "Hi, can we have a call about the Kimberley cruise? I'm in Singapore. Wei Jie",
         "2048-09-03T16:20:00+08:00", "Australia/Perth", "en-GB", recipient_timezone="Asia/Singapore"),
    # 13: Brisbane dance school to Sydney in June; the same clock, no zone needed.
    case("Hi Tash,\n\nThanks for asking about the online jazz class. The next one is on Saturday 13 June at 11am, and "
         "it runs for an hour. You'll need a clear space about two metres square.\n\nCheers,\nBianca\n"
         "New Farm Dance Studio",
         "Hi, I've moved to Sydney but want to keep doing the Saturday jazz class online. Tash",
         "2048-06-07T20:40:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 14: Calgary campervan hire; "noon" settles the time.
    case("Hi Derek,\n\nThanks for booking the Banff camper. Pick-up is Friday, August 14 from 2 p.m., and the camper "
         "is due back by noon on Friday, August 21. Bear spray is included in the kit.\n\nThanks,\nKristen\n"
         "Rocky Road Campers",
         "Hi, we want the camper for a week from the 14th. What are the pick-up and return times? Derek",
         "2048-08-11T05:55:00-06:00", "America/Edmonton", "en-US"),
    # 15: Edinburgh removals; a range with am and pm.
    case("Hi Euan,\n\nThanks for confirming your move from Leith to Portobello. Our team will arrive between 8am and "
         "1pm on Tuesday 1 September, and we'll ring you half an hour before. The total is £780, payable on the "
         "day.\n\nBest regards,\nMairi\nForth Removals",
         "Hi, the flat's ready from 1 September. Can you do that day? Euan",
         "2048-08-15T10:00:00+01:00", "Europe/London", "en-GB"),
    # 16: Johannesburg salon, written at 23:50 on New Year's Eve; a full date, no relative day.
    case("Hi Naledi,\n\nHappy new year from all of us! We're closed until Monday 4 January 2049, and I've booked your "
         "braids with Zanele for that day at 8am. The full install takes about six hours, so bring snacks.\n\n"
         "Love,\nPrecious\nMaboneng Hair Lounge",
         "Hi, can I book knotless braids for the first week of January? Naledi",
         "2048-12-31T23:50:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 17: Wellington music teacher; a time signature, a grade and an exam date.
    case("Hi Sione,\n\nGreat work on the waltz in your lesson. Keep the 3/4 time steady with the metronome at 92, and run "
         "the Grade 6 scales twice a day. Your exam is on Saturday 14 November at 10:30am at the Wellington "
         "exam centre.\n\nNgā mihi,\nKirsten\nAro Valley Music",
         "Hi Kirsten, what should I practise before the exam? And when is it again? Sione",
         "2048-10-31T17:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 18: Durban paintball; ages, calibres and counts, and a 24-hour time.
    case("Hi Yusuf,\n\nThanks for booking your son's party. 🎯 Players must be ages 12+, and each gets a .50 calibre "
         "low-impact marker with 200 rounds. Your game starts at 14:00 on Sunday 27 September, and the braai area "
         "is yours for an hour after.\n\nCheers,\nKyle\nUmhlanga Paintball",
         "Hi, can we book a paintball party for 12 boys on a Sunday afternoon this month? Yusuf",
         "2048-09-15T11:00:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 19: Dublin bookshop; an ISBN and an evening launch with pm.
    case("Hi Aoife,\n\nThanks for reserving the new Niamh Carrick novel. The ISBN is 978-0-571-39612-4, and we'll hold your "
         "copy until the launch. The reading is on Thursday 17 September at 7pm, and tickets are €5, redeemable "
         "against the book.\n\nAll the best,\nCormac\nLiffey Street Books",
         "Hi, can you hold a copy of the new Niamh Carrick for me? When's the launch? Aoife",
         "2048-09-10T13:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 20: Auckland pest control; counts, a warranty and a start time with am.
    case("Hi Rangi,\n\nThanks for booking the wasp nest removal and the general spray. Our technician will be there "
         "from 7:30am on Wednesday 21 October, and the treatment carries a 12-month warranty. We recommend a "
         "follow-up spray every 3 to 4 months.\n\nCheers,\nShane\nWaitākere Pest Control",
         "Kia ora, there's a wasp nest under the deck. Can you come out this month? Rangi",
         "2048-10-09T09:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 21: London travel agent to New York, in the weeks when the gap is four hours; both zones right.
    case("Hi Megan,\n\nThanks for your interest in our Cotswolds walking tour. I can go through the route with you on "
         "a call on Wednesday 25 March at 3pm GMT (11am EDT for you in New York). I'll send an invite with the "
         "dial-in details.\n\nKind regards,\nRupert\nBritish Byways Travel",
         "Hi, can we set up a call about the Cotswolds walk? I'm in New York. Megan",
         "2048-03-14T09:30:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 22: Auckland singing teacher to Sydney, in the week when the gap is three hours; both zones right.
    case("Hi Grace,\n\nYou're booked in! Your online lesson is on Thursday 1 October at 7pm NZDT, which is 4pm AEST "
         "for you in Sydney. Have your backing track ready to share.\n\nNgā mihi,\nAroha\nWaitematā Voice Studio",
         "Kia ora, can I book one more lesson before the audition on the 3rd? Grace",
         "2048-09-29T08:00:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="Australia/Sydney"),
    # 23: Lagos movers; 24-hour times for a customer in Lagos.
    case("Good afternoon Mrs Adebayo,\n\nThank you for accepting our quotation. Our crew will pack and move your "
         "household on Saturday 14 March from 09:00 to 17:30, and the truck will have two porters. Please keep "
         "jewellery and documents with you on the day.\n\nYours faithfully,\nChidinma Okeke\nEko Swift Movers",
         "Good afternoon, we accept the quote. Can the move be on a Saturday? Funke Adebayo",
         "2048-03-04T12:00:00+01:00", "Africa/Lagos", "en-GB"),
    # 24: Minneapolis framer; frame sizes and opening hours with a.m. and p.m.
    case("Hi Kyle,\n\nThanks for ordering the 16 x 20 frames for your photo show. We'll cut the mats with a 1/8-inch "
         "reveal, and the order will be ready on Saturday, October 10. We're open that day from 10 a.m. to "
         "6 p.m.\n\nBest,\nIngrid\nNortheast Frame Works",
         "Hi, when will the frames be ready? I'd like to pick them up on a weekend. Kyle",
         "2048-10-04T12:00:00-05:00", "America/Chicago", "en-US"),
    # 25: Cork swim school; a weekly time range with am and pm from a dated Monday.
    case("Hi Siobhán,\n\nThanks for enrolling both girls for the autumn term. Their lessons are 4:15pm to 5pm every "
         "Monday from 7 September, in the small pool. The fee for the two of them is €160.\n\nKind regards,\n"
         "Declan\nDouglas Swim School",
         "Hi, can the girls do the autumn term? Mondays after school would suit us. Siobhán",
         "2048-08-30T21:10:00+01:00", "Europe/Dublin", "en-GB"),
    # 26: Kolkata travel agent; a flight number and a 24-hour departure time.
    case("Dear Mrs Mukherjee,\n\nThank you for booking the Andaman holiday. Your flight 6E 2175 departs Kolkata at "
         "06:10 on Saturday, 19 December, so please reach the airport by 04:30. The hotel vouchers are attached.\n\n"
         "Warm regards,\nRituparna Sen\nEastern Trails Travels",
         "Dear Madam, please confirm the flight time for our Andaman trip. Regards, Sharmila Mukherjee",
         "2048-12-01T22:30:00+05:30", "Asia/Kolkata", "en-GB"),
    # 27: Manila dance school; a month-first date with the day over 12.
    case("Hi Mrs. Santos,\n\nThank you for enrolling Bea in the Christmas recital. Her call time is Saturday, 12/19 at "
         "3:00 p.m., and the show starts at 5:00 p.m. at the school auditorium. Costumes are ₱1,500 and are due by "
         "the dress rehearsal.\n\nThank you po,\nTeacher Liza\nQuezon City Dance Arts",
         "Hello Teacher, what time should Bea be at the recital? Marites Santos",
         "2048-11-28T10:00:00+08:00", "Asia/Manila", "en-US"),
    # 28: Toronto board-game café; player counts, ages and play times, and a dated afternoon.
    case("Hi Priyanka,\n\nThanks for asking about the game night for your team. 🎲 We can reserve the back room on "
         "Sunday, March 22 from 1 p.m. to 5 p.m., with games for 2–6 players, ages 10+, and most play in 45–60 "
         "minutes. It's $12 per person, snacks included.\n\nCheers,\nMatt\nBloor Street Board Games",
         "Hi, can we book a games afternoon for 14 people on a Sunday in March? Priyanka",
         "2048-03-11T19:45:00-04:00", "America/Toronto", "en-US"),
    # 29: Nairobi car hire; a zone that is right for the customer in Nairobi.
    case("Hi Otieno,\n\nThank you for booking the safari van for the Amboseli trip. Your driver will pick you up on "
         "Friday 2 October from 7:00 am EAT at your hotel in Westlands. The balance of KSh 45,000 is due on "
         "pick-up.\n\nKind regards,\nBrian Otieno\nSavannah Car Hire",
         "Hello, please confirm the pick-up time for Amboseli. Otieno",
         "2048-09-25T08:30:00+03:00", "Africa/Nairobi", "en-GB"),
    # 30: Edinburgh jeweller, written late at night; a ring size, a carat and a dated range with am and pm.
    case("Hi Alasdair,\n\nThanks for your order of the 18ct gold wedding band in size N½. It will be ready for you to "
         "try on at our Rose Street shop on Saturday 5 December between 10am and 4pm. Any final resizing is free "
         "of charge.\n\nBest regards,\nKirsty\nRose Street Jewellers",
         "Hi, when can I come in and try the ring? Saturdays are easiest. Alasdair",
         "2048-11-25T23:15:00+00:00", "Europe/London", "en-GB"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
