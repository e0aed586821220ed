"""What every check reads: the draft, its normalised form, sentences, the incoming message, context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from .questions.extract import Question, extract_questions
from .questions.verdict import Verdict, verdict
from .text import cues
from .text.incoming import Incoming, parse_incoming
from .text.sentences import Span, fast_sentences, sentence_around

# Same-length substitutions, so offsets into the normalised text are offsets into the draft.
_NORMALISE = (("‘", "'"), ("’", "'"), ("ʼ", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " "), ("\u2009", " "))


def normalise(text: str) -> str:
    """Straight quotes and plain spaces (str.replace per pair beats str.translate about tenfold)."""
    for curly, straight in _NORMALISE:
        if curly in text:
            text = text.replace(curly, straight)
    return text

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

BRITISH_LOCALES = ("en-GB", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-IN")


@dataclass
class Context:
    now: datetime | None = None
    timezone: str | None = None
    recipient_timezone: str | None = None
    locale: str = "en-US"

    @property
    def british(self) -> bool:
        return self.locale.lower().startswith(tuple(l.lower() for l in BRITISH_LOCALES))


@dataclass
class Document:
    draft: str
    incoming_text: str = ""
    context: Context = field(default_factory=Context)

    def __post_init__(self) -> None:
        self.norm = normalise(self.draft)

    @cached_property
    def incoming(self) -> Incoming:
        return parse_incoming(self.incoming_text)

    @cached_property
    def lowered(self) -> str:
        """The normalised draft in lower case (same length for the ASCII-only texts phrases match)."""
        return self.norm.lower()

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the draft, lower-cased: rules test it before scanning for positions."""
        return frozenset(WORD.findall(self.lowered))

    @cached_property
    def draft_sentences(self) -> list[Span]:
        return fast_sentences(self.draft)

    @cached_property
    def questions(self) -> list[tuple[Question, Verdict]]:
        """The customer's questions with the draft's verdict on each."""
        found = tuple(extract_questions(self.incoming))
        made: list[Verdict] = []
        for question in found:
            made.append(verdict(question, self.draft, self.draft_sentences, found, made))
        return list(zip(found, made))

    def occurrences(self, word: str) -> list[tuple[int, int]]:
        """Where a lower-case vocabulary word stands in the draft, as whole words."""
        if len(self.lowered) != len(self.draft):  # lower() changed the length (rare non-ASCII)
            return [m.span() for m in WORD.finditer(self.draft) if m.group().lower() == word]
        # str.find and a look at the neighbours: a regex with look-behinds first cannot skip ahead to
        # the word, and scanned the whole draft for each of the words the spelling rules ask about.
        text, found, size = self.lowered, [], len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            before = text[at - 1] if at else " "
            after = text[end : end + 2]
            if not (before.isalpha() or before in "'’") and not (after[:1].isalpha() or after[:1] in "'’" and after[1:2].isalpha()):
                found.append((at, end))
            at = text.find(word, at + 1)
        return found

    def sentence_at(self, index: int) -> Span:
        """The sentence around ``index`` (scans its line only)."""
        return sentence_around(self.draft, index)

    def is_quoted(self, start: int, end: int) -> bool:
        return cues.quoted(self.draft, self.sentence_at(start), start, end)

    def is_negated(self, start: int) -> bool:
        return cues.negated(self.norm, self.sentence_at(start), start)

    def is_hedged(self, start: int, end: int) -> bool:
        return cues.hedged(self.norm, self.sentence_at(start), start, end)

    def is_conditional(self, start: int, end: int) -> bool:
        return cues.conditional(self.norm, self.sentence_at(start), start, end)
