"""The hand-written cases of the sixth held-out `questions` set (built by build_questions_holdout6.py).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside the thread, ``answered`` and ``kinds`` give one value per
span in order, and the draft holds one ‸ where a missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded message or signature does. Written blind to the feature's code and to the other sets' cases.
The comment above each case gives its id (qhold6-NN).
"""

CASES = []


def case(thread, answered, kinds, draft, quoted_only=False):
    CASES.append({"thread": thread.strip("\n"), "answered": list(answered), "kinds": list(kinds),
                  "draft": draft.strip("\n"), "quoted_only": quoted_only})


# --- Tasklane (SaaS project-management tool), support desk ------------------------------------

# qhold6-01: numbered list; the beta date gets praise instead of a date
case("""
Hi Tasklane support,

We moved our agency (14 seats) over from spreadsheets last month and mostly it's going well, but a few things:

1. ⟦Is there a way to make a board read-only for clients without them using up a paid seat?⟧
2. ⟦When does the Gantt export to PDF come out of beta?⟧ The roadmap page just says "soon".
3. ⟦Please move our billing date from the 3rd to the 28th of each month⟧ - our invoices all go out on the 28th.

Thanks,
Rhiannon Price
Ops lead, Copperbeech Creative

On Tue, 1 Dec 2026 at 09:14, Tasklane Support <help@tasklane.example.com> wrote:
> Hi Rhiannon, welcome aboard! Is there anything we can help you set up?
> Owen
""", [True, False, True], ["how", "when", "request"], """
Hi Rhiannon,

Thanks for the list, and glad the move from spreadsheets is going well.

Guest access is free: invite clients as Guests from the board's Share menu and they can view and comment but not edit, and they don't count towards your 14 seats.

The Gantt PDF export is one of our most requested features and the team is working hard on it.‸

I've moved your billing date to the 28th; your next invoice will be on Monday 28 December.

Best,
Owen
Tasklane Support
""")

# qhold6-02: US, angry, subject-like first line; the October refund is not checked
case("""
Subject: charged twice AGAIN

This is the second month in a row you’ve billed our card twice for the Team plan ($240 each). ⟦Why does this keep happening?⟧ ⟦I want the duplicate refunded today⟧, and ⟦can someone tell me whether the October double charge was ever refunded?⟧ Because I don’t see it on our statement.

Dana Whitfield
Finance, Larkspur Labs
(312) 555-0142
""", [True, True, False], ["why", "request", "yes/no"], """
Hi Dana,

I’m sorry — you’re right, and I can see both charges. Your company card was attached to two workspaces (Larkspur Labs and an old trial workspace called “Larkspur Test”), and both were on the Team plan. I’ve closed the trial workspace so it can’t bill again.

The duplicate $240 was refunded this morning; it usually shows on a card within 5–10 business days.‸

Again, apologies for the hassle.

Marcus
Tasklane Billing
""")

# qhold6-03: quoted-only (the question is in the quoted reply)
case("""
Thanks Owen, that worked perfectly - the clients can see the boards now and nobody's been charged for them. Much appreciated.

Rhiannon

On Thu, 3 Dec 2026 at 16:02, Tasklane Support <help@tasklane.example.com> wrote:
> Hi Rhiannon,
>
> Could you try removing and re-adding the guests from the Share menu and let me know if they can see the board then?
>
> Owen
""", [], [], """
Hi Rhiannon,

Great to hear, thanks for letting me know. I'll close this ticket now, but just reply here if anything else comes up.

Owen
Tasklane Support
""", quoted_only=True)

# qhold6-04: non-native English, emoji before both questions; the discount question gets praise
case("""
Hello,

I am using Tasklane since two weeks for my thesis group 🙂 We are 4 students. ⟦Is there discount for students or for education?⟧ Also ⟦how I can change the language of the interface to German?⟧ I don't find it in the settings.

Many thanks
Jonas Brenner
""", [False, True], ["yes/no", "how"], """
Hello Jonas,

Thanks for choosing Tasklane for your thesis group! We love hearing from students, and lots of university teams run their projects on Tasklane.‸

To switch the interface to German, open your avatar menu (top right), then Preferences > Language, and pick Deutsch. Each member sets this for themselves.

Good luck with the thesis,
Owen
""")

# --- Slumberline Mattress Co. (US mattress retailer) ------------------------------------------

# qhold6-05: US, rambling story; the exchange answer sits next to the unanswered pickup fee
case("""
Hi there,

So we bought the Halcyon Hybrid queen from your Naperville store back in October (order SL-448190) and honestly the first two weeks were great, but now my husband says it’s too firm on his side and I’m waking up with a sore hip, which I never had before. My sister says mattresses need a "break-in" period, my husband says we should just return it, and I’m stuck in the middle. ⟦How long is the break-in period supposed to be?⟧ ⟦If we do end up returning it, how much is the pickup fee?⟧ ⟦Could we exchange it for the Plush version instead of a refund?⟧

Thanks so much,
Tracy Kowalski
""", [True, False, True], ["when", "how much", "yes/no"], """
Hi Tracy,

Thanks for the detail, and sorry about the sore hip.

Most sleepers adjust to a new mattress within 30 days, sometimes up to 60, as the comfort layers soften; that's why our 120-night trial doesn't let you return before night 30.

Yes, you can swap to the Halcyon Plush instead of a refund: exchanges within the trial are free, and we'd just charge or refund the price difference (the Plush queen is the same price, so $0 here).‸

Let me know what you two decide and I'll set it up.

Best,
Jamal
Slumberline Customer Care
""")

# qhold6-06: US, terse phone mail; "someone 18 or older will need to be there" answers the yes/no
case("""
⟦When is my mattress being delivered?⟧ Order SL-451277. ⟦Do I need to be home?⟧

Greg

Sent from my iPhone
""", [True, True], ["when", "yes/no"], """
Hi Greg,

Your Aurora Firm is booked for Thursday, December 17, between 8 a.m. and noon. Someone 18 or older will need to be there to sign for it, since our crew brings it inside and sets it up.

Thanks,
Priya
Slumberline Delivery Team
""")

# qhold6-07: US, Outlook block; the promotion's end date answers "which is it", the removal request is ignored
case("""
I was told on the phone last week that the "free" foundation was included with the King Halcyon. Now my invoice shows $199 for it. ⟦Which is it?⟧ ⟦Please remove the charge or cancel the whole order.⟧

Brenda Oyelaran

From: Slumberline Orders <orders@slumberline.example.com>
Sent: Monday, December 7, 2026 3:12 PM
To: Brenda Oyelaran <b.oyelaran@example.net>
Subject: Your Slumberline order SL-452003

Thank you for your order! Questions? Just reply to this email.
""", [True, False], ["which", "request"], """
Hi Brenda,

Thank you for reaching out, and I understand the frustration.

Our free-foundation promotion on the King Halcyon ended on November 30, so the foundation on your December order is charged at $199; the offer is still running on the Halcyon Luxe.‸

We value you as a customer and want you to love your new mattress.

Warm regards,
Nicole
Slumberline Customer Care
""")

