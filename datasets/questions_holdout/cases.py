"""The cases of Tactful's held-out questions set, as Python data (see README.md).

Each case is ``case(thread, answered, kinds, draft)``. In the thread, every question or request of the
customer's newest message is wrapped in ⟦ ⟧; ``answered`` and ``kinds`` give one value per marked span,
in order. The draft holds one ‸ where the missing answer belongs, only when something is unanswered.
``quoted_only=True`` marks a newest message that asks nothing while its quoted history, forwarded
message, signature or disclaimer does. Threads and drafts are written flush left; one leading and one
trailing newline are dropped.

Held out: do not tune the questions feature on these cases (README.md).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread.strip("\n"), "answered": list(answered), "kinds": list(kinds),
            "draft": draft.strip("\n"), "quoted_only": quoted_only}


CASES = [
# --- a ferry operator ------------------------------------------------------------------------
case("""
Hi there,

We're booked on the 07:30 sailing from Oban to Craignure on Saturday 19 December (booking ref HL-448127) with our campervan, which is 2.9 m high. ⟦Will it fit on the car deck?⟧ Also, ⟦could you tell me how early we need to be at the terminal to check in?⟧

Our spaniel is coming with us. ⟦Can she stay in the van during the crossing, or does she have to come up to the passenger lounge?⟧

Thanks,
Morag Lindsay
07700 900418
""", [Y, Y, N], ["yes/no", "when", "which"], """
Dear Morag,

Thank you for getting in touch. The car deck on the Oban–Craignure route takes vehicles up to 4 m high, so your campervan will fit without any change to your booking. Check-in closes 30 minutes before departure, so please be at the Oban terminal by 07:00 at the latest.‸

Have a lovely trip to Mull.

Kind regards,
Callum Baird
Hebridean Link Ferries
"""),

case("""
Perfect, thanks Eilidh, that's everything I needed. See you on the 14:10 😊

Kwame

On Mon, 7 Dec 2026 at 10:12, Hebridean Link Ferries <bookings@hebrideanlink.example> wrote:
> Dear Mr Osei,
>
> Foot passengers can bring a bicycle at no extra charge. Please wheel it on
> via the car deck and leave it in the marked rack by the stairs.
>
> Kind regards,
> Eilidh
>
> On Sun, 6 Dec 2026 at 21:37, Kwame Osei <kwame.osei@example.com> wrote:
> > Hello, can I bring my bike on the 14:10 to Brodick as a foot passenger?
> > And is there a charge?
""", [], [], """
You're welcome, Kwame. Enjoy your day on Arran!

Best wishes,
Eilidh
Hebridean Link Ferries
""", quoted_only=True),

case("""
Thanks for the reply. ⟦Can I change the return to the same sailing on the Sunday instead?⟧ My sister has asked us to stay an extra night.

Siobhan

On Fri, 4 Dec 2026 at 09:30, Hebridean Link Ferries <bookings@hebrideanlink.example> wrote:
> Dear Ms Gallagher,
>
> Your booking HL-450992 is confirmed: outbound Friday 18 December, 08:45
> Kennacraig to Port Askaig; return Saturday 19 December, 16:00.
>
> Kind regards,
> Eilidh
>
> On Thu, 3 Dec 2026 at 20:11, Siobhan Gallagher <s.gallagher@example.com> wrote:
> > Can I bring my bike? And is it cheaper to book online?
""", [N], ["request"], """
Dear Ms Gallagher,

Yes, bikes travel free on all our routes, and online fares are the same as at the terminal.‸

Kind regards,
Eilidh
Hebridean Link Ferries
"""),

case("""
Hello,

Our 18:15 sailing from Ardrossan was cancelled last night with no warning, and we had to pay £138 for a hotel in Saltcoats. ⟦Will you reimburse the hotel?⟧ ⟦What is the procedure for claiming?⟧ ⟦Why weren't we sent a text, when your website says you text all passengers about cancellations?⟧

Yours,
Graham and Liz Tennant
Booking HL-449815
""", [Y, Y, N], ["yes/no", "how", "why"], """
Dear Mr and Mrs Tennant,

I'm very sorry your evening was disrupted. The 18:15 was cancelled because of a steering fault on the MV Glen Arnish, found during the pre-departure checks. As the cancellation was within our control, we will reimburse reasonable accommodation costs, including your hotel. Please fill in the claim form at hebrideanlink.example/claims and attach the hotel receipt.‸

Kind regards,
Callum Baird
Hebridean Link Ferries
"""),

case("""
Dear Sir or Madam,

I'm organising a school trip for 42 pupils and 5 staff to Lismore on Thursday 10 June 2027. ⟦I'd like you to reserve places on the 09:30 sailing out and the 15:45 back.⟧ ⟦Please let me know if there is a group rate⟧, and ⟦whether we can pay by invoice.⟧

