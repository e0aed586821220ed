"""Commitments about all of the future ("this won't ever happen again", "it will always work").

Practice: be true to your word. Nobody can promise a fault will never recur; customers remember the
promise when it does. Say what was changed to prevent it instead.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="promises.never-again",
    category="promises",
    description="Promises that something will never (or always) happen.",
    message="A promise about all of the future is hard to keep. Say what you changed to prevent it.",
    practice="Be true to your word: make no promise you cannot keep.",
    package=__package__,
    data="never_again.txt",
    skip_hedged=True,
    flags=examples(
        "I've spoken to the courier and this ⟦won't ever happen again⟧.",
        "⟦This will never happen again⟧, I promise.",
        "⟦The app will always work⟧ offline now.",
    ),
    passes=examples(
        "We're working with the courier so that this is less likely to happen again.",
        "We've changed our packing process to stop this happening again.",
        "Hopefully this won't happen again, and we've added a check to catch it.",
    ),
)
