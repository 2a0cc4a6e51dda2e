"""Helpers shared by the rule components: make character spans into entities."""

from __future__ import annotations

from typing import Iterable, Sequence

from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def _token_at(doc: Doc, offset: int) -> int | None:
    """Index of the token that has `offset` strictly inside it, else None."""
    for token in doc:
        if token.idx < offset < token.idx + len(token.text):
            return token.i
        if token.idx >= offset:
            return None
    return None


def make_boundaries(doc: Doc, offsets: Iterable[int]) -> None:
    """Split tokens so that every character offset is a token boundary."""
    cuts: dict[int, set[int]] = {}
    for offset in offsets:
        i = _token_at(doc, offset)
        if i is not None:
            cuts.setdefault(i, set()).add(offset - doc[i].idx)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, positions in cuts.items():
            token = doc[i]
            edges = [0, *sorted(positions), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            heads = [(token, k) for k in range(len(pieces))]
            retokenizer.split(token, pieces, heads=heads)


def char_spans(doc: Doc, offsets: Sequence[tuple[int, int]], label: str, *, merge: bool) -> list[Span]:
    """Entities for character spans, splitting tokens at their edges first.

    With `merge`, each span becomes a single token (used for URLs).
    """
    make_boundaries(doc, [o for pair in offsets for o in pair])
    spans = [doc.char_span(start, end) for start, end in offsets]
    if merge:
        with doc.retokenize() as retokenizer:
            for span in filter_spans([s for s in spans if s is not None and len(s) > 1]):
                retokenizer.merge(span)
        spans = [doc.char_span(start, end) for start, end in offsets]
    return [Span(doc, s.start, s.end, label=label) for s in spans if s is not None]


def add_entities(doc: Doc, spans: Iterable[Span]) -> Doc:
    """Add `spans` as entities where they overlap no entity already set.

    Tokens outside the spans keep their state, so a later statistical `ner`
    still predicts them (spaCy's ner keeps entities already set).
    """
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    free = [s for s in spans if not taken.intersection(range(s.start, s.end))]
    if free:
        doc.set_ents(filter_spans(free), default="unmodified")
    return doc
