#!/usr/bin/env python3
"""Build datetime_holdout4.jsonl (Tactful's fourth held-out date/time set) from cases.py.

    python datasets/datetime_holdout4/build_datetime_holdout4.py          # rewrite the JSONL and README counts
    python datasets/datetime_holdout4/build_datetime_holdout4.py --check  # write nothing; exit 1 if stale or invalid

Flagged expressions are wrapped in ⟦ ⟧ in cases.py; this script strips the marks and computes the
offsets (UTF-16 code units for start/end, Python code points for py_start/py_end). The format,
the shared invariants and the build steps are the core sets' (../core_format.py); this file holds
only what is this set's own: one category (`datetime`), a full `context` on every case (now,
timezone, recipient_timezone when known, locale), a `check` on every label naming which of the
eight date/time checks it is a case of, a per-check counts table, and the context invariants
(`now` carries the UTC offset its time zone had at that instant).
"""
import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from core_format import LICENSE, CoreSet, counts_table, label  # noqa: E402
from set_common import CLOSE, OPEN, strip_marks  # noqa: E402

CATEGORY = "datetime"
GREETING = re.compile(r"^(Hi|Hello|Hey|Dear|Good (morning|afternoon|evening))\b")
PER_CHECK_MIN = 5


def load_module():
    spec = importlib.util.spec_from_file_location("datetime_holdout4_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_cases():
    return load_module().CASES


def sentence_count(text):
    """Rough count: greeting line + body sentences + sign-off block (counted once)."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    body = " ".join(blocks[1:-1])
    body = re.sub(r"\b(Mr|Mrs|Ms|Dr|Co|St|vs|etc|Mon|Fri|Dec|Sept|a\.m|p\.m)\.", r"\1", body)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if re.search(r"\w", s)]
    return 1 + len(sentences) + 1


def build_record(cid, case, source):
    """One JSONL record from one case (ValueError if its marks or checks are malformed)."""
    thread = case["thread"]
    if thread and (OPEN in thread or CLOSE in thread):
        raise ValueError(f"{cid}: {OPEN} {CLOSE} belong in the draft, not the thread")
    text, spans = strip_marks(case["text"])
    checks = case["checks"]
    if len(checks) != len(spans):
        raise ValueError(f"{cid}: {len(spans)} marked spans but {len(checks)} checks")
    labels = []
    for (a, b), check in zip(spans, checks):
        lab = label(CATEGORY, text, a, b)
        lab["check"] = check
        labels.append(lab)
    context = {"now": case["now"], "timezone": case["timezone"]}
    if case.get("recipient_timezone"):
        context["recipient_timezone"] = case["recipient_timezone"]
    context["locale"] = case["locale"]
    return {"id": cid, "category": CATEGORY, "text": text, "thread": thread, "context": context,
            "labels": labels, "source": source, "license": LICENSE}


def check_table(records):
    """Positives and labels per check (a case with labels of two checks counts under each)."""
    checks = load_module().CHECKS
    cases = Counter(c for r in records for c in {lab["check"] for lab in r["labels"]})
    labels = Counter(lab["check"] for r in records for lab in r["labels"])
    rows = ["| check | positive cases | labels |", "| --- | ---: | ---: |"]
    rows += [f"| `{c}` | {cases[c]} | {labels[c]} |" for c in checks]
    return "\n".join(rows)


def zone(name):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def own_checks(records, core_set):
    errors = []
    checks = load_module().CHECKS
    for r in records:
        cid, text, ctx = r["id"], r["text"], r["context"]
        if not GREETING.match(text):
            errors.append(f"{cid}: no greeting line")
        k = sentence_count(text)
        if not 3 <= k <= 8:
            errors.append(f"{cid}: {k} sentences (want 3-8)")
        tz = zone(ctx["timezone"])
        if tz is None:
            errors.append(f"{cid}: unknown time zone {ctx['timezone']!r}")
            continue
        rtz = ctx.get("recipient_timezone")
        if rtz is not None and zone(rtz) is None:
            errors.append(f"{cid}: unknown recipient time zone {rtz!r}")
        try:
            now = datetime.fromisoformat(ctx["now"])
        except ValueError:
            errors.append(f"{cid}: now {ctx['now']!r} is not ISO 8601")
            continue
        if now.utcoffset() is None:
            errors.append(f"{cid}: now {ctx['now']!r} has no UTC offset")
        elif now.utcoffset() != now.astimezone(tz).utcoffset():
            errors.append(f"{cid}: now {ctx['now']!r} does not carry {ctx['timezone']}'s offset at that instant")
        for lab in r["labels"]:
            if lab.get("check") not in checks:
                errors.append(f"{cid}: label {lab['text']!r} has no known check")
        if r["id"].endswith("-pos") and any(lab["check"] == "missing-timezone" for lab in r["labels"]):
            if not r["thread"] and not (rtz and zone(rtz) and
                                        now.astimezone(ZoneInfo(rtz)).utcoffset() != now.utcoffset()):
                errors.append(f"{cid}: a missing-timezone positive needs a recipient elsewhere or a thread")
    per_check = Counter(c for r in records for c in {lab["check"] for lab in r["labels"]})
    errors += [f"check {c}: {per_check[c]} positive cases, want ≥ {PER_CHECK_MIN}"
               for c in checks if per_check[c] < PER_CHECK_MIN]
    return errors


@dataclass(frozen=True)
class DatetimeSet(CoreSet):
    """A CoreSet whose records carry the full date/time context and a check on every label."""

    def build_records(self):
        records, problems = [], []
        cases = self.cases()
        if set(cases) != {CATEGORY}:
            problems.append(f"categories {sorted(cases)} != [{CATEGORY!r}]")
        for kind, items in zip(("pos", "neg"), cases.get(CATEGORY, ([], []))):
            for n, c in enumerate(items, 1):
                try:
                    records.append(build_record(f"{self.id_prefix}-{CATEGORY}-{n:02d}-{kind}", c, self.source))
                except ValueError as e:
                    problems.append(str(e))
        return records, problems

    def main(self, argv=None):
        import argparse
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
        table = counts_table(records, self.categories) + "\n\n" + check_table(records)
        return self.publish(args.check, records, table, summary)


SET = DatetimeSet(
    builder=__file__, out_name="datetime_holdout4.jsonl", id_prefix="dtholdout4",
    source="tactful fourth held-out date/time set (hand-written)", cases=load_cases, doc=__doc__,
    categories=(CATEGORY,), per_side=(60, 30), exact_counts=True, min_astral_labels=2,
    locale_required=True, checks=own_checks,
)

if __name__ == "__main__":
    sys.exit(SET.main())
