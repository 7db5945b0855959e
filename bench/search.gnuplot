# bench/search.gnuplot: how the costs grow with the corpus size, from the
# lines summit_bench_search --tsv writes (bench/run_search.sh PLOT=1):
#   gnuplot -e "data='search.tsv'; out='search.png'" bench/search.gnuplot
# Columns: 1 records, 2 input bytes, 3 cJSON parse ms, 4 summit load ms,
# 5 cJSON print ms, 6 summit save ms, 7 summit index ms, 8 FTS5 build ms,
# 9 summit median query ms, 10 FTS5 median query ms, 11 summit bytes after
# load, 12 after load + index, 13 SQLite bytes with the FTS5 table, 14 cJSON
# tree bytes.
if (!exists("data")) data = 'search.tsv'
if (!exists("out")) out = 'search.png'
set terminal pngcairo size 1500,480 font ",10"
set output out
set datafile separator "\t"
set multiplot layout 1,3 title "libsummit vs cJSON and SQLite FTS5 (summit\\_gen\\_corpus N --seed 1; medians)"
set logscale xy
set xlabel "records"
set xrange [500:200000]
set grid
set key top left

set title "build steps"
set ylabel "ms"
plot data using 1:3 with linespoints title "cJSON parse", \
     data using 1:4 with linespoints title "summit load", \
     data using 1:5 with linespoints title "cJSON print", \
     data using 1:6 with linespoints title "summit save", \
     data using 1:8 with linespoints lw 2 title "FTS5 build", \
     data using 1:7 with linespoints lw 2 title "summit index"

set title "query latency, median over the mix (limit 10)"
set ylabel "µs"
plot data using 1:($10*1000) with linespoints lw 2 title "FTS5 MATCH ... ORDER BY rank", \
     data using 1:($9*1000) with linespoints lw 2 title "summit\\_search", \
     data using 1:($10*100) with lines dt 2 title "target: FTS5 / 10"

set title "memory / input file size"
set ylabel "× input"
unset logscale y
set yrange [0:4.2]
set key top right
plot data using 1:($14/$2) with linespoints title "cJSON tree", \
     data using 1:($13/$2) with linespoints title "SQLite + FTS5 table (text only)", \
     data using 1:($11/$2) with linespoints title "summit loaded", \
     data using 1:($12/$2) with linespoints lw 2 title "summit loaded + indexed", \
     1.5 with lines dt 2 title "target 1.5 ×"
unset multiplot
