"""The atoms of the date/time grammar: one regex per kind of mention, matched case-insensitively.

Atoms are the smallest mentions ("3 December 2026", "4:15 pm", "tomorrow", "PT"); ``extract.py``
joins neighbours into datetimes, ranges and zoned times. Named groups carry the values that
``resolve.py`` reads. Hard cases from the dependencies notes are kept out here: "We" is not
Wednesday, "sat"/"wed"/"sun"/"may"/"march" count only capitalised or inside a date, and a number
needs am/pm, a minute, "o'clock" or a cue word ("at 7") to be a time.
"""

from __future__ import annotations

import re

from .lexicon import (
    COUNT,
    HOUR_WORD,
    MONTH,
    MONTH_ALONE,
    MONTH_DOT,
    NUMBER_WORD,
    ORDINAL_TEENS,
    ORDINAL_UNITS,
    ORDINAL_WORD,
    TEENS,
    UNITS,
    WEEKDAY,
    WEEKDAY_DOT,
    WEEKDAY_FULL,
    ZONE_ABBREVIATIONS,
)

_I = re.IGNORECASE
MERIDIEM = r"(?:[ap]\.\s?m\.?|[ap]\s\.\s?m(?:\s\.)?|[ap]\s?m\b|(?<=\d)[ap]\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_DAYNUM = rf"(?:{_DAY}{_ORD}?(?![\d:]))"
_YEAR = r"(?:(?:19|20)\d\d(?!\d)|'\d\d\b)"
_PART = r"(?:morning|afternoon|evening|night)s?"
ORDINAL_UNIT = "|".join(ORDINAL_UNITS)
ORDINAL_TEEN = "|".join(ORDINAL_TEENS)
_NOUN_AFTER_NUMBER = r"(?:dollar|pound|euro|cent|percent|people|person|year|day|week|month|hour|minute|time|item|unit|mile|page)s?\b"
_CUE = r"(?:at|around|about|by|until|untill|till|til|from|between|before|after|circa|approximately|approx\.?)"

# name -> (kind, pattern, gates): the pattern runs only on lines that open all its gates, each with one of
# its strings or, for DIGIT, a digit; a gate of letters opens only at a word start (``gates.py``). Each
# gate holds a word every match must have ("on the 5th" has "on " and a day), so a new line's scan costs
# a fraction of running every pattern.
ATOMS: dict[str, tuple[str, re.Pattern[str], tuple[tuple[str, ...] | None, ...]]] = {}
DIGIT = None
DIGITS = tuple("0123456789")  # any one of them opens on any digit, as DIGIT does
YEARS = ("19", "20")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
RELATIVE = ("this", "next", "last", "coming", "following", "previous", "past", "upcoming", "current")
# A day of the month in digits or an ordinal in words ("twenty" for "twenty-first")
DAY = (*DIGITS, "twenty", "thirty", "twentieth", "thirtieth", *ORDINAL_TEENS, *ORDINAL_UNITS)
UNITS_OF_TIME = ("min", "hour", "hr", "day", "night", "week", "wk", "fortnight", "month", "quarter", "year", "yr", "decade")
GLUED_UNITS = tuple(f"{d}{u}" for d in DIGITS for u in ("h", "min"))  # "24h", "48hrs", "30min": a unit gate that begins no word


def _atom(name: str, kind: str, pattern: str, flags: int = _I, needs: tuple[str, ...] | None = (),
          also: tuple[tuple[str, ...] | None, ...] = ()) -> None:
    ATOMS[name] = (kind, re.compile(pattern, flags), (needs, *also))


# -- dates -------------------------------------------------------------------------------------
# (a day with a dot, as German and Nordic writers put it, only before a month and a year: "16. Nov. 2026", "on 3. May 2027")
_atom("day_month", "date", rf"(?<![$£€\d.,])\b(?:the\s+)?(?P<day>{_DAYNUM}|{ORDINAL_WORD})(?:\.(?=\s+{MONTH}\b\.?,?\s+(?:19|20)\d\d\b))?(?:(?:\s+day)?\s+of)?(?:\s+|-)(?P<month>{MONTH})\b{MONTH_DOT}"
      rf"(?:(?:,?\s+|-)(?:of\s+|in\s+)?(?P<year>{_YEAR}))?", needs=MONTHS, also=(DAY,))
_atom("month_day", "date", rf"\b(?P<month>{MONTH})(?:\.?\s+(?:the\s+)?|[/-]|(?<=[a-z])\.?(?=\d))(?P<day>{_DAYNUM}|{ORDINAL_WORD})\b(?![:.]\d|\s?[ap]\.?m\b)"
      rf"(?:(?:\s*,\s*|\s+|-|\s+of\s+)(?P<year>{_YEAR}))?", needs=MONTHS, also=(DAY,))
# An ordinal in words is a day only where a day can stand ("on the first.", "the fifth of May", "the ninth and the
# seventeenth"); "the first meeting", "the first 150" are not dates. A bare "the 10" only before a clause's end or "at"/"from"/
# "between" and an hour ("on the 10.", "the 10, at 3pm"; not "the 10.15 train")
_WORD_DAY_AFTER = (rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?:of\s+(?:{MONTH}|this|next|last|the\s+month)|at\b|from\b|between\b|in\s+the\s+(?:morning|afternoon|evening)\b|"
                   rf"(?:to|through|till|until|and|or|-|–)\s+(?:the\s+)?(?:{ORDINAL_WORD}|{_DAY}{_ORD})\b))")
_atom("the_day", "date", rf"(?<!\boff\s)\bthe\s+(?:(?P<day>{_DAY}{_ORD}|{ORDINAL_WORD}{_WORD_DAY_AFTER})|(?P<daynum>[12]\d|3[01]|[1-9])(?=\s*(?:[.,;!?)](?!\d)|$)|\s+(?:at|between|from)\s+\d))\b(?![\s-]+(?:time|of\s+(?!{MONTH})|one|week|day|floor|century|quarter|half|hour|minute|person|item|step|place|most|least|best|worst|\w{{2,}}est|street|avenue|road|birthday|anniversary|grade|edition|round|century)\b)", needs=("the",), also=(DAY,))
# A day of the month after "on", as the second end of a range of them ("the 2nd-4th"), or in a list of them ("July 17th, 18th or 19th",
# "Jan 4th & 5th")
# (after a word or a spaced dash, ``candidates._valid`` keeps only a range's second end: "the 24th - 26th", "from the 18th until 29th")
_atom("on_day", "date", rf"(?=[0-9tefsn])(?:(?<=[a-z]\s)|(?<=(?:st|nd|rd|th)[-–/])|(?<=[-–&]\s)|(?<=\d(?:st|nd|rd|th),\s))(?P<day>{_DAY}{_ORD}|{_DAY}(?=,?\s+(?:at\s+)?\d{{1,2}}(?::\d\d|\s?[ap]\.?m\b))|(?:twenty|thirty)[- ]?(?:{ORDINAL_UNIT})|twentieth|thirtieth|{ORDINAL_TEEN})\b"
      r"(?![-\s]+(?:floor|place|time|attempt|try|day|week|month|page|line|item|order|of|street|st|avenue|ave|road|rd|birthday|anniversary|"
      r"grade|edition|round|ward|precinct|district|division|amendment|century)\b)", needs=("on ", "-", "–", " to ", " and ", "until", "till", "through", "thru", ", ", " or ", "&", "/"), also=((*DIGITS, "twenty", "thirty", "twentieth", "thirtieth", *ORDINAL_TEENS),))
