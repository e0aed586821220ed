"""Times and dates in a draft: the small grammar the datetime rules share, and their formatting.

Written with ``re`` and ``datetime`` after the measurements in the dependencies notes (no date
library gives spans, am/pm ambiguity and speed together).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from ...document import Document
from ...text.datetimes import Expression, extract
from ...text.datetimes.lexicon import (  # noqa: F401  (rules import MONTHS, WEEKDAYS, month_number, weekday_number from here)
    MONTHS,
    ORDINAL_WORD,
    WEEKDAYS,
    month_number,
    number_value,
    weekday_number,
)
from ...text.datetimes.places import customer_place
from ...text.utf16 import Utf16Offsets

_WEEKDAY = r"(?P<weekday>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"

# "10 December 2026", "December 10th, 2026"; a weekday before it is read separately, so the
# pattern starts with a digit or a month name (an optional leading weekday made every position slow).
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<day1>[0-3]?\d(?=(?:st|nd|rd|th)?\s)|{ORDINAL_WORD}(?=\s+of\s))(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{_MONTH})\b"
    rf"|(?P<month2>{_MONTH})\.?\s+(?:the\s+(?={ORDINAL_WORD}))?(?P<day2>[0-3]?\d|{ORDINAL_WORD})(?:st|nd|rd|th)?\b){_YEAR}",
    re.IGNORECASE,
)
WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}\.?,?\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class WrittenDate:
    start: int
    end: int
    weekday: str | None
    day: int
    month: str
    year: int | None


@lru_cache(maxsize=64)
def written_dates(text: str, locale: str = "en-US") -> tuple[WrittenDate, ...]:
    """Written dates, with the weekday before them when there is one ("Tuesday, 10 December 2026"), and numeric
    ones read in ``locale``'s order ("Tuesday, 4/22", "31/09/2027", "06.07.2027", "2026-06-03")."""
    found = []
    for match in _day_months(text):
        before = WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        start = before.start() if before else match.start()
        day = match.group("day1") or match.group("day2")
        month = match.group("month1") or match.group("month2")
        year = match.group("year")
        found.append(WrittenDate(start, match.end(), before.group("weekday") if before else None, number_value(day), month,
                                 int(year) if year else None))
    paired = {m.start(i) for m in _NUMERIC_PAIR.finditer(text) for i in (2, 3) if _dated_pair(m)} if "/" in text else set()
    for match in NUMERIC_DATE.finditer(text):
        before = WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if match.start() and text[match.start() - 1] in _BEFORE_NUMBER:
            continue  # inside a longer number, a version or a time ("1.2.3", "10:30")
        date_parts = _numeric_parts(match, locale)
        if date_parts is None or not (match.group("year") or match.group("iso_year")) and not (
                match.group("sep") == "/" and (before or match.start() in paired or _cued_day_and_month(text, match))):
            continue  # "1/2", "3-4", "10.30": a fraction, a score or a time unless a weekday stands before a slashed day and month,
            # or it is an end of a range of them ("from 6/26 through 6/30")
        day, month, year = date_parts
        found.append(WrittenDate(before.start() if before else match.start(), match.end(), before.group("weekday") if before else None,
                                 day, MONTHS[month - 1], year))
    return tuple(sorted(found, key=lambda d: d.start))


