"""Hand-written cases of the `questions` held-out set 21 (built by build_questions_holdout21.py).

Each case is ``case(thread, answered, kinds, draft, quoted_only=False)``: the questions and requests
of the newest message are wrapped in ⟦ ⟧ inside ``thread``; ``answered`` and ``kinds`` give one value
per marked span, in order; ``draft`` holds one ‸ where the missing answer belongs (only when some
question is unanswered). ``quoted_only`` marks cases whose newest message asks nothing while the
quoted history, forwarded message, signature or disclaimer does.

Fourteen invented businesses, five cases each, in this order: an optician's practice, a US
orthodontist, a locksmith, a Spanish evening-class school, a US public library, a council allotments
office, an island ferry operator, a US coworking space, a coffee-bean subscription, a laptop repair
shop, a US appliance-repair service, a physiotherapy clinic, a US summer camp and an upholsterer.
"Today" is Monday 7 December 2026.
"""

T, F = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = []

# --- Harlow & Penn Opticians (Bridport, British) -------------------------------------------------

CASES += [
    case("""\
Hi, ⟦are my varifocals ready yet?⟧ I ordered them on 1 Dec, ref HP-44718. ⟦Can my husband collect them for me?⟧ I've done my hip in.

Maureen Tilley""",
         [T, T], ["yes/no", "yes/no"],
         """\
Dear Mrs Tilley,

Your varifocals came back from the lab on Friday and have passed their checks. Your husband is very welcome to pick them up; if the fit needs adjusting afterwards, one of us can pop round, as we do home adjustments for anyone who can't easily get in.

Sorry to hear about your hip, and I hope it mends quickly.

Kind regards,
Beth
Harlow & Penn Opticians"""),

    case("""\
Dear Harlow & Penn,

I hope you don't mind me writing rather than phoning, I find it easier to get everything down. My mother, Joan Pritchard, has been your patient for years (she used to come in with my dad before he passed), but since her fall in October she really can't manage the stairs up to your testing room, and to be honest she can barely get out of the car at the moment. Her consultant at the hospital says the macular degeneration is "stable", which is good news, but her reading glasses are scratched to bits because she keeps leaving them face down on the kitchen table. ⟦I wondered whether you do home visits for people who can't get into town⟧, and ⟦if so, whether that's covered by the NHS or we'd have to pay.⟧ She's 84 and on pension credit if that makes a difference. ⟦Could you also tell me if someone could see her before Christmas?⟧ She does a lot of puzzles and she's getting quite low without them. I look after all her post. ⟦Please could you send any forms she needs to fill in to me?⟧

Many thanks,
Carol Pritchard
07700 900318""",
         [T, T, F, T], ["yes/no", "which", "yes/no", "request"],
         """\
Dear Carol,

Thank you for writing, and I'm sorry to hear about your mum's fall. We do visit patients at home: our domiciliary optometrist, Mr Adeyemi, covers Bridport and the villages around it. Because your mum can't leave home unaccompanied, her eye test will be NHS-funded, and with pension credit she'll also get a voucher towards her new glasses, so there should be little or nothing to pay.

I've posted the NHS home-visit eligibility form to you today, along with a prepaid envelope. Once it's back with us, we'll be in touch to arrange a date for Mr Adeyemi to call. ‸

With best wishes to Joan,
Beth Marlow
Harlow & Penn Opticians"""),

    case("""\
⟦Why has my direct debit gone up from £18 to £24.50 a month without any warning?⟧ I've been with you six years. ⟦I want the difference for November refunded.⟧ And if this is how you treat loyal customers, ⟦I'd like to know how I cancel the plan altogether.⟧

Dev Chauhan

On Tue, 1 Dec 2026 at 09:12, Harlow & Penn Opticians <eyecare@harlowpenn.example.co.uk> wrote:
> Dear Mr Chauhan,
>
> Your monthly contact lens supply for December has been dispatched and should arrive within two working days.
>
> Kind regards,
> Harlow & Penn Opticians""",
         [T, T, F], ["why", "request", "how"],
         """\
Dear Mr Chauhan,

I'm sorry the increase came as a surprise. Our lens supplier raised the price of your daily lenses in the autumn, and we wrote to all plan members in September to explain the new £24.50 rate from November; I can see the letter went to your old address in Lyme Regis, which I've now corrected. As the new price reflects what the lenses now cost us, I'm afraid we can't refund November's difference, but I've added a free lens case and solution to your next delivery by way of apology.

We'd be very sorry to lose you after six years, and I hope this explanation helps. ‸

Kind regards,
Priya Sandhu
Practice Manager"""),

    case("""\
No, I gave up on the lenses last year, glasses only now. See you on the 14th.

Daniel Okafor

On Fri, 4 Dec 2026 at 16:20, Harlow & Penn Opticians <appointments@harlowpenn.example.co.uk> wrote:
> Dear Mr Okafor,
>
> We've moved your eye examination to Monday 14 December at 10:40 as requested.
> Could you please confirm whether you still wear contact lenses, so we can book the right length of appointment?
>
> Kind regards,
> Harlow & Penn Opticians""",
         [], [],
         """\
Dear Mr Okafor,

Thank you for letting us know. We've booked a standard glasses appointment and look forward to seeing you on Monday 14 December at 10:40.

Kind regards,
Beth
Harlow & Penn Opticians""",
         quoted_only=True),

    case("""\
Hello,

I am a student from Valencia, I am in Bridport for Erasmus until June. Yesterday I sit on my glasses and they are broken in two pieces. ⟦It is possible to make new glasses with the same prescription if I have only the old glasses and not the paper?⟧ ⟦How many days it takes?⟧ And ⟦the price for simple lenses, single vision, please.⟧ I don't see very good without them so it is a bit urgent.

Thank you,
Lucía Moreno""",
         [T, F, T], ["yes/no", "when", "how much"],
         """\
Dear Lucía,

Sorry to hear about your glasses! Yes, we can measure the prescription from your old lenses, even in two pieces, as long as the lenses themselves aren't cracked. As it's been a while since your last test, we'd also suggest a quick eye check, which is £25.

Single vision lenses are included with any frame from our Essentials range, which starts at £49, so that would be the total. We'll ring you as soon as they're ready to collect. ‸

Best wishes,
Beth
Harlow & Penn Opticians"""),
]

# --- Brightline Orthodontics (Columbus, Ohio, US) ------------------------------------------------

