#!/usr/bin/env bash
# One command to prove PerfBot with a real Teams client: builds, then runs the bot, the Agents Playground and headless
# Chromium together in a network namespace that has only loopback, and saves docs/playground.png.
# Needs root (for unshare --net) and .ci/prepare.d/20-chromium-playground.sh done.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
screenshot="${1:-$root/docs/playground.png}"
mkdir -p "$(dirname "$screenshot")"
# Build outside the namespace: restore needs the network.
dotnet build "$root/src/PerfBot" -c Debug -v quiet -nologo >/dev/null
bot="dotnet $root/src/PerfBot/bin/Debug/net10.0/perfbot.dll serve --urls http://127.0.0.1:3978"
exec unshare --net -- sh -c 'ip link set lo up && exec node "$0" --bot "$1" --screenshot "$2"' \
  "$root/tests/e2e/playground.e2e.mjs" "$bot" "$screenshot"
