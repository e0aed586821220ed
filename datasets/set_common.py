"""What every data set's builder shares: the ⟦ ⟧ span marks, the two offset units and the files.

Cases wrap flagged phrases (or questions) in ⟦ ⟧; the builders strip the marks and record every
span twice: ``start``/``end`` in UTF-16 code units (the API contract counts JavaScript string
indices) and ``py_start``/``py_end`` in Python code points. Each set writes one JSONL and the
counts table in its README.md, both beside its builder; ``--check`` writes nothing and fails when
either is stale.
"""

import json
import re
import sys
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def utf16_slice(s, start, end):
    return s.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def strip_marks(marked):
    """Return the clean text and the (py_start, py_end) of each ⟦ ⟧ span."""
    clean, spans, start, pos = [], [], None, 0
    for part in re.split(f"([{OPEN}{CLOSE}])", marked):
        if part == OPEN:
            if start is not None:
                raise ValueError(f"nested {OPEN} in {marked[:60]!r}")
            start = pos
        elif part == CLOSE:
            if start is None or start == pos:
                raise ValueError(f"stray or empty {CLOSE} in {marked[:60]!r}")
            spans.append((start, pos))
            start = None
        else:
            clean.append(part)
            pos += len(part)
    if start is not None:
        raise ValueError(f"unclosed {OPEN} in {marked[:60]!r}")
    return "".join(clean), spans


def offsets(text, py_start, py_end):
    """The UTF-16 (start, end) of the code-point span text[py_start:py_end]."""
    start = utf16_len(text[:py_start])
    return start, start + utf16_len(text[py_start:py_end])


class SetFiles:
    """The files of a set whose builder is ``self.builder`` and whose JSONL is named ``self.out_name``."""

    @property
    def here(self):
        return Path(self.builder).resolve().parent

    @property
    def out(self):
        return self.here / self.out_name

    @property
    def readme(self):
        return self.here / "README.md"

    @property
    def counts_markers(self):
        return f"<!-- counts:begin (written by {Path(self.builder).name}) -->", "<!-- counts:end -->"

    def check_existing_jsonl(self):
        """Re-check every record of the JSONL on disk with ``self.recheck`` (its offsets against its own texts)."""
        problems, out = [], self.out
        for i, line in enumerate(out.read_text(encoding="utf-8").splitlines(), 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{out.name}:{i}: not JSON ({e})")
                continue
            problems += [f"{out.name}:{i}: {p}" for p in self.recheck(r)]
        return problems

    def with_counts(self, current, table):
        """The README text ``current`` with ``table`` between its counts markers."""
        begin, end = self.counts_markers
        if begin not in current or end not in current:
            raise SystemExit(f"{self.readme.name} lacks the {begin} ... {end} block")
        head, rest = current.split(begin, 1)
        return head + f"{begin}\n{table}\n{end}" + rest.split(end, 1)[1]

    def publish(self, check, records, table, summary):
        """Write the records' JSONL and the README counts; with ``check``, write nothing and return 1 if stale."""
        out, readme = self.out, self.readme
        jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        readme_text = self.with_counts(readme.read_text(encoding="utf-8"), table)
        if check:
            stale = [p.name for p, new in ((out, jsonl), (readme, readme_text))
                     if not p.exists() or p.read_text(encoding="utf-8") != new]
            if stale:
                print(f"out of date: {', '.join(stale)}; run {Path(self.builder).name}", file=sys.stderr)
                return 1
            print(f"{out.name} and {readme.name} are up to date: {summary}")
            return 0
        out.write_text(jsonl, encoding="utf-8")
        readme.write_text(readme_text, encoding="utf-8")
        print(f"wrote {out}: {summary}")
        print(table)
        return 0
