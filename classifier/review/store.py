"""The review store: one SQLite file (WAL mode) that keeps answers, the model's suggestions and
every analyst decision.

Tables:
- `answers`: one row per answer, keyed by `(submission_id, question_id)`, with the model's
  suggestion (model version, status, confidence, scores, entities). Loading a new batch updates
  these rows in place; the row id stays, so links to an answer keep working.
- `decisions`: append-only (triggers refuse UPDATE and DELETE). A changed decision is a new row;
  the latest row per answer is the current decision. Each row keeps the answer text it was made
  on, so its entity offsets stay meaningful even if a later batch changes the text.
- `meta`: schema version and the web page's session secret.

Every write runs in `BEGIN IMMEDIATE` with a busy timeout, so several analysts (processes) can
write at once without losing a decision.
"""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.labels import ENTITY_LABELS, STATUS_LABELS
from classifier.records import ANNOTATION_FIELDS, ANSWER_FIELDS, Decision

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    submission_id TEXT NOT NULL,
    question_id INTEGER NOT NULL,
    source TEXT, country TEXT, section TEXT, section_title TEXT, question TEXT,
    kind TEXT NOT NULL DEFAULT 'text',
    answer TEXT NOT NULL DEFAULT '',
    choice TEXT, justifies INTEGER,
    lang TEXT, lang_confidence REAL,
    model_version TEXT,
    status TEXT, status_confidence REAL, status_scores TEXT NOT NULL DEFAULT '{}',
    entities TEXT NOT NULL DEFAULT '[]',
    needs_review INTEGER,
    extra TEXT NOT NULL DEFAULT '{}',
    loaded_at TEXT NOT NULL,
    UNIQUE (submission_id, question_id)
);
CREATE INDEX IF NOT EXISTS answers_queue ON answers (status_confidence, submission_id, question_id);
CREATE INDEX IF NOT EXISTS answers_country ON answers (country);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id TEXT NOT NULL,
    question_id INTEGER NOT NULL,
    analyst TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    status TEXT,
    entities TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    suggestion_model_version TEXT,
    text TEXT NOT NULL,
    origin TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_answer ON decisions (submission_id, question_id, id);
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: add a new decision instead'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only and are never deleted'); END;
"""

# Answer columns copied from an annotated table into `answers` (besides the JSON ones).
_PLAIN_COLUMNS = (
    "source", "country", "section", "section_title", "question", "kind", "answer", "choice",
    "justifies", "lang", "lang_confidence", "model_version", "status", "status_confidence",
    "needs_review",
)
_KNOWN_COLUMNS = set(ANSWER_FIELDS) | set(ANNOTATION_FIELDS)

DECISION_COLUMNS = ["submission_id", "question_id", "status", "entities", "analyst", "decided_at", "comment"]


class StoreError(ValueError):
    """A request the store refuses (bad label, bad span, unknown answer, changed text)."""


def utc_now() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def text_sha(text: str) -> str:
    """A short fingerprint of an answer text (the page sends it back to detect changed answers)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open (and create if needed) the store: WAL mode, busy timeout, schema in place."""
    conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # a new store: create the tables
        conn.executescript(
            f"BEGIN IMMEDIATE; {SCHEMA} INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}'); COMMIT;"
        )
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`BEGIN IMMEDIATE` ... `COMMIT` (rolled back on error): takes the write lock up front."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def session_secret(conn: sqlite3.Connection) -> str:
    """The web page's cookie-signing secret, made once per store so sessions survive restarts."""
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('session_secret', ?)", (secrets.token_hex(32),))
        return conn.execute("SELECT value FROM meta WHERE key = 'session_secret'").fetchone()[0]


# --- loading annotated answers -------------------------------------------------------------


def clean_value(value: Any) -> Any:
    """A table cell as a plain Python value; NaN/NA/NaT become None."""
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value


def as_int(value: Any) -> int | None:
    value = clean_value(value)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) and number == int(number) else None


def as_float(value: Any) -> float | None:
    value = clean_value(value)
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def as_json(value: Any, empty: Any) -> Any:
    value = clean_value(value)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return empty
    return value if isinstance(value, type(empty)) else empty


