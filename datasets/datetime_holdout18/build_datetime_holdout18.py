#!/usr/bin/env python3
"""Build datetime_holdout18.jsonl (Tactful's eighteenth held-out date/time set) from cases.py.

    python datasets/datetime_holdout18/build_datetime_holdout18.py          # rewrite the JSONL and README counts
    python datasets/datetime_holdout18/build_datetime_holdout18.py --check  # write nothing; exit 1 if stale or invalid

The format, the invariants and the build steps are the date/time sets' (``datetime_set`` in ../datetime_format.py).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from datetime_format import datetime_set

SET = datetime_set(__file__, "datetime_holdout18.jsonl", "dtholdout18", "tactful eighteenth held-out date/time set (hand-written)", __doc__)

if __name__ == "__main__":
    sys.exit(SET.main())
