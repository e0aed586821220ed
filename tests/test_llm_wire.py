"""The real OpenAI client against cassettes in the provider's wire format (hand-written: see their first line).

Replay is the default (record mode ``none``) and the network is blocked. To record real ones:
TACTFUL_TEST_LLM_API_KEY=... python -m pytest tests/test_llm_wire.py --record-mode=rewrite
"""

from __future__ import annotations

import pytest
from model_scenarios import WIRE
from model_wire import CONTEXT, real_layer
from tactful.review import review

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def run(name: str, **settings) -> dict:
    scenario = WIRE[name]
    return review(scenario.draft, scenario.incoming, CONTEXT, layer=real_layer(**settings))


def deterministic(name: str) -> dict:
    scenario = WIRE[name]
    return review(scenario.draft, scenario.incoming, CONTEXT, llm=False)


@pytest.mark.default_cassette("finds_and_anchors.handwritten.yaml")
def test_findings_are_anchored_and_verdicts_refined():
    result = run("finds_and_anchors")
    assert result["llm"]["used"] is True and result["degraded"] is False
    assert (result["llm"]["prompt_tokens"], result["llm"]["completion_tokens"]) == (700, 60)
    assert result["llm"]["dropped"] == 1  # the quote the draft does not contain
    from_model = {s["rule"]: s for s in result["suggestions"] if s["source"] == "llm"}
    tone = from_model["condescension.tone"]
    assert tone["text"] == "We'll look into the refund when we get a chance."
    assert tone["replacements"] == ["I've asked for your refund today and will confirm by email."]
    assert [q["answered"] for q in result["questions"]] == [True, False]
    assert [s for s in result["suggestions"] if s["source"] == "check"] == deterministic("finds_and_anchors")["suggestions"]


@pytest.mark.default_cassette("retries_a_500.handwritten.yaml")
def test_a_server_error_is_retried():
    result = run("retries_a_500")
    assert result["llm"]["used"] is True and result["degraded"] is False


@pytest.mark.default_cassette("rate_limited_forever.handwritten.yaml")
def test_rate_limits_that_do_not_end_degrade():
    result = run("rate_limited_forever")
    assert result["degraded"] is True and result["llm"]["reason"] == "rate_limited"
    assert result["suggestions"] == deterministic("rate_limited_forever")["suggestions"]


@pytest.mark.default_cassette("malformed_then_valid.handwritten.yaml")
def test_an_answer_that_is_not_json_is_asked_again():
    result = run("malformed_then_valid")
    assert result["llm"]["used"] is True and result["llm"]["prompt_tokens"] == 1400
    assert any(s["rule"] == "condescension.tone" for s in result["suggestions"])


@pytest.mark.default_cassette("wrong_key.handwritten.yaml")
def test_a_wrong_key_degrades_and_is_named():
    result = run("wrong_key")
    assert result["degraded"] is True and result["llm"]["reason"] == "unauthorised"


def test_cassettes_hold_no_keys_and_say_they_are_hand_written():
    from pathlib import Path

    for path in (Path(__file__).parent / "cassettes").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "authorization" not in text.lower() and "api-key" not in text.lower() and "sk-" not in text
        if path.name.endswith(".handwritten.yaml"):
            assert text.startswith("# hand-written, OpenAI chat-completions wire format")