Yours faithfully,
Mrs J. Dunlop
Head of Geography, Glenmore Academy
""", [Y, Y, Y], ["request", "yes/no", "yes/no"], """
Dear Mrs Dunlop,

I've provisionally held 47 seats on the 09:30 from Oban and the 15:45 return on Thursday 10 June. Schools get 20% off, so pupils travel for £6.40 return and staff for £10.20. I'm afraid we can't invoice, but you can pay by card or bank transfer up to 28 days before the trip.

Kind regards,
Callum Baird
Hebridean Link Ferries
"""),

case("""
Hi! 👋 ⟦How do I change the car registration on my booking?⟧ We've just picked up a new car 🚗 and we sail on the 22nd. ⟦Is there a fee for changing it?⟧

Thanks,
Ruth Mackie
Booking HL-451330
""", [Y, Y], ["how", "yes/no"], """
Dear Ruth,

Congratulations on the new car! You can update the registration yourself under "Manage my booking" on our website, up to two hours before you sail. Changing it doesn't cost anything.

Kind regards,
Eilidh
Hebridean Link Ferries
"""),

# --- an allotment society --------------------------------------------------------------------
case("""
Dear Committee,

I've been on the waiting list for a plot at Ferncliffe Road since March 2025. ⟦Could you let me know how many people are ahead of me now?⟧ I'd be just as happy with a half plot if that's quicker, so ⟦please put me down for both if that's allowed.⟧

⟦Is it true that the annual rent is going up in April?⟧

Many thanks,
Deepa Raman
""", [Y, Y, N], ["how much", "request", "yes/no"], """
Dear Deepa,

Thanks for your patience. There are five people ahead of you on the full-plot list at Ferncliffe Road. I've added you to the half-plot list as well, where you're second, so you may well hear from us before the spring.‸

Best wishes,
Alan Whitcombe
Lettings Secretary, Ferncliffe & District Allotment Society
"""),

case("""
Hi Alan,

The water troughs on the east side have been off since Tuesday. ⟦Is that deliberate?⟧ I've still got seedlings in the polytunnel that need watering, so ⟦can I fill my cans from the pavilion kitchen tap in the meantime?⟧ And ⟦when will the troughs be back on?⟧

Priya (plot 22)
""", [Y, Y, N], ["yes/no", "yes/no", "when"], """
Hi Priya,

Yes, we drain the troughs every December so the pipes don't burst in a hard frost. Please don't use the pavilion kitchen tap, though: it's on the society's metered supply. The troughs will be back on in good time for the growing season, and we'll let everyone know.‸

Alan
"""),

case("""
Hi Alan,

See Ray's message below about my new shed. ⟦Could the committee look at the boundary between plots 14 and 15 on your next walk-round?⟧ I measured it myself and I'm sure the shed is inside my line.

Josie

---------- Forwarded message ---------
From: Ray Tindall <ray.tindall@example.com>
Date: Sat, 28 Nov 2026 at 18:40
Subject: Your shed
To: Josie Hartley <josie.hartley@example.com>

Hi Josie,

Your new shed is over the path by about a foot. Can you move it before the spring? I can't get my barrow past.

Ray
""", [Y], ["request"], """
Hi Josie,

Thanks for forwarding Ray's message. Mike and I will look at the boundary between plots 14 and 15 on our walk-round on Sunday 13 December, and we'll let you both know what we find.

Best wishes,
Alan
"""),

case("""
Hiya! 🌱

⟦Could you add my partner Sam Reilly as a co-worker on plot 31?⟧ Also ⟦is the seed swap still on in February⟧, and ⟦can we bring cuttings as well as seeds?⟧ 🍅

Thanks,
Niamh
""", [Y, Y, N], ["request", "yes/no", "yes/no"], """
Hi Niamh 🌱

I've added Sam to plot 31 as a co-worker, so he can pick up a gate key from Brenda. The seed swap is on Sunday 7 February in the pavilion, from 10 till 12.‸

Best wishes,
Alan
"""),

# --- a wedding florist -----------------------------------------------------------------------
case("""
Hello Rosa,

We're getting married on Saturday 4 September 2027 at Hartwell Barn, near Bradford-on-Avon, and a friend recommended you. ⟦I was wondering whether you'd be free to do the flowers for around 80 guests, mostly whites and soft greens.⟧ ⟦We'd also love to know roughly what a bridal bouquet, six buttonholes and ten table centrepieces would cost.⟧

⟦Do you deliver to venues outside Bath⟧, and ⟦is there a charge for that?⟧

Best wishes,
Chloe Barnard
""", [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "how much"], """
Dear Chloe,

