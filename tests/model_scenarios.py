"""The model answers the hand-written cassettes hold, one scenario per cassette.

Each answer is (HTTP status, content): for 200 the content is the assistant message's text
(a dict is sent as JSON); for errors it is the error message. ``write_cassettes.py`` turns
them into cassettes whose requests are exactly what the layer sends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

BAD_DRAFT = ("Hi Maria,\n\nAs I've already told you twice, your parcel will be delivered tonight, guaranteed. "
             "We'll look into the refund when we get a chance.\n\nTom")
LATE_PARCEL = "Where is my parcel? Can I get a refund for the delivery fee?\n\nMaria"


@dataclass(frozen=True)
class Scenario:
    cassette: str  # path under tests/cassettes/
    draft: str
    incoming: str
    answers: tuple


def _ok(content) -> tuple:
    return 200, content if isinstance(content, str) else json.dumps(content)


GOOD_ANSWER = {
    "findings": [
        {"check": "condescension.tone", "quote": "We'll look into the refund when we get a chance.",
         "message": "This sounds as if the customer's refund can wait.",
         "replacements": ["I've asked for your refund today and will confirm by email."]},
        {"check": "apology.empathy", "quote": "a sentence the draft does not contain",
         "message": "Apologise first.", "replacements": []},
    ],
    "questions": [{"number": 1, "answered": True, "answer_quote": "your parcel will be delivered tonight"},
                  {"number": 2, "answered": False, "answer_quote": "We'll look into the refund when we get a chance."}],
}

WIRE = {
    "finds_and_anchors": Scenario("test_llm_wire/finds_and_anchors.handwritten.yaml", BAD_DRAFT, LATE_PARCEL,
                                  (_ok(GOOD_ANSWER),)),
    "retries_a_500": Scenario("test_llm_wire/retries_a_500.handwritten.yaml", BAD_DRAFT, LATE_PARCEL,
                              ((500, "The server had an error while processing your request."),
                               _ok({"findings": [], "questions": []}))),
    "rate_limited_forever": Scenario("test_llm_wire/rate_limited_forever.handwritten.yaml", BAD_DRAFT, LATE_PARCEL,
                                     ((429, "Rate limit reached for requests"),) * 3),
    "malformed_then_valid": Scenario("test_llm_wire/malformed_then_valid.handwritten.yaml", BAD_DRAFT, LATE_PARCEL,
                                     (_ok("Here is my review: the draft is rude."), _ok(GOOD_ANSWER))),
    "wrong_key": Scenario("test_llm_wire/wrong_key.handwritten.yaml", BAD_DRAFT, LATE_PARCEL,
                          ((401, "Incorrect API key provided."),)),
}


def injection_emails() -> list[dict]:
    path = Path(__file__).parent / "security" / "injection_emails.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def injection_scenarios() -> list[Scenario]:
    """The model obeys each injection: the answers an attacker hopes for."""
    return [Scenario("test_injection_corpus/model_obeys.handwritten.yaml", BAD_DRAFT, email["incoming"],
                     (_ok(email["obeys"]),) * (2 if isinstance(email["obeys"], str) else 1))
            for email in injection_emails()]
