"""The cases of Tactful's questions held-out set 38 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout38.py turns them into the JSONL.

"Today" is Monday 11 January 2027. Fourteen invented businesses, five cases each, in this order: a dhow
builder (Zanzibar, Tanzania), a macadamia processor (Malawi), a remote-telescope host and stargazing farm
(Namibia), a ship-model workshop (Mauritius), a chattel-house builder and mover (Barbados), a hammock maker
(Guyana), a vanilla grower (Tonga), a silversmith (Cambodia), a marine surveyor (Gibraltar), a felt-ger
maker (Mongolia), an olive-oil soap maker (Lebanon), an imigongo cooperative (Rwanda), a handmade-paper
maker (Bhutan) and a Lefkara lace house (Cyprus).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Nungwi Dhow Works (dhows and ngalawa built and repaired; Nungwi, Zanzibar, Tanzania)
    case(
        """\
Dear Amina,

Thank you for the drawings and for your patience with us. We have now been in Paje for three seasons and our guests keep asking for a proper sailing trip instead of the motor boat, so Joost and I have decided to do it properly and have a mashua built rather than buy a second-hand one.

The boat we have in mind is about 10 metres, with a lateen sail and room for twelve guests sitting. ⟦Could you tell us roughly how long a boat like that takes to build, from laying the keel to launching?⟧ We would like to start sunset trips in June, but we know nothing about how long the work takes. Joost has also read that the old cotton sails are more beautiful but need more care, and ⟦we wondered what the boat would cost with a cotton sail rather than a synthetic one.⟧

We will both be in Nungwi the weekend after next. ⟦Would it be all right to visit the yard on Saturday 16 January and see a hull that is being built?⟧

One more practical point: ⟦we will need the boat registered and insured for passengers before we open in June.⟧

With kind regards,
Marloes van Dijk
Kiteview Lodge, Paje

On Tue, 5 Jan 2027 at 10:12, Amina Haji <office@nungwidhow.example.co.tz> wrote:
> Karibu Marloes,
> Please send us the drawings and the number of guests and Mzee Haji will look at them.
> Amina""",
        [Y, N, Y, Y],
        ["when", "how much", "yes/no", "request"],
        """\
Dear Marloes,

Thank you for the drawings, they are very clear. Mzee Haji says a 10-metre mashua takes about five months from the keel to the launch, so if we lay the keel in the first week of February she will be in the water by early July at the latest, and in June if the timber comes on time.

Mzee Haji wants to look again at the sail plan before we give you a price, so I will send the full costing, with cotton and with synthetic, once he has seen the drawings with you.‸

You are very welcome on Saturday 16 January. Come in the morning, before the heat; there is a 12-metre hull on the slipway now and you can climb in.

Registration with the Zanzibar Maritime Authority we do for you as part of the build. Passenger insurance has to be taken out by the owner, but we can give you the name of the broker our other lodges use.

Karibu sana,
Amina Haji
Nungwi Dhow Works""",
    ),
    case(
        """\
habari amina ⟦the ngalawa for my uncle is ready or not⟧ 🙏 ⟦how much remains to pay⟧ i come tomorrow with boda. ⟦can fundi also write the name ZUHURA on the bow⟧

Sent from my TECNO""",
        [Y, Y, N],
        ["yes/no", "how much", "request"],
        """\
Habari Juma,

Yes, the ngalawa is ready, the paint dried on Saturday. The balance is TSh 850,000; you paid 600,000 in November.‸

Come any time before 5 pm tomorrow and ask for Fundi Salim at the slipway.

Amina""",
    ),
    case(
        """\
Dear Mr Haji,

I am writing about our dive boat Kendwa Star, which came back from your yard on 28 December after re-caulking and the replacement of the planks on the starboard side.

Since then she has been taking on water every day. On Saturday the bilge pump ran for most of the morning and we had to cancel two charters with eight divers. I paid US$ 1,900 for this work and I am very unhappy.

⟦I want your fundi here this week to re-caulk her, at no charge.⟧ ⟦Why was the old wood on the starboard side not replaced as your quote said?⟧ My skipper says two of the old planks are still there. ⟦I also expect the two lost charters (US$ 640) to be refunded.⟧

Regards,
Tobias Lindqvist
Blue Reef Divers, Kendwa

From: Amina Haji <office@nungwidhow.example.co.tz>
Sent: 28 December 2026 16:40
To: Tobias Lindqvist
Subject: Kendwa Star - ready

Dear Tobias, the boat is ready for collection. Please bring the balance in cash or send it to the account below.""",
        [Y, Y, N],
        ["request", "why", "request"],
        """\
Dear Tobias,

I am very sorry that Kendwa Star is leaking and that you lost two charters because of it.

Fundi Salim will be at Kendwa on Wednesday 13 January at 7 am to haul her out and re-caulk the seams, at no charge to you.

About the planks: when we opened the starboard side, only two of the four planks in the quote were rotten, and Mzee Haji decided to keep the two sound ones rather than put new timber beside old. He should have told you that and taken them off the bill; the US$ 180 for those two planks will be refunded to you this week.

For the lost charters I need to speak with Mzee Haji when he is back from Pemba.‸

With apologies,
Amina Haji
Nungwi Dhow Works""",
    ),
    case(
        """\
Asante sana Amina, the second payment went this morning from CRDB, reference ND-2231. I will tell you when the timber arrives in Mkokotoni.

Said

On Fri, 8 Jan 2027 at 09:03, Amina Haji <office@nungwidhow.example.co.tz> wrote:
> Habari Said,
> Could you please confirm when the mninga timber will arrive? Mzee Haji wants to start the frames.
> Also please send the second payment so we can pay the sawyers.""",
        [],
        [],
        """\
Habari Said,

Asante, we have received the payment, reference ND-2231. Mzee Haji will wait for your message about the timber before starting the frames.

Amina""",
        quoted_only=True,
    ),
    case(
        """\
Dear Ms. Haji,

I direct the maritime archaeology field school at Eastern Carolina State, and a colleague who visited Nungwi last year spoke very highly of your yard. We are hoping to bring four graduate students to Zanzibar from February 8 to 19 to document traditional hull construction.

Specifically, we would like to ask for:

