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
