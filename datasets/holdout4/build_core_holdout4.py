#!/usr/bin/env python3
"""Build core_holdout4.jsonl (Tactful held-out set 4) from cases.py.

    python datasets/holdout4/build_core_holdout4.py          # rewrite the JSONL and README counts
    python datasets/holdout4/build_core_holdout4.py --check  # write nothing; exit 1 if stale or invalid

Flagged phrases are wrapped in ⟦ ⟧ in cases.py; this script strips the marks and computes the
offsets (UTF-16 code units for start/end, Python code points for py_start/py_end). The format,
the shared invariants and the build steps are the core sets' (../core_format.py); this file holds
only what is this set's own: two categories, exact counts, a stated locale, the greeting line, the
sentence count and no codespell misspelling.
"""
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from core_format import CoreSet

GREETING = re.compile(r"^(Hi|Hello|Hey|Dear|Morning|Good (morning|afternoon|evening))\b")


def load_cases():
    spec = importlib.util.spec_from_file_location("holdout4_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CASES


def sentence_count(text):
    """Rough count: greeting line + body sentences + sign-off block (counted once)."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    body = " ".join(blocks[1:-1])
    body = re.sub(r"\b(Mr|Mrs|Ms|Dr|Co|St|vs|etc)\.", r"\1", body)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?])(?=\s*[^\s\w])", body) if re.search(r"\w", s)]
    return 1 + len(sentences) + 1


def own_checks(records, core_set):
    errors = []
    misspellings = core_set.words("misspelling")
    for r in records:
        cid, text = r["id"], r["text"]
        if not GREETING.match(text):
            errors.append(f"{cid}: no greeting line")
        k = sentence_count(text)
        if not 3 <= k <= 8:
            errors.append(f"{cid}: {k} sentences (want 3-8)")
        words = set(re.findall(r"[A-Za-z]+", text.lower()))
        if words & misspellings:
            errors.append(f"{cid}: misspelling: {sorted(words & misspellings)}")
    return errors


SET = CoreSet(
    builder=__file__, out_name="core_holdout4.jsonl", id_prefix="holdout4",
    source="tactful held-out set 4 (hand-written)", cases=load_cases, doc=__doc__,
    categories=("condescension", "promises"), per_side=(20, 20), exact_counts=True,
    locale_required=True, checks=own_checks,
)

if __name__ == "__main__":
    sys.exit(SET.main())
