"""Bundled fonts: DejaVu Sans carries every Vietnamese letter, on any PC.

Reports and exported charts use it, so that a printed page looks the same on a Windows office PC
(whose Arial or Segoe UI would do too) and on a machine without such fonts. The licence is in
LICENSE-DejaVu.txt beside the files (a free licence that allows bundling).
"""
from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
FAMILY = "DejaVu Sans"
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_registered: str | None = None


def register_fonts() -> str:
    """Add the bundled fonts to Qt's font database (once; needs a QGuiApplication) and return
    the family name to use."""
    global _registered
    if _registered is None:
        from PySide6.QtGui import QFontDatabase

        family = FAMILY
        for name in _FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id >= 0:
                families = QFontDatabase.applicationFontFamilies(font_id)
                if families:
                    family = families[0]
        _registered = family
    return _registered
