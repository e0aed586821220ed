"""The cases of Tactful's questions held-out set 23 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded message or signature does. build_questions_holdout23.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
chimney sweep, a US pool-service company, a piano-removals firm, an escape-room venue, a
beekeeping-supplies shop, a US HVAC contractor, a driving school, a US household-moving company, a
secondhand and rare bookshop, a mobile dog groomer, a US tax-preparation office, a US scuba-diving
school, a tree surgeon and a stained-glass restorer.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Brightflue Sweeps (chimney sweep, UK) ---------------------------------------------------
    case("""\
Hi, ⟦can you fit in a sweep before Christmas?⟧ Multi-fuel stove, last done in the spring. ⟦Price?⟧

Tom Everleigh""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Tom,

We can – I've got Tuesday 15 December first thing or Monday 21 December after lunch, whichever suits. A stove sweep is £75 with the certificate.

Cheers,
Gareth
Brightflue Sweeps"""),

    case("""\
Hello Gareth,

Thanks for coming out last Thursday. Bit of a saga since then, I'm afraid. The smoke alarm in the lounge went off twice on Saturday evening when we lit the fire, which it has never done before, and my husband is convinced it's because the cowl you fitted sits lower than the old one. I've told him that seems unlikely, but ⟦would you be able to tell us whether a new cowl could make the stove draw differently?⟧ We opened the window a crack and it settled down after ten minutes or so. The other thing is that we found a fair bit of soot on the hearth rug on Sunday morning, which I assume is just what fell after you left, although ⟦is that normal a few days after a sweep?⟧ I don't want to make a fuss about it. Anyway, we're away from 19 December until the new year, so ⟦if you did need to come back and look, could it be before then?⟧

Many thanks,
Helen Marchbank

On Thu, 3 Dec 2026 at 16:40, Brightflue Sweeps <bookings@brightflue.example.co.uk> wrote:
> Dear Helen,
>
> Thanks for having us today. Your certificate is attached. The new cowl is a standard anti-downdraught model; do get in touch if you have any questions.
>
> Gareth""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Dear Helen,

Sorry to hear the alarm went off. A new cowl can change the draw for the first few fires, especially while the flue is still cold, so give it a good hot start with the door ajar for a few minutes before you close it down. I'll pop round on Wednesday 16 December at 10 am to check the fit and where the alarm sits, if that's convenient.‸

Kind regards,
Gareth"""),

    case("""\
Thanks Gareth, that suits us fine. The side gate will be open.

Ruth

From: Brightflue Sweeps <bookings@brightflue.example.co.uk>
Sent: 04 December 2026 11:02
To: Ruth Aldous <ruth.aldous@example.com>
Subject: Sweep booking

Hi Ruth,

Does Thursday 10 December at 9 am suit you for the two chimneys? Please clear the hearths and move any rugs before we arrive.

Gareth""",
         [], [],
         """\
Hi Ruth,

Lovely, you're booked in for Thursday 10 December at 9 am. We'll come round by the side gate.

Thanks,
Gareth""",
         quoted_only=True),

    case("""\
Hello,

I am living in the flat 2 at 14 Orchard Rise since October. There is open fireplace in the living room which I never used it. ⟦It need the sweeping before I can use it?⟧ Also landlord say me I must have certificate. ⟦How much cost the sweeping and the certificate together?⟧ ⟦Please tell me also how long it take, because I work in the day.⟧

Thank you very much
Marek Wiśniewski""",
         [Y, Y, N], ["yes/no", "how much", "when"],
         """\
Dear Marek,

Thank you for your email. Yes – please don't light it until it has been swept and checked, especially as it hasn't been used for a while. The sweep and the certificate for your landlord come to £70 altogether, and we can come at 8 am before you leave for work if that helps.‸

Kind regards,
Gareth
Brightflue Sweeps
07700 900231"""),

    case("""\
Gareth,

I'm frankly fed up. You swept our chimney on Tuesday 1 December and the cap was left on the patio. You said on Thursday someone would drop by to refit it. Nobody came, and by Saturday there was black water running down the chimney breast in the back bedroom. We now have a stain the size of a dinner plate on wallpaper we had put up in the summer. ⟦I want someone here this week to look at it properly.⟧ And ⟦who is paying for the redecorating?⟧ Because it isn't going to be me.

Paul Hendry

On Thu, 3 Dec 2026 at 08:10, Brightflue Sweeps <bookings@brightflue.example.co.uk> wrote:
> Hi Paul, the cap sits on top of the pot. We'll drop by in the next couple of days to refit it.
>
>> On Wed, 2 Dec 2026 at 19:31, Paul Hendry <p.hendry@example.com> wrote:
>> Gareth, your lad left a metal cap on the patio. Is that meant to go back on?""",
         [Y, N], ["request", "which"],
         """\
Dear Paul,

You're right to be annoyed, and I'm sorry – we said we'd come back and we didn't. I'll be round myself tomorrow, Tuesday 8 December, at 9 am to refit the cap and have a proper look at the chimney breast. I'm very sorry about the wallpaper; that should never have happened.‸

Gareth"""),

    # --- Bluewater Pool Care (pool service, US) ---------------------------------------------------
    case("""\
Hi there,

We just bought a house on Larkspur Drive with a pool and honestly know nothing about pools. A few questions before we sign up:

- ⟦Do you offer weekly service through the winter, or does it drop to every other week?⟧
- ⟦What's included in a standard visit?⟧
- ⟦Can you also handle the salt cell cleaning, or is that separate?⟧
- ⟦How much is the monthly plan for a roughly 15,000-gallon pool?⟧

Thanks so much,
Dana Whitfield
(480) 555-0142""",
         [Y, Y, N, N], ["which", "which", "yes/no", "how much"],
         """\
Hi Dana,

Congrats on the new house! We service weekly all year round; in the winter the visits are a little shorter since there's less debris and the chemistry stays steadier. Every visit covers skimming, brushing the walls and steps, emptying the baskets, testing and balancing the water, and checking the filter pressure.‸ Our plans are priced based on the pool's size and equipment, so I'd love to come out and take a look first.

Best,
Kayla
Bluewater Pool Care"""),

    case("""\
hey its marcus on cottonwood ct 👋 pool guy didnt come thurs ⟦is he coming this week⟧ 🤔 the water looks kinda green now ⟦should i shock it myself or wait for him⟧

Sent from my iPhone""",
         [Y, N], ["yes/no", "which"],
         """\
Hi Marcus,

Sorry about Thursday – Luis had a truck breakdown and we couldn't reach everyone on his route. He'll be at your place this Wednesday, December 9, in the morning. 👍‸

Thanks,
Kayla
Bluewater Pool Care"""),

    case("""\
To whoever is in charge,

