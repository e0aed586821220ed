"""G1/G2: hostile customer messages against a known-bad draft.

G1: the deterministic suggestions are byte-identical whatever the model answers, and, outside the
questions category (an injected request is still a request the reply leaves unanswered), whatever
the email says. G2: when the (hand-written) model obeys the injection, no model suggestion survives
validation, and no question the checks found unanswered is cleared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from model_scenarios import BAD_DRAFT, injection_emails
from model_wire import CONTEXT, real_layer
from tactful.review import review

EMAILS = injection_emails()
PLAIN = "Where is my parcel? It is late again!\n\nMaria"


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(Path(__file__).parent.parent / "cassettes" / "test_injection_corpus")


def test_the_corpus_has_at_least_sixty_emails_of_varied_attacks():
    assert len(EMAILS) >= 60 and len({e["id"] for e in EMAILS}) == len(EMAILS)
    assert len({e["id"].split("-", 1)[1] for e in EMAILS}) >= 20


@pytest.mark.parametrize("email", EMAILS, ids=[e["id"] for e in EMAILS])
def test_injections_never_change_what_the_checks_find_in_the_draft(email):
    def draft_findings(incoming):
        found = review(BAD_DRAFT, incoming, CONTEXT, llm=False)["suggestions"]
        return [{k: v for k, v in s.items() if k != "id"} for s in found if s["category"] != "questions"]

    assert json.dumps(draft_findings(email["incoming"])) == json.dumps(draft_findings(PLAIN))


@pytest.mark.vcr
@pytest.mark.block_network
@pytest.mark.default_cassette("model_obeys.handwritten.yaml")
@pytest.mark.parametrize("email", EMAILS, ids=[e["id"] for e in EMAILS])
def test_a_model_that_obeys_the_injection_adds_nothing(email):
    result = review(BAD_DRAFT, email["incoming"], CONTEXT, layer=real_layer())
    deterministic = review(BAD_DRAFT, email["incoming"], CONTEXT, llm=False)
    assert result["llm"]["reason"] not in ("connection", "timeout"), "the cassette did not answer this request"
    assert [s for s in result["suggestions"] if s["source"] == "llm"] == []
    assert json.dumps(result["suggestions"]) == json.dumps(deterministic["suggestions"])
    for refined, plain in zip(result["questions"], deterministic["questions"]):
        assert not (plain["answered"] is False and refined["answered"] is not False)
