"""Train a model directory from hand-coded examples, with held-out metrics grouped by country.

Cross-validation never lets answers of one country sit on both sides of a split
(GroupKFold on `country`). The held-out logits give the temperature that calibrates the
probabilities; the calibrated held-out probabilities give the status metrics, the
calibration figure and the `needs_review` threshold; the shipped classifier is then
fitted on all examples. The entity recogniser is scored on one grouped split (the
first fold) and then trained on all examples.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

from classifier import __version__
from classifier.annotate.entities import score_entities, train_entity_pipeline
from classifier.annotate.status import StatusClassifier, fit_temperature, softmax
from classifier.labels import STATUS_LABELS
from classifier.model import Model, save_model
from classifier.train.data import data_sha256, entity_records, example_keys, load_examples, status_examples
from classifier.train.metrics import calibration, plot_calibration, review_threshold, status_metrics

N_SPLITS = 5
CALIBRATION_FIGURE = "calibration.png"


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def country_groups(examples: pd.DataFrame) -> np.ndarray:
    """The CV group of every example: its country, or its source file when the country is missing."""
    return examples["country"].fillna("file:" + examples["source"].astype(str)).astype(str).to_numpy()


def grouped_splits(examples: pd.DataFrame, n_splits: int = N_SPLITS) -> list[tuple[np.ndarray, np.ndarray]]:
    """GroupKFold splits by country; fewer folds when there are fewer countries (at least 2 needed)."""
    groups = country_groups(examples)
    folds = min(n_splits, len(set(groups)))
    if folds < 2:
        raise ValueError("cross-validation grouped by country needs examples from at least 2 countries")
    return list(GroupKFold(n_splits=folds).split(examples, groups=groups))


def cross_validated_logits(examples: pd.DataFrame, seed: int = 0, n_splits: int = N_SPLITS,
                           quiet: bool = True, **params: Any) -> np.ndarray:
    """Held-out status logits for every example (columns in STATUS_LABELS order; a label a fold lacks: -1e4)."""
    logits = np.full((len(examples), len(STATUS_LABELS)), -1e4)
    splits = grouped_splits(examples, n_splits)
    for number, (train, test) in enumerate(splits, start=1):
        _say(f"status: cross-validation fold {number}/{len(splits)}", quiet)
        model = StatusClassifier(random_state=seed, **params).fit(examples.iloc[train], examples["status"].iloc[train])
        columns = [STATUS_LABELS.index(c) for c in model.classes_]
        logits[np.ix_(test, columns)] = model.decision_function(examples.iloc[test])
    return logits


def held_out_probabilities(examples: pd.DataFrame, seed: int = 0, quiet: bool = True,
                           **params: Any) -> tuple[np.ndarray, float, float]:
    """Held-out probabilities after temperature scaling, the temperature, and the ECE before scaling."""
    logits = cross_validated_logits(examples, seed=seed, quiet=quiet, **params)
    gold = examples["status"].tolist()
    temperature = fit_temperature(logits, np.array([STATUS_LABELS.index(g) for g in gold]))
    ece_before = calibration(softmax(logits), gold, STATUS_LABELS)["ece"]
    return softmax(logits, temperature), temperature, ece_before


def held_out_status_report(examples: pd.DataFrame, proba: np.ndarray) -> dict[str, Any]:
    """Metrics, calibration and review threshold from held-out probabilities."""
    gold = examples["status"].tolist()
    labels = np.array(STATUS_LABELS)
    predicted = labels[proba.argmax(axis=1)]
    confidence = proba.max(axis=1)
    report = status_metrics(gold, predicted)
    report["calibration"] = calibration(proba, gold, STATUS_LABELS)
    report["review"] = review_threshold(confidence, predicted == np.array(gold))
    report["by_source"] = {
        source: status_metrics([gold[i] for i in idx], predicted[idx])["macro_f1"]
        for source, idx in examples.groupby("source").indices.items()
    }
    return report


def _entity_held_out(examples: pd.DataFrame, seed: int, quiet: bool) -> dict[str, Any]:
    train, test = grouped_splits(examples)[0]
    _say(f"entities: held-out training on {len(train)} answers (one split grouped by country)", quiet)
    nlp = train_entity_pipeline(entity_records(examples.iloc[train]), seed=seed)
    return score_entities(nlp, entity_records(examples.iloc[test]))


def _readme(meta: dict[str, Any]) -> str:
    status = meta["metrics"]["status"]
    review = status["review"]
    return (
        f"# msq-classifier model {meta['version']}\n\n"
        f"Trained on {meta['training']['examples']} hand-coded answers ({meta['training']['status_coded']} "
        f"status-coded, {meta['training']['countries']} countries) from: {', '.join(meta['training']['sources'])}; "
        f"seed {meta['seed']}; data sha256 `{meta['training_data_sha256']}`.\n\n"
        "Made by `msq-classifier train <those files or their folder> -o <this folder>` (the shipped model: "
        "`msq-classifier train data/training -o models/default`). Same data and seed give the same model.\n\n"
        f"Held-out ({meta['metrics']['method']}): status macro-F1 {status['macro_f1']:.3f}, "
        f"Cohen's kappa {status['cohen_kappa']:.3f}, ECE {status['calibration']['ece']:.3f} "
        f"(see calibration.png). `needs_review` below confidence {review['threshold']:.3f}: "
        f"{review['share_for_review']:.1%} of answers flagged, the rest right {review['passing_accuracy']:.1%} "
        "of the time.\n\nAll figures: model.json.\n"
    )


def train_model(examples: pd.DataFrame, out: str | Path, *, seed: int = 0, quiet: bool = False) -> Model:
    """Train status classifier and entity recogniser on `examples` and write the model directory `out`."""
    coded = status_examples(examples)
    if coded.empty:
        raise ValueError("no status-coded examples: a training table needs rows with a codebook status")
    _say(f"training on {len(examples)} examples ({len(coded)} status-coded) "
         f"from {examples['country'].nunique()} countries", quiet)
    proba, temperature, ece_before = held_out_probabilities(coded, seed=seed, quiet=quiet)
    report = held_out_status_report(coded, proba)
    report["calibration"].update(temperature=temperature, ece_before_scaling=ece_before)
    _say(f"status: held-out macro-F1 {report['macro_f1']:.3f}, ECE {report['calibration']['ece']:.3f} "
         f"(temperature {temperature:.2f}; {ece_before:.3f} before scaling)", quiet)
    entity_report = _entity_held_out(examples, seed, quiet)
    _say("status: fitting on all examples", quiet)
    status = StatusClassifier(random_state=seed, temperature=temperature).fit(coded, coded["status"])
    _say("entities: training on all examples", quiet)
    entities = train_entity_pipeline(entity_records(examples), seed=seed)
    sha = data_sha256(examples)
    meta = {
        "version": f"{__version__}+{sha[:10]}.seed{seed}",
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "training_data_sha256": sha,
        "seed": seed,
        "labels": list(STATUS_LABELS),
        "needs_review_threshold": report["review"]["threshold"],
        "training": {"examples": len(examples), "status_coded": len(coded),
                     "countries": int(examples["country"].nunique()),
                     "sources": sorted(examples["source"].unique().tolist()),
                     "status_params": status.get_params(),
                     "example_keys": sorted(set(example_keys(examples)))},
        "metrics": {
            "method": f"GroupKFold by country, {len(grouped_splits(coded))} folds; entities: first fold",
            "status": report,
            "entities": entity_report,
        },
    }
    model = Model(entities=entities, status=status, meta=meta)
    with tempfile.TemporaryDirectory() as tmp:
        figure = Path(tmp) / CALIBRATION_FIGURE
        plot_calibration(report["calibration"], figure, "Status, held-out (grouped by country)")
        readme = Path(tmp) / "README.md"
        readme.write_text(_readme(meta), encoding="utf-8")
        save_model(model, out, extra_files={CALIBRATION_FIGURE: figure, "README.md": readme})
    _say(f"model written to {out}: needs_review below confidence {report['review']['threshold']:.3f} "
         f"({report['review']['share_for_review']:.0%} of answers left for review)", quiet)
    return model


def train_from_paths(paths: Sequence[str | Path], out: str | Path, *, seed: int = 0,
                     quiet: bool = False) -> tuple[Model | None, list]:
    """Load examples under `paths` and train; returns the model (None if no data) and the bad files."""
    examples, errors = load_examples(paths)
    if examples.empty:
        return None, errors
    return train_model(examples, out, seed=seed, quiet=quiet), errors
