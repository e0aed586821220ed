"""Which of the grammar's atoms can match a line, worked out once per line instead of once per atom.

An atom of ``grammar.ATOMS`` runs when all its gates open. A gate opens on a digit (``DIGIT``), always
(``()``), or on one of its strings (a digit stands for any digit):
a string of lower-case letters must begin a word of the lowered line ("mon" opens on "Monday" and
"month", not on "common"), an upper-case one must be a whole upper-case word as written ("EST", not
"TEST"), and any other ("on ", " of ", "new year") may occur anywhere in the lowered line. Each
atom's regex starts its gate word at a word start, so a word-start gate runs the same matches as a
substring one on far fewer lines (``benchmarks/datetime_gates.py`` checks this on the corpora).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import ATOMS

__all__ = ["open_atoms"]

# Each gate of each atom is one bit of a mask; an atom runs when the line's mask holds all its gates' bits.
_GATES: list[tuple[str, ...] | None] = [gate for _kind, _pattern, gates in ATOMS.values() for gate in gates]
_ATOM_BITS: list[int] = []
_PREFIXES: dict[str, int] = {}
_UPPER: dict[str, int] = {}
_ANYWHERE: dict[str, int] = {}
_DIGIT_MASK = _ALWAYS_MASK = 0
for _bit, _gate in enumerate(_GATES):
    if _gate is None:
        _DIGIT_MASK |= 1 << _bit
    elif not _gate:
        _ALWAYS_MASK |= 1 << _bit
    for _need in _gate or ():
        if len(_need) == 1 and _need.isdigit():
            _DIGIT_MASK |= 1 << _bit
            continue
        _table = _PREFIXES if re.fullmatch("[a-z]+", _need) else _UPPER if re.fullmatch("[A-Z]+", _need) else _ANYWHERE
        _table[_need] = _table.get(_need, 0) | 1 << _bit
_FIRST_GATES = 0
_first = 0
for _kind, _pattern, _gates in ATOMS.values():
    _ATOM_BITS.append(((1 << len(_gates)) - 1) << _first)
    _FIRST_GATES |= 1 << _first
    _first += len(_gates)
_LONGEST = max(map(len, _PREFIXES))
_ANYWHERE_ITEMS = tuple(_ANYWHERE.items())
_LOWER_WORD = re.compile("[a-z]+")
_UPPER_WORD = re.compile("[A-Z]+")
_ASCII_DIGIT = re.compile("[0-9]")
# Letters that a case-insensitive regex matches as an ASCII letter though ``str.lower`` keeps them apart
# ("ſ" is "s", the Kelvin sign "k"): a line with one is gated as the regexes were first, by each atom's
# first gate's strings anywhere in the line.
_FOLDED = frozenset("İıſK")


@lru_cache(maxsize=1 << 16)
def _word_mask(word: str) -> int:
    mask = 0
    for size in range(1, min(len(word), _LONGEST) + 1):
        mask |= _PREFIXES.get(word[:size], 0)
    return mask


@lru_cache(maxsize=1 << 12)
def _atoms(mask: int) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((name, kind, pattern) for bits, (name, (kind, pattern, _)) in zip(_ATOM_BITS, ATOMS.items(), strict=True)
                 if mask & bits == bits)


def open_atoms(line: str, lower: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """``(name, kind, pattern)`` of every atom whose gate ``line`` (lowered: ``lower``) opens, in grammar order."""
    if not line.isascii():
        if not _FOLDED.isdisjoint(line):
            return _atoms(_substring_mask(line, lower))
        digit = any(c.isdigit() for c in line)
    else:
        digit = _ASCII_DIGIT.search(line) is not None
    mask = _ALWAYS_MASK | (_DIGIT_MASK if digit else 0)
    for word in set(_LOWER_WORD.findall(lower)):
        mask |= _word_mask(word)
    for word in _UPPER_WORD.findall(line):
        mask |= _UPPER.get(word, 0)
    for need, bits in _ANYWHERE_ITEMS:
        if bits & ~mask and need in lower:
            mask |= bits
    return _atoms(mask)


def _substring_mask(line: str, lower: str) -> int:
    mask = ~_FIRST_GATES
    for bit, gate in enumerate(_GATES):
        if not _FIRST_GATES >> bit & 1:
            continue
        if gate is None:
            opened = any(c.isdigit() for c in line)
        else:
            opened = not gate or any(n.lower() in lower for n in gate)
        mask |= opened << bit
    return mask
