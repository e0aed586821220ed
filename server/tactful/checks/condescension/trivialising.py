"""Signalling that the answer is trivial or the customer slow ("it's quite simple really").

Practice: educate without talking down. What is simple to the agent was not simple to the customer
who wrote in; calling it simple tells them they should not have needed to ask.
"""

from ..types import PhraseCheck, examples

RULE = PhraseCheck(
    id="condescension.trivialising",
    category="condescension",
    description="Signals that the answer is obvious or the customer slow.",
    message="Calling it simple or obvious implies the customer should not have needed to ask.",
    practice="Educate without talking down.",
    package=__package__,
    data="trivialising.txt",
    skip_negated=True,
    flags=examples(
        "To reset the router, ⟦it's quite simple really⟧: hold the button for ten seconds.",
        "⟦I'm not sure how much clearer I can be⟧: the sale ended on Monday.",
        "⟦Even a beginner could⟧ set this up in five minutes.",
        "The size chart ⟦is clearly stated⟧ on the product page.",
        "⟦It's not rocket science⟧, you just plug it in.",
    ),
    passes=examples(
        "I know this can be confusing, so here are the steps.",
        "It isn't obvious where that setting lives, so here is a screenshot.",
        "It's really easy for us to change the delivery address for you.",
        "The setup is quick: hold the button for ten seconds.",
    ),
)
