"""Hand-written cases of the `questions` held-out set 22 (built by build_questions_holdout22.py).

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one
value per marked span in order, and the draft holds one ‸ where the missing answer belongs (only when
something is unanswered). "Today" is Monday 7 December 2026.

Businesses (invented): a sheep-shearing contractor, a US septic-pumping company, a church-organ
builder, a US laboratory-supply wholesaler, a district council's allotments desk, a falconry and
bird-control business, a US sawmill, a podiatry clinic, a model-railway shop, a US wildlife-removal
company, a monumental mason, a catering-equipment engineer, a US archery range and pro shop, and a
borehole-drilling and water-testing firm.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Fleece & Blade Shearing (UK sheep-shearing contractor) -------------------------------
    case("""⟦can u do 140 ewes at Lower Cwm week of 7 june⟧ ⟦what are you charging a head these days⟧

Gareth

Sent from my iPhone""",
         [Y, N], ["yes/no", "how much"],
         """Hi Gareth,

Yes, we can fit Lower Cwm in that week. Rhys has the Tuesday and Wednesday free, so pencil in Tuesday 8 June and we'll confirm the day before depending on the weather. Rates for 2027 are going up slightly because of fuel, and we'll send the full price list out in the new year. ‸

Cheers,
Megan
Fleece & Blade Shearing"""),

    case("""Hello,

I hope you don't mind me writing, I got your details from the notice board at the feed merchants in Leominster. We moved here from Birmingham two years ago and somehow ended up with eleven Ryeland ewes and a very bad-tempered ram called Clive (long story, my daughter named him). Last year a friend of a friend sheared them but he's moved to New Zealand, which seems to be what shearers do. ⟦I was wondering whether you take on small flocks like ours or if it's not worth your while for under a dozen.⟧ We're about four miles out of Kingsland on the Shobdon road. The ewes are quiet enough but Clive will need catching by somebody braver than me. I also don't really know what to do with the fleece afterwards, last year it sat in the barn until the mice found it. ⟦Do you take the wool away or is that up to us?⟧ Anyway, sorry for the essay.

Kind regards,
Harriet Lomax
Brook Cottage, Kingsland
07700 900236""",
         [Y, N], ["yes/no", "which"],
         """Dear Harriet,

Thanks for getting in touch, and for the story about Clive, which made the whole office laugh. We're happy to do small flocks: in late June we run a smallholder round that groups several small flocks in the same area on one day, which keeps the call-out charge down, and Kingsland is right on that route. Rams are no problem either; our shearers have met plenty of Clives. ‸

I'll add you to the list for the round and send you a date in May.

Best wishes,
Megan
Fleece & Blade Shearing"""),

    case("""Megan,

Further to my phone call this morning. Three of the shearlings Dean did on Friday have nicks deep enough that I've had the vet out, and one needed stitching. That's £96 in vet fees I didn't budget for. ⟦I want that taken off the invoice.⟧ And ⟦why was he working on his own with a flock that size when you told me there'd be two of you?⟧

⟦I'd also like to know if you're actually insured for this kind of thing, because the vet asked me.⟧

Tom Pryce
Pentre Farm

From: Megan Ellis <megan@fleeceandblade.example.co.uk>
Sent: Thursday, December 3, 2026 4:12 PM
To: Tom Pryce <tom.pryce@example.co.uk>
Subject: Winter shearing Friday

Hi Tom, confirming Dean and Liam will be with you from 7am Friday for the 260 housed ewes. Please have them penned and dry. Any questions, let me know.

Megan""",
         [Y, Y, N], ["request", "why", "yes/no"],
         """Dear Tom,

I'm really sorry about the shearlings, and I'm glad the vet could see them quickly. I've taken the £96 off your invoice and attached a corrected copy.

Liam went home sick on Friday morning, and Dean should have rung you before carrying on alone rather than pressing on with the whole flock. I've spoken to him about it, and that one's on us. ‸

Regards,
Megan Ellis
Fleece & Blade Shearing"""),

    case("""Perfect, thanks Megan. See you then.

Alun

On Fri, 4 Dec 2026 at 09:31, Megan Ellis <megan@fleeceandblade.example.co.uk> wrote:
> Hi Alun,
> Would Monday 11 January suit for the hoggs? And can you let me know roughly how many there are this year, so I send the right number of shearers?
> Megan""",
         [], [],
         """Hi Alun,

Great, we'll see you on Monday 11 January. Dean will be there from 7.30.

Megan""",
         quoted_only=True),

    case("""Good morning,

We are new customers, we have bought the farm Tyn y Coed near Llanidloes in October. We have 300 Texel cross ewes, lambing is in April. ⟦Please can you tell me if it is possible to do also the crutching before lambing, in March?⟧ ⟦What is the price for crutching only⟧, and ⟦must the sheep be dry the same as for shearing?⟧ In Netherlands we did this ourself but my husband has now a problem with his back.

Also ⟦I like to know when you can come for the shearing in summer, because we want to plan the holiday.⟧

Thank you very much,
Anouk de Vries""",
         [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "when"],
         """Dear Anouk,

Welcome to the area, and thank you for thinking of us. We can crutch before lambing: we do a March round near Llanidloes every year and I've added you to it. Crutching is £0.85 a head plus a £40 visit charge. They do need to be dry, just as for shearing, so please keep them in the night before if rain is forecast.

For the summer shearing, we'll be in touch nearer the time to arrange a date that suits you. ‸

Best wishes,
Megan
Fleece & Blade Shearing"""),

    # --- Prairie Septic Services (US septic pumping) --------------------------------------------
    case("""Hi there,

We just closed on a house at 2214 County Road K, Ames, and the inspector said the septic should be pumped before we move in on January 15. A few questions:

1. ⟦Do you have any openings the week of January 4?⟧
2. ⟦How much is a standard pump-out for a 1,000 gallon tank?⟧
3. ⟦Do we need to dig up the lid ourselves or do you handle that?⟧
4. ⟦Can you send me a copy of the pumping report afterward for our lender?⟧

Thanks so much,
Priya Raman
(515) 555-0142""",
         [Y, Y, Y, N], ["yes/no", "how much", "which", "request"],
         """Hi Priya,

Congratulations on the new house! We have Tuesday, January 5 and Thursday, January 7 open in the Ames area, so just reply with whichever works and I'll put you down. A standard pump-out for a 1,000 gallon tank is $365, and that includes up to 12 inches of digging to find the lid; if it's deeper than that, there's a $60 excavation charge. ‸

Thanks,
Dana
Prairie Septic Services"""),

    case("""Your driver came out on Friday, pumped the tank and left our lawn looking like a tractor pull. There are ruts 8 inches deep from the driveway to the back fence and he drove right over the sprinkler line.

⟦Who is going to pay to fix the sprinkler line?⟧ ⟦I want someone out here this week to look at the damage.⟧ I called twice this morning and got voicemail both times. ⟦What number should I call where someone will actually pick up?⟧

Gary Voss
1807 Wren Hollow Rd""",
         [N, Y, Y], ["which", "request", "which"],
         """Dear Mr. Voss,

I'm very sorry about the state of your lawn and the sprinkler line, and about the missed calls this morning; our office line was down for a couple of hours. Our operations manager, Luis, will come out on Thursday, December 10 between 1 and 3 pm to look at the ruts and the sprinkler damage with you. ‸ You can reach me directly at (319) 555-0177. That's my desk line, not the main switchboard.

Sincerely,
Dana Kowalski
Prairie Septic Services"""),

    case("""Hi Dana,

Thanks for getting us in so fast. Quick follow-up on the invoice that came through this morning: it says $485 but the quote you gave me below was $365. ⟦Can you explain the difference?⟧ And ⟦is the $120 for the riser something we have to have, or was that optional?⟧ Nobody mentioned it on the day.