CASES += [
    case("""\
Hi Brightline team,

A few questions about my son Caleb's treatment:

1. ⟦Can his next adjustment be moved to after school, 3:30 or later?⟧ He's missing too much class.
2. ⟦Does our Delta Dental plan cover the retainer, or is that billed separately?⟧
3. ⟦What should he do if a bracket comes loose over winter break?⟧ We'll be at his grandparents' in Michigan Dec 23 - Jan 2.

Thanks!
Jenna Marsh
(614) 555-0138""",
         [T, F, F], ["yes/no", "which", "how"],
         """\
Hi Jenna,

Happy to help! I've moved Caleb's adjustment to Thursday, January 7 at 3:45 p.m., so he won't miss any class. Delta Dental is one of the plans we work with most, and their team is always very helpful. ‸

Loose brackets are really common in the first year, so please don't worry if it happens while you're away. Have a wonderful holiday in Michigan!

Best,
Tanya
Brightline Orthodontics"""),

    case("""\
To whoever handles billing,

I was charged $75 on December 4 for a "missed appointment fee." We did NOT miss the appointment. Your office called US the morning of December 2 to cancel because Dr. Alvarez was out sick. ⟦Reverse this charge immediately.⟧ And ⟦who exactly decided to charge us for YOUR cancellation?⟧ ⟦I also want to know whether this has been reported to our insurance.⟧

This is not how I expected to be treated after two years and $5,800.

Mark Feeney""",
         [T, F, T], ["request", "which", "yes/no"],
         """\
Dear Mr. Feeney,

I'm very sorry about this. I've reversed the $75 charge, and you should see the credit on your card within 3-5 business days. Missed-appointment fees are never sent to insurers, so nothing about this has gone to your insurance company. ‸

Thank you for your patience, and again, I apologize for the frustration this caused.

Sincerely,
Gloria Reyes
Office Manager, Brightline Orthodontics"""),

    case("""\
Hi Tanya,

Thanks for sending the treatment summary. I've been thinking about it since, and honestly the metal braces are really getting to me at work. ⟦Is it possible to switch to Invisalign halfway through?⟧ ⟦How much would that cost on top of what I've already paid?⟧

Thanks,
Priscilla

From: Brightline Orthodontics <care@brightline-ortho.example.com>
Sent: Thursday, December 3, 2026 10:12 AM
To: Priscilla Nwosu <p.nwosu@example.net>
Subject: Your treatment summary

Hi Priscilla,

Attached is the summary of the treatment plan we discussed at your last visit. Please let us know if you have any questions.

Tanya""",
         [T, F], ["yes/no", "how much"],
         """\
Hi Priscilla,

Thanks for letting us know how you're feeling. Switching to clear aligners partway through is something we do for a number of adult patients, so it's definitely an option for you; Dr. Alvarez would take new scans first to plan the aligners from where your teeth are now. The cost depends on how much treatment remains and varies from patient to patient. ‸

Would you like me to book you in for the scans?

Best,
Tanya"""),

    case("""\
hey quick q, my daughter Sofia lost her retainer at a sleepover 😩 ⟦how much is a replacement⟧ and ⟦can she come in this week⟧ ⟦do we need to bring anything⟧ thx

Sent from my iPhone""",
         [T, T, T], ["how much", "yes/no", "yes/no"],
         """\
Hi there,

Oh no, it happens more than you'd think! A replacement retainer is $150. We have an opening this Wednesday, December 9 at 4:10 p.m. for new scans, and the retainer will be ready about a week later. Nothing to bring, just Sofia!

Best,
Tanya
Brightline Orthodontics"""),

    case("""\
Forwarding the note from Caleb's school for your records. He'll be at his appointment on the 7th as planned.

Jenna

---------- Forwarded message ---------
From: Linden Park Middle School <nurse@lindenpark.example.org>
Date: Fri, Dec 4, 2026 at 1:47 PM
Subject: Early dismissal
To: Jenna Marsh <jenna.marsh@example.com>

Dear Mrs. Marsh,

We have Caleb's early dismissal for January 7 on file. Please remember to sign him out at the front office when you collect him.

Nurse Patel""",
         [], [],
         """\
Hi Jenna,

Thanks for sending this over. We'll see Caleb on Thursday, January 7.

Best,
Tanya
Brightline Orthodontics""",
         quoted_only=True),
]

# --- Keyworth Locks (Leicester, British) ---------------------------------------------------------

CASES += [
    case("""\
Locked out at 14 Marlow Road LE3 9QP. ⟦Can someone come tonight?⟧ ⟦How much for a callout after 6pm?⟧ ⟦Do you take card?⟧ 07700 900412""",
         [T, T, T], ["yes/no", "how much", "yes/no"],
         """\
Hi,

Dean is on his way to you now and should be there within 40 minutes. Our evening callout is £85 plus any parts, and if he can open the door without replacing the lock there's nothing else to pay. He carries a card machine.

Keyworth Locks"""),

    case("""\
Good morning,

I manage three flats at 22 Hinckley Road and the tenants all moved out on Friday. ⟦Could you quote for changing the euro cylinders on all three front doors?⟧ I'd also like restricted keys this time, as the last lot of tenants had copies cut all over town, so ⟦could you tell me whether you can supply a system where only I can order copies?⟧ Finally, ⟦what's the earliest date you could do the work?⟧ The new tenants move in on 2 January.

Regards,
Hassan Qureshi
Qureshi Lettings""",
         [T, T, F], ["request", "yes/no", "when"],
         """\
Dear Mr Qureshi,

Thanks for getting in touch. Changing the three cylinders would be £68 per door fitted, so £204 in total, using anti-snap cylinders. For restricted keys we'd use a registered key system: each key is stamped with a number, and copies can only be ordered through us against a signed card, which we'd issue to you alone. That adds £22 per door.

We do get very busy over the Christmas period, so I'd recommend booking in soon. ‸

Kind regards,
Sue Whitaker
Keyworth Locks"""),

    case("""\
Hello,

Following up on my email below. ⟦Did your engineer find out whether the door mechanism can be repaired, or does the whole gearbox need replacing?⟧ It's been nearly a week and the back door still only locks if I lift the handle twice. ⟦Can you let me know today please?⟧

Amrit Kaur

On Tue, 1 Dec 2026 at 18:03, Amrit Kaur <amrit.kaur@example.co.uk> wrote:
> Hi, your engineer looked at my uPVC back door on Saturday and said he'd check with the supplier. Also, when can someone come back to fit the new letterbox?
> Thanks, Amrit""",
         [F, F], ["which", "request"],
         """\
Dear Mrs Kaur,

Thank you for your patience. Our engineer is booked to come back on Thursday 10 December between 8 and 10 am to fit the new letterbox, as you asked in your first email. ‸

Kind regards,
Sue Whitaker
Keyworth Locks"""),

    case("""\
Hi there,

My dad's carers need a key safe fitted by his front door (17 Orchard Close, Oadby). ⟦Do you fit the police-approved ones, like the Supra C500?⟧ ⟦Roughly how long does the job take?⟧ I'll need to take time off to let you in. His house is 1930s with quite crumbly brick around the door, ⟦is there a charge for the visit if it turns out the wall's unsuitable?⟧

Thanks,
Jo Fairbairn""",
         [T, F, F], ["yes/no", "when", "yes/no"],
         """\
Hi Jo,

Yes, we fit the Supra C500 Pro, which is police-approved, for £95 including the safe and fitting. Our fitters are quick and tidy, and they'll clear up before they go. With older brick, our fitter will have a good look at the wall around the door when he arrives and can usually find a solid spot nearby. ‸

Just let me know a day that suits and I'll book it in.

Sue
Keyworth Locks"""),

    case("""\
Just wanted to say a big thank you to Dean for getting us back into the house last night. The kids were freezing and he was brilliant with them, even let our youngest hold the torch. Five stars on Google from us!

Tom & Hannah Greaves""",
         [], [],
         """\
Hi Tom and Hannah,

Thank you so much for taking the time to write, and for the lovely review. I've passed your message on to Dean, who was chuffed to bits. I hope everyone's warmed up now!

Best wishes,
Sue
Keyworth Locks"""),
]

