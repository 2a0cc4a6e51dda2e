"""The `msq-classifier` command line: a thin Typer layer over plain typed functions.

One module per command registers itself on `app`; the work is done in the
stage packages (`classifier.read`, `classifier.annotate`, ...), which tests and
notebooks call directly.
"""

import typer

app = typer.Typer(
    name="msq-classifier",
    help="Turn Member States Questionnaire submissions into coded, comparable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module adds its command(s) to `app` on import.
from classifier.cli import extract, annotate, train, evaluate, review, compare  # noqa: E402,F401


def main() -> None:
    """Entry point of the console script."""
    app()
