"""The date/time extractor (``tactful.text.datetimes``) and the checks built on it: the customer's zone
read from their message, conversions that cross midnight, zones that contradict their offset, past
dates with no year."""

from datetime import UTC, date, datetime, time

import pytest
from tactful.document import Context
from tactful.review import review
from tactful.text.datetimes import extract
from tactful.text.datetimes.places import customer_place

TODAY = date(2026, 12, 3)  # a Thursday
NOW = datetime(2026, 12, 3, 16, 5, tzinfo=UTC)


def one(text: str, locale: str = "en-GB"):
    found = extract(text, TODAY, locale)
    assert len(found) == 1, [(e.text, e.kind) for e in found]
    return found[0]


@pytest.mark.parametrize(
    "text,span,kind,day,clock",
    [
        ("See you Wednesday, 9 December 2026.", "Wednesday, 9 December 2026", "date", date(2026, 12, 9), None),
        ("It ships Dec 9th.", "Dec 9th", "date", date(2026, 12, 9), None),
        ("Due 2026-12-01.", "2026-12-01", "date", date(2026, 12, 1), None),
        ("Due 1/12.", "1/12", "date", date(2026, 12, 1), None),
        ("Doors open at 7.30pm.", "7.30pm", "time", None, time(19, 30)),
        ("Doors open at 19:30.", "19:30", "time", None, time(19, 30)),
        ("We close at noon.", "noon", "time", None, time(12)),
        ("We close at midnight.", "midnight", "time", None, time(0)),
        ("I'll call first thing Monday.", "first thing Monday", "datetime", date(2026, 12, 7), time(9)),
        ("It arrives tomorrow.", "tomorrow", "relative", date(2026, 12, 4), None),
        ("Let's speak next Friday.", "next Friday", "relative", date(2026, 12, 11), None),
        ("Any time this weekend.", "this weekend", "relative", date(2026, 12, 5), None),
        ("It arrives in two days.", "in two days", "relative", date(2026, 12, 5), None),
        ("We'll fix it early next week.", "early next week", "relative", date(2026, 12, 7), None),
        ("Please reply by end of day.", "by end of day", "relative", TODAY, None),
    ],
)
def test_finds_and_resolves(text, span, kind, day, clock):
    found = one(text)
    assert (found.text, found.kind) == (span, kind)
    assert found.resolution.date == day
    assert found.resolution.time == clock


@pytest.mark.parametrize(
    "text,start,end,meridiem_known",
    [
        ("Open 9–11 am daily.", time(9), time(11), True),
        ("Call between 2 and 3:30 pm.", time(14), time(15, 30), True),
        ("Call from 1:30 to 3:30.", time(1, 30), time(3, 30), False),
    ],
)
def test_time_ranges_share_the_meridiem_of_their_end(text, start, end, meridiem_known):
    found = next(e for e in extract(text, TODAY, "en-GB") if e.kind == "range")
    assert (found.resolution.time, found.resolution.end_time, found.resolution.meridiem_known) == (start, end, meridiem_known)


@pytest.mark.parametrize(
    "text,zone,offset",
    [
        ("at 9:30 ET", "America/New_York", None),
        ("at 09:30 CET", "Europe/Paris", 60),
        ("at 9:30 UTC+1", None, 60),
        ("at 9:30 London time", "Europe/London", None),
        ("at 9:30 Pacific Time", "America/Los_Angeles", None),
    ],
)
def test_zones(text, zone, offset):
    found = one(text)
    assert found.kind == "time"
    assert (found.resolution.zone, found.resolution.offset) == (zone, offset)


def test_twelve_hour_time_without_meridiem_is_marked_unknown():
    assert one("Your fitting is Friday at 8:15.").resolution.meridiem_known is False
    assert one("Your fitting is Friday at 8:15 pm.").resolution.meridiem_known is True
    assert one("See you at 7 in the evening.").resolution.time == time(19)


@pytest.mark.parametrize("text", ["We sent 3.50 for version 2.10.", "Steps 2 and 3 take 3 cm.", "I'm in a good mood", "Good morning Maria,", "Call 0207 946 0018."])
def test_numbers_and_greetings_are_not_times(text):
    assert [e for e in extract(text, TODAY, "en-GB") if e.kind in ("time", "date", "datetime", "range")] == []


def test_utf16_offsets_count_emoji_as_two_units():
    text = "😀 Call at 4 pm on Friday 👩‍👩‍👧"
    (found,) = extract(text, TODAY, "en-GB")
    assert found.text == "4 pm on Friday"
    assert (found.start16, found.end16) == (found.start + 1, found.end + 1)  # one astral character before it
    encoded = text.encode("utf-16-le")
    assert encoded[2 * found.start16 : 2 * found.end16].decode("utf-16-le") == found.text


@pytest.mark.parametrize(
    "message,zone",
    [
        ("Hi, I live in Sydney so mornings are hard.", "Australia/Sydney"),
        ("It's already late here in Chicago!", "America/Chicago"),
        ("I'm in Berlin this week.", "Europe/Berlin"),
        ("I'm in a meeting until noon.", None),
        ("I ordered it from London.", None),
    ],
)
def test_customer_place(message, zone):
    place = customer_place(message)
    assert (place.zone if place else None) == zone


def suggestions(draft, incoming="", now=NOW, recipient=None):
    result = review(draft, incoming, Context(now=now, timezone="Europe/London", recipient_timezone=recipient, locale="en-GB"))
    return [(s["rule"], s["text"], s["replacements"]) for s in result["suggestions"] if s["category"] == "datetime"]


def test_customer_zone_from_their_message_names_the_day_across_midnight():
    # Friday 4 December, 9 pm in London is Saturday 8 am in Sydney (AEDT, UTC+11).
    assert suggestions("We can call at 9 pm on Friday 4 December.", "Hi,\n\nI live in Sydney.\n\nThanks,\nAmy") == [
        ("datetime.missing-timezone", "9 pm", ["9 pm London time (Saturday 8 am Sydney time)", "Saturday 8 am Sydney time"]),
    ]


def test_same_day_conversion_names_no_day():
    assert suggestions("We can call at 4:15 pm.", recipient="America/New_York") == [
        ("datetime.missing-timezone", "4:15 pm", ["4:15 pm London time (11:15 am New York time)", "11:15 am New York time"]),
    ]


def test_known_recipient_zone_wins_over_the_message():
    assert suggestions("We can call at 4:15 pm.", "I live in Sydney.", recipient="Europe/London") == []


@pytest.mark.parametrize(
    "draft,expected",
    [
        ("The webinar is at 3 pm CET (UTC+2) on 14 January 2027.", [("datetime.zone-offset", "CET (UTC+2)", ["CET (UTC+1)"])]),
        ("The webinar is at 3 pm CET (UTC+2) on 14 July 2027.", [("datetime.zone-offset", "CET (UTC+2)", ["CEST (UTC+2)"])]),
        ("Support opens at 9 am EST (UTC-4) on 14 July 2027.", [("datetime.zone-offset", "EST (UTC-4)", ["EDT (UTC-4)"])]),
        ("We call at 10 am London time (UTC+1) on 10 January 2027.", [("datetime.zone-offset", "London time (UTC+1)", ["London time (UTC)"])]),
        ("Our summer hours start at 9 am EST in July.", [("datetime.zone-season", "EST", ["EDT", "ET"])]),
    ],
)
def test_zone_contradicting_offset_or_season(draft, expected):
    assert suggestions(draft) == expected


def test_past_date_without_a_year():
    written_on = datetime(2026, 11, 23, 10, tzinfo=UTC)
    assert suggestions("We'll deliver your sofa on 3 November.", now=written_on) == [
        ("datetime.past-date", "3 November", ["3 December", "3 November 2027"]),
    ]
    assert suggestions("Your sofa was delivered on 3 November.", now=written_on) == []
    assert suggestions("We'll deliver your sofa on 30 November.", now=written_on) == []


@pytest.mark.parametrize(
    "draft",
    [
        "Thursday, 3 December 2026 at 4:15 pm Pacific Time",
        "09:30 UTC",
        "Fri 11 Dec, 10am PT",
        "The webinar is at 3 pm CET (UTC+1) on 14 January 2027.",
        "We can call at 9 pm London time (Saturday 8 am Sydney time) on Friday 4 December.",
    ],
)
@pytest.mark.parametrize("incoming,recipient", [("", None), ("I live in Sydney.", None), ("", "America/New_York")])
def test_complete_expressions_are_never_flagged(draft, incoming, recipient):
    assert suggestions(draft, incoming, recipient=recipient) == []


@pytest.mark.parametrize(
    "draft,span,replacement",
    [
        ("The engineer comes in two days.", "in two days", "in two days (Saturday 5 December)"),
        ("We'll fix it early next week.", "early next week", "early next week (the week of Monday 7 December)"),
        ("It's open this weekend.", "this weekend", "this weekend (Saturday 5 December–Sunday 6 December)"),
        ("We'll call Friday next week.", "Friday next week", "Friday next week (Friday 11 December)"),
        ("We will reply in 2 weeks.", "in 2 weeks", "in 2 weeks (Thursday 17 December)"),
    ],
)
def test_relative_periods_name_their_date(draft, span, replacement):
    assert suggestions(draft) == [("datetime.relative-date", span, [replacement])]


@pytest.mark.parametrize("draft", ["It's open this weekend (5–6 December).", "Refunds take 3 to 5 working days.", "It arrives in 3 months.",
                                   "Refunds are made within 30 days.", "Returns are accepted in 30 days."])
def test_relative_periods_already_named_or_long_stay_silent(draft):
    assert suggestions(draft) == []


@pytest.mark.parametrize(
    "text,span,kind,day,clock",
    [
        ("Could you come on the 17 between 2 and 4pm?", "the 17 between 2 and 4pm", "range", date(2026, 12, 17), time(14)),
        ("We meet on 29th.", "29th", "date", date(2026, 12, 29), None),
        ("It ships the 15th day of next month.", "the 15th day of next month", "date", date(2027, 1, 15), None),
        ("See you the day after tmrw.", "the day after tmrw", "relative", date(2026, 12, 5), None),
        ("I'll be back 1140 a.m.", "1140 a.m.", "time", None, time(11, 40)),
        ("Call us from two to five pm.", "from two to five pm", "range", None, time(14)),
        ("I'm off between ninth and seventeenth of april.", "between ninth and seventeenth of april", "range", date(2027, 4, 9), None),
        ("It will be ready by the end of 2027.", "by the end of 2027", "date", date(2027, 12, 31), None),
        ("It happens later than 2018.", "later than 2018", "date", date(2018, 1, 1), None),
        ("I'll go back tomorrow morning at 7.", "tomorrow morning at 7", "datetime", date(2026, 12, 4), time(7)),
        ("I'll go back 7:00 on Sunday afternoon.", "7:00 on Sunday afternoon", "datetime", date(2026, 12, 6), time(19)),
        ("I'll be back tomorrow before 5pm.", "tomorrow before 5pm", "datetime", date(2026, 12, 4), time(17)),
        ("It will happen 1/1/2027 between 10 and 11:30.", "1/1/2027 between 10 and 11:30", "range", date(2027, 1, 1), time(10)),
        ("I'll go back next week on friday.", "next week on friday", "date", date(2026, 12, 11), None),
        ("It can be done between today and tomorrow.", "between today and tomorrow", "range", TODAY, None),
        ("How about between 6:30 to 9 pst?", "between 6:30 to 9 pst", "range", None, time(6, 30)),
        ("We'll reply within the next hour.", "within the next hour", "relative", TODAY, None),
        ("Please call during business hours.", "during business hours", "time", None, None),
        ("See you tonite!", "tonite", "relative", TODAY, None),
        ("Off from this Friday 4/12 to next Sunday 13/12.", "from this Friday 4/12 to next Sunday 13/12", "range", date(2026, 12, 4), None),
    ],
)
def test_more_expressions(text, span, kind, day, clock):
    found = one(text)
    assert (found.text, found.kind) == (span, kind)
    assert found.resolution.date == day
    assert found.resolution.time == clock


@pytest.mark.parametrize(
    "text,word",
    [("Let's go out 1 evening.", "1"), ("We will be only 3 next week.", "3"), ("On second thought, keep it.", "second"),
     ("Our office is on the 3rd floor.", "3rd")],
)
def test_numbers_that_stay_numbers(text, word):
    assert [e.text for e in extract(text, TODAY, "en-GB") if word in e.text] == []


def test_a_us_range_of_numeric_dates_keeps_its_order():
    found = extract("I'll be out 12/21 until 1/4.", TODAY, "en-GB")[0]
    assert (found.text, found.resolution.date, found.resolution.end_date) == ("12/21 until 1/4", date(2026, 12, 21), date(2027, 1, 4))


def test_lower_case_zone_only_right_after_a_time_and_not_a_word():
    assert [e.text for e in extract("I'll be there at 10 west entrance.", TODAY, "en-GB")] == ["10"]
    assert [e.text for e in extract("The est. cost is 10 dollars", TODAY, "en-GB")] == []


def test_a_month_does_not_take_a_time_range():
    assert [e.text for e in extract("meet next month between 2:20 to 3pm", TODAY, "en-GB")] == ["next month", "between 2:20 to 3pm"]


def test_a_dated_range_does_not_take_a_second_date():
    texts = [e.text for e in extract("book me a room tomorrow from 10am-12pm tomorrow", TODAY, "en-GB")]
    assert texts == ["tomorrow from 10am-12pm", "tomorrow"]


def test_later_before_a_period_belongs_to_it():
    assert [e.text for e in extract("Find 30 minutes later this week.", TODAY, "en-GB") if e.kind != "duration"] == ["later this week"]
    assert [e.text for e in extract("He answered a few minutes earlier than you.", TODAY, "en-GB") if e.kind != "duration"] == []


