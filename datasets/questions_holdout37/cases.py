"""The cases of Tactful's questions held-out set 37 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout37.py turns them into the JSONL.

"Today" is Thursday 10 December 2026. Fourteen invented businesses, five cases each, in this order: a
figurative-coffin workshop (Ghana), a bark-cloth maker (Uganda), a grain mill (Zambia), a 4x4 outfitting and
bush-recovery workshop (Botswana), a barrel-shipping agent (Jamaica), a cocoa estate making chocolate
(Trinidad and Tobago), a cedar furniture maker (Bermuda), a coir-products exporter (Sri Lanka), a truck-art
studio (Pakistan), a mahjong-tile carver (Hong Kong), a timber-balcony maker (Malta), a kipper smokehouse
(Isle of Man), a kava supplier (Fiji) and a singing-bowl workshop (Nepal).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Okai Figurative Coffins (figurative coffins carved to order; Teshie, Accra, Ghana)
    case(
        """Dear Mr Okai,

My name is Kwabena Asante-Boateng and I live in London. My father, Opanyin Kofi Asante-Boateng, passed away on 21 November at Komfo Anokye hospital after a short illness. He farmed cocoa near Bekwai all his life, and my siblings and I have agreed that he should go home in a cocoa pod, which he once said, laughing, at my cousin's funeral in 2009 was the only coffin he would accept. A family friend in Tema showed me pictures of your work and we would like you to make it.

The funeral is fixed for Saturday 16 January in Bekwai, and the body will be collected from the mortuary on the Friday. ⟦Can the coffin be ready by Saturday 9 January, so that we have a week in hand?⟧ He was a tall man, 1.88 m, and on the heavy side. ⟦I'd also like to know what a cocoa pod of that size would cost, with the inside lined in white satin.⟧

I will not be able to come to Accra before the 12th, so ⟦could you send pictures of the carving as it goes?⟧ My sisters in Kumasi are very anxious to see it. ⟦Do you deliver to Bekwai, or do we need to arrange our own truck from Teshie?⟧

Lastly, ⟦how can I pay from the UK?⟧ I have a Barclays account and my brother-in-law in Kumasi has MTN MoMo.

Thank you and God bless,
Kwabena

Sent from my iPhone""",
        [Y, Y, Y, N, Y],
        ["yes/no", "how much", "request", "which", "how"],
        """Dear Kwabena,

Please accept our deepest sympathy on the death of your father. A cocoa pod is a fitting way for a cocoa farmer to go home, and Mr Okai has asked me to tell you that he will carve it himself.

We can have it finished, painted and dry by Friday 8 January, a day ahead of what you asked. For a pod built for a man of 1.88 m, with white satin lining and a pillow, the price is GH₵ 21,000. Half is paid to start the work and half on collection.

I will send photos on WhatsApp to you and to your sisters every two or three days, so give me their numbers when you can.‸

For payment, a transfer from your Barclays account to our Ecobank account works well (the details are attached), or your brother-in-law can send it by MoMo to the merchant number on the same sheet.

With sympathy,
Abena Tetteh
Okai Figurative Coffins, Teshie""",
    ),
    case(
        """Dear Ms Tetteh,

Thank you for your quick reply and for the price list. Our board has now approved the exhibition "Last Rides: Figurative Coffins from Teshie", which opens at Kunsthal Maasoever on Thursday 15 April 2027. We would like to commission three pieces: the Mercedes-Benz, the fishing canoe with outboard motor, and the Rolleiflex camera shown in your catalogue.

Before we send the purchase order, I would be grateful for answers to the following:

1. ⟦Can all three pieces be completed and crated by 26 February, so that they can sail from Tema in early March?⟧
2. ⟦Which export papers will you provide?⟧ Our shipping agent mentions a phytosanitary certificate for the wood and a certificate of origin.
3. ⟦Could the crates be built to a maximum height of 2.2 m?⟧ The canoe is the concern.
4. ⟦Would Mr Okai be available to travel to Rotterdam for the opening and give a short talk?⟧ We would of course cover his flights and hotel.

⟦Please also confirm the total price for the three, with crating, in euros or US dollars.⟧

Kind regards,

Femke van der Linde
Curator, Kunsthal Maasoever
Rotterdam

DISCLAIMER: This e-mail is intended only for the addressee. If you have received it in error, please notify the sender and delete it.

From: Abena Tetteh <abena@okaicoffins.example.com>
Sent: Monday, November 30, 2026 11:02 AM
To: Femke van der Linde <f.vanderlinde@maasoever.example.nl>
Subject: RE: Commission enquiry

Dear Ms van der Linde,

Thank you for your interest. Please find our price list attached. Would you let us know which designs you have in mind?

Abena""",
        [Y, Y, Y, N, Y],
        ["yes/no", "which", "yes/no", "yes/no", "how much"],
        """Dear Ms van der Linde,

Thank you, and congratulations on the exhibition.

Yes. If the purchase order reaches us by 18 December, all three will be carved, painted and in their crates by 26 February. The crates are made by a joiner we have used for museum shipments to Paris and Oslo, and he will keep every one under 2.2 m; the canoe's outboard comes off and travels in its own box.

We will supply the certificate of origin from the Ghana Export Promotion Authority, the phytosanitary certificate from the Plant Protection and Regulatory Services Directorate, and a packing list with weights.

The three pieces come to USD 14,600, including crating and delivery to Tema port.

Mr Okai was very moved by your invitation. Let us come back to the opening once the carving is under way.‸

Kind regards,
Abena Tetteh
Okai Figurative Coffins""",
    ),
    case(
        """good morning madam 🙏 ⟦pls is the lion for my uncle ready⟧. we are coming friday morning with the kia truck from ashaiman. ⟦the balance we will pay half friday and half after the funeral, is that ok⟧ chale money is tight this month

Nii Lartey

Sent from my TECNO""",
        [Y, Y],
        ["yes/no", "yes/no"],
        """Good morning Mr Lartey,

Yes, the lion is finished. The mane was painted on Tuesday and it is drying well. Come on Friday any time after 8 and the boys will help you load.

Mr Okai is sorry, but we can only release the coffin when the full balance of GH₵ 6,500 is paid. If Friday is difficult, send what you can by MoMo today and bring the rest on Friday before loading.

Abena""",
    ),
    case(
        """Dear Abena and Mr Okai,

The eagle arrived safely in Ho and my mother was laid to rest in it on Saturday. People came from three villages just to see it, and the pastor even mentioned it in his sermon. She would have enjoyed the fuss very much.

With gratitude from all of us,
Dela Agbeko

On Thu, 19 Nov 2026 at 09:41, Dela Agbeko <dela.agbeko@example.com> wrote:
> Good morning Abena,
> Can the wings be made to fold so the eagle fits through the church door? And will the driver wait for the burial or leave straight after delivery?
> Dela""",
        [],
        [],
        """Dear Dela,

Thank you for letting us know, and for your kind words. We are glad the eagle carried your mother home well and that the folding wings behaved at the church door.

Mr Okai sends his condolences to the whole family again.

Warm regards,
Abena""",
        quoted_only=True,
    ),
    case(
        """Hi Abena,

Hope you're well. I'm a producer at Jacaranda Docs in Joburg and we're making a half-hour piece on craftspeople who work around death: a Ghanaian coffin maker, a Zulu praise singer and a Cape Malay burial society. We'd love Mr Okai to be the first.

We're thinking of filming on Tuesday 2 and Wednesday 3 February. A few things:

