#!/usr/bin/env python3
"""Build questions_holdout41.jsonl, Tactful's forty-first hand-written HELD-OUT set for the `questions` feature, from cases.py.

    python datasets/questions_holdout41/build_questions_holdout41.py          # write the JSONL and the README counts
    python datasets/questions_holdout41/build_questions_holdout41.py --check  # write nothing; exit 1 if stale or wrong

The format, the invariants and the floors are the held-out sets' (``blind_set`` in ../questions_format.py).
After a successful run it also prints the answered true/false/null split and the questions by kind.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folders free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from questions_format import blind_set

SET = blind_set(__file__, 41, __doc__)


if __name__ == "__main__":
    rc = SET.main()
    if rc == 0:
        SET.print_summary()
    sys.exit(rc)
