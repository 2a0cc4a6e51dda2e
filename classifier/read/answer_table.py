"""Answer tables already cut into rows (.csv, .xlsx, .jsonl): a `text` column, optional
`id`, `country`, `question_id`, `question`; every other column is carried through untouched."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.errors import InputError
from classifier.read.detect import decode_text

TEXT_COLUMNS = ("text", "answer")  # `answer` lets extract's own output be read again
MAPPED_COLUMNS = ("country", "question_id", "question")


def csv_rows(path: Path, data: bytes) -> list[dict[str, Any]]:
    text = decode_text(path, data)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as error:
        raise InputError(path, f"cannot be read as a CSV table ({error})") from None
    return [{k: (v if v != "" else None) for k, v in row.items()} for row in frame.to_dict("records")]


def jsonl_rows(path: Path, data: bytes) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(decode_text(path, data).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(path, f"line {number} is not valid JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise InputError(path, f"line {number} is not a JSON object")
        rows.append(row)
    return rows


def sheet_rows(header: tuple[Any, ...], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    names = [str(h) if h is not None else f"column_{i + 1}" for i, h in enumerate(header)]
    return [dict(zip(names, row)) for row in rows if any(cell not in (None, "") for cell in row)]


def has_text_column(columns: list[str] | tuple[Any, ...]) -> bool:
    return any(str(c) in TEXT_COLUMNS for c in columns)


def text_column(path: Path, rows: list[dict[str, Any]]) -> str:
    """The column holding the answers, or InputError naming what is missing."""
    columns = list(dict.fromkeys(k for row in rows for k in row))
    if not rows:
        raise InputError(path, "answer table has no rows")
    for name in TEXT_COLUMNS:
        if name in columns:
            return name
    raise InputError(path, f"answer table lacks a 'text' column (columns: {', '.join(map(str, columns[:8]))})")


def blank(value: Any) -> bool:
    if isinstance(value, float):
        return math.isnan(value)
    return value is None or (isinstance(value, str) and not value.strip())


def question_number(path: Path, value: Any, row_number: int) -> int | None:
    """`question_id` as an int ("40", 40.0, "Q40" all give 40)."""
    if blank(value):
        return None
    text = str(value).strip().lstrip("Qq")
    try:
        number = float(text)
    except ValueError:
        raise InputError(path, f"record {row_number}: question_id {value!r} is not a number") from None
    if number != int(number):
        raise InputError(path, f"record {row_number}: question_id {value!r} is not a whole number")
    return int(number)
