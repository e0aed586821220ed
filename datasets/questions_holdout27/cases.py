"""The cases of Tactful's questions held-out set 27 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout27.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: an
architectural-salvage yard (UK), a hurley maker (Ireland), a custom surfboard shaper (Australia), a
storm-shelter installer (US), a donkey sanctuary's adoption scheme (UK), a bungy-jump operator (New
Zealand), a Christmas-lights installer (US), a seaside wood-fired sauna (Ireland), a brass and
woodwind repairer (UK), a canvas swag maker (Australia), a glow-worm cave tour (New Zealand), a
walkers' baggage-transfer service (UK), a custom cowboy-boot maker (US) and a comic shop's pull-list
subscriptions (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Cobbold's Reclamation (architectural-salvage yard, UK) ---------------------------------------
    case("""\
Hello,

We bought a Victorian terrace in Thorpe last spring and have been slowly undoing everything the previous owners did to it in 1974. The hall floor turned out to have the original encaustic tiles under three layers of lino, but about a third of them are cracked or missing, mostly by the front door where someone ran the radiator pipes straight through. ⟦Do you ever get reclaimed encaustics in the red, black and buff star pattern?⟧ I've attached a photo so you can see what I mean. My partner is also set on replacing the two cast-iron fireplaces upstairs that were boarded over for gas fires in the seventies; the openings are roughly 36 inches wide. ⟦Would there be any chance of putting a couple aside for us to look at when we drive up after Christmas?⟧ It's two hours each way and we'd hate to arrive and find they've gone. We're aiming for Saturday 9 January, all being well. ⟦Roughly what do the bedroom ones with tiled inserts go for?⟧

Thanks so much,
Harriet Okafor