- ⟦permission to photograph, measure and sketch a hull under construction during those two weeks⟧
- ⟦a rough daily fee for the time your fundis spend answering our questions⟧
- ⟦Is there a guesthouse within walking distance of the yard where five people could stay?⟧
- ⟦whether Mzee Haji would agree to a recorded interview about how he learned the trade (we'll bring an interpreter)⟧

Thank you for considering this.

Best regards,
Dr. Karen Whitfield
Program in Maritime Studies
Eastern Carolina State University
Tel. (252) 555-0148

Sent from Outlook""",
        [Y, Y, Y, N],
        ["request", "how much", "where", "yes/no"],
        """\
Dear Dr. Whitfield,

Thank you, we would be happy to have you. From February 8 to 19 we will have the frames going up on a 14-metre jahazi, which is the best stage for measuring, and your students are welcome to photograph, measure and sketch as much as they like.

For the fundis' time we ask US$ 25 per day for each fundi who works with you, paid at the end of the stay.

Mama Rehema's guesthouse is three minutes' walk from the yard and has three double rooms; I can book it for you if you send me the names.

Mzee Haji learned from his own father on this same beach, and he is always happy to talk about the old boats with visitors.‸

Best regards,
Amina Haji
Nungwi Dhow Works""",
    ),
    # --- Mzuzu Macadamia Co. (macadamia processor and exporter; Mzuzu, Malawi)
    case(
        """\
Muli bwanji Chikondi. pls ⟦i need 20 packets of the salted ones for my shop in lilongwe⟧, ⟦can u send by axa tmr⟧. ⟦price same as last time??⟧ 👍

Sent from my itel""",
        [Y, Y, Y],
        ["request", "yes/no", "yes/no"],
        """\
Ndili bwino, Mphatso, zikomo!

Your 20 packets of salted kernels will go on the AXA coach tomorrow, Tuesday, at 7 am; collect them at the Lilongwe depot from about 1 pm. The price has gone up since December, from MK 4,500 to MK 5,200 a packet, so the total is MK 104,000. You can pay by Airtel Money as before.

Chikondi
Mzuzu Macadamia Co.""",
    ),
    case(
        """\
Dear Chikondi,

I'm afraid we have a serious problem with lot MZ-114 (style 4 kernels, 600 kg, delivered to our Avonmouth warehouse on 4 January).

When we opened the cartons, a good part of the kernels were soft and several cartons smelled rancid. We have had to bin 140 kg so far and have stopped using the lot for our granola.

⟦Please send the moisture test results for MZ-114.⟧ ⟦Can you explain how rancid kernels got through your quality checks?⟧ ⟦We expect a credit note for the 140 kg we've binned.⟧

⟦When can you ship replacement stock?⟧ We have enough to keep the line running until the end of February, no longer.

Kind regards,
Hannah Price
Purchasing, Severn Side Granola Ltd
0117 496 0734

DISCLAIMER: This email is intended for the addressee only. If you have received it in error please notify the sender and delete it.""",
        [Y, Y, N, Y],
        ["request", "how", "request", "when"],
        """\
Dear Hannah,

I'm very sorry about MZ-114, and thank you for the photos.

I've attached the moisture results for the lot: it left our factory at 1.4%, well inside the 1.5% limit. The container then sat at Beira port for nearly three weeks because of the strike, in the heat, and we think that is where the kernels took up moisture and went off. We only learned of the delay after it had sailed, and from now on every container will carry a data logger so we can see what happens on the way.

Our managing director, Mr Nyirenda, will be in touch with you about the 140 kg.‸

Replacement stock from lot MZ-131 can go on the vessel leaving Nacala on 28 January and should reach Avonmouth around the middle of February, in time for your line.

Kind regards,
Chikondi Banda
Mzuzu Macadamia Co.""",
    ),
    case(
        """\
Hi there,

I run a small bakery in Columbus, Ohio, and a customer brought me a bag of your honey-roasted macadamias from a trip to Malawi. They're wonderful and I'd love to use them in our Christmas cookies next year.

⟦I was wondering whether you sell macadamia nut butter in bulk⟧, and ⟦if so what the minimum order would be.⟧ ⟦Could you also tell me whether your nuts are certified organic?⟧ A lot of my customers ask. Finally, ⟦what would shipping to Columbus cost for about 50 lb of raw kernels?⟧

Thanks so much,
Becky Hollister
Hollister's Hearth Bakery

Sent from my iPad""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "yes/no", "how much"],
        """\
Dear Becky,

Thank you, it's lovely to hear that our nuts travelled so far. We don't make nut butter at the moment, only whole kernels, pieces and roasted nuts, so I'm afraid we can't help with that one.

Our growers are smallholders who farm without chemicals, but we are not certified organic; the certification costs more than most of them earn in a year.

I will ask our freight forwarder in Blantyre for a price on 50 lb to Columbus and come back to you.‸

Best wishes,
Chikondi Banda
Mzuzu Macadamia Co.""",
    ),
    case(
        """\
Dear Sir/Madam,

Greetings from the Shire Highlands Hotel. We are hosting the Southern Region tea growers' conference from 8 to 10 February and our general manager has asked that each delegate receives a gift of Malawian produce in their room. After tasting your honey-glazed nuts at the Mzuzu trade fair, she was very clear that she wants yours.

There will be 150 delegates. ⟦Kindly quote for 150 boxes of 250 g, half roasted and salted and half honey-glazed.⟧ ⟦Can the boxes carry our hotel logo?⟧ We have the artwork ready. ⟦We will need the boxes in Blantyre by Friday 5 February, as the rooms are prepared the weekend before.⟧ ⟦Kindly also advise whether you accept payment on invoice at 30 days, as this is our usual practice.⟧

Yours faithfully,
Tamanda Phiri (Mrs)
Purchasing Officer
Shire Highlands Hotel, Blantyre""",
        [Y, Y, Y, N],
        ["how much", "yes/no", "request", "yes/no"],
        """\
Dear Mrs Phiri,

Thank you for thinking of us for the conference.

For 150 boxes of 250 g, 75 roasted and salted and 75 honey-glazed, the price is MK 6,800 a box, MK 1,020,000 in total, including delivery to the hotel. We cannot print on the boxes themselves at such short notice, but we can put a round sticker with your logo on each lid; please send the artwork as a PDF.

We will deliver to the hotel on Wednesday 3 February, two days ahead of your date.‸

Yours sincerely,
Chikondi Banda
Sales, Mzuzu Macadamia Co.""",
    ),
    case(
        """\
Chikondi, see below from our client in Johannesburg. For your information only, I have already answered him and told him March is too early for a new-crop order. We can talk when you are in Lilongwe.

Kondwani

---------- Forwarded message ---------
From: Pieter Botha <pieter@highveldnuts.example.co.za>
Date: Wed, 6 Jan 2027 at 14:22
Subject: Malawi kernels
To: Kondwani Mwale <kondwani@lilongwetrading.example.mw>

Kondwani, can your people in Mzuzu supply 2 tonnes of style 4 by March? And what would the price be FCA Mzuzu?
Pieter""",
        [],
        [],
        """\
Thanks Kondwani,

Noted, and I agree March is too early for new crop. I will be in Lilongwe next Thursday and we can talk about Mr Botha then.

Chikondi""",
        quoted_only=True,
    ),
    # --- Gamsberg Skies (remote-telescope hosting and stargazing evenings; Khomas Highland, Namibia)
    case(
        """\
Dear Mr Steenkamp,

I was given your address by a member of our club in Heidelberg who has hosted his refractor at your farm for two years and is very content. I would now like to do the same with my 14-inch reflector, which at home sees perhaps forty clear nights a year.

I have some questions before I decide:

1. ⟦What is the monthly hosting fee for a 14-inch telescope on its own pier?⟧
2. ⟦Do you provide the pier, or must I ship my own with the telescope?⟧
3. ⟦Is there a backup internet line if the main one fails?⟧ Losing a night of imaging because of a router would make me sad.
4. ⟦Who handles the import papers when the crates arrive at Walvis Bay?⟧

With best regards from a cloudy Germany,
Jürgen Albrecht

From: Riaan Steenkamp <riaan@gamsbergskies.example.na>
Sent: Monday, December 14, 2026 8:05 AM
To: Jürgen Albrecht
Subject: RE: Hosting enquiry

Dear Jürgen, thank you for your interest. Please let me know the size and weight of your telescope and mount.""",
        [Y, Y, Y, N],
        ["how much", "which", "yes/no", "which"],
        """\
Dear Jürgen,

Thank you, and please greet Dieter from us.

Hosting a 14-inch on its own pier is € 290 a month, which includes power, the roll-off roof, the weather station and someone on site every night. We provide the pier: it is a steel pier on a concrete block, and we need only the adapter plate for your mount.

We have two internet lines, a fibre line from Windhoek and a Starlink dish as backup, and the observatory switches over by itself if the fibre drops.

Our clearing agent in Walvis Bay knows the routine well.‸

With best regards from a very clear Gamsberg,
Riaan Steenkamp""",
    ),
    case(
        """\
Howzit Ndapewa! ⟦Still got space for the star evening on Sat the 23rd for 2 adults + 2 kids?⟧ 😊 ⟦do kids pay full price⟧ ⟦can we bring our dog⟧, she's very chilled

Sent from my iPhone""",
        [Y, Y, N],
        ["yes/no", "how much", "yes/no"],
        """\
Hi Mariska 😊

Yes, there's space for the four of you on Saturday 23 January. Adults are N$ 550 and children under 12 pay half, N$ 275, so N$ 1,650 for the family, which includes soup and bread at the fire before we go up to the telescopes.‸

Please arrive by 7.30 pm; it gets cold on the mountain, so bring jerseys for the kids.

Ndapewa
Gamsberg Skies""",
    ),
    case(
        """\
Riaan,

My telescope has now been offline for nine nights. The dome is stuck half open according to the camera, and I'm paying you £ 240 a month for this.

⟦Why has nobody answered my three emails since Tuesday?⟧ ⟦I want the roof repaired before the next dark run starts on the 1st⟧, and ⟦the nine nights credited to my account.⟧

This is really not good enough.

Graham Pollard
Kettering Astronomical Society

On Tue, 5 Jan 2027, 21:47 Graham Pollard <g.pollard@example.co.uk> wrote:
> Hi Riaan, the roof on pier 6 doesn't seem to be closing. Can someone have a look please?""",
        [Y, Y, N],
        ["why", "request", "request"],
        """\
Dear Graham,

I'm very sorry. You are right to be angry about the silence.

Your three emails went to our old bookings address, which has been forwarding into a spam folder since we changed providers in December; I only found them this morning, and I've now fixed the forwarding.

The roof on pier 6 had a burnt-out motor. We replaced it this afternoon, the roof opens and closes again, and your telescope has been parked safely under it since Tuesday, so the optics are fine. It will be back online tonight, well before the 1st.

We will of course look at a credit for the lost time once we've checked the logs.‸

Regards,
Riaan Steenkamp
Gamsberg Skies""",
    ),
    case(
        """\
Thanks Riaan, all booked. We land in Windhoek on the 29th and will drive out the next morning, so see you around lunchtime on Saturday 30 January.

Jürgen

--
Jürgen Albrecht | Sternfreunde Neckartal e.V.
Have you seen our winter lecture series? Please visit www.sternfreunde.example.de""",
        [],
        [],
        """\
Dear Jürgen,

Wonderful. We'll have lunch ready for you on Saturday 30 January; drive safely on the gravel.

Riaan""",
        quoted_only=True,
    ),
    case(
        """\
Good day,

I am a Physical Science teacher at Eros Heights Secondary School in Windhoek. Every year our Grade 10 learners do a project on the solar system, and this year I would love for them to see the real sky, away from the city lights. There will be 38 learners and 4 teachers.

⟦Kindly advise the cost per learner for an overnight visit, including supper and breakfast.⟧ ⟦Is there a discount for government schools?⟧ We are a government school and the parents pay for the trip themselves. ⟦Where exactly do we turn off the C26?⟧ Last time a colleague got lost. ⟦The bus is a 65-seater - can it make it up your road?⟧

⟦We would need the invoice before 5 February for the school's procurement office.⟧

Thank you in advance.
Mrs Selma Nangolo

Sent from my Samsung Galaxy""",
        [Y, N, Y, Y, N],
        ["how much", "yes/no", "where", "yes/no", "request"],
        """\
Dear Mrs Nangolo,

Thank you, we love having learners on the farm, and the summer sky over the farm is something they will remember.

An overnight visit with supper, breakfast and two hours at the telescopes is N$ 480 per learner; the four teachers stay free.‸

Turn off the C26 at the sign for Gamsberg Skies, 6 km after the Bullsport turn-off; it is a small white sign on the left. A 65-seater can manage our road in dry weather, but after rain I would rather we meet the bus at the gate with our bakkie.

I will ask our bookkeeper to prepare the invoice for 38 learners.

Kind regards,
Ndapewa Shikongo
Gamsberg Skies""",
    ),
    # --- Ramdin Model Ships (ship models built to order and in stock; Curepipe, Mauritius)
    case(
        """\
bonzour nadia 😊 ⟦u still have the Bounty 60cm in the showroom⟧ ⟦can keep it for me till saturday⟧, i pass with my husband. ⟦u accept juice?⟧

Sent from my Huawei phone""",
        [Y, Y, N],
        ["yes/no", "request", "yes/no"],
        """\
Bonzour Mrs Appadoo,

Yes, the 60 cm Bounty is still here, and I have put a "reserved" card on it until Saturday 16 January. We are open until 4 pm on Saturdays.‸

Nadia
Ramdin Model Ships""",
    ),
    case(
        """\
Dear Mr Ramdin,

My father, Captain Louis Bégué, was master of the cargo ship Ville de Port-Louis for eleven years in the 1970s, carrying sugar from Port Louis to Durban and Mombasa. He is turning eighty this year and lives with us in Durban now, and there is nothing in the house that he looks at longer than the one framed photograph of his ship.

My sister and I would like to give him a model of her. I have only three photographs and a cutting from Le Mauricien about her last voyage, and ⟦I'm not sure whether that would be enough for your makers to work from.⟧ ⟦I was hoping you could also tell me what a model of about 70 cm would cost.⟧

⟦His birthday is on 14 March, so it would have to reach Durban before then.⟧ ⟦Is it possible to add a small brass plate with his name and the years he was master?⟧

With many thanks,
Sylvie Naidoo

On 4 Jan 2027, at 11:20, Nadia Ramdin <shop@ramdinships.example.mu> wrote:
> Dear Mrs Naidoo, thank you for your call. Could you please send us whatever pictures you have of the ship?""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "request", "yes/no"],
        """\
Dear Mrs Naidoo,

What a lovely present. Three photographs are enough, especially with the cutting: my father has built several cargo ships of that period, and if you can tell us her length or tonnage, he will work out the rest from the photographs.

A 70 cm model of a ship like this, with a glass case, is Rs 68,000, or about € 1,350.

If you send the photographs this week, we can finish her by Friday 26 February and send her by DHL, which takes three to four days to Durban, so she will be with you well before the 14th.‸

With best wishes,
Vikash Ramdin
Ramdin Model Ships""",
    ),
    case(
        """\
Dear Sirs,

The model of the Saint Géran which I bought in your shop in November arrived in Munich today by DHL. Two of the masts are broken and the rigging is tangled on the whole port side. I am very disappointed, as it was a present for my wife.

⟦Please tell me whether you will send a replacement or repair this one.⟧ ⟦Who pays the shipping if it has to go back to Mauritius?⟧ ⟦Did you not pack it in a wooden crate, as the lady in the shop promised?⟧

Photographs are attached.

Klaus Reinhardt

-----Original Message-----
From: Ramdin Model Ships <shop@ramdinships.example.mu>
Sent: Thursday, December 17, 2026 3:12 PM
To: Klaus Reinhardt
Subject: Your order - Saint Géran 80 cm

Dear Mr Reinhardt, your model left today with DHL, tracking 4471 2290 18. Please let us know when it arrives.""",
        [Y, Y, N],
        ["which", "which", "yes/no"],
        """\
Dear Mr Reinhardt,

I am very sorry that the Saint Géran arrived like this, and that your wife's present was spoiled.

Masts and rigging can be repaired, and it is better for the model not to travel again. My father will make two new masts and a full set of rigging and send them to you with a step-by-step guide and photographs; if you would rather not do the work yourself, a model builder in Munich can fit them in an hour, and we will pay for that too. If you prefer to send the model back, we pay the shipping both ways.

Our models always leave the workshop packed with great care, and DHL has been good to us for many years.‸

With apologies,
Nadia Ramdin
Ramdin Model Ships""",
    ),
    case(
        """\
Dear Nadia,

The payment of € 420 for the Pourquoi-Pas? was made today from my bank in Lyon. Thank you for the photographs of the model, she is beautiful, and my husband has already cleared a shelf for her.

Best wishes,
Claire Martin

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this message.""",
        [],
        [],
        """\
Dear Mrs Martin,

Thank you, we have received the € 420. The Pourquoi-Pas? will leave with DHL on Wednesday and I will send you the tracking number the same day.

Best wishes,
Nadia Ramdin""",
        quoted_only=True,
    ),
    case(
        """\
Hi Nadia,

We're refurbishing the lobby and the twelve sea-view suites at Azure Cove, Grand Baie, and the owner would like a ship model in each suite and a large one in the lobby. Could you send us:

a) ⟦a price for 12 models of about 40 cm, assorted ships⟧
b) ⟦whether you can include glass display cases for them⟧
c) ⟦delivery and installation at the hotel by the end of February⟧

