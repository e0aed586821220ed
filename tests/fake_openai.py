"""A local OpenAI-compatible server that fails on purpose, for the degradation tests and the benchmark.

Modes: ok (a valid answer after ``delay``), http500, http429, hang (accept, never answer),
garbage (200 with a body that is not a chat completion), not_json (a completion whose content
is not JSON), schema (JSON of the wrong shape), hallucinate (a finding quoting text not in the
draft). "down" is simply a port nobody listens on (``closed_port()``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

MODES = ("ok", "http500", "http429", "hang", "garbage", "not_json", "schema", "hallucinate")


def completion(content: str, prompt_tokens: int = 700, completion_tokens: int = 30) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 1796313900, "model": "fake-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                     "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the benchmark opens 50+ connections at once


class FakeOpenAI:
    def __init__(self, mode: str = "ok", delay: float = 0.0, port: int = 0):
        self.mode, self.delay = mode, delay
        self.requests: list[dict] = []
        self._release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = -1  # headers and body in one send: split writes meet delayed ACKs (+40 ms a response)

            def log_message(self, *args):  # quiet: the bodies hold (masked) email text
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                fake.requests.append(body)
                fake._answer(self)

        self.server = _Server(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        if self.mode == "hang":
            self._release.wait(60)
            return
        if self.delay:
            time.sleep(self.delay)
        status, body = {
            "ok": (200, completion(json.dumps({"findings": [], "questions": []}))),
            "http500": (500, {"error": {"message": "boom", "type": "server_error"}}),
            "http429": (429, {"error": {"message": "slow down", "type": "rate_limit_exceeded"}}),
            "garbage": (200, {"unexpected": True}),
            "not_json": (200, completion("Sure! Here are my findings: none.")),
            "schema": (200, completion(json.dumps({"findings": "none"}))),
            "hallucinate": (200, completion(json.dumps({"findings": [
                {"check": "condescension.tone", "quote": "a sentence nobody wrote", "message": "Rude.",
                 "replacements": []}], "questions": []}))),
        }[self.mode]
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        if status == 429:
            handler.send_header("retry-after", "0.05")
        handler.end_headers()
        handler.wfile.write(data)


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
