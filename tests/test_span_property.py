"""For any draft, every suggestion's span is a valid UTF-16 slice of the draft equal to its `text`."""

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tactful.document import Context
from tactful.review import review
from tactful.text.datetimes import KINDS, extract

PHRASES = [
    "we guarantee", "We Guarantee", "[Customer Name]", "[NAME]", "{{first_name}}", "recieve", "colour",
    "4111 1111 1111 1111", "4111-1111-1111-1111", "482913", "password is Sunny2026!", "Hi John,\n\n",
    "Hi Maria,", "won't ever happen again", "will be delivered tonight", "it's only a minor inconvenience",
    "you didn't follow the instructions", "As I've already told you twice, ", "it's quite simple really",
    "we'll waive all fees", "8:15", "tomorrow", "03/04/2026", "Thanks,\nMaria", "> quoted line\n",
    "On Mon, 1 Dec 2026, Tom wrote:\n", "My lamp arrived broken.", "Where is my refund?",
    "Is the studio open on Sundays and do I need to book?", "Please send the invoice.", "I was wondering if ",
    "Tuesday, 10 December 2026", "31 April", "12 am", "3 pm EST on 14 July 2026", "next Friday", "at 7", "05/06/27",
]
PIECES = [
    "😀", "👩‍👩‍👧", "🇬🇧", "🎁", "𝒽", "\U0010ffff", "“", "”", "‘", "’", "'", '"', "[", "]", "{", "}", "(", ")",
    "0", "1", "4", "9", " ", "\n", "\t", "\u00a0", "\u200b", ".", ",", "!", "?", ":", "-", "é", "ß", "a", "Z",
]
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))

fragment = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(PIECES),
    st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    st.text(alphabet=ALPHABET, max_size=8),
)
texts = st.lists(fragment, max_size=24).map("".join)
contexts = st.builds(
    Context,
    locale=st.sampled_from(["en-US", "en-GB", "en-AU", "fr-FR", "en"]),
    timezone=st.sampled_from([None, "Europe/London", "America/New_York"]),
    recipient_timezone=st.sampled_from([None, "Australia/Sydney", "Europe/London"]),
    now=st.sampled_from([None, datetime(2026, 12, 3, 16, 5, tzinfo=UTC), datetime(2027, 7, 14, 23, 59, tzinfo=UTC)]),
)


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=texts, incoming=texts, context=contexts)
def test_spans_are_utf16_slices(draft, incoming, context):
    result = review(draft, incoming, context)
    encoded = utf16(draft)
    length = len(encoded) // 2
    assert isinstance(result["questions"], list)
    ids = [s["id"] for s in result["suggestions"]]
    assert len(set(ids)) == len(ids)
    for s in result["suggestions"]:
        assert 0 <= s["start"] <= s["end"] <= length, s
        assert encoded[2 * s["start"] : 2 * s["end"]].decode("utf-16-le") == s["text"], s
    incoming_encoded = utf16(incoming)
    for q in result["questions"]:
        assert 0 <= q["start"] <= q["end"] <= len(incoming_encoded) // 2, q
        assert incoming_encoded[2 * q["start"] : 2 * q["end"]].decode("utf-16-le") == q["text"], q
        assert q["answered"] in (True, False, None)


DATE_PIECES = [
    "Wednesday, 9 December 2026", "Dec 9th", "1/12", "2026-12-01", "7:30", "7.30pm", "19:30", "noon", "midnight",
    "end of day", "first thing Monday", "9–11 am", "between 2 and 3:30 pm", "tomorrow", "next Friday", "this weekend",
    "in two days", "early next week", "ET", "CET (UTC+2)", "UTC+1", "London time", "at 7", "half past seven",
    "from 10/1-11/7", "Mon 13th", "the 4th of this month", " - ", " to ", " at ", ", ", " (", ")", "pm", "am",
]
date_texts = st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.sampled_from(PIECES), st.text(alphabet=ALPHABET, max_size=6)),
                      max_size=20).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=date_texts, locale=st.sampled_from(["en-US", "en-GB", "fr-FR"]),
       today=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_extractor_spans_are_utf16_slices(text, locale, today):
    """The extractor never crashes and every expression's span is a UTF-16 slice equal to its text."""
    encoded = utf16(text)
    length = len(encoded) // 2
    previous_end = 0
    for found in extract(text, today, locale):
        assert 0 <= found.start16 <= found.end16 <= length, found
        assert encoded[2 * found.start16 : 2 * found.end16].decode("utf-16-le") == found.text == text[found.start : found.end]
        assert found.start16 >= previous_end  # expressions do not overlap
        previous_end = found.end16
        assert found.kind in KINDS
