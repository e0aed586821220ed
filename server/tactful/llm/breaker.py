"""A circuit breaker: after repeated model failures, stop calling for a while.

While it is open, reviews skip the model at once (deterministic results, ``degraded: true``)
instead of each waiting for a timeout; after the cool-down one review tries the model again.
"""

from __future__ import annotations

import threading
import time


class CircuitBreaker:
    def __init__(self, failures_to_open: int = 3, cooldown: float = 30.0, clock=time.monotonic):
        self.failures_to_open, self.cooldown, self._clock = failures_to_open, cooldown, clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            return "half-open" if self._clock() - self._opened_at >= self.cooldown else "open"

    def allow(self) -> bool:
        """True when a call may go ahead; in half-open state only one trial at a time."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._clock() - self._opened_at < self.cooldown or self._trial_running:
                return False
            self._trial_running = True
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._failures, self._opened_at, self._trial_running = 0, None, False

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial_running or self._failures >= self.failures_to_open:
                self._opened_at = self._clock()
            self._trial_running = False
