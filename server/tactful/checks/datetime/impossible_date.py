"""A date that does not exist ("31 April", "29 February 2027").

Practice: be accurate with dates.
"""

from __future__ import annotations

import calendar
import re

from ...document import Document
from ..types import Check, Match, examples
from ._dates import MONTHS, month_number, now_for, written_dates

# "We'd be delighted to host you on the twenty-ninth of February": a plan for the coming February
_PLANNED = re.compile(r"\b(?:will|'ll|shall|going to|would|'d|can|could|book(?:ed)?|host|schedul\w*|reserv\w*|pencil\w*)\b", re.IGNORECASE)


def find(doc: Document):
    today = now_for(doc).date()
    for found in written_dates(doc.draft, doc.context.locale):
        day, month_name, year = found.day, found.month, found.year
        month = month_number(month_name)
        if year is None and month == 2 and day == 29:
            year = today.year if today.month <= 2 else today.year + 1  # the coming February: "the 29th of February" in a year with none
            if calendar.isleap(year) or found.weekday is None and not _PLANNED.search(doc.draft, doc.sentence_at(found.start).start, found.start):
                continue
        longest = calendar.monthrange(year, month)[1] if year else calendar.monthrange(2001, month)[1]
        if 1 <= day <= longest:
            continue
        name = MONTHS[month - 1].capitalize()
        why = f"{name} {year} has {longest} days" if year else f"{name} has {longest} days"
        last = f"{longest} {name}" + (f" {year}" if found.year else "")
        yield Match(found.start, found.end, message=f"This date does not exist: {why}.", replacements=(last,))


RULE = Check(
    id="datetime.impossible-date",
    category="datetime",
    description="A date that does not exist, such as 31 April or 29 February 2027.",
    message="This date does not exist.",
    practice="Be accurate with dates.",
    severity="error",
    find=find,
    flags=examples("We'll see you on ⟦31 April⟧.", "Renewal is due on ⟦29 February 2027⟧."),
    passes=examples("We'll see you on 30 April.", "Renewal is due on 29 February 2028."),
)
