"""spelling: real typos agents make. Span = the misspelled word. Every case states its locale;
negatives carry names, brands, codes, URLs, e-mail addresses and British spellings under en-GB."""

from _helpers import C

POSITIVE = [
    C("""
Dear Mr Holloway,

Thank you for sending the photos of the damaged laptop. To process the claim, we'll also need the original ⟦reciept⟧ or a bank statement showing the purchase. Once we have it, your ⟦insurence⟧ claim should be settled within ten working days.

Kind regards,
Sterling Mutual Claims
""", thread="""
I've sent photos of the laptop. What else do you need? Peter Holloway
""", locale="en-GB"),
    C("""
Hi Ms. Daniels,

We've looked into the high bill. The spike ⟦occured⟧ because your meter was estimated for three months in a row. Now that we have an actual reading, we've credited $74.18 back to your account.

Thanks,
Pinewood Water Billing
""", thread="""
My last bill was almost double what I normally pay. Can you check it? Renee Daniels
""", locale="en-US"),
    C("""
Hi Tyler,

Great question! The 2024 Tucson comes with a 10-year/100,000-mile powertrain ⟦warrenty⟧ and 5 years of bumper-to-bumper coverage. Both transfer to the next owner if you sell.

Best,
Brianna
Crestview Hyundai
""", thread="""
How long is the warranty on the new Tucson? Tyler
""", locale="en-US"),
    C("""
Dear Priya and Tom,

Thank you for your booking! We have reserved the Coach House for your guests on the night of the wedding, and the ⟦accomodation⟧ includes breakfast for up to 14 people. Check-in is from 3pm.

Kind regards,
Hartwell Manor Events
""", thread="""
Can our close family stay at the venue on the wedding night? Priya & Tom
""", locale="en-GB"),
    C("""
Hi Andre,

You've ⟦sucessfully⟧ enrolled in Intro to SQL! Your first lesson unlocks on Monday, and you can watch it any time that week.

Happy learning!
SkillForge
""", thread="""
Did my enrollment go through? I didn't get an email. Andre
""", locale="en-US"),
    C("""
Hi Mrs Whitfield,

Your ⟦perscription⟧ for omeprazole is ready to collect. We are open until 7pm today and from 9am tomorrow. The pharmacist has checked it against your other medicines.

Kind regards,
Hillcrest Pharmacy
""", thread="""
Is my omeprazole ready? Judith Whitfield
""", locale="en-GB"),
    C("""
Hi Kayla,

Good news! The 30 lb bag of Blue Buffalo Life Protection is back in stock and will ship ⟦tommorow⟧ morning. You should have it by Friday.

Thanks,
Fins & Feathers Pet Supply
""", thread="""
When will the 30 lb Blue Buffalo bag be back in stock? Kayla
""", locale="en-US"),
    C("""
Hi Megan!

Thanks for booking your family session 📸 I've added it to my ⟦calender⟧ for Sunday, October 12 at 4:30 PM, about an hour before sunset. I'll send a prep guide the week before.

Best,
Jordan Reyes Photography
""", thread="""
Hi! We'd love the 4:30 slot on October 12 for family photos. Megan
""", locale="en-US"),
    C("""
Hi Kasia,

I've moved the seat from your old laptop to your new one, and the licence will activate ⟦immediatly⟧ when you sign in. You don't need a new key. The old laptop will be signed out automatically.

Regards,
Keyline Software Support
""", thread="""
I've got a new laptop. Do I need a new licence key? Kasia
""", locale="en-GB"),
    C("""
Hello Mr Ashworth,

Your Harlow sofa in the colour Sage has left the factory. Our ⟦delivary⟧ team will call you on Monday to book a two-hour slot later that week. They'll bring it into the room of your choice.

Kind regards,
Oakhouse Furniture
""", thread="""
Any news on the Harlow sofa? Ordered in Sage. Philip Ashworth
""", locale="en-GB"),
    C("""
Hi Ines,

Your ⟦itinery⟧ for Crete is attached. Please check that the names match your passports exactly, as the airline charges £60 per change after booking. Your e-tickets will follow once the balance is paid.

Kind regards,
Blue Horizon Travel
""", thread="""
Could you send the final itinerary for our Crete holiday? Ines
""", locale="en-GB"),
    C("""
Dear Mr Nowak,

Thank you for your application for a dropped kerb. A site visit is ⟦neccessary⟧ before we can approve it, and our inspector will call you to arrange a time.

Yours sincerely,
Highways Team
Northfield Borough Council
""", thread="""
I've applied for a dropped kerb outside my house. What happens next? Piotr Nowak
""", locale="en-GB"),
    C("""
Hi Sam 😊

Just a reminder that your hygiene ⟦apointment⟧ is on Tuesday at 08:40 with Amira. Please reply YES to confirm or call us to move it. The appointment takes about 30 minutes.

Best wishes,
Riverside Dental Care
""", thread=None, locale="en-GB"),
    C("""
Hiya Dom,

For the gravel rides you're planning, I'd ⟦recomend⟧ the Schwalbe G-One Allround tyres in 40 mm. They're £42 each, and we can fit them while you wait. Let us know if you'd like us to order a pair.

Cheers,
Spoke & Chain Cycles
""", thread="""
What tyres would you suggest for mostly gravel with a bit of road? Dom
""", locale="en-GB"),
    C("""
Hi Mr. Grant,

I ⟦beleive⟧ your roof damage is covered, as the storm on March 2 was named by the weather service. An adjuster will contact you within two business days to arrange an inspection. In the meantime, please cover the exposed area with a tarp if it's safe to do so.

Thanks,
Harborline Insurance
""", thread="""
A storm took half the shingles off my roof on Sunday. Is it covered? Alan Grant
""", locale="en-US"),
    C("""
Hey Luis! 🚗

Your new Sportage is ⟦finaly⟧ here! It arrived on the truck this morning, and we'll have it detailed and ready for you by Thursday at 2 PM.

See you soon,
Brianna
Crestview Kia
""", thread="""
Any word on when my Sportage will arrive? Luis
""", locale="en-US"),
    C("""
Hi Rebecca,

Thanks for your question. Please let us know ⟦wether⟧ you'd like the cat carrier in the medium or large size, and we'll reserve one for you. Both are in stock in grey.

Thanks,
Paws & Whiskers
""", thread="""
Can you put a cat carrier aside for me? Rebecca
""", locale="en-GB"),
    C("""
Hi Olu,

Thanks for your order! Your dogs will love ⟦thier⟧ new beds. The orthopaedic ones are on a five-day lead time, so they'll be with you next week.

Thanks,
Paws & Whiskers Online
""", thread="""
Just ordered two of the orthopaedic dog beds. When will they come? Olu
""", locale="en-GB"),
    C("""
Hi Chris,

Your enrolment is confirmed. The course runs from the ⟦begining⟧ of October for ten weeks, on Wednesday evenings from 6:30pm to 8pm, and the materials will be posted to you by the end of September.

Best,
CodePath Academy
""", thread="""
When does the evening programme start? Chris
""", locale="en-GB"),
    C("""
Hi Jade,

We'd ⟦definitly⟧ be able to do a second shooter for your wedding. It's an extra $450 for the day, and I'll send an updated ⟦contarct⟧ for you to sign. The second shooter will cover the groom's preparations and the reception.

Best,
Jordan Reyes Photography
""", thread="""
Can we add a second photographer to our package? Jade
""", locale="en-US"),
]

