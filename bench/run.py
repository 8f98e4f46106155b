"""The speed and memory benchmark: every goal measured beside a baseline in the same run.

    uv run python bench/run.py            # 1k, 10k and 100k units (a few minutes)
    uv run python bench/run.py --full     # also 1,000,000 units (memory; several minutes more)
    uv run python bench/run.py --quick    # 1k and 10k only, fewer runs (a smoke run)
    uv run python bench/run.py --first-paint 20   # only the first paint: bare and app by turns

It prints a table of medians over several runs, each figure with its baseline and ratio, peak
memory of each measured process, and the machine it ran on. Timings are never asserted in the
tests: this machine is shared and noisy; the ratios are what to compare.

Each measurement runs in a fresh child process (so peak memory is that of the work alone):
- first paint: from launching the process to the window's first paint, the app on the bundled
  data against a bare PySide6 window with a tree view, the two started by turns;
- open: parse + validate + build (+ the tree model and a shown window for "open+show"),
  against ``json.load`` of the same tree;
- reopen: the same file again through the content-keyed cache, against ``json.load``;
- search: the worst keystroke over 100,000 units, and expanding to its matches; in the window
  (SEARCH_GUI), the window's own handler with the proxy filter, the branches opened, the first
  match selected and the view's layout and paint;
- charts: one chart to a vector PDF; the bundled data's full report to PDF.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("BENCH_QPA", "offscreen"),
       "PYTHONPATH": str(ROOT / "src")}
# Measure what a user gets: modules compiled once and cached, not compiled at every start.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402

# --------------------------------------------------------------------------- child programs

FIRST_PAINT_BARE = r"""
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
app = QApplication(sys.argv[:1])
w = QMainWindow(); tree = QTreeView(); model = QStandardItemModel()
for i in range(20):
    model.appendRow([QStandardItem(f"Đảng bộ {i}"), QStandardItem("huyện")])
tree.setModel(model); w.setCentralWidget(tree); w.resize(1200, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); tree.viewport().installEventFilter(f)
w.show(); app.exec()
"""

FIRST_PAINT_APP = r"""
import os, shutil, sys, tempfile
# Its own settings (none: the bundled data, in Vietnamese), logs and cache, never the user's. The
# cache is kept from one run to the next: the bundled data comes from it, as at a user's start.
# The folders come from XDG_*, which Qt follows on Linux, where this benchmark runs (Qt's test
# mode would need PySide6 imported before the app's own start, which is what is measured).
if not sys.platform.startswith("linux"):
    sys.exit("the first-paint benchmark keeps the user's settings apart through XDG_* (Linux only)")
# Named by the user id, not getpass's name: nothing imported here that the app would not import.
home = os.path.join(tempfile.gettempdir(), f"viewer-bench-first-paint-{os.getuid()}")
os.makedirs(home, exist_ok=True)
os.environ["XDG_CACHE_HOME"] = os.path.join(home, "cache")
os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
os.environ["XDG_CONFIG_HOME"] = config = tempfile.mkdtemp(prefix="config-", dir=home)
# The start of `python main.py`: main.py's own lines, then the command line's main(). The only
# addition is a watch on the tree's first paint, put on the window that launch() returns
# (nothing is painted before the event loop runs).
sys.path.insert(0, os.path.join(os.getcwd(), "src"))
sys.argv = ["main.py"]
from viewer.cli import main
import viewer.app
real_launch = viewer.app.launch
def launch_and_watch(*args, **kwargs):
    app, w = real_launch(*args, **kwargs)
    from PySide6.QtCore import QEvent, QObject, QTimer
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint:
                loaded = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
                print("PAINTED", ",".join(loaded) or "-", flush=True); QTimer.singleShot(0, app.quit)
            return False
    w._bench_filter = F()
    w.ui.tree_units.viewport().installEventFilter(w._bench_filter)
    return app, w
viewer.app.launch = launch_and_watch
try:
    main()
finally:
    shutil.rmtree(config, ignore_errors=True)
