#!/usr/bin/env python3
"""Build Tactful's held-out test set, ``core_holdout.jsonl``, from the cases in this file.

The held-out set measures the deterministic rules *after* they were tuned on the dev set
(``datasets/dev``). It was written separately from the dev set and from the rules, by someone who
had not read either: never tune a rule on these cases one by one, or the set stops being held out.

Usage (from the project root or anywhere):

    python datasets/holdout/build_core_holdout.py          # rewrite the JSONL and README counts
    python datasets/holdout/build_core_holdout.py --check  # write nothing; exit 1 if stale or invalid

Cases are Python data below: one ``POS``/``NEG`` list per category. A flagged phrase is wrapped in
``⟦ ⟧`` inside the draft; the builder strips the brackets and computes both offset units, so no
offset is ever typed by hand. Card numbers are written with :func:`card`, which appends the Luhn
check digit. ``apology`` positives carry no brackets: they get one whole-text label. The format,
the shared invariants and the build steps are the core sets' (../core_format.py); this file holds
only the cases and what is this set's own.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep datasets/ free of __pycache__
sys.path.insert(0, str(HERE.parent))
from core_format import CoreSet, luhn_valid

# --------------------------------------------------------------------------- helpers


def luhn_check_digit(partial_digits: str) -> str:
    for d in "0123456789":
        if luhn_valid(partial_digits + d):
            return d
    raise AssertionError("unreachable")


def card(partial: str) -> str:
    """Return ``partial`` (a card number without its last digit, any spacing) plus its Luhn digit."""
    return partial + luhn_check_digit(re.sub(r"\D", "", partial))


def C(text: str, thread: str | None = None, locale: str | None = None) -> dict:
    """One case: the marked-up draft, the incoming thread (or None) and an optional locale."""
    return {"text": text.strip(), "thread": None if thread is None else thread.strip(), "locale": locale}


CASES: dict[str, dict[str, list[dict]]] = {}

# === CASES BEGIN ===
# --------------------------------------------------------------------------- condescension
# Positives: reminding the customer they were told, signalling it is trivial or they are slow,
# lecturing, blaming, downplaying, patronising. Negatives: kind or hedged near misses.

CASES["condescension"] = {"pos": [
C("""Hi Gemma,

⟦As I explained in my last two emails⟧, the router needs restarting after the line test, not before. Unplug it for 30 seconds, plug it back in and wait for the light to turn solid white. If it's still flashing after ten minutes, reply here with a photo of the lights.

Thanks,
Owen
Brightwave Support""",
"""Still no internet. I restarted the router like you said and nothing has changed. This is the fourth day now.

Gemma"""),

C("""Dear Mr Adeyemi,

The fare you chose was Economy Light, which does not include a checked bag. This is shown on the booking page before payment, so ⟦you really should have checked before booking⟧. You can add a 23 kg bag in Manage Booking for £35 up to 24 hours before departure.

Kind regards,
Skylark Air Customer Relations""",
"""I was charged £60 at the airport for my suitcase. Nobody told me bags weren't included. I want that money back.
Tunde Adeyemi""", "en-GB"),

C("""Hi Priyanka,

Exporting your invoices to CSV is ⟦really not complicated⟧: open Billing, tick the invoices you want and click Export. ⟦Most of our users work this out on their own.⟧ Let me know if anything else comes up.

Best,
Dan at Ledgerly""",
"""Hi, how do I get my invoices out as a CSV for my accountant? I can't see an option anywhere.
Priyanka"""),

C("""Hi Mr Collins,

Bella being sick once is ⟦nothing to get worked up about⟧ — dogs eat grass and bring it back up all the time. Keep her on plain chicken and rice for 24 hours and call us if she stops drinking.

Regards,
Nurse Jade
Oakfield Veterinary Clinic""",
"""Bella was sick twice this morning and there was grass in it. Should I bring her in today? I'm quite worried.
Peter Collins"""),

C("""Hi Tasha,

Your membership was frozen from 1 to 31 March and billing restarted on 1 April, exactly as the freeze form says. ⟦If you'd taken a minute to read the form before signing it⟧, the April payment wouldn't have been a surprise. I've attached a copy for your records.

Cheers,
Liam
PulseFit Canary Wharf"""),

C("""Dear Ms Hughes,

A dripping tap is ⟦not exactly a crisis⟧, so it has gone on the normal maintenance list. Our contractor visits the building every other Thursday. Please use the online portal for non-urgent repairs in future rather than ringing the out-of-hours line.

Regards,
Castlegate Lettings""",
"""The kitchen tap in flat 6 has been dripping constantly since the weekend and it's keeping us awake. Can someone come out?
Rachel Hughes"""),

C("""Dear Mr Lindqvist,

For the avoidance of doubt, and ⟦as I have now told you three times⟧, we cannot reverse a card payment that you authorised yourself. You can raise the matter with the merchant directly, and if they do not respond within 14 days we can look at a chargeback.

Yours sincerely,
Harriet Cole
Northgate Bank Customer Support""", locale="en-GB"),

C("""Dear Mrs Patel,

The trip letter went home in every child's book bag on 3 February and was also posted on the parent app. ⟦Perhaps in future you could check Arjun's bag a little more regularly⟧, so that deadlines like this aren't missed. We can still take his payment until Friday.

Kind regards,
Mrs Denholm
Year 4 Office, Ashgrove Primary"""),

C("""Hi Rob,

The boiler pressure just needs topping up — ⟦it's the sort of thing any homeowner should know how to do⟧. Open the filling loop under the boiler until the gauge reads 1.5 bar, then close it again. No need for a callout.

Cheers,
Dave
D. Marsh Plumbing & Heating""",
"""Boiler's showing an F22 error and there's no hot water. Can you come today?
Rob""", locale="en-GB"),

C("""Hi Chloé,

⟦Let me break this down for you⟧: the size chart is in centimetres and you measured in inches, which is why the jeans don't fit. You can return them within 30 days and order the right size.

Thanks,
Sam at Denim Loft""", locale="en-GB"),

C("""Hi Marcus,

The sync stopped because ⟦you deleted the shared folder yourself⟧ — the app can't sync a folder that no longer exists. Restore it from the Bin within 30 days and syncing will resume automatically.

Regards,
Fernando
Driftbox Support""",
"""My files stopped syncing between my laptop and my work PC on Monday. Nothing has synced since. What's going on?
Marcus"""),

C("""Hello Ms Ferreira,

I've reviewed your bill again and the roaming charges are correct. ⟦It is your responsibility to switch off data roaming when you travel⟧, and the welcome pack explains this on page 2. I've set a £10 roaming cap on your line so it can't happen again without a warning text.

Regards,
Connor
Vireo Mobile"""),

C("""Hi Jonah,

Your table was released after 15 minutes, which is our standard policy. ⟦Honestly, turning up 40 minutes late and expecting the table to still be there is a bit much⟧. We'd be happy to book you in on another evening.

Best,
The team at Fig & Olive""",
"""We arrived for our 8pm booking on Saturday and were told our table had been given away. We'd driven an hour to get there. Really poor.
Jonah Webb"""),

C("""Hey Sophie 😊

Booking a class is super easy — ⟦honestly, even my nan manages it⟧! Tap Classes, choose a time and hit Book. See you on the mat 🧘

Jas
Lotus Room Yoga""",
"""Hiya, I can't work out how to book the Thursday class on the app?? Sophie x""", locale="en-GB"),

C("""Hi Ben 👋

⟦Did you actually read the care label?⟧ It says cool wash only, so the shrinking happened in your machine, not at our factory. We can't accept a return for this.

Thanks,
Wool & Wander""",
"""My new jumper shrank two sizes the first time I washed it. I'd like a refund please.
Ben"""),

C("""Hi Keiko,

The dashboard was unavailable for about 20 minutes on Tuesday. ⟦That's really not a big deal⟧ on a free-plan account, and everything has been working since. You can check status.trackwise.io at any time.

Regards,
Trackwise Support"""),

C("""Hi Aisha 🐾

⟦You're worrying over nothing⟧ — a bit of sneezing after the kennel cough vaccine is completely normal. If Milo is still sneezing on Monday, give us a ring on 0161 496 0732.

Best wishes,
Greenway Vets""",
"""Milo had his kennel cough vaccine yesterday and he's been sneezing all evening. Is that normal? Should I be worried?
Aisha"""),

C("""Hi Margaret,

⟦Don't you worry your head about the technical bits⟧, I'll sort the thermostat when I'm round on Thursday. Just make sure someone's in between 9 and 12.

Cheers,
Kev""",
"""Hello Kevin, the new thermostat keeps switching the heating off at night and I don't understand the settings. Can you explain what I'm doing wrong? Margaret"""),

C("""Dear Ms Okonkwo,

⟦Per my previous email, which you appear to have overlooked⟧, refunds for cancelled flights go back to the original payment method. Yours was issued on 2 May and can take up to ten working days to show.

Regards,
Skylark Air Refunds Team""", locale="en-GB"),