⟦Could you also suggest which ships would suit a colonial-style lobby?⟧ We were thinking of something Mauritian rather than the Titanic.

Thanks!
Priya Goburdhun
Interiors, Azure Cove Hotel

Sent from my iPhone""",
        [N, Y, Y, Y],
        ["how much", "yes/no", "request", "which"],
        """\
Hi Priya,

Thank you for thinking of us.

Yes, every model can come in a glass case with a teak base. We can deliver and set them up at Azure Cove in the last week of February; my father likes to place the lobby model himself.

For the lobby I would suggest the Saint Géran or the Pourquoi-Pas?, both with a strong Mauritian story, and for the suites a mix of the old sugar clippers and the Mauritius-built pirogues.

The price depends on which ships you choose for the suites, so let's meet at the hotel next week and I'll bring photographs and a quotation.‸

Nadia""",
    ),
    # --- Greaves Chattel Houses (chattel houses built, moved and restored; St Philip, Barbados)
    case(
        """\
mornin sharon. ⟦wunna could move my granny chattel house from Six Cross Roads to Bayfield⟧, is like 2 miles. ⟦how much dat would cost⟧ she ain't getting any younger 😅 and ⟦when wunna could do it⟧

Sent from my iPhone""",
        [Y, N, Y],
        ["yes/no", "how much", "when"],
        """\
Morning Kerry-Ann 😊

Yes, we can move it; two miles is a short one for us.

We're booked up until mid-February, so the earliest would be the week of 22 February, on a weekday morning once the police escort is approved.

Desmond can come and look at the house on Thursday 14 January at 10 if somebody is there to let him in.‸

Sharon
Greaves Chattel Houses""",
    ),
    case(
        """\
Dear Mr. Greaves,

My wife and I left St. Philip for Brooklyn in 1988, and after thirty-four years of subway trains we have finally bought a little piece of land near Crane, on the road where I grew up. We want to go home to the kind of house I was born in, a proper chattel house with a gallery where we can sit and watch the rain.

My cousin tells me termites have eaten half the old houses on our road, so ⟦I'd like to know whether you build with pine or with something that stands up to them.⟧ ⟦I'd also like to know what a two-roof house with a front gallery would come to, roughly.⟧ ⟦I was wondering if you could send us a few photographs of houses you have built, so my wife can choose the fretwork.⟧ ⟦Does the price include the coral-stone foundations?⟧

God bless, and thank you,
Winston Layne

On Thu, Jan 7, 2027 at 6:18 PM Sharon Greaves <office@greaveschattel.example.bb> wrote:
> Dear Mr. Layne, thank you for your enquiry. Please let us know what size of house you have in mind.""",
        [Y, Y, Y, Y],
        ["which", "how much", "request", "yes/no"],
        """\
Dear Mr. Layne,

Welcome home, or nearly. We build the frames and floors in greenheart from Guyana, which termites leave alone, and the walls in treated pine, with a termite barrier under the floor.

A two-roof house with a front gallery and the usual fretwork, about 600 square feet, comes to around BDS$ 145,000, and that includes the coral-stone foundations and the steps.

I have attached photographs of six houses we built in the last two years, with the fretwork patterns numbered so that Mrs. Layne can tell us which she likes.

God bless,
Desmond Greaves
Greaves Chattel Houses""",
    ),
    case(
        """\
Mr Greaves,

Every time it rains, water comes through the gallery roof of the house you finished for us in October. Last night it ran down the wall onto the new rug in the front house.

⟦I want somebody here before the weekend.⟧ ⟦Why did the gutters come without downpipes?⟧ The water just pours off the corners onto the steps. And ⟦who is going to pay for the rug?⟧ ⟦Is this covered by the one-year guarantee or not?⟧

Marcia Bynoe
Gall Hill, Christ Church""",
        [Y, N, N, Y],
        ["request", "why", "which", "yes/no"],
        """\
Dear Mrs Bynoe,

I'm sorry about the rug and the roof, that should not happen to a new house.

Our carpenter Ricky and I will come on Thursday 14 January at 9 in the morning to find the leak and reseal the gallery roof. All of this is covered by the one-year guarantee, so there is nothing to pay for the work.

We will have a look at the rug when we are there.‸

Desmond Greaves""",
    ),
    case(
        """\
Dear Mr Greaves,

Further to our meeting on site, the Trust's board has approved the relocation of the Haynes family chattel house from Ashford to the heritage village at Sunbury. A few conditions:

⟦We will need a method statement and your insurance certificate before the move.⟧ The house must travel in one piece, as the board will not allow it to be taken apart. ⟦We would prefer the move to take place on a Sunday morning, when the traffic is light.⟧ ⟦Please also confirm the cost of the police escort, which the Trust will reimburse.⟧

Kind regards,
Andrea Thornhill
Projects Officer, Barbados Heritage Trust

From: Desmond Greaves
Sent: Wednesday, December 16, 2026 11:02 AM
To: Andrea Thornhill
Subject: Haynes house

Andrea, good to meet you. Could you send me the board's decision in writing?