"""

JSON_LOAD = r"""
import json, sys, time
t = time.perf_counter(); json.load(open(sys.argv[1], encoding="utf-8")); print(time.perf_counter() - t)
"""

OPEN = r"""
import sys, time, tempfile
from viewer.loader import load_file
t = time.perf_counter(); r = load_file(sys.argv[1]); d = time.perf_counter() - t
assert r.ok, r.diagnostics[:3]
print(d)
"""

OPEN_SHOW = r"""
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from viewer.loader import load_file
from viewer.models.tree_model import UnitTreeModel
from PySide6.QtWidgets import QTreeView
t = time.perf_counter()
r = load_file(sys.argv[1])
model = UnitTreeModel(); model.set_dataset(r.dataset)
view = QTreeView(); view.setModel(model); view.resize(1000, 700); view.show()
view.expand(model.index(0, 0)); app.processEvents()
print(time.perf_counter() - t)
"""

REOPEN = r"""
import sys, time
from viewer.cache import load_cached
load_cached(sys.argv[1], sys.argv[2])  # fills the cache (not timed)
t = time.perf_counter(); r, hit = load_cached(sys.argv[1], sys.argv[2]); d = time.perf_counter() - t
assert hit and r.ok
print(d)
"""

SEARCH = r"""
import sys, time, statistics
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from viewer.loader import load_file
from viewer.models.search import SearchIndex
ds = load_file(sys.argv[1]).dataset
t = time.perf_counter(); index = SearchIndex(ds); build = time.perf_counter() - t
worst = 0.0
for q in ["d", "đ", "đả", "xa", "xã 1", "chi bo thon 1", "06", "zzzz", "tan tien", "dinh lap 3"]:
    t = time.perf_counter(); matches = index.search(q); keep = index.with_ancestors(matches)
    worst = max(worst, time.perf_counter() - t)
print(worst, build)
"""

SEARCH_GUI = r"""
import sys, tempfile, time
from PySide6.QtCore import QSettings, QStandardPaths
QStandardPaths.setTestModeEnabled(True)  # the user's own settings and cache stay untouched
from viewer.app import create_application
app = create_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from viewer.i18n import Language
from viewer.loader import load_file
from viewer.main_window import MainWindow
from viewer.models.search import SearchIndex
lang = Language(); lang.set("vi")
w = MainWindow(lang); w.resize(1200, 760); w.show()
result = load_file(sys.argv[1], long_lived=True)  # as the window's worker loads it
index = SearchIndex(result.dataset)  # the worker makes the index of a large file too
w._take_result(result.file, result, True, index)  # the window shows the dataset as opening does
for _ in range(3):
    app.processEvents()  # first frame, then the chart panel (loaded after it), settled
T = time.perf_counter
filtered = {}
def timed_filter(method):
    def run(*args):
        t = T(); out = method(*args); filtered["s"] = T() - t; return out
    return run
w._filter_matches = timed_filter(w._filter_matches)
bar = w.ui.search_bar
worst_filter = worst_expand = worst_total = 0.0
for q in ["d", "đ", "đả", "xa", "xã 1", "chi bo thon 1", "06", "zzzz", "tan tien", "dinh lap 3"]:
    bar.edit.blockSignals(True); bar.set_query(q); bar.edit.blockSignals(False)
    t = T(); w.apply_search(); handler = T() - t  # the window's own handler (as after a pause)
    t = T(); app.processEvents(); events = T() - t  # the view lays itself out and paints
    # The keystroke's part is the filter (index search, the proxy re-filtered); the rest of the
    # handler opens the branches down to the matches and selects the first (its detail page;
    # its chart only where the charts shown already serve), and the layout and paint that
    # follow count there too. A new chart is drawn once the selection rests (120 ms): the pause
    # between two queries below, as between a user's queries, not timed.
    worst_filter = max(worst_filter, filtered["s"])
    worst_expand = max(worst_expand, handler - filtered["s"] + events)
    worst_total = max(worst_total, handler + events)
    rest = T() + 0.3
    while T() < rest:
        app.processEvents()
print(worst_filter, worst_expand, worst_total)
"""

EVENT_LOOP = r"""
import os, shutil, sys, tempfile
from PySide6.QtCore import QElapsedTimer, QSettings, QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)  # the user's own settings and cache stay untouched
from viewer.app import create_application
app = create_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
import viewer.background
cache = tempfile.mkdtemp()
viewer.background.cache_dir = lambda: cache  # an empty cache: the first open parses the file
from viewer.i18n import Language
from viewer.main_window import MainWindow
lang = Language(); lang.set("vi")
w = MainWindow(lang); w.resize(1200, 760); w.show(); w.start(None)
for _ in range(5):
    app.processEvents()
