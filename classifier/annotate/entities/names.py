"""The `msq_names` component: rules that fix the edges and labels of names and add the ones the `ner` missed.

Runs after `msq_entity_tidy`, following the codebook's conventions (en, fr, es, pt):

1. Runs: a name that runs on into the sentence is cut where the name ends.
   - A clause word ("that", "which", "desde", "qui", ...) ends a name.
   - A capitalised English name ends before a lower-case content word
     ("National AI Policy Framework for public comment", "Digital ID Act 2024 put").
   - A French, Spanish or Portuguese name ends before a verb and its article
     ("loi ... impose la publication", "Ley ... prevé la interoperabilidad").
   - A platform's name ends before a trailing lower-case head noun ("mObywatel mobile").
   - Two names joined by "and", "et", "y", "," are split when the second has a
     head word of its own ("Loi n° 26-2020 ... et loi n° 27-2020 ...", "Ministry
     of X and the Office of Y").
2. Labels: the head word of a name decides its label when there is one ("National
   Council for AI" is a body, "Digital Government Act 2022" a law). Generic terms
   and titles ("e-Government", "Prime Minister") are dropped.
3. Acronyms in parentheses ("Plan Stratégique de Développement d'Haïti (PSDH)")
   are a separate span with the label of the name before them, and so are their
   other mentions in the same answer.
4. Names the `ner` left out:
   - an acronym ("AGESIC", "NITA-U"), labelled by the `msq_entity_tidy` label
     model, and a camel-case brand ("CamDX", "MitID"), a `PORTAL`. Acronyms that
     are mostly not names in the hand-coded answers (learnt with `fit`, saved as
     JSON in the pipeline directory) and a fixed list (ICT, SMS, TBC) are left alone;
   - legislatures, cabinets and presidencies ("Parliament", "Conseil des ministres");
   - a run of capitalised words ending in a head word ("Digital Government
     Agency", "Privacy Act, 2003") or starting with one and a connector
     ("Departamento Administrativo de la Función Pública").
"""


# No `from __future__ import annotations` here: spaCy validates the factory's config
# against its type hints, and string hints break that validation.
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

OPEN_LABELS = ("GOV_ORG", "LAW", "POLICY", "PORTAL")

