"""apology: the thread complains or reports a failure and the draft neither acknowledges nor
apologises (it may still fix the problem). Positives are whole-text labels, no markers."""

from _helpers import C

POSITIVE = [
    C("""
Hi Joan,

Please send a photo of the broken leg to returns@oakhouse.example with your order number, and we'll post a replacement leg with fixings. Our couriers deliver Monday to Friday, 8am to 6pm. Replacement parts usually ship within two working days of the photo arriving.

Thanks,
Mia
Oakhouse Furniture
""", thread="""
Hello,

The Alder dining table arrived this morning with one of the legs snapped clean off. This is the second time this has happened with your company. I'm very disappointed.

Joan Whitaker
""", locale="en-GB"),
    C("""
Hi Paul,

Your account shows a payment of £86.20 on 1 March and a second payment of £86.20 on 2 March. The second one has been refunded and will appear within 3–5 working days. Your next payment will be taken on 1 April as normal.

Regards,
Billing Team
Brightwater Energy
""", thread="""
You've taken my direct debit twice this month and now I'm overdrawn. This is the third billing mistake since I switched to you. Paul Dempsey
""", locale="en-GB"),
    C("""
Hello Mr. Santos,

Your vehicle is ready for pickup. The technician replaced the cabin air filter and reset the service light. Total due is $86.40.

Lakeside Ford Service
""", thread="""
I dropped my car off at 7:30 this morning for an oil change that was supposed to take an hour. It's now 3pm and nobody has called me. I had to take a cab to work. Ricardo Santos
""", locale="en-US"),
    C("""
Dear Ms Byrne,

The chair covers for your reception were recorded as ivory rather than white on the order form. The white covers can be swapped in for any future events at no charge. Your final invoice is attached.

Kind regards,
Hartwell Manor Events
""", thread="""
Dear Hartwell Manor,

We specifically asked for white chair covers and on the day they were ivory and clashed with everything. We were really upset, and frankly it spoiled the photos.

Niamh Byrne
""", locale="en-GB"),
    C("""
Hi Greg,

The video player needs Chrome 110 or later. Please update your browser and clear the cache, then log in again. The lessons should then play normally.

Regards,
SkillForge Support
""", thread="""
I paid $299 for this course and half the videos won't play. I've wasted an entire evening trying to get it to work. This is ridiculous.

Greg
""", locale="en-US"),
    C("""
Dear Mr Kapoor,

Your prescription for ramipril is now ready to collect. We are open until 7pm tonight. The pharmacist on duty today is Helen, and she will go through the dose with you at the counter.

Regards,
Hillcrest Pharmacy
""", thread="""
I was given the wrong strength of my blood pressure tablets last week. Luckily my wife noticed before I took any. This could have been really serious. Vikram Kapoor
""", locale="en-GB"),
    C("""
Hey Tara! 🐾

You can bring the harness back to either of our stores or send it to us with the free returns label on our website. We'll refund it as soon as it arrives, or swap it for a size Large. The Large fits chest sizes from 70 to 90 cm.

Thanks,
The Paws & Whiskers team
""", thread="""
The harness I ordered broke on the first walk and my dog ran into the road. He's fine but I'm shaken up. Tara
""", locale="en-US"),
    C("""
Hi Beth,

I've re-exported the gallery at full resolution and uploaded it to the same link. The files are now 6000 × 4000 pixels, which is large enough for prints up to 20 × 30 inches. The link stays live for 12 months.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, the photos you sent are tiny and look blurry when I try to print them. We paid $3,200 for this package and honestly I expected better. Beth
""", locale="en-US"),
    C("""
Hi Sven,

Your licence key has been reissued. The new key is in your account under Licences, and the old one will stop working at midnight. You can activate the new key on up to three computers.

Regards,
Keyline Software Licensing
""", thread="""
Our licence was deactivated overnight with no warning and the whole design team has been locked out since 9am. We have client deadlines today. Sven Larsen, Studio Nord
""", locale="en-GB"),
    C("""
Dear Mr Ogunleye,

We have received your report. The fly-tipped waste on Ash Grove will be collected by our street cleansing team, and enforcement officers will review the CCTV footage. You can track the report online with reference ES-77412.

Yours sincerely,
Environmental Services
Northfield Borough Council
""", thread="""
I reported fly-tipping on Ash Grove three weeks ago and it's still there. There are rats now. I'm getting nowhere with the council. Tunde Ogunleye
""", locale="en-GB"),
    C("""
Hi Rachel,

Dr Shah has availability on Thursday at 11:40 or Friday at 14:15. Please let us know which you prefer and we'll book it in. Both appointments are 30 minutes long.

Best wishes,
Riverside Dental Care
""", thread="""
I sat in your waiting room for 50 minutes this morning and then was told my appointment had been double-booked. I'd taken time off work for it. Rachel Moss
""", locale="en-GB"),
    C("""
Hi Ollie,

Bring the bike in any weekday before 10am and we'll re-index the gears and check the hanger alignment. It usually takes about 30 minutes, and you're welcome to wait in the shop.

Cheers,
Spoke & Chain Cycles
""", thread="""
I picked my bike up from its service on Saturday and the gears are slipping worse than before. I paid £85 for that service. Ollie
""", locale="en-GB"),
    C("""
Dear Mr. Chen,

Your new policy documents are attached. The driver listed is now Wei Chen, and the start date is March 3. Please keep these with your vehicle.

Sincerely,
Harborline Insurance
""", thread="""
This is the third time I've asked you to correct the name on my policy. It's spelled wrong again on the new documents, and I can't register the car until it's right.

Wei Chen
""", locale="en-US"),
    C("""
Hi Fatima,

The transfer from the airport to your hotel is now booked for 14:30 on 2 June, with a driver holding a sign with your name. The driver's contact number is on the voucher attached. The journey to the hotel takes about 45 minutes.

Kind regards,
Blue Horizon Travel
""", thread="""
Hi,

On our last trip the airport transfer you booked never turned up and we waited two hours in the heat with the kids before getting a taxi. I want to make sure that doesn't happen on this one.

Fatima
""", locale="en-GB"),
    C("""
Hi Dev,

The invoice has been reissued with your VAT number on it. You'll find it under Billing > Invoices. Payment terms are 30 days from the invoice date, by card or bank transfer.

Keyline Software Licensing
""", thread="""
Hi Keyline,

Your invoice is still missing our VAT number, even after two requests. Our accounts team can't pay it as it stands and it's now overdue on our side.

Thanks
Dev

> On 4 Mar 2025, at 09:12, Keyline Billing <billing@keyline.example> wrote:
> Thanks, we'll add the VAT number to the next invoice.
""", locale="en-GB"),
    C("""
Hi Megan,

Your sofa is now booked for delivery on Saturday 22 March between 7am and 1pm. The driver will ring 30 minutes before arrival. 🛋️ If Saturday doesn't suit, reply with another day.

Oakhouse Furniture Deliveries
""", thread="""
I waited in all day yesterday for the sofa delivery and nobody came. No call, no text. I've now lost a day's pay. Megan
""", locale="en-GB"),
    C("""
Hello Mr. Novak,

Service has been restored to your street as of 4:10 PM. If your water looks cloudy, run the cold tap for a few minutes until it clears. Please boil water for drinking until we text you the all-clear.

Pinewood Water
""", thread="""
We've had no water since 6am and nobody told us there'd be an outage. I have a newborn at home. Tomas Novak
""", locale="en-US"),
    C("""
Hi Abby,

The replacement course login has been sent to your work email. Your progress from the old account has been transferred, so you can carry on from Module 4. Please contact your tutor to arrange a new date for the final assessment.

CodePath Academy
""", thread="""
My login stopped working the night before my final assessment and nobody answered the live chat for three hours. I ended up missing the deadline. Abby
""", locale="en-US"),
]