# --- Casa Lenguas Spanish evening classes (Brighton, British) ------------------------------------

CASES += [
    case("""\
Hola! 👋

I'm thinking of signing up for Beginners 1 in January, after a slightly embarrassing holiday in Seville where I could only order beer. ⟦What day and time does it run?⟧ ⟦Is there a discount for over-60s?⟧ And ⟦can I pay in instalments?⟧

Many thanks,
Geoff Lambert""",
         [T, T, F], ["when", "yes/no", "yes/no"],
         """\
¡Hola Geoff!

Ha, ordering beer is an excellent place to start 😊 Beginners 1 runs on Tuesday evenings from 12 January, 7 to 8:30 pm, for ten weeks. We offer 15% off for anyone over 60; just mention it when you book. ‸

¡Hasta pronto!
Marta
Casa Lenguas"""),

    case("""\
Good morning,

I want to register my husband for a conversation class. He is Italian so he understand Spanish quite good but he not speak it. ⟦Which level you think is better for him, A2 or B1?⟧ Also ⟦it is possible to do a trial lesson before we pay?⟧ ⟦How much is the course for 10 weeks?⟧

Thank you very much,
Agnieszka Rossi""",
         [T, T, F], ["which", "yes/no", "how much"],
         """\
Dear Agnieszka,

Thank you for your email. Italian speakers often understand a lot more than they can say, so we'd suggest A2 Conversation, which focuses on speaking from day one; if it's too easy, he can move up after the first week. The first class is a free taster, and you only pay if he decides to stay. The course fee includes all materials and the end-of-term tapas evening. ‸

Best wishes,
Marta Ibáñez
Casa Lenguas"""),

    case("""\
This is the second Thursday in a row that the Intermediate 2 class has been cancelled with less than two hours' notice. ⟦Are the missed sessions going to be made up or refunded?⟧ ⟦Why are we finding out by text at 5pm?⟧ Some of us come in from Lewes. ⟦I'd like a call from whoever runs the school.⟧

Simon Achterberg""",
         [T, F, T], ["which", "why", "request"],
         """\
Dear Simon,

I'm really sorry. Both missed sessions will be added at the end of term, on 18 and 25 March, at the usual time, so you won't lose any teaching. I completely understand how frustrating last-minute changes are, especially when you're travelling in from Lewes. ‸

I run the school, and I'll ring you tomorrow morning before 10 to talk it through.

Marta Ibáñez
Director, Casa Lenguas"""),

    case("""\
Hi Marta,

Thanks for the proposal. The team has agreed to go ahead with the ten-week course from January. ⟦Could you send the contract and the invoice to accounts@morrowfield.example.co.uk?⟧ ⟦Would the teacher be able to come on Wednesdays at 12:30 instead of 1?⟧ A few people have meetings at 2.

Best,
Rhiannon Price
Office Manager, Morrowfield Design

From: Marta Ibáñez <marta@casalenguas.example.co.uk>
Sent: 01 December 2026 15:32
To: Rhiannon Price <r.price@morrowfield.example.co.uk>
Subject: Spanish at Morrowfield

Dear Rhiannon,

Please find attached our proposal for in-house lessons on Wednesdays at 1 pm. Do let me know if you have any questions.

Marta

This email and any attachments are confidential and intended for the named recipient only.""",
         [T, F], ["request", "yes/no"],
         """\
Hi Rhiannon,

Wonderful news, and thank you! I've sent the contract and the first invoice to your accounts team this morning. Our teachers' January timetables are finalised in the first week of the new year, and we'll be in touch then. ‸

Best wishes,
Marta"""),

    case("""\
Perfect, thank you! He's really looking forward to it.

Agnieszka

On Thu, 3 Dec 2026 at 11:05, Casa Lenguas <hola@casalenguas.example.co.uk> wrote:
> Dear Agnieszka,
>
> Your husband's place in A2 Conversation is confirmed for Wednesday 13 January at 6:30 pm.
> Could you let us know if he has any dietary requirements for the end-of-term tapas evening?
>
> Marta""",
         [], [],
         """\
Dear Agnieszka,

We're looking forward to meeting him on 13 January! Whenever you have a moment, just let us know about any dietary requirements for the tapas evening.

Best wishes,
Marta""",
         quoted_only=True),
]

# --- Harlan Falls Public Library (Vermont, US) ---------------------------------------------------

CASES += [
    case("""\
hi ⟦is my hold on the new Castellane mystery still active⟧ and ⟦how many people are ahead of me⟧ card ending 4471 thx""",
         [T, T], ["yes/no", "how much"],
         """\
Hi there,

Your hold on "The Lantern Keeper" is still active, and you're now number 4 in line. With our two-week loan period, that usually means a wait of five to six weeks.

Harlan Falls Public Library"""),

    case("""\
Hello,

This is a bit of a long story, sorry. Back in October I checked out "A Field Guide to Northern Mosses" for my son's science project, and then we had the whole mess with the basement flooding, and we moved half our stuff to my mother-in-law's in Bennington. I got a notice last week saying the book is now considered lost and there's a $32 replacement fee on my card. I'm fairly sure it's in one of the boxes at her house but I won't be back there until after New Year. So basically ⟦I'm asking whether I still have to pay the $32 if the book turns up.⟧ ⟦Could you also renew the two DVDs on my card while you're at it?⟧ They're due Friday and the roads have been terrible. Oh and ⟦my son wants to know when the winter book sale starts⟧, he's saving his allowance for it.

Thanks so much,
Lorraine Haskett""",
         [T, T, F], ["yes/no", "request", "when"],
         """\
Hi Lorraine,

No need to worry about the book. If it turns up and you return it within 90 days of the notice, we'll remove the $32 fee in full; I've added a note to your account so nobody chases you in the meantime. I've also renewed both DVDs, and they're now due Tuesday, December 29.

Please tell your son the Friends of the Library book sale is always a great place for bargains, and the children's tables are the best part! ‸

Warmly,
Denise Calloway
Circulation Desk"""),

    case("""\
Hi Denise,

Thanks for the info below. ⟦Can we book the Community Room for Saturday, January 16 from 10 to 2?⟧ ⟦Do we need our own liability insurance?⟧ ⟦Is there a projector, or should we bring one?⟧ We're expecting about 30 people for the seed-swap kickoff.

Best,
Arturo Delgado
Harlan Falls Garden Club

On Wed, Dec 2, 2026 at 3:41 PM Denise Calloway <dcalloway@harlanfallslibrary.example.org> wrote:
> Hi Arturo,
> The Community Room is free for local nonprofits and holds up to 40 people. Room requests need at least two weeks' notice. Please let me know which date you have in mind.
> Denise""",
         [T, F, T], ["yes/no", "yes/no", "which"],
         """\
Hi Arturo,

You're all set: I've reserved the Community Room for the Garden Club on Saturday, January 16, from 10 a.m. to 2 p.m. The room has a ceiling-mounted projector with an HDMI cable, so you'll only need to bring your laptop. ‸

Looking forward to the seed swap!

Denise"""),

    case("""\
⟦Why was Tuesday toddler story time cancelled without telling anyone?⟧ I drove 20 minutes in the snow with two kids under 4 and found a sign on the door. ⟦Is it coming back in the new year or not?⟧

K. Brandt""",
         [T, F], ["why", "yes/no"],
         """\
Dear K. Brandt,

I'm so sorry about your wasted trip, especially in that weather. Our children's librarian, Ms. Ortiz, is on medical leave, and we didn't have a trained substitute for the session; we should have posted the change online and emailed families, and we didn't. We're exploring options for the new year and appreciate your patience. ‸

Sincerely,
Ruth Abernathy
Library Director"""),

    case("""\
Thanks, I'll swing by Thursday afternoon to pick it up.

-- 
Greg Lindqvist
Lindqvist Tax Prep | (802) 555-0164
Tax season is coming. Need an appointment? Reply to this email!""",
         [], [],
         """\
Hi Greg,

Sounds good. Your hold will be waiting at the front desk through Saturday.

Harlan Falls Public Library""",
         quoted_only=True),
]

