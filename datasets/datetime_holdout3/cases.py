"""Tactful's third held-out date/time set: the hand-written cases (build_datetime_holdout3.py builds the JSONL).

Each case is a customer-service reply (``text``) to the customer's email (``thread``) with the
context the checks need: ``now`` (ISO 8601 with the writer's UTC offset at that instant),
``timezone`` (the writer's), ``recipient_timezone`` (only where the customer's zone is known) and
``locale`` (en-GB or en-US; Irish, Scottish, Canadian and New Zealand writers are en-GB). Flagged
expressions are wrapped in ⟦ ⟧ and ``checks`` names the check of each mark, in order. The comment
above each case gives the calendar facts it rests on; every weekday, offset, clock change and
past/future relation was computed with Python's calendar and zoneinfo.

Clock changes used: UK and Ireland 26 Mar 2028 and 29 Oct 2028; US and Canada 12 Mar 2028 and
5 Nov 2028 (Arizona keeps MST all year); New Zealand 2 Apr 2028 (back) and 24 Sep 2028 (forward).
"""



def case(now, timezone, locale, thread, text, checks=(), recipient_timezone=None):
    c = {"now": now, "timezone": timezone, "locale": locale, "thread": thread, "text": text,
         "checks": list(checks)}
    if recipient_timezone:
        c["recipient_timezone"] = recipient_timezone
    return c


POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01. Locksmith. Now Tue 18 Jan 2028. Thu 20 Jan 2028 is a Thursday. Shift worker, "early or
    # late": 6:30 could be either.
    case("2028-01-18T10:15:00+00:00", "Europe/London", "en-GB",
         "Hi, I'm locked out of my flat on Harrow Road again and the landlord says I can get the lock "
         "changed at my own cost. Could someone come on Thursday? I'm on shifts this week so I could do "
         "early or late, just not the middle of the day.\n\nMarek",
         "Hi Marek,\n\nOur locksmith, Dev, can come to the flat on Thursday 20 January at ⟦6:30⟧. He'll "
         "fit a new anti-snap cylinder and leave you three keys. The call-out is £45 plus the cylinder, "
         "payable by card on the day.\n\nBest wishes,\nPriya\nCityKey Locksmiths",
         ["ambiguous-time"]),
    # 02. Ferry. Now Wed 5 Jul 2028. Sat 8 Jul 2028 is a Saturday. Sailings run early and late; the
    # customer minds neither.
    case("2028-07-05T14:20:00+01:00", "Europe/London", "en-GB",
         "We're taking the car across to Mull and coming back on Saturday 8 July. Which sailing from "
         "Craignure would you suggest? We don't mind an early start or a late one.\n\nFiona Laird",
         "Hello Fiona,\n\nThe return sailing we've held for you leaves Craignure at ⟦quarter past nine⟧ "
         "on Saturday 8 July. Please be in the marshalling lanes 30 minutes before departure with your "
         "booking reference, MUL-48213. If you'd rather come back on another sailing, just reply and "
         "we'll move the hold.\n\nKind regards,\nCalum\nWest Coast Ferries",
         ["ambiguous-time"]),
    # 03. US bakery. Now Tue 6 Jun 2028. Fri 9 Jun 2028 is a Friday. "Before work or after my shift".
    case("2028-06-06T16:40:00-05:00", "America/Chicago", "en-US",
         "I ordered the lemon sheet cake for my daughter's graduation party (order #2291). Can I pick it "
         "up Friday? I can come by either before work or after my shift ends.\n\nThanks,\nDenise",
         "Hi Denise,\n\nThanks for your order! Your lemon sheet cake will be boxed and ready for pickup at "
         "⟦7:45⟧ on Friday, June 9. Please bring your order number, #2291, to the front counter. We'll "
         "keep it refrigerated until you arrive.\n\nSweet regards,\nTomás\nRise & Crumb Bakery",
         ["ambiguous-time"]),
    # 04. Canadian ski resort (Whistler). Now Tue 28 Dec 2027; "Saturday 8 January" is Sat 8 Jan 2028.
    # The sunrise tour or the evening one: 6:15 fits both. 🎿 before the label (astral offset).
    case("2027-12-28T11:00:00-08:00", "America/Vancouver", "en-GB",
         "Hello, we'd love to do the snowcat tour during our stay. The sunrise one would be amazing, but "
         "if that's full the evening tour is fine too. There are four of us.\n\nRegards,\nAnjali",
         "Hi Anjali,\n\nThanks for getting in touch 🎿 Your snowcat tour for four meets at the Roundhouse "
         "Lodge at ⟦6:15⟧ on Saturday 8 January. Please wear your warmest layers, as the cab gets chilly "
         "at the top. The total of $740 has been charged to the card on file.\n\nSee you on the "
         "mountain,\nJordan\nPeak Ridge Adventures",
         ["ambiguous-time"]),
    # 05. US pet insurer. Now Thu 24 Feb 2028. Thu 2 Mar 2028 is a Thursday. "12 am" (spec).
    case("2028-02-24T09:30:00-05:00", "America/New_York", "en-US",
         "I'm adding our new puppy, Biscuit, to the family policy. When exactly does her cover start? "
         "She's booked in for her vaccines on March 2.\n\nJoel",
         "Hi Joel,\n\nWelcome to the family, Biscuit! Her coverage starts at ⟦12 am⟧ on Thursday, March 2, "
         "and accident claims are covered from that moment. Illness coverage begins after the usual "
         "14-day waiting period. You'll find the updated policy documents in your online account.\n\n"
         "All the best,\nRenee\nPawsure Pet Insurance",
         ["ambiguous-time"]),
    # 06. Irish B&B. Now Tue 15 Aug 2028. Sun 20 Aug 2028 is a Sunday. Morning or evening sailing
    # still undecided in the thread.
    case("2028-08-15T21:10:00+01:00", "Europe/Dublin", "en-GB",
         "Hi, we're staying with you until Sunday 20 August and then heading to Rosslare for the ferry to "
         "France. Could you book us a taxi? We haven't decided between the morning and the evening "
         "sailing yet.\n\nThanks,\nClaire",
         "Hi Claire,\n\nNo bother at all. I've asked Seán from Slaney Cabs to collect you from the front "
         "door at ⟦ten to eight⟧ on Sunday 20 August, which leaves plenty of time for the drive to "
         "Rosslare. The fare is €65 and you can pay him directly. Let me know if you'd like a packed "
         "lunch for the journey.\n\nWarm wishes,\nNuala\nHawthorn House B&B",
         ["ambiguous-time"]),
    # 07. Online course platform. Now Wed 1 Nov 2028. Thu 9 Nov 2028 is a Thursday. Evenings or
    # early mornings: "8 to 9" fits both.
    case("2028-11-01T13:05:00+00:00", "Europe/London", "en-GB",
         "I've just enrolled on the Intro to Bookkeeping course. When is the first live Q&A with the "
         "tutor? I work full time, so evenings are best for me, but I can sometimes do early mornings."
         "\n\nGareth",
         "Hi Gareth,\n\nWelcome aboard! The first live Q&A with Dr Okafor runs from ⟦8 to 9⟧ on Thursday "
         "9 November 2028, and the joining link will appear on your course dashboard an hour before. If "
         "you can't make it, the recording is posted within 48 hours. Module 1 is already unlocked, so "
         "you can make a start whenever suits you.\n\nBest,\nHollie\nLedgerLearn",
         ["ambiguous-time"]),
    # 08. US photo lab. Now Tue 21 Nov 2028. Sun 26 Nov 2028 is a Sunday. "12:00 pm": noon or the
    # midnight a sale usually ends at? (spec). 200 x 18¢ = $36.
    case("2028-11-21T15:45:00-07:00", "America/Denver", "en-US",
         "Is the holiday print sale still on? I want to order about 200 prints of our trip but won't have "
         "them edited until the weekend.\n\nMarcus",
         "Hi Marcus,\n\nGood news: the holiday print sale runs through Sunday, November 26, and uploads "
         "are accepted until ⟦12:00 pm⟧ that day. Your 200 prints would come to $36 at the sale price of "
         "18¢ each. Prints ship within three business days of your order.\n\nHappy printing,\nLena\n"
         "Mile High Photo Lab",
         ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09. US moving-truck rental (Arizona, MST all year). Now Fri 14 Apr 2028 23:48: read after
    # midnight, "tomorrow" is Sunday.
    case("2028-04-14T23:48:00-07:00", "America/Phoenix", "en-US",
         "I need the 15-foot truck for the move this weekend. When can I pick it up from the Mesa "
         "location?\n\nRyan",
         "Hi Ryan,\n\nYour 15-foot truck will be ready at our Mesa location ⟦tomorrow⟧ from 8 a.m. Please "
         "bring your driver's license and the card you reserved with. The first 50 miles are included, "
         "then it's $0.89 a mile.\n\nThanks,\nCarla\nDesert Haul Truck Rental",
         ["relative-date"]),
    # 10. NZ campervan hire. Now Sat 1 Apr 2028 21:30 NZDT (clocks go back at 03:00 on 2 Apr).
    # "The day after tomorrow" = Mon 3 Apr.
    case("2028-04-01T21:30:00+13:00", "Pacific/Auckland", "en-GB",
         "Hi there, just checking our campervan pick-up in Christchurch is all sorted. We land at 11am "
         "on Monday.\n\nCheers,\nTom & Hana",
         "Hi Tom and Hana,\n\nKia ora and thanks for checking in. Your campervan will be ready at our "
         "Christchurch depot ⟦the day after tomorrow⟧, and our airport shuttle runs every 30 minutes from "
         "9am until 5pm. Just call the number on your booking when you've collected your bags.\n\nNgā "
         "mihi,\nAroha\nSouthern Roam Campervans",
         ["relative-date"]),
    # 11. Irish window cleaner. Now Mon 16 Oct 2028: "next Wednesday" is the 18th or the 25th.
    case("2028-10-16T08:10:00+01:00", "Europe/Dublin", "en-GB",
         "Hi, could you do the windows and the conservatory roof before the end of the month? We're "
         "having people over on the 28th.\n\nDeclan",
         "Hi Declan,\n\nThanks for the message. We'll be round ⟦next Wednesday⟧ to do the windows and the "
         "conservatory roof, starting at about 9am. The price is €85 as before, and you don't need to be "
         "home as long as the side gate is open.\n\nAll the best,\nOisín\nClearView Window Cleaning",
         ["relative-date"]),
    # 12. Online course platform, London to a student in Singapore. Now Fri 29 Sep 2028 17:55 BST =
    # Sat 30 Sep 00:55 in Singapore: her "today" is already Saturday.
    case("2028-09-29T17:55:00+01:00", "Europe/London", "en-GB",
         "I've been ill this week and I'm behind on the Unit 3 essay. Could I have a short extension "
         "please?\n\nWei Ling",
         "Hi Wei Ling,\n\nI'm sorry to hear you've been unwell. Your extension has been approved: please "
         "upload the Unit 3 essay by 23:59 UK time ⟦today⟧. If you need longer than that, reply to this "
         "email and I'll ask your tutor.\n\nTake care,\nBeth\nLedgerLearn Student Support",
         ["relative-date"], "Asia/Singapore"),
    # 13. US tax e-filing helpdesk. Now Sun 5 Mar 2028. "Early next week": a vague promise (and, on a
    # Sunday, the week starting tomorrow or the one after?).
    case("2028-03-05T16:00:00-05:00", "America/New_York", "en-US",
         "Your software keeps rejecting my state return with error ST-114 and the deadline is getting "
         "close. When will this be fixed?\n\nPatrice",
         "Hi Patrice,\n\nThanks for your patience. Our engineers have found the cause of error ST-114, and "
         "the fix for the state form will go live ⟦early next week⟧. Once it does, you can resubmit from "
         "the Filing Status page without re-entering anything. Your federal return was accepted and isn't "
         "affected.\n\nRegards,\nMichael\nQuickFile Tax Support",
         ["relative-date"]),
    # 14. Scottish distillery. Now Sat 30 Dec 2028 22:40: "in two days" is Mon 1 Jan 2029 (or Tue
    # 2 Jan if read on Sunday).
    case("2028-12-30T22:40:00+00:00", "Europe/London", "en-GB",
         "We're up in Speyside for Hogmanay and would love to do a tour before we head home. There are six "
         "of us.\n\nCheers,\nAlasdair",
         "Hi Alasdair,\n\nThanks for thinking of us over the festive break. We can fit your party of six "
         "on the Cask & Copper tour ⟦in two days⟧, at 11am, and the tasting at the end is included. "
         "Tickets are £28 each, and under-18s are welcome on the tour but not at the tasting.\n\n"
         "Slàinte,\nIsla\nGlen Torran Distillery",
         ["relative-date"]),
    # 15. UK bakery. Now Sat 20 May 2028 07:30: she asked for Sunday rather than Saturday, and "this
    # weekend" answers neither. 🦄 before the label (astral offset).
    case("2028-05-20T07:30:00+01:00", "Europe/London", "en-GB",
         "Hello, I ordered the unicorn cake for Maisie's party on Sunday. Can I collect it on Sunday "
         "morning rather than Saturday?\n\nThanks,\nGemma",
         "Hi Gemma,\n\nOf course. Maisie's unicorn cake 🦄 can be collected ⟦this weekend⟧ from either of "
         "our shops, whichever is easier for you. We open at 7am and the cake will be boxed and labelled "
         "with your name. Please keep it somewhere cool until the party.\n\nLove,\nBecky\nThe Flour Pot",
         ["relative-date"]),
    # 16. Canadian canoe outfitter (Ontario). Now Fri 30 Jun 2028: "next Saturday" is 1 Jul (Canada
    # Day, tomorrow) or 8 Jul; the customer said any Saturday in July.
    case("2028-06-30T18:20:00-04:00", "America/Toronto", "en-GB",
         "Hi, we'd like to rent two canoes for an overnight trip on the Oxtongue River. Could you drop "
         "them at the put-in? Any Saturday in July works for us.\n\nThanks,\nMaya",
         "Hi Maya,\n\nThanks for booking with us. We'll have two canoes, paddles and life jackets at the "
         "Oxtongue put-in ⟦next Saturday⟧ at 7:30am, and we'll collect them from the take-out the "
         "following afternoon. The total for the two days is $180 plus tax.\n\nHappy paddling,\nLuc\n"
         "Algonquin Edge Outfitters",
         ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17. UK photo lab. Now Wed 6 Sep 2028. 15 Sep 2028 is a Friday, not a Thursday.
    case("2028-09-06T11:30:00+01:00", "Europe/London", "en-GB",
         "Hi, just wondering when my three canvas prints will be ready. I'd like to collect them in "
         "person.\n\nNadia",
         "Hi Nadia,\n\nYour three canvas prints are in the finishing queue and will be ready to collect "
         "from ⟦Thursday 15 September⟧. Our counter is open 9am to 5:30pm, Monday to Saturday. Please "
         "bring the order email or your receipt when you call in.\n\nBest wishes,\nOwen\nSilverGrain "
         "Photo Lab",
         ["weekday-mismatch"]),
    # 18. US self-storage. Now Thu 10 Aug 2028. 8/23/2028 is a Wednesday, not a Tuesday.
    case("2028-08-10T13:00:00-05:00", "America/Chicago", "en-US",
         "I'd like to move into the 10x10 unit later this month. What dates do you have?\n\nKevin",
         "Hi Kevin,\n\nThe 10x10 climate-controlled unit is reserved for you, with a move-in date of "
         "⟦Tues., 8/23⟧. Your gate code will be texted to you the morning of move-in, and the office is "
         "open 9 a.m. to 6 p.m. if you need a hand truck. Your first month is $1, then $129 a month after "
         "that.\n\nThanks,\nDana\nPrairie Lock Self Storage",
         ["weekday-mismatch"]),
    # 19. Irish B&B. Now Mon 2 Oct 2028. 12 Nov 2028 is a Sunday (right); 14 Nov 2028 is a Tuesday,
    # not a Wednesday.
    case("2028-10-02T19:45:00+01:00", "Europe/Dublin", "en-GB",
         "Hi, do you have a double room from the 12th to the 14th of November? We're coming over for a "
         "wedding in Kenmare.\n\nPaul",
         "Hi Paul,\n\nWe'd be delighted to have you. I've booked our garden double for you, arriving "
         "Sunday 12 November and leaving ⟦Wednesday 14 November⟧. The rate is €110 a night including "
         "breakfast, and check-in is from 3pm.\n\nKind regards,\nMáire\nHawthorn House B&B",
         ["weekday-mismatch"]),
    # 20. NZ whale watching. Now Mon 18 Dec 2028. 27/12/2028 is a Wednesday, not a Monday. 🐋 before
    # the label (astral offset).
    case("2028-12-18T16:20:00+13:00", "Pacific/Auckland", "en-GB",
         "Hi, we'd like to book the whale watch cruise between Christmas and New Year for two adults and "
         "a 9-year-old.\n\nRegards,\nSimon",
         "Hi Simon,\n\nThanks for your booking 🐋 You're confirmed on the 10:45am cruise on ⟦Mon 27/12⟧ "
         "for two adults and one child. Please check in at the Whaleway Station 30 minutes before "
         "departure. Sailings can be cancelled at short notice if the sea is rough, and if that happens "
         "we'll rebook you or refund you in full.\n\nNgā mihi,\nRiki\nKaikōura Ocean Tours",
         ["weekday-mismatch"]),
    # 21. UK chimney sweep. Now Wed 1 Mar 2028; "next week" = week of 6 Mar. The next 7th is
    # Tue 7 Mar 2028, not a Wednesday (no month named).
    case("2028-03-01T09:20:00+00:00", "Europe/London", "en-GB",
         "Could you sweep our chimney next week, before we light the wood burner again? Any morning is "
         "fine.\n\nRoger",
         "Hi Roger,\n\nThanks for getting in touch. I can sweep the chimney on ⟦Wednesday the 7th⟧, "
         "arriving between 8am and 9am, and it usually takes about an hour. You'll get a sweeping "
         "certificate for your insurer at the end of the visit. The cost is £70.\n\nCheers,\nStan\n"
         "Sootys Chimney Sweeps",
         ["weekday-mismatch"]),
    # 22. Canadian ski resort (Alberta). Now Tue 8 Feb 2028. 2028-02-19 is a Saturday, not a Sunday
    # (Family Day is Mon 21 Feb 2028).
    case("2028-02-08T14:00:00-07:00", "America/Edmonton", "en-GB",
         "We're driving up from Calgary for Family Day weekend. Can we buy lift tickets for the two kids "
         "in advance?\n\nSteph",
         "Hi Steph,\n\nYes, you can! I've reserved two youth lift tickets for ⟦Sun 2028-02-19⟧, and "
         "they'll be waiting at the guest services desk in the base lodge. Youth tickets are $79 each "
         "with the advance discount. The lifts open at 8:30am and the last upload is at 3:45pm.\n\n"
         "See you on the slopes,\nKyle\nSunridge Mountain Resort"
         , ["weekday-mismatch"]),
    # 23. UK escape room. Now Wed 20 Dec 2028. 29 Dec 2028 is a Friday, not a Thursday; and "7:15"
    # with "any time of day is fine" in the thread.
    case("2028-12-20T12:40:00+00:00", "Europe/London", "en-GB",
         "Hi, can we book the Pharaoh's Tomb room for 5 people between Christmas and New Year? Any time of "
         "day is fine.\n\nJess",
         "Hi Jess,\n\nYou're booked into the Pharaoh's Tomb for 5 players on ⟦Thurs 29th Dec⟧ at "
         "⟦7:15⟧. Please arrive 15 minutes early for the briefing, as the 60-minute clock starts on time. "
         "The £120 balance is payable when you arrive.\n\nHave fun,\nZak\nLocked In Leeds",
         ["weekday-mismatch", "ambiguous-time"]),
    # 24. US bridal alterations. Now Mon 12 Jun 2028. 7 Jul 2028 is a Friday, not a Thursday.
    case("2028-06-12T11:00:00-04:00", "America/New_York", "en-US",
         "My wedding is July 15. When should I come in for my final fitting?\n\nBrianna",
         "Hi Brianna,\n\nCongratulations again! Your final fitting is booked for ⟦Thursday, July 7, 2028⟧ "
         "at 5:30 p.m. with Rosa, about a week before the big day. Please bring the shoes and "
         "undergarments you'll wear on the day. We'll steam and bag the gown so it's ready to take home."
         "\n\nWarmly,\nAmelia\nSatin & Thread Alterations",
         ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25. US bakery. Now Tue 2 May 2028. June has 30 days.
    case("2028-05-02T10:10:00-07:00", "America/Los_Angeles", "en-US",
         "Can you deliver a three-tier wedding cake to the Oak Hollow barn at the end of June? The wedding "
         "is on the last day of the month.\n\nJenna",
         "Hi Jenna,\n\nCongratulations! We can deliver and set up your three-tier cake at Oak Hollow on "
         "⟦June 31st⟧, arriving by 2 p.m. so it's in place well before the reception. Delivery and setup "
         "are $95 within 30 miles. We'll send the final invoice two weeks before.\n\nBest,\nSofia\n"
         "Golden Crust Bakehouse",
         ["impossible-date"]),
    # 26. Irish bike hire. Now Tue 25 Jan 2028. February 2028 has 29 days.
    case("2028-01-25T15:30:00+00:00", "Europe/Dublin", "en-GB",
         "Hi, we'd like to hire four bikes for the Waterford Greenway at the end of February. Is that "
         "possible so early in the year?\n\nKaren",
         "Hi Karen,\n\nIt certainly is. I've booked four hybrid bikes for you on ⟦30 February⟧, with "
         "helmets and a repair kit included. Collection is from our Dungarvan shop between 9am and 10am, "
         "and our shuttle will bring you back from Waterford at 4pm. The total is €140.\n\nThanks,\n"
         "Ciarán\nDéise Bike Hire",
         ["impossible-date"]),
    # 27. UK hearing-aid clinic. Now Fri 20 Oct 2028. November has 30 days.
    case("2028-10-20T14:50:00+01:00", "Europe/London", "en-GB",
         "My new hearing aids are whistling. Can I come in for an adjustment next month?\n\nMr Pryce",
         "Dear Mr Pryce,\n\nI'm sorry the new aids are whistling; it's usually a quick fix to the fitting. "
         "I've booked you in with our audiologist, Hannah, on ⟦31 November⟧ at 10:20am at the Kendal "
         "clinic. Please bring both aids and their chargers.\n\nKind regards,\nLouise\nClearSound Hearing",
         ["impossible-date"]),
    # 28. NZ holiday park. Now Tue 5 Dec 2028. 2029 is not a leap year.
    case("2028-12-05T09:15:00+13:00", "Pacific/Auckland", "en-GB",
         "We'd like a powered site for our caravan for a week from the last day of February.\n\nCheers,\n"
         "Graeme",
         "Hi Graeme,\n\nThanks for choosing us again. Your powered site is booked from ⟦29/02/2029⟧ for "
         "seven nights, and check-in is from 2pm at the office by the gate. The rate is $58 a night, with "
         "the first night's payment due on arrival.\n\nCheers,\nMere\nLakeside Holiday Park",
         ["impossible-date"]),
    # 29. US pet insurer. Now Tue 12 Sep 2028. September has 30 days.
    case("2028-09-12T08:45:00-05:00", "America/Chicago", "en-US",
         "I submitted a claim for Luna's surgery two weeks ago. When will I get reimbursed?\n\nGreg",
         "Hi Greg,\n\nThanks for your patience while we reviewed Luna's claim. It has been approved for "
         "$1,240, and the reimbursement will reach your bank account by ⟦September 31⟧. You'll get an "
         "email with the explanation of benefits once the payment is sent.\n\nBest regards,\nTanya\n"
         "Pawsure Pet Insurance",
         ["impossible-date"]),
    # 30. US online course platform. Now Mon 30 Oct 2028 (PDT until 5 Nov). November has 30 days.
    case("2028-10-30T20:05:00-07:00", "America/Los_Angeles", "en-US",
         "I paused my subscription last month. When exactly will my access come back?\n\nHarpreet",
         "Hi Harpreet,\n\nYour subscription is paused until ⟦2028-11-31⟧, and your access will come back "
         "automatically that day. All your progress and certificates are saved in the meantime. If you'd "
         "like to restart sooner, you can resume from the Billing page at any time.\n\nCheers,\nOlivia\n"
         "CodeCraft Academy",
         ["impossible-date"]),
    # 31. Scottish distillery. Now Mon 15 May 2028. June has 30 days.
    case("2028-05-15T10:30:00+01:00", "Europe/London", "en-GB",
         "Do you run the warehouse tasting at the end of June? We're on holiday in the area that week."
         "\n\nBrian",
         "Hi Brian,\n\nWe do! The warehouse tasting runs on ⟦the 31st of June⟧ from 2pm to 4pm, and there "
         "are still eight places left. It's £45 per person and includes a 5cl sample to take home.\n\n"
         "Slàinte,\nIsla\nGlen Torran Distillery",
         ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32. Locksmith. Now Thu 9 Mar 2028. Mon 6 Mar 2028 (weekday right) was three days ago.
    case("2028-03-09T11:00:00+00:00", "Europe/London", "en-GB",
         "The lock on our back door is sticking and won't turn. Can someone replace it? We're in most "
         "days.\n\nSandra",
         "Hi Sandra,\n\nSorry to hear about the back door. Our locksmith will come and replace the lock on "
         "⟦Monday 6 March⟧, between 10am and noon. He'll bring a few styles of handle so you can pick one "
         "that matches. The job is normally £95 including the new lock.\n\nBest wishes,\nPriya\nCityKey "
         "Locksmiths",
         ["past-date"]),
    # 33. US moving-truck rental (Colorado). Now Wed 12 Jul 2028. "Moved to a later date": 8 Jul 2028
    # was four days ago.
    case("2028-07-12T09:20:00-06:00", "America/Denver", "en-US",
         "Hi, I need to move my truck reservation to a later date because our closing got pushed back. "
         "Can you help?\n\nLaura",
         "Hi Laura,\n\nNo problem at all. I've moved your 20-foot truck reservation to ⟦July 8, 2028⟧, with "
         "pickup from our Aurora location at 9 a.m. There's no fee for the change. Your confirmation "
         "number stays the same: DH-55017.\n\nThanks,\nCarla\nDesert Haul Truck Rental",
         ["past-date"]),
    # 34. NZ campervan hire. Now Thu 4 Jan 2029: 28/12/2028 is a week gone (year rollover).
    case("2029-01-04T10:00:00+13:00", "Pacific/Auckland", "en-GB",
         "We returned the van on the 2nd with no damage. When will we get our bond back?\n\nEmma",
         "Hi Emma,\n\nThanks for returning the van in such good shape. The $2,500 bond will be released "
         "back to your card by ⟦28/12/2028⟧, although some banks take a few extra days to show it. "
         "Nothing more is needed from you.\n\nNgā mihi,\nAroha\nSouthern Roam Campervans",
         ["past-date"]),
    # 35. Scottish distillery. Now Mon 20 Nov 2028. Sat 18 Nov 2028 (weekday right) is the tour they
    # missed, two days ago.
    case("2028-11-20T16:10:00+00:00", "Europe/London", "en-GB",
         "We had to miss our tour on Saturday because of the snow. Could we rebook for any weekend before "
         "Christmas?\n\nLorna",
         "Hi Lorna,\n\nSorry the weather kept you away. We've rebooked your two places on the distillery "
         "tour for ⟦Saturday 18 November⟧ at 2pm, at no extra cost. Please show the new confirmation "
         "email at the visitor centre.\n\nSlàinte,\nEwan\nGlen Torran Distillery",
         ["past-date"]),
    # 36. US tax e-filing helpdesk. Now Fri 20 Oct 2028. The extension deadline (15 Oct 2028 is a
    # Sunday, so Mon 16 Oct) passed four days ago, yet is given as still to come.
    case("2028-10-20T11:15:00-04:00", "America/New_York", "en-US",
         "I filed for an extension back in April. Can I still e-file my return through your site?"
         "\n\nSteven",
         "Hi Steven,\n\nYes, you can still e-file through our site. Because you filed for an extension, "
         "your federal return must be transmitted by ⟦October 16⟧ to be on time. Any tax you owe should "
         "already have been paid by the April deadline, so interest may apply to an unpaid balance.\n\n"
         "Regards,\nMichael\nQuickFile Tax Support",
         ["past-date"]),
    # 37. US photo lab. Now Thu 3 Feb 2028 00:10: "will ship on Jan. 31" is three days gone.
    case("2028-02-03T00:10:00-08:00", "America/Los_Angeles", "en-US",
         "Our wedding album was supposed to ship last week. Any update?\n\nCarlos & Mia",
         "Hi Carlos and Mia,\n\nSorry for the wait on your album. The binding is finished and the album "
         "will ship by UPS on ⟦Jan. 31⟧, and you'll get a tracking link by email as soon as it leaves us. "
         "Delivery usually takes 2–3 business days.\n\nBest,\nRachel\nPacific Lens Photo Lab",
         ["past-date"]),
    # 38. Online course platform. Now Mon 10 Apr 2028: the "next cohort" on 2028-04-03 started a week
    # ago.
    case("2028-04-10T09:00:00+01:00", "Europe/London", "en-GB",
         "I missed the start of the spring cohort. Can I join the next one instead?\n\nFraser",
         "Hi Fraser,\n\nOf course. I've moved your place to the next cohort, which starts on "
         "⟦2028-04-03⟧, and your welcome pack will arrive by email a week before. Your fee carries over, "
         "so there's nothing more to pay.\n\nBest,\nHollie\nLedgerLearn",
         ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39. US bridal alterations to a bride in London. Now Mon 10 Jan 2028. 03/04/2028 = 4 Mar (US) or
    # 3 Apr (UK); 05/04/2028 = 4 May or 5 Apr; all four ahead.
    case("2028-01-10T10:00:00-05:00", "America/New_York", "en-US",
         "I'm flying over from London for the dress fittings. The wedding is in June. Which dates should "
         "I book flights for?\n\nCharlotte",
         "Hi Charlotte,\n\nHow exciting! Your first fitting is on ⟦03/04/2028⟧ and the final one on "
         "⟦05/04/2028⟧, so please plan to be in New York for both. Each fitting takes about an hour, and "
         "we'll confirm the exact times by email once your flights are booked.\n\nWarmly,\nAmelia\n"
         "Satin & Thread Alterations",
         ["ambiguous-numeric-date", "ambiguous-numeric-date"], "Europe/London"),
    # 40. Scottish ferry to a passenger flying in from Boston. Now Thu 20 Apr 2028. 5/6 = 5 Jun (UK)
    # or 6 May (US), both ahead. The sailing time carries "UK time".
    case("2028-04-20T12:30:00+01:00", "Europe/London", "en-GB",
         "Hi, we're flying in from Boston and driving up to Oban. Please can you confirm which day our car "
         "is booked on the Mull ferry?\n\nJim Kowalski",
         "Hi Jim,\n\nYour car and two passengers are booked on the 11:00 (UK time) sailing from Oban on "
         "⟦5/6⟧. Please be at the terminal 30 minutes before departure, and keep your booking reference, "
         "WCF-7730, handy. The return is open, so you can come back on any sailing within a month.\n\n"
         "Kind regards,\nCalum\nWest Coast Ferries",
         ["ambiguous-numeric-date"]),
    # 41. Irish B&B to a family from Ohio. Now Tue 21 Mar 2028 (Ireland on GMT until 26 Mar).
    # 06-09-2028 = 6 Sep (IE) or 9 Jun (US), both ahead.
    case("2028-03-21T20:30:00+00:00", "Europe/Dublin", "en-GB",
         "Hi! We're a family of four coming from Ohio this summer. Can we book the family room for three "
         "nights?\n\nLinda",
         "Hi Linda,\n\nLovely to hear from you. I've booked the family room for three nights from "
         "⟦06-09-2028⟧, with a full Irish breakfast each morning. A deposit of €100 secures the booking, "
         "and the balance is due when you arrive.\n\nWarm wishes,\nNuala\nHawthorn House B&B",
         ["ambiguous-numeric-date"], "America/New_York"),
    # 42. NZ whale watching to a customer in Seattle. Now Tue 12 Dec 2028. 2/3/29 = 2 Mar 2029 (NZ) or
    # 3 Feb 2029 (US); both fall in the customer's February-March trip.
    case("2028-12-12T15:00:00+13:00", "Pacific/Auckland", "en-GB",
         "We'll be in New Zealand in February and March. Could we book the whale watch for two while "
         "we're in Kaikōura?\n\nDoug",
         "Hi Doug,\n\nThanks for getting in touch. You're booked on the whale watch for two on ⟦2/3/29⟧, "
         "and the boarding passes will be emailed to you the week before. Adult tickets are $165 each."
         "\n\nNgā mihi,\nRiki\nKaikōura Ocean Tours",
         ["ambiguous-numeric-date"], "America/Los_Angeles"),
    # 43. Canadian ski resort to a family from Manchester. Now Wed 1 Dec 2027. 01/02/2028 = 2 Jan
    # (US reading) or 1 Feb (UK reading), both ahead. Lesson times carry "Whistler time".
    case("2027-12-01T10:30:00-08:00", "America/Vancouver", "en-GB",
         "We're flying from Manchester for a week's skiing in the new year. Can you confirm the dates of "
         "our ski school booking?\n\nRachel",
         "Hi Rachel,\n\nThanks for booking with us. Your children's ski school places run for five days "
         "starting ⟦01/02/2028⟧, with lessons from 9:30am to 12:30pm Whistler time each day. Please "
         "collect the lesson bibs from the Kids' Centre on the first morning.\n\nSee you on the "
         "mountain,\nJordan\nPeak Ridge Adventures",
         ["ambiguous-numeric-date"], "Europe/London"),
    # 44. Online course platform to a student in Boston. Now Tue 5 Sep 2028. 10.11.2028 = 10 Nov (UK)
    # or 11 Oct (US), both ahead. "5pm" has no zone (London BST vs Boston EDT, 5 h apart).
    case("2028-09-05T16:30:00+01:00", "Europe/London", "en-GB",
         "When does the autumn intake of the Data Analysis course start? I'm in Boston, so I'd like to plan "
         "around work.\n\nAshley",
         "Hi Ashley,\n\nThe autumn intake of Data Analysis starts on ⟦10.11.2028⟧, and the course runs for "
         "eight weeks. The welcome call is at ⟦5pm⟧ on the first day, and all the lessons after that are "
         "recorded, so you can study whenever suits you. Enrolment closes a week before the start.\n\n"
         "Best,\nHollie\nLedgerLearn",
         ["ambiguous-numeric-date", "missing-timezone"], "America/New_York"),
    # 45. UK narrowboat hire to a couple in Texas. Now Fri 10 Mar 2028. 4/8 to 11/8 = 4-11 Aug (UK)
    # or 8 Apr to 8 Nov (US); all ahead.
    case("2028-03-10T13:45:00+00:00", "Europe/London", "en-GB",
         "Howdy from Texas! We'd like to rent a narrowboat for a week on the Llangollen Canal this year. "
         "What dates did you hold for us?\n\nBill & Sue",
         "Hi Bill and Sue,\n\nThanks for choosing us for your canal holiday. We've held the six-berth boat "
         "Kingfisher for you from ⟦4/8⟧ to ⟦11/8⟧, and a member of our team will give you a full handover "
         "and a trial run before you set off. The deposit of £400 is due within 14 days.\n\nKind regards,"
         "\nMegan\nWelsh Waters Narrowboats",
         ["ambiguous-numeric-date", "ambiguous-numeric-date"]),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46. Online course platform, London (GMT) to Toronto (EST until 12 Mar). Now Mon 28 Feb 2028.
    # Wed 8 Mar 2028 is a Wednesday.
    case("2028-02-28T12:00:00+00:00", "Europe/London", "en-GB",
         "Is there a live session for the Excel module? I'd like to attend if I can.\n\nPriyanka",
         "Hi Priyanka,\n\nThere is! The live Excel session starts at ⟦7pm⟧ on Wednesday 8 March and lasts "
         "about an hour. The link will be on your dashboard, and a recording follows within two days.\n\n"
         "Best,\nHollie\nLedgerLearn",
         ["missing-timezone"], "America/Toronto"),
    # 47. US tax e-filing helpdesk (New York); the customer is in Honolulu (thread). Now Thu 10 Feb
    # 2028. Tue 15 Feb 2028 is a Tuesday.
    case("2028-02-10T15:20:00-05:00", "America/New_York", "en-US",
         "I'm in Honolulu and keep getting locked out of my account. Can someone call me to sort it out?"
         "\n\nKeoni",
         "Hi Keoni,\n\nSorry about the lockouts. One of our account specialists will call you at ⟦2 p.m.⟧ "
         "on Tuesday, February 15, at the number ending 4417. Please have your photo ID nearby so we can "
         "verify you quickly.\n\nRegards,\nMichael\nQuickFile Tax Support",
         ["missing-timezone"]),
    # 48. NZ campervan hire (NZST, UTC+12) to London (BST, UTC+1). Now Wed 14 Jun 2028. Fri 16 Jun
    # 2028 is a Friday. 8am NZ = 9pm Thursday in London; 6pm NZ = 7am Friday.
    case("2028-06-14T19:30:00+12:00", "Pacific/Auckland", "en-GB",
         "Could someone talk us through the insurance options before we confirm? A call would be "
         "easiest.\n\nRuth",
         "Hi Ruth,\n\nHappy to help. I'll ring you at ⟦8am⟧ on Friday 16 June to go through the three "
         "insurance options, or at ⟦6pm⟧ that evening if that suits you better. The call usually takes "
         "about 20 minutes.\n\nNgā mihi,\nAroha\nSouthern Roam Campervans",
         ["missing-timezone", "missing-timezone"], "Europe/London"),
    # 49. Scottish distillery; the customer is in Chicago (thread). Now Mon 2 Oct 2028. Thu 19 Oct
    # 2028 is a Thursday (BST vs CDT, 6 h apart).
    case("2028-10-02T10:00:00+01:00", "Europe/London", "en-GB",
         "I'm in Chicago and can't make it over this year. Do you still run the online tastings? I'd love "
         "to join one.\n\nDan",
         "Hi Dan,\n\nWe do, and we'd love to have you along. Our next online tasting goes live at ⟦8pm⟧ on "
         "Thursday 19 October, and the five sample bottles will be posted to you in advance. Tickets are "
         "£55 including shipping to the US.\n\nSlàinte,\nEwan\nGlen Torran Distillery",
         ["missing-timezone"]),
    # 50. US moving-truck rental, Los Angeles (PDT) to a customer in New York (EDT). Now Mon 19 Jun
    # 2028. Fri 23 Jun 2028 is a Friday.
    case("2028-06-19T14:10:00-07:00", "America/Los_Angeles", "en-US",
         "I'm flying out to LA next week to pick up a one-way truck and drive my daughter's things back "
         "to Boston, but my start date might change. How late can I cancel without a fee?\n\nNoah",
         "Hi Noah,\n\nYou can cancel free of charge until ⟦5 p.m.⟧ on Friday, June 23. After that a $50 "
         "fee applies, but you can still change your pickup date for free. Just reply to this email or "
         "use the Manage Reservation page.\n\nThanks,\nCarla\nDesert Haul Truck Rental",
         ["missing-timezone"], "America/New_York"),
    # 51. Canadian ski resort (Whistler, PST); the customer is in Montreal (thread; EST). Now Wed
    # 22 Nov 2028. Thu 30 Nov 2028 is a Thursday.
    case("2028-11-22T09:00:00-08:00", "America/Vancouver", "en-GB",
         "We're in Montreal and flying out to you for the opening week. When do we need to check in online "
         "for our lodge rooms?\n\nJulien",
         "Hi Julien,\n\nGreat to hear you're joining us for opening week. Online check-in for your lodge "
         "rooms closes at ⟦6pm⟧ on Thursday 30 November, and your room keys will then be ready at the "
         "front desk when you arrive. Please add your flight details so our shuttle can meet you.\n\n"
         "See you soon,\nKyle\nPeak Ridge Adventures",
         ["missing-timezone"]),
    # 52. Irish B&B (IST, UTC+1) to New York (EDT). Now Mon 3 Jul 2028. Mon 10 Jul 2028 is a Monday.
    # A 24-hour time with no zone.
    case("2028-07-03T11:00:00+01:00", "Europe/Dublin", "en-GB",
         "Could you give me a call to talk about a private dinner for our group? Email is hard to keep up "
         "with.\n\nMark",
         "Hi Mark,\n\nOf course. I'll give you a ring at ⟦16:30⟧ on Monday 10 July to talk through menus and "
         "numbers for the private dinner. If that time doesn't work, send me one that does.\n\n"
         "Warm wishes,\nNuala\nHawthorn House B&B",
         ["missing-timezone"], "America/New_York"),
    # 53. US pet insurer, Los Angeles (PST, UTC-8) to Arizona (MST, UTC-7) in winter, when the clocks
    # differ. Now Wed 12 Jan 2028. Mon 17 Jan 2028 is a Monday.
    case("2028-01-12T10:00:00-08:00", "America/Los_Angeles", "en-US",
         "Can I get a video consult with one of your vets about Pepper's limping? We're in Scottsdale."
         "\n\nKim",
         "Hi Kim,\n\nI'm sorry Pepper is limping. I've booked a video consult with Dr. Harris for "
         "⟦10:30 a.m.⟧ on Monday, January 17, and the link will be texted to you 15 minutes before. The "
         "consult is free with your plan.\n\nBest regards,\nJason\nPawsure Pet Insurance",
         ["missing-timezone"], "America/Phoenix"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54. US moving-truck rental (New York). Now Thu 6 Jul 2028. Sat 15 Jul 2028 is a Saturday; New
    # York is on EDT in July.
    case("2028-07-06T17:30:00-04:00", "America/New_York", "en-US",
         "What time can I pick up the cargo van on Saturday the 15th?\n\nAlicia",
         "Hi Alicia,\n\nYour cargo van will be ready for pickup between 8 a.m. and 10 a.m. ⟦EST⟧ on "
         "Saturday, July 15, at our Queens location. Please bring your license and a credit card in your "
         "name. Mileage is $0.69 a mile.\n\nThanks,\nCarla\nDesert Haul Truck Rental",
         ["zone-mismatch"]),
    # 55. Online course platform. Now Mon 4 Dec 2028. Tue 12 Dec 2028 is a Tuesday; the UK is on GMT
    # in December.
    case("2028-12-04T15:00:00+00:00", "Europe/London", "en-GB",
         "When is the December webinar on VAT returns? I'd like to put it in my diary.\n\nAndrew",
         "Hi Andrew,\n\nThe VAT returns webinar starts at 6pm ⟦BST⟧ on Tuesday 12 December and runs for 90 "
         "minutes. You'll get a reminder email with the joining link the morning before. Slides are "
         "shared afterwards for anyone who can't stay to the end.\n\nBest,\nHollie\nLedgerLearn",
         ["zone-mismatch"]),
    # 56. NZ whale watching to Sydney. Now Wed 10 Jan 2029. Fri 12 Jan 2029 is a Friday; NZ is on
    # NZDT (UTC+13) in January. 9am NZDT = 7am AEDT, so the bracket is right for NZDT.
    case("2029-01-10T12:00:00+13:00", "Pacific/Auckland", "en-GB",
         "Can someone call me before our trip to go over the cancellation policy? I'm in Sydney until the "
         "18th.\n\nMichelle",
         "Hi Michelle,\n\nOf course. I'll phone you at 9am ⟦NZST⟧ (7am in Sydney) on Friday 12 January to "
         "go through the cancellation policy. If that's too early for you, just let me know.\n\nNgā mihi,"
         "\nRiki\nKaikōura Ocean Tours",
         ["zone-mismatch"], "Australia/Sydney"),
    # 57. Canadian ski resort (Whistler). Now Thu 20 Jan 2028. Tue 1 Feb 2028 is a Tuesday. PST is
    # UTC-8, not UTC-7.
    case("2028-01-20T13:00:00-08:00", "America/Vancouver", "en-GB",
         "When does the online sale on next season's passes end? I want to buy two.\n\nOwen",
         "Hi Owen,\n\nThe season pass sale ends at 11:59pm ⟦PST (UTC-7)⟧ on Tuesday 1 February, after which "
         "the price goes up by $150. You can buy both passes online in one order. Please upload a recent "
         "photo for each pass holder.\n\nSee you on the mountain,\nJordan\nPeak Ridge Adventures",
         ["zone-mismatch"]),
    # 58. UK hearing-aid clinic. Now Wed 25 Oct 2028 (BST). Tue 31 Oct 2028 is a Tuesday, after the
    # clocks go back on Sun 29 Oct: GMT by then.
    case("2028-10-25T10:40:00+01:00", "Europe/London", "en-GB",
         "Could we do a video call about the hearing aid trial next week? I work from home so any weekday "
         "morning is fine.\n\nMrs Oduya",
         "Dear Mrs Oduya,\n\nThank you for your email. Hannah will video call you at 10am ⟦BST⟧ on Tuesday "
         "31 October to talk through the hearing aid trial. The call takes about half an hour, and you'll "
         "need your current aids to hand.\n\nKind regards,\nLouise\nClearSound Hearing",
         ["zone-mismatch"]),
    # 59. US driving school (Chicago). Now Wed 8 Mar 2028 (CST). Mon 13 Mar 2028 is a Monday, after
    # the US clocks go forward on Sun 12 Mar: CDT by then.
    case("2028-03-08T16:00:00-06:00", "America/Chicago", "en-US",
         "Is there an online defensive driving class next week? I need it for my insurance discount."
         "\n\nTerrell",
         "Hi Terrell,\n\nYes, there's a spot left in our online defensive driving class, which runs from "
         "1 p.m. to 4 p.m. ⟦CST⟧ on Monday, March 13. Your certificate is emailed within a day of "
         "finishing. The class is $39.\n\nThanks,\nJanelle\nLakeshore Driving School",
         ["zone-mismatch"]),
    # 60. US photo lab (Denver). Now Tue 1 Aug 2028. Fri 4 Aug 2028 is a Friday; Denver is on MDT in
    # August (only Arizona keeps MST). 8 Aug 2028 is a Tuesday, not a Monday (Mon is 7 Aug).
    case("2028-08-01T10:00:00-06:00", "America/Denver", "en-US",
         "I need my prints for a show on the 7th. What's the latest I can order and still get them in "
         "time?\n\nAlana",
         "Hi Alana,\n\nIf you order by 11 a.m. ⟦MST⟧ on Friday, August 4, we'll print and ship the same day "
         "with two-day delivery. Orders placed after that will ship on ⟦Monday, August 8⟧. Please "
         "double-check the crop on each file before you upload.\n\nHappy printing,\nLena\nMile High "
         "Photo Lab",
         ["zone-mismatch", "weekday-mismatch"]),
]

NEGATIVES = [
    # 01. Locksmith. "3 Mill Lane" is an address; "9 in the morning" is settled; ranges with am/pm.
    case("2028-01-24T17:20:00+00:00", "Europe/London", "en-GB",
         "Can I pick up the spare keys for the new lock? And how late are you open?\n\nMarek",
         "Hi Marek,\n\nYour three spare keys are cut and waiting for you at our shop at 3 Mill Lane. We're "
         "open from 9 in the morning until 6pm, Monday to Saturday, and until 1pm on Sundays. Please bring "
         "the key card that came with the cylinder, as we can't cut or release keys without it.\n\n"
         "Best wishes,\nPriya\nCityKey Locksmiths"),
    # 02. UK bakery. Now Mon 5 Jun 2028. Sat 10 Jun 2028 is a Saturday. "12 people" is a count.
    case("2028-06-05T14:10:00+01:00", "Europe/London", "en-GB",
         "Hi, could I order a Victoria sponge big enough for 12 people for Saturday? I'll collect it."
         "\n\nJune",
         "Hi June,\n\nThank you for your order. A large Victoria sponge serves 12 people comfortably, and it "
         "will be ready to collect from 7.30am on Saturday 10 June. It's £32, which you can pay when you "
         "collect. We close at 4pm on Saturdays, so please come before then.\n\nLove,\nBecky\nThe Flour Pot"),
    # 03. Ferry. Now Tue 22 Aug 2028. Fri 25 Aug 2028 is a Friday. 24-hour times; lane 4, Berth 2.
    case("2028-08-22T08:05:00+01:00", "Europe/London", "en-GB",
         "What time does the first sailing to Craignure leave on Friday 25 August, and where do I queue "
         "with the car?\n\nHelen",
         "Hi Helen,\n\nThe first sailing on Friday 25 August leaves Oban at 07:55 and arrives in Craignure "
         "at 08:41. Cars queue in lane 4 of the marshalling area, and check-in closes 30 minutes before "
         "departure. Foot passengers board from the walkway at Berth 2.\n\nKind regards,\nCalum\n"
         "West Coast Ferries"),
    # 04. Online course platform. Now Thu 1 Jun 2028. Wed 14 Jun 2028 is a Wednesday. "room 4.30" is a
    # room number; "3.15pm" is settled.
    case("2028-06-01T10:00:00+01:00", "Europe/London", "en-GB",
         "Where is the in-person workshop for the bookkeeping course being held? I've never been to the "
         "campus.\n\nLeila",
         "Hi Leila,\n\nThe in-person workshop is in room 4.30 on the fourth floor of the Hawthorn Building, "
         "from 2pm to 5pm on Wednesday 14 June. Take the lift by the main reception and follow the signs "
         "for the Business School. Tea and coffee are served at 3.15pm.\n\nBest,\nHollie\nLedgerLearn"),
    # 05. US tax e-filing helpdesk. Now Tue 4 Apr 2028. Thu 6 Apr 2028 is a Thursday. "After lunch at
    # 2" is settled; no sign the customer is elsewhere.
    case("2028-04-04T10:30:00-04:00", "America/New_York", "en-US",
         "Can someone walk me through entering my 1099 forms? I'd prefer a phone call.\n\nGloria",
         "Hi Gloria,\n\nHappy to help with your 1099s. Our specialist Dwayne will call you after lunch at 2 "
         "on Thursday, April 6, at the number on your account. The call usually takes 20 to 30 minutes, "
         "so it helps to have the forms in front of you.\n\nRegards,\nMichael\nQuickFile Tax Support"),
    # 06. Scottish distillery to Tokyo. Now Mon 10 Jul 2028. Wed 19 Jul 2028 is a Wednesday. 10am BST
    # = 09:00 UTC = 6pm JST: converted for the customer.
    case("2028-07-10T09:45:00+01:00", "Europe/London", "en-GB",
         "I'm a whisky collector in Tokyo and I'd love to join one of your live-streamed cask openings."
         "\n\nKenji",
         "Hi Kenji,\n\nThank you for getting in touch from Tokyo. Our next live cask opening is on Wednesday "
         "19 July, at 10am here in Speyside, which is 6pm in Tokyo. The stream lasts about an hour, and "
         "you can put questions to our master distiller in the chat.\n\nSlàinte,\nEwan\nGlen Torran "
         "Distillery",
         recipient_timezone="Asia/Tokyo"),
    # 07. US photo lab. Now Wed 10 May 2028. 3 May (Wed) and Fri 5 May 2028 are past and told in the
    # past tense.
    case("2028-05-10T11:20:00-07:00", "America/Los_Angeles", "en-US",
         "Where is my order? I placed it over a week ago.\n\nDevon",
         "Hi Devon,\n\nThanks for checking in. Your order shipped on May 3 and was delivered on Friday, May "
         "5, according to UPS, and the driver left it at the side door. If you can't find it, let us know "
         "and we'll reprint it at no charge.\n\nBest,\nRachel\nPacific Lens Photo Lab"),
    # 08. NZ whale watching. Now Thu 10 Feb 2028. "Your March cruise ... on the 5th" = Sun 5 Mar 2028,
    # the first weekend of March; the month is named earlier in the sentence.
    case("2028-02-10T16:00:00+13:00", "Pacific/Auckland", "en-GB",
         "Can we book the whale watch for the first weekend of March? Two adults.\n\nKaren",
         "Hi Karen,\n\nThanks for your booking. Your March cruise is confirmed for two adults, and the boat "
         "leaves at 10:30am on the 5th. Please check in at the Whaleway Station by 10am. If the sea is too "
         "rough we'll rebook you or refund you in full.\n\nNgā mihi,\nRiki\nKaikōura Ocean Tours"),
    # 09. US bridal alterations. Now Mon 12 Jun 2028. Thu 6 Jul 2028 is a Thursday.
    case("2028-06-12T11:30:00-04:00", "America/New_York", "en-US",
         "Can I pick up my bridesmaids' dresses the week before the wedding? The wedding is July 15."
         "\n\nTasha",
         "Hi Tasha,\n\nAbsolutely. The five bridesmaids' dresses will be pressed and ready for pickup on "
         "Thursday, July 6, 2028, any time between 10 a.m. and 7 p.m. Please ask each bridesmaid to try "
         "hers on in the shop so Rosa can check the hems.\n\nWarmly,\nAmelia\nSatin & Thread Alterations"),
    # 10. US moving-truck rental in Arizona (MST all year) to New York. Now Tue 18 Jul 2028. Thu
    # 20 Jul 2028 is a Thursday. 9 a.m. MST = 16:00 UTC = noon EDT. MST in July is right for Arizona.
    case("2028-07-18T08:00:00-07:00", "America/Phoenix", "en-US",
         "I'm in New York helping my mom plan her move out of Tempe. Can you call me about the truck "
         "sizes?\n\nRobert",
         "Hi Robert,\n\nHappy to help with your mom's move. Our Tempe manager, Luis, will call you at 9 a.m. "
         "MST, which is noon Eastern, on Thursday, July 20. He'll go over the 10-, 15- and 20-foot trucks "
         "and which one fits a two-bedroom home.\n\nThanks,\nCarla\nDesert Haul Truck Rental",
         recipient_timezone="America/New_York"),
    # 11. US pet insurer, Los Angeles (PDT, UTC-7) to Tucson (MST, UTC-7) in July: the same clock, so
    # no zone is needed. Now Tue 25 Jul 2028. Thu 27 Jul 2028 is a Thursday.
    case("2028-07-25T13:00:00-07:00", "America/Los_Angeles", "en-US",
         "Could I get a video consult about Milo's itchy skin? We live in Tucson.\n\nSarah",
         "Hi Sarah,\n\nPoor Milo! I've booked a video consult with Dr. Nguyen at 4:15 p.m. on Thursday, "
         "July 27, and the link will be texted to you 15 minutes before. The consult is included in your "
         "plan, so there's nothing to pay.\n\nBest regards,\nJason\nPawsure Pet Insurance",
         recipient_timezone="America/Phoenix"),
    # 12. Irish B&B (Dublin) to Liverpool: Ireland and the UK share a clock. Now Thu 14 Sep 2028. Mon
    # 18 Sep 2028 is a Monday.
    case("2028-09-14T10:00:00+01:00", "Europe/Dublin", "en-GB",
         "We're in Liverpool and thinking of coming over on the ferry for a long weekend. Could you ring "
         "me to talk about rooms?\n\nPhil",
         "Hi Phil,\n\nLovely to hear from you. I'll give you a call at 11am on Monday 18 September to talk "
         "through the rooms and the ferry times. If that doesn't suit, send me a time that does and I'll "
         "ring you then.\n\nWarm wishes,\nNuala\nHawthorn House B&B",
         recipient_timezone="Europe/London"),
    # 13. Online course platform, London to New York in the week between the UK (29 Oct) and US (5 Nov)
    # clock changes. Now Mon 30 Oct 2028. Thu 2 Nov 2028 is a Thursday. 1pm GMT = 9am EDT.
    case("2028-10-30T15:00:00+00:00", "Europe/London", "en-GB",
         "I'm in New York. Could we have a video call about the online bookkeeping diploma this week?"
         "\n\nMaria",
         "Hi Maria,\n\nOf course. Let's speak on Thursday 2 November at 1pm GMT, which is 9am EDT in New "
         "York. I'll send a video link the day before. If another time suits you better, just let me "
         "know.\n\nBest,\nHollie\nLedgerLearn",
         recipient_timezone="America/New_York"),
    # 14. UK narrowboat hire. Now Tue 20 Jun 2028. 13/07/2028 and 20/07/2028 are both Thursdays and
    # read one way only (day > 12). "paid in full in May" is past.
    case("2028-06-20T09:00:00+01:00", "Europe/London", "en-GB",
         "Please can you confirm the dates of our narrowboat holiday? I've lost the email.\n\nDavid",
         "Hi David,\n\nNo problem. Your boat, Heron, is booked from Thursday 13/07/2028 to Thursday "
         "20/07/2028, collecting from our Chirk base after 2pm on the first day. The booking reference is "
         "WWN-40713, and the balance was paid in full in May.\n\nKind regards,\nMegan\nWelsh Waters "
         "Narrowboats"),
    # 15. UK hearing-aid clinic. Now Mon 14 Feb 2028. 2028 is a leap year: Tue 29 Feb 2028 is real.
    case("2028-02-14T12:30:00+00:00", "Europe/London", "en-GB",
         "Can I come in for my hearing test before the end of February?\n\nJoan",
         "Dear Joan,\n\nThank you for your email. I've booked your hearing test for Tuesday 29 February 2028 "
         "at 2:40pm at our Kendal clinic, with Hannah. The test takes about 45 minutes and is free of "
         "charge. Please bring a list of any medicines you take.\n\nKind regards,\nLouise\nClearSound "
         "Hearing"),
    # 16. US pet insurer. Now Tue 28 Nov 2028. 12/12/2028 reads the same both ways.
    case("2028-11-28T10:00:00-05:00", "America/New_York", "en-US",
         "When does my pet insurance renew, and will my premium go up?\n\nEileen",
         "Hi Eileen,\n\nYour policy for Oscar renews on 12/12/2028, and the new premium will be $41.20 a "
         "month, up $2.10 from this year. You'll find the renewal letter in your online account. If you'd "
         "like to raise the deductible to lower the premium, you can do that any time before renewal."
         "\n\nAll the best,\nRenee\nPawsure Pet Insurance"),
    # 17. Online course platform. Now Wed 27 Dec 2028. Sun 31 Dec 2028 is a Sunday. "midnight" and
    # "noon to 8pm" are settled.
    case("2028-12-27T09:00:00+00:00", "Europe/London", "en-GB",
         "Is the New Year discount still available on the annual plan?\n\nSimon",
         "Hi Simon,\n\nIt is! The 30% New Year discount on the annual plan runs until midnight on Sunday 31 "
         "December, UK time. Our live chat is staffed from noon to 8pm every day over the holidays if you "
         "have any questions. The discount code is NEWYEAR30.\n\nBest,\nHollie\nLedgerLearn"),
    # 18. US driving school. Now Wed 13 Sep 2028. Tue 19 Sep 2028 is a Tuesday. Ranges sharing one
    # am/pm.
    case("2028-09-13T13:00:00-05:00", "America/Chicago", "en-US",
         "What are your office hours, and when are the parent information nights?\n\nMr. Cho",
         "Hi Mr. Cho,\n\nOur office is open 9 a.m. to 5:30 p.m. on weekdays, and our instructors can take "
         "calls between 8 and 10 a.m. before lessons begin. The next parent information night is Tuesday, "
         "September 19, from 6 to 8 p.m. at our Evanston office. Light refreshments will be served.\n\n"
         "Thanks,\nJanelle\nLakeshore Driving School"),
    # 19. Locksmith. Now Fri 3 Mar 2028 15:10, for the same evening to a local customer: "at 8
    # tonight" (a settled time the brief lists among the traps).
    case("2028-03-03T15:10:00+00:00", "Europe/London", "en-GB",
         "My key snapped in the front door lock this morning. I'm at work until 7. Can someone come this "
         "evening?\n\nOla",
         "Hi Ola,\n\nSorry to hear about the snapped key. Dev can be with you at 8 tonight to extract the "
         "broken piece and replace the cylinder if it's damaged. The evening call-out is £65 plus any "
         "parts. He'll ring you when he's 15 minutes away.\n\nBest wishes,\nPriya\nCityKey Locksmiths"),
    # 20. NZ campervan hire to San Francisco. Now Tue 4 Jul 2028 (NZST, UTC+12). Fri 7 Jul 2028 11am
    # NZST = Thu 6 Jul 23:00 UTC = Thu 6 Jul 4pm PDT. NZST in July is right.
    case("2028-07-04T14:00:00+12:00", "Pacific/Auckland", "en-GB",
         "We're in San Francisco and planning a trip for next summer. Could we have a quick call about the "
         "campervan options?\n\nBen",
         "Hi Ben,\n\nHappy to help. I can call you at 11am NZST on Friday 7 July, which is 4pm on Thursday "
         "6 July in San Francisco. We'll go through the two-berth and four-berth vans and the insurance "
         "options.\n\nNgā mihi,\nAroha\nSouthern Roam Campervans",
         recipient_timezone="America/Los_Angeles"),
    # 21. Newfoundland boat tours (NDT, UTC-2:30) to Ottawa (EDT, UTC-4). Now Wed 9 Aug 2028. Wed
    # 16 Aug 2028 is a Wednesday. 9:30am, 1pm, 4:30pm NDT = 8am, 11:30am, 3pm EDT.
    case("2028-08-09T10:00:00-02:30", "America/St_Johns", "en-GB",
         "We're driving from Ottawa and arriving in St. John's on the 15th. Which puffin tour times do you "
         "have on the 16th?\n\nNathalie",
         "Hi Nathalie,\n\nThanks for your message. On Wednesday 16 August our puffin and whale tours leave "
         "Bay Bulls at 9:30am, 1pm and 4:30pm NDT, which is 8am, 11:30am and 3pm in Ottawa. Each tour "
         "lasts about two and a half hours, and the middle one usually has the calmest water.\n\nCheers,"
         "\nDarren\nBay Bulls Boat Tours",
         recipient_timezone="America/Toronto"),
    # 22. US self-storage. Numbers that are not dates or times: 5x10, 24/7, 2/3 (a fraction), 3/4 inch.
    # Now Sun 16 Apr 2028.
    case("2028-04-16T11:00:00-05:00", "America/Chicago", "en-US",
         "What size unit do I need for a studio apartment, and is the office open all the time?\n\nJake",
         "Hi Jake,\n\nFor a studio, most people choose a 5x10 unit, which holds a queen bed, a sofa and about "
         "20 boxes; about 2/3 of our studio renters pick that size. Gate access is 24/7 with your code, "
         "and the office is staffed from 9 a.m. to 6 p.m. Monday through Saturday. Our 3/4 inch disc "
         "padlocks are $12 at the front desk.\n\nThanks,\nDana\nPrairie Lock Self Storage"),
    # 23. Scottish distillery. Now Thu 5 Oct 2028. Sat 14 Oct 2028 is a Saturday. Times settled in
    # words.
    case("2028-10-05T18:40:00+01:00", "Europe/London", "en-GB",
         "Can we do both the morning cooperage visit and the evening nosing session on the Saturday of our "
         "stay, 14 October?\n\nGraham",
         "Hi Graham,\n\nYou can indeed. The cooperage visit starts at nine o'clock in the morning on "
         "Saturday 14 October, and the nosing session begins at half past six in the evening in the Still "
         "House bar. Both are £30 per person, and I've held two places on each for you.\n\nSlàinte,\nIsla"
         "\nGlen Torran Distillery"),
    # 24. Canadian ski resort (Vancouver) to London. Now Wed 6 Dec 2028. Sat 16 Dec 2028 is a
    # Saturday. 10am PST (UTC-8) = 18:00 UTC = 6pm GMT.
    case("2028-12-06T09:00:00-08:00", "America/Vancouver", "en-GB",
         "We're in London and want to join the live webcast of the opening ceremony for the new gondola."
         "\n\nPeter",
         "Hi Peter,\n\nThe gondola opening will be streamed live on Saturday 16 December at 10am PST "
         "(UTC-8), which is 6pm GMT in London. The link will go live on our website 15 minutes before the "
         "start. A recording will be posted afterwards for anyone who misses it.\n\nSee you on the "
         "mountain,\nJordan\nPeak Ridge Adventures",
         recipient_timezone="Europe/London"),
    # 25. NZ holiday park. Now Sun 19 Nov 2028 23:15, near midnight. am/pm and 24-hour times only.
    case("2028-11-19T23:15:00+13:00", "Pacific/Auckland", "en-GB",
         "What are the check-in and check-out times, and do you have quiet hours? We're arriving late on "
         "our first night.\n\nHeather",
         "Hi Heather,\n\nCheck-in is from 2pm and check-out is by 10am. Quiet hours are 22:00 to 07:00, so "
         "please keep noise down if you arrive after that. If you're arriving after 8pm, the office will "
         "leave your gate card in the after-hours box by the entrance.\n\nCheers,\nMere\nLakeside Holiday "
         "Park"),
    # 26. Ferry. Now Mon 8 May 2028. Sat 27 May 2028 is a Saturday; ISO date beside it. "Two days
    # before you travel" and "the evening before" are relative to the sailing, not to now.
    case("2028-05-08T12:00:00+01:00", "Europe/London", "en-GB",
         "We've booked the Oban to Colonsay sailing for the 27th. Is there anything we need to do before we "
         "travel?\n\nIain",
         "Hi Iain,\n\nYour booking for Saturday 27 May (2028-05-27) is all set. We'll text you two days "
         "before you travel to confirm the sailing is running, and again the evening before if the "
         "forecast looks poor. Please arrive at the terminal at least 45 minutes before departure with "
         "your vehicle.\n\nKind regards,\nCalum\nWest Coast Ferries"),
    # 27. NZ campervan hire. Now Wed 20 Sep 2028 (NZST). Sun 24 Sep 2028 is a Sunday; NZ clocks go
    # forward at 2am that morning, so 9am that day is NZDT.
    case("2028-09-20T11:00:00+12:00", "Pacific/Auckland", "en-GB",
         "We're picking up the van on Sunday the 24th. Is 9am still OK?\n\nLiam",
         "Hi Liam,\n\nYes, 9am on Sunday 24 September is fine. Just a heads-up that the clocks go forward an "
         "hour at 2am that morning, so your 9am pick-up will be 9am NZDT. Please bring your licence and "
         "the card you booked with.\n\nNgā mihi,\nAroha\nSouthern Roam Campervans"),
    # 28. UK photo lab. Now Mon 27 Nov 2028. Wed 22 Nov and Fri 24 Nov 2028 are past, told in the past
    # tense; Thu 30 Nov 2028 is a Thursday. "6x4" is a print size.
    case("2028-11-27T16:45:00+00:00", "Europe/London", "en-GB",
         "I ordered 40 prints on the 20th and they still haven't come. Are they lost?\n\nHayley",
         "Hi Hayley,\n\nI'm sorry for the wait. Your 40 6x4 prints were posted on Wednesday 22 November, but "
         "Royal Mail returned them to us on Friday 24 November with a damaged label. We've reprinted them "
         "and sent them by tracked post, due on Thursday 30 November.\n\nBest wishes,\nOwen\nSilverGrain "
         "Photo Lab"),
    # 29. US tax e-filing helpdesk (New York, EDT since 12 Mar) to London (GMT until 26 Mar). Now Thu
    # 16 Mar 2028. Tue 21 Mar 2028 is a Tuesday. 11 a.m. EDT = 15:00 UTC = 3 p.m. in London.
    case("2028-03-16T12:00:00-04:00", "America/New_York", "en-US",
         "I'm an American living in London and need help filing my US return from abroad. Can we set up a "
         "call?\n\nKatherine",
         "Hi Katherine,\n\nOf course. Our expat specialist, Jordan, will call you on Tuesday, March 21 at "
         "11 a.m. ET, which is 3 p.m. in London. Please have your W-2s and your UK tax documents handy. "
         "The call usually takes about 40 minutes.\n\nRegards,\nMichael\nQuickFile Tax Support",
         recipient_timezone="Europe/London"),
    # 30. US taco-truck catering. Now Tue 14 Nov 2028. Sat 2 Dec 2028 is a Saturday. "6:30 to 9 p.m."
    # shares its p.m.; 11/24 reads one way only and is ahead.
    case("2028-11-14T19:50:00-06:00", "America/Chicago", "en-US",
         "Can your taco truck cater our office holiday party? We were thinking early December, around 60 "
         "people.\n\nVanessa",
         "Hi Vanessa,\n\nWe'd love to! We can serve 60 guests on Saturday, Dec. 2 from 6:30 to 9 p.m., with "
         "setup starting an hour before. The taco bar package is $18 a head, and we'd need a $300 deposit "
         "by 11/24 to hold the date.\n\nCheers,\nMarco\nLa Lumbre Taco Truck"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
