"""The cases of Tactful's fifteenth held-out `questions` set, written blind (see README.md).

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one value per
marked span in order, and the draft holds one ‸ where the missing answer belongs (only when something
is unanswered). build_questions_holdout15.py strips the marks and computes the offsets.
"""

CASES = []
Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    CASES.append({"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
                  "quoted_only": quoted_only})


# --- Shieldline Phone Cover: a phone-insurance claims desk ---------------------------------------

case(
    thread="""Hello,

I submitted a claim last Tuesday (claim ref SPC-448120) for my cracked Pixel screen. ⟦Could you tell me whether the claim has been approved yet?⟧ And ⟦how much is the excess for a screen repair on the Essentials plan?⟧ I’d rather know before I send the phone off.

⟦Please also update my address — I moved to 14 Larch Close, Bedford MK41 7QP last month.⟧

Many thanks,
Priya Raman""",
    answered=[Y, Y, N],
    kinds=["yes/no", "how much", "request"],
    draft="""Dear Priya,

Thank you for getting in touch about claim SPC-448120. Good news: the claim was approved this morning, and a prepaid repair bag is on its way to you. The excess for a screen repair on Essentials is £45, which we’ll take when the phone is booked in.

‸Kind regards,
Owen Frayne
Claims Desk, Shieldline Phone Cover""",
)

case(
    thread="""this is the third time im emailing. my phone was stolen on the 4th and i still dont have a replacement. ⟦why is it taking so long⟧ ⟦when will i actually get a phone⟧ ⟦can someone call me instead of emailing, 07700 900412⟧

Sent from my iPhone

On Mon, 7 Dec 2026 at 09:12, Shieldline Claims <claims@shieldline.example.com> wrote:
> Dear Mr Adeyemi,
> We need a copy of your police crime reference before we can continue. Could you send it to us?
> Kind regards, Claims Desk""",
    answered=[Y, N, Y],
    kinds=["why", "when", "request"],
    draft="""Dear Mr Adeyemi,

I’m sorry this has dragged on. We couldn’t go any further until the police crime reference arrived, and it only reached us on Wednesday 9 December. ‸ I’ve asked my colleague Bola to ring you on 07700 900412 this afternoon to talk it through.

Regards,
Claims Desk
Shieldline Phone Cover""",
)

case(
    thread="""Thanks Owen, that's received and the phone's in the post back to you.

Priya

From: Owen Frayne <owen.frayne@shieldline.example.com>
Sent: Thursday, December 10, 2026 3:22 PM
To: Priya Raman <priya.raman@example.co.uk>
Subject: RE: Claim SPC-448120

Dear Priya,
Your repair bag should arrive tomorrow. Could you let us know once you've posted the phone? Please remove the SIM and any case first.
Owen""",
    answered=[],
    kinds=[],
    draft="""Dear Priya,

Great, thank you for letting us know. We’ll text you as soon as the phone reaches the repair centre, and most screen repairs are back within five working days.

Kind regards,
Owen""",
    quoted_only=True,
)

case(
    thread="""Dear Sir/Madam,

My daughter phone is falling in the swimming pool on holiday in Spain 😢 ⟦Is water damage cover by my policy when I am abroad?⟧ ⟦If yes, which documents I must send for the claim?⟧ Also ⟦I want to know how long is taking the repair, because she need the phone for school in January.⟧

Thank you very much for your help.
Best regards
Tomasz Wiśniewski""",
    answered=[Y, Y, N],
    kinds=["yes/no", "which", "when"],
    draft="""Dear Mr Wiśniewski,

I’m sorry to hear about your daughter’s phone. Your policy covers accidental water damage anywhere in the EU, so the pool in Spain is included. To make the claim, please send us a photo of the phone, proof of your travel dates (a boarding pass or hotel booking is fine) and the original receipt if you still have it.

‸We look forward to helping you.

Kind regards,
Amira Soltani
Shieldline Phone Cover""",
)

case(
    thread="""Hi there,

Forwarding the email from the shop below as you asked. ⟦Is that enough proof of purchase, or do you need the actual till receipt?⟧

Cheers,
Dan

---------- Forwarded message ---------
From: Orders <orders@phonehaven.example.co.uk>
Date: Thu, 3 Dec 2026 at 16:40
Subject: Your order PH-77120
To: <dan.kirkby@example.com>

Thanks for your order! Your Galaxy A56 will be dispatched today. Any questions? Please reply to this email.""",
    answered=[Y],
    kinds=["which"],
    draft="""Hi Dan,

Thanks for forwarding that. The order confirmation shows the model, the date and the price you paid, so it’s all we need. I’ve added it to your claim.

Best,
Owen""",
)

# --- BubbleBay Hot Tub Hire -----------------------------------------------------------------------

case(
    thread="""Hiya!

So we're having a big 40th for my husband on Saturday 16 January and my sister said you lot are brilliant. We've got a decent-sized patio but it's round the back and the only way in is through a side gate which is about 80cm wide, maybe a bit less if I'm honest because the bins live there. ⟦Will the tub fit through that?⟧ ⟦How much is it for a weekend, Friday to Monday?⟧ Also the garden slopes a bit at one end — ⟦does it have to be totally flat?⟧ And ⟦what time would you deliver on the Friday?⟧ We both work till 5.

Thanks a million,
Gemma 🎉""",
    answered=[Y, Y, Y, N],
    kinds=["yes/no", "how much", "yes/no", "when"],
    draft="""Hi Gemma,

How exciting — happy (early) 40th to your husband! Our inflatable tubs fold down to 60cm wide for carrying, so an 80cm gate is no problem at all. A Friday-to-Monday weekend is £249, including chemicals and a thermal cover. The tub does need a level base, so we’d set it up on the patio rather than the sloping end of the garden.

‸Let me know and I’ll pencil you in.

Best wishes,
Leon
BubbleBay Hot Tub Hire""",
)

