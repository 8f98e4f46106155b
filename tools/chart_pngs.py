"""Save a PNG of every chart of a data file, in Vietnamese and in English, to look at them.

    python tools/chart_pngs.py                      # the bundled data → docs/charts/
    python tools/chart_pngs.py FILE --out DIR       # another file, another folder
    python tools/chart_pngs.py --lang vi --scale 1  # one language, smaller images

Files are named ``<series id>.<lang>.png`` (a series of a unit other than the root gets the
unit's id in front). Each image is the chart exactly as charts.chart_image draws it for the
clipboard: 800 × 500 logical pixels at ``--scale`` (2 → 1600 × 1000 pixels, 192 dpi).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "resources" / "data.yaml"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "charts"))
    parser.add_argument("--lang", choices=("vi", "en", "both"), default="both")
    parser.add_argument("--scale", type=float, default=2.0)
    parser.add_argument("--width", type=float, default=800.0)
    parser.add_argument("--height", type=float, default=500.0)
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    from viewer import charts
    from viewer.i18n import Language
    from viewer.loader import load_file

    result = load_file(args.file)
    if result.dataset is None:
        for d in result.errors:
            print(d.code, d.line, d.col, file=sys.stderr)
        return 1
    ds = result.dataset
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    language = Language()
    written = 0
    for lang in (("vi", "en") if args.lang == "both" else (args.lang,)):
        language.set(lang)
        for unit in ds.units():
            for s in unit.series:
                name = s.id if unit is ds.root else f"{unit.id}-{s.id}"
                img = charts.chart_image(ds, unit, s, args.width, args.height, args.scale)
                path = out / f"{name}.{lang}.png"
                if not img.save(str(path), "PNG"):
                    print(f"could not write {path}", file=sys.stderr)
                    return 2
                written += 1
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    print(f"{written} charts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
