""""12 am" and "12 pm", which many readers get the wrong way round: say midnight or noon.

Practice: be accurate with times.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples

_MORNING_FROM = re.compile(r"\d(?:[:.]\d\d)?\s?a\.?m\.?\s*(?:-|–|to|till|until|and)\s*$", re.IGNORECASE)
_TWELVE = re.compile(r"(?<![:\d.])\b12(?:[:.]00)?\s?(?P<meridiem>[ap](?:\.m\.|m\b))", re.IGNORECASE)


def find(doc: Document):
    if "12" not in doc.draft:
        return
    for found in _TWELVE.finditer(doc.draft):
        noon = found.group("meridiem").lower().startswith("p")
        if noon and _MORNING_FROM.search(doc.draft, max(0, found.start() - 16), found.start()):
            continue  # "10am to 12pm": the end of a morning can only be noon
        word = "noon" if noon else "midnight"
        yield Match(found.start(), found.end(), message=f"Readers often confuse 12 am and 12 pm: write “{word}”.",
                    replacements=(word, f"12:00 {word}"))


RULE = Check(
    id="datetime.twelve-oclock",
    category="datetime",
    description="12 am or 12 pm, which readers confuse; noon or midnight is clear.",
    message="Write noon or midnight instead of 12 pm or 12 am.",
    practice="Be accurate: a customer must not have to guess a time.",
    severity="info",
    find=find,
    flags=examples("The sale ends at ⟦12 am⟧ on Friday.", "Collection is at ⟦12:00 pm⟧."),
    passes=examples("The sale ends at midnight on Friday.", "Collection is at 12:30 pm.", "Lessons run from 10am to 12pm."),
)
