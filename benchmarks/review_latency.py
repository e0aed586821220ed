"""How long one review takes: in-process, over HTTP one request at a time, and over HTTP in parallel.

The inputs are the two files in ``benchmarks/fixtures/``: ``draft_2k.txt`` (a support agent's
~2 KB reply about a late, damaged order: one misspelling, one deadline promised for the courier)
and ``incoming_4k.txt`` (the customer's ~4 KB complaint with five questions, a signature and
Gmail-style "On ... wrote:" quoted history). Every review is the fast path (``"llm": false``) with a
fixed ``context`` (en-GB, Europe/London, a fixed "now"), so the suggestions are the same on every run.

Phases, each bounded by ``--n``/``--requests`` and by ``--max-seconds``:

1. In-process: ``tactful.review.review()`` once to load the dictionaries (timed and shown), a few
   untimed warm-up calls, then ``--n`` timed calls on one thread. The incoming message is the same
   each time, so its parse comes from ``parse_incoming``'s cache, as while an agent types; a second
   loop clears that cache before each call (outside the timing) to show a first review of a message.
2. HTTP, sequential: ``tactful serve`` as a subprocess on a free port on 127.0.0.1, then ``--n``
   POST /v1/review requests, one at a time, on one persistent (keep-alive) connection.
3. HTTP, concurrent: ``--concurrency`` client threads, each with its own persistent connection,
   share ``--requests`` requests; prints reviews per second, latency and non-200 responses.

The server is started with the ``tactful`` command beside this Python (the same venv) and stopped at
the end, also on error, Ctrl-C or SIGTERM. Only 127.0.0.1 is contacted; only the standard library is
used. Percentiles are nearest-rank; reviews per second count 200 responses only. The client threads
share the machine's cores with the server, so the HTTP figures include the client's own cost. Other
work on the machine changes every figure: the load average is printed at the start and the end.

Usage (from the project root, with the venv active)::

    python benchmarks/review_latency.py                 # 500 reviews per phase, 8 client threads
    python benchmarks/review_latency.py --n 200 --concurrency 16 --requests 1000
    python benchmarks/review_latency.py --no-http       # in-process figures only
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"  # the only address this script ever contacts
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FILES = {"draft": "draft_2k.txt", "incoming": "incoming_4k.txt"}
CONTEXT = {"now": "2026-11-11T10:30:00+00:00", "timezone": "Europe/London", "locale": "en-GB"}
WARM_UP_CALLS = 20
REQUEST_TIMEOUT = 30.0  # seconds, per HTTP request
START_TIMEOUT = 60.0  # seconds for the server to answer /healthz (it loads dictionaries first)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=positive, default=500,
                        help="timed reviews in each single-thread phase (default 500)")
    parser.add_argument("--concurrency", type=positive, default=8,
                        help="client threads in the concurrent phase (default 8)")
    parser.add_argument("--requests", type=positive, default=None,
                        help="total requests in the concurrent phase (default: --n)")
    parser.add_argument("--max-seconds", type=float, default=120.0,
                        help="time limit of each phase, which stops early past it (default 120)")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP phases")
    args = parser.parse_args(argv)
    # SIGTERM (e.g. from a CI timeout) would end Python without running `finally`; make it unwind instead,
    # so the server subprocess is still stopped.
    signal.signal(signal.SIGTERM, _exit_on_signal)

    draft = (FIXTURES / FILES["draft"]).read_text(encoding="utf-8")
    incoming = (FIXTURES / FILES["incoming"]).read_text(encoding="utf-8")
    body = {"draft": draft, "incoming": incoming, "context": CONTEXT, "llm": False}

    print("== Machine")
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    print(f"CPUs:            {os.cpu_count()}" + (f" ({affinity} usable by this process)" if affinity else ""))
    print(f"Python:          {platform.python_implementation()} {platform.python_version()}"
          f" on {platform.system()} {platform.machine()}")
    print(f"load average:    {load_average()} (other work on the machine skews every figure below)")
    print("== Inputs")
    for name, text in (("draft", draft), ("incoming", incoming)):
        print(f"{name + ':':<17}{len(text.encode('utf-8'))} bytes UTF-8, {len(text)} characters"
              f" ({FIXTURES.name}/{FILES[name]})")
    print(f"request body:    {len(json.dumps(body).encode('utf-8'))} bytes JSON")

    suggestions = in_process(body, args.n, args.max_seconds)
    if not args.no_http:
        over_http(body, args, suggestions)
    print(f"== Done; load average {load_average()}")
    return 0


def _exit_on_signal(number: int, _frame) -> None:
    raise SystemExit(128 + number)


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg()) + " (1, 5, 15 min)"
    except (AttributeError, OSError):
        return "unknown"


# -- in-process -------------------------------------------------------------------------------------


def in_process(body: dict, n: int, max_seconds: float) -> list[dict]:
    from tactful import __version__
    from tactful.request import parse_review_request
    from tactful.review import review

    parsed = parse_review_request(body, max_draft=100_000, max_incoming=200_000)
    draft, incoming, context = parsed.draft, parsed.incoming, parsed.context

    print(f"== In-process: tactful {__version__}, review() on one thread")
    started = time.perf_counter()
    result = review(draft, incoming, context)
    print(f"first review:    {ms(time.perf_counter() - started)} ms (loads dictionaries, compiles phrase lists)")
    for _ in range(WARM_UP_CALLS):
        review(draft, incoming, context)
    print_suggestions(result["suggestions"])

    latencies, wall, cpu, stopped = timed_loop(n, max_seconds, lambda: review(draft, incoming, context))
    print(f"-- same incoming each time (parse cached, as while typing): {len(latencies)} reviews{stopped}")
    print_latencies(latencies, ("p50", "p90", "p99", "mean"))
    print(f"CPU per review:  {ms(cpu)} ms mean (thread CPU time; well below the wall mean = waits for a core)")
    print(f"throughput:      {len(latencies) / wall:.1f} reviews/s on one thread")

    typed = iter(_typed_drafts(draft))
    latencies, wall, cpu, stopped = timed_loop(n, max_seconds, lambda: review(next(typed), incoming, context))
    print(f"-- draft edited before each review (a word typed; same incoming): {len(latencies)} reviews{stopped}")
    print_latencies(latencies, ("p50", "p90", "p99", "mean"))
    print(f"CPU per review:  {ms(cpu)} ms mean")

    counter = iter(range(10**9))
    latencies, wall, cpu, stopped = timed_loop(
        n, max_seconds, lambda: _review_all_new(review, draft, incoming, context, next(counter))
    )
    print(f"-- every line of draft and incoming new each time (no cache helps): {len(latencies)} reviews{stopped}")
    print_latencies(latencies, ("p50", "p90", "p99", "mean"))
    print(f"CPU per review:  {ms(cpu)} ms mean")
    return result["suggestions"]


def _typed_drafts(draft: str):
    """The draft with a sentence being typed into its middle, one more word each time."""
    words = "Thanks again for your patience while we sort this out for you and your family this week".split()
    middle = len(draft) // 2
    i = 0
    while True:
        yield draft[:middle] + " " + " ".join(words[: i % (len(words) + 1)]) + draft[middle:]
        i += 1


def _review_all_new(review, draft: str, incoming: str, context, number: int):
    """Every line changed, so no per-line or per-message cache can serve the review."""
    def fresh(text: str) -> str:
        return "\n".join(f"{line} {number}" if line.strip() else line for line in text.split("\n"))

    return review(fresh(draft), fresh(incoming), context)


def timed_loop(n: int, max_seconds: float, call, before_each=None) -> tuple[list[float], float, float, str]:
    """Wall-clock latency of each call, total wall time, and mean CPU time of this thread."""
    latencies: list[float] = []
    deadline = time.monotonic() + max_seconds
    loop_time = cpu_time = 0.0
    for _ in range(n):
        if time.monotonic() > deadline:
            break
        if before_each is not None:
            before_each()
        started, cpu_started = time.perf_counter(), time.thread_time()
        call()
        elapsed = time.perf_counter() - started
        cpu_time += time.thread_time() - cpu_started
        latencies.append(elapsed)
        loop_time += elapsed
    return latencies, loop_time, cpu_time / max(1, len(latencies)), stopped_note(len(latencies), n)


# -- over HTTP --------------------------------------------------------------------------------------


def over_http(body: dict, args: argparse.Namespace, expected: list[dict]) -> None:
    payload = json.dumps(body).encode("utf-8")
    with TactfulServer() as server:
        print(f"== HTTP: tactful serve (waitress) on http://{HOST}:{server.port}, pid {server.process.pid}")
        print(f"server ready:    {server.start_seconds:.1f} s after start (includes its dictionary warm-up)")

        client = Client(server.port)
        try:
            for _ in range(WARM_UP_CALLS):
                status, data = client.post(payload)
                if status != 200:
                    raise SystemExit(f"warm-up request answered {status}: {data[:300]!r}")
            answer = json.loads(data)["suggestions"]
            same = [s["rule"] for s in answer] == [s["rule"] for s in expected]
            print(f"suggestions:     {len(answer)} ({'same as in-process' if same else 'DIFFERENT from in-process'})")

            latencies, statuses, wall, stopped = [], {}, 0.0, ""
            deadline = time.monotonic() + args.max_seconds
            started_all = time.perf_counter()
            for _ in range(args.n):
                if time.monotonic() > deadline:
                    break
                started = time.perf_counter()
                status, _ = client.post(payload)
                latencies.append(time.perf_counter() - started)
                statuses[status] = statuses.get(status, 0) + 1
            wall = time.perf_counter() - started_all
            stopped = stopped_note(len(latencies), args.n)
        finally:
            client.close()
        print(f"-- sequential, one keep-alive connection: {len(latencies)} requests{stopped}")
        print_latencies(latencies, ("p50", "p90", "p99", "mean"))
        print(f"throughput:      {statuses.get(200, 0) / wall:.1f} reviews/s (200 responses only)")
        print(f"non-200:         {sum(c for s, c in statuses.items() if s != 200)}  reconnects: {client.reconnects}")

        concurrent(payload, server.port, args)


def concurrent(payload: bytes, port: int, args: argparse.Namespace) -> None:
    total = args.requests or args.n
    lock = threading.Lock()
    state = {"left": total, "latencies": [], "statuses": {}, "errors": 0, "reconnects": 0}
    deadline = time.monotonic() + args.max_seconds

    def take() -> bool:
        with lock:
            if state["left"] <= 0 or time.monotonic() > deadline:
                return False
            state["left"] -= 1
            return True

    def worker() -> None:
        client = Client(port)
        try:
            while take():
                started = time.perf_counter()
                try:
                    status, _ = client.post(payload)
                except (OSError, http.client.HTTPException):
                    with lock:
                        state["errors"] += 1
                    continue
                elapsed = time.perf_counter() - started
                with lock:
                    state["latencies"].append(elapsed)
                    state["statuses"][status] = state["statuses"].get(status, 0) + 1
        finally:
            client.close()
            with lock:
                state["reconnects"] += client.reconnects

    threads = [threading.Thread(target=worker, name=f"client-{i}", daemon=True) for i in range(args.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.max_seconds + REQUEST_TIMEOUT + 5)
    wall = time.perf_counter() - started

    done = len(state["latencies"])
    non_200 = sum(c for s, c in state["statuses"].items() if s != 200)
    print(f"-- concurrent, {args.concurrency} client threads, one keep-alive connection each: "
          f"{done} requests{stopped_note(done + state['errors'], total)}")
    print(f"throughput:      {state['statuses'].get(200, 0) / wall:.1f} reviews/s (200 responses only)")
    print_latencies(state["latencies"], ("p50", "p90", "p99", "mean"))
    print(f"non-200:         {non_200}  connection errors: {state['errors']}  reconnects: {state['reconnects']}"
          + (f"  statuses: {dict(sorted(state['statuses'].items()))}" if non_200 else ""))


class Client:
    """One persistent HTTP/1.1 connection to the loopback server; reconnects if the server closes it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reconnects = 0
        self.connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)

    def post(self, payload: bytes) -> tuple[int, bytes]:
        for attempt in (1, 2):
            try:
                self.connection.request(
                    "POST", "/v1/review", body=payload, headers={"Content-Type": "application/json"}
                )
                response = self.connection.getresponse()
                data = response.read()
                if response.will_close:
                    self._reconnect()
                return response.status, data
            except (ConnectionError, http.client.RemoteDisconnected, http.client.CannotSendRequest):
                if attempt == 2:
                    raise
                self._reconnect()
        raise AssertionError("unreachable")

    def _reconnect(self) -> None:
        self.connection.close()
        self.connection = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        self.reconnects += 1

    def close(self) -> None:
        self.connection.close()