Congratulations to you both! I'm delighted to say 4 September is still free in my diary, and whites and greens are my favourite palette to work with. As a rough guide, a bridal bouquet starts at £180, buttonholes are £14 each and table centrepieces from £45 each, so you'd be looking at around £715 for those pieces. I deliver and set up anywhere within 30 miles of Bath, so Hartwell Barn is no problem.‸

I'd love to arrange a consultation in the new year. Just let me know what suits.

Warmly,
Rosa Kettering
Stem & Thistle Floristry
"""),

case("""
Hi Rosa,

Sorry to be a pain, but it turns out my mum is allergic to peonies! ⟦Can we swap them in my bouquet for garden roses?⟧ ⟦Will roses still be in season in early June?⟧ ⟦Please send me an updated invoice once that's changed.⟧

Thanks so much,
Hannah
""", [Y, Y, Y], ["yes/no", "yes/no", "request"], """
Hi Hannah,

Not a pain at all! I've swapped the peonies for 'Keira' garden roses, which have a similar full, ruffled look. Early June is right at the start of the English garden rose season, and my grower has already confirmed stems for your date. Your updated invoice is attached; the change brings the total down by £24.

Warmly,
Rosa
"""),

case("""
Hi Rosa,

Forwarding the barn's rules about flowers, for your records.

Chloe

---------- Forwarded message ---------
From: Hartwell Barn Events <events@hartwellbarn.example>
Date: Wed, 2 Dec 2026 at 11:15
Subject: Florist guidelines
To: Chloe Barnard <chloe.barnard@example.com>

Dear Chloe,

Please pass these on to your florist: no open flames, no loose petals or confetti outdoors, and all arrangements must be removed by 11 am the following day. Could they let us know what time they plan to arrive for set-up?

Kind regards,
Hartwell Barn Events Team
""", [], [], """
Hi Chloe,

Thank you, that's really useful. I'll keep everything flame-free and petal-free outside, and we'll collect the arrangements first thing the next morning.

Warmly,
Rosa
""", quoted_only=True),

case("""
Hi Rosa,

⟦Just checking when you'll need final numbers for the table arrangements?⟧ And ⟦is the deposit refundable if we have to move the date?⟧ My fiancé's brother may be deployed that month.

Thanks,
Chloe

________________________________
From: Rosa Kettering <rosa@stemandthistle.example>
Sent: Friday, December 4, 2026 3:22 PM
To: Chloe Barnard <chloe.barnard@example.com>
Subject: RE: Wedding flowers, 4 September

Dear Chloe,

Lovely to meet you both yesterday. Your proposal is attached; do let me know what you think.

Rosa
""", [N, N], ["when", "yes/no"], """
Hi Chloe,

Thank you for your message.‸ There's no rush at all on numbers; we'll be in touch nearer the time. I hope everything works out with your fiancé's brother.

Warmly,
Rosa
"""),

case("""
Dear Rosa,

The wedding was beautiful, but ⟦can you explain why the arch had white carnations instead of the garden roses we paid for?⟧ ⟦I'd like a partial refund for the difference.⟧

Hannah Clarke
""", [Y, Y], ["why", "request"], """
Dear Hannah,

I'm so sorry, and you're quite right to raise it. Storm damage at the Dutch flower auction meant half of our rose order never arrived, and I should have rung you that morning rather than making the call myself. I've refunded £120 to your card today, which covers the difference and a little more.

With apologies,
Rosa
"""),

# --- a recording studio ----------------------------------------------------------------------
case("""
Hey! 🎸

We're a four-piece indie band looking to record a three-track EP in January. ⟦Do you have any weekend availability in the live room?⟧ ⟦What's your day rate with an engineer?⟧ 🙏

Also ⟦could we bring our own drum kit or do we have to use the house kit?⟧

Cheers,
Jonny (The Quiet Tenants)
""", [N, Y, Y], ["yes/no", "how much", "which"], """
Hi Jonny 🤘

Thanks for getting in touch! Our live-room day rate is £420 including an engineer, 10 am to 8 pm. You're very welcome to bring your own kit (most drummers do), though the house Gretsch is there if you'd rather travel light.‸

Cheers,
Sam
Switchback Studios
"""),

case("""
Hi Sam,

We tracked with you on 12 November. ⟦When will the mixes be ready?⟧ ⟦Could you send over the raw stems as WAVs too?⟧ Our drummer wants to have a go at his own mix.

⟦Why is there an extra £60 on the invoice?⟧

Thanks,
Leah
""", [N, Y, Y], ["when", "request", "why"], """
Hi Leah,

Mixing takes time and Ade wants every detail right, so we'll get them to you as soon as we can. I've shared the raw stems as 24-bit WAVs in your Dropbox folder. The extra £60 covers the two hours of vocal overdubs you added on the Sunday.‸

Cheers,
Sam
"""),

case("""
Brilliant, cheers Sam, we'll see you on the 9th. 🤘

