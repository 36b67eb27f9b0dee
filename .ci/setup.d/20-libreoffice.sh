#!/usr/bin/env bash
# LibreOffice Calc (headless) and poppler-utils for the report conversion test
# (DistrictWorkbookConversionTest), plus a font with CJK glyphs so the PDF shows Chinese text.
# Idempotent: installs only what is missing; fails when soffice is not usable afterwards.
set -euo pipefail
packages=(libreoffice-calc-nogui poppler-utils fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
command -v soffice >/dev/null
command -v pdfinfo >/dev/null
soffice --version
