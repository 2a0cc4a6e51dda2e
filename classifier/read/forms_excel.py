"""Layout B: the form's "Export to Excel" workbook, one row per response; question n is column 5 + n."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from classifier.catalog import Catalog, match_key

FIRST_QUESTION_COLUMN = 5  # columns A-E: ID, Start time, Completion time, Email, Name
# Share of the questions whose column must be found for the sheet to count as a Forms export.
_MIN_HEADER_MATCH = 0.8


@dataclass
class FormsResponse:
    """One row of the export: the response ID and the raw cell of every question."""

    response_id: str | None
    cells: dict[int, Any]


def _header_key(header: Any, title_keys: set[str]) -> str:
    key = match_key(str(header or ""))
    stripped = key.rstrip("0123456789")  # "Email2": a duplicate header suffixed by an Excel table
    return key if key in title_keys or stripped not in title_keys else stripped


def question_columns(header: tuple[Any, ...], catalog: Catalog) -> dict[int, int] | None:
    """Column index of each question, or None if this is not the form's export.

    Question n is column 5 + n in the export as Forms writes it; if columns were added or
    removed (a newer export, quiz points), headers are aligned with the titles in form order.
    """
    title_keys = [match_key(q.title) for q in catalog.questions.values()]
    header_keys = [_header_key(h, set(title_keys)) for h in header]
    numbers = list(catalog.questions)
    positional = {n: FIRST_QUESTION_COLUMN + n - 1 for n in numbers}
    hits = sum(i < len(header_keys) and header_keys[i] == title_keys[n - 1] for n, i in positional.items())
    if hits >= _MIN_HEADER_MATCH * len(numbers):
        return positional
    matcher = difflib.SequenceMatcher(None, title_keys, header_keys, autojunk=False)
    aligned = {numbers[a + k]: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    return aligned if len(aligned) >= _MIN_HEADER_MATCH * len(numbers) else None


def forms_responses(rows: list[tuple[Any, ...]], columns: dict[int, int], catalog: Catalog) -> list[FormsResponse]:
    """Every non-empty data row as a response; a question without a column gets None."""
    responses = []
    for row in rows:
        if not any(cell not in (None, "") for cell in row):
            continue
        cells = {n: _cell(row, columns[n]) if n in columns else None for n in catalog.questions}
        response_id = _cell(row, 0)
        responses.append(FormsResponse(None if response_id is None else str(response_id).strip(), cells))
    return responses


def _cell(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if index < len(row) else None


def clean_cell(value: Any) -> str | None:
    """Text of a cell as typed: OOXML `_x000D_` escapes and CR LF turned into plain line breaks; blank -> None."""
    if value is None:
        return None
    text = str(value).replace("_x000D_\n", "\n").replace("_x000D_", "\n").replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    return text or None


def split_choice(value: str | None, options: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(choice, answer) of a choice cell: chosen labels in `choice`; text typed for "Other" in `answer`.

    A multiple-answer cell ("a;b;") keeps its labels joined by ";".
    """
    if value is None:
        return None, None
    parts = [part.strip() for part in value.split(";") if part.strip()] if ";" in value else [value]
    known = {match_key(o): o for o in options}
    chosen = [known[match_key(p)] for p in parts if match_key(p) in known]
    typed = [p for p in parts if match_key(p) not in known]
    if typed and "Other" not in options:
        return value, None  # an unexpected label: keep it as the choice
    if typed:
        chosen.append("Other")
    return (";".join(chosen) or None), ("; ".join(typed) or None)
