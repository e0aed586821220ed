"""Spelling: misspelled words, the kind agents actually type.

Span = the misspelled word. Every case states its locale. Negatives: correct text with product and
brand names taken from the customer's email, URLs, e-mail addresses, order codes, people's names,
and British spellings ("colour", "cancelled", "organise") under en-GB.
"""

from ._common import case

CATEGORY = "spelling"

POSITIVE = [
    case(
        """
        Hi Megan,

        You should ⟦recieve⟧ the replacement charger by Thursday. The tracking link is in the confirmation email.

        Best,
        Volt Support
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Carlos,

        We will ⟦definately⟧ have the blue version back in stock next month. I've added you to the waiting list.

        Thanks,
        Trailhead Outfitters
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Lena,

        Your order was too large for one box, so it's coming in two ⟦seperate⟧ parcels. The second one should arrive a day after the first.

        Cheers,
        Casa Verde Home
        """,
        locale="en-US",
    ),
    case(
        """
        Dear Mr Osei,

        Thank you for your enquiry. We can ⟦acommodate⟧ a group of twelve on Saturday evening in our private dining room.

        Kind regards,
        The Copper Pot
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Jo,

        The pool will be closed for cleaning ⟦untill⟧ Wednesday morning. The gym and sauna stay open as usual.

        Thanks,
        Riverside Leisure Club
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Sam,

        I've checked with our payments team and your order has been ⟦refundd⟧ in full. It should appear on your card within five working days.

        Best,
        Returns Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Alicia,

        The error ⟦occured⟧ because your session timed out during checkout. Your card wasn't charged, so you can place the order again.

        Thanks,
        Sage Stationery
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Tom,

        Could you confirm your delivery ⟦adress⟧? The courier couldn't find the building number you gave us.

        Best,
        Northside Apparel
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Priya,

        Your ⟦accomodation⟧ for the conference is booked at the Riverside Hotel, three nights from 4 June. Breakfast is included.

        Kind regards,
        Events Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Dev,

        Good news: the cracked screen is covered by your ⟦warrenty⟧, so there's nothing to pay. Bring it in whenever suits you.

        Cheers,
        QuickFix Phones
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ruth,

        It isn't ⟦neccessary⟧ to print your tickets; just show the QR code on your phone at the door.

        See you there,
        Box Office, The Albany
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Greg,

        Your plan will switch to annual billing at the ⟦begining⟧ of next month. You'll see the discount on the first invoice.

        Regards,
        Northstar Hosting
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Hannah,

        Your table is booked for ⟦tommorow⟧ at 7:30 pm. We've put you by the window as requested.

        Best,
        Osteria Lucca
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ben,

        I've attached both invoices, ⟦wich⟧ should cover everything your accountant asked for. Let me know if anything is missing.

        Thanks,
        Accounts
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Kwame,

        ⟦Appologies⟧ for the slow reply. The dining table is back in stock, and we can deliver it next Friday.

        Kind regards,
        Oak & Elm Furniture
        """,
        locale="en-GB",
    ),
    case(
        """
        Dear Ms Clarke,

        Your laptop has been repaired and is ready for collection from our High Street shop.

        Yours ⟦sincerly⟧,
        FixPoint
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Zoe,

        The 10 am slot on Saturday is no longer ⟦availible⟧, but we have 11:30 am or 2 pm. Which would you prefer?

        Thanks,
        Glow Hair Studio
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Oliver,

        To sync your bookings, open the ⟦calender⟧ settings and connect your Google account. It only takes a minute.

        Cheers,
        Bookwise Support
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Nadia,

        Thanks for your quick ⟦responce⟧. I've updated the delivery instructions, so the driver will leave the parcel with your neighbor.

        Best,
        Glow Skincare
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Paul,

        Please keep the ⟦reciept⟧ in case you need to make a warranty claim. The coffee machine is covered for two years.

        Regards,
        Bean Machine Support
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Mark and Julie,

        We've spoken to the team at reception, and ⟦thier⟧ notes show the double room was given away by mistake. We're very sorry for the ⟦inconvienience⟧.

        Regards,
        Reservations, The Old Mill Inn
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Erin 🎉

        Thanks for choosing us for your ⟦buisness⟧ lunch! Your order for 25 is confirmed for Thursday at noon.

        Best,
        Fig & Olive Catering
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Liam,

        I've reset the line from our end. Please restart ⟦teh⟧ router once more and let me know if the drop-outs continue.

        Regards,
        FibreNet Support
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Anna,

        Thank you for choosing us for such a special ⟦occassion⟧. We've ⟦recieved⟧ your deposit for the June date, and the cancelled May booking has been refunded in full.

        Warm regards,
        The Granary Events Team
        """,
        locale="en-GB",
    ),
]

