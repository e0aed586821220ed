"""A time with no time zone when the customer lives in another one ("call at 4 pm": whose 4 pm?).

Practice: be accurate with times. When ``context.recipient_timezone`` differs from the writer's
``context.timezone``, say which zone a time is in, and give it in the customer's too.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ...document import Context, Document
from ..types import Check, Example, Match
from ._dates import now_for, times

_ZONE_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:UTC|GMT|BST|CET|CEST|EET|EEST|[ECMPA][SD]?T|AEST|AEDT|Z\b|[A-Z][a-z]+ time|your time|local time)",
)


def zone_label(key: str) -> str:
    """"Europe/London" -> "London time"."""
    return key.rsplit("/", 1)[-1].replace("_", " ") + " time"


def clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"


def find(doc: Document):
    context: Context = doc.context
    if not context.timezone or not context.recipient_timezone or context.timezone == context.recipient_timezone:
        return
    writer, reader = ZoneInfo(context.timezone), ZoneInfo(context.recipient_timezone)
    now = now_for(doc)
    if now.astimezone(writer).utcoffset() == now.astimezone(reader).utcoffset():
        return
    text = doc.draft
    for found in times(text):
        hour, minute, meridiem = int(found.group("hour")), found.group("minute"), found.group("meridiem")
        if hour > 23 or (not minute and not meridiem):
            continue  # bare numbers are left to the am/pm rule
        if meridiem:
            hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
        elif hour <= 12 and not found.group("hour").startswith("0"):
            continue  # am or pm is unknown: the ambiguous-time rule asks first
        end = found.end() - (len(found.group()) - len(found.group().rstrip()))
        if _ZONE_AFTER.match(text, end):
            continue
        local = now.astimezone(writer).replace(hour=hour, minute=int(minute or 0), second=0, microsecond=0)
        theirs = local.astimezone(reader)
        written = text[found.start() : end]
        both = f"{written} {zone_label(context.timezone)} ({clock(theirs)} {zone_label(context.recipient_timezone)})"
        yield Match(
            found.start(), end,
            message=f"The customer is in {context.recipient_timezone}: {written} here is {clock(theirs)} there.",
            replacements=(both, f"{clock(theirs)} {zone_label(context.recipient_timezone)}"),
        )


def _across(draft: str) -> Example:
    return Example(draft, timezone="Europe/London", recipient_timezone="America/New_York")


RULE = Check(
    id="datetime.missing-timezone",
    category="datetime",
    description="A time with no time zone when the customer's zone differs from the writer's.",
    message="Say which time zone this time is in.",
    practice="Be accurate: a customer in another zone must not have to convert.",
    find=find,
    flags=(_across("The engineer will call at ⟦4:15 pm⟧."), _across("Your slot is at ⟦14:30⟧ on Friday.")),
    passes=(
        _across("The engineer will call at 4:15 pm London time."),
        _across("The webinar starts at 09:30 UTC."),
        Example("The engineer will call at 4:15 pm.", timezone="Europe/London", recipient_timezone="Europe/London"),
    ),
)
