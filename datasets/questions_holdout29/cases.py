"""The cases of Tactful's questions held-out set 29 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout29.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
typewriter repairer and dealer (England), a radon testing and mitigation contractor (US), an opal
jeweller (Australia), a deer-stalking estate (Scotland), a lovespoon carver (Wales), a durian
delivery and orchard-trip business (Singapore), a parka maker (Canada), a foraging-course leader
(England), a fireworks display company (US), a winery's wine club and cellar door (Australia), a
Harris Tweed weaver (Scotland), a coasteering company (Wales), a pet-relocation agency (Singapore)
and an aurora-viewing tour operator (Canada).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Carriage Return Typewriters (typewriter repairer and dealer, Shrewsbury, England) -----------
    case("""\
Dear Imogen,

Thank you for getting back to me so quickly last week. I have now found the typewriter – it was in the loft in its original case, under a box of my mother's knitting patterns, which tells you how long it has been up there. It's an Olivetti Lettera 32 in that pale blue-green colour, and apart from a sticky carriage and a very dried-up ribbon it seems to be all there. My granddaughter Poppy is sixteen and has decided she is going to be a novelist, and she has been asking for a "real" typewriter for months, so I'd love to give her this one, in working order, on Christmas morning. ⟦Would you be able to get it back to me before Christmas if I sent it this week?⟧ I should say I live in Ludlow, so it isn't far, but I don't drive any more since my hip and my son is away until the new year. ⟦Is it safe to post it, or would you rather I found some way of bringing it in?⟧ I had a look online and the spools on this model seem to be a particular kind – ⟦do you stock ribbons that fit it, or will I need to hunt for them myself?⟧ Lastly, and I'm sorry to be blunt, but I'm on a pension: ⟦roughly what would a full service cost?⟧

With thanks and best wishes,
Margaret Ellery

On Tue, 1 Dec 2026 at 10:47, Carriage Return Typewriters <workshop@carriagereturn.example.co.uk> wrote:
> Dear Mrs Ellery,
>
> Thanks for your message. We service most portable typewriters from the 1950s to the 1980s, including Olivetti, Hermes, Olympia and Smith-Corona. If you can let us know the make and model, we can tell you more.
>
> Best wishes,
> Imogen
""", [Y, Y, Y, N], ["yes/no", "which", "yes/no", "how much"], """\
Dear Mrs Ellery,

What a lovely present for Poppy – the Lettera 32 is one of the best portables ever made, and the blue-green ones are particularly pretty.

Posting is absolutely fine. Wrap it in plenty of bubble wrap inside its case, put the case in a sturdy cardboard box with scrunched-up newspaper around it, and send it by a tracked service to the address below. If it reaches us by Friday 11 December, we'll have it back in the post to you by Friday 18 December, in good time for Christmas.

We keep ribbons on the right spools for the Lettera 32, and we'll fit a fresh black one as part of the work. As for the cost, every machine is different, so we'll ring you once we've had the covers off.‸ The sticky carriage is usually just old oil gone gummy, so please don't worry about that.

Kind regards,
Imogen Tate
Carriage Return Typewriters
14 Wyle Cop, Shrewsbury SY1 1XB
01632 960418
"""),
    case("""\
hi, ⟦do you buy old typewriters?⟧ got an Imperial 66 in working order, been in my dad's garage for years. ⟦what would you give for it?⟧

Dean

Sent from my iPhone
""", [Y, N], ["yes/no", "how much"], """\
Hi Dean,

We do buy machines, though we're fairly choosy about the big office models because they're heavy to post and slow to sell. If you can send me a few photos of the Imperial – the typeface, the serial number under the carriage and any rust – I'll have a proper look.‸

Thanks,
Dennis
Carriage Return Typewriters
"""),
    case("""\
Dennis,

I collected my Hermes 3000 from the post office on Saturday and frankly I'm disappointed. I paid £145 for a full service and the carriage now skips two or three spaces at random, which it never did before I sent it to you, and there is a fresh scratch right across the paper table that certainly wasn't there either. ⟦How did it get through whatever checks you do before a machine goes out?⟧

I'm not paying to post a 4kg typewriter back to you again. ⟦You can arrange the collection.⟧ ⟦I want the skipping sorted properly this time⟧, and ⟦I expect something off the bill for the scratch.⟧

Helen Marchbank

From: Carriage Return Typewriters <workshop@carriagereturn.example.co.uk>
Sent: 30 November 2026 16:05
To: Helen Marchbank <h.marchbank@example.com>
Subject: RE: Hermes 3000 service

Hi Helen,

Your Hermes is finished and went out today by Royal Mail Tracked 48. Please let us know when it arrives safely.

Best,
Dennis
""", [Y, Y, Y, N], ["why", "request", "request", "request"], """\
Dear Helen,

I'm sorry – that isn't the standard we work to, and I can understand why you're cross.

The skipping sounds like the escapement rocker has been jolted in transit; it's a known weak spot on the 3000, and it was spacing evenly when it left here, but I know that's little comfort. I've emailed you a prepaid Parcelforce collection label, and their driver will come for it on Thursday 10 December. We'll reset the escapement free of charge, test it over a full page before it goes back, and pay the return postage ourselves.‸

Regards,
Dennis Pybus
Carriage Return Typewriters
"""),
    case("""\
Hi Imogen,

Thanks so much – the Olympia arrived safely this afternoon and my son hasn't left it alone since. He's already typed a "newspaper" for the whole street and is charging 10p a copy. Honestly, how does a machine from 1968 beat three laptops and a games console?

All the best,
Ravi

-----Original Message-----
From: Imogen Tate <workshop@carriagereturn.example.co.uk>
Sent: 03 December 2026 11:20
To: Ravi Chandra <ravi.chandra@example.com>
Subject: Your Olympia SM3

Hi Ravi,

The SM3 is packed and ready to go. Could you confirm the delivery address, and whether someone will be in on Friday to sign for it?

Thanks,
Imogen
""", [], [], """\
Hi Ravi,

That's wonderful to hear – thank you for letting us know. If he'd like a spare ribbon for the next print run, just say and I'll pop one in the post.

Best wishes,
Imogen
""", quoted_only=True),
    case("""\
Dear Sir or Madam,

I am writing from Freiburg. I saw on your website the Olympia SM9 in the shop section and I am interested for my daughter, she studies in Berlin. Some questions:

1. ⟦Is it possible to ship to Germany⟧, and ⟦how much it costs⟧
2. ⟦The keyboard is English?⟧ I need the German letters ä ö ü ß.
3. ⟦Payment with PayPal possible⟧
4. ⟦When you could send it⟧

Many thanks and greetings,
Jürgen Habermann
""", [Y, Y, Y, N, N], ["yes/no", "how much", "yes/no", "yes/no", "when"], """\
Dear Mr Habermann,

Thank you for your interest in the SM9. Yes, we ship to Germany with DHL; it costs £38 including insurance, and there may be import VAT to pay when it's delivered. This one has a British QWERTY keyboard, so it doesn't have ä, ö, ü or ß – we do get German-keyboard Olympias in from time to time, and I'll keep an eye out for one if that would suit your daughter better.‸

Kind regards,
Imogen Tate
Carriage Return Typewriters
"""),
    # --- Keystone Radon Solutions (radon testing and mitigation, Pennsylvania, US) --------------------
    case("""\
Hi Kim – ⟦how long does the test take?⟧ ⟦Can we stay in the house while it runs?⟧ Closing is January 15.

Thanks,
Brett

On Thu, Dec 3, 2026 at 4:12 PM Keystone Radon Solutions <office@keystoneradon.example.com> wrote:
> Hi Brett,
> Thanks for reaching out! We offer continuous radon monitor testing for real estate transactions. Let us know when you'd like to schedule.
> Kim
""", [Y, Y], ["when", "yes/no"], """\
Hi Brett,

The continuous monitor runs for 48 hours, and you'll have the report within a day of us picking it up, so there's plenty of time before the 15th. You can live in the house as normal while it runs – just keep the windows closed and the doors shut except for coming and going.

Want me to put you on the schedule for this week?

Kim Sato
Keystone Radon Solutions
(717) 555-0143
"""),
    case("""\
To whoever is in charge,

Your crew put in a mitigation system at our house on November 12 and I paid $1,650 in full that day. Three weeks later the fan is so loud we can hear it from our bedroom, which nobody warned us about, and the follow-up test came back at 5.1 pCi/L. That's barely lower than the 6.8 we started with. ⟦Why is it still that high after all that work?⟧ ⟦Is there anything that can be done about the noise?⟧

⟦I want someone out here this week to fix it, not sometime next month.⟧ And ⟦if it can't get under 4, I want my money back.⟧

Gary Kowalczyk
Mechanicsburg, PA
""", [Y, Y, Y, N], ["why", "yes/no", "request", "request"], """\
Dear Mr. Kowalczyk,

