"""Build data/questionnaire-2024.json, the catalog of the 2024 MSQ (run once; the JSON is the source of truth).

Question titles come verbatim from the header row of the form's Excel export
(tests/fixtures/msforms-export-sample.xlsx, column 5 + n holds question n);
sections, printed headings, options, follow-up links and topic keys were read
off the real "View results" print (tests/fixtures/lao-pdr-2024.txt) and chosen
by hand. The script checks every title against that print before writing.

    .venv/bin/python data/build_catalog.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
WORKBOOK = ROOT / "tests" / "fixtures" / "msforms-export-sample.xlsx"
PRINT = ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt"
OUT = ROOT / "data" / "questionnaire-2024.json"

NBSP = "\u00a0"

# section letter -> (first question, heading exactly as printed)
SECTIONS = {
    "0": (1, "Respondent and contact information"),
    "A": (7, "A. Institutional / Organizational Framework"),
    "B": (33, f"B.{NBSP} Crisis/Emergency Response and Recovery [NEW]{NBSP} "),
    "C": (37, "C. Legal Framework"),
    "D": (59, "D. Strategy and Implementation"),
    "E": (100, "E. Digital Inclusion and E-Participation"),
    "F": (117, "F. Usage, User Satisfaction and Evaluation "),
    "G": (123, "G. Partnership and International Cooperation [NEW]"),
}

CHOICE = {6, 14, 19, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 60, 61, 63, 65, 67, 69, 71,
          73, 75, 77, 79, 81, 83, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 115, 117, 120, 126}
CONTACT = {2, 3, 4, 5, 15, 16, 17, 18}
NOT_STATUS_CODED_TEXT = {1, 13, *range(21, 33)}
OPTIONS = {
    6: [
        "I am authorized and fully knowledgeable to respond to this questionnaire.",
        "A group of government agencies responded to the questionnaire collectively.",
        "I am authorized but I did not have the full information to respond to this questionnaire",
        "I mostly provided my own opinion/assessment rather than official information.",
        "Other",
    ],
    33: ["Yes", "No", "Other"],
    60: ["Two-year", "Three-year", "Five-year", "Ten-year", "Other"],
    81: ["Yes", "Maybe"],
}
# Follow-up text question -> the choice question it justifies.
JUSTIFIES = {20: 19, 34: 33, 36: 35, 62: 61, 113: 112, 114: 112, 116: 115, 118: 117, 121: 120,
             **{n: n - 1 for n in range(38, 59, 2)}, **{n: n - 1 for n in range(64, 85, 2)},
             **{n: n - 1 for n in range(93, 112, 2)}}
# Lines printed between the previous answer and a question's title (headings, notes, stems), in print order;
# a choice question's options follow these (except Q49, whose note comes after the options).
PRINTED_BEFORE = {
    2: ["Contact information"],
    7: [SECTIONS["A"][1], "Note: E-government and digital government are used interchangeably in this Questionnaire."],
    15: ["Contact information of national Chief Information Officer (CIO) or equivalent"],
    21: ["Sectoral agencies/departments/ministries ",
         "Please provide names and URLs of the government agencies/departments/ministries at the national level "
         "in charge of the following"],
    33: [SECTIONS["B"][1]],
    37: [SECTIONS["C"][1]],
    59: [SECTIONS["D"][1]],
    60: ["Please provide information where relevant:"],
    100: [SECTIONS["E"][1],
          "Note: Vulnerable groups include women, older people, youth, people with disabilities, migrants, "
          "minorities and others"],
    117: [SECTIONS["F"][1]],
    123: [SECTIONS["G"][1]],
    125: ["THANK YOU"],
}
PRINTED_AFTER_OPTIONS = {49: ["Note: This is related to SDG Indicator 16.6.1"]}
# Printed after the last question.
PRINTED_AFTER = ["Thank you for taking time to complete this important questionnaire. We very much appreciate "
                 "your participation. "]
# Shared lead text that makes an item question stand alone (see Catalog.question_text).
STEMS = {
    **{n: "Please provide link(s) for portal(s) providing following services/features:" for n in range(8, 13)},
    **{n: "Please provide names and URLs of the government agencies/departments/ministries at the national level "
          "in charge of the following:" for n in range(21, 33)},
}

TOPICS = {
    1: "respondent.country", 2: "respondent.name", 3: "respondent.title", 4: "respondent.organization",
    5: "respondent.email", 6: "respondent.role",
    7: "portal.national", 8: "portal.e_services", 9: "portal.e_participation", 10: "portal.open_data",
    11: "portal.e_procurement", 12: "portal.other", 13: "institutions.egov_agency",
    14: "institutions.cio", 15: "institutions.cio_contact.name", 16: "institutions.cio_contact.title",
    17: "institutions.cio_contact.organization", 18: "institutions.cio_contact.email",
    19: "institutions.sectoral_cios.choice", 20: "institutions.sectoral_cios",
    21: "ministry.planning", 22: "ministry.education", 23: "ministry.health", 24: "ministry.social_welfare",
    25: "ministry.employment", 26: "ministry.environment", 27: "ministry.justice", 28: "ministry.finance",
    29: "ministry.trade", 30: "ministry.sdgs", 31: "ministry.climate_change", 32: "ministry.other",
    33: "crisis.strategy.choice", 34: "crisis.strategy", 35: "crisis.portal.choice", 36: "crisis.portal",
    37: "law.access_to_information.choice", 38: "law.access_to_information",
    39: "law.data_protection.choice", 40: "law.data_protection",
    41: "law.cybersecurity.choice", 42: "law.cybersecurity",
    43: "law.digital_identity.choice", 44: "law.digital_identity",
    45: "law.digital_signature.choice", 46: "law.digital_signature",
    47: "law.e_procurement.choice", 48: "law.e_procurement",
    49: "law.expenditure_publishing.choice", 50: "law.expenditure_publishing",
    51: "law.data_governance.choice", 52: "law.data_governance",
    53: "law.open_data.choice", 54: "law.open_data",
    55: "law.emerging_technologies.choice", 56: "law.emerging_technologies",
    57: "law.ai_ethics.choice", 58: "law.ai_ethics",
    59: "strategy.egov", 60: "strategy.egov_period",
    61: "strategy.budget.choice", 62: "strategy.budget",
    63: "strategy.development_plan_alignment.choice", 64: "strategy.development_plan_alignment",
    65: "strategy.sdg_alignment.choice", 66: "strategy.sdg_alignment",
    67: "strategy.subnational_alignment.choice", 68: "strategy.subnational_alignment",
    69: "strategy.e_participation.choice", 70: "strategy.e_participation",
    71: "strategy.data_governance.choice", 72: "strategy.data_governance",
    73: "strategy.digital_identity.choice", 74: "strategy.digital_identity",
    75: "strategy.digital_by_default.choice", 76: "strategy.digital_by_default",
    77: "strategy.once_only.choice", 78: "strategy.once_only",
    79: "strategy.life_cycle.choice", 80: "strategy.life_cycle",
    81: "strategy.inclusion_by_design.choice", 82: "strategy.inclusion_by_design",
    83: "strategy.digitalisation_target.choice", 84: "strategy.digitalisation_target",
    85: "strategy.ai", 86: "strategy.robotics", 87: "strategy.blockchain", 88: "strategy.5g",
    89: "strategy.iot", 90: "strategy.anticipatory_services", 91: "strategy.other_technologies",
    92: "strategy.international_alignment.choice", 93: "strategy.international_alignment",
    94: "strategy.foresight.choice", 95: "strategy.foresight",
    96: "strategy.sandboxes.choice", 97: "strategy.sandboxes",
    98: "strategy.monitoring.choice", 99: "strategy.monitoring",
    100: "inclusion.policy.choice", 101: "inclusion.policy",
    102: "participation.policy.choice", 103: "participation.policy",
    104: "inclusion.connectivity.choice", 105: "inclusion.connectivity",
    106: "inclusion.e_services.choice", 107: "inclusion.e_services",
    108: "participation.vulnerable_groups.choice", 109: "participation.vulnerable_groups",
    110: "inclusion.digital_skills.choice", 111: "inclusion.digital_skills",
    112: "participation.social_media.choice", 113: "participation.social_media",
    114: "participation.social_media_guidelines",
    115: "participation.voices_in_decisions.choice", 116: "participation.voices_in_decisions",
    117: "usage.statistics.choice", 118: "usage.statistics", 119: "usage.statistics_by_gender",
    120: "usage.satisfaction.choice", 121: "usage.satisfaction", 122: "usage.satisfaction_by_gender",
    123: "cooperation.united_nations", 124: "cooperation.other", 125: "other.information",
    126: "consent.publish",
}


def clean(text: str) -> str:
    """Readable text: `*`, `[NEW]`/`[NEW` dropped, whitespace (incl. no-break spaces) collapsed."""
    text = re.sub(r"\[NEW\]?", " ", text).replace("*", " ")
    return " ".join(text.split())


def key(text: str) -> str:
    """Whitespace-free comparison key (the reader uses the same rule)."""
    return "".join(clean(text).split()).casefold()


def section_of(number: int) -> str:
    return [s for s, (first, _) in SECTIONS.items() if first <= number][-1]


def own_text(number: int, title: str) -> tuple[str, str | None]:
    """The question's own text and, for item questions, the stem that precedes it."""
    if number == 8:
        title = title.split("\n", 1)[1]
    if 85 <= number <= 91:
        item = clean(title.split("\n\n", 1)[-1]).rstrip(":").strip()
        return item, None
    text = clean(title)
    if 8 <= number <= 12:
        text = text.removeprefix("- ").strip()
    return text, STEMS.get(number)