def test_a_weekday_after_a_date_only_at_a_clause_end():
    assert [e.text for e in extract("On Dec 18, Monday we open.", TODAY, "en-GB")] == ["Dec 18", "Monday"]
    assert one("Delivery is Dec 18, Fri.").resolution.weekday == 4


def test_numbers_before_a_day_or_a_zone_that_are_no_times():
    assert [e.text for e in extract("We sold 730 today and about 1030 yesterday.", TODAY, "en-GB")] == ["today", "yesterday"]
    assert [(e.text, e.kind) for e in extract("We need 24h GMT support, in 2h.", TODAY, "en-GB")] == [("GMT", "zone"), ("in 2h", "relative")]


def test_lower_case_month_words_that_are_no_months():
    for text in ("You may and must go.", "I may march to the shop.", "We sat at 5 desks.", "The sun 14 times brighter."):
        assert [e.text for e in extract(text, TODAY, "en-GB") if e.kind != "time"] == [], text


def test_a_month_keeps_its_dot_only_inside_a_range():
    assert [e.text for e in extract("I arrive in Oct. and leave in Nov.", TODAY, "en-GB")] == ["Oct", "Nov"]
    assert [e.text for e in extract("We leave in Aug. To be honest, that's fine.", TODAY, "en-GB")] == ["Aug"]


def test_an_abbreviation_keeps_its_dot_only_inside_an_expression():
    assert [e.text for e in extract("See you on Mon. we said.", TODAY, "en-GB")] == ["Mon"]
    assert [e.text for e in extract("Closed Sat. and Sun. Mon. 9am works.", TODAY, "en-GB")] == ["Sat", "Sun", "Mon. 9am"]
    assert [e.text for e in extract("Open Mon.-Fri. 9am-5pm.", TODAY, "en-GB")] == ["Mon.-Fri. 9am-5pm"]
    assert next(e.text for e in extract("Back by 7 p.m. and gone by 9.", TODAY, "en-GB")) == "by 7 p.m."


def test_an_ordinal_after_a_range_word_is_a_day_only_after_one():
    assert extract("They ranked 2nd through 5th in the league.", TODAY, "en-GB") == []
    assert not any("5th" in e.text for e in extract("Rooms on the 3rd to 5th floor.", TODAY, "en-GB"))
    assert [e.text for e in extract("On 24th we close.", TODAY, "en-GB")] == ["24th"]


def test_late_as_an_adjective_stays_out():
    for text in ("Sorry for the late Friday reply.", "We are running late today.", "We were late Friday.", "I was late last night.",
                 "I'm running late this morning."):
        assert [e.text for e in extract(text, TODAY, "en-GB")] in (["Friday"], ["today"], ["last night"], ["this morning"])


def test_the_next_business_day_skips_the_weekend():
    assert extract("We will reply next business day.", date(2026, 12, 4), "en-GB")[0].resolution.date == date(2026, 12, 7)
    assert extract("We replied the previous business day.", date(2026, 12, 7), "en-GB")[0].resolution.date == date(2026, 12, 4)


def test_phone_numbers_and_fractions_are_no_dates():
    assert [e.text for e in extract("Tel: +86 138-2010-2015 or +86 2010-2015-86", TODAY, "en-GB")] == []
    assert [e.text for e in extract("Its 6 1/4% notes and 1/4 % more.", TODAY, "en-GB")] == []


