"""The hand-written cases of Tactful's seventh held-out date/time set (built by build_datetime_holdout7.py).

Each case is a customer-service reply (``text``) with the customer's email it answers (``thread``)
and the context the date/time checks need: ``now`` (ISO 8601 with the writer's UTC offset at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's
zone is known) and ``locale``. Flagged expressions are wrapped in ⟦ ⟧, and ``checks`` names, in
order, which of the eight checks each marked span is a case of. Negatives mark nothing.

Written blind (see README.md): every weekday, past/future relation, UTC offset and time conversion
was computed with Python's calendar, datetime and zoneinfo, not from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Cotswolds wedding barn; the couple work hospital shifts, "mornings or evenings", so the
    # rehearsal "from 7" on Friday 20 June stays open.
    case("Hi Priya and Tom,\n\nCongratulations again on booking Saturday 21 June 2031 with us at Hollow "
         "Elm Barn! The barn is free for your rehearsal on Friday 20 June from ⟦7⟧, and it usually takes "
         "about an hour and a half with the celebrant. On the day itself your florist can get in from "
         "10:30am, the drinks reception starts at 14:00 and the carriages are booked for 23:30. I'll send "
         "the final running order in the first week of May.\n\nBest wishes,\nFiona\nHollow Elm Barn, Cotswolds",
         "Hi Fiona, we'd love to do a rehearsal in the barn the day before the wedding. We both work shifts "
         "at the hospital, so mornings or evenings are easiest, whatever suits you. Also, what time can the "
         "florist get in on the day? Priya & Tom",
         "2031-01-14T10:20:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Galway funeral director; some of the family can come before work and some after.
    case("Dear Siobhán,\n\nI'm so sorry again for your loss. The family can spend time with your mother "
         "privately in our Reposing Room on Friday 21 February at ⟦7:30⟧, and the room is yours for as "
         "long as you need. Public reposing is on Sunday 23 February from 4pm to 6pm, with the removal to "
         "St Nicholas' Church at 6:15pm. Requiem Mass is at 11am on Monday 24 February, followed by burial "
         "in Bohermore Cemetery.\n\nWith sympathy,\nDeclan Ó Flaithearta\nÓ Flaithearta Funeral Directors, Galway",
         "Thank you for everything so far. Is there a time we could see Mam privately before the removal? "
         "Some of us can only get there before work and some only after. Siobhán",
         "2031-02-20T16:05:00+00:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 03: Chicago laundromat open 6 a.m. to 11 p.m.; the customer works nights, "early or late".
    case("Hey Marcus,\n\nThanks for dropping off with us! Your 2 bags (ticket #4471, 23 lbs) are in the "
         "queue, and they'll be folded and bagged for pickup Thursday after ⟦6⟧. We're open 6 a.m. to "
         "11 p.m. every day at 2210 North Milwaukee Avenue, and the total comes to $41.40 at $1.80/lb. If "
         "you'd like them delivered instead, it's a flat $6 within 3 miles.\n\nSee you soon,\nRosa\n"
         "SpinCycle Wash & Fold",
         "Hi, dropped off 2 bags for wash & fold this morning (ticket #4471). I work nights so I can grab "
         "them early or late, whatever. When will they be ready? - Marcus",
         "2031-03-19T13:40:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 04: Christchurch kennels staffed 6am to 10pm; the owners do not know if they land morning or night.
    case("Hi Aroha,\n\nNo worries at all, Biscuit's booking runs from Saturday 12 April to Sunday 27 April "
         "🐶. Our team is on site from 6am to 10pm every day, so we'll have him bathed and ready for you at "
         "⟦half past eight⟧ on the Sunday. His stay comes to $742.50 for 15 nights, including the $45 bath, "
         "and you can settle up on collection.\n\nCheers,\nMatiu\nPort Hills Boarding Kennels",
         "Hi there, Biscuit is booked in from the 12th to the 27th. Our flight home lands on the Sunday but "
         "the airline has just moved it and I'm not even sure yet whether it's a morning or a night arrival! "
         "When can we collect him? Cheers, Aroha",
         "2031-04-10T11:15:00+12:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 05: Singapore yoga studio with classes 6:30am to 9:30pm; the customer can come before or after work.
    case("Hi Wei Ling,\n\nWelcome to Lotus Loft! I've booked you into the ⟦6:45⟧ Slow Flow on Wednesday 7 "
         "May in Studio 2, which is on level 3 of 18 Tras Street. Our classes run from 6:30am to 9:30pm on "
         "weekdays, so do arrive 10 minutes early to pick up a mat. After the trial, the 10-class pass is "
         "S$220 and is valid for 3 months.\n\nNamaste,\nJoanne\nLotus Loft Yoga",
         "Hello, I'd like to book the free trial class. I can come before work or after work on Wednesday, "
         "whichever class has space. Thanks, Wei Ling",
         "2031-05-05T09:10:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-time"]),
    # 06: Denver car rental; "12:00 am on Sunday" is the start or the end of that Sunday.
    case("Hi Kyle,\n\nYou're all set: your Jeep Compass (plate CO 4KR-912) is extended for 7 more days at "
         "$58/day plus tax. The new return is ⟦12:00 am⟧ on Sunday, August 17, at our Peña Boulevard lot, "
         "which is open 24/7. Please bring it back with a full tank, or we'll charge the $9.25/gal "
         "refueling rate. Your confirmation number is RX-220918.\n\nThanks,\nDana\nFrontRange Car Rental",
         "Hi, I picked up the Jeep at DEN today and want to extend through the weekend of the 16th. When "
         "exactly does it have to be back? Kyle",
         "2031-08-09T15:25:00-06:00", "America/Denver", "en-US", ["ambiguous-time"]),
    # 07: Nairobi museum group booking; "12 pm" as a confirmation deadline.
    case("Dear Mr Otieno,\n\nThank you for choosing the Nairobi National Museum for your school trip. We "
         "have held the 10:00 to 13:00 slot on Thursday 13 November for 46 students and 4 teachers, with a "
         "guided tour of the Hall of Kenya at 10:15 and lunch in the gardens at 12:30. Please confirm your "
         "final numbers by ⟦12 pm⟧ on Friday 7 November, after which the student rate of KSh 200 per head "
         "will be invoiced. Our education desk is on +254 20 374 2131 if anything changes.\n\nKind regards,\n"
         "Wanjiru Kamau\nGroup Bookings, Nairobi National Museum",
         "Good morning, we would like to bring 46 Form Two students and 4 teachers to the museum in November. "
         "Please let us know the deadline for final numbers. Mr. Otieno, Kisumu Boys High School",
         "2031-10-28T10:45:00+03:00", "Africa/Nairobi", "en-GB", ["ambiguous-time"]),
    # 08: Toronto physio open 7 a.m. to 8 p.m.; the client works rotating hospital shifts.
    case("Hi Gurpreet,\n\nGreat to hear the knee is settling down! I've booked your follow-up with Megan "
         "for Thurs 12th at ⟦7⟧, and we're open 7 a.m. to 8 p.m. on weekdays, so either end of the day is "
         "fine with us. It's a 45-minute session at our clinic (Unit 4, 1180 Queen Street West), and your "
         "plan covers $95 of the $110 fee. Please keep doing the 3 sets of 12 step-ups until then.\n\n"
         "Take care,\nAlina\nParkdale Physio & Rehab",
         "Hi, the knee is a lot better after the first session. Can I book the follow-up for next week? I do "
         "rotating shifts at the hospital, so early mornings and evenings both work. Thanks, Gurpreet",
         "2031-06-02T17:50:00-04:00", "America/Toronto", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: London food-delivery app at 23:50 on Friday 14 February: "tomorrow" read after midnight.
    case("Hi Hannah,\n\nI'm really sorry your Valentine's dinner arrived 50 minutes late and cold 💔, "
         "that's not the evening you'd planned. I've refunded the full £38.60 for order #FD-88213 to your "
         "Visa ending 4417, and it will land in your account ⟦tomorrow⟧. I've also added a £10 credit to "
         "your Dashly wallet, valid until 31 March 2031.\n\nAll the best,\nKemi\nDashly Customer Care",
         "My Valentine's order (#FD-88213) turned up 50 minutes late and the dumplings were cold. I'd like a "
         "refund please. Hannah",
         "2031-02-14T23:50:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 10: Sydney accountant at 08:30 on Tuesday to a client in London, where it is 23:30 on Monday:
    # "tomorrow" is Wednesday to him and Tuesday to her; "by 5pm" has no zone.
    case("Hi Bec,\n\nThanks for sending through the last of your payment summaries. Your 2030–31 return "
         "is ready and I'll lodge it with the ATO ⟦tomorrow⟧, and I'll email you the lodgement receipt by "
         "⟦5pm⟧. Based on the figures you sent, you're due a refund of A$2,184, less our fee of A$330. I'll "
         "call you at 6pm Sydney time on Thursday 10 July, which is 9am Thursday in London, to go through "
         "it.\n\nKind regards,\nLachlan Ng\nNg & Partners Chartered Accountants",
         "Hi Lachlan, sorry for the late-night email, I'm just back in London. Have you lodged my Australian "
         "return yet? I want it in before I start the new job. Cheers, Bec",
         "2031-07-08T08:30:00+10:00", "Australia/Sydney", "en-GB", ["relative-date", "missing-timezone"],
         recipient_timezone="Europe/London"),
    # 11: Dublin estate agent on Wednesday 5 March: "next Friday" is the 7th or the 14th.
    case("Hi Ciara and Dev,\n\nGreat news, the vendors are happy to open up 14 Glasthule Road for you "
         "again. I've booked your second viewing for ⟦next Friday⟧ at 11am, and I'll bring the BER "
         "certificate (B2) and the 2029 survey. The asking price is still €685,000, and best offers close "
         "at 5pm on Wednesday 19 March.\n\nKind regards,\nOrla\nSeaview Estates, Dún Laoghaire",
         "Hi Orla, we'd love a second viewing of 14 Glasthule Road before we make an offer. Any day soon "
         "works except Monday. Ciara & Dev",
         "2031-03-05T12:15:00+00:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 12: Manchester nursery on Tuesday 22 April: "a week on Tuesday" is 29 April or 6 May.
    case("Hi Leanne,\n\nWe're so excited to welcome Noah to the Little Acorns Caterpillar Room! His first "
         "settling-in session is ⟦a week on Tuesday⟧ from 9:30am to 11am, with you staying for the first "
         "hour, and the second is two days later from 9:30am to 12:30pm, including lunch. His full days "
         "then begin on Monday 12 May, 8am to 6pm, at £68.50 a day before the 30 funded hours are applied. "
         "Please bring spare clothes, nappies and his red book to the first session.\n\nSee you soon,\n"
         "Gemma\nLittle Acorns Day Nursery, Chorlton",
         "Hi, Noah's starting date is sorted but when are his settling-in sessions? I need to book time off "
         "work. Thanks, Leanne",
         "2031-04-22T14:30:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 13: Melbourne self-storage at 23:55 on Saturday 4 October (daylight saving starts that night):
    # "in two days" counted from Saturday or from the Sunday it is read on.
    case("Hi Sam,\n\nThanks for your payment of $189 for unit C-214 (3m × 3m, ground floor) at our "
         "Brunswick site. Your personal gate code will be activated ⟦in two days⟧, and it works from 6am to "
         "10pm, seven days a week. Just a heads-up that daylight saving starts tonight, so clocks go forward "
         "an hour at 2am. Trolleys and a pallet jack are free to use, and padlocks are $19.95 at reception."
         "\n\nCheers,\nJess\nStoreRight Self Storage, Brunswick",
         "Hi, I've paid for the 3x3 unit online. When can I get my access code? Movers are booked for early "
         "next week. Sam",
         "2031-10-04T23:55:00+10:00", "Australia/Melbourne", "en-GB", ["relative-date"]),
    # 14: Tokyo phone-repair shop at 00:20 on Monday: "tomorrow afternoon" is Monday or Tuesday.
    case("Hi Ben,\n\nSorry for the late reply, it's been a long day of repairs. The new OLED screen for "
         "your iPhone 15 has arrived, and your phone will be ready for pickup "
         "⟦tomorrow⟧ afternoon. The repair is ¥28,600 including the 6-month parts warranty, and we're open "
         "11:00 to 20:00 at our Shibuya store (2F, 3-14-7 Jingumae). Your repair ticket is TK-50327.\n\n"
         "Best,\nKenji\nFixMate Tokyo",
         "Hi, I dropped my iPhone 15 off on Saturday for the cracked screen. Any update? I really need it "
         "for work. Thanks, Ben",
         "2031-09-15T00:20:00+09:00", "Asia/Tokyo", "en-US", ["relative-date"]),
    # 15: Wellington bookshop at 09:00 on Wednesday to a reader in Los Angeles, where it is still
    # Tuesday afternoon: "today" is a different day for each.
    case("Hi Maddie,\n\nLovely to hear from a fan in California 📚! The signed first editions go on sale "
         "on our website ⟦today⟧, and we've held back 40 of the 250 copies for overseas readers. Each copy "
         "is NZ$54.99, and tracked shipping to the US is NZ$32 and takes 8 to 12 working days. The online "
         "launch is at 1pm NZST on Thursday 19 June, which is 6pm on Wednesday 18 June in Los Angeles."
         "\n\nBest wishes,\nAnahera\nUnity Lane Books, Wellington",
         "Hi! I'm a huge fan, writing from LA. When do the signed first editions of 'The Salt Road' go on "
         "sale online, and do you ship to California? Thanks so much, Maddie",
         "2031-06-18T09:00:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"],
         recipient_timezone="America/Los_Angeles"),
    # 16: Seattle dental hygienist at 23:56 on Thursday: "tmrw" read on Friday morning.
    case("Hi Dolores,\n\nThanks for reaching out, and sorry to hear about the bleeding. We had a "
         "cancellation, so I've booked you with our hygienist Maya for ⟦tmrw⟧ at 8:15 a.m. for a "
         "60-minute periodontal cleaning. Your insurance covers two cleanings a year, and your last one was "
         "on Tuesday, May 13, so this one should be covered in full. Please arrive 10 minutes early to "
         "update your medical history.\n\nBest,\nTrina\nCapitol Hill Dental Hygiene, Seattle",
         "Hi, can I get in for a cleaning sometime soon? My regular hygienist left and my gums have been "
         "bleeding a bit. Dolores",
         "2031-11-20T23:56:00-08:00", "America/Los_Angeles", "en-US", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Leeds laundrette; 12 September 2031 is a Friday.
    case("Hi Shaz,\n\nYes, no problem at all! Drop them in any time before 1pm tmrw and your king-size "
         "duvet and 2 pillows will be washed, tumble-dried and ready to collect ⟦Thurs 12th⟧ from 2pm. It's "
         "£18 for the duvet and £6 per pillow, so £30 all in. We're open 7am–9pm Mon–Sat and 9am–5pm Sun "
         "at 41 Kirkstall Road.\n\nTa,\nBev\nSuds & Bubbles Laundrette",
         "Hiya, can you do a king-size duvet and 2 feather pillows? Need them back before my in-laws arrive "
         "at the weekend. Thanks, Shaz",
         "2031-09-08T10:05:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 18: Brisbane car hire; 13 December 2031 is a Saturday.
    case("Hi Steve,\n\nGood news, we've got a Kia Carnival 7-seater available for you. Pick-up is "
         "⟦Sunday 13 December⟧ from 10am at our Brisbane Airport desk (Domestic Terminal, Level 1), and "
         "drop-off is Saturday 27 December by 4pm at the same desk. The 14 days come to $1,386 at $99 a "
         "day, including unlimited kilometres, and the bond is $500. Your booking reference is BNE-77120."
         "\n\nCheers,\nMel\nSunState Car & Van Hire",
         "G'day, booking a car for the family over Christmas, pick up at Brisbane Airport on the 13th and "
         "drop off on the 27th. Is a 7-seater available? Steve",
         "2031-11-28T16:40:00+10:00", "Australia/Brisbane", "en-GB", ["weekday-mismatch"]),
    # 19: Boston funeral home; 20 March 2031 is a Thursday (the visiting hours' Tuesday 18th is right).
    case("Dear Mrs. Walsh,\n\nThank you for letting us know the family's wishes. Visiting hours will be at "
         "our Dorchester Avenue chapel on Tuesday, March 18, from 4 to 8 p.m., and the funeral Mass will be "
         "at Saint Brendan's on ⟦Wednesday, March 20⟧, at 10 a.m., with burial at Cedar Grove Cemetery to "
         "follow. The limousine for the immediate family will collect you at 9:15 a.m. at 27 Mayhew Street. "
         "Please let me know by Monday if you'd like the Mass livestreamed.\n\nWith deepest sympathy,\n"
         "Michael Donovan\nDonovan & Sons Funeral Home",
         "We've decided on a funeral Mass at St. Brendan's followed by burial at Cedar Grove. What day are "
         "you thinking? The family from out of town arrives Monday night. Patricia Walsh",
         "2031-03-14T11:30:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 20: Diani yoga retreat; 24 October 2031 is a Friday but the 26th is a Sunday.
    case("Hi Achieng,\n\nKaribu, and thank you for your interest in our ocean retreat 🌊! It runs from "
         "Friday 24th to ⟦Monday 26th⟧ October, with check-in from 2pm on the Friday and the closing sound "
         "bath at 10am on the last morning. A twin banda sleeps two, and the full retreat is KSh 38,500 per "
         "person, including all meals and 6 yoga sessions. The 8am SGR train from Nairobi gets into "
         "Mombasa at 1:45pm, and our shuttle meets it.\n\nAsante,\nNeema\nMwezi Yoga Retreats, Diani Beach",
         "Hello, we are two friends from Nairobi interested in the October retreat. What are the exact dates "
         "and is there a twin room? Regards, Achieng",
         "2031-09-20T08:15:00+03:00", "Africa/Nairobi", "en-GB", ["weekday-mismatch"]),
    # 21: Auckland estate agent; 9 March 2031 is a Sunday.
    case("Hi Tane and Mere,\n\nThanks for your interest in 27 Kowhai Street, Grey Lynn. The next open home "
         "is ⟦Sat 09/03/2031⟧ from 11am to 11.30am, and I can also do a private viewing on Thursday 6 March "
         "at 5.30pm if that suits. It's a 3-bedroom villa on 506 m² with a CV of $1.62m, and it's being "
         "sold by deadline sale closing at 4pm on Wednesday 19 March. The LIM report and builder's report "
         "are in the online pack.\n\nNgā mihi,\nJosh\nHarbourCity Realty",
         "Kia ora, we missed the open home on Sunday. Is there another one at 27 Kowhai Street? Thanks, "
         "Tane and Mere",
         "2031-03-03T19:45:00+13:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 22: Toronto accountant; 30 April 2031 is a Wednesday.
    case("Hi Jean-Luc,\n\nThanks, I've got your two T4s and the RRSP receipt for $6,500. I'll have your "
         "return ready for you to review by Friday, April 25, and we'll e-file it as soon as you sign the "
         "T183 form. The filing deadline is ⟦Thursday, April 30⟧, and based on what you've sent you're "
         "looking at a refund of about $1,240. Our fee for a return like yours is $185 plus HST.\n\n"
         "Best regards,\nFarah Siddiqui, CPA\nSiddiqui Tax & Accounting",
         "Hi Farah, I've uploaded my T4s and RRSP receipts to the portal. Will you have my return done "
         "before the deadline? Thanks, Jean-Luc",
         "2031-04-15T10:00:00-04:00", "America/Toronto", "en-US", ["weekday-mismatch"]),
    # 23: Singapore museum group booking; 3 November 2031 is a Monday (in words).
    case("Dear Rachel,\n\nThank you for choosing the Peranakan Heritage Gallery for your team outing. We "
         "can offer a private guided tour on ⟦Tuesday the third of November⟧ from 10am to 11:30am, "
         "followed by kueh and kopi in our courtyard until noon. The corporate rate is S$35 per person, so "
         "S$1,050 for 30 guests, and a 50% deposit secures the date. Please confirm by Friday 17 October "
         "so we can assign a docent.\n\nWarm regards,\nNur Aisyah\nGroup Bookings, Peranakan Heritage Gallery",
         "Dear team, our company would like to book a private guided tour for 30 staff in early November, "
         "ideally a weekday morning. Best, Rachel Tan, HR, Meridian Logistics",
         "2031-10-09T15:20:00+08:00", "Asia/Singapore", "en-GB", ["weekday-mismatch"]),
    # 24: Austin kennels; Thanksgiving 2031 is Thursday 27 November, and the 28th is a Friday.
    case("Hi Carly,\n\nWe'd love to have Luna back! I've booked her in from Wednesday, November 26, "
         "through Sunday, November 30, with drop-off between 7 and 10 a.m. and pickup between 3 and 6 p.m. "
         "on Sunday. We'll be closed for drop-offs and pickups on Thanksgiving, ⟦Thursday, November 28⟧, "
         "but our staff are on site all day and Luna will get her usual playgroup. Four nights in a Deluxe "
         "Suite come to $260, plus $15 for the holiday surcharge.\n\nThanks,\nJordan\nHill Country Pet Resort",
         "Hi! We're driving to my mom's for Thanksgiving. Can Luna (golden retriever, 6 yrs) board with you "
         "from the day before Thanksgiving through Sunday? Thanks, Carly",
         "2031-11-05T12:30:00-06:00", "America/Chicago", "en-US", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Edinburgh wedding venue; the couple ask for a leap-day wedding "this winter", and 2031 has no
    # 29 February.
    case("Hi Isla and Callum,\n\nCongratulations on your engagement 💍! We'd be delighted to host you in "
         "the Orangery on ⟦the twenty-ninth of February⟧, and as it's a winter weekday the venue hire is "
         "£2,950 rather than £5,400. The ceremony could be at 2pm, with the wedding breakfast at 4pm and "
         "the evening reception until midnight. I've pencilled the date in for 14 days, so just let me know "
         "by Monday 3 February if you'd like to go ahead.\n\nWarm wishes,\nKirsty\nCraiglockhart House Weddings",
         "Hi! We got engaged on 29 February 2028 and would love to get married on a leap day. Is there "
         "anything available this winter? Isla & Callum",
         "2031-01-20T11:00:00+00:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: Portland bookshop; April has 30 days.
    case("Hey Lou,\n\nYes, Dana Whitcomb will be here on ⟦Thursday, April 31⟧, at 7 p.m. to read from and "
         "sign 'The Lantern Keepers' 📖. Seating opens at 6:30 p.m., and we'll save 8 seats in row B for "
         "your book club if you let us know by Friday, April 25. The hardcover is $28.99, with 10% off for "
         "book clubs ordering 5 or more copies.\n\nHappy reading,\nSam\nRiver & Rain Books, Portland",
         "Hey, is Dana Whitcomb still coming to sign her new novel? I want to bring my book club (8 of us). "
         "Lou",
         "2031-03-27T15:10:00-07:00", "America/Los_Angeles", "en-US", ["impossible-date"]),
    # 27: Perth physio, a bulleted list of five sessions: 10 June is the day before `now`, 31 June
    # does not exist.
    case("Hi Tanya,\n\nNo worries, I've booked all 5 sessions with Liam before your trip:\n"
         "- ⟦Tue 10/06⟧, 7:30am\n- Fri 13/06, 7:30am\n- Tue 17/06, 5:15pm\n- Mon 23/06, 12:45pm\n"
         "- ⟦Tue 31/06⟧, 5:15pm\nEach session is 45 minutes at $98, and your Medicare care plan covers "
         "$58.30 of each one. Reception is on (08) 9381 4420 if you need to move any.\n\nCheers,\nBrooke\n"
         "Subiaco Sports Physio",
         "Hi, my GP referral says 5 sessions for my shoulder. Can I get them all booked in before I go to "
         "Bali at the start of July? Cheers, Tanya",
         "2031-06-11T09:40:00+08:00", "Australia/Perth", "en-GB", ["past-date", "impossible-date"]),
    # 28: Singapore food-delivery app; February has no 30th.
    case("Hi Darren,\n\nSorry about that 🧧! HUAT88 only works on orders of S$40 and above, and your basket "
         "came to S$36.50 before the delivery fee. I've sent you a new code, HUAT88B, for 8% off any order "
         "with no minimum, and it's valid until 11:59pm on ⟦30 Feb⟧. Delivery between 10pm and 2am still "
         "carries the S$3.90 late-night surcharge.\n\nCheers,\nPriscilla\nMakanNow Support",
         "Hi, the promo code HUAT88 didn't work on my order just now. It's still the festive period right? "
         "Thanks, Darren Lim",
         "2031-02-01T20:10:00+08:00", "Asia/Singapore", "en-GB", ["impossible-date"]),
    # 29: Calgary self-storage; November has 30 days.
    case("Hi Harpreet,\n\nThanks for letting us know. Your lease on unit 118 (10 × 15 ft) is paid up to "
         "the end of November, so your last day of access is ⟦November 31st⟧, and the gate is open 6 a.m. "
         "to 10 p.m. until then. Once we've checked the unit is empty and broom-clean, your $150 deposit "
         "will be refunded within 10 business days. Please leave your padlock key in the drop box at 4410 "
         "52 Ave SE.\n\nBest,\nTyler\nChinook Self Storage, Calgary",
         "Hi, we're moving out of unit 118 at the end of November. What's the last day I can have access, "
         "and when do I get my deposit back? Thanks, Harpreet",
         "2031-10-31T13:00:00-06:00", "America/Edmonton", "en-US", ["impossible-date"]),
    # 30: Nairobi phone repair; an ISO date on a job card, and November has 30 days.
    case("Hi Brian,\n\nYour Samsung A54 is fixed: the charging port was corroded, so we replaced it along "
         "with the flex cable. The total is KSh 3,800, payable by M-Pesa to till number 508112 when you "
         "collect. Collection is from 9am to 7pm, Monday to Saturday, at Shop B14, Moi Avenue. Your job "
         "card says:\nJob: NBO-6631\nWarranty: 90 days\nWarranty ends: ⟦2031-11-31⟧\nThanks for choosing "
         "us!\n\nRegards,\nFaith\nPhoneDoc Kenya",
         "Hi, my Samsung A54 won't charge at all. How long is the warranty on the charging port repair and "
         "when does it end? Brian",
         "2031-09-10T17:25:00+03:00", "Africa/Nairobi", "en-GB", ["impossible-date"]),
    # 31: Cork preschool; September has 30 days.
    case("Hi Aoife,\n\nEllie is all set to move up to the Sunflower Room! The ECCE year starts on Monday 1 "
         "September, and her ECCE hours are 9am to noon, Monday to Friday, with after-care until 5:30pm at "
         "€4.20 an hour. Please sign and return the ECCE registration form and the photo consent form by "
         "⟦31 Sept⟧ so we can claim her place. Her key worker will be Niamh, who has been with us for 6 "
         "years.\n\nThanks,\nSinéad\nBluebell Early Learning, Douglas, Cork",
         "Hi, Ellie is moving up to the preschool room in September. When does the ECCE year start and is "
         "there anything I need to sign? Thanks, Aoife",
         "2031-08-22T16:45:00+01:00", "Europe/Dublin", "en-GB", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: London dental hygienist on Monday 10 November moves an appointment to Friday 7 November.
    case("Hi Olu,\n\nThanks for letting us know. I've cancelled Thursday's appointment without charge and "
         "moved your 30-minute hygiene visit with Priya to ⟦Friday 7 November⟧ at 8:40am. As a Denplan "
         "member the visit is covered, and the air-polish add-on is £25 if you'd like it. You'll get a text "
         "reminder 48 hours before, and our new address is 2nd Floor, 118 Upper Street, N1 1QP.\n\n"
         "Best wishes,\nCharlotte\nIslington Smile Studio",
         "Hi, sorry, I can't make Thursday's hygiene appointment any more. Could you move it to a Friday "
         "morning? Thanks, Olu",
         "2031-11-10T09:35:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 33: Vancouver car rental on Tuesday 7 January holds an upgrade "until Friday, January 3, 2031".
    case("Hi Brandon,\n\nThanks for booking with us! Your pickup is at our YVR counter on Friday, January "
         "17, at 3:30 p.m., and the return is Sunday, January 26, by 6 p.m. I can hold the AWD upgrade "
         "(Subaru Outback with winter tires) at the same $64/day rate until ⟦Friday, January 3, 2031⟧, "
         "after which it'll go back to $79/day. Winter tires are required on the Sea-to-Sky Highway from "
         "October 1 to March 31.\n\nCheers,\nAmanda\nCoastline Car Rentals",
         "Hi, I'm flying into YVR on the 17th for a ski trip to Whistler. Can you hold the AWD upgrade you "
         "offered? Brandon",
         "2031-01-07T14:20:00-08:00", "America/Vancouver", "en-US", ["past-date"]),
    # 34: Adelaide 24-hour laundromat at 00:30 on Wednesday 16 July promises a wash for Tuesday 15 July.
    case("Hi Jayden,\n\nThanks for the late message, we're open 24 hours, so I've got your load in the "
         "machine now. Your service wash (2 loads, 14 kg) will be washed, dried and folded, ready to pick up "
         "from 8am on ⟦Tuesday 15 July⟧. It's $32 for the two loads, and we take card or cash at the "
         "counter at 212 Unley Road. Your work uniforms will be hung rather than folded so they don't "
         "crease.\n\nCheers,\nNicole\nUnley Laundromat",
         "Hi, I left a big load for a service wash this arvo, name's Jayden. When can I pick it up? Need my "
         "work uniforms. Cheers",
         "2031-07-16T00:30:00+09:30", "Australia/Adelaide", "en-GB", ["past-date"]),
    # 35: Brighton yoga school on Monday 3 March offers an early-bird price that ended on 28 February,
    # and an open evening on a Thursday called Wednesday.
    case("Hi Freya,\n\nLovely to hear from you 🧘! Our 200-hour spring teacher training runs over 8 "
         "weekends from Saturday 5 April to Sunday 25 May, 9am to 5pm each day, with a free open evening "
         "on ⟦Wednesday 13 March⟧ at 7pm. The early-bird price of £2,450 (instead of £2,900) is still "
         "available if you book by ⟦28/02/2031⟧, and you can pay it in 3 instalments of £816.67. A £300 "
         "deposit holds your place, and the course handbook is attached.\n\nWarm wishes,\nAmara\n"
         "Seaside Yoga Brighton",
         "Hello, is the early-bird price for the spring teacher training still available? I'd like to pay in "
         "instalments if possible. Thanks, Freya",
         "2031-03-03T08:05:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch", "past-date"]),
    # 36: New York accountant on Monday 21 April promises to file an extension on April 15.
    case("Hi Renee,\n\nPlease don't panic, this happens more often than you'd think. We'll file your "
         "extension (Form 4868) on ⟦April 15, 2031⟧, which gives you until October 15 to file the full "
         "return, though any tax owed is still due now. Based on last year, I'd estimate a payment of "
         "around $2,400 to limit the interest and penalties. Can you upload your 1099s to the portal by "
         "Friday, May 2, so we can get started?\n\nBest,\nSteve Kaplan, CPA\nKaplan & Reyes Tax Advisors",
         "Hi Steve, I know I'm late, but I still haven't sent you my 1099s. Can we still file an extension? "
         "I'm panicking. Renee",
         "2031-04-21T10:30:00-04:00", "America/New_York", "en-US", ["past-date"]),
    # 37: Tokyo museum on Thursday 4 September says bookings "will open on 1 September 2031".
    case("Dear Ms Hughes,\n\nThank you for your interest in our Edo Life exhibition, which runs until "
         "Sunday 14 December. School group reservations for November will open on ⟦1 September 2031⟧ "
         "through our online form, and groups of 20 or more get the school rate of ¥500 per student, with "
         "teachers free. Each group slot lasts 90 minutes, with entry at 09:30, 11:00, 13:30 or 15:00, and "
         "we can split your 52 students into two groups of 26. Please note the museum is closed on Mondays, "
         "and on Tuesday 4 November after the Culture Day holiday.\n\nKind regards,\nAyaka Mori\n"
         "Group Bookings, Fukagawa Museum of Edo Life",
         "Dear Group Bookings, we are an international school in Yokohama and would like to bring 2 classes "
         "(52 students) to the Edo life exhibition in November. Please advise how to book. Regards, Ms Hughes",
         "2031-09-04T14:00:00+09:00", "Asia/Tokyo", "en-GB", ["past-date"]),
    # 38: Nova Scotia wedding barn on Tuesday 2 September says the balance "will be due" on Friday 29 August.
    case("Hi Maddy and Josh,\n\nUnder six weeks to go until Saturday, October 11! Your remaining balance of "
         "$8,240 will be due on ⟦Friday, August 29⟧, and you can pay it by e-transfer to "
         "payments@lighthousebarn.ca or by cheque. Yes, the band can play until 1 a.m., with last orders at "
         "half past midnight and the shuttle back to Halifax leaving at 1:15 a.m. The final headcount "
         "(currently 112 guests) is due two weeks before the wedding.\n\nWarm regards,\nColleen\n"
         "Lighthouse Barn Weddings, Peggy's Cove",
         "Hi Colleen, just checking what's left to pay before the wedding and when. Also can the band play "
         "until 1? Thanks, Maddy & Josh",
         "2031-09-02T09:50:00-03:00", "America/Halifax", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: Napa venue (en-US) to a couple in London: 06/05/2031 is 5 June to the writer, 6 May to them.
    case("Hi Harriet and Ollie,\n\nWe're so excited to host your wedding at Silver Oak Terrace on "
         "Saturday, September 20, 2031! I've booked your menu tasting with Chef Luis for ⟦06/05/2031⟧ at "
         "11 a.m. Pacific time, and it includes the wine pairing for up to 4 guests. Your second payment of "
         "$12,500 is due on Monday, March 3, and the final headcount on August 20. Let me know if you'd like "
         "a hotel block in Yountville.\n\nCheers,\nJenna\nSilver Oak Terrace, Napa",
         "Hi Jenna, we're so excited to be getting married at the vineyard! We'll be flying over from London "
         "for the tasting, which date have you got for us? Love, Harriet & Ollie",
         "2031-01-16T09:00:00-08:00", "America/Los_Angeles", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 40: London bookshop to a reader back home in Brooklyn: 04/11 is 4 November or April 11.
    case("Hi Marisol,\n\nHow lovely that you found us on your trip! I've put you down for a signed pre-order "
         "of 'The Glass Orchard', which is published on ⟦04/11⟧ and will be posted to you that same week. "
         "It's £22 plus £14.50 for tracked airmail to the US, and we'll charge your card when it ships. Our "
         "shop is still at 8 Cecil Court if you're ever back in London.\n\nBest wishes,\nRupert\nCecil Court Books",
         "Hi, I picked up the first book at your shop when I was in London last year and I'm back home in "
         "Brooklyn now. Can I pre-order the sequel and have it shipped to New York? Thanks, Marisol",
         "2031-02-11T16:30:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"]),
    # 41: Singapore letting agent to a family still in Houston: 7/8/2031 is 7 August or July 8.
    case("Hi Travis,\n\nGreat news, the landlord has signed the tenancy agreement for the 3-bedroom unit at "
         "#12-05, 28 Holland Grove, at S$7,800 a month for 2 years. Handover of the keys will be on "
         "⟦7/8/2031⟧ at the condo's management office, and the stamp duty of S$749 is payable within 14 "
         "days of signing. I'll send the inventory checklist and the 2-month security deposit invoice by "
         "email this week.\n\nBest regards,\nMei Chua\nHarbourline Realty Singapore",
         "Hi Mei, thanks for all your help finding us a condo from over here in Houston. When is the "
         "handover of keys? We're arranging the movers now. Best, Travis",
         "2031-03-24T18:00:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),
    # 42: Orlando car rental (en-US) to a family in Dublin: 10/12 is October 12 or 10 December; and
    # "EST" for office hours in May.
    case("Hi Declan,\n\nThanks for choosing Sunshine State Rentals! I've reserved a Chrysler Pacifica "
         "minivan for pickup at MCO on ⟦10/12⟧ for 14 days, at $72/day with unlimited miles. Our shuttle "
         "runs every 15 minutes from the Terminal C curb, and the counter is open 24 hours. If you need to "
         "change anything, our reservations team is on 407-555-0186 from 9 a.m. to 5 p.m. ⟦EST⟧. Two car "
         "seats are included free, and your confirmation code is SSR-4418-K.\n\nBest,\nAlicia\n"
         "Sunshine State Rentals, Orlando",
         "Hi, we're a family of five flying from Dublin to Orlando for a couple of weeks later this year. "
         "Can we book a minivan? Thanks, Declan",
         "2031-05-14T11:20:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date", "zone-mismatch"],
         recipient_timezone="Europe/Dublin"),
    # 43: Nairobi accountant to a client who lives in Atlanta: 03/09/2031 is 3 September or March 9.
    case("Hi David,\n\nThanks for getting in touch. To file the returns on your rental income from the "
         "Kilimani flat, I'll need the tenancy agreement, your KRA PIN and the rent received for each month "
         "of 2030. Our fee is KSh 15,000 for the year's returns, payable by M-Pesa or bank transfer. Please "
         "send everything by ⟦03/09/2031⟧ so we can clear the arrears before KRA's next compliance review."
         "\n\nBest regards,\nWambui Njoroge\nNjoroge & Associates, Certified Public Accountants",
         "Habari Wambui, I'm still living in Atlanta but I want to file my Kenyan returns for the rental "
         "income from the Kilimani flat. What do you need from me and when? Thanks, David",
         "2031-02-18T09:30:00+03:00", "Africa/Nairobi", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Vancouver yoga school (en-US) to a student in Sydney: 11/10/2031 is November 10 or 11 October.
    case("Hi Georgia,\n\nHow exciting that you're thinking of joining us from Sydney! Our 200-hour training "
         "starts on ⟦11/10/2031⟧ and runs for four weeks at our Kitsilano studio. The tuition is CA$3,400, "
         "and you can pay it in 4 monthly installments of CA$850. Classes run from 7 a.m. to 4 p.m. Pacific "
         "time each day, with a lunch break at the halfway mark.\n\nNamaste,\nLeah\nKits Shala Yoga, Vancouver",
         "Hi! I'm in Sydney and thinking of flying over for your autumn teacher training. When does it "
         "start, and is there a payment plan? Thanks, Georgia",
         "2031-07-25T12:00:00-07:00", "America/Vancouver", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Australia/Sydney"),
    # 45: Edinburgh museum to a Connecticut choir: 08/09/2031 is 8 September or August 9.
    case("Dear Mr Alvarez,\n\nThank you for thinking of us for your choir's tour of Scotland. I've booked "
         "your group of 38 for a guided visit and a 45-minute Scottish song workshop on ⟦08/09/2031⟧, "
         "starting at 10:30am UK time in the Learning Centre. Admission is free, and the workshop is £6 per "
         "student, with teachers and chaperones free. Please send the final numbers and any access needs by "
         "Friday 1 August.\n\nKind regards,\nMorag Stewart\nLearning & Groups, National Museum of Scottish Life",
         "Hello, we're a high school choir from Connecticut touring Scotland in late summer. Could we book a "
         "group visit with a workshop? Thanks, Mr. Alvarez",
         "2031-06-03T13:15:00+01:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London physio to a client now in Toronto (five hours behind in November).
    case("Hi Ravi,\n\nOf course, lots of our clients carry on with us online 💻. I've booked your first "
         "video session with Hannah for Tuesday 18 November at ⟦6pm⟧, and you'll get the link by email an "
         "hour before. Each session is 40 minutes and costs £55, and you can pay through the portal. Please "
         "have a yoga mat, a chair and a resistance band to hand.\n\nBest wishes,\nGeorgia\nCanonbury Physio",
         "Hi, now that I've moved to Toronto can we carry on my back rehab sessions over video? Evenings my "
         "time would be best. Thanks, Ravi",
         "2031-11-13T15:45:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 47: Auckland accountant to a client who has moved to Perth ("4 hours behind you").
    case("Hi Sarah,\n\nCongratulations on the new job! Let's talk through your provisional tax on Thursday "
         "28 August at ⟦10:30am⟧, and I'll call you on your Australian mobile. Your next instalment of "
         "$3,120 is due by Friday 19 September, and I can set up a direct debit from your Kiwibank account. "
         "I'll email you the 2030–31 summary beforehand so you can have it open.\n\nKind regards,\n"
         "Hemi Walker\nWalker & Tuhiwai Accountants, Auckland",
         "Hi Hemi, I've started the new job in Perth so I'm 4 hours behind you now. Can we do a quick call "
         "about my provisional tax? Cheers, Sarah",
         "2031-08-27T10:10:00+12:00", "Pacific/Auckland", "en-GB", ["missing-timezone"]),
    # 48: Dublin funeral director to a daughter in Sydney watching the livestream.
    case("Dear Gráinne,\n\nI'm so sorry for your loss, and I'm sorry you can't be with the family on the "
         "day. Your father's funeral Mass at the Church of the Holy Rosary, Harold's Cross, will be "
         "livestreamed on Tuesday 27 May, with the stream going live at ⟦10:45am⟧, fifteen minutes before "
         "Mass begins. The link is churchservices.tv/holyrosary, and a recording will stay online for 28 "
         "days. We will also post you a copy of the memorial card and the Mass booklet.\n\n"
         "With deepest sympathy,\nPádraig\nKeogh & Sons Funeral Directors, Dublin",
         "I can't get home from Sydney in time for Dad's funeral. Will there be a livestream I can watch? "
         "Thank you, Gráinne",
         "2031-05-24T17:30:00+01:00", "Europe/Dublin", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Sydney"),
    # 49: Edinburgh estate agent to a buyer in Singapore until the spring; a Scottish closing date.
    case("Dear Hui Min,\n\nThank you for your interest in 9/3 Marchmont Crescent. A closing date has been "
         "set for Friday 21 March at ⟦12 noon⟧, and offers must reach us by email from your Scottish "
         "solicitor by then. The home report values the flat at £312,000, and offers over £295,000 are "
         "invited. Your solicitor can submit a note of interest now so that we let you know of any "
         "changes.\n\nKind regards,\nAlasdair Reid\nMeadows Property, Edinburgh",
         "Dear Alasdair, I'm in Singapore until the spring but very keen on the flat at 9/3 Marchmont "
         "Crescent. Could you tell me the closing date and how to submit an offer from here? Regards, Hui Min",
         "2031-03-14T09:00:00+00:00", "Europe/London", "en-GB", ["missing-timezone"]),
    # 50: Nairobi 4x4 hire to a customer calling from London (three hours behind in December).
    case("Hi Tom,\n\nThanks for booking your Land Cruiser with us for the Masai Mara trip. Our fleet "
         "manager, Joseph, will call you on Thursday 4 December at ⟦9am⟧ to go through the pop-up roof, the "
         "fridge and the two spare tyres. Your driver will meet you in arrivals at JKIA on Wednesday 10 "
         "December with a sign, and the 8-day hire comes to US$1,680 including fuel. Park fees are paid "
         "separately at the gate.\n\nRegards,\nMercy\nSavanna Trails 4x4 Hire, Nairobi",
         "Hi, we fly from Heathrow next week and land at JKIA on the 10th. Could someone call me here in "
         "London before then to go over the safari car? Thanks, Tom",
         "2031-12-01T11:00:00+03:00", "Africa/Nairobi", "en-GB", ["missing-timezone"]),
    # 51: Tokyo yoga studio to a former member now in Los Angeles.
    case("Hi Kaori,\n\nWe miss you too 🙏! Yes, our Morning Flow is still streamed live every Tuesday and "
         "Thursday at ⟦7:30 a.m.⟧, and the recordings stay up for 48 hours afterward. An online membership "
         "is ¥6,000 a month, or about US$40, and you can cancel any time. I've sent the Zoom link and "
         "passcode to your email.\n\nBest,\nYuki\nSora Yoga Daikanyama",
         "Hi, I moved back to LA but I miss your classes so much! Do you still stream the morning class? "
         "Kaori",
         "2031-06-22T21:00:00+09:00", "Asia/Tokyo", "en-US", ["missing-timezone"],
         recipient_timezone="America/Los_Angeles"),
    # 52: Toronto bookshop to a reader joining a Zoom Q&A "from here in Halifax" (an hour ahead).
    case("Hi Bernadette,\n\nWe'd love to have you join from Halifax! The Zoom Q&A with Anne-Marie Leclerc is "
         "on Thursday, October 2, at ⟦7 p.m.⟧, and it runs for about an hour. Tickets for online guests are "
         "$10, which you can put toward a signed copy of 'Tidewater' ($32.95) with free shipping within "
         "Canada. The link will go out on the morning of the event.\n\nHappy reading,\nOwen\n"
         "Queen West Books, Toronto",
         "Hi, I can't make it to Toronto for the launch but I'd love to join online from here in Halifax. "
         "What time is the Zoom Q&A? Bernadette",
         "2031-09-23T16:00:00-04:00", "America/Toronto", "en-US", ["missing-timezone"]),
    # 53: Singapore preschool to a father in Tokyo for the week (an hour ahead).
    case("Hi Arjun,\n\nOf course, a video call works well. I've moved Anaya's end-of-year review to "
         "Thursday 11 December at ⟦4.30pm⟧ on Zoom, and it will take about 20 minutes. We'll go through her "
         "portfolio, her Chinese and English progress and her move up to K2 in January. Term ends on Friday "
         "12 December, and the holiday programme starts on Monday 15 December.\n\nWarm regards,\n"
         "Ms Lee Hui Ling\nLittle Sprouts Preschool, Tampines",
         "Hi Ms Lee, I'm in Tokyo for work all week so I can't make the parent-teacher meeting in person. "
         "Could we do it by video instead? Thanks, Arjun (Anaya's dad)",
         "2031-12-08T12:30:00+08:00", "Asia/Singapore", "en-GB", ["missing-timezone"]),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London accountant: BST on 16 December (the UK is on GMT).
    case("Hi Elliot,\n\nHappy to talk it through before the break. Shall we say Tuesday 16 December at 2pm "
         "⟦BST⟧ on Teams? Incorporating usually makes sense once profits go above about £50,000, and it "
         "costs £100 to register a company online. Our fixed fee for the first year's accounts and "
         "corporation tax return is £1,450 plus VAT.\n\nBest,\nNadia Rahman ACA\nRahman & Co Chartered Accountants",
         "Hi Nadia, can we have a call before Christmas about incorporating my photography business? I'm "
         "free most afternoons. Thanks, Elliot",
         "2031-12-10T14:05:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 55: Vancouver kennels: PDT on 1 February (Pacific standard time then).
    case("Hi Kevin,\n\nWe'd be happy to have Mochi stay with us 🐕! Drop-off on Saturday, February 1, is "
         "between 8 and 11 a.m. ⟦PDT⟧, and pickup on Saturday, February 8, is between 2 and 5 p.m. Please "
         "bring his rabies certificate (required for dogs crossing from the US), his food and any meds. A "
         "week in a standard suite is CA$385, or CA$434 with daily walks.\n\nThanks,\nNatalie\nNorth Shore Pet Lodge",
         "Hi, we're driving up from Seattle for a ski week and want to board Mochi (shiba inu) with you. What "
         "time can we drop off on the 1st? Kevin",
         "2031-01-25T10:30:00-08:00", "America/Vancouver", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Los_Angeles"),
    # 56: Sydney self-storage: AEST on 11 January (Sydney is on AEDT in summer).
    case("Hi Nick,\n\nNo dramas! The gate at our Alexandria site opens at 6am every day, and your code (the "
         "last 4 digits of your mobile, then #) works until 9pm. On Saturday 11 January our office is open "
         "from 8:30am to 1pm ⟦AEST⟧ if the removalists need trolleys or boxes. Your unit, D-107, is a "
         "4m × 2.5m drive-up, so the truck can park right outside.\n\nCheers,\nPriya\nCityBox Storage Alexandria",
         "Hi, I need to get into my unit early on Saturday to meet the removalists. What time does the gate "
         "open? Thanks, Nick",
         "2031-01-09T13:20:00+11:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Queenstown wedding venue: NZST in February, with "5pm in Melbourne", which fits NZDT.
    case("Hi Jack and Emily,\n\nSo glad you loved the brochure! How about a video call on Wednesday 19 "
         "February at 7pm ⟦NZST⟧, which is 5pm in Melbourne? Lakeside ceremonies run from October to April, "
         "and Saturday 13 March 2032 is still free, with the venue at NZ$14,500 for up to 80 guests. I'll "
         "send a Zoom link the day before.\n\nCheers,\nSophie\nLakeview Lodge Weddings, Queenstown",
         "Hi Sophie, we've had a look at the brochure and we're keen on the lakeside ceremony spot for next "
         "March. Can we do a video call to go over it? Cheers, Jack & Emily (Melbourne)",
         "2031-02-06T20:15:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Melbourne"),
    # 58: Nairobi bookshop: EAT given as UTC+2 (it is UTC+3; "5pm in Johannesburg" fits UTC+3).
    case("Hi Lerato,\n\nYes, we're streaming it on our YouTube channel for readers outside Nairobi! The "
         "launch is on Thursday 17 April at 6pm ⟦EAT (UTC+2)⟧, which is 5pm in Johannesburg, and the author "
         "will answer questions from the chat for the last 20 minutes. Signed copies are KSh 1,800, and we "
         "ship to South Africa by courier for KSh 4,200. I'll send you the stream link on the morning of "
         "the launch.\n\nWarm regards,\nMumbi\nKitabu Corner Bookshop, Westlands",
         "Hi, I'm in Joburg and can't come to the launch of 'Mto Mweusi' at the shop. Will it be streamed? "
         "Thanks, Lerato",
         "2031-04-04T12:00:00+03:00", "Africa/Nairobi", "en-GB", ["zone-mismatch"],
         recipient_timezone="Africa/Johannesburg"),
    # 59: Chicago funeral home: CST on 25 July, with "8 a.m. in Phoenix", which fits CDT.
    case("Dear Ms. Kowalski,\n\nOf course, your aunt is welcome to join online. Your grandfather's service "
         "on Friday, July 25, begins at 10 a.m. ⟦CST⟧, which is 8 a.m. in Phoenix, and the livestream "
         "link will open 15 minutes before. The committal at Resurrection Cemetery will not be streamed, "
         "but we'll share photos with the family afterward. The luncheon at Banquet Hall B, 6200 South "
         "Archer Avenue, follows at 12:30 p.m.\n\nWith sympathy,\nRobert Nowak\nNowak Family Funeral Home",
         "I'll be there in person, but my aunt in Phoenix can't travel and wants to watch Grandpa's service "
         "online. What time does it start? Thank you, Ewa Kowalski",
         "2031-07-21T15:10:00-05:00", "America/Chicago", "en-US", ["zone-mismatch"]),
    # 60: Heathrow car hire at 22:40 on Saturday 29 March, hours before the UK clocks go forward:
    # GMT for 5 April (BST then; "10am in New York" fits BST).
    case("Hi Rick and Donna,\n\nThanks for booking with us. Your Volvo XC60 will be ready for collection "
         "at our Heathrow Terminal 5 desk from 3pm ⟦GMT⟧ on Saturday 5 April, which is 10am in New York. The "
         "10-day hire is £640, including a second driver and a sat nav. Please remember we drive on the "
         "left!\n\nBest regards,\nOliver\nThames Valley Car Hire",
         "Hi, we land at Heathrow on Saturday 5 April, late morning. What time can we pick up the car? "
         "Thanks, Rick & Donna",
         "2031-03-29T22:40:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="America/New_York"),
]


NEGATIVES = [
    # 01: Yorkshire wedding venue: settled pm times, midnight, a deadline with the right weekday, a room number.
    case("Hi Amira and Josh,\n\nWe're thrilled you've chosen Saturday 6 September 2031 at Thornbury Hall 🥂! "
         "The ceremony in the Long Gallery is at 1:30pm, drinks on the terrace follow from 2:15pm to 4pm, and "
         "the wedding breakfast for your 96 guests is served at 4:30pm. The evening reception runs from 7pm "
         "until midnight. The £1,500 deposit is due by Friday 28 March, and your Bridal Suite (Room 12) is "
         "yours from 11am on the day.\n\nWarm wishes,\nHelen\nThornbury Hall, North Yorkshire",
         "Hi, we've just booked the September date! Could you send us the timings for the day and tell us "
         "when the deposit is due? Thanks, Amira & Josh",
         "2031-03-16T19:20:00+00:00", "Europe/London", "en-GB"),
    # 02: Dublin funeral director: times in words, settled by "in the evening" and the order of events.
    case("Dear Máire,\n\nIt was a privilege to meet you and your family today. Your mother will repose at "
         "our funeral home on Clontarf Road on Wednesday 16 July from half past four until half past six in "
         "the evening, with the removal to St Gabriel's Church at a quarter to seven. Funeral Mass is at "
         "10am on Thursday 17 July, followed by burial in Plot 14B at Glasnevin Cemetery. Our account of "
         "€3,950 can be settled after the funeral, and there's no rush at all.\n\nWith sympathy,\nEamon\n"
         "Fitzgerald Funeral Directors, Clontarf",
         "Thank you for being so kind today. Could you confirm the arrangements so I can let the cousins "
         "know? Máire",
         "2031-07-14T20:40:00+01:00", "Europe/Dublin", "en-GB"),
    # 03: Austin realtor: a range sharing p.m., right weekdays, sizes, a year built and a price.
    case("Hi Priyanka,\n\nThanks for reaching out about 4312 Rosedale Avenue! There's an open house on "
         "Saturday, May 10, from 1 to 4 p.m., and I can also show it privately on Friday, May 9, at 5:30 "
         "p.m. It's a 3-bed, 2-bath home with 1,850 sq ft on a 0.21-acre lot, built in 1998 and listed at "
         "$545,000. The HOA fee is $85 a month, and the sellers will review offers after 6 p.m. on Sunday, "
         "May 11.\n\nBest,\nCarlos Medina\nHill Country Realty, Austin",
         "Hi, we saw the listing for Rosedale Ave. Is there an open house this weekend? Also what are the "
         "HOA fees? Priyanka",
         "2031-05-06T10:00:00-05:00", "America/Chicago", "en-US"),
    # 04: Vancouver accountant: a past filing told in the past tense, a reference number, the 2032 RRSP
    # deadline (1 March 2032 is a Monday).
    case("Hi Omar,\n\nYes, we e-filed your 2030 return on Monday, April 14, and CRA confirmed receipt the "
         "same day under reference 7741-2235. Your refund of $1,312.40 should reach your bank account within "
         "two weeks, and your notice of assessment will appear in My Account at about the same time. Our "
         "invoice for $240 plus 5% GST is attached, payable within 30 days. Next year's RRSP deadline is "
         "Monday, March 1, 2032, if you'd like to plan a contribution.\n\nBest regards,\nGrace Liu, CPA\n"
         "Liu Chartered Professional Accountants",
         "Hi Grace, did my return go in? I haven't seen anything from CRA. Thanks, Omar",
         "2031-04-18T11:25:00-07:00", "America/Vancouver", "en-US"),
    # 05: Camden phone repair, terse: "3ish this afternoon", "tmrw (Fri 17th)" at 11:05, a percentage.
    case("Hi Dom,\n\nYep, at 71% battery health it's definitely due a new one! A battery for the 14 Pro is "
         "£89 fitted, with a 12-month warranty, and it takes about 45 mins. If you drop it in before 1pm "
         "today it'll be ready by 3ish this afternoon, or tmrw (Fri 17th) by noon if we're busy. We're at "
         "63 Camden High Street, open 9:30am to 6:30pm, and your quote ref is CAM-2291.\n\nCheers,\nRaj\n"
         "QuickFix Phones Camden",
         "Hi, my iPhone 14 Pro battery is dying by lunchtime. How much to replace it and how long does it "
         "take? Cheers, Dom",
         "2031-10-16T11:05:00+01:00", "Europe/London", "en-GB"),
    # 06: Dublin launderette on a Saturday morning: "5pm today", weights, prices, a football score.
    case("Hi Niall,\n\nWe do indeed! A service wash is €14 for up to 8kg and €1.50 for each extra kilo, so "
         "your 2 bags will likely come to around €26. If you drop them in before 11am, they'll be ready by "
         "5pm today. We're open 8am to 8pm Monday to Saturday and 10am to 6pm on Sundays, at 112 "
         "Phibsborough Road, and congrats on the 2-1 win last night!\n\nAll the best,\nGráinne\n"
         "Spin City Launderette, Phibsborough",
         "Hi, do you do service washes on a Saturday? I've 2 bags of towels and bedding. Still buzzing after "
         "the match. Niall",
         "2031-11-22T09:30:00+00:00", "Europe/Dublin", "en-GB"),
    # 07: Wellington early-learning centre: a term date, an age, a ratio that looks like a time.
    case("Hi Hana,\n\nWe're so pleased Mila is joining us in the Tūī Room from Monday 13 October, the first "
         "day of Term 4 🌿. Her sessions run from 8:30am to 3pm, Monday to Thursday, and as she'll be 3 by "
         "then she qualifies for 20 Hours ECE, so your weekly fee comes to $96. The room has 18 children "
         "aged 2½ to 4 with a ratio of 1:5, and four qualified teachers. Please bring a named drink bottle, "
         "a sunhat and a spare set of clothes.\n\nNgā mihi,\nMereana\nKōwhai Kids Early Learning, Karori",
         "Kia ora, we've been offered a place for Mila from Term 4. What are the hours, and how many "
         "children are in her room? Thanks, Hana",
         "2031-10-01T14:10:00+13:00", "Pacific/Auckland", "en-GB"),
    # 08: Dublin physio to a client in Lisbon, on the same clock in August: no zone needed.
    case("Hi Conor,\n\nAbsolutely, and Lisbon is on the same clock as Dublin, which makes it easy. I've "
         "booked you in with Aisling for a 30-minute video session on Thursday 21 August at 8am, before your "
         "working day. After that, we'd suggest one session a week for 6 weeks, each at €55. Keep up the 3 x "
         "10 Nordic curls every second day in the meantime.\n\nBest wishes,\nSiobhan\nLiffey Sports Physio",
         "Hi, I'm in Lisbon on a work placement until Christmas but my hamstring is still sore. Can we do "
         "online physio sessions? Thanks, Conor",
         "2031-08-19T15:00:00+01:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/Lisbon"),
    # 09: Melbourne dental hygienist: an early appointment with am, fees, a suite number, parking limits.
    case("Hi Liam,\n\nThanks for getting in touch! I've booked your scale and clean with our hygienist Chloe "
         "for Wednesday 22 January at 7:45am, our first appointment of the day. The fee is $195, and with "
         "your Bupa extras cover the gap should be about $58, which we can claim on the spot through HICAPS. "
         "We're at Suite 3, 271 Glenferrie Road, and there's 2-hour parking out the front.\n\nCheers,\nEmma\n"
         "Glenferrie Dental Hygiene",
         "Hi, I'd like a scale and clean, early morning if possible. How much is the gap with Bupa? Cheers, "
         "Liam",
         "2031-01-13T16:20:00+11:00", "Australia/Melbourne", "en-GB"),
    # 10: New York yoga studio: a range sharing a.m., "a quarter past nine" settled by the 9:30 a.m. class.
    case("Hi Beth,\n\nWelcome! There's still room in Sunday's long flow on June 29, which runs from 9:30 to "
         "11 a.m. in Studio B on the 4th floor of 212 West 14th Street. Your first class is $32, or you can "
         "grab our 10-class pack for $280 and use it within 6 months. Mats are $3 to rent, and we ask "
         "everyone to arrive by a quarter past nine so we can start on time.\n\nSee you on the mat,\n"
         "Cassie\nLotus & Lime Yoga NYC",
         "Hi, is there space in Sunday's long flow? It'll be my first time at your studio. Thanks, Beth",
         "2031-06-27T18:05:00-04:00", "America/New_York", "en-US"),
    # 11: Edinburgh bookshop: an author event, an ISBN, a price, a chapter number.
    case("Hi Fraser,\n\nYes, there are still tickets for our evening with Ellen MacLeod on Thursday 9 "
         "October at 7pm 📚. Tickets are £5 and can be redeemed against the £16.99 hardback (ISBN "
         "978-1-84697-512-3), and doors open at 6:30pm. Ellen will read from Chapter 12 and sign copies "
         "afterwards until about 8:45pm. We're at 42 West Nicolson Street, and the event is on the first "
         "floor, with a lift.\n\nBest wishes,\nIona\nSouthside Books, Edinburgh",
         "Hello, are there still tickets for Ellen MacLeod's event? And will you have signed copies of the "
         "hardback? Regards, Fraser",
         "2031-09-29T12:40:00+01:00", "Europe/London", "en-GB"),
    # 12: Chicago food-delivery app on the Sunday of Labor Day weekend: a past delivery time, a refund,
    # a percentage, a code valid through a right weekday.
    case("Hi Jordan,\n\nI'm sorry your order from Taqueria Sol arrived wrong and without the drinks. I've "
         "refunded the full $23.47 for order #D-550812, which was delivered at 7:42 p.m. this evening, to "
         "your Visa, and it should show up within 3 to 5 business days. I've also added a 20% off code, "
         "SOLFIX20, to your account, valid through Sunday, September 14. Thanks for your patience, and enjoy "
         "the rest of your Labor Day weekend.\n\nBest,\nMarisa\nGrubDash Support",
         "My order from Taqueria Sol came with the wrong tacos and no drinks. Order D-550812. I want my money "
         "back. Jordan",
         "2031-08-31T20:15:00-05:00", "America/Chicago", "en-US"),
    # 13: Auckland car hire to a customer in Sydney: zoned times with a right conversion, a flight number.
    case("Hi Mitch,\n\nGreat choice for the ski fields 🏔️! I've booked a Toyota RAV4 AWD with snow chains "
         "for pick-up at our Auckland Airport desk at 10am NZST on Monday 21 July, which is 8am AEST in "
         "Sydney, and drop-off at 2pm NZST on Monday 28 July. The 7 days come to NZ$623, and we'll track "
         "your flight, QF 143, in case it's delayed. Just call us on 0800 555 214 once you've cleared "
         "customs.\n\nCheers,\nWiremu\nKiwi Roads Car Hire",
         "Hi, we're flying from Sydney for a ski trip and need a 4WD from Auckland Airport. Can we pick up on "
         "the 21st? Cheers, Mitch",
         "2031-07-03T12:00:00+12:00", "Pacific/Auckland", "en-GB", recipient_timezone="Australia/Sydney"),
    # 14: Singapore self-storage: a unit number like a date, sizes, 24/7, a move-in date with its weekday.
    case("Hi Farhan,\n\nFor a 3-room HDB flat, most customers go for our 5 ft × 8 ft unit, which holds "
         "about 40 boxes plus a queen bed, sofa and fridge. I've reserved unit 03-118 on level 3 for you at "
         "S$165 a month, with your move-in on Saturday 15 November 2031 and the first month's rent and a "
         "S$165 deposit payable on the day. The facility at 9 Kallang Place is open 24/7 with your PIN, and "
         "the office is staffed from 9am to 6pm daily.\n\nRegards,\nJasmine\nSafeKeep Storage Kallang",
         "Hi, I'm renovating my flat and need storage for about 3 months. What size do I need for a 3-room "
         "HDB and how much? Thanks, Farhan",
         "2031-11-11T10:50:00+08:00", "Asia/Singapore", "en-GB"),
    # 15: Nairobi kennels over Christmas: a stay into 2032 (2 January 2032 is a Friday), ranges sharing am/pm.
    case("Hi Wanjiku,\n\nSimba is very welcome 🐾! I've booked him in from Friday 19 December to Friday 2 "
         "January 2032, with drop-off between 8am and 10am and collection between 4pm and 6pm. The 14 nights "
         "come to KSh 21,000 at KSh 1,500 a night, and we'll need his rabies and DHPP certificates on "
         "arrival. Our kennels are at 24 Karen Road, and my number is 0722 555 018.\n\nWarm regards,\nNjeri\n"
         "Karen Hills Kennels",
         "Hi, we're going upcountry for Christmas and New Year. Can Simba stay with you from the 19th to the "
         "2nd? Thanks, Wanjiku",
         "2031-12-03T16:30:00+03:00", "Africa/Nairobi", "en-GB"),
    # 16: Washington museum to a London school: EDT in April with a right conversion to London.
    case("Dear Mrs. Patel,\n\nThank you for choosing the National Museum of American Innovation for your "
         "school's visit. I've booked a 60-minute guided tour for your 24 students and 3 teachers on "
         "Tuesday, April 22, 2031, at 10:15 a.m. EDT, which is 3:15 p.m. in London. Group entry is free, and "
         "our bus bay on 9th Street NW can hold one coach from 9:45 a.m. EDT. Please send your final numbers "
         "by Tuesday, April 8.\n\nBest regards,\nDeShawn Harris\nGroup Visits, National Museum of American Innovation",
         "Dear Sir or Madam, our school in London is visiting Washington over the Easter holidays. We'd like "
         "a guided tour for 24 pupils on 22 April. Kind regards, Mrs Patel",
         "2031-02-27T13:30:00-05:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
    # 17: Tokyo phone repair: 24-hour times, a price in yen, a floor number.
    case("Hi Alex,\n\nSorry to hear about your Pixel 8! Bring it in any time we're open (10:00 to 19:00 "
         "daily) at our shop on the 3rd floor of Nakano Broadway, and we'll run a free diagnostic within 30 "
         "minutes. Water-damage repairs start at ¥14,800, and if we need to replace the board we'll quote "
         "you before doing anything. If you drop it off on Saturday, March 22, it should be ready by 18:00 "
         "the same day.\n\nBest,\nHaruto\nMobileMedic Nakano",
         "Hi, my Pixel 8 won't turn on after I dropped it in the rain. Can you look at it this weekend? Alex",
         "2031-03-20T16:45:00+09:00", "Asia/Tokyo", "en-US"),
    # 18: Sydney estate agent: an auction date, a lot and DP number, a price guide, a deposit percentage.
    case("Hi Mei and Daniel,\n\nGreat to hear! 8 Wattle Street, Haberfield, goes to auction on site on "
         "Saturday 15 November at 11am, with open homes every Saturday and Wednesday until then. It's a "
         "4-bed, 2-bath, 2-car Federation home on 612 sqm (Lot 4 in DP 23918), and the price guide is $2.1m "
         "to $2.3m. I've attached the contract of sale and the title search, and the 10% deposit is payable "
         "on the fall of the hammer.\n\nKind regards,\nBen Costa\nInner West Property",
         "Hi Ben, we're very interested in 8 Wattle Street. When's the auction, and can we get the contract? "
         "Thanks, Mei & Daniel",
         "2031-10-23T17:10:00+11:00", "Australia/Sydney", "en-GB"),
    # 19: Singapore tax adviser to a client in Perth, on the same clock: no zone needed.
    case("Hi Siew Ling,\n\nHappy to help, and it's handy that Perth and Singapore share the same clock. Shall "
         "we have a video call on Thursday 15 May at 3pm? Your Form B for the Year of Assessment 2031 was "
         "filed on Friday 11 April, and your notice of assessment should arrive by the end of September. Our "
         "fee for the call and a written summary is S$350, including 9% GST.\n\nBest regards,\nKelvin Ong\n"
         "Ong & Lim Tax Advisory",
         "Hi Kelvin, I'm based in Perth now but still need help with my Singapore tax filing. Can we talk "
         "next week? Regards, Siew Ling",
         "2031-05-09T10:20:00+08:00", "Asia/Singapore", "en-GB", recipient_timezone="Australia/Perth"),
    # 20: Toronto funeral home to a son flying in from Vancouver: Eastern and Pacific given, right in winter.
    case("Dear Daniel,\n\nI'm very sorry for your loss. Your father's memorial service will be held in our "
         "chapel at 455 Danforth Avenue on Saturday, March 1, at 11 a.m. Eastern, which is 8 a.m. Pacific "
         "in Vancouver, and the livestream will start 10 minutes before. Visitation is the evening before, "
         "Friday, February 28, from 6 to 8 p.m. Eastern. We'll send the livestream link and the order of "
         "service to you and your sister by Thursday.\n\nWith sympathy,\nAnne Whitfield\n"
         "Whitfield & Daughters Funeral Home, Toronto",
         "I'm flying in from Vancouver for my father's service but my sister can't travel. What time is it "
         "in our time, so she can watch online? Daniel",
         "2031-02-26T14:00:00-05:00", "America/Toronto", "en-US", recipient_timezone="America/Vancouver"),
    # 21: Brisbane physio, terse bullets: "Thurs 12 June", "Sat 14 June", a unit/street address like a fraction.
    case("Hi Zac,\n\nYep, we can squeeze you in! Here's what I've got for you this week:\n"
         "- Thurs 12 June, 7:15am with Priya (45 mins, initial assessment)\n"
         "- Sat 14 June, 8am with Priya (30 mins, follow-up)\n"
         "The initial is $115 and the follow-up $85, and you'll get the rebate back on the spot if you bring "
         "your Medibank card. We're at 3/88 Given Terrace, Paddington, and there's free parking out the back."
         "\n\nCheers,\nTash\nPaddo Physio & Pilates",
         "hey can you fit me in this week for my ankle? need early morning, i start work at 9. thanks, Zac",
         "2031-06-09T08:30:00+10:00", "Australia/Brisbane", "en-GB"),
    # 22: Nairobi yoga studio: "wk commencing Monday 3 March", ranges sharing am and pm, prices.
    case("Hi Kendi,\n\nKaribu! Our beginner course runs wk commencing Monday 3 March, with classes from 6:30 "
         "to 7:30am on Mondays and Wednesdays and from 6 to 7pm on Tuesdays and Thursdays. A monthly pass is "
         "KSh 6,500 for unlimited classes, or KSh 4,000 for 8 classes, and your first class is free. We're on "
         "the 2nd floor of Ngong Road Plaza, and there's secure parking for KSh 100.\n\nNamaste,\nWairimu\n"
         "Amani Yoga Studio, Kilimani",
         "Hi, I'd like to start yoga next month. What times are the beginner classes and how much is a "
         "monthly pass? Thanks, Kendi",
         "2031-02-22T09:00:00+03:00", "Africa/Nairobi", "en-GB"),
    # 23: Toronto childcare centre: ages in months, a waitlist position, right weekdays, a daily fee.
    case("Hi Ana,\n\nThanks for thinking of us for your son! Our toddler room takes children from 18 to 30 "
         "months, and we have one full-time spot opening on Monday, October 6. We're open from 7:30 a.m. to "
         "6 p.m., Monday to Friday, and under the $10-a-day program your fee would be $220 a month. You're "
         "currently #4 on our waitlist, so please let me know by Friday, September 19, if you'd like the "
         "spot.\n\nBest,\nMelissa\nMaple Leaf Childcare Centre, Leslieville",
         "Hello, is there a spot in the toddler room? Our son is 20 months. What are your hours and fees? "
         "Thanks, Ana",
         "2031-09-09T13:15:00-04:00", "America/Toronto", "en-GB"),
    # 24: London food-delivery app at 23:55: a 24-hour delivery time, a door number, no relative day.
    case("Hi Ross,\n\nSorry about that, nobody wants to go hunting for their dinner. Our driver marked order "
         "#44190 as delivered at 23:41 to number 14 instead of 41 Ferndale Road, so I've refunded the full "
         "£21.80 to your Mastercard. Refunds usually take 3 to 5 working days to appear, and I've added a £5 "
         "voucher, valid until 31 January 2032, to your account.\n\nAll the best,\nOwen\nSlice Express Support",
         "Driver left my order at the wrong door and by the time I found it the pizza was stone cold. Order "
         "44190. Not happy. Ross",
         "2031-12-27T23:55:00+00:00", "Europe/London", "en-GB"),
    # 25: Dublin car hire to a New Yorker in the week Dublin is four hours ahead: GMT and EDT both right.
    case("Hi Lisa,\n\nWelcome to Ireland in advance 🇮🇪! Your Skoda Octavia will be ready at our Dublin "
         "Airport desk from 10:00 GMT on Saturday 1 November, which is 6:00am EDT back in New York, since the "
         "US clocks don't change until the day after. The 7-day hire is €392 with full cover, and the car "
         "has a 2.0 diesel engine and automatic gears. Remember we drive on the left, and the M50 toll is "
         "paid online by the end of the next day.\n\nSafe travels,\nCiarán\nEmerald Isle Car Hire",
         "Hi, we land in Dublin on Saturday morning from JFK. What time can we collect the car? It's our "
         "first time driving in Ireland. Thanks, Lisa (New York)",
         "2031-10-28T10:30:00+00:00", "Europe/Dublin", "en-GB", recipient_timezone="America/New_York"),
    # 26: London museum to a Dublin school, on the same clock in March: 24-hour times, a booking reference.
    case("Dear Mr Byrne,\n\nThank you for getting in touch about your Transition Year trip. I've booked a "
         "90-minute 'Objects of Empire' workshop for your 32 students and 4 teachers on Wednesday 12 March at "
         "11:00 in Learning Studio 2, followed by free time in the galleries until closing at 17:30. There "
         "is no charge for schools, and lunch can be eaten in our lunchroom from 12:30 to 13:30. Please bring "
         "a printed copy of booking reference GRP-8824 on the day.\n\nKind regards,\nAbena Mensah\n"
         "Schools & Groups, Museum of London Life",
         "Hello, our Transition Year group from Dublin is coming to London in March. Could we book a "
         "workshop at the museum? Regards, Mr Byrne",
         "2031-01-31T15:00:00+00:00", "Europe/London", "en-GB", recipient_timezone="Europe/Dublin"),
    # 27: Portland bookshop (en-US to a local customer): 12/24 and 1/31/2032 read one way only.
    case("Hi Jess,\n\nOur gift cards never expire, and they can be used online or in the store. For the "
         "holidays we're open from 9 a.m. to 10 p.m. through Tuesday, December 23, then 9 a.m. to 4 p.m. on "
         "Christmas Eve, and we're closed on December 25 and 26. Any holiday purchase made from now until "
         "12/24 can be returned until 1/31/2032 with a receipt. And don't forget our used-book cellar, where "
         "paperbacks are 3 for $12.\n\nHappy holidays,\nNora\nBurnside Books, Portland",
         "Do your gift cards expire? Also are you open late before Christmas? Thanks, Jess",
         "2031-12-15T16:00:00-08:00", "America/Los_Angeles", "en-US"),
    # 28: Surrey kennels at 23:30 on the night the UK clocks go back: Sunday 26 October at 9am GMT.
    case("Hi Kate,\n\nNo problem at all, Bramble is curled up asleep and can happily stay another night. You "
         "can collect her on Sunday 26 October between 9am and 11am, and please note the clocks go back an "
         "hour at 2am tonight, so that's 9am GMT. There's no charge for the extra night, as you let us know "
         "in time. She's eaten well all week and had a lovely long walk in the paddock this evening.\n\n"
         "Best wishes,\nJo\nMeadowbank Boarding Kennels, Surrey",
         "Hi, we're driving back from Cornwall and won't be home until very late. Can we collect Bramble on "
         "Sunday morning instead of Saturday? Sorry! Kate",
         "2031-10-25T23:30:00+01:00", "Europe/London", "en-GB"),
    # 29: Osaka letting agent to a client in Singapore: JST with a right conversion, floor area, rent.
    case("Hi Siddharth,\n\nOf course! I've set up a video viewing of Apartment 1204 at Umeda Riverside Tower "
         "for Tuesday 15 April at 20:00 JST, which is 19:00 in Singapore. It's a 1LDK of 35.2 m² on the 12th "
         "floor, at ¥98,000 a month plus ¥8,000 in management fees, with 1 month's deposit and 1 month's key "
         "money. The earliest move-in date is Sunday 1 June, and I'll send the floor plan and the Zoom link "
         "beforehand.\n\nBest regards,\nYuki Tanaka\nKansai Home Finders, Osaka",
         "Hi, I'm relocating from Singapore to Osaka in June for work. Could I see the 1LDK in Kita-ku by "
         "video call? Regards, Siddharth",
         "2031-04-13T11:00:00+09:00", "Asia/Tokyo", "en-GB", recipient_timezone="Asia/Singapore"),
    # 30: Charleston wedding venue: a day's timeline with p.m. throughout, payment dates with right weekdays.
    case("Hi Kayla and Marcus,\n\nCongratulations, we can't wait for Saturday, October 18, 2031 at Magnolia "
         "Landing! A typical timeline has the ceremony under the oaks at 5:30 p.m., cocktail hour from 6 to "
         "7 p.m., and the reception until 11 p.m., with a sparkler exit at 10:45 p.m. Your $18,500 package "
         "covers up to 200 guests, with 50% due by Friday, May 16, and the balance by Friday, September 19. "
         "We'll schedule a final walk-through about 3 weeks before the big day.\n\nWarmly,\nSavannah\n"
         "Magnolia Landing Weddings, Charleston",
         "Hi! We just signed for October 18. Can you give us a rough timeline for the day and the payment "
         "schedule? Thanks, Kayla & Marcus",
         "2031-01-22T11:45:00-05:00", "America/New_York", "en-US"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
