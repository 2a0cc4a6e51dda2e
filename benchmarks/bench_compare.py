"""Benchmark: `msq-classifier compare` on 200 annotated submissions (target: under 10 seconds).

Builds 200 submissions of all 126 questions in the shape `annotate` writes, from the
hand-coded answers in data/training (each question's answers are drawn for every
submission), then times the command for the workbook, the HTML report and the CSV matrix.
Prints seconds per output.

    .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.catalog import load_catalog  # noqa: E402
from classifier.labels import STATUS_LABELS  # noqa: E402

SUBMISSIONS = 200


def training_answers() -> dict[int, list[dict]]:
    """Hand-coded answers by question number."""
    by_question: dict[int, list[dict]] = {}
    for path in sorted((ROOT / "data" / "training").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            by_question.setdefault(record["question_id"], []).append(record)
    return by_question


def synthetic_annotations(path: Path, submissions: int = SUBMISSIONS, seed: int = 0) -> None:
    """Write `submissions` annotated submissions (all questions of the catalog) as JSONL."""
    rng = random.Random(seed)
    catalog = load_catalog()
    answers = training_answers()
    countries = sorted({r["country"] for rs in answers.values() for r in rs})
    names = countries + [f"Country {i:03d}" for i in range(submissions - len(countries))]
    with path.open("w", encoding="utf-8") as out:
        for s, country in enumerate(names[:submissions]):
            for number, question in catalog.questions.items():
                pool = answers.get(number) if question.status_coded else None
                record = rng.choice(pool) if pool else None
                status = record["status"] if record else None
                confidence = round(rng.uniform(0.3, 1.0), 3) if status else None
                out.write(json.dumps({
                    "submission_id": f"bench-{s:03d}", "source": f"bench-{s:03d}.txt", "country": country,
                    "question_id": number, "section": question.section, "section_title": question.section_title,
                    "question": catalog.question_text(number), "kind": question.kind,
                    "answer": record["text"] if record else None, "choice": None, "justifies": question.justifies,
                    "lang": record["lang"] if record else "und", "lang_confidence": 0.9,
                    "entities": record["entities"] if record else [], "status": status,
                    "status_confidence": confidence,
                    "status_scores": {label: (confidence if label == status else 0.0) for label in STATUS_LABELS}
                    if status else None,
                    "needs_review": bool(confidence is not None and confidence < 0.6),
                    "model_version": "bench",
                }, ensure_ascii=False) + "\n")


def timed(command: list[str]) -> tuple[float, float]:
    """Run `command`; return its wall-clock seconds and CPU seconds (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time grows with it)")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "annotated.jsonl"
        synthetic_annotations(data)
        command = [str(ROOT / ".venv" / "bin" / "msq-classifier"), "compare", str(data)]
        runs = {out: ["-o", str(Path(folder) / out)] for out in ("matrix.csv", "compare.xlsx", "report.html")}
        runs["compare.xlsx + --figures"] = ["-o", str(Path(folder) / "all.xlsx"), "--figures", str(Path(folder) / "f")]
        for name, options in runs.items():
            wall, cpu = timed([*command, *options])
            print(f"compare {SUBMISSIONS} submissions -> {name}: {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
