"""names: the greeting names someone other than the person who signed the newest incoming
message. Span = the wrong name (in the greeting line)."""

from _helpers import C

POSITIVE = [
    C("""
Hi ⟦Katherine⟧,

Thanks for your message. Your contents insurance covers your bike away from home up to £1,000, as long as it's locked to a fixed object. If you'd like a higher limit, it's £4 a month extra.

Kind regards,
HomeCover Insurance
""", thread="""
Hi, is my bike covered if it's stolen from outside the station?

Thanks,
Katharine
""", locale="en-GB"),
    C("""
Hi ⟦Sandra⟧,

Thanks for chasing this. The replacement parts for the boardroom chairs left our warehouse this morning and should arrive on Thursday.

Best,
Marco
Haven Home Furniture
""", thread="""
Hi Marco, any news on the chair parts? Sandra's on leave this week so I'm picking this up.

Tom

On Mon, Mar 3, 2025 at 10:14 AM Sandra Lee <sandra.lee@brightwell.example> wrote:
> Hi, two of the boardroom chairs arrived with missing gas lifts. Can you send replacements?
> Sandra
""", locale="en-US"),
    C("""
Dear ⟦Margaret⟧,

Thank you for your email. We can certainly add a delivery note so the driver knows to knock loudly and wait. Your mother's prescriptions will now be delivered every Tuesday morning.

Kind regards,
Hillcrest Pharmacy
""", thread="""
Hello,

I'm writing on behalf of my mother, Margaret Hill, who is hard of hearing. Could your driver knock loudly and wait when delivering her prescriptions?

Many thanks,
David Hill
""", locale="en-GB"),
    C("""
Dear Mr ⟦Pryce⟧,

Thank you for your enquiry about replacing your front door. A surveyor can visit on Wednesday 9 April between 9am and 12pm to measure up. Please make sure someone is at home to let them in.

Yours sincerely,
Repairs Team
Northfield Borough Council
""", thread="""
The front door of my council flat no longer locks properly. Please can someone come and look at it?

Gareth Price
Flat 6, Holt House
""", locale="en-GB"),
    C("""
Hi ⟦Ian⟧,

Yes, we can deliver the inhalers together with the rest of the prescription. They'll go out on Friday's round. The driver will need a signature, so please make sure someone is in.

Best,
Seema
Hillcrest Pharmacy
""", thread="""
Hi, could my husband Ian's inhalers come in the same delivery as his other tablets this month? Lorna
""", locale="en-GB"),
    C("""
Hi ⟦Biscuit⟧,

Thanks for booking! Your full groom is confirmed for Saturday at 10am. It takes about two hours, and we'll text you when he's ready to collect.

See you soon,
Paws & Whiskers Grooming
""", thread="""
Hi, I'd like to book my spaniel Biscuit in for a full groom on Saturday morning please.

Olivia
""", locale="en-GB"),
    C("""
Hi ⟦Simon⟧,

Thanks for the order. Your 10 seats of Keyline Pro are active, and the invoice has been sent to accounts@brightwell.example. You can assign the new seats from the admin console.

Regards,
Keyline Software Licensing
""", thread="""
Hello,

Our director, Simon Ward, has approved the purchase of 10 more seats. Please invoice us as before.

Kind regards,
Rachel Greene
Office Manager
Brightwell Ltd
""", locale="en-GB"),
    C("""
Dear ⟦Chloe⟧,

Thank you for getting in touch. We'd be happy to show you the Orangery before the wedding. We have viewings on Saturday at 11am or Sunday at 2pm.

Kind regards,
Hartwell Manor Events
""", thread="""
Hello, our daughter Chloe is getting married at Hartwell in August, and her dad and I would love to see the room before the day. Would that be possible?

Best wishes,
Deborah
""", locale="en-GB"),
    C("""
Hi ⟦Priya⟧,

You're right that the refund window is 14 days. Because you've completed less than 20% of the course, I've processed a full refund of $149 today. It should reach your card within 5 business days, depending on your bank.

Regards,
Priya
CodePath Academy Support
""", thread="""
Hi Priya, I bought the course 10 days ago and it isn't what I expected. Can I get a refund? Martin
""", locale="en-US"),
    C("""
Dear Ms ⟦Jenkins⟧,

Thank you for your claim. We have received the photos of the water damage, and a loss adjuster will contact you within three working days. Please keep any damaged items until they have seen them.

Yours sincerely,
Sterling Mutual
""", thread="""
Please find attached photos of the damage to my kitchen ceiling for claim SM-20418.

Eileen Hargreaves
""", locale="en-GB"),
    C("""
Hi ⟦Mario⟧,

Your Trek is ready to collect. We've replaced the chain and cassette and bled the rear brake. Total is £146.

Cheers,
Spoke & Chain Cycles
""", thread="""
Is my bike ready yet? Hoping to get it back for the weekend.

Marco

Sent from my iPhone
""", locale="en-GB"),
    C("""
Hi ⟦Julie⟧,

Thanks for forwarding this. The flight change fee is £75 per person, and I can move you both to the 18:20 departure on the same day. Shall I go ahead?

Kind regards,
Blue Horizon Travel
""", thread="""
Hi, see below. Can you help with this? Julie's away so I'm dealing with it now.

Aaron

---------- Forwarded message ---------
From: Julie Marsh <julie.marsh@brightwell.example>
Date: Tue, 4 Mar 2025 at 16:02
Subject: Flight change

Hi Nadia, could we move to a later flight on the 12th?
Julie
""", locale="en-GB"),
    C("""
🌸 Hi ⟦Sienna⟧,

Thank you for your lovely email! Yes, we can have the bridal party ready in the Garden Suite from 9am, and our florist can deliver the bouquets there directly. There's also a mirror wall and a kettle, so you'll be well looked after.

Warm wishes,
Grace
The Old Granary Weddings
""", thread="""
Hi Grace, my sister Sienna is getting married with you in June and I'm organising the morning for the bridesmaids. Can we use a room from 9am to get ready?

Thanks so much,
Freya
""", locale="en-GB"),
    C("""
Hi ⟦Oliver⟧,

We've moved the appointment to Thursday 24 April at 4:15pm, after school. Dr Shah will do the check-up and a fluoride varnish. Please bring a list of any medicines he takes.

Best wishes,
Riverside Dental Care
""", thread="""
Hi, my son Oliver has a check-up on the 22nd at 10am but he has a school trip that day. Could we move it to after school?

Thanks,
Rebecca Lowe
""", locale="en-GB"),
    C("""
Hi ⟦Duane⟧,

Thanks for your interest in the 2022 Tacoma. It's still available, and we can hold it until Saturday with a $500 refundable deposit. Would you like to come in for a test drive first?

Best,
Brianna
Crestview Toyota
""", thread="""
Is the silver 2022 Tacoma on your lot still for sale? Can you hold it?

Dwayne Harris
""", locale="en-US"),
    C("""
Dear Mrs ⟦Owens⟧,

Thank you for your email. Your request for an assisted bin collection has been approved, and the crew will collect your bins from beside your back door from next week. Please leave the side gate unlocked on collection days.

Yours sincerely,
Waste Services
Northfield Borough Council
""", thread="""
Dear Sir or Madam,

I've recently had a hip operation and can't get my bins to the kerb. Could I have an assisted collection?

Yours faithfully,
Mrs Patricia Owen
""", locale="en-GB"),
    C("""
Hi ⟦Ade⟧,

Lovely to hear from you! I've found two options for your anniversary trip to Santorini in September; both hotels have sea-view rooms and private pools. Details are attached.

Best,
Nadia
Blue Horizon Travel
""", thread="""
Hi Nadia, my partner Ade and I would like somewhere special for our tenth anniversary in September. Santorini maybe? Lauren
""", locale="en-GB"),
    C("""
Dear Dr. ⟦Weber⟧,

Thank you for your order. The site licence for 40 seats has been issued to your department, and the activation instructions are attached. Please let us know if you need help setting up single sign-on.

Sincerely,
Keyline Software Licensing
""", thread="""
Dear Keyline,

Please issue the site licence for our department (40 seats). I have copied our IT lead, Dr. Anna Weber.

Best regards,
Dr. Stefan Krüger
Institute of Applied Physics
""", locale="en-GB"),
]

