"""Measures question detection and answered/unanswered verdicts on labelled cases.

Three shapes of case are understood:
- a ``questions`` list (the project's set): gold questions in ``thread`` with spans, kind and
  ``answered``; detection is scored by span overlap, verdicts on the questions found;
- ``requests`` (SGD dialogues): per reply, whether every requested slot was answered;
- sentence-level request labels (email intent): ``text`` is an incoming sentence; detected when
  any question or request is listed for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from ..text.incoming import parse_incoming
from .extract import extract_questions
from .reported_kind import asked_kind


@dataclass
class QuestionScores:
    detection: dict = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})
    verdict: dict = field(default_factory=lambda: {"right": 0, "wrong": 0, "unsure": 0})
    kinds: dict = field(default_factory=lambda: {"right": 0, "wrong": 0})
    unanswered: dict = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})

    def lines(self) -> list[str]:
        out = []
        d = self.detection
        if d["tp"] + d["fp"] + d["fn"]:
            p, r = _ratio(d["tp"], d["tp"] + d["fp"]), _ratio(d["tp"], d["tp"] + d["fn"])
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            out.append(f"detection        TP {d['tp']:>5}  FP {d['fp']:>5}  FN {d['fn']:>5}  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
        v = self.verdict
        total = v["right"] + v["wrong"] + v["unsure"]
        if total:
            out.append(
                f"verdict          {total} questions found: accuracy {_ratio(v['right'], total):.3f} "
                f"(right {v['right']}, wrong {v['wrong']}, unsure {v['unsure']} counted as wrong)"
            )
        k = self.kinds
        if k["right"] + k["wrong"]:
            out.append(f"kind             {k['right'] + k['wrong']} questions found: accuracy {_ratio(k['right'], k['right'] + k['wrong']):.3f} (right {k['right']})")
        u = self.unanswered
        cases = sum(u.values())
        if cases:
            p, r = _ratio(u["tp"], u["tp"] + u["fp"]), _ratio(u["tp"], u["tp"] + u["fn"])
            out.append(
                f"unanswered flag  {cases} replies: accuracy {_ratio(u['tp'] + u['tn'], cases):.3f}  "
                f"precision {p:.3f}  recall {r:.3f}  (TP {u['tp']} FP {u['fp']} FN {u['fn']} TN {u['tn']})"
            )
        return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def is_questions_file(cases: list[dict]) -> bool:
    if any("questions" in c or "requests" in c for c in cases[:5]):
        return True
    rules = {label["rule"] for c in cases for label in c.get("labels", [])}
    return rules == {"questions"} and all(c.get("thread") is None for c in cases[:50])


def evaluate_questions(cases: list[dict]) -> QuestionScores:
    scores = QuestionScores()
    for case in cases:
        if "questions" in case:
            _score_gold_questions(scores, case)
        elif "requests" in case:
            _score_requests(scores, case)
        else:
            found = bool(extract_questions(parse_incoming(case["text"])))
            wanted = bool(case.get("labels"))
            key = "tp" if found and wanted else "fp" if found else "fn" if wanted else None
            if key:
                scores.detection[key] += 1
    return scores


def _score_gold_questions(scores: QuestionScores, case: dict) -> None:
    doc = Document(case["text"], case.get("thread") or "")
    found = doc.questions
    gold = case["questions"]
    matched_gold = set()
    for question, verdict in found:
        hit = next(
            (i for i, g in enumerate(gold) if i not in matched_gold and question.start < g["py_end"] and g["py_start"] < question.end),
            None,
        )
        if hit is None:
            scores.detection["fp"] += 1
            continue
        matched_gold.add(hit)
        scores.detection["tp"] += 1
        scores.kinds["right" if asked_kind(question) == gold[hit]["kind"] else "wrong"] += 1
        if verdict.answered is None:
            scores.verdict["unsure"] += 1
        elif verdict.answered == gold[hit]["answered"]:
            scores.verdict["right"] += 1
        else:
            scores.verdict["wrong"] += 1
    scores.detection["fn"] += len(gold) - len(matched_gold)
    _score_flag(scores, any(v.answered is False for _, v in found), any(not g["answered"] for g in gold))


def _score_requests(scores: QuestionScores, case: dict) -> None:
    doc = Document(case["text"], case.get("thread") or "")
    found = doc.questions
    scores.detection["tp" if found else "fn"] += 1
    _score_flag(scores, any(v.answered is False for _, v in found), not all(r["answered"] for r in case["requests"]))


def _score_flag(scores: QuestionScores, flagged: bool, unanswered: bool) -> None:
    key = {(True, True): "tp", (True, False): "fp", (False, True): "fn", (False, False): "tn"}[(flagged, unanswered)]
    scores.unanswered[key] += 1
