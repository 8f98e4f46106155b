"""Shared test set-up: Qt runs offscreen, and every test has its own empty settings.

``QT_QPA_PLATFORM`` must be set before any Qt module loads, hence at the top of this file.
QSettings are written as INI files under the test's temporary folder, so a test never reads or
changes the settings of whoever runs the tests.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths  # noqa: E402

DATA = ROOT / "tests" / "data"
SMALL = DATA / "win-small.yaml"
BROKEN = DATA / "win-broken.yaml"

# Logs, caches and data folders go to Qt's test locations, never the user's own.
QStandardPaths.setTestModeEnabled(True)
QCoreApplication.setOrganizationName("LangSonPartyViewerTests")
QCoreApplication.setApplicationName("LangSonPartyViewerTests")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "user"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder


@pytest.fixture
def language(qapp):
    """The interface language of a test; English (no translator) again afterwards."""
    from viewer.i18n import Language

    lang = Language()
    lang.set("vi")
    yield lang
    lang.set("en")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def window(qtbot, language):
    """The main window, shown, on the small test file, in Vietnamese."""
    from viewer.main_window import MainWindow

    win = MainWindow(language)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_file(str(SMALL))
    if (ROOT / "src" / "viewer" / "widgets" / "chart_panel.py").exists():
        qtbot.waitUntil(lambda: win.chart_panel is not None)  # loads after the first frame
    yield win
    for dialog in (win.problems_dialog, win.about_dialog, win.help_dialog, win.source_dialog):
        dialog.close()
    win.close()
