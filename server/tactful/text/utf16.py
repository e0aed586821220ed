"""Python code-point offsets <-> UTF-16 code-unit offsets.

The API counts UTF-16 code units because that is what JavaScript string indices count (the
extension applies spans with them); Python indexes code points. Only characters outside the BMP
(most emoji) differ: they are one code point but two UTF-16 units.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Offsets:
    """Converts offsets for one string; O(log n) per conversion after one pass over the text."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self.length = len(text) + len(self._astral)

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def to_python(self, unit: int) -> int:
        """The code-point index of a UTF-16 offset (an offset inside a surrogate pair rounds down)."""
        lo, hi = 0, unit
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_utf16(mid) <= unit:
                lo = mid
            else:
                hi = mid - 1
        return lo


def utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text) + len(_ASTRAL.findall(text))


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text.slice(start, end)`` as JavaScript would compute it."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    return encoded[2 * start : 2 * end].decode("utf-16-le", "surrogatepass")
