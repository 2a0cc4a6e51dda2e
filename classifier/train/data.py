"""Hand-coded examples for training and evaluation: JSONL in the codebook schema, or CSV/XLSX tables.

A table needs `text` and `status`; `question_id`, `question`, `entities`, `country`, `lang`
and `id` are optional. A missing `question` is filled from the catalog when `question_id` is
known. An empty status means "not status-coded" (names of organisations); such rows still
train the entity recogniser. Contact questions (names and e-mails of officials) are dropped,
so personal data never reaches a model file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.catalog import load_catalog, question_number
from classifier.errors import InputError
from classifier.labels import STATUS_LABELS
from classifier.tables import read_table

EXAMPLE_SUFFIXES = (".jsonl", ".csv", ".xlsx")
EXAMPLE_COLUMNS = ("id", "country", "question_id", "question", "text", "lang", "status", "entities", "source")


def _walk(paths: Sequence[str | Path]) -> list[tuple[Path, bool]]:
    """Files to read, each with whether it was named explicitly (rather than found in a folder)."""
    files: list[tuple[Path, bool]] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend((p, False) for p in sorted(path.rglob("*"))
                         if p.suffix.lower() in EXAMPLE_SUFFIXES and not p.name.startswith("."))
        else:
            files.append((path, True))
    return files


class NotATrainingTable(InputError):
    """A table without the `text` and `status` columns of hand-coded examples."""


def _clean(value: Any) -> Any:
    """None for NaN / empty strings, the value otherwise."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _entities(value: Any) -> list[dict[str, Any]]:
    value = _clean(value)
    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return list(value)


def _read_one(path: Path) -> pd.DataFrame:
    """The examples of one file, in EXAMPLE_COLUMNS; raises InputError naming the problem."""
    if not path.exists():
        raise InputError(path, "no such file or folder")
    if path.suffix.lower() not in EXAMPLE_SUFFIXES:
        raise InputError(path, f"not a training table; use {', '.join(EXAMPLE_SUFFIXES)}")
    frame = read_table(path)
    missing = [c for c in ("text", "status") if c not in frame.columns]
    if missing:
        raise NotATrainingTable(path, f"missing column(s) {', '.join(missing)}; a training table needs 'text' and 'status'")
    catalog = load_catalog()
    rows = []
    for number, record in enumerate(frame.to_dict("records"), start=1):
        qid = question_number(record.get("question_id"))
        question = catalog.questions.get(qid) if qid is not None else None
        if question is not None and question.kind == "contact":
            continue  # personal data of officials never trains a model
        status = _clean(record.get("status"))
        if status is not None and status not in STATUS_LABELS:
            raise InputError(path, f"row {number}: unknown status '{status}'; use one of {', '.join(STATUS_LABELS)}")
        try:
            entities = _entities(record.get("entities"))
        except (json.JSONDecodeError, TypeError):
            raise InputError(path, f"row {number}: 'entities' is not a JSON list of spans") from None
        text = _clean(record.get("text"))
        rows.append({
            "id": _clean(record.get("id")) or f"{path.stem}-{number}",
            "country": _clean(record.get("country")),
            "question_id": qid,
            "question": _clean(record.get("question")) or (catalog.question_text(qid) if question else None),
            "text": "" if text is None else str(text),
            "lang": _clean(record.get("lang")),
            "status": status,
            "entities": entities,
            "source": path.name,
        })
    return pd.DataFrame(rows, columns=list(EXAMPLE_COLUMNS))


def load_examples(paths: Sequence[str | Path]) -> tuple[pd.DataFrame, list[InputError]]:
    """All examples under `paths` (folders walked, files in sorted order) and the files that failed.

    Tables inside a folder that are not training tables (e.g. a sample submission) are passed
    over; a file named explicitly must be one. When the same answer (question and text) is coded
    more than once, the last one read wins: `train data/ corrections.jsonl` lets the analysts'
    reviewed decisions replace the older hand codes of the same answers.
    """
    frames, errors = [], []
    for path, explicit in _walk(paths):
        try:
            frames.append(_read_one(path))
        except NotATrainingTable as error:
            if explicit:
                errors.append(error)
        except InputError as error:
            errors.append(error)
    if not frames:
        return pd.DataFrame(columns=list(EXAMPLE_COLUMNS)), errors
    examples = pd.concat(frames, ignore_index=True)
    answer_key = examples["question_id"].astype(str) + "\x1f" + examples["text"].str.strip()
    return examples[~answer_key.duplicated(keep="last")].reset_index(drop=True), errors


def data_sha256(examples: pd.DataFrame) -> str:
    """Hash of the examples' content (not their file names): same data, same hash."""
    digest = hashlib.sha256()
    for row in examples[["country", "question_id", "question", "text", "status", "entities"]].itertuples(index=False):
        digest.update(json.dumps(list(row), ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def example_keys(examples: pd.DataFrame) -> list[str]:
    """Short hashes of (answer, question) pairs: lets `evaluate` tell which examples a model was trained on."""
    return [hashlib.sha256(f"{t}\x1f{q or ''}".encode("utf-8")).hexdigest()[:12]
            for t, q in zip(examples["text"], examples["question"])]


def status_examples(examples: pd.DataFrame) -> pd.DataFrame:
    """The status-coded examples only."""
    return examples[examples["status"].notna()].reset_index(drop=True)


def entity_records(examples: pd.DataFrame) -> list[dict[str, Any]]:
    """Examples as codebook records for the entity recogniser (`text`, `entities`)."""
    return [{"text": t, "entities": e} for t, e in zip(examples["text"], examples["entities"]) if t]
