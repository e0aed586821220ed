"""A relative date the customer may read on another day ("tomorrow"), or one that reads two ways
("next Friday": this coming Friday or the one after).

Practice: be accurate with dates. Emails are read hours or days after they are written; name the
date, resolved against ``context.now``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from ...document import Document
from ...text.datetimes import resolve
from ..types import Check, Example, Match, examples
from ._dates import (
    CLOCKS_CHANGE,
    customer_named,
    customer_zone,
    expressions_around,
    format_date,
    next_weekday,
    now_for,
    same_day_next_month,
    weekday_number,
    written_dates,
)
from ._periods import periods
from ._tense import tense_at

_RELATIVE = re.compile(
    r"\b(?P<phrase>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw)|tomorrow|tmrw|tmr|(?P<which>next|this(?:\s+coming)?)\s+"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?!\s*\(|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|,\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))",
    re.IGNORECASE,
)


def find(doc: Document):
    yield from _named_days(doc)
    yield from periods(doc)
    yield from _same_day(doc)
    yield from _day_of_a_month(doc)
    yield from _weekday_of_a_week(doc)
    yield from _weekday_week(doc)


_WEEKDAY_WEEK = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:week|fortnight)\b"
                           r"|\ba\s+(?:week|fortnight)\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _weekday_week(doc: Document):
    """"Monday week", "Tuesday fortnight", "a week on Monday" (British): a week or two after the coming Monday, which
    readers elsewhere do not know and British readers count from different Mondays."""
    for found in expressions_around(doc, _WEEKDAY_WEEK):
        m = found.mention
        if m.atom == "modified" and len(m.parts) == 1:
            m = m.parts[0]  # "by Tuesday week": the day itself is named
        if m.atom != "day_after" or not m.parts or m.parts[0].atom != "weekday":
            continue
        day = resolve(m, now_for(doc).date(), doc.context.locale).date
        if day is None or doc.is_quoted(m.start, m.end) or _AFTER_A_DATE.match(doc.draft, m.end):  # always ahead, whatever the tense
            continue
        phrase = doc.draft[m.start : m.end]
        named = format_date(day, doc.context.locale)
        yield Match(m.start, m.end, message=f"Not every reader counts “{phrase}” the same way: name the date, {named}.",
                    replacements=(f"{phrase} ({named})", named))


_AFTER_A_DATE = re.compile(r"\s*\(|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)


_BETWEEN = re.compile(r"[ ,]{1,3}")
_WEEK_WORD = re.compile(r"\bweek\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def _weekday_of_a_week(doc: Document):
    """"at 4:45 pm on Wednesday next week": a time with its weekday, then the week on its own."""
    if "week" not in doc.lowered:
        return
    found = expressions_around(doc, _WEEK_WORD)
    for first, week in pairwise(found):
        day_atom = first.mention.atoms()[-1]
        if day_atom.atom != "weekday" or day_atom.end != first.end or week.mention.atom != "this_next":
            continue
        if (week.mention.get("unit") or "").lower() != "week" or (week.mention.get("which") or "").lower() not in ("this", "next"):
            continue
        if not _BETWEEN.fullmatch(doc.draft, first.end, week.start) or week.resolution.date is None:
            continue
        if doc.is_quoted(day_atom.start, week.end) or tense_at(doc, day_atom.start) == "past":
            continue
        number = weekday_number(day_atom.get("weekday") or "")
        if number is None:
            continue
        monday = week.resolution.date - timedelta(days=week.resolution.date.weekday())
        phrase = doc.draft[day_atom.start : week.end]
        named = format_date(monday + timedelta(days=number), doc.context.locale)
        yield Match(day_atom.start, week.end, message=f"Name the date: {named}.", replacements=(f"{phrase} ({named})",))


def _day_of_a_month(doc: Document):
    """"We'll deliver on the 2nd", written on the 3rd: a day already past this month means next month's,
    which a reader can take for a slip; name it. A day still ahead this month ("the 15th") reads clearly."""
    today = now_for(doc).date()
    for found in expressions_around(doc, _ORDINAL_DAY):
        days = [a for a in found.mention.atoms() if a.kind in ("date", "relative")]
        if len(days) != 1 or days[0].atom != "the_day" or found.resolution.date is None:
            continue
        atom = days[0]
        if not any(c.isdigit() for c in doc.draft[atom.start : atom.end]):
            continue  # "the first", "the second" are as often counts as days
        if doc.is_quoted(atom.start, atom.end) or tense_at(doc, atom.start) == "past":
            continue
        day = found.resolution.date
        if day > today or customer_named(doc, day=day.day) or any(w.day == day.day for w in written_dates(doc.draft, doc.context.locale)):
            continue  # ahead this month, or its month is named: by the customer, or in the draft ("reopens on 4 January ... from the 4th")
        sentence = doc.sentence_at(atom.start)
        if _MONTH_NAME.search(doc.draft, sentence.start, sentence.end):
            continue  # "Your March cruise … leaves at 10:30am on the 5th"
        day = same_day_next_month(day)  # "the 3rd" written on the 3rd too: today would say "today"
        if day is None:
            continue
        phrase = doc.draft[atom.start : atom.end]
        named = format_date(day, doc.context.locale, year=day.year != today.year)
        yield Match(atom.start, atom.end, message=f"Which month? Say “{phrase} ({named})”.",
                    replacements=(f"{phrase} ({named})",))


_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


# "go on sale today", "opens today", "bidding closes at 7pm today", "the offer ends today": a present tense that plans
_PLAN = re.compile(r"\b(?:go(?:es)?\s+(?:on\s+sale|live|out)|opens|closes|launch(?:es)?|starts?|begins?|ends|finishes|expires|ships?|arrives?|is\s+due)\b",
                   re.IGNORECASE)
# "today" in a plan ("we'll ship it today") is read tomorrow as today; in a greeting or thanks
# ("thanks for calling today", "how can I help today?") it names nothing to act on.
_TODAY = re.compile(r"(?<!all for )\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?!\s*\(|,?\s+(?:the\s+)?\d)", re.IGNORECASE)


# "by 8pm today", "until today", "before 5 today": a deadline, whatever the tense of the sentence around it (opening
# hours, "open until 6pm today", are no deadline the customer acts on)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|(?<!open\s)(?:until|till)|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|close\s+of\s+business\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s+|noon\s+|midnight\s+)?$", re.IGNORECASE)


_LATE_HOUR, _EARLY_HOUR = 17, 5
"""Written from 17:00 to 05:00, "today" and "tonight" may be read on another day; in the working day they are read the same day."""
_EVENING_HOUR = 21
"""When "tonight" happens, to compare the writer's date with the customer's."""
_EVENING_WORD = re.compile(r"tonight|this\s+evening", re.IGNORECASE)


def _read_on_another_day(doc: Document, *, evening: bool = False) -> bool:
    """Is a same-day word likely read on another day: written in the evening or the small hours, or to a customer whose
    date is already another (with ``evening``, by the writer's evening: "tonight" in New York is morning in Dubai)?"""
    now = now_for(doc)
    if now.hour >= _LATE_HOUR or now.hour < _EARLY_HOUR:
        return True
    zone, _place = customer_zone(doc)
    moment = max(now, now.replace(hour=_EVENING_HOUR, minute=0)) if evening else now
    return zone is not None and moment.astimezone(ZoneInfo(zone)).date() != moment.date()



def _same_day(doc: Document):
    if doc.vocabulary.isdisjoint(("today", "tonight", "morning", "afternoon", "evening")):
        return
    by_day, by_evening = _read_on_another_day(doc), _read_on_another_day(doc, evening=True)
    if not (by_day or by_evening):
        return
    today = now_for(doc).date()
    small_hours = now_for(doc).hour < _EARLY_HOUR
    for found in _TODAY.finditer(doc.draft):
        evening = _EVENING_WORD.fullmatch(found.group())
        if not (by_evening if evening else by_day):
            continue
        sentence = doc.sentence_at(found.start())
        if CLOCKS_CHANGE.search(doc.draft, sentence.start, sentence.end):
            continue  # "the clocks go back an hour at 2am tonight": a note about the night, not a day to act on
        deadline = _DEADLINE_BEFORE.search(doc.draft, max(0, found.start() - 24), found.start())
        tense = tense_at(doc, found.start(), sentence=True)
        # after midnight an evening named with no tense ("the meetup tonight") may be read as the night just gone
        unplaced = tense is None and (_PLAN.search(doc.draft, sentence.start, found.start()) or small_hours and evening)
        if doc.is_quoted(found.start(), found.end()) or tense != "future" and not deadline and not unplaced:
            continue
        phrase = found.group()
        named = format_date(today, doc.context.locale)
        yield Match(found.start(), found.end(),
                    message=f"The customer may read this on another day: say “{phrase} ({named})”.",
                    replacements=(f"{phrase} ({named})",))


def _named_days(doc: Document):
    if "tomorrow" not in doc.lowered and "tmr" not in doc.lowered and "next " not in doc.lowered and "this " not in doc.lowered:
        return
    today = now_for(doc).date()
    locale = doc.context.locale
    for found in _RELATIVE.finditer(doc.draft):
        phrase = found.group("phrase")
        if doc.is_quoted(found.start(), found.end()):
            continue
        if found.group("weekday"):
            weekday = weekday_number(found.group("weekday"))
            coming = next_weekday(today, weekday)
            if found.group("which").lower() == "next":
                after = coming + timedelta(days=7)
                yield Match(
                    found.start(), found.end(),
                    message=f"“{phrase}” can mean {format_date(coming, locale)} or {format_date(after, locale)}: name the date.",
                    replacements=(format_date(coming, locale), format_date(after, locale)),
                )
            else:
                yield Match(found.start(), found.end(), message=f"Name the date: {format_date(coming, locale)}.",
                            replacements=(f"{phrase} ({format_date(coming, locale)})",))
            continue
        days = 2 if "after" in phrase.lower() else 1
        meant = today + timedelta(days=days)
        yield Match(
            found.start(), found.end(),
            message=f"The customer may read this on another day: say “{phrase} ({format_date(meant, locale)})”.",
            replacements=(f"{phrase} ({format_date(meant, locale)})", format_date(meant, locale)),
        )


_EVENING, _SMALL_HOURS, _WORKING_DAY = (datetime(2026, 12, 3, hour, 5, tzinfo=UTC) for hour in (18, 1, 11))

RULE = Check(
    id="datetime.relative-date",
    category="datetime",
    description="A relative date (tomorrow, next Friday) that the customer may read differently.",
    message="Name the date as well as the relative day.",
    practice="Be accurate: emails are read later than they are written.",
    severity="info",
    find=find,
    flags=examples(
        "Your parcel arrives ⟦tomorrow⟧.", "Let's speak ⟦next Friday⟧.", "We'll call ⟦this coming Monday⟧.",
        "The engineer comes ⟦in two days⟧.", "We'll fix it ⟦early next week⟧.", "It's open ⟦this weekend⟧.",
        "We'll call ⟦Friday next week⟧.", Example("We'll ship it ⟦today⟧.", timezone="UTC", now=_EVENING),
        Example("The engineer will call ⟦this afternoon⟧.", timezone="UTC", now=_SMALL_HOURS),
        Example("Your refund will reach you by ⟦the 1st⟧.", timezone="UTC"),
        "Please come in at 4:45 pm on ⟦Wednesday next week⟧.", "We'll close the sale on ⟦Monday week⟧.",
    ),
    passes=examples(
        "Your parcel arrives tomorrow (Friday, 4 December).",
        "Let's speak on Friday 11 December.",
        'You wrote "I need it by tomorrow", and we can do that.',
        "It's open this weekend (5–6 December).",
        "Refunds take 3 to 5 working days.",
        "Thank you for calling us today.", "That will be all for today.",
        "We went through this on the phone last week.", "I'm sorry you had to go without your tablets over the weekend.",
        "Your refund has been approved and processed today, and the money will reach you soon.",
        "The engineer will be with you tomorrow, Tuesday 8 December.",
        "Your refund will reach you by the 15th of January.", "It was delivered on the 2nd.",
        Example("Yes, see you on the 14th!", incoming="Can I bring my car on the 14th?"), "Your parcel was sent this morning.",
        "We'll ship it today (Thursday 3 December).", "We'll close the sale on Monday week (Monday 14 December).",
        Example("We'll ship it today.", timezone="UTC", now=_WORKING_DAY),
    ),
)
