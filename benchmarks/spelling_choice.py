"""Which offline English dictionary the spelling check should use: symspellpy against the alternatives.

The data is ``shared/datasets/codespell_spelling/spelling_words.jsonl`` (see its README): 6,000
misspellings with their upstream fixes, 3,000 correct words and 535 British spellings. Each library
is measured in its own subprocess (so that its memory figure is its own) on:

- detection: recall on misspellings (the word is reported as unknown), and the share of correct
  words and of en-GB variants that it wrongly reports as unknown;
- correction: top-1 accuracy (the first suggestion is one of the word's ``corrections``, ignoring
  case) on an evenly spaced sample of the misspellings, the same sample for every library;
- cost: microseconds per known-word check (every word of the data set, best of ``--repeat``
  passes), milliseconds per correction, seconds to load the dictionary and the resident memory
  (VmRSS in /proc/self/status) that loading adds. Imports are done before the load is timed.

The libraries and the calls measured:

- ``symspellpy``: the project's own path, so the figures are those of what ships:
  ``tactful.checks.spelling.misspelled_word.is_known`` for detection and
  ``tactful.checks.spelling._dictionary.corrections`` (distance 2, as for a lowercase word) for
  corrections. Loading is ``known_words()`` plus the SymSpell delete index (``_speller()``), each
  also shown alone. It also reports the bundled frequency list on its own, without the project's
  additions.
- ``pyspellchecker``: ``SpellChecker(language="en")``; ``word in spell`` and ``spell.correction``.
- ``spylls``: ``Dictionary.from_files("en_US")``, the SCOWL en_US Hunspell dictionary that ships
  inside the spylls wheel; ``lookup`` and the first item of ``suggest``.

A library that is not importable is skipped. Every loop is bounded by the data set's size, by
``--correction-sample`` and by ``--max-seconds`` (per library, for the corrections). Nothing is
downloaded. Install the comparison libraries in a throwaway venv, never in the project's::

    python3 -m venv .spellvenv && . .spellvenv/bin/activate
    pip install -e . pyspellchecker==0.9.1 spylls
    python benchmarks/spelling_choice.py                        # about 3 minutes on 2 cores
    python benchmarks/spelling_choice.py --correction-sample 100 --only symspellpy
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT.parent / "shared" / "datasets" / "codespell_spelling" / "spelling_words.jsonl"
LIBRARIES = ("symspellpy", "pyspellchecker", "spylls")
MODULE = {"symspellpy": "symspellpy", "pyspellchecker": "spellchecker", "spylls": "spylls"}
KINDS = ("misspelling", "correct_word", "en-GB_variant")
EXAMPLES = 8  # false flags and misses listed per library


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("--correction-sample", type=int, default=400,
                        help="misspellings to correct, evenly spaced (0: all 6,000); default 400")
    parser.add_argument("--max-seconds", type=float, default=240.0,
                        help="time budget for one library's corrections; default 240")
    parser.add_argument("--repeat", type=int, default=3, help="passes of the known-word timing")
    parser.add_argument("--only", choices=LIBRARIES, action="append", help="measure only this library")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--worker", choices=LIBRARIES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(_measure(args.worker, args)))
        return 0

    rows = _rows(args.dataset)
    counts = {kind: sum(1 for row in rows if row["kind"] == kind) for kind in KINDS}
    print(f"dataset: {args.dataset} ({len(rows)} words: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ")")
    print(f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} cores, load average {_loadavg()}")
    print(f"corrections: {len(_sample(rows, args.correction_sample))} misspellings, evenly spaced; "
          f"budget {args.max_seconds:.0f} s per library\n")

    results = {}
    for library in args.only or LIBRARIES:
        if importlib.util.find_spec(MODULE[library]) is None:
            results[library] = {"skipped": f"{MODULE[library]} is not importable"}
            print(f"{library}: skipped ({MODULE[library]} is not importable)", flush=True)
            continue
        print(f"{library}: measuring ...", flush=True)
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", library,
                   "--dataset", str(args.dataset), "--correction-sample", str(args.correction_sample),
                   "--max-seconds", str(args.max_seconds), "--repeat", str(args.repeat)]
        limit = 3 * args.max_seconds + 300  # the detection pass and the load come on top of the budget
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=limit, check=False)
        except subprocess.TimeoutExpired:
            results[library] = {"skipped": f"did not finish in {limit:.0f} s"}
            continue
        if done.returncode != 0:
            results[library] = {"skipped": f"worker failed: {done.stderr.strip().splitlines()[-1:]}"}
            print(done.stderr, file=sys.stderr)
            continue
        results[library] = json.loads(done.stdout.strip().splitlines()[-1])

    print()
    _print_table(results)
    _print_details(results)
    print(f"\nload average at the end: {_loadavg()}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _sample(rows: list[dict], size: int) -> list[dict]:
    misspellings = [row for row in rows if row["kind"] == "misspelling"]
    if size <= 0 or size >= len(misspellings):
        return misspellings
    step = len(misspellings) / size
    return [misspellings[int(i * step)] for i in range(size)]


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _memory() -> dict[str, float]:
    """Current and peak resident memory in MB (VmRSS/VmHWM, or ru_maxrss for both)."""
    found = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    if len(found) < 2:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
        found = {"VmRSS": peak, "VmHWM": peak}
    return found


# --- one library, in its own process ----------------------------------------------------------------


def _backend(library: str):
    """(import, load, is_known, first_correction) for one library; the first two take no argument."""
    if library == "symspellpy":
        state = {}

        def do_import():
            from tactful.checks.spelling import _dictionary, misspelled_word
            state["dictionary"], state["rule"] = _dictionary, misspelled_word

        def load():  # returns each part's seconds and added MB, as the two differ a lot
            parts = {}
            for name, step in (("known_words", state["dictionary"].known_words),
                               ("delete index", state["dictionary"]._speller)):  # corrections need the index
                before, started = _memory()["VmRSS"], time.perf_counter()
                step()
                parts[name] = (time.perf_counter() - started, _memory()["VmRSS"] - before)
            return parts

        def first(word):
            found = state["dictionary"].corrections(word)
            return found[0] if found else None

        return do_import, load, lambda word: state["rule"].is_known(word), first

    if library == "pyspellchecker":
        state = {}

        def do_import():
            from spellchecker import SpellChecker
            state["class"] = SpellChecker

        def load():
            state["spell"] = state["class"](language="en")

        return do_import, load, lambda word: word in state["spell"], lambda word: state["spell"].correction(word)

    if library == "spylls":
        state = {}

        def do_import():
            from spylls.hunspell import Dictionary
            state["class"] = Dictionary

        def load():
            state["dictionary"] = state["class"].from_files("en_US")  # shipped in the spylls wheel

        def first(word):
            suggestions = state["dictionary"].suggest(word)
            try:
                return next(iter(suggestions), None)
            finally:
                suggestions.close()

        return do_import, load, lambda word: state["dictionary"].lookup(word), first

    raise ValueError(library)


def _measure(library: str, args) -> dict:
    rows = _rows(args.dataset)
    do_import, load, is_known, first_correction = _backend(library)
    result = {"version": importlib.metadata.version(library)}

    gc.collect()
    before_import = _memory()
    started = time.perf_counter()
    do_import()
    result["import_s"] = time.perf_counter() - started
    gc.collect()
    before = _memory()
    started = time.perf_counter()
    parts = load()
    result["load_s"] = time.perf_counter() - started
    result["load_parts"] = parts or {}
    gc.collect()
    after = _memory()
    result["rss_added_mb"] = after["VmRSS"] - before["VmRSS"]
    result["peak_added_mb"] = after["VmHWM"] - before["VmHWM"]
    result["import_rss_mb"] = before["VmRSS"] - before_import["VmRSS"]

    # Detection: every word once.
    flagged = {kind: [] for kind in KINDS}
    totals = {kind: 0 for kind in KINDS}
    for row in rows:
        totals[row["kind"]] += 1
        if not is_known(row["text"]):
            flagged[row["kind"]].append(row["text"])
    result["recall"] = len(flagged["misspelling"]) / totals["misspelling"]
    result["false_flag_correct"] = len(flagged["correct_word"]) / totals["correct_word"]
    result["false_flag_en_gb"] = len(flagged["en-GB_variant"]) / totals["en-GB_variant"]
    result["examples_false_flag_correct"] = flagged["correct_word"][:EXAMPLES]
    result["examples_false_flag_en_gb"] = flagged["en-GB_variant"][:EXAMPLES]
    missed = set(flagged["misspelling"])
    result["examples_missed"] = [r["text"] for r in rows if r["kind"] == "misspelling" and r["text"] not in missed][:EXAMPLES]

    # Known-word check timing: every word, best of --repeat passes.
    words = [row["text"] for row in rows]
    passes = []
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        for word in words:
            is_known(word)
        passes.append(time.perf_counter() - started)
    result["check_us"] = min(passes) / len(words) * 1e6

    # Corrections: the same evenly spaced sample for every library, within the time budget.
    sample = _sample(rows, args.correction_sample)
    times, right, deadline = [], 0, time.perf_counter() + args.max_seconds
    wrong = []
    for row in sample:
        if time.perf_counter() > deadline:
            break
        started = time.perf_counter()
        suggestion = first_correction(row["text"])
        times.append(time.perf_counter() - started)
        if suggestion is not None and suggestion.lower() in {c.lower() for c in row["corrections"]}:
            right += 1
        elif len(wrong) < EXAMPLES:
            wrong.append(f"{row['text']}->{suggestion} (want {'/'.join(row['corrections'])})")
    result["corrections_done"] = len(times)
    result["corrections_planned"] = len(sample)
    result["top1"] = right / len(times) if times else math.nan
    result["correction_ms_mean"] = statistics.fmean(times) * 1e3 if times else math.nan
    result["correction_ms_median"] = statistics.median(times) * 1e3 if times else math.nan
    result["correction_ms_max"] = max(times) * 1e3 if times else math.nan
    result["examples_wrong_top1"] = wrong

    if library == "symspellpy":  # the bundled list alone, without breame's pairs and the project's rules
        from tactful.checks.spelling import _dictionary

        listed = _dictionary._frequencies()
        alone = {kind: 0 for kind in KINDS}
        for row in rows:
            alone[row["kind"]] += row["text"].lower() not in listed
        result["list_alone"] = {kind: alone[kind] / totals[kind] for kind in KINDS}
        result["list_words"] = len(listed)
        result["known_words"] = len(_dictionary.known_words())
    return result


# --- report ----------------------------------------------------------------------------------------


def _print_table(results: dict) -> None:
    header = ("library", "recall (misspellings)", "false flags: correct", "false flags: en-GB",
              "top-1 correction", "µs / check", "ms / correction", "load s", "RSS + MB")
    print("| " + " | ".join(header) + " |")
    print("| --- | " + " | ".join("---:" for _ in header[1:]) + " |")
    for library, r in results.items():
        if "skipped" in r:
            print(f"| {library} | skipped: {r['skipped']} |" + " |" * (len(header) - 2))
            continue
        top1 = f"{r['top1']:.1%}"
        if r["corrections_done"] < r["corrections_planned"]:
            top1 += f" (n={r['corrections_done']})"
        cells = (f"{library} {r['version']}", f"{r['recall']:.1%}", f"{r['false_flag_correct']:.1%}",
                 f"{r['false_flag_en_gb']:.1%}", top1, f"{r['check_us']:.2f}",
                 f"{r['correction_ms_mean']:.2f}", f"{r['load_s']:.2f}", f"{r['rss_added_mb']:.0f}")
        print("| " + " | ".join(cells) + " |")


def _print_details(results: dict) -> None:
    for library, r in results.items():
        if "skipped" in r:
            continue
        print(f"\n{library} {r['version']}:")
        print(f"  import {r['import_s']:.2f} s (+{r['import_rss_mb']:.0f} MB, not in the table); "
              f"load peak +{r['peak_added_mb']:.0f} MB")
        if r["load_parts"]:
            print("  load: " + "; ".join(f"{name} {s:.2f} s, +{mb:.0f} MB" for name, (s, mb) in r["load_parts"].items()))
        print(f"  corrections: {r['corrections_done']}/{r['corrections_planned']} done; ms mean "
              f"{r['correction_ms_mean']:.2f}, median {r['correction_ms_median']:.2f}, max {r['correction_ms_max']:.1f}")
        if "list_alone" in r:
            alone = r["list_alone"]
            print(f"  the bundled list alone ({r['list_words']:,} words; the project knows {r['known_words']:,}): "
                  f"recall {alone['misspelling']:.1%}, false flags correct {alone['correct_word']:.1%}, "
                  f"en-GB {alone['en-GB_variant']:.1%}")
        print(f"  missed misspellings: {', '.join(r['examples_missed'])}")
        print(f"  flagged correct words: {', '.join(r['examples_false_flag_correct'])}")
        print(f"  flagged en-GB variants: {', '.join(r['examples_false_flag_en_gb'])}")
        print(f"  wrong top-1: {'; '.join(r['examples_wrong_top1'])}")


if __name__ == "__main__":
    sys.exit(main())
