#!/usr/bin/env bash
# Short libFuzzer run of every fuzz target (issue 5), as a CI stage:
#   bash tests/fuzz/ci-fuzz.sh BUILD_DIR [SECONDS]
# Configures clang with -DSUMMIT_FUZZ=ON into BUILD_DIR, builds fuzz_*,
# gathers the seed corpora into a temporary directory and runs each target
# for SECONDS (default 30; env FUZZ_SECONDS too). Fails on any crash, leak,
# timeout or sanitizer report; the reproducer is copied to BUILD_DIR/artifacts.
# Longer runs: FUZZ_SECONDS=1800 bash tests/fuzz/ci-fuzz.sh build-fuzz (every
# target at once, one process each); FUZZ_TARGETS="fuzz_extract" picks some.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: ci-fuzz.sh BUILD_DIR [SECONDS]}
secs=${2:-${FUZZ_SECONDS:-30}}
mkdir -p "$build"
build=$(cd "$build" && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_load fuzz_query fuzz_extract}"

echo "== libFuzzer: configure and build ($build)"
CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DSUMMIT_FUZZ=ON \
  -DSUMMIT_BUILD_TESTS=OFF -DSUMMIT_BUILD_EXAMPLES=OFF -DSUMMIT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

work=$(mktemp -d "${TMPDIR:-/tmp}/summit-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Seeds: fuzz_load gets the dataset, the CLI test inputs, checked-in
# regressions and (when ../shared is beside the checkout) a selection of
# JSONTestSuite; fuzz_query gets the query list; fuzz_extract the test pages
# of tests/extract/pages.
mkdir -p "$work/load" "$work/query" "$work/extract"
cp "$root"/data/digital-nations.json "$work/load/"
cp "$root"/tests/cli/inputs/* "$work/load/"
jts=${SUMMIT_JSONTESTSUITE:-$root/../shared/testdata/jsontestsuite/test_parsing}
if [ -d "$jts" ]; then
  n=0
  for f in "$jts"/*.json; do
    [ -f "$f" ] || continue
    # every file under 4 KiB: y_ (must parse), n_ (must fail), i_ (either)
    if [ "$(stat -c %s "$f")" -le 4096 ]; then cp "$f" "$work/load/jts-$(basename "$f")"; n=$((n + 1)); fi
  done
  echo "   $n JSONTestSuite seeds from $jts"
else
  echo "   (no JSONTestSuite at $jts: skipped)"
fi
cp "$here"/queries/*.txt "$work/query/"
cp "$root"/tests/extract/pages/*.txt "$work/extract/"
for f in "$here"/regressions/load-*; do [ -f "$f" ] && cp "$f" "$work/load/"; done
for f in "$here"/regressions/query-*; do [ -f "$f" ] && cp "$f" "$work/query/"; done
for f in "$here"/regressions/extract-*; do [ -f "$f" ] && cp "$f" "$work/extract/"; done

mkdir -p "$build/artifacts"
status=0
# Every checked-in finding first, as a plain replay (no mutation).
for t in "${targets[@]}"; do
  regs=()
  for f in "$here"/regressions/${t#fuzz_}-*; do [ -f "$f" ] && regs+=("$f"); done
  [ ${#regs[@]} -gt 0 ] || continue
  if "$build/tests/fuzz/$t" "${regs[@]}" >"$build/$t-regressions.log" 2>&1; then
    echo "-- $t: ${#regs[@]} regression inputs pass"
  else
    status=1
    echo "-- $t FAILED on a regression input (log: $build/$t-regressions.log):"
    grep -E 'Running:|ERROR|SUMMARY' "$build/$t-regressions.log" | tail -5 || true
  fi
done
pids=()
for t in "${targets[@]}"; do
  corpus=$work/${t#fuzz_}
  dict=$here/json.dict
  [ -f "$here/${t#fuzz_}.dict" ] && dict=$here/${t#fuzz_}.dict
  echo "== $t: ${secs}s on $(ls "$corpus" | wc -l) seeds"
  "$build/tests/fuzz/$t" "$corpus" -max_total_time="$secs" -max_len=65536 \
    -dict="$dict" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$t-" >"$build/$t.log" 2>&1 &
  pids+=($!)
done
i=0
for t in "${targets[@]}"; do
  if wait "${pids[$i]}"; then
    echo "-- $t: ok: $(grep -E '^#[0-9]+.*(DONE|cov:)' "$build/$t.log" | tail -1)"
  else
    status=1
    echo "-- $t FAILED (log: $build/$t.log; reproducer in $build/artifacts/):"
    grep -E 'ERROR|SUMMARY|Test unit written|deadly signal|==[0-9]+==' "$build/$t.log" | head -20 || true
    tail -40 "$build/$t.log"
  fi
  i=$((i + 1))
done
exit $status
