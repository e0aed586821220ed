#!/usr/bin/env python3
"""Build questions_holdout3.jsonl, Tactful's third hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout3/build_questions_holdout3.py          # write the JSONL and the README counts
    python datasets/questions_holdout3/build_questions_holdout3.py --check  # write nothing; exit 1 if stale or wrong

Held out: score the feature on it, never tune on it (README.md). The JSONL format and the invariants are
those of the second held-out set (../questions_holdout2/build_questions_holdout2.py), which follows the
first held-out set and the dev set (../questions/README.md); all four are built and checked by the shared
../questions_format.py. Only the file names, the ids (``qhold3-NN``), the source and the floors differ;
like the second set, Apple Mail's "Begin forwarded message:" ends the newest message, and the ⟦ ⟧ and ‸
marks never reach the built texts.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import APPLE_FORWARD, WEEKDAY_DATE_YEAR, QuestionSet

SET = QuestionSet(
    builder=__file__, out_name="questions_holdout3.jsonl", id_prefix="qhold3",
    source="tactful questions held-out set 3 (hand-written)", doc=__doc__,
    # Floors the set must keep (the brief it was written to).
    floors={"cases": 65, "questions": 130, "cases with unanswered": 30, "unanswered": 40, "quoted-only cases": 6,
            "threads with astral offsets": 8, "drafts with astral offsets": 4},
    boundary_extra=(APPLE_FORWARD,),  # Apple Mail's forwarded-mail header also ends the newest message
    # A weekday written with a date and an explicit year ("Friday 12 March 2027") is checked as well.
    dates_extra=(WEEKDAY_DATE_YEAR,),
    no_marks_left=True,  # the ⟦ ⟧ and ‸ marks never reach the built thread or draft
)

if __name__ == "__main__":
    sys.exit(SET.main())
