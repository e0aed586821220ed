"""The cases of Tactful's questions held-out set 32 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded message or signature does. build_questions_holdout32.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
cricket-bat maker (England), a doorstep milk round (Wales), a ceilidh band (Scotland), a heating-oil
distributor (Ireland), a spice merchant (India), an ostrich show farm (South Africa), a tandem skydive
operator (New Zealand), a camel-trek operator (Australia), a curling club (Canada), a paintball park
(US), a reptile shop and breeder (US), a karaoke bar with private rooms (US), a board-game café (US)
and a barbershop (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Stourwood Cricket Bats (bespoke bats, knocking-in, repairs; near Sudbury, Suffolk, England)
    case(
        """Hello,

My son Harry turns thirteen on 2 February and has played for the under-13s at Long Melford since he was eight. He's grown about four inches this year, and the Gunn & Moore he has (a Harrow) now looks like a toy in his hands, so his coach suggested a bespoke bat rather than another one off the shelf. I'll confess I know very little about cricket myself - I rowed at school - so forgive me if some of this is obvious. ⟦Would a short handle be right for him now, or is he still in a junior size?⟧ He's 5'4" and still growing. ⟦I'd also like to know how far ahead you need the order to have it ready for his birthday.⟧ We had thought of coming to the workshop so that he could pick the willow himself, which I gather you offer. ⟦Is that possible on a Saturday at all?⟧ My wife works weekdays. And lastly, because it's a present, I'd rather he didn't see a price on anything, so ⟦can the invoice come to me by email rather than in the box?⟧

Many thanks,
Richard Penhaligon""",
        [Y, N, N, Y],
        ["which", "when", "yes/no", "request"],
        """Hi Richard,

Thanks for getting in touch, and happy early birthday to Harry. At 5'4" a short handle would still be too long for him, so I'd make him a Small Men's, which sits between the Harrow and a full-size bat and leaves him room to grow into it. Bespoke bats do take a while, so the sooner we have the order, the better.‸

Willow-selection visits are by appointment, and I'll send you the booking link this afternoon. Harry can choose from the clefts we have seasoning at the moment.

The invoice will come to you by email, and nothing with a price on it goes in the box.

Best wishes,
Tom Aldous
Stourwood Cricket Bats""",
    ),
    case(
        """I was told when I collected this bat on Wednesday that it had been fully knocked in and was ready to use. It cracked across the toe on Saturday, the second time I'd batted with it, at indoor league, facing a sixteen-year-old bowling medium pace, which is hardly a stress test. Photos attached.

⟦I want it either repaired properly at your cost or replaced.⟧ ⟦I'd also like to know how you knock a bat in, because this one clearly wasn't.⟧ ⟦If it has to come back to you, I expect you to cover the courier.⟧

Graham Oyelaran

From: Stourwood Cricket Bats <workshop@stourwoodbats.example.co.uk>
Sent: 01 December 2026 16:02
To: Graham Oyelaran
Subject: Your bat is ready

Hi Graham, your bat is finished and knocked in, ready for collection. Which day would suit you to pick it up?""",
        [Y, Y, N],
        ["request", "how", "request"],
        """Dear Graham,

I'm sorry the bat has let you down so soon, and thank you for the photos. From them it looks like a crack in the toe rather than a break through the blade, and we'll repair it properly here at no charge. If the crack turns out to go deeper than it looks, we'll make you a replacement instead.

On knocking in: every bat gets about six hours with a bat mallet, with the edges and toe worked hardest, and then a light fibre facing. What we can't do in the workshop is the last stage, playing it in against older balls in the nets, and the toe is the last part of a bat to harden. I accept that we should have explained that when you collected it.

You can drop the bat at the workshop any weekday from 8 to 5, or post it to us at the address below.‸

Regards,
Tom Aldous
Stourwood Cricket Bats
Unit 4, Brundon Mill, Sudbury
01632 960418""",
    ),
    case(
        """Thanks Tom, that's everything we needed. I'll take it to the committee on Thursday and come back to you with numbers.

Jim

On Fri, 4 Dec 2026 at 10:15, Stourwood Cricket Bats <workshop@stourwoodbats.example.co.uk> wrote:
> Hi Jim,
>
> Yes, on eight bats we take 10% off, and the crest can go on the back as a transfer at no extra cost. We'd want the order by the end of January for April delivery.
>
> Tom
>
> On Thu, 3 Dec 2026 at 19:41, Jim Haverhill <jim.haverhill@example.org.uk> wrote:
>> Hi Tom,
>>
>> Our colts section would like to order eight junior bats for the spring. Do you give a club discount on an order that size, and could the bats carry the club crest on the back?
>>
>> Jim Haverhill
>> Hon. Secretary, Clare Cricket Club""",
        [],
        [],
        """Hi Jim,

Sounds good. I'll hold those prices until the end of January, so there's no rush after Thursday's meeting; just let me know the sizes when you have them.

Tom""",
        quoted_only=True,
    ),
    case(
        """⟦Do you do regrips while you wait?⟧ ⟦What do they cost?⟧

Sent from my iPhone""",
        [Y, N],
        ["yes/no", "how much"],
        """Hi,

We do: a regrip takes about ten minutes if you drop in on a weekday between 8 and 5, and we've a good choice of grips in the shop.‸

Tom
Stourwood Cricket Bats""",
    ),
    case(
        """Dear Sir,

I am playing club cricket in Dubai and my friend has your bat, it has very good pickup. I want to order one for me. Some questions please:

1. ⟦Grade 1 English willow, what is the price?⟧
2. ⟦You can ship to UAE?⟧ ⟦How many days it take?⟧
3. ⟦I like weight 2lb 8oz to 2lb 9oz, is possible?⟧
4. ⟦Can you put my name on the bat.⟧

Kindly revert at the earliest.

Regards
Nuwan Perera
Al Barsha, Dubai""",
        [Y, Y, N, N, Y],
        ["how much", "yes/no", "when", "yes/no", "request"],
        """Dear Nuwan,

Thank you for your message, and I'm glad your friend is enjoying his bat.

A Grade 1 English willow bat made to order is £385. We send bats to the Gulf regularly by DHL, and postage to Dubai is £48 with tracking. We pick our willow for a light pickup, so whatever the scales say, the bat will feel light in your hands.‸ We can add your name on the back in gold lettering for £15.

If you'd like to go ahead, reply with your handle length and I'll send an invoice.

Kind regards,
Tom Aldous
Stourwood Cricket Bats""",
    ),
    # --- Pennant Valley Milk (doorstep milk round in glass bottles; Abergavenny, Monmouthshire, Wales)
    case(
        """hiya ⟦can we pause the milk over xmas⟧ 🎄 we're away 23rd to 2nd jan. ⟦will the bill just go down for dec or do i need to do something⟧ 🙏 also ⟦can the eggs start again when we're back⟧ 😊 thx Lowri, 31 Heol y Deri""",
        [Y, N, Y],
        ["request", "yes/no", "request"],
        """Hi Lowri,

No problem at all 🎄 I've paused your milk and eggs from Wednesday 23 December, and both start again on Monday 4 January.‸

Have a lovely break!
Carys
Pennant Valley Milk""",
    ),
    case(
        """Hello,

We've just moved to Llanfoist and a neighbour recommended you. Before I sign up, a few questions:

- ⟦Do you deliver as far up as Gilwern Hill?⟧ We're at the top of the lane past the chapel.
- ⟦Minimum order⟧
- ⟦Oat milk in glass?⟧
- ⟦How do we pay⟧ – ⟦is there a direct debit option?⟧
- ⟦Collection of empties – same day or next?⟧

Thanks,
Fiona Marsh""",
        [Y, Y, Y, Y, N, N],
        ["yes/no", "how much", "yes/no", "how", "yes/no", "when"],
        """Hi Fiona,

Welcome to Llanfoist! Gilwern Hill is on our round (Tuesdays, Thursdays and Saturdays), so the top of the lane is no trouble, and there's no minimum order; some of our customers just have a pint twice a week.

We do stock oat milk, but only in cartons at the moment; our supplier's glass bottles are due in the spring.

We bill at the end of each month, and you can pay online by card. Just leave your empties rinsed on the step and we'll take them away.‸

Diolch,
Carys
Pennant Valley Milk""",
    ),
    case(
        """Carys,

This is the third Saturday in a row the milk hasn't turned up, and nobody has told me why. I've two kids who have their cereal before swimming and I end up driving to the big Tesco at 7am. ⟦Why does this keep happening?⟧ ⟦I want the three missed Saturdays taken off my bill⟧, and ⟦if it's going to happen again I'd rather just cancel Saturdays altogether, so tell me honestly.⟧

Mark Pugh

On Sat, 5 Dec 2026 at 08:02, Mark Pugh <markpugh@example.co.uk> wrote:
> Hi, no milk again this morning. Can someone look into it please?""",
        [Y, Y, N],
        ["why", "request", "yes/no"],
        """Dear Mark,

