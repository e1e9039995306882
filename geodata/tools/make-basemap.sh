#!/usr/bin/env bash
# make-basemap.sh: regenerate the clipped basemap layers in geodata/basemap/
# from public packages, offline apart from one `npm pack`.
#
#   countries.geojson   Natural Earth 10m country polygons (world-atlas 2.0.2)
#   boundaries.geojson  de facto boundary lines = shared edges of those polygons
#   lakes.geojson       GSHHG lake polygons (Debian gmt-gshhg-full)
#   rivers.geojson      WDBII rivers and canals (Debian gmt-gshhg-full)
#
# Box: lon 71..88 E, lat 27..39 N (the western and middle sectors with a
# margin: Ladakh, Aksai Chin, Shaksgam, Gilgit-Baltistan, Himachal,
# Uttarakhand, Ngari, southern Xinjiang). The viewer never shows a view
# beyond this box (Atlas::dataExtent). WGS84, RFC 7946 GeoJSON, 5 decimals.
#
# Needs (Debian 12): gmt gmt-gshhg-full gdal-bin npm, plus awk and coreutils.
# GDAL's SQLite dialect must have SpatiaLite (it does in Debian's gdal-bin).
# The script installs nothing. It fetches world-atlas@2.0.2 with `npm pack`
# into a temporary directory, using a throw-away npm cache there, and
# deletes the directory on exit.
#
# Generated and checked with these versions (Debian 12 bookworm):
#   gmt 6.4.0 (Debian 6.4.0+dfsg-2), gmt-gshhg-full 2.3.7-6 (GSHHG 2.3.7)
#   ogr2ogr: GDAL 3.6.2, released 2023/01/02 (Debian 3.6.2+dfsg-1+b2)
#   SQLite 3.40.1, SpatiaLite 5.0.1, GEOS 3.11.1
#   npm 11.19.1 / node v20.20.2 (npm is only used to fetch the tarball)
#   world-atlas-2.0.2.tgz sha1 4bca4a578f3a413bd409c3f07f2054fe7375824f
#     (Natural Earth 4.1.0 as TopoJSON)
# Other versions print a warning. Different data versions give different
# output, so commit the regenerated files together with the new versions.
#
# Usage: geodata/tools/make-basemap.sh   (works from any directory; idempotent)

set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$here/../.."                      # repository root
OUT=geodata/basemap

W=71 S=27 E=88 N=39                   # the clip box (keep Atlas::basemapBox in step)
GMT_R=70/89/26/40                     # GSHHG is read over a wider area, then clipped
# Lakes and rivers are simplified to within this many degrees (about 30 m),
# far below their own accuracy, to keep the committed files small; canals
# (WDBII levels 8-10, only in the plains far from the LAC) are left out.
SIMPLIFY=0.0003
WA_VERSION=2.0.2
WA_SHA1=4bca4a578f3a413bd409c3f07f2054fe7375824f

SRC_NE="Natural Earth 10m via world-atlas ${WA_VERSION}"
SRC_GSHHG="GSHHG 2.3.7 full resolution via Debian gmt-gshhg-full"
SRC_WDBII="WDBII rivers from GSHHG 2.3.7 full resolution via Debian gmt-gshhg-full"

die()  { echo "make-basemap: $*" >&2; exit 1; }
warn() { echo "make-basemap: warning: $*" >&2; }

for t in gmt ogr2ogr ogrinfo npm awk sha1sum tar; do
    command -v "$t" >/dev/null 2>&1 || die "'$t' not found (apt-get install gmt gmt-gshhg-full gdal-bin npm)"
done

gmt_v="$(gmt --version)"
gdal_v="$(ogr2ogr --version)"
[[ "$gmt_v" == 6.4.0* ]] || warn "gmt $gmt_v (output was made with 6.4.0)"
[[ "$gdal_v" == "GDAL 3.6.2,"* ]] || warn "$gdal_v (output was made with GDAL 3.6.2)"
if command -v dpkg-query >/dev/null 2>&1; then
    gshhg_v="$(dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null || true)"
    [[ -n "$gshhg_v" ]] || die "package gmt-gshhg-full is not installed (full-resolution GSHHG)"
    [[ "$gshhg_v" == 2.3.7* ]] || warn "gmt-gshhg-full $gshhg_v (output was made with 2.3.7)"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The data files name their own version; gmt -Vi reports it.
gshhg_data_v="$(cd "$tmp" && gmt coast -R78/79/33/34 -Df -W2 -M -Vi 2>&1 >/dev/null \
                | sed -n 's/.*GSHHG version \([0-9.]*\).*/\1/p' | head -n 1)"
