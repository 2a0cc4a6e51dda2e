"""The 2024 questionnaire catalog (data/questionnaire-2024.json) against the real form."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from classifier.catalog import load_catalog, match_key

ROOT = Path(__file__).resolve().parents[1]
CHOICE = {6, 14, 19, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 60, 61, 63, 65, 67, 69, 71, 73, 75,
          77, 79, 81, 83, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 115, 117, 120, 126}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(2024)


def test_126_questions_with_kinds_from_the_form(catalog):
    assert list(catalog.questions) == list(range(1, 127))
    kinds = {n: q.kind for n, q in catalog.questions.items()}
    assert {n for n, k in kinds.items() if k == "choice"} == CHOICE
    assert {n for n, k in kinds.items() if k == "contact"} == {2, 3, 4, 5, 15, 16, 17, 18}
    assert catalog.questions[60].options == ("Two-year", "Three-year", "Five-year", "Ten-year", "Other")
    assert catalog.questions[81].options == ("Yes", "Maybe")


def test_titles_are_the_headers_of_the_excel_export(catalog):
    sheet = openpyxl.load_workbook(ROOT / "tests" / "fixtures" / "msforms-export-sample.xlsx", read_only=True).worksheets[0]
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    for number, question in catalog.questions.items():
        assert question.title == header[4 + number], f"Q{number}"


def test_titles_and_printed_lines_occur_in_the_real_print_in_order(catalog):
    flat = match_key((ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt").read_text(encoding="utf-8"))
    position = 0
    for number, question in catalog.questions.items():
        block = "".join(match_key(p) for p in question.printed_before) + match_key(question.title) + f"{number}."
        found = flat.find(block, position)
        assert found >= 0, f"Q{number}"
        position = found + len(block)


def test_follow_ups_justify_a_choice_question(catalog):
    follow_ups = {n: q.justifies for n, q in catalog.questions.items() if q.justifies is not None}
    assert follow_ups[40] == 39 and follow_ups[20] == 19 and follow_ups[113] == follow_ups[114] == 112
    assert all(catalog.questions[parent].kind == "choice" and parent < n for n, parent in follow_ups.items())
    assert all(catalog.questions[n].kind == "text" for n in follow_ups)
    assert catalog.questions[85].justifies is None and catalog.questions[119].justifies is None


def test_topics_are_unique_stable_keys(catalog):
    topics = [q.topic for q in catalog.questions.values()]
    assert len(set(topics)) == 126
    assert all(re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", t) for t in topics)
    assert catalog.questions[40].topic == "law.data_protection" and catalog.questions[85].topic == "strategy.ai"
    assert catalog.by_topic("law.data_protection").number == 40


def test_status_coded_only_for_free_text_other_than_names(catalog):
    coded = {n for n, q in catalog.questions.items() if q.status_coded}
    not_coded_text = {1, 13, *range(21, 33)}
    assert coded == {n for n, q in catalog.questions.items() if q.kind == "text"} - not_coded_text
    assert 119 in coded and 122 in coded and 7 in coded


def test_sections(catalog):
    assert {catalog.questions[n].section for n in (37, 40, 58)} == {"C"}
    assert catalog.questions[59].section_title == "Strategy and Implementation"
    assert catalog.questions[33].section_title == "Crisis/Emergency Response and Recovery"
    assert catalog.questions[126].section == "G"


def test_question_text_is_the_stand_alone_text_of_the_training_data(catalog):
    for path in sorted((ROOT / "data" / "training").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert catalog.question_text(record["question_id"]) == record["question"], f"{path.name} {record['id']}"


def test_unknown_year_says_which_file_is_missing():
    with pytest.raises(FileNotFoundError, match="questionnaire-1999.json"):
        load_catalog(1999)


def test_question_number_reads_table_cells() -> None:
    from classifier.catalog import question_number

    assert [question_number(v) for v in (40, 40.0, "40", " 85 ")] == [40, 40, 40, 85]
    assert [question_number(v) for v in (None, float("nan"), "", "Q40", float("inf"))] == [None] * 5
