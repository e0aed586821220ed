#!/usr/bin/env python3
"""Build Tactful's second held-out set, core_holdout2.jsonl, from cases/*.py.

Each cases module holds POSITIVE and NEGATIVE lists of C(text, thread, locale) cases. Flagged
phrases are wrapped in ⟦ ⟧ in the source; this script strips the markers, computes the offsets
in UTF-16 code units (the API contract) and in Python code points, checks every invariant listed
in README.md, rewrites the JSONL and the README's counts table, and prints the counts. The format,
the shared invariants and the build steps are the core sets' (../core_format.py); this file holds
only what is this set's own.

    python datasets/holdout2/build_core_holdout2.py          # rewrite
    python datasets/holdout2/build_core_holdout2.py --check  # write nothing; exit 1 if stale or invalid
"""

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
sys.dont_write_bytecode = True  # keep cases/ free of __pycache__
sys.path[:0] = [str(CASES), str(HERE.parent)]
from core_format import CATEGORIES, CoreSet, luhn_valid


def load_cases():
    cases = {}
    for category in CATEGORIES:
        spec = importlib.util.spec_from_file_location(f"holdout2_{category}", CASES / f"{category}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases[category] = (module.POSITIVE, module.NEGATIVE)
    return cases


CARD_LIKE = re.compile(r"\d(?:[ -]?\d)+")


def own_checks(records, core_set):
    problems = []
    gb = core_set.words("en-GB_variant")
    for r in records:
        cid, text, cat = r["id"], r["text"], r["category"]
        if cat == "spelling":
            problems += [f"{cid}: {lab['text']!r} is an en-GB spelling, not a typo"
                         for lab in r["labels"] if lab["text"].lower() in gb]
        # Card numbers: every Luhn-valid 13-19-digit run in a draft is a labelled privacy span,
        # and every labelled card-like value of 13-19 digits passes Luhn.
        labelled = {(lab["py_start"], lab["py_end"]) for lab in r["labels"]}
        for m in CARD_LIKE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19:
                is_label = (m.start(), m.end()) in labelled and cat == "privacy"
                if luhn_valid(digits) and not is_label:
                    problems.append(f"{cid}: unlabelled Luhn-valid number {m.group()!r}")
                if is_label and not luhn_valid(digits):
                    problems.append(f"{cid}: labelled card {m.group()!r} fails Luhn")
    return problems


SET = CoreSet(
    builder=__file__, out_name="core_holdout2.jsonl", id_prefix="holdout2",
    source="tactful held-out set 2 (hand-written)", cases=load_cases, doc=__doc__,
    per_side=(15, 20), min_astral_labels=5, checks=own_checks,
)

if __name__ == "__main__":
    sys.exit(SET.main())
