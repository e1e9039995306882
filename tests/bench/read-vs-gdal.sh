#!/usr/bin/env bash
# A whole `lacviewer --export` of a 1M- and a 10M-event file beside GDAL's own
# full read of the same file, in one run on one machine: `ogrinfo -ro -al -q`
# (every feature read and printed, to /dev/null) and bench_parse's
# BM_GdalFullRead (every feature read, its point and date taken, nothing
# printed), then bench_parse's parallel and sequential reads. Not part of CI;
# run by hand after building (README), on a machine as idle as can be:
#
#     bash tests/bench/read-vs-gdal.sh [DIR]      # DIR defaults to /tmp/ev
#
# Makes the files it needs with make_events.py (the 10M GeoJSONSeq is 2.4 GB)
# and writes DIR/read-vs-gdal.txt, with the load average before and after
# each step. docs/performance.md records a run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/ev}"
log="$dir/read-vs-gdal.txt"
mkdir -p "$dir"
[ -s "$dir/events-1000000.geojson" ] || python3 "$repo/tests/bench/make_events.py" 1000000 "$dir/events-1000000.geojson"
[ -s "$dir/events-1000000.geojsons" ] || python3 "$repo/tests/bench/make_events.py" 1000000 "$dir/events-1000000.geojsons" --seq
[ -s "$dir/events-10000000.geojsons" ] || python3 "$repo/tests/bench/make_events.py" 10000000 "$dir/events-10000000.geojsons" --seq
timed() { /usr/bin/time -f "%e s wall, %U s user, %S s sys, peak %M KB" "$@" > /dev/null 2>> "$log.time"; tail -1 "$log.time"; }
: > "$log.time"
echo "== read-vs-gdal $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores, $(uptime)" | tee "$log"
for f in events-1000000.geojson events-1000000.geojsons events-10000000.geojsons; do
  echo "-- $f: $(stat -c %s "$dir/$f") bytes; $(uptime)" | tee -a "$log"
  echo "   ogrinfo -ro -al -q:   $(timed ogrinfo -ro -al -q "$dir/$f")" | tee -a "$log"
  echo "   lacviewer --export:   $(QT_QPA_PLATFORM=offscreen timed "$repo/build/lacviewer" --export "$dir/out.png" --date 2025-12-31 "$dir/$f")" | tee -a "$log"
done
echo "== bench_parse; $(uptime)" | tee -a "$log"
LAC_BENCH_EVENTS="$dir" "$repo/build/tests/bench/bench_parse" 2>&1 | tee -a "$log"
echo "== done $(date -u '+%H:%M:%S UTC'); $(uptime)" | tee -a "$log"
