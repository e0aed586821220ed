"""A scripted stand-in for the model (style item 8): answers are queued, calls are recorded."""

from __future__ import annotations

import json

from tactful.llm import LLMSettings, ModelLayer, load_templates
from tactful.llm.client import Completion, ModelError


class FakeModel:
    name = "fake-model"

    def __init__(self) -> None:
        self.queue: list = []
        self.history: list[dict] = []

    def enqueue(self, *answers) -> FakeModel:
        """Each answer: a dict (sent as JSON), a str (sent as is) or a ModelError (raised)."""
        self.queue.extend(answers)
        return self

    def complete(self, messages, schema, *, timeout, on_send=None):
        self.history.append({"messages": messages, "schema": schema, "timeout": timeout})
        if on_send is not None:
            on_send()
        if not self.queue:
            raise AssertionError("the fake model was called more often than answers were queued")
        answer = self.queue.pop(0)
        if isinstance(answer, ModelError):
            raise answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        return Completion(text, prompt_tokens=700, completion_tokens=40)


def answer(findings=(), questions=()) -> dict:
    return {"findings": list(findings), "questions": list(questions)}


def finding(check, quote, message="Say it another way.", replacements=()) -> dict:
    return {"check": check, "quote": quote, "message": message, "replacements": list(replacements)}


def layer_with(model, **settings) -> ModelLayer:
    return ModelLayer(LLMSettings(api_key="test", **settings), load_templates(), model, sleep=lambda seconds: None)
