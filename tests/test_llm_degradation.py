"""G7/G8: whatever the upstream model does, a review answers 200 with the complete deterministic results.

A real local HTTP server plays the failing model; the openai SDK talks to it as to any
OpenAI-compatible endpoint.
"""

from __future__ import annotations

import time

import pytest
from fake_openai import FakeOpenAI, closed_port
from tactful.app import create_app, warm_up

TIMEOUT = 1.0
REQUESTS = 25
DRAFT = "Hi Maria,\n\nAs I already told you, your parcel will be delivered tonight.\n\nBest,\nTom"
INCOMING = "Where is my parcel? It is late again!\n\nMaria"
CONTEXT = {"now": "2026-12-03T16:05:00+00:00", "timezone": "Europe/London", "locale": "en-GB"}


def client_for(url: str):
    app = create_app({"TESTING": True, "OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": url,
                      "LLM_TIMEOUT": TIMEOUT, "LLM_RETRIES": 1})
    warm_up(app)  # as `tactful serve` does: the first review is not the one that loads dictionaries
    return app.test_client()


def post(client, draft: str, **extra):
    started = time.perf_counter()
    response = client.post("/v1/review", json={"draft": draft, "incoming": INCOMING, "context": CONTEXT, **extra})
    return response, time.perf_counter() - started


@pytest.mark.parametrize("mode", ["http500", "http429", "hang", "garbage", "not_json", "schema", "hallucinate", "down"])
def test_every_failure_mode_degrades_to_the_deterministic_results(mode):
    with FakeOpenAI("ok" if mode == "down" else mode) as fake:
        client = client_for(closed_port() if mode == "down" else fake.url)
        slowest_first, reasons, upstream_calls_once_open = 0.0, [], None
        for n in range(REQUESTS):
            draft = f"{DRAFT} ({n})"  # a new draft each time: nothing comes from the cache
            response, elapsed = post(client, draft)
            expected, _ = post(client, draft, llm=False)
            assert response.status_code == 200
            body = response.get_json()
            assert body["degraded"] is True, (mode, body["llm"])
            assert body["suggestions"] == expected.get_json()["suggestions"]
            assert body["questions"] == expected.get_json()["questions"]
            reasons.append(body["llm"]["reason"])
            if n < 3:
                slowest_first = max(slowest_first, elapsed)
            if body["llm"]["reason"] == "breaker_open" and upstream_calls_once_open is None:
                upstream_calls_once_open = len(fake.requests)
        # A bound on the deadline, not a speed figure: "hang" never answers, so without the deadline
        # this would wait for ever. The margin is wide so that a loaded machine cannot fail it.
        assert slowest_first <= TIMEOUT + 2.0, f"{mode}: a review took {slowest_first:.2f} s"
        if mode != "hallucinate":  # every failed call counts towards opening the breaker
            assert client.application.extensions["tactful.llm"].breaker.state == "open"
            assert reasons[-1] == "breaker_open" and reasons.count("breaker_open") >= REQUESTS - 5, reasons
            assert len(fake.requests) == upstream_calls_once_open  # once open, the model is not tried
        else:
            assert "breaker_open" not in reasons, reasons  # a valid answer, however unfounded, keeps it shut


def test_a_healthy_upstream_is_used_and_reported():
    with FakeOpenAI("ok") as fake:
        client = client_for(fake.url)
        response, _ = post(client, DRAFT)
        body = response.get_json()
        assert body["degraded"] is False and body["llm"]["used"] is True
        assert body["llm"]["prompt_tokens"] == 700 and body["llm"]["completion_tokens"] == 30
        assert len(fake.requests) == 1 and fake.requests[0]["response_format"]["type"] == "json_schema"
        health = client.get("/healthz").get_json()["llm"]
        assert health["configured"] is True and health["model"] == "gpt-4o-mini" and health["breaker"] == "closed"


def test_the_client_says_when_the_request_is_on_the_wire():
    """The checks wait for this signal, so they never hold the GIL while the request is being sent."""
    from tactful.llm.client import OpenAIChatModel

    calls = []
    with FakeOpenAI("ok", delay=0.2) as fake:
        model = OpenAIChatModel("gpt-4o-mini", "test-key", fake.url)
        started = time.perf_counter()
        model.complete([{"role": "user", "content": "hi"}], {}, timeout=2,
                       on_send=lambda: calls.append(time.perf_counter() - started))
        took = time.perf_counter() - started
    assert len(calls) == 1 and calls[0] < 0.15 < took  # called once, as soon as the body is out
    assert len(fake.requests) == 1