# qhold6-08: US, bullet list; "who pays shipping" is left out
case("""
Hello,

A few questions about the warranty on my Aurora Firm (bought 2023):
- ⟦does a 1.5 inch sag count as a defect?⟧
- ⟦do I need the original receipt or is the order number enough?⟧
- ⟦who pays shipping if it has to go back to the factory?⟧

Thanks
Luis Ferreira
Austin, TX
""", [True, True, False], ["yes/no", "which", "which"], """
Hi Luis,

Thanks for getting in touch. Our 10-year warranty covers body impressions deeper than 1.5 inches, so a sag of exactly 1.5 inches wouldn’t qualify yet; if it deepens, please send a photo with a ruler laid across the dip.

Your order number is all we need — we can look up the purchase from it.‸

Best regards,
Ana
Slumberline Warranty Team
""")

# --- Northvale Trains, Delay Repay team ---------------------------------------------------------

# qhold6-09: questions mid-paragraph and an indirect "I'd also like to know why"
case("""
Dear Delay Repay team,

My 07:42 from Harrowgate Junction to Leeds on Monday 14 December was cancelled and I didn’t get into Leeds until 08:50 - an hour and 8 minutes late. I submitted a claim the same day (ref DR-2026-118834) and have heard nothing. ⟦How long do claims normally take?⟧ ⟦Can I have the money paid to my bank account instead of a voucher?⟧

⟦I’d also like to know why the automatic compensation didn’t kick in, as I bought the ticket through your app which supposedly does this.⟧

Kind regards,
Patrick Onyango
""", [True, True, False], ["when", "yes/no", "why"], """
Dear Mr Onyango,

Thank you for your claim, and I'm sorry your journey on Monday 14 December was disrupted.

We aim to process all claims within 20 working days of receiving them. Your claim DR-2026-118834 has now been approved for £12.40, which is 50% of your single fare for a delay of 60-119 minutes.

Delay Repay can be paid by bank transfer, PayPal or rail voucher; I've switched yours to bank transfer, so you'll get an email asking for your account details.‸

Yours sincerely,
Fiona Draycott
Delay Repay Team, Northvale Trains
""")

# qhold6-10: lowercase phone typing without apostrophes or question marks
case("""
hi my train was 40 mins late yesterday (the 17:15 york to scarborough) ⟦do i get anything back for that⟧ its a season ticket. also ⟦where do i find my season ticket number⟧ the card doesnt show it

ta
Kieran
""", [True, False], ["yes/no", "where"], """
Hi Kieran,

Thanks for getting in touch. For a delay of 30-59 minutes, season ticket holders can claim 25% of the daily value of their ticket, so yes, you can claim for yesterday's journey through the Delay Repay form on our website.‸

Kind regards,
Sam
Northvale Trains Delay Repay
""")

# qhold6-11: a forward; only the customer's own request is listed, and it is done with a dated follow-up
case("""
Hello,

Please see below - I've now been waiting five weeks. ⟦Please escalate this or give me a name I can complain to.⟧

Margaret Hollis

---------- Forwarded message ---------
From: Northvale Trains <noreply@northvale-trains.example.co.uk>
Date: Fri, 11 Dec 2026 at 08:30
Subject: Your Delay Repay claim DR-2026-117402
To: <m.hollis@example.org>

We've received your claim. Please allow up to 20 working days. Is there anything else we can help with?
""", [True], ["request"], """
Dear Mrs Hollis,

I'm sorry for the wait. I've escalated your claim DR-2026-117402 to our Customer Relations team today, and a case manager, Daniel Okafor, will contact you by Friday 8 January.

Yours sincerely,
Fiona Draycott
Delay Repay Team
""")

# --- Ashcombe Road Surgery (GP surgery), reception ---------------------------------------------

# qhold6-12: both questions met with the general processing time only
case("""
Dear Reception,

I’m registered with Dr Mensah. ⟦Could you tell me whether my repeat prescription for levothyroxine has been sent to the pharmacy yet?⟧ I ordered it on the NHS app last Wednesday. And ⟦which pharmacy is it set to go to?⟧ I moved in November and I’m not sure I updated it.

Thank you,
Eileen Marsh
""", [False, False], ["yes/no", "which"], """
Dear Mrs Marsh,

Thank you for your message. Repeat prescriptions take up to 3 working days to process once requested, and you’ll get a notification on the NHS app when it’s ready.‸

Kind regards,
Reception
Ashcombe Road Surgery
""")

# qhold6-13: Outlook history; a booking done and "doesn't need to fast"
case("""
Good morning,

⟦Please can I book a blood test for my son Theo (age 9) sometime after 3.30pm⟧ - he’s at school until 3.15. ⟦Does he need to fast beforehand?⟧ The form Dr Ilori gave us doesn’t say.

Many thanks,
Hannah Cole

From: Ashcombe Road Surgery <reception@ashcombe.example.co.uk>
Sent: 09 December 2026 11:04
To: Hannah Cole
Subject: Test request

Dear Ms Cole, Dr Ilori has requested a blood test for Theo. Please contact reception to book.
""", [True, True], ["request", "yes/no"], """
Dear Ms Cole,

I’ve booked Theo in with our healthcare assistant on Tuesday 5 January at 3.50pm. He doesn’t need to fast for the tests Dr Ilori has asked for, so he can eat and drink as normal, and plenty of water beforehand helps.

Kind regards,
Priya
Reception, Ashcombe Road Surgery
""")

# qhold6-14: angry; a way is given, the reason is not
case("""
I have rung at 8am every day this week and by the time I get through all the appointments are gone. ⟦Why can't I book online like other surgeries?⟧ ⟦Is there any way to see a doctor this week without ringing at 8?⟧ My chest infection isn't getting any better.

Trevor Banks
""", [False, True], ["why", "how"], """
Dear Mr Banks,

I’m sorry you’ve had such trouble getting through this week.

If your chest infection isn’t improving, please don’t wait: use our online consultation form at ashcombe.example.co.uk/consult, which the duty doctor reviews every weekday before 2pm, and you’ll be called back the same day. Out of hours, call NHS 111.‸

Kind regards,
Reception Team
Ashcombe Road Surgery
""")

# --- Quadrant Student Living (student accommodation) --------------------------------------------

# qhold6-15: non-native English; an either/or about rent answered with the sponsor's payment
case("""
Dear Sir or Madam,

I am international student from Vietnam and I will arrive to Sheffield on 9 January for the second semester. My room is in Kelham House, room 4.12. ⟦It is possible to collect the keys if I arrive late in the night, about 23:30?⟧ Also I want to ask, ⟦the rent for January is already paid by my sponsor or I must pay myself?⟧

Thank you very much for your help.
Nguyen Thi Lan
""", [True, True], ["yes/no", "which"], """
Dear Lan,

Welcome to Quadrant! Our reception in Kelham House is staffed 24 hours a day, so you can collect your keys whenever you arrive, including at 23:30; just bring your passport.

Your sponsor, the Vietnam International Education Fund, has paid your rent for January to March, so there is nothing for you to pay for January.

Best wishes,
Ollie
Quadrant Student Living, Kelham House
""")

