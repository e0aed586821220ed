"""A date already past for something the reply promises or schedules ("we'll deliver on
3 March 2025", written in December 2026).

Practice: be accurate with dates. A past date in a future plan is a typo (often the year) that
sends the customer to the wrong day.
"""

from __future__ import annotations

import re
from datetime import date

from ...document import Document
from ..types import Check, Example, Match
from ._dates import format_date, month_number, now_for, written_dates

_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|scheduled|booked|due|expect(?:ed)?|arriv\w*|deliver\w*|see you|appointment|"
    r"next|upcoming|starts?|begins?|renews?|expires?|until|by|from)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|did|ago|last|since|ordered|placed|paid|received|sent|on file)\b", re.IGNORECASE)


def find(doc: Document):
    today = now_for(doc).date()
    for found in written_dates(doc.draft):
        if found.year is None:
            continue  # without a year the nearest year is meant
        try:
            written = date(found.year, month_number(found.month), found.day)
        except ValueError:
            continue  # the impossible-date rule reports it
        if written >= today:
            continue
        sentence = doc.sentence_at(found.start)
        text = doc.draft[sentence.start : sentence.end]
        if not _FUTURE.search(text) or _PAST.search(text):
            continue
        corrected = written.replace(year=today.year if written.replace(year=today.year) >= today else today.year + 1)
        yield Match(
            found.start, found.end,
            message=f"{format_date(written, doc.context.locale, weekday=False, year=True)} is in the past, but the sentence plans ahead.",
            replacements=(format_date(corrected, doc.context.locale, weekday=bool(found.weekday), year=True),),
        )


RULE = Check(
    id="datetime.past-date",
    category="datetime",
    description="A date in the past for something the reply schedules or promises.",
    message="This date is in the past.",
    practice="Be accurate with dates.",
    severity="warning",
    find=find,
    flags=(Example("Your new sofa will be delivered on ⟦3 March 2020⟧."),),
    passes=(
        Example("Your order was placed on 3 March 2020."),
        Example("Your new sofa will be delivered on 3 March 2099."),
    ),
)
