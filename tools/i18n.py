"""Translation files: collect strings with pyside6-lupdate, compile with pyside6-lrelease.

Each area of the code has its own ``.ts`` source under ``src/viewer/i18n/`` (so that work on
one area never touches another's file); all are compiled into one ``viewer_vi.qm``.

    python tools/i18n.py update     # lupdate every area, then lrelease
    python tools/i18n.py release    # lrelease only
    python tools/i18n.py check      # list strings without a finished Vietnamese translation

``qtbase_vi.ts`` holds our Vietnamese for Qt's own dialogs (Qt ships none); it has no sources
and is edited by hand, so ``update`` leaves it alone.
"""
from __future__ import annotations

import glob
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "viewer"
I18N = PKG / "i18n"
LANG = "vi"

# area → glob patterns (relative to the repository) of the files whose strings it holds.
AREAS: dict[str, list[str]] = {
    "diagnostics": ["src/viewer/messages.py", "src/viewer/cli.py", "src/viewer/headless.py"],
    "vocabulary": ["src/viewer/vocab.py"],
    "window": ["src/viewer/app.py", "src/viewer/main_window.py", "src/viewer/models/*.py",
               "src/viewer/widgets/*.py", "ui/*.ui"],
    "charts": ["src/viewer/charts.py", "src/viewer/widgets/chart_*.py"],
    "printing": ["src/viewer/printing.py", "src/viewer/widgets/print_*.py"],
}
HAND_WRITTEN = ["qtbase"]  # no sources: Qt's own dialogs
# A file matched by a later, more specific area is not also collected by an earlier one.
EXCLUSIVE = {"window": ["charts", "printing"]}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def files_of(area: str) -> list[str]:
    out: list[str] = []
    for pattern in AREAS[area]:
        out.extend(sorted(glob.glob(str(ROOT / pattern))))
    for other in EXCLUSIVE.get(area, []):
        taken = set(files_of(other))
        out = [f for f in out if f not in taken]
    return out


def ts_path(area: str) -> Path:
    return I18N / f"{area}_{LANG}.ts"


def qm_path() -> Path:
    return I18N / f"viewer_{LANG}.qm"


def lupdate(area: str, target: Path | None = None) -> Path:
    target = target or ts_path(area)
    files = files_of(area)
    if not files:
        return target
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", LANG, "-ts", str(target)],
                   check=True, capture_output=True)
    return target


def all_ts() -> list[Path]:
    names = [*AREAS, *HAND_WRITTEN]
    return [ts_path(a) for a in names if ts_path(a).exists()]


def lrelease(out: Path | None = None) -> Path:
    out = out or qm_path()
    subprocess.run([tool("pyside6-lrelease"), "-silent", *map(str, all_ts()), "-qm", str(out)],
                   check=True, capture_output=True)
    return out


def messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation or None when unfinished/empty, comment) per message."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            text = None
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                if msg.get("numerus") == "yes":
                    forms = [f.text or "" for f in tr.iter("numerusform")]
                    text = forms[0] if forms and all(forms) else None
                else:
                    text = tr.text or None
            out.append((cname, src, text, msg.findtext("comment") or ""))
    return out


def set_translations(ts: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write translations into a .ts file: {(context, source): text}. Returns how many were set."""
    import unicodedata

    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (cname, msg.findtext("source") or "")
            if key in translations:
                tr = msg.find("translation")
                assert tr is not None
                tr.text = unicodedata.normalize("NFC", translations[key])
                tr.attrib.pop("type", None)
                n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def untranslated() -> list[str]:
    missing = []
    for ts in all_ts():
        for ctx, src, text, _ in messages(ts):
            if not text:
                missing.append(f"{ts.name}: [{ctx}] {src!r}")
    return missing


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "update"
    if cmd == "update":
        for area in AREAS:
            lupdate(area)
        lrelease()
    elif cmd == "release":
        lrelease()
    elif cmd == "check":
        missing = untranslated()
        print("\n".join(missing) or "all strings translated")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