def test_a_period_after_an_event_is_a_duration():
    for text in ("Returns are accepted 30 days after delivery.", "Refunds within 14 days of purchase.", "Valid 10 days from the date of purchase."):
        assert [(e.kind, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == [("duration", None)], text


def test_or_later_than_is_not_a_suffix():
    texts = [e.text for e in extract("sales between 2015 and 2018 or later than 2020", TODAY, "en-GB")]
    assert texts == ["between 2015 and 2018", "later than 2020"]


# Issue 3: classes of expression, each with its exact span and resolution (today is Thursday 3 December 2026).
@pytest.mark.parametrize(
    "text,span,day,end_day,clock,end_clock",
    [
        # a period with its start
        ("The meeting lasts for 2 hours from 2pm.", "for 2 hours from 2pm", None, None, time(14), time(16)),
        ("The meeting starts from 2pm for 2 hours.", "from 2pm for 2 hours", None, None, time(14), time(16)),
        ("Out of office for 3 days starting from next Monday.", "3 days starting from next Monday", date(2026, 12, 7), date(2026, 12, 9), None, None),
        ("Set it for a week starting tomorrow.", "a week starting tomorrow", date(2026, 12, 4), date(2026, 12, 10), None, None),
        ("Set it for 3 days from today.", "for 3 days from today", TODAY, date(2026, 12, 5), None, None),
        ("We're closed for 2 weeks from 20 December.", "for 2 weeks from 20 December", date(2026, 12, 20), date(2027, 1, 2), None, None),
        ("Book five days beginning on Thursday next week.", "five days beginning on Thursday next week", date(2026, 12, 10), date(2026, 12, 14), None, None),
        # the week a day starts or falls in
        ("😀 It ships the week of March 3rd.", "the week of March 3rd", date(2027, 3, 1), date(2027, 3, 7), None, None),
        ("A meeting the week commencing February 4.", "the week commencing February 4", date(2027, 2, 4), date(2027, 2, 10), None, None),
        ("A flight for the weekend of Halloween.", "the weekend of Halloween", date(2026, 10, 31), date(2026, 11, 1), None, None),
        # ranges from now
        ("We'll fix it between now and Friday.", "between now and Friday", TODAY, date(2026, 12, 4), None, None),
        ("Call any time from now to 5pm.", "from now to 5pm", TODAY, TODAY, None, time(17)),
        # ranges up to now
        ("Orders between Jan 2019 and now.", "between Jan 2019 and now", date(2019, 1, 1), TODAY, None, None),
        ("Refunds from March to date.", "from March to date", date(2026, 3, 1), TODAY, None, None),
        # ordinal and counted weekdays
        ("We'll call the first Monday of next month.", "the first Monday of next month", date(2027, 1, 4), None, None, None),
        ("It closes the last Friday of January.", "the last Friday of January", date(2027, 1, 29), None, None, None),
        ("Come back second sunday.", "second sunday", date(2026, 12, 13), None, None, None),
        ("Are you free two sundays from now?", "two sundays from now", date(2026, 12, 13), None, None, None),
        # counted periods
        ("I left 2 years 1 month 21 days ago.", "2 years 1 month 21 days ago", date(2024, 10, 13), None, None, None),
        ("It was due more than 2 days before yesterday.", "more than 2 days before yesterday", date(2026, 11, 30), None, None, None),
        ("Take the remaining of the week off.", "the remaining of the week", TODAY, None, None, None),
        # the date part of a time keeps growing: a weekday range, a weekday and its date
        ("Our hours are 9am-5pm Monday to Friday.", "9am-5pm Monday to Friday", date(2026, 12, 7), date(2026, 12, 11), time(9), time(17)),
        ("Open Mon - Fri, 9am - 5pm.", "Mon - Fri, 9am - 5pm", date(2026, 12, 7), date(2026, 12, 11), time(9), time(17)),
        ("A call at 14:00 GMT on Monday 7th December.", "14:00 GMT on Monday 7th December", date(2026, 12, 7), None, time(14), None),
        # four-digit 24-hour times after a cue word, or with "hrs"
        ("Where were you between 0730-0930?", "between 0730-0930", None, None, time(7, 30), time(9, 30)),
        ("Meet at 1400 hrs.", "1400 hrs", None, None, time(14), None),
        # a dotted date after a weekday; a bare day after "on" when a time follows
        ("A call on Friday 7.6 with Jim.", "Friday 7.6", date(2026, 6, 7), None, None, None),
        ("I'll go back on 15, 8pm.", "15, 8pm", date(2026, 12, 15), None, time(20), None),
        # vague periods and "this time <day>"
        ("We'll follow up in the coming days.", "coming days", date(2026, 12, 4), None, None, None),
        ("I'll call this time tomorrow.", "this time tomorrow", date(2026, 12, 4), None, None, None),
        ("We'll reply by COB Friday.", "by COB Friday", date(2026, 12, 4), None, None, None),
        # seasons with a year or a "this/next/last"
        ("Out in the summer of 2016.", "the summer of 2016", date(2016, 6, 21), date(2016, 9, 21), None, None),
        ("Out next winter.", "next winter", date(2026, 12, 21), date(2027, 3, 19), None, None),
        # "<weekday|period> after next", "the day after <date>", weekdays of a named week
        ("Out the Monday after next.", "the Monday after next", date(2026, 12, 14), None, None, None),
        ("Out the weekend after next.", "the weekend after next", date(2026, 12, 19), None, None, None),
        ("Out the day after Christmas.", "the day after Christmas", date(2026, 12, 26), None, None, None),
        ("Out Monday-Wednesday next week.", "Monday-Wednesday next week", date(2026, 12, 7), date(2026, 12, 9), None, None),
        ("We're open Monday to Friday.", "Monday to Friday", date(2026, 12, 7), date(2026, 12, 11), None, None),
        # parts of months and years
        ("Out the last day of next month.", "the last day of next month", date(2027, 1, 31), None, None, None),
        ("Out the second week of next month.", "the second week of next month", date(2027, 1, 8), None, None, None),
        ("Out the first half of 2017.", "the first half of 2017", date(2017, 1, 1), date(2017, 6, 30), None, None),
        ("Out Jan 1 - Jan 5.", "Jan 1 - Jan 5", date(2027, 1, 1), date(2027, 1, 5), None, None),
        ("Out from the 13th to the 15th of July.", "from the 13th to the 15th of July", date(2026, 7, 13), date(2026, 7, 15), None, None),
        ("Pick it up at 5:15 pm on March 13th till the 14th.", "5:15 pm on March 13th till the 14th", date(2027, 3, 13), date(2027, 3, 14), time(17, 15), None),
        # edges of any relative period
        ("Out until the end of coming week.", "until the end of coming week", date(2026, 12, 11), None, None, None),
        ("Out the rest of the week.", "the rest of the week", TODAY, None, None, None),
        ("Out 2 upcoming weeks.", "2 upcoming weeks", TODAY, None, None, None),
        # minutes past an hour written with its am/pm, or noon
        ("Call at a quarter past 8pm.", "a quarter past 8pm", None, None, time(20, 15), None),
        ("Call twenty after 3pm.", "twenty after 3pm", None, None, time(15, 20), None),
        ("Call 15 minutes past noon.", "15 minutes past noon", None, None, time(12, 15), None),
        # a part of the day settles a bare hour or a range of them
        ("Call at 5 this afternoon.", "5 this afternoon", TODAY, None, time(17), None),
        ("Call at 10 tonight.", "10 tonight", TODAY, None, time(22), None),
        ("Call between 2 and 4 in the afternoon.", "between 2 and 4 in the afternoon", None, None, time(14), time(16)),
        ("Call tomorrow at around 10.", "tomorrow at around 10", date(2026, 12, 4), None, time(10), None),
        ("Call at about 3pm.", "about 3pm", None, None, time(15), None),
        ("Call at twelve noon.", "twelve noon", None, None, time(12), None),
        # "a week today", "a fortnight on Tuesday", "next Monday the 7th"
        ("I'll go back a week today.", "a week today", date(2026, 12, 10), None, None, None),
        ("I'll go back a fortnight on Tuesday.", "a fortnight on Tuesday", date(2026, 12, 22), None, None, None),
        ("I'll go back next Monday the 7th.", "next Monday the 7th", date(2026, 12, 7), None, None, None),
        # months and holidays named relative to now
        ("I'm off 4-22 this month.", "4-22 this month", date(2026, 12, 4), date(2026, 12, 22), None, None),
        ("I'm off from 4-23 in next month.", "from 4-23 in next month", date(2027, 1, 4), date(2027, 1, 23), None, None),
        ("I'm off next June.", "next June", date(2027, 6, 1), None, None, None),
        ("I'm off last Sept.", "last Sept", date(2026, 9, 1), None, None, None),
        ("I'm off June next year.", "June next year", date(2027, 6, 1), None, None, None),
        ("I'm off the 2nd of March next year.", "the 2nd of March next year", date(2027, 3, 2), None, None, None),
        ("I'm off the month of May.", "the month of May", date(2027, 5, 1), None, None, None),
        ("I'm off last Halloween.", "last Halloween", date(2026, 10, 31), None, None, None),
        ("I'm off between 2 Jan and 22 Jan 2020.", "between 2 Jan and 22 Jan 2020", date(2020, 1, 2), date(2020, 1, 22), None, None),
        # "at the end of": "at the" is the preposition; "the end of <weekday>"
        ("A party at the end of 2027.", "end of 2027", date(2027, 12, 31), None, None, None),
        ("We'll reply by the end of Friday.", "by the end of Friday", date(2026, 12, 4), None, None, None),
        # half a day after a day, two-word cues and three quarters
        ("Can we do Tuesday pm?", "Tuesday pm", date(2026, 12, 8), None, None, None),
        ("Monday a.m. works.", "Monday a.m.", date(2026, 12, 7), None, None, None),
        ("I felt sick before around 2pm today.", "before around 2pm today", TODAY, None, time(14), None),
        ("It's three quarters past 9pm.", "three quarters past 9pm", None, None, time(21, 45), None),
        # ranges whose second end has its own day or part of the day, and "from" before a dated range
        ("Out from 3pm today to 5pm tomorrow.", "from 3pm today to 5pm tomorrow", TODAY, date(2026, 12, 4), time(15), time(17)),
        ("Out from 9 in the morning to 5 in the afternoon.", "from 9 in the morning to 5 in the afternoon", None, None, time(9), time(17)),
        ("Out from tomorrow 9am to 5pm.", "from tomorrow 9am to 5pm", date(2026, 12, 4), None, time(9), time(17)),
        # a day of a relative month; a zoned range whose second end repeats the zone
        ("Due the 20 of next month.", "the 20 of next month", date(2027, 1, 20), None, None, None),
        ("Due the 20th of the previous month.", "the 20th of the previous month", date(2026, 11, 20), None, None, None),
        ("Open 15:00 GMT - 18:00 GMT.", "15:00 GMT - 18:00 GMT", None, None, time(15), time(18)),
        # a month and a four-digit year in figures
        ("Your card expires 02/2027.", "02/2027", date(2027, 2, 1), None, None, None),
        # an ordinal in words where a day can stand
        ("We'll ship it on the first.", "the first", date(2026, 12, 1), None, None, None),
        ("We'll ship it on the first of May.", "the first of May", date(2027, 5, 1), None, None, None),
        # end of day on a named day, "on or before"
        ("We'll have it by end of play Friday.", "by end of play Friday", date(2026, 12, 4), None, None, None),
        ("Please return it on or before 5 March.", "on or before 5 March", date(2027, 3, 5), None, None, None),
        ("I'll be back end of day tomorrow.", "end of day tomorrow", date(2026, 12, 4), None, None, None),
        ("We need it by close of business on Friday.", "by close of business on Friday", date(2026, 12, 4), None, None, None),
        # minutes in words after an hour in words; a teen or a unit only after a cue word
        ("Let's meet at eleven twenty.", "eleven twenty", None, None, time(11, 20), None),
        ("I'll call at nine fifty-five.", "nine fifty-five", None, None, time(9, 55), None),
        ("I'll call at eight o five.", "eight o five", None, None, time(8, 5), None),
        ("I'll go back at eleven five.", "eleven five", None, None, time(11, 5), None),
        ("I'll go back 3 min past 5pm.", "3 min past 5pm", None, None, time(17, 3), None),
        # a range of hours right before a day or a part of the day, with no "from"
        ("I'll be out five to seven tonight.", "five to seven tonight", TODAY, None, time(17), time(19)),
        ("Call me 9 to 11 tomorrow.", "9 to 11 tomorrow", date(2026, 12, 4), None, time(9), time(11)),
        ("Call me 2-4 tomorrow afternoon.", "2-4 tomorrow afternoon", date(2026, 12, 4), None, time(14), time(16)),
        # this/next/last before a written date: this year's, the first after today, the last before it
        ("I'll come back next 6th of April.", "next 6th of April", date(2027, 4, 6), None, None, None),
        ("It was last March 3rd.", "last March 3rd", date(2026, 3, 3), None, None, None),
        ("See you this coming December 1.", "this coming December 1", date(2027, 12, 1), None, None, None),
        ("It's due this 25 December.", "this 25 December", date(2026, 12, 25), None, None, None),
        # a day named and dated, one of them in brackets
        ("Set up a call Friday (June 15) with Jim.", "Friday (June 15)", date(2026, 6, 15), None, None, None),
        ("Set up a call on 15 June (Friday) with Jim.", "15 June (Friday)", date(2026, 6, 15), None, None, None),
        ("Call tomorrow (Dec 4) at 3pm.", "tomorrow (Dec 4) at 3pm", date(2026, 12, 4), None, time(15), None),
        # a month and a day in cardinal words; a numeric date with its year after a comma
        ("It is due March thirty-one.", "March thirty-one", date(2027, 3, 31), None, None, None),
        ("It is due June twenty-two, 2027.", "June twenty-two, 2027", date(2027, 6, 22), None, None, None),
        ("I'll go back 11/12, 2016.", "11/12, 2016", date(2016, 12, 11), None, None, None),
        # a part of the day after "in" with no article
        ("Call me at 5 in evening.", "5 in evening", None, None, time(17), None),
        # a period counted back with "earlier"; "later" before "this week" belongs to the week
        ("It arrived two days earlier.", "two days earlier", date(2026, 12, 1), None, None, None),
        # an hour with the time of day it names: noon, midnight, lunchtime
        ("Meet at 12 o'clock midnight.", "12 o'clock midnight", None, None, time(0), None),
        ("I'll be back 1 o'clock lunchtime.", "1 o'clock lunchtime", None, None, time(13), None),
        ("I'll be back lunchtime 12 o'clock.", "lunchtime 12 o'clock", None, None, time(12), None),
        # words that belong to the expression: "on or around", "towards", "at the latest"
        ("I'll send it by Monday at the latest.", "by Monday at the latest", date(2026, 12, 7), None, None, None),
        ("I'll send it on or around the 15th.", "on or around the 15th", date(2026, 12, 15), None, None, None),
        ("I'll send it towards the end of the month.", "towards the end of the month", date(2026, 12, 31), None, None, None),
        # the first or last days or weeks of a period, the nth month of a year
        ("They visited Paris the first ten days of last year.", "the first ten days of last year", date(2025, 1, 1), date(2025, 1, 10), None, None),
        ("Out the last 2 weeks of June 2027.", "the last 2 weeks of June 2027", date(2027, 6, 17), date(2027, 6, 30), None, None),
        ("Out the first few days of next month.", "the first few days of next month", date(2027, 1, 1), date(2027, 1, 3), None, None),
        ("They will leave the third month of 2021.", "the third month of 2021", date(2021, 3, 1), date(2021, 3, 31), None, None),
        ("We review it the 9th month of next year.", "the 9th month of next year", date(2027, 9, 1), date(2027, 9, 30), None, None),
        # a part of a month: its half, middle or end
        ("Out the first half of June.", "the first half of June", date(2027, 6, 1), date(2027, 6, 15), None, None),
        ("Out in late June 2027.", "late June 2027", date(2027, 6, 30), None, None, None),
        ("Out mid-June.", "mid-June", date(2027, 6, 15), None, None, None),
        # bare hours counting down from a morning hour cross noon
        ("I'll be out from 9 to 5.", "from 9 to 5", None, None, time(9), time(17)),
        ("Our office is open 9-5, Monday to Friday.", "9-5, Monday to Friday", date(2026, 12, 7), date(2026, 12, 11), time(9), time(17)),
        ("I'll be out between 11 and 1.", "between 11 and 1", None, None, time(11), time(13)),
        # "before last" as "after next", "Monday week", the rest of the day
        ("Out the week before last.", "the week before last", date(2026, 11, 16), None, None, None),
        ("Out the Friday before last.", "the Friday before last", date(2026, 11, 20), None, None, None),
        ("I'll be out Monday week.", "Monday week", date(2026, 12, 14), None, None, None),
        ("I'll be out Tuesday fortnight.", "Tuesday fortnight", date(2026, 12, 22), None, None, None),
        ("I'll be out for the rest of the day.", "the rest of the day", TODAY, None, None, None),
        # a counted day and the weekday it falls on; "the" before "eod"
        ("I'll go back in two days, on Saturday.", "in two days, on Saturday", date(2026, 12, 5), None, None, None),
        ("We exchange messages at the eod.", "the eod", None, None, time(17), None),
        ("I'll go back 3 weeks after Christmas on Friday.", "3 weeks after Christmas on Friday", date(2027, 1, 15), None, None, None),
        # the week ending a day, the weekend before or after one
        ("Timesheets for the week ending 18 December.", "the week ending 18 December", date(2026, 12, 12), date(2026, 12, 18), None, None),
        ("Timesheets for w/e 18/12.", "w/e 18/12", date(2026, 12, 12), date(2026, 12, 18), None, None),
        ("I'll be out the weekend before Christmas.", "the weekend before Christmas", date(2026, 12, 19), date(2026, 12, 20), None, None),
        ("I'll be out the weekend before Sunday 27 December.", "the weekend before Sunday 27 December", date(2026, 12, 19), date(2026, 12, 20), None, None),
        # a range of days of the month with "the" before either end
        ("I'll be out the 2nd-4th.", "the 2nd-4th", date(2026, 12, 2), date(2026, 12, 4), None, None),
        ("I'll be out on the 2nd-4th of December.", "the 2nd-4th of December", date(2026, 12, 2), date(2026, 12, 4), None, None),
        # both ends of a range of numeric dates follow the order one of them shows
        ("I'll be out 4/1 - 21/1.", "4/1 - 21/1", date(2027, 1, 4), date(2027, 1, 21), None, None),
        # a month in any case after "of"; a year after "of" following a date
        ("I'll be out the end of sept.", "the end of sept", date(2026, 9, 30), None, None, None),
        ("I'll go back January 12 of 2016.", "January 12 of 2016", date(2016, 1, 12), None, None, None),
        # minutes to an hour (not "three quarters"), "-ish", "mid-day"; an hour in words after "around", "until"...
        ("It's three minutes to eight.", "three minutes to eight", None, None, time(7, 57), None),
        ("I'll be back 11-ish.", "11-ish", None, None, time(11), None),
        ("I'll be back mid-day.", "mid-day", None, None, time(12), None),
        ("I'll be back around eight.", "around eight", None, None, time(8), None),
        # 24-hour times written with an h
        ("I'll be back at 17h.", "17h", None, None, time(17), None),
        ("I'll be back at 10h30.", "10h30", None, None, time(10, 30), None),
        ("I'll be back 20:30h.", "20:30h", None, None, time(20, 30), None),
        # "in about", "a quarter of an hour", "a couple" without "of"; a day at a meal; "in the AM"; "half three"
        ("We'll reply in about 3 days.", "in about 3 days", date(2026, 12, 6), None, None, None),
        ("Call in a quarter of an hour.", "in a quarter of an hour", TODAY, None, None, None),
        ("We'll reply in a couple hours.", "in a couple hours", TODAY, None, None, None),
        ("Please put Mike down for Thursday lunch.", "Thursday lunch", date(2026, 12, 3), None, time(12), None),
        ("Call 3 in the AM.", "3 in the AM", None, None, time(3), None),
        ("See you at half three tomorrow.", "half three tomorrow", date(2026, 12, 4), None, time(3, 30), None),
        ("Born 31/Oct/1974.", "31/Oct/1974", date(1974, 10, 31), None, None, None),
        # dotted times in a range; an end with no am/pm after a known start; Xmas Eve; a holiday's year; a weekday settles d/m
        ("Open 9.30-10.30.", "9.30-10.30", None, None, time(9, 30), time(10, 30)),
        ("Open between noon and 2.", "between noon and 2", None, None, time(12), time(14)),
        ("Open Xmas Eve.", "Xmas Eve", date(2026, 12, 24), None, None, None),
        ("Open New Year's Day 2027.", "New Year's Day 2027", date(2027, 1, 1), None, None, None),
        ("Call back on Monday 12/4.", "Monday 12/4", date(2027, 4, 12), None, None, None),
        # the start or end of a day: "early tomorrow", "late Friday afternoon" (not "the late Friday reply")
        ("I'll be out early tomorrow.", "early tomorrow", date(2026, 12, 4), None, None, None),
        ("I'll be out late Friday afternoon.", "late Friday afternoon", date(2026, 12, 4), None, None, None),
        # business days, "within the hour", the start of business, EOM
        ("We'll reply by the next business day.", "by the next business day", date(2026, 12, 4), None, None, None),
        ("We'll call you within the hour.", "within the hour", TODAY, None, None, None),
        ("We need it by start of business tomorrow.", "by start of business tomorrow", date(2026, 12, 4), None, time(9), None),
        ("Expires EOM.", "EOM", date(2026, 12, 31), None, None, None),
        # "in the next N days" is "the next N days" after "in", as "in the past N days" is
        ("How is the weather in the next two days?", "next two days", TODAY, None, None, None),
        # "the" stays out of a relative period ("the following week" -> "following week"), in with a prefix or an edge
        ("It has to be the following week.", "following week", date(2026, 12, 7), None, None, None),
        ("It's on monday of the following week.", "monday of the following week", date(2026, 12, 7), None, None, None),
        ("Let's review it in the beginning of the next year.", "the beginning of the next year", date(2027, 1, 1), None, None, None),
        ("It was fixed the following morning.", "the following morning", date(2026, 12, 4), None, None, None),
        # a counted period given as a range of counts
        ("Your refund arrives within 3-5 business days.", "within 3-5 business days", date(2026, 12, 6), date(2026, 12, 8), None, None),
        ("I'll be back in a week or two.", "in a week or two", date(2026, 12, 10), date(2026, 12, 17), None, None),
        ("Your refund arrives in 2 to 3 weeks.", "in 2 to 3 weeks", date(2026, 12, 17), date(2026, 12, 24), None, None),
        # weeks counted from a day ("two weeks today"); a period after an event is a duration, not a day from today
        ("It works two weeks today.", "two weeks today", date(2026, 12, 17), None, None, None),
        ("It works 3 weeks on Friday.", "3 weeks on Friday", date(2026, 12, 25), None, None, None),
        # an ordinal weekday with its part of the day; ordinal weeks and days of a year
        ("Set it up for the first Monday evening of next month.", "the first Monday evening of next month", date(2027, 1, 4), None, None, None),
        ("Out the first week of 2027.", "the first week of 2027", date(2027, 1, 1), None, None, None),
        ("Out the last day of next year.", "the last day of next year", date(2027, 12, 31), None, None, None),
        # a dotted day.month no clock or version can be, after a cue word, and the range it starts
        ("We're closed until 24.12.", "until 24.12", date(2026, 12, 24), None, None, None),
        ("We're closed from 27.12 to 2.1.", "from 27.12 to 2.1", date(2026, 12, 27), date(2027, 1, 2), None, None),
        # a day counted from another the sentence names elsewhere: found, not resolved
        ("It was fixed the next day.", "the next day", None, None, None, None),
        ("What's your plan for the day after?", "the day after", None, None, None, None),
        ("We spoke the night before.", "the night before", None, None, None, None),
        ("I'll be out the week after.", "the week after", None, None, None, None),
        # a weekday counted from a date: the first one before or after it
        ("See you the Monday before Christmas.", "the Monday before Christmas", date(2026, 12, 21), None, None, None),
        ("See you the Friday after Christmas.", "the Friday after Christmas", date(2027, 1, 1), None, None, None),
        # ISO 8601 date-times, as logs and exports write them
        ("The export says 2026-12-05T15:00:00Z.", "2026-12-05T15:00:00Z", date(2026, 12, 5), None, time(15), None),
        ("Logged 2026-12-05T09:30:15.120+01:00 in the audit.", "2026-12-05T09:30:15.120+01:00", date(2026, 12, 5), None, time(9, 30, 15), None),
        # four-digit 24-hour times: a range on quarter hours with no cue, one after "at" that ends its clause
        ("Support is open 0900-1700.", "0900-1700", None, None, time(9), time(17)),
        ("The line is staffed 0730 to 1815.", "0730 to 1815", None, None, time(7, 30), time(18, 15)),
        ("Please call at 1730.", "1730", None, None, time(17, 30), None),
        # working days of a named period (Monday to Friday)
        ("Billing runs the first business day of next month.", "the first business day of next month", date(2027, 1, 1), None, None, None),
        ("Invoices go out the last working day of the month.", "the last working day of the month", date(2026, 12, 31), None, None, None),
        ("Pay it the second business day in March 2027.", "the second business day in March 2027", date(2027, 3, 2), None, None, None),
        # a period's end or middle in one word
        ("Please pay by month-end.", "by month-end", date(2026, 12, 31), None, None, None),
        ("We'll know by next month end.", "by next month end", date(2027, 1, 31), None, None, None),
        ("Let's talk midweek.", "midweek", date(2026, 12, 9), None, None, None),
        ("It ships mid-month.", "mid-month", date(2026, 12, 15), None, None, None),
        # counted periods given as a range of counts, after next/past or before from/ago
        ("You'll hear back in the next 24-48 hours.", "next 24-48 hours", TODAY, None, None, None),
        ("I'll be away the next day or two.", "next day or two", TODAY, None, None, None),
        ("It failed in the past 2 to 3 weeks.", "past 2 to 3 weeks", date(2026, 11, 12), None, None, None),
        ("Expect it 5-7 business days from today.", "5-7 business days from today", date(2026, 12, 8), date(2026, 12, 10), None, None),
        ("It arrived 2-3 days ago.", "2-3 days ago", date(2026, 11, 30), date(2026, 12, 1), None, None),
        # a four-digit year and a month in digits; a period up to today
        ("Your statement for 2026-11 is ready.", "2026-11", date(2026, 11, 1), None, None, None),
        ("We moved in 2015/3.", "2015/3", date(2015, 3, 1), None, None, None),
        ("Your usage month to date is low.", "month to date", date(2026, 12, 1), TODAY, None, None),
        ("Sales are up year-to-date.", "year-to-date", date(2026, 1, 1), TODAY, None, None),
        # meal times and parts of the day written as one word
        ("Let's talk after supper.", "after supper", None, None, time(19), None),
        ("We can meet at brunch.", "at brunch", None, None, time(11), None),
        ("The dinnertime rush is over.", "dinnertime", None, None, time(19), None),
        ("It dips midafternoon.", "midafternoon", None, None, None, None),
        ("It runs in the nighttime.", "in the nighttime", None, None, None, None),
        # holidays on the same day every year
        ("We're closed on St. Patrick's Day.", "St. Patrick's Day", date(2027, 3, 17), None, None, None),
        ("We're closed for Veterans Day 2027.", "Veterans Day 2027", date(2027, 11, 11), None, None, None),
        ("See you at Cinco de Mayo.", "Cinco de Mayo", date(2027, 5, 5), None, None, None),
        # halves written with digits; a calendar year
        ("Out the 2nd half of 2027.", "the 2nd half of 2027", date(2027, 7, 1), date(2027, 12, 31), None, None),
        ("Out the 1st half of June.", "the 1st half of June", date(2027, 6, 1), date(2027, 6, 15), None, None),
        ("Budget for calendar year 2027.", "calendar year 2027", date(2027, 1, 1), None, None, None),
        # a week and then its weekdays; "my" week
        ("I'm out next week from Monday to Wednesday.", "next week from Monday to Wednesday", date(2026, 12, 7), date(2026, 12, 9), None, None),
        ("I'm out this week between Monday and Wednesday.", "this week between Monday and Wednesday", date(2026, 11, 30), date(2026, 12, 2), None, None),
        ("Take the rest of my week off.", "the rest of my week", TODAY, None, None, None),
        # a month and a day joined by a dash after "on", ending the clause or before a time or a range word
        ("I'll go back on 12-24.", "12-24", date(2026, 12, 24), None, None, None),
        # "sharp" as "o'clock"
        ("Be there at 10 sharp.", "10 sharp", None, None, time(10), None),
        ("The call starts 10:30 sharp.", "10:30 sharp", None, None, time(10, 30), None),
        # the day after next; a part of the day or a weekday counted from a day named elsewhere (found, not resolved)
        ("See you the day after next.", "the day after next", date(2026, 12, 5), None, None, None),
        ("We spoke the morning after.", "the morning after", None, None, None, None),
        ("It broke the Tuesday after.", "the Tuesday after", None, None, None, None),
        # Duckling round: a time counted from a time; "untill" as "until"
        ("Please arrive 15 minutes from 1pm.", "15 minutes from 1pm", None, None, time(13, 15), None),
        ("Log in half an hour before 3pm tomorrow.", "half an hour before 3pm tomorrow", date(2026, 12, 4), None, time(14, 30), None),
        ("Arrive 30 minutes before 10:30am on Monday 7 December.", "30 minutes before 10:30am on Monday 7 December", date(2026, 12, 7), None, time(10), None),
        ("The line reopens two hours after noon on Friday.", "two hours after noon on Friday", date(2026, 12, 4), None, time(14), None),
        ("We're in from 9:30 untill 11:00 on Thursday.", "from 9:30 untill 11:00 on Thursday", TODAY, None, time(9, 30), time(11)),
        # units written short ("yr", "wk", "week-end", "wknd") and halves and quarters of an hour in digits
        ("The price goes up next yr.", "next yr", date(2027, 1, 1), None, None, None),
        ("I'll be back in 2 wks.", "in 2 wks", date(2026, 12, 17), None, None, None),
        ("We moved 3 yrs ago.", "3 yrs ago", date(2023, 12, 3), None, None, None),
        ("We're closed this week-end.", "this week-end", date(2026, 12, 5), None, None, None),
        ("Enjoy the wknd!", "the wknd", date(2026, 12, 5), None, None, None),
        ("I'll call you back in 1/2 hour.", "in 1/2 hour", TODAY, None, None, None),
        ("Please log in 3/4 hour before 3pm.", "3/4 hour before 3pm", None, None, time(14, 15), None),
        # "early"/"late" before a part of a named day
        ("The order came in late last night.", "late last night", date(2026, 12, 2), None, None, None),
        ("We shipped it early this morning.", "early this morning", TODAY, None, None, None),
        # the nth weekend of a month, by its Saturday (also written "week-end", "wkend")
        ("We're closed the last weekend of July.", "the last weekend of July", date(2026, 7, 25), None, None, None),
        ("Sale on the first week-end of next month.", "the first week-end of next month", date(2027, 1, 2), None, None, None),
        ("It was the last wkend in October.", "the last wkend in October", date(2026, 10, 31), None, None, None),
        # a weekday after its date, at a clause end or before a time
        ("Delivery is Dec 18, Fri.", "Dec 18, Fri", date(2026, 12, 18), None, None, None),
        ("Your visit is 18 December, Friday at 3pm.", "18 December, Friday at 3pm", date(2026, 12, 18), None, time(15), None),
        # 24-hour times with an h: a bare hour ending a range, after a day or before a zone
        ("Open 9h30 - 11h.", "9h30 - 11h", None, None, time(9, 30), time(11)),
        ("Call Thursday 8h GMT.", "Thursday 8h GMT", TODAY, None, time(8), None),
        ("Call Thursday 8h pst.", "Thursday 8h pst", TODAY, None, time(8), None),
        ("Arrivals Fri, Jul 18, 2014 19h.", "Fri, Jul 18, 2014 19h", date(2014, 7, 18), None, time(19), None),
        # three digits with no am/pm after "at", before a part of the day; four after "around"
        ("I'll call at 730 tonight.", "730 tonight", TODAY, None, time(19, 30), None),
        ("Come at 815 in the evening.", "815 in the evening", None, None, time(20, 15), None),
        ("We open around 1030.", "around 1030", None, None, time(10, 30), None),
        # "or so" after a time or a day, as "or later"
        ("I'll be free at 3pm or so.", "3pm or so", None, None, time(15), None),
        ("It should land Friday or so.", "Friday or so", date(2026, 12, 4), None, None, None),
        # months in lower case where another month or a year shows them to be months; a weekday abbreviation before an ordinal day
        ("We're closed from nov to march.", "from nov to march", date(2026, 11, 1), date(2027, 3, 1), None, None),
        ("Figures for jan-feb 2017 attached.", "jan-feb 2017", date(2017, 1, 1), date(2017, 2, 1), None, None),
        ("All orders between jan 2019 and now.", "between jan 2019 and now", date(2019, 1, 1), TODAY, None, None),
        ("We ship again from may to september.", "from may to september", date(2027, 5, 1), date(2027, 9, 1), None, None),
        ("Can we meet mon 14th?", "mon 14th", date(2026, 12, 14), None, None, None),
        # an abbreviated month's dot before a range word; weekday abbreviations counted in a month; "through" between hours in words
        ("We're away from Aug. to October.", "from Aug. to October", date(2026, 8, 1), date(2026, 10, 1), None, None),
        ("Billing runs the first Fri of July.", "the first Fri of July", date(2026, 7, 3), None, None, None),
        ("We're open from two through five pm.", "from two through five pm", None, None, time(14), time(17)),
        # variants round: an abbreviation's dot inside an expression (weekdays and months), lower-case weekday abbreviations
        # counted in a month, a month in any case before "of" and a year, "this coming" and "the past" naming a period
        ("Are you free Mon. 3-5pm?", "Mon. 3-5pm", date(2026, 12, 7), None, time(15), time(17)),
        ("Call me next Fri. afternoon.", "next Fri. afternoon", date(2026, 12, 11), None, None, None),
        ("Tue. at 10am works.", "Tue. at 10am", date(2026, 12, 8), None, time(10), None),
        ("Thurs. at 4pm is fine.", "Thurs. at 4pm", TODAY, None, time(16), None),
        ("Billing runs the 2nd Tues. of March.", "the 2nd Tues. of March", date(2027, 3, 9), None, None, None),
        ("I'm back 14 Jan. 2027.", "14 Jan. 2027", date(2027, 1, 14), None, None, None),
        ("We're away from 2 Jan. to 10 July.", "from 2 Jan. to 10 July", date(2027, 1, 2), date(2027, 7, 10), None, None),
        ("The rate changed the last week of Jan. 2016.", "the last week of Jan. 2016", date(2016, 1, 25), None, None, None),
        ("Billing runs the first mon of July.", "the first mon of July", date(2026, 7, 6), None, None, None),
        ("Sales for jan of 2026 attached.", "jan of 2026", date(2026, 1, 1), None, None, None),
        ("Send it by the end of this coming week.", "by the end of this coming week", date(2026, 12, 11), None, None, None),
        ("We'll visit the 15th day of this coming month.", "the 15th day of this coming month", date(2027, 1, 15), None, None, None),
        ("It was the first Monday of the past month.", "the first Monday of the past month", date(2026, 11, 2), None, None, None),
        ("We spent the first ten days of this coming year on it.", "the first ten days of this coming year", date(2027, 1, 1), date(2027, 1, 10), None, None),
        ("How many orders from Jan. to date?", "from Jan. to date", date(2026, 1, 1), TODAY, None, None),
        # 24-hour times with an h joined by a word ("9h30 to 11h"); "Thur" and "Sat" before a time with an h or a dotted date;
        # "thru"/"until" between years
        ("Open 9h30 to 11h.", "9h30 to 11h", None, None, time(9, 30), time(11)),
        ("Call Thur 8h GMT.", "Thur 8h GMT", TODAY, None, time(8), None),
        ("Can we meet Sat 7.6?", "Sat 7.6", date(2026, 6, 7), None, None, None),
        ("We have figures from 2014 thru 2018.", "from 2014 thru 2018", date(2014, 1, 1), date(2018, 12, 31), None, None),
        # a range whose first end is a whole date is not a range of days ("11/7 until 2 Aug", not "7 until 2 Aug"); a weekday
        # before a range of days names its first day
        ("We're away from 11/7 until 2 Aug.", "from 11/7 until 2 Aug", date(2026, 7, 11), date(2026, 8, 2), None, None),
        ("Records from 2015/08/12 to 3rd Jan 2019.", "from 2015/08/12 to 3rd Jan 2019", date(2015, 8, 12), date(2019, 1, 3), None, None),
        ("We're closed Friday 21-23 June.", "Friday 21-23 June", date(2026, 6, 21), date(2026, 6, 23), None, None),
        # a range of ordinal days joined by a word or a spaced dash, as "the 2nd-4th" was
        ("We're closed the 24th - 26th.", "the 24th - 26th", date(2026, 12, 24), date(2026, 12, 26), None, None),
        ("We're closed from the 18th until 29th.", "from the 18th until 29th", date(2026, 12, 18), date(2026, 12, 29), None, None),
        ("I'll be out from 4-23 in this coming month.", "from 4-23 in this coming month", date(2027, 1, 4), date(2027, 1, 23), None, None),
        ("We were shut from 4 to 22 in the past month.", "from 4 to 22 in the past month", date(2026, 11, 4), date(2026, 11, 22), None, None),
        # Grammar-classes round: construction classes of the reference grammars. Ranges of days: a weekday before each end
        # ("Friday 11 - Monday 14 December"; was "Friday 11" at 11 o'clock), the month first with "between"/"from" after it,
        # ordinal days after "between"/"from" with no "the", two ordinals joined by a dash after a cue word
        ("Delivery Friday 11 - Monday 14 December.", "Friday 11 - Monday 14 December", date(2026, 12, 11), date(2026, 12, 14), None, None),
        ("We're closed March between 3 and 10.", "March between 3 and 10", date(2027, 3, 3), date(2027, 3, 10), None, None),
        ("We're closed in January from the 4th to the 8th.", "January from the 4th to the 8th", date(2027, 1, 4), date(2027, 1, 8), None, None),
        ("We're closed in December, from 24 to 26.", "December, from 24 to 26", date(2026, 12, 24), date(2026, 12, 26), None, None),
        ("Delivery between the 11th and 14th.", "between the 11th and 14th", date(2026, 12, 11), date(2026, 12, 14), None, None),
        ("Delivery between 11th and 14th.", "between 11th and 14th", date(2026, 12, 11), date(2026, 12, 14), None, None),
        ("Delivery from 11th until the 14th.", "from 11th until the 14th", date(2026, 12, 11), date(2026, 12, 14), None, None),
        ("We are away on 11th-14th.", "11th-14th", date(2026, 12, 11), date(2026, 12, 14), None, None),
        # a holiday in a named year, the last month of a year, the night before last, "later tonight", "later on today"
        ("We reopen Christmas of next year.", "Christmas of next year", date(2027, 12, 25), None, None, None),
        ("We reopen Christmas next year.", "Christmas next year", date(2027, 12, 25), None, None, None),
        ("It ships in the last month of next year.", "the last month of next year", date(2027, 12, 1), date(2027, 12, 31), None, None),
        ("It broke the night before last.", "the night before last", date(2026, 12, 1), None, None, None),
        ("It will finish later tonight.", "later tonight", TODAY, None, None, None),
        ("It will finish later on today.", "later on today", TODAY, None, None, None),
        # words that make a day a bound (Recognizers' before/since modifiers): "prior to", "in advance of", "starting", "circa"
        ("Please reply prior to Monday.", "prior to Monday", date(2026, 12, 7), None, None, None),
        ("Please reply in advance of the 12th.", "in advance of the 12th", date(2026, 12, 12), None, None, None),
        ("It's available starting Monday.", "starting Monday", date(2026, 12, 7), None, None, None),
        ("It's available starting with Friday.", "starting with Friday", date(2026, 12, 4), None, None, None),
        ("Call me circa 3pm.", "circa 3pm", None, None, time(15), None),
        ("Let's talk same time tomorrow.", "same time tomorrow", date(2026, 12, 4), None, None, None),
        # "-ish" after a time with minutes (was "30ish" at 6 o'clock), "late at night", a day and its weekday in brackets, EOD and a day
        ("Can we meet around 3:30ish?", "around 3:30ish", None, None, time(3, 30), None),
        ("Call me late at night.", "late at night", None, None, None, None),
        ("Delivery is tomorrow (Friday).", "tomorrow (Friday)", date(2026, 12, 4), None, None, None),
        ("We'll fix it by EOD tomorrow.", "by EOD tomorrow", date(2026, 12, 4), None, None, None),
        # a part of the day counted in the day ("later in the day"), a weekday with its time or part of the day before "next week"
        ("We'll be in touch later in the day.", "later in the day", TODAY, None, None, None),
        ("We'll be in touch early in the day.", "early in the day", TODAY, None, None, None),
        ("Can we do Friday morning next week?", "Friday morning next week", date(2026, 12, 11), None, None, None),
        ("Can we do 3pm Friday next week?", "3pm Friday next week", date(2026, 12, 11), None, time(15), None),
    ],
)
def test_expression_classes(text, span, day, end_day, clock, end_clock):
    found = one(text)
    assert found.text == span
    assert text[found.start : found.end] == span
    resolution = found.resolution
    assert (resolution.date, resolution.end_date, resolution.time, resolution.end_time) == (day, end_day, clock, end_clock)


@pytest.mark.parametrize("text,day", [("next month", date(2027, 1, 1)), ("a month from now", date(2027, 1, 3)), ("in a month", date(2027, 1, 3)),
                                      ("the month after next", date(2027, 2, 1)), ("next Thurs", date(2026, 12, 10))])
def test_month_is_not_monday(text, day):
    assert one(text).resolution.date == day


def test_zone_name_right_after_a_time():
    assert one("Call at 4pm Eastern.").resolution.zone == "America/New_York"
    assert [e.text for e in extract("The eastern entrance opens at 9.", TODAY, "en-GB")] == ["9"]
    assert [e.text for e in extract("She told me 130 Central, on Wednesdays.", TODAY, "en-GB") if e.kind == "zone"] == []


def test_about_is_a_prefix_but_not_in_how_about():
    assert [e.text for e in extract("How about last week of 2016?", TODAY, "en-GB")] == ["last week of 2016"]
    assert [e.text for e in extract("It's about 3 miles away and costs about 3 dollars.", TODAY, "en-GB")] == []
    assert [e.text for e in extract("We spoke about Friday and about this weekend.", TODAY, "en-GB")] == ["Friday", "this weekend"]


@pytest.mark.parametrize("text", ["The month-end report is ready.", "Our year-end sale starts.", "Amid weekly calls we met.", "The second business meeting.",
                                  "You may day-trade.", "David's day was fine.", "The women's team won.", "Happy new year 2027!"])
def test_period_words_that_are_not_dates(text):
    assert [e.text for e in extract(text, TODAY, "en-GB") if e.mention.atom in ("period_end", "nth_business_day", "holiday", "year")] == []


def test_an_iso_date_time_keeps_its_offset():
    assert (one("Sent 2026-12-05T15:00Z.").resolution.offset, one("Sent 2026-12-05T15:00-05:30.").resolution.offset) == (0, -330)
    assert one("Sent 2026-12-05T15:00.").resolution.offset is None


def test_a_coast_names_its_zone():
    assert (one("Call at 3pm East Coast time.").resolution.zone, one("Call at 9am west coast time.").resolution.zone) == (
        "America/New_York", "America/Los_Angeles")
    assert extract("Our East Coast office is open.", TODAY, "en-GB") == []


def test_place_standard_time_is_a_zone():
    found = one("😀 Book a room at 3pm India Standard Time.")
    assert (found.text, found.start16 - found.start) == ("3pm India Standard Time", 1)
    assert found.resolution.zone == "Asia/Kolkata"


@pytest.mark.parametrize("text", ["We will be only 3 next week.", "On the same day of the week.", "The day after the delivery we call.",
                                  "We run on 3.10 now.", "Call 0207 946 0018.", "Call 0800-1234 now.", "In 1999 we had 2010 users.",
                                  "Meet us at 1512 Barber Shop.", "The prices fall 2016 was bad.", "The next may be better.",
                                  "We need 4 to 5 next month.", "Tomorrow am I free?", "We need 20 of the month.",
                                  "We're available 24/7.", "Be one of the first 150 to try it.", "He joins the first meeting.",
                                  "Please call us at 1-800-548-9554.", "Refunds take between 5-10 business days.", "May I get a copy?",
                                  "He was nine eleven years old.", "It costs 24.12 EUR.", "Grew by 24.12%.", "Tel: +86 138-2010-2015", "The face amount of its 6 1/4% notes.", "We run version 2.10-2.12.", "See section 1.10-1.20 of the manual.", "I am in the amazon.", "We sold half three of them.", "A Friday lunch meeting.", "We reply within 24h.", "It takes 2h30m.", "We have around two thousand users.",
                                  "Before one can start, wait.", "About eight people came.", "She had to look after two infants.", "Instead of march, we walk.", "Some of may be lost.", "Call at 4th.", "It is the 1st-time buyer discount.", "Rate us from 1 to 5.", "=rand({=3-2},1)", "The first days of our trip.", "Our first month of service was free.", "We march twenty miles.", "I have seven today.", "We need 5 and 7 today.", "Buy two twenty-dollar cards.", "There were nine eleven items.",
                                  "Meet at 1500 Main Street.", "The 2010-11 season was long.", "Call +1 2015-3333.", "We run version 2019.3.", "We had a supper club.", "A brunch menu.", "It's the 2nd half of the match.", "We won on 3-2 penalties.", "We sell 10 sharp knives.", "It costs 10 sharp.", "Based on 2-3 reviews.", "Rated on 1-5 scale.", "Ref 0900-1700-22 is closed.", "Dial 555-0900-1700.", "We grew 1990-2010.",
                                  "We sell the 1:24 scale truck.", "Mix at a ratio of 1:10.", "We film you at 10 and 12 km/h.", "Tow at 5 or 10 mph."])
def test_counted_words_that_are_not_new_expressions(text):
    assert [e.text for e in extract(text, TODAY, "en-GB") if e.mention.atom in ("n_next", "next_day", "numeric", "year_month_numeric", "season", "day_range", "half_day", "day_of_month", "the_day", "month") or e.kind == "time"
            or e.text.lower().startswith("next may")] == []


@pytest.mark.parametrize("text,spans", [
    ("Ranked 2nd-5th in the league.", []), ("We moved from 2nd to 5th place.", []), ("She finished 2nd-3rd place.", []),
    ("We came 2nd and 3rd.", []), ("Delivery will be on the 11th and 14th place is ours.", ["the 11th"]),
    ("The meeting is at 10:15, we were 30ish people.", ["10:15"]), ("It's available from March.", ["March"]),
    ("We're open in March between Monday and Friday.", ["March", "between Monday and Friday"]),
    ("It's a bit late in the day to change it.", []), ("Can we do 3pm Friday or next week?", ["3pm Friday", "next week"]),
])
def test_grammar_classes_round_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


# Second Duckling round: classes from Duckling's English corpus (its phrases and its expected values) that a support
# reply can contain. An hour with a one-letter am/pm is a time after a cue word, next to a day or in a range, and
# where nothing makes it a label ("seat 4A", "form 4a", "9a is suitable" opening a sentence).
@pytest.mark.parametrize(
    "text,span,day,end_day,clock,end_clock",
    [
        ("Call me at 9a tomorrow.", "9a tomorrow", date(2026, 12, 4), None, time(9), None),
        ("We open 9a-5p.", "9a-5p", None, None, time(9), time(17)),
        ("I'll be back 7p.", "7p", None, None, time(19), None),
        ("Call 730p tonight.", "730p tonight", TODAY, None, time(19, 30), None),
    ],
)
def test_one_letter_meridiem(text, span, day, end_day, clock, end_clock):
    found = one(text)
    assert (found.text, found.resolution.meridiem_known) == (span, True)
    resolution = found.resolution
    assert (resolution.date, resolution.end_date, resolution.time, resolution.end_time) == (day, end_day, clock, end_clock)


@pytest.mark.parametrize("text", ["Your seat is 4A.", "Please fill in form 4a.", "9a is suitable for me.", "4a", "Apartment 230a is empty.",
                                  "Hi. 9a works.", "Version 3.4a is out.", "Install v10a first."])
def test_one_letter_meridiem_that_labels_something(text):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == []


# am/pm after "o'clock" settles the hour (was "3 o'clock" with no am/pm); "the early/small hours", with a day after "of"
@pytest.mark.parametrize(
    "text,span,day,clock",
    [
        ("I'll be there at 3 o'clock pm.", "3 o'clock pm", None, time(15)),
        ("Come at three o'clock p.m.", "three o'clock p.m.", None, time(15)),
        ("The alarm went off at 3 oclock am.", "3 oclock am", None, time(3)),
        ("The update runs in the early hours of Monday morning.", "in the early hours of Monday morning", date(2026, 12, 7), None),
        ("The update runs in the small hours of Sunday.", "in the small hours of Sunday", date(2026, 12, 6), None),
        ("We worked until the early hours.", "until the early hours", None, None),
        ("It failed at 3 in the early hours.", "3 in the early hours", None, time(3)),
    ],
)
def test_oclock_meridiem_and_early_hours(text, span, day, clock):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.time, found.resolution.meridiem_known) == (span, day, clock, True)


@pytest.mark.parametrize("text,found", [("He worked the early hours shift.", []), ("At 3 o'clock a meeting starts.", [("3 o'clock", False)]),
                                        ("The troops march on.", []), ("You may want to check.", []), ("The score was 3-2.", [])])
def test_oclock_and_early_hours_precision(text, found):
    assert [(e.text, e.resolution.meridiem_known) for e in extract(text, TODAY, "en-GB")] == found


# Resolutions checked against Duckling's expected values: whole days in a count of hours ("within 48 hours" was today),
# a two-digit year within 80 years before and 20 after today ("10/31/74" was 2074), 12 at night is midnight
# ("tonight at 12" was noon; "midnight tonight" keeps the day named, and so does this)
@pytest.mark.parametrize(
    "text,span,day,end_day,clock",
    [
        ("We'll reply within 24 hours.", "within 24 hours", date(2026, 12, 4), None, None),
        ("We'll reply in 48 hours.", "in 48 hours", date(2026, 12, 5), None, None),
        ("We'll reply within the next 72 hours.", "within the next 72 hours", date(2026, 12, 6), None, None),
        ("It was sent 36 hours ago.", "36 hours ago", date(2026, 12, 2), None, None),
        ("It arrives in 3 hours.", "in 3 hours", TODAY, None, None),
        ("It arrives within 24-48 hours.", "within 24-48 hours", date(2026, 12, 4), date(2026, 12, 5), None),
        ("Your date of birth is 31/10/74.", "31/10/74", date(1974, 10, 31), None, None),
        ("The order dated 15/03/99 was cancelled.", "15/03/99", date(1999, 3, 15), None, None),
        ("It expires 31/12/46.", "31/12/46", date(2046, 12, 31), None, None),
        ("Born 31-Oct-74.", "31-Oct-74", date(1974, 10, 31), None, None),
        ("The sale ends tonight at 12.", "tonight at 12", TODAY, None, time(0)),
        ("The sale ends at 12 on Friday night.", "12 on Friday night", date(2026, 12, 4), None, time(0)),
        ("Call me this afternoon at 12.", "this afternoon at 12", TODAY, None, time(12)),
    ],
)
def test_duckling_resolutions(text, span, day, end_day, clock):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date, found.resolution.time) == (span, day, end_day, clock)


