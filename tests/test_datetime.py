"""Times and dates (first part of the datetime issue): the issue's examples with exact replacements."""

from datetime import UTC, datetime, timedelta

import pytest
from tactful.document import Context
from tactful.review import review

# Thursday 3 December 2026, 16:05 in London (the issue's example "written on Thursday 3 December").
NOW = datetime(2026, 12, 3, 16, 5, tzinfo=UTC)
EVENING = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)  # "today" written now may be read tomorrow


def datetime_suggestions(draft: str, locale: str = "en-GB", now: datetime = NOW) -> list[tuple[str, str, list[str]]]:
    result = review(draft, "", Context(now=now, timezone="Europe/London", locale=locale))
    return [(s["rule"], s["text"], s["replacements"]) for s in result["suggestions"] if s["category"] == "datetime"]


def flagged_by(rule: str, draft: str, locale: str = "en-GB", now: datetime = NOW) -> list[tuple[str, list[str]]]:
    """(text, replacements) of one rule's suggestions."""
    return [(text, replacements) for found, text, replacements in datetime_suggestions(draft, locale, now) if found == rule]


@pytest.mark.parametrize(
    "draft,expected",
    [
        (
            "Your fitting is Friday at 6:45.",
            [("datetime.bare-weekday", "Friday", ["Friday 4 December"]), ("datetime.ambiguous-time", "6:45", ["6:45 am", "6:45 pm"])],
        ),
        ("The sale ends at 12 am.", [("datetime.twelve-oclock", "12 am", ["midnight", "12:00 midnight"])]),
        ("Lunch is at 12 pm.", [("datetime.twelve-oclock", "12 pm", ["noon", "12:00 noon"])]),
        ("Your parcel arrives tomorrow.", [("datetime.relative-date", "tomorrow", ["tomorrow (Friday 4 December)", "Friday 4 December"])]),
        ("Let's speak next Friday.", [("datetime.relative-date", "next Friday", ["Friday 4 December", "Friday 11 December"])]),
        (
            "Your appointment is on Tuesday, 10 December 2026.",
            [("datetime.weekday-mismatch", "Tuesday, 10 December 2026", ["Thursday, 10 December 2026", "Tuesday 8 December 2026"])],
        ),
        ("See you on 31 April.", [("datetime.impossible-date", "31 April", ["30 April"])]),
        ("Renewal is on 29 February 2027.", [("datetime.impossible-date", "29 February 2027", ["28 February 2027"])]),
        ("Your lease starts 05/06/2027.", [("datetime.numeric-date", "05/06/2027", ["5 June 2027", "6 May 2027"])]),
    ],
)
def test_issue_examples(draft, expected):
    assert datetime_suggestions(draft) == expected


def test_us_locale_reads_month_first_and_formats_us_style():
    assert datetime_suggestions("Your lease starts 05/06/2027.", locale="en-US") == [
        ("datetime.numeric-date", "05/06/2027", ["May 6, 2027", "June 5, 2027"])
    ]
    assert datetime_suggestions("It arrives tomorrow.", locale="en-US")[0][2][0] == "tomorrow (Friday, December 4)"


@pytest.mark.parametrize(
    "draft",
    [
        "Thursday, 3 December 2026 at 4:15 pm Pacific Time",
        "09:30 UTC",
        "Fri 11 Dec, 10am PT",
        "We're open 9–11 am, and the tour starts at 7:30 in the evening.",
        "Refunds take 3 to 10 business days; repeat steps 2 and 3.",
        "The hem was taken up by 3 cm, due by 12 March.",
        "Your parcel arrives tomorrow (Friday 4 December).",
        "Delivery is on 29 February 2028 at 19:30.",
    ],
)
def test_complete_expressions_stay_silent(draft):
    assert datetime_suggestions(draft) == []


@pytest.mark.parametrize(
    "draft,locale,expected",
    [
        ("We'll call first thing Monday.", "en-GB", [("Monday", ["Monday 7 December"])]),
        ("The engineer will be with you by Saturday afternoon.", "en-US", [("Saturday", ["Saturday, December 5"])]),
        ("Could you come in on Tuesday or Wednesday?", "en-GB", [("Tuesday", ["Tuesday 8 December"]), ("Wednesday", ["Wednesday 9 December"])]),
        # Written on a Thursday, "Thursday" is today or a week today.
        ("We can fit you in on Thursday.", "en-GB", [("Thursday", ["Thursday 3 December", "Thursday 10 December"])]),
        ("Your parcel was sent on Friday and will arrive Monday.", "en-GB", [("Monday", ["Monday 7 December"])]),
    ],
)
def test_weekday_without_a_date_gets_its_date(draft, locale, expected):
    assert flagged_by("datetime.bare-weekday", draft, locale) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "Your fitting is on Friday 4 December at 8:15 am.",
        "We're open Monday to Friday, 9am to 5pm, and on Saturdays until noon.",
        "Your parcel was sent on Friday.",
        "I checked with the courier on Monday and the van had left.",
        "Please book it for 4:45 pm on Wednesday next week.",
        "Our hours:\nSaturday: 10am to 4pm\nSunday: closed",
        "We'll call you this Friday (4 December).",
        "You're welcome to join the Saturday group, or the Tuesday intermediate class.",
        "Our surveyor has availability on Tuesday and Thursday afternoons.",
        "I'm so sorry we couldn't seat you on Saturday.",
        "Could you tell us roughly what time your mother visited on Saturday?",
        "You should have heard from us on Monday.",
    ],
)
def test_weekday_with_its_date_a_range_or_in_the_past_stays_silent(draft):
    assert flagged_by("datetime.bare-weekday", draft) == []


@pytest.mark.parametrize(
    "draft,locale,expected",
    [
        ("Please reply by 12/01.", "en-US", [("12/01", ["December 1", "January 12"])]),
        ("Please reply by 12/01.", "en-GB", [("12/01", ["12 January", "1 December"])]),
        ("We're closed from 1/12 to 5/12.", "en-GB", [("1/12", ["1 December", "12 January"]), ("5/12", ["5 December", "12 May"])]),
        ("It's 1/2 price until Friday 4 December, and 3/4 of the cost comes back.", "en-GB", []),
    ],
)
def test_numeric_day_and_month_without_a_year(draft, locale, expected):
    assert flagged_by("datetime.numeric-date", draft, locale) == expected


@pytest.mark.parametrize(
    "draft,text,replacements",
    [
        ("The engineer comes between 2 and 3:30.", "2 and 3:30", ["2 and 3:30 am", "2 and 3:30 pm"]),
        ("The courier comes between 9 and 5.", "9 and 5", ["9 am and 5 pm", "9 pm and 5 am"]),
        ("Your slot is 8-10 on Saturday 5 December.", "8-10", ["8-10 am", "8-10 pm"]),
        ("We're open from 11 to 2 on Saturday 5 December.", "11 to 2", ["11 am to 2 pm", "11 pm to 2 am"]),
        ("The swap is on Sunday 7 February, from 10 till 12.", "10 till 12", ["10 am till noon", "10 pm till midnight"]),
        ("Come by between 12 and 2 on 5 December.", "12 and 2", ["midnight and 2 am", "noon and 2 pm"]),
        ("We close at 12 on Christmas Eve.", "12", ["midnight", "noon"]),
    ],
)
def test_a_range_with_no_am_or_pm_is_one_question(draft, text, replacements):
    assert datetime_suggestions(draft) == [("datetime.ambiguous-time", text, replacements)]


@pytest.mark.parametrize("draft", ["Delivery takes 8-10 days.", "Requests take between 3 and 10 working days.",
                                   "Your membership was frozen from 1 to 31 March.", "Steps 2 and 3 are optional.", "Your slot is 8-10 am on Saturday 5 December."])
def test_counts_and_settled_ranges_are_no_question(draft):
    assert datetime_suggestions(draft) == []


@pytest.mark.parametrize(
    "draft,expected",
    [
        ("We'll ship it today.", [("today", ["today (Thursday 3 December)"])]),
        ("The engineer will call you this afternoon, and your parcel left this morning.", [("this afternoon", ["this afternoon (Thursday 3 December)"])]),
        ("Please let us know by tonight.", [("tonight", ["tonight (Thursday 3 December)"])]),
        ("Thank you for calling us today. How can I help today?", []),
    ],
)
def test_today_in_a_plan_gets_its_date(draft, expected):
    assert flagged_by("datetime.relative-date", draft, now=EVENING) == expected


@pytest.mark.parametrize("draft", ["We'll ship it today.", "Please let us know by tonight.", "The engineer will call you this afternoon."])
def test_today_written_in_the_working_day_is_read_the_same_day(draft):
    assert flagged_by("datetime.relative-date", draft) == []  # written at 16:05


