#!/usr/bin/env python3
"""Build questions_holdout14.jsonl, Tactful's fourteenth hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout14/build_questions_holdout14.py          # write the JSONL and the README counts
    python datasets/questions_holdout14/build_questions_holdout14.py --check  # write nothing; exit 1 if stale or wrong

Held out: score the feature on it, never tune on it (README.md). The JSONL format and the invariants are
those of the eighth held-out set (../questions_holdout8/build_questions_holdout8.py), which follows the
earlier held-out sets and the dev set (../questions/README.md); all of them are built and checked by the shared
../questions_format.py. Only the file names, the ids (``qhold14-NN``), the source and the floors differ;
like the second to eighth sets, Apple Mail's "Begin forwarded message:" ends the newest message,
and the ⟦ ⟧ and ‸ marks never reach the built texts.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import APPLE_FORWARD, WEEKDAY_DATE_YEAR, QuestionSet

SET = QuestionSet(
    builder=__file__, out_name="questions_holdout14.jsonl", id_prefix="qhold14",
    source="tactful questions held-out set 14 (hand-written)", doc=__doc__,
    # Floors the set must keep (the brief it was written to).
    floors={"cases": 60, "questions": 120, "cases with unanswered": 26, "unanswered": 35, "quoted-only cases": 5,
            "threads with astral offsets": 6, "drafts with astral offsets": 3},
    boundary_extra=(APPLE_FORWARD,),  # Apple Mail's forwarded-mail header also ends the newest message
    # A weekday written with a date and an explicit year ("Friday 12 March 2027") is checked as well.
    dates_extra=(WEEKDAY_DATE_YEAR,),
    no_marks_left=True,  # the ⟦ ⟧ and ‸ marks never reach the built thread or draft
)

if __name__ == "__main__":
    sys.exit(SET.main())
