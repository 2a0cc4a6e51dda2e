"""The local review page: a Flask app over the review store.

Pages: the queue (least confident suggestion first, with filters and progress), one page per
answer (question, answer with highlighted entities, suggestion with all label scores, decision
history, the country's answers to related questions), keyboard shortcuts, and analyst agreement.
Decisions are posted as JSON to /api/decision.

Safety: answer text is untrusted. Templates autoescape it; the page script only ever puts it into
the page with `textContent`. Every state-changing request carries the session's CSRF token
(header `X-CSRF-Token` or form field `csrf_token`). A strict Content-Security-Policy allows only
the app's own static files; nothing is loaded from the internet. On a loopback address the app
only answers to loopback host names (against DNS rebinding).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Flask, abort, current_app, g, jsonify, redirect, render_template, request, session, url_for
from werkzeug.serving import make_server

from classifier.labels import ENTITY_LABELS, STATUS_LABELS
from classifier.review import store
from classifier.review.agreement import compute_agreement

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
PAGE_SIZE = 50
FILTERS = ("country", "question", "section", "status", "lang", "state")
REVIEW_STATES = {
    "all": "all answers",
    "unreviewed": "not reviewed yet",
    "reviewed": "reviewed by anyone",
    "mine": "reviewed by me",
    "others": "reviewed by others, not by me",
}
SHORTCUTS = [
    ("Enter or a", "accept the suggested status (with the entities as shown) and go to the next answer"),
    ("1 - 5", "decide " + ", ".join(f"{i} {label}" for i, label in enumerate(STATUS_LABELS, start=1))
     + ", and go to the next answer"),
    ("n / p", "next / previous answer in the queue (without deciding)"),
    ("c", "write a comment (Esc leaves the comment box); the comment is saved with the decision"),
    ("select text, then a label button", "add an entity span (it replaces spans it overlaps)"),
    ("click an entity, then x or Delete", "remove it; relabel it with the drop-down in the entity list"),
    ("q", "back to the queue"),
    ("?", "this page"),
]
ORDER_KEY = "COALESCE(a.status_confidence, 2.0), a.submission_id, a.question_id"
# The latest decision per answer, as a sub-select to join on.
LATEST = ("(SELECT d.* FROM decisions d JOIN (SELECT MAX(id) AS id FROM decisions"
          " GROUP BY submission_id, question_id) m USING (id))")
REVIEWED = ("EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = a.submission_id"
            " AND d.question_id = a.question_id AND d.text = a.answer{analyst})")


def create_app(db_path: str | Path, *, host: str = "127.0.0.1") -> Flask:
    """The review app over the store at `db_path`."""
    app = Flask(__name__)
    conn = store.connect(db_path)
    app.secret_key = store.session_secret(conn)
    conn.close()
    app.config.update(
        # Cookies are shared by all ports of a host: one cookie name per store keeps two review pages apart.
        SESSION_COOKIE_NAME="msq_review_" + store.text_sha(app.secret_key)[:8],
        DB_PATH=str(db_path),
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        PERMANENT_SESSION_LIFETIME=timedelta(days=365),
        MAX_CONTENT_LENGTH=1_000_000,
    )
    if host in LOOPBACK_HOSTS:
        app.config["TRUSTED_HOSTS"] = ["127.0.0.1", "localhost", "::1"]
    app.jinja_env.globals.update(STATUS_LABELS=STATUS_LABELS, ENTITY_LABELS=ENTITY_LABELS,
                                 REVIEW_STATES=REVIEW_STATES)
    _register(app)
    return app


# --- request plumbing ------------------------------------------------------------------------


def db() -> sqlite3.Connection:
    """This request's connection to the store."""
    if "db" not in g:
        g.db = store.connect(current_app.config["DB_PATH"])
    return g.db


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _csrf_ok() -> bool:
    sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token", "")
    return bool(sent) and secrets.compare_digest(sent, session.get("csrf", ""))


def _refuse(message: str, code: int) -> Any:
    """A refusal as JSON for the page's script, as a plain error page otherwise."""
    if request.path.startswith("/api/"):
        return jsonify(error=message), code
    abort(code, message)


def _analyst() -> str | None:
    return session.get("analyst")


