"""Build, train and score the entity pipeline.

Pipeline: spaCy's multi-language tokenizer (with French and Italian elisions and
Arabic proclitics split off), then `msq_urls` and `msq_partners` (rules for the
closed classes), then a small statistical `ner` for the open classes (it keeps
the entities the rules set), then `msq_entity_tidy` (platform names, tidy edges,
a second opinion on labels), then `msq_names` (names cut where they end, labels
from head words, acronyms, brands and capitalised names the `ner` missed), then
`msq_partner_names` (canonical names for the
partners the `ner` found; unknown ones are dropped).

The `ner` size is the speed/quality trade-off: see benchmarks/bench_entities.py.
"""

from __future__ import annotations

import random
import sys
import warnings
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compile_prefix_regex, compile_suffix_regex, fix_random_seed, minibatch
from thinc.api import Adam, use_ops

from classifier.annotate.entities import names as _names  # registers msq_names
from classifier.annotate.entities import partners as _partners  # registers msq_partners
from classifier.annotate.entities import tidy as _tidy  # registers msq_entity_tidy
from classifier.annotate.entities import urls as _urls  # registers msq_urls
from classifier.labels import ENTITY_LABELS

RULE_COMPONENTS = ("msq_urls", "msq_partners")

# French and Italian elisions (l'UIT, d'Information, dell'Unione) and Arabic
# proclitics before the article (والاتحاد).
EXTRA_PREFIXES = [
    r"(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|un|quell|quest)['’](?=\w)",
    r"[وبلفك](?=ال)",
]
# A full stop after any word character ends a token ("434-V.", Georgian "სამსახური.").
EXTRA_SUFFIXES = [r"(?<=\w)\."]

NER_MODEL: dict[str, Any] = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 48,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 64,
        "depth": 2,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}

TRAIN_EPOCHS = 40
TRAIN_DROPOUT = 0.3
TRAIN_BATCH = 16
TRAIN_LEARN_RATE = 0.005


def _tune_tokenizer(nlp: Language) -> None:
    """Split elisions, proclitics and final full stops (saved with the pipeline)."""
    prefixes = EXTRA_PREFIXES + list(nlp.Defaults.prefixes)
    suffixes = list(nlp.Defaults.suffixes) + EXTRA_SUFFIXES
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def blas_ops() -> AbstractContextManager[Any]:
    """Build thinc layers that multiply matrices with NumPy's BLAS instead of blis.

    Layers keep the ops that are current when they are built. blis falls back to its
    slow reference kernel on CPUs it does not recognise (seen on our AMD EPYC machines:
    the `ner` ran 2-3x slower); NumPy's OpenBLAS picks the CPU's kernel at run time.
    benchmarks/bench_entities.py prints the speed on both.
    """
    return use_ops("numpy", use_blis=False)


def load_entity_pipeline(path: str | Path) -> Language:
    """A saved entity pipeline (spaCy's disk format), built on `blas_ops`."""
    with blas_ops():
        return spacy.load(path)


def build_entity_pipeline(partners: Sequence[dict[str, Any]] | None = None) -> Language:
    """Blank multi-language pipeline: rule components, an untrained `ner`, partner names.

    `partners` defaults to data/partners.json; the list is saved inside the pipeline.
    """
    with blas_ops():
        return _build_entity_pipeline(partners)


def _build_entity_pipeline(partners: Sequence[dict[str, Any]] | None) -> Language:
    entries = list(partners) if partners is not None else _partners.load_partners()
    nlp = spacy.blank("xx")
    _tune_tokenizer(nlp)
    nlp.add_pipe("msq_urls")
    nlp.add_pipe("msq_partners").set_partners(entries)
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL})
    for label in ENTITY_LABELS:
        ner.add_label(label)
    nlp.add_pipe("msq_entity_tidy")
    nlp.add_pipe("msq_names")
    names = nlp.add_pipe("msq_partners", name="msq_partner_names", config={"tag": False, "keep_unknown": False})
    names.set_partners(entries)
    return nlp


def _example(nlp: Language, record: dict[str, Any]) -> Example:
    """Training example: the rules' output as prediction, the hand-coded spans as gold."""
    doc = nlp.make_doc(record["text"])
    for name in RULE_COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    spans = [(e["start"], e["end"], e["label"]) for e in record.get("entities") or []]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spans that do not fit the tokens become "missing"
        return Example.from_dict(doc, {"entities": spans})