# qhold6-16: a parent's long story; the refund question gets policy talk
case("""
Hello,

My daughter Isla (room B3, Foundry Court) has been without hot water since Sunday. She reported it through your app on Sunday night, then again Monday, and the maintenance man came on Tuesday, looked at the boiler cupboard and said a part had to be ordered. Since then nothing. She has exams next week and has been showering at a friend’s. I’m paying £189 a week for this. ⟦When will the part actually be fitted?⟧ ⟦Will she get any money back for the days without hot water?⟧ ⟦Could you please also ask someone to call her rather than just updating the app?⟧

Regards,
Graham Fenwick
""", [True, False, True], ["when", "yes/no", "request"], """
Dear Mr Fenwick,

Thank you for getting in touch, and I’m really sorry Isla has been without hot water during such an important week.

The part for the water heater has arrived and our contractor will fit it on Friday morning. I’ve also asked our maintenance lead, Sadia, to call Isla today to confirm the time.

We take maintenance issues extremely seriously and are reviewing how this request was handled.‸

Kind regards,
Bethan
Resident Services, Foundry Court
""")

# qhold6-17: quoted-only (a club's slogan under the "--" signature delimiter asks)
case("""
Hi Quadrant team,

Just to confirm I moved out of room 2.07 this morning and left both keys and the fob in the drop box by reception, as agreed. Thanks for a great year!

Femi
--
Femi Adeyemi | President, Sheffield Uni Climbing Society
Fancy trying bouldering? Come along to our Wednesday taster sessions!
""", [], [], """
Hi Femi,

Thanks for letting us know; we’ve found the keys and fob in the drop box. We’ll inspect the room this week and your deposit will be returned within 14 days of the check.

Best of luck,
Bethan
Quadrant Student Living
""", quoted_only=True)

# --- Northstar Live (US concert promoter), ticketing ---------------------------------------------

# qhold6-18: US; a conditional "If so, how" answered with app steps
case("""
Hi,

I bought 4 tickets for Marrow & the Pines at the Granada Theater on January 23 (order NL-7730412). One of our group can't make it now. ⟦Can I transfer one ticket to a friend?⟧ ⟦If so, how do I do that in the app?⟧ And ⟦what time do doors open?⟧

Thanks!
Keisha Brown
""", [True, True, True], ["yes/no", "how", "when"], """
Hi Keisha,

Thanks for reaching out! Yes, tickets can be transferred up to 24 hours before the show. In the Northstar Live app, open Tickets, tap the Marrow & the Pines order, choose the ticket you want to send, then tap Transfer and enter your friend's email address. They'll need a free Northstar account to accept it.

Doors are at 7 p.m. and the opener goes on at 8.

Enjoy the show!
Tyler
Northstar Live Fan Support
""")

# qhold6-19: US; the deadline for deciding is not given
case("""
Hello Northstar,

I just got an email that the Velvet Static show at the Riverside Pavilion has been moved from February 6 to April 17. I can’t make the new date. ⟦Am I entitled to a full refund including the fees?⟧ ⟦How long do I have to decide?⟧

Thank you,
Robert Delgado
""", [True, False], ["yes/no", "when"], """
Hi Robert,

Thanks for your message, and sorry the new date doesn’t work for you.

Yes — for rescheduled shows, you can request a full refund, including service and facility fees, from the Manage Order page.‸

We’re sorry for the inconvenience and hope to see you at a future Northstar event!

Best,
Tyler
Northstar Live Fan Support
""")

# qhold6-20: US lowercase with emoji; the condition holds (the pit is standing), so the recommendation is owed
case("""
omg just got presale access for the Juniper Vale tour 🎉🎉 ⟦how many tickets can i buy per account⟧ and ⟦is the pit standing only⟧ my mom is coming and she cant stand for 3 hrs lol. ⟦if it is can u recommend the best seated section for a good view⟧

thx!!
Mia
""", [True, True, False], ["how much", "yes/no", "request"], """
Hi Mia,

Congrats on getting presale access! 🎟️ Each account can buy up to 6 tickets for the Juniper Vale presale. The Pit is general admission standing — there are no seats on the floor.‸

Have a blast at the show!
Tyler
Northstar Live Fan Support
""")

# --- Hartwell Kitchens (kitchen fitter) ------------------------------------------------------------

# qhold6-21: all answered, the first with "taking everything away" for "disposing"
case("""
Hi Jon,

Thanks for the quote for the utility room (Q-2231). Before we go ahead:

⟦Does the £4,860 include removing and disposing of the old units?⟧ ⟦If we went for the oak worktop instead of laminate, what would the difference be?⟧ And ⟦when is your earliest start date?⟧ We’re away 18-27 January.

Cheers,
Aoife and Dev
""", [True, True, True], ["yes/no", "how much", "when"], """
Hi Aoife and Dev,

Thanks for getting back to me.

Yes, the quote covers stripping out the old units and taking everything away; there's nothing extra for the skip.

Solid oak for that run would add £640 including fitting and oiling.

We could start on Monday 11 January if you'd like it done before you go, or Monday 1 February if you'd rather we worked around your trip.

Cheers,
Jon Hartwell
Hartwell Kitchens
07700 900318
""")

# qhold6-22: angry, Outlook history; the invoice question is skipped
case("""
Jon,

The fitter left on Friday and the dishwasher door still hits the end panel every time we open it. There’s also a 5mm gap between the worktop and the wall by the hob that’s been "temporarily" filled with tape. ⟦When is someone coming back to fix these?⟧ ⟦Why was the final invoice sent before the job was signed off?⟧ We won’t be paying it until this is sorted.

Sheila Mortimer

From: Hartwell Kitchens <accounts@hartwell-kitchens.example.co.uk>
Sent: 11 December 2026 17:45
To: Sheila Mortimer
Subject: Invoice INV-0917

Please find attached your final invoice. Payment is due within 7 days.
""", [True, False], ["when", "why"], """
Dear Sheila,

I’m sorry, you shouldn’t have been left with either of those. I’ve spoken to Craig, who fitted the kitchen, and he’ll be back on Wednesday 16 December at 9am to re-hang the dishwasher door and scribe a proper upstand along the hob wall.‸

Best,
Jon Hartwell
""")

# qhold6-23: a sample door offered instead of a showroom; the handles get praise for the colour
case("""
Hello,

We’ve chosen the Shaker style in sage green from your brochure. ⟦Is there a showroom where we can see the colour in person?⟧ ⟦Which handles would you suggest with it – brass or black?⟧

Thanks very much,
Naomi Achterberg
""", [False, False], ["where", "which"], """
Hello Naomi,

Sage green is a lovely choice, and it’s one of our most popular finishes this year. Our designers say it works in both modern and traditional kitchens.

We’d be happy to post you a sample door free of charge if you send us your address.‸

Best wishes,
Lauren
Hartwell Kitchens
""")

# --- ShutterSwap (US marketplace for second-hand cameras) ----------------------------------------