- ⟦would he be happy for us to film him carving a real commission (with the family's permission, of course)?⟧
- ⟦what's the fee for two days in the workshop⟧ - our budget is small but we pay properly
- he'd be interviewed in Ga, so ⟦do you know a translator we could hire for the two days?⟧
- ⟦where's a decent place to stay close to Teshie⟧ (crew of three, nothing fancy)

Also, ⟦we'll need a signed location release before we fly.⟧ I'll send the form once the dates are confirmed.

Cheers,
Thandi Mokoena
Producer, Jacaranda Docs
+27 11 555 0142""",
        [Y, N, Y, Y, Y],
        ["yes/no", "how much", "request", "where", "request"],
        """Hi Thandi,

Mr Okai is happy to take part, and those dates suit him. He is carving a pineapple for a family in Nungua in early February, and they have already said yes to filming, so you will have a real commission to follow.

His nephew Kojo speaks Ga, Twi and very good English and has translated for two foreign crews before; he charges GH₵ 900 a day.

For a crew of three, the Coco Palms guesthouse on the Teshie-Nungua road is clean, quiet and ten minutes' walk from the workshop.

About the fee, we can talk when you are here and see what the filming involves.‸ Send the release form whenever it is ready and Mr Okai will sign it.

Best wishes,
Abena""",
    ),
    # --- Nsangwa Bark Cloth Works (bark cloth sheets, panels and ceremonial cloths; Mpigi, Uganda)
    case(
        """Hello Sarah,

Thanks for the samples, they arrived in good shape and the client loved the terracotta one. We are now specifying the lobby and the lift walls of a 60-room hotel in Westlands, about 40 square metres of wall in total. Before I put it in the spec, a few things:

• ⟦Can the cloth be treated to make it fire-retardant?⟧ The fire officer will ask.
• ⟦what is the price per sheet for the terracotta, and for the black?⟧
• ⟦How long would you need for 40 sq m?⟧
• ⟦is it possible to send to Nairobi by one of the buses, or do you use a courier?⟧

Regards,
Wanjiru Kamau
Kamau Interiors, Nairobi

On Fri, 27 Nov 2026, 14:16 Sarah Nakato <sarah@nsangwabarkcloth.example.com> wrote:
> Dear Wanjiru,
> The samples left with the Kampala coach parcel office this morning. Please let me know when they reach you.
> Sarah""",
        [N, Y, Y, Y],
        ["yes/no", "how much", "when", "which"],
        """Dear Wanjiru,

I'm happy the terracotta was liked.

Many hotels and restaurants in Kampala have had bark cloth on their walls for years without any trouble, and it is very durable once it is mounted on board.‸ A standard sheet is about 2 m by 1.5 m, so 40 square metres needs 14 sheets, and we would add two spare. The terracotta is USh 95,000 a sheet and the black, which is dyed with swamp mud, is USh 110,000.

We need three weeks from the deposit, because the bark is beaten fresh and must dry in the sun.

We always send to Nairobi on the Modern Coast bus. It arrives the next day and costs much less than a courier.

Kind regards,
Sarah Nakato
Nsangwa Bark Cloth Works, Mpigi""",
    ),
    case(
        """Dear Ms Nakato,

I am a student of fashion design at the Kunsthochschule Weißensee in Berlin and I am preparing my graduation collection, which takes its inspiration from the textiles of East Africa. My professor showed me bark cloth in the Ethnological Museum and I am fascinated from the material.

⟦I would like to know if the cloth can be sewn on a normal domestic sewing machine or whether it must be stitched by hand.⟧ Also ⟦how thin can you make it?⟧ For a jacket it should be soft. ⟦Could you send me three or four samples to Berlin⟧ and ⟦tell me how I can pay from Germany?⟧ I have PayPal and a normal German bank account.

Thank you very much in advance.

With kind regards,
Lena Hoffmann""",
        [Y, Y, Y, N],
        ["which", "how much", "request", "how"],
        """Dear Lena,

Thank you for your kind letter. It is always a joy to hear of bark cloth in a Berlin museum.

A domestic machine sews it well if you use a leather needle (size 100) and a long stitch; many designers in Kampala work this way. For clothing we beat the bark for longer, and it becomes nearly as soft and thin as felt, about 1 mm.

I will post four samples on Monday by EMS: the natural terracotta, a thin garment grade, the black and a bleached cream. The four samples with postage come to USh 62,000.‸

Best wishes for your collection,
Sarah Nakato""",
    ),
    case(
        """hello sarah this is pastor Ssali from namirembe. we are having cultural sunday on 20 dec 🙌 ⟦need 12 pieces of the brown backcloth by sat 19⟧. ⟦how much for 12⟧ and ⟦u can deliver at the cathedral or we send boda⟧

Sent from my Huawei phone""",
        [Y, Y, Y],
        ["request", "how much", "which"],
        """Dear Pastor Ssali,

Greetings from Mpigi. We have twelve brown pieces ready, and for the church we can do them at USh 70,000 each, so USh 840,000 for all twelve.

Our driver goes to Kampala on Friday 18 December and will drop them at the cathedral office before midday, so there is no need to send a boda.

God bless the celebration,
Sarah""",
    ),
    case(
        """Dear Sarah,

The parcel finally reached me in Bristol yesterday after eleven days with DHL, and I'm afraid I'm not happy. Two of the five sheets have holes in them the size of a thumb, and the whole box smells strongly of smoke, so strongly that my flat stinks of it.

⟦Why does it smell like this?⟧ Nobody mentioned a smell when I ordered, and I'm supposed to be making lampshades for a client. ⟦I need the two damaged sheets replaced⟧, and since the DHL charge was £84, ⟦I'd expect that to be refunded too.⟧

⟦What do you want me to do with the damaged ones?⟧

Regards,
Harriet Cole""",
        [Y, Y, N, Y],
        ["why", "request", "request", "which"],
        """Dear Harriet,

I am very sorry that two sheets came damaged. That should not happen, and it is our fault for not checking them against the light before packing.

The smell comes from the smoke we use to dry and cure the cloth in the rainy season; it keeps insects away. It fades in a week or two if the sheets are hung in fresh air, out of the sun.

Two new sheets, checked and photographed, went to DHL this morning, waybill 8841 2290 17. We are looking into the courier charges with our accounts person.‸

Please keep the damaged sheets. They are still good for small lampshades or for trying out glue.

With apologies,
Sarah Nakato""",
    ),
    case(
        """Dear Madam,

Greetings. My sister's introduction (kwanjula) is on Saturday 9 January at our home in Masaka, and our father (Mzee) has asked that we give the bride's paternal aunt a bark cloth, as is our custom. He insists on the old brown one, not the black.

We would like to come and choose it ourselves - ⟦would Sunday 13 December be okay for a visit, after church?⟧ ⟦Kindly also advise where exactly the workshop is from Mpigi town, as none of us has been there.⟧ I want to know as well ⟦whether you can fold and wrap it in a gift box⟧, my mother says it should not be given plain.

Thank you.
Immaculate Namubiru

From: Sarah Nakato
Sent: 03 December 2026 10:11
To: Immaculate Namubiru
Subject: RE: bark cloth for kwanjula

Dear Immaculate,
We are open Monday to Saturday, 8 am to 5 pm. Do you know which size you want?
Sarah""",
        [Y, Y, N],
        ["yes/no", "where", "yes/no"],
        """Dear Immaculate,

Congratulations to your sister and to the whole family.

We are normally closed on Sundays, but I will open for you on 13 December after church; send me a message when you leave Masaka. The workshop is 6 km from Mpigi town on the Kanoni road. Turn left at the Nsangwa trading centre, opposite the blue fuel station, and ours is the third compound, with the mutuba trees along the front.

Mzee is right, the old brown cloth is the proper one for the aunt.‸

Kind regards,
Sarah""",
    ),
    # --- Luangwa Valley Milling (roller and breakfast mealie-meal, custom hammer milling; Chipata, Zambia)
    case(
        """Dear Sir/Madam,

RE: SUPPLY OF BREAKFAST MEALIE-MEAL, TERM 1 2027

St Monica's Girls Secondary School in Katete invites your company to supply breakfast mealie-meal for the first term, which opens on Monday 11 January 2027. Our requirement is 120 bags of 25 kg, delivered in two lots.

⟦Kindly quote your price per 25 kg bag, delivered to the school.⟧ ⟦We also require the invoice to be issued in the name of the school with our TPIN, for ZRA purposes.⟧ Our board prefers to pay suppliers 30 days after delivery; ⟦please confirm whether this is acceptable to you.⟧

⟦The first lot of 60 bags will be needed by Friday 8 January.⟧

Yours faithfully,

Mrs Agnes Phiri
Bursar
St Monica's Girls Secondary School, Katete

This email and any attachments are confidential and intended solely for the addressee.""",
        [Y, Y, N, Y],
        ["how much", "request", "yes/no", "request"],
        """Dear Mrs Phiri,

Thank you for inviting us to supply St Monica's.

Our breakfast mealie-meal is K 365 per 25 kg bag, delivered to the school in Katete. The invoice will carry the school's name and TPIN, and we are on ZRA Smart Invoice.

We can deliver the first 60 bags on Thursday 7 January, a day early, and the second lot whenever the matron calls for it.

On the 30-day terms, our accounts office will be in touch.‸

Yours faithfully,
Mwila Banda
Sales, Luangwa Valley Milling, Chipata""",
    ),
    case(
        """bwana good afternoon. i have 40 bags maize from this season want to bring for hammer milling ⟦how much per bag⟧ ⟦u are open sat⟧ and ⟦can i take the bran back for my pigs⟧

Sent from my itel""",
        [Y, Y, N],
        ["how much", "yes/no", "yes/no"],
        """Good afternoon,

Custom hammer milling is K 25 per 50 kg bag, so K 1,000 for your forty. We are open on Saturday from 7 until 1, but come early because the queue is long before Christmas.‸

Mwila""",
    ),
    case(
        """Dear Mr Banda,

Following our call this morning, I'm writing to set out what our school-feeding programme in Eastern Province would need from February. We currently buy from a miller in Lusaka, but transport is eating our budget and we'd prefer a supplier close to the schools.

1. ⟦Is your roller meal fortified with vitamin A⟧, and ⟦if not, could it be?⟧
2. ⟦Do you hold a current ZABS certificate for the product?⟧ Our donor will ask for a copy.
3. ⟦Could you produce 10 tonnes a month from February through November?⟧
4. ⟦We'd also need a recent laboratory analysis for moisture and aflatoxin, if you have one.⟧

Our procurement committee meets on Wednesday 16 December.

Best regards,
Claire Dubois
Programme Manager, Nourish Eastern Zambia

On Thu, 10 Dec 2026 at 08:05, Mwila Banda <mwila@luangwamilling.example.com> wrote:
> Dear Ms Dubois,
> Good to speak this morning. Could you put your requirements in an email so that I can share them with our production manager?
> Regards, Mwila""",
        [Y, Y, Y, N, Y],
        ["yes/no", "yes/no", "yes/no", "yes/no", "request"],
        """Dear Ms Dubois,

Thank you for setting it out so clearly.

Our roller meal is fortified with vitamin A at the mill, with the premix approved by the National Food and Nutrition Commission, so nothing would need to change for your programme. Our ZABS certificate was renewed in August; a copy is attached, together with last month's laboratory report from the University of Zambia, which covers moisture and aflatoxin.

Ten tonnes a month is a big order for us, and our production manager would like to sit down with you before we commit to it.‸

Regards,
Mwila Banda""",
    ),
    case(
        """Mr Banda

The last 30 bags of 10kg roller meal you delivered to my shop on Monday have weevils. Customers are bringing them back. ⟦I want all 30 bags replaced this week⟧ and ⟦I want to know why it was not fumigated before it left your mill.⟧ This is the second time this year.

Also ⟦who is going to pay for the transport of the returns⟧, I hired a canter to bring them back to you.

Chanda Mulenga
Mulenga General Dealers, Lundazi""",
        [Y, Y, N],
        ["request", "why", "which"],
        """Dear Mr Mulenga,

I am sorry, this should not have happened, and I understand how it looks to your customers.

We will replace all 30 bags. Our truck will bring them to Lundazi on Saturday and collect the spoilt ones at the same time.

That batch was milled from maize we bought in from a depot in Petauke. It was fumigated at the depot, but the bags then stood in our store during the hot spell, and that is when the weevils hatched. We have moved all bought-in maize into the sealed silo and now fumigate every batch again before milling.‸

Regards,
Mwila Banda""",
    ),
    case(
        """Mwila,

Forwarding this from our buyer in Mchinji. I told him we'd sort it out between ourselves, and I'll call you on Monday about it. No action needed your side for now.

Bupe

---------- Forwarded message ---------
From: Yamikani Chirwa <ychirwa@example.mw>
Date: Wed, 9 Dec 2026 at 16:22
Subject: mealie meal order
To: Bupe Zulu <bupe@zuluwholesale.example.com>

Dear Bupe,
Can you confirm if the 200 bags will cross at Mwami border before the 18th? And please send the phytosanitary papers in advance so our clearing agent can prepare.
Yamikani""",
        [],
        [],
        """Hi Bupe,

Thanks for the heads-up. I'll wait for your call on Monday; I'm in the office from 8.

Mwila""",
        quoted_only=True,
    ),
    # --- Thamalakane 4x4 Works (vehicle outfitting, servicing and bush recovery; Maun, Botswana)
    case(
        """Howzit Tebogo,

Pieter here, we spoke on the phone last week. My wife and I are driving up from Pretoria in our Hilux (2019 D-4D double cab) and reach Maun on Monday 4 January, then head into the Central Kalahari on the 7th for ten days. A mate who did the same trip said you're the okes to see.

We need a long-range tank and a dual battery set-up fitted before we go in, and the rear shocks are tired. ⟦Can you do all of that between the 4th and the 6th⟧ and ⟦what'll it cost roughly?⟧ ⟦Is there anywhere decent to camp in Maun while the bakkie's with you⟧, and ⟦can we leave the rooftop tent on while you work on it?⟧

Shame, sorry for the long mail.

Cheers,
Pieter & Annelie du Plessis""",
        [Y, Y, Y, N],
        ["yes/no", "how much", "where", "yes/no"],
        """Hi Pieter,

Good to hear from you. Yes, bring the Hilux in first thing on Monday the 4th and it will be ready on Wednesday afternoon. We'll fit an 80-litre long-range tank, a dual battery kit with a DC-DC charger and two new rear shocks. Roughly P 23,000 for everything fitted; I'll give you the exact figure once we've seen the vehicle.

Mokoro Riverside Camp on the Shorobe road is clean, has hot water and is five minutes from us.‸

Regards,
Tebogo Seretse
Thamalakane 4x4 Works, Maun""",
    ),
    case(
        """Dear Mr Seretse,

Last Saturday your team recovered our Land Cruiser from the mud near Khwai, and I want to say first that your two mechanics were very kind and worked hard in the heat. But now I have received your invoice of P 6,800 and I find it very high. In the Netherlands this would be maybe half.

⟦Can you explain why the recovery costs this much?⟧ On the phone we were told around P 4,000. ⟦I request an itemised invoice showing the distance, the hours and the winch.⟧ Also our front bumper is bent since the recovery, I think from how the strap was attached. ⟦I would like to know whether your insurance covers this.⟧

Met vriendelijke groet,
Joost Verhagen

Sent from my iPad""",
        [Y, Y, N],
        ["why", "request", "yes/no"],
        """Dear Mr Verhagen,

Thank you for your kind words about Kabo and Lesedi; I will pass them on.

The figure on the phone was for a recovery near the Khwai gate. When the team reached you, the vehicle was 38 km further on, past the Magwikhwe sand ridge, and sunk to the chassis, so it took two vehicles instead of one and five hours instead of two. The itemised invoice is attached: distance P 2,280, labour P 3,100, winch and equipment P 1,420.

We are sorry to hear about your bumper.‸

Kind regards,
Tebogo Seretse""",
    ),
    case(
        """Tebogo the game viewer is overheating again 😩 same one u did the radiator on in oct. ⟦can ur guy come in on the tuesday mail plane or must we drive it out to maun⟧. we have guests all week so cant lose a vehicle for long. also ⟦send the invoice for oct again⟧ accounts cant find it

Lorato
Mophane Pan Camp

Sent from my iPhone""",
        [Y, N],
        ["which", "request"],
        """Hi Lorato,

Sorry it's playing up again 😕 Kabo will fly in on Tuesday's mail plane with a new thermostat, a water pump and the pressure tester, so keep the vehicle at camp. If it turns out to be something bigger, he'll tell you on the spot and we'll plan a tow.‸

Tebogo""",
    ),
    case(
        """Dear Tebogo,

Thanks again for fixing the clutch so fast in September. We are back in Germany now, but our Defender is still standing in your yard, as we agreed, until we return at the end of March.

Two things. My brother Jonas will be in Maun for work from 18 to 22 January (⟦could he get into the yard to take out our camping chairs and the fridge?⟧). And ⟦I was wondering what you would charge to do a full service and change the tyres before we come back, so the car is ready on the day we land.⟧

Viele Grüße,
Martin Krüger

On Mon, 14 Sep 2026 at 17:40, Tebogo Seretse <tebogo@thamalakane4x4.example.com> wrote:
> Dear Martin,
> Storage is P 450 a month, paid in advance. Please send the keys with your name on a tag.""",
        [Y, N],
        ["yes/no", "how much"],
        """Dear Martin,

Good to hear you got home safely. The Defender is fine, under the shade net, and we start it every two weeks.

Jonas is welcome any weekday between 7:30 and 5. He should bring his passport, and I will let him in myself.

A full service with new tyres depends a lot on which tyres you want, so let me know and we can talk about it nearer March.‸

Best regards,
Tebogo""",
    ),
    case(
        """Hi Tebogo,

We're a small natural-history crew from Bristol filming lions in the Savuti marsh from early February to mid-March, and we've been told you kit out the vehicles most of the local outfits use.

The work: two Land Cruiser 79s fitted with camera mounts on the roof and the passenger door (we'll bring the mounts; you'd weld the brackets), and a 220 V inverter in each for battery charging.

What we'd like from you:
- ⟦a price for both vehicles, including the welding⟧
- ⟦recovery cover for the whole six weeks, if you offer it⟧

⟦We'll need both vehicles ready by Monday 1 February, when the crew arrives.⟧ ⟦Do you also hire out the Land Cruisers, or should we rent them from a company in Maun and bring them to you?⟧

Thanks,
Ollie Brennan
Location Manager, Fennel & Finch Films
+44 117 496 0381

CONFIDENTIALITY: This email and its attachments are for the intended recipient only.""",
        [Y, Y, N, Y],
        ["how much", "request", "request", "which"],
        """Hi Ollie,

Thanks for getting in touch. Savuti in February is wet, so you're wise to plan ahead.

We don't hire out vehicles ourselves. Okavango Car Hire in Maun has 79s with canopies and they're used to us fitting them out; I can introduce you.

The brackets, the welding and two inverters come to P 18,400 for both vehicles. Our recovery cover for six weeks in the Savuti and Linyanti area is P 9,500 per vehicle, with a team on call day and night by satellite phone.‸

Cheers,
Tebogo""",
    ),
    # --- Yard Link Barrel Shipping (barrels from the UK, US and Canada, customs clearing and island delivery; Kingston, Jamaica)
    case(
        """Dear Marcia,

I hope you are keeping well and that the rain has stopped down there. I am writing about the barrel I dropped at your Brixton depot on the 2nd of November, the blue one with my name painted on the side, GLORIA HENRY MANDEVILLE, in case it gets mixed up. It has all the Christmas things for my grandchildren and my sister Pearline, shoes, rice, Milo, the tinned mackerel she likes, and a little something in a bottle for Pearline's husband, which my neighbour says I should not have put in, but it is done now.

⟦When will it reach Kingston⟧ and ⟦can it go on to Mandeville or will Pearline have to come down to the wharf for it, because her knees are bad and she does not drive.⟧ ⟦Will the bottle cause a problem with the customs?⟧

⟦Please ring me if there is anything to pay⟧, I don't do the internet banking.

God bless,
Gloria Henry
020 7946 0512

Sent from my iPad""",
        [Y, Y, N, N],
        ["when", "which", "yes/no", "request"],
        """Dear Mrs Henry,

Thank you for your letter. The rain has eased, thank God.

Your barrel is on the MV Calabash Star, which docks at Kingston on Tuesday 15 December. Once customs have cleared it, usually in two or three working days, our truck takes it on to Mandeville, so Pearline can stay at home; we will telephone her the day before.

Customs at Kingston see a great many Christmas barrels at this time of year.‸

With best wishes for Christmas,
Marcia Campbell
Yard Link Barrel Shipping, Kingston""",
    ),
    case(
        """yo marcia wah gwaan 🇯🇲 ⟦where mi barrel deh⟧ tracking seh it reach di wharf from nov 24 and still nuh clear. ⟦why it tek so long⟧ ⟦mi mother need it before xmas fi real⟧. ⟦beg yuh call her⟧ 876 555 0139

Devon""",
        [Y, Y, N, N],
        ["where", "why", "request", "request"],
        """Hi Devon,

Sorry for the wait 🙏 Your barrel is in the examination shed at the Kingston wharf. Customs picked it for a full inspection, like about one barrel in ten this month, and the shed is backed up with the Christmas rush, so everything is moving slow.

I'll keep checking on it every day.‸

Marcia""",
    ),
    case(
        """Dear Ms. Campbell,

Greetings from Mount Olive Baptist Church in Decatur, Georgia. Our missions committee is sending school supplies to three basic schools in St. Thomas in time for the Easter term, and a member who ships with you recommended your company.

We have 20 barrels ready (exercise books, pencils, uniforms and two donated laptops). Our questions:

1. ⟦Is there a discount for 20 barrels shipped together?⟧
2. We understand schools may receive donations duty-free. ⟦What paperwork is required⟧, and ⟦who needs to apply for it?⟧
3. ⟦Could the barrels be delivered directly to the three schools?⟧

⟦Please also let us know the latest date we can drop them in Atlanta for arrival before Easter.⟧

Blessings,
Deacon Harold Simmons
Missions Committee Chair
(404) 555-0177""",
        [Y, Y, Y, Y, N],
        ["yes/no", "which", "which", "yes/no", "when"],
        """Dear Deacon Simmons,

Thank you for thinking of us, and bless the committee for this work.

For 20 barrels shipped together we charge US$95 a barrel instead of US$110. Donated school supplies come in free of duty under a Ministry of Education waiver. The receiving school applies for it through the Ministry's regional office, with your packing list and a donation letter on church letterhead, and we help the principals with the forms.

We deliver all over St. Thomas, so each school will get its own barrels at the gate.‸

Blessings,
Marcia Campbell""",
    ),
    case(
        """Marcia,

My barrel was delivered to my aunt in Spanish Town yesterday and the seal was cut and taped over. Two pairs of Nike trainers and a Samsung tablet are gone. The customs sticker shows it was examined, but nobody told us anything.

⟦I need a claim form today.⟧ ⟦I'd expect full compensation for what's missing, about £420 according to my receipts.⟧ And ⟦who opened it, customs or your people?⟧

Keisha Grant
Croydon

On Mon, 30 Nov 2026 at 10:15, Yard Link Barrel Shipping <info@yardlink.example.com> wrote:
> Dear Customer,
> Your barrel YL-40217 has cleared customs and will be delivered within 5 working days. Please ensure someone is home to sign for it.
> Yard Link""",
        [Y, N, N],
        ["request", "request", "which"],
        """Dear Keisha,

I'm really sorry. Finding a barrel cut open is upsetting, and I understand why you're angry.

The claim form is attached. Send it back with your receipts and photos of the barrel and the seal, and I'll lodge it the same day. Compensation is decided by our insurers once the claim is in, and I can't promise a figure before then.‸

Regards,
Marcia Campbell""",
    ),
    case(
        """Hi Marcia,

Got the text, the barrel reached Montego Bay this morning and Mummy is already sharing out the rice. Thank you for all your help this year, you're a star.

Blessings,
Sandra
--
Sandra Lewis-Brown
Children's Ministry, Bethel Tabernacle, Leicester
Have you invited a child to Sunday school this week?""",
        [],
        [],
        """Hi Sandra,

That's lovely to hear, thank you! Tell your mum we said Merry Christmas, and we'll see you at the Leicester collection in the spring.

Marcia""",
        quoted_only=True,
    ),
    # --- Tamana Ridge Cocoa Estate (fine-flavour beans, bean-to-bar chocolate and estate tours; Gran Couva, Trinidad and Tobago)
    case(
        """Dear Anya,

Many thanks for the tasting notes; the 2026 Trinitario was the favourite in our kitchen by a distance, with that dried-fig and molasses finish.

We'd like to buy about 200 kg of fermented, dried beans from the 2027 main crop for our Sheffield workshop. Before we commit:

1) ⟦What will your price per kilo be for the 2027 crop, delivered to the UK?⟧
2) ⟦When does the main crop's first export lot usually leave Port of Spain?⟧
3) ⟦Could you send a 2 kg sample bag of the 2026 beans in the meantime?⟧ We're happy to pay for it.

