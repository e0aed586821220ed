"""Apology: the customer complains or reports a failure, and the draft neither apologises nor
acknowledges it.

Positives are labelled on the whole draft (``whole_text: true``), so they carry no ⟦ ⟧ brackets.
Negatives: complaints met with an apology or an acknowledgement ("I understand how frustrating",
"that's not the experience we want"), and threads that are not complaints (questions, thanks) with
drafts that rightly do not apologise.
"""

from ._common import case

CATEGORY = "apology"

POSITIVE = [
    case(
        """
        Hi James,

        Please send the red kettle back using the label attached, and we'll dispatch the blue one once the courier has scanned the return. Return postage is free.

        Best,
        Kitchen Co. Support
        """,
        thread="""
        Hi,

        I ordered a blue kettle (order #48213) and received a red one. This is the second time you've sent the wrong colour. Really not impressed.

        James
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Ms Pike,

        The renovation work on the east wing runs until the end of the month. For future stays, you can request a room in the west wing when booking. Your invoice for the stay is attached.

        Kind regards,
        Guest Relations
        """,
        thread="""
        Hello,

        We stayed in room 214 last weekend and hardly slept. There was drilling from 7 am both days and nobody warned us when we booked. For what we paid, this was unacceptable.

        Regards,
        Sandra Pike
        """,
    ),
    case(
        """
        Hi Priya,

        The login service has been back up since 11:40 GMT. Users may need to clear their browser cache and sign in again. You can follow live status at status.tallyapp.io.

        Thanks,
        Tally Support
        """,
        thread="""
        Our whole team has been locked out of the dashboard since this morning. We have a client presentation at 2 pm. This is the third outage this month!

        --
        Priya Nair
        Head of Ops, Brightline
        """,
    ),
    case(
        """
        Hi Owen,

        Could you send us your order number or a photo of the receipt? Once we have it, we'll check what was packed.

        Thanks,
        Spice Route Takeaway
        """,
        thread="""
        Hi there, I picked up a takeaway last night and half the order was missing: no rice and no naan. I paid £38 for it. Not happy.

        Thanks,
        Owen
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Ms Duval,

        We have availability with Dr Reeves on Tuesday at 9:15 am or Thursday at 4:40 pm. Please reply with your preferred slot and we'll confirm it by text.

        Kind regards,
        Reception, Northfield Clinic
        """,
        thread="""
        I waited 55 minutes past my appointment time yesterday and was then told the doctor had gone home. I took the afternoon off work for this.

        Marianne Duval
        """,
    ),
    case(
        """
        Hi Tomasz,

        Bring the phone in any weekday between 10 am and 6 pm and a technician will inspect it. Please bring your repair receipt so we can check the warranty.

        Regards,
        QuickFix Phones
        """,
        thread="""
        My phone was "repaired" by you last week and the screen is already flickering again. I'm starting to think nobody actually fixed anything.

        Cheers,
        Tomasz
        """,
    ),
    case(
        """
        Hi Eleanor,

        I can see a cancellation request on your account from 14 January. The February charge of $12.99 has been refunded to your Visa card, and your account is now closed.

        Best,
        StreamBox Billing
        """,
        thread="""
        Hello,

        I cancelled my subscription in January and you've charged me AGAIN this month. I want this money back.

        Eleanor

        On 14 Jan 2025, at 18:02, StreamBox <help@streambox.tv> wrote:
        > Hi Eleanor,
        > We've received your request and your plan will end at the close of the billing period.
        > StreamBox Billing
        """,
    ),
    case(
        """
        Hi David,

        Please send us two photos, one of the mirror and one of the outer box. Once we receive them, we'll arrange a replacement or a refund, whichever you prefer.

        Thanks,
        Lumen Home
        """,
        thread="""
        The mirror arrived smashed. The box had no padding at all. Honestly, what were you thinking?

        Regards,
        David Lowe
        """,
    ),
    case(
        """
        Hi Kayla,

        The extra $216 was refunded this morning. Refunds take 3–5 business days to show, depending on your bank. A receipt for the correct amount is attached.

        Regards,
        Summit Gear
        """,
        thread="""
        You charged my card $240 instead of $24. I've now been hit with an overdraft fee. Fix this today.

        Kayla
        """,
        locale="en-US",
    ),
    case(
        """
        Dear Ms Ward,

        Could you tell us roughly what time your mother visited on Saturday? That will help us work out which member of staff was on duty.

        Kind regards,
        Practice Manager, Beech Lane Surgery
        """,
        thread="""
        The woman at your reception desk was incredibly rude to my elderly mother on Saturday. She rolled her eyes and told her to "read the sign".

        Best,
        Helen Ward
        """,
    ),
    case(
        """
        Hello,

        Saved recipes are stored in your account, so they can usually be restored. Go to Settings → Sync and tap Restore from cloud. If they don't appear after a few minutes, reply with the email address on your account.

        The Pantry App team
        """,
        thread="""
        Your latest update deleted all my saved recipes. Years of them. Gone.

        Sent from my iPhone
        """,
    ),
    case(
        """
        Hi Mark and Julie,

        Our records show the booking was made for a double room. The price difference of £35 has been refunded to the card you paid with.

        Regards,
        Reservations, The Old Mill Inn
        """,
        thread="""
        Hi,

        We booked a double room and were given a twin. When we asked at the desk, they said nothing could be done. We were celebrating our anniversary.

        Mark & Julie
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Raj,

        A heating engineer is booked for Wednesday. In the meantime, the showers in the pool changing area have hot water.

        Thanks,
        Front Desk, Core Fitness
        """,
        thread="""
        The showers in the men's changing room have been cold for two weeks now. I've mentioned it at the front desk three times.

        Raj
        """,
    ),
    case(
        """
        Hi Sofia,

        The videos need hardware acceleration turned on in your browser. In Chrome, open Settings → System, switch on "Use graphics acceleration when available" and restart the browser.

        Best,
        Learnwell Support
        """,
        thread="""
        I paid for the advanced course and half of the videos won't play. I've tried three different browsers.

        Thanks
        Sofia
        """,
    ),
    case(
        """
        Hi Francesca,

        The refund was issued on 3 June with reference RF-55120. Please check with your bank using that reference, as the money has left our account.

        Returns Team
        """,
        thread="""
        Hi,

        It's now been three weeks since you told me my refund was processed and I still have nothing. I've emailed twice already.

        Francesca

        On Mon, 3 Jun 2024 at 09:12, Returns Team <returns@shopwell.co.uk> wrote:
        > Hi Francesca,
        > Your refund has been processed and should arrive within 5 working days.
        > Returns Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Gareth,

        We photograph every car when it's dropped off. Could you send us a photo of the scratch so we can compare it with ours?

        Regards,
        Valley Motors Service Desk
        """,
        thread="""
        I dropped my car off for its MOT yesterday and you've given it back with a new scratch on the rear bumper.

        Gareth Hughes
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Nadia,

        The satay sauce is packed separately and labelled on the lid. Our full allergen list is on the menu page of our website.

        Thanks,
        Golden Lotus
        """,
        thread="""
        I specifically asked for no peanuts and the satay sauce was in the bag anyway. My son is allergic.

        Nadia
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Liam,

        Please restart your router and run the line test at myaccount.fibrenet.co.uk/test. Send us the test reference and we'll check the line from our side.

        Regards,
        FibreNet Support
        """,
        thread="""
        My broadband has dropped out every evening this week. I work from home and I can't keep doing this.

        Cheers,
        Liam
        """,
    ),
    case(
        """
        Hi Theo,

        Tickets need to be shown in the app rather than as screenshots. Your booking reference is TX-40918 if you need it in future.

        Best,
        Box Office, The Albany
        """,
        thread="""
        The tickets you emailed me didn't scan. We were turned away at the door and missed the first half of the show.

        Theo
        """,
    ),
    case(
        """
        Dear Ms Obi,

        The next available delivery slot is Saturday morning, between 7 am and 1 pm. Reply to this email to confirm and we'll book it in.

        Kind regards,
        Deliveries, Loft Living
        """,
        thread="""
        I took a day off work for the sofa delivery and nobody turned up. No call, no email, nothing.

        Regards,
        Amara Obi
        """,
    ),
    case(
        """
        Hi Louise,

        Silk can react to some deodorants during cleaning, which leaves a yellow mark. You're welcome to bring the blouse in and we'll take a look.

        Regards,
        Crest Dry Cleaners
        """,
        thread="""
        My silk blouse came back with a yellow stain that wasn't there before. It was a gift from my daughter.

        Louise
        """,
    ),
    case(
        """
        Hi Jess 👋

        Your parcel is with the courier and is due tomorrow. You can follow it with tracking number 1Z999AA10123456784.

        Cheers,
        Glow Skincare
        """,
        thread="""
        Still no sign of my order after 12 days. You said 3-5 days. 😡

        Jess
        """,
    ),
]