NEGATIVE = [
    case(
        """
        Hi Megan,

        You should receive the replacement Voltix PD-65 charger by Thursday. The tracking link is in the confirmation email.

        Best,
        Volt Support
        """,
        thread="""
        My Voltix PD-65 charger stopped working. Can you send a replacement?

        Megan
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Lena,

        Your order was too large for one box, so it's coming in two separate parcels. We'll definitely let you know when the second one ships.

        Cheers,
        Casa Verde Home
        """,
        locale="en-US",
    ),
    case(
        """
        Dear Mr Osei,

        Thank you for your enquiry. We can accommodate a group of twelve on Saturday evening, and our private dining room has its own entrance.

        Kind regards,
        The Copper Pot
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Jo,

        Your membership has been cancelled as requested, and you won't be charged again. We'd love to see you back at the centre any time.

        Thanks,
        Riverside Leisure Club
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Amira,

        The sofa comes in three colours: oat, moss and charcoal grey. I've organised a fabric sample pack for you, and it should arrive by Friday.

        Best wishes,
        Loft Living
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Daniel,

        You can reset your password at https://help.quikfixr.io/account/reset-pw, or email billing@brightlinehq.com if the link doesn't arrive.

        Thanks,
        Brightline Support
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Siobhan,

        Your order AB-12X and order CQ-7781 have been combined into one parcel. Nkechi in our warehouse packed them this morning.

        Best,
        Sage Stationery
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Tom,

        Yes, the Hoka Clifton 9 and the Brooks Ghost 15 are both in stock in a 10.5. The Clifton runs slightly narrower, so I'd try both if you can.

        Cheers,
        Stride Running Co.
        """,
        thread="""
        Hi, do you have the Hoka Clifton 9 or the Brooks Ghost 15 in a 10.5?

        Tom
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Priya,

        Your Nespresso Vertuo Pop was registered on 3 May, so it's still within warranty. We'll send a courier to collect it.

        Kind regards,
        Bean Machine Support
        """,
        thread="""
        Hello, my Nespresso Vertuo Pop is leaking from the bottom. Is it still under warranty?

        Priya
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Xiaoling,

        Your favourite blend, the Yunnan Gold, is back in stock. I've set one aside for you, and it'll be in today's post.

        Warmly,
        Leaf & Cup Tea Club
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Greg,

        The error occurred because the CSV had a blank header row. Once you delete it, the import should run without problems.

        Regards,
        Ledgerly Support
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Hannah,

        Our spring programme starts on 6 April, and enrolment opens next week. I'd recommend booking early, as the beginner classes fill quickly.

        Best,
        Lotus Studio
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Oliver,

        To sync your bookings, open the calendar settings and connect your Google account. On iOS and macOS you can also subscribe to the iCal feed instead.

        Cheers,
        Bookwise Support
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Dev,

        Your driving licence photo has been approved, and you can now book the rental. The car comes with winter tyres from November to March.

        Cheers,
        Drive Local Hire
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Paul,

        Please keep the receipt in case you need to make a warranty claim. The Sage Barista Express is covered for two years from purchase.

        Regards,
        Bean Machine Support
        """,
        thread="""
        Hi, how long is the warranty on the Sage Barista Express I bought from you?

        Paul
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Mark and Julie,

        We've spoken to the team at reception, and their notes show the double room was given away by mistake. We apologise for the inconvenience and have refunded the difference.

        Regards,
        Reservations, The Old Mill Inn
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Erin 🎉

        Thanks for choosing us for your business lunch! Your order for 25 is confirmed for Thursday at noon, including the gluten-free wraps.

        Best,
        Fig & Olive Catering
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Ngozi,

        The jewellery catalogue you asked for is attached, along with the aluminium display stands we discussed. Prices include VAT.

        Kind regards,
        Kiln & Clay
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Kenji,

        Your SKU list is imported, and the 2FA reminder has been switched off for your warehouse account. Ping us on Slack if anything looks off.

        Cheers,
        Stockr Support
        """,
        thread="""
        Hi, I've sent over our SKU list. Also, can you turn off the 2FA reminder for our warehouse login?

        Kenji
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Rosa,

        Thanks for the lovely review of our sourdough! We've shared it with Giedrė and Tomás, who bake it every morning. 🥖

        Warmly,
        Pan & Co.
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Abdul,

        Your Brompton C Line is ready, with the new Schwalbe Marathon tyres fitted. We've also adjusted the gears so they don't slip.

        Cheers,
        Spokes Cycle Workshop
        """,
        thread="""
        Hi, can you fit Schwalbe Marathon tyres when you service my Brompton C Line?

        Abdul
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Kayla,

        Your order was canceled and refunded today. It may take 3–5 business days to show up, depending on your bank.

        Regards,
        Summit Gear
        """,
        locale="en-US",
    ),
    case(
        """
        Hi Mr Reid,

        We recognise the rattle you described; it's usually a loose heat shield. We'll analyse it when the car comes in on Monday and call you before doing any work.

        Regards,
        Valley Motors
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Lukas,

        The Thule WingBar Edge fits your Golf estate with the 186 fitting kit. I've added both to your basket; you can check out at shop.ridgeline.co.uk.

        Cheers,
        Ridgeline Outdoor
        """,
        thread="""
        Hi, which Thule roof bars fit a 2019 Golf estate?

        Lukas
        """,
        locale="en-GB",
    ),
]
