"""The hand-written cases of Tactful's fifteenth held-out date/time set (built by build_datetime_holdout15.py).

Each case is a customer-service reply (``text``), the customer's email it answers (``thread``) and the
context the date/time checks read: ``now`` (ISO 8601 with the UTC offset the writer's zone had at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's zone
is known) and ``locale``. A flagged expression sits between ⟦ ⟧, and ``checks`` gives, in order, the
check each marked span is a case of. Negatives mark nothing.

Written blind (see README.md). Every weekday, past/future relation, UTC offset and conversion between
zones was worked out with Python's calendar, datetime and zoneinfo in throwaway scripts kept outside
the repository (/tmp/dtset15/), never from memory.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

AT, RD, WM, ID, PD, AN, MT, ZM = ("ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date",
                                  "past-date", "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Bristol balloon flights; the couple can take a sunrise or an evening flight.
    case("Hi Priya,\n\nLovely to hear it's your anniversary 🎈 I've put you both on the flight from Ashton Court "
         "on Saturday 21 May, meeting at the launch field at ⟦5:30⟧. It's £189 per person, and the pilot "
         "needs each passenger's weight (the basket limit is 120 kg each) by the Thursday before.\n\n"
         "Warm regards,\nHelen\nAvon Valley Balloon Flights",
         "Hello, we'd like a balloon flight for our anniversary, a Saturday in May if possible. We're happy "
         "with either the sunrise flight or the evening one, whichever has room. Priya and Dev",
         "2039-05-08T14:20:00+01:00", "Europe/London", "en-GB", [AT]),
    # 02: Auckland window cleaners; the customer is home early or after work.
    case("Hi Mere,\n\nKia ora, and thanks for the booking. Our crew will come on Thursday 17 February at ⟦7:30⟧ to do "
         "all 14 windows on both storeys, plus the conservatory roof. The quote is NZ$145 including the "
         "gutter guards, payable by bank transfer on the day.\n\nNgā mihi,\nRawiri\nClearview Window Cleaning",
         "Hi there, can I book a clean of the whole house? I leave for work about 8 in the morning and I'm "
         "back after 6, so it'll need to be early or in the evening while I'm home. Mere",
         "2039-02-10T09:05:00+13:00", "Pacific/Auckland", "en-GB", [AT]),
    # 03: Chicago carpet cleaners; the night-shift nurse can be home first thing or later in the evening.
    case("Hi Dana,\n\nYou're all set for Tuesday, October 11 at ⟦8:15⟧ for the living room, hallway and both "
         "bedrooms (about 450 sq ft). The hot-water extraction comes to $229, and the carpet will need four "
         "to six hours to dry, so plan to keep the dog out of those rooms.\n\nThanks,\nMarcus\nLakeview "
         "Carpet Care",
         "Hello, I'd like my carpets steam cleaned. I work nights at Northwestern so I can be home either "
         "first thing in the morning or later in the evening. Do you do evening appointments? Dana",
         "2039-10-06T16:45:00-05:00", "America/Chicago", "en-US", [AT]),
    # 04: Dublin podiatrist; the customer needs a slot before or after hospital hours, clinic open 6:30am-8pm.
    case("Hi Niamh,\n\nThanks for your email. I've booked you in with Ciarán for the ingrown toenail procedure "
         "on Wednesday 26 January at ⟦6:45⟧. The fee is €75 and includes the dressing and a follow-up check "
         "a week later.\n\nKind regards,\nAoife\nRanelagh Foot Clinic",
         "Hi, my big toe is killing me and I need the nail looked at. I work in the Mater 8 to 6 so it would "
         "have to be before or after that. I see you open from half six in the morning to 8 at night. Niamh",
         "2039-01-20T11:10:00+00:00", "Europe/Dublin", "en-GB", [AT]),
    # 05: Johannesburg go-kart track, open 8am to 11pm; the group would race in the morning or late.
    case("Hi Sipho,\n\nSorted, the track is yours for the team-building race 🏁 We've booked the 270cc karts for "
         "Friday 1 July at ⟦9 o'clock⟧, and the package is R395 per driver for three 15-minute heats. The "
         "current lap record is 41.2 seconds if anyone fancies a go at it.\n\nCheers,\nLindiwe\nGold Reef "
         "Karting",
         "Howzit, we want to bring 16 people from the office for a race on the Friday. We could do a "
         "morning session or a late one after the year-end function, your site says you're open 8am till "
         "11pm. Sipho",
         "2039-06-25T20:40:00+02:00", "Africa/Johannesburg", "en-GB", [AT]),
    # 06: Toronto trampoline park, open 9am to midnight; the family could come in the morning or after dinner.
    case("Hi Jenna,\n\nThanks for reaching out! I've reserved a 90-minute jump pass for five on Saturday, "
         "April 9 at ⟦10:30⟧, and the grip socks are included at $22.50 per jumper. Please have everyone "
         "sign the waiver online before you arrive.\n\nThanks,\nOwen\nBounce Factory Etobicoke",
         "Hi, my nephews are visiting and we'd like to bring them jumping on the Saturday. We could come in "
         "the morning or after dinner, whatever you have. Jenna",
         "2039-04-04T13:15:00-04:00", "America/Toronto", "en-US", [AT]),
    # 07: Perth pool servicing; the tech can come early or in the evening (the pool light works).
    case("Hi Craig,\n\nThanks for the photos of the water. Our tech will be there on Monday 12 December at "
         "⟦6.15⟧ to shock the pool and rebalance it, as the test shows chlorine at 1.5 ppm and pH at 7.8. The "
         "call-out is A$130 plus chemicals.\n\nCheers,\nBec\nSwan River Pool Care",
         "Hi, the pool's gone green again. We're out from 8 till 5 so could your tech come early before we "
         "leave or in the evening? The pool light works so evenings are fine. Craig",
         "2039-12-08T07:50:00+08:00", "Australia/Perth", "en-GB", [AT]),
    # 08: Karachi lift maintenance; the building runs round the clock and wants a shutdown before lunch or late.
    case("Dear Mr Qureshi,\n\nThank you for your message. Our engineers will shut down the 630 kg passenger lift "
         "on Sunday 24 July at ⟦11:30⟧ to replace the door operator. The work will take about three hours "
         "and costs PKR 48,000, and we will post a notice in the lobby two days before.\n\nRegards,\nFaisal\n"
         "Indus Elevator Services",
         "Dear Sir, the lift in our Clifton building needs the door repair done. The building runs 24 hours, "
         "so the committee asks for the shutdown either before the lunch rush or late at night after the "
         "shops close. Kindly confirm. Imran Qureshi",
         "2039-07-21T10:00:00+05:00", "Asia/Karachi", "en-GB", [AT]),
    # --- relative-date ------------------------------------------------------------------------
    # 09: Manila freight forwarder, written just after midnight on a Saturday, answering a Friday-evening email.
    case("Hi Carlo,\n\nThanks for sending the packing list. Our truck can pick up the four pallets ⟦tomorrow⟧ "
         "between 9 a.m. and 12 noon, and the LCL rate to Cebu is ₱18,500 for 3.2 CBM. Please have the "
         "commercial invoice printed for the driver.\n\nBest,\nJoy\nPasig Cargo Link",
         "Hi Joy, can you collect the pallets from our Pasig warehouse tomorrow? They're wrapped and ready. "
         "Carlo",
         "2039-03-05T00:15:00+08:00", "Asia/Manila", "en-US", [RD]),
    # 10: Leeds bouncy castle hire, written on a Wednesday.
    case("Hi Kirsty,\n\nThe unicorn castle is free ⟦next Saturday⟧, so I've pencilled you in for the party. "
         "It's 4.5 m by 4.5 m, so it'll need a flat patch of lawn at least that size plus a metre round the "
         "edge, and the hire is £95 for the day with delivery.\n\nThanks,\nDean\nBounce About Leeds",
         "Hiya, is the unicorn bouncy castle free on a Saturday soon? It's for my daughter's 6th. Kirsty",
         "2039-08-31T15:30:00+01:00", "Europe/London", "en-GB", [RD]),
    # 11: Kaikōura whale watching, Tuesday morning in NZ to a customer in Honolulu, where it is Monday.
    case("Hi Keoni,\n\nThanks for booking the 2.5-hour whale watch for your family of four. We'll email the "
         "boarding passes ⟦today⟧, and the fare is NZ$165 per adult and NZ$60 per child. Sperm whales are "
         "seen on about 95% of trips, and we refund 80% if we don't find one.\n\nNgā mihi,\nAroha\nKaikōura "
         "Whale Cruises",
         "Aloha, we're visiting New Zealand next month and booked the whale watch on your website. When do "
         "we get the tickets? Keoni",
         "2039-11-15T08:20:00+13:00", "Pacific/Auckland", "en-GB", [RD], recipient_timezone="Pacific/Honolulu"),
    # 12: Mission Beach skydiving, written at 23:50 on a Friday.
    case("Hi Jake,\n\nNo worries at all, we've moved your tandem to ⟦the day after tomorrow⟧ since the wind "
         "should have dropped to under 15 knots by then. You'll jump from 14,000 ft, and the A$349 you paid "
         "covers the video too.\n\nCheers,\nTash\nReef Coast Skydive",
         "Hey, saw the jumps got called off for wind today. Can I move mine? Jake",
         "2039-09-16T23:50:00+10:00", "Australia/Brisbane", "en-GB", [RD]),
    # 13: Hyderabad alarm installers, written at 00:40 on a Tuesday, to a Monday-night request.
    case("Dear Mr Reddy,\n\nWe are sorry to hear the siren keeps going off. Our technician will come ⟦tonight⟧ "
         "itself to check the PIR sensor in the hall and reset the panel to firmware 5.2.1. The visit charge "
         "is ₹650, waived if the fault is covered under your AMC.\n\nThanks and regards,\nSrinivas\nDeccan "
         "Secure Systems",
         "Sir, the alarm is ringing every hour since evening, neighbours are complaining. Please send "
         "someone tonight. Venkat Reddy",
         "2039-02-22T00:40:00+05:30", "Asia/Kolkata", "en-GB", [RD]),
    # 14: Glasgow scaffolding hire, written on a Sunday.
    case("Hi Stuart,\n\nThanks for the go-ahead on the quote. The lads will put up the scaffold ⟦next Monday⟧ "
         "and it'll stay for the four weeks you need, covering the 9 m gable end. The hire is £1,240 "
         "including the permit from the council.\n\nAll the best,\nGraeme\nClyde Access Scaffolding",
         "Hi Graeme, happy with the quote, when can you get the scaffold up? Stuart",
         "2039-11-06T12:00:00+00:00", "Europe/London", "en-GB", [RD]),
    # 15: Mauna Kea stargazing tours, Friday evening in Hawaii to a customer in Sydney, where it is Saturday.
    case("Hi Olivia,\n\nMahalo for booking the summit stargazing tour for your trip 🔭 We'll send the shuttle "
         "confirmation ⟦tomorrow morning⟧, and it'll list the Hilo pick-up point. The summit is 13,796 ft "
         "and can drop to 30°F at night, so bring layers.\n\nAloha,\nKai\nMaunakea Star Tours",
         "Hi, I've paid for the stargazing tour for two. Will I get a pick-up time? Olivia",
         "2039-06-10T17:30:00-10:00", "Pacific/Honolulu", "en-US", [RD], recipient_timezone="Australia/Sydney"),
    # --- weekday-mismatch ---------------------------------------------------------------------
    # 16: Melbourne coffee roaster; 14 April 2039 is a Thursday.
    case("Hi Hamish,\n\nThanks for the wholesale order of 12 kg of the house blend. Our next roast day is "
         "⟦Wednesday 14 April⟧, and the beans will go out by courier the morning after, ground for "
         "espresso. The invoice is A$384 at A$32/kg.\n\nCheers,\nGiulia\nBrunswick Bean Roasters",
         "Hi Giulia, can we get another 12 kg of the house blend? We're almost out. Hamish",
         "2039-04-10T10:10:00+10:00", "Australia/Melbourne", "en-GB", [WM]),
    # 17: Cardiff fire-extinguisher servicing; 21 September 2039 is a Wednesday.
    case("Hello Rhys,\n\nThanks for booking the annual service for the restaurant. Our engineer will be with you "
         "on ⟦Tue 21/09⟧ to check the six extinguishers and the kitchen's wet chemical unit. The service is "
         "£14.50 per unit plus VAT, and any that fail the pressure test will be swapped on the spot.\n\n"
         "Diolch,\nCarys\nTaff Fire Safety",
         "Hi, our extinguishers are due their yearly check. Tuesdays are best as we're closed. Rhys",
         "2039-09-03T09:30:00+01:00", "Europe/London", "en-GB", [WM]),
    # 18: Auckland butcher; 23 December 2039 is a Friday.
    case("Hi Tania,\n\nKia ora, your Christmas order is confirmed 🍖 The bone-in ham (about 7 kg) and the 2 kg pork "
         "belly will be ready to collect on ⟦Thursday 23rd December⟧ from 8am. The NZ$240 deposit has been "
         "taken, and the balance is paid on collection.\n\nMeri Kirihimete,\nBruce\nPonsonby Quality Meats",
         "Hi, I'd like to order a ham and some pork belly for Christmas. I can pick up on the Thursday before. "
         "Tania",
         "2039-12-02T16:00:00+13:00", "Pacific/Auckland", "en-GB", [WM]),
    # 19: Denver garage door repair; March 25, 2039 is a Friday.
    case("Hi Luis,\n\nSorry about the snapped spring. Our tech can be there ⟦Thursday, March 25⟧ between 8 a.m. "
         "and noon to replace both torsion springs on your 16 x 7 ft door. The repair is $289 with parts "
         "and a 5-year warranty on the springs.\n\nThanks,\nBrittany\nFront Range Garage Doors",
         "Hello, the spring on our garage door snapped and the car is stuck inside. Can you come out this "
         "week? Luis",
         "2039-03-21T08:45:00-06:00", "America/Denver", "en-US", [WM]),
    # 20: Singapore sign makers; 27 August 2039 is a Saturday.
    case("Hi Wei Ling,\n\nThanks for approving the proof, the lightbox sign is now in production. Our team will "
         "install it on ⟦27 August (Friday)⟧ after the mall closes, using the 2.4 m by 0.6 m bracket we "
         "measured. The balance of S$1,860 is due on installation.\n\nBest regards,\nHafiz\nLion City Signs",
         "Hi Hafiz, proof looks good, please go ahead. When can you install? Wei Ling",
         "2039-08-13T11:20:00+08:00", "Asia/Singapore", "en-GB", [WM]),
    # 21: Pretoria borehole drillers; 30 May 2039 is a Monday.
    case("Hi Johan,\n\nThanks for signing the quote. The rig will be on site ⟦Wednesday the 30th⟧ and we expect "
         "to reach water by about 80 m, judging by your neighbour's borehole. Drilling is R680 per metre, "
         "and the pump test takes a further 24 hours.\n\nRegards,\nAnnelie\nHighveld Boreholes",
         "Morning, signed quote attached. When can you start drilling this month? Johan",
         "2039-05-15T13:00:00+02:00", "Africa/Johannesburg", "en-GB", [WM]),
    # 22: New York party hire, written in December 2039 about January 2040 (January 3, 2040 is a Tuesday).
    case("Hi Rachel,\n\nThanks for returning the tent and the 60 chairs in such good shape. For the office party "
         "in the new year, we can deliver the heaters on ⟦Monday, January 3⟧ and collect them the next day. "
         "Each heater is $85 and runs about 10 hours on a 20 lb tank.\n\nBest,\nTony\nFive Boroughs Party "
         "Rentals",
         "Hi Tony, can we rent four patio heaters for our January kickoff? Early in the month. Rachel",
         "2039-12-19T14:00:00-05:00", "America/New_York", "en-US", [WM]),
    # 23: Taupō skydiving; 6 November 2039 is a Sunday.
    case("Hi Lena,\n\nGreat choice for your last weekend in New Zealand 🪂 I've booked your 15,000 ft tandem for "
         "⟦Sat 6 Nov⟧, check-in 9:30am at the airport hangar. The price is NZ$429 and the photo package adds "
         "NZ$169.\n\nChur,\nNikau\nTaupō Sky Jumps",
         "Hello, I'd like a tandem jump on the Saturday of my last weekend, before I fly home on Monday 7 "
         "November. Lena",
         "2039-10-29T19:10:00+13:00", "Pacific/Auckland", "en-GB", [WM]),
    # --- impossible-date ----------------------------------------------------------------------
    # 24: Brisbane fencing contractor; the customer wants it done by the end of September.
    case("Hi Mick,\n\nThanks for confirming. We'll have the new Colorbond fence up by ⟦31 September⟧, all "
         "32 m of it at 1.8 m high in Woodland Grey. The price is A$5,280 and we'll take the old paling "
         "fence to the tip for you.\n\nCheers,\nShane\nNorthside Fencing",
         "G'day, the old fence has to be replaced before the end of September when the dog arrives. Mick",
         "2039-08-20T10:30:00+10:00", "Australia/Brisbane", "en-GB", [ID]),
    # 25: Dubai freight forwarder; 2039 is not a leap year.
    case("Dear Ms Kapoor,\n\nThank you for the booking. The 40 ft container left Nhava Sheva on schedule and "
         "will reach Jebel Ali by ⟦29 February⟧. Customs clearance is AED 1,150, and the truck to your Al "
         "Quoz warehouse is booked for the day after.\n\nBest regards,\nOmar\nGulf Bridge Logistics",
         "Dear Omar, when will the container reach Dubai? We need the stock before the end of February. "
         "Meera Kapoor",
         "2039-01-31T12:00:00+04:00", "Asia/Dubai", "en-GB", [ID]),
    # 26: Phoenix pool service.
    case("Hi Stephanie,\n\nThanks for signing up for the summer plan. Your first weekly visit is on ⟦June 31⟧, "
         "and each visit covers skimming, brushing, the filter and keeping chlorine between 1 and 3 ppm. The "
         "plan is $145 a month.\n\nThanks,\nRay\nDesert Oasis Pool Service",
         "Hi Ray, we'd like the weekly service to start at the end of June. Stephanie",
         "2039-06-11T06:20:00-07:00", "America/Phoenix", "en-US", [ID]),
    # 27: Edinburgh sign makers.
    case("Hello Fiona,\n\nThanks for the deposit of £300. The hand-painted fascia for the café will be "
         "finished by ⟦31/11/2039⟧, in the Farrow & Ball green you chose, at 3.6 m long. We'll fit it the "
         "following morning before you open.\n\nBest wishes,\nCallum\nLeith Sign Studio",
         "Hi Callum, we're reopening in early December, so the sign has to be ready by the end of November. "
         "Fiona",
         "2039-11-06T15:00:00+00:00", "Europe/London", "en-GB", [ID]),
    # 28: Victoria BC whale watching; the season opens in late April.
    case("Hi Greg,\n\nThanks for asking about the orca tours. Our zodiac trips start again on ⟦April 31st⟧, "
         "and they run three hours out of the Inner Harbour. Tickets are $159 for adults and $109 for kids "
         "under 12.\n\nCheers,\nMaya\nSalish Sea Whale Tours",
         "Hi, when do your whale-watching trips start back up this spring? Greg",
         "2039-04-12T18:00:00-07:00", "America/Vancouver", "en-US", [ID]),
    # 29: Chennai lift maintenance.
    case("Dear Ms Lakshmi,\n\nThank you for renewing the AMC for your 8-passenger lift. Our engineer will do "
         "the quarterly service on ⟦30.02.2039⟧, which includes the rope tension check and the safety gear "
         "test. The contract value is ₹42,000 plus GST.\n\nRegards,\nKarthik\nCoromandel Lifts",
         "Sir, please schedule the quarterly service before month end. Lakshmi",
         "2039-02-11T17:30:00+05:30", "Asia/Kolkata", "en-GB", [ID]),
    # 30: Cork septic tank emptying.
    case("Hi Donal,\n\nThanks for getting in touch. We can empty the 3,000-litre tank on ⟦31st June⟧ when the "
         "tanker is over your side of Macroom. It's €220 for the empty and a camera check of the outlet "
         "pipe.\n\nGo raibh maith agat,\nSiobhán\nLee Valley Septic Services",
         "Hi, the septic tank is due emptying, any day at the end of June suits. Donal",
         "2039-06-03T08:05:00+01:00", "Europe/Dublin", "en-GB", [ID]),
    # --- past-date ----------------------------------------------------------------------------
    # 31: Wellington coffee roaster, written on Wednesday 13 July.
    case("Hi Sam,\n\nKia ora and thanks for your order 🫘 Your 1 kg bag of Ethiopia Guji will be roasted and "
         "dispatched on ⟦Monday 11 July⟧, whole bean as you asked. It's NZ$68 with free shipping over NZ$50, "
         "and it's best from 7 to 21 days after roasting.\n\nCheers,\nAnahera\nCuba Street Roastery",
         "Hi, just placed an order for the Guji. When will it ship? Sam",
         "2039-07-16T11:00:00+12:00", "Pacific/Auckland", "en-GB", [PD]),
    # 32: Toronto alarm installers, written on February 17.
    case("Hi Priyanka,\n\nThanks for choosing the monitored package. Our technician will install the panel, "
         "three door contacts and two motion sensors on ⟦February 14⟧. Monitoring is $34.99 a month after "
         "the $199 setup fee.\n\nBest,\nEthan\nMaple Shield Security",
         "Hi, we'd like the monitored alarm package installed at our new house. Priyanka",
         "2039-02-17T09:00:00-05:00", "America/Toronto", "en-US", [PD]),
    # 33: Manchester scaffolding, written on Wednesday 19 October.
    case("Hi Sharon,\n\nThe roofer has signed off the chimney work, so the scaffold will be taken down on "
         "⟦Friday 14 October⟧. We'll refund the £150 deposit once the yard checks the 48 boards and the "
         "couplers back in.\n\nThanks,\nLee\nIrwell Scaffolding",
         "Hi Lee, when's the scaffold coming down? The neighbours are asking. Sharon",
         "2039-10-22T16:20:00+01:00", "Europe/London", "en-GB", [PD]),
    # 34: Houston party rentals, written on January 5, 2039.
    case("Hi Marisol,\n\nSo sorry the blower on the castle gave out halfway through the party. The "
         "replacement 1.5 HP blower will ship on ⟦Dec. 30, 2038⟧, and we've refunded $75, half the rental, "
         "to your card ending 4417.\n\nThanks,\nDerek\nBayou City Bounce",
         "Hi, the blower died on the bounce house at my son's party and we had to send everyone home. "
         "Marisol",
         "2039-01-02T10:00:00-06:00", "America/Chicago", "en-US", [PD]),
    # 35: Adelaide podiatrist, written on 24 March.
    case("Hi Bronwyn,\n\nThanks for coming in for the gait scan. Your custom orthotics will be ready to pick up "
         "⟦14/03/2039⟧ from the front desk. They're A$520, and your health fund should cover about A$200 of "
         "that.\n\nKind regards,\nPaul\nNorwood Podiatry",
         "Hi, when will my orthotics be ready? Bronwyn",
         "2039-03-24T10:00:00+10:30", "Australia/Adelaide", "en-GB", [PD]),
    # 36: Singapore lift maintenance, written on Wednesday 28 September.
    case("Dear Mr Tan,\n\nThank you for your patience while lift B is down. The replacement door motor will "
         "arrive on ⟦23 Sept⟧ from our Johor depot, and the lift will be back in service the same day. There "
         "is no charge as it is under the warranty.\n\nBest regards,\nSiti\nMerlion Lift Engineering",
         "Hi, lift B at Block 412 has been down for a week. When will it be fixed? Tan Boon Keng",
         "2039-10-01T09:40:00+08:00", "Asia/Singapore", "en-GB", [PD]),
    # 37: Los Angeles fire-safety inspections, written on Friday, May 27.
    case("Hi Andre,\n\nThanks for scheduling the annual sprinkler inspection. Our inspector will be on site "
         "⟦Wednesday, May 25⟧, and the report will go to the fire marshal within 48 hours. The fee is $410 "
         "for the 22,000 sq ft warehouse.\n\nThanks,\nMonica\nPacific Fire Protection",
         "Hi Monica, we need the sprinkler inspection done soon for the insurance renewal. Andre",
         "2039-05-27T15:10:00-07:00", "America/Los_Angeles", "en-US", [PD]),
    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 38: London freight forwarder to a customer in Boston.
    case("Hi Amanda,\n\nThanks for the booking. Your antiques will be crated at our Tilbury warehouse and loaded "
         "on the vessel sailing ⟦04/06/2039⟧, for an ETA in Boston about 11 days later. The quote is £2,340 "
         "for 8.5 cubic metres, including marine insurance at 1.2%.\n\nKind regards,\nJames\nThames Gateway "
         "Freight",
         "Hi James, we're shipping my late mother's furniture to us in Boston. When's the next sailing you "
         "can get it on? Amanda",
         "2039-02-10T11:30:00+00:00", "Europe/London", "en-GB", [AN], recipient_timezone="America/New_York"),
    # 39: Albuquerque balloon rides to a group in Melbourne.
    case("Hi Lachlan,\n\nThanks for your interest 🎈 We've held six seats on our sunrise flight for ⟦10/7⟧, "
         "which gives you views over the Rio Grande. The price is $325 per person, and the basket limit is "
         "a combined 1,100 lb.\n\nThanks,\nCarmen\nSandia Sky Balloons",
         "Hi, six of us from Melbourne are visiting New Mexico later this year. Can you fit us on a "
         "sunrise flight? Lachlan",
         "2039-06-20T09:00:00-06:00", "America/Denver", "en-US", [AN], recipient_timezone="Australia/Melbourne"),
    # 40: Manila coffee roaster to a café owner in Singapore (from the thread).
    case("Hi Kelvin,\n\nThanks for the trial order. Your 20 kg of Benguet Arabica will be roasted and flown out "
         "on ⟦6/9/2039⟧, air freight to Changi. The price is $14.20/kg, and the moisture reading for this lot "
         "was 11.5%.\n\nBest,\nAnton\nCordillera Coffee Roasters",
         "Hi Anton, I run a café here in Singapore and would like 20 kg of the Benguet for a trial. When can "
         "you ship? Kelvin",
         "2039-04-15T15:00:00+08:00", "Asia/Manila", "en-US", [AN]),
    # 41: Pune alarm installers to an owner who lives in Chicago.
    case("Dear Mr Deshpande,\n\nThank you for the advance of ₹25,000. Our team will install the CCTV and alarm "
         "system at your Kothrud bungalow on ⟦03-11-2039⟧, with eight 4 MP cameras and a 2 TB recorder. You "
         "can watch the live feed from Chicago on the app.\n\nThanks and regards,\nNeha\nSahyadri Security",
         "Hi, I live in Chicago and want CCTV fitted at our Pune bungalow before my parents move in later "
         "this year. Anil Deshpande",
         "2039-01-26T12:00:00+05:30", "Asia/Kolkata", "en-GB", [AN], recipient_timezone="America/Chicago"),
    # 42: St. John's whale watching to a customer in Dublin.
    case("Hi Ciara,\n\nGreat to hear you're coming over 🐋 I've booked four on the humpback tour out of Bay "
         "Bulls for ⟦7/8⟧, and the boat runs two and a half hours. It's $85 per adult, and the puffin colony "
         "is on the way.\n\nCheers,\nGerard\nBay Bulls Whale Tours",
         "Hi, four of us are coming from Dublin this summer. Can we book a whale tour? Ciara",
         "2039-03-15T10:00:00-02:30", "America/St_Johns", "en-US", [AN], recipient_timezone="Europe/Dublin"),
    # 43: Franz Josef helicopter flights to visitors flying from Los Angeles (from the thread).
    case("Hi Brandon,\n\nThanks for booking the glacier heli-hike for you and Kayla. You're on the flight for "
         "⟦2/3/2040⟧, and the three hours on the ice include crampons and boots. The price is NZ$549 each, "
         "fully refunded if weather cancels.\n\nKind regards,\nHemi\nWestland Heli Hikes",
         "Hi, we're flying in from Los Angeles early next year and want the heli-hike. Brandon",
         "2039-11-29T13:30:00+13:00", "Pacific/Auckland", "en-GB", [AN]),
    # 44: Los Angeles go-kart track to a British customer living in London (from the thread).
    case("Hi Oliver,\n\nThanks for getting in touch about the company day. We've reserved the whole track for "
         "⟦11/05⟧ for your 30 drivers, with the 9 HP karts and a podium finish. The package is $89 per "
         "driver, including the safety briefing.\n\nThanks,\nJess\nSunset Speedway Karting",
         "Hi Jess, I'm a Brit living in London, organising our company trip to LA. Can we book the "
         "track for a day? Oliver",
         "2039-08-06T12:40:00-07:00", "America/Los_Angeles", "en-US", [AN]),
    # 45: Karachi freight forwarder to a customer in Houston.
    case("Dear Mr Alvarez,\n\nThank you for confirming the order of 1,200 cartons of towels. They will be "
         "loaded at Port Qasim on ⟦08.10.2039⟧ in a 20 ft container, and transit to Houston is about 32 days. "
         "The freight is USD 3,450.\n\nRegards,\nHassan\nArabian Sea Forwarding",
         "Hi Hassan, please confirm when the towels will ship to us in Houston. Ricardo Alvarez",
         "2039-04-27T16:15:00+05:00", "Asia/Karachi", "en-GB", [AN], recipient_timezone="America/Chicago"),
    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London coffee roaster to a New York café, when the gap is four hours.
    case("Hi Carla,\n\nThanks for your interest in stocking our beans. I'd love to walk you through the "
         "wholesale list on a call on Thursday 17 March at ⟦3pm⟧. Our minimum order is 6 kg, at £28/kg for "
         "the single origins.\n\nBest,\nTom\nShoreditch Roasting Co.",
         "Hi Tom, we're opening a café in Brooklyn and would like to talk about wholesale. Carla",
         "2039-03-16T10:00:00+00:00", "Europe/London", "en-GB", [MT], recipient_timezone="America/New_York"),
    # 47: Sydney podiatrist to a patient in Auckland, when the gap is three hours.
    case("Hi Kate,\n\nThanks for sending the photos of your heel 🦶 Our podiatrist can do a video consult "
         "on Thursday 29 September at ⟦10:30am⟧, and the fee is A$95. Please have your running shoes "
         "handy, as she'll want to see the wear pattern.\n\nKind regards,\nJess\nBondi Junction Podiatry",
         "Hi, I've moved to Auckland but want to keep seeing your podiatrist by video. Kate",
         "2039-09-27T16:00:00+10:00", "Australia/Sydney", "en-GB", [MT], recipient_timezone="Pacific/Auckland"),
    # 48: Augusta (Perth zone) whale watching to a customer in Sydney (from the thread).
    case("Hi Sean,\n\nThanks for asking about a private charter for the humpback season. I'm out on the boat "
         "until lunch, so I'll call you back at ⟦4pm⟧ on Wednesday. The charter is A$2,400 for up to 12 "
         "people for three hours.\n\nCheers,\nDeb\nFlinders Bay Whale Charters",
         "Hi Deb, I'm in Sydney and planning a family trip west. Could you give me a call about a charter? "
         "Sean",
         "2039-07-06T08:30:00+08:00", "Australia/Perth", "en-GB", [MT]),
    # 49: Singapore coffee roaster to a café owner in Tokyo.
    case("Hi Yuki,\n\nThanks for your email. We can do the online cupping of the three Sumatran lots on Friday "
         "18 November at ⟦2.30pm⟧. The samples, 100 g of each, will reach you by courier on the Wednesday "
         "before.\n\nBest regards,\nDaniel\nTiong Bahru Coffee Works",
         "Hello, I would like to taste your Sumatran coffees before I order for my café. Yuki",
         "2039-11-09T10:00:00+08:00", "Asia/Singapore", "en-GB", [MT], recipient_timezone="Asia/Tokyo"),
    # 50: London fire-safety supplier to a customer in Toronto (from the thread), in the week the gap is four hours.
    case("Hi Michelle,\n\nThanks for your order of the 20 fire blankets (1.2 m by 1.8 m). I'll ring you at "
         "⟦5pm⟧ on Thursday 3 November to go through the export paperwork. Shipping by air is £186, and "
         "they should clear customs within 3 working days.\n\nBest wishes,\nAnita\nFireguard Supplies UK",
         "Hi Anita, our order for the fire blankets is in, we're here in Toronto. Could someone call me about "
         "customs? Michelle",
         "2039-11-01T11:00:00+00:00", "Europe/London", "en-GB", [MT]),
    # 51: Maui whale watching to a customer in Denver.
    case("Hi Tyler,\n\nThanks for your message about the group booking for the humpback season. I'll call "
         "you on Thursday, January 13 at ⟦9:00 a.m.⟧ to go over the 18 seats. The group rate is $72 per "
         "person, and the boat leaves from Lahaina Harbor.\n\nAloha,\nLeilani\nMaui Humpback Cruises",
         "Hi, I'm organizing a whale watch for 18 people from our Denver office. Can we talk it through "
         "by phone? Tyler",
         "2039-01-09T13:00:00-10:00", "Pacific/Honolulu", "en-US", [MT], recipient_timezone="America/Denver"),
    # 52: Darwin bore drillers to a station owner in Adelaide, in December (an hour apart).
    case("Hi Graham,\n\nThanks for your enquiry about the new bore on the station. Let's go through the "
         "hydrogeologist's report on a video call on Friday 16 December at ⟦11am⟧. We're looking at about "
         "120 m depth and a yield of 2.5 L/s.\n\nCheers,\nDarren\nTop End Drilling",
         "Hi Darren, we want a new bore put in on the station. Can we talk through the report? Graham",
         "2039-12-11T15:20:00+09:30", "Australia/Darwin", "en-GB", [MT], recipient_timezone="Australia/Adelaide"),
    # 53: Pilanesberg balloon safaris to a couple in London (from the thread).
    case("Hi Emma,\n\nThanks for your email, we'd love to fly you both over the Pilanesberg. I'll phone you on "
         "Tuesday 25 January at ⟦6pm⟧ to go through the options. The sunrise flight is R5,950 per person "
         "including the bush breakfast.\n\nKind regards,\nThabo\nBushveld Balloon Safaris",
         "Hello Thabo, we're in London and planning our honeymoon in South Africa. Could you ring us to "
         "talk about a balloon flight? Emma",
         "2039-01-24T12:00:00+02:00", "Africa/Johannesburg", "en-GB", [MT]),
    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: London sign makers in July; 2pm BST is 9am EDT.
    case("Hi Jordan,\n\nThanks for the artwork for the New York shopfront. Let's do the proof review on Zoom on "
         "Tuesday 12 July at 2pm ⟦GMT⟧, which is 9am for you in New York. The brushed-steel letters are 40 cm "
         "high, and the quote is £3,150 including crating.\n\nBest,\nOllie\nBermondsey Letter Works",
         "Hi Ollie, artwork attached. Can we review a proof together? Jordan",
         "2039-07-05T09:15:00+01:00", "Europe/London", "en-GB", [ZM], recipient_timezone="America/New_York"),
    # 55: New York alarm installers in August; 2pm EDT is 11am in Los Angeles.
    case("Hi Dylan,\n\nThanks for your call. I'll walk you through the app for your dad's system by video on "
         "Thursday, August 18 at 2 p.m. ⟦EST⟧, which is 11 a.m. for you in Los Angeles. The system has 6 "
         "sensors and a 24-hour battery backup.\n\nThanks,\nGina\nEmpire Alarm Co.",
         "Hi Gina, I look after my dad's alarm from LA. Can you show me the app? Dylan",
         "2039-08-16T15:00:00-04:00", "America/New_York", "en-US", [ZM], recipient_timezone="America/Los_Angeles"),
    # 56: Sydney coffee roaster in June; 10am AEST is 12pm NZST.
    case("Hi Aroha,\n\nThanks for your interest in our green bean courses ☕ The online roasting class is on "
         "Wednesday 15 June at 10am ⟦AEDT⟧, which is 12pm for you in Auckland. It's A$180, and we'll post a "
         "500 g sample pack first.\n\nCheers,\nMatteo\nMarrickville Roast House",
         "Kia ora, I'd like to join the online roasting class from Auckland. Aroha",
         "2039-06-06T11:00:00+10:00", "Australia/Sydney", "en-GB", [ZM], recipient_timezone="Pacific/Auckland"),
    # 57: Vancouver garage-door parts supplier in December; 10am PST is 1pm EST.
    case("Hi Nathan,\n\nThanks for ordering the 24-inch opener rail. Our tech can walk you through the install "
         "by video on Tuesday, December 13 at 10 a.m. ⟦PDT⟧, which is 1 p.m. for you in Toronto. The rail "
         "ships today for $39.99.\n\nThanks,\nPriya\nCoastline Door Parts",
         "Hi, I bought the rail extension and I'm not sure how to fit it. Nathan",
         "2039-12-08T11:30:00-08:00", "America/Vancouver", "en-US", [ZM], recipient_timezone="America/Toronto"),
    # 58: Auckland freight forwarder in January; 1pm NZDT is 11am AEDT.
    case("Hi Ben,\n\nThanks for the booking. Let's confirm the customs entry on a call on Wednesday 19 January "
         "at 1pm ⟦NZST⟧, which is 11am for you in Sydney. The reefer container of 18 pallets of kiwifruit "
         "is kept at 0.5°C, and the freight is NZ$6,900.\n\nKind regards,\nAnnie\nWaitematā Freight",
         "Hi Annie, can we go through the customs paperwork by phone this week? Ben",
         "2039-01-17T14:00:00+13:00", "Pacific/Auckland", "en-GB", [ZM], recipient_timezone="Australia/Sydney"),
    # 59: Chicago fire-safety training in July; 10am CDT is 4pm BST.
    case("Hi Simon,\n\nThanks for booking the online fire warden course for your London team. It runs Monday, "
         "July 25 at 10 a.m. ⟦CST⟧, which is 4 p.m. for you in London. It's $65 per person and takes 2.5 "
         "hours, with a 20-question test at the end.\n\nThanks,\nKeisha\nWindy City Fire Training",
         "Hi Keisha, we'd like to put 12 staff from our London office through the warden course. Simon",
         "2039-07-18T12:00:00-05:00", "America/Chicago", "en-US", [ZM], recipient_timezone="Europe/London"),
    # 60: Berlin inflatables maker in January; 9am CET is 8am GMT.
    case("Hi Gemma,\n\nThanks for your order of the 5 m by 5 m castle. Our engineer will go through the safety "
         "inspection with you by video on Friday 28 January at 9am ⟦CEST⟧, which is 8am for you in London. "
         "The blower is rated at 1.1 kW, and delivery is €240.\n\nBest regards,\nJonas\nSpreeluft Inflatables",
         "Hi, the castle has arrived but I need the inspection walk-through before I can hire it out. Gemma",
         "2039-01-25T10:00:00+01:00", "Europe/Berlin", "en-GB", [ZM], recipient_timezone="Europe/London"),
]

NEGATIVES = [
    # 01: Bath balloon flights; the time carries its part of the day in words.
    case("Hi Alistair,\n\nYou're booked on the sunrise flight from Royal Victoria Park on Sunday 15 May, meeting "
         "at 5:45 in the morning. The flight lasts about an hour, and if the wind is over 10 knots we'll call "
         "you the evening before and rebook for free.\n\nBest,\nFreya\nBath Balloon Co.",
         "Hi, can we get two places on a sunrise flight in May? Alistair",
         "2039-04-30T17:05:00+01:00", "Europe/London", "en-GB"),
    # 02: Christchurch window cleaners; a range that carries its am.
    case("Hi Liam,\n\nThanks for the booking. We'll be there on Friday 11 March between 8am and 10am for the "
         "outside windows and the solar panels. It's NZ$95, and our after-hours line runs 24/7 if a storm "
         "leaves you with broken glass.\n\nCheers,\nSophie\nGarden City Window Cleaning",
         "Hi, I need the windows and the solar panels done some morning. Liam",
         "2039-02-26T12:30:00+13:00", "Pacific/Auckland", "en-GB"),
    # 03: Seattle carpet cleaners; a time range in words and a dilution ratio.
    case("Hi Megan,\n\nYour stair runner and the two rugs are booked for Monday, August 15, from 10 a.m. to "
         "noon. We use the cleaner at a 1:32 dilution, which is safe for wool, and the total is $186.\n\n"
         "Thanks,\nKyle\nEmerald City Carpet Care",
         "Hi, can someone clean our wool rugs and the stair runner? Mornings work best. Megan",
         "2039-08-05T09:20:00-07:00", "America/Los_Angeles", "en-US"),
    # 04: Belfast podiatrist; a 24-hour time.
    case("Hi Orla,\n\nThanks for getting in touch. I've booked your biomechanical assessment for 14:30 on "
         "Thursday 8 September with our podiatrist Declan. It takes 45 minutes and costs £60, so please bring "
         "the trainers you run in.\n\nKind regards,\nShauna\nLisburn Road Podiatry",
         "Hi, I've been getting heel pain after running and would like an assessment. Orla",
         "2039-08-28T10:40:00+01:00", "Europe/London", "en-GB"),
    # 05: Durban go-kart track; a range with pm and a lap time.
    case("Hi Ayanda,\n\nSharp, the birthday race is booked 🏁 You'll have the outdoor track on Saturday 19 "
         "November from 6pm to 9pm for 12 drivers, at R340 each. The track record is 38.91 seconds, so "
         "there's a prize for anyone under 40.\n\nCheers,\nKeegan\nBerea Karting",
         "Hi, can we book the track for a birthday on a Saturday evening in November? Ayanda",
         "2039-10-31T15:00:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 06: Calgary trampoline park, written on Friday morning; "tomorrow" is anchored to its date.
    case("Hi Courtney,\n\nGood news, we still have room for the toddler jump tomorrow, Saturday, February 26, "
         "from 9 a.m. to 10 a.m. It's $12 per child under five, and one adult jumps free with each "
         "child.\n\nThanks,\nBrent\nChinook Trampoline Park",
         "Hi, is there space in the toddler session this weekend? Courtney",
         "2039-02-25T08:30:00-07:00", "America/Edmonton", "en-US"),
    # 07: Brisbane pool care to a customer in Sydney in July: the same clock.
    case("Hi Nicole,\n\nThanks for asking us to look after your parents' pool while you're in Sydney. I'll ring "
         "you at 9am on Tuesday 19 July after the first visit to tell you how it looks. The water tested at "
         "pH 7.4 with 2 ppm chlorine last time.\n\nCheers,\nBrad\nRiver City Pools",
         "Hi Brad, I'm in Sydney now, so could you call me after you've been to Mum and Dad's pool? Nicole",
         "2039-07-14T13:00:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 08: Lahore lift maintenance; 24-hour times on a named Sunday.
    case("Dear Mrs Malik,\n\nThank you for approving the work. The lift will be shut from 02:00 to 05:00 on "
         "Sunday 13 March while we replace the 1,000 kg traction rope. The cost is PKR 135,000, and a "
         "notice is already on the ground-floor board.\n\nRegards,\nUsman\nRavi Elevators",
         "Dear Sir, please do the rope change when the tower is quietest. Mrs Malik",
         "2039-03-04T11:00:00+05:00", "Asia/Karachi", "en-GB"),
    # 09: Manila freight forwarder at 23:45 on a Friday; a full date instead of a relative one.
    case("Hi Jerome,\n\nSorry for the late reply, we just finished loading the Davao truck. Your 12 boxes will "
         "be collected on Monday, October 10, and the charge is ₱4,200 for 180 kg. The tracking number is "
         "PCL-39-55102.\n\nBest,\nJoy\nPasig Cargo Link",
         "Hi, can you pick up our boxes early next week? Jerome",
         "2039-10-07T23:45:00+08:00", "Asia/Manila", "en-US"),
    # 10: Hervey Bay whale watching; Friday 13 May 2039 exists and is a Friday.
    case("Hi Trent,\n\nThanks for booking the school group. You're on the full-day tour on Friday 13 May, "
         "departing the Urangan marina at 8am sharp. The student rate is A$79 each for 28 students, and the "
         "4 teachers go free.\n\nCheers,\nKylie\nFraser Coast Whale Watch",
         "Hi, we'd like to bring Year 9 on a whale tour in May, the Friday the 13th if possible. Trent",
         "2039-04-20T14:00:00+10:00", "Australia/Brisbane", "en-GB"),
    # 11: Tekapo stargazing to Sydney, in the week NZ has changed its clocks and NSW has not.
    case("Hi Zoe,\n\nThanks for booking the summit tour 🌌 Since you'll be calling in from Sydney first, let's "
         "talk on Friday 30 September at 8pm NZDT, which is 5pm AEST for you (Sydney moves its clocks on "
         "Sunday 2 October). The tour is NZ$189 and leaves from the village at 10pm.\n\nNgā mihi,\nTama\n"
         "Mackenzie Dark Sky Tours",
         "Hi, could we chat before the tour about what to bring? I'm in Sydney until October. Zoe",
         "2039-09-25T11:00:00+13:00", "Pacific/Auckland", "en-GB", recipient_timezone="Australia/Sydney"),
    # 12: London freight forwarder to New York, in the week the gap is four hours.
    case("Hi Aaron,\n\nThanks for the quick reply. Let's speak on Friday 4 November at 3pm GMT, which is 11am "
         "EDT for you in New York until your clocks change on 6 November. The consolidated shipment is 14 "
         "cartons and 620 kg.\n\nBest regards,\nPriti\nThames Gateway Freight",
         "Hi Priti, can we have a call this week about the consolidation? Aaron",
         "2039-10-30T09:45:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 13: Phoenix pool service to a customer in Los Angeles in July: the same clock.
    case("Hi Kevin,\n\nThanks for letting us know you'll be in LA this summer. We'll check the pump on "
         "Wednesday, July 27, and I'll call you at 10 a.m. that day with the pressure reading. Normal for "
         "your filter is 12 to 15 psi.\n\nThanks,\nRay\nDesert Oasis Pool Service",
         "Hi Ray, I'm in Los Angeles till August. Can you call me after you check the pump? Kevin",
         "2039-07-20T07:30:00-07:00", "America/Phoenix", "en-US", recipient_timezone="America/Los_Angeles"),
    # 14: Taupō skydiving; ISO dates the German customer asked for.
    case("Hello Jana,\n\nThanks for your message. We can do both tandems on 2039-12-27 or 2039-12-28, as "
         "you asked, from 12,000 ft. The price is NZ$379 each, and jumpers must be under 100 kg.\n\nChur,\n"
         "Nikau\nTaupō Sky Jumps",
         "Hello, please write dates as 2039-12-27, my English is not so good with dates. We are two people. "
         "Jana",
         "2039-11-21T10:15:00+13:00", "Pacific/Auckland", "en-GB"),
    # 15: Dublin podiatrist; 29/02/2040 exists and is a Wednesday.
    case("Hi Eoin,\n\nThanks for booking your review. Your next appointment is Wednesday 29/02/2040 at 11:15am, "
         "a year on from your surgery. The review is €45, and you can ring us on 01 555 0148 to change "
         "it.\n\nKind regards,\nAoife\nRanelagh Foot Clinic",
         "Hi, can I book my one-year review now? Eoin",
         "2039-11-14T16:00:00+00:00", "Europe/Dublin", "en-GB"),
    # 16: Toronto alarm installers; a past date in the past tense.
    case("Hi Greg,\n\nThanks for your email. Your system was installed on Monday, January 10, and the "
         "monitoring contract started that day at $34.99 a month. The false alarm last night came from the "
         "back door contact, which has a 30-second entry delay.\n\nBest,\nEthan\nMaple Shield Security",
         "Hi, when did our contract start? And why did the alarm go off last night? Greg",
         "2039-01-19T13:30:00-05:00", "America/Toronto", "en-US"),
    # 17: Auckland fencing; measurements, a slope and a version number.
    case("Hi Hemi,\n\nKia ora, and thanks for the site visit photos. The pool fence will be 1.2 m high with 100 x 100 mm "
         "posts every 2.4 m, and the slope is about 1:4 so we'll step the panels. The council's pool checker "
         "app needs v2.3 or later.\n\nNgā mihi,\nSione\nTāmaki Fencing",
         "Hi Sione, photos attached of the back section. How high does the pool fence have to be? Hemi",
         "2039-04-28T11:45:00+12:00", "Pacific/Auckland", "en-GB"),
    # 18: Dallas garage doors to a Dallas customer; month-first for both; June 9, 2039 is a Thursday.
    case("Hi Amber,\n\nThanks for picking the insulated door. We can install it Thursday 6/9 between 1 and 3 "
         "p.m., and the total is $1,480 with haul-away. The door has an R-value of 12.9.\n\nThanks,\nCody\n"
         "Lone Star Garage Doors",
         "Hi, we'll take the insulated door. Can you put it in next week? Amber, Lakewood, Dallas",
         "2039-06-01T10:00:00-05:00", "America/Chicago", "en-US"),
    # 19: Johannesburg sign makers; a day-first date that cannot be misread.
    case("Hi Thandi,\n\nThanks for the approval. The illuminated sign will be fitted on Thursday 13/10/2039, "
         "and it runs on a 60 W LED driver. The balance of R8,400 is due once the electrician has signed "
         "it off.\n\nKind regards,\nMorne\nRand Signage",
         "Hi Morne, the design looks great. When can you fit it? Thandi",
         "2039-09-30T14:00:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 20: Melbourne coffee roaster; "next Monday" anchored to its date.
    case("Hi Pete,\n\nThanks for the order. We roast next Monday, 21 March, and your 6 kg will be couriered "
         "the same afternoon. The invoice is A$198, and the espresso recipe we suggest is 19 g in and "
         "40 g out.\n\nCheers,\nGiulia\nBrunswick Bean Roasters",
         "Hi Giulia, another 6 kg please when you next roast. Pete",
         "2039-03-16T09:00:00+11:00", "Australia/Melbourne", "en-GB"),
    # 21: London butcher at 23:20 on a Sunday; full dates, not relative ones.
    case("Hi Chloe,\n\nThanks for your order 🦃 The 6 kg free-range bronze turkey will be ready to collect on "
         "Thursday 22 December, between 8am and 6pm. The total is £96.50, and we've noted the extra "
         "chipolatas.\n\nBest,\nFrank\nBroadway Market Butchers",
         "Hi, I'd like a 6 kg turkey and some chipolatas for Christmas, collecting a few days before. "
         "Chloe",
         "2039-12-11T23:20:00+00:00", "Europe/London", "en-GB"),
    # 22: Dubai freight forwarder to Singapore; a time tied to both places.
    case("Dear Mr Lim,\n\nThank you for your email. Let's review the bill of lading together on Monday 14 "
         "February at 11:00 Dubai time, which is 15:00 in Singapore. The container holds 22 tonnes of "
         "marble tiles.\n\nBest regards,\nOmar\nGulf Bridge Logistics",
         "Dear Omar, can we go through the bill of lading on a call? Lim",
         "2039-02-06T09:00:00+04:00", "Asia/Dubai", "en-GB", recipient_timezone="Asia/Singapore"),
    # 23: Glasgow scaffolding; the clock change is stated correctly.
    case("Hi Ailsa,\n\nThanks for the reminder about the alarm on the scaffold. It's set to arm at 19:00 "
         "every night, and it'll adjust itself when the clocks go back at 2am on Sunday 30 October. The "
         "hire runs until Friday 25 November at £310 a week.\n\nAll the best,\nGraeme\nClyde Access "
         "Scaffolding",
         "Hi, will the scaffold alarm still come on at the right time after the clocks change? Ailsa",
         "2039-10-21T08:10:00+01:00", "Europe/London", "en-GB"),
    # 24: Maui whale watching to Auckland, across the date line, with both zones.
    case("Hi Ngaire,\n\nThanks for booking the humpback cruise for your group. I'll call you on Monday, March 7 "
         "at 6 p.m. HST, which is 5 p.m. NZDT on Tuesday, March 8 for you in Auckland. The cruise is $72 per "
         "person for the 11 of you.\n\nAloha,\nLeilani\nMaui Humpback Cruises",
         "Hi Leilani, can you call me to sort out the group cruise? Ngaire",
         "2039-03-02T12:00:00-10:00", "Pacific/Honolulu", "en-US", recipient_timezone="Pacific/Auckland"),
    # 25: Canberra balloon flights; am on the time and a weight limit.
    case("Hi Declan,\n\nYou're booked on the sunrise flight over Lake Burley Griffin on Saturday 12 March, "
         "meeting at 6:15am at the Hyatt. The flight is A$390, and the pilot needs your weight (the limit is "
         "130 kg) by Thursday.\n\nCheers,\nMel\nCapital Balloon Flights",
         "Hi, I'd like a sunrise flight over Canberra in March. Declan",
         "2039-03-01T16:10:00+11:00", "Australia/Sydney", "en-GB"),
    # 26: Harare borehole drillers; a range with a.m. and flow readings.
    case("Hi Tendai,\n\nThanks for your message. The pump test on your new borehole will run on Thursday 6 "
         "October, starting between 7 and 9 a.m. Last week's yield was 2,500 litres an hour at pH 6.8, which is "
         "good for the garden and the house.\n\nRegards,\nFarai\nMazowe Drilling",
         "Hi Farai, when will you do the pump test? Tendai",
         "2039-10-04T15:00:00+02:00", "Africa/Harare", "en-GB"),
    # 27: Hyderabad alarm installers; a time in words and Indian grouping.
    case("Dear Mrs Rao,\n\nThank you for choosing the smart alarm package. Our team will come at half past ten "
         "in the morning on Saturday 21 May to fit the panel and the 9 sensors. The package is "
         "₹1,25,000 including two years of AMC.\n\nThanks and regards,\nSrinivas\nDeccan Secure Systems",
         "Madam would like the installation on a weekend morning. Mrs Rao's son, Ravi",
         "2039-05-12T12:15:00+05:30", "Asia/Kolkata", "en-GB"),
    # 28: Austin party rentals; noon to p.m.
    case("Hi Brianna,\n\nThanks for booking the water slide for Saturday, April 30. We'll set it up at noon "
         "and pick it up at 4 p.m., and it needs a 20 x 30 ft flat area with an outlet within 50 ft. The "
         "rental is $245.\n\nThanks,\nTy\nHill Country Party Rentals",
         "Hi, is the big water slide free on the last Saturday of April? Brianna",
         "2039-04-18T17:50:00-05:00", "America/Chicago", "en-US"),
    # 29: Kolkata lift maintenance; 24/7, a safety ratio, a firmware version and a correct date.
    case("Dear Mr Banerjee,\n\nThank you for the renewal. Our helpline is 24/7, the ropes have a safety factor "
         "of 12:1, and the controller will be updated to version 4.10.2 on Friday, 4 November. The AMC "
         "is ₹38,500 plus GST.\n\nRegards,\nSourav\nHooghly Lifts",
         "Sir, please confirm when the controller update will be done. Banerjee",
         "2039-10-25T11:00:00+05:30", "Asia/Kolkata", "en-GB"),
    # 30: Cape Town fire-extinguisher servicing; a past date told in the past tense.
    case("Hi Riaan,\n\nThanks for your email. All eight extinguishers at the guest house were serviced on 3 "
         "June and passed the pressure test at 15 bar. The next service is due in June 2040, and the "
         "certificate is attached.\n\nKind regards,\nNomsa\nCape Fire Services",
         "Hi, the insurer wants proof the extinguishers were serviced this year. Riaan",
         "2039-06-29T09:30:00+02:00", "Africa/Johannesburg", "en-GB"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
