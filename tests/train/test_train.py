"""`msq-classifier train` and the model directory it writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io as sio
import spacy
from sklearn.preprocessing import FunctionTransformer
from typer.testing import CliRunner

from classifier.cli import app
from classifier.labels import STATUS_LABELS
from classifier.annotate.status import fit_temperature, softmax
from classifier.model import STATUS_FILE, load_model
from classifier.train.data import data_sha256, load_examples
from classifier.train.metrics import review_threshold, status_metrics
from classifier.train.training import country_groups, grouped_splits

runner = CliRunner()


def test_model_directory_holds_pipeline_classifier_and_metadata(small_model_dir: Path, small_examples: pd.DataFrame) -> None:
    meta = json.loads((small_model_dir / "model.json").read_text())
    assert meta["labels"] == list(STATUS_LABELS)
    assert meta["training_data_sha256"] == data_sha256(small_examples)
    assert 0.0 < meta["needs_review_threshold"] <= 1.0
    assert "GroupKFold by country" in meta["metrics"]["method"]
    status = meta["metrics"]["status"]
    assert 0.0 <= status["macro_f1"] <= 1.0 and "ece" in status["calibration"]
    assert set(status["review"]) >= {"threshold", "share_for_review", "passing_accuracy"}
    assert "per_label" in meta["metrics"]["entities"]
    assert (small_model_dir / "calibration.png").stat().st_size > 1000
    nlp = spacy.load(small_model_dir / "entities")  # plain spacy.load: our factories come with the package
    assert "ner" in nlp.pipe_names
    model = load_model(small_model_dir)
    assert model.version == meta["version"]
    assert model.status.temperature == status["calibration"]["temperature"] > 0
    assert list(model.status.predict(["No data"])) == ["no_information"]


def test_contact_answers_never_reach_training(tmp_path: Path) -> None:
    table = pd.DataFrame({"text": ["Zorblax Quintavius, zq@example.org", "No."], "status": [None, "not_in_place"],
                          "question_id": [3, 119], "country": ["A", "A"]})
    table.to_csv(tmp_path / "with-contact.csv", index=False)
    examples, errors = load_examples([tmp_path / "with-contact.csv"])
    assert not errors
    assert examples["text"].tolist() == ["No."]


def test_cross_validation_never_splits_a_country(all_examples: pd.DataFrame) -> None:
    groups = country_groups(all_examples)
    for train, test in grouped_splits(all_examples):
        assert not set(groups[train]) & set(groups[test])


def test_same_data_and_seed_give_the_same_model(small_examples: pd.DataFrame, tmp_path: Path) -> None:
    few = small_examples[small_examples["country"].isin(["Tunisia", "Ecuador"])]
    data = tmp_path / "few.jsonl"
    few.drop(columns=["source"]).to_json(data, orient="records", lines=True, force_ascii=False)
    for name in ("a", "b"):
        result = runner.invoke(app, ["train", str(data), "-o", str(tmp_path / name), "--quiet"])
        assert result.exit_code == 0, result.output
    a, b = load_model(tmp_path / "a"), load_model(tmp_path / "b")
    assert a.version == b.version and a.meta["metrics"] == b.meta["metrics"]
    texts = small_examples[["text", "question"]]
    assert np.array_equal(a.status.predict_proba(texts), b.status.predict_proba(texts))
    docs_a = [[(e.start_char, e.label_) for e in d.ents] for d in a.entities.pipe(texts["text"])]
    docs_b = [[(e.start_char, e.label_) for e in d.ents] for d in b.entities.pipe(texts["text"])]
    assert docs_a == docs_b


def test_tables_with_text_and_status_train_too(tmp_path: Path) -> None:
    table = pd.DataFrame({
        "text": ["No.", "N/A", "Law on data protection adopted in 2019.", "A bill is being drafted.",
                 "Mentioned in the digital strategy, no guideline yet.", "Nil", "No data",
                 "The Act is in force.", "Draft under consultation.", "A pillar of the national plan."],
        "status": ["not_in_place", "no_information", "enacted", "planned", "provision_without_guidelines",
                   "not_in_place", "no_information", "enacted", "planned", "provision_without_guidelines"],
        "question_id": [119, 90, 40, 40, 85, 119, 90, 42, 42, 101],
        "country": ["A", "B", "C", "D", "E", "A", "B", "C", "D", "E"],
    })
    table.to_csv(tmp_path / "coded.csv", index=False)
    examples, errors = load_examples([tmp_path])
    assert not errors
    assert examples.loc[2, "question"].startswith("Is there any legislation, law or regulation on data privacy")


def test_bad_files_are_reported_and_the_rest_is_used(tmp_path: Path, small_examples: pd.DataFrame) -> None:
    (tmp_path / "bad.csv").write_text("answer,code\nNo,not_in_place\n", encoding="utf-8")
    (tmp_path / "wrong-label.csv").write_text("text,status\nNo,absent\n", encoding="utf-8")
    few = small_examples[small_examples["country"].isin(["Ghana", "Bolivia"])]
    few.drop(columns=["source"]).to_json(tmp_path / "good.jsonl", orient="records", lines=True, force_ascii=False)
    files = [str(tmp_path / name) for name in ("bad.csv", "good.jsonl", "wrong-label.csv")]
    result = runner.invoke(app, ["train", *files, "-o", str(tmp_path / "model"), "--quiet"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2
    assert "bad.csv" in lines[0] and "'text' and 'status'" in lines[0]
    assert "wrong-label.csv" in lines[1] and "unknown status 'absent'" in lines[1]
    assert "Traceback" not in result.output
    assert (tmp_path / "model" / "model.json").exists()


def test_loading_refuses_untrusted_types(small_model_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "model"
    copy.mkdir()
    (copy / "model.json").write_text((small_model_dir / "model.json").read_text())
    (copy / "entities").symlink_to(small_model_dir / "entities")
    sio.dump(FunctionTransformer(func=os.system), copy / STATUS_FILE)
    with pytest.raises(ValueError, match="not trusted"):
        load_model(copy)


def test_missing_model_directory_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="msq-classifier train"):
        load_model(tmp_path / "nothing")


def test_review_threshold_lets_through_answers_right_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(0)
    confidence = rng.uniform(0.2, 1.0, 2000)
    correct = rng.uniform(0, 1, 2000) < confidence  # calibrated by construction
    result = review_threshold(confidence, correct)
    passing = confidence >= result["threshold"]
    assert correct[passing].mean() >= 0.95
    assert result["share_for_review"] == pytest.approx(1 - passing.mean(), abs=1e-4)
    assert 0.5 < result["share_for_review"] < 0.95


def test_agreement_metrics_on_known_cases() -> None:
    gold = ["enacted", "planned", "not_in_place", "no_information", "provision_without_guidelines"] * 4
    perfect = status_metrics(gold, gold)
    assert perfect["macro_f1"] == 1.0 and perfect["cohen_kappa"] == 1.0 and perfect["krippendorff_alpha"] == 1.0
    swapped = status_metrics(gold, ["planned" if g == "enacted" else g for g in gold])
    assert swapped["per_label"]["enacted"]["recall"] == 0.0
    assert swapped["confusion"]["matrix"][0][1] == 4
    assert swapped["cohen_kappa"] < 1.0


def test_temperature_scaling_recovers_a_known_overconfidence() -> None:
    rng = np.random.default_rng(0)
    true_logits = rng.normal(0, 2, (4000, 5))
    gold = np.array([rng.choice(5, p=p) for p in softmax(true_logits)])
    assert fit_temperature(true_logits * 2.0, gold) == pytest.approx(2.0, rel=0.1)
    assert fit_temperature(true_logits, gold) == pytest.approx(1.0, rel=0.1)


def test_a_folder_passes_over_tables_that_are_not_training_data(tmp_path: Path) -> None:
    """`train data/` walks past the sample submission's workbook; naming that workbook is an error."""
    folder = tmp_path / "data"
    (folder / "samples").mkdir(parents=True)
    sample = folder / "samples" / "msforms-export-sample.xlsx"
    sample.write_bytes((Path(__file__).parents[1] / "fixtures" / "msforms-export-sample.xlsx").read_bytes())
    (folder / "coded.jsonl").write_text(json.dumps(
        {"id": "t-1", "country": "Testland", "question_id": 40, "text": "No.", "status": "not_in_place", "entities": []}
    ) + "\n", encoding="utf-8")
    examples, errors = load_examples([folder])
    assert errors == [] and list(examples["text"]) == ["No."]
    _, errors = load_examples([sample])
    assert len(errors) == 1 and "missing column" in str(errors[0])


def test_a_later_file_overrides_an_earlier_code_of_the_same_answer(tmp_path: Path) -> None:
    record = {"id": "t-1", "country": "Testland", "question_id": 40, "text": "Law on data protection.", "entities": []}
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({**record, "status": "enacted"}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({**record, "status": "planned"}) + "\n", encoding="utf-8")
    examples, _ = load_examples([first, second])
    assert list(examples["status"]) == ["planned"]
