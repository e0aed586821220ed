"""The format, invariants and build steps shared by the core data sets' builders.

Each set's folder (dev/, holdout/, holdout2/, holdout3/, holdout4/) keeps its hand-written cases and
a thin build_*.py that describes the set with a ``CoreSet`` (file names, id prefix, source, how its
cases load, the counts it must hold and the few rules where the sets differ, among them its own
invariants as a function) and runs ``CoreSet.main``.

In a case's draft the flagged phrases are wrapped in ⟦ ⟧ (apology positives mark nothing: the
whole draft is their span). The builder strips the marks and records every label twice:
``start``/``end`` in UTF-16 code units (the API contract counts JavaScript string indices) and
``py_start``/``py_end`` in Python code points (set_common.py). Every invariant is checked before
anything is written; ``--check`` also re-reads the existing JSONL and checks each of its offsets
against its own texts.
"""

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from set_common import CLOSE, OPEN, SetFiles, offsets, strip_marks, utf16_slice

CATEGORIES = ("condescension", "promises", "apology", "placeholders", "names", "privacy", "spelling")
LOCALES = ("en-US", "en-GB")
LICENSE = "project"
# The codespell word lists in the shared reference folder beside the project (../shared from its
# root); the checks that use them are skipped where it is absent.
SPELLING_LIST = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"


# --- records --------------------------------------------------------------------------------

def label(rule, text, py_start, py_end, whole=False):
    start, end = offsets(text, py_start, py_end)
    lab = {"rule": rule, "start": start, "end": end, "py_start": py_start, "py_end": py_end,
           "text": text[py_start:py_end]}
    if whole:
        lab["whole_text"] = True
    return lab


def build_record(cid, category, case, source):
    """One JSONL record from one case (ValueError if its marks are malformed)."""
    thread = case["thread"]
    if thread and (OPEN in thread or CLOSE in thread):
        raise ValueError(f"{cid}: {OPEN} {CLOSE} belong in the draft, not the thread")
    text, spans = strip_marks(case["text"])
    if category == "apology" and cid.endswith("-pos"):
        if spans:
            raise ValueError(f"{cid}: apology positives are whole-text, mark nothing")
        labels = [label(category, text, 0, len(text), whole=True)]
    else:
        labels = [label(category, text, a, b) for a, b in spans]
    rec = {"id": cid, "category": category, "text": text, "thread": thread}
    if case.get("locale"):
        rec["context"] = {"locale": case["locale"]}
    rec.update(labels=labels, source=source, license=LICENSE)
    return rec


def side(record):
    """"pos" or "neg", as the record's id ends."""
    return record["id"].rsplit("-", 1)[1]


def luhn_valid(number):
    """Whether the digits of ``number`` (spaces and dashes ignored) pass the Luhn check."""
    digits = [int(c) for c in reversed(number) if c.isdigit()]
    return (sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])) % 10 == 0


@cache
def spelling_words(path, kind):
    """The lower-cased words of one kind ("en-GB_variant", "misspelling") in a codespell list."""
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as f:
        return frozenset(d["text"].lower() for d in map(json.loads, f) if d.get("kind") == kind)


# --- output ---------------------------------------------------------------------------------

def counts_table(records, categories):
    counts = Counter((r["category"], side(r)) for r in records)
    spans = Counter(r["category"] for r in records for _ in r["labels"])
    rows = ["| category | positive | negative | labels | total |", "| --- | ---: | ---: | ---: | ---: |"]
    for cat in categories:
        p, n = counts[(cat, "pos")], counts[(cat, "neg")]
        rows.append(f"| `{cat}` | {p} | {n} | {spans[cat]} | {p + n} |")
    p = sum(v for (_, s), v in counts.items() if s == "pos")
    n = sum(v for (_, s), v in counts.items() if s == "neg")
    rows.append(f"| **all** | {p} | {n} | {sum(spans.values())} | {p + n} |")
    return "\n".join(rows)


def label_problems(cid, text, lab):
    """Problems with one label's offsets against its record's draft (also run on the JSONL on disk)."""
    out, t = [], lab["text"]
    if text[lab["py_start"] : lab["py_end"]] != t:
        out.append(f"{cid}: Python slice [{lab['py_start']}:{lab['py_end']}] != label text {t!r}")
    if utf16_slice(text, lab["start"], lab["end"]) != t:
        out.append(f"{cid}: UTF-16 slice [{lab['start']}:{lab['end']}] != label text {t!r}")
    if (lab["start"], lab["end"]) != offsets(text, lab["py_start"], lab["py_end"]):
        out.append(f"{cid}: UTF-16 offsets of {t!r} disagree with its code-point offsets")
    if not t or t != t.strip():
        out.append(f"{cid}: label {t!r} is empty or has surrounding whitespace")
    return out


