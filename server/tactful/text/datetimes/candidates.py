"""The atoms found in one line that stand as mentions: each grammar atom's matches, the places named before
"time", and the checks that keep numbers, versions, phone numbers and street numbers out ("at 1512 Barber Shop").

``extract.parse_line`` selects among these candidates and joins neighbours.
"""

from __future__ import annotations

import re

from .gates import open_atoms
from .grammar import (
    ADDRESS_AFTER,
    BARE_HOUR_CUE,
    COUNTDOWN_AFTER,
    CUE_WORDS,
    RANGE_FIRST_HOUR,
    RATIO_AFTER,
    RATIO_BEFORE,
    TIME_WORD,
    UNIT_AFTER,
    WORDS_BEFORE,
)
from .lexicon import HOUR_WORD, UNIT_ALIASES, ZONE_AFTER_TIME_ONLY, cities
from .mention import Mention

__all__ = ["candidates"]

_YEAR_CUE = re.compile(r"\b(?:in|of|since|until|till|before|after|from|than|by|during|through|between)\s+$", re.IGNORECASE)
_HHMM_FIRST = re.compile(rf"\b{CUE_WORDS}\s+(?:[01]\d|2[0-3])[0-5]\d\s*(?:-|–|to|till|until|and)\s*$", re.IGNORECASE)
_HHMM_SECOND = re.compile(r"\s*(?:-|–|to|till|until|and)\s*(?:[01]\d|2[0-3])[0-5]\d\b", re.IGNORECASE)
_QUARTERS = ("00", "15", "30", "45")
_HHMM_PAIR = re.compile(r"(?<![\d+.,:/-])(?<!\d\s)(?P<t1>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:-|–|to|till|until)\s*(?P<t2>(?:[01]\d|2[0-3])[0-5]\d)(?![\d/-]|[.,:]\d|\s\d)")
# "at 1700.", "at 1530 today", "at 0900 GMT": after "at", a four-digit time ends its clause or comes before a day or a zone
_HHMM_AT_END = re.compile(r"\s*(?:[.,;!?)]|$)|\s+(?:on|today|tonight|tomorrow|(?-i:[A-Z]{1,3}T|UTC|GMT|Z))\b", re.IGNORECASE)
_AT_AROUND = re.compile(r"\b(?:at|around|approximately|approx\.?)\s$", re.IGNORECASE)  # "at 1730.", "around 1030."
_DASHED_DAY_END = re.compile(r"\s*(?:[.,;!?)]|$)|\s+(?:at|by|from|until|till|and|or|before|after|between|in\s+the)\b", re.IGNORECASE)
_DOTTED_DAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$", re.IGNORECASE)
_NOT_TIME_AFTER = re.compile(
    r"\s?(?:%|°|degrees?\b|percent|x\b|cm|mm|m\b|km|kg|g\b|lbs?|ml|l\b|in\b(?!\s+the\b|\s+(?:morning|afternoon|evening)\b)|ft|items?|people|persons?|guests?|adults?|"
    r"children|kids|units?|pcs|pieces|times|stars?|points?|pages?|steps?|of\s+(?:the|them|us|you|these|those)\b|"
    r"miles?\b|meters?\b|metres?\b|feet\b|inch|dollars?\b|euros?\b|pounds?\b|bucks\b|cents?\b|orders?\b|parcels?\b|packages?\b|"
    r"boxes\b|bags\b|calls\b|emails\b|tickets\b|seconds?\b|secs?\b|"
    r"-\d{3}|\s*(?:-|–|to|and)\s*\d+\s+(?:business\s+|working\s+)?(?:minute|min|hour|hr|day|night|week|month|year)s?\b|"
    rf"\s*(?:-|–|to|and|or)\s*\d+(?:\.\d+)?\s?{UNIT_AFTER}|km/h|kph|mph|"
    r"(?:minute|min|hour|hr|day|night|week|month|year)s?\b)", re.IGNORECASE)