_atom("day_of_month", "date", rf"\b(?:the\s+)?(?P<day>{_DAY}{_ORD}|{ORDINAL_WORD}|{_DAY}(?=\s+of\s+(?!the\s+month)))(?:\s+day)?\s+of\s+"
      rf"(?P<which>this\s+coming|this|next|last|(?:the\s+)?(?:following|next|current|previous|coming|past)|the)\s+month\b", needs=("month",))
# A month and a day in cardinal words: "June twenty two", "March thirty-one" ("May"/"March" capitalised, as on their own, or
# in any case where the day ends the clause: "see you may twenty one.")
_CARDINAL_DAY = rf"(?:thirty(?:[\s-]one)?|twenty(?:[\s-](?:{'|'.join(UNITS)}))?|{'|'.join(TEENS)})"
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)]|$))"
_atom("month_day_words", "date", rf"\b(?P<month>{MONTH_ALONE}|(?:may|march)(?=\s+(?:the\s+)?{_CARDINAL_DAY}{_CLAUSE_END}))\.?\s+(?:the\s+)?(?P<day>{_CARDINAL_DAY})\b(?![\s-]+(?:of\b|more\b|{_NOUN_AFTER_NUMBER}))"
      rf"(?:,?\s+(?P<year>{_YEAR}))?", needs=MONTHS, also=(("twenty", "thirty", *TEENS),))
# A part of a month: "late June", "the end of June 2027", "the first half of March"
_MONTH_MOD = (r"(?:(?P<mod>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:the\s+)?month\s+of|(?:the\s+)?(?:first|second|1st|2nd)\s+half\s+of)[\s-]+)")
_atom("month_year", "date", rf"\b{_MONTH_MOD}?(?P<month>{MONTH_ALONE}|(?:{MONTH})(?=\.?(?:\s*,?\s+(?:of\s+|in\s+)?|[-/])(?:19|20)\d\d(?!\d)))\.?(?:(?:\s+of|\s+in(?=\s+(?:19|20)\d\d)|\s*,)?\s+|/|-)"
      rf"(?P<year>{_YEAR}|(?<=\sof\s)\d\d\b(?![:.]\d|\s*(?:[ap]\.?m\b|{_NOUN_AFTER_NUMBER})))", needs=MONTHS, also=(DIGIT,))  # "January of 16": two digits only after "of"
# "02/2027", "11-2026" (a card's expiry, a billing month): a month and a four-digit year
_atom("month_year_numeric", "date", r"(?<![\w/.,:$£€-])(?P<monthn>0?[1-9]|1[0-2])[/-](?P<year>(?:19|20)\d\d)(?![\d/-])", needs=DIGIT, also=(("/", "-"), YEARS))
# "2019-03", "2019/3" (a statement's or an export's month): a four-digit year and a month; not "2010-11" (two years)
_atom("year_month_numeric", "date", r"(?<![\d/.,:$£€+-])(?P<year>(?:19|20)\d\d)[-/](?P<monthn>0?[1-9]|1[0-2])(?![\d/%]|[-.,:]\d)", needs=DIGIT, also=(("/", "-"), YEARS))
# "2016 April 22", "2016, Apr 22nd": a four-digit year, then its month and day
_atom("year_month_day", "date", rf"(?<![\d/.,:$£€-])\b(?P<year>(?:19|20)\d\d)\s*,?\s+(?P<month>{MONTH})\.?\s+(?P<day>{_DAYNUM})\b(?![:.]\d|\s?[ap]\.?m\b|\s+{_NOUN_AFTER_NUMBER})",
      needs=DIGIT, also=(YEARS, MONTHS))
# "2016 November", "2016, nov": a four-digit year, then its month (not a lower-case "may"/"mar", which are verbs)
_atom("year_month", "date", rf"(?<![\d/.,:$£€-])\b(?P<year>(?:19|20)\d\d)\s*,?\s+(?!(?-i:may|mar|march)\b)(?P<month>{MONTH})\b(?!\.?\s*\d|['’]s\b)", needs=DIGIT, also=(YEARS, MONTHS))
# "month to date", "year to date": from the period's first day until today
_atom("to_date", "relative", r"\b(?P<unit>week|month|year)[\s-]to[\s-]date\b", needs=("date",), also=(("week", "month", "year"),))
# Two months joined as a range, in any case ("from nov to march", "jan-feb 2017"); split into two months in ``candidates``
_atom("month_pair", "date", rf"\b(?P<month>{MONTH})\.?\s*(?:-|–|to|until|till|through|thru|and)\s*(?P<month2>(?!may\b){MONTH})\b(?!['’]s\b|\.?\s*\d{{1,2}}\b(?!\d)|[-/]\d)", needs=MONTHS)
_atom("month", "date", rf"\b{_MONTH_MOD}?"
      rf"(?P<month>{MONTH_ALONE}|(?<=\bof\s)(?-i:(?!may\b|mar(?:ch)?\b))(?:{MONTH}))\b{MONTH_DOT}"
      r"(?!['’]s\b|\s+\d)", needs=MONTHS)  # "Aug. to October", "in Jan. we": an abbreviation's dot before the words after it  # any case after "of": "the end of sept"
# (with spaces, "on 2026 11 16", only after a cue word: ``candidates._valid``)
_atom("iso", "date", r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/.]| (?=\d\d \d\d\b))(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])\b(?![-/.]\d)", needs=DIGIT, also=(YEARS,))
# "2026-12-05T15:00:00Z", "2026-12-05T15:00+01:00" (ISO 8601, as logs, APIs and exports write them): a date and a 24-hour time
_atom("iso_datetime", "datetime", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)"
      r"(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?(?:(?P<utc>Z)|(?P<sign>[+-])(?P<oh>0\d|1[0-4]):?(?P<om>[0-5]\d))?(?![\w:.+-]?\d)", needs=DIGIT, also=(YEARS, (":",)))