I'm sorry the system isn't doing what it should yet, and that nobody talked you through the fan noise – that should have been part of the walkthrough.

A reading of 5.1 after mitigation usually means the soil under the slab is too tight for one suction point to draw from the whole footprint. Darnell, our lead installer, will come out Thursday, December 10, between 8 and 10 a.m. to add a second suction point and move the fan onto a rubber-isolated mount with an inline muffler, which takes most of the hum away. We'll retest after that at no charge.

We stand behind every system we put in.‸

Best regards,
Tricia Nowak
Office Manager, Keystone Radon Solutions
(717) 555-0143
"""),
    case("""\
hey so we got the test kit from you guys 👍 ⟦where do i put it, basement or living room⟧ and ⟦how long do i leave it out⟧ 🤔 also ⟦do i mail it back or do u pick it up⟧

Sent from my iPhone
""", [Y, Y, N], ["which", "when", "which"], """\
Hi there,

Put it on the lowest level you actually live in – if nobody uses the basement, the living room is right. Set it about knee height, away from drafts, vents and the kitchen, and leave it for 3 to 4 days before sealing it in the foil bag.‸

Thanks!
Kim
Keystone Radon Solutions
"""),
    case("""\
Kim, forwarding this from the Delgados so you have it on file. Their inspection report is attached too.

Sharon Whitlock
Whitlock Realty Group
(717) 555-0186

---------- Forwarded message ---------
From: Ana Delgado <ana.delgado@example.com>
Date: Fri, Dec 4, 2026 at 8:31 AM
Subject: radon test
To: Sharon Whitlock <sharon@whitlockrealty.example.com>

Hi Sharon, could you find out whether the radon test can be done the same day as the home inspection? We'd rather not take two days off work.
Thanks, Ana
""", [], [], """\
Thanks, Sharon – got it. We can run the monitor alongside the home inspection on Wednesday, December 16, and I'll confirm the time with the Delgados directly.

Kim
"""
, quoted_only=True),
    case("""\
Hello,

We're building a house in Camp Hill and our builder suggested putting in passive radon piping during construction. A few things I'd like to understand before the slab is poured (scheduled for the week of January 18):

1. ⟦Whether passive piping is worth it or if we should just wait and test after we move in⟧
2. ⟦Cost for the passive rough-in⟧
3. ⟦If we later need a fan, how much to activate it⟧
4. ⟦Do you coordinate directly with the builder or do we have to be the go-between?⟧

Thanks so much,
Priya Raman
""", [Y, Y, N, Y], ["which", "how much", "how much", "yes/no"], """\
Hi Priya,

Congratulations on the new build! Passive piping is well worth it – it's far cheaper to lay the pipe before the pour than to core through a finished slab later. Our passive rough-in is $675, which covers the gravel check, sealing the vapor barrier and the 3-inch pipe run up to the attic. If a test after move-in shows you need it, adding the fan later is a simple job.‸

Just send us your builder's contact info and we'll work out the timing with them directly.

Best,
Kim Sato
Keystone Radon Solutions
"""),
    # --- Ridgeline Opals (opal jeweller, Lightning Ridge NSW, Australia) -------------------------------
    case("""\
G’day Bronwyn,

Sorry, this is going to be a long one. I’ve been saving for a while and I’m finally going to propose to my partner Tash on our trip to Byron at the end of January – we’re there from the 27th – and she’s mad about opals, has been since she was a kid and her nan wore a black opal pendant to church every Sunday. I saw the 1.8 ct black opal on your site (the one with the red and green flash, listing BL-2291) and I keep going back to it. ⟦Could it be set into a ring in time for the 27th?⟧ I’d want something fairly simple, white gold or platinum, nothing with a heap of diamonds round it because she’s a nurse and it’ll catch on gloves. I don’t know her ring size and I can’t exactly ask her – ⟦what do people usually do about that?⟧ I’ve also read that opals can crack if they dry out or get knocked. ⟦Is a black opal OK to wear every day, or should I be looking at something tougher?⟧ Last thing – ⟦can I pay it off in a couple of instalments rather than all at once?⟧

Cheers,
Mitch Harland
0491 570 156
""", [Y, Y, Y, N], ["yes/no", "how", "yes/no", "yes/no"], """\
Hi Mitch,

Congratulations in advance – Tash is a lucky woman, and BL-2291 is one of the best stones we’ve had this year.

We can set it in time. A plain 18ct white gold bezel would suit a nurse well: the rim of metal runs right round the stone, so nothing sticks up to catch on gloves, and it protects the edges from knocks. A solid black opal is tough enough for everyday wear as long as she takes it off for the gym and the garden; it’s the thin doublets that don’t like water. We’d need the order confirmed by Friday 8 January to have it finished and posted to you by 22/1.

Most people borrow one of their partner’s rings from her jewellery box for a day and have it sized, or trace round the inside of it on paper.‸

Cheers,
Bronwyn
Ridgeline Opals
"""),
    case("""\
Hi,

The pendant I ordered (order RO-5518, $420) arrived yesterday and one side has already gone cloudy – I've had it out of the box for one day. Your listing said "solid opal". I had a jeweller in Toowoomba look at it this morning and he reckons it's a doublet, with the backing showing through at the edge. ⟦Was it solid or not?⟧ Either way ⟦I want a full refund, including the $18.50 I paid for express post⟧, and ⟦I'm not paying to send it back to you either.⟧

Leanne Crowther

On Wed, 2 Dec 2026 at 9:14 am, Ridgeline Opals <sales@ridgelineopals.example.com.au> wrote:
> Hi Leanne,
> Your pendant is on its way with Australia Post Express Post. Your tracking number is 33QZR0551820.
> Thanks for shopping with us!
> Ridgeline Opals
""", [N, N, Y], ["yes/no", "request", "request"], """\
Hi Leanne,

I'm really sorry the pendant's given you a fright. Cloudiness on one side can have a few different causes, and I'd want to see it under the scope before I say anything about the stone itself.

I've emailed you a prepaid Australia Post returns label, so it won't cost you anything to send it back. Once it's here, Bronwyn will look at it the same day and we'll be in touch about the next steps.‸

Regards,
Dale Keogh
Ridgeline Opals
"""),
    case("""\
hi there 😊 we're driving thru the ridge on the 14th of jan ⟦are u open on thursdays⟧ and ⟦can we do the noodling thing at ur mine⟧ 🙏 ⟦how much for 2 adults 2 kids⟧

Sent from my iPhone
""", [Y, Y, Y], ["yes/no", "yes/no", "how much"], """\
Hi there,

The showroom is open Thursdays from 9 till 5, so come on in. We can't take visitors fossicking on our own claim, as it's a working mine, but the town's free public noodling area is only a short drive away and kids usually love it.

Cheers,
Bronwyn
Ridgeline Opals
"""),
    case("""\
Hello Ridgeline Opals,

I am Ji-woo from Seoul. I visited your shop in October and I bought one boulder opal. Now my mother want also one for her 60th birthday. I have some question.

- ⟦the boulder opal pendant BP-1047 is still available?⟧
- ⟦I want to know shipping to Korea is safe⟧, because the opal is expensive. ⟦Insurance is included?⟧
- ⟦Please send me the certificate with photo⟧, my mother will ask 😅
- ⟦When I pay today, when it arrive to Seoul?⟧ Her birthday is 20 January.

Thank you very much.
Ji-woo Park
""", [Y, Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "request", "when"], """\
Dear Ji-woo,

Lovely to hear from you again. Yes, BP-1047 is still here, and I've put it aside for you until Friday. We send international orders by DHL Express, tracked all the way and signed for on delivery, so it will be safe.‸

The certificate with photos will go in the box with the pendant.

Warm regards,
Bronwyn Keogh
Ridgeline Opals
"""),
    case("""\
No worries at all, I'll have a think over the weekend and talk to Dave, then get back to you. Cheers for being so patient!

Sue

Sent from my iPad

On 4 Dec 2026, at 3:41 pm, Ridgeline Opals <sales@ridgelineopals.example.com.au> wrote:

> Hi Sue,
> Both rings are ready for you to see. Could you let me know which setting you'd prefer – the yellow gold claw or the silver bezel – so we can finish it off?
> Bronwyn
""", [], [], """\
Thanks Sue – no rush at all. The rings will keep until you've both decided.

Cheers,
Bronwyn
""", quoted_only=True),
    # --- Inverbrora Estate (deer-stalking estate, Sutherland, Scotland) --------------------------------
    case("""\
Hi Fiona,

Me and my brother-in-law are after a day's hind stalking in January, probably the week of the 18th. Neither of us has stalked before but we've both done a fair bit of target shooting at the club in Kilsyth. ⟦Do we need to bring our own rifles, or is there an estate one we can use on the day?⟧ ⟦What's the price for the two of us⟧, and ⟦does the venison come with it?⟧ ⟦Is there any chance of a Saturday?⟧

