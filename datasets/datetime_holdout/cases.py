"""Cases for Tactful's held-out date/time set (hand-written, blind to server/, tests/ and benchmarks/).

Each case is C(locale, now, timezone, text, thread=None, rtz=None, checks=()): ``now`` is when the
reply is written (ISO 8601 with the writer's UTC offset), ``timezone`` the writer's IANA zone,
``rtz`` the recipient's when known, ``thread`` the customer's incoming email. Flagged expressions
are wrapped in ⟦ ⟧ and ``checks`` names, in order, which check each of them is a case of (one of
CHECKS in ../datetime_format.py). The builder (build_datetime_holdout.py) strips the marks and computes the offsets.
Positives and negatives are numbered in list order. Edit this file, never the JSONL.

The comment above each case gives the calendar facts it rests on (computed with Python's calendar
and zoneinfo, and re-checked by the builder where they are machine-checkable).
"""


def C(locale, now, tz, text, thread=None, rtz=None, checks=()):
    return {"locale": locale, "now": now, "timezone": tz, "recipient_timezone": rtz,
            "text": text.strip("\n"), "thread": thread, "checks": tuple(checks)}


GB, US = "en-GB", "en-US"
LON, NYC, CHI, DEN, LAX = "Europe/London", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
SYD, BER = "Australia/Sydney", "Europe/Berlin"

AMBIG, REL, WDAY, IMPOSSIBLE, PAST, NUMERIC, NOZONE, ZONE = (
    "ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date", "past-date",
    "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")