CONFIDENTIALITY: This message is intended only for the named recipient and may contain privileged information.""",
        [Y, Y, N],
        ["request", "request", "how much"],
        """\
Dear Andrea,

Thank you, that is good news for the Haynes house.

I've attached our method statement for a one-piece move and our insurance certificate, which covers the house in transit up to BDS$ 250,000.

A Sunday morning suits us too: we need about three weeks to get a Sunday police escort approved, so the earliest date would be Sunday 7 February, starting at 6 am.‸

Kind regards,
Desmond Greaves""",
    ),
    case(
        """\
Ok Sharon thanks, Saturday good. See wunna at 8.

Kerry-Ann

On Mon, 11 Jan 2027, 09:14 Sharon Greaves <office@greaveschattel.example.bb> wrote:
> Hi Kerry-Ann, can the crew come on Saturday at 8 to level the blocks under the house? Please let us know.
> Sharon""",
        [],
        [],
        """\
Great, Kerry-Ann. The crew will be there at 8 on Saturday.

Sharon""",
        quoted_only=True,
    ),
    # --- Aunty Mavis Hammocks (hand-woven cotton hammocks; Lethem, Rupununi, Guyana)
    case(
        """\
wha happenin devon. ⟦aunty mavis still mekkin de big family hammock⟧ ⟦how much fuh one⟧ mi sista want one fuh she wedding 🎉 ⟦wha colours all yuh got⟧ ⟦she could pay in two parts⟧

Sent from my Samsung Galaxy smartphone.""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "which", "yes/no"],
        """\
All good Shondelle!

Yes, Aunty Mavis still makes the big family hammock, it takes about four weeks. It's G$ 85,000. Colours are natural cotton, red and black, or blue and white, and she can weave your sister's initials in the fringe for a wedding.‸

Devon""",
    ),
    case(
        """\
Dear Aunty Mavis and Devon,

The hammock arrived in Toronto on Friday, wrapped so well it took my husband twenty minutes to get into the parcel. It is hanging in the sunroom now and I have barely been out of it all weekend.

My mother had one just like it in Lethem when I was a child, and lying in it with the snow outside, I could smell the savannah again. Who would have thought a hammock could make a Canadian winter feel warm?

Thank you both, and greetings to everyone at home.

Love,
Joan Fredericks (née Melville)""",
        [],
        [],
        """\
Dear Joan,

Thank you, your message made Aunty Mavis very happy; she read it out to the weavers this morning. We are glad the hammock found a good home in the snow.

Greetings from all of us in Lethem,
Devon""",
    ),
    case(
        """\
Hello,

We run a small homeware shop in Brighton and a customer lent us one of your hammocks to look at. The weaving is beautiful and we would love to stock them this spring. Could you tell us:

• ⟦your wholesale price for 10 single hammocks⟧
• ⟦how long it takes to weave 10⟧ (we'd want them for Easter)
• ⟦whether they come with hanging ropes, or if we'd need to source our own⟧

⟦We'll need a certificate of origin for UK customs.⟧

Many thanks,
Ellie Marsh
Marsh & Wren Home, Brighton
01632 960215""",
        [Y, Y, Y, N],
        ["how much", "when", "which", "request"],
        """\
Dear Ellie,

Thank you for your message. The wholesale price for single hammocks is US$ 95 each, so US$ 950 for ten, before shipping.

Ten hammocks take Aunty Mavis and the weavers six to eight weeks, so if you confirm by the end of January they will be ready in good time for Easter. Each one comes with two hand-twisted cotton hanging ropes.

I will find out what the Guyana Revenue Authority needs from us.‸

Best regards,
Devon Allicock
Aunty Mavis Hammocks""",
    ),
    case(
        """\
Hi,

I bought the red and black hammock from your stall at the Guyana Day fair in Queens in November. After one month on my covered porch, the red has faded to pink and when it got wet in the rain the colour ran onto my deck.

⟦Is the dye supposed to run like this?⟧ For $180 I expected better. ⟦I'd like a replacement or my money back.⟧ ⟦How am I supposed to clean it without the colour running?⟧

Dwayne Persaud
Richmond Hill, NY""",
        [Y, N, Y],
        ["yes/no", "which", "how"],
        """\
Dear Dwayne,

I'm really sorry about your hammock.

No, the colour should not run. The red in that batch was dyed with roucou, a natural dye, and it needed a longer fixing bath than it got; the sun fades it too, which we should have told you at the fair.

To clean it, soak it in cold water with a cup of white vinegar and a little mild soap, don't rub the red parts, and dry it in the shade.‸

Regards,
Devon Allicock
Aunty Mavis Hammocks""",
    ),
    case(
        """\
Dear Devon,

Greetings from the Rupununi Trails office in Georgetown. We are opening a new eco-lodge at Annai in April and would like to furnish the sleeping benab with locally made hammocks.

⟦Kindly let us know if you could make 24 single hammocks by Friday 26 March.⟧ ⟦We also need to know the price, including transport to Annai.⟧ ⟦Is it possible for our guests to visit the weavers in Lethem, as part of a Rupununi tour?⟧

Regards,
Natasha Singh
Operations Manager, Rupununi Trails

Sent from my iPad""",
        [N, Y, Y],
        ["yes/no", "how much", "yes/no"],
        """\
Dear Natasha,

Thank you, Aunty Mavis is very happy that the hammocks will be at Annai.

The price for 24 singles is US$ 2,280, and transport to Annai on the truck is US$ 120 more.

Twenty-four is a big order for us and we will try our very best, but it depends on how many weavers come back to work after the rains.‸

Your guests are very welcome to visit the weavers; Tuesdays and Thursdays in the morning are best, when everybody is at the shed.

Regards,
Devon""",
    ),
    # --- Vava'u Vanilla (vanilla grown, cured and exported; Neiafu, Vava'u, Tonga)
    case(
        """\
malo e lelei mele 🙏 ⟦do u have grade A beans this week⟧ ⟦need 200 for the cafe⟧ ⟦can send on the ferry friday?⟧

Sent from my Samsung Galaxy""",
        [Y, Y, Y],
        ["yes/no", "request", "yes/no"],
        """\
Malo e lelei Losa,

Yes, we have grade A this week, and 200 beans at T$ 1.50 each is T$ 300. The ferry is not running this Friday because of maintenance, so I will send them on the Monday 18 January boat and they will be in Nuku'alofa on Tuesday.

Malo,
Mele
Vava'u Vanilla""",
    ),
    case(
        """\
Kia ora Mele,

Thanks for the samples, the team loved them and we're keen to use Vava'u vanilla in our autumn range. A few things from me:

- ⟦What's your price per kg for grade B extraction beans, if we take 5 kg?⟧
- ⟦Can you provide a phytosanitary certificate for MPI?⟧
- ⟦We'll need the beans in Wellington by mid-February for the autumn flavours.⟧
- ⟦Are the vines grown without sprays?⟧ Our customers do ask.

Cheers,
Tom Harcourt
Head Maker, Southerly Ice Cream Co., Wellington

On Fri, 8 Jan 2027 at 3:40 pm, Mele Fifita <mele@vavauvanilla.example.to> wrote:
> Malo e lelei Tom, did the samples arrive safely? Please let me know what you think of them.""",
        [Y, Y, N, Y],
        ["how much", "yes/no", "request", "yes/no"],
        """\
Kia ora Tom,

So glad the team liked them!

Grade B extraction beans are NZ$ 390 a kilo for 5 kg, so NZ$ 1,950 plus freight. Every shipment to New Zealand goes with a phytosanitary certificate from the Ministry of Agriculture here, so MPI will have what they need.

This season's beans are still in the sweating boxes; curing finishes at the end of January and we'll ship as soon as they're graded.‸

No sprays at all: the vines grow under the shade trees on our family's land and every flower is pollinated by hand.

Malo,
Mele""",
    ),
    case(
        """\
Hello,

I ordered 25 vanilla beans from you in December (order VV-0917) and they arrived today in Portland. When I opened the bag, about a third of them had white fuzzy mold at the ends.

⟦I'd like a full refund, including the $38 shipping.⟧ ⟦Why did you ship them in a plain plastic bag instead of vacuum-sealed?⟧ ⟦Can I still use the beans that look fine?⟧

Thanks,
Jenna Kowalski

Sent from my iPhone""",
        [Y, Y, N],
        ["request", "why", "yes/no"],
        """\
Dear Jenna,

I am very sorry. I have refunded the full US$ 118, including the shipping, to your card today.

The vacuum sealer at our packing shed broke in December and we packed a few orders in thick plastic bags to keep them going. The beans were dry when they left, but a long trip in a warm hold is too much for beans that are not sealed, and we should have waited. The new sealer arrived last week.‸

With apologies,
Mele Fifita
Vava'u Vanilla""",
    ),
    case(
        """\
Dear Sione,

My name is Ana Taufa; my father was Sitani from Leimatu'a, and I think you knew him from church. I live in Auckland now, but my uncle Viliami still looks after the family land, and a few years ago he planted vanilla along the old fence line. Last year the vines flowered for the first time and he did not know what to do, so most of the flowers just fell.

This year he wants to try properly. ⟦Would you buy green beans from his plot next season⟧, and ⟦what do you pay per kilo for green beans?⟧ He is proud and will not ask you himself, so I am asking for him.

⟦Could someone show him how to pollinate the flowers properly?⟧ He is 68 but his hands are still good. ⟦Where does he bring the beans when they are ready?⟧

Ofa atu,
Ana

On Sun, 10 Jan 2027, 20:31 Ana Taufa <ana.taufa@example.co.nz> wrote:
> Malo e lelei, is this the email for Sione Fifita? My aunty gave it to me.""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "request", "where"],
        """\
Dear Ana,

Malo e lelei, and yes, I remember your father well, he sang bass beside me for twenty years.

We would be very happy to buy Viliami's green beans next season; we buy from about thirty families around Vava'u now.

The price for green beans is set by the growers' association in May, when the season opens, so I cannot give it to you yet.‸

Mele's cousin Lose runs our pollination team. She will go to Leimatu'a when the first flowers open and show your uncle how it is done; it takes one morning to learn. When the beans are ready, he can bring them to our shed behind the Neiafu market on any weekday morning, and we weigh and pay on the spot.

Ofa atu,
Sione Fifita""",
    ),
    case(
        """\
Hi Mele,

Forwarding this for your records. The parcel was delivered in the end, so all good now.

Malo,
Tevita

Begin forwarded message:

From: FedEx Delivery Manager <notify@fedex.example.com>
Date: 6 January 2027 at 08:12:44 GMT+13
Subject: Delivery exception - 7712 9934 5510
To: Tevita Latu <tevita.latu@example.com>

We were unable to deliver your parcel. Can you confirm the delivery address? Please contact us to arrange redelivery.""",
        [],
        [],
        """\
Thanks Tevita, glad it got there in the end. Enjoy the beans.

Mele""",
        quoted_only=True,
    ),
    # --- Chea Silver Workshop (Khmer silverwork, repoussé boxes and commissions; Kampong Luong, Cambodia)
    case(
        """\
hi sokha! ⟦can u make the fish-shaped betel box with my mum's name engraved by 5 feb⟧ 🐟 ⟦how much will it be⟧ ⟦ok to pay by ABA?⟧

Lucy""",
        [Y, Y, N],
        ["yes/no", "how much", "yes/no"],
        """\
Hi Lucy 😊

Yes, no problem, Master Vannak can finish the fish box with your mum's name engraved by Thursday 4 February. The medium fish is US$ 85 with the engraving.‸

Please send me her name exactly as you want it written, in English or Khmer.

Sokha
Chea Silver Workshop""",
    ),
    case(
        """\
Hello,

I bought a silver cuff bracelet from your stall at the Russian Market in November. After a few weeks in Brisbane it has gone black in places, and a jeweller here told me it is not stamped 925.

⟦Is this actually sterling silver?⟧ ⟦Why is there no 925 stamp on it?⟧ ⟦I want either a refund or a proper certificate for it.⟧ In the meantime, ⟦how do I clean the black marks off?⟧

Regards,
Mandy Crawford""",
        [Y, Y, N, Y],
        ["yes/no", "why", "which", "how"],
        """\
Dear Mandy,

Thank you for writing, and I am sorry you were worried.

Our silver is 90% silver, not 92.5%, so it is not sterling. That is the traditional Khmer alloy; it is a little harder, which helps the repoussé work keep its shape. We stamp our pieces with our own mark and "90" rather than 925, because Cambodia has no national hallmarking office.

I will speak with Master Vannak about what we can do for you.‸

In the meantime, the black is only tarnish from the humid air and from the copper in the alloy. A soft silver cloth will take it off, or a paste of baking soda and water on a soft toothbrush, rinsed well and dried.

Best regards,
Sokha Chea
Chea Silver Workshop""",
    ),
    case(
        """\
Dear Ms. Chea,

The museum store at the Pacific Rim Art Museum in Seattle is planning a small range of Cambodian silver to accompany our autumn exhibition. Our curator met you in Phnom Penh last year. We would appreciate the following information:

1. ⟦wholesale prices for the small repoussé boxes (fruit and animal shapes)⟧
2. ⟦your minimum order⟧
3. ⟦lead time for 60 pieces⟧
4. ⟦Could you also tell us whether the silver content is tested by a laboratory?⟧

Thank you,
Daniel Okafor
Retail Buyer, Pacific Rim Art Museum Store
206-555-0173

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s). If you are not the intended recipient, please contact the sender and destroy all copies.""",
        [Y, Y, N, N],
        ["how much", "how much", "when", "yes/no"],
        """\
