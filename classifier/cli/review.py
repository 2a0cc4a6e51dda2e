"""`msq-classifier review`: analyst review of the model's suggestions.

    msq-classifier review ANNOTATIONS... --db reviews.sqlite [--host H] [--port N]   (= `review serve`)
    msq-classifier review agreement --db reviews.sqlite
    msq-classifier review import FILE.xlsx --db reviews.sqlite --analyst NAME
    msq-classifier review export --db reviews.sqlite -o corrections.jsonl

`review` is a command group whose default command is `serve`: when the first argument is not the
name of a sub-command, `serve` is put in front of the arguments.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from classifier.cli import app
from classifier.errors import InputError


class DefaultServeGroup(TyperGroup):
    """A group that runs `serve` when its first argument is not a sub-command (e.g. a file)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["serve", *args]
        return super().parse_args(ctx, args)


review_app = typer.Typer(
    cls=DefaultServeGroup,
    no_args_is_help=True,
    help="Review the model's suggestions: `review ANNOTATIONS --db reviews.sqlite` serves the review page "
    "(same as `review serve`); see also `review agreement`, `review import` and `review export`.",
)
app.add_typer(review_app, name="review")

DbOption = Annotated[Path, typer.Option("--db", help="The review store (SQLite); created if missing.")]


def _fail(message: str) -> None:
    print(message, file=sys.stderr)
    raise typer.Exit(1)


def _load(files: list[Path], db: Path) -> bool:
    """Load annotated tables into the store; False if any file could not be read."""
    from classifier.review.spreadsheet import REVIEW_COLUMNS
    from classifier.review.store import load_annotations
    from classifier.tables import read_table

    ok = True
    for path in files:
        try:
            frame = read_table(path)
        except InputError as error:
            print(error, file=sys.stderr)
            ok = False
            continue
        if "question_id" not in frame.columns or "submission_id" not in frame.columns:
            print(InputError(path, "has no submission_id/question_id columns; is it an output of "
                             "`msq-classifier annotate`?"), file=sys.stderr)
            ok = False
            continue
        filled = int(frame["reviewed_status"].notna().sum()) if "reviewed_status" in frame.columns else 0
        if filled:
            print(f"{path}: {filled} rows have a reviewed_status; take them in as decisions with "
                  f"`msq-classifier review import {path} --db {db} --analyst NAME`", file=sys.stderr)
        report = load_annotations(db, frame.drop(columns=list(REVIEW_COLUMNS), errors="ignore"))
        print(f"{path}: {report.added} answers added, {report.updated} updated "
              f"(earlier decisions kept), {report.skipped_contact} contact answers not stored"
              + (f", {report.skipped_no_question} rows without submission_id/question_id skipped"
                 if report.skipped_no_question else ""), file=sys.stderr)
    return ok


@review_app.command("serve")
def serve(
    annotations: Annotated[list[Path] | None, typer.Argument(
        help="Annotated tables (outputs of `annotate`) to load first; none: serve the store as it is.")] = None,
    db: DbOption = Path("reviews.sqlite"),
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the review page (0: any free port).")] = 8765,
) -> None:
    """Load annotated answers into the review store and serve the review page."""
    from classifier.review.server import serve as run_server

    ok = _load(list(annotations or []), db)
    if not ok and not db.exists():
        raise typer.Exit(1)
    run_server(db, host=host, port=port)
    if not ok:
        raise typer.Exit(1)


@review_app.command("load")
def load(annotations: Annotated[list[Path], typer.Argument(help="Annotated tables to load.")], db: DbOption) -> None:
    """Load annotated answers into the review store without serving the page."""
    if not _load(annotations, db):
        raise typer.Exit(1)


@review_app.command("agreement")
def agreement(db: DbOption) -> None:
    """Agreement between analysts (Krippendorff's alpha, per-label confusion)."""
    from classifier.review.agreement import compute_agreement, format_agreement

    if not db.exists():
        _fail(f"{db}: no such review store")
    print(format_agreement(compute_agreement(db)))


@review_app.command("import")
def import_workbook(
    workbook: Annotated[Path, typer.Argument(help="A workbook written by `annotate -o FILE.xlsx`, filled in.")],
    db: DbOption,
    analyst: Annotated[str, typer.Option(help="Who decided (used for rows with an empty `reviewer`).")],
) -> None:
    """Take the `reviewed_status` decisions of a filled-in workbook into the review store."""
    from classifier.review.spreadsheet import import_review_workbook, report_import

    if not analyst.strip():
        _fail("--analyst must not be empty: decisions record who made them")
    try:
        report = import_review_workbook(workbook, db, analyst)
    except InputError as error:
        _fail(str(error))
        return
    report_import(report)
    if report.problems:
        raise typer.Exit(1)


@review_app.command("export")
def export(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the corrections (.jsonl).")],
) -> None:
    """Write the latest decision per answer as training records (codebook schema), personal data left out."""
    from classifier.review.export import export_corrections

    if not db.exists():
        _fail(f"{db}: no such review store")
    if output.suffix.lower() != ".jsonl":
        _fail(f"{output}: corrections are written as JSON lines; use a name ending in .jsonl")
    count = export_corrections(db, output)
    print(f"wrote {count} corrections to {output}", file=sys.stderr)
