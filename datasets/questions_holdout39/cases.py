"""The cases of Tactful's questions held-out set 39 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout39.py turns them into the JSONL.

"Today" is Wednesday 3 February 2027. Fourteen invented businesses, five cases each, in this order: a
lacquerware workshop (Myanmar), a tagua-nut button maker (Ecuador), a cigar maker (Nicaragua), a lost-wax
bronze foundry (Burkina Faso), a brass-lantern workshop (Egypt), a cochineal farm (Lanzarote, Spain), a
sea-salt works (Slovenia), a cork workshop (Sardinia, Italy), a shell-money makers' group (Solomon Islands),
a zebu-horn workshop (Madagascar), a baobab-powder maker (Senegal), a sail loft (Cape Verde), a retablo
maker (Peru) and an oil-paper umbrella workshop (Taiwan).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Shwe Thitsi Lacquerware (lacquer bowls, trays and boxes; Myanmar)
    case("""\
Dear U Aung Myint,

We are refurbishing 48 rooms in the river wing of our hotel and would like lacquer trays and betel boxes for each room. Could you quote for the following:

1. ⟦48 round serving trays, 30 cm, black and red⟧
2. ⟦48 small betel boxes with lids⟧
3. ⟦delivery by truck to our hotel in Yangon⟧

⟦We will need everything in the hotel by Monday 15 March, as the rooms reopen on the 20th.⟧ ⟦Kindly also let us know whether the lacquer is safe for serving dry snacks such as the peanuts and fried beans of a tea-leaf salad.⟧

Best regards,
Daw Thiri Win
Purchasing Officer
Pearl Riverside Hotel, Yangon
Tel +95 1 000 4471""",
         [Y, Y, N, Y, Y], ["how much", "how much", "how much", "request", "yes/no"],
         """\
Dear Daw Thiri Win,

Thank you for thinking of our workshop for the river wing.

The 30 cm round trays in black with red inside are K 62,000 each, so K 2,976,000 for 48. The small lidded betel boxes are K 38,000 each, K 1,824,000 for 48. For the truck to Yangon I will ask the cargo gate in Nyaung-U which day they go and tell you.‸

We can finish all 96 pieces by Friday 5 March. They would reach your hotel around Monday 8 March, a week before your date.

Our lacquer is fully cured thitsi over bamboo, so it is safe for dry snacks like peanuts and fried beans. Please do not put hot soup or oily food in it, and wipe it with a damp cloth rather than washing it.

With regards,
U Aung Myint
Shwe Thitsi Lacquerware, Myinkaba, Bagan"""),
    case("""\
