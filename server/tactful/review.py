"""The review pipeline: document -> checks -> merged suggestions -> UTF-16 response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .checks.registry import all_rules
from .checks.types import SEVERITIES, Check, Match
from .document import Context, Document
from .text.utf16 import Utf16Offsets

_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Suggestion:
    rule: Check
    match: Match

    @property
    def span(self) -> tuple[int, int]:
        return self.match.start, self.match.end


def run_checks(doc: Document, rules: Iterable[Check] | None = None) -> list[Suggestion]:
    found = []
    for rule in all_rules() if rules is None else rules:
        for match in rule.run(doc):
            found.append(Suggestion(rule, match))
    return merge(found)


def merge(suggestions: list[Suggestion]) -> list[Suggestion]:
    """At most one suggestion per category on overlapping spans: the most severe, then the longest."""
    ranked = sorted(
        suggestions,
        key=lambda s: (_SEVERITY_RANK[s.rule.severity], -(s.match.end - s.match.start), s.match.start),
    )
    kept: list[Suggestion] = []
    for candidate in ranked:
        if not any(_clashes(candidate, other) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda s: (s.match.start, s.match.end, s.rule.id))


def _clashes(a: Suggestion, b: Suggestion) -> bool:
    if a.rule.category != b.rule.category:
        return False
    (a_start, a_end), (b_start, b_end) = a.span, b.span
    if a_start == a_end or b_start == b_end:  # insertion points clash only when identical
        return a.span == b.span
    return a_start < b_end and b_start < a_end


def review(draft: str, incoming: str = "", context: Context | None = None) -> dict:
    doc = Document(draft, incoming or "", context or Context())
    suggestions = run_checks(doc)
    offsets = Utf16Offsets(draft)
    return {
        "suggestions": [_as_json(i, s, draft, offsets) for i, s in enumerate(suggestions, 1)],
        "questions": _questions_json(doc),
        "llm": {"used": False, "model": None, "prompt_tokens": 0, "completion_tokens": 0},
        "degraded": False,
    }


def _questions_json(doc: Document) -> list[dict]:
    if not doc.questions:
        return []
    offsets = Utf16Offsets(doc.incoming_text)
    return [
        {
            "text": question.text,
            "start": offsets.to_utf16(question.start),
            "end": offsets.to_utf16(question.end),
            "answered": found.answered,
            "kind": question.kind,
        }
        for question, found in doc.questions
    ]


def _as_json(number: int, suggestion: Suggestion, draft: str, offsets: Utf16Offsets) -> dict:
    rule, match = suggestion.rule, suggestion.match
    text = draft[match.start : match.end]
    return {
        "id": f"s{number}",
        "rule": rule.id,
        "category": rule.category,
        "severity": rule.severity,
        "start": offsets.to_utf16(match.start),
        "end": offsets.to_utf16(match.end),
        "text": text,
        "message": match.message or rule.message.replace("{text}", text),
        "replacements": list(match.replacements),
        "source": "check",
    }
