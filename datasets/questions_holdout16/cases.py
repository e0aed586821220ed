"""Held-out set 16 for the `questions` feature, written blind (see README.md).

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests of
the newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one value per
span in order, and the draft holds one ‸ where the missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded message, signature or disclaimer does.
"""

CASES = []

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    CASES.append({"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
                  "quoted_only": quoted_only})


# --- Clearflow Gutter Co. (US gutter cleaning) ------------------------------------------------

case("""Hi,

⟦Do you guys do gutter guards too or just cleaning?⟧ Also ⟦what do you charge for a 2-story colonial, about 180 ft of gutter?⟧

Thanks,
Rick Almeida""",
     [Y, Y], ["which", "how much"],
     """Hi Rick,

We install guards as well as clean gutters — most of our customers go with micro-mesh. Cleaning a two-story home with around 180 feet of gutter runs $215, and that includes flushing the downspouts.

Best,
Tanya
Clearflow Gutter Co.""")

case("""Your crew was here Friday and left a pile of wet leaves all over my flower beds and the driveway. I paid $240 for this. ⟦Who is going to come back and clean it up?⟧ And ⟦why wasn't anyone checking before they left?⟧ ⟦I want a partial refund.⟧

Marcy Delgado

On Sat, Dec 5, 2026 at 8:02 AM Clearflow Gutter Co. <service@clearflow.example.com> wrote:
> Hi Marcy, thanks for choosing Clearflow! Your invoice #CF-20817 for $240.00 is attached.
> How did we do? Reply and let us know!""",
     [Y, N, N], ["which", "why", "request"],
     """Hi Marcy,

I'm so sorry about the mess — that's not the standard we hold ourselves to. Our crew lead, Devon, will be back at your house on Monday, December 7 between 9 and 11 a.m. to clear the beds and the driveway.‸

Thanks for letting us know,
Tanya Ruiz
Customer Care, Clearflow Gutter Co.""")

case("""Hello Clearflow team,

We just closed on a house on Birchwood Lane and our neighbor recommended you. A few questions before I book:

1. ⟦How often should gutters be cleaned when there are two big oaks right over the roof?⟧
2. ⟦Do we need to be home while you work?⟧
3. ⟦Can we pay by check?⟧
4. ⟦Could you send me a quote for sometime in the first week of January?⟧

Appreciate it,
Nadia Friedman
(614) 555-0139""",
     [Y, Y, N, Y], ["when", "yes/no", "yes/no", "request"],
     """Hi Nadia,

Congratulations on the new house! With oaks hanging over the roof, plan on three cleanings a year: late spring, early fall, and again after the last leaves drop in December. Nobody needs to be home as long as our crew can get into the backyard, so just leave the side gate unlocked. Payment is due within 14 days of the visit, and the invoice comes by email.‸

I've attached a quote for a cleaning on Tuesday, January 5, our first open day that week.

Best,
Tanya Ruiz
Clearflow Gutter Co.""")

case("""hey ⟦is there any way you guys can come out before the storm thurs??⟧ the downspout by the garage is totally clogged and water is pouring over the side. also ⟦do u do emergency calls on weekends⟧

Sent from my iPhone""",
     [Y, N], ["yes/no", "yes/no"],
     """Hi there,

We can squeeze you in Wednesday afternoon, ahead of the storm. Our tech will call about 30 minutes before arriving.‸

Tanya
Clearflow Gutter Co.""")

case("""Thanks Tanya, that all works for us. See you on the 14th!

Greg

On Tue, Dec 8, 2026 at 3:41 PM Clearflow Gutter Co. <service@clearflow.example.com> wrote:
> Hi Greg,
> We have you down for Monday, December 14, arriving between 8 and 10 a.m. Our crew can take a look at the soft fascia board over the porch while they're up there. Could you make sure the side gate is unlocked? And do you want us to haul away the old splash blocks?
>
> Tanya""",
     [], [],
     """Hi Greg,

Great, you're all set for Monday. The crew will text when they're on the way.

Tanya
Clearflow Gutter Co.""", quoted_only=True)


case("""Tanya,

It's been three weeks since I paid the deposit for the gutter guard install and I still don't have a date. ⟦When is this getting done?⟧ And ⟦is the price still $1,180 or did it go up with the new year?⟧

Walt Brennan

-----Original Message-----
From: Clearflow Gutter Co. <service@clearflow.example.com>
Sent: Friday, November 20, 2026 1:15 PM
To: Walt Brennan <wbrennan@example.net>
Subject: Deposit received

Thanks Walt! We'll reach out to schedule. Questions? Call us at (614) 555-0110.""",
     [N, Y], ["when", "which"],
     """Hi Walt,

I'm sorry for the wait; guard installs have been busier than ever this fall. Your price is locked in at what you were quoted, $1,180, no matter when we install. We're working through the list as fast as we can and will call you shortly to set a date.‸

Thanks for your patience,
Tanya Ruiz
Clearflow Gutter Co.""")


# --- Groove Foundry Pressing (US record-pressing plant) ----------------------------------------

case("""Hey Groove Foundry!! 🎶

So we're a four-piece from Tacoma called The Marrow Lights and we FINALLY finished mastering our first LP (took forever lol). We're looking at 300 copies, 180g, probably colored vinyl if it doesn't cost an arm and a leg. ⟦What's the turnaround right now?⟧ We'd love to have them for our release show on March 20. Also ⟦is a split color (half red/half black) possible or only solid colors?⟧ And ⟦do you do test pressings before the full run?⟧

⟦Could you send over a price sheet?⟧

Thanks a ton,
Jess (The Marrow Lights)""",
     [Y, Y, Y, N], ["when", "which", "yes/no", "request"],
     """Hey Jess,

Congrats on finishing the record! 🤘 Right now we're running about 14 weeks from approved test pressings, so March 20 is tight but doable if your lacquers reach us by December 18. Every order gets five test pressings before the full run, and half-and-half splits work in most color pairs, red/black included. Pricing depends on a lot of options, so let's chat once you've settled on the specs.‸

Cheers,
Omar
Groove Foundry Pressing""")

