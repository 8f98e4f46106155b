"""Entry point of the packaged app: the same command line as ``python main.py``, plus the two
things only a frozen build needs.

PyInstaller freezes this file into both programs of the Windows folder (the windowed
``LangSonViewer.exe`` and its console twin ``LangSonViewer-console.exe``) and into the Linux
binary. The app's own code is untouched by packaging; this file only prepares the process:

1. A windowed Windows program has no console: ``sys.stdout`` and ``sys.stderr`` (and their
   ``__std*__`` originals) are ``None``, so any ``print`` or log line would raise. Here they are
   pointed at ``viewer.log`` in the app's data folder instead.
2. A hard crash inside Qt (a segmentation fault) kills the process without a Python traceback
   and, in a windowed program, without any message. ``faulthandler`` writes the Python stack of
   every thread to ``viewer.log`` when that happens, so a user can send the file.

The log folder is the one ``viewer.app.log_dir()`` returns (``crash.log`` lives there too):
``%LOCALAPPDATA%\\LangSonPartyViewer\\LangSonPartyViewer`` on Windows,
``~/.local/share/LangSonPartyViewer/LangSonPartyViewer`` on Linux.
"""
from __future__ import annotations

import faulthandler
import os
import sys
import time

LOG_NAME = "viewer.log"
LOG_LIMIT = 1_000_000  # bytes; a larger log is moved to viewer.log.1 at the next start


def _open_log():
    """The log file, opened for appending (line-buffered), or None if no folder is writable."""
    try:
        from PySide6.QtCore import QCoreApplication

        from viewer import APP_NAME, ORG_NAME, __version__
        from viewer.app import log_dir

        # log_dir() asks Qt for the app's data folder, which is named after these (the
        # QApplication sets the same names later).
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        path = log_dir() / LOG_NAME
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        log = open(path, "a", encoding="utf-8", errors="backslashreplace", buffering=1)
        log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {APP_NAME} {__version__} "
                  f"pid {os.getpid()} argv {sys.argv[1:]!r}\n")
        return log
    except Exception:  # no writable folder: run without a log rather than not at all
        return None


def prepare() -> None:
    log = _open_log()
    if log is None:
        return
    # faulthandler needs a real file descriptor, which this file has; it must stay open for the
    # life of the process, so it is kept on the sys module.
    faulthandler.enable(file=log, all_threads=True)
    sys._viewer_log = log  # type: ignore[attr-defined]
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, log)
        if getattr(sys, f"__{name}__") is None:
            # the app's crash handler writes to sys.__stderr__ (see the packaging notes)
            setattr(sys, f"__{name}__", log)


def main() -> int:
    # A large file is read in two halves, the second by this same program started with this
    # one argument (viewer.halves): it then only does that work.
    if sys.argv[1:] == ["--read-half"]:
        from viewer.halves import child_main

        child_main()
    # The modules without Qt first, as viewer.cli does for python main.py: prepare() imports
    # PySide6, after which every module imported is read by its feature check (see
    # viewer.app.preload).
    from viewer.app import preload

    preload()
    prepare()
    from viewer.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