def test_a_two_digit_year_in_us_order():
    assert one("Your date of birth is 10/31/74.", "en-US").resolution.date == date(1974, 10, 31)


# "in between" joins a day to a range of hours as "between" does; "approximately" and "or thereabouts" after an expression
@pytest.mark.parametrize(
    "text,span,day,clock,end_clock",
    [
        ("Can you come tomorrow in between 1 and 3?", "tomorrow in between 1 and 3", date(2026, 12, 4), time(1), time(3)),
        ("Can you come on Friday in between 10am and noon?", "Friday in between 10am and noon", date(2026, 12, 4), time(10), time(12)),
        ("The engineer will arrive at 3pm approximately.", "3pm approximately", None, time(15), None),
        ("We'll be there Friday or thereabouts.", "Friday or thereabouts", date(2026, 12, 4), None, None),
    ],
)
def test_in_between_and_approximately(text, span, day, clock, end_clock):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.time, found.resolution.end_time) == (span, day, clock, end_clock)


@pytest.mark.parametrize("text,spans", [
    ("We're open tomorrow in between meetings.", ["tomorrow"]), ("It lasts till 3pm approximately 20 minutes.", ["till 3pm", "20 minutes"]),
    ("They won 3-2 in between the showers.", []), ("It costs £3.50 approximately.", []), ("Version 2.15 is out.", []),
    ("It's $14.99.", []), ("Call 555-2015 now.", []), ("Call us on 0800 123 4567.", []),
])
def test_in_between_and_approximately_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


