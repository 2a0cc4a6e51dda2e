"""`msq-classifier compare`: outputs, options, and one line per bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from classifier.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def run(*args: str):
    return CliRunner().invoke(app, ["compare", *map(str, args)])


def test_console_script_writes_workbook_figures_with_decisions_and_baseline(tmp_path, current_path, baseline_path,
                                                                            review_db):
    out = tmp_path / "out" / "compare.xlsx"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "msq-classifier"), "compare", str(current_path), "-o", str(out),
         "--db", str(review_db), "--baseline", str(baseline_path), "--figures", str(tmp_path / "figs")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "8 countries" in result.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    assert {"Matrix", "Regressions", "Unreviewed"} <= set(wb.sheetnames)
    assert sorted(p.name for p in (tmp_path / "figs").iterdir()) == sorted(
        f"{n}.{s}" for n in ("status-heatmap", "status-by-question", "partners", "changes") for s in ("png", "svg"))
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_matrix_as_a_flat_table_one_row_per_country(tmp_path, current_path, suffix):
    out = tmp_path / f"matrix{suffix}"
    result = run(current_path, "-o", out, "--questions", "37-58", "--countries", "Ghana,Lao PDR,Viet Nam")
    assert result.exit_code == 0, result.stderr
    table = pd.read_csv(out) if suffix == ".csv" else pd.read_json(out, lines=True)
    assert list(table["country"]) == ["Ghana", "Lao PDR", "Viet Nam"]
    assert "Q40 law.data_protection" in table.columns and "source: Q40 law.data_protection" in table.columns
    assert set(table["source: Q40 law.data_protection"].dropna()) == {"model"}
    assert all(c.startswith(("country", "source: Q", "Q")) for c in table.columns)


def test_sections_option(tmp_path, current_path):
    out = tmp_path / "report.html"
    result = run(current_path, "-o", out, "--sections", "C,G")
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Q40 law.data_protection" in html and "Q123 cooperation.united_nations" in html
    assert "Q85 strategy.ai" not in html


def test_a_bad_file_is_one_line_and_the_rest_is_still_compared(tmp_path, current_path):
    out = tmp_path / "matrix.csv"
    result = run(FIXTURES / "lao-pdr-2024.txt", current_path, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(str(FIXTURES / "lao-pdr-2024.txt"))
    assert "Traceback" not in result.stderr
    assert len(pd.read_csv(out)) == 8


@pytest.mark.parametrize("args, says", [
    (["-o", "{tmp}/m.txt"], "output must end in"),
    (["-o", "{tmp}/m.csv", "--questions", "5-x"], "--questions"),
    (["-o", "{tmp}/m.csv", "--countries", "Atlantis"], "Atlantis"),
    (["-o", "{tmp}/m.csv", "--sections", "Z"], "no questions in section Z"),
    (["-o", "{tmp}/m.csv", "--questions", "1-6"], "no status-coded question"),
    (["-o", "{tmp}/m.csv", "--db", "{tmp}/missing.sqlite"], "missing.sqlite: no such review store"),
    (["-o", "{tmp}/m.csv", "--db", "{junk}"], "cannot be read as a review store"),
    (["-o", "{tmp}/m.csv", "--baseline", "{tmp}/none.jsonl"], "none.jsonl"),
])
def test_bad_options_and_stores_fail_with_one_line_and_write_nothing(tmp_path, current_path, args, says):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    args = [a.format(tmp=tmp_path, junk=junk) for a in args]
    result = run(current_path, *args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert not (tmp_path / "m.csv").exists() and not (tmp_path / "m.txt").exists()
    assert not (tmp_path / "missing.sqlite").exists()  # a wrong --db path is not created


def test_a_table_that_is_not_annotated(tmp_path):
    out = tmp_path / "m.xlsx"
    result = run(FIXTURES / "msforms-export-sample.xlsx", "-o", out)
    assert result.exit_code == 1 and "run `msq-classifier annotate`" in result.stderr
    assert not out.exists()
