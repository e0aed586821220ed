"""The format, invariants and build steps shared by the `questions` data sets' builders.

Each set's folder (questions/, questions_holdout/, questions_holdout2/) keeps its hand-written cases.py
and a thin build_*.py that describes the set with a ``QuestionSet`` (file names, id prefix, source,
floors and the few rules where the sets differ) and runs ``QuestionSet.main``.

In each case's thread the questions and requests of the newest message are wrapped in ⟦ ⟧, and the
draft holds one ‸ where a missing answer belongs (only when some question is unanswered). The
builder strips the marks and records every span twice: ``start``/``end`` in UTF-16 code units (the
API contract counts JavaScript string indices) and ``py_start``/``py_end`` in Python code points.
Every offset and invariant below is checked before anything is written; ``--check`` also re-reads
the existing JSONL and checks each of its offsets against its own texts.
"""

import argparse
import calendar
import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from set_common import (
    CLOSE,
    OPEN,
    SetFiles,
    offsets,
    strip_marks,
    utf16_len,
    utf16_slice,
)

INSERT = "‸"  # where a missing answer belongs in the draft
KINDS = ("yes/no", "when", "where", "how much", "how", "which", "why", "request")
LICENSE = "project"
FIELDS = {"id", "text", "thread", "questions", "labels", "source", "license"}

# Where the newest message ends: quoted history, forwarded mail, original-message blocks,
# signature delimiters, phone sign-offs and disclaimers. No question span may start after this.
BOUNDARIES = (
    r"On [^\n]*(?:\n[^\n]*)?wrote:$",
    r"-{5,} ?Forwarded message",
    r"-{3,} ?Original Message",
    r"_{10,}$",
    r"From: ",
    r"-- ?$",
    r">",
    r"Sent from my ",
    r"CONFIDENTIALITY",
    r"DISCLAIMER",
    r"This (?:e-?mail|message) (?:and any|may contain)",
)
APPLE_FORWARD = r"Begin forwarded message:"  # Apple Mail's forwarded-mail header (an optional boundary)

WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)
# "Tue, 1 Dec 2026" (Gmail, forwarded headers), "Tuesday, December 8, 2026" (Outlook),
# "Monday 14 December" (prose; year 2026 for Sep-Dec, 2027 for Jan-Aug, as the set is written in Dec 2026).
DATE_PATTERNS = (
    (re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b"),
     lambda m: (m[1], int(m[4]), [x[:3] for x in MONTHS].index(m[3]), int(m[2]))),
    (re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|"
                r"August|September|October|November|December) (\d{1,2}), (\d{4})\b"),
     lambda m: (m[1], int(m[4]), MONTHS.index(m[2]), int(m[3]))),
    (re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|"
                r"June|July|August|September|October|November|December)\b(?!,? \d{4})"),
     lambda m: (m[1], 2026 if MONTHS.index(m[3]) >= 9 else 2027, MONTHS.index(m[3]), int(m[2]))),
)
# A weekday written with a date and an explicit year ("Thursday 10 June 2027"): an optional date form.
WEEKDAY_DATE_YEAR = (
    re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|"
               r"June|July|August|September|October|November|December),? (\d{4})\b"),
    lambda m: (m[1], int(m[4]), MONTHS.index(m[3]), int(m[2])),
)

# The rows of the README counts table, in order.
TABLE_ROWS = ("cases", "cases all answered", "cases with unanswered", "quoted-only cases",
              "cases without questions (not quoted-only)", "questions", "answered", "unanswered",
              "threads with astral offsets", "drafts with astral offsets")


# --- records (marks and offsets: set_common.py) ---------------------------------------------

