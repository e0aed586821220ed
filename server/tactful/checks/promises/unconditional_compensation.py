"""Compensation promised without condition ("we'll waive all fees for the year").

Practice: be true to your word. A refund or credit promised before it is approved, or with no
conditions, becomes a broken promise if billing says no; state the condition or that you've asked.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="promises.unconditional-compensation",
    category="promises",
    description="Promises compensation without a condition or approval.",
    message="Compensation promised without conditions may not be approved. State the condition, or say you've asked.",
    practice="Be true to your word: make no promise you cannot keep.",
    package=__package__,
    data="unconditional_compensation.txt",
    skip_negated=True,
    skip_hedged=True,
    skip_conditional=True,
    flags=examples(
        "To make up for it, ⟦we'll waive all fees for the year⟧.",
        "⟦We will refund you in full⟧ today.",
        "Your plan is now ⟦free for life⟧.",
    ),
    passes=examples(
        "If the item is returned within 30 days, we'll refund the full price.",
        "I've asked our billing team whether we can waive this month's fee.",
        "We can't waive the fees, but we can spread the payments.",
    ),
)
