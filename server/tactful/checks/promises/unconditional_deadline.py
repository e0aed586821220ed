"""Unconditional deadlines for outcomes the writer does not control ("will be delivered tonight").

Practice: be true to your word. A courier, an engineer or a bank decides when the parcel arrives,
the fault is fixed or the money lands; promise what you control ("I'll update you by 5 pm") and
give the rest as an expectation.
"""

import re

from ..types import PhraseCheck, examples

_WILL = re.compile(r"^(?:will|'ll|is going to|are going to|'s going to|'re going to|is gonna)(?:\s+(?:definitely|certainly|absolutely|100%|surely))?", re.IGNORECASE)


def _hedged_versions(text: str) -> tuple[str, ...]:
    rest = _WILL.sub("", text, count=1).lstrip()
    lead = " " if text.startswith("'") else ""
    if rest.lower().startswith("be "):
        return (f"{lead}should {rest}", f"{lead}should {rest} (we'll keep you updated)")
    return (f"{lead}should {rest}", f"{lead}is expected to {rest}")


RULE = PhraseCheck(
    id="promises.unconditional-deadline",
    category="promises",
    description="Promises a deadline for an outcome someone else controls.",
    message="This deadline depends on others (couriers, engineers, banks). Say what you expect, or promise only your next update.",
    practice="Be true to your word: promise what you control.",
    package=__package__,
    data="unconditional_deadline.txt",
    skip_negated=True,
    skip_hedged=True,
    skip_conditional=True,
    rewrite=_hedged_versions,
    flags=examples(
        "Your parcel ⟦will be delivered tonight⟧.",
        "The engineer says it ⟦will be fixed within the hour⟧.",
        "The refund ⟦will be in your account tomorrow⟧.",
        "It⟦'ll arrive by Friday⟧.",
    ),
    passes=examples(
        "Your parcel should be delivered tonight.",
        "I'll update you by 5 pm.",
        "Refunds usually reach your account within 3 to 5 days.",
        "We aim to have it fixed within the hour.",
        "If the courier collects it today, it will arrive tomorrow.",
    ),
)
