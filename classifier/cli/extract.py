"""`msq-classifier extract`: submissions (text, PDF, Excel, answer tables) -> one answers table."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from classifier.cli import app
from classifier.cli.output import check_output, write_output
from classifier.read import read_submissions, report_errors
from classifier.read.redact import redact_contacts


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Submission files or folders (walked): .txt, .pdf, .xlsx, .csv, .jsonl."),
    out: str = typer.Option(..., "--out", "-o", help="Output table: .jsonl, .csv, .xlsx or .parquet; '-' for JSONL on stdout."),
    redact: bool = typer.Option(False, "--redact", help="Replace contact answers (names, titles, e-mails) with placeholders."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no notes; errors are still shown."),
) -> None:
    """Read MSQ submissions and write one row per question per submission."""
    check_output(out)
    result = read_submissions(paths, quiet=quiet)
    answers = redact_contacts(result.answers) if redact else result.answers
    write_output(answers, out)
    if not quiet:
        for note in result.warnings:
            print(f"note: {note}", file=sys.stderr)
        if out != "-":
            submissions = answers["submission_id"].nunique() if len(answers) else 0
            print(f"wrote {len(answers)} answers from {submissions} submissions to {out}", file=sys.stderr)
    report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)
