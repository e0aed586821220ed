"""privacy: full Luhn-valid card numbers, card security codes, passwords and one-time or
verification codes written into the draft. Span = the value. Card numbers are completed with
their check digit by card(), never typed whole."""

from _helpers import C, card

POSITIVE = [
    C(f"""
Hi Rachel,

Thanks for your order! We've taken the £1,140 balance for the Alder dining set from the card you used for the deposit, ⟦{card("4716 2190 4471 938")}⟧, so there's nothing more to pay. Delivery is booked for Thursday 10 April.

Kind regards,
Oakhouse Furniture
""", thread="""
Please take the balance for the dining set from the same card as before. Rachel
""", locale="en-GB"),
    C(f"""
Dear Mr Achterberg,

Thank you for confirming the booking over the phone. For your records, we have charged the deposit of £600 to your Mastercard ⟦{card("5425-2334-3010-910")}⟧, expiry 09/27. The balance is due eight weeks before departure.

Kind regards,
Blue Horizon Travel
""", thread="""
Could you email me confirmation of the deposit payment I made by phone? Hans Achterberg
""", locale="en-GB"),
    C("""
Hi Steven,

The payment didn't go through because the security code on the card didn't match. We have ⟦738⟧ on file; if that's wrong, please call us on 020 7946 0825 and we'll try again. Your cover stays in place while we sort it out.

Thanks,
Sterling Mutual Payments
""", thread="""
Why was my premium payment declined? Steven
""", locale="en-GB"),
    C("""
Hi Joanna,

I've reset your account. You can sign in with your email address and the temporary password ⟦Keyline!2025⟧, and you'll be asked to choose a new one straight away. The reset emails were being blocked by your company's spam filter, so you may want to ask your IT team to allow our address.

Regards,
Keyline Software Support
""", thread="""
I'm locked out of my licence portal and the reset email never arrives. Joanna
""", locale="en-GB"),
    C("""
Hey Marcus! 👋

No problem, I've set a new password for you: ⟦blue-Otter-42⟧. Log in at the usual page and your progress will all be there.

Happy learning!
Tyler @ SkillForge
""", thread="""
I forgot my password and the reset link isn't working. Marcus
""", locale="en-US"),
    C("""
Hi Mrs Booth,

I've checked our system and the verification code we sent to your phone was ⟦481926⟧. Enter it on the sign-in page within 10 minutes and you'll be able to order your repeat prescription online. Your first order can be collected from the usual counter.

Kind regards,
Hillcrest Pharmacy
""", thread="""
I'm trying to set up the online repeat prescription service but the text with the code hasn't arrived. Mrs J Booth
""", locale="en-GB"),
    C("""
Hi Farid,

I've turned two-step verification back on for your account. Here are two of your backup codes in case you lose your phone again: ⟦8437-2291⟧ and ⟦5106-7738⟧. Each one works once.

Thanks,
Brightwater Energy Online Support
""", thread="""
I got a new phone and can't log in to my energy account because of the two-step code. Farid
""", locale="en-GB"),
    C(f"""
Hi Mr. Patterson,

Thanks for the deposit on the 2023 Sorento. We've charged $1,000 to your American Express ⟦{card("3728 415903 6617")}⟧ and the car is on hold for you until Saturday. The deposit is fully refundable if you change your mind.

Best,
Brianna
Crestview Kia
""", thread="""
Please put the $1,000 deposit on my Amex and hold the Sorento for me. Dale Patterson
""", locale="en-US"),
    C("""
Dear Mrs Agarwal,

Thank you for registering for online council tax. Your account PIN is ⟦7304⟧. Please keep it safe, as you'll need it with your account reference each time you log in.

Yours sincerely,
Revenues Team
Northfield Borough Council
""", thread="""
I registered for the online council tax account but I didn't receive my PIN in the post. Meera Agarwal
""", locale="en-GB"),
    C("""
Hi Connor,

Your patient portal account is ready. Your username is connor.walsh and your password is ⟦Smile2025#⟧; you can change it after you log in for the first time. Your treatment plan is under My Care.

Best wishes,
Riverside Dental Care
""", thread="""
How do I log in to the patient portal to see my treatment plan? Connor Walsh
""", locale="en-GB"),
    C(f"""
Hi Jake,

Your order for the Specialized Rockhopper is confirmed! We charged $1,150 to your Discover card ⟦{card("601142870935112")}⟧, and the bike will be built and ready for pickup on Friday.
 We'll text you when it's ready.

Thanks,
Summit Cycle Works
""", thread="""
Just placed the order for the Rockhopper. Can you confirm it went through? Jake
""", locale="en-US"),
    C(f"""
Hi Amelia 💍

Lovely to speak to you both today! Just confirming that we've taken the £1,500 deposit from card ⟦{card("4929-8810-2245-671")}⟧, and your date of Saturday 6 September is now secured.

With love,
Grace
The Old Granary Weddings
""", thread="""
Hi Grace, thanks for the call! Can you confirm the deposit has gone through? Amelia
""", locale="en-GB"),
    C("""
Hi Lucy,

Your order of Royal Canin Mini Adult is out for delivery today. When the driver arrives, please give them the delivery code ⟦5829⟧ so they can release the parcel. 🐕 They'll be with you between 13:10 and 14:10.

Thanks,
Paws & Whiskers Online
""", thread="""
Is my dog food coming today? I'm working from home so I'll be in. Lucy
""", locale="en-GB"),
    C(f"""
Hi Tessa,

Thanks for paying the balance for your wedding package! Just to confirm, $2,240 was charged to Mastercard ⟦{card("2221 0067 3415 902")}⟧ on March 12, so you're all paid up. Your gallery will be ready the week of June 16.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, can you confirm you received the final payment? Tessa
""", locale="en-US"),
    C("""
Hi Greg,

Your claims portal login has been unlocked. The one-time code to finish signing in is ⟦G-482913⟧, and it expires at 5:00 PM today. If it expires, just request a new one from the sign-in page.

Thanks,
Harborline Insurance
""", thread="""
My account got locked after too many attempts. Greg Mason
""", locale="en-US"),
    C("""
Hi Nikhil,

Here are the admin details for your company's Keyline console: username admin@northwind.example, password ⟦Wx7#pLm2qR⟧. Your team can then add their own seats.

Regards,
Keyline Software Licensing
""", thread="""
We've just bought 15 seats. How do I get into the admin console to assign them? Nikhil
""", locale="en-GB"),
    C(f"""
Dear Ms Lindqvist,

Thank you for booking the Amalfi tour. We've charged the full £2,480 to the Visa card you gave us, ⟦{card("4539 6671 0082 415")}⟧, expiry 03/28, security code ⟦219⟧. Your travel documents will be sent three weeks before departure.

Kind regards,
Blue Horizon Travel
""", thread="""
Please go ahead and book the Amalfi tour on my Visa. Karin Lindqvist
""", locale="en-GB"),
    C(f"""
Hello Mr. Ruiz,

I've updated your autopay to the new card, ⟦{card("517805934412763")}⟧. Your next payment of $96.40 will be taken on April 1. Your old card has been removed from the account.

Thanks,
Pinewood Water Billing
""", thread="""
I have a new card, please update my autopay. Manuel Ruiz
""", locale="en-US"),
]