Jonny

On Thu, 3 Dec 2026 at 16:02, Sam Ortiz <sam@switchback.example>
wrote:
> Hi Jonny,
>
> You can load in from 9 am on the day; the live room is yours until 8 pm.
>
> Cheers,
> Sam
>
> > Can we load in the night before, or is it only on the day?
""", [], [], """
Hi Jonny,

Great stuff, see you on Wednesday 9 December!

Sam
""", quoted_only=True),

case("""
Hi Sam,

Loving the mixes! ⟦Please bounce the final versions with a bit more headroom for mastering.⟧ ⟦Could you recommend a mastering engineer?⟧ Ideally someone who doesn't cost a fortune. And ⟦do we need to credit the studio when it goes on Spotify?⟧

Leah
""", [Y, Y, N], ["request", "request", "yes/no"], """
Hi Leah,

So glad you're happy with them! I've bounced the finals with about 6 dB of headroom and put them in your folder. For mastering, Priya Lal at Northlight does a lot of indie records and her rates are very reasonable.‸

Cheers,
Sam
"""),

# --- a vet's out-of-hours service ------------------------------------------------------------
case("""
Hello,

Our cat Biscuit has been sick four times since teatime and won't eat. She's 14. ⟦Should we bring her in tonight?⟧ ⟦How much is an out-of-hours consultation?⟧ And ⟦where exactly are you, is it the Mill Lane clinic?⟧

Rachel Dunn
0161 496 0583
""", [Y, N, Y], ["yes/no", "how much", "where"], """
Dear Rachel,

I'm sorry Biscuit is unwell. Given her age and how often she's been sick, we'd like to see her tonight. Please ring us on 0161 496 0732 before you set off so we can be ready for you. We're at the Mill Lane clinic, behind the petrol station, and there's parking at the front.‸

Nightingale Vets Out of Hours
"""),

case("""
Hi,

Monty (springer spaniel, 11) has run out of his Vetmedin and our own practice is closed until Monday. ⟦Could you give us a few days' supply tonight?⟧ ⟦Do I need to bring him with me?⟧ ⟦What time do you close?⟧

Thanks,
Owen Price
""", [Y, Y, Y], ["request", "yes/no", "when"], """
Dear Owen,

I'm afraid we can't dispense Vetmedin for a dog we haven't examined, so our vet would need to see Monty before giving you a short supply. Please bring him with you, and his current box of tablets if you have it. We're open right through the night until 8 am, so come whenever suits you.

Nightingale Vets Out of Hours
"""),

case("""
Hello,

Our old Labrador, Bramble, can't get up this evening and he's far too heavy for us to lift. ⟦Do you do home visits at night?⟧ ⟦If you do, how soon could someone come?⟧ We're in Levenshulme. ⟦If not, where is your nearest clinic?⟧

Tom Ashby
07700 900652
""", [Y, Y, Y], ["yes/no", "when", "where"], """
Dear Tom,

I'm so sorry to hear about Bramble. We don't do home visits overnight, but our nearest clinic is at 42 Stockport Road, about five minutes' drive from you. If you can get him into the car on a blanket, two of our team will meet you in the car park with a stretcher. Please ring us on 0161 496 0732 as you set off.

Nightingale Vets Out of Hours
"""),

case("""
Just to say thank you to everyone last night. Biscuit is home, she's eaten a little chicken and she's purring on the sofa.

Rachel

On Sat, 5 Dec 2026 at 23:48, Nightingale Vets Out of Hours <ooh@nightingalevets.example> wrote:
> Dear Rachel,
>
> Please bring Biscuit's vaccination card with you if you can find it.
> Could you also let us know her approximate weight when you ring?
""", [], [], """
Dear Rachel,

That's lovely to hear, and thank you for letting us know. Her own vet will have our notes by Monday morning.

Nightingale Vets Out of Hours
""", quoted_only=True),

case("""
Please help 😟

Our puppy Pip has just eaten half a 100 g bar of 70% dark chocolate. She's a 6 kg cockapoo. ⟦Do we need to come in now?⟧ ⟦What symptoms should we look out for?⟧

Ellie
""", [Y, N], ["yes/no", "which"], """
Dear Ellie,

Yes, please bring Pip in straight away: 50 g of 70% dark chocolate is a dangerous amount for a 6 kg dog. We can make her sick to bring the chocolate up before it's absorbed, and that works best within two hours of her eating it.‸ Call us on 0161 496 0732 when you're on your way.

Nightingale Vets Out of Hours
"""),

# --- a bicycle courier firm ------------------------------------------------------------------
case("""
Hi,

We need a document collected from our office at 14 Queen Street and taken to Harcourt Chambers on Fleet Street by 3 pm today. ⟦Can you do that⟧, and ⟦how much would it be?⟧ ⟦Does someone need to sign for it at the other end?⟧

