"""Corrupt or wrong-typed settings never stop the window from starting."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage \x01\x02",
    b"[window]\ngeometry=not a geometry\nstate=@ByteArray(\\x01\\x02)\nsplitter_main=42\n"
    b"[ui]\nlanguage=klingon\n[files]\nrecent=12\nlast=/no/such/file.yaml\n",
    b"[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18QByteArray)\n[ui]\nlanguage=@Invalid()\n",
])
def test_start_with_corrupt_settings(qtbot, language, content):
    from viewer.app import remembered_language
    from viewer.main_window import MainWindow

    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    QSettings().sync()
    assert remembered_language() in ("vi", "en")
    win = MainWindow(language)
    qtbot.addWidget(win)
    win.show()
    win.start(None)  # the last file does not exist: the bundled data opens
    assert win.dataset is not None and win.dataset.root.id == "lang-son"
    assert win.width() > 200 and win.height() > 200
    win.close()


def test_about_names_the_log_folder_and_faults_are_logged(qapp, language):
    from viewer.app import enable_fault_log
    from viewer.paths import log_dir
    from viewer.widgets.about_dialog import about_html

    assert str(log_dir()) in about_html(None)
    enable_fault_log()
    import faulthandler

    assert faulthandler.is_enabled()
    assert (log_dir() / "faulthandler.log").exists()