Best,
Rhiannon Price
Founder, Cacao & Coal Chocolate, Sheffield

On Tue, 24 Nov 2026 at 11:30, Anya Ramlogan <anya@tamanaridge.example.tt> wrote:
> Hi Rhiannon,
> Attached are the tasting notes for our last three harvests. Do let me know if any of them suits your range.
> Anya""",
        [N, Y, Y],
        ["how much", "when", "request"],
        """Dear Rhiannon,

So glad the 2026 beans went down well in Sheffield. That fig note is the Tamana hillside.

The main crop is picked from January to April, and our first export lot usually sails in mid-March. The 2027 price depends on the harvest and on what the fine-flavour market does over the winter, so we set it in February.‸

A 2 kg sample bag of the 2026 beans goes out with DHL on Monday; there's no charge for a first sample.

Warm regards,
Anya Ramlogan
Tamana Ridge Cocoa Estate, Gran Couva""",
    ),
    case(
        """morning! ⟦allyuh open sunday for de estate tour⟧ 🍫 ⟦how much for 4 adults and 2 children⟧ (7 and 10) ⟦we could bring we own food or allyuh have lunch dey⟧

Sent from my Samsung Galaxy""",
        [Y, Y, Y],
        ["yes/no", "how much", "which"],
        """Good morning!

