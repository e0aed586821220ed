"""One-time and verification codes written in the draft.

Practice: keep customers' details private. A verification code read by anyone with access to the
mailbox lets them into the account; agents should never relay one.
"""

from __future__ import annotations

import re

from ...document import Document
from ..types import Check, Match, examples

_CUE = re.compile(
    r"\b(?:(?:verification|security|one[- ]time|login|log-in|sign[- ]in|2fa|mfa|two[- ](?:step|factor)|sms|authentication|auth|access|reset|backup|recovery|release|unlock|delivery|collection|door|gate|alarm|locker|key ?safe|lockbox|safe)"
    r"(?:\s+(?:verification|security|login))?\s+(?:code|number|pin|passcode|token|key)s?|otp|pin|passcode|cvv|cvc|cv2)\b",
    re.IGNORECASE,
)
# A code: digits (optionally grouped "318 664", "55 19 03") or letters and digits mixed ("K7Q-92X").
_VALUE = re.compile(
    r"(?<![\w-])(?:\d{2,4}(?:[ -]\d{2,4}){1,2}|(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,6}(?:-[A-Z0-9]{2,6}){0,2}|\d{3,8})(?![\w-])"
)
# Numbers that are durations, money, times or counts rather than codes.
_NOT_A_CODE = re.compile(r"^\s*(?:%|minutes?|mins?|hours?|hrs?|days?|seconds?|secs?|digits?|characters?|times|attempts|am|pm|gb|mb)\b", re.IGNORECASE)
# Numbers named as something else: "the number ending 0198", "order 4411", "room 12".
_NAMED_OTHERWISE = re.compile(
    r"(?:ending(?: in| with)?|last (?:four|4|two|2|three|3) (?:digits )?(?:of|are|is)?|order|ref(?:erence)?|invoice|ticket|case|"
    r"account|tracking|booking|room|flat|unit|extension|ext\.?|phone|call|line|number|no\.?|#)\s*:?\s*$",
    re.IGNORECASE,
)
_WINDOW = 90


_GATE = ("code", "pin", "otp", "cvv", "cvc", "cv2", "token", "key")


def find(doc: Document):
    lowered = doc.norm.lower()
    if not any(word in lowered for word in _GATE):
        return
    for cue in _CUE.finditer(doc.draft):
        stop = min(len(doc.draft), cue.end() + _WINDOW)
        for value in _VALUE.finditer(doc.draft, cue.end(), stop):
            before = doc.draft[max(0, value.start() - 30) : value.start()]
            if _NOT_A_CODE.match(doc.draft, value.end()) or before[-1:] in "$£€#" or _NAMED_OTHERWISE.search(before):
                continue
            yield Match(value.start(), value.end())
            break


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
        "Here's a one-time code instead: ⟦318 664⟧.",
        "Enter the one-time code ⟦K7Q-92X⟧ on the booking page.",
    ),
    passes=examples(
        "We've sent a verification code to your phone; please don't share it with anyone.",
        "The one-time code expires in 15 minutes and has 6 digits.",
        "Use discount code SAVE10 at checkout.",
        "Your confirmation number is 48291.",
    ),
)
