#!/usr/bin/env python3
"""Build Tactful's second held-out set, core_holdout2.jsonl, from cases/*.py.

Each cases module holds POSITIVE and NEGATIVE lists of C(text, thread, locale) cases. Flagged
phrases are wrapped in ⟦ ⟧ in the source; this script strips the markers, computes the offsets
in UTF-16 code units (the API contract) and in Python code points, checks every invariant listed
in README.md, rewrites the JSONL and the README's counts table, and prints the counts.

    python datasets/holdout2/build_core_holdout2.py          # rewrite
    python datasets/holdout2/build_core_holdout2.py --check  # write nothing; exit 1 if stale or invalid
"""

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
OUT = HERE / "core_holdout2.jsonl"
README = HERE / "README.md"
# ../shared beside the project root: the codespell en-GB list, when present.
GB_WORDS = HERE.parents[2] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"

CATEGORIES = ("condescension", "promises", "apology", "placeholders", "names", "privacy", "spelling")
MIN_POSITIVE, MIN_NEGATIVE = 15, 20
OPEN, CLOSE = "⟦", "⟧"
SOURCE = "tactful held-out set 2 (hand-written)"
LOCALES = (None, "en-US", "en-GB")

sys.dont_write_bytecode = True  # keep cases/ free of __pycache__
sys.path.insert(0, str(CASES))
from _helpers import luhn_valid  # noqa: E402


class Invalid(Exception):
    pass


def utf16_len(s):
    # UTF-16: JS string indices, as the contract counts (an emoji outside the BMP is 2 units).
    return len(s.encode("utf-16-le")) // 2


