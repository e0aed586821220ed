"""The cases of Tactful's questions held-out set 36 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: in ``thread`` the questions and
requests of the customer's newest message are wrapped in ⟦ ⟧; ``answered`` and ``kinds`` hold one value
per wrapped span, in order; the draft holds a single ‸ where a missing answer belongs, and only when some
question is left unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history, forwarded mail, signature or footer does. build_questions_holdout36.py turns them into the JSONL.

"Today" is Wednesday 9 December 2026. Fourteen invented businesses, five cases each, in this order: a
cooperage (Scotland), a cattle and sheep mart (Ireland), a tabla and sitar maker (India), an armed-response
security company (South Africa), a livestock trucking firm (New Zealand), a paintless dent and hail repairer
(Australia), a crokinole board maker (Canada), a biogas digester installer (Kenya), a gele stylist
(Nigeria), an edible bird's-nest shop (Malaysia), a ship chandler (Singapore), a bail bond agency (US), an
elopement officiant (US) and a rodeo stock contractor (US).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Ben Aigan Cooperage (casks for distilleries, planters and cask furniture; Craigellachie, Moray, Scotland)
    case(
        """\
Dear Ailsa,

Thank you for taking my call on Friday. As I mentioned, we are a new distillery in Kendal and plan to fill our first new-make spirit in the spring. Before I take a proposal to our directors next week, a few points:

1. ⟦Could you supply twenty re-charred ex-bourbon barrels by the end of March?⟧
2. ⟦If we added ten hogsheads to the order, what would the lead time be?⟧
3. ⟦Do you deliver to Cumbria yourselves, or would we need to arrange our own haulage?⟧
4. ⟦Please send me a copy of your standard terms of sale.⟧

With thanks,

Harriet Lowther
Operations Director
Kentmere Spirits Ltd

DISCLAIMER: This email is intended for the named recipient only. If you have received it in error, please notify the sender and delete it.

From: Ailsa Grant <ailsa@benaigancooperage.example.co.uk>
Sent: 04 December 2026 16:22
To: Harriet Lowther <harriet@kentmerespirits.example.co.uk>
Subject: RE: Cask enquiry

Hi Harriet,

Thanks for getting in touch. Could you let me know roughly what volume you're expecting to fill in the first year? That will help me work out what we can set aside for you.

Best wishes,
Ailsa""",
        [Y, N, Y, Y], ["yes/no", "when", "which", "request"],
        """\
Dear Harriet,

Thanks for the detailed note, and good luck with the directors.

Twenty re-charred bourbon barrels by the end of March is fine. We have a batch coming in from Kentucky in January, and I've put twenty of them aside in your name; they'll be charred to a number 3 unless you'd like something different.

Hogsheads are in shorter supply this year, as most of the Speyside distilleries are buying every one they can get.‸

We run our own lorry south every few weeks, and Kendal is right on the way, so there's no need to book a haulier.

Our terms of sale are attached. The main points are a 30% deposit on order and the balance on delivery.

Kind regards,

Ailsa Grant
Ben Aigan Cooperage
Craigellachie, Moray""",
    ),
    case(
        """\
hiya ⟦do you still sell the half barrels for planters⟧ and ⟦how much are they⟧? ⟦could we come and get 2 on saturday morning⟧, we're staying at my mum's in Aberlour 👍 ⟦can you drill a few holes in the bottom for drainage⟧ ta
Kirsty

Sent from my iPhone""",
        [Y, Y, Y, Y], ["yes/no", "how much", "yes/no", "request"],
        """\
Hi Kirsty,

Yes, we've got plenty of half barrels in the yard just now. They're £45 each, or £85 for two.

Saturday morning is fine, we're open from 9 until 12. Come in the main gate and ask for Calum in the shed.

He'll drill the drainage holes for you while you wait, it only takes a couple of minutes.

Cheers,
Ailsa""",
    ),
    case(
        """\
Hello,

I bought one of your 20-litre oak casks in October as a birthday present for my husband (order BAC-30417). He filled it with a decent blended whisky, as your leaflet suggested, and for three weeks it sat on our dining-room sideboard without a drop. On Sunday morning we came down to a puddle, the whisky half gone and a white ring across the top of the sideboard, which was my grandmother's. We have had a French polisher look at it and she has quoted £180 to refinish the top.

⟦I'd like a replacement cask sent out⟧, and ⟦I'd expect you to cover the cost of the refinishing⟧. ⟦Why would a cask start leaking after three weeks with no warning?⟧ My husband is convinced he did something wrong and is quite upset about it. ⟦Was it something he did?⟧

Yours,
Morag Dunbar

On Tue, 13 Oct 2026 at 10:05, Ben Aigan Cooperage <orders@benaigancooperage.example.co.uk> wrote:
> Thank you for your order BAC-30417: 1 x 20 litre oak cask (medium toast), £129.00.
> Your cask will be dispatched within 3 working days.
> Any questions, please reply to this email.""",
        [Y, N, Y, Y], ["request", "request", "why", "yes/no"],
        """\
Dear Mrs Dunbar,

I'm so sorry, that's a horrible thing to come down to, and worse on a family piece.

A new cask will go out to you on Friday. Before it leaves, we'll fill it with water here and leave it standing for a few days, so that you receive it already swollen and tight.

What usually happens with the small casks is that the oak dries out a little on the top staves once the spirit level drops below them, and a seam along the head opens. It shouldn't happen within three weeks, and from what you describe I think the head on yours was not seated properly when it left us. So please tell your husband this is our fault, not his.

I'm very sorry about your grandmother's sideboard.‸

With apologies,

Ailsa Grant
Ben Aigan Cooperage""",
    ),
    case(
        """\
Morning Ailsa,

All twelve casks arrived yesterday afternoon in good order, and the lads had them racked by teatime. Thanks to your driver for waiting while we got the forklift sorted.

Cheers,
Euan

On Mon, 7 Dec 2026 at 09:12, Ailsa Grant <ailsa@benaigancooperage.example.co.uk> wrote:

> Hi Euan,
>
> Our lorry will be with you on Tuesday afternoon. Could you let me know if there'll be a forklift on site? If not, we'll bring the tail-lift trailer.
>
> Ailsa""",
        [], [],
        """\
Hi Euan,

Good to hear they all arrived safely. I'll pass your thanks on to Dougie; he said your yard was the easiest drop of his week.

We'll be in touch in the new year about the next batch.

All the best,
Ailsa""",
        quoted_only=True,
    ),
    case(
        """\
Dear Ben Aigan Cooperage,

I am the events manager at the Calton Hill Hotel in Edinburgh. We are refurbishing our whisky bar and would like to replace the current furniture with eight standing cask tables, glass-topped. ⟦I was wondering whether you would be able to brand the cask heads with our crest.⟧

⟦Could you let me know the cost of the eight tables, including delivery to Edinburgh?⟧ ⟦Do you also make stools to match?⟧ ⟦We would need everything in place before Friday 22 January, as we are hosting a Burns supper that weekend.⟧

Many thanks,

Fiona Ritchie
Events Manager
Calton Hill Hotel

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it and notify the sender.""",
        [Y, Y, N, Y], ["yes/no", "how much", "yes/no", "request"],
        """\
Dear Fiona,

Thank you for thinking of us for the bar.

We can certainly put your crest on the heads. We burn it in with a branding iron made from your artwork, which gives a nice dark finish that suits a whisky bar; the iron is a one-off £95.

The tables come to £2,160 for the eight (£270 each with 10mm toughened glass), and delivery to Edinburgh is included, as we'll bring them down on our own lorry.

Stools are something we've been asked about a lot this year.‸

Our last run south before Burns Night is on Tuesday 19 January, so you'd have them a few days before the supper.

Kind regards,

Ailsa Grant
Ben Aigan Cooperage""",
    ),

    # --- Inny Valley Mart (a cattle and sheep mart with online bidding; Ballymahon, Co. Longford, Ireland)
    case(
        """\
howya ⟦is the weanling sale this sat or the sat after⟧, cant find it on the website. ⟦wat time are ye taking them in from⟧? have 14 bullocks and heifers to bring. ⟦do i need to book a pen⟧ thanks Pat
Sent from my Samsung Galaxy smartphone.""",
        [Y, N, Y], ["which", "when", "yes/no"],
        """\
Hi Pat,

The weanling sale is this Saturday, the 12th. The one after is the Christmas show and sale on the 19th, which is for pedigree stock only.

We'll be taking them in early that morning, so get here when you can.‸

No need to book a pen, the yard lads will put you in wherever there's room.

Siobhán
Inny Valley Mart""",
    ),
    case(
        """\
Hi,

I'm writing on behalf of my father, Tom Geraghty, who sold 38 lambs at your sale on Thursday 26 November. He still hasn't been paid. He rang the office twice last week and was told it was "going through".

⟦Could you tell me when exactly the money will be in his account?⟧ He doesn't use online banking, so ⟦I'd ask that you post him a statement of the sale as well⟧. ⟦Is it normal for payment to take this long?⟧ In the past he was always paid inside a week.

Thanks,
Declan Geraghty

On Fri, 4 Dec 2026 at 08:47, Declan Geraghty <declan.geraghty@example.ie> wrote:
> Hello, my father Tom Geraghty is still waiting on payment for lambs sold on 26 November. Can someone ring him on the landline please?""",
        [Y, Y, N], ["when", "request", "yes/no"],
        """\
Dear Declan,

I'm sorry your father has been kept waiting, and that he was given the run-around on the phone.

The payment for his lambs went out this morning by bank transfer and will be in his account by Friday. I've also put a printed statement of the sale in the post to him today, with the weights and prices for each lot.

I'm sorry again for the delay.‸ If he has any trouble at all, he can ask for me directly.

Regards,
Siobhán Kenny
Inny Valley Mart""",
    ),
    case(
        """\
Good afternoon,

I'm a cattle dealer based outside Dungannon and I'm hoping to start buying at your Thursday sales online. A few questions before I sign up:

• ⟦How do I register for online bidding?⟧
• ⟦Is there a deposit or a credit check?⟧
• ⟦Can I pay in sterling?⟧
• ⟦Is there a buyer's commission on top of the hammer price?⟧
• ⟦Could cattle I buy be held in your lairage overnight until my haulier collects them the next morning?⟧

Regards,
Conor McAleer
McAleer Livestock
Sent from Outlook for Android""",
        [Y, Y, Y, N, N], ["how", "yes/no", "yes/no", "yes/no", "yes/no"],
        """\
Hi Conor,

Thanks for getting in touch, it'd be good to have you buying with us.

To register, download the MartLink app or go to martlink.example.ie, pick Inny Valley Mart from the list and fill in your herd number and bank details. We'll approve you within a working day.

There's no credit check, but every new online buyer has to lodge a €3,000 deposit before their first sale. It's refunded in full if you ever stop buying with us.

We can only take payment in euro, I'm afraid, by bank transfer or card on the day.‸

Plenty of Northern buyers use Gerry Quinn's lorries out of Athlone, and he can usually collect the evening of the sale.

Regards,
Siobhán""",
    ),
    case(
        """\
Siobhán,

Trailer's fixed, so I'll have the nine cull cows in for Thursday's sale after all. Same account as before.

Mick

-- 
Mick Farrell
Farrell Agri Contracting, Lanesborough
Silage | baling | hedge-cutting
Hedges to be cut before the 1st of March, will we put you down for a day?""",
        [], [],
        """\
Hi Mick,

Grand, we'll see you Thursday. I'll put them through on the same account as last time, and the payment will go out the following Wednesday as usual.

Siobhán""",
        quoted_only=True,
    ),
    case(
        """\
Dear Sir or Madam,

My name is Brendan Hourican. I grew up on a farm outside Abbeyshrule and left for Boston in 1989, and after thirty-odd years in construction I'm finally coming home. My late uncle left me the home place, forty acres or so, which has been let for grazing since he died. The lease is up in March and I'd like to put a small suckler herd back on it, maybe ten or twelve cows to start, the way my father had it.

I'll be honest, I haven't bought an animal since I was a teenager, and I don't know the first thing about how it's done now with the computers and all. ⟦I was wondering whether you have someone who could buy on my behalf for the first while.⟧ ⟦Could you also tell me roughly what a good in-calf heifer is making at the moment?⟧ I've seen figures online that seem awful high to me. I would want them all tested and from a clean herd. ⟦I'd ask that you only put me in for cattle with a recent TB test.⟧

Last thing: ⟦do you run any kind of open day or information evening for new farmers?⟧ I'd love to meet a few people before I'm standing at the ring making a fool of myself.

Thanks for your time, and God bless,
Brendan Hourican""",
        [Y, N, Y, Y], ["yes/no", "how much", "request", "yes/no"],
        """\
Dear Brendan,

Welcome home, or nearly. Abbeyshrule isn't far from us at all.

Our auctioneer, Donal Reilly, buys on commission for a number of farmers who can't be at the ring themselves. He'd talk to you first about what you're after, and then bid for you on the day; his fee is 1.5% of the price.

Heifer prices have been very strong all autumn, as you've probably seen, and they move a good bit from week to week.‸

Every animal sold through our ring has to have a TB test within the previous 30 days, so that's taken care of without you having to ask. Donal can also stick to herds with no history of breakdowns if you'd like.

We don't run an open evening ourselves, but the Teagasc office in Longford holds a "Back to Beef" evening in February for new and returning farmers. I'll send you the details when they're out.

Kind regards,
Siobhán Kenny
Inny Valley Mart""",
    ),

    # --- Kashi Naad Instruments (a tabla and sitar maker and repairer; Varanasi, India)
    case(
        """\
Dear Sir,

I am a tabla student in Leicester and my teacher, Pandit Anil Joshi, recommended your workshop. I would like to order a professional tabla pair: a dayan in C sharp and a copper bayan, with a padded bag and cushions.

⟦What would be the total cost including shipping to Leicester?⟧ ⟦Will I have to pay customs duty when it arrives?⟧ ⟦Do you accept payment by Wise, or only through UPI?⟧ I don't have an Indian bank account.

⟦Kindly also let me know how long it would take to make.⟧

Thank you and regards,
Neel Parmar""",
        [Y, N, Y, Y], ["how much", "yes/no", "which", "when"],
        """\
Dear Neel ji,

Namaste, and thank you for writing. Please give our regards to Panditji; he has been buying from us since my father's time.

For a C sharp dayan, a 3 kg copper bayan, the padded bag and cushions, the total comes to ₹21,400, and India Post EMS to Leicester is ₹6,800, so ₹28,200 in all.

Most of our customers in the UK have received their parcels without any trouble.‸

Wise is no problem, we receive payments from the UK through it every month. I will send you our account details once you confirm.

The dayan needs about three weeks, as the puri must be tuned and rested before it is sent, and EMS takes ten to twelve days after that.

Regards,
Vikas Mishra
Kashi Naad Instruments, Varanasi""",
    ),
    case(
        """\
sir namaste 🙏 mera dayan ka puri phat gaya during practice 😢 ⟦kitna lagega replace karne ka⟧ and ⟦how many days will it take⟧ ⟦can i bring it on sunday⟧
Rohit (BHU)""",
        [Y, N, Y], ["how much", "when", "yes/no"],
        """\
Namaste Rohit 🙏

Replacing the puri on the dayan with new syahi is ₹1,600.‸

Sunday we are closed, but bring it on Monday any time after 11 am. If you are coming from BHU, we are the shop next to the Lanka police chowki.

Vikas""",
    ),
    case(
        """\
Dear Mr Mishra,

With reference to our order KN/2611 for two sitars, the consignment reached us yesterday. On opening, we found the tumba of one sitar cracked along the bottom and a set of steel strings in place of the brass strings we had specified.

⟦Kindly arrange a replacement at the earliest, as the instrument is for our annual concert on 16 January.⟧ ⟦Please advise who will bear the courier charges for the return.⟧ ⟦We would also request photographs of the packing before the replacement is dispatched.⟧

Further, the tax invoice shows our old address in Kothrud. ⟦Please issue a corrected GST invoice.⟧

Regards,
Sunanda Kulkarni
Principal, Swaranjali Sangeet Vidyalaya, Pune

From: Vikas Mishra <vikas@kashinaad.example.in>
Sent: Friday, 27 November 2026 6:40 PM
To: Swaranjali Sangeet Vidyalaya <office@swaranjali.example.in>
Subject: Dispatch: KN/2611

Dear Madam, both sitars have been dispatched today by DTDC. Kindly confirm receipt once delivered.""",
        [Y, Y, Y, N], ["request", "which", "request", "request"],
        """\
Dear Madam,

I am very sorry for this. A cracked tumba is the last thing any musician wants to see when opening a new sitar, and the wrong strings were our mistake in the packing room.

We will fit a new tumba and brass strings and send the sitar back to you by Tuesday 22 December, well before your concert. Our DTDC account will cover the courier both ways, so you need not pay anything for the return; their pickup boy will collect it from the school on Friday.

I will send you photographs of the sitar in its case and of the outer box before it leaves the workshop.‸

With regards,
Vikas Mishra
Kashi Naad Instruments""",
    ),
    case(
        """\
Namaste Vikas ji,

Sending Guruji's requirement below for your reference. I will call you this evening.

Regards,
Aditya Rao

---------- Forwarded message ---------
From: Pt. Raghunath Dev <raghunath.dev@example.in>
Date: Mon, 7 Dec 2026 at 07:15
Subject: Tabla for Bengaluru concert
To: Aditya Rao <aditya.rao@example.in>

Aditya, please ask Kashi Naad to make one pair for me, dayan in D, bayan in brass. Can it be ready before Makar Sankranti? Also ask if they will send someone to tune it on the day.""",
        [], [],
        """\
Namaste Aditya ji,

Thank you, I have noted Panditji's order: a dayan in D and a brass bayan. We can have the pair ready by Saturday 9 January, before Sankranti.

We do not send tuners to other cities, but Panditji knows the instrument better than any of us, and the heads will be settled by the time it reaches him.

I will wait for your call.

Vikas""",
        quoted_only=True,
    ),
    case(
        """\
Hello,

My daughter Ananya is twelve and has been learning sitar on a borrowed instrument from her teacher for about a year. She is serious about it now, so we would like to buy her one of her own for her birthday in February, and I have a few questions, as neither my wife nor I know anything about sitars.