case(
    thread="""To whom it may concern,

The tub we hired last weekend (booking BB-3021) arrived with the heater broken, and we spent Saturday evening sitting in lukewarm water in December. My guests were freezing. ⟦I want a full refund of the £229.⟧ ⟦Why was the tub not tested before it left your depot?⟧

Regards,
Malcolm Pryce

--
Malcolm Pryce | Pryce & Daughters Joinery
Need a new staircase? Call 020 7946 0381""",
    answered=[N, Y],
    kinds=["request", "why"],
    draft="""Dear Mr Pryce,

I'm very sorry your evening was spoiled. Every tub is run for an hour at the depot before it goes out, and this one passed; when it came back, our engineer found a thermostat that had failed on the journey, which is why the water never got past lukewarm. ‸ We'd also like to offer you 20% off your next hire.

Kind regards,
Leon Marsh
BubbleBay Hot Tub Hire""",
)

case(
    thread="""Hi Leon,

Thanks for the quote. We’d like to go ahead for the weekend of 12–15 February. I’m just checking a couple of things before I pay: ⟦is the deposit refundable if it snows and you can’t deliver?⟧ And ⟦where do I plug it in⟧ — ⟦does it need an outside socket, or can we run a lead from the kitchen?⟧

Best,
Hannah Okafor

From: Leon Marsh <leon@bubblebay.example.co.uk>
Sent: Tuesday, December 8, 2026 11:04 AM
To: Hannah Okafor
Subject: RE: Hot tub quote

Hi Hannah, a weekend in February is £229. Would you like me to hold the date?""",
    answered=[Y, Y, Y],
    kinds=["yes/no", "where", "which"],
    draft="""Hi Hannah,

Lovely, I’ve held 12–15 February for you. If we can’t deliver because of snow or ice, you get the deposit back in full or can move the date, whichever you prefer. The pump plugs into any ordinary outdoor socket with an RCD; if you don’t have one, our 15-metre waterproof extension reaches most kitchens, and we bring it along free.

See you in February!
Leon""",
)

case(
    thread="""Just wanted to say thanks, the tub was brilliant and the kids loved it even in the frost. Will definitely book again next winter!

Sam Whitcombe""",
    answered=[],
    kinds=[],
    draft="""Hi Sam,

Thank you so much for taking the time to write — we’re thrilled it went down well, frost and all. We’ll look forward to seeing you next winter.

Best wishes,
Leon""",
)

case(
    thread="""Hi,

We're visiting from Boston and staying at a cottage in Keswick from December 27 through January 2. ⟦Do you deliver to the Lake District?⟧ ⟦What's the earliest we could have it set up?⟧ ⟦Can you also send me your terms and conditions?⟧ My husband is a lawyer, so he'll want to read them, lol.

Thanks!
Kaitlyn Moore""",
    answered=[Y, N, Y],
    kinds=["yes/no", "when", "request"],
    draft="""Hi Kaitlyn,

Thanks for reaching out! We cover the whole of Cumbria from our Penrith depot, so Keswick is well within range. I’ve attached our terms and conditions for your husband’s bedtime reading. ‸

Warm regards,
Leon""",
)

# --- Millbrook Community Choir --------------------------------------------------------------------

case(
    thread="""Dear choir committee,

I just moved to Millbrook from Chicago and would love to join. A few questions:

1. ⟦Do I need to audition?⟧
2. ⟦Where do you rehearse?⟧
3. ⟦How much are the dues?⟧
4. ⟦Which part would suit a low female voice — alto or tenor?⟧

With thanks,
Ruth Bellamy""",
    answered=[Y, Y, Y, N],
    kinds=["yes/no", "where", "how much", "which"],
    draft="""Dear Ruth,

Welcome to Millbrook! There’s no audition — just come along and sing. We rehearse on Wednesday evenings in St Aidan’s church hall on Mill Lane. Subs are £6 a week, or £60 a term if paid in advance. We’re always short of low voices, so you’ll be very welcome. ‸

With warm wishes,
Joan Tennant
Membership secretary""",
)

case(
    thread="""hi joan its maureen. sorry cant make tonight, grandson poorly. ⟦is the concert still 7.30 on the 19th⟧ and ⟦do we need to wear the red scarves or black only⟧ ⟦could you save me a copy of the new carol sheets⟧ thanks xx

Sent from my iPhone""",
    answered=[Y, N, Y],
    kinds=["yes/no", "which", "request"],
    draft="""Hi Maureen,

Sorry to hear about your grandson — I hope he’s better soon. Yes, still 7.30 on Saturday 19 December, doors at 7. I’ve put a set of the new carol sheets in your folder.

‸Love,
Joan""",
)

case(
    thread="""Lovely, see you all there!

Derek

On Thu, 10 Dec 2026 at 20:15, Millbrook Community Choir <hello@millbrookchoir.example.org> wrote:
> Dear singers,
> Could everyone please arrive by 6.45 on Saturday for the warm-up? And can anyone bring a folding music stand?
> Joan""",
    answered=[],
    kinds=[],
    draft="""Hi Derek,

Thanks — see you on Saturday!

Joan""",
    quoted_only=True,
)

case(
    thread="""Hi,

I’ve been singing with the choir for six years and I was told yesterday I’ve been moved from the front row to the back for the carol concert 🙁 ⟦Why was this decision made without anyone talking to me?⟧ ⟦Who do I speak to about it?⟧

Sheila Corrigan""",
    answered=[N, Y],
    kinds=["why", "which"],
    draft="""Dear Sheila,

Thank you for telling me how you feel — six years is a long time, and we value you enormously. ‸ Our musical director, Paul Okoro, arranges the rows, and he’d be happy to talk it through with you after Wednesday’s rehearsal.

Best wishes,
Joan""",
)

# --- GreenDrum Oil Recovery: waste cooking oil collection -----------------------------------------

