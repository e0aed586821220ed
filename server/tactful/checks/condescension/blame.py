"""Blaming the customer ("you didn't follow the instructions", "this is user error").

Practice: take ownership. Even when the customer made a mistake, naming it as their fault makes
them defensive; describe what happened and how to fix it.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.blame",
    category="condescension",
    description="Blames the customer for the problem.",
    message="This blames the customer. Describe what happened and the fix, not whose fault it is.",
    practice="Take ownership; never blame the customer.",
    package=__package__,
    data="blame.txt",
    skip_negated=True,
    flags=examples(
        "The filter leaked because ⟦you didn't follow the instructions⟧.",
        "⟦This is entirely your fault⟧, so we can't refund it.",
        "⟦You must have entered⟧ the wrong address.",
        "⟦You should have read⟧ the terms.",
    ),
    passes=examples(
        "You didn't do anything wrong: the link had expired.",
        "It's not your fault at all; the label was printed wrongly.",
        "It looks like the address has a typo, so I've corrected it.",
    ),
)