def test_today_to_a_customer_whose_date_is_already_another():
    result = review("The signed copies go on sale on our website today.", "", Context(
        now=datetime(2031, 6, 17, 21, tzinfo=UTC), timezone="Pacific/Auckland", recipient_timezone="America/Los_Angeles", locale="en-GB"))
    assert [(s["text"], s["replacements"]) for s in result["suggestions"] if s["rule"] == "datetime.relative-date"] == [
        ("today", ["today (Wednesday 18 June)"])]  # 09:00 on Wednesday in Auckland is still Tuesday in Los Angeles


@pytest.mark.parametrize(
    "draft,replacement",
    [
        ("We'll be in touch by the end of the week.", "the end of the week (Friday 4 December)"),
        ("It will be fixed by the end of next week.", "the end of next week (Friday 11 December)"),
        ("We'll fix it mid next week.", "mid next week (around Wednesday 9 December)"),
        ("We'll fix it later this week.", "later this week (by Friday 4 December)"),
        ("We'll fix it early next week.", "early next week (the week of Monday 7 December)"),
    ],
)
def test_part_of_a_week_is_named_by_its_days(draft, replacement):
    assert [replacements for _, replacements in flagged_by("datetime.relative-date", draft)] == [[replacement]]


@pytest.mark.parametrize(
    "draft,expected",
    [
        ("We'll deliver on the 15th.", []),
        ("We'll deliver on the 2nd.", [("the 2nd", ["the 2nd (Saturday 2 January 2027)"])]),
        ("The course starts on the 3rd.", [("the 3rd", ["the 3rd (Sunday 3 January 2027)"])]),
        ("It will be ready by the 1st at 3pm.", [("the 1st", ["the 1st (Friday 1 January 2027)"])]),
        ("It was delivered on the 2nd.", []),
    ],
)
def test_a_day_with_no_month_gets_its_month(draft, expected):
    assert flagged_by("datetime.relative-date", draft) == expected


def test_a_weekday_of_a_named_week_after_a_time_gets_its_date():
    assert flagged_by("datetime.relative-date", "Please come in at 4:45 pm on Wednesday next week.") == [
        ("Wednesday next week", ["Wednesday next week (Wednesday 9 December)"])
    ]
    assert flagged_by("datetime.relative-date", "We can do one in the afternoon on Saturday this week.") == [
        ("Saturday this week", ["Saturday this week (Saturday 5 December)"])
    ]


@pytest.mark.parametrize(
    "draft,expected",
    [
        ("It should arrive in a week or two.", [("in a week or two", ["in a week or two (between Thursday 10 December and Thursday 17 December)"])]),
        ("It will arrive in 2-3 days.", [("in 2-3 days", ["in 2-3 days (between Saturday 5 December and Sunday 6 December)"])]),
        ("We'll call you the next business day.", [("next business day", ["next business day (Friday 4 December)"])]),
        # Written on a Thursday: working days skip the weekend.
        ("It should arrive in two business days.", [("in two business days", ["in two business days (Monday 7 December)"])]),
        ("It arrives in 3–5 working days.", [("in 3–5 working days", ["in 3–5 working days (between Tuesday 8 December and Thursday 10 December)"])]),
        ("Refunds take 30 days, and parcels arrive in 10-20 days.", []),
        ("Orders placed before 2 pm usually arrive the next working day.", []),
    ],
)
def test_counted_ranges_and_the_next_working_day_are_named(draft, expected):
    assert flagged_by("datetime.relative-date", draft) == expected


def test_relative_dates_follow_context_now():
    a_week_later = NOW + timedelta(days=7)
    assert datetime_suggestions("It arrives tomorrow.", now=a_week_later)[0][2][0] == "tomorrow (Friday 11 December)"


@pytest.mark.parametrize(
    "draft,expected",
    [
        ("The call is at 3 pm EST on 14 July 2026.", [("datetime.zone-season", "EST", ["EDT", "ET"])]),
        ("Doors open at 7 pm BST on 10 January 2027.", [("datetime.zone-season", "BST", ["GMT", "UK time"])]),
        ("We will deliver on Thursday, 5 March 2026.", [("datetime.past-date", "Thursday, 5 March 2026", ["Friday 5 March 2027"])]),
    ],
)
def test_zone_season_and_past_dates(draft, expected):
    assert datetime_suggestions(draft) == expected


def test_time_given_in_the_customers_zone():
    result = review("We'll call at 4:15 pm.", "", Context(now=NOW, timezone="Europe/London", recipient_timezone="America/New_York"))
    (s,) = [s for s in result["suggestions"] if s["rule"] == "datetime.missing-timezone"]
    assert s["text"] == "4:15 pm"
    assert s["replacements"] == ["4:15 pm London time (11:15 am New York time)", "11:15 am New York time"]


@pytest.mark.parametrize(
    "draft,text,replacements",
    [
        ("We're open 9–11 am on Friday 4 December.", "9–11 am", ["9–11 am London time (4–6 am New York time)", "4–6 am New York time"]),
        ("We can talk between 2 and 3:30 pm on 4 December.", "2 and 3:30 pm",
         ["2 and 3:30 pm London time (9–10:30 am New York time)", "9–10:30 am New York time"]),
        ("The line is open 11am-5pm tomorrow.", "11am-5pm", ["11am-5pm London time (6 am–noon New York time)", "6 am–noon New York time"]),
        ("I'll ring at noon tomorrow.", "noon", ["noon London time (7 am New York time)", "7 am New York time"]),
        ("We close at midnight on 4 December.", "midnight", ["midnight London time (Thursday 7 pm New York time)", "Thursday 7 pm New York time"]),
    ],
)
def test_ranges_and_named_times_given_in_the_customers_zone(draft, text, replacements):
    result = review(draft, "", Context(now=NOW, timezone="Europe/London", recipient_timezone="America/New_York", locale="en-GB"))
    (s,) = [s for s in result["suggestions"] if s["rule"] == "datetime.missing-timezone"]
    assert (s["text"], s["replacements"]) == (text, replacements)


