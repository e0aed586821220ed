"""Placeholders: template leftovers that were never filled in.

Span = the placeholder itself (brackets or braces included). Negatives: finished replies, including
text that looks close but is right ("Size XXL", "order #A-1043", a footnote "[1]", a helpdesk ticket
tag "[#48210]", "TBC" explained to the customer, template syntax a SaaS customer asked about,
e-mail addresses in angle brackets, emoji-laden replies).
"""

from ._common import case

CATEGORY = "placeholders"

POSITIVE = [
    case(
        """
        Hi ⟦[Customer Name]⟧,

        Thanks for your order! Your parcel is on its way and should arrive within 3–5 working days.

        Best,
        Willow & Thread
        """
    ),
    case(
        """
        Hello Maria,

        Good news: your new ⟦{{product}}⟧ has shipped. You can follow the delivery from your account page.

        Best,
        Casa Verde Home
        """,
        thread="""
        Hi, has my order shipped yet? It's the ceramic planter set.

        Thanks,
        Maria
        """,
    ),
    case(
        """
        Hi Tom,

        Your appointment is confirmed for ⟦<insert date>⟧ at our Camden clinic. Please arrive ten minutes early to fill in a short form.

        Kind regards,
        Reception, Camden Physio
        """
    ),
    case(
        """
        Hi Ana,

        Your refund of £⟦XXX⟧ has been processed and should appear on your statement within five working days.

        Kind regards,
        Returns Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ben,

        Thanks for asking! The new opening hours start on ⟦TBD⟧, and we'll put a notice on the door as well.

        Cheers,
        The Daily Grind
        """
    ),
    case(
        """
        Hi ⟦{first_name}⟧,

        Welcome to Brightline! Your 14-day trial starts today, and you can invite your team from the Members page.

        The Brightline team
        """
    ),
    case(
        """
        Hi Chloe,

        I've looked up ⟦[ORDER NUMBER]⟧ and it left our warehouse yesterday afternoon. It should be with you by Thursday.

        Thanks,
        Sage Stationery
        """
    ),
    case(
        """
        Dear ⟦<<Title>>⟧ ⟦<<Surname>>⟧,

        Thank you for renewing your membership. Your new card will arrive by post within ten days.

        Yours sincerely,
        Membership Office, Kew Garden Society
        """
    ),
    case(
        """
        Hi Priya,

        Your booking reference is ⟦%BOOKING_REF%⟧, and check-in opens at 3 pm. We look forward to welcoming you.

        Kind regards,
        The Linden Hotel
        """
    ),
    case(
        """
        Hi Marcus,

        I've credited £15 to your account for the late delivery. It will be used automatically on your next order.

        Kind regards,
        ⟦[Agent Name]⟧
        Customer Care
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Leo,

        You can download the invoice here: ⟦[LINK]⟧. Let me know if the billing address needs changing.

        Thanks,
        Accounts
        """
    ),
    case(
        """
        Hi Sara,

        Our technician will arrive between ⟦[TIME]⟧ and 1 pm on Wednesday. Please make sure someone over 18 is home.

        Regards,
        Spark Electrical
        """
    ),
    case(
        """
        Hi Jamal,

        As a thank-you for your patience, here's ⟦[X]⟧% off your next order with the code THANKYOU. It's valid for 30 days.

        Best,
        Urban Roots
        """
    ),
    case(
        """
        Hi Nina,

        Thanks for contacting ⟦COMPANY_NAME⟧ support. I've reset the sync for your account, so your files should appear within a few minutes.

        Best,
        Support
        """
    ),
    case(
        """
        Hello Mr Reid,

        Your vehicle has passed its service and will be ready for collection on ⟦DD/MM/YYYY⟧. The invoice is attached.

        Regards,
        Valley Motors
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Keiko,

        ⟦[Add a line about their last order]⟧ Your subscription has been renewed for another year, and your first box ships on Monday.

        Warmly,
        Leaf & Cup Tea Club
        """
    ),
    case(
        """
        Hi Dan 😊

        Thanks for booking with us! Your table for ⟦{{party_size}}⟧ is confirmed for Saturday at 8 pm.

        See you soon,
        Osteria Lucca
        """
    ),
    case(
        """
        Hi Fatima,

        Your new account manager is ⟦[Account manager]⟧, who will be in touch this week to set up your onboarding call.

        Best regards,
        Customer Success, Tallyhub
        """
    ),
    case(
        """
        Hi Elliot,

        Please return the item to: ⟦[ADDRESS LINE 1]⟧, Manchester M1 2AB. Use the prepaid label in the box.

        Thanks,
        Returns Team
        """
    ),
    case(
        """
        Hi Gemma,

        Here's the discount we promised: your code is ⟦{{coupon_code}}⟧, and it's valid until the end of the month.

        Best,
        Bloom Botanicals
        """
    ),
    case(
        """
        Hi Ola,

        Thanks for your patience while we looked into this. I've attached ⟦<attach quote>⟧ with the repair cost and the parts we'd need to order.

        Regards,
        GreenTech Repairs
        """
    ),
    case(
        """
        Hi ⟦XXXX⟧,

        Your order has been split into two parcels. The second one ships on Friday, and there's no extra charge.

        Best wishes,
        Paper Lantern Co.
        """
    ),
    case(
        """
        Hi Ruby,

        Your class pass for ⟦$CLASS_NAME⟧ is active from today 🧘. You can book sessions in the app.

        Namaste,
        Lotus Studio
        """
    ),
]