Thanks,
Helen Marsh
Office Manager | Pryce & Odogwu LLP
020 7946 0418

From: Helen Marsh
Sent: Tuesday, December 1, 2026 9:14 AM
To: Spokes Courier Co <jobs@spokes.example>
Subject: Account

Hello, do you offer monthly invoicing for law firms? We'd be booking two or three jobs a week.
""", [Y, Y, Y], ["yes/no", "how much", "yes/no"], """
Hi Helen,

No problem: Tomasz will collect from Queen Street by 1:30 pm, which leaves plenty of time to reach Harcourt Chambers before 3. A same-day central London document run is £18.50 plus VAT. Every delivery is signed for, and we'll email you the signature and the time as soon as it's handed over.

Best,
Kasia
Spokes Courier Co
"""),

case("""
Hi,

Yesterday's parcel to Brightlane Dental (job SC-20931) arrived at 5:40 pm instead of before noon, and the practice had to cancel two fittings. ⟦Can you explain what happened?⟧ ⟦I'd like you to refund the £12 priority surcharge.⟧ ⟦Please also make sure our standing Thursday collections are booked as priority from now on.⟧

Regards,
Sunita Bhatt
Practice Manager, Ardwick Dental Lab
""", [N, N, Y], ["why", "request", "request"], """
Dear Sunita,

I'm very sorry the parcel arrived so late and caused problems for the practice. Our riders work hard in all weathers, and the vast majority of our priority jobs arrive well within their window. I've set your standing Thursday collections to priority from this week.‸

Kind regards,
Kasia
Spokes Courier Co
"""),

case("""
Hi Kasia,

Just to let you know the rider has arrived and the bundle is on its way. Thanks for fitting us in at such short notice.

Helen Marsh
Office Manager | Pryce & Odogwu LLP
020 7946 0418

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system.
""", [], [], """
Hi Helen,

Glad we could help. Tomasz will email the signature over once it's delivered.

Best,
Kasia
""", quoted_only=True),

case("""
Hi,

We run a small bakery in Clerkenwell and deliver cakes to cafés around the City every morning, and we're thinking of opening a business account with you. ⟦I wanted to ask whether you offer a discount for daily collections.⟧ ⟦Can your riders carry cake boxes flat⟧, and ⟦how big can they be?⟧

Thanks,
Mia Costa
Crumb & Co.
""", [N, Y, Y], ["yes/no", "yes/no", "how much"], """
Hi Mia,

We'd love to work with you! Our cargo bikes have a flat, padded box that takes cake boxes up to 50 × 50 cm and 30 cm tall, and our riders carry plenty of wedding cakes. I've attached our business account application form.‸

Best,
Kasia
Spokes Courier Co
"""),

case("""
Hi,

A parcel for our client (job SC-31877) was marked as delivered at 11:02 this morning, but they say nobody came. ⟦Where exactly did your rider leave it?⟧ ⟦Can you send me the proof-of-delivery photo?⟧

Ben Carver
Hartley Print
""", [N, N], ["where", "request"], """
Hi Ben,

Thanks for letting us know, and I'm sorry for the worry.‸ We're looking into this with the rider and will update you soon.

Best,
Kasia
Spokes Courier Co
"""),

# --- a university admissions office ----------------------------------------------------------
case("""
Dear Admissions Team,

I have a conditional offer for BSc Geography (applicant ID 2207-5531) that requires AAB. ⟦I was wondering whether you would still consider me if I get ABB, as I missed three weeks of Year 13 through glandular fever.⟧ ⟦I'd also like to know if I need to send you medical evidence⟧, and ⟦if so, by what date.⟧ ⟦Could you also tell me when applications for university accommodation open?⟧

Yours sincerely,
Ffion Rees
""", [Y, Y, Y, N], ["yes/no", "yes/no", "when", "when"], """
Dear Ffion,

Thank you for letting us know. We look again at every applicant who misses their offer by one grade, and we take documented illness into account when we do. Yes, please send a letter from your GP or school confirming the dates of your absence by 30 June 2027 to admissions@ashworth.example, quoting your applicant ID.‸

Best wishes,
Joanne Kirby
Undergraduate Admissions, University of Ashworth
"""),

case("""
Thank you, that's really helpful. I'll book the interview slot this evening.

Arjun Mehta

-----Original Message-----
From: Postgraduate Admissions <pgadmissions@ashworth.example>
Sent: 03 December 2026 14:20
To: Arjun Mehta <arjun.mehta@example.com>
Subject: RE: MSc Data Science, application 2311-0478

Dear Arjun,

Interviews for the MSc run in the week of 11 January. Please book a slot using the link in your applicant portal.

Best wishes,
Marek Nowak

