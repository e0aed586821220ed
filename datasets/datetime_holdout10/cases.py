"""The hand-written cases of Tactful's tenth held-out date/time set (built by build_datetime_holdout10.py).

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
    # 01: Bath piano tuner; the customer, a shift nurse, is home before 9 in the morning or after 7 at night.
    case("Hi Aisling,\n\nThanks for getting in touch about the upright before the Grade 5 exam. I can "
         "fit you in on Thursday 9 February at ⟦7:45⟧, and a standard tuning takes about an hour. If "
         "the pitch has dropped a long way I may suggest a second visit later in the spring, but we can "
         "talk about that when I see it. The fee is £85, payable by card or bank transfer.\n\n"
         "Best wishes,\nTom Hadley\nHadley Piano Services",
         "Hi, our upright needs tuning before my daughter's Grade 5 exam next month. I'm a shift nurse, "
         "so I'm either home in the morning before 9 or in the evening after 7, any day this week. "
         "Thanks, Aisling",
         "2034-02-05T10:15:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Cork boarding kennels; the owners will land on an early or a late flight, they don't know which.
    case("Hi Niamh,\n\nBiscuit is booked in with us from Wednesday 28 June to Sunday 2 July, in one of "
         "our garden-side runs. On the Sunday you can collect him from ⟦6:30⟧, as the team is on site "
         "early and late for weekend pick-ups. Please bring his vaccination card when you drop him off, "
         "and a bag of the food he's used to. We look forward to meeting him!\n\n"
         "Kind regards,\nSiobhán\nRiverside Boarding Kennels",
         "Hi, we'd like to book Biscuit (beagle, 4) in from the 28th. We're home on Sunday 2 July but "
         "won't know till Friday whether it's the early flight or the late one, so it could be first "
         "thing or late in the evening when we collect. What time can we get him? Niamh",
         "2034-06-22T16:40:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 03: Wicklow riding stables; the visitors can ride early or in the evening, whichever has room.
    case("Hi Dervla,\n\nYou're in luck: we have two horses free on Friday 14 July, and the hack leaves "
         "the yard at ⟦half six⟧. It's a ninety-minute ride through the forest and up onto the hill, "
         "suitable for confident beginners. Please wear long trousers and boots with a small heel; we "
         "provide hats and body protectors. The cost is €65 each, paid on the day.\n\n"
         "See you then,\nCiara\nGlenmore Riding Stables",
         "Hi there, two of us would love a hack on Friday. We're staying nearby so we can do an early "
         "ride or an evening one, whichever you have room on. Cheers, Dervla",
         "2034-07-08T12:05:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 04: Toronto language school with morning and evening programs; the student is free before lunch or after 8 at night.
    case("Hi Rafael,\n\nThank you for your interest in our French B1 course. Your placement test is "
         "booked for Thursday, September 7, at ⟦9:15⟧ in Room 3. It takes about 40 minutes: a short "
         "written section and a conversation with one of our teachers. Please bring photo ID and arrive "
         "ten minutes early.\n\nÀ bientôt,\nMarie-Claude Tremblay\nLangues Plus Toronto",
         "Hello, I want to join the French B1 class. I work split shifts at a restaurant, so I'm free "
         "before lunch or after 8 at night, and your website says you test in both the morning and "
         "evening programs. When can I do the placement test? Thanks, Rafael",
         "2034-09-05T11:00:00-04:00", "America/Toronto", "en-US", ["ambiguous-time"]),
    # 05: Portland bike shop open early and late; the commuter can come at dawn or at dusk.
    case("Hey Jess,\n\nThanks for dropping the bike off. The new pads and rotors have arrived, so it'll "
         "be ready for pickup at ⟦5:45⟧ on Friday, April 21. We open early for commuters and stay open "
         "late on Fridays, so the timing should work either way. The total is $148, including a free "
         "safety check.\n\nRide safe,\nDevon\nRose City Bike Works",
         "Hey, dropped my commuter bike off for the brake job. I ride in at dawn and home around dusk, "
         "so I can grab it at either end of the day. When will it be done? -Jess",
         "2034-04-19T13:10:00-07:00", "America/Los_Angeles", "en-US", ["ambiguous-time"]),
    # 06: Johannesburg bakery; "12am on Wednesday" may be the start or the end of that day.
    case("Hi Thandi,\n\nThank you for your order of the three-layer chocolate cake for Saturday 18 March. "
         "You can change the message, the colours or the filling until ⟦12am⟧ on Wednesday 15 March; "
         "after that our decorators start work. Just reply to this email with the new wording. "
         "Collection is from our Rosebank shop between 9am and 1pm on the Saturday.\n\n"
         "Warm regards,\nLerato\nSugar & Crumb Bakery",
         "Hi, I ordered the chocolate layer cake for Saturday 18 March. Can I still change the message "
         "on top, and until when? Thanks, Thandi",
         "2034-03-09T11:30:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 07: Edinburgh coach tours; the customer asked for the sunrise tour or the evening ghost tour, whichever had seats.
    case("Hi Gordon,\n\nGood news: there are two seats left for you both on Friday 15 September. Pick-up "
         "is at the Grassmarket coach stop at ⟦quarter to seven⟧, and the driver will be holding a blue "
         "Thistle Tours sign. Please bring warm layers, as it can get chilly out of the city. The fare "
         "is £49 each, and I'll email your tickets shortly.\n\nAll the best,\nMorag\nThistle Tours",
         "Hi, we'd like two places on either the Highland sunrise tour or the evening ghosts and whisky "
         "tour on Friday, whichever still has space. We don't mind which. Just let us know where and "
         "when to meet. Thanks, Gordon",
         "2034-09-10T15:00:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 08: Austin escape room open from morning to late; brunch first or a late-night outing, undecided.
    case("Hi Carla,\n\nHappy early birthday to your sister! 🎉 I've booked your group of six into The "
         "Vault for Saturday, January 28, at ⟦11:00⟧. Please arrive 15 minutes early for the briefing; "
         "the game itself lasts 60 minutes. The total is $204, and you can pay at the front desk.\n\n"
         "See you soon,\nTy\nLocked In Austin",
         "Hi! Booking for my sister's 30th on Saturday. We haven't decided if we're doing it in the morning "
         "before brunch or as a late-night thing after dinner, so whatever slot you have for 6 people works. "
         "- Carla",
         "2034-01-24T18:45:00-06:00", "America/Chicago", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Adelaide bakery at 23:52 on Wednesday 18 October: "tomorrow" is read on Thursday morning.
    case("Hi Bec,\n\nYes, all on track! 🦄 The unicorn cake is iced and in the cool room. It will be "
         "ready to collect from our Norwood shop ⟦tomorrow⟧ from 10am. Please bring your order number "
         "(4417) and we'll have it boxed for you. If the party is outdoors, keep the cake in the shade, "
         "as the buttercream softens quickly.\n\nCheers,\nJo\nThe Flour Room",
         "Hi, just checking the unicorn cake for Mia's party is on track? When can I pick it up? "
         "Cheers, Bec",
         "2034-10-18T23:52:00+10:30", "Australia/Adelaide", "en-GB", ["relative-date"]),
    # 10: Auckland piano tuner on Tuesday 13 June: "next Thursday" is the 15th or the 22nd.
    case("Hi Hemi,\n\nThanks for getting in touch; moves often knock a piano out of tune. I can come "
         "⟦next Thursday⟧ at 10am if that works for you. It takes about an hour and a half, and I'll "
         "check the pedals and hammers while I'm there. A standard tuning is $160.\n\n"
         "Ngā mihi,\nAroha\nHarbour Piano Care",
         "Kia ora, our piano's sounding a bit sour after the move. Could you come and tune it? Any "
         "weekday morning works. Hemi",
         "2034-06-13T10:00:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"]),
    # 11: Honolulu boat hire at 18:30 on Monday 13 February to a customer in Sydney, where it is 15:30 on Tuesday.
    case("Hi Liam,\n\nAloha, and thanks for booking with us! Your half-day catamaran charter for four is "
         "confirmed for Thursday, February 16, leaving Kewalo Basin at 9 a.m. HST. I'll email the "
         "waiver forms ⟦tomorrow⟧, and each adult needs to sign one before boarding. Reef-safe "
         "sunscreen and snorkel gear are included.\n\nMahalo,\nKeoni\nKewalo Sail & Snorkel",
         "Hi, we land in Honolulu on Wednesday and want to book a catamaran for Thursday. Can you "
         "confirm and send the waiver? Thanks, Liam (Sydney)",
         "2034-02-13T18:30:00-10:00", "Pacific/Honolulu", "en-US", ["relative-date"],
         recipient_timezone="Australia/Sydney"),
    # 12: Brisbane locksmith at 00:15 on Saturday, answering a Friday-night email: "the day after tomorrow".
    case("Hi Sandra,\n\nSorry to hear about the break-in attempt; I hope everyone is okay. I can come out "
         "and replace both locks ⟦the day after tomorrow⟧, and I'll bring a couple of deadlock options so "
         "you can choose on the spot. In the meantime, a wedge under the back door will help. The "
         "call-out fee is $95 plus parts.\n\nRegards,\nDarren\nSouthside Lock & Key",
         "Hi, someone tried to break in this evening and the back door lock is damaged. Can someone "
         "come and replace both door locks this weekend or early next week? Sandra",
         "2034-08-19T00:15:00+10:00", "Australia/Brisbane", "en-GB", ["relative-date"]),
    # 13: Las Vegas escape room at 00:40 on Saturday 13 May, answering "can we get the room tonight?" sent on Friday.
    case("Hey Marcus,\n\nThanks for reaching out! We've held The Heist for your group of five ⟦tonight⟧ "
         "at 9:30 p.m. The room takes 60 minutes, and we'll need everyone there 15 minutes early to sign "
         "waivers. You can pay the $175 at check-in.\n\nGood luck,\nRiley\nJackpot Escape Rooms",
         "Hey, any chance we can get the Heist room tonight? 5 of us, anytime after 8. -Marcus",
         "2034-05-13T00:40:00-07:00", "America/Los_Angeles", "en-US", ["relative-date"]),
    # 14: Cape Town optician on Sunday 30 April: "next Monday" is 1 May or 8 May.
    case("Hi Pieter,\n\nThanks for your patience. The lab has finished your varifocal lenses, and they'll "
         "be ready to collect from our Claremont branch ⟦next Monday⟧. When you come in, we'll do a quick "
         "fitting to make sure the reading zone sits in the right place. There's nothing further to pay, "
         "as your medical aid covered the balance.\n\nKind regards,\nAnele\nClearview Optometrists",
         "Hi, when will my new varifocals be ready? Pieter",
         "2034-04-30T11:00:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),
    # 15: Vancouver coach tours at 16:45 on Thursday 30 November to a customer in Auckland, where it is 13:45 on Friday.
    case("Hi Anna,\n\nThank you for booking the four-day Rockies Explorer with us. Your seats are confirmed "
         "for Monday, December 11, departing from Canada Place at 7 a.m. Pacific time. Your e-tickets "
         "and the day-by-day itinerary will be emailed ⟦tomorrow⟧. Please let us know about any dietary "
         "needs before you travel.\n\nWarm regards,\nJenna\nCoast Mountain Coach Tours",
         "Hi, just confirming the Rockies coach tour on Monday, December 11 for my husband and me. When "
         "will we get our tickets? Thanks, Anna (Auckland)",
         "2034-11-30T16:45:00-08:00", "America/Vancouver", "en-US", ["relative-date"],
         recipient_timezone="Pacific/Auckland"),
    # 16: Dunedin pottery studio on Friday 17 March: "next Saturday" is the 18th or the 25th.
    case("Hi Tui,\n\nThanks for your message! We have two spots left on the beginners' wheel class "
         "⟦next Saturday⟧, from 10am to 1pm. All clay, glazes and firing are included in the $120 per "
         "person. Wear clothes you don't mind getting muddy, and bring an apron if you have one.\n\n"
         "Cheers,\nHana\nOtago Clay Studio",
         "Hi, is there space on a Saturday wheel class soon? My partner and I are free most weekends. "
         "Thanks, Tui",
         "2034-03-17T15:20:00+13:00", "Pacific/Auckland", "en-GB", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Brighton tattoo studio: 10 September 2034 is a Sunday.
    case("Hi Jordan,\n\nThanks for your enquiry about the sleeve! Kit can see you for a consultation on "
         "⟦Saturday 10 September⟧ at 11am. Bring any reference images you have, and we'll go through "
         "placement and a rough quote together. The consultation is free, but we take a £50 deposit when "
         "you book the first session.\n\nCheers,\nAmber\nInkwell Tattoo Brighton",
         "Hi, I'd like to book the consultation for my sleeve with Kit. Weekends are best for me. "
         "Ta, Jordan",
         "2034-08-26T14:00:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 18: Toronto bike shop: May 17, 2034 is a Wednesday.
    case("Hi Priya,\n\nThanks for choosing us for your tune-up. I've booked your road bike in for "
         "⟦Tuesday, May 17⟧; drop it off any time after 8 a.m. and we'll have it ready by 5 p.m. the "
         "same day. The full tune-up is $129 and includes new cables and housing. If we find any worn "
         "parts, we'll call you before replacing them.\n\nThanks,\nOwen\nSpoke & Chain Cycles",
         "Hi, can I book a full tune-up for my road bike? I'm off work on Tuesdays. Thanks, Priya",
         "2034-05-06T09:30:00-04:00", "America/Toronto", "en-US", ["weekday-mismatch"]),
    # 19: Durban optician: 4 August 2034 is a Friday.
    case("Dear Mrs Naidoo,\n\nThank you for your email. We've booked Arjun in for an eye test on "
         "⟦Thursday 4 August⟧ at 3pm with Dr Pillay. The test takes about 30 minutes; please bring his "
         "current glasses if he has any. Children's eye tests are covered by most medical aids.\n\n"
         "Kind regards,\nReception\nBerea Eye Care",
         "Good day, can I bring my son Arjun in for an eye test? He's at school until 2pm on weekdays "
         "but is free on Thursday afternoons. Regards, Kavitha Naidoo",
         "2034-07-21T10:20:00+02:00", "Africa/Johannesburg", "en-GB", ["weekday-mismatch"]),
    # 20: Kilkenny wedding florist: 22 October 2034 is a Sunday.
    case("Hi Orla,\n\nCongratulations to you both, and thank you for thinking of us! 💐 We'd be delighted "
         "to do the flowers for your wedding on ⟦Sat 22nd October⟧. I've attached a quote for the bridal "
         "bouquet, four bridesmaids' posies, buttonholes and the church arrangements, which comes to "
         "€1,450. A 25% deposit secures the date.\n\nWarm wishes,\nÉadaoin\nBloom & Bough Florists",
         "Hi, we're getting married in October and would love you to do the flowers. Could you send a "
         "quote? Thanks, Orla",
         "2034-04-01T16:00:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 21: Denver escape room: 3/17/2034 is a Friday.
    case("Hi Brooke,\n\nThanks for thinking of us for your team event! I've reserved both of our rooms for "
         "your group of 10 on ⟦Thursday, 3/17⟧ from 2 p.m. to 3:30 p.m., with a 30-minute debrief "
         "afterward. The corporate rate is $32 per person, and we'll send an invoice after the session. "
         "Let me know if anyone has mobility needs so we can plan the rooms.\n\n"
         "Best,\nCole\nMile High Mysteries",
         "Hi, can we book a team-building session for 10 people for a Thursday later this month? "
         "Thanks, Brooke",
         "2034-03-06T12:00:00-07:00", "America/Denver", "en-US", ["weekday-mismatch"]),
    # 22: Cork language school, written 21 August about a course "next month": 5 September 2034 is a Tuesday.
    case("Hi Conor,\n\nThanks for your interest in Irish for Beginners! The autumn course starts on "
         "⟦Monday the 5th⟧ and runs for ten weeks, from 7pm to 9pm each Monday at our Washington Street "
         "school. The fee is €220, including the course book. You can pay online or at reception.\n\n"
         "Go raibh maith agat,\nSíle\nCork Language Hub",
         "Hi, I'd like to sign up for the Irish for beginners evening course next month. When does it "
         "start? Thanks, Conor",
         "2034-08-21T10:00:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 23: Sydney coach tours: 28/12/2034 is a Thursday.
    case("Hi Kylie,\n\nYes, we run the Blue Mountains day tour every day over the holidays. I've held four "
         "seats for you on ⟦Wednesday 28/12/2034⟧, with pick-up from Circular Quay at 7:30am and return "
         "by 6pm. The family fare is $360, and lunch at Katoomba is included. Please confirm by Friday "
         "24 November, after which the seats will be released.\n\nCheers,\nNathan\nHarbour & Ranges Coaches",
         "Hi, is there a Blue Mountains day tour between Christmas and New Year? Family of four. "
         "Thanks, Kylie",
         "2034-11-11T13:30:00+11:00", "Australia/Sydney", "en-GB", ["weekday-mismatch"]),
    # 24: Hobart chimney sweep: 21 June 2034 is a Wednesday.
    case("Hi Graham,\n\nThanks for getting in touch. I can sweep your chimney on ⟦Tuesday 21 June⟧, "
         "arriving between 8 and 9am. Please clear the area around the fireplace and don't light a fire "
         "the night before. A standard sweep and inspection is $180.\n\n"
         "Cheers,\nBarry\nSouthern Flue & Chimney",
         "Hi, can you sweep our chimney before it gets properly cold? We're home most days. "
         "Cheers, Graham",
         "2034-06-05T09:45:00+10:00", "Australia/Hobart", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Bristol upholsterer: April has 30 days.
    case("Hi Helen,\n\nThank you for choosing the green velvet; it's going to look lovely. Your armchair "
         "is in the workshop being stripped and re-sprung, and we expect to deliver it on ⟦31 April⟧. "
         "We'll call the day before to agree a delivery window. The balance of £340 is due on "
         "delivery.\n\nBest wishes,\nFrances\nHarbourside Upholstery",
         "Hi, when will my armchair be ready? I picked the green velvet in the end. Thanks, Helen",
         "2034-03-22T11:00:00+00:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: London language school: 2034 is not a leap year.
    case("Dear Takeshi,\n\nThank you for your email. The spring intensive English course runs from Monday "
         "6 March to Friday 31 March 2034, with classes from 9:30am to 1pm. The full fee of £1,200 must "
         "be paid by ⟦29 February 2034⟧ to secure your place. You can pay by bank transfer or by card at "
         "reception.\n\nKind regards,\nEleanor Price\nThames English Academy",
         "Hello, when is the deadline to pay for the spring intensive English course? Kind regards, "
         "Takeshi",
         "2034-01-16T14:20:00+00:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 27: Minneapolis bike repair: June has 30 days.
    case("Hi Sam,\n\nThe new rim is in, and our wheel builder will have your rear wheel laced, tensioned "
         "and trued by ⟦June 31st⟧. That leaves plenty of time before your trip. The rebuild is $185 "
         "with new spokes and nipples.\n\nThanks,\nMaya\nNorth Loop Bike Repair",
         "Hi, my wheel rebuild - is it going to be done before my trip in July? -Sam",
         "2034-06-16T15:00:00-05:00", "America/Chicago", "en-US", ["impossible-date"]),
    # 28: Perth bakery: September has 30 days.
    case("Hi Shannon,\n\nCongratulations on your wedding! We'd love to make your cake. Please confirm the "
         "design, tiers and flavours by ⟦31/09/2034⟧ so that our decorators can order the sugar flowers "
         "in time. A 50% deposit is due when you confirm.\n\nWarm regards,\nPia\nSwan River Cakes",
         "Hi, I'd like to order a wedding cake for our wedding on Saturday 18 November. What's the last "
         "date I can confirm the design? Thanks, Shannon",
         "2034-08-06T10:00:00+08:00", "Australia/Perth", "en-GB", ["impossible-date"]),
    # 29: Philadelphia escape room: November has 30 days.
    case("Hi Dana,\n\nThanks for checking! Your gift voucher XMAS-2291 is still valid, and you can use it "
         "for any room until ⟦November 31⟧. Just enter the code at checkout when you book online. It "
         "covers up to four players.\n\nBest,\nJamal\nLiberty Escape Company",
         "Hi, I have a gift voucher from last Christmas. Is it still valid? Code XMAS-2291. Thanks, Dana",
         "2034-10-01T17:25:00-04:00", "America/New_York", "en-US", ["impossible-date"]),
    # 30: Calgary kennels, written in December about February 2035 (not a leap year either).
    case("Hi Kyle,\n\nWe'd be happy to have Bear stay with us while you're skiing. I've pencilled him in "
         "from February 20 to ⟦February 30th⟧ in one of our heated indoor suites. Our February spots fill "
         "up fast, so please confirm with a $50 deposit by January 15. He'll get two walks a day and "
         "plenty of playtime.\n\nThanks,\nBrandi\nFoothills Dog Lodge",
         "Hi, we're away skiing in February - can Bear stay with you from the 20th for ten days? When "
         "do we need to book by? -Kyle",
         "2034-12-01T10:10:00-07:00", "America/Edmonton", "en-US", ["impossible-date"]),
    # 31: Nashville tattoo studio: November has 30 days.
    case("Hey Tay,\n\nNo worries, these things happen. Dre's next open day is ⟦11/31/2034⟧, and I've "
         "pencilled you in for his noon slot. Your $100 deposit carries over, so there's nothing to pay "
         "now. Reply to let me know that works and I'll lock it in.\n\nThanks,\nLuz\nMusic Row Tattoo",
         "Hey, I need to move my session with Dre, something came up. What dates does he have in "
         "November? -Tay",
         "2034-10-26T13:40:00-05:00", "America/Chicago", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Dublin upholsterer, written Thursday 16 March: foam "will arrive" on Monday 13 March.
    case("Hi Fiona,\n\nThanks for your patience with the sofa. The frame has been repaired and the fabric "
         "is cut, so we're only waiting on the high-density foam for the seat cushions. Our supplier has "
         "confirmed it will arrive on ⟦Monday 13 March⟧, and we'll have the sofa finished within three "
         "working days of that. I'll ring you to arrange delivery once it's done.\n\n"
         "Kind regards,\nPádraig\nLiffey Upholstery",
         "Hi, any news on my sofa? Thanks, Fiona",
         "2034-03-16T10:30:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 33: Leeds pottery studio, written Monday 2 October: an offer "valid for bookings made until 30 September".
    case("Hi Becky,\n\nThanks for getting in touch! Yes, the autumn offer of 20% off the six-week wheel "
         "course is still available, and it's valid for bookings made until ⟦30 September⟧. The next "
         "course starts on Tuesday 17 October, from 6:30pm to 9pm. Just use the code AUTUMN20 when you "
         "book online.\n\nCheers,\nNat\nKirkstall Clay",
         "Hi, saw your autumn offer of 20% off the six-week course. Can I still book? Ta, Becky",
         "2034-10-02T11:15:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 34: Atlanta wedding florist, written Monday June 5: a refund "will be refunded by Friday, June 2".
    case("Hi Kendra,\n\nI'm so sorry to hear about the change of plans, and thank you for letting us know. "
         "We've canceled your order, and your $600 deposit will be refunded to your card by ⟦Friday, "
         "June 2⟧. Depending on your bank, it can take a few extra days to show on your statement. "
         "Please reach out if there's anything else we can do.\n\nWith care,\nSavannah\nPeachtree Petals",
         "Hi, since the wedding is off, when will I get my deposit back? - Kendra",
         "2034-06-05T14:10:00-04:00", "America/New_York", "en-US", ["past-date"]),
    # 35: Norwich cattery, written Tuesday 5 December: bookings "will stay open until Sunday 3 December".
    case("Hi Gemma,\n\nThanks for thinking of us for Pickle and Pepper. We still have a double chalet free "
         "from Saturday 23 to Wednesday 27 December. Christmas bookings will stay open until ⟦Sunday 3 "
         "December⟧, so please send the booking form and vaccination certificates before then. The cost "
         "is £18 per night for both cats.\n\nBest wishes,\nLinda\nWillow Lodge Cattery",
         "Hi, do you still have space for our two cats over Christmas, 23rd to 27th? Thanks, Gemma",
         "2034-12-05T09:00:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 36: Wellington language school, written Wednesday 18 January: the class "will start on 16/01/2034".
    case("Hi Mere,\n\nThanks for your interest in conversational Spanish! The summer class will start on "
         "⟦16/01/2034⟧ and runs every Monday and Wednesday evening from 6pm to 7:30pm. The fee for the "
         "eight-week term is $280. You can enrol online or pop into our Cuba Street office.\n\n"
         "Ngā mihi,\nLucía\nWellington Language Studio",
         "Kia ora, I'd like to join the summer conversational Spanish class. When does it start? "
         "Thanks, Mere",
         "2034-01-18T16:00:00+13:00", "Pacific/Auckland", "en-GB", ["past-date"]),
    # 37: Henley boat hire at 00:20 on Saturday 1 April: a discount for "any booking made by Friday 31 March".
    case("Hi Raj,\n\nThanks for your email. Good news: the Easter discount of 15% applies to any booking "
         "made by ⟦Friday 31 March⟧, so a six-seater day boat on Saturday 8 April would come to £204. "
         "Boats go out from 9:30am and must be back at the boathouse by 5pm. I'll send a booking link "
         "with the discount already applied.\n\nBest regards,\nEmily\nHenley Riverside Boat Hire",
         "Hi, is the Easter discount still on? We'd like a six-seater day boat for Saturday 8 April. "
         "Thanks, Raj",
         "2034-04-01T00:20:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 38: Boston optician, written Thursday August 17: lenses "should arrive by Monday, August 14".
    case("Hi Greg,\n\nThanks for checking in. Your six-month supply of daily contact lenses (order #5520) "
         "has shipped from our distributor. They should arrive at your home by ⟦Monday, August 14⟧, and "
         "we'll email you the tracking number separately. If you have any discomfort with the new brand, "
         "please call us for a free follow-up.\n\nBest,\nAlyssa\nBack Bay Eye Associates",
         "Hi, just checking on my contact lens order #5520. Thanks, Greg",
         "2034-08-17T11:45:00-04:00", "America/New_York", "en-US", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London tattoo studio (en-GB) to a customer in New York: 3 April or 4 March, both ahead.
    case("Hi Megan,\n\nThanks for your message; Suki would love to do your fine-line piece! She has an "
         "opening on ⟦03/04/2034⟧, and I've pencilled you in for it. To confirm, we need a £60 deposit "
         "and a rough idea of the size and placement. The deposit comes off the final price on the "
         "day.\n\nBest,\nRosa\nNeedle & Thread Tattoo, Shoreditch",
         "Hi, I'm visiting London this spring and would love a small fine-line piece by Suki. Any "
         "availability? Thanks, Megan",
         "2034-01-13T12:30:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 40: Boston bike shop (en-US) to a customer just moved from Cork: June 8 or 6 August, both ahead.
    case("Hi Ciarán,\n\nWelcome to Boston! We can take your bike for a full service on ⟦06/08/2034⟧; just "
         "drop it off before 10 a.m. and it'll be ready by closing. A full service is $110 and includes "
         "new brake pads if you need them. We'll also check that your lights are bright enough for night "
         "riding.\n\nCheers,\nMike\nCharles River Cycles",
         "Hi, I've just moved over from Cork and need my bike serviced before I start commuting. When "
         "can you take it? Thanks, Ciarán",
         "2034-05-22T16:00:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date"]),
    # 41: Sydney coach tours (en-GB) to a Californian: 5 November or May 11, both ahead.
    case("Hi Bill,\n\nThank you for your interest in our Hunter Valley wine tour. We have two seats left "
         "on ⟦05/11/2034⟧, which I can hold for you for seven days. The tour visits four wineries and a "
         "cheese maker, with lunch included, and costs $245 per person. Pick-up is from your hotel in the "
         "Sydney CBD.\n\nKind regards,\nSteph\nHarbour & Ranges Coaches",
         "Hi, my wife and I are coming over from California later this year and would like to do your "
         "Hunter Valley wine tour. What dates work? Thanks, Bill",
         "2034-02-20T09:00:00+11:00", "Australia/Sydney", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 42: Vancouver optician (en-US) to a customer just moved from Manchester: September 10 or 9 October, both ahead.
    case("Hi Liam,\n\nWelcome to Vancouver! We've booked your comprehensive eye exam with Dr. Chen on "
         "⟦09/10/2034⟧ at 2:30 p.m. The exam takes about 45 minutes, and you'll be able to choose frames "
         "afterward. If you have your UK prescription, please bring it along.\n\n"
         "Best regards,\nJasmine\nKitsilano Eye Care",
         "Hiya, I've just moved here from Manchester and need an eye test and new glasses. Cheers, Liam",
         "2034-07-27T10:00:00-07:00", "America/Vancouver", "en-US", ["ambiguous-numeric-date"]),
    # 43: Auckland kennels (en-GB) to a family still in Chicago: 1 February or January 2, 2035, both ahead.
    case("Hi Jenna,\n\nWelcome (almost) to Auckland! We'd be glad to look after Max while you settle in. "
         "I've reserved a large run for him from ⟦01/02/2035⟧ for fourteen nights, at $55 a night. "
         "Please send his import paperwork and vaccination records once you have them.\n\n"
         "Ngā mihi,\nWiremu\nWaitākere Dog Lodge",
         "Hi, we're moving to Auckland from Chicago in the new year and need somewhere for our dog Max "
         "to stay for the first couple of weeks while we find a house. Thanks, Jenna",
         "2034-11-08T13:00:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),
    # 44: Dublin language school (en-GB) to a student from Ohio: 12 July or December 7, both ahead.
    case("Hi Madison,\n\nThanks for your interest in our intensive Irish course! The next two-week course "
         "begins on ⟦12/07⟧, with classes each weekday morning and cultural trips in the afternoons. The "
         "fee is €790, and we can help you find host-family accommodation nearby. Places are limited to "
         "twelve, so I'd recommend booking soon.\n\nSlán go fóill,\nAoife\nDublin Gaeilge School",
         "Hi, I'm a college student from Ohio and I want to do your two-week intensive Irish course "
         "this year. When's the next one? Thanks, Madison",
         "2034-03-10T12:00:00+00:00", "Europe/Dublin", "en-GB", ["ambiguous-numeric-date"]),
    # 45: Chicago escape room (en-US) to a customer in London: April 6 or 4 June, both ahead.
    case("Hi Hannah,\n\nThanks for choosing us for your brother's surprise! I've booked the Capone's Vault "
         "room for six people on ⟦4/6/2034⟧. You'll get a confirmation email with the exact time once "
         "your $40 deposit goes through. Let us know if you'd like us to set up a cake in the lounge "
         "afterward.\n\nBest,\nDerek\nWindy City Escapes",
         "Hi, I'm planning a surprise for my brother in Chicago while I'm over from London in the "
         "spring. Can I book your Al Capone room for six? Cheers, Hannah",
         "2034-02-26T10:30:00-06:00", "America/Chicago", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London school (GMT) to a student in Toronto (EST): an online lesson five hours apart.
    case("Hi Wei,\n\nThank you for enrolling in our online Business English course. Your first lesson with "
         "Jonathan is at ⟦6pm⟧ on Tuesday 14 November, and the Zoom link is in your welcome pack. Each "
         "lesson lasts 90 minutes, and there are ten in all. Please have a headset ready, as the lessons "
         "include a lot of speaking practice.\n\nKind regards,\nEleanor\nCamden School of English",
         "Hi, I'd like to start the online Business English course. I'm based in Toronto. When is the "
         "first lesson? Best, Wei",
         "2034-11-07T09:00:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 47: Bath pottery studio (GMT) to a customer known only by recipient_timezone in Melbourne (AEDT).
    case("Hi Kate,\n\nThanks for booking the online glaze chemistry demo! It's on Thursday 9 March at "
         "⟦7pm⟧ and runs for about an hour and a half, with time for questions at the end. We'll email the "
         "link and a printable recipe sheet two days before. If you can't make it live, the recording "
         "will be available for a month afterwards.\n\nBest wishes,\nIzzy\nAvon Pottery Studio",
         "Hi, I bought a ticket for the online glaze chemistry demo. Can you confirm the time? "
         "Thanks, Kate",
         "2034-02-23T15:30:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Melbourne"),
    # 48: Edinburgh kennels (BST) to an owner away in Dubai (UTC+4): a video call.
    case("Hi Fiona,\n\nRolo is settling in beautifully and has made friends with a spaniel called Bramble. "
         "🐶 We'd be happy to do a video call so you can see him; how about Thursday 17 August at "
         "⟦5pm⟧? I'll ring you on WhatsApp from the kennel phone. He's eating well and loves his "
         "afternoon walks in the paddock.\n\nBest wishes,\nKirsty\nPentland Boarding Kennels",
         "Hi, could we do a quick video call to see Rolo while we're away? He's never been boarded "
         "before. Thanks, Fiona",
         "2034-08-13T11:00:00+01:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="Asia/Dubai"),
    # 49: Johannesburg optician (SAST) to a customer working in London (BST) in July.
    case("Hi Sipho,\n\nThanks for your email. We can do a video consultation with our optometrist on "
         "Friday 7 July at ⟦11:00⟧; she'll review your last test results and how the lenses feel. If all "
         "is well, we'll renew your prescription for another year and courier your lenses to your London "
         "address. The consultation costs R450, payable by card over the phone.\n\n"
         "Kind regards,\nNomsa\nParkhurst Optometrists",
         "Hi, I'm working in London for a few months and need to renew my contact lens prescription "
         "remotely. Can we do a video consult? Regards, Sipho",
         "2034-07-01T09:30:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"],
         recipient_timezone="Europe/London"),
    # 50: Seattle bike shop (PDT) to a customer on holiday in Honolulu (HST), known only from the thread.
    case("Hi Nate,\n\nThanks for getting back to us about the crack near your bottom bracket. I'll call "
         "you at ⟦2:30 p.m.⟧ on Thursday, September 21, to go through the options. In short, a welder we "
         "work with can repair the frame, or we can move your parts onto a new one. Either way, the bike "
         "stays safely in our shop until you're back.\n\nBest,\nAndre\nBallard Bike Lab",
         "Hi, I'm in Honolulu on vacation until the 28th. Can you call me to talk through the frame "
         "crack you found? -Nate",
         "2034-09-19T10:00:00-07:00", "America/Los_Angeles", "en-US", ["missing-timezone"]),
    # 51: Auckland bakery (NZST) to a customer in Sydney (AEST) ordering for her mum: an order cut-off.
    case("Hi Aroha,\n\nWhat a lovely surprise for your mum! 🎂 We can deliver a cake to Remuera on the "
         "morning of Saturday 8 July. To make it in time, please place your order by ⟦3pm⟧ on Wednesday "
         "5 July, as we bake on Thursdays. Delivery within Auckland is $15.\n\n"
         "Ngā mihi,\nMeg\nPonsonby Cake Co",
         "Hi, I'd like to order a birthday cake to be delivered to my mum in Remuera on Saturday 8 July. "
         "I'm in Sydney so can't pick it up. Thanks, Aroha",
         "2034-06-28T12:00:00+12:00", "Pacific/Auckland", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Sydney"),
    # 52: Vancouver coach tours (PST) to a customer in Toronto (EST): online booking opens.
    case("Hi Gurpreet,\n\nThanks for your interest in our 2035 Rockies tours! Online booking for the summer "
         "season opens at ⟦9 a.m.⟧ on Monday, January 8, and the July departures usually sell out within "
         "a day. I'd recommend creating an account on our website beforehand so checkout is quicker. "
         "Early-bird fares are 10% off until the end of January.\n\nAll the best,\nKevin\nSea to Sky Coachlines",
         "Hi, I'd like to get seats on your summer Rockies coach tour as soon as they go on sale. When "
         "do bookings open? Thanks, Gurpreet",
         "2034-12-18T13:00:00-08:00", "America/Vancouver", "en-US", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 53: Dublin florist to a bride in Boston, written before the US clocks change; the call falls after it
    #     and before Ireland's (four hours apart that day, five when written).
    case("Hi Caitlin,\n\nThanks for sending the final guest numbers; 120 is perfect for the table "
         "arrangements. I'll ring you at ⟦10:30am⟧ on Friday 24 March to go over the centrepieces and the "
         "church flowers. If that doesn't suit, just reply with a better day. We're so looking forward to "
         "your big day in May!\n\nWarm wishes,\nGráinne\nPetal & Stem Dublin",
         "Hi, final numbers are 120. Could we have a call about the centrepieces? I'm still in Boston "
         "until the week before the wedding. Thanks, Caitlin",
         "2034-03-08T14:00:00+00:00", "Europe/Dublin", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London locksmith to a landlord in Singapore: BST on 3 November (the UK is on GMT from 29 October).
    case("Hi Tom,\n\nYes, we can sort this without you being here. If your letting agent drops the "
         "original key at our Upper Street shop, we'll cut three copies and have them ready for your "
         "tenant from 10am ⟦BST⟧ on Friday 3 November. We can copy the communal door fob at the same "
         "time. The total for three keys and one fob is £46, and I can take payment over the phone.\n\n"
         "Best regards,\nAlan\nIslington Key & Lock",
         "Hi, I'm working in Singapore until December but need new keys cut for my tenant in Islington "
         "before they move in. Can we sort it remotely? Thanks, Tom",
         "2034-11-01T16:20:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="Asia/Singapore"),
    # 55: Boston virtual escape room to an LA office: EDT in December (the 1 p.m. in LA fits EST).
    case("Hi Alana,\n\nWe'd love to host your holiday party! I've booked The Snowbound Express, our virtual "
         "escape game, for Friday, December 15, at 4 p.m. ⟦EDT⟧ (1 p.m. in Los Angeles). Your game host "
         "will send the video link to everyone on the guest list the day before. The game is $28 per "
         "player, and up to 30 players can join.\n\nCheers,\nMolly\nBeacon Hill Escapes",
         "Hi, our office is in LA and we want to do a virtual escape room with our Boston colleagues for "
         "the holiday party. Can we do Friday the 15th in the afternoon? Thanks, Alana",
         "2034-12-06T15:00:00-05:00", "America/New_York", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Los_Angeles"),
    # 56: Scottsdale riding stables: Arizona stays on MST all year, so MDT is wrong in July.
    case("Hi Marisol,\n\nGreat idea to beat the heat! I've booked two horses for you on Tuesday, July 18, "
         "for our sunrise ride, which leaves the ranch at 5:30 a.m. ⟦MDT⟧. Please bring closed-toe shoes, "
         "long pants and at least a liter of water each. The ride is two hours and costs $115 per "
         "person.\n\nHappy trails,\nWade\nPinnacle Peak Stables",
         "Hi, we're driving over from San Diego next week and would love an early trail ride before it "
         "gets too hot. Thanks, Marisol",
         "2034-07-12T19:30:00-07:00", "America/Phoenix", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Los_Angeles"),
    # 57: Vancouver boat hire: PST in August (Vancouver is on PDT).
    case("Hi Ethan,\n\nThanks for booking a kayak and a 16-foot motorboat for Saturday, August 26! Pick-up "
         "is at our Granville Island dock at 10 a.m. ⟦PST⟧, and you'll have both for six hours. Life jackets "
         "are included, and we'll give you a short safety briefing before you head out.\n\n"
         "See you on the water,\nPriya\nFalse Creek Boat Rentals",
         "Hi, flying in from Toronto on the 25th and would like a kayak and a small motorboat for the "
         "day after. Thanks, Ethan",
         "2034-08-24T10:00:00-07:00", "America/Vancouver", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Toronto"),
    # 58: Adelaide coach tours: ACST on 3 February (Adelaide is on ACDT until 2 April).
    case("Hi Kayla,\n\nThanks for booking the Barossa Valley day tour! Your seat is confirmed for Friday 3 "
         "February, with pick-up outside Adelaide Railway Station at 8:30am ⟦ACST⟧. The tour stops at four "
         "cellar doors and includes a two-course lunch. Enjoy your brother's wedding!\n\n"
         "Cheers,\nMatt\nBarossa Day Coaches",
         "Hi, I'm flying in from Perth for my brother's wedding and would love to do the Barossa tour "
         "the day before. Cheers, Kayla",
         "2034-01-19T10:45:00+10:30", "Australia/Adelaide", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Perth"),
    # 59: Chicago language school: CDT is UTC-5, not UTC-6.
    case("Hi Tyler,\n\nThanks for your interest in our online conversational Spanish class! It meets every "
         "Tuesday from 7 p.m. to 8:30 p.m. ⟦CDT (UTC-6)⟧, starting on Tuesday, July 11. Classes are small, "
         "with no more than eight students, and all materials are shared online. The eight-week session "
         "costs $320.\n\nSaludos,\nGabriela\nLakeshore Language Institute",
         "Hi, I live in Denver but want to join your online conversational Spanish class. What time does "
         "it meet? Thanks, Tyler",
         "2034-07-06T13:00:00-05:00", "America/Chicago", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Denver"),
    # 60: Melbourne wedding florist to a bride in Perth: AEST on 30 November (Melbourne is on AEDT from 1 October).
    case("Hi Jess,\n\nThank you for your lovely email about your wedding in the Yarra Valley! I'd love to go "
         "through your colour palette and ideas on a video call. Would Thursday 30 November at 7pm ⟦AEST⟧ "
         "suit you? I'll send a calendar invite with the link once you confirm.\n\n"
         "Warm regards,\nTamsin\nWildflower & Vine",
         "Hi, I'm planning my wedding in the Yarra Valley from Perth and would love to chat about flowers. "
         "Thanks, Jess",
         "2034-11-18T17:10:00+11:00", "Australia/Melbourne", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Perth"),
]

NEGATIVES = [
    # 01: Harrogate piano tuner: "half past nine in the morning", a weekday that matches, "A440" (a pitch).
    case("Hi Duncan,\n\nHappy New Year, and thanks for thinking of us for the baby grand. I can come on "
         "Friday 6 January at half past nine in the morning, well before your concert on Saturday 14 "
         "January. The tuning takes about 90 minutes, and I'll bring it up to A440 so it matches the "
         "string quartet. The fee is £95.\n\nBest wishes,\nRuth\nDales Piano Tuning",
         "Hi, could you tune our baby grand before our New Year concert on the 14th? We're free any "
         "morning. Duncan",
         "2034-01-03T09:40:00+00:00", "Europe/London", "en-GB"),
    # 02: Perth kennels on Wednesday 11 January: "tomorrow" with its date named, a range of "7am to 11am".
    case("Hi Shaun,\n\nThanks for booking Nala in for the long weekend. You can drop her off tomorrow, "
         "Thursday 12 January, any time from 7am to 11am, and collect her on Monday 16 January before "
         "4pm. Please pack her lead, her usual food and any medication in a labelled bag. Our rate for "
         "a large dog is $48 per night.\n\nCheers,\nTrish\nSwan Valley Boarding Kennels",
         "Hi, can Nala (kelpie, 3) stay with you from Thursday to Monday? Shaun",
         "2034-01-11T10:00:00+08:00", "Australia/Perth", "en-GB"),
    # 03: Scottsdale stables to a San Diego family in July: MST is right (Arizona keeps it all year).
    case("Hi Danielle,\n\nThanks for booking our sunrise trail ride for your family of four. Your horses "
         "will be saddled for Saturday, July 29, and the ride leaves the ranch at 5:45 a.m. MST, which in "
         "summer is the same clock time as San Diego. It lasts 90 minutes and is suitable for riders aged "
         "8 and up. Please bring water, sunscreen and closed-toe shoes.\n\n"
         "Happy trails,\nCody\nDesert Sage Stables",
         "Hi, we're driving over from San Diego and want a sunrise ride on the Saturday. What time do we "
         "need to be there? Thanks, Danielle",
         "2034-07-20T08:00:00-07:00", "America/Phoenix", "en-US",
         recipient_timezone="America/Los_Angeles"),
    # 04: Brisbane coach tours to a customer in Sydney in January: AEST is right for Queensland, 7pm in Sydney.
    case("Hi Kirra,\n\nThanks for booking the Springbrook rainforest tour on Saturday 4 February. Our guide "
         "will ring you for a short briefing at 6pm AEST on Thursday 2 February, which is 7pm in Sydney. "
         "Pick-up on the day is from your Surfers Paradise hotel. Bring a raincoat, as it's the wet "
         "season.\n\nCheers,\nBrett\nHinterland Coach Tours",
         "Hi, booked the Springbrook tour for 4 Feb. I'm flying up from Sydney the day before. Do I need "
         "to know anything? Thanks, Kirra",
         "2034-01-25T14:00:00+10:00", "Australia/Brisbane", "en-GB",
         recipient_timezone="Australia/Sydney"),
    # 05: Houston escape room: the thread settles the evening ("only free after 6 in the evening").
    case("Hi Marco,\n\nThanks for your email! Since your group can only make it after work, I've booked "
         "you into The Cursed Cabin at 7:30 in the evening on Thursday, March 16. Please arrive 15 "
         "minutes early so we can go over the rules. The price for five players is $150.\n\n"
         "See you then,\nBrianna\nBayou City Escape",
         "Hi, can we book a room for 5 next week? We're all only free after 6 in the evening. Thanks, "
         "Marco",
         "2034-03-10T12:00:00-06:00", "America/Chicago", "en-US"),
    # 06: Bengaluru optician: a past visit in the past tense, "6/6" and "6/9" (acuity, not dates), "after 4 pm".
    case("Dear Mr Rao,\n\nThank you for visiting us on Saturday 14 October. Your eye test showed 6/6 "
         "vision in your right eye and 6/9 in your left, so your new prescription is only a small change. "
         "Your new glasses will be ready from Thursday 19 October after 4 pm. The balance of ₹3,200 can be "
         "paid by UPI or card when you collect them.\n\nWarm regards,\nDivya\nLalbagh Optical",
         "Hello, when will my new spectacles be ready? Regards, Suresh Rao",
         "2034-10-16T15:20:00+05:30", "Asia/Kolkata", "en-GB"),
    # 07: Mumbai bakery: New Year's Eve on a Sunday, "between 4 and 6 pm", an astral emoji.
    case("Dear Ananya,\n\nThank you for your order of the two-tier eggless pineapple cake 🍍 for your New "
         "Year's Eve party. We will deliver it to your flat in Bandra West on Sunday 31 December, between "
         "4 and 6 pm. The total is ₹2,400 including delivery, and you can pay our driver by UPI. Please "
         "keep the cake refrigerated until you serve it.\n\nWarm regards,\nFarzana\nCrumbs & Co. Bandra",
         "Hi, I'd like the eggless pineapple cake for our New Year's Eve party. Can you deliver to Bandra "
         "West? Ananya",
         "2034-12-27T11:00:00+05:30", "Asia/Kolkata", "en-GB"),
    # 08: Auckland tattoo studio to a customer in Melbourne in June: NZST is right, 4pm in Melbourne.
    case("Hi Ruby,\n\nThanks for sending through your design ideas! Our artist Manaia can do a video "
         "consultation on Wednesday 21 June at 6pm NZST, which is 4pm in Melbourne. We'll talk through "
         "placement, size and a quote for your trip over in August. The consult is free.\n\n"
         "Ngā mihi,\nAria\nMoana Ink",
         "Hi, I'm coming to Auckland from Melbourne in August and want a piece done by Manaia. Can we "
         "chat before? Thanks, Ruby",
         "2034-06-16T11:00:00+12:00", "Pacific/Auckland", "en-GB",
         recipient_timezone="Australia/Melbourne"),
    # 09: Dublin language school to a student in London: no zone needed, the two clocks agree.
    case("Hi Sinéad,\n\nThanks for signing up for our online Irish conversation class. Your first lesson is "
         "at 7pm on Monday 18 September, and the link will arrive by email that morning. Classes run for "
         "eight weeks, every Monday at the same time. Bring a notebook; we'll start with greetings and "
         "family words.\n\nGo raibh maith agat,\nDónal\nFáilte Irish Online",
         "Hi, I'm a Dubliner living in London and want to brush up my Irish online. Thanks, Sinéad",
         "2034-09-11T10:00:00+01:00", "Europe/Dublin", "en-GB",
         recipient_timezone="Europe/London"),
    # 10: Toronto bike shop to a customer in New York: no zone needed, both on EDT.
    case("Hi Daniel,\n\nThanks for sending the photos of your frame. Our frame builder has had a look, and "
         "it's a straightforward repair. I'll call you at 4:30 p.m. on Wednesday, October 25, to go "
         "through the quote and shipping. The repair usually takes two weeks once the frame arrives.\n\n"
         "Best,\nAisha\nQueen West Cycle Works",
         "Hi, I'm in New York and saw you do steel frame repairs. Could you call me to discuss? Thanks, "
         "Daniel",
         "2034-10-20T09:00:00-04:00", "America/Toronto", "en-US",
         recipient_timezone="America/New_York"),
    # 11: Tucson pottery studio to a customer in Los Angeles in August: no zone needed, both on UTC-7.
    case("Hi Lupe,\n\nThanks for signing up for our online handbuilding class! The first live session is on "
         "Wednesday, August 9, at 6 p.m., and your clay kit shipped this week. Each session runs for two "
         "hours, and you'll need a clear table and a damp cloth. The recordings stay online for three "
         "months.\n\nWarmly,\nRosa\nSaguaro Clay Works",
         "Hi, I'm in Los Angeles and just signed up for the online handbuilding class. When is the first "
         "session? Lupe",
         "2034-08-02T13:00:00-07:00", "America/Phoenix", "en-US",
         recipient_timezone="America/Los_Angeles"),
    # 12: Brisbane florist to a bride in Sydney in July: no zone needed (both UTC+10), "noon".
    case("Hi Chloe,\n\nThank you for your enquiry about flowers for your Noosa wedding on Saturday 14 "
         "October. I'd love to talk through your ideas on a video call on Tuesday 18 July at noon, if "
         "that suits. In the meantime, have a look at the native posies in our gallery. They work "
         "beautifully for a beach ceremony.\n\nWarm regards,\nBianca\nBanksia & Bloom",
         "Hi, I'm in Sydney planning a wedding in Noosa and would love to chat about flowers. Chloe",
         "2034-07-13T09:00:00+10:00", "Australia/Brisbane", "en-GB",
         recipient_timezone="Australia/Sydney"),
    # 13: Windermere boat hire to a customer in Chicago: a numeric date whose day is over 12, "UK time".
    case("Hi Rachel,\n\nThanks for your booking! Your motor launch for six is reserved for 23/06/2034, from "
         "10am to 4pm UK time. We'll send the safety video and the booking form a week before. The hire "
         "is £240 for the day, and fuel is included.\n\nBest regards,\nOliver\nWindermere Launch Hire",
         "Hi, we're visiting the Lakes from Chicago in June and want a boat for the day on the 23rd. "
         "Rachel",
         "2034-03-02T11:00:00+00:00", "Europe/London", "en-GB",
         recipient_timezone="America/Chicago"),
    # 14: New York coach tours to a customer in London: 07/07/2034 reads the same both ways.
    case("Hi James,\n\nThank you for booking our Hudson Valley day trip. Your two seats are confirmed for "
         "07/07/2034, and your e-tickets are attached. The coach leaves from Bryant Park, and the tour "
         "includes a stop at a cider farm. We look forward to welcoming you to New York!\n\n"
         "Best regards,\nTanya\nEmpire Coach Excursions",
         "Hi, we'll be in New York in July and would like to book the Hudson Valley trip on the 7th. "
         "James",
         "2034-04-12T10:00:00-04:00", "America/New_York", "en-US",
         recipient_timezone="Europe/London"),
    # 15: Melbourne upholsterer: an ISO date, a matching weekday, numbers that are not dates.
    case("Hi Peter,\n\nThanks for approving the quote for your two dining chairs. We'll collect them on "
         "Monday 22 May and re-cover them in the charcoal wool (fabric code 4-112). Your invoice is "
         "attached, with a due date of 2034-05-31. The total is $620, including 50 mm high-density "
         "foam.\n\nRegards,\nNadia\nFitzroy Upholstery Studio",
         "Hi, quote looks good, go ahead with the charcoal wool. Peter",
         "2034-05-08T12:00:00+10:00", "Australia/Melbourne", "en-GB"),
    # 16: Sydney language school: 29 February 2036 exists (a leap year) and is a Friday.
    case("Hi Minh,\n\nCongratulations, your place in our Diploma of English is confirmed! The course runs "
         "from Monday 6 March 2034 to Friday 29 February 2036. Classes are from 9am to 2:30pm, Monday to "
         "Thursday. Your confirmation of enrolment is attached for your visa application.\n\n"
         "Kind regards,\nGrace\nBondi English College",
         "Hello, I have received my offer. Can you send the confirmation of enrolment for my visa? "
         "Minh",
         "2034-02-15T10:00:00+11:00", "Australia/Sydney", "en-GB"),
    # 17: Yorkshire chimney sweep: Sunday 30 April matches, "between 8 and 10 in the morning".
    case("Hi Margaret,\n\nThanks for booking your spring sweep. I've put you down for Sunday 30 April, "
         "between 8 and 10 in the morning, as you asked for a weekend. Please take the ornaments off the "
         "hearth and keep the fire unlit the night before. The sweep and a smoke test come to £70.\n\n"
         "All the best,\nGeoff\nWharfedale Chimney Sweeps",
         "Hi, could you sweep our chimney on a weekend? Weekdays are difficult. Margaret",
         "2034-04-15T18:00:00+01:00", "Europe/London", "en-GB"),
    # 18: Manchester upholsterer: a past collection told in the past tense, a delivery ahead.
    case("Hi Owen,\n\nThanks for your patience. We collected your chaise longue on Monday 5 June, and the "
         "frame turned out to be in good shape. The new mustard velvet arrived on Friday 9 June, so we'll "
         "deliver the finished piece on Friday 23 June between 10am and 2pm. The balance of £410 is due "
         "on delivery.\n\nBest,\nRachel\nNorthern Quarter Upholstery",
         "Hi, how's the chaise coming along? Owen",
         "2034-06-12T15:30:00+01:00", "Europe/London", "en-GB"),
    # 19: Sydney bakery at 23:48 on Friday 29 September: names Saturday 30 September, not "tomorrow".
    case("Hi Ella,\n\nSorry for the late reply! Your lemon meringue cake is baked, and it will be ready to "
         "collect on Saturday 30 September from 9am. Please bring your order number (2281) to the "
         "counter. If the party is in the afternoon, keep it in the fridge until then.\n\n"
         "Cheers,\nSophie\nSurry Hills Cake Shop",
         "Hi, when can I collect my lemon meringue cake for the party? Ella",
         "2034-09-29T23:48:00+10:00", "Australia/Sydney", "en-GB"),
    # 20: Auckland kayak hire at 23:30 on Saturday 23 September, the night NZ daylight saving starts.
    case("Hi Matiu,\n\nThanks for booking two sea kayaks for Sunday 24 September, from 9am to 1pm. Daylight "
         "saving starts at 2am that Sunday, so set your clocks forward an hour before you head to bed. "
         "We'll meet you at the Okahu Bay shed with paddles and life jackets ready. The hire is $140 for "
         "both kayaks.\n\nCheers,\nLeilani\nOkahu Bay Kayaks",
         "Hi, we'd like two kayaks on Sunday morning. Matiu",
         "2034-09-23T23:30:00+12:00", "Pacific/Auckland", "en-GB"),
    # 21: Auckland coach tours to Los Angeles across the date line: 9am NZDT Friday is noon PST Thursday.
    case("Hi Brandon,\n\nThanks for your interest in our South Island coach tour! I'd be happy to talk you "
         "through the itinerary on a call at 9am NZDT on Friday 10 March, which is noon PST on Thursday 9 "
         "March for you. I'll ring the number in your email signature. The fourteen-day tour starts in "
         "Christchurch on Saturday 4 November.\n\nKind regards,\nHemi\nAotearoa Coachlines",
         "Hi, I'm in Los Angeles and interested in your South Island coach tour in November. Could we "
         "have a call? Brandon",
         "2034-03-03T10:00:00+13:00", "Pacific/Auckland", "en-GB",
         recipient_timezone="America/Los_Angeles"),
    # 22: London wedding florist to New York in April: BST and EDT both right, five hours apart.
    case("Hi Lauren,\n\nThank you for your email about your wedding at the Savoy in September. I'd love to "
         "talk through your ideas on a video call at 3pm BST on Wednesday 19 April, which is 10am EDT. "
         "I'll send a short questionnaire beforehand so that we can make the most of the time. Our "
         "consultations are free.\n\nWarm wishes,\nCharlotte\nMayfair Wedding Flowers",
         "Hi, I'm in New York and getting married in London in September. Could we set up a call? "
         "Lauren",
         "2034-04-10T12:00:00+01:00", "Europe/London", "en-GB",
         recipient_timezone="America/New_York"),
    # 23: Sydney tattoo studio to Perth in November: AEDT is right, 4pm in Perth.
    case("Hi Zoe,\n\nThanks for the reference pics, they're gorgeous! Our artist Jade can do a video "
         "consult on Thursday 16 November at 7pm AEDT, which is 4pm in Perth. She'll go over placement "
         "and sizing with you and give you a quote. If you book after the consult, the $100 deposit comes "
         "off the final price.\n\nCheers,\nMia\nNewtown Ink Collective",
         "Hi, I'm in Perth but coming to Sydney in December and want a botanical piece by Jade. Can we "
         "chat first? Zoe",
         "2034-11-09T10:30:00+11:00", "Australia/Sydney", "en-GB",
         recipient_timezone="Australia/Perth"),
    # 24: New York virtual escape room to London in January: EST and GMT both right.
    case("Hi Oliver,\n\nThanks for booking our virtual escape game for your team! Your session is on "
         "Saturday, January 21, at 2 p.m. EST, which is 7 p.m. GMT in London. Your host will send the "
         "link to all twelve players the day before. The total is $336.\n\n"
         "Best,\nKeisha\nBrooklyn Puzzle Rooms",
         "Hi, we're a London team and want to do your online escape game on Saturday the 21st, our "
         "evening. Thanks, Oliver",
         "2034-01-12T16:00:00-05:00", "America/New_York", "en-US",
         recipient_timezone="Europe/London"),
    # 25: London school to New York in the week between the two spring changes: 5pm GMT is 1pm EDT;
    #     after the UK change, 5pm BST is noon EDT.
    case("Hi Ashley,\n\nThanks for booking weekly English pronunciation coaching. Your first session is on "
         "Tuesday 21 March at 5pm GMT, which is 1pm in New York. The UK clocks go forward on Sunday "
         "26 March, so from Tuesday 28 March the same 5pm BST slot will be at noon for you. The link is in your welcome "
         "email.\n\nKind regards,\nHarriet\nCamden School of English",
         "Hi, I'm in New York and would like weekly pronunciation coaching. Afternoons my time are best. "
         "Ashley",
         "2034-03-20T12:00:00+00:00", "Europe/London", "en-GB",
         recipient_timezone="America/New_York"),
    # 26: Galway kennels: "between half seven and eight in the morning" settles the time.
    case("Hi Ronan,\n\nThanks for booking Scout in with us while you're away. You can drop him off on "
         "Monday 14 August between half seven and eight in the morning, before the kennels get busy. "
         "We'll give him his tablets with breakfast, as you asked. The rate is €25 a night.\n\n"
         "Kind regards,\nMairéad\nCorrib Boarding Kennels",
         "Hi, can Scout stay from Monday 14 August for a week? We need to drop him off early, before our "
         "ferry. Ronan",
         "2034-08-09T14:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 27: Wellington pottery studio: "from 6 to 8:30 pm", a weekday that matches, an astral emoji.
    case("Hi Kiri,\n\nThanks for signing up for our evening throwing course 🏺 and welcome aboard! Classes "
         "are on Thursdays from 6 to 8:30 pm, starting on Thursday 2 November and running for eight "
         "weeks. All clay and two firings are included in the $390. Wear clothes you don't mind getting "
         "messy.\n\nCheers,\nAnahera\nAro Street Pottery",
         "Hi, I'd like to do the evening throwing course. When does it start? Kiri",
         "2034-10-15T11:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 28: Norfolk Broads boat hire: 24-hour times and weekdays that match.
    case("Hi Stuart,\n\nThanks for booking the Broadland Star for a week. Handover is at 14:00 on "
         "Saturday 20 May at our Wroxham yard, and the boat is due back by 10:00 on Saturday 27 May. "
         "We'll give you a full boat-handling lesson before you set off. Please bring your own bedding "
         "and towels.\n\nBest regards,\nJune\nWroxham Cruiser Hire",
         "Hi, confirming our week on the Broadland Star from the 20th. What time is handover? Stuart",
         "2034-05-05T10:00:00+01:00", "Europe/London", "en-GB"),
    # 29: Christchurch bike repair on Monday 13 February: "this Wednesday, 15 February"; 11-34 is a cassette.
    case("Hi Josh,\n\nThanks for bringing your gravel bike in. We've fitted the new 11-34 cassette and a "
         "chain, and we're just waiting on a 700x40c tyre. Your bike will be ready this Wednesday, 15 "
         "February, after 3pm. The total comes to $265.\n\nCheers,\nSam\nCycle Works Christchurch",
         "Hi, how's the gravel bike going? Josh",
         "2034-02-13T11:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 30: Johannesburg tattoo studio to London in June: SAST is right (no daylight saving), 1pm in London.
    case("Hi Callum,\n\nThanks for your message about the protea piece! Our artist Zanele can do a video "
         "consultation on Thursday 15 June at 2pm SAST, which is 1pm in London. She'll talk through the "
         "design and give you a quote for your visit in September. The consultation is free.\n\n"
         "Kind regards,\nBongi\nMaboneng Tattoo Studio",
         "Hi, I'm in London and visiting Joburg in September. Can I chat with Zanele about a protea "
         "tattoo? Callum",
         "2034-06-08T10:00:00+02:00", "Africa/Johannesburg", "en-GB",
         recipient_timezone="Europe/London"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