mingalaba ko zaw 🙏 ⟦tmr i bring 12 pax french group to ur workshop around 10am ok?⟧ they are very interest in lacquer 😊 ⟦can ur brother show them the bamboo weaving and the engraving step⟧ 🙏 they want to try engrave by themself also, ⟦how much per person⟧
reply fast pls bro
Sent from my Redmi""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """\
Mingalaba Ko Htet,

10 am tomorrow is fine, we will be ready for your 12 guests. My brother Ko Min will show them the bamboo frame weaving and then the engraving with the iron stylus.

They can each engrave a small coaster themselves, it takes about 20 minutes and they can take it home the same day.‸

See you tomorrow,
Zaw
Shwe Thitsi Lacquerware"""),
    case("""\
Hello,

I ordered the large nine-tier offering vessel (order ST-2271) from your website in December and it arrived in Melbourne yesterday with a crack running right down the side of the fourth tier. The box looked fine, so I think the crack was there before it was packed. I paid US$ 640 for this piece and I'm honestly very disappointed.

⟦I would like either a replacement or my money back - which can you do?⟧ ⟦If you want the broken one returned, who pays the postage from Australia?⟧ It cost me US$ 95 to receive it in the first place. ⟦Can you explain why a crack like this would appear?⟧ I have photos if you need them.

Regards,
Margaret Linden
Fitzroy North, VIC""",
         [Y, N, Y], ["which", "which", "why"],
         """\
Dear Ms Linden,

I am very sorry that the offering vessel reached you cracked. I can see how disappointing it is after waiting since December.

We will make you a new nine-tier vessel. My master craftsman has started the bamboo frames this week, and it will take about seven weeks because each layer of lacquer must dry in our cellar before the next.

A crack like this usually comes from the horsehair and bamboo frame moving when the air changes a lot, for example from our dry season to a humid cargo hold. It can start inside and show only after some weeks. We now wrap the tall pieces with an extra layer of paper to slow the change.

Again, I am sorry for the trouble and the postage you have already paid.‸

With regards,
U Aung Myint
Shwe Thitsi Lacquerware"""),
    case("""\
Dear U Aung Myint,

Thank you, we received the invoice this morning. The transfer for the 30 cups and the two display boxes will go from our bank on Friday, and I will send you the slip then.

Kind regards,
Ploy

On Mon, 1 Feb 2027 at 16:20, Shwe Thitsi Lacquerware <hello@shwethitsi.example.mm> wrote:
> Dear Khun Ploy,
>
> Please find the invoice attached. Could you confirm the shop address for the courier, and would you like the cups wrapped one by one or in sets of six?
>
> With regards,
> U Aung Myint""",
         [], [],
         """\
Dear Khun Ploy,

Thank you, we will watch for the transfer on Friday and pack the order as soon as it arrives.

With regards,
U Aung Myint
Shwe Thitsi Lacquerware""",
         quoted_only=True),
    case("""\
Dear Sir or Madam,

My grandfather was a Dutch engineer who worked on a bridge near Pagan in 1962, and he came home with a small round lacquer box with a scene of a royal barge on the lid. It sat on my grandmother's sideboard in Leiden for sixty years, and now it is mine. Last winter the lid began to stick, and when I finally forced it open a piece of the rim chipped off, about the size of my little fingernail. I still have the piece in an envelope.

I found your workshop through a travel blog, which says you also restore old pieces. ⟦I was wondering whether you could repair it so that the lid closes again⟧ - I do not need it to look new, just whole. I am coming to Myanmar with my daughter in April, and ⟦I would like to know if it is better to bring it with me or to post it to you before.⟧ ⟦How long would such a repair take?⟧ And ⟦roughly what would it cost?⟧

It would mean a great deal to me to have it repaired where it was made.

With kind regards,
Annelies de Vries
Leiden, the Netherlands""",
         [Y, Y, N, Y], ["yes/no", "which", "when", "how much"],
         """\
Dear Mrs de Vries,

What a lovely story, thank you for writing to us. Boxes with the royal barge were made in Myinkaba in those years, so it may even have come from a workshop in our village.

Yes, we can repair the rim and make the lid close again. We keep the old surface and only fill and re-lacquer the chipped part, so it will still look its age. Please bring the chipped piece too.

It is better to bring it with you in April. Parcels to Myanmar are often held at customs, and we would rather not risk it.

How long it takes depends on how deep the damage goes once we open the rim.‸ A repair like this usually costs between US$ 40 and US$ 80.

With regards,
U Aung Myint
Shwe Thitsi Lacquerware"""),

    # --- Tagua Viva (tagua-nut buttons and beads; Manta, Ecuador)
    case("""\
Hi there,

I run a small slow-fashion label in Portland, Oregon (linen shirts and dresses), and we're moving away from plastic buttons for our fall 2027 line. Tagua looks perfect. A few questions:

- ⟦Do you make 4-hole buttons in 15 mm and 18 mm?⟧
- ⟦your minimum order per color⟧
- ⟦Are your dyes OEKO-TEX or otherwise certified?⟧ Our stockists ask.
- ⟦lead time for about 6,000 buttons⟧

Also, ⟦could you send a sample card with your natural and dyed colors?⟧ Happy to pay for it.

Thanks so much,
Jenna Kowalczyk
Fernline Studio
(503) 555-0147""",
         [Y, Y, N, Y, Y], ["yes/no", "how much", "yes/no", "when", "request"],
         """\
Hi Jenna,

Thanks for writing to us, it's great to hear you are leaving plastic behind.

Yes, we make 4-hole buttons in both 15 mm and 18 mm, in natural and in 22 dyed colours. Our minimum is 500 buttons per colour and size.

Our dyes are the same water-based dyes that most tagua workshops in Manabí use, and we rinse every batch three times.‸ For 6,000 buttons we need about five weeks from payment, plus around one week for DHL to Portland.

I'll post you a sample card with all our colours this Friday, no charge.

Saludos,
Rosa Zambrano
Tagua Viva, Manta"""),
    case("""\
hola rosita!! 😅 so the boutique in cumbayá wants the 300 little coco-shaped beads for the necklaces, ⟦u have them in stock or u have to make them⟧ and ⟦cuanto for the 300⟧ 👀 ⟦can u send with the bus to quito, to the terminal quitumbe⟧ i pick up there
besos""",
         [Y, Y, N], ["which", "how much", "request"],
         """\
Hola Dani 😊

We have about 180 coconut-shape beads in stock, the rest we make this week, so all 300 would be ready by Tuesday. For the 300 it's US$ 105, same price as last time.

For the bus, I'll see what we can do.‸

Besos,
Rosita"""),
    case("""\
Dear Tagua Viva,

I'm a knitwear designer in Hebden Bridge and bought 400 of your dyed tagua buttons (colour "Mora", order TV-0918) for a cardigan pattern kit. Three customers have now written to say the purple ran onto their cream wool the first time they hand-washed the cardigan. One cardigan is ruined. This has never happened with buttons before and it's damaging my reputation.

⟦Why did the dye run?⟧ ⟦Are the other colours in my order (the green "Selva" and the blue "Pacífico") likely to do the same?⟧ ⟦I want a refund for the 400 Mora buttons⟧, and ⟦I'd also like you to contribute to the cost of replacing the ruined cardigan (£85 of yarn).⟧

Regards,
Hannah Oyelaran
Oyelaran Knits
01632 960418""",
         [Y, N, Y, N], ["why", "yes/no", "request", "request"],
         """\
Dear Hannah,

I am truly sorry about this, and I understand how bad it is when it reaches your customers.

We checked the batch of Mora from October. The dyer used a new purple that month and the buttons were not fixed with enough hot water before drying, so the colour was still loose. This is our mistake.

I have refunded the £164 for the 400 Mora buttons to your card today; you should see it in three to five days. Our dyed colours are all made by hand in small pots, and we always try to give our customers strong, lasting colours.‸

Again, my apologies to you and to your customers.

Rosa Zambrano
Tagua Viva, Manta"""),
    case("""\
Buongiorno Rosa,

I was confused by the price, but now I understand, the 11 mm are per hundred and not per piece. Thank you for the patience. So ⟦2,000 buttons is US$ 180, è giusto?⟧ ⟦The shipping with DHL to Napoli is separate?⟧

Giulia

From: Rosa Zambrano <rosa@taguaviva.example.ec>
Sent: Friday, January 29, 2027 11:02 AM
To: Giulia Ferraro <giulia@sartoriaferraro.example.it>
Subject: RE: buttons for shirts

Dear Giulia,

The 11 mm natural buttons are US$ 9 per 100. Would you like them polished or matt?

Rosa""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Buongiorno Giulia,

Yes, that's right: 2,000 buttons at US$ 9 per 100 is US$ 180. DHL to Napoli is separate, US$ 41 for a parcel that size, so US$ 221 in total. Sorry the price list was not clearer, I will add "per 100" to every line.

Saludos,
Rosa"""),
    case("""\
Dear Rosa,

Lorenzo Sartori here again, from the shirt workshop in Biella. Our first 2,000 buttons arrived last week and my cutters are very happy with them, they sew well and the colour of the natural ivory is beautiful with our white poplin.

Now I have a bigger project. For our autumn collection we would like a button with our small logo (an S inside a circle) engraved on it, 11 mm, about 12,000 pieces. ⟦I would like to know if you can engrave a logo so small⟧, and ⟦if yes, whether you do it by laser or by hand.⟧ ⟦Could you tell me also what the extra cost would be per hundred?⟧ ⟦We will need the buttons in Biella before the end of April, because the sewing starts on 3 May.⟧

One more thing: my accountant asks ⟦if you can put the HS code on the invoice⟧, because last time the customs in Milano held the parcel for two days.

Grazie,
Lorenzo Sartori
Camiceria Sartori, Biella""",
         [Y, Y, N, Y, Y], ["yes/no", "which", "how much", "request", "request"],
         """\
Dear Lorenzo,

I am very glad the first buttons are working well on the poplin.

Yes, we can put your logo on an 11 mm button. We do it by laser, because by hand the S would not be sharp at that size, and the laser leaves a soft brown mark that looks natural on tagua. The engraving adds a little to the price, and I will send you the details with the proof of your logo.‸

For 12,000 pieces we need six weeks, so if you confirm by the end of February, the buttons will leave Manta in the second week of April and be in Biella well before the end of the month.

Of course, I will put the HS code (9606.22) on the invoice and on the DHL papers.

Saludos,
Rosa Zambrano
Tagua Viva"""),

    # --- Tabacalera Las Segovias (hand-rolled cigars and factory tours; Estelí, Nicaragua)
    case("""\
Hi Karla,

Hope all is well down in Estelí. We're running low on the Segovia Robusto and the Maduro Torpedo at the lounge, and Valentine's weekend is always our busiest, so I want to get an order in.

⟦We'll need 20 boxes of the Robusto and 10 of the Torpedo here in Miami by Thursday, February 11.⟧ ⟦Can you do that with the usual air freight, or is it too tight?⟧ ⟦Is the price still $185 a box for the Robusto?⟧ Last invoice said $185 but your new catalog says $198.

Also, ⟦what happened with the cedar cabinet display you promised us in November?⟧ Never showed up.

Thanks,
Marcus Delgado
Humo & Hueso Cigar Lounge
Little Havana, Miami
(305) 555-0183""",
         [Y, Y, Y, N], ["request", "which", "yes/no", "which"],
         """\
Hi Marcus,

Good to hear from you, and thanks for thinking of us before Valentine's.

We have the Robusto and the Maduro Torpedo in the aging room now, so 20 and 10 boxes are no problem. The usual air freight leaves Managua every Monday and Thursday. If you confirm today, the boxes fly on Monday, February 8, and clear in Miami by Wednesday, February 10, a day before you need them.

The Robusto went up to $198 a box on January 1, when the new catalog came out, because the wrapper leaf from our Jalapa farm cost us more this year. Your last invoice was from December, so it still had the old price.‸

Un abrazo,
Karla Benavides
Tabacalera Las Segovias, Estelí"""),
    case("""\
hey! me and my buddy are in esteli till sunday 🇨🇦🚬 ⟦can we do the factory tour saturday morning⟧ and ⟦is it ok if we dont speak spanish lol⟧
⟦how long does it take⟧
Sent from my iPhone""",
         [Y, Y, Y], ["yes/no", "yes/no", "when"],
         """\
Hi there!

Yes, Saturday morning works, we run the tour at 9 am and at 11 am. No Spanish needed, our guide Jairo speaks English and he loves Canadians. The tour takes about an hour and a half, and at the end you roll your own cigar to take home.

Just reply with the time you prefer and your names.

Saludos,
Karla
Tabacalera Las Segovias"""),
    case("""\
Hallo Karla,

FYI, see below from our forwarder about the February container. Nothing needed from you for now, I will sort it out with them and come back to you when I know the date.

Viele Grüße
Stefan

---------- Forwarded message ---------
From: Jana Köhler <jana.koehler@nordfracht.example.de>
Date: Tue, 2 Feb 2027 at 14:05
Subject: Container Puerto Corinto - Hamburg
To: Stefan Brandt <s.brandt@zigarrenhaus-brandt.example.de>

Dear Mr Brandt,

The shipping line has moved the sailing from Corinto to 19 February. Could you ask your supplier whether the cigars can reach the port by 16 February instead of 12 February? Please also let us know if the cargo needs a reefer container.

Best regards,
Jana Köhler
Nordfracht Logistik, Hamburg""",
         [], [],
         """\
Hallo Stefan,

Thanks for letting me know. The 16th would be easier for us anyway, so whatever the forwarder decides will work on our side.

Saludos,
Karla""",
         quoted_only=True),
    case("""\
Dear Sirs,

I ordered a 25-count box of your Churchill Reserva as a 50th birthday present for my husband (order LS-30442). It arrived in Leeds on Saturday and I am afraid it was a disaster. The cellophane on four of the cigars had split and the wrappers were cracked and flaking, and the whole box felt bone dry. On top of that, Royal Mail would not hand it over until I had paid £212.40 in duty and VAT, which nobody mentioned when I ordered.

⟦Please send a replacement box that is fit to give as a present.⟧ ⟦Why was I not told about the import duty?⟧ And ⟦will you refund at least part of it?⟧ The whole order has now cost me nearly twice what I expected.

His birthday is on Saturday 20 February, so ⟦the replacement must reach me before then.⟧

Yours faithfully,
Gillian Thorpe
Roundhay, Leeds""",
         [Y, N, N, Y], ["request", "why", "yes/no", "request"],
         """\
Dear Mrs Thorpe,

I am so sorry that your husband's present arrived in that state. The cigars left Estelí in good condition, but a box travelling by post in January can sit in cold, dry sorting centres for days, and that is what cracks the wrappers.

We are sending a new box of 25 Churchill Reserva today by DHL Express, packed with two humidity packs inside a sealed bag. It is due in Leeds on Tuesday 9 February, well before his birthday.

We understand how frustrating the charge at the door must have been, and we are sorry it spoiled the surprise.‸

With best wishes for the birthday,
Karla Benavides
Tabacalera Las Segovias"""),
    case("""\
Estimada Karla,

I am the new manager of the gift shop at the Hotel Lago Xolotlán in Managua. My predecessor told me the hotel used to buy from you before the pandemic and our guests still ask for "the cigars from Estelí".

We would like to start again with a small order. Could you tell me:

a) ⟦which of your lines sell best to foreign tourists⟧
b) ⟦whether you can put the hotel's name on the cigar band⟧ (we have the logo in vector)
c) ⟦the minimum for a special band⟧

⟦We can pay in córdobas or in dollars, whichever you prefer - please let me know.⟧ ⟦I would also like to visit the factory with our head of purchasing in the second half of February; what day would be good for you?⟧

Saludos cordiales,
Ivania Morales
Gerente, Tienda de Regalos
Hotel Lago Xolotlán

CONFIDENTIALITY: This message and its attachments are intended only for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [Y, Y, N, Y, N], ["which", "yes/no", "how much", "which", "when"],
         """\
Estimada Ivania,

Welcome, and thank you for bringing the hotel back to us.

With foreign tourists the Segovia Robusto and the little Corona 5-pack sell best, because they fit in a suitcase; the Churchill Reserva sells well as a gift. Yes, we can print the hotel's name and logo on the band, the vector file is perfect.

For the special band we need a little more time, as the printer in Managua changes his prices every year.‸

Dollars are easier for us, but córdobas at the day's rate are also fine. And we would be very happy to show you and your head of purchasing the factory; just tell me which day suits you and I will keep the morning free.

Saludos cordiales,
Karla Benavides
Tabacalera Las Segovias"""),

    # --- Fonderie Naaba (lost-wax bronze casting; Ouagadougou, Burkina Faso)
    case("""\
Bonjour Monsieur Ouédraogo,

I am the owner of a small gallery of African art in Lyon (Galerie Harmattan, rue Burdeau). I saw your bronze figures of women carrying water at the SIAO, and I would like to present ten of them in an exhibition from 6 April.

⟦Could you tell me the price for ten figures of about 35 cm?⟧ ⟦Do you give a certificate with each piece, signed by the artist?⟧ For my clients this is important. ⟦The pieces should arrive in Lyon before 25 March⟧ so that we have time for the photographs.

And a last question - ⟦is the patina fixed with wax, or do my clients need to do something to keep it?⟧

Cordialement,
Sylvie Garnier
Galerie Harmattan, Lyon""",
         [Y, Y, Y, Y], ["how much", "yes/no", "request", "how"],
         """\
Bonjour Madame Garnier,

Thank you for your message, I remember our stand at the SIAO with pleasure.

The water-carrier figures of about 35 cm are 145,000 FCFA each, so 1,450,000 FCFA (about € 2,210) for ten. Each piece comes with a certificate signed by the artist who made the wax, Issouf Sawadogo, with a photograph of the piece.

We have four figures ready and we can cast the other six in the next three weeks. They would leave Ouagadougou by air freight on Friday 12 March and reach Lyon around the 16th, before your date.

The patina is fixed with hot beeswax at the foundry. Your clients only need to dust it and, once a year, rub it with a little neutral wax and a soft cloth.

Cordialement,
Boukary Ouédraogo
Fonderie Naaba, Ouagadougou"""),
    case("""\
bonjour grand frère 🙏🏾 c'est Adama from hotel Silmandé side. the director want 2 big horses bronze for the entrance, like the one in your courtyard 🐎 ⟦u can make them before end of march⟧ and ⟦the price for the two⟧
⟦we can come see the work tomorrow afternoon?⟧
on est ensemble""",
         [N, Y, Y], ["yes/no", "how much", "yes/no"],
         """\
Bonjour Adama,

Tell the director thank you. The horse in the courtyard is 1.2 m high, two of the same are 2,400,000 FCFA together, with the stone bases included.

Tomorrow afternoon is fine, come after 3 pm when the furnace is off and it is less hot. I will show you the wax models.‸

On est ensemble,
Boukary"""),
    case("""\
Dear Mr Ouédraogo,

Last October I bought from you the bronze mask "Wango" (about 40 cm) and had it sent to Brussels. I have kept it indoors in our living room, away from the window. In the last weeks green and white spots have appeared on the cheeks, and on the forehead the dark patina is rubbing off when I dust it, so the yellow metal shows. For a piece of € 690 I did not expect this after three months.

⟦What causes these spots?⟧ ⟦How am I supposed to clean them without making it worse?⟧ ⟦I would like you to replace the mask or to repair it at your cost.⟧

Best regards,
Pieter Claes
Etterbeek, Brussels""",
         [Y, N, N], ["why", "how", "request"],
         """\
Dear Mr Claes,

I am sorry to see the photos of the mask, thank you for sending them.

The green and white spots are a reaction of the copper in the bronze with humidity and the salts left from the casting sand. In Ouagadougou the air is dry, and in Brussels in winter, with heating and then humid days, these salts can come out. The patina on the forehead is thin because that is where we polish the highlights.

This is the first time a client in Europe has had this, and I have spoken with my patina master about it. We are looking at what we can do for you.‸

With my apologies,
Boukary Ouédraogo
Fonderie Naaba"""),
    case("""\
Dear Fonderie Naaba,

I'm a ceramic and wax sculptor in Santa Fe, New Mexico. For years I've had my small pieces cast by a foundry here, but it closed last summer and the others in town charge more than I can ask for the work. A friend who taught at a school in Koudougou told me about your foundry and showed me the bronze she brought back, and the surface was so alive that I haven't stopped thinking about it.

What I have in mind is a series of seven birds, each about 20 cm, which I have modeled in microcrystalline wax. ⟦I'd like to know whether you cast other artists' waxes⟧, and ⟦if so, whether I'd send the waxes themselves or molds.⟧ I'm also a bit anxious about shipping wax through the desert heat - ⟦is that a problem you've seen before?⟧ ⟦What would casting seven birds of that size cost, roughly?⟧ I wouldn't need them until the fall.

Warm regards,
Nell Archuleta
Santa Fe, NM
Sent from my iPad""",
         [Y, Y, Y, N], ["yes/no", "which", "yes/no", "how much"],
         """\
Dear Nell,

Thank you for your kind words, and please greet your friend from Koudougou.

Yes, we cast waxes for other artists, from Burkina and from abroad. It is best to send the original waxes, because we build the clay and charcoal mould directly around them; a silicone mould from you would only make extra work.

Wax and heat are a real problem, we have seen waxes arrive bent. Send them between October and February when it is cooler here, each bird packed in a box inside a cooler box, and we collect the parcel at the airport the same day.

For the price, every piece is different, and I prefer to see your waxes first.‸ The fall is no problem for the timing.

Warm regards,
Boukary Ouédraogo
Fonderie Naaba"""),
    case("""\
Dear Mr. Ouédraogo,

We are planning a West African casting display for our museum shop to open with the exhibit "Fire and Earth" on Saturday, April 17. We'd like to carry a range of your small bronzes at three price points. Could you please send us:

a) ⟦a wholesale price list for pieces under 15 cm⟧
b) ⟦photographs of the casting process we could print on a shop panel⟧ (with permission to use them)
c) ⟦your earliest ship date for an opening order of about 120 pieces⟧