_CUED_MINUTE = re.compile(r"(?!fifteen)[a-z]+teen|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine", re.IGNORECASE)
_WORD_RANGE_FIRST = re.compile(rf"\b(?:from|between)\s+{HOUR_WORD}\s*(?:-|–|to|till|until|through|thru|and)\s*$", re.IGNORECASE)
_BY_DAY = re.compile(r"\s+(?:today|tomorrow|tmrw)\b", re.IGNORECASE)
_WORD_HOUR_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:today|tonight|tomorrow|this|in\s+the|on|or|and|to|at\s+night)\b|\s*[-–]", re.IGNORECASE)
_H_RANGE_NEXT = re.compile(r"\s*(?:[-–]|to|till|until|through|thru|and)\s*(?:[01]?\d|2[0-3])h\b")
_H_RANGE_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-3])h(?:[0-5]\d)?\s*(?:[-–]|to|till|until|through|thru|and)\s*$")
_H_ZONE_NEXT = re.compile(r"\s*(?:UTC|GMT|[A-Z]{1,3}[SD]?T)\b")
_H_DAY_BEFORE = re.compile(r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:19|20)\d\d)\.?,?\s+$", re.IGNORECASE)
# "9.30-10.30", "6.30-9.30pm", "8.30 to 11.45am"; not before a price's or a score's word ("6.30-9.30 pounds", "7.30-8.45 points")
_DOTTED_RANGE = re.compile(r"(?<![\d.])(?P<h1>[01]?\d|2[0-3])\.(?P<m1>[0-5]\d)(?:\s*[-–]\s*|\s+(?:to|till|until)\s+)(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)(?:\b|(?=\s?[ap]\.?m\b))(?!\.?\d)"
                           r"(?!\s?(?:%|[€$£]|(?:euros?|dollars?|pounds?|quid|pence|points?|pts|percent|per\s+cent|kg|km|miles?)\b))", re.IGNORECASE)
_DATE_CUE = re.compile(r"\b(?:on|until|till|by|from|to|before|after|since|between|and|of)\s+$|[-–]\s*$", re.IGNORECASE)
_DOTTED_FIRST = re.compile(r"(?<![\d.])(?:2[4-9]|3[01])\.(?:0?[1-9]|1[0-2])\.?\s*(?:-|–|to|until|till)\s*$", re.IGNORECASE)  # "27.12 to 2.1"
_SPACED_DATE_CUE = re.compile(r"\b(?:on|from|since|until|till|by|dated)\s+$", re.IGNORECASE)
# What follows "Sat" the verb ("Sat down", "Sat on it", "Sat with…") and "Sun" the noun ("Sun cream", "Sun damage")
_SAT_SUN_AFTER = re.compile(r"(?<=Sat)\s+(?:down|up|back|there|here|beside|alongside|together|quietly|outside|inside|alone|with|on\s+(?:it|them|that|this|my|our|his|her|their|a|an)\b)\b|"
                            r"(?<=Sun)\s+(?:cream|damage|hats?|loungers?|screen|block|light|shine|glasses|burn|tan|beds?|room|roof|deck|dial|protection|exposure|rays?)\b")
# A score out of 5 or 10: "scored 7/10", "rated 4/5", "I'd give it 9/10", "10/10 would recommend", "4/5 stars"
_SCORE_BEFORE = re.compile(r"\b(?:scored?|scoring|rated?|rating|(?:give|gave|giving)\s+(?:it|us|them|him|her|this)|a\s+solid|an?\s+easy)\s+(?:a\s+)?$", re.IGNORECASE)
_SCORE_AFTER = re.compile(r"\s*(?:would|stars?|overall)\b", re.IGNORECASE)
_NOT_DATE_AFTER = re.compile(r"\s?(?:%|[€$£]|[A-Z]{3}\b|(?:eur|usd|gbp|euros?|dollars?|pounds?|kg|km|mb|gb)\b)", re.IGNORECASE)
_MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # a month's name or abbreviation, in any case
_MONTH_WORD = re.compile(rf"{_MONTH_STEM}\s", re.IGNORECASE)
# "between May 2015 and 2018": a year as the second end of a range
_RANGE_SECOND_YEAR = re.compile(r"\b(?:between|from)\s+\S+(?:\s+\S+){0,2}\s*(?:and|to|until|till|through|thru|-|–)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_STEM},?\s+$", re.IGNORECASE)
_MONTHS_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_UNIT_ATOMS = frozenset({"this_next", "next_n", "n_next", "in_n", "n_from", "duration", "nth_week"})
_TO_THE_HOUR_CUE = re.compile(r"\b(?:at|around|about|by|until|till|before|after)\s+$", re.IGNORECASE)
# A word after an hour in words that makes it a count: any lower-case word but those that go on a time ("at eight
# tomorrow", "at one o'clock", "at two if that suits")
_NOUN_AFTER_HOUR = re.compile(r"\s+(?!(?:o['’]?clock|sharp|today|tonight|tomorrow|on|in|at|this|next|and|or|to|till|until|for|please|then|is|was|"
                              r"would|will|works?|suits?|if|when|with|by|so|but|we|you|i|they|he|she|it|as|latest|ish|or\s+so)\b)[a-z]{2,}\b")
