"""What the cassette tests and the cassette writer share: the model client, pinned, and the requests."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from tactful.document import Context
from tactful.llm import LLMSettings, ModelLayer, load_templates
from tactful.llm.client import OpenAIChatModel

# Pinned, so that a developer's OPENAI_BASE_URL cannot break replay (the cassette matches the host).
BASE_URL = "https://api.openai.com/v1"
MODEL = "gpt-4o-mini"
CONTEXT = Context(now=datetime(2026, 12, 3, 16, 5, tzinfo=UTC), timezone="Europe/London", locale="en-GB")
HANDWRITTEN_HEADER = "# hand-written, OpenAI chat-completions wire format (no model was reachable when it was written)\n"


def real_layer(**settings) -> ModelLayer:
    """The real OpenAI client; replays cassettes, or records them with TACTFUL_TEST_LLM_API_KEY and --record-mode."""
    key = os.environ.get("TACTFUL_TEST_LLM_API_KEY", "test-dummy-key")
    model = OpenAIChatModel(MODEL, key, BASE_URL)
    return ModelLayer(LLMSettings(api_key=key, base_url=BASE_URL, model=MODEL, **settings), load_templates(), model,
                      sleep=lambda seconds: None)
