#!/usr/bin/env bash
# Install msq-classifier into .venv/ (see scripts/install.sh), then annotate the bundled sample
# submission (Lao PDR, 2024) with the shipped model and compare it: out/ holds the results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/msq-classifier annotate data/samples/lao-pdr-2024.txt -o out/lao-pdr-2024.annotated.xlsx
.venv/bin/msq-classifier compare out/lao-pdr-2024.annotated.xlsx -o out/lao-pdr-2024.report.html
echo "Wrote out/lao-pdr-2024.annotated.xlsx (coded answers, with review columns) and out/lao-pdr-2024.report.html"