⟦Which size would you suggest for a girl of her age (she is about 4'10")?⟧ Her teacher mentioned that there are two styles, Ravi Shankar style and Vilayat Khan style; ⟦which one should a beginner start on?⟧ ⟦Can you courier it to Bengaluru safely?⟧ I am worried about the neck. ⟦Do you offer EMI, or is it full payment upfront?⟧

Thanks,
Karthik Subramanian""",
        [Y, Y, Y, N], ["which", "which", "yes/no", "yes/no"],
        """\
Dear Karthik,

How lovely that Ananya has stuck with it.

At her height a full-size sitar will be a stretch for a couple of years, so I would suggest our student model, which has a slightly shorter neck and a smaller tumba. She can move to a full-size instrument at around fifteen.

Her teacher will know best which style she is learning, but for most beginners we suggest the Vilayat Khan style. It has no bass strings, so it is lighter and easier to tune, and she can change later if she wants to.

We send sitars all over India in a wooden crate with the neck braced, and in twenty years only two have arrived damaged, both of which we repaired free.‸

Regards,
Vikas Mishra
Kashi Naad Instruments""",
    ),

    # --- Bakenkop Armed Response (alarm monitoring, armed response and guarding; Pretoria East, South Africa)
    case(
        """\
Good day,

We have just bought a house in Moreleta Park (Rubenstein Drive) and would like a quote for armed response. The previous owners had an alarm with a panic button, but the contract was with another company.

Could you please let me know:
- ⟦the monthly fee for armed response⟧
- ⟦what it would cost to add outdoor beams along the back wall⟧
- ⟦whether the panic app still works during load shedding⟧
- ⟦the minimum contract period⟧

Kind regards,
Thabo Nkosi""",
        [Y, N, Y, N], ["how much", "how much", "yes/no", "when"],
        """\
Good day Thabo,

Welcome to Moreleta Park, and thank you for considering us.

Armed response is R545 a month, which includes 24-hour monitoring of your existing alarm once our technician has reprogrammed it to our control room.

For the beams, one of our technicians would need to come and look at the back wall first, as it depends on the length and how many zones you want.‸

The panic app works on mobile data, so it keeps working through load shedding for as long as your phone has signal. The towers in Moreleta Park have had good battery backup this year.

As for the contract, ours are flexible, and we're happy to work with you on the term.

Kind regards,
Lize van Wyk
Bakenkop Armed Response""",
    ),
    case(
        """\
To whom it may concern

On Saturday night at about 02:10 our alarm went off (back kitchen door). I pressed the panic button on the app and it took your vehicle 40 minutes to arrive. FORTY MINUTES. By then my neighbour had already come over with his dog. Nobody phoned me back, even though the app says a controller will call within 60 seconds.

⟦I want the full incident report for Saturday night, with times.⟧ ⟦Why did nobody phone me?⟧ ⟦I'd also expect the December fee to be waived after this.⟧

Regards
Annelie Botha
Account BK-11872""",
        [Y, Y, N], ["request", "why", "request"],
        """\
Dear Annelie,

I am truly sorry. Forty minutes is far too long, and you should never be left alone in the house waiting like that.

I have attached the incident log for Saturday night. It shows your alarm signal at 02:09, the panic at 02:11, and our vehicle on site at 02:49. The vehicle on your sector was already at another call in Garsfontein, and the controller did not send the backup car from Faerie Glen as she should have; she has been taken off nights while we look into it.

The controller did try to phone you, but the number on your account is an old Telkom landline, so the calls never reached you. I've put your cellphone number on the account now.

I have also passed your request about the December fee on to our accounts manager.‸

Sincerely,
Sipho Mahlangu
Operations Manager""",
    ),
    case(
        """\
Hi there, ons gaan weg from 18 Dec till 4 Jan 🏖️ ⟦can u guys do extra patrols past the house while we away⟧ ⟦is there an extra cost⟧ also ⟦pls check the gate motor battery, it was slow last week⟧ baie dankie
Marietjie (Faerie Glen, 43 Oribi St)""",
        [Y, Y, N], ["request", "yes/no", "request"],
        """\
Hi Marietjie 🙂

Thanks for letting us know. I've put 43 Oribi Street on our holiday watch list from 18 December to 4 January, so the patrol car will stop at the house twice a night and once during the day. There's no charge for this, it's part of your monthly fee.‸

Enjoy the break!
Lize""",
    ),
    case(
        """\
Dear Bakenkop team,

I live in London and my mother, who is 84, lives on her own in Garsfontein. She is a client of yours (the account is in the name of Hester du Plessis) and you have always been good to her, but since my father died she has been nervous at night and I worry about her constantly.

⟦I was wondering if you offer a panic pendant she could wear around her neck, for medical emergencies as well as break-ins.⟧ ⟦Would the controllers be able to speak Afrikaans to her?⟧ Her English is fine, but when she is upset she only speaks Afrikaans. ⟦Can I be added as a contact even though I am overseas?⟧ I would want to know immediately if anything happens. And ⟦how would the billing work if I were to pay from a UK card?⟧

Thank you so much,
Elsabe Marais""",
        [Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "how"],
        """\
Dear Elsabe,

Thank you for writing, and I'm very sorry about your father. Your mother is one of our longest-standing clients and we think the world of her.

Yes, we have a pendant with a fall sensor that links to her alarm panel. It works anywhere in the house and garden, and when she presses it, the control room sends a response vehicle and, if she needs one, an ambulance. It adds R120 a month.

Our controllers are all trained to be patient with elderly clients, and I will put a note on her file about her nerves at night.‸

You can certainly be added as a contact. We'll phone or WhatsApp you on your UK number for any alarm at her house, at any hour.

Please give her our love.

Warm regards,
Lize van Wyk
Bakenkop Armed Response""",
    ),
    case(
        """\
Dear Sipho,

Further to our meeting on Thursday, the trustees of Woodhill Crescent Estate have approved a trial of your guarding service at the main gate from 1 February.

⟦We require a guard on duty from 18:00 to 06:00, seven days a week.⟧ ⟦Please let us know whether the guard would be armed.⟧ ⟦Which of your guards would be placed with us⟧, and ⟦are they PSIRA registered?⟧ ⟦The trustees would also like a monthly report of all gate incidents.⟧

Kind regards,
Ronel Pretorius
Estate Manager
Woodhill Crescent Estate

-----Original Message-----
From: Sipho Mahlangu <sipho@bakenkop.example.co.za>
Sent: Thursday, 3 December 2026 17:05
To: Ronel Pretorius <manager@woodhillcrescent.example.co.za>
Subject: Guarding proposal

Dear Ronel, thank you for your time today. Please find our proposal attached. Could you please share the trustees' decision by the end of next week?""",
        [Y, Y, N, Y, Y], ["request", "yes/no", "which", "yes/no", "request"],
        """\
Dear Ronel,

That is good news, thank you, and please thank the trustees for us.

A guard will be at the main gate from 18:00 to 06:00 every night, starting on Monday 1 February. The night guard is unarmed, but he has a panic button linked to our control room, and our armed response vehicle for the estate is never more than five minutes away.

We place guards once the contract is signed, so I can't give you names yet.‸ All our guards are PSIRA Grade C registered, and I will send copies of their certificates with their names.

The monthly incident report is part of the service; you'll receive it by the 5th of each month.

Kind regards,
Sipho Mahlangu
Operations Manager
Bakenkop Armed Response""",
    ),

    # --- Rakaia Stock Cartage (a livestock trucking firm; Ashburton, Mid Canterbury, New Zealand)
    case(
        """\
Hi Jo

Need to book the heifers to winter grazing again. Details:
- 180 R2 in-calf heifers, Dorie to Mossburn (same grazier as last year)
- ⟦prefer 10-14 May if you have a truck⟧
- ⟦how many to a deck these days⟧
- ⟦do they need standing off beforehand or is straight off the paddock ok⟧

And ⟦can you send a price⟧, last year's was a bit of a shock

Cheers
Hamish

On Fri, 4 Dec 2026 at 15:30, Jo Pawson <bookings@rakaiastock.example.co.nz> wrote:
> Hi Hamish, just a heads up that winter grazing bookings are open and May is filling fast. Let us know your numbers when you can.
> Jo""",
        [Y, Y, Y, N], ["request", "how much", "yes/no", "how much"],
        """\
Hi Hamish,

We've got two units free on Wednesday 12 May, and I've pencilled you in for that day. It'll take three units to do 180 R2s, so the third truck could go on the 13th, or all three on the 12th if I can shuffle a run to Waimate.

In-calf R2s go about 32 to a deck, depending on size.

Yes, they need to be stood off for at least four hours before loading, on water but no feed, or the trucks get in a real mess over that distance.

Bevan's doing the pricing for the winter runs this year.‸

Cheers,
Jo
Rakaia Stock Cartage""",
    ),
    case(
        """\
Bevan,

Your truck was supposed to pick up my 60 store lambs at 6am on Monday for the Coalgate sale. It turned up at 9:40. By the time they got there the yarding had closed and they had to come home again, which cost me a second lot of freight, not to mention the week's feed.

⟦Why was nobody told?⟧ I rang your office twice and got the answerphone. ⟦I expect the freight for Monday's wasted trip to be taken off my account.⟧

Graham Sutherland
Windwhistle""",
        [Y, Y], ["why", "request"],
        """\
Graham,

I'm sorry, that shouldn't have happened, and you had every right to be wild about it.

The truck was held up on SH1 at the Rakaia bridge after a crash that closed it both ways from 5:30 until just after 8, and our driver had no way round with a full trailer. Jo should have rung you as soon as we knew, but she was on her own in the office that morning with four other trucks stuck on the same road, and you were one of the calls she didn't get to. That's on me, not her.

I've taken Monday's freight off your account completely, and I'll do this week's run to Coalgate at half price.

Bevan Reid
Rakaia Stock Cartage""",
    ),
    case(
        """\
Kia ora,

We've just bought a 10-acre block outside Methven and we're bringing our daughter's pony, Pickle, down from my parents' place in Rangiora. I'm a total townie, so please bear with me.

⟦I was wondering if you take small loads like this, or is it only big mobs?⟧ ⟦Would Pickle go in with other animals, or on his own?⟧ He's a bit of a grump with strangers. ⟦Where would we need to meet the truck in Rangiora?⟧ My parents' driveway is very steep. ⟦Do we need to be there for loading?⟧ And ⟦roughly how much would it be for just the one pony?⟧

Sorry for all the questions!
Ngā mihi,
Aroha Tane""",
        [Y, Y, N, Y, N], ["yes/no", "which", "where", "yes/no", "how much"],
        """\
Kia ora Aroha,

No need to apologise, and congratulations on the new block.

We do small loads. We run a horse and small-stock truck up to North Canterbury every second Thursday, and there's room on the run on Thursday 7 January.

Pickle would have his own bay with a solid partition, so he won't have to make friends with anyone on the way down.‸

Someone will need to be at the loading end to hand him over and sign the animal status declaration, but it doesn't have to be you; your parents can do it.

Cheers,
Jo
Rakaia Stock Cartage""",
    ),
    case(
        """\
Cheers Jo, the neighbour's taking the culls for dog tucker so ignore my last. Just the 40 ewes on Friday then.

Dave

Sent from my iPhone

On 8/12/2026, at 7:55 PM, Dave Ruddenklau <daveruddenklau@example.co.nz> wrote:

> Jo, can the truck grab 6 cull ewes off me on Friday as well, on the way past to the works? Dave""",
        [], [],
        """\
Hi Dave,

No worries, just the 40 ewes on Friday. The truck should be at yours about 7.

Jo""",
        quoted_only=True,
    ),
    case(
        """\
Hi Jo,

Please find attached the lamb procurement schedule for the week beginning 11 January.

⟦We require 420 lambs collected from three properties (Hinds, Mayfield and Ealing) on Monday 11 January, for delivery to our Ashburton plant by 2pm.⟧ ⟦Please send through your current certificate of insurance for our supplier file, as the copy we hold expired in October.⟧ ⟦All drivers will need to have completed our online animal welfare induction before the day.⟧

⟦Could you also confirm whether you'll be able to do the same again on Monday 18 January?⟧

Regards,
Kirsten Walsh
Livestock Procurement | Canterbury Meat Processors

CONFIDENTIALITY: This email may contain confidential information. If you are not the intended recipient, please delete it.""",
        [Y, Y, N, N], ["request", "request", "request", "yes/no"],
        """\
Hi Kirsten,

Thanks for the schedule. We'll have two units on the Monday 11 January pickups, starting at Hinds at 6am, and we should be at your plant by midday.

Our current insurance certificate is attached; it runs until the end of September.

All our drivers hold their Stock Handling certificates and have done the Safe Stock Transport course this year.‸

For the 18th, I'll let you know closer to the time, once I see how that week is shaping up.

Cheers,
Jo
Rakaia Stock Cartage""",
    ),

    # --- Pine Rivers Dent Works (paintless dent and hail repair; Strathpine, Brisbane, Australia)
    case(
        """\
Hi there,

My Corolla copped it in the hailstorm last Tuesday, about 30 dents on the roof and bonnet by my count. RACQ has approved the claim and said I can choose my own repairer.

⟦Do you deal with RACQ directly, or do I have to pay you and claim it back?⟧ ⟦How long would you need the car for?⟧ And ⟦is there any chance of a loan car?⟧ I need it for work, I'm a carer.

Thanks,
Bronwyn Cheng""",
        [Y, Y, Y], ["which", "when", "yes/no"],
        """\
Hi Bronwyn,

Sorry to hear the Corolla got hammered. You weren't alone, we've had about 200 cars through since that storm.

We bill RACQ directly, so all you'll pay us is your excess when you pick the car up.

For 30-odd dents with no paint damage, we'd usually have it for three working days.

Our loan cars are all out until after Christmas, unfortunately, but RACQ will cover a hire car under your policy, and Enterprise at Strathpine will drop one off to us so it's ready when you bring yours in.

Cheers,
Kylie
Pine Rivers Dent Works""",
    ),
    case(
        """\
hey legends 🙌 got smashed by the hail sat arvo, bonnet and roof look like a golf ball lol ⟦how much roughly to fix⟧ ⟦can i send pics⟧ and ⟦r u open saturdays⟧ cheers Jaxon

Sent from my iPhone""",
        [N, Y, Y], ["how much", "yes/no", "yes/no"],
        """\
Hey Jaxon 🙏

Bad luck mate. Yep, send a few photos through to this email, one of the whole roof and bonnet from a low angle and a couple close up.‸

We're open Saturday mornings 8 till 12, so you can drop in for a proper look then too.

Cheers,
Shane""",
    ),
    case(
        """\
Dear Sir,

On 24 November your technician repaired hail damage to the roof of my 2019 Mazda CX-5. Within a week the paint along the left side of the roof had developed a hairline crack about 15 cm long, which was certainly not there before.

⟦I expect you to arrange and pay for a respray of the roof.⟧ ⟦Why was I not told beforehand that the paint could crack?⟧ Had I been told, I would have asked the insurer to send it to a panel shop.

⟦Please advise what you propose to do.⟧

Yours faithfully,
Ross Kennedy""",
        [N, Y, Y], ["request", "why", "request"],
        """\
Dear Mr Kennedy,

Thank you for letting us know, and I'm sorry to hear about the crack.

With paintless dent repair there's a small risk of the paint cracking when a dent sits on a crease or the panel has been resprayed before. Our technician did mention this when you dropped the car off, and it's on the authorisation form you signed, but I accept that it should have been explained more clearly, and I'm sorry it wasn't.

What I'd like to do is have the car back in on Friday so I can look at the crack myself with our paint partner from Lawnton Smash Repairs. We'll then let you know what we can do about the roof.‸

Kind regards,
Shane Morrison
Pine Rivers Dent Works""",
    ),
    case(
        """\
Good afternoon,

Northside Water Services has 14 fleet vehicles with hail damage from the storm of 1 December, currently parked at our Petrie depot. Our insurer has asked us to get two quotes.

⟦Would your technicians be able to carry out the repairs on site at the depot?⟧ ⟦Please provide a fleet rate for the 14 vehicles.⟧ ⟦All work will need to be invoiced against a purchase order.⟧

Regards,

Daniel Okafor
Fleet Coordinator
Northside Water Services

DISCLAIMER: This email and any attachments may contain confidential information. If you have received this email in error, please notify the sender immediately.

From: Fleet Services
Sent: Wednesday, 2 December 2026 9:14 AM
To: Daniel Okafor
Subject: Hail-affected vehicles

Daniel, list attached. Can you get quotes by Friday?""",
        [Y, N, Y], ["yes/no", "how much", "request"],
        """\
Hi Daniel,

Thanks for the opportunity to quote.

Yes, we can work on site at Petrie. We'd send two technicians with a mobile rig and lights, and they'd need a covered bay with power for around six working days.

Our estimator, Kylie, will come out to assess each vehicle before we put a figure on the fleet rate, as hail damage varies a lot from one car to the next.‸

Invoicing against a purchase order is fine. Just send the PO number through when it's raised and we'll put it on every invoice.

Regards,
Shane Morrison
Pine Rivers Dent Works""",
    ),
    case(
        """\
Hi Kylie,

FYI, see below from Coral Coast. They've been a nightmare so far.

Thanks,
Mel

Begin forwarded message:

From: Coral Coast Insurance Claims <claims@coralcoastinsurance.example.com.au>
Subject: Claim MOT-4471920 – information required
Date: 7 December 2026 at 3:12:48 pm AEST
To: Melissa Grant <melgrant@example.com.au>

Dear Melissa,

Please ask your chosen repairer to provide an itemised quote and photographs of the damage so that we can assess your claim.

Kind regards,
Coral Coast Insurance Claims""",
        [], [],
        """\
Hi Mel,

Thanks for passing that on. I've emailed Coral Coast the itemised quote and the photos we took at the assessment, and copied you in so you can see what was sent.

Cheers,
Kylie""",
        quoted_only=True,
    ),

    # --- Conestogo Crokinole Co. (a maker of crokinole boards; Elmira, Ontario, Canada)
    case(
        """\
Hi there,

My brother is getting married in June and the whole family plays crokinole at the cottage, so we'd love to give them one of your boards as a wedding gift. ⟦Could you tell me whether you can engrave their names and the date in the centre of the board?⟧ ⟦What's the wait time on a custom board right now?⟧ ⟦Is maple or walnut better for the playing surface?⟧ I've read arguments both ways.

⟦We'd need it by the first week of June at the latest.⟧

Thanks so much,
Megan

-- 
Megan Brubacher, RDH
Grand River Family Dental, Cambridge ON
Overdue for a cleaning? Book online anytime!""",
        [Y, Y, N, Y], ["yes/no", "when", "which", "request"],
        """\
Hi Megan,

What a lovely gift, congratulations to your brother.

We can engrave the names and date in the centre, inside the 20 hole. It's done with a laser and then filled, so it stays smooth under the discs and won't affect play at all.

Custom boards are running at about ten weeks at the moment, so if you order by the end of February you'll have it in lots of time for the first week of June.

As for maple versus walnut, both make beautiful boards and we sell plenty of each.‸

Best,
Ruth Martin
Conestogo Crokinole Co.
(519) 555-0143""",
    ),
    case(
        """\
Hello,

I'd like to order the 30" tournament board in cherry for my dad for Christmas. I live in Columbus, Ohio.

A few questions before I order: ⟦are your prices in Canadian or US dollars?⟧ ⟦Will I have to pay any duty at the border?⟧ And ⟦can you get it to Columbus by December 19?⟧

Thanks,
Jeff Kauffman""",
        [Y, Y, N], ["which", "yes/no", "yes/no"],
        """\
Hi Jeff,

Thanks for your order enquiry.

Our prices are all in Canadian dollars, so the cherry tournament board at $495 CAD works out to about $360 US at today's rate.

As the boards are made here in Elmira, they qualify under CUSMA and there's no duty to pay at the border.

If you order today, the board will go out with UPS on Friday.‸

Best,
Ruth Martin
Conestogo Crokinole Co.""",
    ),
    case(
        """\
Hi,

We bought a walnut board from you in September (order #2291). Since the furnace came on last month, the board has started to bow in the middle, and two of the pegs are loose and rattle when a disc hits them. Pictures attached.

⟦Is this covered by your warranty?⟧ ⟦I'd like either a new board or my money back.⟧ ⟦How do I get this one back to you?⟧ It's a big box.

Sandra Weber
Waterloo

On Tue, Sep 15, 2026 at 11:02 AM Conestogo Crokinole Co. <orders@conestogocrokinole.example.ca> wrote:
> Thanks for your order #2291! Your walnut board will ship within 5 business days.
> Questions? Just reply to this email.""",
        [Y, Y, Y], ["yes/no", "request", "how"],
        """\
Hi Sandra,

I'm sorry about this, and thank you for the pictures, they made it easy to see what's going on.

Warping and loose pegs are both covered for five years. It looks like that board was finished before the wood had fully settled, which shouldn't happen.

We'll make you a new walnut board, and it should be ready in about three weeks. Since you're only in Waterloo, Levi will bring the new one over himself and take the old one away at the same time, so you don't need to pack anything.

Best,
Ruth Martin
Conestogo Crokinole Co.""",
    ),
    case(
        """\
Hi Ruth,

Thanks for getting back to me so quickly. The club voted last night and ⟦we'd like to go ahead with 12 tournament boards for the spring league.⟧

⟦Could you confirm the 10% club discount applies to all twelve?⟧ ⟦Our treasurer would also like to know if we can pay on a 30-day invoice rather than up front.⟧ And ⟦would you be able to deliver them to the Legion hall in Kitchener?⟧

Thanks again,
Dave Hilborn
Secretary, Twin City Crokinole Club

On Mon, Dec 7, 2026 at 4:18 PM Ruth Martin <ruth@conestogocrokinole.example.ca> wrote:
> Hi Dave,
> For a club order of ten or more, we can take 10% off. Let me know how many you'd need.
> Ruth
>
> On Sun, Dec 6, 2026 at 8:02 PM Dave Hilborn <dhilborn@example.ca> wrote:
>> Hi, does Conestogo do discounts for clubs? We may need a dozen boards.""",
        [Y, Y, N, N], ["request", "yes/no", "yes/no", "yes/no"],
        """\
Hi Dave,

That's great news, thanks to everyone at the club.

Yes, the 10% applies to all twelve, so they come to $4,455 plus HST instead of $4,950.

On the invoice, I'll have to check with my husband, who looks after the books.‸

We'll sort out delivery once they're closer to ready; they should be done in the second week of March.

Best,
Ruth""",
    ),
    case(
        """\
Dear Ruth and Levi,

I just wanted to write and thank you for the board. We gave it to Grandpa on his 91st birthday last Sunday and he has not stopped playing since. He beat my teenage son four games in a row and then asked if anyone else wanted to lose. Who knew a man of 91 could be so competitive?

The engraving of Grandma's name on the back made him cry, in a good way.

With gratitude,
Carol Snider
Elmira""",
        [], [],
        """\
Dear Carol,

Thank you so much for writing, this made our whole week. Levi has read it twice already.

Please wish your grandpa a very happy belated birthday from both of us, and tell your son there's no shame in losing to a man who has been flicking discs for eighty years.

Warmly,
Ruth""",
    ),

    # --- Menengai Biogas Solutions (a biogas digester installer and trainer; Nakuru, Kenya)
    case(
        """\
Dear Sir/Madam,

Greetings. I am a small-scale dairy farmer in Njoro with four Friesian cows under zero-grazing. I have been using firewood for cooking but it is becoming expensive and my wife is tired of the smoke. My neighbour has a biogas from your company and he recommended you.

⟦Kindly let me know the cost of a 9 cubic metre digester.⟧ ⟦Are four cows enough to produce gas for cooking?⟧ ⟦How long does the installation take?⟧ ⟦Is it possible to pay in instalments through M-Pesa?⟧

Thank you and God bless.
Joseph Kiprotich""",
        [Y, Y, N, N], ["how much", "yes/no", "when", "yes/no"],
        """\
Dear Joseph,

Greetings, and thank you for contacting us. Please greet Mr Cheruiyot for us; his system is one of our best in Njoro.

A 9 cubic metre fixed-dome digester costs Ksh 148,000, including the two-burner stove, the piping to your kitchen and the first year of servicing.

Four zero-grazed cows give more than enough dung for a family's daily cooking. Most families with four cows also have gas left over for a lamp in the evening.

Our installation teams work quickly, and the gas is usually ready for cooking a few weeks after we first feed the digester.‸

Many of our farmers in Njoro have financed their systems through their dairy cooperative.

Kind regards,
Wanjiru Kamau
Menengai Biogas Solutions, Nakuru""",
    ),
    case(
        """\
Good morning madam. The gas is not coming since Saturday, the stove is not lighting at all and the gauge is showing zero. We have been using charcoal. ⟦Kindly send the technician.⟧ ⟦Is it the pipe or the digester?⟧ i already paid the service fee in November. ⟦when is he coming⟧

Mary Wambui, Bahati

Sent from my Tecno smartphone""",
        [Y, Y, Y], ["request", "which", "when"],
        """\
Good morning Mary,

Sorry for the trouble, especially with the cost of charcoal.

From what you describe, it is most likely water that has collected in the gas pipe at its lowest point, which blocks the gas even when the digester is full. It happens a lot after heavy rains like last week's.

Our technician, Brian, will come on Friday morning between 9 and 11. There is no charge, because your service fee is paid.

Regards,
Wanjiru
Menengai Biogas""",
    ),
    case(
        """\
The Manager,
Menengai Biogas Solutions,
NAKURU.

Dear Sir/Madam,

RE: INSTITUTIONAL BIOGAS SYSTEM FOR ST. BRIGID'S GIRLS' SECONDARY SCHOOL, MOLO

The Board of Management is considering a biogas system for the school kitchen, which serves 640 boarders three meals a day.

⟦Kindly furnish us with a quotation for a suitable system.⟧ ⟦Please also confirm whether the system can take waste from the school toilets as well as from the school's dairy unit.⟧ ⟦We further require the names of three institutions where you have installed similar systems, as references.⟧

Yours faithfully,

Mr. Peter Ndung'u
Bursar""",
        [Y, Y, N], ["request", "yes/no", "request"],
        """\
Dear Mr Ndung'u,

Thank you for your letter and for considering us.

Please find attached our quotation for a 60 cubic metre institutional system, sized for a kitchen feeding 640 students. It comes to Ksh 2,480,000 and includes the digester, a bio-slurry drying bed and three institutional burners.

The system is designed to take both. The toilet waste feeds in through its own sealed inlet and mixes with the cow dung from your dairy unit, which gives a better gas yield than either alone.

We have installed similar systems in a number of schools across Nakuru and Baringo counties, and several boards have visited them before deciding.‸

Yours faithfully,
Eng. Daniel Otieno
Technical Manager
Menengai Biogas Solutions""",
    ),
    case(
        """\
Dear Wanjiru,

Following our call this morning, ⟦I am pleased to confirm that Rift Valley Women in Dairy would like to send 30 of our members for biogas operation and maintenance training in February.⟧

⟦Where would the training be held?⟧ Most of the women are coming from Subukia. ⟦What is the cost per participant, including lunch?⟧ ⟦Could you also issue certificates at the end of the training?⟧ Several of the members need them for a county grant application.

Best regards,
Faith Chebet
Programme Officer
Rift Valley Women in Dairy

From: Wanjiru Kamau <wanjiru@menengaibiogas.example.co.ke>
Sent: Monday, 7 December 2026 10:02
To: Faith Chebet <faith.chebet@rvwid.example.or.ke>
Subject: Training for your members

Dear Faith, thank you for your interest. Please let me know how many members would attend and which month suits them.""",
        [Y, Y, Y, N], ["request", "where", "how much", "yes/no"],
        """\
Dear Faith,

Thank you, we are happy to have them.

The training is held at our demonstration farm in Lanet, about 25 minutes from Subukia by matatu along the Nyahururu road. The women will see three working digesters of different sizes and practise the daily feeding and the monthly checks on them.

The cost is Ksh 2,500 per participant for the two days, including lunch and tea.

We will send you two possible dates in February by Friday.‸

Best regards,
Wanjiru Kamau
Menengai Biogas Solutions""",
    ),
    case(
        """\
Hi,

I'm Kenyan but I've lived in Minneapolis for the last 12 years. I'm building a retirement house for my parents on our land in Kericho, and my dad keeps two cows and a few pigs. My cousin says biogas would save them a lot of money, so ⟦what size would they need⟧ and ⟦how much would it be⟧, and ⟦can it be done before I fly home on April 3?⟧ ⟦I'd like to be there when it's switched on.⟧ Also ⟦do you accept payment by wire transfer from the US?⟧

Thanks,
Kevin Langat""",
        [Y, N, Y, Y, N], ["which", "how much", "yes/no", "request", "yes/no"],
        """\
Hi Kevin,

Thanks for reaching out, and congratulations on the house.

Two cows and a few pigs would comfortably feed a 6 cubic metre digester, which is the size we'd suggest for your parents. Pig manure is actually very good for gas.

The final price depends on the soil and how far the kitchen is from the cowshed, so our technician in Kericho will visit the site first.‸ Once the quote is agreed, installation takes about two weeks, so finishing before April 3 won't be a problem, and we can plan the first lighting of the stove for a day when you're there.

Regards,
Wanjiru Kamau
Menengai Biogas Solutions""",
    ),

    # --- Adunni Gele Studio (a gele stylist with a small team, also make-up and ready-to-wear geles; Bodija, Ibadan, Nigeria)
    case(
        """\
Good morning Ma,

My sister's wedding is on Saturday 20 February at the Civic Centre, Ibadan, and we have 15 ladies (family and friends) who will need their gele tied. The aso-oke has already been bought.

⟦How much do you charge per head for 15?⟧ ⟦Can your team come to the venue by 7am?⟧ The engagement starts at 10. ⟦Do you do makeup as well, or should we book a separate MUA?⟧

Thank you Ma.
Kemi Adeyemi""",
        [Y, Y, Y], ["how much", "yes/no", "yes/no"],
        """\
Good morning Kemi,

Congratulations to your sister! We are happy to be part of it.

For 15 ladies, gele is ₦4,500 per head, so ₦67,500 in total, and we will bring three stylists so everyone is ready well before the engagement.

We can be at the Civic Centre by 7am. There is an early call fee of ₦15,000 for any booking before 8am.

We also do makeup. Our bridal party makeup is ₦12,000 per face, and I will send you our catalogue on WhatsApp so you can see the looks.

Warm regards,
Adunni
Adunni Gele Studio, Bodija""",
    ),
    case(
        """\
Adunni,

I am very disappointed. Your stylist tied my gele on Saturday for my cousin's wedding and before the reception was even halfway the whole thing had collapsed at the back. I had to take it off and sit there bareheaded in front of everybody. My in-laws were there.

⟦Why did your girl use those cheap small pins instead of the proper ones?⟧ ⟦I want a full refund of the ₦18,000 I paid.⟧

Funmi Oladipo

Sent from my iPhone""",
        [Y, N], ["why", "request"],
        """\
Dear Funmi,

I am so sorry. I know how much a gele means on a day like that, and I can only imagine how you felt sitting through the reception without it.

I have spoken to Bisi, who tied it. The pins were the right ones, but your aso-oke was the heavy damask type, and it needs an extra fold and a stiffener at the back. She did not add them, and the weight pulled it loose. That was her mistake and I take responsibility for it.

I would like to make it up to you by tying your gele for free at your next two events, and I will come and do it myself.‸

With apologies,
Adunni""",
    ),
    case(
        """\
Hi Adunni,

I'm based in London and saw your auto-gele on Instagram. I'd like to order three ready-to-wear geles in the emerald green aso-oke for my mum, my aunt and me, for a 60th in London at Easter.

⟦How much would it be to send them to London by DHL?⟧ ⟦Can I pay in pounds into a UK account?⟧ I don't have a Nigerian account. ⟦Would they get here before Sunday 28 March?⟧

Thanks!
Yewande Ogunleye""",
        [Y, Y, Y], ["how much", "yes/no", "yes/no"],
        """\
Hi Yewande,

Thank you for your order! The emerald is one of our favourites.

Three auto-geles are ₦105,000, and DHL Express to London is ₦48,000 for a parcel that size, so ₦153,000 in total.

We can only receive payment in naira at the moment, but many of our UK customers pay through LemFi or Wise, which convert from pounds and send straight to our Nigerian account.

We need about ten days to make them, and DHL takes three to five days to London, so if you order by the end of February they will be with you well before Easter.

Love,
Adunni""",
    ),
    case(
        """\
Aunty good evening o 🙏🏾 ⟦abeg u fit tie gele for my mama this sunday morning for church⟧ ⟦how much⟧ ⟦u go fit come house⟧ we dey Jericho
Tolu""",
        [Y, Y, N], ["request", "how much", "yes/no"],
        """\
Good evening Tolu 🙏🏾

Yes o, we fit do am. Sunday morning by 7:30 is free, and gele only na ₦3,500.‸

Send me your mama's aso-oke colour so I bring matching pins.

Adunni""",
    ),
    case(
        """\
Dear Adunni Gele Studio,

Our bank is hosting its end-of-year staff party on Friday 18 December at the Premier Hotel, Ibadan, with an Owambe theme. About 40 female staff have indicated interest in having their gele tied on the evening.

⟦Please confirm your availability for that date, from 4pm.⟧ ⟦Kindly send your CAC registration certificate and bank details for vendor onboarding.⟧ ⟦What is your cancellation policy?⟧

Regards,
Olufunke Ajayi
Human Resources, Oyo Regional Office
Amanah Trust Bank Plc

CONFIDENTIALITY NOTICE: The contents of this email are confidential and intended for the named recipient only. If you have received it in error, please notify the sender and delete it.""",
        [Y, N, N], ["request", "request", "which"],
        """\
Dear Mrs Ajayi,

Thank you for considering us for your party.

We are available on Friday 18 December and will bring a team of five stylists to the Premier Hotel from 4pm, which is enough to tie 40 geles by about 6:30. Our fee is ₦4,500 per head.

Our company documents will follow shortly.‸

Kind regards,
Adunni Ogunbiyi
Adunni Gele Studio""",
    ),

    # --- Rajang Swiftlet Nest (an edible bird's-nest processor and shop; Sibu, Sarawak, Malaysia)
    case(
        """\
hi boss 😊 ⟦cny gift box 100g still got or not⟧ ⟦how much if i take 10 box⟧ ⟦can post to kl⟧ ⟦need before 30 jan⟧ tq
Alvin""",
        [Y, N, Y, Y], ["yes/no", "how much", "yes/no", "request"],
        """\
Hi Alvin 😊

Yes still have, the 100g CNY gift box (grade A cup, red box) is RM 480 each. For 10 box I check with my boss first can give discount or not.‸

Can post to KL, we use PosLaju, 2 to 3 days. If you confirm by next week sure reach before 30 Jan.

Thanks!
Jessie""",
    ),
    case(
        """\
Dear Sir/Madam,

I'm in Singapore and would like to buy about 500g of your cleaned white cup nests for my mother. I'll be in Sibu visiting relatives in February and would prefer to collect it from your shop myself.

⟦Could you advise whether I can bring bird's nest back into Singapore on the plane?⟧ ⟦Do your products come with the export health certificate that Singapore requires?⟧ Also, ⟦what are your opening hours during Chinese New Year?⟧

Thank you.

Best regards,
Lim Wei Ling""",
        [N, Y, Y], ["yes/no", "yes/no", "when"],
        """\
Dear Wei Ling,

Thank you for your enquiry.

All our nests are processed at our own facility, which is registered with the Department of Veterinary Services, and for any order going to Singapore we prepare the health certificate for you at no extra charge. Please give us three working days' notice so we can have it ready when you collect.‸

During Chinese New Year we are closed from 5 to 9 February. Before and after that, we are open 9am to 6pm every day except Sunday.

Best regards,
Jessie Ting
Rajang Swiftlet Nest, Sibu""",
    ),
    case(
        """\
Hello,

I bought 250g of "premium grade" bird's nest from your Shopee store last month (order 2611-0089-4471). When I soaked it, it dissolved into a kind of jelly in under an hour and smelled like nothing at all. My aunty, who has been buying bird's nest for 30 years, says it's not real.

⟦Can you send me the lab test report for this batch?⟧ ⟦How do I know what I bought is genuine?⟧ ⟦Either way, I'd like a refund.⟧

Regards,
Priya Nair
Kuching""",
        [Y, Y, N], ["request", "how", "request"],
        """\
Dear Priya,

Thank you for telling us, and I understand why you are worried.

I've attached the lab report for batch SB-1026 from a Kuching laboratory, which tests every batch for sialic acid and nitrite. That batch showed 9.1% sialic acid, which is in the normal range for genuine swiftlet nest. Every one of our boxes also carries a QR code on the seal that links to the report for its batch, so you can check it yourself.

The soaking time you describe is normal for the thin "premium strips" grade, which softens much faster than the whole cups your aunty is probably used to. If you soak it for 30 minutes only, it should keep its strands.‸

Best regards,
Jessie Ting
Rajang Swiftlet Nest""",
    ),
    case(
        """\
ok noted, received the parcel just now. tq 🙏

Sent from my iPhone

On 6 Dec 2026, at 2:03 PM, Rajang Swiftlet Nest <sales@rajangnest.example.com.my> wrote:

Dear Mr Wong, your parcel (EM 4471 0938 MY) has been posted today. Please check the box when it arrives and let us know if there is any damage.""",
        [], [],
        """\
Hi Mr Wong,

Thank you for letting us know it arrived safely. Hope your family enjoys it, and Gong Xi Fa Cai in advance!

Jessie""",
        quoted_only=True,
    ),
    case(
        """\
Hi there,

My grandmother (Ah Ma) is 82 and lives with my parents in Perth. She had a hip replacement three weeks ago and is recovering slowly, and the whole family is convinced bird's nest soup is what she needs. My mum used to buy it from a shop in Sibu when we visited every year, and I think it was yours, as it had the same red boat on the box.

I'm the one in the family who does everything online, so I've been given the job. ⟦I was wondering whether bird's nest is fine to eat so soon after an operation.⟧ ⟦How should it be prepared for an elderly person?⟧ My mum says double-boiled with rock sugar, but she isn't sure for how long. ⟦Would the ready-to-drink bottles be easier?⟧ And ⟦can you ship to Perth?⟧

Thanks so much,
Daniel Tiong""",
        [N, Y, N, Y], ["yes/no", "how", "yes/no", "yes/no"],
        """\
Hi Daniel,

Thank you for thinking of us, and we hope your Ah Ma is back on her feet soon.

Many of our customers buy bird's nest for parents and grandparents after a hospital stay.‸ For someone her age, your mum is right: soak the nest for 2 hours, then double-boil it with rock sugar for 30 to 40 minutes, no longer, so the strands stay whole. A 5g portion two or three times a week is plenty.

I'm sorry to say that Australia doesn't allow bird's nest products in by post, including the bottled drinks, so we can't ship to Perth. If anyone in the family is coming through Sibu, we can have an order ready for them to carry, though they will still need to declare it at the border.

Warm regards,
Jessie Ting
Rajang Swiftlet Nest""",
    ),

    # --- Pasir Panjang Marine Supply (a ship chandler: provisions, deck and bonded stores by launch; Singapore)
    case(
        """\
Dear Sirs,

MV KOTA SERENE / ETA WESTERN ANCHORAGE 11/12 0600 LT

⟦Please supply the attached provisions and deck stores list to the above vessel on arrival.⟧

⟦Kindly confirm delivery by launch before 1400 LT on Friday 11 December, as the vessel sails at 1800.⟧ ⟦Please quote in USD.⟧ ⟦Can you also supply 20 drums of Marine Cylinder Oil 40BN?⟧

Best regards,
Capt. Arjun Menon
Marine Superintendent
Serene Shipmanagement Pte Ltd""",
        [Y, Y, Y, N], ["request", "request", "request", "yes/no"],
        """\
Dear Capt. Menon,

Well received with thanks.

Delivery to MV Kota Serene is confirmed by launch from West Coast Pier at 1000 LT on Friday 11 December, alongside by about 1100. Our quotation in USD is attached, USD 18,640.50 in total for provisions and deck stores.

Lubricants are supplied through our associated company, Pasir Panjang Lubes, and I have copied their Ops desk in.‸

Best regards,
Ravi Chandran
Operations, Pasir Panjang Marine Supply Pte Ltd""",
    ),
    case(
        """\
Good day sir,

This is Cook Romeo of MV Kota Serene. ⟦Can you add 10 kg calamansi and 5 tray egg in our order for Friday po⟧ also ⟦please check if you have frozen pork belly 20 kg⟧ ⟦what time the launch will come⟧ thank you sir

Sent from my Galaxy""",
        [Y, Y, N], ["request", "yes/no", "when"],
        """\
Good day Romeo,

Noted, 10 kg calamansi and 5 trays of eggs are added to Friday's delivery. We have frozen pork belly, 20 kg is fine, I have added it too and will put it on the same invoice for your Captain.

The launch will come on Friday as planned, we will inform the vessel before it leaves.‸

Ravi
Pasir Panjang Marine Supply""",
    ),
    case(
        """\
Dear Ravi,

Our vessel MT EASTERN LILY received stores from your launch yesterday at Eastern Anchorage. The Master reports the following:

1. 4 of the 12 items on the fresh provisions list were not delivered (tomatoes, broccoli, yoghurt, fresh milk).
2. The vegetables that were delivered arrived warm and the lettuce was unusable.
3. The invoice charges for all 12 items.

⟦We expect a credit note for the missing and spoiled items.⟧ ⟦Please explain why the fresh provisions were not delivered chilled.⟧ ⟦Kindly ensure this does not happen when the vessel calls again in January.⟧

Regards,
Hui Min Goh
Crewing & Procurement
Lily Tankers Pte Ltd

From: Ravi Chandran <ravi@ppmarinesupply.example.com.sg>
Sent: Monday, 7 December 2026 16:48
To: Hui Min Goh <procurement@lilytankers.example.com.sg>
Subject: MT EASTERN LILY - stores delivery

Dear Hui Min, the launch for MT Eastern Lily is confirmed for tomorrow at 0900 LT. Please let us know if there are any last-minute additions.""",
        [Y, Y, Y], ["request", "why", "request"],
        """\
Dear Hui Min,

Our apologies to the Master and crew of MT Eastern Lily.

A credit note for USD 412.60 is attached, covering the four missing items and the lettuce and other vegetables the Master rejected.

The refrigerated truck assigned to your order broke down on the way to the pier, and our driver moved the load to a dry van to make the launch in time. The four missing items were on a separate pallet that stayed behind in the reefer truck. Both should have been reported to you before the launch left, not after.

For the January call we will deliver on our new chilled launch, and I will personally check the fresh list against the loading before it sails.

Best regards,
Ravi Chandran
Operations""",
    ),
    case(
        """\
Dear Ravi,

Noted with thanks. The Master confirms all items received in good order.

Best regards,
Hui Min Goh
Crewing & Procurement
Lily Tankers Pte Ltd

DISCLAIMER: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this email. Please consider the environment before printing.""",
        [], [],
        """\
Dear Hui Min,

Thank you for confirming. We look forward to serving MT Eastern Lily again in January.

Best regards,
Ravi Chandran""",
        quoted_only=True,
    ),
    case(
        """\
Dear Mr Ravi,

Good day. Our vessel MV ANDROS SPIRIT will arrive Eastern Anchorage on 15/12 for bunkers only, staying about 10 hours. ⟦I would like to know if you can deliver bonded stores (cigarettes, whisky) while the vessel is at anchorage.⟧ Also ⟦is possible to arrange fresh water, about 150 tons?⟧ ⟦Please advise the cost of the customs permit for bonded.⟧

Best regards,
Nikos Papadakis
Technical Superintendent
Aegean Bulk Management S.A.
Piraeus

________________________________
From: Ravi Chandran <ravi@ppmarinesupply.example.com.sg>
Sent: Friday, 4 December 2026 11:20
To: Nikos Papadakis <tech@aegeanbulk.example.gr>
Subject: RE: Singapore call

Dear Mr Papadakis, thank you. Please send us the vessel's ETA and stores list when available.""",
        [Y, N, N], ["yes/no", "yes/no", "how much"],
        """\
Dear Mr Papadakis,

Good day, and thank you for your enquiry.

Yes, we can deliver bonded stores at Eastern Anchorage. We need the order and the crew list at least 24 hours before arrival so that we can apply for the customs permit, and the stores will then come out on the same launch as any other provisions.

Fresh water at the anchorage is supplied by water barge operators licensed by the MPA.‸ The permit fee is charged at cost and shown on our invoice.

Best regards,
Ravi Chandran
Pasir Panjang Marine Supply""",
    ),

    # --- Bayou City Bail Bonds (a bail bond agency; Houston, Texas, US)
    case(
        """\
my son got arrested last night and hes at the harris county jail on baker st, his bond is $5,000. ⟦how do i get him out⟧ ⟦how much do i pay you⟧ ⟦do i have to come in person⟧ i work till 6. ⟦can i pay with a credit card⟧
⟦please call me⟧
Gloria Ramirez

Sent from my iPhone""",
        [Y, Y, Y, Y, Y], ["how", "how much", "yes/no", "yes/no", "request"],
        """\
Hi Gloria,

I'm sorry you're going through this. We'll help you get him home.

Here's how it works: you sign a bond agreement with us as his cosigner, we post the $5,000 bond at the jail, and he's usually released 4 to 8 hours after that. Our fee is 10% of the bond, so $500, and it isn't refundable.

You don't have to come in. We can do everything by phone and e-signature, and you can pay the $500 by credit or debit card.

I'll call you at 6:15 this evening, after you finish work, and we can get the paperwork started then.

Denise
Bayou City Bail Bonds
(713) 555-0162""",
    ),
    case(
        """\
Hello,

I cosigned a bond for my nephew, Travis Boone, back in June, and I put up my truck title as collateral. His case was dismissed on November 30.

⟦When will I get my title back?⟧ ⟦What do I need to bring to pick it up?⟧ ⟦Where's the best place to park near your office?⟧ Last time I got a ticket.

Thanks,
Earl Boone
Pasadena, TX""",
        [Y, Y, Y], ["when", "which", "where"],
        """\
Hi Mr. Boone,

Congratulations to Travis on the dismissal.

Once the court sends us the bond discharge, we release collateral within 10 business days. The discharge for Travis came through on Monday, so your title will be ready for pickup from Friday, December 18.

Just bring your driver's license. The title has to be handed to the person whose name is on it, so we can't give it to anyone else for you.

We have four spaces in front of the building on Preston Street, marked for Bayou City clients. Don't use the lot next door, they tow.

Marcus Reyes
Bayou City Bail Bonds""",
    ),
    case(
        """\
To Bayou City Bail Bonds,

On Saturday night I paid $750 by card for my brother's bond. Today I see TWO charges of $750 on my account from "BAYOU CITY BAIL". I tried your "24 hour" line Saturday night at 11pm and again Sunday morning and nobody answered.

⟦I want the second charge refunded today.⟧ ⟦Why did nobody pick up the 24-hour line?⟧ ⟦I'd also like a receipt showing I only owe the one $750.⟧

Keisha Thomas""",
        [Y, N, Y], ["request", "why", "request"],
        """\
Hi Ms. Thomas,

You're right, our card terminal put your payment through twice on Saturday, and I'm sorry for the worry that caused.

I refunded the second $750 to your card this morning. Your bank will usually show it within 3 to 5 business days, though some post it the same day.

I'm also very sorry you couldn't get through to us over the weekend.‸ I've attached a receipt showing one payment of $750 for your brother's bond, with the duplicate marked as refunded.

Denise
Bayou City Bail Bonds""",
    ),
    case(
        """\
Thank you, received.

Angela Ruiz
Paralegal | Law Office of Samuel Okoye, PLLC

-----Original Message-----
From: Marcus Reyes <marcus@bayoucitybail.example.com>
Sent: Tuesday, December 8, 2026 3:41 PM
To: Angela Ruiz <aruiz@okoyelaw.example.com>
Subject: Bond paperwork - Jose Alvarez

Angela, the bond paperwork for Mr. Alvarez is attached. Please send us his next court setting as soon as it's on the docket.

Marcus""",
        [], [],
        """\
Thanks, Angela. We'll watch for the court setting.

Marcus""",
        quoted_only=True,
    ),
    case(
        """\
Hi Denise,

⟦I was wondering if I'm allowed to go to my sister's wedding in Lake Charles, Louisiana on Saturday, January 16.⟧ It's just for the weekend and I'd be back Sunday night. ⟦Do I still have to do my Friday check-in that week?⟧ ⟦Could you write a letter saying I've never missed a check-in, in case the judge needs it?⟧

Thank you,
Andre Jackson""",
        [Y, Y, N], ["yes/no", "yes/no", "request"],
        """\
Hi Andre,

Congratulations to your sister.

Leaving Texas is something only the judge can allow, because it's a condition of your bond, not ours. Your lawyer can file a motion to travel, and if the judge signs it, we're fine with you going. Don't leave the state without that signed order.

Keep your Friday check-in as usual. You can call it in on Friday, January 15, from wherever you are.‸

Denise
Bayou City Bail Bonds""",
    ),

    # --- Red Rock Vows (an elopement and wedding officiant; Sedona, Arizona, US)
    case(
        """\
Hello Dana,

My fiancé and I are from Bristol and we're hoping to elope to Sedona next spring, just the two of us. ⟦We'd love a sunrise ceremony on Tuesday 18 May, somewhere with a view of Cathedral Rock if that's possible.⟧

A few questions, if you don't mind:

1. ⟦Will our marriage be legally recognised back in the UK?⟧
2. ⟦Do we need witnesses?⟧ We won't know anyone there.
3. ⟦Could you recommend a photographer who's good at sunrise shoots?⟧

Many thanks,
Hannah Clarke""",
        [N, N, Y, Y], ["request", "yes/no", "yes/no", "request"],
        """\
Hi Hannah,

Congratulations to you both! Sunrise with Cathedral Rock behind you is one of my favorite ceremonies to do, and May is a lovely time for it.‸

Arizona does require two witnesses over 18, but please don't worry about that. My husband and our photographer often sign, or I can bring two friends from town, at no extra charge.

For sunrise I'd recommend Jess Alvarado (jessalvaradophoto.example.com); she knows every angle on the rock and she isn't fazed by a 4:45 start.

For anything about how the marriage is registered in the UK, the General Register Office is the best place to ask.

Warmly,
Dana Whitfield
Red Rock Vows, Sedona""",
    ),
    case(
        """\
omg hi!! ⟦are u free oct 9⟧ ⟦how much for just the ceremony, no photos⟧ 🙏 ⟦can our dog be the ring bearer lol⟧ hes very good
Sky

Sent from my iPhone""",
        [Y, Y, Y], ["yes/no", "how much", "yes/no"],
        """\
Hi Sky!

October 9 is open, and I'd love to hold it for you. Ceremony-only is $450, which covers a custom ceremony, the license paperwork and me being there an hour before.

And dogs are very welcome as ring bearers! I'd just suggest tying the rings on with a ribbon rather than a loose pouch. 🐶

Dana""",
    ),
    case(
        """\
Dana,

I have to tell you how upset we are about Saturday. You arrived 25 minutes late to our ceremony at Airport Mesa, and by the time you got there the sun had gone down behind the ridge. The whole reason we chose 4:40 was the sunset light, and our photos are dark.

⟦Why didn't you call or text to say you were running late?⟧ ⟦We'd like at least half of your fee refunded.⟧

Brianna and Cole Mercer

On Thu, Dec 3, 2026 at 7:14 PM Dana Whitfield <dana@redrockvows.example.com> wrote:
> Hi Brianna and Cole! All set for Saturday at Airport Mesa, 4:40 start. I'll be there by 4:10. Any last questions, just text me!
> Dana""",
        [Y, N], ["why", "request"],
        """\
Dear Brianna and Cole,

I'm so sorry. You planned everything around that light, and I let you down on the one thing that mattered most.

I was stuck behind a crash on 89A coming back from a ceremony in Oak Creek Canyon, where there's no cell signal for most of the road, so neither my calls nor my texts went through until I was already pulling into the lot. That doesn't change the result for you, and I should have left a bigger gap between the two ceremonies.

I'd like to offer you a vow renewal at sunset anytime in the next year, completely free, with an hour of photos from Jess Alvarado included.‸

With my sincere apologies,
Dana""",
    ),
    case(
        """\
Hi Dana,

Hope you're well! We have three Sedona elopements booked with us for next season and we'd like to refer all three to you.

⟦Could you send over your certificate of liability insurance for our vendor file?⟧ ⟦What will your 2027 rates be?⟧ And ⟦who takes care of the Forest Service permit for ceremonies at Cathedral Rock, you or the couple?⟧

Thanks so much,
Lauren Pike
Lead Planner | Desert Bloom Weddings

From: Dana Whitfield <dana@redrockvows.example.com>
Sent: Friday, December 4, 2026 10:15 AM
To: Lauren Pike <lauren@desertbloomweddings.example.com>
Subject: RE: Referrals

Hi Lauren, lovely to hear from you! Let me know what you need from me for next year.""",
        [Y, N, Y], ["request", "how much", "which"],
        """\
Hi Lauren,

That's wonderful, thank you for thinking of me!

My certificate of liability insurance is attached; the policy runs through September 2027.

I'm still working out my 2027 pricing with my accountant and will have it finalized in January.‸

I take care of the Forest Service permit for every ceremony in the Red Rock district, so your couples won't need to do anything there.

Best,
Dana""",
    ),
    case(
        """\
Hi Dana,

Sam and I have booked you for Thursday 15 April (booking RRV-2215) and we can't wait! We're planning the day now, so a couple of things:

⟦How long is the hike to the spot you suggested near Devil's Bridge?⟧ Sam's mom wants to come, and she's 70 but pretty fit. ⟦Is it OK if we write our own vows?⟧ And ⟦where should everyone park?⟧ We'll be in two cars.

Thanks!!
Jordan

Sent from my iPad

On Mon, Nov 30, 2026 at 9:22 AM, Dana Whitfield <dana@redrockvows.example.com> wrote:
> Hi Jordan, your booking is confirmed! Could you send me your full legal names as they'll appear on the license?""",
        [Y, Y, N], ["when", "yes/no", "where"],
        """\
Hi Jordan,

So glad you're excited, I am too!

From the trailhead it's about a mile and a quarter to the spot, mostly gentle with one rocky stretch near the end, so allow 45 minutes at an easy pace. Plenty of 70-year-olds make it, and I'll walk with Sam's mom if she'd like company.

Writing your own vows is absolutely fine, and I'd love to read them beforehand so I can shape the rest of the ceremony around them.

I'll send you a full day-of plan with directions a couple of weeks before.‸

Dana""",
    ),

    # --- Powder River Bucking Stock (a rodeo stock contractor; Buffalo, Wyoming, US)
    case(
        """\
Mr. Hollister,

⟦The Big Horn Basin Fair Association would like to book your company to produce the rodeo on Friday, July 23 and Saturday, July 24, 2027.⟧

⟦What would you charge for bareback, saddle bronc and bull riding both nights?⟧ ⟦Do you bring your own pickup men and bullfighters?⟧ Our arena panels are in poor shape, so ⟦we'd like to know if you can supply portable panels as well.⟧

Sincerely,
Linda Casper
Secretary, Big Horn Basin Fair Association""",
        [Y, Y, Y, N], ["request", "how much", "yes/no", "yes/no"],
        """\
Dear Linda,

Thank you, we'd be glad to come back to the fair.

For bareback, saddle bronc and bulls both nights, our fee is $14,500, which covers the stock, the chute crew and hauling. That includes two pickup men. Bullfighters we don't employ ourselves, but we work with the same two every year and I can book them for you at $900 a night each.

Portable panels are something a few committees have asked about.‸

I'll put the dates on hold until the end of January.

Wade Hollister
Powder River Bucking Stock
(307) 555-0119""",
    ),
    case(
        """\
Hi,

My daughter (she's 11) saw your bulls at the Johnson County rodeo and came home with a lot of questions I couldn't answer, so I promised her I'd ask you. She's not trying to be rude, she loves animals and wants to be a vet.

⟦Does the strap around the bull's belly hurt him?⟧ ⟦What happens to the bulls when they get too old to buck?⟧ ⟦How many times a year does each bull actually buck?⟧

Thank you for taking the time,
Rachel Nygaard""",
        [Y, Y, Y], ["yes/no", "which", "how much"],
        """\
Hi Rachel,

Please tell your daughter these are great questions, and we get asked them a lot.

The flank strap is lined with sheepskin and goes around the bull's flank, not his belly or anything underneath, and it's only tight for the few seconds he's in the arena. It's there to encourage him to kick out with his back legs. It doesn't hurt him; if it did, he wouldn't buck, he'd stop.

When our bulls retire, usually around 10 or 12, they go out to pasture on our place and live out their days with the cows. A few of the best ones are kept for breeding.

Each bull bucks roughly 15 to 20 times a year, for 8 seconds or less each time.

If she ever wants to come see them at the ranch, she's welcome.

Wade Hollister
Powder River Bucking Stock""",
    ),
    case(
        """\
hey ⟦do yall sell practice bulls or just lease em out⟧ im 17 and ride in the high school rodeo 🤠 ⟦what would one run me⟧ and ⟦could i come out this weekend and get on a couple⟧ thanks
Tanner

Sent from my iPhone""",
        [Y, Y, N], ["which", "how much", "yes/no"],
        """\
Hey Tanner 🤠

We don't sell practice bulls, but we lease a few out to families for the season. A dehorned practice bull runs $350 a month, and you'd need your own pen and a parent to sign the lease.

Getting on a couple is something we'd need to talk to your folks about first.‸

Wade""",
    ),
    case(
        """\
Wade,

I'll be straight with you. The bulls you brought to our September rodeo were a disappointment. Out of 22 bull rides over two nights, at least eight bulls barely bucked, and three riders were given re-rides. The crowd noticed and so did the sponsors.

⟦We'd like a reduction on the September invoice.⟧ ⟦What are you going to do to make sure next year's pen is better?⟧ Otherwise we'll be talking to other contractors for 2027.

Hank Lindgren
Chairman, Ten Sleep Rodeo Committee""",
        [N, Y], ["request", "how"],
        """\
Hank,

Fair enough, and thanks for telling me straight.

You're right about September. We had six of our best bulls still recovering from a long run in Cheyenne, and I filled in with young bulls that weren't ready. I should have told you that beforehand.

For next year, I've bought eight proven bulls from a string in Montana, and I'll send you the list of the pen I'm bringing a month before, with their scores from this season, so you'll know exactly what's coming.

As for the September invoice, I'll go over it with my wife and get back to you.‸

Wade""",
    ),
    case(
        """\
Hi Wade,

Forwarding the director's notes below so you have the context. We're shooting a pickup-truck commercial near Buffalo on April 20 and 21 and we'd love to use your animals.

⟦What's your day rate for one bull, three saddle horses and a handler?⟧ ⟦Is there a bull calm enough to stand in the shot while an actor walks past him?⟧ ⟦We'll also need an American Humane safety rep on set, so please let us know if you can arrange that.⟧

Best,
Priya Shah
Line Producer | Tall Grass Films, Los Angeles

---------- Forwarded message ---------
From: Marco Levitt <marco@tallgrassfilms.example.com>
Date: Sun, Dec 6, 2026 at 9:40 PM
Subject: Ranch scene
To: Priya Shah <priya@tallgrassfilms.example.com>

Priya, can we get a real bull, not CGI? And does the ranch have a weathered barn we could shoot against?""",
        [Y, Y, N], ["how much", "yes/no", "request"],
        """\
Hi Priya,

Thanks for thinking of us, it'd be fun to have a film crew out here.

For one bull, three saddle horses and a handler, our day rate is $3,200, plus hauling at $3 a loaded mile if you're shooting away from the ranch.

We have an old bull named Dozer who's been around kids, cameras and fairground crowds for years. He'll stand there chewing while an actor walks right past him.

We've had American Humane reps out on a couple of shoots before, and they were easy to work with.‸ And tell Marco we've got a barn that hasn't seen paint since 1950.

Wade Hollister
Powder River Bucking Stock""",
    ),
]
