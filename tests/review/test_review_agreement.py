"""Agreement between two analysts: Krippendorff's alpha, confusion, on the page and the command line."""

import re

import pytest
from typer.testing import CliRunner

from classifier.cli import app
from classifier.review.agreement import compute_agreement
from classifier.review.server import create_app
from classifier.review.store import add_decision

CODES = {  # question: (Ana, Bo)
    7: ("enacted", "enacted"),
    8: ("enacted", "planned"),
    9: ("planned", "planned"),
    10: ("enacted", "enacted"),
}


@pytest.fixture
def coded(db_path):
    for question, (ana, bo) in CODES.items():
        add_decision(db_path, "lao-pdr-2024", question, analyst="Ana", status=ana)
        add_decision(db_path, "lao-pdr-2024", question, analyst="Bo", status=bo)
    add_decision(db_path, "lao-pdr-2024", 40, analyst="Ana", status="enacted")  # single-coded: not counted
    return db_path


def test_alpha_and_confusion(coded):
    result = compute_agreement(coded)
    # By hand: 8 values (enacted 5, planned 3), one disagreeing pair: alpha = 1 - (2/8) / (30/56).
    assert result.answers == 4 and result.analysts == ["Ana", "Bo"]
    assert result.alpha == pytest.approx(1 - (2 / 8) / (30 / 56))
    assert result.observed == pytest.approx(0.75)
    table = result.confusion[("Ana", "Bo")]
    assert table.loc["enacted", "enacted"] == 2 and table.loc["enacted", "planned"] == 1
    assert table.loc["planned", "planned"] == 1 and table.to_numpy().sum() == 4


def test_agreement_command_and_page(coded):
    result = CliRunner().invoke(app, ["review", "agreement", "--db", str(coded)])
    assert result.exit_code == 0
    assert "Krippendorff's alpha (nominal): 0.533" in result.stdout
    client = create_app(coded).test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/name").get_data(as_text=True)).group(1)
    client.post("/name", data={"analyst": "Ana", "csrf_token": token})
    page = client.get("/agreement").get_data(as_text=True)
    assert "0.533" in page and "Ana (rows) vs Bo (columns)" in page


def test_no_double_coding_yet(db_path):
    assert compute_agreement(db_path).alpha is None