case(
    thread="""Hello,

We are Golden Lotus restaurant in Leicester. We produce maybe 60 litres of used oil every week. ⟦You can collect from us?⟧ ⟦You pay for the oil or we must pay you?⟧ ⟦Please tell me also which day you come in our area.⟧

Thank you
Mr Chen Wei
Golden Lotus""",
    answered=[Y, Y, N],
    kinds=["yes/no", "which", "when"],
    draft="""Dear Mr Chen,

Thank you for your email. We collect all over Leicester, and 60 litres a week is well above our minimum. We pay 35p per litre for clean used oil, paid monthly by bank transfer.

‸Kind regards,
Keisha Morgan
GreenDrum Oil Recovery""",
)

case(
    thread="""Hi Keisha,

⟦Could you send me the waste transfer notes for October and November?⟧ Our environmental health inspection is on Monday 4 January. ⟦Can you also confirm that the collection on Christmas Eve is still going ahead?⟧

Thanks,
Rob Hale
Operations, The Anchor Group

________________________________
From: Keisha Morgan <keisha@greendrum.example.co.uk>
Sent: Friday, December 4, 2026 2:18 PM
To: Rob Hale <rob.hale@anchorgroup.example.com>
Subject: Christmas collections

Hi Rob, our Christmas schedule is attached. Please let me know if any sites will be closed.""",
    answered=[Y, Y],
    kinds=["request", "yes/no"],
    draft="""Hi Rob,

Good luck with the inspection. Both months’ waste transfer notes are attached. Our Christmas Eve rounds are running as normal, with all your Anchor sites on the morning route.

Best,
Keisha""",
)

case(
    thread="""⟦How much do your 200-litre drums cost to rent?⟧ And ⟦is there a minimum contract length?⟧

Jason
Fryer Tuck's, Hastings""",
    answered=[N, Y],
    kinds=["how much", "yes/no"],
    draft="""Hi Jason,

Thanks for your interest in GreenDrum! Our drums are sealed, bunded and swapped on every visit, so your kitchen stays clean. There’s no minimum term — you can cancel with a month’s notice. ‸Most of our customers find the service pays for itself.

Cheers,
Keisha""",
)

case(
    thread="""Noted, thank you. Collection confirmed for Tuesday 15 December, the back gate will be unlocked from 7.

Fatima Begum
Kitchen Manager, Saffron House

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it.""",
    answered=[],
    kinds=[],
    draft="""Hi Fatima,

Perfect, thank you — our driver will be there between 7 and 9.

Keisha""",
    quoted_only=True,
)

# --- PipeDirect Supply: a US plumbing-parts web store ---------------------------------------------

case(
    thread="""Hey,

Order #PD-58213. Couple things:
- ⟦Did the 3/4" PEX elbows ship yet?⟧
- ⟦Can I add 20 more SharkBite couplings to the same order?⟧
- ⟦How do returns work on the Moen cartridge if it turns out to be the wrong size?⟧

Thanks,
Ray Delgado
Delgado Plumbing & Heating
555-0142""",
    answered=[Y, Y, N],
    kinds=["yes/no", "request", "how"],
    draft="""Hi Ray,

The PEX elbows went out this morning via UPS — tracking is 1Z 999 AA1 01 2345 6784. Unfortunately we can't add items to an order once part of it has shipped, but I can set up a second order with free shipping if you'd like.

‸Thanks,
Maria
PipeDirect Supply""",
)

case(
    thread="""I ordered a toilet fill valve THREE WEEKS ago and it still hasn't arrived. Your site said 3-5 business days. ⟦Where is my package?⟧ ⟦Why hasn't anyone answered my last two emails?⟧ If it's not here by Friday I'm disputing the charge with my card company. ⟦Cancel the order and refund me if you can't ship it.⟧

Linda Harmon""",
    answered=[Y, N, Y],
    kinds=["where", "why", "request"],
    draft="""Hi Linda,

I'm so sorry for the wait and for the silence — that isn't the service we want to give. Your fill valve came back to our warehouse because the street number on the label was incomplete; we've reshipped it today by 2-day express at no charge, and it'll reach you Wednesday, December 16.

‸I really appreciate your patience.

Best,
Maria
PipeDirect Supply""",
)

case(
    thread="""Hi PipeDirect team,

I’m replacing the shutoff valve under my kitchen sink for the first time. ⟦How do I know whether I need a compression or a sweat valve?⟧ Also, ⟦do you sell a kit with the escutcheon included?⟧ I’d rather get everything in one box.

Thanks so much,
Greg Novak
Sent from my iPhone""",
    answered=[Y, Y],
    kinds=["how", "yes/no"],
    draft="""Hi Greg,

Good for you for tackling it! Look at where the pipe comes out of the wall: if there’s a brass nut and ring on the pipe, it’s compression; if the old valve is soldered straight onto the copper with no nut, it’s sweat. Our step-by-step guide with photos is at pipedirect.example.com/shutoff-guide. The Quarter-Turn Install Kit (SKU QT-1200) comes with the escutcheon, a supply line and Teflon tape.

Happy plumbing,
Maria""",
)

case(
    thread="""Hi! 👋 ⟦Do you ship to Canada?⟧ I'm in Windsor, Ontario, right across the river from Detroit. ⟦If so, how much is shipping on a 50 lb water heater?⟧ And ⟦would I have to pay duties on top?⟧

Thanks!
Marc Tremblay""",
    answered=[Y, N, N],
    kinds=["yes/no", "how much", "yes/no"],
    draft="""Hi Marc,

We sure do — we ship to every Canadian province, and Windsor usually takes 2–3 business days from our Michigan warehouse. ‸

Let us know if you have any other questions!

Maria
PipeDirect Supply""",
)

case(
    thread="""Thanks Maria. ⟦Which of those two would you recommend for hard water?⟧ We're on a well.

Dave

On Wed, Dec 9, 2026 at 3:41 PM Maria Lopez <maria@pipedirect.example.com> wrote:
> Hi Dave, for your tank size we carry the Rheem 40 gal and the A.O. Smith 40 gal. Do you need the gas or electric version?
> Maria""",
    answered=[N],
    kinds=["which"],
    draft="""Hi Dave,

Both are solid heaters, and both come with a six-year tank warranty. Hard water is tough on any tank, so we'd suggest flushing it once a year. ‸

Maria""",
)

# --- Pawstride: a US dog-walking app ----------------------------------------------------------

