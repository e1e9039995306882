#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, clang, LAC_FUZZ=ON) in build-fuzz/
# and runs each for a bounded time, seeded from tests/data and geodata/.
# Fails on any crash, leak, timeout, out-of-memory or sanitizer report.
#
#   FUZZ_SECONDS  seconds per harness (default 60)
#   FUZZ_JOBS     harnesses run at once (default 2)
#   FUZZ_TARGETS  which harnesses (default: all)
#
# The corpus grows in build-fuzz/corpus/<harness> and is reused by the next
# run; findings land in build-fuzz/artifacts/. Each run appends a line to
# build-fuzz/fuzz-stats.tsv (date, harness, seconds, executions).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/deps.sh
bash .ci/deps-reliability.sh
seconds="${FUZZ_SECONDS:-60}"
parallel="${FUZZ_JOBS:-2}"
targets="${FUZZ_TARGETS:-fuzz_layer_geojson fuzz_layer_any fuzz_locator fuzz_pointreader fuzz_validate fuzz_isodate fuzz_sourceref fuzz_settings}"

cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAC_FUZZ=ON -DBUILD_TESTING=OFF
cmake --build build-fuzz -j"${LAC_JOBS:-2}" --target fuzzers

out="$PWD/build-fuzz"
seeds="$out/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"

# --- Seeds ------------------------------------------------------------------
json_files=$(find tests/data geodata -type f \( -name '*.geojson' -o -name '*.json' \) | sort)
for name in fuzz_layer_geojson fuzz_locator fuzz_validate fuzz_layer_any fuzz_pointreader; do mkdir -p "$seeds/$name"; done
i=0
for f in $json_files; do
  i=$((i + 1))
  cp "$f" "$seeds/fuzz_layer_geojson/$i"
  cp "$f" "$seeds/fuzz_locator/$i"
  # fuzz_pointreader: the first byte picks FeatureCollection (even) or GeoJSONSeq (odd).
  { printf '\x00'; cat "$f"; } > "$seeds/fuzz_pointreader/$i"
  # fuzz_validate: the first byte picks events/places/lines/flashpoints.
  case "$(basename "$f")" in
    events*) k='\x00' ;; places*) k='\x01' ;; lines*) k='\x02' ;; flashpoints*) k='\x03' ;; *) k='\x00' ;;
  esac
  { printf "$k"; cat "$f"; } > "$seeds/fuzz_validate/$i"
  { printf '\x09'; cat "$f"; } > "$seeds/fuzz_layer_any/json-$i"
done
# fuzz_layer_any: the first byte picks the suffix (see fuzz_layer_any.cpp).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
conv() { # index driver extension [options...]
  local idx=$1 drv=$2 ext=$3; shift 3
  if ogr2ogr -f "$drv" "$tmp/places.$ext" geodata/places.geojson "$@" > /dev/null 2>&1; then
    { printf "\\x$idx"; cat "$tmp/places.$ext"; } > "$seeds/fuzz_layer_any/$ext"
  fi
}
conv 00 KML kml
conv 01 GML gml
conv 02 GPX gpx -dsco GPX_USE_EXTENSIONS=YES
conv 03 CSV csv -lco GEOMETRY=AS_WKT
conv 04 LIBKML kmz
conv 05 GeoJSONSeq geojsonl
conv 07 GPKG gpkg
conv 08 FlatGeobuf fgb
# fuzz_pointreader: the bundled events as GeoJSONSeq (RS-separated).
if ogr2ogr -f GeoJSONSeq "$tmp/events.geojsons" geodata/events.geojson -lco RS=YES > /dev/null 2>&1; then
  { printf '\x01'; cat "$tmp/events.geojsons"; } > "$seeds/fuzz_pointreader/seq"
fi
for f in tests/data/hostile/*.kml; do { printf '\x00'; cat "$f"; } > "$seeds/fuzz_layer_any/$(basename "$f")"; done
for f in tests/data/hostile/*.gml; do { printf '\x01'; cat "$f"; } > "$seeds/fuzz_layer_any/$(basename "$f")"; done
for name in fuzz_isodate fuzz_sourceref fuzz_settings; do
  cp -r "tests/fuzz/seeds/${name#fuzz_}" "$seeds/$name"
done
# fuzz_pointreader: the rest of a file after the harness's 200 plain
# features, for the parallel reader (first byte: bit 1 set).
cp tests/fuzz/seeds/pointreader/* "$seeds/fuzz_pointreader/"

# --- Runs -------------------------------------------------------------------
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/ubsan.supp"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
rm -rf "$out/artifacts" && mkdir -p "$out/artifacts" "$out/logs"
run() {
  local name=$1
  local bin="$out/tests/fuzz/$name"
  local corpus="$out/corpus/$name"
  local dict=()
  case "$name" in
    fuzz_layer_geojson|fuzz_locator|fuzz_validate|fuzz_pointreader) dict=(-dict="$PWD/tests/fuzz/geojson.dict") ;;
  esac
  mkdir -p "$corpus"
  local status=0
  "$bin" "$corpus" "$seeds/$name" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts/$name-" \
    > "$out/logs/$name.log" 2>&1 || status=$?
  local execs
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/logs/$name.log" | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "$seconds" "${execs:-?}" "$status" >> "$out/fuzz-stats.tsv"
  if [ "$status" -ne 0 ] || grep -qE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:" "$out/logs/$name.log"; then
    echo "FAIL $name (exit $status): see $out/logs/$name.log" >&2
    tail -60 "$out/logs/$name.log" >&2
    return 1
  fi
  echo "ok   $name: ${execs:-?} inputs in ${seconds}s"
}
export -f run
export out seeds seconds
failed=0
printf '%s\n' $targets | xargs -P "$parallel" -I{} bash -c 'run {}' || failed=1
# A harness that crashed left its work directory (/dev/shm/lacviewer-fuzz-PID).
for d in /dev/shm/lacviewer-fuzz-* "${TMPDIR:-/tmp}"/lacviewer-fuzz-*; do
  [ -d "$d" ] && ! kill -0 "${d##*-}" 2>/dev/null && rm -rf "$d"
done
if compgen -G "$out/artifacts/*" > /dev/null; then
  echo "Fuzzer findings in $out/artifacts:" >&2
  ls -l "$out/artifacts" >&2
  failed=1
fi
exit "$failed"
