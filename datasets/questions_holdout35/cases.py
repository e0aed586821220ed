"""The cases of Tactful's questions held-out set 35 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail or signature does. build_questions_holdout35.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
coracle maker with lessons (Wales), an agricultural contractor (Ireland), a kite maker and wholesaler
(India), a shade-net carport installer (South Africa), a rural fencing contractor (New Zealand), a 4WD
fit-out workshop (Australia), a floatplane charter service (Canada), a generator servicing firm
(Nigeria), a batik studio (Malaysia), a pawn shop (US), a vending-machine operator (US), a billboard
company (US), a private investigator and process server (US) and an aerial crop-spraying service (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Teifi Coracles (a coracle maker with lessons and taster sessions; Cenarth, Wales)
    case(
        """Hi Gethin,

⟦Do you still run the one-day build-your-own coracle course in spring?⟧ ⟦Dates?⟧

Rhodri

Sent from my iPhone""",
        [Y, Y], ["yes/no", "when"],
        """Hi Rhodri,

It's a two-day course these days, as the calico and tar need a night to set before you paddle. This spring it runs Saturday 20 and Sunday 21 March, then again Saturday 17 and Sunday 18 April, 9:30 to 4:30 both days, £240 including the willow and your paddle.

If either suits, reply and I'll hold a place for you.

Gethin
Teifi Coracles""",
    ),
    case(
        """Dear Gethin,

Thank you for getting back to me so quickly, and sorry it's taken me a few days to send these. I've attached the photos of Dad's coracle. As you can see it's been hanging in the barn at Llangadog since he stopped fishing in about 2009, and the mice have had a go at the calico on one side, and there's a split along the bottom where he must have dragged it over the stones at Cenarth one last time. The frame itself looks sound to me but I'm no judge. ⟦Is it worth doing, honestly, or is it one for the wall?⟧ I'd much rather it went back on the water. Dad made it himself the winter I was born, from willow he cut off the riverbank, so ⟦if you do re-skin it, I'd like the original frame kept even if a couple of the laths need splicing.⟧ My brother thinks we should just buy a new one, which tells you everything about my brother.

The other thing is timing. We're holding a little gathering on the riverbank for what would have been his 80th, on Saturday 22 May, and it would mean the world to have it there. ⟦Would that be realistic?⟧ ⟦I can bring it down to you on a trailer, or could you collect it when you're next in Llandeilo?⟧ And ⟦roughly what sort of cost are we talking about?⟧ I don't need an exact figure, just enough to know whether to tell my brother to chip in.

Diolch yn fawr,
Bethan Morgan

On Thu, 3 Dec 2026 at 17:02, Gethin Rees <gethin@teificoracles.example.co.uk> wrote:
> Dear Bethan,
>
> I'd be glad to have a look. Could you send me a few photos of the frame
> and the underside, and let me know roughly how old it is?
>
> Gethin
>
> On Tue, 1 Dec 2026 at 21:40, Bethan Morgan <bethan.morgan@example.com> wrote:
>> Hello, my late father's Teifi coracle needs a new skin. Is this something
>> you would take on?""",
        [Y, Y, Y, Y, N], ["yes/no", "request", "yes/no", "which", "how much"],
        """Dear Bethan,

Thank you for the photos. It's definitely worth doing: the frame is good split willow and hazel, and the damage is in the calico, not the laths. I'll keep your dad's frame and splice in new willow only where I have to, so it stays his boat.

May is fine. I'll have it re-skinned, tarred and tried on the water by the end of April, which leaves plenty of time before the 22nd.

I'm in Llandeilo most Thursdays for the market, so I can collect it on my way home; just tell me which Thursday suits.‸

Diolch,
Gethin""",
    ),
    case(
        """Thanks Gethin, that's all fine with the head. I'll send the signed consent forms across once we're back on the 5th of January.

Cofion,
Nia Lloyd
Ysgol Gynradd Aberbanc

From: Gethin Rees <gethin@teificoracles.example.co.uk>
Sent: 04 December 2026 15:20
To: Nia Lloyd <n.lloyd@aberbanc.example.sch.uk>
Subject: Re: Year 6 coracle taster, June

Hi Nia,

The Year 6 taster is booked for Thursday 10 June, 10 till 2, for 28 pupils. Could you let me know how many will need the smaller buoyancy aids (under 30 kg)? I only keep twelve of those.

Gethin""",
        [], [],
        """Hi Nia,

Lovely, thank you. January is fine for the forms.

When you send them, could you also tell me how many of the children will need the small buoyancy aids? If it's more than twelve I'll borrow some from the canoe club in Cardigan before June.

Diolch,
Gethin""",
        quoted_only=True,
    ),
    case(
        """Mr Rees,

My husband and I drove two and a half hours from Bristol on Saturday for the 11 o'clock coracle taster and found a handwritten note on the gate saying "no sessions today, river too high". Nobody rang, nobody emailed, even though you have both our numbers on the booking. We sat in the car park for twenty minutes in case someone turned up.

I understand you can't paddle in a flood. What I don't understand is the silence. ⟦Why did nobody ring us?⟧ ⟦I want a full refund of the £90 we paid, back on my card, not a voucher.⟧ ⟦I'd also like you to cover our fuel, which came to about £45.⟧

Claire Ashworth

From: Teifi Coracles <bookings@teificoracles.example.co.uk>
Sent: 01 December 2026 09:12
To: Claire Ashworth
Subject: Booking confirmed: Coracle taster, Saturday 5 December, 11:00

Thank you for booking. Please arrive 15 minutes early and bring a change of clothes.""",
        [N, N, Y], ["why", "request", "request"],
        """Dear Mrs Ashworth,

I'm so sorry. You're right, somebody should have rung you, and I'm sorry nobody did.‸

The Teifi came up over a metre overnight on Friday and Natural Resources Wales put out a flood warning at six on Saturday morning, so there was no way we could put anyone on the water. I'd like to make it up to you both: I've put a voucher for two tasters on your booking, valid until the end of 2027, with a hot lunch at the Salmon Leap café thrown in.

I'm afraid we can't pay travel costs when a session is cancelled for the weather; it's in our booking terms, but I know that's little comfort after a five-hour round trip.

Yours sincerely,
Gethin Rees
Teifi Coracles""",
    ),
    case(
        """Hello,

We are a Dutch family (two adults, one boy of 12) on holiday in Pembrokeshire in July and my son has seen the coracles on YouTube. Now he talks of nothing else.

⟦Is it possible to hire a coracle for one hour alone, or must we do the lesson first?⟧ My wife does not swim. ⟦Is that a problem?⟧ ⟦We can come on Tuesday 13 July or Wednesday 14 July, which day is better for the river?⟧ ⟦If we bring our dog (a small terrier), can he sit in the coracle with me?⟧ ⟦Where do we park?⟧

Thank you very much,
Joost van den Berg

Sent from my iPad""",
        [Y, Y, N, N, Y], ["yes/no", "yes/no", "which", "yes/no", "where"],
        """Dear Joost,

Thank you, and tell your son he has good taste in YouTube.

We don't hire coracles out on their own; they spin in circles until you've learned the figure-of-eight stroke, so everyone starts with the one-hour lesson, and after that you can stay on the water as long as you like. Your wife is very welcome even though she doesn't swim: everyone wears a buoyancy aid, we stay in the shallow pool below the falls, and I'm in the water beside you.

July is a lovely time on the Teifi, with the sewin running and the evenings long.‸

Park in the village car park opposite the Three Salmons; we're the green hut by the bridge.

Best wishes,
Gethin Rees""",
    ),

    # --- Fennessy Agri Contractors (silage, baling, slurry, hedge-cutting; Cahir, Co. Tipperary, Ireland)
    case(
        """declan its pat ryan ballylooby. tank is near full 😬 ⟦can ye come out the first day the closed period ends⟧ 3 tanks id say maybe 4. ⟦is the trailing shoe much dearer than the splash plate⟧ ⟦how much per 1000 gal these days⟧

Sent from my Samsung Galaxy smartphone.""",
        [Y, N, N], ["request", "yes/no", "how much"],
        """Pat,

You're down for Wednesday 13 January, the first day we're allowed out, weather and ground permitting. I'll ring you the evening before.

It'll have to be the trailing shoe on your ground anyway, with the derogation you're in, so the splash plate isn't an option for you any more.‸

Declan""",
    ),
    case(
        """Declan,

Thanks for the chat on Friday. The owners have given me the go-ahead to get contractors priced for next season, so here's what I need from you:

1. ⟦First-cut silage, approx 140 acres, pit not bales⟧
2. ⟦Second cut, same acreage⟧
3. ⟦Whether you'd bring your own man for the rake or if we need to supply a driver⟧
4. ⟦Reseeding 25 acres after first cut⟧ — ⟦do ye do min-till or plough only?⟧
5. ⟦Hedge-cutting for the whole farm in September⟧

⟦I also need to know when you'd have availability for first cut.⟧ We'd be aiming for around the 20th of May if the grass is there.

Regards,
Siobhán Hayes
Farm Manager, Knockeevan Dairy

From: Declan Fennessy <declan@fennessyagri.example.ie>
Sent: Friday 4 December 2026 18:02
To: Siobhán Hayes <siobhan@knockeevan.example.ie>
Subject: Silage 2027

Siobhán, good talking to you. Send me on the list of what you want priced and I'll come back to you next week. Would you let me know the acreage on the out-farm too?

Declan""",
        [Y, Y, Y, N, Y, N, Y], ["how much", "how much", "yes/no", "how much", "yes/no", "how much", "when"],
        """Hi Siobhán,

Prices for 2027, all ex VAT:

