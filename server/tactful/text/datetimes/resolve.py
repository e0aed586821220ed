"""What a mention means: its day, clock time and zone, resolved against "today" and the locale.

Dates with no year take the nearest year to today (a reply about "3 November" written on
23 November means the one just past, which is what the past-date check must see). A 12-hour time
with no am/pm and nothing that settles it keeps ``meridiem_known=False``. Days are resolved in
``resolve_dates.py``, clock times and zones in ``resolve_times.py``, parts of periods in ``resolve_periods.py``;
this module joins them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .extract import Mention
from .lexicon import month_number, number_value, weekday_number
from .resolution import Resolution
from .resolve_dates import (
    date_of,
    day_of,
    make_date,
    nearest,
    relative_date,
    shift,
    year_of,
)
from .resolve_periods import decade, period_part, season, year_part
from .resolve_times import clock_time, iso_datetime, zone

__all__ = ["Resolution", "nearest", "resolve"]

_PM_PARTS = ("afternoon", "evening", "night", "tonight", "pm", "p.m")
_NIGHT_PARTS = ("evening", "night", "tonight", "tonite")


def resolve(m: Mention, today: date, locale: str) -> Resolution:
    """The meaning of one mention (a range resolves to its two ends)."""
    if m.kind == "range" and len(m.parts) == 2 and m.atom == "range":
        locale = _numeric_order(m) or locale
        first, second = resolve(m.parts[0], today, locale), resolve(m.parts[1], today, locale)
        if first.time and second.time and not first.meridiem_known and second.meridiem_known:
            hour = first.time.hour  # "9-11 am", "2 to 3:30 pm": the end's am/pm settles the start
            later = hour + 12 if second.time.hour >= 12 and hour + 12 <= second.time.hour else hour
            first = replace(first, time=first.time.replace(hour=later), meridiem_known=True)
        elif first.time and second.time and first.meridiem_known and not second.meridiem_known and second.time < first.time and second.time.hour < 12:
            second = replace(second, time=second.time.replace(hour=second.time.hour + 12))  # "noon to 2", "10am till 2": after the start
        elif first.time and second.time and not (first.meridiem_known or second.meridiem_known) and second.time.hour < first.time.hour % 12 + 12 * (first.time.hour == 12) and second.time.hour < 12:
            second = replace(second, time=second.time.replace(hour=second.time.hour + 12))  # "from 9 to 5": the end is after noon
        end = second.date
        if first.date and end and second.year_written and not first.year_written:  # "between 2 Jan and 22 Jan 2020"
            start = _same_year(first.date, end.year)
            first = replace(first, date=_same_year(first.date, end.year - 1) if start and start > end else start or first.date, year_written=True)
        if first.date and end and _bare_day(m.parts[0]) and not _bare_day(m.parts[1]):  # "the 13th to the 15th of July"
            first = replace(first, date=_same_month(end, first.date.day) or first.date)
        elif first.date and end and _bare_day(m.parts[1]):  # "March 13th till the 14th"
            end = _same_month(first.date, end.day) or end
            if end < first.date:  # "from the 28th to the 2nd": the 2nd of the month after
                end = _same_month(shift(first.date.replace(day=1), 1, "month"), end.day) or end
        if end and first.date and end < first.date and second.weekday is None and not second.year_written and _same_year(end, end.year + 1):
            end = _same_year(end, end.year + 1)  # "from May to September" said in December: the September after that May
        if end and first.date and end < first.date and second.weekday is not None:
            end += timedelta(days=7 * -(-(first.date - end).days // 7))  # "Monday to Friday" said on a Thursday: the Friday after that Monday
        return replace(first, end_date=end or first.date, end_time=second.time,
                       zone=first.zone or second.zone, offset=first.offset if first.offset is not None else second.offset,
                       abbreviation=first.abbreviation or second.abbreviation)
    if m.atom == "iso_datetime":
        return iso_datetime(m)
    if m.atom == "year_range":
        return Resolution(date=date(int(m.get("year")), 1, 1), end_date=date(int(m.get("year2")), 12, 31), year_written=True)
    if m.atom in ("day_range", "day_to_date"):
        if m.get("rel"):  # "4-22 this month", "from 4-23 in next month"
            rel = re.sub(r"\s+", " ", m.get("rel").lower())
            step = 0 if rel == "this" else -1 if rel in ("last", "the previous", "the past") else 1
            first_day = shift(today.replace(day=1), step, "month")
            month, year = first_day.month, first_day.year
        else:
            month = month_number(m.get("month") or m.get("month2"))
            year = year_of(m.get("year") or m.get("year2"), today)
        start, written = make_date(year, month, day_of(m.get("day0") or m.get("day02")) or 1, today)
        end, _ = make_date(year, month, day_of(m.get("day") or m.get("day2")) or 1, today)
        if start and end and start > end and m.get("month2"):  # "from December 28 to the 2nd": the last day is in the month after
            end = _same_month(shift(start.replace(day=1), 1, "month"), end.day) or end
        elif start and end and start > end:  # "from the 28th to 3 March": the first day is in the month before
            start = _same_month(shift(end.replace(day=1), -1, "month"), start.day) or start
        return Resolution(date=start, end_date=end, year_written=written)
    if m.atom in ("in_n", "n_from") and (m.get("count0") or m.get("count2") not in (None, "so")):  # "within 3-5 business days", "in a week or two"
        low, high = (replace(m, fields=tuple((k, v) for k, v in m.fields if k not in ("count0", "count2", "count")) + extra) for extra in (
            (("count", m.get("count0") or m.get("count")),), (("count", m.get("count2") or m.get("count")),)))
        ends = sorted(d for d in (relative_date(low, today), relative_date(high, today)) if d)  # "2-3 days ago": the earlier first
        return Resolution(date=ends[0], end_date=ends[-1]) if ends else Resolution()
    if m.atom in ("first_days", "nth_month", "nth_business_day", "period_end", "to_date"):
        return period_part(m, today)
    if m.atom == "quarter":
        return year_part(m, today)
    if m.atom in ("decade", "decade_words"):
        return decade(m, today)
    if m.atom == "season":
        get = m.get
        year = year_of(get("year") or get("year3"), today) if get("year") or get("year3") else today.year + {"next": 1, "last": -1}.get(get("which2").lower(), 0) if get("which2") else None
        return season(get("season") or get("season2") or get("season3") or get("season4") or get("season5"), year, (get("which") or "").lower(), today, (get("edge") or "").lower())
    if m.atom == "lasting":
        return _lasting(m, today, locale)
    if m.atom == "week_of":
        return _week_of(m, today, locale)
    if m.atom == "offset_date":  # "3 days after Christmas", "2 days before yesterday": counted from the day named
        base = resolve(m.parts[1], today, locale)
        return replace(base, date=relative_date(m.parts[0], base.date), weekday=None) if base.date else base
    if m.atom == "offset_time":  # "15 minutes before 3pm", "2 hours after noon": the time named, moved
        return _offset_time(m, today, locale)
    if m.atom == "day_after":  # "the day after Christmas", "the week before 3 March"
        base = resolve(m.parts[0], today, locale)
        step = (1 if m.get("dir") == "after" else -1) * (number_value(m.get("count") or "1") or 1)
        if base.date and m.get("unit") not in ("day", "week", "month", "fortnight"):  # "the Monday before Christmas"
            weekend = m.get("unit") == "weekend"  # "the weekend before Christmas": its Saturday and Sunday, both before it
            days = ((5 if weekend else weekday_number(m.get("unit"))) - base.date.weekday()) * step % 7 or 7
            day = base.date + timedelta(days=step * days)
            day -= timedelta(days=7) if weekend and step < 0 and day + timedelta(days=1) >= base.date else timedelta()
            return replace(base, date=day, end_date=day + timedelta(days=1) if weekend else None, weekday=None)
        return replace(base, date=shift(base.date, step, m.get("unit")), weekday=None) if base.date else base
    if m.atom == "of_year":  # "June next year", "the 5th of March next year"
        day, year = resolve(m.parts[0], today, locale), resolve(m.parts[1], today, locale).date
        moved = day.date and year and _same_year(day.date, year.year)
        return replace(day, date=moved, end_date=day.end_date and _same_year(day.end_date, year.year), year_written=True) if moved else day
    if m.atom == "which_date":  # "next 6th of April": the first after today; "last March 3rd": the last before today
        day, which = resolve(m.parts[0], today, locale), m.get("which")
        later = which == "next" or which.endswith("coming")
        if day.date and which != "this":
            year = today.year + (later and day.date.replace(year=2000) <= today.replace(year=2000)) - (
                not later and day.date.replace(year=2000) >= today.replace(year=2000))
            return replace(day, date=_same_year(day.date, year) or day.date)
        return replace(day, date=_same_year(day.date, today.year) or day.date) if day.date and which == "this" else day
    if m.atom == "relative_weekday" and m.parts[0].atom in ("in_n", "n_from", "offset_date"):  # "3 weeks after Christmas on Friday"
        return replace(resolve(m.parts[0], today, locale), weekday=weekday_number(m.parts[1].get("weekday")))
    if m.atom == "modified" and m.get("same_time"):  # "this time next week", "same time last year": today a week or a year on or back
        inner = m.parts[0]
        step = {"next": 1, "last": -1, "previous": -1, "past": -1}.get(inner.get("which").lower(), 0)
        unit = inner.get("unit").lower()
        return Resolution(date=today + timedelta(days=7 * step) if unit == "week" else shift(today, step, unit))
    if m.atom == "half_day":  # "Tuesday pm": the day, in the afternoon or the morning
        return resolve(m.parts[0], today, locale)
    if m.atom == "week_range":  # "Monday-Wednesday next week": the two weekdays of that week
        monday = relative_date(m.parts[1], today)
        days = [weekday_number(p.get("weekday")) for p in m.parts[0].parts]
        return Resolution(date=monday + timedelta(days=days[0]), end_date=monday + timedelta(days=days[1])) if monday else Resolution()
    if m.atom == "from_now":  # "between now and Friday": from today to the day named
        until = resolve(m.parts[0], today, locale)
        return Resolution(date=today, end_date=until.end_date or until.date or today, end_time=until.end_time or until.time,
                          meridiem_known=until.meridiem_known, zone=until.zone, offset=until.offset, abbreviation=until.abbreviation)
    if m.atom == "to_now":  # "from March to date": the March before today
        first = resolve(m.parts[0], today, locale)
        if first.date and first.date > today and not first.year_written:
            first = replace(first, date=first.date.replace(year=first.date.year - 1) if first.date.month != 2 or first.date.day != 29 else None)
        return replace(first, end_date=today)
    if m.parts:
        return _composite(m, today, locale)
    if m.kind == "date":
        return date_of(m, today, locale)
    if m.kind == "relative":
        return Resolution(date=relative_date(m, today))
    if m.kind == "time":
        return clock_time(m)
    if m.kind == "zone":
        return zone(m)
    return Resolution()


def _order_by_weekday(atoms: list[Mention], today: date, locale: str) -> str:
    """The order a numeric date is read in when its weekday fits only one ("Fri 4/12": 4 December 2026, a Friday)."""
    named = next((a for a in atoms if a.atom == "weekday"), None)
    numeric = next((a for a in atoms if a.atom == "numeric"), None)
    if named is None or numeric is None:
        return locale
    weekday = weekday_number(named.get("weekday"))
    fits = [order for order in ("en-US", "en-GB") if (date_of(numeric, today, order).date or today).weekday() == weekday
            and date_of(numeric, today, order).date is not None]
    return fits[0] if len(fits) == 1 else locale


def _numeric_order(m: Mention) -> str | None:
    """The order both ends of a range of numeric dates follow when one shows it ("21/12 until 4/1": day first)."""
    ends = [a for a in m.atoms() if a.atom == "numeric"]
    day_first = any(int(a.get("a")) > 12 for a in ends)
    month_first = any(int(a.get("b")) > 12 for a in ends)
    return None if len(ends) < 2 or day_first == month_first else "en-GB" if day_first else "en-US"


def _bare_day(m: Mention) -> bool:
    """"the 14th": a day of the month with no month."""
    return len(m.atoms()) == 1 and m.atoms()[0].atom in ("the_day", "on_day")


def _same_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _same_month(day: date, number: int) -> date | None:
    try:
        return day.replace(day=number)
    except ValueError:
        return None


def _lasting(m: Mention, today: date, locale: str) -> Resolution:
    """"for 2 hours from 2pm", "3 days starting next Monday": the start, and its end one period later."""
    period = m.parts[0]
    start = resolve(m.parts[1], today, locale) if len(m.parts) > 1 else Resolution(date=today)
    count_text = (period.get("count") or "1").lower()
    count = float(count_text) if count_text.replace(".", "", 1).isdigit() else number_value(count_text) or 1
    unit = (period.get("unit") or "day").lower()
    if unit.startswith(("min", "hour", "hr")):
        if start.time is None:
            return start
        began = datetime.combine(start.date or today, start.time)
        ended = began + timedelta(minutes=count * (1 if unit.startswith("min") else 60))
        return replace(start, end_date=ended.date() if start.date else None, end_time=ended.time())
    if start.date is None:
        return start
    return replace(start, end_date=shift(start.date, int(count), unit) - timedelta(days=1))


def _offset_time(m: Mention, today: date, locale: str) -> Resolution:
    base = resolve(m.parts[1], today, locale)
    count = (m.parts[0].get("count") or "").lower()
    number = (0.5 if count.startswith(("half", "1/2")) else 0.75 if count.startswith(("three", "3/4")) and ("quarter" in count or "/" in count)
              else 0.25 if "quarter" in count or count == "1/4" else number_value(count))
    if base.time is None or number is None:
        return base
    minutes = number * (1 if m.parts[0].get("unit").lower().startswith("min") else 60) * (-1 if m.parts[0].get("dir").lower() == "before" else 1)
    moved = datetime.combine(today, base.time) + timedelta(minutes=minutes)
    return replace(base, time=moved.time())


def _week_of(m: Mention, today: date, locale: str) -> Resolution:
    """"the week of 3 March" (Monday to Sunday), "the week commencing 3 March", "the week ending 18 December", "the weekend
    of Halloween"."""
    inner = resolve(m.parts[0], today, locale)
    day = inner.date
    if day is None:
        return inner
    if m.get("unit") == "weekend":
        saturday = day - timedelta(days=day.weekday() - 5) if day.weekday() >= 5 else day + timedelta(days=5 - day.weekday())
        return replace(inner, date=saturday, end_date=saturday + timedelta(days=1))
    start = day - timedelta(days=day.weekday()) if m.get("how") == "of" else day - timedelta(days=6) if m.get("how") == "ending" else day
    return replace(inner, date=start, end_date=start + timedelta(days=6))


