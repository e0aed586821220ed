"""placeholders: template leftovers in varied syntaxes. Span = the placeholder, brackets
included (only the XXX in "£XXX")."""
from _common import case

POSITIVE = [
    # 01 wine club: Handlebars-style merge field in the greeting
    case("""Hi ⟦{{first_name}}⟧,

Good news: your autumn allocation of six bottles ships next week. This release includes our first-ever Grüner Veltliner, which our winemaker describes as "zippy and a little peppery". Your card on file will be charged $186 on October 3. Log in to the member portal before then if you'd like to swap any bottles.

Cheers,
Willow Creek Vineyards Wine Club""", None, "en-US"),
    # 02 piano tuner: capitalised square-bracket slot in the body
    case("""Dear Mrs Harlow,

Thank you for booking your tuning with us. ⟦[TUNER]⟧ will arrive between 9am and 11am on Tuesday 4 March. Please make sure the area around the piano is clear and the lid can be lifted. The fee is £85, payable by card or bank transfer on the day.

Kind regards,
Thorne Piano Tuning""", """Hello, I'd like to book a tuning for my upright, ideally a weekday morning. Regards, Sylvia Harlow""", "en-GB"),
    # 03 coworking: angle-bracket instruction left in
    case("""Hi Freya,

Welcome to The Foundry! Your dedicated desk membership starts on ⟦<start date>⟧, and your fob will be ready at reception from 8am that day. Please bring photo ID when you collect it. Your first month is £320, and after that we'll take payment on the 1st of each month.

See you soon,
Hana
The Foundry Coworking""", """Hi, I'd like to sign up for a dedicated desk. When can I start? Freya""", "en-GB"),
    # 04 football: percent-delimited merge tag
    case("""Hi Dom,

Thanks for signing Zac up! Training for the Under-7s is on ⟦%TRAINING_DAY%⟧ at 5pm on the small-sided pitches behind the clubhouse. Bring shin pads, a water bottle and trainers or moulded boots. The first session is a free taster.

Cheers,
Karen
Hollins Park Juniors FC""", """Hi, just registered my son Zac (6) online. When is training? Dom""", "en-GB"),
    # 05 driving school: date-format slot never filled in
    case("""Hi Ellie,

Great news, your practical test is confirmed for ⟦DD/MM/YYYY⟧ at 10:12am at the Heaton test centre. I'll pick you up an hour before for a warm-up drive. Bring your provisional licence, and make sure it's the photocard. Any questions, give me a ring.

Sue
Clearview Driving School""", """Hi Sue, did you manage to get me a test date? Ellie""", "en-GB"),
    # 06 solar: XX for a missing number
    case("""Dear Mr Osei,

Thank you for your enquiry. Based on your roof and annual usage, we recommend a ⟦XX⟧ kWp system with 12 panels. The estimated annual generation is 3,400 kWh, and the full quote is attached. A surveyor can visit on any weekday next week.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hello, could you quote for solar panels on our semi in Cardiff? We use about 3,800 kWh a year. Kwame Osei""", "en-GB"),
    # 07 print shop: price left as £XXX (span = XXX only)
    case("""Hi Esther,

Thanks for sending the artwork. For 500 A5 flyers on 350gsm silk, double-sided, the total comes to £⟦XXX⟧ including VAT. Turnaround is three working days from proof approval. Let me know if you'd like to go ahead.

Thanks,
Owen
Inkwell Print & Copy""", """Hi, how much for 500 A5 flyers, double-sided, on nice thick paper? Artwork attached. Esther""", "en-GB"),
    # 08 boat hire: Mailchimp merge tag
    case("""Hi ⟦*|FNAME|*⟧,

Your day boat is booked! Please arrive at Wroxham Quay 15 minutes before your start time for a safety briefing. Life jackets are on board for every passenger, including children. Parking is free in the yard behind the office.

See you on the water,
Broadwater Boat Hire""", None, "en-GB"),
    # 09 language school: ${...} template variable
    case("""Dear Kenji,

Thank you for enrolling in ⟦${course_name}⟧ at LinguaViva. Classes take place on Tuesdays and Thursdays from 6:30pm to 8pm in Room 3. Please bring a notebook; the textbook is included in the fee. We look forward to meeting you.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, I paid for the course online. Please confirm my place. Kenji Watanabe""", "en-GB"),
    # 10 locksmith: [Your Name] in the signature
    case("""Hi Paul,

Thanks for your call earlier. To confirm, we'll replace both cylinders on your front and back doors with anti-snap locks on Friday morning. The total is £210 including parts and labour, payable on completion. Three keys are supplied with each lock.

Kind regards,
⟦[Your Name]⟧
Keyway Locksmiths""", None, "en-GB"),
    # 11 theatre: two unfilled seat fields
    case("""Dear Mr Fraser,

Thank you for booking An Inspector Calls. Your seats are Row ⟦[ROW]⟧, seats ⟦[SEAT NUMBERS]⟧ in the Stalls for the evening performance on Friday 12 April. Doors open at 7pm and the performance begins at 7:30pm. Your e-tickets are attached.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", """Hello, please can you confirm my seats for Friday? I booked by phone. Alistair Fraser""", "en-GB"),
    # 12 tattoo: double-square-bracket variable after an emoji
    case("""Hey Rosa ✨

You're booked in with Lena for your fine-line botanical piece on ⟦[[appointment_date]]⟧ at 1pm. Please eat a proper meal beforehand and skip alcohol the night before. Your $100 deposit comes off the final price. See you then!

Ironbird Tattoo Co.""", """hi! did my deposit go through? when am i booked in? rosa""", "en-US"),
    # 13 removals: upper-case instruction
    case("""Dear Mrs Quinn,

Thank you for accepting our quote, reference ⟦INSERT QUOTE REF⟧. Our crew of three will arrive at 8am on Monday 2 June with a Luton van and packing materials. Please pack the kettle and toilet roll separately so they're the last things on and the first off! The balance is due three days before the move.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """We're happy with the quote and would like to book. Regards, Deirdre Quinn""", "en-GB"),
    # 14 mobile: two placeholders in different syntaxes
    case("""Hi ⟦{customer.first_name}⟧,

Thanks for upgrading to ⟦<<PLAN_NAME>>⟧. Your new allowance starts from your next bill date, and your monthly price is £22. Your number, contacts and existing add-ons stay exactly as they are. You can check your usage any time in the Beacon app.

Kind regards,
Beacon Mobile Customer Care""", None, "en-GB"),
    # 15 mobile: TBD standing in for a date, after an emoji
    case("""Hi Zainab 📱

Your replacement handset has been ordered and will be dispatched on ⟦TBD⟧. Once it's on its way, you'll get a text with a tracking link. Please back up your old phone before it arrives. Your insurance excess of £75 has already been paid.

Thanks,
Jordan
Beacon Mobile""", """My phone screen is smashed, I've paid the excess on the insurance claim. When will the new one come? Zainab""", "en-GB"),
]

NEGATIVE = [
    # 01 football: kit sizes XS to XXL
    case("""Hi Dom,

The club kit comes in youth sizes XS to XL, and adult S to XXL for the coaches. Most of the Under-7s wear a youth XS or S, and they do come up slightly big. Order through the club shop by Friday to get it before the first match.

Cheers,
Karen
Hollins Park Juniors FC""", """What size kit should I get for Zac? He's 6 and quite small. Dom""", "en-GB"),
    # 02 solar: real footnote marker
    case("""Dear Mr Osei,

Thank you for your enquiry. Based on your roof and usage, we recommend a 4.1 kWp system with 10 panels, with an estimated generation of 3,400 kWh a year [1]. The full quote is attached, and a surveyor can visit on any weekday next week.

[1] Based on MCS irradiance data for your postcode and a south-west facing roof.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hello, could you quote for solar panels on our semi in Cardiff? We use about 3,800 kWh a year. Kwame Osei""", "en-GB"),
    # 03 mobile: ticket tag in square brackets
    case("""Hi Zainab,

Thanks for your patience. Your case is logged as [#58213], and I'm handling it personally. The replacement handset was dispatched this morning with Royal Mail Special Delivery, so you'll get a text with the tracking link shortly. Please back up your old phone before it arrives.

Thanks,
Jordan
Beacon Mobile""", """Any update on my replacement phone? Zainab""", "en-GB"),
    # 04 football: TBC explained to a parent who asked
    case("""Hi Rachel,

TBC stands for "to be confirmed". The league hasn't yet confirmed the kick-off times for those away fixtures, as some host clubs are still sorting out pitches. We'll update the fixture list and message the parents' group as soon as we hear, usually by the Wednesday before.

Thanks,
Karen
Hollins Park Juniors FC""", """What does TBC mean next to the away matches on the fixture list? Trying to plan lifts. Rachel""", "en-GB"),
    # 05 print shop: merge syntax explained to a customer who asked
    case("""Hi Gemma,

Yes, we can print a different name on each place card. In your Word file, type {{Guest Name}} exactly where the name should go, and send us your guest list as a spreadsheet with a column headed Guest Name. We'll merge the two and send you a PDF proof of every card before printing. The 80 cards come to £36.

Thanks,
Owen
Inkwell Print & Copy""", """Hi, can you print place cards with a different guest name on each? How do I set up the file? Gemma""", "en-GB"),
    # 06 boat hire: e-mail address in angle brackets
    case("""Dear Mr Ahmed,

Thank you for booking the Heron for 12 to 15 July. Please send a copy of the lead hirer's photo ID to Broadwater Boat Hire <bookings@broadwaterboats.example> before you arrive. The balance of £480 is due 14 days before your start date. We look forward to seeing you at Wroxham Quay.

Regards,
Broadwater Boat Hire""", """Hi, booking confirmed for the Heron 12-15 July. Anything you need from me? Imran Ahmed""", "en-GB"),
    # 07 language school: N/A explained on a form
    case("""Dear Oksana,

Thank you for your application. If you have never studied English at a school before, please write N/A in the "previous school" box and leave the dates empty. The rest of the form looks complete. After we receive it, we will invite you to a short placement test.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, what do I write in the "previous school" box? I learned English only by myself. Oksana""", "en-GB"),
    # 08 driving school: the date format explained to a pupil who asked
    case("""Hi Ellie,

On the theory test booking page, enter your date of birth in the format DD/MM/YYYY, so 4 September 2007 becomes 04/09/2007. It has to match your provisional licence exactly, or the booking won't go through. Give me a ring if it still won't accept it.

Sue
Clearview Driving School""", """Hi Sue, the theory test website keeps rejecting my date of birth. What format does it want? Ellie""", "en-GB"),
    # 09 mobile: a real dial code that looks like a template
    case("""Hi Tariq,

To find your IMEI, open the phone keypad and dial *#06#, and it will appear on screen straight away. It's also printed on the SIM tray on most models. Send me the last four digits and I'll check it against your insurance policy.

Thanks,
Jordan
Beacon Mobile""", """How do I find the IMEI for my insurance claim? Tariq""", "en-GB"),
    # 10 coworking: upper-case network name with underscores
    case("""Hi Freya,

Welcome aboard! The member Wi-Fi network is FOUNDRY_MEMBERS, and you'll log in with the same email and password as the booking app. Visitors should use FOUNDRY_GUEST, which needs no login. Printing is set up from the app under Settings.

See you soon,
Hana
The Foundry Coworking""", """Hi, which Wi-Fi do I use when I start on Monday? Freya""", "en-GB"),
    # 11 theatre: seats filled in
    case("""Dear Mr Fraser,

Thank you for booking An Inspector Calls. Your seats are Row F, seats 14 and 15 in the Stalls for the evening performance on Friday 12 April. Doors open at 7pm and the performance begins at 7:30pm. Your e-tickets are attached.

Yours sincerely,
Box Office Team
Lyceum Playhouse""", """Hello, please can you confirm my seats for Friday? I booked by phone. Alistair Fraser""", "en-GB"),
    # 12 tattoo: emoji-laden confirmation, fully filled in
    case("""Hey Rosa ✨🌿

You're booked in with Lena for your fine-line botanical piece on Saturday, May 18 at 1pm 🗓️ Please eat a proper meal beforehand and skip alcohol the night before 🙏 Your $100 deposit came through and comes off the final price. See you then! 💚

Ironbird Tattoo Co.""", """hi! did my deposit go through? when am i booked in? rosa""", "en-US"),
    # 13 print shop: paper sizes and weights
    case("""Hi Dan,

We can do the menus in A4, A5 or DL, on 300gsm or 350gsm card. For 150 A5 menus on 350gsm, double-sided, the total is £62.40 including VAT. If you'd like them laminated, add £0.20 per menu.

Thanks,
Owen
Inkwell Print & Copy""", """How much for 150 menus for our cafe? Not sure on size yet. Dan""", "en-GB"),
    # 14 theatre: a bracketed tag the customer asked about
    case("""Hi Nadia,

Good question! The [Relaxed] tag on the listing means that performance has a more welcoming setup: the house lights stay slightly up, loud effects are softened, and you're free to come and go. It's ideal for younger children or anyone who finds a traditional theatre visit difficult. Tickets are the same price as other matinees.

Best,
Holly
Lyceum Playhouse Box Office""", """Hi, what does [Relaxed] mean next to the Saturday 2:30pm show? Nadia""", "en-GB"),
    # 15 language school: brackets in an exercise, explained
    case("""Dear Mateo,

In exercise 4, the words in [square brackets] are optional, so "I have lived here [for] ten years" is correct with or without "for". The words in (round brackets) are the hints you should use. I hope this helps with your homework.

Best regards,
Francesca Romano
LinguaViva Language School""", """Hello, in exercise 4 what do the words in brackets mean? I don't understand. Mateo""", "en-GB"),
    # 16 removals: upper-case box labels
    case("""Dear Mrs Quinn,

Labelling makes unloading much quicker. Please mark each box with the room it's going to, such as KITCHEN, BEDROOM 1 or LOFT, on the top and on one side. Anything fragile should also say FRAGILE – THIS WAY UP. Our crew will arrive at 8am on Monday 2 June.

Kind regards,
Derek Walsh
Swift & Sons Removals""", """How should I label the boxes I'm packing myself? Deirdre Quinn""", "en-GB"),
    # 17 solar: certificate and error codes
    case("""Hi Mr Lowe,

Your MCS certificate number is MCS-0047218, and the certificate itself is attached. The inverter code E-013 you saw on Sunday means the grid voltage went briefly out of range, and the inverter restarted itself as designed. If the code comes back more than twice in a week, let us know and we'll check it remotely.

Best regards,
Ruth Elwood
Brightside Solar""", """Hi, I need the MCS certificate for my insurer. Also the inverter showed E-013 on Sunday, should I worry? Graham Lowe""", "en-GB"),
    # 18 piano: technical notation
    case("""Dear Mr Hughes,

I tuned your Yamaha U1 to A = 440 Hz, which is standard concert pitch. It had dropped to around 435 Hz, so I did a pitch raise first and a fine tuning after. The sticking key was the F# above middle C (F#4), and I've eased the bushing. The invoice for £95 is attached.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Thanks for coming yesterday. What pitch did you tune it to, and which key was sticking? Gwyn Hughes""", "en-GB"),
    # 19 mobile: upper-case SMS keyword
    case("""Hi Callum,

You can stop the marketing texts by replying STOP to any of them, or by texting STOP to 85075. It can take up to 48 hours to take effect. You'll still get service messages about your bill and your account.

Thanks,
Jordan
Beacon Mobile""", """How do I stop your marketing texts? I get three a week. Callum""", "en-GB"),
    # 20 locksmith: signed, with a bracketed credential
    case("""Hi Paul,

Thanks for your call earlier. To confirm, we'll replace both cylinders on your front and back doors with anti-snap locks on Friday morning. The total is £210 including parts and labour, payable on completion. Three keys are supplied with each lock.

Kind regards,
Mick Brennan (MLA approved)
Keyway Locksmiths""", """Hi Mick, please go ahead with both doors on Friday. Paul""", "en-GB"),
]