Dear Mr. Okafor,

Thank you, and please give our greetings to your curator.

Our wholesale prices for the small repoussé boxes are US$ 38 for the fruit shapes (mangosteen, custard apple, pumpkin) and US$ 45 for the animals (fish, elephant, rabbit, turtle). The minimum order is 24 pieces, and you may mix shapes.

We buy our silver from the same dealer in Phnom Penh that my father used for thirty years, and every piece carries our workshop's mark.

The time for 60 pieces depends on the silver price and on how many orders Master Vannak has in hand at that time, so please write to us again when you are ready to order.‸

Best regards,
Sokha Chea
Chea Silver Workshop""",
    ),
    case(
        """\
Dear Sokha,

I hope you will forgive a long letter from a stranger. My grandmother wore a silver belt of linked panels, each one with a tiny dancing apsara, for her wedding in Battambang in 1956. She had to leave it behind in 1975, and all we have now is a photograph of her wearing it, which my mother kept with her through everything. My grandmother is 92 and lives with us in Paris, and I would like her to hold a belt like that again.

⟦Would Master Vannak be able to copy it from a photograph?⟧ The panels are clear enough to count: there are 32. ⟦I would also like to know how the silver is worked⟧, so that I can explain it to her. ⟦How much would a belt of 32 panels cost?⟧ ⟦Could it be sent to Paris, or would I have to come to Cambodia to collect it?⟧

Avec toute ma gratitude,
Sophie Lim""",
        [Y, Y, Y, Y],
        ["yes/no", "how", "how much", "which"],
        """\
Dear Sophie,

What a beautiful reason to write. Yes, Master Vannak can copy the belt from the photograph; he has done it for other families, and 32 panels are clear enough.

Each panel is cut from a flat sheet of silver, set face down in a bed of warm resin, and the figure is pushed out from the back with small steel punches, then chased from the front to give the apsara her face and hands. The panels are joined with hand-made links, so your grandmother will hear the same soft sound when it moves.

A belt of 32 panels in our 90% silver is US$ 1,450. We send it to Paris by EMS, insured, in a wooden box, so there is no need for you to travel.

With warm wishes to your grandmother,
Sokha Chea""",
    ),
    case(
        """\
Dear Sokha,

Thank you for the samples. Our board has chosen the lotus lapel pin as the gift for our donors, and we would like to order 40 pieces.

⟦We'll need an official invoice with your VAT number.⟧ ⟦The pins must be ready by Friday 19 February, the date of our gala.⟧ ⟦We'd prefer to collect them in Phnom Penh rather than in Kandal.⟧

Best,
Chantrea Keo
Development Officer, Bright Futures Cambodia""",
        [N, Y, Y],
        ["request", "request", "request"],
        """\
Dear Chantrea,

Thank you, we are happy that the lotus was chosen.

The 40 pins will be ready on Monday 15 February, four days before the gala. You can collect them at our showroom on Street 178 in Phnom Penh, opposite the National Museum, any day from 9 am to 6 pm.‸

Best regards,
Sokha Chea""",
    ),
    # --- Ferrary Marine Surveys (yacht and small-craft surveyor; Gibraltar)
    case(
        """\
hola yoli, ⟦is Stephen free tomorrow for the insurance survey on my boat⟧, she's in Queensway Quay berth 14 🙏 ⟦how much is it for 9 metres⟧ vale gracias

Manolo""",
        [Y, Y],
        ["yes/no", "how much"],
        """\
Hola Manolo,

Stephen is doing a survey in Sotogrande tomorrow, but he can come to berth 14 on Wednesday 13 January at 9. An insurance survey for a 9-metre boat afloat is £ 350.

Let me know if Wednesday is OK.

Yolanda
Ferrary Marine Surveys""",
    ),
    case(
        """\
Dear Captain Ferrary,

I have agreed a price, subject to survey, on a 2011 Lagoon 40 catamaran at Marina Bay, and the broker gave me your name. I'm in Cheshire until the end of the month, so this is all being done at a distance, which makes me a little nervous.

I'd be grateful if you could tell me ⟦whether the survey includes a lift-out to inspect the hulls⟧, and ⟦what your fee would be for a 12.5 m catamaran.⟧ The seller has given me until Friday 22 January, so ⟦I need to know whether you'd be able to report by then.⟧ ⟦Do you also test the engines, or should I get a separate engineer?⟧

Many thanks,
Richard Ashworth
0161 496 0382""",
        [Y, Y, N, Y],
        ["yes/no", "how much", "yes/no", "which"],
        """\
Dear Mr Ashworth,

Thank you for your enquiry. A pre-purchase survey always includes a lift-out: the boat is lifted at the Gib yard so I can check both hulls, the keels, the saildrives and the rudders, and the yard's fee for that is paid by the buyer directly.

My fee for a 12.5 m catamaran is £ 1,150. I look at the engines as part of the survey (hours, leaks, mounts, exhaust, a sea trial), but for a full engine report with oil analysis I would suggest a separate engineer; I can recommend one.

I will do my best to get the report to you in time.‸

Kind regards,
Stephen Ferrary
Ferrary Marine Surveys""",
    ),
    case(
        """\
Dear Mr Ferrary,

In October you surveyed my boat, Estrella del Sur, for the purchase. Your report said the hull was in good condition. Last week she was lifted in Estepona for antifouling and the yard found osmosis blisters over most of the underwater hull. They say it has been there for years.

⟦How could your survey miss this?⟧ ⟦I expect you to pay for the repair, which the yard quotes at € 6,800.⟧ ⟦Please send me the moisture readings from your survey.⟧

Regards,
Javier Moreno

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee.""",
        [Y, N, Y],
        ["how", "request", "request"],
        """\
