"""Answers to identical reviews, kept in process with a size bound.

Anything with ``get(key)`` and ``put(key, value)`` can take its place (a shared cache later);
keys are hashes, so no email text is held as a key.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, Protocol, TypeVar

V = TypeVar("V")


class ReviewCache(Protocol[V]):
    def get(self, key: str) -> V | None: ...

    def put(self, key: str, value: V) -> None: ...


class LRUCache(Generic[V]):
    def __init__(self, max_entries: int = 256):
        self.max_entries = max_entries
        self._items: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: str, value: V) -> None:
        if self.max_entries <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