_atom("year_mon_day", "date", rf"\b(?P<year>(?:19|20)\d\d)([/-])(?P<month>{MONTH})\2(?P<day>{_DAY})\b", needs=DIGIT, also=(YEARS, MONTHS))
_atom("weekday_day", "date", rf"\b(?P<weekday>{WEEKDAY_FULL}|(?-i:Mon|Tue|Tues|Weds|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?=\.?,?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b))\.?,?\s+(?:the\s+)?(?P<day>{_DAY}{_ORD}|1[3-9]|2\d|3[01]|{ORDINAL_WORD}|(?<=\bthe\s){_CARDINAL_DAY}(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|from|between|in\s+the)\b))\b(?![:./]\d|\s*(?:{MONTH}\b|of\b)|(?<=\d)\s*[ap]\.?m\b)", needs=WEEKDAYS, also=((*DAY, *TEENS),))  # "Tue 8 pm" is an hour; "Tue 8th pm" a day
# "2010-2015", "between 1990 and 2000" (not inside a phone number: "+86 138-2010-2015")
_atom("year_range", "range", r"\b(?:(?:between|from)\s+)?(?<![\d][-.])(?P<year>(?:19|20)\d\d)\s*(?:-|–|~|〜|to|and|through|thru|until|till)\s*(?P<year2>(?:19|20)\d\d)\b(?![-.]\d)", needs=DIGIT, also=(YEARS,))
# "11/12/2016", "11/12, 2016" (a four-digit year after a comma)
_atom("numeric", "date", r"(?<![\d/.,:$£€])(?<!\d\s)(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?:(?:(?P=sep)|,\s?(?=(?:19|20)\d\d\b))(?P<year>(?:19|20)?\d\d))?(?![\d/%:,.]\d|\d|/|\s?%)", needs=DIGIT, also=(("/", ".", "-"),))  # not a fraction: "6 1/4%"
_DAYW = rf"(?:{_DAY}{_ORD}?|{ORDINAL_WORD})"
_atom("day_range", "range", rf"(?:\b(?P<between>between)\s+|\bfrom\s+)?\b(?:the\s+)?(?P<day0>{_DAYW})\s*(?:-|–|—|to|(?(between)and|(?!))|until|till|through|thru)\s*(?:{WEEKDAY_FULL},?\s+)?(?:the\s+)?(?P<day>{_DAYW})\s+(?:(?:of\s+)?(?P<month>{MONTH})\b|(?:of\s+|in\s+)?(?P<rel>this\s+coming|this|next|last|the\s+(?:following|next|coming|previous|past))\s+month\b)"
      rf"(?:\.?,?\s+(?:(?:in|of)\s+)?(?P<year>{_YEAR}))?|(?:\b(?P<between2>between)\s+|\bfrom\s+)?\b(?P<month2>{MONTH})\.?(?:,?\s+(?:(?P<between3>between)|from)(?=\s+(?:the\s+)?\d))?\s+(?:(?<=from\s)the\s+|(?<=between\s)the\s+)?(?P<day02>{_DAYW})\s*(?:-|–|—|to|(?(between2)and|(?(between3)and|(?!)))|until|till|through|thru)\s*(?:(?<=\sto\s)the\s+|(?<=\sand\s)the\s+|(?<=\suntil\s)the\s+|(?<=\still\s)the\s+)?(?P<day2>{_DAYW})\b(?![:./]\d|\s+{_NOUN_AFTER_NUMBER})(?:,?\s+(?:(?:in|of)\s+)?(?P<year2>{_YEAR}))?",
      needs=(*MONTHS, "month"), also=(DAY,))
# "from 4 to January 22", "between 2 and April 7th": a range of days whose month comes only with its second end, and whose first
# end is a bare number (which would read as an hour); "from the 10th till March 12th" is a range of two dates
_atom("day_to_date", "range", rf"\b(?P<between>between|from)\s+(?P<day0>{_DAY}{_ORD}?)\s*(?:-|–|to|until|till|through|thru|(?(between)and|(?!)))\s*(?:the\s+)?"
      rf"(?P<month>{MONTH})\.?\s+(?:the\s+)?(?P<day>{_DAYW})\b(?![:./]\d)(?:,?\s+(?P<year>{_YEAR}))?", needs=("from", "between"), also=(MONTHS,))
_atom("day_mon_year", "date", rf"\b(?P<day>{_DAY})(?P<sep>[-/])(?P<month>{MONTH})(?P=sep)(?P<year>(?:19|20)?\d\d)\b", needs=DIGIT, also=(MONTHS,))  # "31-Oct-1974", "31/Oct/1974"
_atom("weekday", "date", rf"\b(?P<weekday>{WEEKDAY})\b{WEEKDAY_DOT}", needs=WEEKDAYS)
# "the year 2012", "the calendar year 2012", "year 2012" (not "tax year 2012", "new year 2027", "a 10 year 2000 mile warranty")
_atom("year", "date", r"(?:\bthe\s+(?:calendar\s+)?year\s+|\bcalendar\s+year\s+|(?<!\d\s)(?<!\d-)(?<!\bfiscal\s)(?<!\bfinancial\s)(?<!\btax\s)(?<!\bacademic\s)(?<!\bschool\s)(?<!\bmodel\s)(?<!\bnew\s)\byear\s+)?\b(?P<year>(?:19|20)\d\d)\b(?![-/:.]\d)", needs=DIGIT, also=(YEARS,))
# A year before 1900 or after 2099, only after "in", "since", "during", "back to" or "the year" and ending its clause ("dates back
# to 1865,", "ends in 2150?"): "at 1500" and "after 1800" are times
_atom("far_year", "date", r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bduring\s)|(?<=\bback\sto\s)|(?<=\bthe\syear\s))(?P<year>(?:1[5-8]|2[1-9])\d\d)\b(?=\s*(?:[.,;:!?)]|$))",
      needs=DIGIT, also=(("in", "since", "during", "back to", "the year"),))
# "next summer", "summer 2016", "summer of next year", "winter, 2016", "early summer", "late next autumn" (a bare season is no
# date to check: "summer" alone is not found)
_atom("season", "date", r"\b(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<which>this|next|last|coming|past|previous)\s+(?P<season>spring|summer|autumn|fall|winter)\b|"
      r"(?:(?:the\s+)?(?P<season2>spring|summer|autumn|(?<=the\s)fall|(?-i:Fall)|winter)\s+of\s+|(?P<season3>spring|summer|autumn|(?-i:Fall)|winter),?\s+)"
      r"(?:(?P<year>(?:19|20)\d\d)\b(?![-/:.]\d)|(?P<which2>this|next|last)\s+year\b)|(?(edge)(?P<season4>spring|summer|autumn|fall|winter)\b|(?!)))|"
      r"(?<![\d/.,:$£€-])\b(?P<year3>(?:19|20)\d\d)\s+(?P<season5>spring|summer|autumn|winter)\b(?!\s+(?:term|semester|collection|range|sale|catalogue|catalog|edition|issue)s?\b)",
      needs=("spring", "summer", "autumn", "fall", "winter"))  # "2016 summer", as some writers put it (not "the 2027 summer collection")
