"""Reminding the customer they were already told ("as I've already told you twice").

Practice: educate without talking down. A customer who asks again did not take in the first
answer; pointing that out makes them feel slow. Restate the answer, perhaps more clearly.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.repeated-reminder",
    category="condescension",
    description="Reminds the customer that they were already told something.",
    message="Reminding the customer they were already told can read as impatience. Restate the answer instead.",
    practice="Educate without talking down.",
    package=__package__,
    data="repeated_reminder.txt",
    skip_negated=True,
    flags=examples(
        "⟦As I've already told you twice, ⟧the refund takes five days.",
        "⟦As stated in my previous message, ⟧the warranty covers one year.",
        "The studio is closed on Sundays, ⟦like I said⟧.",
        "⟦As per my last email, ⟧we need the receipt.",
        "⟦For the third time, ⟧the code goes in the box at checkout.",
    ),
    passes=examples(
        "As we discussed on the phone, the refund takes five days.",
        "Sorry if my last message wasn't clear: the refund takes five days.",
        "As I mentioned, I'm happy to help with anything else.",
        'You said "as I\'ve already told you" to our agent, and I\'m sorry that happened.',
    ),
)