# --- one set --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CoreSet(SetFiles):
    """One core data set: where it lives, how its cases load, and the rules where the sets differ."""

    builder: str                  # the builder's __file__: its folder holds the JSONL and README.md
    out_name: str                 # the JSONL's file name
    id_prefix: str                # ids read f"{id_prefix}-{category}-NN-{pos|neg}"
    source: str                   # every record's "source"
    cases: Callable               # () -> {category: (positives, negatives)}, each case a dict with
                                  # "text" (⟦ ⟧-marked), "thread" (or None) and "locale" (optional)
    per_side: tuple               # (positives, negatives) each category must have at least
    doc: str = ""                 # the builder's docstring: its first paragraph is the --help line
    categories: tuple = CATEGORIES
    exact_counts: bool = False    # per_side is the exact count, not a floor
    min_astral_labels: int = 1    # labels whose UTF-16 and code-point offsets differ
    locale_required: bool = False  # every case states its locale (spelling cases always do)
    gb_extra: frozenset = frozenset()  # en-GB spellings known beside the shared list's
    spelling_lists: tuple = (SPELLING_LIST,)  # where to look for the codespell list, first found used
    checks: Callable = None       # (records, CoreSet) -> [problem]: the set's own invariants

    def words(self, kind):
        """The shared codespell list's words of one kind (empty where the list is absent)."""
        path = next((p for p in self.spelling_lists if p.exists()), self.spelling_lists[0])
        return spelling_words(path, kind)

    def build_records(self):
        """The records, and the problems with the cases that could not become records."""
        cases, records, problems = self.cases(), [], []
        if set(cases) != set(self.categories):
            problems.append(f"categories {sorted(cases)} != {sorted(self.categories)}")
        for cat in self.categories:
            for kind, items in zip(("pos", "neg"), cases.get(cat, ([], []))):
                for n, c in enumerate(items, 1):
                    try:
                        records.append(self.record(f"{self.id_prefix}-{cat}-{n:02d}-{kind}", cat, c))
                    except ValueError as e:
                        problems.append(str(e))
        return records, problems

    def record(self, cid, cat, case):
        """One JSONL record from one case (ValueError if its marks are malformed)."""
        return build_record(cid, cat, case, self.source)

    def tables(self, records):
        """The counts written into the README."""
        return counts_table(records, self.categories)

    def check_record(self, r, gb):
        cid, text, cat, labels = r["id"], r["text"], r["category"], r["labels"]
        out, positive = [], side(r) == "pos"
        if positive and not labels:
            out.append(f"{cid}: a positive without a label")
        if not positive and labels:
            out.append(f"{cid}: a negative with labels")
        for lab in labels:
            if lab["rule"] != cat:
                out.append(f"{cid}: label rule {lab['rule']} is not the case's category")
            out += label_problems(cid, text, lab)
            if lab.get("whole_text") and (lab["py_start"], lab["py_end"]) != (0, len(text)):
                out.append(f"{cid}: whole_text label does not span the text")
        if cat == "apology" and positive and (len(labels) != 1 or not labels[0].get("whole_text")):
            out.append(f"{cid}: an apology positive needs one whole-text label")
        if cat in ("apology", "names") and positive and not r["thread"]:
            out.append(f"{cid}: a {cat} positive needs the incoming thread")
        if cat == "names":
            first_line_end = len(text.split("\n", 1)[0])
            out += [f"{cid}: wrong name {lab['text']!r} is not in the greeting line"
                    for lab in labels if lab["py_end"] > first_line_end]
        locale = r.get("context", {}).get("locale")
        if locale is None and (self.locale_required or cat == "spelling"):
            out.append(f"{cid}: the case does not state its locale")
        elif locale is not None and locale not in LOCALES:
            out.append(f"{cid}: locale {locale!r} not in {LOCALES}")
        if gb and locale != "en-GB":
            found = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in gb})
            if found:
                out.append(f"{cid}: British spelling {found} without locale en-GB")
        return out

    def check(self, records):
        problems = []
        ids, pairs = Counter(r["id"] for r in records), Counter((r["text"], r["thread"]) for r in records)
        problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
        problems += [f"duplicate case text {t[:40]!r}" for (t, _), n in pairs.items() if n > 1]
        gb = self.gb_extra | self.words("en-GB_variant")
        for r in records:
            problems += self.check_record(r, gb)
        counts = Counter((r["category"], side(r)) for r in records)
        for cat in self.categories:
            for kind, want in zip(("pos", "neg"), self.per_side):
                n = counts[(cat, kind)]
                if n != want if self.exact_counts else n < want:
                    problems.append(f"{cat}: {n} {kind} cases, want {'' if self.exact_counts else '≥ '}{want}")
        astral = sum(lab["start"] != lab["py_start"] for r in records for lab in r["labels"])
        if astral < self.min_astral_labels:
            problems.append(f"only {astral} labels where UTF-16 and Python offsets differ "
                            f"(want ≥ {self.min_astral_labels})")
        if self.checks:
            problems += self.checks(records, self)
        return problems

    def recheck(self, r):
        """Problems with the offsets of one record of the JSONL on disk (check_existing_jsonl)."""
        return [p for lab in r["labels"] for p in label_problems(r["id"], r["text"], lab)]

    def main(self, argv=None):
        ap = argparse.ArgumentParser(description=self.doc.split("\n\n")[0])
        ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale or invalid")
        args = ap.parse_args(argv)
        records, problems = self.build_records()
        problems += self.check(records)
        if args.check and self.out.exists():
            problems += self.check_existing_jsonl()
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        astral_texts = sum(any(ord(c) > 0xFFFF for c in r["text"]) for r in records)
        summary = (f"{len(records)} cases, {sum(len(r['labels']) for r in records)} labels, "
                   f"{astral_texts} drafts with astral characters")
        return self.publish(args.check, records, self.tables(records), summary)
