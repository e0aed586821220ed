"""A date already past for something the reply promises or schedules ("we'll deliver on
3 March 2025" written in December 2026, or "we'll deliver on 3 November" written on 23 November).

Practice: be accurate with dates. A past date in a future plan is a typo (often the year or the
month) that sends the customer to the wrong day.
"""

from __future__ import annotations

import re
from datetime import date

from ...document import Document
from ...text.datetimes import nearest
from ..types import Check, Example, Match
from ._dates import (
    RECENT,
    expression_sentence,
    format_date,
    month_number,
    now_for,
    same_day_next_month,
    written_dates,
)
from ._tense import tense_at

_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|scheduled|(?:re)?booked|due|expect(?:ed)?|arriv\w*|deliver\w*|see you|appointment|"
    r"next|upcoming|starts?|begins?|renews?|expires?|until|by|from|valid|redeem\w*|opens?|closes?|launch(?:es)?)\b",
    re.IGNORECASE,
)
# "paid" in "needs to be paid by 15 January" plans ahead
_PAST = re.compile(r"\b(?:was|were|had|did|ago|last|since|on file)\b|(?<!\bbe )\b(?:ordered|placed|paid|received|sent)\b", re.IGNORECASE)
# "We've moved your dive to 3 March", "it's been rescheduled for 4 May": a perfect or passive verb that sets the date, which is still
# a plan ("we moved the meeting to 3 March and it went well" is a report)
_RESCHEDULED_TO = re.compile(r"(?:['’]ve|\bhave|\bhas|['’]s\s+been|\bbeen|\bis|\bare)\s+(?:now\s+|just\s+|already\s+)?(?:moved|rescheduled|re-scheduled|postponed|pushed(?:\s+back)?|changed|switched|(?:re)?booked|put|brought\s+forward|"
                             r"bumped|delayed|deferred|set)\b[^.;!?]{0,50}?\b(?:to|for|until|till)\s+(?:(?:the|a|an|on)\s+)?$", re.IGNORECASE)
# "rates adjusted from 1 January to settlement": the start of a period, before its end (a day or an event)
_PERIOD_START = re.compile(r"\b(?:from|since)\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_TO = re.compile(r"\s+(?:to|until|till|through)\s+(?:the\s+)?(?:settlement|completion|handover|now|today|date|present|end|day|\d"
                        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b", re.IGNORECASE)
# "Your first class is on 8 January 2028": an event set for a date with its year (without one, "departures are on 26 June"
# written in December mean next June's)
_IS_ON = re.compile(r"\b(?:is|are)\s+(?:on|for)\s+$", re.IGNORECASE)


def _next_month(day: date, today: date) -> date | None:
    """The same day of the month after, when that is still ahead ("3 November" -> "3 December")."""
    candidate = same_day_next_month(day)
    return candidate if candidate and candidate >= today else None


def _range_reaches(doc: Document, index: int, today: date) -> bool:
    """Is the date the start of a range that ends today or later ("from 28 June to 3 September 2027",
    a season "from 1 October to 31 March")? The range's own resolution settles its year."""
    for found in expression_sentence(doc, index):
        if found.kind == "range" and found.start <= index < found.end:
            end = found.resolution.end_date or found.resolution.date
            return end is not None and end >= today
    return False


_BULLET = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])\s")


def _list_lead_in(draft: str, start: int) -> str | None:
    """The line ending in a colon that a list item at ``start`` hangs from, over the items before it."""
    line_start = draft.rfind("\n", 0, start) + 1
    if not _BULLET.match(draft, line_start):
        return None
    while line_start > 0:
        previous = draft.rfind("\n", 0, line_start - 1) + 1
        line = draft[previous : line_start - 1]
        if not _BULLET.match(line):
            return line if line.rstrip().endswith(":") else None
        line_start = previous
    return None


def find(doc: Document):
    today = now_for(doc).date()
    locale = doc.context.locale
    for found in written_dates(doc.draft, doc.context.locale):
        month = month_number(found.month)
        if found.year is None:
            written = nearest(found.day, month, today)
            if written is None or not today - RECENT <= written < today or _range_reaches(doc, found.start, today):
                continue
        else:
            try:
                written = date(found.year, month, found.day)
            except ValueError:
                continue  # the impossible-date rule reports it
            if written >= today or _range_reaches(doc, found.start, today):
                continue  # ahead, or the start of a period still running ("the tax year runs from 6 April 2036 to 5 April 2037")
        if _PERIOD_START.search(doc.draft, max(0, found.start - 8), found.start) and _PERIOD_TO.match(doc.draft, found.end):
            continue  # "rates adjusted from 1 January to settlement": where a period starts, not a day planned
        sentence = doc.sentence_at(found.start)
        text = doc.draft[sentence.start : sentence.end]
        tense = tense_at(doc, found.start)  # the date's own clause first: "will call on 14 January, and the part has been ordered"
        lead_in = _list_lead_in(doc.draft, sentence.start)
        if lead_in and tense is None:
            text = lead_in + " " + text  # an item takes its plan from the list's lead-in: "I've booked your sessions:\n- Tue 10/06"
        rescheduled = _RESCHEDULED_TO.search(doc.draft, sentence.start, found.start) is not None or (
            found.year is not None and _IS_ON.search(doc.draft, max(sentence.start, found.start - 12), found.start) is not None)
        if not rescheduled and (not _FUTURE.search(text) or tense == "past" or tense is None and _PAST.search(text)):
            continue
        weekday = bool(found.weekday)
        if found.year is None:
            options = [d for d in (_next_month(written, today),) if d]
            following = nearest(found.day, month, today.replace(year=today.year + 1)) if not (month == 2 and found.day == 29) else None
            options += [following] if following else []
            replacements = tuple(format_date(d, locale, weekday=weekday, year=d.year != today.year) for d in options)
        else:
            corrected = written.replace(year=today.year if written.replace(year=today.year) >= today else today.year + 1)
            replacements = (format_date(corrected, locale, weekday=weekday, year=True),)
        yield Match(
            found.start, found.end,
            message=f"{format_date(written, locale, weekday=False, year=True)} is in the past, but the sentence plans ahead.",
            replacements=replacements,
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
        Example("The course runs from 28 June to 3 September 2099."),
        Example("Your order was placed on 3 March 2020."),
        Example("Your new sofa will be delivered on 3 March 2099."),
    ),
)
