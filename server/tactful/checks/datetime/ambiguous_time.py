"""A 12-hour time with no am or pm that nothing around it settles ("your fitting is at 8:15").

Practice: be accurate with times. A customer reading "Friday at 8:15" cannot tell morning from
evening; say which.
"""

from __future__ import annotations

import re

from ...document import Document
from ...text.datetimes.grammar import (
    ADDRESS_AFTER,
    COUNTDOWN_AFTER,
    HOURS,
    RATIO_AFTER,
    RATIO_BEFORE,
    UNIT_AFTER,
)
from ...text.datetimes.lexicon import ZONE_ABBREVIATIONS
from ..types import Check, Example, Match, examples
from ._dates import SETTLES_MERIDIEM, expressions_around, times

_RANGE_WITH_MERIDIEM = re.compile(r"\s*(?:-|–|~|〜|to|and|until|till)\s*\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m", re.IGNORECASE)
_BARE_HOUR_CUE = re.compile(r"\b(?:at|around|by|until|till|from|between|before|after)\s*$", re.IGNORECASE)
_RANGE_OF_UNITS = re.compile(
    rf"\s*(?:-|–|~|〜|to|or|and)\s*\d+\s*(?:(?:business |working |calendar )?(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|nights?)\b|{UNIT_AFTER})",
    re.IGNORECASE,
)
# "from 1 to 31 March": days of a month, not hours.
_DAY_RANGE = re.compile(
    r"\s*(?:-|–|~|〜|to|until|till|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE)
_ZONES = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
_ZONE_AFTER = re.compile(rf"\s*(?:{_ZONES})\b|\s*\(?(?:UK|US|EU|local|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b")
# The second end of a range with no am/pm either ("between 2 and 3:30", "8-10"): one question for both.
_RANGE_END = re.compile(
    r"(?P<gap>\s*(?:-|–|~|〜|to|and|until|till)\s*)(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?(?![\d:]|\s?[ap]\.?m\b)", re.IGNORECASE)
# A range of bare hours is a time when a day follows it ("your slot is 8-10 on Saturday").
_DAY_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|tomorrow|today|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.IGNORECASE)
# "no food after 10 the night before": the night settles the time it follows, and only that one
_THE_NIGHT_BEFORE = re.compile(r"\s+(?:on\s+)?the\s+(?:night|evening)\s+(?:before|after|prior)\b", re.IGNORECASE)
_NOT_A_TIME_BEFORE = re.compile(r"(?:version|v|no\.?|number|room|flat|unit|page|step|chapter|size|#|£|\$|€)\s*$", re.IGNORECASE)


def find(doc: Document):
    yield from _digit_times(doc)
    yield from _word_times(doc)


# "at half past eight", "eight thirty", "at eight", "half past 8": hours in words, read by the extractor
# (only sentences with an hour word after a cue, or after "past"/"to", are read: "at eight", "half past 8", "ten to eight")
_HOURS = f"(?:{'|'.join(HOURS)})"
_HOUR_WORD = re.compile(rf"\b(?:at|by|around|about|until|till|before|after)\s+(?:\w+\s+){{0,2}}?{_HOURS}\b|\b(?:past|to)\s+(?:{_HOURS}\b|\d)", re.IGNORECASE)
_WORD_TIMES = frozenset({"word_time", "past_to", "word_hour", "half_hour"})
_RANGE_WORD_AFTER = re.compile(r"\s*(?:(?:to|till|until)\b|[-–~〜])", re.IGNORECASE)


def _word_times(doc: Document):
    for found in expressions_around(doc, _HOUR_WORD):
        atoms = [a for a in found.mention.atoms() if a.atom in _WORD_TIMES]
        if len(atoms) != 1 or found.resolution.time is None or found.resolution.meridiem_known:
            continue
        atom = atoms[0]
        if atom.atom == "word_hour" and _RANGE_WORD_AFTER.match(doc.draft, atom.end):
            continue  # "at five to ten": a range or "five to ten", which the extractor leaves half read
        sentence = doc.sentence_at(atom.start)
        if _settled(doc.draft, sentence.start, sentence.end, atom.start, atom.end):
            continue
        written = doc.draft[atom.start : atom.end]
        later = "in the afternoon" if 1 <= found.resolution.time.hour % 12 <= 5 else "in the evening"
        yield Match(atom.start, atom.end, message=f"Is this {written} in the morning or {later}?",
                    replacements=(f"{written} in the morning", f"{written} {later}"))


