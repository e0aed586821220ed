"""Condescension: talking down, reminding the customer they were told, blaming, downplaying.

Span = the offending phrase. Negatives include near misses: hedged or kind versions of the same
moves, "as we discussed", apologies for the writer's own unclear message, and the customer's own
words quoted back.
"""

from ._common import case

CATEGORY = "condescension"

POSITIVE = [
    case(
        """
        Hi Daniel,

        ⟦As I've already explained twice⟧, the refund goes back to the original payment method, not to store credit. It was processed on 3 March and your bank should show it within five working days.

        Regards,
        Priya
        """,
        thread="""
        Hi Priya,

        Sorry to ask again, but will the refund come back as store credit or to my card? Still can't see it.

        Thanks,
        Daniel
        """,
    ),
    case(
        """
        Hello Mrs Okafor,

        I've attached the booking confirmation again. ⟦If you had read our first email properly⟧, you would have seen that check-in opens at 3 pm, not noon. We can store your luggage at reception until your room is ready.

        Kind regards,
        Front Desk, Harbour View Hotel
        """,
        thread="""
        Hello,

        We arrived at 12 today and were told our room isn't ready. What time can we actually check in?

        Grace Okafor
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Sam,

        Resetting the router is ⟦honestly not rocket science⟧: hold the pin button on the back for ten seconds until the light blinks orange. Then reconnect using the network details on the sticker underneath.

        Cheers,
        Net Support
        """
    ),
    case(
        """
        Hi Ines,

        ⟦I'm not sure how else to put this⟧, but the promo code only applies to full-price items. Your basket contains two sale items, which is why the discount didn't show at checkout.

        Best,
        Carla
        """
    ),
    case(
        """
        Hi Tom,

        ⟦This is covered on the very first page of the user guide⟧ that came in the box. The blade guard has to click into place before the motor will start, as a safety feature.

        Thanks,
        Bea
        """
    ),
    case(
        """
        Hi Lena,

        Thanks for getting in touch. A two-day delay is ⟦hardly the end of the world⟧, and your parcel is already at the local depot. It should reach you on Thursday.

        Best,
        Marco
        """,
        thread="""
        Hello,

        My order was supposed to arrive on Monday and it still isn't here. When will I get it?

        Lena
        """,
    ),
    case(
        """
        Hey Ahmed,

        The charge you're seeing is a pre-authorisation, ⟦which anyone who shops online should know by now⟧. It isn't a final payment and it drops off your statement automatically after a few days.

        Thanks,
        Payments Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hello,

        The update failed because ⟦you skipped step 3 of the instructions⟧. Please uninstall the app, reinstall it and go through the steps again from the top. It takes about five minutes.

        Regards,
        Helpdesk
        """
    ),
    case(
        """
        Hi Chloe,

        ⟦Like I said in my last three emails⟧, we don't offer same-day alterations on wedding dresses. The earliest slot we have is next Tuesday at 10 am. Shall I book it for you?

        Warm regards,
        Nadia
        """
    ),
    case(
        """
        Dear Mr Harris,

        The warranty does not cover water damage. ⟦You would have known this had you read the terms before buying⟧. We can offer a paid repair at £89 if you would like to go ahead.

        Yours sincerely,
        Westfield Repairs
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Jordan,

        Exporting your data is ⟦a pretty basic task⟧: go to Settings, then Account, then Export, and click Download CSV. The file includes every invoice from the last two years.

        Cheers,
        The Ledgerly team
        """
    ),
    case(
        """
        Hi Ruth,

        We hold tables for 15 minutes, which is standard. ⟦Turning up 40 minutes late and expecting the table to still be free isn't really reasonable⟧. We'd be glad to book you in on another evening.

        Best,
        Osteria Lucca
        """
    ),
    case(
        """
        Hello Kwame,

        A small scratch on the underside of the table ⟦isn't something anyone will ever notice⟧, so we'd suggest keeping it. If you still want a replacement, we can arrange a collection next week.

        Kind regards,
        Oak & Elm Furniture
        """,
        thread="""
        Hi,

        The dining table arrived today with a scratch about 10 cm long on the underside. Can you replace it?

        Thanks,
        Kwame
        """,
    ),
    case(
        """
        Hi Megan,

        ⟦Please try to read the whole email before replying⟧. The second paragraph explains that your subscription renews on the 1st of each month. You can cancel at any time from the Billing page.

        Best,
        Support
        """
    ),
    case(
        """
        Hi Paolo,

        ⟦For the third time⟧, the clinic does not issue prescriptions by email. You'll need to book a short phone consultation with Dr Shah, which you can do online.

        Regards,
        Reception, Parkside Medical
        """
    ),
    case(
        """
        Hello Isabel,

        ⟦You'd have saved yourself the trouble if you'd just checked the FAQ⟧. Parking is included with every room booking, so there's nothing extra to pay.

        Best wishes,
        The Linden Hotel
        """
    ),
    case(
        """
        Hi Oliver,

        The app works fine on our end, so ⟦the problem is almost certainly something you're doing⟧. Could you send a screenshot of the error so we can take a look?

        Thanks,
        App Support
        """
    ),
    case(
        """
        Hi Fatima,

        Swapping the filter takes two minutes, ⟦a child could do it⟧. Twist the cap anticlockwise, pull out the old cartridge and push the new one in until it clicks.

        Best,
        AquaPure Support
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Greg,

        I appreciate you reaching out, but ⟦you're overreacting a little⟧. The maintenance window was announced a week in advance and only lasted twenty minutes. Everything is back up now.

        Regards,
        Platform Team
        """
    ),
    case(
        """
        Dear Ms Byrne,

        ⟦As clearly stated in our terms and conditions⟧, deposits are non-refundable within 14 days of the event. We can, however, move your booking to a later date free of charge.

        Best wishes,
        The Granary Events Team
        """
    ),
    case(
        """
        Hi Ben,

        ⟦I did mention this in my previous reply⟧, but here it is again: the discount only applies to annual plans. Monthly plans are billed at the standard rate.

        Thanks,
        Sales
        """
    ),
    case(
        """
        Hello Aisha,

        The size chart is right there on the product page, ⟦so it's a bit surprising you ordered the wrong size⟧. You can exchange the boots free of charge within 30 days.

        Best,
        Trailhead Outfitters
        """
    ),
    case(
        """
        Hi Victor,

        ⟦It's not that complicated⟧: the invoice total includes VAT and the quote didn't. That accounts for the whole difference of £24.

        Regards,
        Accounts
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Rosa 🙂

        ⟦No offence, but it's all in the welcome email we sent you⟧. The bakery closes at 2 pm on Sundays, so orders for Sunday need to be collected before then.

        See you soon,
        Pan & Co.
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Nate,

        I've had a look and the sync is working as designed. ⟦To be honest, this isn't really an issue⟧: the two-minute delay only affects the preview, and the saved file is always up to date.

        Cheers,
        Sam from Driftnote
        """
    ),
]