_NOT_TIME_BEFORE = re.compile(r"(?:version|v|no\.?|number|room|flat|unit|page|step|chapter|size|gate|platform|aisle|#|£|\$|€)\s*$", re.IGNORECASE)
# "at 9a", "tomorrow 9a", "9a-5p", "back by 7p": a one-letter am/pm glued to an hour; after a noun it names a seat, a flat or a
# form ("seat 4a", "form 7a"), and opening a sentence with no cue it is no time either ("9a is suitable" has no label in
# Recognizers, "4a" is a Duckling negative)
_LETTER_MERIDIEM = re.compile(r"[ap]\.?", re.IGNORECASE)
_LETTER_LABEL_BEFORE = re.compile(r"\b(?:seat|row|apartment|apt|suite|unit|flat|room|block|building|bldg|level|floor|bay|gate|platform|terminal|stand|"
                                  r"locker|box|aisle|section|part|form|question|item|line|grade|class|year|bus|route|model|type|size|no\.?|number|#)\s*$", re.IGNORECASE)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s|\n)\W*$")
_LETTER_TIME_BEFORE = re.compile(r"(?:\b(?:today|tonight|tomorrow|tmrw|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?"
                                 r"|\d(?:[ap]\.?|[ap]\.?m\.?)?\s*(?:-|–|to|till|until))\s*$", re.IGNORECASE)
_LETTER_TIME_AFTER = re.compile(r"\s*(?:-|–|to|till|until)\s*\d|\s+(?:today|tonight|tomorrow|tmrw)\b", re.IGNORECASE)


# The second end of a range of days after a word or a spaced dash ("the 24th - 26th", "from the 18th until 29th", "May 3rd to 5th"):
# only after a day that is one ("ranked 2nd through 5th" is no date)
_DAY_RANGE_FIRST = re.compile(r"(?:\b(?:the|on|from|between)\s+(?:the\s+)?|\b[A-Za-z]{3,9}\.?\s+)\d{1,2}(?:st|nd|rd|th)(?:\s+[-–]\s+|\s+(?:to|until|till|through|thru)\s+|\s+(?P<and>and)\s+)$",
                             re.IGNORECASE)
# A later day in a list of them after a month or "the": "July 17th, 18th, or 19th", "the 22nd, 23rd, 30th or 31st of March"
_DAY_LIST = re.compile(rf"(?:\b(?:the|on)\s+|\b{_MONTH_STEM}\s+)\d{{1,2}}(?:st|nd|rd|th)"
                       r"(?:(?:,\s*|\s+or\s+|,\s*(?:or|and)\s+)\d{1,2}(?:st|nd|rd|th))*(?:,\s*|\s+or\s+|,\s*(?:or|and)\s+)$", re.IGNORECASE)
