"""The cases of Tactful's questions held-out set 30 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout30.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
taxidermist (England), a lavender farm (England), a tiny-house builder (US), a court-reporting firm
(US), an oyster farm (Ireland), a sheepdog demonstration farm (Ireland), a kiwifruit packhouse's
seasonal recruitment (New Zealand), a fly-fishing guide (New Zealand), a catfish farm (Nigeria), a
film-equipment rental house (Nigeria), a tea estate's visitor tours and shop (Kenya), a high-altitude
running camp (Kenya), an immigration consultancy (Canada) and an avalanche-skills course provider
(Canada).
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Fenwick & Daughter Taxidermy (taxidermist, near Swaffham, Norfolk, England) ----------------
    case("""\
Hello,

⟦Do you take on repairs to old cased birds?⟧ I've inherited a Victorian case of three kingfishers from an aunt and the front glass has a crack running corner to corner. One of the birds has also come off its perch. ⟦What sort of price would I be looking at?⟧

Many thanks,
Graham Pocock

Sent from my iPhone""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Graham,

Thanks for getting in touch – yes, cased birds are a big part of what we do, and a loose kingfisher is usually a straightforward job to re-fix.

Old cases vary a lot in how they were built, though, so could you send a couple of photos of the front and the back, plus the outside measurements?‸

Best wishes,
Ruth Fenwick
Fenwick & Daughter Taxidermy
01632 960418"""),

    case("""\
Dear Mr Fenwick,

My name is Derek Slater and I farm about four miles outside Dereham. I hope you don’t mind me writing out of the blue. Last Tuesday morning I found a barn owl lying in the gateway to our top field, not a mark on it, and I think it must have been clipped by a car on the lane in the night. We’ve had a pair in the old cart shed for years and my granddaughter Poppy, who is eight, has been obsessed with them since she could walk. She cried her eyes out when I told her. ⟦Is it actually legal for me to have it mounted, given they’re a protected bird?⟧ I don’t want to get anyone into trouble. For now it’s wrapped in a tea towel in the garage, which my wife is not best pleased about, so ⟦should I be putting it in the freezer?⟧ Poppy’s birthday is in March and I had a daft idea of giving it to her then, in a case or on a branch, whatever you think suits it. ⟦I’d also like to know roughly how long the work takes⟧ and ⟦whether you could deliver it, as I don’t drive to King’s Lynn or anywhere much these days.⟧

Yours sincerely,
Derek Slater
Moat Farm, Gressenhall""",
         [Y, Y, N, N], ["yes/no", "yes/no", "when", "yes/no"],
         """\
Dear Mr Slater,

What a lovely thing to do for Poppy, and I'm sorry she was so upset.

You're fine on the legal side. A barn owl that died from natural causes or a road accident can be mounted and kept; we just need you to sign a short note saying where and when you found it, which we keep on file in case anyone ever asks.

Please do get it into the freezer as soon as you can – into a plastic bag with the air squeezed out, then a second bag. A tea towel in the garage won't keep it for long, even in December.

We'll be in touch once it's on the bench to talk about the setting, and I'm sure Poppy will have opinions.‸

Kind regards,
Ruth Fenwick"""),

    case("""\
Ruth,

I collected the fox on Saturday and I'm frankly disappointed. The left ear has a chip out of the tip, the eyes are a yellowy amber when we agreed on the darker brown from the samples, and the base is nothing like the photo I sent you. This was a nine-month wait and £1,150.

⟦I want it taken back and put right at your cost⟧, and ⟦I'd like an explanation of how it left your workshop looking like this.⟧ ⟦You'll need to collect it from me, because I'm not driving to Swaffham again.⟧

Martin Hale

From: Fenwick & Daughter Taxidermy <studio@fenwicktaxidermy.example.co.uk>
Sent: 02 December 2026 16:40
To: Martin Hale <m.hale@example.co.uk>
Subject: Your fox is ready

Hi Martin,

Good news – your fox is finished and ready for collection. We're open Saturdays, 9am to 1pm. Please let us know which day suits.

Ruth""",
         [Y, N, Y], ["request", "why", "request"],
         """\
Dear Martin,

I'm really sorry. That isn't the standard we hold ourselves to, and I can understand why you're annoyed after such a long wait.‸

Dad will drive over and collect the fox from you on Thursday 10 December, late morning if that works. We'll re-fit it with the brown eyes from the samples, repair the ear tip and make a new base to match your photo, all at no charge, and bring it back to you when it's done.

Regards,
Ruth"""),

    case("""\
Brilliant, thanks Ruth – deposit paid by bank transfer just now (ref PRIYA N WORKSHOP). Really looking forward to it!

Priya

On Fri, 4 Dec 2026 at 11:02, Fenwick & Daughter Taxidermy <studio@fenwicktaxidermy.example.co.uk> wrote:
> Hi Priya,
>
> We do still have one space on the beginners' bird workshop on Saturday 16 January. It runs 10am to 4pm and lunch is included. The deposit is £60, with the other £125 due on the day.
>
> Could you let me know if you have any allergies, and whether you'd prefer to work on a starling or a pigeon?
>
> Ruth""",
         [], [],
         """\
Hi Priya,

Got it, thank you – you're booked in for Saturday 16 January.

When you get a moment, I'd still love to know about any allergies and whether you'd rather do a starling or a pigeon, so I can get the birds out of the freezer in time.

See you then,
Ruth""", quoted_only=True),

    case("""\
Dear Ms Fenwick,

I look after the natural history collection at Wenlow Hall Museum, and following our stock survey we have twelve Victorian cased birds needing conservation (cracked or loose glazing, some pest damage, faded backgrounds). I would be grateful for the following:

1. ⟦An estimate for cleaning, pest treatment and re-sealing, per case⟧
2. ⟦Can the work be carried out on site?⟧ Several of the cases are too fragile to move.
3. ⟦Your earliest possible start date⟧
4. ⟦A copy of your public liability insurance certificate⟧

⟦I'd also welcome your view on whether the backgrounds should be repainted or left as they are.⟧

