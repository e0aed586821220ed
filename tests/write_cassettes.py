"""Writes the hand-written cassettes from ``model_scenarios.py``: `python tests/write_cassettes.py`.

No model was reachable when this suite was written, so these cassettes are not recordings. Their
requests are produced by the real review path (so body matching holds after a prompt edit, once
re-written) and their responses follow the chat-completions wire format. With a key, record real
ones instead: TACTFUL_TEST_LLM_API_KEY=... python -m pytest tests/test_llm_wire.py --record-mode=rewrite
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))

from fake_openai import completion
from model_scenarios import WIRE, injection_scenarios
from model_wire import BASE_URL, CONTEXT, HANDWRITTEN_HEADER, MODEL
from tactful.llm import LLMSettings, ModelLayer, load_templates
from tactful.llm.client import Completion, ModelError, chat_request
from tactful.review import review

_REASONS = {401: ("unauthorised", False), 429: ("rate_limited", True), 500: ("http_500", True)}
_STATUS_TEXT = {200: "OK", 401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error"}


class _Scripted:
    """Plays the scenario's answers to the layer, as the real client would surface them."""

    name = MODEL

    def __init__(self, answers):
        self.answers, self.sent = list(answers), []

    def complete(self, messages, schema, *, timeout, on_send=None):
        status, content = self.answers[len(self.sent)]
        self.sent.append(chat_request(MODEL, messages, schema))
        if status != 200:
            reason, retryable = _REASONS[status]
            raise ModelError(reason, retryable)
        return Completion(content, 700, 60)


def interactions(scenario) -> list[dict]:
    model = _Scripted(scenario.answers)
    layer = ModelLayer(LLMSettings(api_key="x", base_url=BASE_URL, model=MODEL), load_templates(), model,
                       sleep=lambda seconds: None)
    review(scenario.draft, scenario.incoming, CONTEXT, layer=layer)
    return [_interaction(body, *answer) for body, answer in zip(model.sent, scenario.answers)]


def _interaction(body: dict, status: int, content: str) -> dict:
    if status == 200:
        payload = completion(content, 700, 60)
    else:
        payload = {"error": {"message": content, "type": "invalid_request_error" if status == 401 else "server_error",
                             "param": None, "code": None}}
    headers = {"content-type": ["application/json"]}
    if status == 429:
        headers["retry-after"] = ["0.05"]
    return {
        "request": {"body": json.dumps(body, ensure_ascii=False), "headers": {"content-type": ["application/json"]},
                    "method": "POST", "uri": f"{BASE_URL}/chat/completions"},
        "response": {"body": {"string": json.dumps(payload, ensure_ascii=False)}, "headers": headers,
                     "status": {"code": status, "message": _STATUS_TEXT[status]}},
    }


def main() -> None:
    files: dict[str, list] = defaultdict(list)
    for scenario in [*WIRE.values(), *injection_scenarios()]:
        files[scenario.cassette].extend(interactions(scenario))
    root = Path(__file__).parent / "cassettes"
    for name, items in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump({"interactions": items, "version": 1}, allow_unicode=True, sort_keys=False, width=120)
        path.write_text(HANDWRITTEN_HEADER + text, encoding="utf-8")
        print(f"{path.relative_to(root.parent.parent)}: {len(items)} interactions")


if __name__ == "__main__":
    main()
