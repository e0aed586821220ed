"""A time with no time zone when the customer lives in another one ("call at 4 pm": whose 4 pm?).

Practice: be accurate with times. When the customer's zone (``context.recipient_timezone``, or
the place their message says they are in: "I live in Sydney") differs from the writer's
``context.timezone``, say which zone a time is in, and give it in the customer's too, naming the
day when the conversion crosses midnight ("9 pm London time (Saturday 7 am Sydney time)").
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ...document import Document
from ...text.datetimes.places import place_named_after
from ..types import Check, Example, Match
from ._dates import WEEKDAYS, customer_zone, day_in_sentence, expression_sentence, expressions, now_for

_ZONE_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:UTC|GMT|BST|CET|CEST|EET|EEST|[ECMPA][SD]?T|AEST|AEDT|Z\b|[A-Z][a-z]+(?: [A-Z][a-z]+)? time|your time|local time|(?:Eastern|Central|Mountain|Pacific|Atlantic)\b)",
)
_HH_MM = re.compile(r"[01]\d[:.][0-5]\d")
_CONVERTIBLE = frozenset({"clock", "compact", "word_time", "past_to", "word_hour"})
_NAMED_CLOCK = frozenset({"noon", "midday", "midnight"})
"""Named times that are a time on the clock ("end of day" and "first thing" depend on whose day)."""


def zone_label(key: str) -> str:
    """"Europe/London" -> "London time"."""
    return key.rsplit("/", 1)[-1].replace("_", " ") + " time"


def clock(moment: datetime) -> str:
    """"4:15 pm"; "noon" and "midnight" rather than the 12 am/pm the twelve-oclock rule flags."""
    if moment.minute == 0 and moment.hour in (0, 12):
        return "noon" if moment.hour else "midnight"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"


def clock_range(start: datetime, end: datetime) -> str:
    """"4–6 am", "11 am–1 pm": one am/pm when both ends share it."""
    first, last = clock(start), clock(end)
    if first[-2:] == last[-2:] and first[-2:] in ("am", "pm"):
        first = first[:-3]
    return f"{first}–{last}"


def find(doc: Document):
    context = doc.context
    reader_key, place = customer_zone(doc)
    if not context.timezone or not reader_key or context.timezone == reader_key:
        return
    writer, reader = ZoneInfo(context.timezone), ZoneInfo(reader_key)
    twenty_four_hour = not context.locale.lower().startswith("en-us")
    theirs_label = f"{place if place[:1].isupper() else place.title()} time" if place else zone_label(reader_key)  # "Atlanta time", not "New York time"
    now = now_for(doc).astimezone(writer)
    text = doc.draft
    for found in expressions(doc):
        resolution = found.resolution
        times = [a for a in found.mention.atoms() if _convertible(a)]
        ranged = len(times) == 2 and resolution.end_time is not None
        if not (len(times) == 1 and found.kind != "range" or ranged) or resolution.time is None:
            continue
        if not resolution.meridiem_known and not (twenty_four_hour and all(_HH_MM.fullmatch(text, t.start, t.end) for t in times)):
            continue  # without am/pm the ambiguous-time rule asks first; "11:00" outside the US is a 24-hour time
        if resolution.zone or resolution.offset is not None or _ZONE_AFTER.match(text, found.end) or _ZONE_AFTER.match(text, times[-1].end):
            continue
        if place_named_after(text, times[-1].end) or place_named_after(text, found.end):
            continue  # "which is 17:30 in Singapore": the time is given where the customer is
        if _converted_in_sentence(doc, found.start, reader_key):
            continue  # "10am here in Speyside, which is 6pm in Tokyo": the sentence gives the customer's time too
        if _FOR_YOU.match(text, times[-1].end) and _zoned_in_sentence(doc, found.start):
            continue  # "the same 5pm BST slot will be at noon for you": the customer's side of a conversion
        if _FOR_YOU_FIRST.match(text, doc.sentence_at(found.start).start):
            continue  # "For you in Auckland that's 5 p.m. on Tuesday": the sentence gives the customer's time
        if _at_our_premises(doc, found.start):
            continue  # "the course at our Bloomsbury centre, with classes from 9:30am to 4:30pm": the customer comes to the place
        day = resolution.date or day_in_sentence(doc, found.start) or now.date()
        local = datetime.combine(day, resolution.time, tzinfo=writer)
        theirs = local.astimezone(reader)
        if local.utcoffset() == theirs.utcoffset():
            continue
        start, end = times[0].start, times[-1].end
        written = text[start:end].rstrip()
        when = clock(theirs)
        if ranged:
            until = datetime.combine(day, resolution.end_time, tzinfo=writer).astimezone(reader)
            when = clock_range(theirs, until)
        if theirs.date() != local.date():
            when = f"{WEEKDAYS[theirs.weekday()].capitalize()} {when}"
        both = f"{written} {zone_label(context.timezone)} ({when} {theirs_label})"
        where = f"The customer says they are in {place}" if place else f"The customer is in {reader_key}"
        yield Match(
            start, start + len(written),
            message=f"{where}: {written} here is {when} there.",
            replacements=(both, f"{when} {theirs_label}"),
        )


_IN_A_NAME = re.compile(r"\bin\s+[A-Z]")
_A_TIME_IN_A_PLACE = re.compile(r"\d\s?(?:[ap]\.?m\.?)?|\b(?:noon|midnight)\b", re.IGNORECASE)


def _converted_in_sentence(doc: Document, index: int, reader_key: str) -> bool:
    """Does the sentence name a time in a place on the customer's clock ("which is 8am, 11:30am and 3pm in Ottawa",
    "at 2 p.m. Irish time on Friday, which is 10 a.m. here")?"""
    sentence, text, now = doc.sentence_at(index), doc.draft, now_for(doc)
    for other in expressions(doc):
        zone = other.resolution.zone
        if sentence.start <= other.start < sentence.end and zone and zone != "writer" and (zone == "recipient" or _same_clock(zone, reader_key, now)):
            return True
    for m in _IN_A_NAME.finditer(text, sentence.start, sentence.end):
        zone = place_named_after(text, m.start())
        if zone and _same_clock(zone, reader_key, now) and _A_TIME_IN_A_PLACE.search(text, max(sentence.start, m.start() - 24), m.start()):
            return True
    return False


_FOR_YOU = re.compile(r"\s+(?:for\s+you|on\s+your\s+(?:side|end))\b", re.IGNORECASE)
_FOR_YOU_FIRST = re.compile(r"\W*(?:and\s+)?(?:for\s+you|on\s+your\s+(?:side|end|clock)|your\s+time)\b", re.IGNORECASE)


# "at our Bloomsbury centre", "at our studio", "at the Whistler ski school": the business's own premises, where the customer comes
_AT_PREMISES = re.compile(r"\bat\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,3}(?:centre|center|studio|school|campus|shop|store|salon|clinic|surgery|"
                          r"gym|lodge|hotel|venue|premises|branch|showroom|workshop|garage|kennels|cattery|practice|academy|club|hall|gallery)\b")
# a call, a video meeting, a live stream: the customer joins from where they are
_REMOTE = re.compile(r"\b(?:call|calls|phone|ring|online|video|zoom|teams|skype|webinar|live\s?stream|stream|virtual|remote(?:ly)?|livestream|"
                     r"deadline|reply|respond|submit|email)\b", re.IGNORECASE)


def _at_our_premises(doc: Document, index: int) -> bool:
    """Does the sentence place what happens at the business's own premises, with nothing joined from afar?"""
    sentence = doc.sentence_at(index)
    return bool(_AT_PREMISES.search(doc.draft, sentence.start, sentence.end)) and not _REMOTE.search(doc.draft, sentence.start, sentence.end)


