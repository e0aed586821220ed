"""The model layer of a review: one structured call, retried within a deadline, cached, validated.

It never fails a review. Whatever goes wrong (no answer in time, 429s, 5xx, a hung connection,
text that is not JSON or not the schema, quotes that are not in the draft) ends in the complete
deterministic results with ``degraded: true`` and a reason.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..document import Document
from .breaker import CircuitBreaker
from .cache import LRUCache, ReviewCache
from .client import Completion, ModelError, ReviewModel
from .injection import suspicious
from .prompt import OverBudget, build_prompt
from .schema import ModelAnswer, response_schema
from .settings import LLMSettings
from .templates import TemplateSet
from .validate import Validated, validate

log = logging.getLogger(__name__)
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _workers() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=128, thread_name_prefix="tactful-model")
        return _pool


@dataclass
class Outcome:
    """What the model added to one review, and what the response's ``llm`` field reports."""

    info: dict
    degraded: bool = False
    validated: Validated = field(default_factory=Validated)


@dataclass(frozen=True)
class _Answer:
    answer: ModelAnswer
    prompt_tokens: int
    completion_tokens: int


class ModelLayer:
    def __init__(self, settings: LLMSettings, templates: TemplateSet, model: ReviewModel | None,
                 cache: ReviewCache | None = None, breaker: CircuitBreaker | None = None, sleep=time.sleep):
        self.settings, self.templates, self.model = settings, templates, model
        self.cache = cache if cache is not None else LRUCache(settings.cache_entries)
        self.breaker = breaker or CircuitBreaker(settings.breaker_failures, settings.breaker_cooldown)
        self.schema = response_schema(templates)
        self._sleep = sleep

    @property
    def configured(self) -> bool:
        return self.model is not None

    def status(self) -> dict:
        return {
            "configured": self.configured,
            "model": self.model.name if self.model else None,
            "checks": [t.id for t in self.templates.checks],
            "breaker": self.breaker.state if self.model else None,
        }

    def start(self, doc: Document) -> Callable[[], Outcome]:
        """Asks the model in a worker thread (the checks run meanwhile); call the result to wait.

        The wait is bounded by the deadline plus half a second even if a call overstays it, and a
        bug in this layer degrades the review instead of failing it.
        """
        latest = time.monotonic() + self.settings.timeout + 0.5
        sending = threading.Event()
        future = _workers().submit(self.review, doc, sending)
        # The checks start once the request is on the wire: both need the CPU (and the GIL), and
        # the checks are better spent in the network wait than in delaying the request.
        sending.wait(timeout=min(1.0, self.settings.timeout))

        def wait() -> Outcome:
            model = self.model.name if self.model else None
            try:
                return future.result(timeout=max(latest - time.monotonic(), 0))
            except FutureTimeout:
                return Outcome(_info(model, reason="timeout"), degraded=True)
            except Exception as error:  # noqa: BLE001 — never a 500 because of the optional layer
                log.error("model layer failed: %s", type(error).__name__)
                return Outcome(_info(model, reason="internal_error"), degraded=True)

        return wait

    def review(self, doc: Document, sending: threading.Event | None = None) -> Outcome:
        """``sending`` is set when the request has been sent, or when no request will be."""
        try:
            return self._review(doc, sending)
        finally:
            if sending is not None:
                sending.set()

    def _review(self, doc: Document, sending: threading.Event | None) -> Outcome:
        if self.model is None:
            return Outcome(_info(reason="not_configured"))
        if not doc.draft.strip():
            return Outcome(_info(reason="empty_draft"))
        try:
            prompt = build_prompt(doc, self.templates, self.settings.token_budget)
        except OverBudget:
            return Outcome(_info(self.model.name, reason="over_budget"), degraded=True)
        key = _cache_key(self.model.name, self.templates.fingerprint, prompt.messages)
        cached = self.cache.get(key)
        from_cache = cached is not None
        if cached is None:
            if not self.breaker.allow():
                return Outcome(_info(self.model.name, reason="breaker_open"), degraded=True)
            try:
                cached = self._ask(prompt.messages, sending.set if sending else None)
            except ModelError as error:
                self.breaker.failed()
                log.warning("model call failed: %s", error.reason)  # the reason only, never the texts
                return Outcome(_info(self.model.name, reason=error.reason), degraded=True)
            self.breaker.succeeded()
            self.cache.put(key, cached)
        validated = validate(cached.answer, doc, self.templates, prompt)
        injection = suspicious(doc.incoming_text)
        if injection:
            validated.dropped += len(validated.findings)
            validated.findings = []
        # Every finding unfounded (quotes not in the draft, unsafe text): the model gave nothing usable.
        unusable = validated.dropped > 0 and not validated.findings and not validated.verdicts
        info = _info(self.model.name, used=True, reason="all_findings_dropped" if unusable else None,
                     prompt_tokens=cached.prompt_tokens, completion_tokens=cached.completion_tokens, cached=from_cache,
                     dropped=validated.dropped, incoming_trimmed=prompt.incoming_trimmed, injection_suspected=injection)
        return Outcome(info, degraded=unusable, validated=validated)

    def _ask(self, messages: list[dict], on_send: Callable[[], None] | None = None) -> _Answer:
        """One answer within the deadline: retries on 429/5xx/connection errors, one re-ask on bad JSON."""
        deadline = time.monotonic() + self.settings.timeout
        prompt_tokens = completion_tokens = 0
        reasked = False
        while True:
            completion = self._complete(messages, deadline, on_send)
            prompt_tokens += completion.prompt_tokens
            completion_tokens += completion.completion_tokens
            try:
                return _Answer(ModelAnswer.model_validate_json(completion.text), prompt_tokens, completion_tokens)
            except ValidationError as error:
                reason = "invalid_json" if any(e["type"] == "json_invalid" for e in error.errors()) else "schema_invalid"
                if reasked or deadline - time.monotonic() < 0.5:
                    raise ModelError(reason) from None
                reasked = True
                messages = [*messages, {"role": "assistant", "content": completion.text[:2000]},
                            {"role": "user", "content": _reask(error)}]

    def _complete(self, messages: list[dict], deadline: float, on_send: Callable[[], None] | None) -> Completion:
        retries = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0.05:
                raise ModelError("timeout")
            try:
                return self.model.complete(messages, self.schema, timeout=remaining, on_send=on_send)
            except ModelError as error:
                if not error.retryable or retries >= self.settings.retries:
                    raise
                wait = error.retry_after if error.retry_after is not None else 0.25 * 2**retries
                wait = min(wait * random.uniform(0.8, 1.2), 4.0)
                if time.monotonic() + wait >= deadline - 0.05:
                    raise
                retries += 1
                self._sleep(wait)


def _reask(error: ValidationError) -> str:
    problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in error.errors()[:5])
    return f"That answer does not match the required JSON schema ({problems}). Answer again with the JSON object only."


def _cache_key(model: str, fingerprint: str, messages: list[dict]) -> str:
    payload = json.dumps([model, fingerprint, messages], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def not_asked(reason: str, layer: ModelLayer | None) -> dict:
    return _info(layer.model.name if layer and layer.model else None, reason=reason)


def _info(model: str | None = None, *, used: bool = False, reason: str | None = None, prompt_tokens: int = 0,
          completion_tokens: int = 0, cached: bool = False, dropped: int = 0, incoming_trimmed: bool = False,
          injection_suspected: bool = False) -> dict:
    return {
        "used": used, "model": model, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
        "cached": cached, "dropped": dropped, "incoming_trimmed": incoming_trimmed,
        "injection_suspected": injection_suspected, "reason": reason,
    }
