"""A question or request in the customer's newest message that the draft leaves unanswered.

Practice: answer every question. Customers notice a skipped question more than any other flaw,
and it costs another round of email. Each suggestion is an insertion point where the answer
belongs: after the answer to the question asked before it, else after the greeting, and always
before the sign-off.
"""

from __future__ import annotations

from ...document import Document
from ...text.layout import greeting_end, sign_off_start
from ..types import Check, Example, Match


def find(doc: Document):
    if not doc.draft.strip() or not doc.incoming_text:
        return
    if not any(v.answered is False for _, v in doc.questions):
        return
    # Each answer belongs after the answer to the question asked before it (the customer's order),
    # else after the greeting; never after the sign-off.
    latest = sign_off_start(doc.draft)
    at = greeting_end(doc.draft)
    waiting: dict[int, list[str]] = {}
    for question, found in doc.questions:
        if found.answered and found.answer_end is not None:
            at = max(at, found.answer_end)
        elif found.answered is False:
            waiting.setdefault(min(at, latest), []).append(f"\u201c{question.text.strip()}\u201d")
    for point, quoted in waiting.items():
        plural = "questions" if len(quoted) > 1 else "question"
        # Questions whose answers belong at the same place share one insertion point, so the overlay
        # never stacks two markers on one spot.
        yield Match(point, point, message=f"The reply doesn't answer the customer's {plural}: {'; '.join(quoted)}")


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
