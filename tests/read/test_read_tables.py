"""Answer tables already cut into rows: .csv, .jsonl, .xlsx with a `text` column; other columns pass through."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from classifier.read import read_submissions
from classifier.records import ANSWER_FIELDS

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "data" / "training" / "answers-dev.jsonl"

ROWS = [
    {"id": "t-1", "country": "Bolivia", "question_id": 40, "text": "Ley N° 164, artículo 56.", "batch": "b7", "score": 3},
    {"id": "t-2", "country": "Bolivia", "question_id": 125, "text": "Sin información", "batch": "b7", "score": 0},
    {"id": "t-3", "country": "Tunisie", "question_id": 999, "text": "Néant", "batch": "b8", "score": 1},
]


def check_rows(frame: pd.DataFrame) -> None:
    assert list(frame.columns[: len(ANSWER_FIELDS)]) == list(ANSWER_FIELDS)
    assert list(frame["id"]) == ["t-1", "t-2", "t-3"]
    assert list(frame["batch"]) == ["b7", "b7", "b8"]
    assert list(frame["answer"]) == ["Ley N° 164, artículo 56.", "Sin información", "Néant"]
    first = frame.iloc[0]
    assert (first["kind"], first["section"], first["justifies"]) == ("text", "C", 39)
    assert first["question"].startswith("Is there any legislation, law or regulation on data privacy")
    assert frame.iloc[2]["question"] is None or pd.isna(frame.iloc[2]["question"])  # unknown question number
    assert frame["submission_id"].iloc[0] == frame["submission_id"].iloc[1] != frame["submission_id"].iloc[2]


def test_csv_table(tmp_path):
    path = tmp_path / "answers.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False)
    result = read_submissions([path])
    assert result.errors == []
    check_rows(result.answers)
    assert list(result.answers["score"]) == ["3", "0", "1"]  # CSV cells are carried as written


def test_jsonl_table_keeps_values_untouched(tmp_path):
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    frame = read_submissions([path]).answers
    check_rows(frame)
    assert list(frame["score"]) == [3, 0, 1]


def test_xlsx_answer_table(tmp_path):
    path = tmp_path / "answers.xlsx"
    pd.DataFrame(ROWS).to_excel(path, index=False)
    result = read_submissions([path])
    assert result.errors == []
    check_rows(result.answers)


def test_given_question_text_wins_and_training_file_passes_through():
    frame = read_submissions([TRAINING]).answers
    source = [json.loads(line) for line in TRAINING.read_text(encoding="utf-8").splitlines()]
    assert len(frame) == len(source)
    assert list(frame["answer"]) == [r["text"] for r in source]
    assert list(frame["id"]) == [r["id"] for r in source]
    assert frame["entities"].iloc[0] == source[0]["entities"]
    assert list(frame["question"]) == [r["question"] for r in source]


def test_table_without_text_column_is_an_error(tmp_path):
    path = tmp_path / "no-text.csv"
    pd.DataFrame([{"id": 1, "country": "Chile", "respuesta": "Sí"}]).to_csv(path, index=False)
    result = read_submissions([path])
    assert result.answers.empty
    (error,) = result.errors
    assert "lacks a 'text' column" in str(error) and str(path) in str(error)


@pytest.mark.parametrize("name", ["answers.csv", "answers.jsonl"])
def test_windows_1252_table(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".csv"):
        content = "id,country,question_id,text\nx-1,Perú,101,Política de inclusión digital ¿vigente? Sí.\n"
    else:
        content = '{"id": "x-1", "country": "Perú", "question_id": 101, "text": "Política de inclusión digital ¿vigente? Sí."}\n'
    path.write_bytes(content.encode("cp1252"))
    frame = read_submissions([path]).answers
    assert frame["answer"].iloc[0] == "Política de inclusión digital ¿vigente? Sí."
    assert frame["country"].iloc[0] == "Perú"
