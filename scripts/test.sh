#!/usr/bin/env bash
# Install everything the test suite needs, then lint, type-check and run pytest.
# As root (CI, a fresh machine) it also installs and starts PostgreSQL and installs
# Chromium from Debian's packages, so the PostgreSQL and browser tests run too;
# elsewhere those tests skip with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  bash scripts/ci-postgres.sh > .ci-postgres.env
  # shellcheck disable=SC1091
  source .ci-postgres.env
  bash scripts/ci-browser.sh
  # The Spark equivalence test needs a Java runtime (17+).
  if ! command -v java >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless >&2
  fi
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
