#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium (Playwright drives it; `playwright install` is never used).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "present at $CHROMIUM")"
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ERROR: $CHROMIUM is missing and this script is not running as root, so it cannot install it." >&2
  echo "Install it with:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "chromium: $CHROMIUM missing; installing Debian's chromium package…"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
if [[ ! -x "$CHROMIUM" ]]; then
  echo "ERROR: apt-get installed chromium but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "installed at $CHROMIUM")"
