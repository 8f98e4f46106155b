"""Start-up: the first frame already shows the bundled data (tree, selection, detail pane), and
the bundled data comes from the content-keyed cache from the second start on, with the same
result as parsing it."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, run_window_script
from viewer.loader import load_file

FIRST_PAINT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from viewer.app import create_application
from viewer.i18n import Language
app = create_application()
from viewer.main_window import MainWindow
lang = Language(); lang.set("vi")
win = MainWindow(lang); win.resize(1200, 760)
tree = win.ui.tree_units
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not seen:
            root = win.proxy.index(0, 0)
            seen["root"] = root.data()
            seen["expanded"] = tree.isExpanded(root)
            seen["children"] = [win.proxy.index(r, 0, root).data() for r in range(win.proxy.rowCount(root))]
            seen["top_row"] = tree.indexAt(tree.viewport().rect().topLeft()).data()
            seen["selected"] = tree.currentIndex().data()
            seen["pane"] = win.ui.detail_pane.toPlainText()
            seen["title"] = win.windowTitle()
            seen["modules"] = sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch(); tree.viewport().installEventFilter(watch)
win.show(); win.start(None)
app.exec()
print(json.dumps(seen, ensure_ascii=False))
"""


def _first_paint(tmp_path) -> dict:
    return run_window_script(tmp_path, FIRST_PAINT)


def test_first_frame_shows_the_bundled_tree_selected_and_its_details(tmp_path):
    root = load_file(ROOT / "resources" / "data.yaml").dataset.root
    first = _first_paint(tmp_path)
    assert first["root"] == root.name
    assert first["expanded"] is True
    assert first["children"] == [c.name for c in root.children]
    assert first["top_row"] == root.name
    assert first["selected"] == root.name
    assert first["pane"].startswith(root.name)
    assert "53.538" in first["pane"]
    assert first["title"].endswith("— data.yaml")
    assert first["modules"] == []  # the chart library loads after the first frame
    # The first start filled the cache; the second reads the bundled data from it and shows
    # exactly the same first frame.
    assert list((tmp_path / "cache").rglob("*.cache"))
    assert _first_paint(tmp_path) == first


def test_bundled_data_comes_from_the_cache_once_filled(qtbot, language, monkeypatch):
    from viewer.main_window import MainWindow

    first = MainWindow(language)
    qtbot.addWidget(first)
    first.start(None)
    parsed = first.result

    def no_parse(*_args, **_kwargs):
        raise AssertionError("the bundled data was parsed again instead of read from the cache")

    # The window and the cache reach the parser through the loader module's attributes.
    monkeypatch.setattr("viewer.loader.load_file", no_parse)
    monkeypatch.setattr("viewer.loader.load_bytes", no_parse)
    second = MainWindow(language)
    qtbot.addWidget(second)
    second.start(None)
    assert second.file == str(ROOT / "resources" / "data.yaml")
    assert second.result.file == parsed.file
    assert [d.code for d in second.result.diagnostics] == [d.code for d in parsed.diagnostics]
    assert len(second.dataset) == len(parsed.dataset)
    assert second.current_unit().id == "lang-son"


def test_a_start_from_the_cache_does_not_import_the_yaml_parser(tmp_path):
    """The YAML parser (and the loader) is some 25 ms of a start: a start whose bundled data
    comes from the cache shows the window without importing it."""

    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings, QStandardPaths\n"
        "QStandardPaths.setTestModeEnabled(True)\n"
        "from viewer.app import create_application\n"
        "app = create_application()\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])\n"
        "from viewer.i18n import Language\n"
        "from viewer.main_window import MainWindow\n"
        "w = MainWindow(Language()); w.show(); w.start(None); app.processEvents()\n"
        "assert w.dataset is not None and w.current_unit().id == 'lang-son'\n"
        "print(' '.join(m for m in ('yaml', 'viewer.loader') if m in sys.modules) or '-')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path / "settings")], env=env,
                           capture_output=True, text=True, timeout=120) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr[-2000:]
    assert runs[0].stdout.split() == ["yaml", "viewer.loader"]  # the first start parses
    assert runs[1].stdout.split() == ["-"]  # the second reads the cache only
