"""The spreadsheet route: workbook with review columns -> filled in with openpyxl -> `review import`."""

import json

from openpyxl import load_workbook
from typer.testing import CliRunner

from classifier.cli import app
from classifier.labels import STATUS_LABELS
from classifier.review.spreadsheet import write_review_workbook
from classifier.review.store import add_decision, all_decisions, latest_decisions, load_annotations


def rows_by_question(sheet, header):
    column = header.index("question_id")
    submission = header.index("submission_id")
    return {(r[submission].value, r[column].value): r[0].row for r in sheet.iter_rows(min_row=2)}


def test_workbook_has_review_columns_and_label_drop_down(tmp_path, annotated):
    frame = annotated.copy()
    frame.loc[0, "answer"] = "=HYPERLINK(\"http://example.org\")"
    path = tmp_path / "coded.xlsx"
    write_review_workbook(frame, path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[-3:] == ["reviewed_status", "reviewer", "comment"]
    assert header[:len(frame.columns)] == list(frame.columns)
    assert sheet.max_row == len(frame) + 1
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].type == "list"
    assert validations[0].formula1 == '"' + ",".join(STATUS_LABELS) + '"'
    letter = chr(ord("A") + header.index("reviewed_status"))
    assert str(validations[0].sqref) == f"{letter}2:{letter}{len(frame) + 1}"
    cell = sheet.cell(row=2, column=header.index("answer") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")  # text, not a formula
    entities = sheet.cell(row=3, column=header.index("entities") + 1).value
    assert isinstance(json.loads(entities), list)


def test_filled_workbook_imports_as_decisions(tmp_path, annotated):
    path = tmp_path / "coded.xlsx"
    write_review_workbook(annotated, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    row_of = rows_by_question(sheet, header)
    status_col, reviewer_col, comment_col = (header.index(c) + 1 for c in ("reviewed_status", "reviewer", "comment"))
    entities_col = header.index("entities") + 1
    lao = "lao-pdr-2024"
    sheet.cell(row_of[(lao, 40)], status_col, "enacted")
    sheet.cell(row_of[(lao, 85)], status_col, " Provision_without_guidelines ")  # case and spaces are forgiven
    sheet.cell(row_of[(lao, 85)], comment_col, "Rule 1: no guideline yet.")
    sheet.cell(row_of[(lao, 119)], status_col, "not_in_place")
    sheet.cell(row_of[(lao, 119)], reviewer_col, "Bo")
    sheet.cell(row_of[(lao, 125)], status_col, "maybe")  # not a label
    bad_row = row_of[(lao, 125)]
    # The analyst tags "Law on data protection" in Q40 as LAW in the JSON text.
    q40_text = annotated.loc[annotated["question_id"] == 40, "answer"].iloc[0]
    span = {"start": 0, "end": len("Law on data protection"), "label": "LAW", "text": "Law on data protection"}
    assert q40_text.startswith(span["text"])
    sheet.cell(row_of[(lao, 40)], entities_col, json.dumps([span]))
    workbook.save(path)

    db = tmp_path / "reviews.sqlite"
    loaded = load_annotations(db, annotated)
    assert loaded.added
    add_decision(db, lao, 119, analyst="Bo", status="no_information", comment="earlier")
    result = CliRunner().invoke(app, ["review", "import", str(path), "--db", str(db), "--analyst", "Ana"])
    assert result.exit_code == 1, result.output
    assert f"row {bad_row}" in result.stderr and "'maybe' is not a status label" in result.stderr
    assert "imported 3 decisions" in result.stderr

    latest = latest_decisions(db).set_index("question_id")
    assert latest.loc[40, "status"] == "enacted" and latest.loc[40, "analyst"] == "Ana"
    assert latest.loc[40, "entities"] == [dict(span, canonical=None)]
    assert latest.loc[85, "status"] == "provision_without_guidelines"
    assert latest.loc[85, "comment"] == "Rule 1: no guideline yet."
    assert latest.loc[119, "status"] == "not_in_place" and latest.loc[119, "analyst"] == "Bo"
    assert 125 not in latest.index
    history = all_decisions(db)
    assert list(history.loc[history["question_id"] == 119, "status"]) == ["no_information", "not_in_place"]
    assert set(history["origin"]) == {"web", "spreadsheet:coded.xlsx"}

    again = CliRunner().invoke(app, ["review", "import", str(path), "--db", str(db), "--analyst", "Ana"])
    assert "imported 0 decisions (3 unchanged" in again.stderr
    assert len(all_decisions(db)) == len(history)


def test_import_into_a_new_store_takes_the_answers_from_the_workbook(tmp_path, annotated):
    path = tmp_path / "coded.xlsx"
    write_review_workbook(annotated, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    sheet.cell(rows_by_question(sheet, header)[("lao-pdr-2024", 90)], header.index("reviewed_status") + 1,
               "no_information")
    workbook.save(path)
    db = tmp_path / "fresh.sqlite"
    result = CliRunner().invoke(app, ["review", "import", str(path), "--db", str(db), "--analyst", "Ana"])
    assert result.exit_code == 0, result.stderr
    latest = latest_decisions(db)
    assert list(zip(latest["question_id"], latest["status"])) == [(90, "no_information")]


def test_a_file_that_is_not_a_workbook_is_one_line(tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook")
    result = CliRunner().invoke(app, ["review", "import", str(bad), "--db", str(tmp_path / "r.sqlite"),
                                      "--analyst", "Ana"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and str(bad) in result.stderr
