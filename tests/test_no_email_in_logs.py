"""Email text never reaches a log record or standard error, whether the review succeeds or fails."""

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tactful.app import create_app

CANARY = f"canary{uuid.uuid4().hex}"


def draft_with_canary() -> str:
    return (
        f"Hi [Customer Name] {CANARY},\n\nWe guarantee you will recieve {CANARY} tonight. "
        f"Your card 4111 1111 1111 1111 and password is {CANARY}!\n\nTom {CANARY}"
    )


def incoming_with_canary() -> str:
    return f"My {CANARY} arrived broken. Where is it?\n\n> On Monday {CANARY} wrote:\n> hello\n\nThanks,\n{CANARY.title()}"


def invalid_bodies() -> list:
    draft, incoming = draft_with_canary(), incoming_with_canary()
    return [
        {"draft": draft, "incoming": incoming, "llm": "yes"},
        {"draft": draft, "incoming": incoming, "context": {"timezone": CANARY}},
        {"draft": draft, "incoming": incoming, "context": {"recipient_timezone": f"../../{CANARY}"}},
        {"draft": draft, "incoming": incoming, "context": {"locale": CANARY + "!!"}},
        {"draft": draft, "incoming": incoming, "context": {"now": CANARY}},
        {"draft": draft, "incoming": 5},
        {"incoming": incoming},
        {"draft": f"{draft}\x00", "incoming": incoming},
        [draft, incoming],
    ]


def assert_no_canary(caplog, captured) -> None:
    for record in caplog.records:
        rendered = f"{record.getMessage()} {record.exc_text or ''} {record.args!r} {record.__dict__!r}"
        assert CANARY.lower() not in rendered.lower(), f"{record.name}: {record.getMessage()}"
    assert CANARY.lower() not in caplog.text.lower()
    assert CANARY.lower() not in captured.err.lower()
    assert CANARY.lower() not in captured.out.lower()


def test_canary_never_logged(client, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)

    response = client.post("/v1/review", json={
        "draft": draft_with_canary(), "incoming": incoming_with_canary(),
        "context": {"now": "2026-12-03T16:05:00+01:00", "timezone": "Europe/London", "locale": "en-GB"},
    })
    assert response.status_code == 200
    assert response.get_json()["suggestions"]

    for body in invalid_bodies():
        response = client.post("/v1/review", json=body)
        assert response.status_code == 400, body

    response = client.post("/v1/review", data=f'{{"draft": "{CANARY}"'.encode(), content_type="application/json")
    assert response.status_code == 400
    small = create_app({"TESTING": True, "MAX_DRAFT_CHARS": 10, "MAX_CONTENT_LENGTH": 4096}).test_client()
    assert small.post("/v1/review", json={"draft": draft_with_canary()}).status_code == 413
    assert small.post("/v1/review", json={"draft": CANARY * 200}).status_code == 413

    assert_no_canary(caplog, capfd.readouterr())


def test_unexpected_failure_logs_no_email_text(client, caplog, capfd, monkeypatch):
    caplog.set_level(logging.DEBUG)

    def explode(draft, incoming, context, **options):
        raise RuntimeError(f"could not review {draft!r}")

    monkeypatch.setattr("tactful.api.review", explode)
    response = client.post("/v1/review", json={"draft": draft_with_canary(), "incoming": incoming_with_canary()})
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    assert CANARY not in response.get_data(as_text=True)
    assert any("RuntimeError" in record.getMessage() for record in caplog.records), "the failure is still logged"
    assert_no_canary(caplog, capfd.readouterr())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, data: bytes) -> int:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_served_app_writes_no_email_text_to_stderr(tmp_path):
    script = shutil.which("tactful", path=str(Path(sys.executable).parent)) or shutil.which("tactful")
    assert script, "the tactful console script is not installed"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    err_path, out_path = tmp_path / "stderr.txt", tmp_path / "stdout.txt"
    with open(err_path, "wb") as err, open(out_path, "wb") as out:
        server = subprocess.Popen([script, "serve", "--port", str(port), "--threads", "2"], stdout=out, stderr=err,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                        assert response.status == 200
                    break
                except OSError:
                    assert server.poll() is None, err_path.read_text()
                    if time.monotonic() > deadline:
                        pytest.fail("tactful serve did not start")
                    time.sleep(0.2)
            body = {"draft": draft_with_canary(), "incoming": incoming_with_canary()}
            assert _post(f"{base}/v1/review", json.dumps(body).encode()) == 200
            for bad in invalid_bodies():
                assert _post(f"{base}/v1/review", json.dumps(bad).encode()) == 400
            assert _post(f"{base}/v1/review", f"{CANARY} not json".encode()) == 400
            assert _post(f"{base}/v1/{CANARY}", b"{}") == 404
        finally:
            server.terminate()
            server.wait(timeout=30)
    logged = err_path.read_text(encoding="utf-8", errors="replace") + out_path.read_text(encoding="utf-8", errors="replace")
    assert "listening" in logged  # stderr was captured
    assert CANARY not in logged


@pytest.mark.parametrize("mode", ["ok", "http500", "not_json", "hallucinate"])
def test_the_model_layer_logs_no_email_text_even_at_debug(mode, caplog, capfd):
    sys.path.insert(0, str(Path(__file__).parent))
    from fake_openai import FakeOpenAI

    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    with FakeOpenAI(mode) as fake:
        client = create_app({"TESTING": True, "OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": fake.url,
                             "LLM_TIMEOUT": 2, "LLM_RETRIES": 1}).test_client()
        response = client.post("/v1/review", json={"draft": draft_with_canary(), "incoming": incoming_with_canary()})
        assert response.status_code == 200
        assert CANARY in json.dumps(fake.requests)  # the text did go to the model (the canary is no detail)
    assert caplog.records, "the SDK and the layer did log something at DEBUG"
    assert_no_canary(caplog, capfd.readouterr())
