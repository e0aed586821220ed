"""The hand-written cases of the fourth HELD-OUT `questions` set (built by build_questions_holdout4.py).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the newest
message are wrapped in ⟦ ⟧ inside the thread; ``answered`` (Y/N) and ``kinds`` give one value per
span, in order; the draft holds one ‸ where a missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a case whose newest message asks nothing while its quoted
history, forwarded mail or signature does.

Written blind: see README.md. Held out: do not tune the feature on these cases.
"""

Y, N = True, False
YN, WHEN, WHERE, HM, HOW, WHICH, WHY, REQ = ("yes/no", "when", "where", "how much", "how", "which", "why",
                                             "request")

CASES = []


def case(thread, answered, kinds, draft, quoted_only=False):
    CASES.append({"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
                  "quoted_only": quoted_only})


# --- Northwire Broadband (a broadband provider) ---------------------------------------------

case("""\
Hi,

This is the third time I’ve emailed. My broadband has been down since Friday and I work from home. \
⟦When is it actually going to be fixed?⟧ And ⟦why has nobody rung me back like you promised on Monday?⟧ \
⟦I want money back for every day it’s been down.⟧

Gareth Pryce
Account 7730-1192

On Mon, 7 Dec 2026 at 09:14, Northwire Support <help@northwire.example.co.uk> wrote:
> Hi Gareth,
> Sorry to hear about the outage. An engineer will call you back today to arrange a visit.
> Is there anything else we can help with?
> Northwire Support""",
     (N, N, Y), (WHEN, WHY, REQ),
     """\
Hi Gareth,

I’m really sorry your broadband is still down. Our network team is aware of the fault affecting your \
street and is working to restore service as quickly as possible.

I’ve added a credit of £12.60 to your account, covering the six days you’ve been without service so far, \
and it will show on your January bill.‸

Kind regards,
Priya
Northwire Support""")

case("""\
Dear Northwire,

We are moving house on 19 December, from Elm Grove to 4 Barley Close, Thornbury. ⟦Can I take my current \
contract with me to the new address?⟧ ⟦How much notice do you need before the move?⟧ ⟦Will my existing \
router work there, or will you send a new one?⟧

Many thanks,
Helen Marsh

From: Northwire Broadband <news@northwire.example.co.uk>
Sent: Wednesday, December 2, 2026 4:12 PM
To: Helen Marsh
Subject: Your December bill is ready

Your bill of £32.00 is ready. Questions about your bill? Visit our help centre.""",
     (Y, Y, Y), (YN, WHEN, WHICH),
     """\
Dear Helen,

Thanks for letting us know. Good news: Barley Close is in our fibre area, so your contract moves with you \
at the same price. We just need 14 days’ notice, so if you confirm the date by Saturday 5 December we can \
have you connected on moving day. Your current router will work at the new address – just bring it with \
you and plug it in.

Best wishes,
Tom
Northwire Broadband""")

case("""\
speed test says 11mbps, i pay for 150. ⟦whats going on?⟧ ⟦can someone come out this week?⟧

Leon

Sent from my iPhone""",
     (Y, N), (WHY, REQ),
     """\
Hi Leon,

Thanks for the speed test. Our line checks show a fault on the green cabinet at the end of your road, and \
that is what is holding your speed down – it isn’t anything in your home.‸ We’ll keep you posted.

Cheers,
Dev
Northwire Support""")

case("""\
Hi Sam,

All working now, all four lights are green! Thanks for your patience with me.

Jo

On Tue, 8 Dec 2026 at 17:40, Northwire Support <help@northwire.example.co.uk> wrote:
> Hi Jo,
> Could you restart the router and let us know whether all four lights turn green?
> Sam""",
     (), (),
     """\
Hi Jo,

That’s great news, thanks for letting us know. If it drops again, just reply to this email and we’ll pick \
it up straight away.

Best,
Sam
Northwire Support""", quoted_only=True)

case("""\
Hello 👋

I am student in Cardiff and I have your 150 package since September. ⟦Please can you tell me what is the \
price for the 500 package after the first year?⟧ Also ⟦is possible to keep my old phone number if I add \
the landline?⟧ ⟦Is there discount for students?⟧

Thank you very much,
Mei Lin Zhou""",
     (N, Y, N), (HM, YN, YN),
     """\
Hi Mei Lin,

Thanks for getting in touch. Our 500 package is £29 a month for the first 12 months. Yes – if you add a \
landline, we can move your existing number across, so you won’t need a new one. We’re always working to \
bring our customers great value.‸

Best regards,
Aisha
Northwire Broadband""")

case("""\
Hi,

⟦Why am I getting this?⟧ I cancelled with you in October and sent the router back. ⟦Please stop these \
letters⟧, and ⟦please confirm in writing that I owe you nothing.⟧

Rob Ashworth

---------- Forwarded message ---------
From: Calder Recoveries <letters@calder-recoveries.example.com>
Date: Thu, 10 Dec 2026 at 08:02
Subject: Outstanding balance: Northwire Broadband
To: <rob.ashworth@example.net>

Dear Mr Ashworth,
Our client Northwire Broadband reports an outstanding balance of £45.00. Please contact us within 14 days \
to arrange payment.
Calder Recoveries""",
     (N, Y, N), (WHY, REQ, REQ),
     """\
Dear Rob,

I’m sorry this letter worried you. I’ve asked Calder Recoveries to stop all contact with you while we \
look into your account, and they have confirmed they will. We’re now checking why the balance was passed \
to them after you cancelled.‸

Kind regards,
Nadia
Northwire Customer Relations""")