first = os.path.abspath(sys.argv[1])
second = os.path.join(tempfile.mkdtemp(), "copy.yaml")  # the same content: a cache hit
shutil.copy(first, second)
clock = QElapsedTimer(); clock.start()
state = {"last": 0, "worst": 0, "t0": 0, "target": None, "shown": None}
results = []
AFTER = 1500  # ms watched after the data is shown (the tree replaced is freed meanwhile)
def tick():  # every 5 ms while the event loop runs; the longest gap is how long it was held
    now = clock.elapsed()
    state["worst"] = max(state["worst"], now - state["last"]); state["last"] = now
    if state["shown"] is None and state["target"] and w.loading is None and w.file == state["target"]:
        state["shown"] = now
    if state["shown"] is not None and now - state["shown"] >= AFTER:
        results.append(((state["shown"] - state["t0"]) / 1000, state["worst"] / 1000))
        if len(results) == 2:
            timer.stop(); app.quit(); return
        begin(second)
def begin(path):
    state["target"], state["shown"] = path, None
    state["t0"] = state["last"] = clock.elapsed(); state["worst"] = 0
    w.open_file(path)  # over 256 KiB: read in the worker thread, progress dialog, Cancel
timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()
QTimer.singleShot(20, lambda: begin(first))
app.exec()
(open1, gap1), (open2, gap2) = results
print(open1, gap1, open2, gap2)
"""

BAD_50MB = r"""
import sys, time
from viewer.loader import load_file
t = time.perf_counter(); r = load_file(sys.argv[1]); d = time.perf_counter() - t
assert not r.ok
e = r.errors[0]
print(d, e.code, e.line, e.column)
"""

CHART_PDF = r"""
import sys, time, io
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from viewer.i18n import Language
lang = Language(); lang.set("vi")
from viewer.loader import load_file
from viewer import printing
ds = load_file(sys.argv[1]).dataset
s = ds.root.series[0]
draw = printing.chart_drawer(ds, ds.root, s)
printing.export_chart_pdf(draw, sys.argv[2] + "/warm.pdf", s.title)  # imports pyqtgraph (not timed)
times = []
for i in range(5):  # the same drawer again (print preview redraws; a second export)
    t = time.perf_counter(); printing.export_chart_pdf(draw, sys.argv[2] + f"/c{i}.pdf", s.title)
    times.append(time.perf_counter() - t)
fresh = []
for i in range(5):  # a chart exported once: its drawer (the plot) built anew
    t = time.perf_counter()
    printing.export_chart_pdf(printing.chart_drawer(ds, ds.root, s), sys.argv[2] + f"/n{i}.pdf", s.title)
    fresh.append(time.perf_counter() - t)