case("""Hi,

⟦Can we change the label art on order GF-4471 before it goes to press?⟧ New file attached. ⟦Is there a fee for that?⟧

Dana Kowalczyk
Low Tide Records

From: Groove Foundry Pressing <orders@groovefoundry.example.com>
Sent: Monday, December 7, 2026 11:20 AM
To: Dana Kowalczyk <dana@lowtiderecords.example.com>
Subject: GF-4471 approved for pressing

Hi Dana, your test pressings are approved and the job is scheduled. Please let us know if anything changes before Friday.""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Dana,

Got the new file. It's swapped in, and since the labels hadn't gone to the printer yet there's no charge.

Best,
Omar
Groove Foundry Pressing""")

case("""Hello,

we are a small band from Leipzig and we want to press 200 vinyl of our album. ⟦Is it possible to send the master files as WAV 24 bit, or you need DDP?⟧ ⟦How many minutes fit on one side at 33 rpm?⟧ Our songs are long (side A is 23 minutes). Also ⟦we want to know if you ship to Germany⟧ and ⟦how much cost the shipping.⟧

Many thanks and greetings,
Lukas Brandt
Nachtfalter""",
     [Y, Y, Y, N], ["which", "how much", "yes/no", "how much"],
     """Hello Lukas,

24-bit WAV files are perfect, no DDP needed. For a clean, loud cut we recommend 20 to 22 minutes per side at 33 rpm; at 23 minutes we'd cut slightly quieter, or you could go to 45 rpm over two discs. We ship worldwide, Germany included.‸

Best regards,
Omar
Groove Foundry Pressing""")

case("""Omar and everyone,

The records arrived this morning and they sound incredible. Who knew 180g could feel this good? Our drummer actually cried. Thank you for squeezing us in before the holidays.

Cheers,
Jess
The Marrow Lights""",
     [], [],
     """Hi Jess,

That made our week, thank you! Send us a photo from the release show if you get a chance.

Omar
Groove Foundry Pressing""")

case("""To whom it may concern,

Forty of the 300 records in our order GF-4390 are warped; you can see the edge lift when they sit on a flat table. This is the second time this has happened with your plant. ⟦I need replacements before our tour starts on January 15.⟧ ⟦Do you want the warped ones sent back, or should we just throw them out?⟧ And ⟦how are you going to make sure this doesn't happen a third time?⟧

Regards,
Priya Natarajan
Manager, Hollow Pines
(503) 555-0164""",
     [Y, Y, N], ["request", "which", "how"],
     """Hi Priya,

I'm really sorry. Forty warped copies is not acceptable, least of all twice. We're repressing those 40 this week and they'll ship by Friday, January 8, so you'll have them well before the 15th. No need to send the warped copies back; recycle them, or sell them at the merch table as seconds.‸

Omar
Groove Foundry Pressing""")


case("""Hi Omar,

Just checking in on GF-4502. ⟦When will the test pressings ship?⟧ Our distributor is asking for a street date and I keep telling them "soon". Also ⟦can you send me the tracking once they go out?⟧

Thanks,
Marisol Vega
Paper Kite Records
________________________________
From: Omar Salas <omar@groovefoundry.example.com>
Sent: Thursday, December 3, 2026 5:10 PM
To: Marisol Vega <marisol@paperkite.example.com>
Subject: RE: GF-4502 lacquers received

Lacquers arrived safe. We’ll get them plated and into the queue. Any questions, let me know.""",
     [N, Y], ["when", "request"],
     """Hi Marisol,

Thanks for checking in! Your job is in the queue and the test pressings will be heading your way very soon.‸ I’ll send you the tracking number the same day they go out.

Omar
Groove Foundry Pressing""")


# --- Hollybrook Farm (pick-your-own and cut-your-own Christmas trees, UK) ----------------------

case("""Hello,

We came strawberry picking last June and the children haven’t stopped talking about it 🍓 ⟦When does the season start next year?⟧ ⟦Do we need to book a slot, or can we just turn up?⟧ And one more thing: ⟦is the field path OK for a double buggy?⟧

Thanks,
Harriet Moss""",
     [Y, Y, N], ["when", "which", "yes/no"],
     """Hi Harriet,

Lovely to hear that! Strawberries usually open in the first week of June, weather permitting, and we post the exact date on our website in May. Weekend slots have to be booked online; on weekdays you can just turn up.‸

See you in the summer,
Beth
Hollybrook Farm""")

case("""hi ⟦are you open for christmas trees on sunday 20th?⟧ need one for our church hall so ⟦do you have any around 12ft⟧ and ⟦do you net them⟧

Sent from my iPhone""",
     [Y, N, Y], ["yes/no", "yes/no", "yes/no"],
     """Hi,

Yes, we’re open on Sunday 20 December from 9 till 4, with the last trees going out at 3.30. Every tree is netted free at the barn before you load it.‸

Hollybrook Farm""")

case("""Dear Hollybrook,

I wanted to write because my mother, who is 84 and uses a walking frame, has picked raspberries at your farm every summer since the nineties. Last year she struggled on the grass between the canes and ended up sitting in the car while the rest of us picked, which was a shame because it’s really the highlight of her year. My sister says you’ve put in some raised beds by the shop — ⟦is that right?⟧ ⟦If so, are there raspberries in them or only strawberries?⟧ ⟦Is there somewhere near the entrance she could sit in the shade?⟧ ⟦I’d also like to know whether blue badge holders can park closer to the fields.⟧

⟦Could you let me know roughly when raspberries start?⟧ She likes to have something to look forward to.

With thanks,
Gillian Parfitt

On Mon, 7 Dec 2026 at 10:12, Hollybrook Farm <hello@hollybrookfarm.example.co.uk> wrote:
> Thank you for signing up to our newsletter! Would you like to hear about our Easter egg hunt too? Reply YES.""",
     [Y, Y, N, Y, Y], ["yes/no", "which", "yes/no", "yes/no", "when"],
     """Dear Gillian,

What a lovely thing to hear; please give your mother our best. Yes, we built six raised beds beside the farm shop this spring, and two of them are raspberries, so she can pick without going onto the grass at all. Blue badge holders can park on the small gravel area right next to those beds. Raspberries usually start in early July.‸

Warm wishes,
Beth Akers
Hollybrook Farm""")

