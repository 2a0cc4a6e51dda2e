"""`msq-classifier annotate` (placeholder until its issue lands)."""
