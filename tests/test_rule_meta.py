"""Every rule keeps the contract: examples both ways, id = module path, a contract category."""

import importlib

import pytest

from examples import flagged_spans
from tactful.checks.registry import all_rules, rule_id_for
from tactful.checks.types import CATEGORIES, SEVERITIES

RULES = all_rules()
IDS = [rule.id for rule in RULES]


def test_rules_are_found():
    assert len(RULES) >= 10
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_shape(rule):
    assert rule.category in CATEGORIES
    assert rule.id.split(".")[0] == rule.category
    assert rule.severity in SEVERITIES
    assert rule.description and rule.message and rule.practice
    assert len(rule.flags) >= 1 and len(rule.passes) >= 1


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_id_matches_module(rule):
    module_name = "tactful.checks." + rule.id.replace("-", "_")
    module = importlib.import_module(module_name)
    assert module.RULE is rule
    assert rule_id_for(module_name) == rule.id


FLAGS = [(rule, ex) for rule in RULES for ex in rule.flags]
PASSES = [(rule, ex) for rule in RULES for ex in rule.passes]


@pytest.mark.parametrize("rule,example", FLAGS, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(FLAGS)])
def test_flag_examples(rule, example):
    draft, expected, found = flagged_spans(rule, example)
    assert found, f"{rule.id} did not flag: {draft!r}"
    for span in expected:
        assert span in found, f"{rule.id}: expected {draft[span[0]:span[1]]!r}, got {[draft[a:b] for a, b in found]}"


@pytest.mark.parametrize("rule,example", PASSES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(PASSES)])
def test_pass_examples(rule, example):
    draft, _, found = flagged_spans(rule, example)
    assert not found, f"{rule.id} flagged {[draft[a:b] for a, b in found]} in {draft!r}"
