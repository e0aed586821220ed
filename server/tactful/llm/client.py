"""One small model interface, and its OpenAI-compatible implementation.

Anything that speaks the chat-completions API works: OpenAI, Azure OpenAI's v1 endpoint, vLLM,
Ollama, llama.cpp's server. The SDK's own retries are off (``max_retries=0``): the layer retries
itself so that every attempt fits inside one deadline per review.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import openai
from openai.types.chat import ChatCompletion


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int


class ModelError(Exception):
    """The model could not give an answer; ``reason`` is reported in the response's ``llm`` field."""

    def __init__(self, reason: str, retryable: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.retryable, self.retry_after = reason, retryable, retry_after


class ReviewModel(Protocol):
    name: str

    def complete(self, messages: list[dict], schema: dict, *, timeout: float,
                 on_send: Callable[[], None] | None = None) -> Completion:
        """``on_send`` is called once the request has been written to the connection."""
        ...


class OpenAIChatModel:
    def __init__(self, name: str, api_key: str, base_url: str | None = None):
        self.name = name
        http = _HttpClient(event_hooks={"request": [_call_on_send]})
        self._client = openai.OpenAI(api_key=api_key, base_url=base_url or None, max_retries=0, http_client=http)

    def complete(self, messages: list[dict], schema: dict, *, timeout: float,
                 on_send: Callable[[], None] | None = None) -> Completion:
        _sending.callback = on_send
        try:
            # client.post (the SDK's documented route for raw requests) sends the body as built: the
            # typed create() re-walks every message to transform it, about 3.5 ms per review.
            response = self._client.post("/chat/completions", body=chat_request(self.name, messages, schema),
                                         cast_to=ChatCompletion, options={"timeout": timeout})
        except openai.APITimeoutError:
            raise ModelError("timeout", retryable=False) from None
        except openai.APIConnectionError:
            raise ModelError("connection", retryable=True) from None
        except openai.RateLimitError as error:
            raise ModelError("rate_limited", retryable=True, retry_after=_retry_after(error.response)) from None
        except openai.APIStatusError as error:
            status = error.status_code
            reason = "unauthorised" if status in (401, 403) else f"http_{status}"
            raise ModelError(reason, retryable=status >= 500, retry_after=_retry_after(error.response)) from None
        except openai.OpenAIError:  # e.g. a body that is not a chat completion at all
            raise ModelError("bad_response") from None
        finally:
            _sending.callback = None
        try:  # a server that answers 200 with something else than a chat completion
            text = response.choices[0].message.content
            usage = response.usage
            prompt_tokens, completion_tokens = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
        except (AttributeError, IndexError, TypeError):
            raise ModelError("bad_response") from None
        if not isinstance(text, str) or not text.strip():
            raise ModelError("empty_answer")
        return Completion(text, int(prompt_tokens or 0), int(completion_tokens or 0))


class _HttpClient(openai.DefaultHttpxClient):
    """The SDK's default HTTP client, closed when dropped (as the SDK's own one is)."""

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # at interpreter shutdown anything may be gone
            self.close()


_sending = threading.local()  # the on_send of the call this thread is making


def _call_on_send(request) -> None:
    """An httpx request hook: asks httpcore (its documented ``trace`` extension) to call back once
    the body is written, so that nothing else competes for the GIL until the request is out."""
    callback = getattr(_sending, "callback", None)
    if callback is None:
        return
    earlier = request.extensions.get("trace")

    def trace(event: str, info: dict) -> None:
        if earlier is not None:
            earlier(event, info)
        if event.endswith("send_request_body.complete"):
            callback()

    request.extensions["trace"] = trace


def chat_request(model: str, messages: list[dict], schema: dict) -> dict:
    """The chat-completions body of a review (what ``tactful prompts render`` prints)."""
    return {
        "model": model,
        "messages": messages,
        "temperature": 0,
        "response_format": {"type": "json_schema", "json_schema": {"name": "review", "strict": True, "schema": schema}},
    }


def _retry_after(response) -> float | None:
    try:
        return float(response.headers.get("retry-after"))
    except (AttributeError, TypeError, ValueError):
        return None