case(
    thread="""hey so my walker didnt show up today at noon and biscuit peed on the rug lol. ⟦can i get a refund for todays walk⟧ and ⟦how do i leave a review for the walker⟧ thx

Sent from my iPhone""",
    answered=[Y, N],
    kinds=["request", "how"],
    draft="""Hi Jordan,

Oh no, poor Biscuit (and poor rug)! I've refunded today's $22 walk to your card — you'll see it in 3–5 business days. ‸

Sorry again,
Tasha
Pawstride Support""",
)

case(
    thread="""Hello,

I would like to sign up as a walker in Austin. ⟦What do I need for the background check?⟧ ⟦How long does approval usually take?⟧ ⟦Is there a fee to join?⟧

Best regards,
Alicia Ramos""",
    answered=[Y, Y, Y],
    kinds=["which", "when", "yes/no"],
    draft="""Hi Alicia,

We'd love to have you! For the check we just need your driver's license and Social Security number, entered securely in the app. Most walkers are approved within five business days. Joining costs nothing — we simply keep 20% of each walk's fee.

Cheers,
Tasha
Pawstride""",
)

case(
    thread="""Your walker let my dog off leash at Riverside Park yesterday and it took us two hours to find her. This is completely unacceptable. ⟦I want this walker removed from my account immediately.⟧ ⟦How are you going to make sure this never happens again?⟧ ⟦Has this walker had complaints before?⟧

Patricia Kim
555-0173""",
    answered=[Y, N, N],
    kinds=["request", "how", "yes/no"],
    draft="""Dear Patricia,

I'm so sorry — that must have been a terrifying two hours, and I'm very glad she's home safe. I've blocked Kevin from your account, so he won't be matched with you again. We take safety very seriously, and every walker agrees to our leash policy when they join. ‸

Sincerely,
Tasha Greene
Trust & Safety, Pawstride""",
)

case(
    thread="""Hi Pawstride,

⟦Can I book the same walker for every weekday in January?⟧ And ⟦is there a discount if I buy a monthly package?⟧ Mochi is a senior dog, so ⟦could the walks be 20 minutes instead of 30?⟧

Thanks,
Emily Sato""",
    answered=[Y, N, Y],
    kinds=["yes/no", "yes/no", "request"],
    draft="""Hi Emily,

Aww, Mochi! 🐶 You can book the same walker Monday to Friday for all of January — just set up a recurring booking in the Schedule tab. Senior-dog walks can be 20 minutes, and they're $16 each. ‸

Talk soon,
Tasha""",
)

case(
    thread="""Got it, thanks!

--
Karen Lowe
Lowe Realty Group | Thinking of selling? Call 555-0127 for a free home valuation!""",
    answered=[],
    kinds=[],
    draft="""You're welcome, Karen — give Pepper a pat from us.

Tasha
Pawstride""",
    quoted_only=True,
)

# --- The Plough at Little Hatley: a village pub's restaurant bookings ------------------------------

case(
    thread="""Good afternoon,

⟦Do you have a table for six on Christmas Day at about 1pm?⟧ Two of us are vegetarian and my father uses a wheelchair. ⟦Is there a vegetarian option on the Christmas menu?⟧ ⟦Is the restaurant step-free?⟧ ⟦How much is the deposit per person?⟧

Kind regards,
Fiona Marsh""",
    answered=[Y, Y, Y, N],
    kinds=["yes/no", "yes/no", "yes/no", "how much"],
    draft="""Dear Fiona,

Thank you for your email. I’m afraid Christmas Day is fully booked at lunchtime, but we could seat six at 3.30pm if that works for you. Our Christmas menu has a chestnut and mushroom Wellington as the vegetarian main. There’s level access through the garden door, and an accessible toilet off the dining room.

‸Warm regards,
Ben
The Plough at Little Hatley""",
)

case(
    thread="""hi ⟦can we move our booking from friday to saturday same time⟧, name is collins table for 4. also ⟦is the dog ok in the bar⟧ cheers""",
    answered=[Y, N],
    kinds=["request", "yes/no"],
    draft="""Hi Mr Collins,

No problem — I've moved your table for four to Saturday at 7.30pm. ‸

See you then,
Ben""",
)

case(
    thread="""Dear Sir or Madam,

We had a booking on Sunday 13 December for 1pm and were not seated until 1.50. Our roast beef was cold when it arrived. ⟦Why were we kept waiting for nearly an hour when we had booked weeks in advance?⟧ ⟦I'd also like to know whether you will be refunding the £96 we paid.⟧

Yours faithfully,
Geoffrey Lamb""",
    answered=[Y, Y],
    kinds=["why", "yes/no"],
    draft="""Dear Mr Lamb,

I'm truly sorry about your Sunday lunch. That day our oven failed at noon and we had to cook the roasts in batches on the range, which is why tables booked from 1pm waited so long; we should have told you when you arrived. I've refunded the £96 to the card you paid with.

Yours sincerely,
Ben Hollis
Landlord, The Plough""",
)

case(
    thread="""Hi Ben,

Thank you for confirming! 🙏 ⟦Could you add a birthday note to the booking?⟧ It’s my mum’s 70th. And ⟦can we bring our own cake, or is there a cakeage charge?⟧

Best,
Anita Desai

From: The Plough <bookings@theploughhatley.example.co.uk>
Sent: Monday, December 14, 2026 9:30 AM
To: Anita Desai
Subject: Your booking for Saturday 9 January

Dear Anita, your table for eight is confirmed for Saturday 9 January at 7pm. Please let us know of any dietary requirements.""",
    answered=[Y, N],
    kinds=["request", "which"],
    draft="""Hi Anita,

How lovely — happy birthday to your mum! I’ve added a note to your booking, and the team will make a fuss of her. ‸

See you on the 9th,
Ben""",
)

case(
    thread="""Hey guys, ⟦are you serving food on New Year's Day?⟧ ⟦Until what time?⟧ We're staying at the B&B down the road.

Thanks, Mike (from Seattle)""",
    answered=[Y, Y],
    kinds=["yes/no", "when"],
    draft="""Hi Mike,

We are — the kitchen’s open from 12 till 8 on New Year’s Day. See you then!

Ben""",
)

