"""Export the analysts' latest decisions as training records (the codebook schema of data/training).

Each record: `id, country, year, question_id, question, text, lang, status, entities, rationale`
(the analyst's comment). Contact answers are left out, and e-mail addresses and phone numbers in
the text are replaced by `[email]` / `[phone]` (entity offsets are moved to match), so no
personal data of officials goes into training data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.review import store
from classifier.tables import atomic_path, frame_to_jsonl_lines

DEFAULT_YEAR = 2024
EMAIL_RE = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Phone numbers: international (+...), after a phone word, or a national number with a trunk 0.
PHONE_RE = re.compile(
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,5}"
    r"|(?<=tel[:.] )[\d\s().-]{6,}\d|(?<=phone: )[\d\s().-]{6,}\d"
    r"|(?<![\w-])\(?0\d{1,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\w-])",
    re.IGNORECASE,
)


def _redactions(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "[email]") for m in EMAIL_RE.finditer(text)]
    for m in PHONE_RE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), "[phone]"))
    return sorted(spans)


def redact(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Replace e-mails and phone numbers in `text`; move entity offsets, drop spans that touch them."""
    pieces, shift, cursor = [], [], 0
    out_len = 0
    for start, end, placeholder in _redactions(text):
        pieces.append(text[cursor:start])
        out_len += start - cursor
        pieces.append(placeholder)
        shift.append((start, end, out_len - start, len(placeholder) - (end - start)))
        out_len += len(placeholder)
        cursor = end
    pieces.append(text[cursor:])
    redacted = "".join(pieces)
    if not shift:
        return text, entities
    kept = []
    for span in entities:
        if any(s < span["end"] and span["start"] < e for s, e, _, _ in shift):
            continue
        delta = sum(d for s, e, _, d in shift if e <= span["start"])
        moved = dict(span, start=span["start"] + delta, end=span["end"] + delta)
        moved["text"] = redacted[moved["start"]:moved["end"]]
        kept.append(moved)
    return redacted, kept


def _training_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for span in entities:
        record = {"start": span["start"], "end": span["end"], "label": span["label"], "text": span["text"]}
        if span["label"] == "PARTNER" and span.get("canonical"):
            record["canonical"] = span["canonical"]
        out.append(record)
    return out


def _question_texts() -> dict[int, str]:
    """Stand-alone question texts from the catalog (parent text in front), if the catalog is there."""
    try:
        from classifier.catalog import load_catalog

        catalog = load_catalog()
        return {n: catalog.question_text(n) for n in catalog.questions}
    except Exception:  # the catalog is optional here: the stored question text is the fall-back
        return {}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "answer"


def correction_records(db_path: str | Path) -> Iterator[dict[str, Any]]:
    """The latest decision per answer as codebook-schema records (contact and empty answers left out)."""
    decisions = store.all_decisions(db_path)
    if decisions.empty:
        return
    latest = decisions.groupby(["submission_id", "question_id"], sort=True).tail(1)
    answers = store.answers_frame(db_path).set_index(["submission_id", "question_id"])
    questions = _question_texts()
    for decision in latest.itertuples(index=False):
        key = (decision.submission_id, int(decision.question_id))
        if key not in answers.index:
            continue
        answer = answers.loc[key]
        if answer["kind"] == "contact" or not decision.text.strip():
            continue
        text, entities = redact(decision.text, decision.entities)
        year = store.as_int(answer["extra"].get("year")) or DEFAULT_YEAR
        yield {
            "id": f"review-{_slug(key[0])}-q{key[1]:03d}",
            "country": answer["country"],
            "year": year,
            "question_id": key[1],
            "question": questions.get(key[1]) or answer["question"] or "",
            "text": text,
            "lang": answer["lang"] or "und",
            "status": decision.status,
            "entities": _training_entities(entities),
            "rationale": decision.comment,
        }


def export_corrections(db_path: str | Path, out: str | Path) -> int:
    """Write the corrections JSONL (atomically); returns the number of records."""
    frame = pd.DataFrame(list(correction_records(db_path)))
    with atomic_path(out) as tmp:
        with tmp.open("w", encoding="utf-8") as handle:
            for line in frame_to_jsonl_lines(frame):
                handle.write(line + "\n")
    return len(frame)
