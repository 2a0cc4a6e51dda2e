"""The questionnaire catalog: every question of one MSQ round as data (data/questionnaire-<year>.json).

The reader aligns answers to question numbers with it; `topic` keys line up
questions of different rounds that are numbered differently.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u00ad": None, "\u200b": None, "\ufeff": None})


def clean_text(text: str) -> str:
    """Readable form of a printed title: `*` and `[NEW]` markers dropped, whitespace (incl. no-break) collapsed."""
    text = re.sub(r"\[NEW\]?", " ", text).replace("*", " ")
    return " ".join(text.split())


def match_key(text: str) -> str:
    """Comparison key that survives re-wrapping and extractors: no whitespace, no markers, NFKC, casefolded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return "".join(clean_text(text).split()).casefold()


@dataclass(frozen=True)
class Question:
    """One question of the form.

    `text` is the question's own title, cleaned; `stem` is the shared lead text of an
    item question (Q8-12, Q21-32, Q85-91); `title` is the title exactly as in the form;
    `printed_before` are the lines a "View results" print shows between the previous
    answer and this title (headings, notes, options).
    """

    number: int
    section: str
    section_title: str
    text: str
    kind: str  # 'contact' | 'choice' | 'text'
    justifies: int | None
    topic: str
    status_coded: bool
    stem: str | None = None
    title: str = ""
    options: tuple[str, ...] = ()
    printed_before: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Catalog:
    """All questions of one round, by number; `printed_after` closes a "View results" print."""

    year: int
    questions: dict[int, Question]
    printed_after: tuple[str, ...] = ()

    def question_text(self, number: int) -> str:
        """Stand-alone text of question `number`: a follow-up gets its parent question in front, an item its stem."""
        question = self.questions[number]
        if question.justifies is not None:
            parent = self.questions[question.justifies].text
            if question.text.rstrip(".") in parent:
                return parent
            return f"{parent} {question.text}"
        if question.stem:
            return f"{question.stem} {question.text}"
        return question.text

    def by_topic(self, topic: str) -> Question | None:
        """The question with this topic key, if the round has one."""
        return next((q for q in self.questions.values() if q.topic == topic), None)


def question_number(value: object) -> int | None:
    """The question number in a table cell (40, 40.0, "40"), or None (blank, NaN, not a number)."""
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def catalog_path(year: int) -> Path:
    return DATA_DIR / f"questionnaire-{year}.json"


@lru_cache(maxsize=4)
def load_catalog(year: int = 2024) -> Catalog:
    """Load the catalog of the `year` round (cached; the objects are immutable)."""
    path = catalog_path(year)
    if not path.exists():
        raise FileNotFoundError(f"no questionnaire catalog for {year}: expected {path}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    questions = {}
    for item in raw["questions"]:
        item = dict(item, options=tuple(item.get("options", ())), printed_before=tuple(item.get("printed_before", ())))
        questions[item["number"]] = Question(**item)
    return Catalog(year=raw["year"], questions=questions, printed_after=tuple(raw.get("printed_after", ())))