Dear Mr Moreno,

I am sorry to hear about the blisters, it is bad news for any owner.

I have attached the moisture readings from 14 October. The hull was surveyed just after she came out of the water, and the readings on the lower hull were high, which is why page 6 of my report says the hull should be re-checked when dry and that osmosis could not be ruled out. Blisters are not always visible on a wet hull and often only show after a few weeks ashore.

I have passed your letter to my professional indemnity insurers, who will contact you.‸

Regards,
Stephen Ferrary""",
    ),
    case(
        """\
Hi Stephen,

As discussed at the club, for our charter fleet of four we need:

- ⟦annual condition surveys for all four boats before 1 April⟧
- ⟦a price for the four together⟧
- ⟦your availability in March⟧

⟦Are you accredited by the MCA for coding surveys as well?⟧ The new insurer is asking.

Best,
Lorraine Sacramento
Straits Sailing Charters""",
        [Y, Y, Y, N],
        ["request", "how much", "when", "yes/no"],
        """\
Hi Lorraine,

Happy to do all four before 1 April. For the four together I can do £ 1,300 instead of £ 1,520, and I have the weeks of 8 and 15 March free, so we could do two boats in each week while they are out of the water anyway.

I have done coding work for most of the charter companies in the Straits over the last fifteen years.‸

Best,
Stephen""",
    ),
    case(
        """\
Hi there,

We just arrived in Gib from the Canaries and need an insurance survey before our policy renews. Quick questions - ⟦where can we haul out for the survey⟧, and ⟦can you recommend a rigger?⟧ Our forestay looks tired. ⟦Do you take payment in euros?⟧

Thanks,
Mike & Deb Kessler
S/V Second Wind

Sent from my iPhone""",
        [Y, N, Y],
        ["where", "request", "yes/no"],
        """\
Hi Mike and Deb,

Welcome to Gibraltar. The Gib yard at the north end of Coaling Island can lift you; ask for Kevin in the office and tell him it's for my survey, he usually fits surveys in within a week.

There are a few riggers working around the marinas.‸

We can take euros by bank transfer or card at the day's rate.

Yolanda
Ferrary Marine Surveys""",
    ),
    # --- Khan-Uul Ger Works (felt gers made to order and exported; Ulaanbaatar, Mongolia)
    case(
        """\
Dear Oyuna,

We run a small campsite in the Teifi valley, near Cardigan, and after three wet summers of bell tents blowing down, my husband has fallen in love with the idea of proper gers. He watched a documentary about Mongolian herders moving camp in a blizzard and hasn't stopped talking about it since.

Our worry is the weather here: it doesn't get as cold as Mongolia, but it rains for days on end, and ⟦I wondered whether a 5-wall ger would stand up to Welsh rain.⟧ ⟦I'd also like to know what a 5-wall ger with the painted door and a stove would cost, delivered to Wales.⟧ We'd want two to start with. ⟦We would need them up by the May bank holiday, which is when our season really starts.⟧

⟦Do you send someone to help put them up the first time?⟧ We've never seen one being built.