NEGATIVE = [
    C("""
Hi Rachel,

Thanks for your order! We've taken the £1,140 balance for the Alder dining set from the Visa ending 9386, the same card you used for the deposit, so there's nothing more to pay. Delivery is booked for Thursday 10 April.

Kind regards,
Oakhouse Furniture
""", thread="""
Please take the balance for the dining set from the same card as before. Rachel
""", locale="en-GB"),
    C("""
Dear Mr Achterberg,

Thank you for confirming the booking over the phone. For your records, we have charged the deposit of £600 to your Mastercard (**** **** **** 9101). Your booking reference is BH-K7PQ2M, and the balance of £1,980 is due on 14 June, eight weeks before departure.

Kind regards,
Blue Horizon Travel
""", thread="""
Could you email me confirmation of the deposit payment I made by phone? Hans Achterberg
""", locale="en-GB"),
    C("""
Hi Joanna,

Sorry you're locked out. I've sent a fresh reset link to the email address on your account; it's valid for 30 minutes. If it doesn't show up, check your spam folder for a message from no-reply@keyline.example.

For your security, we'll never ask for your password by email or phone.

Regards,
Keyline Software Support
""", thread="""
I'm locked out of my licence portal and the reset email never arrives. Joanna
""", locale="en-GB"),
    C("""
Hey Marcus! 👋

No problem. Head to https://learn.skillforge.example/reset and enter your email, and we'll send a link to set a new password. Your progress is all saved, so you'll pick up right where you left off.

Happy learning!
Tyler @ SkillForge
""", thread="""
I forgot my password and the reset link isn't working. Marcus
""", locale="en-US"),
    C("""
Hi Mrs Booth,

Sorry the text hasn't arrived. I've checked, and the mobile number on your account ends in 472, so if that's an old number, please call us on 0161 496 0219 and we'll update it. Verification codes expire after 10 minutes, so request a new one once your number is right.

Kind regards,
Hillcrest Pharmacy
""", thread="""
I'm trying to set up the online repeat prescription service but the text with the code hasn't arrived. Mrs J Booth
""", locale="en-GB"),
    C("""
Hi Jake,

Your order for the Specialized Rockhopper is confirmed (order #SCW-40817). We charged $1,150 to your Discover card ending 1123, and the bike will be built and ready for pickup on Friday after 3 PM. We'll text you when it's ready.

Thanks,
Summit Cycle Works
""", thread="""
Just placed the order for the Rockhopper. Can you confirm it went through? Jake
""", locale="en-US"),
    C("""
Hi Lucy,

Your order of Royal Canin Mini Adult is out for delivery today between 13:10 and 14:10. You can track the driver live using tracking number JD0002231847590. 🐕

Thanks,
Paws & Whiskers Online
""", thread="""
Is my dog food coming today? I'm working from home so I'll be in. Lucy
""", locale="en-GB"),
    C("""
Hi Brandon,

Your replacement charger shipped this morning by USPS. The tracking number is 9400 1112 0206 2144 8753 21, and it should arrive in 2–3 business days. The old charger doesn't need to be sent back.

Thanks,
Haven Home Furniture
""", thread="""
Has the charger for my recliner shipped yet? Brandon
""", locale="en-US"),
    C("""
Hi Gemma,

Thanks for signing up to our newsletter! As promised, here's 15% off your next order: use the code SPRING15 at checkout. It's valid until 30 April on everything except gift cards.

Thanks,
Paws & Whiskers Online
""", thread="""
I signed up for the newsletter but didn't get my discount code. Gemma
""", locale="en-GB"),
    C("""
Dear Mr Oduya,

Thank you for your payment. Your policy number is HC-4471902 and your premium of £31.75 will be collected on the 3rd of each month. If you have any questions, call us on 020 7946 0318, Monday to Friday, 8am to 6pm.

Kind regards,
HomeCover Insurance
""", thread="""
Can you confirm my new policy number and when the payments come out? Samuel Oduya
""", locale="en-GB"),
    C("""
Dear Ms Fraser,

To pay your balance by bank transfer, please use the following details:

Account name: Hartwell Manor Events Ltd
Sort code: 20-45-77
Account number: 83012745
Reference: FRASER-0913

Kind regards,
Hartwell Manor Events
""", thread="""
Can I pay the rest of the wedding balance by bank transfer? Isla Fraser
""", locale="en-GB"),
    C("""
Hi Farid,

Sorry for the hassle with your new phone. I've switched off two-step verification on your account for the next 24 hours, so you can log in with just your password and set it up again on the new phone under Settings, then Security.

When you do, save the backup codes it gives you somewhere safe, like a password manager.

Thanks,
Brightwater Energy Online Support
""", thread="""
I got a new phone and can't log in to my energy account because of the two-step code. Farid
""", locale="en-GB"),
    C(f"""
Hi Annette,

Thank you for your email. Please don't send card details by email; I've deleted your message from our system to keep them safe. If you call us on 0161 496 0550, we can take the payment over the phone securely, and it takes about five minutes.

Kind regards,
Brightwater Energy
""", thread=f"""
Hi, I want to pay my bill of £212.40. My card number is {card("4556 7375 8689 985")}, exp 11/26.

Annette Clarke
""", locale="en-GB"),
    C("""
Hi Lewis,

The frame number on your Trek is WTU312C0845H, which matches the one on our sales record, so we can confirm it's yours for the insurance claim. I've attached a copy of your receipt.

Cheers,
Spoke & Chain Cycles
""", thread="""
My bike was stolen. Can you confirm the frame number for my insurance claim? Lewis
""", locale="en-GB"),
    C("""
Hi Alina,

Here are the joining details for Thursday's live Q&A at 7:00 PM Eastern:

Meeting ID: 842 1937 6650
Passcode is in your course dashboard under Live sessions.

See you there!
CodePath Academy
""", thread="""
How do I join the live Q&A on Thursday? Alina
""", locale="en-US"),
    C("""
Hi Mr. Okoro,

Thanks for your interest in the 2020 Camry. The VIN is 4T1B11HK5LU903211, and the CARFAX report is attached. It's listed at $21,450, and I can have it ready for a test drive at 10:30 on Saturday.

Best,
Ray Kowalski
Lakeside Toyota
""", thread="""
Can you send me the VIN and history report for the silver Camry? Emeka Okoro
""", locale="en-US"),
    C("""
Hi Nikhil,

Welcome aboard! To get into the admin console, go to console.keyline.example and click Sign in with Microsoft using your work account. Once you're in, choose a strong password for the backup login, at least 12 characters, and turn on two-step verification.

Regards,
Keyline Software Licensing
""", thread="""
We've just bought 15 seats. How do I get into the admin console to assign them? Nikhil
""", locale="en-GB"),
    C("""
Dear Mrs Agarwal,

Thank you for registering for online council tax. Your PIN was posted to your home address on 4 March. For security, we can't send it by email, but if it hasn't arrived by 14 March, call us on 0161 496 0840 and we'll issue a new one.

Yours sincerely,
Revenues Team
Northfield Borough Council
""", thread="""
I registered for the online council tax account but I didn't receive my PIN in the post. Meera Agarwal
""", locale="en-GB"),
    C("""
Hi Tessa,

Thanks for paying the balance for your wedding package! Your invoice INV-2025-00418 is attached, showing $2,240 paid on March 12 by Mastercard, so you're all paid up. Your gallery will be ready the week of June 16.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, can you confirm you received the final payment? Tessa
""", locale="en-US"),
    C("""
Hi Priya,

The barcode on the bag is 5012345678900, which is the 12 kg Burns Original Chicken & Rice. We have it in stock at £54.99, and it's on our subscribe-and-save scheme for 10% off.

Thanks,
Paws & Whiskers Online
""", thread="""
Can you tell me which food this is? The barcode on the bag is 5012345678900. Priya
""", locale="en-GB"),
    C("""
Hi Dylan,

Your appointment is confirmed for Tuesday 15 April at 08:40 with Dr Shah. Your patient ID is RDC-20913; please quote it if you need to call us on 020 7946 0381. The appointment takes about 30 minutes.

Best wishes,
Riverside Dental Care
""", thread="""
Can you confirm my appointment time? Dylan
""", locale="en-GB"),
    C("""
Hi Greg,

Your claims portal login has been unlocked. When you sign in, we'll text a one-time code to the number ending 0198; enter it within 5 minutes to finish. Never share that code with anyone, including us.

Thanks,
Harborline Insurance
""", thread="""
My account got locked after too many attempts. Greg Mason
""", locale="en-US"),
]