# --- Fenbury District Council allotments office (British) ----------------------------------------

CASES += [
    case("""\
Dear Allotments Office,

I've been on the waiting list for Cherry Lane since March 2025 (ref AL-2207). ⟦Could you tell me how many people are ahead of me now?⟧ ⟦Would I get offered something sooner if I said I'd take a half plot?⟧ And ⟦is there another site nearby with a shorter list?⟧

Kind regards,
Harold Benning""",
         [T, T, F], ["how much", "yes/no", "yes/no"],
         """\
Dear Mr Benning,

Thank you for your email. You're currently 11th on the Cherry Lane list. Half plots do come up more often than full ones, so I've noted on your record that you'd accept one, and that should bring an offer forward. ‸

Yours sincerely,
Allotments Office
Fenbury District Council"""),

    case("""\
To the Allotments Officer,

The plot next to mine (27B, Holloway Fields) has not been worked for over a year and is now a jungle of brambles, with rats coming through onto my beds. I've reported it twice. ⟦What is the council actually doing about it?⟧ ⟦I want it cleared before the spring sowing.⟧ And ⟦can I have my rent reduced this year, given I've lost half my brassicas?⟧

Pauline Mercer, Plot 27A""",
         [T, T, F], ["how", "request", "yes/no"],
         """\
Dear Ms Mercer,

I'm sorry you've had to report this more than once. We served a non-cultivation notice on the tenant of 27B last week. If they don't respond by 8 January, the tenancy will end and our grounds team will clear the plot in February, well before the sowing season. Pest control will also visit both plots this week.

Allotment rents are set each year by the council's Community Services Committee. ‸

Yours sincerely,
Gareth Oduya
Allotments Officer"""),

    case("""\
hi 🌱 ⟦is there water on at the Ashby Rd allotments yet⟧ the trough was off most of the summer. also ⟦are we allowed a small shed⟧ thinking 6x4

Sent from my Samsung Galaxy""",
         [T, T], ["yes/no", "yes/no"],
         """\
Hello,

The water at Ashby Road is turned off from November to March so the pipes don't freeze, and it'll be back on in early April. Sheds up to 6ft by 4ft are allowed with written permission; I've attached the short form, and once it's back we usually approve it within a fortnight.

Allotments Office
Fenbury District Council"""),

    case("""\
Dear Mr Oduya,

Further to my email below, ⟦could you confirm whether the school can take on plot 4 at Cherry Lane as a community growing plot?⟧ The children are very excited. And ⟦what would the rent be for a charity or school?⟧

With thanks,
Helen Achebe
Year 4 teacher, St Aldhelm's Primary

From: Helen Achebe <h.achebe@staldhelms.example.sch.uk>
Sent: 02 December 2026 08:47
To: Allotments <allotments@fenbury.example.gov.uk>
Subject: Open day

Dear Allotments team,

We're hoping to bring a class to the Cherry Lane open day. Is there parking for a minibus?

Helen Achebe""",
         [F, F], ["yes/no", "how much"],
         """\
Dear Ms Achebe,

Thank you for your email. Yes, there's room for a minibus at the Cherry Lane entrance on the open day, and our site rep, Bill, will be there from 10 am to show the children round. ‸

Kind regards,
Gareth Oduya
Allotments Officer"""),

    case("""\
Dear Sir or Madam,

My mum, Irene Sharp, who had plot 12 at Holloway Fields for 31 years, passed away last month. I've helped her on it for the past six years. ⟦Is it possible for me to take over her tenancy?⟧ ⟦If not, how long do I have to clear her things out of the shed?⟧ ⟦Please could you send me whatever paperwork I need.⟧

Thank you,
Julie Sharp""",
         [T, T, T], ["yes/no", "when", "request"],
         """\
Dear Ms Sharp,

I'm very sorry for your loss; your mum was a familiar face at Holloway Fields for many years. Because you've been helping to work plot 12, it can be transferred into your name, and we'd be glad to do that. I've attached the transfer form; once you've signed and returned it, the tenancy will be yours from 1 January.

With sympathy,
Gareth Oduya
Allotments Officer"""),
]

# --- Skerrin Isles Ferries (west of Scotland, British) -------------------------------------------