> Could you tell me when the interviews are, and whether they're online?
""", [], [], """
Dear Arjun,

You're welcome. We look forward to speaking to you in January.

Best wishes,
Marek Nowak
Postgraduate Admissions, University of Ashworth
""", quoted_only=True),

case("""
Dear Sir or Madam,

My son Tomás applied for Mechanical Engineering in October (UCAS Personal ID 148-223-9071). ⟦Could you tell me whether his application has been received⟧ and ⟦when he can expect a decision?⟧ ⟦Please also send me a copy of any offer letter.⟧ ⟦What is the deadline for replying to offers?⟧

Yours faithfully,
Ana Ferreira
""", [Y, Y, Y, N], ["yes/no", "when", "request", "when"], """
Dear Ms Ferreira,

Thank you for your email. I'm afraid we can only discuss an application with the applicant, or with someone he has named as his nominated contact in UCAS Hub. If Tomás adds you as his nominated contact, we'll be glad to answer questions about his application and send you copies of his letters.‸

Yours sincerely,
Joanne Kirby
Undergraduate Admissions, University of Ashworth
"""),

case("""
hi, ⟦is it too late to apply for the foundation year starting in september?⟧ and ⟦do u accept btecs?⟧ i did a btec in applied science

thx
kieran
""", [Y, N], ["yes/no", "yes/no"], """
Dear Kieran,

Thanks for your email. It isn't too late: applications for our Foundation Year starting in September 2027 are open through UCAS until 30 June 2027.‸

Best wishes,
Joanne Kirby
Undergraduate Admissions, University of Ashworth
"""),

case("""
Dear Admissions,

Thank you for your quick reply. ⟦Does the IELTS 6.5 requirement apply to each band, or just to the overall score?⟧ I got 7.0 overall but 5.5 in writing. ⟦If that isn't enough, can I take your pre-sessional English course instead of resitting?⟧ ⟦How long is the course⟧ and ⟦when does it start?⟧

Best regards,
Nguyen Thi Lan

On Tue, 1 Dec 2026 at 12:03, Postgraduate Admissions <pgadmissions@ashworth.example> wrote:
> Dear Lan,
> We have received your application for the MSc in Environmental Management.
> Do you have your English language test result yet?
""", [Y, Y, Y, Y], ["which", "yes/no", "when", "when"], """
Dear Lan,

The requirement is 6.5 overall with at least 6.0 in each component, so your writing score is a little short. You don't need to resit: we can make your offer conditional on our 10-week pre-sessional course, which runs from 28 June to 3 September 2027 and would bring your writing up to the level needed.

Best wishes,
Marek Nowak
Postgraduate Admissions, University of Ashworth
"""),

# --- a self-storage site ---------------------------------------------------------------------
case("""
Hi,

I rent unit C14 (35 sq ft) at your Eastgate site. ⟦I'd like to move up to a 50 sq ft unit from January if there's one free.⟧ ⟦How much more would that be per month?⟧

Also, ⟦can my brother get into the unit while I'm working abroad?⟧ He'd need his own gate code.

Thanks,
Lukas Brandt
""", [Y, Y, N], ["request", "how much", "yes/no"], """
Hi Lukas,

Good news: unit D03 (50 sq ft) is free from 4 January and I've reserved it for you. It's £89 a month, which is £27 more than you pay now. We'll move your padlock details across when you swap.‸

Best regards,
Dana Whitfield
StowSafe Eastgate
"""),

case("""
Hello,

I'm moving house on Sunday 13 December. ⟦Can I get into the site at 6 am to load a van?⟧ ⟦Please could you also post me a spare gate fob?⟧ ⟦Is there a trolley I can borrow?⟧

Many thanks,
Grace Adebayo
""", [Y, Y, Y], ["yes/no", "request", "yes/no"], """
Hi Grace,

I'm afraid the gates only open at 7 am on Sundays, and the alarm system doesn't let us make exceptions for single units. I'll post a spare fob to you first class on Monday 7 December, so it should reach you well before your move. Trolleys are free to use; you'll find them in the bay by the lift.

Best regards,
Dana Whitfield
StowSafe Eastgate
"""),

case("""
Hi Dana,

I've cleared unit B7 and left the padlock key in the drop box by reception, as agreed.

Thanks for everything,
--
Marcus Bell
Bell & Daughter Removals
0161 496 0280
Moving soon? Ask us for a free, no-obligation quote!
""", [], [], """
Hi Marcus,

Thanks for letting us know. We'll check the unit today and refund your £50 deposit within five working days.

Best regards,
Dana
""", quoted_only=True),

case("""
Hi Dana,

Thanks for sorting the direct debit. One more thing: ⟦does the contents cover I pay through you include water damage?⟧ There's been a lot of rain and my unit's on the ground floor.

Regards,
Peter Hollis

