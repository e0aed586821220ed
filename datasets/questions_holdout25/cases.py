"""The cases of Tactful's questions held-out set 25 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout25.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
dry-stone waller and hedge-layer, a US carpet-cleaning company, an alpaca-trekking farm, a tailor's
alterations and bespoke workshop, a US hot-sauce maker's web shop, a tool-hire depot, a ghost-walk
tour company, a US CPR and first-aid training provider, a cheesemonger, a wedding videographer, a
tropical-fish and aquarium shop, a US roller-skating rink, a traditional sign-writer and a US
document-shredding service.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Stonebridge Walling (dry-stone waller and hedge-layer, UK) ------------------------------
    case("""\
⟦Do you lay hedges as well as walls?⟧ ⟦Roughly what per metre?⟧

Sent from my iPhone""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi there,

We do – hedge-laying is most of our winter work, as the season runs until the sap rises in March. Every hedge is different, though: it depends how overgrown it is, what it's made of and whether it needs gapping up with new whips. If you send me a couple of photos and the rough length, I can tell you a lot more.‸

All the best,
Tom
Stonebridge Walling"""),

    case("""\
Dear Mr Ashworth,

My late father built the wall along the top of our lane, and after the storm last month about four metres of it came down into the field. The farmer who rents the field has been very patient, but his ewes keep wandering through the gap onto the lane, and last week one of them ended up outside the village shop. ⟦I was wondering whether you could rebuild it using the original stone, as most of it is still lying there in a heap?⟧ Some of the big throughs have cracked, I think, and I don't know if they can be reused. My neighbour says you did his wall at Low Garth a couple of years ago and it's still standing perfectly. ⟦Would the job need any scaffolding or machinery, given the lane is only just wide enough for a car?⟧ I'm away from the 18th until the New Year, but my son can let you in through the field gate. ⟦Could you let me know what dates you might have free in January?⟧

With thanks,
Margaret Hebden

On Fri, 4 Dec 2026 at 09:12, Stonebridge Walling <enquiries@stonebridgewalling.example.co.uk> wrote:
> Dear Mrs Hebden,
>
> Thank you for your message. Could you let us know the address and roughly how long the damaged section is, and we'll get back to you.
>
> Tom""",
         [Y, Y, N], ["yes/no", "yes/no", "when"],
         """\
Dear Mrs Hebden,

I'm sorry to hear about your father's wall – we've seen a lot of storm damage like that this winter. We always rebuild with the original stone where we can, and any cracked throughs can be swapped for new ones from the quarry at Horton, so nothing will look out of place. There'll be no machinery involved: we work by hand and carry the stone in from the field side, so the lane stays clear.‸

With best wishes,
Tom Ashworth
Stonebridge Walling"""),

    case("""\
Tom,

The section of wall you rebuilt for us in the autumn has bulged out again by the gateway – you can see it from the road and two copes have already fallen off. We paid £1,840 for that work and were told it would last a lifetime. ⟦I want someone out here this week to look at it.⟧ ⟦I'd also like to know why it has moved at all after barely two months.⟧ If it comes down onto the footpath and somebody gets hurt, that's on you.

Gareth Pryce
Scar Top Farm

From: Stonebridge Walling <enquiries@stonebridgewalling.example.co.uk>
Sent: 02 December 2026 16:05
To: Gareth Pryce <gpryce@scartop.example.co.uk>
Subject: Payment reminder – invoice SW-2217

Dear Mr Pryce,

Our records show that invoice SW-2217 for the rebuild at Scar Top is still outstanding. Could you let us know when we can expect payment?

Tom""",
         [Y, N], ["request", "why"],
         """\
Dear Mr Pryce,

I'm sorry – that's not what you paid for, and I'll put it right at no cost to you. I can be with you on Thursday 10 December at about 9 o'clock; if that doesn't suit, ring me on 07700 900412 and we'll find another time this week.‸

Regards,
Tom Ashworth
Stonebridge Walling"""),

    case("""\
Hi Tom,

Here are the measurements you asked for – the gap is 6.5 metres and the wall is just under a metre and a half high. I've attached three photos taken from the lane side. Speak soon.

Priya

On Thu, 3 Dec 2026 at 18:47, Tom Ashworth <tom@stonebridgewalling.example.co.uk> wrote:
> Hi Priya,
>
> Happy to take a look. Could you measure the length of the gap and the height of the wall either side, and send me a photo or two?
>
> Tom
>
> On Thu, 3 Dec 2026 at 11:20, Priya Nair <priya.nair@example.com> wrote:
>> Hello, a car went through our roadside wall on Saturday night. Do you do insurance work?""",
         [], [],
         """\
Hi Priya,

Thanks for these – the photos are really helpful. 6.5 metres at that height is about three days' work for two of us, and as it's an insurance job I'll put the quote on headed paper with the breakdown your insurer will want. I'll have it with you by Wednesday.

Tom""",
         quoted_only=True),

    case("""\
Hello,

We've just bought a smallholding near Hawes with about 120 metres of overgrown hawthorn along the road, and we'd like it laid properly rather than flailed. A few questions:

1. ⟦Which style would you use – Yorkshire or Midland?⟧ (I've been reading up and I'm none the wiser.)
2. ⟦Can it be done before the bird nesting season starts?⟧
3. ⟦Do you replant the gaps with new whips, or is that something we'd do ourselves?⟧
4. ⟦If you do plant them, is it cheaper to buy the whips ourselves?⟧

Thanks very much,
Alastair and Jo Finch""",
         [Y, Y, Y, N], ["which", "yes/no", "which", "yes/no"],
         """\
Dear Alastair and Jo,

Congratulations on the smallholding. On your questions:

1. We lay in the Yorkshire style round here – it's lower and tidier than Midland, which was designed to stand up to cattle leaning on it.
2. Yes, as long as we start by the middle of February. I've pencilled you in for the week of Monday 8 February.
3. We gap up as part of the job, usually with a mix of hawthorn, blackthorn and hazel, and we get our whips from a nursery near Kendal that we've used for years.‸

Kind regards,
Tom Ashworth
Stonebridge Walling"""),

    # --- Brightside Carpet Care (carpet cleaning, US) -----------------------------------------------
    case("""\
