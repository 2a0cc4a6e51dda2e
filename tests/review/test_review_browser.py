"""End to end in a real headless browser: the review page as an analyst uses it."""

import json

from classifier.review.store import all_decisions, latest_decisions

SELECT_TEXT = """([phrase]) => {
  const root = document.getElementById('answer-text');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(phrase);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}"""


def page_data(page):
    return json.loads(page.locator("#answer-data").text_content())


def wait_for_answer_change(page, old_id):
    page.wait_for_function(
        "id => JSON.parse(document.getElementById('answer-data').textContent).id !== id", arg=old_id)


def test_accept_correct_edit_reload_and_change(browser, server, db_path, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    assert "/name" in page.url  # the analyst gives a name once
    page.fill("#analyst", "Ana")
    page.click("button[type=submit]")
    assert page.locator("#analyst-name").text_content() == "Ana"

    # The queue starts with the least confident suggestion.
    confidences = [float(c) for c in page.locator("table.queue tbody td:nth-child(5)").all_text_contents() if c]
    assert confidences == sorted(confidences)
    page.click("#start")
    first = page_data(page)
    suggested = first["suggested_status"]

    # Accept with one key.
    page.keyboard.press("Enter")
    wait_for_answer_change(page, first["id"])
    second = page_data(page)
    assert second["id"] != first["id"]

    # Edit entities: remove one, add one from a text selection, relabel one; comment; decide with 4.
    before = page.locator("#entity-list tr").count()
    assert before >= 1 and second["entities"], "the second answer in the queue has suggested entities"
    removed = page.locator("#entity-list tr").first.locator("td").first.text_content()
    page.locator("#entity-list tr").first.get_by_role("button", name="remove").click()
    phrase = second["text"].split()[0].strip(",.()")
    if phrase == removed or not phrase:
        phrase = removed
    assert page.evaluate(SELECT_TEXT, [phrase])
    page.click("button.ent-btn[data-label=POLICY]")
    page.locator("#entity-list select").first.select_option("LAW")
    page.keyboard.press("c")
    page.keyboard.type("Only a draft is described.")
    page.keyboard.press("Escape")
    page.keyboard.press("4")
    wait_for_answer_change(page, second["id"])

    # Reload both pages: the decisions are kept and shown.
    page.goto(f"{server}/answer/{first['id']}")
    page.reload()
    assert "Your decision" in page.locator("#save-status").text_content()
    assert (suggested or "no status") in page.locator("#save-status").text_content()
    assert "Ana" in page.locator("#history").text_content()
    page.goto(f"{server}/answer/{second['id']}")
    page.reload()
    assert page.locator(".status-btn.chosen").get_attribute("data-status") == "not_in_place"
    assert page.locator("#comment").input_value() == "Only a draft is described."
    rows = page.locator("#entity-list tr").all_text_contents()
    assert any(row.startswith(phrase) for row in rows)
    labels = [s.input_value() for s in page.locator("#entity-list select").all()]
    assert labels[0] == "LAW"

    latest = latest_decisions(db_path).set_index("question_id")
    corrected_q = int(latest.index[latest["status"] == "not_in_place"][0])
    decided = latest.loc[corrected_q]
    assert decided["analyst"] == "Ana" and decided["comment"] == "Only a draft is described."
    spans = decided["entities"]
    assert [s["text"] for s in spans if s["label"] in ("POLICY", "LAW")]
    assert all(second["text"][s["start"]:s["end"]] == s["text"] for s in spans)
    assert len(latest) == 2

    # Go back (p) from the next answer and change the decision: a new record, the old one stays.
    page.goto(f"{server}/answer/{second['id']}")
    page.keyboard.press("n")
    page.wait_for_url(lambda url: f"/answer/{second['id']}" not in url)
    page.keyboard.press("p")
    page.wait_for_url(f"**/answer/{second['id']}")
    page.keyboard.press("2")
    wait_for_answer_change(page, second["id"])
    history = all_decisions(db_path)
    mine = history[history["question_id"] == corrected_q]
    assert list(mine["status"]) == ["not_in_place", "planned"]
    assert mine.iloc[1]["entities"] == mine.iloc[0]["entities"]  # the edited spans carried over
    page.screenshot(path=str(tmp_path / "answer-page.png"), full_page=True)
    assert dialogs == []


def test_script_and_html_in_answers_stay_inert(browser, server, db_path, answer_id):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/name")
    page.fill("#analyst", "Ana")
    page.click("button[type=submit]")
    page.goto(server + "/?country=Testland")
    assert 'onerror="alert(2)"' in page.locator("table.queue").text_content()
    page.goto(f"{server}/answer/{answer_id('testland-2024', 40)}")
    text = page.locator("#answer-text").text_content()
    assert "<script>alert(1)</script>" in text and "<b>Data Law</b>" in text
    assert page.locator("#answer-text script, #answer-text b, main img").count() == 0
    assert page.locator("#answer-text mark[data-label=LAW]").text_content() == "<b>Data Law</b>"
    page.goto(f"{server}/answer/{answer_id('testland-2024', 42)}")
    assert '<img src=x onerror="alert(2)">' in page.locator("#answer-text").text_content()
    assert page.locator("img").count() == 0
    page.wait_for_timeout(200)
    assert dialogs == []


def test_two_analysts_in_separate_browsers(browser, server, db_path, answer_id):
    target = answer_id("lao-pdr-2024", 85)
    pages = []
    for name in ("Ana", "Bo"):
        context = browser.new_context()  # separate cookies: a separate analyst
        page = context.new_page()
        page.goto(f"{server}/answer/{target}")
        page.fill("#analyst", name)
        page.click("button[type=submit]")
        page.wait_for_selector("#answer-text")
        pages.append(page)
    pages[0].keyboard.press("3")
    pages[1].keyboard.press("1")
    for page in pages:
        page.wait_for_url(lambda url: f"/answer/{target}" not in url)
    history = all_decisions(db_path)
    assert sorted(zip(history["analyst"], history["status"])) == [("Ana", "provision_without_guidelines"),
                                                                   ("Bo", "enacted")]
    pages[1].goto(f"{server}/agreement")
    assert "Ana (rows) vs Bo (columns)" in pages[1].locator("main").text_content()
