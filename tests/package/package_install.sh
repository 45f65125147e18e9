#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Part of mxscope, a mail-server security tester.
#
# Builds the .deb with CPack, installs it on this machine with apt-get, runs the installed
# binaries (mxscope-cli banner against the installed practice server), validates the
# installed desktop entry and AppStream file, and purges the package again, also when a
# step fails. Needs root and apt; otherwise it exits 77, which ctest reports as skipped.
#
#   package_install.sh BUILD_DIR VERSION CPACK_COMMAND WITH_GUI(ON|OFF)
set -euo pipefail

build_dir="$1"
version="$2"
cpack="$3"
with_gui="$4"
app_id=io.github.mxscope.mxscope

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "needs apt-get and dpkg"
command -v dpkg-shlibdeps >/dev/null || skip "needs dpkg-shlibdeps (dpkg-dev)"
if dpkg-query -W -f='${Status}' mxscope 2>/dev/null | grep -q "ok installed"; then
  skip "an mxscope package is already installed here; leaving it alone"
fi
[ ! -e /usr/bin/mxscope-cli ] || skip "/usr/bin/mxscope-cli exists outside the package system"

work="$(mktemp -d "$build_dir/package-test.XXXXXX")"
installed=no
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  if [ "$installed" = yes ]; then
    apt-get purge -y -qq -o DPkg::Lock::Timeout=120 mxscope >/dev/null 2>&1 \
      || dpkg --purge mxscope >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== cpack"
"$cpack" --config "$build_dir/CPackConfig.cmake" -B "$work" -G "DEB;TGZ" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(echo "$work"/mxscope_"$version"_*.deb)"
[ -f "$deb" ] || fail "no mxscope_${version}_*.deb in: $(ls "$work")"
[ -f "$work/mxscope-$version-Linux.tar.gz" ] || fail "no mxscope-$version-Linux.tar.gz"

echo "== control fields of $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
depends="$(dpkg-deb --field "$deb" Depends)"
wanted=(libqt6core6 libqt6network6 libstdc++6 libc6)
[ "$with_gui" = ON ] && wanted+=(libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6)
# Package names alone, one a line: "libstdc++6 (>= 11)" -> "libstdc++6".
sed 's/([^)]*)//g; s/ *, */\n/g; s/ *| */\n/g' <<<"$depends" | tr -d ' ' >"$work/depends"
for lib in "${wanted[@]}"; do
  grep -qxF "$lib" "$work/depends" || fail "Depends lacks $lib: $depends"
done
recommends="$(dpkg-deb --field "$deb" Recommends)"
grep -q qt6-translations-l10n <<<"$recommends" || fail "Recommends lacks qt6-translations-l10n"

echo "== contents"
dpkg-deb --contents "$deb" | awk '{print $NF}' >"$work/contents"
files=(./usr/bin/mxscope-cli ./usr/share/man/man1/mxscope-cli.1.gz)
if [ "$with_gui" = ON ]; then
  files+=(./usr/bin/mxscope ./usr/share/man/man1/mxscope.1.gz
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml"
    ./usr/share/icons/hicolor/scalable/apps/mxscope.svg)
  for size in 16 22 24 32 48 64 128 256; do
    files+=("./usr/share/icons/hicolor/${size}x${size}/apps/mxscope.png")
  done
fi
for f in "${files[@]}"; do grep -qxF "$f" "$work/contents" || fail "the package lacks $f"; done
if grep -Ev '^\./(usr/(bin|share/(applications|metainfo|icons|man|doc))(/|$))|^\./$|^\./usr/$|^\./usr/share/$' \
  "$work/contents"; then
  fail "files outside bin/ and share/ (above)"
fi

echo "== apt-get install"
installed=yes
apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }

echo "== installed binaries"
if ldd /usr/bin/mxscope-cli | grep "not found"; then fail "unresolved libraries"; fi
/usr/bin/mxscope-cli --version | tee "$work/version"
grep -qx "mxscope-cli $version" "$work/version" || fail "mxscope-cli --version"
if [ "$with_gui" = ON ]; then
  QT_QPA_PLATFORM=offscreen /usr/bin/mxscope --version | grep -q "$version" || fail "mxscope --version"
fi

echo "== mxscope-cli banner against the installed practice server"
: >"$work/server.log" # exists before the server's shell opens it, for the loop below
/usr/bin/mxscope-cli practice-server --profile leaky --port 0 >>"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 100); do
  port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log")"
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.log"; fail "the installed practice server did not start"; }
/usr/bin/mxscope-cli banner --host 127.0.0.1 --port "$port" --timeout 10 --json >"$work/banner.json" \
  || fail "mxscope-cli banner exited $?"
grep -q '"findings"' "$work/banner.json" || fail "no findings in: $(head -c 400 "$work/banner.json")"
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""

if [ "$with_gui" = ON ]; then
  echo "== desktop entry and AppStream file"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "/usr/share/applications/$app_id.desktop"
  else
    echo "desktop-file-validate not installed (desktop-file-utils): not checked"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
  else
    echo "appstreamcli not installed (appstream): not checked"
  fi
fi

echo "== apt-get purge"
apt-get purge -y -qq -o DPkg::Lock::Timeout=120 mxscope >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get purge"; }
installed=no
[ ! -e /usr/bin/mxscope-cli ] || fail "/usr/bin/mxscope-cli is still there after purge"
echo "PASSED: built, installed, ran, validated and removed $(basename "$deb")"