def build_record(cid, c, source):
    """One JSONL record from one case of cases.py (ValueError if its marks or flags are malformed)."""
    if INSERT in c["thread"] or OPEN in c["draft"] or CLOSE in c["draft"]:
        raise ValueError(f"{cid}: {INSERT} belongs in the draft, {OPEN} {CLOSE} in the thread")
    thread, spans = strip_marks(c["thread"])
    if not (len(spans) == len(c["answered"]) == len(c["kinds"])):
        raise ValueError(f"{cid}: {len(spans)} spans, {len(c['answered'])} answered flags, {len(c['kinds'])} kinds")
    questions = []
    for (ps, pe), answered, kind in zip(spans, c["answered"], c["kinds"]):
        s, e = offsets(thread, ps, pe)
        questions.append({"text": thread[ps:pe], "start": s, "end": e, "py_start": ps, "py_end": pe,
                          "kind": kind, "answered": answered})
    draft_marked = c["draft"]
    unanswered = [q["text"] for q in questions if not q["answered"]]
    if draft_marked.count(INSERT) != (1 if unanswered else 0):
        raise ValueError(f"{cid}: the draft needs exactly {1 if unanswered else 0} {INSERT} "
                         f"({len(unanswered)} unanswered), has {draft_marked.count(INSERT)}")
    labels = []
    if unanswered:
        p = draft_marked.index(INSERT)
        draft = draft_marked.replace(INSERT, "")
        s, _ = offsets(draft, p, p)
        labels.append({"rule": "questions", "start": s, "end": s, "py_start": p, "py_end": p, "text": "",
                       "unanswered": unanswered})
    else:
        draft = draft_marked
    return {"id": cid, "text": draft, "thread": thread, "questions": questions, "labels": labels,
            "source": source, "license": LICENSE}