_ORDINAL_LIST_MONTH = re.compile(rf"(?:(?:\s*,\s*|\s+or\s+|,?\s+and\s+|\s*&\s*|/)\d{{1,2}}(?:st|nd|rd|th))+\s+(?:of\s+)?{_MONTH_STEM}(?![a-z])", re.IGNORECASE)
# An ordinal day after another and "and", "&" or "/": a day of the month named before them ("Jan 4th and 5th"), not "the 3rd/4th floors"
_MONTH_DAY_AND = re.compile(rf"\b{_MONTH_STEM}\s+\d{{1,2}}(?:st|nd|rd|th)(?:\s+and\s+|\s*&\s*|/)$", re.IGNORECASE)
# "11th-14th": an ordinal day joined to the next by a dash, with no space, is the first end of a range of days
_NOT_A_DAY_AFTER = r"(?![-\s]+(?:floor|place|time|attempt|try|row|line|grade|round|day|week|month|page|item|order|of)\b)"
_ORDINAL_DASH_NEXT = re.compile(rf"[-–](?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER}", re.IGNORECASE)
# "from 11th to 14th", "between 11th and 14th": after "from"/"between", an ordinal day before a range word and another
_HOLIDAY_RANGE_FIRST = re.compile(r"\b(?:between|from)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}\s+(?:and|to)\s+$")
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_DASHED_FIRST = re.compile(r"(\bthe\s+)?\b\d{1,2}(?:st|nd|rd|th)[-–]$", re.IGNORECASE)
_DASHED_DAYS_CUE = re.compile(r"\b(?:on|for|from|between|by|until|till|dates?|days?)\s+$", re.IGNORECASE)  # "closed on 11th-14th"; not "ranked 2nd-5th"
_ORDINAL_RANGE_NEXT = re.compile(rf"\s*(?:[-–]|to|until|till|through|thru|and)\s*(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER}", re.IGNORECASE)


def candidates(line: str) -> list[Mention]:
    """Every atom match in ``line`` that passes ``_valid``, and the places named before "time"."""
    found = []
    lower = line.lower()
    for name, kind, pattern in open_atoms(line, lower):
        for m in pattern.finditer(line):
            if m.end() == m.start():
                continue
            fields = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
            if name in _UNIT_ATOMS and (m.group("unit") or "").lower() in UNIT_ALIASES:  # "next yr", "in 2 wks": the unit's own name
                fields = tuple((k, UNIT_ALIASES[v.lower()] if k == "unit" else v) for k, v in fields)
            mention = Mention(m.start(), m.end(), kind, name, fields)
            if name == "month_pair":  # two months: each a month, joined by ``extract`` as any two dates are
                found.extend(_month_pair(m, line))
            elif _valid(mention, line):
                found.append(mention)
    if "time" in lower:
        found.extend(_city_times(line))
    if any(m.atom == "day_range" for m in found):  # "Monday 21 until 15 June", "11/7 - 12 June": the first day ends a date of its own
        found = [m for m in found if not (m.atom == "day_range" and any(
            d.kind == "date" and d.atom != "weekday_day" and d.start < m.start < d.end <= m.end for d in found))]
    return found


def _month_pair(m: re.Match[str], line: str) -> list[Mention]:
    """"nov to march", "jan-feb": both months, unless the first is a lower-case "may"/"march" with no "from"/"between" before it."""
    if m.group("month").lower() in ("may", "march", "mar") and m.group("month").islower() and not _MONTHS_OPEN.search(line, 0, m.start()):
        return []
    dot = m.end("month") + (line[m.end("month") : m.end("month") + 1] == ".")  # "from Mar. to September": the abbreviation's dot
    return [Mention(m.start("month"), dot, "date", "month", (("month", m.group("month")),)),
            Mention(m.start("month2"), m.end("month2"), "date", "month", (("month", m.group("month2")),))]


def _city_times(line: str):
    """"London time", "Sydney timezone", "St. Louis-time": up to four words before "time" that name a place."""
    places = cities()
    for m in TIME_WORD.finditer(line):
        words = list(WORDS_BEFORE.finditer(line, max(0, m.start() - 48), m.start()))
        for count in range(min(4, len(words)), 0, -1):
            chosen = words[-count:]
            name = " ".join(w.group() for w in chosen)
            if name.lower() in places:
                start = chosen[0].start()
                yield Mention(start, m.end(), "zone", "city_time", (("city", name),))
                break


