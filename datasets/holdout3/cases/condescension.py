"""condescension: talking down, blaming, downplaying, patronising. Span = the offending phrase."""
from _common import case

T_DRIVING = """Hi Glen,

I failed my test this morning on the big roundabout by the retail park. The examiner said I didn't check my mirror before changing lanes on the exit, but nobody ever told me that roundabout has two lanes going out. Pretty gutted to be honest.

Marcus"""

T_PIANO = """Hi Walt,

You tuned our upright on March 3 and it already sounds sour again, especially around middle C. We paid $140 for that visit. Can you come back and take a look?

Thanks,
Deborah Lindqvist"""

T_COWORK = """Hello,

I booked hot desk 14 for Monday through the app, and when I arrived someone else was sitting there with the same booking. I ended up working from the kitchen for two hours. Can this be looked into?

Regards,
Ines Carvalho"""

T_FOOTBALL = """Hi Dave,

Alfie was on the bench for the whole of Saturday's match again. That's three weeks running. He's really upset and asking whether he should even bother coming to training. Could we have a chat?

Thanks,
Nicola (Alfie's mum)"""

T_SOLAR = """Hi,

Our new 6 kW system only made 4 kWh yesterday. The salesperson told us we'd get around 25 kWh a day. Is something broken?

Greg Tavares"""

T_PRINT = """Hello,

I've just collected 500 business cards and the navy has come out almost purple. It looked completely different on my screen. I need these for a trade fair on Thursday.

Sanjay Mehta"""

T_BOAT = """Hi,

We had the Kingfisher out on Saturday and got stuck on a sandbank near Horning for over an hour. We had to be towed off by another boat and the kids were terrified. We'd like a partial refund.

Regards,
Phil Oduya"""

T_LANG = """Hello,

I am in the B2 conversation class since two weeks and I understand maybe half. The other students speak much faster than me. Can I move to B1?

Best regards,
Hyun-woo Park"""

T_LOCK = """You quoted me £75 on the phone and then charged £95 when your guy got here. That's not on.

Lauren"""

T_THEATRE = """Dear Sir or Madam,

I paid £62 each for two seats in the Grand Circle for Saturday's performance of The Crucible and a pillar blocked half the stage. Nobody warned me. I would like a refund for at least one ticket.

Margaret Ellison"""

T_TATTOO = """Hey, my forearm piece is three weeks old and there are patches where the linework looks faded and blotchy. Kinda worried it's ruined. Pics attached.

- Kayla"""

T_REMOVALS = """Hello,

When your team unloaded at our new house, they put a long scratch down the top of my dining table. It was my grandmother's. I'd like to know how you're going to put this right.

Regards,
Anita Kowalczyk"""

T_MOBILE = """I've just had a bill for £187 after a week in Morocco. I thought my plan included roaming. This is ridiculous.

Tomasz Nowak"""

T_WINE = """Hi there,

I opened the 2012 Reserve Cabernet from my last shipment and there was grit all through the bottom of my glass. Is this bottle bad?

Janet Moore"""

T_GUESTS = """Hi, can I bring a friend in for the day on Friday? What's the process?

Lukas"""

