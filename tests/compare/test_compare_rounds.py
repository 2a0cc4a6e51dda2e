"""What changed between two rounds, lined up by the catalog's topic keys."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from classifier.catalog import Catalog, load_catalog
from classifier.compare import build_comparison
from classifier.compare.rounds import Rounds, compare_rounds, regressions, split_rounds


def _frame(rows: list[tuple[str, int, str]], year: int) -> pd.DataFrame:
    return pd.DataFrame([{"submission_id": f"{c}-{year}", "country": c, "question_id": q, "status": s,
                          "answer": f"{c} {q} {s}", "entities": [], "year": year} for c, q, s in rows])


def test_progress_regression_and_reclassification(current, baseline):
    comparison = build_comparison(current, baseline=baseline)
    changes = comparison.changes
    assert comparison.rounds == ("2022", "2024")
    assert len(comparison.notes) == 1 and "2022" in comparison.notes[0]  # no 2022 catalog: read as 2024
    assert set(changes["country"]) <= set(comparison.matrix.countries)
    ladder = {"not_in_place": 0, "planned": 1, "provision_without_guidelines": 1, "enacted": 2}
    for row in changes.itertuples():
        if row.change == "progress":
            assert ladder[row.after] > ladder[row.before]
        elif row.change == "regression":
            assert ladder[row.after] < ladder[row.before]
        elif row.change == "unchanged":
            assert row.before == row.after
    assert {"progress", "regression", "unchanged"} <= set(changes["change"])
    listed = regressions(changes)
    assert len(listed) and (listed["change"].isin(["regression", "no longer reported"])).all()
    assert "enacted" in set(listed["before"])


def test_two_rounds_in_one_table_split_on_the_year_column(current, baseline):
    both = pd.concat([baseline, current], ignore_index=True)
    rounds = split_rounds(both)
    assert (rounds.baseline_name, rounds.current_name) == ("2022", "2024")
    comparison = build_comparison(both)
    assert comparison.matrix.submissions.sum() == current["submission_id"].nunique()  # matrix = latest round
    pd.testing.assert_frame_equal(comparison.changes, build_comparison(current, baseline=baseline).changes)


def test_questions_numbered_differently_line_up_by_topic():
    now = load_catalog()
    # An earlier round in which data protection was question 35 and AI in the strategy question 80.
    old_questions = {35: replace(now.questions[40], number=35, justifies=None),
                     80: replace(now.questions[85], number=80)}
    old = Catalog(year=2022, questions=old_questions)
    before = _frame([("Ghana", 35, "planned"), ("Ghana", 80, "enacted"), ("Togo", 35, "enacted")], 2022)
    after = _frame([("Ghana", 40, "enacted"), ("Ghana", 85, "planned"), ("Togo", 40, "enacted")], 2024)
    changes = compare_rounds(Rounds(before, after, "2022", "2024"), catalogs=(old, now)).set_index(
        ["country", "topic"])
    assert changes.loc[("Ghana", "law.data_protection"), "change"] == "progress"
    assert changes.loc[("Ghana", "law.data_protection"), "transition"] == "P→E"
    assert changes.loc[("Ghana", "strategy.ai"), "change"] == "regression"
    assert changes.loc[("Togo", "law.data_protection"), "change"] == "unchanged"
    assert changes.loc[("Ghana", "law.data_protection"), "question_id"] == 40


def test_a_country_only_in_one_round_is_not_a_change():
    now = load_catalog()
    before = _frame([("Ghana", 40, "planned")], 2022)
    after = _frame([("Ghana", 40, "planned"), ("Togo", 40, "enacted"), ("Ghana", 42, "enacted"),
                    ("Ghana", 44, "no_information")], 2024)
    changes = compare_rounds(Rounds(before, after, "2022", "2024"), catalogs=(now, now))
    assert set(changes["country"]) == {"Ghana"}
    assert dict(zip(changes["topic"], changes["change"])) == {
        "law.data_protection": "unchanged", "law.cybersecurity": "newly reported"}