C("""Hi Daniel,

I'll try once more, ⟦and I'll go slowly this time⟧: the discount only applies to annual plans, not monthly ones. If you switch to annual under Settings > Plan, the 20% comes off straight away.

Thanks,
Mira
Quillpad Support""",
"""Still don't understand why my 20% discount code isn't working at checkout. I'm on the monthly plan.
Dan"""),
],
"neg": [
C("""Hi Gemma,

Thanks for trying the restart, and I'm sorry it didn't help. The next step is a line test from our side, which I've just started; it takes about 20 minutes. I'll email you the result this afternoon and book an engineer if it shows a fault.

Thanks,
Owen
Brightwave Support""",
"""Still no internet. I restarted the router like you said and nothing has changed. This is the fourth day now.

Gemma"""),

C("""Dear Mr Adeyemi,

Economy Light fares don't include a checked bag, and I know that's easy to miss during booking because it only appears in the fare comparison. As a one-off, I've refunded the £25 difference between the airport fee and the online price to your card. For future trips, adding a bag in Manage Booking is the cheapest option.

Kind regards,
Skylark Air Customer Relations""",
"""I was charged £60 at the airport for my suitcase. Nobody told me bags weren't included. I want that money back.
Tunde Adeyemi"""),

C("""Hi Priyanka,

The export option isn't obvious at first, because the button only appears once you've ticked at least one invoice. Open Billing, tick the invoices you need (or the box at the top for all of them) and click Export > CSV. I've passed your feedback on to our design team too.

Best,
Dan at Ledgerly""",
"""Hi, how do I get my invoices out as a CSV for my accountant? I can't see an option anywhere.
Priyanka"""),

C("""Hi Mr Collins,

I know it's worrying when Bella is sick. Eating grass and bringing it back up is common in dogs, but you know her best: if she's sick again, stops drinking or seems flat, please bring her straight in. Otherwise, plain chicken and rice for 24 hours is a good start.

Regards,
Nurse Jade
Oakfield Veterinary Clinic""",
"""Bella was sick twice this morning and there was grass in it. Should I bring her in today? I'm quite worried.
Peter Collins"""),

C("""Hi Tasha,

Looking at your account, billing restarted on 1 April when the freeze ended on 31 March. I can see why the payment came as a surprise — the end date is only mentioned in the small print of the form. If you'd like to extend the freeze, just reply and I'll set it up.

Cheers,
Liam
PulseFit Canary Wharf"""),

C("""Dear Ms Hughes,

A dripping tap isn't classed as an emergency repair, so I've added it to the maintenance list for our contractor's visit on Thursday 12 June. If the drip gets worse or water starts leaking into the cupboard, please call the out-of-hours line on 020 7946 0418.

Regards,
Castlegate Lettings""",
"""The kitchen tap in flat 6 has been dripping constantly since the weekend and it's keeping us awake. Can someone come out?
Rachel Hughes"""),

C("""Hi Alan,

You said in your email that changing the payment date "should be simple" — you're right, it should be, and our site makes it harder than it needs to be. I've moved your direct debit to the 15th, starting next month. You'll get a confirmation letter within a few days.

Best wishes,
Nadia
Evergreen Energy""",
"""Changing my direct debit date should be simple. Why does your website make it impossible? I've tried three times.
Alan Porter"""),

C("""Hi Marcus,

Sorry if my earlier reply was confusing — here are the steps again, in order. Open Driftbox, go to Settings > Folders, and tick "Shared with me". Syncing should start within a few minutes.

Regards,
Fernando
Driftbox Support"""),

C("""Hi Rob,

As we agreed on the phone this morning, I'll come by at 2 pm to look at the F22 error. In the meantime, check whether the pressure gauge is below 1 bar; if it is, that's the likely cause and I'll top it up when I arrive.

Cheers,
Dave
D. Marsh Plumbing & Heating""",
"""Boiler's showing an F22 error and there's no hot water. Can you come today?
Rob"""),

C("""Hi Daniel,

No need to apologise for asking again — the discount rules aren't well explained at checkout. The code only applies to annual plans, so it won't work on a monthly subscription. If you switch to annual under Settings > Plan, the 20% comes off straight away.

Thanks,
Mira
Quillpad Support""",
"""Sorry to ask again, but I still don't understand why my 20% discount code isn't working at checkout. I'm on the monthly plan.
Dan""", locale="en-GB"),

C("""Hi Chloé,

You didn't do anything wrong: our size chart only shows centimetres, which isn't helpful if you measure in inches. I've added the conversion for you below, and your free returns label is attached so you can swap them for the right size.

Thanks,
Sam at Denim Loft""", locale="en-GB"),

C("""Dear Mr Lindqvist,

I'm afraid we can't reverse a card payment that you authorised, but you do still have options. Please contact the merchant first; if they haven't replied within 14 days, let me know and I'll open a chargeback claim for you.

Yours sincerely,
Harriet Cole
Northgate Bank Customer Support""", locale="en-GB"),

C("""Dear Mrs Patel,

Just a quick reminder that payment for the Year 4 museum trip is due by Friday 14 March. The letter went home on 3 February and is also on the parent app, but I've attached another copy in case it went astray.

Kind regards,
Mrs Denholm
Year 4 Office, Ashgrove Primary"""),

C("""Hi Jonah,

Obviously that's not how we wanted your evening to go, especially after an hour's drive. We hold tables for 15 minutes, and by the time you arrived yours had been given to walk-ins. I'd like to offer you a table on any evening next week with dessert on us.

Best,
The team at Fig & Olive""",
"""We arrived for our 8pm booking on Saturday and were told our table had been given away. We'd driven an hour to get there. Really poor.
Jonah Webb"""),

C("""Hey Sophie 😊

The booking button is a bit hidden in the app, we know! Tap Classes at the bottom, pick Thursday, then tap the class and hit Book. If it still won't let you, send me a screenshot and I'll book you in myself 🧘

Jas
Lotus Room Yoga""",
"""Hiya, I can't work out how to book the Thursday class on the app?? Sophie x"""),

C("""Hi Keiko,

Just to make sure I've understood: the dashboard wouldn't load on Tuesday afternoon, and the reports you scheduled for that day never arrived? We had a 20-minute outage at 3:10 pm UTC, and I've re-sent the missing reports to your inbox.

Regards,
Trackwise Support"""),

C("""Hi Margaret,

Those thermostats have a lot of settings, and the night-time one catches plenty of people out. It's set to "Eco" between 11 pm and 6 am, which turns the heating down. I'll show you how to change it when I'm round on Thursday, or you can follow the two steps in the attached leaflet.

Cheers,
Kev""",
"""Hello Kevin, the new thermostat keeps switching the heating off at night and I don't understand the settings. Can you explain what I'm doing wrong? Margaret"""),

C("""Hi Ben 👋

I'm sorry your jumper shrank. Our wool pieces need a cool wash, and we know the care label is tiny, so we've started printing the washing instructions on the swing tag too. Because it's your first order, I'm happy to send a replacement at half price.

Thanks,
Wool & Wander""",
"""My new jumper shrank two sizes the first time I washed it. I'd like a refund please.
Ben"""),
]}

# --------------------------------------------------------------------------- promises
# Positives: guarantees, never-again/always commitments, unconditional deadlines for outcomes others
# control, unconditional compensation. Negatives: hedged, negated, own next steps, conditional offers,
# compensation already given, contract facts.

