"""The cases of Tactful's questions held-out set 41 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout41.py turns them into the JSONL.

"Today" is Tuesday 9 February 2027. Fourteen invented businesses, five cases each, in this order: a
wooden jigsaw-puzzle workshop (Armenia), a sea-buckthorn farm (Latvia), a butterfly farm exporting
pupae (Costa Rica), a gum arabic exporter (Sudan), a natural-sponge merchant (Bahamas), a canyoning
guide (Dominica), an icon-painting workshop (Ethiopia), an ice-cream maker (Uruguay), a snail farm
(Moldova), a hand-made globe workshop (Luxembourg), a swiftlet bird's-nest house (Brunei), a piñata
workshop (Venezuela), a sand-bottle artist's shop (Jordan) and a Grand Prix terrace-hospitality company
(Monaco).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Kentron Puzzles (laser-cut wooden jigsaw puzzles; Yerevan, Armenia)
    case("""barev Anahit jan 🙂 ⟦u have the Ararat 1000 piece again or not yet⟧ 🧩 ⟦need 5 for the café on saturday⟧ ⟦how much for 5⟧

Sent from my iPhone""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """Barev Aram jan,

Yes 🙂 the Ararat 1000-piece is back since Monday - we cut a new batch last week. I have put 5 aside for your café for Saturday, you can collect from 10 in the morning.‸

Anahit"""),

    case("""Dear Anahit,

I hope the winter is kind to you in Yerevan. Here in Glendale it rained for three days and the shop was quiet, so I finally had time to go through the year. Your puzzles were our best gift item in 2026 by far, and the Matenadaran manuscript puzzle sold out twice before Christmas - the older customers buy it for their grandchildren and tell them about the letters while they put the pieces together.

For the spring, ⟦please quote for 120 Ararat puzzles and 80 Matenadaran puzzles, delivered to our shop in Glendale.⟧ A customer with a toddler asked me about the colours. ⟦Could you tell me whether the paint is water-based?⟧ I said yes, but I want to be sure before I put it on the shelf label.

Two more things. ⟦We will need the certificate of origin with the invoice this time⟧ - customs held our November boxes for a week without it. And ⟦how long does a shipment take to reach Los Angeles now?⟧ Easter is early this year. ⟦Could you also add 50 of the small keychain puzzles to the order?⟧

Warm regards,
Sona Hakobyan
Ararat Gifts, Glendale CA

From: Kentron Puzzles <orders@kentronpuzzles.example.am>
Sent: Monday, January 18, 2027 9:40 AM
To: Sona Hakobyan <sona@ararat-gifts.example.com>
Subject: Spring prices

Dear Sona, our new prices for 2027 are ready. Would you like us to send them?""",
         [Y, Y, Y, N, N], ["request", "yes/no", "request", "when", "request"],
         """Dear Sona,

Thank you for the kind words - the women who sand the pieces will be very happy to hear about the grandchildren.

Yes, all our paints are water-based, the same ones used for children's toys in the EU, and the wood is birch plywood with no varnish, so your label can say so with no worry.

For 120 Ararat puzzles and 80 Matenadaran puzzles, delivered to your shop in Glendale, the price is US$ 5,480, including air freight and insurance. The boxes can leave Yerevan next week.

The certificate of origin will travel with the invoice and the packing list, and I will email you a copy on the day the boxes leave. Our shipments to the US usually travel quickly.‸

With warm greetings from Yerevan,
Anahit Petrosyan
Kentron Puzzles"""),

    case("""Dear Anahit,

The parcel arrived in Marseille this morning and everything is perfect - not one piece missing, and the box smells of fresh wood. My mother spent the whole afternoon on the Ashtarak church puzzle and cried a little when the dome was finished; she says it is exactly the church of her aunt's village.

Thank you for the little card in Armenian too.

Bien à vous,
Liana Garabedian

On Wed, 3 Feb 2027 at 11:05, Kentron Puzzles <orders@kentronpuzzles.example.am> wrote:
> Dear Liana,
> Your parcel left Yerevan today with the Armenian post, tracking number RR 4471 0093 AM.
> Could you let us know when it arrives? The post to France has been slow this winter.
> Anahit""",
         [], [],
         """Dear Liana,

What lovely news to start the day with - thank you for letting me know, and please give your mother our warmest wishes. The Ashtarak church is one of our favourites to cut, so her aunt's village has a fan here too.

Whenever you need another puzzle, just write to me.

Anahit
Kentron Puzzles""",
         quoted_only=True),

    case("""Hello Anahit,

I have to complain about the puzzles that came on 28 January. Out of 40 boxes, 9 had pieces missing and in 6 more the pieces had warped so badly that they don't fit together any more. I cannot sell this. Do you even check the boxes before they leave?

⟦Why did this happen, when the order in October was perfect?⟧ ⟦I want a full credit for the 15 boxes⟧, and ⟦can you send replacements so they arrive before Easter?⟧ We sell most of our puzzles in the two weeks before Easter and I have nothing now.

Photos attached.

Garine Boyajian
Nor Hatz Books & Gifts, Toronto

Sent from my Samsung Galaxy""",
         [Y, Y, N], ["why", "request", "yes/no"],
         """Dear Garine,

I am very sorry - 15 boxes out of 40 is terrible, and the photos show it clearly.

Our forwarder has confirmed that your boxes waited four days in a damp, unheated warehouse in Montreal before the truck to Toronto. Plywood takes in water when it is cold and damp, and thin pieces bend; some boxes also split open on the wet pallet, which is where the missing pieces went. The October order went straight through, which is why it was fine.

I have credited the 15 boxes in full, US$ 420; the credit note is attached. We will send new boxes as soon as we can, and this time every box will be sealed in plastic.‸

With apologies,
Anahit Petrosyan
Kentron Puzzles"""),

    case("""Good morning,

We run five board-game shops in Warsaw and are looking for a puzzle maker from the Caucasus. A friend brought your Ararat puzzle from Yerevan and we liked it very much.

Could you send us the following:
- ⟦wholesale prices in EUR⟧
- ⟦lead time for 300 mixed puzzles⟧
- ⟦samples of the Garni temple and the pomegranate puzzles (we pay the courier)⟧
- ⟦whether your puzzles carry the CE mark⟧

⟦Which languages are on your boxes?⟧ We have to add a Polish sticker in any case.

Kind regards,
Magdalena Wrona
Purchasing, Kostka i Plansza sp. z o.o.""",
         [Y, Y, Y, N, Y], ["request", "when", "request", "yes/no", "which"],
         """Dear Magdalena,

Thank you for writing, and please thank your friend for carrying our Ararat to Warsaw.

Our wholesale price list in euros is attached. 300 mixed puzzles take about three weeks to cut and pack, and then six to eight days by truck to Poland. I will send samples of the Garni temple and the pomegranate puzzles by DHL on Thursday; you will receive the courier's invoice separately, as you suggested.

Every puzzle is cut from Finnish birch plywood, and our paints are water-based and non-toxic.‸

Our boxes are in Armenian, English and Russian, with space on the back for your Polish sticker.

Best regards,
Anahit Petrosyan
Kentron Puzzles"""),

    # --- Smiltenes Sēta (sea-buckthorn farm: juice, oil, frozen berries; near Rēzekne, Latvia)
    case("""sveiki Ilze 🧡 ⟦frozen berries still there or only juice now⟧ ⟦10kg to riga on friday possible⟧ paldies!!""",
         [Y, Y], ["which", "yes/no"],
         """Sveiki Marta,

We still have frozen berries, about 60 kg, and juice of course. Friday doesn't work - our van only goes to Riga on Thursdays - so I can bring your 10 kg on Thursday 11 February, before noon.

Ilze"""),

    case("""Dear Ilze Dzene,

Thank you for the price list, which our buyer has now reviewed. Before we place a first order, some questions from our product team.

⟦I was wondering whether your sea-buckthorn oil is pressed from the seeds or from the berry pulp, as our customers ask about this often.⟧ ⟦Could you tell us how many 50 ml bottles fit in one carton?⟧ ⟦We would also need the price for 300 bottles delivered to our warehouse in Vantaa.⟧ Finally, ⟦please send the laboratory analysis of the current batch.⟧

Best regards,
Aino Lehtonen
Product Manager, Terveyskeidas Oy

From: Ilze Dzene <ilze@smiltenesseta.example.lv>
Sent: Thursday, January 28, 2027 2:15 PM
To: Aino Lehtonen <aino.lehtonen@terveyskeidas.example.fi>
Subject: RE: Sea-buckthorn oil for Finland

Dear Aino, please find our 2027 price list attached. Let me know if you have any questions.""",
         [Y, Y, N, Y], ["which", "how much", "how much", "request"],
         """Dear Aino,

Thank you for the questions - they are the right ones to ask.

We make two oils. Our "Berry Oil" is pressed from the pulp and peel, which is why it is deep orange; our "Seed Oil" is pressed only from the seeds and is pale yellow. Both are cold-pressed on the farm. The price list shows them on separate lines.

One carton holds 24 bottles of 50 ml. The laboratory analysis of batch 2026-11 is attached; it was done by the Latvian food institute in December.

For the delivered price to Vantaa, I need to ask our transport company, as they changed their tariffs for Finland this year.‸

Ar cieņu,
Ilze Dzene
Smiltenes Sēta"""),

    case("""Hello,

I ordered six bottles of your sea-buckthorn juice from your website (order 2291) and they came yesterday. Two of the six bottles had lids that were domed up, and when I opened one it fizzed and tasted sour, almost like cider. I poured it away.

⟦Is it safe for my kids to drink the other four?⟧ They're 4 and 7 and they love the stuff. ⟦I'd like a refund for the two bad bottles please.⟧ And honestly, ⟦how does this even happen with juice?⟧

Thanks,
Becky Shaw
Leeds""",
         [N, Y, Y], ["yes/no", "request", "why"],
         """Dear Becky,

Thank you for telling us, and I am sorry your children missed two bottles of their favourite juice.

A domed lid means the juice inside has started to ferment. This happens when a lid does not close perfectly at bottling and a little air and yeast get in. Our juice is pasteurised and we add no preservatives, so it only keeps when the seal is perfect.‸

I have refunded the two bottles, £9.80, to your card today.

Best wishes,
Ilze Dzene
Smiltenes Sēta"""),

    case("""Dear Ilze,

It is almost a year since I stood in your field in the rain with my sous-chef, picking berries off the branches with frozen fingers, and I still think about that day. We came home to Copenhagen and built our whole winter dessert around your berries - the sea-buckthorn sorbet with brown-butter crumble - and it has been on the menu since October. Who would have thought a Latvian berry could become the most talked-about dish in the restaurant?

Now we want to plan properly for this year. ⟦I'd like to know if you could supply the berries frozen on the branch, because we want to serve them whole at the table for a new dish.⟧ We would also like to bring our whole kitchen team to the farm for the harvest at the end of August - ⟦would that be possible?⟧ Eight people, and we will work, not only watch - ⟦is there somewhere for all of us to sleep near the farm?⟧ And ⟦what would a kilo of frozen berries cost if we take 50 kg every month from September to March?⟧

With many thanks,
Mads Kjærgaard
Head chef, Restaurant Lyng""",
         [Y, Y, N, N], ["yes/no", "yes/no", "where", "how much"],
         """Dear Mads,

How good to hear from you - we still talk about the Danish chefs who picked in the rain without complaining.

We can freeze the berries on short pieces of branch, about 15 cm long. We did this last year for a bakery in Riga and it worked well, though it needs a deep freezer and careful packing, so we would do it in the autumn.

Your whole team is very welcome at the end of August. The harvest starts around 20 August, and there is work for eight people, believe me. My mother will cook lunch for everyone.

Our prices for the new harvest are set in July, after we see how the bushes look.‸

Ar cieņu,
Ilze"""),

    case("""Labdien Ilze,

⟦Starting from March we will need 40 bottles of juice and 10 bottles of oil for the spa every month.⟧ ⟦Please confirm the price per bottle for this quantity.⟧ The January delivery came without an invoice - ⟦can you send it again?⟧ Our accountant is waiting. Also, on delivery days the car park is full after 10 (⟦could your driver come before 10?⟧).

Paldies,
Laura Ozola
Spa manager, Hotel Jūrmalas Priedes""",
         [Y, Y, Y, N], ["request", "request", "request", "yes/no"],
         """Labdien Laura,

Thank you, we are glad the spa guests like the juice.

We can deliver 40 bottles of juice and 10 bottles of oil every month from March, and for this quantity the price is €3.90 per bottle of juice and €11.50 per bottle of oil, and delivery is free. I have attached the January invoice, number 2027-014, and sent a copy to your accountant too.

Our driver plans his route on the morning of the trip and usually comes to Jūrmala in the morning.‸

Ar cieņu,
Ilze Dzene
Smiltenes Sēta"""),

    # --- Mariposario Río Sarapiquí (butterfly farm exporting pupae; Sarapiquí, Costa Rica)
    case("""Hi Karla,

Just to say the box landed at Heathrow on time and 97 of the 100 pupae have already emerged. The blue morphos are flying in the rainforest room and the visitors can't stop taking photos. The whole team is delighted.

Cheers,
Tom Whitfield
Head Keeper, Wyebank Butterfly House

From: Karla Jiménez <karla@mariposario-sarapiqui.example.cr>
Sent: Tuesday, February 2, 2027 8:10 AM
To: Tom Whitfield <tom@wyebankbutterflies.example.co.uk>
Subject: Shipment 05/2027

Hi Tom, your box leaves San José tonight on the Madrid flight. Please send us the emergence count when you have it, so we can update our records.
Karla""",
         [], [],
         """Hi Tom,

Pura vida - 97 out of 100 is a very good week, thanks for the count. I've put it in our records, and Don Esteban says the morphos were especially strong this month.

Next box leaves on Monday as usual.

Karla Jiménez
Mariposario Río Sarapiquí""",
         quoted_only=True),

    case("""hola Karla 🦋 ⟦can my 4th grade come visit the farm on the 19⟧ we r 28 kids + 3 teachers ⟦how much per kid⟧ 😅 ⟦can we eat our lunch there⟧ ⟦where does the bus park⟧ tuanis""",
         [Y, Y, Y, Y], ["yes/no", "how much", "yes/no", "where"],
         """Hola profe Andrea,

Con gusto! Friday 19 February is free in the morning, so we can receive your group from 9:00 until 12:00. For schools we charge ₡2,000 per child, and the teachers come free. There are picnic tables under the roof by the river, so the kids can eat their lunch there even if it rains. The bus can park in our lot next to the main gate.

Pura vida,
Karla"""),

    case("""Dear Karla,

I'm writing from the Brazos Valley Zoo, where our new tropical conservatory is finally going to open this spring after three years of fundraising, one flood and two changes of architect. I'm the curator for invertebrates, which mostly means I have spent the winter planting passion vines and arguing with contractors about humidity.

The beds are mostly passion vines for now, so ⟦I wonder whether you could send only Heliconius species for the first month⟧ while the other host plants grow in. Our USDA permit is strict about arrivals, and the inspectors at DFW only work weekdays, so ⟦please make sure no box lands on a Saturday or Sunday.⟧ ⟦I've also been asked by our director how many pupae you lose on average in transit, because she wants to plan the budget.⟧ ⟦We'll need your export permit number for our paperwork by the end of the month.⟧

We're hoping to open on Saturday 10 April, and I'd love the first butterflies to be flying by then.

Best,
Dr. Renee Kowalski
Curator of Invertebrates, Brazos Valley Zoo

Sent from my iPad""",
         [Y, Y, N, Y], ["yes/no", "request", "how much", "request"],
         """Dear Dr. Kowalski,

Congratulations on the conservatory - three years and two architects sounds like it deserves a very good opening.

We can send only Heliconius for the first month: postman, zebra longwing and Doris, about 60 pupae a week between them. All our boxes fly on Monday night and reach Houston or Dallas on Tuesday, so nothing will land on a weekend.

Transit losses depend a lot on the weather and the connections, and our packing is very careful.‸

Our export permit from SINAC is number ACG-0387-2026, valid until December; I've attached a copy so you have it for your paperwork.

Saludos,
Karla Jiménez
Mariposario Río Sarapiquí"""),

    case("""Dear Karla,

Shipment 04/2027 arrived on Thursday and it was a disaster. Of the 200 pupae, 64 had already emerged inside the box and were dead, and another 20 were black. This is the worst box we have had from you in four years.

⟦We expect a credit for the 84 pupae.⟧ ⟦What will you change so this does not happen again?⟧ ⟦We would also like the next shipment sent by express courier instead of air cargo.⟧

Met vriendelijke groet,
Joost van Leeuwen
Vlindertuin De Hortus, Leiden

On Fri, 29 Jan 2027 at 17:40, Karla Jiménez <karla@mariposario-sarapiqui.example.cr> wrote:
> Hola Joost, your box is on the KLM flight tonight, arriving Amsterdam Saturday morning.""",
         [Y, Y, N], ["request", "how", "request"],
         """Dear Joost,

I am so sorry. After four good years, this box should never have happened, and I understand your anger.

The flight was delayed for 52 hours in Panama and the box sat in a warm cargo shed there; at that temperature the pupae emerge early. You will see a credit of US$ 336 for the 84 pupae on your next invoice.

From now on we will only book direct flights to Amsterdam, even if it means shipping one day later in the week, and we will put a temperature logger in every box, so we can see where things go wrong.‸

Con mucho respeto,
Karla Jiménez
Mariposario Río Sarapiquí"""),

    case("""Hello Karla,

We're opening a small butterfly house at our garden centre near Perth in April and a colleague at Wyebank gave us your name.

Could you quote for the following, weekly from the start of April:
• ⟦50 blue morpho (Morpho peleides)⟧
• ⟦30 owl butterflies (Caligo memnon)⟧
• ⟦20 postman (Heliconius melpomene), if you have them⟧

⟦Do you give a discount for a twelve-month contract?⟧ ⟦Which airline would you use for Edinburgh?⟧ It's a long way from Costa Rica, I know! ⟦How long do the pupae take to emerge once they arrive?⟧

Many thanks,
Fiona MacLeod
Tayside Garden Centre""",
         [Y, Y, Y, N, Y, N], ["request", "request", "request", "yes/no", "which", "when"],
         """Hello Fiona,

Thank you for writing, and greetings to Tom at Wyebank.

Our weekly prices from April, packed and delivered to Edinburgh airport, are:
• Blue morpho: US$ 3.20 per pupa, so US$ 160 for 50
• Owl butterfly: US$ 2.90 per pupa, so US$ 87 for 30
• Postman: US$ 2.40 per pupa, so US$ 48 for 20 - yes, we have them all year

For a twelve-month contract we will be happy to talk about the price once the first months go well.‸

We fly with KLM to Amsterdam and then on to Edinburgh, the same route we use for Wyebank; the boxes arrive on Wednesday mornings.

Pura vida,
Karla Jiménez
Mariposario Río Sarapiquí"""),

    # --- Kordofan Gum Trading Co. (gum arabic exporter; El Obeid, Sudan)
    case("""Dear Mr Elamin,

Thank you for the three samples of hashab gum, which arrived today in good order. Our laboratory will test them next week and I will send you the results.

Best regards,
Katrin Vogt
Ingredients Purchasing
Hanseatische Rohstoff GmbH, Hamburg

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.""",
         [], [],
         """Dear Ms Vogt,

Thank you for letting us know the samples arrived safely. We will wait for your laboratory's results.

Ramadan Kareem from El Obeid.

Best regards,
Mohamed Osman Elamin
Kordofan Gum Trading Co.""",
         quoted_only=True),

    case("""salam ya Mohamed 🙏 ⟦the 2 containers ready for loading sunday⟧ ⟦send me packing list today⟧ ship leaves tuesday inshallah""",
         [Y, Y], ["yes/no", "request"],
         """Wa alaikum salam Hassan,

Both containers are loaded and sealed. The truck leaves El Obeid on Thursday night and will reach the port on Saturday, so they are ready for loading on Sunday. The packing list is attached, with the seal numbers.

Mohamed"""),

    case("""Dear Sir,

With reference to our enquiry for gum arabic for our tablet-coating line, please find our questions below.

⟦We will need the certificate of analysis for each lot before shipment.⟧ ⟦Could you tell us whether the gum is hand-picked hashab (Acacia senegal) or mixed with talha?⟧ ⟦Kindly confirm the price per MT for 40 MT CIF Nhava Sheva⟧ and ⟦the payment terms.⟧

Thanking you,
Rajesh Kulkarni
Senior Manager, Procurement
Suryodaya Pharma Ltd., Pune

From: Kordofan Gum Trading Co. <export@kordofangum.example.sd>
Sent: Wednesday, January 27, 2027 11:30 AM
To: Rajesh Kulkarni <r.kulkarni@suryodayapharma.example.in>
Subject: Gum arabic - offer

Dear Mr Kulkarni, thank you for your interest. Please let us know the grade and the quantity you need.""",
         [Y, Y, N, Y], ["request", "which", "how much", "which"],
         """Dear Mr Kulkarni,

Thank you for your questions.

Every lot will have its certificate of analysis from the Sudanese Standards laboratory, and we will email it to you before the lot is loaded. Our gum is 100% hand-picked hashab from North Kordofan; we do not buy or mix talha at all.

The market for hashab is moving a lot this month, with the new season's gum still coming from the gardens, so we will confirm the CIF price for 40 MT after the first auctions in El Obeid.‸ Our payment terms are an irrevocable letter of credit at sight, or 30% advance and 70% against documents.

Best regards,
Mohamed Osman Elamin
Kordofan Gum Trading Co."""),

    case("""Dear Mr Elamin,

The two tonnes of "cleaned amber" gum we received last week are full of bark and sand. My staff spent a whole day sieving one bag and lost almost a fifth of it. This is siftings, not cleaned grade. Is this how you treat a new customer?

⟦We want you to either take the bags back at your cost or give us a 40% discount.⟧ ⟦Please send us the photographs of the lot before it was loaded.⟧ And ⟦who checked this shipment in El Obeid?⟧

Cordialement,
Hélène Barbier
Confiserie Barbier, Lyon""",
         [N, Y, Y], ["which", "request", "which"],
         """Dear Madame Barbier,

I am very sorry. This is not the gum we wanted to send you, and I understand how angry you must be after a day of sieving.

The photographs of your lot, taken in our store before loading, are attached. The shipment was checked by our quality man, Abdelrahim Musa, who has worked with us for eleven years; I have asked him to explain to me in writing how this lot passed.

We are looking at what we can do to make this right for you.‸

With apologies,
Mohamed Osman Elamin
Kordofan Gum Trading Co."""),

    case("""Dear Mr Elamin,

My name is Dana Ruiz and I make small-batch sodas in Portland, Oregon - ginger, hibiscus, and a kola that my grandfather used to make in his pharmacy in the 1950s. His notebook says "gum arabic, Kordofan, best quality only", underlined twice, so when I found your company I felt I had to write to you directly instead of buying from a distributor.

We are tiny, and at the moment we use maybe 100 kg a year. ⟦I'd like to know whether you ever sell quantities that small, or whether that's silly for an exporter.⟧ I also read that some gum is now spray-dried into powder, which would be much easier for us to dissolve - ⟦is that something you can supply?⟧ And if you can't sell to us directly, ⟦could you recommend an importer in the US who buys your gum?⟧

I know it's Ramadan and you must be very busy, so no rush.

With respect,
Dana Ruiz
Ruiz & Daughter Sodas""",
         [Y, N, Y], ["yes/no", "yes/no", "request"],
         """Dear Dana,

What a beautiful story - your grandfather knew his gum, and we are honoured that his notebook brought you to us.

Honestly, 100 kg is too small for us to ship from Sudan; our smallest lot is one tonne, because the export papers cost the same for any size. But you can buy our gum in small bags from Gum Source Inc. in New Jersey, who take several containers from us every year. Ask for Mr. Farouk, and tell him I sent you.

Raw gum dissolves well if you crush it and leave it in water overnight.‸

With best wishes for your sodas,
Mohamed Osman Elamin
Kordofan Gum Trading Co."""),

    # --- Andros Sponge Co. (natural sponges from the Andros banks; Nassau, Bahamas)
    case("""mornin Shanice 🧽 ⟦y'all have the wool sponges in small⟧ ⟦need 30 for the gift shop by thurs⟧ ⟦how much dey is now⟧""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """Morning Miss Deveaux,

Yes, we have plenty of small wool sponges from the last trip to Andros 👍 I've put 30 aside for you, and Marco will drop them at the gift shop on Thursday before 10.‸

Shanice"""),

    case("""Dear Mr Rolle,

I hope this finds you well, and not too busy after the Christmas rush. Our shop in Camden has sold your sponges for six years now, and I have to tell you that they have become something of a cult object among the potters who come in. They will stand at the counter comparing elephant ears like other people compare wine. Who knew potters could be so particular about sponges?

We are now putting together our spring catalogue and I want to describe them properly. ⟦Could you tell us whether the silk sponges are bleached in any way?⟧ Several of our customers have asked, and I did not want to guess. ⟦I'd also be grateful to know the size range of the elephant-ear sponges⟧, as we would like to sell them in two sizes this year.

Finally, ⟦please send a pro forma invoice for 500 silk sponges and 200 elephant ears⟧ so that I can arrange payment before the end of our financial year. ⟦Do you still offer free shipping on orders over £1,000?⟧

With best wishes,
Imogen Barraclough
Barraclough & Finch Art Supplies, London""",
         [Y, Y, N, N], ["yes/no", "how much", "request", "yes/no"],
         """Dear Ms Barraclough,

Six years already - thank you, and please tell the potters of Camden that the divers of Andros are proud of them.

Our silk sponges are never bleached. They are washed in sea water, dried in the sun on the dock and trimmed by hand, and the pale colour is natural.

The elephant ears run from about 4 inches to about 9 inches across. For two sizes in your catalogue, I would suggest "small" for 4 to 6 inches and "large" for 6 to 9 inches; that is how we grade them anyway.

I will send the pro forma once we have graded the sponges from the new trip.‸

Kind regards,
Cedric Rolle
Andros Sponge Co."""),

    case("""Hey Cedric,

Got the box today. Perfect, as always - the students are already fighting over the elephant ears.

Thanks!
Molly
Blue Ridge Clay Studio, Asheville

On Mon, Feb 1, 2027 at 10:22 AM Andros Sponge Co. <orders@androssponge.example.bs> wrote:
> Hi Molly,
> Your order shipped today by USPS Priority Mail.
> Can you let us know if the elephant ears are the right size this time?
> Cedric""",
         [], [],
         """Hi Molly,

Glad to hear it - and glad the size is right this time. Tell the students there are plenty more where those came from.

Cedric
Andros Sponge Co.""",
         quoted_only=True),

    case("""Cedric,

The last shipment of sheep's wool sponges (invoice 4417) smells like low tide, and two of the bags had sand in the bottom. We use these for facials. I cannot put a sponge that smells like that on a client's face.

⟦I need you to replace all 100⟧ and ⟦refund the $48 shipping.⟧ ⟦When can the replacements be here?⟧ We have a wedding party booked for the whole spa on the 20th.

Tamara Greene
Owner, Saltwater Day Spa
Fort Lauderdale, FL""",
         [Y, N, Y], ["request", "request", "when"],
         """Dear Tamara,

I am very sorry - you are right, and a facial sponge must smell of nothing.

That lot came in during a week of heavy rain and did not dry properly on the dock before packing. We will replace all 100 sponges with wool sponges from the February trip, which are fully dry and rinsed twice. They will go out by FedEx 2Day on Thursday 11 February, so you will have them by Saturday, in plenty of time for the wedding party.‸

Please throw away the old ones, there is no need to send them back.

With apologies,
Cedric Rolle
Andros Sponge Co."""),

    case("""Hello,

We're a clean-beauty brand in Chicago and we're developing a natural makeup sponge for our spring line. We'd love to work with a real Bahamian supplier. Could you send us:

1. ⟦Price per dozen for small silk sponges (2-3 inches)⟧
2. ⟦Whether you can cut them to one uniform size⟧
3. ⟦Your minimum order⟧
4. ⟦Samples (happy to pay)⟧

Our launch is set for May - ⟦can you ship 5,000 pieces by April 15?⟧

Thank you!
Priya Natarajan
Sourcing Lead, Lumen Skin Co.""",
         [Y, Y, Y, N, Y], ["how much", "yes/no", "how much", "request", "yes/no"],
         """Hi Priya,

Thank you for thinking of us for your spring line.

Small silk sponges of 2 to 3 inches are US$ 38 per dozen. We don't cut them to one size - each sponge grows in its own shape, and cutting damages the soft edge that makes them good for makeup - but we can grade them so every sponge in a box is within half an inch of the others. Our minimum order is 25 dozen.

5,000 pieces by April 15 is more than the divers can bring in by then. We can ship 3,000 by April 15 and the remaining 2,000 by May 10, if that works for your launch.‸

Best regards,
Shanice Rolle
Andros Sponge Co."""),

    # --- Waitukubuli Canyon Guides (guided canyoning in the gorges; Laudat near Roseau, Dominica)
    case("""hi 🧗 ⟦do u have space for 4 people on thursday⟧ our ship is in port 8am-5pm ⟦what time do we get back⟧ ⟦can we pay cash usd⟧ ⟦where do we meet u⟧""",
         [Y, Y, Y, Y], ["yes/no", "when", "yes/no", "where"],
         """Hi Carla,

Yes, we have 4 places for you on Thursday's canyon trip. Our van picks you up at the Roseau cruise pier at 9:00 and brings you back there by 2:00, so you have plenty of time before your ship sails. Cash in US dollars is fine, US$ 95 per person, with the wetsuit, helmet and harness included.

See you Thursday,
Keisha
Waitukubuli Canyon Guides"""),

    case("""Hi Keisha,

Forwarding this from our travel agent for your records - we're the group of 12 on Wednesday 24 February.

Best,
Gareth Price

---------- Forwarded message ---------
From: Sunlit Isles Travel <bookings@sunlitisles.example.co.uk>
Date: Mon, 8 Feb 2027 at 14:02
Subject: Dominica itinerary - Price group
To: Gareth Price <gareth.price@example.com>

Dear Gareth,
Your itinerary is attached. Please bring the deposit receipt for the canyoning company on the day.
Could you also confirm any dietary requirements for the lunch at Scotts Head?
Kind regards, Sunlit Isles""",
         [], [],
         """Hi Gareth,

Thank you, we have the booking for 12 on Wednesday 24 February, deposit received. Our van will collect the group from your hotel at 8:30; please wear shoes that can get wet.

Keisha
Waitukubuli Canyon Guides""",
         quoted_only=True),

    case("""Dear Keisha,

I teach geography at a sixth-form college in Bristol, and for the last two years our students have been studying volcanic islands - they can tell you more about Dominica's rivers than about the ones at home, which are admittedly less exciting. This year, after a lot of fundraising (cake sales, a sponsored swim and one very long raffle), we are finally bringing sixteen of them to Dominica in the Easter holidays, with two teachers.

⟦I was wondering whether you could take our group on a private canyon trip during the week of 29 March⟧, and ⟦whether there is a discount for schools.⟧ The students keep asking me one thing, so I promised to pass it on: ⟦what happens if it has rained and the river is too high?⟧ Our head also insists on paperwork: ⟦could you send us your risk assessment and your insurance certificate?⟧

With many thanks,
Helen Okafor
Head of Geography, Redland Sixth Form College""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "how", "request"],
         """Dear Helen,

What a wonderful group - students who know our rivers before they arrive are our favourite kind of guest.

Yes, we can take your group on a private trip that week. Tuesday 30 March or Wednesday 31 March would be best, as Easter Monday is a busy day in the gorges. For schools we give 20% off, so the trip for 18 people comes to US$ 1,368 instead of US$ 1,710.

If the river is too high after rain, we never go in. We move the trip to another day of your stay, or, if there is no other day, we take the group to the hot springs at Wotten Waven and refund the difference.

Our office will take care of the paperwork for your head.‸

Warm regards,
Keisha Laurent
Waitukubuli Canyon Guides"""),

    case("""Hello,

We were told at the meeting point at 8:30 this morning that our canyon trip was cancelled because of the rain. We had booked and paid in December, we flew in from Toronto for this, and we fly home on Saturday. Is this how you treat visitors to your island?

⟦I want a full refund of US$ 320⟧, not a rebooking. ⟦Why were we not told the night before, when the forecast was already known?⟧

Paul and Denise Tremblay

Sent from my iPhone""",
         [N, Y], ["request", "why"],
         """Dear Paul and Denise,

I am very sorry your trip was cancelled, especially when you came so far for it.

The forecast on Monday evening was for light showers, and the heavy rain in the mountains came during the night. Our lead guide checks the river at the top of the gorge at 7:00 every morning before he decides, because a canyon can rise very fast after rain and it is not safe to go in, and we only knew at 7:30.

We have issued you a voucher for two adults, valid for two years, for any of our trips.‸

With apologies,
Keisha Laurent
Waitukubuli Canyon Guides"""),

    case("""Dear Mr Joseph,

I'm a producer with Tidewater Films in Bristol. We're making a documentary about the rivers of the Caribbean and we'd like to hire your guides for three days of filming in the canyons in March (⟦are 15-17 March available?⟧). ⟦Could you tell us the day rate⟧ and ⟦whether your team can stay in the gorge until sunset?⟧ The light at the end of the day is what our director wants. We'll need a filming permit from the Forestry Division - ⟦can you apply for it on our behalf?⟧

Best wishes,
Orla Brennan
Producer, Tidewater Films

--
Tidewater Films Ltd | Bristol | Please consider the environment before printing this email.""",
         [Y, Y, N, Y], ["yes/no", "how much", "yes/no", "request"],
         """Dear Orla,

Thank you for thinking of us. Monday 15 March to Wednesday 17 March are free, and I have pencilled them in for you.

Our day rate for a film crew is US$ 1,600, with two guides, all the ropes and safety equipment, and one extra guide to carry your camera cases. In March the sun sets around 6:30, and the light in the gorges goes golden in the late afternoon.‸

We can't apply for the permit for you - the Forestry Division only accepts applications from the film company itself - but I have attached the form, and I will gladly write a letter to go with it.

Regards,
Irvin Joseph
Waitukubuli Canyon Guides"""),

    # --- Fasil Icon Workshop (icon painting on wood and goatskin; Gondar, Ethiopia)
    case("""selam Meron 🙏🏾 ⟦the 3 icons for the lobby ready before fasika⟧ ⟦can u send them with the bus to addis⟧ ⟦we pay half now ok⟧""",
         [Y, Y, N], ["yes/no", "request", "yes/no"],
         """Selam Ato Dawit,

Yes 🙏 the three icons will be ready well before Fasika - my father is finishing the third one now and the varnish needs two weeks, so they will be dry by the middle of April. We never send icons on the bus, it is too rough, but my brother drives to Addis every month and he will bring them to the hotel himself.‸

Meron"""),

    case("""Dear Meron,

Greetings from the parish council of Debre Selam Kidane Mehret Church in Washington. I hope your father and all the family are well.

As you may know, our community finally bought its own building last autumn, after twenty years of renting a school hall on Sundays. The building is an old Methodist chapel, and the wall behind the altar is bare. When the council saw the icon your father painted for our priest's house, everyone agreed that he is the one we want.

⟦We would like to ask whether your father could paint a large icon of St Mary with the Child for the altar wall, about 120 by 80 cm.⟧ ⟦The council also asked me to find out what it would cost, including the frame and the shipping to Washington⟧, and ⟦how long it would take, as we hope to consecrate the church at Meskel in September.⟧ ⟦We would need the icon to be blessed in Ethiopia before it travels.⟧

May God bless your work,
Tsegaye Hailu
Secretary, Parish Council""",
         [Y, N, Y, Y], ["yes/no", "how much", "when", "request"],
         """Dear Ato Tsegaye,

Egziabher yimesgen - what joyful news about your building. My father remembers the icon for your priest's house very well and was very moved by your letter.

Yes, he will paint St Mary with the Child for your altar wall, 120 by 80 cm, on wood in the Gondar style. It will take about four months, so it can be finished in June and reach Washington in good time before Meskel.

The cost depends on the frame and on the shipping, which my brother is asking about.‸

Before it travels, the icon will be blessed by the priests of Debre Berhan Selassie here in Gondar, and we will send you the photographs of the blessing.

With respect,
Meron Tesfaye
for Tesfaye Alemu, Fasil Icon Workshop"""),

    case("""Dear Meron,

The icon is hanging in our living room now, and on Sunday my parents sat in front of it for an hour without saying a word. My mother says the face of Gabriel is like the one in her village church. My parents send their thanks to your father, and so do I.

Samuel

-- 
Samuel Bekele | Architect
Bekele & Stone Design, Toronto
Planning a renovation? Let us know and we will book a free first meeting.""",
         [], [],
         """Dear Samuel,

Thank you - my father read your message twice and then went back to his work with a big smile. We are happy the icon found a good home with your parents.

Meron
Fasil Icon Workshop""",
         quoted_only=True),

    case("""Dear Ms Tesfaye,

The St George icon arrived yesterday, and I'm afraid it is not in the condition I paid for. The varnish has wrinkled across the whole lower half, and the horse's face is smudged where the bubble wrap was pressed into it. It looks as if it was packed wet.

⟦Why was the icon shipped before the varnish was dry?⟧ ⟦I expect your father to repaint the damaged part or to refund me in full.⟧ If it has to come back to Gondar, ⟦who pays the return postage?⟧

Regards,
Jonathan Pike
London""",
         [Y, N, Y], ["why", "which", "which"],
         """Dear Mr Pike,

I am so sorry - the photos make me sad, because this was one of my father's best pieces.

You are right: the icon was shipped too early. We had a dry week and the varnish felt hard to the touch, but the rains came before the courier collected it, and varnish on a thick panel needs much longer when the air is wet. It was our mistake, not the courier's.

If it comes back to Gondar, we will pay the return postage, of course; I will send you a prepaid DHL label. My father is in Lalibela until the end of the month and will look at the photographs as soon as he is back.‸

With apologies,
Meron Tesfaye
Fasil Icon Workshop"""),

    case("""Dear Ms Tesfaye,

Our museum shop would like to carry a small selection of contemporary Ethiopian icons alongside our exhibition "Painted Faith" (opening in June). We would like to order:

a) ⟦20 small painted diptych pendants⟧
b) ⟦10 painted crosses on goatskin, if you have them⟧
c) ⟦a short text about your workshop for our labels, in English⟧

⟦Could you also provide an export certificate confirming that these are new works and not antiquities?⟧ ⟦Do you accept payment by SWIFT transfer in euros?⟧

With kind regards,
Dr. Ulrike Brandt
Museum Shop, Museum für Weltkulturen, Berlin""",
         [Y, Y, Y, Y, Y], ["request", "request", "request", "yes/no", "yes/no"],
         """Dear Dr. Brandt,

Thank you - we are honoured to be part of "Painted Faith".

We can make the 20 diptych pendants for €45 each, ready in six weeks. We do not paint on goatskin any more, because good skins have become hard to find, but we can offer 10 painted crosses on wood of the same size, for €60 each. A short text about the workshop, in English, is attached; you may shorten it for the labels.

Every piece will travel with a certificate from the Authority for Research and Conservation of Cultural Heritage stating that it is a new work, made in 2027. SWIFT transfers in euros are fine; our bank details are on the attached pro forma invoice.

With kind regards,
Meron Tesfaye
Fasil Icon Workshop"""),

    # --- Heladería La Rambla (ice-cream maker supplying restaurants and events; Pocitos, Montevideo, Uruguay)
    case("""che Flor 🍦 ⟦can u send 20 more litres of dulce de leche for thursday⟧ the place is packed ⟦is the freezer guy coming friday or not⟧""",
         [Y, Y], ["request", "yes/no"],
         """Hola Nacho,

Dale - 20 more litres of dulce de leche go on Thursday's truck with your usual order. And yes, the technician will be at the restaurant on Friday morning between 9 and 11.

Un abrazo,
Flor"""),

    case("""Hola Gonzalo,

You will not remember us, but two summers ago my fiancé Thiago and I ate your Tannat ice cream on the Rambla at sunset, and he said it was the best thing he had tasted in Uruguay. Last month he proposed in the same place, and now we are getting married at a vineyard in Carmelo on 6 March. We come from São Paulo and most of our guests will see Uruguay for the first time, so we want to give them the same sunset feeling.

⟦Could you make a Tannat wine sorbet and a dulce de leche ice cream for the wedding - and maybe something with figs from the vineyard?⟧ ⟦We would love an ice-cream cart with someone serving, for about 150 guests.⟧ We have no idea about prices, so ⟦what would something like this cost?⟧ One more thing: the party will go late, ⟦can the cart stay until midnight?⟧ And ⟦does it need electricity?⟧

Beijos and thank you,
Mariana Costa""",
         [Y, Y, N, Y, N], ["yes/no", "request", "how much", "yes/no", "yes/no"],
         """Hola Mariana,

Congratulations to you both! We are very happy that our Tannat ice cream is part of your story.

We can make a Tannat sorbet and our dulce de leche for your wedding, and a fig ice cream with figs from the vineyard if they send us a crate the week before. A cart with two people serving for 150 guests is no problem at all, and they can stay until midnight, or later if the party goes on.

I will send you a full quote once we have agreed on the flavours.‸

Un abrazo,
Gonzalo Pereyra
Heladería La Rambla"""),

    case("""Gonzalo,

The twelve tubs that came yesterday for the hotel restaurant had clearly melted and frozen again - the dulce de leche is full of ice crystals and the chocolate has gone grainy. Our chef sent one back to a table before he realised. In the middle of February, with the hotel full!

⟦We need the 12 tubs replaced today.⟧ ⟦I also need to know what happened with your truck's freezer.⟧ ⟦We want a credit for yesterday's delivery as well.⟧

Sebastián Ferreira
Food & Beverage, Hotel Solymar

Sent from my Galaxy""",
         [Y, N, N], ["request", "why", "request"],
         """Sebastián,

You are right, and I am sorry - with the hotel full, this is the worst moment.

Twelve new tubs leave here at 14:00 today and will be in your kitchen by 15:00; the driver will take the old ones back. We are checking everything on our side to make sure it does not happen again.‸

Gonzalo
Heladería La Rambla"""),

    case("""Dear Florencia,

Further to our call, ⟦we'll need 300 litres of vanilla and 100 litres of dulce de leche for the MS Aurora Austral on Wednesday 3 March.⟧ ⟦Please confirm that you can deliver to gate 2 of the port before 7:00 that morning.⟧ The invoice must show the ship's name and the voyage number - ⟦can you do that?⟧

Regards,
Martín Sosa
Provisioning Agent, Austral Ship Supply

From: Florencia Díaz <pedidos@heladerialarambla.example.uy>
Sent: Friday, February 5, 2027 4:45 PM
To: Martín Sosa <msosa@australshipsupply.example.uy>
Subject: Cruise season orders

Dear Martín, thank you for the call. Please send us the quantities in writing and we will confirm.""",
         [Y, Y, Y], ["request", "request", "yes/no"],
         """Dear Martín,

Confirmed: 300 litres of vanilla and 100 litres of dulce de leche for the MS Aurora Austral on Wednesday 3 March. Our refrigerated truck will be at gate 2 of the port at 6:30 that morning.

The invoice will show the ship's name and the voyage number; please send me the voyage number when you have it.

Regards,
Florencia Díaz
Heladería La Rambla"""),

    case("""Hi,

Our company is having an end-of-summer party for 80 people in our office in Ciudad Vieja on Friday 26 February, and everyone voted for ice cream. Who doesn't love ice cream after a long summer?

Could you let me know:
- ⟦prices for 5-litre tubs⟧
- ⟦which flavours are sugar-free⟧ (two of us are diabetic)
- ⟦if you deliver on a Friday evening, around 6⟧

⟦Do you bring a freezer, or should we rent one?⟧

Thanks,
Lucía Martínez
Office Manager, Datasur""",
         [Y, Y, Y, N], ["how much", "which", "yes/no", "which"],
         """Hi Lucía,

Thanks for choosing ice cream - your colleagues voted well.

Our 5-litre tubs cost $U 1,450 for the classic flavours and $U 1,650 for the specials (pistachio, Tannat, dulce de leche with brownie). The sugar-free flavours are chocolate and lemon, both sweetened with stevia. We deliver on Friday evenings until 19:00, so 18:00 on Friday 26 February is fine.‸

Un saludo,
Florencia Díaz
Heladería La Rambla"""),

    # --- Melcii de Orhei (snail farm: frozen snail meat, snail caviar; near Orhei, Moldova)
    case("""buna Natalia 🐌 ⟦u still have live ones or only frozen in winter⟧ ⟦need 8 kg for the valentine menu⟧ ⟦can Ion bring them sat⟧ mersi""",
         [Y, Y, Y], ["which", "request", "yes/no"],
         """Bună Andrei,

In winter we only have frozen - the snails are asleep until April, like every year. 8 kg of frozen snail meat is no problem. Ion is not coming to Chișinău on Saturday, but he is there on Friday afternoon and will bring them to the restaurant around 15:00, in time for your Valentine menu.

Natalia"""),

    case("""Dear Mrs Ciobanu,

Thank you for the samples, which our chefs liked very much. Before we place an order, please note the following.

⟦We would need the veterinary certificate and your EU export number on every pallet.⟧ ⟦I would also like to know whether your snails are Helix aspersa maxima or Helix aspersa muller.⟧ ⟦Kindly send your price per kg for frozen snail meat, 2 tonnes, DAP Milano.⟧ ⟦Are you able to deliver in March?⟧

Cordiali saluti,
Giulia Bertolini
Acquisti, Bertolini Alimentari S.p.A.

From: Natalia Ciobanu <natalia@melciidorhei.example.md>
Sent: Monday, January 25, 2027 10:05 AM
To: Giulia Bertolini <g.bertolini@bertolinialimentari.example.it>
Subject: Samples sent

Dear Giulia, the samples left today by courier. Please let me know what your chefs think.""",
         [Y, Y, N, N], ["request", "which", "how much", "yes/no"],
         """Dear Giulia,

Mulțumesc - we are very glad your chefs liked the samples.

Every pallet will carry the veterinary certificate from the National Food Safety Agency and our EU export number, MD-OR-0217. Our snails are Helix aspersa maxima, the large grey snail; we do not farm muller.

I am preparing the price for 2 tonnes DAP Milano with our transport partner, and the spring is always a busy season for deliveries.‸

Cu stimă,
Natalia Ciobanu
Melcii de Orhei"""),

    case("""Madame,

We received the 30 jars of snail caviar last Tuesday. The jars say 50 g; I weighed five of them and found between 38 g and 41 g of caviar, and in three jars the pearls were crushed and soft. Is this what you call premium?

⟦I want a refund for the 30 jars.⟧ And ⟦can you explain how a 50 g jar can contain 38 g?⟧

Cordialement,
Étienne Morel
Chef, Le Clos des Ducs, Dijon""",
         [Y, Y], ["request", "why"],
         """Dear Chef Morel,

Thank you for weighing the jars - you are right, and I am sorry.

In January we started a new filling machine, and it was set for the weight of the jar with its lid instead of the caviar alone. Your order was one of the first from it; we found the mistake two days later and corrected it. The crushed pearls came from the same machine, which pressed the lids too hard.

I have refunded the 30 jars in full, €1,050, to your account today.

Cu stimă,
Natalia Ciobanu
Melcii de Orhei"""),

    case("""Hi Natalia,

My name is Lena Hoffmann and I run a small skincare start-up in Berlin. We make creams with snail mucin, which is very popular in Korean cosmetics, but until now we have bought it from a big supplier in Asia and we have never felt good about it - we don't know how the snails are treated, and the transport is long. A friend from Chișinău told me about your farm and showed me the photos of your snails in the grass, and I thought: this is what we want to tell our customers.

⟦I wonder if you could collect the mucin without harming the snails⟧, because this is very important for our brand. ⟦We would also need to know what volume you could produce per month, as we are growing.⟧ My partner and I would like to visit the farm in May - ⟦is there a guesthouse near Orhei that you would recommend?⟧

Liebe Grüße,
Lena""",
         [Y, N, N], ["yes/no", "how much", "request"],
         """Dear Lena,

Thank you for writing - we are happy that you found us through the photos of our snails in the grass.

Yes, we collect mucin without harming the snails. We use a gentle method with warm water and a little salt mist: the snails produce mucin, then go back to the grass after twenty minutes. We do it only once every two weeks for each snail group, so they stay healthy. I can send you a short video of the process.

You are both very welcome to visit the farm in May - it is the most beautiful month here, with the grass high and the snails awake.‸

Cu drag,
Natalia Ciobanu
Melcii de Orhei"""),

    case("""Dear Natalia,

Our delicatessen in Vienna would like to add your snail caviar for the spring. Please could you send details of:

1. ⟦Price per 50 g jar for 100 jars⟧
2. ⟦Shelf life unopened⟧
3. ⟦Printing our shop's label on the lid - possible?⟧
4. ⟦Delivery before Easter⟧

Kind regards,
Thomas Gruber
Feinkost Gruber

On Fri, 5 Feb 2027 at 09:12, Natalia Ciobanu <natalia@melciidorhei.example.md> wrote:
> Dear Thomas, thank you for your interest in our snail caviar. Could you tell us how many jars you would need?""",
         [Y, N, Y, N], ["how much", "when", "yes/no", "when"],
         """Dear Thomas,

Thank you for your interest in our caviar.

For 100 jars of 50 g, the price is €32 per jar, with delivery to Vienna included. The caviar keeps well in the fridge. We can print your label on the lid from an order of 100 jars; please send us the design as a PDF.‸

We will do our best to deliver in good time for the spring.

Cu stimă,
Natalia Ciobanu
Melcii de Orhei"""),

    # --- Globen Schmit (hand-made globes; Esch-sur-Alzette, Luxembourg)
    case("""moien Jill 🌍 ⟦any 30cm globe left for my son's communion in april⟧ ⟦need 2⟧ ⟦can u send to ettelbruck⟧ merci""",
         [Y, Y, Y], ["yes/no", "request", "request"],
         """Moien Rita,

Yes, there are still 30 cm desk globes from the winter batch, and I have put 2 aside for you with your name on the boxes. Marc will send them to Ettelbruck by post on Friday, so they are there long before the communion.

Jill"""),

    case("""Dear Jill,

Thank you for a wonderful visit last autumn - the whole team is still talking about the painting room.

As discussed, ⟦we'll need 6 desk globes every month from April to September.⟧ ⟦Could you tell us how long one batch takes from our order to the day it leaves Esch?⟧ We plan our windows a month ahead. Also, ⟦please quote the price per globe delivered to the shop.⟧ ⟦Is it possible to get the country names in Danish too, for our Christmas catalogue?⟧

All the best,
Kasper Holm
Buyer, Nordlys Design Store, Copenhagen

From: Jill Schmit <jill@globenschmit.example.lu>
Sent: Thursday, January 21, 2027 3:20 PM
To: Kasper Holm <kasper@nordlysdesign.example.dk>
Subject: Globes 2027

Dear Kasper, it was a pleasure to have you here. Please tell us how many globes you will need this year.""",
         [Y, Y, N, Y], ["request", "when", "how much", "yes/no"],
         """Dear Kasper,

We are glad you enjoyed the painting room - Marc still talks about the buyer who wanted to paint the Pacific himself.

We have reserved 6 desk globes for every month from April to September. One batch takes three weeks from your order to the day it leaves Esch, because every globe is varnished twice and needs four days to dry.‸

Danish names are a problem, I'm afraid. Our gores are printed from one map, in English, and a new language means a new map and new printing plates, which only make sense for several hundred globes. For Christmas we could add a small card in Danish with every globe instead.

Äddi,
Jill Schmit
Globen Schmit"""),

    case("""Jill,

The 40 cm globe I ordered arrived in Edinburgh today. The paper is lifting along two of the seams near the equator, and there is a long scratch across the brass meridian. For 640 euros, I expected better. Would you put this in a client's office?

⟦I'd like either a replacement globe or my money back.⟧ And ⟦why is the paper lifting at the seams?⟧

Callum Reid
Reid & Baird Interiors, Edinburgh""",
         [Y, Y], ["which", "why"],
         """Dear Callum,

I am sorry - a globe should arrive perfect, and yours did not.

The paper gores are glued by hand onto the sphere, and if a globe travels from a cold van into a warm, dry room too quickly, the paper shrinks a little and can lift at the seams; the scratch on the meridian comes from the packing, which we have now changed.

We will send you a new 40 cm globe from this week's batch, and the courier will collect the damaged one when he delivers it, so you don't need to do anything. Please let it rest in its box for a day before you unpack it.

Äddi,
Jill Schmit
Globen Schmit"""),

    case("""Dear Mrs Schmit,

I'm a writer from Portland, Maine, and next autumn I'll spend three weeks in Europe researching a book about the last craftspeople who make things we all think machines make now - typewriter ribbons, pipe organs, and globes. I have read everything I can find about hand-made globes, the gores cut like orange peel, the paper stretched wet over the sphere, and I would very much like to see it in person rather than only read about it.

⟦I was wondering whether we could watch the whole process of a globe being made in October, with my photographer.⟧ ⟦I'd also like to know whether you run workshops where visitors make a small globe, because I want to try it myself.⟧ And a practical question: ⟦how do we get to Esch from the airport without a car?⟧ ⟦Is there somewhere to stay in Esch for two or three nights?⟧

With thanks,
Abigail Stone""",
         [N, Y, Y, N], ["yes/no", "yes/no", "how", "where"],
         """Dear Abigail,

Thank you for your kind letter - it is nice to hear that someone in Maine wants to write about us.

October is our busiest month, because every shop in Europe orders its Christmas globes then, and the painting room is full from morning to night.‸

We run workshops for small groups on Saturdays, where each person covers and paints a 15 cm globe to take home; it costs 120 euros per person, with all materials.

From the airport you take bus 16 to Luxembourg station, then the train to Esch-sur-Alzette, about 25 minutes - and all public transport in Luxembourg is free. Marc will pick you up at the station.

Äddi,
Jill Schmit
Globen Schmit"""),

    case("""Dear Jill,

For our National Day party in Chicago on Wednesday 23 June we need:
• ⟦4 desk globes of 30 cm as raffle prizes⟧
• ⟦2 floor globes for the hall⟧
• ⟦the invoice made out to the association, not to me⟧

⟦Should we pay by PayPal or by bank transfer?⟧

Merci villmools,
Josiane Weber
Luxembourg American Society of Chicago""",
         [Y, N, Y, Y], ["request", "request", "request", "which"],
         """Dear Josiane,

Thank you for thinking of us again for the National Day.

The 4 desk globes of 30 cm are reserved for you and will go by post in the last week of May. We don't make floor globes ourselves, but a workshop in Trier that we know does, and I will ask them about the two for the hall.‸

The invoice will be made out to the Luxembourg American Society of Chicago. PayPal and bank transfer are both fine, whichever is easier for the association.

Äddi,
Jill"""),

    # --- Rumah Walit Tutong (swiftlet bird's-nest house; Tutong, Brunei)
    case("""salam sis 🙏 ⟦the cleaned nest got stock or not⟧ my sister just give birth last week ⟦can pos to KL⟧ ⟦how many days reach ah⟧""",
         [Y, Y, N], ["yes/no", "yes/no", "when"],
         """Waalaikumsalam Puan Siti,

Congratulations to your sister! 🤱 Yes, we have cleaned nests in stock, the 50 g and 100 g boxes. We can post to KL by Pos Laju with tracking, and it is usually quite fast.‸

Terima kasih,
Nurul"""),

    case("""Dear Ms Nurul,

Following the Lunar New Year, our customers are asking for Brunei nests again. Please see our requirements below.

⟦We'll need a health certificate from the Department of Agriculture with every shipment.⟧ ⟦Could you tell us the nitrite level of your nests?⟧ Our customers now ask for the test report. ⟦Please quote for 20 kg of grade AA cup nests, CIF Hong Kong.⟧ ⟦Would you accept 50% deposit and 50% on arrival?⟧

Best regards,
Kenneth Lau
Director, Wing Fat Dried Seafood Co., Sheung Wan, Hong Kong

From: Nurul Aisyah <sales@rumahwalittutong.example.bn>
Sent: Thursday, January 28, 2027 9:15 AM
To: Kenneth Lau <kenneth@wingfat.example.hk>
Subject: Gong Xi Fa Cai

Dear Mr Lau, wishing you and your family a prosperous Year of the Goat. Please let us know your needs for the new year.""",
         [Y, Y, Y, Y], ["request", "how much", "request", "yes/no"],
         """Dear Mr Lau,

Thank you, and Gong Xi Fa Cai to you and your family.

Every shipment comes with a health certificate from the Department of Agriculture and Agrifood. The nitrite level of our last three batches was between 8 and 12 ppm, well under the 30 ppm limit; the test report from the Tutong laboratory is attached.

For 20 kg of grade AA cup nests, CIF Hong Kong, the price is B$ 41,600. We cannot accept payment on arrival, I'm sorry: our terms are 100% before shipment, by bank transfer.

Best regards,
Nurul Aisyah
Rumah Walit Tutong"""),

    case("""Nurul,

Three of my customers came back this week. They stewed your nests and the nests melted into almost nothing, just a thin jelly. One lady told the whole shop they must be fake, mixed with agar or gelatin. You can imagine how this looks for my shop.

⟦I want a laboratory test of this batch.⟧ ⟦Are your nests mixed with anything?⟧ ⟦What will you do for my customers who complained?⟧

Tan Mei Ling
Tan Brothers Medical Hall, Singapore""",
         [Y, Y, N], ["request", "yes/no", "how"],
         """Dear Ms Tan,

I am very sorry about this, and about the embarrassment in front of your customers.

Our nests are never mixed with anything. They are cleaned by hand with tweezers and water, then shaped and dried, nothing else. Nests that melt usually have been stewed too long or at too high a heat; cleaned nests need only 30 to 45 minutes in a double boiler.

We will send samples from the same batch, number TT-2612, to the laboratory in Singapore that you choose, at our cost, so you can show your customers the result.‸

With apologies,
Nurul Aisyah
Rumah Walit Tutong"""),

    case("""Dear Nurul Aisyah,

When I was a child in Ipoh, my mother made bird's nest soup for me every time I had exams, and I have always believed that this is why I passed them. Now I have my own restaurant in Vancouver, and for Mother's Day this year I want to put her soup on the menu, made the way she made it, with the best nests I can find. Everyone I asked here told me that the best house nests come from Brunei.

I have never bought nests for a restaurant before, so please forgive the basic questions. ⟦Should I buy the cleaned nests or the raw ones with feathers, for a restaurant kitchen?⟧ ⟦How do I know the nests are real house nests and not cave nests?⟧ And I will be in Brunei in June for a wedding - ⟦would I be allowed to visit your swiftlet house?⟧

Thank you,
Alan Wong
Jade Garden, Vancouver""",
         [Y, Y, N], ["which", "how", "yes/no"],
         """Dear Mr Wong,

What a lovely reason to put bird's nest soup on the menu - your mother would be proud.

For a restaurant, buy the cleaned nests. Raw nests need hours of work with tweezers to remove the feathers, and a busy kitchen does not have that time.

House nests are white or cream, light and even in shape, and every box of ours carries the house's registration number and the batch number, which you can check with the Department of Agriculture and Agrifood in Brunei. Cave nests are darker and more irregular.

Many visitors are curious about our swiftlet houses. They are tall buildings without windows, and the birds come and go through one small opening at the top.‸

Best regards,
Nurul Aisyah
Rumah Walit Tutong"""),

    case("""Assalamualaikum Nurul,

For our Hari Raya hampers this year we need:
- ⟦80 gift boxes of 50 g cleaned nests⟧
- ⟦our hotel logo printed on the box (we can send the file)⟧
- ⟦delivery to the hotel in BSB by 1 March⟧

⟦What is the price per box?⟧

Terima kasih,
Hajah Rosmawati
Purchasing, The Riverside Hotel Bandar Seri Begawan""",
         [Y, Y, Y, Y], ["request", "request", "request", "how much"],
         """Waalaikumsalam Hajah Rosmawati,

Thank you for choosing us again for the Hari Raya hampers.

We can prepare 80 gift boxes of 50 g cleaned nests with your hotel logo printed on the lid; please send the file by Friday so the printer has time. We will deliver to the hotel on Friday 26 February, before the 1 March deadline. The price is B$ 148 per box, B$ 11,840 for all 80.

Selamat berpuasa,
Nurul Aisyah
Rumah Walit Tutong"""),

    # --- Piñatas La Alegría (piñata workshop; Valencia, Carabobo, Venezuela)
    case("""epa Sra Yusmary 🎉 ⟦u can make a piñata of Bluey for saturday⟧ ⟦how much⟧ ⟦with the candy included⟧""",
         [Y, Y, Y], ["yes/no", "how much", "yes/no"],
         """Epa Génesis,

Yes, mi amor, we can make a Bluey for Saturday, about 70 cm tall. It costs $35, and the candy is not included, but we can fill it for $10 more with caramelos and chupetas.

Yusmary
Piñatas La Alegría"""),

    case("""Señora Yusmary,

I just had to write to you. The unicorn piñata was the star of Valentina's party on Saturday - the kids didn't want to break it, and in the end my husband had to do it while they cried and laughed at the same time. How do you make something so beautiful out of newspaper and glue?

Thank you, thank you, thank you.

Un abrazo,
Daniela Rangel""",
         [], [],
         """Querida Daniela,

What a beautiful message - thank you! I showed it to the girls in the workshop and they were very proud. Happy birthday to Valentina again.

Un abrazo,
Yusmary
Piñatas La Alegría"""),

    case("""Dear Luis,

Thank you for the photos and the samples, which our customers loved. We would like to place a first order.

⟦We'll need 150 piñatas for the spring: 50 donkeys, 50 stars and 50 assorted characters.⟧ ⟦Could you tell us whether you can ship them by sea to Miami⟧, and ⟦what the lead time would be?⟧ Licensed characters are a problem for us with customs - ⟦please make sure none of the characters are licensed.⟧ ⟦Please also send unit prices FOB Puerto Cabello.⟧ ⟦Could you send us a photo of each character before the order ships?⟧

Best,
Yolanda Castillo
Buyer, Fiesta Fina Party Supplies, Miami

From: Luis Pérez <ventas@pinataslaalegria.example.ve>
Sent: Wednesday, February 3, 2027 11:40 AM
To: Yolanda Castillo <ycastillo@fiestafina.example.com>
Subject: Samples

Hi Yolanda, the samples arrived in Miami this morning. Please let us know what your customers think!""",
         [Y, Y, Y, Y, N, N], ["request", "yes/no", "when", "request", "request", "request"],
         """Dear Yolanda,

Chévere - we are very happy your customers liked them.

We can make the 150 piñatas: 50 donkeys, 50 stars and 50 characters. We ship by sea from Puerto Cabello to Miami every two weeks with a consolidator, packed flat in cartons, and the lead time is five weeks to make them plus about nine days at sea. All our characters are our own designs - animals, clowns, flowers, suns - so there will be no licensed characters at all.

Prices in dollars move with the cost of cardboard and paper here, so my mother will send them to you herself.‸

Saludos,
Luis Pérez
Piñatas La Alegría"""),

    case("""Sra. Yusmary,

The star piñata for our school carnival arrived this morning in a plastic bag, with three of the points crushed and the paper torn. The children's party is on Friday and I cannot hang it like this.

⟦I need a new one by Friday or my money back.⟧ ⟦Why was it delivered in a plastic bag and not a box?⟧

Prof. Carmen Salazar
Unidad Educativa San Diego""",
         [Y, N], ["which", "why"],
         """Estimada Prof. Salazar,

I am so sorry - a star with crushed points is not a star.

The girls are already making a new one, and my son Luis will bring it to the school himself on Thursday afternoon, so it will be ready to hang for Friday. There is nothing to pay. We are very sorry about the bag.‸

Con cariño,
Yusmary
Piñatas La Alegría"""),

    case("""Querida Yusmary,

You made the piñatas for all my children's birthdays in Valencia, and now I need you for my grandson. We live in Madrid since 2018, and here the piñatas in the shops are small and sad, made of plastic, with a few sweets inside. My grandson Mateo turns six on 10 April and he has never seen a real Venezuelan piñata. I want him to have one like his mother had.

He is crazy about cable cars, so ⟦could you make one shaped like the Ávila mountain with the cable car?⟧ ⟦Do you ship to Spain, or could my cousin Marisela pick it up in Valencia and bring it in her suitcase when she flies on 2 April?⟧ If she brings it, ⟦how big can it be and still fit in a suitcase?⟧

Un beso grande,
Carmen Lucía Hernández""",
         [Y, Y, N], ["yes/no", "which", "how much"],
         """Querida Carmen Lucía,

How wonderful to hear from you - we still remember your children's Spiderman piñatas!

Of course we can make the Ávila with the cable car climbing up the side; the girls are already excited. Shipping one piñata to Spain costs more than the piñata itself, so we don't send them, but Marisela can pick it up at the workshop any day the week before she flies, and we will pack it well for the plane.‸

Un beso grande to Mateo,
Yusmary
Piñatas La Alegría"""),

    # --- Petra Sand Bottles (coloured-sand pictures in glass bottles; Wadi Musa, Jordan)
    case("""marhaba Lina 👋 ⟦can I bring a group of 22 tomorrow at 11⟧ ⟦they can try making a bottle⟧ 🙏 ⟦same price as last time⟧""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """Ahlan Khaled 😊

Yes, 22 people at 11 tomorrow is fine. The shop tables only take 12 at a time, so half of the group can try filling a small bottle while Mohammad draws a camel in sand for the others, and then they change.‸

Lina
Petra Sand Bottles"""),

    case("""Dear Lina,

Last spring my fiancé proposed to me in front of the Treasury at Petra, at six in the morning before the crowds came, and on the way back to the hotel we stopped at your shop. We watched your husband fill a bottle with our names and a tiny camel, grain by grain, with a little metal stick, and I think I held my breath the whole time. That bottle has been on our bedside table ever since.

We are getting married in Boston in September, and I have had an idea that won't leave me alone. ⟦I wonder whether you could make 150 small bottles with our names and the wedding date, as favours for the guests.⟧ ⟦My mother immediately asked how they would be shipped to Boston, because she is sure they will break⟧, and ⟦what the price would be in US dollars.⟧ ⟦Could you also send us photographs of wedding favours you have made before?⟧

With love from Boston,
Megan Sullivan""",
         [Y, N, Y, N], ["yes/no", "how", "how much", "request"],
         """Dear Megan,

Mabrouk to you both - Mohammad remembers a couple who came in at eight in the morning still holding hands, and we think it was you.

Yes, we can make 150 small bottles with your names and the wedding date, each with a tiny camel and the Treasury in the sand. It takes about two months, so an order by the end of May is in good time for September.

For 150 bottles of 8 cm, the price is US$ 1,350, with a small card in English about Petra for each guest.

Our team will write to you about the shipping.‸

With warm wishes from Wadi Musa,
Lina Nawafleh
Petra Sand Bottles"""),

    case("""Dear Mrs Nawafleh,

The large sand bottle I bought in your shop in October was delivered to Munich last week. When we unpacked it, the picture inside had collapsed - the desert and the sky are mixed together, and my daughter's name is gone. I paid 45 JD for this bottle.

⟦I expect you to refund me the 45 JD.⟧ ⟦Can you also make the same design again, with my daughter's name?⟧

Regards,
Florian Bauer""",
         [N, Y], ["request", "request"],
         """Dear Mr Bauer,

I am very sorry - a bottle from our shop should arrive exactly as it left, and yours did not.

Mohammad will make the same design again this week, with the camels, the mountains and your daughter's name, and we will send it to you by DHL on Thursday, packed upright in a wooden box so the sand cannot move.‸

With apologies,
Lina Nawafleh
Petra Sand Bottles"""),

    case("""Dear Lina,

Further to our meeting in Amman, please find below our points for the gift shop of the new hotel.

⟦We'll need the samples in our Dubai office by 25 February.⟧ ⟦Please confirm the lead time for 400 bottles with the hotel's logo⟧ (⟦is it feasible before the opening in June?⟧). The sand must be natural - ⟦no dyed sand, please confirm.⟧

Best regards,
Farah Al-Mansouri
Retail Manager, Qasr Hotels LLC

From: Lina Nawafleh <lina@petrasandbottles.example.jo>
Sent: Tuesday, February 2, 2027 1:10 PM
To: Farah Al-Mansouri <farah@qasrhotels.example.ae>
Subject: Hotel gift shop

Dear Farah, it was a pleasure meeting you. Please send us your list of requirements and we will answer point by point.""",
         [Y, Y, Y, Y], ["request", "when", "yes/no", "request"],
         """Dear Farah,

Thank you - it was a pleasure for us too.

The samples leave Amman by Aramex on Monday 15 February and will be in your Dubai office by Thursday 18 February. The lead time for 400 bottles with the hotel's logo is ten weeks from your approval of the samples, so with approval by the end of February they will be ready in mid-May, before the opening in June. All our sand is natural, collected from the coloured rocks around Petra and Wadi Rum; we use no dyes at all.

Best regards,
Lina Nawafleh
Petra Sand Bottles"""),

    case("""Hello Lina,

I run a small online shop in Ottawa selling handmade pieces from the Middle East. Who wouldn't want a little piece of Petra on their shelf?

Could you send us:
1. ⟦your wholesale catalogue⟧
2. ⟦prices for the 10 cm bottles with a camel design⟧
3. ⟦how the bottles are packed for shipping⟧
4. ⟦your minimum order⟧

⟦Do you also do custom designs, for example with a customer's name in Arabic?⟧

Thanks so much,
Nadia Khoury
Khoury Home Goods""",
         [Y, Y, N, N, Y], ["request", "how much", "how", "how much", "yes/no"],
         """Hello Nadia,

Thank you for your message, and yes, we agree - everyone needs a little Petra.

Our wholesale catalogue is attached. The 10 cm camel bottles are 7 JD each, or 6 JD each from 50 pieces.‸

We do custom designs with names in Arabic or English; Mohammad writes the name in the sand by hand, and it adds 2 JD to the price of a bottle.

Best regards,
Lina Nawafleh
Petra Sand Bottles"""),

    # --- Terrasse Sainte-Dévote (Grand Prix terrace hospitality; Monte Carlo, Monaco)
    case("""Hi Chiara,

FYI, see below from our CFO - the PO is approved, so we're all set for the three days.

Ben

Begin forwarded message:

From: Richard Hale <richard.hale@northgatecapital.example.co.uk>
Subject: Re: Monaco terrace 2027
Date: 8 February 2027 at 16:05:12 GMT
To: Ben Carter <ben.carter@northgatecapital.example.co.uk>

Ben, approved. Can you make sure the invoice shows our VAT number this time? Thanks, Richard""",
         [], [],
         """Hi Ben,

Thank you, that's great news - your 20 places are confirmed for the three days of the Grand Prix weekend, and I'll send the invoice this week.

Best regards,
Chiara Rossi
Terrasse Sainte-Dévote""",
         quoted_only=True),

    case("""hey y'all 🏎️ ⟦any spots left on the terrace for sunday race day⟧ ⟦2 ppl⟧ ⟦does it include food n drinks⟧ ⟦can we bring our own flag lol⟧""",
         [Y, Y, Y, N], ["yes/no", "request", "yes/no", "yes/no"],
         """Hi Cody,

Thanks for your message 🏁 Sunday is completely sold out, I'm afraid, but we still have places on Saturday for qualifying, which many of our guests say is the best day on the terrace. I can hold 2 places for you on Saturday until Friday. The price includes a champagne brunch, an afternoon buffet and an open bar all day.‸

Best regards,
Chiara Rossi
Terrasse Sainte-Dévote"""),

    case("""Dear Chiara,

We are organising a client weekend in Monaco for the Grand Prix and your terrace has been recommended to us by two of our clients.

⟦Could you confirm availability for 40 guests on all three days⟧ and ⟦let us know the price per head?⟧ ⟦We'll also need a private area on Saturday for a short speech by our CEO.⟧ One of our guests uses a wheelchair - ⟦is there step-free access to the terrace?⟧

Kind regards,
Sophie Adeyemi
Events Director, Meridian Corporate Events, London

From: Chiara Rossi <events@terrassesaintedevote.example.mc>
Sent: Friday, January 22, 2027 12:30 PM
To: Sophie Adeyemi <sophie@meridianevents.example.co.uk>
Subject: Grand Prix 2027 brochure

Dear Sophie, please find our 2027 brochure attached. Let me know if you have any questions.""",
         [Y, Y, N, N], ["yes/no", "how much", "request", "yes/no"],
         """Dear Sophie,

Thank you for your interest, and please thank your clients for the recommendation.

We can confirm places for 40 guests on all three days of the Grand Prix weekend. The price is €1,950 per head for Friday, €3,400 for Saturday and €4,900 for Sunday, including food, drinks and the paddock walk on Friday.

The terrace is on the fourth floor of the building, with the best view of Sainte-Dévote corner and the climb up to Casino Square.‸

Kind regards,
Chiara Rossi
Terrasse Sainte-Dévote"""),

    case("""Dear Mr Rossi,

Last year I paid 9,800 euros for four places on your terrace for the Sunday race, and for most of the race we watched a television crane swinging in front of us. What is the point of a terrace with a view of a crane? Your staff told us there was nothing they could do. My clients were polite, but I was embarrassed.

⟦I expect a 50% refund for last year.⟧ Before I even consider booking again, ⟦what guarantee can you give that this will not happen in 2027?⟧

Yours sincerely,
Henrik Lindqvist""",
         [N, Y], ["request", "how"],
         """Dear Mr Lindqvist,

Thank you for writing, and I am truly sorry. You paid for a view of the race, and that crane should never have been there.

We understand how disappointing the day was for you and your clients, and I have shared your letter with our whole team.‸ For 2027, we have the Automobile Club's written confirmation that no camera cranes will be placed in front of our building, and it is written into our contract with them; if the view is blocked again, we will refund your places in full.

Yours sincerely,
Marc-Antoine Rossi
Terrasse Sainte-Dévote"""),

    case("""Dear Chiara,

For a client event at the Grand Prix we would like:
• ⟦a quote for 25 guests on Saturday⟧
• ⟦kosher meals for 4 and vegetarian for 3⟧
• ⟦transfers from Nice airport on Saturday morning⟧

⟦Where exactly is the terrace - which street is the entrance on?⟧ ⟦Should we pay the deposit in euros or in Swiss francs?⟧

Freundliche Grüsse,
Andrea Meier
Client Events, Bank Steiger & Cie, Zürich""",
         [Y, Y, N, N, Y], ["request", "request", "request", "where", "which"],
         """Dear Andrea,

Thank you for choosing us for your client event.

For 25 guests on Saturday the price is €85,000, including the brunch, the afternoon buffet, the open bar and a reserved table area at the front of the terrace. Our caterer will prepare kosher meals for 4, sealed from a certified kitchen in Nice, and vegetarian meals for 3.

Nice airport is only half an hour away by road, or seven minutes by helicopter.‸

We invoice in euros only, so please pay the deposit in euros.

Best regards,
Chiara Rossi
Terrasse Sainte-Dévote"""),
]
