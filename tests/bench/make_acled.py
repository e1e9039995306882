#!/usr/bin/env python3
"""Deterministic generator of an ILLUSTRATIVE ACLED-layout CSV in eastern Ladakh.

    python3 tests/bench/make_acled.py N OUT.csv

Not ACLED data: every row is made up. The columns are those of an ACLED
export (event_id_cnty, event_date as YYYY-MM-DD, year, event_type,
sub_event_type, actor1, actor2, country, admin1, location, latitude,
longitude, source, notes); the event types are ACLED's six, weighted so the
legend has a clear order, and the points lie around the flashpoints and the
valleys of eastern Ladakh (77.5-79.6E, 32.5-35.6N). The same N always gives
the same bytes (a fixed linear congruential generator). Used for the user
guide's "coloured by event type" screenshot.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_events import Lcg  # noqa: E402  (the same generator)

CENTRES = [("Depsang", 78.05, 35.35), ("Galwan", 78.20, 34.76), ("Pangong Tso", 78.80, 33.75),
           ("Chushul", 78.67, 33.55), ("Demchok", 79.45, 32.65), ("Hot Springs", 78.45, 34.45),
           ("Leh", 77.58, 34.16), ("Durbuk", 78.12, 34.10)]
TYPES = [("Strategic developments", 30, ["Headquarters or base established", "Agreement", "Other"]),
         ("Battles", 22, ["Armed clash"]),
         ("Protests", 20, ["Peaceful protest", "Protest with intervention"]),
         ("Violence against civilians", 8, ["Attack"]),
         ("Riots", 6, ["Violent demonstration", "Mob violence"]),
         ("Explosions/Remote violence", 4, ["Shelling/artillery/missile attack"])]


def pick(rng, weighted):
    total = sum(w for _, w, _ in weighted)
    r = rng.next() * total
    for item in weighted:
        r -= item[1]
        if r < 0:
            return item
    return weighted[-1]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    rng = Lcg(14)
    day0 = datetime.date(2020, 4, 1).toordinal()
    days = datetime.date(2024, 12, 31).toordinal() - day0 + 1
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,country,admin1,"
                "location,latitude,longitude,source,notes\n")
        for i in range(n):
            place, lon, lat = CENTRES[int(rng.next() * len(CENTRES))]
            lon += (rng.next() - 0.5) * 0.5
            lat += (rng.next() - 0.5) * 0.4
            date = datetime.date.fromordinal(day0 + int(rng.next() * days))
            kind, _, subs = pick(rng, TYPES)
            sub = subs[int(rng.next() * len(subs))]
            f.write("IND%d,%s,%d,%s,%s,Military Forces of India,Military Forces of China,India,Ladakh,%s,"
                    "%.4f,%.4f,Illustrative generator,\"Made-up row %d, not ACLED data\"\n"
                    % (i + 1, date.isoformat(), date.year, kind, sub, place, lat, lon, i + 1))


if __name__ == "__main__":
    main()