# --- Northgate Students' Union box office ---------------------------------------------------------

case(
    thread="""hey!!

got tickets for the winter ball (order SU-20411) but a few things:
• ⟦can i change the name on one of them to my friend?⟧
• ⟦whats the dress code⟧
• ⟦is there a cloakroom⟧ and ⟦how much is it⟧

ty!! 💃
Zara""",
    answered=[Y, Y, N, N],
    kinds=["request", "which", "yes/no", "how much"],
    draft="""Hi Zara,

Yes, name changes are free until Friday 15 January — just reply with your friend’s full name and student number and I’ll swap it over. The dress code is black tie (or your best formal wear). ‸

See you at the ball,
Northgate SU Box Office""",
)

case(
    thread="""Dear Box Office,

My son is a first-year at Northgate and I would like to surprise him with tickets to the comedy night on Thursday 28 January 🎭 ⟦Can non-students buy tickets?⟧ ⟦If not, is there a way I can pay for a ticket in his name?⟧

With thanks,
Margaret O'Neill""",
    answered=[Y, Y],
    kinds=["yes/no", "how"],
    draft="""Dear Margaret,

What a lovely surprise! SU events are for students and their signed-in guests, so tickets have to be bought by a student. You can, though, buy an SU gift voucher in his name at northgatesu.example.ac.uk/gift, and he can spend it on the comedy night.

Kind regards,
Box Office
Northgate Students' Union""",
)

case(
    thread="""To the Box Office,

I bought two tickets for the Frostbite gig on 5 December, then the headliner pulled out two days before and the SU replaced them with a DJ nobody had heard of. I didn’t go. My flatmate went and said the place was half empty. I’ve been an SU member for three years and never complained about anything, but this feels like a bait and switch. ⟦Am I entitled to a refund?⟧ And ⟦if so, how long will it take to come through?⟧ I’m a student, £38 is a lot of money to me.

Ollie Barker""",
    answered=[N, N],
    kinds=["yes/no", "when"],
    draft="""Hi Ollie,

Thanks for getting in touch, and I’m sorry the night wasn’t what you paid for. We know the line-up change was disappointing, and we’ve passed all the feedback to our events team. ‸

Best,
Jess
Box Office""",
)

case(
    thread="""Perfect, thanks!

> Hi Amir, your tickets are in your SU app under "My tickets". Can you check they're showing and let us know?
> Jess""",
    answered=[],
    kinds=[],
    draft="""Hi Amir,

Great — enjoy the show!

Jess""",
    quoted_only=True,
)

case(
    thread="""Hi there,

I'm an exchange student from Ohio here through May. ⟦Do I qualify for the student price even though I'm not full-time at Northgate?⟧ My program is a one-semester exchange. Also, ⟦where do I pick up physical tickets — or is it all on the app?⟧

Thanks a bunch,
Tyler Brooks""",
    answered=[Y, Y],
    kinds=["yes/no", "where"],
    draft="""Hi Tyler,

Welcome to Northgate! Visiting and exchange students get full SU membership, so you pay student prices like everyone else. Everything is on the app — there are no paper tickets any more, and you show the QR code at the door.

Cheers,
Jess""",
)

# --- Sugarcraft Corner: cake-decorating supplies --------------------------------------------------

case(
    thread="""Hello lovely people!

I’m making my daughter’s wedding cake (three tiers! terrifying!) for Saturday 6 February and I’ve been watching your tutorials non-stop. ⟦I was wondering if your ivory sugarpaste comes in 5kg tubs or only 2.5kg?⟧ I’ll need loads. Also the dowels — ⟦how many do I need for three tiers?⟧ I’ve read conflicting things online. And ⟦would you be able to deliver by the end of January?⟧ Sorry for all the questions!!

Lots of love,
Bev Whitlock""",
    answered=[Y, Y, N],
    kinds=["which", "how much", "yes/no"],
    draft="""Hi Bev,

Congratulations on the wedding — and how brave of you! Our ivory sugarpaste comes in both sizes, and the 5kg tub is £38.50. You’ll need 8 dowels, four in each of the bottom two tiers, plus one long central dowel if you’re moving the cake stacked. We can’t wait to see photos! 📸 ‸

Good luck,
Nell
Sugarcraft Corner""",
)

case(
    thread="""⟦Is the gold luster dust edible or decorative only?⟧ ⟦Do you have it in rose gold?⟧
T. Osei""",
    answered=[Y, Y],
    kinds=["which", "yes/no"],
    draft="""Hi,

Our Gold Lustre (code LD-12) is fully edible and food-approved. There’s a rose gold version too, code LD-14.

Best wishes,
Nell""",
)

case(
    thread="""Hi,

My order arrived today and the box of 200 sugar roses is smashed 😡 more than half of them are in pieces. ⟦Can you send a replacement before Friday?⟧ The cake is for a christening on Sunday. ⟦Do you need me to send the broken ones back?⟧

Photos attached.
Kerry Lund""",
    answered=[Y, Y],
    kinds=["request", "yes/no"],
    draft="""Hi Kerry,

Oh no, I’m so sorry — and thank you for the photos. A fresh box of 200 sugar roses went out by next-day tracked delivery this afternoon, so you’ll have it tomorrow, Wednesday. Please just pop the broken ones in the bin.

Nell""",
)

case(
    thread="""Dear Nell,

Thanks for the trade price list. ⟦What’s the minimum order for trade prices?⟧ ⟦Could you also tell me whether you invoice on 30-day terms?⟧ ⟦Please send me a sample of the white modelling paste.⟧

Kind regards,
Ifeoma Chukwu
Ifeoma’s Cakes Ltd
07700 900318

-----Original Message-----
From: Nell Hargreaves <nell@sugarcraftcorner.example.co.uk>
Sent: 11 December 2026 10:02
To: Ifeoma Chukwu
Subject: Trade account

Dear Ifeoma, our trade price list is attached. Is there anything else you need?""",
    answered=[Y, N, Y],
    kinds=["how much", "yes/no", "request"],
    draft="""Dear Ifeoma,

Lovely to hear from you. The minimum trade order is £150 before VAT. A 250g sample of the white modelling paste is in the post to you today.

‸Kind regards,
Nell""",
)

