"""Words around a joined mention that belong to it: "the week of 3 March", "the day after Christmas", "a week
today", "from March to date", "for 3 days from today", "Tuesday pm", "no later than Friday", "3 pm or later".

``extract.parse_line`` joins atoms into mentions; ``widen`` then takes in the words on either side that are
part of the expression (or, after "at the", leaves out the preposition: "at the end of 2000").
"""

from __future__ import annotations

import re

from .lexicon import WEEKDAY_FULL
from .mention import DATED, Mention, day_grain

_RANGE_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
# Words that belong to the expression ("after 3 pm", "no later than Friday", "towards the end of June", "3 pm or later",
# "by Monday at the latest", "3pm approximately"); "or after", "and before" only where the clause ends ("3 March or after."): in
# "on 12/3 or after 5pm", "Monday and after that we ship" the word opens what follows.
_PREFIX = re.compile(r"\b(?:no\s+(?:later|earlier|sooner)\s+than|(?:on|at|in)\s+or\s+(?:before|after|around|about|(?:later|earlier)\s+than)|"
                     r"(?:before|after|(?:later|earlier)\s+than)\s+or\s+(?:on|at|in)|(?:un)?till?|towards?|(?:this|(?:the\s+)?same)\s+time|(?:later|earlier|sooner)\s+than|as\s+(?:early|late)\s+as|any\s*time\s+(?:from|after|before)|"
                     r"(?:beginning|starting)(?:\s+(?:on|from|with))?|prior\s+to|in\s+advance\s+of|(?:before|after|by|until|till|since)\s+(?:around|about|approximately)|after|before|since|by|around|circa|(?<!\bhow\s)(?<!\bwhat\s)about|approximately|(?<=\bat\s)(?:exactly|precisely)|within)\s+(?:the\s+)?$", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?:(?:or|and)\s+(?:later|earlier|(?<=or\s)sooner|(?:after|before)(?=\s*(?:[.,;:!?)]|$)))|or\s+so|or\s+thereabouts|onwards?|approximately(?!\s+\d))\b(?!\s+than\b)|,?\s+at\s+the\s+(?:latest|earliest)\b|(?<=\d)-?ish\b|(?<=[\dmk])\s+on\s+the\s+dot\b", re.IGNORECASE)