_HOLIDAY_WORDS = (
    "christmas", "xmas", "new year", "easter", "thanksgiving", "black friday", "cyber monday", "boxing", "valentine", "halloween",
    "independence", "labor", "labour", "memorial", "patrick", "george", "andrew", "david", "april", "cinco", "may day", "groundhog",
    "bastille", "veteran", "remembrance", "armistice", "canada", "australia", "saints", "souls", "fawkes", "bonfire", "women", "martin",
    "mlk", "presidents", "washington", "columbus", "indigenous", "juneteenth", "mother", "father", "good friday", "ash", "palm",
    "thanks giving", "chinese", "lunar", "earth", "workers", "international", "eid", "diwali", "hanukah", "hanukkah", "chanukah", "yom",
    "rosh", "passover", "ramadan", "ramadhan", "ramazan", "ramathan", "ramzan", "islamic", "hijri", "arabic", "mardi", "shrove", "pancake",
    "maundy", "holy", "pentecost", "whit", "trinity", "ascension", "clean", "singles", "inauguration", "arbor", "arbour", "canberra",
    "tree", "teacher", "youth", "children", "girls", "lovers", "female",
)
_atom("holiday", "date", r"\b(?:(?P<which>this|next|last|previous|following|coming)\s+)?(?P<holiday>(?:christmas|xmas)(?:\s+(?:day|eve))?|new\s+year['’]?s(?:\s+(?:day|eve))?|new\s+year\s+(?:day|eve)|"
      r"easter(?:\s+(?:sunday|monday))?|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|boxing\s+day|"
      r"valentine['’]?s\s+day|halloween|independence\s+day|labou?r\s+day|memorial\s+day|(?:st\.?|saint)\s+(?:patrick|george|andrew|david)['’]?s(?:\s+day)?|"
      r"april\s+fools['’]?(?:\s+day)?|cinco\s+de\s+mayo|(?-i:May\s+Day)|(?:groundhog|bastille|veterans['’]?|remembrance|armistice|canada|australia|all\s+(?:saints|souls)['’]?)\s+day|"
      r"guy\s+fawkes(?:\s+night|\s+day)?|bonfire\s+night|(?:international\s+)?women['’]?s\s+day|"
      r"(?:martin\s+luther\s+king|mlk)(?:,?\s+jr\.?)?(?:['’]s)?\s+day|presidents['’]?\s+day|washington['’]s\s+birthday|columbus\s+day|"
      r"indigenous\s+peoples['’]?\s+day|juneteenth|(?:mother|father)['’]?s\s+day|mothering\s+sunday|good\s+friday|ash\s+wednesday|palm\s+sunday|"
      r"thanks\s+giving(?:\s+day)?|(?:chinese|lunar)\s+new\s+year|earth\s+day|(?:international\s+)?workers['’]?\s+day|eid(?:\s+(?:al|ul)[\s-](?:fitr|adha))?|diwali|hanukk?ah|"
      r"chanukah|yom\s+kippur|rosh\s+hashanah?|passover|rama(?:dh?|z|th)an|ramzan|(?:islamic|hijri|arabic)\s+new\s+year|"
      r"mardi\s+gras|shrove\s+tuesday|pancake\s+day|(?:maundy|holy)\s+thursday|(?:holy|easter)\s+saturday|pentecost(?:\s+sunday)?|whit\s*(?:sunday|monday)|whitsun|"
      r"trinity\s+sunday|ascension\s+day|clean\s+monday|(?:singles|inauguration|arbou?r|canberra|tree\s+planting|"
      r"teacher['’]?s|teachers['’]|youth|children['’]?s|girls['’]?|lovers['’]?|female)\s+day|"
      r"(?:(?<=\bthe\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bover\s)|(?<=\bby\s)|(?<=\band\s)|(?<=\bto\s))new\s+year(?!['’]|\s+(?:resolution|sale|party|deal|offer|card|message|plan)s?\b))\b(?:(?:,?\s+|\s+of\s+)(?P<year>(?:19|20)\d\d)\b(?![-/:.]\d))?(?P<weekend>\s+(?:long\s+)?weekend\b)?", needs=_HOLIDAY_WORDS)

# -- relative dates ----------------------------------------------------------------------------
_REL_UNIT = r"(?:days|week(?:-?end)?s?|wk(?:e?nd)?s?|yrs?|work(?:ing)?\s?week|business\s+week|(?:business|working)\s+day|month|year|quarter|qtr|fortnight|decade|hour|minute)"
_atom("today", "relative", r"\b(?P<word>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw|tmr)|(?:the\s+)?day\s+before\s+yesterday|today|tonight|tonite|"
      r"tomorrow|tmrw|tmr|yesterday|(?:later|earlier)(?:\s+on|\s+in)?\s+(?:today|tonight)|(?:later|earlier|early)\s+in\s+the\s+day|(?-i:EOD|EOW|EOM|EOY|COB))\b", needs=("today", "tonight", "tonite", "tomorrow", "tmr", "yesterday", "eod", "eow", "eom", "eoy", "cob", "in the day"))
# "the next 3 days", "the next 24-48 hours", "the next day or two"
_atom("next_n", "relative", rf"\b(?:the\s+(?=\w+\s+(?:\w+\s+)?decades?\b))?(?P<which>next|last|past|previous|coming|following|upcoming)\s+(?:(?P<count0>\d+|{NUMBER_WORD})\s*(?:-|–|to|or)\s*)?(?:(?P<count>{COUNT})(?:\s+|(?<=\d)(?=(?:hr|min)))|(?=(?:hour|day|week|month)\s+or\s+(?:two|three)\b))"
      rf"(?:business\s+|working\s+|calendar\s+)?(?P<unit>minute|min|hour|hr|day|night|week|wk|fortnight|month|quarter|year|yr|decade)s?\b(?:\s+or\s+(?P<count2>two|three)\b)?", needs=RELATIVE, also=(UNITS_OF_TIME,))
_atom("n_next", "relative", rf"\b(?P<count>{COUNT})\s+(?P<which>next|last|past|previous|coming|following|upcoming)\s+(?:business\s+|working\s+|calendar\s+)?(?P<unit>minute|hour|day|week|month|year)s\b", needs=RELATIVE, also=(UNITS_OF_TIME,))
# "next week", "the following Monday" ("the" stays out, as with "the next 3 days"; it stays in with a part of the day counted
# from another day: "the following morning")
_atom("this_next", "relative", rf"\b(?:the\s+(?=(?:next|following|previous)\s+{_PART}\b|(?:next|last|past|previous|coming|following)\s+decade\b))?(?:this\s+)?(?P<which>this|next|last|coming|following|previous|past|upcoming|current)\s+(?:coming\s+)?(?:calendar\s+(?=(?:week|month|quarter|year)\b))?"
      rf"(?P<unit>{WEEKDAY_FULL}|{_REL_UNIT}|{_PART}|(?:{WEEKDAY})(?=\s|$|[,.;!?)])|(?:{MONTH_ALONE}|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?!\s+\d))\b{WEEKDAY_DOT}(?P<after>\s+after\s+next)?", needs=RELATIVE)