- First cut, 140 acres into the pit: €62 an acre for mowing, raking, harvesting, drawing in and rolling.
- Second cut, same acreage: €58 an acre, as it's usually a lighter crop.
- That's with our own rake man; you don't need to supply anyone, only someone on the pit with the loader if you'd rather keep that yourselves.
- Reseeding: we do min-till with the one-pass drill as well as ploughing, and for grassland after silage min-till is what I'd recommend.‸

For first cut we're booking the weeks now. I've pencilled you in for the week of the 17th of May and we'll firm it up when we see the grass.

Declan""",
    ),
    case(
        """Grand so, Tuesday it is. I'll have the gate open from 8. ⟦Would ye be able to do the bit of roadside hedge as well while you're here?⟧ The council were on to me about it. ⟦How much extra would that be?⟧

Michael

On Fri, 4 Dec 2026 at 19:40, Declan Fennessy <declan@fennessyagri.example.ie> wrote:
> Michael, the ground is too soft for the tractor and flail on Monday. Could we
> come on Tuesday the 8th instead for the inside hedges?
>
> Declan""",
        [Y, N], ["yes/no", "how much"],
        """Michael,

No bother, we'll do the roadside hedge the same day, and we'll put out the cones and the sign for the road. It's only an hour's work with the flail.‸

See you Tuesday.

Declan""",
    ),
    case(
        """Declan Fennessy,

Your tractor and trailer drawing bales for Hickeys on Thursday took the pier clean off my entrance. The lad didn't even stop; my wife saw it from the kitchen. There's cut stone lying in the ditch and the gate is hanging off one hinge.

⟦I want it rebuilt, properly, in stone, before Christmas.⟧ ⟦Who is your insurer?⟧ And ⟦is it normal for your drivers to drive off after doing damage like that?⟧ ⟦Ring me today.⟧

Tom Kearney
Ballydrehid

Sent from my iPad""",
        [N, Y, Y, N], ["request", "which", "yes/no", "request"],
        """Tom,

I'm sorry about this. I've spoken to the driver and he says he thought he'd only clipped the hedge; that's no excuse and it won't happen again, he should have stopped and knocked on your door.

Our insurer is FBD, policy number FA-228104, and I've reported it to them this morning. I'll get a stonemason out to have a look at the pier and we'll see what can be done.‸

Declan Fennessy""",
    ),
    case(
        """Hi Declan,

Thanks for the chat earlier. As discussed, ⟦we'd like you to do the first-cut silage on the out-farm in Ardfinnan next May: round bales, wrapped, six layers.⟧ You mentioned a sample agreement, ⟦send that on when you get a chance.⟧

One thing I forgot to ask: ⟦do ye take the wrap away after, or is that on us?⟧ Also ⟦my brother-in-law wanted to know if you'd do his 12 acres next door the same day.⟧

Thanks,
Emer Walsh

