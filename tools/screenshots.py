"""Screenshots of the window for the README, in both languages, into ``docs/``.

    python tools/screenshots.py            # offscreen; writes docs/screenshot-*.png

The window runs on the bundled data with empty settings (a temporary folder), the bundled
DejaVu Sans font (so the pictures look alike on any machine) and a fixed size. Each shot shows
one thing a new user does: the province on start, a search without diacritics ("dinh lap"), a
commune's details, and a broken file whose errors are listed while the data stays on screen.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SIZE = (1400, 860)
BROKEN = ROOT / "tests" / "data" / "win-broken.yaml"


def settle(ms: int = 300) -> None:
    QTest.qWait(ms)


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with a dialog drawn over its middle, as the user sees them."""
    shot = window.grab()
    over = dialog.grab()
    bar = 30
    painter = QPainter(shot)
    try:
        x = (shot.width() - over.width()) // 2
        y = (shot.height() - over.height() - bar) // 3
        painter.fillRect(x, y, over.width(), bar, QColor("#dfe3e8"))
        font = QFont(dialog.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#202124"))
        painter.drawText(x + 10, y, over.width() - 20, bar,
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         dialog.windowTitle())
        painter.drawPixmap(QPoint(x, y + bar), over)
        painter.setPen(QColor("#5f6368"))
        painter.drawRect(x, y, over.width() - 1, over.height() + bar - 1)
    finally:
        painter.end()
    return shot


def main() -> int:
    settings_dir = tempfile.mkdtemp(prefix="viewer-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    from viewer.app import create_application
    from viewer.fonts import register_fonts
    from viewer.i18n import Language
    from viewer.main_window import MainWindow
    from viewer.paths import bundled_data

    app = create_application()
    app.setApplicationName("LangSonPartyViewerScreenshots")
    font = QFont(register_fonts())
    font.setPointSize(10)
    app.setFont(font)

    language = Language()
    language.set("vi")
    window = MainWindow(language)
    window.resize(*SIZE)
    window.show()
    window.start(str(bundled_data()))
    settle(1200)  # the chart panel loads after the first frame
    DOCS.mkdir(exist_ok=True)
    written = []

    def save(pixmap: QPixmap, name: str) -> None:
        path = DOCS / f"screenshot-{name}.png"
        pixmap.save(str(path))
        written.append(path)

    for lang in ("vi", "en"):
        window.set_language(lang)
        window.ui.search_bar.clear()
        window.collapse_all()
        window.select_unit(window.dataset.root)
        settle(1500)  # the charts redraw in the new language
        save(window.grab(), f"main-{lang}")

        window.ui.search_bar.set_query("dinh lap")
        window.ui.search_bar.focus_search()
        settle()
        save(window.grab(), f"search-{lang}")

        window.ui.search_bar.set_query("06019")
        settle()
        window.ui.search_bar.clear()
        window.ui.tree_units.setFocus()
        settle()
        save(window.grab(), f"commune-{lang}")

        window.select_unit(window.dataset.root)
        window.open_file(str(BROKEN))
        settle()
        save(with_dialog(window, window.problems_dialog), f"error-{lang}")
        window.problems_dialog.close()

    window.set_language("vi")
    window.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
