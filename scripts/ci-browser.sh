#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (tests/web).
#
# The tests drive /usr/bin/chromium with Playwright for Python; Playwright's own
# browser download ("playwright install") is never used. Run as root (CI, a
# fresh machine); elsewhere it only reports, and the browser tests skip.
set -euo pipefail

log() { echo "ci-browser: $*" >&2; }

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  log "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  log "chromium missing and cannot install it here (needs root and apt-get); browser tests will skip"
  exit 0
fi
log "installing chromium (Debian package)"
export DEBIAN_FRONTEND=noninteractive
apt-get update >&2
apt-get install -y chromium fonts-dejavu-core >&2
log "installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
