"""The comparison as one self-contained HTML page: figures inlined as PNG, tables, no external resources.

Every piece of text that comes from the data (country names, answers, entity names) is escaped.
"""

from __future__ import annotations

import base64
import io
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from classifier.compare.figures import CHANGE_STYLE, STATUS_STYLE, all_figures, png_dpi
from classifier.compare.matrix import (ANALYST, STATUS_SHORT, CountryMatrix, named_instruments, partners_by_country,
                                       question_summary, unreviewed_cells)
from classifier.compare.rounds import change_counts, regressions
from classifier.compare.workbook import MEANING
from classifier.labels import STATUS_LABELS
from classifier.tables import atomic_path

UNREVIEWED_SHOWN = 200
CAPTIONS = {
    "status-heatmap": "Status of every status-coded question by country. Cells carry the short label; "
                      "* marks an analyst's decision.",
    "status-by-question": "Share of the countries that answered each question, by status.",
    "partners": "Partners named in the answers, by the number of countries naming them.",
    "changes": "What changed between the two rounds, per country and topic (before→after).",
}


def _hatch_css(style_hatch: str, ink: str) -> str:
    if not style_hatch:
        return ""
    if "." in style_hatch:
        return f"background-image: radial-gradient({ink} 18%, transparent 22%); background-size: 6px 6px;"
    if "x" in style_hatch:
        return (f"background-image: repeating-linear-gradient(45deg, {ink} 0 1px, transparent 1px 6px),"
                f" repeating-linear-gradient(-45deg, {ink} 0 1px, transparent 1px 6px);")
    angle = "-45deg" if "\\" in style_hatch else "45deg"
    return f"background-image: repeating-linear-gradient({angle}, {ink} 0 1px, transparent 1px 6px);"


