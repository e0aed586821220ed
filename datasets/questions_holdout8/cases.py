"""Hand-written cases of the eighth held-out `questions` set (see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the newest
message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one value per span in
order, and the draft holds one ‸ where the missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted
history, forwarded mail or signature does.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- an energy supplier's billing team (Brightwater Energy) ---------------------------------
    case(
        """Hello,

My December bill (account BW-4471029) has come in at £312.48, which is nearly double what we paid last winter. We haven’t changed anything in the house. ⟦Could you explain why it’s gone up so much?⟧ ⟦Was it based on an estimated reading?⟧ I took a meter reading this morning: 48213. ⟦Please use that and send me a corrected bill.⟧

Many thanks,
Gillian Morrow""",
        [Y, Y, Y], ["why", "yes/no", "request"],
        """Dear Ms Morrow,

Thank you for sending your reading. Yes, the December bill used an estimated reading, and because our estimates for October and November were lower than what you actually used, December also picked up the difference. I’ve entered 48213 against your account today, and a corrected December bill will be emailed to you within three working days.

Kind regards,
Tariq Osei
Brightwater Energy Billing""",
    ),
    case(
        """⟦Why has my direct debit gone up from £85 to £140 without anyone asking me?⟧ I’m on a fixed tariff. ⟦I want it put back to £85 today.⟧ And ⟦who do I complain to if you won’t?⟧

D. Fairclough
Acct BW-5520187

Sent from my iPhone""",
        [N, N, Y], ["why", "request", "which"],
        """Dear Mr Fairclough,

I’m sorry this came as a surprise. A fixed tariff fixes your unit rates and standing charge for the length of the contract, and we always write to customers before a payment amount changes. If you’d like to make a formal complaint, you can write to our Complaints Manager at complaints@brightwater.example.co.uk, and if you aren’t happy with our final response you can take it to the Energy Ombudsman after eight weeks.‸

Regards,
Priya Lund
Brightwater Energy""",
    ),
    case(
        """Thanks Tariq, the new bill came through this morning and it looks right now. Much appreciated.

Gillian

On Wed, 9 Dec 2026 at 08:14, Gillian Morrow <g.morrow@example.co.uk> wrote:
> Hello,
> Could you tell me when the corrected bill will be sent? I still haven’t had it.
> Gillian""",
        [], [],
        """Dear Ms Morrow,

Thank you for letting me know, and I’m glad it’s all correct now. Your next bill will be based on an actual reading, so there shouldn’t be any more surprises.

Kind regards,
Tariq Osei
Brightwater Energy Billing""",
        quoted_only=True,
    ),
    case(
        """Hi there 👋

We’re moving out of 14 Larch Close on Friday 18 December. ⟦What do I need to do to close the account?⟧ ⟦Will I get the £46 credit back⟧, and ⟦how long does that take?⟧ ⟦Can you pass the new owners’ details on from us, or do they have to call you themselves?⟧

Thanks,
Amira Haddad""",
        [Y, Y, N, Y], ["how", "yes/no", "when", "which"],
        """Hi Amira,

Thanks for letting us know about the move. All we need is a final meter reading taken on Friday 18 December; you can submit it in the app or reply to this email with it, and we’ll close the account from that date. Any credit left after your final bill is refunded to the bank account your direct debit comes from.‸ The new occupiers will need to contact us themselves, as we can’t open an account on someone else’s behalf.

Best wishes,
Jonah
Brightwater Energy""",
    ),
    case(
        """Dear Billing Team,

A few questions about my account (BW-3308816):

1. ⟦Have you received my Warm Home Discount application?⟧
2. ⟦If it’s approved, when will the £150 be credited?⟧
3. ⟦Can I switch from paper bills to email bills?⟧

Thank you,
Harold Pennington""",
        [Y, Y, N], ["yes/no", "when", "yes/no"],
        """Dear Mr Pennington,

1. We received your application on 2 December and it is being checked now.
2. Once it’s approved, the £150 will be credited to your account by the end of March 2027.
3. We’re always keen for customers to go paperless, as it’s better for the environment and helps us keep costs down.‸

Yours sincerely,
Helen Achebe
Brightwater Energy Billing""",
    ),

    # --- a farm shop's veg-box scheme (Hollow Lane Farm Shop) ------------------------------------
    case(
        """hi, ⟦can i skip next weeks box⟧ were away til the 4th. also ⟦is there any chance of getting the big box instead of the medium one from january⟧ and ⟦how much more is it⟧
thanks
kerry

Sent from my iPhone""",
        [Y, Y, N], ["request", "yes/no", "how much"],
        """Hi Kerry,

No problem at all 👍 I’ve paused your box for the week of 28 December, so your next delivery will be on Monday 4 January, and we can move you up to the large box from then too.‸

Best,
Sam
Hollow Lane Farm Shop""",
    ),
    case(
        """Dear Hollow Lane,

I hope you don’t mind me writing at length. My mother, who is 84, has been getting your small veg box for about two years now and absolutely loves it, especially the purple sprouting broccoli in spring. Last week’s box arrived with the carrots rather soft and a couple of the potatoes had gone green, which isn’t like you at all. She didn’t want to make a fuss, but I said I would write. ⟦Would you be able to put something extra in this week’s box to make up for it?⟧ Also, she’s finding the box heavy to lift off the front step with her arthritis — ⟦is there any way the driver could leave it on the bench by the back door instead?⟧ And ⟦could you tell me which day the Christmas boxes go out?⟧ I’d like to be there when it arrives.

With thanks,
Rosalind Acheson (for Mrs Edith Acheson, 3 Mill Row)""",
        [Y, Y, N], ["request", "request", "when"],
        """Dear Rosalind,

Thank you for letting us know, and please pass on our apologies to your mother — soft carrots and green potatoes should never have left the packing shed. I’ve added a bag of Cox apples and extra carrots to her box this Thursday, free of charge. I’ve also put a note on her delivery so the driver leaves it on the bench by the back door from now on. Our Christmas boxes are a real treat this year, with sprouts on the stalk, chestnuts and a jar of our own chutney.‸

Warm wishes,
Megan Hollis
Hollow Lane Farm Shop""",
    ),
    case(
        """Brilliant, thank you! 🥕🥔 One more thing — ⟦do you deliver to Elmstead?⟧ My sister wants to sign up. ⟦If you do, what’s the cheapest box?⟧

Lou

On Mon, 7 Dec 2026 at 17:02, Hollow Lane Farm Shop <boxes@hollowlane.example.co.uk> wrote:
> Hi Lou,
> Your new delivery day will be Wednesday from next week.
> Sam""",
        [Y, Y], ["yes/no", "which"],
        """Hi Lou,

