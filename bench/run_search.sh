#!/bin/sh
# bench/run_search.sh BUILD_DIR [ROUNDS]
#
# Runs the search benchmark (summit_bench_search: load vs cJSON parse, save
# vs cJSON print, index build vs SQLite FTS5 build, a mix of 13 queries vs
# FTS5, memory vs input size) on generated corpora of 1,000, 10,000 and
# 100,000 records (seed 1, collection form) and prints the results as
# markdown. Builds nothing: configure and build BUILD_DIR first, e.g.
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-bench -j2
#   bench/run_search.sh build-bench
# Environment:
#   SIZES="1000 10000 100000"  record counts to run
#   ROUNDS_LARGE=3             build rounds for corpora of 100,000 records
#                              and more (one round takes ~20 s there)
#   REPS=50                    runs of each query on each side
#   CALLGRIND=1                also count instructions (valgrind callgrind,
#                              one round, one run of each query) for the
#                              10,000-record corpus (takes several minutes)
#   PLOT=1                     also draw bench/search.png with gnuplot
#                              (bench/search.gnuplot) from the numbers
#   KEEP=dir                   keep the corpora (and search.tsv) in dir
# Wall times on a shared machine are noisy; compare ratios measured in one
# run, and the callgrind instruction counts, which repeat exactly.
set -eu

build=${1:?usage: bench/run_search.sh BUILD_DIR [ROUNDS]}
rounds=${2:-5}
sizes=${SIZES:-1000 10000 100000}
rounds_large=${ROUNDS_LARGE:-3}
reps=${REPS:-50}
here=$(cd "$(dirname "$0")" && pwd)
gen=$build/bench/summit_gen_corpus
bench=$build/bench/summit_bench_search
for exe in "$gen" "$bench"; do
  if [ ! -x "$exe" ]; then
    echo "run_search.sh: $exe not found; build $build first (summit_bench_search needs SQLite3)" >&2
    exit 1
  fi
done

if [ -n "${KEEP:-}" ]; then
  dir=$KEEP
  mkdir -p "$dir"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/summit-bench-search.XXXXXX")
  trap 'rm -rf "$dir"' EXIT INT TERM
fi
tsv=$dir/search.tsv
: > "$tsv"

cache=$build/CMakeCache.txt
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache")
bflags=$(sed -n "s/^CMAKE_C_FLAGS_$(echo "$btype" | tr a-z A-Z):[A-Z]*=//p" "$cache")
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$cache")

echo "## libsummit search benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(uname -sr), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- compiler: $("$cc" --version | head -n 1)"
echo "- build: $build, CMAKE_BUILD_TYPE=$btype (C flags: $bflags)"
echo "- SQLite: $(dpkg-query -W -f '${Package} ${Version}' 'libsqlite3-0*' 2>/dev/null || echo unknown) (shared, as Debian builds it)"
echo "- cJSON: $(dpkg-query -W -f '${Package} ${Version}' 'libcjson1*' 2>/dev/null || echo unknown)"
echo "- build rounds: $rounds per size ($rounds_large from 100,000 records), +1 untimed warm-up; queries: $reps runs per query and side"
echo

for n in $sizes; do
  corpus=$dir/corpus-$n.json
  [ -f "$corpus" ] || "$gen" "$n" --seed 1 --form collection > "$corpus"
  r=$rounds
  [ "$n" -ge 100000 ] && r=$rounds_large
  echo "### $n records"
  echo
  echo "\$ summit_gen_corpus $n --seed 1 > corpus-$n.json && summit_bench_search corpus-$n.json --rounds $r --reps $reps"
  echo
  "$bench" "$corpus" --rounds "$r" --reps "$reps" --tsv "$tsv"
  echo
done

if [ "${CALLGRIND:-0}" = 1 ]; then
  n=10000
  corpus=$dir/corpus-$n.json
  [ -f "$corpus" ] || "$gen" "$n" --seed 1 --form collection > "$corpus"
  out=$dir/callgrind-search.out
  echo "### instruction counts, $n records (valgrind --tool=callgrind, --rounds 1 --reps 1)"
  echo
  valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" "$corpus" --rounds 1 --reps 1 > /dev/null 2>&1
  # With --rounds 1 --reps 1 the bench_* functions run: cJSON parse, print
  # and summit save 1x (the round), summit load, index and FTS5 build 2x
  # (the round and the query phase; the memory phase calls the library
  # directly), and each of the 13 queries 3x per side (2 warm-ups + 1 run).
  callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
    awk '{ for (i = 2; i <= NF; i++) if ($i ~ /:bench_(cjson|summit|fts)_[a-z]+(\.[a-z]+\.[0-9]+)*$/) {
             f = $i; sub(/^.*:/, "", f); sub(/\..*$/, "", f); n = $1; gsub(",", "", n); ir[f] = n } }
         END {
           print "| operation (inclusive, per call) | instructions | ratio |"
           print "|---|---:|---:|"
           row("cJSON parse", ir["bench_cjson_parse"], 0)
           row("summit load", ir["bench_summit_load"] / 2, ir["bench_cjson_parse"])
           row("cJSON print", ir["bench_cjson_print"], 0)
           row("summit save", ir["bench_summit_save"], ir["bench_cjson_print"])
           row("FTS5 build (inserts + commit)", ir["bench_fts_build"] / 2, 0)
           row("summit index", ir["bench_summit_index"] / 2, ir["bench_fts_build"] / 2)
           row("FTS5 query, mean over the mix", ir["bench_fts_query"] / 39, 0)
           row("summit query, mean over the mix", ir["bench_summit_query"] / 39, ir["bench_fts_query"] / 39)
         }
         function row(name, n, base) {
           if (base > 0) printf "| %s | %.0f | %.3f |\n", name, n, n / base
           else printf "| %s | %.0f | - |\n", name, n
         }'
  echo
  echo "(The query means are dominated by the slowest queries; see the per-query medians above.)"
  echo
fi

if [ "${PLOT:-0}" = 1 ]; then
  if command -v gnuplot > /dev/null 2>&1; then
    gnuplot -e "data='$tsv'; out='$here/search.png'" "$here/search.gnuplot"
    echo "Plot: bench/search.png (from $tsv)."
  else
    echo "run_search.sh: gnuplot not found; no plot" >&2
  fi
fi
