"""The project's labelled sets are generated from their case files: the JSONL must be current."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = sorted(ROOT.glob("datasets/*/build_*.py"))


def test_builders_exist():
    assert len(BUILDERS) >= 2


@pytest.mark.parametrize("builder", BUILDERS, ids=[b.parent.name for b in BUILDERS])
def test_dataset_is_current_and_valid(builder):
    result = subprocess.run([sys.executable, str(builder), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
