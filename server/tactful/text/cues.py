"""Is a phrase the writer's own, flat statement? Negation, hedging, conditions and quotation.

A rule that flags "we guarantee" must stay silent on "we can't guarantee", on "we'd hope to
guarantee" and on the customer's words quoted back ("you said 'we guarantee it'").
"""

from __future__ import annotations

import re

from .sentences import Span

_NEGATION = re.compile(
    r"\b(?:not|never|no|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|wouldn't|"
    r"couldn't|shouldn't|unable to|impossible to|without)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:should|shouldn't|aim(?:s|ing)? to|expect(?:ed|s)?|hope(?:fully)?|hoping|usually|typically|"
    r"normally|generally|tend to|try|trying|likely|(?-i:may)|might|could|estimated?|"
    r"(?:approximately|roughly|around|about)(?= (?:\d|one|two|three|a few|an? (?:hour|day|week)))|"
    r"if all goes (?:well|to plan)|all being well|fingers crossed|do (?:my|our) best|working to|doing everything (?:we|I) can|"
    r"best efforts?|as soon as (?:we|possible|I)|intend(?:ed)? to|plan(?:ned)? to|target|ideally|"
    r"probably|possibly|I think|we think|I believe|we believe|ETA|anticipate[ds]?|in most cases)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:if|unless|once|provided(?: that)?|providing|subject to|assuming|as long as|eligible|"
    r"after (?:we|you|it|the)|when (?:we|you|it|the)|pending|depending|upon (?:receipt|approval))\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\byou(?:'ve| have)?\s+(?:said|say|mentioned|wrote|write|described|called|asked|told us|were told|"
    r"quoted|feel|felt|think|thought)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\b(?:but|however|although|though|and|so|because)\b", re.IGNORECASE)
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"))


def clause_before(text: str, sentence: Span, start: int) -> str:
    """The words between the last clause break (or the sentence start) and ``start``."""
    before = text[sentence.start : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def negated(text: str, sentence: Span, start: int) -> bool:
    return bool(_NEGATION.search(clause_before(text, sentence, start)))


def hedged(text: str, sentence: Span, start: int, end: int) -> bool:
    """A hedge in the match's own clause, before or after it ("It should arrive tonight, hopefully")."""
    after = text[end : sentence.end]
    following_break = re.search(r"[;:()–—]|\b(?:but|however|although|though)\b", after, re.IGNORECASE)
    after_clause = after[: following_break.start()] if following_break else after
    return bool(_HEDGE.search(clause_before(text, sentence, start)) or _HEDGE.search(after_clause))


def conditional(text: str, sentence: Span, start: int, end: int) -> bool:
    return bool(_CONDITION.search(text[sentence.start : start]) or _CONDITION.search(text[end : sentence.end]))


def quoted(text: str, sentence: Span, start: int, end: int) -> bool:
    """Inside quotation marks, a "> " quoted line, or reported speech of the customer."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith((">", "|"), line_start):
        return True
    before = text[sentence.start : start]
    if _REPORTED.search(before):
        return True
    for opening, closing in _QUOTE_PAIRS:
        if opening == closing == "'":
            continue  # apostrophes in contractions make single straight quotes unreliable
        if opening == closing:
            if before.count(opening) % 2 == 1 and closing in text[end : sentence.end]:
                return True
        elif before.rfind(opening) > before.rfind(closing) and closing in text[end : sentence.end + 1]:
            return True
    return False
