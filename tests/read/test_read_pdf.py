"""Layout A printed to PDF (made here with fpdf2, with a browser's page header and footer), read with pypdf."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF
from playwright.sync_api import sync_playwright
from msq_print import FRENCH, SPANISH, expected_answer, print_lines, results_page_html, write_pdf

from classifier.read import read_submissions
from classifier.read.pdf import strip_page_furniture

ROOT = Path(__file__).resolve().parents[2]
LAO = ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt"
GOLD = ROOT / "data" / "training" / "lao-pdr-2024.gold.jsonl"


def answers_by_question(frame) -> dict[int, str | None]:
    return {int(q): (a if isinstance(a, str) else None) for q, a in zip(frame["question_id"], frame["answer"])}


@pytest.fixture(scope="module")
def lao_pdf(tmp_path_factory) -> Path:
    lines = LAO.read_text(encoding="utf-8").split("\n")
    return write_pdf(lines, tmp_path_factory.mktemp("pdf") / "lao-pdr-2024.pdf")


def test_lao_pdf_gives_every_gold_answer_exactly(lao_pdf):
    result = read_submissions([lao_pdf])
    assert result.errors == [] and result.warnings == []
    got = answers_by_question(result.answers)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert got[record["question_id"]] == record["text"], f"Q{record['question_id']}"
    assert len(got) == 126
    assert not any("Microsoft Forms" in (a or "") or "forms.office.com" in (a or "") for a in got.values())


def test_page_header_and_footer_between_two_parts_of_an_answer_are_removed(tmp_path):
    lines = print_lines(FRENCH, 175)
    split_at = next(i for i, line in enumerate(lines) if line.startswith("Le décret")) + 1  # inside Q52's answer
    path = write_pdf(lines, tmp_path / "fr.pdf", page_lines=split_at % 40 or 40)
    got = answers_by_question(read_submissions([path]).answers)
    assert got[52] == FRENCH[52]


def test_pdf_rewrapped_by_another_layout_engine(tmp_path):
    """fpdf2 wraps the blocks itself (its own widths, no blank lines kept by pypdf)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for line in print_lines(FRENCH, 4000):  # one long line per block, wrapped by multi_cell
        pdf.multi_cell(0, 4, line.strip() or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "rewrapped.pdf"
    pdf.output(str(path))
    result = read_submissions([path])
    assert result.errors == [] and result.warnings == []
    got = answers_by_question(result.answers)
    for number in (7, 13, 34, 38, 40, 42, 46, 52, 64, 66, 93, 99, 111, 116, 119, 123, 125):
        assert " ".join(got[number].split()) == " ".join(expected_answer(FRENCH[number]).split()), f"Q{number}"


def test_browser_header_and_footer_styles_are_recognised():
    pages = [
        ["14/03/2024 10:52", "MSQ 2024 - Member States Questionnaire", f" Yes {i}", "No",
         "Page 3 of 17" if i == 0 else f"{i + 1}/17",
         "https://forms.office.com/r/AbC123xyz"]
        for i in range(4)
    ]
    kept = strip_page_furniture(pages)
    assert [line.strip() for line in kept] == [t for i in range(4) for t in (f"Yes {i}", "No")]


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium")
def test_pages_printed_to_pdf_by_a_real_browser(tmp_path):
    """Chromium lays the page out and wraps it (URLs broken after '?' or anywhere), with its header and footer."""
    gold = {json.loads(line)["question_id"]: json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines()}
    cases = [("lao", gold, 350), ("lao", gold, 800), ("fr", FRENCH, 500), ("es", SPANISH, 650)]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless"])
        page = browser.new_page()
        for name, answers, width_px in cases:
            page.set_content(results_page_html(answers, width_px))
            path = tmp_path / f"{name}-{width_px}.pdf"
            page.pdf(
                path=str(path), format="A4", display_header_footer=True,
                header_template='<div style="font-size:8px"><span class=date></span> <span class=title></span></div>',
                footer_template='<div style="font-size:8px"><span class=url></span> '
                                '<span class=pageNumber></span>/<span class=totalPages></span></div>',
                margin={"top": "40px", "bottom": "40px", "left": "30px", "right": "30px"},
            )
            result = read_submissions([path])
            assert result.errors == [] and result.warnings == []
            got = answers_by_question(result.answers)
            for number in range(1, 127):
                expected = " ".join(expected_answer(answers[number]).split()) if number in answers else None
                assert (got[number] and " ".join(got[number].split())) == expected, f"{name} {width_px}px Q{number}"
        browser.close()