I'm really sorry, and sorry too that nobody got back to you after Saturday's message. Our Saturday driver on your side of town left at the end of November, and the relief driver's round sheet didn't have your lane on it, so he drove straight past. That's our mistake, not yours.

I've taken all three Saturdays off your December bill, so you'll see a credit of £11.40.

We're doing everything we can to make sure it doesn't happen again.‸

Carys
Pennant Valley Milk""",
    ),
    case(
        """Hello,

I'm writing on behalf of my mother, Mrs Glenys Watkins, at 4 Castle Street. She's 88 and doesn't do email. ⟦She has asked me to find out whether the milk could go in the cool box by the back gate rather than on the front step, as bending down has become difficult since her hip operation.⟧ ⟦I'm also not sure whether her account is paid up to date⟧ - she thinks she gave the driver cash in November but can't find a receipt. ⟦Could the bills come to me from now on?⟧ My address is below.

Thank you so much,
Helen Watkins
12 Rectory Road, Crickhowell""",
        [Y, Y, Y],
        ["request", "yes/no", "request"],
        """Dear Helen,

Thank you for letting us know. From Wednesday the driver will leave your mum's milk in the cool box by the back gate, and I've put a note on the round sheet so the relief drivers do the same.

Her account is up to date: the driver logged £18.60 in cash on 20 November, which cleared everything to the end of that month. From January the bills will come to you at Rectory Road instead.

Please pass on our best wishes for her hip.

Carys
Pennant Valley Milk""",
    ),
    case(
        """Dear all at Pennant Valley,

Just a note to say thank you to Gareth, who found our old collie wandering up by the quarry at six o'clock this morning and walked her all the way home before finishing his round. Who else gets that with their milk? We've left a tin of Welsh cakes on the step for him.

With love from the Protheroes, 9 Bryn Terrace""",
        [],
        [],
        """Dear Protheroes,

What a lovely thing to read first thing on a Monday. I've passed your note on to Gareth, who tells me Bess was very good company on the walk back, and the Welsh cakes are already half gone in the depot.

Carys
Pennant Valley Milk""",
    ),
    # --- The Tattie Howkers (ceilidh band with caller for weddings, parties and Burns suppers; Perth, Scotland)
    case(
        """Hi there!

My fiancé Callum and I are getting married at Errol Park on Saturday, June 12, 2027, and his mom says a wedding in Scotland isn't a wedding without a ceilidh. I'm from Austin, so I have literally never been to one. ⟦Do you have a caller who explains the dances⟧, and ⟦how long does a typical set last?⟧ We're expecting about 120 guests, maybe a third of them American. ⟦If we wanted you to play through dinner too, would that be a separate fee?⟧ ⟦I'd also love to know whether you could learn one song for our first dance⟧ - it's "Wildflowers" by Tom Petty.

Thanks so much!
Jess Delgado""",
        [Y, N, N, Y],
        ["yes/no", "when", "yes/no", "yes/no"],
        """Hi Jess,

Congratulations to you both, and Callum's mum is quite right. I call every dance myself and walk the room through it before the music starts, so nobody needs to have been to a ceilidh before; the Americans are usually the keenest by the second dance. Most couples book us for three hours in all, starting after the speeches.

A lot of couples have us play quieter tunes through dinner too, and it sets the tone nicely.‸ We'd be happy to learn "Wildflowers" for your first dance; Morag, our fiddler, is already humming it.

Saturday 12 June is still free, so let me know if you'd like me to pencil it in.

All the best,
Euan Mackie
The Tattie Howkers""",
    ),
    case(
        """Hi Euan,

Thanks for the chat on the phone this morning. As discussed, the Burns Night supper at the golf club is on Saturday 23 January, doors at 7. ⟦We'll need you set up by 8 at the latest.⟧ ⟦Could you send me the rider you mentioned so I can check it with the kitchen?⟧ I forgot to ask: ⟦do you bring your own PA, or do we need to hire one?⟧ ⟦Our committee will also need your public liability certificate before we can pay the deposit⟧, and ⟦where should the deposit go?⟧

Best,
Alison Reid
Social Convenor, Blairgowrie Golf Club

________________________________
From: Euan Mackie <euan@tattiehowkers.example.co.uk>
Sent: 04 December 2026 11:20
To: Alison Reid
Subject: Re: Burns Night