def _digit_times(doc: Document):
    text = doc.draft
    taken = 0
    for found in times(text):
        hour, minute, meridiem = found.group("hour"), found.group("minute"), found.group("meridiem")
        if found.start() < taken or meridiem or not 1 <= int(hour) <= 12 or (hour.startswith("0") and minute):
            continue  # has am/pm, or is a 24-hour time ("19:30", "09:30")
        before = text[max(0, found.start() - 12) : found.start()]
        if _NOT_A_TIME_BEFORE.search(before):
            continue
        end = found.start("minute") + 2 if minute else found.start("hour") + len(hour)
        second = _RANGE_END.match(text, end)
        if second and (int(second.group("hour")) > 12 or _ZONE_AFTER.match(text, second.end())):
            continue  # "10:00 to 15:00", "9:00 to 10:30 BST": 24-hour times
        if second and not 1 <= int(second.group("hour")) <= 12:
            second = None
        if (not minute or text[found.end("hour")] == ".") and not _BARE_HOUR_CUE.search(before) \
                and not (second and _DAY_AFTER.match(text, second.end())):
            continue  # a bare number ("steps 2 and 3") or a decimal ("Python 3.11"), not a time
        if _RANGE_OF_UNITS.match(text, found.end()) or _ZONE_AFTER.match(text, found.end()) or _DAY_RANGE.match(text, end):
            continue  # "3 to 10 business days"; "11:40 GMT" is read as a 24-hour time
        if minute and (RATIO_AFTER.match(text, end) or RATIO_BEFORE.search(before)):
            continue  # "the 1:24 scale truck": a ratio
        if not minute and ADDRESS_AFTER.match(text, end):
            continue  # "at 5 Hutchins Way": an address, not an hour
        if COUNTDOWN_AFTER.match(text, end) and not _BARE_HOUR_CUE.search(before):
            continue
        if not minute and _PHONE_AFTER.match(text, end):
            continue  # "call us at 1-800-555-0142": a phone number
        if _RANGE_WITH_MERIDIEM.match(text, end):
            continue  # "9–11 am": the range shares its meridiem
        sentence = doc.sentence_at(found.start())
        if _settled(text, sentence.start, sentence.end, found.start(), end) or _THE_NIGHT_BEFORE.match(text, end):
            continue
        if minute and _TWENTY_FOUR_HOUR.search(text, sentence.start, sentence.end):
            continue  # "entry at 09:30, 11:00, 13:30 or 15:00": a sentence of 24-hour times
        if second:
            taken = second.end()
            yield _range_match(text, found.start(), end, second)
            continue
        written = text[found.start() : end]
        morning, evening = _with_meridiem(written, "am"), _with_meridiem(written, "pm")
        yield Match(found.start(), end, message=f"Is this {morning} or {evening}?", replacements=(morning, evening))


# A 24-hour time: an hour from 13 to 23, or a leading zero, with its minutes ("13:30", "09:30")
_TWENTY_FOUR_HOUR = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3]|0\d)[:.][0-5]\d(?![\d:])")
_TIME_BEFORE = re.compile(r"\d\s?$")
# "... by Monday lunchtime", "until tomorrow morning": after the time, a bound on another day
_ANOTHER_DAYS_PART = re.compile(r"\b(?:by|until|till|before|after)\s+(?:next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today)\s+$",
                                re.IGNORECASE)
_PHONE_AFTER = re.compile(r"[-.\s]?\d{3}[-.\s]\d")


def _settled(text: str, start: int, end: int, time_start: int, time_end: int) -> bool:
    """Does the sentence settle am or pm ("in the evening", "tonight", "doors are at 7 p.m. and the opener goes on at 8")?
    Other times' am and pm together settle nothing ("booked for Thurs 12th at 7, and we're open 7 a.m. to 8 p.m."), nor
    does a bound on another day after it ("switched off at half five and back on by Monday lunchtime")."""
    attached = set()
    for m in SETTLES_MERIDIEM.finditer(text, start, end):
        word = m.group().lower()
        if word.startswith(("a", "p")) and _TIME_BEFORE.search(text, max(start, m.start() - 3), m.start()):
            attached.add(word[0])
            continue
        if m.start() > time_end and _ANOTHER_DAYS_PART.search(text, max(start, m.start() - 24), m.start()):
            continue
        return True
    return len(attached) == 1


def _range_match(text: str, start: int, end: int, second: re.Match) -> Match:
    """"between 2 and 3:30" -> "2 and 3:30 pm"; "between 9 and 5" runs across noon -> "9 am and 5 pm"."""
    first, gap, last = text[start:end], second.group("gap"), text[second.start("hour") : second.end()]
    both = text[start : second.end()]
    if _clock_order(first) < _clock_order(last):
        options = tuple(f"{_with_meridiem(first, m)}{gap}{last} {m}" if first == "12" else f"{both} {m}" for m in ("am", "pm"))
        return Match(start, second.end(), message=f"Is this {both} in the morning or in the afternoon?", replacements=options)
    across = f"{_with_meridiem(first, 'am')}{gap}{_with_meridiem(last, 'pm')}"
    return Match(start, second.end(), message=f"Is this {across}?",
                 replacements=(across, f"{_with_meridiem(first, 'pm')}{gap}{_with_meridiem(last, 'am')}"))


def _with_meridiem(written: str, meridiem: str) -> str:
    """"9" -> "9 am"; a bare 12 is "noon" or "midnight", never the 12 am/pm the twelve-oclock rule flags."""
    if written == "12":
        return "noon" if meridiem == "pm" else "midnight"
    return f"{written} {meridiem}"


def _clock_order(written: str) -> tuple[int, int]:
    """"3:30" -> (3, 30), with 12 first, as on a 12-hour clock."""
    hour, _, minute = written.replace(".", ":").partition(":")
    return int(hour) % 12, int(minute or 0)


RULE = Check(
    id="datetime.ambiguous-time",
    category="datetime",
    description="A 12-hour time with no am or pm, and nothing in the sentence settles which.",
    message="Say whether this time is am or pm.",
    practice="Be accurate: a customer must not have to guess a time.",
    find=find,
    flags=examples(
        "Your fitting is Friday at ⟦8:15⟧.",
        "The engineer will arrive between ⟦2 and 3:30⟧.",
        "Your slot is ⟦8-10⟧ on Saturday 5 December.",
        "Doors open at ⟦7.30⟧, see you there.",
    ),
    passes=examples(
        "Your fitting is Friday at 8:15 am.",
        "The call is at 19:30 or 09:30 UTC.",
        "We're open 9–11 am, and the tour starts at 7:30 in the evening.",
        "The refund of £3.50 is on version 2.10 of the invoice.",
        "You'll need Python 3.11 installed, and extra miles cost 12 cents each.",
        Example("Thursday, 3 December 2026 at 4:15 pm Pacific Time"),
    ),
)
