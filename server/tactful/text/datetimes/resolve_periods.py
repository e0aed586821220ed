"""Parts of a named period: "the first ten days of last year", "the last 2 weeks of June", "the third month of 2021",
"the first business day of next month", "month-end", "midweek"; quarters and halves of a year ("Q3 2027", "H1"); decades ("the 1970s");
and seasons ("summer 2016", "next winter").

The period is a month ("June", "June 2027"), a year ("2021", "the year 2021") or a relative week, month or year
("next month", "the following year"); the part is resolved to its first and last day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .lexicon import month_number, number_value
from .mention import Mention
from .resolution import Resolution
from .resolve_dates import day_of, nearest, shift, year_of

_STEP = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}


def _bounds(m: Mention, today: date) -> tuple[date, date, str] | None:
    """The period's first and last day, and its unit."""
    get = m.get
    if get("month"):
        month, year = month_number(get("month")), year_of(get("year"), today)
        start = date(year, month, 1) if year else nearest(1, month, today)
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1]), "month"
    if get("year2"):
        year = int(get("year2"))
        return date(year, 1, 1), date(year, 12, 31), "year"
    unit = get("punit").lower()
    step = _STEP.get(re.sub(r"^(?:the|this)\s+(?=\w)", "", (get("which") or "this").lower()), 0)  # "the past", "this coming"
    if unit == "week":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
    elif unit == "month":
        start = shift(today.replace(day=1), step, "month")
    else:
        start = date(today.year + step, 1, 1)
    return start, shift(start, 1, unit) - timedelta(days=1), unit


def _period_end(m: Mention, today: date) -> Resolution:
    """"month-end", "next year end": the period's last day; "midweek", "mid-month": its Wednesday or 15th."""
    if m.get("unit2"):  # this week's or month's middle, or the next one's once it has passed
        if m.get("unit2").lower() == "week":
            return Resolution(date=today + timedelta(days=(2 - today.weekday()) % 7))
        return Resolution(date=today.replace(day=15) if today.day <= 15 else shift(today.replace(day=15), 1, "month"))
    step = _STEP.get((m.get("which") or "this").lower(), 0)
    if m.get("unit").lower() == "year":
        return Resolution(date=date(today.year + step, 12, 31))
    first = shift(today.replace(day=1), step, "month")
    return Resolution(date=first.replace(day=calendar.monthrange(first.year, first.month)[1]))


def _business_day(nth: str, start: date, end: date) -> Resolution:
    """The nth (or last) day from Monday to Friday between ``start`` and ``end``."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1) if (start + timedelta(days=i)).weekday() < 5]
    index = -1 if nth.lower() in ("last", "final") else (day_of(nth) or 0) - 1
    return Resolution(date=days[index]) if -1 <= index < len(days) else Resolution()


def period_part(m: Mention, today: date) -> Resolution:
    if m.atom == "period_end":
        return _period_end(m, today)
    if m.atom == "to_date":  # "month to date": this month's first day until today
        unit = m.get("unit").lower()
        start = today - timedelta(days=today.weekday()) if unit == "week" else today.replace(day=1) if unit == "month" else today.replace(month=1, day=1)
        return Resolution(date=start, end_date=today)
    bounds = _bounds(m, today)
    if bounds is None:
        return Resolution()
    start, end, unit = bounds
    if m.atom == "nth_month":  # "the third month of 2021": only a year has numbered months
        nth = 12 if m.get("nth").lower() in ("last", "final") else day_of(m.get("nth")) or 0
        if unit != "year" or not 1 <= nth <= 12:
            return Resolution()
        first = date(start.year, nth, 1)
        return Resolution(date=first, end_date=first.replace(day=calendar.monthrange(first.year, nth)[1]), year_written=bool(m.get("year2")))
    if m.atom == "nth_business_day":  # "the first business day of next month"
        return _business_day(m.get("nth"), start, end)
    count = number_value(m.get("count")) if m.get("count") else None
    if count is None:  # "the first days of January": its start (or end), no length
        return Resolution(date=start if m.get("edge").lower() == "first" else end)
    days = count * (7 if m.get("unit").lower().startswith("week") else 1)
    if m.get("edge").lower() == "first":
        return Resolution(date=start, end_date=min(end, start + timedelta(days=days - 1)))
    return Resolution(date=max(start, end - timedelta(days=days - 1)), end_date=end)


_NTH_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4, "final": 4}


def year_part(m: Mention, today: date) -> Resolution:
    """"Q3 2027", "the third quarter of next year", "H2": the quarter's or half's first and last day. With no year
    it is this year's, or next year's once this year's has ended ("in Q1", said in December)."""
    get = m.get
    code = (get("q") or get("q2") or get("q3") or "").lower()
    months = 6 if code.startswith("h") else 3
    index = int(code[1]) if code else _NTH_QUARTER[(get("nth") or get("nth2") or get("nth3")).lower()]
    year, which = get("year") or get("year2"), get("which") or get("which2")
    if year:
        start_year = int(year)
    elif which:
        start_year = today.year + _STEP.get(re.sub(r"^the\s+", "", which.lower()), 0)
    else:
        start_year = today.year + (date(today.year, months * index, 1) < today.replace(day=1))
    start = date(start_year, months * (index - 1) + 1, 1)
    end = shift(start, months, "month") - timedelta(days=1)
    edge = (get("edge") or get("edge2") or "").lower()
    if "end" in edge or "beginning" in edge or "start" in edge:  # "the end of Q1": its last day
        start = end = end if "end" in edge else start
    elif edge:  # "early Q2", "mid-Q3", "late H2": its first, middle or last month (or third of a half)
        third = months // 3
        part = 0 if edge == "early" else 2 if edge == "late" else 1
        start = shift(start, third * part, "month")
        end = shift(start, third, "month") - timedelta(days=1)
    return Resolution(date=start, end_date=None if start == end else end, year_written=bool(year))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
                 "noughties": 0, "two thousands": 0, "twenty tens": 1, "twenty-tens": 1}