This is the third time I am writing about this. Your technician left the pump running with the valve closed on December 1 and it burned out the motor. ⟦I expect Bluewater to pay for the replacement pump in full.⟧ I have the receipt from Desert Pump Supply for $1,186.40. ⟦Why has nobody called me back after two emails?⟧

Gloria Pratt

From: Gloria Pratt <gpratt@example.net>
Sent: Wednesday, December 2, 2026 8:47 AM
To: service@bluewaterpools.example.com
Subject: Burned out pump

Please call me about the pump. Who do I talk to about a claim?""",
         [Y, N], ["request", "why"],
         """\
Dear Ms. Pratt,

I'm so sorry. You should have heard from us days ago, and that's on me.‸ I've gone through the service notes from December 1 and I agree the valve was left closed. We will reimburse the full $1,186.40; I've sent the approval to our accounts team and the check will go out this Friday, December 11.

Sincerely,
Rob Ferreira
Owner, Bluewater Pool Care
(480) 555-0100"""),

    case("""\
Perfect, thank you! See you on the 15th.

Nina

On Sat, Dec 5, 2026 at 10:14 AM Bluewater Pool Care <service@bluewaterpools.example.com> wrote:
> Hi Nina,
> Would Tuesday, December 15 work for the filter clean? Let me know and I'll put you on Luis's route.
> Kayla""",
         [], [],
         """\
Hi Nina,

Great, you're on Luis's route for Tuesday, December 15. He'll text when he's on his way.

Thanks,
Kayla""",
         quoted_only=True),

    case("""\
Hi Kayla,

We're going to be out of town from December 19 to January 3. ⟦Can you still service the pool while we're gone⟧ and ⟦do you need us to leave the side gate unlocked?⟧ ⟦If not, can we pause the plan for those two weeks?⟧ Also, ⟦would you rather we pay December's invoice now or when we get back?⟧