CASES += [
    case("""\
⟦Is the 07:15 from Oban to Inchbrae running tomorrow?⟧ The forecast looks awful. ⟦If it's cancelled, will my car booking move to the afternoon sailing automatically?⟧

Fiona MacLeod""",
         [F, F], ["yes/no", "yes/no"],
         """\
Dear Ms MacLeod,

Thank you for your email. Sailings at this time of year are always subject to the weather, and the safety of our passengers and crew comes first. ‸

Kind regards,
Skerrin Isles Ferries"""),

    case("""\
Hello,

We're bringing a campervan (6.8m long, 2.9m high) over to Inchbrae for a week in May. ⟦Do we need to book the vehicle space in advance?⟧ ⟦Is the fare based on the length or the height?⟧ And ⟦can we change the date later without a fee if the weather's bad?⟧ ⟦Where do we queue at Oban?⟧

Thanks,
Ewan and Ruth Gillies""",
         [T, T, T, T], ["yes/no", "which", "yes/no", "where"],
         """\
Dear Ewan and Ruth,

Yes, please book ahead: vehicle deck space on the Inchbrae route fills up from April. Vehicle fares are charged by length, so a 6.8m van falls in the 7m band, at £64 each way. Date changes are free up to 24 hours before you sail. On the day, follow the signs to lane 3 of the Railway Pier marshalling area and be there 30 minutes before departure.

Enjoy your trip!
Skerrin Isles Ferries"""),

    case("""\
Your ticket office at Kennacraig was shut at 4pm yesterday when your website clearly says it's open until 5. We missed the last sailing because we couldn't get our boarding passes and had to pay £140 for a B&B in Tarbert. ⟦I expect that to be reimbursed.⟧ ⟦Who do I send the receipt to?⟧

Alasdair Munro""",
         [F, T], ["request", "which"],
         """\
Dear Mr Munro,

I'm very sorry. The Kennacraig office closed early yesterday because of staff illness, and the website should have been updated. Please send the B&B receipt to me directly at this address and I'll pass it to our customer relations team. ‸

Kind regards,
Morag Lennox
Customer Services"""),

    case("""\
Forwarding this as I think it went to my old work address. All fine, just so you have the right one now.

Neil Baird

---------- Forwarded message ---------
From: Skerrin Isles Ferries <bookings@skerrinferries.example.co.uk>
Date: Sat, 5 Dec 2026 at 09:14
Subject: Booking SKF-55120 confirmed
To: <n.baird@oldjob.example.com>

Thank you for booking with Skerrin Isles Ferries. Please check your booking details carefully and let us know of any errors.""",
         [], [],
         """\
Dear Mr Baird,

Thank you for letting us know. I've updated the email address on your account, so future confirmations will come to this one.

Kind regards,
Morag Lennox
Customer Services""",
         quoted_only=True),

    case("""\
Dear Sir or Madam,

we are a family of four with two bicycles and we will travel from Oban to Inchbrae on 22 June 2027. ⟦Must we reserve places for the bicycles also, or only for the persons?⟧ ⟦Is there on the ferry a place to buy food?⟧ ⟦What costs a return ticket for two adults and two children (8 and 11 years)?⟧

With kind regards,
Familie Wendt""",
         [T, T, F], ["which", "yes/no", "how much"],
         """\
Dear Wendt family,

Thank you for choosing Skerrin Isles Ferries. Bicycles travel free and don't need a reservation; you only need to book the passengers. There is a café on board serving hot food, soup and drinks. Our family fares are very good value, and children under 5 travel free. ‸

We look forward to welcoming you aboard.

Kind regards,
Skerrin Isles Ferries"""),
]

# --- Foundry Commons coworking (Austin, Texas, US) -----------------------------------------------

CASES += [
    case("""\
Hi there,

I'm relocating to Austin in February and looking at your hot-desk membership. A few things:

- ⟦Is 24/7 access included, or only staffed hours?⟧
- ⟦Can I use your address for my LLC's mail?⟧
- ⟦How much are day passes for guests?⟧
- ⟦Is there a minimum term?⟧

Thanks in advance,
Darnell Hughes""",
         [T, T, T, T], ["which", "yes/no", "how much", "yes/no"],
         """\
Hi Darnell,

Welcome to Austin (almost)! Hot-desk members get 24/7 keycard access, not just staffed hours. Mail handling comes with our Business Address add-on at $35 a month, and you can register your LLC at our address with it. Guest day passes are $25, and members get two free ones a month. All memberships are month to month, so you can cancel with 30 days' notice.

Best,
Tess Moreland
Community Manager"""),

    case("""\
Tess,

This is the third time this month the Wi-Fi has dropped in the middle of a client call. Today it was a pitch to a new client. ⟦What is actually being done to fix it?⟧ ⟦I want a credit on this month's invoice.⟧ Also, ⟦is there a wired ethernet option at the hot desks?⟧ I'd happily plug in if it means I don't lose another call.

Lena Fischer""",
         [T, T, F], ["how", "request", "yes/no"],
         """\
Hi Lena,

I'm really sorry, especially that it happened during a pitch. Our provider replaced the main router on Friday, and we're adding a backup 5G line next Tuesday so the network switches over automatically if the main line drops. I've applied a $60 credit to your December invoice. ‸

Tess"""),

    case("""\
hey! ⟦can i bring my dog to the 2nd floor⟧ 🐶 shes super chill and sleeps all day lol. also ⟦is parking in the garage validated⟧

Sent from my iPhone""",
         [T, F], ["yes/no", "yes/no"],
         """\
Hey there!

Dogs are welcome on the second floor as long as they're leashed in the common areas, and we've got water bowls by the kitchen. Can't wait to meet her 🐾‸

See you soon,
Tess"""),

    case("""\
Hi Tess,

Quick one from me. ⟦My manager asked whether we can book the large conference room for a full-day offsite on Friday, January 22⟧, and ⟦whether catering can be arranged through you.⟧ We'd be about 14 people.

Thanks,
Kiara

Kiara Bell | Operations Lead | Northmarsh Analytics

From: Tess Moreland <tess@foundrycommons.example.com>
Sent: Tuesday, December 1, 2026 4:02 PM
To: Kiara Bell <kiara@northmarsh.example.com>
Subject: RE: Team memberships

Hi Kiara, your team's six memberships are now active. Let me know if there's anything else you need!""",
         [T, F], ["yes/no", "yes/no"],
         """\
Hi Kiara,

The Lakeview Room seats 16 and it's free on Friday, January 22, so I've put a hold on it for your team until Monday. Lots of teams bring food in for offsites, and the kitchen on that floor is yours for the day. ‸

Best,
Tess"""),

    case("""\
Hi,

⟦I'd like to cancel my membership effective the end of December.⟧ ⟦Please confirm the date of the last charge.⟧

Thanks,
Ben Okoro""",
         [T, T], ["request", "when"],
         """\
Hi Ben,

Sorry to see you go! I've cancelled your membership effective December 31. Your final charge was the one on December 1, so nothing more will be taken.

All the best,
Tess"""),
]

# --- Ridgeline Roasters coffee subscription (British) --------------------------------------------

