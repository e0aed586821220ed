"""The offline English dictionary: symspellpy's bundled frequency list (82,834 words).

Membership is a set lookup (loaded in about 0.1 s). Corrections need SymSpell's delete index,
which takes a few seconds to build, so it is built once per process on first need (or at
start-up by ``tactful serve``) and shared by every request.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources

from breame.spelling import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS
from symspellpy import SymSpell, Verbosity

_FILE = "frequency_dictionary_en_82_765.txt"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word of the frequency list, plus both spellings of each British/American pair (the
    list misses many of one side: "canceled", "aeroplane"); the locale rule decides between them."""
    words = set(_frequencies())
    words.update(BRITISH_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS.values())
    words.update(AMERICAN_ENGLISH_SPELLINGS, AMERICAN_ENGLISH_SPELLINGS.values())
    return frozenset(words)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    text = resources.files("symspellpy").joinpath(_FILE).read_text(encoding="utf-8")
    return {word: int(count) for word, count in (line.split(" ", 1) for line in text.splitlines() if line)}


def frequency(word: str) -> int:
    """How often the word occurs in the frequency list's corpus (0 when absent)."""
    return _frequencies().get(word.lower(), 0)


@lru_cache(maxsize=1)
def _speller() -> SymSpell:
    with _lock:
        speller = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        speller.load_dictionary(str(resources.files("symspellpy").joinpath(_FILE)), 0, 1)
        return speller


@lru_cache(maxsize=4096)
def corrections(word: str, limit: int = 3, max_distance: int = 2) -> tuple[str, ...]:
    found = _speller().lookup(word.lower(), Verbosity.CLOSEST, max_edit_distance=max_distance)
    return tuple(same_case(word, item.term) for item in found[:limit])


def same_case(original: str, term: str) -> str:
    """``term`` written in the case of ``original`` ("Recieve" -> "Receive", "COLOUR" -> "COLOR")."""
    if original.isupper() and len(original) > 1:
        return term.upper()
    if original[:1].isupper():
        return term[:1].upper() + term[1:]
    return term