hey ⟦do you guys do pet urine⟧ not just surface stains, our puppy has been busy 🐶 ⟦how much for living room plus hallway⟧ 🙏 ⟦can u come this sat⟧""",
         [Y, Y, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi there,

Yes – pet accidents are most of what we treat this time of year. Our enzyme treatment goes down into the pad, which is where the smell actually lives. A living room plus hallway runs $189, and that includes the pet treatment. This Saturday we're fully booked, but I have openings on Monday, December 14, at 9 AM or 1 PM.

Dana
Brightside Carpet Care
(614) 555-0143"""),

    case("""\
To whoever is in charge,

Your crew cleaned our family room carpet on Friday and it is STILL damp three days later. The whole house smells like a wet dog and there's now a brown ring by the couch that was not there before. Your technician told us it would be dry in six hours. ⟦I expect a full refund of the $245.⟧ ⟦I also want someone to come back and fix the ring before my in-laws arrive on December 19.⟧ And ⟦can somebody explain to me why it's still wet?⟧

Kevin Marsh

________________________________
From: Brightside Carpet Care <service@brightsidecarpet.example.com>
Sent: Thursday, December 3, 2026 4:15 PM
To: Kevin Marsh <kmarsh@example.net>
Subject: Appointment confirmation – Friday, December 4

Hi Kevin, this confirms your cleaning appointment for Friday, December 4, between 10 AM and noon. Please move small items off the carpet before we arrive.""",
         [N, Y, N], ["request", "request", "why"],
         """\
Dear Mr. Marsh,

I'm really sorry – three days is far too long for a carpet to stay damp, and a ring like that usually means moisture has wicked up from the pad. I've booked our senior technician, Luis, to come out tomorrow, Tuesday, December 8, between 9 and 11 AM to re-extract the area, treat the ring and set up two air movers at no charge. He'll also check the pad while he's there.‸

Sincerely,
Dana Whitfield
Customer Care Manager
Brightside Carpet Care"""),

    case("""\
Sounds good, we'll have the furniture moved and the dog at my sister's. See you then!

Jenna

On Fri, Dec 4, 2026 at 3:31 PM Brightside Carpet Care <service@brightsidecarpet.example.com> wrote:
> Hi Jenna,
>
> You're booked for Wednesday, December 16, 8–10 AM, three bedrooms and the stairs. Can you make sure the furniture is moved off the carpet beforehand, and let us know if there's room for our van in the driveway?
>
> Dana""",
         [], [],
         """\
Hi Jenna,

Perfect, thank you! I didn't see an answer about the driveway – is there room for our van, or should the crew park on the street? Either is fine, we just like to know ahead of time.

See you on the 16th,
Dana""",
         quoted_only=True),

    case("""\
Hello,

I am moving out of my apartment on December 31 and the landlord say the carpets must be cleaned professional and I need a receipt for show him. ⟦Please can you tell me if you give this kind of receipt?⟧ The apartment is two bedroom, no furniture because I will move everything before. ⟦Is possible to do the cleaning on December 30 in the afternoon?⟧ ⟦If not possible, what is the first day after?⟧ My English is not perfect, sorry.

Thank you very much,
Thiago Albuquerque""",
         [Y, N, N], ["yes/no", "yes/no", "when"],
         """\
Hi Thiago,

Your English is great, no need to apologize! Yes, every job gets an itemized receipt by email, and lots of our customers use it for their landlord – we can put the apartment address on it too. An empty two-bedroom is $160.‸

Best,
Dana
Brightside Carpet Care"""),

    case("""\
Hi Dana,

Following our call this morning, here's what we need for the office at 400 Front Street:

- ⟦A quote for cleaning all three floors (about 9,000 sq ft) after hours.⟧
- ⟦Proof of liability insurance, as our landlord requires a certificate.⟧
- ⟦Whether you can use a low-moisture method so the carpet is dry by 7 AM.⟧

⟦We'd like to get this done before the holiday closure, ideally the weekend of December 19.⟧

Thanks,
Marcus Lee
Facilities Coordinator, Halvorsen & Crane LLP
(614) 555-0178

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain privileged information. If you have received it in error, please notify the sender and delete it.""",
         [N, Y, Y, Y], ["request", "request", "yes/no", "request"],
         """\
Hi Marcus,

Thanks for the call earlier. I've attached our certificate of insurance with Halvorsen & Crane and your landlord listed as additional insureds, so it can go straight on to them. We'd use our encapsulation system on commercial carpet – it's low-moisture and normally dry within two hours, so 7 AM is no problem. The weekend of the 19th is open, and I've put a tentative hold on it for you.‸

Best regards,
Dana Whitfield
Brightside Carpet Care
(614) 555-0143"""),

    # --- Ffridd Alpaca Treks (alpaca trekking farm, UK) ---------------------------------------------
    case("""\
⟦Minimum age for the trek?⟧ My twins are 6.

Rhian""",
         [Y], ["how much"],
         """\
Hi Rhian,

Six is perfect – children from five upwards can lead their own alpaca as long as an adult walks alongside 🦙 Our family treks last about an hour and a half and run on Saturdays and Sundays over the holidays.

Diolch,
Ffion
Ffridd Alpaca Treks"""),

    case("""\
hiya ⟦do u do gift vouchers⟧ 🎁 want to get one for my mum for xmas ⟦can it be posted or is it email only⟧ and ⟦how long are they valid for⟧ x""",
         [Y, N, Y], ["yes/no", "which", "when"],
         """\
Hi there,

We do! Vouchers start at £35 for a trek, and you can choose an open-dated one, which makes a lovely present 🦙 They're valid for twelve months from the day you buy them.‸

Ffion
Ffridd Alpaca Treks"""),

    case("""\
Dear Ffion and everyone at Ffridd,

Just a quick note to say thank you for Saturday. Our daughter hasn't stopped talking about Dai the alpaca, and she has drawn him about forty times since. Who knew an animal could have quite so much personality? We'll definitely be back in the spring.

Warm wishes,
The Okafor family""",
         [], [],
         """\
Dear all,

Thank you so much for taking the time to write – it really made our day. Dai is a proper character and loves an audience, so he'll be delighted to hear he's been immortalised in crayon 🦙 We'd love to see you again in the spring; the cria are usually born in May.

Ffion"""),

    case("""\
Hello Ffion,

Thank you for getting back to me so quickly. I should explain a bit more: my father is 81 and has used a walking frame since his hip operation, and the whole family is coming to stay in a cottage near Llanidloes over the February half-term. He kept sheep himself for forty years, so being near animals again would mean a great deal to him, but I don't want him to feel left out while the grandchildren are off walking. ⟦I'd like to know whether there is a flatter route he could manage with the frame⟧, and ⟦if not, could he sit with the alpacas in the paddock while the rest of us do the trek?⟧ ⟦Where exactly do we park?⟧ – last time we tried to find you, the sat nav sent us up a farm track. ⟦We'd probably come on Tuesday 16 February if there is space for seven.⟧

Best regards,
Sian Morgan

On Fri, 4 Dec 2026 at 16:20, Ffridd Alpaca Treks <hello@ffriddalpacas.example.co.uk> wrote:
> Hi Sian,
> Thanks for your enquiry. Yes, we have plenty of availability in February. Let us know which day suits.
> Ffion""",
         [Y, Y, N, N], ["yes/no", "yes/no", "where", "yes/no"],
         """\
Hi Sian,

What a lovely idea. Our paddock loop is flat, firm gravel the whole way round and about 400 metres long, so your father can walk it with the frame and one of the older alpacas – Myfanwy is very calm and happy to dawdle. The longer trek goes up through the woods, so the grandchildren can do that with the rest of you and meet him back at the paddock. Half-term weeks do get busy, so it's worth booking online as soon as you know which day you'd like.‸

Hwyl,
Ffion"""),

    case("""\
Dear sir/madam,

We are a group of 12 colleagues from Utrecht and we come to Wales in May for a team weekend. We would like to do an alpaca walk on Saturday 15 May in the morning. ⟦Is it possible for so big a group?⟧ ⟦What is the price per person⟧, and ⟦is there a discount for groups?⟧ Also one colleague is a bit afraid of animals. ⟦Can she join only for the picnic part without walking an alpaca?⟧

Kind regards,
Femke de Vries
Utrecht, Netherlands""",
         [Y, N, N, Y], ["yes/no", "how much", "yes/no", "yes/no"],
         """\
Dear Femke,

Thank you for your message – a team weekend in Wales in May sounds wonderful. We can take up to 14 on a single trek, so twelve is fine, and I've held Saturday 15 May at 10:00 for you. Of course your colleague is welcome to come just for the picnic; she can sit with us at the tables by the pond and say hello over the fence if she feels brave.‸

Best wishes,
Ffion Pugh
Ffridd Alpaca Treks"""),

    # --- Hollin & Reed (tailor: alterations and bespoke, UK) ------------------------------------------
    case("""\
hi ⟦can you take up suit trousers by friday⟧ 👔 wedding on sat!! ⟦how much roughly⟧

Sent from my Galaxy""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi,

Yes – bring them in by Wednesday lunchtime and they'll be ready to collect after 2pm on Friday. Don't forget the shoes you'll wear on the day, so we get the length right.‸

Nadia
Hollin & Reed"""),

    case("""\
Hi Nadia,

I've found the receipt – the coat was bought from you in 2019, order number HR-3318. It's the navy wool overcoat. I'll drop it in on Thursday afternoon.

Ben

-----Original Message-----
From: Hollin & Reed <studio@hollinreed.example.co.uk>
Sent: 03 December 2026 11:42
To: Ben Castle <ben.castle@example.org>
Subject: RE: Coat lining

Hi Ben,

Sorry to hear the lining has torn. Do you still have the original receipt or order number? If it was one of ours, the relining is free under our lifetime guarantee. Please bring the coat in whenever suits.

Nadia""",
         [], [],
         """\
Hi Ben,

Thanks – I've found HR-3318 on our system, so the relining is covered under the guarantee. Thursday afternoon is fine; we're open until 5:30. It usually takes about ten days.

Nadia""",
         quoted_only=True),

    case("""\
Dear Nadia,

I hope you don't mind me writing at such length. My grandfather's three-piece tweed suit was made on Savile Row in 1962, and it has been hanging in my mother's wardrobe ever since he died. I'm getting married in June and I would love to wear it, but he was a good two inches shorter than me and rather broader round the middle. ⟦Is there enough cloth in the seams to let the trousers down that much?⟧ I know that old suits often had generous turn-ups, and these do, but I don't know if the cloth will have faded where the hem was. The waistcoat also has a moth hole on the back, just below the buckle. ⟦Would you be able to invisibly mend it, or would you replace the back panel?⟧ I'm happy to bring it in for a fitting whenever you're free. ⟦How far in advance of the wedding should we start?⟧

Many thanks,
Oliver Quayle""",
         [N, Y, Y], ["yes/no", "which", "when"],
         """\
Dear Oliver,

What a special thing to wear on the day. Old Savile Row suits are a joy to work on, and the turn-ups are always the first place we look. Tweed of that age tends to fade less than worsted, though we'll only know for certain once they're unpicked.‸ For the waistcoat, we'd reweave the moth hole rather than replace the panel: with tweed, the pattern disguises a repair beautifully, and the back will be hidden by your jacket anyway. I'd suggest starting in March, which gives us time for two fittings before June.

Kind regards,
Nadia Reed
Hollin & Reed"""),

    case("""\
Nadia,

I collected my dress this morning and the hem is now visibly uneven – it's a good centimetre shorter on the left. This is the second time it has been altered, and I have a black-tie dinner on Saturday 12 December. ⟦I need it fixed by Friday at the latest.⟧ ⟦Can you also explain why I was charged £48 for the first go when it clearly wasn't done right?⟧

Claire Benning

On Tue, 1 Dec 2026 at 10:05, Hollin & Reed <studio@hollinreed.example.co.uk> wrote:
> Dear Claire,
>
> Your dress is ready to collect. We're open Monday to Saturday, 9:30 to 5:30.
>
> Nadia
>
> On Tue, 1 Dec 2026 at 08:51, Claire Benning <claire.benning@example.com> wrote:
>> Hi, is my dress ready yet? I need it for the 12th.""",
         [Y, N], ["request", "why"],
         """\
Dear Claire,

I'm so sorry – an uneven hem is exactly what we're meant to prevent, and I can only apologise that you've had to come back twice. Please bring it in whenever you can on Tuesday and I'll redo the hem myself while you wait, or have it ready for you by Wednesday evening at the latest, in plenty of time for the 12th.‸

Nadia Reed
Hollin & Reed"""),

    case("""\
Hi Nadia,

Thanks for your time on the phone on Friday. As discussed, I'd like to go ahead with the two bespoke shirts. ⟦Could you send me photos of the blue Oxford and the end-on-end you mentioned, so I can choose?⟧ ⟦Could you also confirm whether the deposit is 50% or the full amount?⟧ And ⟦would it be possible to add my initials on the cuff?⟧

Thanks,
Raj Patel

From: Hollin & Reed <studio@hollinreed.example.co.uk>
Sent: 03 December 2026 09:14
To: Raj Patel <raj.patel@example.co.uk>
Subject: Bespoke shirts

Dear Raj,

Lovely to meet you this morning. Please let me know if you'd like to go ahead and I'll send over the cloth options.

Nadia""",
         [Y, Y, Y], ["request", "which", "yes/no"],
         """\
Hi Raj,

Great to hear you'd like to go ahead. I've attached photos of both cloths – the Oxford is a touch heavier, and the end-on-end has that lovely slightly textured look up close. We ask for half up front, so £145 for the two, with the rest on collection. Initials on the cuff are no trouble at all; just let me know whether you'd like them on the left or the right, and in navy or white thread.

Best,
Nadia"""),

    # --- Ember Ridge Hot Sauce (hot-sauce web shop, US) -----------------------------------------------
    case("""\
⟦Do you ship to Canada?⟧ ⟦If so what does shipping run?⟧

Sent from my iPhone""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hey there,

We do! Shipping to Canada is a flat $14.95 for up to six bottles, and it usually gets there in 7–10 business days. Just a heads-up that customs can sometimes add a small fee at the door.

Cheers,
Cody
Ember Ridge Hot Sauce"""),

    case("""\
hi my order ER-40912 came today and one of the bottles smashed 😩 sauce all over the box ⟦can u send another ghost pepper one⟧ 🔥 ⟦do u need a pic⟧ also ⟦will it get here before christmas⟧ bc its a gift

thx, sam""",
         [Y, Y, N], ["request", "yes/no", "yes/no"],
         """\
Hi Sam,

Oh no, sorry about that! I've sent a replacement Ghost Pepper Reserve out today by Priority Mail at no charge 🌶 A photo would be great for our shipping claim, but it won't hold anything up.‸

Cody
Ember Ridge Hot Sauce"""),

    case("""\
Hello,

I own a small gourmet shop in Asheville, NC, and a few of my customers have been asking for your Smoked Habanero. I'd love to stock it. A couple of questions before I put in an order:

1. ⟦What's your wholesale minimum⟧, and ⟦do you offer net-30 terms?⟧
2. ⟦Are the bottles shelf-stable, or do they need refrigeration after opening?⟧
3. ⟦Where are your sauces made?⟧ Local sourcing matters a lot to my customers.
4. ⟦Do you have a display rack or any point-of-sale material you could send?⟧

Thanks so much,
Lauren

--
Lauren Beck | Owner
Blue Ridge Pantry
(828) 555-0126""",
         [Y, N, Y, Y, N], ["how much", "yes/no", "yes/no", "where", "request"],
         """\
Hi Lauren,

Thanks for reaching out – Asheville's been on our wish list for a while! Our wholesale minimum is two cases (12 bottles each, and you can mix flavors).‸ Everything is vinegar-based and shelf-stable, before and after opening, though the flavor holds best in the fridge. We make every batch in our own kitchen in East Austin with peppers from farms in the Rio Grande Valley. I'll also ask our marketing folks what we've got in the way of display pieces.

Cheers,
Cody Ramirez
Ember Ridge Hot Sauce
(512) 555-0164"""),

    case("""\
Hi Cody – forwarding my husband's note below for your records. He's already called you about it, so I'm just keeping you in the loop.

Anna

Begin forwarded message:

From: Greg Tillman <greg.tillman@example.com>
Date: December 5, 2026 at 7:48:12 PM CST
To: Anna Tillman <anna.t@example.com>
Subject: Your Ember Ridge order ER-41077

Can you email them and ask if they can change the address to the new house? 1180 Pecan Hollow Dr, Round Rock TX 78664.""",
         [], [],
         """\
Hi Anna,

Thanks for passing that along – Greg and I spoke this morning, and the order's already been updated to Pecan Hollow Dr. It ships on Wednesday.

Cody""",
         quoted_only=True),

    case("""\
Hi there,

Our company is putting together holiday gift boxes for about 60 clients, and we'd love to include your three-pack sampler. ⟦We'd need them shipped to our office in Dallas no later than Friday, December 18.⟧ ⟦Ideally the boxes would have a custom sticker with our logo on them⟧ – I can send the artwork today. ⟦If you can do custom labels, what would they add to the cost?⟧ And ⟦do you offer any discount at that quantity?⟧

Best,
Priya Raman
Office Manager, Longhorn Analytics""",
         [Y, Y, N, Y], ["request", "request", "how much", "yes/no"],
         """\
Hi Priya,

Thanks for thinking of us for your client gifts! Sixty samplers is no problem, and I can ship them to Dallas by UPS Ground on Monday, December 14, so they'll be with you by Wednesday the 16th at the latest. For orders over 50 we take 15% off, which brings each sampler down to $25.50. Custom stickers are something we love doing – send the artwork over and I'll have our designer mock one up.‸

Best,
Cody"""),

    # --- Wrenfield Tool Hire (tool-hire depot, UK) ------------------------------------------------------
    case("""\
⟦Got a cement mixer free this weekend?⟧ ⟦Do you deliver to Horsforth?⟧

Dave Pickles
07700 900873""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Dave,

We've got two petrol mixers in, so you're fine for the weekend. Delivery to Horsforth is £20 each way, or you can pick up from the yard from 7:30 on Saturday.

Steve
Wrenfield Tool Hire"""),

    case("""\
Hello,

I have just seen that you've taken £95 from my card for a "damaged blade" on the floor saw I hired last week. The blade was worn when I collected it – I even pointed it out to the lad on the counter. ⟦I want that money refunded straight away.⟧ ⟦Please also send me the photos you say you took when it came back, because I don't believe there's any damage beyond normal wear.⟧ I've used you for years and this is no way to treat a regular customer.

Malcolm Treadwell

From: Wrenfield Tool Hire <hire@wrenfieldtools.example.co.uk>
Sent: 04 December 2026 15:22
To: Malcolm Treadwell <m.treadwell@example.co.uk>
Subject: Hire agreement WTH-88214 – damage charge

Dear Mr Treadwell,

On inspection, the diamond blade returned with the floor saw was found to be damaged beyond normal wear. A charge of £95 has been applied in line with our terms. Please contact us if you have any questions.""",
         [N, Y], ["request", "request"],
         """\
Dear Mr Treadwell,

Thank you for getting in touch, and I'm sorry this came as a surprise. I've attached the three photos our workshop took when the saw came back – you'll see two segments missing from the blade, which isn't something we'd normally class as wear. I've asked Darren, who was on the counter that day, whether he noted the blade's condition when you collected it.‸

Kind regards,
Steve Oduya
Branch Manager, Wrenfield Tool Hire"""),

    case("""\
Hi,

I'm about to take on my first proper DIY job – we're taking up the old quarry tiles in our kitchen, which the previous owners laid straight onto the concrete with what looks like half a ton of adhesive. My brother-in-law swears by a breaker, but I'm worried about cracking the screed underneath, and a chap at work says I need an SDS drill with a chisel bit instead. ⟦Which would you actually recommend for tiles on concrete?⟧ The kitchen is only about 12 square metres, but it's going to be dusty work. ⟦Do you hire out dust extractors too, or is that something I'd need to buy?⟧ I'm thinking of doing it over the long weekend at New Year. ⟦How does the deposit work if I take the tools on Thursday 31 December and bring them back on the Monday?⟧ Sorry for all the questions!

Cheers,
Ryan Holt""",
         [Y, Y, N], ["which", "yes/no", "how"],
         """\
Hi Ryan,

No need to apologise – it's much better to ask first. For quarry tiles on concrete I'd go with the SDS drill and a wide chisel bit: a breaker is overkill for 12 square metres, and you're more likely to damage the screed with it. We do hire M-class dust extractors, and they fit straight onto our SDS drills. Over New Year we're closed on Friday 1 January and reopen on Monday 4 January, so if you collect on the 31st you'll only be charged for two days.‸

Cheers,
Steve
Wrenfield Tool Hire"""),

    case("""\
Morning Steve,

See below from our site manager – I've already sorted the extension with your colleague by phone, so this is just for your records.

Thanks,
Helen Marsh
Office Manager, Marsh & Sons Builders

---------- Forwarded message ---------
From: Tony Clegg <tony@marshsons.example.co.uk>
Date: Fri, 4 Dec 2026 at 16:55
Subject: Scaffold tower
To: Helen Marsh <helen@marshsons.example.co.uk>

Helen, can you ring Wrenfield and ask if we can keep the tower till the end of next week? Job's overrunning.""",
         [], [],
         """\
Morning Helen,

Thanks for forwarding that. I can see the extension on the system – the tower's now booked out to you until Friday 18 December, and the extra week has gone on your account at the trade rate.

Steve""",
         quoted_only=True),

    case("""\
Hello,

I am Piotr, I have small building company in Bradford. I need for one job a mini digger 1.5 tonne and also a trailer for take it. ⟦You have both available from 11 January for two weeks?⟧ ⟦What documents I must bring for the trailer?⟧ I have the licence B+E. ⟦Please send me the price for both with the weekly rate.⟧

Thank you
Piotr Nowak
PN Budownictwo Ltd""",
         [Y, Y, N], ["yes/no", "which", "request"],
         """\
Hi Piotr,

Thanks for your enquiry. We have a 1.5 tonne Kubota and a plant trailer both free from Monday 11 January, and I've reserved them for you for two weeks. For the trailer we need to see your driving licence (with the B+E) and a proof of address from the last three months, and we'll need a DVLA check code, which you can get online before you come.‸

Regards,
Steve
Wrenfield Tool Hire"""),

    # --- Nightjar Ghost Walks (ghost-walk tours, UK) --------------------------------------------------
    case("""\
hiya!! doing a hen do in york in march 👻 ⟦is the ghost walk ok for a group of 14⟧ ⟦can we bring drinks⟧ 😂 ⟦is there a later one like 9ish⟧""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi there!

Congratulations to the bride-to-be 👻 Fourteen is absolutely fine – we'll give you your own guide so the group can stay together. Our latest walk starts at 8:30pm from the Minster steps; we don't run one at 9, I'm afraid.‸

Bea
Nightjar Ghost Walks"""),

    case("""\
Dear Nightjar Ghost Walks,

I am organising a trip for our Year 8 History group (28 pupils and four staff) on Thursday 11 March. ⟦We would like to book a daytime walk rather than an evening one, as the coach has to leave York by 5pm.⟧ ⟦Could you let me know whether you offer a schools version of the tour⟧, and ⟦whether the content is suitable for 12–13 year olds?⟧ One of our pupils uses a wheelchair. ⟦Is the route fully step-free, or are there parts she would need to go round?⟧

Yours faithfully,
Mrs E. Lockwood
Head of History, Fulford Park School

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the addressee. If you are not the intended recipient, please notify the sender immediately.""",
         [Y, Y, Y, N], ["request", "yes/no", "yes/no", "yes/no"],
         """\
Dear Mrs Lockwood,

Thank you for thinking of us for your Year 8 trip. We do run a schools tour in daylight hours – it's lighter on the gore and heavier on the history, with the plague and the Civil War siege at its heart, and it was written with Key Stage 3 in mind. I've pencilled you in for 1:30pm on Thursday 11 March, which would have you finished by 3pm.‸

With best wishes,
Beatrice Hale
Nightjar Ghost Walks"""),

    case("""\
Hello,

We booked the 7pm walk for four people on Saturday (ref NGW-2291), stood outside the Minster in the freezing cold for forty minutes, and nobody came. Nobody answered the phone either. We'd travelled over from Hull specially. ⟦I want a full refund of £64⟧, and frankly ⟦I'd like an explanation of what happened.⟧

Sarah Dyson

On Wed, 2 Dec 2026 at 12:30, Nightjar Ghost Walks <bookings@nightjarwalks.example.co.uk> wrote:
> Hi Sarah,
>
> Thanks for booking! Meet your guide at the Minster steps (south side) at 6:55pm. Please arrive a few minutes early – we start on time.
>
> Bea""",
         [N, Y], ["request", "why"],
         """\
Dear Sarah,

I'm so sorry. Our guide for that walk, Martin, was taken ill on his way into town, and the message asking someone to cover his tour never reached anyone – and as our office phone diverts to him on a Saturday evening, nobody picked up your calls. That's a failure on our part, not his, and we've now changed how cover is arranged. As an apology, I'd love to offer your group a free private walk on any evening you choose.‸

Bea Hale
Nightjar Ghost Walks"""),

    case("""\
Hi Bea,

Following up on our chat at the Christmas market on Saturday – I'd like to book the private "Shambles After Dark" walk for my dad's 70th. ⟦Could you hold Friday 22 January for us?⟧ There'd be about ten of us. We've booked a table for 9pm, so ⟦what time does it finish?⟧ Oh, and ⟦could you send me a link to pay the deposit?⟧

Thanks!
Jess

Sent from my iPad""",
         [Y, Y, N], ["request", "when", "request"],
         """\
Hi Jess,

Lovely to hear from you again, and happy 70th to your dad! Friday 22 January is now held for you at 7pm for ten people. The walk lasts about 75 minutes and ends at the Golden Fleece on Pavement, so you'll be nicely placed for your 9 o'clock table. The deposit is £40, and it secures the date.‸

Bea"""),

    case("""\
Dear Sir or Madam,

I am a tourist from Osaka and I will visit York with my wife from 2 April to 5 April. We are very interested in English ghost stories. But my wife's English is not so good. ⟦Do you have a tour with Japanese language, or a printed guide in Japanese?⟧ ⟦If there is no such thing, can we still join and understand?⟧ ⟦Where can we buy the ticket?⟧ ⟦Is it necessary to book before?⟧

Best regards,
Kenji Watanabe""",
         [Y, Y, N, N], ["yes/no", "yes/no", "where", "yes/no"],
         """\
Dear Mr Watanabe,

Thank you for your message – we would be delighted to welcome you and your wife to York. We don't have a tour in Japanese, I'm afraid, and we have no printed guide yet. Many of our guests from abroad still enjoy the walk very much, because our guides act out a lot of the stories, and I would be happy to email you short summaries of the main stories in simple English to read before you come.‸

Kind regards,
Bea Hale
Nightjar Ghost Walks"""),

    # --- Keystone First Aid Training (CPR and first-aid training, US) ---------------------------------
    case("""\
⟦Is your CPR class AHA or Red Cross?⟧ Need it for my nursing program, see below.

– Tyler

---------- Forwarded message ---------
From: Clinical Placements <placements@frontrangenursing.example.edu>
Date: Thu, Dec 3, 2026 at 1:15 PM
Subject: BLS requirement before spring clinicals
To: Tyler Brooks <tyler.brooks@example.edu>

Hi Tyler, our records show you don't yet have a current BLS card on file. All students must hold an AHA BLS Provider card before clinicals begin on Monday, January 25. Can you upload yours by January 15?""",
         [Y], ["which"],
         """\
Hi Tyler,

All of our CPR classes are American Heart Association courses, and BLS Provider is the one your program is asking for. We run it every Tuesday evening and Saturday morning, and your eCard is emailed the same day, so you'd have it well before January 15.

Marisol
Keystone First Aid Training"""),

    case("""\
Hi Marisol,

Thanks for the call yesterday. To recap what we'd need for our warehouse team:

• ⟦On-site First Aid/CPR/AED for 18 employees, ideally split into two sessions so the floor stays covered.⟧
• ⟦Pricing per person, including the cards.⟧
• ⟦Can your instructor bring the manikins and AED trainers, or do we need to provide anything?⟧
• ⟦Dates in the second half of January.⟧

Best,
Dale Kowalski
Operations Manager, Front Range Logistics
(720) 555-0137

From: Keystone First Aid Training <info@keystonefirstaid.example.com>
Sent: Thursday, December 3, 2026 2:18 PM
To: Dale Kowalski <dkowalski@frontrangelogistics.example.com>
Subject: On-site training

Hi Dale, great to speak with you. Can you send over the headcount and your preferred dates, and I'll put a proposal together?""",
         [Y, N, Y, Y], ["request", "how much", "yes/no", "when"],
         """\
Hi Dale,

Thanks for sending this over. Two sessions of nine works well, and our instructor brings everything – manikins, AED trainers, gloves and the workbooks – so all you need is a room with tables. We're open on Tuesday, January 19, and Thursday, January 21, both starting at 8 AM. I'll send the full proposal once I hear back on which days suit.‸

Best,
Marisol Vega
Keystone First Aid Training
(303) 555-0119"""),

    case("""\
Got it, thank you! I'll be there at 8:45.

Ashley

On Sat, Dec 5, 2026 at 10:02 AM Keystone First Aid Training <info@keystonefirstaid.example.com> wrote:
> Hi Ashley,
>
> You're all set for Heartsaver First Aid CPR AED on Saturday, December 12, 9 AM–1 PM. Please bring a photo ID. Will you need a parking pass for the garage on Larimer Street?
>
> Marisol""",
         [], [],
         """\
Hi Ashley,

Great, see you Saturday! I didn't hear back about the garage – if you'd like a parking pass, just reply with your license plate and I'll have it waiting at the front desk.

Marisol""",
         quoted_only=True),

    case("""\
Marisol,

I took your BLS class two weeks ago and I STILL don't have my eCard. I start a new job at Denver Health on Monday, December 14, and they won't let me on the floor without it. I've emailed twice and called and left a voicemail. ⟦Why is this taking so long?⟧ ⟦I need the card emailed to me today.⟧ ⟦If that's not possible, I want a letter on your letterhead confirming I passed.⟧

Nicole Ferreira

Sent from my iPhone""",
         [N, Y, Y], ["why", "request", "request"],
         """\
Hi Nicole,

I'm really sorry for the wait and for missing your messages – that's not the experience we want anyone to have. I've just issued your BLS eCard; it's gone to nicole.ferreira@example.com from eCards@heart.org, so please check your spam folder if it isn't there in a few minutes. You'll be all set for Monday.‸

Marisol Vega
Keystone First Aid Training"""),

    case("""\
Hello,

My daughter is 13 and wants to start babysitting for neighbors this summer. ⟦I was wondering if your babysitter safety course is open to kids her age⟧, and ⟦if so, how she would register – does it have to be through a parent account?⟧ She has volleyball on weekday evenings. ⟦Do you run it on weekends during the spring?⟧

Thanks,
Heather Ng""",
         [Y, N, N], ["yes/no", "how", "yes/no"],
         """\
Hi Heather,

Our Babysitter Safety course is for ages 11 to 15, so she's right in the middle! It's a popular one – kids come away with a first aid card, a babysitting binder and a lot more confidence. Spring dates go up on our website at the end of January.‸

Marisol
Keystone First Aid Training"""),

    # --- The Curd Cellar (cheesemonger, UK) -----------------------------------------------------------
    case("""\
⟦Last day to order for Christmas delivery?⟧

Sent from my iPhone""",
         [N], ["when"],
         """\
Hi there,

Our Christmas deliveries go out by overnight chilled courier, and we've been busier than ever this year, so I'd get your order in as soon as you can.‸

Harriet
The Curd Cellar"""),

    case("""\
Hello there,

My fiancé and I are getting married in the village hall at Clun on Saturday 26 June, and instead of a traditional cake we've decided we'd like a tower of cheeses – his family is from Lancashire and mine are all Welsh, so we'd love something from each side. We were thinking five tiers for about 90 guests, though honestly we have no idea how much cheese that actually is. ⟦Do you do the whole thing, including decorating it on the day, or do you just supply the cheese?⟧ We'd want figs and maybe some flowers on it. Our budget is around £400. ⟦Is that realistic for five tiers?⟧ We're coming to Ludlow on Saturday 9 January for the food fair. ⟦Could we pop in then to taste a few?⟧

Best wishes,
Gemma Rees and Tom Hartley""",
         [Y, N, Y], ["which", "yes/no", "yes/no"],
         """\
Dear Gemma and Tom,

Congratulations! A cheese tower for a Welsh–Lancashire wedding is a lovely idea – a Perl Las and a crumbly Lancashire on the same stack would go down very well. We build and dress the tower on the morning of the wedding ourselves, with the fruit and flowers you choose, and we collect the slates the next day. Do come in on Saturday 9 January; if you let me know a time, I'll have a tasting board ready for you.‸

Best wishes,
Harriet Lyle
The Curd Cellar"""),

    case("""\
Hi,

The hamper I sent to my mother in Norwich arrived on Friday sweating in its box, with the ice packs completely melted and the Stilton smelling like old socks – and not in the good way. She's 84 and was very upset about it. ⟦I'd like a replacement sent out this week⟧, and ⟦I'd like to know how you're going to make sure it arrives cold this time.⟧

Louise Crane

On Wed, 2 Dec 2026 at 17:08, The Curd Cellar <orders@curdcellar.example.co.uk> wrote:
> Dear Louise,
>
> Your hamper is on its way and should arrive tomorrow.
>
> Harriet
>
> On Tue, 1 Dec 2026 at 21:44, Louise Crane <louise.crane@example.com> wrote:
>> Hi, could you send the Classic Hamper to my mum, Mrs J. Crane, 14 Unthank Road, Norwich? Thanks.""",
         [Y, N], ["request", "how"],
         """\
Dear Louise,

I'm so sorry – that's the last thing we'd want for your mother, especially at Christmas. A fresh hamper goes out to her on Tuesday 8 December for delivery on Wednesday.‸ I'm also refunding the original hamper in full, which you should see on your card in three to five days.

With apologies,
Harriet Lyle
The Curd Cellar"""),

    case("""\
Good morning,

I am Italian and I live in Shropshire since two years. I miss very much the cheeses from home. ⟦Do you sell Parmigiano Reggiano or Pecorino Romano?⟧ Also I am pregnant now (five months), so I must be careful. ⟦Which of your English cheeses are made with pasteurised milk?⟧ ⟦It is possible to order by telephone and pay by bank transfer?⟧

Thank you and kind regards,
Chiara Benedetti""",
         [Y, Y, N], ["yes/no", "which", "yes/no"],
         """\
Dear Chiara,

Congratulations! We always have a 24-month Parmigiano Reggiano on the counter, and a Pecorino Romano too. Of our English cheeses, the Cornish Yarg, the Wensleydale and the Cornish Kern are all made from pasteurised milk, and the staff in the shop are always happy to check a label for you. You're very welcome to ring the shop on 07700 900518 to order.‸

Best wishes,
Harriet"""),

    case("""\
Hi Harriet,

Thanks for the reminder. ⟦Could you pause my cheese club box for January and February?⟧ We're off travelling. ⟦Will I still be charged for those months, or does the pause stop the payments too?⟧ And ⟦can the March box go to my work address instead?⟧ It's Unit 4, Coton Hill Trading Estate, Shrewsbury SY1 2DP.

Many thanks,
Ian Baxter

-----Original Message-----
From: The Curd Cellar <club@curdcellar.example.co.uk>
Sent: 03 December 2026 08:30
To: Ian Baxter <ian.baxter@example.co.uk>
Subject: Your cheese club – what's coming in January

Dear Ian,

Just a reminder that your next box will be posted on Tuesday 5 January. If you'd like to pause or change anything, please reply by 20 December.""",
         [Y, Y, Y], ["request", "yes/no", "request"],
         """\
Hi Ian,

Done – your club is paused for January and February, and no payments will be taken while it is. The March box will go to Unit 4, Coton Hill Trading Estate; I've left your home address on the account for everything after that.

Have a wonderful trip,
Harriet"""),

    # --- Silver Reel Films (wedding videographer, UK) --------------------------------------------------
    case("""\
⟦Are you free Saturday 24 July 2027?⟧ ⟦Do you travel to Devon?⟧

Emma & Luke""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Emma and Luke,

Congratulations on your engagement! I'm afraid I'm already booked on Saturday 24 July 2027 – but my associate Kit shoots in exactly the same style and is free that day. Devon is no problem at all; travel within 150 miles is included in all our packages.

Best,
Jamie
Silver Reel Films"""),

    case("""\
Jamie,

We watched the film last night with both sets of parents and there wasn't a dry eye in the room. You caught Dad's speech perfectly, and the bit with the confetti in slow motion is just magic. How did we get so lucky with the weather? Thank you, thank you, thank you.

Love,
Hannah and Sam x""",
         [], [],
         """\
Hannah and Sam,

This has made my week – thank you! It was a joy to film, and your dad's speech is one of my favourites of the whole year. Enjoy the film, and congratulations again.

Jamie"""),

    case("""\
Hi Jamie,

Sorry for the slow reply – we've been away. Our planner has now confirmed the timings, and they're all in the attached run sheet. We're both really excited!

Charlotte

From: Jamie Ellery <jamie@silverreelfilms.example.co.uk>
Sent: 01 December 2026 14:20
To: Charlotte Price <charlotte.price@example.com>
Subject: RE: Wedding at Barnsley House – 19 June

Hi Charlotte,

Could you send me the running order for the day once you have it? In particular, what time does the ceremony start, and will there be a first dance?

Jamie""",
         [], [],
         """\
Hi Charlotte,

Thanks so much – I've got the run sheet, and a 1:30pm ceremony gives us lovely light for the portraits afterwards. I can't see a first dance on it, though. Will there be one? If so, I'll plan to stay on until it's done.

Jamie""",
         quoted_only=True),

    case("""\
Hi Jamie,

It was lovely to speak to you at the wedding fair at Cheltenham Racecourse. I've been trying to convince my fiancé that a film is worth it – he says nobody ever watches them – but after seeing your showreel he's come round to the idea, mainly because of the drone shots over the lake. Which brings me to my first question: ⟦is drone footage included in the Full Day package, or is that an add-on?⟧ The venue is Cowley Manor and the date is Saturday 12 June. We'd also really like the speeches in full rather than edited down, as my grandmother won't be able to come and we want her to see the whole thing. ⟦Could you let me know if that's possible?⟧ Finally, our photographer is Rosie Blake – ⟦have you worked with her before?⟧

Thanks,
Aisha

On Thu, 3 Dec 2026 at 20:15, Silver Reel Films <hello@silverreelfilms.example.co.uk> wrote:
> Hi Aisha,
> Great to meet you on Sunday! Here's the brochure I promised. Any questions, just shout.
> Jamie""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Aisha,

So glad he's come round! Cowley Manor is a beautiful venue, and Saturday 12 June is still free – I'd hold it with a deposit soon, as June goes quickly. Drone footage is part of the Full Day package, weather and airspace permitting, and the lake there is perfect for it. I've filmed alongside Rosie several times; she's brilliant and we work well together.‸

Speak soon,
Jamie"""),

    case("""\
Jamie,

Our wedding was at the end of the summer and we were promised the film within twelve weeks. It's now December and we've had nothing but "it's nearly there" for a month. ⟦When exactly will we get it?⟧ ⟦Why has it taken so long?⟧ ⟦I'd also like a partial refund for the delay.⟧

Tom Whitcombe

Sent from my iPhone""",
         [Y, Y, N], ["when", "why", "request"],
         """\
Dear Tom,

You're right, and I'm sorry. I've had two editors off sick since the autumn, and I should have told you that plainly rather than keep saying it was nearly there. Your film is in the final colour grade now, and I'll send the private link on Friday 18 December.‸

Jamie Ellery
Silver Reel Films"""),

    # --- Coralwood Aquatics (tropical fish and aquarium shop, UK) -----------------------------------
    case("""\
hi ⟦do you have any neon tetras in⟧ 🐠 ⟦how many can i put in a 60 litre⟧ and ⟦do u sell the live plants too⟧""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi,

We've had a fresh batch of neons in since Thursday, nice and healthy. In a 60 litre you could keep a group of ten to twelve comfortably, as long as the tank's fully cycled and you add them a few at a time.‸

Lewis
Coralwood Aquatics"""),

    case("""\
Hi Lewis,

I bought a tank and six platies from you about a month ago, and for the first three weeks everything was fine. Then last Tuesday one of them started hiding behind the filter, and by the weekend two had died. I've been doing a 20% water change every week like you said, and I tested the water with the strips – the ammonia looks fine but the nitrite is a bit pink, whatever that means. ⟦Is that what's killing them?⟧ My son is heartbroken, he'd named them all. ⟦What should I be doing differently?⟧ ⟦Should I bring a water sample in for you to test properly?⟧

Thanks,
Kirsty Mills

--
Kirsty Mills | Year 4 teacher, St Anne's Primary
Fancy a career in teaching? Ask me about our open days!""",
         [Y, Y, N], ["yes/no", "how", "yes/no"],
         """\
Hi Kirsty,

I'm sorry to hear about the platies – please pass on my sympathies to your son. Yes, pink on the nitrite pad means there's nitrite in the water, and even a little is toxic to fish; it usually means the filter hasn't finished maturing. For the next week, do a 25% water change every other day, don't rinse the filter sponge under the tap, and feed very lightly, once a day at most.‸

Best wishes,
Lewis
Coralwood Aquatics"""),

    case("""\
Dear Sir/Madam,

I ordered an Oase 6000 pond pump on your website (order CW-10427) and you have sent me the 3500, which is no use at all for a pond of our size. This is the second mistake with this order, after the first delivery went to the wrong house. ⟦Please arrange for someone to collect the wrong pump⟧ – I am not driving to Bristol with it. ⟦Can you confirm the correct pump will be sent by Friday?⟧

Regards,
Geoffrey Lamb

________________________________
From: Coralwood Aquatics <orders@coralwoodaquatics.example.co.uk>
Sent: 02 December 2026 11:03
To: Geoffrey Lamb <g.lamb@example.co.uk>
Subject: Your order CW-10427 has been dispatched

Your order is on its way! You can track it at track.example.com/CW-10427.""",
         [Y, Y], ["request", "yes/no"],
         """\
Dear Mr Lamb,

I'm very sorry – two mistakes on one order is not good enough. Our courier will collect the 3500 from you on Wednesday 9 December; there's no need to pack it in the original box, any sturdy box will do. The 6000 is already on its way to you and will arrive by Thursday.

Regards,
Lewis Hartnell
Coralwood Aquatics"""),

    case("""\
Hello,

I want to start a marine aquarium, around 200 litres, with some clownfish and maybe corals later. I have experience with freshwater but not with marine. ⟦What equipment do I need for the start?⟧ And ⟦how much is the cost approximately for all, without the fish?⟧ I read that the live rock is very expensive. ⟦Is better to buy the dry rock?⟧ Also, ⟦you can come to my house to set up, or I must do it myself?⟧

Thank you,
Nikos Papadakis""",
         [Y, N, Y, Y], ["which", "how much", "yes/no", "yes/no"],
         """\
Hi Nikos,

Great to hear you're moving to marine – clownfish are a perfect first fish. For a 200 litre you'll need a protein skimmer, a heater, two wavemakers, a decent LED light, an RO unit for the water, salt, a refractometer and test kits for ammonia, nitrite, nitrate and alkalinity.‸ Dry rock is the better choice these days: it costs less and won't bring pests or algae in with it, though it takes a few weeks longer to mature. We can come and set it all up for you; it's £90 for a tank that size, and we'll come back a week later to check on it.

Best regards,
Lewis
Coralwood Aquatics"""),

    case("""\
Hi Lewis,

Thanks again for the advice on the phone yesterday. We've decided to get the tank moved professionally rather than risk it ourselves. ⟦Can you do Saturday 16 January?⟧ The new house is in Keynsham, only about six miles away. ⟦Where should we keep the fish while the tank's being moved – in buckets at our end, or do you take them in the van?⟧ And ⟦what do we need to have ready before your team arrives?⟧

Cheers,
Matt Osei

On Fri, 4 Dec 2026 at 09:40, Coralwood Aquatics <hello@coralwoodaquatics.example.co.uk> wrote:
> Hi Matt,
> Following our chat – our tank move service starts at £150 within ten miles. Let me know if you want to book.
> Lewis
>
> On Thu, 3 Dec 2026 at 21:02, Matt Osei <matt.osei@example.co.uk> wrote:
>> Hi, we're moving house in January. Do you move fish tanks? It's a 240 litre Juwel.""",
         [Y, Y, N], ["yes/no", "which", "which"],
         """\
Hi Matt,

Saturday 16 January is free, and I've booked you in for 8am. The fish travel with us in oxygenated bags inside an insulated box, so there's nothing for you to sort there; they go back into the tank once it's refilled and the water's up to temperature.‸

Cheers,
Lewis"""),

    # --- Pinecrest Roller Rink (roller-skating rink, US) -------------------------------------------
    case("""\
hi ⟦do yall do birthday parties on sundays⟧ 🛼 my son turns 9 on jan 17 ⟦how much for like 15 kids⟧ ⟦do we bring our own cake or is there food⟧""",
         [Y, N, Y], ["yes/no", "how much", "which"],
         """\
Hi there!

Happy early birthday to your son 🛼 We run parties on Sundays at noon and 3 PM, and Sunday, January 17, still has both slots open. You're welcome to bring your own cake, and we provide pizza, lemonade and a party host.‸

Brianna
Pinecrest Roller Rink"""),

    case("""\
To the manager,

My daughter fell at your rink on Saturday night because a section of the floor near the snack bar was wet, and there was no sign or cone. She has a sprained wrist and we spent three hours in urgent care. ⟦I'd like to know why nobody was watching that area⟧, and ⟦I want the $180 urgent care bill covered.⟧ ⟦I'd also like a copy of the incident report your staff filled out.⟧

Rachel Dunn
(509) 555-0181

-----Original Message-----
From: Pinecrest Roller Rink <info@pinecrestrink.example.com>
Sent: Saturday, December 5, 2026 9:47 PM
To: Rachel Dunn <rdunn@example.net>
Subject: Tonight

Hi Rachel, we're so sorry about tonight. Our floor manager has logged the incident. Please let us know how your daughter is doing.""",
         [N, N, Y], ["why", "request", "request"],
         """\
Dear Ms. Dunn,

I'm so sorry your daughter was hurt, and I hope her wrist is healing well. I've attached a copy of the incident report from Saturday night. Medical bills go through our owner, Dave Kline, and he'll call you about yours this week.‸

Sincerely,
Brianna Holt
General Manager, Pinecrest Roller Rink"""),

    case("""\
Hello,

I'm 42 and haven't skated since middle school, but my kids have gotten really into it and I'd like to be able to keep up with them. ⟦Do you offer adult beginner lessons?⟧ ⟦If so, are they in a group or one-on-one?⟧ I work until 5:30 on weekdays. ⟦What times are they?⟧

Thanks,
Greg Halvorsen""",
         [Y, Y, Y], ["yes/no", "which", "when"],
         """\
Hi Greg,

Good for you – we see plenty of parents in exactly the same boat! Our Adult Learn to Skate class is a small group, no more than eight, and it runs Wednesday evenings from 6:30 to 7:30 PM. It's $60 for a four-week session with skate rental included, and the next one starts Wednesday, January 6.

See you on the floor,
Brianna"""),

    case("""\
Hi Brianna,

I'm on the PTA at Hamblen Elementary and we'd love to do a skate night fundraiser in the spring. A few things the committee asked me to find out:

- ⟦How does the revenue share work⟧ – ⟦is it a percentage of admission or a flat amount?⟧
- ⟦Can we bring our own volunteers to run a bake sale table inside?⟧
- ⟦Whether Friday, March 12, or Friday, March 19, is open.⟧

Thanks so much!
Megan Torres
Hamblen Elementary PTA

On Wed, Dec 2, 2026 at 4:12 PM Pinecrest Roller Rink <info@pinecrestrink.example.com> wrote:
> Hi Megan, thanks for reaching out about a fundraiser night! What dates is the PTA looking at, and roughly how many families do you expect?
> Brianna""",
         [Y, Y, N, Y], ["how", "which", "yes/no", "which"],
         """\
Hi Megan,

Thanks for the details! The school keeps 25% of every admission sold on the night, so the more families you bring, the more you raise – we total it up at close and mail a check within two weeks. Friday, March 19, is open from 6 to 9 PM; the 12th is already booked by another school.‸

Brianna"""),

    case("""\
Hi, I cancelled my Skate Club membership at the front desk a few weeks ago but I was charged $29.99 again on December 1. ⟦Can you refund that?⟧ And ⟦please make sure it's actually cancelled this time.⟧

Jordan Lee
Sent from my Galaxy""",
         [N, Y], ["request", "request"],
         """\
Hi Jordan,

Sorry about that! I can see the note from the front desk, but the cancellation was never entered in our billing system. I've canceled your Skate Club membership as of today, and you'll get an email confirmation within the hour.‸

Brianna
Pinecrest Roller Rink"""),

    # --- Goldleaf Signs (traditional sign-writer, UK) ------------------------------------------------
    case("""\
⟦Do you do gold leaf on glass?⟧ Shop window, about 2m wide.""",
         [Y], ["yes/no"],
         """\
Hi,

Gilding on glass is my favourite job – it's where the name comes from! For a 2m window I'd do the lettering in 23.5 carat leaf, reverse-painted from the inside so it's protected from the weather. If you send me a photo of the shopfront and the wording, I'll draw up a design and a price.

Ruth
Goldleaf Signs"""),

    case("""\
Dear Ruth,

I took over the Plough at Wymondham in the summer, and one of the first things everyone told me was that the hanging sign is 'a disgrace'. They're not wrong – the plough has faded to a sort of grey smudge and the board's split along the bottom. A regular who's been drinking here since the sixties says it was painted by a local man called Bertie Hewitt, and he'd love it restored rather than replaced. ⟦Is the board likely to be saveable, or would you recommend starting fresh on a new one?⟧ I know it's a question you can't really answer without seeing it. I'd want it back up before the beer festival at the end of May. ⟦Would that be enough time?⟧ And ⟦could you give me a ballpark figure so I can talk to the brewery?⟧

All the best,
Mick

-- 
Mick Fenwick
The Plough, Wymondham
07700 900227""",
         [N, Y, N], ["which", "yes/no", "how much"],
         """\
Dear Mick,

What a lovely job to be asked about. Bertie Hewitt painted a good few signs round Wymondham, and the locals are right to be fond of them. A split along the bottom is often just the lowest plank coming away from its neighbour, which can be glued and cleated, but I'd need to see it before I could say. Restoring it would take me about six weeks in the workshop, so if it comes down in March you'll have it back well before the festival.‸

Best wishes,
Ruth Amies
Goldleaf Signs"""),

    case("""\
Ruth,

I picked the van up this morning and the phone number on both doors is wrong – it says 07700 900316 and it should be 07700 900361. I gave you the number in writing. I've got three jobs booked this week and I can't go round advertising someone else's number. ⟦I need it corrected by Wednesday.⟧ ⟦Will you be covering the cost of that, or are you expecting me to pay twice?⟧

Darren Lynch
Lynch Plumbing & Heating

On Tue, 1 Dec 2026 at 15:36, Goldleaf Signs <ruth@goldleafsigns.example.co.uk> wrote:
> Hi Darren,
> The van's ready for collection whenever suits – I'll be in the workshop all week. Do let me know what you think.
> Ruth""",
         [Y, Y], ["request", "yes/no"],
         """\
Darren,

I'm so sorry – you're right, I transposed the last two digits, and there's no excuse for it. Bring the van back to the workshop first thing tomorrow and I'll have both doors repainted and dry by Tuesday evening, at no charge of course.

Ruth"""),

    case("""\
Hello Ruth,

I am opening a small French bakery in Norwich, on Magdalen Street, in February. I would like a painted sign over the door with the name "Chez Margaux" and maybe a small croissant drawing. ⟦Do you paint directly on the wood fascia, or do you make a panel in your workshop?⟧ ⟦How long it takes to make?⟧ I must also ask the council for permission, I think. ⟦Do you know if I need planning permission for a painted sign?⟧

Merci beaucoup,
Margaux Lefèvre

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please delete it and notify the sender.""",
         [Y, N, N], ["which", "when", "yes/no"],
         """\
Dear Margaux,

Chez Margaux sounds wonderful, and a little croissant would be a lovely touch. I usually paint fascia signs on a new panel in the workshop and then fit it over the existing board – it's kinder to the lettering than working up a ladder in February, and it means the shop isn't covered in scaffolding while you're getting ready to open. On planning, I'd ring the council's planning team, as every street is a little different.‸

Best wishes,
Ruth"""),

    case("""\
Hi Ruth,

Lovely to meet you at the café on Friday. We've talked it over and we'd like the darker green you showed us for the background. ⟦Could you send the revised drawing over once it's done?⟧ Also, ⟦when do you need the deposit by?⟧

Thanks,
Sophie & Will
The Larkspur Café

Sent from my iPad""",
         [Y, Y], ["request", "when"],
         """\
Hi Sophie and Will,

Great choice – that green will set the gold off beautifully. I've attached the revised drawing with the new background. If you're happy with it, the deposit is due by Friday 18 December, and I'll start on the panel the week after New Year.

Ruth"""),

    # --- ShredSure Document Destruction (document shredding, US) -----------------------------------
    case("""\
⟦Do you give a certificate of destruction?⟧ ⟦How much per box?⟧

Linda Park, CPA""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Linda,

Every job comes with a signed certificate of destruction listing the date, weight and method, which is what most CPA firms need for their records. For drop-off shredding it's $8 per banker's box.

Carlos
ShredSure Document Destruction"""),

    case("""\
Good morning Carlos,

Per our conversation, our clinic would like to set up recurring shredding service. Our compliance officer asked me to get the following:

1. ⟦A signed Business Associate Agreement, since we handle patient records.⟧
2. ⟦Confirmation that your employees are background-checked.⟧
3. ⟦How often you can pick up – we fill about two 64-gallon bins a month.⟧
4. ⟦Whether we can get a locked console for the front desk as well.⟧

Thank you,
Angela Ruiz
Office Manager, Desert Bloom Family Medicine
(480) 555-0109

From: Carlos Medina <carlos@shredsure.example.com>
Sent: Friday, December 4, 2026 11:26 AM
To: Angela Ruiz <aruiz@desertbloommed.example.com>
Subject: Recurring service

Angela, thank you for the call. Could you send me a list of what your compliance officer will need from us?""",
         [Y, N, Y, N], ["request", "request", "when", "yes/no"],
         """\
Good morning Angela,

Thanks for sending this over. I've attached our standard Business Associate Agreement, already signed on our side, for your compliance officer's review. All of our drivers and plant staff are trained to NAID AAA standards, and our plant is audited every year. With two 64-gallon bins a month, a monthly pickup would be the usual schedule, though we can come every two weeks if you'd rather not have full bins sitting around.‸

Best regards,
Carlos Medina
ShredSure Document Destruction
(602) 555-0152"""),

    case("""\
Carlos,

Your truck was supposed to be here on Thursday for our quarterly purge and never showed. We had 40 boxes stacked in the hallway all day and had to drag them back into storage. Nobody called, and when I called your office I was told someone would call me back. Nobody did. ⟦Get a truck here this week.⟧ And ⟦I want to know who is going to pay for the two temp workers we brought in for the day.⟧

Ray Kessler
Kessler & Howe Title

On Tue, Dec 1, 2026 at 10:03 AM Carlos Medina <carlos@shredsure.example.com> wrote:
> Hi Ray, confirming your purge pickup for Thursday, December 3, between 8 AM and noon. Please have the boxes near an accessible door.
>
> On Tue, Dec 1, 2026 at 8:47 AM Ray Kessler <rkessler@kesslerhowe.example.com> wrote:
>> Can you confirm our pickup this week? 40 boxes.""",
         [Y, N], ["request", "which"],
         """\
Ray,

I owe you an apology. The driver assigned to your pickup was rerouted to an emergency job on Thursday morning, and the dispatcher who should have called you didn't. I've put you first on the route for Wednesday, December 9, at 8 AM, and I'll be on the truck myself. There'll be no charge for this purge.‸

Carlos Medina
ShredSure Document Destruction"""),

    case("""\
Hello,

My mother passed away this fall and I'm clearing out her house in Mesa. She kept every bank statement and tax return since 1978 – there are probably 25 boxes in the garage, some with staples and binder clips still in. ⟦Do I need to take all the staples and clips out before you shred them?⟧ My brother says the shredder can handle it, but I don't want to waste your time. ⟦I'd also like to know if I can watch the shredding happen, because some of this has her Social Security number on it and I'd feel better seeing it done.⟧ ⟦Could you come to the house, or do I need to bring everything to you?⟧ I don't have a truck.

Thank you,
Diane Sorensen""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Dear Diane,

I'm sorry about your mother, and I know how much work clearing a house can be. Your brother's right – staples, clips and even binders can all go straight in, so there's no need to sort anything. Our shred truck can come to the house. Everything is shredded inside the locked truck, and the shreds go straight to a paper mill for recycling, so nothing with her details ever leaves our custody in one piece.‸ For 25 boxes it would be a $175 flat fee.

Kind regards,
Carlos
ShredSure Document Destruction"""),

    case("""\
Hello,

We are small dental lab and we replace our computers. We have 6 old hard drives with patient files. ⟦You destroy hard drives also, or only paper?⟧ ⟦If yes, what is price for each one?⟧ We need paper for the insurance, to show it is destroyed. ⟦Can you write the serial numbers on the certificate?⟧

Thank you,
Minh Tran
Saguaro Dental Lab

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi Minh,

Yes, we destroy hard drives as well as paper – we crush them on site with a hydraulic punch, so they never leave your sight. Your certificate of destruction can list every drive's serial number; we scan each one before it goes in, so there's nothing for you to write down.‸

Best,
Carlos
ShredSure Document Destruction"""),
]
