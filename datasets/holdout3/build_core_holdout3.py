#!/usr/bin/env python3
"""Build Tactful's held-out set 3 (core_holdout3.jsonl) from cases/<category>.py.

    python datasets/holdout3/build_core_holdout3.py          # write the JSONL and the README counts
    python datasets/holdout3/build_core_holdout3.py --check  # write nothing; exit 1 if stale or invalid

Flagged spans are wrapped in ⟦ ⟧ in the case sources; this script strips the markers and
computes the offsets in UTF-16 code units (start/end) and in Python code points
(py_start/py_end). Apology positives get one whole-text label.
"""
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
OUT = HERE / "core_holdout3.jsonl"
README = HERE / "README.md"
SHARED_WORDS = HERE.parents[2] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"
if not SHARED_WORDS.exists():  # shared/ beside the repository (CI) or one level up
    SHARED_WORDS = HERE.parents[3] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"

CATEGORIES = ["condescension", "promises", "apology", "placeholders", "names", "privacy", "spelling"]
N_POS, N_NEG = 15, 20
SOURCE = "tactful held-out set 3 (hand-written)"
OPEN, CLOSE = "\u27e6", "\u27e7"
LOCALES = {"en-US", "en-GB"}

sys.path.insert(0, str(CASES))
from _common import luhn_ok  # noqa: E402


def u16(s, i):
    """UTF-16 offset of code-point index i in s."""
    return len(s[:i].encode("utf-16-le")) // 2


def strip_markers(marked):
    """Return (plain text, [(py_start, py_end), ...]) for a ⟦ ⟧-marked string."""
    out, spans, start = [], [], None
    for ch in marked:
        if ch == OPEN:
            if start is not None:
                raise ValueError("nested ⟦")
            start = len("".join(out))
        elif ch == CLOSE:
            if start is None:
                raise ValueError("⟧ without ⟦")
            spans.append((start, len("".join(out))))
            start = None
        else:
            out.append(ch)
    if start is not None:
        raise ValueError("unclosed ⟦")
    return "".join(out), spans


def label(rule, text, a, b, whole=False):
    lab = {"rule": rule, "start": u16(text, a), "end": u16(text, b),
           "py_start": a, "py_end": b, "text": text[a:b]}
    if whole:
        lab["whole_text"] = True
    return lab


def build():
    records, errors = [], []
    for cat in CATEGORIES:
        mod = importlib.import_module(cat)
        for kind, items in (("pos", mod.POSITIVE), ("neg", mod.NEGATIVE)):
            for n, c in enumerate(items, 1):
                cid = f"holdout3-{cat}-{n:02d}-{kind}"
                if c["thread"] and (OPEN in c["thread"] or CLOSE in c["thread"]):
                    errors.append(f"{cid}: marker in thread")
                try:
                    text, spans = strip_markers(c["text"])
                except ValueError as e:
                    errors.append(f"{cid}: {e}")
                    continue
                if cat == "apology" and kind == "pos":
                    if spans:
                        errors.append(f"{cid}: apology positives take no ⟦ ⟧ markers")
                    labels = [label(cat, text, 0, len(text), whole=True)]
                else:
                    labels = [label(cat, text, a, b) for a, b in spans]
                rec = {"id": cid, "category": cat, "text": text, "thread": c["thread"]}
                if c.get("locale"):
                    rec["context"] = {"locale": c["locale"]}
                rec["labels"] = labels
                rec["source"] = SOURCE
                rec["license"] = "project"
                records.append(rec)
    return records, errors


def british_words():
    if not SHARED_WORDS.exists():
        return set()
    words = set()
    with SHARED_WORDS.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("kind") == "en-GB_variant":
                words.add(r["text"].lower())
    return words


DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")


def card_like_numbers(text):
    """Yield (start, end) of every Luhn-valid 13-19 digit number in text, allowing single
    spaces or hyphens between digit groups (every contiguous run of groups is tried)."""
    for m in DIGIT_RUN.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                a, b = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", text[a:b])
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    yield a, b


def sentence_count(text):
    """Rough sentence count: the body's terminators, plus one each for greeting and sign-off."""
    lines = text.split("\n")
    body = "\n".join(lines[1:])
    return len(re.findall(r"[.!?](?=\s|$|[\"')\u201d])|[\U0001F300-\U0001FAFF](?=\s*\n)", body)) + 2


