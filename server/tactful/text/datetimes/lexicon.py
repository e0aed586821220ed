"""Words of the date/time grammar: weekdays, months, number words, zones, cities.

Regex fragments here are pieces of the patterns in ``grammar.py``; the tables are what
``resolve.py`` reads values from.
"""

from __future__ import annotations

import re
import zoneinfo
from functools import lru_cache
from importlib import resources

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")

# Abbreviations that are also English words ("sat", "wed", "sun", "mar") count only capitalised.
WEEKDAY = (r"(?:mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:rs?|rsday)?s?|fri(?:day)?s?|"
           r"saturdays?|sundays?|(?-i:Sat|Sun))")
WEEKDAY_FULL = r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)"
# An abbreviation's dot where the expression goes on after it, before a lower-case word, a digit or a dash ("Mon. 3-5pm",
# "next Fri. afternoon", "14 Jan. 2027", "from 2 Jan. to 10 July"); before a capital or at a clause end ("on Fri.") it is a
# full stop and stays out. The lookbehinds take only the abbreviations (three letters after a word start, "Tues", "Thur(s)", "Sept").
_DOT_GOES_ON = r"\.(?=\s+(?-i:[a-z\d])|\s*[-–])"
WEEKDAY_DOT = rf"(?:(?:(?<=\b[A-Za-z]{{3}})|(?<=\bTues)|(?<=\bThur)|(?<=\bThurs)){_DOT_GOES_ON})?"
MONTH_DOT = rf"(?:(?:(?<=\b[A-Za-z]{{3}})|(?<=\bSept)){_DOT_GOES_ON})?"
# Inside a written date ("5 march", "may 5") any month name is a month.
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A month on its own: "may" and "march" are verbs unless capitalised (and "May I", "May we" still are); "Mar" only
# after a preposition or "this"/"next"/"last" ("Mar" opening a sentence is the verb).
MONTH_ALONE = (r"(?:january|february|(?-i:March|May(?!\s+(?:I|we|you|he|she|they|it|this|that|not|also)\b))|april|june|july|august|september|october|"
               r"november|december|(?-i:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|"
               r"(?:(?<=\bin\s)|(?<=\bthis\s)|(?<=\bnext\s)|(?<=\blast\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bsince\s))(?-i:Mar))")

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth")

_UNIT = "|".join(UNITS)
NUMBER_WORD = (rf"(?:(?:twenty|thirty|forty|fifty)(?:[- ]?(?:{_UNIT}))?|{'|'.join(TEENS)}|{_UNIT})")
HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
ORDINAL_WORD = (rf"(?:(?:twenty|thirty)[- ]?(?:{'|'.join(ORDINAL_UNITS)})|twentieth|thirtieth|"
                rf"{'|'.join(ORDINAL_TEENS)}|{'|'.join(ORDINAL_UNITS)})")
COUNT = rf"(?:[13]/4(?=\s)|1/2(?=\s)|\d+(?:\.\d+)?|{NUMBER_WORD}|an?|a couple(?: of)?|couple of|a few|few|several|half an?|(?:a\s+)?quarter\s+of\s+an?|three[\s-]quarters\s+of\s+an?)"


# Short ways of writing a unit ("next yr", "in 2 wks", "this week-end"), read as the unit itself
UNIT_ALIASES = {"h": "hour", "wk": "week", "wks": "weeks", "yr": "year", "yrs": "years", "week-end": "weekend", "week-ends": "weekends",
                "wkend": "weekend", "wkends": "weekends", "wknd": "weekend", "wknds": "weekends", "qtr": "quarter", "qtrs": "quarters"}


def number_value(word: str) -> int | None:
    """"twenty-four" -> 24, "7" -> 7, "a" -> 1; ordinals too ("thirty first" -> 31)."""
    word = word.lower().strip().replace("-", " ")
    if word.isdigit():
        return int(word)
    if word in ("a", "an", "one"):
        return 1
    if word in ("a couple of", "couple of", "a couple"):
        return 2
    if word in ("a few", "few", "several"):
        return 3
    total = 0
    for part in word.split():
        if part in TENS:
            total += TENS[part]
        elif part in UNITS:
            total += UNITS.index(part) + 1
        elif part in TEENS:
            total += TEENS.index(part) + 10
        elif part in ORDINAL_UNITS:
            total += ORDINAL_UNITS.index(part) + 1
        elif part in ORDINAL_TEENS:
            total += ORDINAL_TEENS.index(part) + 10
        elif part in ("twentieth", "thirtieth"):
            total += 20 if part == "twentieth" else 30
        else:
            return None
    return total or None


