"""Turns a passage the model quoted back into a span of the draft.

Models copy text imperfectly: curly quotes become straight ones, line breaks become spaces. The
quote is looked for exactly first, then with whitespace runs, quote marks and dashes normalised on
both sides; a quote found neither way is dropped (and counted), never guessed.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def find_quote(draft: str, quote: str) -> tuple[int, int] | None:
    """Code-point span of ``quote`` in ``draft``, or None."""
    quote = quote.strip()
    if not quote:
        return None
    start = draft.find(quote)
    if start >= 0:
        return start, start + len(quote)
    folded, positions = _fold_with_positions(draft)
    wanted, _ = _fold_with_positions(quote)
    at = folded.find(wanted)
    if at < 0 or not wanted:
        return None
    return positions[at], positions[at + len(wanted) - 1] + 1


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from."""
    out: list[str] = []
    positions: list[int] = []
    translated = text.translate(_FOLD)
    for found in re.finditer(r"\s+|\S+", translated):
        if found.group()[0].isspace():
            out.append(" ")
            positions.append(found.start())
        else:
            out.append(found.group())
            positions.extend(range(found.start(), found.end()))
    return "".join(out), positions
