"""The hand-written cases of the eleventh held-out `questions` set (built by build_questions_holdout11.py).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one value per
marked span in order, and the draft holds one ‸ where the missing answer belongs (only when something
is unanswered). ``quoted_only=True`` marks a case whose newest message asks nothing while its quoted
history, forwarded mail or signature does. Written blind: see README.md.
"""

YN, WHEN, WHERE, HM, HOW, WHICH, WHY, REQ = (
    "yes/no", "when", "where", "how much", "how", "which", "why", "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": answered, "kinds": kinds, "draft": draft, "quoted_only": quoted_only}


CASES = [
    # --- Runway Rest Parking (airport parking operator) -------------------------------------
    case(
        """Hello,

I’ve booked your Park & Ride for Saturday 19 December to Sunday 3 January (ref RRP-448120). Our flight is at 6:40 am, so ⟦could you tell me what time the first shuttle bus leaves for the terminal?⟧ Also, ⟦is there somewhere at the car park to leave a child seat, or do we have to take it with us?⟧

Many thanks,
Helen Achterberg""",
        [True, True], [WHEN, WHICH],
        """Hi Helen,

Thanks for booking with Runway Rest. The first shuttle leaves the car park at 4:10 am and then runs every 15 minutes, so you’ll be at Departures in good time for a 6:40 flight. You’re welcome to leave the child seat with us: reception keeps them in a locked store and hands them back when you collect the car.

Have a lovely trip,
Marcus
Runway Rest Parking"""),

    case(
        """I parked with you 12–20 December and I've just seen an extra £36 on my card. Nobody said anything about an extra charge when I picked the car up at 1am. ⟦Why have I been charged this?⟧ I booked eight days and had the car for eight days. ⟦I want it refunded today.⟧ And ⟦if you won't do that, who do I take a complaint to?⟧

Dev Raghunathan
Sent from my iPhone""",
        [True, True, False], [WHY, REQ, WHICH],
        """Dear Mr Raghunathan,

I'm sorry the charge came as a surprise. Our tariff counts each 24 hours from the time you drive in, and as you arrived at 9:20 pm on the 12th and left at 1:05 am on the 21st, your stay ran into a ninth day, which is the £36. I'm afraid we can't refund it, as the tariff is set out on the booking page and in your confirmation email.‸

Kind regards,
Joanne Pike
Customer Relations, Runway Rest Parking"""),

    case(
        """Perfect, that’s all I needed. Thank you!

Priya

On Mon, 7 Dec 2026 at 10:14, Runway Rest Parking <bookings@runwayrest.example.co.uk> wrote:
> Hi Priya,
>
> Yes, the meet and greet desk is staffed 24 hours a day over Christmas, including Christmas Day.
>
> Marcus
>
> On Sun, 6 Dec 2026 at 21:50, Priya Lal <priya.lal@example.com> wrote:
>> Hello, is your meet and greet desk open on Christmas Day? We land at 11pm.""",
        [], [],
        """Hi Priya,

You’re very welcome. Safe travels, and have a lovely Christmas.

Marcus
Runway Rest Parking""",
        quoted_only=True),

    case(
        """hi ⟦can i change my booking from the 28th to the 29th⟧, flight got moved. ⟦is there a fee for that⟧ and ⟦can i add my wifes car too⟧ shes dropping her mum off the same day. ref RRP-450077 thanks

gaz""",
        [True, False, True], [REQ, HM, YN],
        """Hi Gareth,

No problem, I've moved your booking to Tuesday 29 December with the same drop-off time of 7 am. Bookings can be changed any time up to 24 hours before arrival from the Manage Booking page.‸ Your wife will need a booking of her own, as each one covers a single registration, but she can use the code SWAP10 for 10% off.

Best wishes,
Marcus
Runway Rest Parking"""),

    case(
        """Hi, see my booking below. ⟦Do you have EV chargers at the Long Stay car park?⟧ ⟦If so, how much are they per kWh?⟧

Thanks
Tom Ferreira

---------- Forwarded message ---------
From: Runway Rest Parking <bookings@runwayrest.example.co.uk>
Date: Wed, 2 Dec 2026 at 08:31
Subject: Your booking RRP-451903
To: <tom.ferreira@example.net>

Thank you for booking Long Stay, Thursday 7 January to Monday 11 January.
Please arrive at the barrier in the car you booked with. Need to change anything? Visit Manage Booking.""",
        [True, False], [YN, HM],
        """Hi Tom,

Yes, there are twelve chargers in Zone C of the Long Stay car park. They're run by ChargeBay, and you start and pay for a session through their app.‸

See you in January,
Marcus
Runway Rest Parking"""),

    # --- Loudfield Store (music-festival merch shop) ----------------------------------------
    case(
        """hiya!! 🎪 got the 2026 tour hoodie for my sister for xmas but its MASSIVE 😭 ⟦can i swap it for a small?⟧ and ⟦how long does a swap take⟧ bc xmas is in like 2 weeks lol

order LF-30918
thanks!! jade 💜""",
        [True, False], [YN, WHEN],
        """Hi Jade,

Of course, we’ll happily swap it for a small! 🎁 Print the returns slip from your order page, tick ‘exchange’, write the size you need and pop it in the post with the hoodie.‸

Loudfield Store Team"""),

    case(
        """Hi there,

My order #LF-31270 arrived today and the screen-printed poster was folded in half, which pretty much ruins it. ⟦Can you send a replacement in a tube this time?⟧ Also, ⟦what's the best way to get photos of the damage to you?⟧ I don't see an upload option anywhere on the site.

Thanks,
Courtney Almeida
Portland, OR""",
        [True, True], [REQ, HOW],
        """Hi Courtney,

I'm so sorry, a folded print is no use to anyone. A new poster went out to you this morning, rolled in a tube this time, and the tracking number is LF-US-88213. For the photos, just reply to this email with them attached; that's all we need.

Best,
Sam
Loudfield Store"""),

    case(
        """Hi folks,

Bit of a long one, sorry. My two lads (4 and 7) were at their first Loudfield this summer and haven't stopped talking about it, so I'm thinking the kids' tees for Christmas. ⟦Do the kids' sizes go down as small as 3–4 years?⟧ The little one is small for his age. We're in Galway, so ⟦how much is postage to Ireland?⟧ I had a bad experience with another shop charging me customs on top last year. And ⟦will it get here before the 23rd if I order this weekend?⟧

Cheers,
Declan Hurley""",
        [True, False, True], [YN, HM, YN],
        """Hi Declan,

Great to hear the lads had such a good time! The kids’ tees start at 3–4 years and go up to 12–13. We ship to Ireland with An Post, and as we send from our Dublin warehouse there are no customs charges to worry about.‸ Orders to Ireland placed by Sunday 13 December should arrive by Monday 21 December.

Cheers,
Sam
Loudfield Store"""),

    case(
        """Hi,

Just to say the tote bag turned up this morning, all good. Cheers for sorting it so quickly.

Ollie

From: Loudfield Store <help@loudfield.example.co.uk>
Sent: Tuesday, December 8, 2026 4:02 PM
To: Ollie Brandt <ollie.b@example.com>
Subject: RE: Missing tote bag

Hi Ollie,

We’ve sent a replacement tote bag by first-class post today. Please let us know if it hasn’t arrived by Friday.

Loudfield Store Team""",
        [], [],
        """Hi Ollie,

Brilliant, thanks for letting us know, and enjoy the bag!

Loudfield Store Team""",
        quoted_only=True),

    case(
        """Hello,

I am writing from Germany. I want to order the festival vinyl and two t-shirts, but I have some questions first:

1. ⟦Do you send to Germany⟧ and ⟦how much cost the shipping?⟧
2. ⟦The customs fee, I must pay this or it is included?⟧
3. ⟦When the vinyl is coming back in stock?⟧ On the website it says sold out.

Thank you very much and greetings from Leipzig
Lukas Vogelsang""",
        [True, True, True, False], [YN, HM, WHICH, WHEN],
        """Hello Lukas,

Thanks for getting in touch! Yes, we deliver to Germany, and shipping for the vinyl and two t-shirts would be £9.50. Because we’re based in the UK, we collect the import VAT and duty at checkout, so there’s nothing more to pay when the parcel arrives. The vinyl has been very popular and we hope to have more soon.‸

Best wishes from Bristol,
Sam
Loudfield Store"""),

    # --- Sill & Slat Blinds (window-blinds fitter) -----------------------------------------
    case(
        """Good afternoon,

We’ve just moved into 9 Larch Close and need blinds throughout. ⟦Could someone come out to measure up for four Roman blinds next week?⟧ I’m at home on Tuesday and Thursday. ⟦Is the measuring visit free?⟧ And ⟦do you have blackout linings for the one in the nursery?⟧

Kind regards,
Sinéad Mallory""",
        [True, True, False], [REQ, YN, YN],
        """Dear Sinéad,

Welcome to Larch Close! I’ve booked Callum to come and measure on Thursday 10 December between 10 am and noon. The home visit and written quote cost nothing, and there’s no obligation. We have a lovely range of nursery fabrics, from soft pastels to bold prints, and Callum will bring samples with him.‸

Kind regards,
Bethan Price
Sill & Slat Blinds"""),

    case(
        """The vertical blind you fitted on Friday has come off the track twice already. I paid £640 for three blinds and this isn't good enough. ⟦I want someone back out this week to fix it properly.⟧ ⟦Is it even the right track for a bay window?⟧ And ⟦why did your fitter leave without checking it worked?⟧

R. Okonkwo""",
        [True, False, False], [REQ, YN, WHY],
        """Dear Mr Okonkwo,

I'm sorry the blind has let you down so soon after fitting. I've booked our senior fitter, Ray, to come back on Wednesday 16 December at 9 am to refit it, at no cost to you. All our fitters are fully trained and we stand behind every installation.‸

Yours sincerely,
Bethan Price
Sill & Slat Blinds"""),

    case(
        """Hi Bethan,

Thanks for measuring up yesterday. We’d like to go ahead with the 22 roller blinds for the second floor. ⟦What’s the lead time from order to fitting?⟧ ⟦Do you offer any discount for an order this size?⟧ Our accounts team will need the invoice addressed to them, so ⟦please send it to accounts@northgate-consult.example.co.uk rather than to me.⟧

Best regards,
Farah Siddiqui
Office Manager | Northgate Consulting
020 7946 0318

From: Bethan Price <bethan@sillandslat.example.co.uk>
Sent: Monday, December 7, 2026 9:12 AM
To: Farah Siddiqui <farah.siddiqui@northgate-consult.example.co.uk>
Subject: Measure visit – Northgate Consulting

Hi Farah,

Just confirming Callum will be with you tomorrow at 8:30. Could you let reception know he’s coming?

Bethan""",
        [True, True, True], [WHEN, YN, REQ],
        """Hi Farah,

That’s great news, thank you. The blinds are made to order, so fitting would be about three weeks from now; I’ve pencilled in Tuesday 5 January if that suits. For 15 blinds or more we take 10% off, and I’ve applied that to the revised quote attached. I’ll make sure the invoice goes to your accounts team and not to you.

Best regards,
Bethan"""),

    case(
        """hi ⟦do u install blinds u didnt sell?⟧ bought 3 at ikea and cant get them level for the life of me. ⟦whats ur service call fee⟧
cheers
kyle

Sent from my Galaxy""",
        [True, False], [YN, HM],
        """Hi Kyle,

Yes, we’re happy to fit blinds bought elsewhere, IKEA ones included. What it comes to depends on how many windows there are and what the walls are like, and we always agree a fixed price before we start.‸

Thanks,
Bethan
Sill & Slat Blinds"""),

    case(
        """Hi Bethan,

Just confirming we’re fine for Monday 4 January at 8am. The side gate will be unlocked, and I’ve moved the sofa away from the bay window.

Jo

--
Jo Whitlock
Whitlock Interiors
Thinking about a new kitchen? Book a free design visit at whitlock-interiors.example.co.uk
07700 900417""",
        [], [],
        """Hi Jo,

Thanks for confirming, and for moving the sofa. Callum will see you on Monday at 8.

Bethan
Sill & Slat Blinds""",
        quoted_only=True),

    # --- The Larder Cookery School ----------------------------------------------------------
    case(
        """Hello there,

My husband Pete has been watching cookery programmes non-stop since he retired in the summer, and I’ve decided a class at The Larder would be the perfect Christmas present (better than another jumper, anyway!). The thing is, he’s been vegetarian since the nineties, and I noticed the Italian Kitchen day includes a veal dish. ⟦Would that class still work for a vegetarian?⟧ ⟦I was also wondering whether a voucher can be used for any class⟧, in case he’d rather pick something himself, and ⟦how long it stays valid for⟧, as he’s got a knee operation in February. Lastly, he does love opening a proper envelope, so ⟦could you post a printed voucher rather than emailing it?⟧

Thank you so much,
Margaret Lindqvist""",
        [True, True, True, False], [YN, YN, WHEN, REQ],
        """Dear Margaret,

What a lovely present! Pete would be very welcome on Italian Kitchen: we always have a vegetarian swap, and on that day it’s an aubergine and porcini dish in place of the veal. Our vouchers are for an amount rather than a class, so he can spend it on anything on the timetable, and it’s valid for 12 months from purchase. Our e-vouchers are designed to be printed at home and look lovely tucked into a card.‸

Warm wishes,
Ellen Marsh
The Larder Cookery School"""),

    case(
        """Hi,

My wife and I will be in London February 15–20 and would love to take a class together. ⟦Do you have any pastry classes that week?⟧ ⟦How much would it be for two people?⟧ We'll have a rental car, so ⟦is there parking nearby?⟧

Thanks so much,
Brad Kowalczyk
Minneapolis, MN""",
        [True, True, False], [YN, HM, YN],
        """Hi Brad,

Thank you for thinking of us! Our Viennoiserie class runs on Wednesday 17 February, 10 am to 3 pm, and there are still a few places left. It’s £145 per person, which includes lunch and everything you bake. We’re a five-minute walk from Angel Underground station.‸

Best wishes,
Ellen Marsh
The Larder Cookery School"""),

    case(
        """Hi! 👋

My daughter Leila (14) is signed up for the teen baking day on Saturday, January 9. She has a severe nut allergy and carries an EpiPen. ⟦Is your kitchen nut-free?⟧ ⟦If not, could she bring her own ingredients?⟧ 🙏

Thanks,
Amira Haddad""",
        [True, False], [YN, YN],
        """Hi Amira,

Thank you for letting us know about Leila’s allergy. We can’t promise a nut-free kitchen, as nuts are used in some of our other classes, but none of the recipes on the teen baking day contain nuts, and the benches and equipment are deep-cleaned the evening before.‸ I’ve added a note to her booking so the tutor is aware on the day.

Best wishes,
Ellen Marsh
The Larder Cookery School"""),

    case(
        """Dear Ellen,

Unfortunately we need to move our team cookery evening (booking LCS-2204, 12 people) from Thursday 21 January to a date in February, as our year-end has been brought forward. ⟦Which Thursdays in February do you have available?⟧ ⟦Will we lose the £300 deposit?⟧

Kind regards,

Gregor Blackwood
Head of People, Marlin & Toft LLP

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it.""",
        [True, True], [WHICH, YN],
        """Dear Gregor,

No problem at all. For a group of 12 we can offer Thursday 11 February or Thursday 25 February, both from 6:30 pm. Your deposit moves across to the new date in full.

Kind regards,
Ellen Marsh
The Larder Cookery School"""),

    case(
        """Hi Ellen,

As we discussed on the phone just now, here's the email I sent to the old address last week. Thanks so much for sorting it out.

Lily

---------- Forwarded message ---------
From: Lily Osei <lily.osei@example.org>
Date: Thu, 3 Dec 2026 at 19:02
Subject: Knife skills
To: <info@larder-old.example.com>

Hello, could you book me onto the knife skills evening on 14 January? I'm happy to pay by card over the phone.""",
        [], [],
        """Hi Lily,

Got it, thank you. You're all booked in for knife skills on Thursday 14 January at 6:30 pm, and the receipt for your card payment is attached.

Ellen""",
        quoted_only=True),

    # --- ClearView Laser Vision (laser eye surgery clinic, US) ------------------------------
    case(
        """Hi,

I'm 34 and have been wearing contacts since high school. I'm interested in LASIK, but my optometrist says I have fairly high astigmatism (-3.25 in my left eye). ⟦Am I likely to be a candidate?⟧ ⟦How much does the consultation cost?⟧ And ⟦do you offer financing?⟧

Thanks,
Marisol Vega
(303) 555-0147""",
        [True, True, True], [YN, HM, YN],
        """Hi Marisol,

Thanks for reaching out! Astigmatism of -3.25 is well within the range we treat with LASIK every week, so there's a good chance you're a candidate; your evaluation will confirm it. The evaluation itself is complimentary. We also partner with CareCredit for 12- and 24-month plans, and you can apply at clearviewlaser.example.com/financing.

Warmly,
Tanya Ruiz
Patient Coordinator, ClearView Laser Vision"""),

    case(
        """I had PRK on December 2 and I'm still seeing halos around every headlight at night. Dr. Patel told me it would be gone in a week. ⟦Is this normal?⟧ ⟦Why wasn't I told it could last this long?⟧ I drive for work. ⟦I want to see the doctor before Christmas, not in January.⟧

Kevin Brandt

Sent from my iPhone""",
        [True, False, True], [YN, WHY, REQ],
        """Dear Kevin,

Halos at night are a common part of healing after PRK, and for most patients they fade gradually over three to six months. I'm sorry this wasn't made clearer.‸ Dr. Patel's first available follow-up is Tuesday, January 5, 2027 at 9:15 am, and I've put you on the cancellation list in case something opens up sooner.

Sincerely,
Tanya Ruiz
Patient Coordinator, ClearView Laser Vision"""),

    case(
        """Hello,

Three quick questions:
- ⟦Does my VSP plan cover any of the cost?⟧
- ⟦What's the price per eye for SMILE?⟧
- ⟦Can I pay with my HSA card?⟧

Thank you,
Denise Whitford""",
        [False, True, True], [YN, HM, YN],
        """Hi Denise,

We work with most major vision plans, and our team will be happy to look at your benefits when you come in.‸ SMILE is $2,450 per eye before any plan discount. Yes, we accept both HSA and FSA cards.

Best,
Tanya Ruiz
Patient Coordinator, ClearView Laser Vision"""),

    case(
        """Dear Dr. Patel and team,

I just wanted to say thank you. Reading the alarm clock from bed this morning without reaching for my glasses was honestly surreal. Everyone at the front desk was so kind when I was nervous on the day, too.

All the best,
Gloria Nakamura""",
        [], [],
        """Dear Gloria,

Thank you so much for taking the time to write; it made our whole team's day! We'll pass your note on to Dr. Patel and the front desk.

Warmly,
Tanya Ruiz
Patient Coordinator, ClearView Laser Vision"""),

    case(
        """Hi Tanya,

I have my surgery booked for Friday, January 15, 2027 at 8 am. My ride just fell through, so ⟦I was wondering if you could move me to the following week, maybe Thursday the 21st?⟧ Also, ⟦how long do I need someone to stay with me afterward?⟧ I live alone. And ⟦where do I park on the day?⟧

Thanks,
Jordan Ellery""",
        [True, False, True], [REQ, WHEN, WHERE],
        """Hi Jordan,

No problem! I've moved your procedure to Thursday, January 21 at 8:30 am, and your new confirmation is on its way. Please remember you'll need someone to drive you home, as you won't be able to drive for at least 24 hours.‸ Free parking is in the garage under our building, on level P2.

Best,
Tanya"""),

    # --- Hartwell Roofing (roofing contractor) ---------------------------------------------
    case(
        """Tiles off the roof after last night's wind and water coming through the bedroom ceiling. ⟦Can someone come today?⟧ ⟦How much is an emergency callout?⟧

Mark Dunmore
14 Quarry Lane
07700 900583""",
        [True, False], [YN, HM],
        """Hi Mark,

Steve can be with you between 2 and 4 this afternoon to make it watertight. Until then, put a bucket under the drip and, if the ceiling is bulging, keep out of the room.‸

Hartwell Roofing"""),

    case(
        """Hi Neil,

Thanks for your estimate for the flat roof on the garage (£3,850, ref HR-2291). Our neighbor just had theirs done in EPDM rubber, and I see yours is for torch-on felt. ⟦Could you explain why you went with felt?⟧ ⟦Would EPDM cost more?⟧ And ⟦is there a warranty with either?⟧

Best,
Anjali Rao""",
        [True, True, False], [WHY, YN, YN],
        """Hi Anjali,

Good question. Your garage roof has two rooflights and a lead upstand against the house wall, and torch-on felt gives us a better seal around those than a single rubber sheet. If you’d prefer EPDM, it would come to £4,300. We’re fully insured and have been roofing in the area since 1994.‸

All the best,
Neil Hartwell
Hartwell Roofing"""),

    case(
        """Thanks Neil, Tuesday works. ⟦Do you need me to be in, or can you get round the back from the lane?⟧

Sue

On Fri, 4 Dec 2026 at 16:40, Neil Hartwell <neil@hartwellroofing.example.co.uk> wrote:
> Hi Sue,
> We can clear the gutters on Tuesday 8 December in the morning. Does that suit?
> Neil
>
> On Thu, 3 Dec 2026 at 11:02, Sue Carrow <sue.carrow@example.com> wrote:
>> Hello, how much would it be to clear the gutters front and back? They're overflowing again.""",
        [True], [WHICH],
        """Hi Sue,

No need to be in: the lads will come round via the lane and knock when they’re done.

Neil"""),

    case(
        """Hello,

Our insurer needs a written report on the cause of the leak, with photos. ⟦Please could you send one over?⟧ They've asked for it by Friday 18 December. ⟦Is there a charge for the report?⟧

Thanks,
Hugh Pemberton""",
        [False, True], [REQ, HM],
        """Dear Hugh,

Neil took plenty of photos on the day, and our office will be in touch about the paperwork.‸ There's no charge for the report.

Regards,
Karen
Hartwell Roofing Office"""),

    case(
        """Good morning,

I have a house in Leeds (27 Ashgrove Terrace) and I live now in Poland. The roof need check before I sell the house. ⟦You can do the inspection without me there?⟧ The neighbour has a key. ⟦How much for inspection and a report?⟧ And ⟦when is possible?⟧

Best regards,
Tomasz Wróbel""",
        [True, True, False], [YN, HM, WHEN],
        """Dear Tomasz,

Yes, we can inspect the roof without you there; we’ll collect the key from your neighbour and return it afterwards. Our roof survey with a written report and photos is £195 plus VAT. We’ll get it in the diary as soon as we can.‸

Kind regards,
Karen
Hartwell Roofing Office"""),

    # --- Fernleaf Plants (online plant nursery) --------------------------------------------
    case(
        """My fiddle leaf fig arrived today with half its leaves brown and crispy 😡 £48 for this?! ⟦Are you going to replace it or refund me?⟧ And ⟦how on earth are you packing plants in this cold?⟧ Order FL-76544.

Chloe Basset""",
        [True, False], [WHICH, HOW],
        """Hi Chloe,

I'm so sorry your fig arrived in that state. I've refunded the full £48 to your card today, and you should see it within three to five working days.‸

With apologies,
Rosa
Fernleaf Plants"""),

    case(
        """Hi,

I’d like to plant a beech hedge along a 12-metre fence. ⟦How many plants would I need for a double row?⟧ ⟦When do you start sending out bare-root beech?⟧ ⟦Can you deliver to a different address from the billing one?⟧ It’s for my mum’s garden.

Thanks,
Ewan Craig""",
        [True, True, True], [HM, WHEN, YN],
        """Hi Ewan,

For a double staggered row we suggest five plants per metre, so 60 for a 12 m fence. Bare-root season is under way and beech is being dispatched now. Yes, just add your mum’s address as the delivery address at checkout.

Happy planting,
Rosa
Fernleaf Plants"""),

    case(
        """hi 🙂 my order FL-77120 says delivered yesterday but theres nothing here. ⟦where did the courier leave it⟧ and ⟦can u send me the delivery photo⟧

maz""",
        [False, False], [WHERE, REQ],
        """Hi Maz,

Sorry to hear your parcel hasn't turned up. I've asked DPD to look into it, and they usually come back to us within 48 hours.‸

Rosa
Fernleaf Plants"""),

    case(
        """Hi Rosa,

Thanks again for the advice last month; the monstera has put out two new leaves since! It’s now really top-heavy and the roots are coming out of the bottom of the pot. ⟦Should I repot it now or wait until spring?⟧ ⟦What compost would you recommend?⟧

Many thanks,
Alan Tebbit

From: Fernleaf Plants <hello@fernleaf.example.co.uk>
Sent: Wednesday, November 11, 2026 10:20 AM
To: Alan Tebbit <a.tebbit@example.com>
Subject: RE: Monstera yellow leaves

Hi Alan,

Yellowing lower leaves usually mean too much water. Could you let it dry out between waterings and see how it gets on?

Rosa""",
        [True, True], [WHICH, WHICH],
        """Hi Alan,

That’s great news! I’d hold off until spring: March or April is ideal, when it’s growing strongly again. In the meantime a heavier outer pot or a moss pole will stop it tipping. When you do repot, our Aroid Mix (£8.99 for 10 litres) is what we use on all our monsteras.

Rosa
Fernleaf Plants"""),

    case(
        """Brilliant, thank you!

Nell

> On 9 Dec 2026, at 14:05, Fernleaf Plants <hello@fernleaf.example.co.uk> wrote:
>
> Hi Nell,
>
> Yes, we can hold the olive tree for you until you’re back on 4 January.
>
> Rosa
>
>> On 8 Dec 2026, at 20:11, Nell Ashdown <nell.a@example.com> wrote:
>>
>> Could you hold the olive tree until January? We’re away over Christmas.""",
        [], [],
        """Hi Nell,

You’re welcome! Have a lovely Christmas.

Rosa""",
        quoted_only=True),

    # --- Little Owls Sitters (babysitting agency) ------------------------------------------
    case(
        """Hi,

We need a sitter for New Year's Eve from 7pm until about 1am for our two kids (3 and 6). ⟦Do you have anyone available?⟧ ⟦What's the rate after midnight?⟧ ⟦Will the sitter need a cab home⟧, and ⟦who pays for that?⟧

Thanks,
Rachel Oyelaran""",
        [True, True, True, False], [YN, HM, YN, WHICH],
        """Hi Rachel,

Yes, Hannah is free that night; she’s been with us four years and is paediatric first-aid trained. On New Year’s Eve we charge £18 an hour for the whole evening, before and after midnight. Any sitter finishing after midnight gets a taxi home, booked by us so you don’t have to arrange anything.‸

Best wishes,
Priti
Little Owls Sitters"""),

    case(
        """Hello,

Our sitter on Saturday left at 10:30 when we'd booked her until 11:30, and our neighbour had to come round to be with the kids. ⟦Why did she leave early?⟧ ⟦We'd expect not to be charged for that hour.⟧ ⟦Can we also make sure we don't get her again?⟧

Regards,
Tom and Aisha Grieve""",
        [False, True, True], [WHY, REQ, REQ],
        """Dear Tom and Aisha,

I'm really sorry, that shouldn't have happened. We've taken the last hour off your invoice, and I've put a note on your account so she won't be booked for you again.‸

Kind regards,
Priti
Little Owls Sitters"""),

    case(
        """Hi there!

We're visiting London from Austin over the holidays and staying at the Kingsway Hotel from December 26. ⟦Do your sitters come to hotels?⟧ Our girls are 2 and 5. ⟦Do they bring toys or activities with them?⟧ ⟦What's the minimum booking?⟧

Thanks a bunch,
Kelsey Monroe""",
        [True, False, True], [YN, YN, HM],
        """Hi Kelsey,

Welcome to London! Yes, lots of our bookings are in hotels, and the Kingsway knows us well. Our minimum booking is four hours.‸

Best wishes,
Priti
Little Owls Sitters"""),

    case(
        """Hi 😊 A few quick q’s before I register:
• ⟦Are all your sitters first-aid trained?⟧
• ⟦Can I meet the sitter before the first booking?⟧
• ⟦How far in advance do I need to book?⟧
Thanks! Nadia""",
        [True, False, True], [YN, YN, WHEN],
        """Hi Nadia,

Great questions! 😊 Every one of our sitters holds a paediatric first-aid certificate, renewed every three years. For weekday evenings a couple of days’ notice is usually plenty, though Fridays and Saturdays get snapped up about a week ahead.‸

Speak soon,
Priti
Little Owls Sitters"""),

    case(
        """Hi Priti,

Just a quick note to say Hannah was wonderful last night. The kids were asleep by eight, which never happens, and the kitchen was tidier than we left it!

Thanks again,
Rachel

Sent from my iPhone""",
        [], [],
        """Hi Rachel,

Thank you, that’s lovely to hear! I’ll pass it on to Hannah.

Priti"""),

    # --- Wyre Point Sailing Club -----------------------------------------------------------
    case(
        """Hello,

My partner and I would like to join for the 2027 season. We both sailed at university but haven’t been out for years. ⟦Is there a joint membership?⟧ ⟦Do we need our own boat, or can we use club dinghies?⟧ ⟦When does the season start?⟧

Best wishes,
Imogen Castellan""",
        [True, True, True], [YN, WHICH, WHEN],
        """Dear Imogen,

It would be lovely to have you both. Our Family membership covers two adults at the same address and is £420 for 2027. Members can book the club Wayfarers and Lasers for £10 a session. The season opens with the Fitting-Out Supper on Saturday 3 April 2027, and the first club race is the following day.

Fair winds,
Martin Eyre
Membership Secretary, Wyre Point Sailing Club"""),

    case(
        """hi 🙋 ⟦is the RYA level 1 course ok for a 10 year old?⟧ and ⟦whats the date of the first one in spring.⟧ thx
dan""",
        [True, False], [YN, WHEN],
        """Hi Dan,

Level 1 is our adult course (16 and over), so for a ten-year-old we'd suggest Youth Stage 1, which is designed for ages 8 to 12. We'll publish the 2027 course dates in the new year.‸

Martin
Wyre Point Sailing Club"""),

    case(
        """Dear Membership Secretary,

⟦Could you let me know whether there is a swinging mooring available for a 24ft Westerly from April?⟧ ⟦If so, what is the annual fee?⟧ ⟦I would also like to know whether winter storage ashore is included.⟧

Yours faithfully,
Clive Banerjee""",
        [True, True, False], [YN, HM, YN],
        """Dear Mr Banerjee,

We do have one swinging mooring free in the east trot from April, which would suit a 24ft Westerly well. The fee for 2027 is £640 for the year.‸

Yours sincerely,
Martin Eyre
Membership Secretary, Wyre Point Sailing Club"""),

    case(
        """⟦Why were we disqualified from Sunday's race?⟧ Nobody protested us and we finished third. ⟦I want to see the race officer's notes.⟧ And ⟦who do I appeal to if I think it's wrong?⟧

Fergus Llewellyn, Wayfarer 10244""",
        [True, True, False], [WHY, REQ, WHICH],
        """Dear Fergus,

You were scored OCS, which counts as a disqualification, because you were over the line at the start and didn't return after the individual recall flag went up; the race officer can score that without a protest. I've attached a scan of her notes from Sunday.‸

Regards,
Martin Eyre
Wyre Point Sailing Club"""),

    case(
        """Hi Martin,

All sorted with the insurer now, they had what they needed from the certificate you sent. Their note is below for your records.

Thanks,
Rhian

---------- Forwarded message ---------
From: Harbourline Marine Insurance <claims@harbourline.example.co.uk>
Date: Mon, 14 Dec 2026 at 09:47
Subject: Policy HMI-55812
To: <rhian.doyle@example.com>

Dear Ms Doyle,

Thank you for the mooring certificate. Please let us know if your mooring location changes during the policy year.""",
        [], [],
        """Hi Rhian,

Great, glad that’s done. See you at the Fitting-Out Supper!

Martin""",
        quoted_only=True),

    # --- Drivewell (car-subscription service, US) ------------------------------------------
    case(
        """Hey,

I'm on the Standard plan (1,000 miles a month) and I'm driving to my parents' in Columbus for Christmas, so I'll probably go over. ⟦How much is each extra mile?⟧ ⟦Can I upgrade to the 1,500-mile plan just for December?⟧

Thanks,
Ryan Delgado""",
        [True, True], [HM, YN],
        """Hi Ryan,

Thanks for the heads-up! Extra miles are billed at $0.25 each at the end of your billing cycle. Plan changes take effect from your next billing date, which for you is January 1.

Drive safe,
Alyssa
Drivewell Member Support"""),

    case(
        """The Model 3 you delivered on Monday has a cracked windshield. I noticed it the same day, called your support line, and nobody has called me back. ⟦When are you swapping it out?⟧ ⟦Am I going to be charged for the damage?⟧ This is ridiculous for $799 a month.

Brian Kessler
Member #DW-204418""",
        [False, True], [WHEN, YN],
        """Hi Brian,

I'm sorry nobody got back to you; that's not the service we want you to have. I've confirmed on your account that the crack was reported on delivery day, so you won't be charged for it. Our fleet team will reach out to schedule the swap.‸

Best,
Alyssa
Drivewell Member Support"""),

    case(
        """Hi Drivewell,

I'll be working in Singapore from January to March and won't need the car.
1) ⟦Can I pause my subscription while I'm away?⟧
2) ⟦If yes, do I pay anything during the pause?⟧
3) ⟦Where do I drop the car off?⟧

Thanks,
Mei Lin Chou
(415) 555-0162""",
        [True, True, True], [YN, YN, WHERE],
        """Hi Mei Lin,

You can! Members can pause for up to 90 days at a time. While paused, there's a $49 monthly hold fee, which keeps your car and rate reserved for you. You can drop it at any of our hubs; the closest to you is 1400 Harbor Blvd, open 8 am to 6 pm daily.

Safe travels,
Alyssa
Drivewell Member Support"""),

    case(
        """Hello,

⟦Does the subscription include insurance for a second driver?⟧ My husband is 23, so ⟦is there an age surcharge?⟧ We're deciding between you and another service this week.

Thank you,
Latoya Simmons""",
        [True, False], [YN, YN],
        """Hi Latoya,

Great question! Every Drivewell subscription includes insurance for up to two drivers at no extra cost, so your husband can be added from day one.‸ We'd love to have you both on board.

Best,
Alyssa
Drivewell Member Support"""),

    case(
        """Got it, thanks!

On Wed, Dec 9, 2026 at 3:12 PM Drivewell Support <support@drivewell.example.com> wrote:
> Hi Caleb,
>
> Your delivery is confirmed for Friday, December 11, 2026 between 10 am and noon. Please have your driver's license ready for the handover.
>
> Alyssa""",
        [], [],
        """Hi Caleb,

You're welcome, enjoy the new ride!

Alyssa""",
        quoted_only=True),

    # --- Bounce Republic (trampoline park) -------------------------------------------------
    case(
        """Hi 🎉 I'd like to book a party for my son's 8th birthday on Sunday 17 January. ⟦Do you have a 2pm slot?⟧ ⟦How many kids can we bring on the basic package?⟧ ⟦Is food included?⟧

Thanks,
Gemma Shaw""",
        [True, True, False], [YN, HM, YN],
        """Hi Gemma,

Happy almost-birthday to your son! 2pm on Sunday 17 January is free and I've pencilled it in for you. The Basic Bounce package covers up to 12 jumpers. After jumping, the party room is yours for 45 minutes.‸

Bounce Republic Parties Team"""),

    case(
        """Dear Bounce Republic,

On Saturday afternoon my daughter Maya (11) sprained her ankle on the dodgeball court. Another kid landed on her, and when I went to find help there was no staff member anywhere near that court; I had to go to the front desk, and it was ten minutes before anyone came over with an ice pack. She's now on crutches for two weeks and will miss her soccer tournament. ⟦I want to know why nobody was supervising the court.⟧ ⟦I'd also like a copy of the incident report.⟧ ⟦Will you be refunding the session?⟧

Yours,
Natalie Brooks""",
        [False, True, False], [WHY, REQ, YN],
        """Dear Ms Brooks,

I’m so sorry to hear about Maya’s ankle, and I hope she’s back on her feet soon. The safety of our jumpers is our top priority, and all our courts are monitored by trained Court Marshals. I’ve attached the accident report from Saturday.‸

Yours sincerely,
Daniel Frost
Duty Manager, Bounce Republic"""),

    case(
        """⟦Do we have to buy new grip socks every visit or can we reuse them?⟧ ⟦Do kids under 5 need them too?⟧""",
        [True, False], [WHICH, YN],
        """Hi there,

Bring them back next time and keep using them! 🧦 Toddlers under five jump in our Little Bouncers sessions on weekday mornings.‸

Bounce Republic"""),

    case(
        """booked it online in the end, ignore my last email!

> On 10 Dec 2026, at 18:22, Priyanka Dev <priyanka.dev@example.com> wrote:
>
> Hi, can I book the 10am toddler session on Thursday by phone? The website keeps timing out.""",
        [], [],
        """Hi Priyanka,

No problem at all, glad it worked. See you on Thursday!

Bounce Republic""",
        quoted_only=True),

    case(
        """Dear Bounce Republic,

We are a primary school planning a trip for 45 Year 5 pupils on Friday 5 February. ⟦Could you confirm your group rate for schools?⟧ We also need a risk assessment for our trip paperwork. ⟦Please could you send this by the end of January?⟧ ⟦Where can the coach drop the children off?⟧

Kind regards,
Mrs J. Adeyemi
Year 5 Lead, St Bride’s Primary School

From: Bounce Republic <groups@bouncerepublic.example.co.uk>
Sent: Friday, December 4, 2026 11:30 AM
To: J Adeyemi <j.adeyemi@stbrides.example.sch.uk>
Subject: RE: School trip enquiry

Dear Mrs Adeyemi,

Thank you for your enquiry. Could you tell us how many pupils and staff you expect?

Groups Team""",
        [True, False, True], [HM, REQ, WHERE],
        """Dear Mrs Adeyemi,

Our school rate is £9 per pupil, and accompanying staff jump free. All our risk assessments are reviewed every year by an independent safety inspector, so you can be confident in them.‸ Coaches can pull into the service road behind the building, which brings the children straight to our group entrance.

Kind regards,
Groups Team
Bounce Republic"""),

    # --- Nightshield Pest Control ----------------------------------------------------------
    case(
        """Hello,

We’ve got mice in the kitchen; I heard them behind the kickboards the other night and there are droppings in the cupboard under the sink. We have a very nosy cat, so ⟦is the poison you use safe around her?⟧ ⟦How many visits will it take?⟧ We’ve got family coming for Christmas, so ⟦can you come before then?⟧

Thanks,
Heather Quayle""",
        [True, False, True], [YN, HM, YN],
        """Hi Heather,

We put all bait in locked, tamper-resistant boxes that a cat can’t get into, so she’ll be fine. Every infestation is different, and our technician will talk you through the treatment plan on the first visit.‸ Our earliest slot is Wednesday 23 December at 8am.

Kind regards,
Lewis
Nightshield Pest Control"""),

    case(
        """Hi, restaurant owner here (Bella Sera, 31 Mill Street). We found rat droppings in the dry store and the EHO is inspecting on Monday. ⟦Can you do an emergency treatment this weekend?⟧ ⟦We'll also need a service report to show the inspector.⟧ ⟦What's the cost?⟧

Marco Bellini
020 7946 0552

--
Bella Sera | 31 Mill Street
Hungry? Book a table at bellasera.example.co.uk""",
        [True, True, False], [YN, REQ, HM],
        """Hi Marco,

Darren can be with you on Saturday at 7am, before you open, and he'll leave you a full written service report to show the inspector.‸

Lewis
Nightshield Pest Control"""),

    case(
        """Hello,

I think I have bed bugs, I have bites every morning on my arms. ⟦How I can be sure?⟧ ⟦What I must do before you come⟧, ⟦I must wash all clothes?⟧ ⟦Is it expensive?⟧

Thank you
Oksana""",
        [True, True, True, True], [HOW, HOW, YN, HM],
        """Dear Oksana,

Look along the seams of your mattress and the edges of the bed frame for tiny dark spots or small brown shells; that’s the usual sign. Before we come, wash all bedding and clothes at 60°C, dry them on hot and keep them in sealed bags. A full heat treatment for a one-bedroom flat is £380.

Kind regards,
Lewis
Nightshield Pest Control"""),

    case(
        """You came three weeks ago for the squirrels in our loft and they're back, I can hear them every morning. ⟦Why didn't the treatment work?⟧ ⟦Are you coming back to sort it for free?⟧ I'm not paying another £200.

Ian Thorsby""",
        [False, False], [WHY, YN],
        """Dear Ian,

I'm sorry to hear the squirrels are back. They can be very persistent at this time of year, when they're looking for somewhere warm. Proofing the gaps at the eaves is the best long-term fix, and we'd be happy to quote for it.‸

Kind regards,
Lewis
Nightshield Pest Control"""),

    case(
        """Hi Lewis,

Please find attached the tenant’s complaint about mice at 14 Alder Road. ⟦Could you attend this week?⟧ Keys can be collected from our office. ⟦Please also invoice us directly and not the tenant.⟧

Thanks,
Sophie Marchetti
Lettings Manager, Kellerman Lettings
020 7946 0874

This message may contain confidential information. If you are not the intended recipient, please notify us and delete it.""",
        [True, True], [REQ, REQ],
        """Hi Sophie,

I’ve booked Darren for Thursday 17 December at 10am, and he’ll pick the keys up from your office at 9:30. The invoice will come to Kellerman Lettings, not the tenant.

Thanks,
Lewis
Nightshield Pest Control"""),

    # --- Ashby & Lowe (estate agent, sales) ------------------------------------------------
    case(
        """Hi,

⟦Is 22 Fenwick Road still available?⟧ ⟦Is the vendor open to offers?⟧ I’m a cash buyer. ⟦Could I view it on Saturday morning?⟧

Thanks,
Owen Pritchard""",
        [True, True, True], [YN, YN, REQ],
        """Hi Owen,

It is, and there’s been a lot of interest. The vendor has said they’ll consider all offers, especially from buyers who can move quickly. I can show you round at 11am on Saturday 12 December; just let me know that suits.

Best regards,
Hannah Greer
Sales Negotiator, Ashby & Lowe"""),

    case(
        """Nine weeks on the market and three viewings. ⟦Why have there been so few viewings?⟧ ⟦Are you going to reduce your fee given how this is going?⟧ And ⟦I want the photos redone⟧, the kitchen one is dreadful.

Graham Fitch""",
        [True, False, True], [WHY, YN, REQ],
        """Dear Graham,

I understand your frustration. Buyer numbers always drop from mid-November until after Christmas, and the homes that did get viewings this autumn were mostly priced under £300,000. I've booked our photographer for Tuesday 5 January, and she'll reshoot the kitchen and the garden.‸

Kind regards,
Hannah Greer
Ashby & Lowe"""),

    case(
        """Hi Hannah,

Hope you’re well. ⟦Has the buyers’ mortgage offer come through yet?⟧ And ⟦do you have a rough idea when we might exchange?⟧ We’d love to be in before Easter.

Thanks,
Nicola

On Tue, 15 Dec 2026 at 17:03, Hannah Greer <hannah.greer@ashbylowe.example.co.uk> wrote:
> Hi Nicola,
> Quick update: the buyers’ survey is done and was fine. Is there anything you need from me before the holidays?
> Hannah""",
        [True, False], [YN, WHEN],
        """Hi Nicola,

Their broker tells me the valuation was done on Monday and the lender is processing the application now.‸ I’ll chase again on Friday and let you know.

Best,
Hannah"""),

    case(
        """Hi Hannah,

My solicitor has sent the email below. ⟦Can you chase the buyers' side for their searches?⟧ Also, ⟦what does “raising enquiries” actually mean?⟧ I don't want to look daft asking her.

Thanks,
Derek Ambrose

---------- Forwarded message ---------
From: Caroline Wright <c.wright@wrightlaw.example.co.uk>
Date: Fri, 8 Jan 2027 at 12:15
Subject: 5 Tanner's Yard
To: Derek Ambrose <derek.ambrose@example.com>

Dear Derek,

The buyers' solicitors are still waiting for their searches, after which they will be raising enquiries. Please can you confirm whether the garden shed is included in the sale?""",
        [True, False], [REQ, WHICH],
        """Hi Derek,

I chased the buyers' solicitors this morning and they expect the searches back by Friday 15 January.‸

Best,
Hannah"""),

    case(
        """Hi there,

We're relocating from Boston to Surrey in March and are looking at the 3-bed on Heathfield Drive. ⟦Can you do video viewings?⟧ ⟦What's the council tax on it, roughly?⟧ We're not familiar with how that works in the UK.

Thanks,
Amy & Josh Feldman""",
        [True, False], [YN, HM],
        """Hi Amy and Josh,

Absolutely, we do live video viewings over FaceTime or WhatsApp, and I can walk you round Heathfield Drive whenever suits you. Council tax is set by the local council and depends on the property’s band, and it’s usually paid monthly over ten months.‸

Best regards,
Hannah Greer
Ashby & Lowe"""),

    # --- Spin & Sparkle Weddings (wedding DJ) ----------------------------------------------
    case(
        """Hi,

We’re getting married on Saturday 18 September 2027 at Holloway Barn. ⟦Are you free that day?⟧ ⟦How much would you charge for the evening only, 7pm to midnight?⟧ ⟦Do you do first-dance edits?⟧ Ours is a seven-minute song and we’d like it cut to three.

Thanks,
Ellie & Sam""",
        [True, True, False], [YN, HM, YN],
        """Hi Ellie and Sam,

Congratulations! I’m free on the 18th and would love to play Holloway Barn again; it’s one of my favourite venues. Evening-only is £750 for 7pm to midnight, including lighting and set-up. Lots of couples find a full first-dance song flies by on the day!‸

Best,
Jamie
Spin & Sparkle Weddings"""),

    case(
        """Jamie,

You played “Come On Eileen”, which was the FIRST song on our do-not-play list. My dad had to take my husband outside because he was so upset. ⟦Why did you ignore the list?⟧ We paid £950. ⟦I’d like a partial refund.⟧

Stacey Hollis""",
        [False, False], [WHY, REQ],
        """Dear Stacey,

I’m so sorry your evening was spoiled by that song. I know how much thought went into your list, and I hate to think it let you down on such an important day.‸

With sincere apologies,
Jamie
Spin & Sparkle Weddings"""),

    case(
        """omg so excited!! 💍 ⟦can we send u a playlist?⟧ ⟦how many songs can we pick?⟧ and ⟦can my brother do his speech on ur mic⟧ so we dont need the venue one

tash x""",
        [True, True, False], [YN, HM, YN],
        """Hi Tash,

Yes please, send it over whenever you’re ready! 🎶 There’s no limit, though I find 20 to 30 must-plays leaves me room to read the crowd.‸

Jamie x
Spin & Sparkle Weddings"""),

    case(
        """Hi Jamie,

Ahead of the Carew–Lindsay wedding on Saturday 20 February, ⟦could you confirm your equipment’s most recent PAT test date?⟧ Also, ⟦what time will you need access to set up?⟧ The ceremony room is turned around from 5pm.

Many thanks,
Olivia Hart
Events Coordinator, Holloway Barn
020 7946 0123""",
        [True, True], [WHEN, WHEN],
        """Hi Olivia,

All my kit was PAT tested on 2 November 2026; the certificate is attached. I’ll need access from 5:30pm, once the room’s been turned around.

Thanks,
Jamie"""),

    case(
        """Hi Jamie!

We're an American couple getting married in the Cotswolds on June 12, 2027, and a friend who saw you at a wedding last summer recommended you. ⟦Will you MC as well, like announcing the entrances and the toasts?⟧ And ⟦do you take payment in USD, or only GBP?⟧

Thanks so much,
Megan & Tyler Hughes""",
        [True, True], [YN, WHICH],
        """Hi Megan and Tyler,

Congratulations, and thank you for getting in touch! MCing is included in all my packages, so I'll happily handle the entrances, toasts and cake cutting. I invoice in pounds only, but lots of my US couples pay by Wise, which makes the transfer easy.

Best,
Jamie
Spin & Sparkle Weddings"""),
]
