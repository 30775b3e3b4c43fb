#!/usr/bin/env bash
# Real clients for the Teams tests: Debian's Chromium (never a Playwright-downloaded browser), the Agents
# Playground and the adaptivecards parser. Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi
cd tests/e2e
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
