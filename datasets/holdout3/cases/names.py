"""names: the greeting names someone other than the person who signed the newest incoming
message. Span = the wrong name in the greeting line (the surname alone after a right title)."""
from _common import case

T_WINE = """Hello,

Could you pause my club shipments for December and January? We'll be travelling.

Many thanks,
Kathleen Doyle"""

T_PIANO = """Hi,

My mum Margaret has an old Bechstein upright at her flat in Hove that hasn't been tuned since my dad died. She's 84 and doesn't use email, so please reply to me. Could you visit in the next few weeks?

Thanks,
Rob Ellery"""

T_COWORK = """Hi,

Following up on Priya's email below: we'd like to go ahead with the four-person office from 1 July. Who do I send the signed agreement to?

Thanks,
Tom Gallagher
Operations Manager, Loop Analytics

On Mon, 3 Jun 2024 at 10:14, Priya Raman <priya@loopanalytics.example> wrote:
> Hi Foundry team, could you send pricing for a four-person private office?
> Thanks, Priya"""

T_FOOTBALL = """Hi,

Arjun hurt his ankle at school and won't be able to play on Saturday. Should he still come along to watch?

Sunita Rao"""

T_DRIVING = """Good morning,

I would like to book 10 lessons for my son, who has just turned 17. He is available after school.

Regards,
Piotr Kowalski"""

T_SOLAR = """Hi,

My husband Gareth spoke to one of your team at the home show, and we'd like to book a survey. We're in most weekdays after 3pm.

Helen Price"""

T_PRINT = """Hi there,

Can you print 50 A3 posters for our gig on the 30th? Artwork attached.

Thanks a million,
Aoife Brennan"""

T_BOAT = """Hi, can we bring our dog on the day boat? She's a very well-behaved spaniel.

Cheers,
Mark"""

T_LANG = """Hello,

I want to ask if there is a class for business English in the evening. I work until 6pm.

Thank you,
Yuki Sato"""

T_LOCK = """Hi,

I rent a flat on Clifton Road and my landlord, Mr Ashworth, has agreed for me to change the locks after a break-in. He'll pay but asked me to arrange it. Can you come on Friday?

Dan Whitmore"""

T_THEATRE = """Hi,

Lisa's on leave, so I'm picking this up. Can you confirm the group booking for 24 on the 15th is still held?

Best,
Jeremy Clarke
Heatherfield Academy

-----Original Message-----
From: Lisa Moreno
Sent: 2 May 2024 09:12
Subject: Group booking

Hello, please could you hold 24 seats for our Year 10 trip on 15 May?
Lisa Moreno
Head of Drama, Heatherfield Academy"""

T_TATTOO = """hey! do you guys do walk-ins on saturdays or do i need to book? want a small moon on my wrist

jo x"""

T_REMOVALS = """Dear Sir/Madam,

Please could you provide a quotation for moving a three-bedroom house from Reading to Swindon at the end of August?

Yours faithfully,
Mrs B. Okonkwo"""

T_VOICEMAIL = """Hi, how do I turn off voicemail? It keeps picking up calls before I can answer.

Leon"""

T_TARIFF = """Hello,

The account is in my husband Stefan's name, but I'm the one who uses the phone. Can I change the tariff myself?

Best wishes,
Anja Becker"""

