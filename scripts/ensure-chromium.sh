#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium (Playwright drives it; `playwright install` is never used),
# and that a Java runtime is on the PATH (the Nu HTML Checker, vnu-jar, is a Java program: tests/e2e/nu.spec.ts).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

ensure_java() {
  if command -v java >/dev/null 2>&1; then
    echo "java: $(java -version 2>&1 | head -n 1)"
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "ERROR: java is missing and this script is not running as root, so it cannot install it." >&2
    echo "Install it with:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
    exit 1
  fi
  echo "java: missing; installing Debian's default-jre-headless package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends default-jre-headless
  echo "java: $(java -version 2>&1 | head -n 1)"
}

if [[ -x "$CHROMIUM" ]]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo "present at $CHROMIUM")"
  ensure_java
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
ensure_java
