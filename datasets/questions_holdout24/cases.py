"""The cases of Tactful's questions held-out set 24 (blind), as Python data.

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the customer's newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one
value per marked span, in order; the draft holds one ‸ where a missing answer belongs, only when some
question is unanswered. ``quoted_only`` marks a newest message that asks nothing while its quoted
history or forwarded message does. build_questions_holdout24.py turns them into the JSONL.

"Today" is Monday 7 December 2026. Fourteen invented businesses, five cases each, in this order: a
thatcher, a US snow-plowing company, a farrier, a US butcher's shop, a picture framer, a hot-air
balloon flight operator, a US garage-door company, a milliner, a mobile knife sharpener, a US bowling
alley, a chocolatier's web shop, a blacksmith's forge running experience days, a US bottled-water
delivery service and a painter and decorator.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- Reedcraft Thatching (thatcher, UK) ------------------------------------------------------
    case("""\
⟦Do you do ridge-only repairs?⟧ Ours has a hole where the jackdaws got in. ⟦Is there a charge for coming out to look?⟧

J. Pennock""",
         [Y, N], ["yes/no", "yes/no"],
         """\
Hi Mr Pennock,

We do – ridge work is a good part of what we do over the winter. Jackdaws are a real nuisance on thatch, and once they've found a way in they tend to keep pulling at it, so it's worth netting the ridge once the patch is done. I can come and have a look on Friday morning.‸

Best wishes,
Owen
Reedcraft Thatching"""),

    case("""\
Dear Owen,

Thank you for the quote you sent last week. We've talked it over and we'd like to go ahead with the full rethatch in water reed rather than long straw, even though it costs more, because my father-in-law had his barn done in reed thirty years ago and it has barely been touched since. I should mention that the cottage is Grade II listed, and the lady at the council's conservation office was very helpful when I rang her, although she did say something about keeping "the character of the ridge", whatever that means. ⟦Would you be able to handle the listed building consent for us, or is that something we have to apply for ourselves?⟧ We'll need to move out of the back bedroom while the work is going on, which is fine, but my mother-in-law is staying with us over Easter, so ⟦could you give us some idea of how many weeks the scaffolding is likely to be up?⟧ She's not a fan of ladders outside her window.

Best wishes,
Frances Molyneux

On Fri, 4 Dec 2026 at 14:05, Reedcraft Thatching <hello@reedcraft.example.co.uk> wrote:
> Dear Frances,
>
> Please find our quote attached: £38,400 for a full rethatch in long straw, or £42,900 in water reed, both with a block-cut ridge. Do let me know if anything is unclear.
>
> Owen
>
>> On Wed, 2 Dec 2026 at 09:12, Frances Molyneux <f.molyneux@example.com> wrote:
>> Could you give us a price for rethatching Honeysuckle Cottage? Is spring a good time to have it done?""",
         [Y, N], ["yes/no", "when"],
         """\
Dear Frances,

Thank you – that's great news, and water reed is a good choice for a cottage like yours. We'll take care of the listed building consent: I'll send the conservation officer our ridge drawings and the specification, and we've done a good number of listed roofs with her before. As for timing, we'll be putting you on the schedule for April.‸

Kind regards,
Owen Tarrant
Reedcraft Thatching
07700 900412"""),

    case("""\
Owen – I've passed this on to my wife, she'll be at home that morning and knows where the loft hatch is.

Regards,
Graham

From: Reedcraft Thatching <hello@reedcraft.example.co.uk>
Sent: 03 December 2026 16:20
To: Graham Lusk <graham.lusk@example.com>
Subject: Survey visit

Hi Graham,

Would Thursday 10 December at 11 am suit for the survey? And can we get to the back of the house through a gate, or would we need to come through the house?

Owen""",
         [], [],
         """\
Thanks Graham,

That's fine – we'll see your wife on Thursday 10 December at 11. We'll bring dust sheets in case we need to come through the house to reach the back.

Owen""",
         quoted_only=True),

    case("""\
Good morning,

I am Italian and I have bought last summer a small house with thatch roof near Dorchester. The surveyor wrote in his report that the roof has "about five years of life". I don't understand well what it means. ⟦Is it meaning I must change all the roof in five years, or only the top part?⟧ Also ⟦I would like to know if the insurance is more expensive with thatch⟧, ⟦maybe you know a company?⟧ ⟦Please can you come to see it in January, when I am back from Milano?⟧

Grazie,
Lucia Bernardi""",
         [Y, Y, N, Y], ["which", "yes/no", "request", "request"],
         """\
Dear Lucia,

Thank you for your email. "Five years of life" in a survey usually means the ridge, which is renewed every ten to fifteen years; the main coat of a water-reed roof can last forty years or more, so it's very unlikely you need the whole roof done. Thatched houses do cost more to insure, and it's worth going to a specialist insurer rather than a high-street one.‸ I'd be happy to come and look at the roof once you're back – just tell me which week suits you in January.

Best wishes,
Owen"""),

    case("""\
Owen,

Your men left on Friday with the job half done and a tarpaulin flapping over the north side of the roof. It has rained every day since. ⟦When exactly are they coming back?⟧ ⟦I also want to know why nobody told me they were stopping early.⟧ If that tarpaulin blows off tonight and water gets in, I will hold you responsible.

Nigel Ashworth
Chartered Surveyor (retired)

-----Original Message-----
From: Reedcraft Thatching <hello@reedcraft.example.co.uk>
Sent: Tuesday, December 1, 2026 7:45 AM
To: Nigel Ashworth
Subject: Start date

Morning Nigel, the lads will start on the north slope this morning. Any problems, please ring me on 07700 900412.""",
         [N, Y], ["when", "why"],
         """\
Dear Nigel,

I'm sorry – you should have heard from me on Friday. The reed for the north slope was held up at the merchant's yard, and I wrongly assumed the lads had explained that before they left. I checked the tarpaulin first thing this morning and added extra battens along the ridge, so it's secure.‸

Regards,
Owen"""),

    # --- Ridgeline Snow Removal (snow plowing, US) ----------------------------------------------
    case("""\
hi its deb on maple ridge rd ❄️ ⟦did the plow skip us this morning⟧ driveway still buried and i have to get to work by 8 😩 ⟦can someone come back out⟧ also ⟦is the sidewalk included or just the driveway⟧

Sent from my iPhone""",
         [Y, Y, N], ["yes/no", "request", "yes/no"],
         """\
Hi Deb,

So sorry about this morning! 😬 Jake's truck had a hydraulic leak and he's running about two hours behind on his route; he'll be at your place by 7:30 to clear the driveway.‸

Thanks,
Megan
Ridgeline Snow Removal"""),

    case("""\
Sounds good, thanks Megan!

