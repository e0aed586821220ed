"""What a mention means: its day, clock time and zone, resolved against "today" and the locale.

Dates with no year take the nearest year to today (a reply about "3 November" written on
23 November means the one just past, which is what the past-date check must see). A 12-hour time
with no am/pm and nothing that settles it keeps ``meridiem_known=False``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from .extract import Mention
from .lexicon import (
    ZONE_ABBREVIATIONS,
    ZONE_NAMES,
    cities,
    month_number,
    number_value,
    weekday_number,
)

_FIXED_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25),
                   "boxing day": (12, 26), "new year's day": (1, 1), "new years day": (1, 1), "new year's": (1, 1),
                   "new years": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31), "halloween": (10, 31),
                   "valentine's day": (2, 14), "valentines day": (2, 14), "independence day": (7, 4)}
_PM_PARTS = ("afternoon", "evening", "night", "tonight")


@dataclass(frozen=True)
class Resolution:
    date: date | None = None
    """The day meant (the first day of a week, month or range)."""
    end_date: date | None = None
    time: time | None = None
    end_time: time | None = None
    meridiem_known: bool = True
    """False for "8:15" with nothing saying morning or evening."""
    zone: str | None = None
    """IANA key of a named zone ("PT" -> America/Los_Angeles), "recipient" for "your time", "writer" for "local time"."""
    offset: int | None = None
    """Minutes east of UTC when the words fix it ("UTC+1", "EST"), else None."""
    abbreviation: str | None = None
    year_written: bool = False
    weekday: int | None = None
    """The weekday as written (0 = Monday), which may disagree with ``date``."""


def nearest(day: int, month: int, today: date) -> date | None:
    dates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            dates.append(date(year, month, day))
        except ValueError:
            continue
    return min(dates, key=lambda d: abs((d - today).days)) if dates else None


def _make(year: int | None, month: int, day: int, today: date) -> tuple[date | None, bool]:
    if year is None:
        return nearest(day, month, today), False
    try:
        return date(year, month, day), True
    except ValueError:
        return None, True


def _year(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip("'’")
    return int(text) + (2000 if len(text) == 2 else 0)


def _day(text: str) -> int | None:
    return number_value(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", text.strip()))


def _shift(today: date, count: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith(("day", "night")):
        return today + timedelta(days=count)
    if unit.startswith("fortnight"):
        return today + timedelta(days=14 * count)
    if unit.startswith("week"):
        return today + timedelta(weeks=count)
    if unit.startswith(("month", "year", "decade")):
        months = count * (1 if unit.startswith("month") else 12 if unit.startswith("year") else 120)
        total = today.year * 12 + today.month - 1 + months
        year, month = divmod(total, 12)
        return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
    return today  # minutes, hours: the same day


def _period_start(today: date, unit: str, step: int) -> date:
    unit = unit.lower()
    if unit.startswith("week"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return monday + timedelta(days=5) if unit.startswith("weekend") else monday
    if unit.startswith("month"):
        return _shift(today.replace(day=1), step, "month")
    if unit.startswith("year"):
        return date(today.year + step, 1, 1)
    if unit.startswith("quarter"):
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return _shift(first, 3 * step, "month")
    return today + timedelta(days=step)


def _relative(m: Mention, today: date) -> date | None:
    atom, get = m.atom, m.get
    if atom == "today":
        word = get("word").lower()
        if "after" in word:
            return today + timedelta(days=2)
        if "before" in word:
            return today - timedelta(days=2)
        if word.startswith(("tomorrow", "tmr")):
            return today + timedelta(days=1)
        if word == "yesterday":
            return today - timedelta(days=1)
        if word == "eow":
            return today + timedelta(days=(4 - today.weekday()) % 7)
        return today
    if atom == "this_next":
        which, unit = get("which").lower(), get("unit").lower()
        step = {"next": 1, "last": -1, "previous": -1, "past": -1}.get(which, 0)
        if get("after"):
            step = 2
        if unit[:3] in {w[:3] for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}:
            target = weekday_number(unit)
            if which in ("this", "coming", "upcoming", "following"):
                return today + timedelta(days=(target - today.weekday()) % 7)
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
            return monday + timedelta(days=target)
        if which in ("following", "coming", "upcoming"):
            step = 1  # "the following week", "the coming month"
        if unit.startswith(("morning", "afternoon", "evening", "night")):
            return today + timedelta(days=step)
        return _period_start(today, unit, step)
    if atom == "week_after":
        return _period_start(today, get("unit"), 2)
    if atom == "edge":
        which = (get("which") or "this").lower()
        step = {"next": 1, "last": -1}.get(which, 0)
        start = _period_start(today, get("unit"), step)
        edge = get("edge").lower()
        if "end" in edge or edge.startswith("late") or "second half" in edge:
            if get("unit").lower().startswith("week"):
                return start + timedelta(days=4)
            if get("unit").lower().startswith("month"):
                return start.replace(day=calendar.monthrange(start.year, start.month)[1])
            if get("unit").lower().startswith("year"):
                return date(start.year, 12, 31)
        return max(start, today) if step == 0 and edge.startswith(("later", "the rest")) else start
    if atom == "end_of":
        unit = get("unit").lower()
        if unit == "tomorrow":
            return today + timedelta(days=1)
        if unit in ("week",):
            return today + timedelta(days=(4 - today.weekday()) % 7)
        if unit == "month":
            return today.replace(day=calendar.monthrange(today.year, today.month)[1])
        if unit == "year":
            return date(today.year, 12, 31)
        return today
    if atom in ("in_n", "n_from"):
        count = number_value(get("count") or "2") or 2
        unit = get("unit") or "fortnight"
        if (get("dir") or "").lower() in ("ago", "before"):
            count = -count
        return _shift(today, count, unit)
    if atom == "next_n":
        count = number_value(get("count")) or 1
        back = get("which").lower() in ("last", "past", "previous")
        return _shift(today, -count, get("unit")) if back else today
    if atom == "weekend":
        return today + timedelta(days=(5 - today.weekday()) % 7)
    return None


def _date(m: Mention, today: date, locale: str) -> Resolution:
    get, atom = m.get, m.atom
    if atom == "weekday":
        target = weekday_number(get("weekday"))
        return Resolution(date=today + timedelta(days=(target - today.weekday()) % 7), weekday=target)
    if atom in ("day_month", "month_day", "day_mon_year", "year_mon_day", "the_day"):
        day = _day(get("day"))
        month = month_number(get("month")) if get("month") else today.month
        year = _year(get("year"))
        if day is None or not 1 <= day <= 31:
            return Resolution()
        when, written = _make(year, month, day, today)
        return Resolution(date=when, year_written=written)
    if atom in ("month_year", "month"):
        year = _year(get("year"))
        month = month_number(get("month"))
        when = date(year, month, 1) if year else nearest(1, month, today)
        return Resolution(date=when, year_written=bool(year))
    if atom in ("iso", "numeric"):
        if atom == "iso":
            year, month, day = int(get("year")), int(get("month")), int(get("day"))
        else:
            a, b = int(get("a")), int(get("b"))
            us = locale.lower().startswith("en-us") or not locale.lower().startswith("en-")
            month, day = (a, b) if us and a <= 12 or b > 12 else (b, a)
            year = _year(get("year"))
        when, written = _make(year, month, day, today)
        return Resolution(date=when, year_written=written)
    if atom == "day_of_month":
        step = 0 if get("which").lower() in ("this",) else -1 if get("which").lower() == "last" else 1
        first = _shift(today.replace(day=1), step, "month")
        when, written = _make(first.year, first.month, _day(get("day")) or 1, today)
        return Resolution(date=when)
    if atom == "weekday_day":
        day = _day(get("day"))
        when = nearest(day, today.month, today) if day else None
        if when and when < today:
            when = nearest(day, today.month % 12 + 1, today)
        return Resolution(date=when, weekday=weekday_number(get("weekday")))
    if atom == "year":
        return Resolution(date=date(int(get("year")), 1, 1), year_written=True)
    if atom == "holiday":
        key = get("holiday").lower().replace("’", "'")
        if key in _FIXED_HOLIDAYS:
            month, day = _FIXED_HOLIDAYS[key]
            return Resolution(date=nearest(day, month, today))
    return Resolution()


def _time(m: Mention) -> Resolution:
    get = m.get
    mer = (get("mer") or "").lower()
    if m.atom == "named_time":
        named = re.sub(r"^(?:12|at|after|before|around|by|over|during)\s+", "", get("named").lower())
        if named.startswith(("noon", "midday", "lunch")):
            return Resolution(time=time(12))
        if named == "midnight":
            return Resolution(time=time(0))
        if named.startswith(("close", "first", "eod", "breakfast", "dinner")):
            hours = {"close": 17, "eod": 17, "first": 9, "breakfast": 8, "dinner": 19}
            return Resolution(time=time(next(h for k, h in hours.items() if named.startswith(k))))
        hour = int(named[:-3])
        return Resolution(time=time(hour % 24), meridiem_known=hour > 12)
    if m.atom == "part_of_day":
        return Resolution(meridiem_known=True)
    if m.atom == "clock":
        hour, minute = int(get("hour")), int(get("minute") or 0)
        second = int(get("second") or 0)
        known = bool(mer) or hour == 0 or hour > 12 or get("hour").startswith("0") and bool(get("minute"))
    elif m.atom in ("word_time", "word_hour"):
        hour = number_value(get("hourw") or get("hourw2") or get("hourw3")) or 0
        minute_word = (get("minutew") or get("minutew2") or "").lower()
        mer = (get("mer") or get("mer2") or "").replace(" ", "").lower()
        minute = 0 if not minute_word or "clock" in minute_word else number_value(minute_word.replace("oh", "").strip()) or 0
        second, known = 0, bool(mer)
    else:  # past_to
        hour = number_value(get("hourp")) or 0
        words = (get("minutes") or get("minutes2")).lower()
        minute = 30 if words == "half" else 15 if "quarter" in words else number_value(words.split()[0]) or 0
        if (get("dir") or get("dir2")).lower() in ("to", "before", "till"):
            hour, minute = (hour - 1) % 24, 60 - minute
        second, known = 0, bool(mer)
    if mer.startswith("p") and hour < 12:
        hour += 12
    elif mer.startswith("a") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return Resolution()
    return Resolution(time=time(hour, minute, second), meridiem_known=known)


def _zone(m: Mention) -> Resolution:
    get = m.get
    if m.atom == "offset":
        if not get("sign"):
            return Resolution(zone="UTC", offset=0, abbreviation=get("base").upper())
        minutes = int(get("oh")) * 60 + int(get("om") or 0)
        minutes = -minutes if get("sign") in "-−" else minutes
        return Resolution(offset=minutes, abbreviation=get("base").upper())
    if m.atom == "abbreviation":
        zone, offset = ZONE_ABBREVIATIONS[get("abbr")]
        return Resolution(zone=zone, offset=offset, abbreviation=get("abbr"))
    if m.atom == "zone_name":
        if get("whose"):
            return Resolution(zone="recipient" if get("whose").lower() in ("your", "the customer's", "the customer’s") else "writer")
        key = re.sub(r"\s+", " ", get("name").lower())
        return Resolution(zone=ZONE_NAMES.get(key) or ZONE_NAMES.get(key.rstrip("n")))
    name = re.sub(r"\s+", " ", (get("city") or get("city2") or "").lower())
    return Resolution(zone=cities().get(name))


def resolve(m: Mention, today: date, locale: str) -> Resolution:
    """The meaning of one mention (a range resolves to its two ends)."""
    if m.kind == "range" and len(m.parts) == 2 and m.atom == "range":
        first, second = resolve(m.parts[0], today, locale), resolve(m.parts[1], today, locale)
        if first.time and second.time and not first.meridiem_known and second.meridiem_known:
            hour = first.time.hour  # "9-11 am", "2 to 3:30 pm": the end's am/pm settles the start
            later = hour + 12 if second.time.hour >= 12 and hour + 12 <= second.time.hour else hour
            first = replace(first, time=first.time.replace(hour=later), meridiem_known=True)
        return replace(first, end_date=second.date or first.date, end_time=second.time,
                       zone=first.zone or second.zone, offset=first.offset if first.offset is not None else second.offset,
                       abbreviation=first.abbreviation or second.abbreviation)
    if m.atom == "year_range":
        return Resolution(date=date(int(m.get("year")), 1, 1), end_date=date(int(m.get("year2")), 12, 31), year_written=True)
    if m.atom == "day_range":
        month = month_number(m.get("month") or m.get("month2"))
        year = _year(m.get("year") or m.get("year2"))
        start, written = _make(year, month, _day(m.get("day0") or m.get("day02")) or 1, today)
        end, _ = _make(year, month, _day(m.get("day") or m.get("day2")) or 1, today)
        return Resolution(date=start, end_date=end, year_written=written)
    if m.parts:
        return _composite(m, today, locale)
    if m.kind == "date":
        return _date(m, today, locale)
    if m.kind == "relative":
        return Resolution(date=_relative(m, today))
    if m.kind == "time":
        return _time(m)
    if m.kind == "zone":
        return _zone(m)
    return Resolution()


def _composite(m: Mention, today: date, locale: str) -> Resolution:
    """A joined mention: the day from its date part, the time from its time part, and so on."""
    ranged = next((p for p in m.parts if p.kind == "range"), None)
    result = resolve(ranged, today, locale) if ranged else Resolution()
    atoms = [a for p in m.parts if p is not ranged for a in p.atoms()]
    settles = [a for a in atoms if a.atom == "part_of_day" or a.atom == "named_time" and (a.get("named") or "").lower().startswith("first")]
    for atom in atoms:
        found = resolve(atom, today, locale)
        if atom.atom == "weekday":
            result = replace(result, weekday=found.weekday, date=result.date or found.date)
        elif found.date and (result.date is None or result.weekday is not None and result.date == _weekday_date(result, today)):
            result = replace(result, date=found.date, year_written=found.year_written)
        if found.time and result.time is None:
            result = replace(result, time=found.time, meridiem_known=found.meridiem_known)
        if found.zone or found.offset is not None:
            result = replace(result, zone=found.zone, offset=found.offset, abbreviation=found.abbreviation)
        if found.end_date and not ranged:
            result = replace(result, end_date=found.end_date)
    weeks = [a for a in atoms if a.kind == "relative" and (a.get("unit") or "").lower().startswith("week")]
    if result.weekday is not None and weeks and result.date:
        monday = result.date - timedelta(days=result.date.weekday())  # "Friday next week"
        result = replace(result, date=monday + timedelta(days=result.weekday))
    if settles and result.time and not result.meridiem_known:
        pm = any(p in (a.get("part") or "").lower() for a in settles for p in _PM_PARTS)
        hour = result.time.hour
        result = replace(result, time=result.time.replace(hour=hour + 12 if pm and hour < 12 else hour), meridiem_known=True)
    return result


def _weekday_date(result: Resolution, today: date) -> date | None:
    return today + timedelta(days=(result.weekday - today.weekday()) % 7) if result.weekday is not None else None
