"""annotate: language, entities and implementation status for every answer of an answer table.

`annotate_frame(answers)` takes the table `extract` writes (or any table with an
`answer` column) and returns it with `records.ANNOTATION_FIELDS` added; every input
column passes through untouched. Rules that are not learned:

- contact and choice answers, and questions the catalog marks as not status-coded
  (names of organisations), get `status = None`;
- a status-coded question left blank is `no_information` (codebook: "empty"), with
  confidence 1 and no review needed;
- an input column whose name is an annotation field (e.g. the hand-coded `status` of a
  training table) is kept as `input_<name>`, so nothing in the input is lost;
- `needs_review` is true when the model's confidence is below the model's threshold
  (chosen on held-out answers so that the answers passing are right >= 95% of the time).

Repeated texts are annotated once. With `jobs > 1` the distinct texts are cut into chunks
that forked worker processes code (entities, status) while this process detects languages
over the whole table (so short answers still see their submission's language). The
default, `jobs=0`, uses one process per available core once a batch has
`AUTO_JOBS_MIN_TEXTS` distinct answers, and this process alone below that.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from classifier.annotate.entities import doc_entities
from classifier.annotate.language import detect_languages
from classifier.catalog import load_catalog, question_number
from classifier.labels import STATUS_LABELS
from classifier.model import Model, load_model
from classifier.records import ANNOTATION_FIELDS

BATCH_SIZE = 256
AUTO_JOBS_MIN_TEXTS = 2000  # below this, starting worker processes costs about what they save
NOT_CODED_KINDS = frozenset({"contact", "choice"})
# Columns with a plain dtype; the others stay `object` so that a missing status is None, not NaN.
_DTYPES = {"lang": object, "lang_confidence": float, "needs_review": bool}


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    if name not in frame.columns:
        return [None] * len(frame)
    return [None if (isinstance(v, float) and v != v) else v for v in frame[name].tolist()]


def _context(frame: pd.DataFrame) -> tuple[list[str], list[str | None], list[bool]]:
    """Answer texts, stand-alone question texts, and whether each row is status-coded."""
    catalog = load_catalog()
    texts = [("" if a is None else str(a)) for a in _column(frame, "answer")]
    questions: list[str | None] = []
    coded: list[bool] = []
    for kind, number, question in zip(_column(frame, "kind"), _column(frame, "question_id"), _column(frame, "question")):
        number = question_number(number)
        known = catalog.questions.get(number) if number is not None else None
        questions.append(catalog.question_text(number) if known else question)
        coded.append(kind not in NOT_CODED_KINDS and (known is None or known.status_coded))
    return texts, questions, coded


def _entities_of(texts: list[str]) -> list[list[dict[str, Any]]]:
    """Entities of distinct, non-blank texts (runs in a worker process or in this one)."""
    assert _MODEL is not None
    return [doc_entities(doc) for doc in _MODEL.entities.pipe(texts, batch_size=BATCH_SIZE)]


def _proba_of(keys: list[tuple[str, str]]) -> np.ndarray:
    """Status probabilities of distinct (answer, question) pairs."""
    assert _MODEL is not None
    return _MODEL.status.predict_proba(pd.DataFrame(keys, columns=["text", "question"]))


def _split(items: list[Any], parts: int) -> list[list[Any]]:
    size = max(1, -(-len(items) // parts))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _jobs_for(jobs: int, distinct_texts: int) -> int:
    """`jobs` as asked, or for 0 (auto) one process per available core on large batches."""
    if jobs > 0:
        return jobs
    if distinct_texts < AUTO_JOBS_MIN_TEXTS:
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _one_blas_thread() -> None:
    """Worker start-up: one BLAS thread per process, so that N workers do not fight over the cores."""
    threadpool_limits(limits=1, user_api="blas")


class _Runner:
    """Runs `_entities_of` and `_proba_of` here, or over `jobs` forked processes that inherit the model."""

    def __init__(self, jobs: int) -> None:
        self.pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_one_blas_thread) if jobs > 1 else None
        self.parts = jobs * 2

    def submit(self, func: Any, items: list[Any]) -> Any:
        if self.pool is None or len(items) < 2 * BATCH_SIZE:
            result = func(items) if items else []
            return lambda: result
        pending = self.pool.map_async(func, _split(items, self.parts))
        return lambda: [row for part in pending.get() for row in part]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def _status_columns(proba_by_key: dict[tuple[str, str], np.ndarray], classes: list[str], texts: list[str],
                    questions: list[str | None], coded: list[bool], threshold: float) -> dict[str, list[Any]]:
    n = len(texts)
    status: list[Any] = [None] * n
    confidence: list[Any] = [None] * n
    scores: list[Any] = [None] * n
    review: list[bool] = [False] * n
    for i in range(n):
        if not coded[i]:
            continue
        if not texts[i].strip():  # a blank status-coded answer: the codebook's "empty"
            status[i], confidence[i] = "no_information", 1.0
            scores[i] = {label: float(label == "no_information") for label in STATUS_LABELS}
            continue
        row = proba_by_key[(texts[i], questions[i] or "")]
        best = int(np.argmax(row))
        status[i] = classes[best]
        confidence[i] = round(float(row[best]), 4)
        scores[i] = {label: round(float(row[classes.index(label)]), 4) if label in classes else 0.0
                     for label in STATUS_LABELS}
        review[i] = confidence[i] < threshold
    return {"status": status, "status_confidence": confidence, "status_scores": scores, "needs_review": review}


_MODEL: Model | None = None  # the model the workers use (inherited through fork)


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The shipped model, loaded once per process."""
    return load_model()


