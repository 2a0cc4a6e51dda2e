"""The `msq_names` component: rules that fix the edges and labels of the names the `ner` found.

Runs after `msq_entity_tidy`. Three rules, each following the codebook's conventions:

1. Runs: a name that runs on into the sentence is cut where the name ends.
   - Two names joined by "and", "et", "y", "," are split when the second starts
     with a head word ("Loi n° 26-2020 ... et loi n° 27-2020 ...", "Ley N° 737,
     Ley de ..."); each part keeps a label from its head word, else the old one.
   - A clause word ("that", "which", "desde", "qui", ...) ends a name.
   - A capitalised English name ends before a lower-case content word
     ("National AI Policy Framework for public comment").
2. Acronyms in parentheses: "Plan Stratégique de Développement d'Haïti (PSDH)":
   the acronym is a separate span with the label of the name before it, and so
   are its other mentions in the same answer.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

OPEN_LABELS = ("GOV_ORG", "LAW", "POLICY", "PORTAL")

# Head words that start a name of a known label (lower-cased).
HEADS = {
    "LAW": "law act bill code decree proclamation ordinance regulation regulations "
    "loi décret decret arrêté ordonnance code "
    "ley decreto código codigo reglamento resolución resolucion "
    "lei",
    "GOV_ORG": "ministry ministère ministere ministerio ministério agency agence agencia agência "
    "department département departamento secretariat secrétariat secretaría secretaria "
    "commission comisión comissão authority autorité autoridad autoridade "
    "office bureau oficina council conseil consejo conselho "
    "directorate direction dirección direccion direção institute institut instituto "
    "center centre centro unit unité unidad board registry committee comité",
    "POLICY": "strategy stratégie strategie estrategia estratégia plan plano policy politique política "
    "programme program programa roadmap framework agenda",
}
HEAD_LABEL = {word: label for label, words in HEADS.items() for word in words.split()}
JOINERS = frozenset(", ; and et y e und".split())
# Words that start a clause: a name never goes on past them.
CLAUSE_WORDS = frozenset(
    "that which who whose is are was were has have had will would since "
    "qui que dont est sont ont sera était avant depuis "
    "cual cuyo cuya fue fueron son está esta están estan será sera desde "
    "foi está".split()
)
LEADING_ARTICLES = frozenset("the la le les l' el los las o a os as".split())
ARTICLES = frozenset("la le les l' un une el los las una".split())
# Lower-case words that come before an article inside names.
NOT_VERBS = frozenset(
    "a al à au aux contre contra entre sous sobre hacia hasta según segun mediante ante "
    "relative relatif relatifs relatives portant fixant modifiant complétant abrogeant instituant "
    "regulating concerning establishing against on of in for".split()
)
# Words a capitalised English name may contain in lower case.
EN_CONNECTORS = frozenset("of on for and the in to at by with from against no dated concerning & -".split())
# Function words of French, Spanish and Portuguese names: with one of them, a name is not English.
ROMANCE_WORDS = frozenset(
    "de du des la le les l' d' à au aux pour par sur relative relatif portant "
    "del el los las y para sobre con en et e da do das dos com".split()
)
ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]\+?|[A-Z]{2,}[a-z]?[A-Z]+")


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _english_cut(span: Span) -> int | None:
    """Where a capitalised English name runs into lower-case words, else None."""
    if any(token.lower_ in ROMANCE_WORDS for token in span):
        return None
    capitals = 0
    for token in span:
        if token.is_punct or token.like_num or token.lower_ in EN_CONNECTORS:
            continue
        if _is_name_word(token.text):
            if not token.text.isascii():
                return None
            capitals += 1
        elif token.is_alpha and token.is_ascii and token.is_lower:
            return token.i if capitals >= 2 else None
        else:
            return None
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in EN_CONNECTORS | JOINERS) and doc[end - 1].text not in ").»”\"'":
        end -= 1
    return start, end


def _head_label(doc: Doc, start: int, end: int) -> str | None:
    for token in doc[start : min(end, start + 4)]:
        if token.lower_ in HEAD_LABEL:
            return HEAD_LABEL[token.lower_]
        if not _is_name_word(token.text):
            return None
    return None


def _has_head(tokens: Span) -> bool:
    return any(t.lower_ in HEAD_LABEL for t in tokens)


def _second_name(doc: Doc, start: int, joiner: int, end: int) -> bool:
    """A second name starts after the joiner at `joiner` ("... Act, 2019 and the Data ... Regulations")."""
    nxt = joiner + 1
    article = nxt < end - 1 and doc[nxt].lower_ in LEADING_ARTICLES
    nxt += article
    if nxt + 1 >= end or doc[nxt + 1].is_punct or not _has_head(doc[start:joiner]):
        return False
    if doc[nxt].lower_ in HEAD_LABEL and not article:
        return True
    if not doc[nxt].is_alpha or not _is_name_word(doc[nxt].text) or not _has_head(doc[nxt:end]):
        return False
    return article or _last_head(doc[start:joiner]) != _last_head(doc[nxt:end])


def _last_head(tokens: Span) -> str | None:
    labels = [HEAD_LABEL[t.lower_] for t in tokens if t.lower_ in HEAD_LABEL]
    return labels[-1] if labels else None


def _verb_cut(span: Span) -> int | None:
    """Where a French, Spanish or Portuguese name runs into a verb and its object
    ("... impose la publication", "... prevé la interoperabilidad"), else None."""
    for token in span[1:-1]:
        after = token.doc[token.i + 1]
        if token.is_lower and token.is_alpha and token.lower_ not in ROMANCE_WORDS | NOT_VERBS and after.lower_ in ARTICLES:
            return token.i
    return None


def split_runs(span: Span) -> list[Span]:
    """The span cut at clause words and split at joined names (see module doc)."""
    doc, start, end = span.doc, span.start, span.end
    for token in span[1:]:
        if token.lower_ in CLAUSE_WORDS:
            end = token.i
            break
    for token in doc[start + 1 : end - 2]:
        if token.text == "(" and doc[token.i + 2].text == ")" and ACRONYM.fullmatch(doc[token.i + 1].text):
            end = token.i
            break
    for cut in (_english_cut(doc[start:end]), _verb_cut(doc[start:end])):
        if cut is not None and cut > start:
            end = cut
    parts, part_start = [], start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in JOINERS and _second_name(doc, part_start, i, end):
            parts.append((part_start, i))
            part_start = i + 1
    parts.append((part_start, end))
    spans = []
    for a, b in parts:
        a, b = _trim(doc, a, b)
        if b > a:
            label = _head_label(doc, a, b) if len(parts) > 1 else None
            spans.append(Span(doc, a, b, label=label or span.label_))
    return spans


def acronym_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans for acronyms in parentheses right after a name, and their other mentions."""
    by_end = {ent.end: ent for ent in ents if ent.label_ in OPEN_LABELS}
    labels: dict[str, str] = {}
    for i in range(1, len(doc) - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and i in by_end and ACRONYM.fullmatch(doc[i + 1].text):
            labels.setdefault(doc[i + 1].text, by_end[i].label_)
    return [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]


NOT_ACRONYM = re.compile(r"Q\d+|[IVXLC]+|.*\d{3,}.*")


# A brand written in camel case: "CamDX", "MitID", "myGov", "mObywatel", "SevisPortal".
CAMEL = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[a-z]{1,2}[A-Z][A-Za-z0-9]+")


def _is_acronym(text: str) -> bool:
    return len(text) >= 3 and ACRONYM.fullmatch(text) is not None and not NOT_ACRONYM.fullmatch(text)


def _is_brand(text: str) -> bool:
    return len(text) >= 4 and CAMEL.fullmatch(text) is not None


BRAND_LABEL = "PORTAL"
# Acronyms that are never names of their own (and may be rare in the hand-coded answers).
STOP_ACRONYMS = frozenset(
    "TBC TBD TBA N/A NA SMS MMS USSD CIO CDO CEO CTO ODS ODD SDG SDGS ICT ICTS TIC TICS IT AI IA API APIS PDF USB GPS QR OTP "
    "KPI KPIS FAQ HTML HTTP HTTPS WWW COVID PKI VPN SSL TLS ERP GIS CRM BPM SME SMES PME PYME PYMES MSME MSMES NGO NGOS ONG "
    "IoT YouTube LinkedIn WhatsApp MoU eGovernment eGov eID eIDs eService eServices GovTech iPhone PowerPoint ChatGPT "
    "CSO CSOS PPP IOT GDP PIB USD EUR XOF XAF UTC ISO DNS NFC OCR BI DPO DPIA".split()
)


def _in_longer_name(token: Token) -> bool:
    """The acronym is followed or preceded by a capitalised word: part of a longer name ("PNG Vision 2050")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in LEADING_ARTICLES | {"du", "del", "des", "de", "of", "by", "with", "par", "por"}:
        before = None
    return any(t is not None and t.is_alpha and t.is_title for t in (after, before))


def _alone(token: Token) -> bool:
    """The token is an entity on its own."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


class NameRules:
    """Cuts names at their real end and gives acronyms the label of their name.

    `common` (learnt with `fit`) holds the acronyms that are mostly not names in the
    hand-coded answers (ICT, AI, GDPR...); any other acronym the `ner` left out
    becomes a name, labelled by the `msq_entity_tidy` label model.
    """

    def __init__(self, nlp: Language, name: str, min_records: int = 2) -> None:
        self.name = name
        self.nlp = nlp
        self.min_records = min_records
        self.common: set[str] = set()

    def fit(self, docs: Iterable[Doc]) -> None:
        """Learn the common acronyms from hand-coded docs (entities set as gold).

        Only acronyms left untagged in at least `min_records` answers, more often
        than tagged, are kept (so no one-off string of an answer is saved).
        """
        untagged: Counter[str] = Counter()
        tagged: Counter[str] = Counter()
        for doc in docs:
            words = {(t.text, _alone(t)) for t in doc if (_is_acronym(t.text) or _is_brand(t.text)) and not t.like_url}
            for text, is_tagged in words:
                (tagged if is_tagged else untagged)[text] += 1
        self.common = {w for w, n in untagged.items() if n >= self.min_records and n >= tagged[w]}

    def _acronym_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        candidates = [
            t for t in doc
            if t.i not in taken and (_is_acronym(t.text) or _is_brand(t.text)) and t.text not in self.common and t.text not in STOP_ACRONYMS
            and not t.like_url and not _in_longer_name(t)
        ]
        if not candidates or "msq_entity_tidy" not in self.nlp.pipe_names:
            return []
        tidier = self.nlp.get_pipe("msq_entity_tidy")
        spans = []
        for token in candidates:
            start, end = token.i, token.i + 1
            if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 2].text.isupper() and start - 2 not in taken:
                start -= 2  # "ZM-CIRT"
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and doc[end + 1].text.isupper() and end + 1 not in taken:
                end += 2  # "NITA-U", "TT-CSIRT"
            span = Span(doc, start, end)
            if _is_brand(token.text):
                label = BRAND_LABEL
            else:
                label = tidier.predict(span)[0] if tidier.weights else "GOV_ORG"
            spans.append(Span(doc, start, end, label=label))
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        for ent in doc.ents:
            ents += split_runs(ent) if ent.label_ in OPEN_LABELS else [ent]
        for acronym in acronym_spans(doc, ents):
            overlapping = [e for e in ents if e.start < acronym.end and acronym.start < e.end]
            if all(e.label_ in OPEN_LABELS and (e.start, e.end) == (acronym.start, acronym.end) for e in overlapping):
                ents = [e for e in ents if e not in overlapping] + [acronym]
        ents += self._acronym_names(doc, ents)
        doc.set_ents(filter_spans(ents), default="outside")
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "common_acronyms.json", sorted(self.common))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "NameRules":
        self.common = set(srsly.read_json(ensure_path(path) / "common_acronyms.json"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(sorted(self.common)).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "NameRules":
        self.common = set(srsly.json_loads(data))
        return self


@Language.factory("msq_names", default_config={"min_records": 2})
def make_name_rules(nlp: Language, name: str, min_records: int) -> NameRules:
    """spaCy factory of the name rules (learn the common acronyms with `fit`)."""
    return NameRules(nlp, name, min_records)