# qhold6-24: US seller; all three answered, the label question by "prepaid ... nothing to buy"
case("""
Hi ShutterSwap,

I listed my Fujifilm X-T3 body on Dec 2 and it sold yesterday. ⟦How soon do I have to ship it?⟧ ⟦Do you provide a prepaid label or do I buy my own?⟧ ⟦When do I get paid?⟧

Thanks,
Derek Nguyen
""", [True, True, True], ["when", "which", "when"], """
Hi Derek,

Congrats on the sale! You have 3 business days to ship. We'll email you a prepaid, insured UPS label within the hour, so there's nothing to buy.

Once the buyer confirms the camera matches the listing (or 3 days after delivery, whichever comes first), the payout goes to your linked bank account, usually arriving 1-2 business days later.

Happy shooting,
Carmen
ShutterSwap Seller Support
""")

# qhold6-25: US buyer, Gmail quote with a question; return opened, shipping cost not said
case("""
The lens I received has haze inside the rear element, which was not mentioned in the listing ("mint, no fungus, no haze"). I've attached photos. ⟦Please open a return for me.⟧ ⟦Do I have to pay for return shipping?⟧

Alicia Moreno

On Sat, Dec 12, 2026 at 4:18 PM ShutterSwap <orders@shutterswap.example.com> wrote:
> Your order has been delivered! How's your new gear? Leave a review for the seller.
""", [True, False], ["request", "yes/no"], """
Hi Alicia,

Thanks for the photos — I’m sorry the lens wasn’t as described. I’ve opened return RT-55120 for you; you’ll find the instructions on your Orders page.

The seller has 2 days to respond, and most sellers are happy to help.‸

Best,
Carmen
ShutterSwap Buyer Protection
""")

# qhold6-26: US bullet list with emoji; the "local pickup" question is refused
case("""
Hey team 👋

Long-time buyer, first-time seller here. Couple of things before I list my Leica M6:
• ⟦What’s your commission on a sale over $2,000?⟧
• ⟦Do you authenticate Leicas?⟧ There are a lot of fakes around 😬
• ⟦Can I list it as "local pickup only"?⟧

Thanks a bunch,
Sam Whitaker
Portland, OR
""", [True, True, True], ["how much", "yes/no", "yes/no"], """
Hey Sam,

Welcome to the selling side! 📸 Our seller fee is 6.5% of the sale price, capped at $150, so on a sale over $2,000 you'd pay $150 at most.

Every camera over $1,500, including your M6, goes through our Verified check: our technicians in Denver inspect and authenticate it before it's sent on to the buyer.

For that reason, listings over $1,500 have to ship through us rather than be picked up locally.

Cheers,
Carmen
ShutterSwap Seller Support
""")

# --- Tandemo (language-exchange app) -----------------------------------------------------------

# qhold6-27: non-native; "If yes" fails (calls are still free), so the price question is answered by its condition
case("""
Hello Tandemo team,

I am Kenji, from Osaka. I use Tandemo for 6 months for practise my English and it is very good. But since the last update, I cannot make voice call with my partners, the button is grey. ⟦What is the reason for this?⟧ ⟦Is it only for Premium now?⟧ ⟦If yes, how much is Premium in Japan?⟧

Best regards,
Kenji Watanabe
""", [True, True, True], ["why", "yes/no", "how much"], """
Dear Kenji,

Thank you for using Tandemo, and we’re happy it helps your English!

Voice calls are still free for everyone. The grey button means your partner hasn’t turned on calls yet: since version 8.2, both people need to allow calls in Chat settings > Calls before the button works. This protects members from unwanted calls.

Best regards,
Yuki
Tandemo Support
""")

# qhold6-28: US safety report; a review time, but no block and no answer about anonymity
case("""
Hi,

A user called "Marco_R88" keeps messaging me asking for my Instagram and WhatsApp after I said no twice. ⟦Can you block him from contacting me?⟧ And ⟦will he know that I reported him?⟧

Thanks,
Jenna
""", [False, False], ["request", "yes/no"], """
Hi Jenna,

Thank you for telling us. Your safety matters to us, and we take every report seriously. Our Trust & Safety team reviews reports within 24 hours.‸

Take care,
Alex
Tandemo Trust & Safety
""")

# qhold6-29: quoted-only, Apple-style reply under "Sent from my iPhone"
case("""
Thank you, it works now!

Sent from my iPhone

On 15 Dec 2026, at 10:02, Tandemo Support <support@tandemo.example.com> wrote:

> Hi Lucía, could you please update the app to version 8.3 and let us know if the messages load?
""", [], [], """
Hola Lucía,

Great news, thanks for letting us know! Enjoy your practice.

Yuki
Tandemo Support
""", quoted_only=True)

# --- Puffin Point Boat Trips ------------------------------------------------------------------

# qhold6-30: all answered; "seats 12 under cover" for "Is the boat covered?"
case("""
Hi,

We’d like to book the seal-watching trip for 2 adults and 2 children (6 and 9) over Christmas. ⟦Are you running any trips between 27 and 31 December?⟧ ⟦Is the boat covered?⟧ Our youngest gets cold easily! ⟦Where do we park?⟧

Thanks,
Ruth Ellison
""", [True, True, True], ["yes/no", "yes/no", "where"], """
Hi Ruth,

Thanks for getting in touch! We’re running the seal trip at 11am and 1.30pm every day from Sunday 27 December to Thursday 31 December, weather permitting.

The cabin seats 12 under cover with windows on both sides, and we have blankets on board for little ones.

The nearest parking is the Harbour Road pay-and-display, two minutes’ walk from our kiosk on the quay.

See you soon,
Gwen
Puffin Point Boat Trips
""")

# qhold6-31: angry; reason and refund both given
case("""
We drove 2 hours for the 10am trip today only to find a sign on the kiosk saying "cancelled - weather". No text, no email, nothing, even though you have my mobile. ⟦Why weren't we told?⟧ ⟦I expect a full refund, not a voucher.⟧

Colin Barraclough
07700 900561
""", [True, True], ["why", "request"], """
Dear Colin,

I’m very sorry about today. The harbour master closed the harbour entrance at 8.40am while our skipper was out checking conditions, and the text to this morning’s passengers was never sent, which is our mistake.

I’ve refunded the full £68 to the card you paid with; it should appear in 3-5 working days.

Gwen
Puffin Point Boat Trips
""")

# qhold6-32: terse with emoji; the draft praises the present and never says yes or how long
case("""
Hiya 😊 ⟦do you sell gift vouchers⟧ and ⟦how long are they valid⟧ want to get one for my dad for xmas

Lou
""", [False, False], ["yes/no", "when"], """
Hiya Lou,

What a lovely present! Our trips are a real favourite with dads, and the seal colony is at its busiest in late winter 🦭‸

Gwen
Puffin Point Boat Trips
""")

# --- Blazer & Badge Schoolwear (school-uniform shop) -----------------------------------------------