# --- Brightpane Window Cleaning (a window cleaner) ------------------------------------------

case("""\
Hello,

Just moved into 22 Fennel Way. ⟦How much would you charge for a three-bed semi, front and back?⟧ ⟦Do you \
do conservatory roofs as well?⟧ ⟦How often do you come round?⟧

Thanks
Claire""",
     (Y, Y, Y), (HM, YN, WHEN),
     """\
Hi Claire,

Welcome to Fennel Way! A three-bed semi, front and back, is £18, and we’re on your road every four weeks. \
We clean conservatory roofs too: that’s £25 extra and we’d do it every third visit.

Best wishes,
Lee
Brightpane Window Cleaning""")

case("""\
Hi Lee,

The windows were done yesterday but the back ones are covered in streaks, worse than before you came. \
⟦Can someone come back and redo them?⟧ ⟦Will I still be charged for this clean?⟧

Angela Fox""",
     (Y, N), (REQ, YN),
     """\
Hi Angela,

Sorry about the streaks – that’s not the standard we aim for. Dan will pop back on Thursday 10 December \
to redo the back windows.‸

Thanks for letting us know,
Lee""")

case("""\
Dear Sir,

Your young man came on Tuesday while I was at my sister’s, so I didn’t get to pay him, and I also noticed \
that the gutters at the back are full of leaves again, which they always are at this time of year because \
of next door’s sycamore. ⟦I wonder whether he could clear them out while he’s here next time⟧, and \
⟦what do I owe you for November?⟧ ⟦Do you still take cheques?⟧ I don’t do the internet banking.

Yours faithfully,
Margaret Ellery (Mrs)""",
     (N, Y, Y), (REQ, HM, YN),
     """\
Dear Mrs Ellery,

Thank you for your letter. For November you owe £16, and yes, we’re happy to take a cheque – just leave \
it in an envelope under the mat on our next visit, or post it to the address below. Sycamore leaves \
really do fill gutters quickly at this time of year!‸

Kind regards,
Lee Brennan
Brightpane Window Cleaning, 3 Mill Lane, Stroud GL5 1AB""")

case("""\
Hi,

We run the deli on the corner of Castle Street. ⟦Could you quote for cleaning our shopfront once a \
week?⟧ ⟦Do you have public liability insurance?⟧ We’d need it done before 8 am as we open at 8. ⟦Is that \
possible?⟧

Thanks,
Rosa

--
Rosa Tran | Tran’s Deli, 1 Castle Street
Hungry? Order ahead at transdeli.example.co.uk
Tel 020 7946 0312""",
     (Y, Y, N), (REQ, YN, YN),
     """\
Hi Rosa,

Thanks for thinking of us. A weekly clean of the shopfront, glass and frames would be £12 a visit, and \
we hold £5 million public liability cover – I can send the certificate over if you need it.‸

Best,
Lee
Brightpane Window Cleaning""")

case("""\
Hiya, ⟦are you working over Christmas?⟧ My clean would normally be Monday 28 December. ⟦If you’re off, \
which day will you come in January instead?⟧ Cheers, Dom""",
     (Y, Y), (YN, WHEN),
     """\
Hi Dom,

We’re taking a break from 24 December to 3 January, so we won’t be round on the 28th. Your next clean will \
be on Monday 4 January instead.

Happy Christmas,
Lee""")

# --- Kiln Street Coffee Roasters (a coffee subscription) ------------------------------------

case("""\
Hi Kiln Street,

⟦Could I pause my subscription for January?⟧ We’re away for most of it. ⟦Will I still get the December \
bag before Christmas?⟧ Also, ⟦what’s the actual difference between the Kiln Blend and the Harbour \
espresso?⟧ My partner keeps asking and I can’t tell him.

Thanks!
Fiona""",
     (Y, Y, N), (REQ, YN, WHICH),
     """\
Hi Fiona,

All done: your subscription is paused for January and will restart in February. Your December bag ships \
on Monday 14 December, so it will be with you well before Christmas. Both the Kiln Blend and the Harbour \
are firm favourites with our subscribers!‸

Happy brewing,
Ollie
Kiln Street Coffee Roasters""")

case("""\
Hello,

My bag of Harbour arrived this morning split down the side and half the beans were loose in the box. \
⟦Could you send a replacement?⟧ ⟦Do I need to send the split one back to you?⟧

Regards,
Imran Qadir
Sent from my Galaxy""",
     (Y, Y), (REQ, YN),
     """\
Hi Imran,

Sorry about that – the bag must have been crushed in transit. A fresh bag of Harbour went out to you this \
afternoon by first-class post, and there’s no need to send the split one back: pop the loose beans in a \
jar and enjoy them.

Best,
Ollie""")

case("""\
Hi there 🎁

⟦I’d like to buy a 6-month gift subscription for my dad.⟧ ⟦Can it start in January rather than straight \
away⟧, and ⟦can I add a personal message?⟧ He’s a big espresso drinker if that matters.

Cheers,
Hannah""",
     (Y, Y, Y), (REQ, YN, YN),
     """\
Hi Hannah,

What a lovely present. You can buy the six-month gift subscription here: kilnstreet.example.co.uk/gift – \
just pick ‘Espresso’ as the brew method. At checkout, choose ‘Start date’ and set it to any day in \
January. There’s a gift-note box on the same page for your message, which we hand-write on a card in the \
box.

Best,
Ollie""")

