"""Bad input: one clear line per file naming it and the problem; the other files are still read."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from msq_print import write_pdf

from classifier.read import read_submissions

ROOT = Path(__file__).resolve().parents[2]
LAO = ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt"
SAMPLE = ROOT / "tests" / "fixtures" / "msforms-export-sample.xlsx"


def lao_pdf(path: Path) -> Path:
    return write_pdf(LAO.read_text(encoding="utf-8").split("\n"), path)


def encrypted_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 5, "Country name * 1.")
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.RC4)
    pdf.output(str(path))
    return path


def workbook_without_question_columns(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["ID", "Start time", "Completion time", "Email", "Name", "Country"])
    book.active.append([1, None, None, "anonymous", None, "Chile"])
    book.save(path)
    return path


def make(kind: str, tmp_path: Path) -> Path:
    """Write one bad file of the given kind into tmp_path."""
    if kind == "empty":
        path = tmp_path / "empty.txt"
        path.write_bytes(b"")
    elif kind == "whitespace":
        path = tmp_path / "blank.txt"
        path.write_text("\n  \n\t\n", encoding="utf-8")
    elif kind == "binary":
        path = tmp_path / "junk.txt"
        path.write_bytes(bytes(range(256)) * 20)
    elif kind == "truncated_pdf":
        data = lao_pdf(tmp_path / "full.pdf").read_bytes()
        (tmp_path / "full.pdf").unlink()
        path = tmp_path / "truncated.pdf"
        path.write_bytes(data[: len(data) // 2])
    elif kind == "encrypted_pdf":
        path = encrypted_pdf(tmp_path / "encrypted.pdf")
    elif kind == "not_a_pdf":
        path = tmp_path / "report.pdf"
        path.write_text("Country name * 1.\n\nChile\n", encoding="utf-8")
    elif kind == "corrupt_xlsx":
        path = tmp_path / "corrupt.xlsx"
        path.write_bytes(SAMPLE.read_bytes()[:3000])
    elif kind == "xlsx_without_columns":
        path = workbook_without_question_columns(tmp_path / "columns.xlsx")
    elif kind == "not_a_questionnaire":
        path = tmp_path / "minutes.txt"
        path.write_text("Minutes of the meeting\n\n1. Opening.\n\n2. Any other business.\n", encoding="utf-8")
    else:
        raise ValueError(kind)
    return path


PROBLEMS = {
    "empty": "empty",
    "whitespace": "empty",
    "binary": "binary data",
    "truncated_pdf": "truncated PDF",
    "encrypted_pdf": "encrypted PDF",
    "not_a_pdf": "not a PDF",
    "corrupt_xlsx": "corrupt .xlsx",
    "xlsx_without_columns": "lacks the expected columns",
    "not_a_questionnaire": "not an MSQ 2024 questionnaire",
}


@pytest.mark.parametrize("kind", list(PROBLEMS))
def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path, kind):
    bad = make(kind, tmp_path)
    good = tmp_path / "lao.txt"
    shutil.copy(LAO, good)
    result = read_submissions([bad, good])
    (error,) = result.errors
    line = str(error)
    assert line.startswith(str(bad)) and PROBLEMS[kind] in line and "\n" not in line
    assert set(result.answers["source"]) == {"lao.txt"} and len(result.answers) == 126


def test_missing_path_is_reported(tmp_path):
    result = read_submissions([tmp_path / "nowhere.txt"])
    assert [e.problem for e in result.errors] == ["no such file or folder"]


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    lines = LAO.read_text(encoding="utf-8").split("\n")
    plain = write_pdf(lines, tmp_path / "plain.pdf")
    pdf = FPDF()  # re-create with an owner password only: opens without a password
    pdf.set_encryption(owner_password="owner", encryption_method=EncryptionMethod.RC4)
    pdf.set_font("helvetica", size=10)
    for index, line in enumerate(lines):
        if index % 40 == 0:
            pdf.add_page(orientation="L")
        pdf.cell(0, 4.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "owner-only.pdf"
    pdf.output(str(path))
    result = read_submissions([path, plain])
    assert result.errors == []
    first, second = (group["answer"].tolist() for _, group in result.answers.groupby("source"))
    assert first == second
