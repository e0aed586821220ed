"""Hand-written cases of the seventh held-out `questions` set (written blind; see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the newest
message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one value per span, in
order; the draft holds one ‸ where the missing answer belongs (only when something is unanswered).
``quoted_only=True`` marks a newest message that asks nothing while its history or signature does.
"""

Y, N = True, False
YN, WHEN, WHERE, MUCH, HOW, WHICH, WHY, REQ = ("yes/no", "when", "where", "how much", "how", "which", "why",
                                               "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- an online pharmacy (MedMeadow, UK) -------------------------------------------------
    case("""Hello,

I placed an order on Monday (order PX-448120) for my mother’s repeat prescription of amlodipine. ⟦Has the prescription been approved by her GP yet?⟧ ⟦Could you also tell me which courier you use, as she’s not always in?⟧

Many thanks,
Harriet Coyle

On Mon, 7 Dec 2026 at 09:14, MedMeadow Pharmacy <orders@medmeadow.example.co.uk> wrote:
> Thank you for your order. We have sent a request to your GP surgery.
> Can we help with anything else?""",
         [Y, N], [YN, WHICH],
         """Dear Harriet,

Thank you for getting in touch. Your mother’s GP approved the prescription this morning, and our pharmacist has checked it, so it will be dispatched today.‸

Kind regards,
Nadia
MedMeadow Online Pharmacy"""),

    case("""This is the third time I’ve asked. ⟦Where is my order?⟧ It was meant to arrive Friday. ⟦Refund the delivery charge.⟧

R. Osei
Sent from my iPhone""",
         [N, N], [WHERE, REQ],
         """Dear Mr Osei,

I’m sorry to hear your order hasn’t reached you yet. We know how important your medication is, and our team is working hard to get every parcel out on time during this busy period.‸

Best wishes,
Tom
MedMeadow Online Pharmacy"""),

    case("""Hi there, I’ve been using your service for a year now and it has been great, but I’m moving to Leeds in January and ⟦I wondered whether I can keep the same account and just change the address, or whether I need to register with you again from scratch.⟧ I also take sertraline and my new GP won’t be registered until February — ⟦is there any way to get an emergency supply in the meantime?⟧ Oh, and ⟦what’s the cut-off for Christmas orders?⟧ Thanks, Lauren Birch""",
         [Y, Y, Y], [WHICH, HOW, WHEN],
         """Hi Lauren,

Good luck with the move! You can keep the same account: just update your address under My Details before your next order. For an emergency supply, our pharmacists can issue up to 30 days of sertraline once they’ve spoken to you; call us on 020 7946 0381 and ask for the urgent supply service. The last order date for delivery before Christmas is Friday 18 December.

Best wishes,
Nadia
MedMeadow Online Pharmacy"""),

    case("""Thanks Nadia, the parcel arrived this morning and everything is there. Much appreciated.

Joan Pettifer

From: MedMeadow Online Pharmacy <help@medmeadow.example.co.uk>
Sent: Wednesday, December 9, 2026 4:02 PM
To: Joan Pettifer <joan.pettifer@example.com>
Subject: RE: Missing inhaler

Dear Joan, we have re-sent the inhaler by tracked post. Could you let us know once it arrives?""",
         [], [],
         """Dear Joan,

Thank you for letting us know — I’m glad the inhaler arrived safely. Do get in touch if you need anything else.

Kind regards,
Nadia
MedMeadow Online Pharmacy""",
         quoted_only=True),

    case("""Hi,

⟦Do you ship to Northern Ireland?⟧ ⟦And can I pay with PayPal?⟧ I’m looking to order the hay fever nasal spray for my son, who is 10. ⟦Is it OK for his age?⟧

Cheers,
Rory Devlin
07700 900417""",
         [Y, Y, N], [YN, YN, YN],
         """Hi Rory,

Yes, we deliver across the whole of the UK, including Northern Ireland. We’re unable to accept PayPal at the moment, but all major debit and credit cards are welcome. Please check the patient information leaflet for age guidance.‸

Best wishes,
Nadia
MedMeadow Online Pharmacy"""),

    # --- a car dealership's service department (Cedar Ridge Auto, US) ------------------------
    case("""Hi,

My 2021 Civic is due for its 30,000-mile service. ⟦Do you have any openings the week of January 11?⟧ Also, ⟦how much does that service usually run?⟧ I'd prefer to drop it off early and pick it up after work. ⟦Is there a shuttle to downtown?⟧

Thanks,
Marcus Bell
(503) 555-0142""",
         [Y, N, Y], [YN, MUCH, YN],
         """Hi Marcus,

Thanks for reaching out! We can take your Civic on Tuesday, January 12 at 7:30 a.m., and it should be ready by 4 p.m. Our complimentary shuttle runs downtown every hour from 7 a.m.‸

Best,
Dana Ruiz
Service Advisor, Cedar Ridge Auto"""),

    case("""I picked up my truck yesterday after the brake job and the squeal is STILL there. I paid $640 for this. ⟦Why was it not road tested before you gave it back to me?⟧ ⟦I want it looked at again this week at no charge.⟧ ⟦I also want someone from service to call me today.⟧ ⟦Who is the manager there?⟧

Frank Kowalski
Sent from my iPhone""",
         [N, Y, Y, Y], [WHY, REQ, REQ, WHICH],
         """Dear Mr. Kowalski,

I'm sorry the squeal is back after your brake service — that's not the result you paid for. I've booked your truck in for Thursday, December 10 at 8 a.m. for a recheck, and there will be no charge for it. Our service manager, Luis Ortega, will call you before 5 p.m. today.‸

Sincerely,
Dana Ruiz
Service Advisor, Cedar Ridge Auto"""),

    case("""Hi Dana - see below, my wife got this email about a recall. ⟦Is this something you can do at the same time as my oil change on the 14th?⟧

Thanks
Greg

---------- Forwarded message ---------
From: Owner Services <notices@owners.example.com>
Date: Thu, 3 Dec 2026 at 10:41 AM
Subject: Safety recall notice
To: <lisa.hanley@example.com>

A safety recall applies to your vehicle. Please contact your authorized dealer to schedule a free repair. Have questions? Call 1-800-555-0167.""",
         [Y], [YN],
         """Hi Greg,

Yes — we can take care of the recall during your oil change on Monday, December 14. It adds about 45 minutes, and the recall repair itself is free.

Dana"""),

    case("""hey ⟦is my car ready yet??⟧ you said noon and its 2:30. also ⟦whats the total gonna be⟧ i need to know before i come in""",
         [Y, N], [YN, MUCH],
         """Hi Tyler,

Sorry for the wait! The technician is finishing the alignment now and your car will be ready by 3:30 p.m. As for cost, our pricing is always transparent and we'll go over everything with you at pickup.‸

Dana"""),

    case("""Good morning,

A few questions before I bring the Outback in:
1. ⟦Do you service Subarus, or only Hondas?⟧
2. ⟦How long does a timing belt replacement take?⟧
3. ⟦Can I wait there, or should I arrange a ride?⟧

Regards,
Evelyn Marsh""",
         [Y, Y, Y], [WHICH, WHEN, WHICH],
         """Good morning Evelyn,

We service all makes, so your Outback is welcome here. A timing belt on that model is about a four-hour job, and our customer lounge has Wi-Fi, coffee and a work desk if you'd like to wait.

Thanks,
Dana Ruiz
Service Advisor, Cedar Ridge Auto"""),

    # --- a dance school (Step Lively Dance Academy, UK) --------------------------------------
    case("""Hi Step Lively team 😊

My daughter Maisie (7) loved the taster session on Saturday! ⟦Is there still space in the Saturday 10am ballet class for the spring term?⟧ And ⟦when does the term start?⟧ ⟦Does she need proper ballet shoes straight away, or can she wear socks for the first few weeks?⟧

Thanks so much,
Priya""",
         [Y, Y, N], [YN, WHEN, WHICH],
         """Hi Priya,

We’re so glad Maisie enjoyed it! 🩰 There are two places left in the Saturday 10am ballet class, and the spring term starts on Saturday 9 January.‸

Best wishes,
Ella
Step Lively Dance Academy"""),

    case("""Hello, I am 34 years old man and I never danced before but my wife and me will have wedding in June and we want to make first dance nice. ⟦Do you have private lessons for couples?⟧ ⟦How much cost one lesson?⟧ We are working until 6 so ⟦it is possible in evening after 7?⟧ Thank you very much for answer. Tomasz""",
         [Y, Y, N], [YN, MUCH, YN],
         """Dear Tomasz,

Congratulations on your wedding! Yes, we offer private first-dance lessons for couples, and many of them come to us with no dance experience at all. A single lesson is £45, or you can book a package of five for £210.‸

Kind regards,
Ella
Step Lively Dance Academy"""),

    case("""Dear Ms Hart,

This is the second Thursday in a row the street dance class has been cancelled with less than an hour’s notice. ⟦Are we going to be refunded for the missed sessions?⟧ ⟦Why does this keep happening?⟧

Regards,
Colin Fairbairn

________________________________
From: Step Lively Dance Academy <info@steplively.example.co.uk>
Sent: 10 December 2026 16:40
To: Colin Fairbairn
Subject: Class cancelled tonight

Apologies, tonight’s street dance class is cancelled. Please let your child know.""",
         [N, N], [YN, WHY],
         """Dear Mr Fairbairn,

I’m very sorry about the late cancellations. We value every one of our families and we know how much the children look forward to street dance.‸ We are doing everything we can to make sure classes run as normal in the new year.

Kind regards,
Ella Hart
Step Lively Dance Academy"""),

    case("""Hi Ella,

Just to say Maisie’s shoes arrived and she’s been wearing them round the house all weekend. See you Saturday!

Priya
--
Priya Nair | Nair Interiors
Thinking of a new kitchen? Book a free design visit: 020 7946 0752""",
         [], [],
         """Hi Priya,

That’s lovely to hear — see you both on Saturday!

Ella""",
         quoted_only=True),

    # --- a boiler-insurance provider (HearthGuard, UK) ---------------------------------------
    case("""Dear HearthGuard,

Policy number HG-2290417.

Our boiler stopped working on Sunday evening and we have no heating or hot water. I rang the claims line yesterday and was told an engineer would be in touch within 24 hours, but nobody has called. ⟦Could you please tell me when the engineer will come?⟧ We have a four-month-old baby in the house. ⟦Am I able to claim for the cost of electric heaters in the meantime?⟧

Yours sincerely,
Alison Dunmore""",
         [Y, N], [WHEN, YN],
         """Dear Mrs Dunmore,

I’m sorry you’ve been left without heating, especially with a young baby at home. I have escalated your claim as a priority, and our engineer Gareth will visit tomorrow, Wednesday 16 December, between 8am and 12pm.‸

Yours sincerely,
Kieran Shaw
HearthGuard Boiler Cover"""),

    case("""Hello,

I received a letter saying my claim for the replacement pump has been declined. ⟦Why?⟧ The boiler was serviced last March and I have the certificate. ⟦Please send me a copy of the engineer’s report.⟧ And ⟦how do I appeal?⟧

Dev Mahajan""",
         [N, Y, Y], [WHY, REQ, HOW],
         """Dear Mr Mahajan,

Thank you for your email. All claims are assessed carefully against the terms and conditions of your policy, which you can find in your policy booklet. I’ve attached the engineer’s report from the visit on 2 December. If you disagree with our decision, you can ask for a review by replying to this email with your service certificate, and a senior claims handler will look at it within ten working days.‸

Kind regards,
Kieran Shaw
HearthGuard Boiler Cover"""),

    case("""Thanks, that’s fine — Thursday morning works for us.

Regards
Ben Ashworth

DISCLAIMER: This email is intended only for the addressee. If you have received it in error, please notify the sender and delete it.""",
         [], [],
         """Dear Mr Ashworth,

Thank you for confirming. Our engineer will see you on Thursday morning, 17 December, between 8am and 12pm.

Kind regards,
Kieran
HearthGuard Boiler Cover""",
         quoted_only=True),

    case("""Hi, I’ll try to keep this short but it’s a bit of a saga. We moved into the house in October and the previous owners had HearthGuard cover, which they told us would transfer to us, so we never set up our own. Then last week the boiler started making a banging noise and when I rang you I was told the policy had been cancelled when they moved out, which nobody told us. ⟦Can we take out a new policy now even though the boiler already has a fault?⟧ The engineer who came round privately said it’s probably just the expansion vessel, ⟦would that be covered if we joined today?⟧ ⟦I’d also like to know how much the monthly premium would be for a 12-year-old combi.⟧ Thanks, Sadia""",
         [Y, Y, Y], [YN, YN, MUCH],
         """Dear Sadia,

I’m sorry for the confusion over the previous owners’ cover. You can take out a new policy with us today, but faults that exist before a policy starts aren’t covered, so the expansion vessel repair would need to be paid for separately. For a combi boiler of that age, cover starts at £14.50 a month.

Kind regards,
Kieran
HearthGuard Boiler Cover"""),

    case("""Good evening, I am writing because I want cancel my boiler cover from next month because I am moving back to Italy. ⟦Please can you tell me if there is a fee for cancel?⟧ ⟦And I will get back money for the months I don’t use?⟧ I paid whole year in advance in March. Thank you, Giulia Ferraro""",
         [Y, Y], [YN, YN],
         """Dear Giulia,

Thank you for letting us know, and good luck with your move. There is no fee to cancel your cover. As you paid annually, we will refund the unused months from January to March, £57.00 in total, within 14 days of your cover ending.

Kind regards,
Kieran
HearthGuard Boiler Cover"""),

    # --- a pet-food subscription (Bowlful, US) -----------------------------------------------
    case("""hi!! 🐶 quick q - ⟦can i pause my subscription for january?⟧ we're traveling and the dog is going to my sister's. ⟦and will i still get the 15% loyalty discount when i restart?⟧ thx, kayla""",
         [Y, N], [YN, YN],
         """Hi Kayla!

Absolutely — I've paused your subscription for January, so your next box will ship on February 3. 🐾‸

Happy travels,
Jordan
Bowlful"""),

    case("""Your app charged me TWICE this month ($58.40 x2). ⟦I want the duplicate charge refunded immediately.⟧ ⟦Cancel my subscription while you're at it.⟧ What is the point of an "easy cancel" button that doesn't work?

Ray Dunn""",
         [Y, N], [REQ, REQ],
         """Hi Ray,

I'm really sorry about the double charge. I've refunded the duplicate $58.40 to your card; it should show within 3–5 business days. I completely understand your frustration with the app, and I've passed your feedback on to our product team.‸

Jordan
Bowlful"""),

    case("""Hello,

Our vet has said Biscuit (a 9-year-old Labrador) needs to lose some weight. ⟦Which of your recipes would you recommend for a senior dog on a diet?⟧ ⟦Can I switch his next box, due on the 18th, to that recipe?⟧

Best,
Maureen Tate""",
         [Y, Y], [WHICH, YN],
         """Hi Maureen,

Our Lean Turkey & Pumpkin recipe is made for exactly that — it has 20% fewer calories and added glucosamine for older joints. I've swapped Biscuit's December 18 box to Lean Turkey & Pumpkin.

Warmly,
Jordan
Bowlful"""),

    case("""Got it, thanks Jordan! Biscuit says thank you too 🐕

On Wed, 16 Dec 2026 at 10:02, Bowlful Support <hello@bowlful.example.com> wrote:
> Hi Maureen, your box is on its way. Would you like us to add treats to your next delivery?""",
         [], [],
         """Hi Maureen,

You're very welcome — give Biscuit a scratch behind the ears from all of us!

Jordan""",
         quoted_only=True),

    case("""Hello Bowlful people 🐱

So our cat Pickles has been throwing up after the chicken recipe for about a week now. The vet thinks it might be a chicken allergy (fun!). ⟦What do you have that's completely chicken-free?⟧ She's also super picky about texture so ⟦is it pâté or chunks?⟧ Oh and ⟦can you move my delivery day to Thursdays⟧, I'm never home on Tuesdays.

Thanks!!
Sam Okoro""",
         [Y, Y, N], [WHICH, WHICH, REQ],
         """Hi Sam,

Poor Pickles! Our Ocean Whitefish recipe is completely chicken-free — even the broth is made from fish — and it comes as a smooth pâté. We've added a free sample pouch to your next box so she can try it first.‸

Jordan
Bowlful"""),

    # --- a festival's accessibility team (Lantern Fields, UK) --------------------------------
    case("""Hello access team,

I’m a wheelchair user and have tickets for Lantern Fields next August with my PA. A few questions:

- ⟦Where is the accessible campsite?⟧
- ⟦Do I need to send proof for my PA ticket⟧, and ⟦if so, what do you accept?⟧
- ⟦Will there be a charging point for my powerchair?⟧

Many thanks,
Rhiannon Lewis""",
         [Y, Y, Y, N], [WHERE, YN, WHICH, YN],
         """Dear Rhiannon,

Thank you for getting in touch early. Our accessible campsite is in the Orchard Field, about 200 metres from the main arena on a level trackway. Yes, we ask for one piece of evidence for a PA ticket: a PIP or DLA award letter, an Access Card or a letter from your GP all work.

We’ll send you a full access guide in the spring.‸

Best wishes,
Sam
Lantern Fields Access Team"""),

    case("""Hiya 👋 ⟦Will there be BSL interpreters on the main stage this year?⟧ Last year only the headliners had them 😕 Also ⟦can I bring my hearing dog on site?⟧ And ⟦what time do gates open on Friday?⟧ Thanks!! Chloe""",
         [Y, Y, N], [YN, YN, WHEN],
         """Hi Chloe 😊

Every act on the main stage will have BSL interpretation this year, not just the headliners. Assistance dogs are very welcome — just register your dog with us by 1 July so we can give you a pass for the dog-friendly campsite area.‸

Best,
Sam
Lantern Fields Access Team"""),

    case("""Hi there,

My son’s care worker sent me the message below. ⟦Can you confirm whether he can bring his medication in a cool bag?⟧ ⟦Please also send me the form for the quiet tent.⟧

Thanks,
Lorraine

Begin forwarded message:

From: Amy Gill <amy.gill@example.org>
Subject: Festival
Date: 12 December 2026 at 18:20:11 GMT
To: Lorraine Bassett <l.bassett@example.com>

Hi Lorraine, does the festival allow insulin pens and needles? Could you ask them about fridges too?""",
         [Y, N], [YN, REQ],
         """Dear Lorraine,

Thanks for your message. Medication is allowed on site in any container, and our medical tent has a fridge for insulin if your son would like to use it. We’re putting the finishing touches to the quiet tent this year and it’s going to be better than ever.‸

Best wishes,
Sam
Lantern Fields Access Team"""),

    case("""That’s perfect, thank you so much for sorting it out.

Kind regards,
Yusuf Adeyemi

On Fri, 18 Dec 2026 at 14:47, Lantern Fields Access <access@lanternfields.example.org.uk> wrote:
> Hi Yusuf, I’ve added a companion ticket to your booking. Is there anything else you need for the weekend?""",
         [], [],
         """Dear Yusuf,

You’re very welcome. We look forward to seeing you in August!

Best wishes,
Sam""",
         quoted_only=True),

    case("""Dear Access Team,

I’m extremely disappointed. I applied for the viewing platform on 3 November and still haven’t heard anything, and now your website says the platform is ‘fully allocated’. ⟦How can it be full when my application hasn’t even been looked at?⟧ ⟦Please confirm in writing what happens to my application.⟧

Regards,
Daniel Shore""",
         [Y, Y], [WHY, REQ],
         """Dear Daniel,

I’m very sorry for the wait and for the worry it has caused. Your application is with us and has not been lost: platform places are not first come, first served, and the ‘fully allocated’ note refers only to the first release, which went to customers who applied in the summer. I can confirm that your application will be reviewed by Friday 8 January, and I’ll write to you with the outcome that day.

Best wishes,
Sam
Lantern Fields Access Team"""),

    # --- a hotel spa (The Saltings, UK) ------------------------------------------------------
    case("""Dear Spa Team,

I was given a spa day voucher for my birthday (voucher SALT-77314) and it expires on 31 January. ⟦Is it possible to extend it?⟧ I’m recovering from an operation and won’t be able to use the pool until March. ⟦If not, could I swap the pool session for a second treatment?⟧

With thanks,
Gillian Pryce""",
         [Y, Y], [YN, YN],
         """Dear Gillian,

Thank you for your email, and I hope your recovery is going well. I’ve extended your voucher to 30 June 2027, so you can book whenever you feel ready.

Warm regards,
Imogen
The Saltings Spa"""),

    case("""Hello, I’m 22 weeks pregnant and booked the Sea Salt Ritual for Saturday 2 January. ⟦Is that treatment safe in pregnancy?⟧ ⟦If it isn’t, which treatments can I have instead?⟧ And ⟦can I still use the thermal suite?⟧ Thank you, Nia""",
         [Y, Y, N], [YN, WHICH, YN],
         """Dear Nia,

Congratulations! The Sea Salt Ritual isn’t suitable during pregnancy, so I’ve moved you to our Mother-to-Be Massage at the same time, which our therapists are specially trained to give. The wellbeing of our guests is always our priority, and we follow industry guidance on spa use during pregnancy.‸

Warm regards,
Imogen
The Saltings Spa"""),

    case("""Hi there,

My husband and I are visiting from Ohio and staying at The Saltings December 28-31. ⟦Do you take spa reservations for non-guests, or is it hotel guests only?⟧ (Asking for my sister, who's staying elsewhere.) ⟦What's the cancellation policy?⟧ And ⟦is there a dress code for the relaxation lounge?⟧

Thanks a bunch,
Brenda Kowalczyk""",
         [Y, N, Y], [WHICH, WHICH, YN],
         """Dear Brenda,

Thank you for choosing The Saltings! Day guests are very welcome at the spa, so your sister can book a treatment or a day pass at reception or online. In the relaxation lounge, guests simply wear the robe and slippers we provide over their swimwear.‸

Kind regards,
Imogen
The Saltings Spa"""),

    case("""I am writing to complain about my visit on Sunday. The pool was closed for ‘maintenance’ all day, which nobody mentioned when I booked, and the hot stone massage I paid £95 for lasted 35 minutes instead of 60. ⟦I would like a full refund for the massage.⟧ ⟦Can you also explain why I wasn’t told about the pool?⟧

Ms P. Okonjo""",
         [Y, Y], [REQ, WHY],
         """Dear Ms Okonjo,

I’m very sorry your visit fell short. Your massage should never have been cut short, and I have refunded the £95 to your card today. The pool closure was arranged at short notice after a fault with the filtration system on Saturday evening, and our booking team should have called everyone due in on Sunday; I’m sorry that didn’t happen.

Yours sincerely,
Imogen Reeve
Spa Manager, The Saltings"""),

    case("""Hello again,

Thank you for the brochure. ⟦Is the Twilight Package available on Valentine’s Day?⟧ ⟦Does it include dinner, or just the treatments?⟧

Best,
Olu

> Dear Olu,
> Please find attached our winter spa brochure. Do let us know if you have any questions.
> Imogen""",
         [N, Y], [YN, WHICH],
         """Dear Olu,

The Twilight Package is one of our most romantic experiences, with a 60-minute couples massage by candlelight and a glass of English sparkling wine in the relaxation lounge.‸ Dinner isn’t included, but we’d be happy to book you a table in the Saltmarsh restaurant.

Warm regards,
Imogen
The Saltings Spa"""),

    # --- a marina (Kestrel Point, UK) --------------------------------------------------------
    case("""⟦Berth rates for a 9.5m yacht, Apr-Oct?⟧ ⟦Any winter storage ashore?⟧ ⟦Lift-out price?⟧
Rgds
M. Delacroix
Sent from my iPhone""",
         [Y, Y, N], [MUCH, YN, MUCH],
         """Dear Mr Delacroix,

Thank you for your enquiry. A 9.5m berth from April to October is £3,420, including water and electricity. We do have winter hardstanding ashore from November to March.‸

Kind regards,
Rob Teague
Kestrel Point Marina
020 7946 0218"""),

    case("""Hi Rob 🙂

We had a lovely season on pontoon C, thank you. Before we renew, two things. Our neighbours on C14 mentioned the showers are being refurbished over the winter — ⟦will they be finished by Easter?⟧ And we’d like to move to a berth nearer the fuel dock if one comes free. ⟦Could you put us on the list for that?⟧

All the best,
Andrea & Phil Greaves
MV Halcyon Days""",
         [Y, Y], [YN, REQ],
         """Hi Andrea and Phil,

Glad you enjoyed the season! The new showers are due to open on 1 March, well before Easter. I’ve added Halcyon Days to the waiting list for the D pontoon berths next to the fuel dock.

Best,
Rob"""),

    case("""Rob,

I came down on Saturday to find a fender missing and a long scratch along the starboard side of Moonraker. Your CCTV covers that pontoon. ⟦Please send me the footage from last week.⟧ ⟦Who is liable for this, you or the other boat owner?⟧ And ⟦how do I make a claim?⟧

Stuart Lang""",
         [N, N, Y], [REQ, WHICH, HOW],
         """Dear Stuart,

I’m sorry to hear about the damage to Moonraker. Our staff check the pontoons every morning and evening, and we take the security of every boat in the marina very seriously. If you’d like to make a claim, please fill in the incident form on our website and send it to office@kestrelpoint.example.co.uk with photographs of the damage.‸

Regards,
Rob Teague
Kestrel Point Marina"""),

    case("""Hi Rob, all paid now — thanks for the reminder.

Jules

-----Original Message-----
From: Kestrel Point Marina <office@kestrelpoint.example.co.uk>
Sent: Monday, December 14, 2026 9:30 AM
To: Jules Okafor <jules.okafor@example.net>
Subject: Berthing invoice KPM-5521

Dear Jules, your invoice is now overdue. Please arrange payment at your earliest convenience.""",
         [], [],
         """Hi Jules,

Thanks — I can see the payment has come through, and your account is all up to date.

Rob""",
         quoted_only=True),

    case("""Hi, we're on a 42' catamaran heading up the coast from Falmouth, ETA around Dec 29. ⟦Can you fit a cat that wide (beam 7.4m)?⟧ ⟦What's the nightly rate for visitors?⟧ ⟦Is there fuel on site?⟧ Thanks, Captain Rick Dawson, s/v Second Wind""",
         [Y, N, Y], [YN, MUCH, YN],
         """Hi Rick,

We can take a 7.4m beam on our hammerhead visitor berth on pontoon A, so just call us on VHF channel 80 when you're about an hour out. Diesel is available from the fuel pontoon 8am–6pm every day except Christmas Day.‸

Rob
Kestrel Point Marina"""),

    # --- a van-rental firm for DIY movers (MoveRight, US) ------------------------------------
    case("""hey so i booked the 15ft truck for saturday jan 9 pickup at 8am 🚚 ⟦can i return it sunday instead of saturday night?⟧ ⟦how much extra would that be⟧ also ⟦do u have dollies to rent⟧ thx""",
         [Y, Y, N], [YN, MUCH, YN],
         """Hi there,

Sure thing! I've changed your return to Sunday, January 10 by 6 p.m. The extra day is $39.95 plus mileage.‸

Thanks,
Carlos
MoveRight Van & Truck Rental"""),

    case("""To whom it may concern,

I returned truck #4471 on November 29 with a full tank and no damage, and I still have not received my $150 deposit. It has been over two weeks. ⟦When will I get my deposit back?⟧ ⟦Why is it taking this long?⟧ If I don't hear back by Friday I will dispute the charge with my bank.

Dennis Whitaker
(614) 555-0119""",
         [N, N], [WHEN, WHY],
         """Dear Mr. Whitaker,

I apologize for the delay with your deposit. We understand how frustrating this must be, and we are working to process all deposits as quickly as possible.‸

Sincerely,
Carlos Mendez
MoveRight Customer Care"""),

    case("""Hi,

We're moving from Columbus to Pittsburgh on the 19th, it's a 2-bedroom apartment and we've never done this ourselves before, so bear with me. I was looking at the 15ft and the 20ft trucks — ⟦which one would we need for a 2-bedroom with a sectional couch?⟧ ⟦Is one-way rental allowed, so we can leave it in Pittsburgh?⟧ And my brother-in-law will be doing some of the driving, ⟦does he need to be on the contract?⟧

Thanks,
Aisha Grant""",
         [Y, Y, Y], [WHICH, YN, YN],
         """Hi Aisha,

Congrats on the move! For a two-bedroom apartment with a sectional, the 20ft is the safer bet — the 15ft usually fits one bedroom plus a couch. You can drop the truck at our Pittsburgh Strip District location; one-way moves are a big part of what we do. Your brother-in-law will need to be added as an additional driver at pickup, with his license, and there's no charge for that.

Carlos
MoveRight Van & Truck Rental"""),

    case("""Hi - forwarding my confirmation below. It says pickup at the Dublin location but I booked Hilliard, ⟦can you fix that?⟧

Thanks, Kevin

---------- Forwarded message ---------
From: MoveRight Reservations <reservations@moveright.example.com>
Date: Mon, 21 Dec 2026 at 3:12 PM
Subject: Your reservation R-88214
To: <kevin.oduya@example.com>

Your 10ft truck is reserved for pickup on Wed, 30 Dec 2026 at the Dublin, OH location. Need to make changes? Reply to this email.""",
         [N], [REQ],
         """Hi Kevin,

Thanks for catching that. Our Dublin and Hilliard stores share one reservations system, and the Dublin store has longer opening hours, so many customers find it more convenient.‸

Carlos
MoveRight Van & Truck Rental"""),

    # --- a tattoo studio (Ironwood Tattoo Co., US) -------------------------------------------
    case("""Hiii 🌸 I've been following your work forever!! ⟦Do you have any openings in January for a forearm piece?⟧ It's a fine-line botanical, about 6 inches. ⟦How much is the deposit?⟧ And ⟦do you do consults over video or do I have to come in?⟧ 🌿🌿

- Jess""",
         [Y, Y, N], [YN, MUCH, WHICH],
         """Hi Jess! 🖤

Thank you so much! Mara has a few openings left in January — Tuesday the 12th and Thursday the 21st are both free for a piece that size. Deposits are $100 and go toward the final price.‸

Talk soon,
Ironwood Tattoo Co."""),

    case("""Hi Mara,

I got my sleeve session done on Saturday and today the skin around the shading is really red and a bit swollen, and it's warm to the touch. ⟦Is this normal at day 3?⟧ ⟦Should I keep using the second-skin wrap or take it off?⟧ I don't want to ruin the work.

Thanks,
Owen""",
         [N, N], [YN, WHICH],
         """Hi Owen,

Thanks for checking in, and try not to worry — your sleeve looked amazing when you left! Every body heals differently, and aftercare is such an important part of the process.‸

Mara
Ironwood Tattoo Co."""),

    case("""⟦Can u do a cover up of a name on my wrist?⟧ ⟦Is walk in ok?⟧ ⟦Hours?⟧""",
         [Y, Y, Y], [YN, YN, WHEN],
         """Hey,

Cover-ups are one of our specialties, so send us a photo of the name and we'll take a look. We don't take walk-ins for cover-ups, but we're open Tuesday to Saturday, noon to 8 p.m., and you can book a free consult online.

Ironwood Tattoo Co."""),

    case("""Hello,

⟦I'd like to buy a $200 gift certificate for my partner's birthday.⟧ ⟦Can it be emailed, or is it a physical card?⟧ ⟦How long is it valid for?⟧

Thanks!
Renee Alvarez
Alvarez Realty | Ready to find your dream home? Call (505) 555-0183""",
         [N, Y, N], [REQ, WHICH, WHEN],
         """Hi Renee,

What a great gift! Gift certificates can be emailed as a printable PDF, or we can mail a physical card if you prefer.‸

Ironwood Tattoo Co."""),

    case("""Hola! 😀 I am visiting Portland in February for one week. ⟦Is possible to book a small tattoo with Mara on Saturday, February 13?⟧ ⟦How much is for a small design, like 2 inches?⟧ Gracias, Valeria""",
         [Y, N], [YN, MUCH],
         """Hola Valeria! 🌟

Mara is fully booked that Saturday, but Jun has openings on Friday, February 12 and Saturday, February 13.‸

Ironwood Tattoo Co."""),

    # --- a cycling-holiday tour operator (Freewheel Holidays, UK) ----------------------------
    case("""Dear Freewheel,

We’ve been looking at your Loire Valley self-guided tour for late May, and I have to say the brochure is beautiful — my husband has been dropping hints all autumn! We’re both in our late sixties and reasonably fit, but I had a knee replacement two years ago and I’m a little nervous about the longer days. ⟦Are e-bikes available on this tour?⟧ I noticed day four is 62 km; ⟦is there a shorter option that day?⟧ Also, we’d prefer not to carry our luggage, ⟦is it transferred between hotels?⟧ Lastly, ⟦how much is the single supplement⟧ — my sister may join us.

With best wishes,
Margaret Ellwood""",
         [Y, Y, Y, N], [YN, YN, YN, MUCH],
         """Dear Margaret,

Thank you for your lovely email. E-bikes can be added to the Loire tour for £95 per person, and on day four you can take the 38 km route via Azay-le-Rideau instead. Your luggage is moved from hotel to hotel each day, so you only need a small pannier for the ride.‸

Best wishes,
Hugo
Freewheel Holidays"""),

    case("""Hello, we are two friends from Germany and want to make your Dolomites tour in June 2027. We have own bikes — ⟦can we bring them or must we rent?⟧ ⟦If we bring them, what does the transport of the bike boxes cost from the airport?⟧ Also ⟦please send us the exact dates for departures in June.⟧ Best regards, Jonas Weber""",
         [Y, Y, Y], [WHICH, MUCH, REQ],
         """Dear Jonas,

You are very welcome to bring your own bikes on the Dolomites tour. Bike box transfers from Venice airport are €40 per box each way.

Departures in June are on 5, 12, 19 and 26 June; you can see them all on our website.

Best regards,
Hugo
Freewheel Holidays"""),

    case("""Hugo,

You cancelled our Puglia tour six weeks before departure because of ‘insufficient numbers’ and offered a voucher. I don’t want a voucher. ⟦I want the £2,140 refunded to my card.⟧ ⟦How long will that take?⟧ And ⟦will you cover the flights we can no longer use?⟧

Martin Hale

From: Freewheel Holidays <bookings@freewheel.example.co.uk>
Sent: Tuesday, December 1, 2026 11:05 AM
To: Martin Hale
Subject: Your Puglia tour – important update

Dear Martin, we regret to let you know that your tour will not go ahead. Would you like a voucher for the full amount?""",
         [Y, Y, N], [REQ, WHEN, YN],
         """Dear Martin,

I’m sorry for the disappointment. I have processed a full refund of £2,140 to your card today; it usually appears within five to seven working days. Regarding the flights, we always recommend that customers take out travel insurance when booking.‸

Kind regards,
Hugo Lind
Freewheel Holidays"""),

    case("""Hugo, just back from the Danube trip. Who knew my legs could still manage 70 km a day at 71?! The hotel in Dürnstein was the highlight. Thank you all.

Brian Foulkes""",
         [], [],
         """Dear Brian,

What a wonderful message to receive — 70 km a day is a real achievement! I’ll pass your kind words on to the team in Dürnstein.

Best wishes,
Hugo"""),

    # --- a library's home-delivery service (Brackenford Libraries, UK) -----------------------
    case("""Dear Sir or Madam,

My neighbour tells me the library will bring books to people who can’t get out. I am 84 and no longer drive. ⟦Could you tell me how I go about joining the service?⟧ ⟦Is there a charge?⟧ I mostly read large print crime novels. ⟦Do you have many of those?⟧

Yours faithfully,
Edna Cartwright (Mrs)
14 Willow Close, Brackenford""",
         [N, Y, Y], [HOW, YN, YN],
         """Dear Mrs Cartwright,

Thank you for your letter. The Home Library Service is free of charge, and our volunteers bring books to your door every three weeks. We have over 2,000 large print titles, with a good shelf of crime among them.‸

Yours sincerely,
Julie Marsh
Brackenford Libraries Home Library Service"""),

    case("""Hi Julie,

Thanks for getting Mum set up. ⟦Can the volunteer come on Tuesdays rather than Fridays?⟧ She has physio on Friday mornings. ⟦And could you add audiobooks on CD to her order?⟧

Thanks,
Karen

On Thu, 10 Dec 2026 at 11:20, Julie Marsh <homelibrary@brackenford.example.gov.uk> wrote:
> Dear Karen,
> Your mother’s first delivery will be on Friday 18 December. Please let me know if that day suits.""",
         [Y, Y], [YN, REQ],
         """Hi Karen,

No problem — your mum’s deliveries will now be on Tuesdays, starting Tuesday 22 December. I’ve added audiobooks on CD to her reading profile too.

Best wishes,
Julie"""),

    case("""⟦Why have I been charged £4.80 in fines?⟧ I'm on the home delivery service and the volunteer didn't collect the books. ⟦Please remove it.⟧

D. Pearce""",
         [Y, Y], [WHY, REQ],
         """Dear Mr Pearce,

I’m sorry about this. Home Library Service members shouldn’t be charged overdue fines at all; the charge was added automatically when your books were renewed late, and I’ve now removed the £4.80 from your account.

Julie Marsh
Brackenford Libraries"""),

    case("""Hello, my husband has just come out of hospital and is housebound for at least the next two months, he is a great reader and is going stir crazy already, I think he’s read every book in the house twice. ⟦Does your home service cover temporary situations like this or is it only for permanent?⟧ He’s also partially sighted since the stroke, ⟦do you have e-readers you can lend with bigger text settings⟧, I saw something about this on the council website but couldn’t find it again. Thanks very much, Pauline Hughes""",
         [Y, N], [WHICH, YN],
         """Dear Pauline,

I’m sorry to hear your husband has been unwell. The Home Library Service is there for anyone who can’t get to a library, whether that’s for a few weeks or for good, so we’d be glad to sign him up. Our online catalogue also has thousands of eBooks you can borrow free with your library card.‸

Best wishes,
Julie
Brackenford Libraries"""),

    # --- a dry cleaner (Lakeside Cleaners, US) -----------------------------------------------
    case("""Hi,

I have a vintage silk wedding dress from the 1970s with some yellowing at the hem. ⟦Can you clean it without damaging the lace?⟧ ⟦How much would cleaning and preserving it cost?⟧ And ⟦how long would it take?⟧

Thank you,
Linda Ferreira""",
         [Y, Y, Y], [YN, MUCH, WHEN],
         """Hi Linda,

We'd be happy to help with your dress. Our owner, Sung-min, has been restoring vintage gowns for over 25 years, and she cleans lace by hand so it never goes through a machine. Cleaning and museum-quality preservation for a gown like yours starts at $275, and it usually takes three to four weeks.

Best,
Lakeside Cleaners"""),

    case("""This is ridiculous. I dropped off 3 shirts and a navy blazer on 12/4 and when I picked up yesterday the blazer was missing. Your staff just shrugged. ⟦Where is my blazer?⟧ It's a $400 wool blazer. ⟦If you can't find it, are you going to reimburse me?⟧ ⟦I want a call from the owner.⟧

Brad Keller""",
         [Y, Y, Y], [WHERE, YN, REQ],
         """Dear Mr. Keller,

I'm so sorry about your blazer and about how you were treated at the counter. We found it this morning — it had been tagged to another order by mistake, and it's pressed and ready for you at our Maple Street store. Our owner, Sung-min Park, will call you this afternoon to apologize personally.

Sincerely,
Lakeside Cleaners"""),

    case("""hi ⟦do u guys do same day??⟧ 🙏 need my suit for a funeral tmrw morning. ⟦what time do i need to drop it off by⟧""",
         [Y, N], [YN, WHEN],
         """Hi,

I'm sorry for your loss. We do offer same-day service Monday through Saturday.‸

Lakeside Cleaners"""),

    case("""FYI - see my wife's note below. I'll pick everything up Saturday.

Dan

Begin forwarded message:

From: Carla Reyes <carla.reyes@example.com>
Subject: dry cleaning
Date: December 17, 2026 at 8:02:45 PM CST
To: Dan Reyes <dan.reyes@example.com>

Can you ask them if they can get the wine stain out of my green dress? And please ask if they do curtains.""",
         [], [],
         """Hi Dan,

Thanks for the heads-up. Everything will be ready for you on Saturday.

Lakeside Cleaners""",
         quoted_only=True),

    # --- a B2B office-supplies wholesaler (Deskline Wholesale, UK) ---------------------------
    case("""Dear Deskline Accounts,

We’re reviewing our stationery suppliers for 2027 and would appreciate answers to the following:

1. ⟦What discount do you offer on orders over £2,000?⟧
2. ⟦Can you invoice on 60-day terms?⟧
3. ⟦Do you deliver to our Glasgow and Cardiff sites separately under one account?⟧
4. ⟦Please send your current price list for copier paper.⟧

Kind regards,
Fiona Strachan
Procurement Manager, Strachan & Boyd LLP
Tel: 0141 496 0472

This email and any attachments are confidential and intended solely for the addressee.""",
         [Y, N, Y, Y], [MUCH, YN, YN, REQ],
         """Dear Fiona,

Thank you for considering Deskline. Orders over £2,000 receive 8% off list price, and we can deliver to each of your sites separately under a single account, with one consolidated monthly invoice. Our standard payment terms are 30 days from invoice.‸

I’ve attached our January 2027 paper and print price list.

Kind regards,
Owen Pritchard
Account Manager, Deskline Wholesale"""),

    case("""Owen,

Order DW-30917 arrived today with 40 boxes of A5 envelopes instead of the 40 boxes of C4 we ordered. This is the second error this month. ⟦Please collect the wrong items⟧ and ⟦send the correct ones by Friday⟧ — we have a mailing going out Monday. ⟦Can you also credit the delivery charge?⟧

Steve Bannerman
Office Manager""",
         [Y, Y, N], [REQ, REQ, YN],
         """Dear Steve,

Apologies for the mix-up with your envelopes. Our courier will collect the A5 boxes tomorrow between 9am and 1pm, and the 40 boxes of C4 will be delivered on Thursday 17 December.‸

Kind regards,
Owen
Deskline Wholesale"""),

    case("""Hi,

⟦How do I set up a second user on our trade account so my assistant can place orders?⟧ ⟦Is there a limit on how many users we can have?⟧

Thanks,
Jerome Pike""",
         [Y, Y], [HOW, YN],
         """Hi Jerome,

You can add a user under Account > Team > Invite user on our trade site, or follow the step-by-step guide here: https://deskline.example.co.uk/help/add-user. Trade accounts can have up to ten users.

Best regards,
Owen
Deskline Wholesale"""),

    case("""Owen — forwarding from our finance team. ⟦Could you resend invoice DW-INV-7781?⟧ They say it never arrived.

Fiona

---------- Forwarded message ---------
From: Accounts Payable <ap@strachanboyd.example.co.uk>
Date: Fri, 11 Dec 2026 at 16:45
Subject: Missing invoice
To: Fiona Strachan <f.strachan@strachanboyd.example.co.uk>

Hi Fiona, we’re missing Deskline’s November invoice. Can you chase them, and also ask whether they accept payment by BACS?""",
         [Y], [REQ],
         """Dear Fiona,

Of course — I’ve attached invoice DW-INV-7781 again and copied in your accounts payable team so it reaches them directly. We accept BACS as well.

Kind regards,
Owen
Deskline Wholesale"""),
]
