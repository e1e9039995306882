#!/usr/bin/env python3
"""Deterministic generator of N dated point events in eastern Ladakh.

    python3 tests/bench/make_events.py N OUT.geojson        # GeoJSON FeatureCollection
    python3 tests/bench/make_events.py N OUT.geojsons --seq # GeoJSONSeq (one feature a line)

Each event has id, date (YYYY-MM-DD, 2020-01-01..2025-12-31), kind, title and
source, and a point in 75-81E, 31-37N: 70 % clustered around the flashpoints,
30 % spread over the region. The same N always gives the same bytes (a fixed
linear congruential generator, no dependency on Python's random module).
Other formats: convert with GDAL, e.g. `ogr2ogr OUT.fgb OUT.geojson`.
"""
import datetime
import sys

CENTRES = [(78.05, 35.35), (79.45, 32.65), (78.20, 34.76), (78.80, 33.75),
           (78.67, 33.55), (78.45, 34.45), (78.20, 34.40)]
KINDS = ["patrol", "talks", "build-up", "clash", "statement", "disengagement"]


class Lcg:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.s >> 11) / float(1 << 53)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    out = sys.argv[2]
    seq = "--seq" in sys.argv[3:]
    rng = Lcg(8)
    day0 = datetime.date(2020, 1, 1).toordinal()
    days = datetime.date(2025, 12, 31).toordinal() - day0 + 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        if not seq:
            f.write('{"type":"FeatureCollection","features":[\n')
        for i in range(n):
            if rng.next() < 0.7:
                cx, cy = CENTRES[int(rng.next() * len(CENTRES))]
                # a rough gaussian from the sum of three uniforms
                dx = (rng.next() + rng.next() + rng.next() - 1.5) * 0.25
                dy = (rng.next() + rng.next() + rng.next() - 1.5) * 0.25
                lon, lat = cx + dx, cy + dy
            else:
                lon, lat = 75.0 + rng.next() * 6.0, 31.0 + rng.next() * 6.0
            lon = min(max(lon, 75.0), 81.0)
            lat = min(max(lat, 31.0), 37.0)
            date = datetime.date.fromordinal(day0 + int(rng.next() * days)).isoformat()
            kind = KINDS[int(rng.next() * len(KINDS))]
            line = ('{"type":"Feature","properties":{"id":"ev-%d","date":"%s","kind":"%s",'
                    '"title":"Generated %s event %d","source":"https://example.org/events/%d"},'
                    '"geometry":{"type":"Point","coordinates":[%.5f,%.5f]}}'
                    % (i, date, kind, kind, i, i, lon, lat))
            if seq:
                f.write(line + "\n")
            else:
                f.write(line + (",\n" if i + 1 < n else "\n"))
        if not seq:
            f.write("]}\n")


if __name__ == "__main__":
    main()
