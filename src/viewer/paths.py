"""Where the app's own files are: the bundled data, the user guide, the fonts."""
from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def app_root() -> Path:
    """The folder that holds ``resources/``: the repository, or a packaged build's folder."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return PACKAGE_DIR.parents[1]


def bundled_data() -> Path:
    return app_root() / "resources" / "data.yaml"


def log_dir() -> Path:
    """Where crash reports and the low-level fault log are written (shown in About)."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    path = Path(found) if found else Path.home() / ".LangSonPartyViewer"
    path.mkdir(parents=True, exist_ok=True)
    return path
