"""The review app over a real store, through Flask's test client: safety, queue order, filters."""

import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from classifier.review.server import create_app
from classifier.review.store import all_decisions, connect


@pytest.fixture
def client(db_path):
    app = create_app(db_path)
    client = app.test_client()
    page = client.get("/name")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    assert client.post("/name", data={"analyst": "Ana", "csrf_token": token}).status_code == 302
    client.token = token
    return client


def test_name_is_asked_first(db_path):
    response = create_app(db_path).test_client().get("/")
    assert response.status_code == 302 and "/name" in response.headers["Location"]


def test_state_changes_need_the_csrf_token(client, db_path, answer_id):
    body = {"answer_id": answer_id("lao-pdr-2024", 40), "status": "enacted", "entities": []}
    assert client.post("/api/decision", json=body).status_code == 400
    assert client.post("/api/decision", json=body, headers={"X-CSRF-Token": "forged"}).status_code == 400
    assert client.post("/name", data={"analyst": "Mallory"}).status_code == 400
    assert all_decisions(db_path).empty
    ok = client.post("/api/decision", json=body, headers={"X-CSRF-Token": client.token})
    assert ok.status_code == 200 and ok.get_json()["analyst"] == "Ana"
    assert len(all_decisions(db_path)) == 1


def test_decision_on_a_changed_text_is_refused(client, db_path, answer_id):
    body = {"answer_id": answer_id("lao-pdr-2024", 40), "status": "enacted", "text_sha": "0" * 16}
    response = client.post("/api/decision", json=body, headers={"X-CSRF-Token": client.token})
    assert response.status_code == 409 and "reload" in response.get_json()["error"]


def test_foreign_host_names_are_refused(client):
    assert client.get("/", headers={"Host": "attacker.example:8765"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_answer_text_is_escaped_and_no_external_resources(client, db_path, answer_id):
    page = client.get(f"/answer/{answer_id('testland-2024', 40)}")
    html = page.get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<b>Data Law" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.findall(r'(?:src|href)="(https?:)?//', html) == []
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    data = re.search(r'<script type="application/json" id="answer-data">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data)["text"].startswith("Our <b>Data Law</b>")


def test_queue_order_filters_and_progress(client, db_path, answer_id):
    html = client.get("/").get_data(as_text=True)
    confidences = [float(c) for c in re.findall(r"<td>(0\.\d\d)</td>", html)]
    assert len(confidences) >= 20 and confidences == sorted(confidences)
    testland = client.get("/?country=Testland").get_data(as_text=True)
    assert "2 answers in this selection" in testland
    assert "Q39" not in testland  # choice answers are context, not queue items
    planned = client.get("/?status=planned&state=unreviewed").get_data(as_text=True)
    assert re.findall(r'class="status status-(\w+)"', planned.split("<tbody>")[1].split("</tbody>")[0]) \
        == ["planned"] * int(re.search(r"(\d+) answers in this selection", planned).group(1))
    body = {"answer_id": answer_id("testland-2024", 42), "status": "planned"}
    client.post("/api/decision", json=body, headers={"X-CSRF-Token": client.token})
    assert "1 of 56 reviewed" in client.get("/").get_data(as_text=True)
    assert "1 answers in this selection" in client.get("/?country=Testland&state=unreviewed").get_data(as_text=True)
    assert "1 answers in this selection" in client.get("/?state=mine").get_data(as_text=True)
    assert "0 answers in this selection" in client.get("/?state=others").get_data(as_text=True)


def test_answer_page_shows_related_answers_and_shortcuts_page(client, db_path, answer_id):
    html = client.get(f"/answer/{answer_id('testland-2024', 40)}").get_data(as_text=True)
    related = html.split("related answers")[1]
    assert "Q39" in related and "Yes" in related  # the choice this answer justifies
    shortcuts = client.get("/shortcuts").get_data(as_text=True)
    for key in ("Enter or a", "1 - 5", "n / p", "provision_without_guidelines"):
        assert key in shortcuts


def test_review_command_loads_and_serves_on_loopback(tmp_path):
    """`msq-classifier review ANNOTATIONS --db DB --port 0` (the default `serve` sub-command)."""
    annotations = Path(__file__).resolve().parents[1] / "fixtures" / "annotated-sample.jsonl"
    db = tmp_path / "reviews.sqlite"
    command = [sys.executable, "-m", "classifier", "review", str(annotations), "--db", str(db), "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        page = urllib.request.urlopen(url + "name", timeout=10).read().decode("utf-8")
        assert "Who is reviewing?" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "57 answers added" in server.stderr.read()
    conn = connect(db)
    assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 57
    conn.close()


def test_api_refusals_are_json(db_path, client, answer_id):
    body = {"answer_id": answer_id("lao-pdr-2024", 40), "status": "enacted"}
    forged = client.post("/api/decision", json=body, headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 400 and "CSRF" in forged.get_json()["error"]
    anonymous = create_app(db_path).test_client()
    assert anonymous.post("/api/decision", json=body).status_code == 400  # no session, no token
    bad = client.post("/api/decision", json=dict(body, status="adopted"), headers={"X-CSRF-Token": client.token})
    assert bad.status_code == 400 and "unknown status" in bad.get_json()["error"]
