"""Names: the greeting names someone other than the person who signed the newest incoming message.

Span = the wrong name in the greeting (the surname alone after a title when the title is right).
Negatives: the first name, title + surname, a common short form of the signed name, "Hi there",
a team greeting, an unsigned thread, another name in the body (not the greeting), and quoted
history signed by someone else.
"""

from ._common import case

CATEGORY = "names"

POSITIVE = [
    case(
        """
        Hi ⟦Marta⟧,

        Your order #30512 ships tomorrow morning. You'll get a tracking link by email as soon as the courier collects it.

        Best,
        Willow & Thread
        """,
        thread="""
        Hi,

        Could you tell me when my order will ship? It's #30512.

        Thanks,
        Maria
        """,
    ),
    case(
        """
        Dear Mr ⟦Pryce⟧,

        Thank you for your enquiry. The conference room is available on both dates, and I've attached our day-delegate rates.

        Kind regards,
        Events Office, The Linden Hotel
        """,
        thread="""
        Hello,

        Could you let me know if your conference room is free on 4 or 11 June, and send your day rates?

        Best,
        Jonathan Price
        """,
    ),
    case(
        """
        Hi ⟦Emma⟧,

        Thanks for your message. The gift wrapping was added to your order, and the note will read exactly as you typed it.

        Best wishes,
        Paper Lantern Co.
        """,
        thread="""
        Hello! I forgot to tick gift wrapping on my order. Can you still add it, with a note saying "Happy birthday, Gran"?

        Thank you,
        Sarah
        """,
    ),
    case(
        """
        Hi ⟦Ben⟧,

        The extra seat licence has been added, so you now have 12 seats. It will show on next month's invoice.

        Thanks,
        Ledgerly Billing
        """,
        thread="""
        Hi again,

        Following up on Ben's request below: can you add one more seat to our plan? Ben is on leave this week so I'm picking it up.

        Ali

        On Tue, 8 Oct 2024 at 10:03, Ben Carter <ben@northwindlabs.com> wrote:
        > Hi Ledgerly team,
        > We'll need an extra seat soon for a new starter. How does billing work for that?
        > Thanks,
        > Ben
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Dr ⟦Kumar⟧,

        The replacement centrifuge rotor is in stock and will ship from our warehouse today. I've attached the invoice for your records.

        Kind regards,
        LabSupply Direct
        """,
        thread="""
        Good afternoon,

        Is the replacement rotor for the C-220 centrifuge in stock? We need it urgently.

        Regards,
        Dr Anil Kapoor
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi ⟦Lucas⟧,

        Yes, the bike rack fits your model. I've added the adapter kit to the order at no extra cost.

        Cheers,
        Spokes Cycle Workshop
        """,
        thread="""
        Hi, will the RX2 roof rack fit a 2019 Golf estate?

        Thanks,
        Lukas
        """,
    ),
    case(
        """
        Hi ⟦Anna⟧,

        Thanks for getting in touch. I've moved all three hygienist appointments to the afternoons, as you asked, and sent new confirmations to each patient.

        Best,
        Bookings, Smile Dental Group
        """,
        thread="""
        Hi,

        Could you move the three hygienist appointments for our patients next week to the afternoons?

        Hannah (Office Manager, Lumen Dental)
        """,
    ),
    case(
        """
        Hi ⟦Richard⟧,

        Your boiler service is booked for 9 am next Monday. Our engineer will call when he's on his way.

        Thanks,
        HomeHeat Services
        """,
        thread="""
        Hello,

        I'd like to book our annual boiler service, ideally on a Monday morning.

        Thanks,
        Robert
        """,
    ),
    case(
        """
        Dear Ms ⟦O'Brien⟧,

        Thank you for your booking. Your table for two is confirmed for Friday at 7 pm, and we've noted the anniversary.

        Warm regards,
        The Copper Pot
        """,
        thread="""
        Hello,

        I'd like to book a table for two on Friday at 7 pm. It's our anniversary, if that matters!

        Kind regards,
        Siobhan O'Neill
        """,
    ),
    case(
        """
        Hi ⟦Tim⟧,

        Your refund was issued this morning and should reach your card within five working days.

        Best,
        Returns Team
        """,
        thread="""
        Hi, any news on the refund for the boots I sent back last week?

        Tom
        """,
    ),
    case(
        """
        Dear ⟦Harold⟧,

        Thank you for letting us know. We've updated the contact details on your father's account, and future letters will come to you.

        Kind regards,
        Customer Services, Meridian Energy
        """,
        thread="""
        Hello,

        I'm writing on behalf of my father, Harold Jenkins, who is now in a care home. Could future bills be sent to me at the address below?

        Thanks,
        Claire Jenkins
        12 Orchard Close, Bath BA2 4QT
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi ⟦Xavier⟧,

        Thanks for your order! The espresso beans were roasted yesterday and will go out with today's post.

        Best,
        Ember Coffee Roasters
        """,
        thread="""
        Hi, just checking the beans will be freshly roasted? I ordered the Ethiopia Guji this morning.

        Best,
        Javier
        """,
    ),
    case(
        """
        Hi ⟦Emilia⟧,

        Thanks for your purchase order. The 40 chairs are in stock, and delivery to the school is booked for next Wednesday.

        Kind regards,
        Sales, Classroom Direct
        """,
        thread="""
        Hello,

        Please find attached our purchase order for 40 stacking chairs. Could you confirm a delivery date?

        Many thanks,
        Emily Carter
        Procurement | Northgate Schools
        T: 0161 496 0192
        """,
    ),
    case(
        """
        Good morning ⟦Sandra⟧,

        Your prescription is ready to collect from the pharmacy counter. We're open until 6 pm today.

        Kind regards,
        Green Cross Pharmacy
        """,
        thread="""
        Hi, is my repeat prescription ready yet?

        Sonia
        """,
    ),
    case(
        """
        Dear Mrs ⟦Thompson⟧,

        Thank you for your letter. We have renewed your home insurance policy on the same terms, and the documents are attached.

        Yours sincerely,
        Renewals Team
        """,
        thread="""
        Dear Sir or Madam,

        Please renew my home insurance on the same terms as last year.

        Yours faithfully,
        Mrs Jean Thomson
        """,
        locale="en-GB",
    ),
    case(
        """
        Hey ⟦Chris⟧ 👋

        Great news, your surfboard repair is done! You can pick it up any day after 10 am.

        Cheers,
        Swell Surf Shop
        """,
        thread="""
        Hey, how's the board repair going? Need it for the weekend if possible.

        Cheers,
        Craig
        """,
    ),
    case(
        """
        ⟦Michael⟧, thanks for flagging this.

        The sales report now includes refunds, so the totals match your bank statement again. You may need to refresh the page.

        Regards,
        Tallyhub Support
        """,
        thread="""
        The monthly sales report doesn't match our bank statement. It looks like refunds are missing.

        Mitchell
        """,
    ),
    case(
        """
        Hi ⟦Aaron⟧,

        Your catering order for Thursday is confirmed: 25 sandwiches, two fruit platters and the vegan option you asked for.

        Thanks,
        Fig & Olive Catering
        """,
        thread="""
        Hi,

        Can we confirm the lunch order for Thursday? 25 sandwiches, two fruit platters, and please include a vegan option.

        Thanks,
        Erin
        """,
    ),
    case(
        """
        Dear Dr ⟦Patel⟧,

        Thank you for the referral. We've contacted the patient and booked an initial assessment for next Tuesday.

        Kind regards,
        Physio Team, Riverside Clinic
        """,
        thread="""
        Dear colleagues,

        Please see the attached referral for a patient with chronic knee pain.

        Best wishes,
        Dr Meera Shah
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi ⟦Giulio⟧ 😊

        The pasta maker is back in stock, and I've reserved one for you. You can collect it from the shop any time this week.

        Best,
        Cucina Shop
        """,
        thread="""
        Hello! Is the pasta maker back in stock yet? I'd love to pick one up 😊

        Grazie,
        Giulia
        """,
    ),
    case(
        """
        Hello ⟦Natalie⟧,

        Thanks for sending the photos. We've approved the warranty claim, and a replacement kettle will be sent out today.

        Regards,
        Kitchen Co. Support
        """,
        thread="""
        Hi,

        Photos of the cracked kettle base are attached as requested.

        Kind regards,
        Nathalie Dubois

        On 2 Sep 2024, at 09:15, Natalie at Kitchen Co. <support@kitchenco.com> wrote:
        > Hi Nathalie,
        > Could you send us photos of the damage?
        > Natalie
        """,
    ),
]

