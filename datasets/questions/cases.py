"""Hand-written cases for the `questions` dev set (see README.md beside this file).

Each case is built by ``case(thread, answered, kinds, draft)``:

- ``thread``: the customer's incoming email as webmail shows it (newest message first, then any
  signature, disclaimer, quoted history or forwarded message). Every question or request of the
  NEWEST message is wrapped in ``⟦ ⟧``; nothing in quoted history, forwarded text, signatures or
  disclaimers is ever marked.
- ``answered``: one flag per marked span, in order: does the draft answer it?
- ``kinds``: one kind per marked span, in order (see KINDS in the builder).
- ``draft``: the reply being reviewed. When any span is unanswered it holds exactly one ``‸``, the
  place where the missing answer belongs; otherwise none.
- ``quoted_only=True`` marks a case whose newest message asks nothing while its quoted history,
  forwarded message, signature or disclaimer does hold questions or requests.

The builder strips the marks and computes every offset; never type offsets by hand.
"""

import textwrap


def t(s):
    """Dedent a triple-quoted block and trim the blank first/last line."""
    return textwrap.dedent(s).strip("\n")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": t(thread), "answered": list(answered), "kinds": list(kinds),
            "draft": t(draft), "quoted_only": quoted_only}


T, F = True, False

CASES = [
    # 01 yoga studio: two questions in one sentence, both answered (one indirectly)
    case(
        """
        Hi there,

        ⟦Is the studio open on Sundays⟧ and ⟦do I need to book?⟧ I'm visiting Bristol for the weekend and would love to drop into a class.

        Thanks,
        Hannah
        """,
        [T, T], ["yes/no", "yes/no"],
        """
        Hi Hannah,

        Yes, we're open on Sundays from 9 am to 1 pm. Booking isn't required, but classes do fill up, so reserving a mat through the app is a good idea.

        See you on the mat,
        Maya at Lotus Lane Yoga
        """,
    ),
    # 02 furniture shop: praises the walnut desk without saying whether it arrives before Christmas
    case(
        """
        Hello,

        I'm looking at the walnut writing desk (product code WD-220) on your website. ⟦Can the walnut desk be delivered before Christmas?⟧ And ⟦does the price include assembly?⟧

        Best,
        Graham Oduya
        """,
        [F, T], ["yes/no", "yes/no"],
        """
        Hi Graham,

        Thank you for your interest in the walnut writing desk! It's one of our most popular pieces: solid American walnut with dovetailed drawers, and it looks beautiful in a study. Assembly is included in the price: our two-person team will set it up in the room of your choice.‸

        Kind regards,
        Elena
        Oak & Hollow Furniture
        """,
    ),
    # 03 council, Gmail quoted history: the only questions are the customer's own earlier ones
    case(
        """
        Thanks, that's really helpful. I'll put the green bin out on Wednesday then.

        Best,
        Martin Kell

        On Wed, 2 Dec 2026 at 09:15, Waste Services <waste@northvale.example.org> wrote:
        > Dear Mr Kell,
        >
        > Garden waste collections in your area move to Wednesdays from 9 December. Your permit sticker remains valid until March.
        >
        > Waste Services, Northvale District Council
        >
        > On Tue, 1 Dec 2026 at 18:40, Martin Kell <m.kell@example.com> wrote:
        >> Hi, has the collection day changed for garden waste? And is my permit still valid?
        """,
        [], [],
        """
        Dear Mr Kell,

        You're welcome. Wednesday it is; if you have any trouble with the new collection day, just reply to this email.

        Kind regards,
        Waste Services
        """,
        quoted_only=True,
    ),
    # 04 dental clinic, Outlook history: the clinic's quoted question is not listed
    case(
        """
        Hi,

        Thanks for confirming. ⟦What time does the hygienist appointment start on the 14th?⟧ The letter just says "morning". ⟦Could you also tell me whether I can pay by card at the desk?⟧

        Thanks
        Ruth Adeyemi

        ________________________________
        From: BrightSmile Dental <reception@brightsmile.example.org>
        Sent: Monday, November 30, 2026 4:12 PM
        To: Ruth Adeyemi <ruth.adeyemi@example.com>
        Subject: Your appointment

        Dear Ruth,

        Your hygienist appointment is confirmed for Monday 14 December. Would you like us to send you a text reminder the day before? Please reply to let us know.

        BrightSmile Dental
        """,
        [T, T], ["when", "yes/no"],
        """
        Dear Ruth,

        Your appointment on Monday 14 December starts at 9:40 am; please arrive five minutes early so we can update your medical history. We take all major debit and credit cards at reception, including contactless.

        Kind regards,
        Jade
        BrightSmile Dental
        """,
    ),
    # 05 SaaS: "Please send the invoice again" done ("I've attached")
    case(
        """
        Hi Tally team,

        ⟦Please send the October invoice again⟧ — our finance system rejected the first one because the VAT number was missing. ⟦Can you also add our PO number (PO-55102) to it?⟧

        Cheers,
        Priya Nair
        Finance, Fernhill Studios
        Tel: 0161 496 0342
        """,
        [T, T], ["request", "request"],
        """
        Hi Priya,

        I've attached a corrected October invoice with your VAT number and PO-55102 in the reference field. The invoice number stays the same, so there's no need to void the first one.

        Best,
        Sam
        Tally Support
        """,
    ),
    # 06 gym: "We're closed on Sundays" answers "Are you open Sunday?"
    case(
        """
        Hey,

        ⟦Are you open Sunday?⟧ ⟦What about bank holidays?⟧ Trying to plan my training around the new job 💪

        Thanks,
        Dev
        """,
        [T, T], ["yes/no", "yes/no"],
        """
        Hi Dev,

        We're closed on Sundays, but on bank holidays we open from 8 am to 4 pm. The full timetable is in the app under "Opening hours".

        Good luck with the new job!
        Carla, Ironworks Gym
        """,
    ),
    # 07 hotel: refusal counts as answered; parking exists but the price is missing
    case(
        """
        Dear Harbourview team,

        We're booked in for 18–20 December (booking ref HV-20931). ⟦Would it be possible to check in early, around 11 am?⟧ ⟦Is there parking at the hotel⟧, and ⟦if so, how much is it per night?⟧

        Many thanks,
        Lucy Brennan
        """,
        [T, T, F], ["yes/no", "yes/no", "how much"],
        """
        Dear Lucy,

        Thank you for booking with us. I'm afraid we can't offer check-in before 2 pm on the 18th, as the hotel is fully booked the night before; you're very welcome to leave your luggage with reception and explore the harbour in the meantime. We do have a car park behind the hotel.‸

        We look forward to welcoming you.

        Warm regards,
        Tomasz
        Harbourview Hotel
        """,
    ),
    # 08 SaaS customer, signature + confidentiality disclaimer holding the only request
    case(
        """
        Hi Sam,

        Thanks for sorting the SSO issue so quickly, everyone in the team can log in again.

        Regards,
        Daniel Osei
        IT Manager | Keller & Voss LLP
        T: 020 7946 0518

        CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this email. Any unauthorised use, disclosure or copying is prohibited.
        """,
        [], [],
        """
        Hi Daniel,

        Great to hear everyone is back in. I'll close the ticket now; if anything comes up again, just reply here and it will reopen automatically.

        Best,
        Sam
        Tally Support
        """,
        quoted_only=True,
    ),
    # 09 restaurant: "let me know whether there is a vegetarian option" + "I'd like to know if"
    case(
        """
        Hi,

        I've booked a table for 8 on Saturday 12 December under the name Cho. Two of our group are vegetarian, so ⟦could you let me know whether there is a vegetarian option on the Christmas set menu?⟧ ⟦I'd also like to know if we can bring our own cake⟧ — it's my mum's 70th 🎂

        Thanks so much,
        Min-ji Cho
        """,
        [T, T], ["yes/no", "yes/no"],
        """
        Hi Min-ji,

        Thanks for booking with us, and happy 70th to your mum! The Christmas set menu has a vegetarian main, a roasted squash and chestnut Wellington, and the starters and desserts all have vegetarian choices too. You're welcome to bring your own cake; there's no cakeage charge for birthdays, and we'll bring it out with candles if you let your server know.

        See you on the 12th,
        Nadia
        The Copper Pot
        """,
    ),
    # 10 optician: answers one, talks about opening hours instead of the other two
    case(
        """
        Hello,

        ⟦Are you taking on new NHS patients for eye tests?⟧ ⟦How much is a private eye test if I'm not eligible for an NHS one?⟧ Also, ⟦can I book online or do I need to phone?⟧

        Thanks,
        Margaret Lyle
        """,
        [T, F, F], ["yes/no", "how much", "which"],
        """
        Dear Mrs Lyle,

        Yes, we're taking on new patients. NHS eye tests are free if you're 60 or over, under 16, or have diabetes or glaucoma. We're open 9 am to 5:30 pm, Monday to Saturday.‸

        Kind regards,
        Hollins Opticians
        """,
    ),
    # 11 forwarded message: the customer's note asks nothing; the landlord's questions are not listed
    case(
        """
        Hi,

        Forwarding the message below from my landlord for your records, as discussed on the phone this morning.

        Thanks,
        Aisha

        ---------- Forwarded message ---------
        From: Peter Lang <peter.lang@example.net>
        Date: Thu, 3 Dec 2026 at 17:22
        Subject: Boiler service
        To: Aisha Rahman <aisha.rahman@example.com>

        Hi Aisha,

        Can you ask the engineer to check the pressure valve as well? And could they leave the service certificate in the kitchen drawer?

        Peter
        """,
        [], [],
        """
        Hi Aisha,

        Thanks for forwarding this, I've added it to your job notes. Our engineer, Callum, is booked for Tuesday between 8 am and 12 pm.

        Best regards,
        Becky
        HeatRight Plumbing & Heating
        """,
        quoted_only=True,
    ),
    # 12 physiotherapy clinic: three questions, all answered, two indirectly
    case(
        """
        Hello,

        My GP has referred me for physiotherapy for my knee. ⟦Do I need to bring the referral letter with me?⟧ ⟦How long is the first appointment?⟧ ⟦Is there somewhere to park nearby?⟧

        Thank you,
        Geoffrey Hale
        """,
        [T, T, T], ["yes/no", "when", "yes/no"],
        """
        Dear Mr Hale,

        Your GP sent the referral to us directly, so there's no need to bring the letter. The first appointment lasts 45 minutes, as it includes a full assessment. The supermarket car park next door is free for the first two hours.

        Kind regards,
        Anita Sharma
        Riverside Physiotherapy
        """,
    ),
    # 13 conference venue, Outlook history: AV question skipped
    case(
        """
        Hi Olivia,

        Thanks for showing us round on Tuesday. A few follow-ups before we decide: ⟦how many people does the Garden Room seat for a sit-down dinner?⟧ ⟦Is the projector and sound system included in the hire fee?⟧ ⟦Could you send a sample menu for the winter season?⟧

        Best regards,
        Hamish Grant
        Events Coordinator
        Lochside Engineering
        T: 0141 496 0823

        From: Olivia Hart <olivia@thegranary.example.co.uk>
        Sent: Monday, December 7, 2026 9:30 AM
        To: Hamish Grant <hamish.grant@lochside.example.com>
        Subject: Viewing on Tuesday

        Hi Hamish,

        Looking forward to seeing you on Tuesday at 2 pm. Do you have any dietary requirements we should know about for the tasting?

        Olivia
        """,
        [T, F, T], ["how much", "yes/no", "request"],
        """
        Hi Hamish,

        It was lovely to meet you. The Garden Room seats 80 for a sit-down dinner, or 120 for a standing reception. I've attached our winter sample menu; every course can be adapted for dietary requirements.‸

        Best wishes,
        Olivia
        The Granary
        """,
    ),
    # 14 electrician: a visit and a certificate, both scheduled ("I'll email ... by Friday")
    case(
        """
        Hi Dan,

        The kitchen sockets are tripping again when the kettle and toaster are on together. ⟦Could you come and have a look this week?⟧ ⟦Please also send me the certificate from the rewiring job in October⟧, as my insurer is asking for it.

        Thanks,
        Joanne
        """,
        [T, T], ["request", "request"],
        """
        Hi Joanne,

        Sorry to hear the sockets are tripping again. I can come round on Thursday at 8:30 am, before my first job; let me know if that doesn't suit. I'll email the electrical installation certificate from October over by Friday, once I'm back at the office.

        Cheers,
        Dan
        Sparkwell Electrical
        07700 900123
        """,
    ),
    # 15 gym: topic without answer ("Spin is one of our most loved classes")
    case(
        """
        Hi,

        I heard Marco has left 😢 ⟦Is the Tuesday spin class still running at 6:30?⟧ ⟦Who's taking over from him?⟧

        Thanks,
        Abby
        """,
        [F, F], ["yes/no", "which"],
        """
        Hi Abby,

        Thanks for getting in touch! Spin is one of our most loved classes, and we've just had twelve new bikes delivered, so it's a great time to come along. We'll miss Marco too.‸

        See you soon,
        Carla
        Ironworks Gym
        """,
    ),
    # 16 office supplies: the only question is a marketing line in the customer's signature
    case(
        """
        Hello,

        Just confirming we received the replacement pallet of A4 paper this morning. All 40 boxes are accounted for.

        Kind regards,
        Fiona Marsh
        Office Manager
        Marsh & Daughters Estate Agents
        📞 0161 496 0177
        Looking to sell? Book a free valuation at marshanddaughters.example.co.uk
        """,
        [], [],
        """
        Hi Fiona,

        Thanks for letting us know, and glad everything arrived safely. Your account has been credited for the damaged pallet, and the credit note will appear on your December statement.

        Best wishes,
        Marcus
        PaperTrail Office Supplies
        """,
        quoted_only=True,
    ),
    # 17 clothing shop: an either/or question is one span ("which"); a refusal answers the postage question
    case(
        """
        Hi,

        I bought the linen shirt in size M (order #10482) and it's too small. ⟦Can I exchange it for an L, or do I have to return it for a refund and reorder?⟧ Also, ⟦do you cover the return postage?⟧

        Thanks,
        Ben
        """,
        [T, T], ["which", "yes/no"],
        """
        Hi Ben,

        You can exchange it: start a return on our returns page, choose "Exchange" and pick size L, and we'll send the new shirt as soon as the courier scans the original, so there's no need to reorder. I'm afraid we don't cover return postage for size exchanges, but you can buy a prepaid label for £3.95 on the same page.

        Best,
        Ellis
        Fieldhouse Clothing
        """,
    ),
    # 18 SaaS: answers "PDF" when asked about Excel
    case(
        """
        Hi,

        ⟦Is there a way to export the monthly report to Excel?⟧ I need to combine it with our budget spreadsheet. And ⟦can I schedule it to be emailed to my manager automatically?⟧

        Thanks,
        Rosa Delgado
        """,
        [F, T], ["how", "yes/no"],
        """
        Hi Rosa,

        You can download the monthly report as a PDF from Reports > Monthly > Download. Scheduled emails are available on all plans: go to Reports > Schedules, pick the report and add your manager's address.‸

        Best,
        Sam
        Tally Support
        """,
    ),
    # 19 council parking: "Can you tell me how ... and how much ..."
    case(
        """
        Dear Parking Services,

        I moved to 14 Elm Road last month. ⟦Can you tell me how to apply for a residents' parking permit⟧ and ⟦how much it costs for a second car?⟧

        Regards,
        Colin Ferris
        """,
        [T, T], ["how", "how much"],
        """
        Dear Mr Ferris,

        You can apply online at northvale.example.org/permits; you'll need proof of address dated within the last three months and your vehicle's V5C logbook. A permit for a second car in the Elm Road zone costs £85 a year, compared with £45 for the first.

        Kind regards,
        Parking Services
        Northvale District Council
        """,
    ),
    # 20 hotel: the VAT receipt request is ignored, the charger question answered
    case(
        """
        Hi,

        I stayed 2–4 December (room 312). ⟦Please send me a VAT receipt for the stay⟧ as I need it for expenses. ⟦Could you also check whether I left a phone charger in the room?⟧ It's a white USB-C one.

        Thanks,
        Marcus Webb
        """,
        [F, T], ["request", "yes/no"],
        """
        Dear Mr Webb,

        Thank you for staying with us. Housekeeping found a white USB-C charger in room 312, and we're holding it at reception; we can post it to you for £3.50, or keep it until your next visit.‸

        Kind regards,
        Front Desk
        The Albany Hotel
        """,
    ),
    # 21 Outlook history only: the customer's earlier question is already resolved
    case(
        """
        Sorry, found it in my spam folder after all. All sorted!

        Greg

        ________________________________
        From: Greg Lowther <greg.lowther@example.com>
        Sent: Tuesday, December 8, 2026 8:51 AM
        To: Bookings <bookings@fellside.example.co.uk>
        Subject: Booking confirmation

        Hi,

        Could you resend the booking confirmation for our stay on 28 December? I can't find it anywhere.

        Greg Lowther
        """,
        [], [],
        """
        Hi Greg,

        Glad you found it! We look forward to seeing you on the 28th.

        Warm wishes,
        Ellie
        Fellside Lodge Hotel
        """,
        quoted_only=True,
    ),
    # 22 SaaS, Gmail history: the support agent's quoted question is not listed
    case(
        """
        Hi again,

        That worked, thanks! One more thing: ⟦how do I add a second admin to our workspace?⟧

        Lena

        On Mon, 7 Dec 2026 at 11:02, Tally Support <support@tally.example.com> wrote:
        > Hi Lena,
        >
        > Could you try resetting your password from the login page and let us know if the email arrives?
        >
        > Best,
        > Sam
        """,
        [T], ["how"],
        """
        Hi Lena,

        Glad you're back in! To add a second admin, go to Settings > Members, click the three dots next to the person's name and choose "Make admin". They'll get an email confirming the change.

        Best,
        Sam
        """,
    ),
    # 23 council environmental health: the permitted hours are never given
    case(
        """
        Dear Environmental Health,

        The bar below my flat on Quay Street has had live music until 2 am every weekend since October. ⟦What are the permitted hours for amplified music in a residential area?⟧ ⟦How do I make a formal complaint?⟧ ⟦Will my name be shared with the venue?⟧

        Yours sincerely,
        Helen Marsh
        """,
        [F, T, T], ["when", "how", "yes/no"],
        """
        Dear Ms Marsh,

        Thank you for letting us know about the noise from the bar on Quay Street; I'm sorry it has been going on for so long.‸ You can make a formal complaint using the noise report form at northvale.example.org/noise, or by phoning 0161 496 0990. Your details are kept confidential and are never shared with the venue.

        Yours sincerely,
        Environmental Health Team
        """,
    ),
    # 24 hotel: "I was wondering if" (with a full stop), refusal + breakfast time
    case(
        """
        Hello,

        We're so excited for our first family trip to the Lakes 😊 ⟦I was wondering if children are allowed in the spa.⟧ ⟦What time does breakfast finish at weekends?⟧

        Best,
        Simran Kaur
        """,
        [T, T], ["yes/no", "when"],
        """
        Dear Simran,

        We're looking forward to having you all! I'm afraid the spa is for adults only, but the pool is open to families from 9 am to 12 pm and 3 pm to 6 pm every day. Breakfast is served until 10:30 am on Saturdays and Sundays.

        Warm wishes,
        Ellie
        Fellside Lodge Hotel
        """,
    ),
    # 25 school trip: only the return time is answered
    case(
        """
        Dear Mr Ahmed,

        Thank you for the letter about the Year 9 residential trip to Snowdonia. ⟦How much is the total cost?⟧ ⟦Can we pay in instalments?⟧ ⟦What time will the coach be back on the Friday?⟧

        Kind regards,
        Bernadette Kaye
        """,
        [F, F, T], ["how much", "yes/no", "when"],
        """
        Dear Mrs Kaye,

        Thank you for your email.‸ The coach is due back at school at around 5 pm on Friday 19 March, and we'll text parents if there are any delays on the way home.

        Kind regards,
        Mr Ahmed
        Year 9 Leader, Westfield Academy
        """,
    ),
    # 26 music school: a waiting-list request acknowledged as done
    case(
        """
        Hi,

        My daughter (11) would like to start guitar lessons in January. ⟦Which day are the beginner group classes on?⟧ ⟦Please add her to the waiting list if they're already full.⟧ Her name is Ava Morgan.

        Thanks,
        Claire Morgan
        """,
        [T, T], ["which", "request"],
        """
        Hi Claire,

        Beginner group guitar for ages 10–13 runs on Wednesdays from 4:30 to 5:30 pm. The January group is full, so I've added Ava to the waiting list; she's second in line, and we'll be in touch as soon as a place opens up.

        Best wishes,
        Tom
        Northgate Music School
        """,
    ),
    # 27 garden centre: talks about the rose, not about restocking
    case(
        """
        Hello,

        ⟦Could you let me know when the bare-root roses will be back in stock?⟧ I'm after 'Gertrude Jekyll' in particular. ⟦Do you deliver to Harrogate?⟧

        Many thanks,
        Patricia
        """,
        [F, T], ["when", "yes/no"],
        """
        Dear Patricia,

        Gertrude Jekyll is a wonderful choice: a rich pink with one of the strongest fragrances of any English rose. Bare-root roses are best planted between November and March, while the plants are dormant.‸ We deliver anywhere within 30 miles of York, which includes Harrogate; delivery is £7.50.

        Best wishes,
        Hazel
        Yorkgate Garden Centre
        """,
    ),
    # 28 Gmail history: the agent's quoted question is answered with "no"; nothing new asked
    case(
        """
        No, that's everything, thanks! Have a lovely Christmas 🎄

        Joy

        On Thu, 10 Dec 2026 at 16:48, Crumb & Co. Bakery <orders@crumbandco.example.co.uk> wrote:
        > Hi Joy,
        >
        > Your stollen and mince pies will be ready to collect from 9 am on Christmas Eve. Is there anything else we can help with?
        >
        > Gwen
        """,
        [], [],
        """
        Hi Joy,

        You too! See you on Christmas Eve.

        Gwen
        Crumb & Co. Bakery
        """,
        quoted_only=True,
    ),
    # 29 bike shop: emoji in the draft before the missing answer
    case(
        """
        Hi!

        My e-bike's back brake is squealing like mad 🚲 ⟦How soon can you service it?⟧ And ⟦roughly how much does a brake service cost?⟧

        Cheers,
        Tom Fielding
        """,
        [T, F], ["when", "how much"],
        """
        Hi Tom,

        Thanks for getting in touch 🙂 Squealing brakes usually mean the pads are contaminated or worn, so it's worth getting them looked at soon. We can service it on Wednesday if you drop it in by 10 am.‸

        Cheers,
        Spokes & Sprockets
        """,
    ),
    # 30 plumber, Outlook history: the plumber's quoted question about taps is not listed
    case(
        """
        Hi Becky,

        Thanks for the quote. ⟦If I go ahead, when could you start?⟧ ⟦Does the £1,850 include removing the old bath?⟧

        Thanks,
        Owen Price

        From: Becky Lowe <becky@heatright.example.co.uk>
        Sent: Friday, December 4, 2026 10:05 AM
        To: Owen Price <owen.price@example.com>
        Subject: RE: Bathroom refit quote

        Hi Owen,

        Please find the quote attached. Could you confirm whether you'd like the chrome or the matt black taps?

        Becky
        """,
        [T, T], ["when", "yes/no"],
        """
        Hi Owen,

        We could start on Monday 11 January; the job takes about five working days. Yes, the £1,850 covers removing and disposing of the old bath and tiles.

        Best regards,
        Becky
        HeatRight Plumbing & Heating
        """,
    ),
    # 31 insurance: the "why" is dodged, the "what can I do" answered
    case(
        """
        Hello,

        ⟦Why has my home insurance renewal gone up from £312 to £489?⟧ I haven't made any claims. ⟦Is there anything I can do to bring it down?⟧

        Thanks,
        Derek Nash
        """,
        [F, T], ["why", "how"],
        """
        Dear Mr Nash,

        Thank you for being with us for another year.‸ Your renewal documents are attached, and your policy will renew automatically on 1 January unless you tell us otherwise. You can lower your premium by increasing your voluntary excess or removing cover you no longer need, such as accidental damage; just reply and I'll send you updated quotes.

        Kind regards,
        Sarah
        Homeguard Insurance
        """,
    ),
    # 32 fintech, Gmail history: the draft answers the OLD quoted question, not the new one
    case(
        """
        Hi,

        Thanks, the card arrived. ⟦How do I set the PIN?⟧ There's nothing about it in the letter.

        Kwame

        On Thu, 3 Dec 2026 at 12:11, Kwame Mensah <kwame.m@example.com> wrote:
        > Hi, when will my replacement card arrive? It's been a week.
        """,
        [F], ["how"],
        """
        Hi Kwame,

        Replacement cards are usually delivered within 5–7 working days of ordering. Glad to hear yours has arrived safely!‸

        Best,
        Finch Money Support
        """,
    ),
    # 33 vet: same-day appointment and price, both answered
    case(
        """
        Hi,

        Our cat Miso has stopped eating since yesterday and is hiding under the bed. ⟦Can we get an appointment today?⟧ ⟦How much is an emergency consultation?⟧

        Thanks,
        Kenji
        """,
        [T, T], ["yes/no", "how much"],
        """
        Hi Kenji,

        I'm sorry Miso isn't feeling well. We can see her today at 3:15 pm with Dr Patel. An urgent same-day consultation is £68, and any tests or medication would be extra; we'll talk you through costs before doing anything.

        Take care,
        Holly
        Willowbank Vets
        """,
    ),
    # 34 school, Gmail history: the school's quoted request has been dealt with; nothing new asked
    case(
        """
        Dear Mrs Okafor,

        Thank you, that answers everything. Leo will bring the signed consent form on Monday.

        Kind regards,
        Sarah Whitfield

        On Fri, 4 Dec 2026 at 15:30, St Anne's Primary Office <office@stannes.example.sch.uk>
        wrote:
        > Dear Mrs Whitfield,
        >
        > The trip to the Science Museum leaves at 8:15 am and returns by 4 pm. Children need a packed lunch. Could you return the consent form by Wednesday 9 December?
        >
        > Kind regards,
        > Mrs Okafor
        > School Office
        """,
        [], [],
        """
        Dear Mrs Whitfield,

        Thank you, Monday is perfect. Leo's class teacher will collect it at registration.

        Kind regards,
        Mrs Okafor
        School Office
        """,
        quoted_only=True,
    ),
    # 35 cleaning company: insurance question skipped
    case(
        """
        Hi,

        We're looking for a cleaner for a 3-bed house in Didsbury. ⟦Can you do fortnightly visits?⟧ ⟦Do your cleaners bring their own products and equipment?⟧ ⟦Are they insured?⟧

        Thanks,
        Alice Brooks
        """,
        [T, T, F], ["yes/no", "yes/no", "yes/no"],
        """
        Hi Alice,

        Yes, we do fortnightly cleans: a 3-bed house usually takes three hours, at £19 an hour. Our cleaners bring all their own eco-friendly products, vacuum and mops.‸

        Best,
        Sparkle & Shine Cleaning
        0161 496 0621
        """,
    ),
    # 36 SaaS API: signature with "--" and a disclaimer that holds requests
    case(
        """
        Hi team,

        We're hitting 429 errors on the /v2/orders endpoint. ⟦What's the rate limit on the Growth plan?⟧ ⟦Is there a way to raise it temporarily for our January sale?⟧

        Thanks,
        Wei Zhang
        --
        Lead Engineer, Brightcart Ltd
        12 Canal Wharf, Leeds
        This message may contain confidential information. If you are not the intended recipient, please delete it and let us know. Can't read this email? View it in your browser.
        """,
        [T, T], ["how much", "yes/no"],
        """
        Hi Wei,

        The Growth plan allows 120 requests per minute per API key. For your January sale we can raise that to 300 per minute for up to 14 days; reply with the dates and the key's name and I'll set it up.

        Best,
        Priya
        Tally Developer Support
        """,
    ),
    # 37 travel agent: pushchair question skipped
    case(
        """
        Hi Sunway Travel,

        Our booking SW-55821 to Tenerife leaves Manchester on 27 December. ⟦Which terminal do we fly from?⟧ ⟦How much hold luggage is included?⟧ We're taking a pushchair too — ⟦does that count towards the allowance?⟧

        Thanks,
        Laura Quinn
        """,
        [T, T, F], ["which", "how much", "yes/no"],
        """
        Hi Laura,

        Thanks for booking with Sunway! Your flight SW2241 departs Manchester at 07:15 on 27 December from Terminal 2, so please allow plenty of time. Your package includes 20 kg of hold luggage per person.‸

        Have a wonderful trip,
        Jake
        Sunway Travel
        """,
    ),
    # 38 bakery: two change requests, done
    case(
        """
        Morning!

        ⟦Please can I change Saturday's collection from 10 am to 2 pm?⟧ Order number is BK-7731. And ⟦could you write "Happy Retirement, Jan" on the cake rather than just "Congratulations"?⟧

        Thanks,
        Rhiannon
        """,
        [T, T], ["request", "request"],
        """
        Hi Rhiannon,

        All done: your collection is now at 2 pm on Saturday, and the cake will say "Happy Retirement, Jan".

        See you Saturday,
        Gwen
        Crumb & Co. Bakery
        """,
    ),
    # 39 SaaS seats: "send an updated quote" forgotten
    case(
        """
        Hello,

        We're adding three new starters on 4 January. ⟦Please add three more seats to our Team plan from that date⟧, and ⟦send an updated quote to our accounts team.⟧ ⟦Will the price per seat stay at £12?⟧

        Regards,
        Imogen Hart
        Ridgeway Architects
        """,
        [T, F, T], ["request", "request", "yes/no"],
        """
        Hi Imogen,

        I've scheduled three extra seats to be added to your Team plan on 4 January; the new starters will get their invitations that morning. The per-seat price stays at £12 a month until your annual renewal in June.‸

        Best,
        Sam
        Tally Support
        """,
    ),
    # 40 invoice reminder: only the sign-off line holds a request, and the quoted reminder a question
    case(
        """
        Payment made today, reference INV-3390.

        Regards,
        Lyndon Pryce

        Sent from my iPhone
        Please consider the environment before printing this email.

        On Mon, 7 Dec 2026 at 10:00, Accounts <accounts@inkwellprint.example.co.uk> wrote:
        > Dear Mr Pryce,
        >
        > Invoice INV-3390 for £412.80 is now 14 days overdue. Could you let us know when payment will be made?
        >
        > Accounts Team, Inkwell Print
        """,
        [], [],
        """
        Dear Mr Pryce,

        Thank you, we've received your payment of £412.80 and marked INV-3390 as paid.

        Kind regards,
        Accounts Team
        Inkwell Print
        """,
        quoted_only=True,
    ),
    # 41 restaurant: dress code answered, nut allergy and high chair skipped
    case(
        """
        Hi!

        Booking for Sunday lunch for 6 under Patel 🍽️ ⟦Can the kitchen cater for a severe nut allergy?⟧ ⟦Is there a dress code?⟧ ⟦Do you have a high chair?⟧

        Thanks,
        Ravi
        """,
        [F, T, F], ["yes/no", "yes/no", "yes/no"],
        """
        Hi Ravi,

        Thanks for your booking! There's no dress code at all, so come as you are.‸ We look forward to seeing you all on Sunday.

        Best,
        Marco
        Trattoria Lucca
        """,
    ),
    # 42 pet groomer: emoji between the questions
    case(
        """
        Hi, ⟦which groomer did Bailey see last time?⟧ We'd love to book with the same person 🐶 ⟦Is there anything free on the 19th?⟧

        Thanks!
        Nina
        """,
        [T, T], ["which", "yes/no"],
        """
        Hi Nina,

        Bailey saw Chloe last time, and she has a slot at 11 am on Saturday 19 December. Shall I book it for you?

        Thanks,
        Paws & Suds
        """,
    ),
    # 43 boiler repair: "when" skipped, charge question answered
    case(
        """
        Hi,

        The boiler is still showing error F28 after your engineer's visit on Monday. ⟦When can someone come back out?⟧ ⟦Will I be charged for the second visit?⟧

        Thanks,
        Aisha Rahman
        """,
        [F, T], ["when", "yes/no"],
        """
        Hi Aisha,

        I'm sorry the boiler is still playing up. F28 means the boiler isn't detecting a flame, which is often down to the gas supply or a faulty ignition lead.‸ There's no charge for a return visit within 30 days of the original repair.

        Best regards,
        Becky
        HeatRight Plumbing & Heating
        """,
    ),
    # 44 council tax: one question, dodged with general information
    case(
        """
        Dear Council Tax team,

        I'm a full-time student living alone. ⟦Am I exempt from council tax?⟧

        Kind regards,
        Joel Fisher
        """,
        [F], ["yes/no"],
        """
        Dear Mr Fisher,

        Thank you for contacting Northvale District Council. Council tax helps pay for local services such as bin collections, libraries and street lighting. You can find more information about council tax on our website.‸

        Kind regards,
        Council Tax Team
        """,
    ),
    # 45 online course: "why" answered, refund refused (answered)
    case(
        """
        Hello,

        ⟦Why was I charged £29 on 1 December?⟧ I thought I had cancelled my subscription in November. ⟦Please refund the payment.⟧

        Regards,
        Marta Silva
        """,
        [T, T], ["why", "request"],
        """
        Dear Marta,

        The £29 charge on 1 December is your monthly renewal: the cancellation in November was started but not confirmed, so the subscription stayed active. I can see the confirmation step is easy to miss, and I've cancelled the subscription for you now. I'm afraid we can't refund the December payment, as the course materials were accessed on 2 December, but you'll keep full access until 31 December.

        Kind regards,
        Jonas
        LearnLoop Support
        """,
    ),
    # 46 wedding photographer: emoji in thread and draft; previews request skipped
    case(
        """
        Hi Zoe,

        We're so happy with the wedding day, thank you! 😍 ⟦Roughly when will the full gallery be ready?⟧ And ⟦could you send a few previews for our parents before Christmas?⟧

        Love,
        Hattie & Sam
        """,
        [T, F], ["when", "request"],
        """
        Hi Hattie and Sam,

        It was such a joy to photograph your day! 💛 The full gallery takes about eight weeks, so expect it by the end of February.‸

        Lots of love,
        Zoe
        """,
    ),
    # 47 Outlook history only: the agent's quoted question has been acted on
    case(
        """
        Great, I've booked the 10:30 slot online.

        Thanks,
        Farah

        -----Original Message-----
        From: Studio Eleven Hair <hello@studioeleven.example.co.uk>
        Sent: Wednesday, December 9, 2026 1:17 PM
        To: Farah Iqbal <farah.iqbal@example.com>
        Subject: RE: Colour appointment

        Hi Farah,

        Would you prefer a morning or an afternoon slot with Jade? You can book online at studioeleven.example.co.uk/book, or reply and we'll book it for you.

        Lou
        """,
        [], [],
        """
        Hi Farah,

        Perfect, we can see your booking for 10:30. Please come in 48 hours before for a patch test if you haven't had colour with us in the last six months.

        Lou
        Studio Eleven Hair
        """,
        quoted_only=True,
    ),
    # 48 electronics shop: warranty talked about without answering; repair address given
    case(
        """
        Hello,

        The screen on my ZenBook (bought from you in March 2025, order 88-2291) has started flickering. ⟦Is it still under warranty?⟧ ⟦Where do I send it for repair?⟧

        Thanks,
        Peter Hughes
        """,
        [F, T], ["yes/no", "where"],
        """
        Dear Peter,

        Sorry to hear about the flickering screen. All our laptops come with a manufacturer's warranty, and many customers also choose our three-year CarePlus cover for extra peace of mind.‸ The repairs centre's address and a free postage label are on the repair form at techhub.example.co.uk/repairs.

        Kind regards,
        Dylan
        TechHub
        """,
    ),
    # 49 gym membership: "Can you tell me whether" + "If so, for how long?"
    case(
        """
        Hi,

        I'm having knee surgery on 6 January. ⟦Can you tell me whether I can freeze my membership while I recover?⟧ ⟦If so, for how long?⟧

        Thanks,
        Patrick Doyle
        """,
        [T, T], ["yes/no", "when"],
        """
        Hi Patrick,

        Yes, you can freeze it for up to three months with a GP or consultant's note, free of charge. Just drop the note in at reception or email it to us and we'll pause your payments from the date of the surgery.

        Wishing you a smooth recovery,
        Carla
        Ironworks Gym
        """,
    ),
    # 50 vet: "a monthly fee" is not a price for the vaccination course
    case(
        """
        Hi,

        We're picking up our cocker spaniel puppy on 2 January! 🐾 ⟦Which vaccinations does she need before she can go out for walks?⟧ ⟦How much is the puppy vaccination course?⟧ ⟦Do you offer a health plan that includes them?⟧

        Thanks,
        Megan
        """,
        [T, F, T], ["which", "how much", "yes/no"],
        """
        Hi Megan,

        Congratulations on your new puppy! She'll need two vaccinations against distemper, parvovirus, hepatitis and leptospirosis, given two to four weeks apart, and she can go out for walks a week after the second one.‸ Our Healthy Pet Club covers all her vaccinations, flea and worm treatment, and a six-monthly check-up for a monthly fee.

        Best wishes,
        Greenfield Vets
        """,
    ),
    # 51 B&B: late checkout skipped
    case(
        """
        Hello,

        ⟦Do you have a double room free from 14 to 16 February?⟧ It's our anniversary. ⟦Is breakfast included in the price⟧ and ⟦would a late checkout on the Tuesday be possible?⟧

        Best wishes,
        Carol & Mike
        """,
        [T, T, F], ["yes/no", "yes/no", "yes/no"],
        """
        Hi Carol and Mike,

        Happy anniversary in advance! Yes, our Sea View double is free for both nights, at £135 a night including a full cooked or continental breakfast.‸ Would you like me to hold it for you?

        Warm regards,
        Jenny
        Seaholme B&B
        """,
    ),
    # 52 council planning: the council's quoted requests, none new
    case(
        """
        Dear Mr Blake,

        I've now uploaded the revised drawings to the planning portal as requested, under application 26/01184/HH.

        Regards,
        Susan Ward

        On Tue, 1 Dec 2026 at 14:26, Planning <planning@northvale.example.org> wrote:
        > Dear Mrs Ward,
        >
        > Please upload revised drawings showing the ridge height of the extension. Can you also confirm the roof tiles will match the existing house?
        >
        > Regards,
        > Tom Blake, Planning Officer
        """,
        [], [],
        """
        Dear Mrs Ward,

        Thank you, I can see the revised drawings on the portal. I'll review them this week and let you know if anything else is needed.

        Regards,
        Tom Blake
        Planning Officer, Northvale District Council
        """,
        quoted_only=True,
    ),
    # 53 software bug: "working on it" is not a "when"
    case(
        """
        Hi,

        Since this morning's update the calendar sync with Outlook has stopped working for our whole team. ⟦When will it be fixed?⟧ ⟦Is our data safe in the meantime?⟧

        Thanks,
        Nadia Rahimi
        Operations, Clearview Dental Group
        """,
        [F, T], ["when", "yes/no"],
        """
        Hi Nadia,

        Thanks for reporting this, and sorry for the disruption. Our engineers are aware of the Outlook sync issue and are actively working on it; you can follow progress on status.tally.example.com.‸ Your data is completely safe: events are stored in your Tally calendar and will sync across as soon as the connection is restored.

        Best,
        Sam
        Tally Support
        """,
    ),
    # 54 estate agent: signature with a mobile number
    case(
        """
        Hi,

        I'd like to view the two-bedroom flat on Carver Street (ref CS-118). ⟦Are there any viewings on Saturday morning?⟧ ⟦Is the flat still available from February?⟧

        Many thanks,
        Tariq Aziz
        Mob: 07700 900456
        """,
        [T, T], ["yes/no", "yes/no"],
        """
        Hi Tariq,

        Yes, the flat is still available from 1 February. We have viewings on Saturday at 10:00 and 11:30 am; shall I put you down for 10:00?

        Kind regards,
        Ruby
        Carver & Lane Estate Agents
        """,
    ),
    # 55 energy supplier, Outlook history: thanks for the reading, but no direct debit amount
    case(
        """
        Hi,

        The meter reading is attached. ⟦Can you confirm my new monthly direct debit amount?⟧

        Regards,
        Frank Dobson

        From: Northvale Energy <help@northvale-energy.example.com>
        Sent: Wednesday, December 2, 2026 2:47 PM
        To: Frank Dobson <frank.dobson@example.com>
        Subject: Your account review

        Dear Mr Dobson,

        We're reviewing your direct debit. Could you send us a meter reading taken this week? Please include a photo of the meter if you can.

        Kind regards,
        Customer Care
        """,
        [F], ["how much"],
        """
        Dear Mr Dobson,

        Thank you for sending your meter reading, which we've now added to your account.‸

        Kind regards,
        Customer Care
        Northvale Energy
        """,
    ),
    # 56 leisure centre, forwarded message: the neighbour's question is answered, the customer's refund question not
    case(
        """
        Hi there,

        My neighbour sent me this — ⟦is it true that the leisure centre pool is closing in January?⟧ 😟 ⟦If so, will my swim membership be refunded?⟧

        Thanks,
        Gill

        ---------- Forwarded message ---------
        From: Pam Rigby <pam.rigby@example.com>
        Date: Sat, 5 Dec 2026 at 19:44
        Subject: Pool!!
        To: Gill Haworth <gill.h@example.com>

        Gill, have you seen this? Apparently they're shutting the pool for repairs. What will we do for aqua aerobics?!
        """,
        [T, F], ["yes/no", "yes/no"],
        """
        Dear Gill,

        Thank you for your email. The main pool will close from 11 January for around twelve weeks while the roof is repaired. Aqua aerobics will move to the learner pool at the same times during the closure.‸

        Kind regards,
        Customer Services
        Northvale Leisure Centre
        """,
    ),
    # 57 kids' party venue: four questions, the last two skipped; emoji in both texts
    case(
        """
        Hi,

        I'm planning my son's 7th birthday for Saturday 23 January 🎈 ⟦Is that date free?⟧ ⟦How many children can come on the standard package?⟧ ⟦Can we bring our own food?⟧ And ⟦do parents have to pay to come in?⟧

        Thanks!
        Leanne
        """,
        [T, T, F, F], ["yes/no", "how much", "yes/no", "yes/no"],
        """
        Hi Leanne,

        Thanks for thinking of us for the big day! 🎉 Saturday 23 January is free for the 1 pm or 3:30 pm slot. The standard package covers up to 15 children, with 90 minutes of play and 30 minutes in the party room.‸

        Let me know which slot you'd like and I'll pencil it in.

        Jumping Jacks Soft Play
        """,
    ),
    # 58 MOT: three questions in two sentences, all answered
    case(
        """
        Hello,

        My car's MOT runs out on 20 December. ⟦Can you fit it in before then?⟧ ⟦How long does it usually take⟧, and ⟦can I wait at the garage?⟧

        Thanks,
        Sheila
        """,
        [T, T, T], ["yes/no", "when", "yes/no"],
        """
        Hi Sheila,

        We can do Thursday 17 December at 9 am. An MOT takes about 45 minutes, and you're welcome to wait in our customer lounge; there's free tea and Wi-Fi.

        Thanks,
        Rob
        Castle Street Motors
        """,
    ),
    # 59 letting agent: "why" answered, request for photos deflected
    case(
        """
        Dear Harlow Lettings,

        ⟦Why has £150 been deducted from my deposit?⟧ The inventory at check-out didn't mention any damage. ⟦Please send me the photos the deduction is based on.⟧

        Regards,
        Amira Haddad
        """,
        [T, F], ["why", "request"],
        """
        Dear Ms Haddad,

        The £150 deduction is for professional carpet cleaning in the living room and bedroom, which clause 14 of the tenancy agreement requires at the end of the tenancy. If you'd like to dispute it, you can raise it with the deposit protection scheme, and we'll share our evidence with them.‸

        Yours sincerely,
        Harlow Lettings
        """,
    ),
    # 60 broadband, forwarded message for reference only
    case(
        """
        Hello,

        Forwarding my husband's email for reference. He's the account holder and is happy for you to talk to me about the account from now on.

        Kind regards,
        Janet Okoye

        ---------- Forwarded message ---------
        From: Chidi Okoye <chidi.okoye@example.net>
        Date: Sun, 6 Dec 2026 at 21:05
        Subject: Broadband
        To: Janet Okoye <janet.okoye@example.net>

        Hi love, can you sort out the broadband upgrade with them? What speed did they offer us? I'm happy for you to deal with it.

        Chidi
        """,
        [], [],
        """
        Dear Janet,

        Thank you for sending this over. I've added you as an authorised contact on the account, so you can manage it with us from now on.

        Kind regards,
        Alisha
        Northvale Broadband
        """,
        quoted_only=True,
    ),
    # 61 festival ticket: transfer answered, fee skipped; emoji before both questions
    case(
        """
        Hiya 👋

        ⟦Can I transfer my weekend ticket to my sister?⟧ I can't make it anymore 😭 ⟦Is there a fee for changing the name?⟧

        Ta,
        Jodie
        """,
        [T, F], ["yes/no", "yes/no"],
        """
        Hi Jodie,

        Sorry you can't make it! Yes, you can transfer your ticket: log in to your account, choose "Transfer ticket" and enter your sister's name and email address.‸

        Cheers,
        Brightfields Festival
        """,
    ),
    # 62 library: "where" and a fines question
    case(
        """
        Hello,

        ⟦Where can I return library books now that the Market Street branch is closed for refurbishment?⟧ ⟦Will I be fined if mine are late because of the closure?⟧

        Thank you,
        Dorothy Green
        """,
        [T, T], ["where", "yes/no"],
        """
        Dear Mrs Green,

        You can return books to any Northvale library, or use the drop box outside the Market Street branch, which is still emptied every morning. No fines are being charged on items due during the closure.

        Kind regards,
        Library Services
        """,
    ),
    # 63 wholesale supplier: a generic "we're looking into this" answers nothing
    case(
        """
        Hi,

        Our order PO-7781 (40 cases of oat milk) hasn't arrived and it was due yesterday. ⟦Where is it?⟧ ⟦Will it be here before the weekend?⟧ We're running out at all three cafés.

        Thanks,
        Ollie
        Ollie Grant | Operations
        Bean There Coffee Co.
        0161 496 0455
        """,
        [F, F], ["where", "yes/no"],
        """
        Hi Ollie,

        Thanks for your email, and sorry for the inconvenience. We value your business and we're looking into this.‸

        Kind regards,
        Oatfield Wholesale
        """,
    ),
    # 64 florist: emoji before the questions; invoice, deposit date and swap all answered
    case(
        """
        Hi Rosa!! 💐

        We absolutely loved the sample bouquet. ⟦Could you send over the final invoice⟧ and ⟦let me know when the deposit is due?⟧ Also ⟦is it possible to swap the eucalyptus for olive branches?⟧

        Thank you!!
        Jess & Amir
        """,
        [T, T, T], ["request", "when", "yes/no"],
        """
        Hi Jess and Amir,

        So glad you loved it! 🌿 The final invoice is attached. The 30% deposit is due by 15 January, and the balance two weeks before the wedding. Olive branches are no problem at all; I've updated the order, and the invoice already reflects the swap.

        Lots of love,
        Rosa
        Wild Rosa Florals
        """,
    ),
    # 65 tutoring agency: price skipped
    case(
        """
        Hello,

        My son is sitting his maths GCSE in May and is struggling with algebra. ⟦Could you recommend a tutor?⟧ ⟦Do your tutors work online or in person?⟧ ⟦What do you charge per hour?⟧

        Best,
        Yvonne Clarke
        """,
        [T, T, F], ["request", "which", "how much"],
        """
        Dear Yvonne,

        I'd recommend Mr Okoro, who has tutored GCSE maths for nine years and specialises in algebra. Our tutors work both online and in person; Mr Okoro is based in Sale and can come to your home or meet on Zoom.‸

        Kind regards,
        Brightpath Tutors
        """,
    ),
    # 66 garage: "You can pick it up after 4 pm" answers "Is it ready?"; bill and rattle skipped
    case(
        """
        Hi Rob,

        ⟦Is the Golf ready yet?⟧ ⟦How much is the final bill?⟧ And ⟦did you manage to sort the rattle from the dashboard?⟧

        Cheers,
        Steve
        """,
        [T, F, F], ["yes/no", "how much", "yes/no"],
        """
        Hi Steve,

        You can pick the Golf up any time after 4 pm today; the service and new brake pads are all done.‸

        Cheers,
        Rob
        Castle Street Motors
        """,
    ),
    # 67 thank-you note with a rhetorical question: nothing to answer
    case(
        """
        Hi Studio Eleven,

        Just wanted to say a massive thank you to Amy for my hair yesterday ✨ Who knew a fringe could make me feel this good? I've had so many compliments already.

        See you in six weeks!
        Priya
        """,
        [], [],
        """
        Hi Priya,

        Thank you so much for taking the time to write! I've passed your message on to Amy, and she's thrilled. See you in six weeks ✨

        Lou
        Studio Eleven Hair
        """,
    ),
    # 68 accountant: both answered by a dated follow-up ("I'll confirm ... by Wednesday 16 December")
    case(
        """
        Hi Alan,

        ⟦Can you confirm how much I owe for the January self-assessment payment?⟧ ⟦Please send me the payment reference as well.⟧

        Thanks,
        Grace
        """,
        [T, T], ["how much", "request"],
        """
        Hi Grace,

        I'm waiting for HMRC to update your account with the second payment on account, so I'll confirm the exact amount and send you the payment reference by Wednesday 16 December.

        Best regards,
        Alan Birch
        Birch Accounts
        """,
    ),
    # 69 bookshop: school discount answered, invoicing request skipped; disclaimer holds a question
    case(
        """
        Dear Pageturner Books,

        We'd like to order 30 copies of "The Lost Orchard" for our Year 8 reading programme. ⟦Do you offer a school discount?⟧ ⟦Please could you invoice the school rather than taking card payment?⟧

        Kind regards,
        Mr D. Evans
        Librarian, Westfield Academy
        Tel: 020 7946 0733

        Westfield Academy is a charity registered in England. This email and any files transmitted with it are confidential. If you have received this email in error, please tell us immediately by replying to this email and then delete it. Have you read our privacy notice? Visit westfield.example.sch.uk/privacy.
        """,
        [T, F], ["yes/no", "request"],
        """
        Dear Mr Evans,

        Thank you for your order enquiry. We offer schools 20% off orders of ten or more copies, so 30 copies of "The Lost Orchard" would come to £167.76 with free delivery.‸

        Kind regards,
        Hannah
        Pageturner Books
        """,
    ),
    # 70 hair salon: apology and pleasantries, no answer to either
    case(
        """
        Hi,

        I was charged a £20 no-show fee yesterday but I cancelled by phone on Monday. ⟦Why was I charged?⟧ ⟦Please refund it.⟧

        Zara
        """,
        [F, F], ["why", "request"],
        """
        Hi Zara,

        I'm really sorry for the confusion over your appointment, and thanks for letting us know.‸ We always try to keep our clients happy, and we hope to see you again soon.

        Lou
        Studio Eleven Hair
        """,
    ),
    # 71 car hire: one sentence, three questions, all answered
    case(
        """
        Hi,

        I'm collecting a car from your Glasgow Airport desk on 22 December. ⟦How much is the security deposit⟧, ⟦which documents do I need to bring⟧ and ⟦can my partner be added as a second driver?⟧

        Many thanks,
        Ewan
        """,
        [T, T, T], ["how much", "which", "yes/no"],
        """
        Hi Ewan,

        The security deposit is £250, held on a credit card in the main driver's name and released when the car is returned. Please bring your driving licence, that card, and proof of address dated within the last three months. Your partner can be added as a second driver at the desk for £12 a day, as long as they bring their own licence.

        Safe travels,
        Kirsty
        Skyline Car Hire
        """,
    ),
    # 72 fitness app: "I was wondering whether" skipped, "how to cancel" answered
    case(
        """
        Hi,

        ⟦I was wondering whether the app works with Garmin watches.⟧ ⟦If not, could you tell me how to cancel my free trial before it converts?⟧

        Thanks,
        Chris
        """,
        [F, T], ["yes/no", "how"],
        """
        Hi Chris,

        ‸You can cancel your free trial any time before it converts: in the app, go to Profile > Subscription > Cancel trial, and you won't be charged.

        Happy training,
        Stride Support
        """,
    ),
    # 73 care home: dog visit skipped
    case(
        """
        Dear Rosewood House,

        My mother, Edna Price, is a resident in the Lilac wing. ⟦What are the visiting hours on Christmas Day?⟧ ⟦Could we bring her dog, Biscuit, to visit?⟧ She misses him terribly.

        With thanks,
        Gareth Price
        """,
        [T, F], ["when", "yes/no"],
        """
        Dear Mr Price,

        Thank you for getting in touch. Christmas Day visiting is from 10 am to 7 pm, and we're serving Christmas lunch at 12:30 if you'd like to join Edna; just let us know by 18 December.‸

        Warm regards,
        Rosewood House
        """,
    ),
    # 74 driving school: both answered
    case(
        """
        Hi,

        ⟦How many lessons do most people need before the test?⟧ I've had about 10 hours with my dad. ⟦Do you offer intensive courses over the Easter holidays?⟧

        Cheers,
        Kieran
        """,
        [T, T], ["how much", "yes/no"],
        """
        Hi Kieran,

        It varies a lot, but most of our learners with some private practice need around 20 to 30 hours of lessons before they're test-ready. We run intensive courses over the Easter holidays: 25 hours across five days, plus a test if one is available.

        Best,
        Lorraine
        Clearway Driving School
        """,
    ),
    # 75 removals: "competitive pricing" is not a price
    case(
        """
        Hi,

        ⟦Could you give me a rough price for moving a two-bed flat from Leeds to York?⟧ ⟦Do you supply packing boxes?⟧ ⟦Are you free on Friday 29 January?⟧

        Thanks,
        Sunil
        """,
        [F, T, T], ["how much", "yes/no", "yes/no"],
        """
        Hi Sunil,

        Thanks for your enquiry! We pride ourselves on competitive, transparent pricing with no hidden extras.‸ We can supply packing boxes and tape, delivered a week before your move. Friday 29 January is available at the moment.

        Best,
        Ace Removals
        """,
    ),
    # 76 IT export, forwarded message: the accountant's forwarded question is not listed
    case(
        """
        Hi,

        See the message below from our accountant. ⟦Could you export our 2026 transactions as a CSV so I can pass them on?⟧

        Thanks,
        Grace

        ---------- Forwarded message ---------
        From: Alan Birch <alan@birchaccounts.example.co.uk>
        Date: Tue, 8 Dec 2026 at 14:03
        Subject: Year-end figures
        To: Grace Kim <grace@example.com>

        Hi Grace,

        Can you get me a full export of this year's transactions? Also, do you know if the January invoices will be in the same format?

        Alan
        """,
        [T], ["request"],
        """
        Hi Grace,

        I've attached a CSV of all your 2026 transactions up to 8 December. You can also run the same export yourself any time from Reports > Transactions > Export.

        Best,
        Sam
        Tally Support
        """,
    ),
    # 77 theatre box office: step-free question answered indirectly, swap done, toilet skipped
    case(
        """
        Hi,

        I booked 4 tickets for the panto on 20 December (booking 55190). One of our party uses a wheelchair. ⟦Are the seats in row F step-free?⟧ ⟦If not, could we swap to the wheelchair spaces?⟧ ⟦Is there an accessible toilet on that level?⟧

        Thanks,
        Morag
        """,
        [T, T, F], ["yes/no", "request", "yes/no"],
        """
        Dear Morag,

        Thank you for letting us know. Row F is reached by six steps, so I've moved your party to the wheelchair space in row K with three seats alongside; your new tickets are attached.‸

        Enjoy the show,
        Box Office
        Northvale Playhouse
        """,
    ),
    # 78 holiday cottage: both answered
    case(
        """
        Hello Mrs Trelawny,

        We arrive at Gull Cottage on Friday evening. ⟦Where do we collect the keys?⟧ ⟦Is it OK to bring our dog?⟧ He's a very calm old spaniel!

        Best wishes,
        Fran
        """,
        [T, T], ["where", "yes/no"],
        """
        Hi Fran,

        The keys are in the key safe to the left of the front door; the code is 4471. Dogs are very welcome, and there's a towel and a water bowl in the utility room for him.

        Have a lovely stay,
        Morwenna Trelawny
        """,
    ),
    # 79 window company: "as soon as possible" is not a "when"
    case(
        """
        Hello,

        The replacement glass for the cracked kitchen window was meant to be fitted last week. ⟦When are the fitters coming?⟧ ⟦Do I need to be home?⟧

        Regards,
        Irene Walsh
        """,
        [F, T], ["when", "yes/no"],
        """
        Dear Mrs Walsh,

        I'm sorry for the delay with your replacement glass. The fitters will be with you as soon as possible.‸ You don't need to be home, as long as they can reach the window from outside.

        Kind regards,
        ClearView Windows
        """,
    ),
    # 80 coworking space, Gmail history: the agent's quoted question is not listed; dog question skipped
    case(
        """
        Hi Jo,

        Thanks for the tour yesterday! A couple of things I forgot to ask: ⟦is 24/7 access included in the hot-desk membership?⟧ And ⟦can I bring my dog in?⟧ She's very quiet, promise 🐕

        Tom

        On Mon, 7 Dec 2026 at 17:05, Jo Lambert <jo@hivespace.example.com> wrote:
        > Hi Tom,
        >
        > Lovely to meet you today. Shall I hold a hot desk for you from 1 January? Let me know and I'll send the agreement.
        >
        > Jo
        """,
        [T, F], ["yes/no", "yes/no"],
        """
        Hi Tom,

        Great to show you round! Hot-desk members get access from 7 am to 10 pm on weekdays; 24/7 access comes with the dedicated-desk plan at £280 a month.‸

        Jo
        Hive Space
        """,
    ),
    # 81 GP surgery: either/or question answered; results request refused with an alternative
    case(
        """
        Hello,

        ⟦Can I get my flu jab at the surgery, or do I have to go to a pharmacy?⟧ I'm 67. Also, ⟦please could you send me a copy of my latest blood test results?⟧

        Thank you,
        Brian Foster
        """,
        [T, T], ["which", "request"],
        """
        Dear Mr Foster,

        You can have your flu jab here at the surgery: we're running walk-in flu clinics every Saturday morning until the end of December, from 9 am to 12 pm. For data protection reasons we can't email test results, but you can view them in the NHS App, or collect a printed copy from reception with photo ID.

        Kind regards,
        Reception Team
        Millbrook Medical Centre
        """,
    ),
    # 82 print shop: proof request skipped
    case(
        """
        Hi,

        We need 500 business cards for our new bakery. ⟦Can you print on recycled card?⟧ ⟦What's the turnaround time?⟧ ⟦Please send us a proof before anything goes to print.⟧

        Thanks,
        Gwen Morris
        Crumb & Co. Bakery
        """,
        [T, T, F], ["yes/no", "when", "request"],
        """
        Hi Gwen,

        Congratulations on the new bakery! Yes, all our business cards can be printed on 100% recycled 400gsm card at no extra cost. Turnaround is three working days from your order.‸

        Best,
        Inkwell Print
        """,
    ),
    # 83 solicitor: "how much ... and how long ..." in one sentence; duration skipped
    case(
        """
        Dear Ms Ellery,

        We've had an offer accepted on a flat in Chorlton for £245,000. ⟦Could you let us know how much your conveyancing fees would be⟧ and ⟦how long the process usually takes?⟧

        Kind regards,
        Nathan and Priya Shah
        """,
        [T, F], ["how much", "when"],
        """
        Dear Nathan and Priya,

        Congratulations on your offer being accepted! Our fixed fee for a leasehold purchase at that price is £1,150 plus VAT, with searches and Land Registry fees on top; I've attached a full breakdown.‸

        Kind regards,
        Claire Ellery
        Ellery & Finch Solicitors
        """,
    ),
    # 84 pharmacy: advice about the drug, not whether the prescription is ready
    case(
        """
        Hi,

        ⟦Is my repeat prescription ready to collect?⟧ It's for amlodipine, under the name Harold Jones.

        Thanks,
        Harold
        """,
        [F], ["yes/no"],
        """
        Dear Mr Jones,

        Thanks for your message. Amlodipine is usually taken once a day, and it's fine to take it with or without food.‸ Please remember to bring your exemption certificate when you collect.

        Kind regards,
        Millbrook Pharmacy
        """,
    ),
    # 85 swimming lessons: "I'd like to know which ... and whether ..."; same-class question skipped
    case(
        """
        Hello,

        My twins (5) are starting swimming lessons in January. ⟦I'd like to know which level they should start in⟧, as they can't swim at all yet, and ⟦whether they can be in the same class.⟧

        Thanks,
        Kirsty Doyle
        """,
        [T, F], ["which", "yes/no"],
        """
        Hi Kirsty,

        Complete beginners aged 4 to 6 start in Ducklings, our stage 1 class, where they learn to float and kick with support. Ducklings runs on Saturday mornings at 9, 9:30 and 10 am, with up to six children per class.‸

        Best wishes,
        Northvale Leisure Centre
        """,
    ),
    # 86 late-arrival notice: a statement, no question or request
    case(
        """
        Hi,

        Just to say I'm running about ten minutes late for my 3 pm appointment with Dr Lewis today. Traffic on the ring road is terrible.

        Sorry,
        Pauline Reeve
        """,
        [], [],
        """
        Hi Pauline,

        Thanks for letting us know, that's no problem at all. Dr Lewis will see you when you arrive.

        Kind regards,
        Reception
        Oakfield Dental Practice
        """,
    ),
    # 87 hotel, Outlook reply chain: newest message asks two things; the draft answers only the quoted ones
    case(
        """
        Hi Tomasz,

        Thanks for the quick reply, we'll sort breakfast out when we arrive. ⟦Is the restaurant open on Christmas Day for non-residents?⟧ And ⟦could you reserve a table for 4 at 1 pm if so?⟧ 🎄

        Best wishes,
        Lucy

        From: Harbourview Hotel <stay@harbourview.example.co.uk>
        Sent: Thursday, December 10, 2026 11:20 AM
        To: Lucy Brennan <lucy.brennan@example.com>
        Subject: RE: Booking HV-20931

        Dear Lucy,

        Your room is confirmed. Would you like to add breakfast to your booking? It's £14.50 per person.

        Tomasz
        """,
        [F, F], ["yes/no", "request"],
        """
        Dear Lucy,

        Breakfast is served from 7 am to 10:30 am in the Orangery, and you can add it at reception when you check in.‸

        Warm regards,
        Tomasz
        Harbourview Hotel
        """,
    ),
    # 88 school uniform shop: "Can you tell me" + "let me know"; both answered
    case(
        """
        Hi,

        ⟦Can you tell me when the new PE kit for Westfield Academy will be in stock?⟧ My son starts in January. ⟦Please could you also let me know whether the hoodie comes in age 9–10?⟧

        Anna Price
        """,
        [T, T], ["when", "yes/no"],
        """
        Hi Anna,

        The new Westfield PE kit arrives in store on 4 January, and you can order it online from the same day. The hoodie does come in age 9–10, and in every size from age 7 to adult XL.

        Best wishes,
        Uniform Hub
        """,
    ),
]