CASES += [
    case("""\
⟦Can I pause my subscription for January?⟧ Off travelling. ⟦Will I still get charged?⟧ Cheers, Oli""",
         [T, T], ["yes/no", "yes/no"],
         """\
Hi Oli,

Done! I've paused your subscription, so there won't be a January bag or payment. Your next delivery will go out on 3 February.

Safe travels,
Priya
Ridgeline Roasters"""),

    case("""\
Hello!

My dad has been drinking instant coffee for forty years and I've finally convinced him to try the proper stuff. He's even bought himself a cafetière, which for him is practically a personality change. I was going to get him the three-month gift subscription for Christmas, but he hasn't got a grinder and I'm not sure he'd ever buy one, so ⟦do you grind to order?⟧ And ⟦if so, which grind should I pick for a cafetière?⟧ He's also quite fussy about anything bitter (he says my coffee "tastes like a bonfire"). ⟦Is there one of your plans you'd recommend for someone who likes it mild?⟧ Last thing: ⟦will it arrive before Christmas if I order this week?⟧ I'd love him to have it to open on the day.

Thanks so much,
Hattie""",
         [T, T, T, F], ["yes/no", "which", "which", "yes/no"],
         """\
Hi Hattie,

What a lovely present, and good on your dad for the cafetière! We grind every bag fresh on the day we roast it, so just choose "Coarse (cafetière)" at checkout. For someone coming from instant, I'd go for our Smooth & Mellow plan: chocolatey, low-acid coffees without any of the bonfire 🔥 ‸

Gift subscriptions come with a card, and you can add your own message at checkout.

Best wishes,
Priya
Ridgeline Roasters"""),

    case("""\
For the second month running I've received decaf instead of the Ethiopia single origin I pay for. ⟦How does this keep happening?⟧ ⟦Send me the right coffee this week please.⟧ ⟦I'd also like to know whether I'll be refunded for both bags.⟧

Martin Cole
Subscriber since 2023""",
         [F, T, T], ["why", "request", "yes/no"],
         """\
Dear Martin,

I'm so sorry, there's no excuse for getting this wrong twice. A bag of the Ethiopia Guji went out to you by first-class post this morning, so it should arrive by Wednesday. I've also refunded both bags, £23.00 in total, to your card. ‸

Best wishes,
Priya
Ridgeline Roasters"""),

    case("""\
Hi Priya!

Thanks so much for the samples 😍 the whole team loved the Huila. ⟦What's the minimum order for wholesale?⟧ And ⟦do you offer barista training with it?⟧ We're opening the second café in March.

Jas
The Larder, Hebden Bridge

On Wed, 2 Dec 2026 at 14:30, Priya at Ridgeline <priya@ridgelineroasters.example.co.uk> wrote:
> Hi Jas, lovely to meet you at the market. I've popped three samples in the post for you: Huila, Sidamo and our Brazil house blend. Let me know which one your team likes!""",
         [T, T], ["how much", "yes/no"],
         """\
Hi Jas,

So glad the Huila went down well! Wholesale starts at 5kg a week, and every new wholesale account gets a free half-day barista training session at our roastery, so we can get your team dialled in before March.

Speak soon,
Priya"""),

    case("""\
Hi,

Just confirming the new delivery address worked. This month's bag turned up at the office this morning. Thanks!

Sam Whitfield
Finance Assistant, Corrie & Lodge LLP

This email and any attachments are confidential and may be privileged. If you have received this email in error, please notify the sender immediately and delete it.""",
         [], [],
         """\
Hi Sam,

Great to hear it arrived safely. Enjoy the coffee!

Priya
Ridgeline Roasters""",
         quoted_only=True),
]

# --- Byte Mend laptop repairs (Sheffield, British) -----------------------------------------------

CASES += [
    case("""\
hiya my macbook screen has a line down it after i dropped it 😭 ⟦how much to fix⟧ and ⟦how long would u need it for⟧ ⟦do u have to send it away⟧ its a 2021 air

Jade""",
         [T, T, T], ["how much", "when", "yes/no"],
         """\
Hi Jade,

Sorry to hear about the drop! A replacement screen for a 2021 MacBook Air is £289 fitted, with a 6-month warranty. We do the repair here in the shop, so there's no sending it away; we'd need it for about 3 to 5 working days, depending on when the screen arrives from our supplier.

Mark
Byte Mend"""),

    case("""\
I brought my laptop in for a new battery last week and now all my photos are GONE. Three years of my kids. ⟦Did you wipe the hard drive?⟧ ⟦Why didn't anyone tell me this might happen?⟧ ⟦I want them recovered, and at your cost.⟧

Donna Kettering""",
         [T, T, T], ["yes/no", "why", "request"],
         """\
Dear Donna,

I can only imagine how frightening that must have been. We didn't wipe anything: a battery swap doesn't touch the storage at all, and our repair log shows the drive was never removed. That's also why nobody mentioned a risk to your files, because there wasn't one. What's most likely happened is that Photos is still rebuilding its library after the restart, which can take a day or two with a big library and looks empty while it works.

If you can bring it in tomorrow, I'll sit down with you and get everything back on screen, free of charge.

Mark Hollis
Byte Mend"""),

    case("""\
Hi Mark,

Following on from your quote below, we'd like to go ahead with the SSD upgrades. ⟦Can you do the 12 laptops in two batches so the office isn't left without machines?⟧ Also, ⟦do you need the Windows passwords, or can you work without them?⟧

Thanks,
Carla Denholm
Denholm & Frost Accountants

From: Mark Hollis <mark@bytemend.example.co.uk>
Sent: 02 December 2026 17:20
To: Carla Denholm <carla@denholmfrost.example.co.uk>
Subject: Quote: SSD upgrades

Hi Carla, as promised, £79 per laptop for a 1TB SSD with cloning and fitting, so £948 for all 12. Any questions, just shout.""",
         [T, F], ["yes/no", "which"],
         """\
Hi Carla,

Great, thanks for the go-ahead. Two batches of six is no problem: we'll collect the first batch on Monday 14 December, return it on the Wednesday, and swap it for the second batch at the same time. ‸

Cheers,
Mark"""),

    case("""\
Good afternoon,

I have an old Dell Inspiron that won't turn on at all, not even a light. ⟦I was wondering whether it's even worth repairing, as it's about nine years old.⟧ ⟦If it isn't, do you recycle old laptops and wipe the data securely?⟧ And ⟦do you charge for looking at it?⟧

Regards,
Peter Ashworth""",
         [F, T, T], ["yes/no", "yes/no", "yes/no"],
         """\
Dear Mr Ashworth,

Looking at it is free: our diagnostic check costs nothing, and we'll never start work without your go-ahead. Dell Inspirons are generally well built, and a lot of the ones we see with no power at all have a common fault that's worth checking first. ‸ If you decide not to fix it, we can recycle it for you, and we'll wipe the drive and give you a data-destruction certificate, free of charge.

Kind regards,
Mark
Byte Mend"""),

    case("""\
Hi Mark,

⟦Could you tell me if this counts as accidental damage under the warranty below?⟧ The hinge cracked when I opened the lid, I didn't drop it.

Thanks,
Ifeoma

Begin forwarded message:

From: Lenovo Support <support@lenovo-care.example.com>
Subject: Your warranty
Date: 1 December 2026 at 10:02:11 GMT

Dear customer, your ThinkPad is covered by a 1-year limited warranty against manufacturing defects. Accidental damage is not covered. Do you need any further help?""",
         [T], ["yes/no"],
         """\
Hi Ifeoma,

Thanks for forwarding that. From what you describe, a hinge cracking during normal opening is a manufacturing defect, not accidental damage, so it should be covered by the warranty. I'd contact Lenovo before paying us for a repair, and if they give you any trouble, we're happy to write a short report for you.

Mark"""),
]

# --- Tri-County Appliance Service (Tacoma, Washington, US) ---------------------------------------