case("""\
Hi,

A few questions before I sign up:
1. ⟦Do you do a decaf?⟧
2. ⟦Is the packaging recyclable?⟧
3. ⟦How long does a bag stay fresh once it’s opened?⟧
4. ⟦If I sign up, can I change the grind later on?⟧

Thanks,
Ben Carver""",
     (Y, N, Y, Y), (YN, YN, WHEN, YN),
     """\
Hi Ben,

Thanks for your interest! We roast a Swiss Water decaf from Colombia that’s as good as anything else on \
our list. Coffee is at its best for about four weeks after opening, so we size our bags to match. You can \
switch grind any time from your account before the next roast date. We care a great deal about our impact \
on the planet, and we’re always looking for ways to do better.‸

Best,
Ollie
Kiln Street Coffee Roasters""")

case("""\
Found it – the neighbour had taken it in and forgot to tell me! Sorry for the fuss.

Kate

On Fri, 11 Dec 2026 at 10:03, Kiln Street Coffee <hello@kilnstreet.example.co.uk> wrote:
> Hi Kate,
> The tracking says it was delivered on Thursday at 11.20. Could you check with your neighbours and let us
> know if it turns up?
> Ollie""",
     (), (),
     """\
Hi Kate,

No fuss at all – glad it turned up. Enjoy the coffee!

Ollie""", quoted_only=True)

case("""\
⟦Why has my subscription gone up from £9.50 to £11 without any warning?⟧ I signed up for a year at £9.50. \
⟦I expect to be charged the old price until the year is up.⟧ And ⟦if you won’t do that, how do I \
cancel?⟧

P. Danvers""",
     (Y, N, Y), (WHY, REQ, HOW),
     """\
Dear Mr Danvers,

Thank you for your email. Green coffee prices have risen sharply this year, and we wrote to all \
subscribers on 2 November, a month before the change, to explain the new price. We know that email can \
easily be missed, and we’re sorry it came as a surprise 🙏‸ If you’d like to cancel, you can do so at any \
time under Account > Subscriptions, with no fee.

Kind regards,
Ollie""")

# --- Lanternlight Studio (a photography studio) ---------------------------------------------

case("""\
Hi Lanternlight,

Our little one is due on 3 January 👶 and we’d love a newborn shoot. ⟦How old should the baby be for the \
session?⟧ ⟦Can our daughter (she’ll be 3) be in some of the photos?⟧ ⟦Where do we park when we come?⟧ \
Your studio looks like it’s on a busy road.

Thanks so much,
Ellie & Jack""",
     (Y, Y, N), (WHEN, YN, WHERE),
     """\
Hi Ellie and Jack,

Congratulations! We photograph newborns between 5 and 14 days old, when they’re still sleepy and curly, \
so we’ll pencil you in and fix the date once baby arrives. Big sisters are very welcome – sibling shots \
are some of our favourites.‸

Warmly,
Maya
Lanternlight Studio""")

case("""\
Hello Maya,

We need new headshots for 14 staff for our website relaunch. ⟦Could you come to our office in Leeds \
rather than us coming to you?⟧ ⟦What would the total be for 14 people?⟧ ⟦How soon after the shoot would \
we get the edited images?⟧

Best regards,
Daniel Osei
Operations Manager, Harrow & Finch LLP
Tel 0113 496 0712

CONFIDENTIALITY: This email is intended only for the addressee. If you have received it in error, please \
notify the sender and delete it.""",
     (Y, N, Y), (REQ, HM, WHEN),
     """\
Hi Daniel,

Thanks for getting in touch. We’re happy to come to you: we bring a portable studio with lights and a \
backdrop and need a room of about 4 by 4 metres. Our corporate packages are tailored to each client, so \
the price depends on what you need.‸ Edited images are delivered within five working days of the shoot.

Best wishes,
Maya
Lanternlight Studio""")

case("""\
Maya,

It has now been seven weeks since our wedding and we still have nothing. Your contract says four to six \
weeks. ⟦When are we going to get our gallery?⟧ ⟦Can you at least send us a few previews so we have \
something to show our families at Christmas?⟧

Tom Bexley""",
     (N, N), (WHEN, REQ),
     """\
Hi Tom,

Thank you for your patience.‸ Every image we deliver is hand-edited, and we never want to rush that \
process – your day deserves our full attention. We’ll be in touch very soon.

Best,
Maya""")

case("""\
Lovely, see you Saturday at 10 then.

Priya

________________________________
From: Lanternlight Studio <hello@lanternlight.example.co.uk>
Sent: Monday, December 7, 2026 2:31 PM
To: Priya Raman
Subject: Re: Family shoot

Hi Priya, you’re booked in for Saturday 12 December at 10 am. Would you like hair and make-up added? \
Please let us know by Thursday.
Maya""",
     (), (),
     """\
Hi Priya,

Perfect, see you then. If you change your mind about hair and make-up, just drop me a line before \
Thursday.

Maya""", quoted_only=True)

case("""\
Hi Maya,

We absolutely love the photos, thank you! We’d like to order a canvas of the one by the lake. ⟦Which sizes \
do the canvases come in?⟧ ⟦Is there a discount if we order three?⟧

Thanks again,
Rachel

P.S. 😅 ⟦Could you take the one of me mid-blink out of the gallery before I share it with family?⟧""",
     (Y, Y, Y), (WHICH, YN, REQ),
     """\
Hi Rachel,

So glad you love them! Our canvases come in 20×30, 30×40 and 40×60 cm, and there’s 10% off when you order \
three or more. I’ve hidden the mid-blink photo too – nobody will ever know.

Best,
Maya""")

