"""Named entities: spaCy components for URLs and partners, and a trained recogniser.

    nlp = train_entity_pipeline(records)          # or load_entity_pipeline(saved_dir)
    doc_entities(nlp("Cooperation with PNUD"))    # [{start, end, label, text, canonical}]

Components (all registered spaCy factories): `msq_urls` (urls.py), `msq_partners`
(partners.py, used twice: tagging before `ner`, naming after it), spaCy's `ner`,
`msq_entity_tidy` (tidy.py), `msq_names` (names.py). pyproject.toml declares `msq_urls` and `msq_partners`
as `spacy_factories` entry points; loading either imports this package, which
registers the others, so `spacy.load(saved_dir)` needs no import of ours.
"""

from classifier.annotate.entities.partners import PARTNERS_FILE, PartnerTagger, load_partners
from classifier.annotate.entities.pipeline import (
    build_entity_pipeline,
    doc_entities,
    load_entity_pipeline,
    score_entities,
    train_entity_pipeline,
)
from classifier.annotate.entities.urls import find_urls

__all__ = [
    "PARTNERS_FILE",
    "PartnerTagger",
    "build_entity_pipeline",
    "doc_entities",
    "find_urls",
    "load_entity_pipeline",
    "load_partners",
    "score_entities",
    "train_entity_pipeline",
]
