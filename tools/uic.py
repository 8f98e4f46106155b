"""Compile the Designer forms: ``ui/FORM.ui`` → ``src/viewer/widgets/ui_FORM.py``.

    python tools/uic.py                 # every form
    python tools/uic.py main_window     # one form

Runs ``pyside6-uic``, then changes two things in what it writes, both for the time a start
takes (PySide6 creates the Python enums of each class when it is first used):

- a setting of an enum-valued property by a value of the ``Qt`` namespace
  (``self.splitter.setOrientation(Qt.Orientation.Horizontal)``) becomes a setting by the
  value's key (``set_enum_props(self.splitter, orientation="Horizontal")``, see
  :mod:`viewer.qt_plain`): the first use of ``Qt`` costs some 15 ms, and a form must not be
  what makes a start pay it. ``addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)`` becomes
  ``addToolBar(bar)``, which means the same. Any other use of ``Qt`` stops the compilation.
  A splitter (and the few widgets like it, PARENT_BY_KEYWORD) gets its parent by keyword,
  ``QSplitter(parent=…)``: choosing among its constructors for a parent given by position
  makes those enums too;
- its ``from PySide6… import (…)`` lines keep only the names the form uses. pyside6-uic imports
  the same thirty-odd classes into every form whatever it uses (``QConicalGradient``,
  ``QDate``, ``QFontDatabase``, ``QTransform``…; ``QGradient.Preset`` alone has 169 members):
  some 5 ms of every start for the main window's form.

The rest of the generated code is left exactly as pyside6-uic writes it.
``tests/test_window.py`` checks that each committed form is what this gives.
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


def _qt_keys(node: ast.expr) -> list[str] | None:
    """``["A", "B"]`` for ``Qt.Enum.A|Qt.Enum.B``; None for anything else."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _qt_keys(node.left), _qt_keys(node.right)
        return None if left is None or right is None else left + right
    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name) and node.value.value.id == "Qt"):
        return [node.attr]
    return None


def _without_qt(call: ast.Call) -> str | None:
    """The statement ``call`` written without ``Qt``, or None when it has no such form. (The
    property is taken to be the setter's name without ``set``; set_enum_props() raises at once
    when it is not, and tests/test_window.py builds every form.)"""
    func = call.func
    if not isinstance(func, ast.Attribute) or call.keywords:
        return None
    target = ast.unparse(func.value)
    if (func.attr == "addToolBar" and len(call.args) == 2
            and _qt_keys(call.args[0]) == ["TopToolBarArea"]):
        return f"{target}.addToolBar({ast.unparse(call.args[1])})"
    keys = _qt_keys(call.args[0]) if len(call.args) == 1 else None
    if keys is None or not func.attr.startswith("set") or len(func.attr) < 4:
        return None
    name = func.attr[3].lower() + func.attr[4:]  # setTextInteractionFlags → textInteractionFlags
    return f'set_enum_props({target}, {name}="{"|".join(keys)}")'


# Widgets whose constructor has an overload taking a value of ``Qt`` first (``QSplitter(
# Qt.Orientation, parent)``, ``QDialogButtonBox(Qt.Orientation, parent)``): given the parent by
# position, PySide6 makes ``Qt``'s enums to choose the overload; given it by keyword, it does
# not. (Each built with a positional parent in a fresh process; the others Designer offers did
# not make them.)
PARENT_BY_KEYWORD = ("QDialogButtonBox", "QScrollBar", "QSlider", "QSplitter")


def without_qt_namespace(source: str) -> str:
    """``source`` with its settings by values of ``Qt`` written by their keys, and the parent of
    a widget in PARENT_BY_KEYWORD given by keyword (see above)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    for node in ast.walk(tree):  # each such call is alone on its line
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in PARENT_BY_KEYWORD and len(node.args) == 1 and not node.keywords):
            line = lines[node.lineno - 1]
            call = ast.get_source_segment(source, node)
            assert call is not None and line.count(call) == 1
            lines[node.lineno - 1] = line.replace(
                call, f"{node.func.id}(parent={ast.unparse(node.args[0])})")
    statements = [node for node in ast.walk(tree)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                  and any(isinstance(n, ast.Name) and n.id == "Qt" for n in ast.walk(node))]
    # From the last line up, so that the line numbers of those above stay right.
    for node in sorted(statements, key=lambda n: n.lineno, reverse=True):
        assert isinstance(node.value, ast.Call)
        new = _without_qt(node.value)
        if new is None:
            raise SystemExit(f"line {node.lineno}: no form without Qt for {ast.unparse(node)!r}: "
                             "teach tools/uic.py, or set it in the widget's code after the first frame")
        assert node.end_lineno is not None
        indent = lines[node.lineno - 1][:node.col_offset]
        lines[node.lineno - 1:node.end_lineno] = [indent + new]
    if statements:  # after the PySide6 imports (above every line changed)
        after = max(node.end_lineno or 0 for node in tree.body
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"))
        lines.insert(after, "from viewer.qt_plain import set_enum_props")
    out = "\n".join(lines) + ("\n" if source.endswith("\n") else "")
    if "Qt" in used_names(ast.parse(out)):
        raise SystemExit("a use of Qt is left in the form: teach tools/uic.py to write it without Qt")
    return out


def compile_form(form: str) -> str:
    """The text of ``src/viewer/widgets/ui_FORM.py`` for ``ui/FORM.ui``."""
    return trim_imports(without_qt_namespace(run_uic(form)))


def main(argv: list[str]) -> int:
    forms = argv or sorted(p.stem for p in UI_DIR.glob("*.ui"))
    for form in forms:
        out = OUT_DIR / f"ui_{form}.py"
        out.write_text(compile_form(form), encoding="utf-8", newline="\n")
        print(f"{UI_DIR.name}/{form}.ui → {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
