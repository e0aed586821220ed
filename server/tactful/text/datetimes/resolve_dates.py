"""Days: written dates, weekdays, holidays and relative dates ("tomorrow", "in two weeks"), resolved
against "today" and the locale. Dates with no year take the nearest year to today."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import easter

from .extract import Mention
from .lexicon import (
    AFTER_THANKSGIVING,
    CANADIAN_THANKSGIVING,
    EASTER_OFFSETS,
    FIXED_HOLIDAY_DAYS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    WEEKDAYS,
    holiday_key,
    month_number,
    number_value,
    weekday_number,
)
from .resolution import Resolution

_FIXED_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25),
                   "boxing day": (12, 26), "new year's day": (1, 1), "new years day": (1, 1), "new year's": (1, 1),
                   "new years": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31), "halloween": (10, 31),
                   "valentine's day": (2, 14), "valentines day": (2, 14), "independence day": (7, 4)}


def nearest(day: int, month: int, today: date) -> date | None:
    dates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            dates.append(date(year, month, day))
        except ValueError:
            continue
    return min(dates, key=lambda d: abs((d - today).days)) if dates else None


def make_date(year: int | None, month: int, day: int, today: date) -> tuple[date | None, bool]:
    if year is None:
        return nearest(day, month, today), False
    try:
        return date(year, month, day), True
    except ValueError:
        return None, True


def year_of(text: str | None, today: date) -> int | None:
    """The year written; two digits name the year of that ending within 80 years before and 20 after today ("10/31/74" is 1974)."""
    if not text:
        return None
    text = text.strip("'’")
    if len(text) != 2:
        return int(text)
    year = today.year // 100 * 100 + int(text)
    return year - 100 if year > today.year + 20 else year + 100 if year <= today.year - 80 else year


def day_of(text: str) -> int | None:
    return number_value(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", text.strip()))


def shift(today: date, count: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith(("day", "night")):
        return today + timedelta(days=count)
    if unit.startswith("fortnight"):
        return today + timedelta(days=14 * count)
    if unit.startswith("week"):
        return today + timedelta(weeks=count)
    if unit.startswith(("month", "quarter", "year", "decade")):
        months = count * {"m": 1, "q": 3, "y": 12, "d": 120}[unit[0]]
        total = today.year * 12 + today.month - 1 + months
        year, month = divmod(total, 12)
        return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
    # minutes, hours: whole days only ("in 48 hours" is the day after tomorrow; "in 3 hours" is today, the time of day being unknown)
    per_day = 24 if unit.startswith(("hour", "hr")) else 1440 if unit.startswith("min") else 0
    return today + timedelta(days=int(count / per_day)) if per_day else today


def _period_start(today: date, unit: str, step: int) -> date:
    unit = unit.lower()
    if unit.startswith("week"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return monday + timedelta(days=5) if unit.startswith("weekend") else monday
    if unit.startswith("month"):
        return shift(today.replace(day=1), step, "month")
    if unit.startswith("year"):
        return date(today.year + step, 1, 1)
    if unit.startswith("quarter"):
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return shift(first, 3 * step, "month")
    if unit.startswith("decade"):  # "the next decade": the 2030s, from 2026
        return date(today.year - today.year % 10 + 10 * step, 1, 1)
    return today + timedelta(days=step)


def _is_weekday(unit: str) -> bool:
    """"Sundays", "friday", "Thurs"; not "month" (whose first three letters are Monday's)."""
    name = unit.lower().removesuffix("s")
    return len(name) >= 3 and any(w.startswith(name) for w in WEEKDAYS) or name in WEEKDAYS


def _which_weekday(today: date, which: str, unit: str, step: int) -> date:
    """"this Friday", "coming Friday": the first on or after today; "next Friday", "last Friday": that day of the week ``step`` weeks on."""
    target = weekday_number(unit)
    if which in ("this", "coming", "upcoming", "following"):
        return today + timedelta(days=(target - today.weekday()) % 7)
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
    return monday + timedelta(days=target)


_CHAIN = re.compile(r"(\S+(?:[ -]\S+)?)\s+(minute|min|hour|hr|day|week|month|year)s?", re.IGNORECASE)


def _is_month(unit: str) -> bool:
    """"June", "sept"; not "month"."""
    name = unit.lower().rstrip(".")
    return len(name) >= 3 and any(m.startswith(name) or name.startswith(m[:3]) and m.startswith(name[:4]) for m in MONTHS) and name != "month"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth given weekday of a month ("the second Sunday of May"), or None past the month's end."""
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def relative_date(m: Mention, today: date) -> date | None:
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
        if word in ("eom", "eoy"):  # end of month, end of year
            return today.replace(day=calendar.monthrange(today.year, today.month)[1]) if word == "eom" else date(today.year, 12, 31)
        return today
    if atom == "this_next":
        which, unit = get("which").lower(), re.sub(r"^(?:work(?:ing)?\s?|business\s+)", "", get("unit").lower())
        step = {"next": 1, "last": -1, "previous": -1, "past": -1}.get(which, 0)
        if get("after"):
            step = 2
        if unit == "day" and get("unit").lower().startswith(("business", "working")):  # "the next business day": skip the weekend
            day = today + timedelta(days=step or 1)
            return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0) if step >= 0 else day - timedelta(days=max(0, day.weekday() - 4))
        if _is_weekday(unit):
            return _which_weekday(today, which, unit, step)
        if _is_month(unit):  # "next June" is the first June after this month, "last June" the last before it
            month = month_number(unit)
            year = today.year + (step > 0 and month <= today.month) - (step < 0 and month >= today.month)
            return date(year, month, 1)
        if which in ("following", "coming", "upcoming"):
            step = 1  # "the following week", "the coming month"
        if unit.startswith(("hour", "minute")):
            return today
        if unit.startswith(("morning", "afternoon", "evening", "night")):
            return today + timedelta(days=step)
        return _period_start(today, unit, step)
    if atom == "week_after":
        unit, back = get("unit").lower(), get("dir").lower().startswith("before")
        if _is_weekday(unit) and back:  # "the Friday before last": the Friday a week before the last one
            return today - timedelta(days=((today.weekday() - weekday_number(unit)) % 7 or 7) + 7)
        if _is_weekday(unit):  # "Friday after next": the Friday a week after the coming one
            return today + timedelta(days=((weekday_number(unit) - today.weekday()) % 7 or 7) + 7)
        return _period_start(today, unit, -2 if back else 2)
    if atom == "edge":
        which = re.sub(r"^(?:the|in the)\s+(?=\w)", "", (get("which") or "this").lower())
        step = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1, "past": -1}.get(which, 0)
        start = _period_start(today, get("unit"), step)
        edge = get("edge").lower()
        if "end" in edge or edge.startswith("late") or "second half" in edge or "2nd half" in edge:
            if get("unit").lower().startswith("week"):
                return start + timedelta(days=4)
            if get("unit").lower().startswith("month"):
                return start.replace(day=calendar.monthrange(start.year, start.month)[1])
            if get("unit").lower().startswith("year"):
                return date(start.year, 12, 31)
            if get("unit").lower().startswith("quarter"):  # "by the end of the quarter": its last day
                return shift(start, 3, "month") - timedelta(days=1)
        return max(start, today) if step == 0 and (edge.startswith("later") or "rest" in edge or "remain" in edge) else start
    if atom == "end_of":
        unit = get("unit").lower()
        if get("which"):  # "the end of next Friday": the day "next Friday" names
            which = get("which").lower()
            return _which_weekday(today, which, unit.split()[-1], 1 if which == "next" else 0)
        if _is_weekday(unit):  # "the end of Friday"
            return today + timedelta(days=(weekday_number(unit) - today.weekday()) % 7)
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
        sign = -1 if (get("dir") or "").lower() in ("ago", "before", "earlier") else 1
        if _is_weekday(unit):  # "two sundays from now": the second Sunday after today
            target = weekday_number(unit)
            first = (target - today.weekday()) % 7 or 7 if sign > 0 else (today.weekday() - target) % 7 or 7
            return today + sign * timedelta(days=first + 7 * (count - 1))
        for chained, chained_unit in _CHAIN.findall(f'{get("chain") or ""} {get("more") or ""}'):  # "2 years 1 month 21 days ago", "in 2 weeks and 3 days"
            today = shift(today, sign * (number_value(chained) or 1), chained_unit)
        return shift(today, sign * count, unit)
    if atom == "nth_weekday":
        return _nth_weekday(today.year, today.month, weekday_number(get("unit")), day_of(get("nth")) or 1)
    if atom == "nth_week" and (_is_weekday(get("unit")) or get("unit").lower() in ("day", "week", "weekend")):
        which = (get("which") or "").lower()
        if get("month"):
            first = nearest(1, month_number(get("month")), today) if not get("year") else date(year_of(get("year"), today), month_number(get("month")), 1)
        elif which or get("year2"):  # "the first week of next month", "the last day of next year", "the first week of 2027"
            bare = re.sub(r"^(?:the|this)\s+", "", which)  # "the following", "this coming", "the past"
            step = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}.get(bare, 0)
            wunit = "year" if get("year2") else get("wunit").lower()
            first = date(int(get("year2")), 1, 1) if get("year2") else _period_start(today, wunit, step)
        else:
            return None
        nth, unit = get("nth").lower(), get("unit").lower()
        months = {"year": 12, "quarter": 3}.get("year" if get("year2") else (get("wunit") or "month").lower(), 1)  # "the last week of the quarter"
        last = shift(first, months, "month") - timedelta(days=1)
        if unit == "day":  # "the last day of next month"
            return last if nth in ("last", "final") else first + timedelta(days=(day_of(nth) or 1) - 1)
        if unit.startswith("week") and unit != "weekend":  # "the second week of March": counted in 7-day steps from the 1st
            return last - timedelta(days=6) if nth in ("last", "final") else first + timedelta(weeks=(day_of(nth) or 1) - 1)
        weekday = 5 if unit == "weekend" else weekday_number(unit)  # a weekend by its Saturday
        if nth in ("last", "final"):
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        return _nth_weekday(first.year, first.month, weekday, day_of(nth) or 1)
    if atom in ("n_next", "next_n"):  # "the next day or two" has no count
        count = number_value(get("count") or "1") or 1
        back = get("which").lower() in ("last", "past", "previous")
        if back:
            for chained, chained_unit in _CHAIN.findall(get("more") or ""):  # "the last 3 months and 2 weeks"
                today = shift(today, -(number_value(chained) or 1), chained_unit)
        return shift(today, -count, get("unit")) if back else today
    if atom == "weekend":
        return today + timedelta(days=(5 - today.weekday()) % 7)
    if atom == "within_the":  # "within the hour", "within the week": by the end of this one
        return _period_start(today, get("unit"), 0) if get("unit").lower() in ("hour", "day") else None
    return None


