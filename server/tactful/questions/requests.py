"""Requests without a question mark: "Please send…", "Could you also forward it to Jeff.", "Let me know…".

A customer's request needs an answer as much as a question does; these cues tell one from a statement.
Measured on the Parakweet email-intent sentences (train split) and the project's question sets. Some
of what that data set calls an "ask" is left out on purpose, because a reply owes it no answer:
acceptances ("Saturday is good"), the writer's own plans ("I'll call you tomorrow"), closing offers
("If you have any questions, call me") and shop-window calls to action ("Shop now").
"""

from __future__ import annotations

import re

# Verbs a customer asks the reader to do something with ("Forward it to Jeff", "Give Lance a call").
# Shop-window calls to action ("Shop now", "Download the app", "Click here") are left out on purpose:
# they come from newsletters, not from a customer, and need no reply.
_ACTION_VERBS = (
    r"(?:send|resend|cancel|refund|change|update|call|ring|email|e-mail|fix|book|arrange|reschedule|remove|delete|issue|"
    r"forward|reset|unlock|confirm|advise|give|let(?! (?:me|us) (?!know))|tell|check|review|sign|fill|complete|return|reply|respond|"
    r"contact|text|meet|pick|get|find|set up|schedule|put|fax|discuss|add|prepare|print|bring|note|ask|invite|include|copy|cc|"
    r"loop|hold|reserve|share|show|post|mail|ship|deliver|expedite|escalate|look into|sort out|chase|follow up|drop|shoot|"
    r"grab|join|come|stop by|swing by|keep|circulate|coordinate|approve|process|pass|hand|move|transfer|look at|look over|"
    r"have a look|take a look|(?:chat|talk|speak)(?! (?:to|with) you\b))"  # not the sign-off "Talk to you soon"
)
# What follows such a verb: a pronoun, an article, a particle or a person's name ("call Joann").
_ACTION_OBJECT = (
    r"(?= (?:me|us|my|our|your|his|their|the|it|this|that|these|those|a|an|them|him|her|all|any|some|back|in|out|up|on|over|"
    r"along|to|with|by|round|around|at|(?-i:[A-Z][a-z]+))\b)"
)
# A request at the start of a sentence: "Please…", "Can you…" (an action, not information), an imperative
# after a lead-in ("Also, give Lance a call", "Go ahead and send it").
REQUEST_START = re.compile(
    r"^\s*(?:(?:please|kindly|pls|plz)\b|(?:can|could|would|will) you(?: guys| all)? (?:please |kindly |also |just )?"
    r"(?!tell me|let me know|confirm whether|confirm if|be\b|have\b|know\b|believe\b|imagine\b|see\b|also\b|please\b|kindly\b|just\b)[a-z]+\b|"
    r"(?:I need you to|I'd like you to|I would like you to)\b|"
    r"(?:(?:and|so|just|also|then|now|but|oh|hey|hi),?\s+)*"
    r"(?:go ahead and |try (?:and|to) |be sure to |make sure to |remember to |don't forget to |do not forget to )?"
    rf"{_ACTION_VERBS}\b{_ACTION_OBJECT})",
    re.IGNORECASE,
)

# A condition before the request: "If you get a chance, shoot me a message". Not a newsletter's offer
# ("If you'd like to earn more, check out…", "If you no longer want these emails, click…").
_LEAD_CLAUSE = re.compile(
    r"^\s*(?!if you(?:'d| would)?(?: no longer)? (?:like|want|wish|prefer)\b)(?:if|when|once|whenever|as soon as|after|before)\b"
    r"(?! (?:so|not)\b)[^,;:]{1,80},\s*",
    re.IGNORECASE,
)


def request_after_condition(text: str) -> bool:
    lead = _LEAD_CLAUSE.match(text)
    return bool(lead and REQUEST_START.match(text[lead.end() :]))


