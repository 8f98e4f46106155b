"""The application: QApplication, its names and settings, the interface language, a crash
handler, and the main window.

``run_gui(file, lang)`` is what ``python main.py [FILE]`` calls (through :mod:`viewer.cli`); it
starts the window with :func:`launch`, as the benchmark's first-paint measurement does.
"""
from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from types import TracebackType

from . import APP_NAME, ORG_NAME, __version__
from .paths import log_dir

log = logging.getLogger("viewer")


def main() -> int:
    """The ``langson-viewer`` script: the same command line as ``python main.py``."""
    from .cli import main as cli_main

    return cli_main()


_fault_log = None  # kept open for faulthandler as long as the program runs


def enable_fault_log() -> None:
    """A crash inside Qt or another library (no Python exception) still leaves a trace."""
    import faulthandler

    global _fault_log
    if _fault_log is not None:
        return
    try:
        _fault_log = (log_dir() / "faulthandler.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_log)
    except OSError:
        if sys.stderr is not None:
            faulthandler.enable()


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    import platform  # only when something went wrong: not on every start
    import traceback

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    head = (f"{APP_NAME} {__version__}; Python {platform.python_version()}; "
            f"PySide6 {pyside_version}; Qt {qVersion()}; {platform.platform()}\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def install_crash_handler() -> None:
    """An uncaught exception is logged (``crash.log``) and shown in a dialog whose details can
    be copied, instead of ending the program silently."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        report = crash_report(exc_type, exc, tb)
        stream = sys.__stderr__ or sys.stderr  # both are None in a windowed Windows .exe
        if stream is not None:
            stream.write(report)
        where = ""
        try:
            logfile = log_dir() / "crash.log"
            with logfile.open("a", encoding="utf-8") as fh:
                fh.write(report + "\n")
            where = str(logfile)
        except OSError:
            pass
        if showing or issubclass(exc_type, KeyboardInterrupt):
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is None:
            return
        from PySide6.QtCore import QThread

        if QThread.currentThread() is not app.thread():
            return  # a dialog may only be made on the GUI thread; the report is in crash.log
        showing = True
        try:
            translate = QCoreApplication.translate
            box = QMessageBox(QMessageBox.Icon.Critical,
                              translate("CrashDialog", "Unexpected error"),
                              translate("CrashDialog", "The program met an unexpected error. "
                                                       "The data file was not changed."))
            info = translate("CrashDialog", "Please send the details below to whoever "
                                            "maintains the program.")
            if where:
                info += "\n" + translate("CrashDialog", "The report was also saved to %1.") \
                    .replace("%1", where)
            box.setInformativeText(info)
            box.setDetailedText(report)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def create_application(icon: bool = True):  # noqa: ANN201 - QApplication
    """The QApplication with the names QSettings uses. High-DPI scaling is left to Qt 6's
    defaults: fractional factors are kept as they are (the rounding policy ``PassThrough``), so
    150 % screens are sharp, and ``QT_SCALE_FACTOR_ROUNDING_POLICY`` still overrides it.
    ``icon=False`` leaves the window icon to the caller (:func:`launch` sets it after the first
    frame)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if icon:
        app.setWindowIcon(app_icon())
    app.setDesktopFileName("langson-viewer")
    return app


def app_icon():
    """The app's icon at every size drawn for it (resources/icon, made from icon.svg)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .paths import app_root

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = app_root() / "resources" / "icon" / f"icon-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def remembered_language() -> str:
    from .i18n import DEFAULT_LANGUAGE, LANGUAGES
    from .settings import read_str

    lang = read_str("ui/language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def preload() -> None:
    """Import the modules without Qt that every start needs, before PySide6 is imported.

    Once PySide6 is imported, it reads the source of each module imported after it (looking for
    its ``__feature__`` switches): some 8-12 ms over the modules a start imports. Modules
    already imported are never read. Call this before the first PySide6 import; importing
    them costs nothing more than it would later."""
    import datetime  # noqa: F401
    import threading  # noqa: F401
    import unicodedata  # noqa: F401 - the search index's

    from . import cache, domain, messages, records, results  # noqa: F401


def launch(file: str | None = None, lang: str | None = None):  # noqa: ANN201 - (QApplication, MainWindow)
    """Create the application and the window, show it and start opening ``file`` (else the last
    file, else the bundled data) in ``lang`` (else the remembered language, else Vietnamese).
    Returns the application and the window; the caller runs the event loop.

    The window icon is set just after the first frame (or after FIRST_PAINT_TIMEOUT_MS): reading
    its image files first wakes Qt's image-format plugins, some 2 ms before anything is shown.

    The garbage collector is paused until the window's first frame is painted: a start makes
    some 40,000 objects that it tracks (modules, Qt's enums, the bundled tree), nearly all of
    which live on, and it would pass over them some 70 times (~12 ms) before anything is on
    screen. It is given back once, at the first frame or after FIRST_PAINT_TIMEOUT_MS (a start
    with no frame), or at once if the start fails; a load running then keeps its own pause (see
    :func:`viewer.results.pause_collector`). The caller must run the event loop."""
    from .results import pause_collector, resume_collector

    pause_collector()
    give_back = _once(resume_collector)
    try:
        preload()
        app = create_application(icon=False)
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
        install_crash_handler()
        enable_fault_log()

        from PySide6.QtCore import QTimer

        from .i18n import Language
        from .main_window import MainWindow

        language = Language()
        language.set(lang or remembered_language())
        window = MainWindow(language)
        # After the whole frame, not within it: the first pass of the collector then looks at
        # every object made during the start. (A timer rather than a queued connection, whose
        # Qt.ConnectionType the start would have to make: see viewer.qt_plain.)
        window.firstPainted.connect(lambda: QTimer.singleShot(0, give_back))
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, give_back)  # no frame (a minimized start)
        set_icon = _once(lambda: app.setWindowIcon(app_icon()))
        window.firstPainted.connect(lambda: QTimer.singleShot(0, set_icon))
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, set_icon)
        window.show()
        window.start(file)
    except BaseException:
        give_back()
        raise
    return app, window


FIRST_PAINT_TIMEOUT_MS = 3000


def _once(action: Callable[[], object]) -> Callable[[], None]:
    """``action`` the first time the result is called, nothing after."""
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    return run


def run_gui(file: str | None = None, lang: str | None = None) -> int:
    """Open the window (see :func:`launch`) and run the program until it is closed."""
    app, _window = launch(file, lang)
    return app.exec()
