"""The hand-written cases of Tactful's twelfth held-out date/time set (built by build_datetime_holdout12.py).

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
    # 01: Bristol vet; the owner is a paramedic on rotating shifts and the practice runs early and late clinics.
    case("Hi Gemma,\n\nThanks for getting in touch about Biscuit. We've booked him in with Mr Okafor on "
         "Tuesday 12 February at ⟦7:45⟧, which gives time for the booster and a proper look at the lump. "
         "If the vet wants to take a sample, we'll ring you before doing anything. Please bring his "
         "vaccination card along.\n\nKind regards,\nHolly\nRedland Veterinary Practice",
         "Hello, Biscuit is due his booster and I'd also like you to look at a lump on his side. I'm a "
         "paramedic on rotating shifts, so I can bring him in before a shift starts or once I'm home in the "
         "evening. Your website says you run early and late clinics? Thanks, Gemma",
         "2036-02-07T10:20:00+00:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Melbourne plumber; the couple are home only before about 7.30 in the morning or after 6 at night.
    case("Hi Nick,\n\nSorry to hear about the hot water – banging usually means a valve or a build-up of "
         "sediment, so it's worth getting looked at quickly. Our plumber Tahlia can come out on Thursday "
         "17 July at ⟦6:30⟧, and the call-out fee is $95 with parts quoted on the day. She'll text you when "
         "she's on her way.\n\nCheers,\nGreg\nSouthbank Plumbing & Gas",
         "Hi there, our hot water system is making a banging noise and the water's only lukewarm. We both "
         "work in the city so we're only home before about 7.30 in the morning or after 6 at night. Can "
         "someone come out this week? Cheers, Nick",
         "2036-07-15T09:05:00+10:00", "Australia/Melbourne", "en-GB", ["ambiguous-time"]),
    # 03: Dublin hairdresser; the bride works in a café and can come before it opens or after it closes.
    case("Hi Sinéad,\n\nCongratulations on the engagement! Aoife has a trial slot on Wednesday 8 October at "
         "⟦8:15⟧, and it usually takes about ninety minutes. Bring along a few photos of styles you like, "
         "and the headpiece or veil if you have it already. The trial is €65, which comes off the price of "
         "the day itself.\n\nTalk soon,\nCiara\nHalo Hair Studio",
         "Hi, I'm getting married in December and I'd love to book a hair trial with Aoife. I work in a café "
         "on Grafton Street so I can come in before we open or after we close up, whichever suits her. "
         "Thanks a million, Sinéad",
         "2036-10-03T15:10:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 04: Cape Town car hire; the family (German, living in Johannesburg) may take the early or the evening flight.
    case("Hello Katrin,\n\nThank you for choosing us for your trip. I've reserved a Toyota Innova for you from "
         "Saturday 15 March to Saturday 22 March, and our agent will meet you in the domestic arrivals hall "
         "at Cape Town airport at ⟦9:30⟧ to hand over the keys. The weekly rate is R6 200, including "
         "unlimited kilometres and a second driver. Please have both driving licences ready at "
         "collection.\n\nWarm regards,\nThandi\nFairest Cape Car Rental",
         "Hello, we are a family from Germany but we live now in Johannesburg. We want to rent a 7-seater in "
         "Cape Town from the 15 March for one week. We fly down from Johannesburg but we don't know yet if we "
         "take the early flight or the evening flight, it depends on my husband's work. Where can we collect "
         "the car? Best regards, Katrin Vogel",
         "2036-03-04T11:45:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 05: Auckland wedding venue; the couple can drive out before work or after work.
    case("Hello Aroha,\n\nThanks for thinking of us for your wedding 🥂 I can show you both around on Friday "
         "23 May at ⟦7:00⟧, which gives us about forty minutes before the next couple arrive. We'll walk "
         "through the barn, the garden ceremony site and the lakeside deck, and I'll have our 2037 price list "
         "printed for you.\n\nNgā mihi,\nJosh\nKauri Ridge Estate",
         "Kia ora, my fiancé and I are looking at venues for next autumn. We both work in town, so we could "
         "drive out before work or after work – would a weekday viewing be possible? Ngā mihi, Aroha",
         "2036-05-18T19:30:00+12:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 06: Toronto swim club; the girl has piano after school until 5:30, so before school or after that.
    case("Hi Priya,\n\nThanks for reaching out! Based on her level, Maya would be a great fit for our Junior "
         "Development squad, which trains on Tuesdays and Thursdays at ⟦6:45⟧. There's a spot open starting "
         "Tuesday, January 15, and the winter session is $340 for 24 practices. Please have her bring "
         "goggles, a cap and a water bottle to the first one.\n\nBest,\nDerek\nLakeshore Swim Club",
         "Hi, our daughter Maya (11) swam Level 6 last year and wants to join a squad. She has piano after "
         "school most days until 5:30, so it would have to be before school or after that. What do you have? "
         "Thanks, Priya",
         "2036-01-08T16:25:00-05:00", "America/Toronto", "en-US", ["ambiguous-time"]),
    # 07: Chennai physiotherapist; the patient asks for early morning before office or evening after office.
    case("Dear Mr Venkatesh,\n\nThank you for writing to us. We have booked your first assessment with "
         "Dr Lakshmi on Monday, 10 November at ⟦6:30⟧ at our Adyar clinic. Please bring any X-ray or MRI "
         "reports you have, and wear loose clothing so the knee can be examined properly. The consultation "
         "fee is ₹800.\n\nWarm regards,\nDivya\nStride Physiotherapy Centre",
         "Dear Sir/Madam, I am having knee pain after my morning walks for the past two weeks. Kindly give me "
         "an appointment either early morning before office or in the evening after office, as I cannot take "
         "leave. Regards, R. Venkatesh",
         "2036-11-05T12:30:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-time"]),
    # 08: Chicago jeweler; the nurse on split shifts can come early before a shift or late after it.
    case("Hi Marco,\n\nSorry to hear about the crystal – we replace them on vintage watches all the time. Our "
         "watchmaker, Ruth, can meet you at the store on Thursday, June 12 at ⟦8:00⟧ to measure it and give "
         "you a quote. Most crystals run between $60 and $120, and the work usually takes a week.\n\n"
         "Best regards,\nAlan\nFenwick & Daughters Jewelers",
         "Hello, the crystal on my grandfather's watch cracked. I'm a nurse working split shifts this month, "
         "so I can only get to you early before my shift or late in the evening after it. Do you have hours "
         "that work? Thanks, Marco Delgado",
         "2036-06-10T13:15:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Sydney plumber, written at 00:20 on a Wednesday to a Tuesday-evening email asking for "tomorrow".
    case("Hi Jess,\n\nThanks for your message, and well done turning the isolation tap off – that'll stop any "
         "more damage for now. Our plumber Liam can come out ⟦tomorrow⟧ between 10am and noon, and he'll text "
         "you when he's 20 minutes away. The call-out is $110, which covers the first half hour of labour."
         "\n\nCheers,\nMegan\nHarbourside Plumbing",
         "Hi, there's water pooling under the kitchen sink and the cupboard floor is soaked. I've turned the "
         "tap off under the sink for now. Can someone come out tomorrow? I'm home all day. Thanks, Jess",
         "2036-04-23T00:20:00+10:00", "Australia/Sydney", "en-GB", ["relative-date"]),
    # 10: London hairdresser, written on a Thursday.
    case("Hi Alice,\n\nJordan would love to see you again! He has a space ⟦next Saturday⟧ at 10am, and we'd "
         "allow about three hours for the cut and full head of highlights. If you haven't had colour with us "
         "in the last six months, pop in for a quick patch test at least 48 hours before. The total will be "
         "around £145.\n\nSee you soon,\nBella\nNotch Hair, Stoke Newington",
         "Hi, can I book a cut and full head of highlights with Jordan? Weekends are best for me. Thanks, Alice",
         "2036-08-14T17:50:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 11: Vancouver car rental, written at 00:40 on a Saturday to a Friday-evening email asking for "tonight".
    case("Hi Owen,\n\nNo problem at all, we can move your pickup forward. The car will be ready for you at our "
         "Burrard Street location ⟦tonight⟧, and we'll text you the code for the after-hours key box. Since "
         "you're adding an extra day, the total goes up by $38.\n\nThanks,\nLeah\nPacific Coast Car Rentals",
         "Hi, I booked a compact for Sunday morning but my plans changed and I'd like to pick it up tonight "
         "instead if possible. Let me know. Thanks, Owen",
         "2036-09-13T00:40:00-07:00", "America/Vancouver", "en-US", ["relative-date"]),
    # 12: Auckland travel agent on a Monday morning, to a customer in Los Angeles, where it is still Sunday.
    case("Hi Carla,\n\nGood news – the airline has confirmed your seats together on both legs. I'll email the "
         "e-tickets and the hotel vouchers for Rarotonga ⟦tomorrow⟧, once the resort sends back its final "
         "confirmation. Your flights out of LAX on 19 December are unchanged.\n\nNgā mihi,\nHemi\n"
         "Waitematā Travel",
         "Hi Hemi, just checking whether the e-tickets and hotel vouchers for our trip to Rarotonga have come "
         "through yet? We fly out of LAX on the 19th. Thanks, Carla",
         "2036-12-08T08:30:00+13:00", "Pacific/Auckland", "en-GB", ["relative-date"],
         recipient_timezone="America/Los_Angeles"),
    # 13: Edinburgh bookshop, written on a Sunday.
    case("Hi Fraser,\n\nThanks for your patience with this one. The publisher's reprint has been delayed, but "
         "our distributor says the copy will be with us ⟦next Monday⟧, and we'll give you a ring as soon as "
         "it's on the shelf. We can gift-wrap it for free if you like.\n\nAll the best,\nIsla\n"
         "Thistle Lane Books",
         "Hello, I ordered the new Morag Kerr hardback a fortnight ago for my mum's birthday. Any idea when "
         "it'll be in? Cheers, Fraser",
         "2036-03-23T14:10:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 14: Johannesburg furniture maker, written at 23:50 on a Friday.
    case("Hi Lerato,\n\nGood news, the oil finish on your table has cured and it passed our final check this "
         "evening. Our delivery team will bring it to you ⟦the day after tomorrow⟧ between 9am and 11am, "
         "together with the two benches. Please make sure there's parking close to the front door for our "
         "bakkie.\n\nKind regards,\nPieter\nYellowwood Workshop",
         "Hi, just checking when the dining table will be delivered? We have family coming on the weekend. "
         "Thanks, Lerato",
         "2036-06-27T23:50:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),
    # 15: Honolulu wedding venue on a Thursday afternoon, to a couple in Auckland, where it is Friday.
    case("Hi Sam and Tui,\n\nMahalo for sending back the signed contract 🌊 Your date is officially locked in! "
         "Our coordinator, Kainoa, will email you ⟦tomorrow⟧ with the tasting menu and a few dates that work "
         "around your visit. We can also arrange a video tour of the lawn and the ballroom if you'd like one "
         "before then.\n\nAloha,\nLeilani\nMakana Cove Weddings",
         "Hi Leilani, we've signed the contract for our ceremony on the lawn. When will we hear from your "
         "coordinator about the menu tasting? Cheers, Sam & Tui",
         "2036-10-16T16:00:00-10:00", "Pacific/Honolulu", "en-US", ["relative-date"],
         recipient_timezone="Pacific/Auckland"),
    # 16: New York tax preparer at 2pm on a Thursday, to a client who says he is in Dubai (11pm there).
    case("Hi Rob,\n\nNo problem, we can do the whole thing electronically. I'm finishing the last schedule now "
         "and will send the amended return for your e-signature ⟦tonight⟧. Once it's signed, we'll file it "
         "and send you the confirmation.\n\nBest,\nDana Whitfield, CPA\nWhitfield & Osei Tax Services",
         "Hi Dana, I'm working out of our Dubai office until March so I can't sign anything in person. Can "
         "you send the amended return over for my e-signature? Thanks, Rob",
         "2036-01-31T14:00:00-05:00", "America/New_York", "en-US", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Galway vet; 6 December 2036 is a Saturday.
    case("Hi Orla,\n\nThanks for booking Luna in with us. We have a surgery slot on ⟦Friday 6 December⟧, so "
         "please drop her in between 8am and 8:30am and don't give her any food after 10pm the night before. "
         "She'll be ready to go home from 4pm, and one of the nurses will go through the aftercare with you "
         "then. The procedure is €240, including pain relief and a post-op check.\n\nBest wishes,\nNiamh\n"
         "Corrib Veterinary Clinic",
         "Hi, Luna (our collie) needs to be spayed – can you do it on a Friday? I work from home on Fridays "
         "so I can mind her after. Thanks, Orla",
         "2036-11-27T09:40:00+00:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 18: Brisbane swim school; 9 March 2036 is a Sunday.
    case("Hi Brooke,\n\nThanks for reaching out 🐠 Lots of our little ones start out nervous, and our "
         "instructors are great at building confidence slowly. Kai would suit our Starfish class, which runs "
         "on Saturdays at 9:15am in the warm pool. The next term starts ⟦Sat 9th March⟧ and runs for nine "
         "weeks at $22 a lesson.\n\nCheers,\nTegan\nRiverside Swim School",
         "Hey, my son Kai is 4 and a bit scared of the water. Do you have a Saturday class for beginners? "
         "Thanks, Brooke",
         "2036-02-22T18:05:00+10:00", "Australia/Brisbane", "en-GB", ["weekday-mismatch"]),
    # 19: Portland furniture maker; September 17, 2036 is a Wednesday.
    case("Hi Jenna,\n\nThe bookcase is glued up and sanded, and the second coat of oil is curing now. We can "
         "deliver and install it on ⟦Tuesday, 9/17⟧, any time between 9 a.m. and 1 p.m. that works for you. "
         "The remaining balance of $1,450 is due on delivery.\n\nThanks again,\nCal\nWillamette Woodworks",
         "Hi, any update on the walnut bookcase? We're hoping it's done before my in-laws visit at the end of "
         "September. Thanks, Jenna",
         "2036-08-29T10:00:00-07:00", "America/Los_Angeles", "en-US", ["weekday-mismatch"]),
    # 20: Mumbai tailor; 14 September 2036 is a Sunday.
    case("Dear Arjun,\n\nThank you for your message. Our master tailor Mr Qureshi can do your trial fitting "
         "on ⟦Monday, 14.09.2036⟧ at 11:30 am at our Bandra shop. The alterations will be ready two days "
         "after the fitting, well before the wedding. Charges for the sleeves and waist together come to "
         "₹1,800.\n\nRegards,\nFarah\nNoor Tailors & Alterations",
         "Hello, I need my sherwani altered for my cousin's wedding on 20th September. The sleeves are too "
         "long and it is loose at the waist. When can I come for fitting? Thanks, Arjun Mehta",
         "2036-08-30T19:20:00+05:30", "Asia/Kolkata", "en-GB", ["weekday-mismatch"]),
    # 21: Cotswolds wedding venue; 21 September 2036 is a Sunday.
    case("Dear Harriet and Tom,\n\nThank you so much for your enquiry. September is nearly full, but we still "
         "have ⟦Saturday the 21st⟧ free, with exclusive use of the mill and gardens from 11am until 11:30pm. "
         "A hold is free for 14 days, after which we'd ask for a £2,000 deposit to secure it. I've attached "
         "our brochure and sample menus.\n\nWith best wishes,\nPenny\nThe Old Mill at Bibury",
         "Hello, we'd love to get married at the Old Mill in September. Is there any Saturday left? We're "
         "flexible on everything else. Many thanks, Harriet & Tom",
         "2036-04-10T11:00:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 22: Houston pest control; April 24, 2036 is a Thursday.
    case("Hi Dwayne,\n\nThanks for catching this early – swarmers in spring are a common sign of an active "
         "colony nearby. Our inspector, Luis, can be at your house on ⟦Wednesday, April 24th⟧ between 1 p.m. "
         "and 3 p.m. The inspection is free, and if we find activity we'll walk you through the treatment "
         "options before any work is done.\n\nBest,\nTammy\nBayou City Pest Control",
         "Hi, we're seeing termite swarmers around our back windows. Can you send someone to do an "
         "inspection? I'm home on Wednesdays. Thanks, Dwayne",
         "2036-04-15T06:10:00-05:00", "America/Chicago", "en-US", ["weekday-mismatch"]),
    # 23: Wellington travel agent; 2 February 2037 is a Monday.
    case("Hi Graham and Liz,\n\nLovely to hear from you both! I've booked the Fiordland cruise departing Port "
         "Chalmers on ⟦Sunday 2 February 2037⟧, returning five nights later. Your balcony cabin is on deck 8, "
         "and the fare of $4,980 per person includes all meals and shore excursions. Final payment is due by "
         "Friday 9 January 2037.\n\nKind regards,\nAnna\nHarbour Capital Travel",
         "Hi Anna, we'd like to book the Fiordland cruise package you showed us, the one leaving in early "
         "February. Can you confirm the details? Cheers, Graham and Liz",
         "2036-12-19T12:30:00+13:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 24: Halifax frame shop; November 12, 2036 is a Wednesday.
    case("Hi Margaret,\n\nThank you for trusting us with your mother's watercolor – it's a lovely piece. We've "
         "cut the mat in a soft ivory, and the walnut molding is on its way from our supplier. Your frame will "
         "be ready to pick up on ⟦Thurs., Nov. 12⟧, and we're open until 6 p.m. that day. The balance is "
         "$185.\n\nWarm wishes,\nJoanne\nNorthwest Arm Framing",
         "Hello, I dropped off my late mother's watercolor last week for framing. Do you know when it will be "
         "ready? Thank you, Margaret",
         "2036-10-30T14:45:00-03:00", "America/Halifax", "en-US", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Cork hairdresser; September has 30 days (the client wants the day before 1 October).
    case("Hi Clodagh,\n\nThanks for getting in touch! We've put you in with Megan on ⟦31 September⟧ at 2pm for "
         "a full colour and cut, which will have you looking fresh for the awards. Please allow two and a half "
         "hours, and let us know if you'd like a blow-dry added on.\n\nSee you then,\nEimear\nKinsale Road "
         "Hair Co.",
         "Hi, I need a colour and cut before a work awards night at the start of October, ideally the day "
         "before. The awards are on the 1st. Thanks, Clodagh",
         "2036-09-10T12:00:00+01:00", "Europe/Dublin", "en-GB", ["impossible-date"]),
    # 26: Perth 4WD hire; 2037 is not a leap year.
    case("Hi Dave,\n\nThanks for your enquiry. A Toyota Prado would be ideal for the run up to Exmouth, and I "
         "can hold one for you from Friday 20 February 2037 to ⟦29 February 2037⟧. The rate works out at "
         "$1,140 for the nine days, including unlimited kilometres and roadside assistance. Let me know if "
         "you'd like me to lock it in.\n\nCheers,\nShane\nSwan Valley 4WD Hire",
         "Hi, I'd like to hire a 4WD for a trip up to Exmouth at the end of February next year, for about 10 "
         "days. What would it cost? Thanks, Dave",
         "2036-11-16T10:30:00+08:00", "Australia/Perth", "en-GB", ["impossible-date"]),
    # 27: Boston bookshop; April has 30 days.
    case("Hi Denise,\n\nWe'd be delighted to host your book club! The reading room is free on ⟦April 31st⟧ "
         "from 6:30 p.m. to 9 p.m., and there's no charge if the group buys its next title through us. We'll "
         "set out coffee and cookies, too.\n\nAll best,\nTheo\nBeacon Hill Bookseller",
         "Hi! My book club would like to hold our April meeting in your reading room. Is the last evening of "
         "April available? There'd be about 12 of us. Thanks, Denise",
         "2036-03-27T09:30:00-04:00", "America/New_York", "en-US", ["impossible-date"]),
    # 28: Delhi travel agent; November has 30 days.
    case("Dear Mr Sharma,\n\nThank you for your booking request. We have reserved two AC chair car seats on the "
         "Shatabdi for your parents, departing New Delhi on ⟦31/11/2036⟧ at 6:10 am, with the return from "
         "Jaipur a week later. The total fare including our service charge is ₹4,860. Kindly confirm the "
         "passengers' ages so we can issue the tickets.\n\nRegards,\nAnkita\nSafar Tours & Travels",
         "Dear Sir, please book return train tickets Delhi to Jaipur for my parents for end of November. They "
         "want to travel on the last day of the month and come back after one week. Regards, Nikhil Sharma",
         "2036-10-21T16:40:00+05:30", "Asia/Kolkata", "en-GB", ["impossible-date"]),
    # 29: Austin plumber; June has 30 days.
    case("Hi Courtney,\n\nA leak from the bottom of the tank usually means it's rusted through, so replacing "
         "it is the right call. We have a 50-gallon unit in stock and can install it on ⟦6/31⟧, before you "
         "leave, starting at 8 a.m. Installation and haul-away of the old heater come to $1,690.\n\nThanks,\n"
         "Rudy\nLone Star Plumbing Co.",
         "Hey, our water heater is 14 years old and leaking from the bottom. Can we get a replacement "
         "scheduled? We leave on vacation July 1. Thanks, Courtney",
         "2036-06-20T07:15:00-05:00", "America/Chicago", "en-US", ["impossible-date"]),
    # 30: Durban furniture maker; June has 30 days.
    case("Dear Mr Pillay,\n\nThank you for thinking of us. A stinkwood coffee table of 1200 x 600 mm takes "
         "about six weeks in the workshop, so we can have it delivered to your new home on ⟦31.06.2036⟧. The "
         "quote is R14 500, with half payable as a deposit when you approve the drawings.\n\nKind regards,\n"
         "Sibusiso\nBerea Furniture Makers",
         "Good day, can you make a custom stinkwood coffee table for our new house? We move in at the end of "
         "June. Kind regards, Anand Pillay",
         "2036-05-16T13:00:00+02:00", "Africa/Johannesburg", "en-GB", ["impossible-date"]),
    # 31: Vancouver wedding venue; February has no 30th.
    case("Hi Jordan and Casey,\n\nCongratulations – what an exciting plan! We have our glass conservatory "
         "available for an intimate ceremony on ⟦February 30th⟧ at 3 p.m., with an officiant and a bottle of "
         "BC sparkling wine included in our elopement package. The package is $1,950, and we'd need a $500 "
         "deposit to hold the date.\n\nCheers,\nMaren\nCedar Point Gardens",
         "Hi, we're eloping (!) and want a small ceremony at the end of next month, just the two of us plus our "
         "photographer. Do you have anything late in February? Thanks, Jordan & Casey",
         "2036-01-26T10:00:00-08:00", "America/Vancouver", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Glasgow car hire, written on Wednesday 5 March.
    case("Hi Euan,\n\nSorry about that – our check-in team missed the fuel reading when you dropped the car off "
         "on Saturday 1 March. I've cancelled the fuel charge, and the £68 will be back on your card by "
         "⟦Monday 3 March⟧. I've also added a note to your account so it doesn't happen again.\n\n"
         "All the best,\nKirsty\nClydeside Car & Van Hire",
         "Hi, I returned the car on Saturday with a full tank but I've been charged £68 for fuel. Please can "
         "you sort this out? Thanks, Euan",
         "2036-03-05T15:30:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 33: Kilkenny wedding venue, written on Wednesday 2 July.
    case("Hi Róisín,\n\nCongratulations to you both! Our early-booking offer gives 10% off the venue hire for "
         "2037 weddings, and it's open to couples who book a viewing by ⟦30 June⟧. I'd be happy to show you "
         "around on Saturday 5 July at 11am, so just let me know if that works. Our 2037 brochure is attached "
         "in the meantime.\n\nWarm wishes,\nMairéad\nNore Valley House",
         "Hello, we're getting married in May 2037 and saw your early-booking offer on Instagram. Is it still "
         "available? We'd like to book a viewing. Thanks, Róisín",
         "2036-07-02T10:00:00+01:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 34: Leeds plumber, written on Monday 18 August.
    case("Hi Pauline,\n\nSorry for leaving things half done – we were waiting on a replacement valve from the "
         "merchant. It has now arrived, so Dan will be back to finish the radiator and refit the floorboards "
         "on ⟦14/08/2036⟧. He'll bleed the system afterwards and check the rest of the radiators are heating "
         "evenly.\n\nThanks,\nKeith\nAire Valley Heating & Plumbing",
         "Hi, the new radiator in the back bedroom still isn't connected and the floorboards are up. When are "
         "you coming back? Thanks, Pauline",
         "2036-08-18T08:20:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 35: Minneapolis frame shop, written on Thursday, September 11.
    case("Hi Kevin,\n\nThanks for checking in. Your diploma is matted and the glass is cut, and it will be ready "
         "for pickup on ⟦Tuesday, September 9⟧. We went with the UV-protective glass you asked for, so the "
         "balance is $212.\n\nThanks,\nBeth\nLake Street Frame Works",
         "Hi there, I left my diploma with you for framing on the 2nd. Is it done yet? Thanks, Kevin",
         "2036-09-11T11:50:00-05:00", "America/Chicago", "en-US", ["past-date"]),
    # 36: Sydney accountant, written on Sunday 20 January.
    case("Hi Tom,\n\nYou're welcome – it was a straightforward quarter. Our invoice for $660 is attached, and "
         "it needs to be paid by ⟦15 January⟧ so we can close off the December quarter. You can pay by bank "
         "transfer using the BSB and account number on the invoice.\n\nThanks,\nMei\nLin & Partners "
         "Accounting",
         "Hi Mei, thanks for doing our BAS. How much do we owe you and when do you need it by? Cheers, Tom",
         "2036-01-20T20:15:00+11:00", "Australia/Sydney", "en-GB", ["past-date"]),
    # 37: Dublin bookshop, written on Monday 7 April.
    case("Hi Aisling,\n\nThanks for your patience! The signed copies are on their way from the publisher, and "
         "yours will arrive in the shop on ⟦Friday 4 April⟧. We'll send you a text as soon as it's in, and "
         "we'll keep it behind the till for a fortnight.\n\nAll the best,\nConor\nLiffey Street Books",
         "Hi, I ordered a signed copy of Deirdre Foley's new novel. Any news on when it'll be in? Thanks, "
         "Aisling",
         "2036-04-07T09:00:00+01:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 38: Christchurch vet, written on Friday 5 December.
    case("Hi Reuben,\n\nGreat to hear Mango is healing well 🐱 Her stitches will come out at her recheck on "
         "⟦2 December⟧, and the nurse will also weigh her and check the wound. There's no charge for the "
         "recheck, as it's included in the surgery fee.\n\nCheers,\nHana\nAvon River Vets",
         "Hi, Mango's stitches are looking good. When does she need to come back to have them out? Thanks, "
         "Reuben",
         "2036-12-05T17:30:00+13:00", "Pacific/Auckland", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London physio to a patient just moved from Ohio: 8 September (UK) or August 9 (US), both ahead.
    case("Hi Taylor,\n\nWelcome to London, and thanks for getting in touch. Our shoulder specialist, Rhys, can "
         "see you for an initial assessment on Monday 12 May at 4:15pm, and we'll book your post-op review "
         "with him for ⟦08/09/2036⟧. Please bring your surgical notes and any exercise sheets from your "
         "physical therapist back home.\n\nBest wishes,\nNadia\nKennington Physio Clinic",
         "Hi, I've just moved to London from Columbus, Ohio for work and I need to continue physio for my "
         "shoulder after surgery. My surgeon wants a review around 3-4 months post-op. Can you help? Thanks, "
         "Taylor",
         "2036-05-06T14:20:00+01:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"]),
    # 40: Seattle travel agent to a customer in Sydney: May 3 (US) or 5 March (AU), both ahead.
    case("Hi Fiona,\n\nGreat choice – the Inside Passage is stunning early in the season, and the ships are "
         "quieter. The earliest sailing with a balcony cabin left departs Seattle on ⟦5/3/2036⟧ for seven "
         "nights, at $2,890 per person. I'd suggest flying in two days before so you have time to recover "
         "from the long flight.\n\nBest,\nBen\nEmerald City Cruise & Travel",
         "Hi Ben, we're in Sydney and keen to do the Alaska Inside Passage cruise this northern spring, flying "
         "into Seattle first. What's the earliest sailing you can get us on? Cheers, Fiona",
         "2036-02-16T09:00:00-08:00", "America/Los_Angeles", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Australia/Sydney"),
    # 41: Toronto tailor to a client just moved from Manchester: July 8 or 7 August, both ahead.
    case("Hi Callum,\n\nWelcome to Toronto! We can definitely help with the suits. Please come in for a "
         "fitting on ⟦07/08/2036⟧ at 10 a.m., and we'll have both suits altered within a week after that. "
         "Taking in the jacket and pants runs $95 per suit.\n\nThanks,\nSal\nQueen West Tailoring",
         "Hiya, I've just relocated to Toronto from Manchester and I need two suits taken in before I start "
         "my new job at the end of July. Could you fit me in? Ta, Callum",
         "2036-06-27T17:30:00-04:00", "America/Toronto", "en-US", ["ambiguous-numeric-date"]),
    # 42: Mumbai tax consultant to a client in San Francisco: 6 April (IN) or June 4 (US), both ahead.
    case("Dear Sneha,\n\nThank you for choosing us for your filing. Please upload the rent agreement, your Form "
         "26AS and the bank interest certificates to our portal by ⟦06-04-2036⟧, so we have enough time to "
         "prepare the computation. Our fee for an NRI return with rental income is ₹7,500, payable once the "
         "return is filed.\n\nRegards,\nRohan Kulkarni\nKulkarni & Desai, Chartered Accountants",
         "Hi Rohan, I'm an NRI living in San Francisco and need to file my Indian tax return for rental income "
         "from my flat in Pune. What's the deadline for documents? Thanks, Sneha",
         "2036-03-15T11:00:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 43: Auckland car hire to a couple in Dallas: 11 December (NZ) or November 12 (US), both ahead.
    case("Hi Hank,\n\nThanks for getting in touch! I've put a Toyota Highlander on hold for you, collecting "
         "from Auckland Airport on ⟦11/12/2036⟧ and returning three weeks later. The rate is NZ$2,310 "
         "including full insurance, and there's no charge for a second driver. Let me know if you'd like a "
         "GPS or a chilly bin added.\n\nCheers,\nTane\nKiwi Trails Rentals",
         "Hey there, my wife and I are flying from Dallas to Auckland for a 3 week road trip later this year. "
         "We'd like a campervan or a big SUV from the airport. What have you got? Thanks, Hank",
         "2036-10-09T13:40:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Boston rare-books shop to a customer in Dublin: October 9 (US) or 10 September (IE), both ahead.
    case("Hi Eimear,\n\nThank you for your order – it's a beautiful copy, and the dust jacket is in excellent "
         "shape for its age. We'll ship it by insured airmail, and it should reach you in Dublin by "
         "⟦10/9/2036⟧, in good time for the birthday. Shipping to Ireland is $48, and we'll email the tracking "
         "number once it's on its way.\n\nBest regards,\nHoward\nCommonwealth Rare Books",
         "Hello, I'm ordering a first edition from your rare books list for my husband's birthday, shipping "
         "to Dublin. Will it get here in time for the 12th of October? Many thanks, Eimear",
         "2036-08-10T10:30:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/Dublin"),
    # 45: Cape Winelands wedding venue to a couple in Denver: 2 March (ZA) or February 3 (US), both ahead.
    case("Hi Kayla and Drew,\n\nHow exciting – the Winelands are at their best in late summer! Our events "
         "manager can host a site visit and tasting lunch for you on ⟦02/03/2036⟧, which gives you plenty of "
         "time to book flights. The visit is complimentary, and we can recommend a guesthouse nearby if you'd "
         "like to stay over.\n\nWarm regards,\nMarelize\nRooihoek Estate",
         "Hi! We're a couple from Denver planning a destination wedding in the Winelands. We'd love to fly "
         "over and see the venue in person before we book. When could we visit? Best, Kayla & Drew",
         "2036-01-11T16:00:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-numeric-date"]),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London travel agent to Toronto on the Sunday the UK leaves summer time; the gap is 4 hours until 2 November.
    case("Dear Deborah,\n\nThank you for getting in touch – Kenya is a wonderful choice for a family with "
         "teenagers. I've pencilled in a call with our East Africa specialist, Amara, for Thursday 30 October "
         "at ⟦4pm⟧, and she'll ring the number on your enquiry form. Before then, it would help to know your "
         "rough budget and whether you'd like to add a few days on the coast.\n\nKind regards,\nSimon\n"
         "Meridian Journeys",
         "Hello, I'd like to talk through options for a family trip to Kenya next summer – two adults, two "
         "teens. Could we have a call next week? Regards, Deborah",
         "2036-10-26T12:15:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 47: Perth vet to a client on holiday in Sydney (3 hours ahead in January).
    case("Hi Chloe,\n\nSorry to hear Pixel is uncomfortable – ear mites or a yeast infection are the usual "
         "culprits. Dr Singh can do a video consult on Monday 7 January at ⟦2:30pm⟧, and he'll send you a "
         "link by text beforehand. If he needs to prescribe drops, we can arrange them through a clinic near "
         "you in Sydney.\n\nCheers,\nJade\nCottesloe Vet Hospital",
         "Hi, we're on holiday in Sydney with our cat Pixel and she's been scratching her ears non-stop. Can "
         "Dr Singh do a video consult since he knows her history? Thanks, Chloe",
         "2036-01-03T09:30:00+08:00", "Australia/Perth", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Sydney"),
    # 48: Cape Town wedding venue to a couple based in London (known only from the thread).
    case("Hi Priya and James,\n\nOf course! I've set up a video call for Thursday 18 December at ⟦6pm⟧ with me "
         "and our head chef, Sipho, so we can go through the menu and the seating plan together. I'll send "
         "the link and a draft floor plan the day before.\n\nWarm regards,\nZanele\nRooihoek Estate",
         "Hi Zanele, we're based in London and would love a video call to go through the catering and the "
         "seating plan for our March wedding. Evenings are best for us. Thanks, Priya & James",
         "2036-12-13T11:00:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"]),
    # 49: Vancouver accountant to a client in Calgary (an hour ahead).
    case("Hi Shauna,\n\nThanks for pulling everything together. I've booked a phone appointment for Monday, "
         "April 7 at ⟦10am⟧, and I'll call the cell number we have on file. Please upload the T4s and RRSP "
         "receipts to the portal beforehand so I can review them.\n\nBest,\nGord\nKitsilano Tax & "
         "Bookkeeping",
         "Hi Gord, I've got my T4s and RRSP receipts together. Can we go over my return by phone sometime next "
         "week? Mornings are easiest. Thanks, Shauna",
         "2036-04-02T15:00:00-07:00", "America/Vancouver", "en-US", ["missing-timezone"],
         recipient_timezone="America/Edmonton"),
    # 50: New York bookstore to a customer in Los Angeles (3 hours behind).
    case("Hi Rachel,\n\nThanks so much for your interest 📚 We'll be streaming the conversation with Natalie "
         "Osei on our YouTube channel on Thursday, May 29, starting at ⟦7:30pm⟧. If you order the book from "
         "our website before the event, Natalie will sign it afterward and we'll ship it to you in Los "
         "Angeles.\n\nHappy reading,\nMiles\nHudson & Vine Books",
         "Hi! I live in LA so can't make the author talk in person, but I saw you're streaming it. When does "
         "it start, and can I still get a signed copy? Thanks, Rachel",
         "2036-05-25T12:30:00-04:00", "America/New_York", "en-US", ["missing-timezone"],
         recipient_timezone="America/Los_Angeles"),
    # 51: Kolkata tailor to a client in Kathmandu (known only from the thread; 15 minutes ahead).
    case("Dear Sunita ji,\n\nThank you for your message, and congratulations on your daughter's wedding. Our "
         "designer Ritu can do a video call with you on Friday, 22 February at ⟦11am⟧ to go through fabrics "
         "and embroidery options. Please keep a few reference pictures ready, and we will share our swatch "
         "catalogue on WhatsApp before the call.\n\nWarm regards,\nMoumita\nGariahat Couture",
         "Namaste, I am in Kathmandu and will come to Kolkata for my daughter's wedding in March. Can we do a "
         "video call to discuss the lehenga design before I travel? Regards, Sunita Shrestha",
         "2036-02-17T18:10:00+05:30", "Asia/Kolkata", "en-GB", ["missing-timezone"]),
    # 52: Adelaide furniture maker to Brisbane after South Australia's clocks went forward (30 minutes apart).
    case("Hi Marcus,\n\nThanks for your interest in our work. I'd love to talk you through the jarrah options "
         "and our oil and lacquer finishes – would a call on Wednesday 22 October at ⟦10:30am⟧ suit you? I'll "
         "also email a few photos of king beds we've made recently, so you can see the grain.\n\nCheers,\n"
         "Ben\nTorrens Timber Co.",
         "Hi, we'd like a quote for a custom jarrah bed frame, king size. Could we have a quick call to talk "
         "about finishes? Thanks, Marcus",
         "2036-10-20T10:00:00+10:30", "Australia/Adelaide", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Brisbane"),
    # 53: Auckland hairdresser to Sydney in the week New Zealand has changed its clocks and Australia has not (3 hours).
    case("Hi Anahera,\n\nHow lovely to hear from you 💇‍♀️ I'd be stoked to do the bridal party's hair! Let's "
         "have a video chat on Thursday 2 October at ⟦5pm⟧, and feel free to send me a few photos of styles "
         "you like before then.\n\nNgā mihi,\nMere\nPonsonby Hair Lounge",
         "Hi Mere, I'm flying home to Auckland for my sister's wedding in November and want you to do our "
         "hair on the day. Can we chat about styles over video before I book flights? I'm in Sydney. Thanks, "
         "Anahera",
         "2036-09-28T12:00:00+13:00", "Pacific/Auckland", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Sydney"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London travel agent in December (GMT; 3pm GMT is 7pm in Dubai).
    case("Hi Omar,\n\nThanks for your message – the Maldives is a perfect honeymoon choice. How about a call on "
         "Friday 12 December at 3pm ⟦BST⟧ (7pm in Dubai)? I'll walk you through three resorts within your "
         "budget and the seaplane transfer options.\n\nBest wishes,\nLucy\nMeridian Journeys",
         "Hi, can we do a quick call about the Maldives honeymoon package? I'm working in Dubai, so anything "
         "after 6pm my time is best. Thanks, Omar",
         "2036-12-10T10:40:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"],
         recipient_timezone="Asia/Dubai"),
    # 55: New York tax preparer in January (EST; 11am EST is 10am in Chicago).
    case("Hi Jamal,\n\nTry not to worry – most of these letters are simple matching notices that can be "
         "resolved with a short reply. Let's talk on Thursday, January 24 at 11am ⟦EDT⟧, which is 10am for "
         "you in Chicago. Please scan the letter and send it over before the call so I can look at it "
         "first.\n\nBest,\nMarisa\nWhitfield & Osei Tax Services",
         "Hi Marisa, I got a letter from the IRS about my 2034 return and I'm freaking out a bit. Can we talk "
         "soon? Thanks, Jamal",
         "2036-01-19T09:45:00-05:00", "America/New_York", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Chicago"),
    # 56: Melbourne physio in January (AEDT; 4pm AEDT is 1pm in Perth).
    case("Hi Lachlan,\n\nOf course – Hannah is happy to keep working with you via telehealth. Your next "
         "session is booked for Thursday 31 January at 4pm ⟦AEST⟧, which is 1pm in Perth, and she'll send the "
         "video link that morning. Please have a resistance band and a chair nearby.\n\nCheers,\nTess\n"
         "Fitzroy Physio & Rehab",
         "Hi, I've moved to Perth for work but would like to keep doing my rehab sessions with Hannah over "
         "video if that's possible. Thanks, Lachlan",
         "2036-01-26T08:00:00+11:00", "Australia/Melbourne", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Perth"),
    # 57: Queenstown wedding venue in July (NZST; 8am NZST on Saturday is 9pm BST on Friday).
    case("Hi Ella and Matt,\n\nLovely – it's nearly time 💍 Let's do the final call at 8am ⟦NZDT⟧ on Saturday "
         "26 July, which is 9pm on Friday 25 July for you in London. I'll have the updated run sheet and the "
         "final menu ready to share on screen.\n\nNgā mihi,\nSophie\nWakatipu Lodge Weddings",
         "Hi Sophie, we're ready to sign off on the final menu and the timeline for the day. Could we do one "
         "last video call this weekend? Evenings suit us best in London. Cheers, Ella & Matt",
         "2036-07-24T21:10:00+12:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"],
         recipient_timezone="Europe/London"),
    # 58: Phoenix pest control in July (Arizona keeps MST; 9am MST is 10am MDT in Denver).
    case("Hi Greg,\n\nThanks for letting us know – scorpions are common in Mesa garages this time of year, and a "
         "perimeter treatment plus sealing the gaps usually takes care of it. Our tech, Ramon, will meet your "
         "tenant at the property on Thursday, July 10 at 9am ⟦MDT⟧, which is 10am your time in Denver. He'll "
         "call you once the inspection is done to go over what he found.\n\nThanks,\nYolanda\n"
         "Saguaro Pest Solutions",
         "Hi, I own a rental in Mesa and my tenant says there are scorpions in the garage. I live in Denver so "
         "I can't be there – can you coordinate with her and call me after? Thanks, Greg Hollis",
         "2036-07-06T06:45:00-07:00", "America/Phoenix", "en-US", ["zone-mismatch"],
         recipient_timezone="America/Denver"),
    # 59: Los Angeles car rental in September (Pacific Daylight Time).
    case("Hi Nathan,\n\nThanks for booking with us! Your convertible will be ready at our LAX shuttle lot from "
         "10:00 a.m. ⟦Pacific Standard Time⟧ on Wednesday, September 3, and the shuttle runs from the arrivals "
         "level every 15 minutes. Please bring the credit card used for the booking and your Australian "
         "license.\n\nCheers,\nDiego\nSunset Strip Auto Rentals",
         "Hi, our flight from Sydney lands at LAX on 3 September. What time can we collect the convertible? "
         "Cheers, Nathan",
         "2036-08-15T22:30:00-07:00", "America/Los_Angeles", "en-US", ["zone-mismatch"],
         recipient_timezone="Australia/Sydney"),
    # 60: Adelaide bookshop in February (ACDT; 7pm ACDT is 7:30pm in Sydney).
    case("Hi Josie,\n\nThanks for your interest 🔎 The online launch is on Thursday 7 February at 7pm ⟦ACST⟧, "
         "which is 7:30pm in Sydney, and you can register through the link on our website. Signed copies can "
         "be ordered until the end of the event.\n\nCheers,\nRuby\nRundle Mall Books",
         "Hi, I'm in Sydney but I'd love to join the online launch for Meg Tran's new crime novel. What time "
         "does it start over here? Thanks, Josie",
         "2036-02-01T12:00:00+10:30", "Australia/Adelaide", "en-GB", ["zone-mismatch"],
         recipient_timezone="Australia/Sydney"),
]

NEGATIVES = [
    # 01: Auckland vet; times with am/pm, a matching weekday, a 24/7 line, and a numeric date writer and reader both read day-first.
    case("Hi Tama,\n\nA bit of grogginess for a day or two after a general anaesthetic is normal, especially in "
         "older dogs. Give her the pain relief we sent home every 12 hours with food, and offer small amounts "
         "of water often. Her check-up is booked for Thursday 20 March at 4:40pm with Dr Ngata, and her annual "
         "vaccination falls due on 04/09/2036. If she won't eat or seems worse, ring our 24/7 emergency line "
         "on 09 555 0142.\n\nKind regards,\nAlesha\nMt Eden Animal Hospital",
         "Hi, Rosie (our lab) had her dental yesterday and she's still groggy. Is that normal, and when's her "
         "check-up? Thanks, Tama",
         "2036-03-15T10:10:00+13:00", "Pacific/Auckland", "en-GB"),
    # 02: Belfast plumber; "half past seven in the morning", a weekday that matches, and a 3/4 inch fitting.
    case("Hi Ciarán,\n\nGood man for getting the stopcock off so quickly. Declan will be with you on Monday 14 "
         "January at half past seven in the morning, before he heads on to his next job. He'll replace the "
         "split section with 15mm copper and fit a new tap on a 3/4 inch compression fitting, plus an "
         "insulated cover so it doesn't happen again. Expect the job to come in at around £120.\n\nCheers,\n"
         "Stephen\nLagan Plumbing & Heating",
         "Hiya, the outside tap froze and split overnight. I've turned the water off at the stopcock. Can you "
         "come out on Monday? Cheers, Ciarán",
         "2036-01-12T08:05:00+00:00", "Europe/London", "en-GB"),
    # 03: Johannesburg hair salon; a full am/pm range and "noon".
    case("Hi Naledi,\n\nCongrats on your matric dance! Knotless braids take our stylists around five hours, so "
         "we'd book you in on Thursday 4 December from 8am to 1pm, the day before the dance. If you'd like a "
         "consultation first, Zodwa is free on Saturday 29 November at noon. Please come with your hair "
         "washed and blow-dried.\n\nLots of love,\nThembi\nCrown & Coil Salon",
         "Hi, I'd like braids for my matric dance. The dance is on 5 December. How long does it take and when "
         "can you do it? Thanks, Naledi",
         "2036-11-22T16:20:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 04: Lake District wedding venue; 29 February 2036 exists and is a Friday.
    case("Hi Freya and Sam,\n\nWhat a fun idea – you'll only have a true anniversary every four years! Friday 29 "
         "February 2036 is still free, and as it's a winter weekday, our off-peak rate of £6,500 applies. We "
         "can hold it for you until Friday 18 January while you decide.\n\nWarmest wishes,\nRachel\n"
         "Brackenfell Hall",
         "Hi! We'd love to get married on a leap day – is 29 February this year free at all? It's a Friday I "
         "think. Thanks, Freya & Sam",
         "2036-01-09T11:30:00+00:00", "Europe/London", "en-GB"),
    # 05: Sydney airport car hire; Friday the 13th (it is a Friday), 24-hour times, a terminal and a flight number.
    case("Hi Zoe,\n\nDon't worry, Friday the 13th hasn't jinxed a booking yet! Our desk in Terminal 2 opens at "
         "05:30, so your car will be ready when QF409 lands at 07:20 on Friday 13 June. It's due back by 18:00 "
         "on Monday 16 June, and late returns are charged at $35 an hour.\n\nCheers,\nBrodie\nMascot Car Hire",
         "Hi, I'm flying in on QF409 from Melbourne on Friday the 13th (lucky me!) and landing at 7:20am. Can I "
         "pick up the car straight away? Thanks, Zoe",
         "2036-06-02T14:45:00+10:00", "Australia/Sydney", "en-GB"),
    # 06: Toronto bookstore; book 3, ages 9-12, a page count, a percentage and a full am/pm range.
    case("Hi Mireille,\n\nWe have two copies of book 3 on the shelf, and I've set one aside for you under your "
         "name. Our next kids' book club for ages 9-12 meets on Saturday, November 22 from 10:30 a.m. to 11:30 "
         "a.m., and this month's pick is a 212-page adventure he might enjoy. Club members get 10% off that "
         "month's book.\n\nBest,\nAnil\nBloor Street Books",
         "Hi, my son is 10 and flew through the first two books in the Starlight Voyagers series. Do you have "
         "book 3, and is there a kids' event coming up? Thanks, Mireille",
         "2036-11-16T11:20:00-05:00", "America/Toronto", "en-US"),
    # 07: Hobart furniture maker; dimensions, a lead time in weeks and a matching weekday.
    case("Hi Bridget,\n\nAbsolutely, we can make the table at 1800 x 900 mm with the same tapered legs. Our "
         "current lead time is 8-10 weeks, so we'd aim to have it finished by Thursday 11 December, in time "
         "for Christmas. The price for the shorter size is $4,200, finished with two coats of hardwax oil 🌲 "
         "We'd need a 30% deposit to start.\n\nCheers,\nAngus\nHuon Valley Joinery",
         "Hello, we'd like the Huon pine dining table from your website, but 1.8 m long instead of 2 m. Is "
         "that possible and how long would it take? Thanks, Bridget",
         "2036-10-08T16:00:00+11:00", "Australia/Hobart", "en-GB"),
    # 08: Auckland travel agent; a flight across the date line that lands on the same Saturday it leaves.
    case("Hi Kiri,\n\nYou're not the first to be puzzled – crossing the date line does that! Your flight leaves "
         "Auckland at 9:45pm NZST on Saturday 14 June and lands in Honolulu at 8:15am HST on the same Saturday, "
         "14 June, about eight and a half hours later. Check-in at your hotel is from 3pm Honolulu time, but "
         "they've agreed to store your bags if you arrive early.\n\nNgā mihi,\nRangi\nWaitematā Travel",
         "Hi Rangi, can you confirm our flight times to Hawaii? I'm confused because it looks like we arrive "
         "before we leave! Thanks, Kiri",
         "2036-04-28T10:00:00+12:00", "Pacific/Auckland", "en-GB"),
    # 09: Galway physio to a postdoc just over from Boston; 23/04/2036 cannot be read month-first.
    case("Hi Jordan,\n\nWelcome to Galway, and sorry to hear about your back. We have an appointment with Eoin "
         "on 23/04/2036 at 5:15pm, and the first session is a 45-minute assessment. It's €70, and many Irish "
         "health insurers cover part of it, so keep your receipt.\n\nBest,\nSorcha\nSalthill Physiotherapy",
         "Hi, I just moved here from Boston for a postdoc at the university and my lower back has been acting "
         "up since the flight. Can I get an appointment? Thanks, Jordan",
         "2036-04-11T09:50:00+01:00", "Europe/Dublin", "en-GB"),
    # 10: Wellington framer; A3, 8x10 and a matching weekday.
    case("Hi Sione,\n\nThanks for bringing them in! For a set like this I'd suggest the same thin black oak frame "
         "on all four pieces, with a white mat on the 8x10 photos and the A3 poster floated. The total comes "
         "to $465 including UV glass. They'll be ready to pick up on Tuesday 19 August from 10am.\n\n"
         "Ka kite,\nWiremu\nCuba Street Framing",
         "Kia ora, I've got an A3 concert poster and three 8x10 photos I'd like framed to match. What would you "
         "suggest? Thanks, Sione",
         "2036-08-07T15:30:00+12:00", "Pacific/Auckland", "en-GB"),
    # 11: Dublin tailor; past dates told in the past tense, then a future date that matches its weekday.
    case("Hi Pádraig,\n\nThanks for checking. You left the coat with us on Saturday 13 December, and the new "
         "lining went in last Thursday, 18 December. It'll be pressed and ready to collect on Tuesday 23 "
         "December from 9:30am, a day before you head to Mayo. The balance is €85.\n\nNollaig shona,\nBríd\n"
         "Capel Street Tailors",
         "Hi, I dropped my coat in for relining on the 13th and I was told it'd be ready before Christmas. Is "
         "it done? I'm heading home to Mayo on Christmas Eve. Thanks, Pádraig",
         "2036-12-22T17:05:00+00:00", "Europe/Dublin", "en-GB"),
    # 12: Adelaide swim school; Level 4, ages 5-7, 25 m, and the five Saturdays left in term.
    case("Hi Renee,\n\nThanks for getting in touch! Swimming 10 m on their own puts them in our Level 4 class "
         "for ages 5-7, which runs on Saturdays at 8:45am in the 25 m pool. Term 2 finishes on Saturday 28 "
         "June, so they can join from Saturday 31 May for the last five lessons at a pro-rata fee of $95 "
         "each.\n\nCheers,\nKylie\nGlenelg Swim Academy",
         "Hi, my twins are 6 and can swim about 10 m on their own. Which class should they be in, and can they "
         "start this term? Thanks, Renee",
         "2036-05-24T08:30:00+09:30", "Australia/Adelaide", "en-GB"),
    # 13: Leicester pest control; an ISO date, a full am/pm range and "every 3 months".
    case("Hi Anita,\n\nSorry the mice are back – loft spaces are their favourite spot once the weather turns "
         "cold. I've booked your first visit for 2036-10-16 between 1pm and 3pm, and after that we'll come "
         "every 3 months to check the bait stations. The contract is £45 a visit, and any call-outs between "
         "visits are free.\n\nKind regards,\nGary\nSoar Valley Pest Control",
         "Hi, we've got mice in the loft again. Last time you came in June. Can you sort out a regular visit? "
         "Cheers, Anita",
         "2036-10-10T19:40:00+01:00", "Europe/London", "en-GB"),
    # 14: Sydney jeweller; "tomorrow" anchored to its date at noon, 18ct, ring sizes.
    case("Hi Hamish,\n\nCongratulations to you both 💎 Taking an 18ct white gold band down from N to L is a "
         "straightforward job, and we'll re-plate it with rhodium so it looks brand new. If you drop it in by "
         "2pm tomorrow, Friday 15 February, it'll be ready on Wednesday 20 February from 11am. The cost is "
         "$95.\n\nCheers,\nOlivia\nStrand Arcade Jewellers",
         "Hi, I proposed last weekend (she said yes!) but the ring is too big. It's 18ct white gold, size N and "
         "she needs an L. Can you resize it quickly? Thanks, Hamish",
         "2036-02-14T12:00:00+11:00", "Australia/Sydney", "en-GB"),
    # 15: London accountant; the 2036/37 tax year and its real deadlines.
    case("Hi Chidi,\n\nCongratulations on going freelance! Your first self-employed income falls in the 2036/37 "
         "tax year, which runs from 6 April 2036 to 5 April 2037. You'll need to register with HMRC by 5 "
         "October 2037, and your first online return and payment will be due by 31 January 2038. We can "
         "handle both for a fixed fee of £450 a year.\n\nBest wishes,\nAdaeze\nOkoro & Lamb Accountants",
         "Hi, I started freelancing in May. When do I need to register for Self Assessment and when is my first "
         "return due? Thanks, Chidi",
         "2036-09-04T10:15:00+01:00", "Europe/London", "en-GB"),
    # 16: Maine wedding venue to London in the weeks the US has changed its clocks and the UK has not (EDT, GMT, 4 hours).
    case("Hi Charlotte,\n\nWe'd love to chat! How about Thursday, March 20 at 1 p.m. EDT, which is 5 p.m. GMT "
         "for you in London? I'll have our caterer, Sam, join us so we can go over the lobster bake menu and "
         "the rain plan.\n\nBest,\nAbby\nPemaquid Point Barn",
         "Hi Abby, we're in London and would love a call to talk through the lobster bake reception. We're free "
         "most evenings UK time. Best, Charlotte",
         "2036-03-17T09:00:00-04:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
    # 17: Perth physio to Melbourne in winter (AWST and AEST, 2 hours).
    case("Hi Mitch,\n\nNo worries at all – Tash does plenty of online sessions. Your next one is on Thursday 31 "
         "July at 1pm AWST, which is 3pm AEST in Melbourne, and the link will be in your inbox an hour before. "
         "Keep up the calf raises in the meantime!\n\nCheers,\nCaitlin\nSubiaco Sports Physio",
         "Hi, I'm in Melbourne for a month for work. Can I keep doing my sessions with Tash online? Cheers, "
         "Mitch",
         "2036-07-29T08:20:00+08:00", "Australia/Perth", "en-GB", recipient_timezone="Australia/Melbourne"),
    # 18: Johannesburg safari agent to Berlin in July; no zone needed, both clocks read UTC+2.
    case("Dear Jonas,\n\nThank you for your enquiry – September is a great month for game viewing in Kruger, as "
         "the bush is dry and the animals gather at the waterholes. I'll phone you on Thursday 10 July at "
         "4:30pm to talk through lodges and dates. Please have your passport expiry dates to hand, as we'll "
         "need them for the booking.\n\nKind regards,\nLindiwe\nBushveld Horizons Travel",
         "Hallo, I am from Berlin and I want to book a safari in Kruger for my family in September. Can we "
         "speak by telephone this week? I am free after 4 in the afternoon. Best regards, Jonas Weber",
         "2036-07-09T14:00:00+02:00", "Africa/Johannesburg", "en-GB", recipient_timezone="Europe/Berlin"),
    # 19: Kolkata tailor to Colombo; no zone needed, both clocks read UTC+5:30.
    case("Dear Dilani,\n\nYes, both blazers are finished and pressed, and we have packed them with the two spare "
         "buttons. I will call you on Friday, 28 March at 10:00 am to confirm the courier details and your "
         "address. The courier charge to Colombo is ₹1,250.\n\nWith regards,\nSubhash\nNew Market Tailoring "
         "House",
         "Hello, I am in Colombo and I think my son's school blazer order is ready? Can you call me to arrange "
         "the courier? Thanks, Dilani",
         "2036-03-26T21:40:00+05:30", "Asia/Kolkata", "en-GB", recipient_timezone="Asia/Colombo"),
    # 20: Singapore car rental to Perth at 23:55 on a Sunday; full dates, and both clocks read UTC+8.
    case("Hi Kylie,\n\nYes, we still have a Honda Jazz available over New Year. Your booking runs from 3pm on "
         "Tuesday 30 December to 3pm on Saturday 3 January 2037, with collection at our Changi Airport counter "
         "in Terminal 3. The total is S$420, including insurance and ERP charges.\n\nBest regards,\nWei Ling\n"
         "Lion City Car Rental",
         "Hi, we land in Singapore from Perth on 30 December and want a car for 4 days over New Year. Is "
         "anything still available? Thanks, Kylie",
         "2036-12-28T23:55:00+08:00", "Asia/Singapore", "en-GB", recipient_timezone="Australia/Perth"),
    # 21: Dublin bookshop to a student in Lisbon in November; both clocks read UTC.
    case("Hi Inês,\n\nThanks for your interest – we're delighted to have readers joining from Lisbon! The "
         "reading starts at 7:30pm on Thursday 6 November and runs for about an hour, with questions at the "
         "end. You can register for free on our website, and the link will arrive by email on the day.\n\n"
         "Go raibh maith agat,\nFionn\nLiffey Street Books",
         "Olá, I would like to join the online poetry reading with Máire Ní Bhriain. At what hour it begins? "
         "Obrigada, Inês",
         "2036-11-04T11:00:00+00:00", "Europe/Dublin", "en-GB", recipient_timezone="Europe/Lisbon"),
    # 22: Denver pest control to a landlord in Saskatchewan in August; MDT and Regina's CST are both UTC-6.
    case("Hi Brenda,\n\nThanks for reaching out – we'll take care of it. Our technician Kyle will be at the "
         "Aurora property on Thursday, August 28 between 8 a.m. and 10 a.m., and he'll call you when he's done, "
         "likely around 10:30 a.m. Removing a nest under a deck is a flat $175.\n\nThanks,\nTrish\n"
         "Front Range Pest Pros",
         "Hi, I live in Saskatchewan but own a duplex in Aurora. The tenants say there are wasps nesting under "
         "the deck. Can someone deal with it and call me? Thanks, Brenda",
         "2036-08-26T15:30:00-06:00", "America/Denver", "en-US", recipient_timezone="America/Regina"),
    # 23: Apia travel agent to Pago Pago; same clock a day apart, so each time carries its place and date.
    case("Hi Losa,\n\nTalofa lava, and thank you for your booking. Your mother's ferry leaves Pago Pago at 11pm "
         "American Samoa time on Wednesday 24 September and arrives at Apia wharf at 6am Samoa time on Friday "
         "26 September, because the crossing goes over the date line. I've also reserved a room for her at the "
         "Harbour Lodge, a short walk from the wharf, from Friday 26 September for three nights.\n\n"
         "Fa'afetai,\nSina\nMulinu'u Travel",
         "Talofa, I want to book the ferry from Pago Pago to Apia for my mother next week for the family "
         "fa'alavelave. Please also check the hotel near the wharf. Fa'afetai, Losa",
         "2036-09-18T10:15:00+13:00", "Pacific/Apia", "en-GB", recipient_timezone="Pacific/Pago_Pago"),
    # 24: Mumbai salon at 00:10 on a Saturday; full dates, no relative days.
    case("Hi Pooja,\n\nThank you for writing in – we saw your message just now! Your sister's bridal hair trial "
         "is booked for Sunday, 4 May at 11:00 am with Shabnam, and the hair spa can follow at 1:30 pm. The "
         "trial is ₹3,500 and the hair spa is ₹2,200.\n\nWarm regards,\nZainab\nMirror Lane Salon, Andheri",
         "Hi, I want to book a hair spa for me and a bridal trial for my sister's wedding. Is Sunday possible? "
         "Thanks, Pooja",
         "2036-05-03T00:10:00+05:30", "Asia/Kolkata", "en-GB"),
    # 25: Orlando car rental to Manchester in December (EST and GMT, 5 hours).
    case("Hi Gareth,\n\nThanks for booking with us! Your minivan will be ready from 3 p.m. EST on Saturday, "
         "December 20, at our counter on Level 1 of the airport garage. If it helps to plan from home, 3 p.m. "
         "EST is 8 p.m. GMT in Manchester.\n\nHave a great trip,\nKeisha\nSunshine State Car Rental",
         "Hi, we're flying from Manchester to Orlando on 20 December and want a minivan. What time can we "
         "collect it? Cheers, Gareth",
         "2036-12-01T16:30:00-05:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
    # 26: Dublin jeweller to a visitor from Chicago who is in Dublin; 07/07/2036 reads the same both ways.
    case("Hi Mike,\n\nThanks for stopping by the window! Engraving a Claddagh ring takes us about a week, so if "
         "you order it by this Friday, 27 June, it'll be ready to collect on 07/07/2036, three days before you "
         "fly home. Engraving up to 20 characters is €35.\n\nSlán,\nDeclan\nDame Street Goldsmiths",
         "Hi, I'm visiting from Chicago and saw a Claddagh ring in your window that I'd like engraved for my "
         "wife. We're here in Dublin until the 10th of July. Can it be done in time? Thanks, Mike",
         "2036-06-23T16:40:00+01:00", "Europe/Dublin", "en-GB"),
    # 27: Calgary plumber; "nine o'clock in the morning" and "noon".
    case("Hi Darnell,\n\nThanks for the heads-up – a pilot that keeps going out is often a worn thermocouple, "
         "which is a quick fix. Our tech Janelle will be there on Tuesday, February 12 at nine o'clock in the "
         "morning, so she should be finished well before noon. The service call is $129, and a thermocouple "
         "is $45 installed.\n\nThanks,\nRoss\nChinook Plumbing",
         "Hi, the water heater pilot keeps going out. Can someone come Tuesday? I work from home until noon. "
         "Thanks, Darnell",
         "2036-02-10T19:15:00-07:00", "America/Edmonton", "en-US"),
    # 28: Cape Town travel agent; a payment told in the past tense, a 30 April that exists, a 24/7 line.
    case("Hi Kagiso,\n\nYes, thank you – your deposit of R12 000 reached our account on Friday 28 March, and "
         "I've sent you the receipt. The balance is due by Wednesday 30 April, and your travel documents will "
         "follow once it's paid. While you're away, our 24/7 emergency number is on the first page of your "
         "itinerary.\n\nKind regards,\nLindiwe\nBushveld Horizons Travel",
         "Hi Lindiwe, just checking you got the deposit for our Zanzibar trip? I paid last week. Regards, "
         "Kagiso",
         "2036-04-01T10:05:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 29: Toronto vet at 08:55 on a Monday; "this morning" the same day, a slot and a walk-in range with a.m./p.m.
    case("Hi Ana,\n\nPlease do bring her in – rabbits who stop eating need to be seen the same day. We've kept "
         "a slot for her at 11:20 a.m. this morning with Dr. Chen, and if that doesn't work, we also have "
         "walk-in hours from 2 to 4 p.m. Bring some of her usual hay and a list of anything new she's eaten."
         "\n\nTake care,\nNicole\nDanforth Animal Clinic",
         "Hi, our rabbit Clover has stopped eating since last night. Can we bring her in today? Thanks, Ana",
         "2036-03-10T08:55:00-04:00", "America/Toronto", "en-US"),
    # 30: Seattle barber; a matching weekday, a #2 guard, and 4/5 between a US shop and a US customer.
    case("Hey Tyrell,\n\nCongrats to your brother! We can fit you in on Saturday, March 22 at 8:40 a.m., which "
         "leaves plenty of time before the wedding. I've put you down for a skin fade with a #2 on top and a "
         "beard trim with a hot towel, $55 total. The 10% wedding-party discount covers the groomsmen too if "
         "they book by 4/5.\n\nSee you Saturday,\nDre\nCapitol Hill Barber Co.",
         "Hey, I need a fade and beard trim before my brother's wedding on Saturday the 22nd. Any chance you can "
         "squeeze me in that morning? Thanks, Tyrell",
         "2036-03-19T20:30:00-07:00", "America/Los_Angeles", "en-US"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
