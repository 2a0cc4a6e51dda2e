"""Layout A as text: the real Lao submission, re-wrapped made-up prints, encodings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from msq_print import FRENCH, SPANISH, expected_answer, print_lines

from classifier.read import read_submissions
from classifier.records import ANSWER_FIELDS

ROOT = Path(__file__).resolve().parents[2]
LAO = ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt"
GOLD = ROOT / "data" / "training" / "lao-pdr-2024.gold.jsonl"
EMPTY_IN_LAO = {11, 12, 36, 48, 50, 58, 62, 70, 72, 76, 78, 80, 82, 84, 91, 95, 105, 107, 109}
CONTACTS = {2, 3, 4, 5, 15, 16, 17, 18}


def answers_by_question(frame) -> dict[int, str | None]:
    return {int(q): (a if isinstance(a, str) else None) for q, a in zip(frame["question_id"], frame["answer"])}


@pytest.fixture(scope="module")
def lao():
    result = read_submissions([LAO])
    assert result.errors == [] and result.warnings == []
    return result.answers


def test_every_gold_answer_of_the_lao_submission_is_extracted_exactly(lao):
    got = answers_by_question(lao)
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(gold) == 54
    for record in gold:
        assert got[record["question_id"]] == record["text"], f"Q{record['question_id']}"


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (8, "www.laoservicesportal.gov.la, http://lsp.moic.gov.la/"),
        (40, "Law on data protection, http://www.laoofficialgazette.gov.la/index.php?r=site/listlegistioncp"
             "&agencies_id=9&old=0"),
        (52, "The Data Government measures are defined as some provisions in Decree on Digital Government "
             "Administration and Services, http://www.laoofficialgazette.gov.la/index.php?r=site/listlegistioncp"
             "&agencies_id=9&old=0"),
        (68, "Provinces have enacted 5 years (2021-2025) provincial socio-economic development plan by reference to "
             "Digital Economy Strategy (It's enacted in Lao Version only) https://drive.google.com/file/d/"
             "1Z-CDuNz3PAmTw9obt3xHg0VqlmuJXW4R/view?usp=drivesdk (It's enacted in Lao Version only)"),
        (85, "Yes, it's a provision under the digital economic strategy master plan but there is no the guideline "
             "and detail for implementation yet (https://mtc.gov.la/index.php?r=site/contents&id=29)"),
        (116, "The government is open for all citizens including women, and vulnerable groups to share their opinion "
              "on social-economic development plan issues. This is one of the activities that organized by the Lao "
              "women Union together with International organization https://laowomenunion.org.la/"
              "%e0%ba%81%e0%ba%ad%e0%ba%87%e0%ba%9b%e0%ba%b0%e0%ba%8a%e0%ba%b8%e0%ba%a1%e0%ba%9b%e0%ba%b6%e0%ba%81"
              "%e0%ba%aa%e0%ba%b2%e0%ba%ab%e0%ba%b2%e0%ba%a5%e0%ba%b7%e0%ba%81%e0%bb%88%e0%ba%bd%e0%ba%a7%e0%ba%81"
              "-4/"),
        (123, "Currently, we are cooperating with UNDP for Lao digital transformation including establishing the "
              "e-Government master plan, e-Government standard framework, and some of the eService systems, and "
              "also we are promoting and installing the e-Service system to all ministries and bringing them to be "
              "the same platform. UNDESA cooperation on baseline study on digital data governance framework. ITU "
              "cooperation introduction to Govstack"),
        (125, "We're starting to draft the specific master plan for Digital Government Transformation and deploying "
              "the new online services for business and citizen"),
        (119, "No."),
        (113, "Many ministries use social media platforms for publishing news and information such as "
              "https://moic.gov.la, https://laocert"),
    ],
)
def test_named_lao_answers(lao, number, text):
    assert answers_by_question(lao)[number] == text


def test_lao_has_all_126_questions_with_kinds_and_empty_answers(lao):
    assert list(lao.columns[: len(ANSWER_FIELDS)]) == list(ANSWER_FIELDS)
    assert list(lao["question_id"]) == list(range(1, 127))
    got = answers_by_question(lao)
    assert {n for n, a in got.items() if a is None} == EMPTY_IN_LAO | {
        n for n, k in zip(lao["question_id"], lao["kind"]) if k == "choice"
    }
    kinds = dict(zip(lao["question_id"], lao["kind"]))
    assert {n for n, k in kinds.items() if k == "contact"} == CONTACTS
    assert sum(k == "choice" for k in kinds.values()) == 45
    assert got[5] == "respondent@example.org" and got[15] == "Dr. Anonymised OFFICIAL"
    assert set(lao["country"]) == {"Lao PDR"} and set(lao["source"]) == {"lao-pdr-2024.txt"}
    row40 = lao[lao["question_id"] == 40].iloc[0]
    assert (row40["section"], row40["justifies"]) == ("C", 39)
    assert row40["question"].endswith("data privacy and/or protection? If yes, please provide link and detail.")


def test_submission_id_is_stable_and_names_the_country(lao, tmp_path):
    (sid,) = set(lao["submission_id"])
    assert sid.startswith("lao-pdr-")
    copy = tmp_path / LAO.name
    copy.write_bytes(LAO.read_bytes())
    assert set(read_submissions([copy]).answers["submission_id"]) == {sid}
    other = tmp_path / "another-name.txt"
    other.write_bytes(LAO.read_bytes())
    assert set(read_submissions([other]).answers["submission_id"]) != {sid}


@pytest.mark.parametrize("answer_width", [110, 175, 300])
@pytest.mark.parametrize("answers", [FRENCH, SPANISH], ids=["fr", "es"])
def test_prints_at_other_widths_in_french_and_spanish(tmp_path, answers, answer_width):
    path = tmp_path / "print.txt"
    path.write_text("\n".join(print_lines(answers, answer_width)), encoding="utf-8")
    result = read_submissions([path])
    assert result.errors == [] and result.warnings == []
    got = answers_by_question(result.answers)
    for number in range(1, 127):  # choice questions: the text typed for "Other", else nothing
        expected = expected_answer(answers[number]) if number in answers else None
        assert got[number] == expected, f"Q{number} at width {answer_width}"
    assert set(result.answers["country"]) == {answers[1]}


@pytest.mark.parametrize("answers", [FRENCH, SPANISH], ids=["fr", "es"])
def test_prints_with_the_number_in_front_of_the_title(tmp_path, answers):
    path = tmp_path / "print.txt"
    path.write_text("\n".join(print_lines(answers, 200, number_first=True)), encoding="utf-8")
    got = answers_by_question(read_submissions([path]).answers)
    assert got == {n: expected_answer(answers[n]) if n in answers else None for n in range(1, 127)}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_text_in_other_encodings_is_read_the_same(tmp_path, encoding):
    text = "\n".join(print_lines(FRENCH, 200))
    path = tmp_path / f"print-{encoding}.txt"
    path.write_bytes(text.encode(encoding))  # Python's utf-16 codec writes a BOM
    got = answers_by_question(read_submissions([path]).answers)
    assert got[1] == "Bénin"
    assert got[52] == FRENCH[52]


def test_windows_line_endings_and_pdftotext_page_feeds(tmp_path):
    pages = LAO.read_text(encoding="utf-8").split("\n Yes\n")
    text = "\n3/14/24, 10:52 AM Microsoft Forms\f Yes\n".join(pages).replace("\n", "\r\n")
    path = tmp_path / "lao-crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    got = answers_by_question(read_submissions([path]).answers)
    gold = {json.loads(line)["question_id"]: json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines()}
    assert all(got[n] == text for n, text in gold.items())


def test_text_converted_with_the_browser_header_and_footer_of_each_page(tmp_path):
    lines = LAO.read_text(encoding="utf-8").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith(" ") and line[1:2].strip()]
    pages = [lines[a:b] for a, b in zip([0] + starts, starts + [len(lines)])]
    text = "\n".join(
        "\n".join(["3/14/24, 10:52 AM", "Microsoft Forms", *page, f"https://forms.office.com/r/Xy12 {n}/{len(pages)}"])
        for n, page in enumerate(pages, start=1)
    )
    path = tmp_path / "lao-with-headers.txt"
    path.write_text(text, encoding="utf-8")
    got = answers_by_question(read_submissions([path]).answers)
    gold = {json.loads(line)["question_id"]: json.loads(line)["text"] for line in GOLD.read_text("utf-8").splitlines()}
    assert all(got[n] == text for n, text in gold.items())
    assert not any("Microsoft Forms" in (a or "") for a in got.values())


def test_utf8_text_with_stray_windows_1252_bytes_and_utf16_without_bom(tmp_path):
    text = "\n".join(print_lines(FRENCH, 200))
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(text.encode("utf-8").replace("Rien à ajouter.".encode("utf-8"), "Rien à ajouter.".encode("cp1252")))
    no_bom = tmp_path / "no-bom.txt"
    no_bom.write_bytes(text.encode("utf-16-le"))
    for path in (mixed, no_bom):
        got = answers_by_question(read_submissions([path]).answers)
        assert (got[1], got[125], got[52]) == ("Bénin", "Rien à ajouter.", FRENCH[52]), path.name
