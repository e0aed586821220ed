"""spelling: real typos agents make. Span = the misspelled word. Every case states its locale."""
from _common import case

POSITIVE = [
    # 01 wine club, en-US
    case("""Hi Carla,

Thanks for your order! Your six bottles of the 2021 Syrah left the winery this morning, and you should ⟦recieve⟧ them by Thursday. Someone 21 or over will need to sign for the box. Enjoy!

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", """Hi, just placed an order for six of the Syrah. When will it arrive? Carla""", "en-US"),
    # 02 piano tuner, en-GB
    case("""Dear Mrs Harlow,

Thank you for your message. Your Broadwood hasn't been tuned for about ten years, so it will ⟦definately⟧ need a pitch raise before the fine tuning. That takes about two hours in total, and the fee is £120. I have Tuesday morning free if that suits you.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Hello, our Broadwood upright hasn't been touched in a decade. Can it still be tuned? Sylvia Harlow""", "en-GB"),
    # 03 coworking, en-GB, two typos
    case("""Hi Ben,

Yes, we can issue a ⟦seperate⟧ invoice for the meeting room hire so it goes to your client's budget. The room can ⟦accomodate⟧ up to twelve people around the table. I'll send both invoices by the end of the day.

Best,
Hana
The Foundry Coworking""", """Could the meeting room hire go on its own invoice? And how many people fit in it? Ben""", "en-GB"),
    # 04 football, en-GB
    case("""Hi Leanne,

Thanks for asking. Training carries on every Tuesday ⟦untill⟧ the end of the season on 24 May, even during the Easter holidays. If the pitch is waterlogged, we'll post a message in the parents' group by 3pm.

See you soon,
Karen
Hollins Park Juniors FC""", """Is there training during the Easter holidays? Leanne""", "en-GB"),
    # 05 driving school, en-GB
    case("""Hi Ellie,

Great drive today! Your roundabouts have really improved, so next week we'll focus on the reversing ⟦manouvres⟧, especially the bay park. Bring your glasses, and remember your provisional licence.

Sue
Clearview Driving School""", """What are we doing in next week's lesson? Ellie""", "en-GB"),
    # 06 solar, en-US
    case("""Hi Greg,

Thanks for sending the photos of your electrical panel. Because it's a 100-amp panel, an upgrade to 200 amps will be ⟦neccessary⟧ before we can connect the battery. Our electrician can quote for that during the site visit on Friday. Let me know if the 10am slot still works.

Thanks,
Renee
Brightside Solar""", """Sent you photos of the electrical panel. Anything we need to change before the battery goes in? Greg""", "en-US"),
    # 07 print shop, en-GB
    case("""Hi Sanjay,

Your reprinted business cards are ready. Would you like us to post them to the ⟦adress⟧ on your account, or will you collect from the shop? We're open until 6pm tonight.

Best wishes,
Claire
Inkwell Print & Copy""", """Are the new cards done? Sanjay""", "en-GB"),
    # 08 boat hire, en-GB, two typos
    case("""Hi Gemma,

Thanks for your booking. You'll have the Kingfisher, ⟦wich⟧ has a full canopy and sleeps up to six. Please arrive at Wroxham Quay by 10am ⟦tommorow⟧ for your handover. Parking is free in the yard behind the office.

Regards,
Broadwater Boat Hire""", """Which boat do we have, and what time should we get there tomorrow? Gemma""", "en-GB"),
    # 09 language school, en-GB, non-native voice
    case("""Dear Mateo,

Thank you for your mail. Yes, you can still join the B1 evening class, even if it is two weeks after the ⟦begining⟧ of the course. The teacher will give you the materials from the first lessons. The price is reduced to £340 for the rest of the term.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, the course started two weeks ago, is it possible to join now? Mateo""", "en-GB"),
    # 10 locksmith, en-GB
    case("""Hi Ryan,

All the locks we fit come with a 12-month ⟦gaurantee⟧ on parts and labour. If the cylinder fails in that time, we'll replace it free of charge. I can come and fit it on Thursday morning between 8 and 10.

Mick
Keyway Locksmiths""", """Do your locks come with any kind of warranty? Ryan""", "en-GB"),
    # 11 theatre, en-GB
    case("""Dear Oliver,

Thank you for your patience. It looks like the error ⟦occured⟧ when our booking system updated overnight, and your seats were released by mistake. I've rebooked you into Row G, seats 11 and 12, which are the same price. Your new e-tickets are attached.

Best wishes,
Box Office
Lyceum Playhouse""", """My booking has disappeared from my account! What happened? Oliver Grant""", "en-GB"),
    # 12 tattoo, en-US, typo after an emoji
    case("""Hey Kayla 🖤

Lena can fit your touch-up in on Thursday at 3pm. The ⟦appointmnet⟧ should only take about 30 minutes, and there's no charge since it's within 3 months. See you then!

Ironbird Tattoo Co.""", """Can I come in for that touch-up this week? Kayla""", "en-US"),
    # 13 removals, en-GB
    case("""Dear Fiona,

Thank you for sending the list of rooms. For a three-bedroom house with this much ⟦furnature⟧, we'd recommend a crew of four and our largest van. The quote for the move on 28 June is attached, and it includes packing materials.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """List of rooms and big items attached. How many men will you send? Fiona Reid""", "en-GB"),
    # 14 mobile, en-GB, typo after an emoji
    case("""Hi Hannah 📱

Good news, your number has ⟦sucessfully⟧ moved across to Beacon. Your old SIM will stop working in the next hour or so, and calls and texts will start arriving on your new one. Restart your phone if you don't see the Beacon name at the top of the screen.

Kind regards,
Aisha
Beacon Mobile Customer Care""", """Has my number moved over yet? Hannah Lee""", "en-GB"),
    # 15 mobile, en-US, two typos
    case("""Hi Marcus,

Thanks for reaching out. To check your voicemail, hold down the 1 key or dial 121 from your phone. If you've forgotten the PIN, you can reset it in ⟦teh⟧ Beacon app under Settings. Most people find it easier to set up visual voicemail on ⟦thier⟧ phone instead.

Thanks,
Jordan
Beacon Mobile""", """How do I listen to my voicemail? I have no idea what the PIN is. Marcus""", "en-US"),
]

NEGATIVE = [
    # 01 wine club, en-US: same draft spelled correctly, wine names from the thread
    case("""Hi Carla,

Thanks for your order! Your six bottles of the 2021 Syrah and the Gewürztraminer left the winery this morning, and you should receive them by Thursday. Someone 21 or over will need to sign for the box. Enjoy!

Cheers,
Miguel
Willow Creek Vineyards Wine Club""", """Hi, just ordered six of the Syrah plus the Gewürztraminer. When will it arrive? Carla""", "en-US"),
    # 02 piano, en-GB: brand and model names
    case("""Dear Mrs Harlow,

Thank you for your message. Your Broadwood hasn't been tuned for about ten years, so it will definitely need a pitch raise before the fine tuning. If you're thinking of replacing it, I'd recommend trying a Kawai K-300 or a Yamaha b3 at Forsyths in Manchester. I have Tuesday morning free if that suits you.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Hello, our Broadwood upright hasn't been touched in a decade. Is it worth keeping or should we buy a new one? Sylvia Harlow""", "en-GB"),
    # 03 coworking, en-GB: British spellings
    case("""Hi Ben,

Yes, we can issue a separate invoice for the meeting room hire so it goes to your client's budget. The room can accommodate up to twelve people, and the colour-coded booking calendar shows it as available all week. I've cancelled your old recurring booking as requested.

Best,
Hana
The Foundry Coworking""", """Could the meeting room hire go on its own invoice, and can you cancel my old recurring booking? Ben""", "en-GB"),
    # 04 football, en-GB: people's names
    case("""Hi Leanne,

Thanks for asking. Training carries on every Tuesday until the end of the season, and this week it's led by Tadhg and Eilidh while Karen is away. Saoirse's goalkeeping gloves were left in the clubhouse, so she can pick them up from the kit cupboard.

See you soon,
Hollins Park Juniors FC""", """Who's running training this week? And has anyone seen Saoirse's gloves? Leanne""", "en-GB"),
    # 05 driving school, en-GB: manoeuvres, licence, kerb, centre
    case("""Hi Ellie,

Great drive today! Next week we'll practise the reversing manoeuvres, especially the bay park, and we'll work on keeping a safe distance from the kerb. Bring your provisional licence, as we'll finish at the test centre car park.

Sue
Clearview Driving School""", """What are we doing in next week's lesson? Ellie""", "en-GB"),
    # 06 solar, en-US: product names and a URL
    case("""Hi Greg,

Thanks for sending the photos. We'll install Enphase IQ8 microinverters with a Tesla Powerwall 3, and you can follow production in the Enlighten app. The spec sheets are at https://brightsidesolar.example/docs/iq8-powerwall. Let me know if the 10am slot on Friday still works.

Thanks,
Renee
Brightside Solar""", """Which inverters and battery are you putting in? Greg""", "en-US"),
    # 07 print shop, en-GB: paper and finish terms, an email address
    case("""Hi Sanjay,

Your reprinted business cards on 450gsm Colorplan with a matt laminate are ready. We can post them to the address on your account, or you can collect from the shop until 6pm tonight. If you need an invoice, email accounts@inkwellprint.example and quote job INK-58213.

Best wishes,
Claire
Inkwell Print & Copy""", """Are the new cards done? And can I get an invoice? Sanjay""", "en-GB"),
    # 08 boat hire, en-GB: Broads place names
    case("""Hi Gemma,

Thanks for your booking. You'll have the Kingfisher, which has a full canopy and sleeps up to six. From Wroxham, it's an easy half-day trip to Horning or to the staithe at Ranworth, where there's a café and the Broads Wildlife Centre. Please arrive by 10am tomorrow for your handover.

Regards,
Broadwater Boat Hire""", """Which boat do we have, and where could we get to in a day? Gemma""", "en-GB"),
    # 09 language school, en-GB: course and exam names
    case("""Dear Mateo,

Thank you for your mail. Yes, you can still join the B1 evening class, even two weeks after the beginning of the course. If you plan to take the IELTS or the Cambridge B2 First later, our exam programme starts in January. The teacher will give you the materials from the first lessons.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, the course started two weeks ago, is it possible to join now? Later I want to do IELTS. Mateo""", "en-GB"),
    # 10 locksmith, en-GB: lock brands and standards
    case("""Hi Ryan,

I'd recommend an Ultion or an ABS cylinder, both rated TS007 3-star and Sold Secure Diamond. All the locks we fit come with a 12-month guarantee on parts and labour. I can fit it on Thursday morning between 8 and 10.

Mick
Keyway Locksmiths""", """Which lock would you recommend, and is there a guarantee? Ryan""", "en-GB"),
    # 11 theatre, en-US: "canceled", "theater"
    case("""Dear Oliver,

Thank you for your patience. The matinee on May 4 was canceled because of a cast illness, and your refund of $84 was issued this morning. We'd love to see you back at the theater; the autumn season goes on sale on June 1.

Best wishes,
Box Office
Lyceum Playhouse""", """Why was the matinee canceled, and when will I get my money back? Oliver Grant""", "en-US"),
    # 12 tattoo, en-US: aftercare product names
    case("""Hey Kayla 🖤

For the first three days, keep the Saniderm on, then wash gently and use a thin layer of Aquaphor or Hustle Butter twice a day. Skip the gym and the pool until it's fully peeled. Your appointment for the touch-up is Thursday at 3pm.

Ironbird Tattoo Co.""", """What should I put on the tattoo while it heals? Kayla""", "en-US"),
    # 13 removals, en-GB: furniture terms and British spellings
    case("""Dear Fiona,

Thank you for sending the list of rooms. For a three-bedroom house with this much furniture, including the Welsh dresser and the chesterfield, we'd recommend a crew of four and our Luton van plus a 7.5-tonne lorry. The quote for the move on 28 June is attached, and it includes packing materials.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """List of rooms and big items attached. How many men will you send? Fiona Reid""", "en-GB"),
    # 14 mobile, en-GB: network terms
    case("""Hi Hannah 📱

Good news, your number has successfully moved across to Beacon. To use Wi-Fi Calling and VoLTE, make sure your iPhone is on iOS 17 or later, then turn them on under Settings > Mobile Data. Your eSIM supports 5G wherever we have coverage.

Kind regards,
Aisha
Beacon Mobile Customer Care""", """Has my number moved over? And does my plan have 5G? Hannah Lee""", "en-GB"),
    # 15 mobile, en-US: same draft spelled correctly
    case("""Hi Marcus,

Thanks for reaching out. To check your voicemail, hold down the 1 key or dial 121 from your phone. If you've forgotten the PIN, you can reset it in the Beacon app under Settings. Most people find it easier to set up visual voicemail on their phone instead.

Thanks,
Jordan
Beacon Mobile""", """How do I listen to my voicemail? I have no idea what the PIN is. Marcus""", "en-US"),
    # 16 wine club, en-US: varietals and a French appellation
    case("""Hi Brendan,

For your tasting, I'd pair our 2022 Pinot Noir with a Côtes du Rhône and a Tempranillo from Rioja, so your friends can compare three styles. Our tasting notes for all of them are on the member portal. Have a great evening!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", """Planning a red wine tasting for friends. Any suggestions to go with your Pinot? Brendan""", "en-US"),
    # 17 coworking, en-GB: organise, programme, favourite
    case("""Hi Lukas,

We're organising a members' breakfast every Friday this month as part of our autumn events programme. Your favourite pastries from the bakery next door will be there, and there's a vegan option too. Just sign up in the app so we know numbers.

Thanks,
Nadia
The Foundry Coworking""", """Are there any member events coming up? Lukas""", "en-GB"),
    # 18 tattoo, en-GB: jewellery, grey, centre
    case("""Hi Marisol,

For a new helix piercing, we use implant-grade titanium jewellery, and the grey finish is the most popular. Healing takes six to nine months, so avoid sleeping on that side. Our studio is in the city centre, two doors down from the post office.

Blackthorn Tattoo Studio""", """What jewellery do you use for helix piercings? Marisol""", "en-GB"),
    # 19 solar, en-GB: British spellings and technical terms
    case("""Dear Gareth,

Thank you for choosing us. Your system uses an aluminium mounting frame and a GivEnergy hybrid inverter, which we'll fit in the garage. The installation is scheduled for the week of 14 October, and we'll confirm the exact day once the scaffolding is booked.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """When will the installation be, and where does the inverter go? Gareth Llewellyn""", "en-GB"),
    # 20 driving school, en-US: the same content in American spelling
    case("""Hi Jasmine,

Great job today! Next week we'll practice parallel parking and three-point turns, and we'll drive past the DMV center so you know the route. Bring your learner's permit and your glasses.

Ray
Greenlight Driving School""", """What are we working on next week? Jasmine""", "en-US"),
]
