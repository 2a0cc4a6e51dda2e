"""The comparison as an .xlsx workbook an analyst can open, filter and print.

Sheets: Read me (what is in it, legend), Matrix (all questions), one per section, Sources
(model or analyst per cell), Summary (share of countries per status), Partners, Laws and
policies, Unreviewed, and with two rounds Changes, Regressions and Changes by topic.
"""

from __future__ import annotations

import re
from copy import copy
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from classifier.compare.figures import CHANGE_STYLE, STATUS_STYLE
from classifier.compare.matrix import (ANALYST, STATUS_SHORT, CountryMatrix, named_instruments, partners_by_country,
                                       question_summary, unreviewed_cells)
from classifier.compare.rounds import change_counts, regressions
from classifier.labels import STATUS_LABELS
from classifier.tables import atomic_path

MEANING = {
    "enacted": "in force or operating (law adopted, strategy approved, portal online, programme running)",
    "planned": "being prepared: drafting, consultation, bill before parliament, announced plan",
    "provision_without_guidelines": "only a provision or mention inside a broader strategy or plan, no guidelines",
    "not_in_place": "the answer says it does not exist, with no plan",
    "no_information": "the answer carries no evidence either way",
}
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
THIN = Side(style="thin", color="FFFFFF")
ANALYST_BORDER = Border(left=Side(style="medium"), right=Side(style="medium"),
                        top=Side(style="medium"), bottom=Side(style="medium"))
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
QUESTIONS_PER_PAGE = 9  # matrix columns per printed landscape page
CELL_ALIGNMENT = Alignment(horizontal="center", shrink_to_fit=True)  # the longest label still shows whole
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#").upper())


def _ink(colour: str) -> str:
    return "FFFFFF" if colour == "white" else colour.lstrip("#").upper()


STATUS_FILLS = {label: _fill(style.fill) for label, style in STATUS_STYLE.items()}
STATUS_FONTS = {label: Font(color=_ink(style.ink)) for label, style in STATUS_STYLE.items()}
STATUS_BOLD_FONTS = {label: Font(color=_ink(style.ink), bold=True) for label, style in STATUS_STYLE.items()}


class _Styles:
    """Per-workbook cache of cell styles: the first cell of a kind is styled normally, the rest copy it.

    (Setting fonts and fills cell by cell makes openpyxl hash every style object; copying is fast.)
    """

    def __init__(self) -> None:
        self._cache: dict[str, object] = {}

    def apply(self, cell, key: str, **attributes) -> None:
        cached = self._cache.get(key)
        if cached is not None:
            cell._style = copy(cached)
            return
        for name, value in attributes.items():
            setattr(cell, name, value)
        self._cache[key] = copy(cell._style)


def _sheet_title(text: str, taken: set[str]) -> str:
    title = " ".join(BAD_SHEET_CHARS.sub(" ", text).split())[:31].strip()
    while title in taken:
        title = title[:28] + f" {len(taken)}"
    taken.add(title)
    return title


def _legend_rows(ws: Worksheet) -> None:
    """Row 1: the status legend as coloured cells; row 2: how to read sources and blanks."""
    ws.cell(1, 1, "Legend").font = HEADER_FONT
    for k, label in enumerate(STATUS_LABELS):
        column = 3 + 2 * k  # each entry spans two matrix columns, wide enough for the longest label
        cell = ws.cell(1, column, f"{STATUS_SHORT[label]} = {label}")
        cell.fill, cell.font = STATUS_FILLS[label], STATUS_FONTS[label]
        ws.merge_cells(start_row=1, start_column=column, end_row=1, end_column=column + 1)
    ws.cell(2, 1, "Bold with a frame = decided by an analyst; plain = the model's suggestion (see Sources); "
                  "blank = not answered.").font = Font(italic=True)


