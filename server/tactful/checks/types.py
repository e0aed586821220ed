"""The few shapes a check takes. A rule module declares one of these as ``RULE``.

- ``Check``: a plain function finds matches (the escape hatch for logic).
- ``PhraseCheck``: regex phrases from a data file beside the module, each with optional
  replacements, filtered by negation, hedging, condition and quotation as the rule asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Callable, Iterable, Literal

from ..document import Document

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
class Phrase:
    pattern: re.Pattern[str]
    replacements: tuple[str, ...]


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
    def phrases(self) -> tuple[Phrase, ...]:
        text = resources.files(self.package).joinpath(self.data).read_text(encoding="utf-8")
        return parse_phrases(text, self.data, case_sensitive=self.case_sensitive)

    @cached_property
    def combined(self) -> re.Pattern[str]:
        return combine(self.phrases, case_sensitive=self.case_sensitive)

    def run(self, doc: Document) -> Iterable[Match]:
        for found in self.combined.finditer(doc.norm):
            start, end = found.span()
            if start == end or self._excluded(doc, start, end):
                continue
            phrase = self.phrases[int(found.lastgroup[1:])]
            replacements = self.rewrite(doc.draft[start:end]) if self.rewrite else phrase.replacements
            yield Match(start, end, replacements=replacements)

    def _excluded(self, doc: Document, start: int, end: int) -> bool:
        return (
            doc.is_quoted(start, end)
            or (self.skip_negated and doc.is_negated(start))
            or (self.skip_hedged and doc.is_hedged(start, end))
            or (self.skip_conditional and doc.is_conditional(start, end))
        )


class PhraseFileError(ValueError):
    pass


def combine(phrases: tuple[Phrase, ...], *, case_sensitive: bool = False) -> re.Pattern[str]:
    """One alternation of all phrases; ``match.lastgroup`` ("p3") tells which phrase matched."""
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile("|".join(f"(?P<p{i}>{p.pattern.pattern})" for i, p in enumerate(phrases)), flags)


def load_phrases(package: str, filename: str, *, case_sensitive: bool = False) -> re.Pattern[str]:
    """A phrase file beside a rule module, as one regex (for rules written as functions)."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return combine(parse_phrases(text, filename, case_sensitive=case_sensitive), case_sensitive=case_sensitive)


def load_words(package: str, filename: str) -> frozenset[str]:
    """A word list beside a rule module: one lower-cased term per line, ``#`` comments."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return frozenset(
        line.split("#", 1)[0].strip().lower() for line in text.splitlines() if line.split("#", 1)[0].strip()
    )


_MACRO = re.compile(r"^@(\w+)\s*=\s*(.+)$")


def parse_phrases(text: str, filename: str, *, case_sensitive: bool = False) -> tuple[Phrase, ...]:
    macros: dict[str, str] = {}
    phrases = []
    flags = 0 if case_sensitive else re.IGNORECASE
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if macro := _MACRO.match(line):
            macros[macro.group(1)] = _expand(macro.group(2).strip(), macros, filename, number)
            continue
        pattern, _, replacements = line.partition("=>")
        source = _expand(pattern.strip(), macros, filename, number)
        if source[0].isalnum() or source[0] == "_":
            source = r"\b" + source
        if source[-1].isalnum() or source[-1] == "_":
            source += r"\b"
        try:
            compiled = re.compile(source, flags)
        except re.error as error:
            raise PhraseFileError(f"{filename}:{number}: bad pattern: {error}") from None
        if compiled.groups:
            raise PhraseFileError(f"{filename}:{number}: use (?:...) groups, not capturing ones")
        options = tuple("" if r.strip() == "(remove)" else r.strip() for r in replacements.split("|")) if replacements.strip() else ()
        phrases.append(Phrase(compiled, options))
    if not phrases:
        raise PhraseFileError(f"{filename}: no phrases")
    return tuple(phrases)


def _expand(pattern: str, macros: dict[str, str], filename: str, number: int) -> str:
    def replace(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in macros:
            raise PhraseFileError(f"{filename}:{number}: unknown macro {{{name}}}")
        return f"(?:{macros[name]})"

    return re.sub(r"\{([a-z_]+)\}", replace, pattern)
