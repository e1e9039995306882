#!/usr/bin/env bash
# The user event layers' side-by-side measurement, in one run on one machine: LAC Viewer's
# bench_layers and QGIS 3.22 (tests/bench/qgis/) on the same files of 10k,
# 100k and 1M dated point events (tests/bench/make_events.py), plus
# FlatGeobuf and GeoPackage copies for LAC Viewer's other-format loads.
# Not part of CI (it installs QGIS and takes several minutes); run it by hand,
# as root, on an otherwise idle machine, after building (README):
#
#     bash tests/bench/side-by-side.sh [DIR]        # DIR defaults to /tmp/ev
#
# Writes DIR/side-by-side.txt (both tables, with the load average before and
# after each) and DIR/qgis-bench.jsonl. docs/performance.md records a run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/ev}"
log="$dir/side-by-side.txt"
mkdir -p "$dir"
cmake --build "$repo/build" -j2 --target bench_layers > /dev/null
for n in 10000 100000 1000000; do
  [ -s "$dir/events-$n.geojson" ] || python3 "$repo/tests/bench/make_events.py" "$n" "$dir/events-$n.geojson"
  for f in fgb gpkg; do
    [ -s "$dir/events-$n.$f" ] || ogr2ogr "$dir/events-$n.$f" "$dir/events-$n.geojson"
  done
done
{
  echo "== side-by-side $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores, $(uptime)"
  echo "== LAC Viewer (bench_layers)"
} | tee "$log"
QT_QPA_PLATFORM=offscreen LAC_BENCH_EVENTS="$dir" "$repo/build/tests/bench/bench_layers" \
  --benchmark_min_time=0.5 2>&1 | grep -v -e 'qt.svg' -e 'propagateSizeHints' | tee -a "$log"
echo "== after LAC Viewer: $(uptime)" | tee -a "$log"
echo "== QGIS (tests/bench/qgis/run-qgis-bench.sh)" | tee -a "$log"
: > "$dir/qgis-bench.txt"
bash "$repo/tests/bench/qgis/run-qgis-bench.sh" --dir "$dir" 10000 100000 1000000 > /dev/null
cat "$dir/qgis-bench.txt" >> "$log"
echo "== done $(date -u '+%H:%M:%S UTC'): $log"
