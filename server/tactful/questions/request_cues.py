"""The phrasings that ask without a question mark: a customer's wish, need or call for help, an
invitation, advice to the reader. Each is a regular-expression fragment; ``requests.py`` joins them.

Measured on the Parakweet email-intent sentences (train split), the Bitext customer messages and the
project's question sets.
"""

# "Please" before words that ask nothing: "Please keep in mind…", "Please bear with us", "Please find attached".
PLEASE_TELLS = r"(?:find|see|note|do not reply|don't reply|keep in mind|know that|bear with|be advised|be aware|accept)\b"

# Words after "I'd like to" that tell rather than ask ("I'd like to thank you", "…to share this with you").
_TELLING = (
    r"(?:thank|share|inform|welcome|introduce|offer|congratulate|apologi[sz]e|express|say|assure|ensure|reassure|remind|"
    r"announce|extend|invite|take this|draw|point out|mention|highlight|acknowledge|wish|remember|honou?r|tell you|let you know)\b"
)
# Asks at the start of a sentence, without a question mark.
START_CUES = (
    r"(?:would|'d) (?:\w+ly )?(?:like|love) to\b",  # "Would definitely like to gather before the meeting."
    r"(?:would|'d) (?:\w+ly |really )?appreciate\b",  # "Would appreciate a quick reply."
    r"(?:would|'d) (?:really )?like (?:it|them|this|that) (?:\w+ed|done|redone|fixed|back)\b",  # "would like it repaired for free tbh"
    r"(?:but |and |so |also )?need (?:this|it|that|a|an|the|your|you|to know|help|one|them|these|those|about|some|more|another|\d|(?:it |them )?(?:by|before) (?!then\b)\w)",  # "Need this fixed asap.", "Need about 3 kg", "need before 3 feb"
    r"(?:also |and |just )?(?:want|need) to (?:talk|discuss|chat|speak)\b",  # "Also want to talk about your voicemail"
    # Saying no to an action is asking for it not to happen: "Don't make any changes for now.", "Do not charge my card."
    (
        r"(?:please )?(?:don't|do not|dont) (?:make (?:any )?changes|charge|bill|cancel|ship|send|call|contact|email|close|delete|remove|"
        r"process|change|renew|share|sell)\b"
    ),
    # A customer's need or a call for help: "I need to cancel order 123", "Help me see my invoice".
    (  # a service the customer needs, not their own task ("I need to combine it with our budget", "want to add that…")
        r"(?:I )?(?:really |urgently |just )?(?:need|have|wanna|want) to (?:cancel|change|return|reschedule|rebook|amend|exchange|"
        r"speak|talk|update|check|see|know|find out|download|report|track|reset|recover|modify|open|close|create|file|lodge|"
        r"submit|register|activate|deactivate|delete|remove|add(?! that)|switch|upgrade|downgrade|claim|request|ask for|"
        r"retrieve|restore|unsubscribe|"

        r"get (?:a|an|my) (?:refund|invoice|receipt|copy))\b"
    ),
    r"(?:please )?(?:help|assistance)(?: me)? (?:to |with |\w+ing\b)|help me\b",
    r"(?:want|need|require) (?:some )?(?:help|assistance|support)\b",  # "want assistance to ask for a rebate"

    r"any chance\b",
    r"let me (?:see|hear|have|talk)\b(?![,.…])",  # "Let me see what you come up with." (not "Let me see, …")
    r"lets (?=\w)",
    r"see (?:me|what you think)\b",
    r"(?:is it |would it be )?possible (?:for you|to)\b",  # "Possible for you guys to come up next Wednesday"
    r"any (?:thoughts|comments|feedback|ideas|suggestions|input|news|update|word)\b",
    r"(?:do you )?want to (?:come|join|meet|grab|go)\b",
    # A question that lost its "?": "Can I get rates and pics please", "Are you still available Weds".
    (
        r"(?:(?:good )?(?:morning|afternoon|hi|hiya|hello|hey|g'day|howdy)(?: (?:guys|all|team|folks|everyone|there|y'all|yall))?,?\s+)?(?:(?:are|is|will|would|can|could|may|do|does|did|have|has) "
        r"(?:you|ya|u|I|we|someone|anyone|somebody|anybody|there)\b(?! (?:believe|imagine|just say|say|add|mention)\b)"
        # "g'day is the double swag big enough…", "hiya is 14 too young…": a verb first asks
        r"|(?:is|are) (?:the|this|that|it|my|your|\d+) [^.!]*\b(?:enough|too|ok|okay|open|available|possible|free|suitable|safe|included)\b)"
    ),
)
# Asks for an action anywhere in a sentence ("Tricia, please send…"); each cue starts at a word.
ANYWHERE_CUES = (
    (  # not the verb ("sure to please", "more than please you") nor "please note / keep in mind / bear with us"
        r"(?<!\bto )(?<!\bthan )(?:please|pls|plz),?\s+"
        rf"(?!{PLEASE_TELLS})\w+"
    ),

    r"(?<!\bto )please\W*$",  # "May I get a copy of the invoices please."
    r"(?:feel free|don't hesitate|do not hesitate) to\b|let (?:me|us) know\b",
    # The writer's wish, which the reader is to act on: "I'd like to cancel", "I'd like a refund", "I'd like you to…".
    rf"(?:I|we)(?:'d| would)(?: also| really| just| very much)? like (?:the opportunity )?to (?!{_TELLING})\w+",
    r"(?:I|we)(?:'d| would)(?: also| really| just)? like (?:a|an|the|some|more|your|to have|\d)",  # "We would like 25 licences"
    # "I'd ask that you post him a statement", "We would also request photographs", "We further require three references"
    r"(?:I|we)(?:'d| would)(?: also)? ask that you\b|(?:I|we)(?:'d| would)?(?: also| formally)? request\b|(?:I|we) (?:also |further |will )?require\b(?! (?:it|them|you)\b)",
    r"(?:our|my|the) [\w-]+(?: [\w-]+)? would (?:also )?like (?:a|an|the|some|\d)",  # "The trustees would also like a monthly report"
    # "Our choir would like to bring thirty singers", "The Friends of the Museum would like to visit in May"
    r"(?:our|my|the) (?:(?!and\b)[\w-]+ ){1,4}?would (?:also |very much )?like to (?:bring|book|visit|come|reserve|arrange|see|tour)\b",
    r"(?:our|my|the) (?:(?!and\b)[\w-]+ ){1,3}?would (?:also |really )?(?:like|love) you to\b",  # "the cookery school would like you to run a demo"
    (  # "I want information about the removal of my account", "Need more info on your courses"
        r"(?<!\byou )(?:(?:I|we)(?:'d| would) like|want|need|require|looking for|wanna|request) (?:some |more |further |any |the )?"
        r"(?:information|info|details) (?:about|on|regarding|of|for|concerning|as to)\b|"
        r"(?<!\byou )(?:want to|wanna|would like to|'d like to|need to) (?:know|learn|find out|hear) more about\b"
    ),
    # "I'm looking for a quote for 120 cupcakes", "We're after a refund".
    (
        r"(?:I|we)(?:'m| am|'re| are) (?:looking for|after|hoping for|hoping to get) (?:a |an |some |my |our )?(?:\w+ )?"
        r"(?:quote|estimate|price|refund|replacement|repair|call ?back|update|answer|response|reply|exchange)\b"
    ),

    (
        r"(?:I|we)(?:'d| would)(?: also| really| still)? (?:like|love|want) (?:you )?to (?:discuss|meet|talk|get together|"
        r"set up|schedule|arrange|cancel|change|return|exchange|book|order|request|know|see|get|have|swap|move|upgrade|"
        r"downgrade|close|open|report|claim)\b"
    ),
    r"(?:I|we)(?:'d| would)(?: really| also)? (?:like|love|want|prefer) you to\b",
    rf"I (?:also |really )?want (?:to (?!{_TELLING}|show you\b)|you\b)|I (?:just |really |also )?want (?:my|a|an|the|some)\b",  # "I want my money back", "I also want a call from…"
    (  # "I want it repaired", "I want this sitter removed from my account", "I need 6 more boxes … delivered by Friday",
       # "I'd like those three sessions credited back", "I want Maya moved to another tutor"
        r"(?:I|we)(?:'d| would| will|'ll)? (?:just |really |also )?(?:want|need|expect|like) (?:it|them|him|her|this|that|these|those|(?-i:[A-Z][a-z]+)|"
        r"(?:this|that|these|those|the|my|our|his|her|their|all|both|two|three|four|five|six|ten|\d[\d,.]*|\w+ more)(?: (?:[$£€]?\d[\d,.]*|[\w'-]+)){1,7}?) "
        r"(?:\w+ed|fixed|done|redone|sorted|put right|put back|replaced|refunded|back|sent|delivered|seen|taken|given|shown|rebuilt|rewritten|"
        r"here (?:by|before|for|in time)|there (?:by|before|for|in time))\b"
    ),
    # "I expect a new top made and fitted at your expense"
    r"(?:I|we) (?:also |really |fully )?(?:expect|want) (?:a|an) (?:[\w'-]+ ){1,5}?(?:made|fitted|replaced|refunded|sent|done|redone|repaired|delivered)\b",
    r"(?:I|we) (?:also |fully |still )?expect (?:two|three|four|five|six|\d+|a|an) (?:new|replacement|fresh|full|free)\b|I (?:need|want) \d",
    # "I want written confirmation…", "I'd like it in writing by Friday"
    r"(?:I|we)(?:'d| would)? (?:just |really |also )?want (?:written |full |proper |an? )?(?:confirmation|refund|apology|explanation|answer|replacement|compensation)\b",
    r"(?:I|we)(?:'d| would)? (?:like|want) (?:it|this|that|them) (?:in writing|back|confirmed|\w+ed)\b",
    # Money asked back: "The full $500 goes back on my card", "The R120 should come back to me too", "We ask to have the $578 back"
    # (each starts at a rare word: these cues are tried at every word of every sentence)
    r"(?<!\bis )(?<!\bwas )(?<!'s )back (?:on|onto|to) (?:my|our|the) (?:card|visa|mastercard|amex|account)\b"
    r"|should (?:also )?come back to (?:me|us)\b|(?:I|we) (?:ask|request) (?:you )?(?:to|that)\b",
    # "I also think a partial refund is the least you can do", "you'd have to come and get it", "You can also cover the £38"
    # "I think a partial refund is fair", "I expect something off the bill", "tonight's pickup had better be on time"
    r"(?:refund|discount|credit|reduction|compensation|contribution|gesture) (?:is|would be|seems|feels) (?:\w+ )?fair\b|"
    r"expect (?:something|money|a bit|some money) (?:off|back)\b|had better\b|"
    r"least you (?:can|could) do\b|you(?:'d| would|'ll| will)? (?:(?:have|need) to (?:come|collect|pick|send|pay|refund|replace|fix|cover)|"
    r"can (?:also |just )?(?:cover|refund|reimburse|pay for|credit|waive|arrange|collect|send))\b",
    r"(?:I|we) should (?:also |very much |much )?like\b",  # "I should also like a list of…"
    # a deadline the customer needs met: "We'd need them in the school by Monday 11 January"
    # "We'll need both vans ready by Monday", "We'd want the panels at our depot by the first week of April"
    r"(?:I|we)(?:'d| would|'ll| will) (?:also )?(?:need|want) (?!to\b)[\w-]+(?: [\w-]+){0,5}? (?:by|before|in time for|no later than)\b(?! then\b)",
    # "The first 40 crates will be needed by Tuesday", "Delivery is needed before the 22nd", "it has to reach us by the 15th"
    r"(?:is|are|will be|'ll be|would be) (?:also )?needed (?:by|before|in time for|no later than)\b|"
    r"(?<!\bI )(?<!\bwe )(?:has|have|needs?|must|should) (?:to )?(?:reach|arrive|get to|be (?:here|there|with us|delivered|ready|done|finished|fitted|sorted|fixed|repaired|replaced|resolved))\b[^.;]{0,40}?\b(?:by|before|no later than)\b",
    # "so a ballpark would help" (not "That would help", accepting an offer)
    r"(?<!\bthat )(?<!\bthis )(?<!\bit )(?<!\bwhich )would (?:really |also )?help\W*$",
    r"(?<=[\w,] )if (?:at all |that(?:'s| is) |it(?:'s| is) )?possible\b(?! to\b)",  # "Delivery on Thursday morning if possible, before 11"
    r"(?:maybe|perhaps) you (?:can|could) (?:\w+ )?(?:suggest|recommend|send|tell|check|help|advise|give|let)\b",
    # "I'd also like white lights only, not the coloured ones, if that's possible."
    r"(?:I|we)(?:'d| would) (?:also |really )?(?:like|prefer)\b[^.?!]*\bif (?:that's|that is|it's|it is) (?:possible|ok|okay|alright)\W*$",
    # "I want at least half back", "We want the original slot back", "I want someone back out this week"
    r"(?:I|we) (?:just |really |also )?(?:want|need|expect) (?!to\b)(?:[\w£$€.,'’]+ ){1,5}back\b(?! (?:home|then|when|from)\b)",
    # "I want someone here first thing tomorrow", "We need an engineer out today"
    r"(?:I|we) (?:just |really |also )?(?:want|need|expect) (?:someone|somebody|an? (?:engineer|technician|plumber|electrician|fitter)|(?:your|the) [\w-]+) (?:here|out|round|over|to come)\b",
    # "I expect the whole thing to be redone at your cost", "We'd expect not to be charged for that hour"
    r"(?:I|we)(?:'d| would)? (?:also |fully )?expect (?:not )?(?:(?:(?:it|them|this|that) |(?:the|my|our) [^.;?!]{1,40}? )?to be|to pay) (?:\w+ed|redone|done|paid|put right|charged|\w+ed back)\b",
    # "I also expect you to keep trying", "I don't expect to pay for the second one", "I think I'm owed my petrol"
    r"(?:I|we)(?:'d| would)? (?:also |still |fully )?expect you to\b|(?:I|we) (?:don't|do not) expect to (?:pay|be charged)\b",
    r"(?:I think )?(?:I|we)(?:'m| am|'re| are) (?:still )?owed\b",
    # "The invoice must be made out to our company", "…should be addressed to accounts"; "We'd prefer to pay by transfer"
    r"(?:must|should|needs to|has to|will have to) be (?:made out|addressed|invoiced) to\b|"
    r"(?:I|we)(?:'d| would) (?:much |rather |also )?prefer (?:to (?:pay|be invoiced|be billed|have|receive|collect)|(?:the|it|them|this|our) (?:[\w-]+ )?to (?:be|take place|happen|come|arrive)\b)\b|"
    r"(?:I|we)(?:'d| would)(?: also)? like (?:your )?permission\b",
    # "Coach would like them by the tournament on Friday", "We'd also need to be invoiced monthly", "We'd want to do it as a private group",
    # "I'd also be grateful for a few more photographs", "I expect Liberty to cover the body shop bill"
    r"(?-i:[A-Z][a-z]+) would (?:also )?like (?:it|them|this|these) (?:by|before|for)\b|"
    r"(?:I|we)(?:'d| would|'ll| will)(?: also)? need to be (?:invoiced|billed|contacted|told|informed|sent|kept)\b|"
    r"(?:I|we)(?:'d| would) (?:also |really )?want to (?:do|book|come|have|start|go ahead)\b|"
    r"(?:I|we)(?:'d| would) (?:also |really )?be (?:very |most |so )?grateful for\b(?! (?:your|any) (?:advice|help|time|thoughts)\b)|"
    r"(?:I|we) (?:also |fully )?expect (?:(?-i:[A-Z][a-z]+)|you|your \w+) to (?:cover|pay|refund|replace|fix|reimburse|compensate)\b",
    # "I think at least half the fee should be refunded", "Something on top of that is only fair"
    r"should (?:also )?be (?:refunded|credited|waived|reimbursed|taken off|knocked off|paid back|returned|compensated)\b|(?:is|would be|seems) only fair\b",
    # "I need someone to confirm that…", "I'd like him to come back and…", "I'd also love it if his cap could go in"
    # (not the wish "I'd love him to have it on the day", "I'd love it if the new ones matched")
    r"(?:I|we) (?:really |also |just )?need (?:someone|somebody) to\b",
    r"(?:I|we)(?:'d| would) (?:also |really )?(?:like|want|prefer) (?:him|her|them|someone|somebody) to\b",
    r"(?:I|we)(?:'d| would) (?:also |really )?(?:love|like|appreciate) it if (?:[\w'-]+ ){1,5}?(?:could|can|would)\b",
    # "Our finance department will need a W-9 before…": a need on the customer's side that the reply must meet
    r"(?:our|my) (?:\w+ ){1,2}(?:will|'ll|would|'d) (?:also )?(?:need|require) (?:a |an |the |your |copies|a copy)",
    r"(?:I|we) (?:\w+ )?(?:want|need|welcome|value) your (?:input|thoughts|feedback|opinion|advice|views|comments|help)\b",
    r"I need (?:you|your|a |an |the |to know|help)\b|if you (?:can|could) (?!not)\w+",
    r"\bwe (?:also |still )?need (?:the|your) ",  # "We need the RHP certificate for the production batch"
    # "we will need an incumbency certificate", "We would probably need the 2001 budget"
    r"(?:I|we)(?:'ll| will|'d| would)(?: \w+ly| also| still)? need (?:you|your|a |an |the |copies|a copy|some|somewhere|someone|\d+)\b",
    r"(?:I|we)(?:'ll| will|'d| would)(?: also| still)? need (?:[\w-]+ )?(?:certification|certificates|documentation|paperwork|proof|insurance|invoices|receipts)\b",
    # "I want it either repaired properly or replaced", "I'd like either the right one sent or my money back"
    r"(?:I|we)(?:'d| would)? (?:also |really )?(?:want|like) (?:it |them )?either\b",
    # "Unfortunately, I need to reschedule." (not "the changes I need to make")
    r"(?<![a-z] )I (?:really |urgently )?need to (?:cancel|change|return|reschedule|rebook|amend|exchange|speak|talk|update)\b",

    (  # "I need this done this week", "I need what we discussed" (not "I need it for a funeral").
        r"I (?:really |just |still )?need (?:(?:this|that|it|these|those|them) (?:done|back|sent|fixed|returned|replaced|"
        r"sorted|resolved|delivered|signed|by|before|asap|today|tomorrow|tonight|urgently|as soon)|what)\b"
    ),
    # Thanks in advance for help not yet given: "I would greatly appreciate your help", "Any advice … is appreciated".
    (
        r"(?:I|we)(?:'d| would)(?: \w+ly| very much)? (?:like|appreciate|value) (?:your|any) (?:help|advice|input|thoughts|"
        r"feedback|opinion|views|comments|assistance|suggestions|ideas)\b"
    ),
    r"(?:I|we)(?:'d| would)(?: \w+ly| very much| also)? (?:appreciate it|be grateful) if you\b",
    r"(?:I|we)(?:'d| would)(?: \w+ly| very much| so much| also)? appreciate\b",  # "I would very much appreciate 15 minutes…"
    r"(?:I|we)(?:'d| would|'m| am|'re| are) (?:be )?(?:\w+ly |very |most |also )?interested in (?:talking|meeting|discussing|hearing|speaking)\b",
    (  # "When you get a minute I need to discuss…", "I had wanted to discuss with you…" (not "…with my team")
        r"(?:I|we) (?:\w+ )?(?:need|had wanted|wanted|want) to (?:discuss|talk|speak|chat)\b"
        r"(?! (?:[\w-]+ ){0,3}(?:with|to) (?:my|our|him|her|them|the)\b)"
    ),

    (
        r"(?:any|your) (?:help|advice|assistance|input|feedback|thoughts|suggestions)\b[^.]{0,120}\b(?:is|would be|will be) "
        r"(?:\w+ly |very much |much )?(?:appreciated|welcome)\b"
    ),
    # "A call tomorrow would be great", "It would be great if you could…"; "Yes, that would be great." accepts an offer
    (
        r"(?:(?<!\bthat )(?<!\bthis )(?<!\bit )(?<!\bthat's )(?:would|will) be (?:very |really |most |much |\w+ly )?(?:helpful|appreciated|great|useful|ideal)\b|"
        r"(?:would|will) be (?:very |really |most |much |\w+ly )?(?:helpful|appreciated|great|useful|ideal)\b(?=\s*(?:if|to|for|when)\b))"
    ),
    # Meeting and talking together: "We should discuss…", "Let's meet", "… - lets discuss next week", "Can we talk".
    (
        r"(?:we|you and I|the (?:two|three|four) of us|all of us)(?: \w+ly| also)? (?:need to|should|must|ought to|will need to|'ll need to|"
        r"will have to|'ll have to|would need to) (?:try to )?(?:meet|discuss|talk|sit down|get together|follow[ -]up|catch up|chat|speak)\b"
    ),
    r"we (?:can|could) (?:\w+ )?(?:discuss|meet|talk|get together|catch up)\b|(?:wondering|wonder) (?:if|whether)\b",
    r"(?:can|could|shall) we\b|let's\b|(?:maybe|perhaps)\b[^.,;]{0,40}\bwe (?:can|could)\b",
    (  # "It may be worthwhile for us to have a quick call" (not "It might be useful to know that…")
        r"(?:it )?(?:may|might|could) be (?:\w+ )?(?:useful|worthwhile|helpful|ideal|best|good) (?:to|if|for (?:us|you))\b"
        r"(?! (?:know|mention|note|add|say)\b)"
    ),

    r"lets (?=(?:discuss|talk|meet|get|set|try|chat|plan|schedule|go|do|have|take|sit|catch)\b)",
    # Advice to the reader: "You need to…", "You should e-mail her", "I'd suggest that you…".
    r"you (?:need|have|will need|must|ought) to\b|you (?:may|might|will)(?: also| still)? need to\b",
    # "you may want to coordinate with Sue", "You might give me a heads up", "My suggestion would be to…"
    r"you (?:may|might)(?: also| still)? (?:want|wish|like|prefer) to\b|you might (?:give|tell|ask|send|call|check|consider|try|let)\b",
    r"(?:think|suggest|recommend|feel|believe) (?:that )?you should\b|my (?:recommendation|suggestion|advice) (?:is|would be|will be) (?:to|that)\b",
    (
        r"(?<!\bwhich )(?<!\bwho )(?<!\bthat )(?<!\bsaid )you (?:really )?should\s+"
        r"(?!not\b|have\b|be\b(?! (?:there|present)\b)|know\b|'ve\b|receive\b|see\b|find\b|get\b)"
    ),
    r"I(?:'d| would)? (?:also |strongly )?(?:suggest|propose) (?:that |a |an |we |you |\w+ing\b)",
    r"why (?:don't|not) (?:you|we)\b",  # a suggestion, not a "why" question (no "?" here): "…, why don't you come by"
    # "JPMorgan would like to hear your views", "we wanted to ask for your participation"
    r"(?:like|love|want|wanted) to (?:hear|have|get) (?:your|any) (?:views|thoughts|comments|feedback|input|opinion|reaction)\b",
    r"(?:ask|asking) for your (?:participation|help|input|support|feedback|approval|thoughts|views|comments|assistance)\b",

    r"(?:just )?(?:a |this is (?:just )?a )?(?:quick |friendly )?reminder to (?!my|myself|self)\w+",
    r"(?<!\byou )tell (?:me|us) (?:what|how|when|where|why|which|who|if|whether)\b",  # "Watch it and tell me what you think."
    # Invitations wait for a yes or a no: "I would like to invite you…", "We'd love you to join us", "You're welcome to join".
    r"hope (?:that )?you\b[^.]{0,40}\b(?:can|will|could) (?:\w+ )?(?:attend|join|come|make it|be there|participate)\b",
    r"(?:invite|inviting) you\b|(?:extend|send) (?:an |our |a formal )?invitation to you\b|(?:like|love) (?:you|to have you)\b(?: \w+){0,4} (?:to )?(?:join|come|attend)\b",
    r"you(?:'re| are) (?:more than |most |very )?welcome to (?:join|come|attend)\b",
    r"for (?:both of |all of )?you(?: both| all| two)? to (?:join|attend|come|be there|participate)\b",  # "…appropriate for both of you to join us"
    # A request passed on: "He asked me to e-mail you so that you could put this on his calendar", "Joe is expecting your call".
    r"(?:asked|told) me to (?:e-?mail|ask|tell|contact|call|remind|let) you\b",
    r"(?:is|are|am|'m|'s|be) expecting (?:your (?:call|reply|response|e-?mail)|a (?:call|reply|response) from you)\b",
    r"if you(?:'d| would)? (?:want|like|care) to (?:come|join|stop by|drop by|come by|swing by)\b",
    r"(?<=, )(?:do you )?want to (?:come|join|meet|grab|go)\b",  # "I'm in Vegas this weekend, want to come."
    (  # "I hope you can help me with this."
        r"(?:hope|hoping) (?:that )?you (?:can|could|will|would) (?:\w+ )?(?:help|give|send|let|call|reply|respond|get back|fix|sort|"

        r"look|resolve|refund|replace|share|advise|assist|explain|confirm)\b"
    ),
    r"I (?:\w+ )?(?:want|need|require|would like|'d like) (?:some |your )?(?:help|assistance)\b",  # "I want assistance locating…"
    r"I (?:have|'ve got|got) (?:a |one |some |a few )?(?:quick |small )?(?:question|query|questions|queries) (?:about|regarding|on)\b",

    r"(?<!\bto )help me (?:to )?(?:\w+)|help me\W*$|(?<=[,;:] )help (?:me )?to \w+",  # "…how long reimbursements take, help me"
    (  # "I'm still waiting for my refund"
        r"(?:I|we)(?:'m| am|'re| are|'ve been| have been) (?:still )?waiting (?:for|on) (?:a |an |my |our |the |your )?(?:\w+ )?"
        r"(?:refund|rebate|reply|response|answer|replacement|delivery|restitution|reimbursement|compensation|order|parcel|package|"
        r"confirmation|call ?back|call)\b"
    ),
    # What the reader is expected to do: "I assume you will send…", "for your review", "We request you to…".

    r"I (?:assume|trust|take it)(?: that)? you(?:'ll| will| can| are going to)\b",
    r"(?:I|we) (?:was|were|'m|am|'re|are) (?:really |rather )?hoping (?:that )?you (?:could|can|would|might)\b",
    (
        r"(?:I|we)(?:'m| am|'re| are|'d| would)?(?: also| still| fully)? expect(?:ing)? (?:a |an |your |the |my )?(?:full )?(?:answer|reply|response|refund|call|"
        r"replacement|apology|update|compensation|reimbursement|restitution|rebate|credit)\b"
    ),
    r"(?<![\w'] )(?:want|need|require) (?:some )?(?:help|assistance|support)\b",  # "I paid $1499, need assistance…"
    r"how (?:can|could|do|should) (?:i|we)\b",  # asking word order: "…the free account  how can i delete it"
    (  # "attached for your review", not the thanks "Thank you for your consideration"
        r"(?<!\bthanks )(?<!\bthank you )(?<!\bmuch )(?<!\bagain )"
        r"for (?:you|your) (?:to )?(?:review|discuss|sign|approve|comments?|consideration|approval|signature)\b"
    ),

    r"you (?:have been|are being|are) (?:requested|asked|invited|required) to\b",
    r"(?:I|we) (?:\w+ly )?(?:request|ask|urge|beg) (?:that )?you\b",
    # Asking without the asking words: "I'm writing to ask…", "I wanted to see if…".

    (
        r"(?:I|we)(?:'m| am| was| were)? (?:\w+ly )?(?:writing|calling|emailing|contacting you|reaching out) to (?:request|ask|inquire|"
        r"enquire|see (?:if|whether|when|what|how|where|why)|find out|check)\b"
    ),
    (  # "I just want to confirm that…", "I wanted to follow up on our conversation regarding…"
        r"(?:I|we) (?:just |also )?(?:want|wanted) to (?:see (?:if|whether|what|when|how|where)|inquire|enquire|confirm|verify|"
        r"follow[ -]?up (?:on|with|about|regarding|to)|check (?:if|whether|on|that))\b"
    ),
    # "I will wait to hear from you Monday", "Awaiting your reply"
    r"(?:wait|waiting|await|awaiting) (?:to hear from you|your (?:reply|response|answer|confirmation|call|decision|feedback))\b",
    # "If you get a minute, can you call me.", "my son is 7, do you do classes for kids"
    r"(?<=[,;:] )(?:can|could|would|will|do|does|did|are|have) (?:you|ya|u)\b(?! (?:believe|imagine|know what)\b)",
    r"(?:can|could|will|would) (?:you|ya|u) (?:please )?help me\b",  # "i have got to enter the address will ya help me"

)