Yes, we do the tour every Sunday at 10 and it lasts about two and a half hours. Adults are TT$180 and children under 12 are TT$90, so TT$900 for your group.

Lunch is served on the verandah for TT$95 a head (pelau, or callaloo with macaroni pie), or you're welcome to bring your own and use the picnic benches by the drying house.

Anya""",
    ),
    case(
        """Hi there,

I'm getting married at Castara Bay in Tobago on Saturday 24 April and I'd love to give each guest a mini bar of your chocolate as a favour. We'll have 150 guests.

A couple of questions - ⟦can the wrapper be printed with our names and the date?⟧ ⟦How much would 150 of the 40 g bars come to with custom wrappers?⟧ My fiancé is worried about the heat - ⟦will they survive the ferry across and a day in a hotel room?⟧

⟦We'd need them delivered to Castara Cove Villas by Thursday 22 April.⟧

Thanks so much,
Melissa Chen
Vancouver, BC""",
        [Y, Y, N, Y],
        ["yes/no", "how much", "yes/no", "request"],
        """Hi Melissa,

Congratulations to you both! Castara is a beautiful place to get married.

Yes, we can print your names and the date on the wrapper, in any of our four colours, or in your own design if you send it as a PDF. 150 of the 40 g bars with custom wrappers would be TT$3,750 (about US$555), including delivery.

We'll send them across on the Wednesday ferry, and they'll reach the villas on the morning of Thursday 22 April.‸

Warmest wishes,
Anya Ramlogan""",
    ),
    case(
        """To whom it may concern,

We booked your "Bean to Bar" shore excursion for our cruise stop on Tuesday, December 1. The bus was 50 minutes late picking us up at the cruise terminal, we got only half the tour, and the chocolate we bought melted on the bus because the AC was broken.

⟦Why was the bus so late?⟧ ⟦I want a refund of at least half the $89 per person for the four of us⟧, and ⟦replace the melted chocolate or refund it ($64).⟧

Gary Kowalski
Scranton, PA""",
        [Y, Y, Y],
        ["why", "request", "request"],
        """Dear Mr Kowalski,

I'm very sorry. You came a long way for that tour, and it was not the visit you should have had.

The bus company's coach broke down on the Uriah Butler Highway that morning, and the one they sent instead had a faulty air conditioner, which we only learned about when you arrived. We no longer use that company.

I've refunded half the excursion price, US$178 for the four of you, to the card you booked with, and I'm sending a box of our 70% bars to your home in Scranton; please reply with the street address.

Sincerely,
Anya Ramlogan""",
    ),
    case(
        """Good afternoon Anya,

Further to the tasting last week, the Savannah Grand Hotel would like to put your cocoa balls and nibs on the breakfast buffet from January. Our estimated monthly usage is 15 kg of cocoa balls and 8 kg of nibs.

⟦Kindly let me know if you can supply on a standing monthly order, delivered to our receiving bay in Port of Spain on the first Monday of each month.⟧ ⟦Our accounts department will also require a VAT invoice with your BIR number for each delivery.⟧ ⟦Would you also be able to provide small display cards about the estate for the buffet?⟧

Regards,
Nadira Mohammed
Purchasing Manager
Savannah Grand Hotel

DISCLAIMER: The information in this e-mail is confidential. If you are not the intended recipient, please notify the sender immediately.""",
        [Y, Y, N],
        ["yes/no", "request", "request"],
        """Good afternoon Nadira,

Thank you, we're delighted the hotel wants to serve our cocoa.

A standing order suits us well: 15 kg of cocoa balls and 8 kg of nibs on the first Monday of each month, starting Monday 4 January, at the receiving bay before 10 am. Each delivery will come with a VAT invoice showing our BIR number.

I'll ask our designer about the display cards.‸

Kind regards,
Anya Ramlogan""",
    ),
    # --- Flatts Cedar Works (Bermuda cedar furniture, boxes, restoration and appraisals; Flatts Village, Bermuda)
    case(
        """Hi Calvin,

We stopped by your shop on Monday with our cruise group - I was the guy asking about the cedar jewelry box with the moongate inlay. My wife hasn't stopped talking about it, so I'd like to order one for her birthday in February.

⟦Can you ship it to Ohio⟧, and ⟦if so, what would shipping and any US duty add to the $650?⟧ ⟦How long does it take to make one?⟧ Her birthday is February 19, so ⟦it has to reach us by the 15th at the latest.⟧

Thanks,
Dave Hollister
Dayton, OH

