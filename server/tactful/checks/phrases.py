"""Phrase files: regex phrases kept as data beside a rule, and fast matching of many of them.

A line is ``regex => replacement | replacement``; ``@name = regex`` defines a macro used as
``{name}``; ``(remove)`` offers deleting the phrase; ``#`` starts a comment. Patterns match
case-insensitively, with word boundaries added where a pattern starts or ends with a word character.

Speed: a review runs some 150 phrases over a 2 KB draft. Trying each regex at every position costs
about 20 ms; instead each phrase carries *gates*, read off the parsed regex: sets of literal
strings such that every match contains one string of each set. A phrase is only tried on the
lines that pass its gates (a substring test), so phrases match within one line.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from re import _constants as sre  # the parsed-pattern opcodes, stable across 3.11-3.13
from re import _parser as sre_parse

import ahocorasick


class PhraseFileError(ValueError):
    pass


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern[str]
    replacements: tuple[str, ...]
    gates: tuple[tuple[str, ...], ...]
    """Lower-case strings: every match contains one string of each gate, most selective first."""


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    phrase: Phrase


_LINE = re.compile(r"[^\n]+")


class _NeedleIndex:
    """Every gate string of every phrase set in one Aho-Corasick automaton (pyahocorasick): which
    of some 1,200 strings a line contains, in one pass in C (25 times faster than testing each)."""

    def __init__(self) -> None:
        self._needles: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._lock = threading.Lock()

    def add(self, needles) -> None:
        with self._lock:
            needles = set(needles)
            if not needles <= self._needles:
                self._needles |= needles
                self._automaton = None
                _needles_in.cache_clear()  # lines seen before may hold the new needles

    def present(self, text: str) -> frozenset[str]:
        automaton = self._automaton
        if automaton is None:
            with self._lock:
                if self._automaton is None:
                    built = ahocorasick.Automaton()
                    for needle in self._needles:
                        built.add_word(needle, needle)
                    built.make_automaton()
                    self._automaton = built
                automaton = self._automaton
        return frozenset(needle for _, needle in automaton.iter(text)) if len(automaton) else frozenset()


_NEEDLES = {False: _NeedleIndex(), True: _NeedleIndex()}  # by case sensitivity


@lru_cache(maxsize=8192)
def _needles_in(text: str, case_sensitive: bool) -> frozenset[str]:
    return _NEEDLES[case_sensitive].present(text)


class PhraseSet:
    """Many phrases matched line by line, each line's matches cached.

    Phrases match within one line. A phrase is tried on a line only when the line passes its
    gates (substring tests), and a line's matches are cached by its text: while the user types,
    only the edited line is matched again.
    """

    def __init__(self, phrases: tuple[Phrase, ...], *, case_sensitive: bool = False) -> None:
        self.phrases = phrases
        self.case_sensitive = case_sensitive
        _NEEDLES[case_sensitive].add(needle for phrase in phrases for gate in phrase.gates for needle in gate)
        self._gate_sets = [tuple(frozenset(gate) for gate in phrase.gates) for phrase in phrases]
        self._match_line = lru_cache(maxsize=4096)(self._match_line_uncached)

    def finditer(self, text: str, lowered: str | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches, leftmost first and longest at equal starts. ``lowered`` may
        pass ``text.lower()`` when the caller has it already."""
        haystack = text if self.case_sensitive else (lowered if lowered is not None else text.lower())
        same_length = len(haystack) == len(text)
        found = []
        for line in _LINE.finditer(text):
            start, end = line.span()
            gate_text = haystack[start:end] if same_length else line.group().lower()
            for a, b, index in self._match_line(line.group(), gate_text):
                found.append(PhraseMatch(start + a, start + b, self.phrases[index]))
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[PhraseMatch] = []
        for match in found:
            if not kept or match.start >= kept[-1].end:
                kept.append(match)
        return kept

    def _match_line_uncached(self, line: str, gate_text: str) -> tuple[tuple[int, int, int], ...]:
        present = _needles_in(gate_text, self.case_sensitive)
        out = []
        for index, phrase in enumerate(self.phrases):
            if not all(gate & present for gate in self._gate_sets[index]):
                continue
            out.extend((m.start(), m.end(), index) for m in phrase.pattern.finditer(line) if m.end() > m.start())
        return tuple(out)

    def search(self, text: str) -> PhraseMatch | None:
        found = self.finditer(text)
        return found[0] if found else None


def load_phrases(package: str, filename: str, *, case_sensitive: bool = False) -> PhraseSet:
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return PhraseSet(parse_phrases(text, filename, case_sensitive=case_sensitive), case_sensitive=case_sensitive)


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
        if _starts_at_word(source):
            source = r"\b" + source
        if _ends_at_word(source):
            source += r"\b"
        try:
            compiled = re.compile(source, flags)
        except re.error as error:
            raise PhraseFileError(f"{filename}:{number}: bad pattern: {error}") from None
        if compiled.groups:
            raise PhraseFileError(f"{filename}:{number}: use (?:...) groups, not capturing ones")
        options = tuple("" if r.strip() == "(remove)" else r.strip() for r in replacements.split("|")) if replacements.strip() else ()
        gates = required_literals(source, flags)
        if not case_sensitive:
            gates = tuple(tuple(g.lower() for g in gate) for gate in gates)
        phrases.append(Phrase(compiled, options, gates))
    if not phrases:
        raise PhraseFileError(f"{filename}: no phrases")
    return tuple(phrases)


def _starts_at_word(source: str) -> bool:
    """True when every match of ``source`` begins with a letter or digit ("ugh" must not match "through")."""
    while source.startswith("(?:"):
        source = source[3:]
    return bool(source) and source[0].isalnum()


def _ends_at_word(source: str) -> bool:
    """True when ``source`` ends with a letter, or a group whose last branch does ("relax" must not
    match "relaxation"); escapes such as ``\\b`` or ``\\w`` do not count."""
    stripped = source.rstrip(")")
    if stripped != source and stripped.endswith(("(?!", "(?=")):
        return False
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] == "_") and stripped[-2:-1] != "\\"


def _expand(pattern: str, macros: dict[str, str], filename: str, number: int) -> str:
    def replace(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in macros:
            raise PhraseFileError(f"{filename}:{number}: unknown macro {{{name}}}")
        return f"(?:{macros[name]})"

    return re.sub(r"\{([a-z_]+)\}", replace, pattern)


def required_literals(source: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Gates for ``source``: sets of strings such that every match contains one string of each set,
    most selective first; empty when nothing could be derived."""
    options = _options(sre_parse.parse(source, flags))
    return tuple(sorted(options, key=_selectivity, reverse=True)[:3])


def _selectivity(option: tuple[str, ...]) -> tuple[int, int]:
    return min(len(s.strip()) for s in option), -len(option)


_MIN_GATE = 2  # a gate of single letters would pass almost any text


def _sequence(items) -> tuple[str, ...] | None:
    """The most selective requirement among a sequence's parts (the literal runs and the groups)."""
    options = _options(items)
    return max(options, key=_selectivity) if options else None


def _options(items) -> list[tuple[str, ...]]:
    """Every requirement a sequence imposes: its literal runs and its required groups."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            options.append(("".join(run),))
            run = []
        required = _item(op, value)
        if required:
            options.append(required)
    if run:
        options.append(("".join(run),))
    return [o for o in options if min(len(s.strip()) for s in o) >= _MIN_GATE]


def _item(op, value) -> tuple[str, ...] | None:
    if op is sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return tuple(sorted({s for b in branches for s in b}))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = value
        return _sequence(inner) if low >= 1 else None
    return None
