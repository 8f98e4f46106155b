"""QApplication set-up and the window's entry point (placeholder until the window issue)."""
from __future__ import annotations

import sys

from . import APP_NAME, ORG_NAME, __version__


def run_gui(file: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from .i18n import DEFAULT_LANGUAGE, Language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    language = Language()
    language.set(lang or DEFAULT_LANGUAGE)
    window = QMainWindow()
    window.resize(1000, 700)
    window.show()
    return app.exec()