def _day_months(text: str):
    """``_DAY_MONTH.finditer(text)``, run only over the paragraphs that name a month: the pattern tries an ordinal
    word at every word, which costs most of a millisecond on a 2 KB draft retyped at each keystroke."""
    lowered, start = text.lower(), 0
    if len(lowered) != len(text):  # "İ" lowers to two characters: offsets would not line up
        yield from _DAY_MONTH.finditer(text)
        return
    for paragraph_end in [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        if _A_MONTH.search(lowered, start, paragraph_end):
            yield from _DAY_MONTH.finditer(text, start, paragraph_end)
        start = paragraph_end


_A_MONTH = re.compile(rf"\b(?:{_MONTH})\b")  # on the lower-cased text: three times faster than with IGNORECASE
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BEFORE_NUMBER = frozenset("0123456789/.:-")
_NUMERIC_PAIR = re.compile(r"(?P<cue>\b(?:from|between|dates?)\s+)?(?<![\d/.])(\d{1,2}/\d{1,2})\s*(?:-|–|to|through|thru|until|till|and)\s*(\d{1,2}/\d{1,2})(?![\d/])",
                           re.IGNORECASE)


_CARD_EXPIRY_BEFORE = re.compile(r"\b(?:valid|expir\w*|exp\.?|good\s+thru)\b[^.\d]*$", re.IGNORECASE)
# A word that introduces a date ("on", "due", "confirmed for", a weekday), before a numeric day and month: "1/12" alone is as
# often a fraction ("1/2 price") or a score
DATE_CUE = re.compile(
    r"(?:\b(?:on|by|until|till|from|before|after|due|dated?|since|through|thru|deadline|expires?|expiry|starting|ending|arriv(?:e|es|ing|al)|depart(?:s|ing|ure)?|leaving|returning|check(?:ing)?[\s-]?(?:in|out)|(?:date|day)\s+(?:is|was|will\s+be)|"
    r"(?:confirmed|booked|scheduled|set|planned|moved|reserved|arranged|pencilled\s+in)\s+for|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[.,]?)\s*$",
    re.IGNORECASE,
)


def _cued_day_and_month(text: str, match: re.Match[str]) -> bool:
    """"will come on 9/31", "due by 25/12": a slashed day and month after a word that introduces a date, with a number past
    12 (no fraction: "on 3/4 of the units")."""
    if _CARD_EXPIRY_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return False  # "valid until 11/28": a card's month and year
    return bool(DATE_CUE.search(text, max(0, match.start() - 16), match.start())) and max(int(match.group("a")), int(match.group("b"))) > 12


def _dated_pair(pair: re.Match[str]) -> bool:
    """Is a range of two slashed numbers a range of dates: after "from", "between" or "dates", or with a number past 12
    ("6/26 through 6/30"; "1/2 to 3/4 of a cup" is a range of fractions)?"""
    return bool(pair.group("cue")) or any(int(n) > 12 for part in (pair.group(2), pair.group(3)) for n in part.split("/"))
# A numeric date: ISO ("2026-06-03"), or a day and a month with a year ("30/12/2026", "05/06/27", "06.07.2027", "3.4.27")
# or without one ("4/22"). Which are dates is the reader's call: ``written_dates`` takes a two-digit year only after
# slashes ("1.2.26" is a version) and a yearless one only after its weekday; ``numeric_date`` a dotted two-digit year
# only after a date word ("from 3.4.27").
NUMERIC_DATE = re.compile(
    r"(?:(?P<iso_year>20\d\d)-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
    r"|(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<year>20\d\d|\d\d))?)(?![\d%]|[/.:-]\d)"
)


def _numeric_parts(match: re.Match[str], locale: str) -> tuple[int, int, int | None] | None:
    """(day, month, year) of a ``NUMERIC_DATE`` match: month first in US English (or where the first number cannot be a
    month), day first elsewhere; None when neither order makes a month and a day of up to 31."""
    if match.group("iso_year"):
        return int(match.group("iso_day")), int(match.group("iso_month")), int(match.group("iso_year"))
    year = match.group("year")
    if match.group("sep") != "/" and not (year and len(year) == 4):
        return None  # dotted and dashed dates only with a four-digit year here
    a, b = int(match.group("a")), int(match.group("b"))
    us = locale.lower().startswith("en-us") or not locale.lower().startswith("en-")
    month, day = (a, b) if (us and a <= 12) or b > 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month, (2000 + int(year) if len(year) == 2 else int(year)) if year else None


# Starts with the digit class so the engine skips straight to digits; the hour's range and what
# stands before it are checked by ``times`` (a leading look-behind made every position slow).
# Inches and a month after the number ("12 in", "3 May") are no time, but "9:15 in Room 3" and "10:30 May 5" are.
TIME = re.compile(
    r"(?P<hour>\d{1,2})(?!\d)(?:[:.](?P<minute>[0-5]\d)(?!\d))?\s?"
    r"(?:(?P<meridiem>[ap](?:\.m\.|m\b)|(?<=\d)[ap]\b)(?![\d:%/.]\d|\.\d)|(?![\d:%/.]\d|\.\d|,\d{3}\b)(?!\s?(?:%|°|degrees?\b|percent|days?|weeks?|months?|years?|hours?|mins?|minutes?|items?|people|cents?|pence|p\b|dollars?|pounds?|euros?|quid|bucks|miles?|x\b|cm|mm|m\b|km|kg|g\b|ml|l\b|ft|lbs?|st\b|nd\b|rd\b|th\b|(?<!:\d\d)(?<!:\d\d\s)(?:in\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))",
    re.IGNORECASE,
)
# Words that settle a sentence's times ("at 7:30 in the evening", "Sunday mornings, 10:00 to 12:30"); "the night before"
# dates a fast, not the time, and "nine o'clock" is still morning or evening
SETTLES_MERIDIEM = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|night(?!\s+(?:before|after|prior)\b)|tonight|noon|midday|midnight|lunch(?:time)?|breakfast|dinner|"
    r"in the (?:morning|afternoon|evening))\b|(?:\b|(?<=\d))(?:a\.?m\.?|p\.?m\.?)\b",  # "7.30pm" too
    re.IGNORECASE,
)


