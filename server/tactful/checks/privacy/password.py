"""Passwords written in the draft.

Practice: keep customers' details private. A password in an email stays in both mailboxes and
every backup; send a reset link instead.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples

_PASSWORD = re.compile(
    r"\b(?:(?:temporary|temp|new|initial|one-time|default|wifi|wi-fi|admin|account|login)\s+)?"
    r"(?:password|passcode|passphrase|pwd|pw|pass)\b"
    r"(?:\s+(?:is|was|will be|to|has been (?:reset |changed |set |updated )?to|(?:reset|changed|set|updated) to|is now|now is))?"
    r"(?:\s+(?:for|to|of)(?:\s+[\w-]+){1,2}\s*(?=:))?"  # "a new password for you: ..."
    r"\s*(?:[:=]|\bis\b)?\s*"
    r"(?P<quote>[\"'“‘`])?(?P<value>[^\s\"'”’`]{4,64})(?(quote)[\"'”’`])",
    re.IGNORECASE,
)
_NOT_VALUES = frozenset(
    "the your a an now below above attached in on sent reset changed not never required case-sensitive "
    "too incorrect wrong expired same still being set valid correct strong weak secure safe there here "
    "link page via using with for and or but that this which manager managers protected field box "
    "again yet".split()
)


def looks_like_secret(value: str, quoted: bool) -> bool:
    bare = value.rstrip(".,;:)")
    if len(bare) < 4 or bare.rstrip("?!").lower() in _NOT_VALUES or bare.startswith("-"):
        return False
    if quoted:
        return True
    has_digit_or_symbol = any(not ch.isalpha() for ch in bare)
    mixed_case = any(ch.isupper() for ch in bare[1:]) and any(ch.islower() for ch in bare)
    return has_digit_or_symbol or mixed_case


_VALUE_FIRST = re.compile(
    r"(?P<quote>[\"'“‘`])?(?P<value>[^\s\"'”’`]{4,64})(?(quote)[\"'”’`])\s+(?:as|is) (?:your|the) (?:new |temporary |temp |initial |one-time )?(?:password|passcode|passphrase)\b",
    re.IGNORECASE,
)


_GATE = ("pass", "pwd", "pw")


def find(doc: Document):
    lowered = doc.norm.lower()
    if not any(word in lowered for word in _GATE):
        return
    for found in _VALUE_FIRST.finditer(doc.draft):
        if looks_like_secret(found.group("value"), found.group("quote") is not None):
            yield Match(found.start("value"), found.end("value"))
    for found in _PASSWORD.finditer(doc.draft):
        value = found.group("value")
        if looks_like_secret(value, found.group("quote") is not None):
            start = found.start("value")
            yield Match(start, start + len(value.rstrip(".,;:)")))


RULE = Check(
    id="privacy.password",
    category="privacy",
    description="A password is written in the draft.",
    message="Never send a password by email. Send a reset link, or share it through a secure channel.",
    practice="Keep customers' details private.",
    severity="error",
    find=find,
    flags=examples(
        "Your temporary password is ⟦Sunny2026!⟧ and you can change it later.",
        "Password: ⟦hX7#pq92⟧",
        "I've reset your password to \"⟦bluebird⟧\".",
        "Use ⟦Tmp#8841ab⟧ as your password this time.",
    ),
    passes=examples(
        "We will never ask for your password.",
        "You can reset your password using the link below.",
        "Your password is case-sensitive, so check caps lock.",
    ),
)