def date_of(m: Mention, today: date, locale: str) -> Resolution:
    get, atom = m.get, m.atom
    if atom == "weekday":
        target = weekday_number(get("weekday"))
        return Resolution(date=today + timedelta(days=(target - today.weekday()) % 7), weekday=target)
    if atom in ("day_month", "month_day", "month_day_words", "day_mon_year", "year_mon_day", "year_month_day", "the_day", "on_day"):
        day = day_of(get("day") or get("daynum") or "")
        month = month_number(get("month")) if get("month") else today.month
        year = year_of(get("year"), today)
        if day is None or not 1 <= day <= 31:
            return Resolution()
        when, written = make_date(year, month, day, today)
        return Resolution(date=when, year_written=written)
    if atom in ("month_year", "month", "year_month", "month_year_numeric", "year_month_numeric"):
        year = year_of(get("year"), today)
        month = int(get("monthn")) if get("monthn") else month_number(get("month"))
        when = date(year, month, 1) if year else nearest(1, month, today)
        last, mod = calendar.monthrange(when.year, month)[1], (get("mod") or "").lower()
        if "half" in mod:  # "the second half of June": 16th to the end
            first = "first" in mod or "1st" in mod
            return Resolution(date=when.replace(day=1 if first else 16), end_date=when.replace(day=15 if first else last), year_written=bool(year))
        day = last if "end" in mod or mod == "late" else 15 if mod.startswith(("mid", "the middle")) else 1
        return Resolution(date=when.replace(day=day), year_written=bool(year))
    if atom in ("iso", "numeric"):
        if atom == "iso":
            year, month, day = int(get("year")), int(get("month")), int(get("day"))
        else:
            a, b = int(get("a")), int(get("b"))
            us = locale.lower().startswith("en-us") or not locale.lower().startswith("en-")
            month, day = (a, b) if us and a <= 12 or b > 12 else (b, a)
            year = year_of(get("year"), today)
        when, written = make_date(year, month, day, today)
        return Resolution(date=when, year_written=written)
    if atom == "day_of_month":
        which = re.sub(r"^the\s+", "", get("which").lower())
        step = 0 if which in ("this", "the", "current") else -1 if which in ("last", "previous", "past") else 1
        first = shift(today.replace(day=1), step, "month")
        when, written = make_date(first.year, first.month, day_of(get("day")) or 1, today)
        return Resolution(date=when)
    if atom == "weekday_day":
        day = day_of(get("day"))
        when = nearest(day, today.month, today) if day else None
        if when and when < today:
            when = nearest(day, today.month % 12 + 1, today)
        return Resolution(date=when, weekday=weekday_number(get("weekday")))
    if atom == "edge_year":
        year, edge = int(get("year")), get("edge").lower()
        if "end" in edge or edge.startswith("late"):
            return Resolution(date=date(year, 12, 31), year_written=True)
        if "half" in edge:
            first = "first" in edge or "1st" in edge
            return Resolution(date=date(year, 1 if first else 7, 1), end_date=date(year, 6 if first else 12, 30 if first else 31), year_written=True)
        return Resolution(date=date(year, 7, 1) if "mid" in edge else date(year, 1, 1), year_written=True)
    if atom in ("year", "far_year"):
        return Resolution(date=date(int(get("year")), 1, 1), year_written=True)
    if atom == "holiday":
        which = (get("which") or "").lower()
        day = _holiday(get("holiday"), get("year"), {"following": "next", "coming": "next", "previous": "last"}.get(which, which), today, locale)
        if get("weekend") and day.date:  # "the Easter weekend", "Labor Day 2021 weekend": the Saturday and Sunday next to the day
            weekday = day.date.weekday()
            if weekday == 6:
                saturday = day.date - timedelta(days=1)
            elif weekday <= 2:  # Monday to Wednesday: the weekend before
                saturday = day.date - timedelta(days=weekday + 2)
            else:  # Thursday to Saturday: the weekend after
                saturday = day.date + timedelta(days=5 - weekday)
            return Resolution(date=saturday, end_date=saturday + timedelta(days=1), year_written=day.year_written)
        return day
    return Resolution()