# --- Keyworth Locks (a locksmith) -----------------------------------------------------------

case("""\
locked out at 14 Ashdown Rd, kids in the car. ⟦how fast can you get here⟧ and ⟦how much??⟧

Sent from my iPhone""",
     (Y, Y), (WHEN, HM),
     """\
Hi,

Marek is on his way to you now and should be there within 40 minutes. A non-destructive lock-out is £85 \
including the call-out, and you won’t pay more unless the lock has to be replaced.

Keyworth Locks
07700 900214""")

case("""\
Hello,

My home insurer says I need British Standard locks on both doors. ⟦Do the locks you fit meet BS3621?⟧ \
⟦Could you give me a certificate I can send to the insurer?⟧ ⟦Are you free on Saturday 12 December?⟧

Many thanks,
Graham Lowe""",
     (Y, Y, Y), (YN, REQ, YN),
     """\
Dear Graham,

Yes, every mortice lock we fit is BS3621 kitemarked, and once the job is done you’ll get a certificate \
listing both doors to send to your insurer. We can do Saturday 12 December – Marek could be with you at \
9 am.

Best regards,
Keyworth Locks""")

case("""\
To whom it may concern,

Your engineer quoted me £90 on the phone, yet I was charged £240. ⟦Why?⟧ ⟦I would like an itemised \
breakdown of the invoice.⟧ ⟦Are you members of any trade association I can complain to?⟧

S. Whitcombe

DISCLAIMER: This email is confidential. If you are not the intended recipient please notify the sender \
and delete it.""",
     (Y, Y, N), (WHY, REQ, YN),
     """\
Dear S. Whitcombe,

I’m sorry the final bill came as a shock. The £90 quote was for opening the door; once Marek was on site, \
the lock turned out to be an anti-snap cylinder that had to be drilled and replaced, which he should have \
explained before starting. I’ve attached an itemised invoice showing the call-out, the drilling and the \
new cylinder.‸

Yours sincerely,
Karen Webb
Keyworth Locks""")

case("""\
Hi Karen,

See below from my landlord. ⟦Could you post the spare key straight to him?⟧ His address is in his email.

Thanks,
Alfie

---------- Forwarded message ---------
From: Desmond Hart <d.hart@example.org>
Date: Mon, 14 Dec 2026 at 19:22
Subject: New lock
To: Alfie Brooks <alfie.b@example.com>

Alfie, please get the locksmith to send me the invoice and a spare key – 9 Orchard Row, Frome BA11 2XY.
Des""",
     (Y,), (REQ,),
     """\
Hi Alfie,

No problem – the spare key went to Mr Hart at 9 Orchard Row by recorded delivery this morning.

Karen
Keyworth Locks""")

case("""\
Hi Karen,

Just wanted to say thanks to Marek for sorting the back door so quickly on Saturday – what a star! The new \
lock feels so much more solid.

All the best,
Nick""",
     (), (),
     """\
Hi Nick,

Thanks so much for taking the time to write – I’ll pass this on to Marek, he’ll be chuffed.

Karen""")

# --- The Crag Shed (a climbing wall) --------------------------------------------------------

case("""\
Hi Crag Shed!

My son turns 9 in January and he’s obsessed with climbing 🧗 so we’re thinking of a party with you. ⟦Is \
there a minimum age?⟧ ⟦How many kids can we bring?⟧ ⟦Can we bring our own cake?⟧ ⟦Is there somewhere to \
eat afterwards?⟧

Thanks,
Sophie""",
     (Y, Y, N, Y), (YN, HM, YN, YN),
     """\
Hi Sophie,

Happy early birthday to him! Our parties are for ages 6 and up, for up to 12 climbers, and after the \
90-minute session you have our party room for 45 minutes.‸

See you soon,
Jess
The Crag Shed""")

case("""\
Hi,

I’ve broken my wrist (not climbing, I fell off a ladder putting up the Christmas lights). ⟦Can I freeze \
my membership for 8 weeks?⟧ ⟦Do you need a doctor’s note?⟧

Cheers,
Kieran""",
     (Y, Y), (REQ, YN),
     """\
Hi Kieran,

Ouch – sorry to hear that, and what a festive way to do it. I’ve frozen your membership from today for \
eight weeks, with no need for a doctor’s note, and your next payment will be taken on 10 February.

Heal well,
Jess""")

case("""\
Hi there,

I'm visiting family in town from Denver 12/18–12/23 and would love to get some climbing in. ⟦Do I need to \
do an induction if I already climb regularly?⟧ ⟦Do you rent shoes in a US men's 10?⟧ ⟦What are your hours \
on 12/24?⟧ ⟦How do I get to you from the train station?⟧

Thanks!
Tyler""",
     (Y, Y, Y, Y), (YN, YN, WHEN, HOW),
     """\
Hi Tyler,

Welcome! As an experienced climber you’ll just need to register online and watch our five-minute safety \
video when you arrive – no full induction. We rent shoes up to a UK 12, so a US 10 (a UK 9) is no \
problem. On Christmas Eve we’re open 10 am to 4 pm. From the station it’s a ten-minute walk: turn left \
up Mill Road and we’re the big green shed behind the timber yard.

Jess
The Crag Shed""")

