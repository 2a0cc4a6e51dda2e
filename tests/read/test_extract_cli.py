"""`msq-classifier extract` end to end: the real Typer app in-process, and once as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier.cli import app
from classifier.records import ANSWER_FIELDS
from classifier.tables import read_table

ROOT = Path(__file__).resolve().parents[2]
LAO = ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt"
SAMPLE = ROOT / "tests" / "fixtures" / "msforms-export-sample.xlsx"


def extract(*args: str):
    """Run the command in-process; the result has exit_code, stdout and stderr."""
    return CliRunner().invoke(app, ["extract", *args])


def extract_in_subprocess(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "classifier", "extract", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture()
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "2024").mkdir(parents=True)
    shutil.copy(LAO, folder / "lao-pdr-2024.txt")
    shutil.copy(SAMPLE, folder / "2024" / "export.xlsx")
    (folder / "2024" / "readme.md").write_text("not a submission", encoding="utf-8")
    return folder


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx", ".parquet"])
def test_folder_is_walked_and_written_in_the_format_of_the_extension(tmp_path, inbox, suffix):
    out = tmp_path / f"answers{suffix}"
    done = extract(str(inbox), "-o", str(out), "--quiet")
    assert done.exit_code == 0, done.output
    assert done.stderr == ""
    table = read_table(out)
    assert list(table.columns) == list(ANSWER_FIELDS)
    assert len(table) == 4 * 126
    lao = table[table["country"] == "Lao PDR"].set_index(table[table["country"] == "Lao PDR"]["question_id"].astype(int))
    assert lao.loc[40, "answer"].startswith("Law on data protection, http://www.laoofficialgazette.gov.la/")
    assert not list(tmp_path.glob(".answers*"))  # no temporary file left behind


def test_stdout_jsonl_and_redaction():
    done = extract(str(LAO), "-o", "-", "--redact", "--quiet")
    assert done.exit_code == 0
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 126
    by_number = {row["question_id"]: row for row in rows}
    assert by_number[2]["answer"] == "[redacted name]" and by_number[5]["answer"] == "[redacted email]"
    assert by_number[18]["answer"] == "[redacted email]" and by_number[16]["answer"] == "[redacted title]"
    assert "example.org" not in done.stdout and "Anonymised" not in done.stdout
    assert by_number[1]["answer"] == "Lao PDR" and by_number[36]["answer"] is None
    assert by_number[40]["justifies"] == 39 and by_number[1]["justifies"] is None


def test_bad_files_give_one_line_each_exit_1_and_the_rest_is_written(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    out = tmp_path / "answers.csv"
    done = extract_in_subprocess(str(empty), str(LAO), str(fake), "-o", str(out), "--quiet")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in done.stderr
    assert str(empty) in lines[0] and str(fake) in lines[1]
    assert len(pd.read_csv(out)) == 126


def test_unknown_output_format_is_refused_before_reading(tmp_path):
    done = extract(str(LAO), "-o", str(tmp_path / "answers.txt"))
    assert done.exit_code == 2 and "must end in" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "answers.txt").exists()


def test_progress_bar_for_many_files_and_not_with_quiet(tmp_path):
    for i in range(6):
        shutil.copy(LAO, tmp_path / f"copy-{i}.txt")
    loud = extract(str(tmp_path), "-o", str(tmp_path / "a.jsonl"))
    assert "6/6" in loud.stderr and "wrote 756 answers from 6 submissions" in loud.stderr
    quiet = extract(str(tmp_path), "-o", str(tmp_path / "b.jsonl"), "--quiet")
    assert quiet.stderr == ""