def build() -> list[dict]:
    sheet = openpyxl.load_workbook(WORKBOOK, read_only=True).worksheets[0]
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True))
    titles = {n: header[4 + n] for n in range(1, 127)}
    q85_stem = clean(titles[85].split("\n\n", 1)[0])
    questions = []
    for n in range(1, 127):
        section = section_of(n)
        text, stem = own_text(n, titles[n])
        if 85 <= n <= 91:
            stem = q85_stem
        kind = "contact" if n in CONTACT else "choice" if n in CHOICE else "text"
        options = OPTIONS.get(n, ["Yes", "No"]) if kind == "choice" else []
        printed = list(PRINTED_BEFORE.get(n, [])) + options + PRINTED_AFTER_OPTIONS.get(n, [])
        questions.append({
            "number": n,
            "section": section,
            "section_title": clean(SECTIONS[section][1]).split(". ", 1)[-1] if section != "0" else SECTIONS["0"][1],
            "text": text,
            "stem": stem,
            "title": titles[n],
            "kind": kind,
            "options": options,
            "printed_before": printed,
            "justifies": JUSTIFIES.get(n),
            "topic": TOPICS[n],
            "status_coded": kind == "text" and n not in NOT_STATUS_CODED_TEXT,
        })
    return questions


def check_against_print(questions: list[dict]) -> None:
    """Every title must occur in the real print, ending at its `N.` marker."""
    flat = key(PRINT.read_text(encoding="utf-8"))
    for q in questions:
        marker = key(q["title"]) + f"{q['number']}."
        assert marker in flat, f"Q{q['number']} title not found in {PRINT.name}"
        for line in q["printed_before"]:
            assert key(line) in flat, f"Q{q['number']}: printed line {line!r} not found"
    assert flat.endswith("".join(key(line) for line in PRINTED_AFTER)), "closing text not found"


def main() -> None:
    questions = build()
    check_against_print(questions)
    assert len({q["topic"] for q in questions}) == 126, "topic keys must be unique"
    catalog = {"year": 2024, "name": "UN DESA E-Government Survey 2024 Member States Questionnaire",
               "printed_after": PRINTED_AFTER, "questions": questions}
    OUT.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(questions)} questions")


if __name__ == "__main__":
    main()