fresh.sort()
t = time.perf_counter()
report = printing.build_report(ds, ds.root, printing.ReportOptions())
pages = printing.export_report_pdf(report, sys.argv[2] + "/report.pdf")
full = time.perf_counter() - t
times.sort(); print(times[len(times) // 2], full, pages, fresh[len(fresh) // 2])
"""


def child(code: str, *args: str, timeout: float = 1800) -> tuple[list[str], float, float]:
    """Run a child program; returns (its output words, seconds from launch to its first line of
    output, peak memory MiB)."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as fh:
        fh.write(code)
        script = fh.name
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen([PY, script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=ENV, cwd=ROOT)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the wall time counts up to the child's first line
        wall = time.perf_counter() - t0
        rest, err = proc.communicate(timeout=timeout)
        out = first + rest
    finally:
        os.unlink(script)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {err[-2000:]}")
    return out.split(), wall, _peak_mib(err)


def _peak_mib(stderr: str) -> float:
    for line in stderr.splitlines()[::-1]:
        if line.startswith("PEAK "):
            return float(line.split()[1])
    return float("nan")


# A sitecustomize-free way to get each child's peak memory: wrap the script.
# The peak is read from /proc/self/status (VmHWM: this process's own high-water mark): the
# rusage figure would include the benchmark's own size, which a child inherits across exec.
PEAK_WRAPPER = r"""
import atexit, sys
def _peak():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def _helpers():
    # A large file's second half is read by a helper process (viewer.halves): its own peak
    # counts too (the largest of the ended children; added, as if both peaked at once).
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    except (ImportError, OSError):
        return 0.0
atexit.register(lambda: print("PEAK", _peak() + _helpers(), file=sys.stderr))
"""


def run(code: str, *args: str, repeat: int = 3) -> tuple[list[list[str]], list[float], list[float]]:
    outs, walls, peaks = [], [], []
    for _ in range(repeat):
        out, wall, peak = child(PEAK_WRAPPER + code, *args)
        outs.append(out)
        walls.append(wall)
        peaks.append(peak)
    return outs, walls, peaks


def by_turns(first: str, second: str, n: int):  # noqa: ANN201 - two run() results
    """``n`` runs of each program, alternating, so that both meet the same moments of a noisy
    machine; returns what :func:`run` returns, for each."""
    results: tuple[tuple[list, list, list], ...] = (([], [], []), ([], [], []))
    for _ in range(n):
        for code, (outs, walls, peaks) in zip((first, second), results):
            out, wall, peak = child(PEAK_WRAPPER + code)
            outs.append(out)
            walls.append(wall)
            peaks.append(peak)
    return results


def med(values) -> float:
    return statistics.median(values)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores{mem}, {cpu}, Python {platform.python_version()}"


def first_paint_ab(n: int) -> None:
    """Only the first paint: the bare window and the app started by turns, ``n`` of each, so
    that both meet the same moments of a noisy machine (``--first-paint N``)."""
    run(FIRST_PAINT_BARE, repeat=1)
    run(FIRST_PAINT_APP, repeat=1)
    (_, bare, _), (_, app, _) = by_turns(FIRST_PAINT_BARE, FIRST_PAINT_APP, n)
    print(f"machine: {machine()}")
    print(f"first paint, {n} starts of each by turns: bare {med(bare) * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}), app {med(app) * 1000:.0f} ms (min {min(app) * 1000:.0f}); "
          f"ratio of medians {med(app) / med(bare):.2f}× (goal ≤ 1.5×), of minimums "
          f"{min(app) / min(bare):.2f}×")


def main(argv: list[str]) -> int:
    if "--first-paint" in argv:
        at = argv.index("--first-paint")
        first_paint_ab(int(argv[at + 1]) if at + 1 < len(argv) else 15)
        return 0
    quick = "--quick" in argv
    full = "--full" in argv
    repeat = 1 if quick else 3
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    if full:
        sizes.append(1_000_000)
    rows: list[tuple[str, str, str, str, str]] = []

    def row(goal: str, value: float, base: float | None, limit: str, peak: float | None = None) -> None:
        ratio = f"{value / base:.1f}×" if base else ""
        mem = f"{peak:.0f} MiB" if peak is not None and peak == peak else ""
        rows.append((goal, f"{value * 1000:.0f} ms", f"{base * 1000:.0f} ms" if base else "", ratio, f"{limit} {mem}".strip()))

    work = Path(tempfile.mkdtemp(prefix="lspv-bench-"))
    print(f"machine: {machine()}")
    print(f"data: {work}\n")

    # First paint (one unmeasured start of each first, to compile and cache the modules and to
    # put the bundled data in the data cache: a start like any but the very first)
    run(FIRST_PAINT_BARE, repeat=1)
    run(FIRST_PAINT_APP, repeat=1)
    # By turns: run one after the other, the two would meet different moments of the machine.
    (_, bare, _), (outs, app, peaks) = by_turns(FIRST_PAINT_BARE, FIRST_PAINT_APP, 2 * repeat + 3)
    lazy = "deferred" if all(o[1] == "-" for o in outs) else f"LOADED: {outs[0][1]}"
    row(f"start → first paint (bundled data; pyqtgraph {lazy}; by turns)", med(app), med(bare),
        f"goal ≤ 1.5× (minimums: {min(app) / min(bare):.2f}×)", med(peaks))

    for n in sizes:
        yaml_file = work / f"u{n}.yaml"
        json_file = work / f"u{n}.json"
        data = generate.tree(n)
        yaml_file.write_text(generate.to_yaml(data), encoding="utf-8")
        json_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        units = generate.count_units(data)
        del data
        # 100k: 5 runs (the open reads on two cores, whose timing this shared machine moves most)
        r = 1 if n >= 1_000_000 else repeat + 2 if n >= 100_000 and not quick else repeat
        jo, _, jpeak = run(JSON_LOAD, str(json_file), repeat=r)
        base = med([float(o[0]) for o in jo])
        oo, _, opeak = run(OPEN, str(yaml_file), repeat=r)
        row(f"open {units:,} units ({yaml_file.stat().st_size / 2**20:.0f} MiB): parse+check+build",
            med([float(o[0]) for o in oo]), base, "goal ≤ 8× json.load", med(opeak))
        if n >= 1_000_000:
            rows.append(("", "", "", "", f"goal: process under 1.5 GiB → {med(opeak):.0f} MiB"))
            continue
        so, _, speak = run(OPEN_SHOW, str(yaml_file), repeat=r)
        row(f"open+show {units:,} units (model, view)", med([float(o[0]) for o in so]), base,
            "goal ≤ 8× json.load; < 300 MiB", med(speak))
        cache = work / f"cache{n}"
        ro, _, rpeak = run(REOPEN, str(yaml_file), str(cache), repeat=r)
        row(f"reopen {units:,} units (content-keyed cache)", med([float(o[0]) for o in ro]), base,
            "goal ≤ 2× json.load", med(rpeak))
        row(f"json.load of the same tree ({units:,})", base, None, "baseline", med(jpeak))
        if n == 100_000:
            so, _, _ = run(SEARCH, str(yaml_file), repeat=r)
            row("search keystroke, worst of 10 queries (100k)", med([float(o[0]) for o in so]), None,
                "goal ≤ 20 ms")
            row("search index build (100k, once per file)", med([float(o[1]) for o in so]), None, "")
            go, _, _ = run(SEARCH_GUI, str(yaml_file), repeat=r)
            row("search in the window, 100k: filter, worst of 10 (index + proxy)",
                med([float(o[0]) for o in go]), None, "goal ≤ 20 ms")
            row("search in the window, 100k: expand + select + layout and paint, worst of 10",
                med([float(o[1]) for o in go]), None, "goal ≤ 50 ms; no expandAll")
            row("search in the window, 100k: the whole keystroke, worst of 10",
                med([float(o[2]) for o in go]), None, "")
            eo, _, epeak = run(EVENT_LOOP, str(yaml_file), repeat=r)
            row("window: open 100k (background) until shown", med([float(o[0]) for o in eo]), base,
                "", med(epeak))
            row("  the event loop's longest wait meanwhile (and 1.5 s after)", med([float(o[1]) for o in eo]),
                None, "goal ≤ 100 ms")
            row("window: open it again (cache) until shown", med([float(o[2]) for o in eo]), base, "")
            row("  the event loop's longest wait meanwhile (and 1.5 s after)", med([float(o[3]) for o in eo]),
                None, "goal ≤ 100 ms")

    if not quick:
        # Bad input at scale: a 50 MB file whose only error is on its last line.
        bad = work / "bad-50mb.yaml"
        data = generate.tree(250_000)
        text = generate.to_yaml(data)
        at = text.rindex('as_of: "2013"')
        bad.write_text(text[:at] + 'as_of: "2013-02-30"' + text[at + len('as_of: "2013"'):], encoding="utf-8")
        jbad = work / "bad-50mb.json"
        jbad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        del data, text
        jo, _, _ = run(JSON_LOAD, str(jbad), repeat=1)
        bo, _, bpeak = run(BAD_50MB, str(bad), repeat=1)
        row(f"bad input: {bad.stat().st_size / 2**20:.0f} MiB file, error on its last line "
            f"({bo[0][1]} at {bo[0][2]}:{bo[0][3]})", float(bo[0][0]), float(jo[0][0]),
            "≤ 8× json.load, in the background", med(bpeak))

    co, _, _ = run(CHART_PDF, str(ROOT / "resources" / "data.yaml"), str(work), repeat=repeat)
    row("one chart → vector PDF, the plot built anew", med([float(o[3]) for o in co]), None, "goal ≤ 20 ms")
    row("one chart → vector PDF again (its plot kept)", med([float(o[0]) for o in co]), None, "goal ≤ 20 ms")
    row(f"full report → PDF ({co[0][2]} pages, bundled data)", med([float(o[1]) for o in co]), None,
        "goal < 1 s")

    widths = [max(len(r[i]) for r in rows + [("measure", "median", "baseline", "ratio", "goal / peak memory")])
              for i in range(5)]
    header = ("measure", "median", "baseline", "ratio", "goal / peak memory")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(f"\ncommand: python bench/run.py {' '.join(argv[1:])}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