NEGATIVE = [
    C("""
Hiya Dom,

For the gravel rides you're planning, I'd recommend the Schwalbe G-One Allround tyres in 40 mm on your Cannondale Topstone. They're £42 each, and we can fit them while you wait. If you want something faster on the road sections, the Continental Terra Speed is a good shout, and it comes in a tan sidewall colour too.

Cheers,
Spoke & Chain Cycles
""", thread="""
What tyres would you suggest for mostly gravel with a bit of road? Dom
""", locale="en-GB"),
    C("""
Hi Mrs Whitfield,

Your prescription for omeprazole is ready to collect. The pharmacist has also checked the Piriton you asked about, and it's fine to take alongside it. For your grandson, we'd suggest the paediatric Calpol sachets rather than the tablets.

Kind regards,
Hillcrest Pharmacy
""", thread="""
Is my omeprazole ready? And can I take Piriton with it? Also what's best for my grandson's temperature, he's 4. Judith Whitfield
""", locale="en-GB"),
    C("""
Hi Kayla,

Good news! The 30 lb bag of Blue Buffalo Life Protection is back in stock and ships tomorrow. We also have Bravecto chews and Greenies dental treats in the same warehouse, so if you'd like to add either, I can send them in the same box.

Thanks,
Fins & Feathers Pet Supply
""", thread="""
When will the 30 lb Blue Buffalo bag be back in stock? Kayla
""", locale="en-US"),
    C("""
Hi Rajesh,

Yes, Keyline works on macOS Sonoma and with JetBrains IDEs through our plugin. For single sign-on, we support Okta and Microsoft Entra ID, and the setup guide is at https://docs.keyline.example/sso/okta. Your license covers up to 25 users.

Best,
Alicia
Keyline Software Licensing
""", thread="""
Does your tool work on Mac and with IntelliJ? And can we use Okta for SSO? Rajesh
""", locale="en-US"),
    C("""
Hi Aoife,

Dr Ngozi Adebayo-Smith has reviewed your scans, and you're a good candidate for Invisalign. The programme usually lasts 12 to 18 months, and we offer interest-free finance over 24 months. Your consultation is booked for 2 May at 16:10.

Best wishes,
Riverside Dental Care
""", thread="""
Am I suitable for clear aligners? Aoife Brennan
""", locale="en-GB"),
    C("""
Dear Mr Wiśniewski,

Your Škoda Octavia estate has passed its MOT, with one advisory for the front nearside tyre, which is close to the legal limit. We can replace it for £96 fitted. The car is ready to collect, and we've parked it by the kerb outside the showroom.

Kind regards,
Crestview Motors Service
""", thread="""
Is the Octavia ready? Wojciech Wiśniewski
""", locale="en-GB"),
    C("""
Hi Marcus,

You can track your claim online at https://portal.harborline.example/claims/CLM-88214, or email any extra documents to claims@harborline.example with CLM-88214 in the subject line. The adjuster assigned to you is Nguyễn Thị Lan.

Thanks,
Harborline Insurance
""", thread="""
Where can I check on my claim? Marcus Webb
""", locale="en-US"),
    C("""
Hi Siobhán,

Thank you for choosing us! Please send your final guest list and table plan to bookings@oldgranary.example by Friday 1 August. The marquee will be up from the Thursday before, and our florist, Cerys, will be in touch about colours.

Warm wishes,
Grace
The Old Granary Weddings
""", thread="""
When do you need the final numbers and table plan? Siobhán
""", locale="en-GB"),
    C("""
Hi Kevin,

Your flight to Denver was canceled by the airline, so you're entitled to a full refund of $412. We can also rebook you on the 7:45 AM departure the next day at no extra cost. Let me know which you'd prefer, and I'll take care of it.

Best,
Compass Travel
""", thread="""
My flight to Denver was just canceled. What are my options? Kevin
""", locale="en-US"),
    C("""
Dear Mrs Fairbairn,

I'm sorry your tour was cancelled. We've organised a full refund of £1,260 by cheque, which will be posted to you this week. If you'd prefer a bank transfer, I can arrange that instead; just send us your details by phone rather than email.

Kind regards,
Blue Horizon Travel
""", thread="""
The coach tour to the Lakes has been cancelled. How do I get my money back? Edith Fairbairn
""", locale="en-GB"),
    C("""
Hi Rosa,

Your Fenwick three-drawer chest (SKU FW-CH-3DRW, order OH-20931-B) is in stock in oak and walnut. Delivery to your postcode, BS6 7PX, is £39.

Thanks,
Oakhouse Furniture
""", thread="""
Is the Fenwick chest in stock? What's delivery to BS6? Rosa
""", locale="en-GB"),
    C("""
Hi Ingrid,

Lovely choice! Your villa in Sóller is booked for 12 to 19 July, and the hire car will be waiting at Palma airport. The drive across Mallorca takes about 40 minutes, and the travel documents will follow by email.

Kind regards,
Blue Horizon Travel
""", thread="""
Did the Sóller villa booking go through? Ingrid
""", locale="en-GB"),
    C("""
Hi Ben,

Your meter readings look right: 2,841 kWh over the year, with about 40% on the cheaper overnight rate. Economy 7 is probably still the best tariff for you, since your storage heaters run overnight.

Thanks,
Owen
Brightwater Energy
""", thread="""
Should I stay on Economy 7? Ben
""", locale="en-GB"),
    C("""
Dear Mr Chaudhry,

Thank you for your application. To hold a street trading licence, you'll need to show a food hygiene certificate, and you can't start trading on the High Street until it's issued. Your neighbours have been notified, as the rules require.

Yours sincerely,
Licensing Team
Northfield Borough Council
""", thread="""
What do I need to get a street trading licence for my coffee van? Asif Chaudhry
""", locale="en-GB"),
    C("""
Hi Megan,

Your gallery is live on Pixieset! I've included 612 edited JPEGs in full resolution. The RAW files aren't included in the package, but I keep them archived in Lightroom for a year if you ever want a custom edit.

Best,
Jordan Reyes Photography
""", thread="""
Got the gallery link, thank you! Do we also get the RAW files? Megan
""", locale="en-US"),
    C("""
Hi Chantelle,

The Marlow chaise comes in bouclé or velvet, and the bouclé is our most popular fabric this season. The color you liked, Oatmeal, ships in 3–4 weeks. I've attached a free swatch order form.

Thanks,
Haven Home Furniture
""", thread="""
Does the Marlow chaise come in a textured fabric? Chantelle
""", locale="en-US"),
    C("""
Hi Wei,

For the data course, you'll need Python 3.11 and Jupyter installed, and we'll use pandas, NumPy and Matplotlib throughout. The design module uses Figma, which has a free tier that's enough for the assignments.

Happy learning!
SkillForge
""", thread="""
What software do I need for the data analysis course? Wei
""", locale="en-US"),
    C("""
Dear Mrs Okonkwo,

Thank you for your quote request. Your jewellery is covered up to £2,000 per item, and the aluminium conservatory counts as part of the main building. As your flat is on the second storey, flood cover is included at no extra cost.

Kind regards,
HomeCover Insurance
""", thread="""
Is my jewellery covered, and does the conservatory count as part of the building? Ada Okonkwo
""", locale="en-GB"),
    C("""
Hi Ellie and Josh,

Great news: the summer package includes a glass of prosecco on arrival, three canapés per guest and a two-course wedding breakfast. The marquee fits up to 120 guests, and we've pencilled you in for Saturday 16 August. 🥂

Warm wishes,
The Old Granary Weddings
""", thread="""
What's included in the summer package? Can we have 110 guests? Ellie & Josh
""", locale="en-GB"),
    C("""
Hi Brandon,

For sensitive teeth, Dr. Kim recommends Sensodyne Pronamel twice a day and a Waterpik on the low setting instead of flossing for the first few weeks. We'll check how things are at your orthodontic review on June 3.

Best,
Bright Smile Family Dentistry
""", thread="""
My teeth are really sensitive since the braces went on. Any tips? Brandon
""", locale="en-US"),
    C("""
Hi Harriet,

Yes, we stock Lily's Kitchen and Dreamies, and the catnip toys are in the grey basket by the tills. We're open until 8pm on Thursdays, so there's plenty of time to pop in after work.

Thanks,
Paws & Whiskers
""", thread="""
Do you stock Lily's Kitchen cat food? Harriet
""", locale="en-GB"),
    C("""
Hi Sam,

Thanks for checking in! Your favourite mechanic, Gav, has finished the service on your Brompton. We've centred the rear wheel, replaced the brake pads and realigned the hinge clamp. It's £68 in total and ready to collect.

Cheers,
Spoke & Chain Cycles
""", thread="""
Is my Brompton ready? Sam
""", locale="en-GB"),
]
