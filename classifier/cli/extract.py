"""`msq-classifier extract` (placeholder until its issue lands)."""