def validate(records):
    errors = []
    gb = british_words()
    ids, pairs = set(), set()
    counts = {c: {"pos": 0, "neg": 0, "labels": 0} for c in CATEGORIES}
    astral_offsets = 0
    emoji_texts = 0
    for r in records:
        cid, cat, text = r["id"], r["category"], r["text"]
        kind = cid.rsplit("-", 1)[1]
        counts[cat][kind] += 1
        counts[cat]["labels"] += len(r["labels"])
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if (text, r["thread"]) in pairs:
            errors.append(f"{cid}: duplicate (text, thread)")
        pairs.add((text, r["thread"]))
        if any(ord(ch) > 0xFFFF for ch in text):
            emoji_texts += 1
        if kind == "pos" and not r["labels"]:
            errors.append(f"{cid}: positive without labels")
        if kind == "neg" and r["labels"]:
            errors.append(f"{cid}: negative with labels")
        units = text.encode("utf-16-le")
        for lab in r["labels"]:
            if lab["rule"] != cat:
                errors.append(f"{cid}: label rule {lab['rule']} != {cat}")
            if text[lab["py_start"]:lab["py_end"]] != lab["text"]:
                errors.append(f"{cid}: python slice mismatch")
            if units[2 * lab["start"]:2 * lab["end"]].decode("utf-16-le") != lab["text"]:
                errors.append(f"{cid}: UTF-16 slice mismatch")
            if not lab["text"] or lab["text"] != lab["text"].strip():
                errors.append(f"{cid}: empty label or surrounding whitespace {lab['text']!r}")
            if lab["start"] != lab["py_start"]:
                astral_offsets += 1
            if lab.get("whole_text") and (lab["py_start"], lab["py_end"]) != (0, len(text)):
                errors.append(f"{cid}: whole_text label does not span the text")
        if cat in ("apology", "names") and kind == "pos" and not r["thread"]:
            errors.append(f"{cid}: {cat} positive needs a thread")
        if cat == "apology" and kind == "pos":
            if len(r["labels"]) != 1 or not r["labels"][0].get("whole_text"):
                errors.append(f"{cid}: apology positive needs one whole-text label")
        if cat == "names":
            first_line_end = text.index("\n")
            for lab in r["labels"]:
                if lab["py_end"] > first_line_end:
                    errors.append(f"{cid}: names span outside the greeting line")
        # card numbers: labelled ones pass Luhn; no unlabelled Luhn-valid 13-19 digit number anywhere
        for lab in r["labels"]:
            digits = re.sub(r"[ -]", "", lab["text"])
            if digits.isdigit() and 13 <= len(digits) <= 19 and not luhn_ok(digits):
                errors.append(f"{cid}: labelled card number fails Luhn: {lab['text']}")
        for a, b in card_like_numbers(text):
            if not any(lab["py_start"] <= a and b <= lab["py_end"] and not lab.get("whole_text")
                       for lab in r["labels"]):
                errors.append(f"{cid}: unlabelled Luhn-valid number {text[a:b]!r}")
        for a, b in card_like_numbers(r["thread"] or ""):
            errors.append(f"{cid}: Luhn-valid number in thread {(r['thread'] or '')[a:b]!r}")
        loc = (r.get("context") or {}).get("locale")
        if loc is not None and loc not in LOCALES:
            errors.append(f"{cid}: bad locale {loc}")
        if cat == "spelling" and loc is None:
            errors.append(f"{cid}: spelling case without locale")
        if gb and loc != "en-GB":
            found = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in gb})
            if found:
                errors.append(f"{cid}: British spelling {found} without en-GB")
        n = sentence_count(text)
        if not 4 <= n <= 12:
            errors.append(f"{cid}: about {n} sentences, want 4-12")
        if not re.match(r"^(Hi|Hey|Hello|Dear|Good)\b|^[A-Z][a-z]+,$", text.split("\n")[0]):
            errors.append(f"{cid}: no greeting line: {text.splitlines()[0]!r}")
    for c in CATEGORIES:
        if counts[c]["pos"] != N_POS or counts[c]["neg"] != N_NEG:
            errors.append(f"{c}: {counts[c]['pos']} positives / {counts[c]['neg']} negatives, "
                          f"want {N_POS} / {N_NEG}")
    if astral_offsets == 0:
        errors.append("no label sits after an emoji (UTF-16 and Python offsets never differ)")
    return counts, errors, astral_offsets, emoji_texts


def counts_table(counts):
    rows = ["| category | positive | negative | labels | total |",
            "| --- | ---: | ---: | ---: | ---: |"]
    tp = tn = tl = 0
    for c in CATEGORIES:
        p, n, lab = counts[c]["pos"], counts[c]["neg"], counts[c]["labels"]
        tp, tn, tl = tp + p, tn + n, tl + lab
        rows.append(f"| `{c}` | {p} | {n} | {lab} | {p + n} |")
    rows.append(f"| **all** | {tp} | {tn} | {tl} | {tp + tn} |")
    return "\n".join(rows)


def main(argv):
    check = "--check" in argv
    records, errors = build()
    counts, verrs, astral, emoji = validate(records)
    errors += verrs
    jsonl = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    table = counts_table(counts)
    readme = README.read_text(encoding="utf-8") if README.exists() else ""
    begin, end = "<!-- counts:begin (written by build_core_holdout3.py) -->", "<!-- counts:end -->"
    if begin in readme and end in readme:
        head, rest = readme.split(begin, 1)
        _, tail = rest.split(end, 1)
        new_readme = f"{head}{begin}\n{table}\n{end}{tail}"
    else:
        new_readme = readme
        errors.append("README.md has no counts markers")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print(table)
    print(f"{len(records)} cases; {emoji} texts with emoji; {astral} labels whose UTF-16 and "
          f"Python offsets differ")
    if check:
        stale = []
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != jsonl:
            stale.append(OUT.name)
        if readme != new_readme:
            stale.append(README.name)
        if stale:
            print("stale:", ", ".join(stale), file=sys.stderr)
        return 1 if (errors or stale) else 0
    if errors:
        return 1
    OUT.write_text(jsonl, encoding="utf-8")
    README.write_text(new_readme, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
