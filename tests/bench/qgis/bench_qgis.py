#!/usr/bin/python3
"""Side-by-side QGIS measurement of the user event layers (not part of CI).

Measures, with PyQGIS (QGIS 3.22 from Debian bookworm) run headless, what QGIS
needs for the same dated point events that LAC Viewer is benchmarked on
(files made by `python3 tests/bench/make_events.py N OUT.geojson`):

  * GDAL's own reading of the file: `ogrinfo -ro -al -so` (schema pass) and a
    full read (open + fetch every feature once with the osgeo bindings);
  * load: QgsVectorLayer(path, 'events', 'ogr') until valid, featureCount()
    and extent(), i.e. what QGIS needs before it can draw; then the first frame;
  * a full 1920x1080 render from the file (OGR provider) and from an in-memory
    copy (layer.materialize(), 'memory' provider), median of --reps renders;
  * one time-filter step: the layer's temporal properties active in
    ModeFeatureDateTimeInstantFromField on 'date', the map settings temporal
    with a one-year range; one render per year 2020..2025, from file and
    from memory. Every step is checked: the image of a year must have fewer
    drawn pixels than the full image, and a range without events (2030) must
    draw nothing; feature counts of the temporal filter are compared with an
    exact date-to-date count;
  * a hit test as QGIS's identify tool does it: a QgsFeatureRequest with a
    rectangle filter (6 px wide at the render's scale, ExactIntersect) around
    a known feature, from the file, from memory, and from memory with a
    spatial index;
  * export to PNG: a render from the file + QImage.save();
  * resident memory: VmRSS after start-up, after load, after the in-memory
    copy, and the peak (ru_maxrss) at the end.

Each time is wall clock (time.perf_counter) and CPU time of the process (all
its threads, time.process_time; for GDAL's subprocesses their own user+system
time). The file is read once before anything is timed, so every figure is with
a warm page cache.

Usage (with Debian's interpreter, which has the qgis module):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/qgis/bench_qgis.py \\
        [--reps 5] [--json OUT.jsonl] [--png-dir DIR] FILE.geojson...

Each file is measured in a fresh child process, so memory figures and caches
of one file do not carry over into the next. A table per file goes to stdout,
and one JSON object per file is printed on a line starting with "json " and,
with --json, appended to that file. tests/bench/qgis/run-qgis-bench.sh
installs what is needed and runs this on 10k, 100k and 1M events.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

YEARS = range(2020, 2026)   # make_events.py dates run 2020-01-01..2025-12-31
EMPTY_YEAR = 2030           # a range with no events: must render nothing
WIDTH, HEIGHT = 1920, 1080  # render size
HIT_PX = 6                  # side of the identify rectangle, in pixels
_APP = None                 # the QgsApplication of a worker

# A full read with GDAL's Python bindings, run as a subprocess so that its
# memory does not count in the QGIS process. It prints the feature count and
# its own peak RSS (VmHWM, kB): the ru_maxrss of a child would also include
# the pages of this process at the time of the fork.
GDAL_FULL_READ = """
import sys
from osgeo import ogr
ogr.UseExceptions()
ds = ogr.Open(sys.argv[1])
lyr = ds.GetLayer(0)
n = 0
f = lyr.GetNextFeature()
while f is not None:
    n += 1
    f = lyr.GetNextFeature()
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(n, hwm)
"""


# ---------------------------------------------------------------- helpers

def vm_rss_mb():
    """Current resident set size of this process, MB (from /proc)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(fn):
    """Run fn(); return (result, wall seconds, process CPU seconds)."""
    c0, t0 = time.process_time(), time.perf_counter()
    res = fn()
    return res, time.perf_counter() - t0, time.process_time() - c0


