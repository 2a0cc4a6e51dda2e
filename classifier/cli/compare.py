"""`msq-classifier compare`: country-by-question tables, figures and an HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from classifier.cli import app
from classifier.compare import OUTPUT_SUFFIXES
from classifier.compare.matrix import Selection, load_annotations, parse_question_ranges, split_list
from classifier.errors import InputError


def _fail(message: str | None = None) -> None:
    if message:
        typer.echo(message, err=True)
    raise typer.Exit(1)


@app.command()
def compare(
    inputs: list[Path] = typer.Argument(..., help="Annotated answers (any output of `annotate`)."),
    output: Path = typer.Option(..., "-o", "--output",
                                help="OUT: .xlsx workbook, .html report, or the matrix as .csv / .jsonl."),
    db: Optional[Path] = typer.Option(None, "--db", help="Review store: analysts' latest decisions win."),
    questions: Optional[str] = typer.Option(None, "--questions", help="Question numbers, e.g. 37-58,85."),
    countries: Optional[str] = typer.Option(None, "--countries", help="Comma-separated country names."),
    sections: Optional[str] = typer.Option(None, "--sections", help="Comma-separated sections, e.g. C,D."),
    figures: Optional[Path] = typer.Option(None, "--figures", help="Folder for the figures (PNG and SVG)."),
    baseline: Optional[list[Path]] = typer.Option(None, "--baseline",
                                                  help="Annotations of the earlier round (repeatable)."),
) -> None:
    """Compare countries: a matrix of statuses per question, partners, laws, figures, changes between rounds."""
    from classifier.compare.comparison import build_comparison, read_decisions, write_comparison  # matplotlib: slow

    if output.suffix.lower() not in OUTPUT_SUFFIXES:
        _fail(f"{output}: output must end in one of {', '.join(OUTPUT_SUFFIXES)}")
    try:
        selection = Selection(questions=parse_question_ranges(questions) if questions else None,
                              countries=split_list(countries), sections=split_list(sections))
    except ValueError as error:
        _fail(str(error))
    current, errors = load_annotations(inputs)
    before, baseline_errors = load_annotations(baseline) if baseline else (None, [])
    errors += baseline_errors
    decisions = None
    if db is not None:
        try:
            decisions = read_decisions(db)
        except InputError as error:
            errors.append(error)
    for error in errors:
        typer.echo(str(error), err=True)
    if current.empty and not errors:
        _fail(f"{', '.join(str(p) for p in inputs)}: no annotated answers to compare")
    if current.empty or (baseline and (before is None or before.empty)) or (db is not None and decisions is None):
        _fail()  # nothing to compare: the lines above say which file to fix
    try:
        comparison = build_comparison(current, baseline=before, decisions=decisions, selection=selection,
                                      inputs=[str(p) for p in inputs] + [f"{p} (baseline)" for p in baseline or []])
        written = write_comparison(comparison, output, figures)
    except ValueError as error:
        _fail(str(error))
    for note in comparison.notes:
        typer.echo(f"note: {note}", err=True)
    matrix = comparison.matrix
    typer.echo(f"{len(matrix.countries)} countries x {len(matrix.questions)} questions -> "
               f"{', '.join(str(p) for p in written)}", err=True)
    if errors:
        raise typer.Exit(1)
