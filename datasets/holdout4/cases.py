"""Cases for Tactful held-out set 4 (hand-written, blind to server/ and tests/).

Each case is C(locale, text, thread). Flagged phrases are wrapped in ⟦ ⟧; the builder
(build_core_holdout4.py) strips the marks and computes the offsets. Positives and negatives are
numbered in list order. Edit this file, never the JSONL.
"""


def C(locale, text, thread=None):
    return {"locale": locale, "text": text.strip("\n"), "thread": thread}


GB, US = "en-GB", "en-US"

# --------------------------------------------------------------------------------------------
# condescension
# --------------------------------------------------------------------------------------------
CONDESCENSION_POS = [
    # 01 yoga studio: reminding
    C(GB, """
Hi Priya,

The Thursday 7am class moved to Studio B at the start of the month. It was in two newsletters, it's on the board by the door, and Maya announced it at the end of the last three sessions, so ⟦I'm honestly not sure how it managed to pass you by⟧. You'll find us upstairs next week.

Namaste,
Jo at Lotus Room
""", "Hi, I turned up for the 7am Thursday vinyasa and the room was empty. Nobody told me it had moved. I'd taken a taxi to get there on time. Not impressed.\n\nPriya"),
    # 02 phone repair: disbelief / blame
    C(GB, """
Hi Dale,

We had a look at the handset this morning. The charging port is full of corrosion and the liquid indicator inside has gone red, which tells me ⟦it's been for a swim since it left us, whatever you say⟧. That isn't covered by the screen warranty. We can quote for a port replacement if you want to go ahead.

Cheers,
Kev
FixPoint Repairs
""", "I had the screen replaced at your shop two weeks ago and now it's stopped charging. I want it fixed free since you had it open. It has NOT been near water.\n\nDale Whitcombe"),
    # 03 B2B printer supplier: trivial / others manage
    C(GB, """
Hello Mark,

The toner goes in the front slot with the arrow on top facing the machine, and you push until it clicks. ⟦It's genuinely a ten-second job that most of our customers manage without ringing us⟧. If your office manager is still stuck after that, we can book an engineer visit, chargeable at £85.

Kind regards,
Sandra Moyo
Inkline Office Supplies
""", "Our office manager has been trying to fit the new toner in the MX-4071 for half an hour and it won't go in. Can someone come out?\n\nMark Ellison\nBrightwell Accountants"),
    # 04 dog groomer: downplaying (emoji before span)
    C(GB, """
Hi Sam 🐾

I've checked with Tasha, who groomed Biscuit. It's a tiny nick from the clippers where he wriggled, and ⟦honestly dogs come home from the park with worse every week⟧. A dab of Sudocrem will sort it. See you both in six weeks!

Tasha & the Paws & Suds team
""", "Picked up Biscuit today and there's a cut on his ear, it bled in the car. I'm really upset, he's only 1.\n\nSam"),
    # 05 online bank: lecturing
    C(GB, """
Dear Mrs Okafor,

Thank you for getting in touch. International transfers carry a fixed fee and a currency margin, both of which are shown in the app before you confirm. ⟦In future it really would be worth taking the time to read the summary screen before moving that kind of money abroad⟧. We're unable to refund the fee on this occasion.

Yours sincerely,
Customer Care
Northmoor Bank
""", "I sent £4,200 to my sister in Portugal and got charged a £38 fee plus a terrible exchange rate. Nobody warned me. I want the fee back.\n\nGrace Okafor"),
    # 06 concert promoter: implying the customer is naive
    C(US, """
Hey Dana,

7pm is when doors open, and the headliner was always scheduled for 8:15. ⟦Most people work out that doors and showtime aren't the same thing, but I get that not everyone goes to a lot of shows⟧. The set times were also posted on our Instagram the day before.

Thanks,
Ricky
Lowlight Presents
""", "Ticket says 7pm. We got there at 7 and waited over an hour for the band. What's the deal?? We had a babysitter.\n\nDana"),
    # 07 window cleaner: blaming
    C(GB, """
Morning Mr Hale,

We did come on Tuesday, but the side gate was padlocked again. ⟦If it had been left open like we've asked every month this year, your back windows would be clean⟧. We'll try again next round.

Gary
Crystal Clear Window Cleaning
""", "You were supposed to do the back windows on Tuesday and they're still filthy. I pay monthly for front AND back.\n\nR. Hale"),
    # 08 meal kit: patronising tone (emoji after span)
    C(US, """
Hi Jordan!

Thanks for the feedback! ⟦Don't worry, a lot of our less confident home cooks find the chopping a bit overwhelming at first⟧ 😊 It gets much quicker with practice, and our Easy Prep range might be a gentler place to start while you build up your skills.

Happy cooking,
Bree at Forkful
""", "The Thai green curry recipe took me nearly 2 hours, not 30 minutes like it says. Way too much chopping. Kind of put me off.\n\nJordan"),
    # 09 co-living landlord: reminding
    C(GB, """
Hi Tomasz,

⟦This is the third time I've had to explain this to your floor⟧: general waste goes out on Sunday night, not whenever the bin looks full. The collection isn't the problem. Please make sure the house rota is followed this week.

Thanks,
Helen
Canal Yard Living
""", "Hi, the bins in the courtyard are overflowing again and there are foxes getting in. Can management sort it?\n\nTomasz, flat 3"),
    # 10 ski school: downplaying
    C(GB, """
Dear Mr and Mrs Girard,

Thanks for your email. ⟦A few tears on day one comes with the territory, and it really isn't something to lose sleep over⟧. Our instructors have groups of eight, so occasionally one child waits a minute or two with the assistant. She'll be fine by Wednesday.

Best wishes,
Alpine Tots Ski School
""", "Our daughter Léa (6) came back from her first morning in tears, she said the instructor left her at the bottom of the slope while the others went up. We're quite worried.\n\nÉlodie and Marc Girard"),
    # 11 phone repair: it's obvious
    C(US, """
Hi Marcus,

Settings > General > Transfer or Reset iPhone > Erase All Content and Settings. ⟦It's not exactly hidden, it's right there in Settings like it's been for years⟧. Once that's done, drop it in the prepaid mailer.

Thanks,
Ana
QuickCell Repair
""", "How do I factory reset the phone before I send it in for trade-in? I can't find it anywhere.\n\nMarcus"),
    # 12 yoga studio: lecturing
    C(US, """
Hi Whitney,

Sorry to hear about your shoulder. Advanced Flow is labeled advanced for a reason. ⟦Part of a mature practice is learning to listen to your own body, and that's something you may want to work on before booking that class again⟧. Our Foundations series starts on the 3rd if you'd like to revisit the basics.

Peace,
Coral at Sunwater Yoga
""", "I pulled something in my shoulder during Saturday's advanced flow. The teacher didn't offer any modifications. I think there should be more guidance.\n\nWhitney"),
    # 13 B2B printer supplier: blaming
    C(GB, """
Hi Rachel,

Our engineer's report from Friday says the jams are caused by 70gsm paper in tray 2. ⟦The tray is clearly labelled 80–120gsm, so this one is down to whoever in your office keeps loading it⟧. Switching to the recommended stock should sort it. An engineer visit for user error is chargeable.

Regards,
Phil Dunmore
Inkline Office Supplies
""", "The A3 printer you supplied keeps jamming in tray 2. This is the fourth time this week. I need an engineer.\n\nRachel Kerr\nOffice Manager, Daneway Logistics"),
    # 14 online bank: reminding
    C(US, """
Hello Mr. Brennan,

⟦You were told on Monday's call, and again in the confirmation text, that the card stops working the moment it's reported lost⟧. That can't be reversed once it's done. Your replacement card was mailed on Tuesday and should arrive within 5–7 business days.

Regards,
Client Services
Harbor Digital Bank
""", "I reported my card lost on Monday and now it's declined everywhere, I found it in my coat. Why did you cancel it without asking?\n\nKevin Brennan"),
    # 15 concert promoter: downplaying
    C(GB, """
Hi Aisha,

Setlists are up to the band and can change on the night. ⟦It's one song, not a cancelled gig, so I think a bit of perspective is needed here⟧. Hope you enjoyed the rest of the show.

All the best,
Northern Noise Promotions
""", "They didn't play Harbour Lights, the song I came for. It's on every setlist online. Really disappointed after travelling from Leeds.\n\nAisha"),
    # 16 meal kit: customer slow
    C(GB, """
Hi Gwen,

⟦Okay, one more time, nice and simple so it sticks⟧: pause before Wednesday midnight and you won't be charged on Friday. Pause after that and you will.

Thanks,
Rob
The Weekly Crate
""", "I'm still confused about how pausing works. If I pause this week will I still get charged on Friday?\n\nGwen"),
    # 17 dog groomer: blaming
    C(US, """
Hi Kristen,

Rufus came in with heavy matting down to the skin on both sides, so brushing it out would have really hurt him. ⟦Matting like that doesn't happen overnight; it happens when a dog isn't brushed at home between appointments⟧. The coat will grow back in 8–10 weeks.

Best,
Dee
Sudsy Pup Grooming
""", "Why did you shave Rufus down?? I asked for a trim and he looks like a different dog. I'm really upset.\n\nKristen"),
    # 18 ski school: patronising
    C(US, """
Hi Greg,

⟦Okay, let's go through this nice and slowly⟧. The lesson is what you pay us for. The lift pass is what you pay the mountain for. They're two separate companies and two separate tickets.

Thanks,
Summit Snowsports
""", "I booked lessons for the week but the instructor said we also need lift passes?? Nobody said that. Why would lessons not include the lift?\n\nGreg"),
    # 19 window cleaner: downplaying
    C(US, """
Hi Linda,

I took a look at the photos. ⟦I think we can agree a few water marks on a sunroom roof aren't quite the disaster your email makes them sound like⟧. They usually fade after the next rain. We'll take another look at your next scheduled clean.

Tom
BrightView Window Co.
""", "There are streaks all over the sunroom glass after yesterday's clean. For what you charge I expect better.\n\nLinda Marsh"),
    # 20 co-living landlord: it's obvious (emoji before span)
    C(GB, """
Hi Ines 👋

The heating runs on a house schedule from 6–9am and 5–10pm. ⟦Surely you can see why we can't hand one resident control of the heating for all eight rooms⟧. If your radiator isn't keeping up in those hours, let me know and I'll have it bled.

Best,
Marco
The Foundry Co-Living
""", "Why is the heating on a timer we can't change? My room is freezing by 9pm. Can you give me control of my thermostat?\n\nInes"),
]