On Sat, 5 Dec 2026 at 10:14, Emer Walsh <emer.walsh@example.ie> wrote:
> Hi, I got your name from the co-op in Cahir. We've just taken over my
> uncle's farm near Ardfinnan. Could you give me a ring some evening this week?""",
        [Y, Y, Y, N], ["request", "request", "which", "yes/no"],
        """Hi Emer,

Good to talk to you. You're in the book for first cut at Ardfinnan, round bales with six layers of wrap; we'll fix the exact day in May when the grass is ready. The sample agreement is attached, have a read and ring me with any questions.

The wrap is your side, I'm afraid, but the farm plastics collection at the mart in Cahir takes it every April and it's cheap enough.

Tell your brother-in-law to give me a ring himself and we'll see.‸

Declan""",
    ),

    # --- Ambika Patang Bhandar (a kite maker and wholesaler; Raipur, Ahmedabad, India)
    case(
        """Dear Sir,

Greetings from Kavari Technologies.

We are planning an Uttarayan celebration at our Ahmedabad campus on Thursday 14 January for approximately 400 employees. Kindly share a quotation for the below:

• ⟦600 printed kites with our company logo, 28 inch size⟧
• ⟦200 firkis with cotton manja⟧ — ⟦no glass-coated manja please, as per our EHS policy⟧
• ⟦Delivery to our SG Highway office by Monday 11 January⟧
• ⟦Whether you can provide 2–3 persons on the day to help employees who have never flown a kite⟧

⟦Kindly also confirm if a GST invoice will be provided.⟧

Thanks and regards,
Sneha Iyer
HR Business Partner | Kavari Technologies Pvt. Ltd.
Bengaluru

DISCLAIMER: The information in this email is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
        [Y, Y, Y, Y, N, N], ["how much", "how much", "request", "request", "yes/no", "yes/no"],
        """Dear Sneha Madam,

Thank you for your enquiry. Please find our quotation below:

• 600 printed kites, 28 inch, with your logo in single colour: ₹38 per kite, total ₹22,800
• 200 firkis with 1,000 m cotton manja each: ₹210 per firki, total ₹42,000

We sell only cotton manja; glass-coated and Chinese manja we do not stock at all. For printing we need your logo in CDR or PDF by 24 December, and then delivery to your SG Highway office will be on Saturday 9 January, well before the 11th.‸

Regards,
Hitesh Panchal
Ambika Patang Bhandar, Raipur, Ahmedabad""",
    ),
    case(
        """hitesh bhai namaste 🙏 last yr u sent 50 dozen, 10 dozen came torn at the folds. ⟦this yr pls pack properly⟧ ⟦rate same as last yr or increased??⟧ ⟦need 80 dozen tukkal + 40 dozen chil⟧ ⟦can u send by transport to surat before 2 jan⟧ ⟦half advance ok?⟧
ramesh, navsari bazar surat

Sent from my iPhone""",
        [Y, Y, Y, N, N], ["request", "yes/no", "request", "request", "yes/no"],
        """Jai Shree Krishna Rameshbhai 🙏

Sorry for last year's torn ones. This year every dozen is packed flat in a carton with cardboard between, no more folding in bundles. Rate has increased by ₹40 per dozen on both tukkal and chil because paper and bamboo both went up after the monsoon. 80 dozen tukkal and 40 dozen chil is noted in the book.‸

Hitesh""",
    ),
    case(
        """Dear Hiteshbhai,

The parcel reached Leicester on Friday, all thirty kites without a single broken kamaan, and the children's names printed on them exactly as I wrote. My grandson slept with his under the pillow. How do you get bamboo across two continents in one piece when the Royal Mail can't get a birthday card across town?

With many thanks and best wishes for Uttarayan,
Vinod Mistry

On Tue, 1 Dec 2026 at 09:15, Ambika Patang Bhandar <ambika.patang@example.in> wrote:
> Namaste Vinodbhai, your parcel went by India Post EMS on 23 November, tracking
> number EM204417385IN. Please let us know once it reaches.""",
        [], [],
        """Dear Vinodbhai,

Thank you so much, this made the whole shop smile. The secret is old cartons and too much tape!

Happy Uttarayan to you and the family in Leicester.

Hitesh Panchal""",
        quoted_only=True,
    ),
    case(
        """Hitesh ji,

I am extremely disappointed. We approved the logo proof on WhatsApp in ORANGE and the sample kites that arrived today are BLUE. On top of that, one of the two sample firkis has glass manja on it. I had told you on the phone twice that our client is a children's hospital and no glass manja under any circumstances.

⟦Reprint the full 1,500 kites in orange at your cost.⟧ ⟦Why was glass manja sent when we specifically asked for cotton?⟧ ⟦I need a written confirmation that not a single reel in the final lot will have glass manja.⟧ Our event is on 13 January and I cannot take any more risks.

Farah Kapadia
Kite & Co. Events, Mumbai

On Thu, 3 Dec 2026 at 12:40, Ambika Patang Bhandar <ambika.patang@example.in> wrote:
> Farah madam, samples dispatched today by DTDC. Please let us know once
> received.
>
> On Wed, 2 Dec 2026 at 18:05, Farah Kapadia <farah@kiteandco.example.in> wrote:
>> Hitesh ji, proof is approved. Please send 10 sample kites and 2 firkis
>> before you start the full run.""",
        [N, Y, Y], ["request", "why", "request"],
        """Dear Farah Madam,

I am very sorry. The glass manja reel was packed by mistake from another customer's order on the same table; it was our packing boy's mistake and I have spoken to him. I am confirming here in writing: every firki in your final order will be cotton manja only, and I will personally check each carton before it is sealed.

For the colour, the printer used the blue screen from another job. We will reprint in orange and give you 50% off the printing charge on the reprint.‸

Regards,
Hitesh Panchal""",
    ),
    case(
        """Namaste,

My father Navinchandra Shah is 81 and is going back to Ahmedabad for Uttarayan for the first time in 14 years. He grew up in Khadia and every year he tells us about flying kites from his uncle's terrace in the pol, and how the good kites came from a shop in Raipur. He thinks it might be yours, although it was called something else then, and he says there was an old man with a white cap who would test each kite by holding it up to the sun.

He asked me to check a few things since I am the one with email. ⟦He wants to know whether you still make the round "dhaal" kites with the paper tails, the way they were made in the 1960s.⟧ ⟦If you do, what would 20 of them cost?⟧ ⟦He also asked if you could deliver to his cousin's house in Khadia, because his knees are bad and he can't manage the crowd at the market in the week before Uttarayan.⟧ And ⟦where exactly is your shop now?⟧ He might want to visit on a quiet day.

I'll be paying from Canada. ⟦Do you accept Wise or PayPal?⟧

Thank you,
Priya Shah
Brampton, Ontario""",
        [Y, N, Y, Y, N], ["yes/no", "how much", "yes/no", "where", "which"],
        """Dear Priya,

What a lovely message. Please tell your father the old man with the white cap was my grandfather, Maganlal, and the shop was called Maganlal Patangwala until 1988.

Yes, we still make the dhaal kites with paper tails, but only to order, because very few people ask for them now. The price depends on the paper he chooses, so I would like to show him the samples first.‸ Delivery to Khadia is no problem, it is ten minutes from us, and I will bring them myself.

We are still in the same lane, Raipur Chakla, three shops after the Hanuman temple. Anyone in Raipur will show him.

For payment I will send you our bank details.

Regards,
Hitesh Panchal""",
    ),

    # --- Limpopo Shade & Carports (shade-net carports and shade ports; Polokwane, South Africa)
    case(
        """Morning

⟦Do you do double carports in Bendor⟧ and ⟦what's the lead time at the moment?⟧

Thanks
Pieter

Sent from my iPhone""",
        [Y, Y], ["yes/no", "when"],
        """Morning Pieter

Yes, Bendor is ten minutes from our yard, and double carports are most of what we do. At the moment we're about three weeks from measuring to installation; after the 18th we close for the builders' holiday and open again on Monday 11 January.

If you send me your address I'll come and measure this week.

Thabo""",
    ),
    case(
        """Good day

The shade net carport you installed in April lifted in the storm on Saturday afternoon and the net has torn along the whole front beam. It is not even eight months old. When I signed I was told telephonically that it carries a five-year guarantee.

⟦I expect you to replace the net at no cost to me.⟧ ⟦When can someone come out?⟧ ⟦Please also explain why the net came loose in the first place⟧ — ⟦were the cables tensioned properly?⟧ My neighbour's carport from another company did not move.

Regards
Johan Botha
Sterpark

From: Limpopo Shade & Carports <info@limposhade.example.co.za>
Sent: Thursday, 3 December 2026 10:15
To: Johan Botha
Subject: Your guarantee certificate

Dear Johan, please find attached your guarantee certificate as requested. Let us know if there's anything else.""",
        [Y, Y, N, N], ["request", "when", "why", "yes/no"],
        """Dear Johan

I'm sorry to hear about the carport, and I'm glad nobody was hurt and the bakkie wasn't under it.

The five-year guarantee covers the net against UV and our workmanship; it doesn't cover storm damage, which is for your household insurance. I'm happy to give your insurer a report and a quote for the new net.

Johannes will come out on Wednesday 9 December at 7:30 to have a look, and we'll see what happened once he's on site.‸

Kind regards
Thabo Maluleke
Limpopo Shade & Carports""",
    ),
    case(
        """hi thabo 👋 its elmarie, anri's neighbour, she gave me ur email. we want a shadeport over the pool and the braai area, more or less 6 x 4. ⟦can u do it before xmas??⟧ ⟦what colours do u have⟧ 🙏 sent pics to ur whatsapp, baie dankie!!""",
        [Y, N], ["yes/no", "which"],
        """Hi Elmarie

Thanks, got the pics 👍 A 6 x 4 over the pool is no problem, but before Christmas won't work, sorry: we're booked solid until we close on the 18th. The first gap is the week of 11 January.‸

I can come and measure on Thursday morning if you're home.

Thabo""",
    ),
    case(
        """Hi Thabo

See below from one of our trustees. ⟦Can you answer his questions directly to me so I can put them in the AGM pack?⟧ ⟦Please also resend the quote with the body corporate's VAT number on it: 4120298765.⟧

Regards
Lerato Mokoena
Managing Agent, Bendor Gardens Body Corporate

---------- Forwarded message ---------
From: Kobus Pretorius <kobus.p@example.co.za>
Date: Fri, 4 Dec 2026 at 16:22
Subject: Carports quote
To: Lerato Mokoena <lerato@bendorgardens.example.co.za>

Lerato, can we ask the carport company whether the quote includes submitting the plans to the municipality? And do the new carports have to match the existing green ones, or can we go charcoal?

Kobus""",
        [Y, N], ["request", "request"],
        """Dear Lerato

For Kobus's questions:

1. Yes, the quote includes drawing up and submitting the plans to Polokwane Municipality; the submission fee itself is paid by the body corporate and is usually around R1,800.
2. They don't have to match. Charcoal is a popular choice now, and we can re-cover the existing green ones in charcoal later so the complex looks the same.

I'll ask Anri to look at the quote.‸

Regards
Thabo Maluleke""",
    ),
    case(
        """Dear Mr Maluleke

Thank you for your reply. I must apologise for the delay in answering; it has been a difficult week on the farm with the hail that came through on Sunday and took most of the avocado blossom on the lower block.

Since my wife passed away I have not done much with the garden at the house, but my daughter has convinced me to start again with vegetables, and I want to put a shade structure over the old rose beds, about 12 x 8 metres. The hail has made me nervous. ⟦Can your structure take an 80% net, because I would like the extra protection for the seedlings?⟧ ⟦I have also been wondering whether the poles can be planted in the ground instead of on base plates, as the soil here is deep red clay and I have always found base plates lift.⟧ ⟦My son in Johannesburg asks if you give a discount for pensioners.⟧ He is very protective of my money, which is his inheritance after all.

Lastly, ⟦is Tzaneen too far for you to come?⟧ It is about 95 km from Polokwane on the R71.

Yours sincerely
Willem Steyn

On Thu, 3 Dec 2026 at 09:12, Limpopo Shade & Carports <info@limposhade.example.co.za> wrote:
> Dear Mr Steyn, thank you for your enquiry. Could you send us the size of
> the area you'd like covered?
>
> On Tue, 1 Dec 2026 at 17:40, Willem Steyn <wsteyn@example.co.za> wrote:
>> Good day, do you do shade structures for vegetable gardens?""",
        [N, Y, N, Y], ["yes/no", "yes/no", "yes/no", "yes/no"],
        """Dear Mr Steyn

I'm sorry about the avocados; a lot of farmers around Tzaneen were hit on Sunday.

The 80% nets have been very popular with vegetable growers around Tzaneen since last year's hail.‸ And you're right about the base plates: we always concrete our poles straight into the ground, 900 mm deep, so that's how yours would be done.

We'll make sure you get a fair price, don't worry. Tzaneen is no problem at all; we work there most months and charge travel at R9 per km beyond 50 km, so about R800 for the trip.

Kind regards
Thabo Maluleke""",
    ),

    # --- Southern Boundary Fencing (a rural fencing contractor; Gore, Southland, New Zealand)
    case(
        """Kia ora Craig,

Following up our phone call on Thursday. The owners have signed off on the new lane fence and the three calf paddocks. What I still need from you:

- ⟦written quote incl. GST so I can send it to them⟧
- ⟦start date (we need it finished before calving starts at the end of July)⟧
- ⟦whether you're supplying the posts or we use the ones stacked by the implement shed⟧
- ⟦can your crew work with the herd still going up and down the lane, or do we need to shift them to the runoff⟧

Cheers,
Karen Whiu
Farm Manager, Te Tipua Dairies

Sent from my iPad""",
        [Y, Y, Y, N], ["request", "when", "which", "yes/no"],
        """Hi Karen,

Quote attached, $38,460 incl. GST, broken down by the lane and each paddock so the owners can see where it goes.

We can start on Monday 8 March once the lane's dried out, and it's about three weeks' work for two crews, so well before calving.

Happy to use your posts if they're H4 treated and not split; I'll check the stack when I'm out on Friday and take them off the quote if we use them.‸

Cheers,
Craig""",
    ),
    case(
        """hey mate got 2 alpacas arriving end of feb 😅 need the boundary netted so they dont end up in the neighbours veges. ⟦how much roughly for 300m of netting fence⟧ ⟦do u do gates or just fence⟧ ⟦any chance u could fit it in before they come⟧ cheers, sam""",
        [Y, Y, N], ["how much", "yes/no", "request"],
        """Hey Sam,

Alpacas, nice. Ballpark for 300m of netting with a top wire on your sort of flat country is about $22 a metre, so roughly $6,600 plus GST. Gates we do too; a 3.6m farm gate, hung, is about $420.

We're flat out with dairy jobs until well into February, but I'll see what I can do for you.‸

Craig""",
    ),
    case(
        """Sweet as, thanks Craig. Deposit's gone through this morning, reference TOM F LANE.

Sent from my iPhone

On 3 Dec 2026, at 8:14 pm, Craig Dunlop <craig@southernboundary.example.co.nz> wrote:

> Hi Tom, invoice for the deposit attached. Could you let me know once it's paid so I can order the strainers and the 2.5mm wire?
>
> Cheers, Craig""",
        [], [],
        """Hi Tom,

Got it, thanks. Strainers and wire are ordered and should be in Gore by the 18th; we'll see you in the new year.

Cheers,
Craig""",
        quoted_only=True,
    ),
    case(
        """Craig,

The boundary fence you put up along the creek in October is already leaning at the corner by the ford. The strainer has lifted about a foot and the wires are slack enough that my ewes were out on Waimumu Road on Sunday morning. I spent two hours getting them back with the neighbour's dog.

⟦I want it fixed this week⟧, and ⟦I want to know why there was no stay on that strainer.⟧ Also the invoice charged for 14 gates and there are 12 on the place. ⟦Please send a corrected invoice.⟧

Graham McKenzie

-- 
Glenroy Station, Waimumu
Need a Romney ram? Ask about our 2027 sale.""",
        [Y, Y, N], ["request", "why", "request"],
        """Graham,

Sorry about the ewes. There was a stay on that strainer, but the ground at the ford is peat and it's pulled the whole lot up; it needed a box strainer with a dug-in foot, and that was my call and I got it wrong. We'll put one in at our cost on Thursday 10 December and re-tension the lot while we're there.

I'll check the gate count with Jo in the office.‸

Craig""",
    ),
    case(
        """Hello Mr Dunlop,

I am the new owner of the block on Waikaka Road (ex Henderson farm). I want to make deer fence around 12 hectares for red deer. ⟦It is possible to use the old posts that are there now?⟧ ⟦How long is the work?⟧ We are living in Auckland until April, so ⟦you can do the work without us being there?⟧ Also ⟦I need to know if the council permission is necessary for deer fence.⟧

Thank you and best regards,
Rafael Oliveira""",
        [Y, Y, Y, N], ["yes/no", "when", "yes/no", "yes/no"],
        """Hi Rafael,

Thanks for getting in touch, and welcome to Southland.

Deer fence needs 2.4m posts and the ones on the Henderson block are 1.8m sheep posts, so we can't reuse them, but we'll pull them out and stack them for you. For 12 hectares it's about two and a half weeks' work. Plenty of our clients aren't on site; as long as we have the gate code and a phone number for you, that's fine.

You'd have to check consents with Gore District Council.‸

Regards,
Craig Dunlop
Southern Boundary Fencing""",
    ),

    # --- Tropic Trail 4WD Fitouts (bull bars, canopies, drawers, dual batteries; Townsville, Australia)
    case(
        """G'day, ⟦can you fit a bull bar to a 2025 Ranger Raptor⟧ and ⟦would you need it all day?⟧

Cheers
Liam

Sent from my iPhone""",
        [Y, Y], ["yes/no", "yes/no"],
        """G'day Liam,

Yep, we fit both the ARB and the TJM bars to the Raptor, and with the sensors and the winch wiring it's a full day: drop it off at 7:30 and it's usually ready by 4.

Cheers,
Jess
Tropic Trail 4WD Fitouts""",
    ),
    case(
        """Hi Jess,

We met at the caravan and camping show in Cairns back in August (I was the one with the blue heeler), and you said to get in touch when we'd made up our minds. Well, we have! After 38 years of teaching, Jim has finally retired and we're doing the big lap next year, anticlockwise so we're in the Top End for the dry and down south for the summer.

The ute is a 2021 Hilux SR5 dual cab. We're thinking an aluminium canopy with a drawer system, a fridge slide, dual battery with a DC-DC charger and two solar panels on the roof. ⟦Jim wants to know whether the canopy can take a rooftop tent as well as the panels⟧ (he has his heart set on one), and ⟦will all that put us over our GVM?⟧ We've read horror stories about people getting defected in WA.

We leave Townsville on Saturday 1 May, so ⟦everything would need to be finished by the end of April.⟧ ⟦I'd also love a rough idea of cost before Jim gets too excited.⟧

Thanks heaps,
Lorraine Pascoe""",
        [Y, N, Y, N], ["yes/no", "yes/no", "request", "how much"],
        """Hi Lorraine,

Of course I remember the blue heeler! Congratulations to Jim.

Yes, the canopy takes a rooftop tent and the panels together; we mount the panels flush and the tent on load-rated crossbars above them. Whether it all stays under your GVM depends on what else you carry, so I'd like the ute over our weighbridge loaded the way you'd travel before we go any further.‸

April is filling up, but I've pencilled you in for Monday 12 April for four days, which gets you out the door with a couple of weeks to spare.

Cheers,
Jess""",
    ),
    case(
        """Brett,

First proper storm of the wet and the canopy you fitted in October let water in at the front seal. My swag is soaked and so is the work laptop that was in the drawer. I brought it back in November for dust coming in at exactly the same spot and was told it was sorted.

⟦I want the seal fixed properly this time, not another bead of Sikaflex.⟧ ⟦I also want the laptop covered, it was $1,900.⟧ ⟦Who's paying for that?⟧ And ⟦why wasn't the seal checked properly when I brought it back?⟧

Dean Kowalski

-----Original Message-----
From: Tropic Trail 4WD Fitouts <service@tropictrail4wd.example.com.au>
Sent: Wednesday, 2 December 2026 9:05 AM
To: Dean Kowalski
Subject: Service reminder

Hi Dean, your canopy is due for its free 3-month check. Please give us a call to book in.""",
        [Y, Y, Y, N], ["request", "request", "which", "why"],
        """Dean,

Sorry mate, that's not good enough after you'd already brought it back.‸

Bring it in Thursday 10 December and we'll pull the front seal out altogether and fit the new EPDM compression seal with a drip rail above it, at no charge. It's a half-day job, so we'll give you a loan car.

We can't cover the laptop or the swag, I'm afraid; contents are a matter for your own insurance, and I'm happy to write a letter for your insurer saying what failed.

Brett""",
    ),
    case(
        """Jess,

See below from the canopy people about the drawers. ⟦Can you confirm the measurements with them directly?⟧ And ⟦are we still on track for the 15th?⟧

Regards,
Nathan Ferris
Fleet Coordinator | Burdekin Cane Services

Begin forwarded message:

From: Aaron Lim <aaron@northcanopies.example.com.au>
Date: 4 December 2026 at 2:31:08 pm AEST
To: Nathan Ferris <nathan@burdekincane.example.com.au>
Subject: Drawer system – 3 x Hilux

Hi Nathan, before we cut the aluminium, can you or your fitter confirm the internal width between the wheel arches? We have 1,120 mm from the spec sheet.""",
        [Y, Y], ["request", "yes/no"],
        """Hi Nathan,

I measured all three utes this morning: 1,105 mm between the arches, not 1,120. I've emailed Aaron with photos of the tape so they can cut to that.

Yes, we're still on track for Tuesday 15 December; the drawers are due to us on the 11th and we fit on the 14th and 15th.

Cheers,
Jess""",
    ),
    case(
        """Hi Jess,

Thanks for the quote for the six LandCruiser 79s. A few follow-ups before I can raise the PO:

⟦Can the dual-battery systems be fitted at our Cannington site, or do the vehicles have to come to Townsville?⟧ ⟦If they have to come down, can you do two a week?⟧ ⟦Do you invoice per vehicle on completion or at the end of the job?⟧ ⟦We'd need the first two back by Friday 5 February for the shutdown crew.⟧

Regards,
Priyanka Nair
Procurement, Ellamere Resources

On 4 Dec 2026, at 16:48, Jess Moretti <jess@tropictrail4wd.example.com.au> wrote:

> Hi Priyanka,
>
> Please find attached our quote for the canopy, dual battery and light bar fit-out on six LC79s. Let me know if you have any questions.
>
> Jess""",
        [Y, Y, Y, Y], ["which", "yes/no", "which", "request"],
        """Hi Priyanka,

The dual-battery systems have to be done here in Townsville. We need the hoist and the auto-electrician's bench, so it isn't something we can do on site.

We can take two a week starting Monday 11 January, so the first pair would be back with you by Friday 15 January, three weeks ahead of your shutdown. We invoice per vehicle as each one is finished, on 30-day terms.

Cheers,
Jess""",
    ),

    # --- Loonwing Air Service (a floatplane charter: fishing outposts, freight, cabin drops; Red Lake, Ontario, Canada)
    case(
        """Hi Marie-Ève,

Thanks for getting back to me so fast. So it's looking like four of us for the outpost on Trout Bay: me, my brother-in-law Rick, his son Tyler (he'll be 15 by then) and my buddy Don from work. The guys have been on me all winter to book it and now it's done, I feel like I should tell somebody.

Couple things. I have the weight limit as 125 lb per person from your website, ⟦does that include the cooler?⟧ Don's bringing a 70-quart and I don't want a scene at the dock. Also, ⟦can we fly out Saturday, June 19 instead of the 12th?⟧ Rick's daughter is graduating on the 12th and he'd never hear the end of it. ⟦Does Tyler need a passport to cross at Pigeon River, or is a birth certificate okay since he's a minor?⟧ And ⟦where do we leave the trucks while we're out?⟧

Thanks,
Greg Lindqvist
Duluth, MN

On Thu, Dec 3, 2026 at 9:14 AM Loonwing Air Service <dispatch@loonwingair.example.ca> wrote:
> Hi Greg, the Trout Bay outpost is open for the weeks of June 5, June 12
> and June 19. Let me know which you'd like.
>
> On Wed, Dec 2, 2026 at 8:40 PM Greg Lindqvist <glindqvist@example.com> wrote:
>> Looking at the Trout Bay outpost for 4 guys in June. What's open?""",
        [Y, Y, N, Y], ["yes/no", "yes/no", "which", "where"],
        """Hi Greg,

Congratulations on getting the crew together!

The 125 lb is everything that goes in the plane, coolers included, so Don's 70-quart counts against his allowance (empty, it's about 30 lb). I've moved you to Saturday, June 19, and you're in the Beaver at 8:00 a.m.

For what Tyler needs at the border, it's best to check with CBSA and US Customs, as we don't advise on travel documents.‸ There's free parking for your trucks in our fenced lot behind the hangar on Howey Bay Road; leave the keys at the office.

Best,
Marie-Ève Gagnon
Dispatch, Loonwing Air Service
(807) 555-0143""",
    ),
    case(
        """Marie-Ève,

I wanted to say thank you to Dale for getting us and the vaccine fridges into Sandy Lake on the last float day before freeze-up. The cloud was on the treetops the whole way and we'd all but given up. Who else would have found that dock in fog like that?

The clinic ran on schedule and forty-one kids got their shots. We're all very grateful.

Warm regards,
Dr. Anita Kowalczyk
Northern Outreach Nursing Program""",
        [], [],
        """Dear Dr. Kowalczyk,

Thank you, that's very kind. I've printed your note and put it up in the pilots' room; Dale pretended it was nothing and then read it twice.

See you at break-up in the spring.

Marie-Ève""",
    ),
    case(
        """Good afternoon,

Please find attached the manifest for the core-box backhaul from our Balmer Lake camp, 46 boxes at roughly 28 kg each.

⟦We require pickup at the Balmer Lake dock no later than Friday 28 May.⟧ ⟦Our PO number, 4500-22817, must appear on every invoice.⟧ ⟦Payment terms are net 60.⟧ ⟦Please confirm the maximum payload per trip in the Otter.⟧

Thank you,
Catherine Beaulieu
Logistics Coordinator, Northgate Exploration Ltd.

This message may contain confidential or privileged information. If you are not the intended recipient, please delete it and notify the sender.""",
        [Y, Y, N, Y], ["request", "request", "request", "how much"],
        """Good afternoon Catherine,

Thanks for the manifest. Balmer usually loses its ice between May 15 and 20, so a pickup on or before Friday 28 May is fine; I'll confirm the exact day once the lake is open.

The Otter carries about 2,400 lb (1,090 kg) per trip with the fuel we need for that leg, so your 46 boxes will take two trips. Your PO 4500-22817 will be on every invoice.

I've passed your note on the payment terms to our accounts office.‸

Best regards,
Marie-Ève Gagnon
Loonwing Air Service""",
    ),
    case(
        """Thanks, that works. See you at the Legion on Thursday at 7 to go over the 2027 schedule.

Gord

-- 
Gord Baptiste
Baptiste's Outpost Camps, Red Lake
Have you booked your 2027 walleye trip yet?""",
        [], [],
        """Hi Gord,

Sounds good, Thursday at 7. I'll bring the draft schedule and Dale's maintenance dates.

Marie-Ève""",
        quoted_only=True,
    ),
    case(
        """hey dispatch, ⟦any chance u can drop a propane tank and some groceries at my cabin on trout lake once the ice is out⟧ 🎣 ⟦how soon after breakup do u usually start flying⟧ and ⟦whats the price for the beaver vs the cessna⟧ thx, luc""",
        [Y, Y, N], ["request", "when", "how much"],
        """Hi Luc,

Yes, we can take the propane and the groceries together. The tank has to travel as dangerous goods, so we strap it in a cage on the float, all by the book.

We usually start flying about a week after the ice goes out on Howey Bay, most years around May 10 to 15.

Our 2027 charter rates aren't set yet.‸

Marie-Ève""",
    ),

    # --- Adeyemi Power Solutions (generator servicing, repair and installation; Ikeja, Lagos, Nigeria)
    case(
        """Dear Sir,

I paid ₦185,000 for full servicing of my 20KVA Mikano on the 20th of November. Since your technician left, the generator is smoking black and shutting down after about 30 minutes. I have a shop and a cold room to run. This is unacceptable.

⟦I want your technician back here tomorrow morning, first thing.⟧ ⟦Who will refund the diesel I have wasted?⟧ And ⟦what exactly did he change?⟧ I was not given any receipt for parts.

Chief Emeka Nwosu
Computer Village, Ikeja

From: Adeyemi Power Solutions <care@adeyemipower.example.ng>
Sent: Tuesday, 1 December 2026 4:10 PM
To: Emeka Nwosu
Subject: Thank you for your payment

Dear Customer, thank you for your payment of ₦185,000. Kindly let us know if you have any complaint about our service.""",
        [Y, N, Y], ["request", "which", "which"],
        """Dear Chief Nwosu,

Good evening sir, and please accept our apologies.

Engr. Kunle will be at your shop tomorrow, Tuesday 8 December, by 8:00am, before you open. Black smoke after a service usually means the injectors or the air filter housing were not seated properly, and he will put it right at no extra charge.‸

The job card is attached. On the 20th he changed the engine oil (18 litres), the oil filter, both fuel filters, the air filter and the fan belt, and he cleaned the injectors.

Yours faithfully,
Tunde Adeyemi
Adeyemi Power Solutions""",
    ),
    case(
        """good evening sir abeg my gen no gree start since morning 😩 na elepaq 3.5kva. ⟦u fit send person come lekki phase 1 today⟧ ⟦how much be the workmanship⟧

Sent from my iPhone""",
        [Y, N], ["request", "how much"],
        """Good evening, sorry about the gen.

We can't get anyone to Lekki today; our technician for the Island is on a job in Victoria Island and the bridge traffic is bad this evening. He will come tomorrow between 10am and 12 noon, so please send your address on WhatsApp.

He will tell you the cost after he checks it.‸

Blessing
Adeyemi Power Solutions""",
    ),
    case(
        """Dear Sir,

REQUEST FOR QUOTATION: 60KVA SOUNDPROOF GENERATOR AND INSTALLATION

The management of Grace Crown College wishes to install a new 60KVA generator before resumption on Monday 11 January. Kindly furnish us with the following:

1. ⟦Cost of a new 60KVA Perkins soundproof generator⟧
2. ⟦Cost of installation, including ATS and cabling to the admin block⟧
3. ⟦Warranty period⟧
4. ⟦Delivery timeline⟧
5. ⟦Whether you offer a service contract after installation⟧

⟦We also wish to know if payment can be made in two instalments.⟧

Yours faithfully,
Mrs. Funmilayo Adebayo
Bursar, Grace Crown College, Abeokuta

DISCLAIMER: This e-mail and its attachments are intended only for the addressee and may contain privileged information.""",
        [Y, N, Y, N, Y, Y], ["how much", "how much", "when", "when", "yes/no", "yes/no"],
        """Dear Mrs. Adebayo,

Thank you for your request. Please find our quotation attached, summarised here:

1. New 60KVA Perkins soundproof generator: ₦27,500,000, VAT inclusive.
2. Installation: our engineer will visit the school to survey the admin block, and the installation will be quoted after that visit.‸
3. Warranty: 12 months or 1,500 running hours, whichever comes first.
4. Delivery: as soon as possible after payment is confirmed.
5. Yes, we offer a quarterly service contract at ₦450,000 per visit, parts extra.

We can accept 70% with the order and 30% after commissioning.

Yours faithfully,
Engr. Tunde Adeyemi""",
    ),
    case(
        """Well noted, thank you. I will inform my husband. ⟦Please can the technician come after 2pm, I have a hospital appointment in the morning.⟧ Also, ⟦will he bring the new battery or should we buy it ourselves?⟧

Mrs Adaeze Okoro

On Fri, 4 Dec 2026 at 11:02, Adeyemi Power Solutions <care@adeyemipower.example.ng> wrote:
> Good morning Ma, your inspection is booked for Tuesday 8 December. Please
> let us know the best time for the technician to come.""",
        [Y, N], ["request", "which"],
        """Good afternoon Ma,

Noted, the technician will come on Tuesday at 2:30pm. We wish you well at the hospital.‸

Thank you,
Blessing
Adeyemi Power Solutions""",
    ),
    case(
        """Good afternoon Engr. Tunde,

I had a meeting with the residents' association on Saturday and they asked me to put a few things to you. ⟦Mrs. Okafor in Block C wants to know why the estate generator goes off at exactly 11pm every night, even when there is no light.⟧ ⟦The chairman asked whether it is possible to run it till midnight during the Christmas period.⟧ Some residents also complained about the noise from the generator house; ⟦is there anything that can be done about it?⟧

Kind regards,
Ifeanyi Eze
Estate Manager, Palmgrove Court, Magodo

-----Original Message-----
From: Tunde Adeyemi <tunde@adeyemipower.example.ng>
Sent: Thursday, 3 December 2026 9:30 AM
To: Ifeanyi Eze
Subject: Quarterly service report

Dear Mr. Eze, please find attached the service report for the estate generator. Do let me know if the residents have any concerns.""",
        [Y, Y, N], ["why", "yes/no", "how"],
        """Dear Mr. Eze,

Thank you. The generator goes off at 11pm because the timer was set to that in the service agreement the estate signed in 2024, to control diesel consumption; it is not a fault.

Yes, we can reset the timer to midnight from Friday 18 December to Sunday 3 January. It will use roughly 25 extra litres of diesel per night, which the association should budget for.

Noise is always a challenge with a set that size in a residential estate.‸

Regards,
Engr. Tunde Adeyemi""",
    ),

    # --- Batik Seri Pantai (a batik studio: hand-drawn and block-printed batik, classes, custom orders; Kuala Terengganu, Malaysia)
    case(
        """Dear Puan Rohana,

Further to our phone conversation on Wednesday, our hotel would like to order batik uniforms for the front office team ahead of Chinese New Year. Our requirements are as follows:

• ⟦45 men's shirts and 38 women's blouses in hand-drawn batik, in our corporate colours (teal and gold)⟧
• Sizes as per the attached list
• ⟦Delivery to our Kuala Lumpur office by 25 January⟧

⟦Please advise the unit price⟧ and ⟦whether hand-drawn is feasible for this quantity in the time, or if we should consider block print instead.⟧ ⟦We would also like to see a sample before production starts.⟧

Thank you.

Best regards,
Jasmine Lee
Procurement Executive, The Straits Meridian Hotel, Kuala Lumpur

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.""",
        [Y, Y, Y, Y, Y], ["request", "request", "how much", "which", "request"],
        """Dear Ms Jasmine,

Thank you for the order, we are very happy to do it.

Honestly, 83 pieces of hand-drawn batik by 25 January is not possible in the monsoon; the wax and dye need sun to dry between colours. We recommend block print (batik cap) for the body with a hand-drawn border on the collar and cuffs, so it still looks special. At that specification the price is RM145 per piece, tailoring included.

We will post a sample shirt in your teal and gold by Friday 18 December, and after your approval the full order can reach your KL office by Friday 22 January.

Salam hormat,
Rohana Ismail
Batik Seri Pantai""",
    ),
    case(
        """salam kak, ⟦nak tanya kids batik class still open during school holidays or not⟧ 😊 my 2 kids 8 n 11 yrs. ⟦how much per person⟧ ⟦can bring own tshirt?⟧ ⟦how to register⟧ tq""",
        [Y, Y, N, Y], ["yes/no", "how much", "yes/no", "how"],
        """Waalaikumsalam 😊

Yes, the kids' class runs every Saturday and Sunday, 9am to 12pm, until 27 December, and both 8 and 11 are ok. RM55 per child, includes colours and one tote bag to bring home.‸

To register just WhatsApp us the kids' names and which day you want.

Kak Ros
Batik Seri Pantai""",
    ),
    case(
        """Hi,

I bought the hand-drawn silk sarong (the maroon one with hibiscus) from your Shopee store and washed it for the first time on Saturday, by hand, in cold water, as your care card said. The water went completely red and it stained two of my husband's white work shirts that were soaking in the next basin.

⟦I want a full refund including the shipping to Singapore.⟧ ⟦Was the dye even fixed properly?⟧ And ⟦I expect compensation for the two shirts, which were S$60 each.⟧

Mei Ling Goh

On Thu, 3 Dec 2026 at 10:20, Batik Seri Pantai <hello@batikseripantai.example.my> wrote:
> Dear Mei Ling, your order has been delivered. Please let us know how you
> like it!
>
> On Tue, 1 Dec 2026 at 21:02, Mei Ling Goh <meiling.goh@example.sg> wrote:
>> Hi, has my sarong been posted? It's a birthday present for my mum.""",
        [Y, Y, N], ["request", "yes/no", "request"],
        """Dear Mei Ling,

We're so sorry. The dye on that sarong is fixed with waterglass, as we do for all our silk, but a deep maroon can still bleed in the first few washes, especially if it soaks; it should be washed on its own, and our care card should have said so more clearly. We'll rewrite it.

We'll refund the full RM320 plus the RM28 shipping to your Shopee account today, and you don't need to return the sarong.

We're really sorry about your husband's shirts.‸

Salam,
Azlan
Batik Seri Pantai""",
    ),
    case(
        """Thank you Encik Azlan, received the invoice. Payment will be made by Wednesday.

Regards,
Ms Tan Siew Lin
Admin, Persatuan Alumni SMK Sultan Sulaiman
________________________________
From: Azlan <azlan@batikseripantai.example.my>
Sent: Friday, 4 December 2026 3:12 PM
To: Tan Siew Lin
Subject: Invoice – 20 batik scarves

Dear Ms Tan, please find attached invoice BSP-2611. Kindly let us know the delivery address for the 20 scarves.""",
        [], [],
        """Dear Ms Tan,

Thank you. Could you also send us the delivery address for the 20 scarves? We'd like to post them as soon as the payment comes in.

Salam,
Azlan""",
        quoted_only=True,
    ),
    case(
        """Hello,

Thank you for your answer. I am a textile design student from Lyon and I will be in Terengganu from 8 to 19 February. I would like to learn canting (hand-drawn batik) properly, not only the two-hour class for tourists.

⟦Do you offer a longer course of several days, or maybe an apprenticeship?⟧ ⟦If yes, what would be the price for one week?⟧ Also, ⟦is it a problem that my dates are during Chinese New Year⟧ — ⟦is the studio closed?⟧ ⟦Would March be better?⟧ And ⟦where can I stay near the studio?⟧

Merci beaucoup,
Camille Rousseau

On 4 Dec 2026, at 09:03, Batik Seri Pantai <hello@batikseripantai.example.my> wrote:

> Dear Camille, yes, we teach canting. Could you tell us your dates and how much experience you have?""",
        [Y, N, Y, Y, Y, Y], ["which", "how much", "yes/no", "yes/no", "yes/no", "where"],
        """Dear Camille,

We have a five-day canting course, Monday to Friday, 9am to 4pm, for people who want to go deeper; you make your own piece from the drawing to the last wax-out. The price depends on the fabric you choose, cotton or silk, so we will send you the options.‸

Chinese New Year is no problem for us: we are a Malay family studio and we stay open that week. We only close for Hari Raya in March, so February is actually better than March for you.

There are several homestays in Kampung Cina (Chinatown), ten minutes' walk from us; we can recommend Rumah Tok Ayah.

Salam,
Rohana""",
    ),

    # --- Riverbend Pawn & Loan (a pawn shop; Memphis, Tennessee, US)
    case(
        """⟦Do y'all buy Snap-on tool boxes or just pawn them?⟧ Got a KRL roll cab full of tools. ⟦What's a fair number for one in good shape?⟧

Dwayne

Sent from my iPhone""",
        [Y, N], ["which", "how much"],
        """Hey Dwayne,

We do both. For a KRL we'd usually rather buy it outright, because they take up a lot of room in the back for a 30-day loan.

Bring it in with the tools and we'll make you an offer on the spot.‸

Marcus
Riverbend Pawn & Loan
(901) 555-0172""",
    ),
    case(
        """Hello,

I'm writing about a ring that my son Darnell pawned with you in October. It was my mother's wedding ring, a gold band with a little sapphire, and he didn't ask me before he took it. I'm not going to go into all of that. He says the ticket got lost when he moved, and he is working out of town until after New Year's.

⟦Can I pick it up instead of him, or does it have to be him in person?⟧ ⟦How much do I need to bring to get it back?⟧ The interest has been running since October and I'd rather just pay it and be done. And ⟦please, please don't sell it.⟧ I think the loan is due around now.

Thank you,
Loretta Simmons

On Thu, Dec 3, 2026 at 2:45 PM Riverbend Pawn & Loan <info@riverbendpawn.example.com> wrote:
> Ms. Simmons, thank you for calling. Please email us the name on the loan and
> we'll look into it.""",
        [Y, Y, Y], ["yes/no", "how much", "request"],
        """Dear Ms. Simmons,

I'm sorry you're dealing with this.

Only the person who took out the loan can redeem it, or someone with his signed, notarized authorization, so Darnell can sign one wherever he's working and you can bring it in with your ID. For the same reason I can't discuss the loan amount with anyone but him; he can call us and we'll tell him exactly what's owed.

I've put a hold note on the ring so it won't go out to the floor while you sort it out. It's in its grace period until January 4, and we won't sell it before then.

Marcus Hale
Manager, Riverbend Pawn & Loan""",
    ),
    case(
        """I bought a 2014 Gibson Les Paul Standard from you on November 28 for $1,450. When I took it in to have a setup done, the tech showed me a repaired headstock crack under the finish. Nobody said a word about that, and the tag said "excellent condition."

Your receipt says all sales final. That's fine for normal stuff, not when you sell a guitar with a hidden break repair. ⟦I want my $1,450 back.⟧ ⟦Did your guy even look at it before he put it on the wall?⟧ I'll be in Saturday morning — ⟦who do I ask for?⟧

Corey Banks

From: Riverbend Pawn & Loan <info@riverbendpawn.example.com>
Sent: Wednesday, December 2, 2026 11:20 AM
To: Corey Banks
Subject: Your receipt

Thank you for shopping with Riverbend! Please let us know how we did.""",
        [N, Y, Y], ["request", "yes/no", "which"],
        """Corey,

You're right to be upset. Our buyer did inspect it when it came in, but the repair is under the finish and he missed it, and the tag should never have said excellent. That's on us.

What I can do is take the guitar back for the full $1,450 in store credit, or knock $400 off and you keep it.‸

Ask for me, Marcus, on Saturday. I'm in from 9 until close.

Marcus Hale
Manager""",
    ),
    case(
        """Ok thank you, I'll be there Friday. ⟦Do I need to bring the ticket or is my ID enough?⟧ And ⟦what time do y'all close on Fridays?⟧

Keisha

Sent from my iPhone

On Thu, Dec 3, 2026 at 4:12 PM, Riverbend Pawn & Loan <info@riverbendpawn.example.com> wrote:
> Hi Keisha, your loan on the necklace is due December 12. Would you like to extend it, or will you be coming in to pick it up?""",
        [Y, Y], ["which", "when"],
        """Hi Keisha,

Your ID is enough; we have the ticket in the system. We're open until 7 on Fridays.

See you then,
Riverbend Pawn & Loan""",
    ),
    case(
        """hey so i got a ps5 w 2 controllers i wanna pawn not sell 🎮 ⟦how much would u give⟧ ⟦how long do i have to pay it back⟧ ⟦whats the interest⟧ ⟦is it cool if my gf brings it in bc i work til 6⟧""",
        [Y, Y, N, Y], ["how much", "when", "how much", "yes/no"],
        """Hey,

For a PS5 with two controllers we usually lend $150 to $200 depending on the model and condition. Bring the power cord and an HDMI cable so we can test it.

Loans are 30 days, plus a 30-day grace period before anything goes out for sale.‸

Your girlfriend can bring it in, but then the loan is in her name with her ID, and only she can pick it up.

Riverbend Pawn & Loan""",
    ),

    # --- Crossroads Vending Co. (snack, drink and coffee machines placed in workplaces; Indianapolis, Indiana, US)
    case(
        """The snack machine on the 2nd floor at Lakeview Medical ate my $2.50 and the Doritos are stuck on the coil. ⟦How do I get my money back?⟧ Also ⟦can you put Diet Dr Pepper in the drink machine?⟧ It's always Diet Coke.

Sent from my iPhone""",
        [Y, N], ["how", "request"],
        """Hi there,

Sorry about that! Reply with your Venmo or PayPal and we'll send the $2.50 today, or if you'd rather, leave your name at the front desk and our route driver will drop off cash on Thursday when he frees the Doritos.‸

Kayla
Crossroads Vending Co.""",
    ),
    case(
        """Hi Tony,

Thanks for the call this morning. As discussed, ⟦we'd like a drink machine and a snack machine in the break room at our Plainfield warehouse⟧ (about 120 people across three shifts). A few things I need to take to my boss:

1) ⟦Is there any cost to us — install, electricity, anything?⟧
2) ⟦Can the machines take Apple Pay and cards⟧
3) ⟦How often would you restock⟧, and ⟦who do we call when something's empty or broken?⟧
4) Commission — you mentioned a percentage, ⟦can you put that in writing⟧

⟦We'd like them in before our new third shift starts January 4.⟧

Thanks,
Amber Reyes
Office Manager, Hoosier Freight Solutions""",
        [Y, Y, Y, Y, Y, N, Y], ["request", "yes/no", "yes/no", "when", "which", "request", "request"],
        """Hi Amber,

Great talking with you. Here's what you can take to your boss:

1) No cost to you. We own, install and service the machines; the only thing on your side is the electricity, which runs about $15 a month for the pair.
2) Yes, both take Apple Pay, Google Pay and all cards, plus cash.
3) For 120 people on three shifts we'd restock twice a week, Mondays and Thursdays. For anything empty or broken, text the number on the front of the machine and it comes straight to our route driver.
4) On commission, let's look at it once we've seen the first couple of months of sales.‸

We have an install opening on Tuesday, December 29, so you'd be all set before the 4th.

Tony Marchetti
Crossroads Vending Co.
(317) 555-0126""",
    ),
    case(
        """Mr. Marchetti,

For the third week in a row, the machines in our teachers' lounge have been empty by Wednesday. We were promised restocking twice a week when we signed. My staff start at 6:45 a.m. and that vending machine is their breakfast half the time.

⟦Either you fix the schedule or we will find another vendor.⟧ ⟦I also need you to explain why the card reader has been down since before Thanksgiving.⟧ ⟦Please have your manager contact me directly.⟧

Dr. Sandra Whitfield
Principal, Eastwood Middle School

This e-mail and any files transmitted with it are confidential and intended solely for the use of the addressee. If you have received this e-mail in error, please notify the sender.""",
        [Y, N, Y], ["request", "why", "request"],
        """Dr. Whitfield,

I'm the owner, so you've got the right person, and I'm sorry. You should have been getting two visits a week.

Starting this week Eastwood moves to Monday and Thursday restocks, first thing, with a full load on Mondays so the lounge makes it through to Thursday. I'll do the first Monday run myself so I can see what's selling out.

We've ordered a new card reader for the lounge machine and it'll be installed as soon as it arrives.‸

My cell is (317) 555-0126 if you'd like to talk it through.

Tony Marchetti
Crossroads Vending Co.""",
    ),
    case(
        """Perfect, Tuesday works. I'll let security know. ⟦What time will your guys get here?⟧ The dock closes at 11.

Renee

On Fri, Dec 4, 2026 at 10:31 AM Crossroads Vending <office@crossroadsvending.example.com> wrote:
> Hi Renee, could we swap out the old Dixie-Narco on Tuesday morning? Please
> let me know if the loading dock is free.""",
        [Y], ["when"],
        """Hi Renee,

They'll be there between 8 and 8:30 and should be out well before 10.

Thanks,
Kayla
Crossroads Vending Co.""",
    ),
    case(
        """Hi Kayla!

Some of our folks asked me to pass these along 😅 ⟦Gary in shipping wants to know if you can add some sugar-free options.⟧ ⟦A couple of the night-shift people asked whether the coffee machine can be left on after midnight, because it shuts off right when they take their break.⟧ And ⟦somebody (won't say who) wants to know why a Snickers is $2.25 now.⟧

Thanks!
Jolene
HR, Castleton Print & Mail

Sent from my iPad""",
        [Y, Y, N], ["yes/no", "yes/no", "why"],
        """Hi Jolene!

Happy to add sugar-free 🙂 We'll put in sugar-free gum, protein bars and zero-sugar Red Bull on Thursday.

The coffee machine is supposed to run 24/7; it sounds like somebody set the sleep timer. Our tech will reset it on Thursday's visit.

And tell your mystery Snickers fan we hear them 😄‸

Kayla
Crossroads Vending Co.""",
    ),

    # --- Red Dirt Outdoor (static and digital billboards; Tulsa, Oklahoma, US)
    case(
        """Hi Cody,

My brother and I are opening a barbecue place in Broken Arrow in March, Smoke & Sons, on Kenosha by the old Braum's. We've been smoking brisket in his backyard for ten years and everybody kept telling us to open a restaurant, so here we are, with a lease and a loan and a 1,000-gallon smoker on a trailer.

A buddy of mine said billboards are the only thing that works out here, so I'm reaching out. I don't really know how any of this works. ⟦Is a digital board cheaper than the old vinyl kind?⟧ ⟦Could we change the message every week, like "Brisket Tuesday," without paying a design fee every time?⟧ ⟦What's the shortest we can sign up for?⟧ We can't commit to a year right out of the gate. ⟦Roughly what would 8 weeks on the Broken Arrow Expressway run us?⟧ ⟦We'd want it up by our grand opening on Saturday, March 13.⟧

Thanks,
Luis Ortega
Smoke & Sons BBQ""",
        [Y, Y, Y, N, Y], ["yes/no", "yes/no", "when", "how much", "request"],
        """Hi Luis,

Congratulations on Smoke & Sons! Brisket and a 1,000-gallon smoker is a good start.

Digital usually costs more per month than a vinyl board, but you don't pay to print vinyl, and that's what makes the weekly specials work: on digital you can change the ad as often as you like. Our design team charges $75 per new design, or nothing if you send print-ready artwork.

Our shortest term on digital is four weeks. Rates on the BA Expressway depend on the board and the season, so I'd love to sit down with you and your brother and go through the options.‸

I'd have it up by Monday, March 8, so it runs the whole week before you open.

Cody Harjo
Red Dirt Outdoor
(918) 555-0157""",
    ),
    case(
        """Cody,

The vinyl on I-44 at 41st Street has our phone number wrong. The last two digits are swapped: it reads 555-0191 instead of 555-0119. It has been up for nine days. Nine days of people calling a wrong number about their accident claims.

⟦I want it reprinted and reinstalled at your cost, immediately.⟧ ⟦I also want those nine days credited to our account.⟧ ⟦How did this get past your proofing?⟧ The proof I signed had the right number.

Karen Blackwood
Managing Partner, Blackwood & Tate Injury Law

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.""",
        [Y, N, Y], ["request", "request", "why"],
        """Karen,

You're right, and I apologize. The proof you signed had the correct number; our print vendor re-keyed the phone number when they built the file for the 14 x 48, and nobody on our side checked the production file against your proof. That check is now mandatory on every job.

The new vinyl is printed and goes up Thursday, December 10, at our cost. To make up for the nine days, we'll add two free weeks to the end of your contract.‸

Cody Harjo
Red Dirt Outdoor""",
    ),
    case(
        """Thanks Cody. Got them, will review with the partners and get back to you next week.

Dana

-----Original Message-----
From: Cody Harjo <cody@reddirtoutdoor.example.com>
Sent: Thursday, December 3, 2026 2:14 PM
To: Dana Whitcomb <dwhitcomb@example.com>
Subject: Design concepts – Whitcomb Family Dental

Hi Dana, attached are the two design concepts. Which one would you like us to move forward with?""",
        [], [],
        """Hi Dana,

Sounds good. If the partners want to mix the two, say the photo from A with the headline from B, that's no problem.

Cody""",
        quoted_only=True,
    ),
    case(
        """hi!! ⟦is it crazy to put up a billboard for my daughters graduation⟧ lol 🎓 she graduates may 22 from union. ⟦how much for just 1 week on a digital one near the school⟧ and ⟦can we use a photo of her⟧""",
        [Y, N, N], ["yes/no", "how much", "yes/no"],
        """Hi! Not crazy at all 🎉 We do a bunch of graduation boards every May and they're some of our favorites.

Our grad spots start at two weeks, and I'll send you our grad-season rate sheet.‸

Cody
Red Dirt Outdoor""",
    ),
    case(
        """Hi Cody,

Good talking with you yesterday. To recap what I need from you before our board meeting on Thursday, December 17:

⟦traffic counts for the three I-44 locations⟧; ⟦whether the Yale Avenue board is available in Q2 or only in Q3⟧; and ⟦a sample proof-of-posting report⟧.

Also, ⟦my CFO asked whether you'd do net 45 instead of net 30.⟧

Thanks,
Jennifer

-- 
Jennifer Whitaker | Director of Marketing
Saint Agnes Regional Medical Center, Tulsa
Is it time for your annual mammogram? Schedule online today.""",
        [Y, Y, Y, N], ["request", "which", "request", "yes/no"],
        """Hi Jennifer,

Thanks again for the time yesterday. Attached are the traffic counts for all three I-44 boards (ODOT's 2025 counts) and a sample proof-of-posting report from a current client, with their name taken off.

Yale Avenue is booked through June, so it's Q3 only; July 1 is the first open date, and I can hold it for you until the 18th.

I'll check with our office manager on net 45.‸

Cody Harjo
Red Dirt Outdoor""",
    ),

    # --- Capitol Reach Investigations (a private investigator and process server; Sacramento, California, US)
    case(
        """Good morning,

We have a summons and complaint to be served on an individual defendant in Elk Grove. The documents and the last known address are attached.

- ⟦Please attempt service by Friday, December 18⟧
- ⟦We'll need a proof of service (POS-010) signed by the server⟧
- ⟦Rush fee?⟧
- ⟦If the defendant is not at the address, can you do a skip trace as part of the same job?⟧

Thank you,
María Delgado
Paralegal, Ashby Ruiz LLP

CONFIDENTIALITY NOTICE: This communication is intended only for the named recipient and may contain information protected by the attorney-client privilege.""",
        [Y, Y, N, Y], ["request", "request", "how much", "yes/no"],
        """Good morning María,

Received, thank you. Our server will make the first attempt on Tuesday, December 8, and we'll make up to three attempts at different times of day, finishing before Friday, December 18. You'll get the POS-010 signed by our registered process server, as a PDF the same day and the original by mail.

Standard service in Sacramento County is $85, and with ten days to go I don't think you'll need a rush.‸ If he isn't at the address, we'll run a skip trace as part of the same job for $95 and try the new address at no extra service charge.

Jim Navarro
Capitol Reach Investigations""",
    ),
    case(
        """Hi Jim,

Thank you for your kind reply, and sorry for the long message that's coming.

I was adopted in 1989 through a private agency in Fresno. My adoptive parents were wonderful and I never felt I was missing anything, but my mom passed in the spring, and going through her papers I found a letter with my birth mother's first name (Teresa) and a note that my birth father was "Daniel R., a student at Fresno State, 20 years old." That's all I have. My birth mother passed away in 2011, I found that out through the agency, but nobody could tell me anything about him.

⟦Is it even possible to find someone with just a first name, an initial and a year?⟧ I'm also scared of what happens if he doesn't want to be found. ⟦Would you contact him, or would I?⟧ ⟦How much does something like this usually cost?⟧ And ⟦how long does it take?⟧ I'm not in a hurry exactly, but I'm 37 and he'd be in his late fifties.

Thank you for listening,
Alicia Moreno

On Wed, Dec 2, 2026 at 3:05 PM Capitol Reach Investigations <jim@capitolreach.example.com> wrote:
> Hi Alicia, I'm sorry for your loss. I'd be glad to talk through what we can
> do. Can you tell me what information you have so far?
>
> On Tue, Dec 1, 2026 at 10:41 PM Alicia Moreno <amoreno89@example.com> wrote:
>> Do you help adopted people find birth parents?""",
        [Y, Y, N, N], ["yes/no", "which", "how much", "when"],
        """Hi Alicia,

Thank you for trusting me with all of this.

Yes, it's possible. A first name, an initial, a university and a year is more than many people start with, and a DNA test on Ancestry or 23andMe can narrow it down a lot; I'd suggest you take one alongside our search.

We never make contact for a client ourselves. We give you what we find, and if you'd like a go-between, I can put you in touch with a confidential intermediary who specializes in adoption reunions. It's your decision, at your pace.‸

If you'd like, we can start with a free half-hour call where I go over the letter with you.

Jim""",
    ),
    case(
        """Mr. Navarro,

I paid $1,200 for two days of surveillance on my ex-husband and your report is four photos of a closed garage door and a note that says "no activity observed." That is not what I paid for.

⟦I want a refund of at least half.⟧ ⟦I also want all the video footage your investigator took, not an edited version.⟧ And ⟦why didn't he call me when it was obvious nothing was happening, so I could call it off?⟧

Rachel Dunn

From: Capitol Reach Investigations <jim@capitolreach.example.com>
Sent: Friday, December 4, 2026 5:40 PM
To: Rachel Dunn
Subject: Surveillance report – File 26-1147

Ms. Dunn, please find the surveillance report attached. Let me know if you have any questions.""",
        [Y, Y, N], ["request", "request", "why"],
        """Ms. Dunn,

I understand the frustration. Nobody likes paying for two days that show a garage door.

Surveillance is billed for the investigator's time, not for results, as section 4 of the agreement you signed says, so I'm not able to refund part of the fee. I can tell you that "no activity" over two full days is itself useful if this goes to court.

All the raw footage, unedited, about six hours of it, will be in a Dropbox link in your inbox by Wednesday, December 9.

I'm sorry he didn't check in with you during the day.‸

Jim Navarro
Capitol Reach Investigations""",
    ),
    case(
        """Jim,

See my client's note below. Before I answer her: ⟦is surveillance to catch cash work something you'd take on?⟧ And ⟦what's your day rate these days?⟧

Thanks,
Paul Lindgren
Lindgren Family Law

---------- Forwarded message ---------
From: Tanya Reyes <treyes@example.com>
Date: Fri, Dec 4, 2026 at 8:12 PM
Subject: Child support
To: Paul Lindgren <paul@lindgrenlaw.example.com>

Paul, he says he's unemployed but he's doing drywall jobs for cash every weekend. Can your investigator find out who he's working for?""",
        [Y, Y], ["yes/no", "how much"],
        """Paul,

Yes, we take those fairly often. Weekend cash work is one of the easier ones to document, because the crews load up at the same time every Saturday morning; two Saturdays is usually enough to get the truck, the job sites and who's paying.

We're at $95 an hour with a four-hour minimum per day, plus mileage at the IRS rate.

Jim""",
    ),
    case(
        """Hello.

My tenant leave the apartment in August without pay three months rent, $5,400. I have judgment from small claims court in Sacramento on him. ⟦Can you find where he work now?⟧ Also ⟦you can serve him the paper for wage garnishment?⟧ ⟦Price for both please.⟧

Thank you,
Oleg Petrenko""",
        [Y, Y, Y], ["request", "yes/no", "how much"],
        """Hello Oleg,

Yes, we can find his current employer. This is an employment locate for a judgment debtor, and we do it often; it usually takes 5 to 10 business days and costs $250 flat.

For wage garnishment, the paper is not served on him. The Earnings Withholding Order goes to his employer, and in California the sheriff serves it as the levying officer, not a private server. When we have his employer, you give the Writ of Execution and the employer's address to the Sacramento County Sheriff's civil unit, and they do the rest. So for the serving part there is no charge from us.

Jim Navarro
Capitol Reach Investigations""",
    ),

    # --- Delta Wings Ag Aviation (aerial spraying, fertilizing and seeding; Stuttgart, Arkansas, US)
    case(
        """Wade, ⟦need urea flown on 600 ac of rice around mid June.⟧ ⟦You booking yet?⟧ ⟦Same rate as last year?⟧

Bobby

Sent from my iPhone""",
        [Y, Y, N], ["request", "yes/no", "yes/no"],
        """Bobby,

Yes, we're booking now. I've got you down for the June 14–18 window on the 600 acres, and we'll tighten that up once you flood.

Fuel's been all over the place this year.‸

Wade""",
    ),
    case(
        """Mr. Tillman,

On Saturday afternoon your yellow plane came over my pasture on Bayou Meto Road so low I could read the numbers on it. My horses went through the fence. My mare has a cut on her chest that took the vet eleven stitches, and the fence is down in two places.

⟦I want to know why your pilot was flying that low over my pasture.⟧ ⟦I want the fence fixed.⟧ And ⟦who do I talk to about the vet bill?⟧

Linda Crowe

Sent from my iPad""",
        [Y, Y, N], ["why", "request", "which"],
        """Mrs. Crowe,

I'm very sorry about your mare and your fence.

That was me flying. I was seeding cereal rye on the Morrison place next to you, and at the end of each pass we pull up and turn; with the wind out of the south on Saturday, my turns came back over your east pasture. An ag plane is allowed to work that low, but that's no comfort when it spooks your horses, and from now on I'll turn to the north when I'm working that field.

Two of my guys will be out Thursday morning with posts and wire to fix both breaks.

I hope she heals up quickly.‸

Wade Tillman
Delta Wings Ag Aviation
(870) 555-0164""",
    ),
    case(
        """Thanks Wade, sounds good. We'll talk after the first of the year once I know what the landlord wants to plant.

Ron

On Thu, Dec 3, 2026 at 7:05 PM Wade Tillman <wade@deltawingsag.example.com> wrote:
> Ron, do you want us to hold the same 1,100 acres for cover crop seeding next fall?
>
> On Wed, Dec 2, 2026 at 6:30 PM Ron Pettit <rpettit@example.com> wrote:
>> Wade, got the invoice for the rye. Paid it today.""",
        [], [],
        """Ron,

Sounds good. I'll pencil you in for the same acres for now and we can change it when you know more.

Wade""",
        quoted_only=True,
    ),
    case(
        """Hello Wade,

My name is Earl Sykes, and I keep about 40 hives on the Baxter place off Highway 11 and another dozen behind my house in DeWitt. I've been doing this since I retired from the phone company, and I'm not writing to pick a fight; you all have a job to do and so do my bees. But last June I lost six hives in a week right after the rice was sprayed, and I'd like to do better this year for both of us.

⟦My question is whether you could give me a heads-up call the night before you spray anywhere within two miles of the Baxter place.⟧ I can close them up or cover them if I know. ⟦Is there any product you use that's easier on bees?⟧ ⟦I'd also like to know what time of day you usually fly, as early morning is when they're still in the hives.⟧

Thank you for your time,
Earl Sykes""",
        [Y, N, Y], ["request", "yes/no", "when"],
        """Mr. Sykes,

Thank you for writing, and for the way you wrote it. I'm sorry about those six hives.

Yes, I'll call you the evening before we spray anywhere within two miles of the Baxter place. Please also register both yards on BeeCheck, because that's what my other pilot checks before every job.

Which products go out is really a question for the farmers and their crop consultants; we fly what's on the prescription.‸

We mostly fly from first light until about 10 in the morning, before the wind picks up, and sometimes again in the evening. So early morning is exactly when we'd be out, and that's when the call from me will matter.

Wade Tillman""",
    ),
    case(
        """Wade,

We're going to water-seed the Highway 146 fields this spring, about 800 acres. ⟦Can you fly sprouted seed, or do we need somebody with a different hopper?⟧ ⟦If you can, does soaked seed cost more per acre to fly than dry?⟧ ⟦We'd want to start around April 12, weather permitting.⟧

Thanks,
Caleb Ashcraft
Ashcraft Farms

On Dec 4, 2026, at 6:12 AM, Wade Tillman <wade@deltawingsag.example.com> wrote:

> Caleb, good to hear from you. Let me know what you're planning for spring and I'll get you on the calendar.""",
        [Y, Y, Y], ["yes/no", "yes/no", "request"],
        """Caleb,

We fly sprouted seed every spring; the 502 has the gate set up for it, so you don't need anybody else. It's the same per-acre price as dry seed. The only difference is the rate, since soaked seed is heavier.

April is filling up fast, but I've got you down to start Monday, April 12, and we'll go as soon as you've got water on the first field.

Wade""",
    ),
]