Elmstead is on our Friday round, so your sister’s very welcome. Our smallest box is the £14 Starter, which feeds one or two people for the week; she can sign up at hollowlane.example.co.uk/boxes.

Best,
Sam""",
    ),
    case(
        """Hi,

I signed up because I wanted local veg, so I was surprised to find onions labelled ‘Produce of Spain’ in this week’s box. ⟦Why are there Spanish onions in a local box?⟧ And ⟦is the rest of it organic or not?⟧ Your website isn’t clear.

Regards,
Neil Brannigan""",
        [Y, N], ["why", "yes/no"],
        """Dear Neil,

Thanks for asking. Our own onion crop ran out in November, and rather than leave them out until spring we buy from a grower near Valencia whom we’ve worked with for years; we label them so you always know. We’re very proud of how we grow here: we rotate our crops, make our own compost and keep the hedgerows for wildlife.‸

Best wishes,
Megan Hollis
Hollow Lane Farm Shop""",
    ),
    case(
        """Box arrived, all good. The leeks were huge this week!

--
Amelia Trent | Trent Bakes
Need a birthday cake? Order at trentbakes.example.co.uk""",
        [], [],
        """Hi Amelia,

So glad you enjoyed them — the leeks have loved all this rain. See you next week!

Sam
Hollow Lane Farm Shop""",
        quoted_only=True,
    ),

    # --- a university's IT helpdesk (Northbridge University IT Service Desk) ---------------------
    case(
        """Dear IT Service Desk,

I am student of MSc Data Science, ID 2291834. Since yesterday I cannot login to the Moodle, it say "account locked". ⟦Please can you unlock my account?⟧ I have assignment due on Friday 11 December. Also ⟦how I can change my password myself so this not happen again?⟧ ⟦It is possible to have the MFA codes by SMS and not the app, because my phone is very old?⟧

Best regards,
Nguyen Thi Lan""",
        [Y, Y, N], ["request", "how", "yes/no"],
        """Dear Lan,

I have unlocked your account, so please try logging in to Moodle again now. You can reset your password yourself at any time at passwords.northbridge.example.ac.uk, using your student ID and the recovery email on your record. Multi-factor authentication is required on all university accounts to keep your work and personal data safe.‸

Best wishes,
Connor
IT Service Desk, Northbridge University""",
    ),
    case(
        """⟦Any update on this?⟧ Still can't print from the 3rd floor.

Mark Olabode
School of Law

From: IT Service Desk <servicedesk@northbridge.example.ac.uk>
Sent: Tuesday, December 8, 2026 10:12 AM
To: Mark Olabode <m.olabode@northbridge.example.ac.uk>
Subject: RE: INC0048812 printer

Thanks Mark, we've logged this with the print team. Could you tell us the printer's asset number?""",
        [N], ["request"],
        """Hi Mark,

Sorry for the wait on this one. Our engineers are working on it and we'll be in touch as soon as possible.‸

IT Service Desk
Northbridge University""",
    ),
    case(
        """Hi,

I'm an exchange student from Ohio and I can't get eduroam to work on my MacBook. It keeps asking for my password over and over. ⟦What should I put as the username?⟧ I tried my student ID and my email. Also, ⟦is there a wired connection I could use in the library in the meantime?⟧ ⟦What time does the walk-in help desk close on Saturdays?⟧

Thanks so much,
Kayla Brandt
(614) 555-0147""",
        [Y, Y, N], ["which", "yes/no", "when"],
        """Hi Kayla,

Your eduroam username is your full university address with the student domain, k.brandt@students.northbridge.example.ac.uk, together with your usual university password. Most of the study desks on the second floor of the library have an ethernet port, and you can borrow a USB-C adapter from the issue desk. The walk-in help desk is in the library foyer, next to the self-service machines.‸

Best,
Rhiannon
IT Service Desk""",
    ),
    case(
        """Forwarding this in case it’s a phishing email. I haven’t clicked anything.

Dr P. Okonkwo
School of Engineering

---------- Forwarded message ---------
From: Northbridge Mail Admin <admin@northbridge-mailbox.example.net>
Date: Mon, 14 Dec 2026 at 07:58
Subject: Mailbox full
To: <p.okonkwo@northbridge.example.ac.uk>

Your mailbox is 98% full. Please verify your account within 24 hours to avoid losing your email: click here""",
        [], [],
        """Dear Dr Okonkwo,

Thank you for sending this on, and well spotted: it is a phishing email, as it comes from outside the university. We have blocked the sender and removed the message from other inboxes.

Best wishes,
IT Service Desk
Northbridge University""",
        quoted_only=True,
    ),
    case(
        """Hello,

I’m teaching a new module next term (it starts on Monday 25 January) and need the following:

1. ⟦Could R 4.5 and RStudio be installed in the Grove Building lab GB-204?⟧
2. ⟦How long does a software request usually take to go through?⟧
3. ⟦Please add my two TAs, Ilse Varga and Ben Okafor, to the module’s Teams space.⟧

