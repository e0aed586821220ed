"""The hand-written cases of Tactful's fourth held-out date/time set (built by build_datetime_holdout4.py).

Each case is a customer-service reply (``text``) with the customer's email it answers (``thread``)
and the context the date/time checks need: ``now`` (ISO 8601 with the writer's UTC offset at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's
zone is known) and ``locale``. Flagged expressions are wrapped in ⟦ ⟧, and ``checks`` names, in
order, which of the eight checks each marked span is a case of. Negatives mark nothing.

Written blind (see README.md): every weekday, past/future relation and UTC offset was computed with
Python's calendar and zoneinfo, not from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: safari lodge; game drives leave at dawn and in the late afternoon, the guests sleep in town.
    case("Hi Marguerite,\n\nThank you for booking three nights with us at Mopane Ridge 🦁. Your first game "
         "drive on Monday 14 February leaves from the main lodge at ⟦5:30⟧, so please be at reception ten "
         "minutes before. Tea, coffee and rusks are served at the fire pit before every drive.\n\n"
         "Warm regards,\nThandi\nMopane Ridge Safari Lodge",
         "Hi Thandi, we're staying at a guesthouse in Hoedspruit the night before and will drive over to you "
         "on Monday 14 February. Which drive should we join first? Marguerite",
         "2028-02-08T21:15:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 02: gym open 6am-10pm; the member works shifts and can do early or late.
    case("Hi Priya,\n\nThanks for joining Ironworks Gym. We've booked your induction with Callum on Thursday "
         "13 January at ⟦6:45⟧. Bring a water bottle and a towel, and allow about an hour.\n\n"
         "See you then,\nIronworks Gym",
         "Hello, I've just signed up online. I work shifts at the hospital so I can do either an early or a "
         "late induction, whatever you have. Priya",
         "2028-01-08T11:20:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 03: plumber with evening call-outs; the customer is home mornings and evenings.
    case("Hello Mr Okafor,\n\nOur plumber, Dean, can come round on Wednesday 7 June between ⟦8 and 10⟧ to "
         "replace the cartridge in your kitchen tap. He'll ring you half an hour before he arrives. The "
         "call-out charge is £65, and parts are extra.\n\nKind regards,\nFlowright Plumbing",
         "The kitchen tap is still dripping. I'm on a middle shift this week, so I'm home until about 11 in "
         "the morning and again after 7 in the evening. Can your plumber come on Wednesday? Chidi Okafor",
         "2028-06-03T09:40:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 04: printer; "12:00 pm" for a proof deadline.
    case("Hi Lauren,\n\nThanks for sending over the order of service. To print and deliver the 120 copies in "
         "time for your ceremony on Saturday 30 September, we need your signed-off proof by ⟦12:00 pm⟧ on "
         "Wednesday 27 September. Anything later goes into the following week's print run.\n\n"
         "Best wishes,\nInkwell Print Co.",
         "Hi, attached is the final wording for the order of service. When do you need the proof back by? "
         "Lauren",
         "2028-09-19T10:05:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 05: car wash; "12 am" for a promotion deadline, and Friday May 19 written as Thursday.
    case("Hi Marcus,\n\nThanks for signing up for the Unlimited Wash Club at Spotless Express. Your first month "
         "is free, and the promotional price of $19.99 a month must be locked in by ⟦12 am⟧ on ⟦Thursday, "
         "May 19⟧. After that, the plan goes back to $29.99.\n\nThanks,\nSpotless Express",
         "Is the $19.99 unlimited plan still available? I just signed up for the free month. Marcus",
         "2028-05-16T13:30:00-05:00", "America/Chicago", "en-US", ["ambiguous-time", "weekday-mismatch"]),
    # 06: hockey camp; ice time is early on some days and late on others.
    case("Hi Colleen,\n\nJamie had a great first week with us 🏒. His first ice session in week two is on "
         "Monday 10 July at ⟦6:15⟧, at the Parkview Arena rink. Skates need to be sharpened beforehand, "
         "which our pro shop does for $8.\n\nCheers,\nNorthern Edge Hockey Camp",
         "Jamie's schedule says ice time is early on some days and late on others. When is his first "
         "session in week two? Colleen",
         "2028-07-02T22:50:00-04:00", "America/Toronto", "en-GB", ["ambiguous-time"]),
    # 07: wedding caterer; a morning haldi and an evening sangeet at the same house that day.
    case("Dear Mrs Iyer,\n\nThank you for confirming the menu for Saturday 25 November. Our team will reach "
         "the Juhu house at ⟦5:30⟧ to set up the chaat counter and the tawa station. Kindly keep one power "
         "point free near the garden gate.\n\nWarm regards,\nRasoi Events, Mumbai",
         "The haldi is in the morning and the sangeet is in the evening on Saturday 25 November, both at "
         "the Juhu house. When will your team come to set up the chaat counter? Lakshmi Iyer",
         "2028-11-21T23:40:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-time"]),
    # 08: dog walker; the customer asked for either the morning or the evening walk.
    case("Hi Hannah,\n\nGood news: Sam can cover one of Bramble's walks while you're away. He'll collect her "
         "at ⟦7:30⟧ on Tuesday 31 October and bring her back after an hour on the common. The key safe "
         "details you gave us are on her file.\n\nBest,\nPawprints Dog Walking",
         "I'm away on Tuesday 31 October. Could someone do either Bramble's early walk or her evening one, "
         "whichever you can fit in? Hannah",
         "2028-10-27T23:55:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: florist, 23:52 on the Sunday before Valentine's Day.
    case("Hi Tom,\n\nYes, the dozen red roses will be delivered to your wife's office ⟦tomorrow⟧ between 10am "
         "and 1pm. Our driver will ask for her at reception and take a photo on handover. We've added the "
         "card message exactly as you typed it.\n\nBest wishes,\nPetal & Stem 💐",
         "Can the roses reach my wife's office on Valentine's Day? It's at 40 Canal Street, second floor. Tom",
         "2028-02-13T23:52:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 10: Irish solicitor; "Monday week".
    case("Dear Ms Byrne,\n\nThank you for returning the signed contracts. The vendor's solicitor has agreed "
         "to close the sale on ⟦Monday week⟧, provided the mortgage funds have cleared by then. We will send "
         "you the completion statement once it is final.\n\nYours sincerely,\nAoife Kinsella\n"
         "Kinsella & Hart Solicitors",
         "I've posted back the signed contracts. When do you expect the sale to close? Orla Byrne",
         "2028-04-12T16:20:00+01:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 11: theatre box office; "in three days" at 23:40 on a Saturday (the night the clocks go forward).
    case("Dear Mr Pearce,\n\nI'm sorry the wrong seats were printed on your tickets for Blithe Spirit. Your "
         "replacement tickets for seats F12 and F13 will be ready to collect from the box office ⟦in three "
         "days⟧. Please bring the original tickets with you so we can cancel them.\n\nKind regards,\n"
         "The Royal Crescent Theatre Box Office",
         "Our tickets say row H but I booked row F, seats 12 and 13. Can this be fixed? Martin Pearce",
         "2028-03-25T23:40:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 12: appliance repair; "early next week" written at 00:15 on a Sunday.
    case("Dear Mr Rao,\n\nWe have received the compressor for your Samsung refrigerator. Our technician will "
         "visit ⟦early next week⟧ to fit it, and the work is covered under your extended warranty. Kindly "
         "keep the refrigerator emptied and unplugged for two hours before he arrives.\n\nRegards,\n"
         "CoolFix Appliance Care, Bengaluru",
         "It has been ten days without a working fridge. When will the technician come? Venkat Rao",
         "2028-08-13T00:15:00+05:30", "Asia/Kolkata", "en-GB", ["relative-date"]),
    # 13: orthodontist; "next Thursday" written on a Tuesday.
    case("Hi Mrs. Delgado,\n\nThank you for letting us know that Sofia's bracket came loose. Dr. Feld can "
         "reattach it ⟦next Thursday⟧ at 3:40 p.m., and the visit will take about twenty minutes. Until then, "
         "a small piece of orthodontic wax over the bracket will keep it from rubbing.\n\nSincerely,\n"
         "BrightSmile Orthodontics",
         "One of Sofia's brackets came off at dinner last night. When can she come in? Ana Delgado",
         "2028-06-20T09:10:00-04:00", "America/New_York", "en-US", ["relative-date"]),
    # 14: coworking space; "today" as a deadline, written at 23:20.
    case("Dear Ananya,\n\nThe private cabin on the third floor is free from Wednesday 1 November, at ₹18,000 a "
         "month. Please confirm ⟦today⟧ if you would like to keep it, as another team has asked about it. "
         "The deposit is one month's rent, payable by UPI or bank transfer.\n\nRegards,\n"
         "WorkNest Coworking, Saket",
         "Is the cabin on the third floor available from November? We are a team of six. Ananya",
         "2028-10-05T23:20:00+05:30", "Asia/Kolkata", "en-GB", ["relative-date"]),
    # 15: tailor; "this weekend" written on a Saturday morning.
    case("Hi Owen,\n\nYour suit trousers have been taken up and the jacket sleeves shortened by 2cm. We'll "
         "finish the final press ⟦this weekend⟧ and text you when it's ready to collect. Our shop on Chapel "
         "Street is open 9am to 5:30pm, Monday to Saturday.\n\nThanks,\nStitchworks Tailoring",
         "Is there any chance the suit could be ready before my work do on Friday 15 December? Owen",
         "2028-12-09T10:30:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 16: roofer; "the day after tomorrow" written at 23:58.
    case("Hi Gary,\n\nThanks for approving the estimate for the hail damage repair. Our crew will start "
         "tearing off the old shingles ⟦the day after tomorrow⟧ at 7:30 a.m., weather permitting. Please "
         "move both cars out of the driveway the night before.\n\nThanks,\nSummit Peak Roofing",
         "The estimate looks fine, go ahead. When can you start? Gary",
         "2028-09-14T23:58:00-06:00", "America/Denver", "en-US", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: florist; 12 May 2028 is a Friday.
    case("Hi Grace,\n\nThank you for choosing us for your mum's 70th birthday flowers. The hand-tied bouquet "
         "of peonies will be delivered on ⟦Thursday 12 May⟧, in the morning slot of 8am to 12:30pm. If nobody "
         "is in, our driver will leave it with the neighbour you named.\n\nWarm wishes,\nPetal & Stem",
         "Please deliver the peonies on her birthday, 12 May. If she's out, number 9 will take them in. Grace",
         "2028-05-02T14:10:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 18: credit union; 3/14/2028 is a Tuesday.
    case("Hi Denise,\n\nYour auto loan has been approved at 5.9% APR for 60 months. Please come to the Maple "
         "Grove branch on ⟦Wed., 3/14⟧ at 10:30 a.m. to sign the paperwork, and bring your driver's license "
         "and proof of insurance. The funds will go to the dealership the same day.\n\nBest,\n"
         "Prairie Heritage Credit Union",
         "Any news on my auto loan application? Denise",
         "2028-03-08T11:00:00-06:00", "America/Chicago", "en-US", ["weekday-mismatch"]),
    # 19: Irish solicitor; written in June, the next 21st is Wednesday 21 June.
    case("Dear Mr Doyle,\n\nThe probate papers are ready for your signature. Could you call into our office on "
         "Abbey Street, Ennis, on ⟦Thursday the 21st⟧ at 11am? It should take no more than half an hour.\n\n"
         "Kind regards,\nSiobhán Ní Bhriain\nKinsella & Hart Solicitors",
         "Are the probate papers ready to sign yet? Seán Doyle",
         "2028-06-14T12:05:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 20: solar installer; 16/09/2028 is a Saturday.
    case("Hi Sipho,\n\nYour 5kW solar system and battery have arrived at our Midrand warehouse. The "
         "installation team will be at your house on ⟦Fri 16/09/2028⟧ from 08:00 to 16:00, and the power "
         "will be off for about two hours. Please make sure someone can let them into the roof space.\n\n"
         "Regards,\nSunveld Solar",
         "Has the battery arrived yet? We'd like the install done before the end of September. Sipho",
         "2028-09-06T08:00:00+02:00", "Africa/Johannesburg", "en-GB", ["weekday-mismatch"]),
    # 21: orthodontist; November 6, 2028 is a Monday.
    case("Hi Jordan,\n\nYour son's retainer check is booked for ⟦Tuesday, November 6⟧, at 4:15 p.m. with "
         "Dr. Amini. Please bring both retainers in their case so we can check the fit. If you need to "
         "reschedule, just reply to this email.\n\nBest,\nCoastline Orthodontics",
         "Can we book Eli's retainer check for early November, after school? Jordan",
         "2028-10-30T16:45:00-07:00", "America/Los_Angeles", "en-US", ["weekday-mismatch"]),
    # 22: gym; Saturday 4 March is right, 6 March is a Monday.
    case("Hi Ellie,\n\nThanks for signing up for the outdoor bootcamp weekend. Sessions run on Saturday 4 March "
         "and ⟦Sunday 6 March⟧, both from 9am to 10:30am in Victoria Park. Bring layers and a mat, as the "
         "ground can be wet.\n\nSee you there,\nForge Fitness",
         "I've paid for the bootcamp weekend. What should I bring? Ellie",
         "2028-02-22T19:05:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 23: hockey camp in Winnipeg; Aug. 19, 2028 is a Saturday.
    case("Hi Dave,\n\nThe end-of-camp tournament will be held on ⟦Sun., Aug. 19⟧, starting with the under-12 "
         "games at 9 a.m. Parents are welcome in the stands, and the canteen will be open all day. Medals "
         "will be handed out after the final game.\n\nCheers,\nRed River Hockey Camp",
         "When is the tournament at the end of camp? Grandma wants to come and watch. Dave",
         "2028-08-01T20:30:00-05:00", "America/Winnipeg", "en-GB", ["weekday-mismatch"]),
    # 24: tailor in Chennai; 7 December 2028 is a Thursday.
    case("Dear Ms Lakshmi,\n\nYour blouse fittings are done and the silk has been sent for the final "
         "stitching. The three blouses will be ready for pickup at our Usman Road shop on ⟦Friday, 7 "
         "December⟧, any time after 11 am. Kindly bring the matching saree so we can check the fall and pico "
         "once more.\n\nThank you,\nKanchi Tailors",
         "When will the blouses be ready? The function is on 10 December. Lakshmi",
         "2028-11-23T18:20:00+05:30", "Asia/Kolkata", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: printer; April has 30 days.
    case("Hi Raj,\n\nThanks for your order of 500 A5 flyers for the spring fair. We'll print them on ⟦31 "
         "April⟧ and courier them to you the next working day. The proof is attached; please check the phone "
         "number carefully.\n\nBest wishes,\nInkwell Print Co.",
         "Here's the artwork for the fair flyers. The fair is on Saturday 6 May. Raj",
         "2028-04-03T09:30:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: car wash; June has 30 days.
    case("Hi Brandon,\n\nSorry the ceramic coating machine was down when you came by. Your free upgrade "
         "voucher is good through ⟦June 31st⟧ at any of our three Phoenix locations. Just show the voucher "
         "code at the pay station.\n\nThanks,\nDesert Shine Car Wash",
         "I paid for the ceramic package but the machine was broken. Brandon",
         "2028-06-10T15:00:00-07:00", "America/Phoenix", "en-US", ["impossible-date"]),
    # 27: Irish solicitor; September has 30 days.
    case("Dear Mr and Mrs Gallagher,\n\nWe have received the loan offer from your bank. Completion of your "
         "purchase of 14 Harbour View, Dún Laoghaire, is now set for ⟦31 September⟧, and the keys will be "
         "released to you that afternoon. We will need the balance of the deposit in our client account five "
         "working days before then.\n\nYours sincerely,\nAoife Kinsella\nKinsella & Hart Solicitors",
         "Our bank says the loan offer has issued. When can we complete? Declan and Aisling Gallagher",
         "2028-08-24T12:40:00+01:00", "Europe/Dublin", "en-GB", ["impossible-date"]),
    # 28: safari lodge; an ISO date in February 2028 (a leap year, still no 30th).
    case("Dear Mr Hartley,\n\nThank you for your deposit of R8,400. Your booking at Mopane Ridge is confirmed "
         "for two nights, arriving ⟦2028-02-30⟧, in one of our thatched chalets. Check-in opens at 14:00 and "
         "the afternoon game drive leaves at 16:30.\n\nWarm regards,\nThandi\nMopane Ridge Safari Lodge",
         "I've paid the deposit for two nights at the end of February. Can you confirm? Geoff Hartley",
         "2028-01-19T10:00:00+02:00", "Africa/Johannesburg", "en-GB", ["impossible-date"]),
    # 29: wedding caterer; November has 30 days.
    case("Dear Mr Khanna,\n\nThank you for the advance of ₹50,000. We have blocked ⟦31st November⟧ for your "
         "daughter's reception at the Andheri banquet hall, with dinner service from 8 pm to 11 pm. Our menu "
         "tasting can be arranged any weekday evening before that.\n\nWarm regards,\nRasoi Events, Mumbai",
         "We have transferred the advance. Please block the date for the reception. Vikram Khanna",
         "2028-10-10T23:10:00+05:30", "Asia/Kolkata", "en-GB", ["impossible-date"]),
    # 30: gym in Toronto; February 30 does not exist, even in 2028.
    case("Hi Kevin,\n\nWe've frozen your membership while your shoulder heals, at no charge. The freeze runs "
         "until ⟦February 30⟧, and your regular $49 monthly payment will start again after that. If you need "
         "more time, send us a note from your physio.\n\nTake care,\nQueen West Athletic Club",
         "I've hurt my shoulder and can't train for a month. Can I freeze my membership? Kevin",
         "2028-01-31T07:55:00-05:00", "America/Toronto", "en-GB", ["impossible-date"]),
    # 31: dog walker in Brooklyn; US-style 6/31.
    case("Hi Alyssa,\n\nWe'd be happy to walk Biscuit while you're away. Our walker Jess can do a 30-minute "
         "walk every day at 12:30 p.m. from 6/26 through ⟦6/31⟧. The rate is $22 per walk, billed at the end "
         "of your trip.\n\nThanks,\nBark & Stroll Brooklyn",
         "I'm away for the last week of June. Can someone walk Biscuit at lunchtime? Alyssa",
         "2028-06-23T21:50:00-04:00", "America/New_York", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: florist, written at 00:20 on Sunday 14 May: Saturday 13 May has just ended.
    case("Hi Imogen,\n\nThank you for your order for your grandmother's 90th birthday. The lily and rose "
         "arrangement will be delivered to her care home on ⟦Saturday 13 May⟧ between 9am and 1pm. The staff "
         "have confirmed they'll put the flowers in her room.\n\nWarm wishes,\nPetal & Stem",
         "Her birthday is next weekend. Could the flowers go to Elm House care home? Imogen",
         "2028-05-14T00:20:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 33: credit union; a skipped payment moved to a date five days gone.
    case("Hi Rob,\n\nWe've set up the skip-a-payment option on your personal loan as you asked. Your next "
         "payment of $312.40 will be due on ⟦September 15, 2028⟧, and interest will continue to accrue in the "
         "meantime. You can see the updated schedule in online banking.\n\nBest regards,\n"
         "Lakeshore Members Credit Union",
         "Money is tight after the car repairs. Can I skip my next loan payment? Rob",
         "2028-09-20T10:00:00-04:00", "America/New_York", "en-US", ["past-date"]),
    # 34: theatre; an on-sale date four days gone, told as still to come.
    case("Dear Mrs Ahmed,\n\nThank you for asking about our Christmas pantomime, Jack and the Beanstalk. "
         "Tickets for the December performances will go on sale to Friends of the Theatre on ⟦Monday 2 "
         "October⟧ at 10am, and to everyone else a week later. Friends can book up to eight seats per "
         "performance.\n\nKind regards,\nThe Royal Crescent Theatre Box Office",
         "When can Friends of the Theatre book for the panto? Farida Ahmed",
         "2028-10-06T12:15:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 35: Irish solicitor, written on 4 January 2028 about a lodgement "on 29 December 2027".
    case("Dear Ms Walsh,\n\nThank you for your instructions regarding your late father's estate. We will "
         "lodge the application for the grant of probate with the Probate Office on ⟦29 December 2027⟧, and "
         "we will write to you as soon as the grant issues. Please send us the original death certificate in "
         "the meantime.\n\nYours sincerely,\nCiarán Hartnett\nKinsella & Hart Solicitors",
         "I'd like you to act for me in my father's estate. What happens next? Mary Walsh",
         "2028-01-04T09:20:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 36: roofer; the inspection date is two days gone.
    case("Hi Shannon,\n\nYour insurance adjuster has approved the claim for the storm damage. The city "
         "inspector will come out for the roof permit on ⟦Tuesday, August 1⟧, and our crew can start the week "
         "after. We'll send you the material samples to choose a shingle color.\n\nThanks,\n"
         "Summit Peak Roofing",
         "The adjuster called and said the claim is approved. What's next? Shannon",
         "2028-08-03T17:30:00-06:00", "America/Denver", "en-US", ["past-date"]),
    # 37: dive charter; the dive is "moved" to a date two days gone.
    case("Hi Ruan,\n\nSorry the sea was too rough for Saturday's launch. We've moved your Aliwal Shoal dive to "
         "⟦3 March⟧, same time, with the boat leaving Umkomaas beach at 06:30. Your deposit carries over, so "
         "there's nothing more to pay.\n\nCheers,\nShoal Divers, Durban",
         "Shame about Saturday! When can we go out instead? Ruan",
         "2028-03-05T19:40:00+02:00", "Africa/Johannesburg", "en-GB", ["past-date"]),
    # 38: appliance repair, 23:55 on 2 March; the visit is set for 28 February.
    case("Dear Mrs Menon,\n\nWe are sorry your washing machine is still leaking after the last repair. A "
         "senior technician will visit your flat in Indiranagar on ⟦28/02/2028⟧ between 10 am and 1 pm, free "
         "of charge. He will bring a new door seal and drain pump.\n\nRegards,\n"
         "CoolFix Appliance Care, Bengaluru",
         "The machine is leaking again, the same as before the repair. Please send someone. Sheela Menon",
         "2028-03-02T23:55:00+05:30", "Asia/Kolkata", "en-GB", ["past-date"]),
    # 39: hockey camp; early-bird deadline already passed, told as still open.
    case("Hi Nadia,\n\nThanks for your interest in our summer hockey camp for Liam. If you register before "
         "⟦March 31, 2028⟧, you'll get the early-bird price of $395 instead of $450. Camp runs from Monday 10 "
         "July to Friday 14 July, 9 a.m. to 3:30 p.m. each day.\n\nCheers,\nNorthern Edge Hockey Camp",
         "How much is the summer camp, and is there a discount for booking early? Nadia",
         "2028-04-04T13:00:00-04:00", "America/Toronto", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 40: US credit union to a member posted to London: 07/08 is 8 July or 7 August, both ahead.
    case("Hi Fiona,\n\nWe've received your request to keep your account open while you're working in London. "
         "Your replacement debit card will be mailed to your UK address on ⟦07/08/2028⟧ and should arrive "
         "within ten business days. Please activate it through our mobile app when it arrives.\n\nBest,\n"
         "Prairie Heritage Credit Union",
         "I'm in London for a two-year posting and my debit card expires soon. Can you send a new one to my "
         "flat here? Fiona",
         "2028-06-28T15:20:00-05:00", "America/Chicago", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 41: Irish solicitor to a client in New York: two numeric dates, each readable both ways and ahead.
    case("Dear Mr Brennan,\n\nThank you for confirming your instructions from New York. Please return the "
         "signed deed of transfer by ⟦05/04/2028⟧, and the sale of your late aunt's house in Galway will "
         "close on ⟦04/06/2028⟧. We will transfer the proceeds to your US account within three working days "
         "of closing.\n\nYours sincerely,\nAoife Kinsella\nKinsella & Hart Solicitors",
         "I'm happy to go ahead with the sale. I live in New York, so please send everything by courier. "
         "Patrick Brennan",
         "2028-03-20T11:00:00+00:00", "Europe/Dublin", "en-GB",
         ["ambiguous-numeric-date", "ambiguous-numeric-date"], recipient_timezone="America/New_York"),
    # 42: safari lodge to American guests: 05/09 is 5 September or May 9, both ahead.
    case("Dear Mr and Mrs Novak,\n\nWe are delighted to confirm your four nights at Mopane Ridge in October. "
         "The balance of R36,800 is due by ⟦05/09/2028⟧, and our bank details are on the attached invoice. "
         "Please let us know of any dietary requirements.\n\nWarm regards,\nThandi\n"
         "Mopane Ridge Safari Lodge",
         "We're flying from Chicago and can't wait! When is the balance due? Greg and Lisa Novak",
         "2028-04-18T09:45:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),
    # 43: London gym to an American who has just moved to London: 2/3 is 2 March or February 3.
    case("Hi Kayla,\n\nWelcome to Forge Fitness, and welcome to London 🇬🇧! Your 12-week transformation "
         "programme starts on ⟦2/3⟧, with a body composition scan before your first session. You can book "
         "the scan at reception or in the app.\n\nSee you soon,\nForge Fitness",
         "Hi! I just moved over from Boston and signed up for the 12-week programme. When does it start? "
         "Kayla",
         "2028-01-25T18:30:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Delhi coworking to a US client: 09/10 is 9 October or September 10, both ahead.
    case("Dear Mr Whitfield,\n\nThank you for booking the board room at WorkNest Saket for your team's visit "
         "to Delhi. The room is reserved for the whole day on ⟦09/10/2028⟧, with lunch for twelve from our "
         "café. We will send the Wi-Fi details and a parking pass closer to the date.\n\nRegards,\n"
         "WorkNest Coworking, Saket",
         "Our team from San Francisco is visiting Delhi this autumn and needs a board room for a day. "
         "Mark Whitfield",
         "2028-07-19T23:30:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 45: Toronto hockey camp to a family from Buffalo: 06/07 is 6 July or June 7, both ahead.
    case("Hi Mr. Kowalski,\n\nThanks for registering Tyler and Ben for our summer program. Check-in for the "
         "overnight week is on ⟦06/07/2028⟧, and the welcome barbecue starts at 5 p.m. that day. Please fill "
         "in the medical forms before then.\n\nCheers,\nNorthern Edge Hockey Camp",
         "We're driving up from Buffalo for the overnight week. When is check-in? Stan Kowalski",
         "2028-02-13T20:10:00-05:00", "America/Toronto", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 46: London printer to a New York office: 10/11 is 10 November or October 11, both ahead.
    case("Hi Jessie,\n\nThanks for the order of 250 business cards on recycled card. They'll be posted to "
         "your New York office on ⟦10/11⟧ by international tracked mail, which usually takes five to seven "
         "working days. We'll email the tracking number once they're on their way.\n\nBest wishes,\n"
         "Inkwell Print Co.",
         "Please send the cards to our office at 220 West 26th Street, New York. Jessie",
         "2028-09-01T16:00:00+01:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 47: Mumbai caterer to a customer in Dubai; 1 June 2028 is a Thursday, and 7 pm has no zone.
    case("Dear Mrs Shah,\n\nThank you for choosing us for your son's wedding lunch in Mumbai. Chef Arjun can "
         "take you through the menu on a video call on ⟦Friday 1 June⟧ at ⟦7 pm⟧. We will share the link an "
         "hour before.\n\nWarm regards,\nRasoi Events, Mumbai",
         "I'm in Dubai until the end of June, so a video call would be best. Hema Shah",
         "2028-05-27T22:15:00+05:30", "Asia/Kolkata", "en-GB", ["weekday-mismatch", "missing-timezone"],
         recipient_timezone="Asia/Dubai"),
    # 48: safari lodge phoning a guest in London in January (SAST is two hours ahead).
    case("Dear Mrs Fairweather,\n\nThank you for your enquiry about our family safari package. Our "
         "reservations manager, Pieter, will phone you on Friday 14 January at ⟦10:00⟧ to go through the "
         "options and the malaria advice. If that time doesn't suit, just reply with a better one.\n\n"
         "Warm regards,\nThandi\nMopane Ridge Safari Lodge",
         "We'd love to bring the children out at Easter. Could someone ring me to talk it through? "
         "Helen Fairweather",
         "2028-01-12T17:00:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"],
         recipient_timezone="Europe/London"),
    # 49: Denver roofer; the customer says he is in Atlanta this month.
    case("Hi Craig,\n\nWe finished the ridge vent repair on your Lakewood house this afternoon, and the photos "
         "are attached. Our project manager, Luis, will call you on Friday, November 10, at ⟦4:00 p.m.⟧ to "
         "walk through the final invoice. Payment is due within 30 days.\n\nThanks,\nSummit Peak Roofing",
         "I'm working in Atlanta this month, so please keep me posted by phone. Craig",
         "2028-11-08T14:20:00-07:00", "America/Denver", "en-US", ["missing-timezone"]),
    # 50: Dublin solicitor to a client in Boston in the gap week (Dublin on GMT, Boston on EDT).
    case("Dear Ms Quinlan,\n\nThe landlord's solicitor has agreed to a video meeting on Monday 20 March at "
         "⟦15:00⟧ to settle the remaining terms of the lease. Please return the signed schedule of "
         "dilapidations by ⟦17:00⟧ on Thursday 16 March so I can circulate it. I will send you a Teams link the "
         "day before the meeting.\n\nYours sincerely,\nCiarán Hartnett\nKinsella & Hart Solicitors",
         "I can join any meeting by video from Boston. Maeve Quinlan",
         "2028-03-15T10:30:00+00:00", "Europe/Dublin", "en-GB", ["missing-timezone", "missing-timezone"],
         recipient_timezone="America/New_York"),
    # 51: London gym's live online classes for a member now in Madrid.
    case("Hi Jess,\n\nYou can keep your membership while you're in Madrid by switching to our online plan at "
         "£15 a month. Live HIIT classes stream every Tuesday and Thursday at ⟦6:30pm⟧, and recordings stay "
         "up for a week. Just log in to the app with your usual details.\n\nSee you online,\nForge Fitness",
         "I've moved to Madrid for work. Can I keep my membership somehow? Jess",
         "2028-04-18T21:40:00+01:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="Europe/Madrid"),
    # 52: Delhi coworking; the member says he is in Singapore.
    case("Dear Rohan,\n\nThanks for your interest in a dedicated desk at WorkNest Saket. Our community "
         "manager, Farah, will call you on Wednesday 1 March at ⟦11:30 am⟧ to go through the plans. Dedicated "
         "desks start at ₹9,500 a month, including tea and coffee.\n\nRegards,\nWorkNest Coworking",
         "I'm in Singapore on a client project until mid-March. Can someone call me about moving to a "
         "dedicated desk? Rohan",
         "2028-02-28T23:05:00+05:30", "Asia/Kolkata", "en-GB", ["missing-timezone"]),
    # 53: London florist to a customer in New York in the week between the autumn changes.
    case("Hi Daniel,\n\nWe can certainly deliver a sympathy wreath to St Mary's Church in Putney for your "
         "aunt's funeral on Wednesday 8 November. Our florist, Bea, will call you ⟦tomorrow⟧ at ⟦9am⟧ to talk "
         "through the colours and the card. We're very sorry for your loss.\n\nWarm wishes,\nPetal & Stem",
         "I'm in New York and can't get back for my aunt's funeral. Can you send a wreath? Please call me. "
         "Daniel",
         "2028-11-02T22:45:00+00:00", "Europe/London", "en-GB", ["relative-date", "missing-timezone"],
         recipient_timezone="America/New_York"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: Los Angeles orthodontist; PST in August (Los Angeles is on PDT).
    case("Hi Mr. Tran,\n\nThank you for requesting a virtual consultation for Emily's Invisalign treatment. "
         "Dr. Amini has an opening on Thursday, August 24, at 4:30 p.m. ⟦PST⟧ on our secure video platform. "
         "Please have Emily's recent X-rays handy if her dentist sent them to you.\n\nBest,\n"
         "Coastline Orthodontics",
         "Do you do virtual consultations for Invisalign? We live in Pasadena. Minh Tran",
         "2028-08-18T08:30:00-07:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 55: Dublin solicitor; "GMT" in July, when Ireland is on UTC+1 (the New York time given fits UTC+1).
    case("Dear Mr Costello,\n\nThe mediation with your former business partner will take place by video on "
         "Tuesday 11 July at 11am ⟦GMT⟧, which is 6am in New York. Ciarán Hartnett will represent you, and he "
         "will send you a short briefing note in advance. Please make sure you can join from a quiet room.\n\n"
         "Yours sincerely,\nNiamh Delaney\nKinsella & Hart Solicitors",
         "I'm based in New York now, so I'll have to join the mediation by video. Eoin Costello",
         "2028-07-05T14:00:00+01:00", "Europe/Dublin", "en-GB", ["zone-mismatch"],
         recipient_timezone="America/New_York"),
    # 56: solar installer; SAST is UTC+2, not UTC+3.
    case("Dear Mr Vogel,\n\nThank you for your interest in our off-grid system for your holiday house in "
         "Hermanus. Our engineer, Lerato, can take you through the design on a video call on Thursday 19 "
         "October at 10:00 ⟦SAST (UTC+3)⟧. The quote we sent you is valid until Tuesday 31 October.\n\n"
         "Regards,\nSunveld Solar",
         "Could we discuss the design by video? I am in Berlin until Christmas. Jürgen Vogel",
         "2028-10-14T16:10:00+02:00", "Africa/Johannesburg", "en-GB", ["zone-mismatch"],
         recipient_timezone="Europe/Berlin"),
    # 57: Halifax tailor; AST in July (Halifax is on ADT, and 9 a.m. in Toronto fits ADT).
    case("Hi Brendan,\n\nThanks for sending your measurements for the kilt and jacket. Our cutter, Morag, "
         "would like a quick video fitting on Friday 28 July at 10 a.m. ⟦AST⟧ (9 a.m. in Toronto) before she "
         "cuts the tartan. It should take about 15 minutes.\n\nAll the best,\nBluenose Tailoring, Halifax",
         "Measurements attached. I'm in Toronto, so any fitting would have to be by video. Brendan",
         "2028-07-25T17:20:00-03:00", "America/Halifax", "en-GB", ["zone-mismatch"],
         recipient_timezone="America/Toronto"),
    # 58: theatre livestream; BST for the evening of Sunday 29 October, after the clocks go back.
    case("Dear Ms Lindqvist,\n\nThank you for buying a ticket for the livestream of our closing-night "
         "performance of Hamlet. The stream begins at 7:30pm ⟦BST⟧ on Sunday 29 October, and your link will "
         "stay active for 48 hours afterwards. You'll find the link and your access code in your booking "
         "confirmation.\n\nKind regards,\nThe Royal Crescent Theatre Box Office",
         "I've bought a livestream ticket for Hamlet. What time does it start? Karin Lindqvist",
         "2028-10-25T11:00:00+01:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 59: Chicago credit union, written at 23:35; CDT in January (Chicago is on CST).
    case("Hi Aaron,\n\nOur member service center is closed on Monday, January 1, for the New Year holiday. "
         "Phone lines reopen on Tuesday, January 2, at 8 a.m. ⟦CDT⟧, and you can still use the ATMs and mobile "
         "app in the meantime. Your card dispute is on file and won't be affected by the closure.\n\nBest,\n"
         "Prairie Heritage Credit Union",
         "I need to talk to someone about my card dispute over the holidays. When are you open? Aaron",
         "2028-12-29T23:35:00-06:00", "America/Chicago", "en-US", ["zone-mismatch"]),
    # 60: Seattle gym; PDT in December (Seattle is on PST).
    case("Hi Nicole,\n\nYour personal training package has been renewed for another 10 sessions. Coach "
         "Darnell's virtual check-in is on Friday, December 8, at 12:15 p.m. ⟦PDT⟧, and the link is in the "
         "app. Remember to log your meals before then.\n\nStay strong,\nEmerald City Fitness",
         "I'll be traveling for work next week but I can do a video check-in. Nicole",
         "2028-12-04T05:50:00-08:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
]

NEGATIVES = [
    # 01: safari lodge to guests in Munich in July: SAST and CEST share a clock.
    case("Dear Mr Becker,\n\nThank you for your message from Munich. Your transfer from Skukuza airport on "
         "Saturday 15 July will meet your flight at 13:10, and the afternoon game drive leaves at 16:30, so "
         "you won't miss anything. Our bush dinner that evening starts at 19:30 in the boma.\n\n"
         "Warm regards,\nThandi\nMopane Ridge Safari Lodge",
         "We are writing from Munich. Our flight lands at Skukuza at 13:10 on Saturday 15 July. Will we "
         "make the afternoon drive? Thomas Becker",
         "2028-06-29T09:00:00+02:00", "Africa/Johannesburg", "en-GB", recipient_timezone="Europe/Berlin"),
    # 02: gym; times settled by "in the morning" / "in the evening", studio and street numbers.
    case("Hi Sam,\n\nThanks for asking about spin classes. We run two on weekdays: one at 6:15 in the morning "
         "and one at 8 in the evening, both in Studio 2 at 14 Mill Road. Your first class on Monday 3 April "
         "is free.\n\nSee you there,\nForge Fitness",
         "Do you have spin classes before or after work? Sam",
         "2028-03-27T06:05:00+01:00", "Europe/London", "en-GB"),
    # 03: credit union; a rate, 24/7, a phone number, a street number and a correct weekday.
    case("Hi Kendra,\n\nYour 12-month certificate at 4.25% APY is open, and your first statement will be "
         "mailed on Friday, June 30, 2028. You can reach our card services line 24/7 at 1-800-555-0142, or "
         "visit us at 1200 Oak Street from 9 a.m. to 5 p.m. on weekdays. Thanks for saving with us.\n\n"
         "Best,\nPrairie Heritage Credit Union",
         "Did my certificate open OK? When will I get a statement? Kendra",
         "2028-06-18T23:40:00-05:00", "America/Chicago", "en-US"),
    # 04: Irish solicitor; past dates told in the past tense, with the right weekdays.
    case("Dear Mrs Moran,\n\nWe received the title deeds from your bank on Tuesday 2 May and lodged the "
         "transfer with the Land Registry on Friday 5 May. Registration usually takes a few months, and we "
         "will send you the updated folio as soon as it issues. There is nothing further you need to do at "
         "this stage.\n\nYours sincerely,\nNiamh Delaney\nKinsella & Hart Solicitors",
         "Has the transfer been registered yet? Bríd Moran",
         "2028-05-10T15:30:00+01:00", "Europe/Dublin", "en-GB"),
    # 05: printer, 23:58; a version number, paper weight, a fraction, a price and right weekdays.
    case("Hi Callum,\n\nVersion 3.1 of your café menu is approved, and we'll print 200 copies on 350gsm silk at "
         "A4 size, folded to 1/3 width. The order goes to press on Tuesday 20 June, and our courier will "
         "deliver it by 5pm on Thursday 22 June. The total is £184.50 including VAT.\n\n"
         "Best wishes,\nInkwell Print Co.",
         "Version 3.1 attached, this is the final one! Callum",
         "2028-06-16T23:58:00+01:00", "Europe/London", "en-GB"),
    # 06: Phoenix car wash; the customer lives in San Diego and is visiting Tucson: one clock in July.
    case("Hi Jared,\n\nSorry the tire shine was missed on your last visit. We've added two free Ultimate washes "
         "to your account, and they work at all 14 of our Arizona locations. Our Tucson site on Grant Road is "
         "open from 7 a.m. to 8 p.m. every day in July.\n\nThanks,\nDesert Shine Car Wash",
         "I'm in Tucson this month visiting family, then back home to San Diego. You missed the tire shine "
         "last time. Jared",
         "2028-07-07T18:00:00-07:00", "America/Phoenix", "en-US", recipient_timezone="America/Los_Angeles"),
    # 07: orthodontist; a correct full date with weekday, "noon", a suite number.
    case("Hi Mrs. Patel,\n\nAiden's braces removal is scheduled for Wednesday, March 15, 2028, at 8:20 a.m., "
         "and the appointment takes about 90 minutes. We'll take his retainer impressions at the same visit, "
         "so he can be back at school by noon. Our office is on the 3rd floor, in Suite 305.\n\nBest,\n"
         "BrightSmile Orthodontics",
         "When is Aiden getting his braces off? He doesn't want to miss a whole day of school. Priya Patel",
         "2028-03-06T17:15:00-05:00", "America/New_York", "en-US"),
    # 08: theatre; "the 15th" with its month named earlier, 2.30pm, seat numbers.
    case("Dear Mr Ellison,\n\nThank you for your booking. Your tickets for the April run of Blithe Spirit are "
         "for the matinee on Saturday the 15th, which starts at 2.30pm, in Row G, seats 11 to 14. The bar "
         "opens an hour before curtain up.\n\nKind regards,\nThe Royal Crescent Theatre Box Office",
         "Could you confirm which performance our four tickets are for? Paul Ellison",
         "2028-03-26T23:30:00+01:00", "Europe/London", "en-GB"),
    # 09: Toronto hockey camp to a family in Rochester (same clock); a range sharing "a.m.".
    case("Hi Mrs. Lavoie,\n\nThanks for registering Noah for our goalie clinic. Sessions run on Saturday 21 "
         "October and Saturday 28 October from 8:30 to 10 a.m. at Parkview Arena, Rink 2. Please arrive 20 "
         "minutes early for the first session so we can check his pads.\n\nCheers,\nNorthern Edge Hockey Camp",
         "We live in Rochester and will drive over for the clinic. What are the times? Julie Lavoie",
         "2028-10-11T22:10:00-04:00", "America/Toronto", "en-GB", recipient_timezone="America/New_York"),
    # 10: wedding caterer, 00:05; "by 4 pm", "from 8 to 11 in the evening", a price per plate.
    case("Dear Mr Agarwal,\n\nThank you for confirming 250 guests at ₹1,450 per plate for the reception on "
         "Friday 29 December. Our team will arrive at the lawns by 4 pm to set up, and dinner will be served "
         "from 8 to 11 in the evening. The live jalebi counter will run until the last guest has eaten.\n\n"
         "Warm regards,\nRasoi Events, Mumbai",
         "We are confirming 250 guests for the reception. What time will dinner start? Sunil Agarwal",
         "2028-12-17T00:05:00+05:30", "Asia/Kolkata", "en-GB"),
    # 11: dog walker, written on the leap day; 24-hour times, correct weekdays.
    case("Hi Fiona,\n\nWe've got Biscuit booked in for two walks a day from Friday 10 March to Sunday 12 March. "
         "Jo will collect her at 07:30 and 17:00 each day, and each walk lasts about an hour. We'll send a "
         "photo after every walk so you know she's happy.\n\nBest,\nPawprints Dog Walking",
         "I'm at a conference in Leeds from Friday 10 March to Sunday 12 March. Can Biscuit have two walks a "
         "day? Fiona",
         "2028-02-29T20:00:00+00:00", "Europe/London", "en-GB"),
    # 12: florist; Mothering Sunday 2028 is 26 March, the day the UK clocks go forward: BST is right.
    case("Hi Laura,\n\nThank you for pre-ordering a Mothering Sunday bouquet. We'll deliver it on Saturday 25 "
         "March between 9am and 1pm, so it's fresh for the day itself. The clocks go forward that night, and "
         "we'll be open from 8am BST on Sunday 26 March for last-minute collections.\n\nWarm wishes,\n"
         "Petal & Stem",
         "Can I order flowers for Mothering Sunday now? Laura",
         "2028-03-20T13:00:00+00:00", "Europe/London", "en-GB"),
    # 13: roofer; a past inspection told in the past tense, future dates with the right weekdays.
    case("Hi Melissa,\n\nThanks for your patience since our inspection on Monday, July 10. The architectural "
         "shingles you picked in Weathered Wood will arrive on Thursday, July 20, and our crew will start at "
         "7 a.m. the next morning. The job will take two days, so we expect to wrap up by 5 p.m. on "
         "Saturday, July 22.\n\nThanks,\nSummit Peak Roofing",
         "Any update on the shingles? Melissa",
         "2028-07-13T07:10:00-06:00", "America/Denver", "en-US"),
    # 14: Cork piano tuner to a customer in Lisbon: Ireland and Portugal share a clock all year.
    case("Dear Ms Duarte,\n\nThank you for your message from Lisbon about the upright piano at your holiday "
         "house in Kinsale. I can tune it on Thursday 24 August at 10:30am, while your neighbour has the key, "
         "and it usually takes about 90 minutes. The fee is €110, and I'll leave the receipt on the piano.\n\n"
         "Kind regards,\nDónal Murphy\nMurphy Piano Tuning, Cork",
         "I'm writing from Lisbon. Our piano in Kinsale needs tuning before we come over in September. My "
         "neighbour has a key. Inês Duarte",
         "2028-08-16T21:50:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/Lisbon"),
    # 15: solar installer, 23:45; power ratings, a price, 24-hour times, a correct weekday.
    case("Hi Naledi,\n\nThank you for accepting our quote of R148,500 for the 8kW inverter and 10.24kWh "
         "battery. Installation is booked for Tuesday 6 June 2028, from 08:00 to 16:00, and the Certificate "
         "of Compliance will follow within a week. Please clear the area around the distribution board before "
         "the team arrives.\n\nRegards,\nSunveld Solar",
         "We accept the quote. When can you install? Naledi",
         "2028-05-25T23:45:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 16: Delhi coworking to London in June: times in IST with the London time worked out correctly.
    case("Dear Helen,\n\nThanks for booking a virtual tour of WorkNest Saket for your team's India office. Our "
         "community manager, Farah, will show you around on a video call on Monday 12 June at 11 am IST, "
         "which is 6:30 am in London. If that's too early for you, 3 pm IST (10:30 am London time) works "
         "too.\n\nRegards,\nWorkNest Coworking, Saket",
         "We're opening an office in Delhi and would like a virtual tour. I'm in London. Helen",
         "2028-06-07T09:15:00+05:30", "Asia/Kolkata", "en-GB", recipient_timezone="Europe/London"),
    # 17: Calgary hockey camp to a family in Regina: Saskatchewan's CST equals Alberta's MDT in summer.
    case("Hi Mr. Dubois,\n\nThanks for signing Ethan up for the Calgary skills week. Each day runs from 9 a.m. "
         "to 3:30 p.m., and the parents' Zoom call is on Thursday 1 June at 7 p.m., which is the same time "
         "for you in Regina. Please send us his jersey size before then.\n\nCheers,\nFoothills Hockey Camp",
         "We're in Regina, so we'll join the parents' call online. Marc Dubois",
         "2028-05-22T18:30:00-06:00", "America/Edmonton", "en-GB", recipient_timezone="America/Regina"),
    # 18: New York credit union; EST in January, correct weekday.
    case("Hi Marco,\n\nThanks for asking about our retirement planning webinar. It runs on Tuesday, January 18, "
         "from 7 to 8 p.m. EST, and members can join from anywhere. You'll get the sign-in link by email the "
         "day before.\n\nBest,\nLakeshore Members Credit Union",
         "Is the retirement webinar open to members who moved out of state? Marco",
         "2028-01-07T08:00:00-05:00", "America/New_York", "en-US"),
    # 19: Chicago gym, written at 01:30 CDT on the night the clocks fall back; noon, midnight, 24/7.
    case("Hi Tasha,\n\nYour key fob is active, so you can use the gym 24 hours a day, seven days a week. Staff "
         "are on site from 6 a.m. to 10 p.m., and the sauna closes at midnight for cleaning. Your free personal "
         "training session is on Saturday, November 11, at noon with Coach Ray.\n\nSee you soon,\n"
         "Windy City Fitness",
         "My fob isn't working at the door. Also, when is my free PT session? Tasha",
         "2028-11-05T01:30:00-05:00", "America/Chicago", "en-US"),
    # 20: tailor; a waist size, a fraction of an inch, 5.45pm, a correct weekday.
    case("Hi Arjun,\n\nWe've cut the trousers to a 32-inch waist and left 3/4 inch in the seams so we can adjust "
         "them at your fitting. That's booked for Thursday 9 November at 5.45pm at our Chapel Street shop. "
         "Please bring the shoes you'll wear with the suit.\n\nThanks,\nStitchworks Tailoring",
         "Can I come for the fitting after work? Arjun",
         "2028-11-01T08:40:00+00:00", "Europe/London", "en-GB"),
    # 21: Boston plumber, 22:55; a range sharing "a.m.", a correct weekday.
    case("Hi Kevin,\n\nOur technician, Manny, will be at your condo on Wednesday, December 13, between 8 and "
         "10 a.m. to thaw and insulate the frozen pipe under the kitchen sink. He'll call 30 minutes before "
         "arriving. The diagnostic fee is $89, waived if you go ahead with the repair.\n\nThanks,\n"
         "Harbor Plumbing & Drain",
         "The pipe under my kitchen sink is frozen again. Kevin",
         "2028-12-11T22:55:00-05:00", "America/New_York", "en-US"),
    # 22: Irish solicitor to a client in Boston in July: Irish time with the Boston time worked out.
    case("Dear Mr Fitzgerald,\n\nThe auction of the family farm at Ballyhaunis is fixed for Friday 7 July at "
         "11am Irish time, which is 6am in Boston. You can bid by phone, and our auctioneer will ring you ten "
         "minutes before your lot comes up.\n\nYours sincerely,\nCiarán Hartnett\nKinsella & Hart Solicitors",
         "I'd like to bid on the farm from Boston. When is the auction? Michael Fitzgerald",
         "2028-06-24T16:40:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="America/New_York"),
    # 23: safari lodge to London in January: SAST with the London time worked out.
    case("Dear Mrs Pritchard,\n\nOur reservations manager, Pieter, will call you on Tuesday 25 January at "
         "09:00 SAST, which is 07:00 in London, to finalise your transfers. He'll be calling from a +27 "
         "number.\n\nWarm regards,\nThandi\nMopane Ridge Safari Lodge",
         "Could someone call me about the transfers? I'm at home in London. Jane Pritchard",
         "2028-01-21T22:30:00+02:00", "Africa/Johannesburg", "en-GB", recipient_timezone="Europe/London"),
    # 24: Chennai tailor; a bill, a range with am and pm, a correct weekday.
    case("Dear Mrs Raghavan,\n\nYour silk kurtas are ready and pressed, and the bill comes to ₹4,800 for all "
         "three. You can collect them from our Usman Road shop from Saturday 14 October, any time between "
         "10 am and 8:30 pm.\n\nThank you,\nKanchi Tailors",
         "Are the kurtas ready? Meena Raghavan",
         "2028-10-08T19:00:00+05:30", "Asia/Kolkata", "en-GB"),
    # 25: Dallas roofer; the customer names Denver, but it is his daughter who lives there.
    case("Hi Mr. Okoye,\n\nThe final inspection passed this morning, and your roof is now covered by our "
         "25-year workmanship warranty. Your daughter can pick up the warranty papers at our Garland office on "
         "Friday, September 29, between 1 and 4 p.m. We'll also mail a copy to your home.\n\nThanks,\n"
         "Lone Star Roofing",
         "My daughter flew in from Denver and can pick up the papers while she's here. I'm at home in Dallas. "
         "Emeka Okoye",
         "2028-09-26T14:00:00-05:00", "America/Chicago", "en-US"),
    # 26: London printer to New York between the spring changes: 4pm GMT is noon EDT that week.
    case("Hi Marisa,\n\nThanks for sending the artwork for your book covers. Our pre-press manager, Tom, can go "
         "through the colour proofs with you on a video call on Wednesday 15 March at 4pm GMT, which is noon "
         "EDT in New York. He'll send a calendar invite with the link.\n\nBest wishes,\nInkwell Print Co.",
         "Could we go over the proofs on a call? I'm in our New York office. Marisa",
         "2028-03-13T10:20:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 27: Bengaluru appliance repair to a customer in Colombo: India and Sri Lanka share a clock.
    case("Dear Mr Perera,\n\nWe can service the split AC units at your mother's flat in Koramangala while you "
         "are in Colombo. Our technician will visit on Saturday 9 September between 10 am and 12:30 pm, and "
         "your mother only needs to show him the units. We will send you a video call link at 10 am so you "
         "can watch the work.\n\nRegards,\nCoolFix Appliance Care, Bengaluru",
         "I live in Colombo but my mother's ACs in Bengaluru need servicing. Can I watch on video? "
         "Dilan Perera",
         "2028-09-02T23:50:00+05:30", "Asia/Kolkata", "en-GB", recipient_timezone="Asia/Colombo"),
    # 28: hockey camp; a score and a game-clock time that are not dates or times of day.
    case("Hi Mrs. Chen,\n\nWhat a finish to the week! The Under-12s won the final 4-2, and Owen scored the "
         "winner with 2:35 left in the third period. The team photo will be emailed to all parents by Friday "
         "18 August.\n\nCheers,\nNorthern Edge Hockey Camp",
         "Owen came home so happy. Will there be a team photo? Grace Chen",
         "2028-08-12T21:00:00-04:00", "America/Toronto", "en-GB"),
    # 29: theatre; a cancelled performance and a refund told in the past tense, 24-hour times.
    case("Dear Mr Osei,\n\nThe 19:30 performance on Tuesday 10 October was cancelled because of a power cut, "
         "and we refunded £84 to your card on Thursday 12 October. If you'd like to see the show after all, "
         "the rescheduled performance is on Wednesday 1 November at 19:30, and we've held your seats.\n\n"
         "Kind regards,\nThe Royal Crescent Theatre Box Office",
         "Has my refund gone through for the cancelled show? Kwame Osei",
         "2028-10-14T10:00:00+01:00", "Europe/London", "en-GB"),
    # 30: Seattle dog walker, 23:59; US numeric dates that read one way only.
    case("Hi Ben,\n\nWe're all set to walk Juniper over the holidays, from 12/23 through 12/31. Her walker, "
         "Priya, will come at 8 a.m. and 4:30 p.m. each day, and we'll skip the afternoon walk on 12/31 since "
         "you'll be back by then. The holiday rate is $28 per walk.\n\nThanks,\nRainy Day Dog Walkers",
         "We're away from 12/23 and back on the afternoon of 12/31. Can Juniper get two walks a day? Ben",
         "2028-12-20T23:59:00-08:00", "America/Los_Angeles", "en-US"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
