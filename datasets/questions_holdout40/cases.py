"""The cases of Tactful's questions held-out set 40 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout40.py turns them into the JSONL.

"Today" is Thursday 14 January 2027. Fourteen invented businesses, five cases each, in this order: an
Omani halwa maker (Oman), an aloe farm and factory (Aruba), a river-weed snack maker (Laos), a tempeh and
tempeh-starter maker (Indonesia), an appliqué hangings workshop (Benin), a goose-down bedding workshop
(Hungary), a bog-shoe hiking guide (Estonia), a wire-craft workshop (Slovakia), an attiéké maker (Côte
d'Ivoire), a mate-gourd workshop (Argentina), a panela farm (Colombia), a coco de mer dealer (Seychelles),
a martenitsa workshop (Bulgaria) and a necktie maker (Croatia).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Al Shuraiqi Halwa (Omani halwa; Nizwa, Oman)
    case("""Dear Mr. Khalfan,

We are finalising the Ramadan menu for the Qurum Sands Hotel in Muscat. ⟦Could you supply 60 kg of saffron and rosewater halwa in the small copper-look dishes for our iftar buffet, starting on the first day of Ramadan?⟧ Last year your halwa was the most photographed item on the table.

⟦Kindly confirm the price per kilo for that quantity⟧ and ⟦whether the dishes are returnable.⟧ ⟦We will also need the expiry date printed on every box for our food safety team.⟧ ⟦Could you send a sample box to the hotel next week for our chef to taste?⟧

Best regards,
Salma Al Harthy
Purchasing Manager, Qurum Sands Hotel
Tel +968 2400 1187""",
         [Y, Y, N, Y, N], ["yes/no", "how much", "yes/no", "request", "request"],
         """Dear Ms. Al Harthy,

Thank you for thinking of us again this year. Yes, we can supply 60 kg of the saffron and rosewater halwa in the small dishes, starting from the first night of Ramadan, inshallah, whatever day the moon is sighted. For 60 kg the price is RO 7.800 per kilo, delivered to the hotel.‸ The copper-look dishes are very popular with guests and photograph beautifully under warm light.

Every box will carry the production date and the expiry date on the label, in Arabic and English.

With best wishes,
Khalfan Al Shuraiqi
Al Shuraiqi Halwa, Nizwa"""),
    case("""salam alaikum ya Khalfan 🙏 ⟦u have the black halwa with cardamom⟧ ⟦how much the big dallah size⟧ ⟦can send to Sohar thursday⟧ my mother's guests coming friday

Sent from my iPhone""",
         [Y, Y, Y], ["yes/no", "how much", "request"],
         """Wa alaikum salam Ahmed,

Yes, we have the black halwa with cardamom, made this morning. The big dallah-shape tub (1.5 kg) is RO 9.000. Our van to Sohar leaves on Wednesday afternoon, so it will be with you a day early - just send me the address and a number for the driver.

Khalfan"""),
    case("""Thank you, the transfer is done. Yusuf will collect the trays on Sunday morning.

Maryam

On Tue, 12 Jan 2027 at 10:14, Al Shuraiqi Halwa <orders@shuraiqi.example.om> wrote:
> Dear Maryam,
> The twelve wedding trays are ready. The total is RO 64.000.
> Could you please let us know who will collect them, and at what time?
> Khalfan""",
         [], [],
         """Dear Maryam,

We have received the transfer, thank you. The twelve trays will be wrapped and waiting for Yusuf on Sunday morning - the shop opens at 8.

Congratulations again to the family,
Khalfan""", quoted_only=True),
    case("""Dear Al Shuraiqi family,

My name is Aisha and I am an Omani student in Leeds. My grandmother bought her halwa from your shop near the fort for forty years, and when I was small she used to send me to buy it with a note in my pocket. She is in London with my aunt this winter and she keeps saying that English sweets taste of nothing.

⟦I was wondering whether you post to the UK at all.⟧ If you do, I would like to surprise her with 3 kg for Eid. ⟦What would the postage be for 3 kg to London?⟧ And ⟦how long does halwa keep without a fridge?⟧ My aunt's kitchen is very small.

⟦If you could put a small card inside saying "from Aisha, with love", I would be very grateful.⟧

Thank you,
Aisha Al Kindi""",
         [Y, N, Y, Y], ["yes/no", "how much", "when", "request"],
         """Dear Aisha,

What a lovely message - please give your grandmother our greetings from the shop by the fort.

Yes, we post to the UK with Aramex, usually every two weeks. The postage depends on the weight of the boxes, and Aramex changes its prices often.‸ Our halwa keeps for four months in a closed tub, out of the sun, with no need for a fridge.

We will of course put a card inside with your words.

Warm regards,
Khalfan Al Shuraiqi"""),
    case("""Dear Sir,

The 20 tubs of halwa we received on 11 January for our company's anniversary had separated, with a layer of oil on top of every tub. We could not serve them to our guests. ⟦Why did this happen?⟧

⟦We want a replacement of all 20 tubs before our event on Thursday 21 January.⟧ ⟦Please also tell us how the halwa should be stored, so that it does not happen again.⟧

Regards,
Hamed Al Balushi
Events Coordinator, Batinah Logistics

From: Al Shuraiqi Halwa <orders@shuraiqi.example.om>
Sent: Monday, January 4, 2027 9:02 AM
To: Hamed Al Balushi
Subject: RE: Order 20 tubs

Dear Mr. Hamed, your order is confirmed. Please confirm the delivery address in Sohar.""",
         [Y, N, Y], ["why", "request", "how"],
         """Dear Mr. Hamed,

I am very sorry that the halwa reached you in that state. Halwa separates when it is left somewhere hot for a few hours - the ghee rises to the top. The courier's van waited in the sun at Sohar for most of the afternoon, and that is what spoiled your tubs.

We are looking at what we can do about the tubs for your event.‸

To keep halwa well, store it at room temperature, away from windows and stoves, and if a little oil rises, warm the tub gently and stir it back in.

With apologies,
Khalfan Al Shuraiqi"""),
    # --- Mondi Aloe (aloe farm and factory; Hato, Aruba)
    case("""Hi there,

We visited your factory on our cruise stop last week and my wife hasn't stopped talking about the after-sun gel. ⟦Do you ship to Ohio?⟧ ⟦What does the gel cost in the big 500 ml bottle?⟧ ⟦Is it okay to use on kids?⟧ Our 6-year-old got pretty burned at Eagle Beach and the gel was the only thing that helped.

Thanks,
Doug Lindqvist
Dayton, OH