NEGATIVE = [
    C("""
Hi Katharine,

Thanks for your message. Your contents insurance covers your bike away from home up to £1,000, as long as it's locked to a fixed object. If you'd like a higher limit, it's £4 a month extra.

Kind regards,
HomeCover Insurance
""", thread="""
Hi, is my bike covered if it's stolen from outside the station?

Thanks,
Katharine
""", locale="en-GB"),
    C("""
Hi Tom,

Thanks for picking this up while Sandra's away. The replacement gas lifts for the boardroom chairs left our warehouse this morning and should arrive on Thursday.

Best,
Marco
Haven Home Furniture
""", thread="""
Hi Marco, any news on the chair parts? Sandra's on leave this week so I'm picking this up.

Tom

On Mon, Mar 3, 2025 at 10:14 AM Sandra Lee <sandra.lee@brightwell.example> wrote:
> Hi, two of the boardroom chairs arrived with missing gas lifts. Can you send replacements?
> Sandra
""", locale="en-US"),
    C("""
Dear Mr Hill,

Thank you for your email. We've added a note for our driver to knock loudly and wait, and your mother's prescriptions will now be delivered every Tuesday morning. If Margaret would prefer a text before each delivery, just let us know her mobile number.

Kind regards,
Hillcrest Pharmacy
""", thread="""
Hello,

I'm writing on behalf of my mother, Margaret Hill, who is hard of hearing. Could your driver knock loudly and wait when delivering her prescriptions?

Many thanks,
David Hill
""", locale="en-GB"),
    C("""
Dear Mr Price,

Thank you for your enquiry about your front door. A surveyor can visit on Wednesday 9 April between 9am and 12pm to measure up for a replacement.

Yours sincerely,
Repairs Team
Northfield Borough Council
""", thread="""
The front door of my council flat no longer locks properly. Please can someone come and look at it?

Gareth Price
Flat 6, Holt House
""", locale="en-GB"),
    C("""
Hi Bob,

The 2021 F-150 you test drove is still available, and we can do $34,900 with your trade-in. I can hold it until Monday if you'd like to think it over.

Thanks,
Ray Kowalski
Lakeside Ford
""", thread="""
Hi Ray, thanks for the test drive yesterday. What's your best price on the F-150 with my trade-in?

Robert Sims
""", locale="en-US"),
    C("""
Hi Kate,

Yes, you can pause your membership for up to three months a year. Go to Account, then Membership, and choose Pause. You won't be charged while it's paused.

Best,
SkillForge Support
""", thread="""
Can I pause my membership while I'm travelling over the summer? Kate (Katherine Doyle)
""", locale="en-US"),
    C("""
Hi there,

Thanks for your question! Our dog grooming prices start at £35 for small breeds and £55 for large breeds, including a bath, cut and nail clip. A golden retriever usually takes about three hours.

Thanks,
Paws & Whiskers Grooming
""", thread="""
How much is a full groom for a golden retriever?

Sent from my iPhone
""", locale="en-GB"),
    C("""
Hi Declan,

Yes, the Brompton folds small enough to take on any train, and we have the C Line in black and racing green in stock. Would you like to book a test ride?

Cheers,
Spoke & Chain Cycles
""", thread="""
Does the Brompton fold small enough for the train? Do you have any in stock?
""", locale="en-GB"),
    C("""
Hello Brightwell team,

Thank you for your remittance advice. Payment of £4,320 for invoice INV-20931 has been received and allocated, and your account is now up to date.

Kind regards,
Keyline Software Licensing
""", thread="""
Please find attached remittance advice for invoice INV-20931.

Accounts Payable
Brightwell Ltd
""", locale="en-GB"),
    C("""
Dear Deborah,

Thank you for getting in touch. We'd be happy to show you and your husband the Orangery before Chloe's wedding. We have viewings on Saturday at 11am or Sunday at 2pm.

Kind regards,
Hartwell Manor Events
""", thread="""
Hello, our daughter Chloe is getting married at Hartwell in August, and her dad and I would love to see the room before the day. Would that be possible?

Best wishes,
Deborah
""", locale="en-GB"),
    C("""
Hi Aaron,

Thanks for picking this up. The flight change fee is £75 per person, and I can move Julie and you to the 18:20 departure on the same day. Shall I go ahead?

Kind regards,
Blue Horizon Travel
""", thread="""
Hi, see below. Can you help with this? Julie's away so I'm dealing with it now.

Aaron

---------- Forwarded message ---------
From: Julie Marsh <julie.marsh@brightwell.example>
Date: Tue, 4 Mar 2025 at 16:02
Subject: Flight change

Hi Nadia, could we move to a later flight on the 12th?
Julie
""", locale="en-GB"),
    C("""
Dear Sir or Madam,

Thank you for your enquiry. Our community hall can be hired for children's parties on Saturdays from 10am to 4pm, at £22 per hour. Booking forms are on our website.

Yours faithfully,
Halls and Venues
Northfield Borough Council
""", thread="""
How much does it cost to hire the community hall for a children's party?
""", locale="en-GB"),
    C("""
Hi Zoë,

Thanks so much for choosing us for your newborn shoot! Your session is booked for the 14th at 10am with our photographer Luca. Please have the room nice and warm for the baby.

Love,
Little Moments Photography
""", thread="""
Hi, we'd love to book the newborn session for the 14th! Zoë
""", locale="en-US"),
    C("""
Hi Jo,

Your repeat prescription is ready to collect. We're open until 6pm today and 9am to 1pm on Saturday. Don't forget your exemption card.

Thanks,
Hillcrest Pharmacy
""", thread="""
Is my repeat ready yet?

Joanne Pike
""", locale="en-GB"),
    C("""
Dear Dr Adeyemi,

Thank you for your order. Your five seats of Keyline Analyst are now active, and the invoice has been sent to the finance office as requested.

Kind regards,
Keyline Software Licensing
""", thread="""
Please activate the five Analyst seats we ordered and send the invoice to our finance office.

Dr Folake Adeyemi
Department of Public Health
""", locale="en-GB"),
    C("""
Hi Hannah and Leo,

Thanks for the deposit! Your date, Saturday 13 September, is now confirmed, and I've sent the planning form to both of your email addresses.

Thanks,
Grace
The Old Granary Weddings
""", thread="""
Hi Grace, we've paid the deposit! Can you confirm our date? Hannah & Leo
""", locale="en-GB"),
    C("""
Hi Bill,

Thanks for the photos. The scratch on the rear bumper is covered under your paint protection plan, so there's nothing to pay. We can fix it on Monday if you can drop the car off by 8am.

Best,
Crestview Hyundai Service
""", thread="""
Got a scratch on the back bumper. Is that covered by the paint protection? Photos attached.

William Tran
""", locale="en-US"),
    C("""
Dear Siobhán Kelly,

Thank you for your application to the Adult Learning programme. Your place on the Spanish for Beginners course is confirmed, starting Tuesday 23 September at 7pm.

Yours sincerely,
Adult Learning Team
Northfield Borough Council
""", thread="""
I'd like to apply for a place on the beginners' Spanish course in the autumn.

Siobhán Kelly
""", locale="en-GB"),
    C("""
Hi Mags,

Lovely to hear from you! Bella's booked in for her nail clip on Friday at 11:30. See you then.

Thanks,
Paws & Whiskers Grooming
""", thread="""
Hiya, can Bella come in for a nail clip on Friday morning? Cheers, Mags
""", locale="en-GB"),
    C("""
Hi Lauren,

Lovely to hear from you! I've found two options for you and Ade in Santorini in September; both hotels have sea-view rooms and private pools. Details are attached.

Best,
Nadia
Blue Horizon Travel
""", thread="""
Hi Nadia, my partner Ade and I would like somewhere special for our tenth anniversary in September. Santorini maybe? Lauren
""", locale="en-GB"),
    C("""
Hi Priya! 👋

Welcome to the course! Your first live session is on Monday at 6pm Eastern, and the link will appear in your dashboard 15 minutes before it starts.

Happy learning!
Tyler @ SkillForge
""", thread="""
Hi! Just signed up for the UX course, when's the first live session? Priya
""", locale="en-US"),
    C("""
Morning Alex,

Your new sofa will be delivered on Friday between 7am and 11am. The driver will ring 30 minutes before arriving. They'll take the old sofa away too, as you asked.

Thanks,
Oakhouse Furniture Deliveries
""", thread="""
Hi, when is my sofa being delivered?

Alexandra Novak
""", locale="en-GB"),
    C("""
Dear Mr and Mrs Clarke,

Thank you for your email. The Harlow corner sofa is due at our warehouse on 8 May, and we expect to deliver it on 14 May. We'll confirm the delivery slot a week before.

Kind regards,
Oakhouse Furniture
""", thread="""
When is our sofa coming? Paul & Jean Clarke
""", locale="en-GB"),
]