_BEFORE_TIME = frozenset("0123456789:.£$€#/-")


def times(text: str):
    """TIME matches whose hour is 0-23 and that do not continue a number, price or path."""
    for found in TIME.finditer(text):
        if int(found.group("hour")) > 23 or (found.start() and text[found.start() - 1] in _BEFORE_TIME):
            continue
        yield found


def customer_zone(doc: Document) -> tuple[str | None, str | None]:
    """The customer's zone and, when it was read from their message, the place they named."""
    if doc.context.recipient_timezone:
        return doc.context.recipient_timezone, None
    if not doc.incoming_text:
        return None, None
    place = customer_place(doc.incoming.newest)
    return (place.zone, place.name) if place else (None, None)


RECENT = timedelta(days=90)
"""A date with no year within this much before today is read as this year's, so past (a slip: "3 November" written on 23
November). Further back, it is the next one: "the final headcount on August 20", written in January."""


def now_for(doc: Document) -> datetime:
    """``context.now`` in the writer's zone, else the server's clock (the contract's default)."""
    zone = ZoneInfo(doc.context.timezone) if doc.context.timezone else None
    now = doc.context.now or datetime.now().astimezone()
    return now.astimezone(zone) if zone else now


def format_date(day: date, locale: str, weekday: bool = True, year: bool = False) -> str:
    """"Friday, 4 December" (en-GB style: "Friday 4 December") or "Friday, December 4" (en-US)."""
    name = WEEKDAYS[day.weekday()].capitalize()
    month = MONTHS[day.month - 1].capitalize()
    british = not locale.lower().startswith("en-us") and locale.lower().startswith("en-")
    text = f"{day.day} {month}" if british else f"{month} {day.day}"
    if year:
        text += f" {day.year}" if british else f", {day.year}"
    if weekday:
        text = f"{name} {text}" if british else f"{name}, {text}"
    return text