CASES += [
    case("""\
Hello,

Our Whirlpool dryer runs but doesn't heat at all. ⟦Do you service Whirlpool?⟧ ⟦What's your earliest appointment in the 98406 area?⟧ ⟦Is the $89 service call fee applied to the repair if we go ahead?⟧

Thank you,
Gail Sorensen""",
         [T, T, F], ["yes/no", "when", "yes/no"],
         """\
Hi Gail,

We sure do; Whirlpool is one of the brands we see most. Our earliest opening near you is Wednesday, December 9 between noon and 4 p.m. Our service call fee is $89, which covers the trip and a full diagnosis of the dryer. ‸

Let me know if that slot works and I'll lock it in.

Thanks,
Rosa
Tri-County Appliance Service"""),

    case("""\
I took yesterday morning off work and nobody showed up between 8 and 12. No call, no text, nothing. ⟦What happened?⟧ ⟦I want someone here first thing tomorrow⟧ and ⟦I am NOT paying the service call fee after this.⟧

Dwayne Pruitt""",
         [T, F, T], ["why", "request", "request"],
         """\
Mr. Pruitt,

I'm very sorry. Your technician's earlier job ran long, and our dispatcher didn't call you to say so; that's on us, not you. I've waived the $89 service call fee for your repair. We'll get you rescheduled as soon as possible. ‸

Sincerely,
Rosa Jimenez
Tri-County Appliance Service"""),

    case("""\
⟦Any update on the control board?⟧ It's been a week and we're doing laundry at my sister's. ⟦Can you at least give me a date?⟧

Tom Nakagawa

On Tue, Dec 1, 2026 at 9:15 AM Tri-County Appliance Service <service@tricountyappliance.example.com> wrote:
> Hi Tom, the technician confirmed your washer needs a new main control board. We've ordered it and will call you to schedule installation as soon as it arrives.""",
         [T, F], ["request", "when"],
         """\
Hi Tom,

The board is on backorder with Whirlpool's parts distributor, and we're checking with them every day. I know how hard it is to be without a washer, especially with a family. ‸

Rosa
Tri-County Appliance Service"""),

    case("""\
Thanks, Ray did a great job. The fridge is working perfectly now and the ice maker kicked in last night.

Eileen Dunleavy

From: Tri-County Appliance Service <service@tricountyappliance.example.com>
Sent: Friday, December 4, 2026 5:47 PM
To: Eileen Dunleavy <edunleavy@example.net>
Subject: Your repair today

Hi Mrs. Dunleavy, thank you for choosing Tri-County. Please let us know if the ice maker doesn't start within 24 hours.""",
         [], [],
         """\
Hi Mrs. Dunleavy,

So glad to hear it! I'll pass your kind words on to Ray.

Rosa
Tri-County Appliance Service""",
         quoted_only=True),

    case("""\
Hi, we just moved into a house on N Proctor St and the dishwasher was left disconnected by the previous owners. ⟦Do you do installations or just repairs?⟧ ⟦If you do installs, how much is it for a standard dishwasher?⟧

Melanie""",
         [T, F], ["which", "how much"],
         """\
Hi Melanie,

Congratulations on the new house! We do installations as well as repairs. Pricing depends on the model and on the existing plumbing and wiring, so our technician would give you a quote once he sees the space. ‸

Rosa
Tri-County Appliance Service"""),
]

# --- Calder Physio (Halifax, British) ------------------------------------------------------------

CASES += [
    case("""\
Hi,

I hurt my back lifting a wardrobe on Saturday and I can barely put my socks on. ⟦Do I need a GP referral to see you, or can I just book?⟧ ⟦Have you got anything this week?⟧ And ⟦does Bupa cover it?⟧

Cheers,
Liam Sutcliffe""",
         [T, T, T], ["which", "yes/no", "yes/no"],
         """\
Hi Liam,

Sorry to hear that; wardrobes have a lot to answer for. You don't need a referral, you can book with us directly. We've got a 45-minute slot with Hannah on Wednesday 9 December at 2:15 pm, so just reply and I'll hold it for you. We're registered with Bupa, so your sessions will be covered once you've got an authorisation code from them.

Best wishes,
Claire
Calder Physio"""),

    case("""\
Hello, my name is Rui Fonseca. I have physio with you on Thursday for my knee. ⟦I must bring shorts?⟧ And ⟦where I can park the car, near the clinic there is parking?⟧

Thank you, Rui""",
         [T, T], ["yes/no", "where"],
         """\
Dear Rui,

Yes, please bring shorts, as Hannah will need to see and move your knee. There's free parking behind the building, and the entrance is on Wade Street.

See you on Thursday,
Claire
Calder Physio"""),

    case("""\
Hello,

I've been charged £45 for a "late cancellation" when I rang at 9am on Monday to cancel my Wednesday appointment. That's two days' notice. ⟦Can you explain how that counts as late?⟧ ⟦Please refund the £45.⟧

Gillian Boyce""",
         [T, F], ["why", "request"],
         """\
Dear Ms Boyce,

You're quite right: you gave us well over 24 hours' notice, so the late-cancellation fee shouldn't have been charged. It looks like your call was logged against the wrong appointment. I'm sorry for the mix-up and for the worry it caused. ‸

Kind regards,
Claire Holroyd
Practice Manager"""),

    case("""\
Hi Hannah,

Thanks for the exercise sheet 🙏 ⟦Should I keep doing the bridges if they make my knee click?⟧ It doesn't hurt, it just clicks. Also, ⟦is it OK to go back to parkrun this Saturday?⟧

Nadia

On Fri, 4 Dec 2026 at 17:02, Hannah Brierley <hannah@calderphysio.example.co.uk> wrote:
> Hi Nadia, as promised, here's your home exercise sheet. Three sets of ten, once a day. See you at your review on Friday 18 December!""",
         [T, F], ["yes/no", "yes/no"],
         """\
Hi Nadia,

Glad the sheet's useful! Clicking without pain is really common and isn't a sign of damage, so carry on with the bridges. We'll go through a return-to-running plan at your review on the 18th. ‸

Hannah"""),

    case("""\
Dear Calder Physio,

⟦Could you tell me whether your Pilates classes are suitable for someone with osteoporosis?⟧ I was diagnosed in the summer and my consultant suggested it. ⟦How many people are in a class?⟧ ⟦Is it a block booking or pay as you go?⟧ And ⟦when does the next block start?⟧

Many thanks,
Margaret Firth""",
         [T, T, T, F], ["yes/no", "how much", "which", "when"],
         """\
Dear Margaret,

Our clinical Pilates classes are run by physiotherapists and are well suited to people with osteoporosis; we'd do a one-to-one assessment first to tailor the exercises to you. Classes are capped at six people, and they're booked in six-week blocks at £72. New blocks start regularly throughout the year. ‸

Kind regards,
Claire
Calder Physio"""),
]

# --- Camp Tallowood summer camp (North Carolina, US) ---------------------------------------------