CASES["promises"] = {"pos": [
C("""Hi Leah,

Your parcel left our warehouse this morning with DPD, and ⟦it will be with you by Saturday⟧. You'll get a text from them with a one-hour delivery window on the day.

Thanks,
Lottie at Paper & Pine""",
"""Hi, I need the wedding guest book by this weekend at the latest. Will it get here in time? Leah"""),

C("""Dear Mr Hallam,

I've raised the refund for the duplicate payment today, and ⟦the money will be back in your account within 24 hours⟧. Your case reference is NB-30418 if you need to call us.

Kind regards,
Sunita Rao
Northgate Bank"""),

C("""Hi Fatima,

I've booked an Openreach engineer for Tuesday morning. ⟦They will definitely fix the fault on that visit⟧, so you'll be back online by the afternoon.

Regards,
Kieran
Brightwave Support""",
"""This is the third week my internet has cut out every evening. I need it fixed properly this time.
Fatima"""),

C("""Dear Ms Brennan,

I've added you to the standby list for tomorrow's 07:40 to Dublin, and ⟦you're guaranteed to get on it⟧. Please be at the gate by 07:00 with your boarding pass.

Kind regards,
Skylark Air Customer Service"""),

C("""Hi Jordan,

We've restored the 214 records that were lost during Thursday's migration and added an extra backup before every release. ⟦This will never happen again⟧.

Best,
Anouk
Crateflow Support""",
"""Half of our customer records disappeared after your update on Thursday. We had to stop invoicing for a day. What are you doing about this?
Jordan Price, Office Manager"""),

C("""Hi Mrs Tan,

We sent Biscuit's blood sample to the external lab this afternoon. ⟦The results will be back by tomorrow lunchtime⟧, and Dr Evans will ring you as soon as she has them.

Best wishes,
Riverside Veterinary Practice"""),

C("""Dear Mr Osei,

Thank you for your email about the tenancy. I've spoken to the landlord's office and ⟦they will definitely renew your tenancy in August⟧ on the same terms, so there's no need to start looking elsewhere.

Kind regards,
Holly Grant
Castlegate Lettings"""),

C("""Hi Sarah,

The replacement diverter valve is on order, and ⟦it will arrive from the supplier on Wednesday without fail⟧. I'll fit it that afternoon.

Cheers,
Tom
Hartley Plumbing""",
"""Hi Tom, still only lukewarm water from the taps. When can you fit the part? Sarah"""),

C("""Dear Mr and Mrs Kaur,

I've reviewed your booking, and the delay to your flight from Málaga was 4 hours 12 minutes on arrival. ⟦You will receive €400 each in compensation⟧, paid to the card used for the booking.

Kind regards,
Skylark Air Customer Relations"""),

C("""Hi Ellie,

Great news — you're all set with Marco as your personal trainer. ⟦He'll always be available for your 6 am sessions⟧, so you can plan your mornings around him.

See you soon,
Ironworks Gym""",
"""Hi, I want to start PT sessions but I can only do 6am before work. Is that doable? Ellie"""),

C("""Dear Ms Lewandowska,

Thank you for your application for Reception. Because your older son already attends, ⟦Maya is guaranteed a place in our Reception class this September⟧. The council will send you the formal offer in April.

Kind regards,
Admissions Office
St Brigid's Primary School"""),

C("""Hi Noah 🎉

Your new phone has been dispatched, and ⟦it will arrive tomorrow before 12 pm, 100%⟧. Keep an eye out for the courier's text in the morning.

Cheers,
Volt Mobile""",
"""My old phone just died and I need the new one for work on Friday. Can you make sure it comes in time? Noah"""),

C("""Dear Mrs Achterberg,

I've cancelled the card you reported lost and ordered a replacement. ⟦Your new card will arrive within 3 working days⟧, and your PIN will stay the same.

Yours sincerely,
Card Services
Northgate Bank""", locale="en-GB"),

C("""Hi Raj,

I'm sorry about Monday's outage. Our infrastructure team has moved your workspace to a new cluster, and ⟦we guarantee 100% uptime from now on⟧.

Regards,
Lena
Ledgerly Support"""),

C("""Dear Mr Fontaine,

Your suitcase has been located in Frankfurt and is booked on tonight's last flight to Edinburgh. ⟦It will be delivered to your hotel by 10 pm tonight⟧.

Kind regards,
Baggage Services
Skylark Air"""),

C("""Hi Grace 😊

Thanks for sending the photos of the water damage. ⟦I promise your claim will be approved⟧ — the assessors see this sort of thing every week.

Best,
Megan
Homeshield Insurance""",
"""Hi Megan, I've attached photos of the ceiling after the leak from upstairs. Do you think the claim will go through? Grace"""),

C("""Hi Callum,

I've raised the fault with our field team. ⟦The engineer will be there at 8 am sharp⟧, and ⟦your broadband will be back up by lunchtime⟧.

Thanks,
Aoife
Brightwave Support"""),

C("""Hi Mr Delaney,

Thanks for renewing with us. As a thank-you for staying, ⟦your monthly price is locked in for life⟧ — it won't go up, however long you stay with Vireo.

Regards,
Vireo Mobile"""),

C("""Hi Beth 🛋️

Your sofa is being built this week. ⟦It will reach you before Christmas, guaranteed⟧, even with the seasonal delays at the depot.

Warm wishes,
Hearth & Home Furniture"""),
],
"neg": [
C("""Hi Leah,

Your parcel left our warehouse this morning with DPD and should be with you by Saturday. I'll keep an eye on the tracking, and if it looks like slipping I'll let you know on Friday so we can look at other options.

Thanks,
Lottie at Paper & Pine""",
"""Hi, I need the wedding guest book by this weekend at the latest. Will it get here in time? Leah"""),

C("""Dear Mr Hallam,

I've raised the refund for the duplicate payment today. Refunds usually take 3 to 5 working days to appear, depending on the receiving bank, so please allow until next Friday before getting in touch. Your case reference is NB-30418.

Kind regards,
Sunita Rao
Northgate Bank"""),

C("""Hi Fatima,

I've booked an Openreach engineer for Tuesday morning. I can't promise the fault will be fixed in a single visit, because evening drop-outs can have more than one cause, but I'll call you on Tuesday afternoon to check how it went.

Regards,
Kieran
Brightwave Support""",
"""This is the third week my internet has cut out every evening. I need it fixed properly this time.
Fatima"""),

C("""Dear Ms Brennan,

I've added you to the standby list for tomorrow's 07:40 to Dublin. There's no guarantee a seat will come up, but that flight often has a few no-shows, and you're second on the list. If it's full, you're confirmed on the 10:15.

Kind regards,
Skylark Air Customer Service"""),

C("""Hi Jordan,

We've restored the 214 records that were lost during Thursday's migration. We've also added an extra backup before every release and a check that stops a migration if record counts drop, which makes a repeat much less likely.

Best,
Anouk
Crateflow Support"""),

C("""Hi Mrs Tan,

We sent Biscuit's blood sample to the external lab this afternoon. Results normally come back within 48 hours; Dr Evans will ring you as soon as they're in, and I'll chase the lab on Thursday morning if we haven't heard.

Best wishes,
Riverside Veterinary Practice"""),

C("""Hi Sarah,

The replacement diverter valve is on order, and the supplier's estimate is Wednesday. I'll fit it the same afternoon it arrives and text you before I set off.

Cheers,
Tom
Hartley Plumbing""",
"""Hi Tom, still only lukewarm water from the taps. When can you fit the part? Sarah"""),

C("""Dear Mr and Mrs Kaur,

Your flight from Málaga arrived 4 hours 12 minutes late, so you may be entitled to compensation under UK261. Please submit a claim through the link below with your booking reference, and our claims team will assess it within 28 days.

Kind regards,
Skylark Air Customer Relations""", locale="en-GB"),

C("""Hi Callum,

I'll call you back by 4 pm today with the engineer's arrival slot. In the meantime, please leave the router switched on so that we can run tests on the line remotely.

Thanks,
Aoife
Brightwave Support"""),

C("""Hi Ellie,

Marco has 6 am slots on Mondays, Wednesdays and Fridays at the moment. If you'd like to grab them, reply with the days that suit you and I'll book your first block of sessions today.

See you soon,
Ironworks Gym""",
"""Hi, I want to start PT sessions but I can only do 6am before work. Is that doable? Ellie"""),

C("""Dear Ms Lewandowska,

Thank you for your application for Reception. Siblings of current pupils are high in our admissions criteria, but we can't guarantee a place, as offers are made by the council. You should hear from them on National Offer Day in April.

Kind regards,
Admissions Office
St Brigid's Primary School"""),

C("""Hi Noah 📦

Your new phone has been dispatched with next-day delivery. Tracking shows Thursday, although couriers can run a day late at busy times, so if it hasn't arrived by Thursday evening, message me and I'll send a replacement from our London store.

Cheers,
Volt Mobile""",
"""My old phone just died and I need the new one for work on Friday. Can you make sure it comes in time? Noah"""),

C("""Hi Raj,

I'm sorry about Monday's outage. We've already credited £40 to your account for the lost hours, and it will appear on your next invoice. Our engineers have also moved your workspace to a new cluster.

Regards,
Lena
Ledgerly Support"""),

C("""Hi Mr Delaney,

Thanks for renewing with us. Your price is fixed for the 24-month contract term, and after that it moves to our standard monthly rate. We'll write to you a month before the term ends.

Regards,
Vireo Mobile"""),

C("""Hi Grace,

Thanks for sending the photos of the water damage. I've passed them to the assessor, who will decide on the claim; most claims like this are settled within two weeks. I'll send you an update next Wednesday either way.

Best,
Megan
Homeshield Insurance""",
"""Hi Megan, I've attached photos of the ceiling after the leak from upstairs. Do you think the claim will go through? Grace"""),

C("""Dear Mr Fontaine,

Your suitcase has been located in Frankfurt. We're aiming to get it on tonight's last flight to Edinburgh, and if that works it should reach your hotel tomorrow morning. I'll email you as soon as it's loaded.

Kind regards,
Baggage Services
Skylark Air"""),

C("""Hi Beth 🛋️

Your sofa is being built this week. Delivery before Christmas is likely, but not certain with the seasonal delays at the depot — I'll confirm the date as soon as it leaves the workshop.

Warm wishes,
Hearth & Home Furniture"""),

C("""Dear Mrs Achterberg,

I've cancelled the card you reported lost and ordered a replacement, which usually arrives within a week. If it hasn't reached you by 20 June, please call us on 0161 496 0855 and we'll send another.

Yours sincerely,
Card Services
Northgate Bank""", locale="en-GB"),
]}

# --------------------------------------------------------------------------- apology
# Positives: the newest incoming message complains or reports a failure, and the draft neither
# apologises nor acknowledges it (even when it fixes the problem). Whole-text label, added by the
# builder. Negatives: complaints met with an apology or acknowledgement; neutral questions (some
# about hypothetical problems) and thanks answered plainly; one draft with no thread.

