#!/usr/bin/env bash
# The brief's .docx is checked by rendering it: LibreOffice (headless) to PDF, poppler's pdftoppm/pdftotext after.
# Idempotent: does nothing when the tools are already there.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "40-libreoffice: need root to install libreoffice-writer and poppler-utils" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null \
  || apt-get install -y -qq --no-install-recommends libreoffice-writer poppler-utils fonts-dejavu-core >/dev/null