Cheers,
Stuart Kerr
0141 496 0732
""", [Y, Y, Y, Y], ["yes/no", "how much", "yes/no", "yes/no"], """\
Hi Stuart,

January's a grand time for hinds. You don't need your own rifles – Callum has two estate .243s, and you'll each put a few rounds into the target on the hill before you go out. A day's stalking for the two of you with one stalker is £480. The carcasses go to the estate's game larder, but we'll give you a haunch each to take home.

The Saturdays in January are already taken, I'm afraid, but Friday 22 January is free.

All the best,
Fiona Gunn
Inverbrora Estate Office
"""),
    case("""\
Fiona,

We drove up from Leeds for our stalk on Tuesday 1 December and were told at the gate that it was off because of the wind. Nobody phoned us, although your own confirmation says you will "always call the evening before if conditions look doubtful". That's eight hours in the car for nothing and a night in a Golspie hotel we'd never have booked otherwise. ⟦Why did nobody ring us?⟧ ⟦I'd like the £150 deposit back⟧, and ⟦a contribution towards the hotel, which was £118.⟧

Regards,
Andrew Pilkington

Sent from my iPad
""", [Y, Y, N], ["why", "request", "request"], """\
Dear Mr Pilkington,

I'm so sorry. Callum did try your mobile at 7 pm on the Monday, but the number on your booking form is missing a digit, so the call never reached you – I should have checked it when you booked. That's no excuse for a wasted journey.

Your £150 deposit went back to your card this morning; it can take three to five working days to show.‸ We'd also very much like to offer you a day's stalking in February at no charge, if you'd give us another chance.

With apologies,
Fiona Gunn
Inverbrora Estate Office
"""),
    case("""\
Dear Fiona,

I hope you don’t mind me writing again after our phone call on Thursday – I’ve been thinking about what you said about the hill. My dad turns seventy in March and has wanted to go stalking since he was a boy in Brora; his own father was a ghillie on one of the estates up there, long before it was split up, and he still talks about it all the time. The difficulty is that Dad had a knee replaced two years ago. He walks fine on the flat, and does four miles most days with the dog, but I’m not sure about peat hags and heather. You mentioned that some beats can be reached by Argocat – ⟦could you tell me whether the March dates would be on one of those?⟧ ⟦I’d also wondered whether it’s possible for me to come out with him, just to watch, without shooting myself.⟧ ⟦Would there be a charge for that?⟧ We’ll want to stay on the estate for two nights, so ⟦could you hold the Bothy for 12 and 13 March until I’ve spoken to my sister about dates?⟧ And ⟦is the dog welcome there⟧ – he’s a very elderly, very quiet springer.

With many thanks,
Kirsty Mackay
Edinburgh
0131 496 0258
""", [Y, Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "request", "yes/no"], """\
Dear Kirsty,

It was lovely to speak to you, and what a story – we’d be honoured to take your dad out.

In March the hinds are often down on the low ground near the loch, so Callum would plan the day around the Argocat track along the river; your dad would have a short walk on fairly firm going at the end, nothing like the high tops. You’d be very welcome to come along and watch – Callum just asks that anyone watching stays right behind him on the final approach.‸

I’ve pencilled the Bothy in for the nights of 12 and 13 March and will hold it until Friday 18 December.

Best wishes,
Fiona
"""),
    case("""\
Good morning,

I am an hunter from Trento, Italy, and I would like to book a roebuck stalking in May 2027 with my son (he is 22). Please, I need some informations:

• ⟦what document is needed for bring my own rifle in UK⟧
• ⟦the price of one roebuck⟧, and ⟦if we shoot a second one what is the extra⟧
• ⟦it is possible to have the trophy prepared and sent to Italy⟧
• ⟦accommodation near the estate, you have or we must find an hotel⟧

Thank you in advance,
Massimo Ferrari
""", [Y, Y, N, N, Y], ["which", "how much", "how much", "yes/no", "yes/no"], """\
Dear Mr Ferrari,

Thank you for your enquiry. To bring your own rifle you will need a British Visitor's Permit, which we apply for on your behalf through Police Scotland; it takes about eight weeks, so we would need your details by the end of February. A day's roebuck stalking is £320 per rifle, including the first buck.‸

The estate has two self-catering lodges and the Bothy, which sleeps four, so there is no need for a hotel. Callum will be happy to talk you through trophies when you arrive.

Kind regards,
Fiona Gunn
Inverbrora Estate Office
"""),
    case("""\
Dear Fiona and Callum,

Just a note to say thank you for Saturday. Dad hasn't stopped talking about it, and the venison casserole on Sunday night was the best thing any of us have eaten all year. Can a day be both freezing and perfect? Apparently it can.

Warmest wishes,
Claire

-----Original Message-----
From: Inverbrora Estate <office@inverbrora.example.co.uk>
Sent: 02 December 2026 18:22
To: Claire Rennie <claire.rennie@example.com>
Subject: Saturday's stalk

Hi Claire,

All set for Saturday – meet Callum at the larder at 8 am. Please let us know if your dad needs a loan of boots or a jacket, as we keep spares.

Fiona
""", [], [], """\
Dear Claire,

Thank you – that's made our week. Callum says your dad was the steadiest shot he's had out all season, so he's welcome back any time.

Warm wishes,
Fiona
""", quoted_only=True),
    # --- Gwynfor Lovespoons (lovespoon carver, Carmarthenshire, Wales) ---------------------------------
    case("""\
Hi Eirlys,

