"""Layout B: the Forms "Export to Excel" workbook (the real sample export of three made-up respondents)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from classifier.catalog import load_catalog
from classifier.read import read_submissions

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "msforms-export-sample.xlsx"


@pytest.fixture(scope="module")
def sample():
    result = read_submissions([SAMPLE])
    assert result.errors == []
    return result.answers


def cell_rows() -> list[tuple]:
    sheet = openpyxl.load_workbook(SAMPLE, read_only=True).worksheets[0]
    return list(sheet.iter_rows(min_row=2, values_only=True))


def test_every_row_is_a_submission_with_126_questions(sample):
    assert len(sample) == 3 * 126
    countries = list(dict.fromkeys(sample["country"]))
    assert countries == ["Viet Nam", "Ghana", "Ecuador"]
    assert sample["submission_id"].nunique() == 3
    for sid, group in sample.groupby("submission_id", sort=False):
        assert list(group["question_id"]) == list(range(1, 127))


def test_every_text_answer_is_the_cell_as_typed(sample):
    catalog = load_catalog()
    for row, (sid, group) in zip(cell_rows(), sample.groupby("submission_id", sort=False)):
        got = dict(zip(group["question_id"], group["answer"]))
        for number, question in catalog.questions.items():
            if question.kind == "choice":
                continue
            cell = row[4 + number]
            expected = None if cell is None else str(cell).replace("_x000D_\n", "\n").strip() or None
            assert (got[number] if isinstance(got[number], str) else None) == expected, f"{sid} Q{number}"


def test_choice_cells_give_the_chosen_option(sample):
    def value(country: str, number: int, column: str):
        row = sample[(sample["country"] == country) & (sample["question_id"] == number)].iloc[0]
        return row[column] if isinstance(row[column], str) else None

    assert value("Viet Nam", 14, "choice") == "Yes" and value("Viet Nam", 14, "answer") is None
    assert value("Viet Nam", 60, "choice") == "Five-year"
    assert value("Ghana", 60, "choice") == "Other" and value("Ghana", 60, "answer") == "Strategy under review"
    assert value("Ecuador", 6, "choice") == (
        "I am authorized and fully knowledgeable to respond to this questionnaire.;"
        "A group of government agencies responded to the questionnaire collectively."
    )
    assert value("Ecuador", 57, "choice") is None  # not required, left empty


def test_carriage_return_escapes_are_cleaned(sample):
    ghana = sample[(sample["country"] == "Ghana") & (sample["question_id"] == 113)].iloc[0]
    assert ghana["answer"] == "(i) e-information on Facebook and X\n(ii) e-consultation: not yet"


def test_contacts_are_marked_and_duplicate_headers_do_not_confuse(sample):
    viet_nam = sample[sample["country"] == "Viet Nam"].set_index("question_id")
    assert set(viet_nam.index[viet_nam["kind"] == "contact"]) == {2, 3, 4, 5, 15, 16, 17, 18}
    assert viet_nam.loc[5, "answer"] == "sample.a@example.com"  # Q5, not column D ("anonymous")
    assert viet_nam.loc[18, "answer"] == "sample.cio.a@example.com"


def test_suffixed_duplicate_headers_from_an_excel_table_are_accepted(tmp_path):
    path = tmp_path / "export.xlsx"
    shutil.copy(SAMPLE, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(row=1, column=10).value = "Email2"  # Q5
    sheet.cell(row=1, column=23).value = "Email3"  # Q18
    book.save(path)
    result = read_submissions([path])
    assert result.errors == [] and len(result.answers) == 3 * 126


def test_submission_ids_are_stable(sample):
    again = read_submissions([SAMPLE]).answers
    assert list(again["submission_id"]) == list(sample["submission_id"])


def test_extra_columns_are_aligned_by_title(tmp_path, sample):
    """A newer export with an extra column, and a quiz export with points columns, still line up."""
    path = tmp_path / "quiz-export.xlsx"
    book = openpyxl.load_workbook(SAMPLE)
    sheet = book.worksheets[0]
    sheet.insert_cols(4)
    sheet.cell(row=1, column=4).value = "Last modified time"
    for column in (8, 30, 60):  # after Q1, Q22, Q51 (shifted by one)
        sheet.insert_cols(column + 1)
        sheet.cell(row=1, column=column + 1).value = f"Points - {sheet.cell(row=1, column=column).value}"
    book.save(path)
    result = read_submissions([path])
    assert result.errors == [] and result.warnings == []
    assert result.answers["answer"].tolist() == sample["answer"].tolist()
    assert result.answers["choice"].tolist() == sample["choice"].tolist()


def test_missing_question_column_is_noted_and_left_empty(tmp_path):
    path = tmp_path / "trimmed.xlsx"
    book = openpyxl.load_workbook(SAMPLE)
    book.worksheets[0].delete_cols(5 + 40)  # Q40 ("If yes, please provide link and detail.")
    book.save(path)
    result = read_submissions([path])
    assert result.errors == []
    assert result.warnings == [f"{path}: no column for Q40; left empty"]
    got = result.answers[result.answers["country"] == "Ghana"].set_index("question_id")["answer"]
    assert pd.isna(got[40]) and got[42] == "Cybersecurity Act, 2020 (Act 1038)."
    assert got[38] == "Right to Information Act, 2019 (Act 989)."
