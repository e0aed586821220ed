"""The cases of Tactful's questions held-out set 34 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail or signature does. build_questions_holdout34.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a 3D
printing and laser-cutting bureau (England), a mobile crane hire firm (Ireland), a home-made pickle maker
selling by mail order (India), a lechon roaster (Philippines), a sisal-basket weavers' cooperative
(Kenya), a security-gate and burglar-bar fabricator (South Africa), a pounamu carver (New Zealand), a
pearl farm with tours and a showroom (Australia), a chair-caning and wicker-repair shop (Canada), a
neon-sign maker (US), a sandblasting and powder-coating shop (US), a tuxedo rental shop (US), an
ice-sculpture studio (US) and a steel-drum band (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Layerworks (a 3D printing and laser-cutting bureau; Sheffield, England)
    case("""Hello Tom,

Thanks for getting back to me so quickly last week. I've had a rummage in the loft since and found the original knob off the other side of the radiogram, so you've now got a proper pattern to copy rather than my dodgy sketch. It's a Dynatron from about 1968 and my late wife's father bought it new, so it means rather a lot to the family, which is why I'm fussing. The knob is Bakelite, dark brown with a little gold ring round the face. ⟦Would you be able to match the brown closely enough that nobody would notice, or is that asking too much of a printer?⟧ I've seen some of the resin ones online and they look almost like the real thing. My grandson says resin is what I want, but he's fifteen and thinks he knows everything.

⟦If I post the original to you, how long would you need to keep it?⟧ I'd rather not be without it over Christmas, as we always put the records on on Boxing Day. ⟦I'd also want to know it's coming back insured.⟧ Otherwise ⟦I'm happy with the £38 you quoted for two, assuming that still stands for resin.⟧

Best regards,
Geoffrey Armitage

On Wed, 2 Dec 2026 at 16:05, Layerworks <hello@layerworks.example.co.uk> wrote:
> Dear Geoffrey,
>
> Thanks for the sketch. Two knobs in PLA would be £38 including postage back to you. If you have an original we can measure, the fit will be much better. Could you send one in?
>
> Tom""",
         [Y, N, N, Y], ["yes/no", "when", "yes/no", "yes/no"],
         """Dear Geoffrey,

What a lovely thing to be restoring. Resin is the right call for a Bakelite knob: we print it in a dark brown and then hand-tint the face, and with the gold ring picked out in paint it's very hard to tell apart from the original at arm's length. Your grandson is right this time!

Resin does cost a bit more than PLA, so the two knobs would come to £52 rather than £38, still including return postage.‸

Send the original to the address below, wrapped well, and we'll get the pair printed and finished.

Kind regards,
Tom
Layerworks
Unit 4, Cadman Street Works, Sheffield S4 7ZG"""),

    case("""Hi,

⟦Do you laser cut 3mm birch ply?⟧ ⟦Need 40 site-model bases (A3) by Fri 18th, DXF attached.⟧ ⟦Price pls.⟧

Rhiannon Okafor
Architectural Assistant
Halden Marsh Architects
0114 496 0917