Thanks again for the quick reply. My fiancé's grandmother was from Aberystwyth and we'd love to give his parents a lovespoon at the rehearsal dinner on June 11 (we're getting married in Asheville on the 12th). ⟦I was wondering if you could carve both our names and the date on the handle – Caitlin & Rhys, 06.12.2027?⟧ ⟦I'm also not sure whether a Celtic knot or the dragon would mean more to a Welsh family, so I'd love your opinion.⟧ Finally, ⟦I need to know how long shipping to North Carolina takes so I can plan around it.⟧

Thank you!
Caitlin Brooks

From: Gwynfor Lovespoons <orders@gwynforspoons.example.co.uk>
Sent: 03 December 2026 14:10
To: Caitlin Brooks <caitlinbrooks@example.com>
Subject: RE: Custom lovespoon

Hi Caitlin,

Thank you for getting in touch. Gwynfor carves every spoon to order, and we can add names, dates and symbols of your choice. What did you have in mind?

Diolch,
Eirlys
""", [Y, Y, N], ["yes/no", "which", "when"], """\
Hi Caitlin,

What a lovely idea, and June gives us plenty of time. Gwynfor can carve both names and the date down the handle; he'll send you a drawing to approve before he starts. For a Welsh family I'd go for the knot – the unbroken loops stand for being together forever, and it's the one a grandmother would recognise straight away. The dragon is more of a national symbol than a wedding one.‸

Diolch,
Eirlys
Gwynfor Lovespoons
"""),
    case("""\
helo!! ⟦is it too late to order one for santes dwynwen⟧ 💕 ⟦how much r the small ones with hearts⟧ ⟦can u put cariad on it⟧ diolch x

Sent from my Galaxy
""", [Y, N, Y], ["yes/no", "how much", "yes/no"], """\
Helo! 😊

Not too late at all – orders for St Dwynwen's Day close on Friday 15 January. Gwynfor can carve "Cariad" on any of them. The small heart spoons are our most popular for Dwynwen, and they go out in a gift box with a card explaining the symbols.‸

Diolch yn fawr,
Eirlys
"""),
    case("""\
Eirlys,

The spoon arrived this morning and the left-hand heart has split right through the middle, along the grain. It was wrapped in tissue paper with nothing else around it in a padded envelope, so I'm not surprised. This was for my parents' ruby anniversary on Saturday 19 December and there is now no time to get anything else. ⟦Can Gwynfor make another one in time?⟧ ⟦If not, I want a full refund today.⟧ And ⟦please start sending these out in a proper box.⟧

Sioned Rees
Sent from my iPhone
""", [Y, Y, Y], ["yes/no", "request", "request"], """\
Dear Sioned,

I'm so sorry – that's heartbreaking for something meant for such a special day, and you're right about the envelope. From today every spoon goes out in a rigid box.

Gwynfor has a ruby anniversary spoon in the workshop that he finished last week, with two hearts and a ring of red inlay in the knot. He'll add your parents' initials and the date tomorrow, and it will go out by Special Delivery on Wednesday 9 December, so you'll have it on Thursday.

With apologies,
Eirlys
"""),
    case("""\
Bore da,

⟦Do you do workshops where I can carve my own?⟧ ⟦Where are they held?⟧

Huw Jenkins

-----Original Message-----
From: Gwynfor Lovespoons <orders@gwynforspoons.example.co.uk>
Sent: 01 December 2026 09:30
To: Huw Jenkins <huw.jenkins@example.com>
Subject: RE: Spoon for my wife

Thanks Huw, your spoon is ready to collect from the workshop. Please let us know what day suits.
Eirlys
""", [Y, Y], ["yes/no", "where"], """\
Bore da Huw,

Gwynfor runs a one-day beginners' class about once a month here at the workshop in Llandeilo: £85, including the tools and a blank of lime wood to take home. The next one is Saturday 16 January – shall I put your name down? You could collect your wife's spoon the same day.

Eirlys
"""),
    case("""\
Hi Gwynfor,

Following our chat on the phone on Friday, here's what we'd like for the spoon for my daughter's wedding:

- 18 inches long
- A chain with three links (one for each grandchild), a house, and the initials L & T
- Cherry wood if you can get hold of some, otherwise whatever you think best
- ⟦Needs to be with us in Caerphilly by Friday 30 April at the latest⟧

⟦Could you put a written quote together, including the brass plaque you mentioned?⟧ And ⟦what deposit would you need?⟧

Many thanks,
Gaynor Price
""", [Y, Y, N], ["request", "request", "how much"], """\
Hi Gaynor,

Thanks for sending this through – it's a lovely design. Cherry is no problem; I've a board put by that would suit it well. The end of April is fine too, and I'll have it with you by Friday 23 April. I'll email the written quote, plaque included, by Wednesday 9 December.‸

Diolch,
Gwynfor
"""),
    # --- Thorny Crown Durians (durian delivery and orchard trips, Singapore) ---------------------------
    case("""\
hello ah, ⟦got msw this weekend or not⟧ 😋 ⟦how much per kg⟧ ⟦can deliver to tampines st 81 sat night⟧ 🙏

Sent from my iPhone
""", [Y, N, Y], ["yes/no", "how much", "yes/no"], """\
Hi! 😊

This weekend got MSW from Bentong, but quite limited because it's off season, so the price is higher than usual. Delivery to Tampines on Saturday night can – we do slots from 7pm to 10pm.‸

Melvin
Thorny Crown Durians
"""),
    case("""\
Hi Jasmine,

Very disappointed with the order last night (order TC-3307, 3 boxes MSW, S$168). Two of the boxes the flesh was hard and watery, some seeds got no flesh at all, and one fruit already got worm inside. We had guests over and I was so paiseh. Your website says "satisfaction guaranteed" leh. ⟦Please replace the two boxes this week or refund me for them.⟧ Also ⟦why the driver came at 11pm when the slot was 7 to 9?⟧

Kelvin Ong

On Sat, 5 Dec 2026 at 2:15 PM, Thorny Crown Durians <orders@thornycrown.example.sg> wrote:
> Hi Kelvin, your order TC-3307 is confirmed for delivery tonight between 7pm and 9pm. Thank you!
""", [Y, N], ["request", "why"], """\
Hi Kelvin,

So sorry about this, especially with guests at home. Off-season fruit is harder to judge from the outside, but that's our job, not yours. We'll send two fresh boxes of MSW to you on Thursday 10/12 between 7pm and 9pm, no charge.‸

Jasmine
Thorny Crown Durians
"""),
    case("""\
Dear Sir/Madam,

Our company is organising a durian party for about 60 staff on Friday 22 January 2027 at our office in Changi Business Park. Kindly advise on the following:

1. ⟦Package price for 60 pax, with and without MSW⟧
2. ⟦Whether your team can set up and open the durians on site⟧
3. ⟦Do you provide gloves, tissue and trash bags⟧
4. ⟦Latest date to confirm numbers⟧

⟦We would also need a tax invoice addressed to Meridian Logistics Pte Ltd for our finance department.⟧

Best regards,
Rachel Goh
HR Executive, Meridian Logistics Pte Ltd
DID: +65 6555 0187

CONFIDENTIALITY: This email and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
""", [Y, Y, N, N, Y], ["how much", "yes/no", "yes/no", "when", "request"], """\
Dear Rachel,

Thank you for thinking of us. For 60 pax we recommend our Office Party package: D24 and XO at S$28 per pax, or S$42 per pax with MSW included. Our team of two will come at 3pm to set up, open the fruit and clear up after, and we'll leave plenty of salt water for washing hands.‸

A tax invoice in your company's name is no problem – we'll issue it after the event.

Best regards,
Jasmine Lim
Thorny Crown Durians
"""),
    case("""\
Hi there,

My husband and I moved to Singapore from Manchester in September, and we’ve been brave enough to try durian three times now – the first time I honestly thought something had died in the hawker centre, but by the third I was hooked, which my mother back home finds hilarious. A colleague told me you run orchard day trips across the Causeway in the season. My parents are coming out to visit from 14 to 28 June, and I’d love to take them on one, mostly to see their faces. ⟦Do the trips run on weekdays, or only at weekends?⟧ My dad is 74 and not brilliant on uneven ground, so ⟦how much walking is involved?⟧ I’m also slightly nervous about the border – ⟦do we need to bring anything other than passports?⟧ And ⟦what’s the cost for four adults⟧, and ⟦is lunch included?⟧

Thanks so much,
Hannah Whitworth
""", [Y, Y, Y, N, N], ["which", "how much", "yes/no", "how much", "yes/no"], """\
Hi Hannah,

Ha – the third time is usually the one! Our June trips go to an orchard near Bentong and run every Tuesday, Thursday and Saturday, leaving Novena at 6.30am. The orchard is on a slope, but we eat under a big shelter at the bottom, right where the coach parks, so your dad won’t need to climb anything unless he wants to. For the border, just bring your passports, and your parents should fill in their SG Arrival Cards before we come back in.‸

Best,
Melvin
Thorny Crown Durians
"""),
    case("""\
Noted with thanks. Unit is #12-345, the lift lobby is at the back of Blk 221. See you Sat 👍

Wei Ling

On Fri, 4 Dec 2026 at 6:02 PM, Thorny Crown Durians <orders@thornycrown.example.sg> wrote:
> Hi Wei Ling, your order TC-3351 is confirmed for Saturday 7pm to 9pm. Can you confirm your unit number? The driver will call when downstairs.
""", [], [], """\
Thanks Wei Ling, got it! Our driver will call you when he reaches Blk 221 on Saturday.

Jasmine
""", quoted_only=True),
    # --- Red River Parka Co. (parka maker, Winnipeg, Canada) -------------------------------------------
    case("""\
Bonjour,

I am from Trois-Rivières and I want to order the Assiniboine parka in the colour forest green, size M for woman. On your website it say 6 to 8 weeks for making, but I go to Churchill in February to see the northern lights with my sister. ⟦It is possible to have it before 5 February?⟧ ⟦The price on the site, it include the taxes for Québec or no?⟧ Also ⟦I want to know if the fur on the hood is real or synthetic, because I prefer not real fur.⟧

Merci beaucoup,
Geneviève Lapointe
""", [N, Y, Y], ["yes/no", "yes/no", "which"], """\
Bonjour Geneviève,

Merci for your message! The ruffs on our hoods are a synthetic fur made for us in Montréal, so there's no real fur anywhere on the Assiniboine. The price on the website doesn't include tax; for an order shipped to Québec we add 5% GST at checkout.‸

À bientôt,
Marie-Claire
Red River Parka Co.
"""),
    case("""\
Hi,

I bought a Red River parka from you last January (order #RR-20611, $895 plus tax) and the main zipper has now split from the bottom twice. Last night it let go completely while I was waiting for the bus at Portage and Main at minus 31, and I had to hold the thing shut with my hands for twenty minutes. For $895 I expect better than that. Your website says "lifetime repairs", so ⟦I want it fixed for free⟧, and ⟦I want it done before I leave for Thompson on December 18.⟧ ⟦What am I supposed to wear in the meantime?⟧

Neil Harder
""", [Y, Y, Y], ["request", "request", "how"], """\
Hi Neil,

I'm sorry – standing at Portage and Main at minus 31 with your coat flapping open is nobody's idea of a good night. A zipper that splits twice in a year is a fault, and the repair is on us under our lifetime repair policy. If you bring it to the shop on Main Street, Owen will put in a new heavy-duty zipper while you wait – it takes about two hours, and you're welcome to sit in the back with a coffee.

Best regards,
Marie-Claire Desrosiers
Red River Parka Co.
(204) 555-0162
"""),
    case("""\
⟦Are you doing a Boxing Day sale this year?⟧ ⟦Kids' sizes included?⟧

Tanya

On Tue, Dec 1, 2026 at 9:00 AM Red River Parka Co. <hello@redriverparka.example.ca> wrote:
> Winter is here! Our new colours – Lake Winnipeg Blue and Prairie Rust – are in store and online now.
> Questions about sizing? Just reply to this email and we'll help you find your fit.
""", [Y, Y], ["yes/no", "yes/no"], """\
Hi Tanya,

We sure are – the sale runs from December 26 to January 3, in store and online, and kids' parkas are part of it. I can't share the details just yet, but keep an eye on your inbox on Christmas Eve!

Marie-Claire
Red River Parka Co.
"""),
    case("""\
Hi Owen,

Thanks for taking the time on the phone this morning, you were very patient with me. As I said, Jordan starts his nursing contract in Rankin Inlet in the middle of January and I've been trying to sort out proper winter gear for him, which is harder than you'd think when your son is 6'4" with arms like a gibbon. Here are his measurements, taken by his sister with a sewing tape while he complained: chest 44", sleeve 37", back length 32". You mentioned you might be able to lengthen the sleeves on the Churchill model rather than do a full custom build – ⟦if that's doable, would it still be ready by January 8?⟧ He flies out of Winnipeg on the 11th. I also wondered about the wolverine trim you talked about. ⟦Does it really make a difference to frost on the hood, or is that an old-timer's story?⟧ ⟦Please send me the invoice by email⟧ and I'll pay by e-Transfer today.

Thanks again,
Donna Kehler

From: Owen Friesen <owen@redriverparka.example.ca>
Sent: December 4, 2026 3:47 PM
To: Donna Kehler <dkehler@example.ca>
Subject: RE: Parka for Rankin Inlet

Hi Donna,

Happy to help. Could you send me your son's chest, sleeve and back measurements? I'll call you Monday morning to go through options.

Owen
""", [Y, Y, N], ["yes/no", "yes/no", "request"], """\
Hi Donna,

Thanks for the measurements – tell Jordan his sister did a fine job. Lengthening the sleeves on the Churchill by three inches is no trouble, and it'll be ready to pick up by Wednesday, January 6. Wolverine is what people up north have always used round the face, because the long guard hairs don't hold on to frost the way other furs do – you just give the ruff a shake and the ice falls off.‸

Talk soon,
Owen
Red River Parka Co.
"""),
    case("""\
Hi Owen – here's the gift receipt my sister sent, like you asked. Hopefully that's everything you need for the exchange.

Lisa

Sent from my iPhone

Begin forwarded message:

From: Carol Penner <carol.penner@example.ca>
Date: December 2, 2026 at 7:18:44 PM CST
To: Lisa Penner <lisapenner@example.ca>
Subject: receipt

Here you go! Let me know if it doesn't fit, they said exchanges are fine until January.
""", [], [], """\
Thanks Lisa, that's all we need. The large in Prairie Rust is set aside for you at the counter whenever you're ready to swap.

Owen
""", quoted_only=True),
    # --- Hedgerow & Hyphae (foraging courses, New Forest, England) ------------------------------------
    case("""\
Hi Tamsin,

I'm organising a hen weekend for my sister in late April, and a wild garlic foraging walk with lunch sounds perfect for the Saturday. There'll be ten of us. Could you let me know:

a) ⟦whether Saturday 24 April is free⟧
b) ⟦price for ten⟧, and ⟦whether there's a group discount⟧
c) ⟦can the bride be ceremonially presented with a basket or something equally silly (happy to pay extra!)⟧
d) ⟦if it rains, do we still go out⟧

