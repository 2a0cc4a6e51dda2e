"""The country-by-question matrix of implementation statuses.

One row per country, one column per status-coded question ("Q40 law.data_protection").
With analyst decisions (from the review store) a decision wins over the model's
suggestion; a parallel `sources` matrix says for every cell which one it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from classifier.catalog import Catalog, load_catalog
from classifier.errors import InputError
from classifier.labels import STATUS_LABELS
from classifier.tables import read_table

# Short forms printed inside figure and report cells, so that a black-and-white print reads.
STATUS_SHORT: dict[str, str] = {
    "enacted": "E",
    "planned": "P",
    "provision_without_guidelines": "PWG",
    "not_in_place": "NIP",
    "no_information": "NI",
}
MODEL, ANALYST = "model", "analyst"
REQUIRED_COLUMNS = ("country", "question_id", "status")


@dataclass
class Selection:
    """Which questions, countries and sections to compare; None means all."""

    questions: set[int] | None = None
    countries: list[str] | None = None
    sections: list[str] | None = None


@dataclass
class CountryMatrix:
    """The comparison of one survey round.

    `statuses` and `sources`: country x question column (status label / "model" or "analyst").
    `cells`: the same cells in long form, with the answer, confidence and entities behind each.
    `answers`: every selected answer (all kinds), the input of the partner and law tables.
    `questions`: the matrix columns in order with number, section, topic and text.
    """

    statuses: pd.DataFrame
    sources: pd.DataFrame
    cells: pd.DataFrame
    answers: pd.DataFrame
    questions: pd.DataFrame
    submissions: pd.Series = field(default_factory=lambda: pd.Series(dtype=int))
    model_versions: list[str] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        return list(self.statuses.index)


def parse_question_ranges(spec: str) -> set[int]:
    """`"37-58,85"` -> {37, ..., 58, 85}. Raises ValueError with a readable message."""
    numbers: set[int] = set()
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        low, _, high = part.partition("-")
        try:
            first, last = int(low), int(high or low)
        except ValueError:
            raise ValueError(f"--questions: '{part}' is not a number or a range like 37-58") from None
        if first > last or first < 1:
            raise ValueError(f"--questions: '{part}' is not a valid range")
        numbers.update(range(first, last + 1))
    if not numbers:
        raise ValueError("--questions: no question numbers given")
    return numbers


def split_list(spec: str | None) -> list[str] | None:
    """`"Ghana, Viet Nam"` -> ["Ghana", "Viet Nam"]; None or blank -> None."""
    if not spec:
        return None
    items = [item.strip() for item in spec.split(",") if item.strip()]
    return items or None


def parse_entities(value: Any) -> list[dict]:
    """Entities as stored in any table format (list, JSON text, empty) -> list of dicts."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except json.JSONDecodeError:
            return []
    if isinstance(value, list):
        return [e for e in value if isinstance(e, dict)]
    return []


def _clean_status(value: Any) -> str | None:
    return value if isinstance(value, str) and value in STATUS_LABELS else None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value) if value is not None and value == value else False


