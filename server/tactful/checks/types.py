"""The few shapes a check takes. A rule module declares one of these as ``RULE``.

- ``Check``: a plain function finds matches (the escape hatch for logic).
- ``PhraseCheck``: regex phrases from a data file beside the module, each with optional
  replacements, filtered by negation, hedging, condition and quotation as the rule asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Callable, Iterable, Literal

from ..document import Document
from .phrases import PhraseSet, load_phrases, load_words  # noqa: F401  (rule modules import them from here)

CATEGORIES = (
    "questions", "condescension", "promises", "datetime", "apology",
    "placeholders", "names", "spelling", "privacy", "custom",
)
SEVERITIES = ("error", "warning", "info")
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    message: str | None = None
    replacements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """A draft (with the expected span marked ⟦like this⟧ in flag examples) and its context."""

    draft: str
    incoming: str = ""
    locale: str = "en-US"
    timezone: str | None = None
    recipient_timezone: str | None = None
    now: datetime | None = None
    """When it is written (else the clock): "today" is flagged only when it may be read on another day."""


def examples(*items: str | Example) -> tuple[Example, ...]:
    return tuple(item if isinstance(item, Example) else Example(item) for item in items)


@dataclass(frozen=True)
class Check:
    id: str
    category: str
    description: str
    message: str
    find: Callable[[Document], Iterable[Match]]
    severity: Severity = "warning"
    practice: str = ""
    """The customer-service practice the rule enforces."""
    flags: tuple[Example, ...] = ()
    passes: tuple[Example, ...] = ()

    def run(self, doc: Document) -> Iterable[Match]:
        return self.find(doc)


@dataclass(frozen=True)
class PhraseCheck(Check):
    """Phrases from ``data`` (a file in ``package``): ``regex => replacement | replacement``.

    Lines may define macros (``@name = regex``) used as ``{name}``; ``(remove)`` as a replacement
    offers deleting the phrase. Patterns match case-insensitively on the normalised draft (straight
    quotes), with word boundaries added where a pattern starts or ends with a word character.
    """

    find: Callable[[Document], Iterable[Match]] | None = None  # type: ignore[assignment]
    package: str = ""
    data: str = ""
    skip_negated: bool = False
    skip_hedged: bool = False
    skip_conditional: bool = False
    case_sensitive: bool = False
    rewrite: Callable[[str], tuple[str, ...]] | None = None
    """Computes replacements from the matched text, for phrases whose fix keeps their words."""

    @cached_property
    def phrases(self) -> PhraseSet:
        return load_phrases(self.package, self.data, case_sensitive=self.case_sensitive)

    def run(self, doc: Document) -> Iterable[Match]:
        for found in self.phrases.finditer(doc.norm, doc.lowered):
            start, end = found.start, found.end
            if self._excluded(doc, start, end):
                continue
            replacements = self.rewrite(doc.draft[start:end]) if self.rewrite else found.phrase.replacements
            trailing = doc.draft[start:end][len(doc.draft[start:end].rstrip()) :]
            if trailing:  # the span took the space after it: keep one after a non-empty replacement
                replacements = tuple(r + trailing if r and not r[-1].isspace() else r for r in replacements)
            yield Match(start, end, replacements=replacements)

    def _excluded(self, doc: Document, start: int, end: int) -> bool:
        return (
            doc.is_quoted(start, end)
            or (self.skip_negated and doc.is_negated(start))
            or (self.skip_hedged and doc.is_hedged(start, end))
            or (self.skip_conditional and doc.is_conditional(start, end))
        )



