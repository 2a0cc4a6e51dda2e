"""Entity pipeline: quality on unseen countries and throughput.

Quality: the hand-coded answers of data/training are split by country (a country's
answers are all in training or all in test), the pipeline is trained on the
training countries and scored on the others: micro and per-label P/R/F1 with exact
span and label, and the share of partner spans found with the right canonical name.
With --folds K, every country is tested once (K trainings).

Speed: answers per second of `nlp.pipe` (one process) on all training texts, for the
whole entity pipeline and for the rule components alone, and for the same pipeline
built on blis, thinc's default matrix library, instead of NumPy's BLAS (`blas_ops`).

    .venv/bin/python benchmarks/bench_entities.py            # one split, 1/4 of countries held out
    .venv/bin/python benchmarks/bench_entities.py --folds 4  # every country held out once
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from thinc.api import use_ops

from classifier.annotate.entities import pipeline, score_entities, train_entity_pipeline
from classifier.labels import ENTITY_LABELS

TRAINING = Path(__file__).resolve().parents[1] / "data" / "training"


def load_records() -> list[dict]:
    records = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def fold_of(country: str, folds: int) -> int:
    """Stable fold of a country (independent of file order)."""
    return int(hashlib.md5(country.encode("utf-8")).hexdigest(), 16) % folds


def answers_per_second(nlp, texts: list[str], min_seconds: float = 3.0) -> tuple[float, float]:
    """Answers per second of wall-clock time and of this process's CPU time
    (the second is what an idle machine would show when other jobs share the cores)."""
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < min_seconds:
        for _ in nlp.pipe(texts, batch_size=256):
            done += 1
    return done / (time.perf_counter() - start), done / (time.process_time() - cpu)


def add_counts(total: dict, scores: dict) -> None:
    for label, s in scores["per_label"].items():
        t = total.setdefault(label, {"tp": 0.0, "n_pred": 0, "n_gold": 0})
        t["tp"] += s["r"] * s["n_gold"]
        t["n_pred"] += s["n_pred"]
        t["n_gold"] += s["n_gold"]


def prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=0, help="K-fold by country (default: one split, 1/4 held out)")
    parser.add_argument("--epochs", type=int, default=pipeline.TRAIN_EPOCHS)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    records = load_records()
    folds = args.folds or 4
    tested = range(folds) if args.folds else [0]
    counts: dict = {}
    partners_found = partners_named = 0
    model = None
    print(f"{len(records)} records, {len({r['country'] for r in records})} countries; ner: {json.dumps(pipeline.NER_MODEL['tok2vec'])}")
    for fold in tested:
        train = [r for r in records if fold_of(r["country"], folds) != fold]
        test = [r for r in records if fold_of(r["country"], folds) == fold]
        start = time.perf_counter()
        model = train_entity_pipeline(train, seed=args.seed, epochs=args.epochs)
        seconds = time.perf_counter() - start
        scores = score_entities(model, test)
        add_counts(counts, scores)
        partners_found += scores["partners_found"]
        partners_named += round((scores["partner_canonical_accuracy"] or 0) * scores["partners_found"])
        countries = len({r["country"] for r in test})
        print(f"fold {fold}: train {len(train)} answers ({seconds:.0f} s), test {len(test)} answers from {countries} countries,"
              f" micro F1 {scores['micro']['f1']:.3f}")

    print(f"\nheld-out countries, exact span and label ({len(tested)} fold(s)):")
    print(f"{'label':<9} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    tp = sum(c["tp"] for c in counts.values())
    for label in ENTITY_LABELS:
        c = counts[label]
        p, r, f = prf(c["tp"], c["n_pred"], c["n_gold"])
        print(f"{label:<9} {p:6.3f} {r:6.3f} {f:6.3f} {c['n_gold']:6d}")
    p, r, f = prf(tp, sum(c["n_pred"] for c in counts.values()), sum(c["n_gold"] for c in counts.values()))
    print(f"{'micro':<9} {p:6.3f} {r:6.3f} {f:6.3f}")
    share = partners_named / partners_found if partners_found else float("nan")
    print(f"partner canonical names right: {share:.3f} of {partners_found} partner spans found")

    texts = [r["text"] for r in records]
    tokens = sum(len(d) for d in model.pipe(texts))
    print(f"\nspeed (one process, {len(texts)} answers, {tokens / len(texts):.1f} tokens each), answers/s:")
    print(f"{'':<22} {'wall':>8} {'CPU':>8}")
    with model.select_pipes(enable=["msq_urls", "msq_partners", "msq_partner_names"]):
        wall, cpu = answers_per_second(model, texts)
    print(f"{'rules alone':<22} {wall:8,.0f} {cpu:8,.0f}")
    wall, cpu = answers_per_second(model, texts)
    print(f"{'full entity pipeline':<22} {wall:8,.0f} {cpu:8,.0f}")
    with use_ops("numpy", use_blis=True):
        on_blis = type(model).from_config(model.config).from_bytes(model.to_bytes())
    wall, cpu = answers_per_second(on_blis, texts)
    print(f"{'same, on blis':<22} {wall:8,.0f} {cpu:8,.0f}")


if __name__ == "__main__":
    main()
