#!/usr/bin/env bash
# Real clients for the Teams tests: Debian's Chromium (never a Playwright-downloaded browser), the Agents
# Playground and the adaptivecards parser. Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
# unshare (util-linux) and ip (iproute2) run the end-to-end test in a loopback-only network namespace.
if [ ! -x /usr/bin/chromium ] || ! command -v ip >/dev/null || ! command -v unshare >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium fonts-dejavu-core iproute2 util-linux
fi
cd tests/e2e
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
