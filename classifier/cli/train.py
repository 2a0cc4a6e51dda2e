"""`msq-classifier train DATA... -o DIR`: train a model directory from hand-coded examples."""

from __future__ import annotations

from pathlib import Path

import typer

from classifier.cli import app
from classifier.read import report_errors
from classifier.train.data import load_examples


@app.command()
def train(
    data: list[Path] = typer.Argument(..., help="Hand-coded examples: JSONL (codebook schema), CSV or XLSX; folders are walked."),
    out: Path = typer.Option(..., "-o", "--out", help="Model directory to write (replaced when training succeeds)."),
    seed: int = typer.Option(0, "--seed", help="Random seed: same data and seed give the same model."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines."),
) -> None:
    """Train the status classifier and the entity recogniser; held-out metrics are grouped by country."""
    from classifier.train.training import train_model  # spaCy and scikit-learn load only when needed

    examples, errors = load_examples(data)
    report_errors(errors)
    if examples.empty:
        typer.echo("train: no examples found; give JSONL/CSV/XLSX files with 'text' and 'status' columns", err=True)
        raise typer.Exit(1)
    try:
        train_model(examples, out, seed=seed, quiet=quiet)
    except ValueError as error:
        typer.echo(f"train: {error}", err=True)
        raise typer.Exit(1) from None
    if errors:
        raise typer.Exit(1)
