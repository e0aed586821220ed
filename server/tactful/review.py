"""The review pipeline: document -> checks -> merged suggestions -> UTF-16 response."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .checks.registry import all_rules
from .checks.types import SEVERITIES, Check, Match
from .document import Context, Document
from .questions.reported_kind import asked_kind
from .text.utf16 import Utf16Offsets

if TYPE_CHECKING:
    from .llm import ModelLayer, Outcome

_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelRule:
    """The rule of a suggestion that came from a model check (a prompt template)."""

    id: str
    category: str
    severity: str
    message: str = ""


@dataclass(frozen=True)
class Suggestion:
    rule: Check | ModelRule
    match: Match
    source: str = "check"

    @property
    def span(self) -> tuple[int, int]:
        return self.match.start, self.match.end


def run_checks(doc: Document, rules: Iterable[Check] | None = None, failed: list[str] | None = None) -> list[Suggestion]:
    """Every rule's suggestions, merged. A rule that raises is left out and its id added to ``failed``:
    one broken check must not cost the writer every other one."""
    found = []
    for rule in all_rules() if rules is None else rules:
        try:
            matches = list(rule.run(doc))
        except Exception as error:  # noqa: BLE001 - any bug in one check
            log.error("check %s failed: %s", rule.id, type(error).__name__)  # the email is not logged
            if failed is None:
                raise
            failed.append(rule.id)
            continue
        found.extend(Suggestion(rule, match) for match in matches)
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


def add_model_suggestions(kept: list[Suggestion], proposed: list[Suggestion]) -> list[Suggestion]:
    """The model adds, never replaces: its suggestion is dropped where a check already said it."""
    added: list[Suggestion] = []
    for candidate in merge(proposed):
        if not any(_clashes(candidate, other) for other in kept):
            added.append(candidate)
    return added


def _clashes(a: Suggestion, b: Suggestion) -> bool:
    if a.rule.category != b.rule.category:
        return False
    (a_start, a_end), (b_start, b_end) = a.span, b.span
    if a_start == a_end or b_start == b_end:  # insertion points clash only when identical
        return a.span == b.span
    return a_start < b_end and b_start < a_end


def review(draft: str, incoming: str = "", context: Context | None = None, *,
           layer: ModelLayer | None = None, llm: bool | None = None) -> dict:
    """The response for one draft; ``layer`` is the model layer, asked unless ``llm`` is False."""
    doc = Document(draft, incoming or "", context or Context())
    wait_for_model = _ask_model(doc, layer, llm)  # the model call runs while the checks do
    failed: list[str] = []
    checked = run_checks(doc, failed=failed)
    outcome = wait_for_model()
    from_model = add_model_suggestions(checked, model_suggestions(doc, outcome))
    offsets = Utf16Offsets(draft)
    # Checks are numbered first, so the model can never change a deterministic suggestion's id.
    numbered = [(i, s) for i, s in enumerate([*checked, *from_model], 1)]
    numbered.sort(key=lambda pair: (pair[1].match.start, pair[1].match.end, pair[1].source != "check", pair[1].rule.id))
    return {
        "suggestions": [_as_json(i, s, draft, offsets) for i, s in numbered],
        "questions": _questions_json(doc, outcome.validated.verdicts, failed),
        "llm": outcome.info,
        "degraded": outcome.degraded,
        "failed_checks": failed,
    }


def _ask_model(doc: Document, layer: ModelLayer | None, llm: bool | None) -> Callable[[], Outcome]:
    """A function that gives the model's outcome (waiting for it when the model is being asked)."""
    from .llm.layer import Outcome, not_asked

    if llm is False:
        outcome = Outcome(not_asked("not_requested", layer))
    elif layer is None or not layer.configured:
        outcome = Outcome(not_asked("not_configured", layer))
    else:
        return layer.start(doc)
    return lambda: outcome


def model_suggestions(doc: Document, outcome: Outcome) -> list[Suggestion]:
    found = [
        Suggestion(ModelRule(f.check_id, f.category, f.severity), Match(f.start, f.end, f.message, f.replacements), "llm")
        for f in outcome.validated.findings
    ]
    # A dodge the model could not point at stays in the questions list only.
    for index, span in outcome.validated.dodges.items():
        question = doc.questions[index][0]
        message = f"This may not answer the customer's question \u201c{question.text.strip()}\u201d."
        found.append(Suggestion(ModelRule("questions.answered", "questions", "warning"), Match(*span, message), "llm"))
    return found


def _questions_json(doc: Document, refined: dict[int, bool | None], failed: list[str]) -> list[dict]:
    try:
        if not doc.questions:
            return []
    except Exception as error:  # noqa: BLE001 - a bug in the question reader leaves the list empty, not the review
        log.error("questions failed: %s", type(error).__name__)
        failed.append("questions")
        return []
    offsets = Utf16Offsets(doc.incoming_text)
    return [
        {
            "text": question.text,
            "start": offsets.to_utf16(question.start),
            "end": offsets.to_utf16(question.end),
            "answered": refined.get(index, found.answered),
            "kind": asked_kind(question),
        }
        for index, (question, found) in enumerate(doc.questions)
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
        "source": suggestion.source,
    }
