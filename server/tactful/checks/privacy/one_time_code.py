"""One-time and verification codes written in the draft.

Practice: keep customers' details private. A verification code read by anyone with access to the
mailbox lets them into the account; agents should never relay one.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples

_CODE = re.compile(
    r"\b(?:verification|security|one[- ]time|login|log-in|sign[- ]in|2fa|mfa|otp|sms|authentication|auth|access|reset|pin|passcode)"
    r"(?:\s+(?:code|number|pin|passcode|token))?"
    r"(?:\s+(?:is|was|will be))?\s*[:=#-]?\s*"
    r"(?P<value>(?=[A-Z0-9]*\d)[A-Z0-9]{4,8}|\d{3}[ -]\d{3})\b",
    re.IGNORECASE,
)


def find(doc: Document):
    for found in _CODE.finditer(doc.draft):
        yield Match(found.start("value"), found.end("value"))


RULE = Check(
    id="privacy.one-time-code",
    category="privacy",
    description="A one-time or verification code is written in the draft.",
    message="Never pass on a verification code by email: anyone who reads it can use it.",
    practice="Keep customers' details private.",
    severity="error",
    find=find,
    flags=examples(
        "Your verification code is ⟦482913⟧.",
        "Use OTP ⟦7731⟧ to sign in.",
        "The PIN is ⟦0420⟧.",
    ),
    passes=examples(
        "We've sent a verification code to your phone; please don't share it with anyone.",
        "Use discount code SAVE10 at checkout.",
        "Your confirmation number is 48291.",
    ),
)
