#!/usr/bin/env python3
"""Build Tactful's held-out set 3 (core_holdout3.jsonl) from cases/<category>.py.

    python datasets/holdout3/build_core_holdout3.py          # write the JSONL and the README counts
    python datasets/holdout3/build_core_holdout3.py --check  # write nothing; exit 1 if stale or invalid

Flagged spans are wrapped in ⟦ ⟧ in the case sources; this script strips the markers and
computes the offsets in UTF-16 code units (start/end) and in Python code points
(py_start/py_end). Apology positives get one whole-text label. The format, the shared invariants
and the build steps are the core sets' (../core_format.py); this file holds only what is this set's
own: exact counts, card numbers in thread and draft, the sentence count and the greeting line.
"""
import importlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "cases"), str(HERE.parent)]
from core_format import CATEGORIES, SPELLING_LIST, CoreSet, luhn_valid


def load_cases():
    cases = {}
    for cat in CATEGORIES:
        mod = importlib.import_module(cat)
        cases[cat] = (mod.POSITIVE, mod.NEGATIVE)
    return cases


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
                if 13 <= len(digits) <= 19 and luhn_valid(digits):
                    yield a, b


def sentence_count(text):
    """Rough sentence count: the body's terminators, plus one each for greeting and sign-off."""
    lines = text.split("\n")
    body = "\n".join(lines[1:])
    return len(re.findall(r"[.!?](?=\s|$|[\"')\u201d])|[\U0001F300-\U0001FAFF](?=\s*\n)", body)) + 2


def own_checks(records, _set):
    errors = []
    for r in records:
        cid, text = r["id"], r["text"]
        # card numbers: labelled ones pass Luhn; no unlabelled Luhn-valid 13-19 digit number anywhere
        for lab in r["labels"]:
            digits = re.sub(r"[ -]", "", lab["text"])
            if digits.isdigit() and 13 <= len(digits) <= 19 and not luhn_valid(digits):
                errors.append(f"{cid}: labelled card number fails Luhn: {lab['text']}")
        for a, b in card_like_numbers(text):
            if not any(lab["py_start"] <= a and b <= lab["py_end"] and not lab.get("whole_text")
                       for lab in r["labels"]):
                errors.append(f"{cid}: unlabelled Luhn-valid number {text[a:b]!r}")
        for a, b in card_like_numbers(r["thread"] or ""):
            errors.append(f"{cid}: Luhn-valid number in thread {(r['thread'] or '')[a:b]!r}")
        n = sentence_count(text)
        if not 4 <= n <= 12:
            errors.append(f"{cid}: about {n} sentences, want 4-12")
        if not re.match(r"^(Hi|Hey|Hello|Dear|Good)\b|^[A-Z][a-z]+,$", text.split("\n")[0]):
            errors.append(f"{cid}: no greeting line: {text.splitlines()[0]!r}")
    return errors


SET = CoreSet(
    builder=__file__, out_name="core_holdout3.jsonl", id_prefix="holdout3",
    source="tactful held-out set 3 (hand-written)", cases=load_cases, doc=__doc__,
    per_side=(15, 20), exact_counts=True, checks=own_checks,
    # shared/ beside the repository (CI) or one level up
    spelling_lists=(SPELLING_LIST, HERE.parents[3] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"),
)

if __name__ == "__main__":
    sys.exit(SET.main())
