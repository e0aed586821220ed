"""A numeric date that US and UK readers read differently ("05/06/2027": 6 May or 5 June?).

Practice: be accurate with dates; customers abroad read numbers their own way. Write the month.
"""

from __future__ import annotations

from datetime import date

from ...document import Document
from ..types import Check, Example, Match, examples
from ._dates import NUMERIC_DATE, format_date


def find(doc: Document):
    if "/" not in doc.draft:
        return
    us = doc.context.locale.lower().startswith("en-us") or not doc.context.locale.lower().startswith("en-")
    for found in NUMERIC_DATE.finditer(doc.draft):
        a, b = int(found.group("a")), int(found.group("b"))
        year = int(found.group("year"))
        year += 2000 if year < 100 else 0
        if a == b or a > 12 or b > 12:
            continue  # only one reading exists
        try:
            month_first, day_first = date(year, a, b), date(year, b, a)
        except ValueError:
            continue
        meant, other = (month_first, day_first) if us else (day_first, month_first)
        yield Match(
            found.start(), found.end(),
            message=(f"“{found.group()}” reads as {format_date(meant, doc.context.locale, weekday=False, year=True)} "
                     f"in {doc.context.locale} but as {format_date(other, doc.context.locale, weekday=False, year=True)} elsewhere."),
            replacements=(format_date(meant, doc.context.locale, weekday=False, year=True),
                          format_date(other, doc.context.locale, weekday=False, year=True)),
        )


RULE = Check(
    id="datetime.numeric-date",
    category="datetime",
    description="A numeric date whose day and month could swap between US and UK readers.",
    message="Write the month in words.",
    practice="Be accurate: dates must read the same everywhere.",
    severity="info",
    find=find,
    flags=(Example("Your lease starts ⟦05/06/2027⟧.", locale="en-GB"), Example("Due ⟦03/04/26⟧.")),
    passes=examples("Your lease starts 25/06/2027.", "Your lease starts 6 May 2027.", "Due 04/04/2026."),
)
