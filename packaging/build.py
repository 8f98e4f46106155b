"""Build the packaged app (one folder, runs without Python) and, on Linux, smoke-test it.

    uv run --group build python packaging/build.py                # build + smoke test
    uv run --group build python packaging/build.py --no-smoke     # build only
    uv run --group build python packaging/build.py --archive      # also pack a .tar.gz / .zip
    uv run --group build python packaging/build.py --strict       # CI: a skipped smoke step fails

Linux: dist/langson-viewer/ with the binary ``langson-viewer``, ``langson-viewer.desktop``,
``langson-viewer.png`` and ``install.sh`` (adds the app to the user's menu).
Windows (NOT VERIFIED ON WINDOWS; CI's workflow runs it): dist/LangSonViewer/ with
``LangSonViewer.exe`` (windowed) and ``LangSonViewer-console.exe`` (command line).

The recipe is packaging/langson-viewer.spec (PyInstaller). Prints the folder's size and the
build time; the smoke test (packaging/smoke_test.py) prints the start-up timings.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "langson-viewer.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"
NAME = "LangSonViewer" if WINDOWS else "langson-viewer"


def version() -> str:
    for line in (ROOT / "src" / "viewer" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in src/viewer/__init__.py")


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def build() -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: run this as "
                         "`uv run --group build python packaging/build.py`")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("$ " + " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True)
    print(f"built in {time.perf_counter() - t0:.0f} s", flush=True)
    return DIST / NAME


def add_linux_files(bundle: Path) -> None:
    shutil.copy2(ROOT / "packaging" / "linux" / "langson-viewer.desktop", bundle)
    shutil.copy2(ROOT / "resources" / "icon" / "icon-256.png", bundle / "langson-viewer.png")
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", bundle)
    os.chmod(bundle / "install.sh", 0o755)


def archive(bundle: Path) -> Path:
    arch = "x86_64" if not WINDOWS else "win64"
    stem = f"{NAME}-{version()}-{'windows' if WINDOWS else 'linux'}-{arch}"
    t0 = time.perf_counter()
    if WINDOWS:
        out = DIST / f"{stem}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for p in sorted(bundle.rglob("*")):
                z.write(p, Path(NAME) / p.relative_to(bundle))
    else:
        out = DIST / f"{stem}.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as t:
            t.add(bundle, arcname=NAME)
    print(f"archive: {out.relative_to(ROOT)}: {mib(out.stat().st_size)} "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description="Build the packaged app and smoke-test it.")
    ap.add_argument("--no-smoke", action="store_true", help="build only")
    ap.add_argument("--archive", action="store_true", help="also pack the folder (.tar.gz / .zip)")
    ap.add_argument("--rounds", type=int, default=3, help="start-up timing rounds of the smoke test")
    ap.add_argument("--strict", action="store_true", help="smoke test: a skipped step fails (for CI)")
    args = ap.parse_args()

    bundle = build()
    if not WINDOWS:
        add_linux_files(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"bundle: {bundle.relative_to(ROOT)}: {mib(size_of(bundle))} in {files} files", flush=True)
    if args.archive:
        archive(bundle)
    if args.no_smoke or WINDOWS:
        return 0
    smoke = [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), "--bundle", str(bundle),
             "--rounds", str(args.rounds)] + (["--strict"] if args.strict else [])
    return subprocess.run(smoke, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
