"""The customer's newest message, told apart from quoted history and the signature.

mail-parser-reply splits a webmail thread into replies (Gmail's "On … wrote:", Outlook's
"From:/Sent:" headers, "> " quoting, forwarded blocks) and each reply into body and signature;
it was measured best of the maintained libraries for this (see the dependencies notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mailparser_reply import EmailReplyParser

_PARSER = EmailReplyParser(languages=["en"])

_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you)|best|cheers|"
    r"thanks(?: again| so much| a lot)?|thank you(?: so much| very much)?|thx|ta|sincerely|"
    r"yours(?: sincerely| truly| faithfully)?|all the best|take care|respectfully|cordially|"
    r"talk soon|speak soon|rgds|br)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
_DEVICE_LINE = re.compile(r"^\s*(?:sent from|get outlook|--\s*$)", re.IGNORECASE)
_NAME_WORD = r"[A-Z][a-zA-Z'’\-]+\.?|[A-Z]\."
_NAME_LINE = re.compile(
    rf"^\s*(?:[-–—~]\s*)?((?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}})\s*[,.]?\s*$"
)
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
_NOT_NAMES = {
    "thanks", "regards", "cheers", "best", "hello", "hi", "sent", "support", "team", "customer",
    "sincerely", "iphone", "android", "outlook", "thank", "you",
}


@dataclass(frozen=True)
class Incoming:
    text: str
    newest: str
    """The newest message's body: no quoted history, no signature."""
    newest_start: int
    """Code-point offset of ``newest`` inside ``text``."""
    signature: str
    signer: tuple[str, ...]
    """Words of the name the customer signed with ("Maria", "Lopez"), empty when unsigned."""


@lru_cache(maxsize=64)
def parse_incoming(text: str) -> Incoming:
    replies = _PARSER.read(text=text).replies if text.strip() else []
    if not replies:
        return Incoming(text, text, 0, "", ())
    newest = replies[0]
    body = newest.body or ""
    start = text.find(body) if body else -1
    if start < 0:
        body, start = _fallback_body(text, newest.content or "")
    signature = newest.signatures or ""
    return Incoming(text, body, start, signature, signer_name(signature) or signer_name(body))


def _fallback_body(text: str, content: str) -> tuple[str, int]:
    start = text.find(content) if content else -1
    return (content, start) if start >= 0 else (text, 0)


def signer_name(block: str) -> tuple[str, ...]:
    """The name in a sign-off block: the line after "Thanks," or a lone name closing the block."""
    lines = [line for line in block.splitlines() if line.strip() and not _DEVICE_LINE.match(line)]
    for index, line in enumerate(lines):
        if _SIGN_OFF.match(line) and index + 1 < len(lines):
            name = _name_words(lines[index + 1])
            if name:
                return name
        inline = re.match(r"^\s*(?:thanks|regards|cheers|best),?\s+(.+)$", line, re.IGNORECASE)
        if inline and _SIGN_OFF.match(line) is None and index == len(lines) - 1:
            name = _name_words(inline.group(1))
            if name:
                return name
    if len(lines) >= 2 or (lines and re.match(r"^\s*[-–—~]", lines[-1])):
        return _name_words(lines[-1])
    return ()


def _name_words(line: str) -> tuple[str, ...]:
    line = re.split(r"\s*(?:\(|\||,|\s[-–—]\s)", line.strip(), maxsplit=1)[0]  # "Hannah (Office Manager)"
    match = _NAME_LINE.match(line.strip().title() if line.strip().islower() else line)
    if not match:
        return ()
    words = [w.strip(".,") for w in match.group(1).split()]
    words = [w for w in words if w.lower().strip(".") not in _TITLES]
    if not words or any(w.lower() in _NOT_NAMES for w in words):
        return ()
    return tuple(words)
