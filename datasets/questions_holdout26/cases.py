"""The cases of Tactful's questions held-out set 26 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout26.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
cider maker with an orchard shop, a US axe-throwing venue, a stairlift installer, a US SAT/ACT
test-prep tutoring centre, a clay-pigeon shooting ground, a trophy and engraving shop, a US
professional home organizer, a wedding and events harpist, a beach-hut hire business, a US
maple-syrup farm's web shop, an airport-transfer car firm, a poultry breeder selling hens, a US
real-estate drone photographer and a canine hydrotherapy centre.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Brambleford Cider (cider maker with an orchard shop, UK) ----------------------------------
    case("""\
⟦Do you still have the Christmas gift boxes?⟧ ⟦Last order date for delivery to Leeds?⟧

Sent from my iPhone""",
         [Y, Y], ["yes/no", "when"],
         """\
Hello,

We do – the three-bottle box (£24) and the mixed six (£39) are both on the website, though the six is running low. Order by Thursday 17 December and the courier will get it to Leeds before Christmas.

Cheers,
Ruth
Brambleford Cider"""),

    case("""\
Hi Ruth,

Thanks so much for getting back to me so quickly last week. I've been mulling it over with my sister, who's the one turning sixty – she's never been to a wassail, but she grew up near Ledbury and still talks about her grandad banging saucepans in the orchard on Twelfth Night, so I think it would mean a lot to her. There'll be eight of us in all, two of them children (9 and 12). ⟦Are children allowed at the wassail⟧, and ⟦if so, what do they pay?⟧ My brother-in-law uses a wheelchair, and from your photos the orchard looks fairly muddy in January. ⟦Is there a path he could use, or somewhere under cover near the bonfire?⟧ We'd be driving over from Worcester, and my sister doesn't drink (she'll be our driver anyway!). ⟦Do you do anything non-alcoholic on the night?⟧

⟦I'd like to book eight tickets for Saturday 16 January if there's still room.⟧

Many thanks,
Joanna Tilley

On Wed, 2 Dec 2026 at 10:14, Brambleford Cider <hello@bramblefordcider.example.co.uk> wrote:
> Hi Joanna,
>
> Thanks for your interest in our wassail! This year's is on Saturday 16 January from 5pm. Tickets are £18 for adults and include a hot cider and a hog roast roll. Do let me know if you have any other questions.
>
> Ruth""",
         [Y, N, Y, N, Y], ["yes/no", "how much", "yes/no", "yes/no", "request"],
         """\
Hi Joanna,

How lovely – we'd be delighted to have your sister's birthday with us. Children are very welcome; the younger ones are usually the loudest pot-bangers. I've put eight tickets aside for Saturday 16 January under your name, and I'll send the payment link this afternoon.‸

The track from the car park to the bonfire is hard-standing all the way, and the old cider barn right beside the fire is where we serve the food, so your brother-in-law can stay under cover all evening.

See you in January,
Ruth"""),

    case("""\
Hello,

I run the Feathers in Much Marcle and we're looking to put a local cider on draught from February. A few things I'd need before I take it to the owners:

- ⟦Your trade price per 20-litre bag-in-box for the medium dry⟧
- ⟦Minimum order⟧
- ⟦Delivery days for our area⟧
- ⟦Whether you can lend us a chiller or we'd need to buy our own⟧

⟦Could you also drop off a few samples so the staff can have a taste?⟧

Thanks,
Gareth Lewis
Licensee, The Feathers
07700 900418

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it.""",
         [Y, Y, Y, N, Y], ["how much", "how much", "when", "yes/no", "request"],
         """\
Dear Gareth,

Thanks for thinking of us for the Feathers. Our medium dry is £62 a box to the trade, and the minimum order is three boxes, which you can mix with the dry or the perry. We deliver around Much Marcle on Tuesdays and Fridays.‸

I'll drop samples of the medium dry, the dry and the perry in on Thursday when I'm passing – would after 2pm suit?

Best wishes,
Ruth Powell
Brambleford Cider"""),

    case("""\
This is the second time. The box arrived this morning with two of the six bottles smashed and the whole thing soaked through, and the courier had left it on the doorstep in that state. It was meant to be my dad's Christmas present.

⟦I want the two bottles replaced before Christmas, not a voucher.⟧ And ⟦can someone explain why your boxes still have no dividers when I complained about exactly this in October?⟧

Photos attached.

Mark Ellery

On Thu, 3 Dec 2026 at 16:40, Brambleford Cider <orders@bramblefordcider.example.co.uk> wrote:
> Hi Mark, your order BC-20784 has been dispatched with our courier and should reach you within three working days.
>
> On Tue, 1 Dec 2026 at 09:02, Mark Ellery <mark.ellery@example.com> wrote:
>> Hi, can you confirm my order went through? I never got an email.""",
         [Y, N], ["request", "why"],
         """\
Dear Mark,

I'm so sorry – that's not what anyone wants to open, least of all a Christmas present, and I'm sorry it has happened to you twice. Two replacement bottles of the Kingston Black went out this afternoon by next-day courier, each in its own sleeve, so they'll be with you well before Christmas. There's nothing to send back.‸

Thank you for the photos.

Ruth"""),

    case("""\
Dear Brambleford team,

We are a group of 6 friends from Utrecht and we make a cycling holiday in Herefordshire in May next year. We like very much to visit your orchard when the trees have blossom. ⟦Is it possible to make a tour on Friday 7 May?⟧ ⟦How long takes the tour?⟧ ⟦Where can we leave the bicycles during the tour?⟧ Also ⟦we want to know if you can send cider to the Netherlands, because on bicycles we cannot carry many bottles.⟧

Kind regards,
Pieter van Dam""",
         [Y, Y, Y, N], ["yes/no", "when", "where", "yes/no"],
         """\
Dear Pieter,

What a lovely way to see the county. Blossom is usually at its best in the first fortnight of May, so your timing is good, and I've pencilled in a tour for six on Friday 7 May at 11am – just confirm nearer the time. It takes about an hour and a half, with a tasting at the end, and there's a covered bike rack by the shop door. If you'd like to take a bottle or two with you, we have small padded carriers that fit in a pannier.‸

Best wishes,
Ruth"""),

    # --- Timberline Axe House (axe-throwing venue, Columbus, US) -------------------------------------
    case("""\
hey ⟦do yall take walk ins on sat night or do we need to book⟧ 🙏 also ⟦is there an age limit⟧, my son is 15 😬 ⟦can he throw⟧

Sent from my iPhone""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hey!

Saturday nights fill up fast, so I'd book a lane online – we only take walk-ins when there's a gap, and on Saturdays there rarely is. Throwers have to be 13 or older, and under-18s need a parent or guardian to sign the waiver and stay with them, so your son is good to go as long as you're there too 🪓

Dani
Timberline Axe House"""),

    case("""\
Hi there,

I'm organizing our team's holiday outing for about 22 people, and axe throwing won the vote (by a lot). A few questions:

1. ⟦Can you fit 22 people at once⟧, and ⟦how many lanes would that be?⟧
2. ⟦Do you have a private room or area we could have to ourselves?⟧
3. ⟦What's the per-person cost for two hours?⟧
4. ⟦Is food included, or can we bring in pizza?⟧
5. ⟦Availability on Thursday, December 17, or Friday, December 18, after 6 p.m.⟧

Thanks!
Megan Ortiz
Office Manager | Corliss Insurance Partners
(614) 555-0163

This message may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.""",
         [Y, Y, Y, N, N, Y], ["yes/no", "how much", "yes/no", "how much", "which", "which"],
         """\
Hi Megan,

Thanks for thinking of us! 22 works great – we'd put you across four lanes, five or six throwers each, and everyone rotates. Our back room, the Lumber Room, has exactly four lanes and its own bar, so you'd have it to yourselves, and the bar stays open all evening.

Friday the 18th is already booked solid, but Thursday, December 17 is open from 6:30 p.m.‸ Let me know and I'll hold it for you.

Dani
Events, Timberline Axe House
(614) 555-0119"""),

    case("""\
I cancelled our booking by phone on Friday and the guy said it was fine. Now I see $180 taken from my card as a "no-show fee". ⟦I want it refunded today.⟧ ⟦Who did I speak to on Friday⟧, and ⟦why wasn't the cancellation put in the system?⟧

Here's your own confirmation so you can see the booking number.

Kevin Marsh

---------- Forwarded message ---------
From: Timberline Axe House <bookings@timberlineaxe.example.com>
Date: Tue, Dec 1, 2026 at 11:05 AM
Subject: Your booking is confirmed – TAH-55810
To: Kevin Marsh <kmarsh@example.net>

Your lane is booked for Saturday, December 5, 2026 at 7:00 PM for 4 throwers. Need to change your booking? Reply to this email or call (614) 555-0119. Cancellations less than 24 hours before your session are charged in full.""",
         [Y, N, N], ["request", "which", "why"],
         """\
Hi Kevin,

I'm really sorry about this. I've refunded the $180 to your card this morning; depending on your bank it usually shows up within 3–5 business days.‸

If you'd still like to come throw, the first hour of your next visit is on us.

Dani
Timberline Axe House"""),

    case("""\
Hi Dani,

Thanks for the info on the winter league. I talked it over with my buddy Ray and we're both in. ⟦I was wondering whether we can sign up as a pair or if each of us has to register separately.⟧ ⟦If one of us misses a week for work travel, can he make up his throws another night?⟧ Also, ⟦do we need to buy our own axes?⟧

Thanks,
Luis Herrera

On Fri, Dec 4, 2026 at 3:18 PM Timberline Axe House <dani@timberlineaxe.example.com> wrote:
> Hi Luis,
>
> Our winter league runs eight Tuesdays starting January 12. It's $140 per person, which covers lane time and a league shirt. Want me to save you a spot?
>
> Dani""",
         [Y, N, Y], ["which", "yes/no", "yes/no"],
         """\
Hey Luis,

Awesome, glad you're both in! You'll each register on your own, since that's how we keep scores, but put each other's name in the "team" box and we'll pair you on the same lane. House axes are included, and plenty of league throwers use them all season; if you catch the bug, we stock a few in the pro shop.‸

Dani"""),

    case("""\
Just wanted to say a huge thank you to Marcus for running our bachelorette party on Saturday. He was so patient with Jess, who missed every single throw for an hour and then hit the bullseye on her very last one and screamed the place down 😂 Where has she been hiding that arm all these years? We'll definitely be back.

Britt Sorensen""",
         [], [],
         """\
Hi Britt,

This made our day – I've passed it on to Marcus, who says his ears are still ringing. Come back any time, and bring Jess!

Dani
Timberline Axe House"""),

    # --- Steadyrise Stairlifts (stairlift installer, UK) ---------------------------------------------
    case("""\
Dear Sir or Madam,

I’m writing on behalf of my mother, who is 84 and lives on her own in a Victorian terrace in Stockport. She had a fall in October, and since coming home from hospital she’s been sleeping on the sofa downstairs because she can’t manage the stairs, which is doing her back no good at all. The occupational therapist mentioned stairlifts and gave us your leaflet. The stairs are straight but narrow – about 70cm at the bottom – and there’s a radiator on the wall about halfway up. ⟦Would a stairlift even fit on stairs that narrow?⟧ I’ve read that curved ones are very expensive, but hers are straight, so ⟦could you give me a rough idea of the cost of a straight one, fitted?⟧ She’s on a state pension, and I’ve seen that you can also rent them. ⟦Is renting worth it for someone her age, or is buying better in the long run?⟧ Lastly, ⟦how soon could someone come out to measure up?⟧

Many thanks,
Helen Barker
0161 496 0735

From: Steadyrise Stairlifts <info@steadyrise.example.co.uk>
Sent: Wednesday, 2 December 2026 09:12
To: Helen Barker
Subject: Your brochure request

Dear Helen, thank you for requesting our brochure, which is attached. If you have any questions, please don’t hesitate to get in touch.""",
         [Y, Y, N, Y], ["yes/no", "how much", "which", "when"],
         """\
Dear Helen,

I’m sorry to hear about your mother’s fall. It’s very common for people to end up living downstairs after a spell in hospital, and a stairlift usually gets them back to their own bed quickly. 70cm is fine: our slimmest straight model needs only 62cm, and the rail can pass a radiator on a short bracket. A new straight stairlift, fitted, starts at £2,350, and we also have reconditioned ones from £1,495 with the same two-year warranty.‸

I can send a surveyor on Thursday 10 December or Monday 14 December, whichever suits you and your mother, and there’s no charge for the visit.

Kind regards,
Jane Whitley
Steadyrise Stairlifts
0161 496 0288"""),

    case("""\
⟦Do you service Brooks stairlifts if we didn't buy it from you?⟧ Ours is beeping and won't go up.

D. Faulkner""",
         [Y], ["yes/no"],
         """\
Dear Mr Faulkner,

We look after plenty of Brooks lifts, wherever they were bought. A steady beep usually means it isn't charging: check it's parked at the very end of the rail, on the charging strip, and leave it an hour. If it still won't go up, ring us on 0161 496 0288 and we'll get an engineer out to you.

Regards,
Jane
Steadyrise Stairlifts"""),

    case("""\
Your engineer was supposed to come between 8 and 12 today to repair my father’s stairlift. Nobody came, nobody rang, and when I called at 1pm I was on hold for 25 minutes and then cut off. My father is 91 and has been stuck upstairs since Saturday.

⟦I want an engineer here first thing tomorrow, with a definite time.⟧ ⟦I also want to know what you’re going to do about the fact that this is the third missed visit this year.⟧

Philip Crane

-----Original Message-----
From: Steadyrise Service <service@steadyrise.example.co.uk>
Sent: 04 December 2026 15:30
To: Philip Crane
Subject: Service visit confirmed

Your engineer visit is confirmed for Monday 7 December between 8am and 12pm. Please make sure someone is at home to let the engineer in. Questions? Call us on 0161 496 0288.""",
         [Y, N], ["request", "how"],
         """\
Dear Mr Crane,

I’m very sorry. There’s no excuse for leaving your father stuck upstairs, or for your call being dropped. Our engineer Sean will be with you at 8am tomorrow, Tuesday 8 December; he’s your first call of the day, and I’ve given him your number in case anything changes.‸

Yours sincerely,
Jane Whitley
Customer Service Manager
Steadyrise Stairlifts"""),

    case("""\
Thursday at 10 is perfect, thank you. Mum will be in, and my brother’s coming over too, so there’ll be someone to let him in.

Helen

On Mon, 7 Dec 2026 at 09:41, Jane Whitley <jane@steadyrise.example.co.uk> wrote:
> Dear Helen,
>
> I can send our surveyor on Thursday 10 December at 10am. Could you let me know whether that suits, and whether someone will be there to let him in?
>
> Kind regards,
> Jane""",
         [], [],
         """\
Dear Helen,

Lovely – that’s booked. Our surveyor is Ravi, and he’ll ring your mother’s number when he’s on his way.

Kind regards,
Jane""",
         quoted_only=True),

    case("""\
Good morning,

My father-in-law has a rental stairlift from you since March. Sadly he passed away last week. I need to ask few things:
- ⟦When you can come to take the stairlift out?⟧
- ⟦Must we pay the rent for December or it stops now?⟧
- ⟦Please send me the paper which says the contract is finished, for the housing association.⟧

Thank you,
Tomasz Nowicki""",
         [N, Y, Y], ["when", "yes/no", "request"],
         """\
Dear Tomasz,

I’m very sorry for your loss. Please don’t worry about the rental: I’ve stopped it from the date your father-in-law passed away, and nothing more will be taken. Our collections team will ring you to arrange a day that suits the family.‸ I’ve attached a letter confirming the agreement has ended, which you can pass on to the housing association.

With kind regards,
Jane Whitley
Steadyrise Stairlifts"""),

    # --- Keystone Prep (SAT/ACT test-prep tutoring centre, Princeton, US) -----------------------------
    case("""\
Hi Ms. Alvarez,

Thank you for the call on Friday – it really helped to hear how the program works. I talked with Ethan last night and he's on board, which, if you knew Ethan, is a small miracle. His PSAT came back at 1180 and he's hoping to get into the 1400s for the March 13 SAT. ⟦Is three months realistic for that kind of jump?⟧ He has basketball on Tuesdays and Thursdays until late February, so ⟦would it be possible to do sessions on Monday and Wednesday evenings, or weekends?⟧ You also mentioned a diagnostic test. ⟦Does he take that at your office or online?⟧

Best,
Rachel Kim

On Fri, Dec 4, 2026 at 5:02 PM Keystone Prep <sofia@keystoneprep.example.com> wrote:
> Hi Rachel,
>
> It was great talking with you. As promised, I've attached our package overview. Let me know if you have any questions!
>
> Sofia Alvarez""",
         [N, Y, Y], ["yes/no", "yes/no", "which"],
         """\
Hi Rachel,

I'm so glad Ethan's on board! Monday and Wednesday evenings work well – I've got 6:30 p.m. open with Daniel, one of our strongest math tutors, on both nights. The diagnostic is a full practice SAT he can take online at home, on the Bluebook app, any time this week. Once we see where his points are coming from, we'll have a much clearer picture of the plan.‸

Sofia"""),

    case("""\
⟦How much for the 10-session ACT package?⟧ ⟦Online ok?⟧

Sent from my iPhone""",
         [Y, Y], ["how much", "yes/no"],
         """\
Hi there,

The 10-session ACT package is $1,150, and every session can be done over Zoom – most of our ACT students never set foot in the office.

Sofia
Keystone Prep"""),

    case("""\
Sofia,

This is the third session in a row that Ms. Pruitt has canceled with less than two hours' notice. Last night Maya sat at the kitchen table for twenty minutes waiting for a Zoom call that never started. We are paying $115 an hour for this.

⟦I'd like those three sessions credited back to our account⟧, and ⟦I want Maya moved to a different tutor before her test in March.⟧ ⟦Can you also tell me what your policy is when a tutor cancels?⟧ I couldn't find one anywhere on your website.

Diane Whitford

From: Sofia Alvarez <sofia@keystoneprep.example.com>
Sent: Wednesday, December 2, 2026 10:15 AM
To: Diane Whitford
Subject: RE: Maya's schedule

Hi Diane, Maya's sessions with Ms. Pruitt are confirmed for Sundays at 4 p.m. through February. Does that still work for you?""",
         [Y, Y, N], ["request", "request", "how"],
         """\
Hi Diane,

I'm so sorry. That isn't acceptable, and Maya shouldn't have been left waiting. I've credited all three sessions back to your account ($345), and from this Sunday Maya will work with Mr. Okafor, who has had great results with SAT reading. He's free at 4 p.m. on Sundays, so her schedule won't change.‸

Sofia"""),

    case("""\
Dear Keystone Prep,

My son is 10th grade and we move from Shanghai to Princeton in January. His English is good but not perfect. ⟦Do you have teacher who can explain math in Chinese when he don't understand?⟧ Also ⟦please tell me the price of small group class⟧, and ⟦when the next group begin.⟧

Thank you very much,
Li Wei (father of Chen Hao)""",
         [Y, N, Y], ["yes/no", "how much", "when"],
         """\
Dear Mr. Li,

Welcome to Princeton, almost! We don't have a Mandarin-speaking math tutor at the moment, I'm afraid, but our tutors are used to working with students whose first language isn't English, and they slow down and check understanding as they go. Our next small-group SAT class starts Saturday, January 23, and meets every Saturday morning for ten weeks.‸

Best regards,
Sofia Alvarez
Keystone Prep
(609) 555-0148"""),

    case("""\
Hi Sofia, forwarding this from Ethan's school counselor for your records. She's been great.

Rachel

---------- Forwarded message ---------
From: Laura Benning <lbenning@westbrookhs.example.org>
Date: Thu, Dec 3, 2026 at 2:47 PM
Subject: Ethan's testing plan
To: Rachel Kim <rkim@example.com>

Hi Rachel, I saw Ethan is planning on the March SAT. Could you ask his tutor to send me his practice scores once he has a couple? It would help with his college list.

Laura Benning
School Counselor, Westbrook High School""",
         [], [],
         """\
Hi Rachel,

Thanks for sending this over! I'm happy to share Ethan's practice scores with Ms. Benning once he has a couple under his belt – I'll check with you both before anything goes out.

Sofia""",
         quoted_only=True),

    # --- Hollowmoor Shooting Ground (clay-pigeon shooting ground, UK) --------------------------------
    case("""\
Hi,

I’m looking for a Christmas present for my husband, who has been going on about clay shooting ever since his brother’s stag do in the summer. ⟦I was wondering whether you do gift vouchers for a lesson for a complete beginner⟧, and ⟦whether they can be posted in a card rather than emailed.⟧ ⟦How long are they valid for?⟧ He’s left-handed, which I gather can be an issue. ⟦Will that be a problem?⟧

Thanks very much,
Claire Dunmore

Sent from my iPad""",
         [Y, Y, Y, N], ["yes/no", "which", "when", "yes/no"],
         """\
Dear Claire,

What a lovely present. Our Beginner’s Taster voucher is £85 for 50 clays with a coach, and I’m very happy to post it in a card – if you send me your address, it’ll go out tomorrow. Vouchers are valid for twelve months from the day they’re issued.‸

Best regards,
Amy
Hollowmoor Shooting Ground"""),

    case("""\
Good afternoon,

Following our phone call on Friday, I’m now putting together a proposal for our partners’ away day in the spring. To recap what I need from you:

• ⟦A quote for 16 people, half-day, with lunch⟧
• ⟦Your available Fridays in April or May⟧
• ⟦Confirmation that none of the group will need a shotgun certificate⟧
• ⟦Whether you can do a vegetarian and a gluten-free lunch⟧

Kind regards,
Nadia Rahman
Practice Manager, Whitcombe & Hale LLP
020 7946 0573

________________________________
From: Amy Lawson <amy@hollowmoor.example.co.uk>
Sent: 04 December 2026 11:20
To: Nadia Rahman
Subject: Corporate days

Dear Nadia, thank you for your call. Could you send me the details in writing so I can put a quote together?""",
         [Y, Y, Y, N], ["how much", "when", "yes/no", "yes/no"],
         """\
Dear Nadia,

Thank you – it was lovely to speak on Friday. For 16 people, a half-day with a two-course lunch comes to £2,240 plus VAT. In April we have Friday 9 and Friday 23 free, and in May Friday 14 and Friday 28. Nobody needs a certificate to shoot with us under an instructor’s supervision, so your partners can simply turn up. I’ve attached our lunch menu so you can see the options.‸

Kind regards,
Amy Lawson
Events Manager, Hollowmoor Shooting Ground"""),

    case("""\
hiya ⟦is 14 too young to have a go⟧ 😅 me n my dad want to come in the xmas hols. ⟦how much is it for 2 people⟧ n ⟦do we need to bring anything⟧""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi!

14 is fine – we coach anyone from 12 up as long as a parent comes too, so your dad’s the perfect partner. We’re open every day over the Christmas holidays except the 25th and 26th, and the Have-a-Go session is the one to book.‸ Just wear warm clothes and sturdy boots; we lend you everything else (gun, ear defenders, glasses and a vest).

Amy"""),

    case("""\
Amy,

I drove an hour and a half on Saturday for my lesson, only to be told at the gate that you’d cancelled because of fog. Nobody rang me or emailed. Now I find my voucher (HM-3319) ran out on Sunday. That’s not on.

⟦I’d like the voucher extended⟧, and ⟦I think I’m owed my petrol as well.⟧ ⟦Can you explain why nobody contacted me when everyone else apparently got a text?⟧

Graham Pike

On Thu, 3 Dec 2026 at 10:05, Hollowmoor Shooting Ground <bookings@hollowmoor.example.co.uk> wrote:
> Dear Graham, your lesson is booked for Saturday 5 December at 10am. Please arrive 15 minutes early. Could you confirm a mobile number so we can reach you on the day?
>
> On Wed, 2 Dec 2026 at 19:50, Graham Pike <g.pike@example.co.uk> wrote:
>> Hi, I'd like to use my voucher before it runs out on the 6th. Is there anything this Saturday?""",
         [Y, Y, Y], ["request", "request", "why"],
         """\
Dear Graham,

I’m really sorry – that’s a long drive for nothing. I’ve extended your voucher to 30 June 2027, and I’ve refunded £25 towards your fuel to the card you paid with. Looking back through our emails, we never had a mobile number for you, so the fog text had nowhere to go. Could you send it over so it can’t happen again?

Kind regards,
Amy"""),

    case("""\
Bonjour,

I am French and I have a hunting licence in France. I will be in Yorkshire for work in February. ⟦Can I shoot at your ground with my French licence, or I need a British certificate?⟧ ⟦Is it possible to rent a gun there?⟧ And ⟦what is the price for 100 clays?⟧

Merci,
Julien Marchand""",
         [Y, Y, N], ["yes/no", "yes/no", "how much"],
         """\
Bonjour Julien,

You don’t need a British certificate or your French licence to shoot at Hollowmoor: visitors use our guns under the supervision of one of our instructors, so we’ll have a gun ready for you.‸ Let me know which day in February suits and I’ll book you in.

Amy
Hollowmoor Shooting Ground"""),

    # --- Laurel & Crest Engraving (trophy and engraving shop, Sheffield, UK) --------------------------
    case("""\
Hello,

I’m the secretary of Meersbrook Juniors and I’ve been landed with the trophies again this year, so bear with me. We have nine teams from under-7s to under-14s. Every child in the under-7s, under-8s and under-9s gets a medal (about 60 of them), and each of the older teams has a player of the season, a players’ player and a coach’s award, so 18 trophies in all. Last year we used a company online and half of them arrived with the wrong names, which I’m still hearing about from one particular dad. ⟦Could you do all of it, medals and trophies, if I get you the names by the end of April?⟧ Our presentation day is Sunday 23 May. ⟦Do you do a discount for clubs buying in bulk?⟧ I’d really like to come in and see some samples before we commit – ⟦what are your opening hours on a Saturday?⟧

Thanks,
Sue

-- 
Sue Thornhill
Club Secretary, Meersbrook Juniors FC
07700 900631
Fancy coaching an under-8s team? Come and talk to us!""",
         [Y, N, Y], ["yes/no", "yes/no", "when"],
         """\
Hi Sue,

Don’t worry, you’re in good hands – we do a lot of club presentations, and every name is proofed back to you before anything is engraved, so that dad won’t have anything to say this year. Names by the end of April gives us plenty of time for Sunday 23 May.‸ We’re open 9 till 1 on Saturdays, and I’ll put a selection of medals and trophies out on the counter for you.

Best wishes,
Karen
Laurel & Crest Engraving
0114 496 0427"""),

    case("""\
⟦Can you engrave a pewter tankard by Friday?⟧ ⟦How much for about 20 letters?⟧ Leaving do is Saturday.

Rob""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Rob,

Bring it in by Wednesday lunchtime and it’ll be ready Friday morning. Up to 25 letters on a tankard is £12.

Karen
Laurel & Crest Engraving"""),

    case("""\
Karen,

I collected the bench plaque for my mother this morning and her name is spelt wrong. It says "Margret", not "Margaret". I checked the proof you sent and it was right on the proof, so this is your mistake, not mine. We’re fixing it to the bench on her birthday, which is Thursday 17 December.

⟦Can you redo it in time?⟧ ⟦I don’t expect to pay for the second one.⟧

Linda Howarth

On Tue, 1 Dec 2026 at 15:32, Laurel & Crest Engraving <shop@laurelcrest.example.co.uk> wrote:
> Hi Linda, here's the proof of the plaque: "In loving memory of Margaret Howarth, who loved this view." Could you check it and let us know if we can go ahead?""",
         [Y, Y], ["yes/no", "request"],
         """\
Dear Linda,

I’m so sorry – you’re right, the proof was correct and the mistake was ours. I’ve already started the new plaque and it will be ready for you on Tuesday afternoon, in good time for the 17th. There’s no charge for the replacement, of course.

Karen"""),

    case("""\
hi ⟦do u do pet tags⟧ 🐶 need one for our new puppy with our phone number on. ⟦can it be done while i wait or do i have to leave it⟧""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Hi!

Congratulations on the new puppy 🐶 We do – bone-shaped and round ones in brass or stainless steel, from £8.‸

Karen
Laurel & Crest Engraving"""),

    case("""\
Hi Karen,

Names attached as a spreadsheet, one tab per division. Sorry it took a while – two of the captains were hard to pin down!

Dave

On Sat, 5 Dec 2026 at 13:10, Karen Platt <karen@laurelcrest.example.co.uk> wrote:
> Hi Dave,
>
> Lovely to see you this morning. When you have the winners' names, could you send them as a spreadsheet with the division next to each one?
>
> Karen""",
         [], [],
         """\
Hi Dave,

Got them, thank you! I’ll send the proofs over before we start engraving.

Karen""",
         quoted_only=True),

    # --- Tidy Nest Organizing (professional home organizer, Denver, US) -------------------------------
    case("""\
Hi Tidy Nest team,

My parents are finally selling the house in Littleton they’ve lived in for 41 years and moving into a two-bedroom condo in the spring, and I am, to put it mildly, overwhelmed. I live in Chicago, my brother lives in Seattle, and Mom has kept every birthday card any of us ever got. Dad’s basement is a whole other story – think model trains, National Geographics going back to the seventies, and a workbench nobody has seen the surface of since 1998. I found you through Mom’s neighbor, who said you were wonderful with her. ⟦Do you work directly with older clients when the family isn’t local?⟧ Mom is sharp, but she gets anxious about throwing things away, and I don’t want anyone pushing her. ⟦How do you usually handle that?⟧ We’re aiming to list the house in late March. ⟦Would you be able to take on the whole thing – sorting, donating and setting up the condo – or do people usually hire movers separately for that part?⟧ And honestly, ⟦what kind of budget are we looking at?⟧

Thank you so much,
Amanda Reyes

On Sun, Dec 6, 2026 at 9:12 AM Tidy Nest Organizing <hello@tidynest.example.com> wrote:
> Thanks for reaching out through our website! A member of our team will get back to you within one business day. In the meantime, want to see what we've done for other families? Check out our gallery at tidynest.example.com/gallery.""",
         [Y, Y, Y, N], ["yes/no", "how", "which", "how much"],
         """\
Hi Amanda,

Thank you for reaching out, and please thank the neighbor for us! Downsizing after 41 years is a big job, and it's very common for the family to be far away: about half of our downsizing clients work with us while their kids are in other states, and we send you photos and a short update after every session.

We go at your mom's pace. We start with the easy rooms (usually the linen closet or the guest room) so she sees progress before we get to anything sentimental, and nothing leaves the house without her okay.

We can absolutely take on the whole thing, start to finish, including coordinating the movers and unpacking at the condo so it feels like home on day one.‸

Warmly,
Jess Carter
Tidy Nest Organizing
(303) 555-0127"""),

    case("""\
⟦Do you do garages?⟧ 🙂 ⟦What's your hourly rate?⟧""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi!

We love a good garage project 🙌 Most take a full day with two organizers, and we bring shelving options with us so we can install on the spot.‸ If you send a couple of photos, I can tell you a lot more about what yours would need.

Jess
Tidy Nest Organizing"""),

    case("""\
Jess,

When your team did our closets on Thursday, a bag of my late husband's sweaters went out with the donation pickup. I was very clear that those were staying, and I even put a sticky note on the bag. I've called Goodwill and they can't find them.

⟦I want to know exactly what happened⟧ and ⟦who made that call.⟧ ⟦I also expect you to keep trying to get them back.⟧

Carol Baptiste

From: Jess Carter <jess@tidynest.example.com>
Sent: Friday, December 4, 2026 6:02 PM
To: Carol Baptiste
Subject: Thank you!

Hi Carol, thank you for having us on Thursday! We dropped your donations off at the Goodwill on Colfax and I've attached your receipt. How are you finding the new closet setup?""",
         [Y, Y, N], ["why", "which", "request"],
         """\
Dear Carol,

I am so sorry. I know those sweaters can't be replaced, and I understand how upsetting this is. I've spoken with Leah and Tom, who were with you on Thursday: the sticky note came off when the bags were moved to the hallway, and Tom loaded that bag with the donations without checking it. That is on us, and from now on every keep bag will be tied with a colored ribbon instead of a note.‸

Jess"""),

    case("""\
Hello,

I live in a small apartment in Boulder with my husband and our baby. After the baby is born we have too many things everywhere. I saw on your website you have "virtual organizing". ⟦How it works?⟧ ⟦Do I need special camera or computer?⟧ Also ⟦I want to ask if you can come in person one time first, then continue online.⟧

Best regards,
Yuki Tanaka""",
         [Y, Y, Y], ["how", "yes/no", "yes/no"],
         """\
Hi Yuki,

Congratulations on the baby! Virtual organizing is simple: we book a 60-minute video call, you walk us around the room with your phone, and we make a plan together and work through it one area at a time while we're on the call. Your phone is all you need. We'd be happy to do the first visit in person and then switch to video – lots of new parents like to start that way.

Jess"""),

    case("""\
Hi Jess – photos of the pantry attached, as promised. The labels are holding up great, even with the kids!

Thanks,
Priya

-----Original Message-----
From: Jess Carter <jess@tidynest.example.com>
Sent: Tuesday, December 1, 2026 4:45 PM
To: Priya Shah
Subject: Pantry follow-up

Hi Priya! Would you mind sending a couple of photos of the pantry once everything's settled in? We'd love to use them on our website, if you're okay with that.""",
         [], [],
         """\
Hi Priya,

These look amazing – thank you! Before anything goes up on the website, I'll send you the two we'd like to use so you can say yes or no.

Jess""",
         quoted_only=True),

    # --- Isla Munro (wedding and events harpist, Perthshire, UK) --------------------------------------
    case("""\
Hi Isla,

We met briefly at the Scone Palace wedding fair in October – I was the one with the very excited mum who asked you to play "Caledonia" on the spot! We’ve now booked Glenlyon House for Saturday 19 June 2027. The ceremony is at 2pm in the walled garden, weather permitting, then drinks on the lawn until about half four.

⟦Are you free that day?⟧ If so, we’d love you for the ceremony and the drinks reception. ⟦Would you be able to learn a song that isn’t on your list?⟧ It’s "Chasing Cars" – I know, I know – but it’s our song. And ⟦what happens if it rains⟧ – ⟦can you play under a gazebo, or would you need to be inside?⟧

Lots of love,
Eilidh

On Wed, 2 Dec 2026 at 20:11, Isla Munro <isla@islamunroharp.example.co.uk> wrote:
> Hi Eilidh,
>
> Lovely to hear from you again! My 2027 diary is now open, so just let me know your date and venue and I’ll check for you.
>
> Isla""",
         [Y, Y, N, N], ["yes/no", "yes/no", "how", "which"],
         """\
Hi Eilidh,

Of course I remember you both – and your mum! I’m delighted to say I’m free on Saturday 19 June 2027, and the walled garden at Glenlyon is one of my favourite places to play. I’ve pencilled you in for the ceremony and the drinks, and I’ll send the booking form over tomorrow. "Chasing Cars" is no problem at all; it works beautifully on the harp, whatever people think.‸

Love,
Isla"""),

    case("""\
⟦How much for a ceremony only?⟧ ⟦Do you travel to Fife?⟧

Sent from my Galaxy""",
         [N, Y], ["how much", "yes/no"],
         """\
Hi,

Thanks for getting in touch. I travel all over Scotland, and Fife is an easy drive from me in Perth. My fee depends on the date and the venue, so if you send me yours I’ll get a quote back to you.‸

Isla Munro
Harpist"""),

    case("""\
Dear Isla,

My father died last week, and his funeral is at Perth Crematorium on Tuesday 15 December at 11.30. He loved the harp – he took us to hear the clarsach players at the Mòd every year when we were children – and we would very much like some live music for him. I realise this is very short notice. ⟦I would be grateful if you could let me know whether you might be available⟧, and ⟦what you would charge.⟧ ⟦Could you also play "The Dark Island" as we go in?⟧

With thanks,
Morag Fleming""",
         [Y, N, Y], ["yes/no", "how much", "request"],
         """\
Dear Morag,

I’m so sorry about your father. I would be honoured to play for him. I’m free on Tuesday 15 December and will be at the crematorium by 11 to set up. "The Dark Island" is one I play often, and I’ll play it as you all go in.‸

With warmest wishes,
Isla"""),

    case("""\
hiya!! i'm a bridesmaid for my best pal in april and we want to surprise her with a harpist at the hen do 🥂 its at a cottage near pitlochry. ⟦would u do a private party like that??⟧ ⟦what would u play⟧, ⟦is it all traditional stuff or can u do pop songs too⟧ n ⟦how much would it be for an hour⟧""",
         [Y, Y, Y, N], ["yes/no", "which", "which", "how much"],
         """\
Hi!

What a lovely idea – hen parties are some of my favourite bookings 🥂 I play a real mix: Scottish and Irish tunes, but also plenty of pop (Taylor Swift, ABBA, Coldplay, Lewis Capaldi), and I’m happy to learn one special song for the bride.‸

Isla"""),

    case("""\
Hi Isla, forwarding this from the venue so you have it.

Eilidh

Begin forwarded message:

From: Events Team <events@glenlyonhouse.example.co.uk>
Subject: Eilidh & Callum – suppliers
Date: 4 December 2026 at 16:22:09 GMT
To: Eilidh Ross <eilidh.ross@example.com>

Hi Eilidh, could you ask your harpist to let us know whether she needs a power socket and how much space she’ll need in the walled garden? We’ll also need a copy of her public liability certificate before the day.""",
         [], [],
         """\
Hi Eilidh,

Thanks for passing this on. I’ll email the events team directly this week: my harp doesn’t need power, I need about two metres square on level ground, and I’ll attach my public liability certificate.

Love,
Isla""",
         quoted_only=True),

    # --- Shingle Row Beach Huts (beach-hut hire, Suffolk, UK) -----------------------------------------
    case("""\
⟦Are dogs allowed in the huts?⟧ ⟦Week of 26 July free?⟧ ⟦Where do we pick up the key?⟧""",
         [Y, Y, N], ["yes/no", "yes/no", "where"],
         """\
Hi,

Dogs are very welcome in the huts – each one has a water bowl and a hook for leads – though the main beach has a dog ban from May to September, so you’d need to walk them on the north beach. For the week of 26 July we still have Hut 14 and Hut 22.‸

Best,
Gemma
Shingle Row Beach Huts"""),

    case("""\
Dear Gemma,

Thank you for your very helpful reply. I think we shall go ahead. To give you the picture: it’s my 80th in July, and my three children are coming with their families, so there will be fourteen of us including the little ones, and we’ve rented two cottages on Marsh Lane for the week. We thought a beach hut would be a lovely base for the days, somewhere to put the cool boxes and for me to sit out of the wind. Your website says the huts hold "up to six comfortably". ⟦Would it be silly to book two huts next to each other for fourteen of us?⟧ ⟦If you have two side by side, I’d like them from Saturday 17 to Saturday 24 July.⟧ ⟦My granddaughter would like to know whether there’s a kettle in the huts, as she’s very particular about her tea.⟧

With kind regards,
Margaret Fenwick

From: Gemma Hollis <gemma@shinglerow.example.co.uk>
Sent: 03 December 2026 14:05
To: Margaret Fenwick
Subject: RE: Beach hut for July

Dear Margaret, thank you for your enquiry. We do have availability in July, and weekly hire in peak season is £295 per hut. Would you like me to check specific dates?""",
         [Y, Y, N], ["yes/no", "request", "yes/no"],
         """\
Dear Margaret,

How lovely – happy early birthday! Not silly at all: two huts is exactly what families your size usually do, and it gives everyone room to spread out. Huts 8 and 9 are side by side and both free from Saturday 17 to Saturday 24 July, so I’ve reserved them for you. That’s £590 for the week, and I’ll email the booking form today.‸

Kind regards,
Gemma"""),

    case("""\
Hi,

We had Hut 3 on Saturday and honestly it was a disgrace. The lock was broken, so we couldn’t leave anything in it while we went for lunch, there was sand and a dead crab (!) all over the floor, and one of the deckchairs collapsed under my husband. For £35 a day I expected a lot better.

⟦I’d like a refund, or at the very least a free day next summer.⟧ ⟦Has anyone actually fixed the lock yet?⟧ We saw other people struggling with it too.

Sandra Kemp""",
         [N, Y], ["request", "yes/no"],
         """\
Dear Sandra,

I’m sorry your day wasn’t what it should have been. The hut should have been swept and checked before you arrived, and I’ve spoken to the team about it. Our handyman replaced the lock on Hut 3 on Sunday morning, and the deckchair has gone in the skip.‸

Best,
Gemma"""),

    case("""\
Good evening,

we are an Italian family (2 adults, 3 children) and in July we stay two weeks in Suffolk. ⟦It is possible to rent a beach hut only for some days, not the full week?⟧ ⟦What there is inside the hut, for example chairs and table?⟧ And ⟦we can cook there?⟧ ⟦We can pay with card when we arrive?⟧

Thank you and regards,
Francesca Rinaldi""",
         [Y, Y, Y, N], ["yes/no", "which", "yes/no", "yes/no"],
         """\
Dear Francesca,

Yes – from Easter to September we hire by the day as well as by the week: £35 a day, or £45 at weekends. Each hut has four deckchairs, a folding table, a windbreak and a cupboard with cups and plates. Cooking isn’t allowed inside the huts, as they’re wooden, but there are barbecue stands on the beach side of the promenade.‸

Best wishes,
Gemma
Shingle Row Beach Huts"""),

    case("""\
found the key safe thanks!! 😊 hut is gorgeous

Sent from my iPhone

On 6 Dec 2026, at 10:02, Gemma Hollis <gemma@shinglerow.example.co.uk> wrote:

> Hi Tom, the key safe code is 4471. Could you text me when you’ve found it, so I know you’re in?""",
         [], [],
         """\
Hi Tom,

Brilliant – enjoy it! Just pop the key back in the safe and scramble the code when you leave.

Gemma""",
         quoted_only=True),

    # --- Birchwood Ridge Maple (maple-syrup farm web shop, Vermont, US) -------------------------------
    case("""\
⟦Do you ship to Alaska?⟧ ⟦What's the cost?⟧

– Pat""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Pat,

We sure do! Orders to Alaska go USPS Priority Mail and usually arrive in 4–6 days.‸

Thanks,
Nora
Birchwood Ridge Maple"""),

    case("""\
Hello,

We'd like to send maple gifts to our clients this year instead of the usual cookie tins. Here's what we're looking for:

1. ⟦Pricing on 60 of the 8 oz glass bottles (Amber Rich)⟧
2. ⟦Whether you can include a printed card with our message in each box⟧
3. ⟦Shipping directly to each client⟧ – I have a spreadsheet of the 60 addresses
4. ⟦Delivery by Friday, December 18 at the latest⟧

Thank you,
Greg Hollister
Hollister & Vance CPAs
(802) 555-0186

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please contact the sender and destroy all copies.""",
         [Y, Y, N, N], ["how much", "yes/no", "request", "request"],
         """\
Hi Greg,

Thanks so much for thinking of us for your client gifts! For 60 of the 8 oz Amber Rich bottles, our corporate price is $13.50 each, so $810 before shipping. We'd be happy to include a printed card in each box – just send me the wording. Send over the spreadsheet whenever you're ready and I'll take a look.‸

Best,
Nora Lindqvist
Birchwood Ridge Maple"""),

    case("""\
the jug leaked all over the box 😩 sticky mess everywhere and theres maybe half left. order BR-7712. ⟦can u send a new one⟧. also ⟦is it still ok to use whats left or will it go bad⟧""",
         [Y, Y], ["request", "yes/no"],
         """\
Oh no, I'm so sorry – that's the worst kind of mess!

A new half-gallon jug shipped this morning with tracking, sealed in a bag this time. What's left is perfectly fine to use: real maple syrup doesn't spoil while it's sealed, and once it's open, keep it in the fridge and it'll last for months.

Nora
Birchwood Ridge Maple"""),

    case("""\
Hi Nora,

Thanks for the details about sugaring season. We're thinking of driving up from Boston for a weekend in March with our two kids (6 and 9). ⟦If we come the weekend of March 20, will the sap actually be running?⟧ ⟦Do we need to reserve the tour, or can we just show up?⟧ ⟦Is the pancake breakfast on the Saturday or the Sunday?⟧

Thanks!
Jordan

On Thu, Dec 3, 2026 at 11:47 AM Birchwood Ridge Maple <nora@birchwoodridge.example.com> wrote:
> Hi Jordan,
>
> Our sugarhouse is open for tours on weekends from late February to early April, and we hold a pancake breakfast once a month. Would you like me to add you to our newsletter so you hear when dates are set?
>
> On Wed, Dec 2, 2026 at 8:30 PM Jordan Price <jprice@example.com> wrote:
>> Hi, do you do tours of the sugarhouse? My kids would love to see how it's made.""",
         [Y, Y, N], ["yes/no", "yes/no", "which"],
         """\
Hi Jordan,

The weekend of March 20 is usually right in the thick of it, though it always depends on the weather – we need freezing nights and warm days for the sap to run. Tours are first-come, first-served on weekends, so there's no need to book; come any time between 10 and 3. The kids will love it!‸

Nora"""),

    case("""\
Nora,

The syrup arrived on Saturday and my father cried. He grew up outside St. Johnsbury and said it tasted exactly like his grandmother's. How do you put a whole childhood in a bottle? Thank you.

Elaine Mercer""",
         [], [],
         """\
Dear Elaine,

This is the nicest email I've had all year – thank you for telling me. Please give your father our best from all of us up on the ridge.

Nora"""),

    # --- Meridian Airport Cars (airport-transfer car firm, Manchester, UK) ----------------------------
    case("""\
Hello,

⟦I’d like to book a car from Altrincham to Manchester Airport Terminal 2 on Friday 19 March, for a 07:10 flight.⟧ There will be three of us with two large cases and a set of golf clubs. ⟦Will that fit in a saloon, or do we need an estate?⟧ Also ⟦could you tell me how early you’d recommend leaving?⟧

Thanks,
Richard Yates
07700 900284""",
         [Y, Y, N], ["request", "which", "when"],
         """\
Dear Richard,

Thank you – you’re booked in for Friday 19 March, and you’ll get a text with the driver’s details the evening before. With golf clubs you’ll need an estate, so I’ve put you down for one; the fare is £48.‸

Kind regards,
Meridian Airport Cars
0161 496 0912"""),

    case("""\
To whom it may concern,

Your driver did not turn up at 4.30am on Saturday. I rang your out-of-hours number four times and nobody answered. I had to flag down a taxi for £72 and I still nearly missed my flight to Tenerife.

⟦I want a full refund of my prepaid fare of £45 and the £72 I had to pay the other taxi.⟧ ⟦Why was the out-of-hours phone not answered?⟧

Mrs J. Okonkwo
Booking ref MAC-40917

________________________________
From: Meridian Airport Cars <bookings@meridiancars.example.co.uk>
Sent: 03 December 2026 18:40
To: Joy Okonkwo
Subject: Booking confirmed MAC-40917

Your transfer is booked for Saturday 5 December at 04:30 from 12 Ashgrove Road, Sale, to Manchester Airport T1. Need to make a change? Call us 24/7 on 0161 496 0912.""",
         [Y, N], ["request", "why"],
         """\
Dear Mrs Okonkwo,

I’m so sorry. Your driver’s car broke down on the way to you, and he should have rung the office straight away so we could send someone else; he didn’t, and there’s no excuse for it. I’ve refunded your £45 today, and I’ll reimburse the £72 as soon as you send me the taxi receipt.‸

Yours sincerely,
David Nolan
Operations Manager, Meridian Airport Cars"""),

    case("""\
hi flight from alicante delayed 2 hrs, now landing 23:40 not 21:40 😬 ⟦will the driver still wait⟧. ⟦do i need to ring someone or do u track flights⟧. n ⟦where do i meet him⟧""",
         [Y, Y, Y], ["yes/no", "which", "where"],
         """\
Hi, no need to do anything – we track every flight, so your driver already knows you’re landing at 23:40 and will be waiting for you. He’ll be in the arrivals hall with your name on a board, just past the coffee shop. Safe travels!

Meridian Airport Cars"""),

    case("""\
Dear Mr Nolan,

thank you for the information about the business account. I have spoken with our finance department. ⟦Is it possible that you send one invoice per month instead of one for every journey?⟧ Further, ⟦we need to know if the drivers can wait with a sign with the company name for our visitors from Germany.⟧ ⟦Please send us also the form for opening the account.⟧

Best regards
Katrin Vogel
Assistant to the Managing Director
Brenner Antriebstechnik UK Ltd

DISCLAIMER: This e-mail is intended solely for the addressee. If you have received it in error, please inform the sender and delete it.

-----Original Message-----
From: David Nolan <david@meridiancars.example.co.uk>
Sent: 02 December 2026 11:15
To: Katrin Vogel
Subject: Business account

Dear Katrin, thank you for your call. Our business accounts have 30-day payment terms and a 10% discount on all journeys. Please let me know if you’d like to go ahead.""",
         [Y, N, Y], ["yes/no", "yes/no", "request"],
         """\
Dear Katrin,

Thank you. Yes, we can send a single invoice at the end of each month listing every journey. I’ve attached the account form; once it’s back with us, the account can be open within two working days.‸

Kind regards,
David Nolan
Meridian Airport Cars"""),

    case("""\
That’s fine, thank you.

Sent from my iPhone

On 5 Dec 2026, at 17:03, Meridian Airport Cars <bookings@meridiancars.example.co.uk> wrote:

> Dear Ms Patel, we’ve added two child seats to your booking on Sunday 13 December. Could you let us know the children’s ages so the driver brings the right ones?""",
         [], [],
         """\
Dear Ms Patel,

Thank you. So that the driver brings the right seats, could you just let me know how old the children are?

Kind regards,
Meridian Airport Cars""",
         quoted_only=True),

    # --- Pennyfield Poultry (poultry breeder selling hens, Devon, UK) ---------------------------------
    case("""\
Hello,

We’ve finally done it! After years of the children begging, we’ve bought a second-hand coop from a neighbour, and my husband has spent every weekend since October fox-proofing the run with what I can only describe as military dedication. The coop says it’s for "up to 6 birds", though looking at it I’d say six very small birds who get on well. We’d like to start with three or four in the spring. ⟦Which breeds would you recommend for children who want to pick them up?⟧ We’ve read that hybrids lay almost every day but don’t live as long. ⟦Is that true?⟧ ⟦When would you have point-of-lay birds available?⟧ One more thing: ⟦do you deliver to Exeter, or would we need to collect?⟧

Thanks so much,
Hannah Greaves""",
         [Y, Y, N, N], ["which", "yes/no", "when", "yes/no"],
         """\
Hi Hannah,

Congratulations – and well done to your husband! For children I’d go for Buff Orpingtons or Pekin bantams: both are calm and fluffy and don’t mind being carried about. It’s broadly true that the commercial hybrids lay more eggs early on but tend to burn out sooner, while pure breeds lay fewer but often keep going for years.‸

Best wishes,
Beth
Pennyfield Poultry"""),

    case("""\
⟦Do my hens have to be shut in because of the bird flu order?⟧ ⟦For how long?⟧ I only have four in the garden.

Pauline""",
         [Y, N], ["yes/no", "when"],
         """\
Hi Pauline,

Yes – the housing order covers all poultry, even small garden flocks, so your four need to stay in the coop or a covered run. A run with a tarpaulin roof is fine, and a hanging cabbage or a bale of straw to scratch about in helps keep them from getting bored.‸

Beth
Pennyfield Poultry"""),

    case("""\
Beth,

One of the three Light Sussex we collected on Saturday died this morning. She was fine yesterday, eating and scratching about, and then this morning she was just lying in the corner of the coop. The other two seem OK but I’m worried.

⟦I’d like a replacement hen⟧, and ⟦could you tell me whether I should be worried about the other two?⟧ ⟦Should I keep them away from my old hens?⟧

Alan Whitby

On Sat, 5 Dec 2026 at 16:48, Alan Whitby <alan.whitby@example.com> wrote:
> Thanks Beth, all home safely. They've gone straight into the spare run.
>
> On Fri, 4 Dec 2026 at 09:12, Pennyfield Poultry <beth@pennyfieldpoultry.example.co.uk> wrote:
>> Hi Alan, the three Light Sussex are ready for collection tomorrow from 10am. Do you have a carrier, or shall I put them in a box?""",
         [Y, N, Y], ["request", "yes/no", "yes/no"],
         """\
Dear Alan,

I’m so sorry – that’s horrible to find, especially when she was so lively yesterday. Of course I’ll replace her: I’ll have another Light Sussex ready for you on Saturday, or I can bring her over on Wednesday if that’s easier. And yes, keep the two in quarantine for at least the full fortnight before they meet your old girls.‸

Beth"""),

    case("""\
Hello Beth,

I am from Spain but now I live in Cornwall. I have a small farm with ducks and I want to try with chickens. ⟦You sell also fertile eggs for hatching?⟧ ⟦Which breeds⟧ and ⟦how much for a dozen?⟧ ⟦Is better to buy eggs or small chicks if I never did it before?⟧

Gracias,
Alejandro Ruiz""",
         [Y, Y, N, Y], ["yes/no", "which", "how much", "which"],
         """\
Hi Alejandro,

We do sell hatching eggs from March to June: Marans, Light Sussex, Welsummers and Pekins, posted or collected.‸ If you’ve never hatched before, I’d honestly start with day-old chicks rather than eggs – an incubator takes some getting used to, and with chicks you know exactly what you’re getting.

Best wishes,
Beth"""),

    case("""\
hiya beth 🐔 the pekins are settling in gr8, the kids love them. one of them has started making a weird honking noise at night tho, ⟦is that normal??⟧ n ⟦when do they start laying⟧""",
         [Y, N], ["yes/no", "when"],
         """\
Hi! So glad the kids love them 🐔

A honk at night is usually just one of them settling the others down, especially in a new home, so I wouldn’t worry unless she’s also sneezing or breathing with her beak open.‸

Beth"""),

    # --- SkyFrame Aerial Media (real-estate drone photographer, Phoenix, US) --------------------------
    case("""\
Hi SkyFrame,

New listing goes live next Thursday. Need:
- ⟦Aerials + a 60-sec video of 4410 E Camelback Rd⟧
- ⟦Twilight shots if you can do them⟧
- ⟦Everything back by Wednesday night⟧

⟦Is being right under the Sky Harbor approach going to be an issue?⟧ ⟦What would all that run me?⟧

Thx,
Tasha

--
Tasha Greene | Desert Key Realty | (602) 555-0134
Wondering what your home would sell for? Ask me!""",
         [Y, Y, N, Y, N], ["request", "request", "request", "yes/no", "how much"],
         """\
Hi Tasha,

Happy to help! That address is inside Sky Harbor's controlled airspace, but I'm licensed and I'll get the FAA authorization through the app for the day – it usually comes through in minutes, so no issue. I can shoot the aerials and video Tuesday afternoon, then stay on for twilight shots at sunset, around 5:25 p.m., and I'll turn the edit around as fast as I can.‸

Marco
SkyFrame Aerial Media"""),

    case("""\
Marco,

You promised the photos for Maple Crest by Friday and I still don't have them. My seller is furious, the listing didn't go live over the weekend, and I've had to tell two buyers' agents to wait. This is not how I expected this to go after the last three shoots went perfectly.

⟦When exactly will I have them?⟧ ⟦I also think a discount is fair given the delay.⟧

Derek Foss
Foss Realty Group

From: Marco Díaz <marco@skyframeaerial.example.com>
Sent: Wednesday, December 2, 2026 7:48 PM
To: Derek Foss
Subject: Maple Crest shoot

Hi Derek, great shoot today! I'll have the edited photos to you by Friday. Do you want the twilight set as well?""",
         [Y, N], ["when", "request"],
         """\
Derek,

You're right, and I'm sorry. My editor's laptop died on Thursday, and I should have told you the moment I knew it would hold us up instead of letting Friday come and go. The full set is uploading now, and you'll have the link by 2 p.m. today.‸

Marco"""),

    case("""\
Hi Marco,

Good talking Friday. As I mentioned, we're building a 40-unit apartment complex in Mesa, and the owners want monthly progress flyovers from January until completion, about 14 months out. ⟦Could you let me know what a monthly rate would look like for something like that?⟧ ⟦If we need the same angles every month so the owners can compare, is that something you can guarantee?⟧ ⟦We'd also need a copy of your insurance certificate for the site office.⟧

Thanks,
Carlos

-- 
Carlos Medina
Project Manager, Saguaro Builders
(480) 555-0172

On Fri, Dec 4, 2026 at 4:10 PM Marco Díaz <marco@skyframeaerial.example.com> wrote:
> Hi Carlos, thanks for the call. Send me the details and I'll put something together.
> Marco""",
         [N, Y, Y], ["how much", "yes/no", "request"],
         """\
Hi Carlos,

Thanks – sounds like a great project. I'd like to walk the site before I put a number on the monthly rate, since it depends a lot on how many angles the owners want to track.‸ I can guarantee the same angles every month: I save each flight path and re-fly it at the same altitude and heading, so the shots line up frame for frame. Our certificate of insurance is attached for the site office.

Marco"""),

    case("""\
hey ⟦r u allowed to fly over my neighbors yard⟧ 😅 want a shot of our house for our xmas card but the hoa is picky. ⟦how long does it take⟧""",
         [Y, N], ["yes/no", "when"],
         """\
Hi!

Fun idea for a Christmas card 🎄 Flying over a neighbor's yard is legal as long as I'm just passing through and not hovering over them or filming them, but with a picky HOA I'd give them a heads-up first – I can send you a short note to pass along.‸

Marco
SkyFrame Aerial Media"""),

    case("""\
Hello Marco,

Thank you for the beautiful photos of the Palo Verde house. My client is very happy. I have new listing in Gilbert next week, ⟦can you do the same package?⟧ Also ⟦I want to ask, the video you can make with music, or only silent?⟧

Thanks,
Linh Tran
Sonoran Homes Realty""",
         [Y, N], ["yes/no", "which"],
         """\
Hi Linh,

So glad your client liked them! Yes, same package for the Gilbert listing – just send me the address and a day that works for the sellers.‸

Marco"""),

    # --- Paddle Paws Hydrotherapy (canine hydrotherapy centre, UK) ------------------------------------
    case("""\
Hello,

Our vet, Mr Shah at Oakfield Vets, has suggested hydrotherapy for our Labrador, Bramble, who is eleven and has arthritis in both back legs. She’s always loved the water – we can’t keep her out of the canal – but I’m worried she’ll panic in a pool with walls, and she has a habit of trying to climb out of anything with sides. ⟦Do you need a referral form from the vet before her first session?⟧ We’re insured with PetProtect. ⟦Will they cover it, do you know?⟧ She can’t manage steps any more either. ⟦How does she get in and out of the pool?⟧ Finally, ⟦could we come and have a look round before we book?⟧

Best wishes,
Julie Marsh""",
         [Y, N, Y, N], ["yes/no", "yes/no", "how", "request"],
         """\
Dear Julie,

Thank you for getting in touch – Bramble sounds a lovely girl. Yes, we do need a referral from Mr Shah before her first session; I’ll email Oakfield our form this afternoon so you don’t need to chase it. Lots of insurers cover hydrotherapy once it’s on a vet’s referral, but policies vary a lot, so it’s worth giving PetProtect a ring.‸ Bramble won’t need to manage any steps: she walks down a gentle non-slip ramp into the pool, with a therapist beside her in the water the whole time. Her first session always starts with a gentle assessment, so there’s plenty of time for her to settle before she goes in.

Best wishes,
Sophie
Paddle Paws Hydrotherapy"""),

    case("""\
⟦How much is a 30 min swim?⟧ ⟦Any Saturday slots?⟧""",
         [Y, Y], ["how much", "yes/no"],
         """\
Hi,

A 30-minute swim is £32. Saturdays are our busiest day and we’re fully booked until the end of January, I’m afraid, but I have Friday at 4pm this week and next if that helps.

Sophie
Paddle Paws Hydrotherapy"""),

    case("""\
Sophie,

When I picked Rocco up yesterday after his session he was limping, and when we got home I found a cut on the pad of his front paw. He wasn’t limping when I dropped him off. I’m not blaming anyone, but ⟦I’d like to know how it could have happened⟧, and ⟦whether you check the ramp and the pool for anything sharp.⟧ ⟦Can we postpone next week’s session until it’s healed?⟧

Thanks,
Dev Kapoor

From: Paddle Paws Hydrotherapy <sophie@paddlepaws.example.co.uk>
Sent: 06 December 2026 17:20
To: Dev Kapoor
Subject: Rocco's session notes

Hi Dev, Rocco did brilliantly today – 12 minutes on the treadmill at a steady pace! His next session is Sunday 13 December at 10am. Could you let me know if you notice any stiffness tomorrow?""",
         [N, Y, Y], ["why", "yes/no", "yes/no"],
         """\
Dear Dev,

I’m so sorry – poor Rocco. We check the ramp, the treadmill belt and the pool floor every morning before the first dog and again at lunchtime, and nothing was found on Sunday, but I’ve asked Ellie to go over everything again today. Of course we can postpone: I’ve cancelled Sunday 13 December, and you can rebook whenever your vet is happy.‸

Sophie"""),

    case("""\
Hello!

I have a puppy, Border Collie, 5 month old. He is very energetic and our vet says not too much running until his joints finish to grow. ⟦Swimming is good for him at this age?⟧ ⟦From which age you accept puppies?⟧ And ⟦he must have all vaccinations before?⟧

Thank you,
Andrei Popescu""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Andrei,

Yes – swimming is one of the best things for a young Collie, because it burns off energy without pounding his joints. We take puppies from 16 weeks, so he’s old enough now.‸

Sophie
Paddle Paws Hydrotherapy"""),

    case("""\
Hi Sophie,

Thanks for your time on the phone this morning. As we discussed, ⟦could you send me the invoices for all eight of Biscuit’s sessions in one go, so I can put in a single claim?⟧ PetProtect have now also asked for the therapist’s treatment notes. ⟦Is that something you can provide⟧, and ⟦how much do you charge for them?⟧

Many thanks,
Pam

On Fri, 4 Dec 2026 at 15:02, Sophie Grant <sophie@paddlepaws.example.co.uk> wrote:
> Hi Pam, Biscuit’s eighth session is booked for Saturday 5 December at 9am. Let me know if you need anything for the insurance!""",
         [Y, Y, N], ["request", "yes/no", "how much"],
         """\
Hi Pam,

Lovely to speak this morning. I’ve attached all eight invoices in a single PDF, and I’ve asked Ellie to write up Biscuit’s treatment notes for PetProtect – she’ll have them to you by Friday.‸

Sophie"""),
]