Thanks!
Becky Lowther
""", [Y, N, Y, N, Y], ["yes/no", "how much", "yes/no", "yes/no", "yes/no"], """\
Hi Becky,

How lovely – late April is peak wild garlic, so the woods will smell amazing. Saturday 24 April is free, and I've pencilled you in. Groups of eight or more get 10% off, and for ten the price then depends on which lunch you'd like – the pub's ploughman's or my wild-food picnic – so I'll send you both menus. We go out in almost any weather; only high winds cancel us, because of falling branches.‸

Best,
Tamsin
Hedgerow & Hyphae
"""),
    case("""\
To Hedgerow & Hyphae,

My son bought me one of your gift vouchers (HH-V-0934) for my birthday last year and I tried to book the spring walk this morning, only to be told by your website that the voucher expired on 30 November. Nobody told me vouchers expire after twelve months, and it doesn't say so anywhere on the voucher itself – I have it in front of me. £75 is a lot of money for my son. ⟦Please honour it.⟧ ⟦Where exactly does it say that they expire?⟧

Yours,
Patricia Dunmore
""", [Y, N], ["request", "where"], """\
Dear Mrs Dunmore,

You're quite right that the expiry date should have been printed on the voucher, and I'm sorry it wasn't.‸ We will of course honour it: I've extended HH-V-0934 for another twelve months, and you can use it for any walk. The spring walks are open for booking now.

With apologies,
Tamsin Hale
Hedgerow & Hyphae
"""),
    case("""\
hiya ⟦can i bring my dog on the winter walk on the 19th⟧ 🐶 hes v good off lead. also ⟦is it ok for a 10 yr old⟧ ⟦what do we need to wear⟧ 🙂

Sent from my iPhone
""", [Y, Y, Y], ["yes/no", "yes/no", "which"], """\
Hi there,

Well-behaved dogs are welcome on the winter walk, but on a lead please, as there are ponies and cattle grazing in the Forest. Ten is a great age for it – children are usually the sharpest-eyed foragers in the group. Wear wellies or walking boots and bring a waterproof; we're out for about two and a half hours.

See you on the 19th!
Tamsin
"""),
    case("""\
Hello Tamsin,

I am Brazilian and I live in Southampton since one year. In Brazil my grandmother always picked mushrooms, but here I don't know nothing about the English mushrooms and I am scared to poison my family haha. I want to join your course but I have some doubts. ⟦The course is only for look and learn, or we can take mushrooms home to eat?⟧ ⟦It is allowed to pick in the New Forest?⟧ I read something about a rule. And my English is not perfect, ⟦is it a problem?⟧

Obrigada!
Luana Ferreira
""", [Y, N, Y], ["which", "yes/no", "yes/no"], """\
Olá Luana,

Your grandmother would be proud! Don't worry at all about your English – I talk slowly and show everything with the mushroom in my hand, and lots of our guests come from abroad.

On the walk we look, touch, smell and learn, and at the end you can take a small basket of the safe ones home for dinner, after I've checked every single one.‸

Best wishes,
Tamsin
"""),
    case("""\
Dear Tamsin,

Just wanted to say thank you for the festive foraging walk on Saturday. We made the rosehip syrup on Sunday and it's already half gone, and my husband, who came along under protest, has now bought himself a field guide. What have you done to him?

Best wishes and happy Christmas,
Judith Aldous
""", [], [], """\
Dear Judith,

That's made my week – thank you! Tell your husband there's a spring walk with his name on it whenever he's ready.

Happy Christmas to you both,
Tamsin
"""),
    # --- Bright Sky Pyrotechnics (fireworks displays and store, St. Louis, Missouri, US) ----------------
    case("""\
Hi Angela,

My fiancée and I are getting married on Saturday, July 10, 2027 at her family’s farm outside Hermann, and her dad – the most enthusiastic man alive – has decided that what the wedding really needs is fireworks. I was skeptical but I’ve come around. The plan is a short show at about 9:45 p.m. after the first dance, over the pond behind the barn. There’s a hayfield on the other side of the pond that will have been cut by then, and the nearest neighbor is about half a mile away. ⟦Do you need to come out and look at the site before you can quote?⟧ ⟦What would a five-minute show run?⟧ Also, they keep horses and a couple of very nervous goats. ⟦Is there anything you can do to keep the noise down, like those quieter fireworks I’ve seen people mention?⟧ And ⟦who handles the permit with the county – us or you?⟧

Thanks,
Ben Whitaker
""", [Y, N, Y, N], ["yes/no", "how much", "yes/no", "which"], """\
Hi Ben,

Congratulations – and tell your future father-in-law he’s our kind of guy! Yes, Travis will need to walk the site before we can give you a firm price; he’s out your way on Thursday, January 14, if that works for you.‸ For the animals, we can build the whole show from low-noise product: plenty of color, shimmer and crackle, no big salutes. Permits out in Gasconade County are usually straightforward, as long as the fire district signs off.

Best,
Angela Ruiz
Bright Sky Pyrotechnics
(314) 555-0128
"""),
    case("""\
Angela,

The county just put a burn ban in place through the end of the month, so our subdivision's New Year's Eve show is off. We paid a $1,200 deposit in October. ⟦I need to know today whether we get that back, because the HOA board meets tonight and they will ask.⟧ ⟦If you're keeping any of it, I want an itemized breakdown of what it's paying for.⟧

Dave Reinholt
Treasurer, Maple Glen HOA

On Fri, Dec 4, 2026 at 10:22 AM Angela Ruiz <angela@brightskypyro.example.com> wrote:
> Hi Dave,
> Just a heads-up that the St. Charles County fire marshal may issue a burn ban next week because of the dry spell. We'll keep you posted.
> Angela
""", [N, N], ["yes/no", "request"], """\
Hi Dave,