CONDESCENSION_NEG = [
    # 01 yoga: kind version, "we put it in the newsletter"
    C(GB, """
Hi Priya,

I'm so sorry you had a wasted trip, especially after paying for a taxi. The Thursday 7am class moved to Studio B this month; we put it in the newsletter, but I can see we should have signposted it on the door as well, and I've now done that. I've added a free class to your account for the trouble.

Namaste,
Jo at Lotus Room
""", "Hi, I turned up for the 7am Thursday vinyasa and the room was empty. Nobody told me it had moved. I'd taken a taxi to get there on time. Not impressed.\n\nPriya"),
    # 02 phone repair: liquid damage explained neutrally
    C(GB, """
Hi Dale,

Thanks for bringing it in. Liquid had got into the charging port and caused some corrosion, which is really common after a dunk in the sink. A port replacement is £49 and takes about an hour. Let me know if you'd like us to go ahead.

Cheers,
Kev
FixPoint Repairs
""", "My phone won't charge after I dropped it in the sink last week. Can you fix it and how much?\n\nDale"),
    # 03 printer: "isn't obvious the first time"
    C(GB, """
Hello Mark,

Sorry for the hassle. The toner slot on the MX-4071 isn't obvious the first time: it's behind the front panel, and the cartridge goes in with the arrow on top facing the machine until it clicks. I've attached a short video that shows it. If it still won't seat, ring me on 020 7946 0321 and I'll talk your office manager through it.

Kind regards,
Sandra Moyo
Inkline Office Supplies
""", "Our office manager has been trying to fit the new toner in the MX-4071 for half an hour and it won't go in. Can someone come out?\n\nMark Ellison\nBrightwell Accountants"),
    # 04 dog groomer: acknowledges the small cut
    C(GB, """
Hi Sam 🐾

I'm so sorry, that must have been horrible to see in the car. Tasha tells me Biscuit wriggled while she was doing round his ears and the clippers caught him. Even a small nick on a puppy is upsetting, and we should have told you at pick-up rather than you finding it yourself. Please let me know how it looks tomorrow.

Sarah, Paws & Suds
""", "Picked up Biscuit today and there's a cut on his ear, it bled in the car. I'm really upset, he's only 1.\n\nSam"),
    # 05 bank: "easy to skim past"
    C(GB, """
Dear Mrs Okafor,

Thank you for getting in touch, and I understand the fee came as a surprise. International transfers carry a fixed fee and a currency margin; both are shown on the summary screen before you confirm, but I appreciate that's easy to skim past when you're sending money in a hurry. As a one-off, I've refunded the £38 fee to your account today.

Yours sincerely,
Customer Care
Northmoor Bank
""", "I sent £4,200 to my sister in Portugal and got charged a £38 fee plus a terrible exchange rate. Nobody warned me. I want the fee back.\n\nGrace Okafor"),
    # 06 concert: "I can see how the ticket made that confusing"
    C(US, """
Hey Dana,

Sorry about the long wait, especially with a sitter on the clock. The 7pm on the ticket is when doors open, and the headliner went on at 8:15. I can see how the ticket made that confusing, and I've asked our ticketing team to add set times to the e-tickets.

Thanks,
Ricky
Lowlight Presents
""", "Ticket says 7pm. We got there at 7 and waited over an hour for the band. What's the deal?? We had a babysitter.\n\nDana"),
    # 07 window cleaner: a neutral request about the gate
    C(GB, """
Morning Mr Hale,

Sorry the back windows were missed. We came on Tuesday but couldn't get through the side gate. If it's easier, you could text me the padlock code or leave it unlocked on clean days, and I'll pop back on Friday to do the back at no extra charge.

Gary
Crystal Clear Window Cleaning
""", "You were supposed to do the back windows on Tuesday and they're still filthy. I pay monthly for front AND back.\n\nR. Hale"),
    # 08 meal kit: agrees the card is wrong
    C(US, """
Hi Jordan,

Thanks for being honest about that one. You're right: that curry card says 30 minutes, and with all the chopping it's closer to an hour for most people. I've flagged it to our recipe team so the timing gets fixed. If you'd like, I can swap next week's box for recipes with less prep.

Best,
Bree at Forkful
""", "The Thai green curry recipe took me nearly 2 hours, not 30 minutes like it says. Way too much chopping. Kind of put me off.\n\nJordan"),
    # 09 co-living: the customer's self-deprecation answered kindly
    C(GB, """
Hi Tomasz,

Not dim at all, it genuinely is confusing at the moment because the council changed the days in March. General waste goes out on Sunday night and recycling on Wednesday night. I've put an updated rota up in the kitchen too.

Thanks,
Helen
Canal Yard Living
""", "Sorry, I know I'm probably being really dim, but which day do the bins go out? I've asked two people and got two answers.\n\nTomasz, flat 3"),
    # 10 ski school: "common, but they still matter"
    C(GB, """
Dear Mr and Mrs Girard,

Thank you for telling us, and I'm sorry Léa had such a hard first morning. While the group rode the button lift, Léa stayed at the bottom with our assistant, but we should have explained that to her so she didn't feel left behind. Tears on day one are common, but they still matter to us, and Baptiste will keep her with him tomorrow. Please do ring me if you'd like to talk it through.

Best wishes,
Camille
Alpine Tots Ski School
""", "Our daughter Léa (6) came back from her first morning in tears, she said the instructor left her at the bottom of the slope while the others went up. We're quite worried.\n\nÉlodie and Marc Girard"),
    # 11 phone repair: "tucked away"
    C(US, """
Hi Marcus,

Good question, it's tucked away a few menus down: Settings > General > Transfer or Reset iPhone > Erase All Content and Settings. Make sure you've signed out of iCloud first so Activation Lock is off. Once that's done, drop it in the prepaid mailer.

Thanks,
Ana
QuickCell Repair
""", "How do I factory reset the phone before I send it in for trade-in? I can't find it anywhere.\n\nMarcus"),
    # 12 yoga: takes the feedback, suggests an easier class without judging
    C(US, """
Hi Whitney,

I'm sorry about your shoulder, and thank you for telling us. You're right that our teachers should be offering modifications in Advanced Flow, and I've passed your note to Kai. If you'd like to ease back in, the Foundations series starts on the 3rd, but that's completely your call.

Peace,
Coral at Sunwater Yoga
""", "I pulled something in my shoulder during Saturday's advanced flow. The teacher didn't offer any modifications. I think there should be more guidance.\n\nWhitney"),
    # 13 printer: "an easy one to miss"
    C(GB, """
Hi Rachel,

Sorry you're still fighting with tray 2. Friday's engineer report points to the paper weight: the tray takes 80–120gsm, and 70gsm stock tends to jam in it. The label on the tray is tiny, so it's an easy one to miss, and I've added a box of 80gsm to your next delivery free of charge. If the jams carry on after that, I'll book the engineer straight away.

Regards,
Phil Dunmore
Inkline Office Supplies
""", "The A3 printer you supplied keeps jamming in tray 2. This is the fourth time this week. I need an engineer.\n\nRachel Kerr\nOffice Manager, Daneway Logistics"),
    # 14 bank: "As we discussed on the phone"
    C(US, """
Hello Mr. Brennan,

As we discussed on the phone on Monday, a card reported lost is blocked for good, so it can't be switched back on now that you've found it. I know that's frustrating when it was in your coat all along. Your replacement was mailed on Tuesday and should arrive within 5–7 business days, and you can use the virtual card in the app until then.

Regards,
Client Services
Harbor Digital Bank
""", "I reported my card lost on Monday and now it's declined everywhere, I found it in my coat. Why did you cancel it without asking?\n\nKevin Brennan"),
    # 15 concert: acknowledges the disappointment; innocuous "Obviously"
    C(GB, """
Hi Aisha,

I'm sorry, I know Harbour Lights was the one you travelled down from Leeds for. Setlists are down to the band on the night and we don't get told in advance, but I've passed your message on to their management. Obviously that's not how we want anyone to leave a gig, and I hope the rest of the show made up for it a little.

All the best,
Northern Noise Promotions
""", "They didn't play Harbour Lights, the song I came for. It's on every setlist online. Really disappointed after travelling from Leeds.\n\nAisha"),
    # 16 meal kit: "Sorry if my last email made that murkier"
    C(GB, """
Hi Gwen,

Sorry if my last email made that murkier. Here's the short version: pause before midnight on Wednesday and there's no charge on Friday; pause after that and that week's box still goes out and is charged. If it's easier, I can pause this week for you now, just reply yes.

Thanks,
Rob
The Weekly Crate
""", "I'm still confused about how pausing works. If I pause this week will I still get charged on Friday?\n\nGwen"),
    # 17 dog groomer: matting explained without blame
    C(US, """
Hi Kristen,

I'm really sorry, I know it's a shock to see Rufus looking so different. He had matting down to the skin on both sides, and brushing it out would have hurt him, so we shaved those areas short; we should have called you first, and that's on us. Doodle coats can mat surprisingly fast even with regular brushing, and I'm happy to show you the comb we use next time. His coat will grow back in 8–10 weeks.

Best,
Dee
Sudsy Pup Grooming
""", "Why did you shave Rufus down?? I asked for a trim and he looks like a different dog. I'm really upset.\n\nKristen"),
    # 18 ski school: "Just to recap"
    C(US, """
Hi Greg,

Sorry that wasn't clearer when you booked. Just to recap: lessons are booked with us, and lift passes are sold by the resort, so they're separate tickets. You can buy passes on the resort's website or at the ticket window by the gondola, and kids under 6 ski free.

Thanks,
Summit Snowsports
""", "I booked lessons for the week but the instructor said we also need lift passes?? Nobody said that. Why would lessons not include the lift?\n\nGreg"),
    # 19 window cleaner: the customer's words quoted back to reassure
    C(US, """
Hi Linda,

You're not being difficult at all. The photos show streaks that shouldn't be there after a clean, so I've booked Tom to come back on Friday morning to redo the sunroom at no charge. Thanks for sending the pictures, they really helped.

Best,
Nina
BrightView Window Co.
""", "I'm not trying to be difficult but there are streaks all over the sunroom glass after yesterday's clean. Could someone look at it?\n\nLinda Marsh"),
    # 20 co-living: "It's a fair question"
    C(GB, """
Hi Ines 👋

It's a fair question. The heating runs on a house schedule, 6–9am and 5–10pm, because all eight rooms share one boiler and one thermostat, so we can't give individual control. That said, your room shouldn't be freezing by 9pm, which suggests your radiator needs bleeding. Marco will pop round on Thursday afternoon to check it.

Best,
Helen
The Foundry Co-Living
""", "Why is the heating on a timer we can't change? My room is freezing by 9pm. Can you give me control of my thermostat?\n\nInes"),
]

