#!/usr/bin/env bash
# Regenerates the hicolor PNG icons from lacviewer.svg (the installed app
# menu needs bitmaps at these sizes). Needs rsvg-convert (Debian: librsvg2-bin).
# Not part of the build: the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")"
for s in 48 64 128 256; do
    mkdir -p "hicolor/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" lacviewer.svg -o "hicolor/${s}x${s}/lacviewer.png"
done
