"""Privacy: a full card number, a card security code, a password or a one-time/verification code
written into the draft.

Span = the number, password or code value only. Card numbers are built with :func:`luhn`, so every
one passes the Luhn check, as a real card number would. Negatives: last four digits, masked numbers,
"we will never ask for your password", reset links, order, phone, tracking, serial and meeting
numbers, promo codes and the shop's own bank details.
"""

from ._common import case, luhn

CATEGORY = "privacy"

VISA_1 = luhn("4539 1488 0343 646")
VISA_2 = luhn("4716 2190 5582 113")
VISA_3 = luhn("492957781204033")  # written without spaces
MC_1 = luhn("5412 7534 1290 884")
MC_2 = luhn("5167-3302-9981-457")  # written with dashes
AMEX = luhn("3714 496353 9843")  # 15 digits, 4-6-5 grouping
DISCOVER = luhn("6011 0009 9013 942")

POSITIVE = [
    case(
        f"""
        Hi Laura,

        For your records, the card we have on file is ⟦{VISA_1}⟧, expiring 08/27. Let me know if you'd like to update it before the next renewal.

        Best,
        Ledgerly Billing
        """,
        thread="""
        Hi, which card is my subscription being charged to? I have a couple.

        Laura
        """,
    ),
    case(
        """
        Hi Martin,

        I've reset your account. Your temporary password is ⟦Blue-Heron-42⟧, and you'll be asked to choose a new one when you log in.

        Thanks,
        IT Helpdesk
        """
    ),
    case(
        """
        Hi Yusuf,

        I've triggered a new login code for you: ⟦738214⟧. Enter it on the sign-in screen within ten minutes.

        Best,
        Driftnote Support
        """
    ),
    case(
        f"""
        Hello Dana,

        We tried to take the payment from your Mastercard ⟦{MC_1}⟧, but your bank declined it. Could you check with them, or add another card in your account?

        Regards,
        Summit Gear
        """
    ),
    case(
        """
        Hi Carl,

        I logged in to your router remotely to check the settings. The Wi-Fi password is now ⟦sunflower2024!⟧, and the network name hasn't changed.

        Cheers,
        FibreNet Support
        """
    ),
    case(
        """
        Hi Beth,

        To confirm the change to your booking, enter the one-time code ⟦K7Q-92X⟧ on the Manage Booking page.

        Kind regards,
        Reservations, Hotel Aurora
        """
    ),
    case(
        f"""
        Hi Mr Okoro,

        The deposit of £200 was refunded this morning to your American Express ⟦{AMEX}⟧. It may take a few days to appear on your statement.

        Kind regards,
        The Granary Events Team
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Tony,

        Your access to the staff portal is set up. Log in with the username tony.b and the password ⟦Welcome123⟧.

        Thanks,
        HR Systems
        """
    ),
    case(
        """
        Hi Nadia,

        When our agent calls you back this afternoon, please read them this security PIN so they know it's really us: ⟦4490⟧.

        Best,
        Meridian Energy
        """
    ),
    case(
        f"""
        Hi Joe,

        I've found the order. It was paid with the card ⟦{VISA_3}⟧ on 2 May, so the refund will go back to that card.

        Best,
        Harbour Lane Clothing
        """
    ),
    case(
        f"""
        Hi Wendy,

        The invoice was settled with card number ⟦{MC_2}⟧. If that isn't one of yours, please call us straight away.

        Regards,
        Accounts, Brightside Print
        """
    ),
    case(
        """
        Hi Irene 🙂

        Here's a backup code for two-step verification in case you lose your phone: ⟦9F3K-2LQP⟧. Keep it somewhere safe.

        Cheers,
        Tallyhub Support
        """
    ),
    case(
        f"""
        Hi Jasmine,

        We refunded the deposit on Tuesday to the Discover card ⟦{DISCOVER}⟧. Your bank should show it within a week.

        Best,
        Lakeside Cabins
        """
    ),
    case(
        """
        Hi Sven,

        Your new mailbox is ready. Log in at mail.nordbake.se with sven@nordbake.se and the password ⟦Kanel&Bulle77⟧.

        Hälsningar,
        IT Support, Nordbake
        """
    ),
    case(
        """
        Hi Greta,

        The card ending 1881 was charged, and for reference the security code you gave us over the phone was ⟦412⟧. Let us know if anything looks wrong on your statement.

        Thanks,
        Volt Support
        """
    ),
    case(
        """
        Hi Owen,

        The verification code we texted you was ⟦55 19 03⟧, so if you're seeing a different one, please request a new code.

        Best,
        Security Team
        """
    ),
    case(
        """
        Hi Ruby,

        Your account has been unlocked. Use ⟦Tmp#8841ab⟧ as your password the first time you sign in, then choose your own.

        Namaste,
        Lotus Studio
        """
    ),
    case(
        f"""
        Hi Felix,

        Thanks for calling earlier. For reference, the payment was taken from your Visa ⟦{VISA_2}⟧ at 14:32.

        Regards,
        Payments Team
        """
    ),
    case(
        """
        Hi Adam,

        The sign-in link didn't work for you, so here's a one-time code instead: ⟦318 664⟧. It expires in 15 minutes.

        Thanks,
        Ledgerly Support
        """
    ),
    case(
        """
        Hi Mei,

        Your gym app account is ready 💪. Your username is mei.lin and your password is ⟦Core!Fit2025⟧.

        See you soon,
        Front Desk, Core Fitness
        """
    ),
    case(
        f"""
        Hi Pablo,

        Your booking is confirmed and will be charged to ⟦{VISA_1}⟧ on arrival. The card's security code, ⟦739⟧, isn't stored after the payment.

        Kind regards,
        Hotel Aurora
        """
    ),
    case(
        """
        Hi Lara,

        Our courier needs a one-time code to release the parcel. Give the driver ⟦8821⟧ when they arrive tomorrow.

        Thanks,
        Glow Skincare
        """
    ),
]

