#!/usr/bin/env python3
"""Build core_dev.jsonl, Tactful's hand-written dev set, from the case modules in ./cases.

    python datasets/dev/build_core_dev.py          # write core_dev.jsonl and the README counts
    python datasets/dev/build_core_dev.py --check  # exit 1 if either is out of date (for CI)

In a case's text the flagged phrases are wrapped in ⟦ ⟧. The builder strips the brackets and
records each span twice: ``start``/``end`` in UTF-16 code units (the API contract counts JavaScript
string indices) and ``py_start``/``py_end`` in Python code points. Every label is checked against
both slices before anything is written, along with the other invariants below.
"""

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "core_dev.jsonl"
README = HERE / "README.md"
# The shared reference folder sits beside the project (../shared from its root); optional here.
SHARED_SPELLING = HERE.parents[1].parent / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"

CATEGORIES = ("condescension", "promises", "apology", "placeholders", "names", "privacy", "spelling")
OPEN, CLOSE = "⟦", "⟧"
SOURCE = "tactful dev set (hand-written)"
MIN_PER_SIDE = 20

sys.dont_write_bytecode = True  # keep cases/ free of __pycache__ in the working tree
sys.path.insert(0, str(HERE))


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def utf16_slice(s, start, end):
    return s.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def strip_marks(marked):
    """Return the clean text and the (py_start, py_end) of each ⟦ ⟧ span."""
    parts = re.split(f"([{OPEN}{CLOSE}])", marked)
    clean, spans, start = [], [], None
    pos = 0
    for part in parts:
        if part == OPEN:
            if start is not None:
                raise ValueError(f"nested {OPEN} in {marked!r}")
            start = pos
        elif part == CLOSE:
            if start is None or start == pos:
                raise ValueError(f"stray or empty {CLOSE} in {marked!r}")
            spans.append((start, pos))
            start = None
        else:
            clean.append(part)
            pos += len(part)
    if start is not None:
        raise ValueError(f"unclosed {OPEN} in {marked!r}")
    return "".join(clean), spans


def label(category, text, py_start, py_end, whole=False):
    start = utf16_len(text[:py_start])
    end = start + utf16_len(text[py_start:py_end])
    lab = {"rule": category, "start": start, "end": end, "py_start": py_start, "py_end": py_end,
           "text": text[py_start:py_end]}
    if whole:
        lab["whole_text"] = True
    return lab


def build_records():
    records = []
    for category in CATEGORIES:
        module = importlib.import_module(f"cases.{category}")
        assert module.CATEGORY == category, module.__name__
        for polarity, cases in (("pos", module.POSITIVE), ("neg", module.NEGATIVE)):
            for n, c in enumerate(cases, 1):
                cid = f"dev-{category}-{n:02d}-{polarity}"
                if c["thread"] and (OPEN in c["thread"] or CLOSE in c["thread"]):
                    raise ValueError(f"{cid}: brackets belong in the draft, not the thread")
                text, spans = strip_marks(c["text"])
                if polarity == "neg" and spans:
                    raise ValueError(f"{cid}: a negative has marked spans")
                if polarity == "pos" and category == "apology":
                    if spans:
                        raise ValueError(f"{cid}: apology positives are whole-text, mark nothing")
                    labels = [label(category, text, 0, len(text), whole=True)]
                elif polarity == "pos":
                    if not spans:
                        raise ValueError(f"{cid}: a positive has no marked span")
                    labels = [label(category, text, s, e) for s, e in spans]
                else:
                    labels = []
                rec = {"id": cid, "category": category, "text": text, "thread": c["thread"]}
                if c["locale"]:
                    rec["context"] = {"locale": c["locale"]}
                rec.update(labels=labels, source=SOURCE, license="project")
                records.append(rec)
    return records


# --- invariants -----------------------------------------------------------------------------

CARDLIKE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def british_spellings():
    if not SHARED_SPELLING.exists():
        return set()
    words = set()
    with SHARED_SPELLING.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("kind") == "en-GB_variant":
                words.add(d["text"].lower())
    return words


