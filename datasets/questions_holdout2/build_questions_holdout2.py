#!/usr/bin/env python3
"""Build questions_holdout2.jsonl, Tactful's second hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout2/build_questions_holdout2.py          # write the JSONL and the README counts
    python datasets/questions_holdout2/build_questions_holdout2.py --check  # write nothing; exit 1 if stale or wrong

Held out: score the feature on it, never tune on it (README.md). The JSONL format and the invariants are
those of the first held-out set's builder (../questions_holdout/build_questions_holdout.py), which follows
the dev set (../questions/README.md). Only the file names, the ids (``qhold2-NN``), the source, the
floors, one more boundary form (Apple Mail's "Begin forwarded message:") and one more invariant (the
⟦ ⟧ and ‸ marks never reach the built texts) differ.

In each case's thread the questions and requests of the newest message are wrapped in ⟦ ⟧, and the
draft holds one ‸ where a missing answer belongs (only when some question is unanswered). The
builder strips the marks and records every span twice: ``start``/``end`` in UTF-16 code units (the
API contract counts JavaScript string indices) and ``py_start``/``py_end`` in Python code points.
Every offset and invariant below is checked before anything is written; ``--check`` also re-reads
the existing JSONL and checks each of its offsets against its own texts.
"""

import argparse
import calendar
import importlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions_holdout2.jsonl"
README = HERE / "README.md"

OPEN, CLOSE, INSERT = "⟦", "⟧", "‸"
KINDS = ("yes/no", "when", "where", "how much", "how", "which", "why", "request")
SOURCE = "tactful questions held-out set 2 (hand-written)"
LICENSE = "project"

# Floors the set must keep (the brief it was written to).
MIN_CASES = 55
MIN_QUESTIONS = 120
MIN_CASES_WITH_UNANSWERED = 30
MIN_UNANSWERED = 45
MIN_QUOTED_ONLY = 6
MIN_ASTRAL_THREADS = 6  # threads where some question's UTF-16 and Python offsets differ
MIN_ASTRAL_DRAFTS = 3   # drafts where the insertion point's UTF-16 and Python offsets differ

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
sys.path.insert(0, str(HERE))

# Where the newest message ends: quoted history, forwarded mail, original-message blocks,
# signature delimiters, phone sign-offs and disclaimers. No question span may start after this.
BOUNDARY = re.compile(
    r"^(?:On [^\n]*(?:\n[^\n]*)?wrote:$"
    r"|-{5,} ?Forwarded message"
    r"|Begin forwarded message:"
    r"|-{3,} ?Original Message"
    r"|_{10,}$"
    r"|From: "
    r"|-- ?$"
    r"|>"
    r"|Sent from my "
    r"|CONFIDENTIALITY"
    r"|DISCLAIMER"
    r"|This (?:e-?mail|message) (?:and any|may contain))",
    re.M,
)

WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)
# "Tue, 1 Dec 2026" (Gmail, forwarded headers), "Tuesday, December 8, 2026" (Outlook),
# "Monday 14 December" (prose; year 2026 for Sep-Dec, 2027 for Jan-Aug, as the set is written in Dec 2026).
# A weekday written with a date and an explicit year ("Thursday 10 June 2027") is checked as well.
DATE_PATTERNS = [
    (re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b"),
     lambda m: (m[1], int(m[4]), [x[:3] for x in MONTHS].index(m[3]), int(m[2]))),
    (re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|"
                r"August|September|October|November|December) (\d{1,2}), (\d{4})\b"),
     lambda m: (m[1], int(m[4]), MONTHS.index(m[2]), int(m[3]))),
    (re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|"
                r"June|July|August|September|October|November|December)\b(?!,? \d{4})"),
     lambda m: (m[1], 2026 if MONTHS.index(m[3]) >= 9 else 2027, MONTHS.index(m[3]), int(m[2]))),
    (re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) (January|February|March|April|May|"
                r"June|July|August|September|October|November|December),? (\d{4})\b"),
     lambda m: (m[1], int(m[4]), MONTHS.index(m[3]), int(m[2]))),
]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def utf16_slice(s, start, end):
    return s.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def strip_marks(marked):
    """Return the clean text and the (py_start, py_end) of each ⟦ ⟧ span."""
    clean, spans, start, pos = [], [], None, 0
    for part in re.split(f"([{OPEN}{CLOSE}])", marked):
        if part == OPEN:
            if start is not None:
                raise ValueError(f"nested {OPEN} in {marked[:60]!r}")
            start = pos
        elif part == CLOSE:
            if start is None or start == pos:
                raise ValueError(f"stray or empty {CLOSE} in {marked[:60]!r}")
            spans.append((start, pos))
            start = None
        else:
            clean.append(part)
            pos += len(part)
    if start is not None:
        raise ValueError(f"unclosed {OPEN} in {marked[:60]!r}")
    return "".join(clean), spans


def offsets(text, py_start, py_end):
    start = utf16_len(text[:py_start])
    return start, start + utf16_len(text[py_start:py_end])


def build_records():
    cases = importlib.import_module("cases").CASES
    width = max(2, len(str(len(cases))))
    records, meta = [], []
    for n, c in enumerate(cases, 1):
        cid = f"qhold2-{n:0{width}d}"
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
        records.append({"id": cid, "text": draft, "thread": thread, "questions": questions, "labels": labels,
                        "source": SOURCE, "license": LICENSE})
        meta.append({"quoted_only": c["quoted_only"]})
    return records, meta


