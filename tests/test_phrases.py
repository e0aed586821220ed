"""Phrase files: parsing errors name the file and line, and gates never hide a match."""

import json
from pathlib import Path

import pytest

from tactful.checks.phrases import PhraseFileError, PhraseSet, parse_phrases, required_literals
from tactful.checks.registry import all_rules
from tactful.checks.types import PhraseCheck
from tactful.document import normalise

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = []
    for path in (ROOT / "datasets").glob("*/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            texts.append(normalise(case["text"]))
    return texts


def _phrase_sets() -> list[PhraseSet]:
    return [rule.phrases for rule in all_rules() if isinstance(rule, PhraseCheck)]


def test_gates_never_hide_a_match():
    """Every match found by running each phrase over the whole text is also found through its gates."""
    texts = _texts()
    assert len(texts) > 200
    compared = 0
    for phrases in _phrase_sets():
        for phrase in phrases.phrases:
            gated = PhraseSet((phrase,))
            for text in texts:
                whole = [(m.start(), m.end()) for m in phrase.pattern.finditer(text) if m.end() > m.start()]
                if whole:
                    compared += 1
                    assert [(m.start, m.end) for m in gated.finditer(text)] == whole, phrase.pattern.pattern
    assert compared > 50


def test_required_literals():
    assert required_literals(r"\bwe guarantee\b") == (("we guarantee",),)
    gates = required_literals(r"(?:will|'ll) (?:be )?(?:fixed|delivered) (?:today|tonight)")
    assert ("fixed", "delivered") in [tuple(sorted(g, reverse=True)) for g in gates]
    assert required_literals(r"\d+") == ()


@pytest.mark.parametrize(
    "text,message",
    [
        ("we (guarantee => x", "demo.txt:1: bad pattern"),
        ("we (guarantee) => x", "demo.txt:1: use (?:...) groups"),
        ("# only a comment", "demo.txt: no phrases"),
        ("{nothing} here", "demo.txt:1: unknown macro {nothing}"),
    ],
)
def test_phrase_file_errors_name_file_and_line(text, message):
    with pytest.raises(PhraseFileError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?").replace(".", r"\.")):
        parse_phrases(text, "demo.txt")


def test_macros_and_replacements():
    (phrase,) = parse_phrases("@who = I|we\n{who} promise => we'll try | (remove)", "demo.txt")
    assert phrase.pattern.search("Yes, we promise.")
    assert phrase.replacements == ("we'll try", "")


def test_longest_match_wins_at_the_same_start():
    phrases = PhraseSet(parse_phrases("we guarantee\nwe guarantee delivery", "demo.txt"))
    (match,) = phrases.finditer("Yes, we guarantee delivery.")
    assert (match.start, match.end) == (5, 26)


def test_a_phrase_set_made_later_still_sees_lines_seen_before():
    line = "Our zebracorn policy applies."
    first = PhraseSet(parse_phrases("policy applies", "first.txt"))
    assert first.finditer(line)
    later = PhraseSet(parse_phrases("zebracorn policy", "later.txt"))  # a needle no set had before
    (match,) = later.finditer(line)
    assert line[match.start : match.end] == "zebracorn policy"
