"""annotate: the shipped model on the real Lao submission and on answer tables, in Python and on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier.annotate import annotate_frame
from classifier.annotate.pipeline import AUTO_JOBS_MIN_TEXTS
from classifier.cli import app
from classifier.labels import STATUS_LABELS
from classifier.model import Model, load_model
from classifier.read import read_submissions
from classifier.records import ANNOTATION_FIELDS, ANSWER_FIELDS
from classifier.tables import read_table

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LAO = FIXTURES / "lao-pdr-2024.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()  # the shipped models/default


@pytest.fixture(scope="module")
def lao(model: Model) -> pd.DataFrame:
    answers = read_submissions([LAO], quiet=True).answers
    return annotate_frame(answers, model).set_index("question_id", drop=False)


def test_adds_the_annotation_fields_and_keeps_the_answers(lao: pd.DataFrame, model: Model) -> None:
    assert list(lao.columns) == list(ANSWER_FIELDS) + list(ANNOTATION_FIELDS)
    assert len(lao) == 126
    assert (lao["model_version"] == model.version).all()
    assert lao.loc[40, "answer"].startswith("Law on data protection")


def test_contact_choice_and_name_answers_get_no_status(lao: pd.DataFrame) -> None:
    for number in (1, 2, 13, 39, 126):  # country name, contact, agency name, choice, consent
        assert lao.loc[number, "status"] is None
        assert lao.loc[number, "needs_review"] is False or lao.loc[number, "needs_review"] == False  # noqa: E712


def test_codebook_worked_examples(lao: pd.DataFrame) -> None:
    expected = {40: "enacted", 85: "provision_without_guidelines", 101: "provision_without_guidelines",
                119: "not_in_place", 90: "no_information", 125: "planned"}
    got = {n: lao.loc[n, "status"] for n in expected}
    assert got == expected


def test_blank_status_coded_answer_is_no_information(lao: pd.DataFrame) -> None:
    assert lao.loc[11, "answer"] in (None, "")
    assert lao.loc[11, "status"] == "no_information"


def test_scores_are_probabilities_for_all_five_labels(lao: pd.DataFrame) -> None:
    coded = lao[lao["status"].notna()]
    for scores, status, confidence in zip(coded["status_scores"], coded["status"], coded["status_confidence"]):
        assert set(scores) == set(STATUS_LABELS)
        assert sum(scores.values()) == pytest.approx(1.0, abs=1e-3)
        assert scores[status] == pytest.approx(confidence) and confidence == max(scores.values())


def test_needs_review_follows_the_model_threshold(lao: pd.DataFrame, model: Model) -> None:
    coded = lao[lao["status"].notna()]
    assert (coded["needs_review"] == (coded["status_confidence"] < model.needs_review_threshold)).all()


def test_language_and_entities(lao: pd.DataFrame) -> None:
    assert lao.loc[40, "lang"] == "en"
    labels = {e["label"] for e in lao.loc[40, "entities"]}
    assert "URL" in labels
    assert all({"start", "end", "label", "text", "canonical"} <= set(e) for e in lao.loc[40, "entities"])


def test_answer_table_columns_pass_through(tmp_path: Path) -> None:
    table = pd.DataFrame({"id": ["r1", "r2", "r3"], "country": ["Chile"] * 3, "question_id": [40, 119, 90],
                          "text": ["Ley 19.628 sobre protección de la vida privada, vigente.", "No.", "Sin datos."],
                          "status": ["enacted", "not_in_place", "no_information"], "analyst_note": ["a", "b", "c"]})
    source = tmp_path / "answers.csv"
    table.to_csv(source, index=False)
    out = tmp_path / "annotated.jsonl"
    result = runner.invoke(app, ["annotate", str(source), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    annotated = read_table(out)
    assert annotated["id"].tolist() == ["r1", "r2", "r3"]
    assert annotated["analyst_note"].tolist() == ["a", "b", "c"]
    assert annotated["input_status"].tolist() == table["status"].tolist()  # the hand code is kept
    assert annotated["status"].tolist() == ["enacted", "not_in_place", "no_information"]


def test_bad_files_are_reported_and_the_rest_annotated(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["annotate", str(broken), str(LAO), "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "broken.pdf" in errors[0]
    assert "Traceback" not in result.output
    annotated = read_table(out)
    assert len(annotated) == 126
    assert set(annotated["status_scores"].dropna().iloc[0]) == set(STATUS_LABELS)  # JSON text read back


def test_xlsx_output_is_the_review_workbook(tmp_path: Path) -> None:
    out = tmp_path / "review.xlsx"
    result = runner.invoke(app, ["annotate", str(LAO), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    sheet = pd.read_excel(out)
    assert {"status", "needs_review", "reviewed_status"} <= set(sheet.columns)


def test_jsonl_on_stdout(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", str(LAO), "-o", "-", "--quiet"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 126 and rows[39]["status"] == "enacted"


def test_unknown_model_directory_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", str(LAO), "-o", str(tmp_path / "x.jsonl"), "--model", str(tmp_path)])
    assert result.exit_code == 2
    assert "not a model directory" in result.stderr and "Traceback" not in result.output


def test_several_processes_give_the_same_result(model: Model) -> None:
    answers = read_submissions([LAO], quiet=True).answers
    copies = [answers.assign(submission_id=f"s{i}", answer=answers["answer"].map(
        lambda a, i=i: None if a is None else f"{a} (copy {i})")) for i in range(40)]
    many = pd.concat(copies, ignore_index=True)  # > 2,000 distinct texts: the default splits the work too
    assert many["answer"].nunique() >= AUTO_JOBS_MIN_TEXTS
    one = annotate_frame(many, model, jobs=1)
    for jobs in (2, 0):
        pd.testing.assert_frame_equal(one, annotate_frame(many, model, jobs=jobs))