CASES["apology"] = {"pos": [
C("""Hi Neil,

I've run a line test and it shows a fault at the street cabinet. An engineer is booked for Thursday between 8 am and 1 pm, and you don't need to be at home for the visit. Your fault reference is BW-448120.

Regards,
Helen
Brightwave Support""",
"""My broadband has dropped out every single evening this week. I work from home and this is costing me clients. Sort it out.

Neil Harper
Harper Design Studio"""),

C("""Dear Ms Moreau,

Your delayed baggage file reference is LIS-SK-20931. You can claim for essential items such as clothing and toiletries up to €150; please keep your receipts and upload them through the link in this email. Most delayed bags are delivered within 48 hours.

Kind regards,
Baggage Services
Skylark Air""",
"""My suitcase didn't arrive in Lisbon and nobody at the desk could tell me anything. I have nothing to wear for a wedding tomorrow. This is a disgrace.
Camille Moreau"""),

C("""Hi Oliver,

Please send the kettle back using the prepaid label attached. We'll dispatch the blue one as soon as the courier scans your return, usually the same day.

Thanks,
Kitchen Corner""",
"""I ordered the blue kettle (order #KC-20448) and got a pink one. Not happy, it was meant to be a present.
Oliver"""),

C("""Hi Mrs Sandhu,

The second payment of £62.00 has been refunded to the card ending 8841. It should show on your statement within 3 to 5 working days.

Best wishes,
Reception Team
Greenway Vets""",
"""Hello, I've been charged twice for Luna's booster vaccination on 3 June. Please can you look into this.
Kiran Sandhu"""),

C("""Hi Marco,

The water heater for the men's changing room is being replaced on Wednesday 21 May. Until then, the showers in the studio block are working as normal.

Cheers,
Ironworks Gym""",
"""The showers in the men's changing room have been freezing for two weeks now. I pay £55 a month for this gym and I can't even shower after a session.
Marco"""),

C("""Dear Mr Ali,

A heating engineer has been booked for Tuesday morning between 8 am and 12 pm. Please make sure someone is home to let them in, and leave access to the boiler cupboard clear.

Regards,
Castlegate Lettings""",
"""Our heating has been broken since Friday and we have a three-week-old baby in the flat. We've called twice and nobody has come. This is not acceptable.
Imran Ali, Flat 2"""),

C("""Hi Chidi,

To unlock the app, tap "Forgotten your details?" on the login screen and follow the steps to verify your identity. If it locks again, please call us on 0161 496 0277 and quote reference APP-2271.

Northgate Bank Digital Support""",
"""Your app has locked me out three times this week and I couldn't pay my rent on time because of it. I'm now getting a late fee from my landlord.
Chidi Okafor"""),

C("""Hi Eliza,

Saved filters from before 2 June can be restored under Settings > History > Restore. Pick the date you want, tick "Filters" and click Restore; it takes about a minute.

Best,
Tobias
Trackwise Support""",
"""Your latest update wiped all of my saved filters. That's hours of work gone. Why did nobody test this?
Eliza Brandt"""),

C("""Dear Mrs Kowalski,

The bus operator has confirmed that the 7:45 service was withdrawn on Monday because of driver sickness. A replacement driver is covering the route for the rest of the week, and the timetable is unchanged.

Kind regards,
School Office
Hillcrest Academy""",
"""My daughter Zofia was left waiting at the bus stop for 40 minutes on Monday because the school bus never came, and nobody told us. She's 11.
Joanna Kowalski"""),

C("""Hi Sam,

I can come back on Friday at 10 am to take another look. Please keep the isolation valve under the sink turned off until then.

Cheers,
Dave
D. Marsh Plumbing & Heating""",
"""You fixed the leak under our sink on Monday and it's leaking again — worse than before. Our kitchen cupboard is soaked.
Sam"""),

C("""Hi Leo,

We've added £10 credit to your account. It will be applied automatically to your next order.

The Pronto Eats team""",
"""Our order arrived an hour late and completely cold. We ended up making toast for dinner.
Leo"""),

C("""Dear Mr Nakamura,

You can claim a full refund for the missed journey using the form at the link below. Please include your booking reference and a photo of your ticket; claims are processed within 14 days.

Kind regards,
Customer Relations
Coastline Coaches""",
"""The 16:20 coach from Bristol left early, without us, even though we were at the stop three minutes before departure. We had to pay £70 for a taxi.
Hiro Nakamura"""),

C("""Hi Zoe 👋

Your replacement headphones were dispatched this morning, and the tracking number is DX 4471 0982 GB. Please return the faulty pair in the same box using the label inside.

Thanks,
SoundHouse""",
"""The headphones stopped charging after just one week. Really disappointing for £180.
Zoe"""),

C("""Hi Carys,

Your deposit of £950 was released through the deposit scheme today. You'll get an email from them confirming the payment, and the money normally arrives within 5 working days.

Regards,
Castlegate Lettings""",
"""This is the third time I've asked for my deposit back. I moved out six weeks ago and I've heard nothing.

Carys Morgan

On 2 May 2025, at 09:14, Castlegate Lettings wrote:
> Hi Carys, we'll process your deposit once the check-out report is finalised.
> Regards, Castlegate Lettings"""),

C("""Hi Imran,

I've rebooked you with Chris on Monday 9 June at 5:30 pm. There will be no charge for that session.

Best wishes,
Kinetic Physio Clinic""",
"""I waited 50 minutes past my appointment time yesterday and was then told the physio had gone home. I'd taken the afternoon off work for this.
Imran"""),

C("""Dear Ms Adebayo,

Your policy is active from 1 June and your documents are attached to this email. Your policy number is HX-20231187; please keep it for your records.

Regards,
Homeshield Insurance""",
"""Your website crashed halfway through my renewal and now I've been charged £412 but I have no policy documents. Am I even insured??
Funmi Adebayo"""),

C("""Hi Fran,

I've listened to the recording of your call. Your refund request has been approved and processed today, and the £89.99 will reach your card within 5 working days.

Thanks,
Pedro
Customer Care, Lumen Home""",
"""Your agent hung up on me yesterday in the middle of a sentence. I've been trying to get a refund for three weeks.
Fran Whitfield"""),
],
"neg": [
C("""Hi Neil,

I'm really sorry your connection keeps dropping in the evenings — that's the last thing you need when you work from home. I've run a line test and it shows a fault at the street cabinet, so an engineer is booked for Thursday between 8 am and 1 pm. Your fault reference is BW-448120.

Regards,
Helen
Brightwave Support""",
"""My broadband has dropped out every single evening this week. I work from home and this is costing me clients. Sort it out.

Neil Harper
Harper Design Studio"""),

C("""Dear Ms Moreau,

What an awful start to your trip, especially with a wedding tomorrow. I'm sorry the desk couldn't tell you more. Your delayed baggage reference is LIS-SK-20931, and you can claim up to €150 for essentials — please keep your receipts.

Kind regards,
Baggage Services
Skylark Air""",
"""My suitcase didn't arrive in Lisbon and nobody at the desk could tell me anything. I have nothing to wear for a wedding tomorrow. This is a disgrace.
Camille Moreau"""),

C("""Hi Oliver,

Apologies for the mix-up — you ordered the blue kettle and that's what you should have received. I've sent the blue one out today by express delivery, so it arrives before the birthday; please keep the pink one or give it to a friend.

Thanks,
Kitchen Corner""",
"""I ordered the blue kettle (order #KC-20448) and got a pink one. Not happy, it was meant to be a present.
Oliver"""),

C("""Hi Mrs Sandhu,

Thank you for flagging this: you're right, you were charged twice, and that was our mistake at the till. The second payment of £62.00 has been refunded to the card ending 8841.

Best wishes,
Reception Team
Greenway Vets""",
"""Hello, I've been charged twice for Luna's booster vaccination on 3 June. Please can you look into this.
Kiran Sandhu"""),

C("""Hi Marco,

Two weeks of cold showers isn't acceptable, and I completely understand why you're fed up. The water heater is being replaced on Wednesday 21 May, and we've taken £25 off your June membership.

Cheers,
Ironworks Gym""",
"""The showers in the men's changing room have been freezing for two weeks now. I pay £55 a month for this gym and I can't even shower after a session.
Marco"""),

C("""Dear Mr Ali,

I'm so sorry. Having no heating with a newborn is awful, and you should not have had to call twice. An engineer is booked for tomorrow at 8 am, and two oil-filled heaters are being dropped off at your flat this afternoon.

Regards,
Castlegate Lettings""",
"""Our heating has been broken since Friday and we have a three-week-old baby in the flat. We've called twice and nobody has come. This is not acceptable.
Imran Ali, Flat 2"""),

C("""Hi Eliza,

Losing hours of work is maddening, and it was caused by our update, not by anything you did — we're sorry. Saved filters from before 2 June can be restored under Settings > History > Restore.

Best,
Tobias
Trackwise Support""",
"""Your latest update wiped all of my saved filters. That's hours of work gone. Why did nobody test this?
Eliza Brandt"""),

C("""Dear Mrs Kowalski,

I'm very sorry that Zofia was left waiting; that must have been worrying for you both. The bus operator withdrew the service because of driver sickness and should have told us straight away. We'll now text parents whenever a bus is cancelled.

Kind regards,
School Office
Hillcrest Academy""",
"""My daughter Zofia was left waiting at the bus stop for 40 minutes on Monday because the school bus never came, and nobody told us. She's 11.
Joanna Kowalski""", "en-GB"),

C("""Hi Zoe 👋

Sorry to hear your headphones gave up after just a week — that's really disappointing at that price. Your replacement pair was dispatched this morning with tracking number DX 4471 0982 GB.

Thanks,
SoundHouse""",
"""The headphones stopped charging after just one week. Really disappointing for £180.
Zoe"""),

C("""Hi Sam,

That's not the result either of us wanted, and I'm sorry the leak is back. I can be with you on Friday at 10 am, and there'll be no charge for the return visit.

Cheers,
Dave
D. Marsh Plumbing & Heating""",
"""You fixed the leak under our sink on Monday and it's leaking again — worse than before. Our kitchen cupboard is soaked.
Sam"""),

C("""Hi Alicia,

If tracking shows a delay, just reply to your order email and we'll either upgrade the postage on a replacement or refund the shipping, whichever you prefer. Orders placed before 2 pm usually arrive the next working day.

Thanks,
Paper & Pine""",
"""Hi! What happens if my parcel is late? It's a present for my sister's birthday on the 14th. Alicia"""),

C("""Hi Gareth,

No, you'd only pay the callout fee once the engineer has actually attended. If they can't make the booked slot, we'll ring you to rearrange at no cost.

Thanks,
Hartley Plumbing""",
"""If your engineer doesn't turn up on the day, do I still have to pay the £60 callout fee?
Gareth""", locale="en-GB"),

C("""Hi Mrs Lowe,

Thank you so much — I've passed your message on to Priya, and it really made her day. We hope Pepper is settling back in at home.

Best wishes,
Riverside Veterinary Practice""",
"""Just wanted to say a huge thank you to Priya on reception for helping us get Pepper into her carrier yesterday. She was brilliant.
Diane Lowe"""),

C("""Hi Tomasz,

Your data stays in your account for 30 days after you cancel, so you can export it or reactivate during that time. After 30 days it's permanently deleted from our servers.

Best,
Crateflow Support""",
"""What happens to my data if I cancel my subscription? Is it deleted straight away?
Tomasz"""),

C("""Dear Mr Haddad,

If your first flight is delayed and you miss the connection, you don't need to rebook yourself: as long as both flights are on the same booking, we'll put you on the next available flight at no extra cost.

Kind regards,
Skylark Air Customer Service""",
"""If my first flight is delayed and I miss the connection in Amsterdam, do I have to rebook myself and pay again?
Sami Haddad"""),

C("""Dear Mr Ruiz,

Yes, we offer payment plans for all residential trips: the Year 8 trip can be paid in four monthly instalments through the parent app, starting in September.

Kind regards,
Finance Office
Hillcrest Academy""",
"""Do you offer payment plans for the Year 8 residential trip?
Antonio Ruiz""", locale="en-GB"),

C("""Hi Marta,

Your order #PP-77310 has shipped and should arrive on Thursday. You can follow it with the tracking link in your dispatch email.

Thanks,
Paper & Pine"""),

C("""Hi Lukas,

If your card is lost or stolen abroad, freeze it straight away in the app under Cards > Freeze, then call us on +44 161 496 0990, which is open 24 hours. We can send an emergency replacement card to most countries within 3 working days.

Northgate Bank""",
"""I'm travelling to Canada next month. What should I do if my card gets lost or stolen while I'm there?
Lukas"""),
]}

