"""Promises: commitments the writer may not be able to keep.

Positives: absolute guarantees, never-again/always commitments, unconditional deadlines that depend
on others (couriers, banks, engineers, embassies), compensation promised without condition.
Span = the promise phrase. Negatives: hedged ("we aim to", "usually", "should"), explicit "I can't
promise", the writer's own next action ("I'll update you by 5 pm"), conditional offers, and
compensation already given.
"""

from ._common import case

CATEGORY = "promises"

POSITIVE = [
    case(
        """
        Hi Marta,

        Thanks for your patience. Your replacement headphones ⟦will be delivered tomorrow before noon⟧, and the tracking link is on its way to your inbox.

        Best,
        SoundHaus Support
        """,
        thread="""
        Hi,

        It's been ten days and my replacement headphones still haven't turned up. When will they arrive?

        Marta
        """,
    ),
    case(
        """
        Hello Mr Green,

        I've escalated the outage to our engineers and ⟦it will be fixed within the hour⟧. I'll email you as soon as service is restored.

        Regards,
        Network Operations
        """
    ),
    case(
        """
        Hi Jo,

        I'm so sorry about the mix-up with your room. ⟦This will never happen again⟧, and we've moved you to a sea-view room for the rest of your stay.

        Warm regards,
        Guest Services
        """
    ),
    case(
        """
        Dear Ms Clarke,

        Your laptop is now with our repair partner. ⟦I can guarantee it will be back with you by Friday⟧, fully repaired, so you won't need to do anything else.

        Kind regards,
        FixPoint
        """
    ),
    case(
        """
        Hi Kenji,

        I'm sorry your account was charged twice. The duplicate charge has been refunded, and ⟦we'll waive your subscription fees for the rest of the year⟧ to make up for it.

        Best,
        Billing Team
        """
    ),
    case(
        """
        Hi Anna,

        Thank you for telling us about the allergen mistake, and I'm truly sorry. ⟦You can rest assured that this will not happen again⟧. I've spoken to the whole kitchen team this afternoon.

        With apologies,
        Head Chef, The Copper Pot
        """
    ),
    case(
        """
        Hi Dev,

        Thanks for the detailed logs, they helped a lot. The patch goes out tonight and ⟦will completely fix the sync problem for everyone⟧.

        Cheers,
        Calendar Sync Team
        """
    ),
    case(
        """
        Hi Sophie,

        Sorry again about the wrong size. Your refund ⟦will be in your account by Monday at the latest⟧.

        Best wishes,
        Wren Clothing
        """
    ),
    case(
        """
        Hello Peter,

        No need to worry about the customs charge. ⟦We will cover any import fees on all your future orders⟧, and your current parcel has already cleared.

        Regards,
        Nordic Knits
        """
    ),
    case(
        """
        Hi Grace,

        I've booked the boiler service for Wednesday. The technician ⟦will definitely be there between 8 and 10 am⟧, so you won't need to take the whole day off.

        Thanks,
        HomeHeat Services
        """
    ),
    case(
        """
        Hi Luis,

        I've looked into your case personally. ⟦Your flight credit will 100% be approved⟧, so you can go ahead and plan your trip.

        Best,
        Travel Desk
        """
    ),
    case(
        """
        Hi Hannah,

        Sorry about the cold food last night. ⟦Your next five orders are on us, no questions asked⟧. We've also spoken to the driver about his route.

        Cheers,
        Bao Brothers
        """
    ),
    case(
        """
        Dear Dr Mensah,

        We've moved your clinic to our premium server plan. ⟦You won't experience any downtime from now on⟧, and backups now run every hour.

        Kind regards,
        ClinicCloud Support
        """
    ),
    case(
        """
        Hi Tara,

        We pack every cake in a chilled box, so ⟦it's guaranteed to arrive in perfect condition⟧. Delivery is booked for Saturday morning.

        Love,
        Sugar & Spoon
        """
    ),
    case(
        """
        Hi Will,

        I'm sorry the tap is still dripping. Our plumber will be with you on Thursday afternoon and ⟦will have it sorted on the first visit⟧.

        Regards,
        Gorse Plumbing
        """
    ),
    case(
        """
        Hi Noor,

        We've sent the invitation letter for your visa application. The embassy ⟦will approve your visa within 24 hours⟧ of receiving it, so there's plenty of time before your trip.

        Best regards,
        Reservations, Hotel Aurora
        """
    ),
    case(
        """
        Hi Carlos 🎄

        Don't worry, ⟦your order will reach you in time for Christmas⟧. It left our warehouse this morning.

        Happy holidays,
        The Tinker Toys team
        """
    ),
    case(
        """
        Hi Emily,

        I'm sorry the pool was closed without any notice. As an apology, ⟦we'll refund your full membership fee for the year⟧.

        Kind regards,
        Riverside Leisure Club
        """
    ),
    case(
        """
        Hi Rachel,

        I've checked with the warehouse and ⟦it will ship today without fail⟧. ⟦You'll have it by the weekend⟧.

        Thanks,
        Moss & Fern Plants
        """
    ),
    case(
        """
        Hi Owen,

        Your data is completely safe with us. ⟦Our systems can never be hacked⟧, so there's nothing you need to change on your side.

        Best,
        Security Team
        """
    ),
    case(
        """
        Hello Mrs Ito,

        The replacement part has been ordered, and ⟦your washing machine will be working again by Thursday evening⟧. I'll call you once the engineer is booked.

        Kind regards,
        Bright Appliance Care
        """
    ),
    case(
        """
        Hi Ravi,

        Thanks for being with us since the very beginning! ⟦The price of your plan will never go up⟧ for as long as you stay with us.

        Cheers,
        Northstar Hosting
        """
    ),
    case(
        """
        Hi Bea 😊

        Thanks for your order! ⟦You have my word that the flowers will be on her doorstep by 9 am⟧ on her birthday.

        Best,
        Petal Post
        """
    ),
]