def load_cases(path):
    """The CASES list of a set's cases.py, loaded from its file (so no other folder's cases.py can stand in)."""
    spec = importlib.util.spec_from_file_location(f"_questions_cases_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


# --- invariants -----------------------------------------------------------------------------

def date_problems(cid, field, text, patterns=DATE_PATTERNS):
    out = []
    for rx, parts in patterns:
        for m in rx.finditer(text):
            wd, y, mo, d = parts(m)
            try:
                actual = WEEKDAYS[date(y, mo, d).weekday()]
            except ValueError:
                out.append(f"{cid}: impossible date {m.group()!r} in {field}")
                continue
            if not actual.startswith(wd):
                out.append(f"{cid}: {m.group()!r} in {field} is a {actual}")
    return out


# --- output ---------------------------------------------------------------------------------

def stats(records, meta):
    qs = [q for r in records for q in r["questions"]]
    return {
        "cases": len(records),
        "questions": len(qs),
        "answered": sum(q["answered"] for q in qs),
        "unanswered": sum(not q["answered"] for q in qs),
        "cases with unanswered": sum(bool(r["labels"]) for r in records),
        "cases all answered": sum(bool(r["questions"]) and not r["labels"] for r in records),
        "quoted-only cases": sum(m["quoted_only"] for m in meta),
        "cases without questions (not quoted-only)": sum(not r["questions"] and not m["quoted_only"]
                                                         for r, m in zip(records, meta)),
        "threads with astral offsets": sum(any(q["start"] != q["py_start"] for q in r["questions"]) for r in records),
        "drafts with astral offsets": sum(any(lab["start"] != lab["py_start"] for lab in r["labels"]) for r in records),
        "kinds": Counter(q["kind"] for q in qs),
        "kinds unanswered": Counter(q["kind"] for q in qs if not q["answered"]),
    }


def counts_table(records, meta):
    s = stats(records, meta)
    rows = ["| | count |", "| --- | ---: |"]
    rows += [f"| {k} | {s[k]} |" for k in TABLE_ROWS]
    rows += ["", "| kind | questions | unanswered |", "| --- | ---: | ---: |"]
    rows += [f"| `{k}` | {s['kinds'][k]} | {s['kinds unanswered'][k]} |" for k in KINDS]
    return "\n".join(rows)


# --- one set --------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuestionSet(SetFiles):
    """One `questions` data set: where it lives, how its ids read, and the rules where the sets differ."""

    builder: str                  # the builder's __file__: its folder holds cases.py, the JSONL and README.md
    out_name: str                 # the JSONL's file name
    id_prefix: str                # ids read f"{id_prefix}-NN"
    source: str                   # every record's "source"
    floors: dict                  # {stats key: minimum}, checked in this order ("... astral offsets": spans
                                  # whose UTF-16 and code-point offsets differ)
    doc: str = ""                 # the builder's docstring: its first paragraph is the --help line
    boundary_extra: tuple = ()    # more forms (regex alternatives) that end the newest message
    dates_extra: tuple = ()       # more (regex, parts) date forms to check weekdays in
    no_marks_left: bool = False   # also check that no ⟦ ⟧ ‸ mark reaches the built thread or draft

    @cached_property
    def boundary(self):
        alternatives = BOUNDARIES + tuple(self.boundary_extra)
        return re.compile("^(?:" + "|".join(alternatives) + ")", re.MULTILINE)

    @cached_property
    def date_patterns(self):
        return DATE_PATTERNS + tuple(self.dates_extra)

    def build_records(self):
        cases = load_cases(self.here / "cases.py")
        width = max(2, len(str(len(cases))))
        records, meta = [], []
        for n, c in enumerate(cases, 1):
            records.append(build_record(f"{self.id_prefix}-{n:0{width}d}", c, self.source))
            meta.append({"quoted_only": c["quoted_only"]})
        return records, meta

    def newest_end(self, thread):
        m = self.boundary.search(thread)
        return m.start() if m else len(thread)

    def check_record(self, r, quoted_only=None):
        """Problems with one record's offsets and shape (also run on the JSONL already on disk)."""
        cid, thread, draft, out = r.get("id"), r.get("thread"), r.get("text"), []
        if set(r) != FIELDS:
            out.append(f"{cid}: unexpected fields {sorted(r)}")
            return out
        if self.no_marks_left and any(m in thread or m in draft for m in (OPEN, CLOSE, INSERT)):
            out.append(f"{cid}: a {OPEN} {CLOSE} or {INSERT} mark is left in the thread or the draft")
        prev_end = 0
        for q in r["questions"]:
            t = q["text"]
            if utf16_slice(thread, q["start"], q["end"]) != t:
                out.append(f"{cid}: UTF-16 slice [{q['start']}:{q['end']}] != question {t!r}")
            if thread[q["py_start"] : q["py_end"]] != t:
                out.append(f"{cid}: Python slice [{q['py_start']}:{q['py_end']}] != question {t!r}")
            if q["start"] != utf16_len(thread[: q["py_start"]]) or q["end"] - q["start"] != utf16_len(t):
                out.append(f"{cid}: UTF-16 offsets of {t!r} disagree with its code-point offsets")
            if not t or t != t.strip() or "\n" in t:
                out.append(f"{cid}: question {t!r} is empty, padded or spans lines")
            if q["kind"] not in KINDS:
                out.append(f"{cid}: kind {q['kind']!r} not in {KINDS}")
            if not isinstance(q["answered"], bool):
                out.append(f"{cid}: answered must be true or false")
            if q["py_start"] < prev_end:
                out.append(f"{cid}: questions overlap or are out of order at {t!r}")
            prev_end = q["py_end"]
            if q["py_start"] >= self.newest_end(thread):
                out.append(f"{cid}: question {t!r} lies in quoted history, a signature or a disclaimer")
        unanswered = [q["text"] for q in r["questions"] if not q["answered"]]
        if unanswered:
            if len(r["labels"]) != 1:
                out.append(f"{cid}: {len(unanswered)} unanswered questions need exactly one label")
            for lab in r["labels"]:
                p, s = lab["py_start"], lab["start"]
                if lab["rule"] != "questions" or lab["text"] != "" or lab["end"] != s or lab["py_end"] != p:
                    out.append(f"{cid}: the label must be an empty `questions` span")
                if not 0 < p < len(draft) or s != utf16_len(draft[:p]):
                    out.append(f"{cid}: insertion point {s}/{p} is outside the draft or its offsets disagree")
                elif draft[p - 1].isalnum() and draft[p].isalnum():
                    out.append(f"{cid}: insertion point splits a word")
                if lab["unanswered"] != unanswered:
                    out.append(f"{cid}: label.unanswered != the unanswered questions")
                first_line_end = draft.find("\n")
                if p <= first_line_end:
                    out.append(f"{cid}: insertion point sits in the greeting line")
        elif r["labels"]:
            out.append(f"{cid}: labels without any unanswered question")
        if quoted_only is not None:
            if quoted_only and r["questions"]:
                out.append(f"{cid}: a quoted-only case lists questions")
            if quoted_only:
                end = self.newest_end(thread)
                rest = thread[end:] if end < len(thread) else thread
                if not re.search(r"\?|\bplease\b|\blet (?:us|me) know\b", rest, re.IGNORECASE):
                    out.append(f"{cid}: quoted-only, yet its history/signature holds no question or request")
        patterns = self.date_patterns
        out += date_problems(cid, "thread", thread, patterns) + date_problems(cid, "draft", draft, patterns)
        return out

    def check(self, records, meta):
        problems = []
        ids = Counter(r["id"] for r in records)
        problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
        threads = Counter(r["thread"] for r in records)
        problems += [f"duplicate thread {t[:50]!r}" for t, n in threads.items() if n > 1]
        drafts = Counter(r["text"] for r in records)
        problems += [f"duplicate draft {t[:50]!r}" for t, n in drafts.items() if n > 1]
        for r, m in zip(records, meta):
            problems += self.check_record(r, m["quoted_only"])
        s = stats(records, meta)
        problems += [f"only {s[k]} {k} (need {v})" for k, v in self.floors.items() if s[k] < v]
        missing = [k for k in KINDS if not s["kinds"][k]]
        if missing:
            problems.append(f"no question of kind {missing}")
        return problems

    recheck = check_record  # how check_existing_jsonl re-checks a record of the JSONL on disk

    def main(self, argv=None):
        ap = argparse.ArgumentParser(description=self.doc.split("\n\n")[0])
        ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale or any offset is wrong")
        args = ap.parse_args(argv)
        try:
            records, meta = self.build_records()
        except ValueError as e:  # a malformed case: bad marks, flag counts or insertion markers
            print(e, file=sys.stderr)
            return 1
        problems = self.check(records, meta)
        if args.check and self.out.exists():
            problems += self.check_existing_jsonl()
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        s = stats(records, meta)
        summary = (f"{s['cases']} cases, {s['questions']} questions ({s['unanswered']} unanswered, "
                   f"in {s['cases with unanswered']} cases), {s['quoted-only cases']} quoted-only cases")
        return self.publish(args.check, records, counts_table(records, meta), summary)

    def print_summary(self):
        """The answered true/false/null split, the questions by kind and the quoted-only cases, from cases.py."""
        records, meta = self.build_records()
        qs = [q for r in records for q in r["questions"]]
        flags = Counter("null" if q["answered"] is None else str(q["answered"]).lower() for q in qs)
        kinds = Counter(q["kind"] for q in qs)
        print(f"cases {len(records)}, questions {len(qs)}, quoted-only cases {sum(m['quoted_only'] for m in meta)}")
        print("answered: " + ", ".join(f"{k} {flags[k]}" for k in ("true", "false", "null")))
        print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))


# Floors of the blind sets written from the fourth on (the brief each was written to).
BLIND_SET_FLOORS = {"cases": 60, "questions": 120, "cases with unanswered": 26, "unanswered": 35, "quoted-only cases": 5,
                    "threads with astral offsets": 6, "drafts with astral offsets": 3}


def blind_set(builder: str, number: int, doc: str, floors: dict = BLIND_SET_FLOORS) -> QuestionSet:
    """The `questions_holdout<number>` set: the held-out sets' format, in which Apple Mail's "Begin
    forwarded message:" also ends the newest message, a weekday with a date and a year is checked too,
    and no ⟦ ⟧ or ‸ mark may reach a built text."""
    return QuestionSet(
        builder=builder, out_name=f"questions_holdout{number}.jsonl", id_prefix=f"qhold{number}",
        source=f"tactful questions held-out set {number} (hand-written)", doc=doc, floors=floors,
        boundary_extra=(APPLE_FORWARD,), dates_extra=(WEEKDAY_DATE_YEAR,), no_marks_left=True,
    )
