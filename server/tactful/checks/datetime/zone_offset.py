"""A time zone and a UTC offset that contradict each other ("CET (UTC+2)" in winter: CET is UTC+1).

Practice: be accurate with times. A customer who converts from the offset and one who converts
from the zone arrive at different hours; make the two agree for the date meant.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ...document import Document
from ...text.datetimes import resolve
from ...text.datetimes.lexicon import ZONE_ABBREVIATIONS
from ..types import Check, Example, Match
from ._dates import day_in_sentence, expressions, now_for

_BETWEEN = re.compile(r"\s*(?:\(|/|,)?\s*")


def offset_text(base: str, minutes: int) -> str:
    """(UTC, 60) -> "UTC+1"; (GMT, -330) -> "GMT-5:30"; 0 -> "UTC"."""
    if not minutes:
        return base
    hours, rest = divmod(abs(minutes), 60)
    return f"{base}{'+' if minutes > 0 else '-'}{hours}" + (f":{rest:02d}" if rest else "")


def _zones(doc: Document):
    atoms = sorted((a for e in expressions(doc) for a in e.mention.atoms() if a.kind == "zone"), key=lambda a: a.start)
    return list(itertools.pairwise(atoms))


def find(doc: Document):
    if "UTC" not in doc.draft and "GMT" not in doc.draft:
        return
    text = doc.draft
    today = now_for(doc).date()
    for zone, offset in _zones(doc):
        if offset.atom != "offset" or zone.atom == "offset" or not _BETWEEN.fullmatch(text[zone.end : offset.start]):
            continue
        if not offset.get("sign"):
            continue  # "GMT" alone is a zone, read by the season rule
        stated = int(offset.get("oh")) * 60 + int(offset.get("om") or 0)
        stated = -stated if offset.get("sign") in "-−" else stated
        abbreviation = zone.get("abbr")
        key, fixed = ZONE_ABBREVIATIONS.get(abbreviation, (None, None)) if abbreviation else (None, None)
        day = day_in_sentence(doc, zone.start) or today
        if key is None:
            key = resolve(zone, today, doc.context.locale).zone
            if key in (None, "recipient", "writer"):
                continue
        expected = fixed if fixed is not None else int(datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(key)).utcoffset().total_seconds() // 60)
        if expected == stated:
            continue
        end = offset.end + (1 if text[zone.end : offset.start].strip() == "(" and text[offset.end : offset.end + 1] == ")" else 0)
        written_zone, base = text[zone.start : zone.end], offset.get("base").upper()
        fixed_offset = text[zone.start : offset.start] + offset_text(base, expected) + text[offset.end : end]
        season = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(key)).tzname()
        # "CET (UTC+2)": in winter CET is right and the offset wrong; in summer the zone should be CEST.
        replacements = [fixed_offset] if abbreviation in (None, season) or season not in ZONE_ABBREVIATIONS else []
        sibling = next((a for a, (k, o) in ZONE_ABBREVIATIONS.items() if k == key and o == stated and a == season and a != abbreviation), None)
        if sibling and abbreviation:
            replacements.append(sibling + text[zone.end : end])
        replacements = replacements or [fixed_offset]
        yield Match(
            zone.start, end,
            message=f"{written_zone} is {offset_text(base, expected)}{' on ' + format(day, '%d %B') if fixed is None else ''}, "
                    f"not {offset_text(base, stated)}: the zone and the offset disagree.",
            replacements=tuple(replacements),
        )


RULE = Check(
    id="datetime.zone-offset",
    category="datetime",
    description="A time-zone name and a UTC offset that disagree (CET written with UTC+2, EST with UTC-4).",
    message="The time zone and its UTC offset disagree.",
    practice="Be accurate: a time must mean one moment.",
    find=find,
    flags=(
        Example("The webinar is at 3 pm ⟦CET (UTC+2)⟧ on 14 January 2027."),
        Example("Support opens at 9 am ⟦EST (UTC-4)⟧."),
        Example("We call at 10 am ⟦London time (UTC+1)⟧ on 10 January 2027."),
    ),
    passes=(
        Example("The webinar is at 3 pm CET (UTC+1) on 14 January 2027."),
        Example("The webinar is at 3 pm CEST (UTC+2) on 14 July 2027."),
        Example("Fri 11 Dec, 10am PT (UTC-8)"),
        Example("We call at 10 am London time (UTC+1) on 10 July 2027."),
        Example("09:30 UTC"),
    ),
)