def _composite(m: Mention, today: date, locale: str) -> Resolution:
    """A joined mention: the day from its date part, the time from its time part, and so on."""
    ranged = next((p for p in m.parts if p.kind == "range"), None)
    result = resolve(ranged, today, locale) if ranged else Resolution()
    other = next((p for p in m.parts if p.kind == "range" and p is not ranged), None)
    if other:  # "Mon - Fri, 9am - 5pm", "9am - 5pm, Mon - Fri": one range gives the days, the other the hours
        second = resolve(other, today, locale)
        if second.time:
            result = replace(result, time=second.time, end_time=second.end_time, meridiem_known=second.meridiem_known)
        if second.date:
            result = replace(result, date=second.date, end_date=second.end_date, year_written=second.year_written)
    atoms = [a for p in m.parts if p is not ranged for a in ((p,) if p.atom == "offset_time" else p.atoms())]
    locale = _order_by_weekday(atoms, today, locale)
    settles = [a for a in atoms if a.atom == "part_of_day" and (a.get("part") or "").lower() != "daytime" and not a.get("hours")
               or a.atom == "named_time" and (a.get("named") or "").lower().startswith("first")
               or a.atom == "this_next" and (a.get("unit") or "").lower().startswith(("morning", "afternoon", "evening", "night"))
               or a.atom == "today" and (a.get("word") or "").lower().endswith(("tonight", "tonite"))]
    for atom in atoms:
        found = resolve(atom, today, locale)
        if len(atoms) > 1 and (atom.atom == "today" and atom.get("word").lower() in ("eod", "cob") or atom.atom == "end_of"
                               and atom.get("unit").lower() in ("day", "business", "play")):
            found = replace(found, date=None)  # "COB Friday", "end of day tomorrow": the day is the one named
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
    named = next((a for a in atoms if a.atom == "named_time" and a.get("named").lower().startswith(("noon", "midday", "midnight", "lunch"))), None)
    if named and result.time and not result.meridiem_known:  # "12 o'clock midnight", "lunchtime 1 o'clock"
        night = named.get("named").lower() == "midnight"
        hour = result.time.hour % 12 + (0 if night else 12 if result.time.hour % 12 < 3 else 0)
        result = replace(result, time=result.time.replace(hour=hour), meridiem_known=True)
    weeks = [a for a in atoms if a.kind == "relative" and (a.get("unit") or "").lower().startswith("week")]
    if result.weekday is not None and weeks and result.date:
        monday = result.date - timedelta(days=result.date.weekday())  # "Friday next week"
        result = replace(result, date=monday + timedelta(days=result.weekday))
    if settles and result.time and not result.meridiem_known:  # "at 5 this afternoon", "between 2 and 4 in the afternoon"
        parts = [(a.get("part") or a.get("part3") or a.get("unit") or a.get("word") or "").lower() for a in settles]
        pm = any(p in part for part in parts for p in _PM_PARTS)
        night = any(p in part for part in parts for p in _NIGHT_PARTS)  # "tonight at 12" is midnight, as "midnight tonight" is
        later = (lambda t: t.replace(hour=t.hour + 12) if pm and t.hour < 12 else t.replace(hour=0) if night and t.hour == 12 else t)
        result = replace(result, time=later(result.time), end_time=result.end_time and later(result.end_time), meridiem_known=True)
    return result


def _weekday_date(result: Resolution, today: date) -> date | None:
    return today + timedelta(days=(result.weekday - today.weekday()) % 7) if result.weekday is not None else None
