"""Stage 1, read: submissions in any of their shapes -> one `Answer` record per question.

`read_submissions` walks folders, finds each file's kind from its content and
returns one tidy table; a file that cannot be read becomes an `InputError` in
`ReadResult.errors` and the others are still read.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from tqdm import tqdm

from classifier.catalog import Catalog, load_catalog
from classifier.errors import InputError
from classifier.read import answer_table, detect, forms_excel
from classifier.read.pdf import pdf_lines, strip_page_furniture
from classifier.read.results_text import parse_lines
from classifier.records import ANSWER_FIELDS, Answer

SUBMISSION_SUFFIXES = (".txt", ".text", ".pdf", ".xlsx", ".csv", ".jsonl")
PROGRESS_THRESHOLD = 5  # show a progress bar for more files than this
# Control characters other than tab and line feed never belong to an answer (and break .xlsx output).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A print with fewer of the catalog's questions than this share is not an MSQ "View results" page.
_MIN_QUESTIONS_FOUND = 0.5


@dataclass
class ReadResult:
    """The answers of every readable file, the files that could not be read, and notes on partial reads."""

    answers: pd.DataFrame
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_submissions(paths: Sequence[str | Path], *, quiet: bool = False) -> ReadResult:
    """Read submission files and folders (walked) into one answers table, one row per question.

    Never raises for a bad file: it is reported in `errors`. A progress bar (stderr) shows for
    more than five files unless `quiet`.
    """
    catalog = load_catalog()
    errors: list[InputError] = []
    warnings: list[str] = []
    files = list(_expand(paths, errors))
    records: list[Answer] = []
    bar = tqdm(files, desc="reading", unit="file", file=sys.stderr, disable=quiet or len(files) <= PROGRESS_THRESHOLD)
    for path in bar:
        try:
            answers, notes = read_file(path, catalog)
        except InputError as error:
            errors.append(error)
            continue
        except Exception as error:  # never let one odd file stop the batch or show a traceback
            errors.append(InputError(path, f"could not be read ({type(error).__name__}: {error})"))
            continue
        records.extend(answers)
        warnings.extend(notes)
    return ReadResult(_frame(records), errors, warnings)


def report_errors(errors: list[InputError]) -> None:
    """One line per unreadable file on stderr."""
    for error in errors:
        print(f"error: {error}", file=sys.stderr)


def _expand(paths: Sequence[str | Path], errors: list[InputError]) -> Iterable[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUBMISSION_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            yield path
        else:
            errors.append(InputError(path, "no such file or folder"))


def read_file(path: Path, catalog: Catalog | None = None) -> tuple[list[Answer], list[str]]:
    """The answers of one file, and notes about questions that could not be found. Raises InputError."""
    catalog = catalog or load_catalog()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot be opened ({error.strerror or error})") from None
    kind = detect.sniff(path, data)
    if kind == detect.PDF:
        return _from_print(path, pdf_lines(path, data), catalog)
    if kind == detect.WORKBOOK:
        return _from_workbook(path, data, catalog)
    if kind == detect.CSV_TABLE:
        return _from_table(path, answer_table.csv_rows(path, data), catalog), []
    if kind == detect.JSONL_TABLE:
        return _from_table(path, answer_table.jsonl_rows(path, data), catalog), []
    text = detect.decode_text(path, data)
    return _from_print(path, strip_page_furniture([page.split("\n") for page in text.split("\f")]), catalog)


# --- layout A: "View results" print -------------------------------------------------------------


def _from_print(path: Path, lines: list[str], catalog: Catalog) -> tuple[list[Answer], list[str]]:
    parsed = parse_lines(lines, catalog)
    found = len(catalog.questions) - len(parsed.missing)
    if found < _MIN_QUESTIONS_FOUND * len(catalog.questions):
        raise InputError(
            path,
            f"not an MSQ {catalog.year} questionnaire: only {found} of {len(catalog.questions)} numbered "
            "questions found (expected the form's 'View results' page as text or PDF)",
        )
    country = parsed.answers.get(1)
    sid = submission_id(path, country, parsed.response_number)
    answers = [
        _answer(catalog, n, sid, path, country, parsed.answers[n], None) for n in catalog.questions
    ]
    notes = []
    if parsed.missing:
        listed = ", ".join(f"Q{n}" for n in parsed.missing)
        notes.append(f"{path}: {listed} not found in the print; left empty")
    return answers, notes


# --- layout B: Forms Excel export, and answer tables in a workbook --------------------------------


def _from_workbook(path: Path, data: bytes, catalog: Catalog) -> tuple[list[Answer], list[str]]:
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
        book.close()
    except Exception as error:  # openpyxl and zipfile raise many kinds on damaged files
        raise InputError(path, f"corrupt .xlsx workbook ({type(error).__name__}: {error}); export it again") from None
    for rows in sheets:  # the first sheet that is a Forms export or an answer table
        if not rows:
            continue
        header, body = rows[0], rows[1:]
        columns = forms_excel.question_columns(header, catalog)
        if columns is not None:
            return _from_forms(path, body, columns, catalog)
        if answer_table.has_text_column(header):
            return _from_table(path, answer_table.sheet_rows(header, body), catalog), []
    raise InputError(
        path,
        "workbook lacks the expected columns: neither a Forms export (ID, Start time, Completion time, Email, "
        f"Name, then the {len(catalog.questions)} questions) nor an answer table with a 'text' column",
    )


def _from_forms(
    path: Path, body: list[tuple[Any, ...]], columns: dict[int, int], catalog: Catalog
) -> tuple[list[Answer], list[str]]:
    responses = forms_excel.forms_responses(body, columns, catalog)
    if not responses:
        raise InputError(path, "Forms export has no responses (only the header row)")
    answers = []
    for response in responses:
        country = forms_excel.clean_cell(response.cells[1])
        sid = submission_id(path, country, response.response_id)
        for n, question in catalog.questions.items():
            value = forms_excel.clean_cell(response.cells[n])
            choice = None
            if question.kind == "choice":
                choice, value = forms_excel.split_choice(value, question.options)
            answers.append(_answer(catalog, n, sid, path, country, value, choice))
    missing = [n for n in catalog.questions if n not in columns]
    notes = [f"{path}: no column for " + ", ".join(f"Q{n}" for n in missing) + "; left empty"] if missing else []
    return answers, notes


# --- answer tables ---------------------------------------------------------------------------------


def _from_table(path: Path, rows: list[dict[str, Any]], catalog: Catalog) -> list[Answer]:
    text_column = answer_table.text_column(path, rows)
    taken = {text_column, *answer_table.MAPPED_COLUMNS}
    answers = []
    for row_number, row in enumerate(rows, start=1):
        country = None if answer_table.blank(row.get("country")) else str(row["country"]).strip()
        number = answer_table.question_number(path, row.get("question_id"), row_number)
        given_sid = row.get("submission_id")
        sid = str(given_sid) if not answer_table.blank(given_sid) else submission_id(path, country, None)
        text = row.get(text_column)
        text = None if answer_table.blank(text) else str(text)
        answer = _answer(catalog, number, sid, path, country, text, None)
        if not answer_table.blank(row.get("question")):
            answer.question = str(row["question"])
        answer.extra = {k: v for k, v in row.items() if k not in taken and k not in ANSWER_FIELDS}
        answers.append(answer)
    return answers


# --- shared --------------------------------------------------------------------------------------


def _answer(catalog: Catalog, number: int | None, sid: str, path: Path, country: str | None,
            text: str | None, choice: str | None) -> Answer:
    text = _CONTROL_CHARS.sub("", text) if text else text
    question = catalog.questions.get(number) if number is not None else None
    if question is None:
        return Answer(sid, path.name, country, number, None, None, None, "text", text, choice, None)
    return Answer(
        submission_id=sid,
        source=path.name,
        country=country,
        question_id=number,
        section=question.section,
        section_title=question.section_title,
        question=catalog.question_text(number),
        kind=question.kind,
        answer=text,
        choice=choice,
        justifies=question.justifies,
    )


def slug(text: str | None) -> str:
    """Lower-case ASCII words joined by '-' ('Lao PDR' -> 'lao-pdr'); 'unknown' when empty."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or "unknown"


def submission_id(path: Path, country: str | None, respondent: str | None) -> str:
    """Stable id: country slug plus a short hash of the file name (without extension) and respondent."""
    digest = hashlib.sha1(f"{path.stem}#{respondent or ''}".encode()).hexdigest()[:8]
    return f"{slug(country)}-{digest}"


def _frame(records: list[Answer]) -> pd.DataFrame:
    rows = [record.to_row() for record in records]
    columns = list(ANSWER_FIELDS) + list(dict.fromkeys(k for row in rows for k in row if k not in ANSWER_FIELDS))
    # object columns keep ints as ints and passthrough values untouched; gaps are None, not NaN
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.where(frame.notna(), None)
