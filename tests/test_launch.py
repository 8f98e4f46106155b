"""launch(), what run_gui() and the benchmark start the window with: the modules without Qt are
imported before PySide6, the garbage collector and the settings file wait until the first
frame, and that frame shows the bundled data."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from conftest import BROKEN, ROOT, SMALL, run_window_script

LAUNCH = r"""
import gc, json, sys
sys.path.insert(0, sys.argv[1])
from viewer.app import launch
app, win = launch()
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and "collector_at_paint" not in seen:
            seen["collector_at_paint"] = gc.isenabled()
            seen["selected"] = win.current_unit().id
            seen["pane"] = win.ui.detail_pane.toPlainText()[:200]
            seen["last_at_paint"] = QSettings().value("files/last")
            seen["icon_at_paint"] = app.windowIcon().isNull()
            QTimer.singleShot(200, app.quit)
        return False
watch = Watch(); win.ui.tree_units.viewport().installEventFilter(watch)
app.exec()
seen["collector_after"] = gc.isenabled()
seen["last_after"] = QSettings().value("files/last")
seen["recent_after"] = win.recent_files()
seen["icon_sizes_after"] = sorted(s.width() for s in app.windowIcon().availableSizes())
order = list(sys.modules)
seen["before_pyside"] = [m for m in ("viewer.domain", "viewer.cache", "viewer.results", "viewer.messages",
                                     "viewer.records", "pickle") if order.index(m) < order.index("PySide6")]
print(json.dumps(seen, ensure_ascii=False))
"""


def test_launch_shows_the_bundled_data_and_gives_the_collector_back(tmp_path):
    seen = run_window_script(tmp_path, LAUNCH)
    assert seen["selected"] == "lang-son"
    assert "53.538" in seen["pane"]
    assert seen["collector_at_paint"] is False  # paused for the start...
    assert seen["collector_after"] is True  # ...and back once the frame is on screen
    bundled = str(ROOT / "resources" / "data.yaml")
    assert seen["last_at_paint"] is None  # the settings file is written after the frame...
    assert seen["last_after"] == bundled and seen["recent_after"] == [bundled]  # ...all the same
    assert seen["icon_at_paint"] is True  # the icon's files are read after the frame...
    assert seen["icon_sizes_after"] == [16, 24, 32, 48, 64, 128, 256]  # ...every size of it
    assert seen["before_pyside"] == ["viewer.domain", "viewer.cache", "viewer.results", "viewer.messages",
                                     "viewer.records", "pickle"]


FRAME = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from viewer.app import launch
app, win = launch(sys.argv[2] or None, sys.argv[3] or None)
from PySide6.QtCore import QEvent, QObject, QTimer
seen = {}
class Watch(QObject):
    # The first timer or queued call after a paint comes once the whole frame is painted
    # (every widget's paint is delivered within one flush of the window).
    def eventFilter(self, obj, ev):
        kind = ev.type()
        if kind == QEvent.Type.Paint:
            seen["painted"] = True
        elif "painted" in seen and "qt" not in seen and kind in (QEvent.Type.MetaCall, QEvent.Type.Timer):
            # PySide6 puts Qt in its module once it has made the namespace's enums.
            seen["qt"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            seen["file"] = win.file
            seen["loading"] = win.loading is not None
            seen["problems"] = "problems" in win._dialogs
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch(); app.installEventFilter(watch)
app.exec()
print(json.dumps(seen))
"""


@pytest.mark.parametrize("start", ["bundled", "english", "small file", "large file", "broken file"])
def test_no_start_makes_the_qt_namespace_before_its_first_frame(tmp_path, start):
    """PySide6 makes the Qt namespace's 93 enums at the first use of any (~15 ms): nothing a
    start runs before its first frame may use one (see viewer.qt_plain)."""
    file, lang = "", ""
    if start == "english":
        lang = "en"
    elif start == "small file":
        file = str(SMALL)
    elif start == "broken file":
        file = str(BROKEN)  # the problems dialog opens over the bundled data
    elif start == "large file":
        sys.path.insert(0, str(ROOT / "bench"))
        try:
            import generate
        finally:
            sys.path.remove(str(ROOT / "bench"))
        from viewer.background import BACKGROUND_BYTES

        big = tmp_path / "big.yaml"
        big.write_text(generate.to_yaml(generate.tree(3_000)), encoding="utf-8")
        assert big.stat().st_size > BACKGROUND_BYTES  # loads in the background
        file = str(big)
    seen = run_window_script(tmp_path, FRAME, file, lang)
    assert seen["painted"] is True
    shown = {"large file": "", "small file": file}.get(start, str(ROOT / "resources" / "data.yaml"))
    assert (seen["file"], seen["loading"], seen["problems"]) == (
        shown, start == "large file", start == "broken file")
    assert seen["qt"] is False, "the start made the Qt namespace's enums (see viewer.qt_plain)"


