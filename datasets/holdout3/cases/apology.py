"""apology: the thread complains or reports a failure and the draft neither apologises nor
acknowledges it. Positives are labelled on the whole text (no ⟦ ⟧ markers)."""
from _common import case

T_WINE = """Hi,

My shipment arrived yesterday and two of the six bottles were smashed. Wine had soaked through the box and all over my porch. I'm pretty annoyed, it's the second time this year.

Rob Fenton"""

T_PIANO = """I took the morning off work yesterday because you were booked to tune our piano between 9 and 12. Nobody came and nobody called. What happened?

Eleanor Marsh"""

T_COWORK = """It's freezing in the second-floor studio again. Three of us are working in our coats. The heating has been broken since Monday and nobody has told us anything.

Sam Whitfield"""

T_FOOTBALL = """Hi,

We paid £45 for Oscar's kit in August and it still hasn't arrived. He played Saturday's match in a borrowed shirt three sizes too big. This is really poor.

Helen (Oscar's mum)"""

T_DRIVING = """My instructor turned up 35 minutes late today and still finished at the normal time, so I only got 25 minutes of a £38 lesson. I'd like that sorted.

Kofi"""

T_SOLAR = """Your installers finished on Friday and left broken roof tiles in my flower beds, cable offcuts on the drive, and a cracked tile on the roof that is now letting water into the loft. Not happy.

Alan Pierce"""

T_PRINT = """Hi,

We just picked up our 120 wedding invitations and they say Saturday 14 June. Our wedding is on Saturday 21 June! The proof we approved said the 21st. We're meant to be posting them this week. Please help.

Amira and Josh"""

T_BOAT = """We picked up the Swallow on Friday and it was filthy, crumbs everywhere, the toilet didn't flush and there was no gas for the cooker. We paid £640 for the weekend. I expect a response.

Gillian Harper"""

T_LANG = """Hello,

I was charged two times for the October course, £420 each time. Please return the money quickly, I need it for the rent.

Thank you,
Mariana Souza"""

T_LOCK = """Your locksmith drilled out my lock yesterday and managed to split the door frame while he was at it. Now the door won't shut properly. Who's paying for this?

Steph"""

T_THEATRE = """I bought tickets for last night's show but the e-tickets never arrived. We stood at the door for 20 minutes while your staff looked for our booking and we missed the opening. Very disappointing evening.

Priyanka Shah"""

T_TATTOO = """I took a day off and drove two hours for my appointment and got a text an hour before saying Lena was sick and it's cancelled. I lost a day's pay for nothing.

- Becca"""

T_REMOVALS = """Your crew arrived four hours late on moving day, which meant we didn't get the keys to the new house until after 7pm, and they broke the mirror from our hallway. Frankly the whole day was a disaster.

Mr and Mrs Adebayo"""

T_SIGNAL = """I've had no signal at home for eight days now. I can't make calls, I missed a call from the hospital about an appointment, and I'm still paying £28 a month. When is this going to be fixed?

Brenda Collins"""

T_DELIVERY = """Hey, my new phone was supposed to arrive Tuesday and it's now Friday. Tracking just says "exception". I've been without a phone all week. Not impressed.

Chris"""

