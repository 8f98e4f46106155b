"""The packaging recipe, without building: the spec takes in what the app reads at run time
(data, translations, fonts, user guide, icon) and Qt's print support, and keeps out what the app
never uses; the icon files have their sizes; the .desktop file is valid; the Windows version
file matches the app's version; the launcher copes with a windowed program's missing console.

The build itself and a smoke test of the built app: ``packaging/build.py`` (see the README).
"""
from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "langson-viewer.spec"
ICON_DIR = ROOT / "resources" / "icon"
SRC = ROOT / "src"


def load_module(name: str, path: Path):
    # packaging/ is not a Python package (and "packaging" is a PyPI package's name): load by path.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spec_ns() -> dict:
    """The spec's settings: its code up to the PyInstaller calls, run without PyInstaller."""
    source = SPEC.read_text(encoding="utf-8")
    head = source.split("\na = Analysis(", 1)[0]
    ns = {"SPECPATH": str(PACKAGING), "__name__": "spec"}
    exec(compile(head, str(SPEC), "exec"), ns)
    return ns


def app_version() -> str:
    text = (SRC / "viewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


# --- the spec ------------------------------------------------------------------------------

def test_spec_bundles_every_file_the_app_reads_where_the_app_looks(spec_ns):
    datas = {Path(src).relative_to(ROOT).as_posix(): dest for src, dest in spec_ns["DATAS"]}
    # Each source exists (a glob matches at least one file).
    for src in datas:
        matches = list(ROOT.glob(src)) if "*" in src else [ROOT / src]
        assert matches and all(m.exists() for m in matches), src
    # Same place relative to sys._MEIPASS as relative to the repository / the package.
    assert datas["resources/data.yaml"] == "resources"             # paths.bundled_data()
    assert datas["src/viewer/i18n/*.qm"] == "viewer/i18n"          # i18n.I18N_DIR
    assert datas["src/viewer/fonts/*.ttf"] == "viewer/fonts"       # fonts.FONT_DIR
    assert datas["src/viewer/help"] == "viewer/help"               # help_dialog.HELP_DIR
    assert datas["resources/icon/icon-*.png"] == "resources/icon"
    assert list((SRC / "viewer" / "i18n").glob("*.qm")), "no compiled translation to bundle"
    assert (SRC / "viewer" / "help" / "user-guide.vi.md").is_file()


def test_spec_requires_and_keeps_qt_print_support_on_both_platforms(spec_ns):
    text = SPEC.read_text(encoding="utf-8")
    # Linux prints through a plugin (without it the dialog does nothing: pyinstaller #1896);
    # Qt 6 on Windows has the printing built into Qt6PrintSupport.dll.
    assert "plugins/printsupport/libcupsprintersupport" in text
    assert r"Qt6PrintSupport\.dll" in text
    assert any("printsupport" in p for p in spec_ns["REQUIRED"]) or sys.platform == "win32"
    keep = spec_ns["_keep"]
    for path in ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "PySide6/Qt/lib/libQt6PrintSupport.so.6", "PySide6/Qt6PrintSupport.dll",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
                 "PySide6/plugins/styles/qmodernwindowsstyle.dll",
                 "PySide6/plugins/imageformats/qsvg.dll", "PySide6/plugins/imageformats/qico.dll",
                 "PySide6/plugins/iconengines/qsvgicon.dll", "PySide6/Qt6Svg.dll",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "numpy.libs/libscipy_openblas64_-32a4b2a6.so", "libfreetype.so.6", "libglib-2.0.so.0"):
        assert keep((path, "", "BINARY")), path


def test_spec_leaves_out_qml_webengine_and_friends(spec_ns):
    keep = spec_ns["_keep"]
    for path in ("PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
                 "PySide6/Qt6Quick.dll", "PySide6/Qt6QmlModels.dll", "PySide6/Qt6Pdf.dll",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
                 "PySide6/opengl32sw.dll", "PySide6/Qt/translations/qtbase_de.qm",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libcairo.so.2",
                 "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so"):
        assert not keep((path, "", "BINARY")), path
    excludes = set(spec_ns["EXCLUDES"])
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore",
                   "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtNetwork"):
        assert module in excludes