# A count of hours or minutes glued to its unit after "in"/"within" ("within 24h", "in 48hrs"; support email writes
# them so), resolved as "within 24 hours" is
@pytest.mark.parametrize(
    "text,span,day,end_day",
    [
        ("We reply within 24h.", "within 24h", date(2026, 12, 4), None),
        ("Expect a reply within 48hrs.", "within 48hrs", date(2026, 12, 5), None),
        ("We'll call back in 30min.", "in 30min", TODAY, None),
        ("Expect it within 24-48h.", "within 24-48h", date(2026, 12, 4), date(2026, 12, 5)),
    ],
)
def test_glued_hours_and_minutes(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.kind, found.resolution.date, found.resolution.end_date) == (span, "relative", day, end_day)


@pytest.mark.parametrize("text", ["Please allow 24h for processing.", "We grew in 2h2 2019.", "It costs 2 hundred in 2 hundred ways.",
                                  "Our 24h support line.", "Room 4h is free."])
def test_glued_hours_that_are_no_expression(text):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == []


@pytest.mark.parametrize(
    "text,span,day,end_day",
    [
        ("I'm away month of Jan.", "month of Jan", date(2027, 1, 1), None),
        ("We're closed in Mar for the refit.", "Mar", date(2027, 3, 1), None),
        ("It last happened last sept.", "last sept", date(2026, 9, 1), None),
        ("The office is shut today till tomorrow.", "today till tomorrow", TODAY, date(2026, 12, 4)),
        ("She's on leave this Friday until next Sunday.", "this Friday until next Sunday", date(2026, 12, 4), date(2026, 12, 13)),
        ("Prices rose in the past 2 decades.", "the past 2 decades", date(2006, 12, 3), None),
        ("A new model is due in the next decade.", "the next decade", date(2030, 1, 1), None),
        ("It will happen 4 weeks in the future.", "4 weeks in the future", date(2026, 12, 31), None),
        ("The line was busy for the previous 3mins.", "previous 3mins", date(2026, 12, 3), None),
        ("It was built summer of 2016.", "summer of 2016", date(2016, 6, 21), date(2016, 9, 21)),
    ],
)
def test_months_relative_ranges_and_decades(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


@pytest.mark.parametrize("text,spans", [
    ("We moved it today to tomorrow.", ["today", "tomorrow"]),  # a change of day, not a range: only "until" joins two relative days
    ("This may take a while.", []),
    ("Mar the finish and it shows.", []),
])
def test_months_relative_ranges_and_decades_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize(
    "text,span,day,end_day",
    [
        ("The policy started 2016 November.", "2016 November", date(2016, 11, 1), None),
        ("The policy started 2016, nov.", "2016, nov", date(2016, 11, 1), None),
        ("The policy started November , 2016.", "November , 2016", date(2016, 11, 1), None),
        ("You were a member between May 2015 and 2018.", "between May 2015 and 2018", date(2015, 5, 1), date(2018, 1, 1)),
        ("You were a member between 2015 June and 2018 May.", "between 2015 June and 2018 May", date(2015, 6, 1), date(2018, 5, 1)),
        ("It will arrive later than or at 1/1/2027.", "later than or at 1/1/2027", date(2027, 1, 1), None),
        ("Please pay before or on 1/1/2027.", "before or on 1/1/2027", date(2027, 1, 1), None),
        ("The offer runs until 2027.", "until 2027", date(2027, 1, 1), None),
        ("I'm away the month after the next.", "the month after the next", date(2027, 2, 1), None),
        ("We're closed 4 till 23 of this month.", "4 till 23 of this month", date(2026, 12, 4), date(2026, 12, 23)),
    ],
)
def test_year_first_months_open_ends_and_compound_bounds(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


def test_compound_bound_keeps_its_time():
    found = one("You can leave at or after 6:30PM today.")
    assert (found.text, found.resolution.date, found.resolution.time) == ("at or after 6:30PM today", TODAY, time(18, 30))


@pytest.mark.parametrize("text,spans", [
    ("In 2016 may be the year.", ["2016"]),  # "may" in lower case is the verb
    ("We sold the 2016 Ford.", []),
    ("We need 4 to 5 next month.", ["next month"]),  # a count of things, not days
])
def test_year_first_months_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize(
    "text,spans",
    [
        ("He can do July 17th, 18th, or 19th.", [("July 17th", date(2026, 7, 17)), ("18th", date(2026, 7, 18)), ("19th", date(2026, 7, 19))]),
        ("We have the 22nd, 23rd or 31st of March.", [("the 22nd", date(2027, 3, 22)), ("23rd", date(2027, 3, 23)), ("31st of March", date(2027, 3, 31))]),
        ("Dec 30th, 31st or Jan 2nd suit us.", [("Dec 30th", date(2026, 12, 30)), ("31st", date(2026, 12, 31)), ("Jan 2nd", date(2027, 1, 2))]),
        ("We came 1st, 2nd and 3rd.", []),
    ],
)
def test_listed_days_take_the_lists_month(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize(
    "text,span,day",
    [
        ("I'll call Oct.23.", "Oct.23", date(2026, 10, 23)),
        ("It was the third Wednesday of previous month.", "the third Wednesday of previous month", date(2026, 11, 18)),
        ("I'll be free in less than an hour.", "in less than an hour", TODAY),
    ],
)
def test_dotted_month_days_previous_month_and_less_than(text, span, day):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, day)


@pytest.mark.parametrize("text,span", [("I'm out rest of this day.", "rest of this day"), ("Enjoy the rest of my day off!", "the rest of my day"),
                                       ("We're busy rest of current day.", "rest of current day")])
def test_rest_of_this_day(text, span):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, TODAY)


@pytest.mark.parametrize("text,span,year", [("The lease ends in 2150, I think.", "2150", 2150), ("The firm dates back to 1865.", "1865", 1865),
                                            ("We've traded since 1887.", "since 1887", 1887)])
def test_years_before_1900_and_after_2099(text, span, year):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, date(year, 1, 1))


