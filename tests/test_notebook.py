"""notebooks/comparative-coding.ipynb runs top to bottom on the bundled samples (real kernel, real model)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "comparative-coding.ipynb"


def test_comparative_coding_notebook_runs(tmp_path):
    assert (ROOT / "models" / "default" / "model.json").exists(), (
        "the notebook needs the shipped model: `msq-classifier train data/training -o models/default`")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # kernel "python3": jupyter_client starts it with this interpreter (the .venv's)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute(env={**os.environ, "TMPDIR": str(tmp_path)})  # the notebook's outputs land in tmp_path
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "4 countries x" in text and "1 cell(s) decided by an analyst" in text
    assert "report.html" in text and "compare.xlsx" in text
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3
    written = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert {"annotated.jsonl", "reviews.sqlite", "compare.xlsx", "report.html", "status-heatmap.svg"} <= written