Hi Alison, thanks for getting in touch. Give me a ring on 01632 960744 when you get a minute and we'll go through it. Roughly how many are you expecting?""",
        [Y, Y, Y, Y, Y],
        ["request", "request", "which", "request", "where"],
        """Hi Alison,

Good to speak to you this morning. We'll be set up and sound-checked by 7:30 on the 23rd, so well before 8. Our rider's attached; it's short, mostly a table near a socket and somewhere for the band to eat. We bring our own PA and lights, so there's nothing for you to hire.

I've attached our public liability certificate as well. The deposit is £200, by bank transfer to The Tattie Howkers, sort code 01-63-29, account 60744281, with the balance on the night.

Cheers,
Euan""",
    ),
    case(
        """hiya!! ⟦are u free fri 19 feb⟧ 🙏 it's for the edinburgh uni mountaineering club ceilidh, about 90 of us 🥾 ⟦how much for 3 hrs⟧ ⟦do u do student rates⟧ we are v poor 😅 also ⟦can u do strip the willow at the end or is that too chaotic⟧ thx!! eilidh x""",
        [Y, Y, N, Y],
        ["yes/no", "how much", "yes/no", "yes/no"],
        """Hi Eilidh,

Friday 19 February is free 🙌 For three hours with me calling, it's £850, and that includes travel to Edinburgh.‸ And we always finish on Strip the Willow, so brace yourselves 😄

Euan""",
    ),
    case(
        """Perfect, see you all on the 31st!

Sent from my iPhone

On 4 Dec 2026, at 16:12, Euan Mackie <euan@tattiehowkers.example.co.uk> wrote:

> Hi Douglas,
>
> That's you booked for Hogmanay at the Dunkeld hall, 9 till 1. Could you send me the hall's postcode and the name of whoever's letting us in to load up?
>
> Euan""",
        [],
        [],
        """Hi Douglas,

Great stuff. Before the 31st I'll still need the hall's postcode and a name for whoever's opening up, so drop me a line when you get a moment.

Euan""",
        quoted_only=True,
    ),
    case(
        """Dear Euan,

I got your name from my cousin Isla, who danced to your band at her daughter's wedding in Pitlochry last summer and hasn't stopped talking about it since. My husband Hamish turns seventy in March and I'm planning a surprise party for him in the village hall at Kenmore. He was a great dancer in his youth, though his knees are not what they were, so ⟦we'll need some gentler dances in the mix as well as the wild ones.⟧ There will be about sixty of us, many in their seventies and eighties, and a dozen or so grandchildren. ⟦Could you play on the Saturday nearest his birthday, which is the 20th?⟧ ⟦I'd also ask whether two hours rather than three would be possible, as I suspect that's all the older ones will manage.⟧ We'll have a buffet in the middle, and you'd all be very welcome to eat with us. ⟦I wonder too what we'd need to sort out at the hall itself⟧ - power, a stage, that kind of thing. Above all it has to be a surprise, so ⟦please don't ring the house⟧; my mobile is below.

With best wishes,
Moira Campbell
07700 900583

--
Moira Campbell
Kenmore Hall Committee
Planning a party? Why not book the hall?""",
        [Y, Y, Y, N, Y],
        ["request", "yes/no", "yes/no", "which", "request"],
        """Dear Moira,

Thank you, and please thank Isla for us. I'm sorry to say we're already booked on Saturday 20 March, for a wedding in Aberfeldy, but we're free the night before, Friday 19 March, if that would work. Two hours is no problem at all, and the fee for a two-hour evening is £650. I'll keep the programme gentle, with plenty of waltzes and a Gay Gordons or two, and save the wilder dances for the grandchildren.

Kenmore hall is a lovely room; we played a harvest dance there a few years ago.‸

Don't worry, I'll only ever contact you on your mobile, and mum's the word.

Best wishes,
Euan""",
    ),
    # --- Kilbrack Fuels (heating oil and agricultural diesel delivery, budget plans; Strokestown, Co. Roscommon, Ireland)
    case(
        """⟦How much would 500 litres of kerosene be, delivered to Elphin?⟧ And ⟦could ye get it to me before Christmas?⟧

Pádraig Ó Flaithearta""",
        [N, Y],
        ["how much", "yes/no"],
        """Hi Pádraig,

We can get out to Elphin on Thursday 17 December or Monday 21 December, whichever suits you best. Prices are moving day to day at the moment, so I'll give you the figure on the morning of delivery.‸

Declan
Kilbrack Fuels""",
    ),
    case(
        """Declan,

Your driver was out on Friday and I came home to a stain the size of a door on the tarmac beside the tank and a stink of kerosene through the whole ground floor. The tank was clearly overfilled and the overflow ran down the side. I've two small children and I'm not one bit happy.

⟦I want someone out today to clean it up properly⟧, and ⟦I want to know who pays for the driveway if the stain doesn't lift.⟧ ⟦Why was he filling it with nobody home anyway?⟧

Siobhán Kenny
Tulsk

-----Original Message-----
From: Kilbrack Fuels <orders@kilbrackfuels.example.ie>
Sent: Thursday, 3 December 2026 15:40
To: Siobhán Kenny
Subject: Delivery tomorrow

Hi Siobhán, your 900 litres will be delivered tomorrow, Friday. Please make sure the tank gauge is accessible.""",
        [Y, N, Y],
        ["request", "which", "why"],
        """Dear Siobhán,

I'm very sorry. That's not what anyone should come home to, least of all with small children in the house. Seán will be out to you by 3 o'clock today with absorbent granules and a degreaser, and he'll stay until it's done.

On the timing: most of our customers aren't home when we call, so we deliver to outside tanks as long as the driver can read the gauge, which is what Thursday's note was about. What shouldn't have happened is the overfill, and I'm going through it with the driver this afternoon.

If there's still a mark on the driveway after Seán's been, we'll look at it together.‸

Declan Moran
Kilbrack Fuels
090 555 0182""",
    ),
    case(
        """Hi Declan,

Thinking of going on the budget plan ye mentioned at the mart. Few things first:
1. ⟦Monthly amount for roughly 2,000 litres a year between the house and the yard⟧
2. ⟦Does it start in January or can I join any time⟧
3. ⟦What happens if I use more than the plan⟧
4. ⟦Need the green diesel for the tractor on the same account⟧

Thanks,
Tommy Flanagan
Ballinameen""",
        [N, Y, N, Y],
        ["how much", "when", "how", "request"],
        """Hi Tommy,

Good to hear from you. The monthly figure is worked out from what you've had delivered over the last two years, so I'll go through your account and come back to you with it. There's a bit of give built into the plan, so nobody's caught out in a cold snap.‸

You can join any month; your year just runs from whenever you start. And the green diesel can go on the same account, no bother.

Declan""",
    ),
    case(
        """Hi Declan,

See below from my landlord, for your information.

Maria

---------- Forwarded message ---------
From: Frank Gilligan <frank.gilligan@example.ie>
Date: Sat, 5 Dec 2026 at 21:14
Subject: oil receipt
To: Maria Nowak <maria.nowak@example.com>

Hi Maria, could you ask the oil company to send me a receipt for the November fill? I need it for the accounts. Thanks, Frank""",
        [],
        [],
        """Hi Maria,

Thanks for passing that on. I've emailed the receipt for the 14 November delivery to Frank directly and copied you in.

Declan
Kilbrack Fuels""",
        quoted_only=True,
    ),
    case(
        """Hello Declan,

Thank you for your answer. We are new in this house and we dont know about the oil heating. The gauge on the tank show 1/4, ⟦it is enough for two weeks or we must order now?⟧ We have the radiators and also the hot water from the oil. ⟦If we order 500 litres, we can pay cash to the driver or only by card?⟧ ⟦Must I be at home when he comes?⟧ I work in the meat factory until 4.

Thank you,
Rasa Petrauskienė

On Fri, 4 Dec 2026 at 09:30, Kilbrack Fuels <orders@kilbrackfuels.example.ie> wrote:
> Hi Rasa,
>
> Welcome to Strokestown! We deliver out your way on Tuesdays and Fridays. How much would you like?
>
> Declan
>
> On Thu, 3 Dec 2026 at 20:05, Rasa Petrauskienė <rasa.p@example.com> wrote:
>> Hello, do you deliver heating oil in Strokestown? We are new in the town.""",
        [Y, N, Y],
        ["yes/no", "which", "yes/no"],
        """Hi Rasa,

A quarter of a standard 1,000-litre tank is about 250 litres. With the heating and the hot water both running in December, that would last you roughly ten days, so I'd order now. I can have 500 litres with you this Friday, 11 December, and at today's price that comes to €545.‸

You don't need to be at home: the driver will find the filling point himself, as long as the side gate isn't locked.

Declan
Kilbrack Fuels""",
    ),
    # --- Malabar Coast Spice House (whole spices, masalas, export and trade orders, shop tastings; Mattancherry, Kochi, India)
    case(
        """Hi Anitha,

Thanks for the quick reply. ⟦I'd like to go ahead with the 1 kg of Tellicherry pepper and 500 g of green cardamom.⟧ ⟦Can you ship to Seattle⟧ and ⟦roughly what would that cost?⟧ I've had a box of spices held at customs before, so ⟦is there paperwork you include, or is that on me?⟧ Also, ⟦if the pepper is from this year's harvest, could you mention that on the label?⟧ I cook with it a lot and freshness matters.

Thanks,
Ben Whitaker

On Sat, 5 Dec 2026, 11:48 am Malabar Coast Spice House <orders@malabarspicehouse.example.in> wrote:
> Dear Ben, thank you for your enquiry. The Tellicherry Extra Bold is ₹1,450 per kg and the 8 mm green cardamom ₹3,200 per kg. Kindly let us know if you would like to proceed.""",
        [Y, Y, N, N, Y],
        ["request", "yes/no", "how much", "which", "request"],
        """Dear Ben,

Thank you for confirming. Yes, we ship to the US regularly, by DHL. Courier charges go by the final packed weight, so I will confirm the exact amount once your order is packed. We have sent a good many parcels to Seattle without any trouble.‸

Our pepper this season came in from Wayanad in the last week of November, and I will write the harvest month on the pack.

Warm regards,
Anitha Varghese
Malabar Coast Spice House, Mattancherry""",
    ),
    case(
        """Dear Madam,

This is regarding our telephonic conversation of Friday. We are opening our second outlet in Indiranagar on 15th January and require the following on monthly basis:
- Kashmiri chilli powder 10 kg
- Garam masala (your house blend) 5 kg
- Cloves 2 kg

⟦Kindly share the quotation for the above along with GST details.⟧ ⟦Please also confirm whether you can deliver to Bengaluru by road within one week of order.⟧ ⟦Payment will be 30 days credit as discussed.⟧

Thanks and regards,
Ravi Shankar
Purchase Manager, Kappa & Co. Kitchens
Mob: 98450 55501

From: Anitha Varghese <anitha@malabarspicehouse.example.in>
Sent: 03 December 2026 17:05
To: Ravi Shankar
Subject: RE: Bulk enquiry

Dear Mr Ravi, please call me tomorrow on the shop number and we can discuss. Regards, Anitha""",
        [Y, Y, N],
        ["request", "yes/no", "request"],
        """Dear Mr Ravi,

Thank you for your call on Friday, and congratulations on the new outlet. Please find attached our quotation for the three items, with the GST break-up for each line.

We send to Bengaluru by road every week, and goods reach you four to five days from the order, so a one-week window is not a problem. Our accounts team will contact you about opening the account.‸

Warm regards,
Anitha Varghese""",
    ),
    case(
        """hi! visiting kochi with friends on 28 dec 😍 ⟦is the shop open on mondays⟧ and ⟦where exactly is it⟧ google maps shows two places 🙈 ⟦do u do the spice tasting thing⟧ saw it on insta. ⟦how long does it take⟧ we have a backwater cruise at 2. also ⟦can u pack stuff so it's ok in checked luggage to london⟧ 🙏 sneha""",
        [Y, Y, Y, N, Y],
        ["yes/no", "where", "yes/no", "when", "request"],
        """Hi Sneha,

Lovely that you are coming to Kochi! 🌴 We are open every day from 10 to 7, Mondays included. We are the shop on Bazaar Road, two doors from the Pepper Exchange; the other pin on Google is our old godown, which is closed. The tasting runs at 11 am and 3 pm, and the 11 am one would be the one for you, since you are on the water at 2.‸ We vacuum-seal all our spices, so they travel fine in checked luggage to London.

See you on the 28th!
Anitha""",
    ),
    case(
        """Dear Anitha,

The parcel arrived this morning, everything in perfect condition, and the kitchen smells wonderful. Many thanks.

Best,
Hilary Trent

From: Malabar Coast Spice House <orders@malabarspicehouse.example.in>
Sent: Wednesday, December 2, 2026 10:12 AM
To: Hilary Trent <h.trent@example.co.uk>
Subject: Your order MSH-48217 has shipped

Dear Hilary, your order has been dispatched by India Post and should reach you within 7-10 days. Could you let us know when it arrives?""",
        [],
        [],
        """Dear Hilary,

Wonderful, thank you for letting us know. Enjoy cooking with them!

Warm regards,
Anitha""",
        quoted_only=True,
    ),
    case(
        """Hello,

I ordered "Ceylon cinnamon quills" (order MSH-47930) and what arrived is clearly cassia: thick, single-layer bark, and it tastes nothing like what I buy at the Sri Lankan shops in Scarborough. My wife, who grew up in Colombo, spotted it immediately. ⟦She'd like to know how this could be mislabelled by a spice specialist.⟧ ⟦I'd like either the correct product sent or my money back⟧, and ⟦I don't think I should have to post the cassia back at my own expense.⟧

Regards,
Daniel Osei
Toronto""",
        [Y, Y, Y],
        ["why", "request", "request"],
        """Dear Mr Osei,

You and your wife are quite right, and I am sorry. When we checked, both spices had been repacked at the same table on the same afternoon, and one tray of cassia went into packets printed for the Ceylon quills. It was our mistake, not our supplier's, and we have changed how trays are labelled at the packing table.

We sent 200 g of true Ceylon quills to you this morning by express post, tracking number ET 4417 0925 IN. Please keep the cassia; there is no need to send anything back.

Warm regards,
Anitha Varghese""",
    ),
    # --- Swartberg Ostrich Show Farm (farm tours, feathers, leather goods, school groups; Oudtshoorn, Western Cape, South Africa)
    case(
        """Dear Sir or Madam,

We are a family from Munich (two adults, children 6 and 10) and we travel the Garden Route at the end of December. ⟦Is it possible to book the farm tour on 30 December in the morning?⟧ ⟦Our son asks if he can ride on an ostrich⟧, and ⟦what is the weight limit for this?⟧ ⟦If it rains, does the tour still take place?⟧ Also ⟦we would like to know the price for the family.⟧

Kind regards,
Stefanie Huber""",
        [Y, Y, Y, N, N],
        ["yes/no", "yes/no", "how much", "yes/no", "how much"],
        """Dear Stefanie,

Thank you for your message. The 9 am tour on Wednesday 30 December has space, and I have held four places for you under the name Huber. December in Oudtshoorn is usually hot and dry, so do bring hats and sunscreen.‸

Please tell your son that we stopped ostrich riding some years ago for the birds' sake, so there is no riding any more. He can still feed them, and children are always allowed to stand on an ostrich egg to see that it doesn't break!

You will find our family prices on our website under "Tours".

Kind regards,
Marlize du Toit
Swartberg Ostrich Show Farm""",
    ),
    case(
        """Hi there

I ordered the tan ostrich leather tote (order SW-2281) as a Christmas present for my mom and it arrived in Durbanville today with a long scratch across the front. R4,800 and it looks second-hand. Honestly very disappointed.

⟦I need a replacement here before the 20th, otherwise there's no point.⟧ ⟦Do I have to send this one back first?⟧ And ⟦why did it take eleven days to come from Oudtshoorn?⟧ It's not that far.

Thandi Mokoena

Sent from my Samsung Galaxy""",
        [Y, N, N],
        ["request", "yes/no", "why"],
        """Hi Thandi

I'm so sorry. That's not how a present should arrive, and I'm sorry it took so long to reach you in the first place.‸ I picked out a new tan tote myself, checked it in daylight, and it went out this morning with our overnight courier, so you'll have it on Wednesday 9 December.

Kind regards
Marlize""",
    ),
    case(
        """Hi Marlize,

Forwarding this one for your records; the booking is already in your system under Garden Route Coaches.

Pieter

Begin forwarded message:

From: Yuki Tanaka <yuki.tanaka@example.jp>
Subject: Ostrich farm visit
Date: 4 December 2026 at 08:16:22 SAST
To: Pieter Botha <pieter@gardenroutecoaches.example.co.za>

Dear Mr Botha, for the ostrich farm on 8 January, is there a vegetarian lunch? My husband does not eat meat. Thank you.""",
        [],
        [],
        """Hi Pieter

Thanks, got it. I've noted a vegetarian lunch for Mr and Mrs Tanaka on the 8th.

Marlize""",
        quoted_only=True,
    ),
    case(
        """Good day Marlize,

Our Grade 5 classes (68 learners and 6 teachers) would like to visit on Friday 19 February as part of our Karoo outing. Please could you help with the following:

1. ⟦Learner price⟧ and ⟦whether teachers go free⟧
2. ⟦A tour that finishes by 12:30 so the bus can get us to the Cango Caves⟧
3. ⟦We'll need somewhere shaded for the children to eat their packed lunches.⟧
4. ⟦Is there wheelchair access?⟧ One learner uses a wheelchair.

Kind regards,
Mrs N. Jacobs
Grade 5 Head, Outeniqua Primary School
DISCLAIMER: This e-mail and its contents are confidential and intended solely for the addressee. If you have received it in error, please notify the sender.""",
        [Y, N, Y, Y, Y],
        ["how much", "yes/no", "request", "request", "yes/no"],
        """Good day Mrs Jacobs,

We'd love to have your Grade 5s on Friday 19 February. School groups are R95 per learner.‸ If you arrive at 10:00 we'll have you finished by 12:15, which gives the bus plenty of time to reach the Cango Caves.

The children are welcome to eat their packed lunches on the picnic lawn under the pepper trees, which is in shade all morning. The main tour route is paved and level, so your learner in a wheelchair can come along everywhere except into the breeding camp, where the ground is sand.

Kind regards,
Marlize du Toit""",
    ),
    case(
        """Hi, ⟦do you sell loose ostrich feathers in bulk for costumes?⟧ ⟦What colours do you have?⟧ ⟦Need about 3 kg before the end of Dec.⟧

Riyaad Hendricks
Bo-Kaap Minstrel Troupe""",
        [Y, Y, Y],
        ["yes/no", "which", "request"],
        """Hi Riyaad

Yes, we sell loose feathers by weight for costume work. We have natural white, black and drab, plus about twenty dyed colours, and I've attached the colour card. Let me know your colours by Friday and we'll courier the 3 kg to you by Friday 18 December.

Marlize""",
    ),
    # --- Tauhara Tandem Skydive (tandem jumps, vouchers, groups; Taupō, New Zealand)
    case(
        """Kia ora,

My mum turns sixty in February and has told everyone for the last thirty years that she'll jump out of a plane "one day". My brother and I have decided that day is now, and we'd like to surprise her with a tandem jump while we're all in Taupō for Waitangi weekend. She's fit (she walks the Tongariro Crossing most summers) but had a knee replacement two years ago, and ⟦my brother wants to know whether that rules her out.⟧ ⟦Would she need a doctor's note?⟧ We'd both jump too, ideally on the same plane as her. ⟦Is that possible⟧, and ⟦which height would you recommend for a first-timer?⟧ I've seen 12,000, 15,000 and 18,500 ft on your website. ⟦If the weather's bad on the Saturday, can we move to the Sunday or do we get a refund?⟧ We fly home on the Monday.

Thanks heaps,
Kate Rangi""",
        [Y, N, Y, N, N],
        ["yes/no", "yes/no", "yes/no", "which", "which"],
        """Kia ora Kate,

What a great present. A knee replacement two years on is usually fine, as long as your mum can lift her legs up in front of her for landing, and she'll fill in our medical form when she checks in. The three of you can go up on the same plane, too; I'll put you on one booking so you're loaded together.

Our heights are 12,000 ft ($299), 15,000 ft ($379) and 18,500 ft ($499), and photos and video can be added to any of them.‸

Waitangi weekend fills up fast, so let me know and I'll hold three spots for the Saturday.

Ngā mihi,
Aroha
Tauhara Tandem Skydive""",
    ),
    case(
        """hey!! ⟦any spots left tmrw arvo⟧ 🪂 me and my mate are both 19. ⟦can we pay at the airfield⟧ 💸 ⟦do u pick up from the hostel⟧ (the one on the lakefront) cheers 🤙 jack""",
        [Y, Y, Y],
        ["yes/no", "yes/no", "yes/no"],
        """Hey Jack,

Yep, we've got two spots at 2:30 tomorrow (Tuesday) 🪂 You can pay at the airfield on the day, card only. Our free shuttle picks up from all the Taupō hostels, so we'll grab you both from the lakefront at 1:45.

Cheers,
Aroha""",
    ),
    case(
        """Hi,

I bought a 15,000 ft voucher for my partner last Christmas. We booked twice this year, and both times it was cancelled for weather on the morning, which I get, that's not on you. But when I rang on Saturday to book for January, I was told the voucher expired on 30 November and can't be used.

⟦Why wasn't I told it was about to expire, when you have my email and phone number and I'd booked with you twice since buying it?⟧ ⟦I want it extended, or the $379 back.⟧ ⟦Can you also confirm in writing that both weather cancellations are on your records, in case I need it.⟧

Hemi Walker

On Sat, 5 Dec 2026, 4:02 pm Tauhara Tandem Skydive <bookings@tauharaskydive.example.co.nz> wrote:
> Hi Hemi, thanks for your call today. As mentioned, our vouchers are valid for 12 months from purchase. Is there anything else we can help with?""",
        [N, Y, Y],
        ["why", "request", "request"],
        """Kia ora Hemi,

I'm sorry you weren't reminded before it ran out, and I can see why that's frustrating after two weather calls.‸

I've extended the voucher to 30 June 2027, so you can book January whenever suits. For your records, our system shows both bookings, on 14 March and 2 October, cancelled by us for weather on the morning of the jump.

Ngā mihi,
Aroha""",
    ),
    case(
        """Still buzzing!! What a day. Why did I wait until I was 45 to do this?! Huge thanks to Sam for looking after me, he was an absolute legend.

Mere

On 6 Dec 2026, at 5:48 PM, Tauhara Tandem Skydive <bookings@tauharaskydive.example.co.nz> wrote:

> Hi Mere, your photos and video are ready! Would you like them on a USB stick or as a download link?""",
        [],
        [],
        """Kia ora Mere,

So glad you loved it. I've passed your message on to Sam, who was grinning for the rest of the afternoon. Your photos and video are on their way as a download link, and if you'd like a USB stick as well, just say.

Aroha""",
        quoted_only=True,
    ),
    case(
        """Hi Aroha,

Following up on my voicemail from this morning. We're bringing 14 staff to Taupō for our offsite on Thursday 11 March and about half are keen to jump. ⟦Could you do a group rate for seven or more?⟧ ⟦We'd need a tax invoice made out to Corella Analytics Pty Ltd⟧, and ⟦I'll need your safety record or some kind of accreditation for our insurer.⟧ Also, ⟦roughly how long should we set aside⟧ - ⟦is it a half-day thing?⟧

Cheers,
Priya Nair
People & Culture Lead, Corella Analytics

-----Original Message-----
From: Tauhara Tandem Skydive <bookings@tauharaskydive.example.co.nz>
Sent: Friday, 4 December 2026 2:10 PM
To: Priya Nair <priya.nair@corella.example.com.au>
Subject: RE: Group booking

Hi Priya, happy to help with a group. How many are you thinking, and which date?""",
        [N, Y, N, Y, Y],
        ["yes/no", "request", "request", "when", "yes/no"],
        """Hi Priya,

Thanks for the voicemail. Thursday 11 March looks good. For seven or more we fly the group in back-to-back loads, so everyone stays together and gets to watch each other land.‸

The tax invoice will be made out to Corella Analytics Pty Ltd. Safety is at the heart of everything we do, and our instructors are among the most experienced in the country. Set aside three to four hours from arrival, so a morning or an afternoon will cover it.

Ngā mihi,
Aroha""",
    ),
    # --- Pindan Camel Treks (sunset and morning camel rides, closed for the wet season; Cable Beach, Broome, Western Australia)
    case(
        """⟦Do you run the sunset ride on Christmas Day?⟧

Sent from my iPhone""",
        [Y],
        ["yes/no"],
        """G'day,

Sorry, no: we close for the wet season from 1 December to 31 March, so there are no rides on Christmas Day. We're back on Thursday 1 April, and sunset rides run every evening from then.

Bec
Pindan Camel Treks""",
    ),
    case(
        """Hi there,

I'm planning something a bit nerve-wracking and could use your help. My girlfriend Sophie and I are coming to Broome from Manchester at the end of June; we've saved for two years for this trip, and Cable Beach at sunset is the thing she's talked about since we first met. I'm going to propose, and I'd love to do it on the sunset ride. I don't want a big fuss or other riders cheering, though I don't mind them being there. ⟦Is it possible to have the last camel in the line, so I can get down on one knee when you stop for photos?⟧ ⟦Could one of your guides take a few photos on my phone at that moment without making it obvious?⟧ I'm also terrified of dropping the ring in the sand, so ⟦I wondered if there's anywhere safe on the camel to keep a small bag.⟧ We're in Broome from the 21st to the 26th. ⟦Which evening is usually quietest?⟧ And ⟦where do the rides leave from⟧ - the website just says Cable Beach.

Thanks so much,
Owen Bradley""",
        [Y, Y, Y, N, Y],
        ["yes/no", "request", "yes/no", "when", "where"],
        """Hi Owen,

Congratulations in advance! We'd love to help. I'll put you and Sophie on the last camel in the line, and when we stop for photos our guide will take your phone and catch the moment without making a show of it; we've done a few of these. Each saddle has a zipped pouch at the front, which is the safest place for the ring.

Late June is our busiest time of year, and we run sunset rides every evening.‸ Once you've picked a date, book online and put "proposal" in the notes so the guides know. The rides leave from our camel yard at the north end of Cable Beach, behind the surf club car park.

Cheers,
Bec
Pindan Camel Treks""",
    ),
    case(
        """Bec,

It's now five days since you said the refund for our cancelled ride was being processed, and there's nothing in my account. $540 isn't small change for us. ⟦When exactly will it go through?⟧ ⟦I also want the $60 we paid the shuttle to Cable Beach that morning covered, since it was your camel that went lame, not us pulling out.⟧ ⟦Can you send me something in writing confirming the refund amount?⟧

Nathan Cho

From: Pindan Camel Treks <bookings@pindancameltreks.example.com.au>
Sent: Wednesday, 2 December 2026 11:05 AM
To: Nathan Cho
Subject: RE: Cancelled ride 30 Nov

Hi Nathan, sorry again about Monday. Your refund is being processed. Let me know if you have any questions.""",
        [Y, N, Y],
        ["when", "request", "request"],
        """Hi Nathan,

I'm sorry, you should have had this sorted last week. I've chased it with our bank, and the $540 went back to your Visa ending 4471 this morning; it should show by Friday 11 December at the latest. Please keep this email as written confirmation of the amount.

I've passed your request about the shuttle fare on to Greg, the owner.‸

Bec
Pindan Camel Treks""",
    ),
    case(
        """Hi Bec,

I coordinate outings for Frangipani Lodge aged care, and our residents have voted for a camel ride as the big outing of the year. We're thinking May. A few questions from them and from our nurse:
- ⟦Minimum/maximum age⟧
- ⟦Can residents who can't ride just come and watch from the beach⟧
- ⟦Toilets nearby?⟧
- ⟦Our nurse needs to know how high the camels are when they kneel for mounting⟧
- ⟦Weekday morning, ideally a Tuesday or Wednesday⟧

Thanks,
Lorraine Dixon
Lifestyle Coordinator""",
        [Y, Y, Y, Y, Y],
        ["how much", "yes/no", "yes/no", "how much", "request"],
        """Hi Lorraine,

What a lovely choice. There's no upper age limit: riders need to be able to step onto the saddle with help and sit upright for about 40 minutes, and our oldest rider so far was 94. The camels kneel for mounting, and the saddle is then about 80 cm off the sand, a bit higher than a kitchen chair. Anyone who'd rather not ride is welcome to watch from the beach, and they usually get the best photos. There are public toilets, including an accessible one, at the surf club, about 100 m from where we mount.

We can keep a Tuesday or Wednesday morning in May for you; just let me know which date suits the lodge.

Cheers,
Bec""",
    ),
    case(
        """No worries, will send them through tonight once the kids are in bed. ⟦Is there a weight limit?⟧ My husband's about 115 kg. And ⟦can our 4-year-old ride on the same camel as me?⟧

Kylie

On Fri, 4 Dec 2026 at 3:27 pm, Pindan Camel Treks <bookings@pindancameltreks.example.com.au> wrote:
> Hi Kylie,
>
> Your family ride for Saturday 3 April is booked. Could you send me each rider's height and weight so we can match you to the camels?
>
> Cheers,
> Bec""",
        [Y, N],
        ["yes/no", "yes/no"],
        """Hi Kylie,

Thanks, no rush. Our limit is 110 kg per rider, so I'm sorry, but your husband won't be able to ride this time. He's very welcome to walk alongside with our guide, and plenty of dads do.‸

Bec""",
    ),
    # --- Prairie Rock Curling Club (leagues, learn-to-curl, bonspiels, rentals; Saskatoon, Saskatchewan, Canada)
    case(
        """Hi Dave,

We'd like to book the club for our staff Christmas party, about 40 people, most of whom have never curled. ⟦Do you have any Friday evenings left in December, or is January more realistic?⟧ We'd want a short lesson first, then a fun game, then food and drinks upstairs. ⟦Is the lounge licensed, or can we bring our own?⟧ ⟦We'll need the invoice sent to our head office in Regina.⟧ Also, ⟦what should people wear?⟧

Thanks,
Melissa Tran
Office Manager, Northgate Engineering""",
        [Y, Y, N, N],
        ["when", "which", "request", "which"],
        """Hi Melissa,

Thanks for thinking of us. Friday, December 18 is still open from 6 p.m., and most Fridays in January are free as well. A lot of groups do just what you describe: a half-hour lesson, a short game, then up to the lounge.

The lounge is licensed, so we can't allow outside alcohol, but we can set up a tab or drink tickets. We supply all the brooms and sliders, so nobody needs to bring any equipment.‸

Dave Kowalchuk
General Manager, Prairie Rock Curling Club
(306) 555-0142""",
    ),
    case(
        """hey ⟦is there still room in the junior league⟧ 🥌 ⟦can my friend and i join mid season⟧ we're both 14. ⟦how much is it⟧ 👟 ⟦do we need our own shoes⟧ ty!! - avery""",
        [Y, Y, N, Y],
        ["yes/no", "yes/no", "how much", "yes/no"],
        """Hi Avery,

Yes, there's room! Juniors can join at the halfway point, which starts on Tuesday, January 5, so you and your friend would come in then. The fee is pro-rated for the second half of the season.‸ You don't need special shoes: bring clean running shoes and we'll lend you a slider and a broom.

Dave""",
    ),
    case(
        """Hello,

My name is Ji-woo Park, I moved to Saskatoon from Busan in September for my husband's job. I saw curling in the Olympics and always want to try. ⟦I would like to know if your learn-to-curl class is OK for person who cannot skate, because I never skate before.⟧ ⟦If it is OK, which day is the beginner class?⟧ I work until 5:30 on weekdays. Also ⟦is there any discount for newcomers to Canada?⟧ My friend said some places have this.

Thank you very much,
Ji-woo""",
        [Y, Y, Y],
        ["yes/no", "when", "yes/no"],
        """Hi Ji-woo,

Welcome to Saskatoon! You don't need to skate to curl: you walk on the ice in ordinary shoes, and we teach you to slide slowly, holding the broom for balance. The next beginner class runs on Tuesday evenings at 7 p.m. for six weeks, starting January 12, so it fits after your work.

We don't have a newcomer discount, I'm afraid, but the six-week course is $120 with all the equipment included, and your first league season afterward is half price.

Dave""",
    ),
    case(
        """Dave,

I'm writing on behalf of all four of us on the Hnatiuk rink. We paid $320 to enter the Early Bird Bonspiel on the weekend, and our Saturday 8 a.m. draw was played on sheet 6 with frost so bad the rocks were stopping halfway. Two other teams complained to the ice tech during the game and nothing was done.

⟦Why was sheet 6 even in use?⟧ ⟦We'd like at least half our entry fee back, or a free entry to the Spring Bonspiel in March if you'd rather.⟧ ⟦Please also let me know who I should talk to on the board about this.⟧

Lisa Hnatiuk

On Sun, Dec 6, 2026 at 9:14 PM Lisa Hnatiuk <lisa.hnatiuk@example.ca> wrote:
> Hi Dave, can you call me tomorrow about yesterday's draw? Sheet 6 was unplayable.
>
> On Tue, Dec 1, 2026 at 10:30 AM Prairie Rock Curling Club <bonspiel@prairierockcurling.example.ca> wrote:
>> Hi Lisa, your team is confirmed for the Early Bird Bonspiel, December 5-6. Your first draw is Saturday at 8 a.m. on sheet 6.""",
        [Y, N, N],
        ["why", "request", "which"],
        """Hi Lisa,

Sorry I didn't call you this morning; I wanted to find out what happened first. The dehumidifier over sheets 5 and 6 failed overnight on Friday, and the frost built up faster than Kyle could scrape it before the 8 a.m. draw. He should have moved your game to another sheet, and he knows it.

I'd like to give each of you a $40 credit at the bar, which you can use any time this season. If you still want to take it further after that, let me know.‸

Dave Kowalchuk
General Manager""",
    ),
    case(
        """Got it, thanks Dave. All four of us will be there for the 7 o'clock. ⟦Can we bring a guest to throw a few rocks?⟧ He's my brother-in-law, visiting from Winnipeg for the week.

Rob

From: Dave Kowalchuk <dave@prairierockcurling.example.ca>
Sent: Thursday, December 3, 2026 4:45 PM
To: Rob Friesen <rob.friesen@example.ca>
Subject: Men's league spare night

Hi Rob, we've got a spare sheet on Wednesday, December 9 at 7 p.m. if your team wants a practice. Can you let me know by Tuesday?""",
        [N],
        ["yes/no"],
        """Hi Rob,

Great, sheet 3 is yours on Wednesday at 7, and I've put your team's name on the board.‸

Dave""",
    ),
    # --- Red Clay Paintball (paintball fields, parties, youth groups, night games; Athens, Georgia, US)
    case(
        """Hey Cody,

Planning my brother's bachelor party for Saturday, March 13 - probably 14 guys, a couple of whom have never played. ⟦What's the price for 14 with unlimited paint⟧, and ⟦is there a discount if we book the whole field?⟧ We'd also want to bring our own food and a cooler. ⟦Is that allowed?⟧ Last thing, ⟦is it 18+ only?⟧ His nephew is 16 and wants to come.

Thanks,
Jordan Pryor""",
        [N, Y, Y, Y],
        ["how much", "yes/no", "yes/no", "yes/no"],
        """Hey Jordan,

Sounds like a good time. Groups of 12 or more get 10% off and a field to themselves, so you'd have the whole Bunker field that day. Unlimited paint goes by the case, and I'll work out a package price for the group once you know roughly how much shooting everyone wants to do.‸

Bring all the food you like, and a cooler's fine too; we just ask that no alcohol is opened until everyone's done playing. Your nephew can come: anyone 10 and up can play, and under-18s need a parent or guardian to sign their waiver.

Cody
Red Clay Paintball
(706) 555-0163""",
    ),
    case(
        """To whoever manages Red Clay,

My son Tyler (15) came home Saturday with a welt the size of a golf ball under his eye, an inch from where his mask ended. He says a player from another group shot him from about five feet away after he'd already called himself out, and the ref didn't do anything. I paid for a supervised game.

⟦I want to know what the ref was doing while this happened.⟧ ⟦I also want the other player banned⟧, and ⟦I expect a full refund of the $45 for Tyler's session.⟧ ⟦Are your masks even rated for what kids are playing with out there?⟧

Dana Whitfield

-----Original Message-----
From: Red Clay Paintball <info@redclaypaintball.example.com>
Sent: Tuesday, December 1, 2026 9:12 AM
To: Dana Whitfield
Subject: Booking confirmed: Open Play, Sat Dec 5

Hi Dana, Tyler's open play spot is confirmed for Saturday, December 5 at 10 a.m. Please make sure a parent signs the minor waiver at check-in.""",
        [Y, N, Y, Y],
        ["why", "request", "request", "yes/no"],
        """Dear Ms. Whitfield,

I'm very sorry about Tyler's eye, and I hope it's settling down. I spoke to our referee, Marcus, yesterday. He was at the far end of the field helping a player with a jammed marker when it happened and didn't see the shot, which is exactly why a ref shouldn't leave the field uncovered; we now put a second ref on every open-play game.

I've refunded the $45 to your card this morning. All our rental masks meet ASTM F1776, the paintball safety standard, and are checked before every session.

We're going through the camera footage from Saturday to identify the other player.‸

Cody Reeves
Owner, Red Clay Paintball""",
    ),
    case(
        """yo ⟦do yall do night games⟧ 🔦 like actual paintball in the dark, saw it on tiktok 😂 ⟦if yes how much⟧ ⟦can we bring our own markers⟧ we got tippmanns. ⟦whats the latest start on saturdays⟧ - deshawn""",
        [Y, Y, N, Y],
        ["yes/no", "how much", "yes/no", "when"],
        """Hey DeShawn,

We sure do 🔦 Night games run on the first Saturday of every month, starting at 7 p.m., which is our latest start, and it's $35 a player with 500 paintballs. All our rental markers have lights fitted for the dark.‸ The next one is Saturday, January 2.

Cody""",
    ),
    case(
        """Hi Cody,

Thanks for talking with me on the phone Friday. As promised, here's what our church board asked me to get in writing before we book the youth group outing (22 kids, ages 12-17, plus 5 adult leaders) for Saturday, February 20:

1. ⟦Certificate of insurance naming Oconee Hills Baptist Church as additional insured⟧
2. ⟦Ratio of referees to players⟧
3. ⟦Whether low-impact paint is available for the younger ones⟧
4. ⟦Your cancellation policy if it rains⟧
5. ⟦Where our church bus can park⟧

⟦Could you also hold the date until our board meets on the 14th?⟧

Blessings,
Pastor Ray Jennings
Youth Pastor, Oconee Hills Baptist Church""",
        [Y, N, Y, N, Y, Y],
        ["request", "how much", "yes/no", "how", "where", "request"],
        """Hi Pastor Jennings,

Good talking with you on Friday. Our insurance agent will email the certificate naming Oconee Hills Baptist Church as additional insured by Wednesday, December 9. All our referees are trained and certified, and we stock low-impact .50 caliber paint that we use for all our younger groups.‸ We don't see much rain in February, and the fields drain well. Your bus can park in the gravel lot by the pavilion, where there's room to turn around.

I've put a hold on Saturday, February 20 for you until Tuesday, December 15, the day after your board meets.

Cody Reeves
Red Clay Paintball""",
    ),
    case(
        """⟦Do you sell gift cards online?⟧ ⟦Do they expire?⟧ Want one for my husband for Christmas.

Sent from my iPhone""",
        [Y, Y],
        ["yes/no", "yes/no"],
        """Hi there,

Yes, you can buy them on our website under Gift Cards, and they're emailed to you right away. They never expire.

Cody
Red Clay Paintball""",
    ),
    # --- Cypress Scales Reptiles (captive-bred reptiles, supplies, care advice; Gainesville, Florida, US)
    case(
        """Hi,

My daughter Emma is nine and has been asking for a leopard gecko for about two years. She's read every library book about them and has a notebook full of drawings, so I think she's ready, even if I'm a little nervous - I grew up with dogs and I'm not sure I even like lizards. We were hoping to give it to her on Christmas morning, but I've read that moving a reptile in cold weather is a bad idea, and ⟦I don't know if it's better to give her the tank and supplies on Christmas and pick the gecko up later.⟧ ⟦What would a complete starter setup cost, roughly?⟧ I'd rather buy it all in one place. Also, ⟦do they bite?⟧ She has a little brother who is four. And ⟦I'm wondering how long they live, because I'd like to know what I'm signing up for.⟧

Thanks,
Laura Beckett""",
        [Y, N, Y, Y],
        ["yes/no", "how much", "yes/no", "when"],
        """Hi Laura,

Emma sounds more than ready! We'd suggest exactly that: give her the tank and supplies on Christmas morning, let it run warm for a week, and then bring her in to choose her gecko. It's a nicer experience for her, and the gecko settles better into a tank that's already at temperature. Starter setups vary quite a bit depending on the size of tank you go for.‸

Leopard geckos very rarely bite, and a nip from a young one feels like a pinch rather than anything painful, though I'd keep handling supervised for your four-year-old. They live 15 to 20 years, so Emma may take hers to college!

Tasha
Cypress Scales Reptiles
(352) 555-0127""",
    ),
    case(
        """Tasha,

The ball python I bought from you on November 14 still hasn't eaten. That's over three weeks. I've tried frozen-thawed and live like you said, warm side at 90, humidity at 60%. ⟦Is this normal or is something wrong with him?⟧ ⟦I want him checked by your vet at your cost since he came from you⟧, and ⟦if he's sick I want a replacement or a refund.⟧

Kevin Alvarez

On Thu, Dec 3, 2026 at 6:40 PM Cypress Scales Reptiles <shop@cypressscales.example.com> wrote:
> Hi Kevin, sorry to hear he's not eating yet. Have you tried offering at night with the lights off? Let us know how it goes!""",
        [Y, Y, N],
        ["yes/no", "request", "request"],
        """Hi Kevin,

Honestly, three to four weeks without a meal isn't unusual for a young ball python after a move, especially this time of year, and your temperatures and humidity sound spot on. That said, I understand wanting to be sure. Bring him in on Thursday, December 10, any time after noon, and Dr. Patel will look him over here at no charge.

We'll see what she finds and go from there.‸

Tasha""",
    ),
    case(
        """Just sent the photo of the enclosure to your Instagram 👍 ⟦does the basking spot look ok⟧ thanks again for all the help on Saturday!

Marco

On Dec 5, 2026, at 4:55 PM, Cypress Scales Reptiles <shop@cypressscales.example.com> wrote:

> Hi Marco, thanks for coming in today! Could you send us a photo of Ziggy's enclosure once it's set up? We want to make sure the basking spot is right.""",
        [Y],
        ["yes/no"],
        """Hi Marco,

Looks great 👍 The basking spot is right where it should be. You could raise the branch under it an inch or two so Ziggy can get a little closer to the lamp.

Tasha""",
    ),
    case(
        """Hello Tasha,

I am Rafael, I live in Orlando. I see in your website the crested gecko "lilly white" female, 4 months. ⟦Is still available?⟧ ⟦You can ship to Orlando or I need to pick up in the store?⟧ Is 2 hours for me driving but if necessary I go. ⟦If I go in the store on Saturday, I can see the parents of the gecko?⟧ And please, ⟦what you feed her now, I want to buy the same food.⟧

Thank you,
Rafael Costa""",
        [Y, Y, N, N],
        ["yes/no", "which", "yes/no", "which"],
        """Hi Rafael,

She's still here, and I've put her on hold for you until Saturday. We can ship her to Orlando by overnight delivery for $55, or you're welcome to pick her up; on Saturdays we're open from 10 to 5.‸

She's a good eater, and she's growing nicely.

Tasha""",
    ),
    case(
        """Hi,

I teach 5th grade science at Littlewood Elementary and I'm looking for a classroom animal for the spring semester. Our principal has asked me to get the following before she'll sign off:

- ⟦A recommendation for a low-maintenance species that's OK with being handled by kids⟧
- ⟦Care sheet⟧
- ⟦Whether you do school discounts⟧
- ⟦Who looks after it over spring break⟧ (we're closed March 15-19)

Thanks so much,
Ms. Erin Walsh
Littlewood Elementary

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this message.""",
        [Y, Y, N, N],
        ["which", "request", "yes/no", "which"],
        """Hi Ms. Walsh,

For a 5th grade classroom I'd go with a leopard gecko: they're calm, slow-moving, happy to be handled for a few minutes at a time, and they don't need UVB lighting. I've attached our care sheet, which you're welcome to share with your principal.‸

We'd be glad to help you set up the tank before the semester starts.

Tasha
Cypress Scales Reptiles""",
    ),
    # --- Neon Lantern Karaoke (karaoke bar with private rooms, parties and corporate events; Seattle, Washington, US)
    case(
        """⟦Do you take walk-ins on Friday nights, or is it reservations only?⟧ ⟦How many people fit in your biggest room?⟧

Gabe""",
        [N, Y],
        ["yes/no", "how much"],
        """Hi Gabe,

Friday nights usually book out by about 8, so we'd really recommend reserving a room.‸ Our biggest room, the Skyline, fits up to 20 people.

Jae
Neon Lantern Karaoke""",
    ),
    case(
        """hiii ⟦can we book a room for 12 on sat 19th dec⟧ 🎤🎉 its my bff's 30th!! ⟦can we bring a cake⟧ 🎂 ⟦is there a cakeage fee⟧ lol also ⟦do u have kpop songs⟧ she's obsessed 😭 - mia""",
        [Y, Y, N, Y],
        ["request", "yes/no", "yes/no", "yes/no"],
        """Hi Mia!

Happy early birthday to your bestie 🎉 I've booked the Sakura room for 12 of you on Saturday, December 19, 8 to 11 p.m. You're welcome to bring a cake, and we'll bring plates and a knife to the room.‸ And yes, we have over 3,000 K-pop songs, so she'll be fine 😄

Jae""",
    ),
    case(
        """Hello,

We hosted our team's holiday party in your Skyline room on Thursday, December 3. The invoice that arrived this morning is $1,180, but the quote we signed was $860 for 3 hours with the food package. Apparently there's a $220 "extended time" charge for 30 minutes and a "service fee" nobody mentioned.

⟦Please send an itemized invoice.⟧ ⟦Where in the contract is the service fee?⟧ We left at 10:05, not 10:30, so ⟦I want the extended time charge removed.⟧

Regards,
Nicole Brandt
Operations Manager, Halyard Software

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.""",
        [Y, N, N],
        ["request", "where", "request"],
        """Hi Nicole,

Thanks for raising this, and I'm sorry the invoice came as a surprise. I've attached an itemized version. The 18% service charge applies to all private events of more than ten guests.‸

On the extra time, our room log has the Skyline room cleared at 10:22, so I've taken half of the extended-time charge off, $110.

Jae Kim
Events Manager, Neon Lantern Karaoke
(206) 555-0181""",
    ),
    case(
        """Hi Jae,

Following up on our call this afternoon. I talked to my sister and she has a couple of questions about the Sunday booking for my niece's sweet sixteen:

⟦She wants to know whether under-18s are allowed after 9 p.m., since some of the girls' parents won't pick up until 10.⟧ Also, one of the guests uses a wheelchair - ⟦is the Sakura room step-free?⟧ And ⟦could we have the mocktail package instead of the soda one?⟧

Thanks!
Andrea Lopez

-----Original Message-----
From: Neon Lantern Karaoke <rooms@neonlantern.example.com>
Sent: Saturday, December 5, 2026 1:30 PM
To: Andrea Lopez
Subject: Your booking: Sunday, December 20

Hi Andrea, you're all set for Sunday, December 20, 6-9 p.m. in the Sakura room. Please call us at (206) 555-0181 if you need to change anything.""",
        [N, Y, N],
        ["yes/no", "yes/no", "request"],
        """Hi Andrea,

Good talking to you earlier. Your booking runs from 6 to 9 p.m., so the room is yours until then.‸ The Sakura room is on the ground floor with a level entrance, and the accessible restroom is right next door. I'll check with the kitchen about the mocktails and get back to you.

Jae""",
    ),
    case(
        """Thanks Jae, deposit paid just now. Looking forward to it!

--
Tom Herrera
Herrera Realty Group
Thinking of selling? Let's talk.""",
        [],
        [],
        """Hi Tom,

Got it, thanks! You're all confirmed for Friday, January 15, 7 to 10 p.m. in the Skyline room.

Jae""",
        quoted_only=True,
    ),
    # --- The Rolling Die (board-game café: table fee, game library, parties, retail; Madison, Wisconsin, US)
    case(
        """Hi Sam,

Thanks for chatting on the phone this morning. To confirm what we discussed, ⟦we'd like the back room for our book club's holiday game night on Wednesday, December 16 from 6 to 9, 11 people.⟧ ⟦Can you set out a few party games that work for a big group?⟧ Most of us haven't played anything more complex than Scrabble. I forgot to ask about the cover charge: ⟦is it per person or a flat room fee?⟧ Also, ⟦is there parking nearby, or should we all take the bus?⟧

Thanks!
Carol Lindqvist""",
        [Y, N, N, Y],
        ["request", "request", "which", "yes/no"],
        """Hi Carol,

Lovely to talk this morning. The back room is booked for you on Wednesday, December 16, 6 to 9 p.m. We have more than 800 games on the shelves, from Scrabble-easy to very heavy, and the cover is the same as on any regular night.‸

Parking is easy enough: the city ramp on Lake Street is two blocks away, and the 2 and 6 buses stop right outside.

Sam
The Rolling Die""",
    ),
    case(
        """Hello,

I am PhD student at UW from Chengdu. I like very much your café, I come every Sunday with friends. ⟦I want to ask if you are hiring part-time game teacher for weekend.⟧ I know more than 200 games and I can teach in English and Chinese. Also ⟦my friends ask, you can keep a table for us every Sunday afternoon?⟧ We are 6 person usually. ⟦Is possible to pay membership for this?⟧

Best regards,
Liu Yang""",
        [Y, N, Y],
        ["yes/no", "request", "yes/no"],
        """Hi Liu Yang,

Thank you, it's always nice to hear from our Sunday regulars! We are looking for two weekend game teachers starting in January, and someone who can teach in English and Chinese would be a real plus. You can apply on the Jobs page of our website; mention this email so I know to look out for your application.

Our Meeple Club membership is $15 a month per person and covers the table fee every time you visit.‸

Sam""",
    ),
    case(
        """Hi,

We played at your café on Saturday night and I just saw a $64.99 charge on my card labeled "damaged game - Wingspan". Nobody said anything to us at the table or when we paid. The box had a split corner when your staff brought it over and some of the cards were already bent; we pointed that out to the server at the time.

⟦I want the charge reversed.⟧ ⟦Why wasn't I told before you charged my card?⟧ And ⟦who decided it was us?⟧

Ellie Morgan""",
        [Y, Y, Y],
        ["request", "why", "which"],
        """Hi Ellie,

I'm so sorry. I reversed the $64.99 this morning, and it should be back on your card within three to five business days.

What happened: one of our closing staff found the Wingspan box in the returns pile with the split corner, assumed the damage had happened at your table, and ran the charge on the card you'd paid with. She didn't know your server had already noted the damage, and she shouldn't have charged anyone without checking with a manager first. I've talked with her, and from now on no damage charge goes through without my okay.

Sam Okafor
Owner, The Rolling Die""",
    ),
    case(
        """Hi there, a few questions about a birthday party for my son (turning 10) in January:

1) ⟦Do you do kids' parties on weekend mornings or only afternoons?⟧
2) ⟦Max number of kids⟧
3) ⟦If we order pizza from Ian's, can it be delivered to you?⟧
4) ⟦Is there a game teacher included or is that extra?⟧

Thanks!
Becca

Sent from my iPhone""",
        [Y, Y, N, Y],
        ["which", "how much", "yes/no", "yes/no"],
        """Hi Becca,

Happy almost-birthday to your son! We open early for parties, at 10 a.m. on Saturdays and Sundays, and the party room takes up to 16 kids. A game guru comes with every party for the full two hours, so you won't have to teach anything.

Our kitchen makes flatbread pizzas that are always a hit with the under-12 crowd.‸

Sam""",
    ),
    case(
        """Hi, ⟦do you sell the games on your shelves, or are they just for playing in the café?⟧ Looking for a copy of Cascadia for my dad.

--
Pete Sorensen
Sorensen Plumbing & Heating
Frozen pipes? Call us 24/7 at (608) 555-0199""",
        [Y],
        ["yes/no"],
        """Hi Pete,

The shelf copies are our library, just for playing here, but we have a retail wall by the counter with new copies of about 150 games, Cascadia included.

Sam""",
    ),
    # --- Harbor Fade Barbershop (cuts, shaves, beard work, wedding parties; Baltimore, Maryland, US)
    case(
        """Hi Andre,

I'm getting married on Saturday, May 22 and would love to bring my groomsmen in that morning for cuts and hot towel shaves, six of us in total including my dad. ⟦Do you open early for wedding parties?⟧ ⟦We'd need to be done by 11.⟧ ⟦My best man wants to know whether you do beard dye, he's going gray early and is touchy about it.⟧ ⟦Could we bring a bottle of bourbon, or is that not allowed?⟧ Also, ⟦what would the total be for six cuts and shaves?⟧

Thanks,
Luis Ortega""",
        [Y, Y, Y, N, N],
        ["yes/no", "request", "yes/no", "yes/no", "how much"],
        """Hi Luis,

Congratulations! We do open early for wedding parties, from 7 a.m., and with two barbers working on your group from 7:30 you'd all be out the door by 10:30. Tell your best man not to worry: we do beard color all the time, blended so it looks natural, not painted on.

Once you confirm the date, I'll put together a wedding package for the six of you.‸

Andre
Harbor Fade Barbershop
(410) 555-0137""",
    ),
    case(
        """yo andre ⟦can u move my 4pm tmrw to thursday, same time or anything after 5⟧ 🙏 got called into work 😩 ⟦u still take cash app⟧ - kev""",
        [Y, N],
        ["request", "yes/no"],
        """Hey Kev,

No problem 💈 You're moved to Thursday at 5:30 with me.‸

Andre""",
    ),
    case(
        """Andre,

I brought my son Malik in on Saturday for a low taper and he came out with a bald patch behind his right ear. Your barber slipped with the clippers and then tried to blend it out, which made it worse. He's 12 and has school pictures on the 17th. He cried the whole way home.

⟦Can you fix it before the 17th⟧ and ⟦who will do it?⟧ ⟦Not the same guy.⟧ ⟦I also expect the $30 back.⟧

Keisha Grant

On Sat, Dec 5, 2026 at 10:04 AM Harbor Fade Barbershop <book@harborfade.example.com> wrote:
> Hi Keisha, yes, we can fit Malik in at 1 p.m. today with Tony. Can you confirm?
>
> On Sat, Dec 5, 2026 at 9:40 AM Keisha Grant <keisha.grant@example.com> wrote:
>> Hi, any chance of a same-day appointment for my son today? He needs a cut before next week.""",
        [Y, Y, Y, N],
        ["yes/no", "which", "request", "request"],
        """Keisha,

I'm really sorry. That should never have left the chair, and I'm sorry Malik had such a rough day. I'll fix it myself, not Tony, on Wednesday, December 16 at 4 p.m., the day before his pictures. By then the patch will have grown in a little and I can blend the taper around it so it won't show.

There'll be no charge for the fix-up visit.‸

Andre Simmons
Owner, Harbor Fade Barbershop""",
    ),
    case(
        """Good afternoon,

I am 71 years old and I have had a beard since 1977, when I came home from the Navy. My granddaughter is getting married in June, and my wife, who has never once seen my chin, has finally talked me into shaving it off for the wedding. I must admit I am a little nervous about it. ⟦My wife would like to know whether you could take it off in stages over a few visits⟧ - say, trim it short first, then a week or two later the full shave - so that it is not such a shock for either of us. ⟦I also wondered whether a straight razor is safe on older skin, as mine is thinner than it used to be and I take a blood thinner.⟧ ⟦Do you take appointments on weekday mornings⟧, and ⟦is there a senior rate?⟧ I am retired and in no rush.

With thanks,
Walter Kaminski""",
        [Y, Y, Y, N],
        ["yes/no", "yes/no", "yes/no", "yes/no"],
        """Good afternoon Mr. Kaminski,

Congratulations on your granddaughter's wedding; your wife has a good idea. We'd be glad to take it off in stages: a close trim a few weeks before, then the full shave the week of the wedding, so you both have time to get used to it. Since you're on a blood thinner, we wouldn't use a straight razor on you. We'd do the final pass with a foil shaver, which gets nearly as close without the risk of a nick that won't stop bleeding.

We're open for appointments Tuesday to Friday from 9 a.m., and mornings are our quietest time.‸

Andre Simmons
Harbor Fade Barbershop""",
    ),
    case(
        """Hey,
- ⟦Holiday hours?⟧
- ⟦Open Christmas Eve?⟧
- ⟦Gift cards in store or online⟧
Thx
Jay""",
        [Y, Y, Y],
        ["when", "yes/no", "which"],
        """Hi Jay,

We keep our usual hours over the holidays, Tuesday to Saturday 9 to 7, except Christmas Eve, when we close at 2. Gift cards are sold in the shop only, at the front desk, in any amount.

Andre""",
    ),
]