NEGATIVE = [
    case(
        """
        Hi Maria,

        Your order #30512 ships tomorrow morning. You'll get a tracking link by email as soon as the courier collects it.

        Best,
        Willow & Thread
        """,
        thread="""
        Hi,

        Could you tell me when my order will ship? It's #30512.

        Thanks,
        Maria
        """,
    ),
    case(
        """
        Dear Ms Lopez,

        Thank you for your enquiry. The garden room is available for your party of 30 on 21 June, and I've attached our menus.

        Kind regards,
        Events Office, The Linden Hotel
        """,
        thread="""
        Hello,

        Do you have space for a party of 30 on 21 June? We'd need a private room.

        Best regards,
        Ana Lopez
        """,
    ),
    case(
        """
        Hi Bob,

        Your boiler service is booked for 9 am next Monday. Our engineer will call when he's on his way.

        Thanks,
        HomeHeat Services
        """,
        thread="""
        Hello,

        I'd like to book our annual boiler service, ideally on a Monday morning.

        Thanks,
        Robert
        """,
    ),
    case(
        """
        Hi there,

        Thanks for your message! Yes, we can engrave the back of the watch, up to 20 characters. Just add the text in the notes at checkout.

        Best,
        Tempo Watches
        """,
        thread="""
        Hi, can you engrave the back of the Classic 38 watch?

        Jess
        """,
    ),
    case(
        """
        Hello Fairway team,

        Thanks for sending over the remittance advice. Invoice 4471 is now marked as paid, and a receipt is attached.

        Regards,
        Accounts, Brightside Print
        """,
        thread="""
        Good morning,

        Please find attached the remittance advice for invoice 4471.

        Kind regards,
        Accounts Team
        Fairway Logistics Ltd
        """,
    ),
    case(
        """
        Hello,

        Thanks for getting in touch. The café is open from 8 am to 4 pm every day except Christmas Day, and we take bookings for groups of six or more.

        Best,
        The Daily Grind
        """,
        thread="""
        what are your opening hours over christmas
        """,
    ),
    case(
        """
        Hi Ali,

        The extra seat licence has been added, so you now have 12 seats. It will show on next month's invoice, and Ben can see the change when he's back.

        Thanks,
        Ledgerly Billing
        """,
        thread="""
        Hi again,

        Following up on Ben's request below: can you add one more seat to our plan? Ben is on leave this week so I'm picking it up.

        Ali

        On Tue, 8 Oct 2024 at 10:03, Ben Carter <ben@northwindlabs.com> wrote:
        > Hi Ledgerly team,
        > We'll need an extra seat soon for a new starter. How does billing work for that?
        > Thanks,
        > Ben
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Dr Kapoor,

        The replacement centrifuge rotor is in stock and will ship from our warehouse today. I've attached the invoice for your records.

        Kind regards,
        LabSupply Direct
        """,
        thread="""
        Good afternoon,

        Is the replacement rotor for the C-220 centrifuge in stock? We need it urgently.

        Regards,
        Dr Anil Kapoor
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Liz,

        Your alteration is ready: the hem has been taken up by 3 cm as we discussed. You can collect the dress any day this week.

        Best wishes,
        Stitch & Co.
        """,
        thread="""
        Hello, is my dress ready to pick up?

        Many thanks,
        Elizabeth
        """,
    ),
    case(
        """
        Dear Ms O'Neill,

        Thank you for your booking. Your table for two is confirmed for Friday at 7 pm, and we've noted the anniversary.

        Warm regards,
        The Copper Pot
        """,
        thread="""
        Hello,

        I'd like to book a table for two on Friday at 7 pm. It's our anniversary, if that matters!

        Kind regards,
        Siobhan O'Neill
        """,
    ),
    case(
        """
        Hi Claire,

        Thank you for letting us know. We've updated the contact details on your father's account, so future bills for Mr Jenkins will come to you.

        Kind regards,
        Customer Services, Meridian Energy
        """,
        thread="""
        Hello,

        I'm writing on behalf of my father, Harold Jenkins, who is now in a care home. Could future bills be sent to me at the address below?

        Thanks,
        Claire Jenkins
        12 Orchard Close, Bath BA2 4QT
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Hannah,

        Thanks for getting in touch. I've moved all three hygienist appointments to the afternoons, as you asked, and sent new confirmations to each patient.

        Best,
        Bookings, Smile Dental Group
        """,
        thread="""
        Hi,

        Could you move the three hygienist appointments for our patients next week to the afternoons?

        Hannah (Office Manager, Lumen Dental)
        """,
    ),
    case(
        """
        Dear Ms Carter,

        Thank you for your purchase order. The 40 chairs are in stock, and delivery to the school is booked for next Wednesday.

        Kind regards,
        Sales, Classroom Direct
        """,
        thread="""
        Hello,

        Please find attached our purchase order for 40 stacking chairs. Could you confirm a delivery date?

        Many thanks,
        Emily Carter
        Procurement | Northgate Schools
        T: 0161 496 0192
        """,
    ),
    case(
        """
        Dear Mrs Thomson,

        Thank you for your letter. We have renewed your home insurance policy on the same terms, and the documents are attached.

        Yours sincerely,
        Renewals Team
        """,
        thread="""
        Dear Sir or Madam,

        Please renew my home insurance on the same terms as last year.

        Yours faithfully,
        Mrs Jean Thomson
        """,
        locale="en-GB",
    ),
    case(
        """
        Thanks for your message. The replacement strap is in the post today, and it should reach you by the end of the week.

        Best,
        Tempo Watches
        """,
        thread="""
        Hi, could you send a replacement strap for my watch? The buckle broke.

        Cheers,
        Paul
        """,
    ),
    case(
        """
        Hola José,

        Thanks for your order! The paella pan ships today, and the recipe card you asked for is in the box.

        Best,
        Cucina Shop
        """,
        thread="""
        Hi, could you include a recipe card with the paella pan? Gracias!

        José
        """,
    ),
    case(
        """
        Hi Mike,

        Your domain has been transferred, and the DNS records are now live. It can take a few hours for the changes to show everywhere.

        Cheers,
        Northstar Hosting
        """,
        thread="""
        Hi,

        Any update on the domain transfer?

        Regards,
        Michael
        """,
    ),
    case(
        """
        Good afternoon Mr Adeyemi,

        Your car is ready for collection, and the MOT certificate is in the glovebox. We're open until 5:30 pm today.

        Regards,
        Valley Motors Service Desk
        """,
        thread="""
        Hello, is the car ready yet?

        Tunde Adeyemi
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Priya,

        My colleague Daniel looks after billing, so I've passed your question to him and he'll call you this afternoon. He'll have your invoice history to hand.

        Best,
        Sofia, Tallyhub Support
        """,
        thread="""
        Hi, I have a question about last month's invoice. Could someone from billing call me?

        Thanks,
        Priya
        """,
    ),
    case(
        """
        Hi Zoë,

        The yoga mat comes in sage, clay and charcoal, and all three are in stock. I've added a free strap to your order 🧘.

        Namaste,
        Lotus Studio
        """,
        thread="""
        Which colours does the cork yoga mat come in?

        Thanks!
        Zoë
        """,
    ),
    case(
        """
        Hi Alex,

        Your lesson has been moved to Thursday at 5 pm with the same instructor. See you on the slopes!

        Cheers,
        Summit Ski School
        """,
        thread="""
        Could I move my lesson to Thursday at 5 pm instead?

        Thanks,
        Alexandra
        """,
    ),
    case(
        """
        Dear Sir or Madam,

        Thank you for your order. The parts have been dispatched today, and the delivery note is attached.

        Yours faithfully,
        Dispatch, Harland Engineering
        """,
        thread="""
        Please dispatch the parts on PO 7712 as soon as possible.

        J. Morgan
        Purchasing
        """,
    ),
    case(
        """
        Hi Nathalie,

        Thanks for sending the photos. We've approved the warranty claim, and a replacement kettle will be sent out today.

        Regards,
        Natalie, Kitchen Co. Support
        """,
        thread="""
        Hi,

        Photos of the cracked kettle base are attached as requested.

        Kind regards,
        Nathalie Dubois

        On 2 Sep 2024, at 09:15, Natalie at Kitchen Co. <support@kitchenco.com> wrote:
        > Hi Nathalie,
        > Could you send us photos of the damage?
        > Natalie
        """,
    ),
]