def answer_row(row: dict[str, Any], loaded_at: str) -> dict[str, Any] | None:
    """The `answers` columns for one row of an annotated table; None without a question number."""
    question_id = as_int(row.get("question_id"))
    submission_id = clean_value(row.get("submission_id"))
    if question_id is None or submission_id in (None, ""):
        return None
    out: dict[str, Any] = {c: clean_value(row.get(c)) for c in _PLAIN_COLUMNS}
    out["submission_id"] = str(submission_id)
    out["question_id"] = question_id
    out["answer"] = "" if out["answer"] is None else str(out["answer"])
    out["kind"] = str(out["kind"] or "text")
    out["justifies"] = as_int(out["justifies"])
    out["lang_confidence"] = as_float(out["lang_confidence"])
    out["status_confidence"] = as_float(out["status_confidence"])
    if out["status"] not in STATUS_LABELS:
        out["status"] = None
    needs_review = out["needs_review"]
    if isinstance(needs_review, str):
        needs_review = needs_review.strip().lower() in ("true", "1", "yes")
    out["needs_review"] = None if needs_review is None else int(bool(needs_review))
    for column in ("source", "country", "section", "section_title", "question", "choice", "lang",
                   "model_version"):
        out[column] = None if out[column] is None else str(out[column])
    out["status_scores"] = json.dumps(as_json(row.get("status_scores"), {}), ensure_ascii=False)
    out["entities"] = json.dumps(as_json(row.get("entities"), []), ensure_ascii=False)
    extra = {k: clean_value(v) for k, v in row.items() if k not in _KNOWN_COLUMNS}
    out["extra"] = json.dumps(extra, ensure_ascii=False, default=str)
    out["loaded_at"] = loaded_at
    return out


@dataclass
class LoadReport:
    """What loading a batch did."""

    added: int = 0
    updated: int = 0
    skipped_contact: int = 0
    skipped_no_question: int = 0


def load_annotations(db_path: str | Path, frame: pd.DataFrame, *, replace: bool = True) -> LoadReport:
    """Put the rows of an annotated table into the store; earlier decisions are kept.

    Rows are matched by `(submission_id, question_id)`. With `replace`, a known answer takes the
    new batch's text and suggestion; otherwise known answers are left as they are. Contact answers
    (names and e-mails of officials) are never stored.
    """
    report = LoadReport()
    now = utc_now()
    conn = connect(db_path)
    try:
        with transaction(conn):
            for row in frame.to_dict(orient="records"):
                if str(clean_value(row.get("kind")) or "text") == "contact":
                    report.skipped_contact += 1
                    continue
                values = answer_row(row, now)
                if values is None:
                    report.skipped_no_question += 1
                    continue
                known = conn.execute(
                    "SELECT 1 FROM answers WHERE submission_id = ? AND question_id = ?",
                    (values["submission_id"], values["question_id"]),
                ).fetchone()
                if known and not replace:
                    continue
                columns = list(values)
                updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("submission_id", "question_id"))
                conn.execute(
                    f"INSERT INTO answers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                    f"ON CONFLICT (submission_id, question_id) DO UPDATE SET {updates}",
                    [values[c] for c in columns],
                )
                if known:
                    report.updated += 1
                else:
                    report.added += 1
    finally:
        conn.close()
    return report


# --- decisions ------------------------------------------------------------------------------


def usable_entities(entities: Any, text: str) -> list[dict[str, Any]]:
    """The spans of `entities` that are valid for `text` (bad or overlapping ones dropped)."""
    kept: list[dict[str, Any]] = []
    for span in entities if isinstance(entities, list) else []:
        try:
            kept = clean_entities([*kept, span], text)
        except StoreError:
            continue
    return kept


def clean_entities(entities: Any, text: str) -> list[dict[str, Any]]:
    """Check entity spans against `text`: offsets inside it, known labels, no overlaps.

    Returns the spans sorted, with `text` taken from the answer; raises StoreError otherwise.
    """
    if not isinstance(entities, list):
        raise StoreError("entities must be a list of spans")
    spans: list[dict[str, Any]] = []
    for span in entities:
        if not isinstance(span, dict):
            raise StoreError("each entity must be an object with start, end and label")
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise StoreError(f"entity offsets {start}-{end} are outside the answer text")
        if label not in ENTITY_LABELS:
            raise StoreError(f"unknown entity label {label!r}; use one of {', '.join(ENTITY_LABELS)}")
        canonical = span.get("canonical") if label == "PARTNER" else None
        if canonical is not None and not isinstance(canonical, str):
            canonical = None
        spans.append({"start": start, "end": end, "label": label, "text": text[start:end],
                      "canonical": canonical})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for before, after in zip(spans, spans[1:]):
        if after["start"] < before["end"]:
            raise StoreError(f"entities '{before['text']}' and '{after['text']}' overlap")
    return spans


