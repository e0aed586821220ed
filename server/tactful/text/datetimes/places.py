"""Where the customer says they are ("I live in Sydney", "here in Chicago", "I'm in Berlin", "I'm working in Atlanta this month",
"I'm away on a work trip in Dubai", "I'm visiting my parents in Phoenix", "We've just moved to Honolulu"); not where they will be
("while we're in Spain").

Only places in ``cities.txt`` count, and only after words that say where the writer is now, so
"I'm in a meeting" or "I ordered it from London" name no zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import cities


@dataclass(frozen=True)
class Place:
    name: str
    """The place as the customer wrote it."""
    zone: str
    """Its IANA time zone."""
    start: int
    end: int


# "I'm based in", "I'm working in Atlanta this month", "we're staying in Lisbon": where the writer is now
_WHERE = r"(?:(?:based|located|living|staying|working|travelling|traveling|studying)\s+)?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted((re.escape(c).replace(r"\ ", r"\s+") for c in cities()), key=len, reverse=True)
    return re.compile(
        rf"(?<!\bwhile\s)(?<!\bwhilst\s)(?<!\bwhen\s)(?<!\bonce\s)(?<!\bif\s)\b(?:I\s+live\s+in|"
        rf"(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:currently\s+|now\s+)?(?:away|visiting|travelling|traveling|staying|working|spending)\s+(?:[\w'’-]+\s+){{1,4}}?in|"
        rf"(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:currently\s+|now\s+)?on\s+(?:a\s+)?(?:work\s+|business\s+|family\s+)?(?:trip|holiday|vacation|business|secondment|assignment)\s+in|"
        rf"(?:I['’]?m|I\s+am|we['’]re|we\s+are)\s+(?:currently\s+|now\s+)?(?:working|based|operating)\s+out\s+of(?:\s+(?:our|the|my|an?))?|"  # "working out of our Dubai office"
        rf"(?:I['’]ve|I\s+have|I)\s+(?:just\s+)?(?:started|got|taken|took)\s+(?:a|the|my)\s+(?:new\s+)?(?:job|role|post|position)\s+in|"
        rf"(?:join|joining|watch|watching|tune\s+in|tuning\s+in|dial\s+in|dialling\s+in|dialing\s+in)(?:\s+(?!from\b)[\w'’-]+){{0,3}}\s+from|"
        rf"I\s+(?:now\s+)?live\s+in|I['’]?m\s+(?:now\s+|currently\s+|actually\s+)?{_WHERE}in|"
        rf"I\s+am\s+(?:now\s+|currently\s+|actually\s+)?{_WHERE}in|(?:over\s+|out\s+)?here\s+in|"
        rf"we\s+live\s+in|we['’]re\s+(?:now\s+|currently\s+)?{_WHERE}in|we\s+are\s+(?:now\s+|currently\s+)?{_WHERE}in|my\s+time\s+zone\s+is|"
        r"I['’]?m\s+writing\s+from|living\s+in|(?:I|we)(?:['’]ve|\s+have)?\s+(?:just\s+|recently\s+|now\s+)?(?:moved|relocated)\s+(?:over\s+)?to|(?:back\s+)?(?:at\s+)?home\s+in)\s+"
        rf"(?:(?:sunny|rainy|beautiful|central|downtown)\s+)?(?P<place>{'|'.join(names)})(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=64)
def customer_place(message: str) -> Place | None:
    """The last place the message says its writer is in, or None."""
    found = None
    for m in _pattern().finditer(message):
        name = m.group("place")
        zone = cities().get(re.sub(r"\s+", " ", name.lower()))
        if zone:
            found = Place(name, zone, m.start("place"), m.end("place"))
    return found


_IN_PLACE = re.compile(r"\s*\(?\s*(?:on\s+[A-Z][a-z]+\s+)?(?:for\s+(?:you|them|him|her)\s+)?in\s+(?P<words>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def place_named_after(text: str, index: int) -> str | None:
    """The zone of a known place named right after ``index`` ("17:30 in Singapore", "(8:30am in Brisbane)", "2 a.m. on
    Friday for you in London"), or None."""
    m = _IN_PLACE.match(text, index)
    if not m:
        return None
    words = m.group("words").split()
    for count in range(len(words), 0, -1):  # "New York City", then "New York", then "New"
        zone = cities().get(" ".join(words[:count]).lower().rstrip(".,"))
        if zone:
            return zone
    return None