[[ -n "$gshhg_data_v" ]] || die "gmt cannot read the full-resolution GSHHG data (install gmt-gshhg-full)"
[[ "$gshhg_data_v" == 2.3.7 ]] || warn "GSHHG data version $gshhg_data_v (output was made with 2.3.7; update SRC_GSHHG)"

BOX="BuildMbr($W,$S,$E,$N,4326)"
# Options for every published file. RFC7946=YES also writes outer rings
# counter-clockwise and leaves out the "crs" member.
GJ=(-f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=5)

# ---------------------------------------------------------------- world-atlas
echo "make-basemap: fetching world-atlas@${WA_VERSION} with npm pack" >&2
tgz="$(cd "$tmp" && NPM_CONFIG_CACHE="$tmp/npm-cache" npm pack --silent "world-atlas@${WA_VERSION}" | tail -n 1)"
echo "${WA_SHA1}  $tmp/$tgz" | sha1sum -c --quiet - || die "world-atlas tarball checksum differs"
tar -xzf "$tmp/$tgz" -C "$tmp" package/countries-10m.json
TOPO="$tmp/package/countries-10m.json"

# Countries, clipped, full precision: the shared-edge search uses these
# coordinates, so every boundary vertex is exactly a polygon vertex.
ogr2ogr -f GeoJSON "$tmp/countries_full.geojson" "$TOPO" countries \
    -a_srs EPSG:4326 -spat $W $S $E $N -clipsrc $W $S $E $N \
    -nlt PROMOTE_TO_MULTI -nln countries

# ----------------------------------------------------------- countries.geojson
rm -f "$tmp/countries.geojson"
# (The RFC 7946 writer stores a one-part MultiPolygon as a Polygon.)
ogr2ogr "${GJ[@]}" "$tmp/countries.geojson" "$tmp/countries_full.geojson" \
    -nln countries -dialect sqlite -sql "
SELECT name, '$SRC_NE' AS source, geometry
FROM countries
ORDER BY CASE name WHEN 'India' THEN 1 WHEN 'China' THEN 2 WHEN 'Pakistan' THEN 3 ELSE 4 END, name"

# ---------------------------------------------------------- boundaries.geojson
# A boundary line is the intersection of two polygons' outlines. Outlines also
# run along the clip box, but two neighbours only touch there in a point, and
# CollectionExtract(...,2) keeps the lines only. ST_LineMerge joins the pieces;
# a pair whose shared edge is still in several pieces is split into one
# feature per piece (India-Pakistan: the Line of Control in the north, and the
# Jammu/Punjab stretch near Shakargarh in the south-west corner of the box).
ogr2ogr -f GeoJSON "$tmp/edges.geojson" "$tmp/countries_full.geojson" \
    -nln edges -explodecollections -dialect sqlite -sql "
WITH p AS (
  SELECT name, geometry,
         CASE name WHEN 'India' THEN 1 WHEN 'China' THEN 2 WHEN 'Pakistan' THEN 3 ELSE 4 END AS rk
  FROM countries)
SELECT a.name AS an, b.name AS bn, a.rk AS ar, b.rk AS br,
       ST_LineMerge(CollectionExtract(
           ST_Intersection(ST_Boundary(a.geometry), ST_Boundary(b.geometry)), 2)) AS geometry
FROM p a JOIN p b ON (a.rk < b.rk OR (a.rk = b.rk AND a.name < b.name))
WHERE ST_Intersects(a.geometry, b.geometry)"

# Ids and notes. Pieces of one pair are numbered from north to south.
ogr2ogr -f GeoJSON "$tmp/boundaries_full.geojson" "$tmp/edges.geojson" \
    -nln boundaries -dialect sqlite -sql "
WITH e AS (
  SELECT an, bn, ar, br, geometry,
         lower(replace(an, ' ', '-')) || '-' || lower(replace(bn, ' ', '-')) AS base,
         ROW_NUMBER() OVER (PARTITION BY an, bn ORDER BY MbrMaxY(geometry) DESC, MbrMinX(geometry)) AS part,
         COUNT(*) OVER (PARTITION BY an, bn) AS parts
  FROM edges
  WHERE geometry IS NOT NULL AND ST_Length(geometry) > 0)
