"""Downplaying the customer's problem ("it's only a minor inconvenience").

Practice: never downplay the customer's problem. The size of a problem is the customer's call;
calling it small tells them their frustration is not valid.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.downplaying",
    category="condescension",
    description="Plays down the size of the customer's problem.",
    message="This plays down the customer's problem. Acknowledge it instead.",
    practice="Never downplay the customer's problem.",
    package=__package__,
    data="downplaying.txt",
    skip_negated=True,
    flags=examples(
        "The delay is annoying, but ⟦it's only a minor inconvenience⟧.",
        "⟦This isn't really an issue⟧ since the parcel will still arrive.",
        "⟦It's only two days⟧ late.",
        "⟦Please calm down⟧; we are looking into it.",
        "The scratch is on the back, ⟦it's not a big deal⟧.",
    ),
    passes=examples(
        "It's no problem at all to change the size for you.",
        "It's not a big deal for us to resend it, so I've done that.",
        "I know this isn't a minor inconvenience when you rely on the car every day.",
        'You mentioned "it\'s only a minor inconvenience", but we still want to fix it.',
    ),
)