case("""Hi,

Forwarding my confirmation as you asked on the phone. It’s under my husband’s name.

Clare Whitby

---------- Forwarded message ---------
From: Hollybrook Farm <bookings@hollybrookfarm.example.co.uk>
Date: Sat, 12 Dec 2026 at 08:15
Subject: Your Christmas tree slot
To: Martin Whitby <m.whitby@example.com>

Hi Martin, you’re booked for Saturday 19 December at 11:00 (ref HB-3306). Please show this email at the gate. Can’t make it? Reply to cancel.""",
     [], [],
     """Hi Clare,

Thanks, found it. We’ve noted it against your name too, so you won’t need to show anything at the gate.

Beth
Hollybrook Farm""", quoted_only=True)

case("""Dear Sir/Madam,

I’m organising a visit for our Year 2 class (28 children and 6 adults) in late June. ⟦Do you offer a school rate?⟧ ⟦Please could you send your risk assessment for our files.⟧ ⟦Are there toilets on site that the children can use?⟧

Many thanks,
Mrs A. Okafor
St Wilfrid’s Primary School""",
     [Y, Y, N], ["yes/no", "request", "yes/no"],
     """Dear Mrs Okafor,

Thank you for thinking of us for your trip. School groups pay £4.50 per child, and accompanying adults go free. I’ve attached our risk assessment, which covers the fields, the tractor ride and the farm shop.‸

Kind regards,
Beth Akers
Hollybrook Farm""")


# --- Dunmere Model Railway Club (UK) -----------------------------------------------------------

case("""Dear Secretary,

I have a 00 gauge layout (about 8ft by 4ft) that I have been building in the loft for some years, and I would now like to join the club. ⟦Could you tell me how much the annual subscription is?⟧ ⟦Do members bring their own locomotives to run on the club layout?⟧ And ⟦what nights do you meet?⟧

Yours faithfully,
Derek Hollis""",
     [N, Y, Y], ["how much", "yes/no", "when"],
     """Dear Mr Hollis,

Thank you for your interest; we’d be delighted to have you. We meet on Tuesday and Thursday evenings from 7 pm at the Scout hut on Mill Lane, and members are welcome to run their own DCC locos on the club layout once they have been checked on the rolling road.‸

Best regards,
Keith Penrose
Hon. Secretary, Dunmere Model Railway Club""")

case("""Hi,

Trader enquiry for your exhibition on Saturday 6 February. ⟦How much is a 6ft table⟧ and ⟦is there power?⟧ ⟦What time can we get in to set up?⟧

Thanks
Sam Feld
Feld’s Trackside Supplies
07700 900462""",
     [Y, Y, Y], ["how much", "yes/no", "when"],
     """Hi Sam,

A 6ft trader table is £35 for the day, and a double socket is £10 on top. Doors open for traders at 7.30 am.

Thanks,
Keith
Dunmere MRC""")

case("""Dear Sir,

At your exhibition on Saturday my son (he is 9) was shouted at by one of your members for touching a locomotive that was sitting on the edge of the layout. He was in tears and we left straight away. Nobody had told him not to touch and there was no sign. ⟦I would like to know who this man was.⟧ ⟦I also expect an apology.⟧

Regards,
Mrs Leila Haddad""",
     [N, Y], ["which", "request"],
     """Dear Mrs Haddad,

I’m very sorry your son was shouted at and left the show upset. That should never have happened, and I apologise on behalf of the club. We want every visitor, especially the youngest ones, to enjoy the exhibition, and from now on every layout will have a “please don’t touch” sign.‸

Yours sincerely,
Keith Penrose
Hon. Secretary, Dunmere Model Railway Club""")

case("""Hi Keith,

Forwarding the email from the hall about the heating, see below. ⟦Can you check whether we’re still on for the 12th before I tell the others?⟧

Roy

---------- Forwarded message ---------
From: St Cuthbert’s Hall Bookings <bookings@stcuthberts.example.org.uk>
Date: Tue, 1 Dec 2026 at 16:22
Subject: Heating works
To: Roy Sanderson <roy.sanderson@example.com>

Dear Roy, the boiler is being replaced in the week of 7 December. Could you confirm whether your group still wishes to meet on Saturday 12 December? Please reply by Friday.""",
     [Y], ["yes/no"],
     """Hi Roy,

Thanks for passing that on. The engineers have promised the heating will be back on by the Thursday, so I’ve told the hall we’re keeping our booking. Tell the others it’s business as usual.

Keith""")

case("""Keith,

Cheque for my renewal went in the post this morning. See you at the running night.

Regards,
Alan
--
Alan Beech
Beech Signal Works
Need a signal box built for your layout? Ask me about commissions!""",
     [], [],
     """Hi Alan,

Thanks, I’ll look out for it and update the membership list when it arrives.

Keith""", quoted_only=True)


# --- Ravensholme Hall events office (stately home, UK) -----------------------------------------

case("""Hi there,

We’re getting married on Saturday 18 September 2027 and we are *very* keen on the Orangery 😍 A few questions:

- ⟦Is the Orangery free on that date?⟧
- ⟦How many guests can it seat for dinner?⟧
- ⟦Can we have a drinks reception on the south lawn?⟧
- ⟦Which caterers are we allowed to use?⟧

Looking forward to hearing from you!
Ellie & Tom""",
     [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "which"],
     """Hi Ellie and Tom,

Congratulations! 🥂 Good news: the Orangery is still free on Saturday 18 September 2027, and I’ve pencilled you in for two weeks. It seats 120 for a sit-down dinner (150 with the terrace doors open for the evening). Drinks receptions usually go on the south lawn, with the Orangery as our wet-weather back-up.‸

Warm regards,
Fiona Grey
Events Office, Ravensholme Hall""")

case("""I booked four tickets for the candlelit Christmas tour on Friday 18 December and got an email this morning saying it’s cancelled because of “staffing”. We have travelled down from Leeds for this and booked a hotel. ⟦Why was it cancelled at two days’ notice?⟧ ⟦Is there another date before Christmas we can move to?⟧ And ⟦will you cover our hotel?⟧

Mrs J. Pickering""",
     [N, Y, Y], ["why", "yes/no", "yes/no"],
     """Dear Mrs Pickering,

I’m so sorry. I know how disappointing this is, especially when you’ve travelled. We can move your four tickets to Monday 21 December or Tuesday 22 December, both at 6 pm; just tell me which you’d prefer. We’re not able to cover hotel costs, but we’ll refund your tickets in full if neither date works.‸

Kind regards,
Fiona Grey
Events Office, Ravensholme Hall""")

