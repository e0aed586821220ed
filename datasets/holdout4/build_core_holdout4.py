#!/usr/bin/env python3
"""Build core_holdout4.jsonl (Tactful held-out set 4) from cases.py.

    python datasets/holdout4/build_core_holdout4.py          # rewrite the JSONL and README counts
    python datasets/holdout4/build_core_holdout4.py --check  # write nothing; exit 1 if stale or invalid

Flagged phrases are wrapped in ⟦ ⟧ in cases.py; this script strips the marks and computes the
offsets (UTF-16 code units for start/end, Python code points for py_start/py_end).
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "core_holdout4.jsonl"
README = HERE / "README.md"
SHARED = HERE.parents[2] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"
SOURCE = "tactful held-out set 4 (hand-written)"
OPEN, CLOSE = "⟦", "⟧"
CATEGORIES = ("condescension", "promises")
PER_SIDE = 20
GREETING = re.compile(r"^(Hi|Hello|Hey|Dear|Morning|Good (morning|afternoon|evening))\b")
BEGIN = "<!-- counts:begin (written by build_core_holdout4.py) -->"
END = "<!-- counts:end -->"


def load_cases():
    spec = importlib.util.spec_from_file_location("holdout4_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CASES


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def strip_marks(marked):
    """Return (plain text, [(py_start, py_end), ...]) for a ⟦ ⟧-marked string."""
    out, spans, start = [], [], None
    for ch in marked:
        if ch == OPEN:
            if start is not None:
                raise ValueError("nested ⟦")
            start = len(out)
        elif ch == CLOSE:
            if start is None:
                raise ValueError("⟧ without ⟦")
            spans.append((start, len(out)))
            start = None
        else:
            out.append(ch)
    if start is not None:
        raise ValueError("unclosed ⟦")
    return "".join(out), spans


def sentence_count(text):
    """Rough count: greeting line + body sentences + sign-off block (counted once)."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    body = " ".join(blocks[1:-1])
    body = re.sub(r"\b(Mr|Mrs|Ms|Dr|Co|St|vs|etc)\.", r"\1", body)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?])(?=\s*[^\s\w])", body) if re.search(r"\w", s)]
    return 1 + len(sentences) + 1


def build():
    errors, rows = [], []
    cases = load_cases()
    gb_words, misspellings = set(), set()
    if SHARED.exists():
        for line in SHARED.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("kind") == "en-GB_variant":
                gb_words.add(rec["text"].lower())
            elif rec.get("kind") == "misspelling":
                misspellings.add(rec["text"].lower())
    if set(cases) != set(CATEGORIES):
        errors.append(f"categories {sorted(cases)} != {sorted(CATEGORIES)}")
    for category in CATEGORIES:
        pos, neg = cases.get(category, ([], []))
        if len(pos) != PER_SIDE or len(neg) != PER_SIDE:
            errors.append(f"{category}: {len(pos)} positives / {len(neg)} negatives, want {PER_SIDE} each")
        for side, items in (("pos", pos), ("neg", neg)):
            for n, case in enumerate(items, 1):
                cid = f"holdout4-{category}-{n:02d}-{side}"
                try:
                    text, spans = strip_marks(case["text"])
                except ValueError as exc:
                    errors.append(f"{cid}: {exc}")
                    continue
                thread = case["thread"]
                if thread is not None and (OPEN in thread or CLOSE in thread):
                    errors.append(f"{cid}: marks in thread")
                labels = []
                for a, b in spans:
                    frag = text[a:b]
                    if not frag or frag != frag.strip():
                        errors.append(f"{cid}: empty span or surrounding whitespace: {frag!r}")
                    s16, e16 = u16(text[:a]), u16(text[:b])
                    if text.encode("utf-16-le")[2 * s16:2 * e16].decode("utf-16-le") != frag:
                        errors.append(f"{cid}: UTF-16 slice mismatch")
                    labels.append({"rule": category, "start": s16, "end": e16,
                                   "py_start": a, "py_end": b, "text": frag})
                if side == "pos" and not labels:
                    errors.append(f"{cid}: positive without a label")
                if side == "neg" and labels:
                    errors.append(f"{cid}: negative with a label")
                if case["locale"] not in ("en-GB", "en-US"):
                    errors.append(f"{cid}: bad locale {case['locale']!r}")
                if not GREETING.match(text):
                    errors.append(f"{cid}: no greeting line")
                k = sentence_count(text)
                if not 3 <= k <= 8:
                    errors.append(f"{cid}: {k} sentences (want 3-8)")
                words = set(re.findall(r"[A-Za-z]+", text.lower()))
                if case["locale"] == "en-US" and words & gb_words:
                    errors.append(f"{cid}: British spelling under en-US: {sorted(words & gb_words)}")
                if words & misspellings:
                    errors.append(f"{cid}: misspelling: {sorted(words & misspellings)}")
                rows.append({"id": cid, "category": category, "text": text, "thread": thread,
                             "context": {"locale": case["locale"]}, "labels": labels,
                             "source": SOURCE, "license": "project"})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    pairs = [(r["text"], r["thread"]) for r in rows]
    if len(pairs) != len(set(pairs)):
        errors.append("duplicate (text, thread) pairs")
    if not any(l["start"] != l["py_start"] for r in rows for l in r["labels"]):
        errors.append("no label sits after an emoji (UTF-16 and Python offsets never differ)")
    return rows, errors


def counts_table(rows):
    lines = ["| category | positive | negative | labels | total |", "| --- | ---: | ---: | ---: | ---: |"]
    tot = [0, 0, 0, 0]
    for category in CATEGORIES:
        rs = [r for r in rows if r["category"] == category]
        p = sum(1 for r in rs if r["labels"])
        n = len(rs) - p
        lab = sum(len(r["labels"]) for r in rs)
        lines.append(f"| `{category}` | {p} | {n} | {lab} | {len(rs)} |")
        tot = [tot[0] + p, tot[1] + n, tot[2] + lab, tot[3] + len(rs)]
    lines.append(f"| **all** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |")
    return "\n".join(lines)


def main(argv):
    check = "--check" in argv
    rows, errors = build()
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    table = counts_table(rows)
    readme_old = README.read_text(encoding="utf-8") if README.exists() else ""
    if BEGIN in readme_old and END in readme_old:
        head, rest = readme_old.split(BEGIN, 1)
        readme_new = head + BEGIN + "\n" + table + "\n" + END + rest.split(END, 1)[1]
    else:
        readme_new = readme_old
        errors.append("README.md has no counts markers")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print(table)
    if check:
        stale = []
        if OUT.exists():
            for i, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
                rec = json.loads(line)
                t = rec["text"]
                for l in rec["labels"]:
                    s16 = t.encode("utf-16-le")[2 * l["start"]:2 * l["end"]].decode("utf-16-le", "replace")
                    if t[l["py_start"]:l["py_end"]] != l["text"] or s16 != l["text"]:
                        print(f"BAD OFFSET: {OUT.name} line {i} ({rec['id']}): {l['text']!r}", file=sys.stderr)
                        stale.append(OUT.name)
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != jsonl:
            stale.append(OUT.name)
        if readme_old != readme_new:
            stale.append(README.name)
        for s in dict.fromkeys(stale):
            print(f"STALE: {s} (run build_core_holdout4.py)", file=sys.stderr)
        return 1 if errors or stale else 0
    if errors:
        return 1
    OUT.write_text(jsonl, encoding="utf-8")
    README.write_text(readme_new, encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
