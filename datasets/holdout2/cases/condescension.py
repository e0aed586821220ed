"""condescension: talking down, blaming, downplaying, patronising. Span = the core phrase."""

from _helpers import C

POSITIVE = [
    C("""
Hi Marcus,

The claim was declined because the damage came from a slow leak over several months, which your policy excludes. ⟦If you had actually read your policy wording⟧, none of this would be a surprise. You can ask for a review through the claims portal within 30 days of this email.

Regards,
Dana Ruiz
Claims, Harborline Insurance
""", thread="""
Hi,

My claim for the burst pipe (CLM-88214) was turned down and nobody has told me why. Half the kitchen ceiling came down. What is going on?

Marcus Webb
""", locale="en-US"),
    C("""
Hi Gwen,

Thanks for getting in touch! ⟦It's really very simple⟧: the in-home display has a battery, so plug it into the mains with the USB cable that came in the box and leave it for an hour. It will then look for the meter again on its own.

If it's still blank after that, give us a ring on 0161 496 0732.

Cheers,
Owen
Brightwater Energy
""", thread="""
Hello, my smart meter display has gone blank and I can't see my usage. I've tried switching it off and on again. Can you help?

Thanks, Gwen
""", locale="en-GB"),
    C("""
Hi Derek,

The extended warranty doesn't cover brake pads because they're a wear item. We went through all of this on the phone last week, ⟦so I'm not sure why we're going over it again⟧. Pads and rotors come to $418.60 installed, and we can fit you in Thursday morning.

Thanks,
Ray Kowalski
Service Advisor, Lakeside Ford
""", thread="""
Ray,

Why isn't my brake job covered? I paid $1,900 for the extended warranty and now you want another $400?

Derek Mills
""", locale="en-US"),
    C("""
Dear Mrs Ahmed,

Thank you for your email. The chair sashes were left off because our supplier was short that weekend. ⟦I doubt many of your guests even noticed⟧, and the room looked lovely in the photographs we have seen. We have refunded the £45 sash hire to your card.

Kind regards,
Fiona Lister
Events Manager, Hartwell Manor
""", thread="""
Dear Fiona,

We paid for gold sashes on every chair for our reception on Saturday and there were none. We were really disappointed as it was part of the look we had planned for months.

Yasmin Ahmed
""", locale="en-GB"),
    C("""
Hey Jess! 😊

No worries, ⟦I'll walk you through it really slowly⟧. Go to My Learning, click the course, and the certificate button is at the very bottom of the page, under the final quiz. It's a PDF, so you can print it or save it to your phone.

Happy learning!
Tyler @ SkillForge
""", thread="""
Hi, I finished the Excel for Bookkeepers course yesterday but I can't find where to download my certificate. Jess
""", locale="en-US"),
    C("""
Dear Ms Grant,

Repeat prescriptions need three working days, ⟦which is clearly printed on the slip you were given⟧, so a Thursday request was never going to be ready by Saturday. Your medication is ready now and can be collected any time before 6pm. If you'd like, we can set up text reminders for your next repeat.

Regards,
Amir
Hillcrest Pharmacy
""", thread="""
I came in on Saturday for my repeat prescription and it wasn't ready even though I ordered it on Thursday. I had to go without my tablets for the weekend.

Pauline Grant
""", locale="en-GB"),
    C("""
Hi Lena,

Bring the heater back with your receipt and we'll swap it for a new one. ⟦Honestly, neon tetras are cheap to replace⟧, so we can take 20% off a couple of new ones while you're in. The new heater comes with a two-year warranty.

Thanks,
Brad
Fins & Feathers Pet Supply
""", thread="""
The aquarium heater I bought from you last week stopped working overnight and two of my fish died. I'm really upset.

Lena
""", locale="en-US"),
    C("""
Hi Carmen,

Great question. Each wedding gallery is around 40 hours of culling, color correction and retouching, and I shoot two or three weddings a week in the summer. ⟦I appreciate the editing side is probably a bit over your head⟧, but that's why the contract says eight weeks. Your gallery is scheduled for the week of June 16.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, it's been six weeks since the wedding. Why does it take so long to get the photos? Carmen
""", locale="en-US"),
    C("""
Hi Rob,

⟦Per my last three emails⟧, the licence is per named user, not per device. You need 12 seats for 12 staff. I've attached the quote again.

Stuart
Keyline Software Licensing
""", thread="""
Hi Stuart, sorry, can you confirm whether we can install it on the shared PCs in the office with just the 5 seats we have? Rob
""", locale="en-GB"),
    C("""
Hello Mr Osei,

I've looked at your photos. The runners bent ⟦because the drawer was clearly overloaded⟧; they are rated for 15 kg. We can sell you a replacement pair for £18 including postage.

Regards,
Karen
Oakhouse Furniture Aftercare
""", thread="""
Hello, the runners on the bottom drawer of the Fenwick chest have bent and the drawer won't close. It's only four months old. Photos attached. Kwame Osei
""", locale="en-GB"),
    C("""
Hi Sophie,

Unfortunately Turkey requires at least 150 days left on your passport, so the airline was right to refuse boarding. ⟦It's something any seasoned traveller checks before booking⟧. Your travel insurance may cover part of the cost, and I can send you the booking invoice for the claim.

Best,
Nadia
Blue Horizon Travel
""", thread="""
We were turned away at the gate at Gatwick this morning because my passport runs out in four months. Nobody at your agency mentioned this. What happens now? Sophie
""", locale="en-GB"),
    C("""
Dear Mr Hughes,

Our crews report that the bin was not at the kerb by 7am on collection day. ⟦I'm sure a few extra bags can wait until the next round⟧. Your next collection is Tuesday 18 March; please have the bin out the night before.

Yours sincerely,
Waste Services
Northfield Borough Council
""", thread="""
My recycling has now been missed three times in a row and the bags are piling up in the front garden. This is not acceptable. Alan Hughes, 14 Mill Lane
""", locale="en-GB"),
    C("""
Hi Eleanor,

Your crown fitting is booked for Wednesday 12 March at 10:20. ⟦Don't worry your pretty head about the clinical details⟧; Dr Shah will explain whatever you need on the day. The fee is £395, payable at reception.

Warm wishes,
Becky
Riverside Dental Care
""", thread="""
Hi, before I come in, could you tell me what a crown fitting involves and whether it needs an injection? Thanks, Eleanor
""", locale="en-GB"),
    C("""
Hiya Callum,

We don't cover punctures under the warranty, I'm afraid. Fixing a flat is ⟦the first thing anyone who rides a bike learns⟧, so have a go yourself: there's a good video on our YouTube channel. Or drop it in and we'll do it for £12 while you wait.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
Hi, my new hybrid got a puncture on the second ride. Is that covered by the warranty? Callum
""", locale="en-GB"),
    C("""
Dear Ms Patel,

The £250 voluntary excess applies to every claim. ⟦You were told this at the point of sale and again in your renewal letter⟧. We will deduct it from the settlement, which should reach you within ten working days.

Yours sincerely,
Claims Department
Sterling Mutual
""", thread="""
Why has £250 been taken off my claim payment? Nobody mentioned an excess to me. Anjali Patel
""", locale="en-GB"),
    C("""
Hi Martin,

⟦Let me try this one more time, in plain English⟧: refunds are available within 14 days of purchase if you have watched less than 20% of the course. You've watched 64%, so the course isn't eligible. You keep lifetime access to everything, including future updates.

Regards,
Priya
CodePath Academy Support
""", thread="""
I still don't understand why I can't get a refund. I bought it 9 days ago. Martin
""", locale="en-US"),
    C("""
Hi Kevin,

⟦Haha, no, that's not how leasing works⟧ 😅 The mileage cap is 10,000 miles a year, and anything over that is billed at 18 cents a mile when you hand the car back. You're at 23,400 after two years, so you're fine for now. Let me know if you want to talk about buying extra miles.

Talk soon,
Brianna
Crestview Hyundai
""", thread="""
Hey Brianna, if I go over the miles on the lease do I just pay a bit more each month? Kevin
""", locale="en-US"),
    C("""
Hi Hannah and Leo,

Thanks for sending the planning form back. A few sections were empty, including the running order and the family photo list. ⟦Most couples manage to fill it in without any trouble⟧, so could you have another look and send it back by Friday?

Thanks,
Grace
The Old Granary Weddings
""", thread="""
Hi Grace, we've filled in what we could on the planning form but weren't sure about some parts. Form attached. Hannah & Leo
""", locale="en-GB"),
    C("""
Hello Mr. Alvarez,

Drowsiness is a listed side effect of this medication and it usually wears off after the first two weeks. To be honest, ⟦you're making a lot of fuss over a bit of drowsiness⟧. Please keep taking it as prescribed, and speak to your doctor if it lasts longer than a month.

Sincerely,
Jenna Park, PharmD
Main Street Pharmacy
""", thread="""
I started the new blood pressure tablets on Monday and I'm so tired I nearly fell asleep at work. Is this normal? Should I stop? Luis Alvarez
""", locale="en-US"),
    C("""
Hello Tom,

⟦It should go without saying that⟧ we can't read a meter we can't get to. Our reader has been to the property three times and the side gate was locked every time. Please leave it unlocked on 4 April, or send us a photo of the meter with the date and time in the frame.

Thanks,
Pinewood Water Customer Care
""", thread="""
Why are my water bills estimated? I keep getting charged more than I use. Tom Becker
""", locale="en-US"),
]

