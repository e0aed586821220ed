"""Every time and date expression in a text, with UTF-16 spans and what it means.

``extract(text, now=…, locale=…)`` returns ``Expression``s: the span (code points and UTF-16
units), the kind (date, time, datetime, range, relative, duration, set, zone) and the resolution
against ``now``. Our own grammar (stdlib ``re``), as the dependencies notes measured: no library
gives spans, am/pm ambiguity and resolution reliably and fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..utf16 import Utf16Offsets
from .extract import KINDS, Mention, mentions, parse_line
from .resolve import Resolution, nearest, resolve

__all__ = ["KINDS", "Expression", "Mention", "Resolution", "extract", "mentions", "nearest", "parse_line", "resolve"]


@dataclass(frozen=True)
class Expression:
    start: int
    """Code-point offset into the text."""
    end: int
    start16: int
    """UTF-16 offset (JavaScript string index)."""
    end16: int
    text: str
    kind: str
    mention: Mention
    resolution: Resolution


def extract(text: str, today: date, locale: str = "en-US") -> list[Expression]:
    """Every date/time expression in ``text``, resolved against ``today`` (in the writer's zone)."""
    found = mentions(text)
    offsets = Utf16Offsets(text) if found else None
    return [
        Expression(m.start, m.end, offsets.to_utf16(m.start), offsets.to_utf16(m.end), text[m.start : m.end], m.kind, m,
                   resolve(m, today, locale))
        for m in found
    ]
