"""Full payment card numbers in the draft.

Practice: keep customers' details private. Email is not a secure channel (PCI DSS forbids sending
full card numbers by end-user messaging); refer to a card by its last four digits.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples

_CANDIDATE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
# Issuer prefixes (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro): an order
# number that happens to pass Luhn rarely starts like a card.
_ISSUER = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|5[06789])")


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def find(doc: Document):
    for found in _CANDIDATE.finditer(doc.draft):
        digits = re.sub(r"\D", "", found.group())
        if 13 <= len(digits) <= 19 and _ISSUER.match(digits) and luhn_valid(digits):
            last4 = digits[-4:]
            yield Match(found.start(), found.end(), replacements=(f"ending in {last4}", f"•••• {last4}"))


RULE = Check(
    id="privacy.card-number",
    category="privacy",
    description="A full payment card number is written in the draft.",
    message="Never send a full card number by email. Refer to the card by its last four digits.",
    practice="Keep customers' details private.",
    severity="error",
    find=find,
    flags=examples(
        "We charged the card ⟦4111 1111 1111 1111⟧ today.",
        "Card: ⟦5555-5555-5555-4444⟧",
        "Amex ⟦378282246310005⟧ was declined.",
    ),
    passes=examples(
        "We charged the card ending in 1111 today.",
        "Your order number is 4111 1111 1111 1112.",
        "Call us on +44 20 7946 0958 or quote reference 1234567890123.",
    ),
)
