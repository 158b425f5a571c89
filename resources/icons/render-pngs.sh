#!/usr/bin/env bash
# Renders the hicolor PNG icons from the scalable SVG (needs rsvg-convert from librsvg2-bin).
# The PNGs are committed, so building never needs this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/hicolor"
id=io.github.tpfinder.TriggerPointPainFinder
for s in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" "scalable/apps/$id.svg" -o "${s}x${s}/apps/$id.png"
done
