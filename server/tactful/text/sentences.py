"""Sentence boundaries with offsets.

Email text is split on line breaks first (a greeting, a sign-off or a list item is its own unit even
without a full stop), then syntok segments each line; syntok handles abbreviations ("e.g.", "Dr.",
"No. 5") and decimals that a naive split on full stops gets wrong.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from syntok.tokenizer import Tokenizer
import syntok.segmenter as segmenter

_TOKENIZER = Tokenizer(emit_hyphen_or_underscore_sep=True, replace_not_contraction=False)
_LINE = re.compile(r"[^\n]+")
# A line with one sentence and no inner terminal punctuation needs no segmenter.
_INNER_STOP = re.compile(r"[.!?…][\s\"'”’)]*\S")


class Span(NamedTuple):
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Sentences of ``text`` as code-point spans, trailing whitespace excluded."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        spans.extend(_line_sentences(text, line.start(), line.end()))
    return spans


# A sentence ends at . ! ? (and closing quotes or brackets) followed by space, unless the full stop
# closes a common abbreviation or an initial.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|st|mt|no|vs|etc|approx|dept|est|inc|ltd|co|jr|sr|e\.g|i\.e|a\.m|p\.m|[a-z])\.)$",
    re.IGNORECASE,
)


def fast_sentences(text: str) -> list[Span]:
    """All sentences by the line-local scan (no segmenter): cheap enough to run on every review."""
    spans = []
    for line in _LINE.finditer(text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _ABBREVIATION.search(text, max(line.start(), boundary.start() - 6), boundary.start() + 1):
                continue
            spans.append(_trimmed(text, start, boundary.end()))
            start = boundary.end()
        spans.append(_trimmed(text, start, line.end()))
    return [span for span in spans if span.end > span.start]


def sentence_around(text: str, index: int) -> Span:
    """The sentence holding ``index``, found by scanning its line only (no segmenter).

    The checks ask this for every match they filter by negation, hedging or quotation; syntok
    costs about 1 ms per line, which a review of a 2 KB draft cannot afford for each match.
    """
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    line_end = len(text) if line_end < 0 else line_end
    start = line_start
    for boundary in _BOUNDARY.finditer(text, line_start, line_end):
        if _ABBREVIATION.search(text, max(line_start, boundary.start() - 6), boundary.start() + 1):
            continue
        if boundary.end() <= index:
            start = boundary.end()
        else:
            return _trimmed(text, start, boundary.end())
    return _trimmed(text, start, line_end)


class Sentences:
    """Sentence lookup with syntok that segments only the lines asked about."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_line: dict[int, list[Span]] = {}

    def at(self, index: int) -> Span:
        """The sentence holding ``index`` (or the nearest one on its line)."""
        line_start = self._text.rfind("\n", 0, index) + 1
        found = self._by_line.get(line_start)
        if found is None:
            line_end = self._text.find("\n", index)
            line_end = len(self._text) if line_end < 0 else line_end
            found = self._by_line[line_start] = _line_sentences(self._text, line_start, line_end)
        for span in found:
            if index < span.end:
                return span
        return found[-1] if found else Span(index, index)


def _line_sentences(text: str, start: int, end: int) -> list[Span]:
    line_text = text[start:end]
    if not line_text.strip():
        return []
    if not _INNER_STOP.search(line_text):
        return [_trimmed(text, start, end)]
    spans = []
    for sentence in segmenter.split(_TOKENIZER.tokenize(line_text)):
        first, last = sentence[0], sentence[-1]
        span = _trimmed(text, start + first.offset, start + last.offset + len(last.value))
        if span.end > span.start:
            spans.append(span)
    return spans


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
