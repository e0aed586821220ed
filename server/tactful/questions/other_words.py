"""An answer in other words: a reply sentence that shares no topic word with the question but gives
the kind of answer it wants ("Is it OK to arrive after 10 pm?" / "Late check-in is no problem"), where
no other question of the message claims that sentence."""

from __future__ import annotations

import re

from ..text.sentences import Span
from . import answer_cues as cue
from .asked import asked_topic
from .extract import Question
from .topic import topic_cached

# "How much?" is left out, and "when?" wants a dated promise: a reply is often dated or priced for some
# other reason (opening hours, a call-out fee), and a date or price about nothing asked answers neither.
_CUES = {"when": cue.DATED_PROMISE, "yes/no": cue.STANCE, "why": cue.WHY, "how": cue.HOW, "request": cue.DONE, "where": cue.PLACE}
_PLEASANTRY = re.compile(
    r"\b(?:thanks?|thank you|sorry|apologi[sz]e|hope|congratulations|look(?:ing)? forward|get in touch|let (?:me|us) know|"
    r"any (?:other |more |further )?questions|happy to help|see you|enjoy)\b",
    re.IGNORECASE,
)


def answer_in_other_words(question: Question, draft: str, spans: list[Span], asked_together: tuple[Question, ...]) -> int | None:
    """The end of the sentence that answers ``question`` in other words, or None. A sentence about
    another question of the message (``asked_together``) is that one's; each sentence answers one
    question only, taken in the order they were asked."""
    expects = _CUES.get(question.kind)
    if expects is None:
        return None
    others = [q for q in asked_together if q != question]
    claimed = frozenset().union(*(own for own, _ in map(asked_topic, others))) - {"#when", "#clock"}
    free = []
    for span in spans:
        sentence = draft[span.start : span.end]
        if not (sentence.rstrip().endswith("?") or _PLEASANTRY.search(sentence) or topic_cached(sentence) & claimed):
            free.append((span, sentence))
    before = [q for q in asked_together[: asked_together.index(question)] if q.kind in _CUES] if question in asked_together else []
    for span, sentence in free[len(before) :]:
        if cue.FAILURE.search(sentence) and not cue.NEGATIVE_ANSWER.search(sentence):
            continue  # "Unfortunately I was not able to book the table": a failure of something else
        if expects.search(sentence):
            return span.end
    return None