# --------------------------------------------------------------------------------------------
# positives
# --------------------------------------------------------------------------------------------
DATETIME_POS = [
    # ---- ambiguous-time: a 12-hour time with no am/pm; "12 pm" / "12:00 am" ----------------
    # 01 bridal boutique. Now Mon 16 Nov 2026. Sat 28 Nov 2026 is a Saturday. Customer works
    # shifts and asked for evenings or early mornings, so 6:45 could be either.
    C(GB, "2026-11-16T10:05:00+00:00", LON, """
Hi Lauren,

Lovely news: your dress has arrived at the boutique. Your final fitting is booked for Saturday 28 November at ⟦6:45⟧, with Ines doing the alterations. Please bring the shoes you plan to wear on the day so we can check the hem. It takes about an hour.

Warm wishes,
Clare
Ivory & Thread Bridal
""", "Hi, has my dress come in yet? I'd like to get the last fitting booked as soon as possible. I work shifts so evenings or early mornings suit me best.\n\nLauren", checks=(AMBIG,)),
    # 02 auto repair. Now Tue 12 May 2026. Thu 14 May 2026 is a Thursday.
    C(US, "2026-05-12T14:30:00-05:00", CHI, """
Hi Marcus,

Thanks for sending the photos of the leak. We can take the truck in on Thursday, May 14, and the courtesy shuttle leaves the shop at ⟦7:15⟧ if you need a ride to the office. The repair itself should take most of the day, and we'll text you when it's ready.

Thanks,
Angie
Route 9 Auto Care
""", "My F-150 is dripping coolant again. When can you fit it in? I'd need a ride to the office while it's with you.\n\nMarcus", checks=(AMBIG,)),
    # 03 hotel. Now Wed 3 Mar 2027, evening. Fri 5 Mar 2027 is a Friday. Breakfast or dinner?
    C(GB, "2027-03-03T21:10:00+00:00", LON, """
Good evening Mr Ferris,

Thank you for booking the anniversary package with us. Your table in the Orangery is reserved for Friday 5 March at ⟦half past eight⟧, and there will be a bottle of champagne waiting in your room. Check-in opens at 3pm and the car park is free for residents.

With best wishes,
Helena Price
Guest Relations, The Larches Hotel
""", "We've booked the anniversary package for this Friday. Could you reserve us a table in the Orangery, please?\n\nDavid Ferris", checks=(AMBIG,)),
    # 04 SaaS. Now Tue 8 Jun 2027. Sun 13 Jun 2027 is a Sunday. A zone is given; am/pm is not.
    C(US, "2027-06-08T11:00:00-04:00", NYC, """
Hi Priya,

Thanks for flagging the timing. We've scheduled the database upgrade for Sunday, June 13, 2027, from ⟦2:00 to 4:00⟧ Eastern, and the dashboard will be read-only during that window. Your API keys and webhooks don't need any changes. I'll post an update on the status page once it's done.

Best,
Tom Becker
Ledgerly Support
""", "Can you tell me when the upgrade is happening? We run payroll exports on weekends and need to plan around it.\n\nPriya", checks=(AMBIG,)),
    # 05 physio, "12 pm" (noon is clearer). Now Thu 14 Jan 2027. Wed 20 Jan 2027 is a Wednesday.
    # 0161 496 0xxx is in Ofcom's drama range.
    C(GB, "2027-01-14T09:40:00+00:00", LON, """
Hi Gareth,

No problem at all, we've moved your appointment to Wednesday 20 January at ⟦12 pm⟧ with Amira. Please arrive ten minutes early so she can go over the exercises from last time. If the knee flares up before then, give us a ring on 0161 496 0732.

Best wishes,
Ruth
Northside Physio
""", "Hi, I can't make Monday's session now, work has thrown a meeting at me. Could I move to later in the week?\n\nGareth", checks=(AMBIG,)),
    # 06 ticketing, "12:00 am" (the start or the end of Saturday?). Now Tue 6 Oct 2026.
    # Sat 10 Oct 2026 is a Saturday. The emoji puts the label past an astral character.
    C(US, "2026-10-06T16:00:00-07:00", LAX, """
Hi Kenji 🎃,

Great question! The presale for the Halloween show ends at ⟦12:00 am⟧ Pacific on Saturday, October 10, after which any remaining tickets go on general sale. Your presale code is HOLLOW26 and it works for up to four tickets.

Cheers,
Dani
Lantern Hall Tickets
""", "How long do I have to use the presale code? I'm waiting on payday.\n\nKenji", checks=(AMBIG,)),
    # 07 courier. Now Fri 9 Jul 2027, evening. Tue 13 Jul 2027 is a Tuesday. Customer asked for
    # early morning or after 6, so "between 6 and 8" fits both.
    C(GB, "2027-07-09T18:50:00+01:00", LON, """
Hi Mrs Adeyemi,

Thanks for booking the collection of your two boxes. The driver will come on Tuesday 13 July between ⟦6 and 8⟧, and he'll need the parcels labelled and sealed when he arrives. You don't need to print anything else.

Kind regards,
Sophie
Swiftline Couriers
""", "Please can you collect the boxes next week? I'm out at work all day so it needs to be early morning or after 6.\n\nFunmi Adeyemi", checks=(AMBIG,)),
    # 08 vet. Now Tue 16 Mar 2027 (MDT began 14 Mar). Mon 22 Mar 2027 is a Monday. "after 10 the
    # night before" is settled by "the night before" and is not labelled.
    C(US, "2027-03-16T12:20:00-06:00", DEN, """
Hi Rachel,

Bella's dental surgery is booked for Monday, March 22, 2027. Please drop her off at ⟦7:30⟧ and don't give her any food after 10 the night before; water is fine. We'll call you once she's awake from the anesthetic, usually early afternoon.

Thanks,
Dr. Alvarez
Foothills Animal Hospital
""", "Bella needs the dental work you mentioned. What's the earliest you can do it and what do I need to do beforehand?\n\nRachel", checks=(AMBIG,)),

    # ---- relative-date: tomorrow, today (a deadline), next <weekday>, the day after tomorrow --
    # 09 furniture. Now Fri 11 Dec 2026, 20:45: "next Monday" is 14 or 21 Dec.
    C(US, "2026-12-11T20:45:00-05:00", NYC, """
Hi Mr. Okoro,

Good news: your sofa has cleared the warehouse and is on the truck for ⟦next Monday⟧. The delivery crew will call about 30 minutes before they arrive and will take the old couch away as requested. Please make sure the stairwell is clear.

Best regards,
Lena
Hearth & Home Furniture
""", "Any update on my sofa? It was meant to come two weeks ago.\n\nChidi Okoro", checks=(REL,)),
    # 10 plumber. Now Wed 5 Aug 2026, 23:40: read on Thursday morning, "tomorrow" is Friday.
    C(GB, "2026-08-05T23:40:00+01:00", LON, """
Hi Tom,

Sorry to hear the boiler's packed in again. Dave can come out ⟦tomorrow⟧ between 8am and 10am, and he'll bring a new pressure valve in case that's the culprit. If nobody will be in, just let me know where the key's hidden.

Cheers,
Jen
Hotspot Heating & Plumbing
""", "Boiler's lost pressure again, no hot water. Can someone come out?\n\nTom", checks=(REL,)),
    # 11 online shop, "today" as a deadline. Now Fri 19 Feb 2027, 17:55.
    C(GB, "2027-02-19T17:55:00+00:00", LON, """
Hi Abi,

Thanks for your message about the boots. Items from the winter sale need to be scanned in at a drop-off point by 8pm ⟦today⟧ to qualify for a full refund; after that we can only offer store credit. The returns label is attached to this email.

Best,
Kasia
Northern Soles Customer Care
""", "The boots I bought in the sale are too small. Can I still get my money back?\n\nAbi", checks=(REL,)),
    # 12 SaaS billing. Now Thu 29 Apr 2027: "the day after tomorrow" is Sat 1 May, or Sun 2 May
    # for a reader on Friday.
    C(US, "2027-04-29T16:10:00-07:00", LAX, """
Hi Deepak,

Thanks for getting back to me about the renewal. I've held your current price of $38 per seat until ⟦the day after tomorrow⟧, after which it moves to the new list price of $45. You can accept it from the Billing page or just reply here and I'll process it.

Best,
Morgan
Tallyhub Accounts Team
""", "Can you hold our current per-seat price while I get sign-off from finance?\n\nDeepak", checks=(REL,)),
    # 13 dentist. Now Fri 18 Sep 2026, evening: "next Thursday" is 24 Sep or 1 Oct.
    C(GB, "2026-09-18T19:30:00+01:00", LON, """
Dear Ms Lowe,

Thank you for letting us know about the sensitivity. We've pencilled you in with Dr Shah for ⟦next Thursday⟧ at 11:20am, which is the first emergency slot we have. If the pain gets worse before then, please call NHS 111.

Kind regards,
Reception
Parkview Dental Practice
""", "One of my back teeth has become really sensitive to cold. Could I be seen soon please?\n\nJanet Lowe", checks=(REL,)),
    # 14 hotel, two labels. Now Thu 2 Jul 2026, 22:50: "tomorrow" is read on Friday; "next
    # Wednesday" is 8 or 15 Jul.
    C(US, "2026-07-02T22:50:00-04:00", NYC, """
Hi Ms. Grant,

Thanks for letting us know your flight lands early. Your early check-in is confirmed for ⟦tomorrow⟧ from 10 a.m., and we've noted the crib for your room. Just a heads-up that the rooftop pool is closed for resurfacing until ⟦next Wednesday⟧, but guests can use the pool at our sister hotel two blocks away.

Warm regards,
Jasmine
Front Desk, The Harborview
""", "Our flight gets in at 7am. Any chance of an early check-in? Also we need a crib.\n\nNicole Grant", checks=(REL, REL)),
    # 15 international courier. Now Thu 22 Oct 2026, 23:15 in London (BST until 25 Oct); it is
    # already Friday 09:15 in Sydney, where the customer is.
    C(GB, "2026-10-22T23:15:00+01:00", LON, """
Hi Ben,

Thanks for your patience. Your parcel has reached our international hub at Heathrow and will be handed over to Australia Post ⟦tomorrow⟧. From there it usually takes 6–9 working days to reach you in Newtown, and you'll get a new tracking number by email.

Kind regards,
Priyanka
ParcelBridge International
""", "Where's my order? It's been two weeks. I'm in Sydney.\n\nBen", rtz=SYD, checks=(REL,)),
    # 16 gym. Now Sun 31 Jan 2027, 23:55: "first thing tomorrow" is read on Monday.
    C(US, "2027-01-31T23:55:00-06:00", CHI, """
Hi Carla,

Your three-month membership freeze is over, so your regular billing restarts and your card on file will be charged first thing ⟦tomorrow⟧. If you'd like to extend the freeze, reply to this email and we'll hold off the charge.

See you on the mats,
Coach Ty
Iron Valley Fitness
""", "When does my freeze end? I'm still not back from my injury.\n\nCarla", checks=(REL,)),

    # ---- weekday-mismatch -------------------------------------------------------------------
    # 17 hotel. Now Mon 2 Nov 2026. 19 Nov 2026 is a Thursday, not a Friday.
    C(GB, "2026-11-02T10:00:00+00:00", LON, """
Dear Mr and Mrs Castellano,

Thank you for choosing the Harbour Lights Hotel for your stay. We look forward to welcoming you on ⟦Friday 19 November⟧ for three nights, and your sea-view room will be ready from 3pm. Parking is available at the rear of the hotel for £12 per day.

Kind regards,
Olivia Marsh
Reservations
""", "Could you confirm our booking for three nights later this month, and whether there's parking?\n\nMarco Castellano", checks=(WDAY,)),
    # 18 SaaS webinar. Now Tue 10 Aug 2027. 19 Aug 2027 is a Thursday, not a Wednesday.
    C(US, "2027-08-10T09:15:00-04:00", NYC, """
Hi Alex,

Thanks for signing up for Fieldnote! 🎉 The live onboarding webinar is on ⟦Wednesday, August 19, 2027⟧ at 1:00 pm ET and runs for about 45 minutes. You'll get a calendar invite with the link, and we'll send the recording afterward if you can't make it.

Cheers,
Sam
Fieldnote Customer Success
""", "Just signed up. Is there any training for new users?\n\nAlex", checks=(WDAY,)),
    # 19 electrician. Now Tue 2 Jun 2026. 8 Jun 2026 is a Monday, not a Tuesday.
    C(GB, "2026-06-02T14:00:00+01:00", LON, """
Hi Nadia,

Thanks for sending the quote back signed. Our electrician, Rob, can fit the new consumer unit on ⟦Tue 8th June⟧, starting at 8am, and the power will be off for around four hours. He'll test every circuit before he leaves and email you the certificate.

Cheers,
Mo
Brightside Electrical
""", "Quote signed and attached. When can you do the fuse box?\n\nNadia", checks=(WDAY,)),
    # 20 dentist. Now Fri 20 Mar 2026. 4/22 (en-US, 22 Apr 2026) is a Wednesday, not a Tuesday;
    # 22 cannot be a month, so the numeric form itself is unambiguous.
    C(US, "2026-03-20T11:00:00-04:00", NYC, """
Hi Jenna,

We received your request to reschedule. Your cleaning is now set for ⟦Tuesday, 4/22⟧ at 9:40 a.m. with Dr. Kim. Please bring your new insurance card, since the one on file expired in January.

Thank you,
Maple Street Dental
""", "I need to move my cleaning, the 7th doesn't work anymore. Anything later in April?\n\nJenna", checks=(WDAY,)),
    # 21 removals. Now Tue 4 May 2027. 29 May 2027 is a Saturday, not a Sunday.
    C(GB, "2027-05-04T08:30:00+01:00", LON, """
Hello Mrs Byrne,

Thanks for confirming the inventory. Your move is booked for ⟦Sunday 29th May⟧, and the crew will arrive at your current address at 7.30am to start loading. We'll bring wardrobe boxes for the hanging clothes, so there's no need to pack those.

Kind regards,
Liam
Greenway Removals
""", "Inventory looks right. Can you confirm the date and whether I need to pack the wardrobes?\n\nSiobhan Byrne", checks=(WDAY,)),
    # 22 electronics. Now Fri 27 Nov 2026. 4 Dec 2026 is a Friday, not a Monday.
    C(US, "2026-11-27T13:00:00-08:00", LAX, """
Hi Dev,

Sorry about the cracked screen on arrival. Your replacement tablet ships ⟦Mon., Dec. 4⟧ by two-day air, and a prepaid return label for the damaged one is attached. Please pack it in the original box if you still have it.

Best,
Rosa
Circuit Cove Support
""", "The tablet arrived with a cracked screen. I want a replacement, not a refund.\n\nDev", checks=(WDAY,)),
    # 23 imaging clinic. Now Mon 22 Feb 2027: the next 4th is 4 Mar 2027, a Thursday, not a Friday.
    C(GB, "2027-02-22T16:45:00+00:00", LON, """
Hi Alison,

Your follow-up scan has been booked for ⟦Fri 4th⟧ at 2.15pm at the Riverside clinic. Please drink a litre of water an hour beforehand and don't empty your bladder until after the scan.

Kind regards,
Beth
Riverside Imaging
""", "My GP said I need a follow-up scan in the next couple of weeks. Fridays are easiest for me.\n\nAlison", checks=(WDAY,)),
    # 24 wedding venue. Now Wed 1 Sep 2027. 14 Oct 2027 is a Thursday (right); 16 Oct 2027 is a
    # Saturday, not a Friday (wrong).
    C(US, "2027-09-01T12:00:00-04:00", NYC, """
Hi Kayla and Josh,

We're so excited to host your rehearsal dinner! The menu tasting is on Thursday, October 14, 2027 at 5:30 pm, and the final walkthrough with our coordinator is on ⟦Friday, October 16, 2027⟧ at 11 am. Feel free to bring your planner to either one.

Warmly,
Renee
The Willow Barn
""", "We'd love to do a tasting and a walkthrough before the rehearsal dinner. What dates do you have?\n\nKayla", checks=(WDAY,)),

    # ---- impossible-date --------------------------------------------------------------------
    # 25 theatre. Now Tue 10 Mar 2026. April has 30 days.
    C(GB, "2026-03-10T12:00:00+00:00", LON, """
Hi Harriet,

Thanks for booking with the Playhouse! Your four tickets are for the Saturday matinee on ⟦31 April⟧, curtain up at 2.30pm, seats F11 to F14 in the stalls. The e-tickets will arrive by email a week before the show.

Best wishes,
Box Office
The Grange Playhouse
""", "I've paid for four matinee tickets but haven't had a confirmation. Can you check?\n\nHarriet", checks=(IMPOSSIBLE,)),
    # 26 SaaS trial. Now Mon 1 Feb 2027. 2027 is not a leap year.
    C(US, "2027-02-01T10:00:00-05:00", NYC, """
Hi Chris,

I've extended your trial as promised, so you now have full access to every Pro feature through ⟦February 29, 2027⟧. After that your workspace will switch to the free plan unless you add a card, and none of your data will be deleted.

Thanks,
Jordan
Stackwise Support
""", "You said you'd extend my trial. How long have I got now?\n\nChris", checks=(IMPOSSIBLE,)),
    # 27 garage. Now Thu 14 May 2026. June has 30 days.
    C(GB, "2026-05-14T09:10:00+01:00", LON, """
Hi Mr Whitlow,

Just a reminder that the MOT on your Golf runs out on ⟦31st June⟧, so it's worth booking the test a week or two before then. We have slots most mornings, and the test takes about 45 minutes while you wait.

Regards,
Carl
Westfield Motors
""", "When's my MOT due? I've lost the certificate.\n\nAndrew Whitlow", checks=(IMPOSSIBLE,)),
    # 28 pharmacy. Now Tue 20 Oct 2026. 11/31: November has 30 days (and 31 is no month).
    C(US, "2026-10-20T09:00:00-05:00", CHI, """
Hi Ms. Romero,

Your flu shot and booster appointments are confirmed for ⟦11/31/2026⟧ at our Lakeview location. Please bring your insurance card and arrive 10 minutes early to fill out the consent form.

Thank you,
Lakeview Family Pharmacy
""", "I'd like to book a flu shot and my COVID booster together next month if possible.\n\nAna Romero", checks=(IMPOSSIBLE,)),
    # 29 football club. Now Mon 16 Aug 2027. 31/09: September has 30 days (and 31 is no month).
    C(GB, "2027-08-16T11:25:00+01:00", LON, """
Hi Ewan,

Thanks for renewing your season ticket. Your new card will be valid from ⟦31/09/2027⟧ and we'll post it to you during the last week of August. Your old card will keep working until then.

All the best,
Membership Office
Dalmore Rovers FC
""", "Renewed my season ticket online. When does the new card start working?\n\nEwan", checks=(IMPOSSIBLE,)),
    # 30 vet. Now Tue 1 Sep 2026. September has 30 days.
    C(US, "2026-09-01T15:40:00-07:00", LAX, """
Hi Megan,

Thanks for the reminder about Pepper's vaccines. Her rabies booster is due on ⟦September 31st⟧, so let's book her in before then; we have openings most weekday afternoons. The visit takes about 20 minutes.

Best,
Dr. Ng
Sunny Paws Veterinary
""", "When is Pepper due for her rabies shot? I can't find the card.\n\nMegan", checks=(IMPOSSIBLE,)),
    # 31 gym. Now Mon 25 Jan 2027. February never has 30 days.
    C(GB, "2027-01-25T07:30:00+00:00", LON, """
Hi Rhys,

Thanks for joining Forge Fitness! Your January offer means there's no joining fee, and your first direct debit will be taken on ⟦30 February⟧. After that you'll be billed on the 1st of each month.

See you on the gym floor,
Hannah
Forge Fitness
""", "Just signed up online. When will my first payment come out?\n\nRhys", checks=(IMPOSSIBLE,)),

    # ---- past-date: a future promise on a date already gone -----------------------------------
    # 32 furniture. Now Mon 7 Dec 2026: 3 December was last Thursday.
    C(GB, "2026-12-07T11:30:00+00:00", LON, """
Dear Mrs Hughes,

Thank you for your patience while the oak table was finished. I'm pleased to say it has passed our quality check and our two-person team will deliver it on ⟦3 December⟧, bringing the chairs at the same time. They'll assemble everything and take the packaging away.

Kind regards,
Simon
Oakhurst Furniture
""", "It's been ten weeks. When is my table actually arriving?\n\nMargaret Hughes", checks=(PAST,)),
    # 33 SaaS. Now Wed 14 Apr 2027: April 9 was last Friday.
    C(US, "2027-04-14T10:00:00-07:00", LAX, """
Hi Greg,

Thanks for opting in to the new analytics plan. Your account will be migrated on ⟦April 9⟧, and you won't need to do anything on your side. Existing reports and saved filters will carry over automatically.

Best,
Nina
Metricly Support
""", "I've opted in to the new plan. When does the switch happen and do I lose my reports?\n\nGreg", checks=(PAST,)),
    # 34 hotel. Now Thu 1 Oct 2026: 28 Sep 2026 was Monday.
    C(GB, "2026-10-01T15:00:00+01:00", LON, """
Dear Mr Adebayo,

Thank you for your enquiry about the wedding block. We're happy to hold the twelve rooms at the group rate until ⟦28 September 2026⟧, after which any unconfirmed rooms will be released for general sale. A deposit of £50 per room secures each booking.

Kind regards,
Events Team
The Kingsmere Hotel
""", "Could you hold a block of twelve rooms for our wedding guests while they decide?\n\nTunde Adebayo", checks=(PAST,)),
    # 35 roofer. Now Mon 19 Jul 2027: Monday, July 12 (weekday right) was a week ago.
    C(US, "2027-07-19T08:00:00-04:00", NYC, """
Hi Mr. Delgado,

The shingles have arrived, so we're all set. Our crew will start tearing off the old roof on ⟦Monday, July 12⟧ and should be finished in three days if the weather holds. We'll put a dumpster in the driveway the evening before.

Thanks,
Luis
Summit Roofing
""", "Are the shingles in yet? When can you start?\n\nRay Delgado", checks=(PAST,)),
    # 36 courier. Now Mon 4 Jan 2027: 30/12/2026 was last Wednesday (30 cannot be a month).
    C(GB, "2027-01-04T14:20:00+00:00", LON, """
Hi Connor,

Sorry the driver missed you over the holidays. We've rebooked the delivery and your parcel will now be brought round on ⟦30/12/2026⟧ between 9am and 1pm. You can add a safe-place note through the tracking link if you won't be in.

Thanks,
Aisha
Parcelwise
""", "Your driver left a card saying he'd try again but nobody has come. Where's my parcel?\n\nConnor", checks=(PAST,)),
    # 37 college. Now Fri 25 Sep 2026: Sept. 21 was Monday.
    C(US, "2026-09-25T17:30:00-05:00", CHI, """
Hi Maria,

You're all set for Intro to Ceramics! Classes will begin ⟦Sept. 21⟧ in Room B114, and the supply kit is included in your fee. Please wear clothes you don't mind getting clay on.

Best,
Continuing Ed Office
Prairie View College
""", "I just paid for the ceramics class. When does it start and do I need to buy clay?\n\nMaria", checks=(PAST,)),
    # 38 heating. Now Tue 9 Jun 2026: 2026-06-03 was last Wednesday.
    C(GB, "2026-06-09T10:15:00+01:00", LON, """
Hi Mr Osei,

Thanks for chasing this up. The replacement fan for your boiler is on order and the supplier will deliver it to our depot by ⟦2026-06-03⟧, so we'll call you as soon as it arrives to book the fitting. The boiler is safe to leave switched off until then.

Kind regards,
Warmworks Heating
""", "Any news on the part for my boiler? It's been over a week.\n\nKwame Osei", checks=(PAST,)),

    # ---- ambiguous-numeric-date: day and month both 1-12 and different ------------------------
    # 39 dentist. Now Tue 2 Feb 2027. 03/08/2027: 3 Aug or 8 Mar, both ahead.
    C(GB, "2027-02-02T10:30:00+00:00", LON, """
Hi Jo,

Thanks for calling in. Your six-month check-up has been booked for ⟦03/08/2027⟧ at 10.15am with Mr Patel. We'll send a text reminder two days before.

Kind regards,
Reception
Elm Tree Dental
""", "Can I book my next check-up please? Mornings are best.\n\nJo", checks=(NUMERIC,)),
    # 40 SaaS. Now Tue 2 Mar 2027. 7/8/2027: 8 Jul or 7 Aug.
    C(US, "2027-03-02T13:00:00-08:00", LAX, """
Hi Rebecca,

Thanks for confirming the upgrade to the Team plan. Your contract will renew on ⟦7/8/2027⟧ at the new annual rate, and the invoice will go to the billing email on file. You can add seats at any time before then at the prorated price.

Best,
Aaron
Quillstack Billing
""", "We're upgrading to Team. When does our contract renew now?\n\nRebecca", checks=(NUMERIC,)),
    # 41 holiday let, two labels. Now Wed 14 Oct 2026. 4/12: 4 Dec or 12 Apr; 11/12: 11 Dec or
    # 12 Nov; all four readings are ahead.
    C(GB, "2026-10-14T20:05:00+01:00", LON, """
Hi Mr and Mrs Doyle,

Thank you for booking Gull Cottage! We have you arriving on ⟦4/12⟧ and leaving on ⟦11/12⟧, and the key safe code will be sent the day before you arrive. There's a welcome hamper and plenty of logs for the wood burner.

Best wishes,
Fiona
Cove Holiday Lets
""", "We've just paid for a week at Gull Cottage. Can you confirm the dates and how we get in?\n\nSean Doyle", checks=(NUMERIC, NUMERIC)),
    # 42 desks. Now Wed 30 Sep 2026. 10/11: 11 Oct or 10 Nov.
    C(US, "2026-09-30T10:20:00-04:00", NYC, """
Hi Terrence,

Thanks for your order of the standing desk! It's being built to order, and the estimated delivery date is ⟦10/11⟧. We'll email you tracking details once it leaves our facility in Ohio.

Thanks,
Risewell Desks Customer Care
""", "When will my desk arrive? I'm setting up a home office.\n\nTerrence", checks=(NUMERIC,)),
    # 43 appliance repair. Now Thu 20 May 2027. 06.07.2027: 6 Jul or 7 Jun.
    C(GB, "2027-05-20T16:00:00+01:00", LON, """
Hi Claudia,

Thanks for your patience while we sourced the part. Our engineer will install the new compressor on ⟦06.07.2027⟧, and the fridge will need to be empty and switched off an hour beforehand. We'll confirm the arrival window by text the day before.

Kind regards,
CoolFix Appliance Repairs
""", "Has the compressor for my fridge come in yet?\n\nClaudia", checks=(NUMERIC,)),
    # 44 warranty. Now Mon 15 Nov 2027 (EST). 2/3/29: 3 Feb or 2 Mar 2029.
    C(US, "2027-11-15T12:00:00-05:00", NYC, """
Hi Paul,

Your extended warranty has been registered to the dishwasher's serial number. Coverage runs until ⟦2/3/29⟧, and it includes parts, labor and one free service visit each year. Keep this email as your proof of purchase.

Thanks,
Brightline Appliance Protection
""", "I bought the 2-year extended warranty with my dishwasher. Is it registered?\n\nPaul", checks=(NUMERIC,)),
    # 45 visa service. Now Mon 24 Aug 2026. 09/10/2026: 9 Oct or 10 Sep.
    C(GB, "2026-08-24T11:00:00+01:00", LON, """
Hi Sanjay,

Thanks for sending over your documents. Your visa appointment at our Manchester office is confirmed for ⟦09/10/2026⟧, and you'll need to bring your passport and two printed photos. The appointment itself takes around 30 minutes.

Kind regards,
Kirsty
Northpoint Visa Services
""", "Documents attached. Please book me the first appointment you have.\n\nSanjay", checks=(NUMERIC,)),

    # ---- missing-timezone: recipient elsewhere, time with no zone -----------------------------
    # 46 broadband. Now Thu 10 Jun 2027, London; the customer says she lives in Sydney. Tue 15 Jun
    # 2027 is a Tuesday.
    C(GB, "2027-06-10T09:00:00+01:00", LON, """
Hi Grace,

Thanks for the details about the router. One of our technicians will phone you at ⟦9am⟧ on Tuesday 15 June to walk through the firmware update with you. The call should take about twenty minutes, so have the router's admin password handy.

Kind regards,
Ollie
Netwave Support
""", "Hi, my router keeps dropping the connection since your update. I live in Sydney, so please don't call me in the middle of the night!\n\nGrace", checks=(NOZONE,)),
    # 47 CRM onboarding. Now Fri 4 Sep 2026, New York; recipient in Los Angeles. Thu 10 Sep 2026
    # is a Thursday.
    C(US, "2026-09-04T15:00:00-04:00", NYC, """
Hi Marisol,

Thanks for the quick reply. I've booked the data migration call for Thursday, September 10 at ⟦2:30 pm⟧, and our engineer, Kevin, will send you a Zoom link beforehand. Please have admin access to your old CRM ready.

Best,
Hannah
Bridgepoint CRM Onboarding
""", "Thursday next week works for the migration call. Afternoons are better.\n\nMarisol", rtz=LAX, checks=(NOZONE,)),
    # 48 events venue. Now Wed 7 Apr 2027, London; recipient in New York. Mon 12 Apr 2027 is a
    # Monday.
    C(GB, "2027-04-07T12:00:00+01:00", LON, """
Dear Ms Lindqvist,

Thank you for your enquiry about the private dining room. Our events manager, James, will ring you at ⟦15:00⟧ on Monday 12 April to talk through menus and numbers. If that doesn't suit, just reply with a better time.

Kind regards,
The Events Team
Beaumont House
""", "We're planning a dinner for 30 in London this September and would like to discuss the private dining room by phone.\n\nAstrid Lindqvist", rtz=NYC, checks=(NOZONE,)),
    # 49 billing. Now Wed 25 Nov 2026, Chicago (CST); the customer says he's in Berlin. Mon 30 Nov
    # 2026 is a Monday. am is given; the zone is not.
    C(US, "2026-11-25T10:00:00-06:00", CHI, """
Hi Stefan,

Thanks for reaching out about the billing error. Our billing specialists can call you ⟦between 8 and 11 am⟧ on Monday, November 30, or you can reply here and we'll sort it out by email instead. Either way, the duplicate charge will be reversed.

Best,
Tasha
Crestline Billing Support
""", "I've been charged twice for my subscription. I'm currently in Berlin for work for the next month, so calls are tricky.\n\nStefan", checks=(NOZONE,)),
    # 50 data tool. Now Fri 29 Jan 2027, London; recipient in Kolkata. Wed 3 Feb 2027 is a
    # Wednesday.
    C(GB, "2027-01-29T11:00:00+00:00", LON, """
Hi Arjun,

Thanks for sending the logs. Shall we do a screen share at ⟦4.30pm⟧ on Wednesday 3 February? I'll be able to see exactly where the export is failing and fix the mapping with you there and then.

Best regards,
Emma
Datacraft Support
""", "The CSV export still fails at row 2,000. Logs attached. Can we look at it together?\n\nArjun", rtz="Asia/Kolkata", checks=(NOZONE,)),
    # 51 tutoring. Now Mon 23 Aug 2027, New York; the family has moved to Honolulu. Sat 4 Sep 2027
    # is a Saturday.
    C(US, "2027-08-23T14:00:00-04:00", NYC, """
Hi Leilani,

Welcome to BrightPath Tutoring! Your son's math sessions with Ms. Carter will run on Saturdays at ⟦10 a.m.⟧, starting Saturday, September 4. Each session is 50 minutes over video call, and she'll email homework afterward.

Thanks,
BrightPath Tutoring
""", "We've just moved to Honolulu and need an online math tutor for my son, Kai, grade 7. Weekends work best.\n\nLeilani", checks=(NOZONE,)),
    # 52 payroll software. Now Tue 2 Mar 2027, Sydney (AEDT); recipient in Auckland (NZDT, two
    # hours ahead). Tue 9 Mar 2027 is a Tuesday.
    C(GB, "2027-03-02T14:00:00+11:00", SYD, """
Hi Aroha,

Thanks for signing up to Payroo. Your onboarding session with Liam is booked for Tuesday 9 March at ⟦11am⟧, and it runs for about an hour. He'll help you import your staff list and set up your first pay run.

Cheers,
Jess
Payroo Customer Success
""", "Kia ora, we've just signed up and would like help getting our staff loaded.\n\nAroha", rtz="Pacific/Auckland", checks=(NOZONE,)),
    # 53 product launch, two labels. Now Wed 12 May 2027, Los Angeles; the customer is in London.
    # Wed 19 May 2027 is a Wednesday.
    C(US, "2027-05-12T09:30:00-07:00", LAX, """
Hi Oliver,

Thanks for registering for the Cloudpeak product launch! The keynote starts at ⟦9:00 am⟧ on Wednesday, May 19, 2027, and the live Q&A with our engineers follows at ⟦10:15 am⟧. You can join from the link in your confirmation email, and a recording will be available afterward.

Best,
Priya
Cloudpeak Events
""", "Hi, I'm based in London. Will the launch event be at a sensible hour for me, and will there be a recording?\n\nOliver", checks=(NOZONE, NOZONE)),

    # ---- zone-mismatch: abbreviation against the season or the offset -------------------------
    # 54 payments API. Now Mon 12 Jul 2027. Sat 17 Jul 2027 is a Saturday; New York is on EDT
    # in July, not EST.
    C(US, "2027-07-12T10:00:00-04:00", NYC, """
Hi Keisha,

Heads-up on planned maintenance: the payments API will be unavailable on Saturday, July 17, 2027 from 1:00 to 3:00 a.m. ⟦EST⟧. Queued requests will retry automatically once it's back, so you shouldn't need to change anything.

Thanks,
Owen
Paystream Platform Team
""", "Is there any downtime planned this month? We have a big sale going live.\n\nKeisha", checks=(ZONE,)),
    # 55 textiles. Now Tue 3 Aug 2027, London; recipient in Los Angeles. Thu 12 Aug 2027 is a
    # Thursday; the Pacific coast is on PDT in August, not PST.
    C(GB, "2027-08-03T16:00:00+01:00", LON, """
Hi Danielle,

Thanks for your interest in our wholesale range. I've booked a video call with our buyer, Tom, for Thursday 12 August at 10am ⟦PST⟧, which should be first thing your end. He'll take you through the autumn samples and trade pricing.

Kind regards,
Georgia
Loom & Larch Textiles
""", "We're a boutique in Santa Monica interested in stocking your throws. Could we set up a call?\n\nDanielle", rtz=LAX, checks=(ZONE,)),
    # 56 marine supplies. Now Mon 5 Jul 2027, London (BST); recipient in Dubai. Fri 16 Jul 2027 is
    # a Friday; in July London is on BST, so "3pm GMT" is 4pm in London.
    C(GB, "2027-07-05T12:30:00+01:00", LON, """
Hi Faisal,

Thanks for confirming the order. I've set up the handover call with our logistics team for Friday 16 July at 3pm ⟦GMT⟧, when we'll go through the shipping documents and the customs paperwork for Jebel Ali. The call link is in the calendar invite.

Best regards,
Rupert
Alder Marine Supplies
""", "Order confirmed. Please arrange a call to go through the shipping documents.\n\nFaisal", rtz="Asia/Dubai", checks=(ZONE,)),
    # 57 print shop. Now Mon 7 Jun 2027, Sydney (AEST). Mon 14 Jun 2027 is a Monday; Sydney is on
    # AEST in June, not AEDT.
    C(GB, "2027-06-07T10:00:00+10:00", SYD, """
Hi Tegan,

Thanks for your patience with the invoice mix-up. I've booked a call with our accounts lead for Monday 14 June at 2pm ⟦AEDT⟧ to go through the corrected statement line by line. If that time doesn't suit, just let me know.

Cheers,
Mia
Koala Print Co.
""", "Our last statement doesn't match the invoices at all. Can someone walk me through it?\n\nTegan", checks=(ZONE,)),
    # 58 sync tool. Now Tue 12 Jan 2027, New York; recipient in London. Tue 19 Jan 2027 is a
    # Tuesday; EST is UTC-5, not UTC-4.
    C(US, "2027-01-12T11:00:00-05:00", NYC, """
Hi Imogen,

Thanks for your patience while we looked into the sync issue. I've scheduled a call with our senior engineer for Tuesday, January 19, 2027 at 11:00 am ⟦EST (UTC-4)⟧, which should be mid-afternoon for you in London. She'll have your account logs ready.

Best,
Carlos
Syncbase Support
""", "The calendar sync has been broken for a week. I'd like to speak to an engineer.\n\nImogen", rtz=LON, checks=(ZONE,)),
    # 59 components maker. Now Tue 2 Nov 2027, Berlin (CET); recipient in London. Wed 10 Nov 2027
    # is a Wednesday; CET is UTC+1, not UTC+2.
    C(GB, "2027-11-02T09:00:00+01:00", BER, """
Dear Mr Fairbairn,

Thank you for registering for our supplier training. The session will take place online on Wednesday 10 November 2027 at 09:00 ⟦CET (UTC+2)⟧ and will last around two hours. Joining instructions will follow by email.

Kind regards,
Katrin Vogel
Haller Components GmbH
""", "Please register me for the November supplier training.\n\nIan Fairbairn", rtz=LON, checks=(ZONE,)),
    # 60 demo. Now Tue 8 Dec 2026, Los Angeles; recipient in New York. Fri 18 Dec 2026 is a
    # Friday; the Pacific coast is on PST in December, not PDT.
    C(US, "2026-12-08T16:30:00-08:00", LAX, """
Hi Jamal,

Thanks for registering for the year-end product demo. It's on Friday, December 18, 2026 at 5 pm ⟦PDT⟧ (8 pm Eastern), and it'll run about an hour with time for questions. We'll send the recording to everyone who signs up.

Best,
Harper
Tiderow Software
""", "Signed up for the demo. What time is it on the East Coast?\n\nJamal", rtz=NYC, checks=(ZONE,)),
]