Thanks!
Tom and Priyanka Hale""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "which"],
         """\
Hi Tom and Priyanka,

No problem at all – Luis will keep your regular Monday visits while you're away. He has the gate code on file, so there's no need to leave anything unlocked.‸

Enjoy the trip!
Kayla"""),

    # --- Keynote Piano Removals (UK) -------------------------------------------------------------
    case("""\
Dear Keynote,

We need an upright piano moved from my late mother's house in Kettering (ground floor, three steps up to the front door) to my flat in Northampton, which is on the second floor with no lift. ⟦I was wondering whether that's something you'd take on, given the stairs.⟧ ⟦I'd also need a rough price before I can agree it with my brother.⟧ The house has to be cleared by Friday 29 January.

Regards,
Alison Trent""",
         [Y, N], ["yes/no", "how much"],
         """\
Dear Alison,

Thank you for getting in touch, and I'm sorry about your mother. Second-floor deliveries without a lift are routine for us; we'd send a three-man crew with a stair-climbing trolley. Stair work is priced on the turn of the staircase and the access at each end, so it varies quite a bit from flat to flat.‸ We can easily fit the move in before 29 January.

Best regards,
Dominic Ashby
Keynote Piano Removals"""),

    case("""\
⟦Do you move grand pianos too, or just uprights?⟧ ⟦Earliest date in January?⟧

Sent from my iPhone""",
         [Y, Y], ["which", "when"],
         """\
Hi,

We move grands every week, from baby grands up to full concert size. Our first free day in January is Wednesday 6 January.

Dominic
Keynote Piano Removals
07700 900318"""),

    case("""\
Hi Dominic,

Following up on my email from last week about the Bechstein – I haven't had the quote yet. ⟦Could you send it over today if possible?⟧ And ⟦did you manage to find out whether the tuner can come the same afternoon?⟧

Thanks,
Rhys

On Tue, 1 Dec 2026 at 10:22, Rhys Gwilliam <rhys.g@example.org.uk> wrote:
> Hi, we'd like to move a Bechstein upright from Cardiff to Bristol in mid-January. Could you quote, and do you work with a tuner who could tune it once it's in?""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Rhys,

Apologies for the delay. The quote is attached: £340 for Cardiff to Bristol, insurance included. We work with Carys Vaughan, a very good tuner based in Bristol, and most of our customers there use her.‸

Best,
Dominic"""),

    case("""\
Good afternoon,

My daughter's piano (a Yamaha U1) needs to go from our house to her new place in Leeds. Some questions:

1. ⟦Do you need the piano to be in a ground-floor room, or can you take it down a flight of stairs?⟧
2. ⟦How far in advance should I book?⟧
3. ⟦Are you insured if something gets damaged on the way?⟧
4. ⟦Could you take away an old piano stool at the same time, to be disposed of?⟧

With thanks,
Margaret Oduya""",
         [Y, Y, Y, N], ["which", "when", "yes/no", "yes/no"],
         """\
Dear Margaret,

Thank you for your email.

1. Stairs are no trouble; we carry pianos up and down them most days.
2. Two to three weeks' notice is usually plenty, though January fills up quickly.
3. Every move is covered by our goods-in-transit insurance up to £25,000.‸

If you'd like to go ahead, just send me a preferred date and both addresses.

Kind regards,
Dominic Ashby"""),

    case("""\
Hi Dominic,

Forwarding this from our building manager for your records.

Thanks,
Oliver

---------- Forwarded message ---------
From: Ardley House Management <office@ardleyhouse.example.co.uk>
Date: Fri, 4 Dec 2026 at 15:03
Subject: Piano delivery
To: Oliver Kemp <oliver.kemp@example.com>

Dear Oliver,

Please ask your removers to book the goods lift at least 48 hours in advance and to bring floor protection for the lobby. Could they also send us their public liability certificate?

Ardley House Management""",
         [], [],
         """\
Hi Oliver,

Thanks for passing that on. I'll book the goods lift with the management office this week and send them our certificate directly.

Best,
Dominic""",
         quoted_only=True),

    # --- The Locked Lantern (escape rooms, UK) ---------------------------------------------------
    case("""\
hiya 😊 ⟦can we bring a cake for my sons 12th bday⟧ ⟦is there somewhere to eat it after⟧ 🎂 theres 8 of us ⟦is that too many for the pharaoh room⟧

Sent from my Galaxy""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Jess,

Happy birthday to your son! 🎉 Cake is very welcome – we'll keep it in the fridge for you, and the party lounge is yours for 30 minutes after the game.‸

See you soon,
Priya
The Locked Lantern"""),

    case("""\
Hello,

We played the Asylum room on Saturday 5 December and the whole thing was ruined. Two of the padlocks were broken so the codes didn't work, and when we called the game master over she told us to "keep trying". We lost twenty minutes because of it and obviously didn't escape. ⟦I'd like a full refund for all six of us.⟧ And ⟦can you explain why the room wasn't checked before we went in?⟧

Sam Okafor""",
         [N, Y], ["request", "why"],
         """\
Dear Sam,

I'm really sorry. I've looked into it: the previous group finished late on Saturday and the reset was rushed, so the two faulty padlocks weren't picked up in the pre-game check. That isn't good enough, and from this week a second member of staff signs off every reset.‸ I'd love to have you all back for a game on us in any of our rooms.

Best wishes,
Priya Nair
Manager, The Locked Lantern"""),

    case("""\
Brilliant, thanks Priya – all paid. See you on the 19th!

Becky

On Fri, 4 Dec 2026 at 12:30, The Locked Lantern <hello@lockedlantern.example.co.uk> wrote:
> Hi Becky,
>
> You're booked into the Clockmaker for Saturday 19 December at 2 pm. Could you let us know the names of everyone playing so we can print the certificates?
>
> Priya""",
         [], [],
         """\
Thanks Becky,

Payment received – you're all set for Saturday 19 December at 2 pm. Have a great time!

Priya""",
         quoted_only=True),

    case("""\
Dear Locked Lantern team,

I'm organising a team event for 22 colleagues on Thursday 21 January, ideally late afternoon. ⟦Could you let me know whether you can run several rooms at the same time so we all finish together?⟧ ⟦We'd also want to be invoiced rather than pay by card – is that possible?⟧ Finally, ⟦do you offer food on site, or should we book somewhere nearby?⟧

Best regards,
Hannah Leclerc
Office Manager, Fenwick & Dale LLP

CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [Y, Y, Y], ["yes/no", "yes/no", "which"],
         """\
Dear Hannah,

Thank you for thinking of us. We have five rooms for four to six players each, so 22 of you fit nicely, and we stagger the start times by five minutes so everyone comes out within a few minutes of each other. Invoicing is fine for company bookings; we just need a purchase order number. We don't serve food ourselves, but the Copper Kettle two doors down does group platters and can have them ready for when you finish.

Best wishes,
Priya
The Locked Lantern"""),

    case("""\
Hello,

I am exchange student from Korea and I want to book for 4 persons. My friends English is not so good. ⟦Are the clues only in English or you have other languages⟧, and ⟦is it okay if we use translator app on phone?⟧ Also ⟦which room is most easy for beginner?⟧

Thank you!
Ji-woo Park""",
         [N, Y, Y], ["which", "yes/no", "which"],
         """\
Hi Ji-woo,

Thank you for your message!‸ Phones stay in the lockers during the game, I'm afraid, because some puzzles could be solved just by photographing them. For first-timers our favourite is the Clockmaker: it's forgiving, and the game master can send extra hints whenever you ask.

Best wishes,
Priya"""),

    # --- Hive & Heather (beekeeping supplies, UK) ------------------------------------------------
    case("""\
Hello,

My wife bought me a beekeeping course for my birthday and I've now done the theory part, which I loved, although I'll admit half of it went over my head. The course leader recommended starting with a National hive, but my neighbour (who has kept bees for thirty years and has opinions) swears by the WBC because it looks nicer in the garden and apparently keeps them warmer. ⟦I'd really appreciate your view on which of the two is easier for a complete beginner.⟧ I've got a budget of about £400 for everything including the suit. ⟦Would that cover a hive, a suit, a smoker and the basic tools, or am I being optimistic?⟧ I'm not planning to get bees until May, so ⟦when would you suggest I order, to be sure things are in stock?⟧

Thanks for any help,
Clive Armitage""",
         [Y, Y, N], ["which", "yes/no", "when"],
         """\
Dear Clive,

Congratulations on finishing the course! For a beginner I'd go with the National: the boxes are simpler to handle, the parts are interchangeable and spares are easy to find. WBCs are lovely, but the outer lifts make every inspection slower. Our National starter kit with a suit, smoker and hive tool is £385, so you'd be just inside your budget.‸

All the best,
Morag
Hive & Heather"""),

    case("""\
⟦Have you got 14x12 brood foundation in stock⟧ and ⟦do you post to Northern Ireland?⟧

Ciaran""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Ciaran,

Plenty at the moment – packs of ten sheets are £19.50. Northern Ireland is fine too; it goes by tracked courier for £6.95.

Morag
Hive & Heather"""),

    case("""\
I ordered a nucleus box and two packs of frames on Tuesday 1 December (order HH-40218) and was told 2-3 working days. It is now Monday and nothing has arrived, no tracking, nothing. ⟦Where is my order?⟧ ⟦If it can't be here by Friday I want to cancel and have my money back.⟧

D. Pryce""",
         [Y, N], ["where", "request"],
         """\
Dear Mr Pryce,

I'm sorry for the wait. Your parcel left us on Thursday 3 December, and Parcelway's tracking shows it has been sitting at their Telford depot since Friday (tracking number PW88214093GB). I've raised a query with them this morning.‸

Kind regards,
Morag
Hive & Heather"""),

    case("""\
Morag – as promised on the phone, here's the original request from our treasurer, for your records.

Cheers,
Alan

Begin forwarded message:

From: Wrekin Beekeepers Treasurer <treasurer@wrekinbees.example.org.uk>
Subject: Winter bulk order
Date: 4 December 2026 at 18:22:10 GMT
To: Alan Greaves <alan.greaves@example.com>

Alan, can you please get a quote from Hive & Heather for 40 kg of fondant and 20 queen excluders, delivered to the apiary by the end of January?

Sue""",
         [], [],
         """\
Thanks Alan,

That's all I need. I'll have the quote with you and Sue by Wednesday.

Morag""",
         quoted_only=True),

    case("""\
Hi Morag,

Thanks for sorting the smoker last week. Two more things:

• ⟦Is the 2027 queen-rearing kit going to be available to pre-order before March?⟧
• ⟦If not, could you put me on a list to be told when it is?⟧
• ⟦What's the difference between your standard and premium fondant⟧ – ⟦is it worth the extra?⟧

Sally""",
         [Y, Y, Y, N], ["yes/no", "request", "how", "yes/no"],
         """\
Hi Sally,

The queen-rearing kits usually reach us in late February, so pre-orders will open before March, and I've added your name so you get an email the day they go live. The premium fondant has pollen substitute mixed in, which helps colonies that are building up early in the spring.‸

Morag"""),

    # --- Prairie Air Heating & Cooling (HVAC, US) ------------------------------------------------
    case("""\
Furnace blowing cold air. ⟦Can someone come today?⟧ ⟦How much is an emergency call?⟧

R. Delgado
Sent from my iPhone""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Mr. Delgado,

Tyler will be at your place between 2 and 4 this afternoon. Before he gets there, check that the filter isn't clogged and the thermostat is set to heat.‸

Thanks,
Jen
Prairie Air Heating & Cooling"""),

    case("""\
Hi Prairie Air,

So we had your guy out for the AC tune-up and he mentioned our furnace was "getting up there" (it's a 2004 Carrier, I think). Since then we've noticed the upstairs bedrooms are about 6 degrees colder than downstairs, and the furnace seems to run forever without shutting off. My husband thinks we need a whole new system, my dad thinks it's just the ducts. ⟦Honestly I'd just like someone to tell us whether it's worth repairing or if we should start saving for a replacement.⟧ ⟦If we do replace, do you offer financing?⟧ We also saw on Facebook that there's a utility rebate for heat pumps this winter – ⟦does that apply in Sedgwick County?⟧

Thanks,
Amber Kowalczyk
(316) 555-0178""",
         [Y, Y, N], ["which", "yes/no", "yes/no"],
         """\
Hi Amber,

Thanks for reaching out. Uneven temperatures on a furnace that age could be anything from leaky ducts to a tired blower, so we'll send a tech out on Thursday, December 10 between 8 and 10 AM; he'll give you an honest repair-or-replace recommendation before he leaves. We do offer financing through Sunflower Lending, with 0% for 18 months on approved credit.‸

Best,
Jen Ortiz
Prairie Air Heating & Cooling"""),

    case("""\
Got it, thanks. We'll be home.

Ray

-----Original Message-----
From: Prairie Air Scheduling <schedule@prairieair.example.com>
Sent: Friday, December 4, 2026 3:12 PM
To: Ray Lindgren <rlindgren@example.net>
Subject: Furnace maintenance appointment

Hi Ray,
Your maintenance visit is booked for Monday, December 14 between 12 and 2 PM. Please make sure someone over 18 is home and the area around the furnace is clear.""",
         [], [],
         """\
Thanks, Ray – see you on the 14th.

Prairie Air Scheduling""",
         quoted_only=True),

    case("""\
Jen,

Your installer put in our new thermostat on Tuesday and since then:
1. The heat won't go above 66.
2. The app says "device offline" half the time.

⟦I want someone out here to fix this before the weekend, not next week.⟧ And ⟦I want to know why I was charged $145 for "programming" when the quote said installation included setup.⟧

Kevin Brandt""",
         [Y, Y], ["request", "why"],
         """\
Hi Kevin,

I'm sorry – that's frustrating, especially in this cold. I've booked Marco for Friday, December 11 at 9 AM to fix the temperature limit and the Wi-Fi connection. The $145 was a billing error on our side, since setup was included in your quote, and I refunded it to your card this morning.

Jen Ortiz
Prairie Air Heating & Cooling"""),

    case("""\
Hello Tyler,

About the quote you sent me on Friday for the mini-split in the garage. ⟦I was wondering if the price includes the electrical work, or will I need my own electrician?⟧ Also ⟦could you tell me how long the install usually takes?⟧ I work from home so I'd like to plan around it.

Thank you,
Suresh Raman""",
         [Y, N], ["yes/no", "when"],
         """\
Hi Suresh,

Good question. The quote covers running a new 240V circuit from your panel to the unit, so there's no need for a separate electrician. The first couple of hours are the noisy part while we drill the hole for the line set, so you may want to take calls in another room then.‸

Thanks,
Tyler
Prairie Air Heating & Cooling"""),

    # --- Clearview Driving School (UK) -----------------------------------------------------------
    case("""\
Hello,

My son turns 17 on 14 January and is desperate to start lessons straight away. A few things I'd like to know:
- ⟦whether you can pick him up from college (Ashby Road) rather than from home⟧
- ⟦how much a block of ten lessons costs⟧
- ⟦whether you teach in automatics as well as manuals⟧

Thanks,
Louise Crane""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Dear Louise,

Happy early birthday to your son! College pick-ups are fine; lots of our pupils have lessons straight after classes. A block of ten one-hour lessons is £340, which saves £30 on paying as you go.‸ He'll need his provisional licence before the first lesson, so it's worth applying now.

Kind regards,
Deborah Hale
Clearview Driving School"""),

    case("""\
hi deb its chloe 🙈 ⟦can we move thursdays lesson to friday⟧ got a shift come up. also ⟦is my mock test still on the 18th⟧

Sent from my iPhone""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Chloe,

No worries 👍 I've moved you to Friday 11 December, same time (4 pm).‸

Deb"""),

    case("""\
I am absolutely furious. My daughter's driving test was this morning and your instructor turned up twenty minutes late in a car with a warning light on, so the examiner refused to take her out. She has waited four months for that slot. ⟦I want you to pay the rebooking fee.⟧ And ⟦what are you going to do to get her a new test date quickly?⟧ ⟦Is this instructor even still working for you after this?⟧

Mr G. Asante""",
         [Y, N, N], ["request", "how", "yes/no"],
         """\
Dear Mr Asante,

I'm so sorry. This should never have happened, and I completely understand how upsetting it is for your daughter after such a long wait. We will of course cover the £62 rebooking fee, and I'll refund today's lesson as well.‸ I'll call you tomorrow morning to talk it through.

Deborah Hale
Clearview Driving School"""),

    case("""\
Lovely, thanks Deb! x

On Sat, 5 Dec 2026 at 17:48, Deborah Hale <deb@clearviewdriving.example.co.uk> wrote:
> Hi Amira, are you OK for 9 am on Saturday 12 December? Please bring your provisional licence.
>
>> On Sat, 5 Dec 2026 at 09:12, Amira Haddad <amira.h@example.com> wrote:
>> Hi, could I book a two-hour lesson some time next weekend?""",
         [], [],
         """\
Hi Amira,

Great, see you at 9 on Saturday 12 December. I'll pick you up from home.

Deb""",
         quoted_only=True),

    case("""\
Dear Sir/Madam,

I have Polish driving licence and I live in UK since 2 years. ⟦Can I take the lessons in my own car with L plates, or I must use the school car?⟧ I drove already 10 years in Poland but I never did the UK test. ⟦How many lessons do you think I need?⟧ ⟦If I need only few, is it possible to pay for each lesson separately?⟧

Best regards
Tomasz Zieliński""",
         [Y, Y, Y], ["which", "how much", "yes/no"],
         """\
Dear Tomasz,

Thank you for your email. Our insurance only covers our own dual-controlled cars, so the lessons would be in the school car. With ten years behind the wheel, most drivers in your position need three to five lessons to get used to UK test routes and roundabouts. Single lessons are £36 each, and there's no need to buy a block.

Kind regards,
Deborah Hale
Clearview Driving School"""),
]

CASES += [
    # --- Two Rivers Moving Co. (household moves, US) ---------------------------------------------
    case("""\
Hello,

We're moving from a 3-bedroom house in Millbrook to Pittsburgh at the end of February. Could you help with the following?

1. ⟦A quote for a full-service move (packing included).⟧
2. ⟦Do you move pianos?⟧ We have a small spinet.
3. ⟦What dates do you have available between February 24 and March 2?⟧
4. ⟦Is there storage available if our new place isn't ready?⟧

Thanks in advance,
Marisol Vega""",
         [Y, Y, Y, N], ["request", "yes/no", "when", "yes/no"],
         """\
Hi Marisol,

Thanks for reaching out! I'll do a quick video walkthrough with you this Thursday, December 10 at 6 PM and email you a written quote by Friday, December 11. Spinets are no trouble; there's a flat $150 piano fee on top of the move. We have crews open on Friday, February 26 and Monday, March 1.‸

Best,
Deshawn Miller
Two Rivers Moving Co.
(614) 555-0163"""),

    case("""\
Deshawn,

I've now sent three photos of the scratched dresser and the broken lamp and still nobody has told me how the claim works. ⟦How do I actually get reimbursed?⟧ And ⟦how long is this going to take?⟧ I paid for full value protection specifically so this wouldn't be a hassle.

Carl Jessup

From: Deshawn Miller <deshawn@tworiversmoving.example.com>
Sent: Thursday, December 3, 2026 10:05 AM
To: Carl Jessup <cjessup@example.com>
Subject: RE: Damage from move

Hi Carl, sorry to hear about the dresser. Could you send photos of the damage?""",
         [Y, N], ["how", "when"],
         """\
Hi Carl,

Thanks for the photos, and I'm sorry this has dragged on. I've filed the claim under your full value protection plan (claim #TR-5521). Our claims adjuster, Linda, will call you to arrange either a repair or a cash settlement for the dresser and the lamp; you don't need to fill anything else in.‸

Deshawn
Two Rivers Moving Co."""),

    case("""\
⟦Do you guys take boxes back after the move?⟧ We have like 40. ⟦Is there a fee for that?⟧

Tanya

Sent from my iPhone""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Tanya,

We sure do! Just flatten them and give us a call when you're ready, and we'll swing by on our next route past you. It's free for boxes you bought from us.

Deshawn"""),

    case("""\
Hi Deshawn,

Signed contract attached. One thing I forgot to ask: ⟦do your guys take apart and put back together the beds, or should we have them taken apart before you get here?⟧ Also, ⟦what time will the crew arrive on the 19th?⟧

Greg Sullivan

On Mon, Dec 7, 2026 at 9:02 AM Deshawn Miller <deshawn@tworiversmoving.example.com> wrote:
> Hi Greg, attached is your moving contract for Saturday, December 19. Please sign and return it by Friday, December 11.""",
         [Y, N], ["which", "when"],
         """\
Hi Greg,

Got it, thanks! Taking the beds apart and putting them back together is included, so leave them as they are. Your move is confirmed for Saturday, December 19, and the crew lead will call you when they're on their way.‸

Deshawn"""),

    case("""\
Hi Deshawn,

Quick follow-up on the estimate you sent last week. My company is paying for the move, so ⟦can you send the invoice directly to their relocation office⟧, and ⟦can it be itemized by service?⟧ Also, the closing on our new house got pushed back a week. ⟦Can we move the date from January 15 to January 22?⟧ ⟦If that's not possible, would you rather we keep the 15th and store everything for a week, or cancel and rebook?⟧

Thanks,
Ben Adeyemi
Senior Analyst, Larchmont Partners

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.""",
         [Y, N, Y, Y], ["request", "yes/no", "yes/no", "which"],
         """\
Hi Ben,

No problem on the invoice – send me the relocation office's contact details and I'll bill them directly. Friday, January 22 is open, so I've moved your crew to that date.‸

Thanks,
Deshawn"""),

    # --- Marginalia Books (secondhand and rare books, UK) ----------------------------------------
    case("""\
Dear Ms Voss,

I noticed on your website a first edition of Yeats's 'The Wind Among the Reeds' (1899), listed at £1,450. ⟦Could you tell me whether the binding has been restored at any point?⟧ ⟦I'd also be grateful for a few more photographs of the spine and the title page.⟧ If it's as described I would be happy to buy it, but ⟦would you consider £1,300?⟧

Yours sincerely,
Professor Anthony Rudge""",
         [Y, Y, N], ["yes/no", "request", "yes/no"],
         """\
Dear Professor Rudge,

Thank you for your interest. The binding is original, apart from a small professional repair at the head of the spine done before it came to us, which the full description mentions. I've attached four more photographs, including close-ups of the spine and the title page.‸

With best wishes,
Eleanor Voss
Marginalia Books"""),

    case("""\
Hello,

This is a long shot. When I was about nine my grandmother gave me a book of Scottish folk tales with a blue cloth cover and woodcut illustrations – I remember a selkie on the front and a story about a boy who trades his shadow for a boat. I lost it in a house move decades ago and have never been able to find the title. ⟦Is this the sort of thing you ever help with?⟧ I think it was published in the 1950s, maybe by an Edinburgh publisher. ⟦If you do run searches, how much do you charge?⟧ My granddaughter turns nine in March and it would mean the world to give her a copy.

Best,
Moira Lindsay""",
         [Y, N], ["yes/no", "how much"],
         """\
Dear Moira,

What a lovely thing to look for. It sounds very like 'Tales of the Grey Sea' (Thistledown Press, 1953), illustrated by Jean Macrae – the selkie on the cover is quite distinctive. We don't have a copy in the shop at the moment, but I've put it on our wants list and will let you know as soon as one turns up.‸

Warm regards,
Eleanor"""),

    case("""\
Hi Eleanor,

Thanks for looking at the list I sent. Dad's collection is mostly railway history and a lot of Folio Society. ⟦Would you prefer to come to the house to see them, or should I bring a few boxes to the shop?⟧ And ⟦do you buy the whole lot or only the books you want?⟧

Regards,
Stephen Orr

From: Marginalia Books <shop@marginalia.example.co.uk>
Sent: 03 December 2026 11:40
To: Stephen Orr <s.orr@example.com>
Subject: RE: Book collection

Dear Stephen, thank you for the list. Could you tell me roughly how many books there are in total?""",
         [Y, Y], ["which", "which"],
         """\
Dear Stephen,

With a collection that size it's easier if I come to you – I could call in on Tuesday 15 December after 2 pm. We normally make one offer for the whole collection, so you won't be left with the odds and ends.

Best wishes,
Eleanor"""),

    case("""\
Dear Eleanor,

The Ransome arrived this morning, beautifully wrapped, and Harold actually teared up when he opened it. Forty years he's been after a copy with the original jacket. Honestly, what would we do without you? Thank you so much – we'll be in to see you in the new year.

Warmest wishes,
June and Harold Beckett""",
         [], [],
         """\
Dear June and Harold,

That's made my week – thank you for letting me know. Happy reading, and see you in the new year.

Eleanor"""),

    case("""\
Hi,

⟦Do you have any Patrick O'Brian hardbacks in at the moment?⟧ Ideally the Collins first editions but I'd take reading copies. ⟦What's the postage to Ireland?⟧

Thanks
Fergal

-- 
Fergal Byrne
Secretary, Kilcoole Book Club
Fancy joining us? We meet on the first Tuesday of every month.""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Fergal,

We've got nine O'Brian hardbacks at the moment, two of them Collins firsts (Desolation Island and The Fortune of War, both in very good jackets). I'll send you a list with prices this afternoon.‸

Best,
Eleanor"""),

    # --- Suds on Wheels (mobile dog grooming, UK) ------------------------------------------------
    case("""\
hi kirsty 🐶 ⟦r u doing christmas slots⟧ biscuit is a matted mess lol ⟦how much for a full groom on a cockapoo⟧ 🐾 ⟦do u do nails separately⟧""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Gemma 🐶

I've still got a couple of Christmas slots: Tuesday 22 December at 10 or Wednesday 23 December at 1. A full groom for a cockapoo is £55, though if Biscuit is badly matted there's a £10 dematting charge.‸

Kirsty x"""),

    case("""\
Hello Kirsty,

We've just adopted a rescue greyhound, Pip, who is about six and very nervous with strangers – the rescue said she was never groomed properly and hates having her feet touched. She's also a bit whiffy, to be honest. ⟦I was wondering whether you'd be happy to take her on, given how anxious she is?⟧ I'd be really worried about her being shut in a van on her own, so ⟦could I stay with her during the groom?⟧ ⟦If that isn't allowed, how long would she be in there for?⟧

Thanks so much,
Rachel Dunmore""",
         [Y, Y, Y], ["yes/no", "yes/no", "when"],
         """\
Hi Rachel,

Congratulations on adopting Pip! I see a lot of nervous rescues, greyhounds especially, and I'd love to groom her. We'll start with a short, gentle first visit – a bath and a brush – and leave her feet until she trusts me. You're very welcome to sit in the van with her; lots of owners do for the first few sessions.

Kirsty
Suds on Wheels
07700 900684"""),

    case("""\
Kirsty,

Bonnie came back from her groom on Friday with a nick on her ear that bled all evening. Nobody said a word about it when she was handed back; I only found it when I picked her up for a cuddle. ⟦Why didn't you tell me?⟧ ⟦I'd also like the vet bill refunded.⟧ It was £48.

Lorna

On Fri, 4 Dec 2026 at 08:02, Kirsty at Suds on Wheels <hello@sudsonwheels.example.co.uk> wrote:
> Morning Lorna, running about 15 minutes late today, sorry! Is that OK?
>
>> On Thu, 3 Dec 2026 at 19:45, Lorna Beattie <lorna.b@example.com> wrote:
>> Hi Kirsty, can you trim around her eyes extra short this time?""",
         [Y, Y], ["why", "request"],
         """\
Hi Lorna,

I'm so sorry about Bonnie's ear. I honestly didn't see it when I handed her back – spaniel ears nick very easily if they shake their head near the clippers – and I should have checked her over more carefully. I'll transfer the £48 today; could you send me a copy of the vet's receipt for my records?

Kirsty"""),

    case("""\
Hallo Kirsty,

we are German family living in Cheltenham since the summer. Our dog is a Bernese mountain dog, very big (52 kg) and very much hair. ⟦Is your van big enough for such dog?⟧ And ⟦which day in the week you come to our area (GL52)?⟧ We prefer the morning because after lunch the dog is very lazy 😄

Viele Grüße
Anke Hoffmann""",
         [Y, N], ["yes/no", "which"],
         """\
Hi Anke,

Thank you for getting in touch! My van has a hydraulic table that lifts up to 80 kg, so your Bernese will be fine – I groom several of them.‸ Mornings are no problem.

Best wishes,
Kirsty"""),

    case("""\
⟦Can you do Thursday instead of Wednesday this week?⟧

Sue

Sent from my iPad""",
         [Y], ["yes/no"],
         """\
Hi Sue,

Thursday is full, I'm afraid, but I could do Friday 11 December at 2 pm if that helps?

Kirsty"""),

    # --- Hartwell Tax Services (tax preparation, US) ---------------------------------------------
    case("""\
Hi Linda,

First time using a tax preparer – I started freelancing as a graphic designer this year. A few questions:

• ⟦What documents do I need to bring?⟧
• ⟦Can I deduct part of my rent since I work from home?⟧
• ⟦How much do you charge for a return with a Schedule C?⟧
• ⟦When's the earliest appointment in February?⟧

Thanks!
Jordan Reyes""",
         [Y, Y, Y, N], ["which", "yes/no", "how much", "when"],
         """\
Hi Jordan,

Welcome aboard! I've attached our checklist for self-employed clients; the main things are your 1099-NEC forms, a summary of income and expenses, and last year's return. If you have a space used only for work, you can usually take the home office deduction, and we'll go through it together. A return with a Schedule C is $325 for most freelancers.‸ February fills up quickly, so I'd book soon.

Best,
Linda Hartwell, EA
Hartwell Tax Services"""),

    case("""\
Linda,

I just got a letter from the IRS saying I owe $2,340 plus penalties because the return you prepared left off my 1099-INT. I gave you that form with everything else. ⟦Are you going to pay the penalties?⟧ Because this was your mistake, not mine. ⟦I also need you to call the IRS and sort this out, I don't have time for it.⟧

Frank Molina

From: Hartwell Tax Services <linda@hartwelltax.example.com>
Sent: Tuesday, December 1, 2026 9:14 AM
To: Frank Molina <fmolina@example.net>
Subject: RE: IRS notice

Hi Frank, can you send a copy of the notice so I can take a look?""",
         [Y, Y], ["yes/no", "request"],
         """\
Hi Frank,

Thanks for sending the notice. I've checked your file and you're right: the 1099-INT was in your documents and we missed it. I'm very sorry. Under our accuracy guarantee we cover any penalties and interest caused by our error, so you'd only owe the tax itself. I'll respond to the notice with the IRS on your behalf by Friday, December 11 – there's no need for you to call them.

Linda"""),

    case("""\
hi linda its mike p. ⟦do i need to send u my crypto stuff or just the 1099s⟧ 😬 first year i sold any. also ⟦can i still do the llc thing before the 31st⟧""",
         [Y, N], ["which", "yes/no"],
         """\
Hi Mike,

Please send everything for the crypto: the exchange's 1099-DA plus a full transaction history export, since the forms don't always show your cost basis.‸

Linda"""),

    case("""\
Hello Linda,

Following up on our call last Thursday. I've thought about it and I'd like you to do both my return and my mother's this year. ⟦Could you let me know if there's a discount for two returns⟧ and ⟦whether you can meet her at her home, since she doesn't drive?⟧ ⟦If home visits aren't possible, can I bring her paperwork in for her?⟧ She's 84 and only has Social Security and a small pension.

Best,
Denise Whitaker""",
         [N, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Denise,

It was good to talk on Thursday, and I'd be glad to do both returns.‸ I don't do home visits anymore, but you're very welcome to bring her paperwork in. I'll just need a signed Form 8821 from her so I can discuss her return with you.

Best,
Linda"""),

    case("""\
Hi Linda,

So here's my situation, and I apologize in advance for the novel. We sold my late dad's house in Ohio a few months ago – my brother and I inherited it two years ago – and we split the proceeds. My brother's accountant says we each report half of the sale, but he also said something about a "step-up in basis" which I don't fully understand. ⟦Does that mean we might not owe much tax at all?⟧ I also paid for a new roof before we sold, about $14,000, out of my own pocket, and my brother didn't chip in. ⟦Can I deduct all of that or only half?⟧ On top of that I moved to Indiana in the summer, so ⟦will I need to file in both states this year?⟧ I'd like to get started early because last year was a nightmare.

Thanks,
Trish Bellamy""",
         [Y, N, Y], ["yes/no", "which", "yes/no"],
         """\
Hi Trish,

No need to apologize – this is exactly what we're here for. The step-up means your basis is the home's value when your dad passed, not what he paid for it, so if you sold for close to that value there may be little or no gain to tax. The roof is more complicated, because it depends on how the costs were split on the closing statement, so please bring that in.‸ You'll file part-year returns in both Ohio and Indiana.

Best,
Linda"""),

    # --- Coral Shelf Dive School (scuba diving, US) ----------------------------------------------
    case("""\
Hello,

Me and my girlfriend will be in Florida on vacation from January 9 until January 16. We never dived before. ⟦Is it possible to do the Open Water course in this week, or it is too short?⟧ ⟦How much is the price for two persons?⟧ And ⟦we need some medical paper from doctor before?⟧

Obrigado,
Rafael Costa""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Rafael,

Great to hear from you! The Open Water course takes four days, so one week is plenty: we could start on Monday, January 11 and finish on Thursday, January 14. The course is $549 per person, including gear rental and the boat dives.‸

See you in January,
Tess
Coral Shelf Dive School"""),

    case("""\
⟦Do you rent 7mm wetsuits?⟧ Also ⟦what's the water temp in February?⟧

Owen""",
         [Y, Y], ["yes/no", "how much"],
         """\
Hi Owen,

We don't – our rentals go up to 5mm, which is plenty for us even in the coldest months. In February the water is usually 68–72°F.

Tess"""),

    case("""\
Hi,

We drove four hours on Saturday for the wreck dive and were told at the dock it was cancelled because of wind. Nobody called or emailed us even though we'd left our numbers. ⟦I want a full refund for both of us, not a credit.⟧ And ⟦why weren't we told before we left home?⟧

Greg and Maria Lindqvist
(727) 555-0119""",
         [N, N], ["request", "why"],
         """\
Hi Greg and Maria,

I'm really sorry about Saturday. Cancelling for wind is always a safety call, but we should have let you know.‸ When weather cancels a trip we normally offer a dive credit, and I've added a credit for two wreck dives to your account.

Tess
Coral Shelf Dive School"""),

    case("""\
Hi Tess,

Thanks for the info about the Advanced course! 🤿 Just to confirm, ⟦can I use the dives from my trip to Cozumel last spring toward it?⟧ ⟦If not, do I need to book all five dives with you?⟧ Also ⟦does the price include the night dive, or is that an add-on?⟧

Kelsey Tran

From: Coral Shelf Dive School <bookings@coralshelf.example.com>
Sent: Friday, December 4, 2026 4:20 PM
To: Kelsey Tran <kelsey.tran@example.com>
Subject: Advanced Open Water

Hi Kelsey, the Advanced course is $399 and runs over two days. Let us know which weekend works for you!""",
         [Y, Y, Y], ["yes/no", "yes/no", "which"],
         """\
Hi Kelsey,

Unfortunately, dives done before you enroll can't count toward the Advanced certification, so all five would be with us over the two days. The night dive is one of the five, so it's covered by the $399.

Tess"""),

    case("""\
Hi, my wife gave me this as an early Christmas present (see below). ⟦Can I use it for the refresher course instead of a boat dive?⟧ And ⟦does it expire?⟧

Thanks,
Owen Pritchard

---------- Forwarded message ---------
From: Coral Shelf Dive School <bookings@coralshelf.example.com>
Date: Wed, Dec 2, 2026 at 11:15 AM
Subject: Your gift certificate
To: <j.pritchard@example.com>

Thank you for your purchase! Gift certificate #GC-2291 is worth $150 toward any boat dive. Please let us know if you have any questions.""",
         [N, Y], ["yes/no", "yes/no"],
         """\
Hi Owen,

What a great gift!‸ Gift certificates are valid for a full year from the date of purchase, so there's no rush.

Tess
Coral Shelf Dive School"""),

    # --- Oakridge Tree Care (tree surgeon, UK) ---------------------------------------------------
    case("""\
Hi Rob,

We've got a huge sycamore at the bottom of the garden that overhangs our neighbour's conservatory, and she's been on at us for months to do something about it. To be honest we love the tree and don't want it gone, but last week a branch came down in the wind and cracked one of her panes, which didn't help relations. ⟦Could you come and have a look and tell us what can be done short of felling it?⟧ I've also heard you need permission if there's a tree preservation order – ⟦would you know whether ours has one, or how we'd find out?⟧ We're in the Millford conservation area if that makes a difference. And ⟦would our house insurance cover her broken pane, do you think?⟧

Many thanks,
Jo Fairbairn""",
         [Y, Y, N], ["request", "how", "yes/no"],
         """\
Hi Jo,

Thanks for getting in touch. I can come round on Wednesday 9 December at about 11 to take a look; a crown reduction and a lift over the conservatory would usually solve it without losing the tree. As you're in a conservation area we'd need to give the council six weeks' notice either way, and I'll check their map for a TPO before I visit and handle the paperwork for you.‸

Best,
Rob
Oakridge Tree Care
07700 900417"""),

    case("""\
hi 👋 ⟦do u take the wood away after or do we keep it⟧ ⟦how much to grind a stump⟧ cheers dave""",
         [Y, N], ["which", "how much"],
         """\
Hi Dave 👋

We take everything away and it's included in the price, though you're welcome to keep some logs for the fire if you want them.‸

Rob"""),

    case("""\
Rob,

Your team took the leylandii down on Friday and left the drive covered in sawdust and needles, knocked the gatepost sideways and left tyre ruts right across the lawn. I paid £1,850 for this. ⟦I expect the lot cleaned up by the end of the week.⟧ ⟦The gatepost needs putting back too.⟧ And ⟦who is going to pay to re-turf the lawn?⟧

Neil Garside""",
         [Y, Y, N], ["request", "request", "which"],
         """\
Dear Neil,

I'm sorry – that isn't the standard we work to. Two of the lads will be with you on Wednesday to blow the drive clear, rake out the needles and re-set the gatepost, at no charge. The ruts are down to the ground being so wet, unfortunately; lawns usually recover from them by the spring.‸

Rob
Oakridge Tree Care"""),

    case("""\
Hi Rob,

Thanks, that's all fine with us.

Regards,
Martin Hale
Facilities Manager, St Aldhelm's School

DISCLAIMER: This message is intended for the named recipient only. If you have received it in error, please notify the sender immediately and delete it.

From: Rob Kellaway <rob@oakridgetrees.example.co.uk>
Sent: 04 December 2026 16:12
To: Martin Hale <m.hale@staldhelms.example.sch.uk>
Subject: Beech removal

Hi Martin,

Could you confirm the site will be closed to pupils on Saturday 16 January so we can bring the chipper in through the main gate?

Rob""",
         [], [],
         """\
Thanks Martin,

We'll be on site from 8 am on Saturday 16 January and should be finished by mid-afternoon.

Rob""",
         quoted_only=True),

    case("""\
Dear Oakridge Tree Care,

I manage a block of twelve flats on Castle Street on behalf of the residents' association. The three limes along the front are due their annual pollarding. I'd be grateful if you could:

1. ⟦quote for pollarding all three in February, before the sap rises;⟧
2. ⟦confirm whether you'd need the parking bays suspended⟧, and ⟦if so, for how many days;⟧
3. ⟦send a copy of your public liability insurance for our records.⟧

Kind regards,
Farida Haq
Castle Street Residents' Association
07700 900562""",
         [Y, Y, N, Y], ["request", "yes/no", "when", "request"],
         """\
Dear Farida,

Thank you for your email. Pollarding all three limes would be £780 plus VAT, including taking away all the brash, and we can do it in the week of 15 February. We'd need the four bays directly in front of the trees suspended, which I'll apply to the council for.‸ I've attached our public liability certificate.

Kind regards,
Rob Kellaway
Oakridge Tree Care"""),

    # --- Leadlight Restoration Studio (stained glass, UK) ----------------------------------------
    case("""\
Dear Ms Cole,

I write on behalf of the PCC of St Michael's, Upper Wenlow. Our east window (c. 1870) has several cracked quarries and the lead is bowing in the lower lights. The Diocesan Advisory Committee has asked for a condition report before we apply for a faculty.

⟦Could you tell us whether you are able to prepare such a report⟧, and ⟦what it would cost?⟧ ⟦We should also like to know how soon you could visit, as the DAC next meets on Tuesday 2 March.⟧

Yours sincerely,
The Revd Canon Peter Ashdown
Vicar, St Michael's, Upper Wenlow""",
         [Y, N, Y], ["yes/no", "how much", "when"],
         """\
Dear Canon Ashdown,

Thank you for your letter. We prepare condition reports for DAC submissions regularly, most recently for two churches in the Hereford diocese. The fee depends on the size of the window and the access needed, but it's normally modest.‸ I could visit in the week of 11 January, which would leave plenty of time before the DAC meets.

Yours sincerely,
Harriet Cole
Leadlight Restoration Studio"""),

    case("""\
Hi Harriet,

We've bought a 1920s semi with the original stained glass in the front door and the landing window. The door panel has a crack right through the middle of a red tulip, and some of the lead looks grey and crumbly. ⟦Can you repair just the cracked piece or does the whole panel have to come out?⟧ My partner wants to fit secondary glazing behind it for the draughts – ⟦is that a good idea⟧, and ⟦would it protect the glass?⟧ ⟦We'd also love to know roughly what you'd charge, even a ballpark figure.⟧

Thanks!
Lauren Pike""",
         [Y, Y, N, N], ["which", "yes/no", "yes/no", "how much"],
         """\
Hi Lauren,

A single cracked piece can sometimes be replaced in place, but if the lead is crumbly the whole panel will need to come out and be releaded – it's the lead, not the tulip, that decides it. Secondary glazing is a good idea for the draughts; we'd recommend a ventilated unit.‸ If you can send a couple of photos, I'll put a price together.

Best wishes,
Harriet"""),

    case("""\
Harriet,

You took our hall panels away at the start of the autumn and said six weeks. It has now been well over that and I've had hardboard over the door for two months. ⟦When exactly am I getting them back?⟧ And ⟦I want a discount for the delay, frankly.⟧

Simon Thorne
Sent from my iPhone""",
         [N, N], ["when", "request"],
         """\
Dear Simon,

I'm really sorry for the wait. The replacement amber glass we ordered from Germany was held up, and I should have kept you updated. The panels are being releaded now and will be finished very soon.‸

Harriet"""),

    case("""\
Dear Mrs Cole,

I have an antique leaded window from a Dutch farmhouse, approximately 90 x 60 cm, with some missing pieces of glass. ⟦Do you work also on pieces from outside UK, if I bring it to your studio?⟧ ⟦Is it possible to match the old glass with the bubbles in it, or only modern glass is available?⟧ ⟦Where is your studio exactly⟧, and ⟦is there parking?⟧

Kind regards,
Maarten de Vries""",
         [Y, Y, Y, Y], ["yes/no", "which", "where", "yes/no"],
         """\
Dear Maarten,

Of course – we restore panels from all over Europe, and a Dutch farmhouse window sounds lovely. We keep a stock of salvaged and mouth-blown glass, so matching the old seedy glass is usually possible. We're at Unit 4, Tanner's Yard, Ludlow Road, with free parking in the yard.

Best wishes,
Harriet"""),

    case("""\
Hi Harriet,

Thanks for the quote for the bathroom panel – we're happy to go ahead. 🙂 A couple of things before we do:
- ⟦We'd like the border changed from green to blue to match the tiles.⟧
- ⟦Is a deposit needed up front⟧, and ⟦how much?⟧
- ⟦Could you fit it yourselves, or do we need our builder to do that part?⟧

Thanks again,
Anna Li

On Thu, 3 Dec 2026 at 17:05, Harriet Cole <studio@leadlight.example.co.uk> wrote:
> Hi Anna, please find attached our quote for the bathroom panel. Any questions, just ask.
>
>> On Tue, 1 Dec 2026 at 08:50, Anna Li <anna.li@example.com> wrote:
>> Could you quote for a 45 x 45 cm panel in a bathroom window?""",
         [Y, Y, Y, N], ["request", "yes/no", "how much", "which"],
         """\
Hi Anna,

Wonderful, thank you! Blue is no problem – I'll post a couple of glass samples so you can choose the shade. We ask for a 30% deposit when you confirm, which comes to £168.‸

Best,
Harriet"""),
]
