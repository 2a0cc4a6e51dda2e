"""The spreadsheet route: an annotated table as an Excel workbook with review columns, and the
import of a filled-in workbook into the review store.

The workbook has every column of the annotated table (lists and dicts as JSON text) plus
`reviewed_status` (a drop-down of the five status labels), `reviewer` and `comment`. An analyst
fills these in; `import_review_workbook` turns each filled-in row into a decision.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from classifier.errors import InputError
from classifier.labels import STATUS_LABELS
from classifier.review import store

REVIEW_COLUMNS = ("reviewed_status", "reviewer", "comment")
SHEET_TITLE = "answers"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
_WIDE_COLUMNS = {"question": 50, "answer": 70, "entities": 40, "status_scores": 30, "comment": 40,
                 "reviewed_status": 30, "section_title": 30}


def _cell_value(value: Any) -> Any:
    """A value Excel can hold: nested values as JSON text, no control characters, no NaN."""
    value = store.clean_value(value)
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def write_review_workbook(frame: pd.DataFrame, path: Path) -> None:
    """Write the annotated `frame` to `path` (.xlsx) with the review columns added.

    Existing `reviewed_status`, `reviewer` and `comment` values are kept. Text is always stored as
    text: an answer that starts with '=' does not become a formula.
    """
    columns = [c for c in frame.columns if c not in REVIEW_COLUMNS] + list(REVIEW_COLUMNS)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    last_row = max(len(frame) + 1, 2)
    last_letter = get_column_letter(len(columns))
    status_letter = get_column_letter(columns.index("reviewed_status") + 1)
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDE_COLUMNS.get(name, 14)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last_letter}{last_row}"
    validation = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Not a status label",
                                error="Pick one of the five status labels of the codebook.")
    validation.add(f"{status_letter}2:{status_letter}{last_row}")
    sheet.data_validations.append(validation)
    sheet.append([_styled(sheet, name, header=True) for name in columns])
    wrapped = {i for i, name in enumerate(columns) if name in ("answer", "question")}
    for values in frame.reindex(columns=columns).itertuples(index=False, name=None):
        sheet.append([_styled(sheet, _cell_value(v), wrap=i in wrapped) for i, v in enumerate(values)])
    workbook.save(path)


def _styled(sheet: Any, value: Any, *, header: bool = False, wrap: bool = False) -> Any:
    """The value itself, or a cell when it needs a style or must be kept from becoming a formula."""
    formula_like = isinstance(value, str) and value.startswith("=")
    if not (header or wrap or formula_like):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula
    if header:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    elif wrap:
        cell.alignment = _WRAP
    return cell


@dataclass
class ImportReport:
    """What importing a workbook did; `problems` are one line each, naming the row."""

    decisions: int = 0
    unchanged: int = 0
    answers_added: int = 0
    problems: list[str] = field(default_factory=list)


def _read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(Excel row number, {column: value}) for every data row of the first sheet."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # any reason the file is not a workbook
        raise InputError(path, f"cannot be read as an Excel workbook ({type(error).__name__}: {error})") from None
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        missing = [c for c in ("submission_id", "question_id", "reviewed_status") if c not in header]
        if missing:
            raise InputError(path, f"has no {', '.join(missing)} column; is it a workbook written by "
                             "`msq-classifier annotate -o FILE.xlsx`?")
        return [(number, dict(zip(header, values))) for number, values in enumerate(rows, start=2)]
    finally:
        workbook.close()


def _status_of(value: Any) -> str | None:
    """The status label a cell holds (case and surrounding spaces ignored), None if not a label."""
    text = str(value).strip().lower()
    return text if text in STATUS_LABELS else None


def import_review_workbook(path: str | Path, db_path: str | Path, analyst: str) -> ImportReport:
    """Take the filled-in `reviewed_status` values of a workbook into the review store.

    Each row with a label becomes a decision by its `reviewer` (or `analyst` when empty), with the
    row's `comment` and `entities`. Answers the store does not have yet are added from the
    workbook. A value that is not a label is reported by row number and skipped.
    """
    path = Path(path)
    report = ImportReport()
    rows = _read_rows(path)
    filled = [(n, r) for n, r in rows if store.clean_value(r.get("reviewed_status")) not in (None, "")]
    new_rows = pd.DataFrame([r for _, r in filled]).drop(columns=list(REVIEW_COLUMNS), errors="ignore")
    if filled:
        before = len(store.known_keys(db_path))
        store.load_annotations(db_path, new_rows, replace=False)
        report.answers_added = len(store.known_keys(db_path)) - before
    known = store.known_keys(db_path)
    conn = store.connect(db_path)
    try:
        for number, row in filled:
            where = f"{path}: row {number}"
            status = _status_of(row["reviewed_status"])
            if status is None:
                report.problems.append(f"{where}: '{row['reviewed_status']}' is not a status label "
                                       f"({', '.join(STATUS_LABELS)}); skipped")
                continue
            key = (str(store.clean_value(row.get("submission_id"))), store.as_int(row.get("question_id")))
            if key not in known:
                report.problems.append(f"{where}: no answer {key[0]} Q{key[1]} (contact answers and rows "
                                       "without a question number are not reviewed); skipped")
                continue
            reviewer = str(store.clean_value(row.get("reviewer")) or analyst).strip()
            comment = str(store.clean_value(row.get("comment")) or "")
            stored = conn.execute("SELECT answer FROM answers WHERE submission_id = ? AND question_id = ?",
                                  key).fetchone()[0]
            if "answer" in row and _cell_value(stored) != (store.clean_value(row["answer"]) or ""):
                report.problems.append(f"{where}: the answer text in the store differs from this row's "
                                       "(a newer batch was loaded); review it on the page; skipped")
                continue
            entities = _edited_entities(conn, key, row)
            decide = dict(analyst=reviewer, status=status, comment=comment, origin=f"spreadsheet:{path.name}")
            try:
                _, added = store.add_decision(conn, *key, entities=entities, **decide)
            except store.StoreError as error:
                report.problems.append(f"{where}: entities not imported ({error}); status imported")
                _, added = store.add_decision(conn, *key, entities=None, **decide)
            if added:
                report.decisions += 1
            else:
                report.unchanged += 1
    finally:
        conn.close()
    return report


def _edited_entities(conn, key: tuple[str, int], row: dict[str, Any]) -> list | None:
    """The row's entities if the analyst changed them from the model's, else None (keep as is)."""
    entities = store.as_json(row.get("entities"), None)
    if entities is None:
        return None
    suggested = conn.execute("SELECT entities FROM answers WHERE submission_id = ? AND question_id = ?",
                             key).fetchone()
    return None if suggested is not None and json.loads(suggested[0]) == entities else entities


def report_import(report: ImportReport) -> None:
    """Problems on stderr, one line each, then a summary line."""
    for line in report.problems:
        print(line, file=sys.stderr)
    print(f"imported {report.decisions} decisions ({report.unchanged} unchanged, "
          f"{len(report.problems)} rows reported, {report.answers_added} answers added to the store)",
          file=sys.stderr)