def imported_modules() -> set[str]:
    """Every module that the app's code and the libraries it needs at import time name."""
    names: set[str] = set()
    for path in (SRC / "viewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
    # pyqtgraph imports these at import time (checked with sys.modules of a running window).
    names.update({"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtTest"})
    return names


def test_spec_excludes_nothing_the_app_imports(spec_ns):
    excluded = set(spec_ns["EXCLUDES"])
    clash = sorted(m for m in imported_modules()
                   if any(m == e or m.startswith(e + ".") for e in excluded))
    assert not clash, f"the spec excludes modules the app imports: {clash}"
    lib_names = {m.split(".")[1] for m in imported_modules() if m.startswith("PySide6.Qt")}
    keep = spec_ns["_keep"]
    for qt in lib_names:
        assert keep((f"PySide6/Qt/lib/lib{qt.replace('Qt', 'Qt6', 1)}.so.6", "", "BINARY")), qt
        assert keep((f"PySide6/{qt.replace('Qt', 'Qt6', 1)}.dll", "", "BINARY")), qt


# --- the icon ------------------------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_svg_source_and_generated_sizes():
    make_icons = load_module("make_icons", PACKAGING / "make_icons.py")
    root = ET.parse(ICON_DIR / "icon.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    assert 16 in make_icons.PNG_SIZES and 256 in make_icons.PNG_SIZES
    for size in make_icons.PNG_SIZES:
        assert png_size(ICON_DIR / make_icons.png_name(size)) == (size, size)
    ico = (ICON_DIR / make_icons.ICO_NAME).read_bytes()
    sizes = make_icons.read_ico_sizes(ico)
    assert sizes == [(s, s) for s in make_icons.ICO_SIZES]
    assert {16, 32, 48, 256} <= set(make_icons.ICO_SIZES)
    # The 256 px entry is a PNG; the others are 32-bit BMPs (BITMAPINFOHEADER, double height).
    for i, size in enumerate(make_icons.ICO_SIZES):
        length, offset = struct.unpack_from("<II", ico, 6 + 16 * i + 8)
        blob = ico[offset:offset + length]
        if size == 256:
            assert blob[:8] == b"\x89PNG\r\n\x1a\n"
        else:
            header, w, h, _planes, bpp = struct.unpack_from("<IiiHH", blob)
            assert (header, w, h, bpp) == (40, size, 2 * size, 32)


def test_spec_uses_the_icon_and_version_file():
    text = SPEC.read_text(encoding="utf-8")
    assert '"icon.ico"' in text and "version_info.txt" in text
    assert (PACKAGING / "windows" / "version_info.txt").is_file()


# --- Linux menu entry -----------------------------------------------------------------------

DESKTOP = PACKAGING / "linux" / "langson-viewer.desktop"


def test_desktop_file_names_the_binary_and_icon(spec_ns):
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines()
                 if "=" in line and not line.startswith("#"))
    assert entry["Exec"].split()[0] == "langson-viewer" == entry["Icon"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert "Name[vi]" in entry
    # Qt names the window's class after QCoreApplication.applicationName().
    from viewer import APP_NAME

    assert entry["StartupWMClass"] == APP_NAME


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)")
def test_desktop_file_is_valid():
    p = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert p.returncode == 0 and not p.stdout.strip(), p.stdout + p.stderr


# --- Windows version information --------------------------------------------------------------

class _Rec:
    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        return (self.kind, args, kwargs)


def test_windows_version_file_matches_the_app_version():
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    info = eval(text, {"__builtins__": {}}, {n: _Rec(n) for n in names})  # noqa: S307 - our file
    assert info[0] == "VSVersionInfo"
    ffi = info[2]["ffi"][2]
    version = app_version()
    numbers = tuple(int(x) for x in version.split(".")) + (0,) * (4 - len(version.split(".")))
    assert ffi["filevers"] == numbers and ffi["prodvers"] == numbers
    strings = {}
    for kid in info[2]["kids"]:
        if kid[0] == "StringFileInfo":
            for table in kid[1][0]:
                strings.update(dict(s[1] for s in table[1][1]))
    assert strings["ProductVersion"] == version
    assert strings["FileVersion"] == ".".join(map(str, numbers))
    assert strings["OriginalFilename"] == "LangSonViewer.exe"


def test_windows_workflow_is_marked_unrun_and_builds_the_spec():
    workflow = ROOT / ".github" / "workflows" / "windows-build.yml"
    text = workflow.read_text(encoding="utf-8")
    assert "NOT VERIFIED" in text.split("\n\n", 1)[0]
    assert "packaging/build.py" in text and "windows" in text


# --- the launcher in a windowed program --------------------------------------------------------

def test_launcher_sends_output_and_faults_to_the_log_when_there_is_no_console(tmp_path):
    code = (
        "import sys\n"
        "sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = None\n"
        f"sys.path[:0] = [{str(PACKAGING)!r}, {str(SRC)!r}]\n"
        "import launcher\n"
        "launcher.prepare()\n"
        "print('printed without a console')\n"
        "sys.__stderr__.write('crash handler line\\n')\n"
        "import faulthandler; faulthandler.dump_traceback(all_threads=False)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        pytest.skip("the log folder is under LOCALAPPDATA on Windows")
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    logs = list(tmp_path.rglob("viewer.log"))
    assert len(logs) == 1, list(tmp_path.rglob("*"))
    log = logs[0].read_text(encoding="utf-8")
    assert "printed without a console" in log and "crash handler line" in log
    assert 'File "<string>"' in log  # faulthandler's stack
