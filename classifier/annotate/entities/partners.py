"""The `msq_partners` component: partner organisations from a list, with canonical names.

The list (data/partners.json) gives each partner a `canonical` name, `aliases`
matched in answers, and for foreign governments `names` (bare country names)
that are only used to name a partner the statistical recogniser found.

Case rule: an alias with no lower-case letter (an acronym such as "UNDP",
"UIT", "МСЭ", or a caseless script) matches only as written; any other alias
matches whatever its case ("banque mondiale").

The same factory serves twice in the pipeline: `msq_partners` (tag=True, before
`ner`) tags the listed partners; `msq_partner_names` (tag=False, after `ner`)
gives the canonical name to partners that `ner` found, and with
keep_unknown=False drops those that are not in the list (on answers from
countries not seen in training, most of them were not partners). Every `PARTNER` entity
carries its canonical name as `kb_id_`, readable as `span._.canonical`.
"""


# No `from __future__ import annotations` here: spaCy validates the factory's config
# against its type hints, and string hints break that validation.
import json
import re
from pathlib import Path
from typing import Any, Iterable

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

from classifier.annotate.entities.spans import add_entities

PARTNER_LABEL = "PARTNER"
PARTNERS_FILE = Path(__file__).resolve().parents[3] / "data" / "partners.json"


def _span_canonical(span: Span) -> str | None:
    return span.kb_id_ or None if span.label_ == PARTNER_LABEL else None


if not Span.has_extension("canonical"):
    Span.set_extension("canonical", getter=_span_canonical)


def load_partners(path: str | Path = PARTNERS_FILE) -> list[dict[str, Any]]:
    """The partner entries of a partners.json file."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)["partners"]


def _key(name: str) -> str:
    """Lookup key of a name: case, apostrophes, articles and spacing ignored."""
    name = name.casefold().replace("’", "'")
    name = re.sub(r"^(the|l'|la|le|les|el|los|las|o|a|os|as)\s*", "", name)
    return " ".join(re.sub(r"[^\w&+]+", " ", name).split())


def _exact_case(alias: str) -> bool:
    return not any(ch.islower() for ch in alias)


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _inside_longer_name(span: Span) -> bool:
    """A match that is part of a longer name ("EU AI Act", "OGP Action Plan",
    "MENA-OCDE") is left to the statistical recogniser."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and not before.whitespace_:
        if before.text in ("-", "–"):
            return True
        if before.text == "/" and before.i > 0 and any(ch.isdigit() for ch in doc[before.i - 1].text):
            return True  # a reference number: "Loi n° 21-012/AU"
    return after is not None and bool(span[-1].whitespace_) and _is_name_word(after)


# A bare country name is a partner after these words: "with Estonia", "avec la Chine",
# "com o Luxemburgo", "с Эстонией", "funding from the UK".
COUNTRY_CUES = frozenset("with from avec con com с со mit".split())
ARTICLES = frozenset("the la le l' el o a der dem den".split())
CONJUNCTIONS = frozenset("and et y e и und".split())


def _partner_countries(doc: Doc, matches: list[tuple[int, int, int]], partners: list[Span], label: str) -> list[Span]:
    """Country names used as partners: after a cue word, or joined to a partner by "and"."""
    found: list[Span] = []
    ends = {s.end for s in partners}
    for key, start, end in sorted(matches, key=lambda m: m[1]):
        span = Span(doc, start, end, label=label, kb_id=key)
        i = start - 1
        if i >= 0 and doc[i].lower_ in ARTICLES:
            i -= 1
        if i < 0 or _inside_longer_name(span) or end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            continue  # "from Rwanda's platform": the country's own, not a partner
        if doc[i].lower_ in COUNTRY_CUES or (doc[i].lower_ in CONJUNCTIONS and i in ends):
            found.append(span)
            ends.add(end)
    return found


