"""For any draft, every suggestion's span is a valid UTF-16 slice of the draft equal to its `text`."""

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tactful.document import Context
from tactful.review import review

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
    now=st.sampled_from([None, datetime(2026, 12, 3, 16, 5, tzinfo=timezone.utc), datetime(2027, 7, 14, 23, 59, tzinfo=timezone.utc)]),
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
