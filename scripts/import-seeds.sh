#!/usr/bin/env bash
# Re-imports the archive's first two articles from their raw originals.
# The headlines are the archive's own, written from each article's lede.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/import-article.ts --archived 2026-11-23 "$@" \
  --title "Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say" content/raw/003_fa914a6832d8902e.txt \
  --title "Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says" content/raw/000_c0baa5af32606a97.txt
