"""`msq-classifier review` (placeholder until its issue lands)."""
