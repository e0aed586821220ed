"""promises: absolute guarantees, never-again/always commitments, unconditional deadlines for
outcomes the writer doesn't control, compensation promised without condition. Span = the promise."""

from _helpers import C

POSITIVE = [
    C("""
Dear Mr Fletcher,

I am very sorry that your boiler repair was cancelled twice. I have spoken to our engineering team and ⟦I can guarantee this will never happen again⟧. Your new appointment is Thursday 20 March, between 8am and 12pm.

Kind regards,
Louise
HomeCover Insurance
""", thread="""
This is the second time your engineer has cancelled on the morning. I've taken two days off work for nothing. Neil Fletcher
""", locale="en-GB"),
    C("""
Hi Ashley,

I've processed the refund for the returned recliner today. ⟦The $1,249 will be back in your account by Friday⟧. The refund confirmation is attached (reference RF-55019) in case you need it. Have a great trip!

Thanks,
Marco
Haven Home Furniture
""", thread="""
Hi, when will I get the money back for the recliner you collected on Monday? I need it before I travel next week. Ashley
""", locale="en-US"),
    C("""
Hi Joe,

Thanks for your patience. The part for your fridge has been ordered and ⟦the engineer will definitely be with you before noon tomorrow⟧ to fit it. Please empty the fridge beforehand and make sure there's clear access to the back of it.

Best,
Sandra
Kitchen Appliance Cover
""", thread="""
My fridge has been broken for a week. When is someone coming? Joe
""", locale="en-GB"),
    C("""
Dear Ms Kaur,

Thank you for choosing Blue Horizon Travel. The visa application went to the embassy this morning and ⟦your passport will be back in plenty of time for your flight on the 28th⟧. I'll send the e-tickets over once it arrives.

Best regards,
Nadia
Blue Horizon Travel
""", thread="""
Hi Nadia, I'm getting nervous. Will my passport come back from the Indian embassy before I fly on 28 April? Simran Kaur
""", locale="en-GB"),
    C("""
Hi Grant,

Good news: ⟦we'll always match any lower price you find⟧, online or in store, so you can buy with confidence. The Trek Domane AL 2 is £899 with us, including the first service. Just bring in the link or a screenshot of the other price.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
I've seen the Domane AL 2 a bit cheaper elsewhere. Do you price match? Grant
""", locale="en-GB"),
    C("""
Hi Maria,

Sorry about the damaged frame. I've booked a courier to collect it on Tuesday, and ⟦your replacement will arrive by Friday, 100%⟧. Please leave the broken glass in the box so the courier can take it safely.

Thanks,
Danny
Lumen Prints & Frames
""", thread="""
The frame for my wedding print arrived with the glass smashed. Maria
""", locale="en-US"),
    C("""
Dear Mr and Mrs Clarke,

Thank you for confirming your order. ⟦Your Harlow corner sofa will be delivered on 14 May, guaranteed⟧. Our driver will call 30 minutes before arrival.

Kind regards,
Oakhouse Furniture
""", thread="""
We've just ordered the Harlow corner sofa. We're having the family over on the 17th, so will it arrive in time? Paul & Jean Clarke
""", locale="en-GB"),
    C("""
Hi Mrs Doyle,

Your prescription for amoxicillin has gone to our supplier today, and ⟦it will be ready for you to collect by 4pm tomorrow⟧. The pharmacist will go through how to take the course when you pick it up. Please bring your exemption card if you have one.

Kind regards,
Seema
Hillcrest Pharmacy
""", thread="""
The GP sent my antibiotics prescription this morning but you said it's out of stock. When can I get it? It's for a chest infection. Bernadette Doyle
""", locale="en-GB"),
    C("""
Dear Mrs Roberts,

Thank you for reporting the pothole on Station Road. I have passed it to our highways contractor, and ⟦it will be repaired within 48 hours⟧. You can follow the report on our website using reference HW-30418.

Yours sincerely,
Highways Team
Northfield Borough Council
""", thread="""
There's a huge pothole outside 22 Station Road. A cyclist nearly came off this morning. Please fix it urgently. Glenys Roberts
""", locale="en-GB"),
    C("""
Hi Brian,

Thanks for sending everything over so quickly. Your paperwork is all in order, and ⟦your claim will definitely be approved⟧. The assessor will be in touch next week to arrange the payment.

Best,
Tanya
Harborline Insurance
""", thread="""
I've uploaded the police report and the photos of the car. Is there anything else you need for the claim? Brian
""", locale="en-US"),
    C("""
Hi Omar,

Thanks for reporting the crash. Version 8.4.1 is out today and ⟦it fixes the export problem permanently⟧. You can update from Help, then Check for updates.

Regards,
Keyline Software Support
""", thread="""
Your app crashes every time I export to PDF. This is costing us hours. Omar
""", locale="en-GB"),
    C("""
Hi Ms. Gibson,

I've removed the duplicate charge and refunded the $14.99. ⟦You will never be charged twice again⟧; we've fixed the billing bug that caused it. The refund should appear on your statement within 3–5 business days.

Thanks,
Ethan
StreamLine Learning Billing
""", thread="""
I was charged twice for my monthly subscription again. Please sort this out. Karen Gibson
""", locale="en-US"),
    C("""
Hiya Fran,

The new rear mech is on order from Shimano. ⟦It'll be here Thursday for sure⟧, so we'll have the bike ready for you to collect on Saturday. Fitting is £25 on top of the part.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
Will my bike be ready by Saturday? I've got the Dales sportive on Sunday morning. Fran
""", locale="en-GB"),
    C("""
Dear Amelia and Raj,

We're so excited for your garden ceremony! Please don't worry about the forecast: ⟦I promise you it won't rain on the day⟧. We'll have the chairs out on the lawn by 1pm.

With love,
Grace
The Old Granary Weddings
""", thread="""
The long-range forecast for the 7th is looking iffy. What happens if it rains during the outdoor ceremony? Amelia
""", locale="en-GB"),
    C("""
Hi Dana,

The Calm Paws spray is our best seller for itchy dogs. ⟦It's guaranteed to stop the scratching within 24 hours⟧ 🐶 It's $16.99 for the 8 oz bottle. You can pick it up in store or we can ship it to you.

Thanks,
Fins & Feathers Pet Supply
""", thread="""
My labrador keeps scratching and has bald patches on his back. Do you sell anything that helps? Dana
""", locale="en-US"),
    C("""
Hi Ahmed,

Thanks for renewing for three years! ⟦Your price will stay at $480 a year forever⟧, however much our list price changes. Your new invoice is attached.

Best,
Alicia
Keyline Software Licensing
""", thread="""
We've renewed for another three years. Will the price go up after that? Ahmed
""", locale="en-US"),
    C("""
Dear Mr Lowe,

I'm sorry your cover note didn't arrive. I've sent it again by email and post. ⟦We'll refund your whole premium for the month⟧ to make up for the trouble, and ⟦the DVLA will have your tax record updated by Monday⟧.

Yours sincerely,
Sterling Mutual
""", thread="""
I still haven't received my cover note and I need it to tax the car. Richard Lowe
""", locale="en-GB"),
    C("""
Hey Sam! 📸

Love your ideas for the engagement shoot. Sunset at Cannon Beach on the 9th it is. ⟦You'll get the most amazing golden-hour light, I guarantee it⟧.

See you soon,
Jordan Reyes Photography
""", thread="""
Hi Jordan! Can we do the engagement shoot at sunset at Cannon Beach on the 9th? Sam
""", locale="en-US"),
    C("""
Hi Keith,

Sorry again about the missed appointment. Dr Shah has a cancellation on Monday at 9:00, which I've booked for you, and ⟦we'll cover the cost of the filling ourselves⟧ for the trouble. Please arrive ten minutes early so we can update your medical history.

Best wishes,
Becky
Riverside Dental Care
""", thread="""
I took the morning off for my filling and was told at the desk the dentist was off sick. Nobody rang me. Keith
""", locale="en-GB"),
]

