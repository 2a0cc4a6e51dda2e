"""Table I/O: every format round-trips, and a failed write leaves nothing behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from classifier.tables import atomic_path, read_table, write_table

ROWS = pd.DataFrame({
    "submission_id": ["lao-1", "lao-1"],
    "question_id": [40, 85],
    "answer": ["Law on data protection, http://example.org/law", "Yes, it's a provision under the master plan"],
    "entities": [[{"start": 0, "end": 22, "label": "LAW", "text": "Law on data protection", "canonical": None}], []],
    "status_scores": [{"enacted": 0.9, "planned": 0.1}, {"enacted": 0.2, "planned": 0.8}],
})


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx", ".parquet"])
def test_every_format_round_trips_nested_columns(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"answers{suffix}"
    write_table(ROWS, path)
    back = read_table(path)
    assert list(back["answer"]) == list(ROWS["answer"])
    assert list(back["entities"]) == list(ROWS["entities"])
    assert list(back["status_scores"]) == list(ROWS["status_scores"])


def test_written_tables_get_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    write_table(ROWS, path)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_path(path) as tmp:
            tmp.write_text("half a tab", encoding="utf-8")
            raise RuntimeError("crash while writing")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.csv"]