NEGATIVE = [
    C("""
Hi Joan,

I'm so sorry. A snapped leg is bad enough, but for it to happen twice is really not good enough, and I completely understand your disappointment.

Please send a photo of the broken leg to returns@oakhouse.example. We'll post a replacement leg with fixings by next-day delivery, and I've asked our warehouse to check the packaging on this table before anything else goes out.

Thanks,
Mia
Oakhouse Furniture
""", thread="""
Hello,

The Alder dining table arrived this morning with one of the legs snapped clean off. This is the second time this has happened with your company. I'm very disappointed.

Joan Whitaker
""", locale="en-GB"),
    C("""
Hi Paul,

You're right, and that's our mistake: the direct debit was taken twice because of a fault in our billing system. My apologies for the stress of being overdrawn because of it.

The second payment of £86.20 has been refunded today. If your bank charged you for going overdrawn, send me the statement and we'll cover the fee.

Regards,
Billing Team
Brightwater Energy
""", thread="""
You've taken my direct debit twice this month and now I'm overdrawn. This is the third billing mistake since I switched to you. Paul Dempsey
""", locale="en-GB"),
    C("""
Hello Mr. Santos,

That's not the experience we want anyone to have, and a call to let you know about the delay was the least you should have had. The technician found a cracked air intake hose during the oil change and was waiting on the part.

Your vehicle is ready for pickup. We've taken the oil change off the bill and will reimburse your cab fare; just bring the receipt.

Lakeside Ford Service
""", thread="""
I dropped my car off at 7:30 this morning for an oil change that was supposed to take an hour. It's now 3pm and nobody has called me. I had to take a cab to work. Ricardo Santos
""", locale="en-US"),
    C("""
Dear Ms Byrne,

I am truly sorry. You asked for white covers, and the order form we filled in says ivory. The mistake was ours, and I can only imagine how upsetting it was to see them on the day.

We will refund the full £210 for the chair covers, and if any of your photos need retouching, our photographer partner has offered to do it free of charge.

Kind regards,
Hartwell Manor Events
""", thread="""
Dear Hartwell Manor,

We specifically asked for white chair covers and on the day they were ivory and clashed with everything. We were really upset, and frankly it spoiled the photos.

Niamh Byrne
""", locale="en-GB"),
    C("""
Hi Greg,

Ugh, losing an evening to video problems is the worst; I'd be annoyed too. This usually happens with older browsers: the player needs Chrome 110 or later. Update your browser, clear the cache, then log in again.

If the videos still won't play after that, reply with a screenshot and I'll extend your access by a month to make up for the lost time.

Regards,
SkillForge Support
""", thread="""
I paid $299 for this course and half the videos won't play. I've wasted an entire evening trying to get it to work. This is ridiculous.

Greg
""", locale="en-US"),
    C("""
Dear Mr Kapoor,

Thank you for telling us, and please accept our sincere apologies. Giving you the wrong strength was a serious error, and I'm very glad your wife noticed.

I have reported it as a dispensing incident, and our superintendent pharmacist will review how it happened. Your correct prescription is ready to collect today, and I will check it with you personally at the counter.

Regards,
Hillcrest Pharmacy
""", thread="""
I was given the wrong strength of my blood pressure tablets last week. Luckily my wife noticed before I took any. This could have been really serious. Vikram Kapoor
""", locale="en-GB"),
    C("""
Hey Tara 🐾

That sounds terrifying, and I'm so glad he's OK. A harness should never fail like that, and we've pulled the rest of that batch from sale while we check it.

We've refunded you in full. No need to send it back, but if you could send a photo of where it broke, it would help us with the supplier.

Thanks,
The Paws & Whiskers team
""", thread="""
The harness I ordered broke on the first walk and my dog ran into the road. He's fine but I'm shaken up. Tara
""", locale="en-US"),
    C("""
Hi Beth,

You're absolutely right, and I'm sorry. The gallery was exported at web size by mistake, which is why prints looked blurry.

I've re-uploaded every image at full resolution to the same link; they're now 6000 × 4000 pixels, large enough for prints up to 20 × 30 inches. As a thank-you for your patience, I've added a free 16 × 20 print to your order.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, the photos you sent are tiny and look blurry when I try to print them. We paid $3,200 for this package and honestly I expected better. Beth
""", locale="en-US"),
    C("""
Hi Sven,

We let you down here, and on a day with client deadlines, too. Our licence server revoked a batch of keys by mistake overnight.

Your key has been reissued and the team should be able to activate it straight away. I've also added a month to your subscription for the lost morning.

Regards,
Keyline Software Licensing
""", thread="""
Our licence was deactivated overnight with no warning and the whole design team has been locked out since 9am. We have client deadlines today. Sven Larsen, Studio Nord
""", locale="en-GB"),
    C("""
Hi Ollie,

Sorry about that. Slipping gears straight after a service shouldn't happen. Bring the bike in any weekday before 10am and we'll re-index the gears and check the hanger alignment free of charge. It usually takes about 30 minutes, so you can wait if you like.

Cheers,
Spoke & Chain Cycles
""", thread="""
I picked my bike up from its service on Saturday and the gears are slipping worse than before. I paid £85 for that service. Ollie
""", locale="en-GB"),
    C("""
Hi Megan,

Apologies for yesterday. Our van broke down mid-route and we should have called every customer on it, but we didn't.

Your sofa is now booked for Saturday 22 March between 7am and 1pm, and the driver will ring 30 minutes before arrival. We'll refund the £49 delivery charge too.

Oakhouse Furniture Deliveries
""", thread="""
I waited in all day yesterday for the sofa delivery and nobody came. No call, no text. I've now lost a day's pay. Megan
""", locale="en-GB"),
    C("""
Hello Mr. Novak,

A full day without water with a newborn at home must have been really hard, and you should have had notice. The burst main on Elm Street was an emergency, but our alert text didn't go out, and we're looking into why.

Service has been back since 4:10 PM. Please boil water for drinking until we text you the all-clear.

Pinewood Water
""", thread="""
We've had no water since 6am and nobody told us there'd be an outage. I have a newborn at home. Tomas Novak
""", locale="en-US"),
    C("""
Hi Carla,

Yes, the Bristol Cycle Cafe route is suitable for an e-bike. It's 42 km with one steep climb at Dundry, and our hire e-bikes have a range of about 80 km, so you'll have plenty of battery left. The route map is on page 3 of the leaflet.

Cheers,
Spoke & Chain Cycles
""", thread="""
Hi, is the cafe route in your leaflet OK on an e-bike? Carla
""", locale="en-GB"),
    C("""
Hi Nathan,

Great question! If your parcel arrives damaged, just take a photo of the box and the item within 48 hours and send it to us. We'll arrange a free collection and send a replacement or refund, whichever you prefer.

Every order is insured in transit, so you won't be out of pocket.

Thanks,
Haven Home Furniture
""", thread="""
I'm thinking of ordering the glass coffee table but I'm worried. What if it arrives damaged? Nathan
""", locale="en-US"),
    C("""
Dear Mrs Ellison,

Thank you for your kind words! It was a pleasure to host your ruby anniversary lunch, and I've passed your message on to Marco and the kitchen team.

We would love to see you again. Our autumn menu launches in September if you fancy a visit.

Warm regards,
Fiona Lister
Hartwell Manor
""", thread="""
Dear Fiona, just a note to say thank you for such a wonderful day on Saturday. Everything was perfect and the staff were so attentive. Margaret Ellison
""", locale="en-GB"),
    C("""
Hi Jo,

Yes, you can pay in instalments. The course fee is $900, and you can split it into three payments of $300, taken on the 1st of each month. Choose "Pay in 3" at checkout.

Best,
CodePath Academy
""", thread="""
Can I pay for the bootcamp in instalments? Jo
""", locale="en-US"),
    C("""
Dear Mr Adeyemi,

To change the name on your council tax account, please fill in the change of circumstances form on our website and attach a copy of your tenancy agreement. We aim to process changes within 10 working days. The first bill in both names will be sent once the change is made.

Yours sincerely,
Revenues Team
Northfield Borough Council
""", thread="""
I've moved into 3 Orchard Close with my partner. How do we get the council tax put in both our names? Femi Adeyemi
""", locale="en-GB"),
    C("""
Hi Harriet,

Both are fine for puppies. The Puppy Starter kibble is best from 8 weeks, and you can mix in a little of the wet food from 10 weeks if she's a fussy eater. The bag is $24.99 and lasts about a month for a small breed.

Thanks,
Fins & Feathers Pet Supply
""", thread="""
We're picking up our cockapoo puppy next week. Which food should we start her on? Harriet
""", locale="en-US"),
    C("""
Hi Wendy,

Yes, we cover pet travel insurance for dogs going to France, as long as they have a valid animal health certificate. Cover starts from £34 for a two-week trip and includes vet fees up to £2,000. You can add it to your existing policy online.

Kind regards,
HomeCover Insurance
""", thread="""
What happens if my dog gets ill while we're on holiday in France? Are we covered? Wendy
""", locale="en-GB"),
    C("""
Dear Patients,

Please note that Riverside Dental Care will be closed on Monday 26 May for the bank holiday. For urgent dental care while we are closed, please call NHS 111. We will reopen at 8am on Tuesday 27 May.

Best wishes,
The team at Riverside Dental Care
""", locale="en-GB"),
    C("""
Hi Gabriel,

Thanks for getting back to me so quickly. I've booked the 10:30 flight from Lisbon on the 14th and the hotel near Alfama for four nights. Your itinerary is attached; please check that the names match your passports.

Kind regards,
Nadia
Blue Horizon Travel
""", thread="""
Hi Nadia, the 10:30 flight is perfect, please go ahead and book it with the Alfama hotel. Gabriel
""", locale="en-GB"),
    C("""
Hi Leah,

I hear you. Waiting six weeks for a license refund is far too long, and chasing it shouldn't be your job. I've escalated it to our finance lead, who has approved it today; the $349 will reach your card within 5 business days, depending on your bank.

Best,
Alicia
Keyline Software Licensing
""", thread="""
It's been six weeks since you agreed to refund my license and I still haven't seen the money. I've emailed four times. Leah
""", locale="en-US"),
]
