#!/usr/bin/env bash
# Installs what the manifest and infrastructure tests run: node with the manifest validator's packages,
# and the Bicep CLI, which comes as a binary inside a NuGet package (no other download is possible here).
set -euo pipefail
cd "$(dirname "$0")/../.."

BICEP_VERSION=0.49.2
BICEP_DIR=.tools/bicep

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
# npm ci only when the lock file changed since the last install, so repeated runs stay quick.
stamp=manifest/validate/node_modules/.installed-from-package-lock.json
if ! cmp -s manifest/validate/package-lock.json "$stamp" 2>/dev/null; then
  (cd manifest/validate && npm ci --no-audit --no-fund --loglevel=error)
  cp manifest/validate/package-lock.json "$stamp"
fi

if [ "$("$BICEP_DIR/bicep" --version 2>/dev/null | awk '{print $4}')" != "$BICEP_VERSION" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # A restore-only project outside the repo, so the repo's Directory.Build.props and central versions stay out of it.
  cat > "$work/bicep-cli.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" /></ItemGroup>
</Project>
PROJ
  dotnet restore "$work/bicep-cli.csproj" --packages "$work/packages" -v quiet
  mkdir -p "$BICEP_DIR"
  install -m 755 "$work/packages/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep" "$BICEP_DIR/bicep"
fi
"$BICEP_DIR/bicep" --version
