"""Stage 3, review: analysts accept or correct the model's suggestions; every decision is kept."""
