"""Whether a clause of the draft plans ahead or reports the past: which day a relative date points at
depends on it ("it shipped on Friday" is last Friday; "it arrives Friday" the coming one)."""

from __future__ import annotations

import re
from typing import Literal

from ...document import Document

# Said of the future outright: a will, a plan, a request, an offer ("we can fit you in", not "we can see it was sent").
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|should(?!\s+have)|going to|gonna|let's|see you|please|(?:can|could|would) you|are you (?:free|available)|"
    r"(?:we|I)\s+(?:can|could)\s+(?:also\s+|still\s+|now\s+)?(?!(?:see|confirm|tell|say|understand|imagine|assure|appreciate|hear|only|find|check)\b)[a-z]+|"
    r"(?:scheduled|booked(?: in)?|planned|arranged|due) for)\b|'ll\b",
    re.IGNORECASE,
)
# A past event: an auxiliary or a simple past after its subject ("we shipped it", "you called").
_PAST = re.compile(
    r"\b(?:was|were|wasn't|weren't|did|didn't|had|hadn't|couldn't|wouldn't|went|came|spoke|sent|told|said|took|gave|"
    r"left|since|ago|last|(?:should|would|could|must|might) have)\b"
    r"|(?<!'ve )(?<!\bhave )(?<!'s )(?<!\bhas )\bgot\b"  # not "we've got two places": a present
    r"|\b(?:I|we|he|she|they|courier|driver|engineer|order|parcel)\s+(?:\w+ly\s+)?(?!(?:need|feed|proceed|exceed|succeed|speed)\b)\w+ed\b"
    # "your mother visited on Saturday", "mowed the lawns on Tuesday"; arrangements are not reports ("booked on Friday", "moved to")
    # ("will be delivered on Friday" is a passive future)
    # ("will be roasted and dispatched on Monday": the second participle shares the first one's "be")
    r"|(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bget )(?<!ed and )(?<!ed or )\b(?!(?:booked|scheduled|planned|arranged|confirmed|rescheduled|reserved|fixed|based|closed|opened|needed)\b)"
    r"\w+ed\s+(?:(?:the|your|our|his|her|their|its|all|both)\s+\w+\s+)?(?:on|last|today|yesterday|this\s+(?:morning|afternoon|week|month))\b"
    # A present perfect reports what is done ("has been approved today"), unless what was done is an
    # arrangement for the day named ("I've booked an engineer for Tuesday").
    r"|\b(?:has|have|'ve)\s+(?:just\s+|already\s+)?(?:been\s+)?(?!(?:been|(?:re)?booked|arranged|reserved|scheduled|moved|"
    r"rescheduled|planned|organi[sz]ed|confirmed|put|asked|added|ordered|set|fixed|made|submitted|requested|got)\b)"
    r"\w{2,}(?:ed|en|ne|t)\b"
    # "the weather has been rough this week", "it's been busy": a state so far
    r"|\b(?:has|have|'ve|it's)\s+been\s+(?:very\s+|really\s+|so\s+|pretty\s+)?(?!(?:booked|arranged|reserved|scheduled|moved|rescheduled|planned|"
    r"organi[sz]ed|confirmed|put|added|set|fixed|made|able|in\s+touch)\b)[a-z]+(?<!ed)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|so|then|because|while|when)\b", re.IGNORECASE)


def tense_at(doc: Document, index: int, *, sentence: bool = False) -> Literal["future", "past"] | None:
    """The cue nearest before ``index`` in its clause decides ("was sent on Friday, and will arrive
    Monday"; "could you tell us when your mother visited on Saturday?"), else the first after it;
    with ``sentence``, a clause with no cue of its own takes the sentence's ("the patch goes out
    tonight and will fix it"); None when nothing says."""
    around = doc.sentence_at(index)
    text = doc.norm[around.start : around.end]
    at = index - around.start
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    after = _CLAUSE_BREAK.search(text, at)
    clause_start, clause_end = (starts[-1] if starts else 0), (after.start() if after else len(text))
    for start, end in ((clause_start, clause_end), (0, len(text)) if sentence else (0, 0)):
        cues = sorted([(m.start(), "future") for m in _FUTURE.finditer(text, start, end)]
                      + [(m.start(), "past") for m in _PAST.finditer(text, start, end)])
        if cues:
            before = [tense for where, tense in cues if where < at]
            return before[-1] if before else cues[0][1]
    return None