def holiday_in(name: str, year: int, locale: str) -> date | None:
    """The day a holiday falls on in ``year``, fixed ("Christmas"), on a weekday of a month ("Thanksgiving": the fourth Thursday
    of November in the US, the second Monday of October in Canada) or counted from Easter ("Good Friday"); None for one
    the calendar does not settle (a lunar new year)."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'").replace("xmas", "christmas"))
    fixed = _FIXED_HOLIDAYS.get(key) or FIXED_HOLIDAY_DAYS.get(holiday_key(key))
    if fixed:
        return date(year, *fixed)
    key = holiday_key(key)
    british = locale.lower().startswith(("en-gb", "en-ie"))
    if key in EASTER_OFFSETS or key == "mothers" and british:
        return easter(year) + timedelta(days=EASTER_OFFSETS.get(key, EASTER_OFFSETS["mothering sunday"]))
    if key in AFTER_THANKSGIVING:
        return holiday_in("thanksgiving", year, "en-US") + timedelta(days=AFTER_THANKSGIVING[key])
    rule = CANADIAN_THANKSGIVING if key in ("thanksgiving", "thanks giving") and locale.lower().startswith("en-ca") else NTH_WEEKDAY_HOLIDAYS.get(key)
    if rule is None:
        return None
    month, weekday, nth = rule
    if nth > 0:
        return _nth_weekday(year, month, weekday, nth)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, year: str | None, which: str, today: date, locale: str) -> Resolution:
    if year:  # "Christmas 2027"
        return Resolution(date=holiday_in(name, int(year), locale), year_written=True)
    days = [d for d in (holiday_in(name, y, locale) for y in (today.year - 1, today.year, today.year + 1)) if d]
    if not days:
        return Resolution()
    if which == "next":  # "next Christmas": the first after today; "last Christmas": the last before
        return Resolution(date=min(d for d in days if d > today))
    if which == "last":
        return Resolution(date=max(d for d in days if d < today))
    return Resolution(date=min(days, key=lambda d: abs((d - today).days)))