On Thu, Dec 3, 2026 at 4:12 PM Ridgeline Snow Removal <dispatch@ridgelinesnow.example.com> wrote:
> Hi Alan,
> We have an opening on Route 4 for the rest of the season. Would you like us to add you? The seasonal rate for a two-car driveway is $640, billed in two installments.
> Megan""",
         [], [],
         """\
Hi Alan,

Great – you're on Route 4 starting with the next snowfall. The first invoice, for $320, will come by email this week.

Thanks,
Megan""",
         quoted_only=True),

    case("""\
To the owner,

Your plow driver took out our mailbox post on Saturday night and left it lying in the snowbank. This is the second winter in a row. I am not interested in excuses. ⟦I want it replaced by the end of the week⟧, and ⟦I want to know who is paying for it.⟧ We also noticed gouges in the lawn along the edge of the driveway, which we'll see properly in the spring.

Harold Venn
2210 Birchwood Lane""",
         [Y, N], ["request", "which"],
         """\
Dear Mr. Venn,

I'm sorry about your mailbox. Our driver reported it on Sunday morning, and our crew will put in a new post on Thursday, December 10 so your mail can be delivered. I've passed the details to our insurance agent, who will be in touch.‸ We'll also come and look at the lawn edge in the spring and reseed anything the blade has damaged.

Cody Brandt
Owner, Ridgeline Snow Removal
(612) 555-0138"""),

    case("""\
Hello,

I manage three small commercial lots in Eagan and am collecting bids for snow removal for the rest of this season. Could you answer the following:

1. ⟦What trigger depth do you plow at (2" or 3")?⟧
2. ⟦Do you apply salt or a sand mix⟧, and ⟦is it priced separately?⟧
3. ⟦What's your typical response time after the snow stops?⟧
4. ⟦Can you provide a certificate of insurance naming our company as additional insured?⟧

⟦Please send your bid by Friday, December 18.⟧

Thanks,
Renee Castillo
Property Manager | Northgate Realty Partners
(651) 555-0177

This email and any attachments are confidential and intended solely for the addressee.""",
         [Y, Y, Y, N, N, Y], ["which", "which", "yes/no", "when", "yes/no", "request"],
         """\
Hi Renee,

Thanks for reaching out. Here are our answers:

1. We plow commercial lots at 2 inches.
2. We use treated salt on every commercial site; it's billed per application, at $85 a lot.
3. Commercial accounts always get priority on our routes.‸

I'll email the full bid for all three lots by Wednesday, December 16.

Best,
Cody Brandt
Ridgeline Snow Removal"""),

    case("""\
Hi Megan,

Thanks for talking me through the options on the phone earlier. I've spoken to my husband and we'd like to go with the per-push plan rather than the seasonal one. ⟦Could you let me know whether the $55 per push you mentioned includes the front walk and steps?⟧ And since we're away over New Year (December 30 to January 4), ⟦is it possible to skip those days without being charged?⟧

Thanks,
Anjali Rao""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Anjali,

Great, I've switched you to the per-push plan. The $55 covers the driveway, the front walk and the steps. Because the plan is charged per visit, you only pay when we actually plow – we'll leave you off the route from December 30 to January 4, and if you'd rather we plowed anyway so the house doesn't look empty, just say so.

Thanks,
Megan"""),

    # --- Iron & Hoof Farriery (farrier, UK) ------------------------------------------------------
    case("""\
⟦Can you do a trim for two ponies next week?⟧ Both unshod. ⟦Thursday any good?⟧

--
Kate Lomax
Lomax Equestrian Centre
07700 900118
Need a horsebox for the show season? Ask us about hire!""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Hi Kate,

Next week's fine, though I'm booked solid on Thursday – I'll be over your way on Wednesday 16 December instead, about 2 pm, if that works. It's £35 a pony for a trim.

Will
Iron & Hoof Farriery"""),

    case("""\
Hi Will,

Sorry this is long. Since you reshod Bramble on the 1st she's been a bit funny on the right fore – not lame exactly, more like she's shortening her stride on the hard ground going down to the field. My yard owner thinks it's because the shoe is too tight, whereas my instructor (who has opinions about everything) says it's more likely a bruise from the frozen ground and nothing to do with the shoeing. I've been picking her feet out twice a day and there's no heat that I can feel, though I'm no expert. ⟦Is it worth you having a look before your next visit, or should I get the vet out first?⟧ She's on box rest for the moment, which she hates. Also, completely separate, the hoof oil you recommended seems to have sold out everywhere – ⟦is there another brand you'd be happy with?⟧

Thanks,
Sophie Penrose""",
         [Y, N], ["which", "which"],
         """\
Hi Sophie,

Don't apologise – that's exactly the kind of detail that helps. I'll call in on Thursday 10 December at 8 am and take the shoe off if need be; if there's any sign of an abscess, I'll tell you straight away whether the vet's needed.‸

Will"""),

    case("""\
Hi Will, see below from the yard – just so you know before you come on Friday.

Cheers
Tasha

---------- Forwarded message ---------
From: Oakley Farm Livery <yard@oakleylivery.example.co.uk>
Date: Sat, 5 Dec 2026 at 18:40
Subject: Farrier visits
To: Tasha Greenwood <tasha.g@example.com>

Hi all,

From this week the farriers will need to work in the covered barn rather than on the yard. Could you please pass this on to your farrier and ask them to park by the muck heap?

Jo""",
         [], [],
         """\
Thanks Tasha,

No problem – I'll use the barn and park by the muck heap on Friday.

Will""",
         quoted_only=True),

    case("""\
Hello Mr Brackenbury,

We are moving with our two horses from Bavaria to Shropshire in February and we need a new farrier. My mare has special shoes with pads because of navicular problems, the farrier in Germany made them with silicone. ⟦Do you work also with pads and silicone⟧, and ⟦can you take new clients in February?⟧ ⟦What costs one set of shoes with pads by you?⟧

Kind regards
Anke Vogel""",
         [N, Y, N], ["yes/no", "yes/no", "how much"],
         """\
Dear Anke,

Welcome to Shropshire – or nearly! I'm happy to take both horses on from February. Navicular cases need a careful look before anything is fitted, so I'd like to see your mare's X-rays and your German farrier's notes beforehand.‸

Best regards,
Will Brackenbury
Iron & Hoof Farriery
07700 900527"""),

    case("""\
Will,

Just a quick note to say thank you. Dancer has been sound all week for the first time since the summer, and we hacked out for two hours on Sunday. Who would have thought a set of shoes could make such a difference? See you in six weeks.

Mary Lloyd""",
         [], [],
         """\
Hi Mary,

That's brilliant news – thanks for letting me know. Give Dancer a pat from me, and I'll see you both in the new year.