@pytest.mark.parametrize("text,spans", [("Please call at 1500.", ["1500"]), ("We have 1500 stores in 2150 towns.", []), ("Call after 1800.", [])])
def test_years_before_1900_and_after_2099_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [("I'll go back on 4.22.", [("4.22", date(2027, 4, 22))]), ("It broke on 3.10 firmware.", []),
                                        ("The update on 4.22 now fails.", [])])
def test_dotted_month_day_after_on(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-US")] == spans


def test_a_range_of_zoned_times_on_a_day():
    found = one("Can we meet on January 16th between 830am ET and 9am ET?", "en-US")
    assert found.text == "January 16th between 830am ET and 9am ET"
    r = found.resolution
    assert (r.date, r.time, r.end_time, r.zone) == (date(2027, 1, 16), time(8, 30), time(9), "America/New_York")


def test_a_zone_after_a_one_letter_meridiem():
    found = one("Please send an invite for tomorrow at 1p PT.", "en-US")
    assert (found.text, found.resolution.time, found.resolution.zone) == ("tomorrow at 1p PT", time(13), "America/Los_Angeles")


@pytest.mark.parametrize("text,spans", [("Adults go free at one adult per eight children.", []), ("It seats 24 at one long table.", []),
                                        ("We'll call at eight tomorrow.", ["eight tomorrow"]), ("See you at two if that suits.", ["two"])])
def test_an_hour_in_words_before_a_noun_is_a_count(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [("Collect me at ten to eight.", [("ten to eight", time(7, 50))]),
                                        ("We're open from five to seven today.", [("from five to seven today", time(5))]),
                                        ("We need ten to eight people.", [])])
def test_minutes_in_words_to_the_hour_after_a_cue(text, spans):
    assert [(e.text, e.resolution.time) for e in extract(text, TODAY, "en-GB")] == spans


def test_a_holiday_keeps_its_time_apart():
    found = extract("Which films are shown on Christmas Eve at 6 p.m.?", TODAY, "en-GB")
    assert [(e.text, e.resolution.date, e.resolution.time) for e in found] == [
        ("Christmas Eve", date(2026, 12, 24), None), ("6 p.m.", None, time(18))]


@pytest.mark.parametrize(
    "text,span,day,end_day",
    [
        # quarters and halves of a year; with no year, this year's until it has ended (said on 3 December 2026)
        ("Sales in Q3 2026 were flat.", "Q3 2026", date(2026, 7, 1), date(2026, 9, 30)),
        ("It launches in the third quarter of next year.", "the third quarter of next year", date(2027, 7, 1), date(2027, 9, 30)),
        ("We plan it for 2027 H2.", "2027 H2", date(2027, 7, 1), date(2027, 12, 31)),
        ("The budget covers H1 2027.", "H1 2027", date(2027, 1, 1), date(2027, 6, 30)),
        ("We'll review it in Q4.", "Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("Expect the feature in early Q2.", "early Q2", date(2027, 4, 1), date(2027, 4, 30)),
        ("The contract runs to the end of Q1 2027.", "the end of Q1 2027", date(2027, 3, 31), None),
        ("Sales fell in the 4th qtr of 2025.", "the 4th qtr of 2025", date(2025, 10, 1), date(2025, 12, 31)),
        ("Sales rose in 2025-Q1.", "2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
        ("The plan for q1-2027 is out.", "q1-2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("It ships in next year's first quarter.", "next year's first quarter", date(2027, 1, 1), date(2027, 3, 31)),
        ("Sales over the previous two quarters were flat.", "previous two quarters", date(2026, 6, 3), None),
        # decades
        ("The building dates from the 1970s.", "the 1970s", date(1970, 1, 1), date(1979, 12, 31)),
        ("It was a hit in the '80s.", "the '80s", date(1980, 1, 1), date(1989, 12, 31)),
        ("It was popular in the seventies.", "the seventies", date(1970, 1, 1), date(1979, 12, 31)),
        ("We opened in the noughties.", "the noughties", date(2000, 1, 1), date(2009, 12, 31)),
        # holidays on a weekday of a month, or counted from Easter; the UK's Mother's Day is Mothering Sunday
        ("We're closed on MLK Day.", "MLK Day", date(2027, 1, 18), None),
        ("We're closed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", date(2027, 1, 18), None),
        ("The sale ends on Thanksgiving.", "Thanksgiving", date(2026, 11, 26), None),
        ("We close early on Good Friday.", "Good Friday", date(2027, 3, 26), None),
        ("Flowers arrive on Mother's Day.", "Mother's Day", date(2027, 3, 7), None),
        ("We're open on Juneteenth.", "Juneteenth", date(2026, 6, 19), None),
        ("We're closed on Earth Day 2027.", "Earth Day 2027", date(2027, 4, 22), None),
        ("We're closed on International Workers' Day.", "International Workers' Day", date(2027, 5, 1), None),
        ("It will arrive before the following Easter.", "before the following Easter", date(2027, 3, 28), None),
        ("We reopen in the New Year.", "New Year", date(2027, 1, 1), None),
        ("We close early on new year eve.", "new year eve", date(2026, 12, 31), None),
        ("It started on Father's Day of 2015.", "Father's Day of 2015", date(2015, 6, 21), None),
        ("We're closed on Maundy Thursday.", "Maundy Thursday", date(2027, 3, 25), None),  # a holiday, not the next Thursday
        ("We're closed on Whit Monday.", "Whit Monday", date(2027, 5, 17), None),
        ("We plant trees on Arbor Day.", "Arbor Day", date(2027, 4, 30), None),
        ("We're closed over the Easter weekend.", "Easter weekend", date(2027, 3, 27), date(2027, 3, 28)),
        ("We're closed over the Labor Day 2027 weekend.", "Labor Day 2027 weekend", date(2027, 9, 4), date(2027, 9, 5)),
        ("Don't expect it sooner than Friday.", "sooner than Friday", date(2026, 12, 4), None),
        # seasons with an edge or a relative year; a month with a dashed year, or two digits after "of"
        ("We restock in late next summer.", "late next summer", date(2027, 8, 20), date(2027, 9, 21)),
        ("We restock in the summer of next year.", "the summer of next year", date(2027, 6, 21), date(2027, 9, 21)),
        ("It was built in summer, 2016.", "summer, 2016", date(2016, 6, 21), date(2016, 9, 21)),
        ("Your card expires jan-2028.", "jan-2028", date(2028, 1, 1), None),
        ("It opened in January of 16.", "January of 16", date(2016, 1, 1), None),
        # a month and a year with a dash; a week of next year without "of"; a range whose first day is a bare number
        ("Your card expires 11-2027.", "11-2027", date(2027, 11, 1), None),
        ("I'll be out the third week next year.", "the third week next year", date(2027, 1, 15), None),
        ("I'm away from 4 to January 22.", "from 4 to January 22", date(2027, 1, 4), date(2027, 1, 22)),
        ("I'm away from 28 to March 3.", "from 28 to March 3", date(2027, 2, 28), date(2027, 3, 3)),
    ],
)
def test_quarters_decades_and_moving_holidays(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


@pytest.mark.parametrize("locale,day", [("en-US", date(2027, 5, 9)), ("en-GB", date(2027, 3, 7))])
def test_mothers_day_follows_the_locale(locale, day):
    assert one("Flowers arrive on Mother's Day.", locale).resolution.date == day


def test_thanksgiving_in_canada_is_in_october():
    assert one("The sale ends on Thanksgiving.", "en-CA").resolution.date == date(2026, 10, 12)


@pytest.mark.parametrize("text,spans", [
    ("She is in her 70s and lives alone.", []),  # an age, not a decade
    ("He is in his seventies.", []),
    ("See Q1 and Q2 of the form.", []),  # a bare Q1 is a date only after a word that makes it one ("by Q1")
    ("It's the first day this month we had sun.", ["this month"]),  # "the first day" is not the 1st
    ("Expect delays at Chinese New Year.", ["Chinese New Year"]),
    ("Happy new year to the team!", []),  # "new year" is a day only after "the" or a preposition
    ("Our new year sale starts soon.", []),
    ("We fall behind in summer.", []),  # a season alone names no dates
    ("We hired in January of 16 people.", ["January"]),
    ("It ships to Corpus Christi, Texas.", []),  # a city, not the feast
])
def test_quarters_decades_and_holidays_precision(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


def test_daylight_saving_time_names_a_zone():
    found = one("Call at 5pm Pacific Daylight Saving Time.")
    assert (found.text, found.resolution.zone) == ("5pm Pacific Daylight Saving Time", "America/Los_Angeles")


def test_qtr_is_a_quarter():
    found = one("Targets for this qtr are set.")
    assert (found.text, found.resolution.date) == ("this qtr", date(2026, 10, 1))


@pytest.mark.parametrize("text", ["Expect delays at Chinese New Year.", "We're closed for Eid al-Fitr.", "Orders slow down during Diwali.",
                                  "We're closed for the Islamic New Year."])
def test_a_lunar_holiday_has_no_day(text):
    assert one(text).resolution.date is None


def test_a_day_of_a_month_before_after_is_not_minutes_past():
    (found,) = extract("They will be ready on Friday, October 28 after 3 p.m.", TODAY, "en-US")
    assert found.text == "Friday, October 28 after 3 p.m."
    assert [e.text for e in extract("See you at 20 after 3.", TODAY, "en-US")] == ["20 after 3"]


@pytest.mark.parametrize("text,spans", [
    ("We can deliver on 12/3 or after 5pm.", ["12/3", "after 5pm"]),  # "or after" opens the next expression
    ("Returns were open from 2019 to 2021 or before 2015.", ["from 2019 to 2021", "before 2015"]),
    ("We'll call Monday and after that we ship.", ["Monday"]),
    ("Any day from 3 March or after.", ["3 March or after"]),  # ending the clause, it still belongs to the date
])
def test_or_after_belongs_to_a_date_only_where_the_clause_ends(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-US")] == spans


@pytest.mark.parametrize("text,span,day", [
    ("We'll have it ready by the end of next Friday.", "by the end of next Friday", date(2026, 12, 11)),
    ("Please confirm by end of this Sunday.", "by end of this Sunday", date(2026, 12, 6)),
    ("The offer ends at the end of this Friday.", "end of this Friday", date(2026, 12, 4)),
])
def test_the_end_of_a_weekday_with_this_or_next(text, span, day):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, day)


@pytest.mark.parametrize("text,span,day,end_day", [
    # "calendar" before a unit, as "business" and "working" stand there
    ("Your allowance resets at the start of next calendar year.", "start of next calendar year", date(2027, 1, 1), None),
    ("Usage over the last calendar month was low.", "last calendar month", date(2026, 11, 1), None),
    ("We refund within 14 calendar days.", "within 14 calendar days", date(2026, 12, 17), None),
    ("The trial ends 30 calendar days from today.", "30 calendar days from today", date(2027, 1, 2), None),
    # a quarter of "the year": this year's
    ("Bookings dip in the first quarter of the year.", "the first quarter of the year", date(2026, 1, 1), date(2026, 3, 31)),
    ("Prices rise in the last quarter of the year.", "the last quarter of the year", date(2026, 10, 1), date(2026, 12, 31)),
])
def test_calendar_units_and_quarters_of_the_year(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


@pytest.mark.parametrize("text,spans", [("That was our best calendar year.", []), ("It was the best quarter of the year.", [])])
def test_calendar_and_quarter_words_alone_are_no_dates(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,span,day,end_day", [
    # a month, or a range of months or days, and its year after "in" or "of"
    ("The offer ran from March to May in 2025.", "from March to May in 2025", date(2025, 3, 1), date(2025, 5, 1)),
    ("We moved the office in October in 2024.", "October in 2024", date(2024, 10, 1), None),
    ("The venue is booked 12-14 June in 2027.", "12-14 June in 2027", date(2027, 6, 12), date(2027, 6, 14)),
    ("Our stand is open Sept 2-4 of 2027.", "Sept 2-4 of 2027", date(2027, 9, 2), date(2027, 9, 4)),
])
def test_a_month_and_its_year_after_in(text, span, day, end_day):
    found = one(text)
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


@pytest.mark.parametrize("text,span,day", [
    ("Can we move it to next 2/14?", "next 2/14", date(2027, 2, 14)),  # the first 14 February after today
    ("The invoice from last 11/20 is still open.", "last 11/20", date(2026, 11, 20)),
])
def test_this_next_or_last_before_a_numeric_date(text, span, day):
    found = one(text, "en-US")
    assert (found.text, found.resolution.date) == (span, day)


@pytest.mark.parametrize("text,span,day,end_day,start,end", [
    # a tilde (or a wave dash) joins a range, as East Asian writers use it for a dash
    ("The shop is open 10:00~19:00.", "10:00~19:00", None, None, time(10), time(19)),
    ("Our team answers Mon~Fri.", "Mon~Fri", date(2026, 12, 7), date(2026, 12, 11), None, None),
    ("Please call 9am ~ 11am tomorrow.", "9am ~ 11am tomorrow", date(2026, 12, 4), None, time(9), time(11)),
    ("Prices held from 2019〜2021.", "from 2019〜2021", date(2019, 1, 1), date(2021, 12, 31), None, None),
])
def test_a_tilde_joins_a_range(text, span, day, end_day, start, end):
    found = one(text)
    r = found.resolution
    assert (found.text, r.date, r.end_date, r.time, r.end_time) == (span, day, end_day, start, end)


@pytest.mark.parametrize("text,spans", [("Delivery takes ~5 days.", ["5 days"]), ("It costs ~20 per hour.", [])])
def test_a_tilde_alone_is_about(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    ("The hearing is set for 16. November 2027.", [("16. November 2027", date(2027, 11, 16))]),  # a day with a dot, as German writes it
    ("We last met on 3. Feb. 2026 in Bonn.", [("3. Feb. 2026", date(2026, 2, 3))]),
    ("Read chapter 16. November is busy.", [("November", date(2026, 11, 1))]),  # no year: the dot ends the sentence
])
def test_a_day_with_a_dot_before_a_month_and_year(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,span,day", [
    # a week or a day of a quarter, as of a month or a year; the end of a quarter is its last day
    ("We close the books in the last week of the quarter.", "the last week of the quarter", date(2026, 12, 25)),
    ("Prices change the first Monday of next quarter.", "the first Monday of next quarter", date(2027, 1, 4)),
    ("The report is due the last day of the quarter.", "the last day of the quarter", date(2026, 12, 31)),
    ("We'll pay it by the end of the quarter.", "by the end of the quarter", date(2026, 12, 31)),
    ("It was fixed by the end of last quarter.", "by the end of last quarter", date(2026, 9, 30)),
])
def test_weeks_days_and_the_end_of_a_quarter(text, span, day):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, day)


@pytest.mark.parametrize("text,spans", [
    ("I'll ring you at 9.am.", [("9.am", time(9))]),  # a dot typed between the hour and a glued am/pm
    ("The driver comes at 6.p.m. today.", [("6.p.m. today", time(18))]),
    ("I'll be there at 9. Am I right?", [("9", time(9))]),  # a full stop, then a sentence
    ("We're in from 9 till half 5.", [("from 9 till half 5", time(9))]),  # British "half five" after "till" or "after"
    ("Any time after half 4 works.", [("Any time after half 4", time(4, 30))]),
])
def test_a_dot_before_am_and_half_after_till(text, spans):
    assert [(e.text, e.resolution.time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "-ish" after am/pm is about that time, and the day after it still joins
    ("Shall I call around 10am-ish tomorrow?", [("around 10am-ish tomorrow", date(2026, 12, 4), time(10))]),
    ("We'll be there at 6pmish.", [("6pmish", None, time(18))]),
    # "month's end", "year's end" as "month-end"
    ("Payment is due by month's end.", [("by month's end", date(2026, 12, 31), None)]),
    ("The offer runs until next year's end.", [("until next year's end", date(2027, 12, 31), None)]),
])
def test_ish_after_am_pm_and_a_months_end(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,span,day,end_day,start,end", [
    # "through to", "right through to", "up until", "up to" join a range as "to" does
    ("The site is closed the 14th through to the 16th.", "the 14th through to the 16th", date(2026, 12, 14), date(2026, 12, 16), None, None),
    ("We're away Saturday right through to Monday.", "Saturday right through to Monday", date(2026, 12, 5), date(2026, 12, 7), None, None),
    ("The line is open 9am up until 2pm.", "9am up until 2pm", None, None, time(9), time(14)),
    ("The offer holds today up until Friday.", "today up until Friday", TODAY, date(2026, 12, 4), None, None),
])
def test_through_to_and_up_until_join_a_range(text, span, day, end_day, start, end):
    found = one(text)
    r = found.resolution
    assert (found.text, r.date, r.end_date, r.time, r.end_time) == (span, day, end_day, start, end)


@pytest.mark.parametrize("text,spans", [("Delivery takes up to 5 days.", ["5 days"]), ("Use it Monday up to 3 times.", ["Monday"])])
def test_up_to_a_count_is_no_range(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,span,day,end_day", [
    # "this", "next" or "last" before either end of a range of dates stays with its end, and the ends still join
    ("The promo runs from this 6/15 to next 2/10.", "from this 6/15 to next 2/10", date(2026, 6, 15), date(2027, 2, 10)),
    ("We're shut between next March 3rd and next April 4th.", "between next March 3rd and next April 4th", date(2027, 3, 3), date(2027, 4, 4)),
    ("Cover runs 9 January to next 14 February.", "9 January to next 14 February", date(2027, 1, 9), date(2027, 2, 14)),
])
def test_this_or_next_before_either_end_of_a_range_of_dates(text, span, day, end_day):
    found = one(text, "en-US")
    assert (found.text, found.resolution.date, found.resolution.end_date) == (span, day, end_day)


@pytest.mark.parametrize("text,span,day", [
    # a count of time with more counts after "and" is one expression, counted all together
    ("The parts arrive in 2 weeks and 3 days.", "in 2 weeks and 3 days", date(2026, 12, 20)),
    ("We ship in three weeks and a day.", "in three weeks and a day", date(2026, 12, 25)),
    ("Sales fell over the last 2 months and 10 days.", "last 2 months and 10 days", date(2026, 9, 23)),
])
def test_counts_of_time_joined_by_and(text, span, day):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, day)