SELECT CASE WHEN parts > 1 THEN base || '-' || part ELSE base END AS id,
       an || '–' || bn AS pair,
       'de-facto-boundary' AS kind,
       CASE WHEN (an = 'China' AND bn IN ('Nepal', 'Afghanistan', 'Tajikistan'))
                 OR (an = 'Afghanistan' AND bn = 'Tajikistan') THEN 1 ELSE 0 END AS agreed_int,
       '$SRC_NE' AS source,
       CASE
         WHEN an = 'India' AND bn = 'China' THEN
           'De facto line from Natural Earth; not an agreed boundary and not the LAC as either side perceives it. The LAC has not been jointly delineated.'
         WHEN an = 'India' AND bn = 'Pakistan' THEN
           'De facto line from Natural Earth: from the north, the Line of Control in Jammu and Kashmir (a ceasefire line, not an agreed international boundary), the Jammu stretch Pakistan calls a working boundary, then the international boundary in Punjab and Rajasthan. Its northern stretches bound the disputed Jammu and Kashmir region.'
         WHEN an = 'China' AND bn = 'Pakistan' THEN
           'De facto line from Natural Earth: the line of the 1963 China-Pakistan agreement, which calls itself provisional and which India does not recognise; it bounds a disputed area.'
         WHEN an = 'Siachen Glacier' OR bn = 'Siachen Glacier' THEN
           'Edge of the separate disputed ''Siachen Glacier'' polygon in Natural Earth; a schematic de facto line, not an agreed boundary.'
         WHEN an = 'India' AND bn = 'Nepal' THEN
           'De facto line from Natural Earth. India and Nepal dispute the Kalapani-Lipulekh area at its northern end, where it meets China.'
         WHEN an = 'Pakistan' AND bn = 'Afghanistan' THEN
           'De facto line from Natural Earth: the Durand Line, which Afghanistan does not recognise as a boundary.'
         ELSE
           'De facto line from Natural Earth; a boundary settled by treaty between the two states, drawn as Natural Earth compiles it.'
       END AS note,
       geometry
FROM e
ORDER BY ar, br, an, bn, part"

# The SQLite dialect has no boolean type; OGR SQL's CAST gives a real JSON
# boolean. ("between" is an SQL keyword, hence the detour through "pair".)
rm -f "$tmp/boundaries.geojson"
ogr2ogr "${GJ[@]}" "$tmp/boundaries.geojson" "$tmp/boundaries_full.geojson" \
    -nln boundaries -sql "
SELECT id, pair AS \"between\", kind, CAST(agreed_int AS boolean) AS agreed, source, note
FROM boundaries"

# -------------------------------------------------------------- GSHHG to CSV
# gmt coast -M prints multisegment text: '> Shore Bin # 19519, Level 2' and
# then 'lon<TAB>lat' rows. Each segment becomes one CSV row with a WKT line.
# gmt writes gmt.history into the working directory, so run it in $tmp.
seg2csv() {
    awk 'BEGIN { OFS = ","; print "bin,level,WKT" }
         function flush() { if (n >= 2) print bin, lvl, "\"LINESTRING(" pts ")\""; n = 0; pts = "" }
         /^>/   { flush(); bin = $5; sub(/,$/, "", bin); lvl = $NF; next }
         NF >= 2 { pts = pts (n ? "," : "") $1 " " $2; n++ }
         END    { flush() }'
}
(cd "$tmp" && gmt coast -R$GMT_R -Df -W2 -M) | seg2csv > "$tmp/lake_lines.csv"
(cd "$tmp" && gmt coast -R$GMT_R -Df -Ia -M) | seg2csv > "$tmp/river_lines.csv"

# --------------------------------------------------------------- lakes.geojson
# -W2 selects level-2 shorelines (lake outlines). GMT stores them in tiles, so
# one lake can arrive as several open pieces that meet exactly at tile edges;
# ST_Polygonize joins them into rings.
ogr2ogr -f GeoJSON "$tmp/lakes_poly.geojson" "$tmp/lake_lines.csv" \
    -a_srs EPSG:4326 -nln lakes -explodecollections -dialect sqlite -sql "
SELECT ST_Polygonize(geometry) AS geometry FROM lake_lines"

# Names by location: a lake is named when its polygon lies within 0.02 deg
# (about 2 km) of the reference point. The points are the lakes' published
# coordinates (Wikipedia infoboxes, rounded), except 'Pangong Tso' east: a
# point inside the GSHHG polygon of the eastern (Tibetan) basin, because
# GSHHG stores Pangong Tso as two polygons split near 79.0 E. Lakes with no
# reference point nearby keep name = null. The points are tens of km apart, so
# at most one matches. (min() rather than ORDER BY: GDAL's SQLite dialect
# rejected a correlated subquery with ORDER BY, "no such column".)
ogr2ogr -f GeoJSON "$tmp/lakes_named.geojson" "$tmp/lakes_poly.geojson" \
    -nln lakes -explodecollections -dialect sqlite -sql "