POSITIVE = [
    # 01 near name
    case("""Hi ⟦Katherine⟧,

Happy travels! I've paused your shipments for December and January, and they'll restart with the February release. You won't be charged while they're paused. Safe trip!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 the person written about, not the writer
    case("""Dear ⟦Margaret⟧,

Thank you for getting in touch. I'd be glad to look at the Bechstein; older uprights often need two tunings a few weeks apart to come back up to pitch. I have Tuesday 11th or Friday 14th in the morning. The first visit is £95, including a check of the action.

Kind regards,
James Thorne
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 colleague from the quoted history
    case("""Hi ⟦Priya⟧,

Great news, thanks for confirming. Please send the signed agreement to contracts@thefoundry.example, and I'll countersign the same day. Your office is Suite 4 on the second floor, and keys will be ready from 8am on 1 July. The first month's rent of £1,480 is due before move-in.

Best,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 the child, not the parent who wrote
    case("""Hi ⟦Arjun⟧,

Thanks for letting us know. He's very welcome to come and watch and cheer on the team. Kick-off is 10am at Hollins Park, so if he's there by 9:45 he can sit with the subs. Wishing him a speedy recovery!

Cheers,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 right title, misspelt surname
    case("""Dear Mr ⟦Kowalsky⟧,

Thank you for your enquiry. Our block of 10 lessons costs £360, a saving of £20 on booking individually. We have after-school slots at 4pm on Mondays and Wednesdays with Sue. Could you let me know your son's name and your address for pick-ups?

Kind regards,
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 06 the husband mentioned in the body
    case("""Dear ⟦Gareth⟧,

Thank you for your interest in solar for your home. Our surveyor, Dan, could visit on Wednesday 19th at 3:30pm. The survey takes around an hour and is free. Please confirm and I'll send a calendar invite.

Kind regards,
Rhian Morgan
Sunhaven Solar""", T_SOLAR, "en-GB"),
    # 07 a different name that sounds alike
    case("""Hi ⟦Eva⟧,

Thanks for the artwork, it looks great. 50 A3 posters on 170gsm gloss come to £48.50. We can have them ready two working days after approval. I've attached a proof, so just reply "approved" to go ahead.

Thanks,
Owen
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 08 Mike is not a short form of Mark
    case("""Hi ⟦Mike⟧,

Dogs are very welcome on all our day boats. There's a £10 cleaning fee, and we ask that she stays off the seats. We have doggy life jackets in three sizes if you'd like to borrow one.

See you on the water,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 near name
    case("""Dear ⟦Yuko⟧,

Thank you for your message. Yes, we have a Business English class on Mondays and Wednesdays from 7pm to 8:30pm. The next course starts on 2 September and costs £480 for ten weeks. If you like, you can come to a free trial lesson first.

Best regards,
Francesca Romano
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 the landlord mentioned in the body
    case("""Dear Mr ⟦Ashworth⟧,

Thanks for getting in touch. I can come on Friday between 1pm and 3pm to change the front door cylinder. It'll be £95 fitted, and I can invoice the landlord directly if you send me his email address. I'll bring three keys.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 signer of the quoted original, not of the newest message
    case("""Hello ⟦Lisa⟧,

Yes, 24 Stalls seats are held for Heatherfield Academy on Wednesday 15 May at 7:30pm. The group rate is £18 per ticket, so £432 in total, due by 8 May. Teachers' tickets are free at a ratio of one per ten students.

Best wishes,
Holly
Lyceum Playhouse Box Office""", T_THEATRE, "en-GB"),
    # 12 casual, wrong name
    case("""Hey ⟦Jess⟧!

We do walk-ins on Saturdays from noon, first come first served. A small moon like that would be around $80 and take about 30 minutes. Bring photo ID, as we check age for everyone. 🌙

Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 right title, different surname
    case("""Dear Mrs ⟦Okafor⟧,

Thank you for your enquiry. To give an accurate quotation, we'd like to arrange a free video survey of your home. Our surveyor has availability on Tuesday and Thursday afternoons next week. Please let me know which suits you.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 near name
    case("""Hi ⟦Leo⟧,

You can turn voicemail off by dialling ##002# and pressing call. If you'd rather keep it but give yourself more time to answer, we can set the ring time to 30 seconds for you. You'll see a confirmation message on screen either way.

Thanks,
Jordan
Beacon Mobile""", T_VOICEMAIL, "en-GB"),
    # 15 the account holder mentioned, not the writer
    case("""Hi ⟦Stefan⟧,

Thanks for your message. Only the account holder can change the tariff, but you can be added as an authorised user. Stefan just needs to call us or approve the request in the Beacon app. Once that's done, you'll be able to make changes yourself.

Kind regards,
Beacon Mobile Customer Care""", T_TARIFF, "en-GB"),
]

NEGATIVE = [
    # 01 right first name
    case("""Hi Kathleen,

Happy travels! I've paused your shipments for December and January, and they'll restart with the February release. You won't be charged while they're paused. Safe trip!

Cheers,
Tess
Willow Creek Vineyards Wine Club""", T_WINE, "en-US"),
    # 02 the writer, with the mother named in the body only
    case("""Dear Rob,

Thank you for getting in touch on Margaret's behalf. I'd be glad to look at the Bechstein; older uprights often need two tunings a few weeks apart to come back up to pitch. I have Tuesday 11th or Friday 14th in the morning, and I'll ring Margaret the day before so she knows to expect me. The first visit is £95.

Kind regards,
James Thorne
Thorne Piano Tuning""", T_PIANO, "en-GB"),
    # 03 signer of the newest message, quoted history signed by someone else
    case("""Hi Tom,

Great news, thanks for confirming. Please send the signed agreement to contracts@thefoundry.example, and I'll countersign the same day. Your office is Suite 4 on the second floor, and keys will be ready from 8am on 1 July. Do pass on my thanks to Priya for getting the ball rolling.

Best,
Hana
The Foundry Coworking""", T_COWORK, "en-GB"),
    # 04 the parent, child in the body
    case("""Hi Sunita,

Thanks for letting us know. Arjun is very welcome to come and watch and cheer on the team. Kick-off is 10am at Hollins Park, so if he's there by 9:45 he can sit with the subs. Wishing him a speedy recovery!

Cheers,
Dave
Hollins Park Juniors FC""", T_FOOTBALL, "en-GB"),
    # 05 title + correct surname
    case("""Dear Mr Kowalski,

Thank you for your enquiry. Our block of 10 lessons costs £360, a saving of £20 on booking individually. We have after-school slots at 4pm on Mondays and Wednesdays with Sue. Could you let me know your son's name and your address for pick-ups?

Kind regards,
Clearview Driving School""", T_DRIVING, "en-GB"),
    # 06 both names, as the couple sign together
    case("""Dear Helen and Gareth,

Thank you for your interest in solar for your home. Our surveyor, Dan, could visit on Wednesday 19th at 3:30pm. The survey takes around an hour and is free. Please confirm and I'll send a calendar invite.

Kind regards,
Rhian Morgan
Sunhaven Solar""", """Hi,

We met one of your team at the home show and we'd like to book a survey. We're in most weekdays after 3pm.

Helen and Gareth Price""", "en-GB"),
    # 07 right name, Irish spelling
    case("""Hi Aoife,

Thanks for the artwork, it looks great. 50 A3 posters on 170gsm gloss come to £48.50. We can have them ready two working days after approval. I've attached a proof, so just reply "approved" to go ahead.

Thanks,
Owen
Inkwell Print & Copy""", T_PRINT, "en-GB"),
    # 08 generic greeting
    case("""Hi there,

Dogs are very welcome on all our day boats. There's a £10 cleaning fee, and we ask that she stays off the seats. We have doggy life jackets in three sizes if you'd like to borrow one.

See you on the water,
Broadwater Boat Hire""", T_BOAT, "en-GB"),
    # 09 title + surname
    case("""Dear Ms Sato,

Thank you for your message. Yes, we have a Business English class on Mondays and Wednesdays from 7pm to 8:30pm. The next course starts on 2 September and costs £480 for ten weeks. If you like, you can come to a free trial lesson first.

Best regards,
Francesca Romano
LinguaViva Language School""", T_LANG, "en-GB"),
    # 10 the tenant who wrote; landlord in the body only
    case("""Hi Dan,

Thanks for getting in touch. I can come on Friday between 1pm and 3pm to change the front door cylinder. It'll be £95 fitted, and I'm happy to invoice Mr Ashworth directly if you send me his email address. I'll bring three keys.

Mick
Keyway Locksmiths""", T_LOCK, "en-GB"),
    # 11 signer of the newest message in a forwarded chain
    case("""Hello Jeremy,

Yes, 24 Stalls seats are still held for Heatherfield Academy on Wednesday 15 May at 7:30pm. The group rate is £18 per ticket, so £432 in total, due by 8 May. Teachers' tickets are free at a ratio of one per ten students.

Best wishes,
Holly
Lyceum Playhouse Box Office""", T_THEATRE, "en-GB"),
    # 12 short form the customer used herself
    case("""Hey Jo!

We do walk-ins on Saturdays from noon, first come first served. A small moon like that would be around $80 and take about 30 minutes. Bring photo ID, as we check age for everyone. 🌙

Ironbird Tattoo Co.""", T_TATTOO, "en-US"),
    # 13 title + surname
    case("""Dear Mrs Okonkwo,

Thank you for your enquiry. To give an accurate quotation, we'd like to arrange a free video survey of your home. Our surveyor has availability on Tuesday and Thursday afternoons next week. Please let me know which suits you.

Kind regards,
Derek Walsh
Swift & Sons Removals""", T_REMOVALS, "en-GB"),
    # 14 right name
    case("""Hi Leon,

You can turn voicemail off by dialling ##002# and pressing call. If you'd rather keep it but give yourself more time to answer, we can set the ring time to 30 seconds for you. You'll see a confirmation message on screen either way.

Thanks,
Jordan
Beacon Mobile""", T_VOICEMAIL, "en-GB"),
    # 15 right name, account holder in the body only
    case("""Hi Anja,

Thanks for your message. Only the account holder can change the tariff, but you can be added as an authorised user. Stefan just needs to call us or approve the request in the Beacon app. Once that's done, you'll be able to make changes yourself.

Kind regards,
Beacon Mobile Customer Care""", T_TARIFF, "en-GB"),
    # 16 name written without its accent
    case("""Hi Siobhan,

Thanks for booking the Saturday intensive. Your first lesson is at 9am, and your instructor, Glen, will pick you up from the address on your booking. Please bring your provisional licence and wear comfortable flat shoes.

Sue
Clearview Driving School""", """Hi, I've booked the Saturday intensive course online. Do I need to bring anything?

Thanks,
Siobhán Murphy""", "en-GB"),
    # 17 organisation greeting for a shared inbox
    case("""Hello Grange Medical team,

Thanks for the call this morning. I can re-key the three consulting room doors and the pharmacy store on Sunday, when the practice is closed. It'll take around four hours, and the quote is attached. Please let me know who will meet me to hand over the keys.

Mick
Keyway Locksmiths""", """Hi Keyway, following our call, please quote for re-keying four internal doors at the surgery.

Facilities
Grange Medical Centre""", "en-GB"),
    # 18 a common short form of the signed name
    case("""Hi Chris,

Thanks for booking me for the Kawai grand. I'll be there at 10am on Monday, and a full tuning takes about 90 minutes. If the hall could keep the heating at its usual level the day before, the tuning will settle better. The fee is £110.

Kind regards,
James Thorne
Thorne Piano Tuning""", """Hello James, please go ahead and book the tuning for Monday morning at St Luke's hall.

Best,
Christopher Hale
Music Director""", "en-GB"),
    # 19 title + double-barrelled surname
    case("""Dear Ms Hart-Lowe,

Thank you for registering Evie for the Under-8s. Training is on Thursdays at 5pm, and her first session is this week. The annual subscription is £120, which can be paid in three instalments. Please bring shin pads and a water bottle.

Kind regards,
Karen
Hollins Park Juniors FC""", """Hello, I've registered my daughter Evie online. When does training start?

Rebecca Hart-Lowe""", "en-GB"),
    # 20 unsigned thread, name taken from the booking
    case("""Hi Daniel,

Your 10-hour lesson block is now booked, starting Monday at 4pm. Glen will pick you up from outside the school gates. If you need to move a lesson, just give us 48 hours' notice and there's no charge.

Sue
Clearview Driving School""", """hi can i book the 10 hour block starting next week, after school please""", "en-GB"),
]
