"""The domain and the loader know nothing of Qt; --check never loads the window's libraries."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return set(out.stdout.split())


def test_domain_loader_messages_import_no_qt():
    mods = _modules_after("import viewer.domain, viewer.loader, viewer.halves, viewer.messages")
    assert "viewer.loader" in mods
    assert not {m for m in mods if m.startswith(("PySide6", "shiboken6", "pyqtgraph", "numpy"))}


def test_import_linter_contract_holds():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (it is in the dev dependency group)")
    proc = subprocess.run([exe], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 kept, 0 broken" in proc.stdout


def test_check_imports_neither_widgets_nor_pyqtgraph():
    code = ("import sys; sys.argv=['main.py','--check']\n"
            "from viewer.cli import main\n"
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            "    rc = main(['--check'])\n")
    mods = _modules_after(code)
    assert "viewer.loader" in mods and "PySide6.QtCore" in mods
    assert "PySide6.QtWidgets" not in mods and "PySide6.QtGui" not in mods
    assert not {m for m in mods if m.startswith(("pyqtgraph", "numpy"))}
