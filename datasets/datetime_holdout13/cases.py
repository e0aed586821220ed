"""The hand-written cases of Tactful's thirteenth held-out date/time set (built by build_datetime_holdout13.py).

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
    # 01: Sheffield climbing wall; the nurse can come before a 10am shift or after a day shift.
    case("Hi Priya,\n\nThanks for signing up for the beginners' induction. I've put you down for Thursday "
         "14 May at ⟦7:30⟧ with Callum, one of our senior instructors. The session lasts about 90 minutes "
         "and costs £18 including shoe and harness hire. The centre is open from 6am to 10pm on weekdays, "
         "so you're welcome to stay on and practise afterwards.\n\nSee you on the wall,\nBen\nEdge Street "
         "Climbing, Sheffield",
         "Hi, I'd like to book the induction so I can use the ropes. I work shifts at the Northern General, "
         "so I could come early before a 10am start or in the evening after a day shift, whichever you "
         "have. Thanks, Priya",
         "2037-05-08T10:20:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Nashville recording studio; the band can start early in the morning or do a late-night session.
    case("Hey Marcus,\n\nGreat to hear from the band again! I've held Studio B for you on Saturday, June 20, "
         "starting at ⟦8:00⟧, for a six-hour block at $85 an hour with our engineer Dolores. That includes "
         "setup, the Neve console and two 2TB drives for your stems. A 25% deposit ($127.50) confirms the "
         "booking.\n\nRock on,\nTerrell\nSoundhouse Row Studios",
         "Hey Terrell, The Low Lanterns want to track four songs. We all have day jobs so a Saturday is best. "
         "We can start early in the morning or do a late session that runs into the night, honestly either "
         "works. What have you got? Marcus",
         "2037-06-13T15:40:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 03: Auckland hot-tub hire; drop-off before the family heads out or once they are back in the evening.
    case("Hi Hana,\n\nKia ora and thanks for booking the six-seater 🛁 Our driver will drop the tub off on "
         "Saturday 28 November at ⟦6:30⟧ and fill and heat it on site, which takes about three hours to "
         "reach 38°C. Collection is on Monday 30 November. The weekend hire is $395, and we'll need a flat "
         "2.2 m x 2.2 m spot within 10 m of a power point.\n\nChur,\nMikaere\nBubble Bus Hot Tub Hire",
         "Hi there, we'd like the six-seater for the weekend of the 28th. We're out most of Saturday at my "
         "nephew's 21st, so drop-off would need to be early before we head off, or in the evening once "
         "we're back. Cheers, Hana",
         "2037-11-20T09:05:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 04: Cork electrician; the customer is home only before 9 in the morning or after half 5.
    case("Hi Siobhán,\n\nSorry to hear the trip switch keeps going. Declan can call out to you on Thursday "
         "26 February at ⟦8:15⟧ to test the circuits and have a look at the fuse board. The call-out is "
         "€75, and if it turns out to be the immersion we can usually replace the element the same day for "
         "about €140 more.\n\nAll the best,\nAoife\nLeeside Electrical, Cork",
         "Hello, the RCD keeps tripping since the weekend, mostly when the immersion is on. I'm working in "
         "town all week so I can only be at home before 9 in the morning or after half 5 in the evening. "
         "Could someone come Thursday? Siobhán",
         "2037-02-20T14:10:00+00:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 05: Mumbai audiologist; the patient can come early morning before office or late evening after it.
    case("Dear Mr Deshpande,\n\nThank you for writing to us. We have booked your full hearing assessment at "
         "our Bandra West clinic on Monday, 10 August at ⟦7:15⟧ with Dr Kulkarni. The test takes around 45 "
         "minutes and the fee is ₹1,800, which is adjusted against the hearing aid if you decide to purchase "
         "one. Kindly bring any previous audiogram reports.\n\nWarm regards,\nNeha\nSoundCare Hearing Clinic",
         "Respected Sir/Madam, I am having difficulty hearing on phone calls since some months. My office "
         "timing is 10 to 6 so I can come only early morning before office or late evening after office. "
         "Please give appointment on Monday if possible. Regards, Anil Deshpande",
         "2037-08-05T12:30:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-time"]),
    # 06: Glasgow museum; the book club would take the early breakfast tour or the torchlight one.
    case("Hi Morag,\n\nGood news 🦕 There are four places left on the ⟦9:30⟧ tour on Saturday 10 October, so "
         "I've reserved them in your name. Tickets are £14 each (£56 for the four) and include a hot drink "
         "in the Kelvin Room afterwards. The tour starts at the main entrance on Argyle Street, so please "
         "arrive ten minutes early.\n\nAll the best,\nFraser\nClydeside Natural History Museum",
         "Hiya, our book club (four of us, all grown-ups!) fancy one of your dinosaur gallery tours. We'd "
         "happily do the early breakfast one before the museum opens or the torchlight one after it closes, "
         "whichever has room on Saturday the 10th. Cheers, Morag",
         "2037-10-03T16:45:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 07: Johannesburg cricket club; the boy can come before school (starts 7:30) or in the evening.
    case("Hi Thandi,\n\nThanks for your message about Sipho. Coach Pieter has a space in the under-13 nets on "
         "Tuesday 20 January at ⟦6:15⟧, and the first session is free so Sipho can see if he likes it. "
         "After that it's R450 a month for two sessions a week. He'll need his own box and gloves, but we "
         "lend out bats and helmets.\n\nKind regards,\nAnnelie\nKensington Junior Cricket Club",
         "Good evening, my son Sipho (12) wants to try cricket coaching. He can come before school, which "
         "starts at 7:30, or in the evening after he has done his homework. Which days do you have? Thandi",
         "2037-01-14T19:50:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 08: Singapore cooking school; the nurse can come in the morning before her shift or after dinner.
    case("Hi Wei Ling,\n\nThanks for your interest in our dim sum workshop! I've saved you a place on Sunday, "
         "12 April at ⟦7.30⟧ at our Tiong Bahru studio. The class runs about three hours, you'll make har "
         "gow and siu mai from scratch, and the fee is S$128 including all ingredients. Do let us know about "
         "any allergies before the day, ok?\n\nBest,\nJasmine\nWok & Roll Kitchen Studio",
         "Hello, can I join the dim sum class this Sunday? I work the afternoon shift at the hospital so I "
         "can only come in the morning before my shift, or after dinner when I'm back. Thank you! Wei Ling",
         "2037-04-09T11:25:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Dublin glazier at 00:15 on a Thursday, answering a Wednesday-night email that asked for "tomorrow".
    case("Hi Tomasz,\n\nSorry to hear about the break-in, that's a horrible thing to come home to. We can have "
         "a fitter with you ⟦tomorrow⟧ between 8am and 10am to board up the back door and measure for new "
         "glass. The emergency board-up is €120, and the replacement 6.8 mm laminated pane will be quoted "
         "on the day. Please keep the broken glass away from the kids in the meantime.\n\nRegards,\nCiarán\n"
         "Liffey Glass & Glazing",
         "Hello, tonight someone break the glass in our back door. Is possible that you come tomorrow to fix "
         "or close it? We are at home all day. Thank you, Tomasz Nowak",
         "2037-07-16T00:15:00+01:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 10: Toronto tennis club on a Wednesday: "next Friday" is the 11th or the 18th.
    case("Hi Gurpreet,\n\nWelcome to the fall ladder! Your first match is ⟦next Friday⟧ at 6:30 p.m. on Court 4 "
         "against Liam Chen, who's ranked just above you at 1,420 points. Balls are provided, but please "
         "bring non-marking shoes. Results go on the board in the clubhouse, and a 6-4 6-3 win moves you up "
         "two rungs.\n\nSee you on court,\nNatalie\nHumber Bay Tennis Club",
         "Hi Natalie, I just joined and would love to get into the ladder this month. When is my first match? "
         "Thanks, Gurpreet",
         "2037-09-09T13:00:00-04:00", "America/Toronto", "en-US", ["relative-date"]),
    # 11: Melbourne coworking at 00:20 on a Tuesday, answering a Monday-evening email about "tonight's" meetup.
    case("Hi Declan,\n\nThanks for the late message. I've added you to the guest list for the founders' meetup "
         "⟦tonight⟧, and a day pass is $35, which you can pay at the front desk on level 3. Doors open at 6pm, "
         "and there's pizza and a short talk on R&D tax incentives at 7pm.\n\nCheers,\nSophie\nCollins Lane "
         "Coworking",
         "Hey, is it too late to get a day pass for tonight's founders' meetup? I'm only in Melbourne for the "
         "week. Declan",
         "2037-03-03T00:20:00+11:00", "Australia/Melbourne", "en-GB", ["relative-date"]),
    # 12: Auckland insurance broker at 08:30 on a Monday, to a customer in Honolulu, where it is Sunday morning.
    case("Hi Leilani,\n\nThanks for sending through the itinerary 🌺 I've arranged travel cover for your trip "
         "from 3 July to 24 July 2037, including the snorkelling and the helicopter flight, for a premium of "
         "NZ$412.60. Your policy documents and certificate of insurance will be emailed ⟦tomorrow⟧ once the "
         "underwriter signs off. If anything changes in your plans, just flick me a reply.\n\nNgā mihi,\n"
         "Rewi\nHarbourside Insurance Brokers",
         "Kia ora Rewi, I'm back home in Honolulu with my parents at the moment. Can you sort the travel "
         "insurance for our July trip? Itinerary attached. Mahalo, Leilani",
         "2037-06-22T08:30:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"], "Pacific/Honolulu"),
    # 13: Chicago wine merchant on a Monday: "next Tuesday" is the 8th or the 15th.
    case("Hi Dave,\n\nThanks for your order of the 2031 Barolo (6 bottles at $64 each). Our distributor has it "
         "on the truck, and it should be in the store ⟦next Tuesday⟧, so I'll set it aside for you under "
         "order #40117. We're open until 8 p.m. on weekdays if you want to swing by after work.\n\nCheers,\n"
         "Rosa\nLincoln Square Wine Co.",
         "Hi, did the Barolo I ordered ever come in? I'd like to pick it up before the holidays. Dave",
         "2037-12-07T10:10:00-06:00", "America/Chicago", "en-US", ["relative-date"]),
    # 14: Sydney print shop at 07:45 on a Tuesday, to a client in Los Angeles, where it is Monday afternoon.
    case("Hi Kendra,\n\nThanks for the final artwork. Our designer will send the digital proofs for your 500 A5 "
         "flyers on 170gsm silk ⟦later today⟧, and once you approve them we'll print and ship by express "
         "courier. The total comes to A$486 including GST and international postage. Please check the bleed "
         "on page 2, as the logo sits 2 mm from the trim.\n\nKind regards,\nLachlan\nSurry Hills Print Co",
         "Hi Lachlan, attached is the final artwork for the flyers. I'm in LA for the launch so just email me "
         "the proofs. Thanks! Kendra",
         "2037-08-18T07:45:00+10:00", "Australia/Sydney", "en-GB", ["relative-date"], "America/Los_Angeles"),
    # 15: Cape Town bike courier at 23:45 on a Sunday; the customer asked for Tuesday morning.
    case("Hi Ruan,\n\nThanks for the booking. Our rider will collect the architect's drawings from your studio "
         "at 14 Bree Street ⟦the day after tomorrow⟧ between 9am and 11am and have them with your client in "
         "Woodstock by noon. The same-day rate is R180, and we'll send a photo of the signed delivery slip to "
         "this address.\n\nLekker,\nZanele\nSwift Spokes Couriers",
         "Hi, please can you book a bike courier for Tuesday morning? Drawings from our studio on Bree Street "
         "to a client in Woodstock. Thanks, Ruan",
         "2037-05-31T23:45:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 16: London theatre; 7 May 2037 is a Thursday, and the group asked for the Wednesday matinee.
    case("Hi Jenny,\n\nThanks for booking with us. I've reserved six seats in row F of the stalls (F11–F16) for "
         "the matinee of The Lighthouse Keeper on ⟦Wednesday 7 May⟧ at 2:30pm, at £32.50 each with the group "
         "discount. All of row F is step-free from the Thames Street entrance. Please collect the tickets "
         "from the box office at least 30 minutes before curtain up.\n\nBest wishes,\nOliver\nRiverside "
         "Playhouse Box Office",
         "Hello, I'd like six seats together for the Wednesday matinee in early May for my retired teachers' "
         "group. Step-free access please. Jenny",
         "2037-04-17T12:00:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 17: Vancouver climbing gym; October 13, 2037 (the birthday) is a Tuesday.
    case("Hi Jordan,\n\nThanks for reaching out about a party for Maya's 10th. We can host eight kids in the "
         "bouldering cave on ⟦Wed, 10/13⟧ from 4 to 6 p.m., with two instructors and the party room for cake "
         "afterward. The package is $340 plus GST, and we'll need signed waivers for every climber before "
         "they get on the wall.\n\nCheers,\nKai\nGranville Island Bouldering",
         "Hi, my daughter turns 10 on the 13th of October and we'd love a climbing party after school that "
         "day. 8 kids. Jordan",
         "2037-10-02T09:30:00-07:00", "America/Vancouver", "en-US", ["weekday-mismatch"]),
    # 18: Adelaide wine merchant; 17 July 2037 is a Friday.
    case("Hi Matt,\n\nThanks for your interest in our winter tasting 🍷 It's on ⟦Thursday 17.07.2037⟧ from 6pm "
         "to 8pm at the Norwood cellar door, with eight Barossa and McLaren Vale reds to try. Tickets are $45 "
         "and the cost comes off any dozen you buy on the night. Numbers are capped at 30, so I'd grab yours "
         "soon.\n\nCheers,\nBec\nParade Cellars",
         "G'day, saw the poster about the winter tasting. What date is it and how much? Matt",
         "2037-07-01T17:10:00+09:30", "Australia/Adelaide", "en-GB", ["weekday-mismatch"]),
    # 19: Brisbane solar installer; 9 November 2037 (the month is named just before) is a Monday.
    case("Hi Craig,\n\nThanks for accepting the quote for the 6.6 kW system with the 10 kWh battery. Our "
         "installers have an opening in November, and we've pencilled you in for ⟦Tuesday the 9th⟧, starting "
         "at 7am. The job takes a full day, and the power will be off for about two hours in the afternoon "
         "while we connect the inverter. The balance of $8,940 is due on completion.\n\nRegards,\nTanya\n"
         "Sunstate Solar Installations",
         "Hi Tanya, we're happy to go ahead with the quote. When can you install? Craig",
         "2037-10-24T08:00:00+10:00", "Australia/Brisbane", "en-GB", ["weekday-mismatch"]),
    # 20: Boston museum; March 22, 2037 is a Sunday (the teacher asked for the weekend of March 21-22).
    case("Hi Ms. Alvarez,\n\nThank you for booking a guided visit for your fourth-grade class. I've confirmed "
         "24 students and 4 chaperones for the Ancient Egypt gallery on ⟦Saturday, March 22nd⟧ at 10 a.m., "
         "during our weekend family program. School groups are admitted free, and the gallery is on Level 2, "
         "reached by the elevator beside the coat check.\n\nBest regards,\nEleanor\nBack Bay Museum of Art & "
         "Antiquities",
         "Hello, I would like to bring my fourth-grade class to see the Egypt gallery on the weekend of March "
         "21-22. We have 24 students and 4 chaperones. Ms. Alvarez",
         "2037-03-06T16:20:00-05:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 21: Edinburgh insurance broker in December; 5 January 2038 is a Tuesday.
    case("Dear Mr Fraser,\n\nThank you for your call about the shop policy. Your combined commercial cover with "
         "Caledonian Mutual renews on ⟦Monday 5 January 2038⟧, and the renewal premium is £1,284.60, up 3.2% "
         "on this year because of the new stock limit. If you'd like to pay in instalments, I can set up ten "
         "monthly payments of £131.48 from February. Please let me know by Friday 18 December so the "
         "documents are issued before the break.\n\nYours sincerely,\nIsla McBride\nForth & Tay Insurance "
         "Brokers",
         "Hello Isla, just wanted to check when the shop insurance is up for renewal and what it will cost. "
         "Alasdair Fraser",
         "2037-12-16T11:40:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 22: Austin recording studio, weekday after the date; August 6, 2037 is a Thursday.
    case("Hey Jess,\n\nYour mixing session with Ray is confirmed for ⟦Aug 6th (Friday)⟧ from 11 a.m. to 5 p.m. in "
         "Room A. Please send the stems as 24-bit/48k WAVs by Monday, August 3, so he can set up the session "
         "ahead of time. The day rate is $420, and we take 50% up front.\n\nTalk soon,\nMateo\nEast Cesar "
         "Chavez Sound",
         "Hey, can Ray mix my EP in early August? Any Friday works for me since I'm off work. Jess",
         "2037-07-24T14:00:00-05:00", "America/Chicago", "en-US", ["weekday-mismatch"]),
    # 23: Kolkata cooking school, weekday after the date in Indian English; 12 June 2037 is a Friday.
    case("Dear Ms Banerjee,\n\nThank you for your enquiry about our Bengali sweets workshop. The next batch is on "
         "⟦12th June, Thursday⟧ from 3 pm to 6 pm at our Ballygunge kitchen, and you will learn sandesh, "
         "rasgulla and mishti doi. The fee is ₹2,500 per person, including ingredients and a printed recipe "
         "booklet. Kindly confirm by paying through the link below.\n\nWarm regards,\nSharmila\nRannaghar "
         "Cookery School",
         "Dear Sir/Madam, I want to join the sweets workshop this month. Please share the date and fee. "
         "Regards, Rina Banerjee",
         "2037-06-03T18:30:00+05:30", "Asia/Kolkata", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 24: Leeds glazier; April has 30 days, and the customer is away the first week of May.
    case("Hi Graham,\n\nThanks for choosing us for the bay window. Your new units (4-16-4 mm, argon-filled, "
         "A-rated) are on order, and our fitters can install them on ⟦31 April⟧, starting at 8am. The balance "
         "of £2,340 is due when the job is signed off, and the frames carry a ten-year guarantee.\n\nKind "
         "regards,\nNadia\nAire Valley Glazing",
         "Hi Nadia, quote accepted. We're away the first week of May so any day before that would be ideal. "
         "Graham",
         "2037-04-02T09:50:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 25: Denver youth baseball; June has 30 days.
    case("Hi Coach Ramirez,\n\nThanks for getting the Thunder registered for the summer tournament 🧢 Pool play "
         "runs Saturday, June 27 and Sunday, June 28, and the championship game is on ⟦June 31st⟧ at Cherry "
         "Creek Field 3. The entry fee is $275 per team, and every player needs a signed medical form by "
         "Friday, June 12.\n\nGo team,\nBrandy\nFront Range Youth Baseball",
         "Hi Brandy, we're in for the tournament. When's the final? Our families need to book time off. "
         "Luis Ramirez",
         "2037-05-19T20:15:00-06:00", "America/Denver", "en-US", ["impossible-date"]),
    # 26: Wellington audiologist; September has 30 days.
    case("Hi Aroha,\n\nThanks for coming in last week. Your new hearing aids have arrived from the lab, and Dr "
         "Patel will fit them on ⟦31.09.2037⟧ at 10:40am at our Lambton Quay clinic. Please bring the old "
         "pair so we can compare the settings, and allow about an hour. The balance of $1,150 after your "
         "subsidy is payable on the day.\n\nNgā mihi,\nJess\nHarbour Hearing Wellington",
         "Kia ora, any news on my hearing aids? I'd like them before the end of September if possible. Aroha",
         "2037-09-14T10:00:00+12:00", "Pacific/Auckland", "en-GB", ["impossible-date"]),
    # 27: Boston property manager; November has 30 days (the lease ends at the end of the month).
    case("Hi Priyanka,\n\nThanks for letting us know you're moving out. Since your lease ends on ⟦11/31⟧, we'll "
         "schedule the move-out inspection for that morning, and your $2,850 security deposit will be "
         "returned within 30 days, minus any damage charges. Please leave the keys and both garage remotes "
         "in the lockbox at 1147 Commonwealth Ave.\n\nBest,\nGreg\nCharles River Property Management",
         "Hi Greg, I'm leaving at the end of the month when my lease is up. What do I need to do for "
         "move-out? Priyanka",
         "2037-11-03T15:30:00-05:00", "America/New_York", "en-US", ["impossible-date"]),
    # 28: Singapore coworking in January; February has no 30th.
    case("Hi Arjun,\n\nThanks for confirming the hot-desk plan. Your membership at our Tanjong Pagar space starts "
         "on 2 February and the first month is S$390, with your member card ready at reception from 9am that "
         "day. The promotional rate runs until the ⟦30th of February⟧, after which it goes to S$450 a month."
         "\n\nRegards,\nMei\nDuxton Commons",
         "Hi Mei, ok I'll take the hot desk from next month lah. How long does the promo price last? Arjun",
         "2037-01-26T13:15:00+08:00", "Asia/Singapore", "en-GB", ["impossible-date"]),
    # 29: Hobart self-storage in December 2037; 2038 is not a leap year.
    case("Hi Jonas,\n\nThanks for extending your storage. Unit 27 (3 m x 3 m) is now booked until "
         "⟦29/02/2038⟧, and the two extra months come to $318 at the discounted rate. Your access code stays "
         "the same and the gates are open from 6am to 9pm every day. Let us know if you need a trolley on "
         "moving day.\n\nCheers,\nBrendan\nDerwent Self Storage",
         "Hello, is it possible to keep my unit two months more, until end of February? I travel in the "
         "north until then. Greetings, Jonas",
         "2037-12-29T16:00:00+11:00", "Australia/Hobart", "en-GB", ["impossible-date"]),
    # 30: Dublin theatre; November has 30 days (the group asked for the last night of November).
    case("Hi Eimear,\n\nThanks for the lovely message about the show. The Christmas panto previews start on "
         "Friday 27 November, and your group booking for the evening performance on ⟦31st November⟧ is "
         "confirmed for 12 people at €24 each. Doors open at 7pm, and the show runs about two hours with an "
         "interval.\n\nBest wishes,\nSeán\nThe Gate Lane Theatre",
         "Hi, we'd love to bring the office to the panto on the last night of November if you've seats. 12 "
         "of us. Eimear",
         "2037-11-11T12:45:00+00:00", "Europe/Dublin", "en-GB", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 31: Manchester print shop on Thursday 5 March: "will be ready ... on Monday 2 March".
    case("Hi Sam,\n\nThanks for chasing this up. Your 250 wedding invitations (A6, 350gsm, gold foil) will be "
         "ready to collect from our Ancoats shop on ⟦Monday 2 March⟧, and the envelopes are already boxed. "
         "The remaining £186 can be paid on collection by card or cash.\n\nThanks,\nHannah\nMill Street Press",
         "Hi Hannah, any update on our invitations? We need to post them by the 20th. Sam",
         "2037-03-05T11:00:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 32: Toronto insurance broker on January 13: the refund "will be back on your Visa by January 9".
    case("Hi Mr. Okonkwo,\n\nThanks for your patience while we sorted out the duplicate charge on your auto "
         "policy. The insurer has approved the refund of $212.40, and it will be back on your Visa by "
         "⟦January 9⟧. Your policy number stays the same (AUT-5520-8817), and your next monthly payment of "
         "$148.75 comes out on February 1.\n\nKind regards,\nLaura\nLakeshore Insurance Brokers",
         "Hi, I was charged twice for January on my car insurance. When will I get the money back? Chidi "
         "Okonkwo",
         "2037-01-13T09:20:00-05:00", "America/Toronto", "en-US", ["past-date"]),
    # 33: Cape Town wine merchant on Tuesday 14 July: the case "will arrive ... on Friday 10 July".
    case("Hi Pieter,\n\nApologies for the delay on your order. The mixed case of Swartland Chenin (order "
         "WM-3318) left our Constantia warehouse this morning and will arrive at your office in Sea Point on "
         "⟦Friday 10 July⟧. The courier will SMS you a two-hour delivery window, and a signature from "
         "someone over 18 is needed.\n\nRegards,\nLindiwe\nCape Vine Merchants",
         "Hi, where is my wine? I ordered two weeks ago. Pieter",
         "2037-07-14T15:00:00+02:00", "Africa/Johannesburg", "en-GB", ["past-date"]),
    # 34: Christchurch climbing centre on 7 September: a freeze that "will start on 2 September" (asked from the 14th).
    case("Hi Sam,\n\nNo worries at all, hope the shoulder heals up quickly 🧗 I've put your membership on hold, "
         "and the freeze will start on ⟦2 September⟧ and run for eight weeks, with no payments taken while "
         "it's on. You're still welcome to use the café and the yoga room during the freeze.\n\nKia kaha,\n"
         "Tama\nŌtautahi Climbing Centre",
         "Kia ora, I'm having shoulder surgery on the 14th and will be out for about two months. Can I freeze "
         "my membership from then? Sam",
         "2037-09-07T17:30:00+12:00", "Pacific/Auckland", "en-GB", ["past-date"]),
    # 35: Perth electrician on Monday 19 October: "he will be back to finish ... on 14 Oct".
    case("Hi Deb,\n\nThanks for your patience with the rewiring. Jake has finished the kitchen and laundry "
         "circuits, and he will be back to finish the bedrooms and fit the new 63A switchboard on ⟦14 Oct⟧. "
         "The certificate of compliance will be lodged once everything is tested, and the final invoice will "
         "be $3,260 including GST.\n\nCheers,\nRyan\nSwan River Sparkies",
         "Hi Ryan, when is Jake coming back to finish? Half the house still has no lights. Deb",
         "2037-10-19T12:10:00+08:00", "Australia/Perth", "en-GB", ["past-date"]),
    # 36: Washington museum on Thursday, April 16: tickets "will go on sale ... on Tuesday, April 14".
    case("Hi Daniel,\n\nThanks for your interest in Moonshot: Apollo Remembered. Timed tickets for the opening "
         "month will go on sale online at 10 a.m. on ⟦Tuesday, April 14⟧, and members get 48 hours of early "
         "access. Adult tickets are $25, and the exhibition runs from July 16 through January 10, 2038.\n\n"
         "Best,\nMonique\nCapital Air & Space Gallery",
         "Hello, when do tickets for the new Apollo exhibition go on sale? I'm a member. Daniel",
         "2037-04-16T10:45:00-04:00", "America/New_York", "en-US", ["past-date"]),
    # 37: Bengaluru recording studio on Friday 27 November: masters "will be delivered by 25th November".
    case("Hi Karthik,\n\nThanks for the final notes on the album. Our mastering engineer has made the changes to "
         "tracks 3 and 7, and the final masters (WAV and MP3, plus DDP for the CD plant) will be delivered "
         "by ⟦25th November⟧. The balance of ₹45,000 can be paid by UPI or bank transfer once you approve "
         "them.\n\nCheers,\nAnanya\nIndiranagar Sound Lab",
         "Hi Ananya, when can we get the final masters? Label wants them before the December release. "
         "Karthik",
         "2037-11-27T22:10:00+05:30", "Asia/Kolkata", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 38: London broker to an American owner in New York; 4 June or April 6, both ahead.
    case("Dear Ms Whitaker,\n\nThank you for choosing us for the landlord insurance on the flat in Islington. The "
         "policy with Thames Underwriting will start on ⟦04/06/2037⟧, the day your new tenants move in, and "
         "the annual premium is £486.20. I've attached the schedule and the key facts document, and the "
         "tenancy agreement has to be uploaded before cover begins.\n\nYours sincerely,\nRupert Hale\nAngel "
         "Insurance Brokers",
         "Hi Rupert, my late aunt left me her flat in Islington and I'm renting it out from here in New York. "
         "Can you set up landlord cover from the day the tenants move in? Thanks, Claire Whitaker",
         "2037-02-10T14:30:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"], "America/New_York"),
    # 39: Denver climbing gym to a climber in Auckland; March 11 or 3 November, both ahead.
    case("Hi Ruby,\n\nThanks for your interest in a guided day in Eldorado Canyon. We have space on our guided "
         "trip on ⟦3/11⟧, a full day with two guides, and the price of $260 covers gear, park entry and "
         "lunch. Please send us a list of a few routes you've led recently (you mentioned 18–19 on the Ewbank "
         "scale) so we can match you to a route.\n\nCheers,\nJosh\nFlatirons Climbing Co.",
         "Hi Josh, I'm flying over from Auckland this year and would love a guided day in Eldorado Canyon. I "
         "climb about 18-19 in NZ grades. Ruby",
         "2037-01-08T10:00:00-07:00", "America/Denver", "en-US", ["ambiguous-numeric-date"], "Pacific/Auckland"),
    # 40: Sydney hot-tub hire to a customer just moved from Texas; 6 May or June 5, both ahead.
    case("Hi Tyler,\n\nThanks for booking the four-seater for your parents' visit. Delivery is set for "
         "⟦06/05/2037⟧, and the tub will stay for the full fortnight for $640, which includes chemicals, a "
         "cover and one mid-hire water test. We'll need a level concrete or paved area of at least 2 m x 2 m "
         "and a 15 amp outdoor outlet.\n\nCheers,\nNina\nHarbour Tubs Hire",
         "Hey Nina, my folks are coming over from Houston and I want a hot tub at our place in Manly for their "
         "stay. I'm from Texas too, just moved here in January! Tyler",
         "2037-02-20T20:00:00+11:00", "Australia/Sydney", "en-GB", ["ambiguous-numeric-date"]),
    # 41: Singapore coworking to a team lead in Los Angeles; 9 October or September 10, both ahead.
    case("Hi Brandon,\n\nThanks for the call earlier 💼 I've reserved our 12-seat boardroom at Raffles Place for "
         "your team offsite on ⟦09/10/2037⟧, with the projector, a video-conference kit and lunch for 12 at "
         "S$35 a head. The room hire is S$680 for the full day, and we'll invoice your company in SGD.\n\n"
         "Best regards,\nShu Fen\nMarina Commons Workspace",
         "Hi Shu Fen, we'll be flying our team in from Los Angeles for a day of planning. Can you hold a "
         "boardroom for us? Brandon",
         "2037-08-11T16:10:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-numeric-date"], "America/Los_Angeles"),
    # 42: Toronto curling club (month-first) to a newcomer from Edinburgh; October 11 or 10 November, both ahead.
    case("Hi Callum,\n\nWelcome to the club! Your first curling clinic for new members is on ⟦10/11/2037⟧ at "
         "7 p.m. at the Leaside rink, and the season fee of $495 covers ice time, a broom and slider rental. "
         "Please wear warm layers and clean shoes with rubber soles.\n\nGood curling,\nBrenda\nDon Valley "
         "Curling Club",
         "Hello, I've just moved to Toronto from Edinburgh and curled a bit back home. When are the clinics for "
         "new members? Callum",
         "2037-09-18T11:00:00-04:00", "America/Toronto", "en-US", ["ambiguous-numeric-date"]),
    # 43: Johannesburg museum to a group leader from Atlanta; 5 August or May 8, both ahead.
    case("Dear Dr Washington,\n\nThank you for choosing the museum for your university group's visit. I have "
         "booked a guided tour of the Constitution Hill galleries for 18 people on ⟦05-08-2037⟧ at 10am local "
         "time, led by one of our senior educators. The group rate is R150 per person, and we can also "
         "arrange a packed lunch for R95 each.\n\nKind regards,\nNomvula\nBraamfontein Heritage Museum",
         "Dear Sir or Madam, I am leading a group of 18 students from Atlanta on a study trip to South Africa "
         "this year and would like a guided tour. Dr. Keisha Washington",
         "2037-03-25T09:15:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-numeric-date"], "America/New_York"),
    # 44: Delhi solar installer to a Chicago-born client; 7 December or July 12, both ahead.
    case("Dear Mr Sharma,\n\nThank you for approving the quote for the rooftop system at your in-laws' house in "
         "Dwarka. The 5.4 kW on-grid installation with ten 540 W panels is scheduled for ⟦07.12.2037⟧, and "
         "the net metering application has already been filed with the discom. The balance payment of "
         "₹1,85,000 can be made by bank transfer from abroad.\n\nWarm regards,\nRakesh\nSuryoday Solar "
         "Solutions",
         "Hi, I grew up here in Chicago and my Hindi is basic, so English please. When will the panels go on "
         "my wife's parents' roof? Michael Sharma",
         "2037-06-26T15:45:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-numeric-date"], "America/Chicago"),
    # 45: Seattle audiologist to a patient now living in Cork; February 7 or 2 July 2038, both ahead.
    case("Hi Niamh,\n\nThanks for your email. We can certainly see you for a follow-up while you're back in "
         "Seattle, and I've booked you with Dr. Lindqvist on ⟦2/7/2038⟧ for a morning appointment to check "
         "the fit of your hearing aids and update their programs. The visit is covered under your warranty, "
         "so there's no charge.\n\nAll the best,\nKatie\nPuget Sound Hearing Center",
         "Hi, I moved back home to Cork last year, but I'll be in Seattle for a few months in 2038 visiting "
         "family. Could I get my hearing aids checked then? Niamh O'Sullivan",
         "2037-11-16T13:20:00-08:00", "America/Los_Angeles", "en-US", ["ambiguous-numeric-date"]),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London broker to a client in New York in the weeks when they are 4 hours apart, not 5.
    case("Hi Jonathan,\n\nThanks for sending over the fleet details. I'd like to walk you through the three "
         "quotes on a video call on Thursday 12 March at ⟦3pm⟧, if that suits you. The cheapest, from Albion "
         "Marine, comes in at £18,450 a year for all 14 vans, with a £500 excess per claim. I'll send a Teams "
         "link shortly.\n\nBest wishes,\nHarriet\nCheapside Commercial Insurance",
         "Hi Harriet, happy to go through the quotes on a call this week. I'm in our New York office until "
         "the end of the month. Jonathan",
         "2037-03-10T09:40:00+00:00", "Europe/London", "en-GB", ["missing-timezone"], "America/New_York"),
    # 47: Sydney solar installer to a customer in Auckland, in the week when they are 3 hours apart, not 2.
    case("Hi Wiremu,\n\nThanks for your interest in the battery upgrade 🌞 Our engineer Priya can go through the "
         "quote with you on a video call on Thursday 1 October at ⟦11am⟧, before she heads out to site. The "
         "13.5 kWh battery comes to $11,900 installed, and we can hold that price until 31 October.\n\n"
         "Cheers,\nDylan\nGreenroof Solar, Sydney",
         "Hi, I'm in Auckland for work until mid-October but I'd like to talk about the battery for our place "
         "in Marrickville. Wiremu",
         "2037-09-28T10:30:00+10:00", "Australia/Sydney", "en-GB", ["missing-timezone"], "Pacific/Auckland"),
    # 48: Perth print shop to a Brazilian customer in Sydney (2 hours ahead in May).
    case("Hi Fernanda,\n\nThanks for the order of 1,000 business cards (85 x 55 mm, 400gsm, matte laminate). To "
         "make the print run on Friday 8 May, we need your approved proof by ⟦4:30pm⟧ on Thursday 7 May, and "
         "the cards will ship by overnight courier to your Sydney office. The total is $189 including GST "
         "and freight.\n\nCheers,\nJosh\nFremantle Print Hub",
         "Hello Josh, I need the cards for a fair in Sydney, sorry my English is not perfect. When you need "
         "the proof approved? Fernanda",
         "2037-05-06T13:00:00+08:00", "Australia/Perth", "en-GB", ["missing-timezone"], "Australia/Sydney"),
    # 49: Vancouver recording studio to a producer in Toronto (3 hours ahead).
    case("Hi Chloé,\n\nThanks for booking a remote session with us. Our string quartet will record your parts "
         "live over Source-Connect on Monday, February 9, starting at ⟦10am⟧, and you can listen in and give "
         "notes in real time. The session is $1,200 for up to four hours, and we'll deliver the edited takes "
         "as 96 kHz WAVs within two business days.\n\nBest,\nAndre\nFalse Creek Recording",
         "Hi Andre, I'm producing from my home studio in Toronto. Can your quartet record the strings for my "
         "track next week? Chloé",
         "2037-02-04T12:00:00-08:00", "America/Vancouver", "en-US", ["missing-timezone"], "America/Toronto"),
    # 50: Dublin glazier to a customer working in Dubai (known only from the thread; 3 hours ahead).
    case("Hi Conor,\n\nThanks for sending the photos of the conservatory roof. Our surveyor Gráinne can do a "
         "video survey with you on Tuesday 1 September at ⟦2pm⟧, and she'll measure up properly on site once "
         "you're back. From the photos, replacing the 16 polycarbonate panels with solar-control glass would "
         "be roughly €7,800 to €8,500.\n\nBest regards,\nFiona\nDodder Glass & Conservatories",
         "Hi, I'm working in Dubai until October but want to get the conservatory roof sorted at our house in "
         "Rathfarnham. Can we do a video call? Conor",
         "2037-08-27T10:10:00+01:00", "Europe/Dublin", "en-GB", ["missing-timezone"]),
    # 51: Kolkata cooking school to a student in Singapore (2.5 hours ahead).
    case("Dear Ms Tan,\n\nThank you for registering for our online Bengali fish curry class. The live session is "
         "on Sunday, 18 October at ⟦6:30 pm⟧ on Zoom and lasts 90 minutes, and the ingredient list (mustard "
         "oil, panch phoron, 500 g of rohu or any firm fish) is attached. The fee of ₹1,200 has been "
         "received, thank you.\n\nWarm regards,\nSharmila\nRannaghar Cookery School",
         "Hi, I signed up for the online fish curry class from Singapore. What time does it start? Grace Tan",
         "2037-10-14T20:30:00+05:30", "Asia/Kolkata", "en-GB", ["missing-timezone"], "Asia/Singapore"),
    # 52: Halifax property manager to a tenant now in St. John's (known only from the thread; 30 minutes ahead).
    case("Hi Sean,\n\nThanks for letting us know about the move. I can go over the lease transfer with you by "
         "phone on Thursday, June 11 at ⟦9:30 a.m.⟧, and the paperwork will be emailed to you for e-signing "
         "afterward. The transfer fee is $150, and your current rent of $1,675 stays the same until the lease "
         "renews.\n\nBest,\nKelly\nBedford Basin Property Management",
         "Hi Kelly, I started my new job in St. John's this week so I'm not in Halifax anymore, but I'd like "
         "to transfer my lease to my sister. Can we talk? Sean",
         "2037-06-09T14:00:00-03:00", "America/Halifax", "en-US", ["missing-timezone"]),
    # 53: Brisbane theatre to a viewer in Sydney in December (1 hour ahead; Queensland keeps standard time).
    case("Hi Ella,\n\nThanks for buying a stream pass for our Christmas show. The livestream of A Very Queensland "
         "Christmas goes live on Thursday 10 December at ⟦7:30pm⟧, and your link will be emailed an hour "
         "before curtain up. The pass costs $29 and you can rewatch the show for 48 hours afterwards.\n\n"
         "Cheers,\nMia\nSouthbank Community Theatre",
         "Hi, I'm in Sydney so can't make it up, but I'd love to watch the stream. When does it start? Ella",
         "2037-12-02T15:00:00+10:00", "Australia/Brisbane", "en-GB", ["missing-timezone"], "Australia/Sydney"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London museum in July: GMT, beside "2pm ... in New York", which fits BST.
    case("Hi Margaret,\n\nThanks for booking a place on our online curator's talk about the Thames foreshore "
         "finds. It runs on Thursday 9 July at 7pm ⟦GMT⟧, which will be 2pm for your friends in New York, "
         "and lasts about an hour with time for questions. The talk is free for members, and the recording "
         "will be on our website for 30 days.\n\nBest wishes,\nAnnika\nMuseum of the Thames Foreshore",
         "Hello, I'd like to join the online talk and share the link with my friends in New York. Margaret",
         "2037-07-02T10:00:00+01:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 55: New York supporters' club in August: EST, beside "8 p.m. ... in London", which fits EDT.
    case("Hi Graham,\n\nThanks for joining the supporters' club 🏟️ Our watch party for the away match is on "
         "Saturday, August 22, with kick-off at 3 p.m. ⟦EST⟧, which is 8 p.m. for your family back in London. "
         "Membership is $40 a season, and the bar at 212 Bleecker Street holds tables for members until "
         "2:45 p.m.\n\nCome on you Hudsons,\nDerek\nHudson River FC Supporters Club",
         "Hi, I'm a Brit living in Manhattan. How do I join and where do you watch away games? Graham",
         "2037-08-13T16:00:00-04:00", "America/New_York", "en-US", ["zone-mismatch"]),
    # 56: Sydney wine merchant in June: AEDT, beside "4pm ... in Perth", which fits AEST.
    case("Hi Pete,\n\nThanks for signing up for our online tasting of Hunter Valley semillon. The live session is "
         "on Thursday 11 June at 6pm ⟦AEDT⟧, which is 4pm for your brother in Perth, and the six-bottle "
         "tasting pack ($149) will be couriered to both of you by Tuesday 9 June. Please chill the bottles "
         "for an hour before we start.\n\nCheers,\nGeorgie\nPaddington Wine Room",
         "Hi, can my brother in Perth join the online tasting with me? Pete",
         "2037-06-04T12:00:00+10:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Auckland marine insurance broker in February: NZST, beside "10am their time" in Sydney, which fits NZDT.
    case("Hi Hemi,\n\nThanks for your email about the marine policy for the launch. I've set up a call with the "
         "underwriter in Sydney on Tuesday 17 February at noon ⟦NZST⟧, which is 10am their time, to go "
         "through the survey report. The quoted premium is NZ$2,140 with a $1,000 excess.\n\nNgā mihi,\n"
         "Anahera\nWaitematā Marine Insurance",
         "Kia ora Anahera, can we get the underwriter on a call to talk about the survey? Hemi",
         "2037-02-09T09:00:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 58: Los Angeles print shop in December: Pacific Daylight Time, beside "8 p.m. ... in New York", which fits PST.
    case("Hi Rachel,\n\nThanks for the rush order 🖨️ We can print the 300 programs for your gala (8.5 x 11, "
         "saddle-stitched, 16 pages) if we have your final PDF by 5 p.m. ⟦Pacific Daylight Time⟧ on Tuesday, "
         "December 15, which is 8 p.m. for you in New York. Shipping overnight to Manhattan is $64, and the "
         "print run is $1,180.\n\nBest,\nLuis\nSilver Lake Printworks",
         "Hi, I'm organizing a gala in New York on the 18th and need programs printed fast. Can you do it? "
         "Rachel",
         "2037-12-08T11:00:00-08:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 59: Brisbane solar installer in January: AEDT for Brisbane, which keeps AEST all year.
    case("Hi Steve,\n\nThanks for your enquiry about the commercial system for the warehouse. Our design "
         "engineer in Sydney can take you through the roof layout on a Teams call on Wednesday 21 January at "
         "1pm ⟦AEDT⟧ here in Brisbane, which is 2pm for her. The 30 kW system comes in at $38,600 before the "
         "STC rebate.\n\nRegards,\nTanya\nSunstate Solar Installations",
         "Hi Tanya, could someone walk me through the layout before we sign? Steve",
         "2037-01-15T08:30:00+10:00", "Australia/Brisbane", "en-GB", ["zone-mismatch"]),
    # 60: London wine merchant in February: CEST, beside "3pm here in London", which fits CET.
    case("Hi Felicity,\n\nThanks for booking the online Riesling masterclass with our producer in the Mosel. It "
         "starts on Thursday 12 February at 4pm ⟦CEST⟧, which is 3pm here in London, and the six-bottle case "
         "(£96) will be delivered by Tuesday 10 February. Please have the bottles chilled to around 10°C "
         "before you log on.\n\nBest wishes,\nHugo\nMarylebone Wine Cellar",
         "Hello, I've booked the Riesling masterclass. What time does it start? Felicity",
         "2037-02-05T09:00:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
]

NEGATIVES = [
    # 01: Bristol climbing wall; a time in words, a ratio that looks like a time, an age range.
    case("Hi Lucy,\n\nThanks for asking about the kids' club. It runs every Saturday from half past nine in the "
         "morning until eleven, and the next taster session is on Saturday 10 January. Each session is £12, "
         "with a 6:1 ratio of children to instructors, and shoes are included. Climbers aged 7–12 are "
         "welcome.\n\nCheers,\nOwen\nAvon Gorge Climbing Centre",
         "Hi, does your kids' club run on weekends? My son is 9. Lucy",
         "2037-01-03T10:15:00+00:00", "Europe/London", "en-GB"),
    # 02: Perth hot-tub hire; am/pm on every time, matching weekdays, measurements.
    case("Hi Jarrah,\n\nThanks for the booking. The six-seater will be delivered between 8am and 10am on Friday "
         "20 February and collected at 2pm on Monday 23 February. Hire for the long weekend is $420 plus a "
         "$200 bond, which we refund within 3 business days of collection. The tub is 2.1 m x 2.1 m and heats "
         "to 38°C in about four hours.\n\nCheers,\nKylie\nWestside Spa Hire",
         "Hi, can we get the six-seater for next weekend? We're in Scarborough. Jarrah",
         "2037-02-15T18:40:00+08:00", "Australia/Perth", "en-GB"),
    # 03: Los Angeles studio at 23:50 on a Saturday; a full date instead of "tomorrow", a version number.
    case("Hey Devon,\n\nSorry for the late reply, we just wrapped a session 🎧 You're booked in Studio A on "
         "Sunday, March 15 from 2 p.m. to 8 p.m., with Alexis engineering. We're running Pro Tools 2036.12 on "
         "the main rig, so your session files will open fine. The rate is $95 an hour, billed in 30-minute "
         "blocks.\n\nPeace,\nJordan\nEcho Park Audio",
         "Hey, is Studio A free Sunday afternoon? Need about 6 hours to finish vocals. Devon",
         "2037-03-14T23:50:00-07:00", "America/Los_Angeles", "en-US"),
    # 04: Auckland museum to a viewer in Sydney; both zones right for March and the offset right.
    case("Hi Grace,\n\nThanks for registering for our online curator's talk on early Pacific navigation. It "
         "starts at 7pm NZDT on Wednesday 18 March, which is 5pm AEDT in Sydney, and runs for about 45 "
         "minutes. The link will arrive by email, and the recording stays up for two weeks.\n\nNgā mihi nui,\n"
         "Tania\nTāmaki Maritime Museum",
         "Hi, I'm in Sydney, can I still join the navigation talk online? Grace",
         "2037-03-08T11:00:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="Australia/Sydney"),
    # 05: Edinburgh insurance broker; a policy number that looks like a date, a matching weekday.
    case("Hi Callum,\n\nThanks for sending the new address. I've updated your home insurance (policy number "
         "HH/03/11/5520), and the change takes effect from Friday 1 May, when you get the keys. There's no "
         "extra premium, as the new flat is in the same postcode band (EH6). Your renewal stays at 12 August, "
         "and the annual cost remains £312.40.\n\nKind regards,\nEilidh\nLeith Insurance Services",
         "Hi Eilidh, we're moving to Leith and get the keys on the 1st of May. Can you move the home "
         "insurance over? Callum",
         "2037-04-25T10:30:00+01:00", "Europe/London", "en-GB"),
    # 06: Melbourne electrician; 24-hour times and a 63A switch.
    case("Hi Bianca,\n\nThanks for booking the switchboard upgrade. Our electrician will arrive at 07:30 on "
         "Thursday 24 September and expects to finish by 16:00, so the power will be off for most of the day. "
         "The new board has eight RCBOs and a 63A main switch, and the quote of $1,980 includes the safety "
         "certificate.\n\nCheers,\nLiam\nYarra Electrical Services",
         "Hi, is the electrician still coming this week for the switchboard? How long will the power be off? "
         "Bianca",
         "2037-09-22T06:10:00+10:00", "Australia/Melbourne", "en-GB"),
    # 07: New York theatre; a range with p.m. on both ends, seat numbers, a matching weekday.
    case("Hi Jamal,\n\nThanks for your order. Your four tickets for Harbor Lights are for Friday, November 6, "
         "with the show running from 8 p.m. to about 10:45 p.m. including one intermission. Doors open at "
         "7:15 p.m., and your seats are Row J, 11–14, on the aisle. Please note the box office closes at 6 p.m. "
         "on Sundays.\n\nBest,\nTheresa\nBleecker Street Playhouse",
         "Hi, I bought tickets online but didn't get a confirmation. What time does the show start? Jamal",
         "2037-10-31T12:40:00-04:00", "America/New_York", "en-US"),
    # 08: Belfast glazier; Friday 13 March 2037 is a Friday; 4-16-4 mm glazing.
    case("Hi Róisín,\n\nThanks for accepting the quote. We've booked the fitting of your three sash replacements "
         "for Friday 13 March, starting at 8:30am, and the team should be finished by early afternoon. The "
         "sealed units are 4-16-4 mm (24 mm overall) with warm-edge spacers, and the total is £2,760 "
         "including VAT.\n\nAll the best,\nGareth\nLagan Valley Windows",
         "Hi Gareth, happy to go ahead. Is there any chance you could do it on Friday the 13th? I'm off that "
         "day (not superstitious!). Róisín",
         "2037-03-09T15:20:00+00:00", "Europe/London", "en-GB"),
    # 09: Ballarat golf club; a match-play score, a handicap, Anzac Day on a Saturday.
    case("Hi Keith,\n\nCongratulations on the win in the club championship, 3&2 in the final was a great effort. "
         "The presentation dinner is on Saturday 25 April in the clubhouse, with drinks from 6:30pm and dinner "
         "at 7:15pm. Your new handicap of 11.4 will show in the app from Monday 20 April. Tickets are $55 "
         "each.\n\nCheers,\nMargaret\nLake Wendouree Golf Club",
         "Hi Margaret, when's the presentation night and do I need a ticket for my wife? Keith",
         "2037-04-12T16:50:00+10:00", "Australia/Melbourne", "en-GB"),
    # 10: Dublin coworking to a team from London: no zone needed, the two share a clock.
    case("Hi Amelia,\n\nThanks for booking the Liffey Room for your team's workshop. It's yours from 10am to 1pm "
         "on Tuesday 9 June, with tea, coffee and pastries at 10:30am, and the hire comes to €240. The room "
         "seats 14 and has a 75-inch screen with HDMI and USB-C.\n\nBest,\nNiall\nGrand Canal Workspace",
         "Hi, I'm flying over from London for the day with my team. Could we get a meeting room on Tuesday "
         "morning? Amelia",
         "2037-06-06T09:00:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/London"),
    # 11: Singapore cooking school to a student in Perth: the same clock all year.
    case("Hi Aisha,\n\nThanks for signing up for our online laksa class. It's on Saturday, 23 May from 10am to "
         "12:30pm over Zoom, and your spice kit will reach you in Perth by Thursday 21 May. The fee is S$85, "
         "and you'll need a large pot and 400 g of prawns.\n\nBest,\nJasmine\nWok & Roll Kitchen Studio",
         "Hi, can I do the laksa class online from Perth? Aisha",
         "2037-05-16T14:20:00+08:00", "Asia/Singapore", "en-GB", recipient_timezone="Australia/Perth"),
    # 12: Phoenix bike courier to a manager in Los Angeles in July: the same clock (Arizona keeps MST).
    case("Hi Trevor,\n\nThanks for setting up the account. Our riders cover central Phoenix and Tempe, and for "
         "your weekly run we'll pick up from the lab at 4 p.m. every Monday, starting July 20. Same-day "
         "delivery is $18 within 5 miles and $2.50 per mile after that. You'll get a tracking text at pickup "
         "and at drop-off.\n\nRide on,\nCarmen\nDesert Spoke Couriers",
         "Hi, I manage our Phoenix lab from our LA office. We need a weekly courier pickup every Monday "
         "afternoon. Trevor",
         "2037-07-19T13:30:00-07:00", "America/Phoenix", "en-US", recipient_timezone="America/Los_Angeles"),
    # 13: Brisbane wine merchant to a customer in Sydney in June: the same clock in winter.
    case("Hi Nathan,\n\nThanks for joining our online shiraz tasting. We'll go live at 6pm on Friday 19 June, "
         "and your tasting pack of six 100 ml samples will reach Sydney by Wednesday 17 June. The session "
         "costs $69 and runs for about 90 minutes.\n\nCheers,\nKirsty\nFortitude Valley Wine Store",
         "Hi, can I join the shiraz tasting from Sydney? Nathan",
         "2037-06-14T20:05:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 14: Dublin GAA club to a member in Boston in the week the gap is 4 hours; a GAA score.
    case("Hi Brendan,\n\nThanks for offering to speak to the club from Boston. We'd love to have you on the "
         "video link at our awards night on Friday 30 October at 8pm Irish time, which is 4pm in Boston that "
         "week, since your clocks don't go back until 1 November. The under-16s will be presenting the county "
         "cup, which they won 2-11 to 1-09.\n\nUp the Dubs,\nMairéad\nNaomh Fionnbarra GAA Club",
         "Hi Mairéad, happy to say a few words on the night. What time will it be? Brendan",
         "2037-10-27T11:00:00+00:00", "Europe/Dublin", "en-GB", recipient_timezone="America/New_York"),
    # 15: Chicago print shop; 4/4 color and 11x17, US dates to a US customer.
    case("Hi Tasha,\n\nThanks for the quote request. We can print 500 tabloid posters (11x17, 4/4 color on "
         "100 lb gloss) for $425, and 2,000 half-page flyers (5.5 x 8.5) for $190. If you approve the proof by "
         "12/18, the whole job will be ready for pickup at our Wicker Park shop the following Monday, 12/21."
         "\n\nThanks,\nEddie\nNorth Avenue Print & Copy",
         "Hi, how much for posters and flyers for our winter market? Need them before Christmas. Tasha",
         "2037-11-21T10:45:00-06:00", "America/Chicago", "en-US"),
    # 16: Cape Town audiologist; a time in words, battery size 312, a percentage.
    case("Hi Mrs Petersen,\n\nThank you for coming in for your hearing aid fitting. Your six-week check is booked "
         "for Monday 26 October at twenty past two in the afternoon at our Claremont rooms. Please bring a "
         "spare pack of size 312 batteries, and keep a note of any places where the sound still feels too "
         "loud. Your medical aid has covered 80% of the cost.\n\nKind regards,\nFatima\nSouthern Suburbs "
         "Audiology",
         "Hello, the lady at the front desk said you would email me the date of my check-up. Regards, "
         "Mrs Petersen",
         "2037-09-12T11:10:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 17: London insurance broker; 29 February 2040 is a leap day and a Wednesday.
    case("Hi Dominic,\n\nThanks for your questions about the landlord policy. The three-year fixed premium you "
         "took out runs until Wednesday 29 February 2040, which is a leap day, and the rate of £39.80 a month "
         "won't change before then. The buildings cover is £420,000 and the contents cover for the furnished "
         "flat is £25,000.\n\nBest wishes,\nPriya\nBarbican Home Insurance",
         "Hi Priya, how long is my premium fixed for? Dominic",
         "2037-08-29T14:00:00+01:00", "Europe/London", "en-GB"),
    # 18: Adelaide solar installer; a past date told in the past tense, a firmware version.
    case("Hi Wendy,\n\nThanks for sending the app screenshots. Your system was installed on Tuesday 3 March and "
         "has exported 1,140 kWh since then, which is right in line with our estimate for a 6.6 kW array in "
         "autumn. The inverter updated itself to firmware v4.12.1 last night, so the brief outage you saw was "
         "expected.\n\nRegards,\nTom\nTorrens Solar",
         "Hi Tom, my inverter went offline for a bit last night. Is everything OK? Wendy",
         "2037-05-03T09:40:00+09:30", "Australia/Adelaide", "en-GB"),
    # 19: Toronto glazier on a Wednesday morning; "tomorrow" anchored to its date, a range ending in a.m.
    case("Hi Mr. Tremblay,\n\nThanks for calling about the cracked storefront pane. Our crew can be there "
         "tomorrow, Thursday, October 22, between 9 and 11 a.m., to remove it and fit a temporary panel. The "
         "replacement 10 mm tempered glass takes about a week to arrive, and the total quote is $1,340 plus "
         "HST.\n\nRegards,\nSandra\nQueen West Glass",
         "Hi, a delivery truck cracked our shop window this morning. Can you come as soon as possible? "
         "Marc Tremblay",
         "2037-10-21T10:00:00-04:00", "America/Toronto", "en-US"),
    # 20: London studio to a producer in Brooklyn in the weeks when the US has changed its clocks and the UK has not.
    case("Hi Aaron,\n\nThanks for confirming the overdub session. We'll open the remote link at 2pm GMT on "
         "Thursday 19 March, which is 10am EDT in New York, as your clocks changed on 8 March and ours don't "
         "until 29 March. Studio 2 is booked until 6pm GMT, and the day rate is £650.\n\nCheers,\nFreya\n"
         "Camden Lock Studios",
         "Hey Freya, what time does the session start for me here in Brooklyn? Aaron",
         "2037-03-13T10:30:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 21: Honolulu museum to a viewer in Auckland, across the date line, both days named.
    case("Hi Tane,\n\nAloha and thanks for booking our virtual tour of the voyaging canoe exhibit 🌴 The live "
         "tour starts at 4 p.m. HST on Thursday, July 30, which is 2 p.m. NZST on Friday, July 31 for "
         "you in Auckland. It lasts an hour, and the $20 ticket includes a downloadable guide.\n\nMahalo,\n"
         "Keola\nMoanalua Voyaging Museum",
         "Hi, can I join the canoe exhibit tour online from Auckland? Tane",
         "2037-07-24T21:30:00-10:00", "Pacific/Honolulu", "en-US", recipient_timezone="Pacific/Auckland"),
    # 22: Sydney self-storage at 23:55 on a Saturday; a full date instead of "the day after tomorrow".
    case("Hi Zoe,\n\nThanks for your message. Your 2 m x 3 m unit at our Alexandria site is ready, and you can "
         "move in any time from 6am on Monday 7 December, when your first month ($199) starts. The gate code "
         "is sent by text on the morning you move in, and trolleys are free to use.\n\nCheers,\nLuke\nBotany "
         "Road Self Storage",
         "Hi, can I move my stuff in on Monday? Zoe",
         "2037-12-05T23:55:00+11:00", "Australia/Sydney", "en-GB"),
    # 23: Hyderabad print shop; weekdays after their dates, both right.
    case("Dear Mr Reddy,\n\nThank you for your order of 2,000 wedding cards (7 x 5 inches, 300 GSM with gold "
         "foiling). The proofs will be shared by 12th October, Monday, and the printed cards will be ready for "
         "pickup on 15th October, Thursday, at our Abids branch. The total amount is ₹38,400 including GST."
         "\n\nRegards,\nSrinivas\nCharminar Printers",
         "Dear Sir, kindly tell when the wedding cards will be ready. Regards, Venkat Reddy",
         "2037-10-08T16:30:00+05:30", "Asia/Kolkata", "en-GB"),
    # 24: Vancouver coworking; an ISO date the Swedish customer asked for, 24/7.
    case("Hi Henrik,\n\nThanks for the contract details. Your dedicated desk at our Gastown space starts on "
         "2037-10-01 and runs month to month at $420, billed on the first of each month. Reception is staffed "
         "from 8:30 a.m. to 5:30 p.m., and your key fob works 24/7.\n\nCheers,\nNadia\nWater Street Coworking",
         "Hello, I am new in Vancouver from Sweden. Please write the start date in the contract in the "
         "2037-10-01 format, this is easier for our accountant in Stockholm. Best regards, Henrik",
         "2037-09-27T16:00:00-07:00", "America/Vancouver", "en-US"),
    # 25: Seattle bike courier to a Seattle customer; 5/6 read the same way by both (May 6, the Wednesday asked for).
    case("Hi Marisol,\n\nThanks for booking. Our rider will pick up the signed contracts from your office on 5/6 "
         "at 9:30 a.m. and get them to the county courthouse by 11 a.m. The flat rate for downtown is $24, and "
         "you'll get a photo of the stamped receipt by text.\n\nThanks,\nOwen\nEmerald City Bike Couriers",
         "Hi, can you do a courier run from our office on 3rd Ave to the courthouse Wednesday morning? "
         "Marisol",
         "2037-04-26T12:20:00-07:00", "America/Los_Angeles", "en-US"),
    # 26: Galway museum; a range with am/pm, a closure range, noon and "a quarter to three in the afternoon".
    case("Hi Fionn,\n\nThanks for your email. The museum is open from 10am to 5pm, Tuesday to Sunday, and we're "
         "closed from 24 to 26 December. The Claddagh ring exhibition stays on until 28 February 2038, and "
         "entry is free, though we suggest a €5 donation. Guided tours leave from the front desk at noon and "
         "at a quarter to three in the afternoon.\n\nBest,\nNuala\nGalway City Heritage Museum",
         "Hi, is the museum open over Christmas? My parents are visiting on the 27th. Fionn",
         "2037-12-13T15:05:00+00:00", "Europe/Dublin", "en-GB"),
    # 27: Calgary climbing gym; route grades and a 4:1 ratio, two Saturdays.
    case("Hi Morgan,\n\nThanks for your question about the lead course. It runs over two Saturdays, August 15 and "
         "August 22, from 9 a.m. to 1 p.m., and you'll need to be climbing 5.10a on top rope and V3 in the "
         "bouldering area first. The course costs $189, and the ratio is 4:1 so everyone gets plenty of "
         "coaching.\n\nClimb on,\nDevin\nBow River Climbing Gym",
         "Hi, what do I need to be able to climb before I take the lead course, and when is the next one? "
         "Morgan",
         "2037-08-02T10:30:00-06:00", "America/Edmonton", "en-US"),
    # 28: Johannesburg broker to a client in Harare: no zone needed, the two share a clock.
    case("Dear Mr Moyo,\n\nThank you for your query about the cross-border vehicle cover. I can take you through "
         "the options on a call on Tuesday 1 December at 10:30am, and the policy can start from Friday "
         "4 December. Cover for Zimbabwe, Botswana and Zambia adds R185 a month to your current premium of "
         "R1,240.\n\nKind regards,\nLerato\nRand Brokers",
         "Good day, I am in Harare at the moment and I need my car insurance to cover me in Zimbabwe before "
         "the holidays. Tendai Moyo",
         "2037-11-29T08:45:00+02:00", "Africa/Johannesburg", "en-GB", recipient_timezone="Africa/Harare"),
    # 29: Sydney broker to a customer from Seattle; 30/06/2037 cannot be misread, a financial year range.
    case("Hi Anh,\n\nThanks for your question about the professional indemnity policy. Your current policy runs "
         "until 30/06/2037, and the renewal for the 2037–38 financial year starts on 1 July at $2,310, an "
         "increase of 4.5%. If you pay before Friday 26 June, the insurer will take 5% off.\n\nKind regards,\n"
         "Sarah\nPitt Street Insurance Brokers",
         "Hi Sarah, I only moved here from Seattle last year so the financial year thing is new to me. When "
         "does my cover run out? Anh",
         "2037-05-25T14:00:00+10:00", "Australia/Sydney", "en-GB"),
    # 30: Adelaide rowing club to a member in Sydney; the half-hour gap right for January.
    case("Hi Jack,\n\nThanks for agreeing to join the committee meeting by video. It starts at 10:30am ACDT on "
         "Tuesday 20 January, which is 11am AEDT for you in Sydney, and should wrap up within the hour. The "
         "main items are the new boat shed lease ($14,500 a year) and the regatta on Sunday 15 February.\n\n"
         "Cheers,\nMeg\nTorrens Rowing Club",
         "Hi Meg, happy to dial in from Sydney. What time is the meeting? Jack",
         "2037-01-12T15:45:00+10:30", "Australia/Adelaide", "en-GB", recipient_timezone="Australia/Sydney"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