# qhold6-33: all answered; the reservation is done
case("""
Hello,

My son starts at St Aldhelm’s Academy in January (Year 8, mid-year move). ⟦Do you stock their blazer with the embroidered crest, or is it sew-on badges?⟧ ⟦What sizes do the blazers come in?⟧ He’s tall for his age - about 160cm. ⟦Can you reserve one for us to try on Saturday?⟧

Thanks,
Sunita Rao
""", [True, True, True], ["which", "which", "request"], """
Hello Sunita,

St Aldhelm's blazers come with the crest already embroidered on the pocket, and we keep sizes from 26 to 44 inch chest, plus a long-fit in each. At 160cm he'll most likely be a 34 or 36 long-fit.

I've put both sizes aside under your name for Saturday; we open at 9am.

Kind regards,
Marion
Blazer & Badge Schoolwear
""")

# qhold6-34: Outlook with a ____ rule; stock talk answers neither question
case("""
Good afternoon,

I ordered two PE tops (order BB-30922) on 25 November and was charged £31.98, but only one arrived. ⟦Is the second one on its way, or has it been missed off?⟧ ⟦Please could you send it before the 4th of January?⟧ Term starts on the 5th.

Many thanks
Chloe Adebayo

________________________________
From: Blazer & Badge <orders@blazerandbadge.example.co.uk>
Sent: 27 November 2026 14:20
To: Chloe Adebayo
Subject: Your order has been dispatched

Your order is on its way! Any questions? Reply to this email.
""", [False, False], ["which", "request"], """
Good afternoon Chloe,

Thank you for your email. The PE tops are made to order for St Aldhelm’s and are very popular at this time of year, so stock has been moving quickly.‸

Kind regards,
Marion
Blazer & Badge Schoolwear
""")

# qhold6-35: quoted-only (a confidentiality notice says "please notify")
case("""
Hi Marion,

Collected the blazer and jumpers this morning – all fit perfectly, thank you for putting them aside.

Best,
Sunil Varma
Business Manager, Harcourt Lane Primary School

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it.
""", [], [], """
Hi Sunil,

Wonderful, thanks for letting us know, and have a lovely Christmas.

Marion
Blazer & Badge Schoolwear
""", quoted_only=True)

# --- Curtain Call Costume Hire ------------------------------------------------------------------

# qhold6-36: the deposit question is skipped
case("""
Hello!

I'm organising a 1920s murder-mystery party on Saturday 16 January for 12 guests. ⟦Do you have enough flapper dresses and gangster suits for a group that size?⟧ ⟦How much is hire for a weekend?⟧ And ⟦do we need to pay a deposit?⟧

Best,
Ottilie Brandt
""", [True, True, False], ["yes/no", "how much", "yes/no"], """
Hello Ottilie,

What a fun theme! We’ve got over 40 flapper dresses and 30 gangster suits in, so 12 is no problem at all, especially if your guests come in for a fitting by Wednesday 13 January.

Weekend hire (Friday pick-up, Monday return) is £35 per costume, or £30 each for groups of 10 or more.‸

Best wishes,
Priyanka
Curtain Call Costume Hire
""")

# qhold6-37: a reason given, and the invoice refused with another document attached
case("""
Hi,

You’ve kept £60 of my £100 deposit for the Elsa costume saying it was "damaged". It had a small make-up mark on the collar when I returned it, which I pointed out. ⟦Why is a make-up mark £60?⟧ ⟦Can I see the cleaning invoice?⟧

Ffion Parry
""", [True, True], ["why", "request"], """
Hi Ffion,

Thanks for your email. Foundation on the Elsa cape’s organza collar can’t be washed out, so we have to replace the collar panel, and £60 is the cost of the fabric and our seamstress’s time. We don’t send these out for cleaning, so there’s no cleaning invoice, but I’ve attached the receipt for the replacement fabric.

Kind regards,
Priyanka
Curtain Call Costume Hire
""")

# qhold6-38: emoji before every question; "boot covers" answers the contents question, the elf is not added
case("""
Hi there 🎅

⟦Is the deluxe Santa suit still available for 19-24 December?⟧ It's for our village Christmas fair. ⟦Does it come with the beard and boots?⟧ ⟦Could you also add an elf costume (adult medium) to the booking?⟧

Cheers,
Rob Tindall
Little Hemsby Parish Council
""", [True, True, False], ["yes/no", "yes/no", "request"], """
Hi Rob,

Good news — the deluxe Santa suit is free for 19-24 December and I’ve booked it for you. It comes with the full beard, wig, belt, gloves and boot covers.‸

Ho ho ho,
Priyanka
Curtain Call Costume Hire
""")

# --- TyreDash (mobile car-tyre fitter) -----------------------------------------------------------

# qhold6-39: all answered, the visit with a date and window
case("""
Hi

Got a slow puncture on my rear left, car's a 2019 Skoda Octavia estate, tyre size 205/55 R16. ⟦Can you come to my work car park in Milton Keynes (MK9 2FH) tomorrow?⟧ ⟦How much for a repair vs a new tyre?⟧

Cheers
Darren Lowe
07700 900742
""", [True, True], ["yes/no", "how much"], """
Hi Darren,

Yes, we can do tomorrow, Thursday 17 December, between 10am and 12pm at your work car park; our fitter will text you when he’s 30 minutes away.

A puncture repair is £25 if the hole is in the central tread. If it’s too near the sidewall we’ll need to replace the tyre: a mid-range 205/55 R16 (Falken or Hankook) is £89 fitted, including balancing and disposal.

Thanks,
Leanne
TyreDash
""")

# qhold6-40: a no-show explained but no new visit offered; the "who pays" question refused
case("""
Your fitter was booked for 8-10am today. It’s now 12.40 and no one has turned up, no call, nothing. I’ve taken the morning off work for this. ⟦Is anyone actually coming?⟧ And ⟦who is going to pay for my lost morning?⟧

Sandra Kiely
Booking ref TD-88215
""", [False, True], ["yes/no", "which"], """
Dear Sandra,

I’m so sorry. Our fitter’s van broke down on the A5 this morning and we should have called you straight away.

Unfortunately we can’t cover loss of earnings, but I’ve waived the £20 call-out fee on your booking as a goodwill gesture.‸

Sincerely,
Leanne
TyreDash
""")

# qhold6-41: a refusal ("we don't offer tyre storage") answers the yes/no and settles its "If so" follow-up
case("""
Hello,

Thank you for fitting the tyres last week. I’m now thinking about winter tyres for my wife’s Fiat 500 as we live up a steep lane. ⟦Do you do all-season tyres as well as winter ones?⟧ ⟦Could you store our summer tyres over the winter?⟧ ⟦If so, what does that cost?⟧

With thanks,
Geoffrey Ainsworth

On Tue, 8 Dec 2026 at 14:55, TyreDash <bookings@tyredash.example.co.uk> wrote:
> Thanks for choosing TyreDash! How did we do? Please rate your fitter.
""", [True, True, True], ["yes/no", "request", "how much"], """
Hello Geoffrey,

Thanks for the kind words about last week. For a steep lane, all-season tyres are a good compromise — we fit Michelin CrossClimate and Goodyear Vector 4Seasons in 175/65 R14 from £92 each, or dedicated winters from £84.

I’m afraid we don’t offer tyre storage as we don’t have a depot; most of our customers keep theirs in tyre bags in a garage or shed.

Kind regards,
Leanne
TyreDash
""")