def train_entity_pipeline(
    records: Sequence[dict[str, Any]],
    *,
    seed: int = 0,
    epochs: int = TRAIN_EPOCHS,
    partners: Sequence[dict[str, Any]] | None = None,
    progress: bool = False,
) -> Language:
    """Train the `ner` of a new pipeline on hand-coded records (codebook schema).

    Deterministic for a given `seed`. With `progress`, prints one line per epoch on stderr.
    """
    fix_random_seed(seed)
    nlp = build_entity_pipeline(partners)
    _train(nlp, records, seed=seed, epochs=epochs, progress=progress)
    # The trained components go into a fresh pipeline whose vocabulary has never
    # seen the training texts: no answer text (names, e-mails) is saved with it.
    with blas_ops():
        clean = type(nlp).from_config(nlp.config)
    return clean.from_bytes(nlp.to_bytes(exclude=["vocab"]), exclude=["vocab"])


def _train(nlp: Language, records: Sequence[dict[str, Any]], *, seed: int, epochs: int, progress: bool) -> None:
    examples = [_example(nlp, r) for r in records if r.get("text")]
    with nlp.select_pipes(enable=["ner"]):
        nlp.initialize(lambda: examples)
        optimizer = Adam(TRAIN_LEARN_RATE)
        rng = random.Random(seed)
        for epoch in range(epochs):
            order = examples[:]
            rng.shuffle(order)
            losses: dict[str, float] = {}
            for batch in minibatch(order, size=TRAIN_BATCH):
                nlp.update(batch, sgd=optimizer, drop=TRAIN_DROPOUT, losses=losses)
            if progress:
                print(f"entities: epoch {epoch + 1}/{epochs}, loss {losses.get('ner', 0.0):.1f}", file=sys.stderr)
    names = [ent for eg in examples for ent in eg.reference.ents if ent.label_ in _tidy.OPEN_LABELS]
    nlp.get_pipe("msq_entity_tidy").fit(names, [ent.label_ for ent in names])
    nlp.get_pipe("msq_names").fit(eg.reference for eg in examples)


def doc_entities(doc: Doc) -> list[dict[str, Any]]:
    """The entities of a processed doc: `{start, end, label, text, canonical}` (character offsets)."""
    return [
        {
            "start": ent.start_char,
            "end": ent.end_char,
            "label": ent.label_,
            "text": ent.text,
            "canonical": ent._.canonical,
        }
        for ent in doc.ents
    ]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "n_gold": n_gold, "n_pred": n_pred}


def score_entities(nlp: Language, records: Iterable[dict[str, Any]], *, batch_size: int = 256) -> dict[str, Any]:
    """Micro and per-label precision/recall/F1 (exact span and label), and partner naming.

    `partner_canonical_accuracy`: of the gold PARTNER spans found exactly, the share
    whose canonical name is right.
    """
    records = [r for r in records if r.get("text") is not None]
    tp: dict[str, int] = dict.fromkeys(ENTITY_LABELS, 0)
    n_pred = dict(tp)
    n_gold = dict(tp)
    partners_found = partners_named = 0
    with nlp.memory_zone():  # the scored texts leave no strings in the pipeline
        found = [doc_entities(doc) for doc in nlp.pipe((r["text"] for r in records), batch_size=batch_size)]
    for record, entities in zip(records, found):
        gold = {(e["start"], e["end"], e["label"]): e for e in record.get("entities") or []}
        pred = {(e["start"], e["end"], e["label"]): e for e in entities}
        for key in gold:
            n_gold[key[2]] = n_gold.get(key[2], 0) + 1
        for key, ent in pred.items():
            n_pred[key[2]] = n_pred.get(key[2], 0) + 1
            if key in gold:
                tp[key[2]] = tp.get(key[2], 0) + 1
                if key[2] == _partners.PARTNER_LABEL:
                    partners_found += 1
                    partners_named += ent["canonical"] == gold[key].get("canonical")
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {
        "micro": micro,
        "per_label": {label: _prf(tp[label], n_pred[label], n_gold[label]) for label in tp},
        "partner_canonical_accuracy": partners_named / partners_found if partners_found else None,
        "partners_found": partners_found,
        "n_records": len(records),
    }


__all__ = [
    "build_entity_pipeline",
    "doc_entities",
    "score_entities",
    "train_entity_pipeline",
]