case(
    thread="""Hi! I'm a baker in Portland, Oregon. ⟦Do you ship to the US?⟧ ⟦What would shipping cost on about 3 lbs of cutters and molds?⟧ Love your designs!!

Jenna""",
    answered=[Y, Y],
    kinds=["yes/no", "how much"],
    draft="""Hi Jenna,

Thank you, that’s so kind! We do ship to the US; a parcel that size goes by tracked airmail for £18.90 and usually arrives in 7–10 days.

Nell""",
)

# --- Eastmoor Household Recycling Centre: permit desk ---------------------------------------------

case(
    thread="""Dear Permits Team,

I’ve got a small Transit Connect van which I use for personal use only. ⟦Do I need a van permit to bring garden waste?⟧ ⟦If so, how do I apply?⟧ And ⟦how many visits does a permit allow per year?⟧

Regards,
Colin Barrett""",
    answered=[Y, Y, N],
    kinds=["yes/no", "how", "how much"],
    draft="""Dear Mr Barrett,

Thank you for your enquiry. All vans need a permit, even for personal use and garden waste. You can apply online at eastmoor.example.gov.uk/vanpermit; you’ll need your V5C logbook and a proof of address. ‸

Regards,
Permits Desk
Eastmoor Council""",
)

case(
    thread="""turned away at the tip today because my permit had apparently expired?? nobody told me. ⟦why werent reminders sent out⟧ and ⟦can you renew it now so i can go back tomorrow⟧ reg is KX19 TNE

Sent from my iPhone""",
    answered=[Y, Y],
    kinds=["why", "request"],
    draft="""Hi,

Sorry you had a wasted journey. Reminders used to be posted, but since April we send them by email, and we didn't have an email address for you on file. I've renewed your permit for KX19 TNE today, so you can visit again tomorrow.

Permits Desk
Eastmoor Council""",
)

case(
    thread="""Good morning,

I am renovating my house and I have some old roof sheets, maybe asbestos. ⟦Is possible to bring to your centre?⟧ ⟦Which days you accept it?⟧ ⟦It cost money?⟧

Thank you,
Andrei Popescu""",
    answered=[Y, N, N],
    kinds=["yes/no", "when", "how much"],
    draft="""Dear Mr Popescu,

Thank you for checking first — that’s exactly the right thing to do. We do accept bonded asbestos sheets at Eastmoor, by appointment. They must be double-wrapped in heavy-duty plastic and taped, and please don’t break them. ‸

Kind regards,
Permits Desk""",
)

case(
    thread="""Hi,

My neighbour got this from you and I'm in the same situation. ⟦Can I apply for a trailer permit as well, even though I don't own the trailer?⟧ It belongs to my brother-in-law.

Thanks,
Sue Fenwick

---------- Forwarded message ---------
From: Eastmoor Permits <permits@eastmoor.example.gov.uk>
Date: Wed, 2 Dec 2026 at 11:15
Subject: Trailer permit
To: <jjones@example.net>

Dear Mr Jones, your trailer permit is attached. Please keep it on display. Do you have any questions about the 12-visit limit?""",
    answered=[Y],
    kinds=["yes/no"],
    draft="""Dear Ms Fenwick,

Thank you for your email. Trailer permits are issued to the person who’ll be towing, so it doesn’t matter who owns the trailer — just give us its dimensions and your own address at eastmoor.example.gov.uk/trailer.

Permits Desk""",
)

case(
    thread="""Hi, I run a small gardening business. ⟦Can I use the centre for my customers’ green waste?⟧ ⟦If not, where should I take it?⟧

Phil Harte
Harte Gardens""",
    answered=[Y, N],
    kinds=["yes/no", "where"],
    draft="""Hi Phil,

I’m afraid the centre is for household waste only, so business waste, including your customers’ garden waste, can’t be accepted. ‸

Permits Desk""",
)

# --- Stationgate Car Parks: season-ticket office --------------------------------------------------

case(
    thread="""Hello,

I'm starting a new job in town on Monday 11 January. ⟦How much is a monthly season ticket for the Station Road multi-storey?⟧ ⟦Is there an electric vehicle charging point I could use with it?⟧ ⟦Can I pay by direct debit?⟧

Thanks,
Lucy Tran""",
    answered=[Y, N, Y],
    kinds=["how much", "yes/no", "yes/no"],
    draft="""Hi Lucy,

Congratulations on the new job 🎉 A monthly ticket for Station Road is £95, and you can pay it by monthly direct debit through our online form. ‸

Best wishes,
Season Tickets, Stationgate Car Parks""",
)

case(
    thread="""I have a valid season ticket (no. ST-60217) and I got a £70 parking charge notice on Tuesday 8 December. ⟦Why was I fined when I’d paid?⟧ ⟦Cancel this PCN immediately.⟧

D. Whitfield""",
    answered=[Y, Y],
    kinds=["why", "request"],
    draft="""Dear Mr Whitfield,

I’m sorry for the worry this caused. Your season ticket is registered to a different car (reg ending 4KL), so the camera couldn’t match your plate to a ticket. Now that you’ve told us, I’ve cancelled the notice, and you’ll get written confirmation within five days. To stop it happening again, please log in and add the car you were driving.

Season Tickets""",
)

case(
    thread="""Hi,

We need 12 season tickets for our staff from February. Questions:
1. ⟦Is there a corporate discount for 10+ tickets?⟧
2. ⟦Can tickets be transferred between staff?⟧
3. ⟦When do you need our list of number plates by?⟧
4. ⟦Please send an invoice rather than taking card payment.⟧

Regards,
Harriet Fox
Facilities Manager, Lumen Analytics""",
    answered=[N, Y, N, Y],
    kinds=["yes/no", "yes/no", "when", "request"],
    draft="""Dear Harriet,

Thank you for choosing Stationgate. Our corporate scheme is our most popular option, and its tickets can move between named staff through the online portal. We’ll happily invoice you rather than take a card. ‸

Kind regards,
Season Tickets""",
)

