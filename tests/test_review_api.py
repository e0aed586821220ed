"""POST /v1/review, GET /v1/rules and GET /healthz on the happy path."""

import pytest

from tactful import __version__
from tactful.checks.registry import all_rules
from tactful.checks.types import CATEGORIES, SEVERITIES

SUGGESTION_KEYS = {"id", "rule", "category", "severity", "start", "end", "text", "message", "replacements", "source"}
NO_LLM = {"used": False, "model": None, "prompt_tokens": 0, "completion_tokens": 0, "cached": False, "dropped": 0,
          "incoming_trimmed": False, "injection_suspected": False, "reason": "not_configured"}
RULE_IDS = {rule.id for rule in all_rules()}


def utf16_slice(text: str, start: int, end: int) -> str:
    """JavaScript's ``text.slice(start, end)``, computed independently of the server's helper."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def post_review(client, **body) -> dict:
    response = client.post("/v1/review", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


def assert_suggestions_keep_the_contract(draft: str, result: dict) -> None:
    ids = [s["id"] for s in result["suggestions"]]
    assert len(set(ids)) == len(ids)
    for s in result["suggestions"]:
        assert set(s) == SUGGESTION_KEYS
        assert s["rule"] in RULE_IDS
        assert s["category"] in CATEGORIES and s["rule"].split(".")[0] == s["category"]
        assert s["severity"] in SEVERITIES
        assert s["source"] == "check"
        assert isinstance(s["message"], str) and s["message"]
        assert isinstance(s["replacements"], list) and all(isinstance(r, str) for r in s["replacements"])
        assert 0 <= s["start"] <= s["end"] <= utf16_len(draft)
        assert utf16_slice(draft, s["start"], s["end"]) == s["text"]


def test_response_shape(client):
    draft = "Hi [Customer Name], we guarantee delivery by Friday."
    result = post_review(client, draft=draft)
    assert list(result) == ["suggestions", "questions", "llm", "degraded", "failed_checks"]
    assert result["failed_checks"] == []
    assert isinstance(result["suggestions"], list)
    assert isinstance(result["questions"], list)
    assert result["llm"] == NO_LLM
    assert result["degraded"] is False
    assert_suggestions_keep_the_contract(draft, result)
    assert [s["id"] for s in result["suggestions"]] == [f"s{i}" for i in range(1, len(result["suggestions"]) + 1)]
    rules = {s["rule"]: s for s in result["suggestions"]}
    assert rules["placeholders.template-leftover"]["text"] == "[Customer Name]"
    assert rules["placeholders.template-leftover"]["severity"] == "error"
    assert rules["promises.absolute-guarantee"]["text"] == "we guarantee"
    assert rules["promises.absolute-guarantee"]["replacements"]


def test_clean_draft_has_no_suggestions(client):
    result = post_review(client, draft="Thanks for your patience, Maria. Your refund was sent today.",
                         incoming="Where is my refund?\n\nThanks,\nMaria")
    assert result == {
        "suggestions": [],
        "questions": [{"text": "Where is my refund?", "start": 0, "end": 19, "answered": True, "kind": "when"}],
        "llm": NO_LLM,
        "degraded": False,
        "failed_checks": [],
    }


def test_utf16_spans_after_emoji(client):
    draft = "😀😀 Hi [Customer Name], we guarantee delivery"
    result = post_review(client, draft=draft)
    by_text = {s["text"]: s for s in result["suggestions"]}
    placeholder, promise = by_text["[Customer Name]"], by_text["we guarantee"]
    # Two emoji are two code points but four UTF-16 units: "😀😀 Hi " is 8 units, not 6.
    assert (placeholder["start"], placeholder["end"]) == (8, 23)
    assert (promise["start"], promise["end"]) == (25, 37)
    assert draft.index("[Customer Name]") == 6  # what a code-point index would have said
    for s in result["suggestions"]:
        encoded = draft.encode("utf-16-le")
        assert encoded[2 * s["start"] : 2 * s["end"]].decode("utf-16-le") == s["text"]


@pytest.mark.parametrize(
    "prefix",
    ["", "é ", "😀", "👩‍👩‍👧 ", "🇬🇧🇫🇷 ", "𝒽𝑒𝓁𝓁𝑜 ", "“quoted” ", "\u200b\u00a0"],
)
def test_utf16_spans_for_any_prefix(client, prefix):
    draft = f"{prefix}Your card 4111 1111 1111 1111 will recieve a refund, we guarantee it. 🎉"
    result = post_review(client, draft=draft)
    assert {"privacy.card-number", "spelling.misspelled-word", "promises.absolute-guarantee"} <= {
        s["rule"] for s in result["suggestions"]
    }
    assert_suggestions_keep_the_contract(draft, result)
    card = next(s for s in result["suggestions"] if s["rule"] == "privacy.card-number")
    assert card["start"] == utf16_len(prefix) + len("Your card ")


def test_llm_false_and_context_are_accepted(client):
    draft = "Hi John,\n\nYou will recieve your refund tonight."
    result = post_review(
        client, draft=draft, incoming="Where is my refund?\n\nThanks,\nMaria", llm=False,
        context={"now": "2026-12-03T16:05:00+01:00", "timezone": "Europe/Paris",
                 "recipient_timezone": "America/New_York", "locale": "en-GB"},
    )
    assert result["llm"] == {**NO_LLM, "reason": "not_requested"} and result["degraded"] is False
    assert "names.wrong-name" in {s["rule"] for s in result["suggestions"]}
    assert_suggestions_keep_the_contract(draft, result)


def test_locale_changes_spelling_suggestions(client):
    draft = "What colour would you like?"
    us = {s["rule"] for s in post_review(client, draft=draft, context={"locale": "en-US"})["suggestions"]}
    gb = {s["rule"] for s in post_review(client, draft=draft, context={"locale": "en-GB"})["suggestions"]}
    assert "spelling.locale-variant" in us
    assert "spelling.locale-variant" not in gb


def test_empty_span_marks_an_insertion_point(client):
    draft = "Hi Maria,\n\nPlease send us a photo of the box and we'll arrange a return.\n\nTom"
    result = post_review(client, draft=draft, incoming="My lamp arrived broken.\n\nThanks,\nMaria")
    apology = [s for s in result["suggestions"] if s["category"] == "apology"]
    assert apology and all(s["start"] == s["end"] and s["text"] == "" for s in apology)
    assert_suggestions_keep_the_contract(draft, result)


def _overlap(a: dict, b: dict) -> bool:
    if a["start"] == a["end"] or b["start"] == b["end"]:
        return (a["start"], a["end"]) == (b["start"], b["end"])
    return a["start"] < b["end"] and b["start"] < a["end"]


OVERLAP_DRAFTS = [
    "We guarantee it will be delivered tonight and we guarantee it won't ever happen again.",
    "As I've already told you twice, it's quite simple really: you didn't follow the instructions, "
    "it's only a minor inconvenience.",
    "Hi [Customer Name], your code is 482913 and your card 4111 1111 1111 1111 4111 1111 1111 1111.",
    "Recieve recieve recieve the colour colour [NAME] [NAME] {{first_name}}.",
]


@pytest.mark.parametrize("draft", OVERLAP_DRAFTS)
def test_no_two_suggestions_of_a_category_overlap(client, draft):
    result = post_review(client, draft=draft, incoming="My order is late and broken!\n\nMaria")
    assert result["suggestions"]
    assert_suggestions_keep_the_contract(draft, result)
    suggestions = result["suggestions"]
    for i, a in enumerate(suggestions):
        for b in suggestions[i + 1 :]:
            if a["category"] == b["category"]:
                assert not _overlap(a, b), (a, b)
    starts = [(s["start"], s["end"]) for s in suggestions]
    assert starts == sorted(starts)


def test_rules(client):
    response = client.get("/v1/rules")
    assert response.status_code == 200
    rules = response.get_json()["rules"]
    assert [r["id"] for r in rules] == [rule.id for rule in all_rules()]
    assert len(rules) >= 10
    for listed, rule in zip(rules, all_rules()):
        assert {"id", "category", "description", "severity", "source"} <= set(listed)
        assert listed["category"] == rule.category in CATEGORIES
        assert listed["description"] == rule.description and listed["description"]
        assert listed["severity"] == rule.severity in SEVERITIES
        assert listed["source"] == "check"


def test_health(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ok", "version": __version__, "rules": len(all_rules()),
        "llm": {"configured": False, "model": None, "breaker": None,
                "checks": ["apology.empathy", "apology.relevance", "condescension.tone", "datetime.unsettled",
                           "promises.commitment", "questions.answered"]},
    }


def test_a_check_that_raises_is_left_out_and_named_not_a_500(client, monkeypatch, caplog):
    """One broken check costs the writer that check only: the others' suggestions and the questions
    still come back (200), the broken one is named in ``failed_checks`` and logged without the email."""
    import tactful.review

    class Broken:
        id = "promises.absolute-guarantee"

        def run(self, doc):
            raise RuntimeError(doc.draft)  # the message holds the email: it must not reach the log

    every_rule = tactful.review.all_rules
    monkeypatch.setattr(tactful.review, "all_rules", lambda: [Broken() if r.id == Broken.id else r for r in every_rule()])
    draft = "Hi [Customer Name], we guarantee delivery by Friday. 😀"
    with caplog.at_level("ERROR"):
        result = post_review(client, draft=draft, incoming="When will it arrive?\n\nLee")
    assert result["failed_checks"] == ["promises.absolute-guarantee"]
    rules = {s["rule"] for s in result["suggestions"]}
    assert "placeholders.template-leftover" in rules and "promises.absolute-guarantee" not in rules
    assert [q["text"] for q in result["questions"]] == ["When will it arrive?"]
    assert "promises.absolute-guarantee" in caplog.text and "RuntimeError" in caplog.text
    assert "Customer Name" not in caplog.text and "guarantee delivery" not in caplog.text


def test_a_question_reader_that_raises_leaves_the_questions_empty_not_a_500(client, monkeypatch):
    import tactful.document

    def explode(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr(tactful.document, "extract_questions", explode)
    result = post_review(client, draft="Hi Lee, we guarantee delivery by Friday.", incoming="When will it arrive?\n\nLee")
    assert result["questions"] == [] and "questions" in result["failed_checks"]
    assert "promises.absolute-guarantee" in {s["rule"] for s in result["suggestions"]}
