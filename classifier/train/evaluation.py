"""evaluate: a model against hand-coded examples it has not seen (status, entities, language)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from classifier.annotate.entities import score_entities
from classifier.annotate.language import detect_languages
from classifier.labels import STATUS_LABELS
from classifier.model import Model
from classifier.train.data import entity_records, example_keys, status_examples
from classifier.train.metrics import calibration, status_metrics


def _status_proba(model: Model, coded: pd.DataFrame) -> np.ndarray:
    proba = np.zeros((len(coded), len(STATUS_LABELS)))
    columns = [STATUS_LABELS.index(c) for c in model.status.classes_]
    proba[:, columns] = model.status.predict_proba(coded[["text", "question"]])
    blank = ~coded["text"].fillna("").str.strip().astype(bool).to_numpy()
    proba[blank] = np.eye(len(STATUS_LABELS))[STATUS_LABELS.index("no_information")]  # same rule as annotate
    return proba


def evaluate_model(examples: pd.DataFrame, model: Model) -> dict[str, Any]:
    """Status agreement and calibration, review share, entity scores per label, language accuracy."""
    seen = set(model.meta.get("training", {}).get("example_keys", []))
    report: dict[str, Any] = {"model_version": model.version, "examples": len(examples),
                              "seen_in_training": sum(k in seen for k in example_keys(examples))}
    coded = status_examples(examples)
    if len(coded):
        proba = _status_proba(model, coded)
        predicted = np.array(STATUS_LABELS)[proba.argmax(axis=1)]
        gold = coded["status"].to_numpy()
        status = status_metrics(gold.tolist(), predicted.tolist())
        status["calibration"] = calibration(proba, gold.tolist(), STATUS_LABELS)
        passing = proba.max(axis=1) >= model.needs_review_threshold
        status["review"] = {
            "threshold": model.needs_review_threshold,
            "share_for_review": round(float(1 - passing.mean()), 4),
            "passing_accuracy": round(float((predicted == gold)[passing].mean()), 4) if passing.any() else None,
        }
        status["by_source"] = {
            source: status_metrics(gold[idx].tolist(), predicted[idx].tolist())["macro_f1"]
            for source, idx in coded.groupby("source").indices.items()
        }
        report["status"] = status
    records = entity_records(examples)
    if any(r["entities"] for r in records):
        report["entities"] = score_entities(model.entities, records)
    with_lang = examples[examples["lang"].notna()]
    if len(with_lang):
        guesses = detect_languages(with_lang["text"].tolist(), groups=with_lang["country"].fillna("").tolist())
        correct = np.array([g.lang for g in guesses]) == with_lang["lang"].to_numpy()
        report["language"] = {"n": len(with_lang), "accuracy": round(float(correct.mean()), 4)}
    return report


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def format_report(report: dict[str, Any]) -> str:
    """The evaluation report as a readable plain-text table."""
    lines = [f"model {report['model_version']}, {report['examples']} examples", ""]
    if report.get("seen_in_training"):
        lines[-1:] = [f"NOTE: {report['seen_in_training']} of these examples were in the model's training data; "
                      "their figures are not held-out (see model.json for held-out metrics)", ""]
    status = report.get("status")
    if status:
        lines.append(f"STATUS ({status['n']} status-coded answers)")
        lines.append(f"{'label':<30}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
        for label, row in status["per_label"].items():
            lines.append(f"{label:<30}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}{row['support']:>10}")
        lines.append(f"macro-F1 {_fmt(status['macro_f1'])}   accuracy {_fmt(status['accuracy'])}   "
                     f"Cohen's kappa {_fmt(status['cohen_kappa'])}   Krippendorff's alpha {_fmt(status['krippendorff_alpha'])}")
        lines.append(f"calibration: ECE {_fmt(status['calibration']['ece'])}, Brier {_fmt(status['calibration']['brier'])}")
        review = status["review"]
        lines.append(f"needs_review below {review['threshold']:.3f}: {review['share_for_review']:.1%} flagged; "
                     f"accuracy of the rest {_fmt(review['passing_accuracy'])}")
        lines.append("")
        labels = status["confusion"]["labels"]
        short = [label[:8] for label in labels]
        lines.append("confusion (rows = hand code, columns = model)")
        lines.append(f"{'':<30}" + "".join(f"{s:>10}" for s in short))
        for label, row in zip(labels, status["confusion"]["matrix"]):
            lines.append(f"{label:<30}" + "".join(f"{v:>10}" for v in row))
        if len(status.get("by_source", {})) > 1:
            lines.append("")
            lines.append("macro-F1 by file: " + ", ".join(f"{k} {v:.3f}" for k, v in status["by_source"].items()))
        lines.append("")
    entities = report.get("entities")
    if entities:
        lines.append("ENTITIES (exact span and label)")
        lines.append(f"{'label':<30}{'precision':>10}{'recall':>10}{'f1':>10}")
        per_label = entities.get("per_label", {})
        for label, row in per_label.items():
            lines.append(f"{label:<30}{_fmt(row['p']):>10}{_fmt(row['r']):>10}{_fmt(row['f1']):>10}")
        micro = entities["micro"]
        lines.append(f"{'all (micro)':<30}{_fmt(micro['p']):>10}{_fmt(micro['r']):>10}{_fmt(micro['f1']):>10}")
        lines.append("")
    language = report.get("language")
    if language:
        lines.append(f"LANGUAGE accuracy {language['accuracy']:.3f} on {language['n']} answers")
    return "\n".join(lines)