# --- Eastmere District Council, bulky-waste collection ------------------------------------------

# qhold6-42: booked and priced; carrying down from a first-floor flat not addressed
case("""
Dear Sir/Madam,

⟦I would like to book a bulky waste collection for a three-seater sofa, a fridge-freezer and two mattresses.⟧ ⟦How much will that cost?⟧ ⟦Do the items have to be left outside, or will the crew come in and get them?⟧ I live in a first-floor flat and can't carry them down myself.

Yours faithfully,
Dorothy Fairbairn
14 Wrenfield Court, Eastmere
""", [True, True, False], ["request", "how much", "which"], """
Dear Mrs Fairbairn,

Thank you for contacting Eastmere District Council.

I've booked your collection for Wednesday 6 January (reference BW-661203). The charge is £42 for up to four items, payable online or by phone before the collection.‸

Yours faithfully,
Waste Services
Eastmere District Council
""")

# qhold6-43: lowercase, angry; "as quickly as possible" is vague timing
case("""
sofa still sitting outside my house 3 days after the "collection". neighbours complaining, its been rained on. ⟦when are you coming for it⟧ and ⟦am i getting my £42 back⟧

m. doherty
""", [False, False], ["when", "yes/no"], """
Dear M Doherty,

Sorry the sofa wasn't collected as booked. Our crews have had a very high number of bookings over the festive period and are working through them as quickly as possible.‸

Waste Services
Eastmere District Council
""")

# qhold6-44: a place and a refusal
case("""
Hello,

The booking page says bulky items must be "at the agreed collection point". ⟦Where exactly is that for a terraced house with no front garden?⟧ ⟦Can I leave them in the back alley?⟧

Thanks,
Ahmed Qureshi
""", [True, True], ["where", "yes/no"], """
Hello Mr Qureshi,

For terraced houses without a front garden, please put the items on the pavement directly outside your front door, tight against the wall, no earlier than 7pm the evening before.

Crews don’t collect from back alleys because many are too narrow for the vehicle.

Kind regards,
Waste Services
Eastmere District Council
""")

# --- other businesses ---------------------------------------------------------------------------

# qhold6-45: US dog daycare, emoji; the pass price is dodged ("a great value")
case("""
Hi!

We just adopted a 7-month-old beagle mix, Biscuit 🐶 ⟦What vaccines does he need before his first day?⟧ ⟦Do you do a trial day?⟧ And ⟦how much is a 10-day pass?⟧

Thanks!
Megan & Chris Alvarez
""", [True, True, False], ["which", "yes/no", "how much"], """
Hi Megan and Chris,

Congratulations on adopting Biscuit! Beagles are so much fun.

He'll need Rabies, DHPP and Bordetella, plus a negative fecal test from the last 6 months. Every new pup starts with a free half-day assessment so we can see how he plays with the group.

Our 10-day pass is a great value and never expires!‸

See you soon,
Kayla
Pawsitive Playcare
""")

# qhold6-46: US dental office; insurance coverage not addressed
case("""
Hello,

I have a crown on my lower left molar that came loose last night while I was eating. I still have the crown. ⟦Can you see me today or tomorrow?⟧ ⟦Is this covered by my Delta Dental PPO?⟧ ⟦Should I try to put it back on myself in the meantime?⟧

Thank you,
Harold Jennings
(617) 555-0163
""", [True, False, True], ["yes/no", "yes/no", "yes/no"], """
Hi Harold,

I'm sorry about your crown. Dr. Patel can see you tomorrow, Friday, at 10:30 a.m.; please bring the crown with you in a small bag.

In the meantime, you can hold it in place with a little denture adhesive or dental wax from the pharmacy, but don't use superglue, and avoid chewing on that side.‸

Best,
Rosa
Brightside Family Dental
""")

# qhold6-47: US bike shop, terse; price and turnaround in one sentence
case("""
Hey,

⟦What would a full tune-up cost on a 2017 Trek FX 3?⟧ And ⟦how long do you usually have the bike for?⟧ I commute on it so I can’t be without it for a week.

Thanks
Andre
""", [True, True], ["how much", "when"], """
Hey Andre,

Our Full Tune is $129 (parts extra if we find a worn chain, cables or pads), and for commuters we do same-day turnarounds: drop it off by 9 a.m. and it'll be ready by 5:30 p.m.

Cheers,
Spoke & Chain Cycles
""")

# qhold6-48: US pool care; talk around the cloudiness, the schedule change done
case("""
Hello,

Our pool has turned cloudy since your tech's visit on Tuesday. ⟦Is that normal after the acid wash?⟧ ⟦Is it safe for the kids to swim this weekend?⟧

Also, ⟦can you switch us from weekly to every other week for January and February?⟧

Thanks,
Lorraine Stevens
""", [False, False, True], ["yes/no", "yes/no", "request"], """
Hi Lorraine,

Thanks for letting us know. Cloudiness can have a lot of causes, like filter issues, pH, or even the weather, and our techs follow a detailed checklist on every visit.‸

I've switched your service to every other week for January and February; it goes back to weekly on March 1.

Thanks,
Dominic
ClearBlue Pool Care
""")

# qhold6-49: US moving company, numbered "1)"; booking lead time skipped
case("""
Hi,

We're moving from a 2-bed apartment in Chicago to Denver around February 20. A few questions:

1) ⟦Do you give binding estimates?⟧
2) ⟦Is a piano extra?⟧ It's an upright.
3) ⟦How far ahead do we need to book?⟧

Thanks,
Julia Park
""", [True, True, False], ["yes/no", "yes/no", "when"], """
Hi Julia,

Thanks for considering Longhaul Brothers! Yes, all our long-distance quotes are binding once we've done a video survey of your apartment.

Upright pianos are $250 extra, including padding and a piano board.‸

Best,
Terrence
Longhaul Brothers Moving
""")

# qhold6-50: US tax preparer; a signature slogan asks a question under "--"
case("""
Hi Beth,

Quick one: ⟦Do I still need to send you my 1099-K from Etsy if I only made about $900 on it?⟧ Also, ⟦what's your deadline for getting everything to you if we want to file before March?⟧

Thanks!
Carla
--
Carla Mendes | Mendes Ceramics
Looking for a handmade gift? Shop the winter collection!
""", [True, True], ["yes/no", "when"], """
Hi Carla,

Yes, please send it. Even under the reporting threshold, we include all Etsy income on your Schedule C, so I need the 1099-K or your Etsy sales report.

To file before March, get everything to me by Friday, February 5, 2027.

Best,
Beth
Ledgerline Tax
""")

# qhold6-51: US coworking space; the dog question gets "we love pets"
case("""
Hello,

I'm a freelancer thinking about a hot-desk membership. ⟦Are you open 24/7 for members?⟧ ⟦Is there a place to take private phone calls?⟧ ⟦Can I bring my dog?⟧

Thanks,
Priya Raman
""", [True, True, False], ["yes/no", "yes/no", "yes/no"], """
Hi Priya,

Great to hear from you! Hot-desk members have 24/7 keycard access, and we have four soundproof phone booths on the second floor that you can use anytime, no booking needed.

We love pets, and our community is super friendly.‸

Cheers,
Jordan
Foundry Commons
""")

