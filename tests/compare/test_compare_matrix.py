"""The country-by-question matrix on annotated answers of 8 countries (9 submissions)."""

from __future__ import annotations

import pandas as pd
import pytest

from classifier.catalog import load_catalog
from classifier.compare import Selection, build_matrix, load_annotations, read_decisions
from classifier.compare.matrix import (named_instruments, parse_question_ranges, partner_counts, partners_by_country,
                                       question_summary, unreviewed_cells)
from classifier.errors import InputError
from classifier.labels import STATUS_LABELS
from classifier.tables import write_table


def test_one_row_per_country_and_a_column_per_status_coded_question(current):
    matrix = build_matrix(current)
    assert sorted(matrix.statuses.index) == sorted(current["country"].unique())
    assert len(matrix.statuses.index) == 8  # Ghana's two submissions make one row
    catalog = load_catalog()
    for column in matrix.statuses.columns:
        number = int(column.split()[0][1:])
        assert column == f"Q{number} {catalog.questions[number].topic}"
        assert catalog.questions[number].status_coded
    assert "Q40 law.data_protection" in matrix.statuses.columns
    assert not any(c.startswith(("Q39 ", "Q2 ", "Q13 ")) for c in matrix.statuses.columns)  # choice, contact, name


def test_cells_hold_the_model_status_of_the_answer(current):
    matrix = build_matrix(current)
    assert matrix.statuses.at["Lao PDR", "Q40 law.data_protection"] == "enacted"
    rows = current[(current["country"] == "Viet Nam") & current["status"].notna()]
    for row in rows.itertuples():
        column = next(c for c in matrix.statuses.columns if c.startswith(f"Q{row.question_id} "))
        assert matrix.statuses.at["Viet Nam", column] == row.status
        assert matrix.sources.at["Viet Nam", column] == "model"
    assert set(matrix.statuses.stack().dropna()) <= set(STATUS_LABELS)


def test_a_country_with_two_submissions_takes_the_latest_coded_answer(current):
    matrix = build_matrix(current)
    assert matrix.submissions["Ghana"] == 2
    # ghana-2024 says no_information for Q56, the later ghana-2024-b says planned
    assert matrix.statuses.at["Ghana", "Q56 law.emerging_technologies"] == "planned"


def test_analyst_decisions_win_and_cells_say_so(current, review_db):
    decisions = read_decisions(review_db)
    matrix = build_matrix(current, decisions=decisions)
    assert matrix.statuses.at["Ghana", "Q42 law.cybersecurity"] == "not_in_place"  # the model said enacted
    assert matrix.sources.at["Ghana", "Q42 law.cybersecurity"] == "analyst"
    assert matrix.sources.at["Ghana", "Q40 law.data_protection"] == "model"
    assert (matrix.sources == "analyst").sum().sum() == 2
    def lao_partners(m):
        table = partners_by_country(m)
        return set(table[table["country"] == "Lao PDR"]["partner"])

    assert "UNDP" in lao_partners(build_matrix(current))  # the model's spans of Q123
    assert lao_partners(matrix) == {"World Bank"}  # the analyst's spans replace them
    unreviewed = unreviewed_cells(matrix)
    assert len(unreviewed) == matrix.statuses.notna().sum().sum() - 2
    assert not ((unreviewed["country"] == "Ghana") & (unreviewed["question"] == "Q42 law.cybersecurity")).any()


def test_selection_by_questions_countries_and_sections(current):
    matrix = build_matrix(current, selection=Selection(questions=parse_question_ranges("37-58"),
                                                       countries=["ghana", "Viet Nam"]))
    assert list(matrix.statuses.index) == ["Ghana", "Viet Nam"]
    assert all(37 <= int(c.split()[0][1:]) <= 58 for c in matrix.statuses.columns)
    by_section = build_matrix(current, selection=Selection(sections=["g"]))
    assert set(by_section.questions["section"]) == {"G"}
    with pytest.raises(ValueError, match="Atlantis"):
        build_matrix(current, selection=Selection(countries=["Atlantis"]))


@pytest.mark.parametrize("spec, expected", [("37-39", {37, 38, 39}), ("40, 85", {40, 85}), ("7", {7})])
def test_question_ranges(spec, expected):
    assert parse_question_ranges(spec) == expected