On Mon, Dec 7, 2026 at 4:52 PM Calvin Trott <calvin@flattscedar.example.bm> wrote:
> Dave, good to meet you today. Here's the photo of the box you asked about. Let me know if you'd like one made.
> Calvin""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "when", "request"],
        """Hi Dave,

Glad she liked it. Yes, we ship to the States all the time with FedEx.

Each box takes me about three weeks, because the cedar for the lid has to be matched and the moongate is cut by hand. If you confirm by the end of next week, it will be finished in mid-January and should be in Dayton by the end of the month, well before the 15th.‸

Best,
Calvin Trott
Flatts Cedar Works""",
    ),
    case(
        """Dear Mr Trott,

We act for the estate of the late Mrs Edna Darrell of Somerset. Among her effects is a Bermuda cedar blanket chest, believed to date from around 1760, which the executors wish to have appraised for probate.

⟦We require a written appraisal on your letterhead, stating the chest's age, condition and fair market value.⟧ ⟦Please confirm your fee for this work⟧ and ⟦whether you would inspect the chest at the property⟧; the family would rather it were not moved. ⟦The report will be needed before 29 January 2027, when the executors meet.⟧

Yours sincerely,

Alison Frith
Associate, Harbourne & Frith
Hamilton

This message may contain privileged information. If you have received it in error, please delete it and inform the sender.""",
        [Y, Y, Y, Y],
        ["request", "how much", "yes/no", "request"],
        """Dear Ms Frith,

Thank you for your letter. I knew of Mrs Darrell's chest by reputation and would be glad to see it.

I will inspect it at the house in Somerset, so it need not be moved. The written appraisal on our letterhead will cover age, construction, condition, any later repairs and fair market value. My fee is BD$450, or BD$600 if you want photographs for the file.

I can visit on Tuesday 12 January or Wednesday 13 January, and the report will be with you within ten days of the visit.

Yours sincerely,
Calvin Trott""",
    ),
    case(
        """aye calvin, its Kenny from st david's. my grandmother's cedar rocker that you took to redo in october, ⟦is it done yet⟧ she keeps asking me lol. also ⟦can you put a cushion on the seat⟧ her back aint what it was. ⟦what would that run⟧

Sent from my iPhone""",
        [Y, N, N],
        ["yes/no", "request", "how much"],
        """Hey Kenny,

Tell her it's nearly there. The rocker's stripped, the loose spindles are glued and it's had its first coat of oil; it needs another week to take the second coat and cure.

I'll bring it up to St David's myself when it's ready.‸

Calvin""",
    ),
    case(
        """Dear Calvin,

I'm sorry to say that the finish on the cedar bedside tables you delivered in August has started to crack and lift, on at least eleven of the thirty so far, mostly in the rooms on the ocean side. Our owners are not pleased, given what they cost.

I would ask for the following:

1. ⟦Please come and inspect them this week.⟧
2. ⟦I'd expect the affected tables to be refinished at your cost.⟧
3. ⟦Can you tell me what caused it, so that we know whether the other nineteen will go the same way?⟧

Best regards,
Sienna Lambert
Rooms Division Manager, Whale Bay Inn

From: Calvin Trott <calvin@flattscedar.example.bm>
Sent: Thursday, August 20, 2026 3:05 PM
To: Sienna Lambert <slambert@whalebayinn.example.bm>
Subject: Bedside tables delivered

Sienna, all 30 are in. Could you sign the delivery note and send it back when you get a minute?
Calvin""",
        [Y, N, N],
        ["request", "request", "why"],
        """Dear Sienna,

I'm sorry to hear this, and sorry you've had to face the owners over it.

I'll be at the inn tomorrow, Friday, at 9 with my finisher, and we'll look at every table, not just the eleven.‸ I won't guess at a cause until I've had them in my hands.

Best regards,
Calvin""",
    ),
    case(
        """Calvin,

Perfect, the crate arrived at the flat in Guildford this morning with no damage, and it smells like Bermuda as soon as you lift the lid. Thank you for all your patience with the paperwork.

All the best,
Richard Ashworth

________________________________
From: Calvin Trott <calvin@flattscedar.example.bm>
Sent: 19 November 2026 10:48
To: Richard Ashworth
Subject: Re: Shipping the dresser to the UK

Richard, the fumigation certificate is attached. Can you confirm the delivery address in Guildford and a phone number for the haulier?""",
        [],
        [],
        """Richard,

Great news, thanks for letting me know. Enjoy it, and give it a wipe with a damp cloth now and then, once the central heating is on.

Calvin""",
        quoted_only=True,
    ),
    # --- Wayamba Coir Exports (coir grow bags, coco peat blocks and doormats for export; Kuliyapitiya, Sri Lanka)
    case(
        """Dear Mr Perera,

Thank you for the offer of 20 November. Our grower in Westland has now tested your samples and is positive about the structure of the 70/30 grow bags. Before we can place an order for one 40 ft container, we need some clarifications:

1. ⟦What is the EC of the buffered substrate after washing?⟧ Our limit is 0.5 mS/cm.
2. ⟦Is the price of USD 1.18 per bag FOB Colombo still valid for shipment in February?⟧
3. ⟦We need the RHP certificate for the production batch, not a general one.⟧

⟦Please also inform us how many bags fit in one 40 ft high cube.⟧

Met vriendelijke groeten / Kind regards,

Sanne de Groot
Purchasing, GreenRoots Substraten B.V.
Naaldwijk, the Netherlands

DISCLAIMER: This e-mail and any attachments are confidential and may be privileged.""",
        [Y, N, Y, Y],
        ["how much", "yes/no", "request", "how much"],
        """Dear Ms de Groot,

Thank you for the good news from Westland.

After buffering and washing, our EC is between 0.3 and 0.45 mS/cm. Every batch is tested before packing, and the batch report goes with the shipping documents. A 40 ft high cube takes 4,480 bags of this size on pallets.

We will issue the RHP certificate for your production batch, as you require.‸

Kind regards,
Dilshan Perera
Export Manager, Wayamba Coir Exports (Pvt) Ltd""",
    ),
    case(
        """G'day Dilshan,

Quick one. We've had a shipment of coco peat from another supplier held at Brisbane for three weeks because the import permit conditions weren't met, and I don't want a repeat.

⟦Can you supply the heat treatment certificate the department wants - the one showing 70°C for 30 minutes?⟧ And ⟦does your block come in 5 kg or only 650 g bricks?⟧ ⟦Send me a price for a 20-footer of 5 kg blocks to Brisbane⟧ (CIF) when you get a sec.

Cheers,
Brett Donnelly
Donnelly Garden Supplies, Toowoomba QLD""",
        [Y, Y, N],
        ["yes/no", "which", "how much"],
        """Hi Brett,

Yes. All our coco peat for Australia is heat treated at 70°C for 30 minutes in our own chamber, and the treatment certificate goes with the phytosanitary certificate in the documents for every container. We have supplied three importers in Queensland this way without a single hold.

We make both: 5 kg blocks for growers and 650 g bricks for retail.‸

Best regards,
Dilshan""",
    ),
    case(
        """Dear Dilshan,

Lovely to speak on Teams. As promised, here's what we're after for spring:

• coir doormats, 60 x 40 cm, printed with our oak-leaf logo in black
• ⟦the minimum order for a custom print⟧
• ⟦how long from artwork approval to shipment⟧
• ⟦whether you can send one printed sample before we commit⟧

⟦We'd want stock in our Hereford warehouse by the first week of March.⟧

Best wishes,
Fiona Marsh
Buyer, Wye Valley Garden Centres

On Tue, 1 Dec 2026 at 15:02, Dilshan Perera <dilshan@wayambacoir.example.lk> wrote:
> Dear Fiona,
> Thank you for your time today. Could you email me the size and the logo file?
> Dilshan""",
        [Y, Y, Y, Y],
        ["how much", "when", "yes/no", "request"],
        """Dear Fiona,

Thank you for the logo; it will print cleanly on coir.

The minimum for a custom print is 500 mats per design. From artwork approval we need five weeks to produce, and sea freight to Felixstowe takes another four to five, so approval by mid-December gets the mats to Hereford by the end of February.

I'll send a printed sample by courier as soon as you've approved the artwork proof.

Best regards,
Dilshan Perera""",
    ),
    case(
        """Dilshan aiya, this is Ruwan from Fort View Hotel galle. ⟦we need 60 coir mats for the new villas, same like last time no⟧. ⟦can deliver before 20th⟧ aney we have a big group coming. and ⟦put the invoice to the company name not to me⟧ last time accounts made a big fuss

Sent from my Galaxy""",
        [Y, Y, N],
        ["request", "yes/no", "request"],
        """Ruwan,

Sixty mats, same size and weave as the last order, no problem. Our lorry goes to Matara on Friday 18th, so we'll drop them at the hotel on the way, before noon.‸

Dilshan""",
    ),
    case(
        """Dilshan,

Our lab results on container MSKU 774102-3 came back this morning: EC averaging 1.4 mS/cm across twelve samples, nearly three times what your certificate states. Two of our growers have already refused delivery.

⟦I need to know how this got past your testing.⟧ ⟦We expect either a full credit for the container or re-washing at your expense - which is it going to be?⟧ ⟦Please also send the original batch test records.⟧

Regards,
Marc-André Tremblay
Directeur des achats / Purchasing Director
Serres Boréales Inc., Saint-Hyacinthe, QC

CONFIDENTIALITY NOTICE: This message is intended only for the person to whom it is addressed.""",
        [N, N, Y],
        ["how", "which", "request"],
        """Dear Mr Tremblay,

I am very sorry. A reading like that should never have left our yard, and I understand your growers' position.‸

We have pulled the retained samples from that batch and our laboratory is testing them again today; the original batch test records are attached so you can compare. We will come back to you on the question of credit or re-washing as soon as we have the new results.

Yours sincerely,
Dilshan Perera""",
    ),
    # --- Pir Wadhai Truck Art Studio (truck art on vehicles, panels, rickshaws and small pieces; Rawalpindi, Pakistan)
    case(
        """Assalam o alaikum Bilal bhai,

Hope you and Ustad sahib are well. I'm the one who messaged on Instagram about the restaurant on Ladypool Road. We're refitting in March and I want the whole shopfront to look like the back of a Bedford: peacocks, the chains, the poetry, everything. My dad drove a truck from Peshawar to Karachi for twenty years, so it means a lot.

The frontage is 6.2 m wide and the fascia is 90 cm high. ⟦Could Ustad sahib paint it on aluminium panels in Pindi and ship them over?⟧ ⟦What would something like that cost, roughly?⟧ And ⟦how long would it take?⟧ - we open on 1 April, inshallah. Also, honestly, ⟦will the paint hold up in Birmingham weather?⟧ It's not Karachi here.

JazakAllah,
Imran Shah
Shah Karahi House, Birmingham""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "when", "yes/no"],
        """Walaikum assalam Imran bhai,

Ustad sahib was very happy to read about your father. Yes, we paint on aluminium composite panels for shops abroad; for 6.2 m we would make four panels that bolt together, and they go by sea in a wooden crate. The painting takes about five weeks, plus six weeks at sea, so if you confirm the design by the end of December it reaches Birmingham in the first week of March.

We use automotive enamel with a UV clear coat, the same as on the trucks that cross the Khunjerab in the snow, so the weather will not trouble it.‸

Regards,
Bilal Qureshi
Pir Wadhai Truck Art Studio, Rawalpindi""",
    ),
    case(
        """bilal bhai salam. ⟦meri bedford ka kaam kab start hoga⟧ 🚚 driver bol raha hai aap ne 15 tareekh kaha tha. aur ⟦total kitna banega chain aur mirror work ke sath⟧. ⟦advance easypaisa pe bhej doon⟧?

Rana Asif

Sent from my Infinix""",
        [Y, Y, N],
        ["when", "how much", "yes/no"],
        """Walaikum salam Rana sahib,

Aap ki Bedford 15 December ko subah bay mein le aayen, usi din kaam shuru ho jayega. Chain aur mirror work ke sath poora kaam Rs 385,000 ka hai, aur 12 din lagenge.‸

Bilal""",
    ),
    case(
        """Dear Mr. Qureshi,

I am a curator at the Chesapeake Museum of Folk Art in Baltimore, Maryland. For our 2027 exhibition on the painted vehicles of South Asia, we would like to commission a fully decorated motor-rickshaw in your studio's style, to be shown in our main hall from October 2027.

⟦Could you tell us whether your studio takes commissions of this kind⟧, ⟦what the approximate cost would be, including the vehicle itself⟧, and ⟦whether Ustad Haider might be willing to paint part of it live in Baltimore during the opening week?⟧ ⟦We would also need to know how you would prepare the rickshaw for export, since it would have to travel without an engine.⟧

With best regards,
Dr. Lauren Whitfield
Curator of Asian Folk Art
(410) 555-0163""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "yes/no", "how"],
        """Dear Dr. Whitfield,

Thank you for your letter. We would be honoured to paint a rickshaw for your museum; we have made two for collectors in London and one for a festival in Melbourne.

For export we drain all fluids and remove the engine and battery, so the rickshaw travels as a body and chassis only. It is then bolted to a steel frame inside a wooden crate and fumigated, with a certificate for US customs.

The cost depends on the level of decoration you choose, and we can go through it once you have decided on the design.‸

Ustad Haider is 71 and no longer flies long distances, but his son Kamran, who paints with him, could travel to Baltimore.

With regards,
Bilal Qureshi""",
    ),
    case(
        """Dear Bilal sahib,

Hope this finds you well. We are planning a truck-art themed mehndi for a client at a farmhouse on Bedian Road, Lahore, on Friday 5 February. Kindly guide us on the below:

1) ⟦Do you rent out painted panels and the rickshaw for events, or only sell?⟧
2) ⟦Rate for 10 panels and the rickshaw for one night, including transport from Pindi.⟧
3) ⟦We also require one of your artists on site to paint the guests' names on small tin plates as favours.⟧

⟦Kindly share your bank details for the advance.⟧

Best regards,
Sana Malik
Events Lead, Rang Mahal Events, Lahore""",
        [Y, Y, Y, N],
        ["which", "how much", "request", "request"],
        """Dear Sana,

Thank you for thinking of us. We do rent out the panels and the rickshaw for events; last month they went to a wedding in Islamabad.

For 10 panels and the rickshaw for one night, with two men to set up and take down and transport from Pindi to Bedian Road, our rate is Rs 240,000.

Our artist Kamran can come to paint the name plates. He charges Rs 30,000 for the evening, and the plates are Rs 450 each.‸

Best regards,
Bilal Qureshi""",
    ),
    case(
        """Hi,

The painted kettle and tray set I ordered through your Etsy shop arrived in Glasgow today, and the kettle spout is chipped right through the paint and the tray has a dent in one corner. It was a gift for my mum's 60th on Saturday, so I'm gutted.

⟦Can you send a replacement kettle in time for Saturday?⟧ ⟦If not, I want a refund for the kettle at least.⟧ ⟦Do I need to send the damaged one back?⟧

Aisha Rahman""",
        [Y, Y, N],
        ["yes/no", "request", "yes/no"],
        """Dear Aisha,

I am so sorry, and especially before your mother's birthday.

Parcels from Rawalpindi to Glasgow take at least six days, so a new kettle cannot reach you by Saturday. I have refunded the kettle's price, £28, through Etsy today, and you will see it in three to five days.‸

With apologies,
Bilal Qureshi""",
    ),
    # --- Tak Shing Mahjong (hand-carved and engraved mahjong tiles, sets and repairs; Jordan, Kowloon, Hong Kong)
    case(
        """Dear Ms Chan,

I hope you don't mind me writing out of the blue. My grandmother came to Vancouver from Hong Kong in 1967 and brought her mahjong set with her, bone-and-bamboo tiles in a little wooden chest with brass corners. She passed away this spring and the set came to me, but three tiles have gone missing over the years: the 2 of bamboo, the red dragon and one of the flower tiles (I think it's the plum, number 1).

⟦I was wondering whether you could carve replacements that match the old ones, given that they're bone-and-bamboo and yellowed with age.⟧ ⟦I'd also like to know roughly what that would cost.⟧ ⟦Should I post you the whole set so you can match the colour, or will photos be enough?⟧ I'm nervous about sending it across the Pacific.

Thank you so much,
Grace Leung
Richmond, BC""",
        [Y, N, Y],
        ["yes/no", "how much", "which"],
        """Dear Grace,

Thank you for writing. It is a lovely story, and I am sorry about your grandmother.

Yes, we can carve the three tiles. My father still has bone and bamboo from the 1970s, and we stain new tiles with tea until they match.‸

Please don't send the whole set. Send us one tile of the same size, such as the 3 of bamboo, with photos of the faces and backs of a few others beside a ruler, and we will return your tile with the new ones.

Best wishes,
Winnie Chan
Tak Shing Mahjong, Jordan, Kowloon""",
    ),
    case(
        """hi Winnie, i am Kelvin from Harbourline Logistics. ⟦can engrave our company logo on the back of 20 sets for our annual dinner ar⟧ 🀄 lucky draw prizes. ⟦need before 15 jan⟧ ⟦how much per set⟧. ⟦can send logo in AI file ok?⟧ thx

Kelvin Lau""",
        [Y, N, Y, Y],
        ["yes/no", "request", "how much", "yes/no"],
        """Hi Kelvin,

Yes, we can engrave your logo on the back of every tile, or only on the box lid if you prefer it simpler. For 20 sets in our standard acrylic with the logo engraved, it is HK$1,380 per set.

AI file is perfect, please send it in black and white.‸

Winnie""",
    ),
    case(
        """Hi Winnie,

My wife and I will be in Hong Kong from February 4 to February 11, which I now realize runs right into Chinese New Year. We'd love to visit the shop and, if possible, watch your father carve a few tiles.

⟦What are your opening hours over the New Year holiday?⟧ ⟦Does your father still do demonstrations for visitors⟧, and ⟦is there a charge?⟧ Also, ⟦could you hold a set of the hand-carved bamboo-backed tiles for us to pick up?⟧ I'd rather not risk missing out.

Best,
Tom & Linda Alvarez
Austin, TX

On Fri, Dec 4, 2026 at 9:13 AM Winnie Chan <winnie@takshingmahjong.example.hk> wrote:
> Hi Tom,
> Thank you for your interest. The hand-carved sets take three months to make. Would you like me to put your name on the list?
> Winnie""",
        [Y, Y, Y, Y],
        ["when", "yes/no", "yes/no", "request"],
        """Hi Tom,

Chinese New Year falls on Saturday 6 February, so we close from the 5th to the 8th and reopen on Tuesday the 9th, 11 am to 7 pm. My father will be happy to show you how he carves; he usually works in the afternoon, around 3. It's free, but he does like people to sit and have tea with him!

I've put a bamboo-backed set aside in your name, ready to collect on the 9th or 10th.

Best,
Winnie""",
    ),
    case(
        """Dear Ms Chan,

I'm the prop buyer on a feature set in 1962 Kowloon, shooting at a studio in Tai Po from late January. We need eight mahjong sets that look right for the period.

Our questions are as follows:
(a) ⟦Can the sets be aged so they don't look new on camera?⟧
(b) ⟦If we confirm by 18 December, can you deliver to the studio by 20 January?⟧
(c) ⟦What is the price per set, including any rush charge?⟧

⟦The invoice must be made out to Harbour Lamp Pictures Ltd, not to me personally.⟧

Kind regards,
Priya Nair
Prop Buyer, Harbour Lamp Pictures Ltd

Sent from Outlook""",
        [Y, N, Y, Y],
        ["yes/no", "yes/no", "how much", "request"],
        """Dear Priya,

Thank you for your enquiry. We have aged sets for three films before: we tone the tiles with tea and tobacco and rub down the edges, so they look as if they've been played in a tea house for years.

Eight aged sets in bone-colour resin are HK$2,600 each, HK$20,800 in all. With an order by 18 December we can deliver to Tai Po, but the date depends on our carver's holiday in January.‸ The invoice will be made out to Harbour Lamp Pictures Ltd.

Kind regards,
Winnie Chan""",
    ),
    case(
        """Thanks Winnie! Received the replacement tiles today, the colour match is perfect, my mother cannot tell which are the new ones 😄 Will recommend you to my friends.

Sandy

On Tue, 8 Dec 2026 at 18:20, Winnie Chan <winnie@takshingmahjong.example.hk> wrote:
> Hi Sandy,
> The two tiles are ready. Shall I send them by SF Express, or would you like to collect from the shop?
> Winnie""",
        [],
        [],
        """Hi Sandy,

So glad to hear it! Thank you for telling us, and please say hello to your mother for me.

Winnie""",
        quoted_only=True,
    ),
    # --- Borg & Sons (traditional timber balconies, gallariji, made and restored; Żebbuġ, Malta)
    case(
        """Dear Mr Borg,

We bought an old house in Xagħra two years ago and have been putting off the balcony on the front, but this winter it has really started to go. The bottom rail is soft when you push a screwdriver into it, two of the little louvres have fallen out onto the street (luckily nobody was underneath), and the paint, which I think is the original green, is coming off in sheets. Our neighbour Mrs Attard says you restored the one at the parish priest's house and that it was beautifully done.

We don't know where to start. ⟦Is it better to repair it or to replace the whole thing?⟧ I have read that in Gozo one needs a permit from the Planning Authority for any work on a traditional balcony. ⟦Do you apply for it, or do we?⟧ And ⟦could you come and look at it?⟧ ⟦We'd also like some idea of the cost before we commit to anything.⟧ We are here all winter.

With kind regards,
Geoffrey and Margaret Pike
Triq il-Knisja, Xagħra, Gozo""",
        [Y, Y, Y, N],
        ["which", "which", "request", "how much"],
        """Dear Mr and Mrs Pike,

Thank you for your letter, and please give our regards to Mrs Attard.

From what you describe, it can almost certainly be repaired. Usually only the bottom rail and the floorboards need renewing, and the rest can be saved and restored; we'll know for sure once we've seen it. We apply to the Planning Authority ourselves, with drawings and photographs, as part of the job, and it usually takes six to eight weeks.

Joseph will be in Gozo on Wednesday 16 December for another job and can come to see the balcony that afternoon at about 3, if that suits you.‸

Kind regards,
Marthese Borg
Borg & Sons, Żebbuġ""",
    ),
    case(
        """Mela Marthese, ⟦the balcony is finished or not⟧ the scaffolding is still on the pavement in Triq San Pawl and the Kunsill sent me a letter for it 🙄 ⟦when are you coming to take it down⟧. and ⟦who pays the fine because its not my scaffolding⟧ uff

Charlene""",
        [Y, N, N],
        ["yes/no", "when", "which"],
        """Hi Charlene,

Yes, the balcony is finished, the last coat of paint went on on Monday. Sorry about the letter from the Kunsill, they're very strict in that street. I've asked the scaffolding company to take it down as soon as they can.‸

Marthese""",
    ),
    case(
        """Dear Mr Borg,

We are the architects for the conversion of a palazzo in Triq il-Merkanti, Valletta, into a boutique hotel. The approved plans include the restoration of four existing timber balconies and two new ones to match, under Planning Authority and Superintendence of Cultural Heritage conditions.

We would be grateful if you could let us have:

1. ⟦your availability to survey the existing balconies in January;⟧
2. ⟦a fixed-price quotation for the restoration of the four and the construction of the two new ones;⟧
3. ⟦confirmation that you can work in the SCH-approved paint system (linseed oil paint, no acrylics).⟧

⟦Could you also confirm whether your firm holds public liability insurance of at least €2 million?⟧

Yours faithfully,
Perit Daniel Camilleri
Camilleri Zammit Architects
Valletta

DISCLAIMER: The contents of this email are confidential and intended for the named recipient only.""",
        [Y, N, Y, Y],
        ["when", "how much", "yes/no", "yes/no"],
        """Dear Perit Camilleri,

Thank you for the invitation. Joseph can survey the balconies on Tuesday 12 January or Thursday 14 January, whichever suits the site. Linseed oil paint is our standard on heritage work; our last three SCH jobs, in Valletta and Mdina, were all done in it.

Our public liability cover is €2.5 million, and I attach the certificate.

We will send the fixed-price quotation once the survey is done.‸

Yours faithfully,
Marthese Borg""",
    ),
    case(
        """Good evening,

I came back from Sicily today and found the balcony painted light blue. We agreed on the dark green, the same as my grandfather's; it is even written on the estimate you gave me in September. The neighbours are already laughing.

⟦I want it repainted in the correct green, at your cost, before Christmas.⟧ ⟦How could this happen?⟧ And ⟦I don't want to pay the balance until it is done.⟧

Regards,
Raymond Vella
Birkirkara""",
        [Y, Y, Y],
        ["request", "how", "request"],
        """Dear Mr Vella,

You are right, and I apologise. The estimate says dark green, RAL 6005, but the painter was working from the wrong job sheet, for a house in Qormi that wanted blue. That is our mistake and nobody else's.

Our painter will be with you on Monday 14 December to repaint it in the green at no cost to you, and it will be finished by Thursday. Of course the balance can wait until you are happy with it.

Regards,
Joseph Borg""",
    ),
    case(
        """Dear Marthese,

⟦The Friends of Old Żebbuġ would like to bring about 25 members to see the workshop one Saturday in February, ideally the 20th.⟧ Many of our members are elderly, so ⟦is the workshop accessible without steps?⟧ We would be happy to make a donation to a cause of your choice. ⟦Would Mr Borg be willing to say a few words about how a gallarija is made⟧ (fifteen minutes would be plenty)?

Kind regards,
Antoinette Farrugia
Secretary, Friends of Old Żebbuġ""",
        [Y, N, Y],
        ["request", "yes/no", "yes/no"],
        """Dear Antoinette,

We'd be delighted to have the Friends here. Saturday 20 February is fine; shall we say 10 o'clock? Joseph will gladly talk about how a gallarija is made, from the timber to the last coat of paint, and he'll probably go on for longer than fifteen minutes!‸

Kind regards,
Marthese""",
    ),
    # --- Corrin's Kipper House (oak-smoked kippers and salmon, shop and mail order; Peel, Isle of Man)
    case(
        """Hiya,

Had your kippers at the TT in June and I've thought about them ever since. ⟦Can you post a box to Harrogate for Christmas⟧, and ⟦what's the last day to order so they get here in time?⟧ Also ⟦do they freeze ok, as there's only the two of us.⟧

Ta,
Steve Marsden

Sent from my iPhone""",
        [Y, Y, Y],
        ["yes/no", "when", "yes/no"],
        """Hi Steve,

Glad they stayed with you! We post all over the UK, next-day tracked, in chilled boxes. For Christmas the last day to order is Friday 18 December, and we'll send them out on Monday the 21st.

They freeze very well for up to three months. Wrap each pair in cling film and thaw them overnight in the fridge.

All the best,
Juan Corrin
Corrin's Kipper House, Peel""",
    ),
    case(
        """Juan,

Following the trial box, we'd like to put Manx kippers on the brunch menu from the new year. ⟦We'll need 40 pairs a week, delivered Thursday mornings to the restaurant on Bold Street.⟧ ⟦Can you do that on the Steam Packet freight⟧ - and ⟦what's the trade price per pair?⟧ ⟦We'll also want them filleted and boned⟧, the kitchen hasn't got time.

Cheers,
Tom Kerrigan
Head Chef, The Pier Head Kitchen, Liverpool

-----Original Message-----
From: Juan Corrin <juan@corrinskippers.example.im>
Sent: 26 November 2026 16:40
To: Tom Kerrigan
Subject: Trial box

Tom, the trial box goes on tomorrow's boat. Let me know what the kitchen thinks.""",
        [Y, Y, Y, N],
        ["request", "yes/no", "how much", "request"],
        """Tom,

Great to hear the kitchen liked them.

40 pairs every Thursday is no problem. They'll go over on the Wednesday night freight sailing, and our courier in Liverpool will have them at Bold Street before 9. The trade price is £4.20 a pair, whole.‸

Juan""",
    ),
    case(
        """Dear Juan,

I grew up in Peel, and my dad used to take me down to the smokehouse on a Saturday morning to buy kippers for breakfast, so you can imagine how much I miss them out here in Perth. My son is coming home to the Island in January and I'd love him to bring some back in his suitcase, or, ⟦failing that, can you post a box to Western Australia?⟧ ⟦If not, why not?⟧ And ⟦is the smokehouse still open to visitors?⟧ He'd love to see it.

Fondest regards,
Moira Kinvig (née Kelly)

Sent from my iPhone""",
        [Y, Y, Y],
        ["yes/no", "why", "yes/no"],
        """Dear Moira,

What a lovely memory. The smokehouse is just as you'll remember it, and your son will be very welcome: we're open to visitors Monday to Saturday, 10 till 4, and if he asks for me I'll show him the kilns.

I'm afraid we can't post to Australia. Fish products need an import permit and certified processing that a small smokehouse can't provide, and a box would be stopped and destroyed in Perth.

Warm regards,
Juan Corrin""",
    ),
    case(
        """moghrey mie Juan 🐟 ⟦u open boxing day⟧ mum wants kippers for the family do. ⟦can u keep 6 pairs back for me⟧ will pay on the day. and ⟦how much is the smoked salmon now⟧

Kirree

Sent from my iPhone""",
        [Y, N, N],
        ["yes/no", "request", "how much"],
        """Moghrey mie Kirree,

We're closed on Boxing Day 🎄 but open on Christmas Eve until 1 and again from Monday 28th.‸

Juan""",
    ),
    case(
        """Hello,

Our Christmas gift box of kippers arrived in Norwich today, two days late according to the tracking, and the ice packs were completely melted. The box was warm and the fish smelled off, so I threw them away. It was a present for my father-in-law and it cost £38.

⟦I'd like a full refund, please, including the delivery.⟧ ⟦Can you also tell me whether the courier will be chased about this?⟧

Regards,
Helen Briggs""",
        [Y, N],
        ["request", "yes/no"],
        """Dear Helen,

I'm very sorry. You did the right thing throwing them away; fish that arrives warm shouldn't be eaten.

I've refunded the full £38, delivery included, to your card this afternoon.‸

Kind regards,
Juan Corrin""",
    ),
    # --- Vanua Yaqona Traders (kava, waka and lawena, retail, wholesale and export; Suva, Fiji)
    case(
        """bula mere 🌿 ⟦how much for 2kg waka pounded⟧ ⟦can send to akl⟧ my cousin says nz customs ok for kava if its declared. ⟦how long it takes⟧ ⟦need it for a church kava session on 9 jan⟧

vinaka
Jone

Sent from my iPhone""",
        [Y, Y, N, N],
        ["how much", "yes/no", "when", "request"],
        """Bula Jone 🌿

2 kg of pounded waka is FJ$190. Yes, we send to Auckland every week; it goes declared, with the biosecurity papers, so customs won't stop it.‸

Vinaka,
Mere""",
    ),
    case(
        """Dear Ms. Vakaloloma,

I serve as treasurer of the Fijian Methodist congregation in West Sacramento. Our members currently buy kava from a store in Hayward, but the quality has been poor, and the congregation has asked me to find a direct supplier for our monthly gatherings.

⟦Could you let us know whether you ship to California⟧, ⟦what the price would be for 20 kg of lawena (ground root) each quarter⟧, and ⟦whether the shipments come with the paperwork that US customs and the FDA require?⟧ ⟦We would prefer to pay by wire transfer in US dollars.⟧

Yours in Christ,
Semisi Naulivou
Treasurer, West Sacramento Fijian Methodist Church""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "yes/no", "request"],
        """Dear Mr Naulivou,

Bula vinaka, and thank you for your letter.

We ship to California several times a year, mostly to churches and clubs in the Bay Area and around Sacramento. Each shipment goes with a commercial invoice, a phytosanitary certificate and our FDA food facility registration number, and we file the prior notice before it flies, so it clears without trouble.‸

Payment by wire in US dollars is fine; our bank details are on the attached sheet.

Vinaka vakalevu,
Mere Vakaloloma
Vanua Yaqona Traders, Suva""",
    ),
    case(
        """Namaste Mere ji,

This is Ravinesh Prasad of Prasad's Mini Mart, Lautoka. Customers are asking for kava more and more, so I want to start stocking your 500 g packets. ⟦What is your wholesale price for 50 packets⟧ and ⟦can you give 30 days credit like the other suppliers?⟧ Also ⟦please tell me which is the better seller, the waka or the lawena⟧, I don't drink it myself so I don't know.

⟦Delivery to Lautoka is needed by the 18th because of the Christmas rush.⟧

Thanks
Ravinesh""",
        [Y, N, Y, Y],
        ["how much", "yes/no", "which", "request"],
        """Namaste Ravinesh,

Thank you for thinking of us. For 50 packets of 500 g we charge FJ$38 a packet wholesale, FJ$1,900 in all.‸ Most shops on the west side sell two lawena for every waka, because it is cheaper and easier to mix, but your older customers will ask for waka.

Our carrier goes to Lautoka on Wednesday 16 December, so the order will be with you before the 18th.

Regards,
Mere""",
    ),
    case(
        """Hi Mere,

Thanks for the quick reply yesterday. A few more questions about the sevusevu before our village stay in Navala:

- ⟦where in Suva is your shop⟧ (we'll be staying near the museum)
- ⟦how do we present the bundle to the chief⟧, and ⟦is there something we should say?⟧
- ⟦is 1 kg of waka enough for a family of four, or is that too much?⟧

Cheers,
Hana Walker
Christchurch

On Wed, 9 Dec 2026 at 11:02, Mere Vakaloloma <mere@vanuayaqona.example.fj> wrote:
> Hi Hana,
> Yes, we sell sevusevu bundles of waka wrapped in newspaper and tied with ribbon. Do you know which village you will visit?
> Mere""",
        [N, Y, Y, Y],
        ["where", "how", "yes/no", "yes/no"],
        """Hi Hana,

Our shop is easy to find; most taxi drivers in Suva know it.‸

Half a kilo of waka is plenty for a family visit; 1 kg is usually given by a bigger group or for a special occasion.

When you arrive, your guide or host will take you to the chief's house. Sit cross-legged on the mat with the bundle in front of you, and your host will speak for you and present it. You only need to clap three times when it is accepted and say "vinaka".

See you soon,
Mere""",
    ),
    case(
        """Mere,

The 5 kg lawena I got from you last month has gone mouldy, green fuzz through the whole bag, and I only opened it a week ago. This is the first time this has happened with your kava.

⟦I want either a replacement or my money back.⟧ ⟦What happened to it?⟧ ⟦Was it dried properly?⟧

Seru Ratu
Liverpool NSW

Sent from my Samsung Galaxy smartphone.""",
        [N, Y, Y],
        ["request", "why", "yes/no"],
        """Bula Seru,

I'm really sorry. Mould means moisture got in somewhere, and that shouldn't happen in a sealed bag.

Every batch is sun-dried and then oven-dried to below 12% moisture before packing, and the batch your bag came from tested at 9%. Most likely the seal was damaged in transit, or the bag was kept somewhere humid after opening.‸

Vinaka,
Mere""",
    ),
    # --- Mangal Bazaar Singing Bowls (hand-hammered bronze singing bowls, matching and export; Patan, Lalitpur, Nepal)
    case(
        """Hi Suman,

I'm a sound therapist in Ojai and I've been using two of your hand-hammered bowls in my sessions for about three years now. My clients always ask about them. I'm expanding my practice with group sound baths next spring and I'd love to order a matched set of seven.

⟦Could you tell me if the bowls can be matched to the chakra notes (C, D, E, F, G, A, B)?⟧ I know that hand-hammered bowls aren't tuned like instruments, so I'd understand if not. Also, ⟦what would a set of seven in the 20-30 cm range cost, shipped to California?⟧ And I'm curious - ⟦how are the bowls actually made?⟧ ⟦Are they really the seven-metal alloy people talk about?⟧

Warmly,
Jade Morrison
Ojai, CA

On 2 Nov 2026, at 08:14, Suman Shakya <suman@mangalbazaarbowls.example.np> wrote:

> Dear Jade, thank you for the photos of the bowls in your studio. Is there anything else you need from us this season?""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "how", "yes/no"],
        """Hi Jade,

Lovely to hear the bowls are still singing in Ojai.

Yes, we can match a set of seven to those notes. We pick each bowl from our finished stock with a tuner and then hammer it lightly to bring it closer, so each one is within a few cents of its note, though never as exact as a piano.

Our bowls are hand-hammered from bronze, about 78% copper and 22% tin. The metal is heated in a charcoal fire and beaten by three men in turn until the shape and the voice are right. The seven-metal story is mostly told to tourists; we don't add silver or gold.

For seven bowls that size, shipping to California is the biggest part of the cost, and I am still waiting for rates from our cargo agent.‸

Warmly,
Suman Shakya
Mangal Bazaar Singing Bowls, Patan""",
    ),
    case(
        """Dear Mr Shakya,

We are a yoga studio in Berlin-Kreuzberg and would like to order 12 singing bowls (medium size, about 15 cm) with cushions and wooden strikers for our new meditation room, which opens on 1 March.

Please let us know:
1. ⟦Do you ship by air or by sea⟧, and ⟦how long does it take to Germany?⟧
2. ⟦Are there extra costs for import into the EU that we must pay?⟧
3. ⟦Can the invoice be in the name of the studio with our VAT number?⟧

Many thanks and Namaste,
Katharina Vogel
Lichtraum Yoga, Berlin

DISCLAIMER: This e-mail may contain confidential information. If you are not the intended recipient, please inform the sender.""",
        [Y, Y, Y, Y],
        ["which", "when", "yes/no", "yes/no"],
        """Dear Katharina,

Namaste, and thank you for your order.

We send orders of this size by air cargo to Frankfurt. It takes 7 to 10 days from Kathmandu, and from there DHL delivers to Kreuzberg in two more. The invoice will be made out to the studio with your VAT number.

When the bowls arrive in Germany, customs will charge import VAT and possibly a small duty, which DHL collects from you before delivery; the amount depends on the value of the parcel.

With regards,
Suman Shakya
Mangal Bazaar Singing Bowls, Patan""",
    ),
    case(
        """Dear Suman ji,

Well received, thank you. The bowls are now in the spa and the guests are very happy with them. Our accounts section will settle the invoice this week.

Best regards,
Anjali Rana
Spa Manager, Hotel Himalayan Court, Kathmandu

CONFIDENTIALITY: This email is intended for the named recipient only. If you have received it by mistake, please notify the sender and delete it.""",
        [],
        [],
        """Dear Anjali ji,

Thank you, it is good to know the guests are enjoying them. Please call me if any bowl ever needs re-tuning; we do it free for the first year.

With regards,
Suman""",
        quoted_only=True,
    ),
    case(
        """Respected Suman ji,

Namaste. The consignment of 40 bowls reached our shop in Rishikesh on Monday via the Sonauli border. Kindly note that 3 bowls are cracked near the rim and one is making a buzzing sound. This is very disappointing as the season has started.

⟦Kindly send 4 replacement pieces with the next consignment.⟧ Also ⟦advise whether we should return the damaged ones or destroy them.⟧ ⟦Who will bear the transport cost for the return, if required?⟧

Regards,
Vikas Bhatt
Om Sound Emporium, Rishikesh""",
        [Y, N, N],
        ["request", "which", "which"],
        """Dear Vikas ji,

Namaste. I am very sorry about the cracked bowls; this should not happen. The cracks come from the cold, as the truck waited two nights at the border in the frost.

Four replacement bowls will go with the next consignment on 5 January, and I will check each one myself.‸

Regards,
Suman Shakya""",
    ),
    case(
        """Dear Suman,

Just a short note from Munich to say thank you. The bowl you chose for me in October sits on my desk and I play it every morning before work. Who would have thought a small piece of bronze could change my mornings so much?

With warm greetings,
Tobias Lehner""",
        [],
        [],
        """Dear Tobias,

Thank you for your kind note; it brightened our morning in Patan too. May the bowl keep singing for you for many years.

Warm regards,
Suman""",
    ),
]
