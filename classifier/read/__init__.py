"""Stage 1, read: submissions in any of their shapes -> one `Answer` record per question."""