⟦We'd also need to know whether your bronzes contain any lead⟧, as all our products are tested.

Thank you,
Dana Whitfield
Retail Buyer, Hollis Museum of World Art
Cleveland, OH | (216) 555-0129

DISCLAIMER: This email and any attachments are for the intended recipient only. If you are not the intended recipient, please delete it and let us know.""",
         [Y, N, Y, Y], ["request", "request", "when", "yes/no"],
         """\
Dear Ms Whitfield,

Thank you for your interest in our work for "Fire and Earth".

Please find attached our wholesale price list for the pieces under 15 cm, from 9,500 FCFA (about US$ 16) for the small animals to 38,000 FCFA for the seated figures.

For an opening order of 120 pieces we can ship on Monday 8 March by air freight, which would give you the pieces in Cleveland in the second half of March. Our bronze is made from recycled brass and copper, and the metal is not always the same, so we had a sample tested at the laboratory in Ouagadougou last year: it contains lead, around 2%, like most recycled brass. I can send you the report.‸

Best regards,
Boukary Ouédraogo
Fonderie Naaba"""),

    # --- Al-Fanous Workshop (hand-pierced brass lanterns; Khan el-Khalili, Cairo, Egypt)
    case("""\
Hi Hassan,

We're opening a Ramadan pop-up restaurant in Shoreditch for the whole month and I've just been let down by our lantern supplier in Istanbul. I know this is very last minute!

⟦Could you get 30 of your medium hanging lanterns (the star pattern, about 45 cm) to London by Monday 8 February?⟧ ⟦What would they cost with express shipping?⟧ ⟦Are they wired for UK plugs, or would we need to fit the fittings here?⟧ We want real candles in about half of them - ⟦is that safe with the coloured glass?⟧

Sorry for the rush, and thank you!

Leila Haddad
Supper at Suhoor, London E2
020 7946 0522""",
         [Y, N, Y, Y], ["yes/no", "how much", "which", "yes/no"],
         """\
Hi Leila,

Ramadan Kareem in advance, and don't worry, February is always like this for us!

I can't make 30 by Monday, I'm sorry, but we have 18 of the star lanterns in 45 cm ready in the shop today. If you confirm by tonight, they go with DHL tomorrow and reach you on Tuesday 9 February. The other 12 my brother can finish by the end of next week.‸

They are wired with an E14 holder and a flat cable without a plug, so your electrician just needs to add a UK plug. Candles are fine in them if you use short candles in glass cups, and keep the small door open a little so the heat can go out.

Best,
Hassan
Al-Fanous Workshop, Khan el-Khalili"""),
    case("""\
ya Hassan salam 🌙 ⟦the big fanous with the red and green glass u still have it⟧ i want it for the balcony before ramadan inshallah. ⟦can ur boy bring it to maadi tomorrow⟧ and ⟦how much with delivery⟧ 🙏
Sent from my Samsung Galaxy""",
         [Y, Y, Y], ["yes/no", "request", "how much"],
         """\
Wa alaikum salam Madam Nermine 🌙

Yes, the big one with red and green glass is still here, I put it aside for you. Mostafa can bring it to Maadi tomorrow after the noon prayer, around 2 pm. The lantern is 2,800 LE and delivery to Maadi 150 LE, so 2,950 LE, you pay him cash.

Ramadan Kareem,
Hassan"""),
    case("""\
To whom it may concern,

I bought two of your large table lanterns online in December (order AF-1187, US$ 340 with shipping) as Christmas gifts. When I unpacked them here in Austin, one of the blue glass panels was shattered. Then my son-in-law tried to plug the other one in and it didn't work at all - turns out it's wired for 220 volts and has a European plug, which your listing never mentioned.

⟦Will you send a new glass panel for the broken one?⟧ ⟦Why doesn't your website say these are 220V only?⟧ ⟦I would like to know whether you can send US-wired fittings or if I have to pay an electrician to rewire both of them.⟧

Sincerely,
Carol Ann Pruitt
Austin, TX""",
         [Y, N, Y], ["request", "why", "which"],
         """\
Dear Ms Pruitt,

I am very sorry about the broken panel and the trouble with the wiring, and thank you for the photos.

We will send you a new blue glass panel this week by DHL; it slides into the frame from the top after you open the little roof.

For the wiring, you do not need an electrician. I will send with the panel two US fittings, a 110-volt E12 holder with a US plug for each lantern, at no charge. They screw into the same place as the old ones, and I include a small drawing.

Our website is made by my nephew and I have asked him to look at the listings.‸

With apologies,
Hassan Abdel-Aziz
Al-Fanous Workshop"""),
    case("""\
Hassan,

The 40 lanterns arrived in Dubai this morning and every single one is perfect, not a scratch. The client walked through the ballroom this afternoon and was thrilled. The balance went from our account today.

Shukran ya Hassan, it was a pleasure.