# A day or period counted from one named elsewhere: "the next day", "the day after", "the week before", "the night before."
_atom("next_day", "relative", r"\bthe\s+(?:(?:next|following|previous)\s+(?:day|night)\b(?!\s+(?:of|after|before)\b|['’])|"
      rf"(?:day|night|morning|afternoon|evening|week|weekend|month|year|{WEEKDAY_FULL})\s+(?:after|before)\b(?=\s*(?:[.,;:!?)]|$|at\b|in\s+the\b|around\b)))",
      needs=("day", "night", "morning", "afternoon", "evening", "week", "month", "year", *WEEKDAYS))
# "the Friday after next", "the week before last"
_atom("week_after", "relative", rf"\b(?:the\s+)?(?P<unit>week(?:end)?|day|night|month|year|{WEEKDAY_FULL})\s+(?P<dir>after\s+(?:the\s+)?next|before\s+(?:the\s+)?last)\b", needs=("after next", "before last", "after the next", "before the last"))
_atom("edge", "relative", r"\b(?:(?P<edge>early|late|later|earlier|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
      r"the\s+start\s+of|start\s+of|the\s+middle\s+of|(?:the\s+)?rest\s+of|(?:the\s+)?remain(?:ing|der)\s+of|the\s+(?:first|1st)\s+half\s+of|the\s+(?:second|2nd)\s+half\s+of)[\s-]+)"
      r"(?:(?:this\s+(?=coming\s))?(?P<which>this|next|last|the(?:\s+(?:following|coming|previous|next|last|past|current))?|in\s+the|coming|following|previous|past|current|(?<=of\s)my)\s+|(?<=of\s))(?:calendar\s+(?=(?:month|year)\b))?(?P<unit>week|month|year|quarter|weekend|(?:(?<=rest\sof\sthe\s)|(?<=rest\sof\sthis\s)|(?<=rest\sof\smy\s)|(?<=rest\sof\scurrent\s))day)\b", needs=("week", "month", "year", "quarter", "rest of"))
_atom("edge_year", "date", r"\b(?P<edge>(?:the\s+)?(?:end|beginning|start|middle|(?:first|second|1st|2nd)\s+half)\s+of|early|late|mid)[\s-]+(?P<year>(?:19|20)\d\d)\b(?![-/:.]\d)", needs=DIGIT,
      also=(("end", "beginning", "start", "middle", "first", "second", "1st", "2nd", "early", "late", "mid"),))
# A quarter or a half of a year: "Q3 2027", "2027 Q3", "2027-H2", "the third quarter of 2027", "Q1 next year", "next year's first quarter", "the last quarter of
# this year", "the end of Q1 2027"; a bare "Q1"/"H2" only in capitals after a word that makes it a time ("by Q1", "in early Q4", "end of H1")
_NTH_QUARTER = r"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
_YEAR_AFTER_QUARTER = r"(?:(?:\s+of|\s+in|,)?\s*-?\s*(?P<year>(?:19|20)\d\d)\b(?![-/:.]\d)|(?:\s+of)?\s+(?P<which>this|next|last|the(?:\s+(?:next|following|previous|current))?)\s+year\b)"
_AFTER_QUARTER_CUE = "|".join(rf"(?<=\b{w}\s)" for w in ("in", "by", "for", "until", "till", "before", "after", "during", "from", "through", "of"))
_QUARTER_EDGE = r"(?:(?P<edge>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)"
_atom("quarter", "date", rf"\b{_QUARTER_EDGE}?(?:(?P<q>q[1-4]|h[12])|(?:the\s+)?(?P<nth>{_NTH_QUARTER})\s+(?:quarter|qtr)){_YEAR_AFTER_QUARTER}|"
      r"\b(?P<year2>(?:19|20)\d\d)\s*-?\s*(?P<q2>q[1-4]|h[12])\b|"
      rf"\b(?P<which2>this|next|last)\s+year['’]s\s+(?P<nth2>{_NTH_QUARTER})\s+(?:quarter|qtr)\b|"
      rf"(?:\b{_QUARTER_EDGE.replace('edge', 'edge2')}|{_AFTER_QUARTER_CUE})(?P<q3>(?-i:Q[1-4]|H[12]))\b(?!\s*[-/.:]?\d)|"
      rf"(?:{_AFTER_QUARTER_CUE})the\s+(?P<nth3>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|qtr)\b(?!\s+of\b|\s*[-/.:]?\d)",  # "in the third quarter": this year's
      needs=("q1", "q2", "q3", "q4", "h1", "h2", "quarter", "qtr", *YEARS))
# A decade: "the 1970s", "1990's", "the '80s", "the 70s", "the seventies", "the nineteen seventies", "the noughties", "the early 2000s",
# "the mid-'80s", "the late nineties"; two digits or words only after "the" ("in her 70s", "in his late seventies" are ages)
_DECADE_WORD = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_atom("decade", "date", r"(?:\bthe\s+)?(?:\b(?P<edge>early|mid|late)[\s-]+)?\b(?P<century>1[89]|20)(?P<decade>\d)0['’]?s\b|"
      r"\bthe\s+(?:(?P<edge2>early|mid|late)[\s-]+)?(?:['’](?P<decade2>\d)0s\b|(?P<decade3>\d)0['’]?s\b)",
      needs=DIGIT, also=(("0s", "0's", "0’s"),))
_atom("decade_words", "date", rf"\bthe\s+(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<century>nineteen|eighteen|twenty)[\s-]+)?(?P<word>{_DECADE_WORD}|noughties|two\s+thousands|twenty[\s-]tens)\b",
      needs=("the",), also=(("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties", "thousands", "tens"),))
# "the end of Friday", "by end of this Friday", "close of business next Tuesday" (a weekday's own "this"/"next"), "the end of the working day"
_atom("end_of", "relative", rf"\b(?P<edge>(?:the\s+)?end|(?:the\s+)?close)\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s?(?=day\b))?(?P<unit>day|week|month|year|play|business|today|tomorrow|(?:(?P<which>this|next|coming)\s+)?{WEEKDAY_FULL})\b", needs=(" of ",), also=(("end", "close"),))
# "in 3 days", "within 3-5 business days", "in a week or two", "within the next 2 hours"; "in the next 3 days" is "the next 3 days" after "in" (``next_n``), as "in the past 3 days" is
# (a count of hours or minutes glued to its unit too: "within 24h", "in 48hrs", "in 30min")
_atom("in_n", "relative", rf"\b(?P<prep>in|within)\s+(?:(?<=within\s)the\s+next\s+)?(?:(?:about|around|approximately|roughly|just|another|(?:less|more)\s+than)\s+)?(?:(?P<count0>\d+|{NUMBER_WORD})\s*(?:-|–|to|or)\s*)?(?P<count>{COUNT})(?:\s+(?:more\s+)?|(?<=\d)(?=(?:h|hrs?|mins?)\b))"
      rf"(?:business\s+|working\s+|calendar\s+)?(?P<unit>minute|min|hour|hr|(?<=\d)h(?=\b)|day|night|week|wk|fortnight|month|year|yr)s?\b(?!\s+ago\b|\s+of\b)(?:\s+or\s+(?P<count2>two|three|so)\b)?(?:['’]s?\s+time|\s+time\b)?|\bin\s+a\s+fortnight\b", needs=("in ", "within", "fortnight"), also=((*UNITS_OF_TIME, *GLUED_UNITS),))
