"""The model layer's cost: server overhead over the upstream's latency, concurrency, instruction tokens.

A fake OpenAI-compatible upstream (tests/fake_openai.py) answers after a fixed delay, in its own
process; `tactful serve` runs in another, pointed at it. Everything stays on 127.0.0.1.

    python benchmarks/llm_overhead.py                     # about 30 s
    python benchmarks/llm_overhead.py --n 100 --concurrency 50 --slow-delay 2

1. Overhead: --n sequential reviews (each draft new, so no cache answers) with the upstream at
   --delay; the same number of direct calls to the upstream give its own latency; the difference
   of the medians is what Tactful adds (rules, prompt, masking, tokens, validation, HTTP).
2. Concurrency: --concurrency clients at once against an upstream answering after --slow-delay;
   prints errors, wall time (close to one delay when all were held at once) and latency.
3. Model down: the server points at a closed port; prints the first reviews (which try the model and
   fail) and --n reviews after the circuit breaker has opened (which do not try it), with the reason
   each response gives.
4. Instruction tokens: the system prompt with every shipped check and no questions (tiktoken o200k).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = (ROOT / "benchmarks" / "fixtures" / "draft_2k.txt").read_text(encoding="utf-8")
INCOMING = (ROOT / "benchmarks" / "fixtures" / "incoming_4k.txt").read_text(encoding="utf-8")
CONTEXT = {"now": "2026-12-03T16:05:00+00:00", "timezone": "Europe/London", "locale": "en-GB"}


# The upstream stands for a remote provider: on a machine with two cores or more it gets a core of
# its own (with this client), so that the server's CPU work does not slow the "remote" answer.
CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
SERVER_CPU, UPSTREAM_CPU = (CPUS[0], CPUS[1]) if len(CPUS) >= 2 else (None, None)


def pin(pid: int, cpu: int | None) -> None:
    if cpu is not None:
        os.sched_setaffinity(pid, {cpu})


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_upstream(delay: float) -> tuple[subprocess.Popen, str]:
    port = free_port()
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from fake_openai import FakeOpenAI\n"
            "FakeOpenAI('ok', float(sys.argv[2]), int(sys.argv[3])).server.serve_forever()\n")
    process = subprocess.Popen([sys.executable, "-c", code, str(ROOT / "tests"), str(delay), str(port)])
    pin(process.pid, UPSTREAM_CPU)
    url = f"http://127.0.0.1:{port}/v1"
    wait_for(f"http://127.0.0.1:{port}/", accept_status=True)
    return process, url


def start_server(upstream: str, threads: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "OPENAI_API_KEY": "bench-key", "OPENAI_BASE_URL": upstream, "TACTFUL_LLM_TIMEOUT": "8"}
    process = subprocess.Popen([sys.executable, "-m", "tactful.cli", "serve", "--port", str(port), "--threads", str(threads)],
                               env=env, stderr=subprocess.DEVNULL)
    pin(process.pid, SERVER_CPU)
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/healthz")
    return process, base


def wait_for(url: str, accept_status: bool = False, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except urllib.error.HTTPError:
            if accept_status:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def post(url: str, body: dict, timeout: float = 30) -> tuple[int, dict, float]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.loads(response.read())
            return response.status, payload, time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, {}, time.perf_counter() - started


def review_body(n: int) -> dict:
    return {"draft": DRAFT.replace("Thursday", f"Thursday ({n})"), "incoming": INCOMING, "context": CONTEXT}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def overhead(n: int, delay: float, threads: int) -> None:
    upstream, upstream_url = start_upstream(delay)
    server, base = start_server(upstream_url, threads)
    try:
        post(f"{base}/v1/review", review_body(-1))  # warm: tokenizer, caches
        direct = [post(f"{upstream_url}/chat/completions", {"model": "m", "messages": []})[2] for _ in range(n)]
        reviews, used = [], 0
        cpu_before = cpu_seconds(server.pid)
        for i in range(n):
            status, payload, elapsed = post(f"{base}/v1/review", review_body(i))
            reviews.append(elapsed)
            used += status == 200 and payload["llm"]["used"] and not payload["llm"]["cached"]
        print(f"1. overhead, upstream delay {delay * 1000:.0f} ms, {n} sequential reviews (2 KB draft + 4 KB thread):")
        print(f"   upstream alone      p50 {statistics.median(direct) * 1000:7.1f} ms")
        print(f"   review with model   p50 {statistics.median(reviews) * 1000:7.1f} ms   p95 {pct(reviews, 95) * 1000:7.1f} ms"
              f"   ({used}/{n} answered by the model, not the cache)")
        print(f"   server overhead     p50 {(statistics.median(reviews) - statistics.median(direct)) * 1000:7.1f} ms  (target <= 10 ms)")
        cpu_after = cpu_seconds(server.pid)
        if cpu_before is not None and cpu_after is not None:
            print(f"   server CPU          {(cpu_after - cpu_before) / n * 1000:7.1f} ms per review (all threads)")
    finally:
        server.terminate(), upstream.terminate()
        server.wait(), upstream.wait()


def concurrency(clients: int, delay: float, threads: int) -> None:
    upstream, upstream_url = start_upstream(delay)
    server, base = start_server(upstream_url, threads)
    try:
        post(f"{base}/v1/review", review_body(-1))
        results: list[tuple[int, dict, float]] = []
        lock = threading.Lock()

        def one(i: int) -> None:
            result = post(f"{base}/v1/review", review_body(10_000 + i), timeout=60)
            with lock:
                results.append(result)

        started = time.perf_counter()
        workers = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        wall = time.perf_counter() - started
        errors = sum(status != 200 for status, _, _ in results)
        degraded = sum(bool(payload.get("degraded")) for _, payload, _ in results)
        latencies = [elapsed for _, _, elapsed in results]
        print(f"2. {clients} concurrent reviews, upstream delay {delay:.1f} s, waitress --threads {threads}:")
        print(f"   non-200: {errors}   degraded: {degraded}   wall {wall:.2f} s   "
              f"latency p50 {statistics.median(latencies):.2f} s  max {max(latencies):.2f} s")
    finally:
        server.terminate(), upstream.terminate()
        server.wait(), upstream.wait()


def model_down(n: int, threads: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from fake_openai import closed_port

    server, base = start_server(closed_port(), threads)
    try:
        first, later, reasons = [], [], {}
        for i in range(n + 5):
            status, payload, elapsed = post(f"{base}/v1/review", review_body(20_000 + i))
            (first if i < 5 else later).append(elapsed)
            reason = payload.get("llm", {}).get("reason") if status == 200 else f"HTTP {status}"
            if i >= 5:
                reasons[reason] = reasons.get(reason, 0) + 1
        print(f"3. model down (closed port), {n + 5} sequential reviews:")
        print(f"   first 5 (model tried)  max {max(first) * 1000:7.1f} ms")
        print(f"   next {n} (breaker)       p50 {statistics.median(later) * 1000:7.1f} ms   p95 {pct(later, 95) * 1000:7.1f} ms"
              f"   (target p95 <= 50 ms)   reasons: {reasons}")
    finally:
        server.terminate()
        server.wait()


def instruction_tokens() -> None:
    from tactful.llm import load_templates, tokens
    from tactful.llm.templates import CHECK_VARIABLES

    templates = load_templates()
    values = {name: "unknown" for name in CHECK_VARIABLES} | {"questions": "(none found)", "now": "2026-12-03T16:05:00+00:00"}
    sections = "\n\n".join(f"### {t.id}\n{t.render(values).strip()}" for t in templates.checks)
    system = templates.system.render({"checks": sections, "boundary": "0123456789ab"})
    print(f"4. instruction tokens per review (system prompt, {len(templates.checks)} checks, no questions): "
          f"{tokens.count(system)} (target <= 900)")


def main() -> None:
    pin(0, UPSTREAM_CPU)
    if SERVER_CPU is not None:
        print(f"server pinned to CPU {SERVER_CPU}; upstream and this client to CPU {UPSTREAM_CPU}")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--slow-delay", type=float, default=2.0)
    parser.add_argument("--threads", type=int, default=64)
    args = parser.parse_args()
    overhead(args.n, args.delay, args.threads)
    concurrency(args.concurrency, args.slow_delay, args.threads)
    model_down(args.n, args.threads)
    instruction_tokens()


if __name__ == "__main__":
    main()
