"""Tactful questions held-out set 2: the cases as readable data (HELD OUT: do not tune on it).

Each case is ``case(thread, answered, kinds, draft)``:

- ``thread``: the customer's email as webmail shows it (the API's ``incoming``). Every question or
  request of the NEWEST message is wrapped in ⟦ ⟧; nothing in quoted history, forwarded mail,
  signatures or disclaimers is marked.
- ``answered``: one ``Y``/``N`` per marked span, in order: does the draft answer it?
- ``kinds``: one kind per marked span (yes/no, when, where, how much, how, which, why, request).
- ``draft``: the reply being written (the API's ``draft``). It holds one ‸ where the missing answer
  belongs when some question is unanswered, and none otherwise.
- ``quoted_only=True``: the newest message asks nothing, while the history, forwarded mail or
  signature below it does.

build_questions_holdout2.py strips the marks and computes the offsets. Names, companies, addresses
and references are invented; e-mail domains use example.*, phone numbers the ranges kept for fiction.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Brightwater Dental Practice ---------------------------------------------------------
    case("""\
Hi,

My son Leo (age 9) chipped his front tooth at football on Saturday. ⟦Can you fit him in this week?⟧ \
Also ⟦does he need to be registered with you first, or can you see him as an emergency?⟧

Thanks,
Priya Raman

On Mon, 7 Dec 2026 at 09:12, Brightwater Dental <reception@brightwater-dental.example.co.uk> wrote:
> Dear Patient,
> Your annual check-up is due. Please call us on 0113 496 0412 to book.""",
         [N, Y], ["yes/no", "which"],
         """\
Dear Priya,

I'm sorry to hear about Leo's tooth. We can see him as an emergency patient without registering him \
first, and the same goes for anyone else in the family.‸

Kind regards,
Hannah
Brightwater Dental Practice"""),

    case("""\
Hello,

I had a filling at your practice last month and the bill said £78. ⟦Could you explain why it wasn’t \
charged at the NHS Band 2 rate?⟧ I was under the impression I’m an NHS patient. ⟦Please send me an \
itemised receipt as well.⟧

Many thanks
Graham Whitcombe

From: Brightwater Dental <accounts@brightwater-dental.example.co.uk>
Sent: Thursday, November 19, 2026 4:02 PM
To: Graham Whitcombe
Subject: Your invoice BD-55812

Dear Mr Whitcombe, please find your invoice attached. Let us know if you have any questions.""",
         [Y, Y], ["why", "request"],
         """\
Dear Mr Whitcombe,

Thank you for getting in touch. You were charged privately because you chose a white composite \
filling on a back tooth, which the NHS only covers in amalgam. Dr Okafor should have explained that \
before treatment, and I'm sorry it wasn't made clear. I've attached an itemised receipt showing the \
private fee.

Best wishes,
Sunita Bhatt
Practice Manager"""),

    case("""\
Hi there 😬

⟦Is it normal for my gums to bleed after the hygienist clean?⟧ It’s been two days now. ⟦Should I be \
using a different toothpaste?⟧

Olivia""",
         [N, N], ["yes/no", "yes/no"],
         """\
Hi Olivia,

Thanks for your message. Our hygienists use ultrasonic scalers and a fine polishing paste, and most \
patients tell us their mouth feels much fresher afterwards.‸

Best wishes,
Brightwater Dental"""),

    case("""\
Just a quick note to say thank you to Dr Okafor and Hannah on reception. I was dreading the \
extraction and honestly barely felt a thing 😊

All the best,
Marjorie Ellison""",
         [], [],
         """\
Dear Marjorie,

Thank you so much for your kind words; I've passed them on to Dr Okafor and Hannah, who were \
delighted. We hope the area heals quickly.

Warm regards,
Sunita Bhatt
Brightwater Dental Practice"""),

    case("""\
Good afternoon,

I’m moving to Glasgow in January and my new dentist has asked for my records. ⟦Could you email me my \
X-rays?⟧ ⟦I’d also like to know when my last check-up was, as they asked for the date.⟧

Thank you,
Callum Dunbar
07700 900481""",
         [Y, Y], ["request", "when"],
         """\
Dear Callum,

We can't email X-rays to patients, as they're part of your clinical record, but we can send them \
securely to your new practice as soon as they request them from us. Your last check-up with us was \
on 14 July, with Dr Okafor.

Good luck with the move!

Kind regards,
Hannah
Brightwater Dental Practice"""),

    case("""\
Hi,

⟦Please cancel my hygiene appointment on Thursday 17 December⟧ – I’ve tested positive for Covid. \
⟦Will I be charged the late cancellation fee?⟧

Thanks,
Ben Sato

P.S. ⟦Can I rebook for some time in January?⟧""",
         [Y, Y, N], ["request", "yes/no", "request"],
         """\
Hi Ben,

Sorry to hear you're unwell. I've cancelled Thursday's appointment, and there's no fee when you're \
ill, so don't worry about that.‸

Get well soon,
Hannah
Brightwater Dental Practice"""),

    # --- Hollis & Daughter Plumbing and Heating ----------------------------------------------
    case("""\
Hi,

Our combi boiler (Worcester Bosch, about 8 years old) keeps losing pressure, down to 0.5 bar every \
couple of days. ⟦How much do you charge for a call-out?⟧ ⟦Do you work weekends⟧ and ⟦is there an \
extra charge for that?⟧ ⟦I’d also like to know whether you’re Gas Safe registered.⟧

Thanks,
Martin Oyelaran
07700 900317""",
         [Y, Y, N, Y], ["how much", "yes/no", "how much", "yes/no"],
         """\
Hi Martin,

