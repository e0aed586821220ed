"""Requests without a question mark: "Please send…", "Could you also forward it to Jeff.", "Let me know…".

A customer's request needs an answer as much as a question does; these cues tell one from a statement.
Measured on the Parakweet email-intent sentences (train split) and the project's question sets. Some
of what that data set calls an "ask" is left out on purpose, because a reply owes it no answer:
acceptances ("Saturday is good"), the writer's own plans ("I'll call you tomorrow"), closing offers
("If you have any questions, call me") and shop-window calls to action ("Shop now").
"""

from __future__ import annotations

import re

from .request_cues import ANYWHERE_CUES, PLEASE_TELLS, START_CUES
from .service_cues import SERVICE_ANYWHERE_CUES, SERVICE_START_CUES

# Verbs a customer asks the reader to do something with ("Forward it to Jeff", "Give me a call").
# Shop-window calls to action ("Shop now", "Download the app", "Click here") are left out on purpose:
# they come from newsletters, not from a customer, and need no reply. Nor are sign-offs and sayings
# ("Talk soon", "Keep up the good work", "Come on", "Hold on") requests.
_ACTION_VERBS = (
    r"(?:send|resend|cancel|refund|replace|repair|exchange|reverse|waive|reimburse|credit|change|update|call|ring|email|e-mail|fix|book|arrange|reschedule|remove|delete|issue|"
    r"forward|reset|unlock|confirm|advise|give|let(?! (?:me|us) (?!know))|tell|check|review|sign|fill|complete|return|reply|respond|"
    r"contact|text|meet|pick|get|find|set up|schedule|put|fax|discuss|add|prepare|print|bring|note|ask|invite|include|copy|cc|"
    r"loop|hold(?! on\b)|reserve|share|show|post|mail|ship|deliver|expedite|escalate|look into|sort out|chase|follow up|drop|"
    r"shoot|grab|join|come(?! on\b| to think\b)|stop by|swing by|keep(?! (?:up|it up|in touch|going|well|safe)\b)|circulate|"
    r"coordinate|approve|process|pass|hand|move|transfer|look at|look over|have a look|take a look|"
    r"(?:chat|talk|speak)(?! (?:to|with) you\b| soon\b| later\b| then\b| again\b))"
)
# What follows such a verb: a pronoun, an article, a particle or a time ("call me", "send it back", "call whenever").
_ACTION_OBJECT = (
    r"(?= (?:me|us|my|our|your|his|their|the|it|this|that|these|those|a|an|them|him|her|all|any|some|back|in|out|up|on|over|"
    r"along|to|with|by|round|around|at|when|whenever|anytime|soon|asap|today|tonight|tomorrow|later|again|first|"
    r"every|each|everything|someone|somebody)\b)"  # "Put every cent of it back on my Visa", "Get someone out here"
)
# Account and order verbs that ask for a service even before a bare noun: "cancel order 3707955617",
# "Modify purchase 00123842" (not "Change is hard", "Check out time is 11").
_SERVICE_VERBS = (
    r"(?:cancel|refund|reset|unlock|reschedule|rebook|track|remove|delete|modify|edit|change|update|activate|deactivate|"
    r"upgrade|downgrade|recover|retrieve|locate|check)"
    r"(?= (?!(?:of|is|are|was|were|has|had|have|and|or|to|in|on|out|up|management|culture)\b)[a-z0-9#])"
)
# Verbs whose object may be a person's name ("Call Joann", "Ask Joseph to…"); not "Post Office" or "Chase Bank".
_PERSON_VERBS = r"(?:ask|tell|call|give|contact|invite|remind|meet|cc|copy|loop in|let|show|send|forward)"
# A request at the start of a sentence: "Please…", "Can you…" (an action, not information), an imperative
# after a lead-in ("Also, give Lance a call", "Go ahead and send it").
# Who a customer asks: "Can you…", "Could one of you…".
ASKED = r"(?:you(?: guys| all)?|(?:one|either|any|some|each|both|all|one or both) of (?:you|your (?:team|staff|colleagues)))"
REQUEST_START = re.compile(
    rf"^\s*(?:(?:please|kindly|pls|plz)\b(?!,?\s+{PLEASE_TELLS})|"
    rf"(?:can|could|would|will) {ASKED} (?:please |kindly |also |just )?"
    r"(?!tell me|let me know|confirm whether|confirm if|be\b|have\b|know\b|believe\b|imagine\b|see\b|also\b|please\b|kindly\b|just\b)[a-z]+\b|"
    r"(?:I need you to|I'd like you to|I would like you to)\b|"
    r"(?:(?:sure|yes|yeah|ok|okay|and|so|then),?\s+)*go ahead and [a-z]+\b|"  # "Sure, go ahead and switch it on."
    r"(?:(?:and|so|just|also|then|now|but|oh|hey|hi|either),?\s+)*"  # "Either email me the gift card today or refund my money."
    r"(?:go ahead and |try (?:and|to) |be sure to |make sure to |remember to |don't forget to |do not forget to )?"
    rf"(?:{_ACTION_VERBS}\b{_ACTION_OBJECT}|{_PERSON_VERBS} (?-i:[A-Z][a-z]+)\b|{_SERVICE_VERBS}))",

    re.IGNORECASE,
)

