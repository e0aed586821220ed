"""privacy: full card numbers (Luhn-valid, built by card()), card security codes, passwords,
one-time / verification / access codes written into the draft. Span = the value only."""
from _common import case, card

VISA_SPACED = card("491633827150112", (4, 4, 4, 4), " ")
MC_DASHED = card("538419027746601", (4, 4, 4, 4), "-")
AMEX = card("37598765432100", (4, 6, 5), " ")
VISA_PLAIN = card("455691024387715", (16,), "")
DISCOVER = card("601149382017736", (4, 4, 4, 4), "-")
MC2_PLAIN = card("222300481957324", (16,), "")

POSITIVE = [
    # 01 wine club: full Visa number read back
    case(f"""Hi Nadia,

Thanks for updating your payment details over the phone. Just to confirm, we now have the Visa ⟦{VISA_SPACED}⟧, expiring 08/27, on file for your club shipments. The next charge of $214 will be on November 2. Let me know if anything looks wrong.

Cheers,
Tess
Willow Creek Vineyards Wine Club""", """Hi Tess, thanks for taking my new card details earlier. Can you confirm it's all set up? Nadia""", "en-US"),
    # 02 piano tuner: card number and security code (two labels)
    case(f"""Dear Mr Ferreira,

Thank you for paying the deposit for the restoration. For your records, the payment of £300 was taken from card ⟦{MC_DASHED}⟧ with security code ⟦719⟧. The balance will be due when the piano is returned to you. I'll be in touch with a delivery date in a fortnight.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Hello, can you confirm which card the deposit went on? I have two. Luis Ferreira""", "en-GB"),
    # 03 coworking: door code and Wi-Fi password (two labels)
    case("""Hi Freya,

Welcome to The Foundry! Your fob isn't ready yet, so for your first week the front door code is ⟦58214⟧. The member Wi-Fi is FOUNDRY_MEMBERS, and the password is ⟦Lathe&Loom2024⟧. Reception is staffed from 8:30am if you need anything.

See you Monday,
Hana
The Foundry Coworking""", """Hi, starting Monday! How do I get in if my fob isn't ready? Freya""", "en-GB"),
    # 04 football: temporary portal password
    case("""Hi Joanne,

I've set up your parent account on the club portal, where you'll find fixtures, kit orders and subs. Your username is your email address, and your temporary password is ⟦Hollins-Kick-73⟧. You'll be asked to choose a new one when you first log in.

Cheers,
Karen
Hollins Park Juniors FC""", """Hi, I can't get into the parents' portal, it says no account found. Joanne""", "en-GB"),
    # 05 driving school: full Amex number in a receipt
    case(f"""Hi Tyler,

Thanks for booking the 10-lesson package. Here's your receipt: $450 charged to American Express ⟦{AMEX}⟧ on June 3. Your first lesson is Saturday at 9am, and Ray will pick you up from home. Let us know if you need a copy for your parents.

Thanks,
Greenlight Driving School""", """Can you send me a receipt for the lessons? My dad needs it. Tyler""", "en-US"),
    # 06 solar: monitoring app password
    case("""Dear Mr Osei,

Your system is now live on the SunView monitoring app. You can log in with the username kwame.osei and the password ⟦SunH4ven!Roof⟧, and I'd recommend changing it once you're in. The app shows today's generation, your export to the grid and any inverter alerts. Give us a call if the figures look odd.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hello, how do I log in to see what the panels are generating? Kwame Osei""", "en-GB"),
    # 07 print shop: account verification code
    case("""Hi Esther,

I've set up your trade account so you can reorder online. The system texted a verification code to your phone, but here it is in case it didn't arrive: ⟦482915⟧. Enter it on the login page within 10 minutes. After that, your account will show all your past jobs.

Thanks,
Owen
Inkwell Print & Copy""", """Hi, I'm trying to log in to the new trade account and the code never came through. Esther""", "en-GB"),
    # 08 boat hire: key safe code
    case("""Hi Martin,

As you're arriving after the office closes, the keys to the Heron will be in the key safe on the mooring post. The code is ⟦3071⟧. The boat has been fuelled and the gas is full. Please pop in to the office at 9am for a quick handover of the engine controls.

Regards,
Broadwater Boat Hire""", """We won't get to Wroxham until about 8pm on Friday. How do we get the keys? Martin""", "en-GB"),
    # 09 language school: password reset by staff
    case("""Dear Kenji,

I have reset your password for the student portal, because you were locked out after three attempts. Your new password is ⟦Welcome2024!⟧ and you can change it under My Profile. The homework for Thursday is already uploaded. Please tell me if there is another problem.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, I cannot log in to the portal, it says my account is blocked. Kenji""", "en-GB"),
    # 10 locksmith: master code for a keypad lock
    case("""Hi Paul,

The keypad lock on your back gate is fitted and working. I've set the master code to ⟦917364⟧, which lets you add and delete user codes. The instructions for adding a code for your cleaner are on the card I left on the kitchen table. The invoice for £185 is attached.

Mick
Keyway Locksmiths""", """Thanks for fitting the lock today. What's the code to set up new users? Paul""", "en-GB"),
    # 11 theatre: full card number unbroken, after an emoji
    case(f"""Hi Ava 🎭

Your tickets for Hamlet on Saturday 9 November are confirmed: Row D, seats 7 and 8 in the Stalls. The £96 was charged to card ⟦{VISA_PLAIN}⟧ this morning. Your e-tickets are attached, and doors open at 7pm.

Best,
Holly
Lyceum Playhouse Box Office""", """Hi, I booked over the phone. Could you email me confirmation and which card you used? Ava""", "en-GB"),
    # 12 tattoo: full Discover number
    case(f"""Hey Rosa,

Your $100 deposit went through on the Discover card ⟦{DISCOVER}⟧, so you're all set for Saturday at 1pm with Lena. The deposit comes off the final price. See you then!

Ironbird Tattoo Co.""", """did the deposit go through? i used my discover card. rosa""", "en-US"),
    # 13 removals: storage unit access code
    case("""Dear Mrs Quinn,

Your belongings are now in unit 14 at our Swindon storage site. The gate is open from 7am to 7pm, and your personal access code for the gate keypad is ⟦4418⟧. Please bring photo ID on your first visit. Storage is billed at £95 a month from 1 July.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """Hi, how do I get into the storage site if I need something from my boxes? Deirdre Quinn""", "en-GB"),
    # 14 mobile: PUK code
    case("""Hi Zainab,

Your SIM has locked after three wrong PIN attempts. Your PUK code is ⟦30417752⟧; enter it when the phone asks, and then choose a new PIN. Be careful, as 10 wrong PUK attempts will permanently block the SIM. Give us a call if it still won't unlock.

Thanks,
Jordan
Beacon Mobile""", """My phone says SIM locked, enter PUK. What do I do? Zainab""", "en-GB"),
    # 15 mobile: one-time SIM-swap code and a card number, after an emoji (two labels)
    case(f"""Hi Callum 📱

Your replacement eSIM is ready to activate. When the app asks for the one-time code, enter ⟦719204⟧; it expires at midnight. The £5 replacement fee was taken from your card ⟦{MC2_PLAIN}⟧. Your number and allowances will carry over automatically.

Thanks,
Jordan
Beacon Mobile""", """Lost my phone, got a new one. How do I get my number on it? Callum""", "en-GB"),
]

NEGATIVE = [
    # 01 wine club: masked card
    case("""Hi Nadia,

Thanks for updating your payment details over the phone. Just to confirm, we now have the Visa ending 1123, expiring 08/27, on file for your club shipments. The next charge of $214 will be on November 2. Let me know if anything looks wrong.

Cheers,
Tess
Willow Creek Vineyards Wine Club""", """Hi Tess, thanks for taking my new card details earlier. Can you confirm it's all set up? Nadia""", "en-US"),
    # 02 piano tuner: masked card with asterisks
    case("""Dear Mr Ferreira,

Thank you for paying the deposit for the restoration. For your records, the payment of £300 was taken from the Mastercard **** **** **** 6011. The balance will be due when the piano is returned to you. I'll be in touch with a delivery date in a fortnight.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Hello, can you confirm which card the deposit went on? I have two. Luis Ferreira""", "en-GB"),
    # 03 coworking: security advice, no code
    case("""Hi Freya,

Welcome to The Foundry! For security, we never send door codes or Wi-Fi passwords by email. Reception will give you a temporary pass when you arrive on Monday, and your fob should be ready by Wednesday. Reception is staffed from 8:30am.

See you Monday,
Hana
The Foundry Coworking""", """Hi, starting Monday! How do I get in if my fob isn't ready? Freya""", "en-GB"),
    # 04 football: reset link, never ask for passwords
    case("""Hi Joanne,

I've set up your parent account on the club portal. To choose your password, follow the link in the email from portal@hollinsparkjfc.example, or go to https://hollinsparkjfc.example/reset and enter your email address. Nobody from the club will ever ask you for your password.

Cheers,
Karen
Hollins Park Juniors FC""", """Hi, I can't get into the parents' portal, it says no account found. Joanne""", "en-GB"),
    # 05 driving school: receipt with last four digits and a receipt number
    case("""Hi Tyler,

Thanks for booking the 10-lesson package. Here's your receipt: $450 charged to the American Express ending 1004 on June 3, receipt number GL-20931. Your first lesson is Saturday at 9am, and Ray will pick you up from home. Let us know if you need a copy for your parents.

Thanks,
Greenlight Driving School""", """Can you send me a receipt for the lessons? My dad needs it. Tyler""", "en-US"),
    # 06 solar: serial numbers and app username, no password
    case("""Dear Mr Osei,

Your system is now live on the SunView monitoring app. Sign in with your email address and the password you chose at handover; if you've forgotten it, tap "Forgot password" on the login screen. Your inverter serial number is 7E0312-44190, in case the app asks for it. Give us a call if the figures look odd.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hello, how do I log in to see what the panels are generating? Kwame Osei""", "en-GB"),
    # 07 print shop: order number, price and time
    case("""Hi Esther,

Your order INK-20931 for 500 A5 flyers is printed and ready to collect. The total is £142.80, which you can pay by card when you pick them up. We're open until 5:30pm today and from 9am tomorrow.

Thanks,
Owen
Inkwell Print & Copy""", """Hi, are my flyers ready yet? Esther""", "en-GB"),
    # 08 boat hire: booking reference and phone number
    case("""Hi Martin,

As you're arriving after the office closes, please ring our out-of-hours number, 020 7946 0418, when you reach Wroxham, and Pete will meet you at the mooring with the keys. Your booking reference is BH-7741. The boat has been fuelled and the gas is full.

Regards,
Broadwater Boat Hire""", """We won't get to Wroxham until about 8pm on Friday. How do we get the keys? Martin""", "en-GB"),
    # 09 language school: discount code
    case("""Dear Kenji,

Thank you for recommending us to your colleague. When she enrols, she can enter the code FRIEND15 at checkout for 15% off her first course. You will receive a £30 credit on your account after her first lesson. Thank you again!

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, my colleague wants to join. Is there a discount if I recommend her? Kenji""", "en-GB"),
    # 10 locksmith: advice to set your own code
    case("""Hi Paul,

The keypad lock on your back gate is fitted and working. It's still on the factory code, so please set your own six-digit master code tonight using the card I left on the kitchen table, and don't share it with anyone, including us. The invoice for £185 is attached.

Mick
Keyway Locksmiths""", """Thanks for fitting the lock today. What's the code to set up new users? Paul""", "en-GB"),
    # 11 theatre: seats, booking reference, masked card
    case("""Hi Ava 🎭

Your tickets for Hamlet on Saturday 9 November are confirmed: Row D, seats 7 and 8 in the Stalls, booking reference LP-52107. The £96 was charged to your Visa ending 7156 this morning. Your e-tickets are attached, and doors open at 7pm.

Best,
Holly
Lyceum Playhouse Box Office""", """Hi, I booked over the phone. Could you email me confirmation and which card you used? Ava""", "en-GB"),
    # 12 tattoo: deposit and masked card
    case("""Hey Rosa,

Your $100 deposit went through on the Discover card ending 7369, so you're all set for Saturday at 1pm with Lena. The deposit comes off the final price. See you then!

Ironbird Tattoo Co.""", """did the deposit go through? i used my discover card. rosa""", "en-US"),
    # 13 removals: the firm's own bank details for an invoice
    case("""Dear Mrs Quinn,

Thank you for booking with us. The balance of £1,240 can be paid by bank transfer to Swift & Sons Removals Ltd, sort code 20-45-77, account number 63019284. Please use your quote reference SSR-2231 so we can match the payment. The balance is due by 30 May.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """How do I pay the balance? Can I do a bank transfer? Deirdre Quinn""", "en-GB"),
    # 14 mobile: PUK guidance without the code
    case("""Hi Zainab,

Your SIM has locked after three wrong PIN attempts. You'll need your PUK code, which you can find in the Beacon app under Account > SIM, or by calling 150 from another Beacon phone. Be careful, as 10 wrong PUK attempts will permanently block the SIM.

Thanks,
Jordan
Beacon Mobile""", """My phone says SIM locked, enter PUK. What do I do? Zainab""", "en-GB"),
    # 15 mobile: tracking number, IMEI tail
    case("""Hi Callum,

Your replacement phone is on its way with Royal Mail, tracking number AB 1234 5678 9GB. It's registered to IMEI ending 4471, so your insurance cover moves across automatically. When it arrives, sign in to the Beacon app and follow the steps to move your number.

Thanks,
Jordan
Beacon Mobile""", """Lost my phone, got a new one sent out. When's it coming? Callum""", "en-GB"),
    # 16 mobile: security warning
    case("""Hi Owen,

That text isn't from us. Beacon Mobile will never ask you to reply with a PIN, a password or a one-time code. Please don't reply to it, and forward it free to 7726 to report it. If you shared anything, call us on 0161 496 0733 and we'll secure your account.

Thanks,
Priya
Beacon Mobile Security Team""", """Got a text asking me to reply with the code you just sent me. Is that you? Owen""", "en-GB"),
    # 17 coworking: meeting room booking and a video-call meeting ID
    case("""Hi Lukas,

Meeting Room 3B is booked for you on Thursday from 14:00 to 15:30, and the screen supports HDMI and USB-C. Your client can join the call remotely on meeting ID 845 2291 0043. Coffee and water will be set out at 13:50.

Thanks,
Nadia
The Foundry Coworking""", """Can I book a room on Thursday afternoon for a client pitch, with a screen? Lukas""", "en-GB"),
    # 18 piano: US phone number and a price
    case("""Hi Deborah,

Thanks for booking your tuning for Thursday, March 20 at 1:30pm. The visit is $140, and I take card, check or cash. If anything changes, call or text me at 555-0147. See you then!

Best,
Walt Hendricks
Hendricks Piano Service""", """Hi Walt, can we book a tuning for next Thursday afternoon? Deborah""", "en-US"),
    # 19 theatre: promo code and membership number
    case("""Hi Raj,

Thanks for joining the Friends of the Lyceum! Your membership number is FL-004129, and your card will arrive in the post within a week. Use the code FRIENDS10 online for 10% off any show this season.

Best,
Holly
Lyceum Playhouse Box Office""", """Just signed up as a Friend. How do I get the discount? Raj""", "en-GB"),
    # 20 solar: account number, kWh figures, dates
    case("""Dear Mr Lowe,

Your export payments are set up under account number 100234. In March your system exported 212 kWh, which at 15p per kWh comes to £31.80, paid on 15 April. The next statement will be issued on 15 May.

Best regards,
Ruth Elwood
Brightside Solar""", """How much did I get for exporting in March? Graham Lowe""", "en-GB"),
]