case("""\
Hi,

I’ve been a member for three years and I love the place, but Tuesday and Thursday evenings have become \
impossible – queues at every problem, people sitting on the mats, kids running under climbers. ⟦Is there \
any plan to cap numbers at peak times?⟧ Also ⟦why was the top-out area closed last Thursday with no \
notice?⟧ It was the only quiet bit.

Cheers,
Ruth""",
     (N, Y), (YN, WHY),
     """\
Hi Ruth,

Thanks for being such a loyal member. The top-out area was closed on Thursday because our setters were \
resetting it a day later than planned, and we should have put a notice up – sorry about that. We’re proud \
of how our community has grown, and busy evenings show how much people love climbing here 💪‸

Jess""")

case("""\
Hi Jess,

Thanks, that’s all sorted – the club has paid for the January block booking.

Sam

--
Sam Okafor | Social Secretary, Riverside Uni Mountaineering Club
Fancy joining us on a Wednesday? Drop us a line.""",
     (), (),
     """\
Hi Sam,

Brilliant, thanks – the Wednesday evening slots from 6 January are booked in the club’s name.

Jess""", quoted_only=True)

# --- Marginalia Books (an online bookshop) --------------------------------------------------

case("""\
Hello,

⟦Where is my order MB-40912?⟧ I placed it on 1 December and the tracking hasn’t moved for five days. It’s \
all Christmas presents. ⟦Will it arrive before Christmas?⟧ ⟦If not, can I cancel and get a refund?⟧

Lorna Guthrie""",
     (Y, N, N), (WHERE, YN, REQ),
     """\
Dear Lorna,

Thank you for your message. Your parcel is at the courier’s Swindon depot, where it has been held up by \
the pre-Christmas backlog 📦‸ December is always a very busy time for couriers.

Best wishes,
Ivo
Marginalia Books""")

case("""\
Hi Marginalia,

⟦Do you have any signed copies of The Salt Road left?⟧ ⟦If so, could you hold one for me until payday on \
the 18th?⟧

Thanks a lot,
Yusuf""",
     (Y, Y), (YN, REQ),
     """\
Hi Yusuf,

We have two signed copies left. I’m afraid we can’t hold stock without payment, but if you order now we \
won’t take the money from your card until we dispatch.

Best,
Ivo""")

case("""\
Dear Marginalia Books,

I’m hoping you can help me with a Christmas present. My nephew is twelve and reads everything he can get \
his hands on 📚 – he loved the Wildwood books and anything with maps in the front – but he says he’s ‘too \
old’ for most children’s books now, which I suspect means he wants something with a bit more danger in \
it. ⟦What would you recommend for him?⟧ ⟦Do you gift-wrap?⟧ ⟦Could you include a little handwritten note \
from me if I send you the words?⟧

With thanks,
Patricia Oduya""",
     (Y, Y, N), (WHICH, YN, REQ),
     """\
Dear Patricia,

What a lovely nephew to buy for. I’d suggest The Cartographer’s Daughter by Niamh Kell: a map in the \
front, a shipwreck in chapter two, and enough peril to make him feel grown-up. We gift-wrap any book for \
£2 in our brown-paper-and-string style.‸

Happy reading,
Ivo""")

case("""\
Hi,

I ordered the hardback of Night Harbour and received the paperback. ⟦Which one have I been charged \
for?⟧ ⟦Do I need to send the paperback back?⟧

Regards,
C. Mensah

On Sat, 5 Dec 2026 at 08:15, Marginalia Books <orders@marginalia.example.co.uk> wrote:
> Thank you for your order MB-41177. Questions? Just reply to this email.""",
     (N, Y), (WHICH, YN),
     """\
Dear C. Mensah,

Sorry about the mix-up. The hardback is in the post to you today, and please keep the paperback with our \
compliments – perhaps someone else would enjoy it.‸

Best wishes,
Ivo
Marginalia Books""")

case("""\
Hi,

⟦Do you ship to the US?⟧ I'm in Portland, zip code 97214. ⟦How much would shipping be for 3 \
paperbacks?⟧ And ⟦about how long does it take to get to Oregon?⟧

Thanks so much,
Megan Cole""",
     (Y, Y, N), (YN, HM, WHEN),
     """\
Hi Megan,

We do! Three paperbacks to the US would be £14.50 by tracked airmail. International delivery times can \
vary, especially in December.‸

Best,
Ivo
Marginalia Books""")

case("""\
Hi,

Think this went to the wrong person – I’ve never ordered from you. Just flagging it.

Owen

---------- Forwarded message ---------
From: Marginalia Books <orders@marginalia.example.co.uk>
Date: Wed, 9 Dec 2026 at 12:00
Subject: How did we do?
To: <owen.price@example.com>

Hi Jane, your order MB-40377 was delivered. How did we do? Please leave us a review.""",
     (), (),
     """\
Hi Owen,

Thank you for letting us know, and sorry for the confusion. It looks like an email address was mistyped at \
checkout; I’ve removed yours from that order.

Ivo""", quoted_only=True)

# --- Forkful Catering (a catering company) --------------------------------------------------