def month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name.lower()[:3]))


def weekday_number(name: str) -> int:
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(name.lower()[:3]))


# Zone abbreviations -> IANA zone (for the season) and fixed offset in minutes, or None when the
# abbreviation names a zone with daylight saving (ET, PT) whose offset depends on the date.
ZONE_ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "UTC": ("UTC", 0), "GMT": ("Europe/London", 0), "Z": ("UTC", 0),
    "ET": ("America/New_York", None), "EST": ("America/New_York", -300), "EDT": ("America/New_York", -240),
    "CT": ("America/Chicago", None), "CST": ("America/Chicago", -360), "CDT": ("America/Chicago", -300),
    "MT": ("America/Denver", None), "MST": ("America/Denver", -420), "MDT": ("America/Denver", -360),
    "PT": ("America/Los_Angeles", None), "PST": ("America/Los_Angeles", -480), "PDT": ("America/Los_Angeles", -420),
    "AKST": ("America/Anchorage", -540), "AKDT": ("America/Anchorage", -480), "HST": ("Pacific/Honolulu", -600), "HDT": ("America/Adak", -540),
    "BST": ("Europe/London", 60), "IST": ("Asia/Kolkata", 330),
    "WET": ("Europe/Lisbon", 0), "WEST": ("Europe/Lisbon", 60),
    "CET": ("Europe/Paris", 60), "CEST": ("Europe/Paris", 120),
    "EET": ("Europe/Athens", 120), "EEST": ("Europe/Athens", 180), "MSK": ("Europe/Moscow", 180),
    "AEST": ("Australia/Sydney", 600), "AEDT": ("Australia/Sydney", 660),
    "ACST": ("Australia/Adelaide", 570), "ACDT": ("Australia/Adelaide", 630), "AWST": ("Australia/Perth", 480),
    "NZST": ("Pacific/Auckland", 720), "NZDT": ("Pacific/Auckland", 780), "NZT": ("Pacific/Auckland", None), "AET": ("Australia/Sydney", None),
    "JST": ("Asia/Tokyo", 540), "KST": ("Asia/Seoul", 540), "HKT": ("Asia/Hong_Kong", 480),
    "SGT": ("Asia/Singapore", 480), "SAST": ("Africa/Johannesburg", 120),
    "GST": ("Asia/Dubai", 240), "PKT": ("Asia/Karachi", 300), "ICT": ("Asia/Bangkok", 420), "PHT": ("Asia/Manila", 480),
    "MYT": ("Asia/Kuala_Lumpur", 480), "EAT": ("Africa/Nairobi", 180), "CAT": ("Africa/Maputo", 120), "WAT": ("Africa/Lagos", 60),
    "NST": ("America/St_Johns", -210), "NDT": ("America/St_Johns", -150), "BRT": ("America/Sao_Paulo", -180),
}
# Holidays on the same day every year beyond the grammar's first few, keyed by ``holiday_key`` ("St. Patrick's Day" -> "st patricks")
FIXED_HOLIDAY_DAYS = {"st patricks": (3, 17), "st georges": (4, 23), "st andrews": (11, 30), "st davids": (3, 1), "april fools": (4, 1),
                      "cinco de mayo": (5, 5), "may": (5, 1), "groundhog": (2, 2), "bastille": (7, 14), "guy fawkes": (11, 5),
                      "bonfire": (11, 5), "all saints": (11, 1), "all souls": (11, 2), "veterans": (11, 11), "remembrance": (11, 11),
                      "armistice": (11, 11), "womens": (3, 8), "international womens": (3, 8), "canada": (7, 1), "australia": (1, 26),
                      "juneteenth": (6, 19), "earth": (4, 22), "workers": (5, 1), "international workers": (5, 1),
                      "new year": (1, 1), "new year eve": (12, 31), "singles": (11, 11), "inauguration": (1, 20)}
