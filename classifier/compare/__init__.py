"""Stage 5, compare: country-by-question matrices, tables, figures and reports."""
