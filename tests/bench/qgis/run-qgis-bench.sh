#!/usr/bin/env bash
# Side-by-side QGIS measurement of the user event layers: what QGIS 3.22 (Debian bookworm)
# needs for the same dated point events that LAC Viewer is benchmarked on.
#
# For each size it generates (or reuses) a GeoJSON with tests/bench/make_events.py
# and runs tests/bench/qgis/bench_qgis.py on it, headless, which times (wall
# clock and CPU): GDAL's own schema pass and full read, QGIS's load and load to
# first frame, a 1920x1080 render from the file and from an in-memory copy, a
# one-year time-filter step from both, an identify-style hit test, a PNG
# export, and reports resident memory. See bench_qgis.py's docstring.
#
# NOT part of CI: it installs QGIS (several hundred MB), and the 1M run takes
# several minutes. Run it by hand, as root (for apt-get), on an idle machine:
#
#     bash tests/bench/qgis/run-qgis-bench.sh [--dir DIR] [--reps N] [SIZE...]
#
# SIZE defaults to 10000 100000 1000000; DIR (default /tmp/ev) holds the event
# files (reused when present and complete), the tables
# (qgis-bench.txt) and the JSON lines (qgis-bench.jsonl), both appended to.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
dir=/tmp/ev
reps=5
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

# Debian's interpreter: PyQGIS is installed for it, not for another python3
# that may come first on PATH.
py=/usr/bin/python3

# Install what is missing (Debian packages only), through the project's installer.
bash "$repo/.ci/deps.sh" python3-qgis qgis-providers python3-gdal python3-numpy

# Headless Qt; a private runtime directory silences Qt's warning about it.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# True when file $1 is a whole make_events.py GeoJSON of $2 events.
complete_events_file() {
  local end
  end="$(tail -c 400 "$1" | tr -d '\n')"
  [[ "$end" == *"\"id\":\"ev-$(($2 - 1))\","*"]}}]}" ]]
}

mkdir -p "$dir"
files=()
for n in "${sizes[@]}"; do
  f="$dir/events-$n.geojson"
  # make_events.py is deterministic: a file of N events always has the same
  # bytes. A complete one (its last feature is ev-(N-1), then the closing
  # "]}") is reused; checking its tail is instant even for the 1M file.
  if [ -s "$f" ] && complete_events_file "$f" "$n"; then
    echo "reusing $f"
  else
    echo "generating $f"
    "$py" "$repo/tests/bench/make_events.py" "$n" "$f"
  fi
  files+=("$f")
done

{
  echo "== run-qgis-bench.sh $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores"
  echo "uptime before: $(uptime)"
} | tee -a "$dir/qgis-bench.txt"
"$py" "$here/bench_qgis.py" --reps "$reps" --json "$dir/qgis-bench.jsonl" "${files[@]}" \
  | grep -v '^json ' | tee -a "$dir/qgis-bench.txt"
echo "uptime after: $(uptime)" | tee -a "$dir/qgis-bench.txt"
echo "tables: $dir/qgis-bench.txt  JSON lines: $dir/qgis-bench.jsonl"