# Holidays on the nth weekday of a month (-1: the last), as the US keeps them: (month, weekday with Monday 0, nth)
NTH_WEEKDAY_HOLIDAYS = {"mlk": (1, 0, 3), "martin luther king": (1, 0, 3), "martin luther king jr": (1, 0, 3), "martin luther kings": (1, 0, 3),
                        "mlk jr": (1, 0, 3), "presidents": (2, 0, 3), "washingtons birthday": (2, 0, 3), "memorial": (5, 0, -1),
                        "labor": (9, 0, 1), "labour": (9, 0, 1), "columbus": (10, 0, 2), "indigenous peoples": (10, 0, 2),
                        "thanksgiving": (11, 3, 4), "thanks giving": (11, 3, 4), "mothers": (5, 6, 2), "fathers": (6, 6, 3),
                        "arbor": (4, 4, -1), "arbour": (4, 4, -1), "canberra": (3, 0, 2)}
CANADIAN_THANKSGIVING = (10, 0, 2)
# Days after Thanksgiving (US)
AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
# Holidays counted in days from Easter Sunday (Mothering Sunday is the UK's and Ireland's Mother's Day)
EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7, "ash wednesday": -46,
                  "mothering sunday": -21, "mardi gras": -47, "shrove tuesday": -47, "pancake": -47, "maundy thursday": -3, "holy thursday": -3,
                  "holy saturday": -1, "easter saturday": -1, "clean monday": -48, "ascension": 39, "pentecost": 49, "pentecost sunday": 49,
                  "whit sunday": 49, "whitsunday": 49, "whitsun": 49, "whit monday": 50, "whitmonday": 50, "trinity sunday": 56}


def holiday_key(name: str) -> str:
    """A holiday's name without case, apostrophes, dots or a closing "day"/"night": "Saint Patrick's Day" -> "st patricks"."""
    key = re.sub(r"\s+", " ", re.sub(r"[’'.,]", "", name.lower()))
    return re.sub(r"\s+(?:day|night)$", "", re.sub(r"^saint\b", "st", key))


# Short ones that are also other things (CT, MT, PT, Z, IST, GST...) count only right after a time.
ZONE_AFTER_TIME_ONLY = frozenset({"ET", "CT", "MT", "PT", "Z", "IST", "WET", "WEST", "GST", "ICT", "EAT", "CAT", "WAT"})  # "incl. GST", "ICT team", "CAT scan"

ZONE_NAMES: dict[str, str] = {
    "pacific": "America/Los_Angeles", "eastern": "America/New_York", "central": "America/Chicago",
    "east coast": "America/New_York", "west coast": "America/Los_Angeles",
    "mountain": "America/Denver", "atlantic": "America/Halifax", "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu", "greenwich mean": "Europe/London", "british summer": "Europe/London",
    "central european": "Europe/Paris", "central european summer": "Europe/Paris",
    "eastern european": "Europe/Athens", "western european": "Europe/Lisbon",
    "australian eastern": "Australia/Sydney", "indian": "Asia/Kolkata", "india": "Asia/Kolkata",
    "japan": "Asia/Tokyo", "china": "Asia/Shanghai", "singapore": "Asia/Singapore",
    "coordinated universal": "UTC", "universal": "UTC",
}


_ZONE_AREAS = frozenset({"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"})
_NOT_PLACES = frozenset({"christmas", "easter", "norfolk", "center", "wake", "midway", "stanley", "knox", "march", "reunion", "mayotte"})
"""Time-zone cities that are also common words or other places ("back home in Norfolk" is England, not Pacific/Norfolk)."""


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """Place name (lower case) -> IANA zone: ``cities.txt`` beside this module (cities, countries and regions people
    write), then the city of every zone in the time-zone database ("Kathmandu", "Pago Pago", "Colombo") not named there."""
    table = {}
    text = resources.files(__package__).joinpath("cities.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=>" in line:
            names, zone = line.split("=>")
            for name in names.split("|"):
                table[name.strip().lower()] = zone.strip()
    for zone in sorted(zoneinfo.available_timezones()):
        parts = zone.split("/")
        city = parts[-1].replace("_", " ").lower()
        if len(parts) == 2 and parts[0] in _ZONE_AREAS and city not in _NOT_PLACES:
            table.setdefault(city, zone)
    return table
