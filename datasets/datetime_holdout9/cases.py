"""The hand-written cases of Tactful's ninth held-out date/time set (built by build_datetime_holdout9.py).

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
    # 01: Cornish surf school; the customer can do an early or an evening session, whatever the tide.
    case("Hi Priya,\n\nGreat news 🏄 — we've got two spaces left on Saturday 16 July. The lesson starts "
         "at ⟦7:30⟧ on Fistral beach, so please meet us at the hut ten minutes early to get into "
         "wetsuits. Boards, suits and leashes are all included in the £45 per person.\n\n"
         "See you on the sand,\nJory\nAtlantic Edge Surf School",
         "Hi, booking for me and my son (12). We're camping near Fistral so we can do an early start "
         "or an evening session, whatever the tide allows. Thanks, Priya",
         "2033-07-14T16:20:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Chicago dry cleaner open 6 a.m. to 9 p.m.; the customer works nights, comes early or late.
    case("Hi Marcus,\n\nThanks for your patience. Your tuxedo (ticket #4471) will be pressed, bagged "
         "and ready for pickup by ⟦6:30⟧ on Friday, February 11. We're open from 6 a.m. to 9 p.m. on "
         "weekdays, so either end of the day works.\n\nBest,\nDana\nLakeview Dry Cleaners",
         "I dropped off my tux yesterday (ticket 4471). I work overnight shifts at the hospital so I "
         "can only swing by really early or late in the evening. When will it be done? - Marcus",
         "2033-02-08T10:05:00-06:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 03: Auckland fishing charter with a dawn trip and an evening snapper session; in words.
    case("Hi Hemi,\n\nSweet as, I've put the four of you down for Saturday 26 November. We'll meet at "
         "the Westhaven Marina fuel dock at ⟦quarter to six⟧, and the boat leaves right on time. Bring "
         "warm layers and a chilly bin for your catch; rods, bait and tackle are on us.\n\n"
         "Tight lines,\nMaree\nGulf Snapper Charters",
         "Kia ora, four of us are keen for Saturday. Are we doing the dawn trip or the evening snapper "
         "session? Either suits us. Cheers, Hemi",
         "2033-11-22T19:40:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 04: Toronto ice rink; a deposit deadline at "12:00 am" (start or end of Friday?).
    case("Hi Jen,\n\nHappy early birthday to your daughter! The party room is pencilled in for "
         "Saturday, March 12 from 1 to 3 p.m., with 45 minutes of skating and a pizza lunch for up to "
         "12 kids. To hold it, please pay the $80 deposit by ⟦12:00 am⟧ on Friday, March 4.\n\n"
         "Thanks,\nOmar\nRiverdale Ice Centre",
         "Hi, I'd like to book the party room for my daughter's 8th birthday on Saturday, March 12. "
         "What do I need to do? Thanks, Jen",
         "2033-03-01T14:10:00-05:00", "America/Toronto", "en-GB", ["ambiguous-time"]),
    # 05: Singapore home-care agency; a nurse's visit at "12 pm".
    case("Dear Ms Lim,\n\nThank you for letting us know, and we're glad your father is home. Our nurse, "
         "Sister Rosalind, will visit on Wednesday 19 January at ⟦12 pm⟧ to check and change the "
         "dressing. The visit takes about 45 minutes and is covered by your care package.\n\n"
         "Kind regards,\nAmanda Goh\nHomeWell Care Services",
         "Dear team, my father was discharged from hospital on Saturday. Can a nurse come to check his "
         "wound dressing this week? Regards, Lim Wei Ling",
         "2033-01-17T09:30:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-time"]),
    # 06: Galway window cleaner; a nurse on rotating shifts, home mornings or evenings; "half eight".
    case("Hi Siobhán,\n\nNo bother at all. Our lad Declan will be with you on Tuesday 10 May at "
         "⟦half eight⟧ to do the windows and the conservatory roof. It's €60 for the lot, and you can "
         "pay him by card on the day.\n\nThanks a million,\nPádraig\nClearView Window Cleaning",
         "Hi, can you do the windows and conservatory roof next week? I'm a nurse on rotating shifts, "
         "so some days I'm home in the morning and some days in the evening. Siobhán",
         "2033-05-05T11:00:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 07: Melbourne climbing wall; the customer can only come before or after work.
    case("Hey Tom,\n\nThanks for reaching out 🧗. We've got a spot in the belay induction on Monday 13 "
         "June at ⟦6:15⟧, and it runs for about 90 minutes. Wear comfy clothes; harnesses and shoes "
         "are included in the $35 fee.\n\nSee you on the wall,\nAisha\nVertical Lab Climbing",
         "Hey, I'd like to do the belay induction. I work 9 to 5 in the CBD so it has to be before or "
         "after work. Cheers, Tom",
         "2033-06-09T13:00:00+10:00", "Australia/Melbourne", "en-GB", ["ambiguous-time"]),
    # 08: Cebu e-bike rental; the customers left the sunrise or sunset ride to the shop.
    case("Hello Carla,\n\nThank you for booking with us! We have three e-bikes reserved for you on "
         "Friday, April 15, and they'll be charged and ready at our Mactan shop at ⟦5:30⟧. The ride "
         "takes about 2 hours and costs ₱1,800 per person, helmets included.\n\nSalamat,\nJun\n"
         "Isla E-Bike Rentals",
         "Hello! We are 3 people and can't decide between the sunrise coastal loop and the sunset ride. "
         "Can you just pick whichever has bikes on Friday? Thanks, Carla",
         "2033-04-12T20:15:00+08:00", "Asia/Manila", "en-US", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: plant nursery, 23:47 on a Saturday; read after midnight, "tomorrow" is Monday (she's out).
    case("Hi Helen,\n\nSorry for the late reply 🌱. Your olive tree (order GN-20418) is on the van, and "
         "our driver will bring it round ⟦tomorrow⟧ between 9am and 1pm. He'll ring ahead when he's "
         "20 minutes away.\n\nBest wishes,\nRuth\nGreenacre Nursery",
         "Hi, I ordered the 1.5m olive tree on Thursday (order GN-20418). Any idea when it'll come? "
         "I'm out most of Monday. Thanks, Helen",
         "2033-10-08T23:47:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 10: New York wine merchant, written on a Thursday: "next Friday" is the 16th or the 23rd.
    case("Hi Greg,\n\nThanks for your order of the Barolo mixed case. It will ship ⟦next Friday⟧ by "
         "FedEx Ground, and delivery in Manhattan usually takes one business day. An adult signature "
         "(21+) is required at delivery.\n\nCheers,\nNina\nHudson Street Wine Merchants",
         "Hi, I need the Barolo case to arrive before our holiday party on the 24th. When will it "
         "ship? - Greg",
         "2033-12-15T09:00:00-05:00", "America/New_York", "en-US", ["relative-date"]),
    # 11: Welsh caravan park, 23:55 on a Friday: "in two days' time" is Sunday or Monday.
    case("Hi Gareth,\n\nYes, we can squeeze you in for the bank holiday weekend. Pitch 14 (hardstanding, "
         "with electric hook-up) will be free for you ⟦in two days' time⟧, from 2pm. It's £32 a night, "
         "payable at reception.\n\nDiolch,\nCerys\nBae Caravan Park",
         "Hiya, we're hoping to bring the caravan down for the bank holiday. Is there a hardstanding "
         "pitch free? Gareth",
         "2033-08-26T23:55:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 12: Kuala Lumpur toy shop at 07:30 Wednesday; in London it is still 23:30 on Tuesday.
    case("Hello Olivia,\n\nThank you for your patience! Your wooden train set (order #TT-5521) has been "
         "packed and will be dispatched ⟦tomorrow⟧ by DHL Express. Delivery to the UK usually takes 3 "
         "to 5 working days, and you'll get a tracking link by email.\n\nBest regards,\nMei Ling\n"
         "Kampung Kids Toys",
         "Hello, I ordered the wooden train set for my nephew's birthday (order #TT-5521). Has it gone "
         "out yet? Thanks, Olivia",
         "2033-03-09T07:30:00+08:00", "Asia/Kuala_Lumpur", "en-GB", ["relative-date"],
         recipient_timezone="Europe/London"),
    # 13: Vancouver community centre, written on a Wednesday: "next weekend" is the 21st or the 28th.
    case("Hi Doris,\n\nThanks for thinking of us for the choir. The main hall is free ⟦next weekend⟧ on "
         "both the Saturday and the Sunday afternoon, and the rate for community groups is $25 an hour. "
         "Let me know which day suits and I'll send the booking form.\n\nWarm regards,\nKeon\n"
         "Kitsilano Community Centre",
         "Hi, is the main hall available for our seniors' choir rehearsal over a weekend soon? We need "
         "about 3 hours. Thanks, Doris",
         "2033-05-18T10:00:00-07:00", "America/Vancouver", "en-GB", ["relative-date"]),
    # 14: Dublin sports physio at 00:10 on a Monday, answering a Sunday-night email.
    case("Hi Conor,\n\nSorry to hear about the hamstring. I can see you ⟦tomorrow⟧ at 8:15am at our "
         "Ranelagh clinic; the first assessment is 45 minutes and costs €70. In the meantime, ice it "
         "for 15 minutes every couple of hours and avoid stretching it.\n\nTake care,\nAoife\n"
         "SportsFix Physiotherapy",
         "Hi, I tweaked my hamstring at five-a-side tonight. Can I get in with someone asap? Conor",
         "2033-01-31T00:10:00+00:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 15: Adelaide cinema, written on a Thursday: "next Saturday" is the 3rd or the 10th.
    case("Hi Lorraine,\n\nLovely to hear from your book club 🎬. Cinema 3 is free for a private "
         "screening ⟦next Saturday⟧ from 10am, and the package is $18 a head including a choc top and "
         "a drink. Just send me the film you'd like and the final head count.\n\nCheers,\nBen\n"
         "Grange Picture House",
         "Hi, we'd like to book a private screening for our book club (about 20 people). Is a Saturday "
         "possible? Thanks, Lorraine",
         "2033-09-01T11:00:00+09:30", "Australia/Adelaide", "en-GB", ["relative-date"]),
    # 16: Phoenix driving range at 17:30 on a Friday; the customer in London is already on Saturday.
    case("Hi Sam,\n\nThanks for getting in touch ahead of your trip. Our PGA pro, Luis, will give you a "
         "call ⟦tomorrow⟧ to set up your lesson and check your handicap. Lessons are $95 for 55 "
         "minutes, including a bucket of 60 balls.\n\nBest,\nKayla\nDesert Links Driving Range",
         "Hi, I live in London but I'm visiting Scottsdale over Thanksgiving and want to book a lesson "
         "with your pro. Can someone call me to set it up? Sam",
         "2033-11-04T17:30:00-07:00", "America/Phoenix", "en-US", ["relative-date"],
         recipient_timezone="Europe/London"),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: London wine merchant; 17 March 2033 is a Thursday.
    case("Hello Rupert,\n\nThank you for asking 🍷. Our next tasting is Rioja old and new, on ⟦Friday "
         "17 March⟧ from 7pm to 9pm at the shop on Amwell Street. Tickets are £28 each and include six "
         "wines and a cheese board.\n\nKind regards,\nFelicity\nAmwell Wine Cellar",
         "Hello, are there any tastings coming up this month? I'd love to bring my partner. Best, Rupert",
         "2033-03-02T15:30:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 18: Sydney toy shop; 5 December 2033 is a Monday.
    case("Hi Kylie,\n\nGood news: our next delivery of advent calendars lands on ⟦Tuesday 5 December⟧, "
         "and we've put one aside for you. They're $54.99 each, and we'll hold yours for a week after "
         "they arrive.\n\nThanks,\nJosh\nThe Toy Cupboard, Newtown",
         "Hi, when will the Lego advent calendars be back in stock? My kids are desperate. Kylie",
         "2033-11-28T15:00:00+11:00", "Australia/Sydney", "en-GB", ["weekday-mismatch"]),
    # 19: Lahinch surf school; 23 July 2033 is a Saturday.
    case("Hi Niamh,\n\nThere is indeed! I've booked you both onto the beginners' lesson on ⟦Sun 23rd "
         "July⟧ at 10:30am, meeting at the surf shack on the promenade. Bring a towel and swimwear; "
         "we'll sort out wetsuits and boards.\n\nSláinte,\nCiarán\nLahinch Wave Riders",
         "Hi there, is there room for two adults on a beginner lesson the weekend after next? Niamh",
         "2033-07-11T09:40:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 20: San Diego e-bike rental; 6/22/2033 is a Wednesday.
    case("Hey Rob,\n\nYou're all set! Two Class 1 e-bikes are reserved for you on ⟦Thu., 6/22⟧, from 9 "
         "a.m. to 5 p.m. The day rate is $69 per bike, and locks and helmets are included.\n\n"
         "Ride safe,\nLeah\nPacific Pedal E-Bikes",
         "Hey, can I reserve two e-bikes for a day next week? Midweek is best. -Rob",
         "2033-06-13T11:20:00-07:00", "America/Los_Angeles", "en-US", ["weekday-mismatch"]),
    # 21: Halifax home-care agency; October 11, 2033 is a Tuesday.
    case("Hello Paul,\n\nThank you for choosing us for your mother's care. Her caregiver, Michelle, will "
         "start on ⟦Wednesday, October 11⟧ and will visit every morning from 8 to 10 a.m. She'll bring "
         "the care plan for you both to sign on the first visit.\n\nSincerely,\nGrace\n"
         "Bluenose Home Care",
         "Hello, my mother needs help with meals and medication after her hip surgery. When can the "
         "caregiver start? Paul",
         "2033-10-03T10:00:00-03:00", "America/Halifax", "en-US", ["weekday-mismatch"]),
    # 22: Christchurch ice rink, written 24 August about "next month": 19 September 2033 is a Monday.
    case("Hi Mrs Patel,\n\nWe'd love to have your class. The rink is free for a school session on "
         "⟦Friday the 19th⟧ from 10am to midday, and it's $12 per child including skate hire. Teachers "
         "and parent helpers skate free.\n\nNgā mihi,\nLiam\nAlpine Ice Christchurch",
         "Hi, can we book the rink for a school skating trip next month? About 30 kids. Cheers, "
         "Mrs Patel",
         "2033-08-24T16:00:00+12:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 23: Florida Keys fishing charter; April 8, 2033 is a Friday.
    case("Hi Derek,\n\nThanks for reaching out 🎣. I've got the boat open on ⟦Saturday, April 8⟧ for a "
         "half-day inshore trip, leaving the Key Largo dock at 7 a.m. and back by 11:30 a.m. The rate "
         "is $550 for up to four anglers, with licenses, bait and tackle included.\n\n"
         "Tight lines,\nCapt. Ray\nReef Runner Charters",
         "Hi Captain, looking to book a half-day inshore trip for me and my two boys on a Saturday in "
         "early April. -Derek",
         "2033-03-28T08:00:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 24: Singapore climbing wall; 14/02/2033 is a Monday.
    case("Hi Daniel,\n\nWhat a fun idea! Your couples' bouldering session is booked for ⟦Tuesday "
         "14/02/2033⟧ from 19:00 to 20:30 at our Tanjong Pagar gym. The package is S$88 for two, "
         "including shoe hire and a chalk bag each.\n\nCheers,\nSiti\nBoulder Yard Singapore",
         "Hi, I want to book a Valentine's bouldering session for me and my girlfriend on the 14th. "
         "Is it possible? Daniel",
         "2033-02-01T12:00:00+08:00", "Asia/Singapore", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Manchester dry cleaner.
    case("Hi Becky,\n\nThanks for bringing the dress in. Bridal gowns take ten days with us, so it'll "
         "be cleaned, steamed and boxed by ⟦31 June⟧, well ahead of the big day. The price is £145 "
         "including the preservation box.\n\nAll the best,\nSandra\nPrestige Dry Cleaners, Didsbury",
         "Hi, how long will the wedding dress clean take? The wedding's on 9 July. Thanks, Becky",
         "2033-06-20T12:30:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 26: Queensland caravan park; 2033 is not a leap year.
    case("Hi Bruce,\n\nThanks for your email. We've got a powered site by the river free from Saturday "
         "26 February, and I've booked you in for three nights, checking out on ⟦29 February 2033⟧. "
         "Sites are $48 a night, and check-in is from 2pm.\n\nCheers,\nMel\nRiverbend Caravan Park",
         "G'day, do you have a powered site free at the end of the month for 3 nights? Cheers, Bruce",
         "2033-02-10T09:15:00+10:00", "Australia/Brisbane", "en-GB", ["impossible-date"]),
    # 27: Denver cinema.
    case("Hi Maya,\n\nYes! The screening of Salt Road with a Q&A from the director is on ⟦April 31st⟧ "
         "at 7:30 p.m. in Theater 2. Tickets are $16, or $12 for members, and they're on sale now at "
         "the box office.\n\nSee you there,\nTyler\nMile High Cinema Club",
         "Hi, are you showing Salt Road with the director's Q&A this month? How do I get tickets? Maya",
         "2033-04-20T14:00:00-06:00", "America/Denver", "en-US", ["impossible-date"]),
    # 28: Auckland native plant nursery; no reading of 30/02 exists.
    case("Hi Aroha,\n\nThanks for the order. We can have the 40 harakeke (flax) plants potted up and "
         "ready for collection on ⟦30/02/2033⟧ at our Kumeū yard. They're $9.50 each in 2-litre pots, "
         "so $380 in total plus GST.\n\nNgā mihi,\nTama\nKumeū Natives Nursery",
         "Kia ora, I'd like to order 40 flax plants for a landscaping job. When can you have them "
         "ready? Aroha",
         "2033-01-25T10:00:00+13:00", "Pacific/Auckland", "en-GB", ["impossible-date"]),
    # 29: Toronto sports physio.
    case("Hi Anjali,\n\nSorry the knee is still bothering you. I've booked your follow-up with Dr. Chen "
         "on ⟦November 31⟧ at 4:30 p.m., and we'll reassess your gait on the treadmill. Please bring "
         "your running shoes.\n\nBest regards,\nMark\nCore Sports Physio",
         "Hi, my knee is still sore after the marathon. Can I book a follow-up before the end of the "
         "month? Anjali",
         "2033-11-15T16:45:00-05:00", "America/Toronto", "en-US", ["impossible-date"]),
    # 30: Penang community centre; the date in words.
    case("Hello Mr Lee,\n\nThank you for your booking request. The multipurpose hall is available on "
         "⟦the thirty-first of September⟧ from 7pm to 10pm, and the rental is RM350 including chairs "
         "for 120 people. Please pay a deposit of RM100 to confirm.\n\nBest regards,\nNurul\n"
         "Jelutong Community Centre",
         "Hello, we'd like to book the multipurpose hall for a lantern evening for the residents at "
         "the end of the month. Thanks, Mr Lee",
         "2033-09-05T10:30:00+08:00", "Asia/Kuala_Lumpur", "en-GB", ["impossible-date"]),
    # 31: Seattle window cleaner.
    case("Hi Keisha,\n\nCongrats on the reopening! Our crew has you on the schedule for ⟦9/31/2033⟧, "
         "starting at 7 a.m. so we're done before you open at 10 a.m. The quote for the storefront and "
         "the upstairs windows is $340.\n\nThanks,\nBrandon\nEmerald City Window Co.",
         "Hi, we need the storefront windows done before our grand reopening on October 3. - Keisha",
         "2033-09-12T09:00:00-07:00", "America/Los_Angeles", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Kilkenny wine merchant on Friday 20 May: "will arrive on Tuesday 17 May".
    case("Hi Brendan,\n\nApologies for the wait. Your case of Albariño is with the courier now and will "
         "arrive on ⟦Tuesday 17 May⟧ between 9am and 6pm. You'll get a text from them with a one-hour "
         "window that morning.\n\nSláinte,\nOrla\nThe Wine Press, Kilkenny",
         "Hi, I ordered a case of Albariño last week and it hasn't arrived. Any news? Brendan",
         "2033-05-20T14:00:00+01:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 33: Perth home-care agency on Monday 14 March: "will start on Friday 11 March".
    case("Hi Janine,\n\nGreat news about the extra hours. Your dad's new carer, Priscilla, will start on "
         "⟦Friday 11 March⟧ and will visit Monday to Friday from 9am to 11am. She'll help with "
         "showering, breakfast and his morning medication.\n\nWarm regards,\nKaren\n"
         "Swan River Home Care",
         "Hi, we've been approved for the extra hours for Dad. When does the new carer begin? "
         "Thanks, Janine",
         "2033-03-14T08:30:00+08:00", "Australia/Perth", "en-GB", ["past-date"]),
    # 34: San Diego surf school on 10 August: a refund "will be back" by 8 August.
    case("Hi Jenna,\n\nSorry again that the big swell washed out Saturday's lesson. We've approved your "
         "refund of $120, and it will be back on your card by ⟦August 8, 2033⟧. If you'd rather rebook, "
         "just reply and we'll hold a spot for you.\n\nStay stoked,\nKai\nSunset Cliffs Surf School",
         "Hi, you cancelled Saturday's lesson because of the swell. Can I get my money back? - Jenna",
         "2033-08-10T13:00:00-07:00", "America/Los_Angeles", "en-US", ["past-date"]),
    # 35: Glasgow toy shop on 28 December: pre-orders "are open until 27 December".
    case("Hi Fiona,\n\nOf course! Pre-orders for the January restock of the Meccano crane are open until "
         "⟦27 December⟧, and it's £64.99 with free collection from the shop. Just reply with your phone "
         "number and we'll put one aside for him.\n\nBest wishes,\nAlasdair\nWee Wonders Toy Shop",
         "Hi, my son got birthday money and wants the Meccano crane that's out of stock. Can I "
         "pre-order one? Fiona",
         "2033-12-28T10:00:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 36: Manila driving range at 00:30 on Saturday 2 July: a voucher "good until Friday, July 1".
    case("Hi Paolo,\n\nThanks for checking. Your 100-ball voucher is still good, and you can redeem it "
         "at the counter any time until ⟦Friday, July 1⟧. We're open from 6 a.m. to 11 p.m. daily, "
         "with floodlit bays every evening.\n\nRegards,\nMarvin\nFairway Point Driving Range",
         "Hi, I have a 100-ball voucher from my birthday. Is it still valid? Thanks, Paolo",
         "2033-07-02T00:30:00+08:00", "Asia/Manila", "en-US", ["past-date"]),
    # 37: Calgary cinema on Sunday, January 9: a makeup screening "will be on Thursday, January 6".
    case("Hi Tanya,\n\nWe're so sorry the projector failed on New Year's Eve. The makeup screening will "
         "be on ⟦Thursday, January 6⟧ at 7 p.m., and your original tickets will be honored at the door. "
         "Concession vouchers worth $10 will be waiting for you too.\n\nBest,\nDevon\nBow River Cinemas",
         "Hi, the projector broke during our screening on New Year's Eve. When is the makeup "
         "screening? - Tanya",
         "2033-01-09T12:00:00-07:00", "America/Edmonton", "en-US", ["past-date"]),
    # 38: Dublin ice rink on Monday 31 October: lessons "will resume on 24/10/2033".
    case("Hi Gráinne,\n\nThanks for getting in touch. The kids' lessons will resume on ⟦24/10/2033⟧ at "
         "the usual time of 4:30pm, with the same coaches and groups as before. The term fee of €95 "
         "covers skate hire.\n\nBest,\nEoin\nDublin Ice Arena",
         "Hi, when do the kids' skating lessons start back after the midterm break? Thanks, Gráinne",
         "2033-10-31T11:00:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 39: London wine merchant to a customer in New York: 4 May or April 5, both ahead.
    case("Hi Michael,\n\nWhat a lovely gift. The case of claret is due with your brother in Bath on "
         "⟦04/05/2033⟧, and we'll include a handwritten card with your message at no charge. Delivery "
         "within the UK is free on orders over £150.\n\nKind regards,\nHarriet\n"
         "Berkeley & Finch Wine Merchants",
         "Hi, I'm sending a case of claret to my brother in Bath as a gift. When will it arrive? "
         "Thanks, Michael (writing from New York)",
         "2033-03-21T11:00:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 40: Boston climbing wall to a customer just moved from Dublin: August 9 or 8 September.
    case("Hi Róisín,\n\nWelcome to Boston! Our next lead climbing course starts on ⟦08/09/2033⟧ and runs "
         "for four weekly sessions from 6:30 to 9 p.m. The course fee is $240, including a rope and "
         "quickdraws for the sessions.\n\nBest,\nJordan\nSummit Street Climbing",
         "Hi, I've just moved to Boston from Dublin and want to join the lead climbing course. When's "
         "the next one? Cheers, Róisín",
         "2033-07-20T15:00:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date"]),
    # 41: Singapore toy shop to a customer in Los Angeles: 3 November or March 11.
    case("Hi Alicia,\n\nThank you for your pre-order! The limited-edition Merlion plush (30 cm) is "
         "scheduled to ship on ⟦03/11/2033⟧, and delivery to the US takes about 7 to 10 working days. "
         "The price is S$39.90 plus S$18 shipping.\n\nBest regards,\nJun Wei\nLittle Lion Toys",
         "Hi, I'd like to pre-order the limited Merlion plush for my daughter. I'm ordering from Los "
         "Angeles. When does it ship? Thanks, Alicia",
         "2033-02-14T10:00:00+08:00", "Asia/Singapore", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 42: Vancouver Island RV park to a customer from Leeds: October 12 or 10 December.
    case("Hello Alan,\n\nThanks for choosing us for your trip. I've reserved a full hook-up site (site 27) "
         "for two nights, arriving ⟦10/12⟧, and the rate is $62 CAD a night. You'll find the office by "
         "the main gate.\n\nSafe travels,\nBrooke\nCedar Hollow RV Park, Parksville",
         "Hello, we're flying over from Leeds and hiring a motorhome. Can we book a full hook-up site "
         "for two nights? Regards, Alan",
         "2033-09-28T09:00:00-07:00", "America/Vancouver", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 43: Brisbane sports physio to an American exchange student: 6 July or June 7.
    case("Hi Brianna,\n\nSorry to hear about the shoulder. Your initial assessment with Sam is booked "
         "for ⟦6/7/2033⟧ at 3:15pm at our St Lucia clinic. It's a 45-minute session at $95, and your "
         "student health cover should pay part of it.\n\nCheers,\nHannah\nUniFit Sports Physio",
         "Hi, I'm an American exchange student at UQ and I hurt my shoulder playing volleyball. Can I "
         "book in? Thanks, Brianna",
         "2033-05-30T10:00:00+10:00", "Australia/Brisbane", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Alaska fishing charter to two New Zealanders: July 8 or 7 August.
    case("Hi Nikau,\n\nGreat to hear from you two! We have two seats left on our full-day halibut trip "
         "on ⟦07/08/2033⟧, leaving from Homer Harbor. The trip is $395 per person, and we fillet and "
         "vacuum-pack your catch.\n\nTight lines,\nDale\nKachemak Bay Charters",
         "Hi, me and my mate are coming over from Wellington for a halibut trip in summer. What dates "
         "do you have? Cheers, Nikau",
         "2033-06-10T12:00:00-08:00", "America/Anchorage", "en-US", ["ambiguous-numeric-date"]),
    # 45: Langkawi e-bike rental to a customer from Austin: 2 December or February 12.
    case("Hi Cody,\n\nThanks for your interest in our island tour! We've reserved a step-through e-bike "
         "for you on ⟦02/12/2033⟧, and the guided tour is RM180 for the day including lunch. Please "
         "bring your passport for the rental agreement.\n\nBest regards,\nFaiz\nLangkawi E-Ride",
         "Hi, I'm from Austin, Texas and planning a trip to Langkawi. Can I reserve an e-bike for the "
         "island tour? Thanks, Cody",
         "2033-01-20T16:00:00+08:00", "Asia/Kuala_Lumpur", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London wine merchant (BST) ringing a customer in Singapore (+08).
    case("Dear Mr Tan,\n\nThank you for your interest in our fine wine service. Our Burgundy specialist, "
         "Edward Pryce, will ring you at ⟦10am⟧ on Thursday 13 October to talk through your budget and "
         "the 2030 and 2031 vintages. The call is complimentary and usually lasts about 30 minutes.\n\n"
         "Yours sincerely,\nCharlotte Reeve\nSt James's Fine Wines",
         "Hello, I'd like advice on building a cellar of Burgundy as an investment. Could someone call "
         "me? Regards, Mr Tan",
         "2033-10-10T10:00:00+01:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="Asia/Singapore"),
    # 47: Sydney home-care agency; the daughter says she lives in London.
    case("Hi Emma,\n\nThank you for reaching out, and we understand how hard it is to organise care from "
         "so far away. Our care coordinator, Rebecca, will video-call you at ⟦7:30pm⟧ on Wednesday 16 "
         "February to go through your mum's care plan. We'll send the Zoom link the day before.\n\n"
         "Warm regards,\nLouise\nHarbourside Home Care",
         "Hi, I live in London and my mum is on her own in Bondi. Can we set up a video call to discuss "
         "her care plan? Thanks, Emma",
         "2033-02-14T09:00:00+11:00", "Australia/Sydney", "en-GB", ["missing-timezone"]),
    # 48: New York physio (EDT) to a patient now in Los Angeles (PDT).
    case("Hi Chris,\n\nHappy to keep working with you from a distance. Your telehealth review with Dr. "
         "Alvarez is booked for ⟦4:15 p.m.⟧ on Friday, September 9, and the link will be in your "
         "patient portal. Please have a resistance band and a step nearby.\n\nBest,\nMonica\n"
         "Gotham Sports Physical Therapy",
         "Hi, I've relocated to LA for work but I want to keep doing my ACL rehab with you by video. "
         "- Chris",
         "2033-09-06T11:00:00-04:00", "America/New_York", "en-US", ["missing-timezone"],
         recipient_timezone="America/Los_Angeles"),
    # 49: Auckland toy shop (NZST) to a follower in Perth (AWST).
    case("Hi Lachlan,\n\nThanks for following along! Our next live unboxing of the new puzzle range is "
         "at ⟦18:00⟧ on Saturday 21 May on our Instagram page. We'll give away three 1,000-piece "
         "puzzles to viewers who comment during the stream.\n\nCheers,\nRuby\nPuzzle & Play NZ",
         "Hi, I'm in Perth and missed your last live unboxing. When is the next one? Cheers, Lachlan",
         "2033-05-16T14:00:00+12:00", "Pacific/Auckland", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Perth"),
    # 50: Tofino fishing charter; the customer says he is in Toronto until the trip.
    case("Hi Mike,\n\nAbsolutely, happy to go over everything before you fly out. I'll phone you on "
         "Tuesday, April 26 at ⟦6 pm⟧, and it should only take 15 minutes. Have your flight details "
         "handy so we can plan your pickup.\n\nCheers,\nGord\nTofino Salmon Charters",
         "Hi, I'm in Toronto until I fly out for the trip. Can we have a quick call to go over gear and "
         "licences? - Mike",
         "2033-04-25T10:00:00-07:00", "America/Vancouver", "en-US", ["missing-timezone"]),
    # 51: Dublin community centre (GMT) to a member working in Boston (EDT since 13 March).
    case("Hi Declan,\n\nOf course, and happy St Patrick's Day ☘️. The AGM will be streamed on Zoom from "
         "⟦19:30⟧ on Thursday 24 March, and members can vote in the chat. I'll email you the link and "
         "the agenda on Monday 21 March.\n\nBest wishes,\nMáire\nClontarf Community Centre",
         "Hi, I'm a member but I'm working in Boston this spring. Can I join the AGM online? "
         "Thanks, Declan",
         "2033-03-17T12:00:00+00:00", "Europe/Dublin", "en-GB", ["missing-timezone"],
         recipient_timezone="America/New_York"),
    # 52: Singapore ice rink (+08) to a skating coach in Melbourne (AEDT).
    case("Hi Sophie,\n\nWe're delighted your club is coming ⛸️. Our competition manager will host a Zoom "
         "briefing for visiting coaches at ⟦3pm⟧ on Friday 2 December. Entry is S$65 per skater, "
         "payable by Friday 9 December.\n\nBest regards,\nRachel Ng\nJurong Ice Arena",
         "Hi, I coach a junior figure skating club in Melbourne and we're bringing 12 skaters to your "
         "December competition. Can we have a briefing call? Thanks, Sophie",
         "2033-11-28T10:00:00+08:00", "Asia/Singapore", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Melbourne"),
    # 53: Phoenix RV park (MST all year) to a customer in Denver (MDT in July).
    case("Hi Linda,\n\nThanks for reserving with us for the winter season. Our park manager, Hector, will "
         "call you at ⟦9 a.m.⟧ on Monday, July 18 to go through the 50-amp hookups, the pet rules and "
         "the site map. Winter rates start at $750 a month.\n\nBest,\nCarmen\nSaguaro Sun RV Park",
         "Hi, we're booking a winter spot for our fifth wheel. Can someone call me to go over the "
         "hookups and pet rules? Thanks, Linda",
         "2033-07-12T09:00:00-07:00", "America/Phoenix", "en-US", ["missing-timezone"],
         recipient_timezone="America/Denver"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London cinema; BST in January.
    case("Hi Joe,\n\nYes, the director's Q&A will be livestreamed on our website at 9pm ⟦BST⟧ on "
         "Thursday 20 January, right after the screening. Tickets for the stream are £6, and the "
         "recording stays up for 48 hours.\n\nBest,\nPriyanka\nThe Electric Lantern Cinema",
         "Hi, I'm at home in Leeds and can't make it down for the festival. Is the Q&A streamed? "
         "Thanks, Joe",
         "2033-01-18T11:00:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 55: Chicago wine shop; EST in July.
    case("Hi Amanda,\n\nThanks for picking up the kit! The virtual Pinot tasting with the winemaker is "
         "at 7 p.m. ⟦EST⟧ on Thursday, July 21, and the Zoom link is printed inside the box lid. Chill "
         "the two whites for about 20 minutes beforehand.\n\nCheers,\nVince\nNorth Branch Wine Co.",
         "Hi, I bought the Oregon Pinot tasting kit. When is the virtual tasting? - Amanda",
         "2033-07-13T10:00:00-05:00", "America/Chicago", "en-US", ["zone-mismatch"]),
    # 56: Sydney toy shop; AEST in January (Sydney is on AEDT).
    case("Hi Claire,\n\nThanks for asking! Our back-to-school sale goes live online at 9am ⟦AEST⟧ on "
         "Monday 10 January, with up to 40% off art supplies and puzzles. Shipping to Tasmania is a "
         "flat $12.\n\nCheers,\nNoah\nKidsville Toys",
         "Hi, when does your back-to-school sale start online? I'm in Hobart. Thanks, Claire",
         "2033-01-04T12:00:00+11:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Marlborough wine merchant; NZST in December.
    case("Hi Hamish,\n\nThanks for bidding 🍷. The museum-release auction closes at 8pm ⟦NZST⟧ on "
         "Sunday 11 December, and winning bidders will be emailed within the hour. Lots ship from "
         "Blenheim by courier the week after the auction.\n\nKind regards,\nGeorgia\n"
         "Wairau Cellar Door",
         "Hi, I'm bidding on the museum-release Sauvignon lots. When does the auction close? "
         "Thanks, Hamish",
         "2033-12-06T15:00:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 58: Seattle driving range; PDT is UTC-7, not UTC-8.
    case("Hi Trevor,\n\nThanks for signing up! Your online swing analysis with coach Mia is at 5:30 p.m. "
         "⟦PDT (UTC-8)⟧ on Thursday, June 23. Please film ten swings with your 7-iron, from down the "
         "line and face-on, and upload them before the session.\n\nBest,\nJake\n"
         "Emerald Tee Driving Range",
         "Hi, I'm in Anchorage but I want to sign up for your online swing analysis session. -Trevor",
         "2033-06-21T10:00:00-07:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 59: Melbourne climbing wall; AEDT is UTC+11, not UTC+10.
    case("Hi Ngaio,\n\nYou sure can! The bouldering finals will be streamed live on our YouTube channel "
         "from 6pm ⟦AEDT (UTC+10)⟧ on Wednesday 16 November. The stream is free, and the replay stays "
         "up for a week.\n\nCheers,\nFinn\nCrux Climbing Collingwood",
         "Hi, I'm in Auckland. Can I watch the bouldering comp finals online? Cheers, Ngaio",
         "2033-11-09T12:00:00+11:00", "Australia/Melbourne", "en-GB", ["zone-mismatch"]),
    # 60: Halifax ice rink; ADT in February (the bracket "3 p.m. in Vancouver" fits AST).
    case("Hi Kendra,\n\nIt is! The winter skating showcase will be streamed live at 7 p.m. ⟦ADT⟧ on "
         "Friday, February 11, which is 3 p.m. in Vancouver. The stream link will go out by email to "
         "all skating families.\n\nBest,\nMarc\nHarbourview Ice Rink",
         "Hi, my parents in Vancouver want to watch my daughter's skating showcase. Is it streamed? "
         "Thanks, Kendra",
         "2033-02-02T10:00:00-04:00", "America/Halifax", "en-US", ["zone-mismatch"]),
]


NEGATIVES = [
    # 01: Bristol plant nursery; a correct weekday, "noon", a house number, a price, litres.
    case("Hi Judith,\n\nThanks for your order (reference 30917). Our van will deliver the three apple "
         "trees and two 10-litre bags of compost to 7 Elm Grove on Tuesday 19 April 2033 between 8am "
         "and noon. The total is £86.40, and the trees come with a 12-month replacement guarantee.\n\n"
         "Best wishes,\nTom\nBlaise Garden Nursery",
         "Hi, when can you deliver the 3 bare-root apple trees and 20 litres of compost? I'm at 7 Elm "
         "Grove, BS6. Thanks, Judith",
         "2033-04-14T10:00:00+01:00", "Europe/London", "en-GB"),
    # 02: Cornish surf school; "7:30 in the morning", a 7'6" board.
    case("Hi Ollie,\n\nYour private lesson is confirmed for Sunday 4 September at 7:30 in the morning, "
         "when the tide is pushing in at Polzeath. It lasts 2 hours and costs £75, and we'll have a "
         "7'6\" foam board ready for you. Please arrive 15 minutes early to sign the waiver.\n\n"
         "Cheers,\nJory\nNorth Shore Surf School",
         "Hi, can I get a private lesson this weekend? Early is best. Ollie",
         "2033-09-03T08:30:00+01:00", "Europe/London", "en-GB"),
    # 03: Houston dry cleaner; two correct weekdays, prices, an address with a suite.
    case("Hi Angela,\n\nAbsolutely. If you drop them off before 10 a.m. on Wednesday, May 11, they'll be "
         "ready for pickup after 4 p.m. on Thursday, May 12. The total is $38.50 (coat $22, blouses "
         "$8.25 each), and we're at 2210 Westheimer Road, Suite 4.\n\nThanks,\nLuis\nBayou Dry Cleaning",
         "Hi, can you clean my wool coat and two silk blouses before Friday? - Angela",
         "2033-05-10T09:00:00-05:00", "America/Chicago", "en-US"),
    # 04: Bray window cleaner; "between 9 and 10 in the morning".
    case("Hi Maeve,\n\nThanks for getting back to us. Our team will clean all 14 windows and the "
         "conservatory at 23 Seaview Terrace on Friday 25 February, arriving between 9 and 10 in the "
         "morning. The price is €75, and we'll do the gutters for an extra €40 if you'd like.\n\n"
         "Thanks a million,\nPádraig\nShine Window Cleaning, Bray",
         "Hi, can you do the windows this week? I'm home all day Friday. Maeve",
         "2033-02-22T14:00:00+00:00", "Europe/Dublin", "en-GB"),
    # 05: Lake District caravan park; 24-hour times, a three-night stay.
    case("Hi Sarah,\n\nYour booking for pitch 8 is confirmed from Friday 15 July to Monday 18 July 2033 "
         "(3 nights). Arrivals are from 14:00 to 20:00 and departures by 11:00, and the shop is open "
         "08:00 to 18:00. Your deposit of £45 has been received, with £99 due on arrival.\n\n"
         "Kind regards,\nGraham\nFell View Caravan Park",
         "Hi, we'd like a grass pitch with electric for three nights in mid-July. Thanks, Sarah",
         "2033-06-01T16:00:00+01:00", "Europe/London", "en-GB"),
    # 06: Ottawa community centre; a range sharing p.m., a room number, a guest count.
    case("Hi Raj,\n\nThanks for your booking request. Room 104 is reserved for your anniversary party on "
         "Saturday, October 29, from 6 to 10 p.m., with setup allowed from 4:30 p.m. The fee is $180, "
         "plus a refundable $100 damage deposit, and there's space for 80 guests.\n\nBest,\nNicole\n"
         "Glebe Community Centre",
         "Hi, can we book a room for about 70 people for an evening party on October 29? Raj",
         "2033-10-19T13:00:00-04:00", "America/Toronto", "en-GB"),
    # 07: Auckland sports physio; "2.45pm", a street number, a floor.
    case("Hi Mereana,\n\nThanks for booking in. Your appointment with Jess is on Thursday 10 March at "
         "2.45pm at 18 Ponsonby Road, Level 2. ACC covers most of the cost, so you'll pay a $20 "
         "surcharge, and the session runs for 30 minutes.\n\nNgā mihi,\nSam\nPonsonby Sports Physio",
         "Hi, can I get in for my ankle this week? I have an ACC claim. Mereana",
         "2033-03-08T08:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 08: Edinburgh wine merchant; a vintage, 12 x 75cl, a percentage, ABV, 48 hours.
    case("Dear Mr Abernethy,\n\nThank you for your order of the 2029 Rhône mixed case (12 x 75cl). It "
         "will be delivered on Tuesday 29 November between 10:00 and 14:00, and the total of £216.00 "
         "includes the 10% case discount. The wines average 13.5% ABV, and we recommend resting them "
         "for 48 hours before opening.\n\nYours sincerely,\nFiona Drummond\nCanongate Wine Merchants",
         "Hello, please confirm the delivery of my Rhône case. Regards, A. Abernethy",
         "2033-11-24T11:00:00+00:00", "Europe/London", "en-GB"),
    # 09: Minneapolis toy shop; an item number, a model number, ages, an address.
    case("Hi Tasha,\n\nGreat news 🎁 — the Model 3 wooden dollhouse (item #48-220) is back in stock, and "
         "we've set one aside for you. You can pick it up any day until Saturday, December 17, between "
         "10 a.m. and 6 p.m., at 1450 Grand Avenue. It's $189.99 and recommended for ages 3 and up.\n\n"
         "Happy holidays,\nBen\nMarbles & Moss Toys",
         "Hi, is the Model 3 wooden dollhouse back in stock yet? Tasha",
         "2033-12-05T15:00:00-06:00", "America/Chicago", "en-US"),
    # 10: Brisbane driving range; "from 4:30 to 5:30pm", a bay number, a ball count.
    case("Hi Liam,\n\nThanks for your enquiry. Bay 12 is booked for you on Saturday 20 August from 4:30 "
         "to 5:30pm, and a bucket of 100 balls is $22. The range is floodlit until 10pm, and our 3 golf "
         "pros offer 30-minute lessons for $60.\n\nCheers,\nJess\nBrisbane Golf Range",
         "Hi, can I book a bay for an hour on Saturday afternoon? Liam",
         "2033-08-16T17:00:00+10:00", "Australia/Brisbane", "en-GB"),
    # 11: Calgary ice rink; a range sharing a.m., a rink number, a hockey score.
    case("Hi Aaron,\n\nYour team's ice time is confirmed for Sunday, December 11, from 7:15 to 8:45 a.m. "
         "on Rink 2. Congrats on the 5-3 win over the Flames! The invoice for $310 is attached, and "
         "payment is due by Friday, December 9.\n\nGo get 'em,\nShelby\nFoothills Ice Centre",
         "Hi, can we get an early practice slot for the U13 team in December? Aaron",
         "2033-12-01T10:00:00-07:00", "America/Edmonton", "en-GB"),
    # 12: Kuala Lumpur climbing wall; "from 9 to 11:30am", ages, shoe sizes.
    case("Hi Arif,\n\nThanks for signing up for the Youth Climbing Team trials. They'll be held on "
         "Saturday 16 July from 9 to 11:30am at our Bangsar wall, and they're open to climbers aged 10 "
         "to 16. Please bring a water bottle and RM30 for the trial fee; shoes in sizes 32 to 46 are "
         "available to borrow.\n\nBest regards,\nMei\nBatu Climbing Gym",
         "Hi, my son would like to try out for the youth team. When are the trials? Arif",
         "2033-07-06T11:00:00+08:00", "Asia/Kuala_Lumpur", "en-GB"),
    # 13: Queenstown e-bike hire to a customer in Sydney; every time zoned and converted.
    case("Hi Ella,\n\nYour two e-bikes are booked for the Arrow River trail on Thursday 3 March from 9am "
         "to 4pm NZ time. If you'd like a quick call before you fly, I can ring you at 11am NZDT on "
         "Tuesday 22 February, which is 9am in Sydney. The hire is $129 per bike, including helmets "
         "and a trail map.\n\nCheers,\nTane\nQueenstown Trail E-Bikes",
         "Hi, I'm in Sydney and flying over for a week in March. Can I book two e-bikes for the Arrow "
         "River trail? Ella",
         "2033-02-21T10:00:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="Australia/Sydney"),
    # 14: Dublin cinema; 24-hour times, a screen number, a seat count.
    case("Hi Colm,\n\nThanks for booking the private screening of Casablanca 🎬. It's confirmed for "
         "Saturday 23 April at 11:00 in Screen 1, which seats 64. The price is €320, and the popcorn "
         "bar opens at 10:30.\n\nEnjoy the film,\nSinéad\nThe Liffey Picture House",
         "Hi, can we book Screen 1 for a private showing of Casablanca on a Saturday morning in April? "
         "Colm",
         "2033-04-05T15:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 15: Florida Keys fishing charter to a customer in London; EST and GMT right for November.
    case("Hi Nigel,\n\nYour full-day tarpon trip is booked for Wednesday, November 30, leaving Islamorada "
         "at 6:30 a.m. EST and back by 4 p.m. EST. I'll call you at 2 p.m. GMT on Thursday, November 17, "
         "which is 9 a.m. EST here, to go over the gear list. The trip is $850 for two anglers, with "
         "the $200 deposit already paid.\n\nTight lines,\nCapt. Wes\nIslamorada Flats Charters",
         "Hello, my son and I are coming over from London at the end of November and would love a "
         "full day on the tarpon. Regards, Nigel",
         "2033-11-14T09:00:00-05:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
    # 16: Manchester home-care agency; a past meeting with its date, three settled visit times.
    case("Dear Mrs Okafor,\n\nThank you for meeting us on Thursday 4 August. Your father's care will "
         "begin on Monday 22 August, with visits at 8am, 12:30pm and 7pm each day. Each visit lasts 45 "
         "minutes, and the weekly cost is £412.50 after the council's contribution.\n\n"
         "Kind regards,\nJoanne Hill\nBridgewater Home Care",
         "Dear Joanne, thank you for coming out to see Dad. When can the visits start? "
         "Regards, Ngozi Okafor",
         "2033-08-09T10:00:00+01:00", "Europe/London", "en-GB"),
    # 17: Singapore toy shop to Petaling Jaya (same UTC offset); a 1:24 scale, batteries.
    case("Hi Hafiz,\n\nThank you for ordering the 1:24 scale remote-control truck. It will be delivered to "
         "your address in Petaling Jaya on Monday 20 June between 10am and 6pm. The price is S$129, and "
         "it takes four AA batteries, which are included.\n\nBest regards,\nGrace\nTinker Town Toys",
         "Hi, I ordered the remote-control truck. When will it reach me in PJ? Hafiz",
         "2033-06-15T14:00:00+08:00", "Asia/Singapore", "en-GB", recipient_timezone="Asia/Kuala_Lumpur"),
    # 18: Napa wine club; vintages, a card ending, a percentage.
    case("Hi Denise,\n\nYour wine club shipment for the fall release will ship on Monday, October 3, and "
         "it contains 6 bottles: two 2030 Cabernets, two Chardonnays and two Zinfandels. Your card "
         "ending 4412 will be charged $297.60 after the 20% member discount. Member tastings are free "
         "on weekends from 10 a.m. to 4 p.m.\n\nCheers,\nMarco\nSilverado Bench Wines",
         "Hi, when does the fall club shipment go out, and what's in it? Denise",
         "2033-09-20T16:00:00-07:00", "America/Los_Angeles", "en-US"),
    # 19: Manly surf camp over New Year; dates in January 2034 with right weekdays.
    case("Hi Jack,\n\nThe holiday surf camp runs from Tuesday 3 January to Friday 6 January 2034, from "
         "9am to noon each day. It's for kids aged 8 to 14, and the price is $320 for the four days, "
         "including rashies and boards. Drop-off is at the North Steyne clubhouse.\n\nCheers,\n"
         "Bianca\nManly Groms Surf School",
         "Hi, do you run a surf camp for kids in the January holidays? My son is 11. Jack",
         "2033-12-20T09:00:00+11:00", "Australia/Sydney", "en-GB"),
    # 20: Makati dry cleaner; a receipt number, pesos, opening hours.
    case("Hello Ms Reyes,\n\nThank you for bringing in your barong and the two gowns (receipt 7781). They "
         "will be ready for pickup on Friday, October 28 after 3 p.m., and the total is ₱1,450. Our "
         "Makati branch is open from 8 a.m. to 8 p.m., Monday to Saturday.\n\nRegards,\nJoy\n"
         "Press & Fold Laundry",
         "Hello, when can I collect the barong and gowns I dropped off? Thanks, Liza Reyes",
         "2033-10-25T11:00:00+08:00", "Asia/Manila", "en-US"),
    # 21: Vancouver physio to a patient in Seattle (same clock); speeds in km/h.
    case("Hi Kevin,\n\nYour running assessment is booked for Thursday, March 24 at 8:30 a.m. at our "
         "Kitsilano clinic. It's a 60-minute session for $140 CAD, and we'll film you on the treadmill "
         "at 10 and 12 km/h. Please bring your current shoes.\n\nBest,\nAnita\nKits Sports Physio",
         "Hi, I live in Seattle but I'm up in Vancouver most weeks. Can I book a running assessment? "
         "Kevin",
         "2033-03-15T10:00:00-07:00", "America/Vancouver", "en-US",
         recipient_timezone="America/Los_Angeles"),
    # 22: Coromandel holiday park; a caravan length, a site number, hours.
    case("Hi Steve,\n\nThanks for booking site 42 for your 7.2 m caravan. You're with us from Friday 21 "
         "January to Sunday 23 January, and check-in is between 1pm and 8pm. Powered sites are $58 a "
         "night for two adults, and the camp kitchen is open 7am to 10pm.\n\nCheers,\nRangi\n"
         "Hahei Holiday Park",
         "Hi, have you got a powered site for our caravan for two nights later in January? Steve",
         "2033-01-12T19:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 23: Kilmainham community centre; a past event in the past tense, 24-hour times.
    case("Hi Fionnuala,\n\nThank you for running the bake sale on Saturday 14 May; it raised €1,240 for "
         "the new roof. The next committee meeting is on Wednesday 8 June at 19:30 in Room 3, and we'd "
         "love you to give a short update. Tea and biscuits will be served from 19:15.\n\n"
         "Best wishes,\nBrian\nKilmainham Community Centre",
         "Hi Brian, just to say the bake sale went brilliantly. When's the next committee meeting? "
         "Fionnuala",
         "2033-05-24T10:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 24: Denver climbing wall to a customer in New York; MDT and EDT right for April.
    case("Hi Priya,\n\nThanks for registering for our online route-setting workshop. It's on Saturday, "
         "April 16, from 11 a.m. to 1 p.m. MDT, which is 1 to 3 p.m. EDT in New York. The fee is $45, "
         "and we'll email the Zoom link and a 12-page handout on Friday, April 15.\n\nClimb on,\nEli\n"
         "Front Range Bouldering",
         "Hi, I'm in New York. Is your route-setting workshop online? I'd love to join. Priya",
         "2033-04-06T12:00:00-06:00", "America/Denver", "en-US", recipient_timezone="America/New_York"),
    # 25: London ice rink at 23:30 the night the UK clocks go back; a version number, a phone number.
    case("Hi Hannah,\n\nThanks for booking skate lessons for Maisie. Her first class is on Saturday 19 "
         "November at 09:15, and the course runs for 6 weeks at £72. Our booking app has been updated "
         "to version 4.2.1, and if it gives you any trouble you can call us on 020 7946 0821.\n\n"
         "Best wishes,\nDaniel\nQueensway Ice Rink",
         "Hi, I'd like to book the beginner course for my daughter Maisie (age 7). Hannah",
         "2033-10-29T23:30:00+01:00", "Europe/London", "en-GB"),
    # 26: Toronto e-bike rental at 23:50 on a Friday; a full date, no relative day.
    case("Hi Sophie,\n\nSorry for the late reply! Your two e-bikes are booked for Sunday, July 31 from 10 "
         "a.m. to 2 p.m., picking up at 215 Queens Quay West. The rate is $35 an hour per bike, so $280 "
         "in total, and each battery has a range of about 60 km.\n\nHave a great ride,\nMarcus\n"
         "Harbourfront E-Bikes",
         "Hi, can I get two e-bikes this Sunday for about 4 hours? Sophie",
         "2033-07-29T23:50:00-04:00", "America/Toronto", "en-US"),
    # 27: Penang day-care centre; 24-hour times, ringgit, a percentage, a phone number.
    case("Dear Mr Kumar,\n\nThank you for choosing us for your mother's care. Her day-care programme "
         "starts on Tuesday 1 March 2033 and runs Monday to Friday from 08:30 to 17:00. The monthly fee "
         "is RM2,400 with your 15% senior discount applied, and our nurse, Puan Aini, can be reached on "
         "04-226 7890.\n\nWarm regards,\nLatha\nGolden Years Care Centre",
         "Dear Sir or Madam, my mother has been accepted for day care. When does she start? "
         "Regards, Suresh Kumar",
         "2033-02-28T09:00:00+08:00", "Asia/Kuala_Lumpur", "en-GB"),
    # 28: Cairns reef charter to a customer in Melbourne (same offset in July); a fish size.
    case("Hi Dylan,\n\nYour reef fishing trip is locked in for Thursday 28 July, departing Marlin Marina at "
         "6:30am sharp and returning about 5pm. It's $295 per person, and the boat takes 12 anglers, so "
         "you'll have plenty of room. Coral trout over 38 cm are yours to keep.\n\nCheers,\nSkip\n"
         "Reef Hunter Charters",
         "Hi, I'm flying up from Melbourne at the end of July. Can I get on a reef fishing day? Dylan",
         "2033-07-19T08:00:00+10:00", "Australia/Brisbane", "en-GB",
         recipient_timezone="Australia/Melbourne"),
    # 29: Perth cinema; "noon", "midnight", ages 18+.
    case("Hi Chloe,\n\nTickets for the Halloween horror marathon on Monday 31 October go on sale at noon "
         "on Tuesday 18 October. The marathon starts at 6pm and runs until midnight, with three films "
         "and a 15-minute break between each. Tickets are $42, and the event is for ages 18+.\n\n"
         "Cheers,\nNathan\nNorthbridge Picture Palace",
         "Hi, are you doing a horror marathon for Halloween this year? When do tickets go on sale? "
         "Chloe",
         "2033-10-14T12:00:00+08:00", "Australia/Perth", "en-GB"),
    # 30: Boston window cleaner to an owner in Dublin, between the US and Irish spring changes.
    case("Hi Eamon,\n\nThanks for hiring us to clean the windows at your rental at 88 Beacon Street while "
         "you're in Dublin. Our crew will be there on Monday, March 28 between 9 and 11 a.m. EDT, and "
         "I'll call you at 2 p.m. Irish time on Friday, March 25, which is 10 a.m. here, to confirm "
         "access. The quote is $260 for 18 windows, inside and out.\n\nBest,\nTricia\n"
         "Back Bay Window Cleaning",
         "Hi, I'm back home in Dublin for a few weeks. Can you clean the windows of my Boston rental "
         "while I'm away? Eamon",
         "2033-03-23T10:00:00-04:00", "America/New_York", "en-US", recipient_timezone="Europe/Dublin"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