case(
    thread="""hi ive lost my season ticket card ⟦how do i get a new one⟧ ⟦is there a charge⟧ thanks jess""",
    answered=[N, N],
    kinds=["how", "yes/no"],
    draft="""Hi Jess,

Don't worry — I've cancelled the lost card so nobody else can use it. ‸

Season Tickets""",
)

case(
    thread="""Hi again,

You didn't answer my question about overnight parking. ⟦Can season ticket holders leave their car in overnight at weekends?⟧

Thanks,
Omar Haddad

On Thu, 17 Dec 2026 at 14:02, Stationgate Season Tickets <seasons@stationgate.example.co.uk> wrote:
> Dear Omar, your ticket renewal is complete. Thank you!
>
> On Wed, 16 Dec 2026, Omar Haddad wrote:
>> Please renew my ticket. Also, can I leave my car overnight at weekends?""",
    answered=[Y],
    kinds=["yes/no"],
    draft="""Dear Omar,

Apologies for missing that. Your ticket covers the car park 24 hours a day, seven days a week, overnight at weekends included.

Season Tickets""",
)

# --- Fellside Railway: a narrow-gauge heritage railway --------------------------------------------

case(
    thread="""Hello!

We're hoping to bring the grandchildren (ages 3, 6 and 9) on one of your Santa Specials. 🚂 ⟦Are there any seats left on Sunday 20 December?⟧ ⟦Do the under-3s travel free, or is that under-5s?⟧ We weren't sure from the website. My husband also uses a mobility scooter — ⟦is there room for it on the train?⟧

Best wishes,
Carol Pettigrew""",
    answered=[Y, Y, N],
    kinds=["yes/no", "which", "yes/no"],
    draft="""Dear Carol,

Thank you for thinking of us for the grandchildren’s Christmas treat! Sunday 20 December is sold out, I’m afraid, but we still have seats on the 11am train on Saturday 19 December. Children under 3 travel free, so your 3-year-old would need a child ticket. ‸

With best wishes,
Bookings Office
Fellside Railway""",
)

case(
    thread="""Dear Sir,

I am a member of the Narrow Gauge Railway Society. ⟦Which locomotive will be hauling the Boxing Day service?⟧ ⟦Is it possible to arrange a footplate visit while she is in steam?⟧ ⟦I would also be grateful to know when the 2027 timetable will be published.⟧

Yours faithfully,
Reginald Ashworth""",
    answered=[N, Y, N],
    kinds=["which", "yes/no", "when"],
    draft="""Dear Mr Ashworth,

Thank you for your email. Our Boxing Day trains are always a highlight of the season, with mince pies served at Llyn Halt. Footplate visits are only available on our Driver Experience days, not during service trains. ‸

Yours sincerely,
Gwen Pritchard
Volunteer Liaison, Fellside Railway""",
)

case(
    thread="""Hi folks,

My wife and I are visiting Wales in early March from Denver. ⟦Does the railway run on weekdays in March?⟧ ⟦How long is the round trip?⟧ ⟦Is there parking at the station?⟧ We'd love to ride it!

Thanks,
Bill & Donna Kowalski""",
    answered=[Y, Y, Y],
    kinds=["yes/no", "when", "yes/no"],
    draft="""Hi Bill and Donna,

How wonderful that you’re coming all this way! In March our trains run at weekends only; weekday services start on Monday 29 March for the Easter holidays. The round trip takes about 90 minutes, including a 20-minute stop at the top. There’s a free car park beside the station.

Best wishes,
Gwen""",
)

case(
    thread="""Hello,

I think I left my son's blue jacket on the 2pm train Saturday. ⟦Has anyone turned it in?⟧ It has his name, Finn Morley, on the label. ⟦If so, could you mail it to me?⟧ I'll pay the postage, of course.

Many thanks,
Rachel Morley
Sent from my iPhone""",
    answered=[Y, N],
    kinds=["yes/no", "request"],
    draft="""Dear Rachel,

Good news — a blue jacket with Finn’s name on it was found in the second carriage and is safe in our office. ‸

Best wishes,
Bookings Office""",
)

case(
    thread="""Hi, ⟦do you take volunteers who have no railway experience at all?⟧ I'm retired and keen. ⟦What sort of commitment are you looking for?⟧

Graham""",
    answered=[Y, Y],
    kinds=["yes/no", "how much"],
    draft="""Hi Graham,

Most of our volunteers started out knowing nothing about railways — we train everyone from scratch. We ask for at least two days a month during the season, though many people do more.

Gwen""",
)

# --- Tessera Tiles: a tile shop -------------------------------------------------------------------

case(
    thread="""Hi, see below from my builder — he's happy with it now, so no need to do anything.

Paula

Begin forwarded message:

From: Steve Grady <steve@gradybuild.example.com>
Date: 9 December 2026 at 08:12:44 GMT
To: Paula Ince <paula.ince@example.com>
Subject: Tiles

Paula, can you ask the shop if they've got the grout in anthracite? And please check the adhesive is rapid-set.""",
    answered=[],
    kinds=[],
    draft="""Hi Paula,

Thanks for letting us know — glad it’s all sorted.

Tessera Tiles""",
    quoted_only=True,
)

case(
    thread="""Hello,

My bathroom floor is 2.4m by 1.8m. ⟦How many boxes of the 60x60 Pietra Grey would I need?⟧ ⟦Do you recommend adding extra for cuts?⟧ And ⟦can you deliver on a Saturday?⟧

Thanks,
Neil Armitage""",
    answered=[Y, Y, N],
    kinds=["how much", "yes/no", "yes/no"],
    draft="""Hi Neil,

Your floor is 4.32 square metres and each box of Pietra Grey covers 1.44, so three boxes would cover it exactly — but we always suggest 10% extra for cuts and breakages, so four boxes is safer. ‸

Regards,
Tessera Tiles""",
)

