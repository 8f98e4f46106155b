"""What loading gives and takes: the result, the limits, cancelling, the collector's pause.

Kept apart from the loader, which imports the YAML parser: a result read back from the cache
(at nearly every start of the app) needs these, not the parser. No Qt here.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from .domain import Dataset
from .messages import Diagnostic
from .records import Record, _set, record


@record()
class Limits(Record):
    """What a data file may hold. The defaults admit national-size files."""

    __slots__ = ("max_bytes", "max_depth", "max_units", "max_string", "max_number_chars")
    max_bytes: int
    max_depth: int  # YAML nesting levels (a unit level takes two)
    max_units: int
    max_string: int  # characters in one value
    max_number_chars: int  # a longer number is refused before it is converted

    def __init__(self, max_bytes: int = 512 * 1024 * 1024, max_depth: int = 200,
                 max_units: int = 2_000_000, max_string: int = 10_000,
                 max_number_chars: int = 40) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.max_bytes = max_bytes
        self.max_depth = max_depth
        self.max_units = max_units
        self.max_string = max_string
        self.max_number_chars = max_number_chars
        self.__class__ = Limits


DEFAULT_LIMITS = Limits()


class LoadResult:
    """What loading gave: the dataset (None when any error was found) and every diagnostic."""

    __hash__ = None  # type: ignore[assignment] - it changes: diagnostics are added

    def __init__(self, file: str, dataset: Dataset | None,
                 diagnostics: list[Diagnostic] | None = None) -> None:
        self.file = file
        self.dataset = dataset
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return ((self.file, self.dataset, self.diagnostics)
                    == (other.file, other.dataset, other.diagnostics))  # type: ignore[attr-defined]
        return NotImplemented

    def __repr__(self) -> str:
        return (f"LoadResult(file={self.file!r}, dataset={self.dataset!r}, "
                f"diagnostics={self.diagnostics!r})")

    def __reduce__(self):  # noqa: ANN204
        # Pickled (the cache) as a call of the class: its unpickler builds objects only by
        # calling their class (see viewer.cache).
        return (LoadResult, (self.file, self.dataset, self.diagnostics))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return self.dataset is not None


class LoadCancelled(Exception):
    """Raised out of loading when the caller's ``cancelled()`` answered True."""


Progress = Callable[[float], None]  # the share of the file read so far, 0.0 to 1.0


_pauses = 0  # reasons, held now, for the collector to stay off
_was_enabled = True  # the collector's state before the first of them
_pauses_lock = threading.Lock()


def pause_collector() -> None:
    """One more reason for the cyclic garbage collector to stay off. It stays off while any is
    held, from any thread: a load in the worker and the window's start may overlap, and neither
    may turn it back on under the other. Each call needs one :func:`resume_collector`."""
    global _pauses, _was_enabled
    with _pauses_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume_collector() -> None:
    """Let go of one :func:`pause_collector`; the last one gives the collector back as it was."""
    global _pauses
    with _pauses_lock:
        if _pauses == 0:
            raise RuntimeError("resume_collector() without pause_collector()")
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a block (see :func:`pause_collector`)."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector()


def settle() -> None:
    """Move every object alive now out of the garbage collector's view (``gc.freeze``).

    A dataset of 100,000 units is some 400,000 objects; left to the collector, its next passes
    over them (soon after loading, then now and then) stop the whole program for 100 ms and
    more, 1 s and more for a national file: the window would freeze with no work to show for it.
    Frozen objects are still freed when nothing refers to them, but reference cycles among them
    are not collected: the tree's parent links are such cycles, so a settled dataset that is
    no longer wanted must be taken apart with :meth:`Dataset.release`. So is any other cycle
    alive now: call :func:`tidy` before the work whose result is settled."""
    gc.freeze()


def age() -> None:
    """Put every object alive now into the collector's oldest generation, without a pass over
    them: a dataset just built is long-lived by nature. Left young, its 400,000 objects (100k
    units) are walked by the collector's next young pass (some 90 ms) and again by the middle
    generation's before they get there. Unlike :func:`settle`, later full passes still see them,
    so a dropped dataset's cycles are collected as usual. Nothing is done while objects are
    frozen (a settled dataset): unfreezing would hand them back to the collector."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def tidy() -> None:
    """Collect what cycles are garbage now, so that :func:`settle` does not keep them. Cheap
    once earlier datasets are settled: the collector no longer walks them."""
    gc.collect()