NEGATIVE = [
    case(
        """
        Hi Daniel,

        I know refund timelines can be confusing, so here's a quick summary: we processed yours on 3 March, and most banks show it within five working days. If it hasn't appeared by 12 March, reply here and I'll chase it with our payments team.

        Regards,
        Priya
        """,
        thread="""
        Hi Priya,

        Sorry to ask again, but will the refund come back as store credit or to my card? Still can't see it.

        Thanks,
        Daniel
        """,
    ),
    case(
        """
        Hello Tom,

        It isn't obvious from the box, so here are the steps: make sure the blade guard clicks into place, then press and hold the start button for two seconds. The motor won't start until the guard is locked, as a safety feature.

        Thanks,
        Bea
        """
    ),
    case(
        """
        Hi Chloe,

        Sorry if my last message wasn't clear. We're not able to do same-day alterations on wedding dresses, but I can book you the first slot next Tuesday at 10 am. Would that work for you?

        Warm regards,
        Nadia
        """
    ),
    case(
        """
        Hi Mr Patel,

        As we discussed on the phone this morning, I've moved your appointment to Friday at 2:30 pm and sent a new confirmation by text. Please bring your insurance card with you.

        Best,
        Reception, Elm Street Dental
        """
    ),
    case(
        """
        Hi Lena,

        You mentioned the delay was "only a minor inconvenience", but we still want to put it right. I've refunded the delivery charge, and your parcel is now at the local depot. Thanks for your patience.

        Best,
        Marco
        """,
        thread="""
        Hello,

        My order was supposed to arrive on Monday and it still isn't here. It's only a minor inconvenience, but could you tell me when I'll get it?

        Lena
        """,
    ),
    case(
        """
        Hi Sam,

        The router reset trips a lot of people up, so don't worry. Hold the pin button for ten seconds until the light blinks orange, then reconnect using the details on the sticker underneath. If it still drops out, we'll book an engineer visit.

        Cheers,
        Net Support
        """
    ),
    case(
        """
        Hi Jordan,

        Good question! To export your data, go to Settings → Account → Export and click Download CSV. The file includes every invoice from the last two years.

        Cheers,
        The Ledgerly team
        """
    ),
    case(
        """
        Hello Aisha,

        Our boots do run slightly small, and plenty of customers have found the same. You can exchange them free of charge within 30 days, and I've emailed you a prepaid return label.

        Best,
        Trailhead Outfitters
        """
    ),
    case(
        """
        Hi Megan,

        Just to recap what I wrote earlier, in case it got buried in your inbox: your subscription renews on the 1st of each month, and you can cancel at any time from the Billing page.

        Best,
        Support
        """
    ),
    case(
        """
        Hi Greg,

        You're right that the maintenance window was badly timed for your team, and I'm sorry about that. It lasted twenty minutes and everything is back up. I've added all the admins on your account to the maintenance notice list.

        Regards,
        Platform Team
        """
    ),
    case(
        """
        Hi Victor,

        The difference is easy to miss: the quote showed the price before VAT, and the invoice includes it. That accounts for the full £24. I've attached both documents with the VAT line highlighted.

        Regards,
        Accounts
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Ms Byrne,

        Under our terms, deposits are non-refundable within 14 days of the event, and I appreciate that's disappointing to hear. We'd be happy to move your booking to a later date free of charge.

        Best wishes,
        The Granary Events Team
        """
    ),
    case(
        """
        Hi Oliver,

        Thanks for the detailed report. We haven't been able to reproduce the error on our side yet, so a screenshot and your app version would really help. You'll find the version under Settings → About.

        Thanks,
        App Support
        """
    ),
    case(
        """
        Hello Kwame,

        I'm sorry the table arrived with a scratch. We can send a touch-up kit with 15% off, or arrange a full replacement, whichever you prefer. Just let me know and I'll set it up.

        Kind regards,
        Oak & Elm Furniture
        """,
        thread="""
        Hi,

        The dining table arrived today with a scratch about 10 cm long on the underside. Can you replace it?

        Thanks,
        Kwame
        """,
    ),
    case(
        """
        Hi Ruth,

        I'm sorry we couldn't seat you on Saturday. We hold tables for 15 minutes, and by the time you arrived it had gone to a couple on the waiting list. I'd be glad to book you in on another evening.

        Best,
        Osteria Lucca
        """
    ),
    case(
        """
        Hi Ben,

        As mentioned on our pricing page, the discount applies to annual plans only. If you'd like to switch, I can move you to annual billing today and apply the discount straight away.

        Thanks,
        Sales
        """
    ),
    case(
        """
        Hi Paolo,

        We're not able to issue prescriptions by email, for safety reasons. The quickest route is a ten-minute phone consultation with Dr Shah, and there are slots tomorrow morning. You can book using the link below.

        Regards,
        Reception, Parkside Medical
        """
    ),
    case(
        """
        Hi Isabel,

        Good news: parking is included with every room booking, so there's nothing extra to pay. You'll get the permit at check-in. See you on the 14th! 🚗

        Best wishes,
        The Linden Hotel
        """
    ),
    case(
        """
        Hello,

        No need to apologise for asking again, these settings are genuinely hard to find. Go to Billing, then Payment methods, and click the pencil icon next to your card.

        Regards,
        Helpdesk
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ahmed,

        The charge you're seeing is a pre-authorisation, which a lot of people haven't come across before. It isn't a final payment, and it drops off your statement automatically within a few days.

        Thanks,
        Payments Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Lucy,

        You're absolutely right, and I should have spotted that in your first email. The voucher has now been applied, and your new total is $42.50.

        Best,
        Jonah
        """
    ),
    case(
        """
        Hi Fatima,

        Here's a simple way to swap the filter: twist the cap anticlockwise, pull out the old cartridge and push the new one in until it clicks. There's also a one-minute video on our website if that's easier to follow.

        Best,
        AquaPure Support
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Nate,

        Thanks for flagging the two-minute delay in the preview. The saved file is always up to date, so no work is lost, but I agree the lag is annoying and I've passed it to our developers.

        Cheers,
        Sam from Driftnote
        """
    ),
]
