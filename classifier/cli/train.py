"""`msq-classifier train` (placeholder until its issue lands)."""
