"""A weekday that does not match its date ("Tuesday, 10 December 2026" is a Thursday).

Practice: be accurate with dates. A customer who gets two different days will pick the wrong one
or write back to ask; offer both corrections.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...document import Document
from ...text.datetimes import nearest
from ...text.datetimes import resolve as resolve_mention
from ..types import Check, Example, Match, examples
from ._dates import (
    RECENT,
    WEEKDAYS,
    expressions_around,
    format_date,
    month_number,
    now_for,
    same_day_next_month,
    weekday_number,
    written_dates,
)
from ._tense import tense_at


def resolve(day: int, month: int, year: int | None, today: date) -> date | None:
    """The date meant, taking the nearest year to today when none is written."""
    if not year:
        return nearest(day, month, today)
    try:
        return date(year, month, day)
    except ValueError:
        return None


_FAR_AHEAD = 120
"""Days: a yearless date this far ahead, told in the past tense, may be last year's."""


def _weekday_of(day: int, month: int, year: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def find(doc: Document):
    yield from _written(doc)
    yield from _weekday_and_day(doc)


# "Fri 4th", "Friday the 12th": a weekday with a day of the month and no month
_WEEKDAY_ORDINAL = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)


def _weekday_and_day(doc: Document):
    """The coming such day of the month (this month's, or next month's when it is past) must fall on the weekday;
    when next month's does not either, no later reading is likely ("Fri 4th" written on 22 February: 4 March is a Thursday)."""
    for found in expressions_around(doc, _WEEKDAY_ORDINAL):
        for atom in found.mention.atoms():
            if atom.atom != "weekday_day" or not _WEEKDAY_ORDINAL.match(doc.draft, atom.start):
                continue
            stated, coming = weekday_number(atom.get("weekday") or ""), resolve_mention(atom, now_for(doc).date(), doc.context.locale).date
            if stated is None or coming is None or coming.weekday() == stated:
                continue
            following = same_day_next_month(coming)
            if following is not None and following.weekday() == stated:
                continue
            written = doc.draft[atom.start : atom.end]
            right_day = WEEKDAYS[coming.weekday()].capitalize()
            named = atom.get("weekday") or ""
            fixed = (right_day if len(named.rstrip(".")) > 3 else right_day[:3]) + written[len(named) :]
            same_week = coming + timedelta(days=stated - coming.weekday())
            yield Match(atom.start, atom.end,
                        message=f"The {atom.get('day')} ({format_date(coming, doc.context.locale, weekday=False)}) is a {right_day}, not a {WEEKDAYS[stated].capitalize()}.",
                        replacements=(fixed, format_date(same_week, doc.context.locale)))


# "June 14th (Wednesday)", "12th June, Thursday": the weekday said after the date
_WEEKDAY_AFTER = re.compile(
    r"\s*\(\s*(?P<weekday>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?\s*\)"
    # "on 12th June, Thursday from 3 pm"
    r"|,\s*(?P<weekday2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?=\s*(?:[,.;)]|$|from\b|at\b|between\b|\d))", re.IGNORECASE)


def _with_weekdays(doc: Document):
    """The written dates with a weekday (before them, or after them in brackets or after a comma), and where the weekday starts."""
    for found in written_dates(doc.draft, doc.context.locale):
        after = None if found.weekday else _WEEKDAY_AFTER.match(doc.draft, found.end)
        if after:
            name = "weekday" if after.group("weekday") else "weekday2"
            yield replace(found, weekday=after.group(name), end=after.end()), after.start(name)
        elif found.weekday:
            yield found, found.start


def _written(doc: Document):
    today = now_for(doc).date()
    for found, weekday_at in _with_weekdays(doc):
        day, month, year = found.day, found.month, found.year
        meant = resolve(day, month_number(month), year, today)
        if year is None and meant is not None and meant < today - RECENT and tense_at(doc, found.start) != "past":
            meant = resolve(day, month_number(month), meant.year + 1, today) or meant  # "for your wedding on Sat 22nd October", written in April: this October's
        stated = weekday_number(found.weekday)
        if meant is None or meant.weekday() == stated:
            continue
        if year is None and meant < today and _weekday_of(day, month_number(month), meant.year + 1) == stated:
            continue  # no year written, the nearest such day is past and next year's fits the weekday: the writer means next year
        if (year is None and (meant - today).days > _FAR_AHEAD and _weekday_of(day, month_number(month), meant.year - 1) == stated
                and tense_at(doc, found.start) == "past"):
            continue  # "your last one was on Tuesday, May 13", written in November: last May's, which was a Tuesday
        right_day = WEEKDAYS[meant.weekday()].capitalize()
        written_weekday = found.weekday
        fixed_weekday = right_day if len(written_weekday) > 3 else right_day[:3]
        text, at = doc.draft[found.start : found.end], weekday_at - found.start
        same_week = meant + timedelta(days=stated - meant.weekday())
        yield Match(
            found.start, found.end,
            message=f"{format_date(meant, doc.context.locale, weekday=False, year=True)} is a {right_day}, not a {WEEKDAYS[stated].capitalize()}.",
            replacements=(
                text[:at] + fixed_weekday + text[at + len(written_weekday) :],
                format_date(same_week, doc.context.locale, year=bool(year)),
            ),
        )


RULE = Check(
    id="datetime.weekday-mismatch",
    category="datetime",
    description="A weekday that does not match the date written with it.",
    message="The weekday does not match the date.",
    practice="Be accurate: dates must agree with themselves.",
    severity="error",
    find=find,
    flags=examples("Your appointment is on ⟦Tuesday, 10 December 2026⟧.", "Delivery: ⟦Mon 11 Dec 2026⟧."),
    passes=examples(
        "Your appointment is on Thursday, 10 December 2026.",
        "Fri 11 Dec 2026, 10am PT works.",
        Example("Thursday, 3 December 2026 at 4:15 pm Pacific Time"),
    ),
)