I'm sorry the ban has landed on your show – it's the third one we've lost this week. Our contract lets you move a show cancelled for weather or a ban to any date in the next twelve months with the full deposit carried over, and a lot of neighborhoods pick the Fourth of July. I've attached the contract so you can show the board the clause.‸

Angela
"""),
    case("""\
⟦You guys open Christmas Eve?⟧

Marcus

Sent from my iPhone
""", [Y], ["yes/no"], """\
Hi Marcus – the store is closed December 24 through 26, and we reopen Sunday, December 27 at 9 a.m. for New Year's. Happy holidays!

Angela
Bright Sky Pyrotechnics
"""),
    case("""\
Hello,

I have a restaurant in Florissant, El Buen Sabor, and for Cinco de Mayo this year we make a big party in the parking lot. I want to ask for a fireworks show but small, not too big because the parking lot is not very big. The party is Wednesday May 5. ⟦You can do a show in a parking lot or is not allowed?⟧ Also ⟦which is the minimum price.⟧ And ⟦please send me some videos of small shows you did before so I can show to my partner.⟧

Thank you
Rogelio Méndez
""", [Y, Y, N], ["yes/no", "how much", "request"], """\
Hi Rogelio,

Thank you for thinking of us! A parking lot can work if we can keep 70 feet clear around the launch site, which usually means closing off one end of the lot that night. Our smallest professional show starts at $2,500 for about six minutes.‸

Best,
Angela
Bright Sky Pyrotechnics
"""),
    case("""\
Angela – see below from Pastor Jim. Over to you, I'm out of the office until Monday.

Karen Dill
Events Coordinator, Grace Fellowship Church

From: Jim Albers <pastorjim@gracefellowship.example.org>
Sent: Thursday, December 3, 2026 4:55 PM
To: Karen Dill <kdill@gracefellowship.example.org>
Subject: Fireworks for the July 4 picnic

Karen, can you ask the fireworks people whether they'd do a show on Saturday, July 3 instead of the 4th, since the 4th falls on a Sunday next year? And what's the price difference, if any?
Thanks, Jim
""", [], [], """\
Hi Karen,

Thanks for passing this on. Saturday, July 3 works for us, and it's actually a little cheaper than the 4th – I'll send Pastor Jim both quotes directly this week.

Angela
""", quoted_only=True),
    # --- Saltbush Hill Wines (winery, wine club and cellar door, Barossa Valley SA, Australia) --------
    case("""\
Hi Jess,

I've been charged twice for the December club pack – $289 on the 1st and another $289 on the 3rd, both showing on my Amex as Saltbush Hill Wines. And the pack itself still hasn't turned up, even though the tracking you sent says it was delivered on Friday. It wasn't. Nobody was home, and there's nothing at the door or with the neighbours. ⟦Please refund the second charge straight away⟧ and ⟦find out where my wine went.⟧ ⟦Do I have to wait for StarTrack to investigate before you send another?⟧ We're having people over on the 19th.

Anthony Kalogeropoulos
Member SB-0457

On Thu, 3 Dec 2026 at 11:06 am, Saltbush Hill Wines <club@saltbushhill.example.com.au> wrote:
> Hi Anthony,
> Good news – your December club pack is on its way! Track it here: https://track.example.com.au/SBH88210
> Cheers, the Saltbush Hill team
""", [Y, Y, N], ["request", "request", "yes/no"], """\
Hi Anthony,

I'm sorry about both of these. The second $289 was a glitch in our payment system when the club run was restarted on the 3rd, and I've refunded it today – it should be back on your Amex within three to five business days.

I've also lodged a missing-parcel claim with StarTrack and asked their driver to check where he left it.‸

Cheers,
Jess Vogt
Member Services, Saltbush Hill Wines
(08) 5550 2716
"""),
    case("""\
hey guys 🍷 ⟦can we bring a picnic to the cellar door on australia day or is it just ur platters⟧ and ⟦do u need bookings for 8⟧ 🙏🏼 ⟦whats the tasting fee⟧ cheers

Sent from my iPhone
""", [N, Y, Y], ["yes/no", "yes/no", "how much"], """\
Hey! 🍷

Australia Day is one of our busiest days, so yes, please book for 8 – I'll hold a table on the lawn if you let me know a time. Tastings are $15 a head, waived if you buy a bottle.‸

Cheers,
Lachlan
Saltbush Hill Wines
"""),
    case("""\
Hi Lachlan,

Further to your email below, we'd like to go ahead with branded bottles for our end-of-financial-year client gifts. Numbers and details:

- 180 bottles of the 2024 Shiraz, with our logo on a custom front label
- ⟦Delivered to our Sydney office (Level 9, 60 Harrington St, The Rocks) by Friday 18 June⟧
- Each bottle in a gift box with a printed card

⟦Could you confirm the unit price at that volume⟧, and ⟦whether the gift box and card are included?⟧ Also, ⟦what's the lead time on artwork approval?⟧

Kind regards,
Priyanka Sharma
Events & Partnerships Manager, Harbourline Advisory
(02) 5550 4417

This email and any attachments are confidential and intended only for the named recipient. If you have received it in error, please notify the sender and delete it.

From: Lachlan Vogt <lachlan@saltbushhill.example.com.au>
Sent: Wednesday, 2 December 2026 3:31 PM
To: Priyanka Sharma <priyanka.sharma@harbourline.example.com.au>
Subject: Corporate gifting

Hi Priyanka,

Lovely to meet you at the tasting last week. As promised, our corporate range is attached – let me know if anything takes your fancy.

Lachlan
""", [N, Y, Y, Y], ["request", "how much", "yes/no", "when"], """\
Hi Priyanka,

Great to hear – thanks for confirming. At 180 bottles the 2024 Shiraz comes to $34.50 a bottle with your custom label, plus GST. Gift boxes are an extra $6 each, and we'll print and insert the cards at no charge. Once we have your artwork, our designer turns a label proof around in three business days, and we need your sign-off by Friday 21 May to make the printer's run.‸

Best regards,
Lachlan Vogt
Saltbush Hill Wines
"""),
    case("""\
Hi there,

This might be a strange email. Back in March 2015 my husband proposed to me under the big gum tree next to your cellar door – he’d hidden the ring in a picnic basket and was so nervous he nearly knocked a bottle of your Grenache off the table. We’ve been buying your wine ever since (we’re club members, number SB-1123), and this coming March is our tenth wedding anniversary. We’d love to come back the weekend of 20–21 March and do something a bit special. ⟦Is the private barrel-room tasting still something you do?⟧ We’d also love a bottle of the 2017 Grenache, our wedding year, if there’s any left in the library – ⟦would you sell us one⟧, and ⟦what would it set us back?⟧ And, this is a long shot, but ⟦could we possibly have a photo under the same tree?⟧ It’s silly, but it would mean a lot.

Thank you,
Rebecca and Tom Nguyen
""", [Y, N, N, Y], ["yes/no", "yes/no", "how much", "yes/no"], """\
Hi Rebecca and Tom,

What a lovely email – and congratulations on ten years! The tree is still there, and you’re more than welcome to take as many photos under it as you like. We still run the barrel-room tasting with our winemaker on Saturdays, and I’ve pencilled you in for Saturday 20 March at 2pm.

I’ll check with our winemaker about the 2017 Grenache; we only have a handful left in the library.‸

Warmly,
Jess
Saltbush Hill Wines
"""),
    case("""\
Done – updated it on the website just now. Cheers, Col

On Fri, 4 Dec 2026 at 4:50 pm, Saltbush Hill Wines <club@saltbushhill.example.com.au> wrote:
> Hi Col,
> Our records show the delivery address for your club pack is still your old place in Nuriootpa. Could you please update it in your account before the 10th so the February pack goes to the right spot?
> Cheers, Jess
""", [], [], """\
Thanks Col, all looks good on our end – the February pack will go to your new address.

Jess
""", quoted_only=True),
    # --- Cnoc Mòr Tweed (Harris Tweed hand-weaver, Isle of Harris, Scotland) ---------------------------
    case("""\
Hello Kirsteen,

I'm a custom tailor in Charleston, SC, and I have a client who wants a three-piece suit in genuine Harris Tweed. Before I commit, a few questions:

1. ⟦Is the herringbone in your shop listing (HT-412, the peat brown) available as a full 3.5 meter length, or would it come in two pieces?⟧
2. ⟦What does shipping to the US cost⟧, and ⟦does it include duties?⟧
3. ⟦Can you send a swatch first?⟧ I'm happy to pay for it.
4. ⟦Do you weave custom colors⟧, and ⟦if so, what's the minimum order?⟧

Many thanks,
Walter Hines

