"""Named entities: spaCy components for URLs and partners, and a trained recogniser."""