NEGATIVE = [
    case(
        """
        Hi Marcus,

        The hoodie is back in stock in Size XXL, and I've reserved one for you until Friday. Just reply to this email and I'll send a payment link.

        Cheers,
        Northside Apparel
        """
    ),
    case(
        """
        Hi Jenna,

        Order #A-1043 left our warehouse this morning. You should receive a tracking link by email within the hour.

        Thanks,
        Sage Stationery
        """
    ),
    case(
        """
        Hi Sam,

        The TBD column in your project spreadsheet is a custom field your admin added, so it isn't one of ours. You can rename or delete it under Fields → Manage.

        Best,
        Planwise Support
        """,
        thread="""
        Hi, what does the TBD column in my project spreadsheet do? I don't remember adding it.

        Sam
        """,
    ),
    case(
        """
        Hi Irene,

        Standard shipping is free on orders over €50 [1], so your order qualifies. It should arrive within four working days.

        [1] Excludes bulky items such as furniture.

        Best,
        Casa Verde Home
        """
    ),
    case(
        """
        Hi Zoe 🎉🎉

        Your tickets are confirmed! 🎟️ See you at the gallery on Saturday 🖼️. Doors open at 6 pm, and there's a cloakroom by the entrance.

        Cheers,
        The Foundry Gallery
        """
    ),
    case(
        """
        Hi Daniel,

        Your booking reference is HB-7721-Q, and check-in opens at 3 pm. We've noted your request for a quiet room.

        Kind regards,
        The Linden Hotel
        """
    ),
    case(
        """
        Hi Lucy,

        To stop the weekly newsletter, click "Manage preferences" at the bottom of any of our emails and untick Weekly Digest. Order updates will still reach you.

        Best,
        Bloom Botanicals
        """
    ),
    case(
        """
        Hi Arjun,

        In your webhook template, use {{order.id}} wherever you want the order number to appear. The double braces tell our system to fill in the value when the webhook fires.

        Cheers,
        Hooklet Developer Support
        """,
        thread="""
        Hi,

        How do I put the order number into the webhook message? I tried typing it in but it just sends the same text every time.

        Arjun
        """,
    ),
    case(
        """
        Hi Kate,

        In the Company field you can put N/A if you're ordering as an individual. The invoice will then be made out to your name.

        Thanks,
        Brightside Print
        """
    ),
    case(
        """
        Hi Tariq,

        Your appointment is on 12 March at 10:30 am with Dr Lin at our Camden clinic. Please arrive ten minutes early to fill in a short form.

        Kind regards,
        Reception, Camden Physio
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Helen,

        The launch date for the summer menu isn't fixed yet. We'll email all our regulars as soon as it's confirmed.

        Best,
        The Copper Pot
        """
    ),
    case(
        """
        Hi Paula,

        Please forward the receipt to Accounts <accounts@greenleaf.co.uk>, and they'll reissue the invoice in your company's name.

        Thanks,
        Greenleaf Garden Centre
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Omar,

        The model number is printed on a sticker on the back of the unit, for example KX-200B. Once you send it over, I'll check which filter fits.

        Best,
        AquaPure Support
        """
    ),
    case(
        """
        Hi Jonas,

        If you see "TBC" next to a class on the timetable, it means the instructor hasn't been confirmed yet. The class itself will still run at the usual time.

        Thanks,
        Front Desk, Core Fitness
        """,
        thread="""
        What does TBC mean next to the Thursday spin class?

        Jonas
        """,
    ),
    case(
        """
        Hi Bella,

        Thanks for your first order! Here's 10% off your next one with the code WELCOME10, valid for 30 days.

        Best,
        Urban Roots
        """
    ),
    case(
        """
        Hi Greta,

        Your ticket [#48210] has now been closed, as the replacement charger was delivered yesterday. Reply to this email if anything else comes up and it will reopen automatically.

        Regards,
        Volt Support
        """
    ),
    case(
        """
        Hi Keiko,

        Lovely to hear the oolong was a hit last month! Your subscription has been renewed for another year, and your first box ships on Monday.

        Warmly,
        Leaf & Cup Tea Club
        """
    ),
    case(
        """
        Hi Fatima,

        Your new account manager is Jonah Reyes, who will be in touch this week to set up your onboarding call. His direct line is +1 415 555 0137.

        Best regards,
        Customer Success, Tallyhub
        """
    ),
    case(
        """
        Hi Elliot,

        Please return the item to: Unit 4, Dale Street Works, Manchester M1 2AB. Use the prepaid label in the box.

        Thanks,
        Returns Team
        """
    ),
    case(
        """
        Hi Sara,

        Our technician will arrive between 11 am and 1 pm on Wednesday. Please make sure someone over 18 is home.

        Regards,
        Spark Electrical
        """
    ),
    case(
        """
        Hi Nina,

        Thanks for contacting Driftnote support. I've reset the sync for your account, so your files should appear within a few minutes.

        Best,
        Support
        """
    ),
    case(
        """
        Hi Hugo,

        The jacket comes in sizes XS to XXXL, and the XXXL has a slightly longer back. Our size guide has the exact measurements for each.

        Best,
        Trailhead Outfitters
        """
    ),
    case(
        """
        Hi Dan 😊

        Thanks for booking with us! Your table for six is confirmed for Saturday at 8 pm. 🍝🍷

        See you soon,
        Osteria Lucca
        """
    ),
]
