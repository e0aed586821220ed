#!/usr/bin/env python3
"""Build questions_holdout25.jsonl, Tactful's twenty-fifth hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout25/build_questions_holdout25.py          # write the JSONL and the README counts
    python datasets/questions_holdout25/build_questions_holdout25.py --check  # write nothing; exit 1 if stale or wrong

The format, the invariants and the floors are the held-out sets' (``blind_set`` in ../questions_format.py).
After a successful run it also prints the answered true/false/null split and the questions by kind.
"""

import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import KINDS, blind_set

SET = blind_set(__file__, 25, __doc__)


def print_summary():
    """The answered true/false/null split, the questions by kind and the quoted-only cases, from cases.py."""
    records, meta = SET.build_records()
    qs = [q for r in records for q in r["questions"]]
    flags = Counter("null" if q["answered"] is None else str(q["answered"]).lower() for q in qs)
    kinds = Counter(q["kind"] for q in qs)
    print(f"cases {len(records)}, questions {len(qs)}, quoted-only cases {sum(m['quoted_only'] for m in meta)}")
    print("answered: " + ", ".join(f"{k} {flags[k]}" for k in ("true", "false", "null")))
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))


if __name__ == "__main__":
    rc = SET.main()
    if rc == 0:
        print_summary()
    sys.exit(rc)
