"""The cases of Tactful's fifth held-out `questions` set, written blind (see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the newest message
are wrapped in ⟦ ⟧ inside the thread; ``answered`` (Y/N) and ``kinds`` give one value per span, in order;
the draft holds one ‸ where the missing answer belongs (only when something is unanswered).
``quoted_only=True`` marks a case whose newest message asks nothing while its quoted history,
forwarded mail, signature or disclaimer does. Long lines are wrapped with a backslash inside the
string, which Python removes. Built by build_questions_holdout5.py.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # 1 garden centre: Christmas tree delivery; the Saturday is met with "deliveries get busy"
    case("""Hello,

I’m after a real Christmas tree this year – a Nordmann, about 7ft. ⟦Do you deliver to Thornby?⟧ It’s about \
six miles from you. ⟦How much would a 7ft Nordmann be?⟧ ⟦Could it come on Saturday 12 December?⟧

Many thanks,
Gillian Marsh""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """Hi Gillian,

Thanks for getting in touch. Thornby is well within our delivery area, and a 7ft Nordmann is £68, including \
fitting it in a stand.‸ Deliveries get very busy in the run-up to Christmas, so do book early.

Kind regards,
Tom
Hollybrook Garden Centre"""),

    # 2 IT support: terse, Outlook history that asks its own question
    case("""Printer on 2nd floor is offline again. ⟦Can someone remote in this afternoon?⟧ And ⟦why does this keep \
happening?⟧

Priya

From: Patchbay IT Support <support@patchbayit.example.co.uk>
Sent: Thursday, December 3, 2026 10:12
To: Priya Raman <priya@hendersonlyle.example.co.uk>
Subject: RE: Printer offline

Hi Priya, we've reinstalled the driver. Could you let us know if it happens again?""",
         [Y, N], ["request", "why"],
         """Hi Priya,

Sorry it’s playing up again. Dan’s connecting to your PC at 2:30 today to take a look.‸

Best,
Mo
Patchbay IT"""),

    # 3 airline baggage desk: angry, emoji before the questions
    case("""My bag never arrived on SK418 from Malaga on Sunday. File ref MAL-SK-20417. It's now Wednesday 9 December \
and I have had NOTHING. 😡 ⟦Where is my bag?⟧ ⟦When will it be delivered?⟧ I have been wearing the same clothes \
for 3 days. ⟦Can I claim for the things I had to buy?⟧ ⟦What receipts do you need?⟧

Stephen Pryce""",
         [Y, Y, Y, N], ["where", "when", "yes/no", "which"],
         """Dear Mr Pryce,

I’m very sorry your bag hasn’t reached you yet. It was traced to Malaga this morning and is booked onto \
tomorrow’s SK419, landing at 3:40 pm, and our courier will bring it to your home address tomorrow evening.

Yes, you can claim for essential items you’ve bought while waiting.‸

Kind regards,
Aisha Bello
Skylark Air Baggage Services"""),

    # 4 swim school: rambling parent; the little brother is not answered; emoji before the insertion point
    case("""Hi there,

My daughter Isla (she’s 5) has been doing Stage 1 with you on Saturdays at the Fernhill pool since September \
and she absolutely loves it – she talks about Coach Jess all week. She’s just got her 10m badge, and she’s \
asking to move up. ⟦I wondered whether she’s ready for Stage 2 now⟧, and ⟦if so which day the Stage 2 class \
runs?⟧ Her little brother Max is 3 and desperate to join in too. ⟦Is 3 too young for your lessons?⟧

Thanks so much,
Rachel""",
         [Y, Y, N], ["yes/no", "when", "yes/no"],
         """Hi Rachel,

How lovely to hear Isla’s enjoying it so much! 🏊 Jess says she’s more than ready for Stage 2, which runs on \
Saturdays at 9:30, straight after her current slot.‸

Best wishes,
Hannah
Little Otters Swim School"""),

    # 5 wine merchant: an order stated as a wish; "before noon" met with the delivery day only
    case("""Hi Marcus,

Thanks for the recommendations last week, the Rioja went down very well. ⟦For our office party on the 18th I'd \
like to order 3 cases of the Picpoul and 2 of the Rioja.⟧ ⟦Is there a discount for 5 cases?⟧ ⟦Could you deliver \
to our office in Clerkenwell before noon?⟧

Cheers,
Owen

On Tue, 1 Dec 2026 at 16:40, Marcus Hale <marcus@corkscrewvine.example.co.uk> wrote:
> Hi Owen, for a crowd I'd go with the Picpoul de Pinet and the Rioja Crianza. Would you like me to put some
> aside?""",
         [Y, Y, N], ["request", "yes/no", "request"],
         """Hi Owen,

Glad the Rioja was a hit! That's all reserved for you: 3 cases of Picpoul and 2 of Rioja Crianza. Five cases or \
more get 10% off, so the total comes to £432. We can deliver to Clerkenwell on the 18th.‸

Cheers,
Marcus"""),

    # 6 home-insurance claims: non-native English
    case("""Dear Sir or Madam,

I write about my claim HH-55120 for the water leak in my kitchen. The loss adjuster come on Monday and take many \
photos. Until now nobody tell me what happens next. ⟦Please can you explain how long the decision take?⟧ Also \
⟦I need to know if you pay the hotel, because the kitchen ceiling is down and we cannot stay in the house.⟧ \
⟦Who is my contact person now?⟧

Best regards,
Tomasz Wiśniewski""",
         [N, Y, Y], ["when", "yes/no", "which"],
         """Dear Mr Wiśniewski,

Thank you for your email, and I’m sorry you’re out of your home. Because the house can’t be lived in, your \
policy covers alternative accommodation of up to £150 a night, so please keep your hotel receipts. I’m your \
claims handler from now on, and you can reach me directly on 020 7946 0418.‸

Yours sincerely,
Chloe Dunmore
Harbourside Home Insurance – Claims"""),

    # 7 car valeting: all-lowercase phone typing, no question marks on two of them
    case("""hi ⟦do u do interior only valets?⟧ dog has wrecked the back seats of my golf lol. ⟦how much for that⟧ and \
⟦can u come to mine in kings heath⟧

Sent from my iPhone""",
         [Y, Y, Y], ["yes/no", "how much", "request"],
         """Hi,

We do – our interior valet is £55 for a hatchback, and that includes a pet-hair removal treatment. We’re fully \
mobile and cover all of south Birmingham, Kings Heath included.

Thanks,
Kieran
Gleam Mobile Valeting"""),

    # 8 bridal shop (US): rambling; the cost and the parking are not answered
    case("""Hi Magnolia team,

I bought my gown (the Celeste, ivory) from you in October and the alterations appointment is coming up on 1/12. \
My wedding is 2/20 so it's getting close! I've had a bit of a change of heart about the sleeves. ⟦Is it possible \
to add detachable lace sleeves at the alterations stage?⟧ ⟦What would that cost, roughly?⟧ Also my mom wants to \
come to the fitting but she uses a wheelchair, ⟦is the fitting room accessible?⟧ ⟦Where should we park?⟧

Thank you!!
Brianna Cole
(912) 555-0164""",
         [Y, N, Y, N], ["yes/no", "how much", "yes/no", "where"],
         """Hi Brianna,

Congratulations again, and how exciting that it's getting close! Our seamstress Rosa can absolutely add \
detachable lace sleeves; she'll bring some lace samples to your appointment on 1/12. Your mom is very welcome – \
our fitting suite is on the ground floor with a wide door and no steps.‸

See you soon,
Dana
Magnolia Bridal, Savannah"""),

    # 9 hearing-aid clinic: elderly customer, both answered in other words
    case("""Dear ClearSound,

I have had my new hearing aids for a fortnight now and I am getting on well with them, thank you. The only \
trouble is the right one whistles when I put my glasses on. ⟦Is that normal?⟧ ⟦Can it be adjusted without me \
coming in, as I do not drive?⟧

Yours,
Margaret Oakley""",
         [Y, Y], ["yes/no", "yes/no"],
         """Dear Mrs Oakley,

I'm so glad the hearing aids are settling in well. A little whistling when glasses go on is quite common in the \
first few weeks, as the arm of the glasses can push the aid slightly out of place. Our audiologist can fine-tune \
the right aid remotely through the phone app, or if you'd rather, she can visit you at home on Tuesday \
15 December at 11 am.

Warm regards,
Nadia
ClearSound Hearing"""),

    # 10 craft supplies (US): a bulleted list; praise instead of which yarns; the purchase order ignored
    case("""Hello,

I run a small knitting circle at our library in Bend, Oregon and we want to place a bulk order for the new year. \
A few questions:

- ⟦Do you offer a discount for orders over $200?⟧
- ⟦How long does shipping to Oregon usually take?⟧
- ⟦Which of your chunky yarns are machine washable?⟧
- ⟦Can we pay by purchase order instead of a card?⟧

Thanks so much,
Deb Halvorsen
Deschutes Library Knitters""",
         [Y, Y, N, N], ["yes/no", "when", "which", "yes/no"],
         """Hi Deb,

What a lovely project! Orders over $200 get 15% off with the code CIRCLE15 at checkout. We ship from Portland, \
Maine, and most orders reach the West Coast in 5 to 7 business days. All of our chunky yarns are lovely to work \
with, and our customers especially love the Harbor Chunky range.‸

Happy knitting,
Lena
Knot & Needle Craft Supply"""),

    # 11 hair salon: one-line request, done
    case("""Hi, ⟦can I move my colour appointment from Thursday to Saturday?⟧ Same time if poss, I’ve got a work thing. \
Thanks, Leah""",
         [Y], ["request"],
         """Hi Leah,

No problem at all – you’re now booked in with Ellie on Saturday at 10:30, same as before.

See you then!
Sable Hair Studio"""),

    # 12 holiday cottages: numbered list, all answered (the deposit as a percentage and a sum)
    case("""Dear Heronsgate,

We’re looking at Swallow Barn for the week of 13 February (half term) for two families – four adults and four \
children. Before we book:

1. ⟦Is Swallow Barn available Saturday 13 to Saturday 20 February?⟧
2. ⟦Are dogs allowed?⟧ We’d bring one well-behaved spaniel.
3. ⟦Where do we collect the keys?⟧
4. ⟦How much is the deposit?⟧

Thanks,
Helen Ashworth""",
         [Y, Y, Y, Y], ["yes/no", "yes/no", "where", "how much"],
         """Dear Helen,

Thank you for your interest in Swallow Barn. I’m pleased to say it’s free for that week, and we’ve pencilled it \
in for you until Friday. Well-behaved dogs are welcome at Swallow Barn for £30 a stay. The keys are in a key safe \
by the front door; we’ll send you the code the week before you arrive.

To secure the booking, we take 25% of the total, which for that week is £412.

Kind regards,
Simon
Heronsgate Holiday Cottages"""),

    # 13 vegan meal kits: angry; the draft apologises and talks about quality, nothing answered
    case("""This is the second week running my box has turned up with the tofu missing. I'm paying £54 a week for this. \
⟦Why is this happening?⟧ ⟦I want a refund for both weeks.⟧ And ⟦can someone actually check the box before it \
leaves?⟧

Jade Okafor
Order SB-77120""",
         [N, N, N], ["why", "request", "request"],
         """Hi Jade,

I'm really sorry – two weeks in a row isn't good enough. We take quality very seriously and our packing team \
works hard to get every box right.‸

Best,
Sam
Sprout & Stem"""),

    # 14 airline baggage desk: quoted-only (Gmail quote asks to be told when the bag arrives)
    case("""Hi Aisha,

Bag arrived this morning, all intact. Thanks for chasing it – really appreciated.

Stephen

On Thu, 10 Dec 2026 at 09:15, Skylark Air Baggage Services <baggage@skylarkair.example.com> wrote:
> Dear Mr Pryce,
> Your bag is on its way to you. Could you let us know once it has arrived so that we can close the file?""",
         [], [],
         """Dear Mr Pryce,

That's great news – I've closed your file now. Do remember to send in your receipts for the essentials you bought.

Kind regards,
Aisha""",
         quoted_only=True),

    # 15 IT support: quoted-only (a disclaimer asking to "please notify")
    case("""Thanks Mo, that’s all working now.

Priya Raman
Office Manager, Henderson & Lyle Solicitors
DISCLAIMER: This email is confidential and intended only for the addressee. If you have received it in error, \
please notify the sender and delete it.""",
         [], [],
         """Hi Priya,

Great to hear. I’ve also set the printer to restart itself every night, which should stop it dropping off the \
network.

Best,
Mo""",
         quoted_only=True),

    # 16 garden centre: a long story with the questions in the middle; the hedging dodged
    case("""Hello Hollybrook,

Last spring I bought three olive trees from you for the terrace and they did beautifully all summer, but we’ve had \
a couple of hard frosts this week and the leaves on the biggest one have gone a bit grey and curled. My husband \
thinks I should bring them into the garage but there’s no light in there, and I’ve read online that they need \
light all winter. ⟦Should I wrap them in fleece instead?⟧ ⟦Do you sell the fleece jackets⟧, and ⟦how much are \
they?⟧ ⟦I also wondered, when do you get your bare-root hedging in?⟧ We want to plant a beech hedge along the \
back fence.

Best wishes,
Anne Corrigan""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "how much", "when"],
         """Dear Anne,

I’m sorry to hear about the olives. Fleece is the right call: wrap the crowns and pots on frosty nights and take \
it off on mild days so they still get light. We stock fleece jackets in three sizes, from £6.99 for the small to \
£12.99 for the large.

Our bare-root season is always a busy time for us, and beech is a lovely choice for a hedge.‸

Warm regards,
Colin
Hollybrook Garden Centre"""),

    # 17 car valeting: going ahead with a quote (Outlook history); the either/or about invoicing is left
    case("""Hi Kieran,

⟦Following your quote below, we'd like to go ahead with monthly valets for our six pool cars.⟧ ⟦Could you start \
in January?⟧ ⟦Which of your packages includes the wheels and tyres?⟧ The cars are at our Digbeth office weekdays \
8–6.

Also, ⟦do you invoice monthly or per visit?⟧

Regards,
Farah Siddiqui
Fleet Coordinator, Brindley Surveys

From: Kieran Walsh <kieran@gleamvaleting.example.co.uk>
Sent: Monday, December 7, 2026 14:02
To: Farah Siddiqui
Subject: Quote – pool car valets

Hi Farah, six cars on a monthly exterior and interior valet would be £210 a visit. Let me know if you'd like to \
go ahead.""",
         [Y, Y, Y, N], ["request", "yes/no", "which", "which"],
         """Hi Farah,

Great news, thank you – I've booked your six cars in for monthly valets. Our first visit would be Wednesday \
6 January, and we'd come on the first Wednesday of each month after that. The monthly valet already includes \
wheels and tyres, along with the interior and exterior.‸

Thanks again,
Kieran"""),

    # 18 swim school: a cancelled month; the alternative and the late notice answered, the refund not
    case("""Hello,

I got an email saying our Wednesday lessons at Parkside are cancelled for the whole of January because of pool \
maintenance. 🙄 We’ve paid for the full term. ⟦Are we getting a refund for those weeks?⟧ Or ⟦can Noah go to \
another pool instead?⟧ ⟦Why were we only told two weeks before?⟧

Kelly Brennan""",
         [N, Y, Y], ["yes/no", "yes/no", "why"],
         """Hi Kelly,

I’m sorry about the disruption. The leisure centre only confirmed the maintenance dates to us last Monday, and we \
emailed every family that same afternoon. Noah is welcome to \
swim at our Fernhill pool on Thursdays at 4:30 pm during January; I’ve saved a place for him in case that \
suits.‸

Best wishes,
Hannah
Little Otters Swim School"""),

    # 19 wine merchant: a gift; the delivery answered by a last order date
    case("""Hi there! 🎁 ⟦Can you send a gift box to my father in Harrogate?⟧ It’s his 70th on 23 December. ⟦Which red \
would you pick for someone who loves Barolo but not the price?⟧ Budget around £40. ⟦Can I add a handwritten \
card?⟧

Thanks!
Ellie""",
         [Y, Y, Y], ["request", "which", "request"],
         """Hi Ellie,

What a lovely idea. For a Barolo lover on a budget, I’d go for the Langhe Nebbiolo from the Ca’ Brunello estate \
at £32 – same grape, much kinder price. I can write the card by hand for you; just send me the words. To make \
sure it arrives for his birthday, please order by Friday 18 December.

Best,
Marcus
Corkscrew & Vine"""),

    # 20 home-insurance claims: quoted-only (a forwarded loss adjuster's report that asks to be passed on)
    case("""Hi Chloe,

Forwarding the loss adjuster's report for your file, as promised.

Tomasz

---------- Forwarded message ---------
From: Rhys Morgan <rhys@morganadjusters.example.co.uk>
Date: Fri, 11 Dec 2026 at 17:20
Subject: Report – 14 Copse Lane
To: Tomasz Wiśniewski <tomasz.w@example.pl>

Dear Mr Wiśniewski, please find attached my report. Could you forward it to your insurer?""",
         [], [],
         """Dear Mr Wiśniewski,

Thank you, I’ve added Mr Morgan’s report to your claim. I’ll be in touch once our surveyor has reviewed it.

Yours sincerely,
Chloe Dunmore""",
         quoted_only=True),

    # 21 bridal shop (US): lowercase, emoji before the questions
    case("""hi! 💍 my bridesmaids are all over the country (Texas, Ohio, Oregon). ⟦can they order their dresses online and \
have them shipped to each of them?⟧ ⟦how do they get measured if they can't come in?⟧ thx!! -Kayla""",
         [Y, Y], ["yes/no", "how"],
         """Hi Kayla,

Yes, we ship bridesmaid dresses anywhere in the continental US, and each bridesmaid can have hers sent to her own \
address. We'll email you a measuring guide they can follow at home with a soft tape – it takes about ten minutes.

Best,
Dana
Magnolia Bridal"""),

    # 22 hearing-aid clinic: a daughter for her father; prices not given; emoji before the insertion point
    case("""Hello,

I’m writing on behalf of my father, Dennis Hargreaves, who’s 84. He’s struggling more and more on the phone and \
at family dinners, and I think it’s time for a hearing test. ⟦Do you do home visits?⟧ He doesn’t drive any more \
and I work in Leeds. ⟦How much is a hearing test?⟧ And ⟦if he does need aids, what’s the cheapest option?⟧

Thank you,
Sophie Hargreaves""",
         [Y, N, N], ["yes/no", "how much", "which"],
         """Dear Sophie,

Thank you for getting in touch about your dad. We offer home visits across Harrogate and Knaresborough, and our \
audiologist Nadia could see him on Tuesday 5 January. 🙂‸

Kind regards,
Fiona
ClearSound Hearing"""),

    # 23 craft supplies (US): quoted-only (a signature slogan that asks a question)
    case("""Hi Lena,

The yarn arrived yesterday and the circle is thrilled. Thanks for the extra needles you popped in!

Deb

--
Deb Halvorsen | Deschutes Library Knitters
Got a spare hour on Tuesdays? Come and knit with us!""",
         [], [],
         """Hi Deb,

So glad it all arrived safely – enjoy the new yarn, and happy knitting to the whole circle!

Lena""",
         quoted_only=True),

    # 24 hair salon: a bride; the venue answered by "one of our favourites"; the price not given
    case("""Hi Sable team,

I’m getting married on Saturday 10 April and I’d love you to do my hair and my two bridesmaids’. I’ve got very \
thick, long hair and last time a hairdresser tried an updo on me it fell down by the evening, so I’m a bit \
nervous! ⟦Do you do trials?⟧ ⟦If so, how long does one take?⟧ ⟦Would you be able to come to the venue, Askham \
Hall, on the morning?⟧ It’s about 20 minutes from you. ⟦What do you charge for a bride plus two?⟧

Lots of love,
Megan""",
         [Y, Y, Y, N], ["yes/no", "when", "yes/no", "how much"],
         """Hi Megan,

Congratulations! We’d love to be part of your day. We do trials – they take about 90 minutes, and we’ll pin your \
updo so it lasts until the last dance. Our bridal team travels to venues all over the Eden Valley, and Askham \
Hall is one of our favourites.‸

Speak soon,
Ellie
Sable Hair Studio"""),

    # 25 holiday cottages: complaint; the why explained, refund done, owner aware implied
    case("""To whom it may concern,

We stayed at Gull Cottage in Port Isaac from 28 November to 5 December. The heating broke on the second night and \
it took three days for anyone to come out. We were cold the whole time. ⟦I would like a partial refund for those \
three days.⟧ ⟦Why did it take so long to send an engineer?⟧ ⟦Is the owner aware of how bad the boiler is?⟧

Regards,
Graham Tulley""",
         [Y, Y, Y], ["request", "why", "yes/no"],
         """Dear Mr Tulley,

I'm very sorry that your stay at Gull Cottage was spoiled by the heating. The owner's usual heating engineer was \
away that week, and it took us until the third day to find another who could come out; we now keep two local \
engineers on call for every cottage. We have refunded £180, three nights' \
worth, to the card you paid with; it should show within five working days. The owner has now had the boiler \
replaced.

Yours sincerely,
Simon Pryor
Heronsgate Holiday Cottages"""),

    # 26 IT support: new client; a price dodge and a call request ignored; disclaimer below
    case("""Hi,

We’re a 12-person architecture practice in Bristol and our current IT guy is retiring. We use Microsoft 365, a \
Synology NAS and a couple of big plotters. ⟦Do you support Macs as well as Windows?⟧ Half the team are on Macs. \
⟦What’s your monthly price per user?⟧ ⟦How does onboarding work?⟧ ⟦Could we have a call next week?⟧

Kind regards,
Joanna Pike
Practice Manager, Pike Wren Architects

This email and any attachments are confidential and intended solely for the addressee. If you are not the \
intended recipient, please notify the sender.""",
         [Y, N, Y, N], ["yes/no", "how much", "how", "request"],
         """Hi Joanna,

Thanks for thinking of us. Macs are no problem – about a third of the offices we look after are mostly Mac. \
Onboarding starts with a half-day audit at your office: we document your network, the NAS and the plotters, then \
take over from your current IT guy with a two-week handover. Our pricing is flexible and tailored to each \
practice.‸

Best,
Mo Adeyemi
Patchbay IT"""),

    # 27 vegan meal kits: non-native English, emoji in the greeting line; both answered
    case("""Hello Sprout & Stem 🌱

I am new customer, first box come on Thursday. Everything was very tasty! ⟦Where can I find the recipe cards \
online?⟧ My daughter threw away the paper ones. ⟦Is it possible to skip the box for the week of Christmas?⟧ We \
are travelling to Portugal.

Thank you,
Ana Ferreira""",
         [Y, Y], ["where", "yes/no"],
         """Hi Ana,

Welcome, and thank you for the lovely feedback! Every recipe is in the Recipes tab of your account, under "Past \
boxes", so you can print them again any time. I've skipped your box for the week of 21 December – enjoy Portugal!

Best,
Sam"""),

    # 28 car valeting: a scratch; insured answered, the remedy and the body shop not
    case("""Kieran,

Your guy valeted my Audi yesterday and there’s now a long scratch on the passenger door that definitely wasn’t \
there before. I’ve got photos of the car from the weekend to prove it. ⟦How are you going to put this right?⟧ \
⟦Are you insured for this kind of thing?⟧ ⟦I want it repaired at a body shop of my choice.⟧

Mark Dempsey
07700 900417""",
         [N, Y, N], ["how", "yes/no", "request"],
         """Hi Mark,

I’m sorry to hear this, and thank you for letting me know straight away. Please could you send the photos over? \
We’re fully insured, so you won’t be out of pocket if the damage is ours.‸ We always take great care with every \
car, and our team use only soft microfibre cloths.

Kieran"""),

    # 29 garden centre: quoted-only (Gmail quote asks for a photo)
    case("""Thanks Colin – the fleece did the trick and the olives are perking up already.

Anne

On Mon, 14 Dec 2026 at 11:02, Hollybrook Garden Centre <hello@hollybrook.example.co.uk> wrote:
> Dear Anne,
> Glad the olives survived. Would you send us a photo for our Facebook page? Our customers love a success story.""",
         [], [],
         """Dear Anne,

That’s wonderful news – thank you for letting us know. Give them a good feed in March and they’ll be ready for \
another summer on the terrace.

Colin""",
         quoted_only=True),

    # 30 airline baggage desk (US customer): a "1)" list; the either/or answered, the how not
    case("""Hello,

I flew SK207 Edinburgh to Boston on 12/2 and my suitcase came off the carousel with a broken handle and a big \
crack in the shell. I reported it at the desk at Logan (ref BOS-SK-00913). Two questions:

1) ⟦Do I need to send you the damaged suitcase or just photos?⟧
2) ⟦How do I submit the repair estimate?⟧

Thanks,
Carl Jensen
Cambridge, MA""",
         [Y, N], ["which", "how"],
         """Dear Mr Jensen,

Thank you for reporting the damage at Logan. Photos are all we need – please keep the suitcase until your claim \
is settled, in case our assessor asks to see it.‸

Kind regards,
Aisha Bello
Skylark Air Baggage Services"""),

    # 31 swim school: quoted-only (Outlook block asks to be told by Friday)
    case("""Thursday at Fernhill works brilliantly, thank you!! Noah is so excited.

Kelly

From: Little Otters Swim School <hello@littleotters.example.co.uk>
Sent: Tuesday, December 15, 2026 09:40
To: Kelly Brennan
Subject: RE: January lessons

Hi Kelly, would Thursday at 4:30 pm at Fernhill work for Noah instead? Please let us know by Friday.""",
         [], [],
         """Hi Kelly,

Brilliant – I’ve moved Noah to Thursdays at Fernhill for January. Jess will be teaching that group too.

Best wishes,
Hannah""",
         quoted_only=True),

    # 32 wine merchant: a long letter; the price rise met with "a lot of changes this year"
    case("""Dear Corkscrew & Vine,

My wife and I have been members of your wine club for three years now and have generally been very happy. \
However, the December case had two bottles of the same Chablis that were both corked, which was disappointing as \
we had saved them for Christmas Day. I know these things happen. ⟦Would you be able to replace them before \
Christmas?⟧ I also noticed the club price has gone up from £95 to £110 from January. ⟦What is the reason for the \
increase?⟧ ⟦Can we switch to the smaller six-bottle case instead?⟧

Kind regards,
Peter Lindqvist""",
         [Y, N, Y], ["request", "why", "request"],
         """Dear Mr Lindqvist,

Thank you for being such a loyal member, and I'm so sorry about the Chablis. Two replacement bottles will leave \
us on Monday 21 December by next-day courier, so they'll be with you well before Christmas Day. Like everyone in \
the wine trade, we've seen a lot of changes this year.‸ I've switched you to the six-bottle Discovery case from \
January; it's £58 a month.

Kind regards,
Marcus Hale"""),

    # 33 bridal shop (US): a late dress; where and shipped answered, the options not
    case("""My dress was supposed to be in on December 1st and it's now the 10th and no one has called me. My wedding is \
January 16th. I am honestly panicking. ⟦Where is my dress?⟧ ⟦Has it even been shipped from the designer?⟧ ⟦If \
it's not here by Christmas, what are my options?⟧

Nicole Ramirez
(912) 555-0119""",
         [Y, Y, N], ["where", "yes/no", "which"],
         """Hi Nicole,

I completely understand, and I'm so sorry nobody called you. I spoke with the designer this morning: your dress \
left their warehouse in New York yesterday and is due with us on Monday, December 14. I'll call you the moment it \
arrives so we can book your first fitting.‸

Warmly,
Dana
Magnolia Bridal"""),

    # 34 hearing-aid clinic: quoted-only (Apple Mail forward of a surgery's note)
    case("""Hi Fiona,

See below from Dad's GP surgery, just so you have it.

Sophie

Begin forwarded message:

From: Moorside Surgery <reception@moorside-surgery.example.org.uk>
Subject: Referral
Date: 8 December 2026 at 10:15:02 GMT

Dear Ms Hargreaves, your father's referral letter is attached. Please bring it to his hearing assessment.""",
         [], [],
         """Dear Sophie,

Thank you – I’ve added the referral letter to your dad’s notes, so there’s no need to bring a copy on the day.

Kind regards,
Fiona""",
         quoted_only=True),

    # 35 home-insurance claims: questions after a long story; the excess not given
    case("""Hello,

On Saturday night someone threw a brick through our front window. The police came (crime ref 44/118302/26) and a \
glazier boarded it up the same night for £140, which I paid on my card. Our youngest was very shaken and we’ve \
barely slept since, it’s been a horrible week. The glazier has now quoted £620 to replace the window properly, \
which seems a lot but it’s a big bay window with leaded glass and I don’t know anyone else. ⟦Is the boarding-up \
covered?⟧ ⟦Do I need a second quote, or can I go ahead with this one?⟧ ⟦How much is my excess?⟧ I can’t find my \
policy documents anywhere.

Thanks,
Laura Fenwick
Policy HH-30877""",
         [Y, Y, N], ["yes/no", "which", "how much"],
         """Dear Laura,

I’m so sorry, that sounds really frightening. Emergency boarding-up is covered, so we’ll reimburse the £140 – just \
send a photo of the receipt. You’re welcome to go ahead with your glazier’s quote; for repairs under £1,000 we \
don’t need a second one.‸

I’ve emailed a fresh copy of your policy documents to you as well.

Kind regards,
Chloe Dunmore"""),

    # 36 craft supplies (US): emoji before the questions; praise for the colorway
    case("""Hey! Just got my order #KN-40871 and it's gorgeous 😍 but the 6mm bamboo needles are missing from the box. \
⟦Can you send them?⟧ Also ⟦is the Sea Glass colorway ever coming back?⟧ I need two more skeins to finish a \
blanket.

Jess""",
         [Y, N], ["request", "yes/no"],
         """Hi Jess,

So sorry about the missing needles! A new pair went out this morning with USPS, tracking number \
9400 1000 0000 4417 2256 11. Sea Glass is one of our all-time favorite colorways.‸

Happy knitting,
Lena"""),

    # 37 hair salon: a thank-you note, no question
    case("""Just wanted to say a massive thank you to Ellie for my colour on Saturday – I’ve had so many compliments at \
work! Will definitely be back in the new year.

Leah""",
         [], [],
         """Hi Leah,

Thank you so much – Ellie was thrilled to read this! We look forward to seeing you in the new year.

Sable Hair Studio"""),

    # 38 holiday cottages (US customer): the party venue not answered
    case("""Hi there,

My family is flying over from Chicago for my grandmother's 90th in Cornwall next summer and we'd love to rent \
something big near Padstow, 10 people, the week of July 17. ⟦Which of your properties would fit us all?⟧ ⟦Is \
there somewhere near to host a party for about 40 people?⟧ ⟦Where is the nearest train station?⟧ We won't have a \
car for the first couple of days.

Thanks in advance!
Michelle Dwyer""",
         [Y, N, Y], ["which", "where", "where"],
         """Hi Michelle,

What a wonderful occasion! Treveglos House sleeps 12 and is just outside Padstow, so it would take all ten of you \
comfortably, and it's free the week of July 17. The nearest station is Bodmin Parkway, about 25 minutes by taxi; \
we can book a local firm to meet you off the train.‸

Best wishes,
Simon
Heronsgate Holiday Cottages"""),

    # 39 IT support: urgent, lowercase, no question mark on the second; vague timing
    case("""URGENT 🔥 nobody in the office can get email since 9am. outlook just says disconnected. ⟦is it your end or \
ours??⟧ ⟦how long will it take to fix⟧ we have a client deadline at 3

Gareth
Sent from my iPhone""",
         [Y, N], ["which", "when"],
         """Hi Gareth,

It's not your end – Microsoft are having an outage affecting Outlook across the UK, and it's on their status page \
as of 9:05.‸ We're monitoring it closely and will let you know as soon as there's news. In the meantime you can \
use Outlook on the web, which is still working.

Mo"""),

    # 40 airline baggage desk: a wheelchair; all answered
    case("""Dear Skylark Air,

I am flying to Tenerife on Saturday 9 January with my late husband’s wheelchair, which I now use for longer \
distances. ⟦How do I arrange for the wheelchair to go in the hold?⟧ ⟦Is there a charge for it?⟧ ⟦Where at \
Manchester Airport should I go for assistance?⟧

With thanks,
Dorothy Evans""",
         [Y, Y, Y], ["how", "yes/no", "where"],
         """Dear Mrs Evans,

Mobility equipment always travels free of charge, and you can bring up to two items. To add the wheelchair to \
your booking, go to Manage Booking on our website and choose "Special assistance", or call us on 020 7946 0233 \
and we'll do it for you. At Manchester, the assistance desk is in Terminal 2, just inside the main entrance on the \
left.

Kind regards,
Aisha Bello"""),

    # 41 vegan meal kits: a team lunch; the allergy question skipped; a slogan signature; emoji in the draft
    case("""Hi,

I'm organising a team lunch for 25 people on Thursday 14 January and would love to try your party boxes. ⟦What's \
the minimum order?⟧ ⟦Are the boxes nut-free?⟧ Two of the team have nut allergies. ⟦Can we pay by invoice?⟧

Thanks,
--
Ravi Menon | Operations, Tillbrook Digital
Need a website that works? Let's talk.""",
         [Y, N, Y], ["how much", "yes/no", "yes/no"],
         """Hi Ravi,

Thanks for thinking of us for your team lunch! 🥗 Our party boxes start at 10 people, so 25 is no problem at all. \
We’re happy to invoice business customers on 30-day terms.‸

Best,
Sam
Sprout & Stem"""),

    # 42 car valeting: a one-word follow-up above a "> " quote
    case("""Wednesday's fine. ⟦What time?⟧

> Hi Mark, we can come back and take a look at the door on Wednesday 16 December. Does that suit?
> Kieran""",
         [Y], ["when"],
         """Hi Mark,

Great – Kieran will be with you at 10 am on Wednesday.

Thanks,
Gleam Mobile Valeting"""),

    # 43 swim school: twins; all answered
    case("""Hi,

We’ve just moved to the area and I’m looking for swimming lessons for our twins, Ollie and Freya, who are 7. \
Neither of them can swim yet but they’re happy in the water. ⟦Which stage should they start in?⟧ ⟦Can they be in \
the same class?⟧ ⟦How do I sign them up?⟧

Cheers,
Ben Whitlock""",
         [Y, Y, Y], ["which", "yes/no", "how"],
         """Hi Ben,

Welcome to the area! At 7 with no swimming yet, Ollie and Freya would start in our Stage 1 class, and we always \
keep siblings together, so they’ll be in the same group. You can sign them up on our website: choose “Join”, then \
Fernhill or Parkside and a Stage 1 slot.

Best wishes,
Hannah"""),

    # 44 wine merchant: non-native English, five questions; where the shop is not answered
    case("""Hello,

I am Japanese restaurant owner in Leeds, we open new place in February. We want to have some sake and also \
natural wines on the list. ⟦You have sake?⟧ ⟦Which natural wines go well with sushi?⟧ ⟦Please send me your trade \
price list.⟧ ⟦Where is your shop⟧, ⟦can I visit to taste?⟧

Thank you,
Kenji Morita
Kaze Sushi""",
         [Y, Y, Y, N, Y], ["yes/no", "which", "request", "where", "yes/no"],
         """Dear Mr Morita,

Congratulations on the new restaurant! We stock twelve sakes from four breweries, and for sushi I'd suggest a \
crisp Grüner Veltliner or a skin-contact Pinot Gris from our natural range. I've attached our trade price list. \
You'd be very welcome to come and taste – just let me know a day that suits.‸

Kind regards,
Marcus Hale
Corkscrew & Vine"""),

    # 45 bridal shop (US): quoted-only (a US-style Gmail quote asks for a fitting day)
    case("""Thank you Dana, that's such a relief.

Nicole

On Fri, Dec 11, 2026 at 9:48 AM Dana Price <dana@magnoliabridal.example.com> wrote:
> Hi Nicole, your dress arrived this morning! Can you come in Monday or Tuesday for your first fitting?""",
         [], [],
         """Hi Nicole,

You're so welcome. I've penciled you in for Monday at 10 am – just reply if another time is better.

Dana""",
         quoted_only=True),

    # 46 hearing-aid clinic: angry, emoji before the questions; all answered
    case("""I paid £2,400 for these hearing aids in October and the left one has stopped working completely. 😤 ⟦Is it \
still under warranty?⟧ Obviously it should be. ⟦How quickly can you fix it?⟧ And ⟦I want a loan pair while it’s \
away.⟧

Roy Baxter""",
         [Y, Y, Y], ["yes/no", "when", "request"],
         """Dear Mr Baxter,

I’m sorry the left aid has stopped working. Your aids are covered by our four-year warranty, so there’s nothing \
to pay. We send repairs to the manufacturer, who usually turn them round within ten working days, and I’ve put a \
loan aid aside for you at reception.

Kind regards,
Fiona
ClearSound Hearing"""),

    # 47 home-insurance claims: a forwarded letter whose request is not listed; one either/or of her own
    case("""Hi,

I've been sent the letter below by the builder's insurer about the crack in our back wall. ⟦Could you tell me \
whether I need to reply to them myself, or will you deal with it?⟧

Thanks
Hannah Kowalczyk
Policy HH-41290

---------- Forwarded message ---------
From: Claims Team <claims@ardleyinsure.example.com>
Date: Wed, 9 Dec 2026 at 14:03
Subject: Your letter of claim
To: hannah.k@example.net

Dear Ms Kowalczyk, please provide photographs of the damage and a copy of your surveyor's report within 21 days.""",
         [Y], ["which"],
         """Dear Hannah,

Thank you for forwarding this. There's no need to reply yourself: we'll deal with the builder's insurer directly \
and send them the photos and the surveyor's report.

Kind regards,
Chloe Dunmore"""),

    # 48 craft supplies (US): non-native English; a shipping-price dodge, the Spanish instructions ignored
    case("""Hi, I write from Mexico. ⟦You ship to Guadalajara?⟧ I want to buy the big embroidery kit (the one with the \
hummingbirds). ⟦How much is shipping to Mexico?⟧ ⟦The instructions are in Spanish also?⟧

Gracias,
Lucía Ortega""",
         [Y, N, N], ["yes/no", "how much", "yes/no"],
         """Hi Lucía,

Thanks for your interest in the Hummingbird Garden kit! We ship worldwide 🌎 and international orders usually \
arrive in 10 to 14 days. Shipping is calculated at checkout based on weight.‸

Best,
Lena
Knot & Needle Craft Supply"""),

    # 49 garden centre: holiday hours; the disabled toilet met with "very welcome"
    case("""Hi,

⟦Is your café open on Boxing Day?⟧ And ⟦what are the opening hours over New Year?⟧ We’re hoping to bring my mum \
for lunch. She’s in a wheelchair – ⟦is there a disabled toilet in the café?⟧

Thanks,
Jo""",
         [Y, Y, N], ["yes/no", "when", "yes/no"],
         """Hi Jo,

We’re closed on Boxing Day so the team can have a rest, and we reopen on 27 December from 10 am to 4 pm. On New \
Year’s Day we’re closed, and from 2 January we’re back to our usual hours, 9 am to 5 pm. Your mum will be very \
welcome.‸

Best wishes,
Colin
Hollybrook Garden Centre"""),

    # 50 hair salon: quoted-only ("Sounds good" above a Gmail quote that asks)
    case("""Sounds good x

On Wed, 16 Dec 2026 at 18:21, Sable Hair Studio <bookings@sablehair.example.co.uk> wrote:
> Hi Megan, we’ve had a cancellation on Saturday 9 January for your trial at 2 pm. Please let us know if you’d like
> it!""",
         [], [],
         """Hi Megan,

Lovely – you’re booked in for your trial on Saturday 9 January at 2 pm. Bring a few photos of styles you like!

Ellie""",
         quoted_only=True),

    # 51 holiday cottages: a guest on site, emoji before the questions; the towels not answered
    case("""Hi, we’re at Fern Lodge now 🏡 lovely place. ⟦What’s the wifi password?⟧ It’s not in the welcome book. And \
⟦where are the spare towels kept?⟧ Thanks, Priya""",
         [Y, N], ["which", "where"],
         """Hi Priya,

So glad you like it! The network is FernLodge-Guest, and the password is on a card on the back of the router, in \
the hall cupboard.‸

Enjoy your stay,
Simon"""),

    # 52 IT support: before signing (Outlook history); the data question met with certification talk
    case("""Hi Mo,

Thanks for the proposal. Before we sign, ⟦could you confirm whether the £38 per user includes the Microsoft 365 \
licences?⟧ ⟦Is there a minimum contract term?⟧ ⟦What happens to our data if we leave?⟧

Joanna

From: Mo Adeyemi <mo@patchbayit.example.co.uk>
Sent: Friday, December 11, 2026 16:30
To: Joanna Pike <joanna@pikewren.example.co.uk>
Subject: Proposal – Pike Wren Architects

Hi Joanna, please find our proposal attached. Any questions, let me know.""",
         [Y, Y, N], ["yes/no", "yes/no", "how"],
         """Hi Joanna,

The £38 is for our support only – Microsoft 365 licences are billed separately at cost, currently £10.30 per \
user. We ask for a 12-month initial term, then it’s rolling monthly. We take data protection very seriously and \
are Cyber Essentials Plus certified.‸

Best,
Mo"""),

    # 53 airline baggage desk (US customer): quoted-only (an -----Original Message----- block asks for details)
    case("""Got it, thanks.

-----Original Message-----
From: Skylark Air Baggage Services
Sent: 14 December 2026 08:55
To: Carl Jensen
Subject: Claim BOS-SK-00913

Dear Mr Jensen, we have approved your claim for $240. Please reply with your bank details so we can pay you.""",
         [], [],
         """Dear Mr Jensen,

Thank you. As we haven’t yet received your bank details, I’ve attached a secure payment form instead – it only \
takes a minute to fill in.

Kind regards,
Aisha Bello""",
         quoted_only=True),

    # 54 vegan meal kits: money tight; the loyalty discount not answered
    case("""Hi there,

I’ve loved my boxes so far but money’s a bit tight after Christmas. ⟦Is there a cheaper plan than the four-meal \
box?⟧ ⟦How do I pause my subscription for January?⟧ ⟦Will I lose my 20% loyalty discount if I pause?⟧

Thanks,
Siobhan""",
         [Y, Y, N], ["yes/no", "how", "yes/no"],
         """Hi Siobhan,

Thanks for being with us, and I completely understand. Our two-meal box is £28 a week, and you can switch plans \
any time. To pause, go to My Plan, choose “Skip weeks” and tick the January dates.‸

Best,
Sam
Sprout & Stem"""),

    # 55 car valeting: a wish reported in the middle of a paragraph; leather not answered; emoji in the draft
    case("""Hi Kieran,

Thanks for sorting the door, it looks perfect now. My partner wants to book you for her car too, a white Range \
Rover that hasn't been cleaned properly since the summer. ⟦She was wondering whether you do ceramic coating⟧, and \
⟦if so, how long it lasts?⟧ She's also got a leather interior that's looking a bit tired. ⟦Do you condition \
leather as part of the full valet?⟧

Mark

On Wed, 16 Dec 2026 at 15:30, Kieran Walsh <kieran@gleamvaleting.example.co.uk> wrote:
> Hi Mark, all done – let me know if you spot anything else.""",
         [Y, Y, N], ["yes/no", "when", "yes/no"],
         """Hi Mark,

Glad you're happy with the door! We do ceramic coating – it's £350 for a large SUV and lasts around three years \
with a maintenance wash every few months. 🚙‸

Thanks,
Kieran"""),

    # 56 swim school: quoted-only (a forwarded leisure-centre notice)
    case("""Hi Hannah, FYI – the leisure centre sent this today. Looks like it affects your Parkside classes too.

Ben

---------- Forwarded message ---------
From: Parkside Leisure <info@parksideleisure.example.org.uk>
Date: Thu, 17 Dec 2026 at 12:10
Subject: Pool closure
To: ben.whitlock@example.com

Dear member, the main pool will be closed from Monday 4 January to Sunday 17 January. Please contact us if you \
have any questions.""",
         [], [],
         """Hi Ben,

Thanks for the heads-up. Our Parkside classes move to Fernhill for those two weeks, and we’ll email every family \
about it tomorrow.

Best wishes,
Hannah""",
         quoted_only=True),

    # 57 wine merchant: a missing case; where and who answered in other words, the bell not
    case("""Your courier says my case was delivered on Tuesday. It wasn't. I was home all day. ⟦Where exactly did they \
leave it?⟧ ⟦Who is going to refund me if it's been stolen?⟧ That's £140 of wine. And ⟦why didn't the driver ring \
the bell?⟧

D. Fairbrother""",
         [Y, Y, N], ["where", "which", "why"],
         """Dear Mr Fairbrother,

I'm sorry for the worry. The driver's photo shows the case in the porch of number 21, so it looks like it went \
next door by mistake. If your neighbour doesn't have it, we'll send a replacement case at no cost to you.‸

Kind regards,
Marcus Hale"""),

    # 58 bridal shop (US): mother of the bride; the designers not named; the insertion point mid-draft
    case("""Hello,

My daughter is getting married in May and I’m looking for a mother-of-the-bride outfit. I’m a size 16 and I’d \
prefer something with sleeves – nothing too fussy. ⟦Do you carry mother-of-the-bride dresses in plus sizes?⟧ \
⟦Which designers do you stock?⟧ ⟦How do I book an appointment?⟧ I’m only free on weekends.

Thank you,
Carol Whitaker""",
         [Y, N, Y], ["yes/no", "which", "how"],
         """Dear Carol,

How exciting – congratulations to your daughter! We carry mother-of-the-bride styles from sizes 4 to 24, with \
plenty of sleeved options.‸ You can book online at magnoliabridal.example.com/book, and we have Saturday and \
Sunday appointments every week.

Warmly,
Dana"""),

    # 59 hearing-aid clinic: a thank-you with a rhetorical question (a negative)
    case("""Dear Nadia,

Just a note to say thank you. I heard the church bells on Sunday for the first time in years – who’d have thought \
a little gadget could make such a difference?

With best wishes,
Margaret Oakley""",
         [], [],
         """Dear Mrs Oakley,

What a lovely message – thank you for taking the time to write. It’s made the whole team’s week.

Warm regards,
Nadia"""),

    # 60 home-insurance claims: a rejected claim; the report and the deadline not answered
    case("""Your letter says my claim for the storm damage to the garage roof is rejected because of "wear and tear". \
The roof was fine until Storm Imogen. ⟦What evidence did you base this on?⟧ ⟦I want a copy of the surveyor's \
report.⟧ ⟦How do I appeal?⟧ ⟦How long do I have?⟧

Derek Hollis
Policy HH-28811""",
         [Y, N, Y, N], ["which", "request", "how", "when"],
         """Dear Mr Hollis,

I understand how frustrating this decision is. Our surveyor found that the felt on the garage roof had perished \
over several years, which is why the claim was declined.‸ If you'd like us to look again, just reply with any \
photos of the roof from before the storm and I'll pass your claim to our appeals team.

Yours sincerely,
Chloe Dunmore"""),

    # 61 craft supplies (US): a teacher's numbered list; all answered, one by arithmetic
    case("""Hi Knot & Needle,

I teach 4th grade in Providence, RI and our class is doing a quilt project in the spring. A couple of questions:

1. ⟦Do you offer an educator discount?⟧
2. ⟦Can I order fabric as fat quarters in sets of 30?⟧
3. ⟦Where do I upload our school's tax-exempt certificate?⟧

Thanks!
Mr. Patel""",
         [Y, Y, Y], ["yes/no", "yes/no", "where"],
         """Hi Mr. Patel,

What a fun project for your class! Teachers get 10% off with a school email address. Our fat quarters come in \
bundles of 10, so three bundles would give you 30. You can upload your tax-exempt certificate under Account > \
Tax Settings, and we'll take the tax off your orders from then on.

Best,
Lena"""),

    # 62 garden centre: lowercase phone typing with a BMP emoji (no offset shift)
    case("""hi ⛄ ⟦do you recycle old christmas trees after?⟧ n ⟦whens the last day for tree delivery⟧ cheers""",
         [Y, Y], ["yes/no", "when"],
         """Hi,

We do! Bring your tree back any time up to 10 January and we’ll shred it for mulch – just take the decorations \
off first. Last tree deliveries go out on Saturday 19 December.

Cheers,
Hollybrook Garden Centre"""),

    # 63 hair salon: a bad cut; refund and fix answered, the why not (insertion point after the apology)
    case("""I had a cut with Jordan on Friday and asked for an inch off. She took off at least four inches, my hair is now \
above my shoulders. I’m devastated. ⟦Why didn’t she stop and check with me?⟧ ⟦I expect a full refund.⟧ ⟦Is there \
anything that can be done to make it look less uneven?⟧

Amira Said""",
         [N, Y, Y], ["why", "request", "yes/no"],
         """Dear Amira,

I’m so sorry – I can hear how upsetting this is.‸ I’ve refunded the full £62 to your card today. Ellie, our senior \
stylist, would love to see you free of charge to even out the shape and talk through some options while it grows.

Kind regards,
Sable Hair Studio"""),

    # 64 holiday cottages: an owner asking to list a cottage; "how soon" met with "Easter is busy"
    case("""Good afternoon,

My husband and I have just finished renovating a two-bedroom cottage near Boscastle and are thinking about letting \
it through an agency. ⟦What commission do you charge?⟧ ⟦Do you handle the cleaning and changeovers, or would we \
need to arrange that ourselves?⟧ ⟦How soon could it be listed?⟧ We'd like to catch the Easter bookings.

Many thanks,
Rosalind Tregear""",
         [Y, Y, N], ["how much", "which", "when"],
         """Dear Rosalind,

Congratulations on finishing the renovation! Our commission is 20% of each booking, plus VAT. Our local \
housekeeping team handles every changeover, including laundry, so there's nothing for you to arrange. Easter is \
always one of our busiest times, and cottages near Boscastle are very popular.‸

Kind regards,
Simon Pryor
Heronsgate Holiday Cottages"""),

    # 65 IT support: a P.S. question below the sign-off, after an emoji; the remote access not explained
    case("""Hi Dan,

Thanks for setting up the new laptop for our receptionist yesterday. Two small things: ⟦how does she connect to \
the shared drive from home?⟧ And ⟦could you add her to the accounts mailbox?⟧

Best,
Lorna

P.S. 🤦 I’ve forgotten my own password again. ⟦Could you reset it?⟧""",
         [N, Y, Y], ["how", "request", "request"],
         """Hi Lorna,

You're welcome! I've added Kasia to the accounts mailbox, and your password reset link is on its way to your \
phone.‸

Cheers,
Dan
Patchbay IT"""),

    # 66 airline baggage desk: a lost soft toy; neighbouring facts, nothing answered
    case("""Hello,

I left my daughter’s soft toy (a grey rabbit called Bun) in the seat pocket of SK602 from Belfast to Bristol \
yesterday, row 14. She’s inconsolable. 🐰 ⟦Has it been handed in?⟧ ⟦If so, where can we collect it?⟧

Thank you so much,
Niamh Doherty""",
         [N, N], ["yes/no", "where"],
         """Dear Niamh,

Oh no, poor Bun! I’ve logged a lost-property report (LP-60214) and asked the cabin crew team in Bristol to check. \
Items found on board usually reach our lost-property office within 48 hours.‸

Kind regards,
Aisha Bello
Skylark Air Baggage Services"""),
]