NEGATIVE = [
    case(
        """
        Hi Andrew,

        I'm sorry the grinder has given up so soon; that's not what you should expect at that price. I've arranged a replacement, and the courier will collect the faulty one when they drop it off.

        Best,
        Bean Machine Support
        """,
        thread="""
        Hi,

        My coffee grinder stopped working after two weeks. Pretty disappointed given what I paid.

        Best,
        Andrew
        """,
    ),
    case(
        """
        Dear Mr Castillo,

        Apologies for the broken air conditioning in room 508; a hot, sleepless night is the last thing you needed. We've refunded one night of your stay and passed your comments to our maintenance manager.

        Kind regards,
        Guest Relations
        """,
        thread="""
        The air conditioning in our room didn't work at all and it was 30 degrees. We barely slept. I expected better from a four-star hotel.

        Luis Castillo
        """,
    ),
    case(
        """
        Hi Hannah,

        I understand how frustrating it is to lose access right before a client meeting. Logins have been working again since 11:40 GMT, and our incident report will be on the status page tomorrow.

        Thanks,
        Tally Support
        """,
        thread="""
        We've been locked out of the dashboard all morning and had to cancel a client demo. What is going on?

        Hannah Reid
        Operations, Kestrel Studio
        """,
    ),
    case(
        """
        Hi Callum,

        That's not the experience we want anyone to have, especially when paying £38. We've refunded the rice and naan, plus the delivery charge.

        Thanks,
        Spice Route Takeaway
        """,
        thread="""
        Half my order was missing last night, no rice and no naan. £38 for half a meal.

        Callum
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Mrs Adeyemi,

        Thank you for telling us, and I'm very sorry you waited so long only to be sent away. I've booked you the first slot on Tuesday at 9:15 am with Dr Reeves and noted that you should be seen on time.

        Kind regards,
        Reception, Northfield Clinic
        """,
        thread="""
        I waited almost an hour yesterday and was then told the doctor couldn't see me. This is the second time.

        Folake Adeyemi
        """,
    ),
    case(
        """
        Hi Tomasz,

        That's really disappointing so soon after a repair, and I completely understand your frustration. Bring the phone in any weekday and we'll fix it under warranty at no cost.

        Regards,
        QuickFix Phones
        """,
        thread="""
        My phone was "repaired" by you last week and the screen is already flickering again. I'm starting to think nobody actually fixed anything.

        Cheers,
        Tomasz
        """,
    ),
    case(
        """
        Hi Eleanor,

        You're right: you canceled on 14 January and should not have been charged again. My apologies. The $12.99 has been refunded to your Visa card and your account is closed.

        Best,
        StreamBox Billing
        """,
        thread="""
        Hello,

        I cancelled my subscription in January and you've charged me AGAIN this month. I want this money back.

        Eleanor
        """,
    ),
    case(
        """
        Dear Ms Ward,

        I'm sorry your mother was treated that way; it falls well short of how we expect our team to behave. I'll speak to the receptionist on duty today, and I'd like to call your mother to apologise in person if she's happy for me to.

        Kind regards,
        Practice Manager, Beech Lane Surgery
        """,
        thread="""
        The woman at your reception desk was incredibly rude to my elderly mother on Saturday. She rolled her eyes and told her to "read the sign".

        Best,
        Helen Ward
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Mark and Julie,

        What a disappointing way to spend your anniversary, and we're sorry we let you down. The price difference of £35 has been refunded, and I've added a bottle of champagne to your booking if you'd like to come back.

        Regards,
        Reservations, The Old Mill Inn
        """,
        thread="""
        Hi,

        We booked a double room and were given a twin. When we asked at the desk, they said nothing could be done. We were celebrating our anniversary.

        Mark & Julie
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Theo,

        Missing the first half of the show is awful, and I'm sorry our tickets caused it. I've refunded both tickets in full and reissued them in the app for any future date you choose.

        Best,
        Box Office, The Albany
        """,
        thread="""
        The tickets you emailed me didn't scan. We were turned away at the door and missed the first half of the show.

        Theo
        """,
    ),
    case(
        """
        Hi Liam,

        Evening drop-outs are no good when you work from home, and I can see why you're fed up. I've run a line test from our side and found a fault at the exchange; an engineer is working on it now.

        Regards,
        FibreNet Support
        """,
        thread="""
        My broadband has dropped out every evening this week. I work from home and I can't keep doing this.

        Cheers,
        Liam
        """,
    ),
    case(
        """
        Hi Francesca,

        I'm sorry you've had to chase us three times. The refund was issued on 3 June with reference RF-55120, and I've asked our finance team to trace it with the bank today. I'll email you as soon as they reply.

        Returns Team
        """,
        thread="""
        Hi,

        It's now been three weeks since you told me my refund was processed and I still have nothing. I've emailed twice already.

        Francesca

        On Mon, 3 Jun 2024 at 09:12, Returns Team <returns@shopwell.co.uk> wrote:
        > Hi Francesca,
        > Your refund has been processed and should arrive within 5 working days.
        > Returns Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ngozi,

        Not a pain at all. I can see the parcel has been sitting at the depot since Friday, which isn't good enough, so I've asked the courier to put it on tomorrow's first van 📦.

        Best,
        Kiln & Clay
        """,
        thread="""
        Sorry to be a pain, but my parcel seems to have been stuck in the same place for four days now.

        Ngozi
        """,
    ),
    case(
        """
        Hi Jess 👋

        Twelve days is far longer than we told you, and I'm sorry. Your parcel is with the courier and due tomorrow, and I've refunded the shipping.

        Cheers,
        Glow Skincare
        """,
        thread="""
        Still no sign of my order after 12 days. You said 3-5 days. 😡

        Jess
        """,
    ),
    case(
        """
        Hi Ellie,

        Yes, the linen shirt is back in stock in size M, in white and sage. You can order it online, or we can hold one for you in store for 48 hours.

        Best,
        Harbour Lane Clothing
        """,
        thread="""
        Hi, do you have the linen shirt in a size M? Thanks, Ellie
        """,
    ),
    case(
        """
        Hi Rosa,

        Thank you so much for letting us know, that's made our day 🎂. We'd love to bake for you again whenever there's something to celebrate.

        Warmly,
        Sugar & Spoon
        """,
        thread="""
        Just wanted to say the cake was perfect and everyone loved it. Thank you!

        Rosa
        """,
    ),
    case(
        """
        Hi Ian,

        You're booked in for four on Friday at 7:30 pm. We'll keep the table by the window for you if it's free.

        See you then,
        Osteria Lucca
        """,
        thread="""
        Hello, could I book a table for four this Friday at 7:30 pm?

        Cheers,
        Ian
        """,
    ),
    case(
        """
        Hi Oskar,

        You can change the email address under Account → Profile → Email. We'll send a confirmation link to the new address, and the change takes effect once you click it.

        Thanks,
        Ledgerly Support
        """,
        thread="""
        Hi,

        Can I change the email address on my account? I'm moving to a new work address next month.

        Thanks,
        Oskar
        """,
    ),
    case(
        """
        Dear Mr Ferreira,

        There is free parking behind the clinic, with two disabled bays right next to the entrance. The car park is reached from Mill Road.

        Kind regards,
        Reception, Northfield Clinic
        """,
        thread="""
        Good morning, is there any parking at the clinic? My wife uses a wheelchair.

        Kind regards,
        Rui Ferreira
        """,
    ),
    case(
        """
        Hi Dom,

        Yes, we're open on the bank holiday Monday from 8 am to 6 pm. Classes run on the weekend timetable that day.

        Thanks,
        Front Desk, Core Fitness
        """,
        thread="""
        Are you open on the bank holiday Monday? And do classes run as normal?

        Dom
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Abdul,

        Thanks so much for the kind words, I'll pass them on to Kemal, who did the repair. Enjoy the bike!

        Cheers,
        Spokes Cycle Workshop
        """,
        thread="""
        Just picked up the bike and it rides like new. Great job, thanks to the whole team.

        Abdul
        """,
    ),
    case(
        """
        Hi Alice,

        Your annual plan renews on 1 May, and the price stays the same as last year. If you'd like to switch to monthly billing before then, you can do it from the Billing page.

        Best,
        Ledgerly Billing
        """,
        thread=None,
    ),
    case(
        """
        Hi Marek,

        The invoice you asked for is attached, with your company name and VAT number added. Let me know if your accounts team needs it in another format.

        Regards,
        Accounts, Brightside Print
        """,
        thread="""
        Hello,

        Could you reissue invoice 2291 with our company name and VAT number on it?

        Best regards,
        Marek Nowak
        """,
    ),
]