# --- invariants -----------------------------------------------------------------------------

def newest_end(thread):
    m = BOUNDARY.search(thread)
    return m.start() if m else len(thread)


def date_problems(cid, field, text):
    out = []
    for rx, parts in DATE_PATTERNS:
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


def check_record(r, quoted_only=None):
    """Problems with one record's offsets and shape (also run on the JSONL already on disk)."""
    cid, thread, draft, out = r.get("id"), r.get("thread"), r.get("text"), []
    if set(r) != {"id", "text", "thread", "questions", "labels", "source", "license"}:
        out.append(f"{cid}: unexpected fields {sorted(r)}")
        return out
    if any(m in thread or m in draft for m in (OPEN, CLOSE, INSERT)):
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
        if q["py_start"] >= newest_end(thread):
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
            rest = thread[newest_end(thread):] if newest_end(thread) < len(thread) else thread
            if not re.search(r"\?|\bplease\b|\blet (?:us|me) know\b", rest, re.I):
                out.append(f"{cid}: quoted-only, yet its history/signature holds no question or request")
    out += date_problems(cid, "thread", thread) + date_problems(cid, "draft", draft)
    return out


def check(records, meta):
    problems = []
    ids = Counter(r["id"] for r in records)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    threads = Counter(r["thread"] for r in records)
    problems += [f"duplicate thread {t[:50]!r}" for t, n in threads.items() if n > 1]
    drafts = Counter(r["text"] for r in records)
    problems += [f"duplicate draft {t[:50]!r}" for t, n in drafts.items() if n > 1]
    for r, m in zip(records, meta):
        problems += check_record(r, m["quoted_only"])
    s = stats(records, meta)
    floors = [("cases", MIN_CASES), ("questions", MIN_QUESTIONS), ("cases with unanswered", MIN_CASES_WITH_UNANSWERED),
              ("unanswered", MIN_UNANSWERED), ("quoted-only cases", MIN_QUOTED_ONLY),
              ("threads with astral offsets", MIN_ASTRAL_THREADS), ("drafts with astral offsets", MIN_ASTRAL_DRAFTS)]
    problems += [f"only {s[k]} {k} (need {v})" for k, v in floors if s[k] < v]
    missing = [k for k in KINDS if not s["kinds"][k]]
    if missing:
        problems.append(f"no question of kind {missing}")
    return problems


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
        "drafts with astral offsets": sum(any(l["start"] != l["py_start"] for l in r["labels"]) for r in records),
        "kinds": Counter(q["kind"] for q in qs),
        "kinds unanswered": Counter(q["kind"] for q in qs if not q["answered"]),
    }


def counts_table(records, meta):
    s = stats(records, meta)
    rows = ["| | count |", "| --- | ---: |"]
    for k in ("cases", "cases all answered", "cases with unanswered", "quoted-only cases",
              "cases without questions (not quoted-only)", "questions", "answered", "unanswered",
              "threads with astral offsets", "drafts with astral offsets"):
        rows.append(f"| {k} | {s[k]} |")
    rows += ["", "| kind | questions | unanswered |", "| --- | ---: | ---: |"]
    rows += [f"| `{k}` | {s['kinds'][k]} | {s['kinds unanswered'][k]} |" for k in KINDS]
    return "\n".join(rows)


BEGIN, END = "<!-- counts:begin (written by build_questions_holdout2.py) -->", "<!-- counts:end -->"


def render_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def render_readme(records, meta, current):
    if BEGIN not in current or END not in current:
        raise SystemExit(f"{README.name} lacks the {BEGIN} ... {END} block")
    head, rest = current.split(BEGIN, 1)
    return head + f"{BEGIN}\n{counts_table(records, meta)}\n{END}" + rest.split(END, 1)[1]


def check_existing_jsonl():
    """Re-check every offset in the JSONL on disk against its own texts."""
    problems = []
    for i, line in enumerate(OUT.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{OUT.name}:{i}: not JSON ({e})")
            continue
        problems += [f"{OUT.name}:{i}: {p}" for p in check_record(r)]
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale or any offset is wrong")
    args = ap.parse_args(argv)
    try:
        records, meta = build_records()
    except ValueError as e:  # a malformed case: bad marks, flag counts or insertion markers
        print(e, file=sys.stderr)
        return 1
    problems = check(records, meta)
    if args.check and OUT.exists():
        problems += check_existing_jsonl()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    jsonl = render_jsonl(records)
    readme = render_readme(records, meta, README.read_text(encoding="utf-8"))
    s = stats(records, meta)
    summary = (f"{s['cases']} cases, {s['questions']} questions ({s['unanswered']} unanswered, "
               f"in {s['cases with unanswered']} cases), {s['quoted-only cases']} quoted-only cases")
    if args.check:
        stale = [p.name for p, new in ((OUT, jsonl), (README, readme))
                 if not p.exists() or p.read_text(encoding="utf-8") != new]
        if stale:
            print(f"out of date: {', '.join(stale)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{OUT.name} and {README.name} are up to date: {summary}")
        return 0
    OUT.write_text(jsonl, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    print(f"wrote {OUT}: {summary}")
    print(counts_table(records, meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