NEGATIVE = [
    C("""
Hi Marcus,

I'm really sorry about the ceiling; that must have been a horrible thing to come home to. I've gone through claim CLM-88214 again. The assessor found the pipe had been leaking slowly for some months, and section 4.2 of the policy wording excludes damage from gradual leaks, which is why the claim was declined.

I know that's not the answer you wanted. If you have a plumber's report or photos suggesting the pipe burst suddenly, you can ask for a review in the claims portal within 30 days, and a different assessor will look at it. I'm also happy to call you to talk it through; just reply with a good time.

Regards,
Dana Ruiz
Claims, Harborline Insurance
""", thread="""
Hi,

My claim for the burst pipe (CLM-88214) was turned down and nobody has told me why. Half the kitchen ceiling came down. What is going on?

Marcus Webb
""", locale="en-US"),
    C("""
Hi Gwen,

Thanks for getting in touch. A blank display usually means its battery has run down, which happens if it's been unplugged for a while. Just plug it into the mains with the USB cable from the box and leave it for an hour; it will then look for the meter again on its own.

If it's still blank after that, give us a ring on 0161 496 0732 and we'll send you a new one free of charge.

Cheers,
Owen
Brightwater Energy
""", thread="""
Hello, my smart meter display has gone blank and I can't see my usage. I've tried switching it off and on again. Can you help?

Thanks, Gwen
""", locale="en-GB"),
    C("""
Hi Derek,

As we discussed on the phone last Tuesday, the extended warranty covers the engine, transmission and electrics, but brake pads and rotors are classed as wear items, so they aren't included. I understand it's frustrating to pay again so soon after buying the warranty.

The quote for pads and rotors is $418.60 installed. I've checked with my manager and we can take 10% off the labor as a goodwill gesture, which brings it to $389.20. We have space Thursday morning if that works for you.

Thanks,
Ray Kowalski
Service Advisor, Lakeside Ford
""", thread="""
Ray,

Why isn't my brake job covered? I paid $1,900 for the extended warranty and now you want another $400?

Derek Mills
""", locale="en-US"),
    C("""
Dear Mrs Ahmed,

Thank you for your email, and I am so sorry. The gold sashes should have been on every chair, and I completely understand how disappointing it was to see the room without them after months of planning.

Our supplier let us down that weekend, and we should have told you on the morning rather than leaving you to find out. We have refunded the £45 sash hire to your card, and I would like to refund the £120 room dressing fee as well, which you should see within five working days.

Kind regards,
Fiona Lister
Events Manager, Hartwell Manor
""", thread="""
Dear Fiona,

We paid for gold sashes on every chair for our reception on Saturday and there were none. We were really disappointed as it was part of the look we had planned for months.

Yasmin Ahmed
""", locale="en-GB"),
    C("""
Hey Jess! 🎉

Congratulations on finishing the course! Here's where the certificate lives:

1. Go to My Learning.
2. Click Excel for Bookkeepers.
3. Scroll to the bottom of the page, under the final quiz, and click Download certificate.

It's a PDF, so you can print it or add it to LinkedIn. If the button is grayed out, let me know and I'll check that the final quiz registered.

Happy learning!
Tyler @ SkillForge
""", thread="""
Hi, I finished the Excel for Bookkeepers course yesterday but I can't find where to download my certificate. Jess
""", locale="en-US"),
    C("""
Dear Ms Grant,

I'm sorry you had to go without your tablets over the weekend. Repeat prescriptions take up to three working days because the surgery has to sign them off before we can dispense, and I know that isn't obvious from the slip, which only says "allow time".

Your medication is ready now and can be collected any time before 6pm. If you'd like, we can set up our reminder service, which orders your repeat a week before you run out so this doesn't happen again.

Regards,
Amir
Hillcrest Pharmacy
""", thread="""
I came in on Saturday for my repeat prescription and it wasn't ready even though I ordered it on Thursday. I had to go without my tablets for the weekend.

Pauline Grant
""", locale="en-GB"),
    C("""
Hi Lena,

I'm so sorry about your fish. Losing them like that is upsetting, and a heater shouldn't fail after a week.

Please bring the heater back and we'll refund it in full; you don't need the receipt, as I can find the sale on our system. If you'd like to restock, our fish room manager, Ana, can check your water with you first so the new fish settle in safely.

Thanks,
Brad
Fins & Feathers Pet Supply
""", thread="""
The aquarium heater I bought from you last week stopped working overnight and two of my fish died. I'm really upset.

Lena
""", locale="en-US"),
    C("""
Hi Carmen,

Good question, and I know the wait feels long when you're excited to see them! Each gallery takes around 40 hours: I go through roughly 3,000 frames, pick the best 600 or so, then color-correct and retouch each one by hand.

Your gallery is scheduled for the week of June 16. In the meantime, I'll send you a sneak peek of 20 favorites this Friday so you have something to share with your family.

Best,
Jordan Reyes Photography
""", thread="""
Hi Jordan, it's been six weeks since the wedding. Why does it take so long to get the photos? Carmen
""", locale="en-US"),
    C("""
Hi Rob,

Sorry if my earlier emails made this harder to follow. Here's the short version: each licence covers one named person, on up to three of their own devices. Shared office PCs don't change the count; what matters is how many different people use the software.

With 12 staff using it, you'd need 12 seats. I've attached an updated quote that credits the 5 seats you already have, so you'd only pay for 7.

Stuart
Keyline Software Licensing
""", thread="""
Hi Stuart, sorry, can you confirm whether we can install it on the shared PCs in the office with just the 5 seats we have? Rob
""", locale="en-GB"),
    C("""
Hello Mr Osei,

Thank you for the photos, and I'm sorry the chest has let you down so soon. The runners are rated for 15 kg, which is easy to go past with books or bedding without realising, especially as the limit isn't marked anywhere on the drawer itself.

Because the chest is well within its two-year guarantee, we'll send you a pair of heavy-duty runners free of charge, along with a fitting guide. They should reach you within a week.

Regards,
Karen
Oakhouse Furniture Aftercare
""", thread="""
Hello, the runners on the bottom drawer of the Fenwick chest have bent and the drawer won't close. It's only four months old. Photos attached. Kwame Osei
""", locale="en-GB"),
    C("""
Hi Sophie,

I'm so sorry, what an awful start to your holiday. Turkey requires 150 days left on your passport from the date you arrive, and it's a rule that catches out a lot of travellers. We should have flagged it when we booked you, and I've passed that on to the team.

Your travel insurance may cover part of the cost. I've attached the booking invoice and a letter confirming what happened at the gate, which the insurer will ask for. If you renew your passport, I can look at moving the rest of the trip to new dates for you.

Best,
Nadia
Blue Horizon Travel
""", thread="""
We were turned away at the gate at Gatwick this morning because my passport runs out in four months. Nobody at your agency mentioned this. What happens now? Sophie
""", locale="en-GB"),
    C("""
Dear Mr Hughes,

I am sorry your recycling has been missed three times. That is not the service you should expect, and I can see why you are fed up with bags piling up in the garden.

I have raised this with the crew supervisor and put your address on our assisted list, so the crew will check Mill Lane by hand for the next month. We will also collect the extra bags this Friday 14 March; please leave them next to the bin.

Yours sincerely,
Waste Services
Northfield Borough Council
""", thread="""
My recycling has now been missed three times in a row and the bags are piling up in the front garden. This is not acceptable. Alan Hughes, 14 Mill Lane
""", locale="en-GB"),
    C("""
Hi Eleanor,

You asked for the "plain English version", so here it is. At your last visit we fitted a temporary cap. On Wednesday 12 March at 10:20, Dr Shah will take it off, check the fit of your new crown and cement it in place. Most people need a small injection to numb the tooth, but if you'd rather not have one, tell Dr Shah on the day and she'll check with you as she goes.

The appointment takes about 40 minutes and the fee is £395, payable at reception.

Warm wishes,
Becky
Riverside Dental Care
""", thread="""
Hi, before I come in, could you tell me in plain English what a crown fitting involves and whether it needs an injection? Thanks, Eleanor
""", locale="en-GB"),
    C("""
Hiya Callum,

Sorry to hear about the puncture, especially on only the second ride! Punctures aren't covered by the frame warranty, as they're usually caused by glass or thorns rather than a fault with the bike.

If you'd like to fix it yourself, there's a step-by-step video on our YouTube channel. Or drop it in and we'll do it for £12 while you wait, and we can fit puncture-resistant tyres too if you ride on rough lanes a lot.

Cheers,
Josh
Spoke & Chain Cycles
""", thread="""
Hi, my new hybrid got a puncture on the second ride. Is that covered by the warranty? Callum
""", locale="en-GB"),
    C("""
Dear Ms Patel,

Thank you for your email. The £250 is the voluntary excess on your policy: the amount you agreed to pay towards any claim in exchange for a lower premium. It is listed on page 2 of your policy schedule, but I appreciate it is easy to miss among everything else in the renewal pack.

The rest of your settlement, £1,840, was paid on 3 March and should reach your account within ten working days. If you would like to lower or remove the excess at your next renewal, I can send you a quote.

Yours sincerely,
Claims Department
Sterling Mutual
""", thread="""
Why has £250 been taken off my claim payment? Nobody mentioned an excess to me. Anjali Patel
""", locale="en-GB"),
    C("""
Hi Martin,

No need to apologize for asking again; the refund rules are a bit tangled. There are two conditions: the purchase has to be within 14 days, and you need to have watched less than 20% of the course. You're fine on the first (it's been 9 days), but the course shows 64% watched, so it doesn't meet the second.

If that number looks wrong to you, for example if the videos were playing in a tab you'd left open, reply and I'll ask our tech team to check the viewing log.

Regards,
Priya
CodePath Academy Support
""", thread="""
Sorry to ask again but I still don't understand why I can't get a refund. I bought it 9 days ago. Martin
""", locale="en-US"),
    C("""
Hi Kevin,

Good question 🙂 Going over the miles doesn't change your monthly payment. The lease allows 10,000 miles a year, and anything over that is billed once, at 18 cents a mile, when you hand the car back.

You're at 23,400 after two years, so you're 3,400 over the pace. If you think you'll keep driving this much, we can look at buying extra miles now at 12 cents each, which works out cheaper.

Talk soon,
Brianna
Crestview Hyundai
""", thread="""
Hey Brianna, if I go over the miles on the lease do I just pay a bit more each month? Kevin
""", locale="en-US"),
    C("""
Hi Hannah and Leo,

Thanks for sending the planning form back. Lots of couples find it fiddly, so don't worry about the gaps. The two sections we need most are the running order and the family photo list; everything else can wait until your final meeting.

If it helps, I can go through both with you on a 20-minute call this week. Just reply with a time that suits and I'll send a link.

Thanks,
Grace
The Old Granary Weddings
""", thread="""
Hi Grace, we've filled in what we could on the planning form but weren't sure about some parts. Form attached. Hannah & Leo
""", locale="en-GB"),
    C("""
Hello Mr. Alvarez,

I'm sorry you've had such a rough week; feeling that tired at work is worrying. Drowsiness is a common side effect of this medication in the first couple of weeks and usually eases as your body adjusts.

Please don't stop taking it without speaking to your doctor first, as stopping suddenly can raise your blood pressure. I'd suggest taking it in the evening instead of the morning, and calling Dr. Moreno's office if you're still this tired next week. You're welcome to call me at (312) 555-0147 in the meantime.

Sincerely,
Jenna Park, PharmD
Main Street Pharmacy
""", thread="""
I started the new blood pressure tablets on Monday and I'm so tired I nearly fell asleep at work. Is this normal? Should I stop? Luis Alvarez
""", locale="en-US"),
    C("""
Hi Priti,

You're not being stupid at all! The renewal screen is confusing, and you're the third person this week to ask about it.

Your licence renews automatically on 30 April. If you'd like to cancel, go to Account, then Billing, and click Turn off auto-renewal. You'll keep full access until the end of the current term, and nothing further will be charged.

Best wishes,
Hamish
Keyline Software Licensing
""", thread="""
I'm probably being stupid but I can't work out how to stop my licence renewing. Priti
""", locale="en-GB"),
    C("""
Dear Chloe and Sam,

Thank you for your email. I'm afraid the deadline for changing your date without a fee was 1 March, as set out in clause 6 of your booking agreement, so moving to September would normally carry a £500 charge.

However, we have a Friday in late October still free, and I can move you to that date without any fee at all. I'll hold it for you until 21 March; just let me know either way.

Kind regards,
Fiona Lister
Events Manager, Hartwell Manor
""", thread="""
Dear Fiona, we need to move our wedding from June to September because of a family illness. Is that possible? Chloe & Sam
""", locale="en-GB"),
    C("""
Hi Mr. Dunn,

Thanks for your order! Here's how to activate your 3 seats:

1. Open the app and go to Help, then Activate license.
2. Simply paste the key from your confirmation email and click Activate.
3. Repeat on each computer, signing in with each user's own email.

If activation fails with error E-102, your firewall is probably blocking our server; send me a screenshot and I'll sort out an offline activation file for you.

Best,
Alicia
Keyline Software Licensing
""", thread="""
Just bought 3 seats of the Pro plan. How do I get them activated? Gary Dunn
""", locale="en-US"),
    C("""
Hi Nina,

Good news: this one's an easy fix on our end, and I've already done it. Your direct debit was set up against your old address, so the payment bounced. I've updated the address, and we'll collect the £62.40 on 1 April as normal. There's no late payment charge.

Thanks,
Owen
Brightwater Energy
""", thread="""
Why did my direct debit fail this month? I haven't changed banks. Nina
""", locale="en-GB"),
]
