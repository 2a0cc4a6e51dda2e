"""Small explicit records passed between the stages of the pipeline.

read -> `Answer`; annotate -> `Suggestion` (the model's word, with provenance);
review -> `Decision` (a person's word, with provenance). A suggestion and a
decision are never the same record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Entity:
    """A character span `[start, end)` in an answer's text."""

    start: int
    end: int
    label: str
    text: str
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """One question of one submission, as `extract` writes it.

    `extra` holds the untouched columns of an answer table (e.g. `id`); they are
    written as columns of their own.
    """

    submission_id: str
    source: str
    country: str | None
    question_id: int | None
    section: str | None
    section_title: str | None
    question: str | None
    kind: str  # one of labels.ANSWER_KINDS
    answer: str | None
    choice: str | None = None
    justifies: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        row = {k: v for k, v in asdict(self).items() if k != "extra"}
        row.update(self.extra)
        return row


ANSWER_FIELDS: tuple[str, ...] = (
    "submission_id",
    "source",
    "country",
    "question_id",
    "section",
    "section_title",
    "question",
    "kind",
    "answer",
    "choice",
    "justifies",
)

# Columns `annotate` adds to the answer fields.
ANNOTATION_FIELDS: tuple[str, ...] = (
    "lang",
    "lang_confidence",
    "entities",  # list of Entity dicts
    "status",  # one of labels.STATUS_LABELS, or None for contact/choice answers
    "status_confidence",
    "status_scores",  # {label: probability} for every status label
    "needs_review",
    "model_version",
)


@dataclass
class Suggestion:
    """What the model said about one answer, and which model said it."""

    submission_id: str
    question_id: int | None
    status: str | None
    status_confidence: float | None
    status_scores: dict[str, float]
    entities: list[dict[str, Any]]
    lang: str
    needs_review: bool
    model_version: str


@dataclass
class Decision:
    """What an analyst decided about one answer: who, when, what and why."""

    submission_id: str
    question_id: int | None
    analyst: str
    decided_at: str  # ISO 8601, UTC
    status: str | None
    entities: list[dict[str, Any]]
    comment: str = ""
    suggestion_model_version: str | None = None
