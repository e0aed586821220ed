"""Greeting someone other than the person who signed the incoming message.

Practice: be accurate with names. Greeting "Hi John" in reply to Maria tells her the reply was
copied from someone else's ticket.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

from ...document import Document
from ..types import Check, Example, Match, load_words

_GREETING = re.compile(
    r"\A[^\w\n]*(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|evening|greetings|howdy)\b[ \t,]*(?:[^\w\s][ \t]*)*"
    r"(?:(?P<title>mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]+)?)"
    r"(?P<name>(?-i:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))(?=[ \t]*(?:[,!:.;\-–—]|\n|$|[^\w\s]))",
    re.IGNORECASE,
)
_LONE_NAME = re.compile(r"\A\s*(?P<title>)(?P<name>[A-Z][a-z'’-]+)[ \t]*,")
_NOT_NAMES = frozenset(
    "there all team everyone everybody folks friend friends guys sir madam customer again both you "
    "again, support there, y'all colleague colleagues".split()
)


def _nicknames() -> dict[str, set[str]]:
    pairs: dict[str, set[str]] = {}
    text = resources.files(__package__).joinpath("nicknames.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = line.split()
            pairs.setdefault(short, set()).add(full)
            pairs.setdefault(full, set()).add(short)
    return pairs


_NICKNAMES = _nicknames()
_OPENERS = load_words(__package__, "openers.txt")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def same_person(greeted: str, signer: tuple[str, ...]) -> bool:
    names = {_fold(word) for word in signer}
    for word in greeted.split():
        folded = _fold(word)
        if folded in names or names & _NICKNAMES.get(folded, set()):
            return True
        if any(len(folded) >= 2 and name.startswith(folded) for name in names):
            return True  # "Chris" for Christopher; "Priyanka" for Priya is another person
    return False


def find(doc: Document):
    signer = doc.incoming.signer
    if not signer:
        return
    greeting = _GREETING.match(doc.draft) or _LONE_NAME.match(doc.draft)
    if not greeting:
        return
    name = greeting.group("name")
    if greeting.re is _LONE_NAME and (name.lower() in _OPENERS or name.lower().endswith("ly")):
        return
    if _fold(name.split()[0]) in _NOT_NAMES or same_person(name, signer):
        return
    title = greeting.group("title")
    replacement = signer[-1] if title and len(signer) > 1 else signer[0]
    yield Match(
        greeting.start("name"),
        greeting.end("name"),
        message=f"The customer signed as “{' '.join(signer)}”, but the greeting says “{name}”.",
        replacements=(replacement,),
    )


RULE = Check(
    id="names.wrong-name",
    category="names",
    description="The greeting names someone other than the person who signed the incoming message.",
    message="The greeting names someone other than the customer.",
    practice="Be accurate: greet the customer by the name they signed with.",
    severity="error",
    find=find,
    flags=(
        Example("Hi ⟦John⟧,\n\nYour refund is on its way.", "Where is my refund?\n\nThanks,\nMaria Lopez"),
        Example("Dear Ms ⟦Smith⟧,\nthank you for writing.", "Please cancel my order.\n\nRegards,\nAnna Lopez"),
        Example("⟦Sarah⟧,\n\nThanks for the photos.", "Photos attached.\n\nCheers,\nEmma"),
        Example("👋 Hi 🙂 ⟦John⟧ 👋,\n\nYour refund is on its way.", "Where is my refund?\n\nThanks,\nMaria Lopez"),
    ),
    passes=(
        Example("Hi Maria,\n\nYour refund is on its way.", "Where is my refund?\n\nThanks,\nMaria Lopez"),
        Example("Dear Ms Lopez,\nthank you for writing.", "Please cancel my order.\n\nRegards,\nAnna Lopez"),
        Example("Hi Bob, thanks!", "Order 4411 please.\n\nBest,\nRobert Smith"),
        Example("Hi there,\nthanks for writing.", "Question about sizes.\n\nThanks,\nMaria"),
        Example("Hi John,\nthanks for writing.", "Question about sizes, no name here."),
    ),
)
