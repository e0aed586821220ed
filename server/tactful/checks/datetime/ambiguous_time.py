"""A 12-hour time with no am or pm that nothing around it settles ("your fitting is at 8:15").

Practice: be accurate with times. A customer reading "Friday at 8:15" cannot tell morning from
evening; say which.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Example, Match, examples
from ._dates import SETTLES_MERIDIEM, times

_RANGE_WITH_MERIDIEM = re.compile(r"\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m", re.IGNORECASE)
_BARE_HOUR_CUE = re.compile(r"\b(?:at|around|by|until|till|from|between|before|after)\s*$", re.IGNORECASE)
_RANGE_OF_UNITS = re.compile(
    r"\s*(?:-|–|to|or)\s*\d+\s*(?:business |working |calendar )?(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|nights?)\b",
    re.IGNORECASE,
)
_ZONE_AFTER = re.compile(r"\s*(?:UTC|GMT|BST|CET|CEST|EET|[ECMP][SD]?T|Z)\b")
_NOT_A_TIME_BEFORE = re.compile(r"(?:version|v|no\.?|number|room|flat|unit|page|step|chapter|size|#|£|\$|€)\s*$", re.IGNORECASE)


def find(doc: Document):
    text = doc.draft
    for found in times(text):
        hour, minute, meridiem = found.group("hour"), found.group("minute"), found.group("meridiem")
        if meridiem or not 1 <= int(hour) <= 12 or (hour.startswith("0") and minute):
            continue  # has am/pm, or is a 24-hour time ("19:30", "09:30")
        before = text[max(0, found.start() - 12) : found.start()]
        if _NOT_A_TIME_BEFORE.search(before):
            continue
        if not minute and not _BARE_HOUR_CUE.search(before):
            continue  # a bare number ("steps 2 and 3"), not a time
        if _RANGE_OF_UNITS.match(text, found.end()) or _ZONE_AFTER.match(text, found.end()):
            continue  # "3 to 10 business days"; "11:40 GMT" is read as a 24-hour time
        end = found.start("minute") + 2 if minute else found.start("hour") + len(hour)
        if _RANGE_WITH_MERIDIEM.match(text, end):
            continue  # "9–11 am": the range shares its meridiem
        sentence = doc.sentence_at(found.start())
        if SETTLES_MERIDIEM.search(text, sentence.start, sentence.end):
            continue
        written = text[found.start() : end]
        yield Match(
            found.start(), end,
            message=f"Is this {written} am or {written} pm?",
            replacements=(f"{written} am", f"{written} pm"),
        )


RULE = Check(
    id="datetime.ambiguous-time",
    category="datetime",
    description="A 12-hour time with no am or pm, and nothing in the sentence settles which.",
    message="Say whether this time is am or pm.",
    practice="Be accurate: a customer must not have to guess a time.",
    find=find,
    flags=examples(
        "Your fitting is Friday at ⟦8:15⟧.",
        "The engineer will arrive between ⟦2⟧ and ⟦3:30⟧.",
        "Doors open at ⟦7.30⟧, see you there.",
    ),
    passes=examples(
        "Your fitting is Friday at 8:15 am.",
        "The call is at 19:30 or 09:30 UTC.",
        "We're open 9–11 am, and the tour starts at 7:30 in the evening.",
        "The refund of £3.50 is on version 2.10 of the invoice.",
        Example("Thursday, 3 December 2026 at 4:15 pm Pacific Time"),
    ),
)
