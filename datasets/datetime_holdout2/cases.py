"""Tactful's second held-out date/time set: the cases, as Python data (build_datetime_holdout2.py reads them).

Flagged expressions are wrapped in ⟦ ⟧ in the draft; each positive lists, in order, the check each
mark is a case of. Every case carries the full context the checks need: ``now`` (ISO 8601 with the
offset its ``timezone`` had at that instant), ``timezone``, ``recipient_timezone`` where the
customer's zone is known, and ``locale`` (en-US or en-GB; the Australian and German senders write
under en-GB). The comment above each case gives the calendar facts it rests on; every weekday,
offset and clock change there was computed with Python's calendar and zoneinfo.

Apart from its marks, every date and time in a positive is meant to be complete and correct, so a
date/time suggestion anywhere else in a positive is a false positive.
"""


LDN, NYC, CHI, DEN, LAX = "Europe/London", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
SYD, PER, BNE, BER = "Australia/Sydney", "Australia/Perth", "Australia/Brisbane", "Europe/Berlin"
GB, US = "en-GB", "en-US"


def case(now, timezone, locale, text, thread, checks=(), recipient_timezone=None):
    c = {"now": now, "timezone": timezone, "locale": locale, "text": text, "thread": thread,
         "checks": list(checks)}
    if recipient_timezone:
        c["recipient_timezone"] = recipient_timezone
    return c


