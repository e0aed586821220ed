"""The cases of Tactful's questions held-out set 31 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout31.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
mushroom farm (England), a church-bell restorer and bellhanger (England), a kiltmaker and Highland-dress
hire shop (Scotland), a seaweed-baths house (Ireland), an au pair agency (Ireland), a whitewater rafting
outfitter (US), a longarm quilting service and quilt shop (US), an electrician (US), a go-kart track
(US), a circus school (US), a truffle farm (Australia), a gliding club (Australia), a lobster pound
(Canada) and a children's and corporate magician (Canada).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Ledbury Mushroom Company (mushroom farm: grow kits, restaurant supply, courses; Herefordshire, England)
    case(
        """Hi there,

⟦Can a lion's mane kit go in the post to Aberdeen without spoiling?⟧ And ⟦what's the last day to order for Christmas?⟧

Priya""",
        [Y, N], ["yes/no", "when"],
        """Hi Priya,

Thanks for getting in touch. Yes, a lion's mane kit will happily go to Aberdeen: it stays dormant until the bag is cut open, so a few days in the post won't hurt it, and we pack each one in a box with plenty of air holes. Christmas is our busiest fortnight, so it's worth ordering soon.‸

Best wishes,
Hattie
Ledbury Mushroom Company""",
    ),
    case(
        """Hattie,

Friday's delivery was not usable. Two of the three trays of king oysters were wet and slimy underneath and the shiitake smelled off. I had a full book on Saturday night and had to send someone to the cash and carry for button mushrooms, which is not what my menu says.

⟦I want a credit for the whole delivery, not just the bad trays.⟧ ⟦I'd also like to know why this happened, because it's the second time since October.⟧ ⟦If you're changing how you pack them, tell me now.⟧ And ⟦I need someone to confirm that Tuesday's order will be checked before it leaves.⟧

Marcus Hale
Head Chef, The Teme Room, Ludlow
01632 960588

From: Ledbury Mushroom Company <orders@ledburymushroom.example.co.uk>
Sent: 03 December 2026 16:40
To: Marcus Hale <marcus@temeroom.example.co.uk>
Subject: Delivery Friday 4 December