NEGATIVE = [
    case(
        """
        Hi Marta,

        I'm sorry for the wait. I can't promise a delivery time until the courier scans the parcel, but I'll check its status at 4 pm and email you straight after.

        Best,
        SoundHaus Support
        """,
        thread="""
        Hi,

        It's been ten days and my replacement headphones still haven't turned up. When will they arrive?

        Marta
        """,
    ),
    case(
        """
        Hello Mr Green,

        Our engineers are working on the outage now. We aim to restore service within the hour, and I'll update you by 3 pm either way.

        Regards,
        Network Operations
        """
    ),
    case(
        """
        Hi Jo,

        I'm so sorry about the mix-up with your room. We've changed how room moves are logged so the front desk can see them, which should stop this kind of error. Your sea-view room is ready whenever you are.

        Warm regards,
        Guest Services
        """
    ),
    case(
        """
        Dear Ms Clarke,

        Your laptop is with our repair partner. Repairs like this usually take three to five working days, and I'll let you know as soon as it's back with us.

        Kind regards,
        FixPoint
        """
    ),
    case(
        """
        Hi Kenji,

        I'm sorry your account was charged twice. I refunded the duplicate charge today; depending on your bank, it should appear within 3–5 business days.

        Best,
        Billing Team
        """
    ),
    case(
        """
        Hi Sophie,

        If you send the dress back within 30 days, we'll refund it in full, including the original shipping. The returns label is attached.

        Best wishes,
        Wren Clothing
        """
    ),
    case(
        """
        Hi Peter,

        Import fees are normally included on UK orders over £150. Your parcel has cleared customs and should arrive early next week.

        Regards,
        Nordic Knits
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Grace,

        Your boiler service is booked for Wednesday, with an arrival window of 8 to 10 am. The technician normally texts about 30 minutes before arriving, and if they're running late our dispatch team will ring you.

        Thanks,
        HomeHeat Services
        """
    ),
    case(
        """
        Hi Luis,

        I've submitted your flight credit request with a note from me. The airline makes the final decision, usually within ten days, and I'll forward their reply as soon as it arrives.

        Best,
        Travel Desk
        """
    ),
    case(
        """
        Hi Hannah,

        Sorry about the cold food last night. I've refunded the order in full and added a £10 credit to your account for next time. We've also spoken to the driver about his route.

        Cheers,
        Bao Brothers
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Tara,

        We pack every cake in a chilled box, and in the rare case one arrives damaged we'll replace it or refund you. Delivery is booked for Saturday morning.

        Love,
        Sugar & Spoon
        """
    ),
    case(
        """
        Hi Will,

        Our plumber is booked for Thursday afternoon. Most drips like yours are fixed on the first visit, but if a part needs ordering we'll tell you the cost before going ahead.

        Regards,
        Gorse Plumbing
        """
    ),
    case(
        """
        Hi Carlos 🎄

        Your order left our warehouse this morning. Standard delivery usually takes 2–4 working days, so it should reach you before Christmas, although couriers are very busy this month.

        Happy holidays,
        The Tinker Toys team
        """
    ),
    case(
        """
        Hi Rachel,

        The warehouse expects to ship your order today. I'll send you the tracking number the moment it's scanned.

        Thanks,
        Moss & Fern Plants
        """
    ),
    case(
        """
        Hi Owen,

        We take security seriously: your data is encrypted at rest and in transit, and we have independent audits every year. Turning on two-factor authentication adds another layer of protection.

        Best,
        Security Team
        """
    ),
    case(
        """
        Hello Mrs Ito,

        The replacement part has been ordered from the manufacturer. I'll call you tomorrow by noon with a delivery date, and we'll book the engineer as soon as it arrives.

        Kind regards,
        Bright Appliance Care
        """
    ),
    case(
        """
        Hi Ravi,

        There are no price changes planned for your plan this year. If that changes, we'll give you at least 60 days' notice, as our terms require.

        Cheers,
        Northstar Hosting
        """
    ),
    case(
        """
        Hi Emily,

        I'm sorry the pool was closed without any notice. We'd like to offer you a free month, which I can add to your membership as soon as you reply to confirm.

        Kind regards,
        Riverside Leisure Club
        """
    ),
    case(
        """
        Hi Dev,

        Thanks for the detailed logs. The patch going out tonight addresses the sync problem they show. Please update the app tomorrow and let us know if you still see duplicates.

        Cheers,
        Calendar Sync Team
        """
    ),
    case(
        """
        Hi Anna,

        Thank you for telling us about the allergen mistake; it's serious and we're treating it that way. We've retrained the kitchen team and now label every dish containing nuts at the pass. I'd welcome the chance to talk it through by phone.

        With apologies,
        Head Chef, The Copper Pot
        """
    ),
    case(
        """
        Hi Noor,

        Once you've paid the deposit, we'll email the invitation letter for your visa application. Processing times at the embassy vary, so we recommend applying at least six weeks before you travel.

        Best regards,
        Reservations, Hotel Aurora
        """
    ),
    case(
        """
        Hi Mia,

        I'm sorry you've had to chase this. I'll call the courier first thing tomorrow and update you by 11 am with what they say.

        Best,
        Luma Lighting
        """
    ),
    case(
        """
        Hi Bea 😊

        Thanks for your order! The flowers are scheduled for the morning delivery round on her birthday, which normally reaches addresses in her area before 11 am.

        Best,
        Petal Post
        """
    ),
]
