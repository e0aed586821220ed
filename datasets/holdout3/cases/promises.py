"""promises: absolute guarantees, never-again/always commitments, unconditional deadlines for
outcomes others control, unconditional compensation. Span = the promise."""
from _common import case

T_WINE = """Hi,

My fall shipment was supposed to arrive last week and the tracking hasn't moved since Monday. We're hosting a dinner on Saturday and I was counting on those bottles. Any news?

Carla Benedetti"""

T_PIANO = """Hello,

We've a concert at the village hall on the 14th and the piano there hasn't been tuned in years. Can you tune it before then, and will it stay in tune through the evening?

Regards,
Hilary Goodwin"""

T_COWORK = """Hi team,

The Wi-Fi dropped three times during my client call today. This is the second week in a row. I pay £320 a month for a dedicated desk and I need a connection I can rely on.

Ben Ashcroft"""

T_FOOTBALL = """Hi,

My daughter Maisie (8) has been on the waiting list for the Under-9 girls' squad since September. Is there any chance she'll get in for the spring term? She's desperate to play.

Thanks,
Leanne"""

T_DRIVING = """Hi Ray,

My road test is on the 22nd and honestly I'm so nervous. Do you think I'm ready? I can't afford to fail again.

Jasmine"""

T_SOLAR = """Hi,

We're thinking about going ahead with the 4 kWp system you quoted. How long will the grid connection approval take, and how much will we really save?

Gareth Llewellyn"""

T_PRINT = """Hi, I need 300 flyers for a rally on Saturday morning. If I approve the proof today, can you ship them to me in Portland in time?

Dev"""

T_BOAT = """Hi,

The engine on the Heron cut out twice on Sunday and we lost most of the afternoon waiting for your engineer. We'd like some money back.

Regards,
Claire Baptiste"""

T_LANG = """Hello,

I need to pass the Cambridge C1 exam in June for my university in Manchester. Now I am B2. Is your intensive course enough?

Thank you,
Ahmed Saleh"""

T_LOCK = """Had a break-in attempt last night, scratches all round the lock. What's the most secure lock you can fit?

Cheers,
Ryan"""

T_THEATRE = """Hi,

The matinee of Blithe Spirit on 4 May was cancelled and I got an email saying I'd be refunded. It's been a week and nothing has come through. When will I get my £84 back?

Oliver Grant"""

T_TATTOO = """Hi, I'm thinking about covering up an old tribal piece on my shoulder with something floral. Will the old one show through? Kind of nervous about it.

- Marisol"""

T_REMOVALS = """Hello,

We're moving from Bristol to Edinburgh on 28 June, and the piano and the glass cabinet worry me most. What happens if something gets damaged?

Kind regards,
Fiona Reid"""

T_PORT = """Hi,

I've sent my PAC code from my old network. My old contract ends on Wednesday and I can't be without my number because I'm on call for work. When will my number move over?

Hannah Lee"""

T_ADDON = """This is the third month in a row you've charged me for a data add-on I cancelled in March. I'm sick of calling about it. Sort it out.

David Marsh"""