# --------------------------------------------------------------------------------------------
# promises
# --------------------------------------------------------------------------------------------
PROMISES_POS = [
    # 01 phone repair: supplier deadline, two labels
    C(GB, """
Hi Aled,

The back glass for the Pixel 8 isn't in stock, so I've ordered it from our supplier this morning. ⟦It'll be here Wednesday, 100%⟧, and the fit takes about 40 minutes, so ⟦you'll have the phone back well before your trip⟧. It's £79 all in.

Cheers,
Kev
FixPoint Repairs
""", "How long for the back glass on my Pixel 8? I need it for a work trip on Saturday.\n\nAled"),
    # 02 yoga: health outcome
    C(GB, """
Hi Fiona,

Thanks for reaching out, and well done for taking the first step! Our Gentle Spine course is designed exactly for this. ⟦Six weeks with us and that back pain will be a thing of the past⟧. The next course starts Monday at 6pm.

Warmly,
Jo at Lotus Room
""", "I've had lower back pain for about a year. Would your classes help? I'm nervous about making it worse.\n\nFiona"),
    # 03 B2B printer: never a jam
    C(GB, """
Hi Owen,

For a dusty warehouse I'd go with the Kyocera TASKalfa every time. ⟦You will not have a single paper jam with it, full stop⟧. It's £1,240 plus VAT, or £38 a month on lease.

Best regards,
Priya Nair
Inkline Office Supplies
""", "We're choosing between the Kyocera and the Brother for the warehouse. Jams are our main headache with the current one.\n\nOwen Pryor\nFacilities, Hartsfield Distribution"),
    # 04 dog groomer: every visit (emoji before span)
    C(US, """
Hi Carla!

Our Deluxe Doodle package is made for girls like Bella 🐩 ⟦She'll leave knot-free every single visit, no matter how matted she comes in⟧. It's $95 and includes a blueberry facial. Want me to switch her next appointment over?

Best,
Dee
Sudsy Pup Grooming
""", "Bella keeps coming home with knots behind her ears. Is there a package that prevents that?\n\nCarla"),
    # 05 online bank: recall depends on the receiving bank
    C(GB, """
Dear Mr Adeyemi,

Thank you for letting us know so quickly. I've raised a recall request with the receiving bank, and ⟦the full £650 will be back in your account by tomorrow morning⟧. You don't need to do anything further.

Kind regards,
Payments Team
Northmoor Bank
""", "I sent £650 to the wrong account number by mistake this morning. Please help, it's my rent money.\n\nTunde Adeyemi"),
    # 06 concert: weather and the band's timing
    C(US, """
Hi Mateo,

Totally hear you on the drive! ⟦The show is going ahead on Saturday whatever the storm does, and the band will be on stage at 8:30 sharp⟧. Parking opens at 6, so come early and grab a spot near the gate.

Cheers,
Lowlight Presents
""", "There's a storm forecast for Saturday. Is the outdoor show still happening? I'm driving 3 hours.\n\nMateo"),
    # 07 window cleaner: ever
    C(GB, """
Hi Mrs Lowe,

We use pure water poles, so there's no soap left on the glass to streak. ⟦You won't see a single smear on those windows, ever⟧. A full clean of a house your size is £45, then £30 every four weeks.

Best,
Gary
Crystal Clear Window Cleaning
""", "Last company left streaks every time. Can you do better? It's a big Victorian house with lots of panes.\n\nJanet Lowe"),
    # 08 meal kit: courier deadline
    C(US, """
Hi Priyanka,

So sorry about that! Your box got stuck at the FedEx hub in Memphis, but it's moving again. ⟦It will be on your doorstep before 6pm Wednesday, in plenty of time for your dinner⟧. I've also added a $15 credit to your account.

Best,
Sam at Forkful
""", "My box didn't come on Tuesday. I have guests Thursday and was planning to use the kit. Where is it?\n\nPriyanka"),
    # 09 co-living: the engineer's outcome
    C(GB, """
Hi Nadia,

Really sorry, that's miserable. The boiler engineer from Heatwise is booked for this afternoon, and ⟦the hot water will definitely be back on tonight⟧. I'll send a message on the house WhatsApp when he's been.

Thanks,
Helen
Canal Yard Living
""", "There's been no hot water since yesterday morning. Six of us are showering at the gym.\n\nNadia, room 5"),
    # 10 ski school: a child's progress
    C(GB, """
Hi Becky,

Absolutely! Oscar will be in our Level 2 group with Luc, who's brilliant with this age. ⟦By Friday afternoon he'll be following you down the reds, trust me⟧. Lessons run 9:30–12:30 daily.

See you on the slopes,
Summit Ski School Méribel
""", "Our son Oscar (9) has skied once before. We'd love him to be able to ski with us on reds by the end of our week. Is that realistic?\n\nBecky"),
    # 11 phone repair: battery lifetime
    C(US, """
Hi Jenna,

Definitely replace the battery, it's $69 and takes 30 minutes. ⟦With a fresh battery that phone is good for another five years, easy⟧. We have slots open tomorrow afternoon if you want one.

Thanks,
Ana
QuickCell Repair
""", "Is it worth replacing the battery on my iPhone 12 or should I just get a new phone?\n\nJenna"),
    # 12 online bank: dispute outcome and timing, two labels
    C(US, """
Hi Mr. Castillo,

Thanks for reaching out. I've opened a dispute for the duplicate $812 charge. ⟦This will be resolved in your favor⟧ since it's a clear duplicate, and ⟦the money will be back in your checking account within 48 hours⟧. We'll email you when it posts.

Regards,
Client Services
Harbor Digital Bank
""", "I was charged twice by an airline, $812 each time. The airline won't answer. Can you dispute it?\n\nLuis Castillo"),
    # 13 concert: never again
    C(US, """
Hi Jess,

Ugh, I'm so sorry, that's the last thing you want at a show. We've had a word with the venue about their scanners. ⟦I'll personally make sure you never have a problem getting in to one of our shows again⟧.

Thanks for sticking with us,
Ricky
Lowlight Presents
""", "Third time I've bought tickets through you and the scanner at the door didn't work, we missed the opener. Fix this.\n\nJess"),
    # 14 meal kit: standing compensation
    C(GB, """
Hi Declan,

I'm sorry, warm fish is not okay and I've reported it to our courier. ⟦From now on, any box that turns up after 8pm gets you the next one completely free⟧. I've also refunded the salmon from last Thursday.

Thanks,
Rob
The Weekly Crate
""", "That's twice this month my box has come after 9pm. The fish was warm. I'm close to cancelling.\n\nDeclan"),
    # 15 dog groomer: skin outcome
    C(GB, """
Hi Lorraine,

Poor Max! It's probably clipper rash, which some short-coated dogs get. Bring him in on Saturday for our oatmeal soothing bath, and ⟦his skin will be completely clear by the following week⟧. There's no charge for the bath.

Thanks,
Tasha
Paws & Suds
""", "Max keeps scratching since he got his summer cut, his skin is red in places. Is it the shampoo?\n\nLorraine"),
    # 16 B2B printer: a manufacturer's engineer
    C(GB, """
Hi Rachel,

I've logged a priority call with Ricoh's service desk. ⟦Their engineer will be on site by 9am tomorrow without fail⟧, so you'll have plenty of time for payroll. I'll send the job reference as soon as it comes through.

Regards,
Phil Dunmore
Inkline Office Supplies
""", "The Ricoh is down completely and we've got payroll to print by Thursday. When can an engineer come?\n\nRachel Kerr\nDaneway Logistics"),
    # 17 yoga: never again on billing
    C(US, """
Hi Aaron,

I'm really sorry, I've refunded the $22 for Tuesday's class. It was a glitch in the sync between our app and the payment system. ⟦You will never be charged for a class you didn't book again, you have my word⟧.

Peace,
Coral at Sunwater Yoga
""", "I was charged for a class I didn't book AGAIN. This is the second month. I'm about to cancel my membership.\n\nAaron"),
    # 18 co-living: deposit outcome and deadline
    C(GB, """
Hi Felix,

Thanks for letting us know. Once you've handed the keys back we'll do the check-out inspection, and ⟦you'll have the full £900 back in your account within five working days, no deductions⟧. Please leave your room keys in the lockbox by the door.

Best,
Marco
The Foundry Co-Living
""", "I'm moving out on 31 May. When do I get my deposit back? I need it for my next place.\n\nFelix"),
    # 19 ski school: compensation promised outright
    C(US, """
Hi Mr. Patel,

Thanks for your patience with the wind holds. ⟦We'll refund both days in full and give Maya a free week of lessons next season⟧. Just reply with the card you'd like it on.

Best,
Summit Snowsports
""", "Our daughter's lessons were canceled for two days because of the wind. We paid for 5 days. What happens now?\n\nRaj Patel"),
    # 20 window cleaner: always, whatever the weather
    C(US, """
Hi Denise,

Yep, that's what we're all about. ⟦Rain or shine, we'll be at your door at 8am sharp every other Tuesday⟧. First clean is on the 14th.

Thanks,
Tom
BrightView Window Co.
""", "Can you guys commit to a regular time? My last guy showed up whenever.\n\nDenise"),
]

