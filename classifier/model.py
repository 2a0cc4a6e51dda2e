"""The model directory: the entity pipeline, the status classifier and model.json.

```
DIR/model.json      version, created, training_data_sha256, labels, needs_review_threshold, metrics
DIR/entities/       spaCy pipeline (nlp.to_disk); spacy.load reads it, load_model builds it on NumPy's BLAS
DIR/status.skops    the StatusClassifier, saved with skops
```

The status classifier is loaded with an explicit list of trusted types: a file that
contains anything else is refused. Nothing is pickled.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import skops.io as sio
from spacy.language import Language

from classifier.annotate.entities import load_entity_pipeline
from classifier import DEFAULT_MODEL_DIR
from classifier.annotate.status import StatusClassifier

META_FILE = "model.json"
STATUS_FILE = "status.skops"
ENTITIES_DIR = "entities"

# Types skops may rebuild beyond its own defaults (numpy, scipy, scikit-learn): our estimator only.
TRUSTED_TYPES: tuple[str, ...] = ("classifier.annotate.status.StatusClassifier",)


@dataclass
class Model:
    """A loaded model directory."""

    entities: Language
    status: StatusClassifier
    meta: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.meta["version"])

    @property
    def needs_review_threshold(self) -> float:
        return float(self.meta["needs_review_threshold"])


def _load_status(path: Path) -> StatusClassifier:
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ValueError(f"{path}: refusing to load, it contains types that are not trusted: {', '.join(unexpected)}")
    status = sio.load(path, trusted=list(TRUSTED_TYPES))
    if not isinstance(status, StatusClassifier):
        raise ValueError(f"{path}: not a status classifier ({type(status).__name__})")
    return status


def load_model(path: str | Path | None = None) -> Model:
    """Load a model directory (default: models/default). Says what is missing and what to run."""
    directory = Path(path) if path is not None else DEFAULT_MODEL_DIR
    missing = [name for name in (META_FILE, STATUS_FILE, ENTITIES_DIR) if not (directory / name).exists()]
    if missing:
        raise FileNotFoundError(
            f"{directory}: not a model directory (missing {', '.join(missing)}); "
            f"train one with `msq-classifier train data/training -o {directory}`"
        )
    meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
    return Model(entities=load_entity_pipeline(directory / ENTITIES_DIR), status=_load_status(directory / STATUS_FILE), meta=meta)


def save_model(model: Model, path: str | Path, extra_files: dict[str, Path] | None = None) -> Path:
    """Write `model` as a model directory at `path`, replacing it only once everything is written.

    `extra_files` (name -> existing file, e.g. a calibration figure) are copied in beside model.json.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a model directory is shared
    try:
        model.entities.to_disk(staging / ENTITIES_DIR)
        sio.dump(model.status, staging / STATUS_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        for name, source in (extra_files or {}).items():
            shutil.copyfile(source, staging / name)
        (staging / META_FILE).write_text(json.dumps(model.meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
            staging.rename(target)
            shutil.rmtree(old)
        else:
            staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
