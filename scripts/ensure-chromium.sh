#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: install it when it is missing and we may (root with apt-get).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (Playwright cannot download a browser here)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM (set CHROMIUM_PATH to use another)." >&2
echo "Install it first, e.g. 'sudo apt-get install -y chromium', then run 'make test' again." >&2
exit 1