POSITIVE = [
    # 01 wine club: fixes it, no acknowledgement
    case("""Hi Rob,

Please send a photo of the box and the broken bottles to this address so we can file the claim with the courier. Two replacement bottles of the 2020 Zinfandel will ship on Monday in a foam shipper. The credit for the broken bottles will show on your next club statement.

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 piano tuner: missed appointment, rebooked coldly
    case("""Dear Eleanor,

Your tuning has been moved to Thursday 16th between 9am and 12pm. The previous appointment was dropped when our calendar synced incorrectly. James will call you the evening before to confirm. The fee remains £85.

Regards,
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 coworking: broken heating
    case("""Hi Sam,

An engineer is booked for tomorrow at 8am to replace the valve on the second-floor boiler. Portable heaters are available from reception, and the meeting rooms on the ground floor are warm if you need them. Updates will be posted in the members' Slack channel.

Thanks,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 football: kit never arrived
    case("""Hi Helen,

The kit order for the Under-11s was held up at the supplier. Oscar's shirt, shorts and socks are now at the clubhouse, and you can collect them from Karen before training on Tuesday. If Tuesday doesn't work, let me know and I'll drop them round.

Thanks,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 driving school: late instructor, make-up time offered without a word of regret
    case("""Hi Kofi,

Your next lesson on Friday has been extended to 90 minutes at no extra cost. Your instructor will pick you up from the usual place at 3:30pm. Please reply to confirm that still works.

Regards,
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 06 solar installer: mess and a leak
    case("""Dear Mr Pierce,

A roofer from our team will attend on Tuesday morning to replace the cracked tile and check the loft for water ingress. They will also clear the tiles and offcuts from the flower beds and driveway. Please send any photos of the loft to this address for our records.

Kind regards,
Ruth Elwood
Brightside Solar""", T_SOLAR, "en-GB"),
    # 07 print shop: wrong date on wedding invitations
    case("""Hi Amira and Josh,

The invitations are being reprinted today with Saturday 21 June and will be ready to collect tomorrow from 10am. There's no charge for the reprint. Please bring the first batch back when you collect so we can recycle them.

Best wishes,
Claire
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 08 boat hire: dirty boat, partial refund, no acknowledgement
    case("""Dear Gillian,

The Swallow has been inspected. The toilet pump had failed and has been replaced, and the gas bottle has been swapped for a full one. A deep clean has been added to the handover checklist for all boats. A refund of £120 has been issued to your card.

Regards,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 language school, non-native: double charge
    case("""Dear Mariana,

Thank you for your email. I checked with our accounts team and the second payment of £420 was refunded today. It can take 3 to 5 working days to appear in your bank account. Your place on the October course is confirmed.

Best regards,
Giulia Ferri
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 locksmith, curt: damaged frame
    case("""Steph,

A joiner we work with can repair the frame on Wednesday afternoon. The repair is covered under our insurance, so there will be nothing to pay. Let me know if Wednesday suits.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 theatre: missing e-tickets, corporate and cold
    case("""Dear Ms Shah,

Your booking reference is LP-40921. Our records show the e-tickets were sent to priyanka.shah@example.com, which bounced. The email address on your account has now been corrected. For future performances, tickets can also be collected from the Box Office up to 30 minutes before the show.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 12 tattoo: studio cancelled last minute; friendly tone but no acknowledgement
    case("""Hey Becca,

Lena's back on Thursday and has an opening on the 24th at 11am or the 26th at 2pm. Your $150 deposit carries over to the new date. Let me know which works and I'll lock it in. 🖤

Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 removals: late and broke a mirror
    case("""Dear Mr and Mrs Adebayo,

The van was delayed by a breakdown on the M6 that morning. For the mirror, please complete the attached claim form and return it with a photo and, if you have one, the receipt. Claims are assessed within 14 days of receipt.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 mobile network: no signal for eight days
    case("""Hi Brenda,

There is a fault on the mast that serves your postcode, and our engineers are scheduled to replace the faulty equipment on Friday. Until then, Wi-Fi Calling lets you make and receive calls over your home broadband; you can switch it on under Settings > Phone. A credit of £7 has been added to your account.

Kind regards,
Beacon Mobile Customer Care""", T_SIGNAL, "en-GB"),
    # 15 mobile network: late handset delivery, cheerful but no acknowledgement
    case("""Hey Chris 👋

Your order was held at the depot because the address was missing a flat number. That's now been corrected, and the courier is booked to deliver on Monday. You'll get a text with a one-hour slot that morning. Any problems, just reply here!

Thanks,
Jordan
Beacon Mobile""", T_DELIVERY, "en-GB"),
]

NEGATIVE = [
    # 01 wine club: plain apology
    case("""Hi Rob,

I'm so sorry. Two smashed bottles and a wine-soaked porch is a miserable thing to come home to, and twice in one year is not okay. Two replacement bottles of the 2020 Zinfandel will ship on Monday in our new foam shipper, and I've credited the broken ones to your account. If you can send a photo of the box, I'll use it to push the courier on their handling.

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 piano: acknowledgement without the word sorry
    case("""Dear Eleanor,

You took a morning off work and we neither turned up nor called, and that's simply not good enough. Our calendar dropped the booking, but that's our problem, not yours. I've moved your tuning to Thursday 16th between 9am and 12pm, and there will be no charge for it. James will ring you the evening before.

Regards,
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 coworking: acknowledges the discomfort and the silence
    case("""Hi Sam,

Working in your coat for three days is miserable, and you should have heard from us on Monday. An engineer is booked for 8am tomorrow to replace the boiler valve. Until then, portable heaters are at reception and the ground-floor meeting rooms are warm. We'll take this week off your studio fee.

Thanks,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 football: "Apologies"
    case("""Hi Helen,

Apologies. Oscar should never have had to play in a borrowed shirt, and it's taken far too long. The supplier held up the whole Under-11 order, and we should have told parents sooner. His kit is at the clubhouse now, and you can collect it from Karen before training on Tuesday.

Thanks,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 driving school: "You're right to be annoyed"
    case("""Hi Kofi,

You're right to be annoyed: you paid for an hour and got 25 minutes, and that's on us. Your next lesson on Friday will be 90 minutes at no extra cost. Your instructor will pick you up from the usual place at 3:30pm.

Regards,
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 06 solar: "my apologies", "a serious failing"
    case("""Dear Mr Pierce,

Thank you for the photos, and my apologies for the state the site was left in. Leaving debris behind is bad enough, but a cracked tile letting water into your loft is a serious failing on our part. A roofer will be with you on Tuesday morning to replace it and check the loft, and they'll clear the beds and the driveway while they're there.

Kind regards,
Ruth Elwood
Brightside Solar""", T_SOLAR, "en-GB"),
    # 07 print shop: "this mistake is entirely ours"
    case("""Hi Amira and Josh,

Oh no, I'm so sorry! The proof you approved says the 21st, so this mistake is entirely ours. We're reprinting all 120 today with Saturday 21 June, and they'll be ready to collect tomorrow from 10am at no charge.

Best wishes,
Claire
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 08 boat hire: "we let you down badly"
    case("""Dear Gillian,

A dirty boat, a broken toilet and no gas is not what anyone should find after paying £640 for a weekend away, and we let you down badly. The toilet pump has been replaced, and a deep clean is now on every handover checklist. We've refunded £320, half the hire, to your card.

Regards,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 language school, non-native
    case("""Dear Mariana,

We are very sorry for this mistake, we know it is a big worry when the money for rent is missing. Our accounts team refunded the second payment of £420 today. It can take 3 to 5 working days to appear in your account. If you need, we can write a letter for your landlord.

Best regards,
Giulia Ferri
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 locksmith, curt but owns it
    case("""Steph,

That's our mistake and I'm sorry. Splitting a frame shouldn't happen on a standard drill-out. A joiner we work with can repair it on Wednesday afternoon at our cost. Let me know if Wednesday suits.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 theatre: apology and an admission
    case("""Dear Ms Shah,

I'm sorry your evening started with 20 minutes at the door and that you missed the opening. The e-tickets bounced from the email address on your account, which we should have spotted and flagged to you before the night. The address has now been corrected, and we'd like to offer you two complimentary tickets to any performance this season.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 12 tattoo: "I hate that this happened"
    case("""Hey Becca,

Ugh, I hate that this happened. Two hours of driving and a lost day's pay is a lot. Lena's back on Thursday and has openings on the 24th at 11am or the 26th at 2pm. Your $150 deposit carries over, and we'll put $50 toward your gas and lost time. 🖤

Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 removals: "truly sorry"
    case("""Dear Mr and Mrs Adebayo,

I'm truly sorry your moving day went so badly. Arriving four hours late left you without keys until the evening, and the broken mirror made it worse. The van broke down on the M6, but we should have called you the moment it happened. Please send a photo of the mirror, and I'll settle the claim myself this week.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 mobile: acknowledges the hardship
    case("""Hi Brenda,

Eight days without signal, and a missed call from the hospital, is a really difficult situation, and I'm sorry. There's a fault on the mast serving your postcode, and our engineers are booked to replace the equipment on Friday. Until then, Wi-Fi Calling lets you make and receive calls over your home broadband (Settings > Phone). I've credited £28, a full month, to your account.

Kind regards,
Beacon Mobile Customer Care""", T_SIGNAL, "en-GB"),
    # 15 neutral request answered plainly
    case("""Hi Priya,

Absolutely, I've swapped the Merlot for two bottles of the 2023 Rosé in your October shipment. The price is the same, so nothing changes on your card. Enjoy!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", """Hi! Can I swap the Merlot in my next shipment for the Rosé? Thanks, Priya""", "en-US"),
    # 16 thank-you email answered with thanks
    case("""Hi Liam,

Thanks so much for taking the time to write. I've passed your message on to Kev and the team, and it made their week. If you have a minute, a review on our website would mean a lot to a small firm like ours. Good luck in the new place!

Derek
Swift & Sons Removals""", """Just wanted to say thanks to Kev and the lads, they were brilliant on Saturday. Nothing broken and they even put the beds back together. Cheers, Liam""", "en-GB"),
    # 17 hypothetical worry answered plainly
    case("""Dear Mrs Khan,

Good question, and one we hear a lot. Our installers fix the panel rails to the rafters with stainless steel roof hooks, so no tiles are drilled, and any tile they lift is put back or replaced. The installation is covered by our 10-year workmanship warranty, which includes any leaks caused by the fixings. The surveyor will also check the condition of your roof before we confirm the design.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hello, before we sign: what happens if the panels damage our roof or it starts leaking? It's quite an old house. Thanks, Sameera Khan""", "en-GB"),
    # 18 neutral access question
    case("""Hello Martin,

Yes, there's step-free access to the Stalls from the side entrance on Mercer Street, and a lift to the Dress Circle. The Grand Circle is reached by stairs only, so we'd suggest Stalls seats for your father. Wheelchair spaces can be booked by phone on 020 7946 0281, and a companion ticket is free.

Best wishes,
Holly
Lyceum Playhouse Box Office""", """Hi, my father uses a wheelchair. Which parts of the theatre can he get to? Martin""", "en-GB"),
    # 19 hypothetical worry about the weather
    case("""Hi Gemma,

If the Met Office issues a yellow wind warning for the Broads on your day, we'll move your booking to another date or refund you in full. Light rain isn't usually a problem, as the Kingfisher has a full canopy and a heater. Child life jackets in every size are on board, and we'll fit your toddler's at handover.

Regards,
Broadwater Boat Hire""", """We've booked the Kingfisher for 3 August. What happens if the weather is awful? We've got a toddler with us. Gemma""", "en-GB"),
    # 20 no thread: a notice to members
    case("""Hi everyone,

A quick heads-up: the second-floor kitchen will be closed on Thursday while the new dishwasher is fitted. The ground-floor kitchen stays open as usual, and coffee is on us at the front bar all day. Thanks for bearing with us.

Hana
The Foundry Coworking""", None, "en-GB"),
]