From: Dana Whitfield <dana@stowsafe.example>
Sent: Wednesday, December 2, 2026 11:05 AM
To: Peter Hollis <p.hollis@example.com>
Subject: RE: Direct debit

Hi Peter,

Done: your payments will now go out on the 15th of each month.

Dana

From: Peter Hollis <p.hollis@example.com>
Sent: Tuesday, December 1, 2026 4:48 PM
To: StowSafe Eastgate <eastgate@stowsafe.example>
Subject: Direct debit

Can you change my payment date to the 15th? My salary comes in on the 14th now.
""", [Y], ["yes/no"], """
Hi Peter,

Yes, the Standard Cover you have with us includes water damage, up to £5,000 per claim. The ground-floor units also sit on raised pallets, so your things should stay dry.

Best regards,
Dana
"""),

case("""
Hi,

⟦Why has my monthly fee gone up from £62 to £71?⟧ Nobody told me it was changing. ⟦I'd like to stay on the old rate until my contract ends in March.⟧

Sam Yeung
Unit A22
""", [N, N], ["why", "request"], """
Dear Sam,

Thank you for getting in touch.‸ Our prices are very competitive for the area, and we offer a range of unit sizes to suit every budget, so do let us know if a smaller unit would work better for you.

Best regards,
Dana Whitfield
StowSafe Eastgate
"""),

case("""
Great, thanks Dana. 👍

________________________________
From: Dana Whitfield <dana@stowsafe.example>
Sent: Monday, December 7, 2026 10:40 AM
To: Priti Shah <priti.shah@example.com>
Subject: RE: Access hours

Hi Priti,

Yes, you can get in from 7 am to 10 pm every day with your gate code. Please remember to pull the roller door down behind you.

Dana

From: Priti Shah <priti.shah@example.com>
Sent: Sunday, December 6, 2026 8:15 PM
To: StowSafe Eastgate <eastgate@stowsafe.example>
Subject: Access hours

Hi, what are your access hours at weekends? I work shifts.
""", [], [], """
You're welcome, Priti. Let us know if there's anything else you need.

Dana
""", quoted_only=True),

case("""
Hello,

⟦Could you confirm the VAT number that should appear on your invoices?⟧ Our finance system rejected the last one because it was missing. ⟦Do you accept purchase orders for the annual prepayment?⟧

Kind regards,
Oliver Grant
Facilities, Northgate Architects
020 7946 0773

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell us and delete it.
""", [Y, N], ["which", "yes/no"], """
Dear Oliver,

Sorry about that. Our VAT number is GB 123 4567 89, and I've attached last month's invoice, reissued with it shown.‸

Best regards,
Dana Whitfield
StowSafe Eastgate
"""),

# --- a caravan park --------------------------------------------------------------------------
case("""
Hi Ridgeway team! 🏕️

We've booked pitch 22 for 2–9 August (ref RW-77310). ⟦Is the pitch hardstanding⟧ and ⟦does it have an electric hook-up?⟧ 🔌 ⟦Can we bring our two dogs?⟧ And ⟦what time can we arrive on the Monday?⟧

Thanks! 😊
The Okafor family
""", [Y, Y, Y, N], ["yes/no", "yes/no", "yes/no", "when"], """
Hi there! 😊

Thanks for booking with us! Pitch 22 is a fully serviced hardstanding pitch with a 16-amp hook-up, water and waste. Dogs are very welcome: we allow up to two per pitch, and there's a dog walk along the river.‸

See you in August! 🐾
Jess
Ridgeway Caravan Park
"""),

case("""
Hello,

⟦How much would it cost to keep our tourer in your winter storage from October to March?⟧ ⟦Is the compound covered by CCTV?⟧ ⟦Could you email me the booking form?⟧

Regards,
Martin Hale
""", [N, Y, N], ["how much", "yes/no", "request"], """
Dear Martin,

Thanks for your enquiry. Our winter storage season runs from 1 October to 31 March, and many of our seasonal tourers stay with us over the winter. The compound is fenced and gated, with CCTV recording round the clock. Storage is paid monthly by direct debit.‸

Kind regards,
Jess
Ridgeway Caravan Park
"""),

case("""
Hi Jess,

We got home last night and just wanted to say thank you for a brilliant week. Who knew a week of rain could be so much fun? 😂 The kids haven't stopped talking about the play barn and the owl walk.

See you next summer!
The Whittakers
""", [], [], """
Hi there,

Thank you so much for your lovely message! We're so glad the rain didn't spoil things, and we'd love to see you all again next summer. 🦉

Jess
Ridgeway Caravan Park
"""),

case("""
Hello Jess,

⟦Could you send me next year's seasonal pitch prices when they're out?⟧ ⟦Are you still planning to resurface the top field over the winter?⟧

