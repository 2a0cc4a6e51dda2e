"""Speed of the review store and page at the size of a full survey round.

    .venv/bin/python benchmarks/bench_review.py [--submissions 190] [--writers 4] [--decisions 200]

Answers: tests/fixtures/annotated-sample.jsonl copied into `--submissions` submissions (about
57 answers each, 10,800 at 190). Prints: time to load the batch into a new store and to load it
again (update); median time of the queue page, the queue filtered by country, and an answer page
(Flask test client, no network); decisions per second with `--writers` processes each adding
`--decisions` decisions at once, and whether every decision was kept.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.review.server import create_app  # noqa: E402
from classifier.review.store import all_decisions, connect, load_annotations  # noqa: E402
from classifier.tables import read_table  # noqa: E402

WRITER = """
import sys, time
from classifier.review.store import add_decision
db, analyst, start, count = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
labels = ["enacted", "planned", "provision_without_guidelines", "not_in_place", "no_information"]
time.sleep(max(0.0, start - time.time()))
began = time.time()
for i in range(count):
    add_decision(db, f"sub-{i % 50:03d}", 40, analyst=analyst, status=labels[i % 5], comment=str(i))
print(time.time() - began)
"""


def round_frame(submissions: int) -> pd.DataFrame:
    sample = read_table(ROOT / "tests/fixtures/annotated-sample.jsonl")
    copies = []
    for n in range(submissions):
        copy = sample.copy()
        copy["submission_id"] = f"sub-{n:03d}"
        copy["country"] = f"Country {n:03d}"
        copies.append(copy)
    return pd.concat(copies, ignore_index=True)


def median_ms(client, url: str, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        assert client.get(url).status_code == 200
        times.append(time.perf_counter() - began)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=190)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args()
    frame = round_frame(args.submissions)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "reviews.sqlite"
        began = time.perf_counter()
        load_annotations(db, frame)
        loaded = time.perf_counter() - began
        began = time.perf_counter()
        load_annotations(db, frame)
        reloaded = time.perf_counter() - began
        conn = connect(db)
        total = conn.execute("SELECT COUNT(*) FROM answers WHERE kind = 'text'").fetchone()[0]
        some_id = conn.execute("SELECT id FROM answers WHERE question_id = 40 LIMIT 1").fetchone()[0]
        conn.close()
        print(f"answers to review: {total:,} ({len(frame):,} rows in {args.submissions} submissions)")
        print(f"load into a new store: {loaded:.2f} s; load the same batch again: {reloaded:.2f} s")

        start = time.time() + 3
        writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"analyst{n}", str(start),
                                     str(args.decisions)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
                   for n in range(args.writers)]
        spent = [float(w.communicate()[0]) for w in writers]
        kept = len(all_decisions(db))
        expected = args.writers * args.decisions
        print(f"{args.writers} writers x {args.decisions} decisions at once: {expected / max(spent):.0f} decisions/s "
              f"overall; {kept} of {expected} kept")

        client = create_app(db).test_client()
        page = client.get("/name").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        client.post("/name", data={"analyst": "bench", "csrf_token": token})
        print(f"queue page (first 50 of {total:,}): {median_ms(client, '/'):.0f} ms")
        print(f"queue filtered by country and unreviewed: {median_ms(client, '/?country=Country+007&state=unreviewed'):.0f} ms")
        print(f"answer page: {median_ms(client, f'/answer/{some_id}'):.0f} ms")


if __name__ == "__main__":
    main()