Diolch yn fawr,
Catrin Pugh
Cwm Teifi Camping""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "request", "yes/no"],
        """\
Dear Catrin,

Thank you for your message, and greetings to your husband.

Yes, a ger will stand up to Welsh rain. For wet climates we add a waterproof canvas outer cover and a rain cap for the roof ring over the felt, and the felt stays dry underneath; our gers in Scotland and Norway have been up for years.

A 5-wall ger with a painted door, the stove and flue, the rain cover and the floor is US$ 4,650, and shipping to Wales for two gers is about US$ 1,900, so about US$ 11,200 for both.

The sea freight to the UK takes about eight weeks, so if you confirm by the end of February they will arrive in April, in good time for the May bank holiday.

Our gers go up in about two hours with four people, and every ger comes with a printed guide and a video.‸

Best regards,
Oyuna Batbayar
Khan-Uul Ger Works""",
    ),
    case(
        """\
Sain baina uu Oyuna. ⟦4 khana ger ready before Tsagaan Sar?⟧ ⟦can deliver to Nalaikh⟧ 👍 ⟦price with the stove?⟧ ⟦can pay half now half on delivery⟧

Sent from my iPhone""",
        [Y, Y, Y, N],
        ["yes/no", "yes/no", "how much", "yes/no"],
        """\
Sain baina uu Ganbold,

Yes, your 4-khana ger will be ready by the end of January, before Tsagaan Sar. We can deliver to Nalaikh for ₮ 150,000. With the stove the ger is ₮ 4,800,000, so ₮ 4,950,000 with delivery.‸

Oyuna""",
    ),
    case(
        """\
Dear Sir or Madam,

We bought a 6-wall ger from you in 2025 and it stands in our garden near Freiburg. Over the winter we found small holes in two of the wall felts and, inside, the larvae of clothes moths. The felt also still smells strongly of sheep, more than in the first year.

⟦Is the felt treated against moths at all?⟧ ⟦I want two new wall felts sent at your cost.⟧ And ⟦what should I do with the damaged felts until then?⟧

Mit freundlichen Grüßen,
Heike Brandt

From: Khan-Uul Ger Works <export@khanuulger.example.mn>
Sent: Tuesday, January 5, 2027 10:15 AM
To: Heike Brandt
Subject: RE: Felt problem

Dear Mrs Brandt, thank you for your message. Could you please send us photos of the felt?""",
        [Y, N, Y],
        ["yes/no", "request", "which"],
        """\
Dear Mrs Brandt,

Thank you for the photos, and I am sorry for the trouble.

Our felt is not treated with chemicals against moths. It is pure sheep's wool, pressed by hand, and in Mongolia the cold and the stove smoke keep moths away, but in a mild, damp garden they can find it, and a stronger smell of sheep means the felt has been damp for a long time.

I will look at your photos with our felt makers and write to you again.‸

Until then, take the damaged felts out, brush them well on both sides and leave them outside in frost for two or three nights, or in a freezer if they fit: this kills the larvae and the eggs. Then wrap them in a cotton sheet with a few cedar blocks.

Best regards,
Oyuna Batbayar""",
    ),
    case(
        """\
Hello Oyuna,

I'm the site lead for Highdesert Gathering, a 3,000-person arts and music festival in central Oregon in August. We'd love to use traditional gers for our chill-out area. We're looking for:

1. ⟦rental or purchase prices for 6 large gers for one week in August⟧
2. ⟦shipping time to Portland⟧
3. ⟦Can the gers be set up on a wooden deck, or do they need flat ground?⟧
4. ⟦We'll need fire-safety certification for the felt and the canvas.⟧

Also, ⟦would it be possible for one of your builders to come over for the setup?⟧

Thanks a ton,
Jess Tran
Highdesert Gathering""",
        [Y, Y, Y, N, N],
        ["how much", "when", "which", "request", "yes/no"],
        """\
Hi Jess,

Thank you, it sounds like a wonderful festival.

We don't rent out gers, only sell them; a large 8-wall ger with door, stove and floor is US$ 6,900, or US$ 39,500 for six.

Shipping to Portland takes about ten weeks door to door, through Tianjin, so we would need your order by the end of April.

A wooden deck is ideal, better than ground, as long as it is flat and the deck is at least 7.5 m across for the 8-wall size.

I will ask our felt supplier what fire tests they have done and come back to you on the certification.‸

Best,
Oyuna""",
    ),
    case(
        """\
Dear Oyuna,

We want to replace the outer covers of 10 gers at our tourist camp in Terelj before the summer season - ⟦can you give us a price for 10 outer canvas covers, 5 khana size?⟧ Also ⟦please tell us when you can deliver them⟧, because we open on 1 June. ⟦Why did your price go up by 20% since last year?⟧ We have been your customer for six years.

Regards,
Tömör
Blue Valley Camp, Terelj""",
        [Y, N, Y],
        ["how much", "when", "why"],
        """\
Dear Tömör,

Thank you for staying with us for six years.

Ten outer canvas covers for 5-khana gers are ₮ 7,200,000 in total. We will deliver them to Terelj as soon as the new canvas arrives from China.‸

The price went up because of the dzud last winter: many herders lost animals and the price of wool and of the canvas we import from China both rose by more than a quarter, and we have not passed all of that on.

Regards,
Oyuna""",
    ),
    # --- Khalil Soap House (olive-oil and laurel soap made in the old way; Tripoli, Lebanon)
    case(
        """\
Hi Nour 😊 ⟦u have the laurel soap with 40% laurel oil⟧ ⟦i want 30 pieces for wedding favours⟧ ⟦can u wrap them with ribbon?⟧ yalla thx

Layal""",
        [Y, Y, N],
        ["yes/no", "request", "request"],
        """\
Hi Layal 😊

Mabrouk! Yes, we have the 40% laurel soap. 30 pieces are $4 each, so $120, and they can be ready for you on Thursday at the shop in the souk.‸

Nour
Khalil Soap House""",
    ),
    case(
        """\
Dear Rami,

We met at the Middle East food and craft fair in London last autumn and I've been thinking about your soaps ever since. We have a small zero-waste shop in Hackney and our customers would love them.

⟦Could you send us your wholesale price list⟧ and ⟦tell us whether the soaps are certified for sale in the UK?⟧ We've been caught out before by products without the right paperwork. ⟦Is it possible to have unscented versions as well?⟧ Some of our customers have sensitive skin.

⟦We'll need the first order delivered before 1 March.⟧

Best,
Grace Adeyemi
Refill Row, Hackney
020 7946 0519""",
        [Y, Y, Y, N],
        ["request", "yes/no", "yes/no", "request"],
        """\
Dear Grace,

Thank you, I remember your stand well.

I've attached our wholesale price list. Yes, all our soaps have a UK Cosmetic Product Safety Report and are registered on the UK portal; I've attached both documents so you have them on file.

Our plain olive-oil soap has no added scent at all, only olive oil, water and soda, and the laurel soap smells only of the laurel oil itself, so both suit sensitive skin.

Shipping from Beirut port can be slow at this time of year, but we will do everything we can.‸

Best regards,
Rami Khalil
Khalil Soap House""",
    ),
    case(
        """\
Bonjour Nour,

My order (KS-2207) arrived in Montreal yesterday. Four of the laurel bars are cracked in half, and the courier made me pay CA$ 42 in customs before they would hand me the box.

⟦Why did I have to pay customs?⟧ Nobody told me. ⟦Who will reimburse the CA$ 42?⟧ ⟦Please send 6 bars to replace the cracked ones.⟧

Merci,
Hala Haddad

Sent from my iPhone""",
        [Y, N, Y],
        ["why", "which", "request"],
        """\
Bonjour Hala,

I am so sorry about the broken bars and the surprise at the door.

Canada charges duty and tax when a parcel is worth more than CA$ 150, and your order was CA$ 186; the courier collects it on delivery. We should have warned you, and from now on our website will say this for Canadian orders.

I am really sorry about the CA$ 42.‸

Six new laurel bars are leaving tomorrow, marked as a free replacement, so there will be nothing to pay on them.

Nour
Khalil Soap House""",
    ),
    case(
        """\
Dear Mr Khalil,

I teach the history of Mediterranean crafts at the Université Lumière in Lyon, and every spring I take a small group of students to Lebanon. My own grandmother was born in Tripoli, and she used to tell me about the smell of the soap khans and the towers of bars drying in the courtyards.

I am preparing this year's visit, and I have a few questions. ⟦How long do you let the soap cure before it is sold?⟧ My students always ask, and I am never sure. ⟦Is it true that you still cook it in a copper cauldron, as in the old days?⟧ ⟦Could my students visit the soap house during our trip in April?⟧ ⟦What would a two-hour workshop cost for 15 students?⟧

With my warm regards,
Prof. Mireille Aoun

On Thu, 7 Jan 2027 at 18:02, Rami Khalil <rami@khalilsoap.example.lb> wrote:
> Dear Professor, thank you for your message. Please tell us which dates you have in mind.""",
        [Y, Y, Y, N],
        ["when", "yes/no", "yes/no", "how much"],
        """\
Dear Professor Aoun,

What a pleasure to hear from a granddaughter of Tripoli.

Our soap cures for at least nine months, and the laurel soap for a year, in the towers you remember, so that the water leaves slowly and the soap becomes hard and mild.

Yes, we still cook it in the same copper cauldron my grandfather used, over three days, and your students will see it, because we will be cooking a batch in April.

Your students are very welcome; the mornings are best, when the workers are cutting and stamping the bars.

For the workshop, my son will prepare an offer once we know the dates, as it depends on the materials.‸

With warm regards,
Rami Khalil""",
    ),
    case(
        """\
Dear Nour,

⟦We'd like the same order as last month, 200 bars of the olive and 100 of the laurel.⟧ The guests keep taking them home, which is the best compliment, and honestly, who doesn't love your soaps? ⟦Please invoice us in fresh dollars as before.⟧ ⟦Delivery on Thursday morning if possible, before 11.⟧

Best,
Maya Sfeir
Spa Manager, Corniche Bay Hotel, Beirut

DISCLAIMER: This message and its attachments are confidential. Any unauthorised use or disclosure is prohibited.""",
        [Y, Y, Y],
        ["request", "request", "request"],
        """\
Dear Maya,

Thank you, the guests have good taste!

The 200 olive and 100 laurel bars are packed, and our driver will be at the hotel on Thursday 14 January at 10 am. The invoice, in fresh dollars as before, will be in the box.

Best,
Nour
Khalil Soap House""",
    ),
    # --- Kirehe Imigongo Cooperative (imigongo panels painted by a women's cooperative; Kirehe, Rwanda)
    case(
        """\
Muraho Eric. ⟦the 4 panels for our restaurant are ready?⟧ ⟦u can bring to Kimihurura on friday⟧ 🙏 ⟦the balance is how much again⟧

Aline""",
        [Y, Y, Y],
        ["yes/no", "request", "how much"],
        """\
Muraho Aline!

Yes, the four panels have been ready since Saturday and they look very good. I will bring them to the restaurant in Kimihurura on Friday 15 January around 2 pm. The balance is RWF 180,000.

Eric
Kirehe Imigongo Cooperative""",
    ),
    case(
        """\
Dear Eric,

I'm designing the interiors of a new boutique hotel in Kigali for a London client, and we'd like to commission imigongo panels for the restaurant wall and the reception. Could you let me know:

(a) ⟦whether the women can make panels 120 x 120 cm⟧
(b) ⟦the price per panel for 16⟧
(c) ⟦how long 16 would take⟧

⟦Could the colours be changed to match our palette (ochre, charcoal and off-white)?⟧

Kind regards,
Felicity Ames
Ames & Oduya Interiors

Sent from my iPad""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "when", "yes/no"],
        """\
Dear Felicity,

Thank you for thinking of the cooperative.

Yes, the women can make panels of 120 x 120 cm; they are made in one piece on a board, and we have done this size for the Kigali Convention Centre. Sixteen panels take about six weeks, since the dung-and-ash relief has to dry well before painting.

The women mix the colours themselves from earth, ash and plants, so ochre, charcoal and off-white are possible; they will make a small sample in your colours first.

The price will depend on the design, so I will send it to you once the design is agreed.‸

Kind regards,
Eric Habimana
Kirehe Imigongo Cooperative""",
    ),
    case(
        """\
Hi,

We bought a large imigongo panel from your stand at the Kigali craft market when we visited in October. It's beautiful, but we live in Tucson and after two months on our wall it has a long crack across the middle.

We also just learned it's made with cow dung, which nobody told us, and we have a baby. ⟦Is it safe to have it in the house?⟧ ⟦Why did it crack?⟧ ⟦Can you repair it or send another one?⟧

Thanks,
Brian Hollis

On Fri, Jan 8, 2027 at 9:41 AM Eric Habimana <eric@kireheimigongo.example.rw> wrote:
> Hello Brian, thank you for the photo. Can you tell us the size of the panel?""",
        [Y, Y, N],
        ["yes/no", "why", "which"],
        """\
Hi Brian,

Thank you for the photos. Yes, it is safe. The dung is mixed with ash and left to dry in the sun for weeks, then painted and sealed; it has no smell and no germs after that, and in Rwanda these panels hang in homes with children everywhere.

It cracked because of your very dry air: the panel was made in the rainy season in Kirehe, and in a desert climate the board and the relief shrink at different speeds.

I will talk to Claudine and the women at the cooperative about your panel.‸

Kind regards,
Eric""",
    ),
    case(
        """\
Dear Eric,

I teach art at the Green Hills International School in Kigali. ⟦We would like to bring 22 Year 9 students to the cooperative for a workshop on Wednesday 3 March.⟧ ⟦Each student should make a small tile to take home, if that is possible.⟧ The drive from Kigali is about three hours, so ⟦what time should we arrive?⟧ ⟦Is there somewhere the students can eat their lunch?⟧

With thanks,
Thomas Nkurunziza""",
        [Y, Y, Y, N],
        ["request", "request", "when", "yes/no"],
        """\
Dear Thomas,

Thank you, the women are happy to welcome your students on Wednesday 3 March. Each student will make a small tile of 20 x 20 cm; the tiles need a week to dry, so I will bring them to the school in Kigali the week after.

Please arrive by 10 am, so that the students can finish painting before the afternoon rain.‸

Best regards,
Eric Habimana""",
    ),
    case(
        """\
Dear Mr Habimana,

The Carrow Museum of African Art in Milwaukee acquired one of your cooperative's panels in 2019 for our permanent collection, and we are now writing the catalogue for our new textile and surface gallery.

⟦Could you tell us why the patterns are traditionally only black, white and red?⟧ ⟦Could you also tell us who in the cooperative made our panel (catalogue number 2019.44.1, the spiral design)?⟧ ⟦We would also like permission to use photographs of your members at work in the catalogue.⟧

With best regards,
Dr. Angela Whitmore
Curator, Carrow Museum of African Art

From: Eric Habimana
Sent: Monday, December 21, 2026 4:05 PM
To: Angela Whitmore
Subject: RE: Catalogue

Dear Dr Whitmore, yes, we are happy to help. Please send us your questions.""",
        [Y, Y, N],
        ["why", "which", "request"],
        """\
Dear Dr Whitmore,

Thank you, we are proud that the panel is in your collection.

The colours come from what was at hand in the old days: black from the ash of burnt banana and sorghum, white from kaolin clay and red from the natural red earth (laterite). Today some women use other colours for buyers, but the three old colours are still the ones for the traditional designs.

Your spiral panel was made by Mukashema Verena, who is still in the cooperative and now teaches the younger women.

I will ask the members at our next meeting.‸

With best regards,
Eric Habimana""",
    ),
    # --- Dungkar Handmade Paper (deh-sho paper made by hand from daphne bark; Thimphu, Bhutan)
    case(
        """\
kuzuzangpo la Pema 🙏 ⟦u have the thick deh-sho for thangka mounting⟧ ⟦need 50 sheets by tuesday la⟧ ⟦same price as before?⟧

Tashi""",
        [Y, Y, Y],
        ["yes/no", "request", "yes/no"],
        """\
Kuzuzangpo la Tashi,

Yes la, we have the thick sheets. Your 50 sheets will be ready on Monday afternoon, one day early. The price went up in January from Nu 120 to Nu 135 a sheet, because of the bark, so Nu 6,750 for fifty.

Pema
Dungkar Handmade Paper""",
    ),
    case(
        """\
Dear Madam,

I teach calligraphy in Kyoto, and a student brought back some of your paper from a trip to Bhutan. I found it very beautiful, with long fibres and a soft surface.

⟦I would like to know whether your paper is suitable for sumi ink with a wet brush, as some handmade papers make the ink spread.⟧ ⟦Could you send me a sample pack?⟧ ⟦What is the price for 200 sheets of A3 size?⟧ ⟦From which plant is the paper made?⟧

Yours sincerely,
Hiroko Tanabe""",
        [Y, Y, Y, Y],
        ["yes/no", "request", "how much", "which"],
        """\
Dear Ms Tanabe,

Thank you for your kind words.

Yes, our paper takes sumi ink well. For calligraphy we recommend the sized paper, which has a light coating of rice starch, so the ink does not spread, even with a wet brush. I will send you a sample pack by EMS this week, with sized and unsized sheets, so you can try both.

200 sheets of A3 in sized paper are US$ 160, and EMS to Kyoto is about US$ 45.

The paper is made from the inner bark of daphne, a shrub that grows wild in the forests of eastern Bhutan; the bark is boiled with ash, beaten by hand and formed sheet by sheet on a bamboo screen.

Yours sincerely,
Karma Wangmo
Dungkar Handmade Paper""",
    ),
    case(
        """\
Dear Ms Wangmo,

We received the 200 sheets of unsized deh-sho (order DP-0611) last week for the repair of a set of Tibetan manuscripts at the library. On inspection, 40 of the sheets have small brown spots scattered across them.

⟦Can you confirm whether this batch is acid-free?⟧ For conservation work this is essential. ⟦Please replace the 40 sheets with spots.⟧ ⟦What caused the brown spots?⟧

Kind regards,
Dr Fiona MacLeod
Senior Conservator, Collections Care

From: Karma Wangmo <karma@dungkarpaper.example.bt>
Sent: 14 December 2026 09:30
To: Fiona MacLeod
Subject: Order DP-0611 dispatched

Dear Dr MacLeod, your order left Thimphu today by EMS. Please let us know when it arrives.

CONFIDENTIALITY: This email is intended for the named recipient only.""",
        [N, Y, Y],
        ["yes/no", "request", "why"],
        """\
Dear Dr MacLeod,

Thank you for your careful inspection, and I am sorry for the spots.

The brown spots are iron: in November the river we draw water from was muddy after a landslide upstream, and the filter did not catch all of it. We have replaced the filter since then.

We have already made 40 new sheets from the December batch, and they will leave by EMS on Wednesday 13 January.

Our paper is made in the traditional way, with only bark, wood ash and water, and nothing else is added.‸

Kind regards,
Karma Wangmo""",
    ),
    case(
        """\
Hi Pema,

My fiancé Sonam and I are getting married in Paro in March and we'd love our invitations to be on Bhutanese paper. We're looking for:

- ⟦the cost of 120 invitation cards in deh-sho with gold printing⟧
- ⟦whether you can print in both Dzongkha and English⟧
- ⟦delivery to Paro before the wedding on 20 March⟧

Also, ⟦could you tell me where your workshop is?⟧ We'd like to drop by when we land.

Thank you so much!
Rachel Goldberg

Sent from my iPhone""",
        [Y, Y, N, Y],
        ["how much", "yes/no", "request", "where"],
        """\
Dear Rachel,

Congratulations to you and Sonam!

120 cards in deh-sho with gold printing are Nu 21,600, about US$ 260, with matching envelopes. Yes, we can print in Dzongkha and English; please send us the text in both, and we will check the Dzongkha spelling with you.

We will try our best to have them in Paro in time.‸

Our workshop is in Motithang, Thimphu, just below the Takin preserve; any taxi driver knows "the paper factory".

Best wishes,
Pema Choden
Dungkar Handmade Paper""",
    ),
    case(
        """\
Dear Madam,

With reference to your quotation no. DP/Q/114 dated 4 January 2027.

⟦Kindly supply 300 notebooks with our hotel logo embossed on the cover for the Losar season.⟧ ⟦Why is your quotation higher than the one we received in 2025?⟧ The management has asked me to find out. ⟦When can we collect the samples?⟧

Thanking you,
Dorji Tshering
Purchase Department, Hotel Druk Norling, Thimphu""",
        [Y, N, Y],
        ["request", "why", "when"],
        """\
Dear Sir,

Thank you for your order. We will supply the 300 notebooks with your logo embossed on the cover, ready a week before Losar.

The samples are ready now, and you can collect them from our Motithang workshop any day this week between 9 am and 5 pm.‸

Thanking you,
Karma Wangmo
Dungkar Handmade Paper""",
    ),
    # --- Eleni's Lace House (Lefkaritiko lace, hand-embroidered and repaired; Pano Lefkara, Cyprus)
    case(
        """\
Andrea ⟦the tablecloth 180 with the river pattern you still have it⟧ 😊 ⟦can you keep it⟧, my cousin will pass saturday ⟦how much was it⟧

Sent from my Galaxy""",
        [Y, Y, N],
        ["yes/no", "request", "how much"],
        """\
Hi Stella 😊

Yes, we still have it, and I've put it aside for your cousin until Saturday 16 January.

My mother will give you a good price when your cousin comes.‸

Andreas
Eleni's Lace House""",
    ),
    case(
        """\
Dear Mrs Georgiou,

In 1964 my grandmother, who was a nurse with the British forces at Dhekelia, bought a large lace tablecloth in Lefkara, and it has been brought out for every Christmas dinner in our family since. This Christmas my nephew spilled red wine on it, and in trying to get the stain out my sister tore a hole about the size of a fifty-pence piece near one corner. She is heartbroken.

I found your shop online, and ⟦I wondered whether your mother could repair it.⟧ ⟦I would also like to know how much such a repair would cost, roughly.⟧ ⟦Is it safe to post it to Cyprus, or should I bring it in person when we come in April?⟧ And ⟦how should I store it until then?⟧

With kind regards,
Margaret Ellison

On Sat, 9 Jan 2027 at 14:50, Andreas Georgiou <andreas@elenislace.example.com.cy> wrote:
> Dear Mrs Ellison, thank you for your call. Could you please send photographs of the tablecloth and of the damage?""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "which", "how"],
        """\
Dear Mrs Ellison,

Thank you for the photographs; what a beautiful piece, and what a history.

Yes, my mother can repair it. The hole is in the plain linen, not in the embroidery, so she can weave new threads into it and the repair will be very hard to see. A repair like this usually costs between € 120 and € 180.

Please bring it with you in April rather than posting it; old linen does not like the post, and my mother would like to show you the repair before you take it home.‸

With kind regards,
Andreas Georgiou
Eleni's Lace House""",
    ),
    case(
        """\
Hello,

I bought a lace table runner from your shop during our cruise stop in October for $140. At home I noticed a small sticker saying "Made in China" on the bottom of the box it came in.

⟦Is this really hand-made in Lefkara?⟧ ⟦Why does it say "Made in China" on the box?⟧ ⟦I'd like a certificate of authenticity.⟧

Linda Castellano
Scottsdale, AZ""",
        [Y, Y, N],
        ["yes/no", "why", "request"],
        """\
Dear Linda,

Thank you for writing, and I understand why the sticker worried you.

Yes, your runner was embroidered by hand here in Pano Lefkara, by my friend Kyria Androulla; it took her about three weeks. The gift boxes are bought in, and the sticker is about the box, not the lace. We will stop using those boxes.

Andreas will ask the Cyprus Handicraft Service about a certificate for you.‸

With best wishes,
Eleni Georgiou
Eleni's Lace House""",
    ),
    case(
        """\
Dear Mr Georgiou,

Following our conversation at the Ambient craft fair, the Whitcombe Museum shop would like to carry Lefkara lace during our Mediterranean textiles exhibition this summer. We would be grateful for:

1. ⟦prices for 20 small doilies (15 cm) and 10 table runners⟧
2. ⟦whether you invoice in euros or sterling⟧
3. ⟦We'd need everything by 1 May for the exhibition opening.⟧

⟦Would Mrs Georgiou be willing to give an embroidery demonstration at the opening?⟧

Kind regards,
Hannah Pryce
Retail Manager, The Whitcombe Museum""",
        [Y, N, Y, N],
        ["how much", "which", "request", "yes/no"],
        """\
Dear Hannah,

Thank you, we are delighted.

Small doilies of 15 cm are € 28 each and table runners € 165 each, so € 2,210 for 20 doilies and 10 runners, packed and sent by courier.‸ Everything will be with you by the middle of April, well before 1 May.

My mother was very moved by the invitation; she has never shown her work in a museum before.

Kind regards,
Andreas Georgiou""",
    ),
    case(
        """\
Eleni, the bride saw your work at the Limassol wedding fair and wants a lace edge for her veil - ⟦can you do 3 metres by 20 February?⟧ (and ⟦what would it cost?⟧) ⟦Send me photos of the patterns you have⟧ so I can show her. ⟦Do you also make ring pillows?⟧

Thanks!
Christina
Olive & Veil Weddings, Limassol""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "request", "yes/no"],
        """\
Dear Christina,

Three metres by 20 February is too little time for hand embroidery, I am sorry; I could have it ready by 6 March. It would be € 390 for the three metres.

I have attached photographs of six patterns; the bride may like the "rivers" or the "almond" for a veil.‸

Eleni""",
    ),
]
