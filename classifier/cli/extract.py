"""`msq-classifier extract`: submissions (text, PDF, Excel, answer tables) -> one answers table."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from classifier.cli import app
from classifier.read import read_submissions, report_errors
from classifier.read.redact import redact_contacts
from classifier.tables import TABLE_SUFFIXES, write_table


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Submission files or folders (walked): .txt, .pdf, .xlsx, .csv, .jsonl."),
    out: str = typer.Option(..., "--out", "-o", help="Output table: .jsonl, .csv, .xlsx or .parquet; '-' for JSONL on stdout."),
    redact: bool = typer.Option(False, "--redact", help="Replace contact answers (names, titles, e-mails) with placeholders."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no notes; errors are still shown."),
) -> None:
    """Read MSQ submissions and write one row per question per submission."""
    if out != "-" and Path(out).suffix.lower() not in TABLE_SUFFIXES:
        print(f"error: {out}: output must end in {', '.join(TABLE_SUFFIXES)}, or be '-' for stdout", file=sys.stderr)
        raise typer.Exit(2)
    result = read_submissions(paths, quiet=quiet)
    answers = redact_contacts(result.answers) if redact else result.answers
    try:
        write_table(answers, out)
    except BrokenPipeError:  # stdout closed early (e.g. piped into `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    except OSError as error:
        print(f"error: {out}: cannot write the table ({error.strerror or error})", file=sys.stderr)
        raise typer.Exit(1) from None
    except Exception as error:  # never a traceback: one line, and the output file is left as it was
        print(f"error: {out}: cannot write the table ({type(error).__name__}: {error})", file=sys.stderr)
        raise typer.Exit(1) from None
    if not quiet:
        for note in result.warnings:
            print(f"note: {note}", file=sys.stderr)
        if out != "-":
            submissions = answers["submission_id"].nunique() if len(answers) else 0
            print(f"wrote {len(answers)} answers from {submissions} submissions to {out}", file=sys.stderr)
    report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)