Thanks,
Marcus

On Tue, Dec 1, 2026 at 10:14 AM Dana Kowalski <dana@prairieseptic.example.com> wrote:
> Hi Marcus,
> A standard pump-out is $365 for tanks up to 1,000 gallons. Does Wednesday morning work for you?
> Dana""",
         [Y, N], ["why", "which"],
         """Hi Marcus,

Happy to explain. The $365 covers the pump-out itself. When Jake opened your tank, the lid was 20 inches down, so he fitted a riser to bring it up to ground level, and that's the $120. ‸

Best,
Dana"""),

    case("""⟦Do you service Story County on weekends?⟧

Sent from my iPhone""",
         [Y], ["yes/no"],
         """Hi,

We do: Saturdays 8 am to noon, with a $75 weekend surcharge. Sundays are for emergencies only.

Dana
Prairie Septic Services"""),

    case("""Hello Dana,

I manage 14 rental homes for Cornfield Property Group, all on septic, spread between Nevada, Colo and Maxwell. We've been scheduling pump-outs one at a time and it's a mess. ⟦Could you put together a quote for pumping all 14 on a three-year rotation?⟧ ⟦I'd also like to know whether you can coordinate directly with the tenants for access, or whether that has to go through our office.⟧ Lastly, ⟦how do you handle it if a tank fails inspection during a visit?⟧

Best regards,

Janelle Ortiz
Property Manager, Cornfield Property Group
(515) 555-0163

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s). If you are not the intended recipient, please notify the sender and delete this message.""",
         [Y, Y, N], ["request", "which", "how"],
         """Hi Janelle,

Thanks for reaching out. A rotation makes a lot of sense for a portfolio like yours. Could you send me the addresses and tank sizes, if you have them? Once I have those, I'll get a quote to you within two business days.

We're happy to contact tenants directly to arrange access. We just need a phone number for each, and we'll copy your office on every booking confirmation. ‸

Best,
Dana Kowalski
Prairie Septic Services"""),

    # --- Harwell Organ Builders (UK church-organ tuning and repair) ----------------------------
    case("""Dear Mr Harwell,

I write on behalf of the PCC of St Michael and All Angels, Little Tew. As you may remember, you tuned our organ in the spring of last year. Since the heating was changed in October the Swell reeds have gone badly out, and our organist, Mrs Dacre, says the trumpet is now "unplayable", which I am told is a technical term. We have a carol service on Sunday 20 December and a wedding on Saturday 9 January. ⟦Would it be possible for someone to come and tune the reeds before the 20th?⟧ ⟦If so, could you let me know the cost beforehand, as the PCC will need to approve it?⟧

I should add that the vestry key is kept at Church Cottage opposite.

Yours sincerely,
Geoffrey Ashby
Churchwarden""",
         [Y, N], ["yes/no", "how much"],
         """Dear Mr Ashby,

Thank you for your letter, and please pass my sympathies to Mrs Dacre about the trumpet. We can come on Wednesday 16 December in the afternoon, in good time for the carol service, and I'll collect the key from Church Cottage on the way.

A reed tuning is usually quite a straightforward visit, and we always try to keep costs as reasonable as we can for village churches. ‸

Yours sincerely,
Simon Harwell
Harwell Organ Builders"""),

    case("""Hi Ruth,

The blower on the chapel organ tripped the fuse again this morning, third time this term. ⟦Any idea why it keeps doing that?⟧ Our site team checked the socket and it's fine. ⟦Can Simon have a look when he's next in for the January tune?⟧ Or ⟦is it something we shouldn't be leaving that long?⟧

Thanks,
Olivia Grant
Director of Music, Ashcombe School

From: Ruth Harwell <office@harwellorgans.example.co.uk>
Sent: 01 December 2026 11:02
To: Olivia Grant <o.grant@ashcombe.example.sch.uk>
Subject: RE: Chapel organ

Hi Olivia, the January tune is booked for Tuesday 12 January. Let me know if anything comes up before then.
Ruth""",
         [Y, Y, Y], ["why", "request", "yes/no"],
         """Hi Olivia,

Sorry to hear it's tripping again. From what you describe, it sounds like the starting capacitor on the blower motor, which tends to go on older blowers: as it weakens, the motor draws too much current on start-up and trips the fuse. It isn't dangerous, but I'd rather not leave it until January in case the motor burns out, so Simon will call in on Thursday 10 December after his job in Marlborough and take a look then.

Best wishes,
Ruth"""),

    case("""Thank you Ruth, that's all clear now. I'll tell the vicar.

Best,
Anne