case("""Hi Fiona,

Following up on our call: we're scouting for a period drama and would need the Long Gallery and the east courtyard for 3 shoot days in late April. ⟦What's your day rate for filming?⟧ ⟦Can we bring a generator truck onto the gravel drive?⟧ ⟦Please send over your location agreement so our legal team can review it.⟧

Best,
Marisa Chen
Line Producer, Brightwater Pictures
(310) 555-0187""",
     [N, N, N], ["how much", "yes/no", "request"],
     """Hi Marisa,

Lovely to speak with you yesterday. The Long Gallery has been used by several productions over the years, and it photographs beautifully in spring light. Our rates depend on the spaces, crew size and hours, so the best next step is a full recce with our house manager.‸ I'll be in touch soon to find a date.

Best wishes,
Fiona Grey
Events Office, Ravensholme Hall""")

case("""Thanks Fiona, noted. We'll speak next week once the director has seen the photos.

Marisa Chen
Line Producer, Brightwater Pictures

This email may contain confidential information. If you have received it in error, please notify the sender and delete it.""",
     [], [],
     """Hi Marisa,

Perfect, speak then. I hope the photos do the Long Gallery justice!

Fiona""", quoted_only=True)

case("""Good afternoon,

I run a U3A local history group and we’d like to visit in the spring.

1) ⟦Do you offer guided tours for groups of about 25 on weekdays?⟧
2) ⟦Is there a group discount?⟧
3) ⟦Where should the coach drop us?⟧
4) ⟦Could you reserve a table for lunch in the tea room?⟧

Many thanks,
Peter Aldridge""",
     [Y, Y, Y, N], ["yes/no", "yes/no", "where", "request"],
     """Dear Mr Aldridge,

Thank you for getting in touch. We run guided group tours on Tuesdays, Wednesdays and Thursdays at 10.30 am and 2 pm, for up to 30 people. Groups of 15 or more pay £14 a head instead of £18. Coaches can drop off at the North Lodge gate, where there’s a turning circle, and then park in the overflow field.‸

The tea room serves light lunches and homemade cakes from 12 until 4.

Kind regards,
Fiona Grey
Events Office""")


# --- InkDrift Tees (US print-on-demand T-shirts) -----------------------------------------------

case("""Order #ID-583302 was supposed to arrive by December 18 and the tracking hasn't moved in 6 days. These are Christmas gifts!!! ⟦Where is my order?⟧ ⟦If it won't make it by Christmas I want a refund, not store credit.⟧

Kayla Brooks""",
     [Y, Y], ["where", "request"],
     """Hi Kayla,

I'm sorry for the stress, especially with gifts on the line. I checked with the carrier: your package is sitting at their Memphis hub and is scheduled for delivery on Tuesday, December 22. If for any reason it isn't with you by Christmas Eve, I'll refund the full $64.50 to your card, no store credit.

Happy holidays,
Marco
InkDrift Tees""")

case("""Hi InkDrift,

I uploaded a design for our family reunion shirts and the preview says "low resolution" in red. ⟦What resolution does the file need to be?⟧ ⟦If I can't get a better version, will it still print okay or will it look blurry?⟧ Also, ⟦can I order 35 shirts in mixed sizes in one order?⟧

Thanks!
Denise Harmon

On Thu, Dec 10, 2026 at 2:15 PM InkDrift Tees <help@inkdrift.example.com> wrote:
> Your design "Harmon Reunion 2027" has been saved. Need a hand? Just reply to this email!""",
     [Y, N, Y], ["how much", "which", "yes/no"],
     """Hi Denise,

For a sharp print, upload at 300 dpi at the size you want printed; for a 12-inch-wide design that's 3,600 pixels across. And yes, you can mix sizes freely in one order: just set the quantity for each size on the product page.‸

Happy designing!
Marco
InkDrift Tees""")

case("""⟦do you guys have bulk pricing??⟧ need like 120 shirts for a 5k fun run in march. and ⟦how fast can you ship if we order by jan 15⟧

marcus
riverbend runners""",
     [Y, Y], ["yes/no", "when"],
     """Hi Marcus,

Great cause! Orders of 100 or more get 20% off automatically at checkout. Bulk orders ship within 7 business days, so if you order by January 15 you'll have them well before race day.

The InkDrift team""")

case("""Hello, I receive my t-shirt yesterday but the print on the back is upside down (the text "CREW 2027" is reading from the bottom). ⟦How I can return it?⟧ And ⟦the new one, it will be free or I must pay again?⟧ I attach the photo.

Thank you,
Ana Souza""",
     [Y, N], ["how", "which"],
     """Hi Ana,

Thank you for the photo, and sorry: that was definitely our mistake. There's no need to send the shirt back; please keep it or recycle it.‸ We've shared your photo with the print team so it doesn't happen again.

Best,
Marco
InkDrift Tees""")

case("""Perfect, thank you!!

Sent from my iPhone

On Mon, Dec 14, 2026 at 10:31 AM, InkDrift Tees <help@inkdrift.example.com> wrote:

> Hi Jamal, we can still get your order out today. Could you confirm the shipping address is 41 Orchard St, Apt 2B? Please reply before 3 p.m. ET.""",
     [], [],
     """Hi Jamal,

You're welcome! Your order is on its way, and tracking will follow by email tonight.

Marco
InkDrift Tees""", quoted_only=True)

case("""Love the shirts 😍🔥 my whole crew wears them. ⟦Can you do a hoodie version of the "Night Shift" design?⟧ And ⟦what's the heaviest fabric you have?⟧ want something warm for winter

- Tyler""",
     [Y, Y], ["yes/no", "which"],
     """Hey Tyler,

Thanks, that means a lot! Night Shift is available on our Heavyweight Pullover Hoodie; just pick "Hoodie" under Product on the design's page. That one's 13.5 oz cotton fleece, the heaviest and warmest thing we make.

InkDrift Tees""")


