"""One comparison end to end: annotations (+ decisions, + an earlier round) -> matrix -> output files."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from classifier.compare import OUTPUT_SUFFIXES
from classifier.compare.figures import write_figures
from classifier.compare.matrix import CountryMatrix, Selection, build_matrix, spreadsheet_decisions, to_rows
from classifier.compare.report import write_report
from classifier.compare.rounds import Rounds, catalog_note, compare_rounds, round_name, split_rounds
from classifier.compare.workbook import write_workbook
from classifier.errors import InputError
from classifier.review.store import latest_decisions
from classifier.tables import write_table


@dataclass
class Comparison:
    """A built comparison: the matrix of the current round and, with two rounds, what changed."""

    matrix: CountryMatrix
    changes: pd.DataFrame | None = None
    rounds: tuple[str, str] | None = None
    inputs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things the analyst should know about how it was built


def read_decisions(db_path: str | Path) -> pd.DataFrame:
    """The latest analyst decision per answer from a review store; InputError if it is not one."""
    path = Path(db_path)
    if not path.is_file():
        raise InputError(path, "no such review store; give the --db file that `msq-classifier review` wrote")
    try:
        return latest_decisions(path)
    except (sqlite3.Error, ValueError) as error:
        raise InputError(path, f"cannot be read as a review store ({error})") from None


def build_comparison(current: pd.DataFrame, *, baseline: pd.DataFrame | None = None,
                     decisions: pd.DataFrame | None = None, selection: Selection | None = None,
                     inputs: list[str] | None = None) -> Comparison:
    """Compare countries in `current`; with `baseline` (or a `round`/`year` column holding two rounds)
    also say what changed since the earlier round.

    Raises ValueError for a selection that matches nothing (e.g. an unknown country).
    """
    rounds = _rounds(current, baseline)
    matrix = build_matrix(rounds.current if rounds else current, decisions=decisions, selection=selection)
    notes = _spreadsheet_note(current if baseline is None else pd.concat([baseline, current]))
    if rounds is None:
        return Comparison(matrix, inputs=list(inputs or []), notes=notes)
    changes = compare_rounds(rounds, decisions)
    changes = changes[changes["country"].isin(matrix.countries)
                      & changes["topic"].isin(set(matrix.questions["topic"]))].reset_index(drop=True)
    notes += [n for n in map(catalog_note, (rounds.baseline_name, rounds.current_name)) if n]
    return Comparison(matrix, changes, (rounds.baseline_name, rounds.current_name), list(inputs or []), notes)


def _spreadsheet_note(frame: pd.DataFrame) -> list[str]:
    count = len(spreadsheet_decisions(frame))
    if not count:
        return []
    return [f"{count} answer(s) take the reviewed_status filled in a review workbook; "
            "`msq-classifier review import` keeps them in the review store for good"]


def _rounds(current: pd.DataFrame, baseline: pd.DataFrame | None) -> Rounds | None:
    if baseline is None:
        return split_rounds(current)
    before, after = round_name(baseline, "baseline"), round_name(current, "current")
    if before == after:
        before, after = f"{before} (baseline)", f"{after} (current)"
    return Rounds(baseline, current, before, after)


def write_comparison(comparison: Comparison, out: str | Path, figures: str | Path | None = None) -> list[Path]:
    """Write OUT in the format its extension names (and the figures into a folder); returns the paths."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise ValueError(f"{out}: output must end in one of {', '.join(OUTPUT_SUFFIXES)}")
    options = {"changes": comparison.changes, "rounds": comparison.rounds}
    about = {"inputs": comparison.inputs, "notes": comparison.notes}
    if suffix == ".xlsx":
        write_workbook(comparison.matrix, out, **about, **options)
    elif suffix == ".html":
        write_report(comparison.matrix, out, **about, **options)
    else:
        write_table(to_rows(comparison.matrix), out)
    written = [out]
    if figures is not None:
        written += write_figures(comparison.matrix, figures, **options)
    return written