def _matrix_sheet(ws: Worksheet, matrix: CountryMatrix, columns: list[str], styles: _Styles,
                  sources: bool = False) -> None:
    """The country x question grid from row 4, legend above, header frozen with the country column."""
    _legend_rows(ws)
    header = ["country", "submissions", *columns]
    for j, name in enumerate(header, start=1):
        cell = ws.cell(3, j, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(text_rotation=90 if j > 1 else 0, vertical="bottom", wrap_text=False)
    statuses = matrix.statuses[columns]
    rows = zip(statuses.index, statuses.to_numpy(dtype=object), matrix.sources[columns].to_numpy(dtype=object))
    for i, (country, row_statuses, row_sources) in enumerate(rows, start=4):
        styles.apply(ws.cell(i, 1, country), "header", font=HEADER_FONT)
        ws.cell(i, 2, int(matrix.submissions.get(country, 0)))
        for j, (status, source) in enumerate(zip(row_statuses, row_sources), start=3):
            cell = ws.cell(i, j, source if sources else status)
            if status is None:
                continue
            if source == ANALYST:
                styles.apply(cell, f"{status}/analyst", fill=STATUS_FILLS[status], font=STATUS_BOLD_FONTS[status],
                             border=ANALYST_BORDER, alignment=CELL_ALIGNMENT)
            else:
                styles.apply(cell, status, fill=STATUS_FILLS[status], font=STATUS_FONTS[status],
                             alignment=CELL_ALIGNMENT)
    ws.freeze_panes = "C4"
    ws.row_dimensions[3].height = 150
    ws.column_dimensions["A"].width = max(12, min(36, max((len(c) for c in statuses.index), default=8) + 2))
    ws.column_dimensions["B"].width = 4
    for j in range(3, max(len(header), 12) + 1):
        ws.column_dimensions[get_column_letter(j)].width = 16
    if len(statuses.index):
        ws.auto_filter.ref = f"A3:{get_column_letter(len(header))}{len(statuses.index) + 3}"
    ws.print_title_rows = "3:3"
    ws.print_title_cols = "A:A"
    _print_to_page_width(ws, pages=-(-len(columns) // QUESTIONS_PER_PAGE))


def _print_to_page_width(ws: Worksheet, pages: int = 1) -> None:
    """Print landscape, `pages` pages wide, as many pages down as it takes."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = max(1, pages)
    ws.page_setup.fitToHeight = 0


def _lines(value: object, width: int, most: int = 8) -> int:
    """Roughly how many lines `value` takes wrapped in a column `width` characters wide (at most `most`)."""
    return min(most, -(-len(value) // width)) if isinstance(value, str) and value else 1


def _table_sheet(ws: Worksheet, frame: pd.DataFrame, styles: _Styles, widths: dict[str, int] | None = None,
                 percent: tuple[str, ...] = (), status_columns: tuple[str, ...] = ()) -> None:
    """A plain table with a bold frozen header, optional % columns and status-coloured columns."""
    columns = list(frame.columns)
    for j, name in enumerate(columns, start=1):
        cell = ws.cell(1, j, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    wrapped = {name: width for name, width in (widths or {}).items() if width >= 50}
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        lines = max((_lines(value, wrapped[name]) for name, value in zip(columns, row) if name in wrapped), default=1)
        if lines > 1:  # spreadsheet programs do not grow rows for wrapped text written by openpyxl
            ws.row_dimensions[i].height = 15 * lines
        for j, (name, value) in enumerate(zip(columns, row), start=1):
            if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
                continue
            cell = ws.cell(i, j, value.item() if hasattr(value, "item") else value)
            if name in percent:
                styles.apply(cell, "table/percent", number_format="0%", alignment=TOP)
            elif name in status_columns and value in STATUS_FILLS:
                styles.apply(cell, f"table/{value}", fill=STATUS_FILLS[value], font=STATUS_FONTS[value], alignment=TOP)
            elif name == "change" and value in CHANGE_STYLE:
                styles.apply(cell, f"table/change/{value}", fill=_fill(CHANGE_STYLE[value].fill),
                             font=Font(color=_ink(CHANGE_STYLE[value].ink)), alignment=TOP)
            elif name in wrapped:
                styles.apply(cell, "table/wrapped", alignment=WRAPPED)
            else:
                styles.apply(cell, "table/top", alignment=TOP)
    ws.freeze_panes = "A2"
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(frame) + 1, 2)}"
    for j, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = (widths or {}).get(name, max(10, len(name) + 2))
    ws.print_title_rows = "1:1"
    _print_to_page_width(ws)


def _read_me(ws: Worksheet, matrix: CountryMatrix, inputs: list[str], notes: list[str], sheets: list[str],
             rounds: tuple[str, str] | None) -> None:
    reviewed = int((matrix.sources == ANALYST).sum().sum())
    filled = int(matrix.statuses.notna().sum().sum())
    lines = [
        ("Comparative coding of MSQ answers", None),
        ("Generated", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("Inputs", "; ".join(inputs) or "-"),
        ("Countries", len(matrix.statuses.index)),
        ("Status-coded questions", len(matrix.questions)),
        ("Coded cells", filled),
        ("Decided by an analyst", f"{reviewed} of {filled}"),
        ("Model version(s)", ", ".join(matrix.model_versions) or "-"),
    ]
    if rounds:
        lines.append(("Rounds compared", f"{rounds[0]} -> {rounds[1]}"))
    lines += [("Note", note) for note in notes]
    for i, (key, value) in enumerate(lines, start=1):
        ws.cell(i, 1, key).font = Font(bold=True, size=14 if i == 1 else 11)
        if value is not None:
            ws.cell(i, 2, value).alignment = Alignment(horizontal="left")
    row = len(lines) + 2
    ws.cell(row, 1, "Status legend").font = HEADER_FONT
    for offset, label in enumerate(STATUS_LABELS, start=1):
        cell = ws.cell(row + offset, 1, f"{STATUS_SHORT[label]} = {label}")
        cell.fill, cell.font = STATUS_FILLS[label], STATUS_FONTS[label]
        ws.cell(row + offset, 2, MEANING[label])
    row += len(STATUS_LABELS) + 1
    ws.cell(row, 1, "blank cell")
    ws.cell(row, 2, "the country did not answer the question (or it was not in the input)")
    ws.cell(row + 1, 1, "bold, framed cell").font = Font(bold=True)
    ws.cell(row + 1, 2, "decided by an analyst in the review; every other cell is the model's suggestion")
    row += 3
    ws.cell(row, 1, "Sheets").font = HEADER_FONT
    for offset, name in enumerate(sheets, start=1):
        ws.cell(row + offset, 1, name)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 90
    _print_to_page_width(ws)


def write_workbook(matrix: CountryMatrix, path: str | Path, *, inputs: list[str] | None = None,
                   notes: list[str] | None = None, changes: pd.DataFrame | None = None,
                   rounds: tuple[str, str] | None = None) -> None:
    """Write the comparison workbook to `path` atomically."""
    wb = Workbook()
    read_me = wb.active
    read_me.title = "Read me"
    taken = {"Read me"}
    styles = _Styles()
    columns = list(matrix.questions["column"])
    _matrix_sheet(wb.create_sheet(_sheet_title("Matrix", taken)), matrix, columns, styles)
    for (section, title), group in matrix.questions.groupby(["section", "section_title"], sort=True):
        name = _sheet_title(f"{section} {title}", taken)
        _matrix_sheet(wb.create_sheet(name), matrix, list(group["column"]), styles)
    _matrix_sheet(wb.create_sheet(_sheet_title("Sources", taken)), matrix, columns, styles, sources=True)
    _table_sheet(wb.create_sheet(_sheet_title("Summary", taken)), question_summary(matrix), styles,
                 widths={"question": 34, "question_text": 60}, percent=STATUS_LABELS)
    _table_sheet(wb.create_sheet(_sheet_title("Partners", taken)), partners_by_country(matrix), styles,
                 widths={"country": 24, "partner": 30, "questions": 24})
    _table_sheet(wb.create_sheet(_sheet_title("Laws and policies", taken)), named_instruments(matrix), styles,
                 widths={"country": 24, "name": 70, "questions": 24})
    _table_sheet(wb.create_sheet(_sheet_title("Unreviewed", taken)), unreviewed_cells(matrix), styles,
                 widths={"country": 24, "question": 34, "status": 26, "answer": 80, "submission_id": 24},
                 status_columns=("status",))
    if changes is not None and rounds is not None:
        wide = {"country": 24, "topic": 30, "before": 26, "after": 26, "change": 18,
                "answer_before": 60, "answer_after": 60}
        _table_sheet(wb.create_sheet(_sheet_title("Changes", taken)), changes, styles, widths=wide,
                     status_columns=("before", "after"))
        _table_sheet(wb.create_sheet(_sheet_title("Regressions", taken)), regressions(changes), styles, widths=wide,
                     status_columns=("before", "after"))
        _table_sheet(wb.create_sheet(_sheet_title("Changes by topic", taken)), change_counts(changes), styles,
                     widths={"topic": 30})
    _read_me(read_me, matrix, inputs or [], notes or [], wb.sheetnames[1:], rounds)
    with atomic_path(path) as tmp:
        wb.save(tmp)
