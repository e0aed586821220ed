"""The model layer's settings, from the app config (``TACTFUL_*``) and the usual OpenAI variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class LLMSettings:
    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout: float = 6.0  # seconds for the whole model part of a review, retries included
    retries: int = 2
    token_budget: int = 6000  # prompt tokens, instructions included
    cache_entries: int = 512
    breaker_failures: int = 3
    breaker_cooldown: float = 30.0
    prompts_dir: str | None = None

    @classmethod
    def from_config(cls, config: Mapping) -> LLMSettings:
        """``config`` keys (``LLM_TIMEOUT`` …) win over the environment's ``OPENAI_*``."""
        def pick(key: str, env: str | None = None, default=None):
            value = config.get(key)
            if value is None and env:
                value = os.environ.get(env) or None
            return default if value is None else value

        return cls(
            api_key=pick("OPENAI_API_KEY", "OPENAI_API_KEY"),
            base_url=pick("OPENAI_BASE_URL", "OPENAI_BASE_URL"),
            model=str(pick("MODEL", None, DEFAULT_MODEL)),
            timeout=float(pick("LLM_TIMEOUT", None, cls.timeout)),
            retries=int(pick("LLM_RETRIES", None, cls.retries)),
            token_budget=int(pick("LLM_TOKEN_BUDGET", None, cls.token_budget)),
            cache_entries=int(pick("LLM_CACHE_ENTRIES", None, cls.cache_entries)),
            breaker_failures=int(pick("LLM_BREAKER_FAILURES", None, cls.breaker_failures)),
            breaker_cooldown=float(pick("LLM_BREAKER_COOLDOWN", None, cls.breaker_cooldown)),
            prompts_dir=pick("PROMPTS_DIR", None),
        )
