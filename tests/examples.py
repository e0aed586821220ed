"""Runs a rule's own examples: ⟦marks⟧ in a flag example give the span the rule must flag."""

from tactful.checks.types import Check, Example
from tactful.document import Context, Document
from tactful.review import run_checks

OPEN, CLOSE = "⟦", "⟧"


def unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans, plain, start = [], [], None
    for ch in text:
        if ch == OPEN:
            start = len(plain)
        elif ch == CLOSE:
            spans.append((start, len(plain)))
        else:
            plain.append(ch)
    return "".join(plain), spans


def flagged_spans(rule: Check, example: Example) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    draft, expected = unmark(example.draft)
    context = Context(locale=example.locale, timezone=example.timezone, recipient_timezone=example.recipient_timezone, now=example.now)
    doc = Document(draft, example.incoming, context)
    found = [(s.match.start, s.match.end) for s in run_checks(doc, [rule])]
    return draft, expected, found