class TactfulServer:
    """``tactful serve`` on a free loopback port, stopped on exit from the ``with`` block, whatever happens."""

    def __enter__(self) -> "TactfulServer":
        self.port = free_port()
        self.log = tempfile.TemporaryFile()
        script = Path(sys.executable).with_name("tactful")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "tactful.cli"]
        started = time.monotonic()
        self.process = subprocess.Popen(
            [*command, "serve", "--host", HOST, "--port", str(self.port)],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
        )
        try:
            self._wait_healthy(started)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.start_seconds = time.monotonic() - started
        return self

    def _wait_healthy(self, started: float) -> None:
        while time.monotonic() - started < START_TIMEOUT:
            if self.process.poll() is not None:
                raise SystemExit(f"tactful serve exited with {self.process.returncode}:\n{self.output()}")
            connection = http.client.HTTPConnection(HOST, self.port, timeout=2)
            try:
                connection.request("GET", "/healthz")
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            finally:
                connection.close()
            time.sleep(0.1)
        raise SystemExit(f"tactful serve did not answer /healthz within {START_TIMEOUT:.0f} s:\n{self.output()}")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-2000:]

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM on POSIX
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


# -- figures ----------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def print_latencies(latencies: list[float], which: tuple[str, ...]) -> None:
    if not latencies:
        print("latency:         no requests completed")
        return
    values = sorted(latencies)
    figures = []
    for name in which:
        value = sum(values) / len(values) if name == "mean" else percentile(values, float(name[1:]))
        figures.append(f"{name} {ms(value)}")
    print(f"latency (ms):    {'  '.join(figures)}  max {ms(values[-1])}")


def print_suggestions(suggestions: list[dict]) -> None:
    print(f"suggestions:     {len(suggestions)}")
    for s in suggestions:
        print(f"                 {s['rule']} \u201c{s['text']}\u201d")


def stopped_note(done: int, planned: int) -> str:
    return "" if done >= planned else f" (stopped at the time limit; {planned} planned)"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


if __name__ == "__main__":
    sys.exit(main())
