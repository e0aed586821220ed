"""A question or request in the customer's newest message that the draft leaves unanswered.

Practice: answer every question. Customers notice a skipped question more than any other flaw,
and it costs another round of email. The suggestion is an insertion point where the answer
belongs: after the last answer given, else after the greeting, and always before the sign-off.
"""

from __future__ import annotations

from ...document import Document
from ...text.layout import greeting_end, sign_off_start
from ..types import Check, Example, Match


def find(doc: Document):
    if not doc.draft.strip() or not doc.incoming_text:
        return
    unanswered = [q for q, v in doc.questions if v.answered is False]
    if not unanswered:
        return
    answer_ends = [v.answer_end for _, v in doc.questions if v.answered and v.answer_end is not None]
    at = max(answer_ends) if answer_ends else greeting_end(doc.draft)
    at = min(at, sign_off_start(doc.draft))
    quoted = "; ".join(f"\u201c{q.text.strip()}\u201d" for q in unanswered)
    plural = "questions" if len(unanswered) > 1 else "question"
    # One insertion point holds every unanswered question: the contract allows one suggestion
    # per category and span.
    yield Match(at, at, message=f"The reply doesn't answer the customer's {plural}: {quoted}")


RULE = Check(
    id="questions.unanswered",
    category="questions",
    description="A question or request in the customer's newest message is left unanswered.",
    message="The reply leaves a customer's question unanswered.",
    practice="Answer every question.",
    find=find,
    flags=(
        Example(
            "Hi Sam,\n\n⟦⟧The walnut desk is one of our favourites, solid and beautifully finished.\n\nBest,\nTom",
            "Can the walnut desk be delivered before Christmas?\n\nThanks,\nSam",
        ),
        Example(
            "Hi Ana,\n\nYes, we're open on Sundays from 10 am.⟦⟧\n\nBest,\nTom",
            "Is the studio open on Sundays and do I need to book?\n\nAna",
        ),
        Example("Hello,\n\n⟦⟧Thanks for your message!\n\nTom", "Please send the invoice again.\n\nLee"),
    ),
    passes=(
        Example(
            "Hi Sam,\n\nYes, the walnut desk can be delivered on 18 December.\n\nBest,\nTom",
            "Can the walnut desk be delivered before Christmas?\n\nThanks,\nSam",
        ),
        Example(
            "Hi Ana,\n\nYes, we're open on Sundays from 10 am, and you don't need to book.\n\nBest,\nTom",
            "Is the studio open on Sundays and do I need to book?\n\nAna",
        ),
        Example("Hello,\n\nI've attached the invoice again.\n\nTom", "Please send the invoice again.\n\nLee"),
        Example(
            "Hi Ana,\n\nThanks for the update!\n\nTom",
            "All sorted now, thanks.\n\nOn Mon, 1 Dec 2026 at 09:00, Tom <tom@studio.example> wrote:\n> Is the studio open on Sundays?",
        ),
    ),
)
