"""Builds tests/fixtures/compare-annotated-{2024,2022}.jsonl (run once; the files are committed).

2024: the hand-coded answers of 8 countries from data/training in the shape `annotate` writes
(Ghana sent two submissions); every ninth status is shifted to the next label with a low
confidence, as a model's mistakes would be. A choice and a contact row per submission.
2022: the same countries as an earlier round: some statuses one step less advanced, a few more
advanced (regressions now), some questions not answered.

    .venv/bin/python tests/compare/build_fixtures.py
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from classifier.catalog import load_catalog
from classifier.labels import STATUS_LABELS

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures"
COUNTRIES = ["Lao PDR", "Viet Nam", "Ghana", "Tunisia", "Ecuador", "Egypt", "Indonesia", "Philippines"]
# (training file, submission suffix): one submission per country and file; Ghana's second from answers-dev-4
FILES = [("lao-pdr-2024.gold", ""), ("answers-dev", ""), ("answers-dev-2", ""), ("answers-dev-4", "-b")]


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def _slug(country: str) -> str:
    return re.sub(r"[^a-z]+", "-", country.lower()).strip("-")


def training_records() -> list[dict]:
    records, seen = [], set()
    for name, suffix in FILES:
        for line in (ROOT / "data" / "training" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            key = (record["country"], suffix, record["question_id"])
            if record["country"] in COUNTRIES and (suffix == "" or record["country"] == "Ghana") and key not in seen:
                seen.add(key)
                records.append(dict(record, _suffix=suffix))
    return records


def current_round() -> list[dict]:
    catalog = load_catalog()
    rows = []
    for record in training_records():
        question = catalog.questions[record["question_id"]]
        submission = f"{_slug(record['country'])}-2024{record['_suffix']}"
        status, confidence, scores = record["status"], None, None
        if status is not None:
            x = _hash(record["id"])
            confidence = round(0.45 + (x % 50) / 100, 2)
            if x % 9 == 0:  # the model got this one wrong
                status = STATUS_LABELS[(STATUS_LABELS.index(status) + 1) % 5]
                confidence = round(0.35 + (x % 20) / 100, 2)
            scores = {label: confidence if label == status else round((1 - confidence) / 4, 3)
                      for label in STATUS_LABELS}
        rows.append(_row(submission, record["country"], question, record["question"], "text", record["text"], None,
                         record["lang"], record["entities"], status, confidence, scores))
    for country in COUNTRIES:
        for number, kind, text in [(39, "choice", "Yes"), (2, "contact", "[name]")]:
            question = catalog.questions[number]
            rows.append(_row(f"{_slug(country)}-2024", country, question, question.text, kind,
                             text if kind == "contact" else None, text if kind == "choice" else None,
                             "und", [], None, None, None))
    return rows


def _row(submission, country, question, text, kind, answer, choice, lang, entities, status, confidence, scores):
    return {"submission_id": submission, "source": f"{submission}.txt", "country": country,
            "question_id": question.number, "section": question.section, "section_title": question.section_title,
            "question": text, "kind": kind, "answer": answer, "choice": choice, "justifies": question.justifies,
            "year": 2024, "lang": lang, "lang_confidence": 0.95 if kind == "text" else 0.0, "entities": entities,
            "status": status, "status_confidence": confidence, "status_scores": scores,
            "needs_review": bool(confidence is not None and confidence < 0.6), "model_version": "fixture-0.1"}


def earlier_round(rows: list[dict]) -> list[dict]:
    back = {"enacted": "planned", "provision_without_guidelines": "planned", "planned": "not_in_place"}
    earlier = []
    for row in rows:
        if row["status"] is None:
            continue
        x = _hash(row["submission_id"] + str(row["question_id"]))
        old = dict(row, year=2022, submission_id=row["submission_id"].replace("2024", "2022"),
                   source=row["source"].replace("2024", "2022"))
        if x % 4 == 0 and row["status"] in back:
            old["status"] = back[row["status"]]
        elif x % 13 == 1 and row["status"] in ("planned", "not_in_place", "provision_without_guidelines"):
            old["status"] = "enacted"
        elif x % 7 == 3:
            continue  # not answered in the earlier round
        earlier.append(old)
    return earlier


def write(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    now = current_round()
    write(now, OUT / "compare-annotated-2024.jsonl")
    write(earlier_round(now), OUT / "compare-annotated-2022.jsonl")