def _zoned_in_sentence(doc: Document, index: int) -> bool:
    return any(other.resolution.zone or other.resolution.offset is not None for other in expression_sentence(doc, index))


def _same_clock(zone: str, other: str, now: datetime) -> bool:
    return zone == other or now.astimezone(ZoneInfo(zone)).utcoffset() == now.astimezone(ZoneInfo(other)).utcoffset()


def _convertible(atom) -> bool:
    if atom.kind != "time":
        return False
    named = re.sub(r"^(?:12|twelve)\s+", "", (atom.get("named") or "").lower())  # "12 noon"
    return atom.atom in _CONVERTIBLE or atom.atom == "named_time" and named in _NAMED_CLOCK


def _across(draft: str, incoming: str = "", recipient: str | None = "America/New_York") -> Example:
    return Example(draft, incoming=incoming, timezone="Europe/London", recipient_timezone=recipient)


RULE = Check(
    id="datetime.missing-timezone",
    category="datetime",
    description="A time with no time zone when the customer's zone (known, or named in their message) differs from the writer's.",
    message="Say which time zone this time is in.",
    practice="Be accurate: a customer in another zone must not have to convert.",
    find=find,
    flags=(
        _across("The engineer will call at ⟦4:15 pm⟧."),
        _across("Your slot is at ⟦14:30⟧ on Friday."),
        _across("We can call at ⟦9 pm⟧ on Friday.", incoming="I live in Sydney, so evenings suit me.", recipient=None),
        _across("We're open ⟦9–11 am⟧ on Friday 4 December."),
        _across("I'll ring at ⟦noon⟧ tomorrow."),
    ),
    passes=(
        _across("The engineer will call at 4:15 pm London time."),
        _across("The webinar starts at 09:30 UTC."),
        _across("We're open 9–11 am London time on Friday 4 December."),
        _across("Please reply by end of day."),
        _across("We can call at 9 pm London time (Saturday 8 am Sydney time).", incoming="I live in Sydney.", recipient=None),
        _across("We can call at 9 pm on Friday.", incoming="I'm in a meeting until noon.", recipient=None),
        Example("The engineer will call at 4:15 pm.", timezone="Europe/London", recipient_timezone="Europe/London"),
    ),
)