# --------------------------------------------------------------------------- placeholders
# Positives: template leftovers in many syntaxes; the span is the placeholder with its brackets.
# Negatives: lookalikes (sizes, codes, footnotes, ticket tags, addresses in <>, keys in [], N/A,
# a merge tag or a date format explained to a customer who asked).

CASES["placeholders"] = {"pos": [
C("""Hi ⟦[FIRST NAME]⟧,

Thanks for getting in touch about your broadband speed. I've reset your line from our side, so please restart your router and run a speed test in about an hour.

Regards,
Brightwave Support"""),

C("""Dear ⟦{{customer.first_name}}⟧,

Your annual plan renews on 1 July. There's nothing you need to do; we'll take the payment from the card on file and email you a receipt.

Best,
Ledgerly Billing"""),

C("""Hi Harriet,

Good news: your order ⟦<<ORDER_NUMBER>>⟧ left our warehouse this morning and is on its way to you with Royal Mail Tracked 48.

Thanks,
Bramble & Bee"""),

C("""Hi Kofi,

Your replacement charger was dispatched today. You can follow it here: ⟦[insert tracking link]⟧. Please get in touch if it hasn't arrived within five working days.

Thanks,
Volt Mobile"""),

C("""Hi ⟦*|FNAME|*⟧,

Thanks for signing up to the spring running club! Sessions start on Tuesday at 6:30 pm from the main entrance, and the first three are free.

See you there,
Ironworks Gym"""),

C("""Dear Mr Whitlock,

We have processed a refund of £⟦[AMOUNT]⟧ to your original payment method for the cancelled stay. It should reach you within 5 working days.

Kind regards,
The Old Mill Guesthouse""", locale="en-GB"),

C("""Hi Jenna,

Your engineer visit is booked for ⟦XX/XX/XXXX⟧ in the morning slot. They'll need access to the master socket, which is usually where the phone line enters the house.

Thanks,
Brightwave Support"""),

C("""Hi Ruth,

I've updated the delivery address on your order to your work address, and the confirmation email is on its way.

Kind regards,
⟦[Your Name]⟧
Customer Care, Lumen Home"""),

C("""Dear Mrs Abara,

Coco's dental appointment with ⟦%%VET_NAME%%⟧ is confirmed. Please don't feed her after 8 pm the night before, and drop her off at the clinic between 8 and 8:30 am.

Best wishes,
Greenway Vets"""),

C("""Dear Mr Ivanov,

Your rebooked flight ⟦${flight_number}⟧ departs tomorrow, and your new boarding pass is attached. Check-in closes 45 minutes before departure.

Kind regards,
Skylark Air Customer Service"""),

C("""Dear Ms Quinn,

Thank you for confirming the renewal of your tenancy. Your new tenancy starts on ⟦________⟧, and the rent will remain at £1,150 per month.

Kind regards,
Castlegate Lettings"""),

C("""Hi Devon,

I've looked into order ⟦{order_number}⟧ and it was returned to us by the courier as undeliverable. Could you confirm your full address so we can send it out again?

Thanks,
Stitch & Spool"""),

C("""Hi Amara,

Your refund of ⟦[[refund_amount]]⟧ has been approved and will go back to your PayPal account within 48 hours.

Best,
Kindred Skincare"""),

C("""Hi Felix,

You're booked in for Beginner Spin on ⟦<DATE>⟧ at ⟦<TIME>⟧. Please arrive ten minutes early so the instructor can set up your bike.

Cheers,
PulseFit"""),

C("""Hi Nadia,

Thanks for your patience while we looked into the billing error. ⟦Lorem ipsum dolor sit amet, consectetur adipiscing elit⟧. Your account has been credited with the difference.

Best,
Quillpad Support"""),

C("""Dear Ms Varga,

You can cancel your membership at any time with 30 days' notice. Our full cancellation policy is here: ⟦[TODO: add policy link]⟧.

Kind regards,
Ironworks Gym"""),

C("""Hi ⟦{name}⟧ 👋

🎉 Happy birthday from all of us at Paws & Claws! Here's 15% off your next order with code ⟦{{discount_code}}⟧, valid for 30 days.

Woofs,
Paws & Claws"""),

C("""Dear Mr/Mrs ⟦[SURNAME]⟧,

Thank you for your application to open a joint account. We need one more document to verify your address: a utility bill or bank statement from the last three months.

Yours sincerely,
Northgate Bank"""),

C("""Hi Omar 😊

The balance left on your order is £⟦XX.XX⟧, and you can pay it through the link in your account before we dispatch.

Thanks,
Bramble & Bee"""),
],
"neg": [
C("""Hi Priya,

Good news — the Harbour hoodie in size XXL is back in stock as of this morning. I've reserved one for you for 48 hours; just reply to this email and I'll send a payment link.

Thanks,
Stitch & Spool""",
"""Hi, do you know when the Harbour hoodie will be back in XXL? Priya"""),

C("""Hi Jamal,

Your order #C-58213 was delivered to your safe place at 11:42 today, according to the courier. If you can't find it, let me know and I'll open an investigation.

Thanks,
Bramble & Bee"""),

C("""Dear Mr Castillo,

The representative rate for our Flex Loan is 6.9% APR [1]. For a loan of £8,000 over 5 years, your monthly repayment would be £157.24.

[1] Rates depend on your circumstances and are subject to status.

Yours sincerely,
Northgate Bank Lending Team"""),

C("""Hi Wen,

Your request [#77104] has been updated: our developers have confirmed the export bug and a fix is scheduled for next week's release.

Best,
Trackwise Support"""),

C("""Hi Lucy,

I've copied in our accounts manager, Jamie Fox <jamie.fox@lumenhome.example>, who can send you a VAT invoice for the order.

Kind regards,
Pedro
Customer Care, Lumen Home""", locale="en-GB"),

C("""Dear Mr Agarwal,

On the application form, please write N/A in the "Previous employer" box if you haven't changed jobs in the last three years. The rest of the form looks complete.

Kind regards,
Castlegate Lettings"""),

C("""Dear Ms Ryder,

The "TBC" next to your seat number means the aircraft type for that flight hasn't been confirmed yet. Seats are assigned 72 hours before departure, and you'll see your seat in the app then.

Kind regards,
Skylark Air Customer Service""",
"""Why does my booking say TBC next to the seat? I paid for extra legroom.
Helen Ryder"""),

C("""Hi Georgia,

To greet each subscriber by name, type {{ subscriber.first_name }} wherever the name should appear in your template. When the campaign is sent, it's replaced with each person's first name, and subscribers with no name on file see "there" instead.

Best,
Mailbird Support""",
"""How do I make the newsletter say "Hi Sarah" or "Hi Tom" instead of "Hi everyone"? Georgia"""),

C("""Hi Ahmed,

That error usually means the browser is showing an old copy of the page. Press [Ctrl] + [Shift] + [R] to reload it fully, then log in again.

Thanks,
Quillpad Support"""),

C("""Dear Mrs Oduya,

The online form only accepts dates in the format DD/MM/YYYY, so for 7 March 2016 please type 07/03/2016. After that, the "Next" button should work.

Kind regards,
Admissions Office
St Brigid's Primary School""",
"""I keep getting an error when I enter my son's date of birth on the admissions form. I've typed March 7 2016. What am I doing wrong?
Ngozi Oduya"""),

C("""Hi Mollie,

The Cloud Knit leggings come in XS to 3XL, and the fit is true to size. If you're between sizes, we'd recommend sizing up for a looser fit.

Thanks,
Stitch & Spool"""),

C("""Hi Ingrid 🐶🎂

Happy 5th birthday to Pepper from all of us at Paws & Claws! 🎉 Her birthday treat box is on its way, and we hope she loves the peanut butter biscuits 🦴

Woofs,
Paws & Claws"""),

C("""Dear Mr Kowalczyk,

Your booking reference is XQ7LP2 and your e-ticket number is 125-2388104452. You'll need the booking reference to check in online.

Kind regards,
Skylark Air Customer Service"""),

C("""Hi Pooja,

"TBA" on your exam timetable means the room hasn't been allocated yet. Rooms are published on the student portal two weeks before exams start, and you'll get an email when yours is confirmed.

Best wishes,
Exams Office
Hillcrest Academy""",
"""What does TBA mean next to my chemistry exam on the timetable? Pooja"""),

C("""Dear Ms Frost,

The repair is for Flat 3B, 14 Orchard Road. Our contractor, Smith & Sons, will contact you directly to arrange a time.

Regards,
Castlegate Lettings"""),

C("""Hi Theo,

The merge field in your template is written as %FIRSTNAME%, but our editor uses double curly braces, which is why your emails went out showing the raw field. Replace it with {{ first_name }} and send a test to yourself first.

Best,
Mailbird Support""",
"""Our last campaign went out saying "Dear %FIRSTNAME%" to 3,000 people. What did we do wrong?
Theo Marsh"""),

C("""Hi Sunil,

The XXL pet bed is 110 x 80 cm and fits most large breeds, including Labradors and German Shepherds. It's machine washable at 30 degrees.

Thanks,
Paws & Claws"""),
]}

# --------------------------------------------------------------------------- names
# Positives: the greeting names someone other than the signer of the newest incoming message (a near
# name, a person the customer writes about, a colleague, the sender of quoted history, the pet); the
# span is the wrong name. Negatives: the right first name, title + surname, a common short form,
# "Hi there", a team greeting, unsigned threads, the right signer when quoted history is someone else's.

