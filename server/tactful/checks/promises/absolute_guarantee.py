"""Absolute guarantees ("we guarantee", "you have my word").

Practice: be true to your word; make no promise you cannot keep. A guarantee turns any later
slip into a broken promise; say what you will do and what you expect instead.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="promises.absolute-guarantee",
    category="promises",
    description="Makes an absolute guarantee the writer may not be able to keep.",
    message="An absolute guarantee becomes a broken promise if anything slips. Say what you will do instead.",
    practice="Be true to your word: make no promise you cannot keep.",
    package=__package__,
    data="absolute_guarantee.txt",
    skip_negated=True,
    skip_hedged=True,
    flags=examples(
        "⟦We guarantee⟧ your new card arrives before the trip.",
        "⟦You have my word⟧ it'll be fixed tonight.",
        "⟦Delivery is guaranteed⟧ by Friday.",
        "⟦I can assure you that ⟧this will be sorted.",
    ),
    passes=examples(
        "I can't promise it will arrive before Friday, but I've asked for express shipping.",
        "We cannot guarantee a delivery date over the holidays.",
        "Your order is covered by our two-year guarantee.",
        "I promise to update you by 5 pm.",
    ),
)