DISCLAIMER: This email and its attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """Hi Rhiannon,

Yes, we cut 3mm birch ply all the time, and 40 A3 bases is no problem. We can have them ready for collection on Thursday 17 December, or couriered to you for the Friday morning.

I'll nest your DXF on our sheets and come back to you with the cost.‸

Thanks,
Alisha
Layerworks"""),

    case("""Layerworks,

The 12 brackets arrived this morning and at least five are warped badly enough that the holes don't line up. These are for our Year 10 robotics team and the regional heat is on Saturday 16 January, so I'm not thrilled. I paid £14.50 extra for express delivery precisely so we'd have time to test.

⟦Why did nobody check these before they went in the box?⟧ I'd expect at least a glance for something this obvious.

⟦I want the five bad ones reprinted and sent by the end of this week⟧, and ⟦I want the £14.50 back since express got me nothing but a box of scrap.⟧

⟦Can you also tell me whether the replacements will be the same PETG or something stiffer?⟧

Mr D. Kowalczyk
Design & Technology, Firth Park Academy

From: Layerworks <hello@layerworks.example.co.uk>
Sent: 02 December 2026 11:40
To: D Kowalczyk <d.kowalczyk@firthpark.example.sch.uk>
Subject: Order LW-4471 dispatched

Your order LW-4471 has been dispatched by express courier. Any problems, please let us know.""",
         [Y, Y, N, Y], ["why", "request", "request", "which"],
         """Dear Mr Kowalczyk,

I'm sorry; those brackets should never have left us. They were printed on the last run on a Friday night, when the workshop heating goes off, and the parts cooled too fast on the bed and pulled. Our check is meant to catch that, and on this order it didn't.

I've reprinted all twelve, not just the five, in a carbon-filled PETG that's noticeably stiffer and holds its shape better, and they go out by express on Wednesday 9 December, so you'll have them on Thursday. I've also put a 10% credit on your account for your next order.‸

Please bin the warped ones; there's no need to send them back.

Regards,
Alisha Begum
Layerworks"""),

    case("""Perfect, thanks Tom. I'll drop the STL files round on Wednesday morning and pay the deposit then.

Sam

On 4 Dec 2026, at 17:22, Tom Hebden <tom@layerworks.example.co.uk> wrote:

> Hi Sam,
>
> Yes, we can print the visor in two halves and bond it. A £30 deposit holds the slot. Can you bring the files in person so we can check the scale together?
>
> Tom""",
         [], [],
         """Hi Sam,

Sounds good, see you Wednesday. We're in from 8.30; just ring the bell on the side door if the shutter's down.

Tom""",
         quoted_only=True),

    case("""Dear Sir/Madam,

I am PhD student in University of Sheffield, Mechanical Engineering. For my experiment I need 6 small housings for sensor, size around 60 x 40 x 25 mm. My supervisor say your company can make with nylon.

⟦Please can you make quotation for 6 pieces in nylon and 6 pieces in resin, so I can compare.⟧ ⟦The university pay by purchase order, is it acceptable for you?⟧ Also ⟦I want to know the tolerance you can make for the holes, because the sensor must fit tight.⟧

Deadline is not urgent, before end of January is OK.

Thank you very much,
Li Wenjie

Sent from my iPhone""",
         [Y, Y, N], ["request", "yes/no", "how much"],
         """Dear Li Wenjie,

Thank you for your enquiry. For six housings of that size:

- nylon (SLS, grey): £96 for all six
- resin (tough grey): £132 for all six

Both prices include VAT and delivery to the department. A university purchase order is fine; please make it out to Layerworks Ltd and send it to accounts@layerworks.example.co.uk.

For holes where a sensor must fit tightly, most of our customers draw them slightly undersize and ream them out by hand after printing.‸ End of January is no problem for either material.

Best regards,
Alisha"""),

    # --- Lee Valley Crane Hire (mobile cranes with operators; Cork, Ireland)
    case("""Hi there,

My husband bought a hot tub (don't ask) and it's being delivered on Friday 15 January, but the delivery crowd only bring it to the kerb. We're in a terrace in Ballintemple with no side access, so the only way in is over the roof. The tub is about 380kg empty according to the spec sheet. The lads in the shop said ye'd done a similar job on Blackrock Road last year.

⟦Would ye be able to lift it over the house that day?⟧ ⟦Would ye need the road closed⟧ and ⟦if so do we have to sort that with the council ourselves?⟧ The road is fairly narrow and there's parking on both sides. ⟦I'd also like a rough idea of cost before my husband agrees to anything else expensive.⟧

Thanks a million,
Gráinne Lynch""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
         """Hi Gráinne,

That's a job we do a few times a winter, and 380kg is well within what our 35-tonne crane lifts over a two-storey terrace. Friday 15 January suits us, subject to a quick site visit beforehand so we can see where the crane will stand and where the tub lands.

With parking on both sides you'll need a temporary road closure for a couple of hours. We apply to Cork City Council for the licence ourselves and it usually comes back in about three weeks, so we'd want to lodge it before Christmas.

I'll call out to have a look at the site next week.‸

Regards,
Dónal Buckley
Lee Valley Crane Hire"""),

    case("""Dónal,

Following on from our call this morning, the 60t is the one for the steel on the Douglas job. Can you come back to me on the following:

- ⟦Availability w/c 11 January, ideally Tues 12th and Wed 13th⟧
- ⟦Rate for two days incl. operator and slinger/signaller⟧
- ⟦Whether the lift plan is done by you or our engineer⟧
- ⟦Copy of your CIF insurance and the operator's CSCS cards for our file⟧

⟦Please send the hire agreement to accounts@oreganbuild.example.ie as well as me.⟧

Thanks,
Ciarán O'Regan
Site Manager | O'Regan Build Ltd, Douglas, Cork

From: Dónal Buckley <donal@leevalleycranes.example.ie>
Sent: Friday, 4 December 2026 09:12
To: Ciarán O'Regan <ciaran@oreganbuild.example.ie>
Subject: RE: Douglas steel lift

Ciarán, give me a shout Monday and we'll run through dates. Can you send the drawings for the steel?""",
         [Y, Y, Y, N, N], ["yes/no", "how much", "which", "request", "request"],
         """Ciarán,

The 60t is pencilled in for you on Tuesday 12 and Wednesday 13 January. Two days with operator and a slinger/signaller comes to €3,980 plus VAT, travel to Douglas included.

Our appointed person will do the lift plan once we have the steel drawings and the weights, so there's no need to involve your engineer beyond signing it off.

Our CIF insurance certificate is attached.‸ The hire agreement will go out to you this afternoon.

Dónal"""),

    case("""Hi Dónal,

See below from our chairman, just so you know where things stand. We won't have a decision until the committee meets on Tuesday 15 December, so no need to reply yet; I'll ring you the day after.

Aoife

---------- Forwarded message ---------
From: Pat Hegarty <pat.hegarty@glanmireceltic.example.ie>
Date: Fri, 4 Dec 2026 at 21:47
Subject: Floodlights
To: Aoife Walsh <secretary@glanmireceltic.example.ie>

Aoife, before we sign off on the crane for the floodlight poles, can you find out from them whether the pitch needs ground mats and who pays if the surface is damaged? I don't want another bill like the one from the scoreboard.""",
         [], [],
         """Hi Aoife,

Thanks for the heads-up. I'll wait for your call on Wednesday 16 December. For what it's worth, ground mats are standard on any grass pitch and they're included in our price, so Pat needn't worry on that front.

Dónal""",
         quoted_only=True),

    case("""hi donal thanks for the chat earlier 👍 just to confirm the boat is a 28ft sailing yacht about 4.5 tonnes with the keel. ⟦can ye do the lift out at crosshaven on the 2nd or 3rd of january⟧ and ⟦what time would ye need me there⟧ 😅 also ⟦can u send me the price in writing for the insurance crowd⟧

eoin

Sent from my iPhone""",
         [Y, Y, N], ["which", "when", "request"],
         """Hi Eoin,

Saturday 2 January works; we're booked on the 3rd. The tide's best mid-morning, so be at the yard for 9.30 and we'll aim to have her out by 11. 👍‸

Dónal"""),

    case("""To whoever is in charge,

Your crane was at my house on Thursday to lift the new roof trusses and it has left two cracks right across my cobble-lock driveway, which was laid in May and cost me over €6,000. Your driver told my son the outriggers "always leave a mark". That's not good enough.

⟦Why were there no mats or timbers under the outriggers?⟧ Every other crane I've seen uses them. ⟦I want the driveway repaired at your expense, by a contractor of my choosing.⟧ ⟦I also want a call from whoever manages your drivers, not another email.⟧

⟦Who do I send the quote for the repair to?⟧

Michael Tobin
Carrigaline""",
         [Y, N, Y, N], ["why", "request", "request", "which"],
         """Dear Mr Tobin,

I'm very sorry about your driveway, and about what our driver said; it isn't our attitude, and I've spoken to him.

He did put the spreader pads down, but for the second lift he had to move the crane forward and he set the front outriggers on the cobble-lock without them, which shouldn't have happened. We're dealing with that internally.

I've reported the damage to our insurers and their assessor will be in touch to arrange a visit.‸ I'll ring you myself tomorrow morning, Tuesday, before 10.

Regards,
Dónal Buckley
Manager, Lee Valley Crane Hire"""),

    # --- Sri Lakshmi Home Pickles (Andhra pickles made at home and sold by mail order; Guntur, India)
    case("""Namaste Ravi garu,

My mother used to buy your avakaya every summer when we were in Vijayawada and now she is staying with us in Edison, New Jersey for six months. She is missing it badly 😊 ⟦Can you ship to USA?⟧ ⟦What is the shipping charge for 2 kg?⟧ I read somewhere that US customs stops oil-based pickles, ⟦is that true?⟧

Also ⟦please tell whether gongura pickle is available now or only in season.⟧

Regards,
Sravani Kodali""",
         [Y, Y, N, N], ["yes/no", "how much", "yes/no", "yes/no"],
         """Dear Sravani garu,

Namaskaram, and thank you for remembering us! Yes, we send to the USA by DHL; 2 kg reaches New Jersey in 6 to 8 working days and the shipping charge is ₹2,450.

We pack every jar in a sealed pouch inside the bottle, so there is no oil leakage in transit.‸

Please let me know which pickles and how much of each, and I will send the payment link.

Regards,
Ravi Kiran
Sri Lakshmi Home Pickles, Guntur"""),

    case("""Sir,

Order no. SLP-20931 received today in Bengaluru. Out of 4 bottles, the tomato pickle bottle is cracked and oil has spread everywhere, my other two bottles and the box are soaked. Even the courier boy was complaining. Very disappointing for ₹1,860 order.

⟦What kind of packing is this?⟧ For glass bottles at least bubble wrap should be there. ⟦Kindly send replacement of tomato pickle immediately⟧ and also ⟦refund the courier charge of ₹180.⟧ ⟦Will I have to pay courier again for replacement?⟧

Photos attached.

K. Sudhakar""",
         [N, Y, N, Y], ["why", "request", "request", "yes/no"],
         """Dear Sudhakar garu,

We are very sorry. A cracked bottle is the worst thing to open, and we understand your disappointment, especially with the other bottles spoiled.‸

A fresh tomato pickle was dispatched this afternoon by DTDC (AWB 7204418863) and you will not pay anything for it. We have also added a small gongura bottle for the trouble.

With regards,
Ravi Kiran"""),

    case("""Dear Ravi garu,

The parcel reached Edison on Saturday, four days after you sent it and not a single drop of oil outside. My mother opened the avakaya straight away and got quite emotional. Can a jar of mango pickle really carry thirty years of memories? Apparently it can. Thank you, and our regards to Padmavathi garu.

Sravani

On Tue, Dec 1, 2026 at 10:14 AM Ravi Kiran <orders@srilakshmipickles.example.in> wrote:
> Dear Sravani garu,
> Your parcel is dispatched, DHL tracking 4419 2270 11. Could you let us know once it reaches, and how the packing held up?
> Regards, Ravi""",
         [], [],
         """Dear Sravani garu,

That has made our whole kitchen happy. Padmavathi garu sends her blessings to your mother, and says the next batch of avakaya is made in April, whenever she wants more.

Regards,
Ravi""",
         quoted_only=True),

    case("""Dear Sir/Madam,

We are a chain of 6 South Indian grocery stores in Dubai and Sharjah and are looking to stock home-style Andhra pickles. Kindly revert on the below:

1. ⟦Minimum order quantity per variety⟧
2. ⟦Shelf life of avakaya and gongura without refrigeration⟧
3. ⟦FSSAI licence copy and ingredient labels in English⟧
4. ⟦Can you pack under our own brand name?⟧

⟦We require the first consignment landed in Jebel Ali before Ramadan.⟧ ⟦Our payment terms are 45 days from delivery.⟧

Best regards,
Mohammed Shafeeq
Purchase Manager | Al Noor South Indian Supermarkets

CONFIDENTIALITY NOTICE: The contents of this email are confidential and intended for the named recipient only. If received in error, please notify the sender and delete.""",
         [Y, Y, Y, N, Y, N], ["how much", "when", "request", "yes/no", "request", "request"],
         """Dear Mr Shafeeq,

Thank you for considering us. Replies in order:

1. Our minimum is 50 jars per variety (500 g jars), mixed varieties allowed in one consignment.
2. Avakaya keeps 12 months unopened without refrigeration, gongura 6 months.
3. Our FSSAI licence and the English labels for all eleven pickles are attached.
4. Private labelling is something we can discuss once the first few orders have gone well.‸

Sea freight from Chennai to Jebel Ali takes about three weeks, so with your purchase order by 20 December the first consignment would land in the second week of January, well before Ramadan.

Warm regards,
Ravi Kiran
Export Desk, Sri Lakshmi Home Pickles"""),

    case("""hello sir my son is 8 yrs he loves mango pickle but yours is too much spicy for him 🌶️🌶️ ⟦u have less spice version or can make special⟧ 🙏 ⟦250g jar also possible⟧ ⟦cod available for hyderabad⟧

- Lakshmi""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """Namaste Lakshmi garu,

We do make a milder avakaya with half the chilli; many families with children order it. It comes in 250 g jars also, ₹190 each. We are not able to do cash on delivery, but you can pay by UPI when you order and it reaches Hyderabad in 2 days.

Thank you,
Ravi"""),

    # --- Lola Pacing's Lechon (whole roast pig and lechon belly; Cebu City, Philippines)
    case("""Hi po! Good day.

I'm working here in Abu Dhabi and I can't come home this Christmas again, so I want to surprise my parents in Talisay with a whole lechon for Noche Buena. My cousin said your lechon is the best in Cebu, she ordered for her wedding last year (Marites Abellana, maybe you remember). My father is diabetic so he will only eat a little bit lol but my mother and my siblings will finish it for sure.

⟦Do you deliver to Talisay, near the church?⟧ ⟦Which size do you recommend for around 25 persons⟧ and ⟦how much?⟧ ⟦Can I pay thru GCash even if my number is UAE?⟧ My sister can also pay cash on delivery if that is easier for you. ⟦We want it delivered on December 24 before 8pm⟧ because they will eat after the Christmas Eve mass. Or ⟦is it better to deliver in the morning and they just reheat?⟧

Thank you po and Merry Christmas in advance!
Rhea Mae Cabahug""",
         [Y, Y, N, Y, Y, N], ["yes/no", "which", "how much", "yes/no", "request", "yes/no"],
         """Hi Rhea Mae,

Merry Christmas to you too 🎄 and yes, we remember Marites' wedding! We deliver to Talisay, and the church area is no problem.

For 25 persons we suggest a medium lechon, around 18 to 20 kilos live weight. The final price depends on the weight of the pig on roasting day, so I'll message you the amount closer to the date.‸

GCash is fine even with a UAE number; a lot of our customers abroad pay that way. I've reserved a 6pm delivery on the 24th for your parents.

Salamat po!
Joy
Lola Pacing's Lechon"""),

    case("""hi ate joy ⟦still accepting orders for new year?⟧ 🙏 ⟦3 lechon belly for dec 31⟧ ⟦how much all in all⟧ we will just pick up there in mabolo 😊 ⟦what time can pick up⟧ ⟦u accept maya or gcash only⟧

salamat!!
- tin""",
         [Y, Y, Y, Y, Y], ["yes/no", "request", "how much", "when", "yes/no"],
         """Hi Tin!

Yes, still open for Dec 31 😊 3 lechon belly noted, ₱2,300 each so ₱6,900 all in all. You can pick up anytime from 10am to 4pm at the Mabolo kitchen, and Maya is fine, same as GCash.

Joy"""),

    case("""Good afternoon,

We are finalizing the food for our year-end party on Friday 18 December at the Waterfront, around 300 pax. ⟦We would like 6 whole lechon.⟧ Details needed:

• ⟦delivery to the hotel loading bay by 4:00 PM⟧
• ⟦a chopper/carver on site during dinner⟧
• ⟦official receipt under "Cebu Skyline Solutions Inc." with our TIN⟧

⟦Kindly confirm if you can accommodate.⟧ Payment will be by company check, released 7 days after the event, ⟦is that acceptable?⟧

Thanks and regards,
Arlene Sy-Rosales
HR & Admin Officer | Cebu Skyline Solutions Inc.

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this message.""",
         [Y, Y, N, N, Y, Y], ["request", "request", "request", "request", "yes/no", "yes/no"],
         """Dear Ms Sy-Rosales,

Thank you for choosing us again this year. We can accommodate 6 whole lechon for Friday 18 December, delivered to the Waterfront loading bay by 3:30 PM.

Our lechon comes pre-scored along the ribs, so it is easy to chop at the buffet table.‸

A company check after the event is fine for the balance, but we need a 50% down payment by Friday 11 December to hold the six pigs.

Best regards,
Joy Ybañez
Lola Pacing's Lechon"""),

    case("""Joy,

I'm very disappointed. The lechon for my dad's 70th on Saturday arrived at 1:40, the party started at 12 and guests were already eating pancit and rice and asking where the lechon was. Then the skin was not crispy anymore, maybe because of the travel time. This is the first time in 5 years of ordering from you that this happened.

⟦Why was it almost 2 hours late⟧ and ⟦why did nobody call me?⟧ I texted your number 3 times. ⟦I think a partial refund is fair, at least 30%.⟧

Nonoy Villamor

Sent from my iPad

On 1 Dec 2026, at 09:15, Lola Pacing's Lechon <orders@lolapacing.example.ph> wrote:

> Hi Sir Nonoy, your 25-kilo lechon is confirmed for Saturday 5 December, delivery 11:30 AM at Banilad. Please settle the balance on delivery. Thank you!""",
         [Y, N, N], ["why", "why", "request"],
         """Dear Sir Nonoy,

We are so sorry, especially on your dad's 70th. The van had a flat tyre on the way up to Banilad and our driver had to wait for the spare to be brought from the kitchen, which is why it arrived almost two hours late and the skin had softened by then.

We should have called you, and I'm sorry we didn't.‸

As an apology, we'd like to give you a free 3-kilo lechon belly on your next order, for any date you choose.

Joy"""),

    case("""Hello Joy,

Last message from me before I fly home on the 20th, promise! A few things from the family:

⟦My lola wants to know if you can leave out the MSG in the stuffing, she's watching her blood pressure.⟧
⟦My uncle is asking whether the 15-kilo is enough for 30 people since some are just kids.⟧
⟦If you can't deliver on Sunday 27 December because of the holiday, can we pick up on the 26th and just keep it in the ref overnight?⟧

Thanks, see you soon!
Carlo""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """Hi Carlo,

Safe flight on the 20th! Tell your lola we never put MSG in the stuffing, only lemongrass, garlic, onion, salt and pepper. 15 kilos will feed 30 comfortably, especially with kids in the mix, and you'll still have leftovers for paksiw.

We deliver on the 27th as normal, so no need to keep it overnight.

Joy"""),

    # --- Mwethya Weavers Cooperative (sisal kiondo baskets, retail and export; Machakos, Kenya)
    case("""Hi Mutheu,

I'm so glad I found you. I run a small home-goods shop in Asheville, North Carolina, and a customer brought in one of your baskets with your tag on it. She'd bought it in Nairobi in 2019 and it still looks new, which honestly says everything. I've been buying from a wholesaler in the US but their quality has dropped, and I'd rather buy direct and know the weavers are paid properly.

I'm thinking of around 100 baskets for spring, a mix of medium and large. ⟦Can the weavers do custom colors, say a sage green and terracotta palette?⟧ My customers are less into the bright pinks and oranges. ⟦Would it make more sense to ship by DHL or by sea for that many?⟧ I've never imported anything, so ⟦I'd be grateful for any advice on customs paperwork on my end⟧; I believe baskets come in duty-free under AGOA but I'm not sure.

⟦What would the timeline be if I ordered in January?⟧ I'd want them on the shelves by Mother's Day.

Warmly,
Dana Whitfield
Ivy & Loom, Asheville NC""",
         [Y, Y, N, Y], ["yes/no", "which", "request", "when"],
         """Dear Dana,

Greetings from Machakos, and thank you for such a kind message; the weaver who made that basket will be very happy to hear it.

Yes, custom colours are possible. Our weavers dye the sisal themselves, and sage green and terracotta are both colours we have done before for a buyer in Germany. We will send you a small sample card of the shades before weaving starts.

For 100 baskets we advise sea freight. It takes longer, about six to seven weeks to Savannah or Charleston, but it costs around a third of DHL for that volume.‸

If you confirm the order in the first week of January, the weaving takes about six weeks, so the baskets would leave Mombasa by mid-February and reach you by early April, in good time for Mother's Day.

Warm regards,
Mutheu Kioko
Coordinator, Mwethya Weavers Cooperative"""),

    case("""hello mutheu greetings. saw ur baskets on instagram 😍 ⟦do u have the big one with leather handles in stock⟧ ⟦hw much⟧ ⟦can i pay via mpesa⟧ and ⟦u send with g4s to nakuru⟧ thx

Sent from my Samsung Galaxy""",
         [Y, Y, Y, Y], ["yes/no", "how much", "yes/no", "request"],
         """Hello,

Yes, we have three of the large baskets with leather handles in stock right now. They are KSh 3,800 each, and you can pay by M-Pesa to our Buy Goods till 5552104 (Mwethya Weavers).

Yes, we send with G4S to Nakuru; it arrives the next day and the charge is KSh 450. Just send your name, phone number and which colour you'd like.

Mutheu"""),

    case("""Dear Mutheu,

I'm afraid I have to report a problem with the shipment that arrived on Thursday (invoice MWC-0389). When we opened the second carton, eleven of the medium baskets had grey mould spots on the base and a musty smell. They went straight into our stockroom, which is dry, so I don't think it happened here.

⟦Could you let me know what might have caused it?⟧ ⟦We'd like a credit note for the eleven baskets (£264 at our cost price) against the next order.⟧ ⟦Should we destroy them, or do you want them photographed first?⟧

We've bought from you for four years and this is the first problem, so I'm sure it's a one-off.

Kind regards,
Helen Marsh
Buyer, Fairlight Trading CIC

-----Original Message-----
From: Mutheu Kioko <mutheu@mwethya.example.co.ke>
Sent: 01 December 2026 14:20
To: Helen Marsh <helen@fairlighttrading.example.org.uk>
Subject: Shipment MWC-0389

Dear Helen, tracking shows the cartons have cleared Felixstowe. Please let us know when they arrive.""",
         [Y, N, Y], ["why", "request", "which"],
         """Dear Helen,

I am very sorry about this, and thank you for telling us straight away. The short rains came early this year, and I think some of the medium baskets were packed before the sisal in the bases had fully dried. In a sealed carton that is enough for mould to grow during four weeks at sea.

Please photograph the eleven baskets, the bases especially, and send us the pictures; after that you can dispose of them. I will take the credit note to our committee meeting on Friday.‸

We are adding a second drying day before packing from now on.

Kind regards,
Mutheu"""),

    case("""Hi Mutheu,

Thanks for the samples; they arrived in London on Saturday and the couple loved them. A couple of follow-ups from them:

⟦The bride's mother has asked whether the mini baskets could have the couple's initials woven in, "A & K", or whether that's too fiddly at that size.⟧ ⟦If initials are possible, does it add to the price?⟧

⟦We'd need 140 mini baskets delivered to London by Friday 4 June 2027 at the latest.⟧ ⟦Can you confirm that's realistic⟧ and ⟦what the total with DHL would be?⟧

Best,
Priya Chauhan
Chauhan & Lane Weddings

On Thu, 3 Dec 2026 at 11:03, Mutheu Kioko <mutheu@mwethya.example.co.ke> wrote:
> Dear Priya,
> The samples go out by DHL today. Mini baskets are KSh 650 each.
>
> > On Tue, 1 Dec 2026 at 08:40, Priya Chauhan <priya@chauhanlane.example.co.uk> wrote:
> > Could you send us three mini samples, one plain and two striped?""",
         [Y, N, Y, Y, N], ["yes/no", "yes/no", "request", "yes/no", "how much"],
         """Dear Priya,

So glad the couple liked them! Yes, our weavers can work "A & K" into the side of each mini basket in a contrasting colour; it's fiddly, but they have done names before.‸

140 minis by Friday 4 June 2027 is realistic as long as we have the order and deposit by the end of February; they would leave here in mid-May.

DHL charges by the weight of the final cartons, so I will ask them for a quote once the baskets are packed.

Best wishes,
Mutheu"""),

    case("""Hi Mutheu,

Deposit of $1,150 sent by Wise this morning, reference IVY-0107. Thanks again for all your help with the colors.

Dana

-- 
Dana Whitfield | Ivy & Loom
14 Lexington Ave, Asheville, NC 28801
Looking for a gift that gives back? Ask us about our maker stories.""",
         [], [],
         """Dear Dana,

Thank you, the deposit is in our account and the weavers start on Monday 11 January. I will send you photos of the first baskets as they come off the frame.

Mutheu""",
         quoted_only=True),

    # --- Steelguard Gates & Bars (security gates, burglar bars and palisade fencing; Centurion, Gauteng, South Africa)
    case("""Good morning Johan,

We had a break-in on Thursday night while we were asleep; they came in through the kitchen window and took laptops and my wife's handbag. Nobody was hurt, thank God, but the kids haven't slept properly since and my wife wants bars on everything yesterday. The police were here for two hours and the insurance assessor is coming on Wednesday.

Our house is in Eldoraigne, single storey, 11 windows plus a sliding door onto the patio and the kitchen door. ⟦Can you come and measure this week?⟧ ⟦We'd want clear polycarbonate on the lounge windows because of the view⟧, but ordinary bars are fine for the rest. The neighbour says the insurance won't pay for the bars themselves, but ⟦do you give a certificate for the insurer that the house is now secured?⟧ I think that brings the premium down.

⟦Realistically, can it be done before we go to the coast on 19 December?⟧

Thanks,
Werner du Toit""",
         [Y, Y, N, N], ["request", "request", "yes/no", "yes/no"],
         """Morning Werner,

I'm sorry to hear about the break-in; that's a horrible thing for the family, and good that nobody was hurt.

I can come and measure on Wednesday 9 December at 8:00, before the assessor arrives. Clear polycarbonate is no problem for the lounge: we fit a 6 mm UV-stable sheet on a steel frame, and it's hard to tell it's there once it's up. Standard bars for the other windows, plus a security gate on the sliding door and the kitchen door, would be my suggestion.

Our install team is very full in the run-up to Christmas, but we'll do our best to get you in.‸

Regards,
Johan Pretorius
Steelguard Gates & Bars, Centurion"""),

    case("""Thandi

The palisade gate you installed in June is already rusting at every weld. You quoted hot-dip galvanised and powder coated, that's what I paid R18,400 for. So ⟦why is it rusting after six months?⟧ I've attached photos.

⟦I want someone out here this week, not in January.⟧ And ⟦what does your warranty actually cover?⟧ Because I've looked at the paperwork and it says nothing about rust.

P. Mokoena
Sent from my iPhone""",
         [Y, Y, Y], ["why", "request", "which"],
         """Dear Mr Mokoena,

Thank you for the photos. You're right that this shouldn't happen within six months, and I'm sorry.

What you can see is where the gate was welded on site to fit your posts. The welds can't go back into the galvanising bath, so they're treated with a zinc-rich paint before the powder coat, and on your gate that touch-up was clearly not done properly, so moisture has got in at the joints.

Sipho will come out on Thursday 10 December between 8 and 10 to grind back the welds, re-treat them and recoat them. Our 12-month workmanship warranty covers exactly this kind of fault, so there is no charge.

Kind regards,
Thandi Nkosi
Steelguard Gates & Bars"""),

    case("""Goeie môre Johan

I am the chairman of the trustees at Bosveld Villas (24 units) in Rooihuiskraal. The trustees decided to replace the old pedestrian gate at the entrance, it is very skew and the lock does not close anymore. We need the following:

1. ⟦Quotation for a new pedestrian gate with a magnetic lock that can work on the intercom⟧
2. ⟦Is it possible to fit a self-closer so that it closes by itself⟧
3. ⟦What is the delivery time⟧

⟦The quotation must please be addressed to Bosveld Villas Body Corporate, not to me personally⟧, because the managing agent must approve it.

Baie dankie
Gerrit Venter
Chairman: Board of Trustees

From: Thandi Nkosi <office@steelguard.example.co.za>
Sent: Thursday, 3 December 2026 15:22
To: Gerrit Venter <gerrit.venter@webmail.example.co.za>
Subject: RE: Gate at Bosveld Villas

Good day Mr Venter, Johan will be in the area on Friday. Can he pop in to look at the gate?""",
         [Y, Y, N, N], ["request", "yes/no", "when", "request"],
         """Goeie môre Mr Venter,

Thanks for showing me the gate on Friday. The quotation is attached: a new pedestrian gate in 25 mm square tube with a 280 kg magnetic lock wired to your existing intercom, R14,200 including VAT and installation. A hydraulic self-closer is included in that price, so the gate will pull itself shut and lock every time.

Please note that our factory closes from 18 December and opens again on 11 January.‸

Regards,
Johan"""),

    case("""Hi Thandi

As discussed telephonically this morning, ⟦we'd like to go ahead with the retractable security gates for the two bedroom doors and the front door (quote SG-1187).⟧

⟦Can we pay the R23,600 in three instalments instead of 50% upfront?⟧ My husband's bonus only comes in February. Also, ⟦does the quote include taking out the old burglar bars and carting them away, or is that extra?⟧

Thanks a mil,
Nomvula Dlamini

On Thu, 3 Dec 2026 at 09:02, Thandi Nkosi <office@steelguard.example.co.za> wrote:
> Good morning Mrs Dlamini, please find the quotation attached. Let us know if you have any questions.""",
         [Y, N, Y], ["request", "yes/no", "yes/no"],
         """Hi Mrs Dlamini

Thank you, that's wonderful. I've put the job in the diary for Tuesday 12 January, the first week the factory is back.

Removing the old burglar bars is included in the quote, and we take them away with us, so there's nothing extra there.

I'll chat to Johan about the instalments and come back to you.‸

Kind regards,
Thandi"""),

    case("""Hi, ⟦do you do burglar bars in Midrand?⟧ ⟦Roughly what does one window cost?⟧ Thanks, Lerato""",
         [Y, N], ["yes/no", "how much"],
         """Hi Lerato,

Yes, Midrand is in our area. Prices depend on the size of the window and the style of bar you choose, so we do a free measure-up and give you a fixed quote on the spot.‸ Would Tuesday or Wednesday afternoon suit you?

Thandi"""),

    # --- Kōwhai Stone (a pounamu carver's workshop and shop; Hokitika, West Coast, New Zealand)
    case("""Kia ora,

I am from Freiburg, Germany and I was in Hokitika in 2024 with my family. We visited your workshop and my son was very impressed by the carving. In March he becomes 21 and I want to give him a pounamu piece, a koru or a twist, I am not sure which is better for a son from his mother. ⟦Maybe you can advise?⟧

⟦Is it possible to make a custom piece and send to Germany?⟧ ⟦How long does it take from order until it arrives?⟧ I read that real pounamu must have a certificate from Ngāi Tahu, ⟦you give this with the piece?⟧

Many greetings,
Sabine Lorenz""",
         [Y, Y, Y, Y], ["which", "yes/no", "when", "yes/no"],
         """Kia ora Sabine,

How lovely that your son remembers the workshop. For a 21st from his mother, a koru is the one we'd suggest: the unfolding fern frond stands for new life and growth, which suits someone stepping out on his own. A twist is more often given between partners or close friends.

Yes, Hemi can carve a custom piece, and we send overseas by tracked courier. From order to arrival in Freiburg it usually takes six to seven weeks: five to six for carving and polishing, and about a week in transit. Every piece comes with its Ngāi Tahu authentication card, so there's no doubt it's genuine West Coast pounamu.

Ngā mihi,
Kate Drummond
Kōwhai Stone, Hokitika"""),

    case("""Kia ora Hemi and Kate,

Just a quick note to say the hei matau arrived in Dunedin on Friday and Dad hasn't taken it off since. He's not a man for big speeches, but he held it for a long time and then went quiet, which from him says a lot. How do you put a thank-you into words for something like that? Anyway, thank you both, truly.

Ngā mihi nui,
Aroha Kingi""",
         [], [],
         """Kia ora Aroha,

That's made Hemi's week; pieces like that are why he does it. Please pass on our best to your dad, and may it keep him safe on his travels.

Ngā mihi,
Kate"""),

    case("""hi there, bought a pounamu toki from you in october and the cord snapped on saturday at the beach 😭 it hit a rock and theres now a chip on the edge. ⟦can it be fixed or is it ruined⟧ ⟦how do i get it to u⟧ also ⟦why did the cord go after only 2 months, i thought it was meant to be strong⟧ 😤 ⟦would like it repaired for free tbh⟧

sam""",
         [Y, Y, Y, N], ["yes/no", "how", "why", "request"],
         """Hi Sam,

Oh no, sorry to hear that. The good news is a chip on the edge of a toki can nearly always be fixed: Hemi can grind the blade back and repolish it, so it'll be a millimetre or two shorter, but no one will know.

Cords do wear through over time where they rub inside the hole, and salt water and sunscreen speed that up a lot, so a beach summer is hard on them. We recommend checking them every few months.

Our usual charge for a reshape and a new cord is $70, but we'll do it for $35 since it's so soon after you bought it.‸ Just post it to us in a padded bag with your return address inside.

Cheers,
Kate"""),

    case("""Hi Kate,

Thanks for the quick reply. We've had a chat and ⟦we'd like to book the carve-your-own workshop for both of us on Thursday 14 January, if there's still room.⟧ ⟦My partner's asking whether we get to choose our own stone or if it's chosen for us.⟧ And ⟦is the $180 per person or for both?⟧

Cheers,
Jess

On 4 Dec 2026, at 19:32, Kate Drummond <kate@kowhaistone.example.co.nz> wrote:

> Kia ora Jess,
>
> Our carve-your-own workshop runs Tuesday to Saturday and takes about five hours. The cost is $180, which includes your stone and a cord. Would you like me to pencil you in?
>
> Kate""",
         [Y, Y, Y], ["request", "which", "which"],
         """Hi Jess,

Lovely, you're both booked in for Thursday 14 January, starting at 9:30 at the workshop. You each get to choose your own piece from a tray of offcuts Hemi has set aside, and he'll help you draw your design onto it before you start.

The $180 is per person, payable on the day by card or cash. Wear clothes you don't mind getting a bit of stone dust on.

Cheers,
Kate"""),

    case("""Kia ora Kate,

We're looking at pounamu gifts for our retiring board members and a few long-serving staff, around 30 pieces in total, probably small drops or toki. ⟦Could you send through a price list for trade orders of that size⟧ and ⟦let me know if you can engrave the back?⟧ ⟦We'd need everything in Wellington by Friday 26 February.⟧

⟦Our accounts team will also need a GST invoice before payment is released.⟧

Ngā mihi,
Tania Rewi
Executive Assistant to the Chief Executive
Te Awa Energy Ltd | Level 9, 12 Customhouse Quay, Wellington

This email may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
         [Y, N, Y, Y], ["request", "yes/no", "request", "request"],
         """Kia ora Tania,

Thanks for thinking of us. Our trade price list is attached; for 30 pieces the 10% trade discount applies across the board.

A lot of organisations include a small printed card with each piece, with the recipient's name and a few words about the form they've been given.‸

Thirty drops or toki are no problem by Friday 26 February; if you confirm by mid-January they'll reach you by courier in the week of 15 February. The GST invoice goes out with the order confirmation, so your accounts team will have it before anything is due.

Ngā mihi,
Kate Drummond"""),

    # --- Roebuck Bay Pearls (a pearl farm with boat tours and a showroom; Broome, Western Australia)
    case("""Hi team,

We're driving up from Perth in January (yes, we know it's the wet, my husband's idea of an adventure) and the kids, 9 and 12, are obsessed with pearls after watching a doco. We'll be in Broome from about the 8th to the 16th depending on the roads.

⟦Do your farm tours still run in January or do you close for the wet?⟧ I saw something about a boat trip out to the farm, ⟦is that suitable for kids that age?⟧ My youngest gets seasick on anything bigger than a pool lilo, so ⟦I'd love to know how long you're actually on the water.⟧ ⟦Where does the tour leave from?⟧ And ⟦how much is a family pass, if there is one?⟧

Thanks heaps,
Bec Harlow""",
         [Y, Y, N, N, Y], ["yes/no", "yes/no", "when", "where", "how much"],
         """Hi Bec,

Good on you for braving the wet! We do run the farm tour through January, but only on Mondays, Wednesdays and Fridays, and we'll sometimes cancel on the morning if a storm's coming through, in which case you get a full refund or a new date.

The tour's fine for 9 and 12; kids that age usually love it, especially the pearl harvest demo. The boat stays inside Roebuck Bay, which is pretty sheltered, so it's rarely rough.‸

We do a family pass for two adults and up to three kids at $295.

Cheers,
Lachie
Roebuck Bay Pearls"""),

    case("""To the showroom manager,

In August I paid $2,450 for a strand of South Sea pearls at your Broome showroom, and I was told by the young man who served me that they were "top grade, thick nacre". Three of the pearls near the clasp are now peeling; you can see the layers lifting. I've never worn them in the pool or with perfume.

⟦How does a top-grade pearl peel after four months?⟧ ⟦I want a full refund, not a repair.⟧ ⟦Please also send me the grading certificate that was supposed to come with the strand⟧, because I never received one.

Regards,
Margaret Lowe
Sent from my iPad""",
         [Y, N, Y], ["why", "request", "request"],
         """Dear Margaret,

I'm very sorry to hear this. Peeling in South Sea pearls is rare, and when it does happen near the clasp it's usually because the nacre was damaged when the pearls were drilled or knotted, rather than anything you've done.

A copy of the grading certificate for your strand is attached; I'm sorry it didn't go home with you in August.

Could you send the strand back to us by registered post, at our cost? I'll have our grader look at it under magnification as soon as it arrives and then call you to talk through the options.‸

Kind regards,
Mel Tran
Showroom Manager, Roebuck Bay Pearls"""),

    case("""Hi Mel,

Forwarding the jeweller's note below so you've got the ring size and the setting details on file with my order. Nothing to do your end, it's all sorted.

Danielle

Begin forwarded message:

From: Coastline Jewellers <workshop@coastlinejewellers.example.com.au>
Subject: Re: Pearl ring setting
Date: 3 December 2026 at 10:14:52 AWST
To: Danielle Ferris <dani.ferris@mailbox.example.com.au>

Hi Danielle, ring size is N½ and we'll use the 18ct yellow gold cup setting. Can you confirm the pearl is under 12 mm so the cup fits? Thanks, Paul""",
         [], [],
         """Hi Danielle,

Thanks, that's saved to your order. For Paul's benefit, your pearl measures 11.4 mm, so the cup will fit nicely.

Mel""",
         quoted_only=True),

    case("""⟦Open Boxing Day?⟧ ⟦If not can I get a gift voucher emailed instead?⟧ 🎁

Tom""",
         [Y, Y], ["yes/no", "yes/no"],
         """Hi Tom,

We're closed on Boxing Day and open again from 9 on Monday the 28th. Gift vouchers can be bought any time on our website and they're emailed to you straight away, so that's the easiest way.

Cheers,
Mel"""),

    case("""Dear Roebuck Bay Pearls,

I am writing from Sakura Pacific Travel in Osaka. We are planning a small group tour to Western Australia in June 2027 for 14 guests, mainly retired people. Our guests are very interested in the history of Japanese pearl divers in Broome.

We have some questions:
- ⟦Is it possible to have a private tour for our group on Tuesday 15 June 2027?⟧
- ⟦Japanese-speaking guide available?⟧
- Some guests use walking stick. ⟦How many steps are there to get on the boat?⟧
- ⟦Please tell us the group price⟧ and ⟦the cancellation policy.⟧

⟦If the farm tour is not possible on that day, we can also consider Wednesday 16 June.⟧

Best regards,
Kenji Hayashi
Sakura Pacific Travel Co., Ltd.""",
         [Y, N, Y, Y, N, Y], ["yes/no", "yes/no", "how much", "how much", "how", "yes/no"],
         """Dear Mr Hayashi,

Thank you for your enquiry; we would be honoured to host your group. Tuesday 15 June 2027 is available for a private tour, and I have held it for you until the end of January.

Our history talk covers the Japanese pearl divers in detail, and the tour can finish with a stop at the Japanese Cemetery on the way back into town if your guests would like.‸

Boarding is from a floating pontoon with three low steps and a handrail on both sides, and our crew help every guest on and off.

The private group rate is A$165 per person, so A$2,310 for 14 guests. I'll send our booking form and terms through once you confirm.

Kind regards,
Lachie Murray
Tours Manager, Roebuck Bay Pearls"""),

    # --- Bluenose Caning & Wicker (chair caning, rush seats and wicker repair; Halifax, Nova Scotia, Canada)
    case("""Hello,

I hope this is the right place to ask. My grandmother's rocking chair came to me when she passed last spring, and I've finally dragged it out of the basement. It's a Bentwood style, I think from the 1920s, and the seat has a big hole in the middle where the cane gave way (my nephew stood on it to change a lightbulb, so that's on him). The back is fine. I'd love to have it usable again for my daughter, who's expecting in April, so she can rock the baby in it the way Gran rocked all of us.

I don't know much about caning. ⟦Is it better to do it by hand, hole by hole, or is the sheet cane you press into a groove just as good?⟧ ⟦I also have no idea what this kind of thing costs, so a ballpark would help.⟧ I know you're probably swamped before Christmas, and there's no rush as long as it's done by spring.

⟦Do you pick up in Dartmouth, or should I bring it over to the shop?⟧

Thanks so much,
Colleen MacIsaac""",
         [Y, N, Y], ["which", "how much", "which"],
         """Hi Colleen,

What a lovely reason to bring it back to life. Whether it's hand caning or sheet cane isn't really a choice; it depends on the seat. If there's a row of small holes around the seat frame, it was hand-caned and should be redone that way; if there's a groove with a spline in it, it takes pressed sheet cane. Most Bentwood rockers from the 1920s are hand-caned.

Hand caning is priced by the number of holes in the seat, so I'll be able to give you a figure once I've counted them.‸

We do a pick-up run on the Dartmouth side every Thursday, and there's no charge for it. Spring is no problem at all.

Warmly,
Marguerite Boudreau
Bluenose Caning & Wicker
(902) 555-0148"""),

    case("""Marguerite,

We picked up the wicker loveseat on Saturday and I have to say I'm really disappointed. We asked for the repaired section to be stained to match the rest (honey oak) and it's been painted white. The whole piece. ⟦Who decided that?⟧ It was clearly written on the work order, so ⟦how did this get missed?⟧

⟦I'd like it stripped and redone in the honey colour, at no cost⟧, and ⟦I'd like to know how long that will take because we have family coming for the holidays.⟧

Doug Pelletier
(902) 555-0172

-----Original Message-----
From: Bluenose Caning & Wicker <shop@bluenosecaning.example.ca>
Sent: Wednesday, December 2, 2026 4:05 PM
To: Doug Pelletier <dpelletier@mailbox.example.ca>
Subject: Your loveseat is ready

Hi Doug, your loveseat is ready for pick-up. We're open Saturday 10-3. Please bring your claim ticket.""",
         [Y, Y, Y, N], ["why", "why", "request", "when"],
         """Dear Doug,

You're right, and I'm sorry. Your work order did say honey oak. Liam was finishing two loveseats that week, and the other one, which was to be painted white, had the same model number on its tag; he worked from the wrong ticket, and I didn't catch it when I checked the pieces out.

We'll strip it and redo it in the honey oak stain at no charge, of course. I can pick it up from you on Thursday so you don't have to bring it back in.‸

Marguerite"""),

    case("""Bonjour,

I have 6 chairs of dining room with seat in rush paper (I think it is called fibre rush?) and 2 of them are very damaged by the cat. ⟦It is possible to replace only the 2 seats?⟧ ⟦The colour will not be different from the 4 others?⟧ I live in Moncton, it is 3 hours of Halifax. ⟦You can send me the price for 2 and for 6, please.⟧

Also I see on your website you give workshops for learn to do rush seat. ⟦When is the next one⟧ and ⟦it is in English only?⟧

Merci beaucoup,
Nathalie LeBlanc""",
         [Y, N, Y, Y, N], ["yes/no", "yes/no", "how much", "when", "yes/no"],
         """Bonjour Nathalie,

Yes, we can replace just the two seats; fibre rush is woven straight onto the old frame, so there's no need to touch the other four.‸

The price is $190 per seat, so $380 for the two, or $1,020 if you decide to do all six (plus HST). Many of our customers from New Brunswick send their chairs with a courier; we can give you the name of the one we use.

Our next rush-seat workshop is on Saturday 23 January 2027, 10 to 4, and there are still three places.

Merci,
Marguerite"""),

    case("""Thanks Marguerite, cheque for $412.85 went in the mail this morning. The chairs look wonderful in the sunroom.

Jean Forsythe

________________________________
From: Marguerite Boudreau <shop@bluenosecaning.example.ca>
Sent: Friday, December 4, 2026 11:18 AM
To: Jean Forsythe <jforsythe@mailbox.example.ca>
Subject: Invoice 2026-188

Hi Jean, invoice attached for the two porch chairs ($359 + HST = $412.85). Would you prefer to pay by cheque or e-transfer?""",
         [], [],
         """Hi Jean,

Thank you, I'll watch for it. So glad the chairs found a sunny spot.

Marguerite""",
         quoted_only=True),

    case("""Hi, I left a voicemail on Friday but haven't heard back. ⟦Do you repair woven baskets or just furniture?⟧ It's a big picnic basket with a broken handle. ⟦Could you call me back at (902) 555-0119 after 5?⟧

Thanks,
Ray""",
         [Y, Y], ["yes/no", "request"],
         """Hi Ray,

Sorry for the slow reply; Friday's messages got missed. We do repair baskets as well as furniture, and a broken handle on a picnic basket is usually a straightforward job. I'll ring you at 5:15 today to talk it through.

Marguerite"""),

    # --- Sandia Neon Works (glass neon signs made and repaired; Albuquerque, New Mexico, US)
    case("""Hey Rudy,

We're opening a cocktail bar on Central in the old Kimo district building, target date is Friday, February 12, right before Valentine's weekend. We want a real glass neon sign in the front window, the bar's name in script, about 4 ft wide, pink and warm white. My business partner keeps pushing LED flex because it's cheaper. ⟦Honest opinion, is real neon worth it for a window sign?⟧

⟦What would a sign like that run us⟧ and ⟦can you have it in by Feb 5 so we can do photos?⟧ ⟦Do we need a city permit for a window sign or is that only for outside signs?⟧

Thanks,
Marisol Chávez
Co-owner, The Blue Agave Room
(505) 555-0137""",
         [Y, N, Y, N], ["yes/no", "how much", "yes/no", "yes/no"],
         """Hi Marisol,

Congrats on the new place! For a window sign on Central I'd go glass every time. It has a warmth LED flex can't match, it reads from across the street at night, and a well-made neon sign will run for 15 years or more. LED is cheaper up front, but it looks like LED.

Script signs are priced on the total length of tubing, so send me the logo file and I'll work it up for you.‸ If you sign off on the design by Friday, January 8, we'll have it installed the week of February 1, in plenty of time for photos.

Rudy Baca
Sandia Neon Works
(505) 555-0161"""),

    case("""Rudy,

Thanks for talking me through it on the phone this morning. I went up the ladder like you said and the flicker is only on the VACANCY part; the arrow and the motel name are fine. So ⟦does that mean it's the transformer or could it still be the tube?⟧ ⟦When can you get someone out?⟧ We're booked solid over New Year's and I don't want it flickering in the photos everyone takes.

Also, ⟦if you need to take the VACANCY section down to the shop, can you give me an idea how long it'd be gone?⟧

Ernie Sandoval
Desert Rose Motor Lodge

On Thu, Dec 3, 2026 at 9:41 AM Sandia Neon Works <shop@sandianeon.example.com> wrote:
> Hi Ernie, give us a call when you get a minute and we can troubleshoot the sign together. What part of the sign is flickering?""",
         [Y, Y, N], ["which", "when", "when"],
         """Hi Ernie,

Good work on the ladder. If only VACANCY is flickering and the rest of the sign is steady, it's almost certainly that section's transformer, since each section runs on its own; a failing tube usually shows as a dim or dead patch rather than a flicker.

Joe can be there Wednesday, December 9, in the morning, with a replacement transformer on the truck. If it turns out to be the tube after all, we'll take the section back to the shop and turn it around as fast as we can.‸

Rudy"""),

    case("""yo is this the neon place 😂 my girl's bday is jan 9 and i wanna get her a small neon with our initials + a heart ❤️ ⟦can u do it by then⟧ ⟦how much for like 18 inches⟧ ⟦does it plug in a normal outlet⟧ 🙏

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """Hey!

You found us 😄 Yes, we can have an 18-inch initials-and-heart piece ready by January 8. It plugs into a regular wall outlet, with a small transformer on the cord.‸ Send me the initials and a color and I'll send you a sketch.

Carla
Sandia Neon Works"""),

    case("""Good afternoon,

The Rio Grande Museum of Roadside History has received a donated 1950s neon sign ("Sunset Bowl") and ⟦we would like it restored to working order for an exhibition opening Saturday, May 1, 2027.⟧

Before we can issue a contract, our registrar needs:
- ⟦A written condition report and estimate⟧
- ⟦Confirmation of whether original glass will be kept or replaced⟧
- ⟦A certificate of liability insurance naming the museum⟧

⟦Our purchase orders are paid net 45.⟧ ⟦Would you be able to visit the collections storage to view the sign the week of December 14?⟧

Sincerely,
Dr. Evelyn Marquez
Curator of Collections
Rio Grande Museum of Roadside History

CONFIDENTIALITY: This message and any attachments are intended only for the named recipient(s).""",
         [Y, Y, Y, N, N, Y], ["request", "request", "which", "request", "request", "yes/no"],
         """Dear Dr. Marquez,

Thank you for thinking of us. A Sunset Bowl sign is exactly the kind of piece we love to bring back, and May 1 leaves us plenty of time: a restoration like this usually takes eight to ten weeks in the shop.

I can come to your collections storage on Tuesday, December 15 at 10 a.m. I'll write the condition report and estimate after the visit and have both to you by Friday, December 18.

Our practice with historic signs is to keep every original tube that can be saved and to re-pump it with fresh gas; only broken tubes are replaced, hand-bent to match the originals, and we return the broken glass to you for the collection.

I'll ask our insurance agent to send the certificate.‸

Best regards,
Rudy Baca
Owner, Sandia Neon Works"""),

    case("""Hello Mr. Rudy,

I am writing about the sign for our taqueria, "Tacos Doña Lupe". You told us in October it will be ready the first week of December and today still nothing. My husband called two times and they say "next week, next week". We have the grand reopening Saturday, December 19 and we already print the flyers with the sign in the picture.

⟦Please tell me the true date it will be ready.⟧ ⟦My husband ask also if you will install it the same day or we need to wait again for the installer.⟧ ⟦For this delay I think a discount is fair, no?⟧

Thank you,
Guadalupe Ortiz""",
         [Y, Y, N], ["when", "yes/no", "request"],
         """Dear Mrs. Ortiz,

I'm sorry. We lost two weeks when a batch of red tubing came in cracked and we had to reorder it, and we should have told you that instead of "next week."

The sign will be finished on Friday, December 11, and our installer has you booked for Monday, December 14, so it will be up and lit well before your reopening on the 19th.

I know this has been stressful, and I'm sorry for the runaround on the phone.‸

Rudy Baca"""),

    # --- Cream City Blast & Coat (sandblasting and powder coating; Milwaukee, Wisconsin, US)
    case("""Hi,

I'm restoring a 1978 Honda CB750 over the winter and the frame, swingarm and both wheels are ready to go out for blasting and powder. I'd like gloss black on the frame and swingarm and silver on the wheels. ⟦Do you mask the bearing races and threaded holes or should I plug them myself before dropping off?⟧ ⟦Ballpark for all four pieces?⟧ ⟦Turnaround time this time of year?⟧ ⟦Where do I drop off?⟧ Google sends me to a fence.

I can come by any weekday after 4.

Thanks,
Kyle Brandt

-- 
Kyle Brandt
Brandt Vintage Moto
Ever wondered what a CB750 sounds like at 8,000 rpm? Come by the garage and find out.""",
         [Y, Y, Y, Y], ["which", "how much", "when", "where"],
         """Hi Kyle,

Nice project. We mask the bearing races and plug every threaded hole ourselves, it's part of the prep, but pull the wheel bearings and the steering-head races out before you bring it in; we can't blast with them in.

For the frame, swingarm and both wheels, figure around $425 all in, with the wheels in silver and the rest gloss black. We're running about two weeks right now.

Google has the old gate. Drive past it to the blue overhead door on the north side of the building and ring the buzzer. We're open till 4:30, so after 4 is fine, just not much after.

Dave Novak
Cream City Blast & Coat
(414) 555-0184"""),

    case("""Shannon,

In May we had our aluminum patio set (table + 6 chairs) blasted and powder coated bronze by your shop, $1,140. It's already chipping on the chair legs and the tabletop edge, down to bare metal in places. We store it in the garage over winter. ⟦Why would a powder coat chip this fast?⟧ I was told it would last for years.

⟦I expect this to be redone under warranty.⟧ ⟦Can you pick it up, or do I have to haul seven pieces back to you?⟧

Jim Halvorsen
(262) 555-0146

From: Shannon Keane <office@creamcityblast.example.com>
Sent: Tuesday, December 1, 2026 10:02 AM
To: Jim Halvorsen <jhalvorsen@inbox.example.com>
Subject: RE: patio set

Hi Jim, please send a few photos of the chipping so Dave can take a look. Thanks!""",
         [Y, N, Y], ["why", "request", "which"],
         """Hi Jim,

Thanks for the photos. Dave's first thought is that the aluminum wasn't pre-baked long enough before coating. Cast aluminum holds gas in the metal, and if it isn't baked out, it bubbles up under the powder and leaves weak spots that chip at the edges and legs first.

He'd like to see one of the chairs in person before we decide how to handle the rest of the set.‸ We don't have a pickup service, but you only need to bring the one chair for now, any weekday 7:30 to 4:30.

Shannon
Cream City Blast & Coat"""),

    case("""Perfect, Thursday at 8 works. I'll have the tires off the rims by then.

Luis

On Fri, Dec 4, 2026 at 3:27 PM Cream City Blast & Coat <office@creamcityblast.example.com> wrote:
> Hi Luis, Dave can do the rims next week. Can you bring them in Thursday morning, tires off?
>
> On Thu, Dec 3, 2026 at 8:12 PM Luis Ortega <lortega@inbox.example.com> wrote:
>> Hey, do you do truck rims? I've got four 17s for my Silverado that I want in satin black. How much?""",
         [], [],
         """Hi Luis,

See you Thursday at 8. Satin black on four 17s is $340, as Dave said on the phone.

Shannon""",
         quoted_only=True),

    case("""Hello,

I teach ag mechanics at Oak Creek High School and my students just finished welding a trailer for the county fair auction in July. They'd like it sandblasted and powder coated in school colors (green with gold fenders). A few questions from the kids, which I promised to pass along:

⟦One of my seniors wants to know if he can come watch the blasting for his career project.⟧ ⟦Another asked whether two colors costs a lot more than one.⟧

On my end, ⟦we'll need a written quote made out to the Oak Creek-Franklin School District before I can get a PO approved.⟧ ⟦Is spring break (March 22-26) enough time, or should we bring it sooner?⟧

Thanks,
Mark Ehlers
Ag Mechanics, Oak Creek High School""",
         [Y, N, Y, N], ["yes/no", "yes/no", "request", "yes/no"],
         """Hi Mark,

What a great project. Tell your senior he's welcome to come for an afternoon: nobody but our staff can be inside the blast booth, but he can watch through the window and follow Dave through the coating line, and Dave's happy to answer questions for the career project.

Two colors means extra masking and a second trip through the oven.‸ A written quote made out to the Oak Creek-Franklin School District is attached.

Late March is the start of boat-trailer season for us, so the shop gets busy around then.

Shannon
Cream City Blast & Coat"""),

    case("""⟦Do you do cast iron radiators?⟧ 38" long, 6 columns, ⟦what would that cost⟧. ⟦What colors.⟧

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "how much", "which"],
         """Hi,

Yes, we do cast iron radiators regularly. We blast them, coat them in a heat-rated powder and pressure test them before they go back. You can pick from about 40 heat-rated colors; white, almond, satin black and hammered silver are the usual picks.

Radiators are priced by the section, and a 6-column one takes more masking than the slim ones.‸

Shannon
Cream City Blast & Coat"""),

    # --- Gateway Formalwear (tuxedo and suit rental, with some sales; Omaha, Nebraska, US)
    case("""Hi there,

My son Ben is getting married on Saturday, June 19 at St. Cecilia's and I've somehow become the person in charge of the tuxedos, which is fine since the bride's mother is handling everything else. There will be 8 groomsmen plus Ben and his dad, so 10 in all. Here's the tricky part: four of the groomsmen live out of state (Denver, Chicago, two in Kansas City) and won't be in Omaha until the Thursday before.

⟦How do you handle measurements for people who can't come in?⟧ ⟦Is there a group discount for 10?⟧ Ben wants navy, the bride wants "something with a little shine", so ⟦maybe you can suggest something that makes them both happy.⟧ 😅

⟦When do the suits need to be picked up⟧ and ⟦when are they due back?⟧ The wedding is Saturday and they leave for the honeymoon Sunday morning, so Ben won't be returning anything!

Thank you so much,
Linda Sorensen""",
         [Y, N, Y, Y, N], ["how", "yes/no", "request", "when", "when"],
         """Hi Linda,

Congratulations to Ben! Ten is a great-size party to work with.

For the four out-of-town groomsmen, we email a measuring guide, and they can be measured at any tailor or at one of our partner stores in Denver, Chicago and Kansas City; we then do a final try-on here on the Thursday in case anything needs adjusting.‸

For navy with a little shine, our Midnight Navy with a satin shawl lapel has been a favorite with couples who want to split the difference. It's navy in daylight and has that shine in photos.

Pickup is Thursday, June 17, any time after 2 p.m., which lines up nicely with the try-on. Anyone in the party can return Ben's suit for him; it doesn't have to be Ben.

Denise Hruska
Gateway Formalwear
(402) 555-0123"""),

    case("""hi!! prom is april 24 and i need a tux 🕺 ⟦how much is the basic black one⟧ ⟦do shoes come with it⟧ and ⟦can u match the vest to my gfs dress⟧ its like a sage green 💚 also ⟦can my mom pay over the phone bc she works days⟧

- jayden""",
         [Y, Y, Y, N], ["how much", "yes/no", "yes/no", "yes/no"],
         """Hi Jayden!

Our classic black tux is $139 for prom, and that includes shoes, shirt, and a vest and tie in any of our 40+ colors. Sage is one of them and it's really popular this year 💚 Bring a photo of the dress or a fabric swatch when you come in for measurements and we'll match it.‸

Tyler
Gateway Formalwear"""),

    case("""Denise,

I'm writing about our order for the Hartmann-Lee wedding on Saturday. My brother-in-law's pants were at least three inches too long and the waist was huge. We found out at 2 p.m. at the hotel with no time to fix anything, so he stood up there in his own khakis in every photo. ⟦How does that happen when he was measured in your store?⟧

⟦I want his rental refunded in full.⟧ On top of that, you charged a $40 rush alteration fee on Thursday for his pants, which obviously were never altered. ⟦Please take that off too⟧; I think you owe us that much.

Grant Hartmann
(402) 555-0188

-----Original Message-----
From: Gateway Formalwear <orders@gatewayformal.example.com>
Sent: Thursday, December 3, 2026 1:15 PM
To: Grant Hartmann <ghartmann@mailbox.example.com>
Subject: Your order is ready for pickup

Hi Grant, your party's order is ready for pickup. Please have everyone try on before leaving the store!""",
         [Y, Y, N], ["why", "request", "request"],
         """Dear Grant,

I'm so sorry. That's exactly what we never want to happen on a wedding day. I pulled the order this morning: he was measured correctly, but the pants in his garment bag were from another party's order that was pressed the same afternoon, and our checker didn't compare the tags against the ticket.

I've refunded his full rental of $159 to the card on file; you should see it in 3 to 5 business days.‸

Again, I'm sorry the mix-up ended up in your photos.

Denise Hruska
Store Manager, Gateway Formalwear"""),

    case("""Hi Tyler,

Thanks for the call this morning. After talking it over with my wife I think buying makes more sense than renting, since I've got three weddings next year and a gala in March. ⟦Can you remind me what the charcoal suit you mentioned costs to buy⟧ and ⟦whether alterations are included?⟧

Also, ⟦could I come in Thursday after 6 to try it on, or do you close at 6 on weekdays?⟧

Thanks,
Marcus Webb""",
         [Y, Y, Y], ["how much", "yes/no", "yes/no"],
         """Hi Marcus,

Good call; with that many events it pays for itself quickly. The charcoal is $495 to buy, and that includes hemming, sleeves and taking in the waist. We're open until 8 on Thursdays, so come any time after 6 and I'll have it pulled in your size.

Tyler"""),

    case("""Good morning,

Millard West Show Choir rents formalwear every spring for the competition season, and this year we'd like to use a local shop. We need 32 matching tuxedos for the boys' section, sizes from youth 16 through adult 50.

1. ⟦Do you offer a school or nonprofit rate?⟧
2. ⟦Could the rentals run from February 26 through March 20 (three competitions)?⟧
3. ⟦Dry cleaning between competitions - is that on you or on us?⟧
4. ⟦Please include the deposit amount in the quote.⟧

Thank you,
Anne-Marie Kubat
Director of Vocal Music, Millard West

This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed.""",
         [Y, Y, N, N], ["yes/no", "yes/no", "which", "request"],
         """Dear Ms. Kubat,

Thanks for reaching out! We'd love to dress the show choir. Our school rate is $79 per tuxedo, and we can do an extended rental from February 26 through March 20 to cover all three competitions.

Youth sizes go fast in the spring, so we'll need a deposit to hold them.‸ If you can send the size list by mid-January, I'll pull everything and let you know of any gaps.

Denise Hruska
Gateway Formalwear"""),

    # --- North Star Ice Sculpture (carved ice for events; Saint Paul, Minnesota, US)
    case("""Hi Gretchen,

I'm planning our company's holiday party on Friday, December 18 at the Saint Paul Hotel ballroom, about 200 guests, 6 to 11 p.m. Our CEO saw an ice luge at another event and now he wants one, plus a block with our logo in it for the entrance. I'll be honest, I've never ordered ice before.

⟦How long will it last indoors⟧ - ⟦will it make it to 11?⟧ ⟦Do you provide the drip trays and set up, or does the hotel need to?⟧ And ⟦what would the two pieces cost together?⟧

Thanks!
Kelsey Nordahl
Office Manager, Lakeside Analytics

From: North Star Ice <hello@northstarice.example.com>
Sent: Wednesday, December 2, 2026 9:30 AM
To: Kelsey Nordahl <knordahl@lakesideanalytics.example.com>
Subject: RE: Ice for holiday party

Hi Kelsey, happy to help! Can you tell us the date, venue and what you have in mind?""",
         [Y, Y, Y, N], ["when", "yes/no", "which", "how much"],
         """Hi Kelsey,

You'll be in good hands; first-timers are most of our customers! In a heated ballroom a luge and a logo block will each hold up for about six hours, and we set up at 5:30, so they'll still be looking sharp at 11.

We bring our own drip trays, LED bases and linens and do the full setup ourselves; the hotel just needs to give us a table and an outlet for each piece.

Logo pieces are priced on the detail in the design, so if you email me your logo as a vector file I'll put together a quote for both.‸

Gretchen Lindqvist
North Star Ice Sculpture
(651) 555-0107"""),

    case("""Hi there!

My fiancé and I are getting married on Saturday, February 13 at a barn venue in Stillwater, which I know sounds crazy for Minnesota in February, but we met at the Winter Carnival so it felt right. We'd love something in ice for the cocktail hour. ⟦I keep going back and forth on whether an ice bar or a big sculpture of our initials would make more of an impact.⟧ The barn is heated but not very well, if that matters, probably low 60s inside.

⟦Nate wants to know if you can freeze something inside the ice, like flowers or a photo of us.⟧ Also, ⟦is there a delivery charge to Stillwater?⟧

Can't wait to hear what you think!
Hannah Berglund""",
         [Y, Y, N], ["which", "yes/no", "yes/no"],
         """Hi Hannah,

Congratulations! A Winter Carnival couple getting married in February is the best kind of crazy.

For a cocktail hour in a barn in the low 60s, I'd go with the ice bar. It becomes the spot everyone gathers around, and you can have your initials carved into the front panel, so you get both.

Tell Nate yes: we freeze flowers into ice all the time, and they look stunning lit from below. Printed photos don't hold up as well, since the ink runs as we freeze.

Stillwater is an easy drive for us; we're out that way most weekends in the winter.‸

Gretchen"""),

    case("""Gretchen,

I'm frankly embarrassed. The swan you delivered for our gala at Landmark Center on Saturday had a crack through the neck when your driver set it up, and by 8:30 the head had fallen off onto the dessert table in front of 150 donors. Your driver shrugged and said "that happens sometimes." I paid $680 for a centerpiece, not a 90-minute sculpture.

⟦I want a full refund.⟧ ⟦I also want to understand why a cracked piece was set up at all instead of being replaced.⟧

Renee Dahlberg
Development Director, Friends of the Saint Paul Library

On Thu, Dec 3, 2026 at 11:12 AM North Star Ice <hello@northstarice.example.com> wrote:
> Hi Renee, your swan is confirmed for Saturday, delivery at 5:00 p.m. Let us know if anything changes!""",
         [N, Y], ["request", "why"],
         """Dear Renee,

I'm so sorry. That's a terrible thing to happen in front of your donors, and our driver's comment made it worse; I've spoken to him.

The swan cracked in the van when he braked hard on Kellogg, and he should have called me from the loading dock. We had a second carved swan in the freezer and could have swapped it within the hour, but he decided to set up the cracked one and hope it held. That was the wrong call.

I've refunded $340, half of the order, to your card today, and I'd like to carve the ice for your spring event at no charge.‸

Gretchen Lindqvist
Owner, North Star Ice Sculpture"""),

    case("""hiii doing a bachelorette for my sister jan 23 in minneapolis 🥂 ⟦do u do small ice luges for like 10 ppl⟧ ⟦how much⟧ ⟦can we just pick it up ourselves⟧ bc the airbnb is kinda weird about deliveries 🙈 ⟦where do we get it from⟧ and ⟦would it last in a cooler overnight or nah⟧

- bri""",
         [Y, Y, Y, Y, N], ["yes/no", "how much", "yes/no", "where", "yes/no"],
         """Hi Bri!

Fun! 🎉 Yes, we do a tabletop luge that's perfect for 10 people, $165. Pickup is totally fine, from our shop at 240 Broadway in Lowertown; bring a cooler or a blanket for the trunk. Once it's out on a table it lasts about four hours.‸

Marco
North Star Ice Sculpture"""),

    case("""Dear North Star Ice,

I am owner of Golden Lotus restaurant on University Avenue. For Lunar New Year we will have big dinner on Saturday, February 6, about 120 guests. This year is year of the goat, so I want ice sculpture of goat with our restaurant name in Chinese characters.

⟦You can carve Chinese characters?⟧ I will send you the characters by email. If the goat is too difficult, maybe a lantern shape is also OK. ⟦What is the price for the goat and for the lantern?⟧ ⟦Please also tell me which day you can deliver, because the restaurant is closed on Friday for preparation, nobody is there.⟧

Thank you very much,
Wei Zhang""",
         [Y, Y, Y], ["yes/no", "how much", "when"],
         """Dear Mr. Zhang,

Thank you, and happy early New Year! Yes, we can carve Chinese characters; Marco will trace them from the file you send, so please send them as large as possible.

A goat with your restaurant name on the base is $520, and a lantern with the name is $300. The goat is not too difficult for us, so you can choose whichever you like best.

We will deliver on Saturday, February 6, at 3 p.m., so it looks fresh when the guests arrive.

Gretchen Lindqvist
North Star Ice Sculpture"""),

    # --- Pan Caribe Steel Band (a steel-drum band for events, with lessons; Miami, Florida, US)
    case("""Hi Andre,

I'm coordinating a destination wedding at a private estate in Key Largo on Sunday, March 14. The couple would like steel drums for the ceremony and cocktail hour (roughly 3:30 to 6:00), then a DJ takes over.

⟦Could you send over your packages for a trio and a five-piece?⟧ ⟦Do you bring your own sound system?⟧ ⟦Will you need power run out to the lawn?⟧ The ceremony is about 150 feet from the house. Also, ⟦what's your travel fee to Key Largo?⟧

Lastly, we need a rain plan; ⟦can you play under a tent?⟧

Warmly,
Sofia

-- 
Sofia Rinaldi | Rinaldi Events | Coral Gables
(305) 555-0195
Planning a wedding in the Keys? Let's talk.""",
         [Y, Y, Y, N, N], ["request", "yes/no", "yes/no", "how much", "yes/no"],
         """Hi Sofia,

Thanks for thinking of us! Our trio and five-piece packages are attached. For a ceremony plus cocktail hour most couples go with the trio, then add bass and percussion for the five-piece if the cocktail area is big.

We bring our own PA and a mic for the officiant. At 150 feet from the house we'd need one outlet run out to us with a heavy-duty extension, or we can bring our battery rig for a small fee.

Key Largo is outside our Miami-Dade area, so a travel fee applies on top of the package.‸

Andre Baptiste
Pan Caribe Steel Band
(305) 555-0152"""),

    case("""Keisha,

We booked the trio for my mom's 60th on Saturday, 4 to 7, paid $1,200 in full. They showed up at 4:50 and packed up at 6:45 because of "the next gig." That's under two hours out of three. My mom didn't say anything but I could see she was hurt; half the guests asked me why there was no music when they arrived.

⟦Why were they almost an hour late⟧ and ⟦who booked them for another gig the same evening?⟧ ⟦I want $400 back, one hour's worth.⟧

Tiana Morrison
Sent from my iPhone""",
         [Y, N, Y], ["why", "why", "request"],
         """Dear Tiana,

I'm truly sorry, and please tell your mom we're sorry too. The trio left our Little Haiti studio in good time, but a crash closed I-95 southbound and they sat in it for forty minutes; someone should have called you from the road, and nobody did.

The later booking should never have been squeezed in after your party.‸ I've refunded $400 to your card this morning.

Keisha Alleyne
Pan Caribe Steel Band"""),

    case("""Good morning,

I teach music at Palmetto Bay Elementary and we'd love to bring steel pan into our Black History Month programming in February. Our principal asked me to find out a few things before she signs off.

⟦She'd like to know whether the band can do an assembly for about 400 students plus a hands-on workshop for our fifth graders the same day.⟧ ⟦If the workshop happens, do the kids get to actually play the pans, or just watch?⟧ ⟦Is there a reduced rate for Title I schools?⟧ We're tight on funds.

⟦We'd also need a copy of your Level 2 background screening for anyone coming on campus.⟧

Thank you!
Mrs. Danielle Pierre-Louis
Music Teacher, Palmetto Bay Elementary

DISCLAIMER: Under Florida law, e-mail addresses are public records. If you do not want your e-mail address released in response to a public records request, do not send electronic mail to this entity.""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "yes/no", "request"],
         """Dear Mrs. Pierre-Louis,

We'd love to be part of your Black History Month program! Yes, we can do a 45-minute assembly for all 400 students and then a hands-on workshop for the fifth graders the same day. In the workshop every child plays: we bring ten pans and rotate groups of ten, so each student learns a short calypso riff by the end.

Our school package for the assembly and workshop together is $950.‸

All four of our school musicians hold current Level 2 screening, and their clearance letters are attached.

Andre Baptiste
Pan Caribe Steel Band"""),

    case("""⟦Do you give private lessons to adults?⟧ Total beginner, 52. ⟦Do I need my own pan to start?⟧

Gary""",
         [Y, Y], ["yes/no", "yes/no"],
         """Hi Gary,

We sure do. Andre teaches adult beginners on Tuesday and Thursday evenings at the studio, $60 an hour, and plenty of our students started later than 52. You don't need a pan to begin; you'll play one of ours in lessons until you know what you like.

Keisha"""),

    case("""good evening, our church in north miami is having a christmas concert sunday dec 20 ⛪🎄 ⟦can yall play gospel songs or only calypso type music⟧ 🙏🏾 ⟦how much for 1 hour⟧ and ⟦do yall take zelle or cash only⟧

God bless
- sister marie joseph""",
         [Y, Y, Y], ["yes/no", "how much", "yes/no"],
         """Good evening Sister Marie,

God bless you too! Yes, we play gospel; "Amazing Grace" and "O Holy Night" on steel pan are two of our favorites, and we can do a full Christmas set. An hour is $450 for churches, and Zelle is fine, or a check if that's easier for the church office.

Sunday, December 20 is still open, so let us know soon and we'll hold it for you 🙏🏾

Keisha
Pan Caribe Steel Band"""),
]