def add_decision(
    db_path: str | Path | sqlite3.Connection,
    submission_id: str,
    question_id: int,
    *,
    analyst: str,
    status: str | None,
    entities: list[dict[str, Any]] | None = None,
    comment: str = "",
    origin: str = "web",
    expected_text_sha: str | None = None,
) -> tuple[Decision, bool]:
    """Record an analyst's decision on one answer (a new row; earlier ones stay).

    Returns the decision and whether a row was added.

    `entities=None` keeps the entities of the analyst's previous decision, or the suggestion's.
    If the same analyst's latest decision says exactly the same, nothing is added (a double
    submission does not duplicate a decision). `expected_text_sha` refuses a decision made on a
    text that has since changed.
    """
    analyst = (analyst or "").strip()
    if not analyst:
        raise StoreError("an analyst name is needed for a decision")
    if status is not None and status not in STATUS_LABELS:
        raise StoreError(f"unknown status {status!r}; use one of {', '.join(STATUS_LABELS)}")
    conn = db_path if isinstance(db_path, sqlite3.Connection) else connect(db_path)
    try:
        with transaction(conn):
            answer = conn.execute(
                "SELECT answer, entities, model_version FROM answers WHERE submission_id = ? AND question_id = ?",
                (submission_id, question_id),
            ).fetchone()
            if answer is None:
                raise StoreError(f"no answer {submission_id} Q{question_id} in the store")
            text = answer["answer"]
            if expected_text_sha is not None and expected_text_sha != text_sha(text):
                raise StoreError("the answer text changed since the page was opened; reload it")
            previous = conn.execute(
                "SELECT * FROM decisions WHERE submission_id = ? AND question_id = ? AND analyst = ? "
                "ORDER BY id DESC LIMIT 1",
                (submission_id, question_id, analyst),
            ).fetchone()
            if entities is None:
                usable = previous is not None and previous["text"] == text
                spans = usable_entities(json.loads(previous["entities"] if usable else answer["entities"]), text)
            else:
                spans = clean_entities(entities, text)
            comment = (comment or "").strip()
            if (previous is not None and previous["status"] == status and previous["text"] == text
                    and json.loads(previous["entities"]) == spans and previous["comment"] == comment):
                return _decision(previous), False
            decided_at = utc_now()
            conn.execute(
                "INSERT INTO decisions (submission_id, question_id, analyst, decided_at, status, entities,"
                " comment, suggestion_model_version, text, origin) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (submission_id, question_id, analyst, decided_at, status,
                 json.dumps(spans, ensure_ascii=False), comment, answer["model_version"], text, origin),
            )
            return Decision(submission_id, question_id, analyst, decided_at, status, spans, comment,
                            answer["model_version"]), True
    finally:
        if not isinstance(db_path, sqlite3.Connection):
            conn.close()


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(row["submission_id"], row["question_id"], row["analyst"], row["decided_at"],
                    row["status"], json.loads(row["entities"]), row["comment"], row["suggestion_model_version"])


def decision_history(conn: sqlite3.Connection, submission_id: str, question_id: int) -> list[sqlite3.Row]:
    """Every decision on one answer, newest first."""
    return conn.execute(
        "SELECT * FROM decisions WHERE submission_id = ? AND question_id = ? ORDER BY id DESC",
        (submission_id, question_id),
    ).fetchall()


def _decisions_frame(conn: sqlite3.Connection, query: str) -> pd.DataFrame:
    rows = [dict(r) for r in conn.execute(query)]
    frame = pd.DataFrame(rows, columns=DECISION_COLUMNS + ["text", "origin"] if not rows else None)
    if rows:
        frame["entities"] = frame["entities"].map(json.loads)
        frame["question_id"] = frame["question_id"].astype(int)
    return frame


def latest_decisions(db_path: str | Path) -> pd.DataFrame:
    """One row per reviewed answer, its latest decision by anyone.

    Columns `submission_id, question_id, status, entities, analyst, decided_at, comment`.
    """
    conn = connect(db_path)
    try:
        frame = _decisions_frame(conn, (
            "SELECT d.* FROM decisions d JOIN (SELECT MAX(id) AS id FROM decisions"
            " GROUP BY submission_id, question_id) latest USING (id) ORDER BY d.submission_id, d.question_id"
        ))
    finally:
        conn.close()
    return frame.reindex(columns=DECISION_COLUMNS)


def latest_decisions_by_analyst(db_path: str | Path) -> pd.DataFrame:
    """Each analyst's latest decision per answer (for agreement), with `text` and `origin`."""
    conn = connect(db_path)
    try:
        return _decisions_frame(conn, (
            "SELECT d.* FROM decisions d JOIN (SELECT MAX(id) AS id FROM decisions"
            " GROUP BY submission_id, question_id, analyst) latest USING (id)"
            " ORDER BY d.submission_id, d.question_id, d.analyst"
        ))
    finally:
        conn.close()


def all_decisions(db_path: str | Path) -> pd.DataFrame:
    """The full decision history, oldest first."""
    conn = connect(db_path)
    try:
        return _decisions_frame(conn, "SELECT * FROM decisions ORDER BY id")
    finally:
        conn.close()


def answers_frame(db_path: str | Path) -> pd.DataFrame:
    """The stored answers with nested columns parsed."""
    conn = connect(db_path)
    try:
        rows = [dict(r) for r in conn.execute("SELECT * FROM answers ORDER BY id")]
    finally:
        conn.close()
    for row in rows:
        for column in ("status_scores", "entities", "extra"):
            row[column] = json.loads(row[column])
    return pd.DataFrame(rows)


def known_keys(db_path: str | Path) -> set[tuple[str, int]]:
    """The `(submission_id, question_id)` of every stored answer."""
    conn = connect(db_path)
    try:
        return {(r[0], r[1]) for r in conn.execute("SELECT submission_id, question_id FROM answers")}
    finally:
        conn.close()

