"""The comparison workbook, opened as an analyst opens it (openpyxl)."""

from __future__ import annotations

import openpyxl
import pytest

from classifier.compare import build_comparison, read_decisions, write_comparison
from classifier.compare.figures import STATUS_STYLE


@pytest.fixture()
def workbook(tmp_path, current, baseline, review_db):
    comparison = build_comparison(current, baseline=baseline, decisions=read_decisions(review_db),
                                  inputs=["current.jsonl"])
    path = tmp_path / "compare.xlsx"
    write_comparison(comparison, path)
    return openpyxl.load_workbook(path), comparison


def _header(ws, row: int) -> list:
    return [c.value for c in ws[row]]


def test_sheets_an_analyst_expects(workbook):
    wb, _ = workbook
    names = wb.sheetnames
    assert names[:2] == ["Read me", "Matrix"]
    for name in ("Sources", "Summary", "Partners", "Laws and policies", "Unreviewed", "Changes", "Regressions",
                 "Changes by topic"):
        assert name in names
    sections = [n for n in names if n[:2] in ("A ", "B ", "C ", "D ", "E ", "F ", "G ")]
    assert "C Legal Framework" in sections and len(sections) >= 5


def test_matrix_is_colour_coded_with_a_legend_and_marks_analyst_cells(workbook):
    wb, comparison = workbook
    ws = wb["Matrix"]
    legend = [c.value for c in ws[1] if c.value][1:]
    assert legend == ["E = enacted", "P = planned", "PWG = provision_without_guidelines",
                      "NIP = not_in_place", "NI = no_information"]
    header = _header(ws, 3)
    assert header[:2] == ["country", "submissions"]
    assert header[2:] == list(comparison.matrix.statuses.columns)
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    assert len(rows) == 8
    col = header.index("Q42 law.cybersecurity") + 1
    ghana = ws.cell(rows["Ghana"], col)
    assert ghana.value == "not_in_place" and ghana.font.b  # the analyst's decision, in bold
    assert ghana.fill.fgColor.rgb.endswith(STATUS_STYLE["not_in_place"].fill.lstrip("#").upper())
    col40 = header.index("Q40 law.data_protection") + 1
    lao = ws.cell(rows["Lao PDR"], col40)
    assert lao.value == "enacted" and not lao.font.b
    assert lao.fill.fgColor.rgb.endswith(STATUS_STYLE["enacted"].fill.lstrip("#").upper())
    sources = wb["Sources"]
    assert sources.cell(rows["Ghana"], col).value == "analyst"
    assert sources.cell(rows["Lao PDR"], col40).value == "model"


def test_section_sheet_holds_only_its_questions(workbook):
    wb, _ = workbook
    header = _header(wb["C Legal Framework"], 3)[2:]
    assert header and all(37 <= int(h.split()[0][1:]) <= 58 for h in header)


def test_summary_partners_laws_and_unreviewed(workbook):
    wb, comparison = workbook
    summary = wb["Summary"]
    head = _header(summary, 1)
    assert head[:5] == ["question", "section", "question_text", "countries", "reviewed"]
    first = [c.value for c in summary[2]]
    assert abs(sum(first[5:10]) - 1) < 0.01 and summary.cell(2, 6).number_format == "0%"
    partners = [(r[0], r[1]) for r in wb["Partners"].iter_rows(min_row=2, values_only=True)]
    assert ("Lao PDR", "World Bank") in partners and ("Lao PDR", "UNDP") not in partners  # the analyst's spans
    laws = [r for r in wb["Laws and policies"].iter_rows(min_row=2, values_only=True)]
    assert ("Lao PDR", "law", "Law on data protection") in [r[:3] for r in laws]
    unreviewed = list(wb["Unreviewed"].iter_rows(min_row=2, values_only=True))
    coded = int(comparison.matrix.statuses.notna().sum().sum())
    assert len(unreviewed) == coded - 2
    flags = [r[4] for r in unreviewed]
    assert flags == sorted(flags, reverse=True)  # flagged answers first


def test_regressions_sheet_lists_steps_down(workbook):
    wb, comparison = workbook
    rows = list(wb["Regressions"].iter_rows(min_row=2, values_only=True))
    head = _header(wb["Regressions"], 1)
    assert rows and all(r[head.index("change")] in ("regression", "no longer reported") for r in rows)
    read_me = {r[0]: r[1] for r in wb["Read me"].iter_rows(values_only=True) if r[0]}
    assert read_me["Rounds compared"] == "2022 -> 2024"
    assert read_me["Decided by an analyst"].startswith("2 of ")
    assert "no questionnaire catalog" in read_me["Note"]
