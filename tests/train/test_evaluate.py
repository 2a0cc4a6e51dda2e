"""`msq-classifier evaluate`: agreement with hand codes, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from classifier import DATA_DIR
from classifier.cli import app

runner = CliRunner()
HELD_OUT = DATA_DIR / "training" / "answers-dev-4.jsonl"


def test_json_report_has_every_figure(small_model_dir: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(HELD_OUT), "--model", str(small_model_dir), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    status = report["status"]
    assert status["n"] == 265
    assert set(status["per_label"]) == {"enacted", "planned", "provision_without_guidelines", "not_in_place",
                                        "no_information"}
    assert 0.3 < status["macro_f1"] <= 1.0
    assert status["cohen_kappa"] is not None and status["krippendorff_alpha"] is not None
    assert sum(map(sum, status["confusion"]["matrix"])) == 265
    assert "ece" in status["calibration"]
    assert set(report["entities"]["per_label"]) == {"GOV_ORG", "LAW", "POLICY", "PARTNER", "PORTAL", "URL"}
    assert 0.5 < report["language"]["accuracy"] <= 1.0


def test_readable_table(small_model_dir: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(HELD_OUT), "--model", str(small_model_dir)])
    assert result.exit_code == 0, result.output
    for words in ("macro-F1", "Cohen's kappa", "Krippendorff's alpha", "confusion", "ENTITIES", "LANGUAGE accuracy"):
        assert words in result.stdout


def test_missing_model_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(HELD_OUT), "--model", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "msq-classifier train" in result.stderr and "Traceback" not in result.output


def test_says_when_examples_were_seen_in_training(small_model_dir: Path, small_data_file: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(small_data_file), "--model", str(small_model_dir), "--json"])
    report = json.loads(result.stdout)
    assert report["seen_in_training"] == report["examples"] > 0
    table = runner.invoke(app, ["evaluate", str(small_data_file), "--model", str(small_model_dir)]).stdout
    assert "were in the model's training data" in table
