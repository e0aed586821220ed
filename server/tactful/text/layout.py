"""Where a reply's greeting ends and its sign-off starts: the body lies between them."""

from __future__ import annotations

import re

_GREETING_LINE = re.compile(
    r"\A\s*(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,60}|[A-Z][\w'’-]+,)[ \t]*\n\s*",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"\n[ \t]*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you)|best|cheers|sincerely|"
    r"yours[\w ]*|all the best|take care|talk soon|speak soon|thanks again|many thanks)[ \t]*[,.!]?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)


def greeting_end(draft: str) -> int:
    """Where the body starts: after the greeting line ("Hi Maria,"), else after leading space."""
    greeting = _GREETING_LINE.match(draft)
    return greeting.end() if greeting else len(draft) - len(draft.lstrip())


def sign_off(draft: str) -> re.Match[str] | None:
    """The last sign-off line ("Best regards,") with the newline before it, if the draft has one."""
    found = None
    for found in _SIGN_OFF.finditer(draft):
        pass
    return found


def sign_off_start(draft: str) -> int:
    """Where the body ends: the start of the sign-off line, else the end of the text."""
    found = sign_off(draft)
    return found.start() if found else len(draft.rstrip())