# Words after "I'd like to" that tell rather than ask ("I'd like to thank you", "…to share this with you").
_TELLING = (
    r"(?:thank|share|inform|welcome|introduce|offer|congratulate|apologi[sz]e|express|say|assure|ensure|reassure|remind|"
    r"announce|extend|invite|take this|draw|point out|mention|highlight|acknowledge|wish|remember|honou?r|tell you|let you know)\b"
)
# Asks for an action without a question mark, anywhere in a sentence ("Tricia, please send…").
_ASKS_ACTION_CUES = (
    r"(?<!\bto )(?<!\bsure to )\b(?:please|pls|plz),?\s+(?!find|see|note|do not reply|don't reply)\w+",  # not "sure to please"
    r"(?:^|,)\s*please\W*$",  # "May I get a copy of the invoices please."
    r"\b(?:feel free|don't hesitate|do not hesitate) to\b|\blet (?:me|us) know\b",
    # The writer's wish, which the reader is to act on: "I'd like to cancel", "I need you to…", "I'd like you to…".
    rf"\b(?:I|we)(?:'d| would)(?: also| really| just)? like to (?!{_TELLING})\w+",
    (
        r"\b(?:I|we)(?:'d| would)(?: also| really| still)? (?:like|love|want) (?:you )?to (?:discuss|meet|talk|get together|"
        r"set up|schedule|arrange|cancel|change|return|exchange|book|order|request|know|see|get|have|swap|move|upgrade|"
        r"downgrade|close|open|report|claim)\b"
    ),
    r"\b(?:I|we)(?:'d| would)(?: really| also)? (?:like|love|want|prefer) you to\b",  # "But for today, I'd like you to…"
    r"\bI (?:also |really )?want (?:to|you)\b",
    r"\bI need (?:you|your|a |an |the |to know|help)\b|\bif you (?:can|could) (?!not)\w+",
    (  # "I need this done this week", "I need what we discussed" (not "I need it for a funeral").
        r"\bI (?:really |just |still )?need (?:(?:this|that|it|these|those|them) (?:done|back|sent|fixed|returned|replaced|"
        r"sorted|resolved|delivered|signed|by|before|asap|today|tomorrow|tonight|urgently|as soon)|what)\b"
    ),
    # Thanks in advance for help not yet given: "I would greatly appreciate your help", "Any advice … is appreciated".
    (
        r"\b(?:I|we)(?:'d| would)(?: \w+ly| very much)? (?:like|appreciate|value) (?:your|any) (?:help|advice|input|thoughts|"
        r"feedback|opinion|views|comments|assistance|suggestions|ideas)\b"
    ),
    r"\b(?:I|we)(?:'d| would)(?: \w+ly| very much| also)? (?:appreciate it|be grateful) if you\b",
    (
        r"\b(?:any|your) (?:help|advice|assistance|input|feedback|thoughts|suggestions)\b[^.]{0,120}\b(?:is|would be|will be) "
        r"(?:\w+ly |very much |much )?(?:appreciated|welcome)\b"
    ),
    r"\b(?:would|will) be (?:very |really |most |much )?(?:helpful|appreciated|great|useful)\b",
    # Meeting and talking together: "We should discuss…", "Let's/Lets meet", "Can we talk".
    (
        r"\b(?:we|you and I)(?: \w+ly| also)? (?:need to|should|must|ought to) (?:meet|discuss|talk|sit down|get together|"
        r"follow[ -]up|catch up|chat|speak)\b"
    ),
    r"\bwe (?:can|could) (?:\w+ )?(?:discuss|meet|talk|get together|catch up)\b|\b(?:wondering|wonder) (?:if|whether)\b",
    r"\b(?:can|could|shall) we\b|\blet's\b|^\s*lets (?=\w)|\bmaybe we (?:can|could)\b",
    # Advice to the reader: "You need to…", "You should e-mail her", "I'd suggest that you…", "Why don't you call her."
    r"\byou (?:need|have|will need|must|ought) to\b",
    (
        r"(?<!\bwhich )(?<!\bwho )(?<!\bthat )(?<!\bsaid )\byou (?:really )?should\s+"
        r"(?!not\b|have\b|be\b|know\b|'ve\b|receive\b|see\b|find\b|get\b)"
    ),
    r"\bI(?:'d| would)? (?:also |strongly )?(?:suggest|propose) (?:that )?(?:you|we)\b",
    r"^\s*why (?:don't|not) you\b[^?]*$",  # a suggestion, not a "why" question
    r"\b(?:just )?(?:a |this is (?:just )?a )?(?:quick |friendly )?reminder to (?!my|myself|self)\w+",
    # Invitations wait for a yes or a no: "I would like to invite you…", "We'd love you to join us", "You're welcome to join".
    r"\bhope (?:that )?you\b[^.]{0,40}\b(?:can|will|could) (?:\w+ )?(?:attend|join|come|make it|be there|participate)\b",
    r"\b(?:invite|inviting) you\b|\b(?:like|love) (?:you|to have you)\b(?: \w+){0,4} (?:to )?(?:join|come|attend)\b",
    r"\byou(?:'re| are) (?:more than |most |very )?welcome to (?:join|come|attend)\b",
    # Asking without the asking words: "Any thoughts", "I'm writing to ask…", "I wanted to see if…".
    r"^\s*any (?:thoughts|comments|feedback|ideas|suggestions|input|news|update|word)\b",
    r"\b(?:I|we)(?:'m| am| was| were)? (?:\w+ly )?(?:writing|calling|emailing) to (?:request|ask|inquire|enquire|see if|find out|check)\b",
    r"\b(?:I|we) (?:just |also )?(?:want|wanted) to (?:see if|see whether|inquire|enquire)\b",
    # A question that lost its "?": "Can I get rates and pics please", "If you get a minute, can you call me."
    (
        r"^\s*(?:(?:good )?(?:morning|afternoon|hi|hello|hey),?\s+)?(?:are|is|will|would|can|could|may|do|does|did|have|has) "
        r"(?:you|I|we)\b(?! (?:believe|imagine|just say|say|add|mention)\b)"
    ),
    r"(?:^|[,;:]\s*)(?:can|could|would|will) you\b(?! (?:believe|imagine)\b)",
)
ASKS_ACTION = re.compile("|".join(_ASKS_ACTION_CUES), re.IGNORECASE)

# "Bill, can you…": the name or greeting before a request.
VOCATIVE = re.compile(
    r"^\s*(?:(?i:hi|hey|hello|ok|okay|so|dear),?\s+)?[A-Z][a-z]+(?:,|\s*-{1,2}|\s+–|:)\s+(?=[a-z]|(?:Can|Could|Would|Will|Please|Pls|Kindly)\b)|"
    # "Wayne can you set up a meeting": a name with no comma, only before "can you…".
    r"^\s*(?!(?:And|But|Or|So|Also|Then|How|Why|What|When|Where|Which|Who|If|Please|Now|Today|Tomorrow)\b)[A-Z][a-z]+\s+"
    r"(?=(?:can|could|would|will) you\b)"
)
