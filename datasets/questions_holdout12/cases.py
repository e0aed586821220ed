"""Hand-written cases of the twelfth held-out `questions` set (built by build_questions_holdout12.py).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one value per
span, in order; ``draft`` holds one ‸ where the missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded mail, signature or disclaimer does. Written blind (README.md).
"""

Y, N = True, False
YN, WHEN, WHERE, HM, HOW, WHICH, WHY, REQ = (
    "yes/no", "when", "where", "how much", "how", "which", "why", "request")


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
    # --- opera house box office -----------------------------------------------------------
    case("""\
Dear Box Office,

I’ve booked two seats in the Grand Tier for La bohème on Saturday 19 December (order OH-448120). ⟦Could you tell me whether the performance has surtitles?⟧ My mother is hard of hearing, so ⟦is there an induction loop in the Grand Tier?⟧ And ⟦how long is the interval?⟧

Many thanks,
Margaret Ellory""",
         [Y, Y, N], [YN, YN, WHEN],
         """\
Dear Ms Ellory,

Thank you for booking with us. Every performance of La bohème is surtitled in English, with screens visible from all Grand Tier seats. The Grand Tier is fitted with an induction loop; just switch your mother’s hearing aid to the T setting.‸

We hope you both enjoy the evening.

Kind regards,
Priya Nandakumar
Box Office, Thameside Opera"""),

    case("""\
Hi there,

We have tickets for Tosca on Thursday, January 14 but my husband's surgery just got moved to that week. ⟦Can we exchange them for a later date?⟧ ⟦If there's a fee for that, how much is it?⟧ Also ⟦which dates in February still have orchestra seats?⟧

Thanks,
Dana Whitcomb

Sent from my iPhone""",
         [Y, N, N], [YN, HM, WHICH],
         """\
Dear Ms Whitcomb,

I’m sorry to hear about your husband’s surgery, and I hope it goes smoothly. Our exchange policy allows tickets to be exchanged for another performance in the same season up to 48 hours before curtain up, subject to availability.‸ Please reply with your preferred date and I’ll do the rest.

With best wishes,
Tom Aske
Box Office, Thameside Opera"""),

    case("""\
Perfect, thank you so much! See you on the night.

Harriet

On Fri, 4 Dec 2026 at 16:12, Thameside Opera Box Office <boxoffice@thamesideopera.example.org> wrote:
> Dear Harriet,
> Yes, the cloakroom is free and opens an hour before curtain up.
>
> On Thu, 3 Dec 2026 at 09:40, Harriet Lowe <h.lowe@example.co.uk> wrote:
>> Is the cloakroom free? And what time does it open?""",
         [], [],
         """\
Dear Harriet,

You’re very welcome. Enjoy the performance!

Best wishes,
Box Office, Thameside Opera""",
         quoted_only=True),

    case("""\
Hello,

I’m organising a trip for our Year 12 music students to The Magic Flute in February. A few questions:

1. ⟦Do you offer a schools discount for groups of 20 or more?⟧
2. ⟦How many free teacher tickets come with a group of 24 students?⟧
3. ⟦Is it possible to hold seats for a week while I collect payments from parents?⟧
4. ⟦Could you send me a booking form?⟧

Thanks in advance,
Mr K. Obuya
Head of Music, Ridgeway Academy""",
         [Y, Y, N, Y], [YN, HM, YN, REQ],
         """\
Dear Mr Obuya,

Thank you for thinking of us for your students’ trip. School groups of 20 or more pay £12 a ticket instead of the full price, and we include one free teacher ticket for every ten students, so you’d have two. I’ve attached our schools booking form.‸

Best wishes,
Elin Roberts
Learning & Participation, Thameside Opera"""),

    case("""\
Hello,

I'm visiting London from Chicago in January and would love to see Carmen on Friday, January 8. I use a wheelchair. ⟦Which performances have wheelchair spaces left?⟧ ⟦Can my companion sit next to me?⟧ ⟦Is there accessible parking nearby?⟧

Best,
Lorraine DuBois""",
         [Y, Y, Y], [WHICH, YN, YN],
         """\
Dear Ms DuBois,

Thank you for getting in touch, and we’d be delighted to welcome you. Wheelchair spaces are still available for Carmen on 8, 13 and 21 January, and each space has a companion seat right beside it. I’m checking parking options with our access team and will email you the details by Wednesday 9 December.

Warm regards,
Tom Aske
Box Office, Thameside Opera"""),

    # --- kitchen-appliance manufacturer's warranty desk --------------------------------------
    case("""\
To whom it may concern,

This is the THIRD time I’ve written. My Vellora DW600 dishwasher has leaked twice since October and your engineer still hasn’t turned up. ⟦Why was Tuesday’s appointment cancelled without anyone telling me?⟧ I took a day off work for it. ⟦When is the engineer actually coming?⟧ And frankly ⟦I want a replacement machine, not another repair.⟧ ⟦Is that covered under the 5-year warranty or not?⟧

R. Pettigrew
Claim ref VW-2291-0448""",
         [Y, Y, N, N], [WHY, WHEN, REQ, YN],
         """\
Dear Mr Pettigrew,

I’m very sorry for the trouble you’ve had with your dishwasher and for having to write to us again. Tuesday’s visit was cancelled because the engineer’s van broke down on the way to his first call, and we should have phoned you; I apologise that nobody did. I’ve booked a senior engineer for Thursday 10 December between 8 am and 12 noon.‸

Kind regards,
Joanne Birch
Warranty Desk, Vellora Appliances"""),

    case("""\
Hello,

I buy the oven Vellora BO45 in March 2025 from Curtis Electrical. Now the fan is making very loud noise. ⟦Is still in warranty?⟧ I have receipt but not the box. ⟦What documents I need to send you?⟧ And ⟦where I find the serial number, please?⟧

Thank you very much
Katarzyna Wójcik""",
         [Y, Y, Y], [YN, WHICH, WHERE],
         """\
Dear Katarzyna,

Thank you for getting in touch. Your oven comes with a two-year manufacturer’s guarantee from the date of purchase, so a fault reported now is covered. All we need is a photo of your receipt; you don’t need the box. The serial number is on a silver sticker on the left-hand edge of the door frame, visible when the door is open.

Once we have these, we’ll arrange an engineer visit.

Kind regards,
Warranty Desk, Vellora Appliances"""),

    case("""\
Hi,

Please see below from the shop I bought my fridge freezer from. They say it’s your responsibility now. ⟦Can you arrange a repair?⟧ The freezer section is at -4°C and everything’s defrosting. ⟦How quickly can someone get here?⟧

Sam Odukoya
07700 900418

From: Customer Services <help@curtis-electrical.example.co.uk>
Sent: Friday, December 4, 2026 11:02 AM
To: Sam Odukoya <sam.odukoya@example.com>
Subject: RE: Fridge freezer fault

Dear Sam,

As your fridge freezer is more than 30 days old, faults are handled by the manufacturer under its guarantee. Could you please contact Vellora directly on 020 7946 0381?

Kind regards,
Curtis Electrical""",
         [Y, Y], [REQ, WHEN],
         """\
Dear Sam,

Thank you for sending on the retailer’s reply. I’ve booked a repair under your guarantee, and our nearest engineer can be with you tomorrow, Tuesday 8 December, between 1 pm and 5 pm. In the meantime, keep the freezer door shut as much as possible.

Kind regards,
Adaeze Nwosu
Warranty Desk, Vellora Appliances"""),

    case("""\
Washing machine (Vellora WM812) shows error E21 and won't drain. ⟦What does E21 mean?⟧ ⟦Is it something I can fix myself?⟧

Lena""",
         [N, N], [WHICH, YN],
         """\
Hi Lena,

Thanks for your message. I've passed your details to our technical team, who will be in touch.‸

Best regards,
Vellora Customer Care"""),

    case("""\
Hello,

My Vellora range cooker’s two-year guarantee ends on 14 January. I had a letter offering an extended warranty.
⟦How much does it cost to extend for three years?⟧
⟦Does it cover accidental damage, e.g. a cracked hob?⟧
⟦Can I pay monthly?⟧

Thanks,
Bernard Ashworth""",
         [Y, N, Y], [HM, YN, YN],
         """\
Dear Mr Ashworth,

Thank you for your interest in Vellora CareExtra. A three-year extension for your range cooker is £189, or £5.25 a month by Direct Debit. CareExtra covers mechanical and electrical breakdowns, parts and labour, and unlimited repairs.‸

Kind regards,
Warranty Desk, Vellora Appliances"""),

    # --- home-brewing supplies shop -----------------------------------------------------------
    case("""\
Hey Brewhaus folks 🍺

First ever batch of IPA is bubbling away in the airing cupboard 🎉 ⟦how long should I leave it before bottling?⟧ The kit instructions say 7 days but forum people say 14. Also ⟦do you sell the little carbonation drops?⟧ couldn’t find them on the site. and ⟦can I add them to my order from Thursday (BH-30771) so it all comes together?⟧

Cheers!
Jonty""",
         [Y, Y, Y], [WHEN, YN, REQ],
         """\
Hi Jonty,

Congratulations on your first brew! Leave it until the gravity reading is the same two days running, which for our IPA kit is usually 10–14 days. We do sell carbonation drops; they’re under Bottling, then Priming, at £3.49 for a pack of 60. Unfortunately your order went out this morning, so we can’t add to it now, but delivery on a separate order is free over £25.

Happy brewing,
Mo
Brewhaus Supplies"""),

    case("""\
hi my demijohn cracked when i was sterilising it with hot water, bought it from you last month. ⟦is that covered⟧ or is it my fault lol. also ⟦whats the max temp i can use⟧ and ⟦do u have a bigger one 10 litre⟧

sent from phone sorry for typos""",
         [N, Y, Y], [YN, WHICH, YN],
         """\
Hi there,

Sorry to hear about the demijohn 😬 Glass demijohns can crack if very hot water goes in while the glass is cold, so keep it under about 50°C, or warm the glass up gradually first.‸ We do have a 10 litre PET fermenter, which won’t crack with heat at all: https://brewhaus.example.co.uk/fermenters/pet-10l

Cheers,
Brewhaus Supplies"""),

    case("""\
Hello again Mo,

Thanks for your advice last week. I did as you said and re-pitched the yeast, and for a few days it looked great, lovely krausen, but then it stopped again at 1.030 and it tastes really sweet. My brother-in-law reckons the cupboard is too cold now the heating’s on a timer, and I did notice the thermometer strip saying 16°C in the mornings. ⟦Would a heat belt help, or should I move it somewhere else?⟧ ⟦If a heat belt, which one would you recommend for a 23 litre fermenter?⟧ Sorry for all the questions!

Gareth

On Mon, 30 Nov 2026 at 10:15, Brewhaus Supplies <hello@brewhaus.example.co.uk> wrote:
> Hi Gareth, a stuck ferment at 1.030 usually means the yeast has given up. Try re-pitching with a fresh packet of US-05. Any questions, just ask!""",
         [Y, N], [WHICH, WHICH],
         """\
Hi Gareth,

No need to apologise! 16°C is at the very bottom of the range for US-05, so warmth is almost certainly the problem. A heat belt is the easiest fix, since it keeps the temperature steady however cold the cupboard gets.‸

Cheers,
Mo"""),

    case("""\
Hi,

Just to say the order arrived today, all present and correct. Thanks for the quick delivery.

Neil Garside
--
Tadley Homebrew Circle
Thirsty? Meet us on the first Thursday of every month at the Fox & Hounds.""",
         [], [],
         """\
Hi Neil,

Great to hear, thanks for letting us know. Enjoy the brewing!

Mo
Brewhaus Supplies""",
         quoted_only=True),

    # --- children's holiday club -------------------------------------------------------------
    case("""\
Hi Sunbeams team,

Lily (8) had the best time at your October camp 🌞 so we’d love to book her in for the Christmas week. ⟦Are there still places on Monday 21 and Tuesday 22 December?⟧ She has a nut allergy, so ⟦can you confirm the lunches are nut-free, or should I pack her own?⟧ Also, ⟦what time is pick-up on the 22nd?⟧ I think it’s earlier that day.

Thanks so much,
Becky Tanner""",
         [Y, Y, N], [YN, WHICH, WHEN],
         """\
Hi Becky,

Lovely to hear Lily enjoyed October! We still have places on both days, and I’ve pencilled her in; a payment link will follow by email today. Our lunches are made without nuts and the kitchen is a nut-free area, so there’s no need to send a packed lunch.‸

See you soon,
Aisha
Sunbeams Holiday Club"""),

    case("""\
You charged me £96 for three days but Noah only came for two because he was ill on the Wednesday. ⟦Why wasn't that refunded?⟧ ⟦Please refund the £32 to my card.⟧

Paul Hendry""",
         [N, N], [WHY, REQ],
         """\
Dear Mr Hendry,

Thank you for your email, and I hope Noah is feeling better. We completely understand how frustrating it is when a child is unwell during the holidays. Our booking terms explain how sick days are handled, and you can find them on our website at sunbeamsclub.example.co.uk/terms.‸

Kind regards,
Aisha Rahman
Sunbeams Holiday Club"""),

    case("""\
Hello,

Booking for February half-term for my twins (6). Couple of questions:
- ⟦do you do sibling discount?⟧
- ⟦what should they bring each day?⟧
- ⟦is there before-care from 8?⟧
- ⟦can they be in the same group?⟧

Ta,
Shona McBride""",
         [Y, Y, N, Y], [YN, WHICH, YN, YN],
         """\
Hi Shona,

Thanks for booking with Sunbeams! The second child in a family gets 10% off every day. Each day, please send a named water bottle, a snack, indoor shoes and a coat.‸ We put children in groups by age, so your twins will be together.

Best wishes,
Aisha"""),

    case("""\
Hi Aisha,

Medical form attached, signed by both of us. Thanks for the reminder.

Chris Obi

From: Sunbeams Holiday Club <bookings@sunbeamsclub.example.co.uk>
Sent: Thursday, December 3, 2026 4:45 PM
To: Chris Obi
Subject: Medical form for Zara

Hi Chris,
Please could you complete and return Zara’s medical form before the first day of camp? Let us know if you have any questions.

Aisha""",
         [], [],
         """\
Hi Chris,

Thank you, we’ve got it and it’s all in order. Zara’s all set for the 21st.

Aisha""",
         quoted_only=True),

    case("""\
Hi! ⟦Is it ok to send Max in fancy dress on the last day?⟧ 🎅 He’s desperate to wear his elf costume. And ⟦what time does the Christmas show start, so we can come and watch?⟧

Thanks, Jo""",
         [Y, N], [YN, WHEN],
         """\
Hi Jo,

Of course, fancy dress is very welcome on the last day 🎄 Max’s elf costume will fit right in!‸

Aisha
Sunbeams Holiday Club"""),

    # --- shoe-repair shop --------------------------------------------------------------------
    case("""\
Good afternoon,

I have a pair of Grenson brogues whose soles have worn through at the ball of the foot. ⟦Do you resole with leather or only rubber?⟧ ⟦What would a full resole cost?⟧ And ⟦roughly how long would you need them for?⟧ I’m away from 18 December so I’d need them back before then.

Regards,
Hugh Dalrymple""",
         [Y, Y, Y], [WHICH, HM, WHEN],
         """\
Dear Mr Dalrymple,

Thank you for your enquiry. We resole in both leather and rubber; for Grensons we’d normally suggest an oak-bark leather sole with a rubber toe insert. A full leather resole with new heels is £85. We currently need about a week, so if you drop them in by Friday 11 December you’ll have them back in good time.

Kind regards,
Frank Leary
Leary & Sons Shoe Repairs"""),

    case("""\
I collected my boots on Saturday and the heel has ALREADY come off. Is this what I paid £40 for? ⟦I want them redone properly and at no cost.⟧ And ⟦who is going to pay for my taxi back to the shop?⟧

Marcia Flint""",
         [Y, N], [REQ, WHICH],
         """\
Dear Ms Flint,

I’m so sorry the heel has come away. We take great pride in our work and this clearly isn’t up to our usual standard. Please bring the boots back in and we’ll redo the heels free of charge while you wait.‸

Sincerely,
Frank Leary
Leary & Sons Shoe Repairs"""),

    case("""\
Good morning,

I have a leather bag with the strap broken near the buckle. ⟦You repair also bags or only shoes?⟧ ⟦If yes, how long it takes?⟧ ⟦Until what hour you are open on Saturday?⟧

Grazie,
Giulia Ferraresi""",
         [Y, N, Y], [WHICH, WHEN, WHEN],
         """\
Dear Giulia,

Thank you for your message. Yes, we repair bags, belts and other leather goods as well as shoes, and a strap like yours is usually a quick job.‸ On Saturdays we’re open from 9 am until 1 pm.

Best wishes,
Leary & Sons Shoe Repairs"""),

    case("""\
Lovely, I’ll pop in after work then. Thanks Frank!

Eve

> On 4 Dec 2026, at 12:30, Leary & Sons <shop@learyandsons.example.co.uk> wrote:
>
> Hi Eve, your boots are ready. Could you bring your ticket when you collect?""",
         [], [],
         """\
Hi Eve,

See you later, we’re open until 6.

Frank""",
         quoted_only=True),

    case("""\
Hi Frank,

Dropped off my riding boots last week 👢 ticket no. 4471. ⟦Could you also stretch the left calf a little while you have them?⟧ ⟦Would that hold things up?⟧

Thanks,
Isla

On Tue, 1 Dec 2026 at 17:05, Leary & Sons <shop@learyandsons.example.co.uk> wrote:
> Hi Isla, new heels and a full polish will be £38. They’ll be ready on Tuesday 8 December.""",
         [Y, Y], [REQ, YN],
         """\
Hi Isla,

Happy to stretch the left calf; that’s an extra £12, making £50 in all. It needs two days on the stretcher, so your boots will be ready on Thursday 10 December instead of Tuesday.

Best,
Frank"""),

    # --- US HOA management company ------------------------------------------------------------
    case("""\
To the Management Company,

I am writing for the second time about the dead pine tree behind unit 14B on Maple Crest Drive. It is leaning toward my fence and with the winter storms coming I'm worried it will come down on my property. My neighbor told me the board approved removal back in October. ⟦When is it going to be removed?⟧ ⟦If it falls before then, who is liable for the damage, me or the association?⟧

Also, my January dues statement shows a $75 late fee even though I paid on December 1 by autopay. ⟦Please remove the late fee.⟧

Gary Kowalczyk
Unit 14A""",
         [N, N, Y], [WHEN, WHICH, REQ],
         """\
Dear Mr. Kowalczyk,

Thank you for following up. The board did approve removal of the pine at its October 20 meeting, and we have requested bids from three licensed tree contractors. We will keep you posted as the project moves forward.‸ I have also reviewed your account: your December 1 payment was received on time, and the $75 late fee has been reversed.

Sincerely,
Denise Albright, CMCA
Community Manager, Crestview Property Management
(703) 555-0142"""),

    case("""\
Hi Denise,

We'd like to replace our front door with a dark green fiberglass door (photo attached). ⟦Does this need architectural committee approval?⟧ ⟦If so, how do we submit the request?⟧ And ⟦how long does approval usually take?⟧ We're hoping to have it installed before the holidays.

Thanks!
Mei & Jordan Castellanos
Unit 7, Willow Bend""",
         [Y, Y, Y], [YN, HOW, WHEN],
         """\
Hi Mei and Jordan,

Great question! Exterior door replacements do require approval from the Architectural Review Committee. You can submit an ARC application through the resident portal under Forms, then Architectural Request; attach the photo and the color name. The committee reviews applications at its monthly meeting, which this month is Tuesday, December 15, 2026, and you'll get a decision within five business days of that meeting.

Best,
Denise"""),

    case("""\
hey ⟦is the clubhouse gym open over christmas?⟧ and ⟦whats the code for the side gate now⟧, mine doesnt work anymore

Sent from my Galaxy""",
         [N, Y], [YN, WHICH],
         """\
Hi,

Thanks for reaching out! The clubhouse fitness center has new equipment this winter, including two treadmills and a rowing machine, and residents love it.‸ For security reasons we can't send gate codes by email, but you'll find the current code in the resident portal under Announcements.

Happy holidays,
Crestview Property Management"""),

    case("""\
FYI, see below. This was sent to my personal email rather than the board address.

Linda Haverford
Treasurer, Willow Bend HOA

---------- Forwarded message ---------
From: Rick Ybarra <rick.ybarra@example.net>
Date: Sat, 5 Dec 2026 at 19:22
Subject: Parking
To: Linda Haverford <lhaverford@example.com>

Linda, can you ask the management company why my guest got towed from the visitor spaces on Friday night? Who do I talk to about getting the $250 back?""",
         [], [],
         """\
Hi Linda,

Thanks for passing this along. I'll contact Mr. Ybarra directly about the tow and go over the visitor parking rules with him.

Best,
Denise""",
         quoted_only=True),

    case("""\
Dear Crestview,

I reviewed the proposed 2027 budget and have the following questions before the annual meeting:

1. ⟦Why are landscaping costs up 18% when the contract was renewed at the same rate?⟧
2. ⟦How much is currently in the reserve fund?⟧
3. ⟦Will there be a special assessment for the roof project?⟧
4. ⟦Please send me the minutes from the September board meeting.⟧

Regards,
Harold Nguyen
Lot 22""",
         [Y, Y, N, Y], [WHY, HM, YN, REQ],
         """\
Dear Mr. Nguyen,

Thank you for reviewing the budget so carefully. The increase in landscaping reflects the addition of storm-drain clearing and tree pruning, which were previously billed separately as repairs. The reserve fund balance as of November 30 was $412,600. The September minutes are attached.‸

The board will present the full budget at the annual meeting on January 19.

Sincerely,
Denise Albright"""),

    case("""\
Hello,

Following up on the email below. We haven't heard back and our tenant moves in on January 2. ⟦Do we need to register the lease with the association before move-in?⟧ ⟦Is there a move-in fee?⟧

Regards,
Samir Haddad
Owner, 31 Juniper Court

From: Samir Haddad
Sent: Tuesday, November 24, 2026 10:18 AM
To: Crestview Management <info@crestviewpm.example.com>
Subject: Rental question

Hi, we are planning to rent out our townhome. Are short-term rentals (Airbnb) allowed, or only leases of 12 months or more?""",
         [N, N], [YN, YN],
         """\
Dear Mr. Haddad,

Thank you for your patience, and apologies for the slow reply. Under Section 7.3 of the CC&Rs, rentals must be for a minimum of 12 months, so short-term rentals such as Airbnb are not permitted.‸

Best regards,
Denise Albright
Crestview Property Management"""),

    # --- yacht charter ------------------------------------------------------------------------
    case("""\
Dear Sir or Madam,

We are a group of six adults and would like to charter a sailing yacht from Split for one week in the end of June 2027. ⟦Is a skipper necessary, or can we sail ourselves?⟧ My husband has the ICC licence. ⟦What is the price for a 45 foot yacht in this week?⟧ ⟦Is the final cleaning included?⟧

With kind regards
Ursula Brandstetter""",
         [Y, Y, Y], [WHICH, HM, YN],
         """\
Dear Mrs Brandstetter,

Thank you for your enquiry. As your husband holds an ICC, you are welcome to sail bareboat; we only ask for a short sailing CV before the charter. For the week from 26 June 2027, a 45 ft yacht such as our Bavaria C45 “Lastavica” costs €4,850. Final cleaning is an extra €180, paid at the base.

Kind regards,
Marko Perić
Adriatic Blue Charters"""),

    case("""\
Hi Marko!

We just got back from the most amazing week on Lastavica 😍⛵ Already planning next year! A couple things:

⟦Did anyone find a pair of prescription sunglasses (black Ray-Bans) on board?⟧ I think I left them in the forward cabin. ⟦If so, could you mail them to us in Denver?⟧ Happy to pay shipping.

Also, ⟦do returning guests get a discount?⟧ 🙏

Thanks again for everything,
Kayla Brennan""",
         [N, N, Y], [YN, REQ, YN],
         """\
Hi Kayla,

It was a pleasure having you on board, and we’d love to welcome you back! I’ve asked the base team to check the forward cabin and lost property for your sunglasses.‸ Returning guests get 10% off any charter booked before the end of January.

Warm wishes from Split,
Marko"""),

    case("""\
Hello Marko,

Thanks for the boarding pack. Looking at the long-range forecast for our week (from Saturday 1 May), I see bora warnings are quite common in spring. ⟦If the port authority closes the harbour and we can’t leave on the Saturday, can we stay aboard in the marina?⟧ ⟦Do we get a refund for days we can’t sail, or is that down to our travel insurance?⟧ We’ve also booked flights arriving at 14:20. ⟦Is there a transfer from the airport to the marina?⟧

Best,
Jim Ferris

From: Marko Perić <marko@adriaticblue.example.hr>
Sent: Wednesday, December 2, 2026 9:14 AM
To: Jim Ferris <jim.ferris@example.co.uk>
Subject: Boarding pack – Lastavica, May 2027

Dear Jim,
Please find the boarding pack attached. Could you send us the crew list by 1 April?

Marko""",
         [Y, N, Y], [YN, WHICH, YN],
         """\
Dear Jim,

Good question. You’re welcome to stay aboard in the marina for as long as the harbour is closed, at no extra cost. Bora in May tends to blow through within a day or two, and our skippers keep a close eye on the forecasts.‸ We work with Split Airport Transfers, who can meet you at arrivals for €45 per car; I’ve copied them in so you can book directly.

Best regards,
Marko"""),

    case("""\
Dear Marko,

Deposit of €1,455 transferred this morning, reference ABC-2027-118 as requested.

Kind regards,
Oliver Stanbridge
Stanbridge & Hale LLP

DISCLAIMER: This email is confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it.""",
         [], [],
         """\
Dear Oliver,

Thank you. We’ll confirm as soon as the deposit shows in our account.

Kind regards,
Marko""",
         quoted_only=True),

    case("""\
Marko - ⟦is the 52 available Aug 14-21?⟧ ⟦what's the all-in?⟧ 8 people, no skipper needed. and ⟦can we do a one-way to Dubrovnik?⟧ -Steve""",
         [Y, Y, Y], [YN, HM, YN],
         """\
Hi Steve,

It is! For 14–21 August, the Lagoon 52 is €11,900 including cleaning, linen, the outboard and tourist tax; fuel and marina fees along the way are extra. One-way to Dubrovnik is possible for a €650 transfer fee.

Best,
Marko"""),

    # --- organic-cosmetics web shop -----------------------------------------------------------
    case("""\
Hello 🌿

I love your rose & oat night cream. I’m pregnant (20 weeks) and my midwife said to avoid retinol and some essential oils. ⟦Is the night cream safe to use during pregnancy?⟧ ⟦Does it contain any essential oils⟧, and ⟦if so, which?⟧ Also, ⟦is the jar recyclable?⟧

Thank you,
Ruth Achterberg""",
         [Y, Y, Y, Y], [YN, YN, WHICH, YN],
         """\
Dear Ruth,

Congratulations, and thank you for your kind words about the night cream! It contains no retinol, and the only essential oils in it are rose otto and lavender, both under 0.5%. We can’t advise on using it during pregnancy, as our products haven’t been tested for that, so please show the full ingredient list to your midwife; I’ve attached it. The jar is amber glass and can go in your household recycling.

Warm wishes,
Hana
Wildmeadow Organics"""),

    case("""\
Hi,

I ordered the holiday gift set (order #WM-58213) on November 24 and paid $18 for express international shipping to Portland. It's now December 7 and the tracking hasn't updated since it left the UK. ⟦Where is my package?⟧ ⟦Will it arrive before Christmas?⟧ ⟦If not, I'd like a refund of the shipping at least.⟧

Jess Marlow""",
         [N, N, N], [WHERE, YN, REQ],
         """\
Hi Jess,

Thank you for your patience, and I’m sorry the tracking has gone quiet. International parcels are seeing delays across all carriers at this time of year, and customs checks can add several days. We really appreciate your support of our small business!‸

Best wishes,
Hana
Wildmeadow Organics"""),

    case("""\
hiya ⟦do u ship to ireland??⟧ and ⟦is the lip balm vegan⟧ cos it says beeswax on one page and candelilla on another 🤔

Sent from my iPhone""",
         [Y, N], [YN, YN],
         """\
Hi!

Yes, we ship to Ireland 🇮🇪 It’s €4.95 and takes 3–5 working days. Good spot on the lip balm pages, thank you! We’re fixing the product page now.‸

Hana x"""),

    case("""\
Bonjour,

I am the owner of a small concept store in Lyon and I would like to sell your products. ⟦Do you work with resellers?⟧ ⟦What is the minimum order?⟧ ⟦Could you send me your wholesale price list?⟧

Best regards,
Camille Vasseur
La Petite Herboristerie
--
Vous cherchez un cadeau ? Découvrez nos coffrets !""",
         [Y, N, Y], [YN, HM, REQ],
         """\
Dear Camille,

Thank you for your interest in Wildmeadow! We love working with independent shops like yours. I’ve attached our wholesale catalogue and price list.‸

Best wishes,
Hana
Wildmeadow Organics"""),

    case("""\
Hi there,

⟦Please cancel my monthly Glow Box subscription effective immediately.⟧ I was charged $42 on December 1 even though I thought I canceled in November. ⟦Can I get that refunded?⟧ And ⟦how do I make sure I'm not charged again in January?⟧

Thanks,
Brittany Salas""",
         [Y, N, Y], [REQ, YN, HOW],
         """\
Hi Brittany,

I’m sorry to see you go! I’ve cancelled your Glow Box subscription, so no further boxes will be sent or charged, including January’s.‸ If you ever want to come back, your loyalty points will be waiting.

Best wishes,
Hana
Wildmeadow Organics"""),

    # --- bathroom fitter ----------------------------------------------------------------------
    case("""\
Hi Dave,

So we finally got round to measuring up properly and I think we’ve settled on the walk-in shower idea instead of the bath, though my wife is still wavering because of the grandchildren, they love a bath when they stay. Anyway the room is 2.1 by 1.7 and there’s that awkward boxed-in soil pipe in the corner you saw. ⟦Would a 1400 walk-in tray fit alongside the basin?⟧ I’m worried it’s too tight. We went to the showroom in Reading at the weekend and saw some lovely large-format tiles but the chap there said they need a perfectly flat wall, ⟦is that going to be an issue with our old plaster?⟧ And ⟦could you give us a rough figure for the whole job including tiling, so we can work out whether it’s this year or next?⟧

Cheers,
Alan & Bev Mottram""",
         [Y, Y, N], [YN, YN, HM],
         """\
Hi Alan and Bev,

Thanks for the update, it sounds like you’re getting close! A 1400 tray will fit alongside the basin if we move the basin 150 mm towards the window, which is an easy job while the floor’s up. Large-format tiles do need a flat wall, and with old plaster we’d usually board over it with tile backer board first, so it won’t be a problem.‸

Cheers,
Dave Kerrigan
Kerrigan Bathrooms
07700 900562"""),

    case("""\
Dave,

The new shower has been leaking through the kitchen ceiling since Friday. There is a brown stain the size of a dinner plate. ⟦When can you come and look at it?⟧ And ⟦who is paying for the ceiling to be fixed?⟧ ⟦I want this sorted before my daughter arrives on Wednesday 16 December.⟧

Sheila Barraclough""",
         [Y, Y, Y], [WHEN, WHICH, REQ],
         """\
Dear Sheila,

I’m really sorry, that’s the last thing you need. I’ll be with you first thing tomorrow, Tuesday 8 December, at 8 am to find the leak and fix it, so it will be sorted well before your daughter arrives. Any damage caused by our work is covered by our insurance, and that includes the ceiling repair.

Kind regards,
Dave Kerrigan
Kerrigan Bathrooms"""),

    case("""\
Hi Dave,

Thanks for coming round on Thursday. ⟦When will the quote be ready?⟧ Also, ⟦would you be able to start in January?⟧ We have a builder booked for the kitchen in February so the timing matters.

Best wishes,
Priti Anand

On Thu, 3 Dec 2026 at 18:02, Dave Kerrigan <dave@kerriganbathrooms.example.co.uk> wrote:
> Hi Priti, good to meet you today. Do you have a preference for the tap finish? Chrome or brushed brass?""",
         [N, N], [WHEN, YN],
         """\
Hi Priti,

Thanks for having me round. I’m working on the quote now and will get it over to you shortly.‸ Brushed brass would look lovely with the tiles you showed me, by the way.

Cheers,
Dave"""),

    case("""\
Hi Dave, quick ones:
• ⟦do we need to be out of the house while you work?⟧
• ⟦will the water be off the whole time?⟧
• ⟦is it ok if the dog stays in the garden?⟧
Thx, Tom""",
         [Y, Y, Y], [YN, YN, YN],
         """\
Hi Tom,

No need to move out. The water will only be off for a couple of hours on the first morning and again when we connect the new shower, and we’ll tell you each time before we turn it off. The dog’s welcome to stay in the garden, as long as the side gate is kept shut so we can get to the van.

Cheers,
Dave"""),

    # --- ski-hire shop ------------------------------------------------------------------------
    case("""\
Hi,

We’re coming to Val Rosière for half term (arriving Saturday 13 February) 🎿 and would like to pre-book skis and boots for 2 adults and 2 children (ages 7 and 10). ⟦Do the kids’ packages include helmets?⟧ ⟦Can we collect the night we arrive, as we won’t land until 5pm?⟧ ⟦How much is it for six days?⟧

Thanks,
Nina Pearce""",
         [Y, Y, Y], [YN, YN, HM],
         """\
Dear Nina,

Thank you for choosing Alpski! Helmets are included free with every children’s package. The shop is open until 7.30 pm on Saturdays, so you can come straight from the transfer. For six days, the total for two adult Sport packages and two junior packages is €612, and booking online before 31 January saves a further 15%.

À bientôt,
Luc
Alpski Val Rosière"""),

    case("""\
Hello,

My son broke a rental snowboard yesterday (he's fine, just bruised) and the guy at the counter said we'd have to pay for it. ⟦How much will that be?⟧ We bought the damage waiver when we booked online. ⟦Doesn't that cover it?⟧ ⟦Please send me something in writing.⟧

Thanks,
Rob Delgado
Booking ALP-77120""",
         [N, N, N], [HM, YN, REQ],
         """\
Dear Mr Delgado,

I'm glad your son is OK! Our damage waiver is designed to give our customers peace of mind on the slopes, and it covers most accidental damage to skis and snowboards.‸ I'll send you an email confirmation once our workshop has inspected the board.

Best regards,
Luc
Alpski Val Rosière"""),

    case("""\
Good day,

We have booked 4 pairs skis for the week of 20 february (booking ALP-80311). Some questions:
1) ⟦It is possible to change one pair skis for snowboard after 2 days?⟧
2) ⟦Where we can leave the skis at night, is there a ski room in the shop?⟧
3) ⟦My daughter shoe size is 36, you have boots in that size?⟧

Met vriendelijke groet,
Joost van Rijn""",
         [Y, N, Y], [YN, WHERE, YN],
         """\
Dear Joost,

Thank you for your booking. Of course, you can swap a pair of skis for a snowboard at any time during your hire, at no extra cost.‸ Junior boots come in every size from 24 to 39.

Best regards,
Luc
Alpski Val Rosière"""),

    case("""\
Great, see you Saturday!

Sent from my iPhone

On Sat, 5 Dec 2026 at 08:31, Alpski Val Rosière <shop@alpski.example.fr> wrote:
> Hi Sophie, your boots are now ready with the new liners. Would you like us to wax the skis as well, for €15?""",
         [], [],
         """\
Hi Sophie,

Lovely, see you then. We’ll have everything ready at the counter.

Luc""",
         quoted_only=True),

    # --- university library, inter-library loans desk -----------------------------------------
    case("""\
Hello ILL team,

I submitted a request on November 16 for a 1978 dissertation from the University of Toronto (request #ILL-204417). The status still says "Searching." ⟦Is there any way to check whether it's actually been sent to a lender?⟧ I need it for a chapter due January 15. ⟦If it can't be borrowed, could you request a scan of chapter 3 instead?⟧

Thank you,
Amara Okafor
PhD candidate, History""",
         [Y, Y], [HOW, REQ],
         """\
Dear Amara,

Thanks for checking in. I looked up request ILL-204417: it went to Toronto on November 18 and they've just marked it as shipped, so it should reach us early next week. You can follow each step yourself under My Requests, then Details, in the ILL portal, which shows every lender a request has gone to.

Best,
Marcus Lee
Interlibrary Loan, Hollis Memorial Library"""),

    case("""\
Hi,

⟦How many ILL requests can a postgraduate make per term?⟧ And ⟦do we have to pay for them?⟧ ⟦Can I also request journal articles from the British Library?⟧

Thanks,
Tom Greenhalgh (MA Archaeology)""",
         [Y, N, Y], [HM, YN, YN],
         """\
Dear Tom,

Thank you for your email. Inter-library loans are a great way to reach material that isn’t in our collection, and we process thousands of requests every year. Postgraduates receive 20 request credits per academic year, topped up each September. Articles are supplied by the British Library and other partner libraries as PDFs.‸

Best wishes,
ILL Desk, Harnwick University Library"""),

    case("""\
hi i got an email saying my ILL book is overdue but i returned it to the book drop on friday. ⟦can you check⟧ and ⟦please dont fine me⟧, also ⟦when can i request another one⟧ since my account says blocked

sent from outlook for android""",
         [Y, Y, Y], [REQ, REQ, WHEN],
         """\
Hi,

Thanks for letting us know. I’ve found the book: it was checked in this morning, and I’ve removed the overdue notice from your account, so there’s no fine and your account is unblocked. You can place a new request straight away.

Best,
ILL Desk, Harnwick University Library"""),

    case("""\
Dear ILL Desk,

Please see my supervisor’s note below. ⟦Could you let me know whether this is something you can get for me?⟧

Many thanks,
Yusuf Demir

---------- Forwarded message ---------
From: Prof. Helen Marsh <h.marsh@harnwick.example.ac.uk>
Date: Fri, 4 Dec 2026 at 14:10
Subject: Reading
To: Yusuf Demir <y.demir@harnwick.example.ac.uk>

Yusuf, you really need to read Okonjo’s 1994 conference paper (Proceedings of the West African Archaeological Congress, pp. 211–239). Can you ask the library to get it? It’s not online anywhere as far as I know.""",
         [Y], [YN],
         """\
Dear Yusuf,

Thanks for sending this on. The proceedings volume isn’t held by any UK library, so we’ve asked the Library of Congress for a scan of the paper; these usually take two to three weeks.

Best wishes,
ILL Desk, Harnwick University Library"""),

    case("""\
Hi,

I'm a visiting scholar here through May. ⟦Am I eligible to use interlibrary loan?⟧ ⟦If so, how do I set up an account?⟧ And ⟦can books be delivered to my department mailbox instead of the circulation desk?⟧

Thanks,
Dr. Fernanda Lucchesi
Visiting Scholar, Dept. of Romance Languages""",
         [Y, Y, N], [YN, HOW, YN],
         """\
Dear Dr. Lucchesi,

Welcome to Hollis! Visiting scholars with a current university ID have full interlibrary loan privileges. To set up your account, log in at hollis.example.edu/ill with your university ID and fill in the short first-time form.‸

Best,
Marcus Lee
Interlibrary Loan, Hollis Memorial Library"""),

    # --- US home-warranty company -------------------------------------------------------------
    case("""\
To whom it may concern,

Our furnace stopped working on Friday night and it's been 58 degrees in the house all weekend. I have two small kids. I filed claim #HW-6630291 on Saturday morning and the contractor you assigned hasn't called back. ⟦Why is it taking this long?⟧ ⟦Can you assign a different contractor today?⟧ ⟦Will you reimburse us for the space heaters we had to buy?⟧ ($129.97, receipt attached)

Angela Ruiz
Plano, TX""",
         [N, Y, Y], [WHY, REQ, YN],
         """\
Dear Ms. Ruiz,

I'm so sorry your family has been without heat, especially with little ones at home.‸ I've reassigned your claim to Lone Star Comfort Heating, who have confirmed they'll be at your home today between 2 and 6 p.m. Our plan doesn't cover the cost of space heaters, but I've added a $75 goodwill credit toward your next renewal.

Sincerely,
Brandon Fuller
Customer Care, HomeShield Warranty"""),

    case("""\
Hi,

We're thinking of upgrading from the Basic to the Complete plan. ⟦Does the Complete plan cover the pool pump?⟧ And ⟦is there a waiting period before new coverage kicks in?⟧ ⟦What's the service fee per visit on Complete?⟧

Thanks,
Keith and Laurel Amundsen""",
         [Y, N, Y], [YN, YN, HM],
         """\
Hi Keith and Laurel,

Thanks for considering an upgrade! The Complete plan covers 23 home systems and appliances, including your water heater, garage door opener, and ceiling fans, and pool and spa equipment can be added as an optional extra for $15 a month.‸ The service fee on Complete is $100 per visit, compared with $125 on Basic.

Best,
HomeShield Warranty"""),

    case("""\
Thanks Brandon, the technician came this morning and the dishwasher's working again.

Best,
Tamara Whitfield
--
Tamara Whitfield | Realtor®
Thinking of buying or selling? Call me at (512) 555-0173!""",
         [], [],
         """\
Hi Tamara,

That's great news, thanks for letting us know. Your claim is now closed.

Best,
Brandon
HomeShield Warranty""",
         quoted_only=True),

    case("""\
Hello,

My water heater is leaking from the bottom. The technician came Tuesday and said it needs to be replaced, but now the claim say "pending authorization". ⟦How long this will take?⟧ ⟦I need to pay something for the new one?⟧ Also ⟦can they install it the same day it arrive?⟧

Thank you
Rosa Villanueva""",
         [Y, Y, Y], [WHEN, YN, YN],
         """\
Dear Ms. Villanueva,

Thank you for your patience. Authorization for water heater replacements normally takes 1–2 business days, and yours was approved this morning. Your plan covers the replacement up to $1,500; the only amount due from you is the $100 service fee you already paid. Yes, installation is done on the same day the unit is delivered.

Sincerely,
HomeShield Warranty"""),

    case("""\
Hi,

I’ve now been waiting three weeks for a part for my refrigerator (claim HW-6598814). ⟦Can you tell me when the part will arrive?⟧ ⟦If it's on backorder, will you replace the fridge instead?⟧

Marcus Bell

________________________________
From: HomeShield Warranty <care@homeshield.example.com>
Sent: Monday, November 16, 2026 3:47 PM
To: Marcus Bell
Subject: Your claim HW-6598814

Hi Marcus, your part has been ordered. Please allow 5–7 business days for delivery.""",
         [N, N], [WHEN, YN],
         """\
Hi Marcus,

I sincerely apologize for the delay and the inconvenience this has caused. We understand how important a working refrigerator is, and we appreciate your patience.‸

Sincerely,
HomeShield Warranty"""),

    case("""\
Hi HomeShield,

Got my renewal notice, the price went from $49.99 to $58.99 a month. ⟦Why the increase?⟧ ⟦Is there any discount if I pay annually?⟧

Thx
Derrick Owens
Sent from Yahoo Mail for iPhone""",
         [Y, Y], [WHY, YN],
         """\
Hi Derrick,

Thanks for being a HomeShield member! Your plan renews at $58.99 a month because contractor labor and parts costs in your area went up over the past year, and our pricing follows them. Members who pay annually get one month free, so the annual price is $648.89.

Best,
HomeShield Warranty"""),

    # --- mobile windscreen-repair firm --------------------------------------------------------
    case("""\
Hi, stone chip on passenger side of windscreen, about the size of a 5p. ⟦Can it be repaired or does it need a new screen?⟧ ⟦Do you come to workplaces?⟧ I’m at the business park in Hatfield 9–5. Car’s a 2021 Golf.

Cheers
Dan""",
         [Y, Y], [WHICH, YN],
         """\
Hi Dan,

A chip the size of a 5p is usually repairable, as long as it isn’t in the driver’s line of sight, which yours won’t be on the passenger side. We come to you wherever the car is parked, business parks included.

Thanks,
ClearView Mobile Glass"""),

    case("""\
Good morning,

A lorry threw up a stone on the M1 yesterday and there’s now a crack running about 20cm from the bottom edge. My insurer (Harbour Direct) says you’re on their approved list, so ⟦can I book the replacement through you directly, or does it have to go through them?⟧ ⟦How much is the excess likely to be?⟧ The car has a lane-assist camera on the windscreen, ⟦will that need recalibrating afterwards?⟧

Kind regards,
Eleanor Whitcombe""",
         [Y, N, Y], [WHICH, HM, YN],
         """\
Dear Ms Whitcombe,

Thank you for getting in touch. You can book with us directly and we’ll handle the claim with Harbour Direct for you; we just need your policy number.‸ The camera will need recalibrating after the new screen is fitted, and our technicians do this on the spot.

Kind regards,
Sunil
ClearView Mobile Glass"""),

    case("""\
You were meant to come between 8 and 12 today to replace my windscreen. It’s now 2pm and nobody’s turned up or called 😡 I’ve wasted a morning. ⟦What happened?⟧ ⟦When are you actually coming?⟧

Lorraine Hatt
07700 900733""",
         [Y, N], [WHY, WHEN],
         """\
Dear Lorraine,

I’m so sorry, and I completely understand your frustration. Our technician is running very late after an earlier job took far longer than expected.‸ We value your custom and will make sure this doesn’t happen again.

Kind regards,
ClearView Mobile Glass"""),

    case("""\
Hi,

Just a quick note to say thank you. Kev replaced the windscreen on my Fiesta this morning in the pouring rain and was cheerful the whole time. Who knew a windscreen could make me this happy?

Best,
Graham Osei""",
         [], [],
         """\
Hi Graham,

Thank you so much for taking the time to write; I’ll make sure Kev sees this!

Best wishes,
ClearView Mobile Glass"""),

    # --- charity's volunteer coordinator ------------------------------------------------------
    case("""\
Hi Rachel,

I went to the volunteer open evening last Tuesday and would love to help at the food bank. I work full time, so ⟦are there any weekend shifts?⟧ ⟦Do I need a DBS check for the warehouse role?⟧ And ⟦what should I wear on my first day?⟧

Thanks,
Olu Adebayo""",
         [Y, Y, Y], [YN, YN, WHICH],
         """\
Hi Olu,

It was lovely to meet you at the open evening! We run warehouse shifts every Saturday from 9.30 am to 1 pm, and they’re popular with people who work during the week. The warehouse role doesn’t need a DBS check; that’s only for roles working with children. Wear comfortable clothes you don’t mind getting dusty, and closed-toe shoes; we provide aprons and gloves.

Best wishes,
Rachel Pemberton
Volunteer Coordinator, Eastgate Community Food Bank"""),

    case("""\
Hi Jenna,

Our company (Brightline Software, about 15 people) wants to do a volunteer day with you guys in March. A few questions:

- ⟦Do you have any build days available for a group our size?⟧
- ⟦Is there a minimum donation for corporate groups?⟧
- ⟦Can people under 18 join?⟧ A couple of employees want to bring teenagers.
- ⟦Could you send over the waiver forms ahead of time?⟧

Thanks so much!
Trevor Huang
People Ops, Brightline Software""",
         [N, Y, Y, Y], [YN, YN, YN, REQ],
         """\
Hi Trevor,

Thank you so much for thinking of us! Corporate volunteer days are a wonderful way for teams to bond while making a real difference in our community.‸ We ask corporate groups for a $1,500 sponsorship, which covers tools, materials, and lunch for the day. Volunteers on site must be 16 or older, and 16- and 17-year-olds need a parent or guardian with them. I've attached the waiver form; each person will need to sign one.

Warmly,
Jenna Morales
Volunteer Coordinator, Greenfield Homebuilders Alliance"""),

    case("""\
hi rachel sorry cant make saturday, my mum is in hospital 😔 ⟦can someone cover my shift?⟧ also ⟦can i swap to the 19th instead⟧

sent from my phone""",
         [Y, N], [REQ, REQ],
         """\
Hi,

Oh no, I’m so sorry to hear about your mum 💛 Please don’t worry about Saturday, Kofi has said he’ll cover for you.‸ Take care of yourself and your mum.

Rachel"""),

    case("""\
Dear Rachel,

I am volunteer driver since September. I use my own car for the deliveries on Wednesdays, about 40 miles each week. ⟦Is possible to claim the petrol?⟧ ⟦If yes, how I make the claim⟧ and ⟦how much per mile?⟧

Best regards,
João Carvalho""",
         [Y, Y, N], [YN, HOW, HM],
         """\
Dear João,

Thank you for all your driving, it makes such a difference to our clients. Yes, volunteer drivers can claim mileage. Just fill in the expenses form in the volunteers’ folder in the office and hand it to me at the end of each month.‸

Best wishes,
Rachel"""),

    case("""\
Hi Rachel,

Forwarding this for your records, as discussed.

Pat

Begin forwarded message:

From: St Anne’s School Office <office@stannes.example.sch.uk>
Subject: Christmas food collection
Date: 4 December 2026 at 10:21:37 GMT
To: Pat Lindqvist <pat.lindqvist@example.org>

Dear Pat, could your volunteers collect the donations from our hall on Friday 18 December? Please let us know what time suits.""",
         [], [],
         """\
Hi Pat,

Thanks, got it. I’ve put the collection in the diary.

Rachel""",
         quoted_only=True),

    # --- more, added after a first pass (kinds and forms the set was short of) -----------------
    case("""\
Good morning Denise,

My daughter is turning 16 on January 23 and we'd love to have a small party at the clubhouse that evening. ⟦How do I reserve it?⟧ I looked on the portal but couldn't find a calendar. ⟦Is there a deposit?⟧ We'd have about 30 guests, so ⟦is that over the capacity limit?⟧ Lastly, ⟦where do we pick up the key on the day?⟧

Thank you so much,
Carla Benedetti
Unit 3, Willow Bend""",
         [N, Y, Y, N], [HOW, YN, YN, WHERE],
         """\
Good morning Carla,

Happy early birthday to your daughter! The clubhouse is a wonderful space for celebrations, and it seats up to 40, so 30 guests is no problem. There is a refundable $200 deposit, due when the booking is confirmed.‸

Best,
Denise Albright
Crestview Property Management"""),

    case("""\
Hi Sunil,

Thanks for sorting the van last week. We’ve got two more with chips now (KX21 LMP and KY70 RTD). ⟦Could you do both at our depot on the same visit?⟧ ⟦How do we get set up on a monthly account rather than paying by card each time?⟧

Regards,
Hannah Pryce
Fleet Manager, Pryce Joinery Ltd
020 7946 0552

-----Original Message-----
From: ClearView Mobile Glass <bookings@clearviewglass.example.co.uk>
Sent: 27 November 2026 15:02
To: Hannah Pryce
Subject: Invoice CV-10482

Hi Hannah, please find attached the invoice for the repair to KX19 JDF. Would you like us to keep your card on file?""",
         [Y, N], [REQ, HOW],
         """\
Hi Hannah,

Happy to help again. We can do both vans at your depot in one visit; our next free slot is Wednesday 9 December from 8 am.‸

Thanks,
Sunil
ClearView Mobile Glass"""),

    case("""\
I just tried to buy two tickets for the New Year's Eve gala and the price jumped from £95 to £140 each at checkout. ⟦What is the extra £45 for?⟧ Nothing on your website mentions a fee that big. ⟦Is it per ticket or per order?⟧

Sent from my iPhone

On Sun, 6 Dec 2026 at 21:48, Thameside Opera <noreply@thamesideopera.example.org>
wrote:
> Don't miss our New Year's Eve Gala! Book now before it sells out. Questions? Reply to this email.""",
         [N, N], [WHY, WHICH],
         """\
Hello,

Thank you for booking for our New Year’s Eve Gala! It’s the most special night of our year, and tickets always sell out quickly. We aim to keep our pricing clear and fair for every audience member.‸

Kind regards,
Box Office, Thameside Opera"""),

    case("""\
Hey guys,

Love your YouTube channel! I'm in Ohio. ⟦Do you ship grain kits to the US?⟧ ⟦If not, is there a US store that carries your Bramble Stout kit?⟧

Thanks!
Cody Reinholt""",
         [Y, Y], [YN, YN],
         """\
Hi Cody,

Thanks for watching! Sadly we can’t send malted grain to the US because of import rules. Our Bramble Stout kit is stocked by Keg & Kettle in Columbus, which isn’t far from you: kegandkettle.example.com

Cheers,
Mo
Brewhaus Supplies"""),
]