def _register(app: Flask) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token

    @app.before_request
    def guard() -> Any:
        if request.routing_exception is not None:  # unknown page or untrusted host: Flask answers
            return None
        if request.method not in ("GET", "HEAD", "OPTIONS") and not _csrf_ok():
            return _refuse("Missing or wrong CSRF token: reload the page and try again.", 400)
        if request.endpoint not in ("name", "static") and not _analyst():
            if request.path.startswith("/api/"):
                return _refuse("Give your name first: reload the page.", 401)
            return redirect(url_for("name", next=request.full_path))
        return None

    @app.teardown_appcontext
    def close_db(_: Any) -> None:
        conn = g.pop("db", None)
        if conn is not None:
            conn.close()

    @app.after_request
    def headers(response: Any) -> Any:
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
            " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.context_processor
    def common() -> dict[str, Any]:
        if not _analyst():
            return {"analyst": None}
        return {"analyst": _analyst(), "totals": progress(db())[0]}

    app.add_url_rule("/name", "name", name_page, methods=["GET", "POST"])
    app.add_url_rule("/", "queue", queue_page)
    app.add_url_rule("/next", "next_unreviewed", next_unreviewed)
    app.add_url_rule("/answer/<int:answer_id>", "answer", answer_page)
    app.add_url_rule("/api/decision", "decide", decide, methods=["POST"])
    app.add_url_rule("/shortcuts", "shortcuts", lambda: render_template("shortcuts.html", shortcuts=SHORTCUTS))
    app.add_url_rule("/agreement", "agreement", agreement_page)


# --- queries -----------------------------------------------------------------------------------


@dataclass
class Filters:
    """The queue filters from the query string."""

    values: dict[str, str]

    @classmethod
    def from_request(cls) -> "Filters":
        values = {k: request.args.get(k, "").strip() for k in FILTERS}
        if values["state"] not in REVIEW_STATES:
            values["state"] = "all"
        return cls(values)

    def query(self) -> str:
        """The filters as a query string (only the ones set), for links."""
        set_values = {k: v for k, v in self.values.items() if v and not (k == "state" and v == "all")}
        return urlencode(set_values)

    def where(self, analyst: str) -> tuple[str, list[Any]]:
        """SQL conditions on `answers a` and their parameters."""
        clauses, params = ["a.kind = 'text'"], []
        for key, column in (("country", "a.country"), ("section", "a.section"), ("lang", "a.lang")):
            if self.values[key]:
                clauses.append(f"{column} = ?")
                params.append(self.values[key])
        if self.values["question"].isdigit():
            clauses.append("a.question_id = ?")
            params.append(int(self.values["question"]))
        if self.values["status"] == "none":
            clauses.append("a.status IS NULL")
        elif self.values["status"]:
            clauses.append("a.status = ?")
            params.append(self.values["status"])
        state = self.values["state"]
        if state in ("unreviewed", "reviewed"):
            clauses.append(("NOT " if state == "unreviewed" else "") + REVIEWED.format(analyst=""))
        elif state in ("mine", "others"):
            clauses.append(("" if state == "mine" else "NOT ") + REVIEWED.format(analyst=" AND d.analyst = ?"))
            params.append(analyst)
            if state == "others":
                clauses.append(REVIEWED.format(analyst=""))
        return " AND ".join(clauses), params