# qhold6-52: US escape room, lowercase; the group-size question answered with a better room, the age limit skipped
case("""
hey!! ⟦is the Pharaoh's Tomb room ok for a group of 9⟧ its for my brother's bachelor party. ⟦whats the age limit⟧ also ⟦can we bring our own drinks⟧

jake
""", [True, False, True], ["yes/no", "how much", "yes/no"], """
Hey Jake,

Congrats to your brother! Pharaoh’s Tomb takes 4–8 players, so for 9 I’d book our Heist room instead, which fits up to 10 and is just as tough.

Outside drinks aren’t allowed, but we sell soft drinks and beer in the lounge.‸

Cheers,
Lockstep Escape Rooms
""")

# qhold6-53: piano tuner, formal; "I'm in Tewkesbury every other Tuesday" answers the area question, no price
case("""
Dear Mr Hollins,

My late mother’s upright (a 1960s Bentley) hasn’t been tuned in perhaps fifteen years. My granddaughter has started lessons and her teacher says it’s "quite flat". ⟦Is it likely to be tunable after so long?⟧ ⟦What would you charge?⟧ ⟦Do you cover Tewkesbury?⟧

Yours sincerely,
Margaret Pemberton
""", [True, False, True], ["yes/no", "how much", "yes/no"], """
Dear Mrs Pemberton,

Thank you for your letter. Bentley uprights from the 1960s are sturdy little pianos and usually come back well, though one so flat will probably need a pitch raise first, and possibly a second visit a few weeks later.

I’m in Tewkesbury every other Tuesday.‸

Yours sincerely,
Martin Hollins
Keynote Piano Services
""")

# qhold6-54: wedding florist, emoji; a warm reply that answers nothing
case("""
Hi Wildbloom!

We’re getting married on Saturday 13 February 2027 at Hazelford Barn 💍 ⟦Are you free that day?⟧ ⟦Could you send us a rough price for a bridal bouquet, 4 bridesmaids’ posies and 10 table centrepieces?⟧ Also, ⟦do you use British-grown flowers in February, or is it all imported then?⟧

Thanks so much,
Amara & Tom
""", [False, False, False], ["yes/no", "request", "which"], """
Hi Amara and Tom,

Congratulations! 💐 Hazelford Barn is gorgeous, and February weddings are so romantic.

We have a few dates left for early 2027, and I’d love to chat about your colours and ideas.‸

Warmly,
Isla
Wildbloom Florals
""")

# qhold6-55: hearing-aid clinic; "isn't something you should have to put up with" answers "is that normal"
case("""
Hello,

I was fitted with new hearing aids on 2 December and the right one whistles whenever I put my glasses on. ⟦Is that normal for the first few weeks?⟧ ⟦Can I come in to have it adjusted?⟧ I'm free any weekday morning.

Thank you,
Bernard Lyle
""", [True, True], ["yes/no", "request"], """
Dear Mr Lyle,

Thank you for your email. Whistling with glasses isn’t something you should have to put up with; it usually means the dome needs a slightly larger size or the feedback manager needs re-running, both quick fixes.

I’ve booked you in with our audiologist, Jane, on Monday 4 January at 10.15am.

Kind regards,
Clearsound Hearing
""")

# qhold6-56: window cleaner, subject-like first line, phone typing; the bins are ignored
case("""
window cleaning - conservatory

hi ⟦can you do my conservatory roof as well next time⟧ ⟦how much extra⟧ also ⟦whats happened to the bins you said you’d clean⟧

Ken at no. 22
""", [True, True, False], ["request", "how much", "why"], """
Hi Ken,

No problem, I’ll add the conservatory roof to your next clean on Thursday 7 January, it’s an extra £18.‸

Cheers,
Danny
Sparkle Bros
""")

# qhold6-57: quoted-only, a forward "for your records"
case("""
Hi,

Forwarding the quote you sent my landlord, for your records. He's approved it.

Cheers,
Stacey

---------- Forwarded message ---------
From: Lockwise Locksmiths <jobs@lockwise.example.co.uk>
Date: Mon, 7 Dec 2026 at 10:12
Subject: Quote Q-1187 - 3 Albion Terrace
To: <r.okoro@example.com>

Hi Mr Okoro, our quote to replace the front door euro cylinder with an anti-snap one is £95 fitted. Could you confirm whether you'd like us to go ahead?
""", [], [], """
Hi Stacey,

Thanks for forwarding that. I’ll call you tomorrow morning to arrange a time to fit the new cylinder.

Best,
Wes
Lockwise Locksmiths
""", quoted_only=True)

# qhold6-58: driving school, non-native English after a long story; the licence question gets "check GOV.UK"
case("""
Dear Sir,

I am from Poland and I have a Polish driving licence since 2015 but now I live in Reading for 2 years. My friend told me I must change it to a UK licence, but other friend says not necessary. I want to take some lessons anyway because the roundabouts are very confusing for me :) ⟦Do you have instructor with automatic car?⟧ ⟦How much cost 5 lessons?⟧ And ⟦please tell me if I need to exchange my licence first or I can drive with the Polish one.⟧

Thank you
Tomasz Wieczorek
""", [True, True, False], ["yes/no", "how much", "which"], """
Dear Tomasz,

Thank you for your message — roundabouts confuse lots of people, so you’re not alone!

Yes, two of our instructors teach in automatic cars (a Toyota Yaris Hybrid and a Kia Niro). A block of 5 lessons is £190, or £40 for a single lesson.

Regarding licences, the rules depend on each person’s situation, so we always recommend checking the GOV.UK website.‸

Best regards,
Clutch & Go Driving School
""")

# qhold6-59: pottery studio; a link for "how" and landmarks for "where"
case("""
Hello,

I bought my partner a "Wheel Taster" voucher for Christmas (voucher KL-2290). ⟦How do we book a session with it?⟧ ⟦Where is the studio entrance?⟧ Google Maps sends us to a car wash.

Many thanks,
Elliot Sharma
""", [True, True], ["how", "where"], """
Hi Elliot,

What a lovely present! Go to kilnlane.example.co.uk/book, choose any Wheel Taster date, and enter KL-2290 at checkout instead of paying.

We’re the green door in the courtyard behind that car wash on Kiln Lane: go through the archway on its left and we’re straight ahead.

See you soon,
Nell
Kiln Lane Pottery
""")

# qhold6-60: Tasklane, US; Slack answered, the API rate limit dodged with a boast
case("""
Hi folks,

⟦Does Tasklane integrate with Slack so that comments on a card show up in a channel?⟧ ⟦If it does, can we choose which boards post to which channels?⟧ And ⟦is there an API rate limit we should know about?⟧ We’re planning to sync about 2,000 tasks a day from our CRM.

Thanks,
Ben Carter
Engineering Manager, Harbor & Pine
""", [True, True, False], ["yes/no", "yes/no", "yes/no"], """
Hi Ben,

Thanks for reaching out! Yes, our Slack app posts new comments, moves and due-date changes to any channel you pick, and each board gets its own setting, so you can send Marketing to #marketing and Client Work to #client-updates.

Our API is built for teams of every size and handles millions of requests a day.‸

Best,
Owen
Tasklane Support
""")

