"""`msq-classifier evaluate DATA... --model DIR`: agreement of a model with hand codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from classifier.cli import app
from classifier.read import report_errors
from classifier.train.data import load_examples


@app.command()
def evaluate(
    data: list[Path] = typer.Argument(..., help="Hand-coded examples: JSONL (codebook schema), CSV or XLSX; folders are walked."),
    model_dir: Path = typer.Option(None, "--model", help="Model directory (default: models/default)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON instead of a table."),
) -> None:
    """Per-label precision/recall/F1, macro-F1, Cohen's kappa, Krippendorff's alpha, confusion matrix,
    calibration, entity scores per label and language accuracy against the hand codes."""
    from classifier.model import load_model  # spaCy and scikit-learn load only when needed
    from classifier.train.evaluation import evaluate_model, format_report

    try:
        model = load_model(model_dir)
    except (FileNotFoundError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        raise typer.Exit(2) from None
    examples, errors = load_examples(data)
    report_errors(errors)
    if examples.empty:
        print("error: no examples found; give JSONL/CSV/XLSX files with 'text' and 'status' columns", file=sys.stderr)
        raise typer.Exit(1)
    report = evaluate_model(examples, model)
    typer.echo(json.dumps(report, indent=2, ensure_ascii=False) if as_json else format_report(report))
    if errors:
        raise typer.Exit(1)
