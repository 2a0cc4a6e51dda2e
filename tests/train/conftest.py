"""A small model trained once per session on a few countries of the shared hand-coded data."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from classifier import DATA_DIR
from classifier.train.data import load_examples

# Countries whose answers make up the small training set: en, fr, es, every status label.
SMALL_COUNTRIES = ("Lao PDR", "Ghana", "Tunisia", "Ecuador", "Bolivia", "Jamaica")


@pytest.fixture(scope="session")
def all_examples() -> pd.DataFrame:
    examples, errors = load_examples([DATA_DIR / "training"])
    assert not errors
    return examples


@pytest.fixture(scope="session")
def small_examples(all_examples: pd.DataFrame) -> pd.DataFrame:
    return all_examples[all_examples["country"].isin(SMALL_COUNTRIES)].reset_index(drop=True)


@pytest.fixture(scope="session")
def small_data_file(small_examples: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "small.jsonl"
    small_examples.drop(columns=["source"]).to_json(path, orient="records", lines=True, force_ascii=False)
    return path


@pytest.fixture(scope="session")
def small_model_dir(small_data_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Trained through the real command line, as an analyst would."""
    from typer.testing import CliRunner

    from classifier.cli import app

    out = tmp_path_factory.mktemp("models") / "small"
    result = CliRunner().invoke(app, ["train", str(small_data_file), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out
