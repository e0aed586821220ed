"""A weekday with no date ("your fitting is Friday at 8:15"): which Friday?

Practice: be accurate with dates. A reply is read hours or days after it is written; "Friday"
written on a Thursday evening and read on Saturday points at the wrong week. Name the date with the
weekday, resolved against ``context.now``. A weekday in a sentence about the past ("it shipped on
Friday") is left alone: the customer has nothing to turn up for, and the tense, not the calendar,
says which Friday was meant.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...document import Document
from ...text.datetimes import Expression
from ...text.datetimes.lexicon import WEEKDAYS
from ..types import Check, Example, Match, examples
from ._dates import (
    customer_named,
    expressions_around,
    format_date,
    next_weekday,
    now_for,
    weekday_number,
)
from ._tense import tense_at

_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_WEEKDAY_START = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)

# "Friday (4 December)", "Friday, the 4th", and "Saturday:" heading a list of opening hours.
_DATE_FOLLOWS = re.compile(r"\s*[(:]|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)
_ADJACENT = re.compile(r"[\s,]{0,3}")
# A weekday that names a day stands as a time adverb: at the end of a clause or before a time, a
# part of the day or a clause's next word. Before a noun it describes a kind of thing ("the
# Saturday group", "Sunday dinner", "the Thursday 7am class"), and before a plural part of the day
# it repeats ("Saturday mornings").
_DAY_FOLLOWS = re.compile(
    r"\s*(?:$|[.,;:!?)\]–—-]|\d"
    r"|\s(?:at|by|before|after|from|between|in|on|morning|afternoon|evening|night|lunchtime|noon|midday|midnight|"
    r"first|latest|and|or|to|until|till|so|then|if|as|when|with|without|is|will|we|I|you|it|they|he|she|the|for|"
    r"we'll|I'll|you'll|it'll|they'll|please|instead|works|suits|would|should|could|can)\b)",
)
_PLURAL_PART = re.compile(r"(?:\s+(?:and|or)\s+\w+day)?\s+(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|our|your|their|his|her|my|its|same|every|each|any|usual|standing)\s+$", re.IGNORECASE)
# "every Tuesday and Thursday", "each Monday, Wednesday or Friday": the later days of the list repeat too
_LISTED_AFTER_EVERY = re.compile(r"\b(?:every|each)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:,|and|or|&)\s*)+$", re.IGNORECASE)


def find(doc: Document):
    if doc.vocabulary.isdisjoint(_WEEKDAY_WORDS):
        return
    today = now_for(doc).date()
    locale = doc.context.locale
    found_all = expressions_around(doc, _WEEKDAY_START)
    for found in found_all:
        weekday = _lone_weekday(found)
        if weekday is None or _DATE_FOLLOWS.match(doc.draft, weekday.end) or doc.is_quoted(weekday.start, weekday.end):
            continue
        if not _names_a_day(doc.draft, weekday.start, weekday.end):
            continue
        if _next_to_a_date(doc.draft, weekday, found_all):
            continue  # "on Wednesday next week": the week settles it
        if tense_at(doc, weekday.start) == "past":
            continue
        written = doc.draft[weekday.start : weekday.end]
        number = weekday_number(weekday.get("weekday") or written)
        if number is None:
            continue
        sentence = doc.sentence_at(weekday.start)
        if _SCHEDULE.search(doc.draft, sentence.start, sentence.end):
            continue  # "open 8am–7pm Monday to Friday and 9am to 1pm on Saturday": a week's hours, not a day
        if any(sentence.start <= other.start and other.end <= weekday.start and _converted_day_of(doc.draft, other, weekday.start, number)
               for other in found_all):
            continue  # "Thursday, December 16 at 6 p.m. PST, which is 2 a.m. on Friday for you": the day after the date before
        if _day_after_the_last_date(found_all, weekday, number):
            continue  # "The water goes off on Sunday 12 September. It should be back on by Monday lunchtime": that Monday
        if customer_named(doc, weekday=number):
            continue  # the customer asked for Friday: the thread settles which
        week = _week_of_the_list(doc.draft, weekday, found_all)  # "on Tuesday or Wednesday next week": Tuesday of next week too
        coming = next_weekday(today, number) if week is None else week + timedelta(days=number)
        if week is None and number == today.weekday():
            yield Match(weekday.start, weekday.end,
                        message=f"“{written}” can mean today or {format_date(coming, locale)}: name the date.",
                        replacements=(format_date(today, locale), format_date(coming, locale)))
        else:
            yield Match(weekday.start, weekday.end,
                        message=f"Which {written}? Name the date: {format_date(coming, locale)}.",
                        replacements=(format_date(coming, locale),))


# A weekly timetable: a range of weekdays or weekdays in the plural ("Monday to Friday", "Mon–Fri", "on Thursdays")
_SCHEDULE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:to|-|–|through|thru)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
                       r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b", re.IGNORECASE)
_DATED_ATOMS = frozenset({"day_month", "month_day", "month_day_words", "numeric", "iso", "iso_datetime", "day_mon_year", "year_mon_day", "year_month_day",
                          "weekday_day"})


# Weekdays listed together: "Tuesday or Wednesday", "Monday, Tuesday and Wednesday"
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:or|and|&)?|or|and|&)\s*", re.IGNORECASE)


def _week_of_the_list(draft: str, weekday, found_all) -> date | None:
    """The Monday of the week named after the last of a list of weekdays ("Tuesday or Wednesday next week"), else None."""
    end = weekday.end
    for other in sorted((f for f in found_all if f.start >= weekday.end), key=lambda f: f.start):
        if not _LIST_LINK.fullmatch(draft, end, other.start):
            return None
        atoms = other.mention.atoms()
        if not any(a.atom == "weekday" for a in atoms):
            return None
        weeks = [a for a in atoms if a.kind == "relative" and (a.get("unit") or "").lower().startswith("week")]
        if weeks and other.resolution.date is not None:
            return other.resolution.date - timedelta(days=other.resolution.date.weekday())
        if len(atoms) > 1:
            return None  # "Tuesday or Wednesday at 10" names no week
        end = other.end
    return None


def _day_after_the_last_date(found_all, weekday, number: int) -> bool:
    """Is the weekday the day after the last calendar date named before it?"""
    before = [day for other in found_all if other.end <= weekday.start and (day := _calendar_date(other)) is not None]
    return bool(before) and (number - before[-1].weekday()) % 7 == 1


def _calendar_date(found: Expression):
    """The day ``found`` names when it writes a calendar date ("Thursday, December 16", "16/12"), else None."""
    day = found.resolution.date
    return day if day is not None and any(a.atom in _DATED_ATOMS for a in found.mention.atoms()) else None


_WHICH_IS = re.compile(r"\b(?:which\s+is|which['’]s|that['’]s|that\s+is|i\.e\.)", re.IGNORECASE)


def _converted_day_of(text: str, found: Expression, start: int, weekday: int) -> bool:
    """Does ``found`` name a calendar date ("Thursday, December 16") the day before or after ``weekday`` (a conversion
    across midnight: "which is 2 a.m. on Friday for you"), or the same day in a conversion ("on Thursday 10 July, which
    is 9am Thursday in London")?"""
    day = _calendar_date(found)
    if day is None:
        return False
    apart = (weekday - day.weekday()) % 7
    return apart in (1, 6) or apart == 0 and _WHICH_IS.search(text, found.end, start) is not None


def _has_node(mention, atom: str) -> bool:
    return mention.atom == atom or any(_has_node(part, atom) for part in mention.parts)


def _lone_weekday(found: Expression):
    """The expression's weekday when it is the only date part and names one day, else None.

    A time, a part of the day or a zone may join it ("Friday at 8:15", "first thing Monday",
    "Fri, 10am PT"); any other date part (a day, a month, "next", the second weekday of "Monday to
    Friday") already settles the day or makes it a recurring range.
    """
    if found.kind == "set" or _has_node(found.mention, "day_after"):
        return None  # "a week on Monday", "Tuesday week": the relative-date rule names that day
    atoms = found.mention.atoms()
    weekdays = [a for a in atoms if a.atom == "weekday"]
    if len(weekdays) != 1 or any(a.atom != "weekday" and a.kind not in ("time", "zone") for a in atoms):
        return None
    name = (weekdays[0].get("weekday") or "").lower()
    if name.endswith("days"):
        return None  # "on Fridays": every Friday
    if name not in WEEKDAYS and not (weekdays[0].get("weekday") or "")[:1].isupper():
        return None  # "sat", "wed", "sun" in lower case are words, not days
    return weekdays[0]


def _names_a_day(draft: str, start: int, end: int) -> bool:
    """"on Saturday" names a day; "the Saturday group" and "Saturday mornings" do not."""
    if _DETERMINER_BEFORE.search(draft, max(0, start - 10), start) or _PLURAL_PART.match(draft, end) \
            or _LISTED_AFTER_EVERY.search(draft, max(0, start - 60), start):
        return False
    return bool(_DAY_FOLLOWS.match(draft, end))


def _next_to_a_date(draft: str, weekday, found_all) -> bool:
    for other in found_all:
        if other.kind in ("time", "zone", "duration", "set") or other.start <= weekday.start < other.end:
            continue
        if other.start >= weekday.end and _ADJACENT.fullmatch(draft, weekday.end, other.start):
            return True
        if other.end <= weekday.start and _ADJACENT.fullmatch(draft, other.end, weekday.start):
            return True
    return False


RULE = Check(
    id="datetime.bare-weekday",
    category="datetime",
    description="A weekday with no date (\"Friday at 8:15\"): the customer may count from another day.",
    message="Name the date with the weekday.",
    practice="Be accurate: emails are read later than they are written; name the date.",
    severity="info",
    find=find,
    flags=examples(
        "Your fitting is ⟦Friday⟧ at 8:15 am.", "We'll call you first thing ⟦Monday⟧.",
        "Could you come in on ⟦Tuesday⟧ or Wednesday?", "The engineer will be with you by ⟦Friday⟧.",
        Example("Your order will be ready on ⟦Thursday⟧ afternoon.", locale="en-GB"),
    ),
    passes=examples(
        "Your fitting is on Friday, 4 December at 8:15 am.",
        "We're open Monday to Friday, 9am to 5pm.",
        "We deliver on Fridays.",
        "Every Friday we close early.",
        "Your parcel was sent on Friday.",
        "We spoke to the courier on Monday and he confirmed it.",
        "We'll call next Friday.",
        "Please book it for 4:45 pm on Wednesday next week.",
        "We are open at these times:\nSaturday: 10am to 4pm\nSunday: closed",
        "You're welcome to join the Saturday group, which meets at 10.",
        "Ducklings runs on Saturday mornings at 9.",
        "Our surveyor has availability on Tuesday and Thursday afternoons.",
        "You should have heard from us on Monday.",
        "I'm so sorry the cats missed their Sunday dinner.",
        "I sat with the team and we fixed it.",
        'You wrote "see you Friday", and that works.',
        Example("Yes, Friday at 10 am works for us.", incoming="Could I come in on Friday morning?"),
    ),
)
