"""Stage 4, train and evaluate: models from hand-coded examples, with honest held-out metrics."""