Thanks for getting in touch. Our call-out fee is £65, which includes the first half hour, and all \
our engineers are on the Gas Safe Register (our number is 559021). We also work Saturday mornings, \
8 am to 12 pm.‸

A slow pressure drop is often a leaking expansion vessel or a weeping pressure relief valve, both of \
which we can usually fix on the first visit.

Regards,
Dan Hollis"""),

    case("""\
Hi Dan,

See below from my letting agent. ⟦Can you send them the invoice directly for the tap replacement?⟧ \
They need it before they’ll pay.

Cheers,
Amira

---------- Forwarded message ---------
From: Marsh & Pryor Lettings <maintenance@marshpryor.example.co.uk>
Date: Wed, 9 Dec 2026 at 11:40
Subject: 14 Cobden Street – kitchen tap
To: Amira Haddad <amira.haddad@example.com>

Dear Amira,

Please ask your contractor to invoice us directly at the address below. Could you also let us know \
the date the work was completed?

Kind regards,
Marsh & Pryor Lettings
Unit 3, Calder Wharf, Halifax""",
         [Y], ["request"],
         """\
Hi Amira,

No problem, I emailed the invoice (HD-2291) to Marsh & Pryor this morning and copied you in. For \
their records, we fitted the new tap on Friday 4 December.

Thanks,
Dan"""),

    case("""\
Hello,

You replaced our hot water cylinder on 24 November and now there’s a drip from the pipe underneath \
it. ⟦When can someone come back to look at it?⟧ ⟦Will we have to pay for the return visit, given it’s \
only been two weeks?⟧

Regards,
Jean Pelletier

Sent from my iPhone""",
         [N, Y], ["when", "yes/no"],
         """\
Dear Jean,

Sorry to hear about the drip. All our work carries a 12-month guarantee, so there will be no charge \
for putting it right. We'll get someone out to you as soon as we can.‸

Kind regards,
Lorna
Hollis & Daughter"""),

    case("""\
Thanks Dan, all sorted and the shower’s working beautifully now. Much appreciated.

Rachel

On Fri, 4 Dec 2026 at 17:05, Dan Hollis <dan@hollisanddaughter.example.co.uk> wrote:
> Hi Rachel,
> The new thermostatic valve is on order. Could you send me a photo of the old one so I can check the
> fittings match? And is Tuesday morning still OK for us to come back?
> Dan""",
         [], [],
         """\
Hi Rachel,

Great to hear, and thanks for letting us know. Enjoy the shower!

Dan
Hollis & Daughter""",
         quoted_only=True),

    case("""\
Hi, ⟦I need a quote for moving a radiator from under the window to the opposite wall in our front \
room.⟧ ⟦Please let me know the earliest date you could do it too.⟧ We’re at 22 Fenwick Road.

Thanks, Carl""",
         [Y, N], ["request", "when"],
         """\
Hi Carl,

Thanks for the enquiry. I'll need to see the room to price it properly, so I'll pop round on \
Tuesday 15 December at 5 pm to measure up, and I'll email you a written quote by Thursday \
17 December.‸

Best,
Dan Hollis"""),

    case("""\
Hi 👋 ⟦Can you come out tonight?⟧ The kitchen sink is blocked and the water’s backing up into the \
dishwasher. ⟦If not, what can I do myself in the meantime?⟧

Neil Barraclough
22 Moor Lane""",
         [Y, Y], ["yes/no", "how"],
         """\
Hi Neil,

I'm afraid we don't do evening call-outs, but I can be with you at 8 am tomorrow. In the meantime, \
switch the dishwasher off at the wall, bail out the sink, then cover the overflow with a damp cloth \
and use a plunger over the plughole.

Dan Hollis
Hollis & Daughter"""),

    # --- Alder Street Language School --------------------------------------------------------
    case("""\
Hola! 🇪🇸

I’m hoping to join the Spanish evening classes in January. ⟦Are there still places in the Tuesday \
intermediate group⟧ and ⟦how much is the term?⟧ ⟦Could you let me know which coursebook I’ll need as \
well?⟧

Gracias,
Bethany Cole""",
         [Y, Y, N], ["yes/no", "how much", "which"],
         """\
Hi Bethany,

Thanks for your interest! Yes, we still have three places in the Tuesday intermediate group, which \
starts on Tuesday 12 January. The spring term costs £240 for ten weeks.‸

¡Hasta pronto!
Marta
Alder Street Language School"""),

    case("""\
Dear Sir or Madam,

My daughter (16) has studied French for four years at school. ⟦I would like to know whether she \
needs to take a placement test before enrolling on the B1 course.⟧ Also, ⟦are the classes taught \
entirely in French?⟧

Yours faithfully,
Dr R. Adeyemi

________________________________
From: Alder Street Language School <info@alderstreet.example.org>
Sent: Monday, November 30, 2026 10:15 AM
To: R Adeyemi
Subject: Re: Enquiry

Thank you for your enquiry. Would your daughter prefer weekday or Saturday classes?""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Dear Dr Adeyemi,

Every new student does a short online assessment before joining a group, so that we can place them \
at the right level; it takes about 30 minutes and I've emailed her the link. Our teachers speak \
French from the first minute of each lesson and only switch to English for the occasional grammar \
point.

Kind regards,
Marta Ruiz
Alder Street Language School"""),

    case("""\
Hi,

I have to drop out of the Japanese beginners’ course because my new job has evening shifts. ⟦Can I \
get a refund for the remaining six weeks?⟧ ⟦If not, could I transfer to the Saturday morning class?⟧ \
⟦Please also cancel my textbook order.⟧

Thanks
Kenji Marlow""",
         [Y, Y, N], ["yes/no", "request", "request"],
         """\
Hi Kenji,

