"""The hand-written cases of Tactful's fifth held-out date/time set (built by build_datetime_holdout5.py).

Each case is a customer-service reply (``text``) with the customer's email it answers (``thread``)
and the context the date/time checks need: ``now`` (ISO 8601 with the writer's UTC offset at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's
zone is known) and ``locale``. Flagged expressions are wrapped in ⟦ ⟧, and ``checks`` names, in
order, which of the eight checks each marked span is a case of. Negatives mark nothing.

Written blind (see README.md): every weekday, past/future relation, UTC offset and time conversion
was computed with Python's calendar, datetime and zoneinfo, not from memory. The comment above each
case records what was computed for it.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: London vet; the customer can do early mornings or evenings and the practice runs both
    # surgeries. Thu 11 Jan 2029 is a Thursday; now is Tue 9 Jan (GMT).
    case("Hi Priya,\n\nThanks for getting in touch about Biscuit's booster. I've booked him in with Dr Okafor "
         "on Thursday 11 January at ⟦8:40⟧, and the appointment takes about 15 minutes. Please bring his "
         "vaccination card so we can stamp it.\n\nKind regards,\nMegan\nHollybank Veterinary Surgery",
         "Hi, Biscuit is due his booster. I'm on rotating shifts at the hospital, so some weeks I can only do "
         "early mornings and other weeks only evenings. I know you're open from 8 in the morning till 9 at "
         "night - could you fit him in on Thursday? Thanks, Priya",
         "2029-01-09T10:15:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Manchester driving school; the learner is free first thing or after 6 in the evening, and a
    # two-hour lesson fits either. Sat 17 Feb 2029 is a Saturday; now is Wed 14 Feb (GMT).
    case("Hi Connor,\n\nI've put you down for a two-hour lesson with Dave on Saturday 17 February at ⟦7:15⟧. "
         "He'll pick you up from home as usual, and you'll spend the second hour on roundabouts and the dual "
         "carriageway ahead of your test. The lesson is £68, payable on the day.\n\nThanks,\nSiobhan\n"
         "ClearRoute Driving School",
         "Hi, I'd like to book my next lesson for Saturday. I'm working a split shift that day so I'm free "
         "either first thing or after 6 in the evening. Cheers, Connor",
         "2029-02-14T18:30:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 03: Denver escape room; "12 am" on Friday 16 March (a Friday) is the start or the end of the day.
    # Now is Tue 13 Mar 2029, MDT (-06:00) since the US change on 11 March.
    case("Hi Dana,\n\nThanks for thinking of us for your team outing! Groups of six or more get 15% off The "
         "Vault with the code VAULT15 🔐, which is valid for bookings made before ⟦12 am⟧ on Friday, March 16. "
         "The room holds up to 8 players, so your whole team can play together.\n\nSee you soon,\nMarco\n"
         "Lockstep Escape Rooms",
         "Hi there, we're a group of 8 coworkers wanting to book The Vault for a team outing. Is there any "
         "discount for groups? Thanks, Dana",
         "2029-03-13T15:40:00-06:00", "America/Denver", "en-US", ["ambiguous-time"]),
    # 04: Nashville recording studio; the band asked for a morning or a late-night session, and a
    # ten-hour block from 10:30 works either way. Sat 14 Apr and Mon 9 Apr 2029 are right.
    case("Hey Jesse,\n\nGreat to hear from you again. I've held Studio B for you on Saturday, April 14 from "
         "⟦10:30⟧ for a ten-hour block, with Ray engineering. The day rate is $650, and we'll need a $200 "
         "deposit by Monday, April 9 to confirm.\n\nCheers,\nLeah\nSouthside Sound Studio",
         "Hey, we'd like to book Studio B for a full day to track drums for our EP. Our drummer works nights "
         "so we're flexible - a morning start or a late-night session both work. Jesse",
         "2029-04-04T11:20:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 05: Windermere boat hire; "12pm" as a return deadline. Sun 27 May 2029 is a Sunday.
    case("Hi Gareth,\n\nThanks for booking the six-seater motorboat with us for Sunday 27 May. You can collect "
         "it from the Bowness jetty from 8am, and it needs to be back at the jetty by ⟦12pm⟧. Life jackets "
         "are included, and the fuel deposit is £40.\n\nBest wishes,\nAnna\nLakeside Boat Hire",
         "Hi, we've booked the six-seater motorboat for Sunday 27 May. What time do we need to bring it "
         "back? Ta, Gareth",
         "2029-05-19T09:10:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 06: Sydney pharmacy open 7am to 11pm; the customer wants first thing or the evening.
    # Thu 7 Jun 2029 is a Thursday; now is Tue 5 Jun (AEST).
    case("Hi Mei,\n\nThanks for your message. I've booked your flu vaccination for Thursday 7 June at ⟦8:15⟧ "
         "with our pharmacist, Tom. The vaccine costs $22.95, and the whole visit takes about ten minutes."
         "\n\nKind regards,\nRuth\nHarbourside Pharmacy",
         "Hi, can I book a flu jab for Thursday? I work 9 to 5 so first thing or in the evening would be "
         "best - I know you're open 7 till 11. Thanks, Mei",
         "2029-06-05T13:00:00+10:00", "Australia/Sydney", "en-GB", ["ambiguous-time"]),
    # 07: Singapore language school; the student can come before work or after 7 in the evening.
    # Mon 4 Jun 2029 is a Monday.
    case("Dear Wei Ling,\n\nThank you for your interest in our intermediate Japanese course. Your placement "
         "test is booked for Monday 4 June at ⟦8:30⟧ at our Bugis centre, and it takes around 40 minutes. "
         "Please bring your NRIC or passport to reception.\n\nBest regards,\nDaniel\nLingua Point Language School",
         "Hello, I'd like to join your intermediate Japanese course. I work in the CBD, so I can come before "
         "work or after 7 in the evening. When can I do the placement test? Regards, Wei Ling",
         "2029-05-28T16:45:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-time"]),
    # 08: Toronto IT support; the client wants the work outside office hours, any time on Saturday.
    # Sat 30 Jun 2029 is a Saturday.
    case("Hi Raj,\n\nThanks for confirming the scope. We'll start the file server migration on Saturday, "
         "June 30 at ⟦11:30⟧, and it should take about four hours. Please make sure nobody is logged in to "
         "the server during that window.\n\nBest,\nKevin\nNorthgate IT Services",
         "Hi, we need the file server migration done outside office hours. We're open 8 to 6 Monday to "
         "Friday, so any time on Saturday works. Thanks, Raj",
         "2029-06-27T10:05:00-04:00", "America/Toronto", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Leeds removals, 23:45 on Sunday 25 March 2029 (the UK clocks went forward that morning):
    # "tomorrow" read the next morning is Tuesday.
    case("Hi Laura,\n\nYes, we're all set for your move. Our crew of three will be with you ⟦tomorrow⟧ at 8am "
         "with the 7.5-tonne van, and we expect to finish unloading at the new house by mid-afternoon. Please "
         "make sure the parking bay outside is free.\n\nBest wishes,\nStuart\nAireborne Removals",
         "Hi, just checking you're still on for our move to Headingley. What time will the van arrive? "
         "Thanks, Laura",
         "2029-03-25T23:45:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 10: Portland bike shop, written on Tuesday 8 May 2029: "next Friday" is 11 or 18 May, both before
    # the race on the 20th.
    case("Hi Omar,\n\nYour Trek is in the stand now 🚲. The new rear derailleur has to come from our "
         "supplier, so it will be ready to pick up ⟦next Friday⟧, well ahead of your race. The total with "
         "parts and labor comes to $186.40.\n\nThanks,\nCasey\nRose City Cycles",
         "Hi, how's the service on my Trek going? I need it for a race on the 20th. Omar",
         "2029-05-08T14:00:00-07:00", "America/Los_Angeles", "en-US", ["relative-date"]),
    # 11: Singapore language school at 06:30 on Tue 10 July 2029 SGT, which is 23:30 on Monday 9 July in
    # London: the writer's "tomorrow" is Wednesday, the reader's Tuesday. 19:00 SGT on 11 July is 12:00 BST.
    case("Dear Harriet,\n\nThank you for your interest in our online Mandarin classes. Your free trial lesson "
         "is ⟦tomorrow⟧ at 7pm Singapore time, which is noon in London, and your teacher will be Ms Tan. The "
         "Zoom link will arrive by email an hour before the class.\n\nBest regards,\nJoanne\n"
         "Mandarin Bridge Academy",
         "Hi, I'd love to try one of your online Mandarin classes before signing up. I'm based in London. "
         "Thanks, Harriet",
         "2029-07-10T06:30:00+08:00", "Asia/Singapore", "en-GB", ["relative-date"],
         recipient_timezone="Europe/London"),
    # 12: Queenstown ski school, written on Saturday 14 July 2029: "next weekend" is this Sunday or the
    # weekend of 21-22 July.
    case("Hi Sam,\n\nThanks for getting in touch. I've booked a two-hour private lesson for both kids ⟦next "
         "weekend⟧ with Hamish, starting at 10am at the Coronet Peak ski school desk. A private lesson for two "
         "is $390 including lift passes.\n\nCheers,\nTessa\nSouthern Lakes Ski School",
         "Hi, could we book a private lesson for our two kids (7 and 9)? Weekends are best for us. Thanks, Sam",
         "2029-07-14T09:00:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"]),
    # 13: Melbourne IT support at 00:40 on Saturday 1 September 2029: "tonight" is Saturday night, or the
    # Friday night the writer is still up in.
    case("Hi Nicole,\n\nThanks for reporting the freezing tills. We'll push the update to all three tills "
         "⟦tonight⟧ after you close at 9pm, and it should take around 45 minutes. If anything looks wrong when "
         "you open, call our support line on 1300 555 014.\n\nCheers,\nBen\nTillSafe IT Support",
         "Hi, the till software keeps freezing at checkout. Can you update it when we're closed so we don't "
         "lose trading time? Thanks, Nicole (Fitzroy Deli)",
         "2029-09-01T00:40:00+10:00", "Australia/Melbourne", "en-GB", ["relative-date"]),
    # 14: Vancouver pharmacy at 01:20 on Wednesday 3 October 2029 (PDT): "tomorrow morning" is Wednesday
    # or Thursday morning.
    case("Hi Grace,\n\nWe've received the prescription from Dr. Lam and ordered the inhaler. It will be "
         "ready for pickup at our Main Street location ⟦tomorrow morning⟧, from 9 a.m. Please bring your "
         "son's CareCard when you come in.\n\nTake care,\nPaul\nMain Street Pharmacy",
         "Hi, my doctor sent over a new prescription for my son's inhaler. When can I pick it up? Thanks, Grace",
         "2029-10-03T01:20:00-07:00", "America/Vancouver", "en-US", ["relative-date"]),
    # 15: Auckland photographer at 10:00 on Monday 3 December 2029 NZDT, which is 13:00 on Sunday
    # 2 December in Los Angeles: "tomorrow" is Tuesday for the writer, Monday for the couple.
    case("Hi Kayla and Josh,\n\nIt was such a joy to photograph your wedding, and I'm thrilled with how the "
         "lake shots turned out 📸. Your full online gallery of 612 images will go live ⟦tomorrow⟧, and you'll "
         "get an email with the link and password. Prints can be ordered straight from the gallery.\n\n"
         "Arohanui,\nAroha\nAroha Kent Photography",
         "Hi Aroha, thanks again for shooting our wedding in Queenstown! We're back home in LA now - any idea "
         "when the gallery will be ready? Love, Kayla & Josh",
         "2029-12-03T10:00:00+13:00", "Pacific/Auckland", "en-GB", ["relative-date"],
         recipient_timezone="America/Los_Angeles"),
    # 16: Edinburgh optician, written on Friday 8 June 2029: "this Friday" is today or 15 June.
    case("Hi Moira,\n\nThanks for checking in. Your new varifocals are with the lab and should be back with "
         "us ⟦this Friday⟧, and we'll text you as soon as they arrive. The fitting takes about 20 minutes, and "
         "there's no need to book.\n\nKind regards,\nCallum\nStockbridge Opticians",
         "Hi, just wondering when my new varifocals will be ready? Thanks, Moira",
         "2029-06-08T16:00:00+01:00", "Europe/London", "en-GB", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Dublin vet; 14 March 2029 is a Wednesday, not a Thursday.
    case("Hi Aoife,\n\nWe do routine surgery on weekday mornings, and I've booked Luna in for ⟦Thursday 14 "
         "March⟧. Please drop her off between 8:00 and 8:30 am, and don't give her any food after 10 pm the "
         "night before. The procedure costs €245 including pain relief.\n\nKind regards,\nNiamh\n"
         "Rathmines Veterinary Clinic",
         "Hi, Luna needs to be spayed. Which days do you do surgery? Thanks, Aoife",
         "2029-03-05T09:30:00+00:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 18: Adelaide driving school; 3 September 2029 is a Monday, not a Tuesday (the test on Wednesday
    # 5 September is right).
    case("Hi Tyler,\n\nGood luck with the test! I've booked your pre-test lesson with Karen for ⟦Tuesday 3 "
         "September⟧ at 4:30pm, picking you up from school. The lesson is $75, and you can pay by card in "
         "the car.\n\nCheers,\nJo\nSouthside Driving School",
         "Hi, can I book my pre-test lesson for the week of my driving test? The test is on Wednesday "
         "5 September. Cheers, Tyler",
         "2029-08-22T12:10:00+09:30", "Australia/Adelaide", "en-GB", ["weekday-mismatch"]),
    # 19: Boston removals; June 24, 2029 is a Sunday, not a Saturday.
    case("Hi Mike,\n\nThanks for choosing us for your move. I've booked a two-person crew and our 26-foot "
         "truck for ⟦Sat., June 24⟧, starting at 8 a.m. at your Somerville address. The estimate is $1,140 for "
         "up to eight hours, and we'll send the paperwork by email.\n\nBest,\nTony\nBay State Movers",
         "Hi, we'd like to book your two-person crew for our move from Somerville to Quincy. Our lease ends "
         "June 30, so any weekend day before that. Thanks, Mike",
         "2029-04-17T11:00:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 20: Christchurch bike shop; 16/11/2029 is a Friday, not a Thursday (and before the 19th).
    case("Hi Jonah,\n\nNo worries, we can fit your e-bike in before your holiday. Please drop it off on ⟦Thu "
         "16/11/2029⟧ any time after 8am, and it'll be ready to collect the next day. A full e-bike service "
         "is $149, and we'll check the battery health too.\n\nCheers,\nMatt\nPort Hills Cycles",
         "Hi, can you fit my e-bike in for a service before I leave on holiday on the 19th? Thanks, Jonah",
         "2029-11-05T15:20:00+13:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 21: Singapore escape room; 2 October 2029 is a Tuesday (1 October, the birthday, is the Monday).
    case("Hi Nur,\n\nHappy early birthday to your friend! I've reserved the Haunted Shophouse room for 6 "
         "players on ⟦Monday, 2 October⟧ at 8pm, and the session lasts 60 minutes plus a 10-minute briefing. "
         "The total is S$168, payable at the counter.\n\nSee you then,\nHui Min\nLocked In SG",
         "Hi, I'd like to book the Haunted Shophouse room for 6 people for my friend's birthday on the first "
         "of October. Thanks, Nur",
         "2029-09-20T14:00:00+08:00", "Asia/Singapore", "en-GB", ["weekday-mismatch"]),
    # 22: London recording studio; 29 December 2029 is a Saturday, not a Friday.
    case("Hi Femi,\n\nWe're open between Christmas and New Year, so that's no problem. I've booked the "
         "podcast room for you on ⟦Friday 29 December⟧ from 2pm to 5pm, with Lucy engineering. The rate is £45 "
         "an hour, and the edit is included.\n\nBest,\nOllie\nCanal Side Studios",
         "Hi, can we book your podcast room for our end-of-year episode? Any day between Christmas and New "
         "Year. Thanks, Femi",
         "2029-12-11T10:30:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 23: Calgary photographer; August 11, 2029 is a Saturday, not a Sunday.
    case("Hi Brittany,\n\nThanks so much for reaching out! I've booked you for a one-hour family session at "
         "Fish Creek Park on ⟦Sunday, August 11⟧ at 7 p.m., when the light is soft. The session fee is $325 "
         "and includes 30 edited images.\n\nTalk soon,\nJordan\nJordan Reyes Photography",
         "Hi! Could we book a family session in August? Weekends only please. Brittany",
         "2029-07-30T19:45:00-06:00", "America/Edmonton", "en-US", ["weekday-mismatch"]),
    # 24: Los Angeles recording studio; 2/14/2029 is a Wednesday, not a Tuesday; and "10 to 1" is three
    # hours either as 10 a.m.-1 p.m. or 10 p.m.-1 a.m. (the studio books late sessions).
    case("Hi Tasha,\n\nHappy to help with your voiceover. Vocal Booth 2 is yours on ⟦Tues 2/14⟧ from ⟦10 to "
         "1⟧, and Marcus will engineer. The rate is $85 an hour, and you'll get the WAV files the same day."
         "\n\nThanks,\nDee\nSunset Tracks Studio",
         "Hi, I need a vocal booth for 3 hours to record a voiceover for a Valentine's ad. Sometime in the "
         "first half of February? I can do days or late nights. Thanks, Tasha",
         "2029-01-31T16:00:00-08:00", "America/Los_Angeles", "en-US", ["weekday-mismatch", "ambiguous-time"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Bristol pharmacy; 2029 is not a leap year.
    case("Hi Derek,\n\nThanks for your message. We've requested your repeat prescription from the surgery, "
         "and it will be ready to collect from ⟦29 February 2029⟧. We're open until 6:30pm on weekdays and "
         "until 5pm on Saturdays.\n\nKind regards,\nJoanne\nClifton Pharmacy",
         "Hi, my repeat prescription for Ramipril is running low. When can I collect the next lot? "
         "Thanks, Derek",
         "2029-02-20T11:15:00+00:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: Houston IT support; April has 30 days.
    case("Hi Carla,\n\nYour Microsoft 365 Business Standard subscription covers 24 seats and renews "
         "automatically on ⟦2029-04-31⟧. The annual cost will be $3,600, billed to the card on file. Let me "
         "know before then if you'd like to add or remove seats.\n\nBest regards,\nAndre\nBayou Tech Support",
         "Hi, our Microsoft 365 licenses renew soon. Can you confirm the date and how many seats we're paying "
         "for? Thanks, Carla",
         "2029-04-12T09:00:00-05:00", "America/Chicago", "en-US", ["impossible-date"]),
    # 27: Thredbo ski school; June has 30 days. Saturday 9 June 2029 is right.
    case("Hi Liam,\n\nThanks for your interest in our kids' ski school ❄️. This season's program starts on "
         "Saturday 9 June, and early-bird bookings close on ⟦31 June⟧. Each full day runs from 9:30am to "
         "3:30pm and includes lunch and lift access.\n\nCheers,\nBec\nThredbo Snowsports School",
         "Hi, when does your kids' ski school program start this season? Thanks, Liam",
         "2029-05-14T10:00:00+10:00", "Australia/Sydney", "en-GB", ["impossible-date"]),
    # 28: Ottawa bike shop; September has 30 days.
    case("Hi Luc,\n\nYes, the 20% discount on winter storage is still on! It applies to any bike dropped off "
         "by ⟦September 31st⟧, and storage includes a full tune-up before you pick it up in the spring. "
         "Storage for one bike is $120 after the discount.\n\nThanks,\nMarie\nRideau Bike Works",
         "Hi, is the 20% off on winter storage still on? I want to drop off my road bike. Luc",
         "2029-09-10T13:30:00-04:00", "America/Toronto", "en-US", ["impossible-date"]),
    # 29: Singapore courier depot; November has 30 days.
    case("Dear Arjun,\n\nSorry for the wait. Your parcel SGX4481907 is at our Jurong East depot, and we'll "
         "hold it for you until ⟦31/11/2029⟧. You can book a redelivery on our website or collect it in person "
         "with your IC between 9am and 8pm daily.\n\nRegards,\nSiti\nSwiftLink Couriers",
         "Hi, my parcel (tracking SGX4481907) has been sitting at your Jurong depot for a week. Can I arrange "
         "a redelivery? Thanks, Arjun",
         "2029-11-20T17:05:00+08:00", "Asia/Singapore", "en-GB", ["impossible-date"]),
    # 30: Austin cat boarding; there is no February 29 in 2029 (Friday, February 23 is right).
    case("Hi Jenna,\n\nWe'd love to have Miso and Tofu stay with us 🐈! I've reserved a double suite from "
         "Friday, February 23 through ⟦Thursday, February 29⟧, and the rate is $52 a night for both cats. "
         "Please bring their vaccination records when you drop them off.\n\nWarmly,\nBeth\nWhisker Lodge",
         "Hi, we need boarding for our two cats, Miso and Tofu, while we're away at the end of the month. "
         "Do you have a double suite? Thanks, Jenna",
         "2029-02-12T10:00:00-06:00", "America/Chicago", "en-US", ["impossible-date"]),
    # 31: Abel Tasman kayak hire; April has 30 days. Sat 31 Mar and Mon 2 Apr 2029 are right.
    case("Hi Pete,\n\nThanks for getting in touch. Two double kayaks are booked for you from Saturday "
         "31 March to Monday 2 April, collecting from our Marahau base at 8:30am. Our hire season runs until "
         "⟦31st April⟧, so you could also come back for a second trip.\n\nCheers,\nNgaire\nTasman Bay Kayaks",
         "Hi, could we hire two double kayaks for the Easter long weekend? Thanks, Pete",
         "2029-03-27T08:40:00+13:00", "Pacific/Auckland", "en-GB", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Glasgow removals, written on Monday 15 January 2029: Friday 12 January was three days ago.
    case("Hi Ewan,\n\nNo problem at all. We've moved your booking to ⟦Friday 12 January⟧, and our two-man "
         "team will arrive at 8am with the Luton van. There's no charge for the change.\n\nAll the best,\n"
         "Fiona\nClydeside Removals",
         "Hi, we've had to push our flat move back as the keys aren't ready. Can you come on Friday instead? "
         "Thanks, Ewan",
         "2029-01-15T10:20:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 33: Seattle optician, written on Monday 21 May 2029: May 18 was the Friday before.
    case("Hi Nora,\n\nThanks for your patience. Your trial pack of daily lenses will be ready to pick up at "
         "our Capitol Hill store on ⟦May 18⟧, and the optometrist will check the fit while you're there. The "
         "trial pack is free with your eye exam.\n\nBest,\nSara\nPike Street Eyecare",
         "Hi, I ordered a trial of the daily contact lenses last week. When can I pick them up? Thanks, Nora",
         "2029-05-21T12:00:00-07:00", "America/Los_Angeles", "en-US", ["past-date"]),
    # 34: Cardiff driving school at 00:15 on Wednesday 1 August 2029: Tuesday 31 July has just ended.
    case("Hi Rhys,\n\nGreat idea to do a mock test first. I've booked it with Gareth for ⟦Tuesday 31 July⟧ "
         "at 5pm, starting from the Gabalfa test centre so you can practise the real routes. The mock test is "
         "£55, and he'll give you a full marking sheet afterwards.\n\nDiolch,\nCerys\nTaff Valley Driving School",
         "Hi, could I book a mock test before my real one on 10 August? Thanks, Rhys",
         "2029-08-01T00:15:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 35: Brisbane escape room, written on Saturday 10 March 2029: the voucher deadline has gone.
    case("Hi Chloe,\n\nThanks for getting in touch. Yes, your voucher XMAS-7741 is worth $120 and covers one "
         "room for up to four players. You can redeem it for any booking made before ⟦28 February 2029⟧ on "
         "our website.\n\nHave fun,\nJosh\nRiver City Escape",
         "Hi, I was given one of your gift vouchers at Christmas. Can I still use it? Code XMAS-7741. "
         "Thanks, Chloe",
         "2029-03-10T14:30:00+10:00", "Australia/Brisbane", "en-GB", ["past-date"]),
    # 36: Muskoka canoe hire, written on Monday 9 July 2029: July 6 was the Friday before.
    case("Hi Dev,\n\nSorry the storm spoiled your plans. We've rebooked your two canoes for ⟦July 6⟧, from "
         "9 a.m. to 5 p.m., at no extra charge. Life jackets and paddles are included as before.\n\n"
         "Best,\nKyle\nLake of Bays Canoe Rentals",
         "Hi, the storm wrecked our canoe rental on Saturday. Can we rebook for later this week? Dev",
         "2029-07-09T09:15:00-04:00", "America/Toronto", "en-US", ["past-date"]),
    # 37: Dublin language school, written on Wednesday 3 January 2029: the year is a slip, 2028.
    case("Hi Ciara,\n\nThanks for signing up for our beginners' Irish course. Your first class is on ⟦8 "
         "January 2028⟧ at 7pm in Room 4, and the course runs for ten weeks. Please bring a notebook; all "
         "the books are provided.\n\nGo raibh maith agat,\nSeán\nFoghlaim Language School",
         "Hi, I've paid for the beginners' Irish course. When is the first class? Thanks, Ciara",
         "2029-01-03T11:00:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 38: Auckland IT support, written on Monday 15 October 2029: Friday 12 October has gone.
    case("Hi Hemi,\n\nSorry to hear about the screen. Your laptop is still under warranty, so we'll replace "
         "the display at no cost, and our technician will collect it from your office on ⟦Friday 12 "
         "October⟧. The repair usually takes three working days.\n\nNgā mihi,\nAroha\nKauri IT Solutions",
         "Hi, my laptop's screen has gone completely dark. It's still under warranty - can you replace it? "
         "Thanks, Hemi",
         "2029-10-15T09:45:00+13:00", "Pacific/Auckland", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London removals to a customer in New York, written on 6 February 2029: 04/09/2029 is 4
    # September or April 9, both ahead. The call at 4pm (GMT) on Thursday 8 February is 11am EST.
    case("Hi Tom,\n\nThanks for choosing us for your move to London. Our New York partner will pack and load "
         "your container on ⟦04/09/2029⟧, and it takes around six weeks to reach our Park Royal depot. I'll "
         "call you at ⟦4pm⟧ on Thursday 8 February to go through the inventory.\n\nKind regards,\nHelen\n"
         "Thameside International Removals",
         "Hi, we're relocating from Brooklyn to London for my job and need our furniture shipped over. We're "
         "flexible on dates. Thanks, Tom",
         "2029-02-06T15:00:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date", "missing-timezone"],
         recipient_timezone="America/New_York"),
    # 40: Denver bike rental to a visitor from Dublin, written on 20 March 2029: 6/5 is June 5 or 6 May.
    case("Hi Declan,\n\nSounds like a great trip! I've reserved a size L Specialized Diverge for you, ready to "
         "pick up at our Larimer Street shop on ⟦6/5⟧ and due back a week later. The weekly rate is $280, "
         "including a helmet and repair kit.\n\nCheers,\nAmy\nMile High Bike Rental",
         "Hi, I'm flying in from Dublin for a cycling holiday in Colorado and want to rent a gravel bike for "
         "a week. Can I collect it the day I land? Cheers, Declan",
         "2029-03-20T10:30:00-06:00", "America/Denver", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/Dublin"),
    # 41: Singapore language school to a student in Chicago, written on 23 January 2029: 03/11/2029 is
    # 3 November or March 11.
    case("Dear Marcus,\n\nThank you for your interest in our online Malay course. The next beginners' intake "
         "starts on ⟦03/11/2029⟧, with two 90-minute classes a week. The course fee is S$480 for 12 weeks."
         "\n\nBest regards,\nFarid\nBahasa Hub Singapore",
         "Hello, I live in Chicago and would like to sign up for your online Malay course for beginners. When "
         "does the next intake begin? Thank you, Marcus",
         "2029-01-23T20:00:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),
    # 42: Sydney photographer to a couple from Los Angeles, written on 14 August 2029: 11/12/2029 is
    # 11 December or November 12.
    case("Hi Alexis,\n\nCongratulations to you both! I've attached the contract for your wedding on "
         "⟦11/12/2029⟧, with eight hours of photography and a second shooter. A 30% deposit secures the date, "
         "and the balance is due four weeks before the wedding.\n\nWarm wishes,\nGemma\n"
         "Blue Gum Wedding Photography",
         "Hi! We're from Los Angeles and getting married in the Blue Mountains - can you send through your "
         "contract for our date? Thanks, Alexis",
         "2029-08-14T18:20:00+10:00", "Australia/Sydney", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 43: Toronto IT support to an office in London, written on 12 June 2029: 10/08/2029 is October 8 or
    # 10 August.
    case("Hi Imogen,\n\nThanks for the go-ahead on the firewall replacement for your London office. We've "
         "scheduled the cutover for ⟦10/08/2029⟧, and our engineer will work remotely with your office manager "
         "on the day. The new FortiGate unit will ship to you by courier.\n\nBest,\nKevin\n"
         "Northgate IT Services",
         "Hi, our London office needs its firewall replaced before the current one goes out of support. When "
         "can you schedule it? Regards, Imogen",
         "2029-06-12T09:00:00-04:00", "America/Toronto", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 44: Bay of Islands yacht charter to a family from Seattle, written on 2 May 2029: 07/08 is 7 August
    # or July 8.
    case("Hi Erin,\n\nThanks for your booking request. Your day charter on the 38-foot yacht Kōtare is "
         "confirmed for ⟦07/08⟧, departing from Paihia wharf, and the skipper will text you the exact "
         "boarding time the day before. The charter is "
         "$1,450 for up to six guests, lunch included.\n\nFair winds,\nRawiri\nBay of Islands Sailing",
         "Hi, we're visiting NZ from Seattle and would love to charter a yacht for a day in the Bay of "
         "Islands. Thanks, Erin",
         "2029-05-02T11:00:00+12:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 45: Nashville recording studio to a band from Melbourne, written on 24 April 2029: 9/10/29 is
    # September 10 or 9 October.
    case("Hi Mitch,\n\nWe'd love to have you in! I've penciled in Studio A for two days starting "
         "⟦9/10/29⟧, with Ray engineering and mixing. The two-day rate is $1,900, and we'll need a 25% "
         "deposit to hold the dates.\n\nCheers,\nLeah\nSouthside Sound Studio",
         "G'day, we're a four-piece from Melbourne touring the US later this year and want to record a single "
         "in Nashville. Do you have any dates? Cheers, Mitch",
         "2029-04-24T15:00:00-05:00", "America/Chicago", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Australia/Melbourne"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London IT support to a team in New York in the week London is four hours ahead (the US changed
    # on 11 March, the UK changes on 25 March): 6pm GMT on Friday 16 March is 2pm EDT.
    case("Hi Brandon,\n\nThanks for confirming. We'll start the mailbox migration for your New York team at "
         "⟦6pm⟧ on Friday 16 March, and users should be able to log in to the new system from Saturday "
         "morning. Our engineer will email you when each batch is done.\n\nBest regards,\nPriya\n"
         "Cobalt IT Support",
         "Hi, we need the email migration for our New York team done outside our working hours. Thanks, "
         "Brandon",
         "2029-03-12T14:00:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),
    # 47: Sydney language school to a student in Auckland: 10:00 AEDT on Wednesday 21 February 2029 is
    # 12:00 NZDT.
    case("Hi Ana,\n\nThanks for enrolling in our online IELTS preparation course. Your practice speaking test "
         "is on Wednesday 21 February at ⟦10:00am⟧ over Zoom with Ms Carter, and it lasts about 15 minutes. "
         "You'll get written feedback within two days.\n\nKind regards,\nOlivia\nHarbour English College",
         "Hi, I'm in Auckland and enrolled in your online IELTS prep course. When's my speaking test practice? "
         "Thanks, Ana",
         "2029-02-19T12:00:00+11:00", "Australia/Sydney", "en-GB", ["missing-timezone"],
         recipient_timezone="Pacific/Auckland"),
    # 48: Singapore courier; the customer says she is in Dubai: 2:30pm SGT on Wednesday 10 October 2029 is
    # 10:30am there.
    case("Dear Farah,\n\nThanks for letting us know. One of our customer care officers will call you on "
         "Wednesday 10 October at ⟦2:30pm⟧ to arrange delivery to your office. Please keep your tracking "
         "number SGX5520418 handy.\n\nRegards,\nSiti\nSwiftLink Couriers",
         "Hi, I'm away on a work trip in Dubai until the 20th, but I need to arrange delivery of my parcel to "
         "my office. Can someone call me to sort it out? Farah",
         "2029-10-08T10:30:00+08:00", "Asia/Singapore", "en-GB", ["missing-timezone"]),
    # 49: Vancouver bike shop phoning a customer in Toronto: 4 p.m. PST on Friday, November 16, 2029 is
    # 7 p.m. EST.
    case("Hi Ethan,\n\nThanks for your order. Our wheel builder, Sam, will call you on Friday, November 16 at "
         "⟦4 p.m.⟧ to go over the spoke count, rims and hub options. The build takes about two weeks once the "
         "specs are confirmed.\n\nCheers,\nNoah\nKitsilano Wheelworks",
         "Hi, I ordered the custom wheelset for my touring bike. I'm in Toronto now; could someone call to go "
         "over the specs? Ethan",
         "2029-11-14T16:00:00-08:00", "America/Vancouver", "en-US", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 50: Dublin photographer to a couple back in Boston: 3pm IST on Thursday 27 September 2029 is
    # 10am EDT.
    case("Hi Meghan,\n\nIt was lovely to meet you both in Kinsale. I'm free for a video call on Thursday "
         "27 September at ⟦3pm⟧, and I'll share my screen so we can go through the 80 album images together. "
         "I'll send you a Zoom link the day before.\n\nWarm wishes,\nOrla\nOrla Byrne Photography",
         "Hi Orla, we're back in Boston after the wedding. Could we have a quick video call to choose the "
         "album images? Thanks, Meghan",
         "2029-09-25T10:00:00+01:00", "Europe/Dublin", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),
    # 51: Chicago recording studio to an artist in London in the week between the UK change (28 October)
    # and the US one (4 November): 11 a.m. CDT on Thursday, November 1, 2029 is 4pm GMT.
    case("Hi Isla,\n\nGlad you're happy with the mixes so far. Let's do the listen-through on Thursday, "
         "November 1 at ⟦11 a.m.⟧ over Zoom, and Ray will stream the session in full quality through "
         "Audiomovers. Any notes after that will go into the final masters.\n\nCheers,\nDarnell\n"
         "West Loop Recording",
         "Hi, thanks for finishing the mixes! Can we do the final listen-through together over a call this "
         "week? Isla (in London)",
         "2029-10-30T12:00:00-05:00", "America/Chicago", "en-US", ["missing-timezone"],
         recipient_timezone="Europe/London"),
    # 52: Auckland IT support; the customer says he is in Sydney: 2.30pm NZST on Tuesday 24 April 2029 is
    # 12.30pm AEST.
    case("Hi Sione,\n\nSorry to hear the VPN is playing up. Our technician, Kiri, will call you on Tuesday "
         "24 April at ⟦2.30pm⟧ and can remote in to fix it while you're on the phone. Please have your laptop "
         "charged and connected to Wi-Fi.\n\nNgā mihi,\nMere\nKauri IT Solutions",
         "Hi, my work laptop won't connect to the VPN. I'm in Sydney for work all week - can someone call me? "
         "Thanks, Sione",
         "2029-04-23T09:10:00+12:00", "Pacific/Auckland", "en-GB", ["missing-timezone"]),
    # 53: New York pharmacy; the customer says she is in Phoenix: 10:15 a.m. EST on Friday, December 7,
    # 2029 is 8:15 a.m. MST.
    case("Hi Rachel,\n\nOf course. Our pharmacist, Dr. Patel, will call you on Friday, December 7 at ⟦10:15 "
         "a.m.⟧ to go over your new medication and any side effects. Please have your medication list handy "
         "when she calls.\n\nTake care,\nLuis\nHudson Street Pharmacy",
         "Hi, I'm visiting my parents in Phoenix for the holidays and need to talk to a pharmacist about my "
         "new medication. Can someone call me? Rachel",
         "2029-12-05T11:30:00-05:00", "America/New_York", "en-US", ["missing-timezone"]),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London vet; Tuesday 6 February 2029 is in GMT, not BST.
    case("Hi Holly,\n\nCongratulations on your new puppy 🐶! Our next online puppy class is on Tuesday "
         "6 February at 7pm ⟦BST⟧, and it's free for registered clients. We'll cover toilet training, biting "
         "and first vaccinations.\n\nKind regards,\nMegan\nHollybank Veterinary Surgery",
         "Hi, I've just adopted a rescue puppy. Do you run any puppy training sessions? Thanks, Holly",
         "2029-01-24T13:00:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 55: Philadelphia escape room; Thursday, July 26, 2029 is in EDT, not EST.
    case("Hi Priyanka,\n\nWe sure do! I've booked your team into our virtual game, The Lost Archive, on "
         "Thursday, July 26 at 8 p.m. ⟦EST⟧, and each player will get their own link. The game runs for "
         "75 minutes and costs $25 per player.\n\nHave fun,\nGabe\nLiberty Escape Games",
         "Hi, my team is spread across the country. Do you run virtual escape rooms? Priyanka",
         "2029-07-18T10:00:00-04:00", "America/New_York", "en-US", ["zone-mismatch"]),
    # 56: Sydney IT support; Thursday 28 June 2029 is in AEST, not AEDT.
    case("Hi Gemma,\n\nYes, we're running a live training session on the new booking system on Thursday "
         "28 June at 11am ⟦AEDT⟧. It runs for an hour, and I'll send the Teams link to all six of your "
         "front-desk staff. A recording will be available afterwards.\n\nCheers,\nNathan\nBridgeline IT",
         "Hi, is there a training session on the new booking system for our front-desk staff? Thanks, Gemma",
         "2029-06-19T09:00:00+10:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Wellington courier; Friday 14 December 2029 is in NZDT, not NZST.
    case("Hi Brooke,\n\nThanks for checking. Express parcels to the UK must be dropped off by 5pm ⟦NZST⟧ on "
         "Friday 14 December for Christmas delivery. After that, we can't guarantee delivery before "
         "25 December.\n\nKind regards,\nLiam\nCapital Couriers",
         "Hi, what's the cut-off for sending a parcel to the UK in time for Christmas? Thanks, Brooke",
         "2029-12-12T15:00:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 58: Singapore photography workshop to a customer in Jakarta; SGT is UTC+8 (10am SGT on Saturday
    # 18 August 2029 is 9am in Jakarta, as written).
    case("Hi Dewi,\n\nThanks for your interest. The online Lightroom editing workshop runs on Saturday "
         "18 August from 10am to 1pm ⟦SGT (UTC+7)⟧, which is 9am to noon in Jakarta. The fee is S$95, and "
         "you'll get the recording afterwards.\n\nBest,\nKelvin\nShutterlane Academy",
         "Hi, I'm interested in your online editing workshop but I'm in Jakarta. What time does it run? "
         "Thanks, Dewi",
         "2029-08-06T14:00:00+08:00", "Asia/Singapore", "en-GB", ["zone-mismatch"],
         recipient_timezone="Asia/Jakarta"),
    # 59: Adelaide language school to a student in Darwin; Adelaide is on ACDT (+10:30) until 1 April
    # 2029. Tuesday 6 February 2029 is right.
    case("Hi Rohan,\n\nWelcome to our online Italian for beginners course! Classes run every Tuesday from 6pm "
         "to 7:30pm ⟦ACST⟧, starting on Tuesday 6 February, and your teacher is Giulia. We'll email your login "
         "details before the first class.\n\nCiao,\nFrancesca\nParola Language School",
         "Hi, I'm in Darwin and keen to do your online Italian course for beginners. What are the class "
         "times? Thanks, Rohan",
         "2029-01-16T10:00:00+10:30", "Australia/Adelaide", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Darwin"),
    # 60: New York online driving course; the US clocks go back on Sunday 4 November 2029, so Monday,
    # November 5 is in EST, not EDT.
    case("Hi Marcus,\n\nThanks for signing up for our online defensive driving course. The next live session "
         "starts on Monday, November 5 at 9 a.m. ⟦EDT⟧ and runs until 3:30 p.m. with a 30-minute lunch break. "
         "You'll receive your completion certificate by email within 48 hours.\n\nBest,\nKeisha\n"
         "Empire Safe Driving",
         "Hi, I need to take the 6-hour defensive driving course online. When's the next live session? "
         "Marcus",
         "2029-11-01T16:30:00-04:00", "America/New_York", "en-US", ["zone-mismatch"]),
]

NEGATIVES = [
    # 01: Bath vet; Thursday 8 February 2029 is a Thursday; a range sharing am; 10pm settled.
    case("Hi Sophie,\n\nPoor Bramble, I hope she's eating a bit better. I've booked her dental for Thursday "
         "8 February 2029 with Dr Hughes. Please drop her off between 8 and 8:30am and collect her any time "
         "after 4pm. No food after 10pm the night before, but water is fine. The estimate is £312.50, "
         "including X-rays.\n\nKind regards,\nEllen\nWidcombe Veterinary Centre",
         "Hi, Bramble's been off her food and the vet said she needs a dental. Can we book it in? "
         "Thanks, Sophie",
         "2029-02-01T10:00:00+00:00", "Europe/London", "en-GB"),
    # 02: Toronto driving school; Tuesday, March 20, 2029 is a Tuesday; "9:15 to 10:15 a.m." shares am.
    case("Hi Aisha,\n\nAbsolutely. Your road test is on Tuesday, March 20, 2029 at 10:40 a.m. at the "
         "Etobicoke DriveTest location, so I've booked your warm-up lesson from 9:15 to 10:15 a.m. that "
         "morning. Your instructor, Victor, will pick you up at 1200 Bloor Street West. The one-hour lesson "
         "is $65 plus HST.\n\nGood luck,\nNadia\nLakeshore Driving Academy",
         "Hi, my G2 road test is booked. Can I get a warm-up lesson right before it? Thanks, Aisha",
         "2029-03-09T15:20:00-05:00", "America/Toronto", "en-US"),
    # 03: Dublin removals; Friday 27 April 2029 is a Friday; an address, a truck size, box counts, euros.
    case("Hi Niall,\n\nThanks for confirming your move. Our crew of four will arrive at 14 Iona Road, "
         "Drumcondra at 7:30am on Friday 27 April with the 18-tonne truck, and we expect to be unloading in "
         "Bray by early afternoon. We'll bring 40 large boxes and 10 wardrobe cartons, and your quote of "
         "€1,850 includes all packing materials.\n\nBest regards,\nGráinne\nLiffey Removals",
         "Hi, can you confirm the details for our move from Drumcondra to Bray? Thanks, Niall",
         "2029-04-21T11:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 04: Melbourne bike shop on the morning the clocks went back (Sunday 1 April 2029, AEST from 3am);
    # 50/34 and 11-30 are chainrings and a cassette; Wed 4 and Thu 5 April are right.
    case("Hi Tom,\n\nYour new Shimano Ultegra 12-speed groupset has arrived 🚴, with 50/34 chainrings and an "
         "11-30 cassette as you asked. We'll fit it on Wednesday 4 April, and the bike will be ready to "
         "collect on Thursday 5 April after 2pm. The total is $1,689, including fitting and new bar tape."
         "\n\nCheers,\nJess\nNorthcote Cycles",
         "Hi, how's the groupset upgrade going on my road bike? Cheers, Tom",
         "2029-04-01T10:00:00+10:00", "Australia/Melbourne", "en-GB"),
    # 05: Manchester escape room at 23:30 on Saturday 27 October 2029, the night the UK clocks go back;
    # Sunday 4 November is a Sunday; 18:30 is 24-hour; a duration and a ranking.
    case("Hi Kieran,\n\nThanks for playing, and well done! Your team escaped The Asylum in 52 minutes and "
         "40 seconds, the 3rd fastest time this month 🏆. I've booked our new room, Cell Block 7, for five "
         "players on Sunday 4 November at 18:30. The price is £22 a player, payable on the night.\n\n"
         "See you then,\nAbbie\nTrapped Manchester",
         "Hi, we loved The Asylum! What was our time, and can we book your new room for a Sunday? Cheers, "
         "Kieran",
         "2029-10-27T23:30:00+01:00", "Europe/London", "en-GB"),
    # 06: Auckland language school; Monday 4 June and Thursday 26 July 2029 are right; 6pm to 8pm.
    case("Hi Mateo,\n\nCongratulations on your placement result! The B2 evening class runs from Monday 4 June "
         "to Thursday 26 July, Monday to Thursday, from 6pm to 8pm in Room 12. The course fee is $1,280, "
         "and the textbook costs $65.\n\nKind regards,\nHana\nWaitematā English School",
         "Hi, I passed the placement test. When does the B2 evening class run? Thanks, Mateo",
         "2029-05-17T14:00:00+12:00", "Pacific/Auckland", "en-GB"),
    # 07: Chicago pharmacy; a dose, a copay, hours with a.m./p.m., a 24-hour drive-through, an address.
    case("Hi Gloria,\n\nYour 90-day refill of metformin 500 mg (Rx #4471029) is ready at the Clark Street "
         "pharmacy, and your copay is $12.50. The pharmacy counter is open from 8 a.m. to 10 p.m. every day, "
         "and our 24-hour drive-through is at 2150 North Halsted Street.\n\nBest,\nHector\n"
         "Clark Street Pharmacy",
         "Hi, is my metformin refill ready? I also need to know your hours. Thanks, Gloria",
         "2029-06-10T12:30:00-05:00", "America/Chicago", "en-US"),
    # 08: Birmingham courier depot; dimensions, a unit and postcode, 24-hour opening times, Friday
    # 13 July 2029 (a Friday).
    case("Hi Amrit,\n\nSorry we missed you. Your parcel (2.4kg, 45 x 30 x 20cm) is waiting at Depot 3, Unit "
         "12B, Saltley Business Park, Birmingham B8 1AA. You can collect it between 07:00 and 19:00, Monday "
         "to Saturday, and we'll keep it until Friday 13 July. Please bring photo ID and the card we left, "
         "reference BHM-330871.\n\nKind regards,\nDanielle\nMidland Parcel Services",
         "Hi, I missed the delivery of my parcel. Where can I pick it up? Thanks, Amrit",
         "2029-07-06T09:20:00+01:00", "Europe/London", "en-GB"),
    # 09: Whistler ski school; Wednesday, January 2, 2030 and Friday, January 4, 2030 are right.
    case("Hi Kristen,\n\nThanks for booking with us! Both kids are in our Mountain Explorers program for ages "
         "5 to 12 from Wednesday, January 2, 2030 to Friday, January 4, 2030. Please meet your instructors at "
         "the Whistler Village Gondola at 8:45 a.m. each day; pickup is at 3:30 p.m. The three-day package is "
         "$897 per child, including lift tickets and rentals 🎿.\n\nSee you on the snow,\nBrody\n"
         "Whistler Peak Ski School",
         "Hi, can we book our kids (6 and 9) into ski school over the New Year? Thanks, Kristen",
         "2029-12-15T18:00:00-08:00", "America/Vancouver", "en-US"),
    # 10: Halifax photographer; Saturday, September 8, 2029 is a Saturday; "6:30 to 7:30 p.m." shares pm.
    case("Hi Hannah,\n\nI'd love to shoot at Peggy's Cove with you! I've booked your engagement session for "
         "Saturday, September 8 from 6:30 to 7:30 p.m., which gives us the last hour of light before sunset. "
         "The session fee is $295, and you'll get at least 40 edited images within two weeks.\n\n"
         "Talk soon,\nCamille\nSaltwater Photo",
         "Hi! We'd love a sunset engagement shoot at Peggy's Cove in early September. Hannah",
         "2029-08-19T20:10:00-03:00", "America/Halifax", "en-US"),
    # 11: Singapore IT support; Saturday 31 March 2029 is a Saturday; 24-hour times with the zone; a
    # version number, storage sizes and a ticket number.
    case("Dear Wen Jie,\n\nThe maintenance on your file server is scheduled for Saturday 31 March from 22:00 "
         "to 02:00 SGT, when we'll upgrade it to version 4.2.1 and replace the 256GB SSD with a 1TB drive. "
         "Staff won't be able to reach the shared drives during that window, but email and Teams will work "
         "as usual. Your ticket number is #58213.\n\nBest regards,\nHafiz\nLionGate IT",
         "Hi, when is the server maintenance happening, and will our staff lose access? Thanks, Wen Jie",
         "2029-03-22T16:00:00+08:00", "Asia/Singapore", "en-GB"),
    # 12: Perth optician; a lens prescription (-2.25 / -0.75 x 180), a PD; Wednesday 19 September 2029
    # is a Wednesday.
    case("Hi Deb,\n\nYes, your order went through. Your new lenses are -2.25 / -0.75 x 180 in both eyes with "
         "a PD of 63mm, fitted to the tortoiseshell frame you chose. They'll be ready to collect on Wednesday "
         "19 September, and we're open from 9am to 5:30pm on weekdays. The balance owing is $184.\n\n"
         "Kind regards,\nSunita\nSwan River Optometrists",
         "Hi, just checking my new glasses order went through and when they'll be ready? Thanks, Deb",
         "2029-09-14T11:00:00+08:00", "Australia/Perth", "en-GB"),
    # 13: Kent cattery; Friday 3 August and Sunday 12 August 2029 are right; noon; pm on both ends.
    case("Hi Carol,\n\nWe'd be delighted to look after Pepper and Mabel 🐾. I've booked them into Suite 6 from "
         "Friday 3 August to Sunday 12 August, at £18.50 a night for the pair. Drop-off is between 9am and "
         "noon, and collection is between 2pm and 5pm. Please bring their vaccination cards and any food "
         "they're used to.\n\nWarm wishes,\nLinda\nOrchard House Cattery",
         "Hi, can Pepper and Mabel stay with you while we're in Spain? Thanks, Carol",
         "2029-07-22T10:30:00+01:00", "Europe/London", "en-GB"),
    # 14: Auckland mastering studio to a client in Los Angeles: 10am NZDT on Wednesday 24 October 2029 is
    # 2pm PDT on Tuesday 23 October.
    case("Hi Jordan,\n\nOf course. The mastering session will be on Wednesday 24 October at 10am NZDT, which "
         "is 2pm PDT on Tuesday 23 October in Los Angeles. We'll master all 11 tracks at 24-bit/96kHz, and "
         "I'll send you a Zoom link and a stream link beforehand.\n\nCheers,\nTui\nKarangahape Sound",
         "Hi, can we sit in on the mastering session remotely? We're in LA. Jordan",
         "2029-10-22T13:00:00+13:00", "Pacific/Auckland", "en-GB",
         recipient_timezone="America/Los_Angeles"),
    # 15: Sydney boat hire at 23:40 on Saturday 6 October 2029, the night before the clocks go forward;
    # Sunday 14 October is a Sunday; a boat length, a speed, prices.
    case("Hi Luke,\n\nThanks for your booking. Your 6.5-metre Haines Hunter is reserved for Sunday 14 October "
         "from 9am to 5pm, leaving from our Church Point marina ⚓. You'll need a boat licence for this one, "
         "as it can go faster than 10 knots. The hire is $480, and fuel is charged at $3.20 a litre on "
         "return.\n\nCheers,\nMick\nPittwater Boat Hire",
         "Hi, we'd like to hire a boat for a day on Pittwater. Do we need a licence? Thanks, Luke",
         "2029-10-06T23:40:00+10:00", "Australia/Sydney", "en-GB"),
    # 16: Brooklyn animal hospital at 22:10 on Friday 2 November 2029; Tuesday, November 6 is a Tuesday;
    # a day range, a dose and an interval.
    case("Hi Alex,\n\nI'm glad Cooper is home and resting. I've booked his recheck with Dr. Morales for "
         "Tuesday, November 6 at 4:15 p.m., and the stitches will come out 10 to 14 days after surgery. "
         "Please keep his cone on, and give him one 25 mg tablet every 12 hours with food.\n\nTake care,\n"
         "Janelle\nBrooklyn Animal Hospital",
         "Hi, thanks for seeing Cooper at the ER. When should he come back to have the stitches checked? Alex",
         "2029-11-02T22:10:00-04:00", "America/New_York", "en-US"),
    # 17: Dublin language school to a student in Madrid: 18:30 IST on Monday 14 May 2029 is 19:30 CEST.
    case("Hi Lucía,\n\nThanks for booking our online English conversation course. Classes start on Monday "
         "14 May and run every Monday and Wednesday at 18:30 Irish time, which is 19:30 in Madrid. Each "
         "class lasts 50 minutes, and there are eight students in the group.\n\nBest wishes,\nSeán\n"
         "Foghlaim Language School",
         "Hola, I'm in Madrid and booked the online English conversation course. What time are the classes? "
         "Gracias, Lucía",
         "2029-05-09T15:00:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/Madrid"),
    # 18: Singapore courier; the customer is in Perth, which shares Singapore's UTC+8; Monday 2 July and
    # Tuesday 10 July 2029 are right.
    case("Dear Kavitha,\n\nThanks for letting us know. One of our customer care officers will call you at "
         "11am on Monday 2 July to arrange redelivery for after you're back on Tuesday 10 July. Perth and "
         "Singapore are on the same time, so that's 11am where you are too. Your tracking number is "
         "SGX6638251.\n\nRegards,\nSiti\nSwiftLink Couriers",
         "Hi, I'm in Perth until the 10th but need my parcel redelivered when I'm back. Can someone call me "
         "to arrange it? Thanks, Kavitha",
         "2029-06-30T11:00:00+08:00", "Asia/Singapore", "en-GB"),
    # 19: Phoenix IT support to San Diego in August: MST and PDT are both UTC-7, so 3 p.m. needs no zone.
    # Monday, August 13, 2029 is a Monday; an IP address.
    case("Hi Melissa,\n\nSorry about the Wi-Fi trouble. Our network engineer, Carlos, will call you at 3 p.m. "
         "on Monday, August 13 to check the access points remotely. In the meantime, restarting the router "
         "at 192.168.1.1 often clears the dropouts.\n\nBest,\nTyler\nSaguaro IT Services",
         "Hi, our office in San Diego keeps dropping off the Wi-Fi. Can someone call me to troubleshoot? "
         "Thanks, Melissa",
         "2029-08-09T09:00:00-07:00", "America/Phoenix", "en-US", recipient_timezone="America/Los_Angeles"),
    # 20: Brisbane removals to a customer in Sydney in July: both on AEST (UTC+10). Thursday 12 July and
    # Monday 16 July 2029 are right.
    case("Hi Ella,\n\nThanks for booking your interstate move with us. Our truck will arrive at your "
         "Marrickville home at 8am on Thursday 12 July to load, and delivery to your new place in "
         "Paddington, Brisbane is booked for Monday 16 July. Your quote is $6,240 for 35 cubic metres, "
         "including transit insurance.\n\nKind regards,\nShane\nSunstate Removals",
         "Hi, we're moving from Sydney up to Brisbane. What time will your truck arrive to load at our "
         "place? Thanks, Ella",
         "2029-07-04T10:00:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 21: Denver bike shop; tire size, a price, a chain-wear percentage; Saturday, October 6, 2029 is a
    # Saturday; noon.
    case("Hi Owen,\n\nYour gravel bike is booked in for our $89 tune-up, and we'll fit the 700x40c tires you "
         "picked out. We'll also swap the chain for a new 12-speed one, since it's stretched past 0.75%. It "
         "will be ready to pick up on Saturday, October 6 by noon.\n\nThanks,\nJenna\nFront Range Bicycle",
         "Hi, can you put new tires on my gravel bike and tune it up? Owen",
         "2029-09-30T11:00:00-06:00", "America/Denver", "en-US"),
    # 22: Wellington escape room; Saturday 20 January 2029 is a Saturday.
    case("Hi Ngaio,\n\nYou're all booked 🔍! Your group of five will play The Lighthouse Keeper on Saturday "
         "20 January at 7:30pm, and the game lasts 60 minutes. It's $35 a person, and please arrive 15 "
         "minutes early for the briefing.\n\nSee you soon,\nRuby\nEscape Wellington",
         "Hi, we'd like to book a room for a group of 5 on the 20th. Thanks, Ngaio",
         "2029-01-11T16:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 23: Glasgow pharmacy on Christmas Eve 2029 (a Monday); Tue 25, Wed 26, Thu 27 and Fri 28 December
    # are right.
    case("Hi Morag,\n\nYour inhaler is ready to collect. Over Christmas we're closed on Tuesday 25 and "
         "Wednesday 26 December, and we're open from 9am to 1pm on Thursday 27 December. Our normal hours of "
         "8:30am to 6pm return on Friday 28 December. Merry Christmas! 🎄\n\nBest wishes,\nIain\n"
         "Byres Road Pharmacy",
         "Hi, will you be open over Christmas? I need to pick up my inhaler. Thanks, Morag",
         "2029-12-24T09:00:00+00:00", "Europe/London", "en-GB"),
    # 24: London photographer to a team in New York in the week between the US (11 March) and UK
    # (25 March) changes: 3pm GMT on Thursday 15 March 2029 is 11am EDT. Monday 16 April is right.
    case("Hi Andrea,\n\nHappy to. Let's speak on Thursday 15 March at 3pm GMT, which is 11am EDT in New York, "
         "as the US clocks have already changed. I'll shoot the 14 headshots at your office at 350 Fifth "
         "Avenue on Monday 16 April and deliver the edits within five working days.\n\nBest,\nRosie\n"
         "Rosie Lane Portraits",
         "Hi, can we do a call to plan the headshots for our New York team? Thanks, Andrea",
         "2029-03-13T12:00:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 25: Thredbo ski school; Saturday 11 August 2029 is a Saturday; times settled by "in the morning" and
    # "in the afternoon"; a temperature and a snow depth.
    case("Hi Jess,\n\nYes, there's room for her in Snow Kids on Saturday 11 August. Please meet us at the "
         "Valley Terminal at 9:15 in the morning, and pickup is at 3:30 in the afternoon. It's forecast to "
         "be -5°C with a 1.2m base, so pack warm gloves! The day costs $249, including lunch and a helmet."
         "\n\nCheers,\nBec\nThredbo Snowsports School",
         "Hi, can our 5-year-old join the Snow Kids group on the Saturday after next? Thanks, Jess",
         "2029-08-03T17:30:00+10:00", "Australia/Sydney", "en-GB"),
    # 26: Atlanta recording studio; Sunday, June 17, 2029 is a Sunday; 4/4 is a time signature.
    case("Hi Malik,\n\nWe've got you in Studio C on Sunday, June 17 from 1 p.m. to 6 p.m. 🎸. Three songs in "
         "4/4 at 120 BPM should fit comfortably in five hours, and we'll record at 24-bit/48kHz. The rate is "
         "$75 an hour, and a $100 deposit holds the date.\n\nPeace,\nAndre\nPeachtree Sound Lab",
         "Hi, we want to track three songs. They're all in 4/4 around 120 BPM. Do you have a Sunday free? "
         "Malik",
         "2029-06-07T13:00:00-04:00", "America/New_York", "en-US"),
    # 27: Calgary freight depot; Saturday, February 24 and Wednesday, February 28, 2029 are right; an
    # address, a weight, pallet dimensions.
    case("Hi Greg,\n\nYour pallet (reference CAL-220419, 450 lb, 48 x 40 in) cleared our Calgary depot on "
         "Saturday, February 24. It's booked for delivery to 3150 32 Avenue NE on Wednesday, February 28 "
         "between 8 a.m. and noon. Our driver will call you about 30 minutes before arrival.\n\nThanks,\n"
         "Dana\nFoothills Freight",
         "Hi, when will my pallet of flooring be delivered? Ref CAL-220419. Greg",
         "2029-02-25T14:00:00-07:00", "America/Edmonton", "en-US"),
    # 28: Toronto optician; Monday, April 30, 2029 is a Monday; a phone number.
    case("Hi Priscilla,\n\nI've booked your comprehensive eye exam with Dr. Singh for Monday, April 30 at "
         "5:45 p.m. at our Queen Street West clinic. The exam takes about 45 minutes and costs $120, and you "
         "can reach us at 416-555-0199 if you need to reschedule.\n\nBest regards,\nMaya\nQueen West Eye Care",
         "Hi, can I book an eye exam after work one day next week? Thanks, Priscilla",
         "2029-04-26T10:00:00-04:00", "America/Toronto", "en-US"),
    # 29: Auckland language school to a student in San Francisco: 9am NZDT on Tuesday 13 November 2029 is
    # noon PST on Monday 12 November (the US clocks went back on 4 November).
    case("Hi Kai,\n\nThanks for signing up. The online taster class is on Tuesday 13 November at 9am NZDT, "
         "which is noon PST on Monday 12 November in San Francisco. It runs for 90 minutes, and I'll send "
         "the Zoom link 24 hours before.\n\nNgā mihi,\nAnahera\nTe Ara Reo School",
         "Hi, I'm in San Francisco and signed up for the online te reo Māori taster class. When is it? "
         "Thanks, Kai",
         "2029-11-07T12:00:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="America/Los_Angeles"),
    # 30: London IT support; past dates in the past tense (Monday 16 and Wednesday 18 April 2029 are
    # right); a warranty end date; a drive size and a price.
    case("Hi Gavin,\n\nYes, it's all done. We received your ticket on Monday 16 April and replaced the faulty "
         "512GB drive on Wednesday 18 April, restoring your files from the backup. The new drive carries a "
         "3-year warranty until 17 April 2032, and the repair cost of £149 has been charged to your account."
         "\n\nBest regards,\nNeil\nCobalt IT Support",
         "Hi, just wanted to check the laptop repair is all done and what the warranty covers now. "
         "Thanks, Gavin",
         "2029-04-20T14:00:00+01:00", "Europe/London", "en-GB"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
