"""placeholders: template leftovers in many syntaxes. Span = the placeholder, brackets included."""

from _helpers import C

POSITIVE = [
    C("""
Hi ⟦[Customer Name]⟧,

Thank you for renewing your home insurance with us. Your new policy documents are attached, and cover starts on 1 April. If anything has changed since last year, such as a new extension or an expensive item you'd like covered away from home, just reply to this email.

Kind regards,
Louise
HomeCover Insurance
""", locale="en-GB"),
    C("""
Hi Aisha,

Great news! Your ⟦{{product_name}}⟧ has been dispatched and should be with you in 3–5 working days. You can track it using the link in your order confirmation.

Thanks,
Oakhouse Furniture
""", thread="""
Hi, any update on my order for the Fenwick bedside table? Aisha
""", locale="en-GB"),
    C("""
Dear Mr Thompson,

Your engineer visit has been booked for ⟦<insert date>⟧ between 8am and 1pm. Please make sure someone over 18 is at home and that the meter cupboard is clear. Our engineer will show ID when they arrive.

Kind regards,
Brightwater Energy
""", thread="""
My meter is making a clicking noise. Can someone come and look at it? David Thompson
""", locale="en-GB"),
    C("""
Hi Kelly,

Thanks for your patience while we looked into this. We've approved a goodwill refund of £⟦XXX⟧ for the missed collection, which will go back to your original payment method within five working days. Bella's next appointment is still booked for 12 April.

Best,
Paws & Whiskers Grooming
""", thread="""
The groomer didn't turn up for Bella's appointment on Saturday. I'd like some compensation. Kelly
""", locale="en-GB"),
    C("""
Hello Jasmine,

Your wedding date is confirmed as Saturday 13 September, and the ceremony will start at ⟦TBD⟧. We'll need final guest numbers six weeks before the day. I'll send your planning pack next week.

Best wishes,
The Old Granary Weddings
""", thread="""
Hi, just checking our date is confirmed and what time the ceremony starts? Jasmine
""", locale="en-GB"),
    C("""
Hi ⟦{first_name}⟧,

Your enrolment in Python for Data Analysis is confirmed. The first live session is on Monday at 6pm UK time, and the link will appear in your dashboard 15 minutes before it starts.

Happy learning!
CodePath Academy
""", thread="""
I've just paid for the Python course. When does it start? Imogen
""", locale="en-GB"),
    C("""
Dear Ms Ferreira,

Your refund of ⟦%REFUND_AMOUNT%⟧ for booking ⟦%BOOKING_REF%⟧ has been processed. Please allow 5–10 working days for it to reach your account. It will go back to the card you paid with.

Kind regards,
Blue Horizon Travel
""", thread="""
Has my refund for the cancelled Lisbon trip gone through yet? Ana Ferreira
""", locale="en-GB"),
    C("""
Hi Joshua,

Your repeat prescription will be ready to collect from ⟦DD/MM/YYYY⟧. We're open 9am to 6pm Monday to Saturday. Please bring your exemption certificate if you have one.

Thanks,
Hillcrest Pharmacy
""", thread="""
When will my repeat be ready? Joshua Bell
""", locale="en-GB"),
    C("""
Hi Noah,

Thanks for getting in touch about your Pro license. I've moved the seat from Emma's account to yours, so you can sign in straight away. Emma's access has been removed.

Best,
⟦[Agent Name]⟧
Keyline Software Licensing
""", thread="""
Emma has left the company. Can her license be moved to me? Noah Fisher
""", locale="en-US"),
    C("""
Hey Olivia! 🐶

Thanks for booking Biscuit's grooming! We'll see you both on ⟦[DATE]⟧ at ⟦[TIME]⟧. Please bring his vaccination card if it's his first visit.

See you soon,
Paws & Whiskers Grooming
""", thread="""
Hi, I'd like to book a full groom for my spaniel Biscuit please. Olivia
""", locale="en-US"),
    C("""
Hi ⟦*|FNAME|*⟧,

Just a reminder that your annual check-up with Dr Patel is due this month. You can book online or call us on 020 7946 0381. Check-ups take about 20 minutes.

Best wishes,
Riverside Dental Care
""", locale="en-GB"),
    C("""
Dear ⟦{!Contact.FirstName}⟧,

Thank you for your interest in the 2025 Kia Sportage. A member of our sales team will call you to arrange a test drive at a time that suits you. In the meantime, you can see the full specification on our website.

Sincerely,
Crestview Kia
""", thread="""
I'd like to test drive the new Sportage hybrid this weekend if possible. Megan Rossi
""", locale="en-US"),
    C("""
Hi Daniel,

You can download your claim form here: ⟦[INSERT LINK HERE]⟧. Fill in sections 1 to 4, attach your receipts, and send it back to us by email. Please include the crime reference number from the police.

Thanks,
Harborline Insurance
""", thread="""
Where do I get the claim form for my stolen bike? Daniel
""", locale="en-US"),
    C("""
Dear Mr & Mrs Okafor,

Thank you for choosing ⟦<<Venue Name>>⟧ for your celebration. We have reserved the Garden Room for 60 guests on 21 June. Our events coordinator will be in touch about menus.

Kind regards,
Events Team
""", thread="""
We'd like to book the Garden Room for our anniversary party on 21 June, about 60 guests. Chidi & Ngozi Okafor
""", locale="en-GB"),
    C("""
Hi Lucas,

Your bike is booked in for a full service on ⟦${service_date}⟧. Please drop it off before 10am and we'll call you when it's ready. A full service is £95, plus any parts.

Cheers,
Spoke & Chain Cycles
""", thread="""
Can I book the Cannondale in for a full service next week? Lucas
""", locale="en-GB"),
    C("""
Dear Resident,

Your application for a green waste bin has been approved. Your permit number is ⟦[[PERMIT_NO]]⟧ and your first collection will be on the next scheduled date for your street. Garden waste is collected every other Monday from April to November.

Yours sincerely,
Waste Services
Northfield Borough Council
""", thread="""
I'd like to sign up for the garden waste collection. 9 Beech Avenue. Sandra Holt
""", locale="en-GB"),
    C("""
Hi Zoe,

Thanks so much for choosing us for your newborn shoot! 👶 Your session is booked, and your photographer will be ⟦PHOTOGRAPHER_NAME⟧. Please have the room nice and warm for the baby.

Love,
Little Moments Photography
""", thread="""
Hi, we'd love to book the newborn session for next month! Zoe
""", locale="en-US"),
    C("""
Hi Ryan,

Your trade-in valuation for the 2019 Honda Civic is $⟦[amount]⟧, subject to inspection. This offer is valid for 7 days. Please bring the title and both keys when you come in.

Thanks,
Lakeside Ford
""", thread="""
What would you give me for my 2019 Civic with 48k miles? Ryan
""", locale="en-US"),
]