def normalise_annotations(frame: pd.DataFrame, path: str | Path = "<table>") -> pd.DataFrame:
    """Coerce an annotated table read from any format to the types compare relies on.

    Raises InputError when the table is not the output of `annotate`.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(path, f"not an annotated answers table (missing {', '.join(missing)}); "
                               "run `msq-classifier annotate` on it first")
    out = frame.copy()
    out["question_id"] = pd.to_numeric(out["question_id"], errors="coerce").astype("Int64")
    out["status"] = out["status"].map(_clean_status)
    for column in ("submission_id", "section", "section_title", "question", "answer", "source", "kind"):
        if column not in out.columns:
            out[column] = None
    if out["submission_id"].isna().all():
        out["submission_id"] = str(path)
    out["submission_id"] = out["submission_id"].astype(str)
    out["country"] = [c.strip() if isinstance(c, str) and c.strip() else f"(no country) {s}"
                      for c, s in zip(out["country"], out["submission_id"])]
    out["entities"] = out["entities"].map(parse_entities) if "entities" in out.columns else [[]] * len(out)
    conf = out["status_confidence"] if "status_confidence" in out.columns else None
    out["status_confidence"] = pd.to_numeric(conf, errors="coerce") if conf is not None else float("nan")
    out["needs_review"] = out["needs_review"].map(_as_bool) if "needs_review" in out.columns else False
    if "model_version" not in out.columns:
        out["model_version"] = None
    return out


def load_annotations(paths: Sequence[str | Path]) -> tuple[pd.DataFrame, list[InputError]]:
    """Read and normalise annotated tables; unreadable ones go into the error list."""
    frames, errors = [], []
    for path in paths:
        try:
            frames.append(normalise_annotations(read_table(path), path))
        except InputError as error:
            errors.append(error)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return frame, errors


def spreadsheet_decisions(frame: pd.DataFrame) -> pd.DataFrame:
    """Decisions an analyst typed into a review workbook (`reviewed_status`, `reviewer`) read as input."""
    columns = ["submission_id", "question_id", "status", "entities", "analyst", "decided_at"]
    if "reviewed_status" not in frame.columns:
        return pd.DataFrame(columns=columns)
    labels = frame["reviewed_status"].map(lambda v: v.strip().lower() if isinstance(v, str) else None)
    filled = frame[labels.isin(STATUS_LABELS) & frame["question_id"].notna()]
    reviewer = filled["reviewer"] if "reviewer" in filled.columns else pd.Series(None, index=filled.index)
    return pd.DataFrame({"submission_id": filled["submission_id"], "question_id": filled["question_id"],
                         "status": labels[filled.index], "entities": filled["entities"],
                         "analyst": reviewer.map(lambda v: v if isinstance(v, str) and v.strip() else "spreadsheet"),
                         "decided_at": None}, columns=columns)


def apply_decisions(frame: pd.DataFrame, decisions: pd.DataFrame | None) -> pd.DataFrame:
    """Add `final_status`, `final_entities`, `origin` ("model"/"analyst"), `analyst`, `decided_at`.

    An analyst's decision on an answer (matched on submission_id and question_id) replaces the
    model's status and entities: the latest one in the review store, else a `reviewed_status`
    filled in a review workbook given as input.
    """
    out = frame.copy()
    out["final_status"] = out["status"]
    out["final_entities"] = out["entities"]
    out["origin"] = MODEL
    out["analyst"] = None
    out["decided_at"] = None
    sources = [spreadsheet_decisions(frame), decisions if decisions is not None else pd.DataFrame()]
    by_key = {  # the store's decisions come last and so win
        (str(row.submission_id), int(row.question_id)): row
        for table in sources if not table.empty
        for row in table.itertuples(index=False)
        if pd.notna(row.question_id)
    }
    if not by_key:
        return out
    for i, (sub, qid) in enumerate(zip(out["submission_id"], out["question_id"])):
        row = None if pd.isna(qid) else by_key.get((sub, int(qid)))
        if row is None:
            continue
        out.iat[i, out.columns.get_loc("final_status")] = _clean_status(row.status)
        out.iat[i, out.columns.get_loc("final_entities")] = parse_entities(row.entities)
        out.iat[i, out.columns.get_loc("origin")] = ANALYST
        out.iat[i, out.columns.get_loc("analyst")] = row.analyst
        out.iat[i, out.columns.get_loc("decided_at")] = row.decided_at
    return out


def question_table(catalog: Catalog, frame: pd.DataFrame) -> pd.DataFrame:
    """One row per question seen in `frame`: number, column label, section, topic, text, status_coded.

    Questions the catalog does not know are kept when the model coded a status for them.
    """
    rows = []
    for qid in sorted(int(q) for q in frame["question_id"].dropna().unique()):
        question = catalog.questions.get(qid)
        if question is not None:
            rows.append({"question_id": qid, "column": f"Q{qid} {question.topic}", "section": question.section,
                         "section_title": question.section_title, "topic": question.topic,
                         "text": catalog.question_text(qid), "status_coded": bool(question.status_coded)})
            continue
        seen = frame[frame["question_id"] == qid]
        first = seen.iloc[0]
        rows.append({"question_id": qid, "column": f"Q{qid}", "section": first["section"],
                     "section_title": first["section_title"], "topic": f"q{qid}",
                     "text": first["question"], "status_coded": bool(seen["status"].notna().any())})
    return pd.DataFrame(rows, columns=["question_id", "column", "section", "section_title", "topic",
                                       "text", "status_coded"])


def _select(frame: pd.DataFrame, questions: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """The selected answers; contact answers (names and e-mails of officials) never enter a comparison."""
    keep = frame["question_id"].notna() & (frame["kind"] != "contact")
    if selection.questions is not None:
        keep &= frame["question_id"].isin(selection.questions)
    if selection.sections is not None:
        wanted = {s.upper() for s in selection.sections}
        known = sorted(set(questions["section"].dropna().astype(str)))
        unknown = sorted(wanted - {k.upper() for k in known})
        if unknown:
            raise ValueError(f"--sections: no questions in section {', '.join(unknown)}; "
                             f"sections in the input: {', '.join(known)}")
        sections = {row.question_id for row in questions.itertuples() if str(row.section).upper() in wanted}
        keep &= frame["question_id"].isin(sections)
    if selection.countries is not None:
        by_lower = {c.lower(): c for c in frame["country"].unique()}
        unknown = [c for c in selection.countries if c.lower() not in by_lower]
        if unknown:
            raise ValueError(f"--countries: no answers for {', '.join(unknown)}; "
                             f"countries in the input: {', '.join(sorted(by_lower.values()))}")
        keep &= frame["country"].isin([by_lower[c.lower()] for c in selection.countries])
    return frame[keep]


def _one_cell_per_country(frame: pd.DataFrame) -> pd.DataFrame:
    """Where a country sent several submissions: an analyst decision, then a coded status, then the latest input."""
    ranked = frame.assign(_order=range(len(frame)),
                          _rank=(frame["origin"] == ANALYST).astype(int) * 2 + frame["final_status"].notna())
    ranked = ranked.sort_values(["_rank", "_order"], kind="stable")
    return ranked.drop_duplicates(["country", "question_id"], keep="last").drop(columns=["_order", "_rank"])


def build_matrix(frame: pd.DataFrame, *, decisions: pd.DataFrame | None = None,
                 selection: Selection | None = None, catalog: Catalog | None = None) -> CountryMatrix:
    """Build the comparison from normalised annotations (see `load_annotations`)."""
    catalog = catalog or load_catalog()
    selection = selection or Selection()
    questions = question_table(catalog, frame) if not frame.empty else question_table(catalog, _empty())
    answers = _select(apply_decisions(frame, decisions) if not frame.empty else _empty(), questions, selection)
    coded = questions[questions["status_coded"] & questions["question_id"].isin(answers["question_id"])]
    if coded.empty:
        raise ValueError("no status-coded question in the selected answers: nothing to compare"
                         if selection != Selection() else "no status-coded answers in the input: nothing to compare")
    column_of = dict(zip(coded["question_id"], coded["column"]))
    cells = _one_cell_per_country(answers[answers["question_id"].isin(column_of)])
    cells = cells.assign(column=cells["question_id"].map(lambda q: column_of[int(q)]))
    cells = cells.sort_values(["country", "question_id"]).reset_index(drop=True)
    countries = sorted(answers["country"].unique(), key=str.casefold)
    columns = list(coded["column"])
    statuses = _pivot(cells, "final_status", countries, columns)
    sources = _pivot(cells, "origin", countries, columns)
    submissions = answers.groupby("country")["submission_id"].nunique().reindex(countries)
    versions = sorted({str(v) for v in answers["model_version"].dropna().unique()})
    return CountryMatrix(statuses=statuses, sources=sources, cells=cells, answers=answers.reset_index(drop=True),
                         questions=coded.reset_index(drop=True), submissions=submissions, model_versions=versions)


def _empty() -> pd.DataFrame:
    columns = ["submission_id", "country", "question_id", "section", "section_title", "question", "answer", "kind",
               "status", "entities", "status_confidence", "needs_review", "model_version", "source"]
    return apply_decisions(pd.DataFrame({c: pd.Series(dtype=object) for c in columns}), None)


def _pivot(cells: pd.DataFrame, value: str, countries: list[str], columns: list[str]) -> pd.DataFrame:
    wide = cells.pivot(index="country", columns="column", values=value) if not cells.empty else pd.DataFrame()
    wide = wide.reindex(index=pd.Index(countries, name="country"), columns=columns)
    values = [[v if isinstance(v, str) else None for v in row] for row in wide.to_numpy(dtype=object)]
    return pd.DataFrame(values, index=wide.index, columns=columns, dtype=object)


def question_summary(matrix: CountryMatrix) -> pd.DataFrame:
    """Per question: how many countries answered, and the share of them in each status."""
    rows = []
    for q in matrix.questions.itertuples():
        values = matrix.statuses[q.column].dropna()
        row = {"question": q.column, "section": q.section, "question_text": q.text, "countries": len(values),
               "reviewed": int((matrix.sources[q.column] == ANALYST).sum())}
        counts = values.value_counts()
        for label in STATUS_LABELS:
            row[label] = round(counts.get(label, 0) / len(values), 3) if len(values) else 0.0
        rows.append(row)
    columns = ["question", "section", "question_text", "countries", "reviewed", *STATUS_LABELS]
    return pd.DataFrame(rows, columns=columns)


def _spans(answers: pd.DataFrame, labels: Iterable[str]) -> pd.DataFrame:
    wanted = set(labels)
    rows = [
        {"country": country, "question_id": int(qid), "label": span.get("label"),
         "name": (span.get("canonical") or span.get("text") or "").strip() if span.get("label") == "PARTNER"
         else (span.get("text") or "").strip()}
        for country, qid, spans in zip(answers["country"], answers["question_id"], answers["final_entities"])
        for span in spans if span.get("label") in wanted
    ]
    return pd.DataFrame(rows, columns=["country", "question_id", "label", "name"])


def _grouped(spans: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    spans = spans[spans["name"] != ""]
    grouped = spans.groupby(keys, sort=False).agg(
        mentions=("question_id", "size"),
        questions=("question_id", lambda q: ", ".join(f"Q{n}" for n in sorted(set(q)))))
    return grouped.reset_index()


def partners_by_country(matrix: CountryMatrix) -> pd.DataFrame:
    """Canonical partner names per country, with the questions that name them."""
    table = _grouped(_spans(matrix.answers, ["PARTNER"]), ["country", "name"]).rename(columns={"name": "partner"})
    return table.sort_values(["country", "partner"], key=lambda s: s.str.casefold()).reset_index(drop=True)


def partner_counts(matrix: CountryMatrix) -> pd.DataFrame:
    """Partners by number of countries that name them, most first."""
    table = partners_by_country(matrix)
    counts = table.groupby("partner")["country"].nunique().rename("countries").reset_index()
    return counts.sort_values(["countries", "partner"], ascending=[False, True]).reset_index(drop=True)


def named_instruments(matrix: CountryMatrix) -> pd.DataFrame:
    """Laws and policies named per country (LAW and POLICY spans), with the questions naming them."""
    spans = _spans(matrix.answers, ["LAW", "POLICY"])
    table = _grouped(spans, ["country", "label", "name"]).rename(columns={"label": "kind"})
    table["kind"] = table["kind"].map({"LAW": "law", "POLICY": "policy"})
    return table.sort_values(["country", "kind", "name"], key=lambda s: s.str.casefold()).reset_index(drop=True)


def unreviewed_cells(matrix: CountryMatrix) -> pd.DataFrame:
    """Matrix cells that still carry the model's suggestion: flagged ones first, then least confident."""
    cells = matrix.cells[matrix.cells["origin"] == MODEL]
    table = pd.DataFrame({
        "country": cells["country"], "question": cells["column"], "status": cells["final_status"],
        "confidence": cells["status_confidence"].round(3), "needs_review": cells["needs_review"].astype(bool),
        "answer": cells["answer"], "submission_id": cells["submission_id"],
    })
    table = table.sort_values(["needs_review", "confidence"], ascending=[False, True], na_position="first")
    return table.assign(needs_review=table["needs_review"].map({True: "yes", False: "no"})).reset_index(drop=True)


def to_rows(matrix: CountryMatrix) -> pd.DataFrame:
    """The matrix as one flat table: a row per country, statuses then `source: ...` columns."""
    sources = matrix.sources.add_prefix("source: ")
    return pd.concat([matrix.statuses, sources], axis=1).reset_index()
