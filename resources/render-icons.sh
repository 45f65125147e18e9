#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Part of mxscope, a mail-server security tester.
#
# Renders mxscope.svg into the PNG sizes of the hicolor icon theme under icons/. The PNGs
# are committed, so that building and packaging need no SVG renderer; run this after
# changing the SVG (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "icons/hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" mxscope.svg \
    --output "icons/hicolor/${size}x${size}/apps/mxscope.png"
done
