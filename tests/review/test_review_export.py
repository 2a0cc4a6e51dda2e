"""`review export`: the latest decisions as training records in the schema of data/training."""

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from classifier.cli import app
from classifier.labels import ENTITY_LABELS, STATUS_LABELS
from classifier.review.export import redact
from classifier.review.store import add_decision

TRAINING = Path(__file__).resolve().parents[2] / "data" / "training"


def training_fields():
    record = json.loads((TRAINING / "lao-pdr-2024.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return list(record)


def dev_subset(tmp_path, count=24):
    """The first `count` written answers of data/training: a small, fast training set."""
    subset = tmp_path / "subset.jsonl"
    lines = (TRAINING / "answers-dev.jsonl").read_text(encoding="utf-8").splitlines()[:count]
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return subset


def export(db, out):
    result = CliRunner().invoke(app, ["review", "export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_export_writes_latest_decisions_in_the_training_schema(tmp_path, db_path):
    add_decision(db_path, "lao-pdr-2024", 40, analyst="Ana", status="planned", comment="first")
    add_decision(db_path, "lao-pdr-2024", 40, analyst="Bo", status="enacted", comment="Law adopted.")
    add_decision(db_path, "lao-pdr-2024", 119, analyst="Ana", status="not_in_place")
    add_decision(db_path, "testland-2024", 42, analyst="Ana", status="planned", comment="Bill drafted.")
    records = export(db_path, tmp_path / "corrections.jsonl")
    assert len(records) == 3
    fields = training_fields()
    for record in records:
        assert list(record) == fields
        assert isinstance(record["id"], str) and isinstance(record["year"], int)
        assert isinstance(record["question_id"], int) and record["question"] and record["text"]
        assert record["status"] in STATUS_LABELS
        for span in record["entities"]:
            assert span["label"] in ENTITY_LABELS
            assert record["text"][span["start"]:span["end"]] == span["text"]
    assert len({r["id"] for r in records}) == 3
    by_question = {r["question_id"]: r for r in records}
    assert by_question[40]["status"] == "enacted" and by_question[40]["rationale"] == "Law adopted."
    assert by_question[40]["country"] == "Lao PDR" and by_question[40]["year"] == 2024
    redacted = by_question[42]["text"]
    assert "desk@example.org" not in redacted and "555" not in redacted
    assert "[email]" in redacted and "[phone]" in redacted


def test_redaction_moves_entity_offsets():
    text = "Write to a.b@example.org or call +856 21 123 456; see the Law on E-transaction."
    law = text.index("Law on E-transaction")
    new_text, spans = redact(text, [{"start": law, "end": law + 20, "label": "LAW", "text": "Law on E-transaction"},
                                    {"start": 9, "end": 24, "label": "URL", "text": text[9:24]}])
    assert new_text == "Write to [email] or call [phone]; see the Law on E-transaction."
    assert [(s["label"], new_text[s["start"]:s["end"]]) for s in spans] == [("LAW", "Law on E-transaction")]


def test_redaction_leaves_training_texts_alone():
    for path in TRAINING.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert redact(record["text"], record["entities"])[0] == record["text"], record["id"]


def test_export_feeds_train_and_the_model_learns_the_corrections(tmp_path, db_path):
    """`train SUBSET corrections.jsonl` reads the export and predicts the analysts' labels for those answers.

    A small subset of the hand-coded data keeps this fast; the full data are used the same way."""
    from classifier.model import load_model
    from classifier.train.data import load_examples

    corrections = {("lao-pdr-2024", 40): "planned", ("lao-pdr-2024", 119): "no_information",
                   ("lao-pdr-2024", 85): "enacted", ("testland-2024", 42): "not_in_place"}
    for (submission, question), status in corrections.items():
        add_decision(db_path, submission, question, analyst="Ana", status=status)
    out = tmp_path / "corrections.jsonl"
    records = export(db_path, out)
    examples, errors = load_examples([out])
    assert errors == [] and sorted(examples["status"]) == sorted(corrections.values())

    model_dir = tmp_path / "model"
    result = CliRunner().invoke(app, ["train", str(dev_subset(tmp_path)), str(out), "-o", str(model_dir), "--quiet"])
    assert result.exit_code == 0, result.output
    model = load_model(model_dir)
    frame = pd.DataFrame(records)
    assert list(model.status.predict(frame[["text", "question"]])) == list(frame["status"])


def test_corrections_override_the_hand_coded_record_of_the_same_answer(tmp_path, db_path):
    """The issue's check: answers annotated, corrected by analysts, exported and retrained on `data + export`
    must be predicted with the analysts' labels, also when the training data hold the same answer."""
    from classifier.model import load_model

    corrections = {40: "planned", 7: "not_in_place", 119: "no_information"}  # the gold says otherwise
    for question, status in corrections.items():
        add_decision(db_path, "lao-pdr-2024", question, analyst="Ana", status=status)
    out = tmp_path / "corrections.jsonl"
    records = export(db_path, out)
    model_dir = tmp_path / "model"
    result = CliRunner().invoke(app, ["train", str(dev_subset(tmp_path)), str(TRAINING / "lao-pdr-2024.gold.jsonl"),
                                      str(out), "-o", str(model_dir), "--quiet"])
    assert result.exit_code == 0, result.output
    frame = pd.DataFrame(records)
    assert list(load_model(model_dir).status.predict(frame[["text", "question"]])) == list(frame["status"])