case("""\
Hi Forkful team,

We’re planning our office Christmas lunch for about 40 people on Friday 18 December. ⟦How much per head is \
the festive buffet?⟧ ⟦Can you do a vegan option alongside it?⟧ ⟦Do you bring plates and cutlery, or do we \
need to hire them?⟧ ⟦What time would you need access to our kitchen on the day?⟧

Kind regards,
Louise Grant
Office Manager, Pembury Analytics

This email and any attachments are confidential. If you have received it in error, please notify the \
sender.""",
     (Y, Y, Y, N), (HM, YN, WHICH, WHEN),
     """\
Hi Louise,

Thanks for thinking of us. Our festive buffet is £24 a head, and we always make a vegan version of each \
main dish alongside it. We bring everything – plates, cutlery, glasses and napkins – and take it all away \
afterwards.‸

Best wishes,
Carla
Forkful Catering""")

case("""\
Hi,

My son has a severe sesame allergy and will be at the christening you’re catering on 9 January. ⟦Is your \
kitchen sesame-free?⟧ ⟦If not, could his meal be prepared separately?⟧

Thanks,
Anita Shah""",
     (Y, N), (YN, REQ),
     """\
Dear Anita,

Thank you for letting us know. I’m afraid our kitchen isn’t sesame-free; we use it in several dishes. We \
take allergies very seriously and all our chefs are trained in allergen handling.‸

Kind regards,
Carla""")

case("""\
Hi Carla,

Mum’s 60th is in June and we want a garden party 🎉 for about 70 people. A few things:
- ⟦how many staff would you send?⟧
- ⟦do you bring a gazebo or is that up to us?⟧
- ⟦can we do a tasting beforehand⟧, and ⟦is that charged?⟧

Thanks! 👨‍👩‍👧
Beth""",
     (Y, N, Y, N), (HM, WHICH, YN, YN),
     """\
Hi Beth,

A garden party sounds wonderful. For 70 guests we’d send three staff: a chef and two servers. Tastings \
take place on Tuesdays at our kitchen in Bermondsey, and we’ll book you in once the menu is chosen.‸

Best,
Carla""")

case("""\
Dear Carla,

We’ve had to cancel our event on Friday 18 December because half the office has flu. ⟦Can we have our \
deposit back, or could we move the booking to January instead?⟧ ⟦If we move it, which dates do you have \
free?⟧

Regards,
Martin Keyes""",
     (Y, N), (WHICH, WHEN),
     """\
Dear Martin,

I’m sorry to hear about the flu – I hope everyone’s on the mend. The deposit isn’t refundable, but we’re \
very happy to move your booking to January and carry it over in full. January is usually a quieter month \
for us.‸

Best wishes,
Carla""")

case("""\
Good morning,

We are the Polish community association in Slough. We want to order food for 120 persons for Wigilia on \
24 December. ⟦It is possible?⟧ ⟦We need the menu without meat, only fish.⟧ ⟦Please send us the offer with \
prices.⟧

Best regards,
Agnieszka Nowak
Polish Community Association Slough""",
     (Y, Y, N), (YN, REQ, REQ),
     """\
Dear Agnieszka,

Thank you for your message. Yes, we can cater for 120 guests on 24 December, and we’d be glad to prepare a \
meat-free Wigilia menu with fish – barszcz, pierogi and carp, or a baked salmon alternative. Our events \
team will be in touch.‸

Best regards,
Carla
Forkful Catering""")

case("""\
Hi Carla,

Final numbers are 38, of which 6 are vegetarian and 1 is gluten-free.

Louise

From: Carla Ruiz <carla@forkful.example.co.uk>
Sent: Wednesday, December 9, 2026 11:05 AM
To: Louise Grant
Subject: RE: Christmas lunch

Hi Louise, could you please confirm final numbers and dietary requirements by Friday 11 December?
Carla""",
     (), (),
     """\
Hi Louise,

Thanks – 38 it is, with six vegetarian meals and one gluten-free. See you on the 18th!

Carla""", quoted_only=True)

# --- Whiskerwood Cattery (a cattery) --------------------------------------------------------

case("""\
Hello,

🐈 ⟦Do you have space for two cats from 22 December to 2 January?⟧ They’re brothers and have never been \
apart. ⟦Can they share a pen?⟧ ⟦What vaccinations do they need to have?⟧ ⟦How do I book?⟧

Many thanks,
Gwen Harper""",
     (Y, Y, N, Y), (YN, YN, WHICH, HOW),
     """\
Dear Gwen,

Yes, we have space for the boys for those dates, and they can share one of our family pens, which are \
built for two. All cats must be fully vaccinated to stay with us.‸ To book, just fill in the form at \
whiskerwood.example.co.uk/book and we’ll confirm by email.

Best wishes,
Sue
Whiskerwood Cattery""")

case("""\
Hi Sue,

Milo is diabetic and needs insulin twice a day. ⟦Are your staff able to give injections?⟧ ⟦Is there an \
extra charge for it?⟧ ⟦What times would he get them?⟧ At home he has them at 8am and 8pm with his food.

Thanks,
Aled""",
     (Y, Y, Y), (YN, YN, WHEN),
     """\
Hi Aled,

Two of our team are trained to give insulin, and we look after several diabetic cats each year. There’s a \
small medication charge of £3 a day. We’ll keep to his routine: 8 am and 8 pm, with his breakfast and \
supper.

Kind regards,
Sue""")

case("""\
Dear Sue,

We picked Luna up on Sunday and she’s been hiding under the bed ever since, she’s barely come out. ⟦Is \
that normal after a stay?⟧ ⟦Did she eat properly while she was with you?⟧ I’m worried she didn’t.

Carys

Sent from my iPad""",
     (Y, N), (YN, YN),
     """\
Dear Carys,

It’s very common for cats to hide for a day or two after coming home – the house smells different to them \
after a stay, and most settle within the week. Luna was an absolute pleasure to have with us 🐾‸

Best wishes,
Sue""")

