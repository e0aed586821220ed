"""The customer's newest message, told apart from quoted history and the signature.

mail-parser-reply splits a webmail thread into replies (Gmail's "On … wrote:", Outlook's
"From:/Sent:" headers, "> " quoting, forwarded blocks) and each reply into body and signature;
it was measured best of the maintained libraries for this (see the dependencies notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mailparser_reply.parser import EmailMessage

_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you)|best|cheers|"
    r"thanks(?: again| so much| a lot)?|thank you(?: so much| very much)?|thx|ta|sincerely|"
    r"yours(?: sincerely| truly| faithfully)?|all the best|take care|respectfully|cordially|"
    r"talk soon|speak soon|rgds|br)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
_DEVICE_LINE = re.compile(r"^\s*(?:sent from|get outlook|--\s*$)", re.IGNORECASE)
# Where quoted history or a forwarded message starts. Cutting there first leaves mail-parser-reply
# only the newest message and its signature (a 4 KB thread parses in 0.5 ms instead of 3.5 ms);
# it still finds the boundaries this misses.
_HISTORY = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|original message)[ \t]*-{2,}|begin forwarded message:"
    r"|on [^\n]{4,200}?(?:\n[^\n]{1,120}?)?wrote:[ \t]*$|>|from:[ \t]*[^\n]+\n[ \t]*(?:sent|date):|_{8,}[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?$")
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
_NOT_NAMES = {
    "thanks", "regards", "cheers", "best", "hello", "hi", "sent", "support", "team", "customer",
    "sincerely", "iphone", "android", "outlook", "thank", "you", "the", "and", "of", "a",
}
# Words that make a signature line a company, a role or an address rather than a person.
_NOT_PERSON = {
    "ltd", "limited", "inc", "llc", "plc", "co", "gmbh", "studio", "studios", "design", "services",
    "accountants", "group", "solutions", "store", "shop", "lettings", "agency", "office", "manager",
    "director", "head", "flat", "apartment", "street", "road", "avenue", "house", "department",
    "clinic", "dental", "hotel", "restaurant", "cafe", "bakery", "school", "university", "college",
    "consulting", "partners", "associates", "holdings", "international", "company", "corp",
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
    history = _HISTORY.search(text)
    newest_part = text[: history.start()] if history else text
    # keep_hyphen_lists: questions listed as "- how many staff would you send?" are the message, not a
    # signature (the library's default takes any line starting "- " for one)
    replies = EmailMessage(text=newest_part, languages=["en"], keep_hyphen_lists=True).read().replies if newest_part.strip() else []
    if not replies:
        return Incoming(text, newest_part, 0, "", ())
    newest = replies[0]
    body = newest.body or ""
    start = text.find(body) if body else -1
    if start < 0:
        body, start = _fallback_body(text, newest.content or "")
    body, signature = _words_out_of_signature(text, start, body, newest.signatures or "")
    if not signature:
        body, signature = _signature_after_sign_off(body)
    return Incoming(text, body, start, signature, signer_name(signature) or signer_name(body, trailing_only=True))


def _signature_after_sign_off(body: str) -> tuple[str, str]:
    """A signature the library left in the body: a sign-off, a name, and a few short lines to the end
    ("Cheers, / Paul Hendry / Hendry Bathrooms / Need a new bathroom? Call Paul!"). Lines after the
    sign-off that are not a name first stay in the body ("Thanks, / Can you also send the invoice?")."""
    lines = body.splitlines(keepends=True)
    at = 0
    for index, line in enumerate(lines):
        if _SIGN_OFF.match(line):
            rest = [following.strip() for following in lines[index + 1 :] if following.strip()]
            if 2 <= len(rest) <= 5 and _name_words(rest[0]) and all(len(following) <= 80 and not _POSTSCRIPT.match(following) for following in rest):
                return body[:at].rstrip(), body[at:].strip()
        at += len(line)
    return body, ""


# The customer's words that mail-parser-reply files under the signature:
# - "Thanks, the card arrived. How do I set the PIN?": a first line that goes on past "Thanks," and asks
#   something (only the first line: "Questions? Call us" further down is a signature slogan);
# - a postscript after the name ("P.S. Can I rebook for January?"): the message then runs to its end,
#   the sign-off between staying in it, and the signature keeps what came before the P.S.
_ASKING_SIGN_OFF = re.compile(r"^\s*(?:thanks|thank you|many thanks|cheers)\b[,!.]?[ \t]+\S[^\n]*\?", re.IGNORECASE)
_DELIMITER = re.compile(r"^[ \t]*--[ \t]*$", re.MULTILINE)
_POSTSCRIPT = re.compile(r"^[ \t]*p\.?[ \t]?s\b[.:]?", re.IGNORECASE | re.MULTILINE)


def _words_out_of_signature(text: str, start: int, body: str, signature: str) -> tuple[str, str]:
    at = text.find(signature, start + len(body)) if signature else -1
    if at < 0:
        return body, signature
    postscript = _POSTSCRIPT.search(signature)
    if postscript:
        # the postscript runs to the "-- " signature delimiter after it, if there is one
        delimiter = _DELIMITER.search(signature, postscript.end())
        end = delimiter.start() if delimiter else len(signature)
        return text[start : at + len(signature[:end].rstrip())], signature[: postscript.start()].rstrip()
    line = _ASKING_SIGN_OFF.match(signature)
    if not line:
        return body, signature
    end = signature.find("\n", line.end())
    end = len(signature) if end < 0 else end
    return text[start : at + end], signature[end:].lstrip("\n")


def _fallback_body(text: str, content: str) -> tuple[str, int]:
    start = text.find(content) if content else -1
    return (content, start) if start >= 0 else (text, 0)


def signer_name(block: str, *, trailing_only: bool = False) -> tuple[str, ...]:
    """The name in a sign-off: the first name-like line after "Thanks,", else the first name-like
    line among the short lines closing the block ("Neil Harper / Harper Design Studio")."""
    lines = [line.strip() for line in block.splitlines() if line.strip() and not _DEVICE_LINE.match(line)]
    for index, line in enumerate(lines):
        if _SIGN_OFF.match(line):
            for following in lines[index + 1 : index + 4]:
                if name := _name_words(following):
                    return name
        inline = re.match(r"^(?:thanks|regards|cheers|best|thank you|many thanks),?\s+(.+)$", line, re.IGNORECASE)
        if inline and index >= len(lines) - 2 and (name := _name_words(inline.group(1))):
            return name
    tail: list[str] = []
    for line in reversed(lines):
        if len(line.split()) > 6 or (line[-1] in ".?!" and len(line.split()) > 2):
            break
        tail.append(line)
    if trailing_only and len(tail) == len(lines):
        return ()  # nothing but short lines: no body above a signature
    for line in reversed(tail[-4:] if len(tail) > 4 else tail):
        if name := _name_words(line):
            return name
    return ()


def _name_words(line: str) -> tuple[str, ...]:
    line = re.split(r"\s*(?:\(|\||,|\s[-–—]\s|<)", line.strip(), maxsplit=1)[0]  # "Hannah (Office Manager)"
    line = re.sub(r"^[-–—~]\s*|\s+x+$", "", line.strip(), flags=re.IGNORECASE)  # "- Jane", "Jess x"
    words = line.split()
    if not 1 <= len(words) <= 4:
        return ()
    if all(w.islower() for w in words) and len(words) <= 2:
        words = [w.capitalize() for w in words]
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
        return ()
    words = [w.strip(".") for w in words if w.lower().strip(".") not in _TITLES]
    lowered = {w.lower() for w in words}
    if not words or lowered & _NOT_NAMES or lowered & _NOT_PERSON:
        return ()
    return tuple(words)
