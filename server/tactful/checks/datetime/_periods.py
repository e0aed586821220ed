"""Periods named relative to now ("this weekend", "in two days", "early next week", "in 3–5 working
days", "Friday next week"): the days they stand for, for ``relative_date`` to name.

Read from the extractor, where the regex of named days ("tomorrow", "next Friday") does not reach.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...document import Document
from ...text.datetimes import resolve
from ...text.datetimes.lexicon import number_value
from ..types import Match
from ._dates import expression_sentence, expressions_around, format_date, now_for, written_dates
from ._tense import tense_at

# "this weekend", "in two days", "early next week", "Friday next week": read from the extractor.
_PERIOD_ATOMS = frozenset({"weekend", "in_n", "edge", "this_next"})
_PERIOD_GATE = re.compile(
    r"\bweek(?:end)?\b|\b(?:business|working)\s+day\b"
    r"|\bin\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\s*[-–]\s*\d{1,2})?|a\s+couple\s+of|a\s+few)\s+"
    r"(?:more\s+)?(?:business\s+|working\s+)?(?:days?|weeks?|fortnight)\b", re.IGNORECASE)
_LONGEST = {"day": 14, "week": 4, "fortnight": 2}
"""Beyond these ("in 30 days") a period reads as a policy or an estimate, not a day to name."""
_AFTER_DATE = re.compile(r"\s*\(|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|,?\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)"
                         r"|\s*:\s*(?:[-*•]\s*)?(?:mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)  # "this week:\n- Thurs 12 June, 7:15am"


def periods(doc: Document):
    if not _PERIOD_GATE.search(doc.draft):
        return
    locale = doc.context.locale
    for found in _starts(doc):
        atoms = found.mention.atoms()
        days = [a for a in atoms if a.kind not in ("time", "zone")]  # "Monday next week at 5:30 pm"
        timed_period = found.kind == "range" and len(days) == 1 and days[0].atom == "in_n"  # "in two days' time from 10.15am to 11am"
        if found.kind not in ("relative", "date", "datetime") and not timed_period or found.resolution.date is None:
            continue
        if any((a.get("which") or "").lower() in ("last", "that", "past") for a in atoms) or tense_at(doc, found.start) == "past":
            continue  # "last week", "we spoke over the weekend": the customer has nothing to act on
        if _HABITUAL.search(doc.norm, *_sentence_bounds(doc, found.start)):
            continue  # "orders usually arrive the next working day": a policy, not a day
        composite = [a.atom for a in days] in (["weekday", "this_next"], ["this_next", "weekday"])
        if found.kind in ("datetime", "range") and not composite and not (len(days) == 1 and days[0].atom == "in_n"):
            continue  # a period with its time ("in two days, at 11am") is named as the period is
        if _AFTER_DATE.match(doc.draft, days[-1].end if composite else found.end):
            continue
        if composite:
            atom = replace(found.mention, start=days[0].start, end=days[-1].end)
        elif len(days) == 1 and days[0].atom in _PERIOD_ATOMS and (len(atoms) == 1 or days[0].atom == "in_n"):
            atom = days[0]
            unit = (atom.get("unit") or "").lower()
            next_working_day = atom.atom == "this_next" and unit in ("business day", "working day")
            if atom.atom in ("this_next", "edge") and not unit.startswith("week") and not next_working_day:
                continue  # weekdays are the regex's; months and years are clear enough
            if atom.atom == "in_n":
                count = number_value(atom.get("count") or "2") or 0
                longest = next((n for u, n in _LONGEST.items() if unit.startswith(u)), 0)
                if (atom.get("prep") or "in").lower() != "in" or count > longest:
                    continue
                sentence_start = _sentence_bounds(doc, atom.start)[0]
                if written_dates(doc.draft[sentence_start : atom.start], locale) or _a_later_day_before(doc, atom):
                    continue  # "start on Monday, July 12 and finish in three days": counted from that date, not from now
        else:
            continue
        start, end = atom.start, atom.end
        phrase = doc.draft[start:end]
        if doc.is_quoted(start, end):
            continue
        if atom.atom == "weekend" and phrase.lower().startswith("week") and not _WEEKEND_DETERMINER.search(doc.draft, max(0, start - 12), start):
            continue  # "the bootcamp weekend", "a spa weekend": an event's name, not a date
        if atom.atom == "weekend" and (phrase.lower().startswith("week") and _NOUN_AFTER.match(doc.draft, end) or _PRICED_AFTER.match(doc.draft, end)):
            continue  # "late for weekend pick-ups", "for weekend classes", "the weekend hire is $395": a kind of thing, not a date
        if _counted_from_a_date(doc, atom):
            continue  # "print on 31 April and courier them the next working day": the day after that date, not after today
        day, until = found.resolution.date, found.resolution.end_date
        if atom.atom == "in_n" and re.search(r"\b(?:business|working)\b", phrase, re.IGNORECASE):
            day, until = _working_days_ahead(doc, atom)  # "in 3–5 working days" skips the weekend
        if composite:
            named = format_date(day, locale)
        elif "weekend" in phrase.lower():
            named = f"{format_date(day, locale)}–{format_date(day + timedelta(days=1), locale)}"
        elif atom.atom == "edge" or atom.atom == "this_next" and (atom.get("unit") or "").lower().startswith("week"):
            named = _week_part(atom.get("edge") or "", day, locale)
        elif until and until > day:  # "in a week or two", "in 2-3 days"
            named = f"between {format_date(day, locale)} and {format_date(until, locale)}"
        else:
            named = format_date(day, locale)
        yield Match(start, end, message=f"The customer may read this on another day: say “{phrase} ({named})”.",
                    replacements=(f"{phrase} ({named})",))


def _working_days_ahead(doc: Document, atom) -> tuple[date, date | None]:
    """The days "in 3 working days" or "in 3–5 business days" name, Saturdays and Sundays skipped."""
    today = now_for(doc).date()
    counts = [number_value(atom.get(name) or "") for name in ("count0", "count")]
    days = [_add_working_days(today, n) for n in counts if n]
    return (days[0], days[-1] if len(days) > 1 else None)


def _add_working_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


_PRICED_AFTER = re.compile(r"\s+(?:hire|rate|price|fee|package|deal|special|menu|rental|surcharge|pass|ticket|break|getaway)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|us|this|its|yes|plus|unless|always|perhaps|sometimes)\b)[a-z]+(?:-[a-z]+)*s\b")
_WEEKEND_DETERMINER = re.compile(r"\b(?:the|this|that|at|over|on|by|for|during|until|till|before|after|next|coming|a)\s+$", re.IGNORECASE)


# "anything after that goes out the next business day", "orders placed after 2pm ship the next working day": a policy
_AFTER_AN_EVENT = re.compile(r"\b(?:after|anything|orders?\s+(?:placed|received|made))\b", re.IGNORECASE)


def _a_later_day_before(doc: Document, atom) -> bool:
    """Does the sentence name a day after today before ``atom`` ("will start the following Monday and deliver in ten working
    days": counted from that Monday)?"""
    today = now_for(doc).date()
    return any(other.end <= atom.start and other.kind in ("date", "relative") and other.resolution.date is not None
               and other.resolution.date > today for other in expression_sentence(doc, atom.start))


def _counted_from_a_date(doc: Document, atom) -> bool:
    """Is ``atom`` counted from a day named before it: "the following week" (after whatever the draft named: "next week
    ..., and the following week"), or "the next working day" after a written date ("print on 30 April and courier them the
    next working day") or an event ("anything after that goes out the next business day")?"""
    which = (atom.get("which") or "").lower()
    if atom.atom != "this_next" or which not in ("following", "next"):
        return False
    if which == "following":
        return True
    if doc.draft[max(0, atom.start - 4) : atom.start].lower() != "the ":
        return False
    sentence_start = _sentence_bounds(doc, atom.start)[0]
    return bool(written_dates(doc.draft[: atom.start], doc.context.locale) or _AFTER_AN_EVENT.search(doc.draft, sentence_start, atom.start))


_HABITUAL = re.compile(r"\b(?:usually|normally|typically|generally|always|often|tends? to)\b", re.IGNORECASE)


def _sentence_bounds(doc: Document, index: int) -> tuple[int, int]:
    sentence = doc.sentence_at(index)
    return sentence.start, sentence.end


def _week_part(edge: str, day: date, locale: str) -> str:
    """"the end of next week" -> "Friday 11 December"; "mid next week" -> "around Wednesday 9 December";
    "early next week" -> "the week of Monday 7 December"."""
    monday = day - timedelta(days=day.weekday())
    edge = edge.lower()
    if "end" in edge or "close" in edge:
        return format_date(monday + timedelta(days=4), locale)
    if "later" in edge or "rest" in edge:
        return f"by {format_date(monday + timedelta(days=4), locale)}"
    if "mid" in edge:
        return f"around {format_date(monday + timedelta(days=2), locale)}"
    return f"the week of {format_date(monday, locale)}"


def _starts(doc: Document):
    """The draft's expressions, a period with its start read as its start ("five days beginning on Thursday next week")."""
    today = now_for(doc).date()
    for found in expressions_around(doc, _PERIOD_GATE):
        start = found.mention.parts[-1] if found.mention.atom == "lasting" and len(found.mention.parts) == 2 else None
        if start is not None and start.kind in ("relative", "date") and start.end == found.end:
            yield replace(found, kind=start.kind, mention=start, resolution=resolve(start, today, doc.context.locale))
        else:
            yield found
