"""Check that the date/time grammar's word-start gates find the same atoms as plain substring gates, and time both.

Usage (from the project root, with tactful installed)::

    python benchmarks/datetime_gates.py DATASETS_DIR [MORE_DIRS...]

Reads the ``text``, ``thread`` and ``context`` strings of every ``*/*.jsonl`` under each directory (the
shared sets and the project's ``datasets``), splits them into lines and, for every distinct line,
compares ``candidates.candidates`` (gated by ``gates.open_atoms``) with the atoms found when each gate
opens on its strings anywhere in the lowered line (``gates._substring_mask``, the first gates). Prints the
lines compared, the differences (must be 0) and, on the first 2,000 lines, µs per line of each way.
Exits 1 on a difference.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

candidates_module = importlib.import_module("tactful.text.datetimes.candidates")
gates = importlib.import_module("tactful.text.datetimes.gates")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def corpus_lines(dirs: list[str]) -> list[str]:
    lines: dict[str, None] = {}
    for folder in dirs:
        for path in sorted(Path(folder).glob("*/*.jsonl")):
            for row in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(row)
                for key in ("text", "thread", "context"):
                    for text in strings(record.get(key)):
                        lines.update((line, None) for line in text.split("\n") if line.strip())
    return list(lines)


def substring_gated(line: str):
    lower = line.lower()
    return gates._atoms(gates._substring_mask(line, lower))


def found(line: str, opened) -> list:
    """``candidates(line)`` with the atoms ``opened`` instead of those its gates open."""
    saved = candidates_module.open_atoms
    candidates_module.open_atoms = lambda _line, _lower: opened
    try:
        return candidates_module.candidates(line)
    finally:
        candidates_module.open_atoms = saved


def main() -> int:
    lines = corpus_lines(sys.argv[1:])
    differences = 0
    for line in lines:
        if candidates_module.candidates(line) != found(line, substring_gated(line)):
            differences += 1
            if differences <= 10:
                print("DIFFERENT:", line[:200])
    print(f"{len(lines)} distinct lines compared, {differences} differences")
    sample = lines[:2000]
    for name, gate in (("word-start gates", gates.open_atoms), ("substring gates", lambda line, _lower: substring_gated(line))):
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for line in sample:
                for _name, _kind, pattern in gate(line, line.lower()):
                    for _ in pattern.finditer(line):
                        pass
            best = min(best, time.perf_counter() - start)
        print(f"{name}: {best / len(sample) * 1e6:.0f} µs per line (gates and regexes, best of 5)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
