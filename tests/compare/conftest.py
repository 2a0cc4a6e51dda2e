"""Shared fixtures of the compare tests: annotated answers of two rounds (tests/fixtures) and a real review store."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from classifier.compare import load_annotations
from classifier.review import store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CURRENT = FIXTURES / "compare-annotated-2024.jsonl"  # 8 countries, 2024, in the shape `annotate` writes
BASELINE = FIXTURES / "compare-annotated-2022.jsonl"  # the same countries in an earlier round


@pytest.fixture(scope="session")
def current_path() -> Path:
    return CURRENT


@pytest.fixture(scope="session")
def baseline_path() -> Path:
    return BASELINE


@pytest.fixture(scope="session")
def current() -> pd.DataFrame:
    frame, errors = load_annotations([CURRENT])
    assert not errors
    return frame


@pytest.fixture(scope="session")
def baseline() -> pd.DataFrame:
    frame, errors = load_annotations([BASELINE])
    assert not errors
    return frame


@pytest.fixture()
def review_db(tmp_path: Path, current: pd.DataFrame) -> Path:
    """A review store holding the 2024 answers and two analyst decisions:
    Ghana Q42 set to not_in_place, and Lao PDR Q123 with World Bank as the only partner."""
    db = tmp_path / "reviews.sqlite"
    store.load_annotations(db, pd.read_json(CURRENT, lines=True, dtype=False))
    store.add_decision(db, "ghana-2024", 42, analyst="ana", status="not_in_place", comment="checked")
    text = current[(current["submission_id"] == "lao-pdr-2024") & (current["question_id"] == 123)]["answer"].iloc[0]
    span = {"start": 0, "end": 5, "label": "PARTNER", "canonical": "World Bank"}
    store.add_decision(db, "lao-pdr-2024", 123, analyst="ben", status="enacted", entities=[span])
    assert text  # the decision's span sits on the real answer text
    return db
