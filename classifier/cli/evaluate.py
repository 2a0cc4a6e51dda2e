"""`msq-classifier evaluate` (placeholder until its issue lands)."""
