"""What of the model's answer may reach the agent.

The model read untrusted text, so its answer is treated as untrusted too. A finding survives only
when it names an enabled check, its quote is found in the draft, and its message and replacements
are short plain text that adds no link, address or number the quote did not hold and repeats no
run of the customer's words (an injected instruction echoed back). A question verdict may make
the review stricter, never more lenient: it can settle an unsure verdict or find a dodge, but it
cannot clear a question the checks found unanswered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document
from .anchor import find_quote
from .pii import PLACEHOLDER, Masker
from .prompt import Prompt
from .schema import ModelAnswer
from .templates import TemplateSet

MAX_MESSAGE = 300
MAX_REPLACEMENTS = 3
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]|\]\(|&#?\w+;|[\x00-\x08\x0b-\x1f\x7f]")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)|\b[\w-]+\.(?:com|net|org|io|co|info|biz|ru|xyz|app|link|ly|me)\b")
_CONTACT = re.compile(rf"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()./-]{{6,}}\d|{PLACEHOLDER.pattern}")
_WORD = re.compile(r"[a-z0-9']+")
ECHO_WORDS = 6


@dataclass(frozen=True)
class Anchored:
    check_id: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    replacements: tuple[str, ...]


@dataclass
class Validated:
    findings: list[Anchored] = field(default_factory=list)
    verdicts: dict[int, bool | None] = field(default_factory=dict)  # question index -> refined verdict
    dodges: dict[int, tuple[int, int]] = field(default_factory=dict)  # question index -> the dodging passage
    dropped: int = 0


def validate(answer: ModelAnswer, doc: Document, templates: TemplateSet, prompt: Prompt) -> Validated:
    result = Validated()
    masker = prompt.masker
    checks = {t.id: t for t in templates.checks if t.meta.output == "findings"}
    echo = _Echo(prompt, templates)
    for finding in answer.findings:
        template = checks.get(finding.check)
        span = find_quote(doc.draft, masker.unmask(finding.quote)) if template else None
        message = _plain(finding.message, finding.quote, echo, MAX_MESSAGE, single_line=True)
        if (template is None or span is None or message is None or span[1] - span[0] > 600
                or len(finding.replacements) > MAX_REPLACEMENTS):
            result.dropped += 1
            continue
        quote = doc.draft[span[0] : span[1]]
        limit = min(max(2 * len(quote), len(quote) + 80), 400)
        replacements = [_plain(r, finding.quote, echo, limit) for r in finding.replacements]
        if any(r is None for r in replacements):
            result.dropped += 1
            continue
        kept = tuple(dict.fromkeys(masker.unmask(r) for r in replacements if r and r.strip() != quote.strip()))
        result.findings.append(Anchored(template.id, template.meta.category, template.meta.severity,
                                        span[0], span[1], masker.unmask(message), kept))
    _refine_questions(answer, doc, masker, result)
    return result


def _refine_questions(answer: ModelAnswer, doc: Document, masker: Masker, result: Validated) -> None:
    for item in answer.questions:
        index = item.number - 1
        if not 0 <= index < len(doc.questions) or index in result.verdicts:
            result.dropped += 1
            continue
        checks_say = doc.questions[index][1].answered
        if checks_say is False or item.answered is None or item.answered == checks_say:
            continue  # never more lenient than the checks; nothing new to say
        result.verdicts[index] = item.answered
        span = find_quote(doc.draft, masker.unmask(item.answer_quote)) if item.answered is False else None
        if span is not None:
            result.dodges[index] = span


class _Echo:
    """Runs of the customer's words or of our instructions (a leak) are not advice; the draft's own are.

    Built from cached parts: the draft's words are only looked at for the runs a finding repeats.
    """

    def __init__(self, prompt: Prompt, templates: TemplateSet):
        self.prompt, self.templates = prompt, templates

    def repeats(self, text: str) -> bool:
        suspect = _shingles(text) & (_shingles(self.prompt.masked_incoming) | _instruction_shingles(self.templates))
        if not suspect:
            return False
        draft_words = f" {' '.join(_WORD.findall(self.prompt.masked_draft.lower()))} "
        return any(f" {' '.join(run)} " not in draft_words for run in suspect)


def _plain(text: str, quote: str, echo: _Echo, limit: int, single_line: bool = False) -> str | None:
    """The text if it is safe to show or insert, else None."""
    text = text.strip()
    if not text or len(text) > limit or _MARKUP.search(text) or (single_line and "\n" in text):
        return None
    for pattern in (_LINK, _CONTACT):
        if set(pattern.findall(text)) - set(pattern.findall(quote)):
            return None
    if echo.repeats(text):
        return None
    return text


@lru_cache(maxsize=8)
def _instruction_shingles(templates: TemplateSet) -> frozenset[tuple[str, ...]]:
    return _shingles("\n".join(t.body for t in (templates.system, *templates.checks)))


@lru_cache(maxsize=64)  # the incoming thread stays the same while an agent types
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return frozenset(tuple(words[i : i + ECHO_WORDS]) for i in range(len(words) - ECHO_WORDS + 1))