case("""\
Hi Sue,

Thank you so much for looking after Pickle over half term. The photo updates were lovely 😻

Jen""",
     (), (),
     """\
Hi Jen,

Pickle was a joy – we’ll miss her! Thank you for your kind words.

Sue""")

case("""\
Will do, see you Sunday!

On Thu, 17 Dec 2026 at 16:48, Whiskerwood Cattery <stay@whiskerwood.example.co.uk> wrote:
> Hi Ffion, please bring Biscuit’s vaccination card when you drop him off.
> Sue""",
     (), (),
     """\
Hi Ffion,

Lovely, see you on Sunday.

Sue""", quoted_only=True)

# --- Brightpath Tutoring, Columbus, Ohio (a US tutoring agency) ------------------------------

case("""\
Hello,

My daughter is a junior at Westland High and needs help with SAT math. ⟦Do you have tutors who can come \
to our home?⟧ We're in zip code 43215. ⟦What's your hourly rate?⟧ ⟦Could sessions start the week of \
1/4?⟧

Thank you,
Dana Whitfield
(614) 555-0147""",
     (Y, Y, N), (YN, HM, YN),
     """\
Hi Dana,

Thanks for reaching out! Yes, we have several SAT math tutors who travel within the 43215 area, and \
in-home sessions are $65 an hour.‸

Best,
Marcus
Brightpath Tutoring""")

case("""\
Hi,

⟦Why was I billed for the 12/10 session?⟧ The tutor canceled that morning, not us. ⟦Please refund the \
$65.⟧ Also ⟦can we get a different tutor going forward?⟧ This is the second cancellation this month.

Rachel Kim""",
     (Y, Y, N), (WHY, REQ, REQ),
     """\
Hi Rachel,

I'm sorry about this. The 12/10 charge was a billing error on our side: the canceled session should have \
been removed automatically. I've refunded the $65 to your card, and it should show within 3–5 business \
days.‸

Best,
Marcus""")

case("""\
Hi Brightpath,

Three quick questions:
1) ⟦Do you offer online sessions?⟧
2) ⟦What platform do you use?⟧
3) ⟦Is there a discount for siblings?⟧ I have twins in 8th grade.

Thanks,
Luis Ortega""",
     (Y, Y, N), (YN, WHICH, YN),
     """\
Hi Luis,

We do – about half our sessions are online, and we run them on Zoom with a shared whiteboard. We have \
flexible packages to suit every family.‸

Best,
Marcus""")

case("""\
FYI, see below from Ms. Ortiz.

Dana

Begin forwarded message:

From: Carmen Ortiz <cortiz@westland.example.org>
Date: December 14, 2026 at 3:02:11 PM EST
To: Dana Whitfield <dana.w@example.com>
Subject: Tutoring

Hi Dana, could you ask Ella's tutor which chapters they're covering before break? Please let me know.""",
     (), (),
     """\
Hi Dana,

Thanks for passing this on. Ella's tutor, Priya, will email Ms. Ortiz this week with the chapters they're \
covering.

Best,
Marcus""", quoted_only=True)

case("""\
Hi Marcus,

⟦Could you send me Jayden's progress report before the parent conference on Thursday, December 17?⟧ \
⟦Does his tutor think he's ready for the Algebra II placement test?⟧

Thanks,
Tanya Brooks""",
     (Y, N), (REQ, YN),
     """\
Hi Tanya,

Of course – I've attached Jayden's progress report for the fall. He's been working really hard and his \
tutor has enjoyed their sessions.‸

Best,
Marcus""")

# --- Coastline E-Bikes, San Diego (a US electric-bike rental) -------------------------------

case("""\
Hi! We're a family of four visiting San Diego over the holidays 🚲 ⟦How far can the bikes go on one \
charge?⟧ ⟦Do you provide helmets?⟧ ⟦Can we pick up at 8 and return at 6?⟧

Thanks,
Kelsey""",
     (Y, Y, N), (HM, YN, YN),
     """\
Hi Kelsey,

Great to hear from you! Our e-bikes go about 40 miles on a full charge, and helmets and locks are included \
with every rental.‸

Cheers,
Coastline E-Bikes""")

case("""\
⟦Why am I being charged $150 for a scratch that was ALREADY THERE when I picked the bike up??⟧ ⟦I want to \
see photos of this so-called damage.⟧ And ⟦who do I speak to to escalate this?⟧

Greg Albers""",
     (N, Y, N), (WHY, REQ, WHICH),
     """\
Hi Greg,

All our bikes are inspected before and after every rental. I've attached the check-out and return photos \
for bike #17 so you can see them for yourself.‸

Thanks,
Coastline E-Bikes""")

case("""\
Hi,

⟦Do you have 10 bikes available for 12/27?⟧ ⟦Is there a group rate?⟧ ⟦Where exactly do we meet you?⟧

- Andre""",
     (Y, Y, Y), (YN, YN, WHERE),
     """\
Hi Andre,

We do – I've penciled in 10 bikes for 12/27, and groups of 8 or more get 15% off. Meet us at our shop at \
2140 Harbor Drive; there's parking out back.

Coastline E-Bikes""")

