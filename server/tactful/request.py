"""Parses and validates a review request; every failure names the field it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .document import Context
from .errors import RequestError
from .text.utf16 import utf16_len

_TOP_LEVEL = {"draft", "incoming", "context", "llm"}
CONTEXT_FIELDS = frozenset({"now", "timezone", "recipient_timezone", "locale"})
_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-[A-Za-z0-9]{5,8}|-\d[A-Za-z0-9]{3})*$")


@dataclass(frozen=True)
class ReviewRequest:
    draft: str
    incoming: str
    context: Context
    llm: bool | None


def parse_review_request(body: object, *, max_draft: int, max_incoming: int) -> ReviewRequest:
    if not isinstance(body, dict):
        raise RequestError("invalid_type", "The request body must be a JSON object.", "body")
    unknown = sorted(set(body) - _TOP_LEVEL)
    if unknown:
        raise RequestError("unknown_field", f"Unknown field {unknown[0]!r}.", unknown[0])
    if "draft" not in body:
        raise RequestError("missing_field", "The field 'draft' is required.", "draft")
    draft = _text(body, "draft", max_draft)
    incoming = _text(body, "incoming", max_incoming) if body.get("incoming") is not None else ""
    llm = body.get("llm")
    if llm is not None and not isinstance(llm, bool):
        raise RequestError("invalid_type", "'llm' must be true or false.", "llm")
    return ReviewRequest(draft, incoming, parse_context(body.get("context")), llm)


def _text(body: dict, name: str, limit: int) -> str:
    value = body[name]
    if not isinstance(value, str):
        raise RequestError("invalid_type", f"'{name}' must be a string.", name)
    if len(value) > limit or utf16_len(value) > limit:  # the cap counts UTF-16 units; emoji count twice
        raise RequestError("too_large", f"'{name}' is longer than {limit} characters.", name, 413)
    if "\x00" in value:
        raise RequestError("invalid_value", f"'{name}' contains a NUL character.", name)
    return value


def parse_context(raw: object) -> Context:
    """The request's ``context``, checked field by field (``RequestError`` names the field)."""
    if raw is None:
        return Context()
    if not isinstance(raw, dict):
        raise RequestError("invalid_type", "'context' must be an object.", "context")
    unknown = sorted(set(raw) - CONTEXT_FIELDS)
    if unknown:
        raise RequestError("unknown_field", f"Unknown field 'context.{unknown[0]}'.", f"context.{unknown[0]}")
    for name, value in raw.items():
        if value is not None and not isinstance(value, str):
            raise RequestError("invalid_type", f"'context.{name}' must be a string.", f"context.{name}")
    return Context(
        now=_now(raw.get("now")),
        timezone=_zone(raw, "timezone"),
        recipient_timezone=_zone(raw, "recipient_timezone"),
        locale=_locale(raw.get("locale")),
    )


def _now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise RequestError(
            "invalid_value", "'context.now' must be an ISO 8601 date-time with an offset, e.g. 2026-12-03T16:05:00+01:00.",
            "context.now",
        )
    return parsed


def _zone(raw: dict, name: str) -> str | None:
    value = raw.get(name)
    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise RequestError("invalid_value", f"'context.{name}' must be an IANA time zone such as Europe/London.", f"context.{name}") from None
    return value


def _locale(value: str | None) -> str:
    if value is None:
        return "en-US"
    if not _BCP47.fullmatch(value):  # fullmatch: "$" alone would accept "en-US\n"
        raise RequestError("invalid_value", "'context.locale' must be a BCP 47 tag such as en-US or en-GB.", "context.locale")
    return value
