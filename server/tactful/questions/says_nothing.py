"""Sentences that share a question's topic and say nothing about it: an apology, praise, a hand-off."""

from __future__ import annotations

import re
from functools import lru_cache

from . import answer_cues as cue

_APOLOGY = re.compile(
    r"\W*(?:thanks?(?: you)?\b[^.,;]{0,40},?\s*(?:and\s+)?)?"  # "Thank you for getting in touch, and I'm really sorry…"
    r"(?:(?:I'm|I am|we're|we are)(?: \w+)? sorry\b|(?:(?:my|our) )?apologies\b|I apologi[sz]e\b|sorry\b)",
    re.IGNORECASE,
)


_SORRY_ABOUT_IT = re.compile(r"\s*(?:to hear|to learn|(?:that|about|for) (?:the|your|you|this|that|it))\b", re.IGNORECASE)
_AND_THEN = re.compile(r",\s*(?:but|and|so)\b|;|\s(?:but|so)\s", re.IGNORECASE)


# Sympathy said instead of an answer: "Finding a barrel cut open is upsetting, and I understand why you're angry."
_SYMPATHY = re.compile(
    r"\bI (?:completely |fully |totally |can )?understand (?:why|how) you(?:'re| are| were| feel)\b|"
    r"\b(?:is|must be|must have been|was) (?:so |very |really |deeply |incredibly )?(?:upsetting|frustrating|distressing|disappointing|worrying)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def apology_only(sentence: str) -> bool:
    """"I'm really sorry Isla has been without hot water" shares the topic and answers nothing."""
    if not _APOLOGY.match(sentence):
        return bool(_SYMPATHY.search(sentence)) and not _says_something(sentence)
    rest = _APOLOGY.sub("", sentence, count=1)
    if _SORRY_ABOUT_IT.match(rest) and not _AND_THEN.search(rest):
        return True  # "Sorry to hear you can't sign in." tells the customer's trouble back, it answers nothing
    return not _says_something(rest)


def _says_something(text: str) -> bool:
    return bool(cue.STANCE.search(text) or cue.REFUSED.search(text) or cue.INFORMATION.search(text) or cue.DONE.search(text) or cue.YES_NO_OPENING.match(text))


@lru_cache(maxsize=1024)
def praise_only(sentence: str) -> bool:
    said = cue.STANCE.search(sentence) or cue.ACKNOWLEDGED.search(sentence) or cue.INFORMATION.search(re.sub(r"\d+-(?=[a-z])", "", sentence))
    return bool(cue.PRAISE.search(sentence)) and not said  # "…my favourite thing to teach, so yes, absolutely" says yes


# Sent elsewhere or put off: "I've passed your request on to our accounts manager", "the General
# Register Office is the best place to ask", "Stools are something we've been asked about a lot".
_PUTS_OFF = re.compile(
    r"\bpass(?:ed|ing)? (?:[\w'-]+ ){0,6}(?:on|along|over) to (?!you\b)|\b(?:raise|raised|flag|flagged) (?:it|this|that|your \w+) with\b|\b(?:get|come) back to you\b|"
    r"\bcheck (?:\w+ )?with (?:my|our|the|his|her) \w+|\bstill (?:working (?:out|on)|finali[sz]ing|confirming|sorting out)\b|"
    r"\b(?:the best (?:place|people|person)|best placed) to (?:ask|advise)\b|\b(?:is|are) (?:really |more )?(?:a question|one|something) for\b|"
    # "I'll ask our designer about the cards", "I will ask the cargo gate in Nyaung-U which day they go and tell you"
    r"\bI(?:'ll| will) (?:ask|check with|speak to|talk to) (?:our|my|the) (?:[\w-]+ ){0,4}?(?:about|if|whether|which|when|what|and (?:tell|let) you)\b|"
    r"\bcopied (?:\w+ ){0,3}in\b|\bsomething (?:\w+ ){0,4}(?:asked|asking|ask) (?:us )?about\b|\b(?:we|I)(?:'ve| have) been asked about\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def puts_off_only(sentence: str) -> bool:
    """A hand-off or a put-off that gives nothing asked: no amount, date, yes, no or refusal."""
    put_off = _PUTS_OFF.search(sentence)
    if not put_off:
        return False
    dated = cue.A_DAY.search(sentence, put_off.end())  # "I'll get back to you on Friday" gives a day
    return not (dated or cue.AMOUNT.search(sentence) or cue.YES_NO_OPENING.match(sentence) or cue.REFUSED.search(sentence))
