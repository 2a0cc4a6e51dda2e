"""Figures: written as PNG and SVG, and readable in black and white."""

from __future__ import annotations

import itertools

import matplotlib.colors as mcolors
from PIL import Image

from classifier.compare import build_comparison
from classifier.compare.figures import CHANGE_STYLE, STATUS_STYLE, write_figures


def _grey(colour: str) -> float:
    r, g, b = mcolors.to_rgb(colour)
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_statuses_differ_in_grey_or_in_pattern():
    for styles in (STATUS_STYLE, CHANGE_STYLE):
        for (a, sa), (b, sb) in itertools.combinations(styles.items(), 2):
            assert sa.hatch != sb.hatch or abs(_grey(sa.fill) - _grey(sb.fill)) > 0.25, (a, b)


def test_png_and_svg_of_every_figure(tmp_path, current, baseline):
    comparison = build_comparison(current, baseline=baseline)
    written = write_figures(comparison.matrix, tmp_path, comparison.changes, comparison.rounds)
    names = {p.name for p in written}
    for stem in ("status-heatmap", "status-by-question", "partners", "changes"):
        assert {f"{stem}.png", f"{stem}.svg"} <= names
    heatmap = (tmp_path / "status-heatmap.svg").read_text(encoding="utf-8")
    for text in ("Lao PDR", "Q40 law.data_protection", "PWG", "not_in_place"):
        assert text in heatmap  # labels are text, not only colour
    assert "UNDP" in (tmp_path / "partners.svg").read_text(encoding="utf-8")
    assert "P→E" in (tmp_path / "changes.svg").read_text(encoding="utf-8")
    with Image.open(tmp_path / "status-heatmap.png") as image:
        grey = image.convert("L")
        assert image.width > 800 and sum(1 for n in grey.histogram() if n) > 10  # a drawing, not a blank page