On Thu, 3 Dec 2026 at 14:20, Ruth Harwell <office@harwellorgans.example.co.uk> wrote:
> Dear Anne,
> Simon says the cipher on the Great Open Diapason is most likely a sticking pallet. He can free it on his next visit.
>
> On Wed, 2 Dec 2026 at 19:45, Anne Whitlock <anne.whitlock@example.org.uk> wrote:
>> One note on the Great keeps sounding after I let go. Is this something serious? And should I stop using the organ until it's fixed?""",
         [], [],
         """Dear Anne,

You're welcome. Simon has you down for Friday 8 January; if the cipher gets worse before then, just switch off at the blower and give me a ring.

Best wishes,
Ruth""",
         quoted_only=True),

    case("""Dear Simon,

See below from the Archdeacon's office: they want paperwork before the faculty application can go in. ⟦Could you send me a short written report on the organ's condition and what the restoration would involve?⟧ And ⟦roughly how long would the organ be out of action?⟧ I'm trying to avoid Easter if we possibly can.

Revd Clare Mbeki

---------- Forwarded message ---------
From: Archdeacon's Office <archdeacon@diocese.example.org.uk>
Date: Fri, 4 Dec 2026 at 10:05
Subject: St Luke's organ faculty
To: Revd Clare Mbeki <vicar@stlukesbrayford.example.org.uk>

Dear Clare,
Before the DAC can consider the faculty application, could you please send us the organ builder's report and a breakdown of costs? Has the organs adviser visited yet?""",
         [Y, N], ["request", "when"],
         """Dear Clare,

Of course. I'll write up the condition report, with a breakdown of the costs, and email it to you by Friday 18 December so you can send it straight on to the DAC. The organs adviser, Dr Pell, visited in October, and I've copied her in here. ‸

Best wishes,
Simon Harwell"""),

    case("""Hello, ⟦what would you charge for tuning a two-manual tracker in Steeple Aston?⟧ ⟦Do you offer an annual contract?⟧ ⟦How does that work?⟧ Thanks, Peter (organist, St Peter & St Paul)""",
         [N, Y, Y], ["how much", "yes/no", "how"],
         """Dear Peter,

Thank you for your enquiry. Most of our churches are on an annual contract: we visit twice a year, usually before Easter and before Christmas, tune the reeds and flues and make minor adjustments, all for a fixed annual fee invoiced in April. Any repairs beyond that are quoted separately.

For a two-manual tracker, the fee depends on the size and condition of the instrument. ‸

Kind regards,
Simon Harwell
Harwell Organ Builders"""),

    # --- Benchline Scientific Supply (US laboratory supplies, B2B) -----------------------------
    case("""Hello,

Our PO 4471-BX (placed November 30) shipped partially. We're still missing 6 cases of the 250 mL borosilicate media bottles (item BSG-250MB). ⟦Can you tell me when the rest will ship?⟧ ⟦If it's going to be more than two weeks, is there an equivalent item in stock you could substitute?⟧ Our lab is starting a new cell-culture project on January 11 and we'll need them by then.

⟦Please also send a corrected invoice for the partial shipment; the one we received bills for the full order.⟧

Thank you,
Rebecca Liu
Lab Manager, Halvorsen Lab
Department of Biochemistry, Northgate University
(608) 555-0119

This email may contain confidential information intended only for the addressee.""",
         [N, N, Y], ["when", "yes/no", "request"],
         """Hi Rebecca,

Thanks for flagging this. The BSG-250MB bottles are on backorder with our manufacturer, and we're expecting the next shipment soon. We'll get the remaining 6 cases out to you as soon as they arrive. ‸

I've also asked our billing team to reissue the invoice for the items actually shipped; you'll receive it by email today.

Best regards,
Kevin Marsh
Customer Care, Benchline Scientific Supply"""),

    case("""⟦do you sell the 96-well PCR plates in packs smaller than 50⟧

Sent from my Galaxy""",
         [Y], ["yes/no"],
         """Hi,

The smallest pack of our 96-well PCR plates is 25 (item BPC-96-25, $58.00).

Kevin
Benchline Scientific Supply"""),

    case("""Dear Sir or Madam,

I am postdoc at Lindqvist Bio in Cambridge MA. We want open a business account with you. ⟦Which documents you need from us for open the account?⟧ ⟦Is possible to pay by credit card first and later change to invoice with net 30?⟧ Also, ⟦do you deliver on Saturday?⟧ Because our lab is receiving only Saturday morning when the building manager is present.

Best regards,
Jae-won Park""",
         [Y, Y, N], ["which", "yes/no", "yes/no"],
         """Dear Jae-won,

Thank you for choosing Benchline. To open a business account, we just need a completed credit application (attached), a W-9, and a tax-exempt certificate if you have one. You're welcome to pay by card while the application is reviewed; once it's approved, we'll switch the account to net 30 invoicing automatically. Most orders ship the same day by UPS Ground. ‸

Kind regards,
Kevin Marsh
Customer Care, Benchline Scientific Supply"""),

    case("""Second time this quarter. Box arrived today with 4 of the 12 volumetric flasks shattered, packed with about three air pillows and nothing else. ⟦Replace them, overnight please.⟧ And ⟦what are you going to change so that this stops happening?⟧ I don't want to spend every delivery day picking glass out of a box.

Photos attached.

Dr. Tom Okafor
Okafor Analytical Services""",
         [Y, Y], ["request", "how"],
         """Dr. Okafor,

I'm sorry. That's not how glassware should arrive, and certainly not twice in a quarter. I've sent 4 replacement 100 mL flasks by FedEx Priority Overnight; tracking number 7712 5503 1948 will be active this evening, and there's nothing to return.

I've also added a note to your account so that every glass order for Okafor Analytical is packed in molded foam inserts from now on, and I've passed your photos to our warehouse supervisor.

Kevin Marsh
Customer Care, Benchline Scientific Supply"""),

    case("""Hi Kevin!

Thanks for the quote 🙏 Quick q: ⟦is the 12% academic discount already included in those prices or is it applied at checkout?⟧ And ⟦how long is the quote good for?⟧ Our grant money doesn't come through until February 1 so I might not be able to order before then 😬

Thanks!!
Maddie

On Thu, Dec 3, 2026 at 2:47 PM Kevin Marsh <kmarsh@benchline.example.com> wrote:
> Hi Maddie,
> Please find attached quote Q-20931 for the items you requested. Let me know if you have any questions.
> Kevin""",
         [Y, N], ["which", "when"],
         """Hi Maddie 🙂

The 12% academic discount is already built into the prices on Q-20931, so what you see is what you'll pay, plus shipping. ‸ Good luck with the grant!

Kevin"""),

    # --- Thornbury District Council, allotments desk (UK) ----------------------------------------
    case("""Dear Allotments Team,

I put my name down for a plot at Mill Lane back in March 2024, when I still lived on Station Road, and I've heard nothing since. Since then I've moved to 14 Orchard Close (still in Thornbury, so I hope that doesn't matter) and I've retired, so I've finally got the time to do it properly. My neighbour has a plot at Fernhill and says there are several empty ones there covered in brambles, which seems a shame. ⟦Could you tell me how many people are ahead of me on the waiting list for Mill Lane?⟧ I'd honestly consider Fernhill instead. ⟦Would I lose my place on the Mill Lane list if I took a plot there?⟧ And ⟦please update my address on your records.⟧

Many thanks,
Brian Kettle""",
         [N, Y, Y], ["how much", "yes/no", "request"],
         """Dear Mr Kettle,

Thank you for your email. I've updated your address to 14 Orchard Close. Mill Lane is our most popular site and turnover there is low, though some plots do come up each autumn when tenancies are renewed. ‸

If you'd like a Fernhill plot, you can certainly have one: there are three half plots free now, and taking one won't affect your place on the Mill Lane list.

Kind regards,
Lisa Carver
Allotments Officer, Thornbury District Council"""),

    case("""To whoever decided this,

My allotment rent has gone from £38 to £71 in one year. That's an 87% rise. I've had the plot at Cooper's Field for 22 years. ⟦How can you possibly justify that?⟧ There was no consultation that I'm aware of. ⟦I want to see the committee minutes where this was agreed.⟧ And ⟦is there any concession for pensioners, because there used to be?⟧

R. Dunmore (Mrs)""",
         [Y, Y, N], ["why", "request", "yes/no"],
         """Dear Mrs Dunmore,

Thank you for getting in touch, and I understand this is a big increase after so many years on your plot. The new charges were agreed by the Communities Committee on 24 September as part of the council's fees and charges review, after the water charges for our sites more than doubled; they apply to all council allotment sites from 1 January. The minutes are public, and I've attached the relevant pages. ‸

Kind regards,
Lisa Carver
Allotments Officer, Thornbury District Council"""),

    case("""Thanks Lisa, that's really helpful. We'll be at the site on Saturday at ten.

Sam & Jo

From: Lisa Carver <allotments@thornbury.example.gov.uk>
Sent: 04 December 2026 15:40
To: Sam Okoro <sam.okoro@example.com>
Subject: RE: Plot 7B Fernhill

Dear Sam,

Yes, you can share plot 7B with your partner; please both sign the tenancy agreement when you meet the site rep, Mr Hale, on Saturday 12 December at 10 am. Could you please bring photo ID?

Lisa""",
         [], [],
         """Dear Sam and Jo,

Lovely. Mr Hale will meet you at the Fernhill gate. Enjoy the new plot!

Lisa""",
         quoted_only=True),

    case("""hi ⟦is it ok to put a small shed on my plot⟧ 🙂 ⟦does it need permission⟧ ⟦whats the max size⟧ also ⟦can i keep 3 hens there⟧ plot 22 hillside thanks kayleigh""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "how much", "yes/no"],
         """Hi Kayleigh 🙂

Yes, you can put a shed on a Hillside plot, and you don't need to ask permission as long as it sits on slabs rather than a concrete base. ‸ Hens are allowed too, but you'll need to register them with us first; I've attached the form.

Lisa
Allotments, Thornbury District Council"""),

    case("""Hello,

⟦When will the water be turned back on at Mill Lane?⟧ I know it goes off over winter because of the pipes, but I'm planting onion sets in February and it would be useful to know. Also, ⟦where are we meant to take woody prunings now that the bonfire area has been closed?⟧

Thanks,
Helen Ward (plot 31)""",
         [N, Y], ["when", "where"],
         """Dear Helen,

Thanks for your email. The water at all our sites is turned off from 1 November to protect the pipes from frost, and we'd ask tenants to keep their water butts topped up over the winter where they can. ‸

Woody prunings can go in the green waste skip by the Mill Lane gate, which is emptied every other Friday, or to the Thornbury recycling centre free of charge.

Kind regards,
Lisa Carver
Allotments Officer"""),

    # --- Skyward Falconry (UK bird-of-prey displays and bird control) ---------------------------
    case("""Hiya!! 🦉💍

We're getting married on Saturday 5 June at Hollin Hall near Ripon and I am OBSESSED with the idea of an owl bringing the rings down the aisle. ⟦Is that something you do?⟧ ⟦How much would it be for the ceremony plus maybe an hour of photos with the guests after?⟧ Also the ceremony is outdoors by the lake if it's dry but inside if it rains 🙈 ⟦would the owl be ok indoors?⟧

Thank you!!!
Ellie x""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """Hi Ellie 😊

Congratulations! Ring-bearer owls are one of our favourite jobs. Pip, our barn owl, has done over forty weddings and she's completely unbothered by crowds. Indoors is no problem at all as long as there's a clear flight line down the aisle; we'd just check the room with the venue beforehand.

Our wedding prices depend on timings, travel and which birds you'd like, so every package is a bit different. ‸ I'll also check 5 June in the diary, as it's a busy month!

Jess
Skyward Falconry"""),

    case("""Dear Jess,

Following our phone conversation, I'd like to go ahead with the birds of prey visit for our Year 4 topic day on Thursday 25 March. A couple of practical questions before I put it through our finance office:

⟦Do you have a current risk assessment and public liability certificate you could send over?⟧ ⟦How much space do you need for the flying display⟧, ⟦would the school hall be big enough, or does it need to be the field?⟧ Finally, ⟦can the invoice be addressed to Westfield Primary Academy Trust rather than the school?⟧

Kind regards,
Mrs N. Bhatt
Year 4 Lead, Westfield Primary""",
         [Y, Y, Y, Y], ["request", "how much", "which", "request"],
         """Dear Mrs Bhatt,

Lovely to hear you're going ahead; the birds are booked in for Thursday 25 March. I've attached our risk assessment and our public liability certificate (£5 million, valid until August 2027).

For the flying display we need a clear run of about 20 metres, so the hall will work for the owls but the hawks need the field; if it's wet, we'll simply do a longer handling session inside. I've addressed the invoice to Westfield Primary Academy Trust.

Best wishes,
Jess Fenwick
Skyward Falconry"""),

    case("""Hi,

I've got one of your Hawk Walk vouchers (code HW-4410) that runs out on 31 December, and your online calendar has nothing free until February. ⟦Is there any way you could extend it?⟧ It was a present and cost £140, so I'd hate to lose it. I did email last week, see below, but didn't hear back.

Thanks,
Dominic Shaw

On Tue, 1 Dec 2026 at 08:15, Dominic Shaw <dom.shaw@example.co.uk> wrote:
> Hi, do you have any Hawk Walk dates before Christmas? Code HW-4410.""",
         [N], ["yes/no"],
         """Hi Dominic,

Sorry for the slow reply to your first email. I'm afraid we're fully booked for Hawk Walks until the end of December; the Christmas weeks are always our busiest. ‸ We do get the odd cancellation, so it's worth checking the online calendar now and then.

Best wishes,
Jess
Skyward Falconry"""),

    case("""Jess,

We're getting gulls on the tipping face again at Barrow Moor. ⟦Can you put a falconer on site three mornings a week from January?⟧ ⟦What's the day rate now?⟧ Same as last year would be ideal.

Also ⟦need your updated RAMS before anyone comes on site.⟧

Steve Kitson
Site Manager, Barrow Moor Landfill
07700 900418""",
         [Y, N, Y], ["yes/no", "how much", "request"],
         """Hi Steve,

Yes, Callum can do Mondays, Wednesdays and Fridays from 4 January, with the Harris's hawks and a couple of the larger falcons. The day rate has gone up a little for 2027 with our insurance renewal; I'll get the new rate card over to you. ‸

Updated RAMS attached.

Jess"""),

    case("""Dear Jess and Callum,

Just a note to say thank you for Saturday. The children haven't stopped talking about Bramble the eagle owl, and one of our residents, who's 94, told me holding the kestrel was the best afternoon she'd had in years. Who'd have thought a bird could bring so much joy?

Warmly,
Gill Armitage
Activities Coordinator, Rosewood Care Home""",
         [], [],
         """Dear Gill,

Thank you so much, that's made our week. Please give our best to everyone; Bramble sends a hoot.

Jess
Skyward Falconry"""),

    # --- Cedar Run Sawmill (US custom lumber and portable milling) -------------------------------
    case("""hey ⟦do you guys sell live edge walnut slabs⟧ ⟦whats the price per board foot⟧ and ⟦can i come pick through them myself⟧ looking for something about 8 ft for a dining table

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """Hi there,

We sure do. We've got about thirty walnut slabs air-drying right now, several in the 8 to 9 ft range that would make a great table. Walnut slabs are priced individually based on figure, width and how dry they are. ‸ You're welcome to come and pick through them yourself: we're open to walk-ins Tuesday through Saturday, 8 to 4.

Carla
Cedar Run Sawmill"""),

    case("""Hello Wade,

We had a big white oak come down in the October windstorm, about 34 inches across at the butt, and the tree guy cut it into three logs roughly 10 feet long. They're sitting in the back pasture at our place outside Decorah. My husband wants to use the lumber to build a timber-frame shed, I want a kitchen island, and we've agreed to disagree. ⟦Do you bring your portable mill out to people's property?⟧ ⟦If so, how much would it cost to mill three logs that size into 2-inch slabs and some 8x8 beams?⟧ And ⟦how soon could you come?⟧ The pasture is pretty soft this time of year so I'm not sure you'd get a truck back there.

Thanks,
Linda Hofstad
(563) 555-0184""",
         [Y, Y, N], ["yes/no", "how much", "when"],
         """Hi Linda,

Sounds like a great oak, and a kitchen island and a shed should both be doable from three logs that size. We do bring the mill out: we charge $110 an hour of milling time plus a $150 setup fee, and three 10 ft logs of that diameter usually take five to six hours, so you're looking at roughly $700 to $810. There's also a $40 charge per blade if we hit metal, which happens more than you'd think with pasture trees. ‸

As for the soft ground, the mill is on a trailer and our tractor can pull it back there if the truck can't.

Wade
Cedar Run Sawmill"""),

    case("""Carla,

Delivery came this morning for the Renner Street job. The 2x10 rough-sawn hemlock count is short, we ordered 60 and got 48. ⟦When can you get the other 12 out to us?⟧ Framers are on site Wednesday. Also ⟦can you confirm the 5/4 cedar siding is still on for Friday?⟧

Thanks
Mike Delgado
Delgado Builders LLC
(563) 555-0130

From: Carla Brandt <carla@cedarrun.example.com>
Sent: Friday, December 4, 2026 3:51 PM
To: Mike Delgado <mike@delgadobuilders.example.com>
Subject: Renner St order

Mike, your hemlock will go out Monday AM, siding Friday. Let us know if anything changes.
Carla""",
         [Y, Y], ["when", "yes/no"],
         """Mike,

Sorry about that, the last bundle got left in the yard. Lonnie will bring the other 12 out tomorrow (Tuesday) morning, well ahead of your framers. The cedar siding is still on for Friday.

Carla"""),

    case("""Hi Wade, forwarding this from my builder so you've got the specs. I'll call you tomorrow to go over it.

Josh

Begin forwarded message:

From: Randy Pike <randy@pikeconstruction.example.com>
Subject: Barn beams
Date: December 5, 2026 at 6:12:40 PM CST
To: Josh Ellery <josh.ellery@example.com>

Josh, for the barn we need eight 8x10 white oak beams at 16 ft, free of heart center if possible. Can the mill do that length? Please ask them about lead time too.""",
         [], [],
         """Hi Josh,

Thanks for sending Randy's specs over. Talk tomorrow; I'm around all morning.

Wade
Cedar Run Sawmill""",
         quoted_only=True),

    case("""Good afternoon,

I coordinate the woodworking program at Driftless Folk School. We're planning our spring term and would like to buy about 400 board feet of mixed hardwood (cherry, maple, ash) for student projects.

⟦Do you offer any discount for nonprofits or schools?⟧ We are a 501(c)(3) and can send our exemption certificate. ⟦Where would we pick up, at the mill itself or is there a separate yard?⟧ Last time I tried to visit, Google Maps sent me down a farm lane that ended at a cattle gate. And ⟦could you let me know why the ash is listed at half the price of the maple?⟧ ⟦Is there something wrong with it?⟧

Many thanks,
Ruth Ellingson""",
         [Y, Y, Y, N], ["yes/no", "where", "why", "yes/no"],
         """Hi Ruth,

Thanks for thinking of us for the spring term. We give schools and nonprofits 10% off orders over 200 board feet, so just send the exemption certificate with your order. All pickups are from the lumber yard on Hwy 52, about half a mile north of the mill; if you put in 2810 Hwy 52 you'll land at our gate, not the cattle one.

The ash is cheap because of the emerald ash borer: a lot of ash is coming down around here, so there's plenty of it. ‸

Carla
Cedar Run Sawmill"""),

    # --- Stepwell Podiatry (UK clinic) ----------------------------------------------------------
    case("""Dear Stepwell,

My GP suggested I see a podiatrist about my feet because I'm diabetic (type 2, diagnosed last year) and I've had some numbness in my toes. I've never been to one before and to be honest I'm a bit embarrassed about the state of my feet, I've got a thickened nail on my big toe that I can't cut myself any more. ⟦Do I need a referral letter from the GP, or can I just book?⟧ I work shifts at the hospital so mornings are difficult. ⟦Do you have any appointments after 5pm?⟧ And ⟦roughly how long does a first appointment take?⟧

Thank you,
Marian Oduya""",
         [Y, N, Y], ["which", "yes/no", "when"],
         """Dear Marian,

Thank you for getting in touch, and please don't be embarrassed: thickened nails are one of the most common things we see. You don't need a referral; you can book with us directly. A first appointment is 45 minutes, which includes a full diabetic foot assessment as well as treating the nail.

We'll do our best to find a time that fits around your shifts. ‸

Kind regards,
Amira
Stepwell Podiatry"""),

    case("""I have just been charged £35 for a "missed appointment" on Thursday. I didn't miss it. I rang at 8.15 that morning to say my daughter was in A&E and the receptionist said it would be fine. ⟦I want the £35 refunded to my card today.⟧ ⟦Who did I speak to, because clearly the message wasn't passed on?⟧

Paul Benn""",
         [Y, N], ["request", "which"],
         """Dear Mr Benn,

I'm so sorry, and I hope your daughter is all right. I've found the note of your call on Thursday morning: it was logged, but the cancellation fee wasn't cancelled in the system. I've refunded the £35 to your card this morning; depending on your bank, it can take 3 to 5 working days to show. ‸

Kind regards,
Amira
Stepwell Podiatry"""),

    case("""Hi Amira,

Thanks for this. The orthotics Mr Hughes mentioned: ⟦are they the ones he casts in clinic or the off-the-shelf kind?⟧ And ⟦does my insurance (Vitality) cover them?⟧ I'd rather know before I commit, they sound expensive!

Rosie

On Fri, 4 Dec 2026 at 11:02, Stepwell Podiatry <hello@stepwell.example.co.uk> wrote:
> Dear Rosie,
> Following your biomechanical assessment, Mr Hughes recommends custom orthotics. Would you like to book a casting appointment? Our next availability is Wednesday 16 December.
> Amira""",
         [Y, N], ["which", "yes/no"],
         """Hi Rosie,

They're fully custom: Mr Hughes takes a 3D scan of both feet in clinic and the orthotics are made to that in our lab, which is why he suggested them over an off-the-shelf insole. We're a recognised provider with most insurers, and lots of our patients claim for their orthotics. ‸ Shall I pencil you in for Wednesday 16 December?

Kind regards,
Amira"""),

    case("""⟦Do you do home visits in Headingley?⟧ ⟦Cost?⟧ It's for my mum, she's 88 and doesn't go out much now.
Thanks, Clive""",
         [Y, Y], ["yes/no", "how much"],
         """Dear Clive,

Headingley is well within our home-visit area. A routine home visit (nails, corns and hard skin) is £62, which is £20 more than a clinic appointment to cover travel. Zoe does our home visits on Tuesdays and Fridays; if you ring us on 07700 900514, we can find a time that suits your mum.

Kind regards,
Amira
Stepwell Podiatry"""),

    case("""Hello,

My son (9 years) has verruca on his foot since summer, we try everything from pharmacy 😩 ⟦Do you treat children?⟧ And ⟦which treatment is best, the freezing or the needling?⟧ I read about both but I am confuse. ⟦Please tell me also if it hurts, he is very scared.⟧

Thank you,
Katarzyna Nowak""",
         [Y, N, N], ["yes/no", "which", "yes/no"],
         """Dear Katarzyna,

Yes, we treat children from the age of 5. Verrucae can be really stubborn, and it's very common for pharmacy treatments not to work, so please don't worry. Our podiatrist will look at his foot at the first appointment and talk you both through the options. ‸

Kind regards,
Amira
Stepwell Podiatry"""),

    # --- Branchline Models (UK model-railway shop) -----------------------------------------------
    case("""Hello Derek,

I'm building a 00 gauge layout of Highbridge (Somerset & Dorset) set around 1958 and I'm after a few bits. I saw on your website you have the Bachmann 3F in S&DJR blue listed as "coming soon". ⟦Do you have a date for that yet?⟧ ⟦I'd also like to pre-order one if so.⟧ ⟦Is it DCC ready⟧, and ⟦if so is it a 21-pin or an 8-pin socket?⟧ Separately, the Peco code 75 bullhead points you sent last month have a slight kink in the check rail on one of them. It's not the end of the world, I can probably fix it with a pair of pliers, but ⟦I thought I'd ask whether you'd rather I sent it back.⟧

All the best,
Roger Fairclough""",
         [Y, Y, Y, Y, Y], ["when", "request", "yes/no", "which", "yes/no"],
         """Hello Roger,

Highbridge in 1958, lovely choice. Bachmann haven't given us a date for the 3F yet; the last we heard was simply "2027". I've put you down for one, with no deposit needed, so you'll be first in line when it lands. It'll be DCC ready with a 21-pin socket, like their other recent tender engines.

No need to post the point back: I've sent a replacement out today by first class, and you can keep the kinked one for spares.

All the best,
Derek
Branchline Models"""),

    case("""hi ⟦will the hornby flying scotsman set get here before christmas if i order today⟧ 🎄 and ⟦do u gift wrap⟧ ta""",
         [Y, N], ["yes/no", "yes/no"],
         """Hi there 🎄

If you order today, it'll go out by Royal Mail Tracked 48 tomorrow, so it should be with you by Thursday or Friday, comfortably before Christmas. ‸

Derek
Branchline Models"""),

    case("""Derek,

This is now the third email. The Dapol 4MT arrived with the chimney snapped off and a bent valve gear rod. I sent photos on the 1st. ⟦When am I getting a replacement or a refund?⟧ I've been a customer for eleven years and I've never been treated like this.

Mr K. Lister

-----Original Message-----
From: K Lister <klister@example.co.uk>
Sent: 01 December 2026 18:22
To: sales@branchlinemodels.example.co.uk
Subject: Damaged 4MT order BM-77812

Photos attached. Please advise how you want to proceed.""",
         [N], ["when"],
         """Dear Mr Lister,

I'm very sorry, both for the damage and for not replying sooner. Your first two emails went into our spam folder, which we've only just spotted. We take damaged parcels very seriously, and I've passed your photos on to our courier to open a claim. ‸

Kind regards,
Derek
Branchline Models"""),

    case("""Hi Derek,

Payment sent by bank transfer this morning for the Peco track order (ref BM-78034). Thanks for the help on the phone.

Colin
-- 
Colin Marsh
Secretary, Wessex Area Model Railway Club
Fancy joining us? Club nights every Thursday at Shepton Village Hall, please ask for details!""",
         [], [],
         """Hi Colin,

Payment received, thank you. Your track went out this afternoon and should be with you on Wednesday.

Derek""",
         quoted_only=True),

    case("""Dear Branchline Models,

Our club is rebuilding its exhibition layout (N gauge, 14 ft end-to-end) over the winter and we'd like to place one order for everything. Before we do, a few questions:

- ⟦Do you offer a discount to clubs?⟧
- ⟦Could you quote for 40 lengths of Peco code 55 flexitrack and 18 medium-radius points?⟧
- ⟦How long would that take to come in if you don't have it all in stock?⟧
- ⟦Can we pay by cheque?⟧ Our treasurer is old-fashioned.

Regards,
Mike Thornhill
Chairman, Tamar Valley N Gauge Group
07700 900683""",
         [Y, Y, N, Y], ["yes/no", "request", "when", "yes/no"],
         """Dear Mike,

Thanks for thinking of us. We give 10% off to affiliated clubs on orders over £200, which yours will easily be. I've attached a quote for the 40 lengths of code 55 flexitrack and the 18 medium-radius points, with the discount already applied. A cheque is fine; please make it payable to Branchline Models Ltd and write the quote number on the back.

As for lead times, Peco stock comes in regularly. ‸

Kind regards,
Derek
Branchline Models"""),

    # --- Ridgeback Wildlife Removal (US nuisance-wildlife control) -------------------------------
    case("""Hi, we have something living in our attic, I'm pretty sure raccoons because my husband saw one going into the soffit last night and we hear them every night around 2 am scratching and what sounds like babies crying 😫 We have two little kids and a dog. ⟦How fast can you get someone out here?⟧ We're in Brookfield off Calhoun Rd. Also ⟦is it safe for us to stay in the house until then?⟧ And ⟦do you remove them humanely, my daughter is very worried about the babies.⟧

Thank you,
Stephanie Kruger
(262) 555-0107""",
         [Y, Y, N], ["when", "yes/no", "yes/no"],
         """Hi Stephanie,

I'm sorry, that's a stressful thing to hear at 2 am. Travis can be with you tomorrow, Tuesday, between 9 and 11 am to inspect and set up the removal. Raccoons in an attic very rarely come down into the living space, so you're fine to stay put; just keep the dog away from the side of the house where they're getting in. ‸

Jolene
Ridgeback Wildlife Removal"""),

    case("""Hello,

Got your estimate for the bat exclusion at 418 Linden Ave: $1,850. Honestly that's a lot more than I was expecting for what I assume is sealing up a few gaps. ⟦Could you break down what that covers?⟧ And ⟦why can't it be done until August?⟧ I'd rather not have bats in the house all summer.

Thanks,
Doug Hallberg""",
         [Y, Y], ["request", "why"],
         """Hi Doug,

Good questions. The $1,850 covers a full inspection of the roofline, sealing every gap over a quarter inch (on a house of that age we usually find 30 to 40), fitting one-way exclusion devices where the bats are getting out, coming back to take those off and seal the last points, and a one-year warranty on the work.

Bat exclusions aren't allowed here between June 1 and July 31, while the pups can't fly yet. If we sealed you up then, the young would be trapped inside and die in your walls, so August is the first month we can do it.

Travis
Ridgeback Wildlife Removal"""),

    case("""Hi Jolene,

To answer your question below, it's a ranch house with a crawl space, no basement. The smell is definitely strongest in the back bedroom. ⟦Do you think it's a dead animal or could it be something still alive under there?⟧ And ⟦does your inspection fee get taken off the price if we go ahead with the work?⟧

Ken

On Fri, Dec 4, 2026 at 4:30 PM Jolene Sato <office@ridgebackwildlife.example.com> wrote:
> Hi Ken,
> Sorry to hear about the smell. Does the house have a basement or a crawl space? And when did you first notice it?
> Jolene""",
         [N, N], ["which", "yes/no"],
         """Hi Ken,

Thanks, a crawl space makes sense. Our inspection is $125 and includes a full crawl-space check with a camera, so we'll know exactly what's down there. ‸ I've got Thursday afternoon or Friday morning open this week.

Jolene
Ridgeback Wildlife Removal"""),

    case("""⟦Do you also install chimney caps or just do the animal removal?⟧ Had a squirrel come down the flue twice this week.
- Ben

Sent from my Pixel""",
         [Y], ["which"],
         """Hi Ben,

We do both. Once we've got the squirrel out, we can fit a stainless steel chimney cap with a lifetime warranty for $245 installed, which stops them coming back.

Travis
Ridgeback Wildlife Removal"""),

    case("""Travis,

We're still getting pigeons nesting under the solar panels on Building C, even after the netting your crew put in back in October. ⟦Can you send someone to look at it under the warranty?⟧ ⟦We'll also need a current certificate of insurance emailed to our corporate office before anyone goes on the roof.⟧ ⟦Which email should I forward the access instructions to, yours or the office?⟧

Nadia Flores
Community Manager, Lakeview Commons
(414) 555-0158

DISCLAIMER: The information in this email is intended only for the addressee.""",
         [Y, N, Y], ["request", "request", "which"],
         """Hi Nadia,

Sorry the pigeons have found a way back in. That's covered under the warranty, so there's no charge. I've booked Marco for Wednesday, December 16 at 8 am, and he'll check every panel edge on Building C. Please send the access instructions to office@ridgebackwildlife.example.com so the whole crew has them. ‸

Thanks,
Travis
Ridgeback Wildlife Removal"""),

    # --- Carrow Memorials (UK monumental mason) --------------------------------------------------
    case("""Dear Mrs Carrow,

I hope you don't mind me emailing rather than ringing, I find it easier to write things down at the moment. My husband Dennis passed away in August and the vicar at St Andrew's, Wymondham said I'd need to wait a while for the ground to settle before a headstone could go up. It's been nearly four months now. ⟦Would that be long enough, or do I need to wait longer?⟧ Dennis was a keen fisherman and my daughter had the idea of a small carving of a fish on the stone, which I think he'd have liked, though I don't want anything showy. ⟦Is that the sort of thing you can do?⟧ ⟦I'd also like the lettering to match his parents' stone in the same churchyard, which is black with gold letters.⟧ ⟦I've no idea what any of this costs, so could you give me an idea?⟧

With thanks,
Margaret Hollis""",
         [Y, Y, Y, N], ["yes/no", "yes/no", "request", "how much"],
         """Dear Mrs Hollis,

Thank you for writing, and I'm so sorry about Dennis. Emailing is absolutely fine. The diocese asks for six months from the burial before a headstone goes up on a new grave, so we'd be looking at February, but we can have everything designed and approved before then.

A small fish would be lovely, and it's something we carve often. Our carver can draw up a couple of designs for you to choose from, nothing showy. We'll match the lettering to his parents' stone too; I'll go and look at it myself next week.

I'll put some prices together once we know more about what you'd like. ‸

With kind regards,
Helen Carrow
Carrow Memorials"""),

    case("""Helen,

The stone for my father was supposed to be fixed by the end of November. It's now December and nothing. ⟦What's the hold-up?⟧ And ⟦can you give me a firm date?⟧ My mother visits every Sunday and keeps asking me.

Andrew Pike""",
         [Y, N], ["why", "when"],
         """Dear Andrew,

I'm sorry, you should have heard from us before now. The stone itself is finished, but the diocese sent the permit back asking for a change to the wording of the inscription, and we're waiting for their final approval. ‸

Please pass my apologies on to your mother.

Kind regards,
Helen Carrow
Carrow Memorials"""),

    case("""Thank you Helen, the drawing is lovely. Mum cried (in a good way).

Sarah

On Sat, 5 Dec 2026 at 10:48, Helen Carrow <helen@carrowmemorials.example.co.uk> wrote:
> Dear Sarah, here's the drawing with your dad's signature carved at the foot of the stone.
>
> On Fri, 4 Dec 2026 at 21:03, Sarah Quinn <sarahquinn@example.com> wrote:
>> Hi Helen, could the carver use Dad's signature at the bottom of the stone? Do you need the original card or is a photo enough?""",
         [], [],
         """Dear Sarah,

I'm so glad. I'll pass that on to Tom, who did the drawing. We'll start on the stone in January, and I'll let you know when it's ready to fix.

Warm wishes,
Helen""",
         quoted_only=True),

    case("""Good day,

My mother is buried in Earlham Cemetery with my father, the headstone was made by your company in 2009. Now my brother has died also and we wish to add his name to the same stone. ⟦It is possible to add the name while the stone stay in the cemetery, or you must take it to your workshop?⟧ ⟦How long it takes?⟧ I am living in Porto so I cannot come to visit, ⟦please can we do everything by email?⟧

Best regards,
Fernanda Sousa""",
         [Y, N, Y], ["which", "when", "yes/no"],
         """Dear Ms Sousa,

I'm very sorry about your brother. We still have the records for your parents' stone, so adding his name is straightforward. For a black granite stone like theirs we cut the new lettering in our workshop, so we'd take the stone away and bring it back once it's done. ‸ And yes, we can arrange everything by email, including the cemetery's permit; you'll just need to sign the form I've attached and send it back.

With kind regards,
Helen Carrow
Carrow Memorials"""),

    case("""⟦How much for a simple grey granite headstone, about 2ft high, with around 60 letters?⟧ ⟦Do you do payment plans?⟧ And ⟦where can I see some examples?⟧
Thanks,
Lee Thomas
07700 900772""",
         [Y, Y, Y], ["how much", "yes/no", "where"],
         """Dear Lee,

A 2ft grey granite headstone with up to 60 letters comes to £1,480 including VAT, fixing and the cemetery permit. We don't offer payment plans ourselves, but we only ask for a 30% deposit with the order, and the rest once the stone is fixed. You're welcome to look round our display yard on Cromer Road, Aylsham, where there are about forty stones out, Monday to Saturday.

Kind regards,
Helen Carrow
Carrow Memorials"""),

    # --- Hobline Catering Engineers (UK commercial-kitchen repair, B2B) --------------------------
    case("""Kirsty

Combi oven has gone down AGAIN. Same E34 error your engineer supposedly fixed on Thursday. We've got 120 covers tonight and three Christmas parties this week. ⟦I need someone here today.⟧ And ⟦I'm not paying another call-out for the same fault, is that clear?⟧

Marco
Head Chef, Lumen Brasserie""",
         [Y, N], ["request", "request"],
         """Hi Marco,

I'm sorry, that's the last thing you need this week. Dean is finishing a job in Clifton and will be with you by 2 pm. He'll bring a new water level probe with him, as that's the most likely reason the E34 has come back. ‸

Kirsty
Hobline Catering Engineers"""),

    case("""Dear Kirsty,

Our school catering contract renews in April, and we're looking at planned maintenance for our kitchen equipment (two combi ovens, a dishwasher, a bratt pan and the gas range). ⟦Could you send me a price for an annual PPM contract covering those items?⟧ ⟦Does it include the annual gas safety certificate, or is that separate?⟧ And ⟦are your engineers DBS checked?⟧ They would be working on site during term time.

Kind regards,
Fiona Lamb
Business Manager, Hartcliffe Academy

This email and any attachments are confidential and intended solely for the addressee.""",
         [Y, Y, Y], ["request", "which", "yes/no"],
         """Dear Fiona,

Thank you for thinking of us. I've attached a quote for an annual planned maintenance contract covering both combi ovens, the dishwasher, the bratt pan and the range: £1,140 a year plus VAT for two visits. The gas safety certificate is included and done on the second visit each year. All of our engineers hold enhanced DBS checks, and we can send copies to your office before the first visit.

Kind regards,
Kirsty Wells
Hobline Catering Engineers"""),

    case("""Hi,

Forwarding the letter from environmental health below. ⟦Can you get someone out to fix the walk-in fridge seal before their revisit?⟧ Also, ⟦could you let me know if you can provide some kind of written report I can show the inspector?⟧

Thanks,
Yusuf Demir
Kuzey Café

---------- Forwarded message ---------
From: Food Safety Team <foodsafety@bristolcity.example.gov.uk>
Date: Thu, 3 Dec 2026 at 12:10
Subject: Inspection follow-up – Kuzey Café
To: Yusuf Demir <yusuf@kuzeycafe.example.co.uk>

Dear Mr Demir,
Following our visit, please arrange repair of the walk-in chiller door seal. A revisit will take place on or after Monday 14 December. Please let us know if you have any questions.""",
         [Y, N], ["request", "yes/no"],
         """Hi Yusuf,

No problem. I've booked Paul in for Thursday 10 December, in the morning, to replace the door seal on your walk-in, so it'll be done well before the revisit on the 14th. ‸

Kirsty
Hobline Catering Engineers"""),

    case("""Hello Kirsty,

I am opening small restaurant in Bedminster in February (Sri Lankan food). My friend tell me you sell reconditioned equipment. ⟦You have a used pass-through dishwasher for sale?⟧ ⟦How long is the warranty on the used machines?⟧ And ⟦you can also install it, or I need to find a plumber?⟧

Thank you very much,
Nimal Perera""",
         [Y, N, Y], ["yes/no", "when", "which"],
         """Dear Nimal,

Congratulations on the new restaurant! We have a reconditioned Classeq pass-through in the workshop at the moment, at £1,650 plus VAT, and we'll have a Winterhalter in January. All our reconditioned machines come with our standard warranty. ‸ We do the installation as well: our engineers will connect it to the water and drainage, so you won't need a plumber as long as the supplies are within a metre.

Kind regards,
Kirsty
Hobline Catering Engineers"""),

    case("""Thanks Kirsty, Dean's been and it's all working now. Invoice paid.

Sofia

From: Sofia Marsh <sofia@thegalleycafe.example.co.uk>
Sent: Friday, December 4, 2026 7:48 AM
To: Hobline Dispatch <dispatch@hobline.example.co.uk>
Subject: Coffee machine boiler

Morning, the boiler on our espresso machine isn't heating. Can someone come today? What's the call-out charge before 10am?""",
         [], [],
         """Hi Sofia,

Brilliant, thanks for letting me know, and for paying so quickly. Have a good Christmas rush!

Kirsty""",
         quoted_only=True),

    # --- Fletcher's Archery (US range and pro shop) ----------------------------------------------
    case("""Hi! My 10 year old has been obsessed with archery since watching the Olympics 🏹 ⟦Is 10 old enough for your youth classes?⟧ ⟦Do we need to buy a bow first or do you provide equipment?⟧ And ⟦is there a session on Saturday mornings?⟧ Thanks so much!

Jen Alvarez""",
         [Y, Y, N], ["yes/no", "which", "yes/no"],
         """Hi Jen! 🏹

Ten is perfect: our Junior Archers program is for ages 8 to 14, and we provide all the equipment, so there's nothing to buy until your archer is sure they love it. ‸

See you soon,
Mel
Fletcher's Archery"""),

    case("""I brought my compound bow in on Tuesday for a new string and cables and a tune. Picked it up Saturday and it's shooting 6 inches left at 20 yards, and the peep sight is twisted sideways at full draw. I paid $165 for this. ⟦Either fix it properly or give me my money back.⟧ And ⟦can you tell me who actually did the work, because it wasn't Cody?⟧

Rick Haney""",
         [Y, N], ["request", "which"],
         """Rick,

I'm sorry, that's not the standard we hold ourselves to. Bring it in whenever suits you this week and I'll re-tune it myself while you wait, at no charge. New strings do stretch a little in the first few dozen shots, which can twist the peep, but 6 inches left at 20 yards shouldn't happen. ‸

Cody
Fletcher's Archery"""),

    case("""Hi Mel,

I'm organizing a team event for about 22 people from our office on Friday, February 12. Most have never shot before. ⟦Could you tell me what a private range booking for 2 hours would cost, including instruction?⟧ ⟦Is there a space where we could bring in food afterward?⟧ Also, ⟦we'll need a W-9 and invoice for our accounts team, can you send those?⟧

Best,
Tara Whitfield
Operations Coordinator, Brightline Analytics
(608) 555-0126""",
         [Y, Y, Y], ["how much", "yes/no", "request"],
         """Hi Tara,

Friday, February 12 is open! A private range booking for up to 24 people for two hours is $780, which covers two instructors, all the equipment and a short safety briefing at the start. You're welcome to bring food in afterward: our classroom next to the range seats 30 and has a couple of long tables, and we just ask that you take any trash with you.

I've attached our W-9, and I'll send the invoice as soon as you confirm the date.

Mel
Fletcher's Archery"""),

    case("""Hi,

Following up on my email below, still no reply. I was charged the $45 monthly membership again on December 1. ⟦Why was I charged when I cancelled in October⟧ and ⟦when will I get it back?⟧

Alex Nguyen

On Tue, Dec 1, 2026 at 9:12 PM Alex Nguyen <alexn@example.com> wrote:
> Hello, I cancelled my range membership at the front desk in October but I've just been charged again. Can you look into this please?""",
         [Y, N], ["why", "when"],
         """Hi Alex,

I'm sorry for the slow reply, and for the charge. I've looked into it: your cancellation was written in the front desk log on October 18, but it was never entered in our billing system. I've asked our billing team to process a refund of the $45. ‸

Mel
Fletcher's Archery"""),

    case("""⟦do u have 3D foam targets for sale⟧ and ⟦how late r u open sundays⟧""",
         [Y, Y], ["yes/no", "when"],
         """Hey! We've got deer, turkey and coyote 3D targets in the shop right now, from $89. Sundays we're open 10 to 5.

Cody
Fletcher's Archery"""),

    # --- Deepbore Water Wells (UK borehole drilling and water testing) ---------------------------
    case("""Hi Owen,

We're on mains water at the farm but the bills for the dairy have gone through the roof, nearly £900 a month now with 180 cows drinking and the parlour washdown. A neighbour at Top Farm had a borehole put in a few years back and reckons it paid for itself in three. ⟦Would you come and have a look at whether we'd be likely to hit water here?⟧ We're on the edge of the chalk, if that helps. ⟦What sort of figure are we talking for a borehole for a dairy that size?⟧ And ⟦I'd need to know whether we'd need a licence from the Environment Agency, because I've heard that can take forever.⟧

Cheers,
Rob Tremlett
Higher Barton Farm""",
         [Y, N, Y], ["request", "how much", "yes/no"],
         """Hi Rob,

Thanks for getting in touch. Chalk is usually good news for water. I can come out for a desk study and site walk on Wednesday 16 December or Monday 4 January; just let me know which suits. ‸

For a dairy drawing more than 20 cubic metres a day, which 180 cows plus washdown will, you'll need an abstraction licence from the Environment Agency, and you're right that it isn't quick: allow four to six months. We'd start with a consent to investigate, which lets us drill and test-pump while the licence goes through.

Owen
Deepbore Water Wells"""),

    case("""Dear Deepbore,

We got the water test results back from your lab this morning and it says coliforms: 12 per 100ml, E. coli: 0. I don't really understand what that means. ⟦Is it safe for us to drink?⟧ We have a baby on the way in March. ⟦Should we be boiling it in the meantime?⟧ And ⟦what would you recommend to fix it?⟧

Thanks,
Claire Penhaligon""",
         [Y, Y, Y], ["yes/no", "yes/no", "request"],
         """Dear Claire,

Thanks for your email, and congratulations on the baby. Coliforms are a general sign that surface water is getting into the supply somewhere; the good news is that there's no E. coli, which is the one that points to sewage or animal waste. Even so, it isn't safe to drink as it is, so please boil all your drinking water until it's sorted.

The usual fix is a UV steriliser after your filter, plus a check of the borehole cap and seal. I can fit one for £640, including the unit and a retest a week later.

Kind regards,
Owen
Deepbore Water Wells"""),

    case("""Owen,

Your drilling rig took out the gatepost on the way into the field on Friday and left the track churned up so badly the milk tanker couldn't get in on Saturday. ⟦Who's going to sort the gatepost?⟧ ⟦I also want the track put back as it was before you move the rig out.⟧ And ⟦why wasn't I told you'd be bringing a rig that size?⟧

Jim Hocking

From: Owen Pascoe <owen@deepbore.example.co.uk>
Sent: Tuesday, December 1, 2026 5:10 PM
To: Jim Hocking <jimhocking@example.co.uk>
Subject: Drilling start

Jim, we'll be on site Friday morning to start drilling. Please let me know if there's anything we need to be aware of on access.
Owen""",
         [Y, Y, N], ["which", "request", "why"],
         """Jim,

I'm sorry about the gatepost and the tanker; that's on us. We'll replace the post and rehang the gate this week at our cost, and before the rig leaves we'll lay hardcore and roll the track so it's at least as good as it was. ‸

Owen
Deepbore Water Wells"""),

    case("""hi 👋 ⟦how deep do boreholes usually go round Launceston⟧ and ⟦how long does the drilling take⟧ cheers dave""",
         [Y, N], ["how much", "when"],
         """Hi Dave,

Around Launceston we usually drill 60 to 90 metres, through the slate. ‸

Owen
Deepbore Water Wells"""),

    case("""Dear Owen,

We let two holiday cottages at Tregarth and the council has written to say our private water supply needs a risk assessment and sampling before the season starts. ⟦Is that something you can do for us?⟧ ⟦If so, could you let me know the cost⟧ and ⟦how soon you'd be able to come out?⟧ We open for bookings on Friday 2 April. Also, ⟦would we have to cancel guests if the sample fails?⟧

Many thanks,
Gwen Rowe
07700 900947""",
         [Y, Y, Y, N], ["yes/no", "how much", "when", "yes/no"],
         """Dear Gwen,

Yes, we do risk assessments and sampling for quite a few holiday lets on the Lizard. A risk assessment with one set of samples is £385 plus VAT, including the lab fees. I can come out in the week of 11 January, so you'll have the report well before April.

If a sample does fail, we'd talk you through the results and the options. ‸

Best wishes,
Owen
Deepbore Water Wells"""),
]