# --- Wickwright Private Label (B2B candle maker, UK) -------------------------------------------

case("""Hi Naomi,

Following our call, a few points on the spring run for Fern & Flint:

• ⟦Can you do a 30cl amber jar with a wooden lid instead of the tin?⟧
• ⟦What’s the minimum order for a custom scent?⟧
• ⟦We need the label files proofed by 15 January — is that realistic?⟧
• ⟦Please confirm the per-unit price at 500 units.⟧

Thanks,
Lydia Fairweather
Buyer, Fern & Flint

From: Naomi Wick <naomi@wickwright.example.co.uk>
Sent: Monday, December 7, 2026 4:48 PM
To: Lydia Fairweather <lydia@fernandflint.example.co.uk>
Subject: Spring range

Lovely to chat today. Shall we pick this up after you’ve spoken to your team?""",
     [Y, Y, Y, N], ["yes/no", "how much", "yes/no", "how much"],
     """Hi Lydia,

Thanks for the list. The 30cl amber jar with an oak lid is one of our standard options, so that’s no problem. Custom scents start at 300 units per fragrance. Proofs by 15 January are fine as long as your artwork reaches us by Friday 8 January.‸

Best,
Naomi
Wickwright Private Label""")

case("""Dear Wickwright team,

we are a concept store in Antwerp and we are interested in candles with our own label. ⟦Is it possible to receive samples of your fragrance oils?⟧ ⟦What is the burning time of the 20cl candle?⟧ ⟦Do you deliver to Belgium⟧ and ⟦is there import duty after Brexit?⟧

Kind regards,
Pieter Janssens
Maison Lys, Antwerpen""",
     [Y, Y, Y, N], ["yes/no", "when", "yes/no", "yes/no"],
     """Dear Mr Janssens,

Thank you for your interest. I’ve posted our sample box of twelve fragrance oils to your shop today. The 20cl candle burns for around 45 hours. We send a pallet to Belgium every fortnight, so deliveries are no problem.‸

Kind regards,
Naomi Wick
Wickwright Private Label""")

case("""Naomi,

The last batch (PO 7714) is tunnelling badly — customers say the candles burn a hole straight down the middle and leave half the wax on the sides. We’ve had six returns in a week. ⟦What went wrong?⟧ ⟦Are you going to replace the stock?⟧ ⟦Please arrange for someone to collect the unsold boxes; they’re taking up our stockroom.⟧

Rachel Oyelaran
Hearth & Hare""",
     [N, N, N], ["why", "yes/no", "request"],
     """Hi Rachel,

I’m sorry to hear about the returns. Every one of our candles is burn-tested before it leaves us, and we use the same wick specification on every run. It helps to remind customers to trim the wick to 5mm and to let the first burn reach the edge of the jar.‸

Best,
Naomi
Wickwright Private Label""")

case("""Naomi, FYI, see below from our warehouse. No action needed on your side; just keeping you in the loop.

Tom

From: Warehouse <goodsin@fernandflint.example.co.uk>
Sent: Wednesday, December 16, 2026 9:02 AM
To: Tom Bexley <tom@fernandflint.example.co.uk>
Subject: Wickwright pallet

Tom, the Wickwright pallet came in this morning and one outer carton was crushed, but the jars inside are fine. Can you let them know we'd prefer corner boards next time?""",
     [], [],
     """Hi Tom,

Thanks for the heads-up, and glad the jars survived. We'll add corner boards to your pallets from the next delivery.

Naomi""", quoted_only=True)

case("""Hi Naomi, ⟦can you resend invoice WW-2291?⟧ Our accounts system ate it. Also ⟦are your bank details still the same as last year?⟧ Thanks, Ollie""",
     [Y, Y], ["request", "yes/no"],
     """Hi Ollie,

Invoice WW-2291 attached again. Our bank details changed in October: the new ones are at the bottom of the invoice, so please don’t use the old account.

Naomi""")


# --- Parkside Lido (UK) ------------------------------------------------------------------------

case("""hiya 👋 ⟦is the lido open on christmas day??⟧ someone at work said theres a dip but you have to book. ⟦how much is it⟧ and ⟦do u need a wetsuit⟧ lol""",
     [Y, N, Y], ["yes/no", "how much", "yes/no"],
     """Hi! 🏊

Yes, our Christmas Day dip runs from 9 to 11 am, and booking opens on Monday 7 December. Wetsuits are optional; most people just brave it in a costume!‸

Parkside Lido""")

case("""Dear Lido team,

I am 71 and have swum at Parkside all summer. I would like to keep going through the winter with the cold-water club. ⟦Is there a minimum water temperature at which you close?⟧ ⟦Are there lifeguards on duty in the winter sessions?⟧ ⟦What time are the early sessions?⟧

Kind regards,
Margaret Ellery""",
     [Y, Y, Y], ["yes/no", "yes/no", "when"],
     """Dear Margaret,

How lovely that you want to carry on! We don’t close for cold: the pool stays open right down to freezing, though sessions are shortened below 5°C. A lifeguard is on poolside for every session, winter included. Early swims run from 7 to 9 am, Tuesday to Sunday.

See you on poolside,
Jess
Parkside Lido""")

case("""Somebody got into locker 14 on Saturday while I was in the pool and took my wallet and phone. The locker wasn’t damaged so I assume it was opened with a key. ⟦Who has master keys?⟧ ⟦Do you have CCTV of the changing room corridor?⟧ ⟦I want the footage kept for the police.⟧ Crime ref 4418/12/26.

Owen Pryce""",
     [N, N, N], ["which", "yes/no", "request"],
     """Dear Owen,

I’m really sorry; that’s an awful thing to happen. We take the safety of our swimmers’ belongings very seriously and we are reviewing our locker procedures. We will cooperate fully with the police.‸

Regards,
Jess Amadi
Duty Manager, Parkside Lido""")

case("""Hello,

⟦Can I buy a season ticket for my daughter as a Christmas present without her being there?⟧ And ⟦can it start in January rather than now?⟧

Thanks,
Chris Oduya""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Chris,

What a lovely present. You can buy it online as a gift voucher, and she activates it on her first visit, so it starts whenever she first swims.

Thanks,
Jess
Parkside Lido""")

