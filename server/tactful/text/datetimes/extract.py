"""Find every date/time mention in a text: atoms from ``grammar.py``, joined with their neighbours.

Mentions never cross a line, so each line is parsed once and cached (an agent's draft changes a
line at a time); offsets are code points into the text. ``__init__.extract`` adds UTF-16 offsets
and the resolution.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .candidates import candidates
from .grammar import BARE_HOUR_CUE
from .mention import DATED as _DATED
from .mention import KINDS, Mention
from .mention import TIMED as _TIMED
from .mention import day_grain as _day_grain
from .widen import around, which_date, widen

__all__ = ["KINDS", "Mention", "mentions", "parse_line"]

# "9:00~17:00", "Mon~Fri" (East Asian writers' dash); "the 14th through to the 16th", "9am up until 2pm"
_GAP_RANGE = re.compile(r"\s*(?:-|–|—|~|〜|to|till|til|until|untill|through|thru|and)\s*|\s+(?:(?:right\s+)?(?:through|thru)\s+to|up\s+(?:to|until|till))\s+", re.IGNORECASE)
_GAP_ZONE = re.compile(r"\s*(?:\(|,)?\s*|\s+in\s+", re.IGNORECASE)
_GAP_DATE_TIME = re.compile(r",?\s*(?:(?:(?:at|@)\s+(?:around|about|approximately)|at|@|from|by|around|between|for|before|after|until|till|not\s+(?:before|after)|(?:no\s+)?(?:later|earlier)\s+than|,)\s*)?|\s*-\s*",
                            re.IGNORECASE)
_GAP_OF = re.compile(r"\s+(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
_GAP_TIME_DATE = re.compile(r"(?:\s+or\s+(?:later|earlier))?(?:,?\s+(?:on\s+|this\s+|of\s+)?|\s*,\s*)", re.IGNORECASE)
_GAP_WEEKDAY_DATE = re.compile(r"\.?,?\s*(?:the\s+)?", re.IGNORECASE)
_NOONISH = re.compile(r"noon|midday|midnight|lunch\s?time", re.IGNORECASE)
# An abbreviation's dot ending a whole expression ("in Oct. and", "on Mon. we"): the atoms take it where the expression may go
# on ("Mon. 3-5pm", "14 Jan. 2027"), and it stays in only where it did
_ABBREVIATION_DOT = re.compile(r"(?<![\w.])[A-Za-z]{3,5}\.$")
_EVENT_NEXT = re.compile(r"\s+(?:the\s+|your\s+|our\s+|its\s+|their\s+)?[a-z]{3,}", re.IGNORECASE)
_BEFORE_DIR = re.compile(r"(.*?)\s+(?:from|after|before)$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[.;:!?)]|$)|\s+(?:at|from|between|by|before|after|in\s+the|\d)", re.IGNORECASE)
_MONTHS_AND_YEARS = ("year", "far_year", "month", "month_year", "year_month")  # no weekday is written after these
_LIST_GAP = re.compile(r",\s*|\s+or\s+|,\s*(?:or|and)\s+", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+|\s*&\s*|/", re.IGNORECASE)
_ORDINAL_END = re.compile(r"\d(?:st|nd|rd|th)$", re.IGNORECASE)
_ORDINAL_START = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_GAP_PAREN = re.compile(r"\s*\(\s*")
_GAP_TIGHT = re.compile(r"\s+(?:at\s+)?|,\s*", re.IGNORECASE)
_GAP_WEEK_DAY = re.compile(r"\s+(?:at\s+|on\s+)?|,\s*(?:on\s+)?", re.IGNORECASE)
_IN_THE = re.compile(r"(?:in|during)\s+the\s|at\s+night", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_GAP_UNTIL = re.compile(r"\s+(?:until|untill|till|til|through|thru|(?:through|thru)\s+to|up\s+(?:until|till))\s+", re.IGNORECASE)
_OPENS_RANGE = re.compile(r"(?:from|between)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_GAP_AND = re.compile(r",?\s+and\s+", re.IGNORECASE)
_GAP_IN = re.compile(r"\s+in\s+", re.IGNORECASE)
_BETWEEN_NEXT = re.compile(r"between\s", re.IGNORECASE)
# A period with its start: "for 2 hours from 2pm", "3 days starting from next Monday", "from 2pm for 2 hours".
_GAP_STARTING = re.compile(r",?\s+(?:starting|beginning|commencing)(?:\s+(?:from|on))?\s+", re.IGNORECASE)
_GAP_FROM = re.compile(r",?\s+from\s+", re.IGNORECASE)
_GAP_FOR = re.compile(r",?\s+for\s+", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "15 minutes before 3pm", "2 hours after noon", "half an hour from 9am": a time counted from a time
_OFFSET_UNIT = re.compile(r"min|hour|hr", re.IGNORECASE)


def _select(candidates: list[Mention]) -> list[Mention]:
    """The longest candidates that do not overlap (a bare number yields to anything)."""
    kept: list[Mention] = []
    for c in sorted(candidates, key=lambda c: (c.bare, -(c.end - c.start), c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _join(a: Mention, b: Mention, line: str) -> Mention | None:
    gap = line[a.end : b.start]
    kinds = (a.kind, b.kind)
    timed_a, timed_b = a.has_time, b.has_time
    if b.kind == "zone" and timed_a and _GAP_ZONE.fullmatch(gap) and a.atoms()[-1].kind != "zone":
        end = b.end + 1 if "(" in gap and line[b.end : b.end + 1] == ")" else b.end
        if a.atom == "datetime" and a.parts[-1].kind == "time":  # the zone is the time's, so "on Jan 16th between 8:30am ET and 9am ET" can still become a range
            return Mention(a.start, end, a.kind, "datetime", (), (*a.parts[:-1], Mention(a.parts[-1].start, end, "time", "zoned", (), (a.parts[-1], b))))
        return Mention(a.start, end, a.kind, "zoned", (), (a, b))
    if a.atom == "datetime" and b.kind == "time" and a.parts[-1].kind == "time" and _GAP_RANGE.fullmatch(gap):
        # "1/1/2015 between 10 and 11:30": the date joined the range's first end before its second came
        first = a.parts[-1]
        if _rangeable(first, b, True) and ("and" not in gap.lower() or _BETWEEN.search(line[: first.start])):
            return Mention(a.start, b.end, "range", "datetime_range", (), (*a.parts[:-1], Mention(first.start, b.end, "range", "range", (), (first, b))))
    if a.atom == "range" and b.kind == "date" and not any(x.kind == "time" for x in a.atoms()):
        last = _join(a.parts[-1], b, line)  # "from this friday 5/12 to next sunday 5/20": the date belongs to the last end
        if last is not None and last.kind == "date":
            return Mention(a.start, b.end, "range", "range", (), (a.parts[0], last))
    if "date" in kinds and not (timed_a or timed_b):
        ranged = _which_range(a, b, line)  # "from this 5/12 to next 5/19", "between next March 3rd and next April 4th"
        if ranged is not None:
            return ranged
    if _GAP_RANGE.fullmatch(gap) and (_rangeable(a, b, timed_a and timed_b) or _relative_ends(a, b, line)) and (
        "and" not in gap.lower() or _BETWEEN.search(line[: a.start])
    ):
        prefix = _RANGE_START.search(line[: a.start])
        start = prefix.start() if prefix and a.kind != "range" else a.start
        return Mention(start, b.end, "range", "range", (), (a, b))
    if a.atom in ("today", "weekday") and b.atom == "part_of_day" and gap in ("'s ", "’s ") and not b.get("hours"):
        return Mention(a.start, b.end, "datetime", "datetime", (), (a, b))  # "tomorrow's afternoon", "Monday's morning"
    if a.kind in _DATED and b.kind == "time" and _GAP_DATE_TIME.fullmatch(gap) and _day_grain(a) and a.atoms()[-1].atom != "holiday":
        return Mention(a.start, b.end, "datetime", "datetime", (), (a, b))  # a holiday keeps its time apart ("christmas eve at 6 p.m."), as Recognizers labels it
    if (a.kind in _DATED | {"datetime"} or _days(a)) and b.kind == "range" and _times(b) and (
        _GAP_DATE_TIME.fullmatch(gap) or _GAP_IN.fullmatch(gap) and _BETWEEN_NEXT.match(line, b.start)  # "tomorrow in between 1 and 3"
    ) and _day_grain(a):
        return Mention(a.start, b.end, "range", "datetime_range", (), (a, b))
    if a.kind in ("datetime", "range") and _dated(a) and b.kind == "time" and _GAP_DATE_TIME.fullmatch(gap) and (
        (a.atoms()[-1].atom == "part_of_day") != (b.atom == "part_of_day")
    ) and _cued(b, line):
        # "tomorrow morning at 7", "7:00 on Sunday afternoon", "from 3-8pm yesterday afternoon"
        last = a.parts[-1]
        if a.atom == "datetime" and last.kind == "time" and b.atom == "part_of_day" and _GAP_TIGHT.fullmatch(gap):
            settled = Mention(last.start, b.end, "time", "settled", (), (last, b))  # "Saturday at 6:30 in the evening"
            return Mention(a.start, b.end, "datetime", "datetime", (), (*a.parts[:-1], settled))
        return Mention(a.start, b.end, a.kind, "datetime_range" if a.kind == "range" else "datetime", (), (*a.parts, b))
    if a.kind in _TIMED and (b.kind in _DATED and not b.has_time or _day_span(b, line)) and (not _dated(a) or a.atom == "offset_time") and _GAP_TIME_DATE.fullmatch(gap) and (
        _cued(a, line) or _hours_before_day(a, b, gap, line)
    ):
        return Mention(a.start, b.end, "range" if "range" in (a.kind, b.kind) else "datetime", "time_date", (), (a, b))
    if a.atom in ("in_n", "next_n") and b.atom == "duration" and b.get("count") and _GAP_AND.fullmatch(gap) and not (a.get("count0") or a.get("count2")):
        more = " ".join(filter(None, (a.get("more"), f"{b.get('count')} {b.get('unit')}")))  # "in 2 weeks and 3 days", "the last 3 months and 2 weeks"
        return Mention(a.start, b.end, a.kind, a.atom, (*((k, v) for k, v in a.fields if k != "more"), ("more", more)))
    lasting = _lasting(a, b, gap, line)
    if lasting is not None:
        return lasting
    if a.atom == "n_from" and b.kind == "time" and gap == " " and not (a.get("chain") or a.get("count0")) and (a.get("dir") or "").lower() in (
        "before", "after", "from"
    ) and _OFFSET_UNIT.match(a.get("unit") or ""):
        return Mention(a.start, b.end, "time", "offset_time", (), (a, b))
    if a.atom == "n_from" and (a.get("dir") or "").lower() in ("before", "after", "from") and b.kind in _DATED and gap == " ":
        return Mention(a.start, b.end, "date", "offset_date", (), (a, b))
    if _GAP_PAREN.fullmatch(gap) and line[b.end : b.end + 1] == ")" and (
        a.atom in ("weekday", "today", "this_next") and _day_grain(a) and b.kind == "date" and b.atom not in ("weekday", "year", "month")
        or a.kind == "date" and a.atom not in ("weekday", *_MONTHS_AND_YEARS) and not a.parts and b.atom == "weekday"
        or a.atom == "today" and b.atom == "weekday"
    ):  # a day named and dated, one in brackets: "this Friday (June 15)", "15/6 (Fri)", "tomorrow (Friday)"
        return Mention(a.start, b.end + 1, "date", "weekday_date", (), (a, b))
    if gap == ", " and b.atom == "weekday" and a.kind == "date" and a.atom not in ("weekday", *_MONTHS_AND_YEARS) and not a.parts and (
        _CLAUSE_GOES_ON.match(line, b.end)
    ):  # the weekday after its date: "Jul 18, Fri", "18 December, Friday at 3pm"
        return Mention(a.start, b.end, "date", "weekday_date", (), (a, b))
    if a.atom == "weekday" and b.atom == "day_range" and b.get("day0") and not line[b.start].isalpha() and gap in (" ", ", "):
        return Mention(a.start, b.end, "range", "weekday_date", (), (a, b))  # "Friday 21-23 June": the weekday of the first day
    if a.atom == "datetime" and a.parts[0].atom == "weekday" and a.parts[-1].atom == "part_of_day" and b.atom == "this_next" and _week(b) and gap == " ":
        return Mention(a.start, b.end, "datetime", "datetime", (), (*a.parts, b))  # "Friday morning next week"
    if a.atom in ("weekday", "the_day") and b.kind == "relative" and _GAP_OF.fullmatch(gap):
        return Mention(a.start, b.end, "date", "weekday_date", (), (a, b))
    if a.atom in ("weekday", "today", "this_next") and _day_grain(a) and b.kind == "date" and b.atom not in ("weekday", "year") and _GAP_WEEKDAY_DATE.fullmatch(gap):
        return Mention(a.start, b.end, "date", "weekday_date", (), (a, b))
    if a.atom == "weekday" and b.kind in ("date", "relative") and b.atom != "weekday" and _GAP_WEEKDAY_DATE.fullmatch(gap):
        return Mention(a.start, b.end, "date", "weekday_date", (), (a, b))
    if (a.kind == "relative" or a.atom == "offset_date") and b.atom == "weekday" and (_GAP_TIGHT.fullmatch(gap) or _GAP_WEEK_DAY.fullmatch(gap) and (
        not _day_grain(a) or a.atom in ("in_n", "n_from", "offset_date")
    )):  # "next week on Friday"; "in 3 days, on Friday": a counted day and the weekday it falls on
        return Mention(a.start, b.end, "date", "relative_weekday", (), (a, b))
    if a.atom == "range" and a.has_time and b.atom == "part_of_day" and _GAP_TIGHT.fullmatch(gap) and _IN_THE.match(line, b.start):
        first, last = a.parts
        if first.bare or last.kind != "time":
            return Mention(a.start, b.end, "range", "settled", (), (a, b))  # "between 2 and 4 in the afternoon"
        settled = Mention(last.start, b.end, "time", "settled", (), (last, b))  # "from 9 in the morning to 5 in the afternoon"
        return Mention(a.start, b.end, "range", "range", (), (first, settled))
    if a.atom == "range" and a.parts[0].atom in ("time_date", "datetime") and a.parts[-1].kind == "time" and b.kind in _DATED and (
        not b.has_time and _GAP_TIME_DATE.fullmatch(gap)
    ):  # "from 3pm today to 5pm tomorrow": the second end has its own day
        return Mention(a.start, b.end, "range", "range", (), (a.parts[0], Mention(a.parts[-1].start, b.end, "datetime", "time_date", (), (a.parts[-1], b))))
    if kinds == ("time", "time") and (a.atom == "part_of_day") != (b.atom == "part_of_day") and _GAP_TIGHT.fullmatch(gap) and (
        _cued(a, line) or _IN_THE.match(line, b.start)
    ):  # "for 11 in the morning", not "1 evening"
        return Mention(a.start, b.end, "time", "settled", (), (a, b))
    if kinds == ("time", "time") and gap in (" ", ", ") and sum(_NOONISH.fullmatch(x.get("named") or "") is not None for x in (a, b)) == 1 and (
        not (a.bare or b.bare) or _cued(a, line)
    ):  # "12 o'clock midnight", "lunchtime 12 o'clock": the hour and the time of day it names
        return Mention(a.start, b.end, "time", "settled", (), (a, b))
    return None


def _which_range(a: Mention, b: Mention, line: str) -> Mention | None:
    """Two dates joined as a range where "this", "next" or "last" picks either end (or both): "from this 5/12 to next 5/19",
    "3 March to next 5 April" (the word stays with its date, as ``around`` keeps it with one alone)."""
    first, last = which_date(a, line) or a, which_date(b, line, a.end) or b
    if first is a and last is b:
        return None
    gap = line[a.end : last.start]
    if not (_GAP_RANGE.fullmatch(gap) and _rangeable(first, last, False) and ("and" not in gap.lower() or _BETWEEN.search(line[: first.start]))):
        return None
    prefix = _RANGE_START.search(line[: first.start])
    return Mention(prefix.start() if prefix else first.start, last.end, "range", "range", (), (first, last))


def _lasting(a: Mention, b: Mention, gap: str, line: str) -> Mention | None:
    """A period and its start, either way round: "a week starting tomorrow", "for 2 hours from 2pm", "from 2pm for 2 hours"."""
    if (a.atom in ("month", "day_month", "month_day", "day_range") or a.atom == "holiday" and not a.get("which")) and not a.get("year") and b.atom == "this_next" and (
        b.get("unit") or ""
    ).lower() == "year" and _GAP_OF.fullmatch(gap):
        return Mention(a.start, b.end, a.kind, "of_year", (), (a, b))  # "June next year", "Christmas of next year"
    if (a.atom == "end_of" and (a.get("unit") or "").lower() in ("day", "business", "play") or a.atom == "today" and a.get("word").lower() in ("eod", "cob")) and b.kind in _DATED and _day_grain(b) and _GAP_WEEK_DAY.fullmatch(gap):
        return Mention(a.start, b.end, "date", "weekday_date", (), (a, b))  # "end of day tomorrow", "close of business on Friday", "EOD Friday"
    if a.atom == "range" and b.atom in ("this_next", "week_after") and (b.get("unit") or "").lower() == "week" and _GAP_TIGHT.fullmatch(gap) and all(
        p.atom == "weekday" for p in a.parts
    ):
        return Mention(a.start, b.end, "range", "week_range", (), (a, b))  # "Monday-Wednesday next week"
    if b.atom == "range" and a.atom in ("this_next", "week_after") and (a.get("unit") or "").lower() == "week" and gap == " " and all(
            p.atom == "weekday" for p in b.parts):
        return Mention(a.start, b.end, "range", "week_range", (), (b, a))  # "next week from Monday to Wednesday" (the range first, as above)
    if a.atom == "time_date" and (b.kind == "date" or b.atom == "this_next" and _week(b)) and not b.has_time:
        day = _join(a.parts[-1], b, line)  # "9am-5pm Monday to Friday", "14:00 GMT on Monday 7th December", "3pm Friday next week": the date grows
        if day is not None and all(p.kind != "time" for p in day.atoms()):
            return Mention(a.start, b.end, "range" if "range" in (a.kind, day.kind) else a.kind, "time_date", (), (a.parts[0], day))
    if a.atom == "lasting" and a.parts[-1].end == a.end:
        start = _join(a.parts[-1], b, line)  # "a day starting this Friday at 5 pm": what follows belongs to the start
        return Mention(a.start, b.end, "range", "lasting", (), (a.parts[0], start)) if start is not None else None
    if b.kind in _DATED | _TIMED and not (b.kind == "range" and b.atom != "datetime_range" and not b.has_time):
        if a.kind == "duration" and _GAP_STARTING.fullmatch(gap):
            return Mention(a.start, b.end, "range", "lasting", (), (a, b))
        for_ = _FOR.search(line, 0, a.start)
        if for_ and (a.kind == "duration" and _GAP_FROM.fullmatch(gap) or
                     a.atom == "n_from" and a.get("dir").lower() == "from" and gap == " " and not a.get("chain")):
            return Mention(for_.start(), b.end, "range", "lasting", (), (a, b))
    if b.kind == "duration" and a.kind in _DATED | _TIMED and a.kind != "range" and _GAP_FOR.fullmatch(gap):
        from_ = _FROM.search(line, 0, a.atoms()[-1].start)  # "from 2pm for 2 hours", "14th Feb from 9:30am for 7 hours"
        if from_ and from_.start() >= a.atoms()[0].start:
            return Mention(a.start, b.end, "range", "lasting", (), (b, a))
        if from_ and from_.end() == a.start:
            return Mention(from_.start(), b.end, "range", "lasting", (), (b, a))
    return None


def _week(m: Mention) -> bool:
    return (m.get("unit") or "").lower() == "week"


def _day_span(m: Mention, line: str) -> bool:
    """A range of days that a time can take ("5:15 pm on March 13th till the 14th"; not "… from next Friday to 12th of March")."""
    return m.kind == "range" and all(a.kind in _DATED or a.atom in ("day_range", "year_range") for a in m.atoms()) and not _OPENS_RANGE.match(line, m.start)


_PART_OF_DAY = re.compile(r"morning|afternoon|evening|night", re.IGNORECASE)


def _hours_before_day(a: Mention, b: Mention, gap: str, line: str) -> bool:
    """A range of bare hours right before a day: "9 to 11 tomorrow", "2-4 tomorrow afternoon", "2 to 4 this afternoon" (not "5 and
    7 today")."""
    day_part = b.atom == "this_next" and (b.get("which") or "").lower() == "this" and _PART_OF_DAY.fullmatch(b.get("unit") or "")
    return (a.atom == "range" and (b.atom == "today" or day_part) and gap == " " and not re.search(r"\band\b", line[a.start : a.end], re.IGNORECASE)
            and all(int(p.get("hour")) <= 12 for p in a.parts))


def _across_noon(m: Mention) -> bool:
    """Bare hours counting down from a morning hour, which only a clock does: "from 9 to 5", "open 9-5", "between 11 and 1"
    (not "from 1 to 5", "=3-2")."""
    if m.atom != "range" or len(m.parts) != 2:
        return False
    first, last = (int(p.get("hour") or 0) for p in m.parts)
    return 6 <= first <= 12 and 1 <= last < min(first, 12) and last < 12


def _days(m: Mention) -> bool:
    """A range of days with no time ("Mon - Fri")."""
    return m.kind == "range" and all(a.kind in _DATED for a in m.atoms())


def _times(m: Mention) -> bool:
    """A range with a time in it ("9am - 5pm")."""
    return any(a.kind == "time" for a in m.atoms())


def _dated(m: Mention) -> bool:
    return any(a.kind in _DATED for a in m.atoms())


def _cued(m: Mention, line: str) -> bool:
    """Not a bare number, or one after a cue word ("at 7 in the evening"; not "1 evening")."""
    start = m.atoms()[0].start
    return not m.bare or bool(BARE_HOUR_CUE.search(line[max(0, start - 24) : start])) or _across_noon(m)


def _rangeable(a: Mention, b: Mention, both_timed: bool) -> bool:
    """Two ends a range can join: two times, or two dates ("Monday-Friday"; not "today to tomorrow" without a dash)."""
    if {a.kind, b.kind} & {"zone", "duration", "set"}:
        return False
    return both_timed or (a.kind in _DATED and b.kind in _DATED and not (a.kind == b.kind == "relative"))


def _relative_ends(a: Mention, b: Mention, line: str) -> bool:
    """"between today and tomorrow", "from Monday to next Friday": two relative days after "between" or "from", or
    joined by "until" ("today till tomorrow"; "moved today to tomorrow" is no range)."""
    return a.kind in _DATED and b.kind in _DATED and not (a.has_time or b.has_time) and bool(
        _RANGE_START.search(line[: a.start]) or _GAP_UNTIL.fullmatch(line, a.end, b.start))


def _without_dot(m: Mention) -> Mention:
    """``m`` one character shorter, with its last part: "Oct." -> "Oct"."""
    parts = (*m.parts[:-1], _without_dot(m.parts[-1])) if m.parts else ()
    return Mention(m.start, m.end - 1, m.kind, m.atom, m.fields, parts)


def _period_before_event(m: Mention, line: str) -> Mention:
    """The period of "30 days after delivery", "14 days from receipt", as a duration."""
    period = _BEFORE_DIR.match(line, m.start, m.end)
    return Mention(m.start, period.end(1), "duration", "duration", tuple((k, v) for k, v in m.fields if k in ("count", "unit")))


@lru_cache(maxsize=512)
def parse_line(line: str) -> tuple[Mention, ...]:
    """Every mention in one line, offsets into the line."""
    joined: list[Mention] = []
    for atom in _select(candidates(line)):
        while joined:
            merged = _join(joined[-1], atom, line)
            if merged is None:
                break
            atom = merged
            joined.pop()
        joined.append(atom)
    result: list[Mention] = []
    for m in joined:
        before = line[max(0, m.start - 24) : m.start]
        if m.bare and not BARE_HOUR_CUE.search(before) and not _across_noon(m):
            continue
        if m.atom == "n_from" and (m.get("dir") or "").lower() in ("from", "after", "before") and _EVENT_NEXT.match(line, m.end):
            m = _period_before_event(m, line)  # "30 days after delivery": a period after an event, not a day counted from today
        if m.kind in _DATED | _TIMED:
            m = around(m, line)
            while result and result[-1].end > m.start:  # "the weekend" in "the weekend of Halloween"
                result.pop()
        m = widen(m, line)
        if line[m.end - 1 : m.end] == "." and m.atoms()[-1].kind in _DATED and _ABBREVIATION_DOT.search(line, max(0, m.end - 7), m.end):
            m = _without_dot(m)
        result.append(m)
    return _days_take_the_lists_month(result, line)


def _days_take_the_lists_month(found: list[Mention], line: str) -> tuple[Mention, ...]:
    """A day with no month in a list of days takes the month named in the list: "July 17th, 18th or 19th",
    "the 22nd, 23rd or 31st of March" (read alone, "18th" is the next 18th)."""
    result = list(found)
    for i, m in enumerate(found):
        if m.atom in ("on_day", "the_day") and not m.get("month"):
            named = _month_in_list(found, i, -1, line) or _month_in_list(found, i, 1, line)
            if named is not None:
                year = (("year", named.get("year")),) if named.get("year") else ()
                result[i] = Mention(m.start, m.end, m.kind, m.atom, (*m.fields, ("month", named.get("month")), *year))
    return tuple(result)


def _month_in_list(found: list[Mention], i: int, step: int, line: str) -> Mention | None:
    """The nearest atom naming a month among the days listed before (``step`` -1) or after (1) ``found[i]``."""
    j = i
    while 0 <= j + step < len(found):
        first, second = sorted((found[j], found[j + step]), key=lambda m: m.start)
        if not (_LIST_GAP.fullmatch(line, first.end, second.start) or _AND_GAP.fullmatch(line, first.end, second.start)
                and _ORDINAL_END.search(line, first.start, first.end) and _ORDINAL_START.match(line, second.start)):
            return None  # "the 4th and 5th of January", "the 4th & 5th Jan", "the 4th/5th Jan": ordinals joined by "and", "&", "/"
        j += step
        atom = found[j].atoms()[0 if step > 0 else -1]
        if atom.get("month"):
            return atom
    return None


def mentions(text: str) -> list[Mention]:
    """Every mention in ``text``, offsets in code points."""
    found: list[Mention] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found.extend(m.shifted(offset) for m in parse_line(line))
        offset += len(line) + 1
    return found
