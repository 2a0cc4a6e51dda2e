"""Stage 5, compare: country-by-question matrices, tables, figures and reports.

`matrix` builds the comparison, `rounds` what changed between two survey rounds,
`workbook`, `figures` and `report` present it; `comparison` ties them together.
The names below are imported lazily, so that loading the CLI does not load matplotlib.
"""

from importlib import import_module
from typing import Any

OUTPUT_SUFFIXES = (".xlsx", ".html", ".csv", ".jsonl", ".parquet")  # what `compare -o` can write

_EXPORTS = {
    "Comparison": "comparison", "build_comparison": "comparison", "read_decisions": "comparison",
    "write_comparison": "comparison", "CountryMatrix": "matrix", "Selection": "matrix", "build_matrix": "matrix",
    "load_annotations": "matrix",
}
__all__ = ["OUTPUT_SUFFIXES", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f"classifier.compare.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'classifier.compare' has no attribute '{name}'")