Will"""),

    # --- Hanley's Prime Cuts (butcher's shop, US) ------------------------------------------------
    case("""\
Hi Hanley's,

I'd like to place a Christmas order for pickup. A few questions first:

• ⟦Do you still have prime rib available for Christmas Eve⟧, and ⟦how many pounds would feed 12 adults?⟧
• ⟦Is the beef dry-aged, or wet-aged?⟧
• ⟦What are your pickup hours on December 24?⟧
• ⟦Can I pay the deposit by phone?⟧

Thanks!
Carol Jankowski""",
         [Y, Y, Y, N, N], ["yes/no", "how much", "which", "when", "yes/no"],
         """\
Hi Carol,

Yes, we still have prime rib for Christmas Eve. For 12 adults I'd go with a four-bone roast, about 9 pounds. All our rib roasts are dry-aged for 28 days in-house. The deposit is $50.‸

Merry Christmas,
Gina
Hanley's Prime Cuts
(414) 555-0126"""),

    case("""\
I picked up a 6 lb tenderloin on Saturday for my daughter's engagement dinner and when I got home it was a pork loin. Your label said beef tenderloin. I didn't notice until I opened it at 5 pm with twenty guests on the way. ⟦I want a full refund of the $189 I paid.⟧ ⟦How does something like that even happen?⟧

— Frank DiMarco""",
         [Y, N], ["request", "why"],
         """\
Dear Mr. DiMarco,

I am so sorry – that's a terrible thing to happen before a family celebration, and it should never have happened at our counter.‸ I've refunded the $189 to your card this morning, and I'd like to give you a beef tenderloin on the house whenever you'd like it.

Gina Hanley
Owner"""),

    case("""\
