"""Builds the one chat request of a review: the instructions, then the two untrusted texts, delimited.

The texts are wrapped in tags that carry a boundary derived from their own hash, so a message
cannot close its tag early (it would have to contain the hash of itself). Customers' details are
masked first (``pii.Masker``) and the incoming thread is trimmed to the token budget: quoted
history goes first, then the end of the newest message. The draft is never cut: quotes must be
found in it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..document import Document
from . import tokens
from .pii import Masker
from .templates import TemplateSet


@dataclass(frozen=True)
class Prompt:
    messages: list[dict]
    incoming_trimmed: bool
    masker: Masker
    masked_draft: str
    masked_incoming: str


class OverBudget(Exception):
    """Even with the incoming message cut to nothing, the instructions and draft do not fit."""


def build_prompt(doc: Document, templates: TemplateSet, budget: int) -> Prompt:
    masker, masked_incoming = Masker.starting_with(doc.incoming_text)
    draft = masker.mask(doc.draft)
    numbered = [f"{n}. {masker.mask(question.text.strip())}" for n, (question, _) in enumerate(doc.questions, 1)]
    values = _check_values(doc, "\n".join(numbered) or "(none found)")
    sections = "\n\n".join(f"### {t.id}\n{t.render(values).strip()}" for t in templates.checks)

    candidates = [masked_incoming]
    newest = doc.incoming.newest if doc.incoming_text else ""
    if newest and newest != doc.incoming_text:
        candidates.append(masker.mask(newest))
    fixed = _fixed_tokens(templates.system.body, sections) + _counted(draft)
    for number, incoming in enumerate(candidates):
        if fixed + _counted(incoming) <= budget:
            return Prompt(_messages(templates, sections, draft, incoming), number > 0, masker,
                          draft, masked_incoming)
    # Still too long with only the newest message: keep its beginning, where the request usually is.
    if fixed > budget:
        raise OverBudget()
    incoming = tokens.truncate(candidates[-1], budget - fixed)
    return Prompt(_messages(templates, sections, draft, incoming), True, masker, draft, masked_incoming)


def _messages(templates: TemplateSet, sections: str, draft: str, incoming: str) -> list[dict]:
    boundary = hashlib.sha256(f"{draft}\x00{incoming}".encode()).hexdigest()[:12]
    system = templates.system.render({"checks": sections, "boundary": boundary})
    user = (
        f"<incoming-{boundary}>\n{incoming}\n</incoming-{boundary}>\n\n"
        f"<draft-{boundary}>\n{draft}\n</draft-{boundary}>"
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


# The boundary (12 hex digits, six times) and the chat framing (about 4 tokens a message, OpenAI's
# counting recipe), with room to spare: the budget is a cap on cost, not an exact science.
_BOUNDARIES_AND_FRAMING = 6 * 12 + 2 * 4 + 3 + 16


@lru_cache(maxsize=256)  # the customer's message and the instructions repeat while the agent types
def _counted(text: str) -> int:
    return tokens.count(text)


def _fixed_tokens(system_body: str, sections: str) -> int:
    return _counted(system_body) + _counted(sections) + _BOUNDARIES_AND_FRAMING


def _check_values(doc: Document, questions: str) -> dict[str, str]:
    context = doc.context
    now = context.now or datetime.now(UTC)
    if context.timezone:
        now = now.astimezone(ZoneInfo(context.timezone))
    return {
        "now": now.replace(second=0, microsecond=0).isoformat(),  # a minute: identical reviews share a cache entry
        "locale": context.locale,
        "timezone": context.timezone or "unknown",
        "recipient_timezone": context.recipient_timezone or "unknown",
        "questions": questions,
    }
