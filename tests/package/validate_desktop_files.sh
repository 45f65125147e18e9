#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Part of mxscope, a mail-server security tester.
#
# The desktop entry and the AppStream file as software centres read them: valid without
# even a hint, naming an icon that is installed, with the project's version as the latest
# release. Exits 77 (skipped) when desktop-file-utils or appstream is not installed.
#
#   validate_desktop_files.sh DESKTOP_FILE METAINFO_FILE ICON_DIR VERSION
set -euo pipefail

desktop="$1"
metainfo="$2"
icons="$3"
version="$4"

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed"; exit 77; }
done

out="$(desktop-file-validate "$desktop" 2>&1)" || { echo "$out"; exit 1; }
[ -z "$out" ] || { echo "desktop-file-validate: $out"; exit 1; }
appstreamcli validate --no-net --pedantic "$metainfo" || exit 1

icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -f "$icons/$icon.svg" ] || { echo "Icon=$icon but no $icons/$icon.svg"; exit 1; }
[ -f "$icons/icons/hicolor/48x48/apps/$icon.png" ] || { echo "no 48x48 PNG for $icon"; exit 1; }
launchable="$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")"
[ "$launchable" = "$(basename "$desktop")" ] \
  || { echo "metainfo launches '$launchable', the entry is $(basename "$desktop")"; exit 1; }
latest="$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)"
[ "$latest" = "$version" ] \
  || { echo "metainfo's latest release is '$latest', the project is $version"; exit 1; }
echo "desktop entry and AppStream file valid"