# Head words of names (lower-cased), by the label they give.
HEADS = {
    "LAW": "law act bill code decree proclamation ordinance regulation regulations directive convention constitution "
    "loi décret decret arrêté ordonnance code "
    "ley decreto código codigo reglamento resolución resolucion directiva convención constitución "
    "lei constituição",
    "GOV_ORG": "ministry ministère ministere ministerio ministério agency agence agencia agência "
    "department département departamento secretariat secrétariat secretaría secretaria "
    "commission comisión comissão authority autorité autoridad autoridade "
    "office bureau oficina council conseil consejo conselho "
    "directorate direction dirección direccion direção institute institut instituto "
    "center centre centro unit unité unidad board registry committee comité",
    "POLICY": "strategy stratégie strategie estrategia estratégia plan plano policy politique política "
    "programme program programa roadmap framework agenda initiative iniciativa",
    "PORTAL": "portal portail platform plataforma app application aplicación wallet marketplace",
}
NUMBER_WORDS = frozenset("no no. nº n° nr nr. n number núm núm. num".split())
# Words that end the part of a name that holds its head word ("Council | for Artificial Intelligence").
HEAD_END = frozenset(
    "of on for to against regarding concerning ( , : - – "
    "de du des d' pour sur relative relatif portant en contre "
    "del para sobre da do das dos".split()
)
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
CLOSERS = frozenset(").»”\"'")
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
            before = token.doc[token.i - 1]
            if before.text == "-" and not before.whitespace_:
                continue  # "Socio-economic"
            if capitals >= 2 and before.lower_ in EN_CONNECTORS:
                return token.i  # "... Framework for public comment"
            if before.lower_ in HEAD_LABEL or any(ch.isdigit() for ch in before.text):
                return token.i  # "Constitution guarantees", "Digital ID Act 2024 put", "Smart X 2041 master plan"
            return None
        else:
            return None
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without joiners, connectors and punctuation at the end, and a lower-case article at the start."""
    while start < end - 1 and doc[start].is_lower and doc[start].lower_ in LEADING_ARTICLES:
        start += 1
    while end > start and doc[end - 1].text not in CLOSERS and (
        doc[end - 1].is_punct or doc[end - 1].lower_ in EN_CONNECTORS | JOINERS
    ):
        end -= 1
    return start, end


def head_label(span: Span) -> str | None:
    """The label given by the head word of a name, else None. The head is the last
    word before "of", "de", "for"... ("National Council for AI", "Digital Government
    Act 2022"), or the first word when a connector or a number follows it ("Plan
    national de ...", "Ley N° 1581", "Ministry of ...")."""
    words = [t for t in span if not (t.is_lower and t.lower_ in LEADING_ARTICLES)]
    end = next((k for k, t in enumerate(words) if t.lower_ in HEAD_END), len(words))
    prefix = words[:end]
    while prefix and (prefix[-1].is_punct or any(ch.isdigit() for ch in prefix[-1].text) or prefix[-1].lower_ in NUMBER_WORDS):
        prefix.pop()
    if not prefix:
        return None
    if prefix[-1].lower_ in HEAD_LABEL:
        return HEAD_LABEL[prefix[-1].lower_]
    if prefix[0].lower_ in HEAD_LABEL and (len(words) == 1 or words[1].lower_ in HEAD_END | NUMBER_WORDS or words[1].like_num):
        return HEAD_LABEL[prefix[0].lower_]
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
    left, right = doc[start:joiner], doc[nxt:end]
    if doc[nxt].lower_ in HEAD_LABEL and not article and (left[0].lower_ in HEAD_LABEL or head_label(right) != head_label(left)):
        return True  # "Loi n° 26-2020 ... et loi n° 27-2020 ...", "Ley N° 737, Ley de ..."
    if not doc[nxt].is_alpha or not _is_name_word(doc[nxt].text) or head_label(right) is None:
        return False
    return article or head_label(left) != head_label(right)


def _verb_cut(span: Span) -> int | None:
    """Where a French, Spanish or Portuguese name runs into a verb and its object
    ("... impose la publication", "... prevé la interoperabilidad"), else None."""
    for token in span[1:-1]:
        after = token.doc[token.i + 1]
        if token.is_lower and token.is_alpha and token.lower_ not in ROMANCE_WORDS | NOT_VERBS and after.lower_ in ARTICLES:
            return token.i
    return None


def _platform_cut(span: Span) -> int | None:
    """Where a platform's name is followed by a lower-case head noun ("mObywatel mobile",
    "e-Darussalam portal", "Umucyo e-procurement"), else None."""
    if any(token.lower_ in ROMANCE_WORDS for token in span):
        return None
    for token in span[1:]:
        if token.is_lower and token.is_alpha and token.doc[token.i - 1].whitespace_:
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
    cuts = [_english_cut(doc[start:end]), _verb_cut(doc[start:end])]
    if span.label_ == "PORTAL":
        cuts.append(_platform_cut(doc[start:end]))
    for cut in cuts:
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
            spans.append(Span(doc, a, b, label=span.label_))
    return spans


def acronym_spans(doc: Doc, ents: list[Span], texts: list[str]) -> list[Span]:
    """Spans for acronyms in parentheses right after a name, and their other mentions
    (`texts`: the texts of the doc's tokens)."""
    labels: dict[str, str] = {}
    for ent in ents:
        i = ent.end
        if ent.label_ in OPEN_LABELS and i + 2 < len(texts) and texts[i] == "(" and texts[i + 2] == ")":
            if ACRONYM.fullmatch(texts[i + 1]):
                labels.setdefault(texts[i + 1], ent.label_)
    if not labels:
        return []
    return [Span(doc, i, i + 1, label=labels[text]) for i, text in enumerate(texts) if text in labels]


NOT_ACRONYM = re.compile(r"Q\d+|[IVXLC]+|.*\d{3,}.*")


# A brand written in camel case: "CamDX", "MitID", "myGov", "mObywatel", "SevisPortal".
CAMEL = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[a-z]{1,2}[A-Z][A-Za-z0-9]+")


def _is_acronym(text: str) -> bool:
    return len(text) >= 3 and ACRONYM.fullmatch(text) is not None and not NOT_ACRONYM.fullmatch(text)


def _is_brand(text: str) -> bool:
    return len(text) >= 4 and CAMEL.fullmatch(text) is not None


# Camel-case names of bodies ("MoITT", "SamCERT"); other brands are platforms.
BODY_BRAND = re.compile(r"^Mo[A-Z]|CERT|CSIRT|CIRT")
# Institutions that are a name on their own when capitalised (legislatures, cabinets, presidencies).
INSTITUTIONS = (
    "Parliament|Parlement|Parlamento|Parlament|Primature|Presidencia|Présidence|Presidency|Presidência|"
    "Cancillería|Congreso|Congress|Congresso|Senate|Sénat|Senado|Cabinet|National Assembly|Assemblée nationale|"
    "Assemblée Nationale|Asamblea Nacional|Assembleia Nacional|Assembleia da República|Conseil des ministres|"
    "Conseil des Ministres|Council of Ministers|Consejo de Ministros|Conselho de Ministros|Conseil fédéral|"
    "Prime Minister's Office|Cour des comptes|Cour des Comptes"
)
INSTITUTION_WORDS: dict[str, list[list[str]]] = {}
for _name in INSTITUTIONS.split("|"):
    _words = re.findall(r"\w+|[^\w\s]", _name)
    INSTITUTION_WORDS.setdefault(_words[0], []).append(_words)
# Generic terms and titles the recogniser may take for names ("Prime Minister": a person's title).
GENERIC_TERMS = frozenset(
    "e-government,egovernment,e-gov,e-service,e-services,eservice,e-participation,e-id,eid,"
    "electronic id,covid-19,covid,e-procurement,e-commerce,e-learning,e-health,e-signature,"
    "ministry,minister,prime minister,president,ministerial decision,government,royal government,sultanate".split(",")
)
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


def _relabel(span: Span) -> Span:
    label = head_label(span)
    return Span(span.doc, span.start, span.end, label=label) if label and label != span.label_ else span


NOT_FIRST = frozenset(
    "this that these those our its their his her each any every no new the a an same such le la les el los las l' o a os as".split()
)
NAME_CONNECTORS = frozenset("of on for and the & de del la las los du des d' l' et y e da do das dos para pour sur".split())


def _title_text(text: str) -> bool:
    return text[:1].isupper()


def _title(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() or bool(re.fullmatch(r"[A-Z][\w\-]*", token.text))


def _hyphen(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen joining two capitalised words ("Bottom-Up", "Decision-Making")."""
    return (
        doc[i].text == "-" and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        and doc[i + 1].text[:1].isupper()
    )


def capitalised_names(doc: Doc, ents: list[Span], texts: list[str]) -> list[Span]:
    """Names the `ner` left out: a run of capitalised words (with "of", "de"... between
    them) that ends in a head word ("Digital Government Agency", "Privacy Act, 2003")
    or starts with one ("Departamento Administrativo de la Función Pública")."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found, i, n = [], 0, len(doc)
    while i < n:
        if i in taken or not _title_text(texts[i]) or not _title(doc[i]) or doc[i].lower_ in NOT_FIRST:
            i += 1
            continue
        before = doc[i - 1] if i else None
        if before is not None and not before.is_punct and (
            before.i in taken or _is_brand(before.text) or _is_acronym(before.text)
        ):
            i += 1  # the end of a longer name ("UNDP Pacific Office", "eGovPH Super App")
            continue
        end = i + 1
        while end < n and end not in taken:
            if _title(doc[end]):
                end += 1
            elif _hyphen(doc, end) and end + 1 not in taken:
                end += 2
            elif doc[end].lower_ in NAME_CONNECTORS and end + 1 < n and end + 1 not in taken and (
                _title(doc[end + 1]) or doc[end + 1].lower_ in NAME_CONNECTORS and end + 2 < n and _title(doc[end + 2])
            ):
                end += 1
            else:
                break
        label = _run_label(doc, i, end)
        joiner = next((k for k in range(i + 1, end) if doc[k].lower_ in JOINERS), None)
        if label is None and joiner is not None:  # "the Open Data Agency and the Departamento ..."
            end = joiner
            label = _run_label(doc, i, end)
        if label and end - i >= 2:
            end = _with_number(doc, end, taken)
            found.append(Span(doc, i, end, label=label))
        i = end
    return found


def _run_label(doc: Doc, start: int, end: int) -> str | None:
    last, first = doc[end - 1].lower_, doc[start].lower_
    if last in HEAD_LABEL:
        return HEAD_LABEL[last]
    if first in HEAD_LABEL and end - start >= 3 and any(t.lower_ in NAME_CONNECTORS for t in doc[start + 1 : start + 3]):
        return HEAD_LABEL[first]  # "Ministry of ...", "Departamento Administrativo de ..."
    return None


YEAR_OR_NUMBER = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|\d+")


def _with_number(doc: Doc, end: int, taken: set[int]) -> int:
    """Extend a name over a following year or number: "Act, 2015", "Plan 2023-2028", "Act No. 5"."""
    k = end
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and YEAR_OR_NUMBER.fullmatch(doc[k + 1].text):
        k += 1
    if k < len(doc) and doc[k].lower_ in NUMBER_WORDS and k + 1 < len(doc) and doc[k + 1].like_num:
        k += 1
    if k < len(doc) and k not in taken and YEAR_OR_NUMBER.fullmatch(doc[k].text):
        return k + 1
    return end


def institution_names(doc: Doc, ents: list[Span], texts: list[str]) -> list[Span]:
    """`GOV_ORG` spans for the institutions of INSTITUTIONS outside `ents`."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found = []
    for i, text in enumerate(texts):
        for words in INSTITUTION_WORDS.get(text, ()):
            end = i + len(words)
            if texts[i:end] == words and not taken.intersection(range(i, end)):
                found.append(Span(doc, i, end, label="GOV_ORG"))
    return found


class NameRules:
    """Cuts names where they end, labels acronyms like their name, adds missed short names.

    `common` (learnt with `fit`) holds the acronyms and brands that are mostly not
    names of their own in the hand-coded answers.
    """

    def __init__(self, nlp: Language, name: str, min_records: int = 2) -> None:
        self.name = name
        self.nlp = nlp
        self.min_records = min_records
        self.common: set[str] = set()

    def fit(self, docs: Iterable[Doc]) -> None:
        """Learn the common acronyms from hand-coded docs (entities set as gold).

        Only acronyms left untagged in at least `min_records` answers, and more
        often than tagged on their own, are kept (no one-off string of an answer
        is saved).
        """
        untagged: Counter[str] = Counter()
        tagged: Counter[str] = Counter()
        for doc in docs:
            words = {(t.text, _alone(t)) for t in doc if (_is_acronym(t.text) or _is_brand(t.text)) and not t.like_url}
            for text, is_tagged in words:
                (tagged if is_tagged else untagged)[text] += 1
        self.common = {w for w, n in untagged.items() if n >= self.min_records and n >= tagged[w]}

    def _short_names(self, doc: Doc, ents: list[Span], texts: list[str]) -> list[Span]:
        """Acronyms and camel-case brands outside `ents` that are not common words."""
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        candidates = [
            doc[i] for i, text in enumerate(texts)
            if i not in taken and (_is_acronym(text) or _is_brand(text)) and text not in self.common
            and text not in STOP_ACRONYMS and not doc[i].like_url and not _in_longer_name(doc[i])
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
                label = "GOV_ORG" if BODY_BRAND.search(span.text) else "PORTAL"
            else:
                label = tidier.predict(span)[0] if tidier.weights else "GOV_ORG"
            spans.append(Span(doc, start, end, label=label))
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        for ent in doc.ents:
            ents += split_runs(ent) if ent.label_ in OPEN_LABELS else [ent]
        ents = [_relabel(e) if e.label_ in OPEN_LABELS else e for e in ents if e.text.lower() not in GENERIC_TERMS]
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        for acronym in acronym_spans(doc, ents, texts):
            overlapping = [e for e in ents if e.start < acronym.end and acronym.start < e.end]
            if all(e.label_ in OPEN_LABELS and (e.start, e.end) == (acronym.start, acronym.end) for e in overlapping):
                ents = [e for e in ents if e not in overlapping] + [acronym]
        ents += self._short_names(doc, ents, texts)
        ents += institution_names(doc, ents, texts)
        ents += capitalised_names(doc, ents, texts)
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
