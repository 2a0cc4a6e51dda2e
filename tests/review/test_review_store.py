"""The review store: history kept, batches reloaded without losing decisions, concurrent writers."""

import sqlite3
import subprocess
import sys
import time

import pytest

from classifier.review.store import (StoreError, add_decision, all_decisions, connect, latest_decisions,
                                     load_annotations)

LAO = "lao-pdr-2024"


def test_store_is_wal_and_keeps_no_contact_answers(db_path):
    conn = connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    kinds = {r[0] for r in conn.execute("SELECT kind FROM answers")}
    conn.close()
    assert kinds == {"text", "choice"}
    assert b"focal.point@example.org" not in db_path.read_bytes()


def test_changed_decision_is_a_new_record_and_history_cannot_be_rewritten(db_path):
    add_decision(db_path, LAO, 40, analyst="Ana", status="planned", comment="first look")
    add_decision(db_path, LAO, 40, analyst="Ana", status="enacted", comment="law is adopted")
    _, added = add_decision(db_path, LAO, 40, analyst="Ana", status="enacted", comment="law is adopted")
    assert not added  # a repeated submission does not duplicate the decision
    history = all_decisions(db_path)
    assert list(history["status"]) == ["planned", "enacted"]
    latest = latest_decisions(db_path)
    assert list(latest.columns) == ["submission_id", "question_id", "status", "entities", "analyst",
                                    "decided_at", "comment"]
    assert latest.iloc[0]["status"] == "enacted" and latest.iloc[0]["decided_at"].endswith("+00:00")
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE decisions SET status = 'planned'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM decisions")
    conn.close()


def test_bad_decisions_are_refused(db_path):
    with pytest.raises(StoreError, match="unknown status"):
        add_decision(db_path, LAO, 40, analyst="Ana", status="adopted")
    with pytest.raises(StoreError, match="outside"):
        add_decision(db_path, LAO, 40, analyst="Ana", status="enacted",
                     entities=[{"start": 0, "end": 10_000, "label": "LAW"}])
    with pytest.raises(StoreError, match="overlap"):
        add_decision(db_path, LAO, 40, analyst="Ana", status="enacted",
                     entities=[{"start": 0, "end": 10, "label": "LAW"}, {"start": 5, "end": 12, "label": "LAW"}])
    with pytest.raises(StoreError, match="analyst"):
        add_decision(db_path, LAO, 40, analyst=" ", status="enacted")
    assert all_decisions(db_path).empty


def test_new_batch_keeps_earlier_decisions(db_path, annotated):
    add_decision(db_path, LAO, 85, analyst="Ana", status="provision_without_guidelines")
    batch = annotated.copy()
    batch["model_version"] = "fixture-0.2"
    batch.loc[batch["question_id"] == 119, "answer"] = "No, not yet."
    report = load_annotations(db_path, batch)
    assert report.added == 0 and report.updated == len(batch) - 1
    latest = latest_decisions(db_path)
    assert list(zip(latest["question_id"], latest["status"])) == [(85, "provision_without_guidelines")]
    conn = connect(db_path)
    assert conn.execute("SELECT DISTINCT model_version FROM answers").fetchall()[0][0] == "fixture-0.2"
    assert conn.execute("SELECT answer FROM answers WHERE question_id = 119").fetchone()[0] == "No, not yet."
    conn.close()


WRITER = """
import sys, time
from classifier.review.store import add_decision
db, analyst, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
questions = [int(q) for q in sys.argv[4].split(",")]
labels = ["enacted", "planned", "provision_without_guidelines", "not_in_place", "no_information"]
time.sleep(max(0.0, start - time.time()))
for round_ in range(2):
    for i, q in enumerate(questions):
        add_decision(db, "lao-pdr-2024", q, analyst=analyst, status=labels[(i + round_) % 5],
                     comment=f"{analyst} round {round_}")
"""


def test_concurrent_writers_lose_nothing(db_path, annotated):
    questions = ",".join(str(q) for q in annotated.loc[annotated["submission_id"] == LAO, "question_id"][:15])
    start = time.time() + 3.0
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), f"analyst{n}", str(start), questions])
               for n in range(4)]
    assert [w.wait(timeout=60) for w in writers] == [0, 0, 0, 0]
    history = all_decisions(db_path)
    assert len(history) == 4 * 2 * 15
    assert history.groupby("analyst").size().to_dict() == {f"analyst{n}": 30 for n in range(4)}
    assert not history.duplicated(["analyst", "question_id", "comment"]).any()
    assert history["id"].is_unique


def test_accepting_a_suggestion_with_bad_spans_keeps_the_good_ones(tmp_path, annotated):
    batch = annotated[annotated["question_id"] == 40].copy()
    text = batch["answer"].iloc[0]
    batch.at[batch.index[0], "entities"] = [{"start": 0, "end": 22, "label": "LAW", "text": text[:22]},
                          {"start": 4, "end": 30, "label": "LAW", "text": text[4:30]},  # overlaps the first
                          {"start": 0, "end": 9999, "label": "URL", "text": ""},  # outside the text
                          {"start": 24, "end": 30, "label": "COUNTRY", "text": text[24:30]}]  # no such label
    db = tmp_path / "reviews.sqlite"
    load_annotations(db, batch)
    decision, added = add_decision(db, LAO, 40, analyst="Ana", status="enacted")
    assert added and [(s["start"], s["end"], s["label"]) for s in decision.entities] == [(0, 22, "LAW")]
