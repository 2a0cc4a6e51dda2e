// MSQ review page: keyboard shortcuts, entity editing and saving decisions.
// Answer text is untrusted: it only ever reaches the page through textContent / text nodes.
(function () {
  "use strict";

  const dataElement = document.getElementById("answer-data");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    if (event.key === "?") { location.assign("/shortcuts"); event.preventDefault(); }
    else if (event.key === "q") { location.assign(dataElement ? JSON.parse(dataElement.textContent).queue_url : "/"); }
  });

  if (!dataElement) return;  // the other pages only need the shortcuts above

  const data = JSON.parse(dataElement.textContent);
  const chars = Array.from(data.text);  // offsets are in code points, as in Python
  let entities = data.entities.map(copySpan);
  let selected = -1;
  let dirty = false;
  let leaveWarned = false;
  let saving = false;
  const answerElement = document.getElementById("answer-text");
  const listElement = document.getElementById("entity-list");
  const commentElement = document.getElementById("comment");
  const statusElement = document.getElementById("save-status");

  function copySpan(span) {
    return { start: span.start, end: span.end, label: span.label, canonical: span.canonical || null };
  }

  function slice(start, end) { return chars.slice(start, end).join(""); }

  function isTyping(target) {
    return target && target.closest && target.closest("textarea, input, select") !== null;
  }

  function say(message, kind) {
    statusElement.textContent = message;
    statusElement.className = "save-status" + (kind ? " " + kind : "");
  }

  // --- drawing ---------------------------------------------------------------------------------

  function render() {
    entities.sort(function (a, b) { return a.start - b.start; });
    answerElement.replaceChildren();
    let cursor = 0;
    entities.forEach(function (span, index) {
      if (span.start > cursor) answerElement.appendChild(document.createTextNode(slice(cursor, span.start)));
      const mark = document.createElement("mark");
      mark.className = "ent ent-" + span.label + (index === selected ? " selected" : "");
      mark.dataset.label = span.label;
      mark.textContent = slice(span.start, span.end);
      mark.addEventListener("click", function () {
        if (!window.getSelection().isCollapsed) return;  // a text selection, not a click
        selected = index === selected ? -1 : index;
        render();
      });
      answerElement.appendChild(mark);
      cursor = span.end;
    });
    if (cursor < chars.length) answerElement.appendChild(document.createTextNode(slice(cursor, chars.length)));
    renderList();
  }

  function renderList() {
    listElement.replaceChildren();
    if (entities.length === 0) {
      const row = listElement.insertRow();
      const cell = row.insertCell();
      cell.colSpan = 3;
      cell.className = "muted";
      cell.textContent = "No entities. Select text in the answer and pick a label to add one.";
      return;
    }
    entities.forEach(function (span, index) {
      const row = listElement.insertRow();
      if (index === selected) row.className = "selected";
      row.insertCell().textContent = slice(span.start, span.end);
      const select = document.createElement("select");
      select.setAttribute("aria-label", "label");
      data.entity_labels.forEach(function (label) {
        const option = document.createElement("option");
        option.value = label;
        option.textContent = label;
        option.selected = label === span.label;
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        span.label = select.value;
        if (span.label !== "PARTNER") span.canonical = null;
        changed();
      });
      row.insertCell().appendChild(select);
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove";
      remove.title = "remove this entity";
      remove.textContent = "remove";
      remove.addEventListener("click", function () { removeEntity(index); });
      row.insertCell().appendChild(remove);
    });
  }

  function changed() {
    dirty = true;
    leaveWarned = false;
    render();
    say("Entities changed: press Enter (accept) or 1-5 to save them with a decision.");
  }

  // --- editing ---------------------------------------------------------------------------------

  function codePointOffset(node, offset) {
    const range = document.createRange();
    range.selectNodeContents(answerElement);
    range.setEnd(node, offset);
    return Array.from(range.toString()).length;
  }

  function addFromSelection(label) {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) { say("Select some text in the answer first.", "error"); return; }
    const range = selection.getRangeAt(0);
    if (!answerElement.contains(range.startContainer) || !answerElement.contains(range.endContainer)) {
      say("Select text inside the answer.", "error");
      return;
    }
    let start = codePointOffset(range.startContainer, range.startOffset);
    let end = codePointOffset(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(chars[start])) start++;
    while (end > start && /\s/.test(chars[end - 1])) end--;
    if (start >= end) return;
    entities = entities.filter(function (span) { return span.end <= start || span.start >= end; });
    entities.push({ start: start, end: end, label: label, canonical: null });
    selection.removeAllRanges();
    selected = -1;
    changed();
  }

  function removeEntity(index) {
    entities.splice(index, 1);
    selected = -1;
    changed();
  }

  document.querySelectorAll(".ent-btn").forEach(function (button) {
    button.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep the selection
    button.addEventListener("click", function () { addFromSelection(button.dataset.label); });
  });

  // --- deciding --------------------------------------------------------------------------------

  async function save(status) {
    if (saving) return;
    saving = true;
    say("Saving…");
    const body = { answer_id: data.id, status: status, entities: entities.map(copySpan),
                   comment: commentElement.value, text_sha: data.text_sha };
    try {
      const response = await fetch("/api/decision", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify(body),
      });
      const result = await response.json().catch(function () { return {}; });
      if (!response.ok) {
        say(result.error || "Not saved (HTTP " + response.status + "): reload the page and try again.", "error");
        saving = false;
        return;
      }
      dirty = false;
      say("Saved: " + (result.status || "no status") + ".", "ok");
      location.assign(data.next_url || location.href);
    } catch (error) {
      say("Not saved: the review server did not answer. Is it still running?", "error");
      saving = false;
    }
  }

  function go(url) {
    if (!url) { say("No more answers in this direction of the queue."); return; }
    if (dirty && !leaveWarned) {
      leaveWarned = true;
      say("Unsaved entity changes: press the key again to leave without saving.", "error");
      return;
    }
    location.assign(url);
  }

  document.getElementById("accept").addEventListener("click", function () { save(data.suggested_status); });
  document.querySelectorAll(".status-btn").forEach(function (button) {
    button.addEventListener("click", function () { save(button.dataset.status); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (event.key === "Enter" && event.target.closest && event.target.closest("button, a")) return;  // it acts itself
    const number = "12345".indexOf(event.key);
    if (event.key === "Enter" || event.key === "a") save(data.suggested_status);
    else if (number >= 0) save(data.status_labels[number]);
    else if (event.key === "n") go(data.next_url);
    else if (event.key === "p") go(data.prev_url);
    else if (event.key === "c") commentElement.focus();
    else if ((event.key === "x" || event.key === "Delete" || event.key === "Backspace") && selected >= 0) removeEntity(selected);
    else return;
    event.preventDefault();
  });

  render();
})();