# qhold6-61: quoted-only; the realtor's signature slogan asks (no "--" delimiter)
case("""
Hi Jamal,

We decided to keep it after all — the mattress topper you suggested did the trick. Thanks for being so patient with us.

Tracy

Tracy Kowalski, Realtor®
Kowalski Home Group | (630) 555-0117
Thinking of selling? Ask me about a free home valuation!
""", [], [], """
Hi Tracy,

That’s great news — I’m so glad the topper helped. Sweet dreams to you both!

Jamal
Slumberline Customer Care
""", quoted_only=True)

# qhold6-62: ShutterSwap; the way to change the email is given, the ratings question is not
case("""
Hello,

⟦How do I change the email address on my ShutterSwap account?⟧ I no longer have access to the old one (it was a work address). ⟦Will my seller ratings carry over if I make a new account instead?⟧

Regards,
Hiroshi Tanaka
""", [True, False], ["how", "yes/no"], """
Hi Hiroshi,

No problem! 🙂 Since you can't get into the old inbox, we'll need to verify you another way first: reply with the last 4 digits of the bank account your payouts go to and the title of your most recent sale, and I'll update the email for you.‸

Best,
Carmen
ShutterSwap Support
""")

# qhold6-63: Tandemo, US, emoji; "one language at a time" answers both
case("""
Hey Tandemo 👋 ⟦which languages can I pick as "learning" on the free plan?⟧ I want Korean AND Portuguese. ⟦Is there a limit?⟧

- Destiny
""", [True, True], ["which", "yes/no"], """
Hi Destiny,

On the free plan you can learn one language at a time, and you can switch it whenever you like in Profile > Languages. Korean and Portuguese are both available, but to study them together you'd need Tandemo Plus, which lets you pick up to three.

Happy learning!
Alex
Tandemo Support
""")

# qhold6-64: Puffin Point, US visitors; a trip named (and the puffins refused), payment skipped
case("""
Hi there,

My wife and I are visiting from Ohio over New Year's and would love to see the puffins. ⟦What's the best trip to take in early January?⟧ ⟦Do you take credit cards on the boat or do we need cash?⟧

Thanks,
Walt and Debbie Sorensen
""", [True, False], ["which", "which"], """
Hi Walt and Debbie,

Welcome to Pembrokeshire in advance! 🌊 I’m afraid the puffins are away at sea from August to March, so you won’t see them in January, but our 2-hour Seal & Seabird trip is the best of the winter season: grey seal pups, gannets and, if we’re lucky, dolphins.‸

Best wishes,
Gwen
Puffin Point Boat Trips
""")

# qhold6-65: costume hire, numbered list; the charity discount gets "fair prices"
case("""
Hi,

Our drama group is putting on Oliver! in March. Three things:

1. ⟦Can you do 25 Victorian street-urchin costumes for children aged 8-12?⟧
2. ⟦How long can we keep them?⟧ Shows are 11-13 March, with a dress rehearsal on the 9th.
3. ⟦Do you offer a discount for charities?⟧ We’re a registered one.

Best wishes,
Gareth Lloyd
Pontfaen Youth Theatre
""", [True, True, False], ["yes/no", "when", "yes/no"], """
Hi Gareth,

Yes, we can do 25 urchin costumes in children's sizes; I've pencilled them in for you.

For theatre runs we hire by the week, so you could collect on Monday 8 March and return them by Monday 15 March, which covers the dress rehearsal and all three shows.

We work with lots of community groups and always try to keep our prices fair.‸

Best wishes,
Priyanka
Curtain Call Costume Hire
""")

# qhold6-66: GP surgery, non-native English; the letter agreed and priced, collection time not given
case("""
Hello,

⟦Please I need a letter from the doctor for my employer that I was sick from 7 to 11 December.⟧ ⟦How much it costs?⟧ And ⟦when I can collect it?⟧

Regards
Ana Petrescu
""", [True, True, False], ["request", "how much", "when"], """
Dear Ms Petrescu,

Dr Mensah has agreed to write a private letter confirming your illness. There is a fee of £25 for this, payable at reception.‸

Kind regards,
Reception
Ashcombe Road Surgery
""")

# qhold6-67: a thank-you note whose only question is rhetorical (nothing to list, not quoted-only)
case("""
Hi Gwen,

Just wanted to say thank you for Sunday's trip — the kids haven't stopped talking about the seal pups. Who knew a boat trip in December could be so magical? We'll be back in the summer for the puffins.

Ruth
""", [], [], """
Hi Ruth,

Thank you so much for taking the time to write — that made our day! We'll look forward to seeing you all in the summer.

Gwen
Puffin Point Boat Trips
""")

# qhold6-68: Delay Repay; "which journeys" answered by a rule, "how" by the form's button
case("""
Hello,

⟦Which journeys can I claim for with a flexi season ticket?⟧ And ⟦how do I claim for more than one journey at once?⟧ I had four delays last week.

Thanks
Olu
""", [True, True], ["which", "how"], """
Hi Olu,

You can claim for any delayed journey made on a day you’ve activated on your Flexi Season, as long as the delay is 15 minutes or more. On the Delay Repay form, tick “Add another journey” after the first one — you can add up to 10 in one claim.

Kind regards,
Sam
Northvale Trains Delay Repay
""")

# qhold6-69: student accommodation, "-----Original Message-----" history; the guest charge answered, the portal steps not
case("""
Hi,

⟦How do I add my boyfriend as an overnight guest on the portal?⟧ He’s visiting 8-10 January. ⟦Is there a charge for guests?⟧

Thanks
Zara Iqbal
Room 3.14, Kelham House

-----Original Message-----
From: Quadrant Student Living <hello@quadrant-living.example.co.uk>
Sent: 04 January 2027 09:00
Subject: Welcome back!

Welcome back for semester two! Is there anything you need? Let us know at reception.
""", [False, True], ["how", "yes/no"], """
Hi Zara,

Guests are very welcome at Quadrant, and there’s no charge for overnight stays of up to three nights in a row.‸

Have a lovely weekend,
Ollie
Quadrant Student Living
""")

# qhold6-70: ShutterSwap, US; a scam report met with reassurance only
case("""
Hi,

There's a listing for a "Hasselblad 500C/M, $300, ships from overseas only" that's obviously a scam (the photos are from a 2019 auction). ⟦How do I report it?⟧ And ⟦where do I see whether the seller has been removed?⟧

Thanks,
Reggie Fitzgerald
""", [False, False], ["how", "where"], """
Hi Reggie,

Thanks for looking out for the community! Keeping ShutterSwap safe is our top priority, and our Trust team reviews suspicious listings every day.‸

Best,
Carmen
ShutterSwap Support
""")