Thanks,
Keith Morrow (pitch 41)
""", [Y, Y], ["request", "yes/no"], """
Hi Keith,

The 2027 seasonal prices go to the owners on 15 December, and I'll email them to you by Friday 18 December. The top field is being resurfaced in February, so it'll be ready well before we open on Friday 19 March.

Best wishes,
Jess
Ridgeway Caravan Park
"""),

case("""
Dear Ridgeway,

⟦Please cancel our Easter booking (ref RW-80142).⟧ My mother is having an operation that week. ⟦Can we have the £75 deposit back?⟧ ⟦If not, could we move the booking to the May bank holiday instead?⟧

Best wishes,
Aled and Cerys Morgan
""", [Y, Y, Y], ["request", "yes/no", "request"], """
Dear Aled and Cerys,

I'm sorry to hear that, and I hope your mother's operation goes well. I've cancelled booking RW-80142 and emailed you a confirmation. As Easter is more than 28 days away, we'll refund your £75 deposit in full to the card you paid with, within five working days.

Best wishes,
Jess
Ridgeway Caravan Park
"""),

case("""
Hi,

I'm booked in for 14–18 April (ref RW-81207) and I'll need to work for two of the days. ⟦Is the wifi good enough for video calls?⟧ ⟦Could we have a pitch near the clubhouse?⟧

Thanks,
Nadia Rahman
""", [N, Y], ["yes/no", "request"], """
Hi Nadia,

We have free wifi across the whole park, and the signal is strongest around the clubhouse. I've moved you to pitch 4, right next to it.‸

Best wishes,
Jess
Ridgeway Caravan Park
"""),

# --- music teachers --------------------------------------------------------------------------
case("""
Hi Ms Adeyemi,

My daughter Isla (9) has been learning the violin at school for a year and would love to have private lessons. ⟦Could you let me know if you have any Saturday morning slots.⟧ ⟦We'd also need to know whether you teach at home or come to pupils' houses.⟧ ⟦What do you charge for a 30-minute lesson?⟧

Best,
Gareth Pryce

Sent from my iPhone
""", [Y, Y, Y], ["yes/no", "where", "how much"], """
Dear Gareth,

How lovely that Isla wants to carry on with the violin! I have a 10:30 slot on Saturday mornings from January. All my lessons are at my studio on Grange Road, which has parking right outside. Half-hour lessons are £22, paid half-termly in advance.

Warm wishes,
Funmi Adeyemi
"""),

case("""
Hi Funmi,

Isla has started netball on Saturdays. ⟦Is it possible to move her lesson to Thursdays after Christmas?⟧ ⟦If not, could we have a refund for the lessons she'll miss?⟧

Also, ⟦which grade do you think she should aim for in the summer?⟧

Thanks,
Gareth
""", [Y, N, Y], ["yes/no", "request", "which"], """
Hi Gareth,

I'm afraid my Thursdays are completely full until Easter. Grade 2 would be a good target for the summer, as Isla is already playing confidently at that level.‸

Warm wishes,
Funmi
"""),

case("""
Hi Funmi,

Dylan has been practising every day, but his bow keeps squeaking. ⟦How can we stop it?⟧ ⟦Is it worth buying a better bow, or is it more about technique?⟧ ⟦Why does it only happen on the A string?⟧

Rhian
""", [N, Y, N], ["how", "which", "why"], """
Hi Rhian,

It's lovely to hear he's practising every day! Squeaks are completely normal at this stage, and almost every young cellist goes through them. A new bow won't fix it: it's nearly always about technique rather than equipment.‸

Funmi
"""),

case("""
Dear Mr Halloran,

⟦Please send me the invoice for the spring term.⟧ Our accounts team needs it before the 18th. ⟦I'd like you to enter me for the Grade 5 theory exam in March as well.⟧ ⟦How much is the entry fee⟧, and ⟦does it go on the same invoice?⟧

Kind regards,
Beatrice Lowe
""", [Y, Y, N, N], ["request", "request", "how much", "yes/no"], """
Dear Beatrice,

The spring term invoice is attached. I've put your name down for the Grade 5 theory exam on Saturday 6 March, and I'll confirm your entry when the booking window opens on 12 January.‸

With best wishes,
Declan Halloran
"""),

case("""
Hey Dan! 🎶

A friend gave me your number. ⟦Would you teach me fingerstyle rather than strumming stuff?⟧ ⟦How long would it take to be able to play something like Blackbird?⟧ And ⟦do you do lessons online?⟧ I'm away a lot for work 😅

Marta
""", [Y, N, N], ["yes/no", "when", "yes/no"], """
Hi Marta! 👋

Fingerstyle is my favourite thing to teach, so yes, absolutely. Blackbird is a brilliant goal: it's a beautiful piece, and lots of my students have loved working on it.‸

Dan 🎸
"""),
]
