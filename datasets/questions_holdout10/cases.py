"""The hand-written cases of questions_holdout10 (written blind; see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one value per
span, in order; the draft holds one ‸ where the missing answer belongs (only when something is left
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded mail or signature does. build_questions_holdout10.py strips the marks and computes offsets.
"""

Y, N = True, False
YN, WHEN, WHERE, MUCH, HOW, WHICH, WHY, REQ = (
    "yes/no", "when", "where", "how much", "how", "which", "why", "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Brookmere Water, billing desk (UK) -------------------------------------------------
    case("""\
Hello,

My direct debit went out twice this month (£48.20 on the 1st and again on the 3rd December). ⟦Can you refund the second one?⟧ And ⟦why did it happen?⟧

Account 40021877

Regards
Dilys Parry

From: Brookmere Water <billing@brookmere-water.example.co.uk>
Sent: Tuesday, December 1, 2026 9:02 AM
To: Dilys Parry
Subject: Your payment is on its way

Your next payment of £48.20 will be collected on or around 1 December. Questions about your bill? Reply to this email.""",
         [Y, Y], [REQ, WHY],
         """\
Dear Ms Parry,

Thank you for letting us know, and I’m sorry about the double payment. I’ve checked account 40021877 and can see both collections. The second one was taken in error when our payment run on 1 December was retried after a system fault; it affected a small number of customers.

I’ve refunded the £48.20, and it should reach your bank within three working days.

Kind regards,
Owen Pritchard
Billing Team, Brookmere Water"""),

    case("""\
Good afternoon,

I hope you don’t mind me writing at length but I’ve been going round in circles. In October we had a burst pipe under the garden path, which a plumber fixed (I have his invoice), and the bill that came last week is £612 for the quarter when it’s normally around £130. A neighbour said water companies sometimes give a leak allowance. ⟦Is that something you do?⟧ ⟦If so, what do I need to send you?⟧ I can scan the plumber’s invoice tonight. Also I’m a bit worried about paying £612 in one go before Christmas — ⟦could I spread it over a few months while it’s looked at?⟧ And ⟦how long does a leak allowance claim usually take?⟧

Many thanks,
Graham Lowther
14 Orchard Rise, Brookmere""",
         [Y, Y, Y, N], [YN, WHICH, YN, WHEN],
         """\
Dear Mr Lowther,

I’m sorry to hear about the burst pipe — that’s a stressful thing to deal with, especially at this time of year.

Yes, we offer a one-off leak allowance for leaks on a customer’s supply pipe that were repaired within 30 days of being found. Please send us a copy of the plumber’s invoice showing the date of the repair and where the leak was, along with a meter reading taken after the repair.

We’ve put the £612 on hold while we look at this, and if the allowance doesn’t cover all of it, we can split whatever is left into monthly instalments.‸

Kind regards,
Priya Nandakumar
Brookmere Water Billing"""),

    case("""\
Hi,

Reading as requested: 04417. Photo attached.

Thanks
Sam

On Thu, 3 Dec 2026 at 10:14, Brookmere Water <noreply@brookmere-water.example.co.uk> wrote:
> Dear customer, we were unable to read your meter on our last visit.
> Could you please send us a reading and a photo of the meter by 14 December?
> Is the meter inside your property? Let us know so we can update our records.""",
         [], [],
         """\
Hi Sam,

Thanks for sending the reading and the photo. We’ve updated your account, and your next bill will use 04417 rather than an estimate.

Best wishes,
Laura
Brookmere Water""",
         quoted_only=True),

    case("""\
I have now been charged for SEWERAGE on a property that is not connected to the mains sewer. We have a septic tank!! I told you this in September. ⟦WHY am I still being billed for it?⟧ ⟦I want the charges since April refunded.⟧ ⟦Who is actually dealing with this?⟧ Every time I ring I get someone new.

M. Okafor-Reid""",
         [N, N, Y], [WHY, REQ, WHICH],
         """\
Dear M. Okafor-Reid,

I’m sorry for the frustration this has caused. Sewerage charges are included on most bills because the great majority of properties in our area are connected to the public sewer, and we rely on customers telling us when they aren’t. I’ve passed your account to our Wholesale Services team, who handle septic-tank exemptions, and they will be in touch.‸

Yours sincerely,
Callum Brierley
Customer Billing, Brookmere Water"""),

    case("""\
Dear Sir or Madam,

I am moving out of flat 3B, 27 Weaver Street on Friday 18 December. ⟦Please to close my account from this day.⟧ ⟦How I give you the final meter reading, by the phone or on the website?⟧ Also ⟦the refund of my credit, you send to same bank account?⟧

Thank you very much
Tomasz Wiśniewski""",
         [Y, Y, N], [REQ, WHICH, YN],
         """\
Dear Mr Wiśniewski,

Thank you for letting us know. I have closed your account with effect from Friday 18 December.

You can give us your final reading online at brookmere-water.example.co.uk/move, or reply to this email with it on the day you leave — whichever is easier.‸

Best regards,
Nadia Kovač
Brookmere Water"""),

    # --- Ochre & Linen, art-supplies shop (UK) ----------------------------------------------
    case("""\
hi there

ordered the winsor pan set and 3 sable brushes last week (order OL-55812) but only the brushes came. ⟦is the paint set coming separately or has it been missed??⟧ also ⟦do you do gift wrap⟧ its for my daughters birthday on the 19th

thanks
jo

Sent from my iPhone""",
         [Y, N], [WHICH, YN],
         """\
Hi Jo,

Sorry about that! 🎨 The pan set was out of stock when your order was packed, so it’s being sent on its own — it went out this morning by Royal Mail Tracked 48 and should be with you by Thursday.‸

Best wishes,
Megan at Ochre & Linen"""),

    case("""\
Dear Ochre & Linen,

I’m hoping to book my mother onto one of your Saturday watercolour workshops as a Christmas present. She’s 78 and uses a walking frame. ⟦Is the workshop room on the ground floor?⟧ ⟦Are materials included in the £45, or should she bring her own?⟧ ⟦Could you also tell me which dates you have in January?⟧

Thank you so much,
Helen Ashworth""",
         [Y, Y, Y], [YN, WHICH, WHICH],
         """\
Dear Helen,

What a lovely present! The workshops are held in our studio at the back of the shop, which has a level entrance from the street and an accessible toilet. Everything she’ll need — paper, paints, brushes and an apron — is provided.

In January we have places on Saturday 9, Saturday 23 and Saturday 30 January, each from 10 am to 1 pm. I can hold a place for her on whichever suits.

Warm wishes,
Isla Brennan
Ochre & Linen"""),

    case("""\
I ordered Cadmium Red Deep and you sent Cadmium Red Light. Not the same. ⟦Why was I charged £4.95 postage on a £60 order when your site says free over £50?⟧ ⟦Send me the right tube.⟧ ⟦Do I need to send the wrong one back or not?⟧

Kevin Marsh
Order OL-56003""",
         [N, Y, Y], [WHY, REQ, YN],
         """\
Hello Kevin,

Apologies for the mix-up. I've sent the Cadmium Red Deep out today by first-class post. You're welcome to keep the Light tube — no need to return it.‸

Thank you for shopping with us, and we hope you enjoy your new paints.

Ochre & Linen Customer Care"""),

    case("""\
Hello,

We run an art club at a primary school and are looking to order in bulk for the spring term — around 30 children. I had a look at your trade page but ⟦I couldn't see whether schools get a discount⟧, and ⟦I'd like to know how to open an account so we can pay on invoice rather than by card.⟧ The club restarts after half term in February, so there's no great rush.

Best regards,
Mr D. Achebe
Year 4 teacher, Fallowfield Primary""",
         [Y, Y], [YN, HOW],
         """\
Dear Mr Achebe,

Thanks for thinking of us for your art club. Schools and nurseries get 15% off everything on our site, and you can apply for an education account at ochreandlinen.example.co.uk/education — once it's approved (usually within two working days), you'll be able to check out on 30-day invoice terms.

Kind regards,
Isla Brennan"""),

    case("""\
Hi Megan,

Just wanted to say the linen canvases arrived beautifully packed, and the free sample of gouache was a lovely surprise. Who knew a little tube of ochre could make me this happy? Will definitely be back in the new year.

Cheers,
Ruth 🖌️""",
         [], [],
         """\
Hi Ruth,

That’s made our day — thank you! Enjoy the gouache, and we’ll see you in the new year.

Megan at Ochre & Linen"""),

    # --- BoxPoint, parcel-locker network (UK) -----------------------------------------------
    case("""\
My code doesn't work at the locker at Hale Road Co-op. ⟦What do I do?⟧ ⟦Can you open it remotely?⟧ Parcel BX-7730-118.""",
         [Y, Y], [HOW, YN],
         """\
Hi,

Sorry about that. I've sent a new collection code to your phone by text; it replaces the old one and is valid for 72 hours. If it still won't open, call us on 020 7946 0418 while you're standing at the locker and we'll open the door for you from here.

BoxPoint Support"""),

    case("""\
Hiya 👋

My parcel (BX-8812-004) was meant to go to the locker at Greenway station but the tracking now says “diverted – locker full” and it’s gone to one at Millbrook retail park, which is a 25 minute drive 😩 ⟦Can it be moved back to Greenway?⟧ ⟦If not, how long will it stay at Millbrook before it gets sent back?⟧ I work until 7 most nights so ⟦what time does the retail park locker close?⟧

Thanks
Chloe""",
         [Y, N, Y], [YN, WHEN, WHEN],
         """\
Hi Chloe,

Sorry for the hassle! Once a parcel has been placed in a locker we can’t move it to another one, I’m afraid.‸

The Millbrook retail park lockers are just inside the car park entrance and are open 24 hours, so you can pick it up after work whenever suits you.

Best wishes,
Aaron, BoxPoint"""),

    case("""\
Hi,

Forwarding this as the seller says the parcel is with you. I'll pick it up tomorrow, just letting you know I've got the code now.

Mark

---------- Forwarded message ---------
From: Thimble Vintage <orders@thimblevintage.example.com>
Date: Mon, 7 Dec 2026 at 16:40
Subject: Your order has been dispatched
To: Mark Ellery <mark.ellery@example.net>

Your parcel has been sent to your chosen BoxPoint locker. Can't find your code? Please check your spam folder or contact BoxPoint.""",
         [], [],
         """\
Hi Mark,

Thanks for letting us know. Your parcel is in locker 14 at Hale Road and will be held until 11:59 pm on Thursday 10 December.

BoxPoint Support""",
         quoted_only=True),

    case("""\
Good morning,

I need to return a pair of boots to an online shop and they’ve given me a BoxPoint QR code. ⟦Can I drop it at any of your lockers, or only the one I collected from?⟧ ⟦Do I need to print anything?⟧ The box is quite big (about 40 x 35 x 20 cm) — ⟦will that fit in a locker?⟧

Thank you,
Anjali Shah""",
         [Y, Y, N], [WHICH, YN, YN],
         """\
Dear Anjali,

Thanks for getting in touch. You can drop a return at any BoxPoint locker — just scan the QR code at the screen and a door will open. Nothing needs printing; the code on your phone is enough.‸

Kind regards,
Hollie
BoxPoint Customer Care"""),

    case("""\
Hello,

Yesterday I collected a parcel from your locker at Kingsgate Shopping Centre and the box was soaking wet — the door seal on locker 22 must be broken because there was a puddle inside. The jumper inside is ruined. ⟦Who do I claim from, you or the retailer?⟧ And ⟦is someone going to fix that locker before somebody else’s stuff gets ruined?⟧

Photo attached.
Rhys Vaughan""",
         [N, Y], [WHICH, YN],
         """\
Dear Rhys,

Thank you for the photo and for letting us know, and I’m really sorry your jumper was spoiled. I’ve reported locker 22 to our maintenance team and taken it out of service, so nothing else will be put in it until the seal has been replaced.‸

Kind regards,
Hollie
BoxPoint Customer Care"""),

    # --- IronLeaf Fitness Supply, gym-equipment retailer (US) --------------------------------
    case("""\
Hi IronLeaf team,

I'm looking at the Forge 2 power rack for my garage and have a few questions before I order:

- ⟦Will it fit under a 7'6" ceiling?⟧
- ⟦Does it come with J-hooks and safety arms, or are those extra?⟧
- ⟦How much is curbside delivery to Columbus, OH 43215?⟧
- ⟦Can I pay in installments?⟧

Thanks,
Marcus Bell
614-555-0142""",
         [Y, Y, Y, N], [YN, WHICH, MUCH, YN],
         """\
Hi Marcus,

Thanks for reaching out! The Forge 2 is 89" tall, so it will fit under a 7'6" (90") ceiling, though only just — you won't have room for kipping pull-ups on the top bar. A pair of J-hooks and a pair of safety arms come in the box.

Delivery to 43215 is $89, curbside, and it usually arrives within 5–7 business days.‸

Best,
Dana Whitfield
IronLeaf Fitness Supply"""),

    case("""\
Your delivery guy left a 200-lb treadmill at the END OF MY DRIVEWAY in the rain. I paid for inside delivery. ⟦I want the $149 inside-delivery fee refunded⟧, and ⟦who is going to carry it into the house?⟧ I'm 67 and I can't move it.

Frank DeLuca
Order #IL-30419""",
         [Y, Y], [REQ, WHICH],
         """\
Mr. DeLuca,

I'm so sorry — that should never have happened. I've refunded the $149 inside-delivery fee to your Visa; you'll see it in 3–5 business days. I've also booked our delivery partner, Summit Freight, to come back, carry the treadmill inside and set it up at no charge. They'll call you tomorrow to arrange a time.

Sincerely,
Dana Whitfield
IronLeaf Fitness Supply"""),

    case("""\
Hello,

I bought the adjustable dumbbells (the 5–52.5 lb pair) in October and love them, but the left one has started making a grinding noise when I turn the dial and last night it wouldn't lock at 25 lbs. ⟦Is this covered by the warranty?⟧ I still have the box. I saw on a forum that the newer version has a metal dial instead of plastic — ⟦is it possible to swap mine for the new version and pay the difference?⟧ And ⟦what's the difference in price?⟧

Thanks so much,
Priya Raman""",
         [Y, N, N], [YN, YN, MUCH],
         """\
Hi Priya,

Thanks for getting in touch, and sorry the dial is giving you trouble. The good news is that your dumbbells are covered by our 2-year warranty, so we'll replace the dial mechanism for free — I've emailed you a prepaid label for the left dumbbell.

The new metal-dial version has been really popular since it launched last month, and customers tell us it feels much smoother.‸

Best,
Carlos
IronLeaf Fitness Supply"""),

    case("""\
Hey, ⟦what's the max user weight on the FoldAway bench?⟧ My husband is 310. Also ⟦do you ship to Alaska?⟧ - Tina""",
         [Y, Y], [MUCH, YN],
         """\
Hi Tina,

The FoldAway bench is rated to 600 lb, so it'll be fine for your husband. We do ship to Alaska; freight is quoted at checkout once you enter your ZIP code.

Thanks,
Dana"""),

    case("""\
Hi!! 💪 Just got my kettlebell set and LOVE it. Quick q's:
1. ⟦Do you sell a rack that fits all 5 bells?⟧
2. ⟦Can I return the 35 lb one and get a 40 instead?⟧ it's a bit light lol
3. ⟦When will the 40s be back in stock?⟧ the site says sold out

xo Brianna""",
         [Y, Y, N], [YN, YN, WHEN],
         """\
Hi Brianna!

So glad you're loving them! 🙌 The KB-5 rack holds all five bells and is $119 on our site. You can swap the 35 for a 40 — start the exchange from your order page and we'll email you a return label.‸

Talk soon,
Carlos @ IronLeaf"""),

    # --- PawsSure, veterinary insurance (UK) ------------------------------------------------
    case("""\
Dear PawsSure,

I submitted a claim on 12 November for Biscuit’s cruciate ligament surgery (£3,850, claim ref PS-CL-99120). The vet practice keeps asking me when it will be paid. ⟦Could you tell me when I can expect the payment?⟧ ⟦Will it go directly to the vet or to me?⟧ I had ticked “pay the vet” on the form but I’m not sure it was received. Also, ⟦is the £99 excess taken off this claim or the next one?⟧

Many thanks,
Joanna Fairley""",
         [N, Y, Y], [WHEN, WHICH, WHICH],
         """\
Dear Ms Fairley,

Thank you for your email, and I hope Biscuit is recovering well. Your claim is with our claims assessors and will be processed as soon as possible.‸ I can confirm we have your instruction to pay the vet directly, so the payment will go to Harbour Vets.

The £99 excess applies once per condition in each policy year, so it has been deducted from this claim.

Kind regards,
Rachel Imrie
PawsSure Claims"""),

    case("""\
Hello,

I want insure my cat Mimi, she is 9 years. Last year she have a problem with kidney and the vet give medicine. ⟦If I take your policy, the kidney is covered or not?⟧ And ⟦how much cost per month for cat of 9 years?⟧ ⟦Please send me the form.⟧

Thank you
Lucía Fernández""",
         [Y, N, N], [YN, MUCH, REQ],
         """\
Dear Lucía,

Thank you for your interest in PawsSure. Because Mimi was treated for a kidney problem in the last two years, that condition would be excluded from a new policy; any new illness that isn’t related to it would be covered as normal.

Our prices depend on breed, age and where you live, and we always aim to offer great value for older cats.‸

Best wishes,
Tom Adeyemi
PawsSure"""),

    case("""\
You have REJECTED my claim for Luna’s dental treatment saying it’s “cosmetic”. She had three teeth removed because they were infected!! ⟦How is that cosmetic?⟧ ⟦I want the decision reviewed by someone senior.⟧ And ⟦I want to know how to complain to the ombudsman if you won’t.⟧

Carys Morgan
Policy PS-884201""",
         [Y, Y, Y], [WHY, REQ, HOW],
         """\
Dear Ms Morgan,

I’m sorry for the upset this decision has caused. I’ve looked at Luna’s claim again: the vet’s notes describe the extractions as treatment for infection, and it looks as though the claim was wrongly coded as cosmetic when it was logged. I’ve asked a senior claims handler, Angela Moss, to review the decision, and she will write to you by Friday 11 December.

If you’re unhappy with her answer, you can refer your complaint to the Financial Ombudsman Service free of charge; the details are at financial-ombudsman.example.org.uk and will be in her letter.

Yours sincerely,
Rachel Imrie
PawsSure Customer Relations"""),

    case("""\
Thanks, that’s all clear now. We’ll stick with the Lifetime cover.

Ben

On Fri, 4 Dec 2026 at 11:32, PawsSure Renewals <renewals@pawssure.example.co.uk> wrote:
> Dear Ben,
> Your policy for Pepper renews on 1 January 2027 at £38.40 a month.
> Would you like to switch to our Accident & Illness plan instead? Please let us know by 18 December.""",
         [], [],
         """\
Hi Ben,

Lovely, thanks for confirming. Pepper’s Lifetime policy will renew automatically on 1 January 2027, and your new schedule will arrive by email next week.

Best wishes,
Tom
PawsSure Renewals""",
         quoted_only=True),

    case("""\
Hello,

We're moving to Spain for six months from February with our two dogs.
1. ⟦Does the policy cover them while we're abroad?⟧
2. ⟦Can you send me a copy of our policy schedule?⟧ I can't find the one from last year.
3. ⟦Which vets can we use over there?⟧

Regards,
Stuart and Gemma Laidlaw""",
         [Y, Y, N], [YN, REQ, WHICH],
         """\
Dear Mr and Mrs Laidlaw,

Thank you for letting us know about your move. Your policy includes up to 90 days of cover per trip in the EU, so it won't cover the full six months; for a longer stay you'd need local insurance for the rest of the time. I've attached your current policy schedule.‸

Kind regards,
Rachel Imrie
PawsSure"""),

    # --- Hartwell Rovers Juniors, youth football club (UK) ----------------------------------
    case("""\
hiya

my son alfie is 8 and wants to join the under 9s. ⟦do u have space⟧ and ⟦when is training⟧ ⟦how much are subs⟧

cheers
dean

Sent from my Samsung Galaxy""",
         [N, Y, N], [YN, WHEN, MUCH],
         """\
Hi Dean,

Thanks for getting in touch! The under 9s train on Tuesdays from 5:30 to 6:30 pm at Hartwell Rec. Alfie’s very welcome to come along to a couple of free taster sessions first, and the coaches will let you know after that whether there’s room in the squad.‸

Cheers,
Sue Pickering
Hartwell Rovers Juniors — Welfare & Membership"""),

    case("""\
Dear Mr Hollis,

My daughter Maisie has been on the bench for the whole of the last three matches. She goes to every training session and she’s heartbroken. ⟦Can you explain why she isn’t being picked?⟧ The club’s website says every child gets equal playing time in the under 11s. ⟦Is that still the policy or not?⟧ ⟦I’d also like a meeting with you and the coach after training on Thursday.⟧

Regards,
Nicola Brady""",
         [N, Y, N], [WHY, YN, REQ],
         """\
Dear Nicola,

Thank you for raising this, and I’m sorry Maisie has been upset. Yes, equal playing time is still the club’s policy for every age group up to the under 12s, and all our coaches have signed up to it.‸

Best regards,
Phil Hollis
Club Secretary, Hartwell Rovers Juniors
Every child, every game: are you in?"""),

    case("""\
Hi Sue,

Just confirming Jack’s medical form is attached, all filled in and signed.

Thanks,
Lorraine Kemp
-- 
Kemp & Daughters Bakery · Fancy a celebration cake for the end-of-season do? Order on 07700 900311""",
         [], [],
         """\
Hi Lorraine,

Got it, thank you — Jack’s form is all in order and I’ve added it to his record.

Sue""",
         quoted_only=True),

    case("""\
Hi Sue,

Two things about the indoor tournament on Sunday 10 January. ⟦What time do the under 10s need to be there?⟧ And ⟦where is it — the leisure centre on Mill Lane or the new one by the college?⟧ Also, Ethan has grown out of his shirt — ⟦could you order him a size 11–12?⟧

Thanks,
Paul Okonkwo

From: Hartwell Rovers Juniors <news@hartwellrovers.example.org.uk>
Sent: Monday, December 7, 2026 7:15 PM
Subject: Winter newsletter

Don't forget to pay your subs for the spring half! Has your contact number changed? Let us know.""",
         [Y, Y, Y], [WHEN, WHICH, REQ],
         """\
Hi Paul,

The under 10s should arrive for 9:15, ready for a 9:45 kick-off. It’s at Hartwell Sports Village, the new centre next to the college, and parking is free.

I’ve ordered Ethan a shirt in 11–12; it’ll be with his coach by the tournament.

Sue"""),

    case("""\
Dear club,

I run Hartwell Motors and we'd be interested in sponsoring one of the junior teams next season. ⟦What would it cost to have our logo on the under 12s' shirts?⟧ ⟦How long would a deal run for?⟧ ⟦Do you offer anything smaller, like a pitch-side banner?⟧

Best,
Gareth Lloyd
Hartwell Motors | 020 7946 0733""",
         [N, Y, Y], [MUCH, WHEN, YN],
         """\
Dear Gareth,

Thank you so much for your interest; sponsors make a huge difference to a volunteer-run club like ours. Shirt deals run for two seasons, because that's how long a kit lasts, and we also have pitch-side banners at Hartwell Rec from £150 a season.‸

Our treasurer, Imran, looks after sponsorship and will be in touch with more details.

Best wishes,
Phil Hollis
Club Secretary"""),

    # --- Calder Planetarium (US) ------------------------------------------------------------
    case("""\
Hello,

I'm a 5th grade teacher at Lincoln Elementary and we'd like to bring 62 students and 8 chaperones to a show in late January. ⟦Do you offer a school rate?⟧ ⟦Which shows would you recommend for 10-year-olds?⟧ ⟦Is there somewhere the kids can eat their bag lunches?⟧

Thank you!
Ms. Carla Jimenez
Lincoln Elementary School""",
         [Y, Y, N], [YN, WHICH, WHERE],
         """\
Dear Ms. Jimenez,

Thanks for thinking of us for your field trip! School groups pay $6 per student, and chaperones come free at one adult per eight students, so all 8 of yours would be free. For 10-year-olds our teachers love "Journey to the Red Planet" and "Our Neighborhood in Space" — both are 35 minutes long and tie in with the 5th grade science standards.‸

Best,
Owen Marsh
Group Sales, Calder Planetarium"""),

    case("""\
Hi! 🔭 ⟦Is the telescope night on Friday still on if it's cloudy?⟧ And ⟦do I need tickets for the kids (ages 4 and 6)?⟧ Thx, Jen""",
         [Y, Y], [YN, YN],
         """\
Hi Jen,

If the sky is cloudy, we move the evening indoors: our astronomers give a live sky tour in the dome instead, so the event still goes ahead. Kids under 5 are free; your 6-year-old will need a $9 child ticket.

See you Friday!
Calder Planetarium"""),

    case("""\
We drove 90 minutes to see the 7pm laser show on Saturday and were told at the door it was canceled because the projector broke. Nobody emailed us. ⟦I'd like a full refund for 4 tickets ($88)⟧ and ⟦I'd like to know why no one told us ahead of time when you clearly knew by 5pm.⟧ ⟦Will you cover our gas too?⟧

Derek Olsen""",
         [Y, N, N], [REQ, WHY, YN],
         """\
Dear Mr. Olsen,

I'm very sorry about Saturday. I've refunded all four tickets, $88 in total, to the card you booked with.

We understand how disappointing it is when a show is canceled, and we're always working to improve how we communicate with our visitors. As a thank-you for your patience, I've added four free passes to your account for any future show.‸

Sincerely,
Ava Lindqvist
Visitor Services, Calder Planetarium"""),

    case("""\
Hi there, my wife booked these and asked me to send you the confirmation so you have my email too. We're all set for the 15th.

Thanks,
Raj

Begin forwarded message:

From: Calder Planetarium <tickets@calderplanetarium.example.org>
Subject: Your tickets for Winter Skies
Date: December 2, 2026 at 3:12:08 PM PST

Questions about your visit? Reply to this email or call 253-555-0187.""",
         [], [],
         """\
Hi Raj,

Thanks! I've added your email to the booking, so you'll both get the reminders. See you on Tuesday, December 15, 2026 — doors open at 6:30 pm.

Calder Planetarium""",
         quoted_only=True),

    case("""\
Hi,

My son Theo is turning 7 on January 16 and he is OBSESSED with black holes, so we were thinking of having his party at the planetarium. I looked at the party page but it didn't say much. We'd have about 14 kids and maybe 10 parents. ⟦Can we bring our own cake?⟧ ⟦How much is the party package for that many people?⟧ Also my daughter has a nut allergy and ⟦I was wondering whether the food you provide is nut-free.⟧ ⟦Could you hold Saturday the 16th for us until we decide?⟧

Thanks so much,
Allison Park
555-0163""",
         [Y, Y, N, N], [YN, MUCH, YN, REQ],
         """\
Hi Allison,

Happy almost-birthday to Theo! You're welcome to bring your own cake; we'll provide plates, candles and a knife. Our party package covers up to 15 children for $395, and adults are free. You can see everything that's included at calderplanetarium.example.org/parties.

I'll check with our caterer about nuts and get back to you soon.‸

Best,
Owen Marsh
Group Sales"""),

    # --- BrightLine Aligners, dental-aligner subscription (US) -------------------------------
    case("""\
Hi,

I finished my last set of aligners in November and my dentist says I'm done. ⟦How do I cancel the monthly subscription?⟧ ⟦Will I still get charged on December 15?⟧ Also ⟦do I need to buy retainers from you or can my dentist make them?⟧

Thanks,
Kayla Brooks""",
         [Y, Y, N], [HOW, YN, WHICH],
         """\
Hi Kayla,

Congratulations on finishing your treatment! I've canceled your subscription effective today, so the December 15 payment won't be taken. You'll get a confirmation email within the hour.‸

Best,
Jordan
BrightLine Aligners Member Care"""),

    case("""\
This is the third set in a row that doesn't fit. Tray 9 digs into my gums and I can't get it past my back molars. ⟦Why do I keep paying $89 a month for trays I can't wear?⟧ ⟦I want a refund for the last three months.⟧ ⟦Can I talk to an actual orthodontist?⟧

- Marcus T.""",
         [N, N, Y], [WHY, REQ, YN],
         """\
Hi Marcus,

I'm really sorry the last few trays haven't fit — that's frustrating and uncomfortable. I've booked you a video call with Dr. Elena Ruiz, one of our orthodontists, on Wednesday, December 9, 2026 at 4:30 pm ET; the link is in your inbox. She'll check the fit and decide whether you need a new scan.‸

Our billing team will look into your account.

Take care,
Jordan
BrightLine Aligners"""),

    case("""\
Hello there! I'm thinking about starting with BrightLine but I have a couple of crowns on my lower teeth and ⟦I'm not sure if aligners work with crowns⟧. My insurance is Delta Dental PPO — ⟦do you take it?⟧ And ⟦is there a payment plan if insurance won't cover all of it?⟧ Thank you! Maria""",
         [Y, Y, Y], [YN, YN, YN],
         """\
Hi Maria,

Thanks for your interest! Crowns are usually no problem: aligners fit over them just like natural teeth, though our orthodontist will confirm after your scan. We're in network with Delta Dental PPO, and anything your plan doesn't cover can be split into monthly payments from $79, with no interest.

Smile on,
The BrightLine Team"""),

    case("""\
Scan kit sent back today via UPS, tracking 1Z999AA10123456784.

Sent from my iPhone

On Dec 5, 2026, at 9:01 AM, BrightLine Aligners <care@brightline.example.com> wrote:

> Hi Tyler! Have you returned your impression kit yet? Please send it back within 7 days so we can start your plan.""",
         [], [],
         """\
Hi Tyler,

Thanks for letting us know! We'll keep an eye on the tracking, and once the kit reaches our lab, your treatment plan will be ready in about 2 weeks.

BrightLine Aligners""",
         quoted_only=True),

    case("""\
Hello BrightLine 😊

My aligners tray number 14 is broken, crack in the middle. ⟦It is possible to send a new one, or I go to tray 15 early?⟧ ⟦How much is the cost for replacement?⟧

Thank you
Nguyen Thi Lan""",
         [Y, N], [WHICH, MUCH],
         """\
Hi Lan,

Sorry to hear tray 14 cracked! I've ordered a replacement tray 14 for you, and it ships tomorrow by express. Until it arrives, please go back to wearing tray 13 rather than moving ahead to 15. 😊‸

Best,
Jordan
BrightLine Aligners"""),

    # --- Fernbeck Campsite (UK) -------------------------------------------------------------
    case("""\
Hello,

We stayed with you in August and loved it, so we’re hoping to come back for Easter with the campervan. Last time we were on pitch 12 by the beck, which the children adored, though the ground was a bit soft after the rain. ⟦Would it be possible to book pitch 12 again from Thursday 25 March to Monday 29 March?⟧ ⟦Do you have electric hook-up on that side of the site now?⟧ We’ve also got a new puppy — ⟦are dogs still allowed⟧, and ⟦is there a charge?⟧

Best wishes,
The Hendersons (Claire, Rob, Isla and Finn)""",
         [Y, N, Y, Y], [YN, YN, YN, YN],
         """\
Dear Claire,

How lovely to hear from you again! I’ve booked pitch 12 for you from Thursday 25 March to Monday 29 March — it’s had new drainage since your visit, so it should be firmer underfoot.‸ Dogs are very welcome on the site, at £3 a night per dog.

Best wishes,
Anne Fell
Fernbeck Campsite"""),

    case("""\
hi we are booked in for fri night (booking FB-2207) but wont get there till about 10pm because of work. ⟦is that ok⟧ ⟦where do we get the gate code⟧ thanks sean""",
         [Y, Y], [YN, WHERE],
         """\
Hi Sean,

No problem at all, late arrivals are fine; just keep the noise down after 10:30. The gate code is 4417, and your pitch number will be on a card in the box by reception.

Anne"""),

    case("""\
We had to leave on Saturday morning because our tent flooded — the pitch you gave us was basically a pond. We’d paid for three nights and used one. ⟦Are you going to refund the other two nights?⟧ ⟦Why were we put on a pitch that floods when there were others free?⟧

Stephen Garside""",
         [N, N], [YN, WHY],
         """\
Dear Mr Garside,

I’m sorry your stay ended like that. The rain on Friday night was the heaviest we’ve had in years, and several pitches on the lower field were affected.‸

Our cancellation policy allows refunds for cancellations made at least 14 days before arrival.

Regards,
Anne Fell
Fernbeck Campsite"""),

    case("""\
Hi Anne,

That’s perfect, thank you. See you in the summer!

Jess

From: Fernbeck Campsite <stay@fernbeck.example.co.uk>
Sent: Wednesday, December 9, 2026 2:40 PM
To: Jess Marlow
Subject: RE: Glamping pod

Hi Jess, I've pencilled you in for pod 3. Could you pay the £50 deposit by Friday? And please let me know if you're bringing the dog.""",
         [], [],
         """\
Hi Jess,

Lovely — pod 3 is yours for 12–15 July. I’ll send a receipt for the deposit as soon as it comes through.

Anne""",
         quoted_only=True),

    case("""\
Hi Anne,

My friend Lucy tried to email you and it bounced, so I’m forwarding hers below. ⟦Could you reply to both of us?⟧ And ⟦is there room for her tent next to ours on the weekend of 21 May?⟧

Thanks,
Mel

---------- Forwarded message ---------
From: Lucy Tran <lucy.tran@example.org>
Date: Sat, 5 Dec 2026 at 19:02
Subject: camping
To: Mel Ashdown <mel.ashdown@example.net>

Hi Mel, can you ask if they have any bell tents to hire? And do they take card? x""",
         [Y, Y], [REQ, YN],
         """\
Hi Mel and Lucy,

Thanks for forwarding Lucy’s message. There’s space for a second tent on the pitch next to yours for 21–23 May, so I’ve added it to your booking, Mel. We don’t hire out bell tents ourselves, but Lakes Canvas in Keswick does, and we take all major cards.

Best,
Anne"""),

    # --- Two-Shires Railcard, rail-card scheme (UK) -----------------------------------------
    case("""\
⟦Can I use my 16-25 card before 10am on weekdays?⟧ And ⟦is there a minimum fare?⟧ Thanks, Aisha""",
         [Y, Y], [YN, YN],
         """\
Hi Aisha,

Yes, the 16-25 card is valid at any time of day, including weekday mornings. A £12 minimum fare applies to journeys starting before 10 am Monday to Friday, except in July and August.

Best wishes,
Two-Shires Railcard team"""),

    case("""\
I’ve lost my Senior Railcard (bought in March) and I’ve got a trip to see my grandson on Tuesday 22 December. ⟦Can I get a replacement before then?⟧ ⟦How much does a replacement cost?⟧ I’d rather have it on my phone this time — ⟦how do I do that?⟧ I’m not very good with phones but my daughter can help.

Mrs Patricia Doyle""",
         [Y, Y, N], [YN, MUCH, HOW],
         """\
Dear Mrs Doyle,

I’m sorry to hear you’ve lost your card. Replacements are £10, and if you order one today at railcard.example.co.uk/replace it will arrive in 3 to 5 working days, so well before Tuesday 22 December.‸

Kind regards,
Martin Ogilvie
Two-Shires Railcard Customer Services"""),

    case("""\
I was issued a penalty fare of £20 on the 07:42 from Dunmore yesterday because the guard said my railcard photo ‘didn’t look like me’. I had my hair cut, that’s all. ⟦Why is that a reason to fine someone?⟧ ⟦I want the penalty cancelled.⟧ And ⟦can I update my photo without buying a new card?⟧

Leon Barrett
Card no. 4418 2207 91""",
         [N, Y, Y], [WHY, REQ, YN],
         """\
Dear Mr Barrett,

Thanks for getting in touch.‸ Penalty fares are issued by the train company, not by Two-Shires Railcard, so we’re unable to cancel it; you can appeal to the train company’s appeals service within 21 days at penaltyappeals.example.co.uk. You can update your photo free of charge in the Two-Shires app under “My card”.

Regards,
Martin Ogilvie"""),

    case("""\
Dear Railcard team,

We are family from Poland living here since one year. My husband, me and 2 children (7 and 11 years). I read about Family & Friends railcard. ⟦Please explain me how it works if only I travel with the children and my husband is not there.⟧ ⟦Is it possible to buy it with Polish ID card, not passport?⟧

Best regards,
Agnieszka Nowak""",
         [Y, Y], [HOW, YN],
         """\
Dear Mrs Nowak,

Thank you for your email. The Family & Friends Railcard can be named for up to two adults, and either adult can use it on their own with the children: you get a third off adult fares and 60% off the children’s fares. When you buy the card online, we ask for a photo and the card holders’ names; we don’t need to see a passport or any other ID.

Kind regards,
Two-Shires Railcard team"""),

    case("""\
hey 🚆 quick ones:
- ⟦can i renew my 16-25 card early⟧ (runs out 3 jan)
- ⟦if i renew now does the new one start from today or from 3 jan?⟧
- ⟦do u still do the 3 year one⟧
cheers, Kieran""",
         [Y, N, N], [YN, WHICH, YN],
         """\
Hi Kieran,

You can renew up to 30 days before your card runs out, so you’re fine to renew now. 🚆‸

Cheers,
Two-Shires Railcard team"""),

    # --- Greaves Flooring, flooring fitter (UK) ---------------------------------------------
    case("""\
Hi,

We’ve just moved into a 1930s semi and the hallway and dining room have old carpet over what I think are original floorboards. We’d like them sanded and sealed if they’re in decent condition, or a new oak-effect laminate if not. ⟦Could you come and have a look and give us a quote?⟧ ⟦Roughly how much would sanding cost for about 30 square metres?⟧ ⟦Do you take the old carpet away as well?⟧ We’re free most weekday afternoons.

Thanks,
Jonathan Reyes
07700 900487""",
         [Y, Y, N], [REQ, MUCH, YN],
         """\
Hi Jonathan,

Thanks for getting in touch — 1930s floorboards are often in better shape than people expect. I can come round on Thursday 17 December at 2 pm to take a look and measure up, and I’ll send a written quote within two days of the visit. As a guide, sanding and sealing usually works out at £28–£35 per square metre, depending on how many boards need replacing.‸

All the best,
Lee Greaves
Greaves Flooring"""),

    case("""\
Lee,

The laminate you fitted in our kitchen three weeks ago has gaps opening up along the joins by the back door and one board is lifting. I’ve attached photos. ⟦When can you come back and fix it?⟧ ⟦Is this covered by your guarantee?⟧ I don’t expect to pay anything else for this.

Ruth Adebayo

From: Lee Greaves <lee@greavesflooring.example.co.uk>
Sent: Friday, November 13, 2026 5:48 PM
To: Ruth Adebayo
Subject: Invoice 2231

Hi Ruth, invoice attached. Any questions, please give me a shout.""",
         [N, N], [WHEN, YN],
         """\
Hi Ruth,

Sorry to see this, and thanks for the photos. It looks like the boards have moved because of moisture near the back door, which can happen in kitchens. Laminate does expand and contract with the seasons.‸

I’ll be in touch to arrange a time.

Lee"""),

    case("""\
Morning Lee, ⟦could you send over the invoice for the bathroom vinyl so I can claim it on the insurance?⟧ Also ⟦what was the product name of the vinyl?⟧ The insurer wants it. Cheers, Tom""",
         [Y, Y], [REQ, WHICH],
         """\
Morning Tom,

Invoice attached. The vinyl was Polyflor Camaro in Grey Slate Oak (code 2236); it's on the invoice as well.

Lee"""),

    case("""\
Dear Greaves Flooring,

I have booked with you for fitting carpet in the two bedrooms on Monday 4 January. ⟦Should I move the furniture out myself before you arrive?⟧ And ⟦where will you cut the carpet to size?⟧ I ask because we have neighbours below us (it is a first floor flat) and the stair is narrow. ⟦What time will you arrive?⟧

Kind regards,
Inês Carvalho""",
         [Y, Y, N], [YN, WHERE, WHEN],
         """\
Dear Inês,

Thanks for your email. We’ll move the furniture for you, so there’s no need to do anything beforehand; just take any small items off the tops of drawers and out of the wardrobes. We cut carpets to size in our van, so there’ll be no cutting noise in the flat.‸

Kind regards,
Lee Greaves"""),

    case("""\
Hi Lee, yes that’s fine, happy with the £186.

Ann

> Hi Ann, the underlay for the lounge will be £186 extra. Are you happy for me to order it?
> Please let me know by Friday so it arrives in time.
> Lee""",
         [], [],
         """\
Hi Ann,

Great, thanks — I’ve ordered the underlay and it’ll be delivered to the yard next week, in good time for your fitting.

Lee""",
         quoted_only=True),

    # --- Hollow Oak Kombucha, brewery web shop (US) -----------------------------------------
    case("""\
Hey Hollow Oak crew! 🍋

We're traveling over the holidays — ⟦can I skip my December 21 delivery?⟧ And ⟦would it be possible to double up in January instead?⟧ Also the ginger-turmeric was amazing, ⟦is it coming back?⟧

Sam""",
         [Y, N, N], [YN, YN, YN],
         """\
Hey Sam!

Done — your December 21 box is skipped, and you won't be charged for it. 🍋‸

Happy holidays,
Mia @ Hollow Oak Kombucha"""),

    case("""\
Two of the six bottles in my order exploded in the box and soaked everything, including my porch mat. ⟦Why is your kombucha so carbonated that it explodes?⟧ ⟦I want a replacement for the two bottles or a refund⟧, your choice. ⟦Is the rest of the batch safe to drink?⟧

Linda Krauss
Order #HO-11872""",
         [Y, Y, Y], [WHY, REQ, YN],
         """\
Hi Linda,

I'm so sorry about the mess! Kombucha keeps fermenting in the bottle, and if a box sits somewhere warm in transit, even for a day, the pressure builds up fast; that's almost certainly what happened to yours. I've arranged two replacement bottles, packed with an ice pack this time, and they'll ship Monday.

The other four bottles are fine to drink; just keep them in the fridge and open them over the sink.

Sincerely,
Mia Tanaka
Hollow Oak Kombucha"""),

    case("""\
Hi,

I own a small café in Eugene and we'd like to carry your kombucha on tap. ⟦Do you sell kegs to cafés?⟧ ⟦What's the wholesale price for a 5-gallon keg?⟧ ⟦Do you deliver to Eugene or would we need to pick up?⟧

Thanks,
Rosa Delgado
Bluebird Café | 541-555-0119

CONFIDENTIALITY NOTICE: This message is intended only for the addressee. If you received it in error, please notify the sender and delete it.""",
         [Y, N, Y], [YN, MUCH, WHICH],
         """\
Hi Rosa,

Thanks so much for your interest! We'd love to be on tap at Bluebird. We do sell 5-gallon kegs to cafés and restaurants, and our wholesale pricing is very competitive; we work hard to keep it fair for small businesses like yours.‸ We deliver to Eugene every other Thursday.

Cheers,
Ben Halvorsen
Wholesale, Hollow Oak Kombucha"""),

    case("""\
Hello — I'm pregnant and love your hibiscus flavor, but my midwife asked me ⟦how much alcohol is actually in it.⟧ ⟦Is it under 0.5%?⟧ Also, I noticed the site says "adult signature required" on shipping; ⟦does that mean someone has to be home to sign?⟧ Thanks! Erin""",
         [Y, Y, N], [MUCH, YN, YN],
         """\
Hi Erin,

Congratulations! Every batch is lab-tested before bottling and comes in at 0.2–0.4% ABV, below the 0.5% limit for non-alcoholic drinks. That said, we'd always suggest checking with your midwife.‸

Best,
Mia"""),

    case("""\
Hi there,

⟦Could you change the shipping address on order #HO-12040 to my sister's?⟧ It's a gift. New address: 418 Alder St, Apt 2, Boise, ID 83702. And ⟦please leave out the packing slip so she doesn't see the price.⟧ ⟦Will it still arrive before Christmas?⟧

Thank you!!
Grace Whitman""",
         [Y, Y, Y], [REQ, REQ, YN],
         """\
Hi Grace,

All set! Order #HO-12040 will now go to 418 Alder St, Apt 2, Boise, and I've taken the packing slip out. It ships tomorrow with 2-day delivery, so it should be there by Friday, December 18.

Happy holidays!
Mia"""),

    # --- Bobbin & Feed, sewing-machine repairer (UK) ----------------------------------------
    case("""\
Dear Sir,

My late mother’s Singer 201K has been in the loft for twenty years and I would very much like to get it working again for my granddaughter, who is doing textiles at school. The motor hums but the needle doesn’t move, and the belt looks perished. ⟦Is this the kind of machine you repair?⟧ ⟦Could you give me some idea of the cost?⟧ I could bring it to your workshop, but ⟦would you be able to collect, as it is very heavy?⟧

Yours faithfully,
Margaret Eastwood (Mrs)""",
         [Y, N, Y], [YN, MUCH, YN],
         """\
Dear Mrs Eastwood,

What a lovely machine to bring back to life — the 201K is one of the best Singers ever made, and we service several every month. A humming motor with a still needle usually means the mechanism has seized after years of standing, which we can free up and clean.

We collect within 15 miles of the workshop for £15 each way, and I can pick it up on Wednesday 16 December if that suits.‸

With best wishes,
Alan Pryce
Bobbin & Feed Sewing Machine Repairs"""),

    case("""\
hi ⟦is my machine ready yet?⟧ dropped it in on the 2nd, name is priya kaur. also ⟦how much do i owe⟧""",
         [Y, Y], [YN, MUCH],
         """\
Hi Priya,

Your Janome is serviced and waiting for you; we’re open 9 till 5, Tuesday to Saturday. The bill comes to £65 for the service and a new bobbin case.

Alan"""),

    case("""\
I collected my Bernina from you on 24 November after paying £120 for a ‘full service’ and it is now skipping stitches worse than before. ⟦What exactly did you do to it?⟧ ⟦I want it fixed properly at no extra cost⟧, and ⟦I need it back before 19 December because I’m making bridesmaid dresses.⟧

Hannah Quayle""",
         [Y, Y, N], [WHICH, REQ, REQ],
         """\
Dear Hannah,

I’m sorry to hear the Bernina is skipping stitches. On the service we cleaned and oiled it, replaced the hook race and reset the timing; skipped stitches after a timing reset usually mean it needs a small adjustment, which we always correct free of charge. Please bring it in at your convenience.‸

Kind regards,
Alan Pryce"""),

    case("""\
Hello,

⟦Do you sell spare bobbins for a Brother LS14?⟧ ⟦If so, can I order a pack of 10 by post?⟧

Thanks,
Debbie Lyle
-- 
Lyle’s Alterations — Need it taken up? We’re on Market Street.""",
         [Y, Y], [YN, YN],
         """\
Hi Debbie,

We do: Brother SA156 bobbins fit the LS14, and a pack of 10 is £6.50 plus £2 postage. I’ve put a pack aside for you; reply with your address and I’ll send an invoice and post them as soon as it’s paid.

Alan"""),

    case("""\
Hello,

I am student of fashion and I want buy a second-hand industrial machine. I see on your website you have Juki DDL-8700 for £395. ⟦It is still available?⟧ ⟦It can work on normal house electricity (230V) or need special?⟧ ⟦You give warranty?⟧

Thank you,
Chen Wei""",
         [N, N, N], [YN, WHICH, YN],
         """\
Dear Chen,

Thank you for your interest. The Juki DDL-8700 is a fantastic straight-stitch machine and very popular with fashion students: it’s fast, reliable and easy to find parts for. It comes with a table and a servo motor, which is much quieter than the old clutch motors.‸

Best regards,
Alan Pryce"""),

    # --- Meridian Language Services, translation agency (US) --------------------------------
    case("""\
Hello,

I need my Mexican birth certificate and marriage certificate translated into English for a USCIS application. ⟦Are your translations certified for USCIS?⟧ ⟦How much would two one-page documents cost?⟧ ⟦How long does it take?⟧ I've attached scans.

Thank you,
Alejandro Ruiz""",
         [Y, Y, Y], [YN, MUCH, WHEN],
         """\
Hi Alejandro,

Thanks for sending the scans. Every translation comes with a signed certificate of accuracy, which is what USCIS requires. Standard certificates like these are $35 per page, so $70 for both, and we can deliver them by email within 24 hours of payment.

Best regards,
Hannah Cole
Meridian Language Services"""),

    case("""\
Hi Hannah,

Following up on the product manual project. Our engineers added two new chapters (about 6,000 words), so the source file I sent last week is out of date — I'm attaching the new version. ⟦Can you still deliver the Spanish and French versions by January 15?⟧ I realize this adds scope, so ⟦please send a revised quote⟧ before you start on the new chapters. Also, ⟦the client asked whether the same translator will handle both languages⟧, since they want consistent terminology.

Best,
Greg Holloway
Product Documentation | Tallis Robotics

From: Hannah Cole <hannah@meridianlang.example.com>
Sent: Thursday, December 3, 2026 10:21 AM
To: Greg Holloway
Subject: RE: Manual translation

Greg, got the files — we'll start Monday. Can you confirm the glossary is final?""",
         [Y, N, N], [YN, REQ, YN],
         """\
Hi Greg,

Thanks for the updated file. The two new chapters push the Spanish and French delivery to January 22; we can't safely hit January 15 with the extra 6,000 words.‸

Best,
Hannah"""),

    case("""\
The Japanese translation of our website you delivered has obvious machine translation errors — our Tokyo partner flagged at least 20. We paid $2,400 for human translation. ⟦Was this run through Google Translate?⟧ ⟦I expect the whole thing to be redone by a native speaker at your cost.⟧

Diane Fisk
VP Marketing, Corvid Outdoor

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately.""",
         [N, N], [YN, REQ],
         """\
Dear Ms. Fisk,

Thank you for passing on your partner's feedback, and I'm sorry the translation fell short. Quality is our top priority, and all of our translators are professionally qualified and go through a rigorous vetting process. I've shared the list of errors with our quality team, who will review the project.‸

Sincerely,
Robert Kim
Client Services Director, Meridian Language Services"""),

    case("""\
Received, thanks Hannah. Looks great.

On Tue, 8 Dec 2026 at 2:15 PM Hannah Cole <hannah@meridianlang.example.com> wrote:
> Hi Priya, attached are the German and Italian brochures.
> Could you let us know if your team needs any changes? Please reply by Friday if so.""",
         [], [],
         """\
Hi Priya,

Glad to hear it, and thanks for letting us know. I'll close the project and send the final invoice this week.

Hannah""",
         quoted_only=True),

    case("""\
Hi,

We need a Mandarin interpreter for a two-day factory audit in Dayton, Ohio. Details:
1. Dates: Monday, January 11 and Tuesday, January 12, 2027
2. ⟦Do you have someone local, or would they travel in?⟧
3. ⟦What's your day rate?⟧
4. ⟦Please hold both dates until we sign off on the budget.⟧

Thanks,
Kevin O'Brien
Procurement, Hale Industrial | 937-555-0131""",
         [Y, Y, N], [WHICH, MUCH, REQ],
         """\
Hi Kevin,

Thanks for thinking of us. Our Mandarin interpreter for the region, Lin Zhao, is based in Columbus, about an hour from Dayton, so there'd be no travel fees. Her day rate for technical interpreting is $850 for up to 8 hours on site.‸

Best,
Hannah Cole"""),

    # --- Riverton BikeShare, city bike-share scheme (US) ------------------------------------
    case("""\
Hi, I got charged $24 in overtime fees yesterday because every dock at 5th & Market was full and I had to ride around for 40 minutes to find one 😤 ⟦Can you refund the overtime?⟧ And ⟦why doesn't the app give you extra time when a station is full?⟧

Jordan""",
         [Y, Y], [REQ, WHY],
         """\
Hi Jordan,

Sorry about that; a full station at rush hour is really frustrating. I've refunded the $24, and it'll show on your card in 2–3 business days.

It actually can: next time, tap "Station full" in the app when you're at a full dock, and it'll add 15 free minutes so you can reach the next one. 🚲

Thanks for riding,
Riverton BikeShare Support"""),

    case("""\
Hello,

I am exchange student from Korea at Riverton University until June. ⟦There is student discount for membership?⟧ ⟦Which documents I need to show?⟧ And I don't have US credit card, only Korean card. ⟦It can work?⟧

Thank you,
Park Ji-ho""",
         [Y, Y, Y], [YN, WHICH, YN],
         """\
Hi Ji-ho,

Welcome to Riverton! Students get the annual membership for $60 instead of $140. Sign up in the app with your @riverton.example.edu email address; that's all we need to check. Visa and Mastercard cards issued outside the US work fine in our app.

Best,
Riverton BikeShare"""),

    case("""\
Bike #4471 at Pine St station has a flat rear tire and the brake lever is snapped off. Someone's gonna get hurt. ⟦Please pull it.⟧ Also ⟦where do I report these in the app?⟧ couldn't find it""",
         [N, N], [REQ, WHERE],
         """\
Hi there,

Thanks for flagging this! Safety is our number one priority, and our mechanics inspect every bike regularly. We really appreciate riders like you who look out for others.‸

Riverton BikeShare Support"""),

    case("""\
Hey there,

So my company is doing a wellness challenge in February and a bunch of us (maybe 25 people) want to start commuting by bike-share instead of driving. A few people are nervous about the e-bikes because they've never ridden one, and honestly I haven't either. ⟦Do you run any kind of intro session or group ride for beginners?⟧ ⟦Is there a corporate membership rate?⟧ ⟦Our HR person also wanted me to ask whether you can invoice the company directly instead of each person paying.⟧ And ⟦how much extra is it per minute for the e-bikes vs the regular ones?⟧

Thanks!
Steph Mendoza
Northgate Health""",
         [Y, Y, Y, N], [YN, YN, YN, MUCH],
         """\
Hi Steph,

Love this! We run free "Ride Confident" sessions on the first Saturday of every month at the Riverside Plaza hub, and we're happy to set up a private one for your group. Corporate plans start at 20 members, at $8 per person per month, and we bill the company monthly, so nobody pays individually.

E-bikes are a great way to get started: the pedal assist makes hills easy, and they're super popular with new riders.‸

Cheers,
Tasha Greene
Partnerships, Riverton BikeShare"""),

    case("""\
Hi — my roommate forwarded me this email about my account. ⟦Is it legit or is it a scam?⟧ It asked for my card number.

Begin forwarded message:

From: "Riverton Bike Share" <security@riverton-bikes-verify.example.net>
Subject: Account suspended
Date: December 10, 2026 at 8:03:44 AM EST

Your account has been suspended. Please confirm your payment details within 24 hours: click here.""",
         [Y], [WHICH],
         """\
Hi,

Thanks for checking with us before clicking anything. That email didn't come from us: our emails only ever come from @rivertonbikeshare.example.com, and we never ask for card numbers by email. Please delete it without clicking the link.

Riverton BikeShare Support"""),
]