def progress(conn: sqlite3.Connection) -> tuple[dict[str, int], list[sqlite3.Row]]:
    """Reviewed and total answers overall and by country."""
    rows = conn.execute(
        f"SELECT COALESCE(a.country, '?') AS country, COUNT(*) AS total, SUM({REVIEWED.format(analyst='')})"
        " AS reviewed FROM answers a WHERE a.kind = 'text' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    total = sum(r["total"] for r in rows)
    reviewed = sum(r["reviewed"] or 0 for r in rows)
    return {"total": total, "reviewed": reviewed}, rows


def _neighbour(conn: sqlite3.Connection, answer: sqlite3.Row, filters: Filters, analyst: str,
               forward: bool) -> int | None:
    where, params = filters.where(analyst)
    sign, order = (">", "ASC") if forward else ("<", "DESC")
    key = (answer["status_confidence"] if answer["status_confidence"] is not None else 2.0,
           answer["submission_id"], answer["question_id"])
    row = conn.execute(
        f"SELECT a.id FROM answers a WHERE {where} AND ({ORDER_KEY}) {sign} (?, ?, ?)"
        f" ORDER BY COALESCE(a.status_confidence, 2.0) {order}, a.submission_id {order}, a.question_id {order}"
        " LIMIT 1", [*params, *key],
    ).fetchone()
    return row["id"] if row else None


def _related(conn: sqlite3.Connection, answer: sqlite3.Row) -> list[dict[str, Any]]:
    """The same submission's answers to related questions: the choice this answer justifies,
    answers justifying the same choice, and neighbours in the same section."""
    rows = conn.execute(
        f"SELECT a.*, l.status AS decided FROM answers a LEFT JOIN {LATEST} l"
        " ON l.submission_id = a.submission_id AND l.question_id = a.question_id"
        " WHERE a.submission_id = ? AND a.question_id != ? AND ("
        " a.question_id = ? OR (a.justifies IS NOT NULL AND a.justifies = ?)"
        " OR (a.section IS NOT NULL AND a.section = ? AND ABS(a.question_id - ?) <= 2))"
        " ORDER BY a.question_id",
        (answer["submission_id"], answer["question_id"], answer["justifies"], answer["justifies"],
         answer["section"], answer["question_id"]),
    ).fetchall()
    return [dict(r) for r in rows]


def _segments(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answer split into plain and entity pieces (for the page without script)."""
    pieces, cursor = [], 0
    for span in sorted(entities, key=lambda s: s["start"]):
        if span["start"] < cursor:
            continue
        pieces.append({"text": text[cursor:span["start"]], "label": None})
        pieces.append({"text": text[span["start"]:span["end"]], "label": span["label"]})
        cursor = span["end"]
    pieces.append({"text": text[cursor:], "label": None})
    return [p for p in pieces if p["text"]]


# --- views -------------------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    """Only same-site paths (no scheme, no host) are followed after giving a name."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("queue")


def name_page() -> Any:
    error = None
    if request.method == "POST":
        given = " ".join(request.form.get("analyst", "").split())
        if 0 < len(given) <= 80:
            session.permanent = True
            session["analyst"] = given
            return redirect(_safe_next(request.form.get("next")))
        error = "Please give a name of 1 to 80 characters."
    return render_template("name.html", error=error, next=_safe_next(request.args.get("next")),
                           current=_analyst())


def queue_page() -> str:
    conn, analyst, filters = db(), _analyst(), Filters.from_request()
    where, params = filters.where(analyst)
    page = max(int(request.args.get("page", "1")) if request.args.get("page", "1").isdigit() else 1, 1)
    count = conn.execute(f"SELECT COUNT(*) FROM answers a WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.*, l.status AS decided, l.analyst AS decided_by FROM answers a LEFT JOIN {LATEST} l"
        " ON l.submission_id = a.submission_id AND l.question_id = a.question_id"
        f" WHERE {where} ORDER BY {ORDER_KEY} LIMIT ? OFFSET ?",
        [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
    ).fetchall()
    options = {
        "country": [r[0] for r in conn.execute("SELECT DISTINCT country FROM answers WHERE country IS NOT NULL ORDER BY 1")],
        "section": [r[0] for r in conn.execute("SELECT DISTINCT section FROM answers WHERE section IS NOT NULL ORDER BY 1")],
        "question": [r[0] for r in conn.execute("SELECT DISTINCT question_id FROM answers WHERE kind = 'text' ORDER BY 1")],
        "lang": [r[0] for r in conn.execute("SELECT DISTINCT lang FROM answers WHERE lang IS NOT NULL ORDER BY 1")],
    }
    _, by_country = progress(conn)
    return render_template("queue.html", rows=rows, count=count, page=page, pages=max(1, -(-count // PAGE_SIZE)),
                           filters=filters, options=options, by_country=by_country)


def next_unreviewed() -> Any:
    """The first answer in the (filtered) queue that nobody has reviewed yet."""
    filters = Filters.from_request()
    filters.values["state"] = "unreviewed"
    where, params = filters.where(_analyst())
    row = db().execute(f"SELECT a.id FROM answers a WHERE {where} ORDER BY {ORDER_KEY} LIMIT 1", params).fetchone()
    if row is None:
        return redirect(url_for("queue") + "?" + filters.query() + "&done=1")
    query = Filters({**filters.values, "state": request.args.get("state", "all")}).query()
    return redirect(url_for("answer", answer_id=row["id"]) + ("?" + query if query else ""))


def answer_page(answer_id: int) -> str:
    conn, analyst, filters = db(), _analyst(), Filters.from_request()
    answer = conn.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
    if answer is None:
        abort(404, "No such answer in this review store.")
    history = store.decision_history(conn, answer["submission_id"], answer["question_id"])
    mine = next((d for d in history if d["analyst"] == analyst and d["text"] == answer["answer"]), None)
    suggested_entities = json.loads(answer["entities"])
    entities = json.loads(mine["entities"]) if mine else store.usable_entities(suggested_entities, answer["answer"])
    changed = next((d for d in history if d["text"] != answer["answer"]), None) is not None
    query = filters.query()

    def link(other: int | None) -> str | None:
        return None if other is None else url_for("answer", answer_id=other) + ("?" + query if query else "")

    where, params = filters.where(analyst)
    position = conn.execute(
        f"SELECT COUNT(*) FROM answers a WHERE {where} AND ({ORDER_KEY}) < (?, ?, ?)",
        [*params, answer["status_confidence"] if answer["status_confidence"] is not None else 2.0,
         answer["submission_id"], answer["question_id"]],
    ).fetchone()[0]
    count = conn.execute(f"SELECT COUNT(*) FROM answers a WHERE {where}", params).fetchone()[0]
    data = {
        "id": answer["id"],
        "text": answer["answer"],
        "text_sha": store.text_sha(answer["answer"]),
        "entities": entities,
        "suggested_status": answer["status"],
        "my_status": mine["status"] if mine else None,
        "decided": mine is not None,
        "next_url": link(_neighbour(conn, answer, filters, analyst, True)),
        "prev_url": link(_neighbour(conn, answer, filters, analyst, False)),
        "queue_url": url_for("queue") + ("?" + query if query else ""),
        "status_labels": list(STATUS_LABELS),
        "entity_labels": list(ENTITY_LABELS),
    }
    scores = json.loads(answer["status_scores"])
    return render_template(
        "answer.html", answer=answer, data=data, history=history, mine=mine, changed=changed,
        scores=[(label, scores.get(label)) for label in STATUS_LABELS], segments=_segments(answer["answer"], entities),
        related=_related(conn, answer), position=position + 1, count=count, filters=filters,
    )


def decide() -> Any:
    """Record a decision sent by the page (JSON: answer_id, status, entities, comment, text_sha)."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return jsonify(error="Send the decision as a JSON object."), 400
    answer = db().execute("SELECT submission_id, question_id FROM answers WHERE id = ?",
                          (body.get("answer_id"),)).fetchone()
    if answer is None:
        return jsonify(error="No such answer in this review store."), 404
    comment = body.get("comment") or ""
    if not isinstance(comment, str) or len(comment) > 5000:
        return jsonify(error="The comment must be text of at most 5000 characters."), 400
    try:
        decision, added = store.add_decision(
            db(), answer["submission_id"], answer["question_id"], analyst=_analyst(), status=body.get("status"),
            entities=body.get("entities"), comment=comment, expected_text_sha=body.get("text_sha"),
        )
    except store.StoreError as error:
        return jsonify(error=str(error)), 409 if "changed" in str(error) else 400
    return jsonify(added=added, status=decision.status, decided_at=decision.decided_at,
                   analyst=decision.analyst, entities=decision.entities)


def agreement_page() -> str:
    return render_template("agreement.html", result=compute_agreement(current_app.config["DB_PATH"]))


# --- running -----------------------------------------------------------------------------------


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the review page until interrupted (Ctrl+C)."""
    app = create_app(db_path, host=host)
    server = make_server(host, port, app, threaded=True)
    shown = f"[{host}]" if ":" in host else host
    print(f"Review page: http://{shown}:{server.server_port}/  (store {db_path}; Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