With kind regards,
Dr Helen Marsh
Keeper of Natural History, Wenlow Hall Museum
01632 960733

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [N, Y, N, Y, Y], ["how much", "yes/no", "when", "request", "which"],
         """\
Dear Dr Marsh,

Thank you for thinking of us – twelve cases is a lovely project.

We're happy to work on site; we'd just need a table near a window and a room we can lock at night. I've attached our public liability certificate (£5 million cover, renewed in October).

Pricing really depends on what we find once the backs are off, especially where there's pest damage, and our diary opens up again in the new year.‸

On the backgrounds, our advice is nearly always to leave them alone. The fading is part of each case's history, and repainted skies tend to look wrong next to the original birds.

Kind regards,
Ruth Fenwick"""),

    # --- Hollins Lavender (lavender farm, shop and tearoom, near Malton, North Yorkshire, England) -----
    case("""\
Hi there!

I'm getting married at a barn outside York on June 26 next year and I'm in love with your dried lavender confetti 😍 ⟦How many cones would we need for about 120 guests?⟧ I'm in Columbus, Ohio, so ⟦could you ship the order to my sister in Leeds instead of to me?⟧ She's coordinating everything on that end. ⟦Do you sell a small sample first?⟧ I'd like to see the color in person before I commit.

Thanks so much!
Kayla Brandt
(614) 555-0172""",
         [Y, Y, N], ["how much", "request", "yes/no"],
         """\
Hi Kayla,

Congratulations! 🎉 Late June is a lovely time for it – the fields here are just coming into flower then.

For 120 guests we'd suggest 120 cones, one each, or a 4-litre basket if you'd rather let guests help themselves. Sending the order to your sister in Leeds is no problem at all; just put her address in the delivery box at checkout and yours as the billing address.

The colour is a soft violet-grey, a little deeper than it looks on most screens.‸

Best wishes,
Jo Hollins
Hollins Lavender"""),

    case("""\
hiya 👋 ⟦is the tearoom open over christmas or is it just the shop⟧ 🙂 and ⟦can we bring the dog in⟧, shes very well behaved lol 🐶 also ⟦do u do vouchers for the distilling tour for my mum⟧

Sent from my Galaxy""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi there,

The tearoom and the shop are both open every day until Wednesday 23 December, then we close for a break and reopen on Saturday 2 January.

Dogs are welcome in the shop and out in the garden, but only assistance dogs inside the tearoom, I'm afraid – we've a few covered tables outside if you don't mind wrapping up.

And yes, we do tour vouchers! You can buy them on our website under Gifts, and they're valid for twelve months from the date you buy. 🎁

Jo"""),

    case("""\
To whom it may concern,

My order (HL-20417) arrived this morning and the 50ml bottle of lavender oil had come open in the box. Everything else is soaked, including the two cotton sleep masks, which were a present, and the wheat bag, and the box reeked so much the postman commented on it. Frankly it looks as though the cap was never tightened.

⟦Please refund the whole order, not just the oil.⟧ ⟦Will you be sending replacements in time for Christmas, or do I need to go elsewhere?⟧ I'd also suggest you think about how you pack glass.

Mrs A. Whitworth

________________________________
From: Hollins Lavender <shop@hollinslavender.example.co.uk>
Sent: Thursday, 3 December 2026 09:15
To: a.whitworth@example.co.uk
Subject: Your order HL-20417 has been dispatched

Your order is on its way with Royal Mail Tracked 48. Any questions? Just reply to this email.""",
         [N, Y], ["request", "yes/no"],
         """\
Dear Mrs Whitworth,

I'm so sorry – that's a horrible thing to open, especially with presents in the box. You're right about the cap, and we've changed how we pack the oils from today: each bottle now goes into its own sealed pouch.

I've refunded the oil and the two sleep masks to your card this morning (£38.50), which should show in three to five working days.‸

Replacements are going out by Special Delivery today, so they'll be with you tomorrow, Tuesday 8 December, well before Christmas.

Kind regards,
Jo Hollins"""),

    case("""\
Hi Jo,

I'm a portrait photographer based in Leeds and I'd like to book a few sessions in your fields next summer. A few things before I go ahead:

- ⟦Fee for a commercial shoot (1–2 hours, up to 4 clients)⟧
- ⟦Which week the flowers usually peak⟧
- ⟦Early morning access, ideally before the farm opens⟧
- ⟦Is drone use allowed?⟧

I'd be bringing clients on weekdays only.

Cheers,
Sam Okafor
Okafor Photography | 07700 900631""",
         [N, Y, N, Y], ["how much", "when", "request", "yes/no"],
         """\
Hi Sam,

Thanks for asking first – not everyone does!

Commercial sessions are priced by how many clients you bring and how long you're with us. The fields usually peak in the first fortnight of July, although a hot June can bring that forward by a week or so.

The fields open to visitors at 10am from late June.‸

Drones are a no, I'm afraid. The bees and our neighbour's horses take a dim view of them.

Jo"""),

    case("""\
Jo, I just had to write. Mum opened the hamper on Saturday and cried – how did you know lavender shortbread was what she used to bake for us? Thank you for the handwritten card too, it's going on her fridge.

Lorraine x

On Tue, 1 Dec 2026 at 08:47, Hollins Lavender <shop@hollinslavender.example.co.uk> wrote:
> Hi Lorraine,
>
> Your hamper is packed and will go out today. Would you like us to add a handwritten card? If so, just reply with the message.
>
> Jo""",
         [], [],
         """\
Dear Lorraine,

That's made our week – thank you for telling us. I'm so glad your mum enjoyed it, and I'll pass your message on to Kev, who baked the shortbread.

Have a lovely Christmas,
Jo""", quoted_only=True),

    # --- Juniper Ridge Tiny Homes (tiny-house builder, Bend, Oregon, US) -----------------------------
    case("""\
⟦Do you deliver to Idaho?⟧ ⟦What's the current wait on a Deschutes 24?⟧

Thx
Brent""",
         [Y, Y], ["yes/no", "when"],
         """\
Hi Brent,

We sure do. Delivery into Idaho is $4.25 a mile from our shop in Bend, plus any pilot car the state requires for a 24-footer.

A Deschutes 24 ordered this month would be finished in the first half of May; we build to order, and the queue is about 21 weeks right now.

Dale Whitaker
Juniper Ridge Tiny Homes
(541) 555-0138"""),

    case("""\
Hello Dale,

We met you briefly at the Portland home show in October – my husband was the one in the Ducks cap who asked about 300 questions about the trailer axles. After thirty-one years in the same house in Medford we’ve finally decided to sell up and move closer to our daughter, who lives outside Sacramento with our two grandsons. She has a big lot with a flat corner by the orchard and her husband is already planning where the deck goes, bless him. The plan is the Pine 20 with the bigger bathroom layout. Ron’s knees aren’t what they were, so ⟦is there any way to have a downstairs bedroom instead of the loft?⟧ ⟦I’m also not sure whether a stacked washer and dryer will fit in that bathroom.⟧ We have been going back and forth about the toilet; Ron says composting, I say absolutely not. ⟦Can we get a regular flush one if we hook up to their septic?⟧ ⟦Our son-in-law keeps asking whether California will let us register it as an RV, because their county is fussy about that.⟧ ⟦Would it be possible to come and see one being built, maybe on a Saturday?⟧

Warmly,
Linda Ferrante

Sent from my iPad""",
         [Y, N, Y, N, Y], ["yes/no", "yes/no", "yes/no", "yes/no", "yes/no"],
         """\
Hi Linda,

Of course I remember Ron – the axle questions were some of the best I got all weekend!

Lots of our buyers skip the loft, and on the Pine 20 we can put a main-floor bedroom at the hitch end instead. It takes about four feet out of the living area, so I'll send you the floor plan to look over. A regular flush toilet on their septic is no problem either; that's what most of our customers go with, whatever Ron says.‸

Whether the county will let you live in it full time on their lot is a question for their planning office, and it's worth asking them early.

We're closed on weekends, but you'd be welcome at the shop any weekday between 8 and 4 – there are two Pine 20s on the floor right now.

Dale"""),

    case("""\
Dale,

This is getting ridiculous. We were told delivery on December 4, then December 18, and now your office says "mid-January." Meanwhile I went by the shop on Friday and the big window in the living room has a water stain under it from the rain last week. We've been paying rent on a place we were supposed to be out of by the end of November.

⟦I expect that window pulled and replaced, not caulked, before the house leaves your shop.⟧ ⟦I also want a credit for the rent we've paid because of your delays⟧ – ⟦what are you going to offer?⟧ And ⟦what is the actual delivery date now?⟧ Not "mid-January." A date.

Greg Turnbull

From: Marisol Reyes <office@juniperridgetiny.example.com>
Sent: Tuesday, December 1, 2026 3:22 PM
To: Greg Turnbull <gturnbull@example.net>
Subject: RE: Delivery update – Deschutes 24 #JR-118

Hi Greg,

Our window supplier is behind, so your delivery is now looking like mid-January. We'll confirm once the last two units arrive. Please let me know if you have any questions.

Marisol""",
         [Y, N, N, Y], ["request", "request", "how much", "when"],
         """\
Greg,

You're right to be frustrated, and I'm sorry for the back-and-forth on dates.

I looked at the window this morning. It will come out and a new unit will go in – not a bead of caulk – and I'll send you photos of the install before anything is signed off.

The last two windows for your order arrived yesterday, so I can give you a real date: we'll deliver your home on Thursday, January 14, arriving at your site mid-morning.

I've passed your note about the rent to our owner, Pete, and one of us will get back to you on that.‸

Dale"""),

    case("""\
Forwarding this from our loan officer for your records. We closed yesterday!!! 🎉

Tasha

---------- Forwarded message ---------
From: Kevin Albright <kalbright@columbiaridgecu.example.org>
Date: Fri, Dec 4, 2026 at 10:14 AM
Subject: Loan #44820 – documents needed from builder
To: Tasha Monroe <tmonroe88@example.com>

Hi Tasha,

Congratulations again. Before we release the final draw, could you ask Juniper Ridge to send us an itemized final invoice and the VIN from the trailer? Please also have them confirm the delivery address.

Thanks,
Kevin Albright
Columbia Ridge Credit Union""",
         [], [],
         """\
Hi Tasha,

Congratulations! That's a big day.

I emailed Kevin the itemized final invoice and the trailer VIN this morning, along with your delivery address in Redmond, and copied you in.

Marisol"""
         , quoted_only=True),

    case("""\
Hello,

My name is Alejandro, I live in Salem and I am interested for a tiny house for my mother, she is coming from Guadalajara to live with us. I write you some questions please:

* ⟦Price of the Pine 20 with basic finish⟧
* ⟦Is possible to pay one part in cash and other part with financing⟧
* ⟦Time for build⟧
* ⟦The house need to be on wheels or can be on foundation⟧

Also ⟦can you send me the catalog in spanish if you have.⟧

Thank you very much,
Alejandro Vázquez""",
         [Y, Y, Y, Y, Y], ["how much", "yes/no", "when", "yes/no", "request"],
         """\
Hello Alejandro,

Thank you for writing – it sounds like a wonderful plan for your mother.

The Pine 20 with our standard finish is $79,500. Yes, you can split it: many buyers pay part of the price in cash and finance the rest through one of our lender partners. A new build takes about 20 weeks from the deposit.

It can be either. We build every model on a trailer, but it can be set on a permanent foundation once it arrives, if your city allows it.

We don't have the catalog in Spanish yet, I'm sorry. Marisol in our office speaks Spanish, though, and would be glad to go through it with you by phone – she's at (541) 555-0138, weekdays 8 to 4.

Dale"""),

    # --- Buckeye Verbatim Reporting (court reporters and deposition transcripts, Columbus, Ohio, US) --
    case("""\
Hi Denise,

We need a reporter for a deposition on Tuesday, January 12, 2027 at 9:30 a.m. in our office (Suite 1400, 41 S. High St.). Expected to run most of the day. A few things:

1. ⟦Please confirm you have someone available.⟧
2. ⟦We'd like a videographer as well.⟧
3. ⟦Can we get a rough draft the same evening?⟧
4. ⟦What's your cancellation policy if it settles the day before?⟧

Thanks,
Jenna Park
Paralegal | Harlan Mercer LLP
(614) 555-0163

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient and may contain privileged information. If you are not the intended recipient, please notify the sender and delete this message.""",
         [Y, Y, N, N], ["request", "request", "yes/no", "how much"],
         """\
Hi Jenna,

You're all set for Tuesday, January 12, at 9:30 a.m. Anita Soto will be your reporter, and I've added one of our videographers, Chris Lund, who'll arrive at 8:45 to set up.

Anita is one of our realtime reporters, so your attorney can follow the testimony live on a laptop during the deposition. If the case settles, just let us know as soon as you hear.‸

Thanks,
Denise Kowalski
Scheduling Manager, Buckeye Verbatim Reporting
(614) 555-0119"""),

    case("""\
Denise,

The expedited transcript of the Dunlevy deposition that came in Friday is not usable as delivered. At least eleven answers are attributed to me instead of the witness, two exhibits are misnumbered, and the word "not" is missing from a key answer on page 48, which changes its meaning entirely. We're filing a motion on it Thursday.

⟦I need a corrected certified transcript no later than Wednesday noon.⟧ ⟦How did this get past your proofreading?⟧ ⟦I won't be paying the expedite charge for a transcript we can't use.⟧

Thomas Reinholt
Reinholt & Case, Attorneys at Law

On Fri, Dec 4, 2026 at 4:51 PM Buckeye Verbatim Reporting <scheduling@buckeyeverbatim.example.com> wrote:
> Attached please find the expedited certified transcript for the Dunlevy deposition taken December 1, 2026. Our invoice (#BV-30914) is also attached. Please let us know if you need anything further.""",
         [Y, Y, Y], ["request", "why", "request"],
         """\
Mr. Reinholt,

I'm very sorry. You should never have received the transcript in that state.

We found the cause this morning: the reporter's audio sync failed after the lunch break, which scrambled the speaker labels from that point on, and our proofreader checked the text against the same faulty file instead of the backup recording. We've changed our process so the backup is always used for the final read.

The corrected certified transcript will be in your inbox by 10 a.m. on Wednesday, December 9. I've also removed the expedite charge from invoice #BV-30914, and a revised invoice will come with the transcript.

Denise Kowalski
Scheduling Manager"""),

    case("""\
Denise – thanks for talking me through it this morning. As discussed, ⟦please go ahead and book the interpreter for the Alvarez deposition (Spanish).⟧ ⟦Can you remind me whether the interpreter's fee goes on your invoice or is billed to us separately?⟧ And you mentioned a remote option for the plaintiff's expert in Phoenix – ⟦could you send me the Zoom link and the exhibit-sharing instructions once it's set up?⟧

Best,
Marcus Bell
Legal Assistant to Karen Yost, Esq.

-----Original Message-----
From: Marcus Bell <mbell@yostlaw.example.com>
Sent: Friday, December 4, 2026 11:08 AM
To: scheduling@buckeyeverbatim.example.com
Subject: Alvarez v. Tri-County Freight – depositions

Denise, can you call me Monday about the Alvarez depositions? We may need an interpreter and a remote hookup.""",
         [Y, N, Y], ["request", "which", "request"],
         """\
Hi Marcus,

Good to talk this morning. I've booked Elena Ruiz, a certified Spanish interpreter, for the Alvarez deposition, and she has the case caption and start time.

Interpreter rates vary a bit with the length of the day and any travel.‸

The expert's remote hookup is set up on our side. I'll send you the Zoom link and our exhibit-sharing instructions by Friday, December 11, so your office has time to test it.

Denise"""),

    case("""\
Hello,

I'm not a lawyer and I'm not sure I'm even emailing the right place, so bear with me. I was deposed on December 1 in a dispute with my former landlord (Hollis v. Brookline Property Group) and a lady from your company was typing everything. I don't have an attorney anymore because I couldn't keep paying him. The landlord's lawyer got a copy, obviously. ⟦How do I get a copy of my own deposition?⟧ ⟦How much does it cost?⟧ I'm on a fixed income so it matters. At the end the lawyers said something about "read and sign" and I said yes without really understanding it. ⟦Does that mean I can fix things I said wrong?⟧ Because I definitely said 2019 when I meant 2018 at one point. Also ⟦can it be emailed to me instead of mailed?⟧

Thank you for your patience,
Doreen Hollis

Sent from my iPhone""",
         [Y, N, Y, Y], ["how", "how much", "yes/no", "yes/no"],
         """\
Dear Ms. Hollis,

You've come to the right place, and please don't worry about the questions – that's what we're here for.

As a party to the case, you can order a copy of your deposition directly from us. I've attached a one-page order form; just fill it in and send it back to this address. The price is set by the page count, and the transcript is still being finished, so I don't have that figure yet.‸

Because you chose to read and sign, we'll also send you the transcript with an errata sheet. You can list corrections on it – like the year you mentioned – and the sheet is attached to the final transcript. You'll have 30 days to return it.

We send transcripts by email as a PDF as standard, so there's nothing extra you need to do.

Kind regards,
Denise Kowalski"""),

    case("""\
Received, thank you. I'll get it over to accounts payable today.

Regards,
Priscilla Nwosu
Office Manager, Danforth Gill Co., L.P.A.

________________________________
From: Denise Kowalski <scheduling@buckeyeverbatim.example.com>
Sent: Thursday, December 3, 2026 2:05 PM
To: Priscilla Nwosu <pnwosu@danforthgill.example.com>
Subject: Updated W-9 and November statement

Hi Priscilla,

Attached are our updated W-9 and your November statement. Could you confirm whether your firm still needs paper invoices mailed, or is email enough going forward?

Thanks,
Denise""",
         [], [],
         """\
Thanks, Priscilla.

Whenever you get a chance, just let me know about paper invoices versus email – if I don't hear otherwise, I'll keep mailing paper copies for now.

Denise""", quoted_only=True),

    # --- Dunbulcaun Bay Oysters (oyster farm, farm tours and deliveries, Clarinbridge, Co. Galway, Ireland)
    case("""\
Hi Aoife,

Hope you're keeping well. Myself and the brother are doing Christmas Eve dinner this year for the first time and I'm after promising everyone oysters, so no pressure. ⟦Could you do four dozen rock oysters delivered to Rathmines on the 23rd, or is that cutting it too fine?⟧ ⟦If they come on the 23rd will they still be alright the next evening?⟧ Neither of us has ever opened one. ⟦Do ye shuck them for you or will I need to buy a knife and watch a few videos?⟧

Thanks a million,
Ciarán Moloney""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Ciarán,

No pressure at all – you'll be a hero.

The 23rd is grand. Our last Dublin van goes out that morning, so you'll have them by early afternoon. They'll be more than alright on Christmas Eve: kept cup side down in the fridge under a damp tea towel, they're good for four or five days.

We don't open them for delivery, as they need to be shucked just before eating, but I'll put a shucking knife and one of our how-to cards in the box for you. Watch one video as well, mind – it's all in the wrist.

Four dozen rocks come to €62 with Dublin delivery, and I'll send you a payment link today.

Aoife
Dunbulcaun Bay Oysters
091 555 0147"""),

    case("""\
Declan,

Following on from the chat at the Morans' do, we'd like to put our oyster order on a regular footing from January. Roughly 200 rocks and 100 natives a week, split between a Tuesday and a Friday drop.

⟦What would your trade price per hundred be for each?⟧ ⟦We'd also need to be invoiced monthly rather than per delivery.⟧ ⟦Can you start on Tuesday 5 January?⟧

Regards,
Niamh Cullinane
Head Chef, The Long Quay, Galway

From: Declan Fahy <declan@dunbulcaunoysters.example.ie>
Sent: 01 December 2026 18:22
To: Niamh Cullinane <niamh@longquay.example.ie>
Subject: Oysters

Niamh, great to meet you on Saturday. Drop me a line with what you'd need and I'll put something together.
Declan""",
         [N, Y, Y], ["how much", "request", "yes/no"],
         """\
Hi Niamh,

Great to hear from you, and delighted you'd like to go regular.

Rocks would be €52 per hundred to the door. Natives are a bit of a moving target over the winter, depending on what the beds give us.‸

Invoicing monthly is no bother at all; I'll set you up on 30-day terms. And yes, we'll have your first drop with you on Tuesday 5 January, before 10am.

Declan"""),

    case("""\
hi guys 😊 booked the oyster tour for sat 19th for me and my 3 mates, ⟦is it still on if its lashing rain⟧ 😅 ⟦do we need wellies or do u have them⟧ ⟦where do we meet⟧ and ⟦can we bring a few cans for after⟧ 🍻

Sent from my iPhone""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "where", "yes/no"],
         """\
Hi there,

Rain won't stop us at all – it's Galway! 😄 We only call it off for a Met Éireann orange warning, and we'd ring you the day before if that happened.

We've waders in all sizes, so just bring warm layers and a change of socks. Meet us at the green shed at the very end of Pier Road in Clarinbridge, ten minutes before the start.

The Pier Bar in the village does a great pint and a bowl of chowder afterwards if you fancy it.‸

See you on Saturday 19 December 🦪
Aoife"""),

    case("""\
Hello,

Our order for my husband's 60th arrived at 6pm yesterday instead of the morning as promised, the ice packs were completely melted and at least nine of the oysters were open and smelled off. We threw those out straight away. The party was last night so you can imagine.

⟦Are the remaining ones safe to eat or should I bin the lot?⟧ ⟦I'd like a refund for the whole box⟧, and ⟦I want to know why it was left sitting in a depot all day.⟧

Bríd Ní Fhlatharta

On Fri, 4 Dec 2026 at 09:30, Dunbulcaun Bay Oysters <orders@dunbulcaunoysters.example.ie> wrote:
> Your order #DB-5521 (50 native oysters) has left the farm and will be with you tomorrow morning with Fastway. Any questions, just reply to this email.""",
         [Y, Y, N], ["yes/no", "request", "why"],
         """\
Dear Bríd,

I'm so sorry – what a thing to happen on the night of the party.

Please don't eat any of the rest. Once the ice has gone and some have opened, we can't stand over the others, so bin the lot. I've refunded the full €95 to your card this morning.

I've been on to Fastway already, and they're looking into what happened at their depot.‸

If you'd let us, we'd love to send your husband a box for his birthday properly in the new year, on us.

Declan"""),

    case("""\
Hi there,

My mom and I are planning a trip to Ireland in May, her first time ever, to see where her grandmother came from (a townland near Kilcolgan, so practically your neighbors!). She’s 82 and sharp as a tack but she uses a cane on uneven ground, and I’ve read that your tour involves walking out onto the oyster beds at low tide. ⟦Would that be manageable for her, or is there a way she could join part of it?⟧ My sister and her husband will be with us, plus my two teenagers, so six of us in all. ⟦Do you offer private tours for a group that size⟧ and ⟦what does that run?⟧ We won’t have a car – we’re staying in Galway city for four nights – so ⟦I was wondering how people usually get out to you without one.⟧ My mom has talked about eating oysters in Ireland for about forty years so this matters more than I can say.

Thank you!
Maureen Gallagher-Pike
Quincy, MA""",
         [Y, Y, N, N], ["yes/no", "yes/no", "how much", "how"],
         """\
Hi Maureen,

What a lovely reason to come over – Kilcolgan is just up the road from us.

The walk out to the beds is over shingle and slippy seaweed, so I wouldn't recommend it with a cane. The good news is that the best part of the tour happens in the tasting shed at the shore: Declan gives the talk there, shucks for everyone and tells the history of the bay, and your mom could sit in comfort with a front-row view of the rest of you out on the beds.

We do private tours for groups of up to ten, and May is a great month for them. Galway city is only twenty minutes away.‸

Warm wishes,
Aoife"""),

    # --- Caherbeg Sheepdog Farm (sheepdog demonstrations, near Kenmare, Co. Kerry, Ireland) ----------
    case("""\
Dear Sinéad,

I am planning our 2027 south-west programme and would like to include a sheepdog demonstration for a coach group of 48 guests on Tuesday 11 May, arriving around 10.45.

Could you please advise on the following:
a) ⟦the group rate per person⟧
b) ⟦whether the coach (12.8m) can turn in your yard⟧
c) ⟦toilet facilities and wheelchair access, as two guests use wheelchairs⟧
d) ⟦the cost of adding tea and scones afterwards⟧

⟦I would be grateful if you could hold the date provisionally until we confirm numbers in February.⟧

Kind regards,
Gerard Kinsella
Operations, Shamrock Trails Coach Tours
Tel: 01 555 0193

DISCLAIMER: The information in this email is confidential and may be legally privileged. If you are not the intended recipient, please let us know and delete it.""",
         [Y, N, Y, N, Y], ["how much", "yes/no", "yes/no", "how much", "request"],
         """\
Dear Gerard,

Thanks for thinking of us for next year's programme.

Our group rate is €12 per person for groups of 30 or more, with the driver and guide free. Coaches visit us all through the season, and the drivers tend to know the road well. The toilets are accessible, and the viewing stand has a ramp and room at the front for both wheelchairs.

We'd be delighted to do tea and scones in the barn afterwards – they're my mother's own recipe.‸

I've pencilled you in for Tuesday 11 May, with the demonstration starting at 11, and I'll hold it until the end of February.

Kind regards,
Sinéad O'Sullivan
Caherbeg Sheepdog Farm"""),

    case("""\
Dear Mrs O'Sullivan,

thank you for your fast answer. We are now sure, we come in Kerry in the Easter holidays. Now I have still some questions:

⟦Is it allowed to bring our own dog to the demonstration?⟧ He is a Border Collie also, but very calm and he stays on the leash. ⟦Is the demonstration only in English or also in German?⟧ Our children are 7 and 10 and their English is not so good. ⟦On which days you are open at Easter, because the Easter Monday is a holiday in Ireland, I think.⟧

Best regards
Jürgen Becker

On Thu, 3 Dec 2026 at 19:12, Sinéad O'Sullivan <info@caherbegsheepdogs.example.ie> wrote:
> Dear Jürgen,
> Thanks for your email. Yes, we open for the season from Friday 19 March, with demonstrations at 11am and 3pm every day. Do let me know if you have any other questions.
> Sinéad""",
         [Y, Y, N], ["yes/no", "which", "when"],
         """\
Dear Jürgen,

Wonderful news that you're coming!

I'm sorry, but we can't have visitors' dogs at the demonstration. Our dogs are working, and another collie at the fence, however calm, takes their minds off the sheep. There's a shaded corner of the car park if he travels with you.

Pádraig gives the talk in English, but we have a printed guide in German for the children, and most of the show is the dogs themselves, which needs no language at all.

Easter is one of our busiest weeks, so do book your tickets online before you travel.‸

Best wishes,
Sinéad"""),

    case("""\
Hello,

We saw on your Facebook page that Bess had a litter in November. ⟦Are any of the pups for sale?⟧ We live in a house with a big garden in Surrey and we'd love a collie for our family. ⟦How much are you asking⟧ and ⟦when would they be ready to go?⟧

Best wishes,
Hannah Pryce
07700 900214""",
         [Y, Y, Y], ["yes/no", "how much", "when"],
         """\
Dear Hannah,

Thank you, and yes, Bess's litter is thriving!

I'm afraid we only place our pups with working sheep farms, where they'll have a job to do. Collies from working lines can get very frustrated in a family home, however big the garden, so we never sell them as pets.

If you have your heart set on a collie, the rescues in England and here often have older dogs who've been assessed for family life, and they'd be a far better fit.

All the best,
Sinéad"""),

    case("""\
Dear Sinéad and Pádraig,

We're home in Cork and the children have talked about nothing but Fly and Jess since Saturday. Honestly, is there anything Fly can't do? Our youngest has been trying to round up the cat all week, with limited success.

Thank you for squeezing us in out of season, and for the tea and brown bread afterwards. We'll be back in the summer with the grandparents.

Warmest wishes,
The Kearney family""",
         [], [],
         """\
Dear all,

Thank you so much for writing – it was a joy having you. Fly has retired to the fire for the winter, but Jess sends her regards to the cat.

We'll look forward to seeing you all in the summer.

Sinéad"""),

    case("""\
Hi,

We drove an hour and a half from Killarney on Saturday with two excited kids for the 3pm demonstration I booked and paid for on your website, only to find a chain across the gate and nobody about. I rang the number on the sign twice. No answer.

⟦I want the €44 refunded⟧, and ⟦I'd like to know why your website is still taking bookings if you're closed.⟧ ⟦Are you going to do anything about the petrol and the wasted afternoon?⟧

Colm Brennan

-----Original Message-----
From: bookings@caherbegsheepdogs.example.ie
Sent: Tuesday, 1 December 2026 21:14
To: colm.brennan@example.ie
Subject: Booking confirmed – Saturday 5 December, 3pm

Thank you for booking! 2 adults, 2 children. Total paid: €44. Please arrive 10 minutes early. Any questions? Please reply to this email.""",
         [Y, Y, N], ["request", "why", "yes/no"],
         """\
Dear Colm,

I'm mortified, and I'm so sorry you and the children had that journey for nothing.

The booking page is meant to close at the end of October. When our website was updated in November, the winter dates were switched back on without either of us noticing, and yours is the only booking that came through. They're off again now.

I've refunded the €44 to your card in full this morning.‸

Sinéad O'Sullivan"""),

    # --- Bay Gold Packhouse (kiwifruit packhouse, seasonal recruitment, Te Puke, New Zealand) --------
    case("""\
heyy 👋 ⟦is there still spots for the 2027 season??⟧ im on a working holiday visa til october. ⟦can i do it without a car⟧ 🚗❌ and ⟦whats the pay like⟧

cheers, Millie""",
         [Y, Y, N], ["yes/no", "yes/no", "how much"],
         """\
Kia ora Millie,

Yes, there are – we're taking applications for the March to June season now, and your visa dates cover it nicely. You can apply through the Careers page on our website.

Plenty of our crew don't have a car. Our staff shuttle runs from Te Puke and Pāpāmoa for both day and night shifts, so as long as you're staying in one of those, you're sweet 👍

Pay's competitive, and there's heaps of overtime at peak.‸

Ngā mihi,
Aroha Tane
Recruitment, Bay Gold Packhouse"""),

    case("""\
Hello Bay Gold team,

I am Lena from Germany (26 years) and I want to apply for the packhouse season. I have experience from a strawberry farm in Queensland. Please can you answer my questions:

1. ⟦When is the start date⟧ and ⟦must I be there from the first day?⟧
2. ⟦Which job is better for a beginner, packer or grader?⟧
3. ⟦Do you help with accommodation⟧
4. ⟦I need a confirmation letter of employment for my bank⟧

Thank you and best greetings,
Lena Hoffmann""",
         [Y, Y, N, Y, N], ["when", "yes/no", "which", "yes/no", "request"],
         """\
Hi Lena,

Thanks for your email – strawberry experience is a great start.

Packing usually begins around Monday 8 March, depending on when the fruit is ready. You don't have to be there on day one; we bring new staff on in groups over the first three weeks. Packers and graders both get full training on their first shift, so you won't be thrown in at the deep end.‸

We don't run accommodation ourselves, but I'll send you our list of hostels and homestays in Te Puke that a lot of our staff use.

Good luck with the application!
Aroha"""),

    case("""\
Kia ora Aroha,

Thanks for getting back to me so quickly. I've had a look at the shift times you sent and the day shift doesn't quite work for me with the kids – ⟦would there be any chance of a 9 till 2:30 shift, even if it's only three days a week?⟧ I'm happy to do any job on the line. Also, ⟦do you still pay the end-of-season bonus if someone finishes early?⟧ My youngest starts school in March so I'll be much more flexible from the April holidays.

Ngā mihi,
Kiri

On Wed, 2 Dec 2026 at 20:14, Bay Gold Packhouse <jobs@baygoldpackhouse.example.co.nz> wrote:
> Kia ora Kiri,
> Our day shift runs 7am to 5:30pm, Monday to Saturday during peak. Night shift is 5:30pm to 4am. Let me know if either of these would suit.
> Aroha""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Kia ora Kiri,

Good news – we do run a school-hours crew on the tray-making line, 9am to 2:30pm, and three days a week is fine. I've put your name down for it.

The end-of-season bonus is there to help us keep people right through to the last fruit in June.‸

If things free up after the April holidays, just let me know and we can look at adding days.

Ngā mihi,
Aroha"""),

    case("""\
Hi,

I worked the 2026 season (night shift, grading, from mid-March to the end of June) and I've just been going over my payslips for my tax return. My final pay doesn't include any holiday pay. Everyone I worked with got their 8% paid out when they finished, and I didn't. I've emailed twice already and heard nothing.

⟦I want the holiday pay owed to me paid into my account⟧, and ⟦I want it in writing when that will happen.⟧ ⟦It needs to be sorted before Christmas⟧, or I'll be taking it to the Labour Inspectorate. Sick of being ignored to be honest.

Tom Fairweather
Employee no. 2026-0418""",
         [Y, Y, Y], ["request", "when", "request"],
         """\
Hi Tom,

I'm sorry – you're right, and you shouldn't have had to chase us three times. Your two earlier emails went to an old payroll inbox that nobody was checking after the season, which is no excuse, and it's been fixed.

I've checked your file, and your 8% holiday pay of $1,412.36 was left off your final pay. It will go into your account on Thursday 10 December, and our payroll team will email you a corrected final payslip the same day.

Aroha Tane
Bay Gold Packhouse"""),

    case("""\
Sweet as, contract signed and sent back 👍 See you in March!

Jack

Sent from my iPhone

> On 4/12/2026, at 3:05 PM, Aroha Tane <jobs@baygoldpackhouse.example.co.nz> wrote:
>
> Hi Jack,
>
> Great to have you back for another season. Your contract is attached – please sign and return it by 18 December. Would you prefer day or night shift this year?
>
> Aroha""",
         [], [],
         """\
Kia ora Jack,

Got it, thanks – great to have you back. Just let me know whether you're after days or nights this time and I'll slot you in.

Aroha""", quoted_only=True),

    # --- Tongariro Drift Guides (fly-fishing guide, Tūrangi, New Zealand) ---------------------------
    case("""\
Gidday Hemi, ⟦do you do gift vouchers?⟧ ⟦Need one by Friday if possible⟧ – it's for my dad's 70th.

Cheers
Stu""",
         [Y, Y], ["yes/no", "request"],
         """\
Hi Stu,

We do, and happy birthday to your dad! I'll email you a printable voucher today, so you'll have it well before Friday. Just let me know whether you'd like it for a half day ($450) or a full day ($750), and whose name to put on it.

Hemi"""),

    case("""\
Hi Hemi,

Thanks for the quick reply. We've locked in our flights – we land in Auckland on March 3 and plan to drive down to Turangi on the 5th, so ⟦a full day on Saturday, March 6 would be perfect if it's still open.⟧ I've been fly fishing for twenty-odd years, mostly Montana and Idaho, but never for your lake-run fish, so I'm all in on whatever you think is best that time of year. My wife, Carol, likes the scenery more than the fishing. ⟦Is it okay if she comes along and doesn't fish?⟧ ⟦Does your price include the license, or do I buy that separately?⟧ ⟦Do you have wading boots in a US 13?⟧ I know that's a big ask. ⟦If we catch something decent, can we keep one to eat?⟧

Best,
Rick Dornan
Bozeman, MT

On Tue, Dec 1, 2026 at 6:40 PM Tongariro Drift Guides <hemi@tongarirodrift.example.co.nz> wrote:
> Hi Rick, thanks for getting in touch. A full day guided on the Tongariro is NZ$750 for one or two anglers, including all gear and lunch. March is a lovely time here. What dates are you thinking?
> Hemi""",
         [Y, Y, Y, N, N], ["request", "yes/no", "yes/no", "yes/no", "yes/no"],
         """\
Hi Rick,

Great news on the flights. Saturday 6 March is yours – I've got you in the book for a full day, meeting at 7:30 at the Tūrangi i-SITE car park.

Carol is very welcome to come along. The river track is lovely that time of year, and there's a good spot for a thermos at the Red Hut pool.

The licence isn't included. The Taupō fishery has its own licence, separate from the rest of the country, and you can buy a day or week licence online before you come.‸ I'll bring a spare rod in case the wind gets up.

Hemi"""),

    case("""\
Hemi,

I understand you can't control the weather, but a text at 6.10am when we'd already driven down from Hamilton the night before and paid for a motel isn't good enough. The forecast had been showing heavy rain for three days. ⟦Why weren't we told the evening before?⟧

I don't want to rebook – we won't be back down this way before winter. ⟦Please refund the $750 to my card.⟧ ⟦I'd also like you to cover our motel, which was $189.⟧

Regards,
Andrew Te Huia

From: Hemi Walker <hemi@tongarirodrift.example.co.nz>
Sent: Saturday, 5 December 2026 6:10 a.m.
To: Andrew Te Huia
Subject: Today's trip – cancelled

Kia ora Andrew, sorry mate, the river's in flood this morning (over 200 cumecs) and it's not safe to wade. Can we rebook you? Hemi""",
         [Y, Y, N], ["why", "request", "request"],
         """\
Kia ora Andrew,

Fair enough, and I'm sorry you made the trip for nothing.

The river was at 60 cumecs and perfectly fishable at 9pm on Friday, so I had no reason to call it then. The real rain arrived on the mountain overnight, much heavier than forecast, and by 5:30am the gauge was past 200 and climbing. I texted you as soon as I'd seen it.

I've refunded the full $750 to your card this morning. I know it's been an expensive weekend for you both.‸

Hemi"""),

    case("""\
Hemi – photos attached as promised! The one of Josh with his first rainbow is already framed on his bedroom wall. Best Saturday we've had in years, what a fish eh?

Thanks heaps,
Nadia

On Tue, 1 Dec 2026 at 21:02, Hemi Walker <hemi@tongarirodrift.example.co.nz> wrote:
> Kia ora Nadia,
> All confirmed for Saturday, 8am at the Major Jones Bridge. Could you send me a couple of photos afterwards for the website? Happy to credit you.
> Hemi""",
         [], [],
         """\
Kia ora Nadia,

Thanks heaps for these – Josh's grin says it all. I'll pop a couple on the website this week with your name on them.

Tight lines,
Hemi""", quoted_only=True),

    case("""\
Dear Mr. Walker,

I am fly fisherman from Osaka. I will visit New Zealand in next July with my friend. ⟦Please tell me which rod weight is good for Tongariro River in winter.⟧ I have 5 weight and 7 weight. ⟦How many fish we can catch in one day, usually?⟧ ⟦Is it possible to fish in the night?⟧ ⟦We hope to book 2 days guide, 13 and 14 July.⟧ ⟦Where is the meeting place?⟧

Best regards,
Kenji Matsuda""",
         [Y, N, Y, Y, N], ["which", "how much", "yes/no", "request", "where"],
         """\
Dear Kenji,

Thank you for your email. July is the heart of our winter run, a great time to come.

Please bring the 7 weight. The winter fish are big and strong, and we fish heavy nymphs in fast water, which is hard work for a 5 weight.

Every day on the river is different, and the run can be busy one week and quiet the next.‸ We don't guide at night, because the river is too dangerous to wade in the dark.

I have booked you and your friend for two full days, Tuesday 13 and Wednesday 14 July, and I will send you the details closer to the time.

Best regards,
Hemi Walker"""),

    # --- Adire Waters Fish Farm (catfish farm: live and smoked fish, fingerlings, training; Abeokuta, Nigeria)
    case("""\
Good afternoon ma,

Compliments of the season. Please I want to order live catfish for our family end of year party in Ikeja, about 25kg, medium size for pepper soup. ⟦Do you deliver to Lagos⟧ and ⟦how much is the delivery?⟧ The party is Saturday 26 December but ⟦can the fish come on Thursday 24th so my boys can kill and clean them before?⟧ Also ⟦kindly tell me your price per kg.⟧

Thank you and God bless.
Mrs Chinyere Okonkwo
0802 555 0187""",
         [Y, N, Y, Y], ["yes/no", "how much", "request", "how much"],
         """\
Good afternoon Mrs Okonkwo,

Compliments of the season to you too, and thank you for thinking of us.

Yes ma, we deliver live fish to Lagos every Tuesday and Thursday in aerated tanks, so Thursday 24th is no problem. The fish will reach you in Ikeja before 2pm, alive and kicking. Medium size (about 1kg each) is ₦4,200 per kg.

For the delivery, it depends on the total weight and the route on the day.‸

Kindly confirm the quantity and your address, and I will send our account details.

Warm regards,
Folake Adeyemi
Adire Waters Fish Farm, Abeokuta
0803 555 0121"""),

    case("""\
Dear Sir/Ma,

I am starting a catfish farm in Ijebu-Ode with six concrete ponds and I was referred to you by Mr Bayo of Odeda. Please find my questions below:

1. ⟦Price of juveniles (about 8 weeks) per 1,000⟧
2. ⟦Do you give any guarantee on survival during transport?⟧
3. ⟦I will need 6,000 pieces delivered in the second week of January⟧
4. ⟦When is your next training for new farmers⟧ and ⟦the fee?⟧

I look forward to your reply.

Yours faithfully,
Engr. Olumide Bakare""",
         [Y, N, Y, Y, N], ["how much", "yes/no", "request", "when", "how much"],
         """\
Dear Engr. Bakare,

Thank you for your email, and greetings to Mr Bayo.

Our 8-week juveniles are ₦130,000 per 1,000, and we can deliver your 6,000 pieces to Ijebu-Ode on Wednesday 13 January, early in the morning while it is cool. We pack them at low density in oxygenated bags, so losses on the road are rare.

Our next training for new farmers is on Saturday 23 January, here at the farm, covering pond preparation, feeding and water management.‸

Yours faithfully,
Tunde Ogunleye
Sales Officer"""),

    case("""\
Good day,

I am very disappointed. I ordered 3 cartons of smoked catfish on 1st December for my shop in Yaba and when we opened the second carton on Saturday, at least half of the fish had white and green mould. I cannot sell this to my customers. I have been buying from you since 2024 and this has never happened.

⟦Please replace the second carton immediately.⟧ ⟦Who will pay for the transport of the bad carton back to you, because I am not paying it.⟧ And ⟦how do I know the third carton is safe?⟧

Alhaja Ramota Bello
Bello Provisions, Yaba

Sent from my Samsung Galaxy smartphone.""",
         [Y, Y, Y], ["request", "which", "how"],
         """\
Dear Alhaja,

I am very sorry. You have been a loyal customer, and this should not have happened.

Please don't send the bad carton back; there is no need for anybody to pay transport on it. Just take a few photos for our records and destroy it. A fresh carton will come to your shop on our Thursday Lagos run, 10 December.

For the third carton, open it and check each fish: a good one is hard and dry all through, with a smoky smell and no soft or damp spots. If you see any sign of mould, set it aside and we will replace that carton too.

Regards,
Folake Adeyemi"""),

    case("""\
Hi Folake,

Thanks for your time on the phone yesterday. As we discussed, ⟦please send 2 cartons of the smoked catfish to my mum in Bodija, Ibadan, before Christmas.⟧ Her address is 14 Ajibode Close, off Awolowo Avenue. ⟦Can I pay by card from here in the UK, or do I need someone to do a transfer in Naira?⟧ You mentioned you might have a driver going to Ibadan anyway next week – ⟦if so, would that make the delivery cheaper?⟧

Thanks so much,
Bisi Adewale (London)

-----Original Message-----
From: Bisi Adewale <bisi.adewale@example.co.uk>
Sent: 05 December 2026 10:12
To: sales@adirewaters.example.com.ng
Subject: Smoked fish to Ibadan

Hello, do you deliver to Ibadan? Can someone call me on +44 7700 900582? Thanks""",
         [Y, Y, N], ["request", "which", "yes/no"],
         """\
Hi Bisi,

Lovely to speak with you. Two cartons will go to your mum in Bodija on Tuesday 15 December, and our driver will call her before he arrives.

You can pay by card from the UK: I'll email you a Paystack link today, which takes pounds and converts at the day's rate.

Yes, our driver goes to Ibadan every other Tuesday for our shop customers there.‸

Warm regards,
Folake"""),

    case("""\
pls ⟦how much is ur fingerlings⟧ 🙏🏾 ⟦wher is ur farm exactly⟧ ⟦u dey open sunday⟧

Sent from my iPhone""",
         [Y, Y, N], ["how much", "where", "yes/no"],
         """\
Hello,

Our fingerlings are ₦50 each, or ₦45 each if you take 1,000 or more. 🐟

The farm is about 15km out of Abeokuta on the Ibadan road. Turn left at the blue Adire Waters sign after the filling station, and we are at the end of the untarred road. Come early in the day if you can, before the sun is hot, so the fingerlings travel well.‸

Tunde
Adire Waters Fish Farm"""),

    # --- Lekki Grip & Lights (film and TV equipment rental, Lagos, Nigeria) -------------------------
    case("""\
Hello Emeka,

We're shooting a feature in Ikoyi and Epe from Monday 11 January for 12 days. I've attached our kit list from the DOP. Key items:

- Alexa Mini with a set of Cooke primes
- 2x Aputure 1200d, 4x 600d, with stands and diffusion
- 60kVA silent generator

⟦What's your best rate for the package for 12 days?⟧ ⟦Does the generator price include diesel?⟧ ⟦We also need a driver for the grip truck.⟧ ⟦Kindly let me know if your team can do a camera test on Friday 8 January.⟧

Thanks,
Adaeze Eze
Line Producer, Red Earth Pictures""",
         [N, Y, N, Y], ["how much", "yes/no", "request", "yes/no"],
         """\
Hi Adaeze,

Thanks for the list – it's a big one, and we're excited!

The generator is priced without diesel, which we bill at cost when the job wraps; the 60kVA uses roughly 150 litres on a full shooting day. The grip truck is free for all twelve days.

Friday 8 January works for the camera test. Come to the Lekki warehouse from 10am, and we'll have the Alexa built with the Cookes.

I need to check the Cooke set against another booking that week before I can price the full package.‸

Best,
Emeka Nwankwo
Rentals Manager, Lekki Grip & Lights"""),

    case("""\
Hi, I'm a final year film student at UNILAG. ⟦Do you give student discount?⟧ And ⟦how much deposit for a Sony FX6 for 2 days?⟧ ⟦Where do I pick it up?⟧ Thanks.
Tobi""",
         [Y, Y, Y], ["yes/no", "how much", "where"],
         """\
Hi Tobi,

Yes, we take 20% off for students with a valid school ID. The FX6 kit is ₦85,000 a day, so ₦68,000 a day for you, and the refundable deposit is ₦300,000, paid by transfer before pickup.

Pickup and return are at our warehouse on Admiralty Way, Lekki Phase 1, any day between 8am and 6pm.

Good luck with the final project!
Emeka"""),

    case("""\
Emeka,

I returned the 35mm and 50mm lenses on Wednesday in the same condition I collected them. Today I get an email that ₦250,000 will be withheld from my deposit for a "scratch on the front element". Nobody checked the lenses with me when I collected or when I returned. This is not how to treat a customer who has rented from you five times this year.

⟦Send me the photos of this scratch and the check-out report from when I collected.⟧ ⟦I want my full deposit back by Friday.⟧ ⟦Who exactly inspected it?⟧

Ifeanyi Okafor

On Sat, 5 Dec 2026 at 14:20, Lekki Grip & Lights <rentals@lekkigrip.example.com.ng> wrote:
> Dear Ifeanyi,
> Following inspection of returned items (Order LG-7731), a scratch was found on the front element of the 35mm lens. ₦250,000 will be deducted from your deposit to cover repair. Please let us know if you have any questions.
> Lekki Grip & Lights""",
         [Y, N, Y], ["request", "request", "which"],
         """\
Dear Ifeanyi,

You're right that nobody went through the lenses with you at collection or return, and that's on us. I've attached the photos Samuel, our lens technician, took when he inspected them on Thursday. There's no written check-out report for your collection; there should have been, and I'm sorry.

I've asked Samuel to look at the lens again with me on Wednesday before anything is deducted.‸

Emeka"""),

    case("""\
Dear Emeka,

Thank you for the quote (LG-Q-2291). We're happy with the kit list and would like to confirm the booking for the documentary shoot from 1 to 6 February.

Our finance team have asked for a few points before they release payment:
• ⟦Can you invoice in US dollars rather than naira?⟧
• ⟦A copy of your equipment insurance certificate⟧
• ⟦Is the 10% deposit refundable if we cancel more than 30 days ahead?⟧

⟦Please could you also add a local gaffer who knows the kit to the quote?⟧

Kind regards,
Harriet Ansell
Production Manager, Blackwater Docs
+44 7700 900457

From: Emeka Nwankwo <rentals@lekkigrip.example.com.ng>
Sent: 03 December 2026 16:02
To: Harriet Ansell <harriet@blackwaterdocs.example.co.uk>
Subject: Quote LG-Q-2291

Dear Harriet, please find our quote attached. Kindly let us know if you would like to proceed.""",
         [Y, Y, N, Y], ["yes/no", "request", "yes/no", "request"],
         """\
Dear Harriet,

Wonderful – we're glad to have you.

We can only invoice in naira, I'm afraid, but your finance team can pay from a dollar account and the bank will convert at the day's rate. Our equipment insurance certificate is attached.

The 10% deposit secures the kit for your dates, and we take it off our availability once it's paid.‸

I've added Kunle Adebayo, our senior gaffer, who knows every light on your list, at ₦120,000 per day; the revised quote is attached.

Best regards,
Emeka Nwankwo"""),

    case("""\
Forwarding Kola's note as promised on the phone. Speak soon.

Dayo

Begin forwarded message:

From: Kola Ajayi <kola.dop@example.com>
Subject: Lenses for the Badagry shoot
Date: 4 December 2026 at 22:41:07 WAT
To: Dayo Martins <dayo@example.com>

Dayo, can you check with Lekki if they have the anamorphic set free for the 20th? And whether the Easyrig comes with the vest. Thanks bro""",
         [], [],
         """\
Hi Dayo,

Thanks for passing this on. The anamorphic set is free for the 20th, and I've put a hold on it in your name until Friday. The Easyrig comes with its vest and both arms.

Emeka""", quoted_only=True),

    # --- Ngecha Hills Tea Estate (tea-estate tours, lunches and tea shop, Limuru, Kenya) -------------
    case("""\
Dear Wanjiru,

Greetings. We are planning a team-building day for our finance department (25 staff) on Friday 29 January and your estate has been highly recommended. Kindly assist with the following:

1. ⟦Cost per person for the tour with lunch⟧
2. ⟦Whether you can arrange transport from our office in Westlands⟧
3. ⟦Please confirm you can cater for four vegetarians and one person who does not take gluten.⟧
4. ⟦Please issue the quotation with your KRA PIN, as our procurement requires it.⟧

Looking forward to your response.

Regards,
Peter Mwangi Gachanja
HR Officer, Kilimani Mutual Sacco
Tel: +254 20 555 0173""",
         [Y, Y, N, N], ["how much", "yes/no", "request", "request"],
         """\
Dear Peter,

Thank you for choosing Ngecha Hills for your team.

The guided tour with tea tasting and a three-course lunch is KSh 3,800 per person for groups of 20 or more, and lunch is served in the garden under the jacarandas.

We don't have our own vehicles, but we often work with Safiri Shuttles, who can bring your team from Westlands in a 29-seater for about KSh 22,000 return. I can book them for you if you wish.

Our accounts office will send you the formal quotation.‸

Kind regards,
Wanjiru Kamau
Visitor Experience, Ngecha Hills Tea Estate"""),

    case("""\
Hi Wanjiru,

Thank you so much for the info! We'll be in Nairobi over the holidays visiting my husband's family and we'd love to come out with his parents. ⟦Are you open on Christmas Day, or would the 26th be better?⟧ ⟦Can you pick us up from the Jacaranda Court hotel in Westlands?⟧ His dad is 79 and not great with stairs, so ⟦I'm also wondering if the tasting room is on the ground floor.⟧

Thanks again!
Jess (and Otieno)

On Wed, Dec 2, 2026 at 9:14 AM Ngecha Hills Tea Estate <visits@ngechahillstea.example.co.ke> wrote:
> Dear Jess,
> Thank you for your enquiry. Our tours run daily at 10am and 2pm and cost KSh 3,500 per adult including lunch. Please let me know your preferred date.
> Wanjiru""",
         [Y, N, Y], ["which", "request", "yes/no"],
         """\
Dear Jess,

How lovely that you'll be bringing his parents along! 😊

We close on Christmas Day so that our staff can be with their families, but Saturday 26 December is open, and the 10am tour tends to be quieter on Boxing Day. Our tasting room and dining room are both on the ground floor, with a ramp from the car park, so Otieno's father will be fine.‸

Shall I reserve four places at 10am on the 26th?

Warm regards,
Wanjiru"""),

    case("""\
Dear Madam,

I am the Agriculture teacher at St. Anne's Girls Secondary, Kikuyu. We wish to bring our Form Three students (about 60 girls and 4 teachers) for an educational visit in the first term, preferably Thursday 18 February. ⟦What is the charge for students?⟧ ⟦Can the girls carry their own packed lunch instead of buying lunch at the estate?⟧ ⟦Kindly also advise whether there is a talk on tea processing suitable for KCSE agriculture.⟧

Thank you.
Mrs Grace Njoroge
0733 555 218""",
         [Y, Y, N], ["how much", "yes/no", "yes/no"],
         """\
Dear Mrs Njoroge,

Thank you for your letter. We welcome schools and would be glad to host your Form Three class on Thursday 18 February.

Our school rate is KSh 600 per student, and teachers come free. The girls are welcome to bring packed lunches; there is a picnic lawn by the dam where school groups eat, with shade and toilets nearby.

Our field manager, Mr Kiprono, will take the group through the tea bushes and the withering shed.‸

Kind regards,
Wanjiru Kamau"""),

    case("""\
Hello,

This is the third time I am writing about order NH-4410. The tea was supposed to arrive for my mother-in-law's birthday on 2nd December and it only came on Friday, and DHL made me pay €31 customs before they would release it. Nobody told me there would be customs. Your website says "we ship worldwide, all inclusive."

⟦I want the €31 refunded.⟧ ⟦Please also explain why nobody answered my last two emails.⟧ ⟦Is this going to happen every time I order?⟧ Because I was planning to order for Christmas too.

Regards,
Akinyi Schmidt (Hamburg)

-----Original Message-----
From: Akinyi Schmidt <akinyi.schmidt@example.de>
Sent: Tuesday, 1 December 2026 08:55
To: shop@ngechahillstea.example.co.ke
Subject: Where is my order NH-4410??

Hello, my order has still not arrived. Can you please check the tracking?""",
         [Y, Y, N], ["request", "why", "yes/no"],
         """\
Dear Akinyi,

I'm very sorry about the late parcel, the customs charge and the silence. Your two earlier emails landed in our shop inbox during the week we were moving it to a new system, and they were missed. That shouldn't have happened, and I've now gone through everything that came in that week.

I've refunded the €31 to your card today. I've also asked our web team to correct the "all inclusive" wording on the shipping page.‸

Pole sana for the trouble, and I hope your mother-in-law enjoyed the tea in the end.

Wanjiru Kamau"""),

    case("""\
hello 😊 ⟦do u allow pre wedding photoshoots in the tea fields⟧ 💍 ⟦how much is it⟧ and ⟦is sunday ok⟧ we are thinking jan

Sent from my iPhone""",
         [Y, Y, Y], ["yes/no", "how much", "yes/no"],
         """\
Hello,

Yes, we do – the tea fields are beautiful for photos, especially in the late afternoon light. 📸 A photoshoot permit is KSh 5,000 for up to two hours, for the couple and a photographer. Sundays are fine: we open at 11am, and January weekends fill up, so book a few weeks ahead.

Karibu!
Wanjiru"""),

    # --- Tambach Road Altitude Camp (high-altitude running camp, Iten, Kenya) -----------------------
    case("""\
Dear Tambach Road Altitude Camp,

My name is Yuki Sato. I am marathon runner from Sendai, my best time is 2:31. I want to make training camp in Iten for 4 weeks in February and March, before Nagoya Women's Marathon. ⟦Please teach me the price for 4 weeks with coaching.⟧ ⟦Is it possible to have a Japanese-speaking staff?⟧ I think no, but I ask. ⟦Is the water safe for drinking?⟧ Also, ⟦how to go to Iten from Nairobi airport?⟧

Thank you very much.
Yuki Sato""",
         [Y, N, Y, Y], ["how much", "yes/no", "yes/no", "how"],
         """\
Dear Yuki,

Thank you for your message, and welcome! A 2:31 runner will fit in very well with our February group.

Four weeks of full board with daily coaching is US$2,380, including laundry and two massages a week. Our coaches speak simple, clear English, and many Japanese runners have trained with us over the years.‸

Please don't drink the tap water. Every room has a filter jug, and we refill it every day.

From Nairobi, the easiest way is a short flight to Eldoret (about one hour). We collect you at Eldoret airport, and the drive up to Iten takes 45 minutes.

Best regards,
Daniel Kiptoo
Tambach Road Altitude Camp"""),

    case("""\
Hi Daniel,

Thanks for the info pack – the committee loved it. We're now looking at ten of us (seven men, three women, club standard from 2:25 to 3:10 marathoners) for two weeks from Saturday 6 March. Questions from the group, in no particular order:

– ⟦Can you split us into two training groups by pace?⟧
– ⟦Single rooms for the three women if available⟧
– ⟦Is there a group discount for ten?⟧
– ⟦Can we get a weekly track session at Kamariny?⟧
– ⟦Airport pick-up from Eldoret for all ten on the 6th⟧

⟦Would you also be able to send an invoice in sterling for the 30% deposit, as our treasurer prefers that?⟧

Cheers,
Gareth Pugh
Club Secretary, Calderbrook Harriers

On Tue, 1 Dec 2026 at 19:33, Daniel Kiptoo <camp@tambachroadcamp.example.co.ke> wrote:
> Hi Gareth,
> Great to hear from Calderbrook Harriers. I've attached our info pack with prices and a sample training week. Let me know any questions.
> Daniel""",
         [Y, Y, N, Y, Y, N], ["yes/no", "request", "yes/no", "yes/no", "request", "request"],
         """\
Hi Gareth,

Brilliant – ten of you will make for a lively fortnight!

We'll split you into two pace groups with a coach each, and bring everyone together for the long run on Saturdays. The three women can have single rooms at an extra US$10 a night each. Tuesday is track day at Kamariny, so you'll get a session there every week, and we'll collect all ten of you from Eldoret on the 6th in our two vans.

The deposit invoice will come from our accounts team once you confirm the final names.‸

Cheers,
Daniel"""),

    case("""\
hey!! 🏃‍♀️ ⟦do y'all have wifi good enough for zoom calls⟧ bc i'd be working remote part time 💻 also ⟦can i bring my own supplements / gels or is that weird⟧ lol. and ⟦whats the earliest i could come, like jan 4⟧

sent from my phone, sorry for typos""",
         [Y, N, Y], ["yes/no", "yes/no", "when"],
         """\
Hey there!

Our main house has fibre internet that handles Zoom calls fine, and there's a quiet room you can book for meetings. 😊

We serve three big meals a day, plus fruit and chai after every run.‸

We reopen after the holidays on Monday 4 January, so the 4th works perfectly.

Daniel"""),

    case("""\
Daniel,

I landed in Eldoret on Saturday at 14:10 as I wrote in my booking and there was no driver. I waited more than an hour, called your number four times and sent WhatsApp messages. In the end I paid a taxi driver KSh 6,500 to bring me to Iten, which I think was too much but I had no choice with my bags.

⟦I expect the KSh 6,500 to be taken off my bill⟧, and ⟦I would like to know what happened.⟧ ⟦Will someone be at the airport when I fly out on 19 December?⟧ I need to be sure.

Mette Lindqvist

From: Mette Lindqvist <mette.lindqvist@example.dk>
Sent: 01 December 2026 09:47
To: camp@tambachroadcamp.example.co.ke
Subject: Booking – arrival 5 December

Hi, I arrive at Eldoret on 5 December at 14:10 from Nairobi. Please arrange the pick-up. Thanks, Mette""",
         [Y, N, Y], ["request", "why", "yes/no"],
         """\
Dear Mette,

I'm very sorry. Arriving after a long journey with nobody to meet you is the last thing we want for any runner, and you were right to be angry.‸

I've taken the KSh 6,500 off your bill, and Mercy at reception can show you the updated invoice today.

I'll drive you to Eldoret for your flight on Saturday 19 December myself. We'll leave the camp at 11:30, which gives us plenty of time.

Daniel"""),

    case("""\
Ciao Daniel,

Back in Torino and the legs still remember the hills of Iten! Yesterday I ran 10k in 33:40, my best ever, and it was cold and wet here – can you imagine what I could do in your sunshine? Grazie mille to you, coach Rono and all the team, and to Mama Chebet for the chapati.

A presto,
Marco

-- 
Marco Bellini
Run Club Torino – Why run alone?

On Wed, 2 Dec 2026 at 18:02, Daniel Kiptoo <camp@tambachroadcamp.example.co.ke> wrote:
> Safe travels home, Marco! If you have a moment, would you leave us a short review on our website? It helps other runners find us.
> Daniel""",
         [], [],
         """\
Ciao Marco,

33:40 in the cold and rain – fantastic! Coach Rono was very proud when I showed him, and Mama Chebet says you must come back for more chapati.

Rest well over Christmas, and karibu tena whenever you're ready.

Daniel""", quoted_only=True),

    # --- Maplegate Immigration Consulting (regulated immigration consultants, Toronto, Canada) ------
    case("""\
Good day Ma'am/Sir,

I am a registered nurse here in Cebu with 6 years experience in a tertiary hospital. I took IELTS last October (overall 7.5) and I am planning to apply for permanent residence in Canada through Express Entry. ⟦May I ask how much is your professional fee for the whole process?⟧ Also ⟦is it possible to do the consultation online since I am in the Philippines?⟧ I read that there are draws for healthcare workers. ⟦Do you think my chances are good?⟧

Thank you and God bless po.
Maricel Dela Cruz""",
         [Y, Y, N], ["how much", "yes/no", "yes/no"],
         """\
Dear Maricel,

Thank you for reaching out, and congratulations on your IELTS score.

Our professional fee for a complete Express Entry application, from profile to landing, is CAD $3,500, paid in three stages. Government fees (currently about $1,525 per adult, including the right of permanent residence fee) are separate and paid directly to IRCC. The consultation is $150 and can absolutely be done online – most of our clients abroad meet us by video.

Healthcare draws have been regular this year, and Anjali will go through your score with you at the consultation.‸ If you'd like to book, you can choose a time here: maplegateimmigration.example.ca/book.

Warm regards,
Jordan Tremblay
Client Services, Maplegate Immigration Consulting"""),

    case("""\
Respected Madam,

My study permit is expiring on 15th January 2027 and I have completed my diploma from Seneca in December. I want to apply for PGWP but my passport is expiring in March 2027. ⟦Kindly guide me whether I should renew the passport first or apply for PGWP now.⟧ ⟦What will happen if my permit expires while the application is in process?⟧ ⟦Please give me an appointment this week itself as the matter is urgent.⟧

Thanking you,
Rahul Verma
+1 (647) 555-0129""",
         [Y, Y, Y], ["which", "how", "request"],
         """\
Dear Rahul,

Thank you for writing. Please don't wait for the new passport: apply for your PGWP now. IRCC will only issue the permit up to your passport's expiry date, but once you've renewed it you can ask for the permit to be extended to its full length.

As long as your application is submitted before 15 January, you keep your status while IRCC processes it (this is called maintained status), and you can keep working while you wait if you meet the conditions. Nothing happens to you on the day your study permit expires.

Anjali has a 30-minute slot on Thursday 10 December at 4pm, by phone or video. Shall I book it for you?

Best regards,
Jordan Tremblay"""),

    case("""\
Ms. Mehta,

Nobody called me back on Saturday, so I'll put it in writing. Our sponsorship application was returned by IRCC on Friday as incomplete because the IMM 5532 was missing. We paid your firm $3,000 specifically so this would NOT happen. Now we've lost almost three months and my wife's visitor record runs out in February.

⟦I want a full refund of your fee.⟧ ⟦How was a required form left out when you reviewed everything twice, as you told us?⟧ ⟦What are you going to do to fix this before February?⟧

Daniel Kowalczyk

________________________________
From: Daniel Kowalczyk <d.kowalczyk@example.ca>
Sent: December 5, 2026 9:12 AM
To: Maplegate Immigration Consulting <info@maplegateimmigration.example.ca>
Subject: URGENT – sponsorship application returned

Please call me today. IRCC sent our application back.""",
         [N, Y, Y], ["request", "why", "how"],
         """\
Dear Daniel,

I'm truly sorry. This was our error, and I understand how worrying it is with Oksana's status running out.

I've gone through our file. The signed IMM 5532 is there, but when the forms were merged into the final upload it was left out, and our second check didn't catch it. I should have caught it myself.

We resubmitted your complete application this morning at no charge, with a letter explaining the return. I've also applied today to extend Oksana's visitor record, so she keeps her status while the sponsorship is in process. As a gesture, we'll refund $1,000 of our fee this week.‸

Anjali Mehta, RCIC
Maplegate Immigration Consulting"""),

    case("""\
Hello,

I am Brazilian and I live in Toronto with my partner Jason (he is Canadian) since 2 years. We are not married. I have a work permit until August 2027. We want to start the sponsorship. Please I need to know:

- ⟦we need to be married or common-law is ok⟧
- ⟦how long it takes now⟧
- ⟦I can keep working while we wait⟧
- ⟦the price of your service⟧

⟦Can we make the consultation in a Saturday?⟧ Jason works Monday to Friday.

Obrigada,
Fernanda Lima""",
         [Y, N, Y, N, Y], ["yes/no", "when", "yes/no", "how much", "yes/no"],
         """\
Hi Fernanda,

Thanks for your email. You don't need to be married: after living together for 12 months or more you count as common-law partners, and Jason can sponsor you on that basis.

You can keep working, too. As long as you apply before your work permit expires, you can stay and work, and you can also apply for an open work permit alongside the sponsorship.

Processing times at IRCC change from month to month, so it's worth checking the latest figure before you plan around it.

Our fee depends on whether we prepare the whole application or review one you've put together yourselves.‸ We do have Saturday morning consultations, and Anjali has openings on Saturday 12 December and Saturday 9 January.

Best regards,
Jordan Tremblay"""),

    case("""\
Hi Jordan, attached are my parents' bank statements for the last six months and the invitation letter signed by my husband and me. Hope it's everything!

Olena

Sent from my iPhone

> On Dec 3, 2026, at 2:14 PM, Jordan Tremblay <info@maplegateimmigration.example.ca> wrote:
> 
> Hi Olena,
> 
> For your parents' visitor visa, could you please send us their last six months of bank statements and a signed invitation letter? Also, do they have travel medical insurance booked yet?
> 
> Jordan""",
         [], [],
         """\
Hi Olena,

Got everything, thank you – both look good. The one thing still outstanding is travel medical insurance: once your parents have booked it, just send me the policy certificate and we can submit.

Jordan""", quoted_only=True),

    # --- Selkirk Line Avalanche Training (avalanche-skills courses, Revelstoke, British Columbia, Canada)
    case("""\
Hi – ⟦any AST 1 spots left in January?⟧ ⟦Weekend preferred.⟧ Also ⟦do you rent beacons or do I need my own?⟧

Thanks,
Owen""",
         [Y, Y, Y], ["yes/no", "request", "yes/no"],
         """\
Hi Owen,

Yes, there's still room. Both of our January AST 1 courses are on weekends: Saturday 9 and Sunday 10 January, or Saturday 23 and Sunday 24 January. You can book either one on our website.

We rent full rescue kits (beacon, shovel and probe) for $25 a day, so you don't need your own for the course.

Erin Dube
Selkirk Line Avalanche Training"""),

    case("""\
Bonjour,

I am from Sherbrooke and I come to Revelstoke in February with my boyfriend for ski touring. We want to do the AST 1 before. My English is not so good, ⟦is it possible to have the course in French?⟧ ⟦If not, the instructor can speak slowly?⟧ 😅 Also ⟦the price is with the taxes or no?⟧ And ⟦we need to have skins and touring skis for the field day, or the splitboard is ok?⟧ My boyfriend is a snowboarder.

Merci beaucoup!
Émilie Gagnon""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "yes/no", "yes/no"],
         """\
Bonjour Émilie,

Good news: yes! Mathieu, one of our instructors, is from Rimouski and teaches an AST 1 in French on Saturday 13 and Sunday 14 February.

The course is $395 per person.‸

For the field day you'll both need a touring setup with skins. A splitboard is perfect for your boyfriend – we have lots of splitboarders on our courses.

À bientôt,
Erin"""),

    case("""\
Hey Erin,

Long story short, there are six of us who ride together most weekends out of Sicamous, been sledding for years but never done any proper avalanche training, which my wife reminds me about every time I load the trailer. Last March one of the guys got partly buried on a slope near Owlhead that none of us thought twice about, and we dug him out with our hands because only two of us had shovels on us. Everybody’s fine but it shook us up pretty good. So we’re finally doing this right. ⟦Do you run a sled-specific AST 1, or is it the same course as the skiers?⟧ ⟦We’d want to do it as a private group, ideally the weekend of January 16–17.⟧ ⟦What would that run us for six?⟧ Two of the guys are coming from Vernon. And ⟦is there any chance you could do the classroom part in the evening on the Friday so we get more time on the hill?⟧

Thanks,
Rob Lachance""",
         [Y, Y, N, N], ["yes/no", "request", "how much", "yes/no"],
         """\
Hey Rob,

Glad everyone came out of that OK, and good on you for getting the crew trained.

We do run a sled-specific AST 1: same standard, but the field day is on sleds out of the Boulder Mountain trailhead, and we cover things like high-marking and choosing regrouping spots that the ski course skips. January 16–17 is open for a private group of six, and I've pencilled you in.

Private courses are priced per day depending on the number of guides, so I'll get that worked out and come back to you.‸

Erin"""),

    case("""\
Hi Erin,

I did the AST 1 this past weekend and I have to say the second day was a letdown. We were in the field for barely two hours on Sunday before the instructor turned us around because of the wind, then spent the afternoon back in the classroom watching videos. I paid for a field day. ⟦Can I come back for a field day on another course at no cost?⟧ ⟦If not, I'd like a partial refund.⟧ ⟦I'm also wondering why the course wasn't just moved to a better day when the forecast was bad all week.⟧

Thanks,
Dana Whitford

On Fri, Dec 4, 2026 at 4:02 PM Selkirk Line Avalanche Training <courses@selkirkline.example.ca> wrote:
> Hi everyone, see you tomorrow at 8:30 at the shop for AST 1! Bring lunch, water and warm layers. Any questions, just reply.""",
         [Y, Y, N], ["yes/no", "request", "why"],
         """\
Hi Dana,

Thanks for the honest feedback. Two hours in the field isn't what anyone signs up for.

Luc turned the group around because the wind was loading the slopes above the skin track faster than he liked, and that's exactly the kind of call we teach on the course.‸

You're welcome to join the field day of any AST 1 this season at no charge – just pick a Sunday on our calendar and reply with the date, and I'll add you to the list.

Erin"""),

    case("""\
Hi Erin, see below from our principal – easier if you read it straight from him. Thanks again for all your help with this.

Lauren Kwan
Outdoor Education, Revelstoke Secondary

---------- Forwarded message ---------
From: Harjit Singh <hsingh@sd19.example.ca>
Date: Thu, Dec 3, 2026 at 3:47 PM
Subject: Re: Grade 11 AST 1 trip
To: Lauren Kwan <lkwan@sd19.example.ca>

Lauren, before I sign off on this, can Selkirk Line confirm that all instructors hold current first aid, and send a certificate of liability insurance naming the school district as additional insured? Thanks, Harjit""",
         [], [],
         """\
Hi Lauren,

No problem at all. All three instructors on your course hold current 80-hour Advanced Wilderness First Aid, and I've asked our broker for a certificate naming School District 19 as additional insured. I'll send it to you and Mr. Singh as soon as it arrives, likely by Wednesday 9 December.

Erin""", quoted_only=True),
]