def _valid(m: Mention, line: str) -> bool:
    if (m.atom == "compact" or m.atom == "clock" and not m.get("minute")) and _LETTER_MERIDIEM.fullmatch(m.get("mer") or "") and not _letter_time(m, line):
        return False
    if m.atom == "clock":
        before = line[max(0, m.start - 16) : m.start]
        if m.get("minute") and not m.get("mer") and (RATIO_AFTER.match(line, m.end) or RATIO_BEFORE.search(before)):
            return False  # "the 1:24 scale truck", "a ratio of 1:10"
        if m.get("sharp") and not (m.get("minute") or BARE_HOUR_CUE.search(before)):
            return False  # "at 10 sharp", "10:30 sharp"; not "it costs 10 sharp"
        if _NOT_TIME_BEFORE.search(before) or (not m.get("mer") and not m.get("minute") and (
                _NOT_TIME_AFTER.match(line, m.end) or ADDRESS_AFTER.match(line, m.end) and not m.get("oclock"))):
            return False
        if not m.get("mer") and COUNTDOWN_AFTER.match(line, m.end) and not BARE_HOUR_CUE.search(before):
            return False
        if m.get("sep") == "." and not (m.get("mer") or BARE_HOUR_CUE.search(before) or _dotted_range(line, m)):
            return False  # "3.50", "version 2.10"; "at 7.30", "7.30pm" and "9.30-10.30" are times
    if m.atom == "word_time" and m.get("minutew2") and not m.get("mer2") and _CUED_MINUTE.fullmatch(m.get("minutew2")):
        return bool(BARE_HOUR_CUE.search(line[max(0, m.start - 24) : m.start]))  # "at eleven five"; not "nine eleven"
    if m.atom == "past_to" and (m.get("minutes2") or "").isdigit() and _MONTH_BEFORE.search(line, max(0, m.start - 12), m.start):
        return False  # "Friday, October 28 after 3 p.m." is a day and an hour, not 3:28
    if m.atom == "past_to" and (m.get("dir2") or "").lower() == "to":  # "at ten to eight"; "from five to seven" is a range
        return m.get("minutes2").isalpha() and bool(_TO_THE_HOUR_CUE.search(line, max(0, m.start - 12), m.start))
    if m.atom == "word_hour" and m.get("hourw3") and _NOUN_AFTER_HOUR.match(line, m.end):
        return False  # "free at one adult per eight children", "seats 24 at one long table": a count
    if m.atom == "word_hour" and m.get("hourw3") and line[max(0, m.start - 3) : m.start].lower() != "at ":
        # "around eight", "until two tomorrow"; not "before one can", "about eight people", "around two thousand"
        return m.get("hourw3").lower() != "one" and bool(_WORD_HOUR_END.match(line, m.end))
    if m.atom == "word_hour" and m.get("hourw5"):  # "from nine to eleven": the second end of a range whose first is an hour in words
        return bool(_WORD_RANGE_FIRST.search(line, max(0, m.start - 30), m.start))
    if m.atom == "word_hour" and m.get("hourw") and _BY_DAY.match(line, m.end):  # "seven today": "at seven today", "five to seven today"
        before = line[max(0, m.start - 24) : m.start]
        return bool(BARE_HOUR_CUE.search(before) or RANGE_FIRST_HOUR.search(before))
    if m.atom == "compact" and not m.get("mer"):  # "at 730 tonight"; not "we sold 730 today"
        return _right_after("at", line, m.start)
    if m.atom == "h_clock" and not (m.get("minute") or m.get("minute2")):  # "at 17h"; "24h", "in 2h" are durations
        return _right_after("at", line, m.start) or bool(
            _H_RANGE_NEXT.match(line, m.end) or _H_RANGE_BEFORE.search(line, 0, m.start)  # "9h-17h", "9h30 - 11h"
            or _H_ZONE_NEXT.match(line, m.end) or _H_DAY_BEFORE.search(line, 0, m.start))  # "8h GMT", "Thursday 8h", "18 July 2014 19h"
    if m.atom == "hhmm" and not m.get("hrs"):  # "at 1512 Barber Shop" is a street number
        before = line[max(0, m.start - 24) : m.start]
        cued = bool(BARE_HOUR_CUE.search(before))
        return bool(_HHMM_FIRST.search(before) or cued and (m.get("hour").startswith("0") or _HHMM_SECOND.match(line, m.end))
                    or _AT_AROUND.search(line, max(0, m.start - 14), m.start) and m.get("minute") in _QUARTERS and _HHMM_AT_END.match(line, m.end)
                    or _hours_range(line, m))
    if m.atom == "on_day" and _MONTH_DAY_AND.search(line, max(0, m.start - 24), m.start):  # "Jan 4th and 5th", "Jan 4th & 5th"
        return m.get("day")[-2:].isalpha()
    if m.atom == "on_day" and re.search(r"&\s$|/$", line[max(0, m.start - 2) : m.start]):
        return False  # "the 3rd/4th floors", "the 11th & 14th centuries" ("the 4th/5th Jan" is a day and a date)
    if m.atom == "on_day" and line[m.start - 1] in "-–" and line[m.start - 2].isalpha():  # "the 2nd-4th", "on 11th-14th"; not "ranked 2nd-5th"
        first = _DASHED_FIRST.search(line, max(0, m.start - 20), m.start)
        return bool(first) and (first.group(1) is not None or _DASHED_DAYS_CUE.search(line, max(0, first.start() - 9), first.start()) is not None)
    if m.atom == "on_day" and line[m.start - 1] == " " and not re.search(r"\bon\s$", line[max(0, m.start - 4) : m.start], re.IGNORECASE):
        if _DAY_LIST.search(line, max(0, m.start - 60), m.start):
            return True
        if m.get("day")[-2:].isalpha() and _ORDINAL_LIST_MONTH.match(line, m.end):
            return True  # "4th or 5th Jan", "12th/13th December", "18th, 19th or 20th of May": a list of days that names its month
        if line[m.start - 2] == ",":
            return False
        before = _DAY_RANGE_FIRST.search(line, max(0, m.start - 40), m.start)
        if not before:  # "delivery 11th-14th", "from 11th to 14th"
            ordinal = m.get("day")[-2:].isalpha()
            cue = line[max(0, m.start - 9) : m.start]
            return ordinal and bool(_ORDINAL_DASH_NEXT.match(line, m.end) and _DASHED_DAYS_CUE.search(cue)
                                    or _RANGE_OPENS.search(cue) and _ORDINAL_RANGE_NEXT.match(line, m.end))
        first = before.group().split()[0].lower()
        if before.group("and"):  # "between the 11th and 14th"; not "the 11th and 14th"
            return first == "between"
        return first in ("the", "on", "from", "between") or _MONTH_WORD.match(before.group()) is not None
    if m.atom == "day_range" and m.get("rel"):  # "4-22 this month", "from 4 to 22 next month", "4 till 23 of this month"; "we need 4 to 5 next month" counts
        return bool(re.match(r"(?:from|between)\s|.*(?:[-–—]|\b(?:until|till|through|thru)\b)", line[m.start : m.end], re.IGNORECASE) or not m.get("day0").isdigit())
    if m.atom == "zone_word":  # "4pm Eastern", "16:00 Central"; not "130 Central"
        return bool(re.search(r"(?:\d[ap]\.?m\.?|\d\s[ap]\.?m\.?|\d[:.]\d\d)\s*$", line[max(0, m.start - 10) : m.start], re.IGNORECASE))
    if m.atom == "abbreviation_lower" or m.atom == "abbreviation" and m.get("abbr") in ZONE_AFTER_TIME_ONLY:
        return bool(re.search(r"(?:\d|\dh|\d[ap]\.?|[ap]\.?m\.?|noon|midnight)\s*\(?$", line[max(0, m.start - 8) : m.start], re.IGNORECASE))
    if m.atom == "year" and line[m.start : m.end] == m.get("year") and not (_YEAR_CUE.search(line, 0, m.start) or _RANGE_SECOND_YEAR.search(line, max(0, m.start - 40), m.start)):
        return False  # "in 2019", "the year 2019"; a bare 2019 is a number
    if m.atom == "year_range" and _MONTH_BEFORE.search(line, 0, m.start):
        return False  # "between May 2015 and 2018": the first year is May's
    if m.atom == "year_month_numeric" and int(m.get("monthn")) == (int(m.get("year")) + 1) % 100:
        return False  # "2010-11" is two years
    if m.atom == "holiday" and (m.get("holiday") or "").lower().replace(" ", "") == "newyear" and re.search(r"\b(?:and|to)\s$", line[max(0, m.start - 4) : m.start], re.IGNORECASE):
        return bool(_HOLIDAY_RANGE_FIRST.search(line, max(0, m.start - 60), m.start))  # "between Christmas and New Year"; not "Merry Christmas and New Year"
    if m.atom == "iso" and m.get("sep") == " ":  # "on 2026 11 16"; not "ref 2016 10 16 22"
        return bool(_SPACED_DATE_CUE.search(line, max(0, m.start - 8), m.start)) and not re.match(r"\s?\d", line[m.end : m.end + 2])
    if m.atom == "weekday" and line[m.start : m.end] in ("Sat", "Sun") and _SAT_SUN_AFTER.match(line, m.end):
        return False  # "Sat down with…", "Sat on it", "Sun cream", "Sun damage": a verb and a noun
    if m.atom == "numeric":
        a, b, sep = int(m.get("a")), int(m.get("b")), m.get("sep")
        if (a, b, sep) == (24, 7, "/") and not m.get("year"):
            return False  # "24/7": all day, every day
        if sep == "/" and not m.get("year") and b in (5, 10) and a <= b and (
                _SCORE_BEFORE.search(line, max(0, m.start - 24), m.start) or _SCORE_AFTER.match(line, m.end)):
            return False  # "scored 7/10", "I'd give it 9/10", "10/10 would buy again": a score
        if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
            return False
        if sep in "-." and not m.get("year") and a <= 12 and (sep == "-" or b > 12) and _right_after("on", line, m.start) and _DASHED_DAY_END.match(line, m.end):
            return True  # "on 10-2", "on 12-24", "on 4.22": a month and a day after "on" (not "on 3.10", which may be a version)
        if sep != "/" and not m.get("year") and not (sep == "." and a <= 12 and _DOTTED_DAY.search(line, 0, m.start)) and not (
            sep == "." and b <= 12 and (a >= 24 and _DATE_CUE.search(line, 0, m.start) or _DOTTED_FIRST.search(line, 0, m.start))
            and not _NOT_DATE_AFTER.match(line, m.end)
        ):  # "3-4", "1.5": only slashes make a date without a year, or a dot after a weekday ("Friday 7.6"; "on 3.10" may be a version),
            return False  # or a day no clock or version has after a cue ("until 24.12", "on 31.12.")
    return True