def test_a_count_after_and_with_ago_stays_apart():
    found = [e.text for e in extract("We spent the last 2 months on it and 3 days ago it shipped.", TODAY, "en-GB")]
    assert found == ["last 2 months", "3 days ago"]


@pytest.mark.parametrize("text,spans", [
    # a day of the month in cardinal words after a weekday and "the", as said aloud
    ("We fly out monday the twenty one.", [("monday the twenty one", date(2026, 12, 21))]),
    ("Pop in Friday the eighteen at 10am.", [("Friday the eighteen at 10am", date(2026, 12, 18))]),
    ("On Friday the twelve of us met.", [("Friday", date(2026, 12, 4))]),  # a count of people
    # a lower-case "may" or "march" before a day in cardinal words that ends the clause
    ("Let's meet may twenty two.", [("may twenty two", date(2027, 5, 22))]),
    ("You may twenty times ask.", []),
])
def test_cardinal_days_after_a_weekday_or_a_lower_case_month(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "mid" before a named day, as "early" and "late" stand there; "later in today"
    ("I need it by mid-Friday.", [("by mid-Friday", date(2026, 12, 4))]),
    ("The van comes mid tomorrow.", [("mid tomorrow", date(2026, 12, 4))]),
    ("I'll ring later in today.", [("later in today", TODAY)]),
    ("We book a mid-Friday call.", [("Friday", date(2026, 12, 4))]),  # an adjective before a noun, as "a late Friday reply"
])
def test_mid_before_a_day_and_later_in_today(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a range of hours in words after "from" or "between" has both its ends
    ("The shop is staffed from nine to eleven.", [("from nine to eleven", time(9), time(11))]),
    ("Call me between six and eight tonight.", [("between six and eight tonight", time(18), time(20))]),
    ("Sales grew from nine to eleven percent.", []),  # counts, not hours
])
def test_a_range_of_hours_in_words(text, spans):
    assert [(e.text, e.resolution.time, e.resolution.end_time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a year, then its season ("2027 spring"), as some writers put it; not a range of goods named by the season
    ("The new wing opens in 2027 spring.", [("2027 spring", date(2027, 3, 20), date(2027, 6, 20))]),
    ("Have you seen our 2027 summer collection?", []),
    # "the third quarter" after "in", "by", "during": this year's, or next year's once it is over
    ("The upgrade ships in the second quarter.", [("the second quarter", date(2027, 4, 1), date(2027, 6, 30))]),
    ("Prices rose in the first quarter of the match.", []),
])
def test_a_season_after_its_year_and_a_quarter_with_no_year(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.end_date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a day's part of the day after "'s": "tomorrow's afternoon", "Monday's morning"
    ("I can drop it off tomorrow's afternoon.", [("tomorrow's afternoon", date(2026, 12, 4))]),
    ("Shall we keep Monday’s morning slot?", [("Monday’s morning", date(2026, 12, 7))]),
    ("See you at today's meeting.", [("today", TODAY)]),
])
def test_a_days_part_after_an_apostrophe_s(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,zone", [
    # New Zealand's and eastern Australia's generic abbreviations, as "ET" and "PT" are
    ("The call is at 9am NZT.", "Pacific/Auckland"),
    ("Doors open 6:30pm AET.", "Australia/Sydney"),
])
def test_generic_zone_abbreviations_of_new_zealand_and_eastern_australia(text, zone):
    found = one(text)
    assert (found.kind, found.resolution.zone, found.resolution.offset) == ("time", zone, None)


