"""`msq-classifier compare` (placeholder until its issue lands)."""