CASES["names"] = {"pos": [
C("""Hi ⟦Priyanka⟧,

Thanks for the screenshots. The missing invoices were filtered out by the date range; set it to "All time" and they'll reappear.

Best,
Dan at Ledgerly""",
"""Hi, half of my invoices from last year have disappeared from the list. Screenshots attached.

Kind regards,
Priya Raman
Raman & Co Accountants"""),

C("""Hi ⟦Mark⟧,

I've checked your line and the speed drop is caused by interference on the copper. An engineer is booked for Friday morning.

Regards,
Helen
Brightwave Support""",
"""My speeds have dropped from 70 to 12 Mbps since last week. Can you check the line?

Thanks,
Marek"""),

C("""Dear ⟦Oliver⟧,

Thank you for letting us know. I've updated the class list so that Oliver is collected by his grandmother on Wednesdays from next week.

Kind regards,
School Office
Hillcrest Academy""",
"""Hello, from next week my mother will be collecting my son Oliver (Year 3) on Wednesdays instead of me. Her name is Patricia Shaw.

Rebecca Shaw"""),

C("""Dear Mrs ⟦Okoye⟧,

Thank you for sending your meter readings. Your next bill will use them, and your monthly direct debit stays at £96.

Kind regards,
Evergreen Energy""",
"""Please find my meter readings below. Electricity: 04512. Gas: 01877.

Mrs J. Okafor"""),

C("""Hi ⟦Biscuit⟧,

Thanks for booking in for the booster. We've got you down for Saturday at 10:20 am with Dr Evans, and the appointment takes about 15 minutes.

Best wishes,
Riverside Veterinary Practice""",
"""Hi, I'd like to book Biscuit in for his annual booster, ideally on a Saturday morning.

Thanks,
Tom Fairweather"""),

C("""Hi ⟦Jorge⟧,

Thanks for forwarding this. I've checked the order and the missing item was sent separately; it should arrive tomorrow.

Regards,
Lumen Home""",
"""Hi, forwarding this from my partner — can you help? It's under my account.
Lena Sorensen

---------- Forwarded message ---------
From: Jorge Alvarez
Subject: Missing lamp

The floor lamp wasn't in the box. Jorge"""),

C("""Hi ⟦Sinéad⟧,

Thanks for your message. Your membership has been paused from 1 July to 31 August, and nothing will be taken during that time.

Cheers,
Ironworks Gym""",
"""Hi, could I freeze my membership for July and August? I'm away for the summer.

Siobhán"""),

C("""Hi ⟦Gary⟧,

Thanks for letting us know about the noise. I've written to the tenant in Flat 5 to remind them of the quiet hours in the lease.

Regards,
Castlegate Lettings""",
"""The tenant above me (Gary, flat 5) has been playing loud music until 2am most nights this week. Can you please do something about it?

Aleksander Nowak
Flat 3"""),

C("""Dear ⟦Paul⟧,

Thank you for confirming the new opening hours. I've updated the practice listing on our booking system, and the change will go live tonight.

Kind regards,
Practice Support Team
BookWell""",
"""Hello, our director, Paul Grainger, has asked me to update our Saturday opening hours to 9am–1pm from next month.

Many thanks,
Chloe Baptiste
Office Manager, Brightside Dental"""),

C("""Hello ⟦Youssef⟧,

Your refund for the cancelled lesson has been processed and will reach your card within 5 working days.

Thanks,
Drive Right Driving School""", locale="en-GB",
thread="""My lesson on Thursday was cancelled by the instructor at the last minute. Can I have a refund please?
Yusuf"""),

C("""Dear Mrs ⟦Hartley⟧,

Thank you for your email about the reading scheme. I've asked the Year 2 team to send home the next set of books on Monday.

Kind regards,
School Office
Ashgrove Primary""",
"""Dear School Office, Amélie's teacher, Mrs Hartley, mentioned she would move up a reading level, but she's still bringing home the same books. Could you check?
Best wishes,
Claire Dubois"""),

C("""Dear Mr ⟦Asante⟧,

Thank you for your request. I've added your wife as a joint holder on the savings account, and you'll both receive a confirmation letter within 7 days.

Yours sincerely,
Northgate Bank""",
"""I'd like to add my wife, Abena Asante, as a joint holder on our savings account ending 4410.
Kwame Mensah"""),

C("""Hi ⟦Jen⟧,

Great to hear you're enjoying the classes! I've moved you onto the 7 pm HIIT session from next week.

Cheers,
PulseFit""",
"""Hi, loving the classes! Could I move from the 6pm HIIT to the 7pm one please?
Jess x"""),

C("""Dear ⟦Margaret⟧,

Thank you for your message. I've added a wheelchair assistance request to both flights on the booking, and staff will meet the flight at the gate in Faro.

Kind regards,
Skylark Air Special Assistance""",
"""My mother, Margaret Ellis, is 84 and will need wheelchair assistance on both flights. Booking ref HZ42QP.
David Ellis"""),

C("""Hi ⟦Rosa⟧,

I've checked the account and the extra charge was for calls to a premium-rate number. I've put a bar on premium numbers so it can't happen again.

Regards,
Vireo Mobile""",
"""I still don't understand what this £38 charge is. Can you explain?
Luis Delgado

On Tue, 4 Mar 2025 at 18:02, Rosa Delgado wrote:
> Hi, there's a charge of £38 on our family plan that we don't recognise. Can someone check?
> Rosa"""),

C("""Hi ⟦Anna⟧,

Thanks for the photo. That's a worn washer in the mixer tap, and I can replace it on Tuesday afternoon for £65.

Cheers,
Tom
Hartley Plumbing""",
"""Hi Tom, photo of the dripping tap attached. When could you fix it?
Hannah"""),

C("""Hi ⟦Ines⟧,

Thanks for flagging this. SAML sign-in was failing because the certificate on your identity provider expired on Sunday; once it's renewed, sign-in will work again.

Best,
Anouk
Crateflow Support""",
"""Hi team, nobody in our company can log in with SSO this morning. My colleague Ines set it up last year, but she's on leave.

Tomasz Zielinski
Lead Engineer, Northwind Logistics"""),
],
"neg": [
C("""Hi Priya,

Thanks for the screenshots. The missing invoices were filtered out by the date range; set it to "All time" and they'll reappear.

Best,
Dan at Ledgerly""",
"""Hi, half of my invoices from last year have disappeared from the list. Screenshots attached.

Kind regards,
Priya Raman
Raman & Co Accountants"""),

C("""Hi Rob,

Thanks for sending the photo. That's a faulty pressure relief valve, and I can replace it on Thursday morning for £85 including parts.

Cheers,
Dave
D. Marsh Plumbing & Heating""",
"""Hi Dave, there's water dripping from the pipe outside the boiler. Photo attached.
Robert Fielding"""),

C("""Dear Ms Grant,

Thank you for your enquiry about the two-bedroom flat on Elm Street. Viewings are available on Saturday between 10 am and 2 pm; reply with a time that suits you.

Kind regards,
Castlegate Lettings""",
"""Hello, is the two-bedroom flat on Elm Street still available? I'd like to arrange a viewing.
Elizabeth Grant""", locale="en-GB"),

C("""Hi Kate,

Your new monthly plan starts on your next billing date, and you'll keep all your unused data until then.

Thanks,
Vireo Mobile""",
"""Can I switch to the 30GB plan from next month?
Katherine Boyle"""),

C("""Hi Daniel,

Your return has been received at our warehouse, and the refund of £64.50 was issued today.

Thanks,
Stitch & Spool""",
"""Has my return arrived yet? I sent it back last week.

Sent from my iPhone"""),

C("""Hi there,

Thanks for your question. Our vet team can see rabbits on weekdays and Saturday mornings, and the first consultation is £42.

Best wishes,
Riverside Veterinary Practice""",
"""Hello, do you see rabbits, and how much is a first consultation?
T. Baker"""),

C("""Hello Harbourside team,

Thanks for choosing Ledgerly for your practice. Your five user licences are active, and each person will receive an invitation email today.

Best,
Dan at Ledgerly""",
"""We've just upgraded to the Team plan. Can you activate the five licences?

The Harbourside Physio team""", locale="en-GB"),

C("""Hi Luis,

I've checked the account and the £38 charge was for calls to a premium-rate number. I've put a bar on premium numbers so it can't happen again.

Regards,
Vireo Mobile""",
"""I still don't understand what this £38 charge is. Can you explain?
Luis Delgado

On Tue, 4 Mar 2025 at 18:02, Rosa Delgado wrote:
> Hi, there's a charge of £38 on our family plan that we don't recognise. Can someone check?
> Rosa"""),

C("""Hi Femi,

Thanks for your patience. I've passed the details to our engineer, Gareth, who will call you this afternoon to arrange a visit.

Regards,
Brightwave Support""",
"""The engineer never turned up yesterday. Can someone please rebook?
Femi Adeyemi"""),

C("""Dear Dr Rao,

Thank you for registering Max with us. His first appointment is on Monday at 4:15 pm with Dr Evans, and please bring his vaccination card.

Best wishes,
Riverside Veterinary Practice""",
"""I'd like to register our cat, Max, with your practice and book a check-up.
Dr Anjali Rao"""),

C("""Dear Mx Tate,

Thank you for your enquiry about the sixth-form open evening. It takes place on Thursday 16 October from 6 pm, and booking isn't required.

Kind regards,
Admissions Office
Hillcrest Academy""",
"""When is the sixth-form open evening this year, and do I need to book?
Mx Rowan Tate""", locale="en-GB"),

C("""Good morning Aoife,

Your flight change has been confirmed, and your new e-tickets are attached. There's no change fee on your fare.

Kind regards,
Skylark Air Customer Service""",
"""Could I move my flight to Cork from the 12th to the 14th? Thanks, Aoife"""),

C("""Hi Tom and Priya,

Congratulations on the new flat! Your broadband will go live on 3 July, and the router is being delivered on 1 July.

Thanks,
Brightwave Support""",
"""We're moving into 22 Linden Road on 1 July and want our broadband moved over.
Tom & Priya"""),

C("""Dear Sir or Madam,

Thank you for your letter. Your complaint has been logged under reference CR-55102, and a member of our complaints team will respond within 8 weeks, as required by the regulator.

Yours faithfully,
Northgate Bank""",
"""I wish to make a formal complaint about the handling of my mortgage application."""),

C("""Hi Grace,

Thanks for updating us. I've added Ben as a second contact on your account so he can speak to us about the claim too.

Best,
Megan
Homeshield Insurance""",
"""Hi Megan, thanks for your help so far.
Grace

P.S. My husband Ben might call about the claim next week — is that OK?"""),

C("""Hi Bill,

Thanks for your booking request. The 7 am court is free on Saturday, and I've reserved it for you for 90 minutes.

Cheers,
Ironworks Gym""",
"""Can I book a squash court for 7am on Saturday? William Carter"""),

C("""Hi Alejandro,

Good news — the replacement screen for your laptop arrived today, and the repair will be done by Friday. We'll text you when it's ready for collection.

Thanks,
FixPoint Repairs""",
"""Any news on my laptop repair?

Best,
Alejandro Ruiz

On 10 Jun 2025, FixPoint Repairs wrote:
> Hi Alejandro, we're waiting for the replacement screen to arrive from the supplier.
> Thanks, Kayla"""),
]}