CASES += [
    case("""\
Hi!

My daughter Ellie (she'll be 10 in June) went to a different camp last summer and honestly it was a disaster: she was homesick, she barely ate, and the counselors didn't call us until day four. So I'm a nervous mom this time around. ⟦What's your policy on phone calls home for first-time campers?⟧ I know some camps ban phones entirely, which I get, but I'd want to hear something. She's also really into swimming and horses. ⟦Is there a two-week session in July, or only one-week ones?⟧ And ⟦can she bunk with her friend Maya if we register together?⟧ They've been inseparable since kindergarten.

Thanks so much,
Rachel Goldfarb""",
         [T, T, F], ["how", "which", "yes/no"],
         """\
Hi Rachel,

Thank you for telling us about last summer; it really helps us look after Ellie. Campers don't have phones, but our camp director calls every first-time family on the second evening with an update, and you can email Ellie any day through the parent portal. We have both: Session 3 is our two-week session, July 11-24, with swimming every day and riding twice a week.

Friendships are such a big part of camp, and so many of our campers come back year after year with the friends they made here! ‸

Warmly,
Dana Whitcomb
Camp Director"""),

    case("""\
⟦What's the refund policy if we cancel?⟧ ⟦Does that include the deposit?⟧""",
         [T, T], ["how", "yes/no"],
         """\
Hi there,

If you cancel before May 1, we refund everything except the $150 deposit, which is non-refundable. Between May 1 and June 1 we refund 50% of the fees, and after June 1 refunds are only given for medical reasons with a doctor's note.

Camp Tallowood Office"""),

    case("""\
You charged my card $1,280 this morning for the full session. I only signed up for the deposit! ⟦Why was the full amount taken now, in December?⟧ ⟦Refund the difference today.⟧ And ⟦who authorized this?⟧

Kevin Albright""",
         [T, T, T], ["why", "request", "which"],
         """\
Dear Mr. Albright,

I'm so sorry. A software update to our registration system on December 3 started charging a batch of early-bird registrations in full; nobody on our staff approved those charges. I've refunded $1,130 to your card this afternoon, so you'll have paid just the $150 deposit. Depending on your bank, it may take 3 to 5 business days to show.

Sincerely,
Dana Whitcomb
Camp Director"""),

    case("""\
Thanks Coach Dana! Two more questions: ⟦does the bus pick up from Raleigh or only from Durham?⟧ and ⟦is there a sibling discount if her brother comes for Session 1?⟧

Rachel

On Fri, Dec 4, 2026 at 11:20 AM Dana Whitcomb <dana@camptallowood.example.org> wrote:
> Hi Rachel, Ellie is all registered for Session 3! Let me know if you have any other questions.""",
         [T, F], ["which", "yes/no"],
         """\
Hi Rachel,

The bus stops in both! The Raleigh pickup is in the Crabtree Valley Mall parking lot at 8:30 a.m. on the first day of each session. Siblings are some of our favorite campers, and Session 1 still has spaces in his age group. ‸

Dana"""),

    case("""\
omg ellie just got the welcome email and screamed 😂😂 ok ⟦where do i find the packing list⟧ and ⟦can she bring her own pillow⟧ shes very attached to it

Sent from my iPhone""",
         [T, F], ["where", "yes/no"],
         """\
Hi Rachel,

Ha, we love that! 🎉 The packing list is in your parent portal under "Forms & Docs," and we'll email a printable copy in May. ‸

Dana"""),
]

# --- Thread & Frame Upholstery (Norwich, British) ------------------------------------------------

CASES += [
    case("""\
Hi,

I've got two dining chairs with drop-in seats that need recovering. ⟦Roughly how much would that be if I supply my own fabric?⟧ And ⟦how much fabric do I need?⟧ ⟦Can I drop them off on a Saturday?⟧

Thanks,
Owen Pike""",
         [T, T, F], ["how much", "how much", "yes/no"],
         """\
Hi Owen,

Drop-in seats are £35 a chair with your own fabric. Half a metre per chair is plenty for standard seats, so a metre will cover both, with a bit to spare for pattern matching 🙂 Our workshop is just behind the Magdalen Street car park, and there's a loading bay right outside. ‸

Nina
Thread & Frame Upholstery"""),

    case("""\
The sofa came back on Friday and the piping has been done in the wrong fabric. I specifically chose the mustard velvet and it's been piped in the grey. ⟦How did that get missed?⟧ ⟦I want it redone before my family arrive on the 20th.⟧ ⟦Will you collect it, or do I have to bring it back myself?⟧

Adaeze Oyelaran""",
         [T, F, T], ["why", "request", "which"],
         """\
Dear Mrs Oyelaran,

I'm so sorry. The grey was left over from the previous job on the same cutting table, and my final check should have caught it and didn't. We'll redo the piping in the mustard velvet at no cost to you, and our van will collect the sofa on Wednesday 9 December between 9 and 11 am. ‸

Nina Castell
Thread & Frame Upholstery"""),

    case("""\
Good morning Nina,

I manage the Wensum Hotel and we're refurbishing the bar over January. ⟦Could you quote for recovering 24 bar stools in a wipe-clean faux leather?⟧ ⟦Could the work be done in January, while we're closed?⟧

Regards,
Craig Tennant
General Manager

-----Original Message-----
From: Nina Castell <nina@threadandframe.example.co.uk>
Sent: 03 December 2026 12:11
To: Craig Tennant <gm@wensumhotel.example.co.uk>
Subject: Thread & Frame trade services

Dear Craig, thank you for stopping by our stand at the Norfolk Business Fair. Please do get in touch if we can help with any upholstery projects.""",
         [F, F], ["request", "yes/no"],
         """\
Dear Craig,

Thank you for thinking of us. Our trade rates are very competitive, and I'd be glad to pop over and see the stools. January does tend to be a quieter month in the workshop. ‸

Kind regards,
Nina Castell
Thread & Frame Upholstery"""),

    case("""\
Hello, I have an antique armchair from my grandmother in Poland, ⟦can you repair the springs⟧ and ⟦is it possible to keep the original fabric because it is embroidered by her?⟧ ⟦How long it take?⟧

Thank you,
Katarzyna Wiśniewska""",
         [T, T, T], ["yes/no", "yes/no", "when"],
         """\
Dear Katarzyna,

What a special piece to have. Yes, we can retie or replace the springs, and we can certainly keep your grandmother's embroidery: we'd take the fabric off carefully, clean it, and refit it afterwards. The work takes about four weeks.

Kind regards,
Nina
Thread & Frame Upholstery"""),

    case("""\
Photo attached 👍 Hope that's what you needed.

Gill

On Sat, 5 Dec 2026 at 10:48, Thread & Frame Upholstery <hello@threadandframe.example.co.uk> wrote:
> Hi Gill, please could you send a photo of the underside of the footstool, so we can see the webbing and frame?""",
         [], [],
         """\
Hi Gill,

Thanks, that's really helpful. The frame looks sound, so it just needs new webbing and a new top cover: £120 all in, with your choice of fabric from our sample books.

Nina""",
         quoted_only=True),
]