WITH ref(name, x, y) AS (VALUES
  ('Pangong Tso',      78.8968, 33.7179),
  ('Pangong Tso',      79.7078, 33.6067),
  ('Spanggur Tso',     78.9089, 33.5364),
  ('Tso Moriri',       78.31,   32.90),
  ('Tso Kar',          78.00,   33.30),
  ('Aksai Chin Lake',  79.85,   35.217),
  ('Kotra Tso (Guozha Co)', 81.0864, 35.0314),
  ('Gobind Sagar',     76.5,    31.4)),
c AS (
  SELECT CollectionExtract(ST_Intersection(geometry, $BOX), 3) AS geometry,
         (SELECT min(r.name) FROM ref r
            WHERE ST_Distance(l.geometry, MakePoint(r.x, r.y, 4326)) < 0.02) AS name
  FROM lakes l
  WHERE ST_Intersects(l.geometry, $BOX))
SELECT name, geometry FROM c WHERE geometry IS NOT NULL AND ST_Area(geometry) > 0"

rm -f "$tmp/lakes.geojson"
ogr2ogr "${GJ[@]}" "$tmp/lakes.geojson" "$tmp/lakes_named.geojson" \
    -nln lakes -nlt POLYGON -dialect sqlite -sql "
SELECT printf('lake-%02d', ROW_NUMBER() OVER (ORDER BY ST_Area(geometry) DESC, ST_X(ST_Centroid(geometry)))) AS id,
       name, '$SRC_GSHHG' AS source, ST_SimplifyPreserveTopology(geometry, $SIMPLIFY) AS geometry
FROM lakes
ORDER BY ST_Area(geometry) DESC, ST_X(ST_Centroid(geometry))"

# -------------------------------------------------------------- rivers.geojson
# -Ia = every WDBII river class. GMT tiles them too: merge the pieces of each
# class with ST_LineMerge, then clip to the box. Class names are from
# 'gmt coast' -I help (GMT 6.4). Canals (8-10) are only in the Punjab plain.
ogr2ogr -f GeoJSON "$tmp/rivers_merged.geojson" "$tmp/river_lines.csv" \
    -a_srs EPSG:4326 -nln rivers -explodecollections -dialect sqlite -sql "
SELECT CAST(level AS INTEGER) AS level,
       CollectionExtract(ST_Intersection(ST_LineMerge(ST_Collect(geometry)), $BOX), 2) AS geometry
FROM river_lines
WHERE CAST(level AS INTEGER) < 8
GROUP BY CAST(level AS INTEGER)"

rm -f "$tmp/rivers.geojson"
ogr2ogr "${GJ[@]}" "$tmp/rivers.geojson" "$tmp/rivers_merged.geojson" \
    -nln rivers -nlt LINESTRING -dialect sqlite -sql "
SELECT printf('river-%03d', ROW_NUMBER() OVER (ORDER BY level, ST_X(ST_StartPoint(geometry)), ST_Y(ST_StartPoint(geometry)))) AS id,
       level,
       CASE level
         WHEN 0 THEN 'Double-lined rivers (river-lakes)'
         WHEN 1 THEN 'Permanent major rivers'
         WHEN 2 THEN 'Additional major rivers'
         WHEN 3 THEN 'Additional rivers'
         WHEN 4 THEN 'Minor rivers'
         WHEN 5 THEN 'Intermittent rivers - major'
         WHEN 6 THEN 'Intermittent rivers - additional'
         WHEN 7 THEN 'Intermittent rivers - minor'
         WHEN 8 THEN 'Major canals'
         WHEN 9 THEN 'Minor canals'
         WHEN 10 THEN 'Irrigation canals'
       END AS class,
       CAST(NULL AS TEXT) AS name,
       '$SRC_WDBII' AS source,
       ST_SimplifyPreserveTopology(geometry, $SIMPLIFY) AS geometry
FROM rivers
WHERE geometry IS NOT NULL AND ST_Length(geometry) > 0
ORDER BY level, ST_X(ST_StartPoint(geometry)), ST_Y(ST_StartPoint(geometry))"

# ------------------------------------------------------------------- publish
mkdir -p "$OUT"
for f in countries boundaries lakes rivers; do
    n="$(ogrinfo -ro -so "$tmp/$f.geojson" "$f" | awk -F': ' '/^Feature Count/ { print $2 }')"
    [[ "${n:-0}" -gt 0 ]] || die "$f.geojson came out empty"
    mv -f "$tmp/$f.geojson" "$OUT/$f.geojson"
    printf 'make-basemap: %-18s %4s features %8s bytes\n' "$f.geojson" "$n" "$(wc -c < "$OUT/$f.geojson")" >&2
done