NEGATIVE = [
    C("""
Hi Aisha,

Great news! Your Fenwick bedside table has been dispatched and should be with you in 3–5 working days. You can track it using the link in your order confirmation (order #OH-20931).

Thanks,
Oakhouse Furniture
""", thread="""
Hi, any update on my order for the Fenwick bedside table? Aisha
""", locale="en-GB"),
    C("""
Hi Kelly,

Thank you for your patience, and I'm sorry the groomer didn't turn up. We've approved a goodwill refund of £35 for the missed appointment, which will go back to your original payment method within five working days. Bella's next appointment is still booked for 12 April.

Best,
Paws & Whiskers Grooming
""", thread="""
The groomer didn't turn up for Bella's appointment on Saturday. I'd like some compensation. Kelly
""", locale="en-GB"),
    C("""
Hi Jordan,

We have the Trail Pro jacket in sizes XS to XXL, and the XXL is in stock in black and navy. Returns are free within 30 days if it doesn't fit. We can also order it in red, which takes about a week.

Thanks,
Spoke & Chain Cycles
""", thread="""
Do you have the Trail Pro jacket in an XXL? Jordan
""", locale="en-GB"),
    C("""
Hi Chris,

Thanks for your email. I've attached the updated schedule for your policy. The excess for accidental damage is £100 [1], and the single-item limit is £1,500.

[1] Increased to £250 for claims involving mobile phones.

Kind regards,
HomeCover Insurance
""", thread="""
Could you send me the updated policy schedule? Chris
""", locale="en-GB"),
    C("""
Hi Mohammed,

Thanks for contacting us [#48210]. Please keep this ticket number in the subject line if you reply, so your messages stay together.

I've checked the licence and it's active until 12 January 2026 on all five seats.

Regards,
Keyline Software Support
""", thread="""
Can you confirm when our licence expires? Mohammed
""", locale="en-GB"),
    C("""
Hi Hayley,

Good question! "TBC" on your itinerary means "to be confirmed". The airline hasn't released seat numbers for the return flight yet; they normally do 30 days before departure, and I'll update your booking as soon as they do.

Kind regards,
Blue Horizon Travel
""", thread="""
What does TBC mean next to my return seats on the itinerary? Hayley
""", locale="en-GB"),
    C("""
Hi Priyanka,

Yes, you can personalize the reminder emails! In the template editor, type {{client.first_name}} wherever you want the client's first name to appear, and {{appointment.time}} for the booking time. The preview on the right shows how it will look for a real client.

Best,
Alicia
Keyline Software Support
""", thread="""
How do I get the client's name to show up automatically in the appointment reminder emails? Priyanka
""", locale="en-US"),
    C("""
Dear Mr Davies,

Please send the signed consent form to our practice manager, Julie Marsh <julie.marsh@riversidedental.example>, before your appointment on 17 April. She can also answer any questions about your treatment plan. Please bring photo ID on the day.

Best wishes,
Riverside Dental Care
""", thread="""
Who should I send the consent form to? Gareth Davies
""", locale="en-GB"),
    C("""
Dear Ms Lewis,

I've checked your application for a resident parking permit. As you have no vehicle registered at the address, the vehicle field on the form shows N/A, which is fine. Your visitor permits will be posted within 10 working days.

Yours sincerely,
Parking Services
Northfield Borough Council
""", thread="""
I don't have a car, but I'd like visitor permits for my carers. Is that OK? Rhian Lewis
""", locale="en-GB"),
    C("""
Dear Mr Khan,

Thank you for your application for a blue badge. When you fill in the online form, please enter your date of birth in the DD/MM/YYYY format, for example 04/09/1957, or the form will show an error. Once you've submitted it, we aim to reach a decision within 12 weeks.

Yours sincerely,
Blue Badge Team
Northfield Borough Council
""", thread="""
The blue badge form keeps saying my date of birth is invalid. What format does it want? Imran Khan
""", locale="en-GB"),
    C("""
Hi Callum,

Your licence file needs to go in the %APPDATA%\\Keyline\\Licences folder on Windows. The quickest way to find it is to paste %APPDATA% into the File Explorer address bar and press Enter, then open the Keyline folder. Restart the app afterwards and it will pick the licence up.

Regards,
Keyline Software Support
""", thread="""
Where do I put the licence file you sent? I'm on Windows 11. Callum
""", locale="en-GB"),
    C("""
Hi Tom,

Your licence key is in your confirmation email. It's 20 characters long, in the format XXXXX-XXXXX-XXXXX-XXXXX, and it isn't case-sensitive. If you can't find the email, you'll also find the key in your account under My Licences.

Best,
Keyline Software Support
""", thread="""
The activation screen won't accept my code. What should the licence key look like? Tom
""", locale="en-GB"),
    C("""
Hi Elena,

Yes, our Signature package includes a second photographer, an online gallery and a 10 × 10 inch album. It's $3,400, and we ask for a 30% retainer to hold the date (see attached brochure, page 4). I'd love to hear more about your plans.

Best,
Jordan Reyes Photography
""", thread="""
What's included in the Signature wedding package? Elena
""", locale="en-US"),
    C("""
Hi Marcus 😊

Your new bed frame will be delivered on Tuesday 8 April, between 7am and 1pm. We'll text you a one-hour window on the morning. Our team will build it in the room of your choice. 🛏️📦

Thanks,
Oakhouse Furniture
""", thread="""
When is my bed frame coming? Marcus
""", locale="en-GB"),
    C("""
Hi Sarah,

The Mazda CX-5 you asked about is the 2.0 Sport Nav+ trim, with 18,400 miles and one previous owner. It's listed at £19,995, and it has a full service history and a new MOT. Would you like to book a test drive this Saturday?

Best regards,
Crestview Motors
""", thread="""
Is the CX-5 on your website still available? What trim is it? Sarah
""", locale="en-GB"),
    C("""
Hi Ben,

Thanks for joining the Spring Cycle Challenge! Text STOP to 60123 at any time if you'd rather not get ride reminders by text. Your first ride is already logged, so you're off to a good start.

Cheers,
Spoke & Chain Cycles
""", thread="""
Can I turn off the text reminders for the challenge? Ben
""", locale="en-GB"),
    C("""
Hi Mrs Grey,

Your cat's prescription food, Renal Care (2 kg), is ready to collect. It's £24.50, and we've put aside two bags as you asked. We'll hold them until Saturday. [Ref: PW-77120]

Thanks,
Paws & Whiskers
""", thread="""
Could you put aside two bags of Renal Care for Smudge? Mrs Grey
""", locale="en-GB"),
    C("""
Hi Ines,

You can read our cancellation policy at <https://www.bluehorizon.example/cancellations>. In short: cancel more than 60 days before departure and you lose only the deposit; after that the charges rise in steps. Your deposit was £400 per person.

Kind regards,
Blue Horizon Travel
""", thread="""
What happens if we need to cancel the Crete trip? Ines
""", locale="en-GB"),
    C("""
Hi Andre,

Your quote for the Model X-200 standing desk is attached: $649 for the desk, plus $79 for assembly. Prices include sales tax. The quote is valid until May 31.

Thanks,
Haven Home Furniture
""", thread="""
Can you send me a quote for the X-200 desk with assembly? Andre
""", locale="en-US"),
    C("""
Hi Chloe,

Your rescheduled appointment is confirmed: Thursday 3 July at 14:40 with Dr Okafor (hygienist). Please arrive 10 minutes early to update your medical history. Your next check-up with Dr Shah is due in October.

Best wishes,
Riverside Dental Care
""", thread="""
Can I move my hygienist appointment to the afternoon of 3 July? Chloe
""", locale="en-GB"),
    C("""
Hello Mr Baxter,

The {policy_number} in your renewal letter was a printing error on our side, and I'm sorry for the confusion. Your actual policy number is HC-4471902, and everything else in the letter is correct. You don't need to do anything else; your cover continues as normal.

Kind regards,
HomeCover Insurance
""", thread="""
My renewal letter says my policy number is "{policy_number}". Is this a scam? Graham Baxter
""", locale="en-GB"),
    C("""
Hi Rosa,

The prices on our website are for the standard course: $199 for 12 weeks. The "XXX" you saw in the course code (PY-XXX) just means the code for your cohort will be set when you enroll, for example PY-305 for the September group. Enrollment for September opens on July 1.

Best,
CodePath Academy
""", thread="""
Why does the course code on your site say PY-XXX? Rosa
""", locale="en-US"),
]
