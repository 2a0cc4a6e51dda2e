"""Agreement between analysts on answers that two or more of them coded.

Each analyst's latest decision per answer counts. Reported: Krippendorff's alpha (nominal) over
all analysts, a confusion table for every pair of analysts (rows: the first analyst's label,
columns: the second's), and per-label specific agreement (2 x both chose it / times either chose it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd

from classifier.labels import STATUS_LABELS
from classifier.review.store import latest_decisions_by_analyst


@dataclass
class Agreement:
    """Agreement figures for the answers coded by at least two analysts."""

    answers: int  # answers with a status from two or more analysts
    analysts: list[str]
    alpha: float | None  # None when undefined (fewer than two labels used, or no double coding)
    observed: float | None  # share of analyst pairs that gave the same label
    confusion: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)
    per_label: pd.DataFrame = field(default_factory=pd.DataFrame)


def status_matrix(decisions: pd.DataFrame) -> pd.DataFrame:
    """Answers coded by two or more analysts: rows (submission_id, question_id), columns analysts."""
    coded = decisions[decisions["status"].isin(STATUS_LABELS)]
    if coded.empty:
        return pd.DataFrame()
    matrix = coded.pivot_table(index=["submission_id", "question_id"], columns="analyst",
                               values="status", aggfunc="last")
    return matrix[matrix.notna().sum(axis=1) >= 2]


def compute_agreement(db_path: str | Path) -> Agreement:
    """Agreement between analysts in the review store at `db_path`."""
    decisions = latest_decisions_by_analyst(db_path)
    matrix = status_matrix(decisions) if not decisions.empty else pd.DataFrame()
    if matrix.empty:
        return Agreement(answers=0, analysts=[], alpha=None, observed=None)
    analysts = [str(a) for a in matrix.columns]
    codes = matrix.apply(lambda column: column.map(lambda v: STATUS_LABELS.index(v) if isinstance(v, str) else np.nan))
    values = codes.to_numpy(dtype=float).T  # analysts x answers
    used = set(codes.stack().astype(int))
    alpha = None
    if len(used) >= 2:
        alpha = float(krippendorff.alpha(reliability_data=values, level_of_measurement="nominal"))
    confusion: dict[tuple[str, str], pd.DataFrame] = {}
    same = pairs = 0
    both = {label: 0 for label in STATUS_LABELS}
    either = {label: 0 for label in STATUS_LABELS}
    for first, second in combinations(analysts, 2):
        shared = matrix[[first, second]].dropna()
        if shared.empty:
            continue
        table = pd.crosstab(pd.Categorical(shared[first], STATUS_LABELS),
                            pd.Categorical(shared[second], STATUS_LABELS), dropna=False)
        table.index.name, table.columns.name = first, second
        confusion[(first, second)] = table
        for a, b in zip(shared[first], shared[second]):
            pairs += 1
            same += a == b
            either[a] += 1
            either[b] += 1
            if a == b:
                both[a] += 2
    per_label = pd.DataFrame({
        "label": list(STATUS_LABELS),
        "times_chosen": [either[label] for label in STATUS_LABELS],
        "specific_agreement": [both[label] / either[label] if either[label] else None for label in STATUS_LABELS],
    })
    return Agreement(answers=len(matrix), analysts=analysts, alpha=alpha,
                     observed=same / pairs if pairs else None, confusion=confusion, per_label=per_label)


def format_agreement(result: Agreement) -> str:
    """A plain-text report of `result` for the terminal."""
    if result.answers == 0:
        return "No answer has a status from two analysts yet: nothing to compare."
    alpha = "undefined (only one label used)" if result.alpha is None else f"{result.alpha:.3f}"
    lines = [
        f"Answers coded by two or more analysts: {result.answers} ({', '.join(result.analysts)})",
        f"Krippendorff's alpha (nominal): {alpha}",
        f"Observed agreement (pairs with the same label): {result.observed:.1%}",
        "",
        "Per-label specific agreement:",
    ]
    for row in result.per_label.itertuples(index=False):
        share = "-" if row.specific_agreement is None or pd.isna(row.specific_agreement) else f"{row.specific_agreement:.1%}"
        lines.append(f"  {row.label:<30} {share:>7}  (chosen {row.times_chosen} times)")
    for (first, second), table in result.confusion.items():
        lines += ["", f"Confusion: rows {first}, columns {second}", table.to_string()]
    return "\n".join(lines)
