"""Agreement and calibration metrics for the status classifier, and the needs_review threshold."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix, precision_recall_fscore_support

from classifier.labels import STATUS_LABELS

REVIEW_TARGET_ACCURACY = 0.95


def status_metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Per-label precision/recall/F1, macro-F1, accuracy, Cohen's kappa, Krippendorff's alpha, confusion matrix."""
    gold, predicted = list(gold), list(predicted)
    labels = list(STATUS_LABELS)
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=labels, zero_division=0
    )
    present = [i for i, label in enumerate(labels) if support[i] > 0 or label in predicted]
    codes = {label: i for i, label in enumerate(labels)}
    reliability = np.array([[codes[g] for g in gold], [codes[p] for p in predicted]], dtype=float)
    single_value = len(set(gold) | set(predicted)) < 2
    return {
        "n": len(gold),
        "per_label": {
            label: {"precision": round(float(precision[i]), 4), "recall": round(float(recall[i]), 4),
                    "f1": round(float(f1[i]), 4), "support": int(support[i])}
            for i, label in enumerate(labels)
        },
        "macro_f1": round(float(np.mean(f1[present])) if present else 0.0, 4),
        "accuracy": round(float(np.mean(np.array(gold) == np.array(predicted))) if gold else 0.0, 4),
        "cohen_kappa": None if single_value else round(float(cohen_kappa_score(gold, predicted, labels=labels)), 4),
        "krippendorff_alpha": None if single_value else round(float(
            krippendorff.alpha(reliability_data=reliability, level_of_measurement="nominal")), 4),
        "confusion": {"labels": labels,
                      "matrix": confusion_matrix(gold, predicted, labels=labels).tolist() if gold else []},
    }


def calibration(proba: np.ndarray, gold: Sequence[str], classes: Sequence[str], bins: int = 10) -> dict[str, Any]:
    """Expected calibration error (top label, equal-width bins), multi-class Brier score, reliability bins."""
    classes = list(classes)
    gold_index = np.array([classes.index(g) for g in gold])
    confidence = proba.max(axis=1)
    correct = proba.argmax(axis=1) == gold_index
    onehot = np.zeros_like(proba)
    onehot[np.arange(len(gold_index)), gold_index] = 1.0
    table, ece = [], 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    for low, high in zip(edges[:-1], edges[1:]):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            gap = abs(correct[inside].mean() - confidence[inside].mean())
            ece += inside.mean() * gap
            table.append({"low": round(float(low), 2), "high": round(float(high), 2), "n": int(inside.sum()),
                          "confidence": round(float(confidence[inside].mean()), 4),
                          "accuracy": round(float(correct[inside].mean()), 4)})
    return {"ece": round(float(ece), 4), "brier": round(float(np.mean(np.sum((proba - onehot) ** 2, axis=1))), 4),
            "bins": table}


def review_threshold(confidence: np.ndarray, correct: np.ndarray,
                     target: float = REVIEW_TARGET_ACCURACY) -> dict[str, float]:
    """Lowest confidence threshold at which the answers passing (confidence >= t) are right >= `target`.

    Returns the threshold, the accuracy of the answers that pass, and the share left for review.
    """
    order = np.argsort(-confidence, kind="stable")
    sorted_conf, sorted_correct = confidence[order], correct[order].astype(float)
    running = np.cumsum(sorted_correct) / np.arange(1, len(order) + 1)
    threshold = 1.0
    for k in range(len(order) - 1, -1, -1):  # the largest passing set that still meets the target
        if running[k] >= target and (k == len(order) - 1 or sorted_conf[k] > sorted_conf[k + 1]):
            threshold = float(sorted_conf[k])
            break
    passing = confidence >= threshold
    return {
        "threshold": threshold,
        "target_accuracy": target,
        "passing_accuracy": round(float(correct[passing].mean()) if passing.any() else 1.0, 4),
        "share_for_review": round(float(1.0 - passing.mean()), 4),
    }


def plot_calibration(calib: dict[str, Any], path: Path, title: str) -> None:
    """Reliability diagram (accuracy against confidence per bin) with ECE and Brier in the title."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    xs = [b["confidence"] for b in calib["bins"]]
    ys = [b["accuracy"] for b in calib["bins"]]
    sizes = [20 + 200 * b["n"] / max(1, max(c["n"] for c in calib["bins"])) for b in calib["bins"]]
    ax.plot(xs, ys, color="tab:blue")
    ax.scatter(xs, ys, s=sizes, color="tab:blue", label="held-out answers (size = count)")
    ax.set_xlabel("predicted confidence (top label)")
    ax.set_ylabel("share correct")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(f"{title}\nECE {calib['ece']:.3f}, Brier {calib['brier']:.3f}", fontsize=9)
    ax.legend(loc="upper left", fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
