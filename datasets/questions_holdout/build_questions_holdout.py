#!/usr/bin/env python3
"""Build questions_holdout.jsonl, Tactful's hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout/build_questions_holdout.py          # write the JSONL and the README counts
    python datasets/questions_holdout/build_questions_holdout.py --check  # write nothing; exit 1 if stale or wrong

Held out: score the feature on it, never tune on it (README.md). The format and the invariants are the
dev set's (../questions/README.md), built and checked by the shared ../questions_format.py; only the
file names, the ids (``qhold-NN``), the source, the floors (which add a floor on questions) and one
more date form (weekday, date and year) differ.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import WEEKDAY_DATE_YEAR, QuestionSet

SET = QuestionSet(
    builder=__file__, out_name="questions_holdout.jsonl", id_prefix="qhold",
    source="tactful questions held-out set (hand-written)", doc=__doc__,
    # Floors the set must keep (the brief it was written to); unlike the dev set's, one is on questions.
    floors={"cases": 40, "questions": 90, "cases with unanswered": 20, "unanswered": 30, "quoted-only cases": 6,
            "threads with astral offsets": 4, "drafts with astral offsets": 2},
    # A weekday written with a date and an explicit year ("Thursday 10 June 2027") is checked as well.
    dates_extra=(WEEKDAY_DATE_YEAR,),
)

if __name__ == "__main__":
    sys.exit(SET.main())
