#!/usr/bin/env bash
# Chat with PerfBot locally in Microsoft 365 Agents Playground: starts `perfbot serve` (no app id: loopback only,
# authentication off) and the Playground in Teams mode, then open http://localhost:56150 in a browser.
# Ctrl+C stops both. Needs .ci/prepare.d/20-chromium-playground.sh (or `npm ci` in tests/e2e) once.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet build "$root/src/PerfBot" -v quiet -nologo >/dev/null
dotnet "$root/src/PerfBot/bin/Debug/net10.0/perfbot.dll" serve --urls http://127.0.0.1:3978 &
bot=$!
trap 'kill $bot 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:3978/healthz >/dev/null; do sleep 0.5; done
cd "$root/tests/e2e"
mkdir -p .playground && cd .playground
TEAMSAPPTESTER_BROWSER="${TEAMSAPPTESTER_BROWSER:-none}" \
  ../node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry -p 56150
