#!/usr/bin/env bash
# Fills a PostGIS table TABLE of N generated events for bench_database, on a test
# cluster started by tests/pg/pg-cluster.sh (or any database: pass its psql
# connection options after N). Two fifths in a dense cluster near Galwan,
# the rest over the region, dates over four years; then the indexes the
# docs give (GiST on geom, B-tree on day) and ANALYZE.
#   tests/pg/pg-cluster.sh start /tmp/lacpg-bench
#   tests/bench/pg-bench-table.sh 1000000 bench_1m -h /tmp/lacpg-bench -p 5439 -U lac -d lac
set -euo pipefail
n=${1:?number of rows}
table=${2:?table name}
shift 2
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_owner psql -X -q -v ON_ERROR_STOP=1 "$@" <<SQL
DROP TABLE IF EXISTS $table;
CREATE UNLOGGED TABLE $table (id bigserial PRIMARY KEY, name text, day date NOT NULL,
                                    geom geometry(Point, 4326) NOT NULL);
INSERT INTO $table (name, day, geom)
SELECT 'event ' || i, DATE '2020-01-01' + (random() * 1460)::int,
       CASE WHEN i % 5 < 2 THEN ST_SetSRID(ST_MakePoint(78.2 + 0.05 * random(), 34.7 + 0.05 * random()), 4326)
            ELSE ST_SetSRID(ST_MakePoint(77.5 + 2.5 * random(), 32.6 + 2.8 * random()), 4326) END
FROM generate_series(1, $n) AS i;
CREATE INDEX ${table}_geom ON $table USING gist (geom);
CREATE INDEX ${table}_day ON $table (day);
ANALYZE $table;
SQL
echo "$table: $n rows"