# --------------------------------------------------------------------------- privacy
# Positives: a full card number (Luhn digit computed by card()), a security code, a password, or a
# one-time / verification / backup code / PIN written into the draft; the span is the value only.
# Negatives: last four digits, masked numbers, advice never to share, reset links, order / phone /
# tracking / booking / meeting / membership numbers, promo codes, the business's own bank details.

CASES["privacy"] = {"pos": [
C(f"""Hi Rachel,

I've checked your account and the card we have on file for your membership is ⟦{card('4539 1488 0343 646')}⟧, expiring 08/27. If that's out of date, you can update it in the app under Payments.

Cheers,
Ironworks Gym"""),

C(f"""Dear Mr Brooks,

The payment for booking HZ42QP was taken from card number ⟦{card('5412-7534-9012-881')}⟧ on 14 May. If you don't recognise it, please call your bank.

Kind regards,
Skylark Air Customer Service""", locale="en-GB"),

C(f"""Hi Diane,

I've set up the payment plan for Pepper's surgery. The first instalment of £120 will be taken on 1 July from the Amex you gave us on the phone, ⟦{card('3782 914056 2273')}⟧.

Best wishes,
Riverside Veterinary Practice""", locale="en-GB"),

C(f"""Hi Sanjay,

The order was placed with a Discover card, ⟦{card('6011 5730 2289 164')}⟧, and the billing address didn't match, which is why it was held for review. Please reply to confirm the address and we'll release it.

Thanks,
Kindred Skincare"""),

C(f"""Hi Ollie,

Your replacement card details are below so you can update your subscriptions: card number ⟦{card('491876233405178')}⟧, valid until 11/28, security code ⟦417⟧.

Northgate Bank Card Services"""),

C("""Hi Grace,

I've reset your account and your temporary password is ⟦Harbour!2291⟧. You'll be asked to choose a new one the first time you log in.

Best,
Megan
Homeshield Insurance"""),

C("""Hi Callum,

I've reset the admin login for your router. You can now sign in at 192.168.1.1 with the username admin and the password ⟦Kestrel-58-lamp⟧.

Thanks,
Aoife
Brightwave Support"""),

C("""Hi Wen,

As requested, here are two of your backup codes so you can get back into your account while your phone is being repaired: ⟦7731-0942⟧ and ⟦5528-1160⟧. Each code works once.

Best,
Trackwise Support"""),

C("""Hi Mr Haddad,

The verification code for your booking change is ⟦482913⟧. Enter it on the Manage Booking page within 10 minutes to confirm the new dates.

Kind regards,
Skylark Air Customer Service"""),

C("""Dear Mrs Patel,

Arjun's login for the reading app is arjun.p4 and his password is ⟦tiger42⟧. He can change it once he's signed in for the first time.

Kind regards,
Mrs Denholm
Year 4 Office, Ashgrove Primary"""),

C("""Dear Mr Lindqvist,

As requested, your telephone banking PIN has been reset to ⟦8205⟧. Please change it the next time you call us.

Yours sincerely,
Northgate Bank Customer Support"""),

C("""Hi Ellie 💪

Welcome to Ironworks! I've set your app password to ⟦PulseIron2025!⟧ so you can book classes straight away — feel free to change it after logging in.

See you soon,
Ironworks Gym"""),

C("""Hi Kofi 🔐

Here's the one-time passcode you asked for: ⟦390 771⟧. It expires in 15 minutes, so please enter it on the login page now.

Thanks,
Volt Mobile"""),

C(f"""Hi Mrs Abara 🐾

Thanks for paying Coco's bill over the phone earlier. For your records, the payment of £186.40 was taken from card ⟦{card('4929 3020 1184 553')}⟧ and your receipt is attached.

Best wishes,
Greenway Vets"""),

C("""Dear Ms Quinn,

Your login for the tenant portal is your email address, and the password we've set is ⟦Flat4B-Elm!⟧. You can report repairs and download your tenancy agreement there.

Kind regards,
Castlegate Lettings"""),

C("""Hi Tomasz,

The security team has disabled two-factor authentication on your account for 24 hours. To sign in, use the emergency access code ⟦QX7M-2PLK-9WTR⟧ together with your normal password.

Best,
Anouk
Crateflow Support"""),

C(f"""Hi Ruth,

I've refunded the £49.99 to the Mastercard the order was placed with, ⟦{card('2221 0087 3341 509')}⟧. It can take up to 5 working days to appear on your statement.

Kind regards,
Pedro
Customer Care, Lumen Home"""),

C("""Hi Jenna 😊

Your engineer will ask for the delivery release code when they drop off the router: it's ⟦5190⟧. Please have it ready at the door.

Thanks,
Brightwave Support"""),
],
"neg": [
C("""Hi Rachel,

I've checked your account and your membership is paid by the Visa card ending 4417, which expires 08/27. If that's out of date, you can update it in the app under Payments.

Cheers,
Ironworks Gym"""),

C("""Dear Mr Brooks,

The payment for booking HZ42QP was taken from the card **** **** **** 9012 on 14 May. If you don't recognise the card, please call the bank that issued it.

Kind regards,
Skylark Air Customer Service""", locale="en-GB"),

C("""Hi Grace,

We'll never ask for your password or full card number by email or phone. If you get a message claiming to be from us that asks for either, please forward it to security@homeshield.example and delete it.

Best,
Megan
Homeshield Insurance"""),

C("""Hi Marcus,

Use the link below to reset your password; it expires in 30 minutes. Your new password must be at least 12 characters long and include a number.

https://app.driftbox.example/reset

Regards,
Fernando
Driftbox Support"""),

C("""Hi Devon,

Your order #NW-118204 left our warehouse today. If you have any questions about delivery, our team is on 020 7946 0391, Monday to Friday, 9 am to 5 pm.

Thanks,
Stitch & Spool"""),

C("""Hi Zoe,

Your parcel's tracking number is 6139 4420 8817 5526 90, and it's currently at the local depot. You can follow it on the courier's website.

Thanks,
SoundHouse"""),

C("""Hi Amara 🎁

Thanks for being a loyal customer! Here's 15% off your next order with the code GLOW15, valid until 30 June.

Best,
Kindred Skincare"""),

C("""Dear Mr Kowalczyk,

Your booking reference is XQ7LP2. You'll need it, together with your surname, to check in online from 24 hours before departure.

Kind regards,
Skylark Air Customer Service"""),

C("""Hi Tomasz,

Here are the details for tomorrow's onboarding call: meeting ID 851 2290 4431, passcode shared in the calendar invite. It should take about 45 minutes.

Best,
Anouk
Crateflow Support"""),

C("""Dear Mr Whitlock,

To pay the balance by bank transfer, please use our account: The Old Mill Guesthouse Ltd, sort code 20-45-77, account number 13920584, with your booking reference as the payment reference.

Kind regards,
The Old Mill Guesthouse"""),

C("""Hi Chidi,

Please never share your PIN or your one-time passcodes with anyone, including us. If someone has asked you for them, freeze your card in the app and call us on 0161 496 0277.

Northgate Bank Digital Support"""),

C("""Hi Aoife,

We've sent a six-digit code by text to the mobile number ending 118. Please type it into the app yourself — don't send it to us by email.

Thanks,
Vireo Mobile"""),

C("""Hi Sam 🔧

The serial number on your boiler is 47-311-52 / GC 4731152, which confirms it's still under the 7-year warranty. I'll register the repair with the manufacturer.

Cheers,
Dave
D. Marsh Plumbing & Heating"""),

C("""Hi Harriet,

Your membership number is 00418827, and it's printed on the back of your welcome card too. Quote it whenever you book a class over the phone.

Cheers,
PulseFit"""),

C("""Dear Mrs Achterberg,

For your security we've stopped the card ending 3310, and the replacement will have a new number. Your PIN stays the same, and we'll never ask you to tell us what it is.

Yours sincerely,
Card Services
Northgate Bank"""),

C("""Hi Kofi,

Your IMEI doesn't need to be sent to us — we can see the handset on your account. Your SIM number ends in 7702, and your new eSIM QR code is attached.

Thanks,
Volt Mobile"""),

C("""Hi Mrs Patel,

Password resets for the reading app are done by the class teacher. Mrs Denholm will send Arjun a new login card in his book bag tomorrow, so please don't email it to us.

Kind regards,
Year 4 Office, Ashgrove Primary"""),
]}

# --------------------------------------------------------------------------- spelling
# Positives: misspellings agents really type; the span is the misspelled word. Every case states its
# locale. Negatives: hard words spelled right; brands, product codes, people's names, URLs and e-mail
# addresses; British spellings under en-GB; "canceled" under en-US.