def _css() -> str:
    rules = [
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:24px;color:#222;"
        "max-width:1600px}",
        "h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}",
        "table{border-collapse:collapse;font-size:13px;margin:.5em 0}",
        "th,td{border:1px solid #d0d0d0;padding:3px 6px;vertical-align:top;text-align:left}",
        "thead th{background:#eef1f5;position:sticky;top:0}",
        ".matrix td.cell{text-align:center;min-width:2.6em;font-weight:500}",
        ".matrix tbody th{position:sticky;left:0;background:#fff;white-space:nowrap;z-index:1}",
        ".matrix th.q{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal;"
        "font-size:12px;padding:6px 2px}",
        ".matrix td.analyst{font-weight:800;outline:2px solid #000;outline-offset:-3px}",
        ".wrap{overflow:auto;max-height:80vh;border:1px solid #ccc}",
        ".legend span{display:inline-block;padding:2px 8px;margin:2px 6px 2px 0;border:1px solid #999}",
        "figure{margin:1em 0;overflow-x:auto}figure img{max-width:none;border:1px solid #eee}",
        "figcaption{font-size:13px;color:#444}",
        "dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px}dl.facts dt{font-weight:600}",
        "td.answer{min-width:20em;max-width:40em;white-space:pre-wrap}",
        ".note{color:#555;font-size:13px}",
        "nav a{margin-right:1em}",
    ]
    for label, style in STATUS_STYLE.items():
        text = "#fff" if style.ink == "white" else style.ink
        hatch = _hatch_css(style.hatch, "rgba(255,255,255,.55)" if style.ink == "white" else "rgba(0,0,0,.35)")
        rules.append(f".s-{label}{{background-color:{style.fill};color:{text};{hatch}}}")
        rules.append(f".s-{label} .t{{background-color:{style.fill};padding:0 3px}}")
    for name, style in CHANGE_STYLE.items():
        text = "#fff" if style.ink == "white" else style.ink
        rules.append(f".c-{name.replace(' ', '-')}{{background-color:{style.fill};color:{text}}}")
    rules.append("@media print{.wrap{max-height:none;overflow:visible}figure img{max-width:100%}thead th{position:static}"
                 "body{margin:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}")
    return "\n".join(rules)


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=png_dpi(fig, best=110), bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _figure(name: str, fig: Figure) -> str:
    caption = CAPTIONS.get(name, name)
    return (f'<figure id="fig-{escape(name)}"><img alt="{escape(caption)}" src="data:image/png;base64,{_png(fig)}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def _legend() -> str:
    items = "".join(f'<span class="s-{label}"><span class="t">{STATUS_SHORT[label]} = {escape(label)}</span></span>'
                    for label in STATUS_LABELS)
    return (f'<p class="legend">{items}<span>– = not answered</span>'
            '<span style="font-weight:800;outline:2px solid #000;outline-offset:-3px">bold, framed</span>'
            " = decided by an analyst; plain = the model's suggestion</p>")


def _matrix_table(matrix: CountryMatrix) -> str:
    texts = dict(zip(matrix.questions["column"], matrix.questions["text"]))
    head = "".join(f'<th class="q" title="{escape(str(texts.get(c) or ""))}">{escape(c)}</th>'
                   for c in matrix.statuses.columns)
    rows = []
    columns = list(matrix.statuses.columns)
    for country, statuses, sources in zip(matrix.statuses.index, matrix.statuses.to_numpy(dtype=object),
                                          matrix.sources.to_numpy(dtype=object)):
        cells = []
        for column, status, source in zip(columns, statuses, sources):
            if status is None:
                cells.append('<td class="cell">–</td>')
                continue
            extra = " analyst" if source == ANALYST else ""
            mark = "*" if source == ANALYST else ""
            cells.append(f'<td class="cell s-{status}{extra}" title="{escape(column)}: {escape(status)} '
                         f'({escape(str(source))})"><span class="t">{STATUS_SHORT[status]}{mark}</span></td>')
        rows.append(f"<tr><th>{escape(str(country))}</th>{''.join(cells)}</tr>")
    return (f'<div class="wrap"><table class="matrix"><thead><tr><th>country</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _cell(value: object, column: str, percent: tuple[str, ...]) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "<td></td>"
    if isinstance(value, list):  # names, each isolated so that right-to-left ones keep their place
        return "<td>" + "; ".join(f"<bdi>{escape(str(v))}</bdi>" for v in value) + "</td>"
    if column in percent:
        return f"<td>{float(value):.0%}</td>"
    text = escape(str(value))
    if column in ("status", "before", "after") and value in STATUS_STYLE:
        return f'<td class="s-{value}"><span class="t">{text}</span></td>'
    if column == "change" and value in CHANGE_STYLE:
        return f'<td class="c-{str(value).replace(" ", "-")}">{text}</td>'
    if column.startswith("answer"):
        return f'<td class="answer" dir="auto">{text}</td>'
    return f"<td>{text}</td>"


def _table(frame: pd.DataFrame, percent: tuple[str, ...] = (), empty: str = "None.") -> str:
    if frame.empty:
        return f'<p class="note">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(str(c))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(_cell(v, c, percent) for v, c in zip(row, frame.columns)) + "</tr>"
                   for row in frame.itertuples(index=False, name=None))
    return f'<div class="wrap"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _by_country(frame: pd.DataFrame, name: str, label: str) -> pd.DataFrame:
    """One row per country with the names joined (e.g. partners), for a compact table."""
    if frame.empty:
        return pd.DataFrame(columns=["country", label])
    joined = frame.groupby("country", sort=False)[name].agg(lambda names: list(dict.fromkeys(names)))
    return joined.rename(label).reset_index()


def build_report(matrix: CountryMatrix, *, inputs: list[str] | None = None, notes: list[str] | None = None,
                 changes: pd.DataFrame | None = None, rounds: tuple[str, str] | None = None,
                 title: str = "Comparative coding of MSQ answers") -> str:
    """The report as one HTML string."""
    figures = all_figures(matrix, changes, rounds)
    rendered = {name: _figure(name, fig) for name, fig in figures.items()}
    for fig in figures.values():
        plt.close(fig)
    reviewed = int((matrix.sources == ANALYST).sum().sum())
    filled = int(matrix.statuses.notna().sum().sum())
    facts = [("Generated", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
             ("Inputs", "; ".join(inputs or []) or "-"), ("Countries", str(len(matrix.statuses.index))),
             ("Status-coded questions", str(len(matrix.questions))), ("Coded cells", str(filled)),
             ("Decided by an analyst", f"{reviewed} of {filled}"),
             ("Model version(s)", ", ".join(matrix.model_versions) or "-")]
    if rounds:
        facts.append(("Rounds compared", f"{rounds[0]} → {rounds[1]}"))
    facts += [("Note", note) for note in notes or []]
    meanings = "".join(f'<tr><td class="s-{label}"><span class="t">{STATUS_SHORT[label]} = {escape(label)}</span></td>'
                       f"<td>{escape(MEANING[label])}</td></tr>" for label in STATUS_LABELS)
    unreviewed = unreviewed_cells(matrix)
    laws = named_instruments(matrix)
    parts = [
        f"<h1>{escape(title)}</h1>",
        "<dl class='facts'>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts) + "</dl>",
        "<nav><a href='#matrix'>Matrix</a><a href='#figures'>Figures</a><a href='#summary'>Per question</a>"
        "<a href='#partners'>Partners</a><a href='#laws'>Laws and policies</a><a href='#unreviewed'>Unreviewed</a>"
        + ("<a href='#rounds'>Changes</a>" if rounds else "") + "</nav>",
        "<h2 id='legend'>Legend</h2>", f"<table>{meanings}</table>",
        "<h2 id='matrix'>Status by country and question</h2>", _legend(), _matrix_table(matrix),
        "<h2 id='figures'>Figures</h2>", rendered["status-heatmap"], rendered["status-by-question"],
        rendered["partners"],
        "<h2 id='summary'>Per question: share of countries in each status</h2>",
        _table(question_summary(matrix), percent=STATUS_LABELS),
        "<h2 id='partners'>Partners by country</h2>",
        _table(_by_country(partners_by_country(matrix), "partner", "partners"), empty="No partner named."),
        "<h2 id='laws'>Named laws and policies by country</h2>",
        _table(_by_country(laws[laws["kind"] == "law"], "name", "laws")
               .merge(_by_country(laws[laws["kind"] == "policy"], "name", "policies"), on="country", how="outer")
               if not laws.empty else laws, empty="No law or policy named."),
        f"<h2 id='unreviewed'>Unreviewed cells ({len(unreviewed)})</h2>",
        "<p class='note'>The model's suggestions not yet decided by an analyst, flagged and least certain first"
        + (f"; the first {UNREVIEWED_SHOWN} are shown, the workbook lists all." if len(unreviewed) > UNREVIEWED_SHOWN
           else ".") + "</p>",
        _table(unreviewed.head(UNREVIEWED_SHOWN), empty="Every cell has been decided by an analyst."),
    ]
    if changes is not None and rounds is not None:
        parts += [f"<h2 id='rounds'>Changes from {escape(rounds[0])} to {escape(rounds[1])}</h2>",
                  rendered.get("changes", ""),
                  "<h3>Regressions to check</h3>",
                  _table(regressions(changes), empty="No regression."),
                  "<h3>Changes by topic (number of countries)</h3>", _table(change_counts(changes)),
                  "<h3>All changes</h3>", _table(changes[changes["change"] != "unchanged"].drop(
                      columns=["answer_before", "answer_after"]), empty="Nothing changed.")]
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><style>{_css()}</style></head>"
            f"<body>\n{body}\n</body></html>\n")


def write_report(matrix: CountryMatrix, path: str | Path, **options) -> None:
    """Write the report (see `build_report`) to `path` atomically."""
    html = build_report(matrix, **options)
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
