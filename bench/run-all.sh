#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Part of mxscope, a mail-server security tester.
#
# Builds Release into build-bench, runs every benchmark target (bench-<name>) and prints one
# table of what they measured: benchmark, figure, baseline, ratio. See bench/README.md for
# the RESULT line convention the table is made from.
#
#   bench/run-all.sh [name-filter]    e.g. bench/run-all.sh transcript
#
# Environment: BENCH_BUILD_DIR (default build-bench), BENCH_JOBS (default nproc).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${BENCH_BUILD_DIR:-build-bench}"
jobs="${BENCH_JOBS:-$(nproc)}"
filter="${1:-}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
echo "== configuring $build_dir (Release)"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null

# Every custom target named bench-<name> is one benchmark.
mapfile -t targets < <(cmake --build "$build_dir" --target help \
  | sed -n 's/^\(bench-[A-Za-z0-9_-]*\):.*/\1/p' | sort -u | grep -F -- "$filter" || true)
[ "${#targets[@]}" -gt 0 ] || { echo "no bench-* targets match '$filter'" >&2; exit 1; }
echo "== benchmarks: ${targets[*]}"

logs="$build_dir/bench-logs"
mkdir -p "$logs"
rows="$logs/results.tsv"
: >"$rows"
failed=0
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  echo "== $target (log: $log)"
  start=$SECONDS
  if cmake --build "$build_dir" --target "$target" -j"$jobs" >"$log" 2>&1; then
    status=ok
  else
    status="failed (exit $?)"
    failed=1
  fi
  echo "   $status after $((SECONDS - start)) s"
  # RESULT <name> <value> <unit> baseline=<value> ratio=<x>
  awk -v bench="${target#bench-}" '
    $1 == "RESULT" && NF >= 4 {
      baseline = "-"; ratio = "-"
      for (i = 5; i <= NF; ++i) {
        if ($i ~ /^baseline=/) baseline = substr($i, 10)
        else if ($i ~ /^ratio=/) ratio = substr($i, 7)
      }
      printf "%s\t%s\t%s %s\t%s\t%s\n", bench, $2, $3, $4, baseline, ratio
      found = 1
    }
    $1 == "SKIP" { $1 = ""; skip = substr($0, 2) }
    END {
      if (!found && skip != "") printf "%s\t-\tskipped: %s\t-\t-\n", bench, skip
      else if (!found) printf "%s\t-\tno RESULT lines (see the log)\t-\t-\n", bench
    }' "$log" >>"$rows"
  if [ "$status" != ok ]; then
    printf '%s\t-\t%s\t-\t-\n' "${target#bench-}" "$status" >>"$rows"
  fi
done

echo
{
  printf 'benchmark\tresult\tfigure\tbaseline\tratio\n'
  cat "$rows"
} | awk -F'\t' '
  { for (i = 1; i <= NF; ++i) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } }
  END {
    for (r = 1; r <= NR; ++r) {
      line = ""
      for (i = 1; i <= 5; ++i) line = line sprintf("%-" width[i] + 2 "s", cell[r, i])
      sub(/ +$/, "", line)
      print line
    }
  }'
echo
echo "ratio: the measured cost over the baseline's (1.00 = as fast as the baseline; lower is better)."
exit "$failed"