On Fri, Jan 8, 2027 at 3:12 PM Mondi Aloe <hello@mondialoe.example.aw> wrote:
> Bon dia Doug, thank you for visiting our farm! Let us know if we can help with anything.""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """Hi Doug,

Great to hear from you, and we're glad the gel helped 😊. Yes, we ship to Ohio - USPS from Aruba takes about two weeks. The 500 ml bottle of after-sun gel is US$ 24, and shipping for one or two bottles is US$ 15.

Aruban families have used aloe from our fields for more than a hundred years, and our gel is made from the fresh leaf right here in Hato.‸

Masha danki,
Rosalind Croes
Mondi Aloe"""),
    case("""bon dia! 🌞 ⟦u still have the aloe juice with pineapple?⟧ ⟦how much for 3 bottles⟧ 😊 ⟦can i pass by today after 5⟧ danki""",
         [Y, Y, Y], ["yes/no", "how much", "yes/no"],
         """Bon dia Gisela!

Yes, we still have the aloe juice with pineapple. Three bottles are Afl. 45. Today we close at 4, so after 5 is too late - but we open again tomorrow at 8 and I'll keep three bottles aside for you.

Rosalind"""),
    case("""Dear Mondi Aloe team,

We run a small day spa in Utrecht and would like to carry your products from the spring. Could you send us:

1. ⟦your wholesale price list in euros⟧
2. ⟦the minimum order⟧
3. ⟦the INCI ingredient list for the after-sun gel and the body lotion⟧

⟦We would also like to know whether your products are tested on animals.⟧ Our clients ask about this a lot. ⟦Do you have testers we could put in the treatment rooms?⟧

⟦Could the first shipment reach us before our spring opening on Saturday 20 March?⟧

Met vriendelijke groet,
Femke de Ruiter
Studio Lotus, Utrecht""",
         [Y, N, Y, Y, N, Y], ["request", "how much", "request", "yes/no", "yes/no", "yes/no"],
         """Dear Femke,

Thank you for your interest in Mondi Aloe. I have attached our wholesale price list in euros and the INCI lists for the after-sun gel and the body lotion.‸

None of our products are tested on animals, and they never have been.

Sea freight to Rotterdam takes about five weeks, so if you place your order by Friday 5 February, it will reach Utrecht before Saturday 20 March.

Kind regards,
Rosalind Croes
Export, Mondi Aloe"""),
    case("""Rosalind,

The 24 bottles of body lotion that came on Monday arrived with leaking caps - half the box was sticky and the labels are ruined. This is the second time. ⟦Can you send new caps or just replace the bottles?⟧ And ⟦who pays for the damaged stock?⟧ I'm not paying for sticky boxes again.

Marisol
Palm Breeze Gift Shop

Sent from my Samsung Galaxy""",
         [Y, N], ["which", "which"],
         """Hi Marisol,

I'm so sorry - two times is two times too many. We'll replace all 24 bottles rather than send caps: the new batch has the screw caps with a seal, and I'll bring them to the shop myself on Friday morning.

We are really sorry for the mess this caused in your shop.‸

Rosalind"""),
    case("""Good morning Rosalind,

⟦Same order as November, please: 40 cases of the 250 ml gel.⟧ ⟦Can you ship it on the Tuesday boat?⟧ ⟦Is the price still Afl. 310 per case?⟧

Our new store in Punda opens in February - ⟦would you be willing to do a tasting table on opening day?⟧ Customers loved it last time.

Regards,
Edsel Martina
Botika Sanadó, Willemstad""",
         [Y, Y, N, Y], ["request", "yes/no", "yes/no", "yes/no"],
         """Good morning Edsel,

40 cases of the 250 ml gel are reserved for you, and they will go on Tuesday's boat to Willemstad.

I'll check the November invoice and come back to you about the price.‸

We'd love to do a tasting table in Punda! Send me the opening date and I'll bring the samples and the aloe plants.

Regards,
Rosalind Croes
Mondi Aloe"""),
    # --- Mae Noy Khai Paen (river-weed snack sheets; Luang Prabang, Laos)
    case("""Dear Mae Noy,

We are a Thai-Lao deli in Bangkok (Ari area) and our customers ask for real khai paen from Luang Prabang. We would like to know:

- ⟦price for 200 packs of the sesame and garlic sheets⟧
- ⟦how long they keep⟧
- ⟦if you can put a Thai label on each pack⟧

⟦We need the goods in our shop before Chinese New Year on 6 February.⟧ ⟦Can you send a few sample packs first?⟧

Best regards,
Khun Pim Srisuk
Baan Ari Deli""",
         [Y, Y, N, Y, Y], ["how much", "when", "yes/no", "request", "request"],
         """Dear Khun Pim,

Thank you for your interest in our khai paen. The sesame and garlic sheets are US$ 0.90 per pack, so US$ 180 for 200 packs. They keep for three months in the sealed bag, away from the sun.‸

We send by bus to Nong Khai and then by Kerry Express, so if you confirm by Monday 18 January, the packs will be in Bangkok by Saturday 30 January, well before Chinese New Year. I am sending you five sample packs by post tomorrow.

Khop jai lai lai,
Noy Phommachanh
Mae Noy Khai Paen"""),
    case("""sabaidee euay Noy 🙏 ⟦have khai paen today or finish already⟧ ⟦i need 30 pack for guest breakfast tomorrow⟧ 🙏 ⟦can send with tuk tuk?⟧ khop jai lai lai""",
         [Y, Y, Y], ["yes/no", "request", "request"],
         """Sabaidee Vanh,

Yes, still have - fresh from this morning. 30 packs is no problem, I keep them for you. The tuk tuk will bring them to the guesthouse tomorrow at 7.

Noy"""),
    case("""Hello Noy,

The box that came to Footscray last week was not good. 40 packs were broken into pieces, and the packs from the bottom smelled of old oil - we could not sell those. ⟦Why did the last box smell like that?⟧ Our customers are loyal, but not that loyal.

⟦We would like a credit for the 40 broken packs on the next invoice.⟧ ⟦Could you pack them in a hard box from now on?⟧

Thanks,
Kham Sayavong
Lane Xang Kitchen, Footscray

From: Mae Noy Khai Paen <noy@maenoy.example.la>
Sent: Tuesday, December 22, 2026 11:40 AM
To: Lane Xang Kitchen
Subject: Shipment

Dear Kham, your 150 packs left today by air. Please let us know when they arrive.""",
         [Y, N, Y], ["why", "request", "request"],
         """Dear Kham,

I'm very sorry about this box. In December our usual oil seller had no stock and we fried one batch with oil from a new seller - it was not as fresh, and those packs were at the bottom of your box. We have gone back to the old seller.

We understand how disappointing this is for your kitchen and we will try to do better.‸

From the next order we pack in hard cartons, with paper between every layer, so the sheets can't break.

Noy"""),
    case("""Dear Madame Noy,

I am writing from Paris on behalf of my grandmother, Bouasone, who grew up on the road behind the Wat Xieng Thong in the 1940s. She came to France in 1976 and never went back. Every year she tells us about the sheets of river weed drying on bamboo racks by the Mekong, and how her mother gave them to her with jeow bong when she came home from school.

She will be ninety on Saturday 13 March, and my cousins and I would like to give her khai paen from Luang Prabang. ⟦Could you tell me if it is possible to send it to France⟧, and ⟦whether it will still be crispy when it arrives?⟧ ⟦I'd also like to know whether you still make the kind with tamarind and chilli that she remembers.⟧ And ⟦how much would it cost to send 1 kg?⟧

Thank you so much for reading this long letter.

Chanthala Dumont""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
         """Dear Chanthala,

What a beautiful letter - please wish your grandmother a happy ninetieth birthday from all of us by the river.

Yes, we can send khai paen to France by EMS; it takes about ten days. We pack it with a small bag of rice to keep it dry, and it arrives crispy - if it softens a little, a few seconds in a hot dry pan brings it back. We still make the one with tamarind and chilli, exactly the old way, with jeow bong on the side.

The EMS price we have to check at the post office in town.‸

With warm wishes,
Noy"""),
    case("""Hi Noy!

I'm a food writer based in Chiang Mai and I'm working on a piece about Mekong river weed for a travel magazine. ⟦Would it be possible to film your team collecting and drying the weed in February?⟧ ⟦What time of day do you usually start?⟧ ⟦Is there a fee for filming?⟧ ⟦Can we stay overnight somewhere near the drying place?⟧

Cheers,
Hannah Whitcombe

Sent from my iPad""",
         [Y, N, Y, N], ["yes/no", "when", "yes/no", "where"],
         """Hi Hannah,

Yes, you are welcome to come in February - that is the best month, the river is low and clear. We start very early, before the sun gets strong on the sandbanks.‸

There is no fee for filming. If you want, you can buy some packs at the end for the magazine photos. :)

Noy"""),
    # --- Tempe Mbok Sri (tempeh and ragi tempeh starter; Kotagede, Yogyakarta, Indonesia)
    case("""Dear Mbak Sri,

