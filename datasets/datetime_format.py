"""The held-out date/time sets (``datetime_holdout*/``): what every one of them shares.

Each set's builder names its file, id prefix and source and calls ``datetime_set``. Flagged expressions
are wrapped in ⟦ ⟧ in the set's cases.py; the builder strips the marks and computes the offsets (UTF-16
code units for start/end, Python code points for py_start/py_end). The format, the shared invariants
and the build steps are the core sets' (core_format.py); this module holds what the date/time sets
add: one category (`datetime`), a full `context` on every case (now, timezone, recipient_timezone when
known, locale), a `check` on every label naming which of the eight date/time checks it is a case of, a
per-check counts table, and the context invariants (`now` carries the UTC offset its time zone had at
that instant).
"""
import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core_format import LICENSE, CoreSet, counts_table, label
from set_common import CLOSE, OPEN, strip_marks

CATEGORY = "datetime"


def case(text, thread, now, timezone, locale, checks=(), recipient_timezone=None):
    """One case of a set's cases.py: the reply, the customer's email, the context, and which check each ⟦marked⟧ span is."""
    c = {"text": text, "thread": thread, "now": now, "timezone": timezone, "locale": locale, "checks": list(checks)}
    if recipient_timezone:
        c["recipient_timezone"] = recipient_timezone
    return c


# The eight date/time checks a label can be a case of, in the order of the README's table.
CHECKS = ("ambiguous-time", "relative-date", "weekday-mismatch", "impossible-date", "past-date",
          "ambiguous-numeric-date", "missing-timezone", "zone-mismatch")
GREETING = re.compile(r"^(Hi|Hello|Hey|Dear|Good (morning|afternoon|evening))\b")
PER_CHECK_MIN = 5


def load_module(folder):
    """The set's cases.py (its CASES)."""
    spec = importlib.util.spec_from_file_location(f"{folder.name}_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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
    cases = Counter(c for r in records for c in {lab["check"] for lab in r["labels"]})
    labels = Counter(lab["check"] for r in records for lab in r["labels"])
    rows = ["| check | positive cases | labels |", "| --- | ---: | ---: |"]
    rows += [f"| `{c}` | {cases[c]} | {labels[c]} |" for c in CHECKS]
    return "\n".join(rows)


def zone(name):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def own_checks(records, core_set):
    errors = []
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
            if lab.get("check") not in CHECKS:
                errors.append(f"{cid}: label {lab['text']!r} has no known check")
        elsewhere = rtz and zone(rtz) and now.astimezone(ZoneInfo(rtz)).utcoffset() != now.utcoffset()
        if r["id"].endswith("-pos") and any(lab["check"] == "missing-timezone" for lab in r["labels"]) and not (r["thread"] or elsewhere):
            errors.append(f"{cid}: a missing-timezone positive needs a recipient elsewhere or a thread")
    per_check = Counter(c for r in records for c in {lab["check"] for lab in r["labels"]})
    errors += [f"check {c}: {per_check[c]} positive cases, want ≥ {PER_CHECK_MIN}"
               for c in CHECKS if per_check[c] < PER_CHECK_MIN]
    return errors


@dataclass(frozen=True)
class DatetimeSet(CoreSet):
    """A CoreSet whose records carry the full date/time context and a check on every label."""

    def record(self, cid, cat, case):
        return build_record(cid, case, self.source)

    def tables(self, records):
        return counts_table(records, self.categories) + "\n\n" + check_table(records)


def datetime_set(builder, out_name, id_prefix, source, doc):
    """The set whose builder is ``builder`` (its __file__), writing ``out_name`` with ids ``{id_prefix}-datetime-NN-pos``."""
    return DatetimeSet(
        builder=builder, out_name=out_name, id_prefix=id_prefix, source=source,
        cases=lambda: load_module(Path(builder).resolve().parent).CASES, doc=doc,
        categories=(CATEGORY,), per_side=(60, 30), exact_counts=True, min_astral_labels=2,
        locale_required=True, checks=own_checks,
    )
