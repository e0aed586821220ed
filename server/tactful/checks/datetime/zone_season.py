"""A time-zone abbreviation that contradicts the season (EST in July, GMT for a British summer date).

Practice: be accurate with times. "3 pm EST" in July is an hour off from what the writer means
(Eastern time is on EDT then); the generic name ("ET", "UK time") is always right.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ...document import Document
from ..types import Check, Example, Match
from ._dates import customer_zone, day_named_before, now_for

# abbreviation -> (zone, abbreviation in the other season, generic name)
_ZONES = {
    "EST": ("America/New_York", "EDT", "ET"), "EDT": ("America/New_York", "EST", "ET"),
    "CST": ("America/Chicago", "CDT", "CT"), "CDT": ("America/Chicago", "CST", "CT"),
    "MST": ("America/Denver", "MDT", "MT"), "MDT": ("America/Denver", "MST", "MT"),
    "PST": ("America/Los_Angeles", "PDT", "PT"), "PDT": ("America/Los_Angeles", "PST", "PT"),
    "GMT": ("Europe/London", "BST", "UK time"), "BST": ("Europe/London", "GMT", "UK time"),
    "CET": ("Europe/Paris", "CEST", "Central European Time"), "CEST": ("Europe/Paris", "CET", "Central European Time"),
    "EET": ("Europe/Athens", "EEST", "Eastern European Time"), "EEST": ("Europe/Athens", "EET", "Eastern European Time"),
    "AKST": ("America/Anchorage", "AKDT", "Alaska time"), "AKDT": ("America/Anchorage", "AKST", "Alaska time"),
    # Hawaii keeps HST all year; HDT is the Aleutians' summer time, wrong for a time in Hawaii
    "HDT": ("Pacific/Honolulu", "HST", "Hawaii time"),
    # southern summers: Sydney and Auckland are on daylight time from October to April
    "AEST": ("Australia/Sydney", "AEDT", "Sydney time"), "AEDT": ("Australia/Sydney", "AEST", "Sydney time"),
    "ACST": ("Australia/Adelaide", "ACDT", "Adelaide time"), "ACDT": ("Australia/Adelaide", "ACST", "Adelaide time"),
    "NZST": ("Pacific/Auckland", "NZDT", "New Zealand time"), "NZDT": ("Pacific/Auckland", "NZST", "New Zealand time"),
    "AST": ("America/Halifax", "ADT", "Atlantic time"), "ADT": ("America/Halifax", "AST", "Atlantic time"),
}
# "AST" is also Arabia Standard Time (UTC+3, all year): it is Atlantic time only when the writer or the customer is there
_ATLANTIC = frozenset({"America/Halifax", "America/Moncton", "America/Glace_Bay", "America/Goose_Bay", "Atlantic/Bermuda", "America/Thule"})
# Written out: "10:00 a.m. Pacific Standard Time" in September is as wrong as PST
_FULL_NAMES = {
    "Eastern Standard Time": "EST", "Eastern Daylight Time": "EDT", "Central Standard Time": "CST", "Central Daylight Time": "CDT",
    "Mountain Standard Time": "MST", "Mountain Daylight Time": "MDT", "Pacific Standard Time": "PST", "Pacific Daylight Time": "PDT",
    "Greenwich Mean Time": "GMT", "British Summer Time": "BST", "Central European Summer Time": "CEST",
    "Eastern European Summer Time": "EEST", "Alaska Standard Time": "AKST", "Alaska Daylight Time": "AKDT",
    "Australian Eastern Standard Time": "AEST", "Australian Eastern Daylight Time": "AEDT",
    "Australian Central Standard Time": "ACST", "Australian Central Daylight Time": "ACDT",
    "New Zealand Standard Time": "NZST", "New Zealand Daylight Time": "NZDT",
}
_WRITTEN_OUT = {abbreviation: name for name, abbreviation in _FULL_NAMES.items()}
_ABBREVIATION = re.compile(r"\b(" + "|".join([*_FULL_NAMES, *_ZONES]) + r")\b")


def _date_in_sentence(doc: Document, start: int, today: date) -> date:
    """The date of the sentence ("on 14 July 2026", "in July"), else the last one named before it, else today."""
    return day_named_before(doc, start) or today


def _converted(doc: Document, start: int, written: str, own: str, when: date) -> bool:
    """A time given in the customer's zone beside the writer's own: "11:30am AEST, which is 12:30pm AEDT for you in Sydney",
    from Brisbane (which keeps AEST all year) to a customer in Sydney. The sentence writes the writer's own abbreviation too,
    and the customer's zone goes by this one that day (from Phoenix, "9am MDT, which is 10am your time in Denver" is still
    the writer's slip)."""
    zone, _ = customer_zone(doc)
    if not zone or datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(zone)).tzname() != written:
        return False
    sentence = doc.sentence_at(start)
    return re.search(rf"\b{own}\b", doc.draft[sentence.start : sentence.end]) is not None


def find(doc: Document):
    if not _ABBREVIATION.search(doc.draft):
        return
    today = now_for(doc).date()
    for found in _ABBREVIATION.finditer(doc.draft):
        spelt_out = found.group(1) in _FULL_NAMES
        written = _FULL_NAMES[found.group(1)] if spelt_out else found.group(1)
        zone, other, generic = _ZONES[written]
        if zone == "America/Halifax" and not _ATLANTIC & {doc.context.timezone, doc.context.recipient_timezone}:
            continue
        when = _date_in_sentence(doc, found.start(), today)
        actual = datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(zone)).tzname()
        own = datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(doc.context.timezone)).tzname() if doc.context.timezone else None
        if own == written:
            continue  # the writer's own zone goes by it then: Arizona keeps MST all summer
        if actual == written and own == other and not _converted(doc, found.start(), written, own, when):
            actual = own  # "CDT" in June from Nuevo Vallarta, which keeps CST all year since Mexico dropped daylight saving
        elif actual == written or (written == "GMT" and actual == "GMT"):
            continue
        said, right = found.group(1), _WRITTEN_OUT.get(actual, actual) if spelt_out else actual
        where = "the UK" if zone == "Europe/London" else "that zone"
        yield Match(found.start(), found.end(), message=f"On {when.day} {when:%B} {where} is on {right}, not {said}.", replacements=(right, generic))


RULE = Check(
    id="datetime.zone-season",
    category="datetime",
    description="A time-zone abbreviation that contradicts the season of its date (EST in July).",
    message="This time-zone abbreviation is wrong for the date.",
    practice="Be accurate: a time must mean one moment.",
    find=find,
    flags=(
        Example("The call is at 3 pm ⟦EST⟧ on 14 July 2026."),
        Example("Doors open at 7 pm ⟦BST⟧ on 10 January 2027."),
        Example("Our summer hours start at 9 am ⟦EST⟧ in July."),
    ),
    passes=(
        Example("The call is at 3 pm EDT on 14 July 2026."),
        Example("The call is at 3 pm ET on 14 July 2026."),
        Example("Doors open at 7 pm GMT on 10 January 2027."),
    ),
)