@pytest.mark.parametrize("spec", ["abc", "58-37", "", "0-3"])
def test_bad_question_ranges_say_what_is_wrong(spec):
    with pytest.raises(ValueError, match="--questions"):
        parse_question_ranges(spec)


def test_summary_shares_add_up_per_question(current):
    matrix = build_matrix(current)
    summary = question_summary(matrix)
    assert len(summary) == len(matrix.questions)
    answered = summary[summary["countries"] > 0]
    assert (answered[list(STATUS_LABELS)].sum(axis=1).round(2) == 1.0).all()
    q40 = summary.set_index("question").loc["Q40 law.data_protection"]
    assert q40["countries"] == matrix.statuses["Q40 law.data_protection"].notna().sum()


def test_partners_laws_and_policies_per_country(current):
    matrix = build_matrix(current)
    counts = partner_counts(matrix).set_index("partner")["countries"]
    assert counts["UNDP"] >= 5 and counts.is_monotonic_decreasing
    laws = named_instruments(matrix)
    lao = laws[laws["country"] == "Lao PDR"]
    assert "Law on data protection" in set(lao[lao["kind"] == "law"]["name"])
    assert set(laws["kind"]) == {"law", "policy"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_every_annotate_output_format_gives_the_same_matrix(tmp_path, current, current_path, suffix):
    raw = pd.read_json(current_path, lines=True, dtype=False)
    path = tmp_path / f"annotated{suffix}"
    write_table(raw, path)
    frame, errors = load_annotations([path])
    assert not errors
    expected = build_matrix(current)
    got = build_matrix(frame)
    pd.testing.assert_frame_equal(got.statuses, expected.statuses)
    pd.testing.assert_frame_equal(partners_by_country(got), partners_by_country(expected))


def test_a_table_that_is_not_annotated_is_an_input_error(tmp_path, current_path):
    path = tmp_path / "answers.csv"
    pd.DataFrame({"country": ["Ghana"], "question_id": [40], "answer": ["x"]}).to_csv(path, index=False)
    frame, errors = load_annotations([path, current_path])
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert str(path) in str(errors[0]) and "annotate" in str(errors[0])
    assert frame["country"].nunique() == 8  # the good file is still read


def test_contact_answers_never_enter_the_comparison(current):
    frame = current.copy()
    contact = frame.index[(frame["kind"] == "contact") & (frame["country"] == "Ghana")][0]
    frame.at[contact, "entities"] = [{"start": 0, "end": 6, "label": "PARTNER", "text": "[name]",
                                      "canonical": "Jane Official"}]
    matrix = build_matrix(frame)
    assert "Jane Official" not in set(partners_by_country(matrix)["partner"])
    assert (matrix.answers["kind"] != "contact").all()


def test_a_filled_in_review_workbook_counts_as_analyst_decisions(tmp_path, current_path, review_db):
    from openpyxl import load_workbook

    from classifier.compare import build_comparison
    from classifier.review.spreadsheet import write_review_workbook

    path = tmp_path / "review.xlsx"
    write_review_workbook(pd.read_json(current_path, lines=True, dtype=False), path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        values = dict(zip(header, (c.value for c in row)))
        if values["submission_id"] == "viet-nam-2024" and values["question_id"] == 40:
            row[header.index("reviewed_status")].value = " Planned "
            row[header.index("reviewer")].value = "chen"
        if values["submission_id"] == "ghana-2024" and values["question_id"] == 42:
            row[header.index("reviewed_status")].value = "enacted"  # the review store says not_in_place
    wb.save(path)
    frame, errors = load_annotations([path])
    assert not errors
    comparison = build_comparison(frame, decisions=read_decisions(review_db))
    matrix = comparison.matrix
    assert matrix.statuses.at["Viet Nam", "Q40 law.data_protection"] == "planned"
    assert matrix.sources.at["Viet Nam", "Q40 law.data_protection"] == "analyst"
    assert matrix.statuses.at["Ghana", "Q42 law.cybersecurity"] == "not_in_place"  # the store wins
    assert any("review import" in note for note in comparison.notes)
