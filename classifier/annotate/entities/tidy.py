"""The `msq_entity_tidy` component: tidies the names the statistical `ner` found.

1. Platforms: a capitalised name right before or after a platform word ("the
   Sanad app", "portail Idarati") that the `ner` missed becomes a `PORTAL`.
2. Edges: function words, stray punctuation and unbalanced quotes at the edges of
   a name are dropped ("State Law Office for" -> "State Law Office", "Conseil des
   ministres en 2024" -> "Conseil des ministres", "Открытые НПА»" -> "Открытые НПА").
3. Labels: spaCy's `ner` commits to a label at the first word of a name, before
   it sees the head word ("National Data Management Authority" is a body, not a
   law). A small multinomial logistic regression over the whole span (its words,
   first and last word, word beginnings), trained on the hand-coded names, gives
   a second opinion and changes the label when it gives another label a
   probability of at least `threshold` (0.4, chosen on held-out countries).

Only `GOV_ORG`, `LAW`, `POLICY` and `PORTAL` spans are touched. The weights are
plain JSON in the pipeline directory.
"""


# No `from __future__ import annotations` here: spaCy validates the factory's config
# against its type hints, and string hints break that validation.
import math
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

OPEN_LABELS = ("GOV_ORG", "LAW", "POLICY", "PORTAL")


def _neighbour(span: Span, step: int) -> str:
    """The nearest word before (step=-1) or after (step=1) the span; "<url>" for an address."""
    doc = span.doc
    i = span.start - 1 if step < 0 else span.end
    while 0 <= i < len(doc) and doc[i].is_punct and doc[i].text not in "()":
        i += step
    if not 0 <= i < len(doc):
        return "<none>"
    token = doc[i]
    if token.ent_type_ == "URL" or token.like_url:
        return "<url>"
    if token.text == "(" and i + 1 < len(doc) and (doc[i + 1].ent_type_ == "URL" or doc[i + 1].like_url):
        return "<url>"
    # Only lower-case words and brackets are kept as they are; anything else
    # (a capitalised name, an e-mail, a number) becomes a class, so no personal
    # data ends up in the saved weights.
    if token.text in "()" or token.is_alpha and token.is_lower:
        return token.lower_
    return "<cap>" if token.is_alpha else "<other>"


def span_features(span: Span) -> list[str]:
    """Features of a name: its words, word beginnings, first and last word, length,
    and the words just before and after it ("the Sanad app", "portail Idarati")."""
    words = [t.lower_ for t in span if not t.is_punct]
    if not words:
        return []
    feats = [f"w={w}" for w in words] + [f"p={w[:5]}" for w in words if len(w) >= 5]
    feats += [f"first={words[0]}", f"last={words[-1]}", f"firstp={words[0][:5]}", f"lastp={words[-1][:5]}"]
    feats += [f"n={min(len(words), 5)}", f"prev={_neighbour(span, -1)}", f"next={_neighbour(span, 1)}"]
    if len(words) == 1 and span[0].is_upper:
        feats.append("acronym")
    return sorted(set(feats))


# Words that never end a name in the hand-coded data (en, fr, es, pt, ru, de).
TRAILING_WORDS = frozenset(
    "of the for and that as in on to by with from at "
    "en de du des la le les l' d' et pour par dans au aux "
    "y e a para por del da do das dos con com el "
    "и в на как для по der die das und für von".split()
)
LEADING_WORDS = frozenset("the la le les l' el los las der die das".split())
EDGE_PUNCT = frozenset(",;:([-–—/")
QUOTES = {"»": "«", "”": "“", "’": "‘", "'": "'", '"': '"'}
OPENERS = {v: k for k, v in QUOTES.items()}
YEAR = re.compile(r"(?:19|20)\d\d")


def _unbalanced(text: str, char: str) -> bool:
    """`char` (a quote) has no partner inside `text`."""
    if char in QUOTES and QUOTES[char] != char:
        return text.count(QUOTES[char]) < text.count(char)
    if char in OPENERS and OPENERS[char] != char:
        return text.count(OPENERS[char]) < text.count(char)
    return text.count(char) % 2 == 1


def _trim_step(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """One token less at either edge, if that edge is not part of a name."""
    last, text = doc[end - 1], doc[start:end].text
    if last.lower_ in TRAILING_WORDS or last.text in EDGE_PUNCT:
        return start, end - 1
    if (last.text in QUOTES or last.text in OPENERS) and _unbalanced(text, last.text):
        return start, end - 1
    if last.text in ")]" and {")": "(", "]": "["}[last.text] not in doc[start : end - 1].text:
        return start, end - 1
    if end - start >= 3 and YEAR.fullmatch(last.text) and doc[end - 2].lower_ in {"in", "en", "em", "в"}:
        return start, end - 2  # "... in 2023": when, not part of the name
    first = doc[start]
    if first.lower_ in LEADING_WORDS or first.text in EDGE_PUNCT or first.text in "([":
        return start + 1, end
    if (first.text in QUOTES or first.text in OPENERS) and _unbalanced(text, first.text):
        return start + 1, end
    return start, end


def trim_edges(span: Span) -> Span | None:
    """The span without function words, stray punctuation and unbalanced quotes
    or brackets at its edges, and with the closing quote of a title it opened
    ("Закон «Об обращениях граждан»"); None if nothing is left."""
    doc, start, end = span.doc, span.start, span.end
    while end > start:
        new_start, new_end = _trim_step(doc, start, end)
        if (new_start, new_end) == (start, end):
            break
        start, end = new_start, new_end
    if end <= start:
        return None
    if end < len(doc) and doc[end].text in QUOTES and QUOTES[doc[end].text] != doc[end].text:
        if _unbalanced(doc[start:end].text, QUOTES[doc[end].text]):
            end += 1
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id)


