"""A complaint met with no acknowledgement or apology.

Practice: take ownership and apologise when something went wrong. A customer who reports a
broken item or a late parcel and gets a reply that goes straight to procedure feels unheard.
"""

from __future__ import annotations

import re

from ...document import Document
from ...text.layout import greeting_end
from ..phrases import PhraseMatch, load_phrases
from ..types import Check, Example, Match

_COMPLAINT = load_phrases(__package__, "complaint_cues.txt")
_ACKNOWLEDGEMENT = load_phrases(__package__, "acknowledgement_cues.txt")
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|nothing|never|n't|without|hardly|isn't|wasn't|aren't|any)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)


_HYPOTHETICAL = re.compile(r"\b(?:if|in case|whether|what happens|should (?:it|the|my)|would|could you|can you|do you|is there|are there)\b", re.IGNORECASE)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """From after the last . ! ? or line break before ``start`` to the first one after ``end``."""
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    sentence_end = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
    return sentence_start, sentence_end


def complaint(text: str) -> PhraseMatch | None:
    """The first complaint cue that is neither negated ("nothing is broken") nor hypothetical
    ("what if my parcel is late?")."""
    for found in _COMPLAINT.finditer(text):
        clause_start = max(text.rfind(mark, 0, found.start) for mark in ".!?\n,;") + 1
        sentence_start, sentence_end = _sentence_bounds(text, found.start, found.end)
        is_question = text[sentence_end : sentence_end + 1] == "?"
        if _NEGATION_BEFORE.search(text[clause_start : found.start]):
            continue
        if is_question and _HYPOTHETICAL.search(text[sentence_start : found.start]):
            continue
        return found
    return None


def find(doc: Document):
    if not doc.draft.strip() or any(not doc.is_negated(m.start) for m in _ACKNOWLEDGEMENT.finditer(doc.norm)):
        return
    newest = doc.incoming.newest
    cue = complaint(newest) if newest.strip() else None
    if cue is None:
        return
    sentence_start, sentence_end = _sentence_bounds(newest, cue.start, cue.end)
    quote = " ".join(newest[sentence_start : sentence_end + 1].split())
    if len(quote) > 90:
        quote = quote[:87].rstrip() + "…"
    at = greeting_end(doc.draft)  # an acknowledgement opens the reply
    yield Match(
        at,
        at,
        message=f"The customer reports a problem (\u201c{quote}\u201d), but the reply neither acknowledges it nor apologises.",
        replacements=("I'm sorry about this, and thank you for letting us know. ", "I'm sorry for the trouble this has caused. "),
    )


RULE = Check(
    id="apology.missing-apology",
    category="apology",
    description="The customer complains or reports a failure and the draft neither acknowledges nor apologises.",
    message="The customer reports a problem, but the reply neither acknowledges it nor apologises.",
    practice="Take ownership and apologise when something went wrong.",
    find=find,
    flags=(
        Example("Hi Maria,\n\n⟦⟧Please send us a photo of the box and we'll arrange a return.\n\nTom", "My lamp arrived broken.\n\nThanks,\nMaria"),
        Example("⟦⟧Your order was dispatched on Monday.", "I've been waiting two weeks and my order still hasn't arrived!"),
        Example("Hello,\n⟦⟧The charge will be reversed.", "You charged me twice for the same order. Not happy."),
    ),
    passes=(
        Example("Hi Maria,\n\nI'm so sorry the lamp arrived broken. A new one is on its way.", "My lamp arrived broken.\n\nThanks,\nMaria"),
        Example("Hi Sam, I understand how frustrating that must be. Here is what we'll do.", "The app keeps crashing."),
        Example("Hi Sam, yes, we open at 9 on Saturdays.", "Are you open on Saturdays? Nothing is broken, just planning a visit."),
        Example("Great to hear! Enjoy the desk.", "The desk arrived and it's lovely, no problems at all."),
    ),
)