Sorry to hear you have to leave the evening group. Our terms don't allow refunds once a course has \
passed its third week, but you're very welcome to move to the Saturday group, which meets 10–12 in \
Room 4. I've put you on its register from this Saturday.‸

Best,
Marta"""),

    case("""\
hi there my son is 7 and half Italian, ⟦do you do Italian conversation classes for kids⟧ ⟦what days \
are they on⟧ thanks Luca""",
         [Y, N], ["yes/no", "when"],
         """\
Hi Luca,

Ciao! 🇮🇹 Yes, we run a children's Italian conversation club for ages 6 to 9, with games, songs and \
plenty of chatter.‸

Best wishes,
Marta
Alder Street Language School"""),

    case("""\
Good morning,

⟦Could you please issue a certificate of attendance for my German A2 course (autumn term)?⟧ My \
employer needs it for my file. ⟦Is there a fee?⟧

Best regards,
Anja Becker""",
         [Y, Y], ["request", "yes/no"],
         """\
Dear Anja,

Of course. I've attached your certificate of attendance for German A2 (September to December 2026), \
signed by our director. There's no charge for the first copy.

Viele Grüße,
Marta
Alder Street Language School"""),

    case("""\
Dear Alder Street team,

We have four members of staff who will be working with our Shanghai office from March. ⟦Could you \
quote for weekly Mandarin lessons for the four of them, on site at our office?⟧ ⟦Are your tutors \
native speakers?⟧ ⟦What’s your cancellation policy if a session has to be moved at short notice?⟧

Kind regards,
Elaine Forsyth
HR Manager, Pennine Valve Systems
0161 496 0725""",
         [N, Y, N], ["request", "yes/no", "which"],
         """\
Dear Elaine,

Thank you for thinking of us. All our Mandarin tutors are native speakers, from Beijing and Taipei, \
and one of them has Wednesday mornings free from March, which would suit on-site lessons well.‸

Kind regards,
Marta Ruiz
Alder Street Language School"""),

    # --- Northgate Car Hire ------------------------------------------------------------------
    case("""\
Hello,

We pick up from your Edinburgh Airport desk on Friday 18 December at 21:40. ⟦Will the desk still be \
open at that time?⟧ ⟦Can my husband be added as a second driver⟧, and ⟦what does that cost?⟧ Also, \
⟦do you supply child seats for a 3-year-old?⟧

Regards,
Fiona MacLeod
Booking NCH-448120

-----Original Message-----
From: Northgate Car Hire <bookings@northgate-hire.example.com>
Sent: 02 December 2026 14:03
Subject: Booking confirmation NCH-448120

