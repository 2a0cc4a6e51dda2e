"""Placeholders for the personal data of officials (contact questions: names, titles, organisations, e-mails)."""

from __future__ import annotations

import pandas as pd

from classifier.catalog import load_catalog, question_number

_PLACEHOLDER_BY_TOPIC_END = {
    "name": "[redacted name]",
    "title": "[redacted title]",
    "organization": "[redacted organization]",
    "email": "[redacted email]",
}


def placeholder(question_id: int | None) -> str:
    """The placeholder that replaces the answer to contact question `question_id`."""
    question = load_catalog().questions.get(question_id) if question_id is not None else None
    field = question.topic.rsplit(".", 1)[-1] if question else ""
    return _PLACEHOLDER_BY_TOPIC_END.get(field, "[redacted contact]")


def redact_contacts(answers: pd.DataFrame) -> pd.DataFrame:
    """A copy of `answers` whose non-empty contact answers are replaced by placeholders."""
    redacted = answers.copy()
    if redacted.empty:
        return redacted
    mask = (redacted["kind"] == "contact") & redacted["answer"].notna()
    redacted.loc[mask, "answer"] = [placeholder(question_number(q)) for q in redacted.loc[mask, "question_id"]]
    return redacted
