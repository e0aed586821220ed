"""The word-start gates of the date/time grammar find what the first, substring gates found."""

import importlib

import pytest

candidates = importlib.import_module("tactful.text.datetimes.candidates")
gates = importlib.import_module("tactful.text.datetimes.gates")

LINES = [
    "We'll be there overnight.", "Call me jan15 or on the twentyfirst.", "Around 3ish, EST.", "The market is open.",
    "Let's meet on Tuesday the 4th at 10.30.", "the first ten days of last year", "at the end of 2027",
    "in a fortnight", "three days from now", "the firſt of May at 5pm", "\u212aelvin: 5 at noon, \u0130stanbul", "TEST ESTIMATE 4pm EST",
    "Between 9-11 am on the 2nd-4th", "June twenty two, 2027", "the second Monday of March", "within 3–5 working days",
]


def substring_gated(line: str):
    saved = candidates.open_atoms
    candidates.open_atoms = lambda line, lower: gates._atoms(gates._substring_mask(line, lower))
    try:
        return candidates.candidates(line)
    finally:
        candidates.open_atoms = saved


@pytest.mark.parametrize("line", LINES)
def test_word_start_gates_find_the_same_atoms(line):
    assert candidates.candidates(line) == substring_gated(line)


def test_word_start_gates_skip_words_inside_words():
    opened = {name for name, _kind, _pattern in gates.open_atoms("Someone common", "someone common")}
    assert not opened & {"word_time", "word_hour", "weekday", "abbreviation"}