POSITIVE = [
    # 01 wine club: courier-controlled deadline
    case("""Hi Carla,

Thanks for checking in. I called FedEx this morning and they've located the box at their Sacramento hub. ⟦It will be on your doorstep by Friday, guaranteed⟧, so you'll have the bottles in time for your dinner. I've also added a bottle of our 2021 Viognier to your next shipment as a thank-you for your patience.

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 piano tuner: absolute guarantee about an outcome nobody controls
    case("""Dear Hilary,

I can tune the hall piano on the morning of the 13th, which gives it a day to settle. It's a 1970s Knight upright, so I'll bring tuning pins and a couple of spare strings just in case. ⟦It will stay perfectly in tune for the whole concert, you have my word⟧. The fee is £85, payable on the day.

Kind regards,
James Thorne
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 coworking: never-again
    case("""Hi Ben,

Sorry about today's call. Our provider replaced the router on the second floor this afternoon, and we've added a backup line. ⟦You won't have another drop-out, I can promise you that⟧. If you need a quiet room for calls in the meantime, Booth 3 is yours free this week.

Best,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 football: a place that depends on others leaving; emoji before the span
    case("""Hi Leanne ⚽

Thanks for your patience, and please tell Maisie we love her enthusiasm! Two girls are moving up to the Under-10s at Easter. ⟦Maisie will definitely have a place in the squad from the spring term⟧. Training is on Tuesdays at 5:30pm on the back pitch at Hollins Park.

See you soon,
Karen
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 driving school: outcome the examiner controls
    case("""Hi Jasmine,

You've come a long way since March, and your parallel parking is now one of your strengths. We'll do a full mock test on the 20th on the DMV route. Trust me, ⟦you're going to pass on the 22nd⟧. Get a good night's sleep the night before and eat breakfast.

Ray
Greenlight Driving School""", T_DRIVING, "en-US"),
    # 06 solar: third-party deadline + absolute savings claim (two labels)
    case("""Dear Gareth,

Thanks for getting back to us. Once you sign, we submit the G99 application to the network operator the same day, and ⟦they will approve it within ten working days⟧. With the battery included, ⟦your electricity bills will drop to zero from the first month⟧. The installation itself takes two days.

Kind regards,
Rhian Morgan
Sunhaven Solar""", T_SOLAR, "en-GB"),
    # 07 print shop: conditional print, then an unconditional carrier deadline
    case("""Hi Dev,

If you approve the proof by 3pm today, we'll print tonight and ship with UPS tomorrow. ⟦UPS will have them at your door by Friday noon at the latest⟧. The total is $142 including shipping. Just reply "approved" and we'll get going.

Thanks,
Trina
Pressworks Print Shop""", T_PRINT, "en-US"),
    # 08 boat hire: unconditional compensation
    case("""Dear Claire,

Thank you for your email, and sorry the engine let you down. The engineer found a blocked fuel filter, which has now been replaced. ⟦We will refund your full day's hire of £260 and give you a free weekend on the boat later this season⟧. I'll be in touch about dates once the summer calendar opens.

Regards,
Tom
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 language school, non-native English: exam result guarantee
    case("""Dear Ahmed,

Thank you for your interest in our intensive course. It runs 20 hours per week from January to May, with mock exams every month. ⟦With our course you will surely pass the C1 in June⟧, our method is very effective. The price is £1,950 and places are limited, so we suggest to book soon.

Best regards,
Giulia Ferri
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 locksmith: absolute security guarantee
    case("""Hi Ryan,

I'd fit an anti-snap 3-star cylinder, the Ultion or similar, which costs £120 fitted. ⟦Nobody will get through your door with that in⟧. I can come Thursday morning between 8 and 10.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 theatre: bank-controlled refund date
    case("""Dear Oliver,

Thank you for your patience. I can confirm that the refund of £84 was processed on 6 May to the card ending 3318. ⟦The money will be back in your account by Monday⟧. Do keep this email as confirmation.

Best wishes,
Box Office
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 12 tattoo: outcome guarantee; emoji before the span
    case("""Hey Marisol 🌸

Thanks for sending the photo, that's a great candidate for a cover-up. Lena specializes in floral work and has done dozens of these. ⟦The old tattoo will be completely invisible once we're done, no question⟧. A consult is $50, which goes toward your deposit.

Talk soon,
Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 removals: guarantee + deadline regardless of traffic (two labels)
    case("""Dear Fiona,

Thank you for choosing Swift & Sons. Our crew will wrap the glass cabinet in bubble wrap and blankets, and the piano travels on a dedicated skid board. ⟦Nothing will be damaged, I can absolutely guarantee that⟧. ⟦The van will be in Edinburgh by 2pm on the 29th whatever the traffic⟧.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 mobile network: port deadline another network controls
    case("""Hi Hannah,

Thanks for sending your PAC. I've submitted the port request, and your new SIM is already active on a temporary number. ⟦Your number will move across by 10am on Tuesday⟧, well before your old contract ends. I'll text you as soon as it's done.

Kind regards,
Aisha
Beacon Mobile Customer Care""", T_PORT, "en-GB"),
    # 15 mobile network: never-again + open-ended compensation (two labels)
    case("""Hi David,

I've removed the data add-on from your account and refunded the three charges of £10. ⟦This will never happen again⟧, and ⟦we'll pay any bank charges you've been hit with because of it⟧. You'll see the refund on your next statement.

Thanks,
Jordan
Beacon Mobile""", T_ADDON, "en-GB"),
]

NEGATIVE = [
    # 01 wine club: hedged + conditional own action
    case("""Hi Carla,

I called FedEx this morning and they've located the box at their Sacramento hub. They expect to deliver it by Friday, though I can't promise that after this week's delays. If it isn't with you by Friday at noon, let me know and I'll ship a replacement case overnight at our cost. Sorry for the worry before your dinner.

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 piano: negated promise, optional extra visit
    case("""Dear Hilary,

I can tune the hall piano on the morning of the 13th, which gives it a day to settle. Old uprights in village halls can drift when the heating goes on, so I can't promise it'll be perfect by the interval. If you'd like, I can come back at 6pm on the night for a quick touch-up, which is an extra £25. The main tuning is £85, payable on the day.

Kind regards,
James Thorne
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 coworking: "should", own next step
    case("""Hi Ben,

Sorry about today's call, and I know this is the second week running. Our provider replaced the second-floor router this afternoon and we've added a backup line, which should make drop-outs far less likely. I'll check the connection logs every morning this week and let you know by Friday what we find. In the meantime, Booth 3 is yours free for calls.

Best,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 football: "a good chance", "I can't promise"
    case("""Hi Leanne,

Thanks for your patience, and please tell Maisie we love her enthusiasm! Two girls are moving up to the Under-10s at Easter, so there's a good chance of a place for the spring term. I can't promise it yet, as the waiting list goes in order of sign-up and Maisie is third. I'll let you know by 1 March either way.

See you soon,
Karen
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 driving school: "nobody can promise a pass"
    case("""Hi Jasmine,

You've come a long way since March, and your parallel parking is now one of your strengths. We'll do a full mock test on the 20th on the DMV route, and I'll tell you honestly how it went. Nobody can promise a pass, but on your last two lessons you drove at test standard. Get a good night's sleep before the 22nd and eat breakfast.

Ray
Greenlight Driving School""", T_DRIVING, "en-US"),
    # 06 solar: "usually", estimates
    case("""Dear Gareth,

Thanks for getting back to us. Once you sign, we submit the G99 application to the network operator the same day; approvals usually take 10 to 20 working days, although some take longer. Your quote estimates savings of around £640 a year, based on your current usage and a typical year's sunshine. Actual savings will vary with the weather and energy prices.

Kind regards,
Rhian Morgan
Sunhaven Solar""", T_SOLAR, "en-GB"),
    # 07 print shop: carrier's published commitment reported, alternative offered
    case("""Hi Dev,

If you approve the proof by 3pm today, we'll print tonight and ship with UPS Next Day Air tomorrow. UPS's published delivery commitment for Portland is Friday by 10:30am, though weather can delay it. If you'd rather not risk it, you're welcome to pick them up from the shop on Thursday after 4pm. The total is $142 including shipping.

Thanks,
Trina
Pressworks Print Shop""", T_PRINT, "en-US"),
    # 08 boat hire: compensation already given, conditional discount
    case("""Dear Claire,

Thank you for your email, and I'm sorry the engine let you down. The engineer found a blocked fuel filter, which has now been replaced. I've refunded half of Sunday's hire, £130, to your card today. If you'd like to come back later in the season, you can also have 20% off any weekday booking.

Regards,
Tom
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 language school: "we cannot guarantee"
    case("""Dear Ahmed,

Thank you for your interest. Our intensive course runs 20 hours per week from January to May, with a mock exam every month. Many of our B2 students reach C1 in this time, but the result depends also on your practice outside class, so we cannot guarantee it. After the first mock exam in February, your teacher will give you an honest prediction. The price is £1,950.

Best regards,
Giulia Ferri
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 locksmith: "no lock is burglar-proof", own action
    case("""Hi Ryan,

I'd fit an anti-snap 3-star cylinder, the Ultion or similar, which costs £120 fitted. No lock is burglar-proof, but these resist the common snapping attacks much better than a standard cylinder. I can come Thursday morning between 8 and 10. I'll text you when I'm on my way.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 theatre: "usually", "should", conditional chase
    case("""Dear Oliver,

Thank you for your patience. I can confirm that the refund of £84 was processed on 6 May to the card ending 3318. Banks usually take 5 to 10 working days to show it, so it should appear by the 20th at the latest. If it hasn't arrived by then, reply to this email and I'll chase it with our payment provider.

Best wishes,
Box Office
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 12 tattoo: "usually", honest about limits
    case("""Hey Marisol 🌸

Thanks for sending the photo, that's a good candidate for a cover-up. Lena specializes in floral work, and dark flowers and leaves usually hide old tribal lines well. She'll be honest at the consult about how much might show through, and sometimes a laser session or two first gives a cleaner result. A consult is $50, which goes toward your deposit.

Talk soon,
Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 removals: insurance as a policy fact, "traffic permitting"
    case("""Dear Fiona,

Thank you for choosing Swift & Sons. Our crew will wrap the glass cabinet in bubble wrap and blankets, and the piano travels on a dedicated skid board. Every move is covered by our goods-in-transit insurance up to £50,000, so if anything is damaged you can claim for repair or replacement. We plan to arrive in Edinburgh in the early afternoon of the 29th, traffic permitting.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 mobile: "most ports", depends on the old network
    case("""Hi Hannah,

Thanks for sending your PAC. I've submitted the port request for Tuesday, and your new SIM is already active on a temporary number. Most ports complete by 10am on the day, but it depends on your old network releasing the number, so it can occasionally run into the afternoon. I'll text you as soon as it's done.

Kind regards,
Aisha
Beacon Mobile Customer Care""", T_PORT, "en-GB"),
    # 15 mobile: conditional offer to cover bank fees
    case("""Hi David,

I'm sorry you've had to chase this three times. I've removed the data add-on from your account and refunded the three charges of £10. I've also added a note so the add-on can't be renewed without your say-so. If your bank charged you any fees because of this, send me the statement and I'll look at refunding those too.

Thanks,
Jordan
Beacon Mobile""", T_ADDON, "en-GB"),
    # 16 mobile security: "will never ask" is a policy statement
    case("""Hi Owen,

That text isn't from us. Beacon Mobile will never ask for your PIN or password by text or email. Please don't reply to it; you can forward it free to 7726, the spam reporting number. Your account isn't locked and there's nothing you need to do.

Thanks,
Priya
Beacon Mobile Security Team""", """Got a text saying my Beacon account is locked and to reply with my PIN to unlock it. Is that really you? Owen""", "en-GB"),
    # 17 language school: "always" describing a timetable
    case("""Dear Sofia,

Thanks for your question. Evening classes always start at 6:30pm and finish at 8pm, Monday to Thursday. If you arrive late, just come in quietly; the front door stays open until 7pm. Your first class is on Monday 7 October in Room 2.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, what time do the evening classes start? I finish work at 6. Thanks, Sofia""", "en-GB"),
    # 18 solar: a written manufacturer's guarantee quoted as policy
    case("""Hi Ms Patel,

Thanks for your question about warranties. The panels carry a 25-year manufacturer's performance guarantee, which covers output falling below 84.8% of the rated power. Our own workmanship warranty covers the installation for 10 years. Both documents are in the handover pack we emailed on 12 April.

Best regards,
Ruth Elwood
Brightside Solar""", """Hello, what warranties come with our system? I can't find the paperwork. Nisha Patel""", "en-GB"),
    # 19 theatre: exchange policy, conditional refund
    case("""Hi Ava,

Thanks for your email. Tickets can be exchanged for another performance of the same show up to 48 hours before curtain up, for a £3 fee per ticket. Within 48 hours we can't exchange or refund, but you're welcome to return them for resale, and we'll refund you if they sell. Let me know which date you'd like.

Best,
Holly
Lyceum Playhouse Box Office""", """Hi, can I swap my tickets for Saturday to a different night? Something's come up. Ava""", "en-GB"),
    # 20 wine club: planned, hoped-for dates
    case("""Hi Brendan,

The 2022 Pinot Noir release is planned for mid-October, weather and bottling schedule permitting. We hope to ship member allocations the week of October 21. I'll email the whole club as soon as the date is confirmed. Thanks for being such a loyal member!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", """Any idea when the new Pinot is coming out? Want to plan a tasting with friends. Brendan""", "en-US"),
]
