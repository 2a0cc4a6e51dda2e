#!/usr/bin/env bash
# Set up everything the tests need (see scripts/install.sh), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test
exec .venv/bin/python -m pytest "$@"