def _acronym_after(span: Span) -> Span | None:
    """The acronym in parentheses right after a partner's name: "... Administrativa (AMA)"."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        acronym = doc[span.end + 1]
        if acronym.is_upper and len(acronym) > 1:
            return Span(doc, acronym.i, acronym.i + 1, label=span.label, kb_id=span.kb_id)
    return None


class PartnerTagger:
    """Tags listed partners (tag=True) and names every `PARTNER` entity."""

    def __init__(
        self, nlp: Language, name: str, label: str = PARTNER_LABEL, tag: bool = True, keep_unknown: bool = True
    ) -> None:
        self.name = name
        self.label = label
        self.tag = tag
        self.keep_unknown = keep_unknown
        self.nlp = nlp
        self.partners: list[dict[str, Any]] = []
        self._matchers: tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher] | None = None
        self._lookup: dict[str, str] = {}

    def set_partners(self, partners: Iterable[dict[str, Any]]) -> None:
        """Use these partner entries (see data/partners.json)."""
        self.partners = [dict(p) for p in partners]
        self._lookup = {}
        for entry in self.partners:
            for alias in [*entry.get("names", []), *entry["aliases"], entry["canonical"]]:
                self._lookup[_key(alias)] = entry["canonical"]
        # Built now, not on first use: the canonical names must be lasting strings
        # of the vocabulary, even if the first document comes in a memory zone.
        self._matchers = self._build_matchers()

    def _build_matchers(self) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
        exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        anycase = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        countries = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for entry in self.partners:
            for name in entry.get("names", []):
                countries.add(entry["canonical"], [self.nlp.make_doc(name)])
            for alias in entry["aliases"]:
                matcher = exact if _exact_case(alias) else anycase
                matcher.add(entry["canonical"], [self.nlp.make_doc(alias)])
        return exact, anycase, countries

    def known_canonical(self, text: str) -> str | None:
        """Canonical name for a partner's name as written, None if it is not in the list."""
        found = self._lookup.get(_key(text))
        if found:
            return found
        inner = self._match(self.nlp.make_doc(text)) if self.partners else []
        return inner[0].kb_id_ if inner else None

    def canonical(self, text: str) -> str:
        """Canonical name for a partner's name as written; the name itself if unknown."""
        return self.known_canonical(text) or text

    def _match(self, doc: Doc) -> list[Span]:
        if self._matchers is None:
            return []
        exact, anycase, countries = self._matchers
        matches = exact(doc) + anycase(doc)
        spans = [Span(doc, start, end, label=self.label, kb_id=key) for key, start, end in matches]
        spans = [s for s in filter_spans(spans) if not _inside_longer_name(s)]
        spans += [a for s in spans if (a := _acronym_after(s)) is not None]
        return spans + _partner_countries(doc, countries(doc), spans, self.label)

    def __call__(self, doc: Doc) -> Doc:
        if self.tag and self.partners:
            add_entities(doc, self._match(doc))
        unnamed = [e for e in doc.ents if e.label_ == self.label and not e.kb_id_]
        if not unnamed:
            return doc
        if self.keep_unknown:
            named = [Span(doc, e.start, e.end, label=e.label, kb_id=self.canonical(e.text)) for e in unnamed]
            doc.set_ents(named, default="unmodified")
        else:
            unknown = {(e.start, e.end) for e in unnamed if self.known_canonical(e.text) is None}
            kept = [
                Span(doc, e.start, e.end, label=e.label, kb_id=e.kb_id or self.canonical(e.text))
                for e in doc.ents
                if (e.start, e.end) not in unknown
            ]
            doc.set_ents(kept, default="outside")
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "partners.json", {"partners": self.partners})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "PartnerTagger":
        self.set_partners(srsly.read_json(ensure_path(path) / "partners.json")["partners"])
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps({"partners": self.partners}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "PartnerTagger":
        self.set_partners(srsly.json_loads(data)["partners"])
        return self


@Language.factory("msq_partners", default_config={"label": PARTNER_LABEL, "tag": True, "keep_unknown": True})
def make_partner_tagger(nlp: Language, name: str, label: str, tag: bool, keep_unknown: bool) -> PartnerTagger:
    """spaCy factory of the partner component (fill it with `set_partners`)."""
    return PartnerTagger(nlp, name, label, tag, keep_unknown)