def run_child(cmd):
    """Run a command; return (stdout, wall s, CPU s of the child: user + system)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)   # the rusage of this child alone
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError("%s failed with %d" % (cmd, p.returncode))
    return out.decode(), wall, ru.ru_utime + ru.ru_stime


def summary(samples):
    """samples: list of (wall, cpu). Median, min and max of each."""
    walls = [s[0] for s in samples]
    cpus = [s[1] for s in samples]
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus),
            "wall_min": min(walls), "wall_max": max(walls),
            "cpu_min": min(cpus), "cpu_max": max(cpus), "n": len(samples)}


# ---------------------------------------------------------------- worker

def measure(path, reps, png_dir):
    """Measure one file in this process; return the result dict."""
    import numpy as np
    from osgeo import gdal
    from qgis.core import (Qgis, QgsApplication, QgsDateTimeRange, QgsExpression,
                           QgsFeatureRequest, QgsMapRendererParallelJob,
                           QgsMapSettings, QgsRectangle, QgsVectorLayer,
                           QgsVectorLayerTemporalContext,
                           QgsVectorLayerTemporalProperties)
    from qgis.PyQt.QtCore import QDate, QDateTime, QSize, Qt, QTime
    from qgis.PyQt.QtGui import QColor

    res = {"file": os.path.abspath(path), "bytes": os.path.getsize(path),
           "nproc": os.cpu_count(), "loadavg_start": list(os.getloadavg()),
           "reps": reps, "steps": {}, "rss_mb": {}, "checks": {}}
    steps = res["steps"]

    # Warm the page cache so that no step pays for the disk.
    def slurp():
        with open(path, "rb") as f:
            while f.read(1 << 24):
                pass
    _, w, c = timed(slurp)
    steps["read file into page cache (not counted)"] = {"wall": w, "cpu": c}

    # GDAL on its own, each in a subprocess.
    _, w, c = run_child(["ogrinfo", "-ro", "-al", "-so", path])
    steps["GDAL: ogrinfo -ro -al -so (schema pass)"] = {"wall": w, "cpu": c}
    out, w, c = run_child([sys.executable, "-c", GDAL_FULL_READ, path])
    n, hwm_kb = out.split()
    steps["GDAL: full read (osgeo, every feature)"] = {"wall": w, "cpu": c,
                                                       "peak_rss_mb": int(hwm_kb) / 1024.0}
    res["gdal_features"] = int(n)

    # QGIS, headless. The application is kept in a global and never torn down:
    # QGIS 3.22 crashes when it is destroyed while layers are still alive, so
    # the worker ends with os._exit() once its results are written.
    global _APP
    _APP = app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()
    res["qgis"] = Qgis.QGIS_VERSION
    res["gdal"] = gdal.__version__
    res["rss_mb"]["after QGIS start-up"] = vm_rss_mb()

    # -- load: what QGIS needs before it can draw
    def load():
        lyr = QgsVectorLayer(path, "events", "ogr")
        if not lyr.isValid():
            raise RuntimeError("QGIS could not open " + path)
        return lyr, lyr.featureCount(), lyr.extent()
    (layer, count, extent), lw, lc = timed(load)
    steps["QGIS: load (valid + featureCount + extent)"] = {"wall": lw, "cpu": lc}
    res["features"] = count
    res["rss_mb"]["after load"] = vm_rss_mb()
    date_field = layer.fields().field("date")
    res["date_field_type"] = "%s (QVariant %d)" % (date_field.typeName(), date_field.type())

    def settings(temporal_range=None):
        """Map settings as the canvas would have them, for the layer's extent."""
        ms = QgsMapSettings()
        ms.setLayers([layer])
        ms.setDestinationCrs(layer.crs())
        ms.setExtent(extent)
        ms.setOutputSize(QSize(WIDTH, HEIGHT))
        ms.setBackgroundColor(QColor(255, 255, 255))
        if temporal_range is not None:
            # Note: setTemporalRange() alone also turns isTemporal on in 3.22,
            # so non-temporal renders use settings that never had a range.
            ms.setIsTemporal(True)
            ms.setTemporalRange(temporal_range)
        return ms

    def render(lyr, temporal_range=None):
        """One render of lyr (the parallel job, as QGIS's canvas uses); returns the image."""
        ms = settings(temporal_range)
        ms.setLayers([lyr])
        job = QgsMapRendererParallelJob(ms)
        job.start()
        job.waitForFinished()
        if job.errors():
            raise RuntimeError("render errors: %s" % [e.message for e in job.errors()])
        return job.renderedImage()

    def drawn_pixels(img):
        """Pixels that are not the white background."""
        a = np.frombuffer(img.constBits().asstring(img.sizeInBytes()), dtype=np.uint32)
        return int((a != 0xFFFFFFFF).sum())

    def repeat(fn, n):
        samples, last = [], None
        for _ in range(n):
            last, w, c = timed(fn)
            samples.append((w, c))
        return summary(samples), last

    # -- first frame and full renders from the file
    img, fw, fc = timed(lambda: render(layer))
    steps["QGIS: first render after load"] = {"wall": fw, "cpu": fc}
    steps["QGIS: load to first frame"] = {"wall": lw + fw, "cpu": lc + fc}
    steps["QGIS: render from file"], img = repeat(lambda: render(layer), reps)
    full_pixels = drawn_pixels(img)
    res["checks"]["drawn pixels, full render from file"] = full_pixels

    # -- export to PNG (render from the file + save)
    out_dir = png_dir or tempfile.mkdtemp(prefix="qgis-bench-")
    png = os.path.join(out_dir, "qgis-%d.png" % count)
    saved = {}

    def save_only(image):
        if not image.save(png, "PNG"):
            raise RuntimeError("could not write " + png)
    img, ew, ec = timed(lambda: render(layer))
    _, sw, sc = timed(lambda: save_only(img))
    steps["QGIS: export PNG (render from file + save)"] = {"wall": ew + sw, "cpu": ec + sc,
                                                          "save_wall": sw, "save_cpu": sc}
    saved["png_bytes"] = os.path.getsize(png)
    if png_dir:
        res["png"] = png
    else:
        os.remove(png)
        os.rmdir(out_dir)
    res["checks"].update(saved)

    # -- in-memory copy
    mem, mw, mc = timed(lambda: layer.materialize(QgsFeatureRequest()))
    mem.setRenderer(layer.renderer().clone())   # the same symbol as the file layer
    steps["QGIS: copy to memory layer (materialize)"] = {"wall": mw, "cpu": mc}
    res["rss_mb"]["after memory copy"] = vm_rss_mb()
    res["checks"]["memory copy features"] = mem.featureCount()
    steps["QGIS: render from memory"], img = repeat(lambda: render(mem), reps)
    res["checks"]["drawn pixels, full render from memory"] = drawn_pixels(img)

    # -- hit test as the identify tool: a rectangle around a known feature
    known = next(mem.getFeatures(QgsFeatureRequest().setFilterExpression("\"id\" = 'ev-0'")))
    pt = known.geometry().asPoint()
    half = settings().mapUnitsPerPixel() * HIT_PX / 2.0
    rect = QgsRectangle(pt.x() - half, pt.y() - half, pt.x() + half, pt.y() + half)

    def hit(lyr):
        req = QgsFeatureRequest().setFilterRect(rect).setFlags(QgsFeatureRequest.ExactIntersect)
        return [f["id"] for f in lyr.getFeatures(req)]
    for name, lyr in (("file", layer), ("memory", mem)):
        s, ids = repeat(lambda: hit(lyr), reps)
        steps["QGIS: hit test (identify, %d px) from %s" % (HIT_PX, name)] = s
        res["checks"]["hits from " + name] = len(ids)
        res["checks"]["known feature hit from " + name] = "ev-0" in ids
    _, iw, ic = timed(lambda: mem.dataProvider().createSpatialIndex())
    steps["QGIS: build spatial index on memory layer"] = {"wall": iw, "cpu": ic}
    s, ids = repeat(lambda: hit(mem), reps)
    steps["QGIS: hit test (identify, %d px) from memory + index" % HIT_PX] = s
    res["checks"]["hits from memory + index"] = len(ids)

    # -- time filter: one render per one-year step
    for lyr in (layer, mem):
        tp = lyr.temporalProperties()
        tp.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeInstantFromField)
        tp.setStartField("date")
        tp.setIsActive(True)

    def year_range(y):
        return QgsDateTimeRange(QDateTime(QDate(y, 1, 1), QTime(0, 0), Qt.UTC),
                                QDateTime(QDate(y + 1, 1, 1), QTime(0, 0), Qt.UTC),
                                True, False)
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    res["temporal_filter_2020"] = layer.temporalProperties().createFilterString(ctx, year_range(2020))
    per_year = {}
    for name, lyr in (("file", layer), ("memory", mem)):
        samples = []
        for y in YEARS:
            img, w, c = timed(lambda: render(lyr, year_range(y)))
            samples.append((w, c))
            per_year.setdefault(y, {})["drawn pixels, " + name] = drawn_pixels(img)
        steps["QGIS: time-filter step (1 year) from " + name] = summary(samples)
        res["time_steps_" + name] = [{"year": y, "wall": s[0], "cpu": s[1]}
                                     for y, s in zip(YEARS, samples)]
    empty = drawn_pixels(render(mem, year_range(EMPTY_YEAR)))
    empty_file = drawn_pixels(render(layer, year_range(EMPTY_YEAR)))

    # Verification of the filter by counting features (not timed).
    def count_where(lyr, expr):
        req = QgsFeatureRequest(QgsExpression(expr)).setFlags(QgsFeatureRequest.NoGeometry)
        req.setSubsetOfAttributes(["date"], lyr.fields())
        return sum(1 for _ in lyr.getFeatures(req))
    for y in YEARS:
        ctx.setLayer(layer)
        fs = layer.temporalProperties().createFilterString(ctx, year_range(y))
        exact = "\"date\" >= to_date('%d-01-01') AND \"date\" < to_date('%d-01-01')" % (y, y + 1)
        per_year[y]["features, exact date count"] = count_where(mem, exact)
        per_year[y]["features, temporal filter on file"] = count_where(layer, fs)
        per_year[y]["features, temporal filter on memory"] = count_where(mem, fs)
    res["per_year"] = {str(y): v for y, v in per_year.items()}
    res["checks"]["drawn pixels, %d (no events), file / memory" % EMPTY_YEAR] = [empty_file, empty]
    res["checks"]["time filter filters"] = (
        empty == 0 and empty_file == 0
        and all(0 < v["drawn pixels, file"] < full_pixels and 0 < v["drawn pixels, memory"] < full_pixels
                for v in per_year.values())
        and sum(v["features, exact date count"] for v in per_year.values()) == count)
    res["checks"]["per-year counts file == exact"] = all(
        v["features, temporal filter on file"] == v["features, exact date count"] for v in per_year.values())
    res["checks"]["per-year counts memory == exact"] = all(
        v["features, temporal filter on memory"] == v["features, exact date count"] for v in per_year.values())

    res["rss_mb"]["peak (ru_maxrss)"] = peak_rss_mb()
    res["loadavg_end"] = list(os.getloadavg())
    return res


