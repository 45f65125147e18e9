#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang, core only) and runs each for a while.
#   tests/fuzz/run-fuzzers.sh [seconds-per-target]   (default 600)
# New inputs go to build-fuzz/corpus/<target> (the seeds in tests/fuzz/corpus stay as
# they are); crashes are written to build-fuzz/crashes/. Copy a crasher into
# tests/fuzz/corpus/<target>/ once it is fixed, so it is replayed on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
build=build-fuzz

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DCMAKE_CXX_COMPILER=clang++ -DMXSCOPE_BUILD_FUZZERS=ON \
  -DMXSCOPE_BUILD_GUI=OFF -DMXSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzzers -j"$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
export QT_NO_GLIB=1
mkdir -p "$build/crashes"
status=0
for target in reply_parser header_parser smtp_session; do
  case "$target" in
    header_parser) max_len=65536 ;;
    *) max_len=8192 ;;
  esac
  work="$build/corpus/$target"
  mkdir -p "$work"
  echo "== fuzz_$target for ${seconds}s"
  "$build/tests/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 || status=1
done
exit "$status"