# A capitalised name right before or after one of these words is a platform:
# "the Sanad app", "LifeSG app", "portail Idarati", "la app DUI Digital".
PLATFORM_AFTER = frozenset("app application platform portal system wallet".split())
PLATFORM_BEFORE = frozenset("portail plateforme plataforma app aplicación aplicativo portal портал платформа приложение".split())
GENERIC_WORDS = frozenset(
    "the a an this our its le la les un une o os el los las der die das aucun ningún nenhum no "
    "government national e-government online digital mobile single unified official public new central "
    "electronic e-services web state gov services service id e-id".split()
)


def _name_word(token: Token) -> bool:
    return not token.is_punct and any(ch.isupper() or ch.isdigit() for ch in token.text) and not token.like_url


def platform_names(doc: Doc) -> list[Span]:
    """`PORTAL` spans for capitalised names next to a platform word, where no entity is."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = []
    for token in doc:
        if not token.is_lower or token.i in taken:
            continue
        if token.lower_ in PLATFORM_AFTER:
            start = token.i
            while start > 0 and _name_word(doc[start - 1]) and start - 1 not in taken:
                start -= 1
            if start > 0 and start - 1 in taken:
                continue
            span = doc[start : token.i]
        elif token.lower_ in PLATFORM_BEFORE:
            end = token.i + 1
            while end < len(doc) and _name_word(doc[end]) and end not in taken:
                end += 1
            if end < len(doc) and end in taken:
                continue
            span = doc[token.i + 1 : end]
        else:
            continue
        if len(span) and not all(t.lower_ in GENERIC_WORDS for t in span):
            found.append(Span(doc, span.start, span.end, label="PORTAL"))
    return filter_spans(found)


class EntityTidier:
    """Trims the edges of open-class names and relabels them when the span model is confident."""

    def __init__(self, nlp: Language, name: str, threshold: float = 0.4) -> None:
        self.name = name
        self.threshold = threshold
        self.labels: list[str] = list(OPEN_LABELS)
        self.weights: dict[str, list[float]] = {}
        self.bias: list[float] = [0.0] * len(self.labels)

    def fit(self, spans: Sequence[Span], labels: Sequence[str], *, C: float = 3.0) -> None:
        """Learn the weights from hand-coded spans (scikit-learn logistic regression).

        With fewer than three labels among the spans, labels are left as they are.
        """
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        if len(set(labels)) < 3:
            self.weights = {}
            return
        vectorizer = DictVectorizer()
        X = vectorizer.fit_transform([dict.fromkeys(span_features(s), 1) for s in spans])
        model = LogisticRegression(C=C, max_iter=3000).fit(X, labels)
        self.labels = [str(c) for c in model.classes_]
        self.bias = [float(b) for b in model.intercept_]
        self.weights = {
            str(feat): [round(float(w), 5) for w in model.coef_[:, j]]
            for j, feat in enumerate(vectorizer.get_feature_names_out())
        }

    def predict(self, span: Span) -> tuple[str, float]:
        """Most likely label of a span and its probability."""
        scores = list(self.bias)
        for feat in span_features(span):
            for k, w in enumerate(self.weights.get(feat, ())):
                scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.labels[best], exps[best] / sum(exps)

    def __call__(self, doc: Doc) -> Doc:
        platforms = platform_names(doc)
        if not platforms and not any(ent.label_ in OPEN_LABELS for ent in doc.ents):
            return doc
        ents: list[Span] = platforms
        for ent in doc.ents:
            if ent.label_ in OPEN_LABELS:
                ent = trim_edges(ent)
                if ent is not None and self.weights:
                    label, prob = self.predict(ent)
                    if label != ent.label_ and prob >= self.threshold:
                        ent = Span(doc, ent.start, ent.end, label=label)
            if ent is not None:
                ents.append(ent)
        doc.set_ents(filter_spans(ents), default="outside")
        return doc

    def _data(self) -> dict[str, Any]:
        return {"labels": self.labels, "bias": self.bias, "weights": self.weights}

    def _load(self, data: dict[str, Any]) -> None:
        self.labels, self.bias, self.weights = data["labels"], data["bias"], data["weights"]

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "weights.json", self._data())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EntityTidier":
        self._load(srsly.read_json(ensure_path(path) / "weights.json"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self._data()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "EntityTidier":
        self._load(srsly.json_loads(data))
        return self


@Language.factory("msq_entity_tidy", default_config={"threshold": 0.4})
def make_entity_tidier(nlp: Language, name: str, threshold: float) -> EntityTidier:
    """spaCy factory of the tidying component (train its label model with `fit`)."""
    return EntityTidier(nlp, name, threshold)