case("""Brilliant, thanks Jess, that’s all I needed.

Paul

On Tue, 15 Dec 2026 at 11:05, Parkside Lido <swim@parksidelido.example.org.uk> wrote:
> Hi Paul, your membership is now frozen until 1 March. Would you like us to send a reminder before it restarts?""",
     [], [],
     """Hi Paul,

You’re welcome. See you in March!

Jess""", quoted_only=True)


# --- Northgate Donor Centre appointments line (blood donation, UK) -----------------------------

case("""Hello,

I’d like to give blood for the first time. A few things:
1. ⟦Can I donate if I had a tattoo in October?⟧
2. ⟦How long does the whole appointment take?⟧
3. ⟦Where can I park?⟧

Thanks, Sofia Marchetti""",
     [Y, Y, N], ["yes/no", "when", "where"],
     """Dear Sofia,

Thank you for wanting to donate! You’ll need to wait four months after a tattoo, so from February you’ll be able to give. Please allow about an hour for your first appointment, from arriving to your tea and biscuit.‸

Kind regards,
Donor Appointments Team
Northgate Donor Centre""")

case("""hi i cant make my appt tues 15th at 2.40. ⟦can i move it to the following week?⟧ ⟦any evening slots?⟧ i work till 6

Sent from my iPhone""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi,

No problem, I’ve moved you to Tuesday 22 December at 6.30 pm, the latest slot we have that week. A text confirmation is on its way.

Donor Appointments Team
Northgate Donor Centre""")

case("""I was turned away yesterday after waiting 50 minutes because my iron was "slightly low". ⟦Why wasn’t I told that could happen before I took an afternoon off work?⟧ ⟦How long do I have to wait before booking again?⟧ And ⟦is there anything I can do to get my iron up?⟧

Regards,
Tunde Bakare""",
     [Y, Y, Y], ["why", "when", "how"],
     """Dear Tunde,

I’m sorry your visit ended that way. We know it’s frustrating to give up your time and not be able to donate. We test everyone’s haemoglobin on the day because it can change from week to week, so there’s no way to know in advance. You can book again from Monday 1 February, and iron-rich foods such as red meat, lentils and spinach, with a glass of orange juice, can help.

Kind regards,
Donor Appointments Team
Northgate Donor Centre""")

case("""Hi,

My colleague asked me to forward this as she doesn’t have a donor account yet. ⟦Could you reply to her directly at priya.shah@example.com?⟧

Thanks,
Ben

---------- Forwarded message ---------
From: Priya Shah <priya.shah@example.com>
Date: Wed, 9 Dec 2026 at 12:03
Subject: donating
To: Ben Carver <ben.carver@example.org>

Hi Ben, do you know if the donor centre takes walk-ins? And can I give plasma there or only whole blood?""",
     [N], ["request"],
     """Dear Ben,

Thanks for passing this on. The centre does take walk-ins on weekday afternoons, and it collects whole blood only; plasma donations are at our Eastfield site.‸

Kind regards,
Donor Appointments Team
Northgate Donor Centre""")

case("""Dear Sir or Madam, I have been a donor for 22 years and my 50th donation is coming up in January, which I am quite proud of. My wife says you used to give out a pin badge for fifty, ⟦do you still do that⟧, because I would love to have one to show my grandchildren. ⟦I also wanted to ask whether I can bring my grandson (he’s 17) to watch and maybe register himself.⟧ Yours sincerely, Graham Tulloch""",
     [N, N], ["yes/no", "yes/no"],
     """Dear Graham,

Congratulations on reaching 50 donations, and thank you! 🎉 Donors like you are the backbone of everything we do, and I’m sure your grandchildren will be very proud.‸

Kind regards,
Donor Appointments Team
Northgate Donor Centre""")


case("""Dear Appointments Team,

My husband and I used to donate at the mobile sessions in Hexley village hall, but since we moved we’ve rather lost track. It was always such a nice morning out, with the tea and the biscuits and the nurses who remembered our names. My husband is 68 now and ⟦wondered whether there is an upper age limit for donating⟧, as he has heard different things from different people. ⟦Could you tell me when the mobile session will next be in Hexley?⟧ We don’t drive far these days.

Best wishes,
Maureen Kettle""",
     [Y, N], ["yes/no", "when"],
     """Dear Maureen,

How lovely to hear from you both. There’s no upper age limit for returning donors, as long as your husband has given blood in the last two years and is well on the day. Our mobile team still visits Hexley village hall several times a year, and sessions are listed on our website a few weeks ahead.‸

Kind regards,
Donor Appointments Team
Northgate Donor Centre""")


# --- Second Rest Mattress Recycling (collections, UK) ------------------------------------------

case("""⟦How much to collect 2 single mattresses and a double from a 2nd floor flat?⟧ No lift. ⟦Any chance of this Saturday?⟧

Kev""",
     [Y, Y], ["how much", "yes/no"],
     """Hi Kev,

That’s £75 for the three, including carrying them down the stairs. Saturday’s full, I’m afraid; the earliest we can do is Monday 14 December, in the morning.

Cheers,
Second Rest""")

case("""You were meant to collect my mattress on Thursday between 8 and 12. I stayed in all day. Nobody came and nobody called 😡 ⟦What happened?⟧ ⟦When are you actually coming?⟧ And ⟦I want my £35 back if it’s not done this week.⟧

Joanne Grant""",
     [Y, N, N], ["why", "when", "request"],
     """Dear Ms Grant,

I’m so sorry; you shouldn’t have waited in for nothing. Our van broke down on the ring road on Thursday morning, and the driver’s job sheet was in the cab, which is why nobody called you.‸ We’ll be in touch to rebook.

Apologies again,
Second Rest Mattress Recycling""")

case("""Hello, I am moving out from my flat on 20 December and I have one old mattress with some stains. ⟦You accept mattress with stains or it must be clean?⟧ Also ⟦can you take the bed frame (metal)?⟧ And ⟦where I leave it, inside or outside the building?⟧ Thank you, Marek Nowicki""",
     [Y, Y, Y], ["which", "yes/no", "where"],
     """Hi Marek,

Stains are fine: we recycle the springs and foam whatever the condition, as long as the mattress is dry. We can take the metal frame too, for an extra £10. Please leave both just inside the main door of the building, not out on the street.

Thanks,
Second Rest""")