case(
    thread="""I bought 12 boxes of your Cotswold Cream wall tiles and two of the boxes are a noticeably different shade. The tiler has stopped work until it's sorted. ⟦How could you sell me tiles from two different batches?⟧ ⟦I need two boxes from the same batch as the other ten, delivered by Wednesday.⟧

Steph Carrow
07700 900577""",
    answered=[N, N],
    kinds=["why", "request"],
    draft="""Dear Steph,

I’m really sorry — you’re right that all twelve boxes should have come from one batch, and the numbers on the box ends show two of them didn’t. We have plenty of the matching batch (CC-2241) in stock. ‸

Kind regards,
Daniel
Tessera Tiles""",
)

case(
    thread="""Hello Sir,

I see on your website the Moroccan patterned tiles. ⟦They are suitable for outside, for the terrace?⟧ ⟦Which is the price for one square metre?⟧ ⟦You have showroom where I can see them?⟧

Thanks and regards,
Luca Bianchi""",
    answered=[Y, Y, Y],
    kinds=["yes/no", "how much", "yes/no"],
    draft="""Dear Luca,

The Marrakech range is frost-resistant porcelain, so it’s fine for a terrace. It’s £42.50 per square metre. You’re welcome to see it at 3 Quarry Lane, Stroud, open Monday to Saturday, 8 till 5.

Best wishes,
Daniel""",
)

case(
    thread="""Morning Daniel,

Cheers for getting the order out so quick 👍 ⟦Can you put the leftover 3 boxes on a return?⟧ And ⟦when will the credit show on my trade account?⟧

Ta,
Kev Mullins
Mullins Tiling

From: Daniel Shore <daniel@tesseratiles.example.co.uk>
Sent: Wednesday, December 16, 2026 4:45 PM
To: Kev Mullins
Subject: Order TT-90455 dispatched

Hi Kev, your order's on the van. Do you need anything else before Christmas?""",
    answered=[Y, Y],
    kinds=["request", "when"],
    draft="""Morning Kev,

No problem — the driver will collect the three boxes when he drops off your next order. The credit will show on your account within three working days of them reaching us.

Cheers,
Daniel""",
)

# --- Canvas & Pole Marquees -----------------------------------------------------------------------

case(
    thread="""Hi Canvas & Pole,

We’re getting married on Saturday 26 June 2027 at my parents’ farm near Ludlow and we’re looking at your 9m x 15m traditional pole marquee. We’re expecting about 110 guests for a sit-down meal and then dancing. ⟦Is that size big enough for 110 seated plus a dance floor?⟧ ⟦What does the price include — lighting, flooring, tables?⟧ The field is a bit uneven by the hedge but flat in the middle. ⟦How far in advance do we need to book?⟧

Thanks so much!
Amelia & Tom""",
    answered=[Y, N, N],
    kinds=["yes/no", "which", "when"],
    draft="""Hi Amelia and Tom,

Congratulations! Ludlow in June is gorgeous. A 9m x 15m marquee seats 110 comfortably on round tables, but once you add a dance floor you’d want the 9m x 18m. ‸

Warm wishes,
Freddie
Canvas & Pole Marquees""",
)

case(
    thread="""Hi,

I'm organizing a product launch for our UK team on Thursday, May 13, 2027 in Reading. ⟦Can you provide a 6m x 12m frame tent with a hard floor?⟧ ⟦What's the latest we can confirm the booking?⟧ ⟦Please send over a quote in USD if possible.⟧

Best,
Jordan Pierce
Event Operations, Brightline Inc.
555-0198""",
    answered=[Y, Y, Y],
    kinds=["yes/no", "when", "request"],
    draft="""Hi Jordan,

Our 6m x 12m frame marquee comes with a hard, level floor as standard, which suits a launch well. We’d need your confirmation by Thursday, April 1, 2027, six weeks before the event. We invoice in sterling only, but I’ve attached a quote for £4,850 with today’s US dollar equivalent shown alongside.

Best regards,
Freddie""",
)

case(
    thread="""Dear Freddie,

You've kept £300 of our £500 deposit for "damage to the canvas". The marquee was flattened by the storm on Friday night, which we could hardly control. ⟦Why are we being charged for weather?⟧ ⟦Please send photos of the damage you're charging for.⟧ ⟦Is there an appeal process?⟧

Regards,
Michael Osborne

On Mon, 14 Dec 2026 at 10:30, Canvas & Pole <hire@canvasandpole.example.co.uk> wrote:
> Dear Mr Osborne, following inspection, £300 of your deposit has been retained to cover repairs. Please see our terms, section 8.""",
    answered=[Y, Y, N],
    kinds=["why", "request", "yes/no"],
    draft="""Dear Mr Osborne,

I understand your frustration. Our terms (section 8) make the hirer responsible for the marquee during the hire, in bad weather too, which is why we recommend event insurance. I've attached six photos of the torn side panels and the snapped ridge pole. ‸

Kind regards,
Freddie""",
)

case(
    thread="""⟦do u do small gazebo type ones for a garden party⟧ like 20 people. ⟦price?⟧""",
    answered=[N, N],
    kinds=["yes/no", "how much"],
    draft="""Hi,

Thanks for getting in touch! Our marquees have been the centrepiece of hundreds of weddings and parties across Shropshire, and we’d love to help. ‸ Just send us your date and postcode.

Freddie""",
)

case(
    thread="""Hi Freddie,

Thanks again — the marquee was perfect and everyone's still talking about it! ⟦Could you send me the name of the caterer you recommended?⟧ My sister wants to book them for her christening. Also, ⟦do you do a discount for returning customers?⟧

Hugs,
Ellie""",
    answered=[Y, N],
    kinds=["request", "yes/no"],
    draft="""Hi Ellie,

That’s made our week, thank you! 😊 The caterer was Hollybrook Kitchen — hollybrook.example.co.uk, ask for Sam. ‸

Freddie""",
)
