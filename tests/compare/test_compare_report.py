"""The HTML report: one self-contained file, untrusted text escaped, opened in a real browser."""

from __future__ import annotations

import re

import pytest

from classifier.compare import build_comparison, read_decisions, write_comparison


def test_report_is_self_contained_and_escapes_answer_text(tmp_path, current):
    hostile = current.copy()
    row = (hostile["country"] == "Ghana") & (hostile["question_id"] == 40)
    hostile.loc[row, "answer"] = '<script>alert("x")</script> <img src=x onerror=alert(1)>'
    hostile.loc[row, "status_confidence"] = 0.01  # first in the unreviewed list
    hostile.loc[hostile["country"] == "Tunisia", "country"] = "Tunisia <b>&</b>"
    path = tmp_path / "report.html"
    write_comparison(build_comparison(hostile), path)
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "Tunisia &lt;b&gt;&amp;&lt;/b&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)  # nothing fetched from outside
    assert "<link" not in html
    assert html.count('src="data:image/png;base64,') == 3


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        yield launched
        launched.close()


def test_report_opens_offline_in_a_browser(tmp_path, current, baseline, review_db, browser):
    comparison = build_comparison(current, baseline=baseline, decisions=read_decisions(review_db))
    path = tmp_path / "report.html"
    write_comparison(comparison, path)
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    assert all(u.startswith(("file:", "data:")) for u in requests)
    widths = page.evaluate("Array.from(document.images).map(i => i.naturalWidth)")
    assert len(widths) == 4 and min(widths) > 100  # every figure decoded, the changes one included
    rows = page.evaluate("document.querySelectorAll('table.matrix tbody tr').length")
    assert rows == len(comparison.matrix.countries) == 8
    analyst = page.evaluate("Array.from(document.querySelectorAll('td.analyst')).map(td => td.textContent)")
    assert sorted(analyst) == ["E*", "NIP*"]
    headings = page.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent)")
    assert any(h.startswith("Changes from 2022 to 2024") for h in headings)
    assert any(h.startswith("Unreviewed cells") for h in headings)
    page.close()