POSITIVES = [
    # ---------------------------------------------------------------- ambiguous-time
    # 01 boiler service. now Mon 11 Jan 2027 (GMT). Thu 14 Jan 2027 is a Thursday. The customer
    # works hospital shifts and offers "early or late": 7:30 am and 7:30 pm both fit.
    case("2027-01-11T10:05:00+00:00", LDN, GB,
         "Hi Priya,\n\nThanks for getting in touch about your annual service. Gareth can come to you on "
         "Thursday 14 January at ⟦7:30⟧, and the visit usually takes about an hour. He'll need access to "
         "the boiler and the gas meter, so please clear the cupboard beforehand.\n\nKind regards,\nHollis Heating",
         "Hi, my annual boiler service is due. I work shifts at the hospital so I can do early or late, "
         "whatever suits.\n\nThanks,\nPriya Shah",
         ["ambiguous-time"]),
    # 02 airport parking. now Wed 24 Feb 2027. Sat 6 Mar 2027 is a Saturday. Flights leave early
    # morning and evening: 5:45 is open both ways.
    case("2027-02-24T16:40:00+00:00", LDN, GB,
         "Hi Tom,\n\nYour meet-and-greet booking for Saturday 6 March is confirmed. Our driver will meet you "
         "at the Terminal 2 short-stay drop-off at ⟦5:45⟧, two hours before your flight is due to leave. "
         "Please ring the number on your confirmation when you're ten minutes away.\n\nBest wishes,\n"
         "SkyPark Meet & Greet",
         "Booked meet and greet for my trip on the 6th, flying from Terminal 2. What time do I meet your "
         "driver?\n\nTom",
         ["ambiguous-time"]),
    # 03 vet. now Tue 20 Apr 2027 (BST). Thu 29 Apr 2027 is a Thursday. "12:00 pm the night before"
    # means midnight: 12 pm is noon.
    case("2027-04-20T11:15:00+01:00", LDN, GB,
         "Hi Hannah,\n\nBiscuit is booked in for her spay on Thursday 29 April, with drop-off between 8:00 "
         "and 8:30am. Please don't give her any food after ⟦12:00 pm⟧ the night before, though she can have "
         "water until you leave home. We'll ring you once she's awake to arrange collection.\n\n"
         "Warm regards,\nFernlea Veterinary Practice",
         "Hi, Biscuit is booked in to be spayed. Is there anything I need to do before?\n\nThanks,\nHannah",
         ["ambiguous-time"]),
    # 04 US car dealership. now Wed 12 May 2027 (CDT). Fri May 14 2027 is a Friday. The customer can
    # only talk before work or in the evening: 8:40 am or pm.
    case("2027-05-12T14:20:00-05:00", CHI, US,
         "Hi Marcus,\n\nThanks for your interest in the 2025 Honda Civic on our lot. Jenna from our sales "
         "team will call you on Friday, May 14 at ⟦8:40⟧ to go over pricing and trade-in options. If that "
         "doesn't work, just reply with a better time and we'll adjust.\n\nBest,\nLakeside Honda",
         "Interested in the 2025 Civic you have listed. I work 9 to 5 so can only talk before work or in "
         "the evening.\n\n- Marcus",
         ["ambiguous-time"]),
    # 05 language school. now Mon 28 Jun 2027. Mon 5 Jul 2027 is a Monday. The student is free
    # mornings or late evenings: nine o'clock either way.
    case("2027-06-28T13:00:00+01:00", LDN, GB,
         "Dear Luca,\n\nThank you for your interest in our B2 course. Before we place you in a group, we'd "
         "like you to sit a short placement test on Monday 5 July at ⟦nine o'clock⟧. It lasts about 45 "
         "minutes and is taken online, so you only need a laptop with a webcam.\n\nBest regards,\n"
         "Ashby Language School",
         "I'd like to join the B2 course. I work in a restaurant, so my free time is mornings or late "
         "evenings.\n\nRegards,\nLuca Romano",
         ["ambiguous-time"]),
    # 06 software helpdesk. now Wed 8 Sep 2027. Thu 9 Sep 2027 is a Thursday. The brief's own
    # example, "ring you at 4:20"; Cardiff shares London's zone.
    case("2027-09-08T10:30:00+01:00", LDN, GB,
         "Hi Rhys,\n\nSorry the import step is still failing. One of our engineers, Dana, will ring you at "
         "⟦4:20⟧ on Thursday 9 September to walk through the migration with you. Please have the error log "
         "from your last attempt to hand.\n\nThanks,\nNorthgate Software Support",
         "Our migration to the new tenant keeps failing at the import step. Can someone talk me through "
         "it?\n\nRhys Evans\nCardiff",
         ["ambiguous-time"]),
    # 07 Australian surf school. now Tue 19 Jan 2027 (AEDT, +11). Sat 23 Jan 2027 is a Saturday.
    # The customer asks for an early lesson or one after work (finishes at 5). Label after an emoji.
    case("2027-01-19T15:10:00+11:00", SYD, GB,
         "Hey Josh,\n\nThanks for the message! 🏄 Our beginners' group on Saturday 23 January starts at "
         "⟦6:30⟧ at the Bondi Pavilion, and boards and wetsuits are included. Bring sunscreen, a towel and "
         "plenty of water.\n\nCheers,\nSoutherly Surf School",
         "Hi, is there an early lesson or one after work? I finish at 5.\n\nCheers,\nJosh",
         ["ambiguous-time"]),
    # 08 wedding venue. now Mon 16 Aug 2027. Fri 3 Sep 2027 is a Friday. "12 pm": better "noon".
    case("2027-08-16T17:45:00+01:00", LDN, GB,
         "Hi Ellie and Sam,\n\nNot long now! We'll need your final numbers and table plan by ⟦12 pm⟧ on "
         "Friday 3 September, so the kitchen can order in time. Dietary requirements can go on the same "
         "form.\n\nWith best wishes,\nWrenfield Barn Weddings",
         "When do you need final numbers and the table plan for our wedding on 11 September?\n\n"
         "Thanks,\nEllie & Sam",
         ["ambiguous-time"]),

    # ---------------------------------------------------------------- relative-date
    # 09 online pharmacy. now Fri 5 Mar 2027 23:40: read after midnight, "tomorrow" is Sunday.
    case("2027-03-05T23:40:00+00:00", LDN, GB,
         "Hi Bill,\n\nYour repeat prescription has been approved by our pharmacist and will be dispatched "
         "⟦tomorrow⟧ morning by Royal Mail Tracked 24. You'll get a tracking link by email as soon as it "
         "leaves us.\n\nKind regards,\nClearDose Online Pharmacy",
         "Ordered my repeat inhaler prescription on Wednesday, when will it be sent?\n\nBill",
         ["relative-date"]),
    # 10 bike shop. now Fri 16 Apr 2027 18:30: "next Tuesday" is 20 or 27 April.
    case("2027-04-16T18:30:00+01:00", LDN, GB,
         "Hi Aisha,\n\nThanks for your patience. The rear derailleur hanger was bent, so we've ordered a "
         "replacement, and your bike will be ready to collect ⟦next Tuesday⟧. The hanger adds £18 to the "
         "service, which you can pay on collection.\n\nCheers,\nSpokes & Sprockets",
         "Dropped off my road bike for a service on Monday. Any idea when it'll be done?\n\nCheers,\nAisha",
         ["relative-date"]),
    # 11 removals. now Fri 15 Oct 2027 17:50: "by the end of today" will be read on Monday.
    # Fri 29 Oct 2027 is a Friday.
    case("2027-10-15T17:50:00+01:00", LDN, GB,
         "Hi Mrs Okafor,\n\nThanks for your message. To hold Friday 29 October for your move, we need the "
         "signed quote and the £150 deposit by the end of ⟦today⟧. If the piano is coming with you, please "
         "add it to the inventory so we can send a third porter.\n\nBest regards,\nCarter & Lowe Removals",
         "Can you confirm the quote for our move on 29 October? We're still deciding about the piano.\n\n"
         "Ngozi Okafor",
         ["relative-date"]),
    # 12 estate agent. now Fri 11 Jun 2027 09:20: "this Friday" written on a Friday (today or the
    # 18th?). 5:30pm is complete. Label after an emoji.
    case("2027-06-11T09:20:00+01:00", LDN, GB,
         "Hi Dan and Mei,\n\nGreat to hear you liked Lark Cottage! 🏡 The vendors have agreed to a second "
         "viewing ⟦this Friday⟧ at 5:30pm, and I'll meet you at the front gate. If you'd like a survey "
         "before offering, I can recommend a couple of local firms.\n\nBest wishes,\nMaya Greene\n"
         "Hartwell Estate Agents",
         "We'd love a second viewing of Lark Cottage before we make an offer.\n\nThanks,\nDan and Mei",
         ["relative-date"]),
    # 13 US HVAC. now Tue 20 Jul 2027 21:35 MDT: "the day after tomorrow" (Thursday 22nd, or Friday
    # if read after midnight). "between 8am and noon" is complete.
    case("2027-07-20T21:35:00-06:00", DEN, US,
         "Hi Gloria,\n\nSorry to hear your AC quit during this heat. The earliest we can get a technician "
         "out is ⟦the day after tomorrow⟧ between 8am and noon, and he'll call about 30 minutes before he "
         "arrives. In the meantime, keep the blinds closed and run a fan if you have one.\n\nBest,\n"
         "Front Range Heating & Cooling",
         "Our AC stopped blowing cold air this afternoon. How soon can someone come?\n\nGloria",
         ["relative-date"]),
    # 14 campervan hire, Sydney to Edinburgh. now Mon 2 Aug 2027 08:30 AEST = Sun 1 Aug 23:30 BST
    # for the customer: her "tomorrow" is Monday, the writer's is Tuesday 3 August. Sat 14 Aug 2027
    # is a Saturday; Sydney is on AEST (+10) in August, so "10am AEST" is right and zoned.
    case("2027-08-02T08:30:00+10:00", SYD, GB,
         "Hi Fiona,\n\nThanks for booking with us. Your campervan paperwork will be emailed to you "
         "⟦tomorrow⟧, with the pick-up checklist and the roadside assistance number. Pick-up at our Mascot "
         "depot is from 10am AEST on Saturday 14 August.\n\nKind regards,\nRoamAus Campervans",
         "Hi, we've just booked a campervan from Sydney for our trip in August. When will we get the "
         "paperwork?\n\nFiona (writing from Edinburgh)",
         ["relative-date"], recipient_timezone=LDN),
    # 15 US dental. now Thu 11 Feb 2027 (EST): "next Saturday" is the 13th or the 20th.
    case("2027-02-11T16:05:00-05:00", NYC, US,
         "Hi Kevin,\n\nSorry to hear your crown is giving you trouble. Dr. Alvarez has one Saturday opening "
         "left, ⟦next Saturday⟧ at 10:15 a.m., and I've penciled you in for it. If it comes off before then, "
         "keep it in a clean container and call us right away.\n\nBest,\nBrightside Family Dental",
         "My crown feels loose. Do you have anything on a weekend?\n\n- Kevin",
         ["relative-date"]),
    # 16 driving school. now Sun 14 Nov 2027 22:50 (GMT): "tomorrow" near midnight, and "next Monday"
    # written on a Sunday (the 15th or the 22nd?). Thu 9 Dec 2027 is a Thursday.
    case("2027-11-14T22:50:00+00:00", LDN, GB,
         "Hi Kieran,\n\nNo problem at all. I've moved your lesson from ⟦tomorrow⟧ to ⟦next Monday⟧, same "
         "time and same pick-up point outside the library. Your test is still booked for Thursday 9 "
         "December at 10:42am, so we've got plenty of lessons left before then.\n\nCheers,\n"
         "Jo at Clearview Driving School",
         "Can I move my lesson? Something's come up at work.\n\nThanks,\nKieran",
         ["relative-date", "relative-date"]),

    # ---------------------------------------------------------------- weekday-mismatch
    # 17 opticians. now Thu 27 May 2027. 15 Jun 2027 is a Tuesday, not a Monday.
    case("2027-05-27T12:00:00+01:00", LDN, GB,
         "Hi Margaret,\n\nThanks for getting in touch. I've booked your eye test for ⟦Monday 15 June 2027⟧ "
         "at 14:30 at our Kendal branch, with Mr Hughes. Please bring your current glasses and a list of any "
         "medication you take.\n\nKind regards,\nLakeland Opticians",
         "I need an eye test, my reading glasses aren't cutting it any more. Any time after lunch works.\n\n"
         "Margaret Bell",
         ["weekday-mismatch"]),
    # 18 US HVAC. now Mon 15 Feb 2027 (CST). March 4 2027 is a Thursday, not a Wednesday.
    case("2027-02-15T09:40:00-06:00", CHI, US,
         "Hi Dave,\n\nHappy to help. We have you down for a combined furnace and AC tune-up on ⟦Wednesday, "
         "March 4⟧, with a technician arriving between 9 and 11 a.m. The visit takes about 90 minutes and "
         "costs $149.\n\nThanks,\nPrairie Air Heating & Cooling",
         "Want to get the furnace checked before spring and the AC looked at too.\n\n- Dave",
         ["weekday-mismatch"]),
    # 19 US tax preparer. now Tue 30 Mar 2027 (EDT). 4/13/27 = April 13 2027, a Tuesday, not a
    # Thursday; 13 cannot be a month, so the numeric form itself is unambiguous.
    case("2027-03-30T11:00:00-04:00", NYC, US,
         "Hi Carla,\n\nYes, you can drop your documents off any weekday between 9 a.m. and 6 p.m. at our "
         "Main Street office. Once we've gone through them, we'll sit down with you on ⟦Thu 4/13/27⟧ at "
         "3:30 p.m. to sign the return.\n\nBest regards,\nRivera Tax Services",
         "Can I drop off my documents before the deadline?\n\n- Carla",
         ["weekday-mismatch"]),
    # 20 dog groomer. now Wed 1 Dec 2027. The next 12th is 12 Dec 2027, a Sunday; the next Friday
    # the 12th is 12 May 2028, not "before Christmas".
    case("2027-12-01T15:25:00+00:00", LDN, GB,
         "Hi Sue,\n\nPoor Bramble! We can fit her in for a full groom on ⟦Friday the 12th⟧ at 10am, and with "
         "the matting she'll need about three hours. If the coat is too tight to brush out, we may need to "
         "clip her short and will ring you first.\n\nBest wishes,\nThe Muddy Paws Grooming Parlour",
         "Can Bramble come in for a full groom before Christmas? She's a cockapoo and very matted.\n\nThanks,\nSue",
         ["weekday-mismatch"]),
    # 21 coworking space. now Tue 28 Sep 2027. 10 Oct 2027 is a Sunday, not a Saturday.
    case("2027-09-28T19:05:00+01:00", LDN, GB,
         "Hi Ravi,\n\nYes, the open day is going ahead on ⟦Sat. 10 Oct⟧ from 10:00 to 15:00, and you're very "
         "welcome to bring a colleague. There'll be free desks all day and a short talk on membership "
         "options at 13:00.\n\nBest,\nThe Loom Coworking, Leeds",
         "Is the open day for new members still on? Wanted to bring a colleague.\n\nRavi",
         ["weekday-mismatch"]),
    # 22 piano tuner. now Mon 8 Nov 2027 (GMT). 18 Nov 2027 is a Thursday, not a Wednesday.
    case("2027-11-08T08:50:00+00:00", LDN, GB,
         "Hello Mr Barnes,\n\nThanks for your email. Our tuner, Alan, can come to tune your upright on "
         "⟦Weds 18th Nov⟧, arriving between 1pm and 3pm. A standard tuning is £85 and takes about an hour "
         "and a half.\n\nKind regards,\nKeynote Piano Services",
         "Our piano hasn't been tuned in years. Could someone come over this month?\n\nGeoff Barnes",
         ["weekday-mismatch"]),
    # 23 Australian solar installer. now Mon 24 Jan 2028 (AEDT). 9 Feb 2028 is a Wednesday, not a
    # Tuesday.
    case("2028-01-24T10:10:00+11:00", SYD, GB,
         "Hi Narelle,\n\nGood news: the installation crew can be at your place on ⟦Tues, 9th Feb⟧, starting "
         "at 7am. The job takes a full day, and the power will be off for about two hours in the afternoon "
         "while we connect the inverter.\n\nCheers,\nSunvale Solar",
         "Our panels were approved by the network. When can you install?\n\nCheers,\nNarelle",
         ["weekday-mismatch"]),
    # 24 software helpdesk. now Mon 3 May 2027 (BST). 2027-05-13 is a Thursday, not a Friday. BST is
    # right in May.
    case("2027-05-03T14:00:00+01:00", LDN, GB,
         "Hi Helen,\n\nYes, there will be a short outage. The database upgrade is scheduled for ⟦Fri "
         "2027-05-13⟧ between 22:00 and 23:30 BST, after your payroll run would normally finish. We'll post "
         "updates on our status page throughout.\n\nRegards,\nLedgerly Support",
         "Will there be any downtime when you upgrade the database? We run payroll mid-month.\n\nHelen",
         ["weekday-mismatch"]),

    # ---------------------------------------------------------------- impossible-date
    # 25 gym. now Tue 26 Jan 2027. February 2027 has 28 days.
    case("2027-01-26T18:20:00+00:00", LDN, GB,
         "Hi Jamie,\n\nSorry to hear about your ankle, and I hope it heals quickly. I've frozen your "
         "membership from 1 February until ⟦30 February⟧, so you won't be charged for that month. If you "
         "need longer, just reply and I'll extend it.\n\nBest,\nForge Fitness",
         "I've broken my ankle and can't train for a few weeks. Can I freeze my membership?\n\nJamie",
         ["impossible-date"]),
    # 26 marquee hire. now Wed 3 Mar 2027. June has 30 days.
    case("2027-03-03T12:40:00+00:00", LDN, GB,
         "Dear Philippa,\n\nThank you for your enquiry. The large marquee is free on ⟦31 June 2027⟧, and our "
         "crew would arrive at 8am to put it up. A 25% deposit secures the date.\n\nKind regards,\n"
         "Meadowside Marquees",
         "Is the large marquee free for our garden party in late June?\n\nRegards,\nPhilippa Lowe",
         ["impossible-date"]),
    # 27 US car dealership. now Mon 23 Aug 2027 (PDT). September has 30 days.
    case("2027-08-23T10:45:00-07:00", LAX, US,
         "Hi Tanya,\n\nThanks for reaching out. Your lease ends on ⟦September 31st⟧, so please bring the car "
         "to our service lane on or before that date. We'll do a quick walk-around inspection, and it takes "
         "about 20 minutes.\n\nBest,\nPacific Coast Toyota",
         "My lease is up soon. When do I need to bring the car back?\n\n- Tanya",
         ["impossible-date"]),
    # 28 travel clinic. now Thu 14 Jan 2027. 2027 is not a leap year: no 29 February.
    case("2027-01-14T09:30:00+00:00", LDN, GB,
         "Hi Owen,\n\nGood question. Your prescription is valid until ⟦29/02/2027⟧, so it covers the second "
         "trip, and you can order a refill from your account at any time. Remember to start the tablets two "
         "days before you travel.\n\nKind regards,\nWayfarer Travel Clinic",
         "Does my malaria prescription still cover the second trip in February?\n\nThanks,\nOwen",
         ["impossible-date"]),
    # 29 US dental. now Mon 5 Apr 2027 (EDT). April has 30 days (and no weekday to check).
    case("2027-04-05T13:10:00-04:00", NYC, US,
         "Hi Luis,\n\nWe have a hygiene appointment open on ⟦Thursday, April 31⟧ at 4:15 p.m., and I've held "
         "it for you for 48 hours. Please reply to confirm, or call the front desk if you'd prefer another "
         "Thursday.\n\nThanks,\nMaple Street Dental",
         "Need to book my six-month cleaning. Thursdays are best.\n\n- Luis",
         ["impossible-date"]),
    # 30 letting agent. now Wed 6 Oct 2027. November has 30 days.
    case("2027-10-06T16:00:00+01:00", LDN, GB,
         "Hi Kofi,\n\nYour fixed term ends on ⟦31/11/2027⟧, and we'll carry out the check-out inspection that "
         "afternoon at 2pm. Please return all keys to our office by 5pm on the same day.\n\nBest regards,\n"
         "Castlegate Lettings",
         "When does our tenancy end? We need to give notice at work.\n\nKofi",
         ["impossible-date"]),
    # 31 SaaS licence. now Mon 8 Feb 2027 (PST). 2027-02-29 does not exist.
    case("2027-02-08T11:20:00-08:00", LAX, US,
         "Hi Priyanka,\n\nYour team license renews automatically on ⟦2027-02-29⟧, and the invoice goes out "
         "seven days before that. If you need a quote for budget approval, I can send a formal one as a "
         "PDF.\n\nBest,\nStacklight Customer Success",
         "When does our team license renew? I need to get budget approval.\n\n- Priyanka",
         ["impossible-date"]),

    # ---------------------------------------------------------------- past-date
    # 32 appliance repair. now Wed 20 Jan 2027: "will call on 14 January" is six days gone.
    case("2027-01-20T12:30:00+00:00", LDN, GB,
         "Hi Ruth,\n\nSorry the leak is still causing trouble. Our engineer will call on ⟦14 January⟧ to "
         "replace the door seal, and the part has already been ordered. He'll ring you half an hour before "
         "he arrives.\n\nKind regards,\nFixRight Appliance Repairs",
         "Our washing machine is still leaking. When's the engineer coming?\n\nRuth",
         ["past-date"]),
    # 33 US tire shop. now Mon 10 May 2027 (CDT). Tuesday, May 4 2027 is a Tuesday (weekday right)
    # and six days gone.
    case("2027-05-10T15:55:00-05:00", CHI, US,
         "Hi Brent,\n\nThanks for checking in. Your four Michelin tires will arrive at our store on "
         "⟦Tuesday, May 4⟧, and we'll call you as soon as they're in to book the install. Mounting and "
         "balancing are included in the price you paid.\n\nThanks,\nMidway Tire & Auto",
         "Any update on the tires I ordered?\n\n- Brent",
         ["past-date"]),
    # 34 furniture delivery across the new year. now Mon 4 Jan 2027: 30 December 2026 is five days gone.
    case("2027-01-04T09:15:00+00:00", LDN, GB,
         "Hi Angela,\n\nI'm sorry your sofa didn't arrive before Christmas. Our warehouse has confirmed it "
         "will be delivered on ⟦30 December 2026⟧ by our two-person team, who will carry it in and take away "
         "the packaging. You'll get a two-hour window by text the evening before.\n\nWarm regards,\n"
         "Hearth & Home Furniture",
         "Where's my sofa? It was meant to come before Christmas.\n\nAngela",
         ["past-date"]),
    # 35 SaaS, Berlin. now Tue 6 Jul 2027 (CEST): 2027-06-30 is six days gone.
    case("2027-07-06T15:40:00+02:00", BER, GB,
         "Hi Anja,\n\nThanks for your patience with the export bug. The fix has been tested and will be "
         "deployed on ⟦2027-06-30⟧, after which CSV exports will include the missing columns. No action is "
         "needed on your side.\n\nBest regards,\nTabulo Support",
         "The export bug is still there in our account. When will it be fixed?\n\nAnja",
         ["past-date"]),
    # 36 US plumber. now Wed 6 Oct 2027 (EDT): Oct 2nd is four days gone.
    case("2027-10-06T08:05:00-04:00", NYC, US,
         "Hi Pat,\n\nSorry to hear about the banging, which usually means sediment has built up in the tank. "
         "We'll send a technician out on ⟦Oct 2nd⟧ to flush the tank and check the anode rod. The flush "
         "costs $125, and he'll quote for anything else before starting.\n\nBest,\nHudson Valley Plumbing",
         "Water heater is making a banging noise.\n\n- Pat",
         ["past-date"]),
    # 37 cookery school. now Fri 19 Mar 2027: 14/03/2027 (a Sunday) is five days gone; the day >12
    # makes the numeric form unambiguous.
    case("2027-03-19T13:30:00+00:00", LDN, GB,
         "Hi Paul,\n\nYes, there's still one place on the bread-making course, and I've reserved it for you. "
         "The course will start on ⟦14/03/2027⟧ and runs for six Sunday mornings, 10:00 to 12:30.\n\n"
         "Best wishes,\nFlour & Flame Cookery School",
         "Is there still space on the bread-making course?\n\nPaul",
         ["past-date"]),
    # 38 Australian pool builder. now Mon 9 Aug 2027 (AEST): the 3rd of August is six days gone.
    case("2027-08-09T11:00:00+10:00", SYD, GB,
         "Hi Bec,\n\nThanks for following up. The glass pool fence will be installed on the ⟦3rd of August⟧, "
         "and our certifier will inspect it the same afternoon. The whole job should take about six "
         "hours.\n\nCheers,\nCoastline Pools",
         "When will the pool fence go in? Our pool certificate depends on it.\n\nCheers,\nBec",
         ["past-date"]),

    # ---------------------------------------------------------------- ambiguous-numeric-date
    # 39 photographer. now Mon 22 Mar 2027: 04/05/2027 = 4 May (UK) or April 5 (US), both ahead.
    case("2027-03-22T20:10:00+00:00", LDN, GB,
         "Hi Laura,\n\nNo problem at all. Your engagement shoot is booked for ⟦04/05/2027⟧ at 17:30 in "
         "Roundhay Park, when the light should be lovely. Wear something comfortable and bring a change of "
         "outfit if you like.\n\nBest wishes,\nAmber Light Photography",
         "When's our engagement shoot? Can't find the email.\n\nLaura",
         ["ambiguous-numeric-date"]),
    # 40 US landscaper. now Thu 20 May 2027 (CDT): 6/7 = June 7 (US) or 6 July (UK), both ahead.
    case("2027-05-20T07:45:00-05:00", CHI, US,
         "Hi Tom,\n\nThe sod farm has confirmed our order, so the crew will lay your new lawn on ⟦6/7⟧, "
         "weather permitting. Please water the soil lightly the evening before and move any cars off the "
         "driveway.\n\nThanks,\nGreenway Landscaping",
         "When will the crew come to lay the sod?\n\n- Tom",
         ["ambiguous-numeric-date"]),
    # 41 MOT garage. now Sat 10 Apr 2027: 05-06-2027 = 5 June or May 6, both ahead.
    case("2027-04-10T10:20:00+01:00", LDN, GB,
         "Hi Gemma,\n\nThanks for booking with us. Your MOT and interim service are booked for "
         "⟦05-06-2027⟧ at 08:30, and you're welcome to wait in the customer lounge. It usually takes about "
         "two hours.\n\nBest,\nStation Road Garage",
         "Can I book my MOT and a service together?\n\nGemma",
         ["ambiguous-numeric-date"]),
    # 42 Berlin hotel to guests from Boston. now Mon 1 Feb 2027 (CET): 3.4.27 = 3 April (German/UK)
    # or March 4 (US), both ahead. No times in the draft.
    case("2027-02-01T09:00:00+01:00", BER, GB,
         "Dear Mike and Jen,\n\nThank you for your message. Your double room is confirmed for three nights "
         "from ⟦3.4.27⟧, breakfast included, and the balance is payable on arrival. We look forward to "
         "welcoming you to Berlin.\n\nKind regards,\nHotel Spreeblick",
         "Hi, can you confirm our booking dates? We're flying in from Boston.\n\n- Mike & Jen",
         ["ambiguous-numeric-date"], recipient_timezone=NYC),
    # 43 US conference to a London attendee. now Wed 15 Sep 2027 (EDT): 10/12 = October 12 (US) or
    # 10 December (UK), both ahead. No times in the draft.
    case("2027-09-15T12:00:00-04:00", NYC, US,
         "Hi Harriet,\n\nThanks for registering! Your badge and welcome pack will be mailed to your UK "
         "address on ⟦10/12⟧, which leaves plenty of time for international post. If it hasn't arrived a "
         "week before the event, let us know and we'll reprint it at the registration desk.\n\nBest,\n"
         "DevForward Conference Team",
         "I'm coming over from London for the conference. When do badges get mailed?\n\n- Harriet",
         ["ambiguous-numeric-date"], recipient_timezone=LDN),
    # 44 Australian dentist. now Tue 1 Jun 2027 (AEST): 07/09/27 = 7 September (AU) or July 9 (US),
    # both ahead.
    case("2027-06-01T14:35:00+10:00", SYD, GB,
         "Hi Mick,\n\nYour follow-up with Dr Nguyen is booked for ⟦07/09/27⟧ at 3:15pm, and we'll send an SMS "
         "reminder two days before. If you need to change it, please give us at least 24 hours' notice.\n\n"
         "Kind regards,\nBondi Junction Dental",
         "When's my follow-up? Lost the card.\n\nMick",
         ["ambiguous-numeric-date"]),
    # 45 tuition centre. now Sat 20 Nov 2027: 1/2/2028 = 1 Feb or Jan 2; 5/2/2028 = 5 Feb or May 2;
    # every reading is ahead.
    case("2027-11-20T11:30:00+00:00", LDN, GB,
         "Hi Mrs Ahmed,\n\nThanks for asking about the mocks. Zara's mock exams will run from ⟦1/2/2028⟧ to "
         "⟦5/2/2028⟧, and we'll send the timetable in the new year. Revision sessions continue every "
         "Saturday at 10am until then.\n\nKind regards,\nBrightpath Tuition",
         "When are Zara's mock exams? We want to plan a revision timetable.\n\nNadia Ahmed",
         ["ambiguous-numeric-date", "ambiguous-numeric-date"]),

    # ---------------------------------------------------------------- missing-timezone
    # 46 SaaS, London to New York. now Tue 9 Nov 2027: London GMT (+0), New York EST (-5, since
    # 7 Nov). Wed 10 Nov 2027 is a Wednesday.
    case("2027-11-09T15:20:00+00:00", LDN, GB,
         "Hi Derek,\n\nSorry about the SSO trouble; I can see the failed logins in your tenant. I've booked a "
         "call with our identity specialist for ⟦3pm⟧ on Wednesday 10 November, and the invite is in your "
         "inbox. Please have an admin account ready for the session.\n\nBest regards,\nCobalt Cloud Support",
         "Our SSO login is broken for half the team. Can we get on a call?\n\n- Derek",
         ["missing-timezone"], recipient_timezone=NYC),
    # 47 mattress company in New York; the thread says "We're in Denver" (MDT, two hours behind).
    # now Tue 15 Jun 2027. Thu June 17 2027 is a Thursday.
    case("2027-06-15T10:10:00-04:00", NYC, US,
         "Hi Lisa and Rob,\n\nI'm so sorry the cover arrived torn. One of our product specialists will call "
         "you at ⟦2:30 p.m.⟧ on Thursday, June 17 to arrange a replacement cover. You won't need to send the "
         "mattress back.\n\nThanks,\nCloudnest Sleep",
         "Our mattress arrived with a tear in the cover. We're in Denver, so we can't bring it back to a "
         "store.\n\n- Lisa & Rob",
         ["missing-timezone"]),
    # 48 online language school in London; "I'm based in Singapore" (+8, eight hours ahead of GMT).
    # now Wed 10 Mar 2027. Wed 17 Mar 2027 is a Wednesday.
    case("2027-03-10T09:45:00+00:00", LDN, GB,
         "Dear Wei Ling,\n\nThank you for your interest in our Business English course. Your free trial "
         "lesson is on Wednesday 17 March at ⟦10:00⟧, with our tutor Fiona, and the video link will arrive "
         "by email. The lesson lasts 45 minutes.\n\nBest regards,\nKingsway English Online",
         "I'd like a trial lesson of Business English online. I'm based in Singapore.\n\nRegards,\nWei Ling Tan",
         ["missing-timezone"]),
    # 49 tax agent, Sydney to Perth. now Tue 14 Sep 2027: Sydney AEST (+10), Perth AWST (+8). Thu 16
    # Sep 2027 is a Thursday (Sydney's DST starts 3 Oct).
    case("2027-09-14T11:00:00+10:00", SYD, GB,
         "Hi Shane,\n\nNo worries, a phone review works well. I've booked you in with Anita on Thursday 16 "
         "September at ⟦4pm⟧, and she'll call the mobile number on your file. Please have your payment "
         "summaries handy.\n\nCheers,\nHarbourside Tax",
         "Can we do my tax review over the phone?\n\nCheers,\nShane",
         ["missing-timezone"], recipient_timezone=PER),
    # 50 US telehealth pharmacy, New York to Los Angeles (three hours). now Wed 21 Apr 2027. Fri
    # April 23 2027 is a Friday.
    case("2027-04-21T13:30:00-04:00", NYC, US,
         "Hi Andrea,\n\nYour telehealth consultation is confirmed for Friday, April 23, and the doctor will "
         "call between ⟦11:15 and 11:45 a.m.⟧ that day. Please have your current medication list handy.\n\n"
         "Best,\nCareLine Rx",
         "Can I get my refill authorized through a video visit?\n\n- Andrea",
         ["missing-timezone"], recipient_timezone=LAX),
    # 51 estate agent in London; the thread names Lisbon first (same offset as London: misleading)
    # and then home in Vancouver (PDT, -7), where the customer will be on Mon 23 Aug 2027 (a Monday).
    # now Thu 12 Aug 2027.
    case("2027-08-12T11:05:00+01:00", LDN, GB,
         "Hi Nadia,\n\nThanks for letting me know your plans. I've put our call about the offer on your flat "
         "in the diary for Monday 23 August at ⟦5pm⟧, once you're back home. I'll send the buyer's paperwork "
         "beforehand so you can read it first.\n\nBest wishes,\nTom Fielding\nAshcroft & Lane Estate Agents",
         "We're on holiday in Lisbon until the 20th, then back home in Vancouver. Could we talk about the "
         "offer once we're home?\n\nNadia",
         ["missing-timezone"]),
    # 52 school admissions, London to Dubai (+4). now Tue 2 Feb 2027 (GMT). Tue 9 Feb 2027 is a Tuesday.
    case("2027-02-02T17:10:00+00:00", LDN, GB,
         "Dear Mr and Mrs Haddad,\n\nThank you for your interest in Year 7 places. Our head of admissions can "
         "meet you on a video call on Tuesday 9 February, any time ⟦9–11am⟧, so please pick a slot that "
         "suits you. The call takes around 30 minutes and includes a virtual tour.\n\nKind regards,\n"
         "Admissions, St Aldhelm's School",
         "We are moving back to the UK next year and would like to discuss Year 7 entry for our son.\n\n"
         "Rana and Sami Haddad",
         ["missing-timezone"], recipient_timezone="Asia/Dubai"),
    # 53 celebrant, Sydney to Brisbane in summer: Sydney AEDT (+11), Brisbane AEST (+10, no DST).
    # now Thu 7 Jan 2027. Mon 11 Jan 2027 is a Monday.
    case("2027-01-07T19:30:00+11:00", SYD, GB,
         "Hi Kate and Liam,\n\nOf course! I'm free for a call on Monday 11 January at ⟦6:30pm⟧, and I'll ring "
         "Kate's mobile. Have a look at the draft wording before then so we can go through your changes.\n\n"
         "Warmly,\nJess Carter Celebrant",
         "Can we have a quick call about the ceremony wording? We're up in Brisbane.\n\nThanks,\nKate & Liam",
         ["missing-timezone"], recipient_timezone=BNE),

    # ---------------------------------------------------------------- zone-mismatch
    # 54 SaaS onboarding, New York; customer in Boston (same zone). Thu Aug 5 2027 is a Thursday; New
    # York is on EDT in August, so "EST" is wrong.
    case("2027-08-03T09:25:00-04:00", NYC, US,
         "Hi Greg,\n\nNo problem. I've moved your onboarding call to Thursday, August 5 at 3pm ⟦EST⟧, and the "
         "updated invite should be in your calendar. The agenda hasn't changed.\n\nBest,\nRelaydesk "
         "Onboarding",
         "Can we move our onboarding call? Something came up.\n\n- Greg (Boston)",
         ["zone-mismatch"]),
    # 55 wedding venue, London to New York. Tue 19 Jan 2027 is a Tuesday; London is on GMT in
    # January, so "BST" is wrong (6pm GMT = 1pm EST, as the bracket says).
    case("2027-01-12T14:00:00+00:00", LDN, GB,
         "Hi Brooke and Aaron,\n\nLovely to hear from you both. I've set up a video walk-through of the barn "
         "for Tuesday 19 January at 6pm ⟦BST⟧ (1pm your time in New York), so you can see the ceremony room "
         "and the gardens. The link will follow by email.\n\nWith best wishes,\nHolloway Hall",
         "We're planning a UK wedding from New York! Could we see the venue on a video call?\n\n"
         "Brooke & Aaron",
         ["zone-mismatch"], recipient_timezone=NYC),
    # 56 SaaS, Los Angeles to London. Wed June 23 2027 is a Wednesday. PDT is UTC-7, not UTC-8; 8 p.m.
    # PDT = 03:00 UTC = 4 a.m. BST, as the draft says.
    case("2027-06-21T10:00:00-07:00", LAX, US,
         "Hi Oliver,\n\nThanks for flagging the sync delays. Our database team will run the fix during a "
         "maintenance window on Wednesday, June 23 from 8 to 9 p.m. ⟦PDT (UTC-8)⟧, which is 4 to 5 a.m. on "
         "Thursday for you in London.\n\nBest,\nSyncwell Support",
         "Sync between our workspaces has been lagging by hours.\n\nOliver Grant\nLondon",
         ["zone-mismatch"], recipient_timezone=LDN),
    # 57 US car dealership around the clock change. now Fri 12 Mar 2027 17:30 EST; US clocks go
    # forward on Sun 14 Mar, so on Tue March 16 (a Tuesday) New York is on EDT: "EST" is wrong.
    case("2027-03-12T17:30:00-05:00", NYC, US,
         "Hi Renee,\n\nThanks for applying for financing with us. Our finance manager will call you on "
         "Tuesday, March 16 at 11 a.m. ⟦EST⟧ to go over the approval and your monthly payment. Please have "
         "your driver's license and two recent pay stubs ready.\n\nBest,\nEmpire Ford",
         "I applied for financing on the Escape online. What happens next?\n\n- Renee",
         ["zone-mismatch"]),
    # 58 Australian surf school, Sydney to Perth. Sun 11 Jul 2027 is a Sunday; Sydney is on AEST
    # (+10) in July, never AEDT. 5pm AEST = 3pm AWST, as the bracket says.
    case("2027-07-05T12:00:00+10:00", SYD, GB,
         "Hi Tahlia,\n\nThanks for booking the winter camp for Ella. Before the camp, our head coach will run "
         "a short video briefing for parents on Sunday 11 July at 5pm ⟦AEDT⟧ (3pm in Perth). Wetsuits are "
         "provided, but she'll need her own booties.\n\nCheers,\nSoutherly Surf School",
         "Booked Ella into the winter surf camp. Anything we need to know before we fly over from Perth?\n\n"
         "Tahlia",
         ["zone-mismatch"], recipient_timezone=PER),
    # 59 Berlin billing team to London. Mon 6 Dec 2027 is a Monday; Berlin is on CET in December, not
    # CEST. 14:00 CET = 13:00 GMT, as the bracket says.
    case("2027-12-01T10:00:00+01:00", BER, GB,
         "Hi Sophie,\n\nThanks for your patience while we looked into the invoice error. Our billing team "
         "will call you on Monday 6 December at 14:00 ⟦CEST⟧ (13:00 UK time) to put it right. The corrected "
         "invoice will follow by email.\n\nKind regards,\nKassenwerk Support",
         "Our last invoice charged us twice for the same seats.\n\nSophie Marsh",
         ["zone-mismatch"], recipient_timezone=LDN),
    # 60 training webinar around the UK clock change. now Wed 27 Oct 2027 (BST); clocks go back on
    # Sun 31 Oct, so on Mon 1 Nov 2027 (a Monday) London is on GMT: "BST" is wrong.
    case("2027-10-27T16:30:00+01:00", LDN, GB,
         "Hi Martin,\n\nThanks for signing up for our fire safety refresher. The webinar runs on Monday 1 "
         "November from 9:00 to 10:30 ⟦BST⟧, and the joining link is in your confirmation email.\n\n"
         "Best regards,\nSafeguard Training",
         "Just booked the fire safety refresher for our office. What time does it start?\n\nMartin",
         ["zone-mismatch"]),
]