def _right_after(word: str, line: str, start: int) -> bool:
    """Does the word ``word`` (a whole word: "on", not the end of "afternoon") and one space stand just before ``start``?"""
    before = line[max(0, start - len(word) - 2) : start].lower()
    return before.endswith(f"{word} ") and (len(before) == len(word) + 1 or not before[0].isalnum())


def _letter_time(m: Mention, line: str) -> bool:
    """An hour with a one-letter am/pm ("9a", "730p") is a time after a cue word, next to a day or in a range, and elsewhere
    unless it is a capital, follows a noun it labels or opens the sentence."""
    before = line[max(0, m.start - 16) : m.start]
    if BARE_HOUR_CUE.search(before) or _LETTER_TIME_BEFORE.search(before) or _LETTER_TIME_AFTER.match(line, m.end):
        return True
    capital = m.get("mer")[0].isupper()  # "Seat 4A", "Flat 2A": labels are written in capitals, times in lower case
    return not (capital or _LETTER_LABEL_BEFORE.search(before) or _SENTENCE_OPENS.search(line, max(0, m.start - 4), m.start))


def _hours_range(line: str, m: Mention) -> bool:
    """Two four-digit 24-hour times joined by a dash or "to", on quarter hours, the second later, not two years and
    not inside a longer number: "0900-1700", "0730 to 0930" (not "0800-1234", "1990-2010", "+86 138-2010-2015")."""
    for found in _HHMM_PAIR.finditer(line, max(0, m.start - 12), min(len(line), m.end + 12)):
        if found.start() <= m.start and m.end <= found.end():
            first, second = found.group("t1"), found.group("t2")
            years = first[:2] in ("19", "20") and second[:2] in ("19", "20")
            return first[2:] in _QUARTERS and second[2:] in _QUARTERS and first < second and not years
    return False


def _dotted_range(line: str, m: Mention) -> bool:
    """Two dotted times joined by a dash, "to", "till" or "until", in working hours and on a quarter hour: "9.30-10.30", "8.45-17.00", "6.30-9.30pm"
    (not "version 2.10-2.12", "section 1.10-1.20", "6.30-9.30 pounds")."""
    for found in _DOTTED_RANGE.finditer(line, max(0, m.start - 16), min(len(line), m.end + 32)):
        if found.start() <= m.start and m.end <= found.end():
            hours, minutes = (int(found.group("h1")), int(found.group("h2"))), (found.group("m1"), found.group("m2"))
            return all(6 <= h <= 22 for h in hours) and any(x in ("00", "15", "30", "45") for x in minutes)
    return False
