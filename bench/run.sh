#!/bin/sh
# bench/run.sh BUILD_DIR [RUNS]
#
# Runs the load/save benchmark on generated corpora of 1,000, 10,000 and
# 100,000 records (seed 1, collection form) with the default --heap trim
# (every step starts on an empty heap), then the 10,000-record corpus once
# more with --heap keep (memory reused), and prints the results as
# markdown. Builds nothing: configure and build BUILD_DIR first, e.g.
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-bench -j2
#   bench/run.sh build-bench
# Environment:
#   SIZES="1000 10000 100000"  record counts to run
#   CALLGRIND=1                also count instructions (valgrind callgrind,
#                              one round) for the 10,000-record corpus
#   KEEP=dir                   keep the corpora in dir instead of a temp dir
# Wall times on a shared machine are noisy; compare ratios measured in one
# run, and the callgrind instruction counts, which repeat exactly.
set -eu

build=${1:?usage: bench/run.sh BUILD_DIR [RUNS]}
runs=${2:-7}
sizes=${SIZES:-1000 10000 100000}
gen=$build/bench/summit_gen_corpus
bench=$build/bench/summit_bench_load_save
for exe in "$gen" "$bench"; do
  if [ ! -x "$exe" ]; then
    echo "run.sh: $exe not found; build $build first" >&2
    exit 1
  fi
done

if [ -n "${KEEP:-}" ]; then
  dir=$KEEP
  mkdir -p "$dir"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/summit-bench.XXXXXX")
  trap 'rm -rf "$dir"' EXIT INT TERM
fi

cache=$build/CMakeCache.txt
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache")
bflags=$(sed -n "s/^CMAKE_C_FLAGS_$(echo "$btype" | tr a-z A-Z):[A-Z]*=//p" "$cache")
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$cache")

echo "## libsummit load/save benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(uname -sr), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- compiler: $("$cc" --version | head -n 1)"
echo "- build: $build, CMAKE_BUILD_TYPE=$btype (C flags: $bflags)"
echo "- cJSON: $(dpkg-query -W -f '${Package} ${Version}' 'libcjson1*' 2>/dev/null || echo unknown) (shared, as Debian builds it)"
echo "- runs: $runs timed rounds per size (+1 untimed warm-up), median and minimum"
echo "- input form: collection object; MB = 10^6 bytes"
echo

for n in $sizes; do
  corpus=$dir/corpus-$n.json
  "$gen" "$n" --seed 1 --form collection > "$corpus"
  echo "### $n records"
  echo
  echo "\$ summit_gen_corpus $n --seed 1 > corpus-$n.json && summit_bench_load_save corpus-$n.json --runs $runs"
  echo
  "$bench" "$corpus" --runs "$runs"
  echo
done

n=10000
corpus=$dir/corpus-$n.json
if [ -f "$corpus" ]; then
  echo "### $n records, --heap keep"
  echo
  echo "\$ summit_bench_load_save corpus-$n.json --runs $runs --heap keep --raw"
  echo
  "$bench" "$corpus" --runs "$runs" --heap keep --raw 2> "$dir/raw.txt"
  echo
  echo "Every round (--raw). In \"cJSON first\" rounds both sides ran right after a"
  echo "cJSON_Delete(), in \"summit first\" rounds right after a summit_collection_free():"
  echo
  sed 's/^/    /' "$dir/raw.txt"
  echo
fi

if [ "${CALLGRIND:-0}" = 1 ]; then
  n=10000
  corpus=$dir/corpus-$n.json
  [ -f "$corpus" ] || "$gen" "$n" --seed 1 --form collection > "$corpus"
  out=$dir/callgrind.out
  echo "### instruction counts, $n records (valgrind --tool=callgrind, one round)"
  echo
  valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" "$corpus" --runs 1 > /dev/null 2>&1
  callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
    awk '{ for (i = 2; i <= NF; i++) if ($i ~ /:bench_(cjson|summit)_[a-z]+$/) {
             f = $i; sub(/^.*:/, "", f); n = $1; gsub(",", "", n); ir[f] = n } }
         END {
           print "| operation (inclusive, one call) | instructions | ratio |"
           print "|---|---:|---:|"
           row("cJSON parse", ir["bench_cjson_parse"], 0)
           row("summit load", ir["bench_summit_load"], ir["bench_cjson_parse"])
           row("cJSON print", ir["bench_cjson_print"], 0)
           row("summit save", ir["bench_summit_save"], ir["bench_cjson_print"])
           row("cJSON delete", ir["bench_cjson_delete"], 0)
           row("summit free", ir["bench_summit_free"], ir["bench_cjson_delete"])
         }
         function row(name, n, base) {
           if (base > 0) printf "| %s | %.0f | %.2f |\n", name, n, n / base
           else printf "| %s | %.0f | - |\n", name, n
         }'
  echo
fi