@pytest.mark.parametrize(
    "draft,flagged",
    [
        ("The course will run from 28 June to 3 September 2027.", []),
        ("Winter storage will run from 1 October to 31 March.", []),
        ("Your membership will be paused from 1 October to 30 November.", ["1 October", "30 November"]),
        # written in December, a summer named without its year is next summer's (a date more than 90 days gone is not read as a slip)
        ("Your membership will be paused from 1 July to 31 August.", []),
    ],
)
def test_a_range_that_has_not_ended_is_not_in_the_past(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.past-date", draft)] == flagged


@pytest.mark.parametrize("draft", ["The call is at 3 pm EDT on 14 July 2026.", "Your order was placed on 3 March 2025."])
def test_right_zone_and_past_facts_stay_silent(draft):
    assert datetime_suggestions(draft) == []


@pytest.mark.parametrize("draft", ["I'll call you at 9a tomorrow.", "We're open 9a-5p on Saturday 5 December.", "The engineer comes at 3p on Friday 4 December."])
def test_a_one_letter_am_or_pm_settles_the_hour(draft):
    assert [s for s in datetime_suggestions(draft) if s[0] == "datetime.ambiguous-time"] == []


def test_a_two_digit_year_is_the_nearest_one_that_fits():
    # the extractor's convention: within 80 years before and 20 after today (3 December 2026 here)
    assert datetime_suggestions("Your policy started on 05/06/98.") == [
        ("datetime.numeric-date", "05/06/98", ["5 June 1998", "6 May 1998"])
    ]
    assert datetime_suggestions("Your lease starts 05/06/27.") == [("datetime.numeric-date", "05/06/27", ["5 June 2027", "6 May 2027"])]


@pytest.mark.parametrize("draft,flagged", [
    ("The flat is at 1 Addington Street, second floor.", []),
    ("You'll be staying at 1 Hotel Brooklyn Bridge in New York.", []),
    ("Pick it up at 5 Hutchins Way after lunch.", []),
    ("Meet us at 5 Friday by the gate.", ["5"]),  # a weekday, not a street, follows the hour
])
def test_a_number_before_a_street_or_venue_name_is_no_hour(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.ambiguous-time", draft)] == flagged


def suggestions_at(draft: str, now: datetime, locale: str, zone: str) -> list[tuple[str, str]]:
    result = review(draft, "", Context(now=now, timezone=zone, locale=locale))
    return [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"]


@pytest.mark.parametrize("draft,now,locale,expected", [
    # numeric dates are read in the locale's order for the weekday, impossible-date and past-date rules
    ("Your cleaning is set for Tuesday, 4/22 at 9:40 a.m.", datetime(2026, 3, 20, 15, tzinfo=UTC), "en-US",
     [("datetime.weekday-mismatch", "Tuesday, 4/22")]),
    ("Your appointment is on 11/31/2026 at 10 a.m.", datetime(2026, 10, 20, 14, tzinfo=UTC), "en-US", [("datetime.impossible-date", "11/31/2026")]),
    ("Your new card is valid from 31/09/2027.", datetime(2027, 8, 16, 10, tzinfo=UTC), "en-GB", [("datetime.impossible-date", "31/09/2027")]),
    ("Your parcel will now be brought round on 30/12/2026.", datetime(2027, 1, 4, 14, tzinfo=UTC), "en-GB", [("datetime.past-date", "30/12/2026")]),
    ("The supplier will deliver it by 2026-06-03.", datetime(2026, 6, 9, 9, tzinfo=UTC), "en-GB", [("datetime.past-date", "2026-06-03")]),
    ("Your cleaning is set for Wednesday, 4/22 at 9:40 a.m.", datetime(2026, 3, 20, 15, tzinfo=UTC), "en-US", []),
    ("Version 1.2.26 fixed it; the score was 3-4 and we're open 24/7.", datetime(2026, 3, 20, 15, tzinfo=UTC), "en-GB", []),
    # no year written: the nearest such day is meant, unless it is past and next year's has the weekday
    ("We look forward to welcoming you on Friday 19 November.", datetime(2026, 11, 2, 10, tzinfo=UTC), "en-GB",
     [("datetime.weekday-mismatch", "Friday 19 November")]),
])
def test_numeric_dates_and_the_year_a_weekday_names(draft, now, locale, expected):
    zone = "America/New_York" if locale == "en-US" else "Europe/London"
    assert suggestions_at(draft, now, locale, zone) == expected


def test_a_weekday_that_fits_next_years_date_when_this_years_is_past_is_no_mismatch():
    # 1 February 2026 (ten days ago) was a Sunday; 1 February 2027 is a Monday: the writer means next year
    found = suggestions_at("We'll see you on Monday 1 February.", datetime(2026, 2, 10, 10, tzinfo=UTC), "en-GB", "Europe/London")
    assert all(rule != "datetime.weekday-mismatch" for rule, _ in found)


def zone_suggestions(draft: str, incoming: str = "", recipient: str | None = "Asia/Singapore") -> list[tuple[str, str]]:
    result = review(draft, incoming, Context(now=NOW, timezone="Europe/London", recipient_timezone=recipient, locale="en-GB"))
    return [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"]


@pytest.mark.parametrize("draft,expected", [
    ("Maintenance is on 15 March 2027, 09:30–10:30 UTC, which is 17:30–18:30 in Singapore.", []),
    ("The call is on Monday 18 January 2027 at 14:00 GMT (10pm in Singapore).", []),
    ("The call is on Monday 18 January 2027 at 14:00.", [("datetime.missing-timezone", "14:00")]),
    ("The AGM is on Tuesday 26 January 2027 at 7pm in the community room.", [("datetime.missing-timezone", "7pm")]),  # no "7 am or 7 pm?"
])
def test_a_time_given_in_the_customers_city_needs_no_zone(draft, expected):
    assert zone_suggestions(draft) == expected


def test_a_customer_who_has_just_moved_names_their_zone():
    incoming = "We've just moved to Honolulu and need an online tutor for my son. Weekends work best."
    found = zone_suggestions("His sessions run on Saturdays at 10 a.m., starting Saturday 5 December.", incoming, recipient=None)
    assert found == [("datetime.missing-timezone", "10 a.m.")]


@pytest.mark.parametrize("draft,written,replacements", [
    ("I've booked the call for Monday 14 June 2027 at 2pm AEDT.", "AEDT", ["AEST", "Sydney time"]),  # Sydney's winter
    ("Kick-off is 7pm NZST on Saturday 8 January 2028.", "NZST", ["NZDT", "New Zealand time"]),
    ("The office reopens at 9am EET on 5 July 2027.", "EET", ["EEST", "Eastern European Time"]),
])
def test_southern_and_eastern_zones_that_contradict_the_season(draft, written, replacements):
    assert flagged_by("datetime.zone-season", draft) == [(written, replacements)]


@pytest.mark.parametrize("draft,locale,flagged", [
    ("Our engineer will install it on 06.07.2027.", "en-GB", [("06.07.2027", ["6 July 2027", "7 June 2027"])]),
    ("The estimated delivery date is 10/11.", "en-US", [("10/11", ["October 11", "November 10"])]),
    ("We released version 1.2.26 and 3.10 today.", "en-GB", []),
    ("The score was 10/11 on the quiz.", "en-US", []),
])
def test_dotted_numeric_dates_and_a_date_told_as_the_date(draft, locale, flagged):
    assert flagged_by("datetime.numeric-date", draft, locale) == flagged


@pytest.mark.parametrize("draft,flagged", [
    ("Items need to be scanned in at a drop-off point by 8pm today to qualify for a refund.", ["today"]),
    ("We're open until 6pm today and from 9am tomorrow.", ["tomorrow"]),  # opening hours are no deadline
    ("The crew will start on Monday 7 December 2026 and should be finished in three days.", []),  # counted from the 7th
    ("The crew should be finished in three days.", ["in three days"]),
])
def test_deadlines_today_and_days_counted_from_a_named_date(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.relative-date", draft, now=EVENING)] == flagged


@pytest.mark.parametrize("draft,flagged", [
    ("The workshop reopens on Monday 4 January, so your frame will go into production from the 4th.", []),  # the month is named
    ("The workshop is closed, so your frame will go into production from the 4th.", [("datetime.relative-date", "the 4th")]),
])
def test_a_day_of_the_month_whose_month_the_draft_names(draft, flagged):
    assert suggestions_at(draft, datetime(2026, 12, 28, 17, tzinfo=UTC), "en-GB", "Europe/London") == flagged


@pytest.mark.parametrize("draft,flagged", [
    ("Your table is reserved for Friday 4 December at half past eight.", [("half past eight", ["half past eight in the morning", "half past eight in the evening"])]),
    ("We'll call at eight tomorrow.", [("eight", ["eight in the morning", "eight in the evening"])]),
    ("Come at half past 8.", [("half past 8", ["half past 8 in the morning", "half past 8 in the evening"])]),
    ("Dinner is at half past seven in the evening.", []),
    ("Accompanying adults go free at one adult per eight children.", []),  # a count, not one o'clock
    ("It seats 24 at one long table.", []),
    ("Drop her off at 7:30 and give her no food after 10 the night before.", [("7:30", ["7:30 am", "7:30 pm"])]),
])
def test_hours_in_words_and_the_night_before(draft, flagged):
    assert flagged_by("datetime.ambiguous-time", draft) == flagged


@pytest.mark.parametrize("draft,expected", [
    ("Your scan is booked for Fri 4th at 2.15pm.", [("datetime.weekday-mismatch", "Fri 4th")]),  # 4 March 2027 is a Thursday
    ("See you Thursday the 4th.", []),
    ("See you Friday the 12th.", []),  # 12 March 2027 is a Friday
    ("See you Saturday the 3rd.", []),  # past this month; next month's 3rd, 3 April 2027, is a Saturday
])
def test_a_weekday_with_a_day_of_the_month_and_no_month(draft, expected):
    assert suggestions_at(draft, datetime(2027, 2, 22, 16, tzinfo=UTC), "en-GB", "Europe/London") == expected


def test_a_weekday_day_mismatch_offers_both_corrections():
    result = review("Your scan is booked for Fri 4th.", "", Context(now=datetime(2027, 2, 22, 16, tzinfo=UTC), timezone="Europe/London", locale="en-GB"))
    found = [s for s in result["suggestions"] if s["rule"] == "datetime.weekday-mismatch"]
    assert [(s["text"], s["replacements"]) for s in found] == [("Fri 4th", ["Thu 4th", "Friday 5 March"])]


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    ("Please sit the test on Monday 5 July 2027 at nine o'clock.", datetime(2027, 6, 28, 12, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.ambiguous-time", "nine o'clock")]),
    ("We need the signed quote by the end of today.", datetime(2027, 10, 15, 16, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.relative-date", "today")]),
    ("The open day is on Sunday 10 October 2027 from 10:00 to 15:00.", datetime(2027, 9, 28, 18, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    ("The course runs for six Sunday mornings, 10:00 to 12:30, from Sunday 2 May 2027.", datetime(2027, 3, 19, 13, tzinfo=UTC), "en-GB", "Europe/London",
     None, "", []),
    ("Alan can come on Weds 18th Nov, between 1pm and 3pm.", datetime(2027, 11, 8, 8, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.weekday-mismatch", "Weds 18th Nov")]),
    ("Our engineer will call on 14 January to replace the seal, and the part has already been ordered.", datetime(2027, 1, 20, 12, tzinfo=UTC), "en-GB",
     "Europe/London", None, "", [("datetime.past-date", "14 January")]),
    ("Your room is confirmed for three nights from 3.4.27, breakfast included.", datetime(2027, 2, 1, 8, tzinfo=UTC), "en-GB", "Europe/Berlin", None, "",
     [("datetime.numeric-date", "3.4.27")]),
    ("I've put our call in the diary for Monday 23 August 2027 at 5pm.", datetime(2027, 8, 12, 10, tzinfo=UTC), "en-GB", "Europe/London", None,
     "We're on holiday in Lisbon until the 20th, then back home in Vancouver.", [("datetime.missing-timezone", "5pm")]),
    ("The release is on Thursday, December 16, 2027 at 6 p.m. PST, which is 2 a.m. on Friday for you in London.", datetime(2027, 12, 6, 17, tzinfo=UTC),
     "en-US", "America/Los_Angeles", "Europe/London", "", []),
    ("We're open 8am–7pm Monday to Friday and 9am to 1pm on Saturday.", datetime(2027, 5, 18, 11, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
])
def test_second_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,expected", [
    ("Seán will collect you at ten to eight on Sunday 20 August 2028.", datetime(2028, 8, 15, 20, tzinfo=UTC), "en-GB", "Europe/Dublin", None,
     [("datetime.ambiguous-time", "ten to eight")]),
    ("We can fit your party on the tour in two days, at 11am.", datetime(2028, 12, 30, 22, tzinfo=UTC), "en-GB", "Europe/London", None,
     [("datetime.relative-date", "in two days")]),
    ("We've rebooked your places for Saturday 18 November at 2pm.", datetime(2028, 11, 20, 16, tzinfo=UTC), "en-GB", "Europe/London", None,
     [("datetime.past-date", "Saturday 18 November")]),
    ("You're booked on the 11:00 (UK time) sailing on Friday 5 May 2028.", datetime(2028, 4, 20, 11, tzinfo=UTC), "en-GB", "Europe/London", None, []),
    ("Your March cruise is confirmed, and the boat leaves at 10:30am on the 5th.", datetime(2028, 2, 10, 3, tzinfo=UTC), "en-GB", "Pacific/Auckland",
     None, []),
    ("Our next cask opening is on Wednesday 19 July 2028, at 10am here in Speyside, which is 6pm in Tokyo.", datetime(2028, 7, 10, 8, tzinfo=UTC),
     "en-GB", "Europe/London", "Asia/Tokyo", []),
    ("Tours leave at 9:30am, 1pm and 4:30pm NDT on Wednesday 16 August 2028, which is 8am, 11:30am and 3pm in Ottawa.",
     datetime(2028, 8, 9, 12, tzinfo=UTC), "en-GB", "America/St_Johns", "America/Toronto", []),
    ("Luis will call you at 9 a.m. MST, which is noon Eastern, on Thursday, July 20, 2028.", datetime(2028, 7, 18, 15, tzinfo=UTC), "en-US",
     "America/Phoenix", "America/New_York", []),  # Arizona keeps MST all summer
    ("Yes, 9am on Sunday 24 September 2028 is fine. The clocks go forward that morning, so it will be 9am NZDT.",
     datetime(2028, 9, 19, 23, tzinfo=UTC), "en-GB", "Pacific/Auckland", None, []),  # the date of the sentence before
])
def test_third_round_of_realistic_replies(draft, now, locale, zone, recipient, expected):
    result = review(draft, "", Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # a countdown on a game clock is no time of day
    ("The Under-12s won 4-2, and Owen scored the winner with 2:35 left in the third period.", datetime(2028, 8, 13, 1, tzinfo=UTC), "en-GB",
     "America/Toronto", None, "", []),
    # a time with a zone is a 24-hour time, and the offset it contradicts is what is flagged
    ("Lerato can take you through the design on Thursday 19 October 2028 at 10:00 SAST (UTC+3).", datetime(2028, 10, 14, 14, tzinfo=UTC), "en-GB",
     "Africa/Johannesburg", "Europe/Berlin", "", [("datetime.zone-offset", "SAST (UTC+3)")]),
    # AST for a Halifax writer in July is Atlantic time on ADT; for a writer in Riyadh it is Arabia time
    ("Morag would like a video fitting on Friday 28 July 2028 at 10 a.m. AST (9 a.m. in Toronto).", datetime(2028, 7, 25, 20, tzinfo=UTC), "en-GB",
     "America/Halifax", "America/Toronto", "", [("datetime.zone-season", "AST")]),
    ("The call is at 10 a.m. AST on Thursday 13 July 2028.", datetime(2028, 7, 1, 7, tzinfo=UTC), "en-GB", "Asia/Riyadh", None, "", []),
    # "every Tuesday and Thursday": the second day of the list repeats too
    ("Live classes stream every Tuesday and Thursday at 6:30pm UK time.", datetime(2028, 4, 18, 20, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # "I'm working in Atlanta this month" says where the customer is; the conversion names their city
    ("Luis will call you on Friday, November 10, 2028, at 4:00 p.m. to walk through the invoice.", datetime(2028, 11, 8, 21, tzinfo=UTC), "en-US",
     "America/Denver", None, "I'm working in Atlanta this month, so please call.", [("datetime.missing-timezone", "4:00 p.m.")]),
    # a date set by a perfect or passive "moved to" is a plan, whatever the tense; a report of a past move is not
    ("We've moved your dive to 3 March 2028, same time.", datetime(2028, 3, 5, 17, tzinfo=UTC), "en-GB", "Africa/Johannesburg", None, "",
     [("datetime.past-date", "3 March 2028")]),
    ("We moved the meeting to 3 March 2028 and it went well.", datetime(2028, 3, 5, 17, tzinfo=UTC), "en-GB", "Africa/Johannesburg", None, "", []),
    # the second end of a range of yearless numeric dates is read as a date; a range of fractions is not
    ("Jess can walk Biscuit at 12:30 p.m. every day from 6/26 through 6/31.", datetime(2028, 6, 24, 1, tzinfo=UTC), "en-US", "America/New_York", None,
     "", [("datetime.impossible-date", "6/31")]),
    ("Mix 1/2 to 3/4 of a cup into the batter.", datetime(2028, 6, 24, 1, tzinfo=UTC), "en-US", "America/New_York", "Europe/London", "", []),
    # "Monday week" names a day British readers count differently
    ("The vendor's solicitor has agreed to close the sale on Monday week.", datetime(2028, 4, 12, 15, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "",
     [("datetime.relative-date", "Monday week")]),
    # "the following week" and "the next working day" are counted from a day named before them; "bootcamp weekend" is an event
    ("We need your proof by noon on Wednesday 27 September 2028; anything later goes into the following week's print run.",
     datetime(2028, 9, 19, 9, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    ("We'll print them on 28 April 2028 and courier them to you the next working day.", datetime(2028, 4, 3, 8, tzinfo=UTC), "en-GB",
     "Europe/London", None, "", []),
    ("Thanks for signing up for the outdoor bootcamp weekend on Saturday 4 March 2028.", datetime(2028, 2, 22, 19, tzinfo=UTC), "en-GB",
     "Europe/London", None, "", []),
    ("It's open at the weekend.", datetime(2028, 2, 22, 19, tzinfo=UTC), "en-GB", "Europe/London", None, "", [("datetime.relative-date", "the weekend")]),
])
def test_fourth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


def test_a_conversion_names_the_city_the_customer_gave():
    result = review("Luis will call you on Friday, November 10, 2028, at 4:00 p.m.", "I'm working in Atlanta this month.",
                    Context(now=datetime(2028, 11, 8, 21, tzinfo=UTC), timezone="America/Denver", locale="en-US"))
    [found] = [s for s in result["suggestions"] if s["rule"] == "datetime.missing-timezone"]
    assert [r["text"] if isinstance(r, dict) else r for r in found["replacements"]] == ["4:00 p.m. Denver time (6 pm Atlanta time)", "6 pm Atlanta time"]


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # "the 3rd fastest time" is a ranking, not a day
    ("Your team escaped in 52 minutes, the 3rd fastest time this month. You're booked for Sunday 4 November 2029 at 18:30.",
     datetime(2029, 10, 27, 22, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # "confirmed for 07/08" introduces a date
    ("Your charter is confirmed for 07/08, departing from Paihia wharf.", datetime(2029, 5, 1, 23, tzinfo=UTC), "en-GB", "Pacific/Auckland",
     "America/Los_Angeles", "", [("datetime.numeric-date", "07/08")]),
    # where the customer is: away on a trip, visiting family; not where they will be ("while we're in Spain")
    ("Siti will call you on Wednesday 10 October 2029 at 2:30pm.", datetime(2029, 10, 8, 2, tzinfo=UTC), "en-GB", "Asia/Singapore", None,
     "I'm away on a work trip in Dubai until the 20th.", [("datetime.missing-timezone", "2:30pm")]),
    ("Dr. Patel will call you on Friday, December 7, 2029 at 10:15 a.m.", datetime(2029, 12, 5, 16, tzinfo=UTC), "en-US", "America/New_York", None,
     "I'm visiting my parents in Phoenix for the holidays.", [("datetime.missing-timezone", "10:15 a.m.")]),
    ("Drop-off on Friday 3 August 2029 is between 9am and noon, and collection is between 2pm and 5pm.", datetime(2029, 7, 22, 9, tzinfo=UTC), "en-GB",
     "Europe/London", None, "Can the cats stay with you while we're in Spain?", []),
    # a voucher offered for bookings before a date already gone; an event "is on" a date a year gone
    ("You can redeem it for any booking made before 28 February 2029.", datetime(2029, 3, 10, 4, tzinfo=UTC), "en-GB", "Australia/Brisbane", None, "",
     [("datetime.past-date", "28 February 2029")]),
    ("Your first class is on 8 January 2028 at 7pm in Room 4.", datetime(2029, 1, 3, 11, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "",
     [("datetime.past-date", "8 January 2028")]),
    ("Departures in June are on 5, 12, 19 and 26 June.", datetime(2026, 12, 3, 16, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
])
def test_fifth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # "has been rough this week" reports the week so far
    ("Sorry, the weather has been rough this week. I've rebooked you on the 2:45pm sailing on Friday 13 September 2030.",
     datetime(2030, 9, 5, 2, tzinfo=UTC), "en-GB", "Pacific/Auckland", None, "", []),
    # "11:00" outside the US, where the am/pm rule does not ask, is a 24-hour time, converted for a customer who says where they are
    ("Mr Jacobs will phone you on Friday 22 February 2030 at 11:00, and he can visit the house the same afternoon.",
     datetime(2030, 2, 20, 7, tzinfo=UTC), "en-GB", "Africa/Johannesburg", None,
     "I'm working in London until the end of March.", [("datetime.missing-timezone", "11:00")]),
    # GST is Gulf time, UTC+4; "incl. GST" is a tax
    ("Your early check-in on Friday 20 December 2030 starts at 6:00 am GST (UTC+5).", datetime(2030, 12, 3, 14, tzinfo=UTC), "en-GB", "Asia/Dubai",
     None, "", [("datetime.zone-offset", "GST (UTC+5)")]),
    ("The price is $120 incl. GST, and the tour on Saturday 6 April 2030 starts at 9:30 am.", datetime(2030, 3, 1, 2, tzinfo=UTC), "en-GB",
     "Australia/Sydney", None, "", []),
    # "anything after that goes out the next business day": a policy, not a day counted from today
    ("Wires must be submitted by 4:00 p.m. ET on a business day, and anything after that goes out the next business day.",
     datetime(2030, 1, 31, 21, tzinfo=UTC), "en-US", "America/New_York", None, "", []),
])
def test_sixth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # other times' am and pm together settle nothing; one of them alone settles the bare hour beside it
    ("I've booked your follow-up for Thursday 12 June 2031 at 7, and we're open 7 a.m. to 8 p.m. on weekdays.", datetime(2031, 6, 2, 21, tzinfo=UTC),
     "en-US", "America/Toronto", None, "", [("datetime.ambiguous-time", "7")]),
    ("Doors are at 7 p.m. on Friday 5 December 2031 and the opener goes on at 8.", datetime(2031, 11, 2, 21, tzinfo=UTC), "en-US", "America/Toronto",
     None, "", []),
    # a sentence of 24-hour times; a phone number after "at"
    ("Entry on Tuesday 4 November 2031 is at 09:30, 11:00, 13:30 or 15:00.", datetime(2031, 9, 4, 5, tzinfo=UTC), "en-GB", "Asia/Tokyo", None, "", []),
    ("Reach us at 1-800-555-0142, or visit from 9 a.m. to 5 p.m. on weekdays.", datetime(2028, 6, 19, 4, tzinfo=UTC), "en-US", "America/Chicago", None,
     "", []),
    # "tmrw"; a same-day word across the date line; a clock change "tonight" is a note
    ("We've booked you with Maya for tmrw at 8:15 a.m.", datetime(2031, 11, 21, 7, 56, tzinfo=UTC), "en-US", "America/Los_Angeles", None, "",
     [("datetime.relative-date", "tmrw")]),
    ("Just a heads-up that daylight saving starts tonight, so clocks go forward an hour at 2am.", datetime(2031, 10, 4, 13, 55, tzinfo=UTC), "en-GB",
     "Australia/Melbourne", None, "", []),
    # a weekday told in the past tense fits last year's date
    ("Your last cleaning was on Tuesday, May 13, so this one is covered.", datetime(2031, 11, 21, 7, tzinfo=UTC), "en-US", "America/Los_Angeles",
     None, "", []),
    # ordinal words; the 29th of February of a year that has none
    ("We can offer a private tour on Tuesday the third of November 2031.", datetime(2031, 10, 9, 7, tzinfo=UTC), "en-GB", "Asia/Singapore", None, "",
     [("datetime.weekday-mismatch", "Tuesday the third of November 2031")]),
    ("We'd be delighted to host you on the twenty-ninth of February.", datetime(2031, 1, 20, 11, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.impossible-date", "twenty-ninth of February")]),
    ("Leap-day babies celebrate on 29 February.", datetime(2031, 1, 20, 11, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # "12 noon" is converted; "started the new job in Perth" says where the customer is
    ("The closing date is Friday 21 March 2031 at 12 noon.", datetime(2031, 3, 14, 9, tzinfo=UTC), "en-GB", "Europe/London", None,
     "I'm in Singapore until the spring.", [("datetime.missing-timezone", "12 noon")]),
    ("Let's talk on Thursday 28 August 2031 at 10:30am.", datetime(2031, 8, 26, 22, tzinfo=UTC), "en-GB", "Pacific/Auckland", None,
     "I've started the new job in Perth.", [("datetime.missing-timezone", "10:30am")]),
    # "on 9th Street" is no day; a conversion names the same weekday
    ("The tour is on Tuesday, April 22, 2031, at 10:15 a.m. EDT, and our bus bay on 9th Street NW opens at 9:45 a.m. EDT.",
     datetime(2031, 2, 27, 18, tzinfo=UTC), "en-US", "America/New_York", None, "", []),
    ("I'll call you at 6pm Sydney time on Thursday 10 July 2031, which is 9am Thursday in London.", datetime(2031, 7, 7, 22, tzinfo=UTC), "en-GB",
     "Australia/Sydney", "Europe/London", "", []),
    # a yearless date more than 90 days gone is next year's
    ("The final headcount is due on August 20.", datetime(2031, 1, 16, 17, tzinfo=UTC), "en-US", "America/Los_Angeles", None, "", []),
])
def test_seventh_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # the weekday after the last date named is that date's next day
    ("Yorkshire Water are replacing the valve on Sunday 12 September 2032. The water should be back on by Monday lunchtime.",
     datetime(2032, 9, 3, 8, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # a period counted from today with its hours
    ("The van will be at the village hall in two days' time from 10.15am to 11am.", datetime(2032, 4, 1, 23, 25, tzinfo=UTC), "en-GB",
     "Europe/London", None, "", [("datetime.relative-date", "in two days' time")]),
    # a yearless day and month after "on"; not a card's expiry
    ("Your first veggie box will come on 9/31.", datetime(2032, 9, 8, 15, tzinfo=UTC), "en-US", "America/Halifax", None, "",
     [("datetime.impossible-date", "9/31")]),
    ("Your card is valid until 11/28.", datetime(2026, 12, 3, 16, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # bookings that "open" on a date gone
    ("Easter bookings open on 1 March 2032 at 9am.", datetime(2032, 12, 29, 2, tzinfo=UTC), "en-GB", "Australia/Perth", None, "",
     [("datetime.past-date", "1 March 2032")]),
    # "I'd love to join the tasting from Toronto" says where the customer is
    ("We go live on YouTube at 7 p.m. on Saturday, February 14, 2032.", datetime(2032, 2, 9, 18, tzinfo=UTC), "en-US", "America/Denver", None,
     "I'd love to join the tasting from Toronto!", [("datetime.missing-timezone", "7 p.m.")]),
    # CDT from a part of Mexico that keeps CST all year
    ("The office will be open until 7 p.m. CDT on Thursday, June 10, 2032.", datetime(2032, 6, 2, 18, tzinfo=UTC), "en-US", "America/Bahia_Banderas",
     None, "", [("datetime.zone-season", "CDT")]),
    # a bound on another day after the time settles nothing; the day's own part before it does
    ("The troughs will be switched off on Sunday 12 September 2032 at half five and should be back on by Monday lunchtime.",
     datetime(2032, 9, 3, 8, 30, tzinfo=UTC), "en-GB", "Europe/London", None, "", [("datetime.ambiguous-time", "half five")]),
    ("We can do every other Tuesday in the morning, usually between 8 and 10, from Tuesday 14 September 2032.",
     datetime(2032, 9, 3, 8, 30, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    # "off the 1st" is a golf hole
    ("Your tee time on Saturday 12 June 2032 is 08:10 off the 1st.", datetime(2032, 6, 1, 8, 30, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
])
def test_eighth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # a ratio, a speed: not times
    ("Thank you for ordering the 1:24 scale remote-control truck; it ships on Monday 20 June 2033.",
     datetime(2033, 6, 15, 6, tzinfo=UTC), "en-GB", "Asia/Singapore", None, "", []),
    ("It's a 60-minute session for $140 CAD, and we'll film you on the treadmill at 10 and 12 km/h.",
     datetime(2033, 3, 15, 17, tzinfo=UTC), "en-US", "America/Vancouver", None, "", []),
    # "October 28 after 3 p.m." is a day and an hour, not 3:28 (so the weekday is not read as a bare one)
    ("They will be ready for pickup on Friday, October 28 after 3 p.m.", datetime(2033, 10, 25, 3, tzinfo=UTC), "en-US",
     "Asia/Manila", None, "", []),
    # "NZ time" names a zone
    ("Your bikes are booked for Thursday 3 March 2033 from 9am to 4pm NZ time.", datetime(2033, 2, 20, 21, tzinfo=UTC), "en-GB",
     "Pacific/Auckland", "Australia/Sydney", "", []),
    # a time in the customer's zone in the same sentence converts the writer's time
    ("I'll call you at 2 p.m. Irish time on Friday, March 25, 2033, which is 10 a.m. here.", datetime(2033, 3, 23, 14, tzinfo=UTC), "en-US",
     "America/New_York", "Europe/Dublin", "", []),
    ("I'll call you at 2 p.m. on Friday, March 25, 2033.", datetime(2033, 3, 23, 14, tzinfo=UTC), "en-US",
     "America/New_York", "Europe/Dublin", "", [("datetime.missing-timezone", "2 p.m.")]),
    # "half eight" before "to do the windows" is a time (not the first end of a range); the customer is home mornings or evenings
    ("Declan will be with you on Tuesday 10 May 2033 at half eight to do the windows.", datetime(2033, 5, 5, 10, tzinfo=UTC), "en-GB",
     "Europe/Dublin", None, "Some days I'm home in the morning and some days in the evening.", [("datetime.ambiguous-time", "half eight")]),
    # "arriving" cues a numeric date, which the customer abroad reads the other way round
    ("I've reserved site 27 for two nights, arriving 10/12, and the rate is $62 CAD a night.", datetime(2033, 9, 28, 16, tzinfo=UTC), "en-US",
     "America/Vancouver", "Europe/London", "", [("datetime.numeric-date", "10/12")]),
])
def test_ninth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("text", [
    "See you on 3 May.\n\nThanks for the photos.\n\nYour order ships on Tuesday, 10 December 2026.",
    "İstanbul tour on 10 December 2026.\n\nSee you on 3 May.",  # "İ" lowers to two characters
])
def test_written_dates_reads_every_paragraph_that_names_a_month(text):
    from tactful.checks.datetime._dates import written_dates
    assert [(w.day, w.month) for w in written_dates(text, "en-GB")] == sorted(
        [(3, "May"), (10, "December")], key=lambda dm: text.index(dm[1]))


@pytest.mark.parametrize("text", ["Call me Monday at TEN or on Tue the 3rd; WEEKEND slots in 2 weeks.", "İstanbul: Friday at eight."])
def test_gates_find_the_same_places_on_the_lower_cased_text(text):
    from tactful.checks.datetime import _dates, ambiguous_time, bare_weekday, relative_date
    for gate in (ambiguous_time._HOUR_WORD, bare_weekday._WEEKDAY_START, relative_date._WEEK_WORD):
        assert _dates._gate_starts(text, gate) == [m.start() for m in gate.finditer(text)]


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # a yearless date told of the future, whose nearest reading is months gone, is this year's coming one
    ("We'd be delighted to do the flowers for your wedding on Sat 22nd October.", datetime(2034, 4, 1, 15, tzinfo=UTC), "en-GB",
     "Europe/Dublin", None, "", [("datetime.weekday-mismatch", "Sat 22nd October")]),
    ("Your last visit was on Sat 22nd October.", datetime(2034, 4, 1, 15, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "", []),
    # "weekend" before a plural noun names a kind of thing, not a date
    ("The team is on site early and late for weekend pick-ups.", datetime(2034, 6, 22, 15, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "", []),
    ("You can drop him off for the weekend.", datetime(2034, 6, 22, 15, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "",
     [("datetime.relative-date", "the weekend")]),
    # a simple past with "this week" reports what is done
    ("Your clay kit shipped this week.", datetime(2034, 8, 2, 20, tzinfo=UTC), "en-US", "America/Phoenix", None, "", []),
    ("Your clay kit will ship this week.", datetime(2034, 8, 2, 20, tzinfo=UTC), "en-US", "America/Phoenix", None, "",
     [("datetime.relative-date", "this week")]),
    # "at noon for you" beside a zoned time is the customer's side of the conversion
    ("From Tuesday 28 March the same 5pm BST slot will be at noon for you.", datetime(2034, 3, 20, 12, tzinfo=UTC), "en-GB",
     "Europe/London", "America/New_York", "", []),
    ("From Tuesday 28 March the same slot will be at noon for you.", datetime(2034, 3, 20, 12, tzinfo=UTC), "en-GB",
     "Europe/London", "America/New_York", "", [("datetime.missing-timezone", "noon")]),
    # "9:15 in Room 3" is a time, not inches; the customer is free mornings and evenings
    ("Your placement test is booked for Thursday, September 7, at 9:15 in Room 3.", datetime(2034, 9, 5, 15, tzinfo=UTC), "en-US",
     "America/Toronto", None, "I'm free before lunch or after 8 at night.", [("datetime.ambiguous-time", "9:15")]),
    ("The frame is 9.5 in wide, and it ships on Thursday, September 7, 2034.", datetime(2034, 9, 5, 15, tzinfo=UTC), "en-US",
     "America/Toronto", None, "", []),
    # a month after a time with its minutes starts a date ("10:30 May 5"), as it does not after a day ("on 3 May")
    ("The engineer will call at 10:30 May 5.", datetime(2034, 4, 1, 15, tzinfo=UTC), "en-US", "America/Toronto", None, "",
     [("datetime.ambiguous-time", "10:30")]),
    ("It arrives on 3 May 2034.", datetime(2034, 4, 1, 15, tzinfo=UTC), "en-US", "America/Toronto", None, "", []),
    # "a week on Monday" and "by Tuesday week" name a day a week after the coming one, not the coming one
    ("Your van arrives a week on Monday.", datetime(2035, 3, 7, 10, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.relative-date", "a week on Monday")]),
    ("We'll have it back to you by Tuesday week.", datetime(2035, 3, 7, 10, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.relative-date", "Tuesday week")]),
    # "I'm spending the term in Cape Town" says where the customer is
    ("Let's keep your usual slot, starting on Thursday 13 September 2035 at 6pm on Zoom.", datetime(2035, 9, 4, 19, 30, tzinfo=UTC),
     "en-GB", "Europe/Dublin", None, "I'm spending the term in Cape Town on exchange.", [("datetime.missing-timezone", "6pm")]),
    # Hawaii keeps HST all year; HDT is right only in the Aleutians
    ("I have a sunset session open on Friday, August 10, 2035 at 6:15 p.m. HDT.", datetime(2035, 8, 1, 17, 55, tzinfo=UTC), "en-US",
     "Pacific/Honolulu", None, "", [("datetime.zone-season", "HDT")]),
    ("The ferry leaves on Friday, August 10, 2035 at 6:15 p.m. HDT.", datetime(2035, 8, 1, 16, 55, tzinfo=UTC), "en-US",
     "America/Adak", None, "", []),
    # "mowed the lawns on Tuesday 10 July" reports what was done
    ("We cut the hedges and mowed the lawns on Tuesday 10 July, and our next visit is on Tuesday 24 July.",
     datetime(2035, 7, 11, 13, 20, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "", []),
    ("We'll mow the lawns on Tuesday 10 July.", datetime(2035, 7, 11, 13, 20, tzinfo=UTC), "en-GB", "Europe/Dublin", None, "",
     [("datetime.past-date", "Tuesday 10 July")]),
    # a period after a later day of the same sentence is counted from that day
    ("Our translator will start the following Monday and deliver in ten working days.", datetime(2035, 7, 3, 22, 45, tzinfo=UTC),
     "en-GB", "Pacific/Auckland", None, "", []),
    ("Your order shipped today and should arrive in two days.", datetime(2035, 7, 3, 22, 45, tzinfo=UTC), "en-GB", "Pacific/Auckland",
     None, "", [("datetime.relative-date", "in two days")]),
])
def test_tenth_and_eleventh_rounds_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,named", [
    ("Your van arrives a week on Monday.", "Monday 19 March"),
    ("We'll have it back to you by Tuesday week.", "Tuesday 20 March"),
])
def test_a_week_on_a_weekday_names_the_day_a_week_after_the_coming_one(draft, named):
    result = review(draft, "", Context(now=datetime(2035, 3, 7, 10, tzinfo=UTC), timezone="Europe/London", locale="en-GB"))
    [suggestion] = [s for s in result["suggestions"] if s["category"] == "datetime"]
    assert suggestion["replacements"][-1] == named


@pytest.mark.parametrize("draft,expected", [
    ("It's booked for June 14th (Wednesday).", ["June 14th (Thursday)", "Wednesday, June 13"]),  # 14 June 2035 is a Thursday
    ("It's booked for June 13th (Wednesday).", None),
    ("Your visit is 14 June (Wed.)", ["14 June (Thu.)", "Wednesday, June 13"]),
])
def test_a_weekday_in_brackets_after_its_date_must_match_it(draft, expected):
    result = review(draft, "", Context(now=datetime(2035, 6, 5, 14, tzinfo=UTC), timezone="America/New_York", locale="en-US"))
    found = [s["replacements"] for s in result["suggestions"] if s["rule"] == "datetime.weekday-mismatch"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("draft,flagged", [
    ("Doors open at 7 and the show starts at 7:30pm.", []),
    ("Kick-off is 10am at Hollins Park, so if he's there by 9:45 he can sit with the subs.", []),
    ("Doors open at 7 and the show starts at 7:30.", ["7", "7:30"]),
])
def test_a_meridiem_written_against_another_time_of_the_sentence_settles_it(draft, flagged):
    result = review(draft, "", Context(now=datetime(2035, 6, 7, 15, tzinfo=UTC), timezone="Europe/London", locale="en-GB"))
    assert [s["text"] for s in result["suggestions"] if s["rule"] == "datetime.ambiguous-time"] == flagged


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # "tonight" in New York is the next morning in Dubai; the customer works "out of our Dubai office"
    ("I'll send the amended return for your e-signature tonight.", datetime(2036, 1, 31, 19, tzinfo=UTC), "en-US", "America/New_York",
     None, "I'm working out of our Dubai office until March.", [("datetime.relative-date", "tonight")]),
    ("I'll send the amended return for your e-signature tonight.", datetime(2036, 1, 31, 19, tzinfo=UTC), "en-US", "America/New_York",
     None, "I live in Chicago.", []),
    # a city of the time-zone database the project's list does not name
    ("Our designer can do a video call with you on Friday, 22 February 2036 at 11am.", datetime(2036, 2, 17, 12, 40, tzinfo=UTC), "en-GB",
     "Asia/Kolkata", None, "Namaste, I am in Kathmandu until March.", [("datetime.missing-timezone", "11am")]),
    # "needs to be paid by" plans ahead
    ("Our invoice is attached, and it needs to be paid by 15 January.", datetime(2036, 1, 20, 9, tzinfo=UTC), "en-GB", "Australia/Sydney",
     None, "", [("datetime.past-date", "15 January")]),
    ("Our invoice was paid by 15 January.", datetime(2036, 1, 20, 9, tzinfo=UTC), "en-GB", "Australia/Sydney", None, "", []),
    # a zone written out in full
    ("Your car will be ready from 10:00 a.m. Pacific Standard Time on Wednesday, September 3, 2036.", datetime(2036, 8, 16, 5, tzinfo=UTC),
     "en-US", "America/Los_Angeles", None, "", [("datetime.zone-season", "Pacific Standard Time")]),
    # a zone named by two words before "time"
    ("The ferry leaves Pago Pago at 11pm American Samoa time on Wednesday 24 September 2036.", datetime(2036, 9, 17, 21, tzinfo=UTC),
     "en-GB", "Pacific/Apia", "Pacific/Pago_Pago", "", []),
    # a period still running is no past date
    ("The tax year runs from 6 April 2036 to 5 April 2037, and you'll need to register by 5 October 2037.", datetime(2036, 9, 4, 9, tzinfo=UTC),
     "en-GB", "Europe/London", None, "", []),
])
def test_twelfth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


def test_a_zone_written_out_is_corrected_written_out():
    result = review("Your car will be ready from 10:00 a.m. Pacific Standard Time on Wednesday, September 3, 2036.", "",
                    Context(now=datetime(2036, 8, 16, 5, tzinfo=UTC), timezone="America/Los_Angeles", locale="en-US"))
    [found] = [s for s in result["suggestions"] if s["rule"] == "datetime.zone-season"]
    assert found["replacements"] == ["Pacific Daylight Time", "PT"]


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # "The weekend hire is $395": a price, not a date
    ("The tub comes on Saturday 28 November 2037 at 6:30pm. The weekend hire is $395.", datetime(2037, 11, 19, 20, tzinfo=UTC), "en-GB",
     "Pacific/Auckland", None, "", []),
    # after midnight, "the meetup tonight" may be read as the night just gone
    ("I've added you to the guest list for the founders' meetup tonight.", datetime(2037, 3, 2, 13, 20, tzinfo=UTC), "en-GB",
     "Australia/Melbourne", None, "", [("datetime.relative-date", "tonight")]),
    ("I've added you to the guest list for the founders' meetup tonight.", datetime(2037, 3, 2, 23, tzinfo=UTC), "en-GB",
     "Australia/Melbourne", None, "", []),
    # a weekday after its date and a comma
    ("The next batch is on 12th June, Thursday from 3 pm to 6 pm.", datetime(2037, 6, 3, 13, tzinfo=UTC), "en-GB", "Asia/Kolkata", None, "",
     [("datetime.weekday-mismatch", "12th June, Thursday")]),
    # a temperature is no time
    ("The class is on Thursday 12 February 2037 at 4pm; chill the bottles to around 10°C first.", datetime(2037, 2, 5, 9, tzinfo=UTC),
     "en-GB", "Europe/London", None, "", []),
    # "tomorrow, Thursday, October 22" names its date
    ("Our crew can be there tomorrow, Thursday, October 22, between 9 and 11 a.m.", datetime(2037, 10, 21, 14, tzinfo=UTC), "en-US",
     "America/Toronto", None, "", []),
    # a date in a note about the clocks does not date the next sentence's zone
    ("We'll open the link at 2pm GMT on Thursday 19 March 2037, as your clocks changed on 8 March and ours don't until 29 March. "
     "The studio is booked until 6pm GMT.", datetime(2037, 3, 13, 10, 30, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    ("The clocks go forward at 1am on Sunday 29 March 2037, so your crossing that morning leaves at 06:30 BST. Please be there by 06:00 BST.",
     datetime(2037, 3, 28, 23, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
])
def test_thirteenth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize("draft,now,locale,zone,recipient,incoming,expected", [
    # "We've got" is a present: the relative day after it is still to come
    ("We've got two places in the group next weekend.", datetime(2038, 6, 5, 8, 15, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.relative-date", "next weekend")]),
    # the end of a morning can only be noon; 12pm alone is still asked about
    ("Lessons run on Saturday 12 June 2038 from 10am to 12pm.", datetime(2038, 6, 5, 8, tzinfo=UTC), "en-GB", "Europe/London", None, "", []),
    ("Pick-up is at 12pm on Saturday 12 June 2038.", datetime(2038, 6, 5, 8, tzinfo=UTC), "en-GB", "Europe/London", None, "",
     [("datetime.twelve-oclock", "12pm")]),
    # a water temperature is no time to convert
    ("Your first lesson is on 12 January 2039, and the water is still around 17°C.", datetime(2038, 11, 17, 7, tzinfo=UTC), "en-GB",
     "Africa/Johannesburg", "America/New_York", "", []),
    # where a period starts, not a day planned; "to protect" is no end of a period
    ("Your final figure includes the rates adjusted from 1 January to settlement.", datetime(2038, 1, 20, 3, tzinfo=UTC), "en-GB",
     "Australia/Melbourne", None, "", []),
    # a sentence that opens "For you in Auckland" gives the customer's time
    ("Please join the session on Monday, February 15, 2038, at 6 p.m. HST. For you in Auckland that's 5 p.m. on Tuesday, February 16.",
     datetime(2038, 2, 12, 23, 15, tzinfo=UTC), "en-US", "Pacific/Honolulu", "Pacific/Auckland", "", []),
    # "this week:" before a list of dated slots names its days
    ("Here's what I've got for you this week:\n- Thurs 12 June, 7:15am with Priya\n- Sat 14 June, 8am with Priya",
     datetime(2031, 6, 8, 22, 30, tzinfo=UTC), "en-GB", "Australia/Brisbane", None, "", []),
])
def test_fourteenth_round_of_realistic_replies(draft, now, locale, zone, recipient, incoming, expected):
    result = review(draft, incoming, Context(now=now, timezone=zone, recipient_timezone=recipient, locale=locale))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["category"] == "datetime"] == expected


@pytest.mark.parametrize(
    "draft,flagged",
    [
        # the second participle shares the first one's "will be": a plan, not a report
        ("Your order will be packed and shipped on Monday 30 November.", ["Monday 30 November"]),
        ("We packed and shipped your order on Monday 30 November.", []),
    ],
)
def test_a_date_after_two_joined_participles_keeps_their_tense(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.past-date", draft)] == flagged


@pytest.mark.parametrize(
    "draft,flagged",
    [
        ("We've held four seats on the evening cruise for 10/7, with dinner on board.", ["10/7"]),
        ("I've booked the whole court for 4/5 for your team.", ["4/5"]),
        ("We've reserved your table for 1/2 price as a thank-you.", []),
        ("I've booked you in for 1/2 hour of coaching.", []),
    ],
)
def test_a_booking_for_a_day_and_month_reads_as_a_date(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.numeric-date", draft)] == flagged


@pytest.mark.parametrize(
    "draft",
    [
        "We keep the chlorine between 1 and 3 ppm at all times.",
        "We use the cleaner at a 1:32 dilution, which is safe for wool.",
        "Your tandem jump is on 2026-12-27, from 12,000 ft.",
        "Tyres are pumped to between 3 and 4 psi above the mark.",
    ],
)
def test_measures_ratios_and_thousands_are_not_times(draft):
    assert flagged_by("datetime.ambiguous-time", draft) == []


@pytest.mark.parametrize(
    "draft,locale,flagged",
    [
        # 12 January 2027 and 1 December 2026 are both Tuesdays: the weekday settles nothing
        ("Luis will install it on Tuesday 1/12 between 1 and 3 p.m.", "en-US", ["1/12"]),
        # 10 December 2026 is a Thursday and 12 October 2026 a Monday: only the reader's reading fits
        ("We'll send two fresh boxes on Thursday 10/12 between 7 and 9 pm.", "en-GB", []),
        ("We'll send two fresh boxes on Thursday 12/10 between 7 and 9 pm.", "en-US", []),
    ],
)
def test_a_weekday_that_fits_only_the_readers_reading_settles_a_numeric_date(draft, locale, flagged):
    assert [text for text, _ in flagged_by("datetime.numeric-date", draft, locale)] == flagged


def test_a_weekday_that_fits_the_other_reading_is_a_mismatch():
    found = datetime_suggestions("We'll send two fresh boxes on Monday 10/12 between 7 and 9 pm.", "en-GB")
    assert found == [("datetime.weekday-mismatch", "Monday 10/12", ["Thursday 10/12", "Monday 7 December"])]


def test_a_list_item_takes_its_plan_from_the_lead_in():
    draft = "I've booked your three sessions:\n- Tue 1/12, 7:30am\n- Fri 11/12, 7:30am\n- Tue 15/12, 5:15pm"
    assert [text for text, _ in flagged_by("datetime.past-date", draft)] == ["Tue 1/12"]


@pytest.mark.parametrize("draft,flagged", [
    ("Our counter is open 9:00~5:00 on weekdays.", ["9:00~5:00"]),  # one question for the range, as with a dash
    ("Your slot is 8~10 on Saturday.", ["8~10"]),
    ("We're open 9:30〜11 am.", []),  # the range shares its am
])
def test_a_tilde_range_is_read_as_a_dashed_one(draft, flagged):
    assert [text for text, _ in flagged_by("datetime.ambiguous-time", draft)] == flagged


def test_a_weekday_listed_before_one_of_a_named_week_takes_that_week():
    monday = datetime(2026, 12, 7, 10, 5, tzinfo=UTC)  # "next week" starts on the 14th
    draft = "We can come on Tuesday or Wednesday next week."
    assert flagged_by("datetime.bare-weekday", draft, now=monday) == [("Tuesday", ["Tuesday 15 December"])]
    assert flagged_by("datetime.relative-date", draft, now=monday) == [("Wednesday next week", ["Wednesday next week (Wednesday 16 December)"])]
    # with no week named after it, the coming Tuesday is still the one asked about
    assert flagged_by("datetime.bare-weekday", "We can come on Tuesday or Wednesday at 10 am.", now=monday) == [
        ("Tuesday", ["Tuesday 8 December"]), ("Wednesday", ["Wednesday 9 December"])]


@pytest.mark.parametrize("draft,now,zone,recipient,expected", [
    # from a zone that keeps standard time all year, the customer's own daylight time is right for them
    ("The tour leaves at 9 am MST, which is 10 am MDT for you in Denver, on Tuesday 14 July 2026.", datetime(2026, 7, 1, 16, tzinfo=UTC),
     "America/Phoenix", "America/Denver", []),
    ("The tour leaves at 9 am MDT on Tuesday 14 July 2026.", datetime(2026, 7, 1, 16, tzinfo=UTC), "America/Phoenix", "America/Los_Angeles",
     [("datetime.zone-season", "MDT")]),
    # a span of years in the sentence ("our 1930s posters") is no day: its first day is no season
    ("Bidding on our 1930s posters opens at 7 pm BST.", datetime(2026, 7, 10, 9, tzinfo=UTC), "Europe/London", None, []),
    ("Bidding on our 1930s posters opens at 7 pm GMT.", datetime(2026, 7, 10, 9, tzinfo=UTC), "Europe/London", None,
     [("datetime.zone-season", "GMT")]),
])
def test_zone_season_reads_the_customers_zone_and_no_span_of_years(draft, now, zone, recipient, expected):
    result = review(draft, "", Context(now=now, timezone=zone, recipient_timezone=recipient, locale="en-US"))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["rule"] == "datetime.zone-season"] == expected


def test_the_writers_own_slip_beside_the_customers_time_is_still_flagged():
    # from Phoenix (MST all year), MDT on the writer's own time is a slip even when the customer in Denver is on MDT
    draft = "Ramon will be at the house on Thursday, July 16, 2026 at 9am MDT, which is 10am your time in Denver."
    result = review(draft, "", Context(now=datetime(2026, 7, 6, 13, tzinfo=UTC), timezone="America/Phoenix", recipient_timezone="America/Denver",
                                       locale="en-US"))
    assert [(s["rule"], s["text"]) for s in result["suggestions"] if s["rule"] == "datetime.zone-season"] == [("datetime.zone-season", "MDT")]


@pytest.mark.parametrize("draft,expected", [
    # a present tense that closes or ends something plans, as "opens" and "starts" do
    ("Online bidding on the lot closes at 7pm AEST today.", [("today", ["today (Wednesday 18 June)"])]),
    ("The early-bird offer ends today.", [("today", ["today (Wednesday 18 June)"])]),
    ("The early-bird offer was great today.", []),
])
def test_today_in_a_closing_or_ending_plan_to_a_customer_on_another_date(draft, expected):
    result = review(draft, "", Context(now=datetime(2031, 6, 17, 23, tzinfo=UTC), timezone="Australia/Sydney",
                                       recipient_timezone="America/Los_Angeles", locale="en-GB"))
    assert [(s["text"], s["replacements"]) for s in result["suggestions"] if s["rule"] == "datetime.relative-date"] == expected


@pytest.mark.parametrize("draft,expected", [
    # "we can" + a verb offers something ahead, whatever an earlier clause reports ("we've had a cancellation")
    ("We've had a cancellation, so we can fit you in tonight at 7pm.", [("tonight", ["tonight (Friday 4 December)"])]),
    ("We had a cancellation, so I can still book you in for tonight.", [("tonight", ["tonight (Friday 4 December)"])]),
    # not what the writer sees or confirms of the past
    ("We've checked, and we can see the parcel went out tonight.", []),
])
def test_an_offer_with_we_can_is_ahead(draft, expected):
    small_hours = datetime(2026, 12, 4, 0, 40, tzinfo=UTC)
    assert flagged_by("datetime.relative-date", draft, now=small_hours) == expected


@pytest.mark.parametrize("draft,expected", [
    # a time at the business's own premises, where the customer comes, is that place's time
    ("Your lessons run from 10am to 12:30pm at our Whistler ski school.", []),
    ("The tasting is on Friday 11 December at 6pm at the Speyside distillery club.", []),
    # a call or a stream is joined from where the customer is, wherever it is run from
    ("We'll call you from 10am, and the tasting is at our Speyside club.", [("datetime.missing-timezone", "10am")]),
    ("The tasting at our Speyside club is streamed online at 6pm.", [("datetime.missing-timezone", "6pm")]),
    ("The engineer will call at 4:15 pm.", [("datetime.missing-timezone", "4:15 pm")]),
])
def test_a_time_at_the_businesss_premises_needs_no_zone(draft, expected):
    assert zone_suggestions(draft, recipient="America/New_York") == expected
