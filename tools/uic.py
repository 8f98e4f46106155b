"""Compile the Designer forms: ``ui/FORM.ui`` → ``src/viewer/widgets/ui_FORM.py``.

    python tools/uic.py                 # every form
    python tools/uic.py main_window     # one form

Runs ``pyside6-uic``, then keeps in its ``from PySide6… import (…)`` lines only the names the
form uses. pyside6-uic imports the same thirty-odd classes into every form whatever it uses
(``QConicalGradient``, ``QDate``, ``QFontDatabase``, ``QTransform``…), and PySide6 creates the
Python enums of each class when it is first imported (``QGradient.Preset`` alone has 169
members): some 5 ms of every start for the main window's form. The rest of the generated code
is left exactly as pyside6-uic writes it. ``tests/test_window.py`` checks that each committed
form is what this gives.
"""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "src" / "viewer" / "widgets"
WIDTH = 80  # the import lines are wrapped as pyside6-uic wraps them


def uic_program() -> str:
    return shutil.which("pyside6-uic") or os.path.join(os.path.dirname(sys.executable), "pyside6-uic")


def run_uic(form: str) -> str:
    """What pyside6-uic writes for ``ui/FORM.ui``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"ui_{form}.py"
        subprocess.run([uic_program(), str(UI_DIR / f"{form}.ui"), "-o", str(out)], check=True,
                       capture_output=True, timeout=60)
        return out.read_text(encoding="utf-8")


def used_names(tree: ast.Module) -> set[str]:
    """Every name the module reads (``Qt`` in ``Qt.AlignmentFlag.AlignCenter`` too)."""
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def _import_lines(module: str, names: list[str]) -> list[str]:
    lines, line = [], f"from {module} import ("
    for i, name in enumerate(names):
        piece = name + (")" if i == len(names) - 1 else ",")
        if line.endswith("(") or len(line) + 1 + len(piece) <= WIDTH:
            line += piece if line.endswith("(") else " " + piece
        else:
            lines.append(line)
            line = "    " + piece
    lines.append(line)
    return lines


def trim_imports(source: str) -> str:
    """``source`` with the names it never uses left out of its ``from PySide6…`` imports (an
    import that keeps no name goes entirely)."""
    tree = ast.parse(source)
    used = used_names(tree)
    lines = source.splitlines()
    # From the last statement up, so that the line numbers of those above stay right.
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        assert node.end_lineno is not None
        kept = [a.name for a in node.names if a.asname is None and a.name in used]
        kept += [f"{a.name} as {a.asname}" for a in node.names if a.asname is not None and a.asname in used]
        new = _import_lines(node.module or "", sorted(kept)) if kept else []
        lines[node.lineno - 1:node.end_lineno] = new
    return "\n".join(lines) + ("\n" if source.endswith("\n") else "")


def compile_form(form: str) -> str:
    """The text of ``src/viewer/widgets/ui_FORM.py`` for ``ui/FORM.ui``."""
    return trim_imports(run_uic(form))


def main(argv: list[str]) -> int:
    forms = argv or sorted(p.stem for p in UI_DIR.glob("*.ui"))
    for form in forms:
        out = OUT_DIR / f"ui_{form}.py"
        out.write_text(compile_form(form), encoding="utf-8", newline="\n")
        print(f"{UI_DIR.name}/{form}.ui → {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
