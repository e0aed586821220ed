"""The examples the core issue names: flagged as written, silent when hedged, negated, polite or quoted."""

import pytest

from tactful.review import review
from tactful.document import Context


def categories(draft: str, incoming: str = "", locale: str = "en-US") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for s in review(draft, incoming, Context(locale=locale))["suggestions"]:
        found.setdefault(s["category"], []).append(s["text"])
    return found


FLAGGED = [
    ("condescension", "As I've already told you twice, the refund takes five days."),
    ("condescension", "As stated in my previous message, the warranty is one year."),
    ("condescension", "It's quite simple really: press the button."),
    ("condescension", "I'm not sure how much clearer I can be."),
    ("condescension", "Even a beginner could install this."),
    ("condescension", "You'd know this if you had checked the manual."),
    ("condescension", "The part failed because you didn't follow the instructions."),
    ("condescension", "The code was in there if you had read the email properly."),
    ("condescension", "The delay is only a day; it's only a minor inconvenience."),
    ("condescension", "This isn't really an issue."),
    ("promises", "We guarantee it will work."),
    ("promises", "You have my word it'll be fixed tonight."),
    ("promises", "This won't ever happen again."),
    ("promises", "Your sofa will be delivered tonight."),
    ("promises", "The outage will be fixed within the hour."),
    ("promises", "We'll waive all fees for the year."),
    ("placeholders", "Hi [Customer Name], thanks for writing."),
    ("placeholders", "Your {{product}} is on its way."),
    ("placeholders", "We'll see you on <insert date>."),
    ("placeholders", "Your order number is XXX."),
    ("placeholders", "Delivery date: TBD."),
    ("privacy", "The card 4111 1111 1111 1111 was charged."),
    ("privacy", "Your new password is Blue-Kettle-42."),
    ("privacy", "Your one-time code is 839201."),
    ("spelling", "You will recieve it tomorrow."),
]

SILENT = [
    ("condescension", "As we discussed, the refund takes five days."),
    ("condescension", "I know the setup isn't simple, so here are the steps."),
    ("condescension", "Sorry if my last message wasn't clear: the warranty is one year."),
    ("condescension", "You didn't do anything wrong; the instructions were unclear."),
    ("condescension", "I understand this is far more than a minor inconvenience."),
    ("condescension", 'You called it "only a minor inconvenience", but we want to fix it properly.'),
    ("condescension", "The manual covers this on page 4, and I've copied the steps below."),
    ("promises", "I can't promise it will arrive before Friday."),
    ("promises", "We aim to deliver your sofa tonight."),
    ("promises", "Your sofa should be delivered tonight."),
    ("promises", "Deliveries usually arrive within two days."),
    ("promises", "I'll update you by 5 pm."),
    ("promises", "We can't guarantee a date over the holidays."),
    ("promises", "If the fault is confirmed, we'll waive this month's fee."),
    ("promises", "We're taking steps so this is less likely to happen again."),
    ("placeholders", "We have it in size XXL."),
    ("privacy", "We charged the card ending in 1111."),
    ("privacy", "We will never ask for your password."),
    ("privacy", "Please don't share your one-time code with anyone."),
]


@pytest.mark.parametrize("category,draft", FLAGGED)
def test_issue_examples_are_flagged(category, draft):
    assert category in categories(draft), draft


@pytest.mark.parametrize("category,draft", SILENT)
def test_hedged_negated_and_polite_versions_stay_silent(category, draft):
    assert category not in categories(draft), categories(draft)


def test_apology_needed_after_a_complaint_only():
    complaint = "My order arrived damaged and nobody has replied to my emails.\n\nThanks,\nMaria"
    question = "Do you deliver on Saturdays?\n\nThanks,\nMaria"
    plain = "Hi Maria,\n\nWe can send a replacement on Monday.\n\nBest,\nTom"
    acknowledged = "Hi Maria,\n\nI'm so sorry it arrived damaged. We can send a replacement on Monday.\n\nBest,\nTom"
    (suggestion,) = [s for s in review(plain, complaint)["suggestions"] if s["category"] == "apology"]
    assert suggestion["start"] == suggestion["end"] == plain.index("We can")
    assert "apology" not in categories(acknowledged, complaint)
    assert "apology" not in categories(plain, question)


def test_wrong_name_in_greeting():
    incoming = "Where is my refund?\n\nThanks,\nMaria Lopez"
    (suggestion,) = [s for s in review("Hi John,\n\nIt's on its way.", incoming)["suggestions"] if s["category"] == "names"]
    assert suggestion["text"] == "John" and suggestion["replacements"] == ["Maria"]
    assert "names" not in categories("Hi Maria,\n\nIt's on its way.", incoming)


def test_spelling_follows_locale():
    assert "spelling" not in categories("What colour would you like?", locale="en-GB")
    assert categories("What colour would you like?", locale="en-US")["spelling"] == ["colour"]
    assert categories("What color would you like?", locale="en-GB")["spelling"] == ["color"]
