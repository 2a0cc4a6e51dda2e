#!/usr/bin/env bash
# Install msq-classifier into .venv/ at the repository root.
#   bash scripts/install.sh          the tool
#   bash scripts/install.sh test     the tool, the test and benchmark libraries, and Debian's Chromium (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "test" ]; then
    .venv/bin/python -m pip install --quiet -e ".[test,bench]"
    if ! command -v chromium >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    fi
else
    .venv/bin/python -m pip install --quiet -e .
fi