_atom("within_the", "relative", r"\bwithin\s+the\s+(?P<unit>hour|day|week|month)\b", needs=("within the",))  # "we'll call within the hour"
_N_UNIT = r"(?:minute|min|hour|hr|day|week|wk|fortnight|month|year|yr)"
_atom("n_from", "relative", rf"\b(?:(?:more|less)\s+than\s+)?(?<!\blast\s)(?<!\bpast\s)(?<!\bnext\s)(?P<chain>(?:\d+\s+{_N_UNIT}s?,?\s+(?:and\s+)?){{0,3}})"
      rf"(?:(?P<count0>\d+|{NUMBER_WORD})\s*(?:-|–|to)\s*)?(?P<count>{COUNT})\s+(?:business\s+|working\s+|calendar\s+)?(?P<unit>{_N_UNIT}|{WEEKDAY_FULL})s?\s+"
      rf"(?P<dir>from\s+now|from\s+today|in\s+the\s+future|ago|(?:later|earlier)(?!\s+(?:this|next|today|tonight|on|in|than)\b)|hence|before|after|from)\b",
      needs=("from", "ago", "later", "earlier", "hence", "before", "after", "future"), also=((*UNITS_OF_TIME, *WEEKDAYS),))
_atom("weekend", "relative", r"\b(?:the\s+|this\s+|that\s+)?(?:weekend|week-end|wke?nd)\b", needs=("weekend", "week-end", "wkend", "wknd"))
_atom("nth_week", "relative", rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?P<unit>week(?:-?end)?|wke?nd|day|{WEEKDAY_FULL}|(?-i:Mon|Tue|Tues|Weds|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|mon|tue|tues|weds|wed|thu|thur|thurs|fri)){WEEKDAY_DOT}"
      rf"(?:\s+(?P<part>morning|afternoon|evening|night))?\s+(?:(?:of|in)\s+|(?<!\bday\s)(?=(?:this|next|last)\s+(?:month|year)\b))"
      rf"(?:(?P<month>{MONTH})\b{MONTH_DOT}(?:\s+(?P<year>{_YEAR}))?|(?P<which>this\s+coming|this|next|last|the|(?:the\s+)?(?:following|coming|next|previous|past))\s+(?P<wunit>month|year|quarter)|(?P<year2>(?:19|20)\d\d)\b)", needs=(" of ", " in ", "this", "next", "last"),
      also=(("first", "second", "third", "fourth", "last", "final", "1", "2", "3", "4"),))
# Parts of a named period: "the first ten days of last year", "the last 2 weeks of June", "the third month of 2021"
_PERIOD_OF = (rf"(?:(?P<month>{MONTH})\b{MONTH_DOT}(?:,?\s+(?P<year>{_YEAR}))?|(?P<which>this\s+coming|this|next|last|the(?:\s+(?:following|coming|previous|current|next|past))?)\s+(?P<punit>week|month|year)\b|"
              r"(?:the\s+year\s+)?(?P<year2>(?:19|20)\d\d)\b(?![-/:.]\d))")
_atom("first_days", "relative", rf"\b(?:the\s+)?(?P<edge>first|last|final)\s+(?:(?P<count>{COUNT})\s+)?(?P<unit>days|weeks)\s+(?:of|in)\s+{_PERIOD_OF}", needs=(" of ", " in "),
      also=(("first", "last", "final"), ("days", "weeks")))
# Working days of a named period: "the first business day of next month", "the last working day of the year", "the 3rd weekday of June"
_atom("nth_business_day", "relative", rf"\b(?:the\s+)?(?P<nth>last|final|{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+(?P<unit>(?:business|working|work)\s?day|weekday)\s+(?:of|in)\s+{_PERIOD_OF}",
      needs=(" of ", " in "), also=(("business", "work", "weekday"),))
# A period's end or middle in one word: "month-end", "by year end", "this month end", "by month's end", "midweek", "mid-month"
_atom("period_end", "relative", r"\b(?:(?P<which>this|next|last)\s+)?(?P<unit>month|year)(?:[\s-]|['’]s\s+)end\b(?![\s-](?:sale|report|close|closing|review|bonus|party|deals?|results?)s?\b)|"
      r"\bmid[\s-]?(?P<unit2>week|month)\b", needs=("month", "year", "mid"), also=(("end", "mid"),))