CASES["spelling"] = {"pos": [
C("""Hi Leah,

Thanks for your order. Unfortunately the guest book you chose is ⟦temporarly⟧ out of stock, but we expect more on Friday and will send yours then.

Thanks,
Lottie at Paper & Pine""", locale="en-US"),

C("""Dear Ms Brennan,

I've checked with the hotel and your ⟦accomodation⟧ is confirmed for three nights from 12 August, with breakfast included.

Kind regards,
Skylark Holidays""", locale="en-GB"),

C("""Hi Neil,

The fault ⟦occured⟧ at the street cabinet, not inside your home, so there's no charge for the engineer's visit on Thursday.

Regards,
Helen
Brightwave Support""", locale="en-GB"),

C("""Hi Devon,

Could you confirm your full delivery ⟦adress⟧, including the flat number? The courier returned the parcel as undeliverable.

Thanks,
Stitch & Spool""", locale="en-US"),

C("""Hi Mrs Tan,

Dr Evans has looked at Biscuit's results and doesn't ⟦beleive⟧ any further tests are ⟦neccessary⟧ at this stage. She'd like to see him again in three months.

Best wishes,
Riverside Veterinary Practice""", locale="en-GB"),

C("""Hi Jordan,

I'd ⟦reccomend⟧ turning on daily backups under Settings > Data, so a copy of your records is always kept for 30 days.

Best,
Anouk
Crateflow Support""", locale="en-US"),

C("""Hi Ellie,

Marco can see you ⟦tommorow⟧ at 6 am for your first session. Please bring water and a towel.

See you soon,
Ironworks Gym""", locale="en-GB"),

C("""Dear Mr Hallam,

⟦Unfortunatly⟧ we can't refund the overdraft fee, because the payment went out before your salary arrived. I've set up a low-balance alert so you get a text next time.

Kind regards,
Sunita Rao
Northgate Bank""", locale="en-GB"),

C("""Hi Mr Collins 🐶

Bella's vaccination was ⟦succesful⟧ and she was a very good girl. Her next booster is due in 12 months, and we'll send you a reminder.

Best wishes,
Oakfield Veterinary Clinic""", locale="en-GB"),

C("""Hi Oliver,

I'm sorry you were ⟦dissapointed⟧ with the kettle colour. I've arranged a free collection for Monday, and the blue one will go out as soon as it's back with us.

Thanks,
Kitchen Corner""", locale="en-GB"),

C("""Hi Sarah,

I've moved your ⟦shedule⟧ around so I can fit the valve on Wednesday afternoon. I'll text you when I'm on my way.

Cheers,
Tom
Hartley Plumbing""", locale="en-GB"),

C("""Dear Mrs Kowalski,

Thank you for your email. I ⟦acknowlege⟧ that the bus service has not been good enough this term, and I've raised it with the operator.

Kind regards,
School Office
Hillcrest Academy""", locale="en-GB"),

C("""Hi Raj 😊

Thanks for the feedback about your onboarding ⟦experiance⟧. I've shared it with the team, and we're adding a short video guide next month.

Regards,
Lena
Ledgerly Support""", locale="en-US"),

C("""Dear Ms Hughes,

The boiler is due for its annual ⟦maintainance⟧ visit next week. Our engineer will need access to the flat on Tuesday between 9 am and 1 pm.

Regards,
Castlegate Lettings""", locale="en-GB"),

C("""Hi Ruth,

I've attached your ⟦reciept⟧ for the lamp. The courier has confirmed that ⟦thier⟧ driver collected the shade, so your refund will reach your account within 5 working days.

Kind regards,
Pedro
Customer Care, Lumen Home""", locale="en-US"),

C("""Hi Callum 🔧

Our ⟦techician⟧ will arrive between 8 am and 12 pm on Friday. Please make sure the router is plugged in and switched on.

Thanks,
Aoife
Brightwave Support""", locale="en-GB"),

C("""Dear Mrs Abara,

Coco is ready to be collected from the ⟦vetinary⟧ hospital after 4 pm. She'll be a little sleepy this evening, which is ⟦completly⟧ normal after an anaesthetic.

Best wishes,
Greenway Vets""", locale="en-GB"),

C("""Hi Nadia,

Our new desk is ⟦availible⟧ in oak or white, and both colors ship within two weeks. Let me know which one you'd like and I'll reserve it.

Thanks,
Oak & Anvil""", locale="en-US"),

C("""Hi Tasha,

The studio will be closed for two days ⟦begining⟧ Monday while the new flooring goes down. Your classes have been moved to the main hall.

Cheers,
Liam
PulseFit Canary Wharf""", locale="en-GB"),
],
"neg": [
C("""Hi Leah,

Thanks for your order. Unfortunately the guest book you chose is temporarily out of stock, but we expect more on Friday and will send yours then.

Thanks,
Lottie at Paper & Pine""", locale="en-US"),

C("""Dear Ms Brennan,

I've checked with the hotel, and they can accommodate an early check-in at 11 am. Your room is confirmed for three nights from 12 August, with breakfast included.

Kind regards,
Skylark Holidays""", locale="en-GB"),

C("""Hi Mr Okonjo,

The Vaillant ecoTEC plus 832 you asked about is in stock, and the Worcester Bosch Greenstar 4000 is available from next week. Both come with a 10-year warranty when fitted by us.

Cheers,
Tom
Hartley Plumbing""", locale="en-GB"),

C("""Hi Saoirse,

I've passed your message to Tadhg and Oluwaseun on the coaching team, and one of them will call you about the junior squad trials.

Cheers,
Ironworks Gym""", locale="en-GB"),

C("""Hi Krzysztof,

Your Garmin Forerunner 265 and the Sonos Era 100 have both shipped in one parcel. Your order code is GX-22B-0417.

Thanks,
Volt Mobile""", locale="en-US"),

C("""Hi Wen,

You can find the setup guide at https://help.trackwise.example/docs/sso-setup-okta and our status page at https://status.trackwise.example. If anything's unclear, email jnsmth-support@trackwise.example.

Best,
Trackwise Support""", locale="en-US"),

C("""Dear Mrs Abara,

Coco's prescription for Apoquel has been renewed, and her Bravecto flea treatment is due next month. Both will be ready for collection from reception tomorrow.

Best wishes,
Greenway Vets""", locale="en-GB"),

C("""Hi Tasha,

I've cancelled your April payment, and the studio will be closed on Saturday while we organise the new timetable. Your favourite Pilates class moves to the main hall from next week.

Cheers,
Liam
PulseFit Canary Wharf""", locale="en-GB"),

C("""Dear Mr Osei,

Your tenancy renewal has been finalised. The landlord has authorised the new carpet in the living room, and the fitters will contact you to arrange a time.

Kind regards,
Holly Grant
Castlegate Lettings""", locale="en-GB"),

C("""Dear Mrs Patel,

Thank you for your enquiry about the after-school programme. The enrolment form is attached, and the programme runs from the first week of the autumn term.

Kind regards,
Mrs Denholm
Year 4 Office, Ashgrove Primary""", locale="en-GB"),

C("""Hi Jordan,

I've canceled the duplicate subscription, and you'll see the refund on your statement within a week. Your main workspace hasn't been affected.

Best,
Anouk
Crateflow Support""", locale="en-US"),

C("""Hi Sanjay 😊

Your order of the Kindred Glow Serum (SKU KGS-30ML-V2) and the SPF 50 moisturizer is on its way. You can pay in three installments with Klarna if you'd prefer.

Thanks,
Kindred Skincare""", locale="en-US"),

C("""Hi Mr Collins 🐶

Bella's vaccination was successful and she was a very good girl. Her next booster is due in 12 months, and we'll send you a reminder.

Best wishes,
Oakfield Veterinary Clinic""", locale="en-GB"),

C("""Hi Nadia,

Our new desk is available in oak or white, and both colors ship within two weeks. It definitely fits the separate monitor arm you asked about.

Thanks,
Oak & Anvil""", locale="en-US"),

C("""Hi Callum,

The fault occurred in the exchange, so you didn't need to be home. I've received confirmation from Openreach that it's fixed, and the line has been stable since 3 am.

Thanks,
Aoife
Brightwave Support""", locale="en-GB"),

C("""Dear Ms Nakashima-Whitfield,

Your suitcase has been traced to Schiphol and will be sent on the KL1023 to Edinburgh. The baggage team will contact you once it lands.

Kind regards,
Baggage Services
Skylark Air""", locale="en-GB"),

C("""Hi Dorota,

Thanks for the tyre photos. The tread is below 2 mm, so we'd recommend replacing both front tyres; we have Michelin and Pirelli in your size, and fitting takes about an hour.

Cheers,
Kwik Lane Autos""", locale="en-GB"),

C("""Hi Thandiwe,

Sorry for the delay in getting back to you. I've changed the colour of your engraving to grey and rescheduled the dispatch for Thursday.

Thanks,
Paper & Pine""", locale="en-GB"),
]}

# === CASES END ===


# --------------------------------------------------------------------------- invariants
# The format, the shared invariants and the build steps are the core sets' (../core_format.py);
# below is only what is this set's own.

CARD_LIKE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
BUILTIN_GB = {"colour", "colours", "favourite", "organise", "organised", "apologise", "apologised",
              "cancelled", "cancelling", "centre", "programme", "licence", "behaviour", "realise",
              "recognise", "judgement", "catalogue", "enrol", "enrolment", "metres", "litres", "grey"}


def own_checks(rows: list[dict], _set: CoreSet) -> list[str]:
    errors: list[str] = []
    for r in rows:
        rid, cat = r["id"], r["category"]
        # card numbers: labelled ones pass Luhn; no unlabelled Luhn-valid 13-19 digit run anywhere
        for field in ("text", "thread"):
            s = r[field] or ""
            for m in CARD_LIKE.finditer(s):
                if not luhn_valid(m.group()):
                    continue
                inside = field == "text" and cat == "privacy" and any(
                    lab["py_start"] <= m.start() and m.end() <= lab["py_end"] for lab in r["labels"])
                if not inside:
                    errors.append(f"{rid}: unlabelled Luhn-valid number in {field}: {m.group()}")
        if cat == "privacy":
            for lab in r["labels"]:
                digits = re.sub(r"[ -]", "", lab["text"])
                if digits.isdigit() and 13 <= len(digits) <= 19 and not luhn_valid(digits):
                    errors.append(f"{rid}: labelled card number fails Luhn: {lab['text']}")
    return errors


SET = CoreSet(
    builder=__file__, out_name="core_holdout.jsonl", id_prefix="holdout",
    source="tactful held-out set (hand-written)", cases=lambda: {c: (s["pos"], s["neg"]) for c, s in CASES.items()},
    doc=__doc__, per_side=(15, 15), min_astral_labels=10, gb_extra=frozenset(BUILTIN_GB), checks=own_checks,
)

if __name__ == "__main__":
    sys.exit(SET.main())
