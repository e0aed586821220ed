"""British spellings in an en-US reply, American ones in an en-GB reply ("colour" / "color").

Practice: be accurate and consistent. Customers notice a reply that switches spelling
conventions; the writer's locale (``context.locale``) decides which one is right.
"""

from __future__ import annotations


from breame.spelling import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

from ...document import Document
from ..types import Check, Example, Match, load_words
from . import _dictionary

# Pairs whose choice depends on meaning (a computer program, a cheque, practice/practise).
_AMBIGUOUS = load_words(__package__, "locale_ambiguous.txt")


def _preferred(wanted: str, written: str, british: bool) -> bool:
    """Is ``wanted`` really the locale's spelling? The frequency list counts mostly American text,
    so an American form rarer there than the British one ("cancelation" vs "cancellation") is
    not the usual American spelling and is never pushed on an en-US writer."""
    if british:
        return wanted in _dictionary.known_words()
    return _dictionary.frequency(wanted) >= _dictionary.frequency(written) > 0 or (
        _dictionary.frequency(written) == 0 and _dictionary.frequency(wanted) > 0
    )


def find(doc: Document):
    other = AMERICAN_ENGLISH_SPELLINGS if doc.context.british else BRITISH_ENGLISH_SPELLINGS
    wanted = "British" if doc.context.british else "American"
    present = doc.vocabulary & other.keys()
    if not present:
        return
    for start, end in sorted(span for word in present for span in doc.occurrences(word)):
        lower = doc.draft[start:end].lower()
        if lower in other and lower not in _AMBIGUOUS and _preferred(other[lower], lower, doc.context.british):
            written = doc.draft[start:end]
            replacement = _dictionary.same_case(written, other[lower])
            yield Match(
                start, end,
                message=f"“{written}” is not the {wanted} spelling ({doc.context.locale}): “{replacement}”.",
                replacements=(replacement,),
            )


RULE = Check(
    id="spelling.locale-variant",
    category="spelling",
    description="A British spelling in an en-US reply or an American one in an en-GB reply.",
    message="This spelling does not match the reply's locale.",
    practice="Be accurate and consistent.",
    severity="info",
    find=find,
    flags=(
        Example("What ⟦colour⟧ would you like?", locale="en-US"),
        Example("We can ⟦organize⟧ a collection.", locale="en-GB"),
    ),
    passes=(
        Example("What colour would you like? We'll organise a collection.", locale="en-GB"),
        Example("What color would you like? We'll organize a pickup.", locale="en-US"),
        Example("The program runs on your computer.", locale="en-GB"),
    ),
)
