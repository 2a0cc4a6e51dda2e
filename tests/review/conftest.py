"""Shared fixtures for the review tests: a real store loaded from the annotated sample, a real
server on a free loopback port, and Debian's Chromium driven by Playwright."""

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from classifier.review.server import create_app
from classifier.review.store import connect, load_annotations
from classifier.tables import read_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ANNOTATED = FIXTURES / "annotated-sample.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def annotated():
    return read_table(ANNOTATED)


@pytest.fixture
def db_path(tmp_path, annotated):
    path = tmp_path / "reviews.sqlite"
    load_annotations(path, annotated)
    return path


@pytest.fixture
def answer_id(db_path):
    """The store's id of an answer, by submission and question."""
    def lookup(submission_id: str, question_id: int) -> int:
        conn = connect(db_path)
        try:
            return conn.execute("SELECT id FROM answers WHERE submission_id = ? AND question_id = ?",
                                (submission_id, question_id)).fetchone()[0]
        finally:
            conn.close()
    return lookup


@pytest.fixture
def server(db_path):
    """The review app served on a free port of 127.0.0.1; yields its base URL."""
    http = make_server("127.0.0.1", 0, create_app(db_path), threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()
    http.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is missing: run `bash scripts/install.sh test` (installs it with apt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
