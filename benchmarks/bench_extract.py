"""Benchmark: extract 200 "View results" text submissions (target: under 10 seconds).

    .venv/bin/python benchmarks/bench_extract.py

Makes 200 text prints in a temporary folder (the real Lao print and made-up French and
Spanish prints at several widths), then times `read_submissions` plus writing the JSONL table.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "read"))

from msq_print import FRENCH, SPANISH, print_lines  # noqa: E402

from classifier.read import read_submissions  # noqa: E402
from classifier.tables import write_table  # noqa: E402

COUNT = 200


def make_inputs(folder: Path) -> None:
    lao = (ROOT / "tests" / "fixtures" / "lao-pdr-2024.txt").read_text(encoding="utf-8")
    variants = [lao] + ["\n".join(print_lines(a, w)) for a in (FRENCH, SPANISH) for w in (120, 180, 240, 300)]
    for i in range(COUNT):
        (folder / f"submission-{i:03d}.txt").write_text(variants[i % len(variants)], encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_inputs(folder)
        start = time.perf_counter()
        result = read_submissions([folder], quiet=True)
        write_table(result.answers, folder / "answers.jsonl")
        seconds = time.perf_counter() - start
    assert not result.errors, result.errors
    print(f"extract: {COUNT} text submissions, {len(result.answers)} answers in {seconds:.2f} s "
          f"({seconds / COUNT * 1000:.1f} ms each; target < 10 s)")


if __name__ == "__main__":
    main()
