"""Stage 2, annotate: language, named entities and implementation status for every answer.

`annotate_frame(answers, model=None, *, jobs=1)` (in `classifier.annotate.pipeline`) is the
entry point; it is imported lazily here so that `classifier.annotate.language` and the
other parts load without spaCy and the model.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("annotate_frame", "annotate_texts"):
        from classifier.annotate import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'classifier.annotate' has no attribute '{name}'")