def check(records):
    problems = []
    ids, pairs = Counter(r["id"] for r in records), Counter((r["text"], r["thread"]) for r in records)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    problems += [f"duplicate case text {t[:40]!r}" for (t, _), n in pairs.items() if n > 1]
    gb = british_spellings()
    for r in records:
        cid, text, cat = r["id"], r["text"], r["category"]
        for lab in r["labels"]:
            if lab["rule"] != cat:
                problems.append(f"{cid}: label rule {lab['rule']} is not the case's category")
            if utf16_slice(text, lab["start"], lab["end"]) != lab["text"]:
                problems.append(f"{cid}: UTF-16 slice != label text {lab['text']!r}")
            if text[lab["py_start"] : lab["py_end"]] != lab["text"]:
                problems.append(f"{cid}: Python slice != label text {lab['text']!r}")
            if lab["text"] != lab["text"].strip():
                problems.append(f"{cid}: label {lab['text']!r} has surrounding whitespace")
        # Card numbers: every labelled one is Luhn-valid, and no Luhn-valid number hides elsewhere.
        labelled = {lab["text"] for lab in r["labels"]}
        for m in CARDLIKE.finditer(text):
            if m.group() in labelled:
                if not luhn_ok(m.group()):
                    problems.append(f"{cid}: labelled card number {m.group()} fails Luhn")
            elif luhn_ok(m.group()):
                problems.append(f"{cid}: unlabelled Luhn-valid number {m.group()}")
        if cat == "privacy":
            for lab in r["labels"]:
                if CARDLIKE.fullmatch(lab["text"]) and not luhn_ok(lab["text"]):
                    problems.append(f"{cid}: card number {lab['text']} fails Luhn")
        if cat in ("apology", "names") and r["labels"] and not r["thread"]:
            problems.append(f"{cid}: a {cat} positive needs the incoming thread")
        if cat == "names":
            first_line = text.split("\n", 1)[0]
            for lab in r["labels"]:
                if lab["py_end"] > len(first_line):
                    problems.append(f"{cid}: wrong name {lab['text']!r} is not in the greeting line")
        if cat == "spelling" and "context" not in r:
            problems.append(f"{cid}: spelling cases state their locale")
        locale = r.get("context", {}).get("locale")
        if gb and locale != "en-GB":
            found = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in gb})
            if found:
                problems.append(f"{cid}: British spelling {found} without locale en-GB")
    counts = Counter((r["category"], bool(r["labels"])) for r in records)
    for cat in CATEGORIES:
        for positive in (True, False):
            if counts[(cat, positive)] < MIN_PER_SIDE:
                problems.append(f"{cat}: only {counts[(cat, positive)]} {'positive' if positive else 'negative'} cases")
    astral = sum(1 for r in records if utf16_len(r["text"]) != len(r["text"]))
    astral_labels = sum(1 for r in records for lab in r["labels"] if lab["start"] != lab["py_start"])
    if astral < 5 or astral_labels < 3:
        problems.append(f"only {astral} texts / {astral_labels} labels where UTF-16 and Python offsets differ")
    return problems


# --- output ---------------------------------------------------------------------------------

def render_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts_table(records):
    counts = Counter((r["category"], bool(r["labels"])) for r in records)
    spans = Counter(r["category"] for r in records for _ in r["labels"])
    rows = ["| category | positive | negative | labels | total |", "| --- | ---: | ---: | ---: | ---: |"]
    for cat in CATEGORIES:
        p, n = counts[(cat, True)], counts[(cat, False)]
        rows.append(f"| `{cat}` | {p} | {n} | {spans[cat]} | {p + n} |")
    p = sum(v for (c, pos), v in counts.items() if pos)
    n = sum(v for (c, pos), v in counts.items() if not pos)
    rows.append(f"| **all** | {p} | {n} | {sum(spans.values())} | {p + n} |")
    return "\n".join(rows)


BEGIN, END = "<!-- counts:begin (written by build_core_dev.py) -->", "<!-- counts:end -->"


def render_readme(records, current):
    block = f"{BEGIN}\n{counts_table(records)}\n{END}"
    if BEGIN not in current or END not in current:
        raise SystemExit(f"{README.name} lacks the {BEGIN} ... {END} block")
    head, rest = current.split(BEGIN, 1)
    return head + block + rest.split(END, 1)[1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the outputs are stale; write nothing")
    args = ap.parse_args(argv)
    records = build_records()
    problems = check(records)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    jsonl = render_jsonl(records)
    readme_now = README.read_text(encoding="utf-8")
    readme = render_readme(records, readme_now)
    if args.check:
        stale = [p.name for p, new in ((OUT, jsonl), (README, readme))
                 if not p.exists() or p.read_text(encoding="utf-8") != new]
        if stale:
            print(f"out of date: {', '.join(stale)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{OUT.name} and {README.name} are up to date ({len(records)} cases)")
        return 0
    OUT.write_text(jsonl, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    print(counts_table(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