NEGATIVE = [
    C("""
Dear Mr Fletcher,

I am very sorry that your boiler repair was cancelled twice, and on the morning both times. That isn't good enough, and I understand you've lost two days of work because of it.

I can't promise that an engineer will never be called away to an emergency, but I have marked your job as a priority, which means it is the last one we would move. Your new appointment is Thursday 20 March, between 8am and 12pm. I will ring you myself at 7:30 that morning to confirm the engineer is on his way.

Kind regards,
Louise
HomeCover Insurance
""", thread="""
This is the second time your engineer has cancelled on the morning. I've taken two days off work for nothing. Neil Fletcher
""", locale="en-GB"),
    C("""
Hi Ashley,

I've processed the refund for the returned recliner today. Refunds usually take 5–10 business days to show up, depending on your bank, so it may not arrive before your trip, I'm afraid.

If you need it sooner, your bank can sometimes tell you when a pending refund will clear. I've attached the refund confirmation (reference RF-55019) in case they ask for it.

Thanks,
Marco
Haven Home Furniture
""", thread="""
Hi, when will I get the money back for the recliner you collected on Monday? I need it before I travel next week. Ashley
""", locale="en-US"),
    C("""
Hi Joe,

Sorry it's taken so long; a week without a fridge is miserable. The part has been ordered and should reach the engineer by Wednesday. As soon as it's in, I'll book the first available slot and text you the time.

If the part is delayed again, I'll arrange a replacement fridge instead rather than keep you waiting.

Best,
Sandra
Kitchen Appliance Cover
""", thread="""
My fridge has been broken for a week. When is someone coming? Joe
""", locale="en-GB"),
    C("""
Dear Ms Kaur,

I completely understand the nerves. The application went to the embassy on 2 April. Their published processing time is 10–15 working days, so it should be back before your flight on the 28th, but I can't guarantee it, as the embassy sets its own pace.

I will check the tracking every morning and email you on Friday with an update either way. If it isn't back by the 24th, we can talk about moving your flight, which your fare allows for a £60 fee.

Best regards,
Nadia
Blue Horizon Travel
""", thread="""
Hi Nadia, I'm getting nervous. Will my passport come back from the Indian embassy before I fly on 28 April? Simran Kaur
""", locale="en-GB"),
    C("""
Hi Grant,

We do price match! If you find the same bike cheaper at a UK shop with it in stock, send us the link and we'll match the price, as long as it's not a clearance or trade price.

The Trek Domane AL 2 is £899 with us, which includes the first service at six weeks.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
I've seen the Domane AL 2 a bit cheaper elsewhere. Do you price match? Grant
""", locale="en-GB"),
    C("""
Hi Maria,

I'm so sorry the glass arrived smashed, especially on your wedding print. I've booked a courier to collect it on Tuesday, and we'll reprint and reframe straight away. Replacements normally arrive within 3–5 business days of collection, and I'll send you the tracking number as soon as it ships.

Thanks,
Danny
Lumen Prints & Frames
""", thread="""
The frame for my wedding print arrived with the glass smashed. Maria
""", locale="en-US"),
    C("""
Dear Mr and Mrs Clarke,

Thank you for your order. Your Harlow corner sofa is due at our warehouse on 8 May, and our delivery team expects to bring it to you on 14 May. If anything changes with the factory, I'll let you know straight away so there's time to plan for the 17th.

Our driver will call 30 minutes before arrival.

Kind regards,
Oakhouse Furniture
""", thread="""
We've just ordered the Harlow corner sofa. We're having the family over on the 17th, so will it arrive in time? Paul & Jean Clarke
""", locale="en-GB"),
    C("""
Hi Mrs Doyle,

I'm sorry we didn't have your antibiotics in stock this morning. I've ordered them from our supplier, whose deliveries normally arrive by 2pm the next working day. I'll text you as soon as they're ready to collect.

If they don't arrive tomorrow, I can ask the GP to switch to an alternative that we do have in stock, so you're not left without treatment.

Kind regards,
Seema
Hillcrest Pharmacy
""", thread="""
The GP sent my antibiotics prescription this morning but you said it's out of stock. When can I get it? It's for a chest infection. Bernadette Doyle
""", locale="en-GB"),
    C("""
Dear Mrs Roberts,

Thank you for reporting the pothole on Station Road. Because it is on a main cycle route, I have classed it as urgent. Our target for urgent defects is to make them safe within 48 hours, and our contractor has it on their list for Thursday.

I will email you once the inspector has signed it off.

Yours sincerely,
Highways Team
Northfield Borough Council
""", thread="""
There's a huge pothole outside 22 Station Road. A cyclist nearly came off this morning. Please fix it urgently. Glenys Roberts
""", locale="en-GB"),
    C("""
Hi Brian,

Thanks for sending everything over so quickly. I've checked the police report and the photos, and your file is now complete. The assessor will review it next week, and most claims with full paperwork are decided within 10 business days.

I'll let you know the moment there's a decision.

Best,
Tanya
Harborline Insurance
""", thread="""
I've uploaded the police report and the photos of the car. Is there anything else you need for the claim? Brian
""", locale="en-US"),
    C("""
Hi Omar,

Sorry for the lost hours. Version 8.4.1, out today, fixes the two export crashes we could reproduce from your logs. Please update from Help, then Check for updates, and tell me if it happens again; if it does, I'll escalate it to the developers straight away.

Regards,
Keyline Software Support
""", thread="""
Your app crashes every time I export to PDF. This is costing us hours. Omar
""", locale="en-GB"),
    C("""
Hi Ms. Gibson,

I'm sorry you were charged twice again. I've refunded the duplicate $14.99; you should see it within 3–5 business days, depending on your bank. We found a billing bug that affects some customers who updated their card, and a fix is being tested this week.

I've also added a note to your account so I'll check your next billing date myself.

Thanks,
Ethan
StreamLine Learning Billing
""", thread="""
I was charged twice for my monthly subscription again. Please sort this out. Karen Gibson
""", locale="en-US"),
    C("""
Hiya Fran,

Shimano say the new rear mech should be with us on Thursday. If it arrives then, we'll fit it that afternoon and the bike will be ready Friday, in good time for the sportive.

If the delivery slips, I'll ring you Thursday evening, and we can lend you one of our hire bikes for the weekend instead.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
Will my bike be ready by Saturday? I've got the Dales sportive on Sunday morning. Fran
""", locale="en-GB"),
    C("""
Dear Amelia,

Good question! We keep a close eye on the forecast and make the final call at 10am on the day. If rain looks likely, we move the ceremony into the Barn, which we'll have dressed as a backup anyway, so there's no extra cost.

We can't do anything about the weather, sadly, but we're well prepared for it. 🌦️

With love,
Grace
The Old Granary Weddings
""", thread="""
The long-range forecast for the 7th is looking iffy. What happens if it rains during the outdoor ceremony? Amelia
""", locale="en-GB"),
    C("""
Hi Dana,

Bald patches and constant scratching can have a few causes, like fleas, mites or a food allergy, so it's worth having your vet take a look first. In the meantime, the Calm Paws spray can soothe the skin, and many customers tell us it helps within a couple of days. It's $16.99 for the 8 oz bottle.

Thanks,
Fins & Feathers Pet Supply
""", thread="""
My labrador keeps scratching and has bald patches on his back. Do you sell anything that helps? Dana
""", locale="en-US"),
    C("""
Hi Ahmed,

Thanks for renewing for three years! Your price is fixed at $480 a year for the whole term, until March 2028. After that, renewals are priced at whatever the list price is then, less your 15% loyalty discount.

Best,
Alicia
Keyline Software Licensing
""", thread="""
We've renewed for another three years. Will the price go up after that? Ahmed
""", locale="en-US"),
    C("""
Dear Mr Lowe,

I'm sorry your cover note didn't arrive. I've sent it again by email and first-class post today. I've also added a £25 credit to your account for the trouble, which will come off next month's premium.

The DVLA checks the insurance database directly, and updates usually show within a few days, so you may be able to tax the car online even before the paper copy arrives.

Yours sincerely,
Sterling Mutual
""", thread="""
I still haven't received my cover note and I need it to tax the car. Richard Lowe
""", locale="en-GB"),
    C("""
Hey Sam! 📸

Love your ideas for the engagement shoot. Sunset at Cannon Beach on the 9th works for me. If the weather turns, I'll text you that morning and we can move to the 10th or 11th at no extra cost.

I'll send a short prep guide on Monday with outfit ideas and where to park.

See you soon,
Jordan Reyes Photography
""", thread="""
Hi Jordan! Can we do the engagement shoot at sunset at Cannon Beach on the 9th? Sam
""", locale="en-US"),
    C("""
Hi Keith,

I'm so sorry nobody rang you; that's our mistake, and it shouldn't have happened. Dr Shah has a cancellation on Monday at 9:00, which I've held for you. Please reply to confirm and I'll lock it in.

I've also waived the £15 booking fee for the new appointment.

Best wishes,
Becky
Riverside Dental Care
""", thread="""
I took the morning off for my filling and was told at the desk the dentist was off sick. Nobody rang me. Keith
""", locale="en-GB"),
    C("""
Hello Mrs Evans,

Thank you for your patience. If the meter reading you sent shows that the bill was overestimated, we will refund the difference, and we'll let you know within two working days which it is. You can check the status of the review in your online account.

Kind regards,
Pinewood Water
""", thread="""
My bill is double what I normally pay. I've sent a meter reading. Will I get money back? Carys Evans
""", locale="en-GB"),
    C("""
Hi Liam,

Unfortunately I won't be able to guarantee delivery before Christmas Eve. The courier's last guaranteed date for your area was yesterday. We can still send it by tracked next-day, and most parcels sent today arrive in time, but I'd hate for you to count on it and be let down.

Let me know if you'd like me to go ahead.

Thanks,
Harriet
Paws & Whiskers Online
""", thread="""
Can you get the cat tree to me before Christmas? Liam
""", locale="en-GB"),
    C("""
Hi Tasha,

Sure! I'll call you on Tuesday at 2pm to go through the course options. We aim to reply to every message within one working day, and every reply comes from a real person rather than a bot. 🙂

Speak soon,
Priya
CodePath Academy
""", thread="""
Could someone call me to talk about which course is right for me? Tasha
""", locale="en-US"),
]
