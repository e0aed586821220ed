#!/usr/bin/env python3
"""Build questions_holdout2.jsonl, Tactful's second hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout2/build_questions_holdout2.py          # write the JSONL and the README counts
    python datasets/questions_holdout2/build_questions_holdout2.py --check  # write nothing; exit 1 if stale or wrong

Held out: score the feature on it, never tune on it (README.md). The JSONL format and the invariants are
those of the first held-out set (../questions_holdout/build_questions_holdout.py), which follows the
dev set (../questions/README.md); all three are built and checked by the shared ../questions_format.py.
Only the file names, the ids (``qhold2-NN``), the source, the floors, one more boundary form (Apple
Mail's "Begin forwarded message:") and one more invariant (the ⟦ ⟧ and ‸ marks never reach the built
texts) differ.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import APPLE_FORWARD, WEEKDAY_DATE_YEAR, QuestionSet

SET = QuestionSet(
    builder=__file__, out_name="questions_holdout2.jsonl", id_prefix="qhold2",
    source="tactful questions held-out set 2 (hand-written)", doc=__doc__,
    # Floors the set must keep (the brief it was written to).
    floors={"cases": 55, "questions": 120, "cases with unanswered": 30, "unanswered": 45, "quoted-only cases": 6,
            "threads with astral offsets": 6, "drafts with astral offsets": 3},
    boundary_extra=(APPLE_FORWARD,),  # Apple Mail's forwarded-mail header also ends the newest message
    # A weekday written with a date and an explicit year ("Thursday 10 June 2027") is checked as well.
    dates_extra=(WEEKDAY_DATE_YEAR,),
    no_marks_left=True,  # the ⟦ ⟧ and ‸ marks never reach the built thread or draft
)

if __name__ == "__main__":
    sys.exit(SET.main())
