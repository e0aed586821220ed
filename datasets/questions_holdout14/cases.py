"""Hand-written cases for Tactful's fourteenth held-out `questions` set (written blind; see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` gives one flag per span ("y" or
"n", in order); ``kinds`` gives one kind per span, separated by commas; the draft holds one ‸ where
the missing answer belongs when anything is unanswered. ``quoted_only=True`` marks a newest message
that asks nothing while its quoted history, forwarded mail, signature or disclaimer does.
build_questions_holdout14.py strips the marks, computes the offsets and checks everything.
"""


def case(thread, answered, kinds, draft, quoted_only=False):
    flags = [{"y": True, "n": False}[a] for a in answered]
    kind_list = [k.strip() for k in kinds.split(",")] if kinds else []
    return {"thread": thread, "answered": flags, "kinds": kind_list, "draft": draft, "quoted_only": quoted_only}


CASES = [
# --- Lakeshore Community Credit Union, card services (US) -------------------------------------
case("""\
Hi,

My debit card got declined at a gas station this morning even though there’s plenty in checking. ⟦Is there a hold on my card?⟧ ⟦What do I need to do to get it working again?⟧

Thanks,
Dwayne Porter
Member #448210""",
"yy", "yes/no, how", """\
Hi Dwayne,

Thanks for reaching out. I checked your account and there’s a temporary fraud hold on your debit card: our system flagged two gas station charges in different states within an hour. To lift it, reply YES to the text alert we sent to your phone ending in 0147, or call us at 555-0132 and we’ll go over the charges with you. The card works again within a few minutes of that.

Best regards,
Angela Ruiz
Card Services | Lakeshore Community Credit Union"""),

case("""\
Hello there,

My husband and I are flying to Lisbon on January 8 for three weeks (our 40th anniversary!) and I'm trying to get everything sorted before we go, because the last time we went abroad our cards got frozen in Rome and it was a whole ordeal at a restaurant. ⟦Do I need to set a travel notice for my Visa card, or is that not a thing anymore?⟧ My neighbor says the banks don't bother with it now. ⟦What's your foreign transaction fee?⟧ Our old bank charged 3% and it really added up.

One more thing, ⟦could you send a replacement for Gary's card?⟧ It's cracked right down the middle and the chip reader at the grocery store won't take it.

Thank you so much,
Carol Westbrook""",
"yny", "yes/no, how much, request", """\
Hi Carol,

Happy anniversary, and thanks for checking before you go! You don't need a travel notice anymore: our fraud system recognizes card use abroad, though you're welcome to add your dates under Card Controls in the app for peace of mind. Our Visa Platinum card has some of the most competitive rates around, so you're in good hands overseas.‸

As for Gary's card, because it's in his name he'll need to request the replacement himself, either in the app or by calling 555-0132. It takes 7 to 10 days to arrive, so I'd do it this week.

Enjoy Lisbon!
Marcus Lee
Lakeshore Community Credit Union"""),

case("""\
To whoever reads this,

I was charged $89.99 TWICE by StreamMax on November 28 and I filed a dispute a week ago. Your app still says "pending review." ⟦Why does it take 10 business days to reverse a charge that is obviously a duplicate?⟧ This is ridiculous. ⟦I want the $89.99 credited back today.⟧ ⟦Who is the supervisor I can speak to about this?⟧

Jerome Haskins""",
"yyn", "why, request, which", """\
Hi Jerome,

I'm sorry for the frustration. Under Visa's dispute rules, the merchant has 10 business days to respond before we can close a case, even when the duplicate looks obvious, which is why it still shows as pending. That said, I've issued a provisional credit of $89.99 to your checking account; it posts today and stays there unless StreamMax proves both charges were valid.

If you'd like to take this further, our member services team is always happy to help.‸

Sincerely,
Tamika Brooks
Card Services | Lakeshore Community Credit Union"""),

case("""\
Card came today and it’s activated. Thanks for the help!

Nina

On Wed, Dec 2, 2026 at 10:41 AM Lakeshore Card Services <cards@lakeshorecu.example.com> wrote:
> Hi Nina,
>
> Your replacement Mastercard was mailed today and should arrive in 5 to 7 business days. Please let us know once it arrives so we can close the old card number.
>
> Lakeshore Community Credit Union""",
"", "", """\
Hi Nina,

Great to hear! I’ve closed the old card number, so only the new card will work from now on.

Have a good week,
Sam Ortiz
Lakeshore Community Credit Union""", quoted_only=True),

case("""\
hey so i changed my pin at the atm yesterday and now every store says incorrect pin
⟦is the new pin not synced or something⟧
⟦how long til it works⟧
⟦can u check if my card got locked from all the tries⟧
⟦whats the daily atm limit anyway⟧

Sent from my iPhone""",
"yyyn", "yes/no, when, request, how much", """\
Hi there,

Your card isn't locked, so no need to worry there. A PIN changed at an ATM can take up to 24 hours to reach the card networks for chip purchases; until then, tap or swipe and sign, and it should all line up by tomorrow afternoon.‸

Thanks,
Priya Nair
Lakeshore Community Credit Union"""),

case("""\
Hi,

⟦Can I get a credit limit increase on my Visa?⟧ I've had it three years and never missed a payment. ⟦How long does the review take?⟧ ⟦Will asking for it hurt my credit score?⟧

Thanks,
Ken Yamada""",
"ynn", "yes/no, when, yes/no", """\
Hi Ken,

Thanks for being such a loyal member! You can request an increase anytime at lakeshorecu.example.com/limit. When we review a request, we look at your income, your payment history with us and how much of your current limit you use.‸

Best,
Angela Ruiz
Card Services | Lakeshore Community Credit Union"""),

# --- Steam & Scale Models, hobby railway shop (UK) ---------------------------------------------
case("""\
Dear Sir or Madam,

I’m building a small layout in the loft for my grandson, who is six and mad about trains. I already have a fair amount of Peco track from my own railway in the 1980s, which I’ve cleaned up and which seems in good order. ⟦Would the Hornby Flying Scotsman set run on the Peco track I already have?⟧ I believe it’s code 100 but I’m not certain.

⟦Could you also tell me whether you offer gift wrapping?⟧ It is to be his main Christmas present. ⟦What’s the latest date I could order for delivery before Christmas?⟧

With thanks,
Geoffrey Amberley""",
"yyn", "yes/no, yes/no, when", """\
Dear Geoffrey,

What a lovely project! The Flying Scotsman set is OO gauge with code 100 compatible joiners, so it will run happily on your Peco Streamline; give the rail tops a clean and you’ll be away.

We’re happy to gift wrap it for £3.50: just tick “gift wrap” at checkout and add a note if you like. Christmas is our busiest time of year, so we always recommend ordering early!‸

Best wishes,
Helen Marsh
Steam & Scale Models"""),

case("""\
Hi 👋 ⟦Do you have the Bachmann Class 37 in BR blue in stock?⟧ ⟦How much is it?⟧

Raj""",
"yy", "yes/no, how much", """\
Hi Raj,

We’ve got two left on the shelf: the Bachmann 32-781 Class 37 in BR blue, £164.95, and we can post it today if you order before 3 pm.

Cheers,
Owen
Steam & Scale Models"""),

case("""\
Hello,

Forwarding my dispatch confirmation below. It says dispatched on Tue 1 December but nothing has arrived. ⟦Can you chase it please?⟧ ⟦If it’s lost, can you send a replacement rather than a refund?⟧ It’s a birthday present for the 12th.

Thanks,
Len Grayson

---------- Forwarded message ---------
From: Steam & Scale Models <orders@steamandscale.example.co.uk>
Date: Tue, 1 Dec 2026 at 09:14
Subject: Your order SS-20418 has been dispatched
To: <len.grayson@example.net>

Hi Len,

Good news: your order SS-20418 (Peco Setrack starter pack, Hornby R8206 power controller) has been dispatched with Royal Mail Tracked 48.

Questions? Just reply to this email.

Steam & Scale Models""",
"yn", "request, request", """\
Hi Len,

Sorry it hasn’t turned up yet. I’ve raised a tracking enquiry with Royal Mail this morning, reference RM-558204, and asked them to locate the parcel.‸

We’ll be in touch as soon as we hear back.

Kind regards,
Helen Marsh
Steam & Scale Models"""),

case("""\
Hello,

I am from Germany and I build a model railway in H0 scale since many years. ⟦Is it possible that you ship to Germany?⟧ ⟦How much costs the shipping for a parcel of 2 kg?⟧

Also I search the Faller station kit "Bahnhof Lichtenstein" (Nr. 110115). On your website it says "out of stock". ⟦When you have it again?⟧

Many greetings,
Jürgen Baumann""",
"yyn", "yes/no, how much, when", """\
Dear Jürgen,

Thank you for your message. Yes, we ship to Germany with DHL, usually in 3 to 5 working days, and a 2 kg parcel costs £18.40.

The Faller kits are lovely and very popular with our European customers.‸

Best regards,
Helen Marsh
Steam & Scale Models"""),

case("""\
Hi,

My old Triang Princess Elizabeth has stopped running (the motor hums but the wheels don't turn).
- ⟦Do you repair locomotives?⟧
- ⟦Where do I send it?⟧
- ⟦How long does a repair usually take?⟧

Ta,
Mick Dobson
--
Dobson & Sons Plumbing
Boiler on the blink? Call us on 0161 496 0732""",
"yyn", "yes/no, where, when", """\
Hi Mick,

We do: our repair bench is run by Colin on Tuesdays and Thursdays, and a hum with no movement is often a stripped worm gear, which we can usually source. Please post it, well padded, to Steam & Scale Models, Unit 4, Mill Lane Trading Estate, Stockport SK4 2QT, with a note of your phone number. We'll send you a quote before any work starts.‸

All the best,
Owen
Steam & Scale Models"""),

# --- Whitlow Tennis Coaching, private tennis coach (UK) ----------------------------------------
case("""\
Hi Dan,

A friend at the club gave me your details. ⟦Could you fit my daughter Isla (9) in for a weekly lesson after school?⟧ She's played a bit at school and loves it. ⟦What do you charge for 45 minutes?⟧ ⟦Does she need her own racket, or do you provide one?⟧

Many thanks,
Rachel Okafor""",
"yyy", "request, how much, which", """\
Hi Rachel,

Lovely to hear from you. I have Wednesdays at 4:15 free at Abbey Park, which works well for nine-year-olds straight from school. A 45-minute session is £32, paid monthly. I keep junior rackets in my bag, so Isla can borrow one until you know she's sticking with it.

Best,
Dan Whitlow
Whitlow Tennis Coaching"""),

case("""\
🎾 hi dan ⟦are we still on for tmrw 8am⟧ forecast looks awful. ⟦if its cancelled do i still pay⟧

tom""",
"yn", "yes/no, yes/no", """\
Hi Tom 🌧️

The forecast is grim and the outdoor courts at Abbey Park will be waterlogged, so I’m calling tomorrow off. I’ll text you a couple of new slots for next week tonight.‸

Dan"""),

case("""\
Dan,

I waited forty minutes at the club on Saturday morning and you never showed up. No call, no text. ⟦Why didn’t you turn up?⟧ ⟦I expect a refund for the session.⟧ ⟦Can we rebook for this Saturday at the same time?⟧ I’ve got a match the week after and I need the practice.

Ben Harcourt""",
"yyn", "why, request, yes/no", """\
Hi Ben,

I’m so sorry. I had your lesson down as Sunday in my diary, which is entirely my mistake, and I should have double-checked. I’ll refund the £40 to your card today.‸

I really hope you’ll give me another chance to get you ready for that match.

Dan"""),

case("""\
Thursday works perfectly, see you at 6.

Cheers,
Maya

On Fri, 4 Dec 2026 at 17:22, Dan Whitlow <dan@whitlowtennis.example.co.uk> wrote:
> Hi Maya,
>
> Sorry, Tuesday's gone now. Shall we say Thursday 10 December at 6pm instead? Court 3 has lights.
>
> Dan""",
"", "", """\
Hi Maya,

Great, Court 3 is booked in your name for Thursday. Bring a long-sleeved layer; it gets cold under the lights.

Dan""", quoted_only=True),

case("""\
Hello Dan,

I’m 52 and took up tennis again this summer after about twenty years off. I’ve been hitting with my neighbour at weekends but I think I’ve picked up some bad habits, especially on my backhand, and I’d like something a bit more structured without paying for one-to-one every week. ⟦Do you run adult group sessions in the evenings?⟧ ⟦How many people are in a group?⟧ ⟦What level do you need to be?⟧ I’d hate to hold everyone up.

Best wishes,
Carolyn Frost""",
"nnn", "yes/no, how much, which", """\
Hi Carolyn,

Thanks so much for getting in touch, and welcome back to the game!‸ Group sessions are a brilliant way to improve and meet people. Let me know a bit more about your game and I’ll see what might suit you.

Best,
Dan"""),

# --- Lloyd & Vine Landscapes, garden landscaping (UK) ------------------------------------------
case("""\
Hello,

We’ve lived at Orchard Cottage for eleven years and the patio has never drained properly. Every winter there’s a pond by the back door and last week the kitchen step started going green. My neighbour at number 6 had porcelain paving done by you last spring and it looks lovely, so I thought I’d ask. ⟦I was wondering whether you could come and take a look before Christmas⟧, though I know that’s a busy time for everyone.

The area is about 40 square metres. ⟦Roughly what does porcelain cost per square metre, laid?⟧ ⟦Would you take the old slabs away, or could they be reused for the path down to the shed?⟧ There’s no side gate, so ⟦would you need access through the house?⟧

Kind regards,
Sheila Penhaligon
Orchard Cottage, Lower Street""",
"yyyn", "request, how much, which, yes/no", """\
Dear Sheila,

Thank you for getting in touch, and I’m glad the paving at number 6 has made a good impression. I can come round on Friday 18 December at 10 am to look at the drainage and measure up. Laid porcelain usually works out between £95 and £130 per square metre, including the sub-base and a proper fall away from the house. We’d take the old slabs away as part of the job, as they rarely lift cleanly enough to reuse.‸

Best wishes,
Gareth Lloyd
Lloyd & Vine Landscapes"""),

case("""\
Hi,

⟦Can you send me the invoice for the hedge work again?⟧ The link in your email has expired. ⟦Is VAT included?⟧

Thanks
Priti Shah
Office Manager, Kestrel House Dental
--
Kestrel House Dental | 020 7946 0381
Due a check-up? Book online at kestreldental.example.co.uk""",
"yy", "request, yes/no", """\
Hi Priti,

I've attached invoice GL-1187 as a PDF, so no link this time. The total of £640 includes VAT at 20%.

Thanks,
Nia
Lloyd & Vine Landscapes"""),

case("""\
Hi Gareth,

The turf you laid three weeks ago is going yellow in patches, especially along the fence. ⟦Is this normal?⟧ ⟦Will you replace it under your guarantee?⟧ ⟦How often should I be watering it in this weather?⟧

Regards,
Martin Cole

From: Gareth Lloyd <gareth@lloydvine.example.co.uk>
Sent: Monday, November 16, 2026 4:05 PM
To: Martin Cole <m.cole@example.org>
Subject: RE: Rear garden – turf

Hi Martin,

All done today. Please keep off it for two weeks and let me know if you have any questions.

Gareth""",
"yny", "yes/no, yes/no, when", """\
Hi Martin,

Thanks for letting me know. Turf laid in late autumn takes longer to root, and a frost on fresh turf often yellows the tips in patches like this; it usually greens up again in spring. Our guarantee covers turf for 12 months from the day it’s laid.‸ In December you shouldn’t need to water it at all unless we get a dry fortnight.

Best,
Gareth"""),

case("""\
Thanks Gareth, the deposit went through this morning.

Sheila

On Thu, 3 Dec 2026 at 14:02, Gareth Lloyd <gareth@lloydvine.example.co.uk> wrote:
> Dear Sheila,
>
> Please find the quote attached. Please pay the 25% deposit of £1,150 to confirm your start date of Monday 11 January.
>
> Gareth""",
"", "", """\
Dear Sheila,

Received with thanks. We’ll see you on Monday 11 January at 8 am; the skip will arrive the Friday before.

Best wishes,
Gareth""", quoted_only=True),

case("""\
Hi Gareth,

Thanks for the quote. A few changes before we sign:

1. ⟦Please add a price for taking out the conifer at the back.⟧
2. ⟦Could the raised beds be oak rather than sleepers?⟧
3. ⟦When would you be able to start?⟧

Best,
Hannah & Rob Feld""",
"yyn", "request, yes/no, when", """\
Hi Hannah and Rob,

Thanks for coming back to me. Taking out the conifer, stump included, would be an extra £380; I've added it to the revised quote attached. Oak is no problem for the raised beds, though it adds about £900 across the three.

Our team is very busy over the winter, but we'll do our best to fit you in.‸

Best wishes,
Gareth"""),

case("""\
Hello Gareth,

Hope you’re well. The wall you built along the drive has survived its first storm, which is more than I can say for next door’s fence! Two things, if I may. ⟦Could you send someone to clear the leaves out of the pond before the frost sets in?⟧ The heron has been eyeing up the fish again and the net is full of leaves. And ⟦please send me the photos of the finished wall⟧, as my home insurer has asked for them.

Many thanks,
Richard Oyelaran""",
"nn", "request, request", """\
Hi Richard,

Great to hear the wall has stood up to the weather!‸ Leaf clearance is part of our winter maintenance package, which runs from November to February at £45 a visit and covers ponds, gutters and beds. I’ll ask Nia to dig out the photos of the wall.

Best wishes,
Gareth"""),

# --- Bluewater Cruise Travel, cruise travel agent (US) -----------------------------------------
case("""\
Hi Brenda,

⟦Is the balcony cabin on deck 9 still available for the March 14 sailing?⟧ ⟦If it is, can you hold it for 48 hours while I talk to my wife?⟧ ⟦What's the deposit?⟧

Thanks,
Walt Kaminski""",
"yyy", "yes/no, request, how much", """\
Hi Walt,

Good news: cabin 9142 is still open. I've put a courtesy hold on it until Thursday, December 10 at 5 p.m. Eastern, which gives you a little longer than you asked for. The deposit is $500 per person, refundable until final payment in January.

Talk soon,
Brenda Alvarez
Bluewater Cruise Travel"""),

case("""\
Dear Brenda,

Thank you again for booking our Western Caribbean cruise on the Carnival Jubilee. Harold has been having trouble with his knees since the summer and he cannot walk very far anymore, so I have a few questions. ⟦Do the ships have wheelchairs we can borrow, or do we need to bring our own?⟧ Our daughter says the ports can be difficult too. ⟦Which excursions in Cozumel are wheelchair accessible?⟧

And ⟦why was I charged a $75 "service fee" on my last statement?⟧ Nobody told us about that.

God bless,
Dorothy Pruitt""",
"yyn", "which, which, why", """\
Dear Dorothy,

Carnival doesn’t lend wheelchairs on board, so I’d suggest renting one through Special Needs at Sea; they deliver it straight to your cabin and collect it at the end. In Cozumel, the Chankanaab park tour and the glass-bottom boat are both wheelchair accessible, and I can book either for you.‸

Warmly,
Brenda Alvarez
Bluewater Cruise Travel"""),

case("""\
Brenda,

Royal Caribbean cancelled our October 18 sailing SIX WEEKS ago and I still haven't seen a dime of the $3,480. ⟦When will I get my refund?⟧ ⟦Can you also tell me whether the $250 onboard credit is lost?⟧ I am losing patience.

Raymond Cho""",
"ny", "when, yes/no", """\
Hi Raymond,

I completely understand your frustration, and I've escalated your case to Royal Caribbean's refunds team as a priority.‸ Refunds are processed as quickly as possible.

The onboard credit was tied to that sailing, so it can't be carried over, but the cruise line has offered you a 10% future cruise credit, valid for 12 months.

Brenda Alvarez
Bluewater Cruise Travel"""),

case("""\
Hi Brenda,

Attached are the passport copies for both of us, as promised.

Talk soon,
Linda
-- 
Linda Moreau | Realtor, Moreau Homes Group
555-0187
Thinking of selling? Call me for a free home valuation!""",
"", "", """\
Hi Linda,

Got them, thank you. Both passports are valid well beyond your return date, so you're all set.

Brenda""", quoted_only=True),

case("""\
Hi Brenda,

We’re looking at the Norwegian Encore in April. ⟦Which cabins are closest to the elevators?⟧ My wife uses a walker and long corridors wear her out. ⟦Could you email me the deck plan?⟧

Thanks,
Frank DeLuca""",
"yy", "which, request", """\
Hi Frank,

I’ve attached the deck plan for Deck 10 with the elevator banks circled. Cabins 10700 through 10712 sit right beside the forward elevators, and several of them are accessible balcony cabins, so they’d be a great fit for your wife.

Best,
Brenda Alvarez
Bluewater Cruise Travel"""),

# --- Hotshop Glass Studio, glass blowing (UK) --------------------------------------------------
case("""\
Hello!

I'm looking for a present for my partner's 40th 🎁 ⟦Can I buy a taster session as a gift voucher?⟧ ⟦How long are the vouchers valid for?⟧ Her nephew might want to join in too. ⟦Is there a minimum age?⟧ He's 14.

Thanks,
Fern""",
"yyy", "yes/no, when, yes/no", """\
Hi Fern,

What a lovely present. Yes, our two-hour taster is available as a voucher (£95), and you can buy it on our website or over the phone. Vouchers are valid for 12 months from purchase. For safety in the hot shop, participants need to be 16 or over, so her nephew would have to wait a couple of years, but our fusing workshop takes ages 12 and up.

Best wishes,
Ines
Hotshop Glass Studio"""),

case("""\
Hi there,

We’re getting married in March and we’d love six matching tumblers engraved with our wedding date for the top table. ⟦Is that something you do?⟧ ⟦What would six cost, roughly?⟧ ⟦We need them by 20 February – is that doable?⟧

Thanks so much,
Amara & Jon""",
"yyn", "yes/no, how much, yes/no", """\
Hi Amara and Jon,

Congratulations! We’d love to make these for you. Six hand-blown tumblers with engraving would come to about £290, depending on the colour you choose. Commissions usually take a few weeks, so it’s worth getting in touch early.‸

Warmly,
Ines
Hotshop Glass Studio"""),

case("""\
the vase i picked up on saturday has a crack right through the base. ⟦what are you going to do about it⟧ its for my mums birthday on the 19th so ⟦can i get it replaced before then⟧

Sent from my iPhone""",
"yy", "request, yes/no", """\
Hi,

I’m so sorry about the crack. Please bring it back in and we’ll replace it free of charge. We have two more from the same batch on the shelf, so you can swap it straight away and have it well before the 19th.

Ines
Hotshop Glass Studio"""),

case("""\
Good afternoon,

I'm organising a team day for our department in January. ⟦Could you accommodate a group of 14 on a weekday afternoon?⟧ ⟦Do you offer a vegetarian lunch option?⟧ ⟦Please send over a quote and your booking terms.⟧

Kind regards,
Oliver Tranter
Head of Operations
Marlowe Freight Ltd
Tel: 020 7946 0552

DISCLAIMER: This email and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
"yny", "yes/no, yes/no, request", """\
Dear Oliver,

Thank you for thinking of us. We can take 12 in the hot shop at once, so for 14 we'd split you into two groups rotating between glassblowing and fused-glass coasters, which works well for team days.‸ I'll send a full quote with our booking terms by Wednesday 9 December.

Kind regards,
Ines Carvalho
Hotshop Glass Studio"""),

case("""\
Hiya,

Popped in on Saturday but you were closed for a private class. A few quick ones:
⟦Do you sell seconds?⟧
⟦When is your next open studio day?⟧
⟦Where do I park?⟧ Last time I ended up in the supermarket car park and got a ticket.

Ta,
Shona""",
"ynn", "yes/no, when, where", """\
Hi Shona,

Sorry we missed you! Our seconds shelf is always popular, with bowls and paperweights from £8, so do come and have a rummage. We hold open studio days throughout the year; follow us on Instagram for updates.‸

Ines
Hotshop Glass Studio"""),

# --- Elmbrook House, care home family liaison (UK) ---------------------------------------------
case("""\
Dear Joanne,

Mum has sounded very low on the phone this week and she told me she hasn’t been hungry. ⟦Has she been eating properly?⟧ ⟦Is the GP coming in to see her?⟧ My brother is in Perth and can’t get over this year, so ⟦could someone help her with a video call on Christmas Day?⟧

Thank you,
Alison Fairweather""",
"yny", "yes/no, yes/no, request", """\
Dear Alison,

Thank you for letting me know. I spoke to the senior carer this morning: your mum ate most of her lunch and supper yesterday and joined the quiz in the lounge in the afternoon.‸ We’ve booked a video call for 9 am on Christmas Day with Jess, who’s on shift and is brilliant with the tablet, so please let your brother know.

Warm regards,
Joanne Pike
Family Liaison, Elmbrook House"""),

case("""\
Hi, ⟦what are visiting hours over Christmas?⟧ ⟦Can we bring the dog?⟧ Thanks, Kev Marsh (Brian’s son, room 3)""",
"yy", "when, yes/no", """\
Hi Kev,

Visiting is open 10 am to 7 pm every day over the festive period, Christmas Day included. Well-behaved dogs on a lead are very welcome in the lounge and the garden; Brian will be delighted.

Joanne Pike
Family Liaison, Elmbrook House"""),

case("""\
Joanne,

This is the third time Dad’s cardigans have gone missing from the laundry. ⟦Where are they?⟧ ⟦Why aren’t his clothes labelled when I paid for name tags in October?⟧ ⟦I would like a meeting with the manager.⟧

Susan Teague""",
"yyn", "where, why, request", """\
Dear Susan,

I’m very sorry; you shouldn’t have to chase this. Our laundry team found the cardigans in another resident’s wardrobe this morning and they’re back in your dad’s room. The name tags you ordered arrived in October but hadn’t been sewn in yet, which is our fault; that was done today.‸

Please don’t hesitate to get in touch if there’s anything else I can help with.

Kind regards,
Joanne Pike
Family Liaison, Elmbrook House"""),

case("""\
Hello,

I am son of Mrs. Kowalska in room 14. I live in Poland, so I cannot visit often. ⟦Please can you tell me how is my mother after the fall last week?⟧ ⟦Is possible to send me the bill by e-mail and not by post?⟧ The post to Poland is very slow. ⟦How I can pay from a foreign bank?⟧

Best regards,
Tomasz Kowalski""",
"yyn", "how, request, how", """\
Dear Tomasz,

Thank you for writing. Your mother is recovering well: the bruising on her arm is fading and she is walking with her frame again, with a carer beside her. I've changed your billing to e-mail, so the January invoice will come to this address.‸

With best wishes,
Joanne Pike
Family Liaison, Elmbrook House"""),

case("""\
Hi Joanne,

Forwarding this from my brother for your records; he's sorted it with me now, so nothing needed.

Claire

---------- Forwarded message ---------
From: Andrew Bell <andy.bell@example.com>
Date: Sat, 5 Dec 2026 at 20:11
Subject: Dad's slippers
To: Claire Bell <claire.bell@example.co.uk>

Claire, can you ask the home whether Dad needs new slippers? The ones I saw at half term had holes in them.

Andy""",
"", "", """\
Hi Claire,

Thanks for letting me know. For what it's worth, his new slippers arrived on Friday and he's wearing them now.

Joanne""", quoted_only=True),

case("""\
Dear Joanne,

We received the letter about next year’s fees. ⟦Could you tell me what Dad’s weekly fee will be from April?⟧ The letter only gives the percentage. ⟦Why has it gone up by 9% when his pension has only gone up by 4%?⟧

Regards,
Peter Lumley""",
"ny", "how much, why", """\
Dear Peter,

Thank you for your email, and I understand the increase is unwelcome. Like all care homes, we review our fees every year to reflect our rising costs, and this year’s rise is mostly down to the increase in the National Living Wage, which covers most of our care staff, and higher energy bills.‸

Kind regards,
Joanne Pike
Family Liaison, Elmbrook House"""),

# --- Shire Coach Holidays, coach-tour operator (UK) --------------------------------------------
case("""\
Dear Sir/Madam,

We are booked on the Bruges Christmas Market tour (booking CT-40771) and have a few questions:

1. ⟦What time does the coach leave Leicester?⟧
2. ⟦Where exactly is the pick-up point?⟧
3. ⟦Is there a toilet on board?⟧
4. ⟦Can my husband sit near the front, as he gets travel sick?⟧

Yours faithfully,
Margaret Dunmore""",
"ynyy", "when, where, yes/no, request", """\
Dear Mrs Dunmore,

Thank you for your email. The coach leaves the Leicester pick-up at 6:15 am on Saturday 12 December, so please be there by 6 am.‸ All our coaches have an on-board washroom. I’ve added a note to your booking asking for front seats for you both; seats are confirmed by the driver on the day, but he’ll have the note.

We hope you enjoy the markets.

Kind regards,
Sunita Rai
Shire Coach Holidays"""),

case("""\
The coach back from Edinburgh on Sunday was two hours late and nobody told us anything. We stood in the cold at Waverley Bridge with no information at all. ⟦Why was there no announcement?⟧ ⟦What compensation are you offering?⟧

Gordon Fyfe""",
"ny", "why, which", """\
Dear Mr Fyfe,

We’re sorry for the delay to your return journey. The coach was held up by a full closure on the A1(M) after an accident near Darlington, and the driver had to take a long diversion. We always aim to keep passengers informed.‸

As a gesture of goodwill, we’d like to offer you 25% off your next tour with us; just quote FYFE25 when you book.

Yours sincerely,
Sunita Rai
Shire Coach Holidays"""),

case("""\
Hiya 😊 ⟦how much is the single supplement on the Cotswolds break?⟧ and ⟦do you take deposits over the phone?⟧ Pam""",
"yn", "how much, yes/no", """\
Hi Pam 😊

The single supplement on our Cotswolds Gardens break (five nights from Tuesday 4 May 2027) is £145, and it's a lovely trip.‸

Best wishes,
Sunita
Shire Coach Holidays"""),

case("""\
Thanks for confirming the room. One last thing – ⟦can we bring our own wine on the coach?⟧

Jan

On Tue, 1 Dec 2026 at 09:30, Shire Coach Holidays <tours@shirecoach.example.co.uk> wrote:
> Dear Jan,
>
> Your room on the Lake District tour is confirmed.
>
> On Mon, 30 Nov 2026 at 11:47, Jan Whitcombe <jan.whitcombe@example.com> wrote:
> > Is our room a twin or a double? And does the hotel have a lift?
> > Jan""",
"n", "yes/no", """\
Dear Jan,

You’re very welcome. Just to add, the room is a twin, and the Lakeside Hotel has a lift to all floors.‸

Kind regards,
Sunita Rai
Shire Coach Holidays"""),

case("""\
Hello,

Please see below from my insurer. ⟦Could you send me a letter confirming the tour was cancelled by you and not by me?⟧ ⟦They also need the amount I paid – can you include that?⟧

Thank you,
Derek Amos

Begin forwarded message:

From: Claims Team <claims@harbourinsure.example.co.uk>
Subject: Claim HI-902215
Date: 4 December 2026 at 15:02:11 GMT
To: derek.amos@example.net

Dear Mr Amos,

To progress your claim, please provide written confirmation from the tour operator that the holiday was cancelled by them, together with the amount paid.

Harbour Insurance Claims""",
"yn", "request, request", """\
Dear Mr Amos,

I've attached a cancellation letter on our headed paper. It confirms that we cancelled the Lake Garda tour on 20 November because of low bookings, not at your request.‸ I hope your claim goes smoothly.

Kind regards,
Sunita Rai
Shire Coach Holidays"""),

# --- PetTrace Register, pet microchip database (UK) --------------------------------------------
case("""\
Hello,

I adopted a cat called Pickle from Whiskers Rescue last month and my vet says her chip is still registered to the rescue. ⟦How do I transfer it into my name?⟧ ⟦Is there a fee?⟧

Thanks,
Georgia Lam""",
"yn", "how, yes/no", """\
Hi Georgia,

Congratulations on adopting Pickle! You can do this online: log in to your account, choose “Transfer keeper”, and enter her chip number with the transfer code the rescue gives you. The rescue then approves the transfer from their side.‸

Best wishes,
Callum
PetTrace Register"""),

case("""\
OUR DOG GOT OUT LAST NIGHT!! Chip no. 985 112 004 667 201, name Buster, black lab.

⟦Can you mark him as missing on the database?⟧ ⟦Do you alert local vets?⟧

Please hurry
Lorna Keyes
07700 900233""",
"yy", "request, yes/no", """\
Hi Lorna,

I’ve marked Buster as missing: any vet, council warden or rescue that scans his chip will now see the alert and our 24-hour number. We’ve also sent a lost-pet alert to the vets and rescues within 10 miles of your postcode. Fingers crossed he’s home soon.

Callum
PetTrace Register"""),

case("""\
hi i moved house and got a new number. ⟦can you update both on mollys record⟧ new address is 14 Fern Rd, Leeds LS6 3JP and phone 07700 900418. ⟦is it free to update or do i need premium⟧

cheers
Dani""",
"yn", "request, which", """\
Hi Dani,

Thanks for letting us know. I've updated Molly's phone number to 07700 900418. For security, address changes need to be made by the registered keeper through the account or by post, so please log in and change it there.‸

You might also like our Premium plan, which adds lost-pet alerts and a free engraved tag.

Callum
PetTrace Register"""),

case("""\
Hi,

I'm a breeder with a litter of six spaniel pups going to their new homes after Christmas.
• ⟦Can I register all six in one go?⟧
• ⟦Which of your plans do breeders normally use?⟧
• ⟦When do the new owners get their certificates?⟧

Many thanks,
Ruth Penrose
Penrose Working Spaniels""",
"yyn", "yes/no, which, when", """\
Hi Ruth,

Yes: use the breeder bulk upload in your account (I've attached the CSV template). Most breeders are on our Breeder Plus plan at £18 a year, which covers unlimited litters. The new owners will be contacted by us once you've entered their details.‸

Best wishes,
Callum
PetTrace Register"""),

# --- ByteBuilders Coding Club, kids' coding club (US) ------------------------------------------
case("""\
Hi!

⟦Is the Saturday Scratch class okay for a 7-year-old who can’t read very well yet?⟧ ⟦What’s the tuition for the spring term?⟧ ⟦Do siblings get a discount?⟧ Her brother is 10 and might want to join the Python group.

Thanks,
Melissa Grant""",
"yyn", "yes/no, how much, yes/no", """\
Hi Melissa,

Our Scratch Juniors group is built for ages 7 to 9, and the coaches use picture-based blocks, so strong reading isn’t required. Spring tuition is $240 for 10 Saturday sessions. We love having siblings in the club, and the Python group would be a great fit for her brother.‸

See you soon,
Coach Andre
ByteBuilders Coding Club"""),

case("""\
Hello,

My son Leo came home on Tuesday and said his instructor called his game project "baby stuff" in front of the whole class. He cried the whole way home. Is that how you talk to kids? ⟦I want to know what you're going to do about it.⟧ ⟦Can he move to Ms. Patel's group on Thursdays?⟧

Dana Whitfield""",
"yy", "request, yes/no", """\
Hi Dana,

I'm really sorry. That comment was not okay, and it's not how we want any child to feel in our club. I spoke with the instructor today, and he'll apologize to Leo at the start of next week's session; I'll be in the room for it. Ms. Patel's Thursday group is full right now, but I've put Leo first on the waitlist and I'll let you know the moment a seat opens.

Sincerely,
Kendra Moss
Director, ByteBuilders Coding Club"""),

case("""\
hi!! 👾 ⟦is there club on mlk day⟧ ⟦if yes is pickup still 5:30⟧ also ⟦can you send me the make up class schedule⟧ i lost the flyer

jess (ava's mom)""",
"yyy", "yes/no, yes/no, request", """\
Hi Jess,

We're closed on Monday, January 18 for MLK Day, and classes pick back up on Wednesday the 20th. I'll send the make-up schedule out with Friday's newsletter, so keep an eye on your inbox.

Coach Andre
ByteBuilders Coding Club"""),

case("""\
Hi,

FYI see below from our PTA. ⟦Are you the same club that’s running the after-school program at Lincoln Elementary?⟧ ⟦If so, how do I sign up my daughter?⟧ She’s in 3rd grade.

Thanks,
Carlos Mendez

---------- Forwarded message ---------
From: Lincoln Elementary PTA <pta@lincolnelem.example.org>
Date: Thu, 3 Dec 2026 at 16:40
Subject: New after-school coding!
To: Lincoln Families <families@lincolnelem.example.org>

Dear families,

ByteBuilders will run a coding club on Tuesdays from January. Interested? Spaces are limited, so please reply by Friday.

Lincoln PTA""",
"yn", "yes/no, how", """\
Hi Carlos,

Yes, that’s us! We run Lincoln’s Tuesday program from 3:15 to 4:30 p.m. in the school library, starting in January, and third graders are very welcome.‸

Best,
Kendra Moss
ByteBuilders Coding Club"""),

case("""\
Done! Filled it out just now.

Priya

On Fri, Dec 4, 2026 at 9:05 AM ByteBuilders Coding Club <hello@bytebuilders.example.com> wrote:
> Hi families,
>
> Could you take 2 minutes to fill in our end-of-term survey? Your feedback shapes next term's classes.
>
> ByteBuilders""",
"", "", """\
Hi Priya,

Thanks so much! We read every response.

Kendra""", quoted_only=True),

case("""\
hey ⟦do u have any spots left in the robotics camp over winter break⟧ my twins (11) are obsessed w lego robots lol. ⟦whats the cost⟧ ⟦do they need to bring a laptop⟧

thx
Rochelle""",
"nny", "yes/no, how much, yes/no", """\
Hi Rochelle,

Winter break robotics camp runs December 28 to 31, 9 a.m. to 3 p.m., and we provide all the laptops and LEGO kits, so they just need a water bottle and a snack.‸ Your twins will love it!

Coach Andre
ByteBuilders Coding Club"""),

# --- Fowey Creek Boatyard, boat storage (UK) ---------------------------------------------------
case("""\
⟦Any space for a 28ft yacht ashore this winter?⟧ ⟦Price per foot?⟧ ⟦Can I work on her myself while she's out?⟧

Steve Daly
Moody 28 "Kittiwake\"""",
"yny", "yes/no, how much, yes/no", """\
Hi Steve,

We've got two cradles left for boats up to 30ft, so Kittiwake would fit. Winter storage ashore runs from November to the end of March.‸ Owners are welcome to do their own antifouling and maintenance in the yard, but no hot work (welding or grinding) without a permit from the office.

Regards,
Jim Pascoe
Fowey Creek Boatyard"""),

case("""\
Hi Jim,

I came down to the yard on Saturday to check on Kittiwake after Storm Ivo and found the cover torn along one side and a good few inches of rainwater in the cockpit lockers. The lifejackets in there are soaked and I’ve taken them home to dry. I know a storm is nobody’s fault, but I’d have expected someone to notice, since she’s right by the office. ⟦Who is responsible for checking the covers after a storm?⟧ ⟦Is this covered by your insurance or mine?⟧ I can’t get down again until the 19th, so ⟦could someone pump out the lockers before it freezes?⟧

Thanks,
Steve""",
"yyy", "which, which, request", """\
Hi Steve,

Sorry to hear about this. Our yard team walks the site after every named storm, and we re-tied several covers on Friday after Ivo, but yours must have torn later that night. Under clause 7 of the storage agreement, owners insure their own vessels and gear while they’re ashore. I’ve asked Dean to pump out the lockers and put a temporary tarp over the cockpit first thing tomorrow.

Regards,
Jim"""),

case("""\
Hello,

⟦Can you lift out our RIB on Thursday 17 December?⟧ ⟦What time should our skipper arrive?⟧

Regards,
Ellie Brandt
Operations, Seaward Survey Services
Tel: 020 7946 0918

CONFIDENTIALITY NOTICE: This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
"yn", "yes/no, when", """\
Hi Ellie,

Thursday 17th is fine, and we’ll have the hoist and a trailer ready for her.‸

Regards,
Jim Pascoe
Fowey Creek Boatyard"""),

case("""\
Good day,

We are coming with our sailing boat from the Netherlands in spring. ⟦Is it possible to stay in the water by you for two weeks in April?⟧ ⟦Have you electricity and water on the pontoon?⟧ ⟦Where we can buy diesel near to you?⟧

Kind regards,
Pieter and Anneke de Vries""",
"yyn", "yes/no, yes/no, where", """\
Dear Pieter and Anneke,

Thank you for your message. We are a storage yard, so we don't have visitor berths, but Pont Pill Marina next door welcomes visiting yachts. Our pontoon has shore power and fresh water for boats being launched or lifted.‸

Kind regards,
Jim Pascoe
Fowey Creek Boatyard"""),

# --- Sillage & Co, perfume web shop (UK) -------------------------------------------------------
case("""\
Hiii 💕 ⟦is the Oud Rose 50ml coming back in stock?⟧ ✨ ⟦can u do samples of it?⟧ 🙏 and ⟦do u have a discount code for first orders⟧ lol

Chloe x""",
"yyn", "when, yes/no, yes/no", """\
Hi Chloe 💐

Good news: Oud Rose 50ml is due back on Monday 14 December. We don’t make samples of Oud Rose, I’m afraid, as it’s one of our small-batch scents.‸ Keep an eye on our Instagram for offers 💕

Lots of love,
Maya at Sillage & Co"""),

case("""\
Hello,

I ordered Nuit Blanche eau de parfum (order SC-33902) and received the eau de toilette. ⟦How do I return it?⟧ ⟦Will you cover the postage?⟧ ⟦I need the correct one by Christmas Eve – can you guarantee that?⟧

Regards,
Fiona Gilchrist""",
"yyy", "how, yes/no, yes/no", """\
Dear Fiona,

I'm so sorry about the mix-up. I've emailed you a prepaid returns label: just print it, pop the EDT back in its box and drop it at any Post Office, so there's nothing to pay. The EDP went out by Royal Mail Special Delivery this afternoon and is guaranteed to reach you by 1 pm tomorrow, Tuesday 8 December.

Best wishes,
Maya
Sillage & Co"""),

case("""\
Hi,

⟦Could you recommend something for my wife, who loves Jo Malone’s Lime Basil & Mandarin?⟧ It’s for Christmas. ⟦Do you gift-wrap?⟧ ⟦Can I add a handwritten note?⟧

Thanks,
Sanjay""",
"yny", "request, yes/no, yes/no", """\
Hi Sanjay,

If she loves Lime Basil, try our Verde Citron (£58): it has the same zesty top notes with a warmer, woody base. Our boxes are made from recycled card and printed with plant-based inks.‸ You can also add a message in the “Gift note” box at checkout and we’ll handwrite it on a card.

Warm wishes,
Maya
Sillage & Co"""),

case("""\
Order arrived, thanks – it smells gorgeous.

Helen Wu
Senior Associate | Parr & Lindqvist LLP

This email and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender immediately and delete it.""",
"", "", """\
Hi Helen,

So glad you love it! Enjoy.

Maya
Sillage & Co""", quoted_only=True),

case("""\
Hi,

⟦Why does your Amber Noir label just say "parfum" and not list the allergens?⟧ I react badly to linalool. ⟦Does Amber Noir contain it?⟧

Kerry""",
"yy", "why, yes/no", """\
Hi Kerry,

"Parfum" is the legal name for the fragrance blend as a whole. The individual allergens must be named when they’re above the legal threshold, and on Amber Noir they’re printed on the side panel of the box rather than on the bottle. Amber Noir does contain linalool, so I’d steer clear of it.

Best,
Maya
Sillage & Co"""),

# --- Northgate Ice Arena, ice rink (US) --------------------------------------------------------
case("""\
Hi! 🎂 My son turns 8 in January. ⟦Do you host birthday parties on Sunday afternoons?⟧ ⟦How many kids are included in the basic package?⟧ ⟦Can parents skate too⟧, and ⟦do they pay?⟧

Thanks!
Amber Nolan""",
"ynnn", "yes/no, how much, yes/no, yes/no", """\
Hi Amber,

Happy early birthday to your son 🎉 We do! Sunday party slots are at 1 p.m. and 3:30 p.m. The basic package is $295 and includes skate rental, a party room for an hour and pizza.‸

Hope to see you soon,
Tyler
Northgate Ice Arena"""),

case("""\
Hello,

⟦When does the next Learn to Skate session start for adults?⟧ ⟦Which level should I sign up for if I skated as a kid but haven't been on the ice in 20 years?⟧

Thank you,
Gloria Sandoval""",
"yy", "when, which", """\
Hi Gloria,

The winter adult session begins Tuesday, January 5 at 7:30 p.m. and runs for 8 weeks. Most returning skaters start in Adult 2; if it feels too easy, the coaches will move you up after the first class.

Best,
Tyler
Northgate Ice Arena"""),

case("""\
left my daughters skates in the locker room sat night, white riedells size 4 with purple guards. ⟦did anyone turn them in⟧ ⟦whens the lost and found open⟧

Sent from my iPhone""",
"yy", "yes/no, when", """\
Hi there,

Yes, we have them! They're at the front desk, which is open 3 to 10 p.m. on weekdays and 9 a.m. to 10 p.m. on weekends.

Tyler
Northgate Ice Arena"""),

case("""\
Tyler,

⟦Why was our 9:15 game moved to 10:45 p.m. with two days’ notice?⟧ Half my team works early shifts. ⟦Who approved this?⟧ ⟦We want the original slot back or a partial refund of the team fee.⟧

Mike Brennan
Captain, Northgate Blades (Rec League B)

From: Northgate Ice Arena <leagues@northgateice.example.com>
Sent: Friday, December 4, 2026 6:12 PM
To: Mike Brennan <mbrennan@example.net>
Subject: Schedule change – Sunday, December 6

Hi captains, please note the updated game times for this Sunday. Let us know if you have any questions.""",
"yny", "why, which, request", """\
Hi Mike,

Sorry for the short notice. The ice resurfacer needed an unplanned repair on Friday, and we had to push the last three games back to fit everyone in.‸ We can’t restore the 9:15 slot this week, but we’ll credit $150 toward your team’s spring fee.

Tyler Reed
League Coordinator, Northgate Ice Arena"""),

case("""\
Hi,

A few questions for New Year's Day. ⟦Is public skating open on January 1?⟧ ⟦How much is admission for a family of four?⟧ ⟦Do you rent hockey skates, or only figure skates?⟧ My boys refuse to wear figure skates.

Thanks,
Nate Kowal""",
"yyn", "yes/no, how much, which", """\
Hi Nate,

Happy almost New Year! Public skate runs from noon to 4 p.m. on January 1. Admission is $12 per skater, and skate rental is $5 a pair.‸

Tyler
Northgate Ice Arena"""),

# --- ShelfSwap, second-hand textbook marketplace (US) ------------------------------------------
case("""\
hi, ⟦how long does it take to get paid after I sell a book?⟧ ⟦can I get paid through Venmo?⟧

– Marcus, sophomore @ State""",
"yy", "when, yes/no", """\
Hi Marcus,

Payouts go out 3 business days after the buyer confirms delivery. We pay sellers by PayPal or direct deposit to a US bank account, and you can pick either under Settings > Payouts.

Thanks,
Jenna
ShelfSwap Support"""),

case("""\
Hello,

I ordered the 12th edition of Campbell Biology (order SW-118204) because that's what my professor requires, and I got the 11th edition. The listing photo literally showed the 12th. I paid $74 for it, which is a lot for me, and my class starts January 19. ⟦Can you send the right edition or refund me?⟧ ⟦How do I return the wrong one?⟧ ⟦Will I have the right book before January 19?⟧

Please help,
Alyssa Greene""",
"nyn", "request, how, yes/no", """\
Hi Alyssa,

I'm sorry about that! It looks like the seller listed it incorrectly. You can start a return from your Orders page within 14 days of delivery: choose "Item not as described," and we'll email you a prepaid shipping label.‸

Thanks for your patience,
Jenna
ShelfSwap Support"""),

case("""\
🎓 Graduating seller here! ⟦Is there a limit on how many books I can list at once?⟧ ⟦Do you charge a listing fee?⟧

Thanks,
Devon""",
"yy", "yes/no, yes/no", """\
Hi Devon,

Congrats on graduating! There’s no cap on listings, so list the whole shelf. Listing is free; we take a 12% commission only when a book sells.

Jenna
ShelfSwap Support"""),

case("""\
Hi,

The seller says below that he shipped my book, but the tracking hasn't moved in 9 days. ⟦Can you open a claim for me?⟧ ⟦Do I get my money back if it never shows up?⟧

Thanks,
Kayla Brooks

---------- Forwarded message ---------
From: ShelfSwap Messages <messages@shelfswap.example.com>
Date: Mon, 7 Dec 2026 at 08:02
Subject: New message from seller jdog_books
To: <kayla.brooks@example.com>

jdog_books wrote: "I shipped it on the 27th, can you be patient please? USPS is slow around the holidays."
""",
"yy", "request, yes/no", """\
Hi Kayla,

I've opened claim C-77120 for you. Your payment is held by ShelfSwap and isn't released to the seller until the book is delivered; if it hasn't arrived by December 14, we'll refund you in full.

Jenna
ShelfSwap Support"""),

case("""\
Hi ShelfSwap,

I graduated last week and I won't be buying or selling books anymore. ⟦Please delete my account and all my data.⟧ ⟦Can you also confirm my last payout went through?⟧

Thanks,
Wen Zhao""",
"ny", "request, yes/no", """\
Hi Wen,

Congratulations on graduating! Your last payout of $42.50 went to your PayPal account on December 3. Before you go, remember you can pause your listings instead of closing your account, so they're ready if you ever need them again.‸

All the best,
Jenna
ShelfSwap Support"""),

# --- Pop & Float Balloons, party-balloon shop (UK) ---------------------------------------------
case("""\
Hi!

⟦Can you do a balloon arch in rose gold and white for Saturday 19 December?⟧ It’s for my daughter’s engagement party. ⟦How much for about 3 metres?⟧ ⟦Do you deliver to Harrogate?⟧ ⟦What time would you set it up?⟧ The venue opens to us at 2.

Thanks!
Leanne Foster""",
"yyyn", "yes/no, how much, yes/no, when", """\
Hi Leanne,

We can, and congratulations to your daughter! Rose gold and white is one of our favourite combinations. A 3-metre organic arch is £165, including delivery and set-up anywhere within 15 miles of Knaresborough, which covers Harrogate.‸

Best wishes,
Kirsty
Pop & Float Balloons"""),

case("""\
Hello,

⟦Why did the foil balloons I bought yesterday go down overnight?⟧ They were for a party today and looked sad by the morning. ⟦Can I bring them back to be refilled?⟧

Thanks,
Dom Reilly""",
"ny", "why, yes/no", """\
Hi Dom,

Sorry to hear that! Bring them in any time today and we’ll refill them free of charge while you wait. Our foil balloons are usually very reliable and last for days.‸

Kirsty
Pop & Float Balloons"""),

case("""\
The arch looked amazing, thank you so much!!! 🎈🎈

Leanne

On Sun, 20 Dec 2026 at 10:15, Pop & Float Balloons <hello@popandfloat.example.co.uk> wrote:
> Hi Leanne,
>
> We hope the party went well! If you were happy, could you leave us a Google review?
>
> Kirsty""",
"", "", """\
Hi Leanne,

Thank you! It was a joy to make. Congratulations again to the happy couple.

Kirsty""", quoted_only=True),

case("""\
Hello,

We open a new café in Leeds on Monday 4 January and we want balloons for the door. ⟦You can make balloons with our logo?⟧ ⟦How many days before we need to order?⟧ ⟦It is possible to pay with invoice for the company?⟧

Thank you very much,
Lucía Ferrer
Café Almendra""",
"yyy", "yes/no, when, yes/no", """\
Dear Lucía,

Congratulations on the new café! Yes, we print custom logo balloons: send us your logo as a PDF or PNG and we'll mock up a proof. Please order at least 10 working days before, so by Friday 18 December for your opening. We can invoice businesses on 14-day terms once we have your company details.

Best wishes,
Kirsty
Pop & Float Balloons"""),
case("""\
Hi Kirsty,

Just wanted to say thank you for the balloons for Mum’s 70th on Saturday. Who knew a bunch of balloons could make a grown woman cry? She’s kept the big gold 7 and 0 in the lounge all week.

Thanks again,
Bev""",
"", "", """\
Hi Bev,

That’s made our day! Please wish your mum a very happy 70th from all of us.

Kirsty
Pop & Float Balloons"""),
]
