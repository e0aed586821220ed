"""Misspelled words, checked against an offline dictionary that ships in a package.

Practice: be accurate. Typos in a reply make the business look careless. Names, brands, product
codes, URLs and e-mail addresses are skipped; words the customer used are accepted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import WORD, Document
from ...text.layout import sign_off
from ..types import Check, Example, Match, examples, load_words
from . import _dictionary

_ACCEPTED = load_words(__package__, "accepted_words.txt") | load_words(__package__, "contractions.txt")
# Chunks that are URLs, e-mail addresses, handles, hashtags, domains, or hold a digit or an
# underscore (order and product codes: "AB-12X"): none of their words is prose.
_NOT_PROSE = re.compile(r"://|^www\.|@|^#|[\d_]|\w\.(?:com|org|net|io|co|uk|de|app)\b", re.IGNORECASE)
_SUFFIXES = ("'s", "'d", "'ll", "'re", "'ve", "'m", "n't")


def _is_prose(draft: str, start: int, end: int) -> bool:
    """False inside URLs, addresses, handles and codes: the whitespace-delimited chunk is checked."""
    chunk_start = max(draft.rfind(" ", 0, start), draft.rfind("\n", 0, start), draft.rfind("\t", 0, start)) + 1
    ends = [i for i in (draft.find(" ", end), draft.find("\n", end), draft.find("\t", end)) if i >= 0]
    return not _NOT_PROSE.search(draft, chunk_start, min(ends, default=len(draft)))


@lru_cache(maxsize=64)
def _customer_words(incoming: str) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in WORD.findall(incoming))


def _sentence_start(draft: str, start: int) -> bool:
    before = draft[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


@lru_cache(maxsize=65536)  # while the user types, the same words come back every review
def is_known(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    known = _dictionary.known_words()
    return _listed(lower, known) or any(
        lower.endswith(suffix) and _listed(lower[: -len(suffix)], known) for suffix in _SUFFIXES
    )


def _listed(word: str, known: frozenset[str]) -> bool:
    """In the dictionary or the accepted list, or a plural the frequency list lacks ("timeframes").

    Other endings, prefixes and compounds were measured too: each let real typos through
    (recall on the dev sets fell from 0.98 to 0.83-0.90)."""
    if word in known or word in _ACCEPTED:
        return True
    stem = word[:-1]
    return word.endswith("s") and len(stem) >= 4 and (stem in known or stem in _ACCEPTED)


def _body_end(draft: str) -> int:
    """Past the sign-off line: names and team names below it are not prose."""
    found = sign_off(draft)
    return found.end() if found else len(draft)


def find(doc: Document):
    unknown = {word for word in doc.vocabulary if not is_known(word)}
    if not unknown:
        return
    body_end = _body_end(doc.draft)
    places = sorted(span for word in unknown for span in doc.occurrences(word))
    for start, end in places:
        word = doc.draft[start:end]
        if end > body_end or not _is_prose(doc.draft, start, end):
            continue
        if len(word) < 3 or (word.isupper() and len(word) > 1) or not word.isascii() or is_known(word):
            continue  # accented words are names and loanwords ("fiancée", "Siobhán") the list lacks
        if word.lower().replace("’", "'") in _customer_words(doc.incoming_text):
            continue
        capitalised = word[0].isupper()
        if capitalised and not _sentence_start(doc.draft, start):
            continue  # a name or a brand
        if any(ch.isupper() for ch in word[1:]):
            continue  # camelCase product names: iPhone, PayPal
        suggestions = _dictionary.corrections(word, max_distance=1 if capitalised else 2)
        if capitalised and not suggestions:
            continue  # an unknown name opening a sentence ("Nkechi packed it"), unless one letter off a word
        yield Match(start, end, message=f"“{word}” may be misspelled.", replacements=suggestions)


RULE = Check(
    id="spelling.misspelled-word",
    category="spelling",
    description="A word is not in the dictionary and is not a name, code or address.",
    message="This word may be misspelled.",
    practice="Be accurate: no typos.",
    find=find,
    flags=examples(
        "You will ⟦recieve⟧ the parcel soon.",
        "I ⟦definately⟧ agree.",
        "⟦Unfortunatly⟧ it is out of stock.",
    ),
    passes=(
        Example("Thanks for ordering the Zorblax 3000 (code AB-12X), see https://shop.example.com/zorblax or write to help@shop.example.com."),
        Example("Hi Siobhan, your Kallax shelf is ready.", "Where is my Kallax shelf?\n\nSiobhan"),
        Example("We don't ship on Sundays, but we'll send it Monday."),
        Example("The courier's van is on the way; see the website's delivery page for timeframes."),
    ),
)