case("""Hi,

My daughter is doing a school project on recycling and asked me what actually happens to the mattresses you collect. ⟦How much of each mattress gets recycled?⟧ ⟦Where does the foam go?⟧ ⟦Would it be possible for her to visit the depot?⟧ She’s 12.

Thanks,
Aisha Rahman""",
     [Y, N, N], ["how much", "where", "yes/no"],
     """Hi Aisha,

What a great project! Mattress recycling is a growing industry in the UK and we’re proud to be part of it: every collection keeps bulky waste out of landfill. Around 85% of each mattress, by weight, is recycled.‸

Best wishes,
Second Rest Mattress Recycling""")

case("""Sorry, one more thing: ⟦do you need the mattress bagged?⟧

Lena

On Fri, 11 Dec 2026 at 09:40, Lena Castell <lena.castell@example.net> wrote:
> Hi, can you collect a cot mattress from Eldon Road next week? And what's the price?""",
     [N], ["yes/no"],
     """Hi Lena,

Yes, we can collect from Eldon Road on Wednesday 16 December, and a cot mattress is £20.‸

Thanks,
Second Rest""")


# --- Bubbles & Co Laundrette (service washes, UK) ----------------------------------------------

case("""hi ⟦how much is a service wash for a big bag?⟧ and ⟦can i drop it tmrw morning and get it back same day⟧

Sent from my Galaxy""",
     [Y, Y], ["how much", "yes/no"],
     """Hi!

A large bag (up to 8kg) is £16 washed, dried and folded. Drop it off by 10 am and it’ll be ready after 4 pm the same day.

Bubbles & Co""")

case("""I dropped off a service wash on Monday and my wool jumper has come back the size of a child’s. It was a present. I wrote “NO TUMBLE DRY” on the ticket. ⟦Are you going to pay for it?⟧ ⟦How did this happen when I clearly wrote it down?⟧

Rebecca Lyle""",
     [N, N], ["yes/no", "why"],
     """Dear Rebecca,

I’m sorry about your jumper; I can see how upsetting it is when it was a gift. We follow the care labels on every item, and staff check the tickets before each load.‸

Kind regards,
Bubbles & Co Laundrette""")

case("""Hello,

⟦Do you wash king-size feather duvets?⟧ Ours won’t fit in our machine. ⟦If so, how long do they take to dry?⟧ And ⟦do you wash dog beds?⟧ (I understand if not!)

Thanks,
Jo""",
     [Y, Y, Y], ["yes/no", "when", "yes/no"],
     """Hi Jo,

We do: feather duvets go in our big 20kg machine and then get a long, low-heat dry, so they’re ready the next day. We don’t take pet bedding, I’m afraid, because of customers with allergies.

Thanks,
Bubbles & Co""")

case("""Hi there,

I'm visiting from Ohio and staying near you until Sunday. ⟦Do your machines take credit cards or only coins?⟧ ⟦Do you sell detergent, or should I bring my own?⟧ Also, ⟦what are your hours on Saturday?⟧

Thanks so much,
Bethany""",
     [Y, N, Y], ["which", "which", "when"],
     """Hi Bethany,

Welcome to town! Our machines all take contactless cards and phone payments, so you won't need any coins. On Saturdays we're open from 7 am to 9 pm.‸

Cheers,
Bubbles & Co Laundrette""")

case("""Hi,

I manage three Airbnb flats nearby and need the linen washed after each changeover (roughly 4 bags a week).
- ⟦Do you offer a business account with monthly invoicing?⟧
- ⟦Could you collect and deliver?⟧
- ⟦What would the weekly cost be, roughly?⟧

Best,
Farah Iqbal
Iqbal Stays
07700 900318""",
     [Y, N, N], ["yes/no", "yes/no", "how much"],
     """Hi Farah,

Thanks for thinking of us! We already look after linen for several local hosts, and they’re very happy with us. We’d be glad to set up a business account with a single invoice at the end of each month. Our prices are very competitive for regular customers.‸

Best,
Bubbles & Co Laundrette""")


# --- Backyard Tally (US citizen-science bird-count app) ----------------------------------------

case("""Hey support,

App keeps crashing when I try to upload a photo with my checklist (iPhone 13, iOS 19).
- ⟦Is this a known bug?⟧
- ⟦Will my checklist from this morning be lost if I delete and reinstall?⟧

Thx
Ray""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Ray,

Yes, that’s a known issue in version 4.2 with photos over 12 MB, and a fix (4.2.1) is rolling out this week. Don’t reinstall yet: unsynced checklists are stored only on your phone and would be deleted. If you turn off photo upload in Settings, the checklist will sync on its own.

The Backyard Tally team""")

case("""Hello,

I'm a high school science teacher in Oregon planning a unit around your app. ⟦Can students under 13 create accounts?⟧ ⟦Is there a way to download all of our class's observations as a spreadsheet?⟧ ⟦Who actually uses the data?⟧ My students will ask!

Thank you,
Ms. Carla Reyes""",
     [Y, N, N], ["yes/no", "how", "which"],
     """Hi Carla,

What a great idea for a unit. Students under 13 can't have their own accounts, but you can create a class account and add them as observers under it. Our data is shared openly under a Creative Commons license, and you can browse the map of all observations at any time.‸

Best,
The Backyard Tally team""")

case("""🙄 I've asked TWICE for my account to be deleted. ⟦Delete it now please.⟧ And ⟦tell me whether my location data has been shared with anyone.⟧""",
     [Y, Y], ["request", "yes/no"],
     """Hi,

I'm sorry it's taken this long. Your account and all the observations linked to it were deleted this morning, and you'll get a confirmation email within the hour. Exact locations are never shared: public records are blurred to a 10 km square, and only that square was visible to other users.

The Backyard Tally team""")

