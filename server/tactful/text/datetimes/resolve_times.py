"""Clock times ("4:15 pm", "half past eight", "eleven twenty", "noon") and zones ("PT", "UTC+2", "London time")."""

from __future__ import annotations

import re
from datetime import date, time

from .lexicon import ZONE_ABBREVIATIONS, ZONE_NAMES, cities, number_value
from .mention import Mention
from .resolution import Resolution

__all__ = ["clock_time", "iso_datetime", "zone"]


def clock_time(m: Mention) -> Resolution:
    get = m.get
    mer = (get("mer") or get("omer") or "").lower()  # "3 o'clock pm": am/pm after "o'clock"
    if m.atom == "named_time":
        named = re.sub(r"^(?:12|twelve|at|after|before|around|by|over|during|the)\s+|(?<=^mid)[\s-]|-(?=ish$)", "", get("named").lower())
        if named.startswith(("noon", "midday", "lunch")):
            return Resolution(time=time(12))
        if named == "midnight":
            return Resolution(time=time(0))
        if named.startswith(("close", "first", "eod", "breakfast", "brunch", "dinner", "supper", "start", "open")):
            hours = {"close": 17, "eod": 17, "first": 9, "breakfast": 8, "brunch": 11, "dinner": 19, "supper": 19, "start": 9, "open": 9}
            return Resolution(time=time(next(h for k, h in hours.items() if named.startswith(k))))
        hour = int(named[:-3])
        return Resolution(time=time(hour % 24), meridiem_known=hour > 12)
    if m.atom == "part_of_day":
        return Resolution(meridiem_known=True)
    if m.atom in ("hhmm", "h_clock"):  # "0730", "1400 hrs", "17h30": 24-hour
        hour, minute, second, known = int(get("hour")), int(get("minute") or get("minute2") or 0), 0, True
    elif m.atom in ("clock", "compact"):
        hour, minute = int(get("hour")), int(get("minute") or 0)
        second = int(get("second") or 0)
        known = bool(mer) or hour == 0 or hour > 12 or get("hour").startswith("0") and bool(get("minute"))
    elif m.atom in ("word_time", "word_hour"):
        hour = number_value(get("hourw") or get("hourw2") or get("hourw3") or get("hourw4") or get("hourw5")) or 0
        minute_word = (get("minutew") or get("minutew2") or "").lower()
        mer = (get("mer") or get("mer2") or get("omer") or "").replace(" ", "").lower()
        minute = 0 if not minute_word or "clock" in minute_word else number_value(re.sub(r"^o[h'’]?[\s-]", "", minute_word)) or 0
        second, known = 0, bool(mer)
    elif m.atom == "half_hour":  # "half three": 3:30
        hour, minute, second, known = number_value(get("hourh")) or 0, 30, 0, False
    else:  # past_to
        hourp = get("hourp").lower()
        hour = 12 if hourp == "noon" else 0 if hourp == "midnight" else number_value(hourp) or 0
        words = (get("minutes") or get("minutes2")).lower()
        minute = 30 if words == "half" else 45 if words.startswith("three") and "quarter" in words else 15 if "quarter" in words else number_value(words.split()[0]) or 0
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


def iso_datetime(m: Mention) -> Resolution:
    """"2026-12-05T15:00:00Z": the day, the 24-hour time and, when written, its offset from UTC."""
    get = m.get
    try:
        day = date(int(get("year")), int(get("month")), int(get("day")))
    except ValueError:
        return Resolution()
    clock = time(int(get("hour")), int(get("minute")), int(get("second") or 0))
    if get("utc"):
        return Resolution(date=day, time=clock, zone="UTC", offset=0, abbreviation="Z", year_written=True)
    if get("sign"):
        minutes = (int(get("oh")) * 60 + int(get("om"))) * (-1 if get("sign") == "-" else 1)
        return Resolution(date=day, time=clock, offset=minutes, year_written=True)
    return Resolution(date=day, time=clock, year_written=True)


def zone(m: Mention) -> Resolution:
    get = m.get
    if m.atom == "offset":
        if not get("sign"):
            return Resolution(zone="UTC", offset=0, abbreviation=get("base").upper())
        minutes = int(get("oh")) * 60 + int(get("om") or 0)
        minutes = -minutes if get("sign") in "-−" else minutes
        return Resolution(offset=minutes, abbreviation=get("base").upper())
    if m.atom in ("abbreviation", "abbreviation_lower"):
        zone, offset = ZONE_ABBREVIATIONS[get("abbr").upper()]
        return Resolution(zone=zone, offset=offset, abbreviation=get("abbr").upper())
    if m.atom == "zone_word":
        return Resolution(zone=ZONE_NAMES.get(get("name").lower()))
    if m.atom == "zone_name":
        if get("whose"):
            return Resolution(zone="recipient" if get("whose").lower() in ("your", "the customer's", "the customer’s") else "writer")
        key = re.sub(r"\s+", " ", get("name").lower())
        return Resolution(zone=ZONE_NAMES.get(key) or ZONE_NAMES.get(key.rstrip("n")))
    name = re.sub(r"\s+", " ", (get("city") or get("city2") or "").lower())
    return Resolution(zone=cities().get(name))