PROMISES_NEG = [
    # 01 phone repair: "I can't promise anything until"
    C(GB, """
Hi Aled,

The back glass for the Pixel 8 isn't in stock, so I ordered it from our supplier this morning. They're saying Wednesday, but I can't promise anything until it's actually on the shelf here. The fit takes about 40 minutes, so if it lands Wednesday you'll have the phone back well before Saturday. It's £79 all in.

Cheers,
Kev
FixPoint Repairs
""", "How long for the back glass on my Pixel 8? I need it for a work trip on Saturday.\n\nAled"),
    # 02 yoga: "lots of people find", "you can always skip a pose"
    C(GB, """
Hi Fiona,

Thanks for reaching out. Lots of people with lower back pain find our Gentle Spine course helps, though everyone's different, and it's worth checking with your GP or physio before you start. The teacher will offer modifications throughout, and you can always skip a pose. The next course starts Monday at 6pm.

Warmly,
Jo at Lotus Room
""", "I've had lower back pain for about a year. Would your classes help? I'm nervous about making it worse.\n\nFiona"),
    # 03 printer: "no printer is jam-proof"
    C(GB, """
Hi Owen,

For a dusty warehouse I'd lean towards the Kyocera TASKalfa. In our experience it jams far less than the Brother, though no printer is jam-proof, especially with recycled paper. It's £1,240 plus VAT, or £38 a month on lease, and I'm happy to bring a demo unit round next week.

Best regards,
Priya Nair
Inkline Office Supplies
""", "We're choosing between the Kyocera and the Brother for the warehouse. Jams are our main headache with the current one.\n\nOwen Pryor\nFacilities, Hartsfield Distribution"),
    # 04 dog groomer: "We always do our best"
    C(US, """
Hi Carla!

Our Deluxe Doodle package is made for girls like Bella 🐩 We always do our best to brush out every knot, but if she comes in with tight matting near the skin, we may need to clip it short so it doesn't hurt her. It's $95 and includes a blueberry facial. Want me to switch her next appointment over?

Best,
Dee
Sudsy Pup Grooming
""", "Bella keeps coming home with knots behind her ears. Is there a package that prevents that?\n\nCarla"),
    # 05 bank: depends on them; "we'll never call to ask for your PIN"
    C(GB, """
Dear Mr Adeyemi,

Thank you for letting us know so quickly. I've raised a recall request with the receiving bank today. Whether the money comes back depends on them and on the account holder, and these requests usually take between 3 and 10 working days; I'll email you as soon as we hear anything. Please bear in mind we'll never call to ask for your PIN while this is going on.

Kind regards,
Payments Team
Northmoor Bank
""", "I sent £650 to the wrong account number by mistake this morning. Please help, it's my rent money.\n\nTunde Adeyemi"),
    # 06 concert: the venue decides; conditional refund by policy
    C(US, """
Hi Mateo,

Totally hear you on the drive. Right now the show is still on, but the venue and the county make the call on weather, and they'll decide by noon on Saturday. We'll post an update on Instagram and email every ticket holder the moment we know. If the show is canceled, you'll get a full refund automatically.

Cheers,
Lowlight Presents
""", "There's a storm forecast for Saturday. Is the outdoor show still happening? I'm driving 3 hours.\n\nMateo"),
    # 07 window cleaner: "usually", conditional revisit
    C(GB, """
Hi Mrs Lowe,

We use pure water poles, so there's no soap left on the glass, which is usually what causes streaks. Older Victorian glass can still show the odd mark after rain, and if you spot any within two days of a clean, send me a photo and we'll pop back. A full clean of a house your size is £45, then £30 every four weeks.

Best,
Gary
Crystal Clear Window Cleaning
""", "Last company left streaks every time. Can you do better? It's a big Victorian house with lots of panes.\n\nJanet Lowe"),
    # 08 meal kit: tracking says, writer's own next step
    C(US, """
Hi Priyanka,

So sorry about that! Your box got stuck at the FedEx hub in Memphis, and tracking now shows delivery on Wednesday. I can't control FedEx, so I'll check the tracking at noon tomorrow and email you either way. I've also added a $15 credit to your account.

Best,
Sam at Forkful
""", "My box didn't come on Tuesday. I have guests Thursday and was planning to use the kit. Where is it?\n\nPriyanka"),
    # 09 co-living: "should", "may be tomorrow"
    C(GB, """
Hi Nadia,

Really sorry, that's miserable. The boiler engineer from Heatwise is booked for this afternoon; if it's a part he carries, the hot water should be back tonight, but if not it may be tomorrow. I'll post on the house WhatsApp by 6pm either way.

Thanks,
Helen
Canal Yard Living
""", "There's been no hot water since yesterday morning. Six of us are showering at the gym.\n\nNadia, room 5"),
    # 10 ski school: "some children ... others need longer"
    C(GB, """
Hi Becky,

Oscar will be in our Level 2 group with Luc, who's brilliant with this age. Some children move onto reds within the week and others need a bit longer; Luc will tell you on Wednesday how he's getting on. Lessons run 9:30–12:30 daily.

See you on the slopes,
Summit Ski School Méribel
""", "Our son Oscar (9) has skied once before. We'd love him to be able to ski with us on reds by the end of our week. Is that realistic?\n\nBecky"),
    # 11 phone repair: "typically"
    C(US, """
Hi Jenna,

A battery replacement is $69 and takes about 30 minutes, and for an iPhone 12 that's usually the better value. A new battery typically gives two to three years of normal use, depending on how hard you push it. We have slots tomorrow afternoon if you want one.

Thanks,
Ana
QuickCell Repair
""", "Is it worth replacing the battery on my iPhone 12 or should I just get a new phone?\n\nJenna"),
    # 12 bank: provisional credit already given, "I can't promise"
    C(US, """
Hi Mr. Castillo,

Thanks for reaching out. I've opened a dispute for the duplicate $812 charge and added a provisional credit for that amount to your checking account today. I can't promise how the airline will respond, but duplicate charges are usually settled within 30 to 45 days, and we'll email you at each step.

Regards,
Client Services
Harbor Digital Bank
""", "I was charged twice by an airline, $812 each time. The airline won't answer. Can you dispute it?\n\nLuis Castillo"),
    # 13 concert: the earlier promise quoted back and declined
    C(US, """
Hi Jess,

You're right, last time we told you it wouldn't happen again, and it did. I'm not going to make that promise twice. What I can do is put your name on the box office list for every show you've booked with us this year, so staff can check you in by hand if a scanner plays up.

Thanks for sticking with us,
Ricky
Lowlight Presents
""", "Third time I've bought tickets through you and the scanner at the door didn't work, we missed the opener. Last time you promised it would never happen again.\n\nJess"),
    # 14 meal kit: refund already given, conditional next step
    C(GB, """
Hi Declan,

I'm sorry, warm fish is not okay. I've refunded the full box from last Thursday, which should show in 3–5 days, and I've reported both late deliveries to our courier. If it happens again, please tell me straight away and I'll look at moving you to a morning slot.

Thanks,
Rob
The Weekly Crate
""", "That's twice this month my box has come after 9pm. The fish was warm. I'm close to cancelling.\n\nDeclan"),
    # 15 dog groomer: "often calms it down", see a vet
    C(GB, """
Hi Lorraine,

Poor Max! It sounds like it could be clipper rash, which some short-coated dogs get after a summer cut. Our oatmeal bath often calms it down, and it's free this week, but if the redness hasn't settled in a few days it's worth a trip to the vet.

Thanks,
Tasha
Paws & Suds
""", "Max keeps scratching since he got his summer cut, his skin is red in places. Is it the shampoo?\n\nLorraine"),
    # 16 printer: the manufacturer's window, writer chases
    C(GB, """
Hi Rachel,

I've logged a priority call with Ricoh's service desk. They've offered tomorrow with a morning window of 8 to 12, and I'll chase them at 10 if the engineer hasn't turned up. If it looks like slipping past Wednesday, I can lend you a loan printer for payroll.

Regards,
Phil Dunmore
Inkline Office Supplies
""", "The Ricoh is down completely and we've got payroll to print by Thursday. When can an engineer come?\n\nRachel Kerr\nDaneway Logistics"),
    # 17 yoga: refund given, "developers say it's fixed", "always emails" as a fact
    C(US, """
Hi Aaron,

I'm really sorry, I've refunded the $22 for Tuesday's class. The charge came from a sync glitch between our app and the payment system, and the developers say it's fixed, though I'll check your statement myself at the end of the month. Our app always emails a confirmation when you book, so if you're ever charged without one, forward it to me.

Peace,
Coral at Sunwater Yoga
""", "I was charged for a class I didn't book AGAIN. This is the second month. I'm about to cancel my membership.\n\nAaron"),
    # 18 co-living: the scheme releases it, "usually"
    C(GB, """
Hi Felix,

Thanks for letting us know. Your deposit is held with the TDS scheme, so once we've done the check-out inspection and agreed the amount with you, TDS releases it, usually within five working days. Please leave your room keys in the lockbox by the door.

Best,
Marco
The Foundry Co-Living
""", "I'm moving out on 31 May. When do I get my deposit back? I need it for my next place.\n\nFelix"),
    # 19 ski school: refund under the terms, already done; no free week
    C(US, """
Hi Mr. Patel,

Thanks for your patience with the wind holds. Lessons we cancel are refunded in full under our terms, so I've refunded both days to your card today; it usually shows up in 3–5 business days. I can't offer free lessons next season, but I'd be happy to hold Maya's spot with Jules if you book by March.

Best,
Summit Snowsports
""", "Our daughter's lessons were canceled for two days because of the wind. We paid for 5 days. What happens now?\n\nRaj Patel"),
    # 20 window cleaner: "usually", weather plan
    C(US, """
Hi Denise,

We can do every other Tuesday in the morning, usually between 8 and 10. If it's pouring, we'll text you the night before and move you to Wednesday. Your first clean is on the 14th.

Thanks,
Tom
BrightView Window Co.
""", "Can you guys commit to a regular time? My last guy showed up whenever.\n\nDenise"),
]

CASES = {
    "condescension": (CONDESCENSION_POS, CONDESCENSION_NEG),
    "promises": (PROMISES_POS, PROMISES_NEG),
}