Rania
--
Rania Saleh | Creative Director
Lumière Events, Dubai
Planning a wedding or a Ramadan iftar? Let us know your date and we'll send you a free mood board!""",
         [], [],
         """\
Dear Rania,

Alhamdulillah, I am so happy they arrived safely and that the client liked them. Thank you for the payment and for the trust; it was a pleasure for us too.

Ramadan Kareem to you and the team,
Hassan""",
         quoted_only=True),
    case("""\
Dear Mr Abdel-Aziz,

My name is Samir Guirguis. I live in Paterson, New Jersey, but I was born in Cairo, in a street behind Al-Muizz, and my grandfather Fawzi Guirguis had a small lantern workshop there until the 1970s. When I was a boy I sat on the step and watched him cut the brass with the little chisel, and I still have one of his lanterns, a hexagonal one with a pointed dome and a pattern of crescents. My daughter found your workshop on Instagram and she says your lanterns have the same crescent.

⟦I am wondering if you or the older men in the street remember the workshop of Fawzi Guirguis.⟧ It would make an old man very happy. I would also like to have a copy of my grandfather's lantern made for each of my three children. ⟦Could you make three copies if I send you photographs and the measurements?⟧ ⟦What would they cost, shipped to New Jersey?⟧ I am not in a hurry, but ⟦it would be nice to give them at Easter.⟧

With my best wishes,
Samir Guirguis
Paterson, NJ""",
         [N, Y, Y, Y], ["yes/no", "yes/no", "how much", "request"],
         """\
Dear Mr Guirguis,

Thank you for your beautiful letter. I read it to my father and he was very moved.

Yes, we can make three copies from photographs and measurements. Please send photos from the front, the side and from above, and the height and the width of each face. For a hexagonal lantern with a pointed dome of about 50 cm, the price would be US$ 190 each, and shipping the three together to New Jersey is about US$ 160, so US$ 730 in total.

Easter this year is on 2 May for you, I think, or 28 March for the western church? Either way, if we have your photos by the middle of February, the lanterns will be with you by the end of March.‸

With my best wishes to you and your family,
Hassan Abdel-Aziz
Al-Fanous Workshop"""),

    # --- Finca La Grana (cochineal grown on prickly pear and sold dried; Guatiza, Lanzarote, Canary Islands, Spain)
    case("""\
Hello Candelaria,

I'm a natural dyer and teacher in Brattleboro, Vermont, and I've been buying cochineal through a US wholesaler, but I'd love to buy straight from a farm. I read that your family has been growing it in Guatiza for generations. A few questions before I order:

1. ⟦Do you sell the insects whole, ground, or both?⟧
2. ⟦What's the price per kilo⟧, and ⟦is there a discount over 5 kg?⟧
3. ⟦Can you ship to the US⟧, and ⟦roughly how much would that be?⟧
4. ⟦Which grade would you recommend for dyeing wool a deep crimson?⟧

Many thanks,
Ruth Ellingsen
Hollowbrook Dye Studio
Brattleboro, VT""",
         [Y, Y, Y, Y, Y, Y], ["which", "how much", "yes/no", "yes/no", "how much", "which"],
         """\
Hello Ruth,

How nice to hear from a dyer in Vermont! Yes, my grandfather's grandfather planted our first tuneras here.

We sell cochineal both whole and ground; most dyers prefer it whole, because it keeps its strength for years, and you grind it just before using. The price is € 95 per kilo, and from 5 kg it is € 85 per kilo.

We ship to the US by Correos Express. For up to 5 kg it costs around € 48, and it takes 8 to 12 days.

For a deep crimson on wool I recommend our "plateada", the silver-grey grade from the summer harvest. With an alum mordant and a little cream of tartar it gives the deepest reds.

Un saludo,
Candelaria Perdomo
Finca La Grana, Guatiza"""),
    case("""\
buenas mi niña! 😊 i have 9 tourists from the hotel in costa teguise who want to see the cochinilla, ⟦u are open saturday morning?⟧ ⟦can u do the little talk in english and german⟧ 🌵 ⟦the entry still 8 euro each or it change⟧
Sent from my Xiaomi""",
         [Y, N, N], ["yes/no", "request", "how much"],
         """\
Buenas Yurena 😊

Yes, we are open on Saturday from 10 to 1, come when you like. The tourists can see the tuneras, the women brushing the insects from the leaves and the drying on the roof. Tell them to bring a hat, the sun is strong.‸

Un beso,
Candelaria"""),
    case("""\
Dear Finca La Grana,

We are an art-supply shop in Norwich and bought 3 kg of your ground cochineal in December for our natural pigments range (invoice FLG-2026-118). When we opened the second bag last week, the powder had formed hard lumps and there was a grey-green mould on the top. We have had to throw that kilo away and withdraw the jars we filled from it.

⟦Please refund the mouldy kilo (€ 105) and the shipping for it.⟧ ⟦How did moisture get into a sealed bag?⟧ ⟦Is the rest of the batch safe to sell, or should we test it first?⟧

Kind regards,
Tom Astley
Astley & Finch Art Supplies, Norwich

On Thu, 17 Dec 2026 at 08:45, Finca La Grana <pedidos@fincalagrana.example.es> wrote:
> Dear Tom,
> Your 3 kg of ground cochineal left today with Correos Express. Please let us know when it arrives.
> Un saludo,
> Candelaria""",
         [Y, Y, Y], ["request", "why", "which"],
         """\
Dear Mr Astley,

I am very sorry about the mouldy bag, and thank you for taking the jars off the shelf so quickly.

I have refunded € 105 for the kilo and € 14 for its part of the shipping to your card today.

The bags of that week were sealed on a day with calima, the hot wind from Africa, when the powder was a little warm and humid. In a closed bag it sweated, and the mould started. From now on we only seal ground cochineal in the early morning, and we put a silica sachet in each bag.

The other two kilos come from the same batch, but from bags sealed on another day. If the powder is loose and smells only of earth, it is fine to sell. You do not need to test it; if you find any lump, write to me and I will replace it.

Un saludo,
Candelaria Perdomo
Finca La Grana"""),
    case("""\
Dear Ms Perdomo,

Thank you for the quick answer. We have now decided to go ahead with a trial batch for our lip tint, but our lab in Madrid needs some documents first. ⟦Could you tell us whether your carmine is certified for cosmetic use in the EU (CI 75470)?⟧ ⟦We would also need a certificate of analysis for the batch you would send us.⟧ For the trial ⟦what would be the minimum quantity?⟧

Best regards,
Lucía Ortega
Co-founder, Roja Cosmetics
Madrid

From: Candelaria Perdomo <candelaria@fincalagrana.example.es>
Sent: Monday, February 1, 2027 9:12 AM
To: Lucía Ortega <lucia@rojacosmetics.example.es>
Subject: RE: carmine for lipstick

Dear Lucía,

Thank you for your interest. We sell dried cochineal and carmine made from it. Could you tell me what quantity you would need per year?

Candelaria""",
         [N, N, Y], ["yes/no", "request", "how much"],
         """\
Dear Lucía,

I am glad you want to try our carmine.

Our carmine is made from our own cochineal in a small laboratory in Arrecife that works with several food companies, and it is used in the Canarian cheeses and sweets that carry the Lanzarote seal. I will ask the laboratory which papers they can prepare for a cosmetic company.‸

For a trial, the minimum is 500 g of carmine.

Un saludo,
Candelaria Perdomo
Finca La Grana"""),
    case("""\
Dear Candelaria,

You may not remember me, but I visited your finca with my late husband in October 2019, and you showed us how the women brush the cochineal off the cactus pads with a feather, and you let me crush one on my palm so I could see the red. It was the best afternoon of our whole holiday, and Alasdair talked about it for months afterwards.

I'm now retired from teaching and have decided to come back to Lanzarote on my own this spring. ⟦I wondered whether you ever take volunteers to help with the harvest⟧ - I'm 68 but fit, and happy to do anything. ⟦When does the spring harvest start this year?⟧ I'd need somewhere to stay too, so ⟦is there a guesthouse or rooms in Guatiza within walking distance of the finca?⟧ I don't drive on the right.

With warm wishes,
Morag Lindsay
Edinburgh""",
         [Y, N, Y], ["yes/no", "when", "where"],
         """\
Dear Morag,

Of course I remember you and Alasdair, the Scottish couple with the red palm! I am so sorry to hear he has died.

Yes, we would love to have you. Every year a few volunteers help us; the work is brushing the insects into the tins and turning them on the drying roof, and we finish at one o'clock before the heat. You would eat with us at lunch.

The harvest depends on the rain we had in winter and on how the insects are growing. I will write to you when I see how they look.‸

In Guatiza, Doña Mercedes rents two rooms above her shop in the Calle Los Pitones, ten minutes' walk from the finca, and she always has a room in spring.

With a big hug,
Candelaria"""),

    # --- Soline Vidmar (a family's salt pans: fleur de sel and sea salt; Sečovlje, near Piran, Slovenia)
    case("""\
Dear Mr Vidmar,

I am the head chef at Gasthaus Lindengrund in Vienna (7th district). A colleague brought me a jar of your fleur de sel from Piran and I would like to use it on our whole menu from the spring.

⟦Could you send us 20 kg of fleur de sel in 1 kg bags?⟧ ⟦What is your price for restaurants?⟧ I know the salt is harvested in summer - ⟦do you still have enough from last year's harvest?⟧ And ⟦how do you deliver to Austria, by post or by courier?⟧

We open the spring menu on Tuesday 16 March.

Mit freundlichen Grüßen
Florian Brunner
Küchenchef, Gasthaus Lindengrund""",
         [Y, Y, Y, Y], ["request", "how much", "yes/no", "how"],
         """\
Dear Mr Brunner,

Thank you, and please thank your colleague for bringing our salt to Vienna.

Yes, we still have about 300 kg of fleur de sel from the 2026 harvest, so 20 kg is no problem. For restaurants the price is € 24 per kilo, so € 480 for 20 one-kilo bags, plus VAT.

We send to Austria with GLS courier in two boxes; it takes two or three days and costs € 22. If you confirm this week, I will send the salt on Monday 8 February and you will have it long before 16 March.

Lep pozdrav,
Matej Vidmar
Soline Vidmar, Sečovlje"""),
    case("""\
živjo matej!! 💍 we are getting married 12 june in portorož and want ur salt as favours for guests ✨ ⟦u do the small jars with a name tag⟧ ⟦for 120 guests how much⟧ and ⟦could we pick them up ourselves at the salt pans in may⟧ 😊
hvala!!! Neža""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Živjo Neža,

Congratulations to you both! 💍

Yes, we do small 50 g jars of fleur de sel with a linen top and a tag with your names and the date. And of course you can pick them up at the salt pans; come any day in May, my mother will have them ready in boxes of 40.‸

Lep pozdrav,
Matej"""),
    case("""\
Dear Matej,

As agreed on the phone this morning, please find attached our purchase order 2027/014 for the March delivery (40 kg fleur de sel, 60 kg sale grosso). Payment at 30 days as usual.

Cordiali saluti,
Paolo Benussi
Buyer, Gastronomia Benussi, Trieste

CONFIDENTIALITY NOTICE: The information in this e-mail is confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this message from your system.""",
         [], [],
         """\
Dear Paolo,

Thank you, order 2027/014 received. We will deliver in the first week of March as agreed.

Lep pozdrav,
Matej Vidmar
Soline Vidmar""",
         quoted_only=True),
    case("""\
Sehr geehrter Herr Vidmar,

I ordered six jars of your fleur de sel in your web shop on 18 January. Two things are wrong. First, the salt in three of the jars is one hard block and has a grey colour, not white like in the photos. Second, my credit card was charged twice, € 57 and again € 57.

⟦I want the second payment returned immediately.⟧ ⟦Is the grey salt safe to eat or must I throw it away?⟧ ⟦I also expect three new jars of white salt.⟧

Mit freundlichen Grüßen
Ingrid Haller
München""",
         [Y, Y, N], ["request", "which", "request"],
         """\
Sehr geehrte Frau Haller,

I am sorry for both problems.

The double payment was an error of our payment provider on 18 January, which affected four orders. I have returned the second € 57 to your card today, and you will see it in a few days.

The grey colour is completely natural: fleur de sel from Piran takes a little of the grey from the petola, the layer of algae and minerals on the bottom of our pans. It is safe to eat, and many chefs prefer it. The block forms when the jar stands somewhere humid; you can break it with a spoon, or dry it for ten minutes in a warm oven.

We understand that you expected the white salt from the photos.‸

Lep pozdrav,
Matej Vidmar
Soline Vidmar"""),
    case("""\
Dear Matej,

I'm a food writer based in Bristol and I'm working on a book about salt, with a chapter on the Adriatic. I've been reading about the Sečovlje pans and the way your family still works them by hand, with the wooden tools and the petola layer, the way it was done in the fourteenth century. It feels like exactly the story I want to tell.

My plan is to come to Slovenia in the second half of March. I know that's not harvest season, but ⟦I'd love to see the pans and talk to you about how the work changes through the year, if you would be willing.⟧ ⟦Would it be possible to photograph you and your mother at work⟧ - even if it's only repairing the pans? I'd also be interested in ⟦whether the museum at the salt pans is open in March.⟧ ⟦Which days would suit you best?⟧

Best wishes,
Catherine Moss
Bristol
07700 900412""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "yes/no", "when"],
         """\
Dear Catherine,

Thank you for your message and for your interest in our salt pans.

We would be happy to talk to you and show you the pans. March is actually a good time: we repair the walls and the channels and begin to grow the petola again, and you can see work that visitors never see in summer. You are welcome to photograph me and my mother, she will pretend to complain but she will enjoy it.

We work in the pans on weekdays from 8 to 1, so any weekday in the second half of March suits us, except Friday 19 March, when we are at a fair in Ljubljana.‸

Best wishes,
Matej Vidmar
Soline Vidmar"""),

    # --- Sughero Gallura (cork stoppers, tiles and goods from Gallura cork oak; Tempio Pausania, Sardinia, Italy)
    case("""\
Hej Francesca,

We are a small natural-wine producer on Bornholm and we want to stop using the agglomerated corks from our current supplier. I tasted a bottle from a Sardinian winery closed with your stoppers and I was very impressed.

⟦We need 5,000 natural corks, 45 x 24 mm, for the bottling in May.⟧ ⟦Are they tested for TCA?⟧ ⟦Can you print our logo on the side of the cork?⟧ ⟦What is the price for 5,000, with and without print?⟧

Venlig hilsen
Mads Kjeldsen
Kjeldsen Vin, Bornholm""",
         [Y, Y, Y, N], ["request", "yes/no", "yes/no", "how much"],
         """\
Hej Mads,

Thank you for writing to us, and welcome to natural cork!

Yes, we can supply 5,000 natural stoppers 45 x 24 mm for May. Every batch is tested for TCA in a laboratory in Sassari, and we send the report with the corks. We can print your logo on the side with food-grade ink; please send it as a vector file.

The price depends on the grade of the cork you choose, and there are four grades. I will send you samples of each grade this week so you can taste and decide.‸

A presto,
Francesca Pes
Sughero Gallura, Tempio Pausania"""),
    case("""\
ciao fra! 😘 the cork bags sold all before christmas, the tourists go crazy 🙌 ⟦u have 20 more of the small cross body ones in natural⟧ and ⟦the price is still 28⟧ ⟦can u send with bartolini to cagliari by next week⟧
grazie dai
Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "yes/no", "request"],
         """\
Ciao Martina! 😘

So happy they went so well! Yes, we have 24 of the small crossbody bags in natural, so I can send you 20. I'll give them to Bartolini on Monday and you should have them in Cagliari on Wednesday.‸

Baci,
Fra"""),
    case("""\
Hello,

Our studio in Berlin bought 30 of your cork yoga blocks last August (order SG-2241). We chose you because they were natural and made in Europe. Now, after only five months, the edges of more than half of them are crumbling and leaving small brown pieces on the mats and on the floor. Our students have started to complain.

⟦Is this normal for cork blocks?⟧ We clean them once a week with a vinegar spray - ⟦could that have caused it?⟧ ⟦We would like 16 blocks replaced.⟧

Thank you,
Jonas Weber
Studio Atemraum, Berlin-Neukölln""",
         [Y, Y, N], ["yes/no", "yes/no", "request"],
         """\
Dear Jonas,

Thank you for writing and for the photos.

No, it is not normal for cork blocks to crumble after five months. Natural cork wears slowly at the edges, but not like in your photos. Vinegar is probably part of the cause: cork does not like acid, and every week it dries the surface and opens the grain a little. A damp cloth with a drop of mild soap is enough.

That batch was also pressed with less binder than usual, and we are looking at how the blocks from August are doing with other customers.‸

A presto,
Francesca Pes
Sughero Gallura"""),
    case("""\
Dear Sughero Gallura,

My name is Theresa Pinna Callahan and I live in Worcester, Massachusetts. My grandfather, Giovanni Antonio Pinna, left Tempio in 1921 when he was sixteen, and he worked in a shoe factory here until he retired. He always told us that his father had been a "suberaio", a cork harvester, in the woods around Tempio, and that he carried the bark down from Monte Limbara on a donkey. I have one photograph of his family, taken in front of a church, and I would so much like to know more.

Every Christmas he made a little nativity scene on a piece of cork bark, and it is one of the things I miss most. I saw on your website that you make presepi from cork, with the stable carved from bark. ⟦I was hoping you could make one for my family, about 40 cm wide, with a few sheep⟧ - my grandchildren would love sheep. ⟦Would it be ready and shipped before the end of November?⟧

And ⟦I wonder if you know anyone in Tempio who keeps records of the old cork families, or if there is an archive I could write to.⟧

With warm regards,
Theresa Pinna Callahan
Worcester, MA""",
         [Y, Y, N], ["request", "yes/no", "which"],
         """\
Dear Mrs Pinna Callahan,

What a beautiful story, thank you for telling us. My own grandfather was a suberaio too, and my father still remembers the donkeys coming down from Limbara.

Yes, we would be very happy to make a presepe for your family: a stable from Limbara bark, about 40 cm wide, with the Holy Family, two shepherds and five or six sheep for your grandchildren. It costs € 220 and shipping to Massachusetts is about € 45. We will make it in the autumn and send it at the end of October, so it will be with you well before the end of November.‸

With warm regards from Tempio,
Giovanni Maria Pes
Sughero Gallura"""),
    case("""\
Hi Francesca,

Thanks for the samples, they arrived today and the whole team loves the dark "tostato" finish. We'd like to go ahead with the cork stools for our spring window. ⟦Could you confirm the lead time for 24 stools in tostato?⟧ ⟦We'll also need a fire-safety certificate⟧, because our landlord insists on it for anything we put in the shop. And ⟦is there any discount if we commit to 24?⟧

Thanks,
Oliver Grant
Formhouse Design Store, London

From: Francesca Pes <francesca@sugherogallura.example.it>
Sent: 26 January 2027 17:40
To: Oliver Grant <oliver@formhouse.example.co.uk>
Subject: Samples

Dear Oliver,

I have sent the samples by DHL today. Please let me know which finish you prefer.

Francesca""",
         [Y, N, Y], ["when", "request", "yes/no"],
         """\
Hi Oliver,

So glad you like the tostato, it's my favourite too.

For 24 stools in tostato we need four weeks, so if you confirm by Friday 12 February, they would leave Tempio on Friday 12 March and reach London about a week later. For 24 stools we can give you 10% off, so € 126 each instead of € 140.

Cork is naturally slow to burn, and our stools have been used in many restaurants and hotels in Italy.‸

Best,
Francesca"""),

    # --- Kwaibala Shell Money Makers (strung shell money and shell jewellery; Langa Langa Lagoon, Malaita, Solomon Islands)
    case("""\
Dear Mary,

The strand of red and white shell money arrived on Monday, and I just had to write. My husband's mother was from Malaita and she used to describe the tafuliae her family kept in a wooden box, and when he opened the parcel he went very quiet and then went to ring his sister. Who would have thought a parcel from Auki could reach Brisbane in six days?

We have hung it in the lounge where the afternoon light comes in, and it glows. The women who made it have our deepest thanks, and uncle John's little card with the names of the shells is now framed beside it.

Tanggio tumas,
Ellen and Peter Sade
Wynnum, Brisbane""",
         [], [],
         """\
Dear Ellen and Peter,

Tanggio tumas for your beautiful message. I read it to the women this morning under the mango tree and some of them cried a little. Uncle John is very proud that his card is framed.

We are happy the strand has found a home with a family from Malaita.

God bless,
Mary Laete
Kwaibala Shell Money Makers"""),
    case("""\
halo aunty mary 🙏 mifala needim 10 tafuliae for bride price blong cousin blong mi, wedding hem 27 march long honiara 💐 ⟦yufala fit finisim bifoa long date ia⟧ ⟦hao mas nao for wanfala⟧
⟦mi fit kam pikim long auki market or yu sendim long ship⟧
tanggio tumas
Sent from my Samsung Galaxy""",
         [Y, N, Y], ["yes/no", "how much", "which"],
         """\
Halo Daniel 🙏

Yes, mifala fit finisim ten tafuliae bifoa long 27 March. Olketa mere start work long hem this week, and they will be ready long 15 March.‸

Hem best yu kam pikim long Auki market, Saturday 20 March, mi stap long there from morning. Ship hem no safe tumas for tafuliae.

God bless,
Aunty Mary"""),
    case("""\
Dear Ms Laete,

I'm a curator at the Harbourside Museum of Pacific Cultures in Sydney. We are preparing a new gallery on exchange and value in the Pacific, opening in September, and we would very much like to include shell money made in Langa Langa today, alongside older pieces in our collection.

We would like to ask about:

- ⟦commissioning one full-length tafuliae of ten strands for the permanent collection⟧
- ⟦a set of loose shell discs in each colour, at each stage of the work⟧ (raw shell, chipped, drilled, ground)
- ⟦permission to film the makers at work⟧ for the gallery screen, with full credit

⟦Could you let us know whether this would be possible⟧, ⟦what it would cost⟧, and ⟦how long it would take?⟧ ⟦We would also like to know whether the chiefs or the community need to give consent for a museum acquisition.⟧

With thanks,
Dr Sarah Whitmore
Curator, Pacific Collections
Harbourside Museum of Pacific Cultures
+61 2 5550 1842""",
         [Y, Y, Y, Y, N, Y, Y], ["request", "request", "request", "yes/no", "how much", "when", "yes/no"],
         """\
Dear Dr Whitmore,

Thank you for your letter, it is an honour for our group that the museum wants our work.

We can make a full tafuliae of ten strands for the collection, and a set of discs in each colour (red, orange, white and black) at each stage, from the raw shell to the ground disc, on a board with the names in Langa Langa language. You are welcome to film the women at work; they only ask that the names of the makers are shown on the screen.

I have spoken with our chief, and he agrees that the museum can acquire the tafuliae; he will write a letter for the museum's file. A tafuliae takes about four months, so it would be ready in June, in time for September.‸

God bless,
Mary Laete
Kwaibala Shell Money Makers"""),
    case("""\
Hi Mary,

I make jewellery in Nelson and have bought shell discs from you for three years. The last lot (order 2026-31, 2,000 red discs) is not up to the usual standard. About a quarter of the discs are chipped around the hole, and many of the "red" ones are a washed-out pink, nothing like the deep red I ordered and paid NZ$ 460 for.

⟦Why are the red discs so much paler this time?⟧ ⟦I'd like either a refund for the bad ones or replacements, whichever is quicker.⟧ ⟦Can you also check the next lot before it's posted?⟧

Cheers,
Kerryn Moana
Tide & Thread Jewellery, Nelson

Sent from my iPad""",
         [Y, Y, N], ["why", "which", "request"],
         """\
Hi Kerryn,

I am very sorry about the chipped discs and the pale colour.

The red discs come from the rongo shell, and we heat them a little to bring out the red. In October the women had to use shells from a new reef after the cyclone, and the colour from those shells is paler. We should have told you before we sent them.

Replacements would take us two months, so the quicker way is a refund: I have sent NZ$ 115 for the 500 bad discs to your account through the bank in Auki today.‸

Sorry again,
Mary"""),
    case("""\
Dear Ms Laete,

Kind greetings from Kyoto. My name is Haruka Ishida and I am a doctoral student in anthropology at Kyoto Seika University. I am writing a dissertation on how shell money is made and used in Malaita today, and Dr Whitmore in Sydney kindly gave me your address.

I would like to ask ⟦whether it would be possible for me to stay in Langa Langa for about six weeks from July⟧, to learn how the discs are made and to interview the makers. ⟦Could you also advise me where I could stay⟧ - I would of course pay for food and lodging - and ⟦whether I should first ask permission from the chief or from the provincial government?⟧

I would be very grateful for your advice.

Sincerely,
Haruka Ishida

From: Sarah Whitmore <s.whitmore@harbourside.example.org.au>
Sent: Tuesday, January 19, 2027 10:15 AM
To: Mary Laete <mary.laete@kwaibala.example.sb>
Cc: Haruka Ishida <h.ishida@kyoto-seika.example.jp>
Subject: Introduction

Dear Mary, may I introduce Haruka Ishida, a doctoral student who would love to learn from your group. Could you reply to her directly?""",
         [Y, Y, N], ["yes/no", "where", "which"],
         """\
Dear Haruka,

Greetings from Langa Langa, and thank you for writing to us.

Yes, you are welcome to stay with us for six weeks from July. The women are happy to teach you and to answer your questions, though some of the older ones speak only our language and Pijin, so my niece Grace can help you.

You can stay with my sister Ruth on the island. She has a room for visitors, and you can pay her for food and lodging; most visitors pay about SI$ 250 a week.‸

Kind regards,
Mary Laete
Kwaibala Shell Money Makers"""),

    # --- Atelier Tandroka (zebu-horn combs, spoons and bowls; Ambalavao, Madagascar)
    case("""\
Bonjour Hery,

Following our visit to your atelier in November, we would like to place a first order for our concept store in the Marais. ⟦Could you confirm the prices for the following, in euros?⟧

- 60 wide-tooth combs
- 40 salad servers (pairs)
- 30 small spoons for salt or spices

⟦What is the earliest date you could ship by air to Paris?⟧ Also, ⟦do we need a special certificate for French customs for horn products?⟧ Our freight agent asked, and I did not know.

Merci,
Camille Roux
Maison Ébène, Paris 3e""",
         [Y, Y, Y], ["how much", "when", "yes/no"],
         """\
Bonjour Camille,

Thank you for the order, we are very happy to work with Maison Ébène.

Here are the prices in euros: wide-tooth combs € 7.50 each, salad servers € 11 per pair, small spoons € 3.80 each. For your quantities, that is € 450 + € 440 + € 114 = € 1,004.

We can ship by air from Antananarivo on Thursday 25 February, if we receive the deposit by Friday 12 February.

No special certificate is needed: zebu is a domestic animal, so horn products are not protected by CITES. We give a certificate of origin from the Chamber of Commerce in Fianarantsoa and a phytosanitary-style declaration that the horn is cleaned and dried, which is what French customs usually ask for.

Misaotra,
Hery Rakotomalala
Atelier Tandroka, Ambalavao"""),
    case("""\
Bonjour Hery,

Noted, thank you. Our accountant will transfer the 30% deposit on Monday, and I will send you the proof of payment.

Bien à vous,
Camille

From: Hery Rakotomalala <hery@tandroka.example.mg>
Sent: Tuesday, February 2, 2027 2:41 PM
To: Camille Roux <camille@maisonebene.example.fr>
Subject: RE: first order

Bonjour Camille,

Please find attached the pro forma invoice. Could you confirm the delivery address for the freight agent, and would you like the combs in the natural or the polished finish?

Hery""",
         [], [],
         """\
Bonjour Camille,

Merci, we will wait for the deposit and start the work at once.

Misaotra,
Hery""",
         quoted_only=True),
    case("""\
salut Hery 😊 c'est Jean-Marc du resto Le Zébu Gourmand à Saint-Pierre. we want 40 cuillères en corne for the rougail ⟦u can do 40 for end of february⟧ ⟦same price as last time⟧
🙏 and ⟦send by colissimo to la réunion⟧, the chronopost it cost too much
merci frère""",
         [Y, N, Y], ["yes/no", "yes/no", "request"],
         """\
Salut Jean-Marc 😊

Yes, 40 spoons for the end of February is fine, the horn is already drying. I send them by Colissimo from Tana, it takes about 10 days to La Réunion.‸

Misaotra,
Hery"""),
    case("""\
Dear Mr Rakotomalala,

We bought 50 of your horn serving spoons for our restaurant in Cape Town in October (invoice AT-2026-77). Within two months, 19 of them have split along the handle, and several have gone white and rough at the bowl. Who puts a horn spoon in a dishwasher and expects it to split? Not us: our staff wash them by hand, as your leaflet says.

⟦I want the 19 split spoons replaced at your cost.⟧ ⟦Can you explain why they're whitening even with hand washing?⟧ And ⟦is there something we should be oiling them with?⟧

Regards,
Thandiwe Mokoena
Head Chef, Umami & Salt, Cape Town""",
         [N, Y, Y], ["request", "why", "yes/no"],
         """\
Dear Chef Mokoena,

Thank you for your message and for the photos. I am sorry that the spoons have split so quickly in your kitchen.

The whitening comes from hot water and lemon or vinegar: horn is made of keratin, like our fingernails, and acid and heat dry its surface. In a restaurant, where the spoons are washed many times a day in very hot water, this happens faster than at home. Splitting along the handle happens when the horn dries out and then gets wet again many times.

Yes, please oil them: once a week, rub them with a little food-grade mineral oil or shea butter, leave it overnight and wipe them in the morning. They will become dark and smooth again.

I will talk to our carvers about the spoons from October.‸

Misaotra,
Hery Rakotomalala
Atelier Tandroka"""),
    case("""\
Dear Hery,

In 2018 I visited Madagascar with my son, who was then twelve, and we spent a morning in your atelier in Ambalavao after the paper-making place down the road. You showed him how the horn is heated over the fire and pressed flat, and he still talks about the smell! I bought a comb with a little lemur on the handle, which I used every day for six years, until I lost it in a hotel in Lisbon last summer. I still feel silly about it.

My son is now finishing high school in Montréal and we are coming back to Madagascar in July to celebrate. ⟦Would you have another comb with a lemur on it?⟧ I would happily buy two. And ⟦could we visit the atelier again, maybe on Thursday 15 July?⟧

He would also like a shoehorn for his grandfather. ⟦Could you engrave a name on it - "Papi Gilles"?⟧

Amitiés,
Geneviève Tremblay
Montréal""",
         [Y, Y, Y], ["yes/no", "yes/no", "request"],
         """\
Chère Geneviève,

What a pleasure to hear from you! I remember a boy who asked many questions about the fire.

Yes, we still make the lemur comb, and I will put two aside for you. You are very welcome to visit again on Thursday 15 July, come in the morning when the carvers are working.

We can make a shoehorn and engrave "Papi Gilles" on it with a hot iron; it will be ready when you come.

Amitiés,
Hery"""),

    # --- Bouye Naturel (baobab fruit powder, sold in Senegal and exported; Thiès, Senegal)
    case("""\
Hello Madame Diop,

We run two smoothie bars in Bristol (Stokes Croft and Gloucester Road) and want to switch our baobab powder to a direct supplier. Your name came from the Senegalese stall at St Nicholas Market. Before we order, could you give us:

1. ⟦price per kilo for 25 kg bags⟧
2. ⟦whether the powder is certified organic⟧
3. ⟦your minimum order⟧
4. ⟦delivery time to Bristol⟧

⟦We'd also love a 1 kg sample if that's possible.⟧

Cheers,
Josh Pemberton
Blend & Baobab, Bristol
0117 496 0273""",
         [Y, N, Y, Y, Y], ["how much", "yes/no", "how much", "when", "request"],
         """\
Hello Josh,

Thank you for writing, and greetings to Fatou at St Nicholas Market, she is my cousin's daughter!

In 25 kg bags our baobab powder is € 9.80 per kilo (about £ 8.40), delivered to the UK. The minimum order is one bag of 25 kg. From Dakar to Bristol it takes 10 to 14 days by sea-air freight.

Our baobab grows wild around Thiès and we do not use any chemicals, from the tree to the bag.‸

I will send you a 1 kg sample by DHL this week, free of charge.

Jërëjëf,
Aminata Diop
Bouye Naturel, Thiès"""),
    case("""\
nanga def tata aminata 😊 c'est moi Khady from the jus stand at sandaga. ⟦i need 25 kg bouye powder for friday⟧ 🙏🏾 ⟦u can deliver to the market or i come to thiès⟧ ⟦the price is still 2500 the kilo⟧
jërëjëf""",
         [Y, Y, N], ["request", "which", "yes/no"],
         """\
Mangi fi rekk Khady 😊

Yes, 25 kg for Friday is fine. Cheikh goes to Dakar on Friday morning with the van, so he will bring it to your stand at Sandaga before 10 am; you don't need to come to Thiès.‸

Jërëjëf,
Tata Aminata"""),
    case("""\
Dear Mrs Diop,

We received your shipment of 2,000 kg (our PO HH-2027-03) on 25 January. Our incoming inspection found a moisture content of 13.8% in four of the eight big bags. Our specification, which you signed, allows a maximum of 10%. At this moisture the powder will clump and we cannot sell it to our food customers.

⟦We require a credit note for the 1,000 kg concerned.⟧ ⟦Please explain how the moisture got so high⟧ and ⟦what you will change before the next shipment.⟧ ⟦Do you want the four bags returned to Dakar, or should we dispose of them here?⟧

Yours sincerely,
Heike Lorenz
Quality Manager, Hanse Superfood Import GmbH, Hamburg

This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please inform the sender and delete it.""",
         [N, Y, Y, N], ["request", "why", "how", "which"],
         """\
Dear Mrs Lorenz,

Thank you for your report and the laboratory results.

We have found the cause. The four bags came from the last day of sieving in December, when the rains came late and the air in the workshop was very humid. The powder was packed the same evening instead of resting one night in the dry room, which is against our own procedure.

From the next shipment we will measure the moisture of every big bag before closing it, and we will send you the readings with the documents. We have also bought a dehumidifier for the packing room.

We know how important this customer is for you, and we take it very seriously.‸

Yours sincerely,
Aminata Diop
Bouye Naturel"""),
    case("""\
Salaam Madame Diop,

My name is Awa Sarr, I run a catering business in Peckham and my niece is getting married on Saturday 17 April in a hall in Lewisham, 300 guests. Of course we will serve bouye juice! Our usual supplier here sells powder that tastes of nothing, so I want yours this time.

⟦How much powder do I need to make juice for 300 people?⟧ ⟦Can you send 15 kg to London to arrive before 10 April?⟧ ⟦Do you also sell dried bissap flowers?⟧ Then I can get everything from one place.

Jërëjëf and Allah nangu,
Awa Sarr
Teranga Kitchen Catering, London SE15
Sent from my iPhone""",
         [Y, Y, Y], ["how much", "yes/no", "yes/no"],
         """\
Salaam Awa,

Congratulations to your niece! Barakallah.

For bouye juice we use about 50 g of powder per litre, and for a wedding you should plan on about one litre for every two guests, so 150 litres and 7.5 kg of powder. Take 10 kg to be safe, with a little extra for the thiakry.

Yes, we can send 15 kg by DHL; if you pay this week, it will arrive by the end of February, long before 10 April. We do not sell bissap ourselves, but my sister-in-law in Kaolack dries it and can send 5 kg in the same box, at 4,000 FCFA the kilo.

Jërëjëf,
Aminata Diop
Bouye Naturel"""),
    case("""\
Dear Bouye Naturel team,

I'm a registered dietitian in Raleigh, North Carolina, and I've started recommending baobab powder to some of my clients as a fiber and vitamin C source. I'd like to recommend a specific brand with a traceable origin, and yours came up.

I was hoping you could tell me ⟦what the vitamin C content is per 100 g⟧, and ⟦whether you have a recent lab analysis I could look at.⟧ Several of my clients are pregnant, so ⟦I'd also like to know whether you consider it safe for pregnant women in the amounts you recommend.⟧ Finally, ⟦do you sell smaller packs (250 g or so) to individuals in the US?⟧

Best regards,
Lauren Mitchell, MS, RDN
Raleigh, NC

On Wed, Jan 27, 2027 at 4:02 PM Cheikh Ndiaye <cheikh@bouyenaturel.example.sn> wrote:
> Dear Ms Mitchell,
> Thank you for your call this morning. Could you send us your questions by email so that we can answer them properly?
> Cheikh""",
         [Y, N, Y, N], ["how much", "yes/no", "yes/no", "yes/no"],
         """\
Dear Ms Mitchell,

Thank you for your interest in our baobab powder.

Our powder contains about 270 mg of vitamin C per 100 g, which is typical for baobab from the Thiès region.

About pregnancy, we are not doctors, so we cannot say it is safe for your clients; that is a question for their own doctor or midwife. In Senegal, women eat bouye during pregnancy as part of ordinary food, but we do not make any health claim.‸

Kind regards,
Cheikh Ndiaye
Bouye Naturel"""),

    # --- Velaria Porto Grande (sail loft: new sails, repairs and canvas work; Mindelo, São Vicente, Cape Verde)
    case("""\
Bonjour,

We are on the catamaran "Lune Rousse" in the marina, pontoon C. During the passage from Gran Canaria our genoa tore along the leech, about 1.5 m, and the UV strip is coming off in two places. We plan to leave for Salvador de Bahia on Tuesday 9 February.

⟦Can you repair the genoa before we leave?⟧ ⟦What would it cost, more or less?⟧ ⟦Can you come to the boat to take it down, or must we bring it to the loft?⟧ We have no dinghy motor.

Merci beaucoup,
Élodie et Marc Lefebvre
S/Y Lune Rousse""",
         [Y, Y, Y], ["yes/no", "how much", "which"],
         """\
Bonjour Élodie and Marc,

Yes, we can repair it before Tuesday. The leech tear and re-stitching the UV strip is normally between 18.000$00 and 25.000$00 (about € 165 to € 225), depending on how much of the strip needs new stitching.

My son Nilton will come to the boat on Thursday morning at 8, before the wind gets up, to help you take the genoa down and bring it to the loft in the van. We can have it back on your boat on Saturday afternoon.

Bom viagem,
Zé Lopes
Velaria Porto Grande, Mindelo"""),
    case("""\
oi ze, mantenha 🙏 nha bote "Nha Fidjo" need the new canvas cover for the motor, the old one rotten 😩 ⟦bo ta fazeba for friday⟧ ⟦quanto ki ta fica⟧ and ⟦bo podi passa na porto na tarde pa midi⟧
obrigado""",
         [N, Y, Y], ["yes/no", "how much", "request"],
         """\
Oi Tói, mantenha 🙏

The cover for an outboard like yours is 4.500$00 with the strong canvas. I pass at the fishing harbour this afternoon at 5 to measure, it takes five minutes.‸

Abraço,
Zé"""),
    case("""\
Hi Zé,

Just so you have it, see below from our insurer. We'll get the rig survey done at home first and send you the report when it's done, then we can talk about the new main.

All the best,
Rob

Begin forwarded message:

From: Claims Desk <claims@bluewatermarine.example.co.uk>
Subject: Policy BWM-44810 - sail replacement
Date: 1 February 2027 at 11:52:08 GMT
To: Rob Halliday <rob@sailingschool.example.co.uk>

Dear Mr Halliday,

Before we can approve the replacement mainsail, please send us a rig survey and a written quote from the sailmaker. Could you also tell us how old the damaged sail was?

Kind regards,
Claims Desk""",
         [], [],
         """\
Hi Rob,

Thanks for the heads-up. Send the report whenever it's ready and I'll put together the written quote for the insurer.

Abraço,
Zé""",
         quoted_only=True),
    case("""\
Dear Mr Lopes,

On 12 January your loft restitched the leech and foot seams of our mainsail (invoice VPG-0112, 21.000$00). Today, three weeks later and after only two day sails, the foot seam opened again over almost a metre. The thread looks thin and it has simply broken. I have paying guests arriving next week for a charter around the islands.

⟦I expect the seam to be redone properly and free of charge, before Monday 8 February.⟧ ⟦Which thread did you use?⟧ Also, ⟦is the leech seam going to fail in the same way?⟧

Regards,
Sander Visser
Skipper, S/Y Noordenwind""",
         [Y, N, Y], ["request", "which", "yes/no"],
         """\
Dear Mr Visser,

I am sorry, this should not have happened, and of course we will redo the foot seam free of charge. If you bring the sail to the loft tomorrow morning, it will be ready on Friday, well before Monday 8 February.

I have looked at the photo of the leech seam. It is stitched in a different place, with a triple zigzag, and it is holding well; I will check it again when you bring the sail, and if there is any doubt we redo it too, at no cost.‸

Again, my apologies,
José Lopes
Velaria Porto Grande"""),
    case("""\
Dear Velaria Porto Grande,

I'm the chief instructor at a small sailing school in Falmouth. Every winter we send two of our older keelboats south, and this year one of them, Curlew, is spending the season in Mindelo with a group of our instructors. We've had several recommendations for your loft from other skippers in the marina.

We'd like a quote for a new mainsail for Curlew, a 30 ft sloop built in 1988. The sailplan is attached (luff 10.2 m, foot 3.6 m). ⟦We'd want it in Dacron with two reefs⟧, and ⟦could you tell us whether you'd need to measure the boat or can work from the plan?⟧ ⟦We will need the sail by Friday 26 March, when she sails back to Falmouth.⟧

Finally, ⟦would you take payment in sterling by bank transfer, or do we have to pay in escudos?⟧

Many thanks,
Rob Halliday
Chief Instructor, Pendennis Sailing School
01326 960118

DISCLAIMER: This email is intended only for the addressee. Please let us know if you have received it in error.""",
         [Y, Y, N, Y], ["request", "which", "request", "which"],
         """\
Dear Rob,

Thank you for the sailplan and for the kind recommendations.

A new Dacron main for Curlew with two reefs, full battens at the top and a bolt-rope luff would be 265.000$00, about € 2,400. The plan is clear, but I always measure the mast and boom myself before cutting; I can do it any morning at the marina, it takes half an hour.

It's a busy season in the loft, with the boats leaving for Brazil and the Caribbean, and we will do our best.‸

Yes, sterling by bank transfer is fine, we have a euro and a sterling account at the Caixa Económica.

Best regards,
Zé Lopes
Velaria Porto Grande"""),

    # --- Taller Retablos Huamanga (painted retablo boxes with carved figures; Ayacucho, Peru)
    case("""\
Estimado maestro Quispe,

I am writing from Galería Wari in Barranco. Our Easter exhibition "Semana Santa en los Andes" opens on Thursday 25 March and we would like to show ten of your retablos. Could you let me know:

- ⟦the prices of the large retablos of two floors (about 50 cm)⟧
- ⟦whether you have any of the Holy Week procession scene ready now⟧
- ⟦how you would send them to Lima⟧

⟦We would need them in the gallery by Friday 19 March⟧, because the photographer comes on the Saturday (⟦could you also send a few lines about your family's taller for the catalogue?⟧).

Muchas gracias,
Valeria Chávez
Galería Wari, Barranco, Lima""",
         [Y, Y, Y, Y, Y], ["how much", "yes/no", "how", "request", "request"],
         """\
Estimada señorita Chávez,

Thank you for thinking of our taller for Semana Santa.

The large retablos of two floors, about 50 cm, are S/ 950 each; for ten we can leave them at S/ 9,000. We have three of the Holy Week procession ready now, with the Señor de Ramos on the donkey, and we can finish seven more in five weeks.

We send them by the Molina bus cargo service, each retablo in its own wooden crate; it takes one night from Ayacucho to Lima. We will put them on the bus on Tuesday 16 March, so you will have them in Barranco on Wednesday 17 March, before your date.

I attach a few lines about our family and the taller for the catalogue; my grandfather started it in 1946.

Atentamente,
Teodoro Quispe
Taller Retablos Huamanga, Ayacucho"""),
    case("""\
hola maestro!! 👋 the gringos in cusco are loving the small retablos of the market scene 😍 ⟦u can send me 25 more pe⟧ ⟦same price 45 soles⟧ and ⟦for when⟧ ya se acabaron 😅
Sent from my Galaxy""",
         [Y, Y, N], ["request", "yes/no", "when"],
         """\
Hola Rodrigo 👋

Qué bueno! Yes, we send you 25 more of the small market scene, same price, 45 soles each. My daughter is painting them now, and we send them as soon as they are dry.‸

Un abrazo,
Maestro Teodoro"""),
    case("""\
Dear Maestro Quispe,

I'm writing from the Andean Heritage Center in Chicago, where our Peruvian families meet every Sunday. Many of our older members were born in Ayacucho, and they left in the 1980s, in the hard years. Last month one of them, Doña Eufemia, now 84, told us about the retablo her father kept on the wall of their house in Huanta, with the whole family at the harvest, and how it was lost when they left. She cried, and so did we.

For her 85th birthday on 8 August, our members would like to give her a retablo like that one, with her parents, her six brothers and sisters and the family dog in the field. I have an old photograph and a drawing she made from memory. ⟦Would you be able to make a retablo from these?⟧ ⟦How much would it cost⟧, and ⟦can you ship it to Chicago?⟧ We have been collecting money in a jar since December, so I need to know whether we have enough.

⟦Could we also see a sketch of the figures before you carve them⟧, so Doña Eufemia's daughter can check the faces?

With gratitude,
Rosa Huamán-Delgado
Andean Heritage Center, Chicago
(312) 555-0164""",
         [Y, N, Y, Y], ["yes/no", "how much", "yes/no", "request"],
         """\
Dear Señora Rosa,

Your letter moved all of us in the taller. My own mother was from Huanta.

Yes, we can make this retablo from the photograph and Doña Eufemia's drawing: the harvest in the field, her parents, the seven children and the dog. Please send the photograph and the drawing by email, as clear as possible.

Before carving, my daughter Yessenia will draw the figures and send you the sketch, so her daughter can check the faces and the clothes. We can ship it to Chicago by DHL in a padded wooden box, and it will arrive well before 8 August.

The price of a special retablo like this one depends on how many figures it has and how big it is.‸

With gratitude,
Teodoro Quispe
Taller Retablos Huamanga"""),
    case("""\
Buenos días,

I bought the retablo "La fiesta de la Virgen" (60 cm, three floors) in your online shop and it arrived in Madrid on Monday. When I opened the box, six of the little figures were lying loose in the bottom, one musician had lost his arm and the left door was hanging from one hinge. I paid € 310 plus € 75 shipping and I expected it to arrive in one piece.

⟦What glue should I use to put the figures back, or will you send someone who can repair it?⟧ ⟦I would also like a partial refund.⟧ ⟦How can I be sure that the next one you sell me will be packed better?⟧

Saludos,
Javier Ortiz Molina
Madrid""",
         [Y, N, N], ["which", "request", "how"],
         """\
Buenos días Señor Ortiz,

I am very sorry that the retablo arrived damaged.

The figures are made of maguey-potato paste and glued with a natural animal glue. At home, a clear white wood glue (cola blanca) is the best: put a very small drop under the feet and hold them for one minute. For the musician's arm we will send you a new musician by post, because the arm is too small to repair well.

We have nobody in Madrid who can repair it, but our friend Adela Palomino at the Peruvian craft shop in Calle Toledo knows retablos and has agreed to fix the door for you free of charge; I have sent her your email.‸

Atentamente,
Teodoro Quispe
Taller Retablos Huamanga"""),
    case("""\
Dear Mr Quispe,

I'm a second-year master's student in anthropology at the University of Wisconsin and I'm writing my thesis on how retablos changed after the 1980s, when artists in Ayacucho started showing the violence and the displacement in their work. My advisor met you at a craft fair in Santa Fe in 2019 and gave me your email.

I'll be in Ayacucho from 14 June to 10 July. I was wondering ⟦whether you would agree to be interviewed, perhaps over two or three sessions⟧, and ⟦whether I could record them.⟧ ⟦I'd also like to know if you have any retablos from the 1980s or 90s that I could photograph⟧ for the thesis. ⟦Would you expect a fee for the interviews?⟧ I want to do this properly.

Thank you very much,
Emily Hartmann
Madison, WI

From: Teodoro Quispe <taller@retabloshuamanga.example.pe>
Sent: Friday, January 29, 2027 6:05 PM
To: Emily Hartmann <ehartmann@wisc.example.edu>
Subject: RE: thesis

Dear Emily, yes, your advisor told me about you. Please write me what you need and when you come.""",
         [Y, Y, N, N], ["yes/no", "yes/no", "yes/no", "yes/no"],
         """\
Dear Emily,

Thank you for your email; please greet your advisor from me.

Yes, I will be happy to talk with you in June and July. Two or three sessions are fine, in the morning before the workshop gets busy, and you can record them. Those years are painful for many people here, but we think it is important that they are remembered, and that is why we made those retablos.‸

Atentamente,
Teodoro Quispe
Taller Retablos Huamanga"""),

    # --- Lin Family Oil-Paper Umbrellas (hand-made oil-paper umbrellas; Meinong, Kaohsiung, Taiwan)
    case("""\
Hi Tina,

Hope you're well! I'm planning a garden wedding at a hotel in Sentosa on Saturday 29 May and the bride (who is half Hakka) fell in love with your oil-paper umbrellas. We'd like 20 umbrellas for the bridesmaids and the tea ceremony.

⟦Can you paint the couple's names on each one, in Chinese and in English?⟧ ⟦What would be the cost for 20, including shipping to Singapore?⟧ ⟦How long do you need to make them?⟧ We'd want them in hand by mid-May at the latest. Also, the couple is asking ⟦whether the red ones are suitable for a wedding or whether another colour is more traditional⟧ - not sure lah!

Thanks so much,
Melissa Goh
Ever After Events, Singapore""",
         [Y, Y, Y, Y], ["yes/no", "how much", "when", "which"],
         """\
Hi Melissa,

Congratulations to the couple, and thank you for choosing our umbrellas!

Yes, my father can paint both names on each umbrella, in Chinese calligraphy and in English below. For 20 umbrellas of 84 cm with names, the price is NT$ 2,400 each, so NT$ 48,000 (about S$ 2,000), and shipping to Singapore by EMS is NT$ 3,200.

We need about six weeks, so if you confirm by the end of February they will be in Singapore in the middle of April, well before mid-May.

Red is the right colour: in Hakka tradition the bride's family gives a red oil-paper umbrella at the wedding, because "paper" (紙) sounds like "children" (子) and the umbrella's round shape means a complete family.

Best regards,
Tina Lin
Lin Family Oil-Paper Umbrellas, Meinong"""),
    case("""\
hi mr lin 🙏 my grandma's old umbrella (the blue one with the birds) has a small hole and two ribs are broken 😢 ⟦can u fix it⟧ ⟦how much⟧ ⟦i can bring it this sat to meinong or u prefer i mail it⟧
thx a lot!!""",
         [Y, N, Y], ["yes/no", "how much", "which"],
         """\
Hi Ms Chen 🙏

Yes, we can fix it, we repair old umbrellas often. Two ribs and a small hole are not difficult.

Please bring it on Saturday, it is better than mailing because old bamboo ribs can break more in the post, and my father likes to see the umbrella with the owner. We are open from 9 to 5.‸

Best,
Tina Lin"""),
    case("""\
To the Lin family,

I bought one of your 84 cm oil-paper umbrellas through your website in January (order LF-5563, US$ 165 plus US$ 48 shipping). The website calls them "traditional rain umbrellas". The first time I used it in the rain here in Los Angeles, water came through the paper in three places within ten minutes and dripped on my coat, and there is a strong oily smell that hasn't gone away after two weeks on my porch.

⟦Is this umbrella actually meant for rain or not?⟧ ⟦I'd like a full refund, including shipping.⟧ And ⟦what is that smell?⟧ ⟦Is it safe to have indoors?⟧

Regards,
Daniel Reyes
Los Angeles, CA
Sent from my iPhone""",
         [Y, N, Y, Y], ["yes/no", "request", "which", "yes/no"],
         """\
Dear Mr Reyes,

I am sorry the umbrella disappointed you on its first rainy day.

Yes, our umbrellas are made for rain. The paper is coated several times with tung oil, which makes it waterproof, but the oil needs time and sun to harden fully, and a new umbrella should be opened in the sun a few times before it is used in the rain. I am sorry that our website does not explain this, and my brother is changing the page now.

The smell is the tung oil; it is a natural oil from the tung tree nut and it is safe indoors. It fades after a few weeks in the sun.‸

Best regards,
Tina Lin
Lin Family Oil-Paper Umbrellas"""),
    case("""\
Dear Ms Lin,

Thank you for the catalogue and the quick reply. We're opening a Taiwanese tea house on Main Street in Vancouver in June, and the designer wants to hang twelve open umbrellas upside down from the ceiling, over the tables.

⟦Do the umbrellas stay open on their own, or do we need to buy a frame?⟧ Our contractor is also asking ⟦what each one weighs⟧ and ⟦whether they can be hung near warm lamps without any risk of fire.⟧ ⟦Could you send us an invoice for twelve of the 100 cm plain white ones⟧ so that we can pay the deposit?

Warm regards,
Grace Huang
Leaf & Lantern Tea House, Vancouver

On Mon, Feb 1, 2027 at 9:47 PM Tina Lin <tina@linumbrellas.example.tw> wrote:
> Dear Grace,
> Thank you for your interest. Please find our catalogue attached. Which size would you like for your tea house?
> Best regards,
> Tina""",
         [Y, Y, N, Y], ["which", "how much", "yes/no", "request"],
         """\
Dear Grace,

What a beautiful idea for your tea house!

Our umbrellas have a small bamboo pin that holds them open, so you don't need a frame; for hanging upside down we add a second pin and a ring at the top of the handle. A 100 cm umbrella weighs about 850 g.

Please find attached the invoice for twelve 100 cm plain white umbrellas with hanging rings, NT$ 28,800 in total, with a 30% deposit of NT$ 8,640.‸

Best regards,
Tina Lin"""),
    case("""\
Dear Lin family,

I teach Grade 5 at the international school in Zuoying, and every spring we take our students on a trip about Hakka culture. Last year we visited the blue-shirt shop and the Hakka museum in Meinong, and several parents asked why we had not seen an umbrella workshop. So this year I would very much like to bring the class to you.

We are 24 students and 3 teachers, and we could come on Wednesday 21 April, from about 10 am until lunch. ⟦Is it possible for the students to paint their own small umbrellas⟧ - the ones about 30 cm? ⟦What would that cost per child?⟧ We have a bus, but ⟦where should the driver park, as the lanes in Meinong are narrow?⟧

The kids made me promise to ask ⟦if they can take home what they paint⟧, of course!

Best wishes,
Andrew Collins
Grade 5 Teacher, Zuoying International School""",
         [Y, Y, N, Y], ["yes/no", "how much", "where", "yes/no"],
         """\
Dear Mr Collins,

We would be very happy to welcome your class on Wednesday 21 April.

Yes, the students can paint their own 30 cm umbrellas. We prepare the umbrellas with the paper already on, and they paint with Chinese brushes and pigments. It takes about an hour and a half, and the price is NT$ 350 per child, with the teachers free.

The umbrellas need one day to dry, so we will send them to the school by post on Friday, and the children can keep them, of course!‸

Best regards,
Tina Lin
Lin Family Oil-Paper Umbrellas"""),
]