hey gina 🙂 ⟦do u guys make your own brats⟧ ⟦what flavors for the game sat⟧ 🏈 need like 40 ⟦can i order tmrw and pick up fri⟧

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "which", "yes/no"],
         """\
Hi there,

We sure do – every brat we sell is made right here on Thursdays. Friday pickup is no problem if you order by noon tomorrow; 40 brats come to $62.‸

Gina"""),

    case("""\
Wednesday at 11 works. ⟦Leave the ham whole, please⟧ – our CEO likes to carve it himself. ⟦Where should we park for loading?⟧

Liz Moreno
Office Manager, Brightline Dental
(414) 555-0163

From: Hanley's Prime Cuts <orders@hanleysmeats.example.com>
Sent: Friday, December 4, 2026 3:18 PM
To: Liz Moreno <liz.moreno@example.com>
Subject: RE: Office party order

Hi Liz,

We can have the party trays ready on Wednesday, December 16 at 11 AM. Would you like us to slice the ham, or leave it whole? Please let us know by Monday.

Gina""",
         [Y, N], ["request", "where"],
         """\
Hi Liz,

Great, we'll have the trays and a whole, unsliced ham ready for you on Wednesday, December 16 at 11 AM.‸ Happy holidays to everyone at Brightline!

Gina"""),

    case("""\
Hi Gina,

Following up on our call on Friday about the whole hog for our New Year's Day party. ⟦I was wondering if you'd had a chance to check with your farm whether they can get one around 120 pounds by December 31.⟧ ⟦If not, would a half hog be easier to get?⟧ And ⟦could you let me know whether you rent out a roaster too, or whether we'd need to find one?⟧

Thanks,
Marcus Bell

On Fri, Dec 4, 2026 at 11:02 AM Hanley's Prime Cuts <orders@hanleysmeats.example.com> wrote:
> Hi Marcus, thanks for calling. I'll ask the farm about a whole hog and get back to you early next week.
> Gina""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """\
Hi Marcus,

Good news: the farm can bring a 120-pound hog to us on December 30, so you can pick it up on the morning of the 31st. A whole hog that size takes a good 12 hours to roast, so most people start it the night before.‸

Thanks,
Gina"""),

    # --- The Gilded Edge (picture framer, UK) ----------------------------------------------------
    case("""\
⟦How long for a standard frame at the moment?⟧ ⟦Need it before Christmas.⟧

Pete""",
         [N, N], ["when", "request"],
         """\
Hi Pete,

We're very busy with Christmas orders, so it's best to bring it in as soon as you can and we'll do our best.‸

Harriet
The Gilded Edge"""),

    case("""\
Dear Harriet,

My grandfather was a merchant seaman, and when we cleared my grandmother's house in the autumn we found a roll of his watercolours of ports he visited in the 1950s – Valparaíso, Mombasa, Aden – all on quite thin paper and some a bit foxed at the edges. My sister and I would like to have four of them framed as Christmas presents for our children, but I'm nervous about damaging them. ⟦Do you use acid-free mounts and UV glass as standard, or is that an extra?⟧ And ⟦is there anything that can be done about the brown spots, or is it better not to touch them?⟧ ⟦I can bring them in on Saturday if you're open.⟧

Many thanks,
Eleanor Whitcombe""",
         [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
         """\
Dear Eleanor,

What a lovely thing to have found. All our mounts are acid-free conservation board, and I'd recommend UV-filtering glass for watercolours, which is £18 extra per frame. Foxing can often be reduced by a paper conservator, but it isn't something we'd attempt in the workshop.‸

Kind regards,
Harriet Moss"""),

    case("""\
Lovely, thank you Harriet – I'll collect on Friday.

Jo

On Sat, 5 Dec 2026 at 10:31, The Gilded Edge <studio@gildededge.example.co.uk> wrote:
> Hi Jo,
> Your print is ready. Would you like us to gift-wrap it? There's no charge at this time of year.
> Harriet
>
>> On Tue, 1 Dec 2026 at 17:02, Jo Barraclough <jo.b@example.com> wrote:
>> Is my order ready yet? Ref GE-2291.""",
         [], [],
         """\
Hi Jo,

See you on Friday – it'll be waiting at the counter.

Harriet""",
         quoted_only=True),

    case("""\
Hello,

I collected my wedding certificate frame on Thursday and the moulding is walnut, not the oak we chose together in the shop. I've checked the order form and it clearly says "light oak". ⟦Please remake it in the correct moulding.⟧ Given this is the second trip I've had to make, ⟦I'd also expect you to deliver it rather than me coming in again.⟧ ⟦Can you confirm when it will be ready?⟧

Dr Ruth Okonjo
Consultant Anaesthetist
07700 900788

From: The Gilded Edge <studio@gildededge.example.co.uk>
Sent: 01 December 2026 09:15
To: Ruth Okonjo
Subject: Frame ready

Dear Ruth, your frame is ready for collection. We're open Tuesday to Saturday, 10 till 5. Please bring your receipt.""",
         [Y, N, Y], ["request", "request", "when"],
         """\
Dear Dr Okonjo,

I'm so sorry – you're quite right, the order says light oak and we used the wrong moulding. I've cut a new frame in light oak this morning, and it will be ready on Thursday 10 December.‸

With apologies,
Harriet Moss
The Gilded Edge"""),

    case("""\
Dear Sir/Madam,

I have a silk embroidery from my hometown Suzhou, it is 60 cm × 90 cm. I want to frame it for hang in living room. ⟦It is possible to frame silk without glue?⟧ ⟦Which frame colour you suggest for red silk?⟧ ⟦Please tell me the price range.⟧

Thank you,
Mei Lin Zhang""",
         [Y, Y, N], ["yes/no", "which", "how much"],
         """\
Dear Mei Lin,

Thank you for your message. Yes – we stitch silk onto a padded board with conservation thread, so no glue touches it. For red silk, a dark gold or a black lacquer frame usually works beautifully, but it's best to hold the embroidery against the samples in the shop.‸

Kind regards,
Harriet"""),

    # --- Skyward Balloon Flights (hot-air balloon flights, UK) -----------------------------------
    case("""\
Hi Callum,

Thanks for your help on the phone this morning. I've decided to go for the two-person voucher for my parents' ruby anniversary. ⟦Could you post the voucher to them directly, with a card saying it's from me?⟧ Their address is 4 Linden Close, Malton, YO17 7HX. ⟦How do they book a date once they've got it?⟧ And ⟦if they can't fly because of my dad's knee, can it be transferred to my brother instead?⟧

Best wishes,
Lauren Pike""",
         [Y, Y, N], ["request", "how", "yes/no"],
         """\
Hi Lauren,

Lovely to speak to you. I've posted the voucher to your parents first class today with a card from you, so it should be with them by Wednesday. They can book online with the code on the voucher or ring the office, and we'll offer them the next few dates with a good forecast. Vouchers are valid for two years from purchase.‸

Best,
Callum
Skyward Balloon Flights"""),

    case("""\
⟦Morning or evening flights – which is better for photos?⟧ ⟦Are there any June dates left?⟧ ⟦Where do you take off from?⟧

Sent from my iPhone""",
         [Y, Y, Y], ["which", "yes/no", "where"],
         """\
Hi,

Evening flights, every time – the light over the Wolds is softer and warmer. June evenings are almost fully booked, but we still have Friday 11 June and Saturday 19 June. All our flights leave from the paddock behind the Castle Howard farm shop.

Callum"""),

    case("""\
Callum,

This is now the third time our flight has been cancelled on the morning itself, after we've driven an hour and a half to the launch site. I understand the weather is the weather, but ⟦why can't you make the call the night before like other companies do?⟧ ⟦I'd like a refund on the voucher now, not another rebooking.⟧

David Marsh""",
         [Y, N], ["why", "request"],
         """\
Dear David,

I'm really sorry – three wasted early mornings is awful, and I completely understand why you've had enough. We do check the forecast the night before, but low cloud and wind at dawn can change within a couple of hours, and we won't take anyone up unless it's safe. I've booked you onto our first flight of the season on Saturday 3 April, and I'll ring you myself the evening before.‸

Callum Reid
Chief Pilot, Skyward Balloon Flights
07700 900835"""),

    case("""\
Callum – Ray's note below, just so you know what he was worried about. We've had a good chat and he's decided he's coming anyway! See you in May.

Helen

Begin forwarded message:

From: Ray Fairclough <ray.fairclough@example.com>
Subject: Balloon
Date: 6 December 2026 at 20:14:33 GMT
To: Helen Fairclough <helen.f@example.com>

Can you ask them if there's a weight limit? And whether I can bring my camera bag in the basket?

Ray""",
         [], [],
         """\
Hi Helen,

That's great news – tell Ray he'll love it. For what it's worth, there's no fixed weight limit, though we do ask for everyone's weight when booking so we can balance the basket, and small camera bags are fine.

See you in May,
Callum""",
         quoted_only=True),

    case("""\
Dear Skyward team,

I'm a wheelchair user and have wanted to go up in a balloon for years. ⟦I was wondering whether any of your baskets has a door or a seat, as I can't climb in over the side.⟧ ⟦I'd also like to know how far the launch field is from where cars can park⟧, and ⟦whether the ground is firm.⟧ We're hoping for a date in May.

Kind regards,
Simon Yardley
Accessibility Officer, Ryedale Arts Trust

DISCLAIMER: The views expressed in this email are those of the sender and not necessarily those of Ryedale Arts Trust.""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Dear Simon,

Thank you for getting in touch. We have one basket with a side door and a fold-down bench seat, and it flies from our Castle Howard site, where you can park right at the edge of the launch field.‸ May is a lovely time to fly, and the door basket is free on several dates.

Kind regards,
Callum"""),

    # --- Liberty Garage Door Co. (garage doors, US) ----------------------------------------------
    case("""\
garage door wont close, spring snapped i think 😫 car stuck inside ⟦how do i get it out⟧ ⟦can u come today⟧ ⟦how much for a spring⟧

Sent from my iPhone""",
         [N, Y, N], ["how", "yes/no", "how much"],
         """\
Hi there,

A tech can be at your place between 1 and 3 today. Please don't try to lift the door by hand with a broken spring – it's extremely heavy.‸

Tasha
Liberty Garage Door Co."""),

    case("""\
Hi Ray,

Thanks for coming by on Thursday to measure. Before we sign off on the quote, a few questions:

1. ⟦Does the $2,850 include hauling away the old door?⟧
2. ⟦Is the insulated model worth it if the garage isn't heated?⟧
3. ⟦How long is the wait for the Sandstone color?⟧
4. ⟦Can we keep the existing opener, or does it have to be replaced too?⟧

Thanks,
Mike Lindqvist""",
         [Y, Y, N, Y], ["yes/no", "yes/no", "when", "yes/no"],
         """\
Hi Mike,

Great questions.

1. Yes – removal and disposal of the old door are included.
2. Even in an unheated garage the insulated door is quieter and stiffer, and it keeps the space a good 10 degrees warmer in winter, so for Denver I'd say yes.
3. Sandstone is a beautiful choice – it's been one of our most popular colors this year.‸
4. Your opener is only three years old and will work fine with the new door.

Best,
Ray Lujan
Owner, Liberty Garage Door Co.
(303) 555-0119"""),

    case("""\
Thanks Tasha. Friday morning is fine. ⟦Can the tech also look at the weatherstripping on the side door while he's here⟧, and ⟦what would that cost?⟧

Bob

-----Original Message-----
From: Liberty Garage Door Co. <service@libertygaragedoor.example.com>
Sent: Saturday, December 5, 2026 9:02 AM
To: Bob Sandoval <bsandoval@example.net>
Subject: Annual tune-up

Hi Bob, it's time for your annual door tune-up. Would Friday, December 11 in the morning work for you? Please let us know.

Tasha""",
         [Y, Y], ["request", "how much"],
         """\
Hi Bob,

You're booked for Friday, December 11 between 8 and 10 AM. I've added a note for the tech to check the side door's weatherstripping too – there's no extra charge for that while he's there.

Tasha"""),

    case("""\
To whom it may concern,

Two weeks after your technician replaced our opener, the door came down on the roof of my wife's car. The safety sensors are obviously not working. We have a dent and scratched paint. ⟦I want someone out here today to fix the sensors⟧ and ⟦I expect Liberty to cover the body shop bill.⟧ ⟦Is your company even licensed and insured?⟧

Steve Karras""",
         [Y, N, Y], ["request", "request", "yes/no"],
         """\
Dear Mr. Karras,

I'm very sorry – that should never happen, and I'm glad nobody was hurt. Ray, our owner, will be at your house at 4 PM today to test and replace the sensors himself. We're fully licensed and insured in Colorado, and I've attached our certificate.‸

Sincerely,
Tasha Ortiz
Service Manager, Liberty Garage Door Co."""),

    case("""\
Hello,

My name is Minh, I rent a house on Kipling Street. The garage door remote is not working since I change the battery. ⟦Can you program a new remote for me⟧, ⟦how much it cost?⟧ ⟦If the landlord must pay, you can send the bill to him directly?⟧

Thank you very much
Minh Tran""",
         [Y, Y, N], ["yes/no", "how much", "yes/no"],
         """\
Hi Minh,

Yes, we can program a new remote – it's $45 for the remote and the programming, and it usually takes the tech about 15 minutes. Often a remote just needs pairing again after a battery change, so try holding the "learn" button on the opener motor for a few seconds first.‸

Thanks,
Tasha
Liberty Garage Door Co."""),

    # --- Featherstone Millinery (milliner, UK) ---------------------------------------------------
    case("""\
Dear Isobel,

My son is getting married on Saturday 22 May in the Cotswolds, and no fewer than three friends have told me I simply must come to you for a hat, which is very flattering for you and slightly terrifying for me, because I've never worn a hat in my life apart from a woolly one. My outfit is a dusky pink dress and coat, and I'm about five foot two, so I worry about anything too wide swamping me. ⟦Would a headpiece rather than a full hat be more sensible at my height?⟧ I'm also a bit lost on timing – ⟦how far ahead should I come in for a first fitting?⟧ Lastly, ⟦do you make hats to order or is it all from what's in the shop?⟧

Warm regards,
Patricia Lowell""",
         [N, N, Y], ["yes/no", "when", "which"],
         """\
Dear Patricia,

Congratulations on the wedding, and your friends are very kind! Dusky pink is a lovely colour to work with, and we'll find you something that flatters you rather than swamps you.‸ Everything we sell is made here in the studio, and about half of our hats are made to order.

Warm wishes,
Isobel"""),

    case("""\
⟦Do you hire out hats for Ascot or only sell?⟧ ⟦If hire, what's the deposit?⟧

Gemma""",
         [Y, Y], ["which", "how much"],
         """\
Hi Gemma,

We do hire – it's £65 for the week, plus a refundable deposit of £100. Ascot week books up quickly, so do come in by the end of April.

Isobel"""),

    case("""\
Isobel,

The fascinator I ordered for my daughter's christening arrived this morning completely crushed – the box was far too small and the quills are bent in half. The christening is on Sunday 20 December. ⟦What are you going to do about it?⟧ ⟦I need a replacement in time, not a refund.⟧

Sarah Quinlan""",
         [Y, Y], ["request", "request"],
         """\
Dear Sarah,

I'm so sorry – that's heartbreaking to open, and the box was my mistake. I'm making a new one today, and it will go out by courier on Wednesday for delivery by Friday 11 December, in a proper hat box. Please keep the damaged one; there's no need to send it back.

With apologies,
Isobel"""),

    case("""\
Thank you! I'll collect it rather than have it posted – ⟦is Saturday morning OK?⟧

Annabel

On Fri, 4 Dec 2026 at 15:47, Featherstone Millinery <studio@featherstonehats.example.co.uk> wrote:
> Dear Annabel,
>
> Your hat is finished. Could you let me know whether you'd prefer to collect it or have it posted? Postage in a hat box is £12.
>
> Isobel""",
         [N], ["yes/no"],
         """\
Hi Annabel,

Lovely – I'll have it boxed up in tissue and ready for you at the front desk.‸

Isobel"""),

    case("""\
hiii 💕 ⟦could u make a headband to match a sage green dress⟧ and ⟦do u do student discount⟧ 🙏 its for my graduation in june ⟦how long does it take to make one⟧

Amira x""",
         [Y, Y, N], ["yes/no", "yes/no", "when"],
         """\
Hi Amira,

I'd love to! 🌿 Sage green is gorgeous, and I have some silk flowers and velvet that would match it nicely – bring a swatch of the dress if you can. We take 10% off for students with a valid card.‸

Isobel"""),

    # --- Keen Edge (mobile knife sharpening, UK) -------------------------------------------------
    case("""\
Hi Dan,

⟦Can you add us to your fortnightly round from January?⟧ About 25 knives, mostly Japanese. ⟦Do you do single-bevel?⟧

Tomasz Nowak
Head Chef, The Salt Yard
07700 900264
Good food takes time.""",
         [Y, Y], ["request", "yes/no"],
         """\
Hi Tomasz,

Happy to – I'll put you on the Tuesday round from 12 January. Single-bevel knives are done by hand on water stones, so they take a little longer, but that's no problem.

Cheers,
Dan"""),

    case("""\
Brilliant, cheers Dan 👍 I'll have them wrapped in a tea towel by the back door. ⟦Could you do my garden shears as well?⟧

Jen

From: Keen Edge <dan@keenedge.example.co.uk>
Sent: 04 December 2026 18:30
To: Jen Hartley <jen.hartley@example.com>
Subject: Sharpening

Hi Jen,

I can collect your knives on Wednesday 9 December and bring them back the same evening. Is the back door the best place to pick them up from?

Dan""",
         [N], ["request"],
         """\
Hi Jen,

Thanks – see you on Wednesday. I'll text when I'm outside.‸

Dan"""),

    case("""\
Dan,

You sharpened my Shun chef's knife last Tuesday and there's now a chip near the tip that wasn't there before. That knife was a wedding present and cost over £200. ⟦Are you insured for this?⟧ ⟦I want it repaired properly or replaced.⟧

Claire Benning""",
         [N, N], ["yes/no", "request"],
         """\
Dear Claire,

I'm sorry to hear that. Japanese steel is very hard and can chip if it's used on bones or frozen food, so it isn't always down to the sharpening. I'd be glad to take a look at it.‸

Dan"""),

    case("""\
Hello Dan,

I am a Spanish chef working in Bristol since few months. I have many knives and also scissors for the fish. ⟦You sharpen also scissors?⟧ And ⟦the price is the same for small knife and big knife?⟧ ⟦Is possible you come on Sunday because other days I work?⟧

Gracias,
Javier Ortega""",
         [Y, Y, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hola Javier,

Yes, I sharpen scissors too, fish scissors included – they're £6 a pair. Knives are £5 up to 20 cm and £7 above that. I don't work Sundays, I'm afraid, but I could come at 8 am on a weekday before your shift, or you could leave them at the café on Wapping Wharf, where I collect every Thursday.

Dan"""),

    case("""\
Hi Dan,

As we discussed on the phone on Friday, ⟦the cookery school would like you to run a sharpening demo for our Saturday students in February.⟧ ⟦Could you tell me what you'd charge for a two-hour session⟧ and ⟦whether you'd bring your own equipment?⟧ ⟦If February doesn't work, is March any better?⟧ ⟦Please also send me a short bio for the website.⟧

Thanks,
Rosalind Shaw
Bookings, Kitchen Table Cookery
07700 900355""",
         [Y, N, Y, Y, Y], ["request", "how much", "yes/no", "yes/no", "request"],
         """\
Hi Rosalind,

Thanks for the call on Friday. February is fine – any Saturday except the 13th. I'll bring everything, including stones and a few practice knives, so the students only need their own knives. I've attached a short bio and a photo for the website.‸

Best,
Dan Hollis
Keen Edge
07700 900176"""),

    # --- Starlite Lanes (bowling alley, US) ------------------------------------------------------
    case("""\
hi!! 🎳 ⟦do u have bumpers for little kids⟧ my son turns 6 in jan ⟦how many kids can fit on one lane⟧ and ⟦is pizza included in the party pkg⟧ 🍕

Sent from my iPhone""",
         [Y, N, Y], ["yes/no", "how much", "yes/no"],
         """\
Hi there!

Happy early birthday to your son! 🎉 Every lane has pop-up bumpers, and we have ramps for the littlest bowlers too. Our party package includes two hours of bowling, shoes, a large pizza per lane and a pitcher of soda.‸

Brenda
Starlite Lanes"""),

    case("""\
Hi Brenda,

Our office is thinking about starting a Thursday night league from January to April. Questions:

1. ⟦How many teams do you need minimum to start a league?⟧
2. ⟦What's the weekly cost per bowler?⟧
3. ⟦Do we need to be USBC members?⟧

Also, ⟦could you send me a sample schedule?⟧

Thanks,
Jared Pollock
Senior Accountant | Fairmount Financial Group
(216) 555-0181

CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you received it in error, please notify the sender and delete it.""",
         [Y, N, Y, N], ["how much", "how much", "yes/no", "request"],
         """\
Hi Jared,

Thanks for thinking of us! We need at least eight teams of four to run a Thursday league. Our league rates are some of the most affordable in Cleveland, and shoes are always included. USBC membership isn't required for our fun leagues, only for sanctioned ones, and it's $30 a season if you want it.‸

Best,
Brenda Kowalski
Events Manager, Starlite Lanes
(216) 555-0154"""),

    case("""\
Brenda,

We booked the party room for Saturday, December 5 three weeks ago and paid a $100 deposit. When we showed up with 14 kids, the room was being used by another party and we were put on two lanes with no tables. The kids ate their pizza standing up. ⟦Why was our room given away?⟧ ⟦I want the full party cost refunded, not just the deposit.⟧

Kristen Mahoney""",
         [N, N], ["why", "request"],
         """\
Dear Kristen,

I'm so sorry about Saturday – I can only imagine how disappointing that was for your child and for you. I'd like to make it up to you with a free party for up to 14 kids on any weekend in January, including the room, bowling and pizza.‸

Sincerely,
Brenda Kowalski
Events Manager"""),

    case("""\
Great, thanks! We'll see you then.

— Luis

On Sat, Dec 5, 2026 at 2:40 PM Starlite Lanes <events@starlitelanes.example.com> wrote:
> Hi Luis,
> You're all set for Friday, December 18 at 7 PM, four lanes. Do you want us to add the cosmic bowling upgrade for $10 a person?
> Brenda
>
>> On Fri, Dec 4, 2026 at 9:15 AM Luis Serrano <lserrano@example.com> wrote:
>> Can we get four lanes for our team holiday party on the 18th?""",
         [], [],
         """\
Hi Luis,

See you on Friday, December 18! If you decide you'd like cosmic bowling, just let us know before the day.

Brenda""",
         quoted_only=True),

    case("""\
Hello,

I bowled in your Tuesday senior league until my hip surgery in October, and I'm hoping to come back. ⟦I was wondering whether I could rejoin mid-season in January or whether I'd have to wait until the fall.⟧ ⟦If I can rejoin, would my old average still count for handicap?⟧ My doctor says I should use a lighter ball for now, so ⟦could you tell me if you sell 10-pound balls in the pro shop?⟧

Thank you,
Walter Przybylski""",
         [Y, N, Y], ["which", "yes/no", "yes/no"],
         """\
Hi Walter,

Welcome back – we've missed you on Tuesdays! You're welcome to rejoin in January; the league secretary just needs a week's notice to update the sheets. Our pro shop carries 10-pound balls in a few colors, and Gary can drill one to fit your hand.‸

Brenda"""),

    # --- Thornbury Chocolate Co. (chocolatier's web shop, UK) ------------------------------------
    case("""\
⟦Is the Christmas selection box nut-free?⟧ My nephew has a severe allergy. ⟦Last posting date?⟧

Rachel""",
         [Y, N], ["yes/no", "when"],
         """\
Hi Rachel,

The selection box contains praline, so it isn't suitable, I'm afraid – and everything we make comes out of a kitchen that handles nuts, so I'd gently steer you away from our range for your nephew.‸

Nadia
Thornbury Chocolate Co."""),

    case("""\
Dear Nadia,

I'm putting together our client Christmas gifts this year, and a colleague raved about your salted caramel truffles, which she was given at a conference in Harrogate. We're a small architecture practice, so it's about 60 boxes, and ⟦ideally each would have our logo on a sleeve or a sticker – nothing fancy.⟧ The partners are keen that they arrive at the clients' offices rather than ours, which I realise makes it more complicated. ⟦Would you be able to send them out to individual addresses if I give you a spreadsheet?⟧ And ⟦is there a discount at that quantity?⟧ ⟦I'd need them delivered by Friday 18 December at the latest.⟧

Best regards,
Siobhan Clarke
Office Manager, Carrow & Penn Architects
07700 900622
Designing for people, not plans.

This email may contain confidential information and is intended only for the named recipient.""",
         [Y, Y, N, Y], ["request", "yes/no", "yes/no", "request"],
         """\
Dear Siobhan,

Thank you – lovely to hear the truffles made an impression! Sending to individual addresses is no problem: just send the spreadsheet by Friday 11 December and we'll post them all first class on Tuesday 15 December, so they'll arrive in good time. We can print a custom sleeve with your logo for 40p a box.‸

Warm wishes,
Nadia Fernsby
Thornbury Chocolate Co."""),

    case("""\
Hi Nadia,

Forwarding this from my sister so you have her new address. ⟦Could you change the delivery address on order TC-6020 to hers?⟧

Thanks,
Imogen

---------- Forwarded message ---------
From: Beatrice Hollins <bea.hollins@example.com>
Date: Sun, 6 Dec 2026 at 21:05
Subject: Re: Chocolates!
To: Imogen Hollins <imogen.h@example.com>

My new address is 12 Weir Lane, Bath, BA2 4JN. Can you make sure the shop has it before they send anything? And please don't tell Mum!

Bea""",
         [Y], ["request"],
         """\
Hi Imogen,

Done – order TC-6020 will now go to 12 Weir Lane, Bath, and mum's the word!

Nadia"""),

    case("""\
Hello,

My order TC-5581 arrived on Thursday as a solid brown brick. The courier left it next to a radiator in the communal hall, but your packaging had no cool pack either. It was a £48 birthday present. ⟦I'd like a replacement sent with proper insulation⟧ and ⟦can you make sure it comes by Royal Mail, not that courier?⟧

Tom Hughes""",
         [Y, N], ["request", "request"],
         """\
Dear Tom,

I'm so sorry – what a sad thing to unwrap. A replacement is on its way today, packed with an insulated liner and two ice packs, and it should be with you tomorrow.‸

Best wishes,
Nadia"""),

    case("""\
Bonjour,

I am French and I live in Lyon. I have discovered your chocolates in London in October. ⟦Do you send to France, or only in UK?⟧ ⟦If yes, the customs taxes are for me or for you?⟧ And ⟦the dark chocolate bar 85%, it contains milk?⟧

Merci beaucoup,
Camille Roux""",
         [Y, N, Y], ["yes/no", "which", "yes/no"],
         """\
Bonjour Camille,

Merci for your message! We do post to France – it takes about five working days and costs £14.50. Our 85% dark bar is made without milk, although it's produced in a kitchen that also uses dairy.‸

Bien à vous,
Nadia"""),

    # --- Anvil Hill Forge (blacksmith experience days, UK) ---------------------------------------
    case("""\
Hello,

⟦Would one of your forge days make a good present for a 15-year-old?⟧ ⟦Is there a minimum age?⟧ My grandson is mad about knives and swords.

Regards,
Brian Tolley""",
         [Y, Y], ["yes/no", "yes/no"],
         """\
Dear Brian,

Our minimum age is 14, and 15-year-olds often turn out to be some of our best students – though I should say that on the beginners' day we make hooks, pokers and tools rather than knives or swords. Vouchers are £145 and valid for a year.

Best wishes,
Gethin
Anvil Hill Forge"""),

    case("""\
Ha, fair enough! ⟦Is there anywhere to buy lunch nearby, or should I bring my own?⟧

Rob

On Thu, 3 Dec 2026 at 12:14, Anvil Hill Forge <forge@anvilhill.example.co.uk> wrote:
> Hi Rob,
> Steel toe-caps aren't essential, but please wear sturdy leather boots and cotton clothes – no fleeces, they melt. Any other questions, just ask.
> Gethin
>
>> On Wed, 2 Dec 2026 at 19:50, Rob Fenwick <rob.fenwick@example.com> wrote:
>> Do I need steel toe-cap boots for the knife-making day on 16 January?""",
         [N], ["which"],
         """\
Hi Rob,

Looking forward to it – see you on Saturday 16 January at 9. Tea and coffee are on tap all day.‸

Gethin"""),

    case("""\
Dear Gethin,

We met briefly at the Ludlow Christmas fair on Saturday – I was the one with the spaniel who tried to eat your leaflets, sorry again. My husband and I have been turning an old chapel into a house for about three years now, and the one thing we've never managed to sort out is a proper gate for the side entrance; there's a gap about 1.2 metres wide between two stone piers, and at the moment it's blocked by a pallet, which is not a good look. I loved the scrolled gate you had on display. ⟦Do you take on commissions like that as well as running the courses?⟧ We'd want something simpler, probably, with a latch we can open from either side because of the dog. And ⟦I'd be grateful for a ballpark figure, so we know whether we need to save up for a year first!⟧

With thanks,
Ruth Penhallow""",
         [Y, N], ["yes/no", "how much"],
         """\
Dear Ruth,

Lovely to hear from you, and the spaniel was very welcome! I do make gates to order between courses, and a simple design with a latch that opens from both sides sounds very doable. I'd need to come and measure the piers and see the setting before I could price it properly.‸ Would a Saturday morning in January suit you for a visit?

Best wishes,
Gethin"""),

    case("""\
Gethin,

I've just had a text saying Saturday's course is cancelled because of "staff illness", after I've booked a non-refundable hotel in Shrewsbury for Friday night. ⟦Are you going to cover the hotel?⟧ ⟦I also want to know when the rescheduled date is, because the text didn't say.⟧

Alan Greatorex

From: Anvil Hill Forge <forge@anvilhill.example.co.uk>
Sent: 02 December 2026 10:05
To: Alan Greatorex <alan.greatorex@example.com>
Subject: Booking confirmed

Hi Alan, you're booked on the beginners' day on Saturday 12 December, 9.30 till 4. Please bring a packed lunch.""",
         [N, Y], ["yes/no", "when"],
         """\
Dear Alan,

I'm very sorry – I know how annoying it is to have plans upended at short notice. I've moved you onto the beginners' day on Saturday 23 January, same times, and I'll ring you this afternoon to talk about the hotel.‸

Gethin Price
Anvil Hill Forge
07700 900709"""),

    case("""\
alright mate 🔨 ⟦can u do a forge day for a stag do⟧ 8 lads, march sometime. ⟦is there beer allowed⟧ 😂 and ⟦can we take home what we make⟧

Sent from my Galaxy""",
         [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
         """\
Hi mate,

Stag days are some of our favourites! 👍 Eight is the perfect number – we'll have you making bottle openers with your initials stamped in, and everything you make goes home with you. We've got Saturdays free in March except the 20th.‸

Gethin"""),

    # --- Clearspring Water Co. (bottled-water delivery, US) --------------------------------------
    case("""\
Hi,

I was charged twice for December, $38.50 on December 1 and again on December 3. ⟦I need the second charge refunded.⟧ Also ⟦please resend the December invoice, I can't find it.⟧

Thanks,
Paul Nguyen
Account 44-81927""",
         [Y, N], ["request", "request"],
         """\
Hi Paul,

You're right – our billing system ran your card twice after a payment retry. I've refunded the second $38.50, and it should show on your statement in three to five business days.‸

Thanks,
Alyssa
Clearspring Water Co.
(520) 555-0147"""),

    case("""\
Thanks, that's fine.

________________________________
From: Clearspring Water Co. <care@clearspringwater.example.com>
Sent: Friday, December 4, 2026 10:40 AM
To: Diane Whitaker <dwhitaker@example.org>
Subject: Holiday delivery schedule

Hi Diane,

Because of the holiday, your delivery normally due on Friday, December 25 will move to Saturday, December 26. Please let us know if that doesn't work for your office.

Alyssa""",
         [], [],
         """\
Hi Diane,

Great, thanks for confirming. Happy holidays!

Alyssa""",
         quoted_only=True),

    case("""\
Hello,

We're opening a new dental office in February and want water service. Can you tell me:

- ⟦Do you rent hot-and-cold dispensers, or do we have to buy one?⟧
- ⟦What's the minimum order per delivery?⟧
- ⟦Is delivery every week or every two weeks?⟧
- ⟦Whether you can deliver before 8 am, before patients arrive.⟧

Dr. Aisha Rahman
Rahman Family Dentistry
(520) 555-0128""",
         [Y, Y, Y, N], ["which", "how much", "which", "yes/no"],
         """\
Dear Dr. Rahman,

Congratulations on the new office! We rent hot-and-cold dispensers for $12 a month, so there's no need to buy one. The minimum order is three 5-gallon bottles per delivery, and most offices your size are on a two-week schedule, though weekly is available.‸

Best regards,
Alyssa
Clearspring Water Co."""),

    case("""\
This is ridiculous. Third week in a row your driver has skipped our building because he says the loading dock was "busy". We have 40 employees and no water. ⟦When is someone actually going to deliver?⟧ And ⟦why am I still being billed for deliveries we never got?⟧

Greg Ostrowski
Facilities Manager, Tucson Tile Supply

Sent from my iPhone""",
         [N, N], ["when", "why"],
         """\
Dear Greg,

I'm very sorry. I've spoken to the route supervisor, and we're looking into what's been happening with your deliveries.‸

Alyssa
Customer Care, Clearspring Water Co."""),

    case("""\
Hello,

I am moving from my apartment on 5th Street to a house in Oro Valley on January 15. ⟦Could you let me know if you deliver to Oro Valley?⟧ ⟦If yes, please move my service to new address from that date.⟧ ⟦If no, how I return the dispenser and get back my deposit?⟧

Spasibo,
Olga Petrenko""",
         [Y, Y, Y], ["yes/no", "request", "how"],
         """\
Hi Olga,

We do deliver to Oro Valley! I've moved your service to the new house starting with the delivery on Tuesday, January 19 – I just need the full street address to finish setting it up.

Thanks,
Alyssa"""),

    # --- Wren & Sons Decorators (painter and decorator, UK) --------------------------------------
    case("""\
Hi Martin, ⟦would you paint the hall and landing in January or is that too cold for it?⟧ And ⟦can you give me a price for that and the downstairs loo?⟧ Ann""",
         [Y, N], ["yes/no", "how much"],
         """\
Hi Ann,

January is fine for inside work – we keep the heating on, and the paint dries well as long as the rooms are above 10 degrees. I'll pop round to have a look at the hall, landing and loo before I price it.‸

Martin
Wren & Sons Decorators"""),

    case("""\
Hi Martin,

Thanks for the quote, which all looks fine. The trouble is that we still can't agree on colours. I've had sample pots of about eleven greens on the living-room wall for a fortnight, and my partner now says they all look grey in the evening, which to be fair they do under our lamps. My sister says we should just go for white and be done with it, but I think that would feel like a hospital. ⟦Do you ever do colour consultations, or know someone who does?⟧ Also, ⟦if we go with a darker green, would it need more coats⟧, and ⟦would that change the price?⟧ We're happy to wait until February if that gives us more time.

Cheers,
Lewis

On Wed, 2 Dec 2026 at 08:55, Wren & Sons Decorators <martin@wrenandsons.example.co.uk> wrote:
> Hi Lewis,
> Quote attached for the living room and dining room: £1,480 including materials, two coats throughout. Let me know when you've chosen your colours.
> Martin""",
         [N, Y, N], ["which", "yes/no", "yes/no"],
         """\
Hi Lewis,

Eleven greens is nothing – I've seen worse! Darker greens usually need a third coat over white.‸ Take as long as you need with the colours; February is no problem for us.

Martin"""),

    case("""\
Thanks Martin, all good from our end.

Priya Shah
Lettings Negotiator, Harcourt Lettings
07700 900399

-----Original Message-----
From: Martin Wren <martin@wrenandsons.example.co.uk>
Sent: 04 December 2026 17:10
To: Priya Shah <priya.shah@harcourtlettings.example.co.uk>
Subject: Flat 3, 22 Queen Street

Hi Priya,

The flat's finished. Could you ask the tenant to keep the windows open for a day or two to get rid of the smell?

Martin""",
         [], [],
         """\
Thanks Priya. I'll drop the keys back at the office on Wednesday.

Martin""",
         quoted_only=True),

    case("""\
Martin,

I came home on Friday to find grey paint splashes on the new oak floor in the hall, and your lad had already gone. Honestly, how hard is it to put a dust sheet down? I've tried warm soapy water and it hasn't shifted. ⟦I want the floor put right before we have people over on the 19th.⟧ ⟦Which product are you going to use on it, because I'm not having anyone take a sander to it?⟧

Jane Pemberton""",
         [Y, N], ["request", "which"],
         """\
Dear Jane,

I'm really sorry – there's no excuse for that, and I've had words with Ryan. I'll come round myself on Wednesday 9 December at 10 am and get every mark off well before your guests arrive. We've dealt with paint on oak plenty of times, and it always comes out.‸

Martin"""),

    case("""\
Martin,

The bedroom looks incredible. Honestly, why did we wait ten years to do this? Payment sent this morning by bank transfer.

Many thanks,
Gwen & Alun""",
         [], [],
         """\
Thanks Gwen and Alun – I'm so glad you're happy with it, and the payment has come through. Enjoy the room!

Martin"""),
]
