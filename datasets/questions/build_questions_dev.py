#!/usr/bin/env python3
"""Build questions_dev.jsonl, Tactful's hand-written dev set for the `questions` feature, from cases.py.

    python datasets/questions/build_questions_dev.py          # write the JSONL and the README counts
    python datasets/questions/build_questions_dev.py --check  # write nothing; exit 1 if stale or wrong

In each case's thread the questions and requests of the newest message are wrapped in ⟦ ⟧, and the
draft holds one ‸ where a missing answer belongs (only when some question is unanswered). The
builder strips the marks and records every span twice: ``start``/``end`` in UTF-16 code units (the
API contract counts JavaScript string indices) and ``py_start``/``py_end`` in Python code points.
Every offset and invariant is checked before anything is written; ``--check`` also re-reads the
existing JSONL and checks each of its offsets against its own texts. The format, the invariants and
the build steps are shared with the held-out sets' builders (../questions_format.py); this file
holds only what is this set's own.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import QuestionSet

SET = QuestionSet(
    builder=__file__, out_name="questions_dev.jsonl", id_prefix="qdev",
    source="tactful questions dev set (hand-written)", doc=__doc__,
    # Floors the set must keep (the brief it was written to).
    floors={"cases": 60, "cases with unanswered": 40, "unanswered": 25, "quoted-only cases": 8,
            "threads with astral offsets": 5, "drafts with astral offsets": 3},
)

if __name__ == "__main__":
    sys.exit(SET.main())
