"""Patronising asides and forms of address ("you do realise…", "sorry, sweetie", "I'm sorry you feel that way").

Practice: educate without talking down. A pet name, a "let me explain this slowly" or a
non-apology ("sorry you feel that way") tells the customer they are being managed, not helped.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.patronising",
    category="condescension",
    description="Patronising asides, pet names and non-apologies.",
    message="This reads as patronising. Say it plainly and respectfully.",
    practice="Educate without talking down.",
    package=__package__,
    data="patronising.txt",
    skip_negated=True,
    flags=examples(
        "⟦You do realise that ⟧the sale ended on Monday?",
        "⟦I'm sorry you feel that way⟧, but the fee stands.",
        "⟦Let me explain this slowly⟧: the box goes back unopened.",
        "⟦Obviously, all you need to⟧ restart the router.",
        "⟦Thanks, sweetie⟧!",
    ),
    passes=examples(
        "I'm sorry you've had to wait so long for this.",
        "Let me explain how the fee works.",
        "All you need to do is restart the router, and I'll stay on the line.",
        "Dear Maria, thank you for writing.",
    ),
)
