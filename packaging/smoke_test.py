"""Smoke test of the BUILT Linux bundle (dist/langson-viewer/), not of the source tree.

    uv run --group build python packaging/build.py          # builds, then runs this
    uv run python packaging/smoke_test.py [--bundle DIR]    # this alone, on a built bundle

Without a display it starts itself again under ``xvfb-run -a``. The bundle runs from an empty
temporary folder with a clean environment (no PYTHONPATH, no virtualenv, its own XDG folders), so
it cannot borrow the repository's files or the user's settings. Steps:

- layout: the data, translations, fonts, user guide, icon and Qt's print-support plugin are in
  the folder; no QML/Quick/WebEngine library is; every library finds its dependencies (ldd);
- ``--version``; ``--check`` on the bundled data (exit 0), on a broken file (exit 1) and on a
  10 MiB file, whose second half a helper process of the bundle reads (``viewer.halves``);
- ``--export`` of report.pdf (Vietnamese text and the DejaVu fonts inside, read back with
  pdftotext/pdffonts when installed), of a chart as PNG and SVG, and of the CSV, all with no
  display (Qt's offscreen platform);
- ``--print`` to a CUPS queue when one exists: the packaged app sees the printers only if the
  print-support plugin is inside (the print dialog would otherwise do nothing: pyinstaller
  issue 1896);
- the window: started under Xvfb, found with xdotool, grabbed to PNG (``--shots``) once its data
  is loaded, checked to show something; F1 opens the user guide; Ctrl+P opens Qt's print
  dialog, and Enter in it prints to the CUPS queue (both grabbed too); then ended;
- start to first window, in the same run, of the bundle and of ``python main.py`` (the source
  tree with this interpreter), ``--rounds`` times each, alternating; median reported.

Ends with a line ``smoke: N passed, N failed, N skipped``; exit 1 if any step failed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "langson-viewer"
BINARY = "langson-viewer"
SCREEN = "1600x1000x24"
WINDOW_TIMEOUT = 60.0  # seconds for the first window (a cold start on a slow CI disk)


def expected_version() -> str:
    text = (ROOT / "src" / "viewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


@dataclass
class Report:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    def step(self, name: str, ok: bool, detail: str = "") -> bool:
        (self.passed if ok else self.failed).append(name)
        print(f"{'PASS' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        return ok

    def skip(self, name: str, why: str) -> None:
        self.skipped.append(name)
        print(f"SKIP {name}: {why}", flush=True)

    def fact(self, text: str) -> None:
        self.facts.append(text)
        print(f"     {text}", flush=True)


class Runner:
    """Runs the bundle from an empty folder with a clean environment."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.exe = bundle / BINARY
        self.work = work
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV_", "QT_", "LD_LIBRARY_PATH"))}
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(work / "xdg" / name.lower())
        env.setdefault("LANG", "C.UTF-8")
        self.env = env

    def headless_env(self) -> dict[str, str]:
        env = dict(self.env)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def run(self, *args: str, headless: bool = True, timeout: float = 120,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        env = self.headless_env() if headless else dict(self.env)
        env.update(extra_env or {})
        return subprocess.run([str(self.exe), *args], cwd=self.work, capture_output=True, text=True,
                              env=env, timeout=timeout)


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


# --- steps ---------------------------------------------------------------------------------

def check_layout(r: Report, bundle: Path) -> None:
    internal = bundle / "_internal"
    wanted = [
        "resources/data.yaml", "resources/icon/icon-256.png", "viewer/i18n/viewer_vi.qm",
        "viewer/fonts/DejaVuSans.ttf", "viewer/fonts/DejaVuSans-Bold.ttf",
        "viewer/help/user-guide.vi.md", "viewer/help/user-guide.en.md",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "LICENSE", "THIRD-PARTY.txt",
    ]
    missing = [w for w in wanted if not (internal / w).is_file()]
    r.step("layout: data, translations, fonts, guide, icon, print plugin", not missing,
           f"missing {missing}" if missing else "")
    unwanted = re.compile(r"Qt6(Qml|Quick|WebEngine|3D|Multimedia|VirtualKeyboard|Pdf)|/qml/")
    found = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*") if unwanted.search(str(p)))
    r.step("layout: no QML/Quick/WebEngine/3D/Multimedia", not found, ", ".join(found[:5]))
    ok = os.access(bundle / BINARY, os.X_OK)
    r.step("layout: the binary is executable", ok)
    desktop = bundle / "langson-viewer.desktop"
    r.step("layout: .desktop file and icon beside the binary",
           desktop.is_file() and (bundle / "langson-viewer.png").is_file())


def check_install(r: Report, bundle: Path, work: Path) -> None:
    """install.sh puts a valid menu entry (pointing at this folder) and the icon in XDG_DATA_HOME."""
    data = work / "install-data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    p = subprocess.run(["sh", str(bundle / "install.sh")], capture_output=True, text=True, env=env)
    entry = data / "applications" / "langson-viewer.desktop"
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "langson-viewer.png"
    ok = p.returncode == 0 and entry.is_file() and icon.is_file() \
        and f'Exec="{bundle}/langson-viewer" %f' in entry.read_text(encoding="utf-8")
    detail = p.stderr.strip()
    if ok and shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        ok = v.returncode == 0 and not v.stdout.strip()
        detail = v.stdout.strip()
    r.step("install.sh: menu entry and icon for this user", ok, detail)


def check_libraries(r: Report, bundle: Path) -> None:
    if not shutil.which("ldd"):
        r.skip("libraries resolve (ldd)", "no ldd")
        return
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    bad = []
    files = [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()
             and re.search(r"\.so(\.|$)", p.name)]
    for lib in files:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                bad.append(f"{lib.relative_to(internal)}: {line.strip()}")
    r.step(f"libraries resolve (ldd on {len(files)} files)", not bad, "; ".join(bad[:5]))


def check_cli(r: Report, run: Runner, work: Path) -> None:
    version = expected_version()
    p = run.run("--version")
    r.step("--version", p.returncode == 0 and p.stdout.strip().endswith(version),
           p.stdout.strip() or p.stderr.strip()[-300:])

    p = run.run("--check")
    r.step("--check (bundled data)", p.returncode == 0 and p.stdout.strip() != "",
           p.stdout.strip()[:160] if p.returncode == 0 else f"exit {p.returncode}: {p.stderr[-400:]}")

    broken = work / "broken.yaml"
    broken.write_text("format: 1\nunits:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    p = run.run("--check", "--lang", "en", str(broken))
    r.step("--check (broken file: exit 1, line:column)",
           p.returncode == 1 and re.search(r"broken\.yaml:\d+:\d+", p.stderr) is not None,
           f"exit {p.returncode}: {(p.stderr or p.stdout).strip()[:160]}")

    # A file large enough to be read in two halves: the second by the bundle started again as
    # a helper (viewer.halves), which only a frozen program's own entry point can do.
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    big = work / "large.yaml"
    big.write_text(generate.to_yaml(generate.tree(50_000)), encoding="utf-8")
    p = run.run("--check", "--lang", "en", str(big), extra_env={"VIEWER_TRACE_HALVES": "1"})
    said = re.search(r"halves: the helper process read \d+ units \(ok\)", p.stderr)
    r.step("--check (a 10 MiB file: its second half read by the bundle as a helper process)",
           p.returncode == 0 and said is not None,
           said.group() if said else f"exit {p.returncode}: {(p.stderr or p.stdout).strip()[-300:]}")

    pdf = work / "report.pdf"
    p = run.run("--export", str(pdf))
    ok = p.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    r.step("--export report.pdf (no display)", ok, f"{pdf.stat().st_size} bytes" if ok
           else f"exit {p.returncode}: {p.stderr[-400:]}")
    if ok and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        r.step("report.pdf: Vietnamese text", "LẠNG SƠN" in text.upper() and "Đảng" in text,
               text.strip().splitlines()[0][:80] if text.strip() else "no text")
    else:
        r.skip("report.pdf: Vietnamese text", "no pdftotext (poppler-utils)")
    if ok and shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        r.step("report.pdf: bundled DejaVu fonts embedded", "DejaVuSans" in fonts)
    else:
        r.skip("report.pdf: bundled DejaVu fonts embedded", "no pdffonts (poppler-utils)")

    for name, magic in (("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml"), ("figures.csv", b"\xef\xbb\xbf")):
        out = work / name
        p = run.run("--export", str(out))
        ok = p.returncode == 0 and out.is_file() and out.read_bytes()[:len(magic)] == magic
        r.step(f"--export {name}", ok, "" if ok else f"exit {p.returncode}: {p.stderr[-300:]}")


def default_printer() -> str | None:
    if not shutil.which("lpstat"):
        return None
    out = subprocess.run(["lpstat", "-p"], capture_output=True, text=True).stdout
    names = re.findall(r"^printer (\S+) ", out, re.M)
    return "PDF" if "PDF" in names else (names[0] if names else None)


def check_print(r: Report, run: Runner) -> None:
    printer = default_printer()
    if printer is None:
        r.skip("--print to a CUPS queue (print-support plugin works)", "no CUPS printer here")
        return
    out_dir = Path.home() / "PDF"  # where the cups-pdf driver writes (.ci/run's "PDF" queue)
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    p = run.run("--print", "--printer", printer)
    detail = (p.stdout.strip() or p.stderr.strip())[-200:]
    # Wait for the job to leave the queue, so that it is done before anything else prints
    # (the printing tests look for the next new PDF in ~/PDF).
    new: set[Path] = set()
    for _ in range(120):
        queued = subprocess.run(["lpstat", "-o", printer], capture_output=True, text=True).stdout.strip()
        new = set(out_dir.glob("*.pdf")) - before if out_dir.is_dir() else set()
        if not queued and (new or printer != "PDF"):
            break
        time.sleep(0.5)
    ok = p.returncode == 0
    if ok and printer == "PDF":
        ok = any(f.read_bytes()[:5] == b"%PDF-" for f in new)
        detail += f"; the queue wrote {', '.join(f.name for f in new) or 'nothing'}"
    r.step(f"--print to CUPS queue {printer!r} (print-support plugin works)", ok, detail)


class Screen:
    """xdotool to find windows; Qt (this interpreter's) to grab them."""

    def __init__(self) -> None:
        self._app = None

    def visible_window(self, pid: int) -> str | None:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                             capture_output=True, text=True).stdout.split()
        return out[0] if out else None

    def title(self, wid: str) -> str:
        return subprocess.run(["xdotool", "getwindowname", wid], capture_output=True, text=True).stdout.strip()

    def grab(self, wid: str, out: Path):
        from PySide6.QtGui import QGuiApplication

        if self._app is None:
            os.environ["QT_QPA_PLATFORM"] = "xcb"
            self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        image = QGuiApplication.primaryScreen().grabWindow(int(wid)).toImage()
        image.save(str(out))
        return image


def wait_window(screen: Screen, proc: subprocess.Popen, t0: float) -> tuple[str | None, float]:
    while time.perf_counter() - t0 < WINDOW_TIMEOUT:
        wid = screen.visible_window(proc.pid)
        if wid:
            return wid, time.perf_counter() - t0
        if proc.poll() is not None:
            return None, time.perf_counter() - t0
        time.sleep(0.01)
    return None, time.perf_counter() - t0


def start_window(cmd: list[str], env: dict, cwd: Path, screen: Screen, log: Path):
    with log.open("w") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        wid, seconds = wait_window(screen, proc, t0)
    return proc, wid, seconds


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def distinct_colours(image) -> int:
    step = max(1, image.width() // 80)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)}
    return len(colours)


def wait_display(seconds: float = 15.0) -> bool:
    """True once the X server answers (xvfb-run can hand over a display a moment early)."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        if subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True).returncode == 0:
            return True
        time.sleep(0.2)
    return False


def check_guide(r: Report, proc: subprocess.Popen, wid: str, screen: Screen, shots: Path) -> None:
    """F1 opens the user guide, read from viewer/help/ inside the bundle."""
    subprocess.run(["xdotool", "mousemove", "--window", wid, "300", "300"], capture_output=True)
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], capture_output=True, timeout=10)
    subprocess.run(["xdotool", "key", "F1"], capture_output=True)
    guide = None
    deadline = time.perf_counter() + 15
    while guide is None and time.perf_counter() < deadline and proc.poll() is None:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                             capture_output=True, text=True).stdout.split()
        guide = next((w for w in out if w != wid), None)
        time.sleep(0.1)
    if not r.step("window: F1 opens the user guide", guide is not None, screen.title(guide) if guide else ""):
        return
    time.sleep(1.0)
    shot = shots / "bundle-user-guide.png"
    image = screen.grab(guide, shot)
    colours = distinct_colours(image)
    r.step("window: the user guide shows text", colours > 10, f"{shot}, {colours} colours")


def new_window(proc: subprocess.Popen, known: set[str], seconds: float = 15) -> str | None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and proc.poll() is None:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                             capture_output=True, text=True).stdout.split()
        fresh = [w for w in out if w not in known]
        if fresh:
            return fresh[0]
        time.sleep(0.1)
    return None


def wait_new_pdf(out_dir: Path, before: set[Path], seconds: float = 60) -> list[Path]:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        new = [f for f in (set(out_dir.glob("*.pdf")) - before if out_dir.is_dir() else ())]
        queued = subprocess.run(["lpstat", "-o"], capture_output=True, text=True).stdout.strip()
        if new and not queued:
            return [f for f in new if f.read_bytes()[:5] == b"%PDF-"]
        time.sleep(0.5)
    return []


def check_print_dialog(r: Report, proc: subprocess.Popen, wid: str, screen: Screen, shots: Path) -> None:
    """The trap of pyinstaller issue 1896: Ctrl+P opens Qt's print dialog; it must list the CUPS
    queue and, on Enter (its default button, Print), print through it."""
    name = "window: the print dialog prints through CUPS"
    if default_printer() != "PDF":
        r.skip(name, "no CUPS queue named PDF (cups-pdf) here")
        return
    known = set(subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                               capture_output=True, text=True).stdout.split())
    for w in known - {wid}:  # close the user guide first
        subprocess.run(["xdotool", "windowfocus", "--sync", w], capture_output=True, timeout=10)
        subprocess.run(["xdotool", "key", "Escape"], capture_output=True)
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], capture_output=True, timeout=10)
    subprocess.run(["xdotool", "key", "ctrl+p"], capture_output=True)
    dialog = new_window(proc, known)
    if not r.step("window: Ctrl+P opens the print dialog", dialog is not None,
                  screen.title(dialog) if dialog else ""):
        return
    time.sleep(1.0)
    screen.grab(dialog, shots / "bundle-print-dialog.png")
    out_dir = Path.home() / "PDF"
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    subprocess.run(["xdotool", "windowfocus", "--sync", dialog], capture_output=True, timeout=10)
    subprocess.run(["xdotool", "key", "Return"], capture_output=True)
    printed = wait_new_pdf(out_dir, before)
    r.step(name, bool(printed), f"{shots / 'bundle-print-dialog.png'}; the queue wrote "
           f"{', '.join(f.name for f in printed) or 'nothing'}")


def check_window(r: Report, run: Runner, screen: Screen, shots: Path) -> None:
    shots.mkdir(parents=True, exist_ok=True)
    log = run.work / "gui-stderr.txt"
    if not r.step("window: the X display answers", wait_display(), os.environ.get("DISPLAY", "")):
        return
    proc, wid, seconds = start_window([str(run.exe)], run.env, run.work, screen, log)
    if wid is None and "could not connect to display" in log.read_text(errors="replace"):
        r.fact("the display refused the first connection; waiting for it and starting again")
        wait_display()
        proc, wid, seconds = start_window([str(run.exe)], run.env, run.work, screen, log)
    try:
        if not r.step("window: the bundle shows its main window", wid is not None,
                      f"after {seconds:.2f} s" if wid else f"none within {WINDOW_TIMEOUT:.0f} s; "
                      f"exit {proc.poll()}: {log.read_text()[-400:]}"):
            return
        deadline = time.perf_counter() + 30
        title = screen.title(wid)
        while "—" not in title and time.perf_counter() < deadline and proc.poll() is None:
            time.sleep(0.1)
            title = screen.title(wid)
        time.sleep(2.0)  # let the chart panel and the tree finish painting
        alive = proc.poll() is None
        r.step("window: the data is loaded (title names the file)", alive and "data.yaml" in title, title)
        shot = shots / "bundle-main-window.png"
        image = screen.grab(wid, shot)
        colours = distinct_colours(image)
        r.step("window: grabbed to PNG, not blank", image.width() > 400 and colours > 20,
               f"{shot} {image.width()}x{image.height()}, {colours} colours")
        check_guide(r, proc, wid, screen, shots)
        check_print_dialog(r, proc, wid, screen, shots)
    finally:
        stop(proc)
    errors = log.read_text(errors="replace")
    r.step("window: no Python traceback on stderr", "Traceback" not in errors, errors[-400:])


def wait_data(screen: Screen, proc: subprocess.Popen, wid: str, t0: float) -> float | None:
    """Seconds from t0 until the window's title names the data file (the data is shown)."""
    while time.perf_counter() - t0 < WINDOW_TIMEOUT and proc.poll() is None:
        if "data.yaml" in screen.title(wid):
            return time.perf_counter() - t0
        time.sleep(0.01)
    return None


def compare_start(r: Report, run: Runner, screen: Screen, rounds: int) -> None:
    """Start to first window (mapped and visible) and to the data shown (title names the file),
    for the bundle and for ``python main.py`` alternately, each from the same clean settings."""
    source_cmd = [sys.executable, str(ROOT / "main.py")]
    times: dict[str, dict[str, list[float]]] = {}
    for i in range(rounds):
        for name, cmd, cwd in (("bundle", [str(run.exe)], run.work),
                               ("python main.py", source_cmd, ROOT)):
            log = run.work / f"start-{i}.txt"
            with log.open("w") as err:
                t0 = time.perf_counter()
                proc = subprocess.Popen(cmd, cwd=cwd, env=run.env, stdout=subprocess.DEVNULL, stderr=err)
                wid, first = wait_window(screen, proc, t0)
                shown = wait_data(screen, proc, wid, t0) if wid else None
            stop(proc)
            if wid is None or shown is None:
                r.step(f"start-up timing: {name}", False, f"no window or no data in round {i + 1}")
                return
            entry = times.setdefault(name, {"first window": [], "data shown": []})
            entry["first window"].append(first)
            entry["data shown"].append(shown)
    for name, entry in times.items():
        for what, values in entry.items():
            r.fact(f"{name}: start to {what}: median {statistics.median(values):.2f} s "
                   f"(rounds: {', '.join(f'{v:.2f}' for v in values)})")
    r.step(f"start-up timing of the bundle and of python main.py ({rounds} rounds each)", True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    ap.add_argument("--shots", type=Path, default=ROOT / "dist" / "smoke",
                    help="where the window's PNG goes (default: dist/smoke)")
    ap.add_argument("--rounds", type=int, default=3, help="starts of each program to time (0: none)")
    ap.add_argument("--no-gui", action="store_true", help="skip the window and the timing")
    ap.add_argument("--strict", action="store_true",
                    help="a skipped step fails (CI: every tool the test uses must be installed)")
    args = ap.parse_args(argv)

    want_gui = not args.no_gui
    if want_gui and not os.environ.get("DISPLAY") and not os.environ.get("_SMOKE_UNDER_XVFB"):
        if shutil.which("xvfb-run"):
            env = dict(os.environ, _SMOKE_UNDER_XVFB="1")
            cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, __file__, *(argv or sys.argv[1:])]
            return subprocess.run(cmd, env=env).returncode
    bundle = args.bundle.resolve()
    r = Report()
    if not (bundle / BINARY).is_file():
        r.step("bundle exists", False, f"no {bundle / BINARY}: build it with packaging/build.py")
        return finish(r)
    r.fact(f"bundle: {bundle}: {mib(size_of(bundle))} in "
           f"{sum(1 for p in bundle.rglob('*') if p.is_file())} files")
    with tempfile.TemporaryDirectory(prefix="langson-smoke-") as tmp:
        work = Path(tmp)
        run = Runner(bundle, work)
        check_layout(r, bundle)
        check_install(r, bundle, work)
        check_libraries(r, bundle)
        check_cli(r, run, work)
        check_print(r, run)
        if not want_gui:
            r.skip("window", "--no-gui")
        elif not os.environ.get("DISPLAY"):
            r.skip("window", "no display and no xvfb-run")
        elif not shutil.which("xdotool"):
            r.skip("window", "no xdotool (apt-get install xdotool)")
        else:
            screen = Screen()
            check_window(r, run, screen, args.shots)
            if args.rounds > 0:
                compare_start(r, run, screen, args.rounds)
    return finish(r, args.strict)


def finish(r: Report, strict: bool = False) -> int:
    if strict and r.skipped:
        for name in r.skipped:
            r.step(f"{name} (skipped, and --strict)", False)
    if r.failed:
        print("failed: " + "; ".join(r.failed))
    print(f"smoke: {len(r.passed)} passed, {len(r.failed)} failed, {len(r.skipped)} skipped")
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
