"""Throughput and peak memory of `annotate`, against two baselines on the same texts and machine.

    .venv/bin/python benchmarks/bench_annotate.py [--answers 20000] [--jobs 0 1 2] [--model models/default]

Answers: the hand-coded texts of data/training with their questions, cycled to `--answers`
rows in submissions of 126 answers. Two variants:
- "cycled": the texts as they are (many repeats; annotate codes a repeated text once);
- "unique": every answer made distinct by a reference number, so nothing is cached.

Each measurement runs in a fresh process; peak memory is that process's maximum
resident set (children included for --jobs > 1). `--jobs 0` is annotate's default (one
process per core for batches of 2,000+ distinct answers). Baselines:
- keyword rules: a dozen regular expressions mapping words to a status (no model);
- spaCy tokenisation: spacy.blank("xx") over the same texts (nlp.pipe).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEYWORD_RULES: tuple[tuple[str, str], ...] = (
    (r"^\s*(n/?a|no data|-|tbd|s/d|sin datos|see above)\s*\.?\s*$", "no_information"),
    (r"^\s*(no|non|none|nil|néant|ninguno)\s*\.?\s*$", "not_in_place"),
    (r"\b(no guideline|but no|sans ligne|sin lineamiento)", "provision_without_guidelines"),
    (r"\b(draft|bill|being prepared|will be|projet de|proyecto de|en cours|en proceso)\b", "planned"),
    (r"\b(mentioned|provision|pillar|objective|axe|eje)\b", "provision_without_guidelines"),
    (r"\b(there is no|no existe|il n'existe pas|not yet)\b", "not_in_place"),
    (r"\b(law|act|decree|loi|ley|décret|decreto|portal|https?://)", "enacted"),
)


def build_answers(count: int, unique: bool) -> pd.DataFrame:
    from classifier.train.data import load_examples

    examples, _ = load_examples([ROOT / "data" / "training"])
    rows = examples[["question_id", "question", "text", "country"]].to_dict("records")
    out = []
    for i in range(count):
        row = rows[i % len(rows)]
        text = f"{row['text']} (ref. {i})" if unique else row["text"]
        out.append({"submission_id": f"bench-{i // 126}", "country": row["country"], "question_id": row["question_id"],
                    "question": row["question"], "kind": "text", "answer": text})
    return pd.DataFrame(out)


def keyword_status(text: str, rules: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, label in rules:
        if pattern.search(text):
            return label
    return "no_information"


def run_one(method: str, count: int, unique: bool, jobs: int, model_dir: str | None) -> dict[str, float]:
    """One measurement in this (fresh) process."""
    answers = build_answers(count, unique)
    texts = answers["answer"].tolist()
    if method == "annotate":
        from classifier.annotate.pipeline import annotate_frame
        from classifier.model import load_model

        model = load_model(model_dir)
        annotate_frame(answers.head(200), model)  # warm-up: lazy loads of the language detector
        start = time.perf_counter()
        annotate_frame(answers, model, jobs=jobs)
    elif method == "keywords":
        rules = [(re.compile(p, re.IGNORECASE), label) for p, label in KEYWORD_RULES]
        start = time.perf_counter()
        [keyword_status(t, rules) for t in texts]
    else:
        import spacy

        nlp = spacy.blank("xx")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
    seconds = time.perf_counter() - start
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"seconds": seconds, "per_second": count / seconds, "peak_mb": peak_kb / 1024}


def measure(method: str, count: int, unique: bool, jobs: int, model_dir: str | None) -> dict[str, float]:
    command = [sys.executable, __file__, "--one", method, "--answers", str(count), "--jobs", str(jobs)]
    command += ["--unique"] if unique else []
    command += ["--model", model_dir] if model_dir else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=int, default=20000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--model", default=None)
    parser.add_argument("--one", choices=["annotate", "keywords", "spacy"], help=argparse.SUPPRESS)
    parser.add_argument("--unique", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.answers, args.unique, args.jobs[0], args.model)))
        return
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.answers} answers per run; fresh process per row; {os.cpu_count()} CPUs, load average {load} "
          "(other work on the machine slows every row alike)\n")
    print(f"{'method':<34}{'answers/s':>11}{'seconds':>9}{'peak MB':>9}{'x keywords':>12}{'x spaCy tok':>12}")
    for unique in (True, False):
        variant = "unique" if unique else "cycled"
        base = {m: measure(m, args.answers, unique, 1, None) for m in ("keywords", "spacy")}
        rows = [(f"keyword rules ({variant})", base["keywords"]), (f"spacy.blank('xx') tokenise ({variant})", base["spacy"])]
        rows += [(f"annotate --jobs {j or 'auto'} ({variant})", measure("annotate", args.answers, unique, j, args.model))
                 for j in args.jobs]
        for name, r in rows:
            print(f"{name:<34}{r['per_second']:>11,.0f}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}"
                  f"{r['per_second'] / base['keywords']['per_second']:>12.4f}"
                  f"{r['per_second'] / base['spacy']['per_second']:>12.3f}")
        print()
    print("target: annotate >= 2,000 answers/s end to end")


if __name__ == "__main__":
    main()