We are a toko in Den Haag selling Indonesian food since 1978. ⟦Can you send 50 packs of ragi tempeh, the 100 gram size?⟧ ⟦What is the price including shipping to Den Haag?⟧ ⟦Do you also have a certificate that the ragi is halal?⟧ Many of our customers ask for it. ⟦Do you ship from Jogja or from Jakarta?⟧

Met vriendelijke groeten,
Wim Tjoa
Toko Tjoa, Den Haag""",
         [Y, N, Y, Y], ["yes/no", "how much", "yes/no", "which"],
         """Dear Pak Wim,

Thank you for your order. Yes, we can send 50 packs of ragi tempeh in the 100 gram size; they are ready this week. The ragi is Rp 45.000 per pack.‸

Our ragi has the MUI halal certificate - I have attached a copy, which you can show to your customers. We ship from Jogja, from the post office in Kotagede.

Salam hangat,
Sri Wahyuni
Tempe Mbok Sri, Kotagede"""),
    case("""mas Budi 🙏 ⟦can u send 100 tempe mendoan to jakarta by tomorrow⟧ ⟦ongkir how much⟧ thx gan""",
         [Y, Y], ["request", "how much"],
         """Halo mas Andi,

Maaf, fresh tempe can't go to Jakarta in one day - it gets too warm in the bus, so we only deliver fresh tempe inside Jogja. What we can send to Jakarta is the ragi, and ongkir for that is Rp 18.000 with JNE.

Budi"""),
    case("""Hi Sri,

Noted with thanks. I'll pass this on to our lab manager when she is back from leave on Monday.

Best,
Joris van Dam
Food Microbiology, Wageningen

From: Tempe Mbok Sri <sri@tempembok.example.id>
Sent: Wednesday, January 13, 2027 2:15 PM
To: Joris van Dam
Subject: Re: Rhizopus cultures for research

Dear Joris,
The three cultures can be sent in dried form on rice flour. Could you please confirm the import permit number for the cultures, so we can put it on the documents?
Sri""",
         [], [],
         """Dear Joris,

Thank you. We will wait for the permit number from your lab manager; the cultures are dried and ready to go once we have it.

Best regards,
Sri Wahyuni
Tempe Mbok Sri""", quoted_only=True),
    case("""Hello,

I bought two packs of your ragi online in December and made my first tempeh in Berlin last weekend. After 36 hours the beans were covered with white mycelium, but then black and grey patches came all over the top. ⟦Is the black colour dangerous?⟧ ⟦Did I do something wrong, or was the starter old?⟧ I followed the instructions on the pack.

⟦I'd like you to send me a new pack.⟧ And ⟦what temperature should I use?⟧ My flat is heated, maybe too much.

Viele Grüße,
Lukas Brenner""",
         [Y, Y, Y, N], ["yes/no", "which", "request", "which"],
         """Dear Lukas,

Congratulations on your first tempeh! The black and grey patches are spores - the mould is starting to make seeds. They are not dangerous, and the tempeh is safe to eat if it smells fresh and mushroomy. The starter was not old (your packs are from a November batch); black spots mean the tempeh got too warm towards the end.

I posted a new pack to you this morning, free of charge.‸

Salam from Jogja,
Sri"""),
    case("""G'day Sri,

We're opening a little vegan café in Fremantle in April and want to make our own tempeh, including a chickpea one - ⟦does your ragi work with chickpeas and not only soy?⟧ We'll need about 2 kg of ragi a month (⟦can you do a monthly standing order?⟧). Australian customs are strict with anything living, so ⟦could you tell us what paperwork comes with it?⟧ ⟦How long does the ragi keep once the pack is opened?⟧

Cheers,
Tegan & Marco
Root & Bean, Fremantle""",
         [Y, N, Y, N], ["yes/no", "yes/no", "which", "when"],
         """Hi Tegan and Marco,

How exciting - good luck with the opening! Yes, our ragi works well with chickpeas, and also with black beans and lentils; chickpeas need a little longer and should be split first.

Every parcel travels with a commercial invoice and a certificate of analysis from the lab in Yogyakarta. Please check with the Australian biosecurity office whether you also need an import permit for dried cultures.‸

Salam,
Sri Wahyuni
Tempe Mbok Sri"""),
    # --- Atelier Hountondji (appliqué hangings and banners; Abomey, Benin)
    case("""Bonjour Monsieur Hountondji,

We are renovating the lobby of the Hôtel Les Cocotiers in Cotonou and our architect fell in love with your appliqué work at the Fidjrossè fair. ⟦Could you make eight large hangings (2 m by 1.5 m) showing the twelve kings of Abomey and their symbols?⟧ ⟦What would the price be for all eight?⟧

⟦We need them on the walls before the reopening on Monday 1 March.⟧ ⟦Can you also come to Cotonou to hang them?⟧

Cordialement,
Nadège Agbo
Direction, Hôtel Les Cocotiers""",
         [Y, Y, Y, N], ["yes/no", "how much", "request", "yes/no"],
         """Bonjour Madame Agbo,

Thank you for your kind words about our work. Yes, we can make eight hangings of 2 m by 1.5 m with the twelve kings and their symbols - three or two kings on each, as on the palace walls.

The price is FCFA 350 000 per hanging, so FCFA 2 800 000 for the eight.

We need about six weeks for this work, so if you confirm this week, they will be ready on Friday 26 February. My son will bring them to Cotonou in our van that weekend, before your reopening on Monday 1 March.‸

Cordialement,
Romuald Hountondji
Atelier Hountondji, Abomey"""),
    case("""bonjour tonton 🙏🏾 ⟦the tablecloth with the lions it is finish?⟧ ⟦i come saturday to take it or u send it to Bohicon⟧ merci beaucoup""",
         [Y, Y], ["yes/no", "which"],
         """Bonjour Félicité,

Not yet - the second lion needs two more days of sewing. It will be ready on Saturday, so come in the afternoon and take it; no need to send it to Bohicon.

Tonton Romuald"""),
    case("""Dear Mr Hountondji,

The signed consignment agreement for the spring exhibition is attached. We are all looking forward to seeing the hangings in the gallery.

Warm regards,
Claire Vasseur
Galerie Terre Rouge, Paris

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee. If you have received it in error, please notify the sender immediately and delete it.""",
         [], [],
         """Dear Claire,

Thank you, we have received the signed agreement. The hangings are being finished now and we will send the list with sizes and titles next week.

Best regards,
Romuald Hountondji""", quoted_only=True),
    case("""Dear Atelier Hountondji,

I am writing on behalf of Mount Zion Baptist Church in Atlanta. Last summer our pastor visited Abomey with a group from our congregation, and he came back with one of your small hangings of a lion and a dove. It has hung in our fellowship hall ever since, and everyone who walks past stops to look at it. For our 150th anniversary in June, the women's committee would like to have a large banner made by your workshop.

We have in mind a banner 3 meters wide, with our church's name and a dove over the river. Could you tell us:

(a) ⟦the cost of such a banner⟧
(b) ⟦how long it would take to make⟧
(c) ⟦the shipping to Atlanta⟧

⟦Can the letters be done in gold thread?⟧ Sister Ruth says gold would be beautiful against blue. ⟦Could you send us a drawing of the design before you start?⟧

