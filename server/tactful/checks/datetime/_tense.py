"""Whether a clause of the draft plans ahead or reports the past: which day a relative date points at
depends on it ("it shipped on Friday" is last Friday; "it arrives Friday" the coming one)."""

from __future__ import annotations

import re
from typing import Literal

from ...document import Document

# Said of the future outright: a will, a plan, a request.
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going to|gonna|let's|see you|please|(?:can|could|would) you|are you (?:free|available)|"
    r"(?:scheduled|booked(?: in)?|planned|arranged|due) for)\b|'ll\b",
    re.IGNORECASE,
)
# A past event: an auxiliary or a simple past after its subject ("we shipped it", "you called").
_PAST = re.compile(
    r"\b(?:was|were|wasn't|weren't|did|didn't|had|hadn't|couldn't|wouldn't|went|came|got|spoke|sent|told|said|took|gave|"
    r"left|since|ago|last|(?:should|would|could|must|might) have)\b"
    r"|\b(?:I|we|he|she|they|courier|driver|engineer|order|parcel)\s+(?:\w+ly\s+)?\w+ed\b"
    # "your mother visited on Saturday"; arrangements are not reports ("booked on Friday", "moved to")
    # ("will be delivered on Friday" is a passive future)
    r"|(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bget )\b(?!(?:booked|scheduled|planned|arranged|confirmed|rescheduled|reserved|fixed|based|closed|opened|needed)\b)"
    r"\w+ed\s+(?:on|last)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|so|then|because|while|when)\b", re.IGNORECASE)


def tense_at(doc: Document, index: int) -> Literal["future", "past"] | None:
    """The cue nearest before ``index`` in its clause decides ("was sent on Friday, and will arrive
    Monday"; "could you tell us when your mother visited on Saturday?"), else the first after it; a
    clause with no cue of its own takes the sentence's; None when neither says."""
    sentence = doc.sentence_at(index)
    text = doc.norm[sentence.start : sentence.end]
    at = index - sentence.start
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    after = _CLAUSE_BREAK.search(text, at)
    clause_start, clause_end = (starts[-1] if starts else 0), (after.start() if after else len(text))
    for start, end in ((clause_start, clause_end), (0, len(text))):
        cues = sorted([(m.start(), "future") for m in _FUTURE.finditer(text, start, end)]
                      + [(m.start(), "past") for m in _PAST.finditer(text, start, end)])
        if cues:
            before = [tense for where, tense in cues if where < at]
            return before[-1] if before else cues[0][1]
    return None
