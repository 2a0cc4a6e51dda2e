"""Figures of a comparison (matplotlib, Agg): heatmap, statuses per question, partners, changes.

Every status has a colour, a hatch pattern and a short label, so a black-and-white
print still reads: the colour never carries the meaning alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch, PathPatch  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402

from classifier.compare.matrix import ANALYST, STATUS_SHORT, CountryMatrix, partner_counts, question_summary  # noqa: E402
from classifier.labels import STATUS_LABELS  # noqa: E402
from classifier.tables import atomic_path  # noqa: E402


@dataclass(frozen=True)
class Style:
    """How one category is drawn: fill, hatch, the colour of hatch and text."""

    fill: str
    hatch: str
    ink: str


# Fills differ in lightness as well as hue; hatches tell apart the two of similar lightness.
STATUS_STYLE: dict[str, Style] = {
    "enacted": Style("#1f5f99", "", "white"),
    "provision_without_guidelines": Style("#9cc9e4", "...", "#12324f"),
    "planned": Style("#f6b26b", "///", "#4a2a00"),
    "not_in_place": Style("#a3222e", "xx", "white"),
    "no_information": Style("#ececec", "", "#444444"),
}
EMPTY_STYLE = Style("white", "", "#999999")
NOT_ANSWERED = "not answered"

# Change categories between two rounds (see classifier.compare.rounds).
CHANGE_STYLE: dict[str, Style] = {
    "progress": Style("#1a7a3a", "", "white"),
    "regression": Style("#b2182b", "xx", "white"),
    "reclassified": Style("#f2c45a", "///", "#3d2b00"),
    "unchanged": Style("#e6e6e6", "", "#333333"),
    "newly reported": Style("#a6d5ec", "...", "#0f3347"),
    "no longer reported": Style("#c9a3d4", "\\\\", "#2f1638"),
}

MAX_LABELLED_CELLS = 4000  # above this, cells show hatch patterns only (text would be too slow and small)


def status_legend() -> list[Patch]:
    """Legend entries: colour, pattern and short label of every status."""
    handles = [Patch(facecolor=s.fill, hatch=s.hatch, edgecolor=s.ink, linewidth=0.5,
                     label=f"{STATUS_SHORT[label]}  {label}") for label, s in STATUS_STYLE.items()]
    handles.append(Patch(facecolor="white", edgecolor="#999999", linewidth=0.5, label=f"–  {NOT_ANSWERED}"))
    return handles


def _cells_path(positions: list[tuple[int, int]]) -> MplPath:
    """One compound path of unit squares at (row, column): drawn and hatched in one go (fast)."""
    vertices, codes = [], []
    for i, j in positions:
        vertices += [(j, i), (j + 1, i), (j + 1, i + 1), (j, i + 1), (j, i)]
        codes += [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO, MplPath.CLOSEPOLY]
    return MplPath(vertices, codes)


def _grid(ax, values: pd.DataFrame, styles: dict[str, Style], text: dict[tuple[int, int], str],
          bold: set[tuple[int, int]]) -> None:
    """Draw `values` as a grid of hatched cells (one collection per category), row 0 at the top."""
    rows, cols = values.shape
    cells: dict[str, list[tuple[int, int]]] = {}
    grid = values.to_numpy(dtype=object)
    for i in range(rows):
        for j in range(cols):
            value = grid[i, j]
            cells.setdefault(value if value in styles else "", []).append((i, j))
    for value, positions in cells.items():
        style = styles.get(value, EMPTY_STYLE)
        patch = PathPatch(_cells_path(positions), facecolor=style.fill, edgecolor="white", linewidth=0.6,
                          hatch=style.hatch or None, hatchcolor=style.ink)
        ax.add_artist(patch)  # not add_patch: the limits are set below, measuring thousands of cells is slow
        patch.set_clip_path(ax.patch)
    if rows * cols <= MAX_LABELLED_CELLS:
        for (i, j), label in text.items():
            style = styles.get(grid[i, j], EMPTY_STYLE)
            ax.text(j + 0.5, i + 0.5, label, ha="center", va="center", fontsize=6.5, color=style.ink,
                    fontweight="bold" if (i, j) in bold else "normal",
                    bbox=dict(boxstyle="square,pad=0.3", facecolor=style.fill, edgecolor="none")
                    if style.hatch else None)
    ax.set_xlim(0, cols)
    ax.set_ylim(rows, 0)
    ax.set_xticks([j + 0.5 for j in range(cols)])
    ax.set_yticks([i + 0.5 for i in range(rows)])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def heatmap(matrix: CountryMatrix, title: str = "Implementation status by country and question") -> Figure:
    """Country x question grid; cells show the status short label, analyst-decided ones in bold with a *.

    With far more questions than countries the grid is turned (questions down the side) to fit a page.
    """
    statuses = matrix.statuses.fillna("")
    analyst = matrix.sources == ANALYST
    if statuses.shape[1] > 2 * statuses.shape[0]:
        statuses, analyst = statuses.T, analyst.T
    rows, cols = statuses.shape
    width, height = (0.42, 0.28) if rows * cols <= MAX_LABELLED_CELLS else (0.24, 0.16)
    if statuses.index.name != "country":
        width = max(width, 0.9)  # room for country names along the top
    fig, ax = plt.subplots(figsize=(max(7.0, width * cols + 3.2), max(3.5, height * rows + 3.2)))
    decided = analyst.to_numpy(dtype=bool)
    text = {(i, j): STATUS_SHORT.get(statuses.iat[i, j], "–") + ("*" if decided[i, j] else "")
            for i in range(rows) for j in range(cols)}
    bold = {(i, j) for i in range(rows) for j in range(cols) if decided[i, j]}
    _grid(ax, statuses, STATUS_STYLE, text, bold)
    few_countries = statuses.index.name != "country" and cols <= 8
    ax.set_xticklabels(list(statuses.columns), rotation=0 if few_countries else 90, fontsize=7)
    ax.xaxis.tick_top()
    ax.set_yticklabels(list(statuses.index), fontsize=7)
    ax.set_title(title, fontsize=10, pad=8, loc="left")
    ax.legend(handles=status_legend(), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False,
              title="* decided by an analyst\n(otherwise the model's suggestion)", title_fontsize=7,
              alignment="left")
    return fig


def status_bars(matrix: CountryMatrix) -> Figure:
    """One horizontal bar per question: the share of countries in each status, with percentages."""
    summary = question_summary(matrix)
    n = len(summary)
    fig, ax = plt.subplots(figsize=(9, max(2.8, 0.3 * n + 1.8)))
    left = pd.Series(0.0, index=summary.index)
    for label, style in STATUS_STYLE.items():
        share = summary[label]
        bars = ax.barh(range(n), share, left=left, color=style.fill, hatch=style.hatch or None,
                       edgecolor="white", linewidth=0.6, label=f"{STATUS_SHORT[label]}  {label}")
        for bar in bars:
            bar.set_hatchcolor(style.ink)
        for y, (x0, width) in enumerate(zip(left, share)):
            if width >= 0.09:
                ax.text(x0 + width / 2, y, f"{STATUS_SHORT[label]} {width:.0%}", ha="center", va="center",
                        fontsize=6.5, color=style.ink,
                        bbox=dict(boxstyle="square,pad=0.3", facecolor=style.fill, edgecolor="none")
                        if style.hatch else None)
        left = left + share
    ax.set_yticks(range(n))
    ax.set_yticklabels([f"{q}  (n={c})" for q, c in zip(summary["question"], summary["countries"])], fontsize=7)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of countries that answered (n)", fontsize=8)
    ax.set_title("Statuses per question", fontsize=10, loc="left")
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.02 + 0.6 / max(n, 1)), ncol=3, fontsize=7, frameon=False)
    ax.tick_params(axis="x", labelsize=7)
    fig.set_layout_engine("tight")
    return fig


def partner_bars(matrix: CountryMatrix, top: int = 30) -> Figure:
    """Partners by the number of countries that name them (the `top` most named)."""
    counts = partner_counts(matrix).head(top)
    n = len(counts)
    fig, ax = plt.subplots(figsize=(7.5, max(2.5, 0.28 * n + 1.4)))
    bars = ax.barh(range(n), counts["countries"], color="#5b6f82", edgecolor="black", linewidth=0.4)
    ax.bar_label(bars, fontsize=7, padding=2)
    ax.set_yticks(range(n))
    ax.set_yticklabels(counts["partner"], fontsize=7.5)
    ax.set_ylim(max(n, 1) - 0.5, -0.5)
    ax.set_xlabel("countries naming the partner", fontsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="x", labelsize=7)
    shown = f"the {top} most named" if len(partner_counts(matrix)) > top else "all"
    ax.set_title(f"Partners by number of countries ({shown})", fontsize=10, loc="left")
    if n == 0:
        ax.text(0.5, 0.5, "no partner named in the selected answers", ha="center", va="center",
                transform=ax.transAxes, fontsize=9)
    fig.set_layout_engine("tight")
    return fig


def changes_heatmap(changes: pd.DataFrame, baseline: str, current: str) -> Figure:
    """Country x topic grid of what changed between two rounds, cells labelled 'P→E'."""
    changes = changes.assign(column=[f"Q{n} {t}" if pd.notna(n) else t
                                      for n, t in zip(changes["question_id"], changes["topic"])])
    order = list(dict.fromkeys(changes.sort_values("question_id")["column"]))
    countries = sorted(changes["country"].unique(), key=str.casefold)
    grid = changes.pivot(index="country", columns="column", values="change").reindex(index=countries, columns=order)
    labels = changes.pivot(index="country", columns="column", values="transition").reindex_like(grid)
    grid, labels = grid.fillna(""), labels.fillna("")
    rows, cols = grid.shape
    fig, ax = plt.subplots(figsize=(max(7.0, 0.55 * cols + 3.2), max(3.5, 0.28 * rows + 3.4)))
    text = {(i, j): labels.iat[i, j] for i in range(rows) for j in range(cols) if labels.iat[i, j]}
    _grid(ax, grid, CHANGE_STYLE, text, set())
    ax.set_xticklabels(list(grid.columns), rotation=90, fontsize=7)
    ax.xaxis.tick_top()
    ax.set_yticklabels(list(grid.index), fontsize=7)
    ax.set_title(f"What changed from {baseline} to {current}", fontsize=10, pad=8, loc="left")
    handles = [Patch(facecolor=s.fill, hatch=s.hatch, edgecolor=s.ink, linewidth=0.5, label=name)
               for name, s in CHANGE_STYLE.items()]
    short = ", ".join(f"{STATUS_SHORT[s]} = {s}" for s in STATUS_LABELS)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False,
              title=short.replace(", ", "\n"), title_fontsize=6.5, alignment="left")
    return fig


def png_dpi(fig: Figure, best: int = 150, max_pixels: float = 12e6) -> int:
    """The PNG resolution: `best`, lowered for very large figures so the file stays quick to write and open."""
    width, height = fig.get_size_inches()
    return int(min(best, (max_pixels / (width * height)) ** 0.5))


def save_figure(fig: Figure, folder: Path, name: str) -> list[Path]:
    """Write `fig` as NAME.png and NAME.svg into `folder` (atomically) and close it."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, options in ((".png", {"dpi": png_dpi(fig)}), (".svg", {})):
        path = folder / f"{name}{suffix}"
        with atomic_path(path) as tmp, plt.rc_context({"svg.fonttype": "none"}):  # SVG text stays text
            fig.savefig(tmp, format=suffix[1:], bbox_inches="tight", **options)
        written.append(path)
    plt.close(fig)
    return written


def all_figures(matrix: CountryMatrix, changes: pd.DataFrame | None = None,
                rounds: tuple[str, str] | None = None) -> dict[str, Figure]:
    """The figures of a comparison by file name; `changes` adds the round-to-round figure."""
    figures = {"status-heatmap": heatmap(matrix), "status-by-question": status_bars(matrix),
               "partners": partner_bars(matrix)}
    if changes is not None and rounds is not None and not changes.empty:
        figures["changes"] = changes_heatmap(changes, *rounds)
    return figures


def write_figures(matrix: CountryMatrix, folder: str | Path, changes: pd.DataFrame | None = None,
                  rounds: tuple[str, str] | None = None) -> list[Path]:
    """Write every figure as PNG and SVG into `folder`; returns the paths."""
    written = []
    for name, fig in all_figures(matrix, changes, rounds).items():
        written += save_figure(fig, Path(folder), name)
    return written