def same_day_next_month(day: date) -> date | None:
    """The same day of the following month ("3 November" -> "3 December"); None where that month is too
    short ("31 January" has no 31 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return None


def next_weekday(today: date, weekday: int, *, skip_this_week: bool = False) -> date:
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead + (7 if skip_this_week else 0))


def expressions(doc: Document) -> tuple[Expression, ...]:
    """Every date/time expression of the draft, resolved against ``context.now`` (see ``text.datetimes``)."""
    return _expressions(doc.draft, now_for(doc).date(), doc.context.locale)


@lru_cache(maxsize=32)
def _expressions(draft: str, today: date, locale: str) -> tuple[Expression, ...]:
    return tuple(extract(draft, today, locale))


def expressions_around(doc: Document, gate: re.Pattern[str]) -> tuple[Expression, ...]:
    """The expressions of the draft's sentences in which ``gate`` finds something (offsets into the
    draft). A rule that needs only the sentences with a weekday or an ordinal spares extracting the
    rest, which costs about a millisecond a paragraph the first time a draft is seen. Kept per draft
    and gate: several rules ask with the same gate, and a review is asked again for the same draft."""
    key = (doc.draft, now_for(doc).date(), doc.context.locale, gate.pattern)
    with _AROUND_LOCK:  # the server reviews on many threads
        if key in _AROUND:
            _AROUND.move_to_end(key)
            return _AROUND[key]
    sentences = {}
    for start in _gate_starts(doc.draft, gate):
        sentence = doc.sentence_at(start)
        sentences[(sentence.start, sentence.end)] = sentence
    result = _in_sentences(doc, tuple(sentences.values()))
    with _AROUND_LOCK:
        _AROUND[key] = result
        if len(_AROUND) > 64:
            _AROUND.popitem(last=False)
    return result


def _gate_starts(text: str, gate: re.Pattern[str]) -> list[int]:
    """Where ``gate`` finds something in ``text``. A gate written in lower case with IGNORECASE runs about three times
    faster without it on the lower-cased text, which matters on a draft scanned again at every keystroke."""
    lowered = text.lower()
    if not gate.flags & re.IGNORECASE or len(lowered) != len(text):  # "İ" lowers to two characters
        return [m.start() for m in gate.finditer(text)]
    return [m.start() for m in _case_sensitive(gate).finditer(lowered)]


@lru_cache(maxsize=32)
def _case_sensitive(gate: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(gate.pattern, gate.flags & ~re.IGNORECASE)


_AROUND: OrderedDict[tuple, tuple[Expression, ...]] = OrderedDict()
_AROUND_LOCK = threading.Lock()


def expression_sentence(doc: Document, index: int) -> tuple[Expression, ...]:
    """The expressions of the sentence that holds ``index``."""
    return _in_sentences(doc, (doc.sentence_at(index),))


def _in_sentences(doc: Document, sentences) -> tuple[Expression, ...]:
    today, locale = now_for(doc).date(), doc.context.locale
    found = []
    offsets = None
    for sentence in sentences:
        at = sentence.start
        for e in _sentence_expressions(doc.draft[sentence.start : sentence.end], today, locale):
            offsets = offsets or Utf16Offsets(doc.draft)
            found.append(replace(e, start=e.start + at, end=e.end + at, start16=offsets.to_utf16(e.start + at),
                                 end16=offsets.to_utf16(e.end + at), mention=e.mention.shifted(at)))
    return tuple(found)


@lru_cache(maxsize=1024)
def _sentence_expressions(sentence: str, today: date, locale: str) -> tuple[Expression, ...]:
    """Resolved once per sentence: while an agent types, only the sentence being edited is new."""
    return tuple(extract(sentence, today, locale))


CLOCKS_CHANGE = re.compile(r"\bclocks?\s+(?:go|goes|went|change[sd]?|spring|fall|don't|do\s+not)\b|\bdaylight\s+saving", re.IGNORECASE)
"""A note about the clocks changing ("the clocks go forward on Sunday", "ours don't until 29 March")."""


def day_in_sentence(doc: Document, index: int) -> date | None:
    """The day a date expression in the same sentence names ("on 14 July", "in July"), if any."""
    sentence = doc.sentence_at(index)
    for found in expressions(doc):
        if sentence.start <= found.start < sentence.end and _names_a_day(found):
            return found.resolution.date
    return None


def _names_a_day(found) -> bool:
    """A date a time can fall on: not a zone, and not a span of a year or more ("the 1930s", "2027", "2019-2021"), whose
    first day ("1 January 1930") says nothing of the day or the season meant."""
    r = found.resolution
    return bool(r.date) and found.kind != "zone" and not (r.end_date and (r.end_date - r.date).days > 200)


def day_named_before(doc: Document, index: int) -> date | None:
    """The day of the sentence around ``index``, else of the last date the draft names before it ("…on Sunday 24
    September. … so your pick-up will be 9am NZDT")."""
    day = day_in_sentence(doc, index)
    if day is not None:
        return day
    earlier = [f for f in expressions(doc) if f.end <= index and _names_a_day(f)]
    # a day named after a note about the clocks ("…, as ours don't change until 29 March") gives way to one named before it
    plain = [f for f in earlier if not CLOCKS_CHANGE.search(doc.draft, doc.sentence_at(f.start).start, f.start)]
    return (plain or earlier)[-1].resolution.date if earlier else None



def customer_named(doc: Document, *, weekday: int | None = None, day: int | None = None) -> bool:
    """Did the customer's newest message name this weekday or day of the month? Then "Friday" or
    "the 14th" in the reply is the day they meant: the thread settles it."""
    text = doc.incoming.newest if doc.incoming_text else ""
    if not text:
        return False
    if weekday is not None:
        return _named_weekday(weekday).search(text) is not None
    return day is not None and _named_day(day).search(text) is not None


@lru_cache(maxsize=7)
def _named_weekday(weekday: int) -> re.Pattern[str]:
    name = WEEKDAYS[weekday]
    return re.compile(rf"\b(?:{name}s?|{name[:3]})\b", re.IGNORECASE)


@lru_cache(maxsize=31)
def _named_day(day: int) -> re.Pattern[str]:
    return re.compile(rf"\bthe\s+{day}(?:st|nd|rd|th)?\b|\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b"
                      rf"|\b(?:{_MONTH})\.?\s+{day}(?:st|nd|rd|th)?\b", re.IGNORECASE)
