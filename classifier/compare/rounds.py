"""What changed between two survey rounds, per country and topic.

Questions are lined up through the catalog's topic keys (`law.data_protection`), so
rounds numbered differently compare. A step up the ladder not_in_place < planned,
provision_without_guidelines < enacted is progress; a step down is a regression to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from classifier.catalog import Catalog, load_catalog
from classifier.compare.matrix import STATUS_SHORT, apply_decisions

ROUND_COLUMNS = ("round", "year")
DEFAULT_YEAR = 2024

# planned and provision_without_guidelines share a rung: moving between them is a reclassification.
RANK = {"not_in_place": 0, "planned": 1, "provision_without_guidelines": 1, "enacted": 2}
CHANGE_KINDS = ("progress", "regression", "reclassified", "unchanged", "newly reported", "no longer reported")
CHANGE_COLUMNS = ["country", "question_id", "topic", "before", "after", "transition", "change",
                  "questions_before", "questions_after", "answer_before", "answer_after"]


@dataclass
class Rounds:
    """Two rounds of annotations, earliest first, with their display names."""

    baseline: pd.DataFrame
    current: pd.DataFrame
    baseline_name: str
    current_name: str


def round_column(frame: pd.DataFrame) -> str | None:
    """The column that tells rounds apart (`round`, else `year`) when it holds two or more values."""
    for column in ROUND_COLUMNS:
        if column in frame.columns and frame[column].dropna().astype(str).nunique() >= 2:
            return column
    return None


def split_rounds(frame: pd.DataFrame) -> Rounds | None:
    """Split one table holding several rounds into the earliest and the latest; None if only one round."""
    column = round_column(frame)
    if column is None:
        return None
    values = frame[column].dropna().astype(str)
    names = sorted(values.unique(), key=lambda v: (len(v), v) if v.isdigit() else (0, v))
    first, last = names[0], names[-1]
    return Rounds(frame[values.reindex(frame.index) == first], frame[values.reindex(frame.index) == last],
                  first, last)


def round_name(frame: pd.DataFrame, fallback: str) -> str:
    """The round's name from its `round`/`year` column when it holds one value, else `fallback`."""
    for column in ROUND_COLUMNS:
        if column in frame.columns and frame[column].dropna().astype(str).nunique() == 1:
            return str(frame[column].dropna().astype(str).iloc[0])
    return fallback


def _year(name: str) -> int | None:
    found = re.match(r"\s*(\d{4})", name)
    return int(found.group(1)) if found else None


def catalog_for(name: str) -> Catalog:
    """The catalog of the round's year (a round named "2022" or "2022 (baseline)") if there is one, else 2024's."""
    try:
        return load_catalog(_year(name) or DEFAULT_YEAR)
    except (LookupError, OSError):
        return load_catalog(DEFAULT_YEAR)


def catalog_note(name: str) -> str | None:
    """A line for the analyst when round `name` has no catalog of its own and is read as numbered like 2024."""
    if catalog_for(name).year == DEFAULT_YEAR and _year(name) != DEFAULT_YEAR:
        return (f"round {name}: no questionnaire catalog of its own (data/questionnaire-<year>.json); "
                f"its question numbers are read as in {DEFAULT_YEAR}")
    return None


def topic_statuses(frame: pd.DataFrame, catalog: Catalog, decisions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per country and topic: the most advanced status among the round's questions on that topic."""
    answers = apply_decisions(frame, decisions)
    topic_of = {n: q.topic for n, q in catalog.questions.items() if q.status_coded}
    answers = answers[answers["question_id"].isin(topic_of) & answers["final_status"].notna()]
    answers = answers.assign(topic=answers["question_id"].map(lambda q: topic_of[int(q)]),
                             _rank=answers["final_status"].map(lambda s: RANK.get(s, -1)))
    best = answers.sort_values("_rank", kind="stable").drop_duplicates(["country", "topic"], keep="last")
    questions = answers.groupby(["country", "topic"])["question_id"].agg(
        lambda q: ", ".join(f"Q{n}" for n in sorted(set(int(x) for x in q))))
    best = best.set_index(["country", "topic"])
    return pd.DataFrame({"status": best["final_status"], "questions": questions.reindex(best.index),
                         "answer": best["answer"]}).reset_index()


def _change(before: str | None, after: str | None) -> str | None:
    rank_before, rank_after = RANK.get(before or ""), RANK.get(after or "")
    if rank_before is None and rank_after is None:
        return None
    if rank_before is None:
        return "newly reported"
    if rank_after is None:
        return "no longer reported"
    if before == after:
        return "unchanged"
    if rank_after == rank_before:
        return "reclassified"
    return "progress" if rank_after > rank_before else "regression"


def compare_rounds(rounds: Rounds, decisions: pd.DataFrame | None = None,
                   catalogs: tuple[Catalog, Catalog] | None = None) -> pd.DataFrame:
    """Per country (present in both rounds) and topic: status before and after, and what kind of change.

    `catalogs` (baseline, current) default to the catalogs of the rounds' years.
    """
    old, new = catalogs or (catalog_for(rounds.baseline_name), catalog_for(rounds.current_name))
    before = topic_statuses(rounds.baseline, old, decisions)
    after = topic_statuses(rounds.current, new, decisions)
    both = set(rounds.baseline["country"]) & set(rounds.current["country"])
    merged = before.merge(after, on=["country", "topic"], how="outer", suffixes=("_before", "_after"))
    merged = merged[merged["country"].isin(both)]
    number_of = _topic_numbers(old)
    number_of.update(_topic_numbers(new))
    rows = []
    for row in merged.itertuples(index=False):
        b = row.status_before if isinstance(row.status_before, str) else None
        a = row.status_after if isinstance(row.status_after, str) else None
        change = _change(b, a)
        if change is None:
            continue
        rows.append({"country": row.country, "question_id": number_of.get(row.topic), "topic": row.topic, "before": b, "after": a,
                     "transition": f"{STATUS_SHORT.get(b, '–')}→{STATUS_SHORT.get(a, '–')}", "change": change,
                     "questions_before": _text(row.questions_before), "questions_after": _text(row.questions_after),
                     "answer_before": _text(row.answer_before), "answer_after": _text(row.answer_after)})
    changes = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    changes["question_id"] = changes["question_id"].astype("Int64")
    changes["_country"] = changes["country"].str.casefold()
    return changes.sort_values(["_country", "question_id"]).drop(columns="_country").reset_index(drop=True)


def _topic_numbers(catalog: Catalog) -> dict[str, int]:
    """Topic key -> number of the status-coded question on it (the lowest, if several)."""
    numbers: dict[str, int] = {}
    for number in sorted(catalog.questions, reverse=True):
        question = catalog.questions[number]
        if question.status_coded:
            numbers[question.topic] = number
    return numbers


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def regressions(changes: pd.DataFrame) -> pd.DataFrame:
    """Changes an analyst should check: a step down, or something enacted before that is no longer reported."""
    down = changes["change"] == "regression"
    lost = (changes["change"] == "no longer reported") & (changes["before"] == "enacted")
    return changes[down | lost].reset_index(drop=True)


def change_counts(changes: pd.DataFrame) -> pd.DataFrame:
    """Per topic: how many countries progressed, regressed, stayed, ... (one column per kind of change)."""
    if changes.empty:
        return pd.DataFrame(columns=["question_id", "topic"])
    table = changes.pivot_table(index=["question_id", "topic"], columns="change", values="country",
                                aggfunc="count", fill_value=0)
    table = table.reindex(columns=[c for c in CHANGE_KINDS if c in table.columns])
    table.columns.name = None
    return table.reset_index()