def load(category):
    spec = importlib.util.spec_from_file_location(f"holdout2_{category}", CASES / f"{category}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.POSITIVE, module.NEGATIVE


def strip_markers(marked, where):
    """Return (plain text, [(py_start, py_end), ...]) for a text with ⟦ ⟧ around spans."""
    plain, spans, start = [], [], None
    for ch in marked:
        if ch == OPEN:
            if start is not None:
                raise Invalid(f"{where}: nested {OPEN}")
            start = len(plain)
        elif ch == CLOSE:
            if start is None:
                raise Invalid(f"{where}: {CLOSE} without {OPEN}")
            spans.append((start, len(plain)))
            start = None
        else:
            plain.append(ch)
    if start is not None:
        raise Invalid(f"{where}: unclosed {OPEN}")
    return "".join(plain), spans


def label(category, text, py_start, py_end, whole=False):
    lab = {
        "rule": category,
        "start": utf16_len(text[:py_start]),
        "end": utf16_len(text[:py_end]),
        "py_start": py_start,
        "py_end": py_end,
        "text": text[py_start:py_end],
    }
    if whole:
        lab["whole_text"] = True
    return lab


def build_case(category, kind, n, case):
    cid = f"holdout2-{category}-{n:02d}-{kind}"
    if case["locale"] not in LOCALES:
        raise Invalid(f"{cid}: locale {case['locale']!r}")
    if case["thread"] is not None and (OPEN in case["thread"] or CLOSE in case["thread"]):
        raise Invalid(f"{cid}: span markers in the thread")
    text, spans = strip_markers(case["text"], cid)
    if category == "apology" and kind == "pos":
        if spans:
            raise Invalid(f"{cid}: apology positives are whole-text; no markers")
        labels = [label(category, text, 0, len(text), whole=True)]
    else:
        labels = [label(category, text, a, b) for a, b in spans]
    if kind == "pos" and not labels:
        raise Invalid(f"{cid}: positive without a label")
    if kind == "neg" and labels:
        raise Invalid(f"{cid}: negative with labels")
    row = {"id": cid, "category": category, "text": text, "thread": case["thread"]}
    if case["locale"]:
        row["context"] = {"locale": case["locale"]}
    row.update({"labels": labels, "source": SOURCE, "license": "project"})
    return row


def gb_words():
    if not GB_WORDS.exists():
        return None
    words = set()
    with GB_WORDS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("kind") == "en-GB_variant":
                words.add(rec["text"].lower())
    return words


CARD_LIKE = re.compile(r"\d(?:[ -]?\d)+")


def check(rows):
    """Raise Invalid listing every broken invariant, not just the first."""
    problems = []
    bad = problems.append
    gb = gb_words()
    seen_ids, seen_pairs = set(), set()
    emoji_offsets = 0
    for row in rows:
        cid, text, cat = row["id"], row["text"], row["category"]
        if cid in seen_ids:
            bad(f"{cid}: duplicate id")
        seen_ids.add(cid)
        pair = (text, row["thread"])
        if pair in seen_pairs:
            bad(f"{cid}: duplicate (text, thread)")
        seen_pairs.add(pair)
        units = text.encode("utf-16-le")
        for lab in row["labels"]:
            if lab["rule"] != cat:
                bad(f"{cid}: label rule {lab['rule']} != category")
            py = text[lab["py_start"]:lab["py_end"]]
            js = units[2 * lab["start"]:2 * lab["end"]].decode("utf-16-le")
            if not (lab["text"] == py == js) or not py:
                bad(f"{cid}: label text {lab['text']!r} != slices {py!r} / {js!r}")
            if py != py.strip():
                bad(f"{cid}: label {py!r} has surrounding whitespace")
            if lab["start"] != lab["py_start"]:
                emoji_offsets += 1
            if lab.get("whole_text") and (lab["py_start"], lab["py_end"]) != (0, len(text)):
                bad(f"{cid}: whole_text label does not span the text")
            if cat == "names" and "\n" in text[:lab["py_start"]]:
                bad(f"{cid}: names span outside the greeting line")
            if cat == "spelling" and gb and py.lower() in gb:
                bad(f"{cid}: {py!r} is an en-GB spelling, not a typo")
        if cat in ("apology", "names") and row["labels"] and not row["thread"]:
            bad(f"{cid}: {cat} positive without a thread")
        locale = row.get("context", {}).get("locale")
        if cat == "spelling" and not locale:
            bad(f"{cid}: spelling case without a locale")
        if gb and locale != "en-GB":
            british = sorted({w for w in re.findall(r"[a-z]+", text.lower()) if w in gb})
            if british:
                bad(f"{cid}: British spelling {british} without en-GB")
        # Card numbers: every Luhn-valid 13-19-digit run in a draft is a labelled privacy span,
        # and every labelled card-like value of 13-19 digits passes Luhn.
        labelled = {(lab["py_start"], lab["py_end"]) for lab in row["labels"]}
        for m in CARD_LIKE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19:
                is_label = (m.start(), m.end()) in labelled and cat == "privacy"
                if luhn_valid(digits) and not is_label:
                    bad(f"{cid}: unlabelled Luhn-valid number {m.group()!r}")
                if is_label and not luhn_valid(digits):
                    bad(f"{cid}: labelled card {m.group()!r} fails Luhn")
        for ch in (OPEN, CLOSE):
            if ch in text:
                bad(f"{cid}: stray {ch}")
    if emoji_offsets < 5:
        bad(f"only {emoji_offsets} labels sit after emoji (want ≥ 5)")
    if problems:
        raise Invalid("\n  ".join([f"{len(problems)} problem(s):"] + problems))


def counts_table(rows):
    lines = ["| category | positive | negative | labels | total |", "| --- | ---: | ---: | ---: | ---: |"]
    tot = [0, 0, 0]
    for cat in CATEGORIES:
        mine = [r for r in rows if r["category"] == cat]
        pos = sum(1 for r in mine if r["labels"])
        labs = sum(len(r["labels"]) for r in mine)
        c = [pos, len(mine) - pos, labs]
        tot = [a + b for a, b in zip(tot, c)]
        lines.append(f"| `{cat}` | {c[0]} | {c[1]} | {c[2]} | {len(mine)} |")
    lines.append(f"| **all** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[0] + tot[1]} |")
    return "\n".join(lines)


def readme_with(table):
    text = README.read_text(encoding="utf-8")
    begin = "<!-- counts:begin (written by build_core_holdout2.py) -->"
    end = "<!-- counts:end -->"
    a, b = text.index(begin) + len(begin), text.index(end)
    return text[:a] + "\n" + table + "\n" + text[b:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale or invalid")
    args = ap.parse_args()
    rows = []
    try:
        for cat in CATEGORIES:
            pos, neg = load(cat)
            if len(pos) < MIN_POSITIVE or len(neg) < MIN_NEGATIVE:
                raise Invalid(f"{cat}: {len(pos)} positives, {len(neg)} negatives "
                              f"(want ≥ {MIN_POSITIVE} and ≥ {MIN_NEGATIVE})")
            rows += [build_case(cat, "pos", i, c) for i, c in enumerate(pos, 1)]
            rows += [build_case(cat, "neg", i, c) for i, c in enumerate(neg, 1)]
        check(rows)
    except Invalid as exc:
        print(f"invalid: {exc}", file=sys.stderr)
        return 1
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    table = counts_table(rows)
    readme = readme_with(table)
    if args.check:
        stale = [p.name for p, want in ((OUT, jsonl), (README, readme))
                 if not p.exists() or p.read_text(encoding="utf-8") != want]
        if stale:
            print(f"stale: {', '.join(stale)} (run build_core_holdout2.py)", file=sys.stderr)
            return 1
    else:
        OUT.write_text(jsonl, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