_atom("nth_month", "relative", rf"\b(?:the\s+)?(?P<nth>{ORDINAL_WORD}|last|final|\d{{1,2}}(?:st|nd|rd|th))\s+month\s+of\s+{_PERIOD_OF}", needs=("month",))
_atom("nth_weekday", "relative", rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<unit>{WEEKDAY_FULL}|(?-i:Mon|Tue|Tues|Weds|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\b{WEEKDAY_DOT}", needs=WEEKDAYS,
      also=(("first", "second", "third", "fourth", "fifth", "1", "2", "3", "4", "5"),))

# -- times -------------------------------------------------------------------------------------
_DAY_AFTER_HOURS = r"(?:today|tonight|tomorrow|tmrw|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
# "10 sharp", "9am sharp": "sharp" as "o'clock", only where no noun follows ("10 sharp knives")
_SHARP = r"\s+sharp(?=\s*(?:[.,;!?)]|$)|\s+(?:on|today|tomorrow|tonight|this|next|in\s+the)\b)"
# (a dot typed between the hour and a glued am/pm, "at 9.am", "7.pm tonight"; not "at 9. Am I"; "3pm-ish" is about 3pm)
_atom("clock", "time", rf"(?<![\w:.$£€#/]){_CLOCK}(?:(?:\.(?=[ap]\.?m\b))?\s?(?P<mer>{MERIDIEM}|(?<=\d)[ap]m(?=ish\b))(?:-?ish\b)?(?:{_SHARP})?|\s?(?P<oclock>o['’]?\s?clock)\b(?:\s?(?P<omer>{MERIDIEM}))?(?:{_SHARP})?|(?P<sharp>{_SHARP}))?(?!\d|[:.,/]\d|%|(?:st|nd|rd|th)\b)", needs=DIGIT)
# "730pm"; "at 730 tonight", "at 815 in the evening" (with no am/pm only after "at": ``candidates._valid``)
_atom("compact", "time", rf"(?<![\w:.$£€#/])(?P<hour>1[0-2]|0?[1-9])(?P<minute>[0-5]\d)(?:\s?(?P<mer>{MERIDIEM})|(?=\s+{_DAY_AFTER_HOURS}))", needs=DIGIT)
# "0730-0930", "at 0900", "1400 hrs": four-digit 24-hour times, only with "hrs" or a cue word and a leading
# 0 or 1 (a bare 1999 or 2010 is a year, "0207 946 0018" a phone number); checked in ``extract._valid``.
_atom("hhmm", "time", r"(?<![\w:.$£€#/+])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?:\s?(?P<hrs>hrs|hours|h)\b)?(?![\d:.,/]\d|\d|%)", needs=DIGIT)
# Minutes in words after an hour in words: "eight forty", "ten fifteen", "nine fifty-five", "two oh five"; a teen or
# a unit ("eleven five", "nine eleven") only after a cue word (``candidates._valid``).
_MINUTE_WORD = rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-]?(?:{'|'.join(UNITS)}))?|ten|{'|'.join(TEENS[1:])}|o[h'’]?[\s-](?:{'|'.join(UNITS)})|{'|'.join(UNITS)})"
# "17h", "10h30", "20:30h", "8:30 hrs": 24-hour times written with an h (an hour alone only after "at": "24h" is a duration)
_atom("h_clock", "time", r"(?<![\w:.$£€#/])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute2>[0-5]\d)\s?(?:h|hrs|hours)|h(?P<minute>[0-5]\d)?)\b(?!\s?(?:min|m\b))", needs=DIGIT)
_atom("word_time", "time", rf"\b(?P<hourw>{HOUR_WORD})(?:[\s-](?P<minutew>{NUMBER_WORD}|o['’]?\s?clock|oh[\s-]{NUMBER_WORD}))?"
      rf"(?:\s?(?P<mer>{MERIDIEM})|\s(?P<oclock>o['’]?\s?clock)\b(?:\s?(?P<omer>{MERIDIEM}))?)|\b(?P<hourw2>{HOUR_WORD})[\s-](?P<minutew2>{_MINUTE_WORD})\b"
      rf"(?!-\w|\s+{_NOUN_AFTER_NUMBER})(?:\s?(?P<mer2>[ap]\s?\.\s?m\s?\.?|{MERIDIEM}))?", needs=HOURS)
_atom("past_to", "time", rf"(?<![:.\d])\b(?:(?P<minutes>half|(?:a\s+|three[\s-]+)?quarters?|\d{{1,2}}\s+min(?:ute)?s?|{NUMBER_WORD}\s+min(?:ute)?s?)\s+(?P<dir>past|after|to|before|till)|(?P<minutes2>\d{{1,2}}|{NUMBER_WORD})\s+(?P<dir2>past|after|to(?=\s+{HOUR_WORD}\b)))\s+"
      rf"(?P<hourp>\d{{1,2}}(?!\d|[:.]\d)|{HOUR_WORD}\b|noon\b|midnight\b)(?:\s?(?P<mer>{MERIDIEM})|\s(?P<oclock>o['’]?\s?clock)\b)?", needs=("past", "after", "half", "quarter", "min", " to "),
      also=((*DIGITS, *HOURS, "noon", "midnight"),))
# An hour in words before a part of the day, after "at", or as the first end of a range after "from"/"between" or before a
# day ("five to seven today"); before "today"/"tomorrow" only after a cue or as a range's second end (``candidates._valid``).
# "at half three", "by half five", "till half 5" (British: half past the hour), after a cue word
_atom("half_hour", "time", rf"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\baround\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\btil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))half\s+(?P<hourh>{HOUR_WORD}|1[0-2]|[1-9])\b"
      rf"(?![:.]\d|\s*(?:[-–]|of|an?|the|past|to(?=\s+(?:\d|{HOUR_WORD}|half|quarter)\b))\b|\s+{_NOUN_AFTER_NUMBER})", needs=("half",))
_atom("word_hour", "time", rf"\b(?P<hourw>{HOUR_WORD})\b(?=\s+{_DAY_AFTER_HOURS})|"
      rf"(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bat\sexactly\s)|(?<=\bat\sprecisely\s))(?P<hourw3>{HOUR_WORD})\b"
      rf"(?!\s*(?:of|point|time|stage|another|a|or|and|the|-)\b|\s+{_NOUN_AFTER_NUMBER})|"
      rf"(?:(?<=\bfrom\s)|(?<=\bbetween\s)|\b(?={HOUR_WORD}\s*(?:-|–|to|till|until|through|thru)\s*{HOUR_WORD}\s+{_DAY_AFTER_HOURS}))"
      rf"(?P<hourw4>{HOUR_WORD})\b(?=\s*(?:-|–|to|till|until|through|thru|and)\s*{HOUR_WORD}\b(?!\s+{_NOUN_AFTER_NUMBER}))|"
      # its second end ("from nine to eleven", "between six and eight"), checked in ``candidates._valid``
      rf"(?:(?<=\sto\s)|(?<=\sand\s)|(?<=\still\s)|(?<=\suntil\s)|(?<=\sthrough\s)|(?<=\sthru\s)|(?<=[-–])|(?<=[-–]\s))(?P<hourw5>{HOUR_WORD})\b"
      rf"(?!\s*(?:of|point|-)\b|\s+{_NOUN_AFTER_NUMBER})", needs=HOURS,
      also=(("today", "tonight", "tomorrow", "tmrw", "morning", "afternoon", "evening", "night", "at", "around", "about", "until", "till", "before", "after",
             "exactly", "precisely", "from", "between"),))
_atom("named_time", "time", r"\b(?P<named>(?:(?:12|twelve)\s+)?noon(?:ish|\s?time)?|mid[\s-]?day|(?:(?:12|twelve)\s+)?mid[\s-]?night|lunch\s?time|(?:at|after|before|around|by|over|during)\s+(?:breakfast|brunch|lunch|dinner|supper)(?:\s?time)?|(?:dinner|supper)time|close\s+of\s+business|(?:the\s+)?(?:start|opening|open)\s+of\s+business|(?:the\s+)?eod|"
      rf"first\s+thing(?:\s+in\s+the\s+morning)?|(?<![\d:.])(?:1[0-2]|0?[1-9])-?ish\b(?!\s+{_NOUN_AFTER_NUMBER}))\b", needs=("noon", "mid", "lunch", "breakfast", "brunch", "dinner", "supper", "close of", "of business", "eod", "first thing", "ish"))
_atom("part_of_day", "time", rf"(?<!\bgood\s)\b(?:(?:(?:later|earlier|early|late)\s+)?(?:in|during)\s+(?:the\s+)?|(?:later|earlier)\s+this\s+|(?:late\s+)?at\s+)?(?:(?P<edge>early|late|mid)[\s-]|(?P<mid>mid)(?=afternoon|morning|evening))?(?P<part>{_PART}|night|daytime|night-?time)\b|\b(?P<part2>overnight)\b|\bin\s+the\s+(?P<part3>[ap](?:m|\.m\.?))(?!\w)|"
      r"(?:\b(?:in|during)\s+|(?<=\buntil\s)|(?<=\btill\s)|(?<=\binto\s))the\s+(?P<part4>early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?\b|"  # "in the early hours (of Monday)"
      r"\b(?:(?:in|during|within|outside(?:\s+of)?)\s+(?:(?:the|our|your|normal|regular|usual)\s+)*)?(?P<hours>business|office|working|opening)\s+hours\b", needs=("morning", "afternoon", "evening", "night", "overnight", "daytime", "midafternoon", "midmorning", "midevening", "hours", "the am", "the pm", "the a.m", "the p.m"))

# -- durations and repeats (found so they are not misread, never flagged) ------------------------
_atom("duration", "duration", rf"\b(?:(?:more|less)\s+than\s+)?(?P<count>{COUNT})\s+(?:(?:and\s+(?:a\s+)?half|\d+)\s+)?(?:business\s+|working\s+|calendar\s+)?"
      rf"(?P<unit>minute|min|hour|hr|day|night|week(?:end)?|wk|fortnight|month|year|yr)s?\b(?:\s+and\s+(?:a\s+half|\d+\s+(?:minute|min)s?))?|\ball\s+(?:day|week|night|month|year)\b", needs=("min", "hour", "hr", "day", "night", "week", "wk", "fortnight", "month", "year", "yr"))
_atom("set", "set", rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:{COUNT}\s+)?(?:day|week|month|year|{_PART}|{WEEKDAY_FULL}|{WEEKDAY})s?\b|"
      r"(?:daily|weekly|monthly|annually|yearly|everyday|nightly|fortnightly)\b|once\s+an?\s+(?:day|week|month|year)\b)", needs=("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "fortnightly", "once"))

# -- zones ---------------------------------------------------------------------------------------
_ABBREVIATIONS = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
# In lower case only right after a time, and not the ones that are also words ("west", "wet").
_LOWER_ABBREVIATIONS = "|".join(a.lower() for a in sorted(ZONE_ABBREVIATIONS, key=len, reverse=True) if a not in ("Z", "WET", "WEST"))
_atom("offset", "zone", r"\b(?P<base>UTC|GMT)(?:\s?(?P<sign>[+\-−])\s?(?P<oh>1[0-4]|0?\d)(?!\d)(?::?(?P<om>\d{2}))?)?\b", needs=("utc", "gmt"))
_atom("abbreviation", "zone", rf"(?<![\w/])(?P<abbr>{_ABBREVIATIONS})\b(?!\s*[+\-−]\d|[-/]\w)", 0, needs=tuple(ZONE_ABBREVIATIONS))
_atom("abbreviation_lower", "zone", rf"(?<![\w/])(?P<abbr>{_LOWER_ABBREVIATIONS})\b(?!\s*[+\-−]\d|[-/]\w)", 0, needs=DIGIT, also=(tuple(_LOWER_ABBREVIATIONS.split("|")),))
# "4pm Eastern": a zone's name without "time", right after a time (checked in ``extract._valid``)
_atom("zone_word", "zone", r"\b(?P<name>pacific|eastern|central|mountain|atlantic)\b(?![\s-]+(?:time|standard|daylight|summer|european|european))", needs=DIGIT, also=(("pacific", "eastern", "central", "mountain", "atlantic"),))
_atom("zone_name", "zone", r"\b(?P<name>pacific|eastern|central|mountain|atlantic|alaska|hawaii|(?:east|west)\s+coast|greenwich\s+mean|british\s+summer|"
      r"central\s+european(?:\s+summer)?|eastern\s+european|western\s+european|australian\s+eastern|indian?|japan|china|singapore|"
      r"(?:coordinated\s+)?universal)(?:\s+(?:standard|daylight(?:\s+saving)?|summer))?[\s-]+time(?:\s?zone)?\b|"
      r"\b(?P<whose>your|my|our|local|the\s+customer['’]s)\s+time(?:\s?zone)?\b", needs=("time",))


# "<place> time": the place is looked up in cities.txt from the words before "time" (one regex of
# every place name cost more than all the other atoms together).
TIME_WORD = re.compile(r"(?:\s+(?:standard|daylight|summer))?(?:[\s-]time(?:\s?zone)?\b|\s+timezone\b)", _I)
WORDS_BEFORE = re.compile(r"[^\s-]+")

# A bare hour ("at 7") is a time only after a cue word; "9-11 am" is a range whose first end has no am/pm.
CUE_WORDS = _CUE
# The first end of a range of hours just before this one ("five to" in "five to seven today").
RANGE_FIRST_HOUR = re.compile(rf"\b(?:{HOUR_WORD}|1[0-2]|0?[1-9])\s*(?:-|–|to|till|until|through|thru)\s*$", _I)
BARE_HOUR_CUE = re.compile(rf"\b{_CUE}\s+$|\b(?:between|from)\s+$|\bat\s+(?:exactly|precisely)\s+$", _I)  # "at exactly 7"
ZONE_WORD = re.compile(r"time|timezone|zone", _I)
# "at 1 Addington Street", "at 5 Hutchins Way", "at 1 Hotel Brooklyn Bridge": a number before a name of two or more capitalised
# words (or a street word) is an address or a venue, not a bare hour ("at 5 Friday", "at 5 Eastern Time" and "at 5 New York time" are times)
ADDRESS_AFTER = re.compile(r"\s+(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+[Tt]ime(?:zone)?\b)(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|Atlantic|"
                            r"Today|Tomorrow|Tonight|This|Next|On|In|At|And|Or|Sharp|O)[a-z]*\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+"
                            r"(?:[A-Z][a-z]+|St\b|Street|Road|Rd\b|Way|Lane|Ln\b|Avenue|Ave\b|Drive|Dr\b|Place|Close|Court|Crescent|Terrace|Square)")
# "with 2:35 left in the third period", "4:10 to go": a clock counting down, not a time of day (unless a cue stands before it:
# "leaves at 2:35 to go to Leeds")
COUNTDOWN_AFTER = re.compile(r"\s+(?:left|remaining|to\s+go)\b", _I)
# "the 1:24 scale truck", "a ratio of 1:10": a ratio, not a time
RATIO_AFTER = re.compile(r"\s*-?\s*(?:scale|ratio|dilution|mix)\b", _I)
RATIO_BEFORE = re.compile(r"\b(?:scale|ratio|odds)\s+(?:of\s+)?$", _I)
# "at 10 and 12 km/h": speeds, distances and weights, not hours
UNIT_AFTER = r"(?:km/h|kph|mph|cm|mm|km|kg|mg|lbs?|oz|ml|ft|ppm|ppb|psi|miles?|metres?|meters?|inch(?:es)?|litres?|liters?|gallons?)\b"