_CENTURY_WORDS = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}


def decade(m: Mention, today: date) -> Resolution:
    """"the 1970s", "the '80s", "the seventies": the decade's first and last day ("the early 2000s": of its first years). A decade with no century is the
    last one of that name before today's ("the 30s" said in 2026 is the 1930s)."""
    get = m.get
    if get("word"):
        word = re.sub(r"\s+", " ", get("word").lower())
        tens = _DECADE_WORDS[word]
        century = _CENTURY_WORDS[get("century").lower()] if get("century") else 2000 if word in ("noughties", "two thousands", "twenty tens", "twenty-tens") else None
    else:
        tens = int(get("decade") or get("decade2") or get("decade3"))
        century = int(get("century")) * 100 if get("century") else None
    if century is None:
        century = today.year // 100 * 100 - (today.year // 100 * 100 + tens * 10 > today.year) * 100
    start, end = century + tens * 10, century + tens * 10 + 9
    edge = (get("edge") or get("edge2") or "").lower()
    if edge:  # "the early 2000s", "the mid-'80s", "the late nineties": its first four, middle three or last three years
        start, end = {"early": (start, start + 3), "mid": (start + 4, start + 6), "late": (start + 7, end)}[edge]
    return Resolution(date=date(start, 1, 1), end_date=date(end, 12, 31), year_written=True)


# Northern-hemisphere seasons by their usual start (equinox and solstice, to the day).
_SEASONS = {"spring": (3, 20), "summer": (6, 21), "autumn": (9, 22), "fall": (9, 22), "winter": (12, 21)}


def season(name: str, year: int | None, which: str, today: date, edge: str = "") -> Resolution:
    """"summer 2016", "this summer", "next winter": the season's first and last day; "early summer", "mid-winter",
    "late autumn": its first, middle or last month."""
    names = list(dict.fromkeys(_SEASONS.values()))
    month, day = _SEASONS[name.lower()]
    if year is None:
        year = today.year
        start = date(year, month, day)
        following = names[(names.index((month, day)) + 1) % 4]
        current_end = date(year + (following < (month, day)), *following) - timedelta(days=1)
        if which in ("next", "coming") or which == "this" and current_end < today:
            start = start if start > today else date(year + 1, month, day)
        elif which in ("last", "past", "previous"):
            start = start if current_end < today else date(year - 1, month, day)
    else:
        start = date(year, month, day)
    following = names[(names.index((month, day)) + 1) % 4]
    end = date(start.year + (following < (month, day)), *following) - timedelta(days=1)
    if edge:
        part = {"early": 0, "mid": 1, "late": 2}[edge]
        start, end = start + timedelta(days=30 * part), end - timedelta(days=30 * (2 - part))
    return Resolution(date=start, end_date=end, year_written=year is not None)
