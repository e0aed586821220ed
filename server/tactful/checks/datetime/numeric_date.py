"""A numeric date that US and UK readers read differently ("05/06/2027": 6 May or 5 June?), with or
without its year ("reply by 12/01": 1 December or 12 January?).

Practice: be accurate with dates; customers abroad read numbers their own way. Write the month.
"""

from __future__ import annotations

import re
from datetime import date

from ...document import Document
from ...text.datetimes import nearest
from ...text.datetimes.resolve_dates import year_of
from ..types import Check, Example, Match, examples
from ._dates import DATE_CUE, NUMERIC_DATE, WEEKDAY_BEFORE, format_date, now_for, weekday_number

# Without a year, "1/2" is as often a fraction ("1/2 price", "3/4 of the cost") or a score: a day and
# month only after a word that introduces a date, or as the second end of a range of them.
_DAY_MONTH = re.compile(r"(?<![\d/.,-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![\d/]|\.\d|,\d)")
_INSIDE_A_NUMBER = frozenset("0123456789/.-")
_RANGE_START_BEFORE = re.compile(r"\d/\d{1,2}\s*(?:to|and|until|till|-|–)\s*$", re.IGNORECASE)
# A booking made "for" a day: "We've held six seats on the sunrise flight for 10/7", not "for 1/2 price"
_BOOKED_FOR = re.compile(r"\b(?:booked|reserved|held|pencilled|penciled|scheduled|confirmed|arranged)\b[^.;!?\n]{0,60}?\bfor\s*$", re.IGNORECASE)
_MEASURED = re.compile(r"\s*(?:of\b|hours?\b|hrs?\b|price\b|off\b|%|cups?\b|inch|in\b|tsp|tbsp)", re.IGNORECASE)


def _weekday_settles(doc: Document, start: int, meant: date, other: date, year: int | None) -> bool:
    """The weekday written before the date ("on Thursday 6/9", "Mon. 6/7") is the meant reading's and not the
    other's, in the year the date falls."""
    named = WEEKDAY_BEFORE.search(doc.draft, max(0, start - 16), start)
    if not named:
        return False
    today = now_for(doc).date()
    meant_day = meant if year else nearest(meant.day, meant.month, today)
    other_day = other if year else nearest(other.day, other.month, today)
    weekday = weekday_number(named.group("weekday"))
    return meant_day is not None and meant_day.weekday() == weekday and (other_day is None or other_day.weekday() != weekday)


def find(doc: Document):
    us = doc.context.locale.lower().startswith("en-us") or not doc.context.locale.lower().startswith("en-")
    today = now_for(doc).date()
    for found in NUMERIC_DATE.finditer(doc.draft):
        year, sep = found.group("year"), found.group("sep")
        if not year or found.start() and doc.draft[found.start() - 1] in _INSIDE_A_NUMBER:
            continue  # ISO and yearless dates read one way (yearless ones: below); "1.05/06/2027" is the tail of a longer number
        if sep != "/" and len(year) == 2 and not (sep == "." and DATE_CUE.search(doc.draft, max(0, found.start() - 16), found.start())):
            continue  # "1.2.26" is a version, "3-4-27" a score; "from 3.4.27" is a date
        yield from _readings(doc, found, int(found.group("a")), int(found.group("b")), year_of(year, today), us)
    if "/" not in doc.draft:
        return
    cued_end = -1  # where the last day and month read as a date ends: a range's second end is one too ("from 1/12 to 5/12")
    for found in _DAY_MONTH.finditer(doc.draft):
        before = max(0, found.start() - 16)
        booked = _BOOKED_FOR.search(doc.draft, max(0, found.start() - 90), found.start()) and not _MEASURED.match(doc.draft, found.end())
        if DATE_CUE.search(doc.draft, before, found.start()) or booked or (
                _RANGE_START_BEFORE.search(doc.draft, before, found.start()) and found.start() - cued_end <= 10):
            cued_end = found.end()
            yield from _readings(doc, found, int(found.group("a")), int(found.group("b")), None, us)


def _readings(doc: Document, found: re.Match, a: int, b: int, year: int | None, us: bool):
    if a == b or a > 12 or b > 12:
        return  # only one reading exists
    try:
        month_first, day_first = date(year or 2000, a, b), date(year or 2000, b, a)  # 2000: a leap year
    except ValueError:
        return
    meant, other = (month_first, day_first) if us else (day_first, month_first)
    if _weekday_settles(doc, found.start(), meant, other, year):
        return  # "Monday 6/7" in June: only the reader's own reading is a Monday
    locale = doc.context.locale
    meant_text = format_date(meant, locale, weekday=False, year=year is not None)
    other_text = format_date(other, locale, weekday=False, year=year is not None)
    yield Match(
        found.start(), found.end(),
        message=f"“{found.group()}” reads as {meant_text} in {locale} but as {other_text} elsewhere.",
        replacements=(meant_text, other_text),
    )


RULE = Check(
    id="datetime.numeric-date",
    category="datetime",
    description="A numeric date whose day and month could swap between US and UK readers.",
    message="Write the month in words.",
    practice="Be accurate: dates must read the same everywhere.",
    severity="info",
    find=find,
    flags=(Example("Your lease starts ⟦05/06/2027⟧.", locale="en-GB"), Example("Due ⟦03/04/26⟧."),
           Example("Please reply by ⟦12/01⟧."), Example("We're closed from ⟦1/12⟧ to ⟦5/12⟧.", locale="en-GB")),
    passes=examples("Your lease starts 25/06/2027.", "Your lease starts 6 May 2027.", "Due 04/04/2026.",
                    "It's 1/2 price today, and 3/4 of the cost is refunded.", "We're open 24/7.", "Reply by 25/12.",
                    "Mix 1/2 to 3/4 of a cup."),
)
