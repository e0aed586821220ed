"""The hand-written cases of Tactful's sixth held-out date/time set (built by build_datetime_holdout6.py).

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
    # 01: Irish Sea ferry; the customer takes "morning or evening", and the route sails at both.
    case("Hi Declan,\n\nThanks for getting in touch. I've moved your car and two passengers from Friday "
         "11 January to Saturday 12 January, on the sailing that leaves Dublin Port at ⟦8:05⟧. There's no "
         "change fee as you're on a Flexi fare, and your new booking reference is IS-44817.\n\nPlease be "
         "at the check-in booths 60 minutes before departure.\n\nKind regards,\nAoife\nCustomer Desk, "
         "Irish Sea Ferries",
         "Hi, my car is booked on the Holyhead crossing on Friday 11th but the garage won't have it ready "
         "until the weekend. Is there still space on a sailing on Saturday the 12th? Morning or evening is "
         "fine, I'm flexible. Thanks, Declan Moran",
         "2030-01-08T14:20:00+00:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 02: Dubai airline desk; long-haul departures leave at every hour, and the customer "doesn't mind".
    case("Dear Ms Nair,\n\nWe're sorry your Tuesday flight was cancelled. You are now confirmed on GW 417, "
         "departing Dubai at ⟦2:50⟧ on Wednesday 6 March and landing in Manchester the same day, in seat "
         "32K. Your checked allowance of 30 kg stays the same, and there is nothing extra to pay.\n\n"
         "Yours sincerely,\nFaisal\nGulfwing Air Customer Care",
         "My flight to Manchester on Tuesday was cancelled and I need to get home by Thursday for work. "
         "Please put me on anything that leaves on Wednesday 6 March, I don't mind what time of day. "
         "Regards, Priya Nair",
         "2030-03-04T10:05:00+04:00", "Asia/Dubai", "en-GB", ["ambiguous-time"]),
    # 03: Cape Town piano teacher; the family offered "before school or after supper".
    case("Hi Nomsa,\n\nThanks for letting me know about swimming. I can move Lerato to ⟦7:15⟧ on Tuesdays, "
         "starting on Tuesday 19 February, and the lesson stays 45 minutes. Please remind her to bring her "
         "Grade 3 theory book.\n\nWarm wishes,\nMrs Pillay",
         "Hi Mrs Pillay, Lerato has started swimming squad on Tuesday afternoons so she can't make her 4pm "
         "piano lesson any more. Could you fit her in on Tuesdays either before school or after supper? "
         "Both work for us. Thanks, Nomsa",
         "2030-02-11T16:40:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-time"]),
    # 04: Hong Kong hotel car to the airport; the guest doesn't know his flight time.
    case("Dear Mr Kowalski,\n\nThank you for staying with us. Our concierge has booked the hotel car to the "
         "airport for ⟦4:45⟧ on Friday 15 March, and the driver will meet you in the main lobby. The fare "
         "of HK$680 will be added to your room account.\n\nIf your flight time turns out to be different, "
         "just call the concierge desk on extension 7 and we'll change the booking.\n\nWarm regards,\n"
         "Grace Cheung\nGuest Relations, Harbourview Hotel",
         "Hello, I'm checking out on Friday 15 March and flying home to Toronto. Could the hotel car take "
         "me to the airport? Please choose whatever time you think is sensible, I haven't got my itinerary "
         "to hand. Best, Martin Kowalski",
         "2030-03-12T21:30:00+08:00", "Asia/Hong_Kong", "en-GB", ["ambiguous-time"]),
    # 05: Leeds hearing clinic with early and late clinics; the customer works 9 to 5.
    case("Dear Graham,\n\nThank you for your email. We run early and late clinics on Thursdays, so I've "
         "booked your hearing aid fitting with our audiologist, Ruth, for ⟦7:30⟧ on Thursday 9 May. The "
         "appointment takes about an hour, so please bring your reading glasses if you use them for your "
         "phone.\n\nKind regards,\nJoanne\nClearsound Hearing Centre, Leeds",
         "Hello, I'd like to book the fitting for my new hearing aids, but I work 9 to 5 and can't get time "
         "off. Do you have anything outside work hours? Thanks, Graham Holt",
         "2030-04-24T11:15:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 06: festival ticketing; "12 pm" for an on-sale time.
    case("Hi Tyler,\n\nSorry you missed the presale! General sale starts on Friday, June 7 at ⟦12 pm⟧ CT, "
         "and weekend passes will be available then, though we expect them to go quickly. The limit is 4 "
         "passes per order, and each one is $249 plus fees.\n\nThanks,\nJenna\nRiverbend Festival Ticketing",
         "Hey, I missed the fan club presale for the Riverbend Festival. When do regular tickets go on sale, "
         "and will there be any weekend passes left? - Tyler",
         "2030-05-29T15:10:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 07: SaaS billing; "12:00 am on June 30" - the start of the 30th or the end of the month?
    case("Hi Dana,\n\nThanks for reaching out. I've scheduled your workspace to move to the Starter plan at "
         "⟦12:00 am⟧ Central on June 30, and you won't be charged the $480 Business renewal. Your saved "
         "reports stay available for 90 days after the change, so nothing is deleted.\n\nBest,\nMarcus\n"
         "Billing Team, Ledgerly",
         "Hi, we want to move from the Business plan to Starter at the end of this month. If I cancel the "
         "upgrade now, when exactly will the downgrade happen? I don't want us to lose access to the "
         "reports in the middle of month-end close. - Dana",
         "2030-06-18T09:45:00-05:00", "America/Chicago", "en-US", ["ambiguous-time"]),
    # 08: Calgary dealership service desk; a shift worker who can come "really early or late".
    case("Hi Ryan,\n\nThanks for booking in with us. Our service drive opens early and closes late that "
         "week, so I've put you down to drop the truck off at ⟦6:45⟧ on Tuesday 23 April. The 80,000 km "
         "service is quoted at $489 plus GST, and we'll text you when it's ready.\n\nCheers,\nKelsey\n"
         "Service Desk, Foothills Ford",
         "Hi, my F-150 is due for its 80,000 km service. I work rotating shifts at the plant, so I can only "
         "drop it off really early or late in the evening. Can you do the week of the 22nd? Ryan",
         "2030-04-19T13:25:00-06:00", "America/Edmonton", "en-GB", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: Vancouver airline to a customer in Sydney, where it is already Wednesday afternoon.
    case("Dear Ms Lee,\n\nI'm sorry the refund has taken so long. I've checked with our finance team, and "
         "the refund of CA$1,284.60 to your Visa ending 4471 will be released ⟦tomorrow⟧. Depending on "
         "your bank, it can take 3 to 5 business days to show on your statement.\n\nKind regards,\nOwen\n"
         "Pacific Coast Airways Customer Relations",
         "I've been waiting three weeks for the refund on my cancelled Vancouver-Sydney flight. I'm back "
         "home in Sydney now. When will I actually see the money? Kind regards, Hannah Lee",
         "2030-01-22T17:30:00-08:00", "America/Vancouver", "en-GB", ["relative-date"],
         recipient_timezone="Australia/Sydney"),
    # 10: UK energy supplier at 23:48 on a Sunday.
    case("Dear Helen,\n\nI'm sorry your smart meter has dropped off again, and for the estimated bill. I've "
         "cancelled the £212 estimate and raised a job with our metering team, and an engineer will phone "
         "you ⟦tomorrow⟧ to book a visit. Your next bill will use an actual reading once the meter is back "
         "online.\n\nKind regards,\nSam\nBrightwatt Energy",
         "My smart meter has stopped sending readings again and I've had an estimated bill of £212. This is "
         "the third time. Can someone please sort it out properly? Helen Ward",
         "2030-02-17T23:48:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 11: Irish broadband support at 00:25 on a Saturday.
    case("Hi Siobhán,\n\nApologies for the outage, and thanks for your patience. A fibre cable was damaged "
         "near the Ennis exchange, and the repair crew expect to have your line back up by 6pm ⟦tomorrow⟧. "
         "We'll apply a credit of €15 for the days you were without service to your next bill.\n\n"
         "Regards,\nKevin\nWestNet Broadband Support",
         "Our broadband has been down since Thursday evening. I work from home and I've lost two days "
         "already. When will it be back? Siobhán Kelly, Ennis",
         "2030-04-13T00:25:00+01:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 12: Chicago furniture store; "next Friday" written on a Wednesday (the 10th or the 17th?).
    case("Hi Carlos,\n\nGood news: your Hartley sectional arrived at our warehouse this morning. We can "
         "deliver it ⟦next Friday⟧ between 8 a.m. and noon, and our two-person team will carry it in and "
         "set it up. Please make sure the doorway is at least 32 inches wide.\n\nThanks,\nBrianna\n"
         "Lakeshore Home Furnishings",
         "Hi, we ordered the Hartley sectional in March and were told 8 weeks. Do you have a delivery date "
         "yet? We're having people over on the 18th. Thanks, Carlos",
         "2030-05-08T10:30:00-05:00", "America/Chicago", "en-US", ["relative-date"]),
    # 13: Edinburgh admissions writing on a Sunday: "this Sunday" is today or next week.
    case("Dear Ama,\n\nCongratulations on your offer! You can accept it in the applicant portal until 23:59 "
         "UK time ⟦this Sunday⟧, and you don't need to pay the deposit of £2,000 until your visa documents "
         "are ready. If your scholarship decision comes later than that, reply to this email and we'll put "
         "a note on your record.\n\nBest wishes,\nCallum\nPostgraduate Admissions, University of the Lothians",
         "Hello, I've received a conditional offer for the MSc in Data Science and I'm still waiting on my "
         "scholarship decision. How long do I have to accept? Many thanks, Ama Owusu",
         "2030-06-16T10:20:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 14: NZ pet insurer on a Friday morning: "next weekend" is tomorrow's or the one after.
    case("Hi Mere,\n\nGood news, Biscuit's claim has been approved 🐶. After your $250 excess, we'll pay "
         "$3,600 into your nominated account, and it should be there by ⟦next weekend⟧ at the latest. I "
         "hope his recovery is going well.\n\nNgā mihi,\nTama\nKiwiPaws Pet Insurance",
         "Hi there, I sent in the vet invoice for Biscuit's cruciate surgery two weeks ago ($3,850). Has it "
         "been approved? We're a bit stretched this month. Cheers, Mere",
         "2030-08-09T11:10:00+12:00", "Pacific/Auckland", "en-GB", ["relative-date"]),
    # 15: Durbanville garden centre at 23:50 on a Saturday.
    case("Hi Pieter,\n\nThank you for your order 55213. Our bakkie does deliveries in your area on weekdays, "
         "and your three olive trees and 12 bags of compost will be delivered ⟦in two days⟧. The driver "
         "will phone you about 30 minutes before he arrives.\n\nKind regards,\nLindiwe\nGreenleaf Garden "
         "Centre, Durbanville",
         "Hi, I paid for 3 olive trees and 12 bags of compost online this afternoon (order 55213). When "
         "will you deliver? I'm home all week. Regards, Pieter",
         "2030-09-21T23:50:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),
    # 16: Perth water utility at 22:50 to a landlord in Sydney, where it is already 01:50 on Friday.
    case("Dear Mr Chen,\n\nThanks for your email. The planned shutdown for the main replacement in Canning "
         "Street is ⟦tomorrow⟧, from 9 am to 1 pm Perth time, and we've letterboxed your tenant as well. "
         "Water carts will be parked at the corner of Canning and Hope Streets during the works.\n\n"
         "Kind regards,\nJess\nCustomer Service, WestWater",
         "Hello, I own the unit at 4/27 Canning Street but live in Sydney, and my tenant says there's a "
         "planned shutdown coming. Which day is it, and for how long? Thanks, Robert Chen",
         "2030-11-14T22:50:00+08:00", "Australia/Perth", "en-GB", ["relative-date"],
         recipient_timezone="Australia/Sydney"),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Dublin hotel; the guest wrote Thursday 13 June correctly, the reply says Friday.
    case("Hi Niamh,\n\nHappy anniversary in advance! I've booked a table for two in the Riverview "
         "Restaurant at 8pm on ⟦Friday 13 June⟧, and a late checkout until 1pm on the Saturday is no "
         "problem. We'll also leave a bottle of prosecco in your room, compliments of the hotel.\n\n"
         "Best regards,\nEimear\nGuest Services, The Liffey Quay Hotel",
         "Hi, we've a booking for two nights from Thursday 13 June for our anniversary. Could we add a "
         "dinner reservation for the first night and possibly a late checkout? Thanks, Niamh & Colm",
         "2030-05-20T09:40:00+01:00", "Europe/Dublin", "en-GB", ["weekday-mismatch"]),
    # 18: US bank card team; September 3 is a Tuesday (Monday is Labor Day, the 2nd).
    case("Hi Kevin,\n\nI'm sorry your card was stolen. Your old card is blocked, and I've sent the "
         "replacement by expedited mail at no charge, so it should arrive by ⟦Monday, September 3⟧. Until "
         "then you can add the new card number to your mobile wallet from the Cardinal Savings app.\n\n"
         "Sincerely,\nDenise\nCard Services, Cardinal Savings Bank",
         "I reported my debit card stolen this morning. I'm leaving for a work trip next week and need the "
         "new card before then. Can you expedite it? Thanks, Kevin Park",
         "2030-08-27T14:05:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 19: UK home insurer; 10 July 2030 is a Wednesday.
    case("Dear Martin,\n\nI'm sorry to hear the ceiling has got worse. Our loss adjuster, Peter Grant, will "
         "visit on ⟦Tuesday 10 July⟧ between 10am and 12 noon to assess the damage under claim HH-20931. In "
         "the meantime, please keep the area below the ceiling clear and take photos if anything changes."
         "\n\nYours sincerely,\nRachel\nHome Claims Team, Meridian Insurance",
         "Hi, I reported a leak from the upstairs bathroom last week (claim HH-20931). The kitchen ceiling "
         "is now sagging. When is someone coming out? Thanks, Martin",
         "2030-07-02T15:30:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 20: Melbourne gig ticketing; the second show is Sunday 1 December, the reply says Sunday 2nd.
    case("Hi Jordan,\n\nNo worries, we can do that. I've swapped your two GA tickets to the second show on "
         "⟦Sunday 2 December⟧, doors at 7pm, and the new tickets are in your account under order SB-77120. "
         "Your original tickets have been cancelled, so please don't use them.\n\nCheers,\nMia\n"
         "Southbank Sessions Ticketing",
         "Hi, I bought two GA tickets for the Southbank Sessions gig on Saturday 30 November but I've just "
         "realised I'm at a wedding that day. Can I swap to the second show? - Jordan",
         "2030-10-15T16:20:00+11:00", "Australia/Melbourne", "en-GB", ["weekday-mismatch"]),
    # 21: Manchester tattoo studio; the next 17th (April) is a Wednesday.
    case("Hi Chloe,\n\nLove that you're going ahead with the swallow! 🖤 Dani has a two-hour slot on "
         "⟦Thursday the 17th⟧ at 11am, and we'll need a £40 deposit to hold it. The deposit comes off the "
         "final price, which will be around £160.\n\nSee you soon,\nInkwell Tattoo Studio, Northern Quarter",
         "Hiya, I'd love to book in for the fine-line swallow design we talked about. I'm free most days in "
         "the next couple of weeks apart from weekends. Thanks, Chloe",
         "2030-04-03T13:00:00+01:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 22: Boston violin teacher; 3/15/2030 is a Friday.
    case("Hi Rebecca,\n\nThanks for the heads-up, and good luck to Sophie at the concert! I can fit her in "
         "for a makeup lesson on ⟦Thurs 3/15⟧ at 4:30 p.m., right before my usual 5:30 p.m. student. Please "
         "have her bring the Suzuki Book 4 and her new shoulder rest.\n\nBest,\nLaura Alvarez\n"
         "Alvarez Violin Studio",
         "Hi Ms. Alvarez, Sophie has a school concert next Thursday evening, so she'll miss her regular "
         "5:30 violin lesson. Is there a makeup slot the week after? Thanks, Rebecca",
         "2030-03-06T18:10:00-05:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 23: Sydney hearing clinic; 31 December 2030 is a Tuesday.
    case("Dear Margaret,\n\nI'm sorry your hearing aid is playing up again. Our audiologist can see you on "
         "⟦Monday 31 December⟧ at 10:30am, and the clinic closes at 1pm that day. Please bring the spare "
         "domes from your starter kit so we can check the size.\n\nKind regards,\nPriya\nHarbourside "
         "Hearing, Chatswood",
         "Hello, my left hearing aid is whistling again and the dome keeps falling off. Can I come in "
         "before the new year? I'm retired so any time suits. Regards, Margaret Doyle",
         "2030-12-10T12:30:00+11:00", "Australia/Sydney", "en-GB", ["weekday-mismatch"]),
    # 24: Johannesburg dealership; 2 August 2030 is a Friday.
    case("Hi Sipho,\n\nThanks for booking with us. We've got a service bay free on ⟦Thursday, 2 August⟧, so "
         "please drop the Polo off between 7:30 and 8:30 in the morning. The 60 000 km service is R4 350 "
         "including VAT, and our courtesy shuttle can take you to Sandton.\n\nKind regards,\nNaledi\n"
         "Service Desk, Rivonia VW",
         "Morning, my Polo's 60 000 km service light came on. Could I bring it in next week? Ideally "
         "Thursday or Friday. Thanks, Sipho Dlamini",
         "2030-07-25T08:50:00+02:00", "Africa/Johannesburg", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 25: Hong Kong hotel extending a stay past Sunday 30 June.
    case("Dear Ms Sharma,\n\nThank you for choosing to stay longer with us. I've extended your booking by "
         "one night, so you'll now check out on ⟦Monday 31 June⟧ at noon, in the same Harbour View room. "
         "The extra night is HK$1,980 including breakfast, charged to the card on file.\n\nWarm regards,\n"
         "Kelvin\nReservations, The Peak Crescent Hotel",
         "Hi, I'd like to extend my stay at the end of June. I'm currently booked to check out on Sunday 30 "
         "June. Can I stay one more night? Best, Anika Sharma",
         "2030-05-14T15:45:00+08:00", "Asia/Hong_Kong", "en-GB", ["impossible-date"]),
    # 26: SaaS billing; 2030 is not a leap year.
    case("Hi Priya,\n\nThanks for reaching out. Your annual subscription renews on ⟦February 29, 2030⟧, and "
         "if you add the 15 seats now they'll be prorated at $14.50 per seat for the remaining month. After "
         "renewal, the total will be 65 seats at $174 each per year.\n\nBest,\nJordan\nBilling, Tallyflow",
         "Hi, our annual renewal is coming up and we need to add 15 seats before then. When is the renewal "
         "date, and will the new seats be prorated? Thanks, Priya (Ops, Fernbrook Labs)",
         "2030-01-30T11:00:00-08:00", "America/Los_Angeles", "en-US", ["impossible-date"]),
    # 27: UK water company direct debit.
    case("Dear Ms Shah,\n\nWelcome to Severnside Water, and thanks for getting in touch. I've set up a "
         "monthly direct debit of £38.50 for 12 Orchard Close, with the first payment on ⟦31/09/2030⟧ and "
         "then on the last working day of each month. You'll receive a letter confirming this within 10 "
         "days.\n\nKind regards,\nTom\nSevernside Water Customer Services",
         "Hello, I've just moved into 12 Orchard Close and want to set up a direct debit for the water. Can "
         "I spread the payments? Thanks, Priti Shah",
         "2030-08-24T10:10:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 28: Halifax university admissions deposit deadline.
    case("Dear Fatima,\n\nCongratulations on your offer of admission! To secure your place, please accept "
         "the offer in the applicant portal and pay the $500 deposit by ⟦April 31st⟧. Residence "
         "applications open on May 1, and first-year students are guaranteed a room if they apply by June "
         "15.\n\nWarm regards,\nAdmissions Office, Atlantic Coast University",
         "Hello, I've been admitted to the BSc Nursing program for September. What's the deadline to "
         "confirm my place and pay the deposit? Thank you, Fatima Hassan",
         "2030-03-18T14:30:00-03:00", "America/Halifax", "en-GB", ["impossible-date"]),
    # 29: Irish pet insurer renewal.
    case("Hi Orla,\n\nThanks for getting in touch about Luna's renewal. If you raise the excess from €100 to "
         "€200, your premium drops to €34.60 a month, and the change will take effect from your renewal "
         "date of ⟦30 February⟧. Just reply 'yes' to this email and I'll make the change.\n\nKind regards,\n"
         "Ciarán\nPawsure Pet Insurance",
         "Hi, my policy for Luna renews soon and the premium has gone up to €41 a month. Can I change the "
         "excess to bring it down before it renews? Thanks, Orla",
         "2030-01-15T12:20:00+00:00", "Europe/Dublin", "en-GB", ["impossible-date"]),
    # 30: Indian broadband upgrade, ISO date.
    case("Dear Mr Menon,\n\nThank you for choosing to upgrade. Your 300 Mbps plan will be active from "
         "⟦2030-11-31⟧, and your monthly rental will be ₹1,199 plus GST from then on. No new router is "
         "needed, as your current one supports the higher speed.\n\nRegards,\nSneha\nSwiftLink Fibre "
         "Customer Care",
         "Dear team, I want to upgrade my home plan from 100 Mbps to 300 Mbps. From which date will the new "
         "speed apply and how much will I pay? Regards, Arjun Menon, Kochi",
         "2030-11-02T17:45:00+05:30", "Asia/Kolkata", "en-GB", ["impossible-date"]),
    # 31: Denver dealership recall appointment after Thanksgiving (November 28).
    case("Hi Greg,\n\nThanks for reaching out about the airbag recall. We have the part in stock, and I've "
         "booked your Outback in for ⟦Sat., Nov. 31⟧ at 9 a.m.; the repair takes about two hours and is "
         "free of charge. We have a waiting lounge with Wi-Fi if you'd like to stay.\n\nThanks,\nMike\n"
         "Service Desk, Front Range Subaru",
         "Hi, the recall letter for my 2027 Outback says the airbag part is now in stock. Can I bring it in "
         "sometime after Thanksgiving? Thanks, Greg",
         "2030-11-12T16:00:00-07:00", "America/Denver", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 32: Sydney airline; the customer asked for the Sunday after Thursday 21 February (the 24th).
    case("Hi Ella,\n\nNo problem at all. I've moved you to flight QN 127 on ⟦Sunday 10 February⟧, departing "
         "Sydney at 7:05am and arriving in Queenstown at 12:35pm local time. The change fee is $75, which "
         "I've charged to the Mastercard used for the original booking.\n\nKind regards,\nLiam\nSouthern "
         "Cross Air Customer Care",
         "Hi, I need to move my Sydney-Queenstown flight from Thursday 21 February to the following Sunday. "
         "What's the fee? Thanks, Ella Brooks",
         "2030-02-12T09:20:00+11:00", "Australia/Sydney", "en-GB", ["past-date"]),
    # 33: US electric utility; a first payment "will be drafted" a month ago.
    case("Hi Angela,\n\nThanks for enrolling in Budget Billing. Your monthly amount will be $142, and your "
         "first payment will be drafted from your checking account on ⟦March 1, 2030⟧. After that it will "
         "come out on the 1st of each month, and we'll review the amount every 12 months.\n\nSincerely,\n"
         "Travis\nCustomer Care, Keystone Electric",
         "Hi, I signed up for the budget billing plan last week. When will my first payment come out, and "
         "how much will it be? I'd like to make sure there's money in the account. Angela Ruiz",
         "2030-04-03T13:40:00-04:00", "America/New_York", "en-US", ["past-date"]),
    # 34: Brisbane tattoo studio at 00:15 on Thursday, booking a touch-up for Wednesday afternoon.
    case("Hey Bec,\n\nGlad it's healed well! 🙌 Touch-ups are free within three months, so I've booked you "
         "in with Jules on ⟦Wednesday 15 May⟧ at 2pm for about 30 minutes. Just make sure you've eaten "
         "beforehand and bring your aftercare balm.\n\nCheers,\nSaltwater Tattoo Co., West End",
         "Hey, the linework on my forearm piece has healed and a couple of spots need a touch-up. When can "
         "I come in? I'm free any afternoon this week. - Bec",
         "2030-05-16T00:15:00+10:00", "Australia/Brisbane", "en-GB", ["past-date"]),
    # 35: UK university admissions; a document deadline three days gone.
    case("Dear Wei,\n\nCongratulations on your IELTS result, and thank you for sending it so quickly. An "
         "overall score of 7.0 meets the condition of your offer, so please upload the Test Report Form to "
         "the applicant portal by ⟦30 June 2030⟧ and we'll update your offer to unconditional. Your CAS will "
         "follow within five working days of that.\n\nBest wishes,\nHannah\nInternational Admissions, "
         "University of Westmoor",
         "Dear Admissions, I'm an international applicant and my IELTS result only came through today (7.0 "
         "overall). Is it too late to meet the English language condition of my offer? Kind regards, Wei "
         "Zhang",
         "2030-07-03T16:05:00+01:00", "Europe/London", "en-GB", ["past-date"]),
    # 36: Toronto furniture delivery promised for two days ago.
    case("Dear Anil,\n\nI'm sorry for the delay with your order. The table and chairs were held up at our "
         "Mississauga warehouse, but they're now on the truck and our team will deliver them on ⟦Tuesday, "
         "October 1⟧ between 10 a.m. and 2 p.m. You'll get a text with a 30-minute window on the morning of "
         "delivery.\n\nKind regards,\nStephanie\nMaple & Oak Furniture",
         "Hello, my dining table and six chairs were supposed to arrive last week. The tracking just says "
         "'in transit'. Where are they? Regards, Anil Kapoor",
         "2030-10-03T11:25:00-04:00", "America/Toronto", "en-GB", ["past-date"]),
    # 37: Cook Strait ferry rebooking onto a sailing three days gone.
    case("Hi Aroha,\n\nSorry about the cancelled crossing, the weather in the Strait has been rough this "
         "week. I've rebooked your campervan (up to 7.5 m) on the 2:45pm sailing from Wellington on ⟦2 "
         "September⟧, and there's nothing extra to pay. Please check in at the Aotea Quay terminal at least "
         "an hour before departure.\n\nNgā mihi,\nRawiri\nCook Strait Ferries",
         "Kia ora, my campervan booking on the Wellington to Picton crossing got cancelled because of the "
         "swells. Can you rebook me on the next available sailing with room for a 7 m vehicle? Thanks, Aroha",
         "2030-09-05T14:50:00+12:00", "Pacific/Auckland", "en-GB", ["past-date"]),
    # 38: UK ticket agent; a refund window that closed four days ago.
    case("Hi Lucy,\n\nSorry the new date doesn't work for you. Because the event was rescheduled, you're "
         "entitled to a full refund of £56.50, including the booking fee, for order CE-33019. Just request "
         "it through the link in your confirmation email before ⟦8 November⟧, and the money will reach "
         "your card within 5 to 7 working days.\n\nBest wishes,\nAmir\nBoxOffice Direct",
         "Hi, the comedy night at the Corn Exchange on 23 November has been moved to a date I can't make. "
         "Can I get my money back? Order CE-33019. Thanks, Lucy",
         "2030-11-12T10:15:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 39: UK credit card payment break "will start" in last year's December.
    case("Dear Mr Evans,\n\nThank you for letting us know, and I'm sorry to hear about the vet bill. I've "
         "arranged a one-month payment break on your Clearview credit card, which will start on "
         "⟦28/12/2029⟧, and no late fee or interest on the missed payment will be charged. Your minimum "
         "payment of £45 will then resume the following month.\n\nKind regards,\nSophie\nCard Support "
         "Team, Clearview Bank",
         "Hello, I've had an unexpected vet bill and I'm worried about making this month's credit card "
         "payment. Is there any way to delay it? Thanks, Gareth Evans",
         "2030-01-03T09:30:00+00:00", "Europe/London", "en-GB", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 40: Denver hotel (US) to a London guest: 06/09/2030 is June 9 or 6 September.
    case("Hi Fiona,\n\nThanks for choosing the Larimer Lodge. Your reservation is confirmed for two nights, "
         "checking in on ⟦06/09/2030⟧, in a King Room with mountain views at $289 per night. Valet parking "
         "is $38 a day, and the garage entrance is on Market Street.\n\nBest,\nCody\nReservations, "
         "Larimer Lodge",
         "Hello, my husband and I are coming over from London for a hiking trip in June. Could you confirm "
         "our reservation for two nights? Many thanks, Fiona Blake",
         "2030-02-05T15:20:00-07:00", "America/Denver", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 41: UK landlord insurer to a customer now in New York: 03/04/2030; plus a call time with no zone.
    case("Dear Daniel,\n\nThanks for letting us know about your move. Your landlord policy for the Bristol "
         "flat renews on ⟦03/04/2030⟧, and you'll need to give us a UK correspondence address before then, "
         "as we can't post documents abroad. There's no change to your premium of £31.20 a month.\n\nIf "
         "it's easier, I can call you on Thursday 24 January at ⟦2pm⟧ to go through the paperwork.\n\n"
         "Kind regards,\nLaura\nPolicy Services, Harbour Mutual",
         "Hi, I've relocated to New York with work but still own my flat in Bristol, which I'm letting out. "
         "My landlord policy renews in the spring - can you confirm the date and whether I need to tell you "
         "anything about the move? Thanks, Daniel Okafor",
         "2030-01-21T11:45:00+00:00", "Europe/London", "en-GB", ["ambiguous-numeric-date", "missing-timezone"],
         recipient_timezone="America/New_York"),
    # 42: Indian airline to a passenger in Chicago: 08/07 is 8 July or August 7.
    case("Dear Mr Iyer,\n\nThank you for flying with us. I've added a vegetarian (Jain) meal and aisle seat "
         "14C to your Delhi-Chennai flight IX 2217 on ⟦08/07⟧, and they'll show in Manage Booking within 24 "
         "hours. Your free checked baggage on this leg is 25 kg.\n\nWarm regards,\nKavya\nSkyIndus "
         "Customer Support",
         "Hi, I'm flying Chicago-Delhi-Chennai this summer to see family. Can I pre-book a vegetarian meal "
         "and an aisle seat for my Delhi-Chennai leg? Thanks, Raj Iyer",
         "2030-05-27T19:10:00+05:30", "Asia/Kolkata", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),
    # 43: Hong Kong hotel to a San Diego guest: 11/12/2030 is 11 December or November 12.
    case("Dear Ms Walsh,\n\nThank you for your enquiry. I'm pleased to confirm a junior suite for three "
         "nights from ⟦11/12/2030⟧ at our conference rate of HK$2,350 per night, which includes breakfast "
         "and airport transfers. Your confirmation number is KB-58204.\n\nWarm regards,\nKelvin\n"
         "Reservations, Kowloon Bay Grand",
         "Hi, we're travelling from San Diego for a conference and would like to book a junior suite for "
         "three nights in December. Is there a conference rate? Best, Jennifer Walsh",
         "2030-10-06T10:30:00+08:00", "Asia/Hong_Kong", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 44: New York ticketing to a fan in Galway: 10/9 is October 9 or 10 September.
    case("Hi Ciara,\n\nSo sorry about that! I've resent your e-ticket for the show on ⟦10/9⟧ to the email "
         "on your account, and you can also find it in the app under My Tickets. Doors open one hour "
         "before the show, and the venue is a 5-minute walk from the Atlantic Av-Barclays Ctr subway "
         "station.\n\nThanks,\nNate\nGateline Ticketing",
         "Hi, I bought a ticket for the Brooklyn show on the Ireland-USA tour through your site but never "
         "got the e-ticket. I'm coming over from Galway just for it! Order 8841-2093. Thanks, Ciara",
         "2030-08-14T16:30:00-04:00", "America/New_York", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/Dublin"),
    # 45: Wellington piano teacher to a family just moved from Seattle: 4/2 is 4 February or April 2.
    case("Hi Megan,\n\nWelcome to Wellington! I'd love to teach Eli, and I have a 30-minute slot on "
         "Thursdays after school. Term 1 lessons start on ⟦4/2⟧, and fees are $380 for the term, payable "
         "by the end of the second week.\n\nWarm regards,\nAnna Whitford\nWhitford Piano Studio",
         "Hi Anna, we've just moved over from Seattle and my son Eli (9) would love to keep up his piano. "
         "Do you have space this term, and when does it start? Thanks, Megan",
         "2030-01-17T15:00:00+13:00", "Pacific/Auckland", "en-GB", ["ambiguous-numeric-date"]),
    # 46: San Francisco SaaS billing to a finance manager in Dubai: 04/05/2030.
    case("Hi Omar,\n\nThanks for switching to annual billing. Your first annual invoice, for $11,880 "
         "covering 45 seats, will be issued on ⟦04/05/2030⟧ and will show your TRN (UAE VAT number) once "
         "you add it under Billing Settings. Payment is due within 30 days by card or wire transfer.\n\n"
         "Best regards,\nAshley\nBilling Support, Cloudnest",
         "Hello, our company is switching from monthly to annual billing. When will the annual invoice be "
         "issued, and can it show our UAE VAT number? Regards, Omar Al Hashimi, Finance Manager",
         "2030-03-26T08:40:00-07:00", "America/Los_Angeles", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Asia/Dubai"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 47: UK broadband to the account holder working in Dubai (three hours ahead in June).
    case("Dear Stuart,\n\nI'm sorry the connection keeps dropping. I've booked a call with one of our senior "
         "technicians for Thursday 13 June at ⟦4pm⟧, on the mobile number on your account, and they'll run "
         "a line test with you first. If that time doesn't suit, just reply with a better one.\n\n"
         "Kind regards,\nNadia\nHomeStream Broadband",
         "Hi, I'm working in Dubai until August but my wife is at home in Reading and the broadband keeps "
         "dropping. I'm the account holder, so please deal with me. Can someone call me to go through it? "
         "Regards, Stuart Bell",
         "2030-06-11T10:20:00+01:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="Asia/Dubai"),
    # 48: Hong Kong bank to a cardholder visiting Vancouver (the thread says where she is).
    case("Dear Mrs Lau,\n\nThank you for contacting us, and sorry for the inconvenience. For your security, "
         "the card was blocked after two overseas transactions, and one of our fraud team will phone you at "
         "⟦10:00 am⟧ on Thursday 19 September to confirm them and lift the block. Please make sure your "
         "mobile is switched on and roaming is enabled.\n\nYours sincerely,\nCard Services, Victoria Peak "
         "Bank",
         "Hello, my credit card was declined twice at a shop yesterday. I'm in Vancouver visiting my "
         "daughter for the next three weeks. Please can you unblock it? Thank you, Mrs Lau Mei Ling",
         "2030-09-17T15:40:00+08:00", "Asia/Hong_Kong", "en-GB", ["missing-timezone"]),
    # 49: Chicago SaaS to a UK customer in the week London is five hours ahead, not six.
    case("Hi Emma,\n\nThanks for checking. The billing portal will be down for scheduled maintenance on "
         "Thursday, October 31 from ⟦9 p.m. to 11 p.m.⟧, and exports started before then will still "
         "complete. Everything else, including the API, stays available.\n\nBest,\nKyle\nSupport, Ledgerline",
         "Hi, we're a UK customer and we run our payroll exports late in the evening. Is there any planned "
         "downtime this week we should know about? Thanks, Emma Clarke, Finance, Northgate Ltd",
         "2030-10-29T13:10:00-05:00", "America/Chicago", "en-US", ["missing-timezone"],
         recipient_timezone="Europe/London"),
    # 50: Irish university to an applicant in India (five and a half hours ahead in November).
    case("Dear Aditi,\n\nThank you for your application. Your online interview with Dr Fitzgerald and Dr "
         "Byrne is on Wednesday 20 November at ⟦14:00⟧, on Microsoft Teams, and should last about 30 "
         "minutes. The link will be emailed to you the day before.\n\nBest wishes,\nMáire\nPostgraduate "
         "Admissions, University College Shannon",
         "Dear Sir/Madam, thank you for shortlisting me for the MSc in Biotechnology. Please let me know the "
         "date and time of the online interview. Regards, Aditi Rao",
         "2030-11-06T14:00:00+00:00", "Europe/Dublin", "en-GB", ["missing-timezone"],
         recipient_timezone="Asia/Kolkata"),
    # 51: Brisbane ticketing to a member in Sydney (an hour ahead in summer); plus a wrong weekday.
    case("Hey Josh,\n\nThanks for being a member! 🎸 The members' presale for the Riverstage show opens on "
         "Monday 14 January at ⟦9am⟧, and general sale follows on ⟦Tuesday 16 January⟧. You'll need to be "
         "logged in with the email on your membership, and tickets are limited to 4 per member, from $89.90 "
         "each.\n\nCheers,\nTash\nRiverstage Ticketing",
         "Hey, I'm in Sydney but coming up for the Riverstage show in March. When does the presale for "
         "members open? Don't want to miss out again! - Josh",
         "2030-01-09T12:30:00+10:00", "Australia/Brisbane", "en-GB", ["missing-timezone", "weekday-mismatch"],
         recipient_timezone="Australia/Sydney"),
    # 52: Cape Town insurer to a policyholder working in London (two hours behind in February).
    case("Dear Mr Mokoena,\n\nThank you for your claim, reference GEY-48812. Our assessor, Mr Jacobs, will "
         "phone you on Friday 22 February at ⟦11:00⟧ to talk through the damage, and he can visit the house "
         "the same afternoon if your brother-in-law is available. Please have photos of the geyser and "
         "ceiling ready.\n\nKind regards,\nCarla\nClaims Department, Cape Shield Insurance",
         "Good morning, I submitted a claim for the burst geyser at our house in Pinelands. I'm working in "
         "London until the end of March, but my brother-in-law can let the assessor in. Can the assessor "
         "phone me first? Thanks, Thabo Mokoena",
         "2030-02-20T09:15:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"]),
    # 53: New York voice teacher to a student who moved to Phoenix (three hours behind in summer).
    case("Hi Tanya,\n\nOf course, and I hope the move went smoothly! We can keep Jada's online lessons on "
         "Wednesdays at ⟦4:30 p.m.⟧, starting July 17, and I'll send a new Zoom link the day before. The fee "
         "stays at $55 per 45-minute lesson.\n\nBest,\nDavid Okafor\nOkafor Voice Studio",
         "Hi Mr. Okafor, now that we've moved to Phoenix, can Jada keep doing her voice lessons online over "
         "the summer? Same day if possible. Thanks, Tanya",
         "2030-07-09T20:45:00-04:00", "America/New_York", "en-US", ["missing-timezone"],
         recipient_timezone="America/Phoenix"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: Los Angeles airline; PST in July.
    case("Hi Kimberly,\n\nSorry about the delay. Flight PA 212 on Friday, July 19 is now scheduled to leave "
         "LAX at 3:20 p.m. ⟦PST⟧ and land in Honolulu at 6:05 p.m. local time. Because the delay is more "
         "than 3 hours, you can pick up a $20 meal voucher at the gate.\n\nThanks,\nRosa\nPacific Arc "
         "Airlines Customer Care",
         "Hi, my flight from LAX to Honolulu tomorrow was delayed. What time is it leaving now? I need to "
         "tell my ride. Thanks, Kimberly",
         "2030-07-18T09:00:00-07:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 55: Sydney festival ticketing; AEST in February (the bracket fits AEDT).
    case("Hi Mitch,\n\nThanks for your interest in Harbour Lights! Tickets go on sale on Thursday 7 February "
         "at 9am ⟦AEST⟧ (6am in Perth), and there's a limit of six per order. Early-bird tickets are $65 "
         "and sell out fast.\n\nCheers,\nGeorgia\nHarbour Lights Festival Ticketing",
         "Hi, I'm in Perth and want to get tickets for the Harbour Lights festival. When exactly do they go "
         "on sale so I can set an alarm? Thanks, Mitch",
         "2030-01-28T14:45:00+11:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 56: Dubai hotel; Gulf Standard Time is UTC+4.
    case("Dear Ms Bauer,\n\nThank you for letting us know. I've arranged an early check-in for you on Friday "
         "20 December from 6:00 am ⟦GST (UTC+5)⟧, so your room will be ready when you arrive from the "
         "airport. There is a supplement of AED 350, which will be added to your bill.\n\nWarm regards,\n"
         "Layla\nFront Office, Al Safa Creek Hotel",
         "Hello, we're arriving from Frankfurt on the 20th and our flight lands very early in the morning. "
         "Is an early check-in possible? Best regards, Katrin Bauer",
         "2030-12-03T18:20:00+04:00", "Asia/Dubai", "en-GB", ["zone-mismatch"]),
    # 57: UK energy supplier; BST in December.
    case("Hi Owen,\n\nGreat news about the charger! Your EV Saver tariff starts on Monday 16 December, and "
         "the cheap rate of 8.5p per kWh runs from 11:30pm to 5:30am ⟦BST⟧ every night. Outside those hours "
         "you'll pay our standard rate of 27.4p per kWh.\n\nKind regards,\nSam\nVoltbridge Energy",
         "Hi, I want to switch to your EV tariff now that my car charger is installed. What are the cheap "
         "hours, and when does it start? Thanks, Owen Price",
         "2030-12-12T16:35:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 58: Auckland harbour ferry; NZST in March (New Zealand is on NZDT until 7 April).
    case("Hi Sam,\n\nThanks for getting in touch. On Saturday 2 March the last sailing from Matiatia back to "
         "downtown Auckland leaves at 11:45pm ⟦NZST⟧, and bikes travel free. I'd recommend getting to the "
         "wharf 20 minutes early, as the last sailing often fills up on summer weekends.\n\nCheers,\n"
         "Aroha\nGulf Harbour Ferries",
         "Hi, I'm booked on the Waiheke ferry with my bike on Saturday but I'm flying in from Melbourne "
         "that morning. What's the last sailing back to the city? Cheers, Sam",
         "2030-02-26T10:40:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 59: US bank wire desk; EDT in January.
    case("Hi Patricia,\n\nCongratulations on the new home! Same-day domestic wires need to be submitted in "
         "online banking by 4:00 p.m. ⟦EDT⟧ on a business day, and anything after that goes out the next "
         "business day. For amounts over $100,000, we'll also call you to verify the request before "
         "releasing it.\n\nSincerely,\nMarcus\nHudson Valley Trust, Wire Services",
         "Hi, I need to make a large wire transfer for a house closing next week. What's the daily cutoff "
         "for same-day wires? - Patricia Gomez",
         "2030-01-31T16:55:00-05:00", "America/New_York", "en-US", ["zone-mismatch"]),
    # 60: Hong Kong furniture store to a customer in Seoul; HKT is GMT+8, not GMT+9.
    case("Dear Mr Wong,\n\nThank you for your message. I've booked your sofa delivery for Wednesday 12 June, "
         "and the driver will call you at 9:00am ⟦HKT (GMT+9)⟧ before setting off, with the delivery itself "
         "in the late morning. Our team will also take away all the packaging.\n\nBest regards,\nWinnie\n"
         "Customer Service, Lamma Living Furniture",
         "Hi, I'm away in Seoul on business this week, so can the sofa delivery be booked for next week? My "
         "helper will be at home, but I'd like a call from the driver beforehand. Thanks, Jason Wong",
         "2030-06-04T12:00:00+08:00", "Asia/Hong_Kong", "en-GB", ["zone-mismatch"]),
]


NEGATIVES = [
    # 01: Dubai airline to a passenger in London; both ends zoned.
    case("Dear Rashid,\n\nThank you for your message. Flight GW 8 leaves Heathrow Terminal 3 at 21:40 London "
         "time on Sunday 20 January and lands in Dubai at 08:30 UAE time the next morning. Check-in closes "
         "60 minutes before departure, and your allowance is 2 x 23 kg bags.\n\nKind regards,\nMariam\n"
         "Gulfwing Air Customer Care",
         "Hi, I'm in London and need to know what time my flight home to Dubai leaves on Sunday and when I "
         "should be at Heathrow. Thanks, Rashid",
         "2030-01-14T09:10:00+04:00", "Asia/Dubai", "en-GB", recipient_timezone="Europe/London"),
    # 02: Solent ferry at 23:40 the night before the UK clocks go forward; BST is right for the morning.
    case("Hi Bev,\n\nGood question! The clocks go forward at 1am on Sunday 31 March, and our timetable is "
         "always shown in UK local time, so your crossing that morning still leaves Portsmouth at 06:30 BST. "
         "Please be at the check-in lanes by 06:00 BST; phones update automatically, but any analogue "
         "clocks will need putting forward an hour.\n\nKind regards,\nMatt\nSolent Link Ferries",
         "Hi, I'm booked on the first crossing from Portsmouth tomorrow morning with my car. Will the clocks "
         "changing tonight affect the timetable? Thanks, Bev",
         "2030-03-30T23:40:00+00:00", "Europe/London", "en-GB"),
    # 03: Cape Town hotel; right weekdays, a 24-hour time, an address and a floor.
    case("Dear Mr and Mrs Naidoo,\n\nThank you for booking with us. We've reserved a family room on the 9th "
         "floor for four nights from Friday 19 April to Tuesday 23 April, and check-in is from 14:00. Secure "
         "parking in our basement is R180 per night, and the hotel is at 45 Strand Street, a short walk "
         "from the Waterfront shuttle.\n\nWarm regards,\nZanele\nFront Desk, Table View Grand",
         "Hello, we're arriving on Friday 19 April for four nights. Could we have a room on a high floor, "
         "and is there parking? Best, the Naidoo family",
         "2030-04-08T14:20:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 04: Texas bank card disputes team; a past charge date and a future decision date.
    case("Hi Luis,\n\nThanks for reaching out. I've opened a dispute for the $89.99 charge posted on "
         "Thursday, May 2, and a temporary credit for the full amount will appear on your account within 2 "
         "business days. The merchant has 45 days to respond, and we'll write to you by Monday, June 17 with "
         "the outcome.\n\nSincerely,\nAllison\nCard Disputes, Lone Star Community Bank",
         "Hi, there's a charge of $89.99 on my card from a subscription I canceled in March. Can you dispute "
         "it for me? Thanks, Luis Herrera",
         "2030-05-06T10:45:00-05:00", "America/Chicago", "en-US"),
    # 05: Galway water services; a range sharing one clock, a house number and a unit number.
    case("Hi Gráinne,\n\nThanks for getting in touch. The supply to your road will be off from 9am to 3pm on "
         "Thursday 27 June while we replace 120 metres of main, and a tanker will be parked outside number "
         "14 during the works. Bottled water is also available from the depot at Unit 6, Ballybane Business "
         "Park.\n\nKind regards,\nDarragh\nCustomer Care, Corrib Water Services",
         "Hi, there's a notice on our road about water works. Will we be without water, and for how long? "
         "We've a baby so I need to plan. Thanks, Gráinne",
         "2030-06-25T08:30:00+01:00", "Europe/Dublin", "en-GB"),
    # 06: UK broadband; a firmware version, a line speed, 24/7, a phone number and a ticket number.
    case("Hi Sam,\n\nSorry about the restarts. We've pushed firmware version 2.4.1 to your Hub 4, which fixes "
         "a known fault on 500 Mbps lines, and it installed at 10:52 this morning. If it restarts again, "
         "call our 24/7 team on 0800 046 2219 and quote ticket 771-304.\n\nKind regards,\nPriya\n"
         "FibreNest Support",
         "My new router keeps restarting itself every evening around 8. It's the Hub 4. Any ideas? Sam",
         "2030-07-13T11:05:00+01:00", "Europe/London", "en-GB"),
    # 07: Philadelphia auto insurer; a rental from a weekday date, an address and amounts.
    case("Hi Michelle,\n\nI'm sorry about the accident, and I'm glad you're okay. Your policy includes rental "
         "coverage of up to $40 a day for 30 days, and I've reserved a midsize car for you at Metro Rentals "
         "on 1410 Broad Street from 9 a.m. on Monday, August 5. The shop estimates your repair at $3,275, "
         "and your $500 deductible will be taken off that.\n\nSincerely,\nJames\nAuto Claims, Keystone Mutual",
         "Hi, my car was rear-ended on Tuesday and the body shop says the repair will take a week. Will my "
         "policy cover a rental? Claim AU-60215. Thanks, Michelle",
         "2030-08-02T15:30:00-04:00", "America/New_York", "en-US"),
    # 08: UK garden centre; "3-for-2", a pack size, and an evening range settled in words.
    case("Hi Janet,\n\nYes, the 3-for-2 offer on spring bulbs runs until Sunday 6 October, and it includes "
         "the 25-bulb packs of tulips at £6.99. Our late-night autumn shopping evening is on Friday 27 "
         "September, from 6 to 9 in the evening, with mulled apple juice in the café. 🍂\n\nBest wishes,\n"
         "Pat\nWillowbrook Garden Centre",
         "Hi, do you still have the 3-for-2 offer on spring bulbs? And are you open late for the autumn "
         "event? Thanks, Janet",
         "2030-09-12T12:40:00+01:00", "Europe/London", "en-GB"),
    # 09: Vancouver bakery; Canadian Thanksgiving is Monday 14 October, so the day before is Sunday 13th.
    case("Hi Leah,\n\nHappy (early) Thanksgiving! 🥧 I've put aside a country sourdough and a dozen butter "
         "tarts for you, ready to collect from 8 a.m. on Sunday 13 October, and we close at 2 p.m. that day. "
         "The total is $38.50, and you can pay when you pick up.\n\nThanks so much,\nMarie\nCommercial Drive "
         "Bakehouse",
         "Hi! Can I order a sourdough loaf and a dozen butter tarts for Thanksgiving? I'd like to pick them "
         "up the day before. - Leah",
         "2030-10-10T07:50:00-07:00", "America/Vancouver", "en-GB"),
    # 10: Auckland tattoo studio; "3/4 sleeve" is a fraction.
    case("Hi Hemi,\n\nThat sounds like a beautiful piece. A 3/4 sleeve usually takes 4 to 5 sessions of "
         "around 5 hours each, and our rate is $180 an hour, with a $200 deposit for the design. Kiri has a "
         "consultation slot on Saturday 30 November at 11am if you'd like to talk it through.\n\nNgā mihi,\n"
         "Kiri & the team at Tūī Ink",
         "Kia ora, I'd like a 3/4 sleeve with native birds (tūī and kererū). How many sessions would that "
         "take and what's the hourly rate? Ngā mihi, Hemi",
         "2030-11-20T17:30:00+13:00", "Pacific/Auckland", "en-GB"),
    # 11: UK flute teacher; "1:1" lessons, an exam grade, a range sharing pm.
    case("Dear Harriet,\n\nThank you for getting in touch. I teach 1:1 flute lessons at my studio at 22 Mill "
         "Lane, and 45-minute lessons are £32 each, or £300 for a block of ten. I have a free slot on "
         "Wednesdays from 4:15 to 5pm, starting on Wednesday 11 September.\n\nBest wishes,\nEleanor Finch, "
         "LRSM",
         "Hello, my daughter is preparing for her Grade 5 flute exam in November. Do you offer 1:1 lessons, "
         "and what do they cost? Thanks, Harriet",
         "2030-09-02T19:20:00+01:00", "Europe/London", "en-GB"),
    # 12: Sydney pet insurer; a past receipt date, a percentage and a payment date.
    case("Hi Priya,\n\nThanks for sending Milo's invoice, and I hope he's feeling better. We received your "
         "claim on Friday 8 February, and we're paying 80% of the eligible amount, $1,136, into your account "
         "today. You should see it by Tuesday 19 February at the latest, depending on your bank.\n\nKind "
         "regards,\nBen\nClaims Team, Furbaby Pet Insurance",
         "Hi, Milo had his dental surgery last week and the vet bill was $1,420. I've uploaded the invoice. "
         "How long does a claim usually take? Thanks, Priya",
         "2030-02-14T13:15:00+11:00", "Australia/Sydney", "en-GB"),
    # 13: Brisbane car dealer to a buyer in Sydney in July: both on UTC+10, so no zone is needed.
    case("Hi Dan,\n\nGreat to hear you're going ahead with the RAV4. Our finance manager, Lisa, will call you "
         "on Thursday 25 July at 2:30pm, and the car will be ready to collect from Saturday 27 July. The "
         "drive-away price is $32,990 with 12 months' rego.\n\nCheers,\nTroy\nNorthside Toyota",
         "Hi, I'm buying the used RAV4 you've listed (stock no. 4417) and I'll fly up from Sydney to collect "
         "it. Could someone call me about finance beforehand? Cheers, Dan",
         "2030-07-23T10:00:00+10:00", "Australia/Brisbane", "en-GB", recipient_timezone="Australia/Sydney"),
    # 14: Hong Kong-Macau ferry; a settled sailing time and a booking reference.
    case("Dear Ms Cheng,\n\nThank you for your message. I've moved booking TJ8820 to Sunday 25 August, on "
         "the 10:15am sailing from the Hong Kong-Macau Ferry Terminal in Sheung Wan, in the same Premier "
         "Grand class. The change fee is HK$25 per ticket, and boarding closes 15 minutes before departure."
         "\n\nBest regards,\nCustomer Service, Pearl River Jetline",
         "Hello, I'd like to change my Macau ferry tickets from Saturday to Sunday, same time if possible. "
         "Booking ref TJ8820. Thank you, Ms Cheng",
         "2030-08-21T16:10:00+08:00", "Asia/Hong_Kong", "en-GB"),
    # 15: US college admissions; deadlines in the next year with their weekdays and a zone.
    case("Hi Olivia,\n\nThank you for applying to Carver College. The regular decision deadline is 11:59 p.m. "
         "ET on Wednesday, January 15, 2031, but we accept recommendation letters until Friday, January 31, "
         "2031. You can track what's missing in your applicant portal, and your application ID is "
         "CC-31-20874.\n\nBest,\nOffice of Undergraduate Admissions\nCarver College",
         "Hello, I submitted my application for Fall 2031 admission but I'm missing one recommendation "
         "letter. Is there a grace period after the January deadline? Thanks, Olivia Bennett",
         "2030-12-18T13:00:00-05:00", "America/New_York", "en-US"),
    # 16: London livestream to a viewer in New York in the weeks the US has changed its clocks and the UK has not.
    case("Hi Paul,\n\nThanks for buying a livestream ticket! The concert starts at 7:30pm GMT on Thursday 28 "
         "March, which is 3:30pm EDT in New York, and the stream opens 15 minutes earlier. You'll be able to "
         "watch it again on demand for 48 hours afterwards.\n\nBest wishes,\nGemma\nStagecast Tickets",
         "Hi, I bought a livestream ticket for the Albert Hall concert but I'm in New York. What time will "
         "it start for me? Thanks, Paul",
         "2030-03-19T12:00:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 17: Seattle SaaS billing; a percentage, amounts, a card's last digits and an invoice number.
    case("Hi Grace,\n\nSorry about that! I've applied the 20% nonprofit discount and refunded $237.60 to the "
         "Visa ending 0912, so the annual plan now costs $950.40. The refund was issued today, Tuesday, "
         "April 30, and usually shows within 5 to 10 business days, and your invoice INV-2030-0415 has been "
         "updated.\n\nBest,\nEthan\nBilling, Pipewise",
         "Hi, we got charged $1,188 for the annual plan but we were promised 20% off as a nonprofit. Can you "
         "fix the invoice? Thanks, Grace (Harbor Food Bank)",
         "2030-04-30T17:20:00-07:00", "America/Los_Angeles", "en-US"),
    # 18: Bengaluru hearing clinic; decibels, a road named for its width, a settled time, rupees.
    case("Dear Karthik,\n\nThank you for sharing the report. A 45 dB loss in one ear is moderate, and a "
         "hearing aid trial would help, so I've booked your father in on Saturday 9 March at 10:30 am with "
         "Dr Meera Iyer at our Indiranagar clinic (No. 12, 100 Feet Road). The trial is free, and digital "
         "aids start from ₹28,000 per ear.\n\nWarm regards,\nReception, SoundCare Hearing Clinic",
         "Dear Doctor, my father's hearing test report shows 45 dB loss in the right ear. Is a hearing aid "
         "needed, and can we come on Saturday? Regards, Karthik",
         "2030-03-07T11:30:00+05:30", "Asia/Kolkata", "en-GB"),
    # 19: NZ airline on the morning daylight saving starts; NZDT is right.
    case("Hi Kate,\n\nNo need to worry. Daylight saving started at 2am today, and all our timetables are in "
         "New Zealand local time, so flight SK 533 still leaves Auckland at 2:40pm NZDT on Sunday 29 "
         "September. Bag drop closes 30 minutes before departure.\n\nKind regards,\nJosh\nSouthern Kiwi "
         "Airlines",
         "Hi, my flight to Christchurch is this afternoon. Do I need to worry about daylight saving starting "
         "today? - Kate",
         "2030-09-29T08:15:00+13:00", "Pacific/Auckland", "en-GB"),
    # 20: Dubai bank to a cardholder in London; GST (UTC+4) and the London time both right in May.
    case("Dear Ms Haddad,\n\nThank you for contacting us. I've reset your PIN attempts, and a one-time PIN "
         "will be sent to your registered mobile by SMS within 2 hours. If you'd like help setting a new "
         "PIN, our card team can call you on Friday 24 May at 2:00 pm GST (UTC+4), which is 11:00 am in "
         "London.\n\nKind regards,\nCard Services, Emirates Crescent Bank",
         "Hello, I'm in London for a month and my card PIN has been locked after three wrong attempts. Can "
         "you reset it? Regards, Sara Haddad",
         "2030-05-22T14:40:00+04:00", "Asia/Dubai", "en-GB"),
    # 21: Halifax power utility; AST after the clocks went back, a street and a phone number.
    case("Hi Colleen,\n\nSorry you're without power. Crews are working on a downed line on Portland Street, "
         "and we expect power back to your area by 4 p.m. AST today. You can follow live updates on our "
         "outage map, and if a line is down near you, please call 1-800-555-0187 right away.\n\nTake care,\n"
         "Derek\nMaritime Power Customer Care",
         "Hi, the power has been off on our street in Dartmouth since the wind storm last night. Any idea "
         "when it'll be back? Thanks, Colleen",
         "2030-11-05T09:20:00-04:00", "America/Halifax", "en-GB"),
    # 22: UK furniture aftercare the day after the clocks went back; a past delivery and a future visit.
    case("Dear Hugh,\n\nI'm sorry the wardrobe arrived damaged. Our records show it was delivered on Saturday "
         "26 October, and I've ordered a replacement left door panel (part no. 44-107), which our fitter "
         "will bring on Thursday 7 November between 8am and 12 noon. He'll fit it in about 45 minutes and "
         "take the damaged panel away.\n\nKind regards,\nYasmin\nAftercare Team, Oakden Furniture",
         "The wardrobe you delivered on Saturday has a split panel on the left door. I'd like a replacement, "
         "not a refund. Regards, Hugh",
         "2030-10-28T10:30:00+00:00", "Europe/London", "en-GB"),
    # 23: Ohio dealership service desk; settled times and a fee.
    case("Hi Ray,\n\nThanks for reaching out. We can take your Silverado on Wednesday, June 5, and our service "
         "drive opens at 7 a.m., so you can drop it off on your way to work. The diagnostic fee is $149.95, "
         "and we'll call you with an estimate by 1 p.m. that day.\n\nThanks,\nShawna\nService Department, "
         "Buckeye Chevrolet",
         "Hi, my check engine light came on this weekend. Can I get the truck in this week? I can drop it "
         "off before work. - Ray",
         "2030-06-03T08:25:00-04:00", "America/New_York", "en-US"),
    # 24: Hong Kong travel insurer to a customer still in Japan; HKT (UTC+8) and the Osaka time both right.
    case("Dear Mr Ho,\n\nI'm sorry your luggage was lost. Please upload the airline's Property Irregularity "
         "Report and your receipts through our claims app, and you can claim up to HK$8,000 for baggage "
         "under your Gold plan. If it's easier, our claims officer can call you on Monday 30 December at "
         "3:00 pm HKT (UTC+8), which is 4:00 pm in Osaka.\n\nBest regards,\nClaims Team, Victoria Harbour "
         "Insurance",
         "Hello, my luggage was lost on my trip to Osaka last week and the airline has given me a report. "
         "How do I claim? I'm still in Japan until 3 January. Thanks, Vincent Ho",
         "2030-12-27T10:50:00+08:00", "Asia/Hong_Kong", "en-GB"),
    # 25: Kilkenny bakery; an order number that looks like 24/12, a cake size and right weekdays.
    case("Hi Bríd,\n\nYes, we can still fit you in! 🎄 Your order no. 2412 is for one 8-inch Christmas cake "
         "(€42) and 24 mince pies (€28.80), ready to collect from 8am to 1pm on Tuesday 24 December. We're "
         "closed from Wednesday 25 December to Friday 27 December, reopening on Saturday 28 December.\n\n"
         "Best wishes,\nMaeve\nThe Corner Crust Bakery, Kilkenny",
         "Hi, I'd like to order a Christmas cake and 24 mince pies for collection on Christmas Eve. Is that "
         "still possible? Thanks, Bríd",
         "2030-12-20T15:30:00+00:00", "Europe/Dublin", "en-GB"),
    # 26: Johannesburg prepaid electricity; an error code, token lengths, an amount, 24-hour hours.
    case("Hi Lerato,\n\nSorry about the trouble with your meter. Error 30 means the token was entered before "
         "the key change, so I've issued two new 20-digit tokens for your R500 purchase, which you'll "
         "receive by SMS within 15 minutes. Enter the first one, wait for 'Accept', then enter the second. "
         "Our prepaid support line is open from 07:00 to 22:00 every day.\n\nKind regards,\nThabo\n"
         "CityPower Prepaid Support",
         "Hi, our prepaid electricity meter at 18 Jacaranda Avenue says 'Error 30'. We bought R500 of units "
         "this morning and nothing loaded. Please help. Lerato",
         "2030-06-13T18:05:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 27: Toronto airline to a passenger in Chicago on the weekend both countries fall back.
    case("Hi Andrea,\n\nYes, clocks in both Chicago and Toronto go back one hour on Sunday 3 November, at 2 "
         "a.m. local time in each city. Your flight MA 418 leaves O'Hare at 4:05 p.m. CST that afternoon "
         "and lands at Toronto Pearson at 6:50 p.m. EST, and the times on your boarding pass already allow "
         "for the change.\n\n"
         "Safe travels,\nNathan\nMaple Air Customer Service",
         "Hi, I'm in Chicago and flying to Toronto on Sunday for a meeting Monday morning. The clocks change "
         "this weekend, right? What time do I land? Thanks, Andrea",
         "2030-11-01T22:30:00-04:00", "America/Toronto", "en-GB", recipient_timezone="America/Chicago"),
    # 28: Mumbai festival ticketing; a payment time today, a booking code and right weekdays.
    case("Hi Rohan,\n\nSorry for the worry! Your payment of ₹9,996 for 4 Day Passes (booking BMF-30219) went "
         "through at 19:42 today, and the tickets are now confirmed in the app. The festival runs from "
         "Saturday 9 February to Sunday 10 February 2030 at the Mahalaxmi Racecourse, with gates opening at "
         "2 pm each day.\n\nCheers,\nTeam Festivio",
         "Hi, the app shows my 4 tickets for the Mahalaxmi Music Festival as 'pending'. The money has been "
         "debited. Please check. Thanks, Rohan",
         "2030-01-25T20:15:00+05:30", "Asia/Kolkata", "en-GB"),
    # 29: Christchurch garden centre; NZ Labour Day is Monday 28 October 2030; bag sizes and prices.
    case("Hi Fiona,\n\nThanks for your message! In Christchurch it's safest to plant tomatoes out after Labour "
         "Weekend, which this year is Saturday 26 October to Monday 28 October, once the frosts have passed. "
         "We deliver compost in 40-litre bags at $12.99 each, or 1 cubic metre for $89, with free delivery "
         "on orders over $150.\n\nHappy gardening,\nGreenacres Garden Centre",
         "Hi, when's the best time to plant tomatoes in Christchurch, and do you deliver compost? Thanks, "
         "Fiona",
         "2030-10-19T09:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 30: Miami resort to a London guest in the week New York is four hours behind, not five.
    case("Hi Sarah,\n\nWe'd be happy to help you plan your trip! Our concierge, Carlos, will call you on "
         "Friday, November 1 at 11 a.m. EDT, which is 3 p.m. GMT in London. Your oceanfront room is booked "
         "from Monday, November 11 to Friday, November 15, and the resort fee is $35 per night.\n\nWarm "
         "regards,\nValentina\nGuest Services, Biscayne Palms Resort",
         "Hello, we're flying from London to Miami next month. Could someone from your concierge team call "
         "us to help plan excursions? Best, Sarah Lewis",
         "2030-10-30T14:00:00-04:00", "America/New_York", "en-US", recipient_timezone="Europe/London"),
]


CASES = {"datetime": (POSITIVES, NEGATIVES)}