NEGATIVES = [
    # 01 boiler service. now Mon 15 Feb 2027. Thu 4 Mar 2027 is a Thursday. "between 8am and 12 noon".
    case("2027-02-15T11:00:00+00:00", LDN, GB,
         "Hi Chloe,\n\nThanks for getting in touch. We've booked your boiler service for Thursday 4 March "
         "2027 between 8am and 12 noon, and Gareth will text when he's on his way. You'll get the gas safety "
         "certificate by email the same day.\n\nKind regards,\nHollis Heating",
         "Can you fit in a boiler service before my landlord's inspection next month?\n\nThanks,\nChloe"),
    # 02 airport parking, 24-hour times. now Mon 1 Mar 2027. Sun 14 Mar 2027 is a Sunday.
    case("2027-03-01T19:20:00+00:00", LDN, GB,
         "Hi Graham,\n\nYes, the shuttle will be running when you land. Your return flight is due at 23:10 on "
         "Sunday 14 March, and our buses leave Terminal 1 every 15 minutes until 01:00. Your car will be "
         "waiting in the Blue Zone, bay 42.\n\nBest wishes,\nSkyPark Airport Parking",
         "We land back late on the 14th. Will the shuttle still be running?\n\nGraham"),
    # 03 vet opening hours: ranges and "7 in the evening".
    case("2027-05-18T12:10:00+01:00", LDN, GB,
         "Hi Ian,\n\nThanks for your message. We're open 8am–7pm Monday to Friday and 9am to 1pm on Saturday, "
         "and the nurse clinic runs until 7 in the evening on Thursdays. Your dog's booster can be done at any "
         "of those times without an appointment.\n\nWarm regards,\nFernlea Veterinary Practice",
         "What are your opening hours? My dog needs his booster.\n\nIan"),
    # 04 wedding venue timings. now Wed 2 Jun 2027. Sat 11 Sep 2027 is a Saturday. "2:45 to 4:30pm"
    # takes its pm from the range's end; "7.30pm" and "midnight".
    case("2027-06-02T15:30:00+01:00", LDN, GB,
         "Hi Ellie,\n\nHere are the timings for Saturday 11 September: ceremony at 2pm, drinks on the lawn "
         "from 2:45 to 4:30pm, and the wedding breakfast at 5pm. Evening guests arrive from 7.30pm, and "
         "carriages are at midnight. Let me know if you'd like anything moved.\n\nWith best wishes,\n"
         "Wrenfield Barn Weddings",
         "Can you send us the timings for the big day?\n\nThanks,\nEllie"),
    # 05 SaaS, London to Tokyo, ISO date and UTC: 18:00 UTC on 15 May = 03:00 JST on 16 May.
    case("2027-05-04T08:15:00+01:00", LDN, GB,
         "Hi Kenji,\n\nThe next maintenance window is on 2027-05-15 from 18:00 to 19:00 UTC, which is 03:00 "
         "to 04:00 on 16 May in Tokyo. We don't expect any downtime, but the status page will show live "
         "updates.\n\nRegards,\nLedgerly Support",
         "When is the next maintenance window? We're in Tokyo so outages hit our working day.\n\n- Kenji",
         recipient_timezone="Asia/Tokyo"),
    # 06 estate agent. now Mon 7 Jun 2027. Sat 12 Jun 2027 is a Saturday. "between 2 and 4 pm".
    case("2027-06-07T09:05:00+01:00", LDN, GB,
         "Hi Rosa,\n\nYes, the flat on Church Street is open for viewings on Saturday 12 June between 2 and 4 "
         "pm, and you don't need to book a slot. Parking is on the street, and the entrance is round the back, "
         "next to the bike store.\n\nBest wishes,\nHartwell Estate Agents",
         "Can we see the flat on Church Street at the weekend?\n\nRosa"),
    # 07 language school, unambiguous numeric dates (day > 12), all ahead of 26 Apr 2027.
    case("2027-04-26T16:00:00+01:00", LDN, GB,
         "Dear Yusuf,\n\nThe summer intensive runs from 13/07/2027 to 24/07/2027, with classes from 09:30 to "
         "13:00 each weekday. The full fee is due by 15/06/2027, and you can pay by card or bank transfer.\n\n"
         "Best regards,\nAshby Language School",
         "When does the summer intensive start, and when do I need to pay?\n\nRegards,\nYusuf"),
    # 08 US dental. now Wed 26 May 2027 (EDT). Tue June 8 2027 is a Tuesday.
    case("2027-05-26T11:20:00-04:00", NYC, US,
         "Hi Jordan,\n\nNo problem. I've moved your cleaning to Tuesday, June 8 at 9:30 a.m. with Dr. "
         "Alvarez's hygienist, Kim. Please arrive ten minutes early to update your insurance details.\n\n"
         "Thanks,\nMaple Street Dental",
         "Need to reschedule my cleaning.\n\n- Jordan"),
    # 09 US HVAC. now Mon 19 Jul 2027 (CDT). Fri July 23 2027 is a Friday. "between 1 and 3 p.m.".
    case("2027-07-19T16:50:00-05:00", CHI, US,
         "Hi Denise,\n\nWe can get a technician to you on Friday, July 23 between 1 and 3 p.m., and he'll call "
         "when he's 20 minutes out. The tune-up is $119 and includes a refrigerant check.\n\nThanks,\n"
         "Prairie Air Heating & Cooling",
         "Need our AC serviced before the heat wave.\n\n- Denise"),
    # 10 US car dealership. now Mon 17 May 2027 (PDT). Sat May 22 and Mon May 31 2027 (Memorial Day)
    # are right; 12/31/2027 is unambiguous.
    case("2027-05-17T10:00:00-07:00", LAX, US,
         "Hi Alex,\n\nOur Memorial Day sales event runs Saturday, May 22 through Monday, May 31, from 10 a.m. "
         "to 8 p.m. each day. The 0% financing offer is good through 12/31/2027 on all new models, with "
         "approved credit.\n\nBest,\nPacific Coast Toyota",
         "When is your Memorial Day sale? And when does the 0% financing end?\n\n- Alex"),
    # 11 Australian surf school; Manly is in Sydney. Mon 29 Nov 2027 is a Monday.
    case("2027-11-23T18:00:00+11:00", SYD, GB,
         "Hey Dom,\n\nWe sure do! 🤙 Our dawn patrol lesson runs from 6am to 7:30am every weekday at Manly, so "
         "you'll have plenty of time to get to work. The first one with spaces is Monday 29 November.\n\n"
         "Cheers,\nSoutherly Surf School",
         "Do you do lessons before work? I'm in Manly.\n\nCheers,\nDom"),
    # 12 London to New York in July: 3pm BST = 14:00 UTC = 10am EDT. Thu 8 Jul 2027 is a Thursday.
    case("2027-07-06T09:30:00+01:00", LDN, GB,
         "Hi Maria,\n\nHappy to talk about the renewal. How about Thursday 8 July at 3pm BST (10am EDT)? I'll "
         "send a calendar invite with a Teams link once you confirm.\n\nBest regards,\nOwen Price\nCobalt Cloud",
         "Can we set up a call about renewing our contract?\n\n- Maria, Brooklyn",
         recipient_timezone=NYC),
    # 13 the clock-change gap: now Wed 17 Mar 2027. New York has been on EDT since 14 Mar, London stays on
    # GMT until 28 Mar: 2pm GMT = 10am EDT on Fri 19 Mar 2027 (a Friday).
    case("2027-03-17T12:00:00+00:00", LDN, GB,
         "Hi Sandra,\n\nOf course. Would Friday 19 March at 2pm GMT, which is 10am EDT for you, work? The US "
         "clocks have already gone forward but ours don't change until 28 March, so the gap is four hours "
         "this week rather than five.\n\nKind regards,\nTabulo Billing",
         "Could we do a quick call about the invoice?\n\n- Sandra",
         recipient_timezone=NYC),
    # 14 Sydney to Brisbane in winter: both on AEST (+10), so a bare "2:30pm" reads the same for both.
    # Fri 23 Jul 2027 is a Friday.
    case("2027-07-21T10:40:00+10:00", SYD, GB,
         "Hi Troy,\n\nThanks for the message. I'll give you a call on Friday 23 July at 2:30pm to go through "
         "the decking quote line by line. It's about 20 minutes, and you'll only need the drawings we sent.\n\n"
         "Cheers,\nHarbour Timber Decks",
         "Can you call me about the quote for the deck? I'm in Brisbane.\n\n- Troy",
         recipient_timezone=BNE),
    # 15 the customer is in Manchester, the writer in London: no zone needed. Wed 22 Sep 2027.
    case("2027-09-20T13:15:00+01:00", LDN, GB,
         "Hi Ahmed,\n\nSorry to hear about the screen. One of our technicians will call you on Wednesday 22 "
         "September at 11:30am to arrange a courier collection, and the repair itself takes three to five "
         "working days.\n\nBest,\nPixelfix Repairs",
         "I'm in Manchester for work all week. Can someone call me about my broken laptop screen?\n\nAhmed"),
    # 16 misleading place: the son is in Toronto, the customer at home in Leeds. Thu 21 Oct 2027.
    case("2027-10-12T15:00:00+01:00", LDN, GB,
         "Dear Irene,\n\nThank you for your message. Our fitter, Paul, will install your stairlift on Thursday "
         "21 October, arriving between 9 and 10am, and the job takes about three hours. He'll show you how to "
         "use it before he leaves.\n\nKind regards,\nStepEasy Stairlifts",
         "My son lives in Toronto and set up the order for me, but I'm the one at home in Leeds. When is the "
         "stairlift being fitted?\n\nIrene Walsh"),
    # 17 sports centre. now Mon 25 Oct 2027. Sun 31 Oct 2027 is a Sunday. "11:59pm", "08:30 to
    # 17:30", "noon".
    case("2027-10-25T09:00:00+01:00", LDN, GB,
         "Hi Jess,\n\nYes, the half-term discount is still on, and it ends at 11:59pm on Sunday 31 October. "
         "Holiday club runs from 08:30 to 17:30, with lunch at noon.\n\nBest wishes,\nRiverside Sports Centre",
         "Is the half-term discount still on? I want to book the kids into the holiday club.\n\nJess"),
    # 18 pub, written at lunchtime: "half past eight tonight" is settled by "tonight".
    case("2027-12-10T12:05:00+00:00", LDN, GB,
         "Hi Matt,\n\nGood news, we've got a table for four at half past eight tonight, and I've put it under "
         "your name. The kitchen takes last orders at 9:45pm, so there's no rush.\n\nSee you later,\n"
         "The Crown & Anchor",
         "Do you have a table for four tonight?\n\nMatt"),
    # 19 past dates in the past tense. now Mon 8 Mar 2027. Fri 5 Mar 2027 is a Friday.
    case("2027-03-08T10:00:00+00:00", LDN, GB,
         "Hi Kerry,\n\nI'm sorry your parcel hasn't turned up. Our courier's records show it was dispatched on "
         "2 March and left in your porch on Friday 5 March at 13:42, with a photo as proof. I've opened a "
         "claim with them, and if it isn't found, we'll send a replacement free of charge.\n\nKind regards,\n"
         "Nest & Nook Homeware",
         "My parcel says delivered but I haven't got it. Order 55102.\n\nKerry"),
    # 20 US groomer. now Mon 1 Nov 2027 (EDT). Thu Nov 18 2027 is a Thursday.
    case("2027-11-01T13:00:00-04:00", NYC, US,
         "Hi Megan,\n\nYes, Waffles' full groom is still on for Thu., Nov. 18 at 10:30 a.m. with Carla, and "
         "the price is $85. Please let us know by phone if anything changes.\n\nThanks,\nPaws & Claws Grooming",
         "Is my dog's grooming still on for the 18th?\n\n- Megan"),
    # 21 tattoo studio. now Tue 20 Jul 2027: the next 13th is 13 Aug 2027, a Friday.
    case("2027-07-20T17:35:00+01:00", LDN, GB,
         "Hi Lou,\n\nOur next flash day is on Friday the 13th, naturally! Doors open at 11am and we tattoo "
         "walk-ins until 8pm, first come, first served.\n\nCheers,\nInkwell Tattoo Studio",
         "When's the next tattoo flash day?\n\nLou"),
    # 22 ISO dates and "17:00 UK time", both ahead of 1 Sep 2027.
    case("2027-09-01T09:40:00+01:00", LDN, GB,
         "Hi Niamh,\n\nApplications for the spring intake close at 17:00 UK time on 2027-09-30, and we'll "
         "confirm offers by 2027-10-22. Interviews take place online, and you'll be sent a booking link if "
         "you're shortlisted.\n\nBest wishes,\nAdmissions, Kingsway English Online",
         "When do applications for the spring intake close?\n\nNiamh"),
    # 23 numbers that look like dates or times and are not.
    case("2027-08-25T11:00:00+01:00", LDN, GB,
         "Hi Phil,\n\nThe 3/4 inch hose connector is £14.50, and orders usually arrive in 3–5 working days. "
         "Our phone line is open 24/7 if you need to check the fit, and there's 1/2 price delivery on orders "
         "over £40 this month.\n\nThanks,\nGardenFlow Supplies",
         "How long does a replacement part take and what does it cost? I need the 3/4 inch hose connector.\n\n"
         "Phil"),
    # 24 pharmacy Christmas hours across the new year. now Mon 20 Dec 2027. Thu 23, Fri 24 and Tue 28
    # Dec 2027 and Mon 3 Jan 2028 are all right.
    case("2027-12-20T16:00:00+00:00", LDN, GB,
         "Hi Brian,\n\nOver Christmas we're open 9am–5pm on Thursday 23 December and 9am–1pm on Friday 24 "
         "December, then closed until Tuesday 28 December. Normal hours return from Monday 3 January 2028, "
         "and repeat prescriptions can still be ordered online at any time.\n\nKind regards,\n"
         "Abbey Road Pharmacy",
         "Are you open over Christmas? I need to pick up a prescription.\n\nBrian"),
    # 25 Berlin to London in winter: 16:00 CET (UTC+1) = 15:00 GMT. Thu 18 Feb 2027 is a Thursday.
    case("2027-02-09T10:00:00+01:00", BER, GB,
         "Hi Claire,\n\nThe next product webinar is on Thursday 18 February at 16:00 CET (UTC+1), which is "
         "15:00 in London. It lasts an hour, and the recording is sent to everyone who registers.\n\n"
         "Best regards,\nKassenwerk Team",
         "When is the next product webinar? I'm in London.\n\nClaire",
         recipient_timezone=LDN),
    # 26 New York writer, customer in Denver, July: 2 p.m. MT (MDT) = 4 p.m. ET (EDT). Wed July 14 2027.
    case("2027-07-12T11:30:00-04:00", NYC, US,
         "Hi Carlos,\n\nHappy to help. I've booked a walkthrough for Wednesday, July 14 at 2 p.m. MT (4 p.m. "
         "ET), and I'll send a Zoom link shortly. It should take about 30 minutes.\n\nBest,\n"
         "Relaydesk Customer Success",
         "We're in Denver. Can someone walk us through the new dashboard?\n\n- Carlos"),
    # 27 Sydney to Perth in summer: 4pm AEDT (+11) = 05:00 UTC = 1pm AWST. Tue 2 Feb 2027.
    case("2027-01-27T09:00:00+11:00", SYD, GB,
         "Hi Bree,\n\nThanks for getting in touch! I've booked your phone consult for Tuesday 2 February at "
         "4pm AEDT, which is 1pm for you in Perth. Our nutritionist will call the number on your booking "
         "form.\n\nCheers,\nBalance Nutrition Clinic",
         "Can we book a phone consult?\n\nCheers,\nBree (Fremantle)",
         recipient_timezone=PER),
    # 28 Los Angeles to London in December: 6 p.m. PST (UTC-8) = 02:00 UTC/GMT Friday. Thu Dec 16 2027.
    case("2027-12-06T09:00:00-08:00", LAX, US,
         "Hi Imogen,\n\nThe end-of-year release is scheduled for Thursday, December 16 at 6 p.m. PST (UTC-8), "
         "which is 2 a.m. on Friday for you in London. There's no downtime expected, and the release notes "
         "will be in the dashboard by the time you start work.\n\nBest,\nSyncwell Product Team",
         "When is the end-of-year release going out?\n\n- Imogen, London",
         recipient_timezone=LDN),
    # 29 Australian dentist, times settled by words. now Mon 15 Mar 2027 (AEDT). Wed 24 and Fri 26
    # Mar 2027 are right.
    case("2027-03-15T08:30:00+11:00", SYD, GB,
         "Hi Karen,\n\nDr Nguyen can see Jack on Wednesday 24 March at quarter past four in the afternoon, "
         "straight after school. If that doesn't suit, she also has a slot at noon on Friday 26 March.\n\n"
         "Kind regards,\nBondi Junction Dental",
         "Can Dr Nguyen see my son after school?\n\nThanks,\nKaren"),
    # 30 leap day that exists: 2028 is a leap year; 29/02/2028 is unambiguous (29 > 12).
    case("2028-01-31T12:00:00+00:00", LDN, GB,
         "Hi Stuart,\n\nYour policy renews on 29/02/2028, and the new premium is £412.60 for the year. We'll "
         "email your documents a fortnight before, and you don't need to do anything if you're happy to "
         "renew.\n\nKind regards,\nHarbourline Insurance",
         "When is my car insurance renewal?\n\nStuart"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