# ---------------------------------------------------------------- output

def fmt_s(v):
    return "%8.3f s" % v if v >= 0.1 else "%7.2f ms" % (v * 1000)


def print_table(res):
    mb = res["bytes"] / 1e6
    print()
    print("== %s: %s features, %.1f MB; QGIS %s, GDAL %s, %d cores ==" % (
        os.path.basename(res["file"]), format(res["features"], ","), mb,
        res["qgis"], res["gdal"], res["nproc"]))
    print("load average at start %.2f %.2f %.2f, at end %.2f %.2f %.2f; reps %d; date field typed %s" % (
        *res["loadavg_start"], *res["loadavg_end"], res["reps"], res["date_field_type"]))
    print("%-52s %11s %11s   %s" % ("step", "wall", "CPU", "range (wall) / notes"))
    for name, s in res["steps"].items():
        note = ""
        if "n" in s and s["n"] > 1:
            note = "median of %d, %s .. %s" % (s["n"], fmt_s(s["wall_min"]).strip(), fmt_s(s["wall_max"]).strip())
        if "peak_rss_mb" in s:
            note = "peak RSS %.0f MB" % s["peak_rss_mb"]
        if "save_wall" in s:
            note = "of which save %s" % fmt_s(s["save_wall"]).strip()
        print("%-52s %11s %11s   %s" % (name, fmt_s(s["wall"]), fmt_s(s["cpu"]), note))
    for name in ("file", "memory"):
        print("time-filter steps from %-6s (wall s): %s" % (name, "  ".join(
            "%d %.3f" % (t["year"], t["wall"]) for t in res["time_steps_" + name])))
    print("memory: " + ", ".join("%s %.0f MB" % kv for kv in res["rss_mb"].items()))
    print("time filter: %s" % res["temporal_filter_2020"])
    print("%-6s %9s %9s %9s %9s %9s" % ("year", "exact", "filt.file", "filt.mem", "px file", "px mem"))
    for y, v in res["per_year"].items():
        print("%-6s %9d %9d %9d %9d %9d" % (
            y, v["features, exact date count"], v["features, temporal filter on file"],
            v["features, temporal filter on memory"], v["drawn pixels, file"], v["drawn pixels, memory"]))
    print("checks: " + "; ".join("%s: %s" % kv for kv in res["checks"].items()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="GeoJSON files made by make_events.py")
    ap.add_argument("--reps", type=int, default=5, help="repetitions of renders and hit tests (median)")
    ap.add_argument("--json", help="append one JSON line per file to this file")
    ap.add_argument("--png-dir", help="keep the exported PNGs here")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if args.worker:   # one file, in this process
        res = measure(args.files[0], args.reps, args.png_dir)
        print_table(res)
        line = json.dumps(res, sort_keys=True)
        print("json " + line, flush=True)
        if args.json:
            with open(args.json, "a") as f:
                f.write(line + "\n")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)   # skip QGIS tear-down (see measure())

    rc = 0
    for path in args.files:   # each file in a fresh process
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", "--reps", str(args.reps), path]
        if args.json:
            cmd += ["--json", args.json]
        if args.png_dir:
            cmd += ["--png-dir", args.png_dir]
        sys.stdout.flush()
        code = subprocess.call(cmd)
        if code != 0:
            print("bench_qgis.py: measuring %s failed (exit %d)" % (path, code), file=sys.stderr)
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
