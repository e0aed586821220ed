"""Precision, recall and F1 per category on labelled cases (the shared data-set format).

A case is one JSON line: ``text`` (the draft), ``thread`` (the incoming message or null),
``labels`` (positives, span or ``whole_text``), optional ``category`` (what a negative is a negative
for) and ``context``. A span label is found when a suggestion of its category overlaps it; a
text-level label when any suggestion of its category falls on the text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

from .checks.types import CATEGORIES
from .document import Context, Document
from .errors import RequestError
from .request import CONTEXT_FIELDS, parse_context
from .review import run_checks


@dataclass
class Score:
    cases: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_cases(path: Path) -> list[dict]:
    """The cases of a JSON Lines file; ValueError names the line that is not a JSON object."""
    cases = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from None
            if not isinstance(case, dict):
                raise ValueError(f"{path}:{number}: not a JSON object")
            cases.append(case)
    return cases


def evaluate(cases: Iterable[dict], category_map: dict[str, str] | None = None) -> dict[str, Score]:
    category_map = category_map or {}
    cases = list(cases)

    def category_of(rule: str) -> str:
        return category_map.get(rule, rule)

    file_categories = {category_of(label["rule"]) for case in cases for label in case.get("labels", [])}
    text_level = {category_of(l["rule"]) for case in cases for l in case.get("labels", []) if l.get("whole_text")}
    scores: dict[str, Score] = defaultdict(Score)
    for case in cases:
        labels = [dict(label, rule=category_of(label["rule"])) for label in case.get("labels", [])]
        categories = {label["rule"] for label in labels}
        category = category_map.get(case.get("category"), case.get("category"))
        if category in CATEGORIES:  # some data sets use "category" for other things
            categories.add(category)
        if not categories:
            categories = set(file_categories)
        found = _suggestions_by_category(case)
        for category in categories:
            _score_case(scores[category], labels, category, found.get(category, []), category in text_level)
    return dict(sorted(scores.items()))


def _suggestions_by_category(case: dict) -> dict[str, list[tuple[int, int]]]:
    doc = Document(case["text"], case.get("thread") or "", case_context(case))
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for suggestion in run_checks(doc):
        found[suggestion.rule.category].append(suggestion.span)
    return found


def case_context(case: dict) -> Context:
    """A case's ``context`` as the API reads it (now, zones, locale; other fields of a data set are left out). A "now"
    with no offset, as the Recognizers specs write it, is read in the case's time zone, or in UTC."""
    raw = {name: value for name, value in (case.get("context") or {}).items() if name in CONTEXT_FIELDS and value is not None}
    now = raw.pop("now", None)
    try:
        context = parse_context(raw)  # the zones and the locale, checked as the API checks them
        local = _naive_datetime(now)
        if local is not None:
            now = local.replace(tzinfo=ZoneInfo(context.timezone or "UTC")).isoformat()
        return replace(context, now=parse_context({"now": now}).now)
    except (RequestError, ValueError) as error:
        raise ValueError(f"case {case.get('id', '?')}: {getattr(error, 'message', error)}") from None


def _naive_datetime(value: object) -> datetime | None:
    """``value`` as a date-time with no offset, or None (no string, no date-time, or one with an offset)."""
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return parsed if parsed is not None and parsed.tzinfo is None else None


def _score_case(score: Score, labels: list[dict], category: str, found: list[tuple[int, int]], text_level: bool) -> None:
    score.cases += 1
    mine = [label for label in labels if label["rule"] == category]
    if text_level or any(label.get("whole_text") for label in mine):
        if mine:
            score.tp += bool(found)
            score.fn += not found
        else:
            score.fp += bool(found)
        return
    for label in mine:
        start, end = label.get("py_start", label["start"]), label.get("py_end", label["end"])
        if any(_overlaps((start, end), span) for span in found):
            score.tp += 1
        else:
            score.fn += 1
    for span in found:
        if not any(_overlaps((l.get("py_start", l["start"]), l.get("py_end", l["end"])), span) for l in mine):
            score.fp += 1


def _overlaps(label: tuple[int, int], span: tuple[int, int]) -> bool:
    (a, b), (c, d) = label, span
    if c == d:
        return a <= c <= b
    return a < d and c < b


def format_scores(scores: dict[str, Score]) -> str:
    lines = [f"{'category':<16}{'cases':>7}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for category, s in scores.items():
        lines.append(
            f"{category:<16}{s.cases:>7}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
        )
    return "\n".join(lines)
