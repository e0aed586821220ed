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
from ...text.datetimes.places import customer_place
from ..types import Check, Example, Match
from ._dates import WEEKDAYS, day_in_sentence, expressions, now_for

_ZONE_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:UTC|GMT|BST|CET|CEST|EET|EEST|[ECMPA][SD]?T|AEST|AEDT|Z\b|[A-Z][a-z]+ time|your time|local time)",
)
_CONVERTIBLE = frozenset({"clock", "compact", "word_time", "past_to", "word_hour"})


def zone_label(key: str) -> str:
    """"Europe/London" -> "London time"."""
    return key.rsplit("/", 1)[-1].replace("_", " ") + " time"


def clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"


def customer_zone(doc: Document) -> tuple[str | None, str | None]:
    """The customer's zone and, when it was read from their message, the place they named."""
    if doc.context.recipient_timezone:
        return doc.context.recipient_timezone, None
    if not doc.incoming_text:
        return None, None
    place = customer_place(doc.incoming.newest)
    return (place.zone, place.name) if place else (None, None)


def find(doc: Document):
    context = doc.context
    reader_key, place = customer_zone(doc)
    if not context.timezone or not reader_key or context.timezone == reader_key:
        return
    writer, reader = ZoneInfo(context.timezone), ZoneInfo(reader_key)
    now = now_for(doc).astimezone(writer)
    text = doc.draft
    for found in expressions(doc):
        resolution = found.resolution
        times = [a for a in found.mention.atoms() if a.kind == "time" and a.atom in _CONVERTIBLE]
        if found.kind == "range" or len(times) != 1 or resolution.time is None or not resolution.meridiem_known:
            continue  # ranges are left alone; without am/pm the ambiguous-time rule asks first
        if resolution.zone or resolution.offset is not None or _ZONE_AFTER.match(text, found.end):
            continue
        atom = times[0]
        day = resolution.date or day_in_sentence(doc, found.start) or now.date()
        local = datetime.combine(day, resolution.time, tzinfo=writer)
        theirs = local.astimezone(reader)
        if local.utcoffset() == theirs.utcoffset():
            continue
        written = text[atom.start : atom.end].rstrip()
        when = clock(theirs)
        if theirs.date() != local.date():
            when = f"{WEEKDAYS[theirs.weekday()].capitalize()} {when}"
        both = f"{written} {zone_label(context.timezone)} ({when} {zone_label(reader_key)})"
        where = f"The customer says they are in {place}" if place else f"The customer is in {reader_key}"
        yield Match(
            atom.start, atom.start + len(written),
            message=f"{where}: {written} here is {when} there.",
            replacements=(both, f"{when} {zone_label(reader_key)}"),
        )


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
    ),
    passes=(
        _across("The engineer will call at 4:15 pm London time."),
        _across("The webinar starts at 09:30 UTC."),
        _across("We can call at 9 pm London time (Saturday 8 am Sydney time).", incoming="I live in Sydney.", recipient=None),
        _across("We can call at 9 pm on Friday.", incoming="I'm in a meeting until noon.", recipient=None),
        Example("The engineer will call at 4:15 pm.", timezone="Europe/London", recipient_timezone="Europe/London"),
    ),
)
