"""Hand-written cases of Tactful's third HELD-OUT set for the `questions` feature (see README.md).

Each case is ``case(thread, answered, kinds, draft)``: the questions and requests of the customer's
newest message are wrapped in ⟦ ⟧ inside the thread; ``answered`` (Y/N) and ``kinds`` give one value
per span, in order; the draft holds one ‸ where the missing answer belongs (only when something is
unanswered). ``quoted_only=True`` marks a newest message that asks nothing while its quoted history,
forwarded mail or signature does. build_questions_holdout3.py strips the marks and computes the offsets.

Held out: do not tune the feature on these cases.
"""

Y, N = True, False


def case(thread, answered, kinds, draft, quoted_only=False):
    return {"thread": thread, "answered": list(answered), "kinds": list(kinds), "draft": draft,
            "quoted_only": quoted_only}


CASES = [
# --- Removal firm: Harlow & Finch Removals -------------------------------------------------
case("""Hi there,

Thanks for the quote. Before I book, ⟦do your men take apart and reassemble beds and wardrobes, or do we need to do that ourselves?⟧ ⟦Is the packing service included in the £1,140?⟧ ⟦If completion is delayed and your crew has to wait with the van, how much would that cost us?⟧

Thanks,
Priya

On Tue, 1 Dec 2026 at 16:42, Harlow & Finch Removals <moves@hf-removals.example.co.uk> wrote:
> Dear Priya,
>
> Please find attached our quote for your move from Didsbury to Sale on Friday 18 December.
> Let us know if you have any questions.
>
> Dana""",
     [Y, Y, N], ["which", "yes/no", "how much"],
     """Hi Priya,

Thanks for getting back to us so quickly.

Our crew will dismantle the beds and wardrobes in Didsbury and put them back together in Sale, so there’s nothing you need to do there. Packing is a separate service at £220 for a three-bedroom house, and we’d do it the day before the move.

Completion delays are sadly quite common just before Christmas, and our team are very used to them.‸

Best wishes,
Dana
Harlow & Finch Removals"""),

case("""Hello,

We’ve now exchanged and completion is set for Wednesday 23 December. ⟦Please change our booking from the 18th to the 23rd.⟧ ⟦I’d also like to know whether you can store the piano for a fortnight while the new floors go down.⟧

Regards,
Martin Oduya

From: Harlow & Finch Removals <moves@hf-removals.example.co.uk>
Sent: Wednesday, December 2, 2026 11:05 AM
To: Martin Oduya <m.oduya@example.com>
Subject: RE: Move booking HF-44817

Dear Martin,

Your move is booked for Friday 18 December. Could you confirm the access details for the new property?

Kind regards,
Dana""",
     [Y, Y], ["request", "yes/no"],
     """Dear Martin,

Congratulations on exchanging!

I’ve moved your booking to Wednesday 23 December, with the same crew of four arriving at 8 am. We can keep the piano in our heated store in Stockport for two weeks; it’s £35 a week, and we’ll deliver it to the new house once the floors are down – just give us two days’ notice.

Kind regards,
Dana
Harlow & Finch Removals
0161 496 0418"""),

case("""Lovely, thank you Dana – that’s all sorted then. See you on the 18th!

Sam

On Thu, 3 Dec 2026 at 09:20, Dana Whitlock <dana@hf-removals.example.co.uk> wrote:
> Hi Sam,
>
> I’ve added the garden shed contents to your inventory. Could you let me know whether the parking suspension on Albert Road has been approved?
>
> Dana""",
     [], [],
     """Hi Sam,

Great – we’ll see you on Friday 18 December at 8 am. If the council haven’t confirmed the parking suspension by Wednesday, give me a ring and we’ll work out a plan B.

Best wishes,
Dana""",
     quoted_only=True),

case("""Dear Harlow & Finch,

Two boxes marked "KITCHEN - FRAGILE" arrived with the glasses smashed, and one leg of the oak dining table is split. ⟦How do I make a claim?⟧ ⟦Could you tell me when someone can come and look at the table?⟧ ⟦Will the claim be covered by your goods-in-transit insurance even though we packed the boxes ourselves?⟧

Ruth Ansell

Sent from my iPhone""",
     [Y, N, N], ["how", "when", "yes/no"],
     """Dear Ruth,

I’m so sorry to hear about the glasses and the table – that’s not the start in your new home we want for anyone.

To make a claim, please fill in the damage form I’ve attached and send it back with a few photos of the table leg and the broken glasses. We’ll look into the table as a priority.‸

Kind regards,
Dana"""),

case("""Hi Dana,

Just wanted to say a huge thank you to Lee, Marek and Tom. How they got that sofa up our spiral staircase I will never know! 🛋️ Everything arrived in one piece and the lads were brilliant with the kids.

Many thanks,
Helen and Jo""",
     [], [],
     """Hi Helen and Jo,

Thank you so much for taking the time to write – I’ve passed your message on to Lee, Marek and Tom, and they were chuffed to bits. That staircase will go down in company legend!

Enjoy the new house.

Dana"""),

case("""Hi,

See below from our landlord. ⟦Can your crew handle the lift booking with the building manager, or is that something we have to arrange?⟧ ⟦What time will the van get to us on the 21st?⟧

Thanks
Oskar

---------- Forwarded message ---------
From: Greyfield Property Management <lettings@greyfield.example.com>
Date: Mon, 7 Dec 2026 at 14:02
Subject: Move-out on 21 December
To: Oskar Lind <oskar.lind@example.com>

Dear Oskar,

Please ensure your removal company books the goods lift at least 48 hours in advance and provides a certificate of public liability insurance. Could you also confirm the time the van will arrive?

Greyfield Property Management""",
     [Y, N], ["which", "when"],
     """Hi Oskar,

We book goods lifts with building managers all the time, so leave that with us: I’ll call Greyfield this week and send them our liability certificate at the same time. We’re sending our 7.5-tonne van for your flat, which will take everything in one trip.‸

Best wishes,
Dana
Harlow & Finch Removals"""),

# --- Wedding venue: Ashcombe Barn ---------------------------------------------------------
case("""Hi Flora,

We loved our visit on Saturday! A few things we forgot to ask: ⟦is there a curfew for the music⟧ and ⟦can our band set up in the afternoon?⟧ ⟦I was also wondering if we could bring our own prosecco⟧ and ⟦what the corkage would be.⟧

Best,
Eilidh & Callum

On Sat, 5 Dec 2026 at 17:31, Flora at Ashcombe Barn <events@ashcombebarn.example.co.uk> wrote:
> Lovely to meet you both today. Do let me know if you have any other questions!
>
> Flora""",
     [Y, N, Y, N], ["yes/no", "yes/no", "yes/no", "how much"],
     """Hi Eilidh and Callum,

It was lovely to show you round!

Music has to finish at 11.45 pm, when our licence ends. Bands love playing in the Hayloft – the acoustics under that old timber roof are wonderful. You’re very welcome to bring your own prosecco for the drinks reception.‸

Warm wishes,
Flora
Events Coordinator, Ashcombe Barn"""),

case("""Dear Ashcombe Barn,

My fiancée and I are looking at a Friday wedding in June 2027 for about 90 guests. ⟦What is your venue hire fee for a Friday in June?⟧ ⟦Do you have a list of approved caterers, or can we choose our own?⟧

Kind regards,
Tomasz Nowak

________________________________
From: Ashcombe Barn <events@ashcombebarn.example.co.uk>
Sent: Friday, December 4, 2026 10:12 AM
To: Tomasz Nowak <t.nowak@example.com>
Subject: Your brochure request

Dear Tomasz,

Thank you for your interest. Please find our 2027 brochure attached. Would you like to book a viewing?

Flora""",
     [N, Y], ["how much", "which"],
     """Dear Tomasz,

Congratulations on your engagement!

Our pricing is very competitive for the area, and it includes exclusive use of the barn, the walled garden and the bridal cottage from 10 am.‸ We work with five approved caterers, all listed on page 12 of the brochure, and we’re not able to accept outside caterers, as our kitchen is licensed for those five only.

Kind regards,
Flora"""),

case("""Hi Flora,

Sadly Jamie's brother can't get back from Australia for the 14th of August. ⟦Is there any chance we could move to Saturday 21 August instead?⟧ ⟦If not, could we have our deposit back?⟧ ⟦Why is the deposit non-refundable when we're giving you eight months' notice?⟧

Sophie""",
     [Y, Y, N], ["yes/no", "request", "why"],
     """Hi Sophie,

I’m so sorry to hear that – what a shame for Jamie’s brother.

I’m afraid Saturday 21 August is already taken, as is every Saturday in August. We can’t refund the deposit, but we can move it across to any free date in 2027 or 2028 at no charge; several Saturdays in September are still open.‸

Let me know and I’ll hold one for you.

Flora"""),

case("""Hi Flora,

Quick ones from us 😄 ⟦is the ceremony room accessible for a wheelchair user?⟧ ⟦Are dogs allowed at the ceremony?⟧ My gran uses a wheelchair and our spaniel Biscuit is the ring bearer!

Thanks!
Hannah""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Hannah,

The Oak Room is on the ground floor, with a level path from the car park and a wide double door, so your gran can come straight in and sit wherever she likes. Biscuit is more than welcome – we’ve had plenty of four-legged ring bearers, and we only ask that he’s on a lead in the garden.

Flora"""),

case("""Hi Flora, ⟦could you resend the final invoice?⟧ I can't find it anywhere. And ⟦which account do we pay the balance into?⟧ ⟦Is it still due 8 weeks before?⟧
Thanks x
Priyanka

Sent from my iPhone""",
     [Y, N, Y], ["request", "which", "yes/no"],
     """Hi Priyanka,

Of course – I’ve attached the final invoice again. The balance is due by Friday 12 March 2027, eight weeks before your wedding.‸

Speak soon,
Flora"""),

case("""Dear Flora,

Our company would like to hold its summer party at Ashcombe Barn on Friday 9 July 2027 for around 150 staff. ⟦Can you cater for that number with a sit-down meal?⟧ ⟦Please send me your corporate rates.⟧

Best regards,
Nadia Rahman
Head of People, Brightwater Logistics

P.S. ⟦Is there a bus from Macclesfield station?⟧ Several of our team don't drive.

--
Brightwater Logistics | Need it there tomorrow? Ask us how.
0161 496 0732""",
     [Y, Y, N], ["yes/no", "request", "yes/no"],
     """Dear Nadia,

Thank you for thinking of us for your summer party.

The Great Barn seats up to 160 for dinner, so 150 is very comfortable, and Friday 9 July 2027 is still free. I’ve attached our 2027 corporate rates, which include a drinks reception and a three-course meal. Most of our guests drive, and there’s free parking for 80 cars beside the barn.‸

Kind regards,
Flora
Events Coordinator, Ashcombe Barn"""),

# --- Solar-panel installer: BrightRoof Solar -----------------------------------------------
case("""Good afternoon,

We had the survey last week for 14 panels and a 5 kWh battery. ⟦How long will the installation take?⟧ ⟦Do we need to be at home the whole time?⟧ ⟦Could you also tell me whether you handle the DNO application or whether we have to apply ourselves?⟧

Regards,
Anil Mehta

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
     [Y, Y, N], ["when", "yes/no", "which"],
     """Dear Anil,

Thank you for choosing BrightRoof.

Most installations like yours take two days. The scaffolding goes up the day before; the panels and the battery go on during day one, and we commission the system on day two. Someone needs to be in for the first hour each morning to let our electrician in and show him the fuse board, but after that you’re free to go out.‸

Best wishes,
Gareth Pryce
BrightRoof Solar"""),

case("""Hi Gareth,

The inverter has been showing a red light and "Error 31" since Sunday, and the app says we've generated nothing for three days 😟 ⟦When can an engineer come out?⟧ ⟦Is this covered by the warranty?⟧

Thanks,
Lucy Bramhall

On Wed, 18 Nov 2026 at 12:05, Gareth Pryce <gareth@brightroof.example.co.uk> wrote:
> Hi Lucy,
>
> Your system is now live! Is the monitoring app working on your phone?
>
> Gareth""",
     [N, Y], ["when", "yes/no"],
     """Hi Lucy,

Sorry to hear that. Error 31 is a grid-voltage fault, and it’s fully covered by your ten-year inverter and workmanship warranty, so there’ll be nothing to pay. We’ll look into getting someone out to you.‸

Best,
Gareth"""),

case("""Thanks Gareth, I've passed this on to my husband, who deals with the finances. We'll be in touch after Christmas.

Maureen

From: Gareth Pryce <gareth@brightroof.example.co.uk>
Sent: Thursday, December 10, 2026 3:47 PM
To: Maureen Tilsley <maureen.tilsley@example.com>
Subject: Your BrightRoof quotation Q-5528

Dear Maureen,

Please find attached your quotation for a 4.2 kWp system. Could you send us a photo of your fuse board when you get a moment?

Best wishes,
Gareth""",
     [], [],
     """Dear Maureen,

Thank you – there’s no rush at all. The quotation is valid until the end of February, so take whatever time you both need.

Merry Christmas,
Gareth""",
     quoted_only=True),

case("""Hello BrightRoof,

⟦Which battery would you recommend for a house that uses about 4,000 kWh a year?⟧ ⟦How much would it cost to add one to our existing panels?⟧ They were fitted by another company in 2019.

Many thanks,
Deborah Quayle
07700 900283""",
     [Y, Y], ["which", "how much"],
     """Dear Deborah,

For your usage I’d suggest our 9.5 kWh battery: big enough to run the house through most evenings, without paying for capacity you won’t use. Retrofitting it to a 2019 system comes to £4,650, including the hybrid inverter, fitting and VAT.

Kind regards,
Gareth Pryce
BrightRoof Solar"""),

case("""Hi,

⟦Why has my export payment for November only been £3.12?⟧ We had loads of clear days. ⟦Please check the meter readings you sent to the energy company.⟧

Dev
Sent from my Galaxy""",
     [Y, Y], ["why", "request"],
     """Hi Dev,

November is usually the lowest month of the year for generation: the sun is low and the days are short, so almost everything your panels make is used in the house before any of it reaches the grid. Export payments come from your energy supplier rather than from us, and I’m afraid we don’t send them readings or have any access to them – the supplier reads your smart meter directly.

Best wishes,
Gareth"""),

case("""Hi Gareth,

Thanks for coming back to me. ⟦Are you able to fit the panels on the garage roof instead of the house?⟧ It faces due south. ⟦What would that do to the price?⟧

Cheers,
Rob

On Fri, 11 Dec 2026 at 08:50, Gareth Pryce <gareth@brightroof.example.co.uk> wrote:
> Hi Rob,
>
> The main roof has a lot of shading from the chestnut tree, which is why the quote shows a lower output than you expected.
>
> On Thu, 10 Dec 2026 at 19:22, Rob Kettering <rob.k@example.net> wrote:
>> Why is the expected output so low? My neighbour gets much more from the same number of panels.""",
     [Y, N], ["yes/no", "how much"],
     """Hi Rob,

The garage roof is a great shout – it’s clear of the chestnut tree, so you’d get around 30% more from the same panels. We’d need to run an armoured cable underground from the garage to your consumer unit.‸

Cheers,
Gareth"""),

# --- Dog groomer: The Muddy Paw -----------------------------------------------------------
case("""Hi Kerry 🐶

⟦Do you have anything before Christmas for a full groom for Pepper?⟧ She's the cockapoo. ⟦Could you do her nails as well⟧ and ⟦how much would all that be?⟧

Jade""",
     [Y, Y, N], ["yes/no", "request", "how much"],
     """Hi Jade,

We’re fully booked for full grooms until Tuesday 29 December, I’m afraid – shall I pop Pepper in then at 10 am? 🐾 Nails are part of every full groom, so she’ll have those done too.‸

Kerry
The Muddy Paw"""),

case("""Hello,

My rescue greyhound Juno gets very stressed around other dogs and the noise of dryers. ⟦How do you handle nervous dogs?⟧ ⟦Would I be able to stay with her during the groom?⟧

Thanks,
Margaret Ellison""",
     [N, N], ["how", "yes/no"],
     """Dear Margaret,

Thank you for getting in touch. Greyhounds are one of our favourite breeds – they have such gentle natures, and Juno sounds like a real sweetheart. We see lots of rescue dogs at the parlour.‸

Best wishes,
Kerry"""),

case("""Hi,

I picked up Bruno yesterday and he has a cut on his ear that's been bleeding on and off all evening. ⟦Why wasn't I told about it when I collected him?⟧ I've had to take him to the vet. ⟦I'd like you to cover the vet's bill of £68.⟧

Craig Halliday
07700 900614""",
     [Y, Y], ["why", "request"],
     """Dear Craig,

I’m very sorry about Bruno’s ear. Our groomer nicked it while trimming the fur around it, and she left a note for the front desk before she went home early; the note wasn’t passed on to you at collection, and that was our mistake. We’ll refund the vet’s bill in full – send me a photo of the receipt and I’ll transfer the £68 the same day.

Kerry
The Muddy Paw"""),

case("""Perfect, see you Saturday at 9.

Lorna
--
Lorna Briggs · Briggs & Daughter Bakery
Fancy a fresh loaf this weekend? Order by Thursday at briggsbakery.example.com""",
     [], [],
     """Hi Lorna,

Lovely – Maple is booked in for 9 am on Saturday for her bath and tidy. See you both then!

Kerry""",
     quoted_only=True),

case("""Hi Kerry,

⟦What time should I collect Otis on Thursday?⟧ And ⟦can I park outside the shop or is it permit only?⟧

Thanks
Phil

-----Original Message-----
From: The Muddy Paw <hello@muddypaw.example.co.uk>
Sent: 14 December 2026 10:02
To: Phil Garside <phil.garside@example.com>
Subject: Booking confirmed

Hi Phil, Otis is booked in for a bath and tidy on Thursday 17 December at 9.30 am. Please bring his vaccination card.""",
     [Y, Y], ["when", "which"],
     """Hi Phil,

Otis will be ready at about 12.30 pm – we’ll text you when he’s done. Our street is residents-only, but the Co-op car park next door gives you an hour free.

See you Thursday,
Kerry"""),

case("""hi ⟦do you groom cats as well⟧ my daughters persian is matted really badly ⟦how soon could you fit her in⟧ and ⟦do you need her vaccination record⟧

thanks
Zainab""",
     [Y, Y, N], ["yes/no", "when", "yes/no"],
     """Hi Zainab,

We do groom cats – Tuesdays are our cat-only day, so it’s nice and quiet with no dogs barking. I could fit her in on Tuesday 15 December at 11 am.‸

Kerry
The Muddy Paw"""),

# --- Coworking space: The Loom Coworking --------------------------------------------------
case("""Hi Imogen,

I'm starting a small design studio in January and need desks for three people. ⟦I'm after a price for a private office for three on a 6-month term.⟧ ⟦Is there a meeting room we could book for client pitches⟧ and ⟦is that included?⟧

Thanks,
Ferdie Amankwah
Amankwah Studio""",
     [Y, Y, N], ["request", "yes/no", "yes/no"],
     """Hi Ferdie,

Congratulations on the new studio!

Our three-person offices on the second floor are £1,350 a month on a six-month term, with bills and Wi-Fi included. You can book either of our two meeting rooms through the members’ app, and lots of our members use them for pitches – the Weaver Room has a big screen and seats ten.‸

Best,
Imogen
Community Manager, The Loom"""),

case("""Imogen,

The Wi-Fi on the third floor has dropped out at least ten times today and I lost a client call because of it. ⟦Why does this keep happening?⟧ ⟦When will it be fixed?⟧ ⟦I'd also like a partial refund for this month.⟧

Gideon Thorne

From: The Loom Coworking <hello@theloom.example.co.uk>
Sent: Monday, December 7, 2026 9:00 AM
To: members@theloom.example.co.uk
Subject: Wi-Fi maintenance this week

Dear members, we are upgrading our network this week. Please let us know if you notice any problems.""",
     [Y, N, Y], ["why", "when", "request"],
     """Hi Gideon,

I’m really sorry about your call. The dropouts come from the new access points we fitted on Monday: two of them on the third floor keep restarting, and the supplier is sending replacements. Our engineers are working hard on it.‸ I’ve also taken 20% off your December invoice.

Imogen"""),

case("""Hi,

⟦Can I use your address as my company’s registered office?⟧ ⟦Where do parcels go if they arrive when I’m not in?⟧

Regards,
Leena Kapoor

On Tue, 8 Dec 2026 at 13:14, The Loom Coworking <hello@theloom.example.co.uk> wrote:
> Hi Leena,
>
> Thanks for your tour today. Here’s the membership form. Shall I hold the desk by the window for you until Friday?""",
     [Y, Y], ["yes/no", "where"],
     """Hi Leena,

Our Virtual Office add-on (£25 a month) lets you register your company at 14 Weaver Street. Anything delivered while you’re out is signed for by reception and kept in the post room behind the front desk, and the app pings you when it arrives.

Best,
Imogen"""),

case("""Hi Imogen,

Just letting you know I'll be away from 19 December to 4 January, so my desk will be empty. No need to do anything – I'll be back on the 5th.

Happy Christmas to the whole Loom team! 🎄

Tariq""",
     [], [],
     """Hi Tariq,

Thanks for letting us know, and happy Christmas to you too! Your desk will be waiting for you on the 5th.

Imogen"""),

case("""Dear Loom team,

⟦Please send a VAT invoice for our November membership addressed to Hollins Partners LLP rather than to me personally.⟧ ⟦Could you also let me know which of our team still have active key fobs?⟧ We think one has been lost.

Kind regards,
Beatrice Hollins
Partner, Hollins Partners LLP
020 7946 0381

CONFIDENTIALITY: This email is intended only for the named recipient. If you are not the intended recipient, please notify us immediately and delete it.""",
     [Y, N], ["request", "which"],
     """Dear Beatrice,

I’ve reissued the November invoice to Hollins Partners LLP, with our VAT number on it, and attached it here. Key fobs are managed in the members’ app, where you can cancel a lost one in a couple of taps.‸

Kind regards,
Imogen"""),

case("""Hi Imogen, forwarding the courier's note so reception know a big delivery is coming for me on Thursday. No need to reply!

Begin forwarded message:

From: ParcelHop <noreply@parcelhop.example.com>
Subject: Your delivery is on its way
Date: 14 December 2026 at 07:12:40 GMT
To: Freya Lund <freya.lund@example.com>

Your delivery of 3 items is scheduled for Thursday 17 December between 9 am and 1 pm. Will someone be available to sign? Please reply YES to confirm.""",
     [], [],
     """Hi Freya,

Thanks for the heads-up – I’ve told reception, and they’ll sign for all three boxes and keep them in the post room for you.

Imogen""",
     quoted_only=True),

# --- Piano tuner: Keynote Piano Services --------------------------------------------------
case("""Dear Mr Penrose,

Our upright (a 1970s Kemble) hasn't been tuned for about eight years. ⟦Will one visit be enough to bring it up to pitch, or will it need two?⟧ ⟦What do you charge?⟧ ⟦Do you work on Saturdays?⟧

Yours sincerely,
Gwen Harcourt""",
     [Y, Y, N], ["which", "how much", "yes/no"],
     """Dear Mrs Harcourt,

After eight years it will have dropped quite a long way, so I’d do a pitch raise on the first visit and a fine tuning about six weeks later, once the strings have settled. A standard tuning is £75, and a pitch raise with tuning is £105.‸

With best wishes,
Alistair Penrose
Keynote Piano Services"""),

case("""Hi Alistair,

Thanks for tuning the Steinway at the church last week. Two of the keys near middle C (the D and the E, I think) have started sticking since the heating came on. ⟦Is that something I can fix myself?⟧ ⟦If not, how quickly could you come back?⟧

Revd Claire Oduya
St Anselm's

On Thu, 26 Nov 2026 at 18:40, Keynote Piano Services <alistair@keynote-pianos.example.co.uk> wrote:
> Dear Claire,
>
> The piano is now tuned for your carol service. Please keep the lid closed when the heating is on.""",
     [Y, Y], ["yes/no", "when"],
     """Dear Claire,

Sticking keys are very common in a cold church that’s suddenly heated: the wood swells. Please don’t try to ease them yourself, as it’s easy to damage the felt bushings. I can call in on Monday 14 December after 2 pm, if that suits.

Best wishes,
Alistair"""),

case("""Hello Alistair,

We're moving our baby grand upstairs in January. ⟦Do you move pianos yourself, or can you recommend someone who does?⟧ ⟦Should it be retuned after the move?⟧ ⟦How long should we wait before having it done?⟧

Thanks,
Jonah

> You tuned it in September and said it was in good shape for its age.
> Do let me know if anything changes.""",
     [Y, Y, N], ["which", "yes/no", "when"],
     """Hi Jonah,

I don’t move pianos myself, but Hartley Piano Removals in Stockport are excellent – they move most of the grands I look after. A move to another floor nearly always knocks a piano out of tune, however carefully it’s done.‸

Best,
Alistair"""),

case("""Hi Alistair,

⟦How often should a piano be tuned if it's only played a couple of times a week?⟧ And ⟦is it worth having our old Bechstein restored, or would we be better off buying a new one?⟧

Regards,
Hugh & Penny Latimer""",
     [Y, N], ["when", "which"],
     """Dear Hugh and Penny,

Most pianos want tuning twice a year however often they’re played, because it’s the swings in humidity between summer and winter that pull them out, not the playing. Bechsteins from that era were beautifully built, and yours has a lovely warm tone.‸

Best wishes,
Alistair"""),

case("""Dear Keynote Piano Services,

I'm the music coordinator at Holt Lane Primary. We have four pianos that need tuning before the spring concert. ⟦Could you tune all four on one day during the February half-term?⟧ ⟦Please invoice the school rather than me.⟧ ⟦Would you offer any discount for doing four at once?⟧

Many thanks,
Esther Mwangi
Music Coordinator, Holt Lane Primary School""",
     [Y, Y, Y], ["yes/no", "request", "yes/no"],
     """Dear Esther,

Four in a day is fine – half-term is a quiet week for me, so I can do Tuesday 16 February 2027 from 8.30 am. The invoice will go to the school office. My prices are the same however many I tune, I’m afraid: £75 each, so £300 in all.

With best wishes,
Alistair Penrose"""),

case("""Dear Alistair,

We've just inherited my grandmother's piano, and the ivory on two of the keys is chipped. ⟦How do you go about repairing ivory keytops, given you can’t buy new ivory?⟧ ⟦Please send me an estimate for both keys⟧ – I've attached photos.

Many thanks,
Catherine Moss

Sent from my iPad""",
     [Y, N], ["how", "request"],
     """Dear Catherine,

I’m sorry to hear about the chips. For antique keytops I use reclaimed ivory from pianos that are past saving, matched as closely as I can for colour and grain; the new piece is glued in, shaped by hand and polished, and once it’s done it’s very hard to spot. Your photos came through clearly.‸

With best wishes,
Alistair Penrose"""),

# --- Bike shop repair desk: Spokesmith Cycles ---------------------------------------------
case("""Hi Ned,

⟦Is my bike ready yet?⟧ You said Thursday and it's now Saturday. ⟦Did the new rear mech arrive?⟧ I need it for commuting on Monday.

Sian

On Mon, 7 Dec 2026 at 10:21, Spokesmith Cycles <workshop@spokesmith.example.co.uk> wrote:
> Hi Sian,
>
> Your Ribble is booked in for a full service. We’ll have it back to you by Thursday, parts permitting.""",
     [N, Y], ["yes/no", "yes/no"],
     """Hi Sian,

Sorry for the wait. We’ve fitted a Shimano GRX rear mech in place of the old Tiagra one – it shifts much more cleanly and should last you years.‸

Ned
Spokesmith Cycles workshop"""),

case("""Hello 🚲

My e-bike battery (Bosch PowerPack 500) only gets about 15 miles now. ⟦Can you test it?⟧ ⟦How much is a replacement?⟧ ⟦Where would I need to bring the bike – the Hyde Road shop or the one in town?⟧

Thanks,
Kev""",
     [Y, Y, Y], ["yes/no", "how much", "which"],
     """Hi Kev,

We can run a capacity test while you wait: it takes about 20 minutes and costs £15, refunded if you buy a new battery from us. A new PowerPack 500 is £599 fitted. Please bring it to Hyde Road, as that’s where our e-bike mechanics are.

Ned"""),

case("""Hi,

I bought a Dawes frame from you in March and the paint is bubbling around the bottom bracket. ⟦Is this covered under warranty?⟧ ⟦If it isn't, could you quote for a respray?⟧

Kind regards,
Owen Prendergast

________________________________
From: Spokesmith Cycles <sales@spokesmith.example.co.uk>
Sent: Thursday, March 19, 2026 2:10 PM
To: Owen Prendergast <owenp@example.co.uk>
Subject: Your order SC-20817

Thank you for your order. Your Dawes frame will be ready to collect on Saturday.""",
     [Y, Y], ["yes/no", "request"],
     """Hi Owen,

Bubbling near the bottom bracket is usually corrosion creeping under the paint, and Dawes guarantee their frames against it for two years, so you’re covered. If you drop the frame in, we’ll send photos to Dawes; they normally approve a replacement within a week.

Ned"""),

case("""Ned, the bike is riding like new – can you believe I put up with that clunking for two years?! 😂 Thanks again to you and the team.

Aoife

Sent from my iPhone""",
     [], [],
     """Hi Aoife,

Ha – glad to hear it’s running quietly at last! Enjoy the rides, and see you for the spring check-up.

Ned"""),

case("""Hi there,

My son's BMX needs new tyres and the brakes are rubbing. ⟦I'd like to know whether you can do it this week⟧, ⟦how much it'll roughly come to⟧ and ⟦whether I need to book or can just drop it in.⟧

Thanks,
Joanne""",
     [N, Y, N], ["yes/no", "how much", "which"],
     """Hi Joanne,

Tyres are £22 each fitted and a brake adjustment is £12, so around £56 in all. We’ll get to it as soon as we can.‸

Thanks,
Ned
Spokesmith Cycles"""),

case("""Hi, here's the receipt you asked for. I'll bring the wheel in on Tuesday.

Mo

---------- Forwarded message ---------
From: Spokesmith Cycles <sales@spokesmith.example.co.uk>
Date: Sat, 14 Nov 2026 at 15:40
Subject: Your receipt
To: Mo Haddad <mo.haddad@example.com>

Thanks for shopping with Spokesmith! Got a minute? Please rate your visit at spokesmith.example.co.uk/feedback.""",
     [], [],
     """Hi Mo,

Thanks for the receipt – the wheel is still under warranty, so the truing will be free. See you on Tuesday.

Ned""",
     quoted_only=True),

# --- Online spice shop: Saffron & Slate ---------------------------------------------------
case("""Hello,

I ordered a gift box (order #SS-30412) on 28 November for my sister's birthday on the 15th and it still hasn't come. ⟦Where is it?⟧ ⟦Can you guarantee it will arrive by Monday?⟧ ⟦If not, I'd like a refund please.⟧

Pauline Gray""",
     [Y, N, N], ["where", "yes/no", "request"],
     """Dear Pauline,

I’m so sorry your sister’s gift box hasn’t arrived yet. The tracking shows it reached the courier’s Oldham depot on Wednesday and has been held there because the label was damaged. I’ve asked them to relabel it and send it out urgently.‸

Kind regards,
Meera
Customer Care, Saffron & Slate"""),

case("""Hi,

⟦Is your garam masala blend made in a factory that also handles peanuts?⟧ My son has a severe nut allergy. ⟦Does it contain mustard?⟧

Thanks,
Rachel Adeyemi""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Rachel,

All our blends are ground and packed in our own unit in Bolton, and no peanuts or tree nuts ever come through the door. The garam masala is made from coriander, cumin, black pepper, green cardamom, cinnamon, cloves and bay leaf – nothing else.

Best wishes,
Meera"""),

case("""Good morning,

I run a small café in Hebden Bridge and I'm looking for a regular supplier of smoked paprika, sumac and za'atar. ⟦Do you offer wholesale accounts?⟧ ⟦What would 5 kg of each cost per month?⟧ ⟦Please send me your trade price list.⟧

Best,
Dom Whitaker
The Larder, Hebden Bridge

From: Saffron & Slate <hello@saffronandslate.example.com>
Sent: Monday, November 30, 2026 8:00 AM
To: Dom Whitaker <dom@thelarder.example.co.uk>
Subject: 20% off everything this weekend!""",
     [Y, N, N], ["yes/no", "how much", "request"],
     """Good morning Dom,

Thanks for thinking of us! We do run trade accounts for cafés and restaurants, with free delivery on orders over £100. Our trade prices are very competitive, especially on larger monthly orders.‸

Best,
Meera"""),

case("""Thanks Meera, the replacement jar arrived this morning 🙂

Jess

On Wed, 2 Dec 2026 at 14:55, Meera at Saffron & Slate <care@saffronandslate.example.com> wrote:
> Hi Jess,
>
> So sorry the Kashmiri chilli jar arrived broken. I’ve sent a replacement today. Please let me know when it arrives.""",
     [], [],
     """Hi Jess,

Brilliant – thanks for letting me know, and enjoy the chilli!

Meera""",
     quoted_only=True),

case("""Hi Meera,

I'm on the monthly Spice Club box 🌶️ ⟦Can I pause it for January and February?⟧ ⟦Could you also swap me from the “Adventurous” box to the “Mild” one from March?⟧ My husband can't take the heat!

Thanks,
Olwen""",
     [Y, Y], ["request", "request"],
     """Hi Olwen,

All done: your Spice Club box is on hold for January and February, and you won’t be charged for those months. From March you’ll get the Mild box – your husband can relax!

Meera"""),

case("""Hello,

⟦Why have you changed the tins to paper pouches?⟧ The pouches don't seal properly and my cumin went stale within a month. ⟦Will you bring the tins back?⟧

Ian Rutter

P.S. ⟦Do you still sell the empty tins on their own?⟧""",
     [Y, N, N], ["why", "yes/no", "yes/no"],
     """Dear Ian,

We moved to pouches in October to cut out plastic and bring down our delivery weight: they’re home-compostable and weigh a tenth of a tin. I’m sorry the seal let you down – I’ve sent you two free pouches of cumin and a pack of our clips.‸

Kind regards,
Meera"""),

# --- Children's party entertainer: Captain Confetti Parties -------------------------------
case("""Hi! 🎉

My twins are turning 5 on Saturday 16 January and we'd love Captain Confetti for their party at Heaton Moor Scout Hut. ⟦Are you free that afternoon?⟧ ⟦How many children can you entertain at once?⟧ We're expecting around 30. ⟦Do you bring your own sound system?⟧

Thanks so much,
Holly""",
     [Y, Y, N], ["yes/no", "how much", "yes/no"],
     """Hi Holly,

Happy early birthday to the twins! 🎂 I’m free from 1 pm on Saturday 16 January, so a 2–4 pm party would work beautifully. Thirty is no problem at all – I’ve done parties for up to 40.‸

Becca (aka Captain Confetti)"""),

case("""Hi Becca,

Unfortunately half of Leo's class has chickenpox, so we've decided to postpone his party. ⟦Can we move it to a Sunday in February?⟧ ⟦What's your policy on the deposit if we can't find a date that works?⟧

Thanks,
Amira

On Thu, 3 Dec 2026 at 19:02, Captain Confetti Parties <becca@captainconfetti.example.co.uk> wrote:
> Hi Amira,
>
> You’re all booked for Sunday 20 December, 3 pm! Does Leo have a favourite superhero?
>
>> On Wed, 2 Dec 2026, Amira Haddad <amira.h@example.com> wrote:
>> Do you do superhero parties?""",
     [Y, Y], ["request", "which"],
     """Hi Amira,

Oh no, poor Leo! I have Sunday 7, 14 and 28 February free – just pick one. Your deposit carries over to the new date, and if none of those work it stays valid for a year, so you won’t lose it.

Becca"""),

case("""Hiya, ⟦can you do balloon modelling for the grown-ups too?⟧ 😂 Also ⟦what would an extra half hour cost?⟧ And ⟦are you DBS checked?⟧ (the school asked)

Sent from my iPad""",
     [Y, Y, Y], ["yes/no", "how much", "yes/no"],
     """Hi there,

Ha – the grown-ups always end up wanting a balloon sword too, so they’re very welcome to join the queue! An extra 30 minutes is £45. I hold an enhanced DBS certificate, renewed in September, and I’m happy to send the school a copy.

Becca (aka Captain Confetti)"""),

case("""Hi Becca,

Thank you for such a brilliant party on Saturday – Maisie hasn't stopped talking about it! ⟦Could you send me the photos you took?⟧ Also, ⟦what was the name of the song you did the freeze dance to?⟧ The kids keep asking.

Lauren

From: Captain Confetti Parties <becca@captainconfetti.example.co.uk>
Sent: Tuesday, December 8, 2026 8:30 PM
To: Lauren Pike <lauren.pike@example.com>
Subject: Invoice for Maisie's party

Hi Lauren, here's the invoice for Saturday. Please pay the balance of £120 by Friday.""",
     [Y, N], ["request", "which"],
     """Hi Lauren,

Thank you – Maisie and her friends were an absolute joy. I’ve put all the photos in a shared album for you: photos.example.com/maisie-party. The freeze dance is always everyone’s favourite bit!‸

Becca"""),

case("""Dear Captain Confetti,

We're organising a family fun day for our staff's children on Saturday 13 March. ⟦Could you provide two hours of entertainment for about 60 children aged 3–11?⟧ ⟦We would need your public liability insurance certificate in advance.⟧ ⟦How much would you charge?⟧

Regards,
Sunita Bhatt
HR Coordinator, Calder Valley Housing

DISCLAIMER: The information in this email is confidential. If you are not the intended recipient, please notify the sender.""",
     [Y, Y, N], ["yes/no", "request", "how much"],
     """Dear Sunita,

Sixty children is a lovely big crowd! For that many I bring my assistant, Pip, and we split the ages into two groups so the little ones don’t get squashed – two hours suits that perfectly. I’ve attached my £5 million public liability certificate.‸

Best wishes,
Becca Lowe
Captain Confetti Parties"""),

# --- Boat hire: Riverbend Boat Hire -------------------------------------------------------
case("""Hello,

We're coming over from the Netherlands 🇳🇱 and thinking of hiring a narrowboat for a week next May, two adults and two teenagers. ⟦Do we need any experience or a licence to drive one?⟧ ⟦Is there a boat with two separate cabins?⟧ ⟦Can we bring our dog?⟧

Cheers,
Marcus Lyle""",
     [Y, Y, N], ["yes/no", "yes/no", "yes/no"],
     """Dear Marcus,

No licence is needed, and most of our hirers have never steered a boat before: everyone gets an hour’s handover and a practice run through the first lock. The Kingfisher and the Heron both sleep four in two separate cabins, and each has its own shower room.‸

Best wishes,
Tom
Riverbend Boat Hire"""),

case("""Hi Tom,

The forecast for Saturday says 40 mph gusts. ⟦Will the hire still go ahead?⟧ ⟦If you cancel, do we get our money back or a voucher?⟧

Thanks,
Gemma

On Sun, 6 Dec 2026 at 09:12, Riverbend Boat Hire <bookings@riverbend.example.co.uk> wrote:
> Hi Gemma,
>
> You’re booked on the Otter for Saturday 12 December, 10 am – 4 pm. Please arrive 15 minutes early for your safety briefing.""",
     [N, N], ["yes/no", "which"],
     """Hi Gemma,

Thanks for getting in touch. Safety always comes first on the river, and our team keep a close eye on the forecast.‸ We’ll be in touch if anything changes.

Tom"""),

case("""Hi,

⟦Where do we pick up the day boat from?⟧ And ⟦how much extra is it to keep the boat until 6 pm instead of 4?⟧

Thanks
Rhiannon

________________________________
From: Riverbend Boat Hire <bookings@riverbend.example.co.uk>
Sent: Wednesday, December 9, 2026 4:21 PM
To: Rhiannon Price <rhiannon.price@example.com>
Subject: Booking RB-7716 confirmed

Dear Rhiannon, your day boat is confirmed for Sunday 27 December.""",
     [Y, Y], ["where", "how much"],
     """Dear Rhiannon,

Our boatyard is at Lock 12, Canal Side, Marple – the gate is opposite the Ring o’ Bells, and there’s a pay-and-display car park 200 metres up the lane. A later return is £40 extra, but as it’s dark by 4 pm in December, I’m afraid we can only offer it from March onwards.

Kind regards,
Tom"""),

case("""Hi! 👯‍♀️ ⟦I was wondering if you do boats for hen parties?⟧ There'd be 10 of us. ⟦Could you tell me whether we can bring our own drinks on board⟧ and ⟦what the maximum number on one boat is?⟧

Sent from my iPhone""",
     [Y, N, Y], ["yes/no", "yes/no", "how much"],
     """Hi there,

We’d love to have you! 🥂 Our two largest day boats each take up to 12 people, so all ten of you can go together.‸

Best,
Tom
Riverbend Boat Hire"""),

case("""Hi Tom,

Forwarding the email from our insurance company below. ⟦Could you send me a letter confirming the damage to the hull was already there when we picked up the boat?⟧

Thanks,
Andrew Bellingham

---------- Forwarded message ---------
From: Harbour Mutual Claims <claims@harbourmutual.example.com>
Date: Fri, 11 Dec 2026 at 11:48
Subject: Claim HM-90233
To: Andrew Bellingham <a.bellingham@example.co.uk>

Dear Mr Bellingham, could you provide the boat operator's check-out report? Please also tell us the name of the member of staff who handed the boat over.""",
     [Y], ["request"],
     """Dear Andrew,

I’ve checked the handover sheet for your hire on 4 December: the scrape on the port side is marked on it, with your signature and mine. I’ve attached a scan of the sheet and a signed letter on our headed paper saying the scrape was there before you set off.

Kind regards,
Tom Ashworth
Riverbend Boat Hire
0161 496 0275"""),

case("""Great, thanks Tom. We'll see you at 10.

Kath

> Hi Kath, the Otter is ready for you on Sunday. Could you bring photo ID for the lead hirer, please?
> Tom""",
     [], [],
     """Hi Kath,

Perfect – see you at 10 on Sunday. Wrap up warm, it’s chilly on the water!

Tom""",
     quoted_only=True),

# --- Pottery-painting café: Glaze Days ----------------------------------------------------
case("""Hi Poppy,

⟦Do you do pottery-painting parties for 7-year-olds?⟧ ⟦Is food included or can we bring a cake?⟧

Thanks,
Vicky""",
     [Y, Y], ["yes/no", "which"],
     """Hi Vicky,

We do – our party room seats up to 16 little painters, and each child chooses a piece from the party shelf. You’re very welcome to bring a birthday cake; we don’t provide food ourselves, but we’ll do squash for the children and tea for the grown-ups.

Poppy
Glaze Days"""),

case("""Hi,

We painted three mugs on Sunday. ⟦When will they be ready to collect?⟧ ⟦Are they dishwasher safe?⟧ My mum wants to use hers every day!

Thanks,
Niamh

On Sun, 13 Dec 2026 at 16:05, Glaze Days <hello@glazedays.example.co.uk> wrote:
> Thanks for painting with us today! Please keep your receipt – you’ll need it to collect your pieces.""",
     [N, Y], ["when", "yes/no"],
     """Hi Niamh,

Thanks for coming in! Firing takes a little while, as the kiln has to heat up and cool down slowly.‸ Our glazes are food-safe and fine in the dishwasher once fired, so your mum can use hers as much as she likes.

Poppy"""),

case("""Hello,

We'd like to book a team-building evening for 12 people in late January. ⟦Which evenings are you open late?⟧ ⟦Please could you hold Thursday 28 January for us until we confirm numbers?⟧ ⟦Can we bring wine?⟧

Best,
Marta Quinn
Office Manager, Pennine Analytics

From: Glaze Days <hello@glazedays.example.co.uk>
Sent: Friday, December 11, 2026 12:01 PM
To: Marta Quinn <marta.quinn@pennine-analytics.example.com>
Subject: RE: Team event enquiry

Hi Marta, thanks for getting in touch. What sort of date did you have in mind?""",
     [Y, Y, Y], ["which", "request", "yes/no"],
     """Hi Marta,

We stay open until 9.30 pm on Thursdays and Fridays. I’ve pencilled you in for Thursday 28 January from 6.30 pm and will hold it until Friday 15 January. Bring-your-own is fine: there’s no corkage, and we have glasses.

Poppy
Glaze Days"""),

case("""Hi Poppy,

My daughter's plate came out of the kiln with a big crack right across the middle 😢 She's gutted. ⟦Why did that happen?⟧ ⟦Could she come in and paint another one for free?⟧

Thanks,
Hayley""",
     [N, Y], ["why", "request"],
     """Hi Hayley,

Oh no, I’m so sorry – please tell her we’re sorry too. Of course she can come in and paint a new plate on us; just mention her name at the counter.‸

Poppy"""),

case("""Hello,

⟦Do you sell gift vouchers?⟧ ⟦I'd like two £25 ones posted to my mum in Todmorden if possible.⟧ ⟦How long are they valid for?⟧

Many thanks,
Graham Firth""",
     [Y, Y, N], ["yes/no", "request", "when"],
     """Hello Graham,

We do! 🎁 I’ve sent you a payment link for £50, and as soon as it’s paid I’ll post both vouchers to your mum first class.‸

Poppy
Glaze Days"""),

# --- Escape room: The Locked Lantern ------------------------------------------------------
case("""Hi,

⟦Is “The Alchemist’s Cellar” suitable for a 10-year-old?⟧ ⟦Can we book for 4 pm on Christmas Eve?⟧

Ta,
Stu""",
     [Y, Y], ["yes/no", "yes/no"],
     """Hi Stu,

The Alchemist’s Cellar is rated 12+, as it has a couple of jump scares and very dim lighting, so I’d point you to “The Clockmaker’s Shop” instead, which is great for families. We close early on Christmas Eve and our last game starts at 3.30 pm, so that’s the latest slot we can give you.

Rory
The Locked Lantern"""),

case("""Hi there, I think I left my glasses in the Pharaoh's Tomb room on Saturday night. ⟦Has anyone handed them in?⟧ ⟦Where could I pick them up from if so?⟧ They're black Ray-Bans in a brown case.

Thanks, Lewis
Sent from my iPhone""",
     [N, N], ["yes/no", "where"],
     """Hi Lewis,

Sorry to hear that! 🙈 We check every room after each game, and anything we find goes in our lost-property box.‸

Rory"""),

case("""Dear Locked Lantern,

Our game on Friday started 25 minutes late, and then the final lock didn't open even though we had the right code. ⟦Why wasn't the room checked before we went in?⟧ ⟦I'd like a refund for our group of six.⟧

Regards,
Fiona Gallagher

-----Original Message-----
From: The Locked Lantern <bookings@lockedlantern.example.co.uk>
Sent: 2 December 2026 18:00
To: Fiona Gallagher <fiona.g@example.org>
Subject: Your booking for Friday

Hi Fiona, we can't wait to see you! Please arrive 10 minutes before your start time.""",
     [Y, N], ["why", "request"],
     """Dear Fiona,

I’m really sorry your evening went like that. The group before yours had jammed the padlock on the final chest, and our host reset the room in a hurry without testing it – we’ve since added a lock test to every reset. Refund requests are handled in line with our booking terms.‸

Kind regards,
Rory
The Locked Lantern"""),

case("""Hey Rory 🔐

⟦Do your gift vouchers cover any room⟧ and ⟦do they have an expiry date?⟧ Also ⟦can you email them or only post?⟧

Cheers,
Anya""",
     [Y, Y, Y], ["yes/no", "yes/no", "which"],
     """Hi Anya,

Our vouchers work for every room, any day of the week, and they’re good for 12 months from the day you buy them. We send them as a PDF straight away, so they’re perfect for last-minute presents.

Rory"""),

case("""Hello,

We're looking for a team activity for 24 people on Wednesday 20 January. ⟦Can you run several rooms at the same time so we can compete against each other?⟧ ⟦Please send me a quote.⟧

Kind regards,
Joseph Abara
Operations Lead

This message may contain confidential information. If you are not the intended recipient, please notify us and delete this message.""",
     [Y, N], ["yes/no", "request"],
     """Dear Joseph,

Our Team Challenge is exactly that: we run four rooms side by side, six players in each, and the team that escapes fastest wins the Golden Lantern trophy. Corporate groups love it.‸

Kind regards,
Rory
The Locked Lantern"""),

case("""Hi Rory,

⟦Is the Pharaoh's Tomb wheelchair accessible?⟧ One of our group uses a wheelchair. ⟦If not, which of your rooms is?⟧

Thanks,
Beth""",
     [Y, Y], ["yes/no", "which"],
     """Hi Beth,

The Pharaoh’s Tomb has a narrow crawl-through between the first and second rooms, so I’m afraid it isn’t. The Clockmaker’s Shop is on the ground floor with level access throughout, and every puzzle in it can be solved from a seated height.

Rory"""),
]