# --------------------------------------------------------------------------------------------
# negatives: correct, complete dates and times
# --------------------------------------------------------------------------------------------
DATETIME_NEG = [
    # 01 SaaS, Los Angeles to New York. Now Tue 1 Dec 2026. Thu 10 Dec and Tue 15 Dec 2026 are
    # right; every time carries a zone.
    C(US, "2026-12-01T10:00:00-08:00", LAX, """
Hi Renata,

Thanks for asking about the rollout. The new reporting module goes live on Thursday, December 10, 2026 at 4:15 pm Pacific Time (7:15 pm Eastern), and we'll host a walkthrough on Tuesday, December 15, at 10 am PT. Both sessions will be recorded for anyone who can't attend live.

Best,
Owen
Kitepoint Customer Success
""", "When is the reporting module launching? Our team is on the East Coast.\n\nRenata", rtz=NYC),
    # 02 inn, same zone. Now Tue 1 Dec 2026. Fri 11 and Sun 13 Dec 2026 are right.
    C(GB, "2026-12-01T09:15:00+00:00", LON, """
Dear Mrs Kaur,

Thank you for booking your stay at the Ashdown Inn. We're expecting you on Friday 11 December 2026 for two nights; rooms are ready from 3pm and check-out is by 11am on Sunday 13 December. Breakfast is served 7–10am in the snug, and your table for dinner on the Saturday is booked for 19:30.

Kind regards,
Tom
The Ashdown Inn
""", "Could you confirm our weekend booking and book us a table for dinner on the Saturday night?\n\nHarjit Kaur", ),
    # 03 router, Chicago to Los Angeles. Now Mon 7 Dec 2026. Fri 11 Dec 2026 is right; zones given.
    C(US, "2026-12-07T15:00:00-06:00", CHI, """
Hi Brandon,

Your replacement router has shipped and is scheduled to arrive Fri Dec 11, 10am–2pm PT. The driver will need a signature, so if nobody's home you can pick it up from the depot after 5 pm PT that day. Tracking updates will come by text.

Thanks,
Carmen
Linkfast Support
""", "My router died. Is the replacement on its way?\n\nBrandon", rtz=LAX),
    # 04 API maintenance, ISO date and UTC, London to Singapore. Now Tue 9 Mar 2027. 09:30 UTC is
    # 17:30 in Singapore (UTC+8).
    C(GB, "2027-03-09T08:00:00+00:00", LON, """
Hi Wei Ling,

Thanks for checking before you scheduled your batch jobs. Our maintenance window is 2027-03-15 09:30–10:30 UTC, which is 17:30–18:30 in Singapore. During that hour the API will return 503s, so please pause any imports.

Best regards,
Nadia
Relaybase Operations
""", "Is there any maintenance coming up? We run large imports mid-month.\n\nWei Ling", rtz="Asia/Singapore"),
    # 05 restaurant. Now Thu 6 May 2027. Sat 15 May 2027 is right; "7:30 in the evening" settles it.
    C(GB, "2027-05-06T14:00:00+01:00", LON, """
Hi Charlotte,

Lovely to hear from you again. I've booked a table for eight on Saturday 15 May at 7:30 in the evening, and the private room is yours until 11pm. We'll have the birthday cake plated up for dessert as you asked.

Best,
Marco
Trattoria Lucia
""", "Could we book the private room for eight on the 15th for my mum's birthday? I'll bring a cake.\n\nCharlotte", ),
    # 06 appliance delivery, a range with one pm. Now Tue 21 Apr 2026. Thu 23 Apr 2026 is right.
    C(US, "2026-04-21T11:00:00-04:00", NYC, """
Hi Mr. Hill,

Your new washer is scheduled for delivery on Thursday, April 23, between 2 and 4 pm. Our installers will hook it up, haul away the old machine, and run a test cycle before they leave. Please make sure the water valves behind the old unit are accessible.

Thanks,
Delivery Team
Brightway Appliances
""", "When's my washer coming? I need to arrange to be home.\n\nGerald Hill", ),
    # 07 GP surgery, "noon". Now Mon 20 Jul 2026. Wed 22 Jul 2026 is right.
    C(GB, "2026-07-20T10:00:00+01:00", LON, """
Hi Sian,

We've had a cancellation, so we can see you at noon on Wednesday 22 July instead of the slot in August. The appointment is with Dr Hale and will take around 20 minutes. Please bring a list of your current medication.

Best wishes,
Rowan Surgery Reception
""", "Is there any chance of an earlier appointment than August? The rash is getting worse.\n\nSian", ),
    # 08 outdoor clothing, past dates in the past tense. Now Wed 9 Dec 2026: 2 and 4 Dec are gone
    # and told as gone; 18 Dec is ahead.
    C(US, "2026-12-09T16:00:00-05:00", NYC, """
Hi Jordan,

I've looked into your order history. We received the returned jacket on December 2, and the refund of $129.99 was issued on December 4 to your original card. Banks usually post refunds within 5–10 business days, so it should appear by December 18 at the latest.

Best,
Alana
Northbound Outfitters
""", "I sent the jacket back ages ago and still haven't seen a refund.\n\nJordan", ),
    # 09 decorator, "half four in the afternoon", "quarter past six in the evening". Now Mon 11 Oct
    # 2027. Thu 14 Oct 2027 is right.
    C(GB, "2027-10-11T18:20:00+01:00", LON, """
Hi Pete,

Thanks for getting back to me. The decorator can come round to measure up on Thursday 14 October at half four in the afternoon, and I'll drop the colour charts through your door beforehand. If that's too early for you, he could do quarter past six in the evening instead.

Cheers,
Dean
Haywood Decorators
""", "I'm not back from work until about five most days. When could someone come to measure the hallway?\n\nPete", ),
    # 10 landscaping, "8–10am", "noonish". Now Tue 15 Jun 2027. Sat 19 and Sat 26 Jun 2027 are right.
    C(US, "2027-06-15T09:00:00-05:00", CHI, """
Hi Tanya,

Your landscaping crew is booked for Saturday, June 19, with an 8–10am arrival, and they usually wrap up around noonish for a yard your size. If it rains, we'll move you to Saturday, June 26 and text you by 6 pm the evening before.

Thanks,
Greenleaf Lawn & Garden
""", "Can you do the back yard on a Saturday? What if it rains?\n\nTanya", ),
    # 11 register office, an unambiguous numeric date (25 cannot be a month). Now Wed 4 Nov 2026.
    C(GB, "2026-11-04T15:30:00+00:00", LON, """
Hi Fatima,

Your documents arrived safely, thank you. Your notice of marriage appointment is on 25/11/2026 at 10:40am, and you should allow about an hour. Please bring your original birth certificate as well as the copy.

Kind regards,
Ciara
Mersey Register Office
""", "I've posted the documents for giving notice. When is our appointment?\n\nFatima", ),
    # 12 apartments, US numeric dates that read one way only (07/07 is the same both ways; 31 and
    # 25 cannot be months). Now Tue 18 May 2027.
    C(US, "2027-05-18T10:00:00-04:00", NYC, """
Hi Luke,

Your lease renewal paperwork is ready in the resident portal. The new term starts 07/07/2027 and runs through 07/31/2028 at the same monthly rent. Please sign and return it by 06/25/2027 so we can lock in the current rate.

Best,
Property Management Office
Cedar Point Apartments
""", "Is my renewal ready to sign? I want to stay another year.\n\nLuke", ),
    # 13 charity swim, a real leap day. Now Mon 22 Nov 2027. 29 Feb 2028 is a Tuesday.
    C(GB, "2027-11-22T12:00:00+00:00", LON, """
Hi Dominic,

Thanks for signing up for our leap-day charity swim! It takes place on Tuesday 29 February 2028 at the Marlowe Leisure Centre, with the first wave in the water at 6:30am. Your sponsorship page is live, and we'll send your swim cap in the post in January.

Best wishes,
Eleanor
Tidewater Trust
""", "Signed up for the leap-day swim. When and where is it?\n\nDominic", ),
    # 14 SaaS, New York to Los Angeles, EDT in July is right. Now Tue 6 Jul 2027. Thu 15 Jul 2027
    # is right; 3 pm EDT is noon PDT.
    C(US, "2027-07-06T13:00:00-04:00", NYC, """
Hi Megan,

Thanks for your patience on the export issue. Our engineering lead can meet with you on Thursday, July 15 at 3:00 pm EDT (noon PDT), and the session should take about 30 minutes. I'll send the invite to your work calendar.

Best,
Rafael
Exportly Support
""", "Can I get time with an engineer about the broken exports? I'm in Portland, Oregon.\n\nMegan", rtz=LAX),
    # 15 GB to New York, GMT in January is right. Now Tue 5 Jan 2027. Fri 15 Jan 2027 is right;
    # 14:00 GMT is 9am EST.
    C(GB, "2027-01-05T10:30:00+00:00", LON, """
Dear Mr Russo,

Thank you for your order of the bespoke shirts. Our head cutter will call you on Friday 15 January at 14:00 GMT, which is 9am your time in New York, to confirm your measurements. The call will take no more than fifteen minutes.

Kind regards,
Henry
Albemarle Shirtmakers
""", "I'd like to confirm my measurements by phone before you cut. I'm in New York.\n\nVincent Russo", rtz=NYC),
    # 16 London to Paris, BST and CEST in June are right. Now Tue 1 Jun 2027. Wed 9 Jun 2027 is right.
    C(GB, "2027-06-01T11:00:00+01:00", LON, """
Hi Élodie,

Thanks for your patience with the translation files. I've booked a review call with our project manager for Wednesday 9 June at 10:00 BST (11:00 CEST), and we'll go through the glossary together. The updated files will be in the shared folder beforehand.

Best wishes,
Anna
Wordbridge Translations
""", "We need to go through the glossary changes before the next delivery. When can we talk?\n\nÉlodie", rtz="Europe/Paris"),
    # 17 Sydney to Tokyo, AEST in July is right. Now Mon 12 Jul 2027. Thu 22 Jul 2027 is right;
    # 4pm AEST is 3pm JST.
    C(GB, "2027-07-12T09:00:00+10:00", SYD, """
Hi Haruto,

Thanks for your interest in our surf camps. I've booked a video call with our bookings manager for Thursday 22 July at 4pm AEST, which is 3pm in Tokyo. She'll go through the group rates and the January 2028 camp dates.

Cheers,
Zoe
Bondi Break Surf School
""", "We'd like to bring a group of twelve from Tokyo next year. Can we talk about prices?\n\nHaruto", rtz="Asia/Tokyo"),
    # 18 Sydney to Brisbane, AEDT in December is right. Now Mon 6 Dec 2027. Tue 14 Dec 2027 is
    # right; Brisbane keeps AEST, an hour behind.
    C(GB, "2027-12-06T15:00:00+11:00", SYD, """
Hi Callum,

Thanks for your patience while we investigated the outage. I've set up a review meeting with our network team for Tuesday 14 December 2027 at 9:30am AEDT (8:30am in Brisbane). We'll share the incident report with you beforehand.

Kind regards,
Ava
Harbourline Networks
""", "We want a proper review of last week's outage with your network team.\n\nCallum", rtz="Australia/Brisbane"),
    # 19 Berlin to London, "CET (UTC+1)" in January is right. Now Tue 5 Jan 2027. Mon 18 Jan 2027
    # is right.
    C(GB, "2027-01-05T09:30:00+01:00", BER, """
Dear Ms Okonkwo,

Thank you for your interest in our laboratory equipment. Our product specialist will present the new centrifuge range online on Monday 18 January 2027 at 14:00 CET (UTC+1), which is 13:00 in London. A recording will be shared with all registered attendees.

Kind regards,
Jonas Weber
Kessler Labtech GmbH
""", "Could we see a demo of the new centrifuges? We're based in London.\n\nAdaeze Okonkwo", rtz=LON),
    # 20 coach tour, 24-hour times. Now Mon 14 Sep 2026. Sat 26 Sep 2026 is right.
    C(GB, "2026-09-14T16:00:00+01:00", LON, """
Hi Margaret,

Thank you for booking the Cotswolds day trip. The coach departs from the bus station at 07:00 on Sat 26 Sep and is due back by 18:45. Lunch is included, and there's a stop at Bourton-on-the-Water from 11:15 to 13:00.

Kind regards,
Daisy
Heritage Coach Tours
""", "Please confirm our two seats on the Cotswolds trip and the times.\n\nMargaret", ),
    # 21 clinic, same zone, no place named: a time with a.m. needs no zone. Now Tue 23 Feb 2027.
    # Mon 1 Mar 2027 is right.
    C(US, "2027-02-23T10:00:00-05:00", NYC, """
Hi Andre,

Your knee MRI is scheduled for Monday, March 1, 2027 at 8:15 a.m. at our Midtown imaging center. Please arrive 20 minutes early to complete the screening form, and leave any jewelry at home.

Thank you,
Scheduling Team
Hudson Orthopedics
""", "Please let me know when my MRI is booked. Early mornings work best.\n\nAndre", ),
    # 22 judgement call: the customer names a place in the writer's own zone (Leeds, London time),
    # so "2pm" needs no zone. Now Fri 19 Feb 2027. Thu 25 Feb 2027 is right.
    C(GB, "2027-02-19T12:00:00+00:00", LON, """
Hi Naomi,

Thanks for your patience with the damp survey. Our surveyor, Gregor, will call you at 2pm on Thursday 25 February to talk through his findings and the quote. If that time doesn't work, reply and we'll find another slot.

Kind regards,
Yasmin
Dryline Surveys
""", "Hi, I'm in Leeds and work from home, so any afternoon is fine for a call about the survey results.\n\nNaomi", ),
    # 23 judgement call: "tomorrow" anchored with its date and weekday. Now Wed 9 Dec 2026.
    # Thu 10 Dec 2026 is right.
    C(GB, "2026-12-09T15:00:00+00:00", LON, """
Hi Kieran,

Good news: your Christmas tree and stand are on the van for tomorrow, Thursday 10 December, between 8am and noon. The driver will text you when he's about thirty minutes away, and he can bring the tree inside if you'd like.

Best,
Molly
Evergreen Tree Co.
""", "Has my tree been dispatched yet? I'd like it before the weekend.\n\nKieran", ),
    # 24 judgement call: "today" for a thing already done, not a deadline; EST for a February date
    # is right. Now Mon 1 Feb 2027. Mon 8 Feb 2027 is right.
    C(US, "2027-02-01T11:45:00-05:00", NYC, """
Hi Sofia,

I've processed your refund for the duplicate booking today, and you'll receive a confirmation email shortly. Your remaining reservation is for Monday, February 8, 2027, with check-in after 4:00 pm EST. Let me know if there's anything else I can help with.

Best regards,
Marcus
The Lexington Suites
""", "I was charged twice for the same room! Please refund one of them.\n\nSofia", ),
    # 25 electronics, "Dec. 4" with the right weekday. Now Mon 30 Nov 2026. 4 Dec 2026 is a Friday.
    C(US, "2026-11-30T13:00:00-08:00", LAX, """
Hi Dev,

Thanks for your patience. Your replacement headphones ship Fri., Dec. 4, 2026 by ground, and they should reach you within three business days. I've added a prepaid return label for the faulty pair to this email.

Best,
Rosa
Circuit Cove Support
""", "The left earcup on my headphones has stopped working. Can I get a replacement?\n\nDev", ),
    # 26 shop, across the new year. Now Mon 28 Dec 2026. Mon 4 Jan 2027 is right and "the 4th"
    # repeats it.
    C(GB, "2026-12-28T17:10:00+00:00", LON, """
Hi Jess,

Thanks for your order. Our workshop is closed over the new year and reopens on Monday 4 January, so your frame will go into production from the 4th. Framing takes five working days, and we'll email you as soon as it's dispatched.

Happy new year,
Tilly
Picture Perfect Framing
""", "Just ordered a frame for a print. Are you open over the holidays?\n\nJess", ),
    # 27 grant portal deadline, "11:59 pm ET". Now Mon 22 Feb 2027. Sun 28 Feb 2027 is right.
    C(US, "2027-02-22T09:00:00-05:00", NYC, """
Hi Dr. Brennan,

Thanks for your question about the spring grant round. Applications close on Sunday, February 28, 2027 at 11:59 pm ET, and the portal will not accept uploads after that. Reviewers will announce decisions in mid-April.

Best regards,
Grants Office
Northfield Arts Foundation
""", "When exactly do applications close? I'm travelling the week before.\n\nDr. Sean Brennan", ),
    # 28 plumber, numbers that are not dates or times: £6.45, 15mm, a 3/4-inch fitting, 24/7.
    # Now Mon 5 Apr 2027. Thu 8 Apr 2027 is right.
    C(GB, "2027-04-05T08:40:00+01:00", LON, """
Hi Helen,

Thanks for the photos. The drip is coming from the 3/4-inch fitting under the sink, and the replacement part is only £6.45, so it's a quick fix. Our plumber can come on Thursday 8 April at 10am, and our emergency line is open 24/7 if it gets worse before then.

Cheers,
Gav
Tapright Plumbing
""", "There's a slow drip under my kitchen sink. Photos attached. Can someone come and look?\n\nHelen", ),
    # 29 salon, "four o'clock in the afternoon". Now Mon 4 Oct 2027. Wed 13 Oct 2027 is right.
    C(US, "2027-10-04T12:00:00-07:00", LAX, """
Hi Brianna,

We'd love to have you back! Your color appointment with Jade is on Wednesday, October 13 at four o'clock in the afternoon, and it'll take about two and a half hours. Please come with dry, unwashed hair.

See you soon,
Studio Nine Salon
""", "Can I get in with Jade for color sometime in the next couple of weeks? I'm free after 3.\n\nBrianna", ),
    # 30 accounting software, a deadline with day, date, time and zone. Now Fri 4 Jun 2027,
    # London. Fri 11 Jun 2027 is right.
    C(GB, "2027-06-04T17:45:00+01:00", LON, """
Hi Rajesh,

Thanks for getting in touch about the migration. To move your books over before the quarter closes, please send us your exported ledgers by 5pm BST on Friday 11 June 2027. Our team works Monday to Friday, 9am–5:30pm UK time, and we'll confirm receipt within one working day.

Kind regards,
Lucy
Ledgerline Migrations
""", "We want to move our books over to your software before the quarter closes. What do you need from us?\n\nRajesh", ),
]

CASES = {"datetime": (DATETIME_POS, DATETIME_NEG)}