POSITIVE = [
    # 01 driving school, British, curt
    case("""Hi Marcus,

Thanks for letting me know how it went. ⟦We spent most of lesson six on that exact roundabout, so it shouldn't have been news to you⟧. A missed mirror check before changing lanes is a serious fault whichever examiner you get. I've got Tuesday at 4pm free if you want a session there before you rebook. Let me know.

Glen
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 02 piano tuner, American
    case("""Hi Deborah,

I'm glad to take another look. ⟦If the piano had been moved away from the radiator like I told you at the visit, it would have held its tune⟧. A piano next to a heat source will drift no matter who tunes it. I can come by Thursday afternoon, and the follow-up visit is $60.

Best,
Walt Hendricks
Hendricks Piano Service""", T_PIANO, "en-US"),
    # 03 coworking, corporate
    case("""Dear Ines,

Thank you for your message. Our logs show the booking for desk 14 was made for Monday 10 June, not Monday 3 June. The date is displayed in large type on the confirmation screen, so ⟦it is worth slowing down and checking it before you tap confirm⟧. Desk 14 is free for the rest of this week should you wish to use it.

Kind regards,
Member Services
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 kids' football club, emoji before the span
    case("""Hi Nicola ⚽

Thanks for getting in touch. Every Under-9 player gets roughly equal minutes across the season, not in every single match. Selection is a coaching decision, and ⟦it works best when parents leave it to the people who hold the badges⟧. Alfie is welcome at training on Wednesday as usual.

Cheers,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 solar installer, American
    case("""Hi Greg,

Thanks for reaching out. ⟦I'm sure you'll appreciate that panels need sunlight to work⟧, and yesterday was overcast from start to finish. The 25 kWh figure is a summer daily average, not a number for every day of the year. Your inverter shows no faults and all 16 panels are reporting. If it helps, I can send over the monthly estimate table from your proposal.

Thanks,
Renee
Brightside Solar""", T_SOLAR, "en-US"),
    # 06 print shop, British
    case("""Hi Sanjay,

Thanks for your email. ⟦This is a very common misunderstanding among customers who are new to print⟧: screens mix light, presses mix ink, and the two never match exactly. Your file was supplied in RGB, which we flag on the upload page. We can reprint with a CMYK-adjusted navy by Wednesday for £38 if you'd like to go ahead.

Best wishes,
Claire
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 07 boat hire, British, formal
    case("""Dear Phil,

Thank you for your email. ⟦Had you kept to the channel markers we pointed out at handover, you wouldn't have gone anywhere near that sandbank⟧. The shallows between Horning and Ranworth are also shaded red on the river map in the cabin. As the boat was undamaged, there is no charge for the tow. Partial refunds apply only to mechanical faults, so we are unable to offer one here.

Regards,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 08 language school, non-native English
    case("""Dear Hyun-woo,

Thank you for your mail. Your placement test result was B2, so the level is correct for you. ⟦Perhaps the problem is not the level but that the homework is not done⟧, because your teacher told me you did not give the last two tasks. Changing class is possible only at the start of a new month. Please speak with your teacher on Thursday after the lesson.

Best regards,
Francesca Romano
LinguaViva Language School""", T_LANG, "en-GB"),
    # 09 locksmith, curt
    case("""Lauren,

The £75 quote was for a standard daytime lock-out. Your call came in at 11:40pm, which is our night rate. An extra £20 for someone to get out of bed and drive across town is ⟦hardly worth getting worked up about⟧. The receipt with the breakdown is attached.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 10 theatre box office, corporate
    case("""Dear Ms Ellison,

Thank you for contacting the Box Office. Seats C21 and C22 are listed as restricted view on the seating plan and on your e-ticket. The warning is printed in bold red lettering, so ⟦it is difficult to see how it could have been missed⟧. Restricted-view seats are sold at a reduced price and are not eligible for a refund. We hope you will enjoy a future visit to the Lyceum Playhouse.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 11 tattoo studio, American casual
    case("""Hey Kayla,

Thanks for the pics. Patchy lines at three weeks are almost always an aftercare issue. ⟦We went over the aftercare sheet together twice before you left, and it's pretty obvious from the photos it wasn't followed⟧. Come in for a touch-up once it's fully healed, around week six. Touch-ups are free within 3 months.

Zeke
Ironbird Tattoo Co. 🖤""", T_TATTOO, "en-US"),
    # 12 removals firm, British
    case("""Dear Anita,

Thank you for your email and photos. Our team leader has confirmed the table was wrapped in blankets for the journey. ⟦It's a surface scratch on an old table, so let's try to keep this in proportion⟧. If you'd like to make a claim, the form is attached, and claims are assessed within 14 days.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 13 mobile phone network, corporate
    case("""Dear Tomasz,

Thank you for contacting Beacon Mobile. Your plan includes roaming in the EU, and Morocco is not in the EU. Next time, ⟦it would be a good idea to read your plan details before you travel rather than after⟧. The charges on your bill are correct, and I've added a note to your account. You can add a Roam Further pass for £5 a day before your next trip.

Kind regards,
Aisha
Beacon Mobile Customer Care""", T_MOBILE, "en-GB"),
    # 14 vineyard wine club, warm but patronising, emoji before the span
    case("""Hi Janet 🍷

Great question! That grit is sediment, and ⟦anyone who drinks older reds regularly would recognize it straight away⟧. It's completely harmless and actually a sign of a wine that hasn't been over-filtered. Stand the bottle upright for a day and pour slowly next time. Enjoy the rest of your shipment!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 15 coworking, reminding
    case("""Hi Lukas,

⟦This is the fourth time you've asked me about guests this month, so I'll keep it brief⟧: day guests are £15, they sign in at reception, and you're responsible for them while they're here. Friday is fine. Please register them in the app by Thursday evening.

Thanks,
Nadia
The Foundry Coworking""", T_GUESTS, "en-GB"),
]

NEGATIVE = [
    # 01 driving school, kind version
    case("""Hi Marcus,

Sorry to hear it didn't go your way today. That roundabout catches out a lot of learners on test day, and nerves make the lane change harder than it is in lessons. The mirror check on the exit is the bit to practise, and we can do that together. I've got Tuesday at 4pm free if you'd like a session there before you rebook.

Glen
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 02 piano, advice without blame
    case("""Hi Deborah,

Sorry it's drifted so quickly. Pianos are very sensitive to heat and dry air, and being close to a radiator can pull the pitch within weeks. If there's room to move it a few feet along the wall, it should hold much better. I'm happy to come back Thursday afternoon and re-check the middle section at no charge.

Best,
Walt Hendricks
Hendricks Piano Service""", T_PIANO, "en-US"),
    # 03 coworking, the app is at fault
    case("""Dear Ines,

I'm sorry you spent the morning in the kitchen. Looking at the logs, the booking went through for 10 June rather than 3 June. The date picker in the app jumps to the following week by default, which isn't obvious, and we're changing that. I've credited you a day pass, and desk 14 is yours for the rest of this week if you want it.

Kind regards,
Member Services
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 football, owns the problem
    case("""Hi Nicola,

Thanks for telling me, and please tell Alfie we really want him at training. We rotate so that everyone gets roughly equal minutes over the season, but three weeks on the bench in a row isn't how it's meant to work, and that's on me to fix. He'll start this Saturday. Happy to chat at pick-up on Wednesday too.

Cheers,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 solar, explains without talking down
    case("""Hi Greg,

Thanks for flagging this. Output drops a lot on overcast days, and yesterday was gray across the whole county, so 4 kWh isn't unusual for this time of year. The 25 kWh in your proposal is a summer daily average, which the proposal doesn't make as clear as it should. Your inverter shows no faults and all 16 panels are reporting. I'll send over the month-by-month estimate so you know what to expect.

Thanks,
Renee
Brightside Solar""", T_SOLAR, "en-US"),
    # 06 print shop, explains kindly
    case("""Hi Sanjay,

I'm sorry the navy came out so purple, especially with the trade fair on Thursday. Screens and presses show blue very differently, and RGB navies often shift like this in print. It's a tricky one to spot before printing, and our upload page could explain it better. We'll reprint with an adjusted navy at no charge and have them ready by Wednesday lunchtime.

Best wishes,
Claire
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 07 boat hire, points to the map without blame
    case("""Dear Phil,

I'm sorry your Saturday ended up stuck on a sandbank; that must have been a frightening hour with the kids on board. The stretch near Horning is notoriously shallow when the water is low, and the channel markers can be hard to pick out. The boat was undamaged and there is no charge for the tow. I've passed your refund request to our manager, who will reply by Friday.

Regards,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 08 language school, supportive
    case("""Dear Hyun-woo,

Thank you for your honest message. It is very normal to feel lost in the first weeks of B2, because the speed of conversation jumps a lot. Your placement test was B2, but of course a test cannot show everything. Before you decide, would you like to try two extra listening sessions with Marco on Tuesdays? If after that you still prefer B1, we can move you at the start of next month.

Best regards,
Francesca Romano
LinguaViva Language School""", T_LANG, "en-GB"),
    # 09 locksmith, acknowledges the surprise
    case("""Hi Lauren,

I can see why £95 came as a shock after a £75 quote. The quote on the phone was our daytime rate, and your call came in at 11:40pm, when the night rate applies; whoever took the call should have said so. I've refunded the £20 difference to your card. The receipt is attached.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 10 theatre, "easy to overlook"
    case("""Dear Ms Ellison,

Thank you for contacting the Box Office, and I'm sorry the pillar spoiled so much of the performance. Seats C21 and C22 are marked as restricted view, but the note on the seat map is small and easy to overlook. As a gesture of goodwill, we have refunded the price of one ticket to your original payment card. We hope to welcome you back to the Lyceum Playhouse soon.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", T_THEATRE, "en-GB"),
    # 11 tattoo, "as a reminder" kindly
    case("""Hey Kayla,

Thanks for the pics, and don't panic, it's not ruined. Some patchiness at three weeks is common while the top layer of skin settles. As a reminder, the aftercare sheet is attached again in case the first one went astray. Come in around week six for a touch-up, which is free within 3 months.

Zeke
Ironbird Tattoo Co. 🖤""", T_TATTOO, "en-US"),
    # 12 removals, takes it seriously
    case("""Dear Anita,

I'm really sorry about the scratch on your grandmother's table; I know a piece like that can't simply be replaced. Our team leader says it was blanket-wrapped, but it clearly wasn't protected well enough at the corners. We work with a furniture restorer in Leeds who can assess it at your home, at our cost. Could you let me know a couple of dates that suit?

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 13 mobile, "isn't obvious"
    case("""Dear Tomasz,

Thank you for contacting Beacon Mobile, and I'm sorry for the shock of that bill. Your plan covers roaming in the EU, but Morocco sits outside the zone, which I know isn't obvious from the plan name. As this is the first time, I've removed half of the roaming charges, leaving £93.50. Before your next trip, the Roam Further pass covers Morocco for £5 a day.

Kind regards,
Aisha
Beacon Mobile Customer Care""", T_MOBILE, "en-GB"),
    # 14 wine club, explains sediment without a dig
    case("""Hi Janet 🍷

Great question! That grit is sediment, which older reds like the 2012 Reserve often throw as they age. It's harmless, and many people see it as a sign of a wine that hasn't been heavily filtered. Standing the bottle upright for a day before opening and pouring slowly helps keep it in the bottle. Enjoy the rest of your shipment!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 15 coworking, plain answer
    case("""Hi Lukas,

Of course! Day guests are £15, they sign in at reception, and you look after them while they're in. Friday is fine. Just register them in the app by Thursday evening so reception has their name.

Thanks,
Nadia
The Foundry Coworking""", T_GUESTS, "en-GB"),
    # 16 driving school, quotes the customer's own harsh words back to reassure
    case("""Hi Priya,

You wrote that you feel "so stupid", and I want to say clearly that you're not. Plenty of my pupils have needed three or four attempts, and the national first-time pass rate is under half. Your driving on Tuesday's mock was the best I've seen from you. Let's book two lessons on the bay park and get you back in.

Sue
Clearview Driving School""", """Hi Sue,

I failed again, third time. I feel so stupid, everyone else seems to pass first go. Should I just give up?

Priya""", "en-GB"),
    # 17 solar, "as we discussed" and "as mentioned in your contract"
    case("""Dear Mr Adeyemi,

As we discussed on the phone this morning, the scaffolding goes up on Monday and the installation takes two days. As mentioned in your contract, the final 20% payment is due once the system is commissioned. I've attached the roof layout you asked for. Please call me if anything changes on your side.

Kind regards,
Ruth Elwood
Project Coordinator, Brightside Solar""", """Hi Ruth,

Thanks for the call. Could you send the roof layout drawing, and remind me when the last payment is due?

Femi Adeyemi""", "en-GB"),
    # 18 print shop, "just to recap"
    case("""Hi Esther,

Just to recap what we agreed on the phone: 200 A5 flyers on 350gsm silk, double-sided, with the price list on the back. I've attached a proof with the changes you asked for. If it all looks right, reply "approved" and we'll print on Monday. For any tweaks, just mark them up on the PDF.

Thanks,
Owen
Inkwell Print & Copy""", """Hi Owen, could you send the updated proof when you get a chance? Thanks, Esther""", "en-GB"),
    # 19 theatre, "a common question"
    case("""Hi Raj,

It's a really common question, so you're in good company. Member presale tickets are only available to Friends of the Lyceum for the first 48 hours, and general sale opens on Friday at 10am. If you'd like to join Friends, it's £40 a year and the presale starts on Wednesday. Let me know if you need a hand with the sign-up.

Best,
Holly
Lyceum Playhouse Box Office""", """Hello, why can't I buy tickets for Hamlet yet? The website says "presale" but won't let me pick seats. Raj""", "en-GB"),
    # 20 mobile, "if you haven't already"
    case("""Hi Dana,

Thanks for the details. If you haven't already, restarting the phone is worth a go, as it clears most network glitches after an update. If the signal bar still shows "SOS only", please try the SIM in another phone, which tells us whether the SIM or the handset is at fault. I've also checked our network map, and there are no faults near your postcode right now. Reply here and I'll pick it straight back up.

Best,
Marcus
Beacon Mobile Support""", """Since the update last night my phone only says SOS only. I can't call or text anyone. Help!

Dana""", "en-GB"),
]