# A condition before the request: "If you get a chance, shoot me a message". Not a newsletter's offer
# ("If you'd like to earn more, check out…", "If you no longer want these emails, click…").
_LEAD_CLAUSE = re.compile(
    r"^\s*(?!if you(?:'d| would)?(?: no longer)? (?:like|want|wish|prefer)\b)(?:if|when|once|whenever|as soon as|after|before)\b"
    r"(?! (?:so|not)\b)[^,;:]{1,80},\s*",
    re.IGNORECASE,
)


# A request after a clause of its own: "I'm out all next week, just call Joann", "… - lets discuss next week".
_CLAUSE_BREAK = re.compile(r"\s[-–—]+\s*|-{2,}\s*|;\s*|,\s*(?=(?:so|just|then)\b)|\s(?=so\b)")


# "…get it back to me by the 19th – failing that, refund the €340": a fallback demand
_FALLBACK = re.compile(r"\s*(?:failing that|failing which|otherwise|or else|if not|alternatively),?\s+", re.IGNORECASE)


def request_after_condition(text: str) -> bool:
    lead = _LEAD_CLAUSE.match(text) or _FALLBACK.match(text)
    if lead and REQUEST_START.match(text[lead.end() :]):
        return True
    return any(REQUEST_START.match(text[brk.end() :]) for brk in _CLAUSE_BREAK.finditer(text))


# The anywhere cues behind one check for the start of a word: forty alternatives tried at every character
# cost eight times as much (a review's budget is a few milliseconds).
_STARTS_ASKING = re.compile(r"\s*(?:" + "|".join(START_CUES + SERVICE_START_CUES) + ")", re.IGNORECASE)
_ASKS_ANYWHERE = re.compile(r"\b(?=[a-z])(?:" + "|".join(ANYWHERE_CUES + SERVICE_ANYWHERE_CUES) + ")", re.IGNORECASE)


def asks_action(text: str) -> bool:
    """Whether a sentence without a question mark asks the reader to do or answer something."""
    return bool(_STARTS_ASKING.match(text) or _ASKS_ANYWHERE.search(text))


# "Bill, can you…": the name or greeting before a request.
VOCATIVE = re.compile(
    r"^\s*(?:(?i:hi|hey|hello|ok|okay|so|dear),?\s+)?(?!(?:Please|Pls|Kindly)\b)(?:[A-Z][a-z]+ (?:and/or|and|or|&) )?[A-Z][a-z]+(?:,|\s*-{1,2}|\s+–|:)\s+"
    r"(?=[a-z]|(?:Can|Could|Would|Will|Please|Pls|Kindly)\b)|"
    # "Wayne can you set up a meeting": a name with no comma, only before "can you…".
    r"^\s*(?!(?:And|But|Or|So|Also|Then|How|Why|What|When|Where|Which|Who|If|Please|Now|Today|Tomorrow)\b)[A-Z][a-z]+\s+"
    r"(?=(?:can|could|would|will) you\b)"
)