# "this time next week", "same time next month": today's date a week or a month on
_SAME_TIME = re.compile(r"(?:this|(?:the\s+)?same)\s+time\s+$", re.IGNORECASE)
# "the week of 3 March", "the week commencing February 4", "the week ending 18 December", "w/e 18/12", "the weekend of Halloween"
_WEEK_OF = re.compile(r"\b(?:the\s+)?(?P<unit>week(?:end)?)\s+(?P<how>of|commencing|starting|beginning|ending)(?:\s+(?:on|from))?\s+$|\bw/(?P<we>[ce])\s+$", re.IGNORECASE)
# "between Jan 2019 and now", "from March to date", "from 2010-01-01 till current date"
_TO_NOW = re.compile(r"\s*(?:-|–|to|till|til|until|through|thru|and)\s+(?:now|date|the\s+present(?:\s+day)?|(?:the\s+)?current\s+date|present)\b", re.IGNORECASE)
# "between now and Friday", "from now until the end of the month"
_FROM_NOW = re.compile(r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|til|to|through|thru))\s+$", re.IGNORECASE)
# "the day after Christmas", "the week before 3 March", "the Monday before Christmas", "the weekend after the 14th"
_DAY_AFTER = re.compile(rf"\bthe\s+(?P<unit>day|week(?:end)?|month|{WEEKDAY_FULL})\s+(?P<dir>after|before)\s+$|\b(?P<count>an?|one|two|three|four|[1-4])\s+(?P<unit2>week|fortnight)s?\s+(?:on\s+)?$", re.IGNORECASE)
# "at the end of 2000": "at the" is the preposition
_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_THE_EDGE = re.compile(r"the\s+(?=(?:end|beginning|start|middle)\s+of\b)", re.IGNORECASE)
# "Tuesday pm", "tomorrow am", "Tue 8th pm": half a day ("am" only before punctuation or "or"/"to"/"and", where it is no verb)
_HALF_DAY = re.compile(r"\s+(?:(?P<pm>p\.m\.?|pm)(?!\w)|(?P<am>a\.m\.?(?!\w)|am(?=\s*(?:[,.;:!?)]|$|or\b|and\b|to\b|-|–))))", re.IGNORECASE)
# "Monday week", "Tuesday fortnight" (British): a week or a fortnight after the day
_WEEK_ON = re.compile(r"\s+(?P<unit>week|fortnight)\b(?!\s*(?:of\b|\d|[-–]))", re.IGNORECASE)
# "Friday lunch", "tomorrow breakfast" (with "at", "lunchtime" is a time atom of its own)
_MEAL = re.compile(r"\s+(?P<meal>lunch|breakfast|dinner)\b(?!\s+(?:meeting|menu|break|order|box|date|party|with\b))", re.IGNORECASE)
# "early tomorrow", "late Friday afternoon", "late tonight", "by mid-Friday", "mid today"; "late" is no adjective here ("the late Friday
# reply", "running late today")
_EARLY = re.compile(r"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                    r"(?<!\bbeing\s)(?<!\btoo\s)(?<!\bso\s)(?<!\bvery\s)(?<!\brunning\s)(?<!['’]s\s)(?<!['’]re\s)(?<!['’]m\s)(?<!minutes\s)(?<!hours\s)(early|late|mid)(?:\s+|(?<=mid)-)$", re.IGNORECASE)
_DAY_PART = re.compile(rf"morning|afternoon|evening|night|{WEEKDAY_FULL}", re.IGNORECASE)
# "next Monday the 7th", "next 6th of April", "this 12/5": the longer date won the overlap, the word before it still belongs to it
_WHICH = re.compile(r"\b(?P<which>this|next|coming|last|this\s+coming|this\s+past)\s+$", re.IGNORECASE)


def widen(m: Mention, line: str) -> Mention:
    """``m`` with the words around it that belong to it (after ``around``)."""
    before = line[max(0, m.start - 24) : m.start]
    opens = _RANGE_START.search(before) if m.kind == "range" else None
    if opens:  # "from tomorrow 9am to 5pm": the range's "from" stands before its day
        m = Mention(m.start - len(before) + opens.start(), m.end, "range", "modified", (), (m,))
        before = line[max(0, m.start - 24) : m.start]
    half = _HALF_DAY.match(line, m.end) if m.kind in DATED and m.atoms()[-1].atom in ("today", "weekday", "this_next", "weekday_day") and day_grain(m) else None
    if half:
        m = Mention(m.start, half.end(), "datetime", "half_day", (("half", "pm" if half.group("pm") else "am"),), (m,))
    edge = _THE_EDGE.match(line, m.start) if m.kind in DATED and _AT.search(before) else None
    if edge:  # "at the end of 2000": "at the" is the preposition, the span is "end of 2000"
        m = Mention(edge.end(), m.end, m.kind, "modified", (), (m,))
    first = m.atoms()[0]
    early = _EARLY.search(before) if (first.atom in ("weekday", "today") and not (first.get("word") or "").lower().startswith(("later", "earlier")) or first.atom == "this_next" and _DAY_PART.match(
        first.get("unit") or "")) else None
    if early:  # "early tomorrow", "late Friday afternoon", "late tonight", "late last night": the start or the end of that day
        m = Mention(m.start - len(before) + early.start(), m.end, m.kind, "modified", (("edge", early.group(1).lower()),), (m,))
        before = line[max(0, m.start - 24) : m.start]
    if m.kind not in ("zone", "duration", "set"):
        prefix, suffix = _PREFIX.search(before), _SUFFIX.match(line, m.end)
        if prefix and prefix.group().lower().startswith("about") and all(a.kind != "time" for a in m.atoms()):
            prefix = None  # "about 3pm", but "we spoke about Friday"
        if prefix or suffix:
            start = m.start - len(before) + prefix.start() if prefix else m.start
            same = prefix and _SAME_TIME.match(prefix.group()) and m.atom == "this_next" and (m.get("unit") or "").lower() in ("week", "month", "year")
            m = Mention(start, suffix.end() if suffix else m.end, m.kind, "modified", (("same_time", "1"),) if same else (), (m,))
    return m


def which_date(m: Mention, line: str, start: int = 0) -> Mention | None:
    """``m`` with the "this", "next" or "last" just before it (after ``start``), where that word picks the date: "next Monday the
    7th"; "next 6th of April", "last March 3rd", "this 12/5": the first after, or the last before, today."""
    if not (m.atom == "weekday_day" or m.atom in ("day_month", "month_day", "numeric") and not m.get("year")):
        return None
    before = line[max(start, m.start - 24) : m.start]
    which = _WHICH.search(before)
    if not which:
        return None
    fields = (("which", which.group("which").lower()),) if m.atom != "weekday_day" else ()
    return Mention(m.start - len(before) + which.start(), m.end, m.kind, "which_date" if fields else "modified", fields, (m,))


def around(m: Mention, line: str) -> Mention:
    """A dated mention with the words that make it a new expression: "for 3 days from today", "the day after
    Christmas", "a week today", "next Monday the 7th", "the week of 3 March", "from March to date", "between now and Friday"."""
    before = line[max(0, m.start - 40) : m.start]
    for_ = _FOR.search(before) if m.atom == "n_from" and m.get("dir").lower().startswith("from ") else None
    if for_:  # "for 3 days from today"
        return Mention(m.start - len(before) + for_.start(), m.end, "range", "lasting", (), (m,))
    after = _DAY_AFTER.search(before) if m.kind in DATED and not m.has_time else None
    if after and (after.group("unit") or m.atoms()[0].atom in ("weekday", "today")):  # "a week on Friday", "two weeks today"
        fields = (("unit", (after.group("unit") or after.group("unit2")).lower()), ("dir", (after.group("dir") or "after").lower()),
                  ("count", after.group("count") or "1"))
        return Mention(m.start - len(before) + after.start(), m.end, "date", "day_after", fields, (m,))
    week = _WEEK_ON.match(line, m.end) if not m.parts and (m.atom == "weekday" or m.atom == "today" and m.get("word").lower() in ("today", "tomorrow")) else None
    if week:  # "Monday week", "Tuesday fortnight", "tomorrow week": a week or two after that day
        return Mention(m.start, week.end(), "date", "day_after", (("unit", week.group("unit").lower()), ("dir", "after")), (m,))
    which = which_date(m, line)
    if which is not None:
        return which
    now = _FROM_NOW.search(before)
    if now:
        return Mention(m.start - len(before) + now.start(), m.end, "range", "from_now", (), (m,))
    week = _WEEK_OF.search(before) if m.kind in DATED and not m.has_time else None
    if week:
        how = week.group("how") or ("ending" if (week.group("we") or "c").lower() == "e" else "commencing")
        fields = (("unit", (week.group("unit") or "week").lower()), ("how", how.lower()))
        return Mention(m.start - len(before) + week.start(), m.end, "range", "week_of", fields, (m,))
    meal = _MEAL.match(line, m.end) if m.kind in DATED and not m.has_time and day_grain(m) else None
    if meal:  # "Friday lunch", "tomorrow breakfast": the day at that meal
        at = Mention(meal.start("meal"), meal.end(), "time", "named_time", (("named", meal.group("meal").lower()),))
        return Mention(m.start, meal.end(), "datetime", "datetime", (), (m, at))
    to_now = _TO_NOW.match(line, m.end) if m.kind in DATED or m.atom == "datetime" else None
    start = _RANGE_START.search(before) if to_now else None
    if start and ("and" not in to_now.group().lower() or _BETWEEN.search(before)):
        return Mention(m.start - len(before) + start.start(), to_now.end(), "range", "to_now", (), (m,))
    return m
