"""Conditional questions ("If so, how much is it?", "If not, can I cancel?"): they need no answer
when the question they hang on was answered the other way."""

from __future__ import annotations

import re

from ..text.sentences import Span
from . import answer_cues as cue
from .extract import _CONDITION, Question
from .topic import topic_cached


def condition_fails(question: Question, draft: str, spans: list[Span]) -> int | None:
    """"If so, how much is it?" needs no answer when the question before was answered no (and "If
    not, …" when it was answered yes): where that answer ends, else None."""
    condition = _CONDITION.match(question.text)
    if not condition or not question.context:
        return None
    wants_yes = not re.search(r"\b(?:not|no)\b|n't", condition.group("pol"))
    antecedent = next((t for t in map(topic_cached, question.context) if t), frozenset())
    best = None
    for span in spans:
        sentence = draft[span.start : span.end]
        overlap = len(antecedent & topic_cached(sentence))
        clear = cue.STANCE.search(sentence) or overlap >= 2 and (cue.POLAR.search(sentence) or cue.DONE.search(sentence))
        if overlap and clear and (best is None or overlap > best[0]):
            best = (overlap, span, sentence)
    if best is None:
        return None
    said_no = bool(cue.NEGATIVE.search(best[2]))
    return best[1].end if said_no == wants_yes else None


def settled_by_answer(question: Question, draft: str, spans: list[Span], answer_end: int | None) -> int | None:
    """"If not, …" needs no answer when the question before was answered yes, "If so, …" when it was
    answered no: read the sentence that answered it."""
    condition = _CONDITION.match(question.text)
    sentence = next((draft[s.start : s.end] for s in spans if s.end == answer_end), None)
    if condition is None or sentence is None:
        return None
    wants_yes = not re.search(r"\b(?:not|no)\b|n't", condition.group("pol"))
    said_no = bool(cue.NEGATIVE.search(sentence))
    return answer_end if said_no == wants_yes else None
