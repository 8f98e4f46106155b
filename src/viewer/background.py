"""Loading a large file off the GUI thread, with progress and cancel.

:class:`FileLoad` runs the loader (through the content-keyed cache) in a worker thread and
reports back by signals; the window keeps painting and answering, and a cancelled load changes
nothing on screen. Small files load directly: a thread would only add a flicker.
"""
from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QObject, QStandardPaths, QThread, Signal

from .cache import load_cached
from .results import LoadCancelled, LoadResult
from .messages import Diagnostic, Severity
from .models.search import SearchIndex

# Files larger than this load in the background: 256 KiB is some 1,200 units, read in about
# 50 ms; a larger file read on the GUI thread could hold the window for more than 100 ms.
BACKGROUND_BYTES = 256 * 1024


def cache_dir() -> str | None:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return os.path.join(base, "data-cache") if base else None


# While a worker runs, the interpreter hands over between threads every 0.2 ms instead of every
# 5 ms: a repaint of the window makes many short calls into Python (the tree model's data()),
# each of which waited up to the whole interval for the worker to let go; showing the progress
# dialog over a tree then held the event loop for 350-450 ms. The worker is no slower for it.
_QUICK_SWITCH = 0.0002
_switching = {"busy": 0, "usual": 0.005}  # threads at work now; the interval to go back to
_switching_lock = threading.Lock()


@contextmanager
def _quick_switching() -> Iterator[None]:
    """The quick hand-over for as long as a block runs in a worker thread (from any thread, any
    number at once; the usual interval is back when the last one ends, whatever happened)."""
    with _switching_lock:
        if not _switching["busy"]:
            _switching["usual"] = sys.getswitchinterval()
            sys.setswitchinterval(_QUICK_SWITCH)
        _switching["busy"] += 1
    try:
        yield
    finally:
        with _switching_lock:
            _switching["busy"] -= 1
            if not _switching["busy"]:
                sys.setswitchinterval(_switching["usual"])


def wants_background(path: str) -> bool:
    try:
        return os.path.isfile(path) and os.path.getsize(path) > BACKGROUND_BYTES
    except OSError:
        return False


class _Worker(QObject):
    progressed = Signal(int)  # per mille
    done = Signal(object, bool)  # LoadResult, from the cache
    cancelled = Signal()

    def __init__(self, path: str, cache: str | None) -> None:
        super().__init__()
        self.path = path
        self.cache = cache
        self.stop = threading.Event()
        self.index: SearchIndex | None = None

    def run(self) -> None:
        with _quick_switching():
            self._run()

    def _run(self) -> None:
        try:
            # long_lived: the window keeps the dataset; the collector must not pause the
            # program to walk it (see loader.settle).
            result, hit = load_cached(self.path, self.cache,
                                      progress=lambda share: self.progressed.emit(int(share * 1000)),
                                      cancelled=self.stop.is_set, long_lived=True)
        except LoadCancelled:
            self.cancelled.emit()
            return
        except BaseException as exc:  # noqa: BLE001 - the window must hear back, whatever happened
            # (out of memory on a huge file, a cache folder that vanished …): report it as a file
            # that could not be read, so the window leaves its loading state and says so.
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            result = LoadResult(self.path, None, [Diagnostic(Severity.ERROR, "read_failed",
                                                             {"reason": reason}, self.path)])
            hit = False
        if result.dataset is not None:
            # What showing a dataset needs that visits every unit is worked out here, so
            # that the window does not stop while a national tree is walked.
            try:
                self.index = SearchIndex(result.dataset)
                result.dataset.count_below(result.dataset.root)
            except Exception:  # noqa: BLE001 - the window then works them out itself
                self.index = None
        self.done.emit(result, hit)


class FileLoad(QObject):
    """One load in a worker thread. Signals arrive in the thread that made the FileLoad."""

    progressed = Signal(int)  # per mille of the file read
    finished = Signal(object, bool)  # LoadResult, from the cache
    cancelled = Signal()

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(path, cache_dir())
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self.progressed)
        self.worker.done.connect(self._finish)
        self.worker.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.stop.set()

    def wait(self) -> None:
        self.thread.quit()
        self.thread.wait()

    @property
    def index(self) -> SearchIndex | None:
        """The search index of the loaded dataset, built in the worker."""
        return self.worker.index

    def _finish(self, result: LoadResult, hit: bool) -> None:
        self.wait()
        self.finished.emit(result, hit)

    def _cancelled(self) -> None:
        self.wait()
        self.cancelled.emit()