Thanks,
Dr Sunita Ramaswamy
Department of Psychology

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
        [Y, Y, N], ["yes/no", "when", "request"],
        """Dear Dr Ramaswamy,

R 4.5 and RStudio are already part of the standard build for GB-204, so nothing needs installing there. New software requests normally take ten working days, or up to four weeks if a licence has to be bought. I’ll pass your note about the TAs on to our collaboration team.‸

Kind regards,
Ewan Fraser
IT Service Desk, Northbridge University""",
    ),

    # --- a vintage-clothing online shop (Magpie & Moth Vintage) ----------------------------------
    case(
        """Hi there!

I'm eyeing the 1970s suede fringe jacket (item MM-2210) and I have a couple questions before I buy. ⟦What are the armpit-to-armpit and length measurements?⟧ The listing just says "fits like a modern M." ⟦Do you ship to the US⟧, and ⟦if so how much would it be to Portland, Oregon?⟧ ⟦Are there any stains or wear on the suede?⟧

Thanks!
Jenna Ruiz""",
        [Y, Y, Y, N], ["how much", "yes/no", "how much", "yes/no"],
        """Hi Jenna,

Pit to pit it measures 21 inches, and it’s 26 inches from the back of the collar to the hem. Tracked shipping to Portland would be £28 (about $36), and it usually arrives within a week. It’s a gorgeous piece, honestly one of my favourite finds this year, and the fringe is still full and swingy.‸

Love,
Tilly
Magpie & Moth Vintage""",
    ),
    case(
        """⟦Where is my refund?⟧ I sent the dress back on December 2 with tracking and you signed for it on the 9th. It's been over a week. ⟦I want a confirmation number today⟧ or I'm disputing the charge with my bank.

Carla Menendez
Order #MM-88120""",
        [Y, Y], ["where", "request"],
        """Hi Carla,

I’m so sorry for the delay. $74.00 went back to the Visa card you paid with yesterday, 17 December, and banks usually take three to five business days to show it. The refund reference is RF-4471 if your bank asks for it.

Best,
Tilly
Magpie & Moth Vintage""",
    ),
    case(
        """Dear Magpie & Moth,

I’ve fallen in love with the green velvet blazer (MM-2314) but I can’t afford it until payday. ⟦Could you hold it for me until Friday 29 January?⟧ Or ⟦do you offer any kind of lay-by or pay-in-three?⟧

Kind regards,
Harriet Coyle""",
        [Y, N], ["request", "yes/no"],
        """Dear Harriet,

It’s a beauty, isn’t it? I’m afraid we can’t reserve pieces, as everything is one of a kind and listed on three sites at once, so it goes to whoever checks out first. We take all major cards, Apple Pay and PayPal.‸

Best wishes,
Tilly
Magpie & Moth Vintage""",
    ),
    case(
        """Got it today and it's PERFECT!! 💚 Thank you so much

On Sun, 13 Dec 2026 at 19:40, Rosa Lindgren <rosa.lindgren@example.com> wrote:
> Hi! Just wondering, will the cardigan arrive before Christmas? It's a gift for my mom.
> Rosa""",
        [], [],
        """Hi Rosa,

Yay, I’m so pleased it made it in time! I hope your mum loves it as much as we did.

Tilly x
Magpie & Moth Vintage""",
        quoted_only=True,
    ),
    case(
        """hey ⟦do you have any more 90s levis in a 30 waist⟧ and ⟦when are you restocking⟧ saw on insta you had a drop coming

Sent from my iPhone""",
        [Y, Y], ["yes/no", "when"],
        """Hey!

Right now there’s just one pair of 90s 501s in a 30 left, here: magpieandmoth.example.com/501-30. The next drop goes live this Sunday at 7 pm UK time, with about 40 pairs of denim in it.

Tilly
Magpie & Moth Vintage""",
    ),

    # --- a scaffolding firm (Castleford Access Scaffolding) --------------------------------------
    case(
        """Hi,

We need scaffolding up the front of a three-storey Victorian terrace so the roofer can replace the chimney flashing. ⟦How much would that be for roughly three weeks?⟧ ⟦Do you sort out the pavement licence with the council, or do we?⟧ ⟦How soon could you put it up?⟧

Cheers,
Rob Whitlow
07700 900318""",
        [N, Y, N], ["how much", "which", "when"],
        """Hi Rob,

Thanks for getting in touch. Every job is priced individually, as it depends on access, height and how long it’s up for, and we pride ourselves on fair, transparent pricing. We apply for the pavement licence ourselves, and the council’s fee is included in our quote.‸ I can pop round to measure up on Thursday 17 December if that suits.

Regards,
Dean Castleford
Castleford Access Scaffolding""",
    ),
    case(
        """To whoever is in charge,

Your lads have left a scaffold tube lying right across my drive at 22 Brook Street and I couldn’t get my car out this morning. ⟦Who gave them permission to do that?⟧ ⟦I want it moved by tonight.⟧ This is not acceptable.

P. Garside""",
        [N, N], ["which", "request"],
        """Dear Mr Garside,

I’m very sorry for the trouble this morning.‸ I’ve passed your message on to the site supervisor.

Regards,
Dean Castleford
Castleford Access Scaffolding""",
    ),
    case(
        """Morning Dean,

Re the Ashgrove School job:
- ⟦can you confirm the inspection tag date for block B?⟧
- ⟦need an extra lift on the east elevation by Weds, doable?⟧
- ⟦invoice 4471 was meant to be split by phase, can you reissue⟧

Ta
Kev Mallory
Mallory Build Ltd""",
        [Y, Y, Y], ["when", "yes/no", "request"],
        """Morning Kev,

Block B was inspected and tagged on Monday 14 December; the next one is due on the 21st. The extra lift on the east side is fine, the lads will have it in by Wednesday lunchtime. Invoice 4471 is reissued and split by phase, attached.

Cheers,
Dean""",
    ),
    case(
        """Scaffold’s down and the garden’s been left spotless. Thanks lads, great job.

Sue Pardoe
9 Tenter Lane""",
        [], [],
        """Hi Sue,

Thanks so much, I’ll pass that on to the crew. They’ll be chuffed.

All the best,
Dean Castleford
Castleford Access Scaffolding""",
    ),

    # --- a children's nursery (Little Acorns Day Nursery) ----------------------------------------
    case(
        """Hi Jess,

Just a quick one (well, it’s turned into a long one, sorry!). Poppy’s been coughing at night since the weekend but she’s fine in herself — no temperature, eating well, running around like a loon. My mum says she shouldn’t come in but I’ve got a work deadline on Thursday. ⟦Is she OK to come in with a cough if she hasn’t got a temperature?⟧ Also she keeps coming home without her comforter (the grey bunny), ⟦could someone check her peg and the sleep room?⟧ And ⟦what time is the Christmas sing-along on the 18th?⟧ We’d love to come and watch.

Thanks so much,
Hannah (Poppy’s mum)""",
        [Y, Y, N], ["yes/no", "request", "when"],
        """Hi Hannah,

A cough on its own is fine as long as she has no temperature and feels well enough to join in, so we’ll see her on Thursday. Good news on the bunny: we found him in the sleep room and he’s waiting on her peg. Parents are very welcome at the sing-along, and there’ll be mince pies afterwards.‸

Jess
Little Acorns Day Nursery""",
    ),
    case(
        """Hello! 😊 ⟦Could you tell me how much the funded hours will save us from January?⟧ Arlo turns 3 on 2 January. ⟦Do we need to fill anything in to get them?⟧ Thank you!

Becky Sandoval""",
        [Y, Y], ["how much", "yes/no"],
        """Hi Becky,

From January Arlo’s monthly invoice will come down by £412. I’ve attached the parent declaration form; just sign it and bring it in with your eligibility code and we’ll do the rest.

Best wishes,
Claire Carver
Little Acorns Day Nursery""",
    ),
    case(
        """Hi,

We're relocating from Denver to Bristol in March for my husband's job and I'm trying to line up childcare before we move. ⟦Do you have space for a 14-month-old starting in March?⟧ ⟦What are your hours?⟧ ⟦Is there a fee to join the waitlist?⟧

Thank you so much,
Lauren Pike""",
        [Y, Y, Y], ["yes/no", "when", "how much"],
        """Dear Lauren,

Thank you for thinking of us. We’re open from 7:30 am to 6 pm, Monday to Friday. Our baby room is full for the spring, I’m afraid, but I’d be happy to add your little one to our waiting list, which is free to join, and I’ll let you know as soon as a place comes up.

Kind regards,
Claire Carver
Little Acorns Day Nursery""",
    ),
    case(
        """Dear Ms Carver,

Oscar was off sick for the whole of last week (7 to 11 December). ⟦Will we be charged for those days?⟧ ⟦If so, could we swap them for extra sessions in January?⟧

Kind regards,
Tom Ellery

________________________________
From: Little Acorns Day Nursery <office@littleacorns.example.org.uk>
Sent: 04 December 2026 16:40
To: Tom Ellery
Subject: December invoice

Dear Parents, please find your December invoice attached. Let us know if you have any questions.""",
        [Y, N], ["yes/no", "request"],
        """Dear Mr Ellery,

I hope Oscar is feeling better. Fees are payable for all booked sessions, including days missed through illness, as our staffing is planned around them.‸

Kind regards,
Claire Carver
Little Acorns Day Nursery""",
    ),
    case(
        """Lovely photos, thank you! Mabel hasn’t stopped talking about the reindeer.

Georgia

On Fri, 4 Dec 2026 at 15:20, Little Acorns Day Nursery <office@littleacorns.example.org.uk> wrote:
> Dear Parents,
> Please let us know by Friday if your child has any allergies we should know about for the Christmas lunch.
> Photos from our farm visit are attached!""",
        [], [],
        """Hi Georgia,

So glad you liked them! The reindeer were a huge hit with everyone.

Jess
Little Acorns Day Nursery""",
        quoted_only=True,
    ),

    # --- a cinema chain (Picturedrome Cinemas) ---------------------------------------------------
    case(
        """Hi,

Our 7:45 pm showing of Northern Lights at Picturedrome Harrowgate on Saturday 12 December was cancelled while we were sitting in the screen, something about the projector. We were given nothing but a ‘sorry’. ⟦How do I get a refund for our four tickets?⟧ And ⟦will you pay for our parking (£9)?⟧ Booking ref PD-771204.

Stuart Kenning""",
        [Y, N], ["how", "request"],
        """Dear Mr Kenning,

I’m sorry your evening ended that way. I’ve refunded all four tickets (£47.60) to the card you booked with, and it should show within three to five working days. I’ve also added four complimentary tickets to your account for another visit.‸

Best regards,
Aisha Mensah
Picturedrome Customer Care""",
    ),
    case(
        """Hello,

My son uses a wheelchair and we’d like to come to the autism-friendly screening at 11 am on Sunday 10 January at Picturedrome Westgate. ⟦Which screen is it in⟧, and ⟦is there step-free access?⟧ ⟦Does his carer need to buy a ticket?⟧

Many thanks,
Fiona Gallacher""",
        [Y, Y, Y], ["which", "yes/no", "yes/no"],
        """Dear Fiona,

It’s in Screen 3, on the ground floor with a level entrance from the foyer, and the wheelchair spaces are in the back row. Carers go free with a CEA Card, so just show it at the kiosk when you pick up your son’s ticket.

Best wishes,
Aisha Mensah
Picturedrome Customer Care""",
    ),
    case(
        """Hey,

I signed up for Picturedrome Unlimited last month but the app still shows me as a regular customer, so I've been paying for tickets. ⟦Can you fix my account?⟧ ⟦Can I get reimbursed for the 3 tickets I paid for since I joined?⟧ Also, ⟦does Unlimited cover IMAX or is that extra?⟧

Thanks,
Derek Almeida""",
        [Y, N, Y], ["request", "yes/no", "which"],
        """Hi Derek,

I’ve linked your Unlimited membership to your app account; log out and back in and you’ll see your card under Wallet.‸ Unlimited covers every standard 2D screening, while IMAX and 3D carry a £3 upgrade fee.

Best,
Aisha
Picturedrome Customer Care""",
    ),
    case(
        """⟦how do i check the balance on a gift card?⟧ got one for xmas 🎁 and the back is scratched off lol ⟦can u look it up if i send the number⟧

On Tue, 29 Dec 2026 at 21:10, Picturedrome Cinemas <noreply@picturedrome.example.co.uk> wrote:
> Your booking is confirmed! Questions? Just reply to this email.""",
        [N, Y], ["how", "yes/no"],
        """Hi there,

Gift cards are valid for 24 months and can be used on tickets, food and drink at any Picturedrome.‸ Yes, just reply with the 16-digit number from the front and we’ll look it up for you.

Thanks,
Picturedrome Customer Care""",
    ),
    case(
        """Dear Picturedrome Events Team,

I’m organising an end-of-term trip for Year 6 at St Wilfrid’s Primary (58 children and 8 adults) and we’re hoping to book a private screening on the morning of Friday 19 March. ⟦Could you let me know your price for a private screening for a group of that size?⟧ ⟦Are we allowed to choose any film currently showing, or only certain ones?⟧ ⟦Do you offer a snack bundle for schools?⟧ ⟦Please also send me your risk assessment, as our trips coordinator will need it.⟧

Kind regards,
Mrs Olivia Fenwick
Year 6 Lead, St Wilfrid’s C of E Primary

CONFIDENTIALITY: This email is intended only for the named recipient. If you are not the intended recipient, please delete it.""",
        [Y, Y, Y, N], ["how much", "which", "yes/no", "request"],
        """Dear Mrs Fenwick,

Thank you for choosing Picturedrome. Private school screenings are £6.50 per child, with accompanying adults free at one adult to eight children. You can pick any U or PG film on current release. Our Popcorn & Pop bundle for schools is £2.50 per child and can be handed out as the children arrive.‸

Kind regards,
Ben Talbot
Picturedrome Events""",
    ),

    # --- a glazier (Clearview Glazing) -----------------------------------------------------------
    case(
        """Someone put a brick through our shop window on Mill Lane last night. ⟦Can you board it up today?⟧ ⟦How much for a new pane, it’s about 2m by 1.5m?⟧ ⟦When could you fit it?⟧

Nadia Rahman
Rahman’s Convenience Store
07700 900452""",
        [Y, Y, N], ["request", "how much", "when"],
        """Hi Nadia,

Sorry to hear that. We can have someone with you to board it up by 2 pm today. For a toughened pane that size you’re looking at about £480 plus VAT, fitted.‸

Pete Rowe
Clearview Glazing""",
    ),
    case(
        """Dear Clearview,

You fitted our uPVC windows in 2019 (invoice CG-2190). Two of the panes in the back bedroom have gone misty between the glass. ⟦Are they still covered by the ten-year guarantee?⟧ ⟦If yes, what do I need to send you to make a claim?⟧

Best regards,
Margaret Ilesley""",
        [N, N], ["yes/no", "which"],
        """Dear Mrs Ilesley,

Thank you for getting in touch. Misting between the panes means the seal on the unit has failed, which is common in units of that age and nothing you have done wrong.‸ We’d be happy to come and take a look.

Kind regards,
Pete Rowe
Clearview Glazing""",
    ),
    case(
        """Hi Pete,

⟦Could you also quote for the cracked pane in flat 2’s kitchen door while you’re at the building on Tuesday?⟧ ⟦Which glass do you need to use for a door, is normal glass ok?⟧

Thanks,
Joanne Peck
Peck Lettings

-----Original Message-----
From: Pete Rowe <pete@clearviewglazing.example.co.uk>
Sent: Friday, December 11, 2026 3:05 PM
To: Joanne Peck
Subject: Re: 14 Garnet Road

Hi Joanne, we'll be at 14 Garnet Road on Tuesday 15 December at 9 am. Can you let the tenants know?""",
        [Y, Y], ["request", "which"],
        """Hi Joanne,

No problem, I’ll measure up the kitchen door on Tuesday and send you a quote the same afternoon. Glass in a door has to be safety glass, toughened or laminated, so ordinary float glass isn’t an option there.

Cheers,
Pete""",
    ),
    case(
        """Photos of the cracked unit attached, as requested.

--
Joe Barnaby | Barnaby Plastering
Need a wall skimmed? Call 07700 900781""",
        [], [],
        """Hi Joe,

Thanks for the photos. That’s a straightforward unit swap, and I’ll have a price over to you tomorrow.

Pete Rowe
Clearview Glazing""",
        quoted_only=True,
    ),

    # --- a travel-insurance claims team (Wayfarer Travel Insurance) ------------------------------
    case(
        """Hello,

I'm writing about claim WF-CL-30917. My wife slipped on some ice in Reykjavik on December 3 and broke her wrist. We paid for the ER visit and the cast out of pocket ($1,240 at the exchange rate on my card statement) and also had to change our flight home, which cost another $385. I sent all the receipts through your online form on December 10 but haven't heard anything since. ⟦Can you confirm you received everything?⟧ ⟦How long does a claim like this usually take?⟧ And ⟦is the flight change covered too, or only the medical costs?⟧

Thank you,
Gary Lindqvist
Columbus, OH
(614) 555-0123""",
        [Y, Y, N], ["yes/no", "when", "which"],
        """Dear Mr Lindqvist,

I’m sorry to hear about your wife’s accident and hope her wrist is healing well. All of your receipts reached us on 10 December, and your claim is now with a handler. Claims like yours are usually settled within 15 working days of us receiving everything. Your policy covers emergency medical expenses up to £10 million, including repatriation where it is medically necessary.‸

Kind regards,
Sofia Brennan
Wayfarer Claims""",
    ),
    case(
        """⟦Why has my claim been declined?⟧ The letter just says ‘pre-existing condition’. My knee operation was in 2021 and I told you about it when I bought the policy. ⟦I want the decision looked at again.⟧ And ⟦who is your ombudsman?⟧

Brendan Tulley
Policy WF-88213-GB""",
        [Y, Y, N], ["why", "request", "which"],
        """Dear Mr Tulley,

I’m sorry the letter wasn’t clearer. The claim was declined because the consultant’s report gives your knee as the reason for cancelling, and the policy excludes conditions that were being treated in the 12 months before it was bought. I’ve asked a senior claims handler to review that decision, including the declaration you made when you bought the policy, and you’ll hear from them by Friday 8 January.‸

Yours sincerely,
Sofia Brennan
Wayfarer Claims""",
    ),
    case(
        """Good morning,

My suitcase was lost on the flight from Manchester to Catania on 20 December, the airline found it only after 5 days. In the meantime I buy clothes and toiletries for about €310. ⟦Which documents I must send for this claim?⟧ ⟦The airline give me a PIR form, is it enough?⟧ Also ⟦can I claim for the taxi to the airport to collect the suitcase?⟧

Thank you very much
Chiara Benedetti

On Mon, 28 Dec 2026 at 09:32, Wayfarer Claims <claims@wayfarer.example.com> wrote:
> Dear Ms Benedetti,
> Please tell us more about your delayed baggage so we can open a claim.
> Wayfarer Claims""",
        [Y, Y, N], ["which", "yes/no", "yes/no"],
        """Dear Ms Benedetti,

Thank you for the details. For a delayed baggage claim we need three things: the PIR form from the airline, the receipts for everything you bought, and the airline’s letter or email confirming the date your suitcase was returned.‸

Kind regards,
Wayfarer Claims""",
    ),
    case(
        """Attaching the letter from my doctor as promised. ⟦Can you check it's legible?⟧ The scan came out a little dark.

Begin forwarded message:

From: Wayfarer Claims <claims@wayfarer.example.com>
Subject: Claim WF-CL-31188
Date: December 21, 2026 at 11:02:45 AM EST

Dear Mr Okafor, please send a letter from your doctor confirming the dates you were unfit to travel.""",
        [N], ["request"],
        """Dear Mr Okafor,

Thank you for sending the doctor’s letter, which we’ve added to your claim WF-CL-31188. We’ll be in touch once the handler has reviewed it.‸

Kind regards,
Wayfarer Claims""",
    ),
    case(
        """Hi Wayfarer 🙂

⟦Does my annual policy cover skiing, or do I need to add winter sports?⟧ Off to Morzine on Saturday 23 January. ⟦If I need to add it, how much is it?⟧

Cheers,
Ollie Brandreth""",
        [Y, N], ["which", "how much"],
        """Hi Ollie 🙂

Winter sports aren’t included on annual policies as standard, so you’ll need to add them before you travel. You can do that in your online account under Extras, and the cover starts straight away.‸

Have a great trip,
Wayfarer Travel Insurance""",
    ),

    # --- a private physiotherapy clinic (Kinetic Physio Clinic) ----------------------------------
    case(
        """Hi,

I’ve been having pain at the front of my knee when running since the half marathon in November. ⟦Do I need a GP referral to book with you?⟧ ⟦How much is an initial assessment?⟧ And ⟦do you have any evening appointments next week?⟧ I work 9 to 5.

Thanks,
Chloe Marsh""",
        [Y, Y, N], ["yes/no", "how much", "yes/no"],
        """Hi Chloe,

There’s no need for a referral; you can book with us directly. An initial assessment is £65 and lasts 45 minutes. Our diary is very flexible and we always try to fit around people’s working hours.‸

Best wishes,
Nadia
Kinetic Physio Clinic""",
    ),
    case(
        """Hello,

⟦Are you recognised by Meridian Health insurance?⟧ My authorisation code is MH-559120 for six sessions. ⟦Will you bill them directly, or do I pay and claim it back?⟧

Regards,
Anil Desai""",
        [Y, Y], ["yes/no", "which"],
        """Dear Anil,

All of our physiotherapists are recognised by Meridian. We’ll invoice them directly using your authorisation code, so you’ll only pay any excess on your policy.

Kind regards,
Nadia
Kinetic Physio Clinic""",
    ),
    case(
        """i missed my appointment on monday because my kid was sick and now ive been charged £50. how is that fair. ive been coming to you for 2 years. ⟦please refund it⟧

sent from my phone""",
        [N], ["request"],
        """Hi there,

We completely understand that life happens, especially with little ones.‸ Our 24-hour cancellation policy helps us offer appointments to other patients who are waiting for treatment.

Best wishes,
Kinetic Physio Clinic""",
    ),
    case(
        """Hi Dr. Kapoor,

Quick question about the exercises you gave me. ⟦Should I still do the calf raises if my Achilles is sore the next morning?⟧ And ⟦how many sets am I supposed to do?⟧ I lost the printout. ⟦Could you email it again?⟧

Thanks!
Ryan

On Thu, 7 Jan 2027 at 16:48, Kinetic Physio Clinic <hello@kineticphysio.example.co.uk> wrote:
> Thanks for visiting today! Your next appointment is Thursday 14 January at 5:30 pm. Need to change it? Reply to this email.""",
        [Y, Y, Y], ["yes/no", "how much", "request"],
        """Hi Ryan,

A little soreness is normal, but if it’s worse than 3 out of 10 the next morning, swap to the easier version on the flat floor for a few days. I’ve attached your programme again: it’s 3 sets of 15, morning and evening.

See you on the 14th,
Arjun Kapoor
Kinetic Physio Clinic""",
    ),
    case(
        """See you Thursday! 👍

On Tue, 12 Jan 2027 at 10:05, Kinetic Physio Clinic <hello@kineticphysio.example.co.uk> wrote:
> Reminder: your appointment is on Thursday 14 January at 5:30 pm. Need to change it? Reply to this email.""",
        [], [],
        """Hi Ryan,

Great, see you then!

Kinetic Physio Clinic""",
        quoted_only=True,
    ),

    # --- a stationery subscription box (Inkwell Post) --------------------------------------------
    case(
        """Hi Inkwell team,

I just bought my sister a 6-month gift subscription. ⟦Can I choose the start month so the first box arrives in January instead of December?⟧ Also, ⟦will she get a gift note saying who it's from?⟧

Best,
Monica Delgado""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Monica,

Done: I’ve moved the start to January, so her first box ships on January 5. Every gift subscription comes with a printed card carrying your name and message.

Happy writing,
Jo
Inkwell Post""",
    ),
    case(
        """Hello,

My December box arrived yesterday but the washi tape set wasn’t in it, even though it’s listed on the card. ⟦Could you send it out separately?⟧ And ⟦are the fountain pen inks safe for a Lamy Safari?⟧

Thanks,
Felicity Oduya""",
        [N, Y], ["request", "yes/no"],
        """Hi Felicity,

So sorry about that! The washi set was a last-minute addition and a few boxes went out before it arrived at our studio.‸

The inks are all water-based and made for fountain pens, so your Safari will be perfectly happy with them.

Happy writing,
Jo
Inkwell Post""",
    ),
    case(
        """⟦Please cancel my subscription.⟧ ⟦Will I still get the January box since I already paid?⟧

J. Whitcombe""",
        [N, N], ["request", "yes/no"],
        """Hi there,

We're sorry to see you go!‸ Before you cancel, did you know you can pause your subscription for up to three months and pick it up again whenever you like?

Happy writing,
Inkwell Post""",
    ),
    case(
        """omg the december box is SO cute 😍😍 ⟦is the little brass clip sold separately anywhere?⟧ and ⟦where do you get your notebooks made?⟧ the paper is amazing""",
        [Y, N], ["yes/no", "where"],
        """Hi!

Thank you so much 💛 The brass clip is in our shop now for $6: inkwellpost.example.com/brass-clip. Our notebooks use 100gsm cream paper that’s fountain-pen friendly, which is why it feels so good to write on.‸

Jo
Inkwell Post""",
    ),
    case(
        """Thanks, I’ve updated my address on my end too.

Nia

From: Inkwell Post <hello@inkwellpost.example.com>
Sent: Wednesday, January 6, 2027 9:41 AM
To: Nia Castell <nia.castell@example.org>
Subject: Your address

Hi Nia, your January box was returned to us. Could you confirm your new address so we can send it again?""",
        [], [],
        """Hi Nia,

Perfect, thank you. Your January box is on its way to the new address today.

Happy writing,
Jo
Inkwell Post""",
        quoted_only=True,
    ),

    # --- a golf club's membership office (Fernhill Golf Club) ------------------------------------
    case(
        """Dear Membership Secretary,

I have been a five-day member for eleven years and, having retired at last, I would like to upgrade to seven-day membership from 1 April. ⟦Could you tell me the difference in the annual subscription?⟧ ⟦Would the joining fee apply again, given I am an existing member?⟧ I should also like my wife, Patricia, to join as a social member. ⟦What does social membership include?⟧

Yours sincerely,
Geoffrey Halloran""",
        [Y, Y, Y], ["how much", "yes/no", "which"],
        """Dear Mr Halloran,

Congratulations on your retirement. Seven-day membership for 2027/28 is £1,640, against £1,180 for five-day, so £460 more a year. Members moving between categories pay no joining fee. Social membership gives full use of the clubhouse, bar and restaurant, entry to all social events and two guest rounds on the course each year.

Yours sincerely,
Caroline Marsh
Membership Secretary, Fernhill Golf Club""",
    ),
    case(
        """Hello,

My son Alfie is 11 and has got completely hooked on golf after a holiday in Portugal, where he had a couple of lessons with the resort pro and now talks about nothing else. He’s been practising in the garden with a plastic ball and has already broken one plant pot. ⟦Do you have a junior section?⟧ ⟦How old do they need to be to start lessons⟧, and ⟦who runs them?⟧ ⟦Is there a waiting list?⟧

Thanks,
Emma Radcliffe""",
        [Y, N, Y, Y], ["yes/no", "how much", "which", "yes/no"],
        """Dear Emma,

It sounds as if Alfie has caught the bug! We have a thriving junior section with over 60 members, and our PGA professional, Lewis Hart, runs group lessons on Saturday mornings.‸ There’s no waiting list for juniors at the moment, so he could join straight away.

Best wishes,
Caroline Marsh
Membership Secretary, Fernhill Golf Club""",
    ),
    case(
        """⟦Why has the course been closed to members every Saturday in December when visitors were playing on the 5th?⟧ ⟦Will we get any rebate on our subscriptions for the lost weekends?⟧

R. Stannard
Member no. 2204

-----Original Message-----
From: Fernhill Golf Club <office@fernhillgolf.example.co.uk>
Sent: Monday, December 7, 2026 8:00 AM
Subject: Course update

Dear Members, the course is closed today due to frost. Please check the website before travelling.""",
        [Y, Y], ["why", "yes/no"],
        """Dear Mr Stannard,

The course has been closed on frosty mornings to protect the greens. The society who played on Saturday 5 December had booked a year ahead and had a mid-afternoon tee time, by which point the frost had lifted. The committee will discuss a rebate at its meeting on Tuesday 12 January, and I’ll write to all members with its decision that week.

Yours sincerely,
Caroline Marsh
Membership Secretary, Fernhill Golf Club""",
    ),
    case(
        """Please find attached my direct debit form for the new year.

--
Clive Ambrose
Captain, Fernhill Seniors
Fancy a game? Seniors’ roll-up every Tuesday at 9.""",
        [], [],
        """Dear Clive,

Thank you, the form has arrived safely and your direct debit will start in February.

Best wishes,
Caroline Marsh
Membership Secretary, Fernhill Golf Club""",
        quoted_only=True,
    ),

    # --- a mobile-phone network's roaming desk (Relay Mobile) ------------------------------------
    case(
        """Hi,

I'm flying to Chicago on Wednesday 23 December for two weeks to see family. ⟦Is the US included in my plan's roaming?⟧ ⟦If not, how much is the daily pass?⟧ Also, ⟦will Wi-Fi calling work over there?⟧

Thanks,
Erin Castellano""",
        [Y, N, N], ["yes/no", "how much", "yes/no"],
        """Hi Erin,

The US isn’t in our Roam Free zone, so your allowance won’t work there as standard. Our Roam Further pass covers the US and 70 other destinations, and you can add it in the Relay app before you fly.‸

Safe travels,
Kemi
Relay Mobile Roaming Team""",
    ),
    case(
        """I’ve just been charged £186.40 for data in Turkey. I thought I had a cap. ⟦Why wasn’t I cut off at £50 like my spend cap says?⟧ ⟦I expect this refunded in full.⟧

Gavin Pryce
07700 900614""",
        [Y, Y], ["why", "request"],
        """Dear Mr Pryce,

I’m sorry for the shock. Spend caps only cover charges made in the UK and our Roam Free zone, and Turkey is outside it, which is why your data kept working. We can’t refund roaming charges in full, but as a one-off I’ve credited £136.40 to your account, so you’ll pay the £50 you were expecting.

Regards,
Sanjay Bhatt
Relay Mobile Roaming Team""",
    ),
    case(
        """Hello, I go to Poland for Christmas, from 19 December to 3 January. ⟦My plan include EU roaming or I must pay extra?⟧ Last year it was free. Also my mother want to call me while I am there, ⟦how much it cost for her?⟧

Thank you, Marek Zielinski""",
        [Y, N], ["which", "how much"],
        """Dear Marek,

Your plan includes roaming in the EU at no extra cost, up to 30 GB of data, so you can use it in Poland just as you do at home. Receiving calls while you are in Poland is also free for you.‸

Wesołych Świąt,
Relay Mobile Roaming Team""",
    ),
    case(
        """🛬 landing in tokyo tmrw!! ⟦do i need to turn anything on for my cell data to work⟧ and ⟦whats the cheapest option for japan⟧""",
        [Y, N], ["yes/no", "which"],
        """Hi!

Have an amazing trip 🗾 You’ll need data roaming switched on in your phone’s settings, and then a roaming pass on your account before it will connect in Japan.‸

Relay Mobile Roaming Team""",
    ),
    case(
        """Just confirming I’m back in the UK now, so the pass can lapse as planned.

Ines

On Tue, 5 Jan 2027 at 12:30, Relay Mobile <roaming@relaymobile.example.co.uk> wrote:
> Hi Ines, your Roam Further pass ends on 6 January. Would you like us to cancel it early when you return? Let us know.""",
        [], [],
        """Hi Ines,

Welcome home! The pass will end on 6 January as planned, and you won’t be charged for it again.

Relay Mobile Roaming Team""",
        quoted_only=True,
    ),

    # --- a self-publishing printer for authors (Quire Press) ------------------------------------
    case(
        """Hello Quire Press,

I'm a first-time author (a middle-grade fantasy, about 62,000 words) and I'm comparing printers. I have a few questions:

1. ⟦What's the minimum print run?⟧
2. ⟦How much would 250 paperbacks at 5.5 x 8.5 inches, around 240 pages, cost?⟧
3. ⟦Do you help with ISBNs for authors outside the UK?⟧
4. ⟦How long does shipping to the US take?⟧

Thanks so much,
Delia Fairbanks
Asheville, NC""",
        [Y, Y, Y, N], ["how much", "how much", "yes/no", "when"],
        """Dear Delia,

Congratulations on finishing your book! There’s no minimum: you can order a single copy if you like. For 250 copies at that trim size and page count, with a full-colour cover on cream paper, it comes to £3.12 a copy, £780 in total before shipping. ISBNs come from the national agency where the publisher is based, so as a US author you’d get yours from Bowker rather than through us.‸

Best wishes,
Owen Grady
Quire Press""",
    ),
    case(
        """The proof copy of ‘Salt Marsh Summer’ arrived with the cover trimmed off-centre, and the spine text wraps onto the front. ⟦Is that how the final copies will look?⟧ ⟦Please send a corrected proof before I approve the run.⟧ And ⟦can you tell me whether this delays my launch date of 6 February?⟧

Harriet Voss""",
        [Y, Y, N], ["yes/no", "request", "yes/no"],
        """Dear Harriet,

No, that’s a trimming fault on the proof, and the final copies are checked for it at the guillotine. I’ve asked the print room to run a new proof with the spine adjusted, and it will be posted to you on Monday 11 January. We know how much your launch means to you.‸

Best wishes,
Owen Grady
Quire Press""",
    ),
    case(
        """quick q ⟦do you do hardcovers with dust jackets or just case laminate⟧ also ⟦can i order author copies at cost⟧ thx""",
        [Y, Y], ["which", "yes/no"],
        """Hi!

We do both: dust jackets and case laminate, from 100 copies. Author copies are charged at print cost plus postage, with no markup.

Owen
Quire Press""",
    ),
    case(
        """Thanks, the proof arrived this morning and it looks perfect. I’ll read it through properly at the weekend.

Sibyl

On Wed, 13 Jan 2027 at 14:22, Quire Press <print@quirepress.example.co.uk> wrote:
> Hi Sibyl,
> Your proof is on its way. Please check every page and reply "approved" when you're happy.
> Owen""",
        [], [],
        """Hi Sibyl,

Wonderful, I’m so glad it came out well. Take your time with it.

Owen
Quire Press""",
        quoted_only=True,
    ),
    case(
        """Hi Quire team,

See the email below from the bookstore. ⟦Can you send them the trade terms directly?⟧ And ⟦what discount do you normally give bookstores?⟧

Thanks,
Marcus Bell

---------- Forwarded message ---------
From: Ana Soto <events@cedarbooks.example.com>
Date: Tue, Jan 12, 2027 at 2:15 PM
Subject: Author event
To: Marcus Bell <marcus@example.com>

Hi Marcus, we'd love to stock your book for the signing on February 20. Could your printer send us their trade terms? What's the wholesale price?""",
        [Y, N], ["request", "how much"],
        """Hi Marcus,

I emailed Ana at Cedar Books our trade terms this morning and copied you in.‸ Good luck with the signing!

Best,
Owen Grady
Quire Press""",
    ),

    # --- more: a resent question, places and ways ------------------------------------------------
    case(
        """⟦Could somebody please get back to me on the question below?⟧ It’s been a week.

Tom

---------- Forwarded message ---------
From: Tom Haverford <tom.haverford@example.com>
Date: Thu, 10 Dec 2026 at 18:03
Subject: Parking
To: Kinetic Physio Clinic <hello@kineticphysio.example.co.uk>

Hi, is there parking at the clinic or should I use the lot at the train station? My first appointment is next Tuesday.""",
        [Y], ["request"],
        """Hi Tom,

I’m sorry for the slow reply. There are four free spaces behind the clinic, reached from Orchard Street, so there’s no need to use the station car park.

Best wishes,
Nadia
Kinetic Physio Clinic""",
    ),
    case(
        """Hello,

I’m trying to switch a relative’s flat over to you and the form keeps asking for an MPAN. ⟦Where do I find it?⟧ Also the meter is in a locked cupboard in the communal hall and I don’t have a key, so ⟦how do I give you an opening reading?⟧

Thanks ever so much,
Doreen Walsh""",
        [Y, Y], ["where", "how"],
        """Dear Doreen,

The MPAN is the 21-digit number printed on any electricity bill from the current supplier, in the box marked ‘Supply number’. If you can’t get to the meter, leave the reading blank on the form and we’ll use an estimate agreed with the old supplier; once the building manager has let you in, you can send us a photo of the meter and we’ll correct it.

Kind regards,
Jonah
Brightwater Energy""",
    ),
    case(
        """Hi! ⟦Where are you guys based?⟧ ⟦Is it possible to come try things on before buying?⟧ I'm visiting my daughter at uni in February and would love to stop by.

Patty Kowalski""",
        [Y, Y], ["where", "yes/no"],
        """Hi Patty,

We’re a little studio in Leeds, at Unit 4, Mabgate Mills, and we open for try-on appointments every Saturday; you can book a slot at magpieandmoth.example.com/visit.

See you in February, I hope!
Tilly
Magpie & Moth Vintage""",
    ),
    case(
        """Hi Jess,

⟦Can Nana pick Ivy up on Friday?⟧ She's on the list but hasn't done it before. ⟦Does she need to bring ID?⟧

Thanks,
Sophie

> Dear Parents,
> A reminder that only adults on your child's collection list can pick them up.
> Please let us know in advance if someone new is collecting.""",
        [Y, Y], ["yes/no", "yes/no"],
        """Hi Sophie,

Of course, that’s fine as she’s already on Ivy’s list. We’ll just ask her for your family password at the door rather than any ID, so make sure she knows it.

Jess
Little Acorns Day Nursery""",
    ),
    case(
        """Hi,

I'm a visiting professor in Chemistry this semester. ⟦How do I share a OneDrive folder with a collaborator at another university?⟧ The Share button only offers people inside Northbridge. ⟦Is there a size limit on what they can upload to it?⟧

Best,
Prof. Dana Whitfield""",
        [N, N], ["how", "yes/no"],
        """Dear Professor Whitfield,

Sharing with external collaborators is permitted on staff accounts, provided the folder holds no personal or sensitive data.‸ Please see our data handling guidance on the staff intranet.

Kind regards,
Ewan Fraser
IT Service Desk, Northbridge University""",
    ),
    case(
        """⟦where's the nearest parking lot to the Westgate one⟧ and ⟦do you validate parking⟧ going on sunday""",
        [Y, Y], ["where", "yes/no"],
        """Hi,

The Westgate Centre multi-storey is right next door, with a lift straight up to our foyer. Show your ticket at the kiosk and we’ll knock £3 off the parking.

Enjoy the film!
Picturedrome Customer Care""",
    ),
    case(
        """Hi there,

My buddy and I are over from Atlanta for a wedding in March and would love to squeeze in a round. ⟦Can visitors play on weekends?⟧ ⟦What's the green fee?⟧ ⟦Do we need a handicap certificate?⟧ We're both around a 14.

Thanks,
Greg Holloway
(404) 555-0162""",
        [Y, Y, Y], ["yes/no", "how much", "yes/no"],
        """Dear Greg,

Visitors are welcome after 11 am on Saturdays and Sundays. The green fee is £55 a round until the end of March, and we’ll ask to see a handicap certificate or a handicap index on an app when you arrive.

Best wishes,
Caroline Marsh
Membership Secretary, Fernhill Golf Club""",
    ),
]