Hi Marcus, your order for Friday is confirmed: 3 trays king oyster, 2kg shiitake, 1kg lion's mane. Please let us know by Thursday noon if you need to change anything.""",
        [N, Y, Y, Y], ["request", "why", "request", "request"],
        """Dear Marcus,

I'm really sorry. You were let down on a Saturday with a full book, and that's on us.

I've credited the two king oyster trays and the 2kg of shiitake to your account, £96.40 in all.‸ The lion's mane came from a different growing room and we've had no complaints about that batch.

What went wrong: the cold room's compressor tripped on Thursday night, and the temperature crept up to 11 degrees before we noticed in the morning. The trays were packed straight out of it and sweated in the van. We've had the compressor replaced and fitted an alarm that texts me if it goes over 5 degrees.

We're also going back to the paper-lined crates from Tuesday, instead of the plastic tubs, because the tubs hold moisture against the mushrooms.

I'll check your Tuesday order myself before it goes on the van, and I'll send you a photo of it packed.

Hattie""",
    ),
    case(
        """Dear Ledbury Mushroom Company,

My daughter gave me one of your oyster mushroom kits for my birthday in October and I have to say it has given me more pleasure than anything in years. I kept it on the windowsill of the back bedroom, misted it twice a day like the card said, and got three flushes off it before it gave up. My grandson Alfie, who is six, was convinced it was an alien and checked on it every time he came round. We ate the first lot with eggs on toast and they were better than anything from the supermarket.

Since then I have been reading up, and I have three oak trees coming down at the bottom of the garden in January (the tree surgeon says they are too close to the fence). I gather you can grow shiitake on fresh-cut logs. ⟦I wondered whether you sell the plug spawn for that⟧, and ⟦how many plugs I would need for a log about a metre long.⟧ I have a drill. I don't have a lot of shade though, apart from under the laurel hedge, so ⟦is that somewhere they would be happy?⟧

I also saw on your website that you run a Saturday course. My wife and I used to do these things together and I've got out of the habit of going anywhere on my own since she passed, but I think I ought to. ⟦Is the course suitable for a complete beginner of 74 with a bad knee?⟧ ⟦Is there much standing?⟧

Please forgive the long letter.

Kind regards,
Geoffrey Naylor""",
        [Y, Y, Y, Y, N], ["yes/no", "how much", "yes/no", "yes/no", "yes/no"],
        """Dear Geoffrey,

What a lovely letter, thank you. Alfie's alien made our morning.

Fresh oak is perfect for shiitake, and January felling is ideal timing. We do sell the plug spawn: £12 for a bag of 100 dowels, which is enough for three logs that size. For a log a metre long and 10 to 15cm across, drill about 30 holes in a diamond pattern and seal each plug with a dab of wax. Under the laurel hedge would suit them very well; they want shade and shelter more than anything, and the hedge will keep the worst of the wind off.

The Saturday course is written for complete beginners, and we regularly have guests in their seventies and eighties. The next one is on Saturday 16 January, 10am to 1pm, with soup and bread at the end.‸ I'd be very glad to see you there.

Warm regards,
Hattie Ellwood
Ledbury Mushroom Company""",
    ),
    case(
        """Brilliant, that's exactly what I needed to know. Order placed (#LMC-20417).

Cheers,
Jo

On Sat, 5 Dec 2026 at 09:14, Ledbury Mushroom Company <hello@ledburymushroom.example.co.uk> wrote:
> Hi Jo,
>
> Yes, the blue oyster kit is fine in a flat without a garden; it just needs a bright spot out of direct sun. It'll fruit within two weeks of opening.
>
> Hattie
>
> On Fri, 4 Dec 2026 at 21:47, Jo Whitlock <jo.whitlock@example.com> wrote:
>> Can the blue oyster kit be grown in a flat? No garden, just a north-facing kitchen. How long before we'd get mushrooms?""",
        [], [],
        """Hi Jo,

Thanks for your order! Your blue oyster kit goes out tomorrow, Tuesday 8 December, by first class post, and there's a card in the box telling you when to cut it open.

Happy growing,
Hattie""",
        quoted_only=True,
    ),
    case(
        """Hi Hattie,

We're reopening the kitchen at the Feathers in February and I'd like to put your mushrooms on the menu. A few things:

1. ⟦Minimum order for delivery to Much Marcle⟧
2. ⟦Which days you deliver out our way⟧
3. ⟦Do you do dried porcini or only fresh?⟧
4. ⟦Price list for trade please⟧
5. ⟦Can we come and look round before we commit - maybe the w/c 18 January⟧

Thanks,
Sian Probert
The Feathers, Much Marcle""",
        [Y, Y, Y, N, N], ["how much", "when", "yes/no", "request", "yes/no"],
        """Hi Sian,

Lovely to hear the Feathers is reopening. Answers in order:

Minimum order for delivery is £40, and there's no delivery charge above that. Our van does the Much Marcle and Dymock loop on Tuesdays and Fridays, so you could have two drops a week if you wanted them.

We don't do porcini, I'm afraid; they can't be cultivated, and we only sell what we grow. We do dry our own shiitake, though, and a lot of chefs use it the same way.

Our trade price list is being updated for January, and I'll get it over to you once it's done. We love having chefs round to see the growing rooms, as it helps to see how the different varieties are kept.‸

Best,
Hattie""",
    ),
    # --- Whitcombe Bellhangers (church-bell restoration and bellhanging, near Bridgnorth, Shropshire, England)
    case(
        """Dear Mr Whitcombe,

Thank you for coming out to St Lawrence's last Thursday and for the survey report, which the PCC discussed on Saturday.

⟦Our treasurer has asked me to find out whether the £18,400 estimate includes VAT, as we understood listed-building work on a church may be eligible for the grant scheme.⟧ ⟦Could you also let us know how long the bells would be out of the tower?⟧ We have a wedding booked on Saturday 12 June and the couple have specifically asked for the bells. ⟦If the work can't be finished by then, would you be able to leave the tenor hanging so that it can be rung on its own?⟧

Finally, ⟦could you send a copy of the report in Word format for the faculty application?⟧ The diocesan advisory committee won't accept a scanned PDF.

Yours sincerely,
Margaret Oakes
Churchwarden, St Lawrence, Cleobury North

-----Original Message-----
From: Tom Whitcombe <tom@whitcombebells.example.co.uk>
Sent: 04 December 2026 17:22
To: Margaret Oakes
Subject: Survey report - St Lawrence, Cleobury North

Dear Mrs Oakes, please find the survey report attached. Do let me know if the PCC has any questions.""",
        [Y, Y, N, N], ["yes/no", "when", "yes/no", "request"],
        """Dear Mrs Oakes,

Thank you, and please thank the PCC for looking at it so quickly.

The £18,400 is before VAT. Work on the bells and frame qualifies under the Listed Places of Worship Grant Scheme, so the parish pays the VAT to us and reclaims it afterwards; the scheme's guidance is at the link below.

The bells would be out of the tower for about ten weeks: three for us to lift them and prepare the frame, five at the foundry for retuning and new fittings, and two to rehang and test. If the faculty comes through by February, we'd hope to start in mid-March. The foundry sets its own dates, though, and I'd rather not promise anything for the wedding until they've confirmed our slot.

I'll get a Word version of the report over to you.‸

Yours sincerely,
Tom Whitcombe
Whitcombe Bellhangers""",
    ),
    case(
        """⟦How much is a new clapper for a 9cwt bell, roughly?⟧ Ours has cracked at the ball. And ⟦can you get to us before Christmas?⟧

Dave

Sent from my iPhone""",
        [N, Y], ["how much", "yes/no"],
        """Hi Dave,

Sorry to hear that. Please don't ring it in the meantime, as a cracked ball can come off.

Clappers vary a lot depending on whether we can weld the old one or need a new forged one, and on the fittings, so I'd want to see it before I put a figure on it.‸ I can get to you on Wednesday 16 December in the morning, if someone can let me into the tower.

Tom""",
    ),
    case(
        """Hello,

I direct the handbell choir at First Presbyterian in Lancaster, Pennsylvania, and I'm writing on the recommendation of a ringer I met at a conference in Philadelphia last year who said you'd restored her church's set. Ours is a three-octave set that was given to the church in 1962 by a family who brought it over from Yorkshire. It's been played every Christmas since, by three generations of the same families in some cases, and honestly it shows: several of the clappers clack instead of ring, the leather handles on the lower bells are cracking, and two of the bass bells sound noticeably flat against the piano.

Our budget committee meets in January, and they'll want a number. I realize you can't quote without seeing them, but ⟦could you give me a ballpark for a full overhaul of a set that size?⟧ We would need to ship them to you, and I'm nervous about that - ⟦do you have a recommended shipper, or crates you lend out for the purpose?⟧ We'd obviously want them back before next Advent, so ⟦I'm also wondering how long an overhaul usually takes from the day they arrive.⟧

One more thought: our choir is traveling to England in July 2027 and several members would love to see where the work is done. ⟦Do you ever allow visitors at the workshop?⟧

With thanks,
Carol Dettweiler
Director of Handbell Ministries
First Presbyterian Church, Lancaster, PA
(717) 555-0143""",
        [Y, Y, N, Y], ["how much", "yes/no", "when", "yes/no"],
        """Dear Carol,

Thank you for writing, and for the kind recommendation. A 1960s Yorkshire set that has been played every Christmas is exactly the kind of work we enjoy.

For budgeting, a full overhaul of a three-octave set (new clappers and springs, new handles, cleaning and retuning where needed) usually comes to between £4,200 and £5,600. Bass bells that have gone flat sometimes need more tuning work than the others, which is the main reason for the range.

We lend out padded crates for exactly this purpose and can arrange collection through the fine-art shipper we use for American customers; they handle the customs paperwork both ways.‸

And yes, visitors are welcome. If the choir lets us know their dates in July, Tom will show them round the workshop and the tuning room.

Kind regards,
Ruth Whitcombe
Whitcombe Bellhangers""",
    ),
    case(
        """Tom,

I'm sorry to say the treble is no better. It was rung for the Advent service yesterday and there's still a knock every time it goes over the balance, and now the 4th has started dropping at backstroke, which it never did before you touched it. Our ringers are unhappy and two of the learners have stopped coming because the bells feel unpredictable.

⟦Please come back and look at both bells before Christmas, at your cost.⟧ We will be holding back the final 5% until they ring properly. ⟦I'd also like to know who actually signed the work off, because Brian says nobody rang them after the rehang.⟧

Alison Drew
Tower Captain, St Mary's, Alveley

--
St Mary's Alveley Ringers
Ever fancied ringing a bell? Practice Thursdays 7.30pm, all welcome.""",
        [Y, N], ["request", "which"],
        """Dear Alison,

I'm sorry. The knock on the treble should have been sorted the first time, and a bell that drops at backstroke is a real worry for learners.

I'll come back on Tuesday 15 December with Josh, and we'll look at the treble's bearings and the 4th's stay and slider. There'll be no charge for the visit or for anything we need to put right. Holding back the final 5% is fair, and we won't invoice it until your band is happy.

You're right to raise the sign-off, and I'm sorry it's come to this.‸ We'll ring both bells with your band before we leave on the 15th.

Tom Whitcombe""",
    ),
    case(
        """Dear Tom and Josh,

Just a note to say thank you. The bells were back in time for Advent Sunday, and yesterday the band rang its first quarter peal in eleven years. People came out of their front doors to listen, and Mrs Pritchard at the post office cried.

Who knew the old tenor had that much voice left in it?

With gratitude from all of us at Holy Trinity,
Janet Lloyd
Tower Secretary""",
        [], [],
        """Dear Janet,

Thank you, that's made our week. A first quarter in eleven years is a real achievement, and the band deserves the credit for it; we only hung the bells.

The tenor was always a good bell. It just needed its bearings sorted and a bit of patience.

With best wishes to everyone at Holy Trinity,
Tom""",
    ),
    # --- MacRae Kiltmakers & Highland Hire (kiltmaker and Highland-dress hire, Inverness, Scotland) ---------
    case(
        """hiya ⟦is it too late to hire for a wedding on 2nd jan⟧ 😬 theres 6 of us incl me, ⟦how much each⟧ ⟦can the ones in glasgow get measured there or do they have to come up to inverness⟧ 🙏 also ⟦do u do kids sizes⟧ my nephews 7 and hes a page boy

sent from my phone""",
        [Y, N, Y, N], ["yes/no", "how much", "yes/no", "yes/no"],
        """Hi there,

Congratulations! 🥳 Not too late at all: the 2nd of January is a Saturday and we still have plenty of stock for it.

Prices depend on which jacket and sporran you go for, and the groom's outfit is usually a bit different from the rest of the party.‸ The lads in Glasgow don't need to come up: we'll email them our measuring guide, they can be measured by anyone with a tape, and we post the outfits out to arrive on the Wednesday before.

Fiona
MacRae Kiltmakers""",
    ),
    case(
        """Hi Fiona,

Thanks for the quick reply. My grandmother's people were MacKenzies from Ross-shire, as far as we know, but nobody in the family has ever worn the tartan, so I'm starting from scratch.

⟦Would you go with the modern or the ancient colors for someone who's never worn a kilt?⟧ I'm 6'4" and about 260 lbs, so ⟦does a bigger build need more than 8 yards?⟧ And ⟦if it does, does that change the price?⟧ I'd need it in Texas by the end of May at the latest, because we leave for the games in Scotland on June 18. ⟦Please confirm you can do that, including shipping.⟧

Thanks again,
Wade Pruitt
Fort Worth, TX

On Thu, Dec 3, 2026 at 10:12 AM Fiona MacRae <fiona@macraekilts.example.co.uk> wrote:
> Dear Wade,
>
> Thank you for your enquiry. Could you tell me which MacKenzie line your family comes from, and whether you'd like modern or ancient colours? Our made-to-measure kilts are £695 in the standard weight.
>
> Best wishes,
> Fiona""",
        [Y, Y, N, N], ["which", "yes/no", "yes/no", "request"],
        """Dear Wade,

Thanks, that's very helpful. For a first kilt I'd go with the modern colours: the ancient MacKenzie is lovely but quite pale, and most first-time wearers feel more at home in the deeper greens and blues.

For your height and build we'd make it from 9 yards rather than 8, so the pleats sit properly at the back.

Our current lead time is about twelve weeks from when we receive your measurements, and we'll do our very best to have it with you in good time for the games.‸ I've attached our measuring guide; it's worth having a tailor take the measurements if you can.

Best wishes,
Fiona""",
    ),
    case(
        """Dear MacRae Kiltmakers,

Our hire order (HR-6613) arrived on Thursday for my son's wedding on Saturday. When the groomsmen opened the boxes on Friday night, two of the five had no kilt pins, one sporran had a broken chain, and the best man's jacket was a 44 when we ordered a 40. He spent the whole day swimming in it and it is in every photograph.

I phoned on Friday evening and got the answerphone. Nobody rang back.

⟦I would like a full refund for the best man's outfit.⟧ ⟦For the two without pins I think a partial refund is fair.⟧ ⟦I would also like to know how a jacket four sizes too big got through your checks, when the order form clearly says 40 regular.⟧ ⟦Do I need to send everything back before you will process a refund⟧, and ⟦who pays the postage?⟧

Yours,
Elaine Forsyth

From: MacRae Kiltmakers <hire@macraekilts.example.co.uk>
Sent: Tuesday, 1 December 2026 11:05
To: Elaine Forsyth
Subject: Your hire order HR-6613 has been dispatched

Dear Elaine, your order has been dispatched by Royal Mail Special Delivery and should arrive by 1pm on Thursday 3 December. Please check the contents on arrival and let us know straight away if anything is missing.""",
        [Y, Y, Y, Y, N], ["request", "request", "why", "yes/no", "which"],
        """Dear Elaine,

I'm so sorry. A wedding day is the one day it has to be right, and having the best man in a jacket that didn't fit, in every photograph, is awful. I'm also sorry nobody returned your call; Friday evening's messages weren't picked up until this morning.

I've refunded the best man's outfit in full (£139) and £25 for each of the two outfits without kilt pins. The refunds went through this morning, so you'll see them within three to five working days, whether or not the outfits are back with us yet.

The jacket was my mistake in the packing room. We hang our 40 and 44 regulars side by side, and the 44 had been put back on the wrong hook after cleaning; I picked it without checking the label. We now check every jacket's label against the order form before it's boxed, and a second person signs it off.

Please send everything back by Friday 11 December.‸

With apologies,
Fiona MacRae""",
    ),
    case(
        """Dear Sir or Madam,

We are a couple from Freiburg and we will travel in the Highlands from 27 December to 3 January. My husband wishes since long time to have a real kilt. He has no Scottish family. ⟦Is it allowed for him to wear a clan tartan, or he must choose a district tartan?⟧ We do not want to make an offence.

⟦Can you tell me if your shop is open in the days between Christmas and New Year?⟧ ⟦If we order a kilt when we are in Inverness, can you send it after to Germany⟧, and ⟦how much costs this?⟧

Thank you very much and greetings from Freiburg,
Ulrike Baumann""",
        [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
        """Dear Ulrike,

Thank you for your message, and how lovely that your husband is getting his kilt.

He is very welcome to wear a clan tartan. There is no law or rule against it, and most clans are glad to see their tartan worn. Some visitors without Scottish family prefer a district tartan or one of the universal ones such as Black Watch, but that's a matter of taste, not offence.

Over the holidays we are open on 29, 30 and 31 December from 10am to 4pm. We're closed from 25 to 28 December and on 1 and 2 January.

We send made-to-measure kilts all over Europe, so posting it to Freiburg is no problem. We use DHL Express for overseas parcels and will work out the shipping when you order.‸

With best wishes,
Callum MacRae
MacRae Kiltmakers & Highland Hire""",
    ),
    case(
        """That's all five of us done now, the last two went in this morning. Cheers Fiona, see you on the 18th for the fitting.

Jamie

Sent from my iPhone

On 4 Dec 2026, at 14:21, Fiona MacRae <fiona@macraekilts.example.co.uk> wrote:

> Hi Jamie,
>
> We still need measurements for Ross and Kenny. Could you ask them to send them by Monday, please, so we can hold the jackets?
>
> Fiona""",
        [], [],
        """Hi Jamie,

Got them all, thanks, and the jackets are on hold for the five of you. See you on Friday 18 December at 11 for the fitting; bring the shoes you'll be wearing if they're your own.

Fiona""",
        quoted_only=True,
    ),
    # --- Cuan Seaweed Baths (seaweed baths, Strandhill, Co. Sligo, Ireland) -------------------------------
    case(
        """Hi,

Looking to get vouchers for my two sisters for Christmas. Few questions:

- ⟦Can the vouchers be posted or is it email only⟧
- ⟦How long are they valid for⟧
- ⟦Would ye do one voucher for a double bath so they can go together⟧
- ⟦I'd need them by the 18th at the latest⟧

Thanks a mill,
Niamh""",
        [Y, Y, Y, Y], ["yes/no", "when", "yes/no", "request"],
        """Hi Niamh,

Thanks for thinking of us! We can post the vouchers in a card, or email them as a PDF you can print, whichever suits. They're valid for 12 months from the date they're bought.

We do a double bath voucher for two people sharing a room, €55, and your sisters can book it together any day we're open.

Posted vouchers go out first class the day after you order, so if you order by Monday 14 December they'll be with you well before the 18th.

Gráinne
Cuan Seaweed Baths""",
    ),
    case(
        """Hello,

I'm 24 weeks pregnant and my partner has booked us a double bath for Saturday 19 December as a surprise (he told me, so not much of a surprise). ⟦I'm not sure whether seaweed baths are safe in pregnancy⟧ and ⟦I wanted to check what temperature the water is.⟧ My midwife said nothing too hot. ⟦If I shouldn't have the bath, could we swap my half to a massage instead?⟧

Many thanks,
Orla Ní Bhriain
HR Officer

DISCLAIMER: This email is intended for the named recipient only. If you have received it in error please delete it and notify the sender.""",
        [Y, Y, Y], ["yes/no", "how much", "yes/no"],
        """Hi Orla,

Congratulations, and what a lovely thing for your partner to book!

Plenty of expectant mums bathe with us in the second and third trimesters. We'd just ask you to keep your soak to about 20 minutes, skip the steam cabinet, and sip water while you're in. We'll run your bath at about 37 degrees, no hotter than body temperature, and you can add cold water yourself at any time.

So there's no need to swap anything, and your booking for the 19th stands.

See you then,
Gráinne
Cuan Seaweed Baths""",
    ),
    case(
        """To whoever is in charge,

I booked eight baths for my sister's hen on Saturday (booking CSB-4471, paid in full, €240). When we arrived at 2pm we were told only five rooms were free because of a "system error", and three of the girls had to sit in the café for an hour and a half while the rest of us went in. The bride was one of the ones left waiting, which completely defeated the purpose.

The girl on the desk was lovely but couldn't do anything. ⟦I want the €90 for the three baths we didn't get refunded to my card⟧, and honestly ⟦I think something on top of that for ruining the afternoon is only fair.⟧ ⟦What actually went wrong with the booking?⟧

Siobhán Hegarty

________________________________
From: Cuan Seaweed Baths <bookings@cuanbaths.example.ie>
Sent: 02 December 2026 19:48
To: Siobhán Hegarty
Subject: Booking confirmed: CSB-4471

Thanks for booking! 8 x Seaweed Bath, Saturday 5 December, 14:00. Please arrive 10 minutes early. Need to change something? Just reply to this email.""",
        [Y, Y, N], ["request", "request", "why"],
        """Dear Siobhán,

I'm so sorry. A hen party is meant to be together, and leaving the bride sitting in the café is the last thing any of us wanted.

I've refunded the €90 to the card you paid with; it should show in three to five working days. I'd also like to send the bride and the two girls who waited a voucher each for a seaweed bath and sauna session, on us, so they get the afternoon they should have had. Just let me know where to post them.

We're looking into what happened with Saturday's booking, and I've asked our booking system provider to go through it with us this week.‸

Gráinne Mulcahy
Manager, Cuan Seaweed Baths""",
    ),
    case(
        """Nobody has any allergies, we're all grand. See you Sunday!

Aoife

On Thu, 3 Dec 2026 at 16:02, Cuan Seaweed Baths <bookings@cuanbaths.example.ie> wrote:
> Hi Aoife,
>
> Thanks for your booking for four on Sunday 13 December at 11am. Could you let us know if anyone in the group has an iodine or shellfish allergy? Seaweed is high in iodine and we'd need to suggest an alternative.
>
> Thanks,
> Declan""",
        [], [],
        """Hi Aoife,

Great, thanks for letting us know. You're all set for Sunday 13 December at 11am. Towels and robes are provided, so just bring yourselves.

Declan
Cuan Seaweed Baths""",
        quoted_only=True,
    ),
    case(
        """Hi Declan,

Thanks for the chat on the phone earlier. As I said, my dad uses a wheelchair and can transfer with help. ⟦Can you send me a photo of the accessible bath room so I can see where the grab rails are?⟧ ⟦You mentioned you'd check whether the hoist is back from repair - any news?⟧ And ⟦would it be possible for me to go into the room with him, or is that against the rules?⟧

Thanks,
Conor Reilly
087 555 0149""",
        [Y, Y, N], ["request", "yes/no", "yes/no"],
        """Hi Conor,

Good to talk to you earlier. I've attached two photos of the accessible room: one from the door and one of the bath, with the grab rails along the wall side and at the tap end.

The hoist isn't back yet. The engineer has promised it for Wednesday 9 December, and I'll text you when it's in and tested.

There's plenty of room to turn a chair in there, and there's a bench beside the bath for anyone helping.‸

Declan
Cuan Seaweed Baths
071 555 0182""",
    ),
    # --- Lee Valley Au Pairs (au pair agency, Cork, Ireland) ----------------------------------------------
    case(
        """Hello Anna,

My name is Larissa, I am 22 and I am from Curitiba in Brazil. I have the working holiday visa for Ireland from February. I see in your site that you have families in Cork and also in Kerry. I have experience with children because I work two years in a creche in my city.

⟦Please, is it possible to choose a family with small children only?⟧ I prefer babies and until 5 years. ⟦How many hours I will work for week⟧ and ⟦how much is the payment?⟧ I read different informations in internet. Also ⟦the family pay the flight or I pay myself?⟧

I am sending my CV in attach.

Obrigada!
Larissa Fontes""",
        [N, Y, N, Y], ["yes/no", "how much", "how much", "which"],
        """Hi Larissa,

Thank you for your application, and your CV arrived safely. Two years in a creche is great experience, and families with small children will be very glad to hear it.

We'll talk about the kind of family you're looking for at your interview. Most of our families are looking for 25 to 30 hours a week, usually school runs and afternoons. Pay depends on the family and the hours agreed, and we go through it all with you at the interview too.‸

Flights are paid by the au pair, but the family collects you from Cork Airport or the bus station when you arrive.

I'll email you on Wednesday to set up a video interview.

Best wishes,
Anna Kowalczyk
Placement Coordinator, Lee Valley Au Pairs""",
    ),
    case(
        """Michelle,

I'm writing because I'm honestly at the end of my rope. Giulia left yesterday morning, after two weeks, with a note on the kitchen table. She says she's homesick and has gone back to Bologna. We had no warning at all. I'm a nurse on twelve-hour shifts and my husband is away in Galway Monday to Thursday, and I have no childcare from tomorrow.

Your contract says you guarantee a replacement within the first eight weeks. ⟦I need to know how quickly you can actually get someone to us, because "within a few weeks" is no good to me.⟧ ⟦Is there anyone already in Ireland who could start this week?⟧ ⟦If there isn't, I want the €450 fee back.⟧

And ⟦did she say anything to you before she went?⟧ I feel like I must have done something wrong.

Deirdre Walsh

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender.

-----Original Message-----
From: Michelle Buckley <michelle@leevalleyaupairs.example.ie>
Sent: 02 December 2026 10:31
To: Deirdre Walsh
Subject: Checking in

Hi Deirdre, how are the first couple of weeks going with Giulia? Please let me know if there's anything I can help with.""",
        [N, N, N, Y], ["when", "yes/no", "request", "yes/no"],
        """Dear Deirdre,

I'm so sorry. That's a horrible position to be left in, especially with your shifts and Paul away in Galway.

Giulia didn't say anything to me before she left. I only found out when she texted me from Dublin Airport yesterday afternoon, and I'm as surprised as you are.

Your replacement guarantee stands, and I'm going through our candidates this afternoon to find someone for you as quickly as we possibly can.‸

I'll ring you at 1pm tomorrow to talk it through.

Michelle Buckley
Director, Lee Valley Au Pairs
021 555 0116""",
    ),
    case(
        """hola anna ⟦the family ask me to work on 24 and 25 december is that normal⟧ 😕 in my contract say i have 2 weeks holiday ⟦i can take them in christmas or they decide⟧ also they want i babysit friday night every week, ⟦this count in my hours⟧ 🤔 pls ⟦call me when u can⟧ i finish at 3""",
        [N, Y, Y, Y], ["yes/no", "which", "yes/no", "request"],
        """Hi Lucía,

Of course, I'll ring you at 3.30 today, after you finish. Let's talk about the 24th and 25th on the phone then.‸

Your two weeks of holiday are agreed between you and the family; they can't simply decide the dates for you, so if you'd like some of it at Christmas, tell them now. And yes, babysitting on Friday nights counts as working hours, the same as any other time you're looking after the children 🙂

Talk soon,
Anna""",
    ),
    case(
        """Hi Michelle,

Following on from our call on Friday, we've talked it over and we'd like to go ahead for June. A couple of things before we sign:

1. ⟦My wife wants to know whether we'd be allowed to meet the au pair in person before they fly over, or is it video only?⟧
2. We live 20 minutes outside Macroom with no bus, so the au pair would need to drive. ⟦Can you find someone with a licence that's valid here?⟧
3. ⟦Is the €450 payable now or when the match is made?⟧

Also, ⟦please send the contract to both of us⟧ - my wife's email is roisin.kiely@example.ie.

Thanks,
Barry Kiely

On Fri, 4 Dec 2026 at 15:40, Michelle Buckley <michelle@leevalleyaupairs.example.ie> wrote:
> Hi Barry,
>
> Great talking to you. As promised, the host family pack is attached. Have a read and let me know if you have any questions.
>
> Michelle""",
        [Y, Y, N, Y], ["yes/no", "yes/no", "which", "request"],
        """Hi Barry,

Great news, and thanks for getting back to me so quickly.

Most of our families meet their au pair by video, usually over two or three calls, because candidates are still at home when the match is made. Meeting in person first isn't something we can arrange, but you're very welcome to do as many calls as you like before deciding.

Driving is no problem to ask for. I'll only put forward candidates who hold an EU licence, which they can use here without changing it, and who have at least two years' driving experience.‸

I'll send the contract to you and Róisín tomorrow morning.

Michelle""",
    ),
    case(
        """Hi Anna,

FYI, see below - Margarida's vetting came through this morning. Delighted!

Síle

---------- Forwarded message ---------
From: National Vetting Bureau <noreply@vetting.example.ie>
Date: Fri, 4 Dec 2026 at 09:12
Subject: Vetting application VB-88214 complete
To: <sile.oconnell@example.ie>

Dear applicant,

The vetting application for Margarida Sousa has been completed. Please log in to the portal to view the disclosure. Can you confirm you have shared it with the relevant organisation?""",
        [], [],
        """Hi Síle,

Brilliant news, thanks for passing it on! Once Margarida shares the disclosure with us through the portal, I'll add it to her file and we're all set for her start in January.

Anna""",
        quoted_only=True,
    ),
    # --- Collegiate Peaks Whitewater (whitewater rafting outfitter, Buena Vista, Colorado, US) ---------------
    case(
        """⟦What's the minimum age for Browns Canyon?⟧ My twins turn 8 in June.

Sent from my iPhone""",
        [Y], ["how much"],
        """Hi there,

Eight-year-olds are welcome on our Browns Canyon half day, as long as each of them weighs at least 50 pounds; that's the smallest size our life jackets fit safely. The minimum age for that trip is 7.

Jenna
Collegiate Peaks Whitewater""",
    ),
    case(
        """Hi there,

I'm putting together a family reunion for my mother's side in late July - the week of July 19 - and we've rented two cabins near Nathrop. There will be 22 of us, ranging from my dad, who will be 81 and has a pacemaker but is in better shape than I am, down to my sister's little girl, who will be 5. The big event of the week is supposed to be a rafting day, mostly because my dad rafted the Arkansas back in the '70s and has been telling the story ever since about going over a rock called Zoom Flume or something similar.

The trouble is, we're all over the place in terms of what people want. My teenage nephews (15 and 17) want something wild, my aunts want something "scenic, not scary," and my sister won't go unless the 5-year-old can come too. ⟦I've read that you can split a group across different trips and meet up for lunch, is that right?⟧ ⟦If so, could the little one go on a calmer stretch with her mom while the rest of us do Browns Canyon?⟧ I'm also not sure about my dad. ⟦Is there any medical reason someone with a pacemaker shouldn't go?⟧ His cardiologist says he's fine but I'd rather hear it from you.

Budget-wise we're trying to keep it under $3,000 for everything. ⟦Do you offer a group rate for 20+?⟧ And ⟦what kind of deposit would you need to hold the date?⟧

Thanks so much,
Kristen Oyelaran
Omaha, NE
(402) 555-0118""",
        [Y, Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "yes/no", "how much"],
        """Hi Kristen,

What a fun week to plan! And your dad's right, Zoom Flume is still there and still the highlight of Browns Canyon.

Yes, we split groups all the time. The teenagers and anyone who wants more excitement can do the Browns Canyon half day, and your sister and the 5-year-old can take our Family Float from Ruby Mountain, which is calm water and open to kids from age 4. Both trips get back to our base by 12:30, so everyone can have lunch together on our deck.

Everyone on the river fills out our health and release form, and we'll ask your dad to list his pacemaker there. Our guides are all Wilderness First Responders.

For groups of 20 or more we take 10% off the whole booking, so with 22 of you, including the Family Float pair, you'd come in comfortably under $3,000.‸

Let me know which day that week works best and I'll pencil you in.

Jenna
Collegiate Peaks Whitewater
(719) 555-0172""",
    ),
    case(
        """Hi,

I'm trying to book for next summer using the gift card my in-laws gave us in 2024 ($400, card number CPW-GC-20931), and your online booking page says it's expired. There is no expiration date printed anywhere on the card. I called on Friday and the person I spoke with said gift cards are "good for two seasons" and there was nothing she could do.

⟦I'd like the full $400 honored.⟧ ⟦Can you point me to where that two-season rule is written down?⟧ Because I've looked, and it isn't on the card, the envelope, or your website. ⟦If you won't honor it, I want to know why.⟧

Thanks,
Derrick Ames
Lakewood, CO

From: Collegiate Peaks Whitewater <info@cpwhitewater.example.com>
Sent: Friday, December 4, 2026 3:17 PM
To: Derrick Ames <dames@example.com>
Subject: RE: Gift card question

Hi Derrick, thanks for calling. Gift cards are valid for two seasons from purchase. Please let us know if you have any other questions.""",
        [Y, N, Y], ["request", "where", "why"],
        """Hi Derrick,

You're right, and I'm sorry for the runaround on Friday. We'll honor the full $400. I've reactivated the card, so it will work on the booking page now, and it won't expire.

I've also talked with our front-desk team so nobody gives that answer again.‸

Cody Marsh
Operations Manager
Collegiate Peaks Whitewater""",
    ),
    case(
        """hey!! ⟦do u guys do the numbers section⟧ 🌊 me and 5 friends are all 19-20 and have done browns before 🙌 ⟦how much is it per person⟧ and ⟦is there a date in june thats less busy⟧ also ⟦can we bring a gopro⟧ lol""",
        [Y, Y, N, N], ["yes/no", "how much", "when", "yes/no"],
        """Hey!

Yes, we run the Numbers every day from late May through August, and since you've all done Browns you're a great fit. It's $149 per person for the half day, wetsuits and splash jackets included.

June is when the Numbers is at its biggest and best 🌊 so book soon!‸

Jenna @ CPW""",
    ),
    case(
        """Hi Jenna,

Thanks for the call this morning. Just to get it in writing for my boss: we're looking at Thursday, June 24 for 34 people from our Denver office. ⟦Can you hold that date while I get approval⟧, and ⟦for how long?⟧ ⟦Which would you recommend for a mixed group where about a third have never rafted, the half day or the full day?⟧ ⟦We'll also need a certificate of insurance naming Ridgeline Analytics as additional insured.⟧

Best,
Meghan Lutz
Office Manager, Ridgeline Analytics

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it.""",
        [Y, Y, Y, Y], ["yes/no", "when", "which", "request"],
        """Hi Meghan,

Great talking with you! I've put a hold on Thursday, June 24 for 34 people under Ridgeline Analytics, and I can keep it until Friday, December 18 while you get approval.

For a mixed group I'd go with the half day on Browns Canyon. It has enough whitewater to keep the experienced folks happy, first-timers do great on it, and everyone's back by early afternoon, so there's time for a cookout at our base if you'd like to add one.

I've asked our insurance agent for a certificate naming Ridgeline Analytics as additional insured; it will come straight from them, usually within five business days.

Jenna""",
    ),
    # --- Bluegrass Longarm & Quilt Co. (longarm quilting service and quilt shop, Paducah, Kentucky, US) ------
    case(
        """Dear Darlene,

My neighbor Ruth brought me by your shop back in the spring when we were in town for the quilt show, and I’ve been meaning to write ever since. My husband Gene passed in August after forty-six years of marriage, and his closet is still full of the plaid flannel shirts he wore every single day from October to April. I can’t bring myself to give them away, and I can’t bear to look at them either. Ruth said you make memory quilts, and that seems like the right thing to do with them.

There are about 30 shirts, most of them in good shape, although a few have holes at the elbows from where he leaned on the workbench. ⟦I don’t know if that many shirts is too many for one quilt or if I should think about making two, one for each of our daughters.⟧ ⟦I’d also love it if his old Kentucky Wildcats cap could go in somehow⟧, but I expect that’s silly.

⟦I guess what I really need to know is what something like this costs, because I’m on a fixed income now.⟧ And ⟦would it be ready by Mother’s Day?⟧ That’s when both girls will be home.

Thank you for reading all of this.
Betty Sue Hardin
Mayfield, KY""",
        [Y, Y, N, N], ["which", "yes/no", "how much", "yes/no"],
        """Dear Betty Sue,

I'm so sorry about Gene. Thank you for trusting us with his shirts; flannel makes the most wonderful memory quilts, and the elbow holes won't matter because we cut around them.

Thirty shirts is plenty for two lap-size quilts, one for each of your daughters, with some left over for pillows if you'd like. If you'd rather have a single queen-size quilt, that works too, but with two girls I'd lean toward two. And it's not silly at all about the cap. We can take the logo off the front and appliqué it onto a center block.

Memory quilts are priced one at a time, since it depends on the size and how much piecing and stabilizing the shirts need. We'll do our very best to have them ready in time for Mother's Day.‸

With warm wishes,
Darlene Cobb
Bluegrass Longarm & Quilt Co.
(270) 555-0164""",
    ),
    case(
        """Darlene -

Dropping off 3 tops Wednesday. Need:
- ⟦edge to edge on all three, same pantograph as last time⟧
- ⟦binding on the twin only⟧
- ⟦cost for all of it⟧
- ⟦back before the 23rd??⟧

Carla""",
        [Y, Y, Y, Y], ["request", "request", "how much", "yes/no"],
        """Hi Carla,

Got it. Edge to edge on all three in the Baptist Fan, same as your October quilts, and binding on the twin only.

If the tops are the same sizes as the ones you brought in October, it comes to $218 with batting and binding.

The 23rd is going to be tough, I'm sorry. We're booked solid through Christmas, and the earliest I can have them back is Friday, January 8.

See you Wednesday,
Darlene""",
    ),
    case(
        """Darlene,

I picked up my Lone Star quilt on Saturday and didn't open it until I got home. The back has pleats quilted into it in at least four places, and there are loops of thread all along one border where the tension was off. This is a quilt I spent eleven months piecing for my granddaughter's wedding.

⟦I want the stitching in the bad areas taken out and redone, at no charge.⟧ ⟦How is that supposed to happen without damaging the fabric?⟧ I'm very worried about that. And ⟦I'd like to know whether anyone looked at the back before it was folded and handed to me.⟧

Linda Perkins

On Tue, Dec 1, 2026 at 9:02 AM Bluegrass Longarm & Quilt Co. <hello@bluegrasslongarm.example.com> wrote:
> Hi Linda, your Lone Star is finished and ready to pick up! We're open Saturday 9-3. Can you let us know what time you'll come by?
>
> On Tue, Dec 1, 2026 at 8:15 AM Linda Perkins <lperkins@example.com> wrote:
>> Any news on my quilt? The wedding is in February.""",
        [Y, Y, N], ["request", "how", "yes/no"],
        """Dear Linda,

I'm so sorry. Pleats and thread loops on a quilt you spent eleven months on, for a wedding, is not what you should have brought home.

Please bring it back whenever suits you this week. We'll take out the stitching in every bad area and requilt it at no charge, and I'll do it myself.

To take it out, I work from the back with a fine seam ripper and tweezers, a few stitches at a time, so nothing pulls against the piecing. The needle holes close up once the quilt is washed or lightly steamed, and on a busy print like your Lone Star you won't be able to see where it was.‸

It will be back with you by Saturday, December 19, well ahead of the wedding.

Darlene""",
    ),
    case(
        """Darlene, I just wanted to tell you that Mom opened the T-shirt quilt on Saturday and cried for about ten minutes. Every one of Dad's race shirts, right there. How do you even thank someone for something like that?

Thank you, from all of us.
Jolene

On Wed, Dec 2, 2026 at 11:18 AM Darlene Cobb <darlene@bluegrasslongarm.example.com> wrote:
> Hi Jolene, it's finished! Would you like us to ship it or will you pick it up? If shipping, please confirm the address is still 418 Lakeview Dr.""",
        [], [],
        """Jolene,

Thank you for telling me. That's the best part of this job, and I'm so glad your mom loves it. Your dad ran a lot of races!

Give her a hug from all of us at the shop.

Darlene""",
        quoted_only=True,
    ),
    case(
        """Hi,

My daughter (14) and I would like to take a beginner class together in the new year. ⟦Do you have one on a weekend, or are they all weekday evenings?⟧ ⟦Does she need her own sewing machine, or can we share one?⟧ ⟦Where do we park?⟧ The shop lot looked pretty full when we drove past.

Thanks!
Amber Nguyen""",
        [Y, Y, N], ["yes/no", "yes/no", "where"],
        """Hi Amber,

We'd love to have you both! Our Beginner Basics class runs on four Saturday mornings, starting Saturday, January 9, from 9:30 to noon. It's $120 per person, and 14 is a great age to start.

You don't need to bring machines. We have six Janome classroom machines, and each student gets her own for the class at no extra charge.

Parking can be a squeeze on Saturday mornings, sorry about that!‸

Tamika
Bluegrass Longarm & Quilt Co.""",
    ),
    # --- Saguaro Electric (residential and light-commercial electrician, Tucson, Arizona, US) ----------------
    case(
        """Hi Monica,

We just bought a Model Y and need a charger in the garage. Our panel is in the garage on the same wall. Questions:

1) ⟦Do we need a panel upgrade?⟧ It's the original 125A panel from 1987.
2) ⟦Ballpark for a 48A charger install if the panel is fine⟧
3) ⟦Do you pull the permit or do we?⟧
4) ⟦Earliest you could do it⟧

Tom & Gail Brennan
Oro Valley""",
        [N, Y, Y, N], ["yes/no", "how much", "which", "when"],
        """Hi Tom and Gail,

Congratulations on the Model Y!

Whether the 125A panel can take a charger depends on what else it's running, so Ray will do a load calculation when he comes out. If the panel is fine, a 48A charger on the same wall usually runs $1,150 to $1,400 installed, including the breaker and the wire.

We pull the permit with Oro Valley and schedule the inspection, so you don't have to deal with any of it.

Ray can come by for the load calculation on Thursday, December 10 between 8 and 10 a.m. Once he's seen the panel, we'll get the install on the schedule.‸

Monica
Saguaro Electric
(520) 555-0127""",
    ),
    case(
        """Ray,

Your guy was out on Thursday to fix the GFCI in our kitchen that kept tripping. He was here 25 minutes, said it was fixed, and charged us $95 for the call plus $140. The same outlet tripped again Saturday morning when I plugged the coffee maker in, and now the outlets on the patio are dead too, which they weren't before.

⟦I'm not paying another service call fee.⟧ ⟦Send someone back this week to fix it properly.⟧ Also, ⟦why would the patio outlets stop working after he was here?⟧

Wendell Hayes

________________________________
From: Saguaro Electric <office@saguaroelectric.example.com>
Sent: Thursday, December 3, 2026 1:20 PM
To: Wendell Hayes
Subject: Invoice 4471 - Paid

Thank you for your payment of $235.00. If you have any questions about this invoice, please reply to this email.""",
        [Y, Y, Y], ["request", "request", "why"],
        """Hi Wendell,

I'm sorry you're still having trouble. You won't be charged for the return visit or for whatever it takes to fix it.

I'll come out myself on Wednesday, December 9 at 1 p.m. If that doesn't work, give Monica a call and she'll find another time this week.

The patio outlets are almost certainly wired through that kitchen GFCI. In a lot of Tucson houses from the '80s the outdoor outlets are protected by the first GFCI in the kitchen, so when it trips, they go dead too. That also tells me the trip is probably coming from something outside, like moisture in a patio box, not from the coffee maker, so that's what I'll check first.

Ray Delgado
Saguaro Electric""",
    ),
    case(
        """hi ⟦is a outlet sparking when i plug stuff in an emergency⟧ 😳 it made a pop and theres a black mark now. ⟦can someone come today⟧ ⟦how much for that⟧ im renting so ⟦idk if i should call my landlord first⟧ 🙏""",
        [Y, Y, Y, N], ["yes/no", "yes/no", "how much", "yes/no"],
        """Hi,

Yes, please treat it as urgent. Don't use that outlet at all, and switch off its breaker at the panel if you can tell which one it is. If you smell burning or the wall feels warm, call 911.

Ray can be there today between 3 and 5 p.m. It's $95 for the visit, and replacing a burnt outlet is usually under $60 on top.‸

Just reply with your address and we'll put you on the schedule.

Monica
Saguaro Electric""",
    ),
    case(
        """Hello Mr. Ray,

I am owner of Lotus Nails on Grant Road. We open new salon in same plaza in February and need many outlet for the pedicure chairs and also the UV lamp. The landlord say we need licensed electrician and permit. ⟦You can do commercial job or only house?⟧ ⟦How long it take for permit from the city?⟧ ⟦Please come to see the space, Monday is best for me because salon is close.⟧

Thank you very much,
Hanh Tran
(520) 555-0193""",
        [Y, N, Y], ["yes/no", "when", "request"],
        """Hello Ms. Tran,

Thank you for contacting us, and congratulations on the new salon.

Yes, we do commercial work, and we've wired two salons on Grant Road already, so we know what pedicure chairs need. Your landlord is right that it needs a permit, and we take care of the application.

The City of Tucson's permit times change a lot depending on how busy they are.‸

Ray can come to see the space on Monday, December 14 at 10 a.m. Please reply to confirm, and send us the suite number.

Monica
Saguaro Electric""",
    ),
    case(
        """Hi Ray,

Per our phone call, attached is the page from the home inspection. The inspector flagged the Federal Pacific panel and aluminum wiring in the bedrooms. We close on January 15.

⟦Can you give me a written estimate I can send to the sellers' agent before Friday?⟧ ⟦Is the aluminum wiring something you'd fix with pigtails or would you recommend rewiring those rooms?⟧ And ⟦is a Federal Pacific panel actually dangerous, or is that just inspectors being cautious?⟧ My lender is asking.

Thanks,
Jessica Alvarado

Sent from my iPad""",
        [Y, Y, N], ["request", "which", "yes/no"],
        """Hi Jessica,

Thanks for sending the page. I'll email you a written estimate for both items by Thursday, December 10, laid out so you can forward it straight to the sellers' agent.

For the bedrooms I'd pigtail every connection with AlumiConn connectors rather than rewire. It's the repair most insurers accept, it's far less disruptive, and it would take us about a day and a half.

On the Federal Pacific panel, a lot of insurers and lenders won't cover a house with one, so you'll want it replaced before closing either way. The estimate will include a new 200A panel.‸

Ray""",
    ),
    # --- Gulf Coast Karting (go-kart track with parties, events and leagues, Pensacola, Florida, US) --------
    case(
        """hiii ⟦do u have the party room free sat jan 16⟧ 🎂 its for my sons 9th bday, prob 12 kids. ⟦how tall do they have to be to drive⟧ some of his friends r kinda small lol and ⟦can we bring our own cake⟧ 🙂""",
        [Y, Y, N], ["yes/no", "how much", "yes/no"],
        """Hi!

Happy almost 9th to your son! 🎉 The party room is open on Saturday, January 16 at 11 a.m. or 2 p.m., whichever works better for you.

Drivers on our junior karts have to be at least 48 inches tall. If any of the smaller friends are under that, they can still come along for the party and ride in our two-seater kart with a staff driver.

Our party package includes two pizzas per six kids and unlimited fountain drinks 🍕‸

Tasha
Gulf Coast Karting""",
    ),
    case(
        """Hello Brandon,

Following up on the proposal you sent on Wednesday. Our leadership team has approved the event for Friday, February 19, and we'd like to move forward with the following changes:

• ⟦Increase headcount from 40 to 55⟧
• ⟦Swap the pizza buffet for the taco bar⟧
• ⟦Add the awards ceremony with podium photos at the end⟧

⟦Could you send a revised quote reflecting those changes?⟧ Also, ⟦which of your tracks would you recommend for 55 people so everyone gets at least three races?⟧ ⟦Our finance department will need a W-9 before we can cut the deposit check.⟧

Regards,
Daniel Okafor
Regional Sales Director, Brightwater Medical Supply

This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message.

From: Brandon Leclair <brandon@gulfcoastkarting.example.com>
Sent: Wednesday, December 2, 2026 4:45 PM
To: Daniel Okafor
Subject: Proposal - Brightwater team event""",
        [Y, Y, Y, Y, N, N], ["request", "request", "request", "request", "which", "request"],
        """Hi Daniel,

Great news, thank you! I've made all three changes: 55 guests, the taco bar in place of the pizza buffet, and the awards ceremony with podium photos to close the night. The revised quote is attached, and Friday, February 19 is now reserved for Brightwater from 6 to 9 p.m.

Both our indoor and outdoor tracks run great for groups, and your team will have a blast either way. Our bookkeeper will get the W-9 over to your finance team.‸

Best,
Brandon Leclair
Events Manager, Gulf Coast Karting
(850) 555-0151""",
    ),
    case(
        """I bought a $100 gift card on your website on November 28 for my grandson's Christmas present and I STILL haven't received it. I've checked my spam folder. I called twice and nobody picked up. My card was charged the same day.

⟦Either email me the gift card today or refund my money.⟧ And ⟦why does nobody answer the phone?⟧

Gloria Pettaway""",
        [Y, Y], ["request", "why"],
        """Hi Gloria,

I'm sorry. I found your order, and the gift card email bounced because of a typo in the address it was sent to. I've attached the $100 gift card to this email, ready to print or forward to your grandson.

Nobody answered because our voicemail box was full: we were short-staffed over the Thanksgiving weekend and the messages weren't cleared until this morning. I've emptied it and we're calling everyone back today.

Tasha
Gulf Coast Karting""",
    ),
    case(
        """Hey guys,

Saw a flyer for the spring adult league. ⟦I was wondering how the points work if you miss a week, since I travel for work about one week a month.⟧ ⟦Is there a fee to sign up and then a fee per race night, or is it all paid up front?⟧ ⟦If I sign up and my schedule gets bad, can I get a partial refund?⟧

Josh Pearce""",
        [N, Y, N], ["how", "which", "yes/no"],
        """Hey Josh,

Glad you saw the flyer! The spring league runs ten Tuesday nights starting March 2. The full points rules are in the league handbook on our website.

It's $299 for the whole season, paid when you sign up. That covers all ten race nights, your league shirt and the end-of-season banquet.

If your schedule gets busy, you're welcome to send a friend to race in your place on any night you can't make.‸

Brandon""",
    ),
    case(
        """Hello,

My grandkids (11 and 13) are visiting from Ohio over Christmas and I'd like to bring them to race on the 28th. Their parents won't be with us. ⟦Can I sign the waiver as their grandmother, or does it have to be a parent?⟧ ⟦If it has to be a parent, where do I find the form so they can sign it ahead of time?⟧ Also ⟦are you open that Monday?⟧

Thank you,
Dot Holloway

Sent from my iPhone""",
        [Y, Y, Y], ["yes/no", "where", "yes/no"],
        """Hello Dot,

What a fun treat for them! Waivers for anyone under 18 have to be signed by a parent or legal guardian, so their mom or dad will need to sign before you come. They can fill it in online at gulfcoastkarting.example.com/waiver, and it only takes a couple of minutes.

We're open every day over the holidays except Christmas Day, including Monday the 28th, from 10 a.m. to 10 p.m. Mornings are usually quieter if you'd like more time on the track.

Tasha
Gulf Coast Karting""",
    ),
    # --- Rigging Point Circus Arts (circus school, Providence, Rhode Island, US) ----------------------------
    case(
        """Hi Mara,

I’m 52, I haven’t exercised properly since my kids were born, and my daughter has dared me to try aerial silks for my New Year’s resolution. I watched one of your student showcases on Instagram and I’m equal parts terrified and tempted.

⟦I’m not sure whether I need any upper-body strength before starting, because right now I can’t do a single pull-up.⟧ ⟦Is there a maximum weight for the silks?⟧ I’m about 210 lbs and I’d rather know now than be embarrassed in class. ⟦Can you also tell me which class you’d suggest I start with?⟧

Thanks for your patience,
Donna Kessler""",
        [Y, Y, Y], ["yes/no", "yes/no", "which"],
        """Hi Donna,

I love this, and please tell your daughter she's about to be outdone.

You don't need to be able to do a pull-up, or anything close. Most of our adult beginners can't when they start, and the first few weeks are mostly about learning to hold on and building grip and shoulder strength a little at a time.

There's no weight limit on the silks. Every point in our rigging is rated for well over 2,000 lbs, and we have students of every shape and size in the adult classes.

I'd start with Intro to Aerial on Tuesday evenings at 6:30. It's a mix of silks, hoop and conditioning, so you can try everything before choosing. The winter session begins Tuesday, January 12.

See you in the air,
Mara""",
    ),
    case(
        """Hi there,

We're looking at summer camp for our twins (8). A few things:

- ⟦Which weeks in July still have space?⟧
- ⟦Is there before-care?⟧ We both start work at 8.
- ⟦Sibling discount?⟧
- ⟦Where do we drop off - the main building or the warehouse around back?⟧
- ⟦Please put us on the list for the week of July 12 if it's open.⟧

Thanks,
Ben & Sarah Alcott""",
        [Y, Y, N, N, Y], ["when", "yes/no", "yes/no", "where", "request"],
        """Hi Ben and Sarah,

Thanks for thinking of us! Every week in July still has room, including the week of July 12, and I've put both twins down for that week. I'll email the registration forms tomorrow.

Camp runs 9 a.m. to 3 p.m., and the earliest drop-off we can offer is 8:30, so I'm afraid there's no care before that. We'll go through the pricing when you register.‸

Eli
Rigging Point Circus Arts""",
    ),
    case(
        """Mara,

My daughter Ivy came out of Saturday's kids' trapeze class holding her wrist and crying, and nobody said a word to me at pickup. I found out from her in the car. We spent four hours in the ER at Hasbro and it's a bad sprain.

⟦Why was I not told at pickup?⟧ ⟦I want a copy of the incident report⟧, if one was even written. ⟦Were the mats out under the low trapeze?⟧ Ivy says they weren't. ⟦I also expect a refund for the rest of the session, as she can't come back for at least six weeks.⟧

Rebecca Lund

-----Original Message-----
From: Rigging Point Circus Arts <info@riggingpoint.example.com>
Sent: Tuesday, December 1, 2026 9:00 AM
To: Rebecca Lund
Subject: Winter showcase reminder

Hi families! Please let us know by Friday if your child will perform in the showcase on Saturday, December 19.""",
        [Y, N, N, Y], ["why", "request", "yes/no", "request"],
        """Dear Rebecca,

I'm so sorry about Ivy's wrist, and that you found out in the car instead of from us.

Ivy told Coach Dana she was fine when she came down from the trapeze near the end of class, and Dana didn't see her holding her wrist afterward, so nothing was passed on at pickup. That isn't good enough: from now on, any fall or knock gets reported to the parent at pickup, whatever the child says.

Dana is writing up the incident report.‸ I've also refunded the remaining five classes of the session, $150, to your card.

Please give Ivy a hug from all of us.

Mara Soto
Director, Rigging Point Circus Arts""",
    ),
    case(
        """⟦Do you have any private lyra slots on weekends⟧ and ⟦what's the rate for two people sharing?⟧

Kai

On Sat, Dec 5, 2026 at 8:13 PM Rigging Point Circus Arts <info@riggingpoint.example.com> wrote:
> Hi Kai! Thanks for coming to the open gym. Would you like info on our private lessons? Let us know!""",
        [Y, N], ["yes/no", "how much"],
        """Hi Kai,

We have private lyra slots on Sunday mornings at 10 and 11:30 with Coach Priya. Private lessons are $75 an hour.‸

Want me to hold one of the Sunday slots for you?

Eli""",
    ),
    case(
        """Hello,

I am a circus artist from Lyon (cyr wheel and aerial straps), I will be in Providence from 15 to 30 January for a residency at the university. I look for a space to train two or three hours by day, ⟦is it possible to rent your studio?⟧ ⟦Your rigging points are minimum 6 m high?⟧ Also, ⟦if you are interested, I could give a workshop of straps for your advanced students - what do you think?⟧

Best regards,
Camille Roux""",
        [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
        """Bonjour Camille,

Welcome to Providence! Yes, you can rent the studio on weekday mornings from 9 a.m. to 1 p.m., when no classes run. It's $30 an hour, and the cyr wheel is fine on our sprung floor.

Our two main rigging points are at 7.2 m, so you'll have the height you need for straps.

Thank you for offering a workshop. I'll mention it to our coaches.‸

Mara""",
    ),
    # --- Warren Truffières (truffle farm: hunts, hampers, restaurant sales; Manjimup, Western Australia) ------
    case(
        """Dear Warren Truffières,

I am head chef of a kaiseki restaurant in Melbourne. Next season I want to use Australian black truffle for special winter course, from middle of June to end of July. About 300 g each week.

⟦Is it possible to send to Melbourne every week on same day?⟧ We receive deliveries Tuesday only. ⟦What is price per gram for restaurant?⟧ And ⟦please tell me how to keep truffle fresh for one week, because we use it slowly.⟧

Thank you for your kind reply.
Kenji Morimoto""",
        [Y, N, Y], ["yes/no", "how much", "how"],
        """Dear Kenji-san,

Thank you for thinking of us for your winter course.

We can send to Melbourne every week. Our express parcels go out on Monday afternoons and arrive overnight, so your truffles would be with you each Tuesday morning from mid-June to the end of July.

Restaurant pricing depends on the grade and on how the season's harvest is shaping up, and we set it in May each year.‸

To keep them for a week, wrap each truffle in a sheet of paper towel and store it in a glass jar with the lid on, in the coldest part of the fridge. Change the paper every day, because the truffle releases moisture and will go soft if it sits in it. Stored that way, they keep their aroma well for seven to ten days.

Kind regards,
Bronwyn Hale
Warren Truffières""",
    ),
    case(
        """G'day Bronwyn,

Thanks for getting back to me. We're coming down from Perth for the long weekend in June (the King's Birthday is in September here in WA, so the one we get is WA Day, 7 June). ⟦Is the hunt on the Saturday or the Sunday that weekend?⟧ Our youngest is 3 - ⟦is she allowed on the hunt⟧, and ⟦if so does she need a ticket?⟧ Also ⟦can we bring our kelpie, or would that upset your dogs?⟧

Cheers,
Shane Kowalski

On Thu, 3 Dec 2026 at 2:46 pm, Bronwyn Hale <bronwyn@warrentruffles.example.com.au> wrote:
> Hi Shane,
>
> We'd love to have you. Our June hunts run at 10am and take about two and a half hours, including the tasting. Adults are $95 and children 4-12 are $45. Which weekend were you thinking of?
>
> Bronwyn""",
        [Y, Y, Y, Y], ["which", "yes/no", "yes/no", "yes/no"],
        """Hi Shane,

Lovely, the WA Day long weekend is always a good one. We run hunts on both the Saturday and the Sunday that weekend, at 10am, and it's worth booking early because they fill quickly.

Your youngest is very welcome, and under-4s come free. The paddocks can be muddy in June, so gumboots are a good idea for everyone.

We can't have visiting dogs on the farm, I'm sorry. Our Labradors work off the lead, and the smell of another dog on the paddocks puts them off the truffles for the rest of the day. There's a good boarding kennel in Manjimup if you need one.

Cheers,
Bronwyn""",
    ),
    case(
        """Hi there,

The Christmas hamper I ordered for my parents (order WT-2291, $189 plus $22 shipping) arrived in Brisbane on Friday with the jar of truffle honey smashed. Honey and glass all through the box, over the truffle salt, the shortbread and the card I'd paid extra to have written. My mum rang me almost in tears because she'd cut her finger on the glass getting it out.

⟦I need a replacement hamper sent before Christmas⟧, and ⟦I'd like the shipping refunded, because I'm not paying to have broken glass delivered.⟧ ⟦Why was a glass jar packed with nothing around it?⟧

Melinda Okoye

From: Warren Truffières <orders@warrentruffles.example.com.au>
Sent: Tuesday, 1 December 2026 10:12 AM
To: Melinda Okoye
Subject: Your hamper is on its way

Your order WT-2291 has shipped with Australia Post Express. Questions about your delivery? Please reply to this email.""",
        [Y, N, Y], ["request", "request", "why"],
        """Hi Melinda,

I'm so sorry, and please pass on our apologies to your mum. I hope her finger is OK.

I've sent a replacement hamper by Express Post this morning, with a new card written out the same way, and there's no charge for it or for the postage.‸ It should reach your parents by Wednesday 9 December, well before Christmas.

Every honey jar is meant to go into a moulded cardboard sleeve before it's packed. Yours went out without one on our busiest packing day, and I've now added a sleeve check to the packing list so every hamper is checked before it's sealed.

Bronwyn Hale
Warren Truffières""",
    ),
    case(
        """hey ⟦do u sell gift vouchers for the truffle hunts⟧ 🐶🍄 and ⟦do they expire⟧ want to get one for my dad for xmas""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hey!

We sure do. Hunt vouchers are $95 each on our website, and you can print them or have them emailed straight to your dad. They're valid for the whole 2027 season, which runs from early June to the end of August, and he just picks a date when bookings open in March.

Bronwyn""",
    ),
    case(
        """Hi Bronwyn,

My wife and I came down for your hunt in July 2025 and still talk about it, especially the scrambled eggs afterwards, which she insists were the best thing she has ever eaten (I've been trying to recreate them at home with mixed results). Our 40th anniversary is on 10 July next year and I've been plotting a surprise. I saw on your Instagram that you've started doing long-table truffle lunches in the shed.

⟦Would you consider doing a private version for about 20 people on the Saturday closest to our anniversary?⟧ Half of the guests are family coming from Adelaide and Bunbury. Two of them are coeliac and one is vegetarian, so ⟦I'd need to know if the menu can be adapted.⟧ ⟦Is there anywhere close by you'd recommend for people to stay?⟧ Pemberton is a bit far for the older ones after a long lunch.

⟦I'd be grateful for any rough idea of cost as well, since I'll have to explain it to my accountant (also my wife).⟧

Regards,
Graham Pettit
Sent from my iPad

On 2 Dec 2026, at 9:41 am, Warren Truffières <hello@warrentruffles.example.com.au> wrote:

> Hi Graham, thanks for your message. Could you tell us a bit more about what you had in mind?""",
        [Y, Y, N, Y], ["yes/no", "yes/no", "where", "how much"],
        """Hi Graham,

What a lovely idea, and congratulations in advance. The 10th of July 2027 is a Saturday, so we can do it on the day itself, and we'd be glad to host a private long-table lunch in the shed for your 20.

Our chef cooks the whole menu gluten-free as a matter of course, so your coeliac guests will be fine, and there's a vegetarian main with truffled mushrooms and polenta.

Private lunches are $165 a head, including a glass of sparkling on arrival and matched wines with the three courses, and a guided hunt before lunch for anyone who wants to go out with the dogs.

Quite a few of our guests stay in the area, and the farm is only ten minutes from Manjimup town.‸

Warm regards,
Bronwyn""",
    ),
    # --- Campaspe Valley Gliding Club (gliding club near Kyneton, Victoria, Australia) ----------------------
    case(
        """Hi, I've been given a trial flight voucher for Christmas. ⟦Is there a weight limit?⟧ I'm 118kg. And ⟦can I use it on a weekday?⟧

Thanks,
Rob Tierney""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Rob,

Thanks for asking before you came out. Yes, there is: the front seat of our two-seater is limited to 110 kg, including clothes and a parachute of about 7 kg, so at 118 kg we couldn't take you up, I'm sorry.

We fly on Wednesdays as well as weekends, but given the weight limit, the best thing would be for whoever bought the voucher to get in touch, and we'll refund it in full or transfer it to someone else.

Regards,
Lisa
Campaspe Valley Gliding Club""",
    ),
    case(
        """Lisa,

This is the third time my trial flight has been cancelled. On Saturday I drove an hour and a half from Geelong with my son, waited two hours at the field, and was told the wind was too strong, while we watched your members launching all afternoon.

⟦I'd like an explanation of why members could fly and I couldn't.⟧ ⟦I want a full refund of the $220.⟧ ⟦I'd also like to be reimbursed for fuel for three wasted trips⟧, which is about $90 all up.

Andrew Sutcliffe

On Fri, 4 Dec 2026 at 6:15 pm, Lisa Garrity <secretary@campaspegliding.example.org.au> wrote:
> Hi Andrew, just confirming your trial flight for tomorrow at 1pm. Can you let me know if your son will be coming along too?
>
> On Wed, 2 Dec 2026 at 11:30 am, Andrew Sutcliffe <a.sutcliffe@example.com.au> wrote:
>> Rebooking for Saturday please. Third time lucky!""",
        [Y, Y, N], ["why", "request", "request"],
        """Dear Andrew,

I'm really sorry. Three cancellations and a wasted afternoon at the field with your son is a lot to put up with.

The members flying on Saturday were solo pilots in single-seat gliders. Our two-seat trainer, with an instructor and a first-time passenger, has a lower crosswind limit, and the wind across the runway on Saturday was over it all afternoon. I should have rung you before you left Geelong, and I'm sorry nobody explained that at the field.

I've refunded the $220 to your card today. If you'd ever like to try again, I'd like to offer you and your son a flight each, free, on a day Trevor picks with a good forecast.‸

Lisa Garrity
Secretary, Campaspe Valley Gliding Club""",
    ),
    case(
        """Hello,

My son Lachlan is 14 and has been obsessed with flying since he was about four. He has done every flight simulator there is, his bedroom ceiling is covered in model planes, and he's just finished a school project on the Wright brothers that ran to forty pages. We went to your open day in October and he hasn't stopped talking about it. I'm not a flyer myself (I hold the armrests on Qantas), so I'm a bit out of my depth.

From what I've read, glider pilots can go solo much younger than powered pilots. ⟦Lachlan wants to know whether he could realistically go solo before he turns 16.⟧ ⟦I'd like to know roughly what it would cost us to get him to that point, including membership, because we'd need to budget for it.⟧ ⟦Is there a junior rate?⟧ And ⟦does a parent need to be at the field every time he flies?⟧ I work most Saturdays.

Many thanks,
Sophie Tran""",
        [Y, Y, Y, Y], ["yes/no", "how much", "yes/no", "yes/no"],
        """Dear Sophie,

Thanks for writing, and Lachlan sounds like exactly the kind of junior we love to have at the club.

He could realistically go solo before 16. The minimum age for a first solo in a glider in Australia is 15, and juniors who fly most weekends usually get there in 40 to 60 launches. Junior members (under 21) pay $250 a year instead of the full $650, and with launch and glider fees most of our juniors spend about $2,500 to $3,500 all up to reach their first solo.

You don't need to be at the field every time. We ask a parent or guardian to come along on his first day to sign the forms and meet his instructor, and after that plenty of our juniors are dropped off in the morning and picked up at the end of the day.

Kind regards,
Trevor Baird
Chief Flying Instructor""",
    ),
    case(
        """No worries at all, Wednesday the 16th suits us better anyway. See you at the field.

Karen

-----Original Message-----
From: Lisa Garrity <secretary@campaspegliding.example.org.au>
Sent: Sunday, 6 December 2026 7:02 PM
To: Karen Whitfield <karenw@example.com.au>
Subject: Saturday's flights

Hi Karen, the forecast for Saturday 12 December is for strong northerlies, so we've moved all trial flights. Could you let me know if Wednesday 16 December at 10am works for you and your husband instead?""",
        [], [],
        """Hi Karen,

Thanks for being so understanding. You're both booked for Wednesday 16 December at 10am. Wear flat shoes and bring a hat, as there isn't much shade at the launch point.

Lisa""",
        quoted_only=True,
    ),
    case(
        """Dear Lisa,

I'm coordinating a Year 10 Physics excursion for 18 students in Term 1, ideally in the week of 15 February. Could you please advise on the following:

1. ⟦Whether students can each have a short flight, or only watch⟧
2. ⟦Which day of that week would suit the club⟧
3. ⟦How the flights are launched (winch or tow), as the students are studying forces⟧
4. ⟦Cost per student⟧

⟦We would also need a copy of your public liability certificate for our risk assessment.⟧

Kind regards,
Ms Harriet Young
Science Coordinator, Kyneton Secondary College""",
        [Y, Y, Y, N, N], ["yes/no", "when", "how", "how much", "request"],
        """Dear Ms Young,

Thank you for thinking of us; school groups are some of our favourite visitors.

Each student can have a flight of 15 to 20 minutes with one of our instructors, weather permitting, and the others watch from the launch point with a club member explaining what's happening.

Wednesday 17 February would suit us best, as Wednesday is our weekday flying day and the field is quiet.

We launch by aerotow: a Piper Pawnee tug pulls the glider to about 2,000 feet on a 60-metre rope, then the glider releases and flies on its own. It's a good one for forces, as the students can see lift, drag and weight at work and talk to the pilots afterwards.

I'll need to take the group price to the committee, and I'll ask our treasurer to send you the certificate.‸

Kind regards,
Lisa Garrity""",
    ),
    # --- Barrett's Lobster Pound (lobster pound shipping live lobster, near Yarmouth, Nova Scotia, Canada) ---
    case(
        """Hi Colleen,

We'd like to order live lobster for Christmas Eve dinner again this year: 10 lobsters, 1.5 lb each, shipped to Oakville, ON. ⟦What's the latest day I can order for delivery on the 23rd?⟧ ⟦My husband is asking whether they'll survive until the 24th if they arrive on the 23rd, or whether we should cook them the day they come.⟧ And ⟦could you tell me the price per pound this week?⟧

Thanks so much,
Patricia Kowal

From: Barrett's Lobster Pound <orders@barrettslobster.example.ca>
Sent: December 3, 2026 2:11 PM
To: Patricia Kowal
Subject: Christmas shipping dates

Hello! Our last shipping day before Christmas is Tuesday, December 22. Please place holiday orders early, as we sell out every year.""",
        [Y, Y, N], ["when", "yes/no", "how much"],
        """Hi Patricia,

Lovely to hear from you again! For delivery to Oakville on the 23rd, please order by Friday, December 18 at noon, and we'll ship them on Tuesday the 22nd.

Tell your husband they'll be fine until Christmas Eve. Keep them in the box they came in, in the coldest part of the fridge, with the damp newspaper over them (never in fresh water or on ice), and they'll stay lively for 36 hours or more.

Prices move with the boats from week to week at this time of year, so I'll confirm yours when you place the order.‸

Colleen
Barrett's Lobster Pound
(902) 555-0158""",
    ),
    case(
        """Hello Mr Gord,

I am purchase manager for Golden Harbour Seafood Restaurant in Markham. We want to buy live lobster from you directly for Chinese New Year banquets, around 5 to 10 February.

1. ⟦Can you supply around 600 lb, all size 2 to 3 lb?⟧
2. ⟦Please quote wholesale price delivered to Markham.⟧
3. ⟦How you ship, by truck or air?⟧
4. ⟦If some lobsters are dead when arrive, you will replace or refund?⟧

Thank you,
Wei Zhang (Vivian)
Purchase Manager""",
        [Y, Y, Y, Y], ["yes/no", "how much", "which", "which"],
        """Hello Vivian,

Thank you for contacting us. Yes, we can supply 600 lb of 2 to 3 lb lobsters for the first week of February.

Based on this week's shore price, it would be $12.40 per pound delivered to Markham. Prices change weekly, so I'll confirm the final price the Monday before we ship.

We send Ontario orders on our own refrigerated truck. It leaves Yarmouth on Monday night and reaches the GTA on Wednesday morning, so for your banquets we'd load on Monday, February 1 and deliver on Wednesday, February 3.

Any lobster that arrives dead, we credit in full on your next invoice; just send us a photo on the day of delivery.

Best regards,
Gord Barrett
Barrett's Lobster Pound""",
    ),
    case(
        """Hi,

Our order of 8 lobsters arrived in Calgary on Thursday afternoon instead of Wednesday morning and 5 of them were dead. The box was warm. We had 12 people over and I ended up serving ham.

⟦I expect a full refund of $287.40, shipping included.⟧ ⟦Who is responsible when the courier is late - you or them?⟧ Because I was told on the phone it was "out of our hands," which isn't good enough. ⟦I'd also like to know if you'll be using the same courier for Christmas orders, because I won't order again if so.⟧

Erik Lindqvist

On Tue, Dec 1, 2026 at 4:50 PM Barrett's Lobster Pound <orders@barrettslobster.example.ca> wrote:
> Hi Erik, your lobsters shipped today with Maritime Air Express, tracking MAE-40128. They'll arrive tomorrow before noon. Enjoy!""",
        [N, Y, Y], ["request", "which", "yes/no"],
        """Hi Erik,

I'm sorry. Five dead lobsters and a warm box is exactly what we promise won't happen, and I'm sorry your dinner ended up being ham.

I've refunded the five lobsters that arrived dead and the full shipping charge, $198.15 in all, to your card.‸

To your question: we are. The courier works for us, not for you, and when they're late it's our job to make it right with you and then take it up with them. You shouldn't have been told it was out of our hands.

We've stopped using Maritime Air Express for anything west of Ontario. From December 14, Western Canada orders go with a different carrier that flies direct from Halifax to Calgary.

Gord Barrett""",
    ),
    case(
        """Perfect, thanks Colleen. Dad's going to be over the moon.

Sent from my iPhone

On Dec 4, 2026, at 10:22 AM, Colleen Barrett <colleen@barrettslobster.example.ca> wrote:

> Hi Marie, the gift box for your dad is booked to ship on Tuesday, December 15 for delivery to Moncton on the 16th. Could you confirm someone will be home between 9 and 5 to sign for it?""",
        [], [],
        """Hi Marie,

You're welcome! Just one thing before it goes: will someone be home on the 16th to sign for the box? If not, I can hold it at the Moncton depot for him to pick up.

Colleen""",
        quoted_only=True,
    ),
    case(
        """Bonjour,

We are a family from Trois-Rivières and we plan a road trip in Nova Scotia in July 2027. ⟦Is it possible to visit the pound with the kids (6 and 9)?⟧ ⟦Do you cook the lobster on place or we need to buy them alive and cook ourself?⟧ We will be in a camping with no big pot. ⟦Which day of the week is better to come?⟧

Merci beaucoup!
Geneviève Tremblay""",
        [Y, Y, N], ["yes/no", "yes/no", "when"],
        """Bonjour Geneviève,

Thank you for your message! Yes, families are very welcome in the summer. The kids can see the holding tanks, and Gord usually lets them hold a lobster (with the bands on).

You don't need a pot: we cook lobsters for customers in our steam kettles while you wait, for $2 a lobster, and we have picnic tables by the wharf where you can eat them.

In July we're open every day from 9 a.m. to 6 p.m.‸

À bientôt,
Colleen""",
    ),
    # --- Théo Lamarche Magic (children's and corporate magician, Winnipeg, Manitoba, Canada) ----------------
    case(
        """hi!! ⟦r u free sat jan 23 in the afternoon⟧ 🎩✨ its my daughters 6th, about 15 kids. ⟦can the show be in french⟧ she goes to french immersion. ⟦how much⟧ and ⟦do u need a lot of space⟧ our basement is kinda small 😅""",
        [Y, Y, Y, N], ["yes/no", "yes/no", "how much", "yes/no"],
        """Hi!

Happy almost-6th to your daughter! 🎉 Théo is free on Saturday, January 23 at 2 p.m. or 3:30 p.m.

The show can absolutely be in French. He does it in French, English or a mix, and French immersion kids love correcting his English jokes.

A 45-minute show is $325, and he brings his own table, props and a small speaker 🎩‸

Amélie
Théo Lamarche Magic""",
    ),
    case(
        """Good afternoon,

We're holding our staff holiday party at the Fort Garry Hotel on Friday, December 18 and a colleague saw Théo at another event and loved him. ⟦Is he available that evening for about an hour of close-up magic during the cocktail reception⟧, and ⟦if so, what would that cost?⟧ We have around 120 guests. ⟦Does he need a stage or any AV, or does he just walk around?⟧ ⟦Please also send a copy of his liability insurance, as the hotel requires it.⟧

Thank you,
Natalie Osei
People & Culture Manager, Prairie Grain Logistics

CONFIDENTIALITY: This email is intended only for the named recipient. If you received it in error, please delete it and notify the sender.""",
        [Y, N, Y, Y], ["yes/no", "how much", "yes/no", "request"],
        """Good afternoon Natalie,

Thank you for thinking of Théo! He's available on Friday, December 18 from 6 p.m., so an hour during your cocktail reception works well.

He doesn't need a stage or any AV. Close-up is all strolling: he moves from group to group with a deck of cards and a few small props, which suits a crowd of 120 very well.

I've attached his certificate of liability insurance for the hotel.

I'll put together a proposal with pricing for the reception and send it over.‸

Best regards,
Amélie Roy
Bookings, Théo Lamarche Magic""",
    ),
    case(
        """Amélie,

Théo showed up 40 minutes late to Maya's party on Saturday. By then half the kids had been picked up, because the party was 1 to 3 and the show was supposed to start at 1:30. He did a shortened show and was very nice about it, but my daughter was heartbroken that her best friends missed it.

Nobody called or texted to say he was running late. ⟦What happened?⟧ ⟦I think at least half the fee should be refunded⟧ and honestly ⟦I'd like him to come back and do a short show for the kids who missed it.⟧

Kelsey Makowski

On Thu, Dec 3, 2026 at 3:05 PM Amélie Roy <bookings@theomagic.example.ca> wrote:
> Hi Kelsey, just confirming Théo for Saturday, December 5 at 1:30 p.m. at 218 Elm Park Rd. Please let us know if anything changes!""",
        [Y, N, Y], ["why", "request", "request"],
        """Hi Kelsey,

I'm so sorry, and please tell Maya that Théo is sorry too.

His car wouldn't start in the cold on Saturday morning, and by the time he'd got a boost and was on the road he was already late. He tried to call from the road and got your voicemail, and he should have texted as well. There's no excuse for that.

I've refunded $100 to your card.‸ Théo would also love to come back and do a 20-minute show for Maya and the friends who missed it, at no charge. Just let me know a weekend afternoon that works for you.

Amélie""",
    ),
    case(
        """Hello,

Please see the message from our Grade 2 teacher below. ⟦Would Théo be able to do a French-language assembly for about 200 students (K-6) in the week of February 15?⟧ ⟦Could you send me a quote that includes travel, since we're in Steinbach?⟧ Also, ⟦how long is the assembly show?⟧

Merci,
Luc Fontaine
Principal, École Saint-Joseph

Begin forwarded message:

From: Mme Isabelle Gagnon <igagnon@esj.example.ca>
Subject: Magicien pour le Festival du Voyageur?
Date: December 3, 2026 at 8:47:12 AM CST
To: Luc Fontaine <lfontaine@esj.example.ca>

Luc, the kids loved Théo at the library last year. Could we book him for the Festival du Voyageur week? Maybe ask if he does a show about the voyageurs?""",
        [Y, Y, Y], ["yes/no", "request", "when"],
        """Bonjour M. Fontaine,

Merci for getting in touch, and please thank Mme Gagnon for remembering Théo! He'd be delighted to do a French-language assembly during Festival week, and he has Tuesday, February 16 and Thursday, February 18 open.

The assembly show runs 45 minutes, which fits nicely into a school period, and he can do two back-to-back if you'd rather split K-2 and 3-6.

I've attached a quote: $450 for the assembly, plus $60 for travel to Steinbach. He even has a voyageur routine with a ceinture fléchée, so it will fit the festival nicely.

Amélie Roy
Théo Lamarche Magic""",
    ),
    case(
        """Hello there,

I'm organizing a party for my twin grandsons, who turn 5 on July 10, and my daughter has put me in charge of "entertainment" because I'm retired and apparently have nothing better to do. We'll be at our cottage at Lester Beach, which is about an hour north of the city, and we'll have about 20 children plus parents. My son-in-law suggested a magician, and my neighbour's granddaughter had Théo last spring and won't stop talking about the disappearing rabbit.

I should tell you that one of the twins, Oliver, is very shy and gets upset when there's a lot of noise or when people come at him suddenly. ⟦How does Théo handle a child like that?⟧ I don't want him hiding behind the couch for the whole thing. The party will be outside on the lawn, weather permitting - ⟦can he perform outdoors?⟧ And ⟦if it rains, would the screened porch be enough room?⟧ It's about 12 by 16 feet.

⟦I suppose I should also ask how much extra it is to come all the way out to Lester Beach.⟧

Thank you, and I apologize for the novel.

Dorothy Penner""",
        [Y, Y, N, N], ["how", "yes/no", "yes/no", "how much"],
        """Dear Dorothy,

No apology needed, it was a pleasure to read, and congratulations to the twins!

Théo is very gentle with shy children. He never calls up a child who hasn't put a hand up, he keeps the noisy bits short and warns the kids before anything goes "bang," and he often gives a quieter child a special job from where they're sitting, like holding the magic wand for him. Oliver can watch from your lap the whole time if he wants to.

Outdoor shows are no problem at all; he does lots of them at cottages in the summer. A bit of shade for the kids and a flat spot for his table is all he needs.

If the weather looks iffy, let's talk the week before. Cottage-country shows have a travel fee, which I'll include in the quote.‸

Warm regards,
Amélie
Théo Lamarche Magic""",
    ),
]
