#!/usr/bin/env python3
"""Build core_dev.jsonl, Tactful's hand-written dev set, from the case modules in ./cases.

    python datasets/dev/build_core_dev.py          # write core_dev.jsonl and the README counts
    python datasets/dev/build_core_dev.py --check  # exit 1 if either is out of date (for CI)

In a case's text the flagged phrases are wrapped in ⟦ ⟧. The builder strips the brackets and
records each span twice: ``start``/``end`` in UTF-16 code units (the API contract counts JavaScript
string indices) and ``py_start``/``py_end`` in Python code points. Every label is checked against
both slices before anything is written, along with the other invariants below. The format, the
shared invariants and the build steps are the core sets' (../core_format.py); this file holds only
what is this set's own.
"""

import importlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep cases/ free of __pycache__ in the working tree
sys.path[:0] = [str(HERE), str(HERE.parent)]
from core_format import CATEGORIES, CoreSet, luhn_valid
from set_common import utf16_len


def load_cases():
    cases = {}
    for category in CATEGORIES:
        module = importlib.import_module(f"cases.{category}")
        assert module.CATEGORY == category, module.__name__
        cases[category] = (module.POSITIVE, module.NEGATIVE)
    return cases


CARDLIKE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")


def own_checks(records, _set):
    problems = []
    for r in records:
        cid, text = r["id"], r["text"]
        # Card numbers: every labelled one is Luhn-valid, and no Luhn-valid number hides elsewhere.
        labelled = {lab["text"] for lab in r["labels"]}
        for m in CARDLIKE.finditer(text):
            if m.group() in labelled:
                if not luhn_valid(m.group()):
                    problems.append(f"{cid}: labelled card number {m.group()} fails Luhn")
            elif luhn_valid(m.group()):
                problems.append(f"{cid}: unlabelled Luhn-valid number {m.group()}")
        if r["category"] == "privacy":
            for lab in r["labels"]:
                if CARDLIKE.fullmatch(lab["text"]) and not luhn_valid(lab["text"]):
                    problems.append(f"{cid}: card number {lab['text']} fails Luhn")
    astral = sum(1 for r in records if utf16_len(r["text"]) != len(r["text"]))
    if astral < 5:
        problems.append(f"only {astral} texts where UTF-16 and Python offsets differ (want ≥ 5)")
    return problems


SET = CoreSet(
    builder=__file__, out_name="core_dev.jsonl", id_prefix="dev", source="tactful dev set (hand-written)",
    cases=load_cases, doc=__doc__, per_side=(20, 20), min_astral_labels=3, checks=own_checks,
)

if __name__ == "__main__":
    sys.exit(SET.main())