Your booking is confirmed. Please bring your driving licence and a credit card in the main driver's name.""",
         [Y, Y, N, N], ["yes/no", "yes/no", "how much", "yes/no"],
         """\
Dear Fiona,

Thank you for booking with Northgate. Our Edinburgh Airport desk is open until 23:30 every night, so \
a 21:40 collection is no problem. Your husband can be added as a named driver at the desk; he'll \
just need to bring his licence.‸

Kind regards,
Callum
Northgate Car Hire"""),

    case("""\
Hi,

I’ve just seen a £320 charge on my card from you, two weeks after I returned the car. ⟦Why was I \
charged?⟧ Nobody mentioned any damage when I dropped it off. ⟦Please send me the photos and the \
damage report.⟧

Tom Ashworth
Rental agreement NG-771045""",
         [N, N], ["why", "request"],
         """\
Dear Mr Ashworth,

Thank you for contacting us. Every vehicle is inspected by our returns team after each rental, and \
any charges are applied in line with the terms and conditions agreed at collection.‸

Kind regards,
Northgate Customer Relations"""),

    case("""\
Hi! ⟦Can I hire a car if I’m 20?⟧ I passed my test 2 years ago. ⟦What about if my dad is the main \
driver and I’m just added on?⟧

Ella""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Ella,

I'm afraid all our drivers, including additional drivers, must be at least 23 and have held a full \
licence for two years, so we can't add you to a booking even with your dad as the main driver. \
Sorry not to be more helpful!

Callum
Northgate Car Hire"""),

    case("""\
Hi Callum,

Thanks for that. Just to check, ⟦can I return the car to Glasgow instead of Edinburgh, or does it \
have to come back to the same desk?⟧ And ⟦if one-way is allowed, how much extra is it?⟧

Ruth

On Tue, 8 Dec 2026 at 16:20, Callum at Northgate <callum@northgate-hire.example.com> wrote:
> Hi Ruth, your booking for 21–28 December is confirmed. Do you need a satnav?
>
> On Tue, 8 Dec 2026 at 10:02, Ruth Levene <ruth.levene@example.com> wrote:
>> Could you change my booking to a larger car?""",
         [Y, Y], ["which", "how much"],
         """\
Hi Ruth,

Yes, you can drop the car off at our Glasgow Airport desk. The one-way fee is £45, payable when you \
collect the car.

Best,
Callum
Northgate Car Hire"""),

    case("""\
Got it, thank you. See you on the 18th.

Fiona

From: Callum Reid <callum@northgate-hire.example.com>
Sent: Thursday, December 10, 2026 11:31 AM
To: Fiona MacLeod
Subject: RE: Booking NCH-448120

Hi Fiona, your child seat is booked. Could you please confirm your flight number so we can track any \
delays?""",
         [], [],
         """\
Thanks, Fiona. Have a safe flight, and see you on Friday.

Callum
Northgate Car Hire""",
         quoted_only=True),

    case("""\
Hello,

⟦Do I have to bring the car back with a full tank?⟧ ⟦How much do you charge if I don’t?⟧ And ⟦is \
there a petrol station near the airport return car park?⟧

Thanks,
Stefan Wójcik""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Dear Stefan,

Our fuel policy is full to full: you'll collect the car with a full tank and should bring it back \
full. If it comes back short, we refuel it at £2.10 a litre plus a £15 service fee.‸

Kind regards,
Callum
Northgate Car Hire"""),

    case("""\
Hi there,

Our flight into Edinburgh lands at 01:30 on Sunday 27 December, after your desk has closed. ⟦Where \
do we collect the keys?⟧ ⟦Is there an out-of-hours number if anything goes wrong?⟧

Thanks,
Hamish Grant
Booking NCH-450377

Sent from my Galaxy""",
         [Y, N], ["where", "yes/no"],
         """\
Hi Hamish,

For late arrivals we leave the keys in the key safe beside our desk on level 2 of the multi-storey \
car park, and I'll text you the code on the afternoon of the 26th.‸

Kind regards,
Callum
Northgate Car Hire"""),

    # --- Crumb & Cradle Bakery (custom cakes) ------------------------------------------------
    case("""\
Hiya! 🎂🎉

My daughter turns 5 on Saturday 9 January and is obsessed with dinosaurs. ⟦Could you make a two-tier \
dinosaur cake for about 30 children?⟧ ⟦How far in advance do I need to order?⟧ ⟦Do you deliver to \
Headingley or would I need to collect?⟧

Thanks so much!!
Gemma x""",
         [Y, N, Y], ["request", "when", "which"],
         """\
Hi Gemma,

What a fun theme! 🦕 We'd love to make a two-tier dinosaur cake; an 8-inch and a 6-inch tier will \
serve around 35 children. We deliver within six miles of the shop, which includes Headingley, for \
£8.‸

Best wishes,
Nadia
Crumb & Cradle"""),

    case("""\
Hello,

⟦Are your cakes made in a nut-free kitchen?⟧ My son has a severe peanut allergy. ⟦Could you also \
tell me whether the vegan sponge contains soya?⟧

Kind regards,
Dev Malhotra""",
         [N, N], ["yes/no", "yes/no"],
         """\
Dear Dev,

Thank you for your message. All our cakes are baked fresh on the premises, and our vegan sponge is \
made with oat milk and sunflower oil in place of butter and eggs.‸

Best wishes,
Nadia
Crumb & Cradle"""),

    case("""\
Hi Nadia,

⟦Please could we change the writing on the cake to “Happy 60th Auntie Pam” instead of “Happy \
Birthday Pam”?⟧ Sorry for the faff! ⟦Is it too late to switch the filling to raspberry as well?⟧

Thanks,
Joanne

On Thu, 10 Dec 2026 at 09:30, Crumb & Cradle <hello@crumbandcradle.example.co.uk> wrote:
> Hi Joanne, your lemon celebration cake is booked for collection on Saturday 19 December. Please
> let us know if anything changes.""",
         [Y, Y], ["request", "yes/no"],
         """\
Hi Joanne,

No faff at all! I've changed the inscription to “Happy 60th Auntie Pam”. Raspberry is fine too, as \
we don't start baking until Thursday.

See you on the 19th,
Nadia"""),

    case("""\
Hi, ⟦I’m looking for a quote for 120 cupcakes for a charity bake sale on Saturday 13 February, half \
chocolate and half vanilla.⟧ ⟦I’d also like to know if you can do them in individual boxes.⟧

Thanks, Sam (Friends of Moorside Primary)""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Sam,

For a school charity event we can do 120 cupcakes, half chocolate and half vanilla, for £180, which \
includes our 10% charity discount.‸ Just let me know by the end of January to secure the date.

Best,
Nadia
Crumb & Cradle"""),

    case("""\
Thank you SO much for Isla’s unicorn cake!! How do you even get buttercream that colour? 😍 \
Everyone at the party wanted to know where it came from, and I’ve been telling them all.

Love,
Kirsty""",
         [], [],
         """\
Hi Kirsty,

Thank you, that's made our day! We're so glad Isla and her friends loved it, and thank you for \
spreading the word.

Nadia
Crumb & Cradle"""),

    case("""\
Thanks Nadia, collected on Saturday and it was perfect. Everyone loved the lemon sponge.

--
Holly Marsh | Marsh Events
Planning a party? Let us know and we’ll make it magical!
07700 900652""",
         [], [],
         """\
Hi Holly,

Thank you for letting us know, and we're so glad it went down well.

Nadia
Crumb & Cradle""",
         quoted_only=True),

    # --- Whitlow Museum of Industry (group bookings) -----------------------------------------
    case("""\
Dear Bookings Team,

I’m organising a visit for 58 Year 5 pupils and 8 adults on Wednesday 3 March. ⟦Is there a lunch \
room we can use for packed lunches?⟧ ⟦How much is the “Steam Power” workshop per pupil?⟧ ⟦Please \
could you also send me a risk assessment for the site.⟧

Kind regards,
Mrs A. Fairbairn
Year 5 Lead, St Bede’s RC Primary""",
         [Y, N, Y], ["yes/no", "how much", "request"],
         """\
Dear Mrs Fairbairn,

Thank you for choosing Whitlow. Our Engine House lunch room seats up to 70, and I've booked it for \
your group from 12 to 12:45. I've attached our general risk assessment and a site map to help with \
your planning.‸

Kind regards,
Priya Nair
Learning Team, Whitlow Museum of Industry"""),

    case("""\
Hello,

⟦Is the upper gallery accessible for wheelchair users?⟧ We’re bringing a group from a day centre and \
three of them use wheelchairs. ⟦Do you have a quiet space if anyone gets overwhelmed?⟧

Thanks,
Colin Marsh
Hillside Day Centre""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Dear Colin,

There's a lift to every floor, including the upper gallery, and all our doorways take a standard \
wheelchair. The Reading Room on the ground floor is kept calm and quiet, and any visitor who needs a \
break is welcome to use it.

Best wishes,
Priya
Whitlow Museum of Industry"""),

    case("""\
Thanks Priya, that’s all confirmed with the head. We look forward to the visit.

Regards
Alison Fairbairn

From: Whitlow Museum Learning <learning@whitlow-museum.example.org.uk>
Sent: Friday, December 11, 2026 3:47 PM
To: Alison Fairbairn
Subject: RE: Year 5 visit

Dear Mrs Fairbairn, could you confirm the final number of pupils by Friday 19 February? We also need \
to know about any medical needs.""",
         [], [],
         """\
Dear Alison,

Thank you, and we look forward to seeing you all on Wednesday 3 March.

Kind regards,
Priya""",
         quoted_only=True),

    case("""\
Hi,

We’re a firm of about 40 and would like to hold our summer party in the Engine Hall. ⟦Can we hire it \
for an evening in July?⟧ ⟦What would that cost including catering?⟧ ⟦Is there a minimum spend?⟧

Best,
Rob Tennant
Tennant & Gill Surveyors""",
         [Y, N, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Rob,

Yes, the Engine Hall is available for private hire on weekday evenings throughout July, and the \
restored beam engine makes a wonderful backdrop. We work with two local caterers, and our events \
team will be in touch with a tailored proposal.‸

Kind regards,
Priya Nair
Whitlow Museum of Industry"""),

    case("""\
Hi,

We booked a guided tour for 20 on Saturday, but the guide never turned up and we had to go round on \
our own. ⟦Why wasn’t anyone there?⟧ ⟦Will you refund us or rebook the tour free of charge?⟧

Disappointed,
Harold Quist""",
         [Y, Y], ["why", "which"],
         """\
Dear Mr Quist,

I'm so sorry. Our guide was taken ill that morning and the message to the front desk was missed, \
which should never have happened. I've refunded the £90 tour fee to your card today; it should reach \
you in three to five working days.

With apologies,
Priya Nair
Whitlow Museum of Industry"""),

    case("""\
Dear Priya,

The children haven’t stopped talking about the steam engine. What did your guide do to make 30 \
ten-year-olds sit still for an hour?! 😄 ⟦Could you send me her name so the class can write to thank \
her?⟧

Best wishes,
Alison Fairbairn""",
         [N], ["request"],
         """\
Dear Alison,

What a lovely message, thank you! It's wonderful to hear the children enjoyed the engine so much, and \
I'll share your note with the whole learning team.‸

Warm regards,
Priya"""),

    case("""\
Dear Priya,

Two more things before our visit on Wednesday 3 March. ⟦Where can our coach drop us off⟧ and ⟦where \
can it park while we’re inside?⟧ ⟦Could you also tell me which entrance we should use, as we’ll \
arrive before opening?⟧

Many thanks,
Alison Fairbairn""",
         [Y, N, Y], ["where", "where", "which"],
         """\
Dear Alison,

Coaches can drop off right outside the Mill Lane gate, and our learning team will meet you at the \
side entrance beside the café from 9:45, a quarter of an hour before we open.‸

Kind regards,
Priya"""),

    # --- Ledgerline Licensing (software licence desk) ----------------------------------------
    case("""\
Hi,

I’m replacing my laptop. ⟦How do I move my Ledgerline Pro licence to the new machine?⟧ ⟦Do I need \
to deactivate it on the old one first?⟧

Thanks,
Gareth Pugh
Pugh Joinery Ltd
Licence key: LLP-7Q4K-22XF""",
         [Y, Y], ["how", "yes/no"],
         """\
Hi Gareth,

On the old laptop, open Ledgerline and choose Help > Deactivate licence first; then install \
Ledgerline on the new laptop and enter your key when asked. If the old laptop won't start, just \
reply and I'll release the activation from our side instead.

Regards,
Yusuf
Ledgerline Licensing"""),

    case("""\
Hello,

We have 5 seats on the Business plan and are taking on two new starters in January. ⟦Can we add two \
seats mid-year⟧ and ⟦will the cost be pro-rated?⟧ ⟦Please send the invoice to \
accounts@harlowfinch.example.com rather than to me.⟧

Best regards,
Sasha Nilsen
Office Manager | Harlow Finch Architects
T: 020 7946 0583

CONFIDENTIALITY NOTICE: This email is intended only for the addressee. If you have received it in \
error, please notify the sender and delete it.""",
         [Y, N, N], ["yes/no", "yes/no", "request"],
         """\
Dear Sasha,

Yes, you can add seats at any time from the Admin > Subscription page, or I can add them for you if \
you let me know the start date.‸

Kind regards,
Yusuf
Ledgerline Licensing"""),

    case("""\
Hi, I bought the annual licence by mistake when I meant to buy the monthly one. ⟦Can you refund it \
and switch me to monthly?⟧ It was only 3 days ago.

Rosa

On Sat, 5 Dec 2026 at 08:14, Ledgerline <noreply@ledgerline.example.com> wrote:
> Thank you for your purchase! Your receipt is attached. Questions? Just reply to this email.""",
         [Y], ["request"],
         """\
Hi Rosa,

No problem: within 14 days of purchase we can do that. I've refunded the £216 annual charge and \
moved you to the monthly plan at £22 a month, starting today.

Yusuf
Ledgerline Licensing"""),

    case("""\
Hi team 🙏

Ledgerline has said “Licence could not be verified (error 4012)” every morning since Tuesday. ⟦Why \
does it keep doing this?⟧ ⟦Is your licence server down?⟧ I have VAT returns due on Friday!!

Mehmet Kaya""",
         [Y, N], ["why", "yes/no"],
         """\
Hi Mehmet,

Sorry for the hassle, especially with a VAT deadline coming up. Error 4012 means the app couldn't \
reach our licence server to check your key, usually because a firewall or VPN is blocking the \
connection.‸ As a workaround, Ledgerline will run in offline mode for 30 days, so your VAT returns \
won't be held up.

Yusuf
Ledgerline Licensing"""),

    case("""\
Dear Ledgerline,

I teach bookkeeping at Westbrook College. ⟦We would like 25 free student licences for the spring \
term, as advertised on your education page.⟧ ⟦I’d be grateful if you could tell me how students \
install them at home.⟧

Regards,
Helen Oduya""",
         [Y, Y], ["request", "how"],
         """\
Dear Helen,

I've set up 25 education licences for Westbrook College, valid until Friday 30 July; the keys are in \
the attached spreadsheet. Each student downloads Ledgerline from our website and enters one key when \
asked.

Best wishes,
Yusuf
Ledgerline Licensing"""),

    case("""\
Hello,

Our auditors want proof that all our Ledgerline installs are licensed. ⟦Could you send a licence \
statement for account LL-30392 listing every active key?⟧ ⟦Does it show which user each key is \
assigned to?⟧ And ⟦how long is the statement valid for?⟧

Regards,
Kwame Asante
Finance Director, Brackenridge Foods""",
         [Y, N, N], ["request", "yes/no", "when"],
         """\
Dear Kwame,

I've attached a licence statement for account LL-30392, signed by our licensing team, listing all 14 \
active keys with their activation dates.‸

Kind regards,
Yusuf
Ledgerline Licensing"""),

    # --- Pawprint Home Pet Sitting -----------------------------------------------------------
    case("""\
Hi Pawprint! 🐶🐱

We’re away 23–30 December. ⟦Do you have anyone free to do two visits a day for our dog and cat?⟧ \
⟦What’s the rate over Christmas?⟧ Our dog Biscuit needs tablets with his breakfast, ⟦is that \
something your sitters can do?⟧

Thanks!
Lauren & Mo""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi Lauren and Mo,

Thanks for thinking of us! 🐾 Jess can do morning and evening visits for Biscuit and your cat on all \
of those dates. Our sitters give medication every day, so his tablets are no problem.‸

Best wishes,
Claire
Pawprint Home Pet Sitting"""),

    case("""\
Perfect, thanks Jess! 😊

On Fri, 11 Dec 2026 at 19:02, Jess at Pawprint <jess@pawprint-sitting.example.co.uk> wrote:
> Hi Lauren,
> Could you leave the spare key with your neighbour at number 12?
> Also, what time does Biscuit usually have his last walk?
> Jess""",
         [], [],
         """\
Hi Lauren,

Lovely, see you on the 23rd!

Jess
Pawprint Home Pet Sitting""",
         quoted_only=True),

    case("""\
Hi,

Our sitter didn’t turn up for the Sunday evening visit and the cats had no dinner. ⟦Why didn’t \
anyone let us know?⟧ ⟦How will you make sure this doesn’t happen again?⟧

Very upset,
Dana Whitlock""",
         [N, N], ["why", "how"],
         """\
Dear Dana,

I'm so sorry the cats missed their Sunday dinner. Our sitter's car broke down on the A61 and she \
couldn't get to you.‸ I've taken the missed visit off your bill.

Claire
Pawprint Home Pet Sitting"""),

    case("""\
Hello,

We’re new to the area and would like to use you for our rabbit, Pudding, in February. ⟦Could we \
arrange a meet-and-greet first?⟧ ⟦Do you look after rabbits?⟧ (Some sitters only do cats and dogs.)

Thanks,
Ian Carruthers""",
         [Y, Y], ["request", "yes/no"],
         """\
Hi Ian,

Rabbits are very welcome; Jess keeps two herself. I've booked a meet-and-greet at your home for \
Saturday 16 January at 11 am; just reply if that doesn't suit.

Claire
Pawprint Home Pet Sitting"""),

    case("""\
Hi Claire,

⟦Are your sitters insured and DBS-checked?⟧ Also ⟦how much is a 30-minute dog walk?⟧

Ta,
Becky

From: Pawprint Pet Sitting <hello@pawprint-sitting.example.co.uk>
Sent: Tuesday, December 1, 2026 9:00 AM
To: Becky Lowe
Subject: Winter newsletter

Booking for Christmas? Please get your dates to us by 10 December!""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Becky,

All our sitters hold public liability insurance through Cover4Pets and have an enhanced DBS check, \
renewed every year.‸

Best,
Claire"""),

    case("""\
Hi Claire,

Actually, ⟦can we add an extra visit on New Year’s Eve?⟧ The fireworks make Biscuit really anxious.

Lauren

On Thu, 10 Dec 2026 at 14:12, Claire at Pawprint <hello@pawprint-sitting.example.co.uk> wrote:
> Hi Lauren, all booked for 23–30 December.
>
> On Wed, 9 Dec 2026 at 21:40, Lauren Hale <lauren.hale@example.com> wrote:
>> Do you need a key from us before the 23rd?""",
         [N], ["request"],
         """\
Hi Lauren,

‸Yes, please drop a spare key in to us by Monday 21 December, and label it with Biscuit's name.

Best,
Claire"""),

    # --- Inkwell Print Co --------------------------------------------------------------------
    case("""\
Hi,

I’ve attached the artwork for our wedding order of service (A5, folded, 80 copies). ⟦Could you send \
me a proof before printing?⟧ ⟦What paper weight would you recommend?⟧ And ⟦how quickly can you turn \
it around?⟧ The wedding is on Saturday 30 January.

Many thanks,
Chloe Barrington""",
         [Y, Y, Y], ["request", "which", "when"],
         """\
Hi Chloe,

Congratulations! I'll email you a PDF proof by Wednesday 16 December. For a folded A5 order of \
service, 250gsm silk feels substantial but still folds crisply. Once you approve the proof, printing \
and folding take three working days, so you'll have them well before the 30th.

Best,
Owen
Inkwell Print Co"""),

    case("""\
Hello,

The 500 business cards we collected yesterday are a much duller blue than the proof. ⟦Why is \
that?⟧ ⟦I’d like them reprinted at no cost, please.⟧

Regards,
Imran Siddiqui
Siddiqui Tax Advisers""",
         [Y, N], ["why", "request"],
         """\
Dear Imran,

Thank you for letting us know. Screens show colour in RGB, which looks brighter than the CMYK inks \
used on card, so a blue proof on screen will always print a little duller; the proof approval page \
mentions this.‸

Kind regards,
Owen
Inkwell Print Co"""),

    case("""\
Just picked up the banners and they look amazing. Huge thanks to Owen for squeezing us in at such \
short notice!

Priti

Sent from my iPad""",
         [], [],
         """\
Hi Priti,

Thank you! Good luck with the fair this weekend.

Owen
Inkwell Print Co"""),

    case("""\
Hi Owen,

Forwarding this from our designer. ⟦Can you print to these specs by next Friday?⟧

Best,
Kat Morrow
Blue Fox Yoga

Begin forwarded message:

From: Lee Tanaka <lee@tanakadesign.example.com>
Subject: Flyers – print specs
Date: 9 December 2026 at 17:22:05 GMT
To: Kat Morrow <kat@bluefoxyoga.example.com>

Hi Kat, the files are A6, 350gsm, matt laminate, 2,000 copies. Could you ask the printer whether \
they need 3 mm bleed?""",
         [Y], ["yes/no"],
         """\
Hi Kat,

Yes, we can have 2,000 matt-laminated A6 flyers ready for collection by Friday 18 December. We do \
need 3 mm bleed, so please check that with Lee.

Owen
Inkwell Print Co"""),

    case("""\
Hi there,

⟦How much would 250 A2 posters cost⟧ and ⟦can you do them on recycled paper?⟧ They’re for our \
“Save Fenwick Library” campaign. ⟦Do you offer any discount for community groups?⟧

Thanks,
Maggie Doyle""",
         [Y, N, N], ["how much", "yes/no", "yes/no"],
         """\
Hi Maggie,

250 A2 posters on our standard 170gsm silk come to £212. All our standard papers are FSC-certified, \
from responsibly managed forests.‸

Good luck with the campaign,
Owen
Inkwell Print Co"""),

    case("""\
Hello Inkwell,

⟦Can you print onto envelopes?⟧ We need 300 C5 envelopes with our logo in the top-left corner. \
⟦Could you let me know the price⟧, and ⟦how long it would take?⟧

Regards,
Anita Lobo
Lobo & Reyes Solicitors""",
         [Y, N, Y], ["yes/no", "how much", "when"],
         """\
Dear Anita,

We print envelopes every week, so that's no problem. A job like this takes about five working days \
from approval of the proof.‸

Kind regards,
Owen
Inkwell Print Co"""),

    case("""\
Hi Owen,

The PDF for our menus is too big to email (about 60 MB). ⟦Where should I upload it?⟧ ⟦Do you need \
the fonts embedded?⟧

Cheers,
Luis Ortega
Casa Ortega Tapas Bar

On Mon, 14 Dec 2026 at 10:11, Inkwell Print Co <orders@inkwellprint.example.co.uk> wrote:
> Hi Luis, thanks for the order. Please send the final files by Wednesday 16 December so we can
> print on Thursday.""",
         [Y, Y], ["where", "yes/no"],
         """\
Hi Luis,

Please use the upload page at inkwellprint.example.co.uk/upload and put your order number, IP-7731, \
in the notes box. Yes, please embed all fonts when you export the PDF, or outline them, so the text \
prints exactly as you designed it.

Owen
Inkwell Print Co"""),

    # --- Marsh & Pryor Lettings --------------------------------------------------------------
    case("""\
Hi,

The boiler at 7 Lark Rise has been off since Sunday and we have a newborn. ⟦When is the engineer \
coming?⟧ ⟦Could the landlord pay for a couple of electric heaters in the meantime?⟧

Thanks,
Nadine Okoro
Tenant, 7 Lark Rise

On Mon, 14 Dec 2026 at 08:55, Marsh & Pryor Maintenance <maintenance@marshpryor.example.co.uk> wrote:
> Thank you for reporting this. We have passed it to our contractor.""",
         [Y, Y], ["when", "request"],
         """\
Dear Nadine,

I'm sorry you're without heating, especially with a newborn. Hollis & Daughter will be with you \
tomorrow, Tuesday 15 December, between 8 and 10 am. The landlord has agreed to cover two oil-filled \
heaters, and I'll drop them round myself this afternoon.

Kind regards,
Tom Pryor
Marsh & Pryor Lettings"""),

    case("""\
Dear Marsh & Pryor,

I moved out of 22 Station Road on 30 November. ⟦When will I get my deposit back?⟧ ⟦Can you also tell \
me which deposit scheme it’s protected with?⟧ ⟦Please could you send me a copy of the check-out \
report?⟧

Regards,
Philip Greaves""",
         [N, Y, Y], ["when", "which", "request"],
         """\
Dear Philip,

Thank you for your email. Your deposit is protected with the Deposit Protection Service \
(certificate DPS-4481-2209), and I've attached the check-out report. We will return the deposit once \
the landlord has reviewed the report.‸

Kind regards,
Tom Pryor
Marsh & Pryor Lettings"""),

    case("""\
Hi, I saw the two-bed flat on Keats Street online. ⟦Is it still available⟧ and ⟦are pets allowed?⟧ \
We have a small, very well-behaved dog 🐕. ⟦I’d like to book a viewing this Saturday if possible.⟧

Thanks, Ollie""",
         [Y, N, Y], ["yes/no", "yes/no", "request"],
         """\
Hi Ollie,

Thanks for your interest 😊 Yes, the Keats Street flat is still available. I can show you round on \
Saturday at 11:30, and I've put you in the diary.‸

Best,
Tom
Marsh & Pryor Lettings"""),

    case("""\
Hi Tom, forwarding the council’s letter about the HMO licence inspection for your records.

Lena

---------- Forwarded message ---------
From: Licensing Team <hmo.licensing@calderbridge.example.gov.uk>
Date: Fri, 11 Dec 2026 at 10:04
Subject: HMO inspection – 41 Walmgate
To: <lena.fisher@example.com>

Please confirm that the landlord or agent will attend the inspection on Wednesday 13 January. Can you \
also provide the latest gas safety certificate?""",
         [], [],
         """\
Hi Lena,

Thanks for forwarding this. I'll attend the inspection myself and send the council the gas safety \
certificate.

Tom
Marsh & Pryor Lettings""",
         quoted_only=True),

    case("""\
Hi Tom,

⟦Could you put the rent on 9 Harbour Row up by £150 from January?⟧ Also, ⟦can I get the tenants out \
by March so my nephew can move in?⟧

Thanks
Derek Shaw

From: Tom Pryor <tom@marshpryor.example.co.uk>
Sent: Wednesday, December 9, 2026 12:30 PM
To: Derek Shaw
Subject: 9 Harbour Row – annual statement

Hi Derek, attached is your annual statement. Any questions, just ask.""",
         [Y, N], ["request", "yes/no"],
         """\
Hi Derek,

We can propose an increase, but it has to go through a formal notice with at least a month's warning \
and be in line with local rents. £150 would put the flat well above comparable properties, so I'd \
suggest £60, from Monday 1 February at the earliest.‸

Best,
Tom"""),

    # --- Clearview Driving School ------------------------------------------------------------
    case("""\
Hi,

⟦Do you have any instructors with automatic cars?⟧ ⟦How much is a block of 10 lessons?⟧ I’m 34 and \
very nervous 😅 ⟦Can lessons start from my work in the city centre instead of from home?⟧

Thanks,
Joanna""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Joanna,

Lots of our learners start out nervous, so you're in good company! Two of our instructors, Asif and \
Carol, teach in automatics. A block of ten lessons is £360, which saves you £40 on single lessons.‸

Best wishes,
Clearview Driving School"""),

    case("""\
My instructor cancelled my lesson again this morning, that’s the third time this month. ⟦Why does \
this keep happening?⟧ ⟦I want a different instructor please.⟧

Sam Idowu""",
         [Y, Y], ["why", "request"],
         """\
Hi Sam,

I'm really sorry. Phil has had a run of family emergencies, which is why his lessons have been \
cancelled at such short notice. I've moved you to Carol, who has the same Tuesday and Thursday slots \
free.

Best,
Clearview Driving School"""),

    case("""\
PASSED first time!!! 🎉🎉 Thank you so much Carol, I couldn’t have done it without you.

Ayesha

On Sun, 13 Dec 2026 at 18:30, Carol Finch <carol@clearview-driving.example.co.uk> wrote:
> Good luck tomorrow, Ayesha! Do you want to do a 30-minute warm-up drive before the test? Let me
> know by 9 pm.""",
         [], [],
         """\
Ayesha, that's brilliant news! Congratulations, you worked so hard for it. Stay safe out there.

Carol
Clearview Driving School""",
         quoted_only=True),

    # --- Stitch & Hem Alterations ------------------------------------------------------------
    case("""\
Hi,

⟦Could you take up a pair of suit trousers and let the jacket waist out by an inch?⟧ ⟦How long would \
that take?⟧ I need it for a funeral on Tuesday. ⟦Are you open on Saturdays for drop-off?⟧

Regards,
Victor Almeida""",
         [Y, N, Y], ["request", "when", "yes/no"],
         """\
Dear Victor,

I'm sorry for your loss. We can do both: take up the trousers and let the jacket out by an inch at \
the waist. We're open from 9 until 1 on Saturdays.‸

Warm regards,
Aylin
Stitch & Hem Alterations"""),

    case("""\
Hello,

⟦Can you shorten a wedding dress with a lace hem, or would you need to remove the lace and \
reattach it?⟧ And ⟦roughly what would it cost?⟧ The wedding is in May.

Thanks,
Priyanka Shah""",
         [Y, Y], ["which", "how much"],
         """\
Dear Priyanka,

With a lace hem we take the lace off, shorten the dress from the top and then reattach the lace, so \
the scalloped edge stays intact. It usually costs between £120 and £180, depending on how much lace \
there is.

We'd love to help!
Aylin
Stitch & Hem Alterations"""),

    case("""\
Dear Stitch & Hem,

I dropped off my winter coat for a zip replacement on 1 December. ⟦Is it ready yet?⟧ ⟦Could you \
also check whether you still have my receipt?⟧ I seem to have lost mine.

Kind regards,
Moira Campbell""",
         [N, N], ["yes/no", "request"],
         """\
Dear Moira,

Thank you for getting in touch. We use YKK zips on all our coat repairs, and each one is sewn in by \
hand so it lies flat.‸

Kind regards,
Aylin
Stitch & Hem Alterations"""),
]
