"""What the table-writing commands (`extract`, `annotate`) share: checking and writing `-o OUT`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
import typer

from classifier.tables import TABLE_SUFFIXES, XlsxWriter, write_table


def check_output(out: str) -> None:
    """Refuse an output name whose format is unknown, before any work is done."""
    if out != "-" and Path(out).suffix.lower() not in TABLE_SUFFIXES:
        print(f"error: {out}: output must end in {', '.join(TABLE_SUFFIXES)}, or be '-' for stdout", file=sys.stderr)
        raise typer.Exit(2)


def write_output(frame: pd.DataFrame, out: str, xlsx_writer: XlsxWriter | None = None) -> None:
    """Write the table; any failure is one line on stderr (never a traceback) and exit status 1."""
    try:
        write_table(frame, out, xlsx_writer=xlsx_writer)
    except BrokenPipeError:  # stdout closed early (e.g. piped into `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    except OSError as error:
        print(f"error: {out}: cannot write the table ({error.strerror or error})", file=sys.stderr)
        raise typer.Exit(1) from None
    except Exception as error:  # one line, and the output file is left as it was
        print(f"error: {out}: cannot write the table ({type(error).__name__}: {error})", file=sys.stderr)
        raise typer.Exit(1) from None