def annotate_frame(answers: pd.DataFrame, model: Model | None = None, *, jobs: int = 0) -> pd.DataFrame:
    """The answers plus language, entities, status (with scores), needs_review and model version.

    `jobs`: worker processes; 0 picks one per core for large batches (see module docstring).
    """
    global _MODEL
    model = model or default_model()
    texts, questions, coded = _context(answers)
    unique_texts = list(dict.fromkeys(t for t in texts if t.strip()))
    keys = list(dict.fromkeys((t, q or "") for t, q, c in zip(texts, questions, coded) if c and t.strip()))
    _MODEL = model
    runner = _Runner(_jobs_for(jobs, len(unique_texts)))
    try:
        entities_later = runner.submit(_entities_of, unique_texts)
        proba_later = runner.submit(_proba_of, keys)
        groups = [str(g) for g in _column(answers, "submission_id")]
        languages = detect_languages([t or None for t in texts], groups=groups)
        found = dict(zip(unique_texts, entities_later()))
        proba_by_key = dict(zip(keys, proba_later()))
    finally:
        runner.close()
        _MODEL = None
    columns: dict[str, list[Any]] = {
        "lang": [g.lang for g in languages],
        "lang_confidence": [g.confidence for g in languages],
        "entities": [found.get(t, []) for t in texts],
        **_status_columns(proba_by_key, list(model.status.classes_), texts, questions, coded,
                          model.needs_review_threshold),
        "model_version": [model.version] * len(answers),
    }
    kept = answers.rename(columns={c: f"input_{c}" for c in ANNOTATION_FIELDS if c in answers.columns})
    return kept.assign(**{name: pd.Series(columns[name], index=answers.index, dtype=_DTYPES.get(name, object))
                          for name in ANNOTATION_FIELDS})


def annotate_texts(texts: Sequence[str], questions: Sequence[str | None] | None = None,
                   model: Model | None = None) -> pd.DataFrame:
    """Convenience for notebooks: annotate bare answer texts (with optional question texts)."""
    frame = pd.DataFrame({"submission_id": "texts", "kind": "text", "answer": list(texts),
                          "question": list(questions) if questions is not None else None})
    return annotate_frame(frame, model)
