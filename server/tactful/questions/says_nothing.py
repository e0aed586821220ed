"""Sentences that share a question's topic and say nothing about it: an apology, praise."""

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


@lru_cache(maxsize=1024)
def apology_only(sentence: str) -> bool:
    """"I'm really sorry Isla has been without hot water" shares the topic and answers nothing."""
    if not _APOLOGY.match(sentence):
        return False
    rest = _APOLOGY.sub("", sentence, count=1)
    if _SORRY_ABOUT_IT.match(rest) and not _AND_THEN.search(rest):
        return True  # "Sorry to hear you can't sign in." tells the customer's trouble back, it answers nothing
    return not (cue.STANCE.search(rest) or cue.REFUSED.search(rest) or cue.INFORMATION.search(rest) or cue.DONE.search(rest) or cue.YES_NO_OPENING.match(rest))


@lru_cache(maxsize=1024)
def praise_only(sentence: str) -> bool:
    said = cue.STANCE.search(sentence) or cue.ACKNOWLEDGED.search(sentence) or cue.INFORMATION.search(re.sub(r"\d+-(?=[a-z])", "", sentence))
    return bool(cue.PRAISE.search(sentence)) and not said  # "…my favourite thing to teach, so yes, absolutely" says yes