NEGATIVE = [
    case(
        """
        Hi Laura,

        Your subscription is charged to the Visa card ending 4242. You can add or change cards on the Billing page.

        Best,
        Ledgerly Billing
        """,
        thread="""
        Hi, which card is my subscription being charged to? I have a couple.

        Laura
        """,
    ),
    case(
        """
        Hi Martin,

        We will never ask for your password by email or phone. The message you received was a phishing attempt, so please don't click the link in it.

        Thanks,
        IT Helpdesk
        """
    ),
    case(
        """
        Hi Priya,

        Order #100482 was delivered on Tuesday at 11:05 am, and the courier left it with your neighbour at number 14.

        Best,
        Sage Stationery
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Dana,

        If it's easier to sort out by phone, call us on +44 20 7946 0958, Monday to Friday, 9 am to 5 pm.

        Regards,
        Summit Gear
        """
    ),
    case(
        """
        Hi Yusuf,

        You can reset your password using the link on the sign-in page. The link expires after 30 minutes, so use it straight away.

        Best,
        Driftnote Support
        """
    ),
    case(
        """
        Hi Carl,

        Your parcel is with USPS, tracking number 9400 1112 0206 2178 8912 34. It should arrive on Thursday.

        Cheers,
        Summit Gear
        """
    ),
    case(
        """
        Hi Beth,

        We'll text a verification code to your phone when you change your booking. Please don't share it with anyone, including us.

        Kind regards,
        Reservations, Hotel Aurora
        """
    ),
    case(
        """
        Hi Joe,

        Your card was declined. Please check the expiry date and the three-digit security code on the back, then try again.

        Best,
        Harbour Lane Clothing
        """
    ),
    case(
        """
        Hi Tony,

        Your booking reference is HX7-2291. Please quote it if you need to change the date.

        Thanks,
        Lakeside Cabins
        """
    ),
    case(
        """
        Hi Wendy,

        You can pay the invoice by bank transfer to Brightside Print Ltd, sort code 20-00-00, account number 55779911. Please use the invoice number 2291 as the reference.

        Regards,
        Accounts, Brightside Print
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Ruby,

        Passwords need at least 12 characters, including a number. If the form still rejects yours, try one without spaces.

        Namaste,
        Lotus Studio
        """
    ),
    case(
        """
        Hi Felix,

        The payment of $89.99 was taken from your Visa ending in 0057 on 2 May. The receipt is attached.

        Regards,
        Payments Team
        """
    ),
    case(
        """
        Hi Greta,

        The card on your account shows as **** **** **** 1881, expiring 03/26. If that's out of date, you can replace it in the app.

        Thanks,
        Volt Support
        """
    ),
    case(
        """
        Hi Sven,

        Your total comes to £1,249.00, due by 14/03/2025. You can pay by card or bank transfer.

        Regards,
        Harland Engineering
        """,
        locale="en-GB",
    ),
    case(
        """
        Hi Bella,

        Use the code SPRING20 at checkout for 20% off your next order. It's valid until the end of April.

        Best,
        Urban Roots
        """
    ),
    case(
        """
        Hi Omar,

        The serial number on your coffee machine is SN 4921 8834 1102 5, which is still within the two-year warranty. Please keep it handy when you book the repair.

        Best,
        Bean Machine Support
        """
    ),
    case(
        """
        Hi Irene,

        The Wi-Fi details are on the card in your room, next to the TV. If you can't find it, reception can print another one.

        Kind regards,
        The Linden Hotel
        """
    ),
    case(
        """
        Hi Nadia,

        Your new bank card will arrive within five working days, and your PIN will follow separately by post a couple of days later.

        Best,
        Meridian Savings
        """
    ),
    case(
        """
        Hi Adam,

        Here's the link for your onboarding call on Thursday: the meeting ID is 842 1937 5520, and you'll be let in automatically.

        Thanks,
        Ledgerly Support
        """
    ),
    case(
        """
        Hi Mei,

        Your new card is on its way 💳. It will arrive in a plain envelope, and you can activate it in the app with your fingerprint.

        See you soon,
        Meridian Savings
        """
    ),
    case(
        """
        Hi Jasmine,

        For security reasons, we've removed the card number from your message before filing it. Please don't send card details by email; you can pay safely using the link on your invoice.

        Best,
        Lakeside Cabins
        """
    ),
    case(
        """
        Hi Lara,

        Your parcel reference is GLW-20931-UK. The courier will ask for a signature, so someone needs to be at home.

        Thanks,
        Glow Skincare
        """
    ),
]
