"""Hand-written cases for Tactful's thirteenth held-out `questions` set (written blind; see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside the thread; ``answered`` gives one flag per span in order
("T" answered, "F" not); ``kinds`` one kind per span; the draft holds one ‸ where a missing answer
belongs (only when something is unanswered). ``quoted_only=True`` marks a newest message that asks
nothing while its quoted history, forwarded mail, signature or disclaimer does.
"""

YN, WHEN, WHERE, HM, HOW, WHICH, WHY, REQ = (
    "yes/no", "when", "where", "how much", "how", "which", "why", "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    flags = [{"T": True, "F": False}[a] for a in answered]
    return {"thread": thread, "answered": flags, "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- private ambulance transfers -------------------------------------------------------
    case("""Dear Sir or Madam,

My mother, Mrs Edith Garroway, is being discharged from St Brannock’s Hospital on Friday 18 December and needs to go home to Little Wenham by stretcher, as she can’t manage a wheelchair for the full journey. ⟦Could you tell me whether you have a crew free that afternoon?⟧ ⟦How much would a one-way stretcher transfer of about 40 miles cost?⟧ ⟦Can I travel in the ambulance with her?⟧

Her ward sister says discharge is usually after 2 pm. ⟦Please let me know what paperwork the hospital needs to send you.⟧

Kind regards,
Janet Garroway
07700 900412""",
         "TTTF", [YN, HM, YN, WHICH],
         """Dear Ms Garroway,

Thank you for getting in touch, and I’m glad to hear your mother is well enough to go home.

We have a two-person stretcher crew available on Friday 18 December from 1 pm, so we can fit around the ward’s discharge time. A one-way stretcher transfer of that distance is £385, which includes the crew’s return journey. One relative is welcome to ride in the back; there’s a seat beside the stretcher.‸

Our crews are trained to paramedic-assistant level and carry oxygen and a defibrillator on every journey.

With best wishes,
Harriet Mallory
Bookings, Wayfarer Patient Transfers"""),

    case("""hi need transport for my dad from Kestrel House care home to the eye hospital mon 4 jan for a 10.30 appt. ⟦can u do it⟧ and ⟦does the driver wait and bring him back or is that a seperate booking⟧ he uses a wheelchair
thanks
Dev""",
         "TF", [YN, WHICH],
         """Hi Dev,

Yes, we can take your dad on Monday 4 January. We’ll collect him from Kestrel House at 9.30 am in one of our wheelchair-accessible vehicles.‸

Could you send me his full name and the clinic’s name so I can complete the booking?

Thanks,
Owen
Wayfarer Patient Transfers"""),

    case("""To whoever is in charge,

Your crew was supposed to collect my husband from the Royal Ashcombe at 3 pm yesterday. They turned up at 6.40 pm. He sat in the discharge lounge for almost four hours, dehydrated and in pain. Nobody rang us. ⟦Why was there no phone call to warn us?⟧ ⟦What are you going to do to make sure this doesn’t happen again on his next transfer on the 29th?⟧ I also expect a refund. ⟦Please confirm that the £210 will be returned to my card.⟧

Margaret Thew""",
         "FFT", [WHY, HOW, REQ],
         """Dear Mrs Thew,

I am so sorry for the wait your husband had yesterday. Four hours in a discharge lounge is not the service we aim to give, and I understand how distressing it must have been for you both.

Yesterday afternoon two of our vehicles were held at a motorway closure and we had to reallocate crews across the region.‸

I have refunded the £210 to the card you paid with; it should show within three to five working days.

Yours sincerely,
Harriet Mallory
Wayfarer Patient Transfers"""),

    case("""Thank you Harriet, that’s perfect. We’ll have Mum ready by the door at 1.

Janet

On Wed, 16 Dec 2026 at 11:02, Wayfarer Patient Transfers <bookings@wayfarer-transfers.example.co.uk> wrote:
> Dear Ms Garroway,
> Your booking is confirmed for Friday 18 December. Could you let us know whether your mother needs oxygen during the journey?
> With best wishes,
> Harriet""",
         "", [],
         """Dear Janet,

Thank you. Our crew will be with you at 1 pm on Friday. Wishing your mother a comfortable journey home.

Harriet""", quoted_only=True),

    # --- chess club ------------------------------------------------------------------------
    case("""Hello,

I'm moving to Bristol in January for a two-year work posting and I've been playing at my club in Columbus, Ohio, for about six years (USCF rating around 1650). I found your club online and it looks like exactly what I'm after. ⟦Do you accept players partway through the season?⟧ I'd love to play on a league team if there's space, though I understand that may take time. ⟦How do ECF ratings work for someone who only has a US rating?⟧ And ⟦what are the annual dues?⟧

Thanks so much,
Bradley Koenig""",
         "TFT", [YN, HOW, HM],
         """Hi Bradley,

Welcome to Bristol in advance! New members can join at any point in the season; we meet every Tuesday from 7 pm at St Aldhelm’s church hall.

Membership is £45 for the year, or £25 if you join after 1 March.‸

Best wishes,
Alan Petch
Club secretary, Redcliffe Chess Club"""),

    case("""hi there my son is 9 and has been playing chess at school for a year, hes pretty keen. ⟦do you have a junior section⟧ ⟦what time is it on⟧ ⟦does he need his own board and clock⟧ cheers
Lisa""",
         "TTT", [YN, WHEN, YN],
         """Hi Lisa,

Thanks for getting in touch! Our juniors meet on Saturday mornings, 10 till 12, in the small hall, and the club provides all the boards and clocks, so he just needs to bring himself.

See you soon,
Alan"""),

    case("""Dear Tournament Controller,

I played in Saturday’s Rapidplay (Saturday 5 December) and my round-4 result against Mr Okafor has been entered as a loss. I won that game on time; the arbiter was standing right there. ⟦Could you please correct the result on the crosstable?⟧ ⟦Will the corrected result be sent to the ECF rating database, or do I need to contact them myself?⟧

I’d also like to know ⟦why the prize list was published before the appeal window closed.⟧

Regards,
Philip Ancrum""",
         "TFT", [REQ, WHICH, WHY],
         """Dear Mr Ancrum,

Thank you for letting us know. I’ve checked with the arbiter, Ms Hallett, and she confirms you won round 4 on time. I’ve corrected the crosstable on the website.

Our prize list goes up on the evening of the event so that winners can be paid promptly.‸

Kind regards,
George Fenn
Tournament Controller, Redcliffe Chess Club"""),

    case("""Hi — visiting Bristol Dec 27–Jan 3 from Chicago. ⟦Any chance I could drop in for a casual night?⟧ ⟦Is there a guest fee?⟧ Thanks. Mike Duarte (312) 555-0147""",
         "TF", [YN, YN],
         """Hi Mike,

Visitors are always welcome. Our casual evenings are on Tuesdays from 7 pm, and over the holidays we’re open on Tuesday 29 December.

We do ask guests to sign the visitors’ book when they arrive.‸

Best,
Alan"""),

    # --- bookbinder ------------------------------------------------------------------------
    case("""Dear Ms Abernethy,

I hope you don’t mind me writing out of the blue. My grandfather’s family Bible has been in a box in my loft since we moved, and when I took it out last weekend the spine had come away completely and the front board is hanging by a thread. It’s about 1870, I think, leather with brass corners (two are missing). It has all the births, marriages and deaths written in the front going back to 1802, so it means a great deal to the family. My aunt said you did a lovely job on her cookbook some years ago.

⟦Would it be possible to rebind it but keep the original covers?⟧ ⟦Roughly what would that cost?⟧ I’m not in a rush, but ⟦it would be wonderful to have it back before my father’s 80th on Saturday 13 March — is that realistic?⟧

⟦Can I bring it to your workshop, or would you prefer me to post it?⟧

With thanks,
Rosalind Carew""",
         "TFTT", [YN, HM, YN, WHICH],
         """Dear Rosalind,

Thank you for your lovely email; family Bibles are some of my favourite pieces to work on.

Yes, I can reback it and reattach the original boards, keeping as much of the old leather as possible, and I can have replacement brass corners cast to match. I’m booking in work for February at the moment, so mid-March is comfortably achievable.‸

Please do bring it in; the workshop is open Wednesday to Saturday, 10 till 4.

Warm regards,
Isla Abernethy
Abernethy Bindery"""),

    case("""Hi, ⟦do you do hardbound thesis binding?⟧ I need 3 copies, black cloth with gold lettering on the spine. ⟦How long does it take⟧ and ⟦how much for 3?⟧ My submission deadline is Mon 11 Jan.
Thanks, Priya""",
         "TTF", [YN, WHEN, HM],
         """Hi Priya,

Yes, we bind theses for the university in exactly that style. Our standard turnaround is five working days, or 48 hours for a £20 surcharge.

Our thesis binding uses a hard-wearing buckram cloth and real gold foil, and we check every copy against the university’s regulations before it goes out.‸

Best,
Tom
Abernethy Bindery"""),

    case("""Hello Isla,

Thank you for the photos of the finished notebooks, they look gorgeous. Just two things before I pay the balance: ⟦could you send me the invoice as a PDF rather than in the body of the email?⟧ Our accounts team won’t accept anything else. And ⟦is it possible to collect on Saturday morning rather than have them couriered?⟧

Many thanks,
Fiona Leckie
Events Manager, Harrowgate Literary Festival

From: Isla Abernethy <isla@abernethy-bindery.example.co.uk>
Sent: Monday, December 14, 2026 4:12 PM
To: Fiona Leckie <fiona@harrowgate-litfest.example.org>
Subject: RE: Speaker notebooks

Here are the photos of the 40 finished notebooks. Could you confirm the delivery address for the courier?

Isla""",
         "TT", [REQ, YN],
         """Hi Fiona,

I’ve attached the invoice as a PDF. Saturday collection is fine: I’m in the workshop from 10 am, so any time after that suits.

Best wishes,
Isla"""),

    case("""Lovely, thank you. I’ll pop in on Wednesday.

Colin

--
Colin Marchbank | Marchbank Antiquarian Books
Looking for a first edition? Ask us — we search for free.""",
         "", [],
         """Hi Colin,

See you on Wednesday. The two volumes are ready and wrapped.

Isla""", quoted_only=True),

    # --- US auto-insurance claims desk -----------------------------------------------------
    case("""To the claims department,

I filed claim #AC-5520193 on November 30 after a driver rear-ended me at a stop light on Route 9. It is now almost three weeks later and I still have no rental car, and nobody has returned my calls. The other driver admitted fault at the scene and the police report says so. ⟦Why is this taking so long?⟧ ⟦When will my adjuster actually contact me?⟧ ⟦Does my policy cover a rental while my car is in the shop, yes or no?⟧

I am paying $214 a month for this.

Dana Whitfield
(614) 555-0132""",
         "FTT", [WHY, WHEN, YN],
         """Dear Ms. Whitfield,

I'm sorry for the frustration and for the missed calls. I understand how hard it is to be without a car.‸

Your claim has been assigned to adjuster Marcus Bell, and he will call you by 5 p.m. Eastern tomorrow, Thursday, December 17. Your policy includes rental reimbursement of up to $40 a day for up to 30 days, so you can rent a vehicle now and send us the receipts.

Sincerely,
Karen Osei
Claims Service, Lakeshore Mutual"""),

    case("""Hi,

Following up on my hail damage claim (HL-2290471). I have a few questions:

1. ⟦Can I choose my own body shop or do I have to use one on your list?⟧
2. ⟦Is the deductible taken out of the check or do I pay the shop directly?⟧
3. ⟦How long is the estimate valid for?⟧
4. ⟦Please send me a copy of the adjuster's photos.⟧

Thank you,
Greg Halvorsen

Sent from my iPhone""",
         "TTFF", [WHICH, WHICH, WHEN, REQ],
         """Hi Greg,

Thanks for your questions.

1. You're free to use any licensed repair shop; our network shops just come with a lifetime guarantee on the work.
2. The $500 deductible is subtracted from the payment we issue, so you'll pay the shop that amount when you pick up the car.
3. Estimates are generally accurate, but if the shop finds hidden damage it can file a supplement with us.‸

Best regards,
Nina Park
Lakeshore Mutual Claims"""),

    case("""Thanks Nina. One more question: ⟦if I go with the mobile glass service, do they come to my office?⟧ And ⟦is there any charge for that?⟧

Greg

On Tue, Dec 8, 2026 at 9:14 AM Nina Park <npark@lakeshoremutual.example.com> wrote:
> Hi Greg, your glass claim is approved. Would you like us to schedule the windshield replacement?""",
         "TF", [YN, YN],
         """Hi Greg,

Yes, ClearView Mobile Glass will come to your office or your home, whichever you prefer; the technician needs about an hour and a dry parking spot.‸

Best,
Nina"""),

    case("""Hello Ms. Park,

I got the letter saying my 2017 Corolla is a total loss. Honestly I figured as much after seeing it. The offer is $11,350, which seems low to me because I put new tires and a new battery on it in September and it only had 58,000 miles. I looked up comparable cars on a couple of dealer sites and they’re listed around $13,000. ⟦How did you come up with that number?⟧ ⟦Can I send you the receipts for the tires and battery to have them considered?⟧ Also, I still have about $4,200 left on my car loan. ⟦Do you pay the lender directly or does the check come to me?⟧

I’d like to get this wrapped up before the holidays if possible.

Thanks,
Luis Ortega""",
         "TTF", [HOW, YN, WHICH],
         """Hi Luis,

The valuation comes from a third-party market report that compares your Corolla with similar vehicles sold within 75 miles, adjusted for mileage, condition and options; I've attached the report so you can see the comparables. Yes, please send the tire and battery receipts and I'll ask the valuation team to review them.

We understand that losing a vehicle is stressful, and we aim to settle total-loss claims promptly.‸

Regards,
Nina Park
Lakeshore Mutual Claims"""),

    case("""⟦where do I upload the photos of the damage?⟧ the app keeps crashing. claim AC-5531408. -Tyler""",
         "T", [WHERE],
         """Hi Tyler,

Sorry the app is giving you trouble. You can upload the photos on our website instead at lakeshoremutual.example.com/claims/upload; just enter your claim number and your ZIP code.

Thanks,
Nina"""),

    # --- mobile dog-wash van ---------------------------------------------------------------
    case("""Hiya! 🐶 We’ve got a new rescue, Biscuit, a very hairy cockapoo who absolutely HATES the bath 🙈 ⟦Do you do nervous dogs?⟧ And ⟦how much is a full wash and dry for a medium dog?⟧ We’re in Cottenham. ⟦Do you come out this far?⟧

Thanks!!
Sophie x""",
         "TFT", [YN, HM, YN],
         """Hi Sophie,

Biscuit sounds lovely! 🐾 We see lots of nervous dogs: we use a low-pressure warm shower, take it slowly and give plenty of breaks (and treats).‸

We cover Cottenham every other Thursday, and our next free slot there is Thursday 7 January.

Best wishes,
Jess
Suds on Wheels"""),

    case("""hi the groomer came yesterday and my dogs ear has a small cut now, i think from the clippers. im not happy tbh. ⟦can someone call me about it⟧ and ⟦do i need to take him to the vet⟧ 07700 900318 - Gareth""",
         "TF", [REQ, YN],
         """Hi Gareth,

I’m really sorry to hear about his ear. I’ll ring you this afternoon before 4 pm so we can talk it through.

Our groomers are fully insured and trained in canine first aid, and we take the safety of every dog very seriously.‸

Jess
Suds on Wheels"""),

    case("""Hello Jess,

Rain is forecast for Tuesday 22 December 🌧️ ⟦Can we move Bramble’s wash to the following week?⟧ Also, ⟦would you be able to trim her nails at the same time?⟧ She was very good last time 😊

Thank you,
Mrs P. Hollins""",
         "TT", [REQ, REQ],
         """Dear Mrs Hollins,

No problem at all. I’ve moved Bramble to Tuesday 29 December at 11 am. Nail trims are £8, and I’ve added one to her booking.

Best wishes,
Jess"""),

    case("""Hi, forwarding this from my neighbour. ⟦Could you fit both our dogs in on the same visit?⟧ It’d save you a trip.

Ruth

---------- Forwarded message ---------
From: Alan Beecroft <alan.beecroft@example.net>
Date: Sat, 12 Dec 2026 at 18:20
Subject: dog wash
To: Ruth Swain <ruth.swain@example.com>

Ruth, can you ask your dog lady if she does big dogs? Max is a 40kg Newfoundland. What does she charge for that?""",
         "T", [REQ],
         """Hi Ruth,

Thanks for thinking of us! We’re happy to do both dogs back to back on the same visit. Newfoundlands are no trouble, and for a dog Max’s size the wash is £55.

Jess
Suds on Wheels"""),

    case("""Hi there,

⟦Where do you need to park the van?⟧ We’re in a flat with no driveway, just residents’ parking bays on the street. And ⟦do you need to plug into our electricity or water?⟧

Thanks,
Aaron Mbeki""",
         "TT", [WHERE, YN],
         """Hi Aaron,

The van is fully self-contained, with its own water tank and generator, so we won’t need anything from your flat. We just need a space within about 20 metres of your door; a residents’ bay is fine if you can get a visitor permit for the morning.

Jess
Suds on Wheels"""),

    # --- concert hall: cloakroom and lost property -----------------------------------------
    case("""Dear Lost Property,

I attended the Messiah on Sunday 20 December and I think I left my scarf on the back of seat K14 in the stalls. It’s a long dark green wool scarf with a tartan lining, quite old but it was my late husband’s, so I’d very much like it back. ⟦Has anything like that been handed in?⟧ ⟦If so, could it be posted to me?⟧ I’m happy to pay the postage. ⟦What are your opening hours over Christmas, in case I need to collect it in person?⟧

Many thanks,
Eleanor Pask""",
         "TTF", [YN, REQ, WHEN],
         """Dear Mrs Pask,

Good news: a green wool scarf with a tartan lining was handed in by our ushers after Sunday’s performance, and it’s now in our lost property office. We can certainly post it to you; postage is £3.95, and I’ll send a payment link once you confirm your address.‸

With best wishes,
Tomasz Wierzbicki
Front of House, Aldersgate Hall"""),

    case("""I queued for 45 minutes at your cloakroom after last night’s concert and missed my last train home. This is the third time this season. ⟦Why is there only ever one person working the cloakroom?⟧ ⟦Are you going to refund my taxi fare (£62)?⟧ I want an answer, not a form letter.

J. Ferreira""",
         "FF", [WHY, YN],
         """Dear Mr Ferreira,

Thank you for your feedback.‸ We value every visitor’s experience at Aldersgate Hall and are always looking at ways to improve the interval and post-concert flow, including the cloakroom.

Kind regards,
Visitor Services
Aldersgate Hall"""),

    case("""Hi there,

Coming to the New Year's Eve gala straight from the airport (flying in from Boston), so I'll have luggage with me. Quick questions:
- ⟦Can the cloakroom take a carry-on-size suitcase?⟧
- ⟦Is there a fee per item?⟧
- ⟦What time does the cloakroom open before the concert?⟧

Thanks!
Jenna Morales""",
         "TTT", [YN, YN, WHEN],
         """Hi Jenna,

We can take cabin-size suitcases at the cloakroom (up to 55 × 40 × 20 cm), and it opens 90 minutes before the start, so from 8.30 pm on New Year’s Eve. Charges are £2 a coat or bag and £4 a suitcase.

See you on the 31st!
Tomasz"""),

    case("""Got it, thank you so much — the earring is back where it belongs!

Ama Boateng
Senior Associate | Whitlow & Crane LLP

This email may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
         "", [],
         """Dear Ms Boateng,

Wonderful, I’m so glad it reached you safely. Enjoy the rest of the season!

Tomasz""", quoted_only=True),

    case("""Hi, ⟦where do I collect my coat if the cloakroom has closed?⟧ I had to rush off for the last bus after the carol concert on Wednesday 23 December and left it there with ticket 212. ⟦Is it safe until after Christmas?⟧

Kirsty""",
         "FT", [WHERE, YN],
         """Dear Kirsty,

Your coat is safe: anything left at the cloakroom goes to our lost property office at the end of the night, and we keep it for 30 days.‸

With best wishes,
Tomasz
Aldersgate Hall"""),

    # --- fishing-tackle shop ---------------------------------------------------------------
    case("""⟦Got any 12ft 2.75lb carp rods in stock?⟧ ⟦What’s the best reel to pair with one for under £100?⟧ ⟦Do you price match?⟧
Cheers, Kev

--
Kev Dawes | Dawes Carp Syndicate
Fancy a day ticket? Ask about our lakes.""",
         "TTF", [YN, WHICH, YN],
         """Hi Kev,

We’ve got four 12ft 2.75lb rods in at the moment, including the Kingfisher Vantage at £89. For under £100 I’d go for the Marlowe 6000 big-pit reel (£79.99); it balances nicely on that rod.‸

Tight lines,
Dean
Riverside Tackle"""),

    case("""Hello,

I am from Poland and I am living in Reading since two years. I want to start fishing on the river Thames with my son (he has 11 years). I do not know the rules here very good. ⟦Which licence we need⟧, and also ⟦my son needs one?⟧ ⟦Can you sell it in the shop or only on internet?⟧ Also I want to buy a simple set for beginner, ⟦please recommend something not too expensive.⟧

Thank you very much,
Marek Wiśniewski""",
         "TTTT", [WHICH, YN, WHICH, REQ],
         """Dear Marek,

Welcome to fishing! You need a rod fishing licence from the Environment Agency; for coarse fishing it costs about £35 a year. Children under 13 don’t need one, so your son can fish without a licence. The licence is sold online only, but we are happy to help you buy it on the computer in our shop.

For a beginner I recommend our Starter Float Kit at £39.99: rod, reel with line, floats, hooks and a small box, everything you need for the Thames.

Tight lines,
Dean
Riverside Tackle"""),

    case("""Hi,

My order RT-48817 arrived today but the landing net handle is missing from the parcel; only the net head came. ⟦Can you send the handle out separately?⟧ I’m going to Linch Hill on Saturday 9 January. ⟦Will it arrive by then?⟧

Thanks,
Stuart Onslow

From: Riverside Tackle <orders@riverside-tackle.example.co.uk>
Sent: 04 January 2027 10:31
To: stuart.onslow@example.com
Subject: Your order RT-48817 has shipped

Your order is on its way! Questions? Reply to this email.""",
         "TF", [REQ, YN],
         """Hi Stuart,

Sorry about that: the handle was packed separately and it looks like it didn’t make it into the box. We’ve sent a replacement handle out today by tracked courier.‸

Dean
Riverside Tackle"""),

    case("""Perfect, that’s the one. Ordered it just now.

Cheers
Kev

> Hi Kev, the Marlowe 6000 is back in stock. Would you like us to put one aside for you?
> Dean""",
         "", [],
         """Hi Kev,

Great stuff, it’ll go out with tomorrow’s post.

Tight lines,
Dean""", quoted_only=True),

    # --- US lawn-care company --------------------------------------------------------------
    case("""Hi,

We just bought a house on Maple Ridge Drive and the lawn is in rough shape: lots of bare patches and some kind of grub damage the previous owner mentioned. ⟦Do you offer aeration and overseeding in the spring?⟧ We'd also want regular mowing from April through October. ⟦Could you give us a ballpark for a quarter-acre lot?⟧ And ⟦do you treat for grubs, or is that a separate company?⟧

Thanks,
Caitlin & Ben Sorensen
(503) 555-0186""",
         "TFT", [YN, HM, WHICH],
         """Hi Caitlin and Ben,

Congratulations on the new house! Yes, we do core aeration and overseeding from mid-April, and our grub control program covers the whole season, so there's no need for a second company.

Every lawn is different, so we'd like to come out for a free assessment before we talk numbers.‸

Best,
Ryan Whitaker
Greenhaven Lawn Co."""),

    case("""your guys mowed my lawn on wednesday when it was soaking wet and left ruts all over the front yard. ⟦who is going to fix this⟧ and ⟦why wasnt the visit skipped like your website says you do in wet weather⟧ ⟦i want someone out here this week⟧""",
         "TFT", [WHICH, WHY, REQ],
         """Hi,

I'm sorry about the ruts in your front yard. Our crew leader, Marco, will come by on Friday morning to look at the damage, and we'll repair it at no cost to you, whether that means topdressing and seed or new sod.‸

Regards,
Ryan
Greenhaven Lawn Co."""),

    case("""⟦Please cancel my lawn program effective immediately.⟧ ⟦Will I be charged for the December visit?⟧ Account #GL-40918.
Thanks, Harold Beam""",
         "FF", [REQ, YN],
         """Hi Harold,

We're sorry to see you go! Before you cancel, did you know you can pause your program over the winter for free? Many customers prefer this so they keep their spring rate.‸

Let me know how you'd like to proceed.

Ryan
Greenhaven Lawn Co."""),

    case("""Hey Ryan! 🍂 Leaves are piling up again. ⟦Can your crew do one more cleanup before Christmas?⟧ ⟦Same price as the November one?⟧ 🙏
Thx, Dee""",
         "TT", [REQ, YN],
         """Hey Dee,

We sure can. I've put you down for Monday, December 21, and it'll be $145, same as last time.

Happy holidays!
Ryan"""),

    case("""Ryan — see the HOA letter below. ⟦Is this something you can handle?⟧ ⟦How fast?⟧ They're giving us 14 days.

Mark Tillery

---------- Forwarded message ---------
From: Brookfield Commons HOA <board@brookfieldcommons.example.org>
Date: Mon, 7 Dec 2026 at 08:00
Subject: Notice of violation — 112 Larkspur Ct
To: mark.tillery@example.com

Dear Homeowner, the shrubs along your front walk exceed the permitted height. Please trim them to under 4 ft within 14 days. Can you confirm receipt of this notice?""",
         "TF", [YN, WHEN],
         """Hi Mark,

Yes, shrub trimming is something we do all year round, and our crews know the Brookfield Commons guidelines well.‸

Best,
Ryan
Greenhaven Lawn Co."""),

    # --- charity shop furniture collection -------------------------------------------------
    case("""Hello,

We’re clearing my late father’s bungalow in Shepton Road and would like to donate most of the furniture: a three-piece suite, a double bed with mattress, a pine dresser and a dining table with four chairs. ⟦Do you collect?⟧ ⟦Is there a charge?⟧ ⟦Are there any items you can’t take?⟧ The house needs to be empty by Friday 15 January.

Kind regards,
Hugh Dennison""",
         "TTT", [YN, YN, YN],
         """Dear Mr Dennison,

I’m sorry for the loss of your father, and thank you for thinking of St Oda’s Hospice shops.

We offer free collection across the district. We’ll gladly take the dresser, table and chairs. Upholstered furniture needs its fire-safety label to be resold, so please check the suite for one, and we’re unable to accept used mattresses.

Our van has a free morning on Tuesday 12 January; would that work for you?

Kind regards,
Sally Green
Furniture Collections, St Oda’s Hospice"""),

    case("""You were meant to collect a wardrobe and sofa from 14 Alder Close today between 8 and 12. I took the morning off work. Nobody came and nobody rang. ⟦What happened?⟧ ⟦When are you coming instead?⟧ If I don’t hear back I’ll take it all to the tip.

Rachel Tomlin
07700 900655""",
         "FF", [WHY, WHEN],
         """Dear Rachel,

I’m so sorry you took the morning off and we didn’t arrive. That’s not how we want to treat anyone who donates to us.

Our collections rely on volunteer drivers, and the team is rebooking all of today’s missed collections as quickly as we can.‸

With apologies,
Sally
St Oda’s Hospice"""),

    case("""Hello charity shop,

I move back to Spain end of month and I have some furnitures to give:
- sofa bed (grey, 2 years old, have fire label)
- small desk
- bookshelf IKEA

⟦Can you take all?⟧ I live on 3rd floor with no lift, ⟦this is problem?⟧ ⟦Which day you can come?⟧

Thank you,
Lucía Herrera""",
         "TTF", [YN, YN, WHEN],
         """Dear Lucía,

Thank you for your kind donation! We’d be glad to take all three. Our drivers carry from any floor as long as the items fit down the stairwell, so the lack of a lift is no problem.‸

Best wishes,
Sally
St Oda’s Hospice"""),

    case("""Thank you Sally, Tuesday is fine. Dad would have been pleased.

Hugh

On Wed, 6 Jan 2027 at 15:40, St Oda's Furniture Collections <furniture@stodas.example.org.uk> wrote:
> Dear Mr Dennison,
> Our van has a free morning on Tuesday 12 January; would that work for you?
> Kind regards,
> Sally""",
         "", [],
         """Dear Mr Dennison,

Thank you, that’s booked: our van will be with you between 9 am and 12 on Tuesday 12 January.

Kind regards,
Sally""", quoted_only=True),

    # --- vintage-car hire for weddings -----------------------------------------------------
    case("""Hi there!!

My fiancé and I are getting married on Saturday 19 June 2027 at St Michael’s in Hatherleigh and the reception is at Wortham Barn about 6 miles away 💍 I’ve been looking at your website for MONTHS and I’ve fallen in love with the 1936 Rolls-Royce (the cream one!!). ⟦Is it available on our date?⟧ ⟦How much is it for the church to the reception?⟧ ⟦Does the chauffeur wear a uniform with a cap?⟧ My grandad was a chauffeur so that would mean a lot 😭 Also ⟦could we do photos with the car at the barn?⟧

Thank you so much!!
Chloe""",
         "TFTT", [YN, HM, YN, REQ],
         """Hi Chloe,

Congratulations to you both! 🎉 The cream Rolls is one of our favourites too, and I’m delighted to say she’s free on Saturday 19 June. Our chauffeurs wear a traditional grey uniform with a peaked cap. Photos at the barn are included, and the chauffeur will wait up to 30 minutes for them.‸

Warmest wishes,
Penny Alcott
Bygone Wedding Cars"""),

    case("""Hello, I'm booking for my son's wedding in the UK next summer (we're in Denver). ⟦Do you take payment in US dollars or only pounds?⟧ ⟦Is the deposit refundable if the wedding is postponed?⟧ Regards, Tom Adair""",
         "TF", [WHICH, YN],
         """Dear Mr Adair,

We invoice in pounds sterling, but you can pay with any international credit card and your bank will convert it.

All our bookings come with a clear written contract, and we always do our best to accommodate couples whose plans change.‸

Kind regards,
Penny
Bygone Wedding Cars"""),

    case("""Hi Penny,

Slight change of plan, the ceremony has moved from the church to Ashbrook Register Office (same date, 1 pm). ⟦Does that change the price?⟧ ⟦Could you also add a second car for the bridesmaids?⟧ ⟦I’d be grateful if you could send an updated contract.⟧

Thanks,
Amira Haddad

-----Original Message-----
From: Penny Alcott <penny@bygoneweddingcars.example.co.uk>
Sent: Thursday, December 10, 2026 9:05 AM
To: Amira Haddad
Subject: Your booking BWC-0612

Please let us know if anything changes with your plans.""",
         "TTT", [YN, REQ, REQ],
         """Hi Amira,

Thanks for letting me know. The register office is on the same side of town, so the price stays at £520. I’ve added our 1950s Daimler for the bridesmaids (£295), and the updated contract is attached.

Best wishes,
Penny"""),

    case("""Dear Ms Alcott,

The car on Saturday was lovely but it arrived 25 minutes late and my daughter walked into the church flustered. The ribbons were also white when we had asked for ivory. I think a partial refund is fair. ⟦Can you explain why the driver was so late?⟧ ⟦What refund are you offering?⟧

Regards,
Geoffrey Barnes""",
         "TT", [WHY, HM],
         """Dear Mr Barnes,

Thank you for your email, and I’m so sorry the start of your daughter’s day was stressful. Our driver was delayed by a road closure on the A386 that morning, and he should have rung you the moment he knew. I’d like to offer a refund of £150, which I’ll send to your card by Friday.

Kind regards,
Penny Alcott"""),

    case("""FYI, below is what the venue sent me. We’re sorted now, thank you for all your help!

Begin forwarded message:

From: Wortham Barn <events@worthambarn.example.co.uk>
Subject: Car parking on the day
Date: 11 December 2026 at 14:22:10 GMT
To: Chloe Rendell <chloe.rendell@example.com>

Hi Chloe, could you ask your car company to park by the old granary? Please let us know the registration.""",
         "", [],
         """Hi Chloe,

Thank you for sending that on. Our chauffeur will park by the old granary as the venue asks, and I’ve emailed them the registration.

Best wishes,
Penny""", quoted_only=True),

    # --- translation app support (US) ------------------------------------------------------
    case("""Hi support,

Since updating to version 8.2 yesterday, the offline Spanish pack keeps disappearing. I download it (about 480 MB), it works for a while, then the next day it's gone and the app says "Connect to the internet to translate." I'm traveling in rural Peru right now so this is a real problem. ⟦Is this a known bug?⟧ ⟦Is there a way to stop the app from deleting the pack?⟧ ⟦Can I roll back to 8.1?⟧

Phone: Pixel 7, Android 15.

Thanks,
Rachel Kim""",
         "TTF", [YN, HOW, YN],
         """Hi Rachel,

Thanks for the detailed report, and sorry for the trouble while you're traveling. Yes, this is a known issue in 8.2 on some Android phones; a fix is in 8.2.1, due out on Monday. Until then, go to Settings, then Offline languages, and turn off "Free up space automatically"; that stops Android from clearing the pack.‸

Best,
Andre
LinguaPal Support"""),

    case("""I was charged $59.99 for an ANNUAL subscription I never signed up for. I only wanted the free trial. ⟦Refund this immediately.⟧ And ⟦how do I make sure it doesn't renew next year?⟧""",
         "TT", [REQ, HOW],
         """Hi,

I've refunded the $59.99 to your original payment method; it usually appears within 5 to 10 business days. I've also turned off auto-renewal on your account, so you won't be charged again.

Sorry for the confusion,
Andre
LinguaPal Support"""),

    case("""Hello,

Our clinic is looking at LinguaPal for front-desk staff who deal with Spanish- and Vietnamese-speaking patients. A few questions before we commit:

1. ⟦Is patient data stored on your servers⟧, and ⟦if so, where?⟧
2. ⟦Will you sign a BAA?⟧
3. ⟦What does the Team plan cost for 12 seats?⟧
4. ⟦Does the conversation mode work without an internet connection?⟧

Best regards,
Dr. Anita Rao
Practice Manager, Eastside Family Clinic""",
         "TTFTF", [YN, WHERE, YN, HM, YN],
         """Dear Dr. Rao,

Thanks for considering LinguaPal.

1. Conversation audio is processed in memory and never stored; text transcripts are kept only if a user saves them, in our data centers in Oregon and Virginia.
2. Healthcare compliance is a priority for us, and our security overview is available on request.
3. The Team plan is $8 per seat per month, so $96 a month for 12 seats, billed annually.‸

Best regards,
Andre
LinguaPal Business"""),

    case("""Love the app!! 😍 Quick q: ⟦can I export my saved phrases to Anki?⟧ Studying for a trip to Japan in March 🇯🇵""",
         "T", [YN],
         """Hi there,

Thanks so much! Not directly yet, but you can export your phrasebook as a CSV file from the Phrasebook menu, and Anki can import that. Here's a step-by-step guide: linguapal.example.com/help/anki

Have a great trip!
Andre"""),

    case("""cant log in 😩 it says my email isnt registered but ive been using the app for 2 years. ⟦did you delete my account??⟧ ⟦pls fix⟧ i have 800 saved phrases in there""",
         "FF", [YN, REQ],
         """Hi,

Sorry to hear you can't sign in. I've passed your message on to our accounts team and they'll be in touch.‸

Andre
LinguaPal Support"""),

    # --- village hall bookings secretary ---------------------------------------------------
    case("""Dear Mrs Fairbrother,

I’d like to book the main hall for my son’s 7th birthday party on Saturday 6 February, 2 till 5 pm. We’re expecting about 25 children and a handful of parents. ⟦Is the hall free that afternoon?⟧ ⟦Could we use the kitchen as well?⟧ We’d like to bring a bouncy castle (indoor one, 4m × 4m). ⟦Is that allowed⟧, and ⟦does it need extra insurance?⟧

Thanks very much,
Nadia Cole
07700 900233""",
         "TTTF", [YN, YN, YN, YN],
         """Dear Nadia,

Thank you for your enquiry. The main hall is free on Saturday 6 February from 2 pm, and I’ve pencilled you in. The kitchen comes with the booking at no extra cost.

Bouncy castles are welcome in the main hall as long as they stay clear of the stage.‸

Kind regards,
June Fairbrother
Bookings Secretary, Much Haddow Village Hall"""),

    case("""Hi, I run a Pilates class and I’m looking for a hall on Thursday evenings from January. ⟦What’s your hourly rate for regular hirers?⟧ ⟦Is there storage for mats?⟧
Thanks, Gemma

--
Gemma Rowe Pilates
Ready to feel stronger? Book your first class free!""",
         "FF", [HM, YN],
         """Hi Gemma,

We have Thursday evenings free from 7 January, 6 till 9 pm. Our regular hirers include a yoga group and a toddler music class, so the hall is well used to this sort of booking.‸

June
Much Haddow Village Hall"""),

    case("""Mrs Fairbrother,

It’s now five weeks since our event on Saturday 7 November and our £100 deposit still hasn’t been returned. The hall was left spotless; the caretaker said so himself. ⟦When will we get it back?⟧ And ⟦why has nobody answered my two previous emails?⟧

Paul Ingham""",
         "FT", [WHEN, WHY],
         """Dear Mr Ingham,

I’m sorry for the delay and for not replying sooner: I’ve been away for three weeks and the inbox wasn’t covered, which I should have arranged. I’ve checked with our treasurer and your deposit is being processed.‸

Yours sincerely,
June Fairbrother"""),

    case("""Hello,

We are planning our wedding reception for Saturday 24 July 2027 and would love to have it at the village hall. Some questions:

1) ⟦What is the maximum capacity for a seated dinner?⟧
2) ⟦Do you have a licence for alcohol, or do we need a TEN?⟧
3) ⟦How late can music go on?⟧
4) ⟦Are we allowed to put up fairy lights on the beams?⟧

Many thanks,
Oliver & Jas""",
         "TTTF", [HM, WHICH, WHEN, YN],
         """Dear Oliver and Jas,

Congratulations! The hall seats 90 for dinner at round tables. We don’t hold a premises licence, so you’d need a Temporary Event Notice from the district council; it costs £21 and must be given at least ten working days before. Amplified music must finish by 11.30 pm.‸

Kind regards,
June"""),

    case("""Dear June,

Just a note to say thank you for all your help with Mum’s 90th on Saturday. The hall looked beautiful and everyone commented on how warm it was, even with that wind! Who knew a village hall could feel so grand?

With love and thanks,
Bridget Monk""",
         "", [],
         """Dear Bridget,

Thank you so much for your lovely note. I’m so glad the day went well; please pass on my best wishes to your mum.

June"""),

    # --- crematorium office ----------------------------------------------------------------
    case("""Dear Sir or Madam,

My father’s funeral took place at Hollins Vale Crematorium on Tuesday 15 December. The funeral director has told us the ashes will be ready to collect, but ⟦could you tell me when exactly?⟧ We would like to scatter them in the Garden of Remembrance. ⟦Can family be present when that is done?⟧ ⟦Is there a fee?⟧

Thank you for your help at this difficult time.

Yours faithfully,
Andrew Sayle""",
         "TTF", [WHEN, YN, YN],
         """Dear Mr Sayle,

Please accept our condolences on the loss of your father.

Your father’s ashes will be ready from Monday 21 December. Family are very welcome to attend the strewing in the Garden of Remembrance; our staff will arrange a time with you, and we can hold a short moment of reflection if you wish.‸

Yours sincerely,
Maureen Clegg
Hollins Vale Crematorium Office"""),

    case("""Good morning,

⟦Could you confirm whether the 11.30 slot on Wednesday 6 January is still available for the Pritchard family?⟧ They would like a 40-minute service. ⟦Is a double slot required for that length?⟧ ⟦Please also send the music request form.⟧

Kind regards,
Simon Brace
Brace & Daughters Funeral Directors
020 7946 0712

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell us and delete it.""",
         "TTF", [YN, YN, REQ],
         """Good morning Simon,

The 11.30 on Wednesday 6 January is still free, and I’ve held it for the Pritchards until 5 pm tomorrow. Services over 30 minutes do need a double slot, so I’ve held 11.30 to 12.30.‸

Kind regards,
Maureen
Hollins Vale Crematorium Office"""),

    case("""I paid £245 in October for a memorial plaque for my wife in the rose garden. It was supposed to be installed by the end of November. It is still not there. I went on her birthday and there was nothing. ⟦When will it be installed?⟧ ⟦Why was I not told about the delay?⟧ ⟦I want to speak to the manager.⟧

Derek Halloran
07700 900871""",
         "TTT", [WHEN, WHY, REQ],
         """Dear Mr Halloran,

I am so sorry. I can only imagine how upsetting it was to visit on your wife’s birthday and find the plaque missing.

The engraver had a backlog this autumn and I should have written to let you know, which I didn’t; I apologise for that. Your plaque is now engraved and will be installed by Friday 8 January. Our manager, Mrs Ruth Okonjo, will ring you tomorrow morning.

Yours sincerely,
Maureen Clegg
Hollins Vale Crematorium Office"""),

    case("""Thank you, Maureen. That is all very clear and we will see you on the 21st.

Andrew

On Thu, 17 Dec 2026 at 10:12, Hollins Vale Crematorium <office@hollinsvale.example.gov.uk> wrote:
> Dear Mr Sayle,
> The strewing is booked for Monday 21 December at 11 am. Would you like a member of the chaplaincy team to say a few words?""",
         "", [],
         """Dear Mr Sayle,

Thank you. We will be ready for you at 11 am on Monday 21 December, and you are welcome to come a little early if you would like some quiet time in the garden first.

Yours sincerely,
Maureen Clegg""", quoted_only=True),

    # --- knitting-yarn subscription --------------------------------------------------------
    case("""Hi Woolly Post team! 🧶

I've been a subscriber since March and I adore every box, but I'm moving from Portland to Halifax, Nova Scotia in January. ⟦Do you ship to Canada?⟧ ⟦If so, how much more is shipping?⟧ I'd also love to switch from the DK box to the fingering-weight box at the same time. ⟦Can I do that myself in my account or do you need to do it?⟧

Thanks a million,
Marisol 💕""",
         "TTF", [YN, HM, WHICH],
         """Hi Marisol,

So glad you're loving the boxes! 🧡 Yes, we ship to Canada; international shipping is an extra $9.50 a box, and you'll see it at checkout once you update your address.‸

Happy knitting,
Beth
The Woolly Post"""),

    case("""hey my december box came with the wrong colorway, i got Moss instead of Cranberry (which is what the site said this month). not a huge deal but ⟦can you send the right one⟧ and ⟦do i need to send the moss back⟧""",
         "TT", [REQ, YN],
         """Hi!

So sorry about the mix-up! A handful of December boxes went out with the wrong skeins. Please keep the Moss with our compliments; the Cranberry skein is already on its way to you, and you should have it by Wednesday.

Beth
The Woolly Post"""),

    case("""Hello,

I’m going to be in hospital for a few weeks in January for a knee replacement and won’t be knitting much. ⟦Is it possible to pause my subscription for two months?⟧ And ⟦would I lose my loyalty discount if I did?⟧

Best wishes,
Gwen Ridley

Sent from my iPad""",
         "FF", [YN, YN],
         """Dear Gwen,

Wishing you a smooth operation and a speedy recovery! 💐‸ We offer a flexible range of subscription options, and our customers’ wellbeing always comes first. You can manage your subscription from the My Account page at any time.

Warm wishes,
Beth
The Woolly Post"""),

    case("""⟦Can I buy a 6-month subscription as a gift and have the first box arrive by Christmas?⟧ It's for my sister in Ohio. ⟦What's the last order date?⟧ -Kendra""",
         "TT", [YN, WHEN],
         """Hi Kendra,

You can! The 6-month gift subscription is $174, and orders placed by midnight Pacific on Friday, December 18, ship by priority mail and arrive before Christmas.

Beth
The Woolly Post"""),

    # --- loft-insulation installer ---------------------------------------------------------
    case("""Hello,

We live in a 1930s semi in Hitchin and the loft has only about 50mm of old insulation. The bedrooms are freezing. ⟦Could you come and give us a quote?⟧ ⟦Are there any grants available at the moment?⟧ We’re both retired and on pension credit, if that makes a difference. ⟦How long does the job usually take?⟧

Kind regards,
Brian & Pat Elstow
020 7946 0388""",
         "TFT", [REQ, YN, WHEN],
         """Dear Mr and Mrs Elstow,

Thank you for your enquiry. I can come and survey the loft on Wednesday 13 January at 10 am, and I’ll give you a written quote on the day. A typical semi takes one day, usually five or six hours.‸

Kind regards,
Keith Dunmore
WarmTop Loft Insulation"""),

    case("""Your fitters were here on Monday. They’ve left insulation fibres all over the landing carpet and my daughter’s bedroom, and there is a crack in the hatch frame that wasn’t there before. ⟦Who’s going to pay for cleaning the carpets?⟧ And ⟦what are you going to do about the hatch?⟧ I’m not paying the balance until this is sorted.

Mrs L. Achebe""",
         "TF", [WHICH, HOW],
         """Dear Mrs Achebe,

I’m very sorry the team left your landing and your daughter’s room in that state. We’ll pay for a professional carpet clean: please book one and send us the invoice, or we can arrange it for you.‸

We understand your decision to hold the balance for now.

Kind regards,
Keith Dunmore
WarmTop Loft Insulation"""),

    case("""Dear sir,

I have bought the house in Stevenage and the loft has no insulation at all 😮 Surveyor says I must to put 270mm. ⟦You can do it before end of January?⟧ Also ⟦is it necessary that I empty the loft before, or your team move the things?⟧ There is many boxes.

Best regards,
Tariq Nazari""",
         "TF", [YN, WHICH],
         """Dear Tariq,

Welcome to your new home! We have installation days free in the week of 25 January, so yes, we can have it done before the end of the month.‸

Best regards,
Keith
WarmTop Loft Insulation"""),

    case("""Hi Keith,

Thanks for the quote. Before we go ahead: ⟦does the price include boarding over the insulation so we can still store things up there?⟧ ⟦If not, what would that add?⟧ And ⟦could the work be done on a Saturday?⟧ We both work weekdays.

Thanks,
Hannah Voss

From: Keith Dunmore <keith@warmtop.example.co.uk>
Sent: Friday, December 11, 2026 3:47 PM
To: Hannah Voss <hannah.voss@example.com>
Subject: Quote Q-2611

Please find attached our quote for 270mm loft insulation at 14 Orchard Way. Any questions, let me know.""",
         "TTT", [YN, HM, YN],
         """Hi Hannah,

The quote covers the insulation only. Boarding 10 square metres on raised loft legs would add £640, which keeps the insulation at its full depth underneath. Yes, we do Saturday installs; the next free one is Saturday 16 January.

Best,
Keith"""),

    case("""hi, ⟦can you remove spray foam insulation?⟧ we found it under the roof and the mortgage lender wont lend on the house with it there. ⟦how much roughly?⟧ and ⟦how soon could you start?⟧ sale falls through if not done by feb""",
         "FFF", [YN, HM, WHEN],
         """Hi,

Spray foam has become a real issue with lenders in the last few years, and it’s something we hear about more and more.‸ Every roof is different, so we’d need to see it before giving any figures.

Thanks,
Keith
WarmTop Loft Insulation"""),
]