-- 
Hines Bespoke Tailoring · 12 Queen Street, Charleston SC · (843) 555-0171
Why settle for off the rack?
""", [Y, Y, N, Y, Y, N], ["which", "how much", "yes/no", "request", "yes/no", "how much"], """\
Dear Walter,

Thank you for your interest. HT-412 comes off the loom in lengths of around 50 metres, so 3.5 metres in one piece is no problem. Shipping to the US by Royal Mail International Tracked is £24. I've posted a swatch of the peat brown to you today, with our compliments.

Murdo does weave custom colourways for tailors, though he's booked up until the spring.‸

With best wishes,
Kirsteen MacLeod
Cnoc Mòr Tweed, Isle of Harris
"""),
    case("""\
Kirsteen,

The tweed throw I bought at your shed in August came out of storage at my flat in Dundee last week (I'd left it with my sister) and there are three wee holes in the corner that look like moth to me. I've only had it a few months and it's never been used. £165 is not cheap. ⟦Was it moth-proofed before it left you?⟧ ⟦I'd like it mended or replaced⟧, and ⟦I'd expect you to cover the postage both ways.⟧

Regards,
Alison Fyfe
""", [N, Y, N], ["yes/no", "request", "request"], """\
Dear Alison,

I'm very sorry to hear that. If you send the throw back to us, Murdo will mend the holes by hand – he's very good at it, and once he's finished you won't be able to find them.‸ We'll post it back to you by Royal Mail Special Delivery at our expense.

Kind regards,
Kirsteen
Cnoc Mòr Tweed
"""),
    case("""\
hiya!! ⟦are u open in february⟧ we're doing the hebrides in a campervan lol. ⟦can we watch the loom going⟧ 😍 and ⟦where can we park a big van⟧

Sent from my iPhone
""", [Y, Y, N], ["yes/no", "yes/no", "where"], """\
Hiya! 😊

The shed is open from 10 till 4, Monday to Saturday, all year round, though in February it's best to phone ahead in case the ferry's off and we're not in. If Murdo's weaving, you're very welcome to watch.‸

Kirsteen
Cnoc Mòr Tweed
"""),
    case("""\
Dear Cnoc Mòr Tweed,

I am Yuko Tanaka from Kyoto. I visited your shed with my husband in September and I bought one scarf. It is my treasure. Now I would like to buy two more scarves as a present for my parents. Please tell me some things.

First, ⟦the blue and grey scarf (SC-77) is still in stock?⟧ Second, ⟦could you please write a small message card in English for my parents, it say "With love from Scotland".⟧ Third, about payment, I would like to pay by bank transfer from Japan. ⟦Is it possible?⟧ I am sorry for many questions.

Best regards,
Yuko Tanaka
""", [Y, Y, Y], ["yes/no", "request", "yes/no"], """\
Dear Yuko,

How lovely to hear from you, and I'm so glad the scarf has become a treasure. SC-77 is still in stock – we have three left, so I've put two aside for you. I'd be delighted to write the card for your parents, and I'll tuck a wee sprig of heather into the parcel. For payment we take PayPal and all major cards through our website; we've found that bank transfers from abroad cost our customers a fortune in fees, so we don't accept them.

Kindest regards,
Kirsteen
"""),
    case("""\
Kirsteen – thanks, I've passed this on to Morag, she'll reply herself as it's her present. Cheers, Donald

Sent from my iPad

-----Original Message-----
From: Kirsteen MacLeod <shed@cnocmortweed.example.co.uk>
Sent: 04 December 2026 12:40
To: Donald Matheson <donald.matheson@example.com>
Subject: RE: Blanket commission

Dear Donald,

Murdo can start the blanket in January. Could you let us know the width you'd prefer, and whether you'd like the fringes knotted or hemmed?

Kirsteen
""", [], [], """\
Thanks Donald – we'll wait to hear from Morag.

Kirsteen
""", quoted_only=True),
    # --- Dŵr Gwyllt Coasteering (coasteering, Pembrokeshire, Wales) ------------------------------------
    case("""\
Hi Nia,

We’re a family of five coming down to St Davids for the May half term (we’re staying on a farm near Solva from Saturday 29 May to Saturday 5 June), and after a lot of negotiation with three teenagers, coasteering won the vote over a boat trip. The youngest, Finn, is twelve and a strong swimmer but a bit of a daredevil, and his sister Martha is fifteen and absolutely terrified of jumping off anything higher than a chair. ⟦Would she be able to come along and just skip the jumps, or is that not really how it works?⟧ My husband has a dodgy shoulder from years of rugby – ⟦is he going to be OK?⟧ ⟦What’s the earliest start on the Tuesday, as we’d like to get it done before the weather has a chance to turn?⟧ And ⟦do you supply everything or do we need to bring anything?⟧

Thanks so much,
Claire Hebden
""", [Y, N, Y, Y], ["yes/no", "yes/no", "when", "yes/no"], """\
Hi Claire,

Coasteering definitely beats a boat trip! Every jump is optional – lots of people come just for the scrambling and swimming, and Martha can climb down or swim round while the others go off the rocks. We kit everyone out with wetsuits, helmets, buoyancy aids and wetsuit boots; just bring swimwear, a towel and some old trainers in case the boots don’t fit.

Our first session on Tuesday 1 June starts at 9.30am, and it’s usually the calmest of the day.‸

Diolch,
Nia Bevan
Dŵr Gwyllt Coasteering
"""),
    case("""\
Hi,

We had booked the 2pm coasteering session on Saturday 5 December for four of us (booking DG-4471) and got a text at 1.15pm saying it was cancelled because of the swell. We'd driven from Swansea. I understand safety comes first, but we've now been told we can only have a credit note, not our money back. We live two hours away and won't be back before the summer, if at all. ⟦I want the £180 refunded to my card.⟧ And ⟦why wasn't the forecast checked that morning instead of at 1pm?⟧

Rhian Morgan
07700 900613
""", [N, Y], ["request", "why"], """\
Dear Rhian,

I'm sorry your trip down was wasted. We check the forecast at 7am every day, and on Saturday morning the swell was well inside our limits; the sets that came in after midday were far bigger than anything forecast, and Rhodri made the call from the water at 1pm.‸

Best wishes,
Nia
Dŵr Gwyllt Coasteering
"""),
    case("""\
⟦Min age for the family session?⟧ ⟦Any spaces left at Easter?⟧

Owain

Sent from my iPhone
""", [Y, N], ["how much", "yes/no"], """\
Hi Owain,

Eight and over, as long as they're happy in the water.‸

Nia
"""),
    case("""\
Bonjour,

We are a group of 6 French students in Cardiff for Erasmus. We want to make coasteering in April, maybe the weekend of 17 April. We have some questions please:
- ⟦Is it necessary to be very sportive?⟧
- We have no car. ⟦How we can come to St Davids from Cardiff?⟧
- ⟦Is there a student price?⟧
- ⟦It is possible to pay each person separately?⟧

Merci !
Léa Dubois
""", [Y, N, Y, N], ["yes/no", "how", "yes/no", "yes/no"], """\
Bonjour Léa,

You don't need to be very sporty – if you can swim 25 metres and climb a ladder, you'll be fine. There's no student price, I'm afraid, but groups of six or more get 10% off, which brings it to £49 each.‸

Diolch,
Nia
Dŵr Gwyllt Coasteering
"""),
    case("""\
Hi Nia,

Rhodri said on the phone this morning that there's a GoPro video from Saturday morning's session. ⟦I'd love a copy of it⟧ – ⟦is there a charge?⟧ Also, ⟦could you check whether my daughter left a blue fleece in the minibus?⟧

Thanks,
Gareth Lloyd
""", [Y, Y, Y], ["request", "yes/no", "request"], """\
Hi Gareth,

Glad you all enjoyed it! I've emailed you a WeTransfer link to Saturday's video – it's free for everyone who came along. And yes, there's a small blue fleece hanging up in the office – I'll post it to you tomorrow.

Diolch,
Nia
"""),
    # --- Pawspaport Relocations (pet-relocation agency, Singapore) -------------------------------------
    case("""\
Hi Deepa,

As discussed over the phone on Friday, we are relocating to London end June and would like to engage your services for our dog, Mochi (Shiba Inu, 4 years old, 11kg). Just to summarise what I need from you:

1. ⟦Full quotation door-to-door, including the crate⟧
2. ⟦Timeline of the vet procedures⟧ – I understand some of them need to be done months before
3. ⟦Can Mochi fly on the same flight as us?⟧
4. ⟦Whether she needs to be quarantined on arrival in the UK⟧

Appreciate your help!

Regards,
Jonathan Lee

Sent from my iPhone
""", [Y, N, Y, Y], ["how much", "when", "yes/no", "yes/no"], """\
Hi Jonathan,

Thanks for the call on Friday. Good news first: dogs from Singapore don't need quarantine in the UK as long as the microchip, vaccinations and paperwork are all in order. Pets can't fly in the cabin into the UK – they travel as manifest cargo – so Mochi will usually be on a different flight from you, though often on the same day.

I'll send you our full door-to-door quotation, crate included, by Wednesday 9 December.‸

Best regards,
Deepa Nair
Pawspaport Relocations
"""),
    case("""\
Benjamin,

Our cat Luna landed from Sydney on Thursday and your team told us she would be cleared the same day. Instead she has been held at the quarantine station in Sembawang since then because the import licence had the wrong microchip number on it – a number YOUR office typed. We have been paying S$45 a day for the extra boarding and my kids cry every night. ⟦When is she coming home?⟧ ⟦I expect you to pay the extra quarantine fees.⟧ And ⟦I want to know how this mistake happened.⟧

Sarah Tan-Whitfield
""", [Y, Y, N], ["when", "request", "why"], """\
Dear Sarah,

I'm very sorry – the licence error was ours, and I understand how upsetting this is for the whole family. We've sent AVS the corrected licence and they've confirmed Luna will be released tomorrow, Tuesday 8 December, after 2pm; our driver will bring her straight home to you. We'll cover every extra day of boarding, and I've refunded the S$135 you've already paid to your card today.‸

Regards,
Benjamin Koh
Pawspaport Relocations
"""),
    case("""\
hi can check ⟦how much to send 1 cat to kl by car⟧ 🐱 ⟦need vaccination cert or not⟧ also ⟦how many days in advance must book⟧ thanks!!

Sent from my Galaxy
""", [N, Y, Y], ["how much", "yes/no", "when"], """\
Hi there 😊

Yes, Malaysia needs a vaccination certificate plus an import permit from DVS, which we apply for on your behalf. Please book at least three weeks ahead, because the permit takes about two weeks to come through.‸

Benjamin
Pawspaport Relocations
"""),
    case("""\
Dear Pawspaport,

I am writing for my mother. She is moving back to Shanghai in March and she wants to bring her two old cats, 13 years and 15 years. We are worry about the long flight for old cats. ⟦Can the vet check them first to see whether they are fit to fly?⟧ ⟦If they are not fit, what can we do?⟧ Also ⟦we want to know the cost difference between one cat and two cats.⟧

Thank you.
Zhang Wei
""", [Y, N, N], ["yes/no", "how", "how much"], """\
Dear Zhang Wei,

Please don't worry – we move many senior cats. Our partner vet in Bukit Timah does a fit-to-fly check for S$95 per cat, looking at their heart, kidneys and weight. If either cat isn't fit, we can talk through the options with your family then.‸

Best regards,
Deepa
Pawspaport Relocations
"""),
    case("""\
Hi Deepa,

Thanks for the quotation. We'd like to go ahead with the standard package for Mochi. The flight is on 28 June, so ⟦the pickup from our home should be the evening before.⟧ ⟦The invoice should be made out to my company, Kestrel Analytics Pte Ltd, as they are reimbursing it.⟧

One more thing – ⟦is it possible to have the crate delivered early so she can get used to it?⟧

Regards,
Jonathan

From: Deepa Nair <deepa@pawspaport.example.sg>
Sent: Friday, 4 December 2026 5:12 PM
To: Jonathan Lee <jonathan.lee@example.com>
Subject: Quotation – Mochi to London

Dear Jonathan,

Please find our quotation attached. Please let us know if you wish to proceed.

Deepa
""", [Y, Y, Y], ["request", "request", "yes/no"], """\
Hi Jonathan,

Thanks for confirming – we're looking forward to helping Mochi on her way. I've booked our pet taxi to collect her from your home at 7pm on Sunday 27 June, and the invoice will be issued to Kestrel Analytics Pte Ltd. We'll drop the crate at your place on Monday 14 June, so Mochi has two weeks to make it her own.

Best regards,
Deepa
Pawspaport Relocations
"""),
    # --- Borealis Camp Tours (aurora-viewing tours, Yellowknife NT, Canada) ----------------------------
    case("""\
Dear Borealis Camp Tours,

We are two Japanese women, we plan to visit Yellowknife from 2 February to 6 February 2027. We want to join aurora viewing for 3 nights. I have questions.

1. ⟦Do you have Japanese speaking guide?⟧
2. We don't have winter clothes for -30 degrees. ⟦Can we rent from you?⟧
3. ⟦If we cannot see aurora because of cloud, is there refund or discount for next night?⟧
4. ⟦Pick up from hotel is included?⟧

Thank you very much for your help.
Ayaka Mori
""", [Y, Y, N, N], ["yes/no", "yes/no", "which", "yes/no"], """\
Dear Ayaka,

Thank you for choosing Yellowknife! Mai, one of our guides, speaks Japanese and works every night from Tuesday to Saturday in February, so she will be with you. Full winter clothing – parka, snow pants, boots and mitts – can be rented from us for $45 per person per night.‸

Best regards,
Kyle Lafferty
Borealis Camp Tours
(867) 555-0119
"""),
    case("""\
Hi,

Last night's tour (booking BC-8832, 4 people, $520) was a mess. The bus showed up at our hotel 50 minutes late, so we got to the camp just as the best of the aurora was fading – the other guests said it had been incredible for the past hour. Then the wood stove in the teepee wasn't lit, so we stood around at -34 for twenty minutes. ⟦Why was the bus so late?⟧ ⟦I think a partial refund is fair, at least half.⟧ We have one more night booked – ⟦tonight's pickup had better be on time.⟧

Greg Thorsen

Sent from my Samsung Galaxy smartphone.
""", [Y, N, Y], ["why", "request", "request"], """\
Hi Greg,

I'm sorry about last night – you came a long way to see that, and missing the peak is the worst thing that can happen on a tour. The bus was held up behind a jackknifed truck on the Ingraham Trail, and our dispatcher should have called you. The cold teepee is on us too; the camp host was out with another group and forgot to light the stove.

Tonight our senior driver, Andre, will collect you himself at 9:30 p.m. sharp.‸

Regards,
Kyle
Borealis Camp Tours
"""),
    case("""\
Hi there – ⟦do you sell gift certificates?⟧ ⟦Need one by the 20th for my dad's Christmas.⟧ Thanks!

Jen
Calgary, AB
""", [Y, Y], ["yes/no", "request"], """\
Hi Jen,

We do – you can buy an e-gift certificate for any amount on our website, and it lands in your inbox within a few minutes, so the 20th is no problem at all.

Merry Christmas!
Kyle
Borealis Camp Tours
"""),
    case("""\
Hello,

My wife Linda and I are finally doing the trip we’ve talked about for forty years. We’re both retired teachers from Sudbury, and seeing the northern lights properly – not the faint green smudge we get at the cottage once every few winters – has been at the top of our list since before the kids were born. We’re looking at the week of March 8; I’ve read that activity is good around the equinox. Linda has a pacemaker, and I’m a little worried about the cold – ⟦is there somewhere warm to wait at the camp, or are we outside the whole time?⟧ I’ve also bought a new camera, a Sony a6400, and honestly I have no idea how to use it at night. ⟦Do your guides help with camera settings?⟧ ⟦I’d also appreciate knowing whether the camp has washrooms⟧ – we’re at that age. Lastly, ⟦what’s the best way to book the three nights – online, or by phone with you?⟧

Many thanks,
Doug and Linda Beaulieu
""", [Y, Y, N, N], ["yes/no", "yes/no", "yes/no", "which"], """\
Hello Doug and Linda,

What a wonderful trip to be planning – March is a great month, with long dark nights and milder temperatures than January. The camp has three heated teepees and a log cabin with a wood stove, so you can watch from the warm and only step out when the sky lights up. Our guides are all keen photographers and will happily set up your Sony on a tripod for you.‸

Warm regards,
Kyle Lafferty
Borealis Camp Tours
"""),
    case("""\
Kyle,

Thanks for calling back. As I said, our flight from Edmonton has been moved to Wednesday 13 January, one day later than planned. ⟦If you can move our booking to the 13th, 14th and 15th, please do⟧ – ⟦if not, what are the options?⟧ And ⟦since we'll miss the first night, do we lose that payment?⟧

Marc Gagnon

________________________________
From: Borealis Camp Tours <bookings@borealiscamp.example.ca>
Sent: December 5, 2026 10:02 AM
To: Marc Gagnon <marc.gagnon@example.ca>
Subject: Your booking BC-9017

Hi Marc, we tried to reach you by phone this morning. Could you call us back at (867) 555-0119 about your January dates?
Kyle
""", [Y, Y, Y], ["request", "which", "yes/no"], """\
Hi Marc,

No problem – I've moved your three nights to 13, 14 and 15 January, and nothing is lost: your payment simply moves with the booking.

See you on the 13th,
Kyle
"""),
]
