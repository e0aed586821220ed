"""The hand-written cases of Tactful's eighth held-out date/time set (built by build_datetime_holdout8.py).

Each case is a customer-service reply (``text``) with the customer's email it answers (``thread``)
and the context the date/time checks need: ``now`` (ISO 8601 with the writer's UTC offset at that
instant), ``timezone`` (the writer's IANA zone), ``recipient_timezone`` (only where the customer's
zone is known) and ``locale``. Flagged expressions are wrapped in ⟦ ⟧, and ``checks`` names, in
order, which of the eight checks each marked span is a case of. Negatives mark nothing.

Written blind (see README.md): every weekday, past/future relation, UTC offset and time conversion
was computed with Python's calendar, datetime and zoneinfo, not from memory. All dates are in 2032
(a leap year) unless a case says otherwise.
"""

from datetime_format import case  # the shared helper (datetime_format.py); the builder puts datasets/ on the path

POSITIVES = [
    # --- ambiguous-time -----------------------------------------------------------------------
    # 01: Scottish golf club in June; the customer offers an early round or a twilight one.
    case("Hi Callum,\n\nThanks for getting in touch about a fourball for you and your colleagues 🏌️. "
         "I've pencilled you in for Thursday 10 June at ⟦7:40⟧ off the 1st tee, and green fees are £38 a "
         "head for members' guests. If that doesn't suit, let me know by Wednesday 9 June and I'll "
         "release the slot.\n\nKind regards,\nFiona Laird\nPro Shop, Kinross Links Golf Club",
         "Hi, four of us are after a round on Thursday this week. We can do an early one before work or "
         "a twilight round after work, whichever you have free.\nCallum Reid",
         "2032-06-08T10:15:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),
    # 02: Sydney marina in February (long summer evenings); the owner can come first thing or after work.
    case("Hi Declan,\n\nThe travel-lift is booked for your Jeanneau on Tuesday 24 February, and we'll need "
         "her alongside the lift dock at ⟦6:15⟧. The antifouling crew will have her for three days, so "
         "you can expect her back in the water on Friday 27 February. Hardstand fees are $42 a day "
         "including GST.\n\nCheers,\nMegan\nRushcutters Bay Marina",
         "Hi Megan, happy to bring her round first thing in the morning or after work in the evening, "
         "whichever suits the lift crew. Declan",
         "2032-02-19T14:30:00+11:00", "Australia/Sydney", "en-GB", ["ambiguous-time"]),
    # 03: Boston piano teacher; "12:00 am" on a Friday (the start or the end of it?).
    case("Hi Priya,\n\nThanks for sending Arjun's repertoire list — the Clementi sonatina and the "
         "Kabalevsky are perfect choices for the spring recital. Recordings for the pre-screening round "
         "must be uploaded by ⟦12:00 am⟧ on Friday, April 16, and the recital itself is on Sunday, May 2, "
         "at 3 p.m. in the Fenway Community Room.\n\nPlease make sure the video shows both his hands and "
         "the pedals. The recital fee of $35 can be paid at the door.\n\nBest,\nMs. Halloran\n"
         "Back Bay Piano Studio",
         "Hi Ms. Halloran, attached is Arjun's list for the recital. When is the deadline for the "
         "recordings?\nPriya",
         "2032-04-06T17:20:00-04:00", "America/New_York", "en-US", ["ambiguous-time"]),
    # 04: Kildare riding school in July (light until about 10pm); the rider works shifts.
    case("Hi Orla,\n\nGreat to hear you'd like to try the Curragh trail 🐴. I've put you down for a "
         "90-minute hack on Saturday 17 July at ⟦8:30⟧ on Biscuit, who's our steadiest cob. Please wear "
         "boots with a small heel; we lend hats and body protectors free of charge.\n\nSee you then,\n"
         "Aoife\nGreenhills Riding School",
         "Hi, I'd love to book a hack this Saturday. I work shifts, so early morning or late evening both "
         "suit me, whatever you have! Orla",
         "2032-07-14T11:05:00+01:00", "Europe/Dublin", "en-GB", ["ambiguous-time"]),
    # 05: Christchurch out-of-hours vet at 19:40; the owner can come back tonight or first thing.
    case("Hi Hemi,\n\nThanks for the update on Poppy — it's good that she's kept a little water down "
         "since you got home. The duty vet would like to recheck her and has a slot at ⟦10:30⟧ at our "
         "Riccarton Road clinic. Please bring the sample if you still have it, and call 03 555 0147 "
         "straight away if she gets worse before then.\n\nNgā mihi,\nSarah\nCanterbury After Hours Vets",
         "Poppy has been sick three times since this morning. We can bring her back in tonight or first "
         "thing tomorrow, whichever the vet prefers.\nHemi",
         "2032-05-12T19:40:00+12:00", "Pacific/Auckland", "en-GB", ["ambiguous-time"]),
    # 06: Toronto bridal shop; "12 pm" as a payment deadline.
    case("Hi Danielle,\n\nCongratulations again on choosing the Aria gown! To hold your final fitting "
         "slot on Saturday, October 23, we'll need the remaining deposit of $640 by ⟦12 pm⟧ on Friday, "
         "October 15. You can pay by e-transfer to payments@rosewoodbridal.ca or in store.\n\nWarmly,\n"
         "Jess\nRosewood Bridal, Queen Street West",
         "Hi Jess, when do you need the rest of the deposit by? Danielle",
         "2032-10-05T15:10:00-04:00", "America/Toronto", "en-US", ["ambiguous-time"]),
    # 07: Berlin locksmith; the customer leaves at 8 and is home at about 7 in the evening.
    case("Hi Mr Okafor,\n\nSorry to hear about the stiff lock on your flat door. Our locksmith Jonas can "
         "come out on Thursday 25 November at ⟦7:45⟧ to replace the cylinder; a standard security "
         "cylinder costs €89 fitted. He'll bring three keys, and extra ones are €12 each.\n\n"
         "Best regards,\nKatrin Vogel\nSchlüsseldienst Prenzlauer Berg",
         "Hello, the key to my flat keeps sticking in the lock. I leave for work at 8 and I'm back home "
         "around 7 in the evening, so either side of that works for me.\nChidi Okafor",
         "2032-11-23T16:00:00+01:00", "Europe/Berlin", "en-GB", ["ambiguous-time"]),
    # 08: Leeds allotment society; "half five" in words, plot-holders water before and after work.
    case("Hi all,\n\nA reminder from the committee that Yorkshire Water are replacing the main valve on "
         "Sunday 12 September. The troughs on both sites will be switched off at ⟦half five⟧ and should "
         "be back on by Monday lunchtime. Please fill your water butts beforehand, and remember the plot "
         "inspection walk is on Saturday 25 September.\n\nBest wishes,\nMaureen\n"
         "Hon. Secretary, Meanwood Allotment Society",
         "Hi Maureen, is the water going off this month? Some of us water first thing before work and "
         "some of us after tea, so we need to know when.\nThanks, Geoff (plot 14)",
         "2032-09-03T09:30:00+01:00", "Europe/London", "en-GB", ["ambiguous-time"]),

    # --- relative-date ------------------------------------------------------------------------
    # 09: York chimney sweep at 23:48 on a Tuesday; read on Wednesday, "tomorrow" is Thursday.
    case("Hi Mrs Barraclough,\n\nThanks for your message, and sorry you've had smoke coming back into the "
         "room. I've moved a couple of jobs around so Dave can be with you ⟦tomorrow⟧ morning at 9am to "
         "sweep the flue and do a smoke test. It's £65 for the sweep and the certificate, payable on the "
         "day.\n\nAll the best,\nRob\nMinster Chimney Sweeps",
         "Our living room filled with smoke again tonight. Can someone come out as soon as possible?\n"
         "Jean Barraclough",
         "2032-01-20T23:48:00+00:00", "Europe/London", "en-GB", ["relative-date"]),
    # 10: Minneapolis grocery co-op at 23:55 on Saturday 13 March (the US clocks go forward at 2am).
    case("Hi Tomás,\n\nGood news: we found the oat milk and the gluten-free bread you were missing, and "
         "we've added them to a make-up order at no charge. It will go out with the van ⟦tomorrow⟧ "
         "between 10 and 11 a.m., along with a $6.50 credit for the trouble. Thanks for being a member "
         "of the co-op!\n\nBest,\nAnika\nRiverbend Grocery Co-op",
         "Two things were missing from today's box, the oat milk and the bread. Can you send them?\nTomás",
         "2032-03-13T23:55:00-06:00", "America/Chicago", "en-US", ["relative-date"]),
    # 11: Melbourne golf club on a Wednesday; "next Friday" is the 5th or the 12th.
    case("Hi Nikki,\n\nThanks for enrolling Lachlan in the junior clinic. His first session is ⟦next "
         "Friday⟧ at 4pm on the practice range, and the course runs for six weeks. We'll provide a set "
         "of junior clubs, so he only needs a hat, sunscreen and a water bottle.\n\nCheers,\nBrett\n"
         "Yarra Bend Golf Club",
         "Hi Brett, when does Lachlan start? Nikki",
         "2032-03-03T14:00:00+11:00", "Australia/Melbourne", "en-GB", ["relative-date"]),
    # 12: Sydney costume hire at 08:40 on Thursday to Los Angeles, where it is still Wednesday.
    case("Hi Marcus,\n\nThe twelve Edwardian suits and the four bustle gowns have passed their final check "
         "and are packed in two crates. The courier will collect them from our Marrickville warehouse "
         "⟦tomorrow⟧, and the air waybill number will follow as soon as we have it. The hire runs for "
         "eight weeks from the day they land, at AU$3,400 in total.\n\nKind regards,\nLeonie\n"
         "Stageworks Costume Hire",
         "Hi Leonie, when will the costumes leave Sydney? Our first fitting here in LA is on the 22nd.\n"
         "Marcus",
         "2032-10-14T08:40:00+11:00", "Australia/Sydney", "en-GB", ["relative-date"],
         recipient_timezone="America/Los_Angeles"),
    # 13: Galway glazier on Tuesday 7 December; "Tuesday week" is a week today (the 14th) or the 21st.
    case("Hi Siobhán,\n\nYour replacement double-glazed unit for the kitchen window has come in from the "
         "factory. We can fit it ⟦Tuesday week⟧, and the job takes about two hours, so someone will "
         "need to be home. The balance of €215 is due on completion.\n\nThanks,\nPádraig\n"
         "Corrib Glass & Glazing",
         "Any news on the glass for the kitchen window? Siobhán",
         "2032-12-07T10:00:00+00:00", "Europe/Dublin", "en-GB", ["relative-date"]),
    # 14: Cumbrian mobile library at 00:25 on a Friday; two days from Thursday night or from Friday?
    case("Hi Mr Postlethwaite,\n\nThe large-print Ann Cleeves you reserved has arrived from Carlisle. The "
         "van will be at Caldbeck village hall ⟦in two days' time⟧ from 10.15am to 11am, so you can pick "
         "it up then. We'll hold it for you for two weeks if you can't make it.\n\nBest wishes,\nLinda\n"
         "Cumberland Mobile Library Service",
         "Has my book come in yet? Harold Postlethwaite",
         "2032-04-02T00:25:00+01:00", "Europe/London", "en-GB", ["relative-date"]),
    # 15: Atlanta bridal shop on a Sunday; "next Tuesday" is 25 May or 1 June.
    case("Hi Keisha,\n\nYour gown is back from our seamstress and the bustle looks beautiful 👰🏾. It will "
         "be pressed and ready for you to pick up ⟦next Tuesday⟧ any time after 11 a.m. Please bring "
         "your shoes so we can check the hem length one last time.\n\nXO,\nBrianna\n"
         "Peachtree Bridal Boutique",
         "Hi! Any update on when my dress will be ready? The wedding is June 12.\nKeisha",
         "2032-05-23T16:00:00-04:00", "America/New_York", "en-US", ["relative-date"]),
    # 16: Cape riding school at 23:35 on a Thursday; "tmrw" read on Friday morning.
    case("Hi Jana,\n\nAll sorted for the beach ride 🏇 – four horses booked for you and your cousins. See "
         "you ⟦tmrw⟧ at 8am at the Kommetjie yard, and please be there 15 mins early to fill in the "
         "indemnity forms. It's R650 pp, cash or card.\n\nCheers,\nLiezl\nNoordhoek Beach Rides",
         "Is there any chance of four horses for a beach ride before we fly home on Sunday? Jana",
         "2032-12-16T23:35:00+02:00", "Africa/Johannesburg", "en-GB", ["relative-date"]),

    # --- weekday-mismatch ---------------------------------------------------------------------
    # 17: Annapolis marina; 22 October 2032 is a Friday.
    case("Hi Gordon,\n\nThanks for renewing your winter storage contract for Second Wind. Haul-out is "
         "booked for ⟦Thursday, October 22⟧ at 9 a.m., and we'll pressure-wash the hull and block her in "
         "Yard B the same day. Winter storage for a 34-foot boat is $2,312, due by November 30.\n\n"
         "Fair winds,\nCarla\nChesapeake Narrows Marina",
         "When can you haul Second Wind out this fall? Gordon",
         "2032-10-04T11:00:00-04:00", "America/New_York", "en-US", ["weekday-mismatch"]),
    # 18: Dorset chimney sweep, terse; "this month" is February and the 13th is a Friday.
    case("Hi Pete,\n\nCheers for the msg. Next free slot this month is ⟦Thurs 13th⟧, 8–10am, for the "
         "wood burner sweep + bird guard. £70 all in, cert included.\n\nTa,\nGaz\nBlackchurch Sweeps",
         "Need the wood burner swept and a bird guard fitted, when can you do? Pete",
         "2032-02-02T09:10:00+00:00", "Europe/London", "en-GB", ["weekday-mismatch"]),
    # 19: Wellington community garden; 6 March 2032 is a Saturday.
    case("Hi Rawiri,\n\nThanks for offering to help with the working bee. We're meeting at the shed on "
         "⟦Sunday 6 March⟧ from 9am to noon to clear the compost bays and rebuild the raised beds on "
         "plots 7 to 12. Bring gloves and a spade if you have one; morning tea is on the society.\n\n"
         "Ngā mihi,\nHelen\nAro Valley Community Gardens",
         "Count me in for the working bee, when is it? Rawiri",
         "2032-02-20T13:00:00+13:00", "Pacific/Auckland", "en-GB", ["weekday-mismatch"]),
    # 20: Munich taproom; 24/09/2032 is a Friday.
    case("Hi Liam,\n\nThanks for your enquiry about a group booking 🍺. We can reserve the long table in "
         "the taproom for twelve on ⟦Sat 24/09⟧ from 18:00 to 22:00, with a tasting flight of five beers "
         "at €19 per person. Our Märzen is 5.8% and the Helles 4.9%, so there's something for "
         "everyone.\n\nProst,\nSebastian\nIsarwerk Brauhaus",
         "Hi, could we book a table for 12 one evening at the end of next week? Liam",
         "2032-09-13T17:45:00+02:00", "Europe/Berlin", "en-GB", ["weekday-mismatch"]),
    # 21: Santa Fe gallery, long; 9 June 2032 is a Wednesday (11 and 12 June are right).
    case("Dear Ms. Whitfield,\n\nThank you for your interest in Rosalind Baca's new series of monotypes. "
         "The collectors' preview will be held on ⟦Tuesday, June 9⟧, from 5 to 7 p.m., ahead of the "
         "public opening on Friday, June 11, at 6 p.m.\n\nThe artist will also give a talk on Saturday, "
         "June 12, at 2 p.m., and the show runs through July 24. Works range from $1,200 to $8,500, and "
         "we can hold a piece for you for 48 hours.\n\nWith best regards,\nElena Ortiz\n"
         "Canyon Road Contemporary",
         "Dear gallery, I'd like to see Rosalind Baca's new work before it opens to the public. Is there "
         "a preview? Margaret Whitfield",
         "2032-05-27T10:30:00-06:00", "America/Denver", "en-US", ["weekday-mismatch"]),
    # 22: Algonquin campground; Civic Holiday 2032 is Monday, August 2 (August 3 is a Tuesday).
    case("Hi Raj,\n\nYour site at Lake of Two Rivers is confirmed for three nights over the long weekend, "
         "arriving Friday, July 30. Check-in is from 2 p.m., and check-out on Civic Holiday, ⟦Monday, "
         "August 3⟧, is by 11 a.m. Fire bans are posted at the gate, so please check them before you "
         "light anything 🔥.\n\nHappy camping,\nMaddie\nTwo Rivers Campground Office",
         "Can we still get a site for the August long weekend? Three nights, two tents. Raj",
         "2032-07-20T12:00:00-04:00", "America/Toronto", "en-US", ["weekday-mismatch"]),
    # 23: Brisbane locksmith, terse; 1 December 2032 is a Wednesday.
    case("Hi Shaun,\n\nQuote accepted, thanks. Booked in for rekeying all 6 locks at the rental on ⟦Tue 1 "
         "Dec⟧, 7:30–9:30am window. $420 inc GST, pay on completion.\n\nCheers,\nMick\n"
         "Redlands Lock & Key",
         "Go ahead with the rekey quote. When can you come? Shaun",
         "2032-11-26T15:20:00+10:00", "Australia/Brisbane", "en-GB", ["weekday-mismatch"]),

    # --- impossible-date ----------------------------------------------------------------------
    # 24: Bath bridal shop; June has 30 days.
    case("Dear Sophie,\n\nThank you for your order of the Elodie veil and the pearl hair vine. Both are "
         "made to order, and our workroom expects to have them finished by ⟦31 June⟧, well ahead of your "
         "wedding on Saturday 24 July. We'll email you as soon as they're ready to collect from the shop "
         "on Milsom Street.\n\nWith love,\nHarriet\nThe Bath Bridal Room",
         "Hello, I'd like to order the Elodie veil and the pearl hair vine. When would they be ready? "
         "Sophie",
         "2032-05-10T14:00:00+01:00", "Europe/London", "en-GB", ["impossible-date"]),
    # 25: Scottsdale golf club; February 30 even in a leap year.
    case("Hi Don,\n\nThanks for signing up the Desert Hawks for the member-guest tournament. Team entries "
         "close on ⟦February 30⟧, and the shotgun start is at 7:30 a.m. on Saturday, March 6. The entry "
         "fee is $175 per player, which covers the cart, range balls and the awards lunch.\n\n"
         "Best regards,\nTerri\nPinnacle Canyon Golf Club",
         "Put the Desert Hawks down for the member-guest. When do entries close? Don",
         "2032-01-14T08:45:00-07:00", "America/Phoenix", "en-US", ["impossible-date"]),
    # 26: Irish piano teacher; "the 31st of September" in words.
    case("Hi Ciara,\n\nLovely to hear that Róisín wants to keep going with the piano. Lessons start back "
         "on Tuesday the 7th of September at 4.15pm, and her Grade 3 exam entry has to be in by the "
         "⟦31st of September⟧. The fee for the autumn term is €240 for twelve 30-minute lessons.\n\n"
         "Best wishes,\nMaeve\nMaeve Daly Piano Studio",
         "Hi Maeve, Róisín would like to continue in September and maybe do her Grade 3. Ciara",
         "2032-08-25T10:00:00+01:00", "Europe/Dublin", "en-GB", ["impossible-date"]),
    # 27: Nova Scotia food co-op; 9/31 (September has 30 days).
    case("Hi Leah,\n\nThanks for joining the Bedford Basin Food Co-op! Your first biweekly veggie box will "
         "come on ⟦9/31⟧, and after that every second Thursday. Member shares are $50, and you'll get 5% "
         "off everything in the store.\n\nThanks,\nOwen\nBedford Basin Food Co-op",
         "Hi, I just signed up for the veggie box. When does the first one come? Leah",
         "2032-09-08T12:00:00-03:00", "America/Halifax", "en-US", ["impossible-date"]),
    # 28: Durban glazier; ISO 2032-04-31.
    case("Hi Nomvula,\n\nPlease find attached quote Q-1187 for the 6.38mm laminated safety glass for your "
         "sliding doors (2 panels, 2100 x 900mm). Installation is scheduled for ⟦2032-04-31⟧, subject to "
         "the glass arriving from the supplier in Pinetown. The total is R14,860 incl VAT, and we need a "
         "50% deposit to place the order.\n\nRegards,\nThabo\nBerea Glass & Aluminium",
         "Please quote for safety glass in our two sliding doors, and let me know when you could fit it. "
         "Nomvula",
         "2032-04-13T09:00:00+02:00", "Africa/Johannesburg", "en-GB", ["impossible-date"]),
    # 29: Adelaide emergency vet on Sunday 29 February 2032; a year on there is no 29 February.
    case("Hi Ben,\n\nBilly was very brave tonight, and the grass seed is out of his ear with no damage to "
         "the eardrum 🐶. While he was here we gave him his overdue C5 vaccination, so his next annual "
         "booster will be due on ⟦29 February 2033⟧. Keep the ear dry for a week and give him the drops "
         "twice a day.\n\nTake care,\nDr Anna Reyes\nAdelaide Animal Emergency",
         "Billy keeps shaking his head and crying, I think he's got a grass seed in his ear. Can we come "
         "in tonight? Ben",
         "2032-02-29T21:15:00+10:30", "Australia/Adelaide", "en-GB", ["impossible-date"]),
    # 30: Vermont bookmobile; November has 30 days.
    case("Hi Mrs. Carver,\n\nThe bookmobile will be back in East Corinth on ⟦November 31st⟧, parked by "
         "the general store from 1 to 3 p.m. We'll have the three large-print westerns you asked for, "
         "plus the audiobook of Lonesome Dove. You can renew anything you have out by calling "
         "802-555-0163.\n\nHappy reading,\nJune\nOrange County Bookmobile",
         "When is the bookmobile coming back to East Corinth? I'd like some more westerns.\nEdna Carver",
         "2032-10-28T13:30:00-04:00", "America/New_York", "en-US", ["impossible-date"]),

    # --- past-date ----------------------------------------------------------------------------
    # 31: Manchester costume hire on Wednesday 10 March; collection "will be" on Monday 8 March.
    case("Hi Tariq,\n\nThanks for confirming the costume order for the Chorlton Players' spring show. The "
         "Victorian street-urchin costumes (24 in total) will be ready for collection on ⟦Monday 8 "
         "March⟧ from our Ancoats unit, and the hire runs until Saturday 3 April. The deposit is £180, "
         "refundable when everything comes back clean.\n\nBest,\nJo\nNorthern Wardrobe Costume Hire",
         "We're happy with the quote for the 24 urchin costumes, please go ahead. When can we collect? "
         "Tariq",
         "2032-03-10T10:00:00+00:00", "Europe/London", "en-GB", ["past-date"]),
    # 32: Lexington riding academy on Monday 5 January; lessons "will start back" on Saturday 3 January.
    case("Hi Mr. Dunn,\n\nHappy New Year from all of us at the barn! Winter lessons for Ella's group will "
         "start back on ⟦Saturday, January 3⟧ at 10 a.m. in the indoor arena, and the 10-week package is "
         "$450. Please make sure she has a warm layer under her vest, as the arena isn't heated.\n\n"
         "See you soon,\nCarly\nBluegrass Run Riding Academy",
         "Hi Carly, when do Ella's lessons start again after the holidays? Tom Dunn",
         "2032-01-05T09:00:00-05:00", "America/New_York", "en-US", ["past-date"]),
    # 33: Margaret River holiday park on 29 December 2032; Easter bookings "open" on 1 March 2032.
    case("Hi Kylie,\n\nThanks for your enquiry about a powered site for the Easter long weekend. Easter "
         "bookings open on ⟦1 March 2032⟧ at 9am, and they usually fill within a couple of days. Powered "
         "sites are $58 a night, and there's a minimum stay of three nights over Easter.\n\nCheers,\n"
         "Darren\nMargaret River Holiday Park",
         "Hi, can we book a powered site for next Easter yet? Kylie",
         "2032-12-29T10:00:00+08:00", "Australia/Perth", "en-GB", ["past-date"]),
    # 34: Mexico City gallery on 8 July; the show "will be extended until" June 30.
    case("Hi Daniel,\n\nThank you for visiting Galería Tezontle last week and for your kind words about the "
         "exhibition. Because of the response, the show will be extended until ⟦June 30⟧, so your "
         "friends from Guadalajara will still have time to see it. The catalog is available in the shop "
         "for 450 pesos.\n\nBest regards,\nValeria Campos\nGalería Tezontle, Roma Norte",
         "Loved the show! My friends are coming from Guadalajara later this month, will it still be on? "
         "Daniel",
         "2032-07-08T12:00:00-06:00", "America/Mexico_City", "en-US", ["past-date"]),
    # 35: Auckland taproom on Monday 18 October; the IPA "will be on tap again from" Friday 15 October.
    case("Hey Jordan,\n\nGood news – the Hazy Harbour IPA is coming back! It'll be on tap again from ⟦Fri "
         "15 Oct⟧, and we'll have 1.25L riggers to go for $24. Our taproom hours are Wed–Sun, noon till "
         "10pm.\n\nCheers,\nMatiu\nPukeko Brewing Co",
         "Any chance of the Hazy Harbour coming back? Jordan",
         "2032-10-18T14:00:00+13:00", "Pacific/Auckland", "en-GB", ["past-date"]),
    # 36: Dublin golf club on 2 November; the 2033 subscription "will be due on" 31/10/2032.
    case("Dear Mr Kavanagh,\n\nThank you for confirming that you'd like to renew your full membership for "
         "2033. The annual subscription of €1,150 will be due on ⟦31/10/2032⟧, and you can pay in one go "
         "or in ten monthly instalments by direct debit. Your locker (No 86) will be kept for you.\n\n"
         "Yours sincerely,\nGráinne Walsh\nHonorary Secretary, Rathmore Park Golf Club",
         "I'd like to renew for next year. When is the subscription due? Seamus Kavanagh",
         "2032-11-02T18:00:00+00:00", "Europe/Dublin", "en-GB", ["past-date"]),
    # 37: Chicago locksmith at 00:15 on Thursday 24 June; the visit is "Wednesday, June 23 at 2 p.m.".
    case("Hi Alexis,\n\nSorry you're locked out of the garage, that's no fun. We'll send our tech out on "
         "⟦Wednesday, June 23⟧ at 2 p.m. to drill the old lock and fit a new deadbolt. The service call "
         "is $89, plus parts.\n\nThanks,\nMarco\nWindy City Lock & Safe",
         "The key snapped in our garage side door lock. When can someone come?\nAlexis",
         "2032-06-24T00:15:00-05:00", "America/Chicago", "en-US", ["past-date"]),

    # --- ambiguous-numeric-date ---------------------------------------------------------------
    # 38: New York bridal atelier to a bride in London; 03/04/2032 is 4 March or 3 April, both ahead.
    case("Hi Amelia,\n\nThank you for your order from our London trunk show 👰. Your sample gown in ivory "
         "will ship from our New York atelier on ⟦03/04/2032⟧ by FedEx International Priority, and "
         "delivery usually takes 3 to 5 business days. The total charged was $2,480, including "
         "alterations.\n\nWarmly,\nNatalie\nMadison & Vine Bridal",
         "Hello, could you let me know when my gown will be sent over to London? Amelia",
         "2032-02-03T11:00:00-05:00", "America/New_York", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 39: Southampton marina to a Florida boat owner; 06/05/2032 is 6 May or June 5, both ahead.
    case("Hi Chuck,\n\nThanks for confirming your summer berth for Sea Biscuit 🚤. Pontoon D, berth 41 (up "
         "to 14m) is yours from ⟦06/05/2032⟧, and we'll send the gate codes a week before. The summer "
         "rate is £2,960, which includes electricity and the pump-out.\n\nBest regards,\nClaire\n"
         "Itchen Quay Marina",
         "Confirming we want the summer berth. When can we bring her in? Chuck (Fort Lauderdale)",
         "2032-04-21T15:00:00+01:00", "Europe/London", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 40: Sydney glazier to a customer still in Los Angeles; 9/8/32 is 9 August or September 8.
    case("Hi Jake,\n\nThanks for sending the measurements for your Bondi apartment before you move over. "
         "I've attached quote 3318 for replacing the six aluminium sliding panels with 10.38mm laminated "
         "glass. The quote is valid until ⟦9/8/32⟧, so there's plenty of time to decide once you've "
         "spoken to the strata manager.\n\nCheers,\nDeb\nEastern Suburbs Glass",
         "I'm still in LA until the end of September but want to get the windows sorted before I arrive. "
         "Jake",
         "2032-07-12T10:00:00+10:00", "Australia/Sydney", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Los_Angeles"),
    # 41: Houston trail rides to a visitor from England; 10/12 is October 12 or 10 December.
    case("Hi Ellie,\n\nWe'd love to have you ride with us while you're visiting your sister in Texas 🤠. "
         "I've booked you on the two-hour trail ride on ⟦10/12⟧ at 9 a.m. Central Time, and we'll match "
         "you with a quiet quarter horse. It's $95, and boots and helmets are provided.\n\n"
         "Happy trails,\nWade\nBrazos Bend Trail Rides",
         "I'll be in Houston for a few weeks in the autumn and again just before Christmas. Could I book "
         "a trail ride? Ellie (Manchester, UK)",
         "2032-09-01T10:00:00-05:00", "America/Chicago", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Europe/London"),
    # 42: Johannesburg gallery to a New York collector; 07.11.2032 is 7 November or July 11.
    case("Dear Mr Feldman,\n\nThank you for acquiring William Dube's 'Jacaranda Street III'. The work will "
         "be crated by our framers and shipped from Johannesburg on ⟦07.11.2032⟧, insured for its full "
         "value of R185,000. Our shipping agent will contact you with the tracking details and the "
         "customs paperwork.\n\nKind regards,\nLerato Mokoena\nParkhurst Fine Art",
         "We're delighted to have the Dube. When will it ship to New York? Saul Feldman",
         "2032-05-18T11:00:00+02:00", "Africa/Johannesburg", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/New_York"),
    # 43: Berlin food co-op to a member just moved from Ohio; 02/03 is 2 March or February 3.
    case("Hi Ashley,\n\nWelcome to the Kreuzberg Food Co-op, and thanks for signing up for the weekly "
         "organic box. Your first delivery will be on ⟦02/03⟧ between 16:00 and 19:00, and after that "
         "every week on the same day. The small box is €22.50 and the family box €34.\n\nBest,\nMiriam\n"
         "Kreuzberg Food Co-op",
         "Hi, I just moved to Berlin from Columbus, Ohio and would love to sign up for the weekly box. "
         "Ashley",
         "2032-01-26T10:00:00+01:00", "Europe/Berlin", "en-GB", ["ambiguous-numeric-date"]),
    # 44: Seattle vet to an owner moving back to New Zealand; 11/12 is November 12 or 11 December.
    case("Hi Aroha,\n\nThanks for bringing Kiwi in for her blood draw before your move back to Wellington. "
         "The sample has gone to the lab for the rabies titer test, and results are expected by "
         "⟦11/12⟧. Once we have them, we'll complete the export health certificate, which costs $185."
         "\n\nBest,\nDr. Patel\nCapitol Hill Veterinary Clinic",
         "When will Kiwi's titer results be back? We need them for her import permit.\nAroha",
         "2032-10-20T15:00:00-07:00", "America/Los_Angeles", "en-US", ["ambiguous-numeric-date"],
         recipient_timezone="Pacific/Auckland"),
    # 45: Caribbean campground (Mexico, day first) to a Chicago camper; 04/05/2032 is 4 May or April 5.
    case("Hi Brandon,\n\nThanks for your booking at Playa Xcalacoco Camping 🏕️. Your beachfront palapa "
         "site is reserved from ⟦04/05/2032⟧ for five nights, and the balance of 3,200 pesos can be paid "
         "on arrival. Check-in is from 2 p.m. at the reception hut by the dunes.\n\nSaludos,\nLupita\n"
         "Camping Xcalacoco",
         "We'd like a beach site for five nights this spring. Brandon",
         "2032-03-22T09:00:00-05:00", "America/Cancun", "en-GB", ["ambiguous-numeric-date"],
         recipient_timezone="America/Chicago"),

    # --- missing-timezone ---------------------------------------------------------------------
    # 46: London piano teacher to a Toronto student on 16 March (London GMT, Toronto already EDT).
    case("Hi Hannah,\n\nThanks for letting me know the Zoom link worked well last week 🎹. Your next online "
         "lesson is on Thursday 18 March at ⟦4:30pm⟧, and we'll carry on with the Chopin nocturne and "
         "the Grade 7 scales. The invoice for the spring half-term is £210 for six lessons.\n\n"
         "Best wishes,\nEleanor\nEleanor Price Piano Tuition",
         "Hi Eleanor, the Zoom link worked fine. When is my next lesson? Hannah",
         "2032-03-16T10:00:00+00:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Toronto"),
    # 47: Dublin gallery; the customer says he is based in Chicago (two times, no zone).
    case("Hi Michael,\n\nThanks for registering for the online viewing room of our new Seán Keating "
         "exhibition. The viewing room opens at ⟦10:00⟧ on Friday 4 June and closes at ⟦18:00⟧ on Sunday "
         "6 June, and the catalogue can be downloaded from the same page.\n\nPrices range from €4,000 to "
         "€26,000, and we can arrange shipping to the US.\n\nKind regards,\nNiamh\n"
         "Merrion Square Gallery",
         "I'm based in Chicago, so I can't make it over in person. Is there an online preview? Michael",
         "2032-05-25T12:00:00+01:00", "Europe/Dublin", "en-GB", ["missing-timezone", "missing-timezone"]),
    # 48: Scottish golf club to a golfer in Denver in the week the UK is on GMT and Denver on MDT.
    case("Hi Kyle,\n\nMany thanks for your interest in a tee time on our Championship links next summer. The online "
         "ballot for 2033 opens at ⟦9am⟧ on Monday 1 November and stays open for a week. The green fee "
         "for a visitor is £320, and each player needs a handicap index of 24 or below.\n\n"
         "Best regards,\nAlison\nVisitor Office, Lundin Firth Links",
         "How do we get a tee time on your Championship links for a group of four next summer? Kyle",
         "2032-10-20T16:00:00+01:00", "Europe/London", "en-GB", ["missing-timezone"],
         recipient_timezone="America/Denver"),
    # 49: Denver brewery's virtual tasting; the customer is joining from Toronto.
    case("Hi Steph,\n\nSo glad you're joining our virtual Valentine's tasting! Your box of four mini "
         "crowlers (stout, sour, barleywine and a raspberry Berliner) ships today, and we go live on "
         "YouTube at ⟦7 p.m.⟧ on Saturday, February 14. Keep the cans in the fridge and take them out "
         "about 10 minutes before we start.\n\nCheers,\nCody\nMile High Fermentation Co",
         "Hi, I'd love to join the tasting from Toronto! Do you ship to Canada? Steph",
         "2032-02-09T11:00:00-07:00", "America/Denver", "en-US", ["missing-timezone"]),
    # 50: Melbourne costume hire to a Perth school (two hours behind).
    case("Hi Tegan,\n\nThanks for sending through the cast measurements for your school's production of "
         "Grease. We've booked a video fitting with our wardrobe supervisor on Tuesday 14 September at "
         "⟦2:30pm⟧, so please have the six leads ready in costume. Hire for the full cast is $1,850, "
         "plus $120 freight each way.\n\nKind regards,\nVictoria\nFitzroy Costume Hire",
         "Measurements attached. Could we do a fitting over video before you send everything? Tegan",
         "2032-09-06T10:00:00+10:00", "Australia/Melbourne", "en-GB", ["missing-timezone"],
         recipient_timezone="Australia/Perth"),
    # 51: Auckland after-hours vet; the owner is on holiday in Sydney (two hours behind).
    case("Hi Grace,\n\nSorry to hear Monty has been scratching his ear so much. Since you're away, our "
         "after-hours vet can do a video consult, and she'll call you tonight at ⟦8.15pm⟧. Please have "
         "the bottle of ear drops he's been using to hand so she can check the name.\n\nTake care,\n"
         "Rebecca\nNorth Shore After Hours Vets",
         "We're on holiday in Sydney with Monty until Sunday and he won't stop shaking his head. Can a "
         "vet call us? Grace",
         "2032-01-08T17:00:00+13:00", "Pacific/Auckland", "en-GB", ["missing-timezone"]),
    # 52: Banff campground to a camper in Vancouver (an hour behind).
    case("Hi Tyler,\n\nThanks for asking about summer sites at Tunnel Mountain. Online reservations for "
         "July and August open at ⟦8:00 a.m.⟧ on Tuesday, January 20, and the popular loops are usually "
         "gone within an hour. A serviced site is $48 a night, plus the $11.50 reservation fee.\n\n"
         "Happy trails,\nKim\nTunnel Mountain Campground",
         "When can we book a site for August? Tyler",
         "2032-01-12T13:00:00-07:00", "America/Edmonton", "en-US", ["missing-timezone"],
         recipient_timezone="America/Vancouver"),
    # 53: Cape Town bridal studio to a bride in London in August (SAST an hour ahead of BST).
    case("Hi Zara,\n\nIt was lovely to hear from you, and congratulations on your engagement 💍! I've "
         "booked your video consultation with our designer for Friday 13 August at ⟦11:00⟧, and we'll go "
         "through the lace samples and your sketches together. The consultation fee of R500 comes off "
         "the price of the dress if you go ahead.\n\nWarm wishes,\nNadia\nBo-Kaap Bridal Atelier",
         "Hi Nadia, I'm in London but would love one of your dresses. Could we talk over video? Zara",
         "2032-08-10T09:00:00+02:00", "Africa/Johannesburg", "en-GB", ["missing-timezone"],
         recipient_timezone="Europe/London"),

    # --- zone-mismatch ------------------------------------------------------------------------
    # 54: Miami boatyard in July: EST (New York is on EDT).
    case("Hi Luis,\n\nThe yard has finished the bottom paint and the new thru-hull fittings on Reel "
         "Therapy. We'll splash her at 9 a.m. ⟦EST⟧ on Friday, July 9, and she'll be waiting for you at "
         "slip 22 on B Dock. The final invoice of $3,740 is attached.\n\nThanks,\nRuben\n"
         "Little River Boatyard",
         "Is Reel Therapy ready to go back in? Luis",
         "2032-07-06T10:00:00-04:00", "America/New_York", "en-US", ["zone-mismatch"]),
    # 55: UK golf club in January: BST (the UK is on GMT until 28 March).
    case("Hi all,\n\nThanks for your interest in the spring open. Online entries open at 7am ⟦BST⟧ on "
         "Monday 2 February and close once the field of 120 is full. Entry is £45 for visitors and £30 "
         "for members, including bacon rolls at the halfway hut.\n\nBest wishes,\nColin\n"
         "Competitions Secretary, Ashdown Heath Golf Club",
         "Hello, when do entries open for the spring open? Trevor",
         "2032-01-27T11:00:00+00:00", "Europe/London", "en-GB", ["zone-mismatch"]),
    # 56: Sydney gallery in January: AEST (Sydney is on AEDT until 4 April).
    case("Hi Chloe,\n\nThanks for registering to bid in our summer online auction. Bidding closes at 8pm "
         "⟦AEST⟧ on Sunday 18 January, and the lots close one minute apart from lot 1. There's a buyer's "
         "premium of 20% on top of the hammer price.\n\nKind regards,\nPhoebe\nPaddington Art Rooms",
         "I've registered. When does the bidding close? Chloe",
         "2032-01-11T15:00:00+11:00", "Australia/Sydney", "en-GB", ["zone-mismatch"]),
    # 57: Auckland brewery: NZST with UTC+13 (NZST is UTC+12; January is NZDT, UTC+13).
    case("Hi Sam,\n\nYou're all signed up for our live-streamed brewers' Q&A 🍻. We'll go live at 7pm "
         "⟦NZST (UTC+13)⟧ on Thursday 22 January, and you can post your questions in the chat. The "
         "tasting pack with four 440ml cans costs $32 and should reach you by Wednesday 21 January."
         "\n\nCheers,\nAroha\nKingsland Brew Lab",
         "Keen for the Q&A, when is it on? Sam",
         "2032-01-19T12:00:00+13:00", "Pacific/Auckland", "en-GB", ["zone-mismatch"]),
    # 58: Berlin riding school in August: CET (Berlin is on CEST).
    case("Hi Ethan,\n\nThanks for booking a trial lesson for your daughter 🐎. The lesson starts at 16:00 "
         "⟦CET⟧ on Saturday 21 August at our Grunewald yard, and she'll ride Lotte, our 14-year-old "
         "Haflinger. It's €35 for 45 minutes, and we lend helmets free of charge.\n\nBest wishes,\n"
         "Annika\nReitschule Grunewald",
         "Could my daughter (age 10) have a trial lesson on a Saturday in August? Ethan",
         "2032-08-11T14:00:00+02:00", "Europe/Berlin", "en-GB", ["zone-mismatch"]),
    # 59: Los Angeles piano studio the day after the US clocks went forward: PST.
    case("Hi Mrs. Nakamura,\n\nThanks for confirming Kenji's spot in the spring student recital. It will be "
         "livestreamed for family overseas at 5 p.m. ⟦PST⟧ on Saturday, March 20, and the link will be "
         "emailed the day before. Kenji is playing fourth, so he should arrive by 4:30 p.m. to warm up."
         "\n\nBest,\nMr. Alvarez\nSilver Lake Piano Studio",
         "Kenji will be in the recital. Can his grandparents in Osaka watch online? Yumi Nakamura",
         "2032-03-15T09:00:00-07:00", "America/Los_Angeles", "en-US", ["zone-mismatch"]),
    # 60: Nuevo Vallarta marina: CDT in June (the zone has kept UTC-6 all year since 2022).
    case("Hi Rachel,\n\nThanks for reserving a transient slip for Blue Heron at Marina Nuevo Vallarta. The "
         "harbormaster's office will be open for your arrival until 7 p.m. ⟦CDT⟧ on Thursday, June 10, "
         "and our dock hand will meet you at the fuel dock. The rate for a 42-foot sailboat is US$2.10 "
         "per foot per night, plus electricity.\n\nBuen viaje,\nFernanda\nMarina Nuevo Vallarta",
         "We're sailing down from Cabo and hope to arrive late afternoon on June 10. Rachel",
         "2032-06-02T12:00:00-06:00", "America/Bahia_Banderas", "en-US", ["zone-mismatch"]),
]


NEGATIVES = [
    # 01: Scottish golf medal: a 24-hour tee time, handicaps, a hole number.
    case("Hi Graham,\n\nThanks for entering the club medal on Saturday 12 June. Your tee time is 08:10 off "
         "the 1st, playing with Alan Reid (handicap 9) and Stuart Muir (handicap 14.2). The course is "
         "playing long after the rain, so the par-5 7th will be off the forward tee.\n\nGood luck,\n"
         "Iain\nBalgownie Braes Golf Club",
         "What time am I off in the medal on the 12th? Graham",
         "2032-06-01T09:30:00+01:00", "Europe/London", "en-GB"),
    # 02: Auckland marina: tide times in 24-hour form, a berth, a length.
    case("Hi Trudy,\n\nYour casual berth C14 (up to 12.5m) is booked from Friday 19 March to Sunday 21 "
         "March, at $68 a night. High water at the marina entrance on Friday is at 06:42 and 19:05, so "
         "the evening tide should suit your arrival from Great Barrier. The fuel dock is open from 7.30am "
         "to 5pm every day.\n\nCheers,\nWiremu\nTamaki Strait Marina Office",
         "We'd like a casual berth for a weekend in March, arriving from Great Barrier on the Friday. "
         "Trudy",
         "2032-03-16T10:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 03: Chicago costume rental for Halloween, bullets; sizes, a deposit.
    case("Hi Dana,\n\nAll reserved for you:\n- gorilla suit, size XL\n- 2 flapper dresses, sizes 6 and 10\n"
         "- pickup Friday, October 29, between 10 a.m. and 1 p.m.\n- return by Monday, November 1, at "
         "5 p.m.\n\nThe rental is $185 plus a $250 refundable deposit.\n\nHappy Halloween,\nMo\n"
         "Lincoln Square Costume Rental",
         "Can you hold the gorilla suit and two flapper dresses for Halloween weekend? Dana",
         "2032-10-19T14:00:00-05:00", "America/Chicago", "en-US"),
    # 04: Bristol allotments on the evening the UK clocks went forward; a plot number, rent, a size.
    case("Hi Jenny,\n\nThanks for your email about plot 23B. The annual rent of £42.50 for a 10-rod plot is "
         "due by Friday 30 April, and the AGM is on Wednesday 14 April at 7.30pm in the Horfield Scout "
         "Hut. The clocks went forward this morning, so there's an extra hour of light on the plots in "
         "the evenings now 🌱.\n\nBest wishes,\nKeith\nHorfield & District Allotment Society",
         "When's the rent due and when's the AGM?\nJenny (plot 23B)",
         "2032-03-28T18:00:00+01:00", "Europe/London", "en-GB"),
    # 05: Galway glazier: measurements, a fitting date with its weekday.
    case("Hi Declan,\n\nThe two toughened 4mm units for the back door (1200 x 900mm each) have arrived. Our "
         "fitter, Ciarán, will be with you on Thursday 15 April from 8am, and the job should take about "
         "three hours. The total is €385 including VAT, payable by card on the day.\n\nThanks,\nMairéad\n"
         "Claddagh Glass",
         "Any sign of the glass for the back door? Declan",
         "2032-04-07T11:00:00+01:00", "Europe/Dublin", "en-GB"),
    # 06: Phoenix locksmith in the evening: an address, a duration, a time with p.m., a phone number.
    case("Hi Rosa,\n\nWe've got your request, and a technician is on the way to 4820 East Camelback Road, "
         "Unit 12. He should arrive within 45 minutes, so around 7:45 p.m., and the after-hours call-out "
         "is $95 before any parts. We're open 24/7, so if anything changes just call 602-555-0187.\n\n"
         "Thanks,\nVince\nValley Lock Pros",
         "I'm locked out of my condo, can someone come tonight? Rosa",
         "2032-08-06T19:00:00-07:00", "America/Phoenix", "en-US"),
    # 07: Northumberland chimney sweep days before the UK clocks go back; a range sharing am, w/c.
    case("Hi Mr Fenwick,\n\nThanks for booking your annual sweep before the cold weather sets in. We'll be "
         "with you on Tuesday 9 November between 8 and 10am, and we'll need clear access to the 12-inch "
         "inglenook opening. If anything changes, we'll ring you w/c 1 November to rearrange.\n\nThe "
         "sweep and certificate come to £65, and we'll check the cowl while we're up there.\n\n"
         "All the best,\nNeil\nTynedale Chimney Sweeps",
         "Could you sweep the inglenook chimney in early November? Robert Fenwick",
         "2032-10-27T10:00:00+01:00", "Europe/London", "en-GB"),
    # 08: Perth piano teacher: an exam mark, a weekly lesson time, a term start.
    case("Hi Mel,\n\nGreat news that Isla passed her Grade 5 AMEB exam with an A+, 88 out of 100! Term 3 "
         "starts on Monday 19 July, and her lessons will stay at 4:15pm every Tuesday for 45 minutes. The "
         "term fee is $540 for 9 lessons.\n\nWarm regards,\nJudith\nSwan River Piano School",
         "Did Isla's exam result come through? And when does next term start? Mel",
         "2032-07-02T16:00:00+08:00", "Australia/Perth", "en-GB"),
    # 09: Portland taproom: recurring opening hours and trivia night, a batch number, ABV, a pour size.
    case("Hi Travis,\n\nThanks for the kind review! The taproom is open Wednesday to Sunday from noon to 10 "
         "p.m., and our trivia night is every Thursday from 7 to 9 p.m. Batch #42 of the Rain Check IPA "
         "(6.8% ABV) is on now at $8 for a 16 oz pour.\n\nCheers,\nSkylar\nFoggy Bridge Brewing",
         "Great beer last weekend! What are your hours, and do you still do trivia? Travis",
         "2032-04-22T13:00:00-07:00", "America/Los_Angeles", "en-US"),
    # 10: Calgary bridal shop: a gown size, inches, two Saturdays.
    case("Hi Kendra,\n\nYour Lucia gown in size 10 has arrived, and it's gorgeous! Your first fitting is on "
         "Saturday, May 8, at 11:30 a.m., and our seamstress will take it in about 3 inches at the "
         "waist. The balance of $1,850 is due at the final fitting on Saturday, June 5.\n\nXO,\nBrooke\n"
         "Bow River Bridal",
         "Has my dress come in yet? Kendra",
         "2032-04-27T11:00:00-06:00", "America/Edmonton", "en-US"),
    # 11: UK out-of-hours vet on a Saturday evening: a temperature, a weight, a dose, opening hours.
    case("Hi Mrs Patel,\n\nThank you for bringing Bramble in this evening; her temperature was back to "
         "38.6°C before she went home. She weighs 32kg, so her dose of the anti-inflammatory is 2.5ml "
         "twice a day with food. We're open from 6.30pm to 8am on weeknights and 24 hours at weekends, "
         "and you can reach us on 0345 555 0199.\n\nKind regards,\nJames\nSoar Valley Out of Hours Vets, Leicester",
         "How much of the medicine should Bramble have, and when are you open if she gets worse? "
         "Anjali Patel",
         "2032-12-04T21:30:00+00:00", "Europe/London", "en-GB"),
    # 12: Otago mobile library: a fortnightly stop, a book limit, an app version.
    case("Hi Pat,\n\nThanks for asking about the mobile library's new timetable. We now stop at Waitati "
         "every second Thursday from 10.15am to 11.45am, and the next visit is Thursday 11 November. You "
         "can borrow up to 12 books at a time, and the stops are listed in our app (version 3.2) too.\n\n"
         "Happy reading,\nGlenys\nDunedin Libraries on Wheels",
         "When does the library bus come to Waitati now? Pat",
         "2032-10-29T10:00:00+13:00", "Pacific/Auckland", "en-GB"),
    # 13: Midrand riding school: ages, pony heights, 24-hour times, two Saturdays.
    case("Hi Candice,\n\nThanks for booking the holiday pony camp for Mia (age 9) and Ruben (age 12). Camp "
         "runs on Saturday 24 April from 09:00 to 11:00 and again on Saturday 1 May, and they'll ride our "
         "14.2hh ponies, Peanut and Jasper. It's R350 per child per morning, so please pack sunscreen "
         "and a water bottle.\n\nRegards,\nMarelize\nKyalami Equestrian Centre",
         "Please book Mia and Ruben on the pony camp. Candice",
         "2032-04-14T10:00:00+02:00", "Africa/Johannesburg", "en-GB"),
    # 14: Berlin gallery to a London collector: CEST with the London time beside it.
    case("Dear Ms Ashworth,\n\nThank you for your interest in Lena Brandt's new installation. The opening is "
         "on Friday 10 September at 19:00 CEST, which is 18:00 in London, and we'll stream the artist's "
         "talk for those who can't travel. The edition of 25 prints is priced at €1,400 each, framed.\n\n"
         "Kind regards,\nJonas Weber\nGalerie Kanal, Berlin",
         "I'd love to see Lena Brandt's work. Will there be an opening I could watch from London? "
         "Philippa Ashworth",
         "2032-08-30T12:00:00+02:00", "Europe/Berlin", "en-GB", recipient_timezone="Europe/London"),
    # 15: Vermont food co-op: a member number, a discount, a weekly delivery window.
    case("Hi Beth,\n\nThanks for signing up for home delivery, member #4471! Deliveries to Montpelier go "
         "out on Tuesdays between 2 and 5 p.m., and the first one will be on Tuesday, May 11. Members get "
         "10% off, and there's a $35 minimum order.\n\nBest,\nSage\nWinooski Street Co-op",
         "Do you deliver to Montpelier? I'd like to start this month. Beth",
         "2032-05-05T10:00:00-04:00", "America/New_York", "en-US"),
    # 16: Ontario provincial park campground: a site number, amps, a long weekend, quiet hours.
    case("Hi Marc,\n\nYour 30-amp site (#47) at Sandbanks is confirmed from Friday, July 30, to Monday, "
         "August 2 🏕️. Check-in is from 2 p.m., and check-out is by 11 a.m. The total for three nights is "
         "C$162, and quiet hours run from 11 p.m. to 7 a.m.\n\nHappy camping,\nDanielle\n"
         "Sandbanks Campground Office",
         "Can we get an electric site for the August long weekend? Marc",
         "2032-06-15T09:00:00-04:00", "America/Toronto", "en-US"),
    # 17: Ensenada campground to San Diego campers: no zone needed, both on PDT.
    case("Hi Kevin,\n\nThanks for booking two tent sites at Punta Banda for the weekend of October 9. "
         "Check-in is at 3:00 p.m. on Saturday, October 9, and check-out is at noon on Sunday, October "
         "10. Each site is US$25 a night, and the border wait at San Ysidro is usually shortest before "
         "7 a.m.\n\nSaludos,\nMaribel\nCamping La Bufadora",
         "Two tent sites for the second weekend of October please. Kevin (San Diego)",
         "2032-09-20T11:00:00-07:00", "America/Tijuana", "en-US", recipient_timezone="America/Los_Angeles"),
    # 18: Cancun fishing charter to a New York customer: local time with the New York time beside it.
    case("Hi Eric,\n\nYour fishing charter on the Dorado II is confirmed for Thursday, July 29. We leave the "
         "dock at 7:00 a.m. Cancun time (8:00 a.m. in New York), and the boat returns around 1 p.m. local "
         "time. The half-day charter is US$650 for up to 6 anglers, including bait and tackle.\n\n"
         "Tight lines,\nJavier\nMarina Puerto Juárez Charters",
         "Can we book a half-day fishing trip at the end of July? Eric",
         "2032-07-19T10:00:00-05:00", "America/Cancun", "en-US", recipient_timezone="America/New_York"),
    # 19: Naples, Florida golf club: past dates told in the past tense, a rain check, a duration.
    case("Hi Frank,\n\nSorry again that your round on Sunday, March 7 was cut short by the lightning. We "
         "issued a rain check of $120 to your account on Monday, March 8, and it's valid for 90 days. "
         "You can use it for any tee time, including the twilight rate after 3 p.m.\n\nBest,\nMarisol\n"
         "Gulf Pines Golf Club",
         "We only got 8 holes in on Sunday before the siren went. Is there a credit? Frank",
         "2032-03-10T15:00:00-05:00", "America/New_York", "en-US"),
    # 20: London piano teacher to a student in Tenerife (same clock in December).
    case("Hi Tom,\n\nGlad the online lessons are working well from Tenerife. Your next lesson is on Monday "
         "13 December at 5pm, and after that we'll break for Christmas until Monday 10 January. Please "
         "have a look at bars 17 to 32 of the Bach prelude before then.\n\nBest wishes,\nEleanor\n"
         "Eleanor Price Piano Tuition",
         "The video lessons are working well from here. When's the next one? Tom",
         "2032-12-01T10:00:00+00:00", "Europe/London", "en-GB", recipient_timezone="Atlantic/Canary"),
    # 21: Kilkenny brewery tasting: times with pm, measures, strengths, a ticket price and a cap.
    case("Hi Niamh,\n\nYou're booked in for the winter beer tasting on Friday 26 November at 8pm, and the "
         "doors open at 7.30pm. We'll pour six 40cl tasters, from a 4.2% red ale up to our 9.5% "
         "barrel-aged stout. Tickets are €18 each, and there's a cap of 60 people, so you got in just in "
         "time.\n\nSláinte,\nConor\nNore Valley Brewing",
         "Are there tickets left for the winter tasting? Niamh",
         "2032-11-10T13:00:00+00:00", "Europe/Dublin", "en-GB"),
    # 22: Sydney bridal shop to a Brisbane bride in June (same clock); a flight number.
    case("Hi Jasmine,\n\nThanks for your call this morning. I've booked your video consultation for "
         "Wednesday 30 June at 10am, and our head seamstress will join to talk through the alterations. "
         "If you'd like to fly down on QF 511 for a fitting afterwards, we have appointments on Saturday "
         "10 July.\n\nLove,\nGeorgia\nSurry Hills Bridal",
         "Could we do the consultation over video first? Jasmine",
         "2032-06-21T10:00:00+10:00", "Australia/Sydney", "en-GB", recipient_timezone="Australia/Brisbane"),
    # 23: Denver vet: an age, a temperature, a weight, a dose, a recheck ten days on.
    case("Hi Josh,\n\nMax did really well today for an 11-year-old Lab, and his temperature was back down "
         "to 102.5°F. He weighs 68 lb, so we've sent home carprofen at 75 mg twice a day. Please book a "
         "recheck in 10 days, on Monday, August 23, and call us at 303-555-0148 if he stops eating.\n\n"
         "Best,\nDr. Kowalski\nCherry Creek South Animal Hospital",
         "How did Max do, and when should he come back? Josh",
         "2032-08-13T11:00:00-06:00", "America/Denver", "en-US"),
    # 24: Canberra community garden: a working bee to noon, a volume, a fee, a due date.
    case("Hi everyone,\n\nOur spring working bee is on Sunday 5 September from 8am to noon 🌻, and we'll be "
         "spreading the 6 cubic metres of mulch that's been delivered to the gate. After that, plot fees "
         "of $85 are due by Thursday 30 September. Sausage sizzle from 11.30am, vegetarian option "
         "available.\n\nCheers,\nRhonda\nO'Connor Community Garden",
         "When's the working bee? And when are plot fees due? Stuart",
         "2032-08-24T10:00:00+10:00", "Australia/Sydney", "en-GB"),
    # 25: Hamburg locksmith, terse: "tmrw" mid-afternoon with its date, "3ish" after lunch.
    case("Hi Mr Larsen,\n\nCylinder + door guard are in stock. Fitter can come tmrw (Thurs 4 March) after "
         "lunch, 3ish, and it takes about 40 mins. €149 all in, 3 keys included.\n\nBest,\nHenrik\n"
         "Schlüsseldienst Altona",
         "Please fit a new cylinder and a door guard as soon as you can. Lars Larsen",
         "2032-03-03T14:00:00+01:00", "Europe/Berlin", "en-GB"),
    # 26: Seattle glazier: a quote number, dimensions, a fraction, a warranty, EOD.
    case("Hi Greg,\n\nThanks for approving quote 58213 for the fogged double-pane window in your living "
         "room (36 x 48 in). We'll install the new insulated unit with 3/16-inch tempered glass on "
         "Wednesday, November 17, between 8 and 10 a.m. The total is $612, the unit carries a 10-year "
         "seal warranty, and I'll email the invoice by EOD today.\n\nThanks,\nDerek\nPuget Sound Glass",
         "Quote approved, go ahead. When can you install? Greg",
         "2032-11-09T10:00:00-08:00", "America/Los_Angeles", "en-US"),
    # 27: London costume hire to a New York theatre: GMT with the EST time beside it.
    case("Hi Alicia,\n\nThanks for asking about period costumes for your Dickens production. I can do a "
         "video call on Monday 6 December at 3pm GMT, which is 10am EST in New York, and we'll go through "
         "the 18 costumes on your list. Hire is £95 per costume for a four-week run, plus shipping.\n\n"
         "Kind regards,\nRupert\nCovent Garden Costume Store",
         "Could we talk through the costumes for A Christmas Carol over video? Alicia",
         "2032-11-29T12:00:00+00:00", "Europe/London", "en-GB", recipient_timezone="America/New_York"),
    # 28: Kentucky bookmobile written at 23:45: a fortnightly stop, past tense, no relative day.
    case("Hi Mr. Collins,\n\nThe bookmobile stops at Elm Street Park every other Wednesday from 3:30 to 5 "
         "p.m., and our next visit is Wednesday, February 11. The Louis L'Amour box set you requested "
         "will be on board. Late fees were dropped on January 1, so you don't owe anything on the two "
         "overdue DVDs.\n\nHappy reading,\nTammy\nBluegrass Regional Bookmobile",
         "When is the bookmobile at Elm Street next, and do I owe late fees on the DVDs? Earl Collins",
         "2032-02-04T23:45:00-05:00", "America/New_York", "en-US"),
    # 29: Cheshire riding school: a dressage score, a class, a show date and the times email.
    case("Hi Becky,\n\nCongratulations on your 68.5% in the Prelim 12 test last weekend 🐴, a personal "
         "best! Your entry for the Novice class at the Sunday 16 May show is confirmed; the first horse "
         "goes at 09:30 and your times will be emailed on Friday 14 May. The class is £18 and you're in "
         "arena 3.\n\nSee you there,\nLouise\nDelamere Forest Riding Centre",
         "Can I enter the Novice class at the May show? Becky",
         "2032-05-06T10:00:00+01:00", "Europe/London", "en-GB"),
    # 30: Halifax chimney sweep: Thanksgiving Monday, October 11, and the day after; a height, a price.
    case("Hi Dawn,\n\nThanks for calling us before Thanksgiving 🦃. We'll inspect and sweep your 25-foot "
         "masonry chimney on Tuesday, October 12, at 1:30 p.m., the day after Thanksgiving Monday, "
         "October 11. The sweep is $189 plus HST, and our WETT-certified tech will leave you a written "
         "report.\n\nThanks,\nGerry\nMaritime Chimney Care",
         "We'd like the chimney swept before we light the stove this fall. Dawn",
         "2032-10-05T10:00:00-03:00", "America/Halifax", "en-US"),
]

CASES = {"datetime": (POSITIVES, NEGATIVES)}
