#!/usr/bin/env bash
# Re-imports the archive's first two articles from their raw originals (into
# --out DIR; the test that runs this compares DIR with content/ byte for byte).
# The headlines are the archive's own, written from each article's lede.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/import-article.ts --archived 2026-11-23 "$@" \
  --title "Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say" \
  content/raw/2023-09-04-kim-jong-un-plans-to-travel-to-russia-to-meet-putin-on-arms.txt \
  --title "Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says" \
  content/raw/2023-09-05-putin-and-kim-could-meet-in-vladivostok-for-talks-on-weapons.txt
