"""Lecturing the customer on what they should have read ("you'd know this if you had checked the manual").

Practice: educate without talking down. Point to the answer and give it; do not grade the customer
on whether they found it themselves.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.lecturing",
    category="condescension",
    description="Lectures the customer about what they should have read or known.",
    message="This lectures the customer. Give the answer (and a link) without saying they should have found it.",
    practice="Educate without talking down.",
    package=__package__,
    data="lecturing.txt",
    skip_negated=True,
    flags=examples(
        "⟦You'd know this if you had checked the manual⟧.",
        "The code works ⟦if you had read the email properly⟧.",
        "⟦Please read the FAQ before contacting us⟧ about delivery times.",
        "⟦Next time, please make sure⟧ the lid is closed.",
        "⟦It's all in the terms and conditions⟧.",
    ),
    passes=examples(
        "You'll find the steps in the manual on page 4, and I've copied them below.",
        "Here is the link to the FAQ in case it helps later.",
        "The email may have gone to your spam folder, so here is the code again.",
    ),
)