@pytest.mark.parametrize("text,spans", [
    # a year written before its month and day, and "the 22nd day of April"
    ("The contract was signed on 2026 April 22.", [("2026 April 22", date(2026, 4, 22))]),
    ("Renewal falls due 2027, Feb 3rd.", [("2027, Feb 3rd", date(2027, 2, 3))]),
    ("We reopen on the 22nd day of January.", [("the 22nd day of January", date(2027, 1, 22))]),
])
def test_a_year_before_its_month_and_day_and_the_nth_day_of_a_month(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a range of bare hours before "this afternoon", as before "tomorrow"
    ("Drop in 2 to 4 this afternoon.", [("2 to 4 this afternoon", TODAY, time(14), time(16))]),
    ("Call 7-9 this evening.", [("7-9 this evening", TODAY, time(19), time(21))]),
    # "on" is a whole word: "afternoon 2-4" is two hours of that afternoon, not 2 April
    ("We'll be in Friday afternoon 2-4.", [("Friday afternoon 2-4", date(2026, 12, 4), time(14), time(16))]),
])
def test_bare_hours_before_this_afternoon_and_after_an_afternoon(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.time, e.resolution.end_time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,span,day", [
    # the end of the working day, as of the business day
    ("Please reply by the end of the working day.", "by the end of the working day", TODAY),
    ("We'll have it by end of the workday tomorrow.", "by end of the workday tomorrow", date(2026, 12, 4)),
])
def test_the_end_of_the_working_day(text, span, day):
    found = one(text)
    assert (found.text, found.resolution.date) == (span, day)


@pytest.mark.parametrize("text,spans", [
    # "at exactly 7", "at precisely eight", "7pm on the dot", "noontime", "after seven"
    ("The doors open at exactly 7.", [("exactly 7", time(7))]),
    ("I'll call at precisely eight.", [("precisely eight", time(8))]),
    ("Be there at 7pm on the dot.", [("7pm on the dot", time(19))]),
    ("We break at noontime.", [("noontime", time(12))]),
    ("Ring any time after seven.", [("any time after seven", time(7))]),
    ("We have exactly seven.", []),  # a count
    ("Divide it by three.", []),
])
def test_exactly_on_the_dot_noontime_and_after_an_hour_in_words(text, spans):
    assert [(e.text, e.resolution.time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "New Year" as the second end of a range of holidays
    ("We're closed between Christmas and New Year.", [("between Christmas and New Year", date(2026, 12, 25), date(2027, 1, 1))]),
    ("The office is shut from Boxing Day to New Year.", [("from Boxing Day to New Year", date(2026, 12, 26), date(2027, 1, 1))]),
    ("Merry Christmas and New Year!", [("Christmas", date(2026, 12, 25), None)]),  # a greeting
])
def test_new_year_ends_a_range_of_holidays(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.end_date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "early", "mid" or "late" before a decade: its first, middle or last years; two digits or words only after "the"
    ("Prices were lower in the early 2000s.", [("the early 2000s", date(2000, 1, 1), date(2003, 12, 31))]),
    ("The mill closed in the mid-1970s.", [("the mid-1970s", date(1974, 1, 1), date(1976, 12, 31))]),
    ("This jacket dates from the late '80s.", [("the late '80s", date(1987, 1, 1), date(1989, 12, 31))]),
    ("Our shop opened in the late nineties.", [("the late nineties", date(1997, 1, 1), date(1999, 12, 31))]),
    ("She is in her late 80s now.", []),  # an age
])
def test_an_edge_of_a_decade(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.end_date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "year 2012" with no "the", as "the year 2012" (and "or later" after it, as after any date); not a fiscal or tax year,
    # whose first day is the business's, nor "a 10 year 2000 mile warranty"
    ("Sales for year 2012 were up.", [("year 2012", date(2012, 1, 1))]),
    ("Any cask from year 2019 or later will do.", [("year 2019 or later", date(2019, 1, 1))]),
    ("Our tax year 2027 return is due.", []),
    ("It has a 10 year 2000 mile warranty.", [("a 10 year", None)]),
])
def test_a_year_after_year_with_no_the(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a range whose second end is a bare day before its first runs into the next month ("the 28th to the 2nd": 2 January),
    # whether the first end has its month before it or none; with the month after the second end, the first is the month before
    ("We're away from the 20th to the 3rd.", [("from the 20th to the 3rd", date(2026, 12, 20), date(2027, 1, 3))]),
    ("The shop is shut between the 28th and the 2nd.", [("between the 28th and the 2nd", date(2026, 12, 28), date(2027, 1, 2))]),
    ("The shop is shut from December 28 to the 2nd.", [("from December 28 to the 2nd", date(2026, 12, 28), date(2027, 1, 2))]),
    ("The shop is shut from the 28th to 3 March.", [("from the 28th to 3 March", date(2027, 2, 28), date(2027, 3, 3))]),
])
def test_a_range_of_days_that_runs_into_the_next_month(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.end_date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "or sooner" after a date, as "or earlier"
    ("We need it by the 14th or sooner.", ["by the 14th or sooner"]),
    ("Can you do Friday or sooner?", ["Friday or sooner"]),
    ("Friday or sooner than that?", ["Friday"]),
])
def test_or_sooner_after_a_date(text, spans):
    assert [e.text for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "Weds" (and "weds" before an ordinal), as "Wed" and "Thurs", before its day of the month and in "the first Weds"
    ("Can we do Weds 16th?", [("Weds 16th", date(2026, 12, 16))]),
    ("Is weds 16th at 11:00 ok?", [("weds 16th at 11:00", date(2026, 12, 16))]),
    ("It's on the first Weds of the month.", [("the first Weds of the month", date(2026, 12, 2))]),
])
def test_weds_before_its_day(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # dotted times as a range's ends before an am/pm ("6.30-9.30pm") and joined by "to"/"till"; not prices, points or sections
    ("The supper club runs 6.30-9.30pm.", [("6.30-9.30pm", time(18, 30), time(21, 30))]),
    ("Surgery is 8.30 to 11.45am.", [("8.30 to 11.45am", time(8, 30), time(11, 45))]),
    ("The hall is ours from 7.30 till 10.30.", [("from 7.30 till 10.30", time(7, 30), time(10, 30))]),
    ("Tickets are 6.30-9.30 pounds.", []),
    ("The ratings ran 7.30-8.45 points.", []),
    ("Read sections 2.10 to 2.15.", []),
])
def test_dotted_times_as_a_ranges_ends(text, spans):
    assert [(e.text, e.resolution.time, e.resolution.end_time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a weekday and an ordinal day before "am"/"pm" are that day's half ("Tue 8th pm"); before, the day was dropped and the
    # weekday read alone ("Friday 11th am" was Friday 4 December); "Tue 8 pm" is still 8 pm on Tuesday
    ("Can we do Tue 8th pm?", [("Tue 8th pm", date(2026, 12, 8), None)]),
    ("I can do Friday 11th am.", [("Friday 11th am", date(2026, 12, 11), None)]),
    ("See you Tue 8 pm.", [("Tue 8 pm", date(2026, 12, 8), time(20))]),
])
def test_half_a_day_after_a_weekday_and_its_ordinal_day(text, spans):
    assert [(e.text, e.resolution.date, e.resolution.time) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # two ordinal days joined by "and", "&" or "/" share the month named with either ("the 4th and 5th of January": the 4th was
    # 4 December), and an ordinal after a month's day and "and"/"&"/"/" is a day of that month ("Jan 4th and 5th")
    ("Can you do the 4th and 5th of January?", [("the 4th", date(2027, 1, 4)), ("5th of January", date(2027, 1, 5))]),
    ("Can you do the 4th & 5th Jan?", [("the 4th", date(2027, 1, 4)), ("5th Jan", date(2027, 1, 5))]),
    ("Can you do the 4th/5th Jan?", [("the 4th", date(2027, 1, 4)), ("5th Jan", date(2027, 1, 5))]),
    ("Jan 4th and 5th are booked.", [("Jan 4th", date(2027, 1, 4)), ("5th", date(2027, 1, 5))]),
    ("Jan 4th & 5th are booked.", [("Jan 4th", date(2027, 1, 4)), ("5th", date(2027, 1, 5))]),
])
def test_two_days_joined_by_and_share_a_month(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text", ["Rooms on the 3rd and 4th floors.", "Rooms on the 3rd/4th floors.", "It was the 11th & 14th centuries."])
def test_a_second_ordinal_with_no_month_named_is_no_day(text):
    assert not any(e.text.startswith(("4th", "14th")) for e in extract(text, TODAY, "en-GB"))


@pytest.mark.parametrize("text,spans", [
    # an ordinal day with no "the" before a list of them that ends in a month ("4th or 5th Jan", "12th/13th December")
    ("Can you do 4th or 5th Jan?", [("4th", date(2027, 1, 4)), ("5th Jan", date(2027, 1, 5))]),
    ("We're away 12th/13th December.", [("12th", date(2026, 12, 12)), ("13th December", date(2026, 12, 13))]),
    ("Free 18th, 19th or 20th of January.", [("18th", date(2027, 1, 18)), ("19th", date(2027, 1, 19)), ("20th of January", date(2027, 1, 20))]),
    ("She finished 4th or 5th in January.", [("January", date(2027, 1, 1))]),
])
def test_a_first_ordinal_with_no_the_before_a_list_that_names_its_month(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "this time next week", "same time next month", "this time last year": today's date a week, a month or a year on or back
    # (before, the start of that week or month: "same time next week?" said on a Thursday was Monday 7 December)
    ("Same time next week?", [("Same time next week", date(2026, 12, 10))]),
    ("We'll know by this time next month.", [("this time next month", date(2027, 1, 3))]),
    ("Prices were lower this time last year.", [("this time last year", date(2025, 12, 3))]),
    ("See you next week.", [("next week", date(2026, 12, 7))]),
])
def test_this_time_next_week_is_a_week_on(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # "the 10" ends a clause only where the punctuation after it is no decimal point ("the 10.15 train", "the 3.5 release")
    ("We took the 10.15 train.", []),
    ("Upgrade to the 3.5 release.", []),
    ("It arrives on the 10.", [("the 10", date(2026, 12, 10))]),
    ("It arrives on the 10, at 3pm.", [("the 10, at 3pm", date(2026, 12, 10))]),
])
def test_the_and_a_bare_day_before_a_decimal_point(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a score out of 5 or 10 after a word that gives one ("scored 7/10", "I'd give it 9/10", "rated 4/5") or before "would",
    # "stars", "overall" ("10/10 would buy again") is no date; "see you 10/10" and "due 9/10" still are
    ("I scored 7/10 on the quiz.", []),
    ("I'd give it 9/10.", []),
    ("Rated 4/5 by our customers.", []),
    ("10/10 would buy again.", []),
    ("See you 10/10.", [("10/10", date(2026, 10, 10))]),
    ("The rent is due 9/10.", [("9/10", date(2026, 10, 9))]),
])
def test_a_score_out_of_five_or_ten_is_no_date(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a capital "Sat" before what follows the verb ("Sat down with…", "Sat on it") and a capital "Sun" before a noun it names
    # ("Sun cream", "Sun damage") at a sentence's start are no weekday; "Sat works for me", "Sat on the 12th", "Sun?" still are
    ("Sat down with the team at noon.", [("noon", None)]),
    ("Sat on it for a while.", []),
    ("Sun cream is in the bag.", []),
    ("Sun damage is not covered.", []),
    ("Sat works for me.", [("Sat", date(2026, 12, 5))]),
    ("Can we do Sun?", [("Sun", date(2026, 12, 6))]),
])
def test_sat_and_sun_as_a_verb_and_a_noun(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans


@pytest.mark.parametrize("text,spans", [
    # a year, a month and a day in figures with spaces between, after "on", "from", "since", "until", "by", "dated"
    ("The works began on 2026 11 16, as planned.", [("2026 11 16", date(2026, 11, 16))]),
    ("Valid from 2027 01 04.", [("2027 01 04", date(2027, 1, 4))]),
    ("Quote ref 2016 10 16 22 attached.", []),
    ("In 2016 10 12-year-olds joined.", [("2016", date(2016, 1, 1))]),
])
def test_a_year_month_and_day_with_spaces(text, spans):
    assert [(e.text, e.resolution.date) for e in extract(text, TODAY, "en-GB")] == spans
