"""The hand-written cases of Tactful's seventeenth held-out date/time set (built by build_datetime_holdout17.py).

Each case is a customer-service reply (``text``), the customer's email it answers (``thread``) and the
context the date/time checks read: ``now`` (ISO 8601 with the UTC offset the writer's zone had at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's zone
is known) and ``locale``. A flagged expression sits between ⟦ ⟧, and ``checks`` gives, in order, the
check each marked span is a case of. Negatives mark nothing.

Written blind (see README.md). Every weekday, past/future relation, UTC offset and conversion between
zones was worked out with Python's calendar, datetime and zoneinfo in throwaway scripts kept outside
the repository (in a dtset17/ folder under the system's temporary directory), never from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

AT, RD, WM, ID, PD, AN, MT, ZM = ("ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date",
                                  "past-date", "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Bristol dentist; a shift worker who can only do an early slot or one of the late Tuesday ones.
    case("Hi Marcus,\n\nThanks for your email, and sorry the filling is giving you trouble again. Dr Okafor can see "
         "you on Tuesday 11 March at ⟦7:45⟧ for a check and, if it's needed, a replacement filling. Please allow "
         "40 minutes, and bring a list of any medication you're taking.\n\nKind regards,\nPriya\nClifton Dental Practice",
         "Hello, the filling Dr Okafor did in January has cracked, I think. I'm on rotating shifts at the BRI so it "
         "would need to be an early one before I start or one of your late evening slots, which I know you run on "
         "Tuesdays. Thanks, Marcus",
         "2042-03-01T06:50:00+00:00", "Europe/London", "en-GB", [AT]),
    # 02: Perth driving school; the learner can do early mornings or evenings (she needs night hours anyway).
    case("Hi Jasmine,\n\nGreat to hear you've got your learner's permit sorted! 🚗 Your first lesson with Craig is "
         "booked for Thursday 19 June at ⟦6:30⟧, picking you up from your place in Joondalup. Lessons run for an hour "
         "and are $75, payable by card in the car.\n\nCheers,\nShannon\nSwan Coast Driving School",
         "Hi, I need to start lessons. I'm at uni all day so it'd have to be early before my 8am lectures, or in the "
         "evening, I also need night hours for my logbook anyway. Thanks! Jasmine",
         "2042-06-14T10:05:00+08:00", "Australia/Perth", "en-GB", [AT]),
    # 03: Toronto dog groomer; drop-off on the way to work or on the way home.
    case("Hi Dev,\n\nThanks for booking Biscuit in for a full groom! We have a spot on Wednesday, October 8, and you "
         "can drop him off at ⟦7:15⟧ on your way past. The full groom for a doodle his size is $95 plus tax, and "
         "we'll text you when he's ready.\n\nTalk soon,\nMarisol\nPawsome Grooming, Leslieville",
         "Hey, Biscuit needs a groom before Thanksgiving. I work downtown 9 to 5 so I can drop him early on my way "
         "in or after work, whichever's easier for you. Dev",
         "2042-10-03T16:40:00-04:00", "America/Toronto", "en-US", [AT]),
    # 04: Dublin language school; the customer is free before 10.30 in the morning or after 8.30 at night.
    case("Dear Aoife,\n\nThank you for your interest in our Italian conversation course. Your free trial class is on "
         "Monday 17 November at ⟦8:45⟧ in Room 3 of our Dame Street building, and it lasts 90 minutes. If you enjoy "
         "it, the ten-week course is €240 and you can enrol at reception or online.\n\nBest regards,\nLuca Bianchi\n"
         "Scuola Dublino",
         "Hi, I'd love to try an Italian class before my trip to Bologna. I work shifts in a hotel so I'm free either "
         "mornings before about 10.30 or late evenings, after 8.30 or so. Aoife",
         "2042-11-16T11:30:00+00:00", "Europe/Dublin", "en-GB", [AT]),
    # 05: Cape Town photographer; the couple want sunrise or sunset light and don't mind which.
    case("Hi Thandi and Luke,\n\nCongratulations again on the engagement! I've pencilled in your shoot for Saturday "
         "25 January at Camps Bay, and I'll meet you by the tidal pool at ⟦6:15⟧. The session is 90 minutes and "
         "R3,200, with about 60 edited images in your online gallery within two weeks.\n\nSpeak soon,\nNaledi\n"
         "Naledi Dube Photography",
         "Hi Naledi, we'd love golden light for our engagement photos, either sunrise or sunset, we honestly don't "
         "mind which as long as the beach is quiet. Saturday the 25th would be ideal. Thandi",
         "2042-01-19T20:10:00+02:00", "Africa/Johannesburg", "en-GB", [AT]),
    # 06: Singapore dry cleaner; "12pm", noon or midnight.
    case("Hi Mr Tan,\n\nThank you for dropping off your suits and the silk dress on Monday 11 August. The dress needs "
         "a specialist stain treatment, so everything will be ready for collection from ⟦12pm⟧ on Friday 15 August "
         "at our Tiong Bahru outlet. The total is S$68.50, payable on collection.\n\nRegards,\nMei Ling\n"
         "PressRight Dry Cleaners",
         "Hi, can I know when my items will be ready? I need the dark suit for a dinner on Friday night and the "
         "dress for Saturday. I can pass by any time. Thanks, Tan Wei Jie",
         "2042-08-14T09:40:00+08:00", "Asia/Singapore", "en-GB", [AT]),
    # 07: Manchester broadband; an offer that ends at "12:00 am" on a Sunday (the start or the end of it?).
    case("Hi Callum,\n\nThanks for getting back to us about the upgrade. The Full Fibre 900 offer at £32 a month is "
         "open until ⟦12:00 am⟧ on Sunday 31 August, so you'll need to confirm by then to lock in the price for 24 "
         "months. Once you do, an engineer visit will be booked within ten working days.\n\nBest,\nRia\n"
         "Northwire Broadband",
         "Hi, I'm interested in the 900 deal but I'm away until the weekend. When exactly does it end? Callum",
         "2042-08-29T03:15:00+01:00", "Europe/London", "en-GB", [AT]),
    # 08: Auckland boarding kennels; a collection window with no am/pm, for owners who could come at dawn or at night.
    case("Hi Hemi,\n\nKia ora, and thanks for checking in on the girls. Tui and Moana are settled and eating well 🐕 "
         "You can collect them on Sunday 2 March between ⟦7 and 9⟧, from the main office at the top of the drive. "
         "Please bring their leads, and we'll have their blankets washed and ready.\n\nNgā mihi,\nAroha\n"
         "Puhoi Valley Boarding Kennels",
         "Hi, just checking on the girls! Our flight from Rarotonga lands on Sunday at 5.40am so we could come "
         "straight from the airport, or we can come out in the evening if that suits better. Ngā mihi, Hemi",
         "2042-02-22T05:55:00+13:00", "Pacific/Auckland", "en-GB", [AT]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: London phone repairer, writing at 00:25 on a Saturday to a Friday-evening email that asked for "tomorrow".
    case("Hi Ellie,\n\nSorry for the late reply, it's been a long day at the bench! The replacement screen for your "
         "Pixel came in with the afternoon delivery and it's fitted and tested, so it'll be ready to collect "
         "⟦tomorrow⟧ after 11am from our Camden shop. The repair is £129 as quoted, and it comes with a 12-month "
         "warranty on the screen.\n\nThanks,\nOmar\nFixPoint Phone Repairs",
         "Hi, any news on my phone? Could I pick it up tomorrow? I'm free from late morning. Ellie",
         "2042-05-17T00:25:00+01:00", "Europe/London", "en-GB", [RD]),
    # 10: Vancouver yoga studio, on a Wednesday: "next Friday" is the 11th or the 18th.
    case("Hi Rachel,\n\nThanks for asking about the beginners' series. The next six-week series starts ⟦next Friday⟧ "
         "at 6:00 p.m., and classes are 75 minutes in Studio B. The series is $150, and mats and blocks are "
         "provided, so you just need to bring water.\n\nNamaste,\nKiran\nKitsilano Yoga Collective",
         "Hi, when does your next beginners' series start? I've never done yoga before. Rachel",
         "2042-04-09T12:30:00-07:00", "America/Vancouver", "en-US", [RD]),
    # 11: Sydney auction house on a Monday morning to a bidder in Los Angeles, where it is still Sunday.
    case("Dear Mr Alvarez,\n\nThank you for registering to bid online. Lot 214, the pair of Georgian silver "
         "candlesticks, is estimated at A$4,000–6,000, and online bidding on it closes at 7pm AEST ⟦today⟧. You'll "
         "receive an email confirmation if you're the winning bidder, and payment is due within five business days."
         "\n\nYours sincerely,\nHarriet Lowe\nLowe & Marsh Auctions, Paddington",
         "Hello, I've registered from Los Angeles for your silver and decorative arts sale. When does bidding close "
         "on lot 214? Regards, Daniel Alvarez",
         "2042-06-23T09:15:00+10:00", "Australia/Sydney", "en-GB", [RD], recipient_timezone="America/Los_Angeles"),
    # 12: Johannesburg day spa at 00:40 on a Thursday, answering a Wednesday email about "tomorrow evening".
    case("Hi Lerato,\n\nApologies for only getting back to you now, our booking system was down for most of the "
         "evening. We've had a cancellation, so we can fit you in for the hot stone massage ⟦tonight⟧ at 6:30pm, "
         "with use of the steam room beforehand. It's R850 for 60 minutes and you're welcome to arrive 30 minutes "
         "early.\n\nWarm regards,\nZanele\nIndigo Day Spa, Parkhurst",
         "Hi, is there any chance of a hot stone massage tomorrow evening? It's been a week. Lerato",
         "2042-09-18T00:40:00+02:00", "Africa/Johannesburg", "en-GB", [RD]),
    # 13: Leeds mobile valeting, texted on a Sunday: "next Monday" is the 8th or the 15th.
    case("Hi Steve,\n\nno worries, we can do the full interior valet + leather treatment ⟦next Monday⟧, van will come "
         "to ur office car park on Wellington St at 9:30am. takes about 3 hrs and it's £140, just need the keys when "
         "we get there 👍\n\nKieran\nShine On Valeting, Leeds",
         "Hi, the dog's made a right mess of the back seats. Could you do the car at work sometime this week or "
         "next? Steve",
         "2042-12-07T15:10:00+00:00", "Europe/London", "en-GB", [RD]),
    # 14: Honolulu translation agency late on a Tuesday to a client in Auckland, where it is already Wednesday.
    case("Hi Mere,\n\nThanks for sending the scans of your grandmother's Samoan birth and marriage certificates. Our "
         "certified translator has finished the first drafts, and we'll email you the signed translations ⟦tomorrow "
         "morning⟧. The fee is $120 for both documents, and we'll include an invoice with the files.\n\nMahalo,\n"
         "Keoni\nAloha Language Services",
         "Hi, I need these translated for the citizenship application and the deadline is close. When can you have "
         "them done? Mere, Auckland",
         "2042-07-15T17:00:00-10:00", "Pacific/Honolulu", "en-US", [RD], recipient_timezone="Pacific/Auckland"),
    # 15: Brisbane bowling alley on a Thursday: "next weekend" is 12-13 or 19-20 July.
    case("Hi Brooke,\n\nThanks for your enquiry about a party for Noah's 8th birthday! 🎳 We can hold two lanes for "
         "you ⟦next weekend⟧, with the party package of two games, hot chips, nuggets and a drink for each child. "
         "It's $24.50 per child for up to 16 kids, and the party room is yours for 90 minutes.\n\nCheers,\nJosh\n"
         "Strike Zone Bowl, Chermside",
         "Hi, my son turns 8 soon and we'd love a bowling party on a weekend afternoon. What do you have available? "
         "Brooke",
         "2042-07-10T12:00:00+10:00", "Australia/Brisbane", "en-GB", [RD]),
    # 16: Adelaide garden centre on a Sunday morning: "this Sunday" is today or the 23rd.
    case("Hi Gwen,\n\nLovely to hear from you again. Our next 'Grow Your Own Tomatoes' workshop is on ⟦this Sunday⟧ "
         "at 2pm in the glasshouse, and it runs for about 90 minutes. It's $35, which includes three seedlings and "
         "a bag of our own potting mix to take home.\n\nHappy gardening,\nRosa\nHills Garden Centre, Stirling",
         "Hi Rosa, are you running the tomato workshop again before Christmas? I'd love to come with my "
         "granddaughter. Gwen",
         "2042-11-16T09:30:00+10:30", "Australia/Adelaide", "en-GB", [RD]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Edinburgh auctioneers; the viewing day is a Thursday, not a Friday (the brother can only do a Friday).
    case("Dear Mrs Drummond,\n\nThank you for consigning your late father's clocks to our February sale. The "
         "catalogue goes online on Monday 3 February, and I've attached the condition reports our clock specialist "
         "prepared. Public viewing is on ⟦Friday 6 February⟧ from 10am to 4pm, and the sale itself is on Saturday "
         "8 February from 11am. We'll send you the results and a statement within a week of the sale, and payment "
         "follows 21 days after that.\n\nYours sincerely,\nAlasdair Munro\nMunro & Baird Auctioneers, Edinburgh",
         "Dear Mr Munro, could you let me know the viewing and sale dates? My brother would like to come up from "
         "York for the viewing, and he can only do a Friday. Regards, Fiona Drummond",
         "2042-01-31T15:45:00+00:00", "Europe/London", "en-GB", [WM]),
    # 18: Toronto dentist; May 13 is a Tuesday, and the boy can only come on Mondays.
    case("Hi Mr. Chen,\n\nThank you for your call about Ethan's braces check. We've booked him in with Dr. Patel on "
         "⟦Monday, May 13⟧ at 3:45 p.m., after school as you asked. Please arrive 10 minutes early so we can update "
         "his health history, and bring his retainer case.\n\nBest regards,\nLindsay\nBloor West Family Dental",
         "Hi, Ethan needs his 6-month braces check. Mondays after 3 are best because he has hockey the other days. "
         "Thanks, Wei Chen",
         "2042-05-08T10:20:00-04:00", "America/Toronto", "en-US", [WM]),
    # 19: Singapore language school; 5 October is a Sunday, and the learner works Sundays.
    case("Hi Farah,\n\nThank you for registering for our Japanese Level 1 weekend class. The course starts on "
         "⟦Saturday 5 October⟧ and runs for 12 weeks, from 10am to noon each session, at our Bugis centre. Please "
         "bring your NRIC on the first day so we can process your SkillsFuture claim.\n\nBest regards,\nKenji\n"
         "Sakura Language Studio",
         "Hi, is the Saturday Japanese class still open? I work Sundays so it has to be Saturday. Farah",
         "2042-09-21T22:15:00+08:00", "Asia/Singapore", "en-GB", [WM]),
    # 20: Hobart kennels; the second date of a stay is a Monday, and the owners are back on Sunday 28 December.
    case("Hi Pete and Sam,\n\nThanks for booking Juno and Pip in for Christmas 🐾 I've got them down for drop-off on "
         "Friday 19 December and collection on ⟦Sunday 29 December⟧, in a shared double run as usual. The total is "
         "$588 for the ten nights, and we'll need their vaccination certificates before they arrive.\n\nCheers,\nBec"
         "\nKingston Boarding Kennels",
         "Hi Bec, can we book the dogs in from the 19th of December? We're back on the Sunday after Christmas. Pete",
         "2042-10-18T04:50:00+11:00", "Australia/Hobart", "en-GB", [WM]),
    # 21: Dublin coach tours; 17/07 is a Thursday, and the group asked for the Wednesday tour.
    case("Hi Brendan,\n\nThanks a million for booking the Cliffs of Moher day tour for your group of six. I've put "
         "you on the departure from Westland Row at 7:15am on ⟦Wed 17/07⟧, back in Dublin around 7:30pm. The balance "
         "of €234 is due a week before you travel, and you'll get your e-tickets by email.\n\nSlán,\nOrla\n"
         "Emerald Isle Coaches",
         "Hi, we're six from Kerry up in Dublin for a few days in July and we'd like the Wednesday tour in the middle "
         "of the month, it's our only free day. Brendan",
         "2042-07-02T08:45:00+01:00", "Europe/Dublin", "en-GB", [WM]),
    # 22: Austin photographer; September 21 is a Sunday, and the family asked for a Saturday evening.
    case("Hi Megan,\n\nThanks so much for choosing me for Lily's senior portraits! I've got you down for ⟦Saturday, "
         "September 21⟧ at Zilker Park, starting at 6:45 p.m. so we catch the last of the good light. The session is "
         "$350 and includes 40 edited images, and I'll send a short guide on outfits with your invoice.\n\nBest,\n"
         "Carmen\nCarmen Reyes Photography",
         "Hi Carmen, we'd love a Saturday evening session in September for Lily's senior pictures. Megan",
         "2042-08-15T02:30:00-05:00", "America/Chicago", "en-US", [WM]),
    # 23: Wellington ferry; 14 August is a Thursday, with the weekday in brackets (he asked for Tuesday the 12th).
    case("Hi Tom,\n\nThanks for booking with us. You're confirmed on the 8:45am sailing from Wellington to Picton on "
         "⟦14 August (Tuesday)⟧, with your car and two passengers. Check-in closes 60 minutes before departure, and "
         "the crossing takes about three and a half hours.\n\nNgā mihi,\nAroha\nStrait Crossing Ferries",
         "Kia ora, I'd like to take the car across on Tuesday the 12th of August, morning sailing please. Tom",
         "2042-08-03T16:20:00+12:00", "Pacific/Auckland", "en-GB", [WM]),
    # 24: Chicago candle maker; January 2, 2043 is a Friday.
    case("Hi Jordan,\n\nThanks for your order of the winter spice gift set 🎁 We've closed the workshop for the "
         "holidays, so your order will ship on ⟦Thursday, January 2, 2043⟧ and should arrive within three to five "
         "business days. We've added a free sample of our new cedar candle as a thank-you for waiting.\n\nWarmly,\n"
         "Abby\nLakeshore Candle Co.",
         "Hi, I ordered the gift set over the weekend and was hoping it might still arrive before New Year's. When "
         "will it ship? Jordan",
         "2042-12-22T14:30:00-06:00", "America/Chicago", "en-US", [WM]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Cork marina; 2042 is not a leap year.
    case("Dear Mr Kearney,\n\nThank you for renewing your berth at Crosshaven. Your winter berthing agreement runs "
         "until ⟦29 February 2042⟧, after which your summer berth on pontoon C is confirmed from 1 March. Your "
         "invoice for €1,860 is attached, and we'd be grateful for payment within 14 days.\n\nKind regards,\n"
         "Siobhán\nCrosshaven Harbour Marina",
         "Hi, when does my winter berth end? I want to have the boat lifted and antifouled before it moves to the "
         "summer berth. Declan Kearney",
         "2042-02-08T22:40:00+00:00", "Europe/Dublin", "en-GB", [ID]),
    # 26: Christchurch tree surgeons; September has 30 days.
    case("Hi Anna,\n\nThanks for sending the photos of the macrocarpa 🌲 We've applied for the council consent, "
         "which usually takes about three weeks, so we've pencilled in the felling for ⟦31 September⟧, the last "
         "working day of the month. Our quote of $2,450 includes removing all the wood and grinding the stump.\n\n"
         "Cheers,\nMatiu\nCanterbury Tree Care",
         "Hi, we need the big macrocarpa down before our building work starts in October. Anna",
         "2042-09-06T06:20:00+12:00", "Pacific/Auckland", "en-GB", [ID]),
    # 27: Denver caterer; June has 30 days (the customer asked for the last day of June, a Monday).
    case("Hi Ashley,\n\nThank you for choosing us for your company's summer picnic. We have you confirmed for the "
         "barbecue buffet for 85 guests on ⟦June 31⟧ at Washington Park, with setup starting at 10 a.m. and lunch "
         "served at noon. A 50% deposit of $2,125 is due to hold the date, and final numbers are due a week before "
         "the event.\n\nBest,\nTyler\nMile High BBQ Catering",
         "Hi, we'd like to book catering for our summer picnic on the last day of June, it's a Monday. Ashley",
         "2042-06-03T15:15:00-06:00", "America/Denver", "en-US", [ID]),
    # 28: London milliner; April has 30 days.
    case("Hi Georgina,\n\nThank you for your order. Your navy fascinator with the silk rose is being made by hand, "
         "and it will be ready to collect from our Marylebone studio on ⟦31/04/2042⟧. The balance of £165 can be "
         "paid on collection, and we'll pack it in a hatbox for travelling.\n\nWarm wishes,\nClementine\n"
         "Clementine Hart Millinery",
         "Hi, I need the fascinator for a wedding on Saturday 3 May. Could it be ready before the end of April? "
         "Georgina",
         "2042-04-06T01:45:00+01:00", "Europe/London", "en-GB", [ID]),
    # 29: Houston trophy engravers; November has 30 days.
    case("Hi Coach Ramirez,\n\nThanks for the roster and the logo file. We'll have all 22 medals and the team "
         "trophy engraved and ready for pickup on ⟦November 31st⟧, well ahead of your banquet. The total is $486.40, "
         "and we'll email you a proof of the engraving before we start.\n\nThanks,\nDale\nBayou City Trophies",
         "Hi, our end-of-season banquet is December 6. Can the trophies be ready by the end of November? Coach "
         "Ramirez",
         "2042-11-02T09:10:00-06:00", "America/Chicago", "en-US", [ID]),
    # 30: Kolkata tuition centre; February 2043 has 28 days.
    case("Dear Mrs Banerjee,\n\nThank you for enrolling Arjun in our board-exam revision programme. The crash course "
         "for physics and maths runs from 5 January to ⟦30 February 2043⟧, three evenings a week from 6pm to 8pm at "
         "our Salt Lake centre. Mock tests are held every second Sunday, and the answer scripts are returned with "
         "comments within a week. The fee of ₹18,000 can be paid in two instalments, the first before classes "
         "begin.\n\nRegards,\nSubhajit Ghosh\nPathfinder Tutorials",
         "Respected Sir, Arjun's board exams begin in the first week of March. Please tell me the dates of the "
         "crash course. Regards, Sumana Banerjee",
         "2042-12-30T18:20:00+05:30", "Asia/Kolkata", "en-GB", [ID]),
    # 31: Nairobi fibre provider; April has 30 days.
    case("Dear Mr Otieno,\n\nThank you for choosing us for fibre at your new flat in Kilimani. Our technician will "
         "install the router on the ⟦31st of April⟧, between 9am and 1pm, so you'll be connected before you start "
         "working from home. The installation is free, and your 100 Mbps plan is KSh 4,100 a month.\n\n"
         "Kind regards,\nWanjiru\nSafariLink Fibre",
         "Hello, I move into the flat at the end of April and need internet for work from 1st May. Regards, "
         "Brian Otieno",
         "2042-04-14T11:00:00+03:00", "Africa/Nairobi", "en-GB", [ID]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Melbourne laptop repairer, on Thursday 6 March, promising Tuesday 4 March.
    case("Hi Declan,\n\nThanks for your patience with the MacBook. The new logic board came in and our technician "
         "is fitting it now, so your laptop will be ready to collect on ⟦Tuesday 4 March⟧ from our Fitzroy store. "
         "The repair is $890, and we've kept all your files exactly where they were.\n\nCheers,\nMinh\n"
         "ByteFix, Fitzroy",
         "Hi, any update on my laptop? I really need it for uni. Declan",
         "2042-03-06T11:25:00+11:00", "Australia/Melbourne", "en-GB", [PD]),
    # 33: Manchester driving school in January 2043, giving last year's year.
    case("Hi Sophie,\n\nHappy new year, and well done on passing your theory test! Your block of ten lessons with "
         "Gary starts on ⟦12 January 2042⟧, and after that he'll see you every Monday at 4:30pm. Your practical test "
         "is booked at the Cheetham Hill centre, and we'll go over the route with you in the last two lessons.\n\n"
         "Best wishes,\nDawn\nRed Rose Driving School",
         "Hi, I passed my theory! When can I start my lessons? Sophie",
         "2043-01-07T10:40:00+00:00", "Europe/London", "en-GB", [PD]),
    # 34: Chicago dry cleaner on Monday, June 23, promising June 20.
    case("Hi Mrs. Novak,\n\nThank you for your patience. Your wedding gown has been cleaned, and our seamstress is "
         "finishing the preservation box, so it will be ready for pickup on ⟦June 20⟧ at our Lincoln Square "
         "location. The cleaning and preservation come to $310, and your receipt is attached.\n\nBest,\nGloria\n"
         "Lincoln Square Cleaners",
         "Hi, I dropped off my gown for preservation in May. Is it ready yet? Thanks, Karen Novak",
         "2042-06-22T21:35:00-05:00", "America/Chicago", "en-US", [PD]),
    # 35: Brisbane cattery at 00:15 on Sunday 15 June, promising Saturday 14 June.
    case("Hi Kate,\n\nSorry for the late reply, we've had a full house all weekend. Mittens is settled in the sunny "
         "suite and eating well, and our vet will check her stitches on ⟦Saturday 14 June⟧ as you asked. Your stay "
         "is $35 a night, and we'll send a photo update every day until you're back.\n\nKind regards,\nJodie\n"
         "Whiskers Cat Resort, Samford",
         "Hi, can the vet check Mittens' stitches on Saturday while we're away? Kate",
         "2042-06-15T00:15:00+10:00", "Australia/Brisbane", "en-GB", [PD]),
    # 36: Johannesburg landscapers on 20 March; 03/02/2042 is gone whichever way it is read.
    case("Hi Sipho,\n\nThanks for approving the quote for the new front garden. Our team will lay the instant lawn "
         "and plant the indigenous beds on ⟦03/02/2042⟧, weather permitting, and the irrigation will be fitted the "
         "same day. The total is R38,400, with a 40% deposit due before we start.\n\nRegards,\nAnnelie\n"
         "Highveld Gardens",
         "Hi, we're happy with the quote. When can you start? Sipho Ndlovu",
         "2042-03-20T08:10:00+02:00", "Africa/Johannesburg", "en-GB", [PD]),
    # 37: Hong Kong Pilates studio on Saturday 11 October, promising Wednesday 8 October.
    case("Hi Vivian,\n\nThank you for joining our reformer Pilates community! Your 10-class pack is active now, and "
         "your first private session with Jess will be on ⟦Wednesday, 8 October⟧ at 7:30pm, so she can set up the "
         "reformer for your back. The pack is valid for three months, and you can book the rest of your classes in "
         "the app.\n\nBest,\nCarrie\nCore Studio, Sheung Wan",
         "Hi, I just bought the 10-class pack. Can I do a private session first because of my back? Vivian",
         "2042-10-11T10:30:00+08:00", "Asia/Hong_Kong", "en-GB", [PD]),
    # 38: Portland arborists on Monday, March 31, promising Thursday, March 27.
    case("Hi Mr. Gallagher,\n\nThanks for signing the estimate for the two Douglas firs. Our crew will be at your "
         "property on ⟦Thursday, March 27⟧ at 8 a.m. to take down the larger fir and prune the second one. We'll "
         "haul away all the debris, and the stump grinding will follow within two weeks.\n\nThanks,\nRoss\n"
         "Rose City Arborists",
         "Hi, I signed the estimate. When will your crew be out? Patrick Gallagher",
         "2042-03-29T05:40:00-07:00", "America/Los_Angeles", "en-US", [PD]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London language school to a teacher in Brooklyn: 06/10 is 6 October here and June 10 there.
    case("Hi Jessica,\n\nThanks for your application to our intensive English teacher training course. We've "
         "reserved you a place on the four-week course starting ⟦06/10⟧ at our Bloomsbury centre, with classes from "
         "9:30am to 4:30pm, Monday to Friday. The course fee is £1,650, and we can help you find a homestay nearby."
         "\n\nBest wishes,\nRebecca\nBloomsbury Teacher Training",
         "Hi, I'm a teacher in Brooklyn hoping to do your course this year, any time from June onward. Jessica",
         "2042-02-17T13:25:00+00:00", "Europe/London", "en-GB", [AN], recipient_timezone="America/New_York"),
    # 40: Chicago auction gallery (month-first) to a buyer in Dublin: 11/10 is November 10 or 11 October.
    case("Hi Ciarán,\n\nCongratulations on winning lot 87, the Tiffany-style table lamp, in our September sale. Once "
         "your payment clears, our shippers will crate the lamp and send it to Dublin on ⟦11/10⟧, with delivery "
         "about ten days later. The hammer price plus premium comes to $2,760, and insured shipping is $415.\n\n"
         "Best regards,\nMaureen O'Brien\nLakeside Auction Gallery, Chicago",
         "Hi, delighted to have won the lamp! When will it be shipped to Dublin? Ciarán",
         "2042-09-09T10:00:00-05:00", "America/Chicago", "en-US", [AN], recipient_timezone="Europe/Dublin"),
    # 41: Manila online tutors (month-first) to a Sydney mother: 7/8/2042 is July 8 or 7 August.
    case("Hi Mrs. Nguyen,\n\nThank you for signing up Lily for our online English and essay-writing program. We "
         "have matched her again with Teacher Joy, who knows her reading level and the texts her school uses this "
         "year. Her new block of 20 sessions begins on ⟦7/8/2042⟧, and each session is 50 minutes over video call. "
         "The package is AUD 560, and we will send the login details and a reading list by email.\n\nWarm regards,\n"
         "Carla\nBrightPath Online Tutors, Manila",
         "Hi, I'd like to book the next block for Lily after her school holidays. Thanks, Linh Nguyen",
         "2042-05-21T15:40:00+08:00", "Asia/Manila", "en-US", [AN], recipient_timezone="Australia/Sydney"),
    # 42: Sydney charter boats to a group from Boston (known from the thread): 10/9 is 10 September or October 9.
    case("Hi Brad,\n\nThanks for getting in touch, we'd love to take your group out on the harbour 🐬 Your "
         "skippered half-day charter on the Sea Breeze is confirmed for ⟦10/9⟧, leaving Rose Bay at 10am and back "
         "by 2pm, Sydney time. The charter is $1,450 for up to 12 guests, including lunch and snorkel gear.\n\n"
         "Cheers,\nLiam\nRose Bay Marina Charters",
         "Hey, we're a group of 8 from Boston coming to Sydney this spring (your spring!) and we'd love a half-day "
         "boat trip. Brad",
         "2042-08-26T14:05:00+10:00", "Australia/Sydney", "en-GB", [AN]),
    # 43: Toronto coach tours (month-first) to a family from Norwich (known from the thread): October 12 or 10 December.
    case("Hi Mr. and Mrs. Whitfield,\n\nThank you for booking our Niagara Falls day trip for your family of four. "
         "Your tour departs from Union Station at 8:00 a.m. Toronto time on ⟦10/12⟧ and returns around 7:00 p.m., "
         "with lunch at the falls included. The total is $596, and your tickets will be emailed a week before you "
         "travel.\n\nBest regards,\nNadia\nMaple Leaf Coach Tours",
         "Hello, we're visiting Toronto from Norwich this autumn and would like to book the Niagara tour for the four "
         "of us. Regards, Simon Whitfield",
         "2042-10-01T09:15:00-04:00", "America/Toronto", "en-US", [AN]),
    # 44: Pune translators (day-first) to a customer in San Jose: 5 November or May 11.
    case("Dear Mr Kulkarni,\n\nThank you for sending the scans of your father's sale deed and will. Our certified "
         "Marathi-to-English translations will be couriered to your San Jose address, and they should reach you by "
         "⟦05-11-2042⟧. The fee is ₹14,500 including courier, and we will share the tracking number once "
         "dispatched.\n\nRegards,\nAnuradha Joshi\nShabd Translation Services, Pune",
         "Namaste, I need the translations for the county records office here in California, no rush as long as "
         "they're with me before year end. Regards, Rohit Kulkarni",
         "2042-04-23T16:30:00+05:30", "Asia/Kolkata", "en-GB", [AN], recipient_timezone="America/Los_Angeles"),
    # 45: Nairobi language centre (day-first) to a family just arrived from Houston (known from the thread): 8 September or August 9.
    case("Dear Mrs Whitaker,\n\nKaribu, and thank you for enrolling your family in our Swahili for Newcomers course. "
         "The evening group you asked for starts on ⟦8/9⟧ at our Westlands centre, and it meets twice a week for "
         "ten weeks. The fee is KSh 32,000 per person, and the course book is included.\n\nAsante,\nWambui\n"
         "Jambo Language Centre, Nairobi",
         "Hello, our family has just moved here from Houston with my husband's job and we'd like to learn some "
         "Swahili. Is there an evening course starting soon? Thanks, Lauren Whitaker",
         "2042-07-29T12:10:00+03:00", "Africa/Nairobi", "en-GB", [AN]),
    # 46: Honolulu marina (month-first) to a yacht crew from Sydney: November 12 or 11 December.
    case("Hi Greg and Helen,\n\nAloha, and thanks for reserving a transient slip for your yacht. We've got you on "
         "dock C from ⟦11/12⟧ for 30 nights, with shore power and water at the slip. The rate is $2.10 per foot per "
         "night, and the harbor office can help with your customs clearance when you arrive.\n\nMahalo,\nLeilani\n"
         "Makai Marina, Honolulu",
         "G'day, we're sailing Kinetic from Sydney via Fiji and expect to reach Honolulu sometime in November or "
         "December depending on the weather. Could we reserve a slip for a month? Greg",
         "2042-10-24T07:50:00-10:00", "Pacific/Honolulu", "en-US", [AN], recipient_timezone="Australia/Sydney"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 47: London translators to a paralegal in Manhattan, in the three weeks when the gap is four hours, not five.
    case("Dear Ms Delgado,\n\nThank you for sending the Spanish supply contracts. Our legal translator, Beatriz, has "
         "read through them and would like a short video call to go over the defined terms before she starts. She "
         "can do Thursday 20 March at ⟦5pm⟧, and the call should take about 20 minutes. The full translation of "
         "the three contracts will then take about eight working days, and our quote of £2,340 stands. I'll send a "
         "Teams link once you confirm.\n\nKind regards,\nHelen Price\nLingua Legal Translations, London",
         "Hi, I'm the paralegal handling this at our Manhattan office. Happy to jump on a call to clarify any terms. "
         "Best, Sofia Delgado",
         "2042-03-18T10:10:00+00:00", "Europe/London", "en-GB", [MT], recipient_timezone="America/New_York"),
    # 48: Auckland online te reo Māori class to a learner in Sydney, in the week when the gap is three hours, not two.
    case("Hi Jess,\n\nKia ora, and thanks for signing up for our online te reo Māori beginners' course. Your first "
         "class is on Thursday 2 October at ⟦10am⟧ on Zoom, and each class runs for an hour. The course is $220 for "
         "eight weeks, and the workbook will be posted to you in Sydney.\n\nNgā mihi,\nWiremu\nKōrero Online",
         "Kia ora! I'm in Sydney but my whānau is from Rotorua and I'd love to learn te reo online. Jess",
         "2042-09-28T14:00:00+13:00", "Pacific/Auckland", "en-GB", [MT], recipient_timezone="Australia/Sydney"),
    # 49: Singapore auction house to a telephone bidder in Kolkata (two and a half hours behind).
    case("Dear Mr Chatterjee,\n\nThank you for registering as a telephone bidder for our Modern Indian Art sale. "
         "Lot 52, the Jamini Roy gouache, is expected to come up at about ⟦3:30pm⟧ on Saturday 31 May, and our "
         "specialist Ms Lim will call you ten minutes beforehand. Please keep your line free, and note that a 20% "
         "buyer's premium applies.\n\nYours sincerely,\nRachel Lim\nStraits Fine Art Auctions",
         "Dear Madam, I would like to bid on lot 52 by telephone from Kolkata. Kindly advise the timing. Regards, "
         "Abhijit Chatterjee",
         "2042-05-26T11:45:00+08:00", "Asia/Singapore", "en-GB", [MT], recipient_timezone="Asia/Kolkata"),
    # 50: Toronto remote IT support to a customer in Vancouver (three hours behind).
    case("Hi Ms. Laurent,\n\nThanks for sending the error screenshots. Our technician, Amir, can connect to your "
         "laptop remotely on Friday, January 17 at ⟦1 p.m.⟧ to remove the malware and reinstall your accounting "
         "software. The remote session is $89, and you'll just need to be at the computer to let him in.\n\n"
         "Regards,\nTess\nNorthByte Remote IT, Toronto",
         "Hi, my laptop has been full of pop-ups for days. I'm in Vancouver, so a remote fix would be great. Julie "
         "Laurent",
         "2042-01-14T16:05:00-05:00", "America/Toronto", "en-US", [MT], recipient_timezone="America/Vancouver"),
    # 51: Johannesburg sworn translators to a customer who now lives in London (known only from the thread).
    case("Hi Mr Pretorius,\n\nThank you for sending your late aunt's will and the estate papers. Our sworn translator "
         "would like a quick call to confirm the spelling of the family names, and she can phone you on Monday "
         "8 December at ⟦4pm⟧. The sworn translation of all five documents will be R6,900, and we'll courier the "
         "originals back to you.\n\nKind regards,\nMarelize\nTaalbrug Translations, Johannesburg",
         "Good day, I live in London now but my aunt's estate is being wound up in Pretoria. I need the Afrikaans "
         "documents translated for the executor. Regards, Johan Pretorius",
         "2042-12-03T09:30:00+02:00", "Africa/Johannesburg", "en-GB", [MT]),
    # 52: Honolulu caterer to a customer in Los Angeles (three hours ahead in August).
    case("Hi Danielle,\n\nMahalo for choosing us for your family reunion lu'au in October! Chef Kainoa would love to "
         "go through the menu with you on a video call on Tuesday, August 12 at ⟦9 a.m.⟧, and he'll have the kalua "
         "pork and poke options ready to talk through. Our quote for 60 guests is $5,400, and a 30% deposit holds "
         "the date.\n\nAloha,\nKeala\nIsland Table Catering",
         "Hi! I'm organizing the reunion from here in LA. Could we set up a call to go over the menu? Danielle",
         "2042-08-07T14:20:00-10:00", "Pacific/Honolulu", "en-US", [MT], recipient_timezone="America/Los_Angeles"),
    # 53: Dubai Arabic institute to a learner in London (three hours behind in July).
    case("Dear Hannah,\n\nThank you for booking a placement test for our online Arabic course. Ustadha Mariam will "
         "test your speaking and reading on Wednesday 23 July at ⟦11am⟧ over Zoom, and it takes about 30 minutes. "
         "Once we know your level we'll suggest a class, and the first month's fee of AED 950 is payable only after "
         "that.\n\nBest regards,\nOmar\nAl Noor Arabic Institute, Dubai",
         "Hi, I'm in London and did a bit of Arabic at university. Could I do a level test online? Hannah",
         "2042-07-21T18:40:00+04:00", "Asia/Dubai", "en-GB", [MT], recipient_timezone="Europe/London"),
    # 54: Perth tutoring to a family who have moved to Melbourne (known only from the thread; three hours in January).
    case("Hi Olivia,\n\nThanks for your message about maths tutoring for Zac before Year 12 starts. Anjali can keep "
         "going with him online on Tuesdays, and the first session would be Tuesday 14 January at ⟦2:30pm⟧ over "
         "Google Meet. Sessions are 60 minutes at $70 each, and she'll send a short diagnostic quiz to do "
         "beforehand.\n\nCheers,\nBen\nWestside Tutoring, Perth",
         "Hi, we've just moved to Melbourne from Perth but Zac would love to keep working with Anjali online. Olivia",
         "2042-01-08T10:15:00+08:00", "Australia/Perth", "en-GB", [MT]),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 55: Brooklyn yoga in August: "EST", beside "3pm for you in London", which fits EDT (10am EST would be 4pm).
    case("Hi Chloe,\n\nSo glad you want to join our live-streamed vinyasa class! It runs every Saturday at 10am "
         "⟦EST⟧, which is 3pm for you in London, and your first class is Saturday, August 16. The drop-in rate is "
         "$18, or $120 for ten classes, and the Zoom link is in your confirmation email.\n\nNamaste,\nAlicia\n"
         "Hudson Flow Yoga, Brooklyn",
         "Hi, I'm in London and I'd love to join your online classes. What time are they for me? Chloe",
         "2042-08-13T10:00:00-04:00", "America/New_York", "en-US", [ZM], recipient_timezone="Europe/London"),
    # 56: Los Angeles test prep in July: "PST", beside "noon for you in New York", which fits PDT (9 a.m. PST would be 1 p.m.).
    case("Hi Mr. Harris,\n\nThanks for signing Maya up for SAT math prep. Her first online session with Coach Daniel "
         "is on Wednesday, July 9 at 9 a.m. ⟦PST⟧, which is noon for you in New York, and it runs for 90 minutes. "
         "The eight-session package is $720, and we'll send the practice test she should take beforehand.\n\nBest,\n"
         "Serena\nSunset Test Prep, Los Angeles",
         "Hi, Maya's around all summer in New York. When can she start? Greg Harris",
         "2042-07-03T16:25:00-07:00", "America/Los_Angeles", "en-US", [ZM], recipient_timezone="America/New_York"),
    # 57: Melbourne milliner in June: "AEDT", beside "8am for you in London", which fits AEST (5pm AEDT would be 7am).
    case("Hi Philippa,\n\nThank you for choosing us for your Melbourne Cup headpiece 🎩 I'd love to do a video "
         "consultation to see your outfit and talk through colours, and I can do Tuesday 17 June at 5pm ⟦AEDT⟧, "
         "which is 8am for you in London. The design fee is $180, which comes off the final price if you go ahead."
         "\n\nWarmly,\nIsabella\nIsabella Grace Millinery, Melbourne",
         "Hi, I'm coming over from London for the Cup in November and would love a bespoke piece. Could we talk by "
         "video first? Philippa",
         "2042-06-11T12:40:00+10:00", "Australia/Melbourne", "en-GB", [ZM], recipient_timezone="Europe/London"),
    # 58: Auckland marina in July: "NZDT", beside "7pm on Wednesday 23 July for you in Los Angeles", which fits NZST.
    case("Hi Mark,\n\nThanks for your enquiry about a berth for your catamaran over our summer season. Our berthing "
         "manager, Hine, can go through the options with you on a video call on Thursday 24 July at 2pm ⟦NZDT⟧, "
         "which is 7pm on Wednesday 23 July for you in Los Angeles. A 14-metre berth is $1,150 a month, including "
         "power and water.\n\nNgā mihi,\nTama\nWestpark Haven Marina, Auckland",
         "Hi, I'm planning to sail my cat down to NZ for your summer. Could we talk about a berth? I'm in LA. Mark",
         "2042-07-22T09:10:00+12:00", "Pacific/Auckland", "en-GB", [ZM], recipient_timezone="America/Los_Angeles"),
    # 59: London photographer in January/February: "BST", beside "9am for you in Toronto", which fits GMT (2pm BST would be 8am).
    case("Hi Priyanka,\n\nThanks for getting in touch about a family shoot while you're over for your brother's "
         "wedding. I'd love to have a quick video chat first, and I'm free on Monday 3 February at 2pm ⟦BST⟧, which "
         "is 9am for you in Toronto. My family sessions are £295 for an hour on location, with 50 edited images.\n\n"
         "Best wishes,\nHarriet\nHarriet Cole Photography, London",
         "Hi, we're visiting London from Toronto in April and would love a family photo session. Could we chat "
         "first? Priyanka",
         "2042-01-30T11:20:00+00:00", "Europe/London", "en-GB", [ZM], recipient_timezone="America/Toronto"),
    # 60: Phoenix data recovery in July: "MDT", though Arizona keeps MST, beside "also 10 a.m. for you in San Diego".
    case("Hi Victor,\n\nThanks for sending over the details of the data recovery job. Our technician can start the "
         "remote diagnostic on Thursday, July 31 at 10 a.m. ⟦MDT⟧, which is also 10 a.m. for you in San Diego, since "
         "Arizona doesn't change its clocks. The diagnostic is free, and if the drive is recoverable, the full "
         "recovery is $350.\n\nThanks,\nRuben\nDesert Data Recovery, Phoenix",
         "Hi, my external drive died and I live in San Diego. Can you do anything remotely first? Victor",
         "2042-07-28T15:50:00-07:00", "America/Phoenix", "en-US", [ZM], recipient_timezone="America/Los_Angeles"),
]

NEGATIVES = [
    # 01: Sydney dentist; a tooth number, a crack in mm and a price around a full, right date and time.
    case("Hi Grace,\n\nThanks for coming in for your check-up. Dr Nguyen would like to replace the old filling on "
         "tooth 36, which has a 2.5 mm crack, and we've booked you in for Thursday 4 December at 3:15pm 🦷 The fee "
         "is $289.50 after your health fund rebate, and the appointment will take about 45 minutes.\n\nKind regards,"
         "\nHolly\nBondi Junction Dental",
         "Hi, what's the next step with the filling Dr Nguyen mentioned? I can do afternoons. Grace",
         "2042-11-27T16:30:00+11:00", "Australia/Sydney", "en-GB"),
    # 02: Calgary driving school; a model year, a licence class and a price beside right dates.
    case("Hi Avery,\n\nThanks for booking your pre-test lesson. Your instructor, Jas, will pick you up from home at "
         "9:00 a.m. on Saturday, March 15, and the lesson runs until 11:00 a.m. so you can practice the Class 5 route "
         "in our 2039 Corolla. The lesson is $64.75 including GST, and your road test is booked for Monday, March 24 "
         "at 1:30 p.m. at the Westbrook registry.\n\nThanks,\nGurpreet\nFoothills Driving School",
         "Hey, can I get a lesson before my road test? Avery",
         "2042-03-11T19:20:00-06:00", "America/Edmonton", "en-US"),
    # 03: Glasgow dog groomer; 24-hour times, a weight and a clipper blade number.
    case("Hi Morag,\n\nThanks for booking Hamish in for his spring trim. We'll see him on Wednesday 30 April at "
         "10:00, and he'll be ready to collect at 14:30. Since he's put on a bit of weight (12.5 kg at his last "
         "visit!), we'll use the No. 7 blade on his back and leave his legs longer, as you asked. The full groom "
         "for a Westie is £48.\n\nCheers,\nKirsty\nThe Dug Parlour, Partick",
         "Hiya, Hamish needs a trim, he's like a wee sheep. Any midweek slot? Morag",
         "2042-04-26T09:05:00+01:00", "Europe/London", "en-GB"),
    # 04: Malta English school; 24-hour class times, a CEFR level and a right start date.
    case("Dear Lukas,\n\nThank you for enrolling on our General English course. Your course starts on Monday 7 July "
         "and runs for four weeks, with lessons every weekday from 09:00 to 12:30 at our St Julian's school. Your "
         "placement test puts you at level B2, so you'll join the upper-intermediate group with 20 lessons a week. "
         "The course fee is €1,180, and your homestay in Sliema is confirmed from Sunday 6 July.\n\nBest regards,\n"
         "Maria Camilleri\nSea View English School, St Julian's",
         "Hello, I am from Graz and I want to improve my English this summer. When does the course start? Best "
         "regards, Lukas Weber",
         "2042-06-19T17:45:00+02:00", "Europe/Malta", "en-GB"),
    # 05: Vancouver photographer; a full date with year, time and zone, with the Toronto time beside it, and camera settings.
    case("Hi Hannah,\n\nThanks for the lovely call about your parents' 40th anniversary. The family session is "
         "confirmed for Sunday, September 7, 2042, at 4:30 p.m. Pacific Time (7:30 p.m. Eastern for you in "
         "Toronto), at Spanish Banks. I'll shoot mostly at f/2.8 and 1/250 on the 24–70mm so the kids stay sharp, "
         "and the package is $1,200 with 80 edited images.\n\nBest,\nJun\nJun Park Photography",
         "Hi, I'm flying in from Toronto to surprise my parents. Can we confirm the date and time for the shoot? "
         "Hannah",
         "2042-08-29T10:30:00-07:00", "America/Vancouver", "en-US", recipient_timezone="America/Toronto"),
    # 06: Auckland dry cleaner; a fibre ratio and a multi-buy price.
    case("Hi Sione,\n\nThanks for dropping in your suits. The navy one is an 80/20 wool blend, so we'll dry clean it "
         "rather than wash it, and both will be ready after 3pm on Friday 21 March. Shirts are 2 for $25 at the "
         "moment, and we've added the two white ones you left as well.\n\nCheers,\nAnna\nPonsonby Dry Cleaners",
         "Kia ora, can I get my suits back before my cousin's wedding on Saturday 22 March? Sione",
         "2042-03-18T08:10:00+13:00", "Pacific/Auckland", "en-GB"),
    # 07: Belfast broadband; a speed, a router model and a window with am/pm on both ends.
    case("Hi Ciara,\n\nThanks for choosing our Full Fibre 900 plan, with download speeds of up to 900 Mbps. Your "
         "engineer will call between 8am and 1pm on Tuesday 9 September to fit the new HX-500 router, and the whole "
         "job takes about two hours. Your first bill of £27.99 will come a month after that, and there's nothing to "
         "pay upfront.\n\nThanks,\nConor\nLaganLink Broadband",
         "Hi, when will the engineer come? I'll need to take time off work. Ciara",
         "2042-09-05T18:15:00+01:00", "Europe/London", "en-GB"),
    # 08: Lagos phone repairer; battery percentages, a model name and a price in naira.
    case("Good afternoon Chinedu,\n\nThank you for bringing in your Galaxy S32. Our technician has confirmed the "
         "battery is at 71% health, and a genuine replacement will bring it back to 100%. Your phone will be ready "
         "for collection on Thursday 16 October from 11:00 am at our Ikeja shop, and the repair costs ₦45,000 with "
         "a 6-month warranty.\n\nRegards,\nTunde\nQuickFix Mobile, Ikeja",
         "Good day, please when will my phone be ready? Chinedu",
         "2042-10-13T13:45:00+01:00", "Africa/Lagos", "en-GB"),
    # 09: Cork yoga studio on a Friday afternoon: "tomorrow, Saturday 1 March".
    case("Hi Saoirse,\n\nThanks for the lovely message. Yes, there's still room in the beginners' workshop tomorrow, "
         "Saturday 1 March, from 10am to 12:30pm at the studio on Oliver Plunkett Street. It's €35, and mats, blocks "
         "and a pot of tea afterwards are all included.\n\nNamaste,\nÉabha\nLee Valley Yoga, Cork",
         "Hi, is the workshop on Saturday still on? Could I still book a place? Saoirse",
         "2042-02-28T15:20:00+00:00", "Europe/Dublin", "en-GB"),
    # 10: Toronto auction house; a watch's year and reference number, and a start time with both zones.
    case("Hi Gordon,\n\nThanks for registering to bid online. The 1967 Omega Speedmaster, reference 145.022, is lot "
         "136 in our Watches & Jewelry sale, which starts on Sunday, November 16 at 1 p.m. ET (10 a.m. PT for you in "
         "Vancouver). We expect lot 136 to come up about two hours in, and the estimate is $3,000 to $5,000 plus a "
         "25% buyer's premium.\n\nBest regards,\nEvelyn\nQueen Street Auctions, Toronto",
         "Hi, I'm in Vancouver and want to bid on the Speedmaster. What time does the sale start for me? Gordon",
         "2042-11-10T12:20:00-05:00", "America/Toronto", "en-US", recipient_timezone="America/Vancouver"),
    # 11: Kuala Lumpur day spa to a couple in Singapore: the same clock, so no zone is needed.
    case("Hi Mei,\n\nThank you for booking the couples' package for your anniversary. You're confirmed for Saturday "
         "13 December at 2pm, with a 90-minute Balinese massage followed by the flower bath, at our Bukit Bintang "
         "spa. The package is RM 760 for two, and since you're driving up from Singapore, parking at the hotel is "
         "free for spa guests.\n\nWarm regards,\nNurul\nLotus Day Spa, Kuala Lumpur",
         "Hi, we're driving up from Singapore for our anniversary weekend. Is Saturday afternoon free? Mei",
         "2042-12-07T20:30:00+08:00", "Asia/Kuala_Lumpur", "en-GB", recipient_timezone="Asia/Singapore"),
    # 12: Dublin valeting; an Irish registration plate that starts with a year code, a coating grade and a guarantee.
    case("Hi Paddy,\n\nThanks for booking the ceramic coating for your Octavia, reg 151-D-23817. We'll have her in "
         "on Saturday 20 December at 10:30am, and she'll be ready to collect at 4:30pm the same day. The 9H coating "
         "is €349 and it's guaranteed for 5 years, so she'll be gleaming for Christmas 🚘\n\nCheers,\nDarragh\n"
         "Gleam Team Valeting, Tallaght",
         "Howya, can you fit the car in before Christmas? Paddy",
         "2042-12-15T11:10:00+00:00", "Europe/Dublin", "en-GB"),
    # 13: Hong Kong interpreters to a London law firm; HKT, BST and UTC all stated and all right.
    case("Dear Ms Hughes,\n\nThank you for the signed engagement letter. Our Cantonese interpreter, Mr Leung, will "
         "join your video deposition on Friday 24 October at 4pm HKT, which is 9am BST in London (08:00 UTC), and "
         "has blocked out three hours for it. Our rate is HK$2,400 per hour, with a two-hour minimum, and we'll send "
         "the invoice after the session.\n\nYours sincerely,\nWinnie Chan\nHarbour Language Partners, Hong Kong",
         "Dear Ms Chan, please confirm the interpreter for the deposition and the timing for us in London. Regards, "
         "Alison Hughes",
         "2042-10-20T14:00:00+08:00", "Asia/Hong_Kong", "en-GB", recipient_timezone="Europe/London"),
    # 14: Houston bowling alley; a score, lane numbers, a right league date, and 5/9 (May 9, a Saturday) between
    #     a Houston writer and a league bowler from Pearland, who read it the same way.
    case("Hi Marcus,\n\nCongrats on the 279 game in the Christmas tournament, that's a new high for the Tuesday "
         "league! The spring season starts on Tuesday, January 20 at 6:30 p.m. on lanes 7 through 12, and each team "
         "bowls three games a night. League fees are $22.50 per bowler per week, shoe rental is included, and the "
         "end-of-season banquet is on Saturday, 5/9.\n\nThanks,\nDwayne\nBayou Bowl, Houston",
         "Hey, when does the spring league start? Same time as before? Marcus, from Pearland",
         "2043-01-09T17:05:00-06:00", "America/Chicago", "en-US"),
    # 15: Christchurch garden centre; a fertiliser ratio that looks like a clock, a hedge length and pot sizes.
    case("Hi Bridget,\n\nThanks for asking about the hedge. For a 2.4 m griselinia hedge you'll need about eight "
         "plants in 10-litre pots, and a general NPK 10:10:10 fertiliser in spring will keep them happy. We're "
         "holding a free planting demonstration on Saturday 18 October from 9am to 1pm, and the plants are $12.99 "
         "each for club members.\n\nKind regards,\nNgaire\nRiccarton Garden Centre",
         "Hi, how many plants do I need for a 2.4 m hedge? Bridget",
         "2042-10-14T15:40:00+13:00", "Pacific/Auckland", "en-GB"),
    # 16: Seattle tree service; a window from 8 a.m. to noon, a height and a diameter.
    case("Hi Ms. Okada,\n\nThanks for approving the estimate. Our crew will arrive on Thursday, April 24, between "
         "8 a.m. and noon, to remove the 60-foot cedar leaning over your garage. It's about 24 inches across at chest "
         "height, so we'll bring the crane truck, and the total of $1,875 includes chipping and hauling.\n\nBest,\n"
         "Cody\nEvergreen Tree Service, Seattle",
         "Hi, please let me know when you can take the cedar down. Naomi Okada",
         "2042-04-18T13:30:00-07:00", "America/Los_Angeles", "en-US"),
    # 17: Cape Town caterers; 24-hour service times, a staffing ratio, a total and 31/10 (a day over 12).
    case("Hi Ayesha,\n\nThank you for confirming your menu for the gala. We'll serve canapés from 18:30 and the "
         "three-course dinner at 19:30 on Saturday 8 November, with one waiter for every 12 guests. For 120 guests at "
         "R485 a head the total is R58,200, and the 50% deposit is due by Friday 31/10.\n\nKind regards,\nJaco\n"
         "Table Mountain Catering",
         "Hi Jaco, we're confirming the menu for the 8th. When is the deposit due? Ayesha",
         "2042-10-29T10:25:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 18: Halifax marina; ADT right for October, a boat length and a draft in feet and inches.
    case("Hi Doug,\n\nThanks for booking your winter haul-out with us. Your 38-foot sloop is scheduled for the travel "
         "lift on Saturday, October 18 at 9:30 a.m. ADT, and with a 6'2\" draft she'll go on the deep-water cradle. "
         "Winter storage is $42 per foot for the season, and the pressure wash is included.\n\nThanks,\nShelley\n"
         "Bedford Basin Marina",
         "Hi, can I book a haul-out for mid October? Doug",
         "2042-10-03T06:10:00-03:00", "America/Halifax", "en-US"),
    # 19: Inverness coach tours; a day of 24-hour times and a bus stance number.
    case("Hi Ruaridh,\n\nThanks for booking the Isle of Skye day tour. On Sunday 14 September the coach leaves "
         "Inverness bus station from stance 3 at 08:15, and we'll be in Portree by 12:40. The return leaves Portree at "
         "16:30 and gets back to Inverness at about 20:45, and your two tickets come to £69.\n\nAll the best,\n"
         "Eilidh\nHighland Trails Coaches",
         "Hi, what time does the Skye tour leave and get back on the Sunday? Ruaridh",
         "2042-09-10T21:35:00+01:00", "Europe/London", "en-GB"),
    # 20: Singapore tuition centre; school levels, chapter numbers and a paper number.
    case("Hi Mrs Lim,\n\nThank you for signing Ryan up for Sec 3 A-Math. Classes are every Wednesday from 4pm to "
         "5:30pm, starting on Wednesday 7 January 2043, and the first term covers Chapters 1 to 4.3 of the textbook. "
         "The fee is S$55 per lesson, billed monthly, and Ryan can bring his Paper 2 corrections from Sec 2 for the "
         "tutor to look at.\n\nBest regards,\nMr Tay\nPrime Maths Tuition, Bishan",
         "Hi, Ryan will be in Sec 3 next year, can he join the A-Math class? Mrs Lim",
         "2042-12-27T10:10:00+08:00", "Asia/Singapore", "en-GB"),
    # 21: Wellington candle maker; a jar weight, a wax ratio and a burn-time range.
    case("Hi Kate,\n\nThank you for your order of six Pōhutukawa candles for the shop 🌿 Each 200 g jar is a 3:1 blend "
         "of soy and coconut wax, with a burn time of about 45 to 50 hours. We pour fresh every week, so your order "
         "will be dispatched on Monday 2 June by overnight courier, and the wholesale total is $132 plus GST.\n\n"
         "Ngā mihi,\nRua\nHarbour Light Candles, Wellington",
         "Hi, when will my wholesale order be sent? Kate",
         "2042-05-29T19:10:00+12:00", "Pacific/Auckland", "en-GB"),
    # 22: Birmingham trophy engravers; a season, plate sizes, age groups and a cup-final score.
    case("Hi Dev,\n\nThanks for sending the list of winners for the 2041/42 season, and well done to the U12s on "
         "winning the cup final 3-1. We'll engrave the 18 x 25 mm plates for the U12 and U14 trophies, and they'll be "
         "ready to collect from 10am on Thursday 15 May. The engraving is £3.20 a plate, so £89.60 for all 28.\n\n"
         "Cheers,\nMick\nMidland Trophies & Engraving",
         "Hi Mick, can the trophies be ready for our presentation night on Saturday 17 May? Dev",
         "2042-05-09T12:15:00+01:00", "Europe/London", "en-GB"),
    # 23: Ottawa boarding; a past visit in the past tense and a certificate valid to 29 February 2044 (a leap year).
    case("Hi Sarah,\n\nThanks for booking Luna's stay with us again! We have her down from Friday, August 22 to Sunday, "
         "August 31, and since we last saw her on Friday, July 11, we already have her vaccine records on file. Her "
         "rabies certificate is valid until February 29, 2044, so there's nothing new to send, and the nine nights "
         "come to $405 plus HST.\n\nCheers,\nJen\nRideau Pet Resort, Ottawa",
         "Hi, can Luna come for a stay at the end of August? Do you need her shots again? Sarah",
         "2042-08-01T10:50:00-04:00", "America/Toronto", "en-US"),
    # 24: Honolulu spa at 23:40 on a Saturday, naming the full date rather than "Monday".
    case("Hi Kalani,\n\nSorry for the late reply, it's been a busy Valentine's weekend! I've booked your 80-minute "
         "lomilomi massage for Monday, February 17 at 10:00 a.m., and your sister's is at the same time in the next "
         "room. The treatment is $165 each, and please arrive 15 minutes early to enjoy the lanai.\n\nMahalo,\n"
         "Noelani\nHale Mālie Spa, Honolulu",
         "Aloha, could my sister and I book massages Monday morning? Kalani",
         "2042-02-15T23:40:00-10:00", "Pacific/Honolulu", "en-US"),
    # 25: Denver fiber; a short-form date with a window in MT, a router model, a speed and a monthly price.
    case("Hi Travis,\n\nThanks for upgrading to our 1 Gig fiber plan! Your technician will install the new AX-7800 "
         "Wi-Fi 7 router on Wed, June 11, 1 p.m.–5 p.m. MT, and the setup takes about an hour. Your price is "
         "$59.99/mo on a 24-month agreement, and the first bill will be prorated.\n\nThanks,\nKayla\n"
         "Front Range Fiber",
         "Hey, when's the install? Travis",
         "2042-06-06T09:25:00-06:00", "America/Denver", "en-US"),
    # 26: Pune translators; "7/12 extract" and "8A" are Maharashtra land-record names, not dates.
    case("Dear Mr Deshpande,\n\nThank you for sending the 7/12 extract and the 8A holding statement for the Mulshi "
         "land. Our certified English translations of both documents will be ready on Friday 14 March after 3 pm, "
         "and you may collect them from our Deccan office or we can courier them. The charge is ₹2,400 for the two "
         "documents, with ₹150 extra for courier.\n\nRegards,\nSnehal Patil\nShabd Translation Services, Pune",
         "Dear Madam, when will the translations of my land records be ready? Regards, Vinayak Deshpande",
         "2042-03-10T12:05:00+05:30", "Asia/Kolkata", "en-GB"),
    # 27: Darwin online Pilates to a client in Adelaide: the same clock in July, and the reply says so.
    case("Hi Tegan,\n\nThanks for joining our online mat Pilates program. Your first live class is on Tuesday 22 July "
         "at 6pm, and since Adelaide and Darwin are on the same time until October, it's 6pm for you too. Classes "
         "are 45 minutes, and your eight-week pass is $160.\n\nCheers,\nMaddie\nTop End Pilates, Darwin",
         "Hi, I'm in Adelaide, what time are the online classes for me? Tegan",
         "2042-07-17T07:30:00+09:30", "Australia/Darwin", "en-GB", recipient_timezone="Australia/Adelaide"),
    # 28: Durban valeting; "by 12 noon" and an am pick-up, on a right Friday.
    case("Hi Pravesh,\n\nThanks for booking the full valet for your bakkie before you sell it. We'll collect it from "
         "your office on Umhlanga Ridge at 8am on Friday 7 March and have it back to you by 12 noon, fully cleaned "
         "inside and out. The valet is R1,150, and the headlight restoration adds R350.\n\nRegards,\nSibusiso\n"
         "Coastline Car Care, Durban",
         "Hi, I need the bakkie spotless for Friday afternoon when the buyer comes. Pravesh",
         "2042-03-04T07:45:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 29: Accra dentist on New Year's Eve; full dates in the new year with the year and the weekday.
    case("Dear Mr Mensah,\n\nThank you for your patience over the holidays. Dr Asante has reviewed your X-rays and "
         "would like to start the root canal on Tuesday 6 January 2043 at 9:30am, which will be the first of two "
         "visits. The treatment is GH₵ 2,400 in total, and the clinic is closed on New Year's Day but open as normal "
         "from Friday 2 January.\n\nKind regards,\nAbena\nOsu Smile Dental Clinic",
         "Good afternoon, please when can I start the root canal treatment? Kwame Mensah",
         "2042-12-31T16:20:00+00:00", "Africa/Accra", "en-GB"),
    # 30: Brisbane auction house to a bidder in Sydney in January: AEST and AEDT both right, an hour apart.
    case("Hi Mr Kowalski,\n\nThanks for registering for our online Australiana sale on Saturday 18 January 2042. "
         "Bidding opens at 11:30am AEST, which is 12:30pm AEDT for you in Sydney, and lot 88, the pair of 1930s "
         "Wembley Ware vases, should come up within the first hour. The buyer's premium is 22.5%, and we can ship "
         "the vases to Sydney for $85.\n\nKind regards,\nBronwyn\nRiver City Auctions, Brisbane",
         "Hi, I'm in Sydney, what time does the sale start for me? Roman Kowalski",
         "2042-01-11T13:55:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