On Thu, 3 Dec 2026 at 21:40, Cobbold's Reclamation <yard@cobbolds.example.co.uk> wrote:
> Our yard closes for Christmas from Thursday 24 December and reopens on Monday 4 January.
> Need anything collected before then? Give us a ring on 01632 960417.
""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """\
Hi Harriet,

Thanks for getting in touch, and well done finding the tiles under the lino, that's always a good day.

We get encaustics in most weeks, usually lifted from hallways just like yours, and the red, black and buff star is one of the commoner patterns. There are around 40 loose ones in the shed at the moment, so bring a couple of your broken ones along and we'll match the sizes.

On the fireplaces, we've got six cast-iron bedroom ones in that would suit a 36-inch opening, and I've put the two nicest aside with your name on them. ‸Saturday 9 January is fine, we're open 9 till 4.

Best wishes,
Dan
Cobbold's Reclamation
"""),
    case("""\
⟦Buy old oak beams?⟧ About 12 out of a barn, 4-5m each. ⟦Would you collect or do I bring them⟧

Gareth

Sent from my iPhone
""",
         [Y, N], ["yes/no", "which"],
         """\
Hi Gareth,

We do, as long as they're sound and not riddled with worm. Send over a few photos and rough lengths and I'll give you a price.‸

Cheers,
Dan
"""),
    case("""\
To whoever deals with complaints,

I paid £1,860 for 20 square metres of reclaimed York stone on order CR-40719, which was delivered on Friday. Your driver tipped the pallets onto my drive instead of down the side path I'd asked for, so I couldn't get the car out all weekend, and when my landscaper unwrapped them this morning at least a quarter were cracked right through and several are barely an inch thick, not the 2–3 inches your website promised.

⟦I want the broken and thin ones collected this week and refunded in full.⟧ ⟦Who is going to pay my landscaper for the half day he's lost sorting through them?⟧ And ⟦why was nobody answering the phone on Saturday when your website says you open 9–1?⟧

Roger Pemberton
07700 900418

From: Cobbold's Reclamation <orders@cobbolds.example.co.uk>
Sent: 01 December 2026 16:12
To: Roger Pemberton
Subject: Order CR-40719 confirmed

Dear Roger,
Thank you for your order. Delivery is booked for Friday 4 December. Please let us know if there are any access restrictions.
""",
         [Y, N, N], ["request", "which", "why"],
         """\
Dear Mr Pemberton,

I'm sorry. That isn't the stone we should have sent you, and the driver should have used the side path as you asked.

I've booked our flatbed to come on Wednesday 9 December to take back every cracked or thin flag, and we'll refund them in full the same day. If you'd rather, we can replace them from the new batch that came in last week instead; I've been through it myself and they're all 2½ inches or more. ‸

I'll ring you this afternoon to go through it.

Yours sincerely,
Dan Cobbold
Cobbold's Reclamation
"""),
    case("""\
Dear Sir or Madam,

I am restoring an old farmhouse near Bremen and I have seen on your website the pair of oak church doors (item 2231) and also the pine pews. I have some questions:

1. ⟦Are the doors still available?⟧
2. ⟦Can you send the exact measures of the doors, with the frame and without⟧
3. ⟦Do you organise transport to Germany or I must find a company myself?⟧
4. ⟦Price for 4 pews of 2,5 metre⟧

Thank you in advance for your answer.

Mit freundlichen Grüßen
Jürgen Albers
""",
         [Y, Y, Y, N], ["yes/no", "request", "yes/no", "how much"],
         """\
Dear Mr Albers,

Thank you for your email. The oak church doors (item 2231) are still here. With the frame they measure 2.31 m high by 1.64 m wide; the doors alone are 2.18 m by 1.52 m.

We don't arrange shipping abroad ourselves, but we often work with Fenland Freight, who run to Germany every fortnight, and we'll wrap and load for them free of charge. ‸

Kind regards,
Dan Cobbold
"""),
    case("""\
Perfect, thank you Dan. We'll bring the trailer and a couple of strong friends.

Priya

On Fri, 4 Dec 2026 at 15:27, Dan Cobbold <dan@cobbolds.example.co.uk> wrote:
> Hi Priya,
>
> The marble fire surround is yours at £650, and I've marked it sold. Could you let me know roughly what time you'll be here on Saturday, so I can keep the forklift free?
>
> Dan
>
> > On Fri, 4 Dec 2026 at 09:05, Priya Nair <priya.nair@example.com> wrote:
> > Is the white marble surround from your Instagram post still for sale? Would you take £600?
""",
         [], [],
         """\
Hi Priya,

Great stuff. Any time after ten is easiest for us, as the forklift's out on a delivery first thing. Bring some blankets to wrap it in and we'll do the lifting.

See you Saturday,
Dan
""", quoted_only=True),

    # --- Ó Dálaigh Hurleys (hurley maker, Ireland) ------------------------------------------------------
    case("""\
hi there my young lad is 9 and plays u10 with the club, ⟦how do i know what size hurl to get him⟧ 🤔 hes tall for his age. ⟦can u put his name on it for christmas⟧ 🎄 ⟦last day to order??⟧ thanks a mill

Aoife
""",
         [Y, Y, N], ["how", "yes/no", "when"],
         """\
Hi Aoife,

Thanks for the message! 😊 For a tall 9-year-old, stand him up straight with his arms by his sides and measure from the ground to the top of his hip bone; that's his size in inches, usually 28 or 29 at his age. If he's between two, go for the shorter one, he'll handle it better.

We can burn his name into the handle for €5, just put it in the notes when you order. ‸

Sláinte,
Pádraig
"""),
    case("""\
Hi,

The 34" hurley I bought off ye in October (order 5521) split right up from the bas in the first match my son played with it. Yes he clashes a bit, but that's hurling, and a €75 hurl should last more than forty minutes. ⟦I want a replacement sent out before his next match on Saturday 19 December.⟧ ⟦I'd also want an answer on whether ye actually season the ash before ye make them, because the grain on this one looks fierce wet.⟧

Declan Mulcahy

-----Original Message-----
From: Ó Dálaigh Hurleys <orders@odalaighhurleys.example.ie>
Sent: Tuesday, 1 December 2026 10:03
To: Declan Mulcahy
Subject: RE: Broken hurl

Hi Declan, sorry to hear that. Can you send us your order number please and we'll look into it?
""",
         [N, Y], ["request", "yes/no"],
         """\
Hi Declan,

Sorry to hear that, it's no good to anyone to have a hurl go in the first match.

All our ash is air-dried for at least a year and then kiln-dried before it's ever cut, so it shouldn't be wet, but a split along the grain can happen with a hard clash if there's a knot hidden in the bas. Could you send me a photo of the break so I can see where it went? ‸

Pádraig
"""),
    case("""\
Hi Pádraig,

Following our chat at the county board meeting, the club would like to put in an order for the underage teams for the new season. What we need to know:

- ⟦Price per hurl for an order of 60 or more⟧
- ⟦Whether you can do them in the club colours (maroon and white tape)⟧
- ⟦Delivery to the club grounds in Callan by mid-February⟧
- ⟦Can we pay half now and half on delivery?⟧

Sizes to follow once the coaches have done the measuring.

Regards,
Siobhán Kehoe
Club Secretary, Callan Rovers GAA
087 555 0132
""",
         [Y, Y, N, Y], ["how much", "yes/no", "request", "yes/no"],
         """\
Hi Siobhán,

Great to hear from you, and thanks for thinking of us again.

For 60 or more we do €58 a hurl instead of €68, and that includes grip tape in whatever colours you want, so maroon and white is no bother. Half now and half on delivery suits us fine. ‸

Send on the sizes whenever the coaches have them.

Pádraig
"""),
    case("""\
Pádraig,

Just a quick note to say thanks. The camogie stick you made for Róisín has been through a full season now and there isn't a mark on it apart from the scuffs. She captained the U14s to the county final on Sunday and scored 1-3. Sure what more could a father ask for?

We'll be back to you for the next size up in the spring.

All the best,
Ciarán Brophy

Sent from my iPhone
""",
         [], [],
         """\
Ciarán,

That's brilliant news, congratulations to Róisín and the whole team! Thanks for letting us know, it makes our week to hear that.

Whenever she's ready for the next size, just drop in and we'll measure her.

Pádraig
"""),
    case("""\
Dear Ó Dálaigh Hurleys,

I am member of a small hurling club in Tokyo. We are 14 players, mostly beginners, and we want to order 10 hurleys for adults.

⟦Is it possible to ship to Japan?⟧ ⟦How much is the shipping cost for 10 pieces?⟧ Also we have 2 players who are left-handed, ⟦is there a special hurley for them?⟧ ⟦How many weeks for delivery to Tokyo?⟧

Thank you very much for your kind help.

Best regards,
Kenji Watanabe
Tokyo Shamrocks Hurling Club
""",
         [Y, N, Y, N], ["yes/no", "how much", "yes/no", "when"],
         """\
Dear Kenji,

Thank you for your email, and it's great to hear hurling is growing in Tokyo!

Yes, we send hurleys to Japan a few times a year, fully insured and tracked. ‸

There's no need for anything special for your left-handed players: the same hurley works for both sides, as long as the size is right for the player.

Kind regards,
Pádraig Ó Dálaigh
"""),

    # --- Sandbar Surfboards (custom surfboard shaper, Australia) --------------------------------------
    case("""\
hey mate keen to get a custom shortie made 🏄 im about 78kg and surf mostly the point. ⟦how long is the wait at the moment⟧ 🙏 ⟦whats a rough price for a 5'10 with a swallow tail⟧ 🤙 cheers
jono
""",
         [Y, N], ["when", "how much"],
         """\
Hey Jono,

Good to hear from you! I'm about five weeks out on customs at the moment, so you'd have it by mid-January. ‸ At your weight a 5'10 will paddle fine, and a swallow works well on the point when it's got a bit of push in it.

Chat soon,
Mick
Sandbar Surfboards
"""),
    case("""\
Mick,

The board turned up Friday and I'm pretty unhappy. I paid $1,150 specifically for Futures boxes, it's on the order, and it's come with FCS II plugs. On top of that there's a ding on the rail near the nose that's gone right through the glass, and the courier box didn't have a mark on it, so that happened before it left you.

⟦I need to know how you're going to fix this before the 23rd, because I'm flying to Indo with it.⟧ ⟦Can you swap the fin boxes or am I better off getting a whole new board?⟧ Either way ⟦I'm not paying for the postage back to you.⟧

Tom Hadley
0491 570 158

On Tue, 1 Dec 2026 at 8:15 am, Sandbar Surfboards <orders@sandbarsurf.example.com.au> wrote:
> Hi Tom, your board's finished and going out with the courier today. Tracking is SB-77120. Any questions, give us a yell.
""",
         [Y, Y, Y], ["how", "which", "request"],
         """\
Hi Tom,

Mate, I'm really sorry. The fin boxes are our mistake, the order clearly says Futures, and that ding should never have left the shed.

I'd rather build you a new board than patch this one. I've already got a blank cut to your dims and can have it glassed with Futures boxes and on the courier by Thursday 17 December, so it'll be with you before you fly on the 23rd. I'll email you a prepaid return label for the old one today.

Cheers,
Mick
"""),
    case("""\
G'day,

Bit of a long one, sorry. I'm 52 and took up surfing last summer after my daughter Mia (15) dragged me along to her lessons at Lennox. I've been on a 9ft foamie from the surf school ever since and I'm finally catching green waves and standing up most of the time, but the foamie is a bit of a barge and my shoulders are feeling it. Mia's got the bug even worse than me and is out every morning before school. I'd love to get us both something proper for Christmas, maybe a mid-length for me and something smaller for her, but I honestly don't know where to start. She's about 55kg and I'm a fairly solid 95. ⟦Would you be able to make two boards in time for Christmas⟧, and ⟦if not, do you have anything second-hand in the shop that would suit?⟧ I've heard people talk about volume in litres and it goes right over my head. ⟦Is there any chance we could come in one arvo this week and have a chat with you about it so we're not just guessing?⟧

Thanks heaps,
Greg Lawson

Get Outlook for iOS
""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Greg,

Love this, nothing better than a parent and kid out there together.

Customs for both of you before Christmas is too tight, I'm booked out to mid-January. But we've got a 7'2 mid-length in the racks that was a demo board, and a 5'8 fish that's around 30 litres, which would suit Mia nicely. Between them they'd be about $1,300.

‸Don't worry about the litres thing, it's just how much float a board has.

Cheers,
Mick
"""),
    case("""\
Sorry Mick, ignore my last email, the board was sitting at the post office the whole time. Stoked with it!

Leah

From: Leah Nguyen <leah.nguyen@example.com.au>
Sent: Sunday, 6 December 2026 7:41 PM
To: Sandbar Surfboards <orders@sandbarsurf.example.com.au>
Subject: Where's my board?

Hi, it's been two weeks since you sent it and the tracking hasn't moved since Tuesday. Can you chase the courier please?
""",
         [], [],
         """\
Ha, great news Leah, glad it turned up. Send us a pic once you've had it out for a surf!

Mick
""", quoted_only=True),
    case("""\
Hello, I have a longboard 9'1 with a crack on the tail after hit the rocks at Kirra. ⟦Do you make ding repair also for boards not made by you?⟧ ⟦How many days you need?⟧ ⟦It is possible to be ready before 14 January?⟧ I have competition in Noosa.

Obrigado
Rafael Costa

Sent from my Samsung Galaxy smartphone.
""",
         [Y, Y, Y], ["yes/no", "when", "yes/no"],
         """\
Hi Rafael,

No worries, we fix any board, doesn't matter who shaped it. A crack in the tail usually takes 3–4 days including drying time. We're closed from 24 December to 4 January, so if you drop it in this week it'll be ready well before the 14th.

Cheers,
Mick
"""),

    # --- Red Dirt Storm Shelters (storm-shelter installer, US) ----------------------------------------
    case("""\
Hello,

My husband and I are both in our late 70s, and after the tornado that came through Moore last spring we've been talking about getting a shelter put in. Our neighbor Darlene had one of yours installed in her garage and she can't say enough good things about it. The trouble is Walt uses a walker since his hip surgery, and I just can't picture him getting down a ladder or even steep stairs into one of the underground kind. ⟦What I really need to find out is whether you make an above-ground safe room that a walker could fit into⟧, and ⟦whether it could go in our garage like Darlene's.⟧ We have a two-car garage, but the second spot is full of his woodworking things. ⟦Do you offer any kind of senior discount?⟧ We're on a fixed income. Our daughter says there's a state rebate program, too. ⟦Do you help with the paperwork for that?⟧

Thank you kindly,
Betty Jo Harlan
""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "yes/no", "yes/no"],
         """\
Dear Mrs. Harlan,

Thank you for reaching out, and please tell Darlene we said hello!

Our above-ground safe rooms have a 36-inch door and a flat floor with no step, so Walt can walk right in with his walker. We install them in garages all the time, and a 4x6 unit would fit in your first bay with room to spare.

The state rebate is drawn by lottery, and when it opens in February we'll sit down with you and fill out the application together. ‸

Sincerely,
Kyle Brandt
Red Dirt Storm Shelters
(405) 555-0147
"""),
    case("""\
This is the third time I've written. There is still six inches of water in the bottom of the shelter you put in three weeks ago, and nobody has come out. Your tech told me on the phone it was "probably condensation." Condensation doesn't make six inches of water.

⟦I want someone out here this week to pump it and fix the seal⟧, and ⟦I want it in writing that this is covered under the warranty.⟧ ⟦If it's not fixed by Friday, how do I get my money back?⟧

Marcus Reyes
Moore, OK

On Wed, Dec 2, 2026 at 4:10 PM Red Dirt Storm Shelters <service@reddirtshelters.example.com> wrote:
> Hi Marcus, sorry to hear about the water. Can you send us a few pictures so the team can take a look?
>
> Red Dirt Storm Shelters
""",
         [Y, N, N], ["request", "request", "how"],
         """\
Hi Marcus,

I'm sorry. You shouldn't have had to write three times, and six inches of water is not condensation.

Our crew lead, Jesse, will be at your house on Wednesday, December 9, between 8 and 10 a.m. to pump the shelter out and reseal the door frame and the vent. ‸

I'll call you after Jesse's been out to make sure you're happy with it.

Kyle Brandt
Service Manager
"""),
    case("""\
⟦Do y'all install on caliche?⟧ Half our lot is rock about 2 ft down. ⟦What's the lead time looking like⟧

Cody

Sent from my iPhone
""",
         [Y, N], ["yes/no", "when"],
         """\
Hi Cody,

We do. When we hit rock that shallow we usually go with an above-ground unit or an in-garage shelter, which only needs a slab a few inches thick. I can come out and take a look at your lot any weekday.‸

Kyle
"""),
    case("""\
Kyle,

See below from the HOA. I'll talk it over with Jen this weekend and get back to you.

Brian

---------- Forwarded message ---------
From: Prairie Creek HOA <board@prairiecreekhoa.example.org>
Date: Fri, Dec 4, 2026 at 11:02 AM
Subject: Re: Storm shelter approval
To: Brian Tolliver <btolliver@example.net>

Brian,

The architectural committee will need a site plan showing the shelter's location and the installer's certificate of insurance before we can approve. Can your installer also confirm whether any part of it will be visible from the street?

Thanks,
Pam Rivers
Prairie Creek HOA
""",
         [], [],
         """\
Hi Brian,

Thanks for sending that over, and no rush at all. When you're ready, I can send the HOA our certificate of insurance and a site plan. With a garage install nothing shows from the street, so that part should be easy.

Kyle
""", quoted_only=True),
    case("""\
Hello Mr. Kyle,

I have a small daycare in my house in Norman, 12 kids. The state inspector say we need a plan for tornado, so I am interested in a shelter for all the kids and 2 teachers.

- ⟦What size we need for 14 persons⟧
- ⟦It can be inside the house or must be outside?⟧
- ⟦Do you have payment plan⟧
- ⟦Please send me the FEMA certificate for the inspector⟧

Thank you so much,
Rosa Delgado
Little Stars Home Daycare
(405) 555-0183
""",
         [Y, Y, N, Y], ["how much", "which", "yes/no", "request"],
         """\
Hi Rosa,

Thank you for thinking of us, and good for you for planning ahead for the kids.

For 12 children and 2 adults our 8x10 safe room is the right size, with room to spare. It can go in a garage, in a room with a concrete slab floor, or outside on its own pad, whichever is easier for you. ‸ I've attached our FEMA P-361 compliance letter, which is what the inspector will want to see.

Kyle
"""),

    # --- Hollowmead Donkey Sanctuary (adoption scheme, UK) --------------------------------------------
    case("""\
Hi,

I'd like to adopt Bramble as a Christmas present for my mum, who's been following his Facebook posts all year and tells me about every single one. ⟦Can the adoption pack be posted straight to her, or does it have to come to me first?⟧ And ⟦what’s the latest I can order and still have it arrive before Christmas Day?⟧

Thanks,
Lucy Greenwood
""",
         [Y, N], ["which", "when"],
         """\
Hi Lucy,

What a lovely present. Bramble will be thrilled (well, he’ll be thrilled with the carrots).

We’re happy to post the pack straight to your mum: just put her address in the ‘gift recipient’ box at checkout and we’ll tuck in a card with your message. ‸

Warm wishes,
Jenny
Hollowmead Donkey Sanctuary
"""),
    case("""\
I've had your message below. The pack STILL hasn't come, and I've now been charged £6 twice this month for Pickle's adoption as well. It was for my granddaughter's birthday on Saturday and I had to give her a card saying 'it's on its way'. Not good enough.

⟦Please refund the duplicate payment⟧ and ⟦tell me exactly when the pack will arrive.⟧

Mrs P. Cartwright

On Tue, 1 Dec 2026 at 10:31, Hollowmead Donkey Sanctuary <adopt@hollowmead.example.org.uk> wrote:
> Dear Patricia,
> Thank you for getting in touch. Your pack was posted last month, so please allow a few more days. If it hasn't arrived by the end of the week, let us know and we'll send another.
""",
         [Y, N], ["request", "when"],
         """\
Dear Mrs Cartwright,

I’m so sorry about this, and especially that it spoiled the birthday surprise.

I’ve refunded the second £6 today; it should be back on your card within three to five working days. The first pack seems to have gone astray in the post, so I’m making up a new one now, with a signed photo of Pickle and a letter from his carer, and we’ll get it out to you as soon as we can. ‸

With apologies,
Jenny Aldridge
Supporter Care
"""),
    case("""\
Dear Hollowmead team,

Our Year 2 class at St Michael's Primary chose Hollowmead as their charity this year and raised £412 at the Christmas fair! We'd love to bring them to visit in the spring term to hand over the cheque and meet the donkeys. A few things I need to check:

1. ⟦Do you take school groups of around 30 children plus 6 adults?⟧
2. ⟦Which days of the week are possible⟧ – we'd be looking at late March.
3. ⟦If it rains, is there an indoor space where the children can eat their packed lunches?⟧
4. ⟦A copy of your risk assessment for our educational visits coordinator.⟧

Many thanks,
Miss Eleanor Fry
Year 2 Teacher
St Michael's C of E Primary School

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
         [Y, Y, Y, N], ["yes/no", "which", "yes/no", "request"],
         """\
Dear Miss Fry,

What a wonderful total! Please pass on a huge thank you to Year 2 from all of us and the donkeys.

We’d love to have you. We can take up to 35 children at a time, and school groups come on Tuesdays and Thursdays, when the visitor centre is closed to the public. The big barn has a picnic area with benches, so rain won’t spoil lunch. ‸

Best wishes,
Jenny Aldridge
Education & Visits
"""),
    case("""\
Dear Jenny,

Thank you so much for the card and the photo of Dolly that came this morning. Our Freya has been sponsoring her with her pocket money since she was five, and she was heartbroken when we told her. How do you explain to a seven-year-old that a donkey can be old? But your letter did it far better than I could, and she's put the photo next to her bed.

She says she'd like to adopt one of the youngsters next, once she's saved up again.

With love from us both,
Kate and Freya Morgan

Sent from my iPad
""",
         [], [],
         """\
Dear Kate and Freya,

Thank you for writing; it means a great deal to all of us here. Dolly was a gentle old lady, and she had a very happy last summer in the orchard paddock.

Freya, when you’re ready, our two youngest, Pip and Juniper, would love a sponsor.

With love,
Jenny
"""),
    case("""\
Good morning,

My name is Giulia, I am 23 and I study veterinary medicine in Bologna. This summer I would like to do volunteering with animals in England for 4 weeks in July. ⟦Please tell me if you accept international volunteers.⟧ ⟦Where do volunteers usually stay?⟧ I have seen there is no village very close. ⟦What is the minimum period?⟧

Thank you and kind regards,
Giulia Ferri
""",
         [Y, N, Y], ["yes/no", "where", "when"],
         """\
Dear Giulia,

Thank you for your email, it’s lovely to hear from a vet student!

We do take international volunteers in the summer, and July is a great time to come. We ask volunteers to stay for at least two weeks, so four weeks is perfect. ‸ I’ve attached our volunteer application form; once you send it back we’ll arrange a video call.

Best wishes,
Jenny
"""),

    # --- Tōtara Gorge Bungy (bungy-jump operator, New Zealand) ----------------------------------------
    case("""\
⟦Weight limit?⟧ I'm 118kg. And ⟦can I take my GoPro⟧ ⟦Where do I check in, at the bridge?⟧

Sam

Sent from my iPhone
""",
         [Y, Y, Y], ["how much", "yes/no", "where"],
         """\
Kia ora Sam,

Our upper limit is 127kg, so you're fine. Personal cameras aren't allowed on the jump, but every jump is filmed on our own head-mounted camera and you can buy the clip afterwards for $59. Check in at the Gorge Centre on the main road, not at the bridge; the shuttle takes you down from there.

See you on the bridge!
Aroha
Tōtara Gorge Bungy
"""),
    case("""\
hey team 👋 organising my mates stag do in march, theres 8 of us. ⟦do u do a group rate for 8⟧ 😅 ⟦can two of us jump at once (tandem?)⟧ and ⟦is there a shuttle from queenstown or do we need to drive ourselves⟧. cheers bro
Nikau
""",
         [N, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Kia ora Nikau,

Sounds like a mean stag do 🎉 We do tandem jumps off the bridge, so the groom can drag a mate over with him, and our shuttle leaves the Queenstown office at 9am, 11am and 2pm, free with your jump.

For groups we recommend booking a few weeks ahead in March, as it's our busiest month.‸

Cheers,
Aroha
"""),
    case("""\
Hi there,

I'm writing on behalf of my son Ethan, who has been obsessed with doing a bungy since he watched his uncle do yours five years ago. He's saved all his pocket money and his birthday money, and he turns 13 on the 2nd of January, which is the day we'd like to come. I'm honestly terrified, but I've promised him. He broke his wrist skateboarding two years ago and it was fixed with a plate and screws that are still in. ⟦Is that going to stop him jumping?⟧ The surgeon says it's healed perfectly. And ⟦does he have to be 13 already, or is it fine that he turns 13 that day?⟧ I'd hate to drive all the way from Invercargill and then be turned away at the top.

Many thanks,
Rachel Te Huia
""",
         [N, Y], ["yes/no", "yes/no"],
         """\
Kia ora Rachel,

What a great way for Ethan to spend his birthday, and good on you for coming along!

Our minimum age is 10, so he's well clear either way. Anyone under 15 needs a parent or guardian to sign the waiver on the day, which you'll be there for anyway. ‸

Ngā mihi,
Aroha
"""),
    case("""\
Hi Aroha,

Thanks for your time on the phone this morning. As we discussed, we're looking at Friday 19 February for our team day: 22 people, with maybe 10 actually jumping and the rest cheering from the viewing deck. ⟦Could you hold that date for us until the end of next week while I get sign-off?⟧ ⟦Would the non-jumpers need to pay for the shuttle and the deck?⟧ Also, ⟦can you invoice the company rather than each person paying on the day?⟧

Regards,
Hemi Walker
Operations Lead | Southern Lakes Freight
03 555 0187

DISCLAIMER: This email is intended for the named recipient only. If you are not the intended recipient, please delete it and let us know.

-----Original Message-----
From: Aroha Parata <aroha@totaragorge.example.co.nz>
Sent: Monday, 7 December 2026 9:12 a.m.
To: Hemi Walker <hemi.walker@southernlakesfreight.example.co.nz>
Subject: Team day enquiry

Kia ora Hemi, thanks for your enquiry. When would suit for a quick call to talk it through?
""",
         [Y, N, N], ["request", "yes/no", "yes/no"],
         """\
Kia ora Hemi,

Great to talk this morning. I've pencilled in Friday 19 February for 22 of you and will hold it until Friday 18 December. ‸

Once you've got sign-off, just let me know the final number of jumpers.

Ngā mihi,
Aroha
"""),
    case("""\
All sorted with Liam on the phone, thanks, so no need to reply to the below!

Sophie

On Sat, 5 Dec 2026 at 10:48 PM, Sophie Lin <sophie.lin@example.co.nz> wrote:
> Hi, I've booked a jump for the 14th but I've just realised my flight lands at 1pm. Is it possible to move to a later slot? And do you store bags while we jump?
""",
         [], [],
         """\
Thanks Sophie, glad Liam could help. We'll see you on the 14th, and yes, there are lockers at the Gorge Centre for your bags.

Aroha
""", quoted_only=True),

    # --- Bright Eaves Holiday Lighting (Christmas-lights installer, US) --------------------------------
    case("""\
Your crew installed our lights the week before Thanksgiving and since the rain Thursday night the whole left side of the roofline is dark. I've called twice and left voicemails. We're hosting 60 people for our holiday party this Saturday, December 12, and the house looks ridiculous.

⟦I need someone here before Saturday to fix it.⟧ ⟦I'd also like to know why nobody has returned my calls.⟧ We're paying $1,400 for the season, so ⟦I expect a credit for the days it's been out.⟧

Jennifer Caldwell
Sent from my iPhone
""",
         [Y, N, Y], ["request", "why", "request"],
         """\
Hi Jennifer,

I'm sorry about the dark roofline, and even more sorry you've had to chase us. Our crew will be at your house tomorrow, Tuesday, December 8, between 1 and 3 p.m.; it sounds like water got into one of the connectors, which is a quick fix.

I've also taken $150 off your invoice for the days the lights have been out. ‸

Thanks for your patience,
Marcus Webb
Bright Eaves Holiday Lighting
"""),
    case("""\
⟦do you guys take them down in january or is that extra⟧ 🎄 and ⟦when do u start booking for next year⟧, want to get in early this time lol

Sent from my iPhone
""",
         [Y, Y], ["yes/no", "when"],
         """\
Hi Tyler,

Takedown is included with every install. We'll be back the week of January 11 to take everything down and store it for you. Bookings for next season open on July 1, and our regulars get first dibs before we advertise.

Marcus
"""),
    case("""\
Hi there,

I manage Luca's Trattoria on Main St. We'd like to get the front of the building and the patio lit up for the holidays. Can you help with the following:

1. ⟦A quote for the storefront (about 45 ft) and the patio pergola⟧
2. ⟦Install before our private event on Tuesday, December 15?⟧
3. ⟦Do you also do permanent track lighting that stays up all year?⟧
4. ⟦A COI listing Keystone Properties, our landlord, as additional insured⟧

Thanks!
--
Dana Russo
General Manager, Luca's Trattoria
(614) 555-0129
Hungry? Book a table at lucastrattoria.example.com
""",
         [Y, Y, N, Y], ["request", "yes/no", "yes/no", "request"],
         """\
Hi Dana,

Thanks for reaching out! For 45 feet of storefront and a standard pergola you're looking at $1,850 for the season, including takedown in January. We have an opening on Friday, December 11, so you'll be all lit up well before the 15th. I've asked our office to send the COI with Keystone Properties as additional insured this afternoon.‸

Marcus
"""),
    case("""\
Never mind, my wife already paid it over the phone this morning. Thanks.

Raj Patel

________________________________
From: Bright Eaves Billing <billing@brighteaves.example.com>
Sent: Tuesday, December 1, 2026 9:00 AM
To: Raj Patel <rpatel@example.com>
Subject: Invoice #BE-2291

Hi Raj,

Your invoice for this season's installation is attached. Please remit payment by December 10. Let us know if you have any questions.

Bright Eaves Holiday Lighting
""",
         [], [],
         """\
Thanks, Mr. Patel, all received on our end. Enjoy the lights!

Marcus
""", quoted_only=True),
    case("""\
Good afternoon,

I spoke with a young lady named Brittany on Friday about having lights put on the big blue spruce in our front yard. It's about 30 feet tall now. My late wife planted it the year we moved in, in 1988, and she always wanted it lit up, but I never could get up that high. Brittany said someone would call me back with a price, but I haven't heard anything yet. ⟦Could you tell me what that would cost⟧ and ⟦whether you could have it done before my grandkids come on the 19th?⟧ They're flying in from Denver. ⟦I'd also like white lights only, not the colored ones, if that's possible.⟧

Thank you,
Harold Jensen
""",
         [N, Y, Y], ["how much", "yes/no", "request"],
         """\
Dear Mr. Jensen,

Thank you for your patience, and I'm sorry Brittany's callback slipped through the cracks.

What a special tree. We can absolutely do it in warm white only, and we have a crew free on Wednesday, December 16, so it'll be glowing well before your grandkids arrive. ‸

Warm regards,
Marcus Webb
"""),

    # --- Brine & Birch (seaside wood-fired sauna, Ireland) --------------------------------------------
    case("""\
⟦Are ye open Christmas morning?⟧ Thinking of bringing the whole gang down for a swim and a sauna. ⟦How many fit in at once?⟧

Niamh

Sent from my iPhone
""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Niamh,

We are indeed! On Christmas Day we're open 8am to 1pm, and it's the best morning of the year down here. The sauna takes ten at a time, so book a private session if you're a big gang.

Happy Christmas,
Orla
Brine & Birch
"""),
    case("""\
Hello,

I am Korean student living in Bray. My friends and me (4 persons) want to try sauna and cold sea swim, it is first time for all of us. ⟦Is it safe for beginner?⟧ One friend has low blood pressure. ⟦Do we need to bring towel and robe, or you give?⟧ ⟦Where is the meeting point, at the harbour?⟧ ⟦How we book, in website or by phone call?⟧

Thank you!
Ji-woo Park
""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "where", "which"],
         """\
Hi Ji-woo,

You're very welcome, lots of our regulars started as complete beginners! We'll talk you through it when you arrive: short rounds in the sauna, and only a quick dip in the sea to start. Your friend with low blood pressure should check with her doctor first, and stand up slowly when she leaves the sauna.

Towels are €3 each to rent, or you can bring your own. We're on the beach at the north end of the harbour, next to the lifeboat station. ‸

Orla
"""),
    case("""\
Hi,

We booked the 7.30am slot on Saturday and paid €60 for four of us. The attendant didn't turn up until ten to eight, the sauna was barely warm by the time we got in at 8, and we had to leave at 8.15 for work. That's fifteen minutes in a lukewarm box for €60.

⟦I'd like a full refund, not a voucher.⟧ ⟦Is this going to be a regular thing on Saturdays?⟧ A few of us were thinking of getting the 10-session pass.

Ronan Kilbride

On Thu, 3 Dec 2026 at 19:02, Brine & Birch Sauna <hello@brineandbirch.example.ie> wrote:
> Your booking is confirmed: Saturday 5 December, 7.30am, 4 people. Please arrive 10 minutes early. Any questions, let us know!
""",
         [N, Y], ["request", "yes/no"],
         """\
Hi Ronan,

I'm really sorry about Saturday. Our attendant's car broke down on the way in, and we should have texted everyone booked rather than leaving you standing on the beach. It's the first time in two years we've opened late, and we now have a second key-holder living five minutes away, so it won't happen again.

‸I'd love to have you back, and I'll throw in a free session for each of you if you're willing to give us another go.

Orla
"""),
    case("""\
Hi Orla,

I've been meaning to write for weeks. I swim at the cove most mornings with a group of about twelve women (we call ourselves the Cove Crones, affectionately!), and our oldest member Bernie turns 80 in January. She's been swimming there since the 1960s and she's the reason half of us started. We'd love to do something special for her, and she's always saying she'd like to try your sauna but never gets round to booking. ⟦If we booked the whole sauna for a couple of hours on Sunday 17 January, could we bring a cake and a bottle or two of prosecco?⟧ ⟦What would it cost for twelve of us?⟧ A few of the group aren't as steady on their feet as they were, so ⟦is there anywhere to park close to the steps?⟧

Thanks a million,
Mary Phelan
""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi Mary,

What a lovely idea, and happy birthday to Bernie in advance!

Cake is more than welcome, but I'm afraid we can't have alcohol on the beach under our licence from the council. ‸ There are four accessible spaces right at the top of the slipway, and the rest of the car park is about 100 metres along.

Orla
"""),
    case("""\
Hi there,

My sister bought me the voucher below but I'm away until March and it says it's only valid for three months. ⟦Any chance ye'd still honour it when I'm back?⟧ And ⟦could I use it for two people instead of one if I pay the difference?⟧

Clodagh

Begin forwarded message:

From: Brine & Birch Sauna <hello@brineandbirch.example.ie>
Subject: Your gift voucher
Date: 2 December 2026 at 18:20:11 GMT
To: Clodagh Byrne <clodagh.byrne@example.ie>

Happy birthday Clodagh! Sinéad has sent you a gift voucher for one 60-minute sauna session (code BB-4471), valid for three months. Please book online and quote the code at checkout.
""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Clodagh,

Of course, I've extended your voucher to the end of June, so there's no rush. You can also use it for two: book a session for two people online, enter the code, and you'll just pay the €15 difference at checkout.

Orla
"""),

    # --- Pallett Brass & Wind (brass and woodwind repairer, UK) ---------------------------------------
    case("""\
Hi, my daughter’s mouthpiece is stuck fast in her trumpet (she dropped it in the case). ⟦Could you sort it on the spot if we bring it in?⟧ And ⟦how much do you charge for that?⟧ We can come after school tomorrow.

Thanks,
Sarah Doyle
""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Sarah,

Yes, a stuck mouthpiece takes about five minutes with the puller, so we’ll do it while you wait. It’s £10, or free if she’s on our schools hire scheme. We’re open until 5.30 tomorrow.

Best,
Ian
"""),
    case("""\
Ian,

In October you told me the Selmer would be ready "definitely by the end of November". It's now the 7th of December, I've had no call, and I've got a paid gig with the big band on Saturday 19 December that I'm not doing on a borrowed student alto. I've already paid you a £380 deposit.

⟦Either it's ready for me to collect by Thursday or I want the deposit back and the horn returned as it is.⟧ And ⟦what is actually holding it up?⟧

Paul Okonedo

From: Pallett Brass & Wind <ian@pallettbrass.example.co.uk>
Sent: Tuesday, 1 December 2026 15:40
To: Paul Okonedo
Subject: RE: Selmer Mk VI overhaul

Hi Paul, sorry for the wait, the horn's on the bench now. Can you confirm you'd like the neck cork replaced too?
""",
         [Y, N], ["request", "why"],
         """\
Hi Paul,

You're right, and I'm sorry I didn't ring you. ‸ The horn will be ready to collect on Thursday after 2pm: the pads are all in, and it just needs regulating and play-testing on Wednesday. If for any reason it isn't ready, I'll refund the deposit in full that day.

Ian
"""),
    case("""\
Dear Sir,

I am student at Leeds Conservatoire and I play flute (Yamaha 311). Some pads are leaking and the low notes are difficult to play. ⟦Could you check my flute and tell me the price before repair?⟧ ⟦Do you have discount for students?⟧ ⟦It will be ready before my exam on 15 January?⟧

Thank you very much,
Chen Yutong
""",
         [Y, Y, N], ["request", "yes/no", "yes/no"],
         """\
Dear Chen,

Thank you for your email. Of course: bring the flute in any weekday and I’ll play-test it and give you a written quote before doing any work, and the check itself is free. Conservatoire students get 15% off all repairs with a student card. ‸

Best wishes,
Ian Pallett
"""),
    case("""\
Thanks Ian, I've passed this on to our musical director, Graham, who'll be in touch later this week.

Gill Sutcliffe
Secretary, Holme Valley Silver Band

-----Original Message-----
From: Ian Pallett <ian@pallettbrass.example.co.uk>
Sent: 04 December 2026 11:18
To: Gill Sutcliffe <secretary@holmevalleyband.example.org.uk>
Subject: RE: Cornet servicing

Hi Gill,

We can take four cornets at a time in January. Could you let me know which ones you'd like done first, and whether any players need a loan instrument while theirs is away?

Ian
""",
         [], [],
         """\
Thanks Gill, that's great. I'll wait to hear from Graham, and I'll keep two loan cornets back for January just in case.

Ian
""", quoted_only=True),
    case("""\
Dear Mr Pallett,

Clearing out my mum's loft last month, we found my grandad's old euphonium in its original case. He played with a colliery band in the 1950s, or so the family story goes, and I remember him playing carols in the street with it when I was very small. It's in a bit of a state: one of the valves won't go down at all, there are a couple of dents in the bell and the silver plating has gone quite black. My son is learning the trombone and is desperate to have a go on it. ⟦Is it worth restoring, or would it cost more than it's worth?⟧ ⟦Even a rough idea of cost would help, as I'd like to give it to him on his 16th in March.⟧ There's a name stamped on the bell, Besson Class A, and a number, 88157.

Kind regards,
Alison Thwaite
""",
         [Y, N], ["yes/no", "how much"],
         """\
Dear Alison,

What a lovely thing to find, and a Besson Class A from that era is well worth saving. They were beautifully made, and once the valve is freed and the dents are out it'll play as well as anything made today. Seized valves on old horns are usually just decades of dried oil, so I'm not too worried about that.

The silver plating is the bigger question: I can clean and polish what's there, or send it away to be replated, which looks stunning but takes longer. ‸

Bring it in whenever suits and I'll have a proper look.

Best wishes,
Ian
"""),

    # --- Ironbark Swag Co. (canvas swag maker, Australia) ---------------------------------------------
    case("""\
g'day ⟦is the double swag big enough for 2 adults and a kelpie⟧ 🐶 ⟦do u post to darwin⟧ and ⟦how long would it take to get there⟧. heading up the gibb river road in june
cheers
Shaz
""",
         [Y, Y, N], ["yes/no", "yes/no", "when"],
         """\
G'day Shaz,

Sounds like a ripper of a trip! The double is 1.4m wide, so two adults fit comfortably, and most kelpies curl up at the foot end no worries. We'll send it up by Australia Post as soon as it's paid for.‸

Cheers,
Bec
Ironbark Swag Co.
"""),
    case("""\
Hi,

I bought the Drover single from you in October and took it out for the first time last weekend. It rained overnight and water came straight through the seam at the head end, soaked my sleeping bag and pillow, and then the main zip split when I tried to get out in the dark. For $695 I expected it to keep the rain out at least once.

⟦I want it repaired or replaced under warranty, at your cost including freight both ways.⟧ ⟦Can you also tell me whether the canvas was actually proofed before it left?⟧ Because it certainly doesn't look like it.

Craig Moffatt
0491 570 157

On Fri, 4 Dec 2026 at 2:05 pm, Ironbark Swag Co. <sales@ironbarkswag.example.com.au> wrote:
> Hi Craig, sorry to hear about the swag. Could you send us a few photos of the seam and the zip so we can see what's happened?
""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Craig,

That's not good enough from us, and I'm sorry it happened on your first night out. Thanks for the photos: the seam tape at the head end has clearly lifted, and the zip slider is faulty.

I've emailed you a prepaid StarTrack label for the return, and we'll replace the swag outright with a new Drover, freight paid back to you. ‸

Cheers,
Bec
"""),
    case("""\
Hi Bec,

We run small-group outback tours out of Alice Springs and we're replacing our fleet swags before the 2027 season. Looking at 16 of the Drover doubles. Could you come back to me on:

• ⟦Trade pricing for 16⟧
• ⟦Lead time⟧ – we need them in Alice by mid-March
• ⟦Whether you can embroider our logo on the hood⟧
• ⟦Are replacement mattresses sold separately?⟧

Cheers,
Dave Pearce
Red Centre Small Group Tours
(08) 5550 1273
""",
         [Y, N, Y, Y], ["how much", "when", "yes/no", "yes/no"],
         """\
Hi Dave,

Thanks for thinking of us for the new fleet. For 16 Drover doubles our trade price is $890 each including GST, down from $1,095, and freight to Alice is on us for an order that size. We can embroider your logo on the hood for $25 a swag; just send through a vector file. ‸ Replacement mattresses are $180 each, so you can swap them out down the track without buying new swags.

Cheers,
Bec
"""),
    case("""\
Hello,

We are two French travellers and we will drive from Brisbane to Cairns in February and March with a campervan. We want to sleep sometimes outside under the stars in a swag. ⟦Do you rent swags, or only sell them?⟧ ⟦If only sell, do you buy back the swag when we leave Australia?⟧ ⟦Can we pick up in Toowoomba on 2 February?⟧

Merci beaucoup,
Léa Martin & Hugo Bernard
""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Léa and Hugo,

Sounds like a great trip! We only sell swags, we don't hire them out, and we don't buy them back either, but a lot of travellers sell theirs online before they fly home and get a good chunk of their money back. You're welcome to pick up from the workshop in Toowoomba on 2 February; we're open 8 till 4.

Cheers,
Bec
"""),
    case("""\
Thanks Bec, all good. Will order after Christmas once the bonus comes through.

Mick

Sent from my iPhone

On 5 Dec 2026, at 6:42 pm, Ironbark Swag Co. <sales@ironbarkswag.example.com.au> wrote:

> Hi Mick, the Stockman single is back in stock. Did you want the canvas in olive or sand? Let me know and I'll put one aside.
""",
         [], [],
         """\
No worries Mick, we'll be here. Just tell us olive or sand when you order and we'll get it straight out to you.

Bec
""", quoted_only=True),

    # --- Kōtuku Glowworm Caves (glow-worm cave tours, New Zealand) ------------------------------------
    case("""\
Kia ora,

My father uses a wheelchair and we'd love to take him on the glow-worm boat tour when the whole family's together in late January. There's nothing on your website about access, so ⟦I'm hoping you can tell me whether the boat part of the tour would work for him.⟧ He can stand for a minute or two with help. ⟦Are there many steps down to the cave?⟧

Thanks,
Anahera Rangi
""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Kia ora Anahera,

Thanks for asking ahead. The path to the cave entrance is paved and flat, with a ramp, but the boat landing itself is down 32 steps with a handrail, so I'm sorry to say the boat isn't possible in a wheelchair. Our upper gallery is step-free, though, and lots of families bring their koro through that part and then meet up at the café.

Ngā mihi,
Tama
"""),
    case("""\
hi ⟦can we bring our 8 month old on the boat⟧ 👶 ⟦is there somewhere to change her nappy⟧ 🙈 also ⟦what time is the last tour on new years eve⟧ x

Kim
""",
         [Y, Y, N], ["yes/no", "yes/no", "when"],
         """\
Hi Kim,

Babies are welcome on the boat as long as they're in a front carrier, not a pram. There's a changing table in the accessible toilet by the ticket office. ‸On New Year's Eve our hours change, so it's best to check the booking page closer to the day.

Tama
"""),
    case("""\
To the manager,

We drove four hours from Auckland on Saturday for the 2pm tour, only to be told at the ticket desk that the cave was closed because of flooding. Nobody rang or emailed us, even though you had my mobile number on the booking. The girl at the desk offered us a voucher, which is useless to us as we fly home to Perth on Thursday.

⟦I want a full refund of the $196 to my card.⟧ ⟦I'd also like an explanation of why you couldn't have let us know before we left Auckland.⟧

Regards,
Grant Ellison
Sent from my iPad
""",
         [Y, N], ["request", "why"],
         """\
Dear Grant,

I'm very sorry. Four hours in the car for nothing is awful, and you should have heard from us before you set off.

I've refunded the full $196 to the card you booked with this morning; you'll see it in three to five working days. ‸

Regards,
Tama Hohaia
Operations Manager
"""),
    case("""\
Dear Sir/Madam,

We are a group of 24 international students from the University of Waikato, from India, Malaysia and Sri Lanka. We are planning a trip on Saturday 27 February. Kindly provide the following details:

1. ⟦Group rate for 24 students with ID⟧
2. ⟦Is lunch available at the site or shall we carry?⟧
3. ⟦Tour timings on Saturdays⟧

Also ⟦please do the needful to reserve 24 places for the 11am tour if available.⟧

Thanking you,
Arjun Menon
Student Committee, Waikato International Students' Association

CONFIDENTIALITY: This email may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
""",
         [Y, Y, N, N], ["how much", "yes/no", "when", "request"],
         """\
Dear Arjun,

Thank you for choosing us for your trip. Our student group rate is $38 per person with a valid student ID. The café on site does sandwiches, pies and hot food, or you're welcome to bring your own lunch and use the picnic area by the stream.

‸Let me know if you have any other questions.

Ngā mihi,
Tama
"""),
    case("""\
Kia ora, I rang on Friday about the blue Macpac jacket my son left on the 3pm boat tour on Thursday 3 December. The lady said she'd check with the guides and call me back, but I haven't heard anything yet. ⟦Has it turned up?⟧ If it has, ⟦could you courier it to us in Hamilton⟧ and ⟦let me know what I owe you for that?⟧

Rebecca Tuhoe
""",
         [Y, Y, N], ["yes/no", "request", "how much"],
         """\
Kia ora Rebecca,

Sorry you didn't get a call back. Good news: one of our guides found the jacket under a seat on the boat, and it's been in the office since Friday. I'll courier it to your Hamilton address tomorrow morning. ‸

Ngā mihi,
Tama
"""),

    # --- Packhorse Baggage Transfers (walkers' baggage transfer, UK) ----------------------------------
    case("""\
Hello from Vermont!

My husband Bill and I are finally walking the Coast to Coast this spring, a trip we've been planning since our honeymoon (which was 30 years ago, so it's taken a while!). We start in St Bees on Sunday, May 16, and finish in Robin Hood's Bay on Saturday, May 29, with a rest day in Keld. We've booked all our B&Bs ourselves, and I have the list in a spreadsheet I can send you. Bill packs light but I confess I do not, so ⟦is there a weight limit per bag⟧, and ⟦would it be a problem if we had three bags between us instead of two?⟧ ⟦Do you collect from St Bees station, by the way, as we're arriving by train the night before?⟧ And ⟦how much would that come to for the two of us?⟧

Thanks so much,
Carol Whitfield
""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
         """\
Dear Carol,

Thank you, and congratulations on finally getting to walk it!

Each bag can weigh up to 18kg, and three bags between the two of you is no problem at all; we simply charge per bag. We don't go to the station, but we collect from your accommodation each morning by 9am, so we'll start from wherever you stay the night before in St Bees. ‸ If you send me your spreadsheet, I'll check each B&B is on our route.

Best wishes,
Hannah
Packhorse Baggage Transfers
"""),
    case("""\
I'm writing for the third time about our Dales Way walk in October. On the fourth night our bags went to the Red Lion in Burnsall instead of our B&B two miles up the valley, and we had to get a taxi to fetch them at 9pm after walking 14 miles. I paid £23.50 for that taxi and I've sent you the receipt twice.

⟦I expect the taxi fare back.⟧ ⟦Why have my last two emails been ignored?⟧

Martin Hale

Sent from my Galaxy
""",
         [Y, Y], ["request", "why"],
         """\
Dear Mr Hale,

I'm sorry. Your emails went into an old bookings folder that we should have been checking, and that's no excuse for the wait.

I've transferred £23.50 to the account you paid from this morning, and added £20 on top for the trouble.

Hannah Brooks
Packhorse Baggage Transfers
"""),
    case("""\
⟦Do you do the Cotswold Way?⟧ ⟦If not, know anyone who does?⟧

Rob
""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Hi Rob,

Sorry, we only cover the northern trails: the Coast to Coast, the Dales Way, Hadrian's Wall and the Cleveland Way. ‸

Best,
Hannah
"""),
    case("""\
Hello,

We are two friends from Valencia and we will walk the Hadrian's Wall path from 7 to 13 June. We have some doubts:

- ⟦How we pay, with card in the website or by bank transfer?⟧
- ⟦If one day we are very tired, is possible that you take also us, not only the bags?⟧
- ⟦Where we must leave the bags every morning?⟧
- ⟦Until what hour?⟧

Muchas gracias,
Carmen Ruiz
""",
         [Y, N, Y, Y], ["which", "yes/no", "where", "when"],
         """\
Hola Carmen,

Thank you for your email. You can pay by card on our website when you book, which is easiest, or by bank transfer if you prefer; the details are on the invoice. Bags need to be in the porch or reception of your accommodation by 8.30am each day, with our luggage tag on. ‸

Best wishes,
Hannah
"""),
    case("""\
Hi Hannah,

See below from the B&B in Keld, thought you should have it.

Jill

---------- Forwarded message ---------
From: Keld Lodge Bookings <stay@keldlodge.example.co.uk>
Date: Sat, 5 Dec 2026 at 16:44
Subject: Your stay 22-23 May
To: Jill Ashworth <jill.ashworth@example.com>

Dear Jill,

Just to say, could your baggage company please note that we can't take bags before 2pm, as there's nobody at reception until then.

Kind regards,
Keld Lodge
""",
         [], [],
         """\
Thanks Jill, that's really helpful. I've added a note to your booking so our driver drops at Keld Lodge after 2pm on 22 May.

Hannah
""", quoted_only=True),

    # --- Pecos Street Boot Co. (custom cowboy-boot maker, US) -----------------------------------------
    case("""\
Hi there,

I've wanted a pair of handmade boots since I was a kid watching my granddad polish his every Sunday night. He had one pair his whole adult life, resoled I don't know how many times, and they're sitting in my closet now, way too small for me. I'm getting married on Saturday, April 24, at my fiancée's family ranch outside Lampasas, and I can't think of a better time to finally do it. I'd want something in a dark chocolate brown, maybe with a stitch pattern that echoes his. ⟦Can you get a pair done in time for the wedding if I order now?⟧ I live in Houston, so ⟦do I have to come out to San Angelo for a fitting or can you work from measurements?⟧ ⟦Ballpark, what does a pair like that cost?⟧

Thanks,
Tyler Garza
""",
         [Y, Y, N], ["yes/no", "which", "how much"],
         """\
Hi Tyler,

Congratulations on the wedding, and what a great reason for a first pair.

Our waitlist is running about 14 weeks right now, so if we measure you before Christmas you'll have them by the end of March, with time for a few wears before the big day. We do need you here in person for the first fitting; the tracing and measurements are the foundation of the whole boot, and we don't make customs without them. If you can bring your granddad's pair along, we'll copy the stitch pattern from the shaft. ‸

Best,
Wade Caldwell
Pecos Street Boot Co.
(325) 555-0161
"""),
    case("""\
Wade,

I sent my ostrich boots in for a resole and heels back in October, and when they came back last week the heels were a full half inch lower than before. I walk different in them now and my knee is killing me. I wrote "same heel height" on the form in capital letters.

⟦I want them redone at no charge⟧ and ⟦you can pay the shipping both ways this time.⟧ ⟦How long is that going to take?⟧ I've got a rodeo committee dinner January 16.

Dale Hutchins
Abilene, TX
""",
         [Y, Y, N], ["request", "request", "when"],
         """\
Dale,

You're right, and I'm sorry. The form says same height and we got it wrong. I've emailed you a prepaid FedEx label, and we'll rebuild the heels to the original height at no charge and ship them back on our dime. ‸

Wade
"""),
    case("""\
hey ⟦yall make boots for kids too⟧ 🤠 my little brother is turning 6 and wants some just like mine. ⟦how much for kids size⟧ and ⟦can u put his name on the side⟧ 🙏

Sent from my iPhone
""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hey Kaylee,

We sure do 🤠 Kids' customs start at $450, and since they grow so fast we build them with a little extra room in the toe. ‸ When's his birthday?

Wade
"""),
    case("""\
Wade,

Per our call this morning, I've attached the foot tracings and the measurements my wife took. ⟦Let me know they came through okay and that they're what you need.⟧ ⟦When do you need the deposit by?⟧

Thanks,
Luis

-----Original Message-----
From: Wade Caldwell <wade@pecosstreetboots.example.com>
Sent: Friday, December 4, 2026 3:22 PM
To: Luis Ochoa <lochoa@example.net>
Subject: RE: Custom boots

Luis, I'm around Monday morning if you want to call. Please have the tracings done before then.
""",
         [Y, N], ["request", "when"],
         """\
Luis,

Got them, thanks. The tracings are nice and clear and the measurements all line up, so we're good to go. ‸

Wade
"""),
    case("""\
Hello Mr. Caldwell,

Greetings from Oslo. I am collecting western boots for many years and I saw on Instagram your boots with the Texas star inlay. I am very interested in a pair. ⟦Do you ship to Norway?⟧ ⟦The customs taxes are included in the price or I pay them when it arrives?⟧ ⟦Is it possible that a shoemaker here in Oslo makes the measurements and sends them to you?⟧

Best regards,
Henrik Solberg
""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """\
Dear Henrik,

Thank you for the kind words! We ship to Norway with DHL, and it takes about a week. Import duty and VAT are not included in our prices, so DHL will collect them from you on delivery. ‸

Best regards,
Wade Caldwell
"""),

    # --- Panel Hoppers Comics (pull-list subscriptions, US) -------------------------------------------
    case("""\
hey ⟦can u add night sentinel to my pull list⟧ 🦇 and ⟦take off star rangers⟧, its gotten so bad lol. also ⟦is the holiday special out yet⟧

Devin
""",
         [Y, Y, N], ["request", "request", "yes/no"],
         """\
Hey Devin,

Done! 👍 Night Sentinel is on your pull from issue #4, and Star Rangers is off. ‸

Jess
Panel Hoppers Comics
"""),
    case("""\
Hi,

I've had a pull box at your shop for six years. When I came in Saturday after three weeks away, half my box was gone. The guy at the register said anything older than 30 days gets "returned to the shelf." Nobody ever told me about a 30-day rule, and two of those were variant covers I can't get anywhere else now. ⟦I want those two variants found or replaced.⟧ ⟦When did this policy start?⟧ And ⟦why wasn't anyone told?⟧

Ben Alvarez
""",
         [N, Y, Y], ["request", "when", "why"],
         """\
Hi Ben,

I'm really sorry. You're one of our longest subscribers, and you should have had an email before anything left your box. The 30-day rule came in last month when we switched to the new register system, and the email about it clearly didn't reach everyone on the list, which is on us.

I've gone through the sales records, and one of your variants was still on the shelf, so it's back in your box. ‸

Jess Moreno
Owner, Panel Hoppers Comics
"""),
    case("""\
Hello!

My 10-year-old, Owen, has suddenly become obsessed with comics after a friend lent him a stack at school, and he reads them under the covers with a flashlight when he thinks we're asleep. I don't know the first thing about them, but I'd love to set him up with something for Christmas that arrives every month, so he has something to look forward to. ⟦Could you recommend a few series that are good for his age⟧ – he likes superheroes, but nothing too scary? ⟦I'm also wondering if a pull list can be paid for in advance, like three or six months, so it works as a gift.⟧ We live about 40 minutes away in Salem, so ⟦would you be able to mail them to him?⟧

Thank you!
Megan Foster
""",
         [Y, Y, Y], ["request", "yes/no", "yes/no"],
         """\
Hi Megan,

What a great gift! For Owen's age I'd go with Star Rangers Adventures, Mighty Mo and the Junior Sentinels: lots of action, nothing he'll lose sleep over.

You can prepay a pull list for any number of months at the register or over the phone, and we'll print a gift certificate to go under the tree. We mail pull lists anywhere in Oregon; for Salem it's $4 a month.

Jess
"""),
    case("""\
Hi Jess,

I'm the teen librarian at the Westmoreland Branch Library. We'd like to order graphic novels for our new teen collection, and I was told you do library orders. A few things:

1) ⟦Do you offer a library discount?⟧
2) ⟦Delivery to the branch, or do we need to pick up?⟧
3) ⟦An invoice with net-30 terms (our finance office can't pay by card)⟧
4) ⟦Can you order from a list I send, even titles you don't normally stock?⟧

Thanks,
Priya Raman
Teen Services Librarian
Westmoreland Branch Library
(503) 555-0138

This message may contain confidential information and is intended only for the individual named. If you are not the named addressee, please notify the sender and delete this e-mail.
""",
         [Y, N, Y, Y], ["yes/no", "yes/no", "request", "yes/no"],
         """\
Hi Priya,

Happy to help get the teen collection going! Libraries get 20% off cover price, and we're glad to invoice on net-30; I'll set your branch up as an account today. Send me your list and I'll order everything our distributor carries, including titles we don't normally stock, and let you know about anything out of print. ‸

Jess
"""),
    case("""\
Hello,

I am moving back to Turkey in January and I cannot take my comic collection with me. It is around 300 comics, mostly Marvel from 2015 to 2022, in good condition with bags and boards. ⟦Do you buy collections?⟧ ⟦How you decide the price?⟧ ⟦You can come to see them, or I must bring them to the shop?⟧ I live in Beaverton and I don't have car.

Thank you,
Emre Yılmaz
""",
         [Y, Y, N], ["yes/no", "how", "which"],
         """\
Hi Emre,

Thanks for thinking of us. We do buy collections, and we offer a percentage of current market value, usually 30–40% for modern books in good shape, depending on what's in demand. ‸

Jess
"""),
]