case("""\
Hey,

⟦Is it safe to ride the e-bikes in the rain?⟧ It's supposed to pour on Saturday. ⟦Can I get a refund for \
my booking if it does?⟧

Nate""",
     (Y, N), (YN, REQ),
     """\
Hi Nate,

The bikes are fully weatherproof and fine in the rain – just allow extra braking distance. We'll be \
keeping a close eye on the forecast too 🌧️‸

Coastline E-Bikes""")

# --- FixPoint Phone Repair (a phone repair shop) --------------------------------------------

case("""\
Hi,

⟦How much is it to replace the screen on an iPhone 13?⟧ ⟦Can you do it while I wait?⟧ ⟦Is it an original \
Apple screen?⟧

Thanks
Jordan""",
     (Y, Y, N), (HM, YN, YN),
     """\
Hi Jordan,

An iPhone 13 screen is £129 and takes about an hour, so you’re welcome to wait or pop out for a coffee. We \
only use high-quality screens that we’re happy to guarantee.‸

FixPoint Phone Repair""")

case("""\
hi my phone went in the bath last night and now it won't turn on at all. ⟦can you get the photos off it \
even if it never works again?⟧ theyre of my grandad. ⟦whats the diagnostic fee?⟧

Lily

Sent from my iPad""",
     (N, Y), (YN, HM),
     """\
Hi Lily,

Sorry to hear about your phone. Water damage can be tricky, and every phone is different.‸ Our diagnostic \
fee is £20, and we take it off the price if you go ahead with the repair.

FixPoint Phone Repair""")

case("""\
Hi,

You replaced my battery three weeks ago and it’s already dropping to 20% by lunchtime. ⟦Is that covered \
by your warranty?⟧ ⟦Can I bring it in on Sunday?⟧ ⟦Why would a brand-new battery drain this fast?⟧

Thanks,
Marcus Webb""",
     (Y, Y, N), (YN, YN, WHY),
     """\
Hi Marcus,

Yes – every repair comes with a 90-day warranty, so we’ll look at it free of charge. We’re closed on \
Sundays, but we open at 9 on Saturday and Monday.‸

FixPoint Phone Repair""")

case("""\
Hi FixPoint,

My insurer needs a repair report for the phone you looked at on Tuesday (job FP-2291). ⟦Could you email \
it to them directly at claims@example.co.uk?⟧ Their email is below.

Thanks,
Sana

---------- Forwarded message ---------
From: Harbour Insurance Claims <claims@example.co.uk>
Date: Wed, 16 Dec 2026 at 10:30
Subject: Claim HI-88213
To: <sana.k@example.net>

Please ask your repairer for a report stating the cause of damage and whether the device is economically \
repairable.""",
     (Y,), (REQ,),
     """\
Hi Sana,

Done – I’ve emailed the report for job FP-2291 to claims@example.co.uk and copied you in.

FixPoint Phone Repair""")

case("""\
Cheers for the quick fix yesterday! Who knew a £5 charging port would cause all that grief?

Ahmed""",
     (), (),
     """\
Hi Ahmed,

Glad it’s all sorted – the small parts are always the sneakiest! Thanks for coming in.

FixPoint Phone Repair""")

# --- Sootaway Chimney Sweeps (a chimney sweep) ----------------------------------------------

case("""\
Hello,

We’ve just had a wood burner fitted. ⟦How often should it be swept?⟧ ⟦Do you give a certificate for the \
insurance?⟧ ⟦Is it messy⟧ – ⟦should I move the sofa out of the way?⟧

Thanks,
Joanna Pike""",
     (Y, Y, Y, Y), (WHEN, YN, YN, YN),
     """\
Hi Joanna,

For a wood burner we recommend sweeping twice a year, once before winter and once in spring, and you’ll get \
a certificate after every sweep. We put down dust sheets and use an industrial vacuum, so there’s no mess \
to speak of and no need to move the sofa.

Best regards,
Ash
Sootaway Chimney Sweeps""")

case("""\
Ash – need to move Thursday’s sweep, sorry. ⟦Anything next week?⟧ Pete""",
     (Y,), (WHEN,),
     """\
Hi Pete,

No problem. I can do Tuesday 15 December at 9 am – shall I book that in?

Ash""")

case("""\
Dear Sootaway,

Every time we light the fire now 🔥 smoke comes back into the room instead of going up, and the whole \
house smells of it. We had it swept by you in October. ⟦Could it be the chimney?⟧ ⟦Could someone come and \
look at it before we light it again on Christmas Eve?⟧

Kind regards,
Malcolm Frayne""",
     (N, Y), (YN, REQ),
     """\
Dear Malcolm,

I’m sorry to hear that. Ash can come and take a look on Wednesday 23 December at 10 am, which gets you \
sorted before Christmas Eve. Please don’t light the fire until then.‸

Best wishes,
Lisa
Sootaway Chimney Sweeps""")

case("""\
Re: your landlord rates – I have three rentals, all with open fires, in Hebden Bridge, Todmorden and \
Mytholmroyd. ⟦Can you do all three on the same day?⟧ ⟦What would that cost?⟧ ⟦Which of your sweeps \
covers Hebden Bridge?⟧

Thanks,
Hugh Barraclough""",
     (Y, N, Y), (YN, HM, WHICH),
     """\
Hi Hugh,

Yes, we can do all three on one day – they’re close enough for a morning and an afternoon run. Ash covers \
Hebden Bridge and the whole upper valley. We offer competitive rates for landlords with several \
properties 🧹‸

Best,
Lisa
Sootaway""")