def test_a_window_closed_before_its_first_frame_still_remembers_the_file(qtbot, language):
    from viewer.main_window import MainWindow

    win = MainWindow(language)
    qtbot.addWidget(win)
    win.start(None)  # never shown, so never painted
    bundled = str(ROOT / "resources" / "data.yaml")
    assert win.recent_files() == []
    win.close()
    assert win.recent_files() == [bundled]


def test_the_search_index_is_made_at_the_first_search(window):
    assert window._search_index is None
    window.ui.search_bar.set_query("bac xa")
    assert window._search_index is not None and len(window._search_index) == len(window.dataset)
    assert window.current_unit().id == "c-06619"


def test_the_detail_pane_escapes_as_html_escape_does():
    import html

    from viewer.widgets.detail_pane import escape

    for text in ("", "a & b", "<b>\"x\"</b> 'y'", "Đảng bộ xã Bắc Xa & <i>", "&amp; already"):
        assert escape(text) == html.escape(text)
        assert escape(text, quote=True) == html.escape(text, quote=True)
        assert escape(text, quote=False) == html.escape(text, quote=False)


def test_the_command_line_imports_the_modules_without_qt_first_and_not_the_loader():
    """``python main.py`` starts through viewer.cli: the same early imports as launch(), and no
    YAML parser for a start that reads the bundled data from the cache."""
    code = ("import sys; import viewer.cli; order = list(sys.modules); "
            "print(' '.join(m for m in ('viewer.domain', 'viewer.cache', 'viewer.records', 'pickle') "
            "if order.index(m) < order.index('PySide6')), '|', "
            "' '.join(m for m in ('yaml', 'viewer.loader') if m in sys.modules) or '-')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["viewer.domain", "viewer.cache", "viewer.records", "pickle", "|", "-"]


def test_a_plain_start_goes_to_the_window_without_the_argument_parser(monkeypatch):
    from viewer import app, cli

    started = []
    monkeypatch.setattr(app, "run_gui", lambda file=None, lang=None: started.append((file, lang)) or 0)
    real_parser = cli.build_parser
    parsed = []
    monkeypatch.setattr(cli, "build_parser", lambda t: parsed.append(1) or real_parser(t))
    assert cli.main([]) == 0
    assert cli.main(["data.yaml"]) == 0
    assert parsed == []  # a double-click, or a file opened with the program: nothing to parse
    try:
        assert cli.main(["--lang", "en", "data.yaml"]) == 0  # options: parsed as before
    finally:
        QLocale.setDefault(QLocale.c())  # the messages' translator set it for English
    assert parsed == [1]
    assert started == [(None, None), ("data.yaml", None), ("data.yaml", None)]


def test_collector_pauses_are_counted_across_threads():
    """A load in the worker and the window's start may both pause the collector: the one that
    ends first must not turn it back on under the other."""
    import gc
    import threading

    from viewer.results import collector_paused, pause_collector, resume_collector

    assert gc.isenabled()
    pause_collector()  # the window's start
    inside = threading.Event()
    leave = threading.Event()
    seen = []

    def load():  # the worker's load
        with collector_paused():
            inside.set()
            leave.wait(10)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=load)
    worker.start()
    assert inside.wait(10)
    resume_collector()  # the first frame: the start lets go...
    assert not gc.isenabled()  # ...but the load still holds its pause
    leave.set()
    worker.join(10)
    assert seen == [False]
    assert gc.isenabled()  # the last one out gives it back
    with pytest.raises(RuntimeError):
        resume_collector()  # one resume per pause, never more
    assert gc.isenabled()


def test_a_start_that_fails_gives_the_collector_back(monkeypatch):
    import gc

    from viewer import app

    def broken(*_args, **_kwargs):
        raise RuntimeError("no window")

    monkeypatch.setattr(app, "create_application", broken)
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="no window"):
        app.launch()
    assert gc.isenabled()
