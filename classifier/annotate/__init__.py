"""Stage 2, annotate: language, named entities and implementation status for every answer."""