God bless,
Deborah Whitfield
Women's Committee, Mount Zion Baptist Church""",
         [Y, Y, N, Y, N], ["how much", "when", "how much", "yes/no", "request"],
         """Dear Mrs. Whitfield,

It warms my heart to hear that our lion and dove hang in your fellowship hall. A banner 3 meters wide with the church's name and a dove over the river would cost FCFA 450 000, which is about US$ 750. It takes about five weeks to make. We send with DHL from Cotonou, and I will ask them for the price when the banner is ready.‸

We do not embroider letters with thread; in our work every letter is cut from cloth and sewn on by hand. We can use a golden-yellow cloth for the letters, which looks very beautiful on blue.

God bless your anniversary,
Romuald Hountondji"""),
    case("""Hello,

I bought the large hanging with the shark of King Béhanzin from you in August. After one gentle wash in cold water, the red has run into all the white cloth and the shark now looks pink. Is it too much to expect a label that says "do not wash"?

⟦Is there any way to get the red out of the white?⟧ Otherwise ⟦I want either a new hanging or my money back.⟧

Geneviève Tremblay
Montréal

Sent from my iPhone""",
         [Y, N], ["yes/no", "which"],
         """Dear Geneviève,

I am very sorry about your shark. Once the red has gone into the white cotton, it cannot be taken out completely. Soaking it in cold water with a cup of white vinegar may soften the pink, but it will not bring the white back.

We are truly sorry, and from now on every hanging will leave the workshop with a label saying not to wash it.‸

Romuald Hountondji"""),
    # --- Lúdtoll Manufaktúra (goose-down duvets and pillows; Kecskemét, Hungary)
    case("""Sehr geehrte Damen und Herren,

the Hotel Am Stadtpark in Vienna is replacing its bedding this spring. ⟦Can you make 80 summer-weight duvets in 135 x 200 cm, the Austrian size?⟧ ⟦What would the price per piece be?⟧ ⟦We also need the washing instructions in German.⟧ And ⟦how long is your guarantee?⟧ ⟦Could you send one sample duvet to the hotel first?⟧

Mit freundlichen Grüßen
Andrea Pichler
Hausdame, Hotel Am Stadtpark

DISCLAIMER: This e-mail is intended for the named recipient only. If you are not the intended recipient, please inform the sender and delete this message.""",
         [Y, Y, Y, N, N], ["yes/no", "how much", "request", "when", "request"],
         """Dear Ms. Pichler,

Thank you for your enquiry. Yes, we can make 80 summer-weight duvets in 135 x 200 cm; the Austrian size is one of our standard sizes. For 80 pieces the price is EUR 149 per duvet, delivered to Vienna.

Every duvet has a sewn-in label with the washing instructions in German and Hungarian.

Our duvets are made by hand from Hungarian goose down and usually last fifteen years or more in hotels.‸

Kind regards,
Eszter Molnár
Lúdtoll Manufaktúra, Kecskemét"""),
    case("""szia Eszter! 😊 ⟦the pillow for my mom ready?⟧ ⟦can i pick up saturday morning⟧ ⟦how much i owe u⟧ köszi""",
         [Y, Y, N], ["yes/no", "yes/no", "how much"],
         """Szia Dóra!

Yes, your mom's pillow is ready, it's wrapped and waiting. Saturday morning is fine, we're open from 9 to 12. 😊‸

Eszter"""),
    case("""Dear Lúdtoll team,

A friend in Budapest has one of your duvets and swears by it. ⟦I was wondering whether goose down is suitable for someone with a dust-mite allergy, as my partner reacts badly to most bedding.⟧ ⟦I'd also like to know if you ship to London⟧ and ⟦what that would cost for one double duvet.⟧ ⟦Where in Kecskemét is your shop, in case we visit in the spring?⟧

Many thanks,
Imogen Clarke
London N16""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "how much", "where"],
         """Dear Imogen,

Thank you for writing. Dust mites do not live in down itself; they live in dust. Our down is washed eight times at 90°C, and many people with a dust-mite allergy sleep under our duvets without any trouble, as long as the cover is washed often. If your partner's allergy is severe, it is worth asking the doctor first.

Yes, we ship to London. For one double duvet the shipping is £38 with GLS, about five working days.‸

Best wishes,
Eszter Molnár"""),
    case("""Hello,

The duvet I bought from you arrived on Friday and it smells like a farmyard. There are also little feathers poking through the cover in several places. ⟦Is this normal?⟧ For €320 I expected better.

⟦I expect a replacement.⟧

Regards,
Tobias Kranz

Sent from my Galaxy""",
         [Y, N], ["yes/no", "request"],
         """Dear Tobias,

Thank you for letting us know. A new down duvet can smell a little for the first few days, because down is a natural material; it goes away if you air the duvet outside on a dry day, or near an open window, for a few hours. A few small quills coming through the cover are also normal at the start - please pull them back in from the other side rather than pulling them out.

If the smell is still there after two weeks, please send us a photo of the label and we will look at it again.‸

Kind regards,
Eszter Molnár"""),
    case("""Kedves Eszter,

⟦We'd like to order 30 pillows - the medium firm ones, if you still have them.⟧ ⟦Could you deliver them to the hotel on Tuesday 2 February (our housekeeping team is there from 7)?⟧ And ⟦would you take back the old pillows for recycling?⟧

Üdvözlettel,
Gábor Fekete
Duna Boutique Hotel, Budapest

On Mon, 11 Jan 2027 at 16:05, Lúdtoll Manufaktúra <eszter@ludtoll.example.hu> wrote:
> Dear Gábor, happy new year! Do you need anything for the spring season?
> Eszter""",
         [Y, Y, Y], ["request", "yes/no", "yes/no"],
         """Kedves Gábor,

Thank you for the order - we still have the medium firm pillows, and 30 are set aside for you. Our van is in Budapest on Wednesdays, so we can deliver on Wednesday 3 February instead, at 7 in the morning when your housekeeping team starts.

We can't take the old pillows back, but the city's textile collection points accept them, and the one on Váci út is near you.

Üdvözlettel,
Eszter"""),
    # --- Rabamatk Soomaa (bog-shoe hikes and dugout-canoe trips; Soomaa, Estonia)
    case("""Dear Mr. Margus,

I teach English at a Gymnasium in Kassel, and in May I am bringing a class of 22 pupils (16 and 17 years old) to Estonia. ⟦Is a bog-shoe hike suitable for a group of this size?⟧ ⟦Do you have bog shoes for all sizes, also for big feet (46-47)?⟧ ⟦What does it cost per pupil?⟧ ⟦Can the hike be in English rather than Estonian?⟧ My pupils' Estonian is not so good yet. ⟦How do we get from Tallinn to the start of the hike?⟧

With kind regards,
Katrin Oberländer
Friedrichsgymnasium Kassel""",
         [Y, Y, Y, Y, N], ["yes/no", "yes/no", "how much", "yes/no", "how"],
         """Dear Ms. Oberländer,

Thank you for choosing Soomaa for your class trip. For 22 pupils we split into two groups of eleven, each with its own guide, and walk the same route half an hour apart - that way everyone can hear and nobody waits on the bog.

Bog shoes are strapped over your own boots, like snowshoes, so they fit every size, including 46 and 47.

The hike is EUR 35 per pupil, and the teachers come free. All our hikes are in English, so your pupils will be fine.‸

Best regards,
Margus Tamm
Rabamatk Soomaa"""),
    case("""tere Margus! 👋 ⟦is tomorrow hike still on with this rain⟧ and ⟦where we meet, at the visitor centre or at Riisa trail⟧ aitäh""",
         [Y, Y], ["yes/no", "which"],
         """Tere Liis!

Yes, we go - rain is no problem on the bog, only thunder stops us. We meet at the Riisa trail car park at 10.

Margus"""),
    case("""Hi Margus,

Forwarding the message from our travel agent below, for your records. See you in March!

Kaisa

---------- Forwarded message ---------
From: Nordic Trails Travel <bookings@nordictrails.example.fi>
Date: Wed, 13 Jan 2027 at 09:31
Subject: Soomaa day trip, 6 people
To: Kaisa Lehtonen

Dear Kaisa,
Your bog-shoe hike in Soomaa is booked for Saturday 6 March. Could you please confirm the pickup time from Pärnu with the guide, and let us know if anyone in the group needs vegetarian lunch?
Best regards, Nordic Trails""",
         [], [],
         """Hi Kaisa,

Thanks for forwarding - I have your group down for Saturday 6 March. See you then!

Margus""", quoted_only=True),
    case("""Hello,

Our bog hike on 28 December was cancelled one hour before the start because of "ice on the boardwalk". We had already driven two hours from Tallinn with two small children. ⟦Why were we not told the evening before?⟧

⟦We want a full refund of EUR 140, not a voucher.⟧ And ⟦what happens if it is icy again on the day we come back?⟧

Regards,
Andrus Kask

Sent from my iPhone""",
         [Y, N, N], ["why", "request", "how"],
         """Dear Andrus,

I am very sorry about your long drive. The ice formed overnight - the evening before, the boardwalk was wet but safe, and I only saw the ice when I walked the route at 8 in the morning. With children on the group I could not take the risk.

I understand your frustration, and I have sent you a voucher that is valid for two years.‸

Margus Tamm
Rabamatk Soomaa"""),
    case("""Dear Margus,

I'm a landscape photographer from Leicester, and for years I have wanted to see Soomaa's "fifth season", when the rivers flood the forests and the meadows and people go to the post office by canoe. I finally have the time and the money this year.

⟦I was wondering whether you run canoe trips during the flood⟧, and ⟦if so, when the water is usually highest.⟧ I would love to photograph sunrise over the flooded meadows - ⟦would a 5 am start be possible?⟧ ⟦Is there also somewhere to stay near you?⟧

Best wishes,
Oliver Haigh""",
         [Y, N, Y, Y], ["yes/no", "when", "yes/no", "where"],
         """Dear Oliver,

Yes, we run trips in the flood with our dugout canoes (haabjas) - it is the most magical time of the year here. The flood comes when the snow melts, and every year is different.‸ For a small group a sunrise start at 5 is no problem at all; I will bring coffee.

Our neighbours at Tõramaa farm rent rooms, ten minutes from the river, and they are used to guests who get up early.

Best regards,
Margus"""),
    # --- Drôtenícka dielňa Kováč (wire-craft: baskets, hearts, stars, wrapped bottles; Žilina, Slovakia)
    case("""Dear Mr. Kováč,

My grandfather, Ján Hrivňák, was a drotár from a village near Žilina. He came to Pittsburgh in 1910 and fixed pots and made wire things for the neighbors until he died. All we have left of his work is a photograph of a wire mousetrap he made, standing on my grandmother's kitchen table.

⟦Could you make a copy of the mousetrap from the photograph?⟧ ⟦How much would that be?⟧ ⟦Do you ship to the US?⟧ ⟦I'd also love to know if anyone in Žilina remembers a drotár family called Hrivňák.⟧

Thank you,
Margaret Hrivnak Coleman
Pittsburgh, PA""",
         [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "yes/no"],
         """Dear Mrs. Coleman,

What a wonderful story. Yes, I can make a copy of the mousetrap from the photograph - the old drotár mousetraps were all built the same way, and I can see the details well in your picture. It will cost EUR 65, and we ship to the US with Slovak Post for EUR 22.‸

I will send you photos when it is finished.

Best regards,
Peter Kováč
Drôtenícka dielňa Kováč, Žilina"""),
    case("""ahoj 🙂 ⟦do u still have the little wire hearts⟧ ⟦i need 120 for the wedding tables⟧ ⟦by 15 may ok?⟧ dakujem""",
         [Y, Y, Y], ["yes/no", "request", "yes/no"],
         """Ahoj Zuzana,

Yes, we still make the little hearts. 120 by 15 May is fine - they are EUR 2.50 each, so EUR 300 together, and you can pick them up in the workshop or we post them.

Peter"""),
    case("""Dear Mr. Kováč,

The 30 fruit baskets you delivered in November are rusting at the joints after only two months in our shop. Customers pick them up and put them back. ⟦Is the wire not galvanised?⟧

⟦We want you to take them back and refund us EUR 540.⟧ ⟦Please also send us a photo of the new wire before we order again.⟧

Regards,
Tereza Dvořáková
Domov & Dílna, Brno

From: Peter Kováč <peter@drotar.example.sk>
Sent: Friday, November 20, 2026 8:15 AM
To: Tereza Dvořáková
Subject: Delivery

Dear Tereza, the baskets will arrive on Monday. Please let me know if anything is damaged.""",
         [Y, N, N], ["yes/no", "request", "request"],
         """Dear Tereza,

I am sorry to hear this. The wire is galvanised, but where we twist it at the joints the coating cracks a little, and in a damp room it can rust there. We have changed the wire for the spring baskets.

I will come to Brno in February to look at the baskets.‸

Best regards,
Peter Kováč"""),
    case("""Thank you, the parcel arrived safely today. My mother loved the wire angel and has already hung it in the window.

Jana

--
Jana Horváthová
Kvetinárstvo Lúka, Martin
Planning a wedding? Ask us about flowers and table decorations!""",
         [], [],
         """Dear Jana,

I'm so glad it arrived in one piece and that your mother likes it. Thank you for letting us know!

Peter""", quoted_only=True),
    case("""Dear Mr. Kováč,

We would like to stock your wire pieces in our design shop in Vienna. For a first order:

1. ⟦20 wire-wrapped glass bottles⟧
2. ⟦10 large bread baskets⟧
3. ⟦40 Christmas stars, if they can be ready by September⟧

⟦Do you invoice with Austrian VAT or under the reverse charge?⟧ ⟦Could you also send us a few photos of the workshop for our website?⟧

Best regards,
Lena Hofstätter
Formfreude, Wien""",
         [Y, Y, Y, Y, N], ["request", "request", "request", "which", "request"],
         """Dear Ms. Hofstätter,

Thank you for your order. The 20 wrapped bottles and 10 bread baskets are in stock and can go next week. We make the Christmas stars in the summer, so your 40 stars will be ready at the start of September.

As we both have EU VAT numbers, I will invoice under the reverse charge, without Slovak VAT.‸

Best regards,
Peter Kováč"""),
    # --- Attiéké Maman Akissi (fermented cassava couscous; Dabou, Côte d'Ivoire)
    case("""Bonjour Maman Akissi,

I run Le Bon Garba, an Ivorian restaurant in Paris 18e, and the attiéké we buy in France is never like home. ⟦We need 300 kg of attiéké every month, starting in February.⟧ ⟦Can you vacuum-pack it in 1 kg bags?⟧ ⟦What is your price per kilo delivered to Roissy?⟧ ⟦Do you have a health certificate for export to France?⟧ ⟦Would you ship every week or once a month?⟧

Merci et à bientôt,
Serge Kouassi
Le Bon Garba, Paris""",
         [Y, Y, N, Y, N], ["request", "yes/no", "how much", "yes/no", "which"],
         """Bonjour Serge,

Thank you for your trust. Yes, we can send you 300 kg every month from February, vacuum-packed in 1 kg bags - we already pack like that for a shop in Brussels. Our price is FCFA 1 500 per kilo at the workshop in Dabou; the air freight to Roissy is on top, and our freight agent will send you his price.‸

Each shipment leaves with a health certificate from the veterinary and food laboratory in Abidjan, so customs in France will have everything they need.

Maman Akissi
Attiéké Maman Akissi, Dabou"""),
    case("""maman on dit quoi 😄 ⟦u have attiéké for sunday still⟧ ⟦send 20 sachets to the maquis tomorrow morning⟧ ⟦how much⟧ merci dêh""",
         [Y, Y, Y], ["yes/no", "request", "how much"],
         """Bonjour Koffi,

Yes, there is still attiéké for Sunday. The 20 sachets will be at the maquis tomorrow at 7. It is 500 FCFA per sachet, so 10 000 FCFA.

Maman Akissi"""),
    case("""Hello,

We received the 60 kg of attiéké on Monday and by Wednesday of the next week half of the bags were sour and had green spots. ⟦How can attiéké go mouldy in nine days when you told us it keeps for three weeks?⟧

⟦We want a credit for the 60 kg⟧ and ⟦better packaging for the next order.⟧

Amadou Traoré
Épicerie Sahel, Montréal

Sent from my iPhone""",
         [Y, Y, N], ["why", "request", "request"],
         """Dear Amadou,

I am very sorry. The freight company kept your bags at the airport in Abidjan for two days before the flight, outside the cold room, and in our heat that is enough to start the mould - after that, nine days is all it takes.

We will credit the 60 kg on your next invoice.

We are thinking about how to pack better for the long flights.‸

Maman Akissi"""),
    case("""Dear Madame Akissi,

Further to our meeting at the Plateau on Monday, our purchasing committee is interested in listing your attiéké in our 14 supermarkets - ⟦could you supply 2 tonnes a month⟧, and ⟦at what price per kilo?⟧ ⟦We would need your RCCM and your tax number before the first order.⟧ ⟦When could your team come to Abidjan to meet our fresh-food buyer?⟧

Best regards,
Estelle Yao
Purchasing, Marché Plus Côte d'Ivoire

From: Attiéké Maman Akissi <akissi@attieke-dabou.example.ci>
Sent: Tuesday, January 12, 2027 5:47 PM
To: Estelle Yao
Subject: Thank you

Dear Madame Yao, thank you for your time today. Please let us know what documents you need.""",
         [Y, Y, Y, Y], ["yes/no", "how much", "request", "when"],
         """Dear Madame Yao,

Thank you for this good news. We make about 3 tonnes a month, so 2 tonnes for your supermarkets is possible. Our price for that volume is FCFA 1 200 per kilo, delivered to your warehouse in Abidjan.

Our RCCM and our tax number are attached.

My daughter and I can come to Abidjan on Tuesday 19 January or Thursday 21 January, whichever day suits your buyer.

Maman Akissi"""),
    case("""Dear Madame Akissi,

I am a PhD student in food science in London, working on traditional fermented foods of West Africa. My own mother is from Jacqueville and I grew up eating attiéké on Sundays, so this project is close to my heart.

I will be in Côte d'Ivoire from 8 to 26 March. ⟦I wonder if you would let me watch the whole process at your workshop, from the peeling to the steaming.⟧ ⟦Could you tell me which cassava variety you use⟧, and ⟦how long the fermentation takes?⟧ ⟦I would also like to know whether the women who work with you would agree to be photographed.⟧

With many thanks,
Mariam Coulibaly""",
         [Y, Y, Y, N], ["yes/no", "which", "when", "yes/no"],
         """Dear Mariam,

You are very welcome in Dabou - come any morning while you are here; we start peeling at 6. We use the Bonoua variety, which our grandmothers used, and the fermentation with the mother dough takes two to three days, depending on the heat.

I will ask the women when you are here.‸

Maman Akissi"""),
    # --- Mates Don Ramón (mate gourds and bombillas; San Antonio de Areco, Argentina)
    case("""Howdy Ramón,

A customer brought one of your gourds into our store and now everybody wants one. ⟦Do y'all make the calabash gourds with the silver rim?⟧ ⟦We'd want 50 for our western store in Fort Worth.⟧ ⟦What's your price in dollars?⟧ And ⟦can you ship them by the end of February?⟧

Thanks, partner,
Wade Pruitt
Trinity Saddle & Supply, Fort Worth TX""",
         [Y, Y, Y, N], ["yes/no", "request", "how much", "yes/no"],
         """Hi Wade,

Thank you! 🧉 Yes, we make the calabash gourds with a rim of alpaca silver (nickel silver, as you say up there). We can make 50 for your store, at US$ 28 each.

The curing takes time, and the export paperwork too, but we will do our best.‸

Saludos desde Areco,
Ramón Ibarra
Mates Don Ramón"""),
    case("""che Ramón 🧉 ⟦u still have the carved algarrobo mate⟧ ⟦can u engrave "Pato 40" on it for saturday⟧ dale ⟦how much with the bombilla⟧""",
         [Y, Y, Y], ["yes/no", "request", "how much"],
         """Hola Fede!

Yes, I still have it. I can engrave "Pato 40" and it will be ready on Friday afternoon. With the bombilla it's $ 45.000.

Ramón"""),
    case("""Dear Mr. Ibarra,

We sell South American tea ware in our online shop in Freiburg and would like to add your gourds. Could you please send us:

- ⟦the curing instructions in English⟧
- ⟦a price list for orders of 100 pieces or more⟧

⟦We would also like to know if the gourds are treated with any varnish on the inside.⟧ German customers are very careful about this. ⟦Where are your gourds grown?⟧

Mit freundlichen Grüßen,
Jonas Weber
Yerba & Co., Freiburg""",
         [Y, N, Y, Y], ["request", "request", "yes/no", "where"],
         """Dear Mr. Weber,

Thank you for your interest. The curing instructions in English are attached. Our prices move with the peso, so I will write to you about the list next month.‸

There is no varnish on the inside of our gourds, only natural gourd; the outside leather is treated with beeswax. The gourds are grown by a family of farmers in Santiago del Estero, in the north.

Best regards,
Ramón Ibarra"""),
    case("""Hi,

My gourd from your shop has white fuzz inside and a crack down the side. I only got it in November. ⟦Is the mould dangerous?⟧ ⟦Did I cure it wrong?⟧ And ⟦why did it crack along the side like that?⟧

⟦Send me a new one or a refund.⟧

Caleb Novak
Portland, OR

Sent from my iPhone""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "why", "which"],
         """Hi Caleb,

I'm sorry about your gourd. The white fuzz is a mould that grows when the gourd stays wet; it is not dangerous if you scrape it out, rinse with hot water and let the gourd dry in the sun. The curing was probably fine - it sounds like the yerba was left inside overnight.

I'll send you a new gourd this week, and with it a card with the care steps.‸

Ramón"""),
    case("""Hola Ramón!

Nico and I are getting married in Areco on Saturday 24 April and we want to give small mates to our guests. Who gives mates as wedding favours? We do, apparently!

⟦We'd need 80 small mates engraved with "Sofi & Nico 24.04.27".⟧ ⟦Could they be ready by Saturday 10 April?⟧ ⟦Would you do a discount for 80?⟧

Un abrazo,
Sofía""",
         [Y, Y, N], ["request", "yes/no", "yes/no"],
         """Hola Sofía!

Congratulations to you both! We can make 80 small mates engraved with "Sofi & Nico 24.04.27". If you confirm by the end of January, they will be ready on Saturday 10 April. For 80 pieces we'll see what we can do on the price.‸

Un abrazo,
Ramón"""),
    # --- Trapiche La Esperanza (panela, blocks and powder; near Barbosa, Santander, Colombia)
    case("""Hi Hernán,

We're a small brewery in Sheffield and we want to brew a stout with panela for the spring. A Colombian friend brought us a block of yours and it was perfect. ⟦Could you tell us whether your panela is certified organic?⟧ ⟦We'd need 200 kg in powder form, not blocks.⟧ ⟦What would that cost delivered to Sheffield?⟧

Cheers,
Ben Ashworth
Steel Valley Brewing Co.""",
         [N, Y, N], ["yes/no", "request", "how much"],
         """Hi Ben,

Thank you for writing to us all the way from Sheffield! We grow our cane the old way, on the hillside, without any chemicals, and we still mill it with the mule-driven trapiche my grandfather built.‸

We make granulated panela as well as blocks, so 200 kg of powder is no problem. The powder is COP 9.000 per kilo at the farm; the sea freight to England we have to ask the agent in Cartagena.

Saludos,
Hernán Rueda
Trapiche La Esperanza"""),
    case("""quiubo don Hernán 👋 ⟦u have the round panela⟧ ⟦i need 10 arrobas for the store⟧ ⟦can the truck bring it friday⟧ gracias parce""",
         [Y, Y, Y], ["yes/no", "request", "request"],
         """Quiubo Jhon,

Yes, there is round panela from this week's milling. 10 arrobas is fine, I'll set them aside. The truck doesn't go down on Friday this week - it will bring them on Saturday morning.

Hernán"""),
    case("""Hernán, see below from the exporter. I'll call you tomorrow after lunch.

Camilo

Begin forwarded message:

From: Andes Sweet Export <ops@andessweet.example.co>
Subject: Lot 14 - Rotterdam
Date: 12 January 2027 at 18:20:41 COT
To: Camilo Rueda

Camilo, can you ask the trapiche to send the lab results for lot 14 before we book the container? Please let me know by Friday.""",
         [], [],
         """Camilo,

Got it. The lab results for lot 14 came back last week - I'll send them to you tonight so you can pass them on. Talk tomorrow.

Hernán""", quoted_only=True),
    case("""Buenos días don Hernán,

The 300 kg of panela blocks we received for our cafés on Tuesday are soft and sticky, and some are sweating through the paper. ⟦Why are the blocks like this?⟧ ⟦Can we return the soft ones?⟧

We were also charged twice for invoice 2231 - ⟦please refund one of the two payments.⟧

Atentamente,
Paula Ospina
Compras, Café Montaña, Bogotá""",
         [Y, Y, N], ["why", "yes/no", "request"],
         """Buenos días Paula,

I'm sorry about the blocks. Panela takes water from the air, and with the rains of the last weeks the storeroom was very humid, so the blocks got soft before they left the farm. Please keep them in closed containers in the cafés.

Yes, you can return the soft ones - the truck will collect them on Saturday and bring fresh blocks.

I have asked my accountant to look at invoice 2231.‸

Hernán Rueda"""),
    case("""Dear Mr. Rueda,

I'm a travel writer from Chicago, working on a book about small food producers in the Andes. I have already visited a cheese maker in Boyacá and a coffee farm near San Gil, and a friend there told me that I cannot leave Santander without seeing a mule-driven trapiche. Who could resist that?

⟦Do you accept visitors at the trapiche?⟧ I would come from Bucaramanga with my photographer in late February. ⟦Which days of the week do you mill?⟧ ⟦Is the road passable in a normal rental car?⟧ ⟦Could you recommend somewhere to stay nearby?⟧

Thank you,
Rebecca Stein""",
         [Y, Y, N, N], ["yes/no", "which", "yes/no", "request"],
         """Dear Ms. Stein,

Yes, we're happy to have visitors, and writers are very welcome. We mill on Thursdays and Fridays, from early morning until the last batch is poured in the afternoon, so come on one of those days.

The road from Barbosa goes through beautiful cane and coffee country.‸

Best regards,
Hernán Rueda"""),
    # --- Praslin Coco de Mer House (licensed coco de mer nuts with export permits; Baie Sainte Anne, Praslin, Seychelles)
    case("""Dear Sir or Madam,

I am a collector of botanical objects in Hong Kong. ⟦Do you have a polished whole coco de mer with an export permit?⟧ ⟦What is the price including the permit?⟧ ⟦How long does the permit take?⟧ ⟦Can you ship to Hong Kong by courier?⟧

Regards,
Vincent Lau""",
         [Y, Y, N, Y], ["yes/no", "how much", "when", "yes/no"],
         """Dear Mr. Lau,

Thank you for your enquiry. Yes, we have three polished whole nuts at the moment, each with its numbered seal. The price is SR 7 500, which includes the export permit and the certificate of origin. The permit is issued by the Seychelles Islands Foundation once you have paid.‸ We ship to Hong Kong with DHL from Mahé, usually five working days.

Kind regards,
Marie-Ange Payet
Praslin Coco de Mer House"""),
    case("""bonzour Marie-Ange 🌴 ⟦u still have the small coco de mer for the lobby display⟧ ⟦manager want 2⟧ ⟦can u bring to La Digue on the ferry⟧ mersi""",
         [Y, Y, Y], ["yes/no", "request", "request"],
         """Bonzour Jean-Paul,

Yes, I still have small ones. Two is fine, I keep them for your manager. I can't come to La Digue this week, but I'll give them to the captain of the 10 o'clock ferry on Tuesday - you collect at the jetty.

Marie-Ange"""),
    case("""Dear Mrs. Payet,

The coco de mer we bought from you arrived in Cologne yesterday with a crack along one lobe. It was wrapped only in newspaper inside the box. ⟦Why was it not packed properly?⟧ ⟦Is it possible to repair the crack?⟧

⟦We would like a replacement, as we paid EUR 620.⟧

Mit freundlichen Grüßen,
Heike and Rainer Vogt""",
         [Y, Y, N], ["why", "yes/no", "request"],
         """Dear Mr. and Mrs. Vogt,

I am very sorry that your nut arrived cracked. It was wrapped in two layers of bubble wrap under the newspaper; the newspaper was only to fill the box. The box must have been dropped on the way, as one corner was crushed in your photo.

A crack like this can be filled with a clear resin by a restorer, and it will be strong again, though it will always show a little.

We are looking at what we can do for you.‸

Kind regards,
Marie-Ange Payet"""),
    case("""Dear Marie-Ange,

The coco de mer arrived in Edinburgh in perfect condition, and it now stands in the middle of our new island gallery, where the schoolchildren can't stop giggling at it. How many museums in Scotland can say they have one of these?

Thank you for all your help with the permit and the papers.

With warm regards,
Fiona MacLeod
Curator, Northern Lights Natural History Museum""",
         [], [],
         """Dear Fiona,

Thank you so much for letting us know - we are delighted that it arrived safely and has such a good home. Please send us a photo of the gallery when you can!

Warm regards,
Marie-Ange"""),
    case("""Hello,

My husband and I are on Praslin until the weekend and we'd like to take a coco de mer home to Lyon. We fly on Saturday evening (⟦is the shop open on Saturday morning, by the way?⟧).

⟦I'd like to know whether we can carry the nut in our hand luggage or whether it must go in the hold.⟧ ⟦Do you accept euros or only rupees?⟧ And ⟦how heavy is a medium one?⟧

Merci,
Camille Roux""",
         [Y, Y, Y, N], ["yes/no", "which", "which", "how much"],
         """Dear Camille,

Yes, the shop is open on Saturday morning from 9 to 12, so there is time before your flight.

The nut should go in the hold, well wrapped; keep the export permit and the receipt in your hand luggage, because customs may ask for them. We accept euros at the day's rate, and cards too.‸

Best regards,
Marie-Ange Payet
Praslin Coco de Mer House"""),
    # --- Baba Marta Workshop (martenitsi, red-and-white spring tokens; Plovdiv, Bulgaria)
    case("""Dear Vesela,

I teach at the Bulgarian Sunday school "Hristo Botev" in Chicago, and every year we give each child a martenitsa on 1 March. This year we have 250 children. ⟦Can you make 250 of the small bracelet type?⟧ ⟦What is the price including shipping to Chicago?⟧ ⟦We would need them in Chicago by Friday 19 February at the latest.⟧

⟦Could you also put a little card with the legend of Baba Marta in English in each bag?⟧ Many of our children were born here.

Thank you and Chestita Baba Marta in advance!
Daniela Petrova""",
         [Y, Y, Y, N], ["yes/no", "how much", "request", "request"],
         """Dear Daniela,

Thank you for thinking of us again. Yes, we can make 250 small bracelets. They are EUR 0.80 each, so EUR 200, and shipping to Chicago is EUR 45, so EUR 245 together. We will post them on Monday 1 February by registered mail; it usually takes ten to fourteen days to Chicago, so they will be with you before 19 February.

We will ask our printer about the cards with the legend.‸

Chestita Baba Marta to all your children!
Vesela Dimitrova
Baba Marta Workshop, Plovdiv"""),
    case("""zdrasti Vesi 😊 ⟦can u make 40 of the pizho and penda dolls for my office by 26 feb⟧ 🙏 ⟦how much⟧ mersi""",
         [Y, Y], ["request", "how much"],
         """Zdrasti Ralitsa,

Yes, 40 Pizho and Penda by 26 February is fine. They are EUR 3 each, so EUR 120, and we send them to your office with Econt.

Vesi"""),
    case("""Dear Ms. Dimitrova,

Our company has 600 staff in London and Sofia, and our Bulgarian colleagues have asked us to give everyone a martenitsa this year. Could you quote for the following:

- ⟦600 martenitsi in our brand colours, navy and white⟧
- ⟦delivery split between London (200) and Sofia (400)⟧

⟦Could you also tell us whether they can be bagged individually with a small tag?⟧

Kind regards,
Harriet Osei
People Team, Brightwater Analytics

From: Baba Marta Workshop <vesela@babamarta.example.bg>
Sent: Thursday, January 7, 2027 10:03 AM
To: Harriet Osei
Subject: Re: Martenitsi

Dear Harriet, thank you for your call. Could you send us the quantities by e-mail?""",
         [Y, Y, Y], ["request", "request", "yes/no"],
         """Dear Harriet,

Thank you for the details. A martenitsa is always red and white - that is the whole meaning of it, health and spring - so we would not make them in navy. What we can do is add a small navy bead to each one, in your brand colour; with the bead they are EUR 1.20 each, EUR 720 for 600.

Splitting the delivery is no problem: 400 go to Sofia by courier and 200 to London by post.

Yes, each one can be bagged individually with a small tag, at no extra cost.

Kind regards,
Vesela Dimitrova"""),
    case("""Dear Vesela,

Last year our martenitsi arrived on 3 March, two days after the holiday, and the red ran onto the children's wrists when they washed their hands. The parents were not happy and neither was I.

⟦What will you do differently this year?⟧ ⟦I want a guarantee that they arrive before 1 March⟧, and ⟦a discount for last year.⟧ ⟦Please also put our club's name on the invoice this time.⟧

Svetla Georgieva
Bulgarian Cultural Club, Valencia""",
         [Y, Y, N, N], ["how", "request", "request", "request"],
         """Dear Svetla,

You are right to be upset. This year we use a colourfast cotton thread that we tested in hot water, and we post the orders for abroad three weeks earlier than last year.

We can't control the post, so no one can honestly guarantee the day, but we will send your order on Monday 1 February by courier, which takes three to four days to Valencia.

We are very sorry about last year.‸

Vesela Dimitrova"""),
    case("""Dear Baba Marta Workshop,

Our Bulgarian association in Madrid runs a small workshop for the children every February, where they learn to make martenitsi with their grandmothers. ⟦Do you sell the thread by the kilo, or only finished martenitsi?⟧ ⟦If you sell thread, how much is a kilo of red and a kilo of white?⟧

⟦Could you send us some photos of traditional patterns for the children to copy?⟧ The grandmothers remember some, but not all.

Thank you,
Boryana Stoeva
Asociación Rodina, Madrid""",
         [Y, Y, Y], ["which", "how much", "request"],
         """Dear Boryana,

What a lovely tradition to keep. We only sell finished martenitsi - the thread we use comes from a small spinning mill near Karlovo, and we don't resell it. Any good yarn shop will have a wool or cotton thread that works well.

I have attached photos of twelve traditional patterns, from the simple twisted cord to the Pizho and Penda dolls, with a drawing of how each one is tied.

Warm regards,
Vesela"""),
    # --- Kravata Gornji Grad (silk neckties and cravats; Zagreb, Croatia)
    case("""Hi Ivana,

My fiancé and I are getting married in Split on Saturday 12 June. ⟦We need 9 matching ties for the groomsmen, in the dusty blue of the bridesmaids' dresses.⟧ ⟦Can you match a fabric sample if I post it to you?⟧ ⟦How long would it take?⟧ ⟦What's the price per tie?⟧ ⟦Could we also get a matching pocket square for the groom?⟧

Thanks!
Matea Jurić""",
         [Y, Y, Y, N, N], ["request", "yes/no", "when", "how much", "yes/no"],
         """Hi Matea,

Congratulations! 💍 Nine matching ties for the groomsmen is a lovely idea. Yes, please post us a piece of the bridesmaids' fabric and we will match the dusty blue in silk. From the day we receive the sample, the ties take about three weeks.

The price depends on the silk we find for that colour.‸

Best wishes,
Ivana Horvat
Kravata Gornji Grad, Zagreb"""),
    case("""bok Ivana 👔 ⟦u still have the blue tie with the licitar hearts⟧ my dad's birthday is monday ⟦can u wrap it⟧ hvala""",
         [Y, Y], ["yes/no", "request"],
         """Bok Luka,

Yes, we still have the blue one with the licitar hearts, it's EUR 49. Of course we'll wrap it - it goes in our red gift box, no charge.

Ivana"""),
    case("""Dear Ms. Horvat,

Further to our call, we are ordering 40 silk ties and 15 scarves with our firm's logo for our lawyers' anniversary dinner. ⟦Could you confirm the delivery date⟧ and ⟦whether the logo embroidery is included in the price?⟧ ⟦We also need the invoice addressed to our Vienna office, with our VAT number.⟧ ⟦Please send us a proof of the embroidery before production starts.⟧

Mit freundlichen Grüßen
Dr. Clemens Auer
Auer Brandl Rechtsanwälte, Wien

CONFIDENTIALITY: This e-mail may contain privileged information. If you received it in error, please notify us and delete it.""",
         [N, Y, Y, N], ["when", "yes/no", "request", "request"],
         """Dear Dr. Auer,

Thank you for your order. The ties and scarves will be ready in the second half of February.‸ The logo embroidery is included in the price we quoted, on every tie and every scarf.

The invoice is attached, addressed to your Vienna office with your VAT number.

Kind regards,
Ivana Horvat
Kravata Gornji Grad"""),
    case("""Dear Ivana,

The tie I ordered for my husband's 50th arrived with the monogram "M.K." instead of "M.H.", and with a pulled thread near the knot. ⟦How could this happen when I wrote the initials twice in the order?⟧

⟦Please remake it with the correct initials.⟧ ⟦Can you get it to Perth before Friday 29 January?⟧ His party is that weekend. And ⟦who is going to pay for the return postage to Zagreb?⟧

Regards,
Nada Hrvatin
Perth, WA""",
         [Y, Y, N, Y], ["why", "request", "yes/no", "which"],
         """Dear Nada,

I am so sorry. Our embroiderer read the H in the order as a K, and the pulled thread should have been seen before we posted it - both were our mistakes.

We are remaking the tie with "M.H." today and will send it by express as soon as it's done.‸

You don't need to return the first tie at all, so there is no postage to pay - please keep it.

With apologies,
Ivana Horvat"""),
    case("""Dear Kravata team,

I'm the costume supervisor for a touring production of a 1920s play, opening in Bath on 2 April. We need 12 cravats in the style of the period (⟦could they be ready by Monday 15 March?⟧). ⟦Do you make them to your own pattern, or would we need to send a drawing?⟧ Also, ⟦do you offer a discount for theatres?⟧

Best,
Rosie Pembridge
Wardrobe, Lantern Touring Theatre""",
         [Y, Y, N], ["yes/no", "which", "yes/no"],
         """Dear Rosie,

How exciting - the 1920s are our favourite period. Yes, 12 cravats can be ready by Monday 15 March. We have our own patterns from that time, taken from cravats in the city museum, so no drawing is needed, though photos of the costumes would help us choose the silks.‸

Best regards,
Ivana Horvat
Kravata Gornji Grad"""),
]
