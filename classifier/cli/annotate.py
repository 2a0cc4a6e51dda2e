"""`msq-classifier annotate`: submissions or answer tables -> answers with language, entities and status."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from classifier.cli import app
from classifier.cli.output import check_output, write_output
from classifier.read import read_submissions, report_errors
from classifier.read.redact import redact_contacts
from classifier.review.spreadsheet import write_review_workbook


@app.command()
def annotate(
    paths: list[Path] = typer.Argument(..., help="Submission files, answer tables or folders (walked), as for `extract`."),
    out: str = typer.Option(..., "--out", "-o", help="Output table: .jsonl, .csv, .xlsx (review workbook) or .parquet; '-' for JSONL on stdout."),
    model_dir: Path = typer.Option(None, "--model", help="Model directory (default: models/default)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0,
                             help="Processes to spread the batch over; 0: one per CPU core from 2,000 distinct answers on."),
    redact: bool = typer.Option(False, "--redact", help="Replace contact answers (names, titles, e-mails) with placeholders."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no notes; errors are still shown."),
) -> None:
    """Add language, entities, implementation status, needs_review and model version to every answer."""
    from classifier.annotate.pipeline import annotate_frame  # spaCy and scikit-learn load only when needed
    from classifier.model import load_model

    check_output(out)
    try:
        model = load_model(model_dir)
    except (FileNotFoundError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        raise typer.Exit(2) from None
    result = read_submissions(paths, quiet=quiet)
    answers = redact_contacts(result.answers) if redact else result.answers
    annotated = annotate_frame(answers, model, jobs=jobs)
    write_output(annotated, out, xlsx_writer=write_review_workbook)
    if not quiet:
        for note in result.warnings:
            print(f"note: {note}", file=sys.stderr)
        if out != "-":
            coded = annotated["status"].notna().sum() if len(annotated) else 0
            review = int(annotated["needs_review"].sum()) if len(annotated) else 0
            print(f"wrote {len(annotated)} answers to {out} (model {model.version}): "
                  f"{coded} with a status, {review} flagged for review", file=sys.stderr)
    report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)
