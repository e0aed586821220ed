"""Customers' details out of the model call: card numbers, e-mail addresses, phone numbers and IBANs
become placeholders such as ``[CARD-1]`` before anything is sent, and come back in the results.

Masking here errs on the side of hiding: any Luhn-valid 13-19 digit run is a card (the privacy
rule is stricter because it must not nag about order numbers; this must never leak one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checks.privacy.card_number import luhn_valid

_PATTERNS = (
    ("EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")),
    ("CARD", re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")),
    # Seven or more digits, optionally after +, with the separators phone numbers are written with.
    ("PHONE", re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\d \-.()/]{5,18})\d(?!\d)")),
)
_MAYBE_DETAIL = re.compile(r"[\d@]")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
PLACEHOLDER = re.compile(rf"\[(?:{'|'.join(kind for kind, _ in _PATTERNS)})-\d+\]")


class Masker:
    """Replaces details consistently across texts: the same value gets the same placeholder."""

    def __init__(self) -> None:
        self.placeholders: dict[str, str] = {}  # placeholder -> original
        self._by_value: dict[str, str] = {}

    @classmethod
    def starting_with(cls, text: str) -> tuple[Masker, str]:
        """A masker that has masked ``text`` first, and the masked text (cached: the customer's
        message is masked once however many times the agent's draft changes)."""
        masked, pairs = _masked_alone(text)
        masker = cls()
        for placeholder, value in pairs:
            masker.placeholders[placeholder] = value
            masker._by_value[value] = placeholder
        return masker, masked

    def mask(self, text: str) -> str:
        if not _MAYBE_DETAIL.search(text):  # most questions hold no digit and no '@'
            return text
        for kind, pattern in _PATTERNS:
            text = pattern.sub(lambda found, kind=kind: self._replace(kind, found.group()), text)
        return text

    def unmask(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda found: self.placeholders.get(found.group(), found.group()), text)

    def _replace(self, kind: str, value: str) -> str:
        if not _is_detail(kind, value):
            return value
        if value not in self._by_value:
            placeholder = f"[{kind}-{sum(p.startswith(f'[{kind}-') for p in self.placeholders) + 1}]"
            self._by_value[value] = placeholder
            self.placeholders[placeholder] = value
        return self._by_value[value]


@lru_cache(maxsize=64)
def _masked_alone(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    masker = Masker()
    masked = masker.mask(text)
    return masked, tuple(masker.placeholders.items())


def _is_detail(kind: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if kind == "CARD":
        return 13 <= len(digits) <= 19 and luhn_valid(digits)
    if kind == "PHONE":
        return 7 <= len(digits) <= 15 and not _DATE.fullmatch(value.strip())
    return True