case("""Hi there, long-time user here (since 2021!). I do the winter feeder count every weekend and I love the app but I have a couple things. Sometimes I see a bird I can't ID, so I write "unknown sparrow" in the notes. ⟦Is there a way to log an observation as "sparrow sp." instead of a specific species?⟧ And the other thing, my husband and I count together, ⟦can two people share one checklist?⟧ ⟦Could you also add a dark mode?⟧ My eyes at 6am lol.

Thanks!
Linda Pham

On Sun, Dec 13, 2026 at 7:02 AM Backyard Tally <noreply@backyardtally.example.org> wrote:
> Thanks for submitting your checklist! Want to see what others spotted near you? Tap here.""",
     [Y, Y, N], ["how", "yes/no", "request"],
     """Hi Linda,

Thanks for sticking with us so long! You can log "sparrow sp.": tap the species box, type "sparrow" and pick the entry marked "sp." at the bottom of the list. Shared checklists are coming in our spring update; for now, one of you can tag the other as a co-observer. Dark mode is a popular request and we've passed it on to our developers.‸

Happy birding,
The Backyard Tally team""")

case("""Hello, I am Japanese researcher studying urban birds. ⟦It is possible to use the app data in a scientific paper?⟧ ⟦What citation we should use?⟧ Thank you very much. Kenji Morita""",
     [Y, Y], ["yes/no", "which"],
     """Dear Dr Morita,

You're very welcome to use it: all Backyard Tally data is released under CC BY 4.0. Please cite it as "Backyard Tally (2026). Backyard Tally Observation Dataset, version 2026-12. The Backyard Tally Project."

Best regards,
The Backyard Tally team""")

case("""Hi,

⟦Where can I find the protocol for the Great Backyard Winter Count?⟧ Our garden club is doing it together on Saturday, January 16. ⟦Do we each submit, or does one person submit for the group?⟧

Thanks,
Gloria Whitfield
Elm Street Garden Club""",
     [Y, Y], ["where", "which"],
     """Hi Gloria,

It's here: backyardtally.example.org/winter-count/protocol. One person submits for the group: start a checklist, set Party size to the number of counters, and list everyone under Observers.

Happy counting!
The Backyard Tally team""")


case("""got a new phone (pixel 10) ⟦how do i move all my old checklists over⟧ also the home screen widget disappeared after the update ⟦when is it coming back⟧ i used it every day

Sent from my Pixel""",
     [Y, N], ["how", "when"],
     """Hi,

Congrats on the new phone! Just sign in with the same email on the Pixel and all your checklists sync down automatically. The widget is something our developers are actively working on.‸

The Backyard Tally team""")


# --- Canal Street City Farm volunteer days (urban farm, UK) ------------------------------------

case("""Hi,

Our team at Larchmont Insurance (14 people) would like to book a volunteer day in February as part of our CSR programme. ⟦Which days are available?⟧ ⟦Is there a charge for corporate groups?⟧ ⟦What should people wear?⟧

Kind regards,
Hannah Boateng
Community Lead, Larchmont Insurance

DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.""",
     [Y, Y, Y], ["when", "yes/no", "which"],
     """Hi Hannah,

We'd love to have your team! In February we can host corporate groups on Tuesday 9 or Thursday 18. Corporate days are £45 per person, which goes straight back into running the farm. Please bring old clothes and wellies; we'll provide gloves.

Best,
Mo
Canal Street City Farm""")

case("""hi im 15 and want to volunteer on saturdays. ⟦do i need a parent to come with me?⟧ ⟦do i get anything for my duke of edinburgh⟧""",
     [Y, N], ["yes/no", "yes/no"],
     """Hi there,

Great to hear! Under-16s are welcome on Saturdays with a parent or guardian for the first session; after that you can come on your own with a signed consent form.‸

Mo
Canal Street City Farm""")

case("""Hi Mo, see below: this is the family I mentioned. They’ve said it’s fine to pass on their details.

Anjali

Begin forwarded message:

From: Tom Reid <tom.reid@example.com>
Subject: Volunteering
Date: 14 December 2026 at 18:20:11 GMT
To: Anjali Desai <anjali.desai@example.com>

Hi Anjali, could you ask the farm whether the kids can help with the goats? Please let us know!""",
     [], [],
     """Hi Anjali,

Thanks for the introduction. I’ll get in touch with Tom directly.

Mo""", quoted_only=True)

case("""Hello! 🌱 My partner and I have been meaning to volunteer for ages. I have mild hay fever and he’s allergic to bees 🐝 ⟦Are the beehives near where volunteers work?⟧ ⟦Is there any indoor work we could do instead on bad days?⟧ Also, ⟦what time do volunteer days start and finish?⟧ ⟦Could you add us both to the mailing list?⟧ Thanks so much, Ines & Karl""",
     [Y, N, Y, N], ["yes/no", "yes/no", "when", "request"],
     """Hi Ines and Karl,

Thanks for getting in touch! 🙂 The hives are in the orchard at the far end, well away from the veg beds and animal pens where volunteers work, and we’ll keep you out of the orchard. Volunteer days run from 10 am to 3 pm, with lunch provided.‸

Best,
Mo
Canal Street City Farm""")

case("""Dear Farm,

When I visited on Sunday with my children the pig enclosure was very muddy and one of the pigs had no shelter from the rain. ⟦Why are the pigs kept outside in December?⟧ ⟦Who checks the animals at the weekend?⟧

Regards, Simon Hale""",
     [Y, Y], ["why", "which"],
     """Dear Simon,

Thank you for caring about our animals. Our pigs are Tamworths, a hardy outdoor breed, and they live outside all year because they love to root and wallow; the mud is a sign of happy pigs! They have a straw-filled ark they can go into whenever they like. Our animal care lead, Priti, does the weekend rounds with two trained volunteers.

Best wishes,
Mo
Canal Street City Farm""")

case("""Hi Mo,

⟦Could you sign the attached form for my university placement?⟧ They need it back by Friday 15 January. The email from my tutor is below in case it helps.

Thanks,
Zara

Begin forwarded message:

From: Dr Helen Pryor <h.pryor@example.ac.uk>
Subject: Placement hours
Date: 10 December 2026 at 14:02:33 GMT
To: Zara Quinn <z.quinn@example.ac.uk>

Zara, please get your supervisor to sign and date the form. How many hours have you done so far?""",
     [Y], ["request"],
     """Hi Zara,

Signed and attached. I’ve put your hours at 64 up to the end of November. Good luck with the placement!

Mo
Canal Street City Farm""")
