"""Reading and writing answer tables (.jsonl, .csv, .xlsx, .parquet, `-` for stdout).

Every write goes to a temporary file in the target folder and is renamed into
place, so a crash never leaves a half-written table.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.errors import InputError

TABLE_SUFFIXES = (".jsonl", ".csv", ".xlsx", ".parquet")

# Columns that hold lists or dicts; flat formats (CSV, XLSX, Parquet) store them as JSON text.
NESTED_COLUMNS = ("entities", "status_scores")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it onto `path` only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.chmod(0o666 & ~_current_umask())  # mkstemp makes it private; the table gets the usual permissions
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _to_json_text(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flatten_nested(frame: pd.DataFrame) -> pd.DataFrame:
    flat = frame.copy()
    for column in NESTED_COLUMNS:
        if column in flat.columns:
            flat[column] = flat[column].map(_to_json_text)
    return flat


def _jsonable(value: Any) -> Any:
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        return value.item()  # numpy scalar
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value


def frame_to_jsonl_lines(frame: pd.DataFrame) -> Iterator[str]:
    """One JSON object a row, nested columns kept as JSON lists and objects."""
    columns = list(frame.columns)
    for values in frame.itertuples(index=False, name=None):
        row = {c: _jsonable(v) for c, v in zip(columns, values)}
        yield json.dumps(row, ensure_ascii=False, default=str)


def _write_jsonl(frame: pd.DataFrame, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line in frame_to_jsonl_lines(frame):
            out.write(line + "\n")


XlsxWriter = Callable[[pd.DataFrame, Path], None]


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    _flatten_nested(frame).to_excel(path, index=False, engine="openpyxl")


def write_table(frame: pd.DataFrame, path: str | Path, xlsx_writer: XlsxWriter | None = None) -> None:
    """Write `frame` to `path` in the format its extension names; `-` writes JSONL to stdout.

    `xlsx_writer` replaces the plain spreadsheet writer (e.g. one that adds review columns).
    """
    if str(path) == "-":
        for line in frame_to_jsonl_lines(frame):
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
        return
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ValueError(f"{path}: output must end in one of {', '.join(TABLE_SUFFIXES)}, or be '-' for stdout")
    with atomic_path(path) as tmp:
        if suffix == ".jsonl":
            _write_jsonl(frame, tmp)
        elif suffix == ".csv":
            _flatten_nested(frame).to_csv(tmp, index=False, encoding="utf-8")
        elif suffix == ".xlsx":
            (xlsx_writer or _write_xlsx)(frame, tmp)
        else:
            _flatten_nested(frame).to_parquet(tmp, index=False)


def _parse_nested(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table written by `write_table` (or an answer table) back into a DataFrame.

    Raises `InputError` with a one-line reason when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        elif suffix == ".xlsx":
            frame = pd.read_excel(path, dtype=object, engine="openpyxl")
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise InputError(path, f"unknown table format '{suffix}'; use .jsonl, .csv, .xlsx or .parquet")
    except InputError:
        raise
    except Exception as error:  # any parser failure becomes one line for the analyst
        raise InputError(path, f"cannot be read as a {suffix[1:]} table ({type(error).__name__}: {error})") from None
    for column in NESTED_COLUMNS:
        if column in frame.columns:
            frame[column] = frame[column].map(_parse_nested)
    return frame
