"""Held-out quality of the status classifier on the hand-coded data, two ways.

    .venv/bin/python benchmarks/bench_status.py [DATA_DIR] [--files answers-dev-3.jsonl answers-dev-4.jsonl]

1. Cross-validation grouped by country (5 folds; no country on both sides): macro-F1,
   accuracy, kappa, ECE, and the needs_review share at the 95% target.
2. Leave-one-file-out: train on every other file, test on one file (another set of writers;
   answers-dev-4 is the third-person report/news register). Also without the `answers-team*`
   files, to show how much those added examples carry.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.annotate.status import StatusClassifier  # noqa: E402
from classifier.labels import STATUS_LABELS  # noqa: E402
from classifier.train.data import load_examples, status_examples  # noqa: E402
from classifier.train.metrics import status_metrics  # noqa: E402
from classifier.train.training import held_out_probabilities, held_out_status_report  # noqa: E402


def leave_file_out(coded, test_file: str, exclude_prefix: str | None = None) -> dict:
    train = coded[(coded["source"] != test_file)]
    if exclude_prefix:
        train = train[~train["source"].str.startswith(exclude_prefix)]
    test = coded[coded["source"] == test_file]
    model = StatusClassifier().fit(train, train["status"])
    report = status_metrics(test["status"].tolist(), model.predict(test).tolist())
    report["train_n"] = len(train)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=str(ROOT / "data" / "training"))
    parser.add_argument("--files", nargs="+", default=["answers-dev-3.jsonl", "answers-dev-4.jsonl"])
    args = parser.parse_args()
    examples, errors = load_examples([args.data])
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    coded = status_examples(examples)
    print(f"{len(coded)} status-coded answers, {coded['country'].nunique()} countries, "
          f"{coded['source'].nunique()} files\n")
    proba, temperature, ece_before = held_out_probabilities(coded)
    report = held_out_status_report(coded, proba)
    print("1. grouped-by-country 5-fold CV")
    print(f"   macro-F1 {report['macro_f1']:.3f}  accuracy {report['accuracy']:.3f}  kappa {report['cohen_kappa']:.3f}  "
          f"alpha {report['krippendorff_alpha']:.3f}  ECE {report['calibration']['ece']:.3f}  "
          f"Brier {report['calibration']['brier']:.3f}  (temperature {temperature:.2f}; ECE {ece_before:.3f} before)")
    review = report["review"]
    print(f"   needs_review below {review['threshold']:.3f}: {review['share_for_review']:.1%} of answers flagged, "
          f"the rest right {review['passing_accuracy']:.1%}")
    print("   per label F1: " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in report["per_label"].items()))
    print("   macro-F1 by file: " + ", ".join(f"{k} {v:.3f}" for k, v in report["by_source"].items()))
    predicted = np.array(STATUS_LABELS)[proba.argmax(axis=1)]
    for lang in ("en", "fr", "es", "pt"):
        mask = (coded["lang"] == lang).to_numpy()
        if mask.sum():
            print(f"   {lang}: macro-F1 {status_metrics(coded['status'][mask].tolist(), predicted[mask].tolist())['macro_f1']:.3f}"
                  f" ({mask.sum()} answers)")
    print("\n2. leave one file out")
    for test_file in args.files:
        for exclude in (None, "answers-team"):
            r = leave_file_out(coded, test_file, exclude)
            note = "all other files" if exclude is None else "other files without answers-team*"
            print(f"   test {test_file:<24} train {note:<36} (n={r['train_n']}): macro-F1 {r['macro_f1']:.3f}  "
                  f"accuracy {r['accuracy']:.3f}")


if __name__ == "__main__":
    main()
