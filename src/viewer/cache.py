"""A cache of loaded data files, keyed by their content, so that opening the same file again is
about as fast as reading JSON.

The key is a SHA-256 of the file's bytes together with the loader's own fingerprint (the source
of the modules that decide what a file means) and the limits: a changed file, a changed loader
or other limits never hit an old entry, so the cache can never serve stale data. An entry is read
with an unpickler that can build only the domain's own classes (nothing from a cache file can run
code), and any entry that cannot be read is ignored and removed, never trusted. Entries are
written to a temporary file and renamed into place. Only files that loaded (warnings allowed)
are cached.

No Qt here: the caller chooses the folder (the app uses its cache location).
"""
from __future__ import annotations

import functools
import importlib.util
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable

from . import __version__, domain
from .records import Record
from .results import DEFAULT_LIMITS, Limits, LoadResult, Progress, age, collector_paused, settle, tidy

MAGIC = b"LSPV-CACHE-3\n"
MAX_ENTRIES = 8  # the oldest entries beyond this are removed

_ALLOWED = {
    "viewer.domain": {"Dataset", "Kind", "Metadata", "Period", "Point", "Qualifier", "Series",
                      "SeriesType", "Source", "Unit", "Value", "Measure", "Document", "Check"},
    "viewer.results": {"LoadResult"},
    "viewer.messages": {"Diagnostic", "Severity", "Word"},
}


# An entry is a count, then the tree in pieces (subtrees of some thousands of units, children
# before parents, each pickled on its own and naming the pieces below it by number), then the
# LoadResult. A pickler remembers every object it wrote and grows that memory by doubling it:
# one pickle of a whole 100,000-unit tree held the interpreter for up to 80 ms at a time (the
# window could not paint), ten times that for a national file. Pieces keep each memory small.
PIECE_UNITS = 5_000


class _DomainUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, pieces: list[domain.Unit], used: set[int]) -> None:
        super().__init__(file)
        self.pieces = pieces
        self.used = used  # pieces already hung in the tree

    def find_class(self, module: str, name: str):  # noqa: ANN201
        if module == __name__ and name == "_piece":
            return self._piece
        if name in _ALLOWED.get(module, ()):
            # A maker of the class, which an entry can only call, never the class itself: with
            # the class, a crafted entry could make an object without calling its __init__
            # (NEWOBJ: a unit without fields) or set attributes of the class (BUILD: changed for
            # the whole program, and every later load failing).
            return functools.partial(super().find_class(module, name))
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")

    def _piece(self, number: object) -> domain.Unit:
        if type(number) is int and 0 <= number < len(self.pieces) and number not in self.used:
            self.used.add(number)  # a tree: each piece hangs in one place only
            return self.pieces[number]
        raise pickle.UnpicklingError("a piece that is not there, or used twice")


def _piece(number: int) -> domain.Unit:
    """Where a piece's top unit stands in the piece above it: the unpickler hangs that piece
    there (see _DomainUnpickler._piece); never called itself."""
    raise pickle.UnpicklingError("a piece is only read back by the cache's unpickler")


class _PiecePickler(pickle.Pickler):
    """Pickles domain objects as calls of their class with their fields, and the top units of
    other pieces as references to them.

    Through ``reducer_override``, which the pickler asks only about objects that are not plain
    values (strings, numbers, tuples, lists, dicts): a ``persistent_id`` would be asked about
    every object, and the record's own ``__reduce__`` is a second call for each."""

    def __init__(self, file: io.BytesIO, numbers: dict[int, int], top: object) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.numbers = numbers  # id of a piece's top unit → the piece's number
        self.top = top

    def reducer_override(self, obj: object):  # noqa: ANN201
        cls = obj.__class__
        if cls is domain.Unit:
            if obj is not self.top:
                number = self.numbers.get(id(obj))
                if number is not None:
                    return _piece, (number,)
            return cls, obj._args(obj)  # type: ignore[attr-defined]
        if isinstance(obj, Record):  # what its own __reduce__ gives, without the call
            return cls, obj._args(obj)  # type: ignore[attr-defined]
        return NotImplemented


def _pieces(root: domain.Unit) -> list[domain.Unit]:
    """The top units of the pieces, children before parents; the root's piece is the last."""
    order: list[domain.Unit] = []  # children before parents
    stack: list[tuple[domain.Unit, bool]] = [(root, False)]
    while stack:
        unit, children_done = stack.pop()
        if children_done:
            order.append(unit)
            continue
        stack.append((unit, True))
        stack.extend((child, False) for child in unit.children)
    carried: dict[int, int] = {}  # units a subtree would bring into its parent's piece
    tops = []
    for unit in order:
        size = 1 + sum(carried.pop(id(child)) for child in unit.children)
        if size >= PIECE_UNITS or unit is root:
            tops.append(unit)
            size = 0
        carried[id(unit)] = size
    return tops


def _dumps(result: LoadResult) -> bytes:
    assert result.dataset is not None
    return _dump_pieces(result, [result.dataset.root])


def _dump_pieces(top: object, units: list[domain.Unit]) -> bytes:
    """``top`` pickled after the trees of ``units`` in pieces; it may refer to those units."""
    out = io.BytesIO()
    tops = [piece for unit in units for piece in _pieces(unit)]
    pickle.dump(len(tops), out, protocol=pickle.HIGHEST_PROTOCOL)
    numbers: dict[int, int] = {}
    for number, piece in enumerate(tops):
        _PiecePickler(out, numbers, piece).dump(piece)
        numbers[id(piece)] = number
    _PiecePickler(out, numbers, None).dump(top)
    return out.getvalue()


def _loads(payload: bytes) -> object:
    stream = io.BytesIO(payload)
    result = _load_pieces(stream)
    if stream.read(1):
        raise pickle.UnpicklingError("more than an entry")
    return result


def _load_pieces(stream: io.BytesIO) -> object:
    """What :func:`_dump_pieces` wrote, read from where ``stream`` stands."""
    pieces: list[domain.Unit] = []
    used: set[int] = set()
    count = _DomainUnpickler(stream, pieces, used).load()
    if type(count) is not int or not 0 < count <= len(stream.getbuffer()):
        raise pickle.UnpicklingError("not a count of pieces")
    for _ in range(count):
        piece = _DomainUnpickler(stream, pieces, used).load()
        if piece.__class__ is not domain.Unit:
            raise pickle.UnpicklingError("a piece that is not a unit")
        pieces.append(piece)
    return _DomainUnpickler(stream, pieces, used).load()


def dumps_units(record: object, units: list[domain.Unit]) -> bytes:
    """What the loader's helper process sends back (see :mod:`viewer.halves`): ``record``, then
    each unit: a small one's tree pickled whole, a large one's in pieces like a cache entry, so
    that taking them in never holds the interpreter long enough to stop the window painting."""
    out = io.BytesIO()
    pickle.dump((record, len(units)), out, protocol=pickle.HIGHEST_PROTOCOL)
    for unit in units:
        if _at_most(unit, PIECE_UNITS):
            out.write(b"U")
            _PiecePickler(out, {}, unit).dump(unit)
        else:
            out.write(b"P")
            out.write(_dump_pieces(unit, [unit]))
    return out.getvalue()


def loads_units(payload: bytes) -> tuple[object, list[domain.Unit]]:
    stream = io.BytesIO(payload)
    head = _DomainUnpickler(stream, [], set()).load()
    if not (type(head) is tuple and len(head) == 2 and type(head[1]) is int
            and 0 <= head[1] <= len(payload)):
        raise pickle.UnpicklingError("not an answer")
    record, count = head
    units: list[domain.Unit] = []
    for _ in range(count):
        kind = stream.read(1)
        if kind == b"U":
            unit = _DomainUnpickler(stream, [], set()).load()
        elif kind == b"P":
            unit = _load_pieces(stream)
        else:
            raise pickle.UnpicklingError("not a unit")
        if unit.__class__ is not domain.Unit:
            raise pickle.UnpicklingError("not a unit")
        units.append(unit)
    if stream.read(1):
        raise pickle.UnpicklingError("more than an answer")
    return record, units


def _at_most(unit: domain.Unit, most: int) -> bool:
    """Whether the tree under ``unit`` (itself included) has at most ``most`` units."""
    stack = [unit]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > most:
            return False
        stack.extend(node.children)
    return True


def _sha256(size: int):  # noqa: ANN202 - a hashlib-like constructor
    """SHA-256 for ``size`` bytes. Python's own (``_sha256``, ``_sha2`` from 3.12) for small
    inputs: hashlib's, from OpenSSL, takes some 3.5 ms to start, more than the bundled data's
    whole key, at every start of the app. OpenSSL's for large files: it is several times faster
    per byte. Both give the same digest."""
    if size < _SMALL:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]
        except ImportError:
            try:
                from _sha2 import sha256  # type: ignore[import-not-found, no-redef]
            except ImportError:
                from hashlib import sha256
        return sha256
    from hashlib import sha256

    return sha256


_SMALL = 1 << 20


def _loader():  # noqa: ANN202
    """The loader, imported only when a file must be parsed: it brings the YAML parser, some
    25 ms of a start whose data comes from the cache."""
    from . import loader

    return loader


# The modules whose code decides what a file means and how its objects pickle: the loader and
# every module of the package it imports, but for the helper process (which gives the loader's
# own result, see viewer.halves) and this cache.
FINGERPRINT_MODULES = ("domain", "loader", "messages", "records", "results")


def _fingerprint() -> bytes:
    """What the meaning of a file depends on: the code of the loader and of what it builds (or,
    in a packaged build without sources, the version). Read without importing the loader."""
    h = _sha256(0)(__version__.encode())
    for name in FINGERPRINT_MODULES:
        spec = importlib.util.find_spec(f"{__package__}.{name}")
        try:
            h.update(Path(spec.origin if spec and spec.origin else "").read_bytes())
        except OSError:
            h.update(name.encode())
    return h.digest()


_FINGERPRINT: bytes | None = None


def fingerprint() -> bytes:
    """The loader's fingerprint (see :func:`_fingerprint`), worked out once per process."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        _FINGERPRINT = _fingerprint()
    return _FINGERPRINT


def cache_key(data: bytes, limits: Limits) -> str:
    h = _sha256(len(data))(fingerprint())
    h.update(repr(limits).encode())
    h.update(data)
    return h.hexdigest()


def load_cached(path: str | os.PathLike[str], cache_dir: str | os.PathLike[str] | None,
                limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, *,
                long_lived: bool = False) -> tuple[LoadResult, bool]:
    """Load a data file through the cache. Returns the result and whether it came from the cache.
    Without a cache folder, or when anything about the cache fails, it simply loads the file.
    ``long_lived``: as for :func:`viewer.loader.load_bytes`."""
    name = os.fspath(path)

    def uncached() -> tuple[LoadResult, bool]:  # the loader reads the file and says what is wrong
        return _loader().load_file(name, limits, progress, cancelled, long_lived=long_lived), False

    if cache_dir is None:
        return uncached()
    try:
        if not os.path.isfile(name) or os.path.getsize(name) > limits.max_bytes:
            return uncached()
        with open(name, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError:
        return uncached()
    key = cache_key(data, limits)
    entry = Path(cache_dir) / f"{key}.cache"
    cached = _read(entry, name, long_lived)
    if cached is not None:
        return cached, True
    result = _loader().load_bytes(data, name, limits, progress, cancelled, long_lived=long_lived)
    if result.ok:
        _write(entry, result)
    return result, False


def _read(entry: Path, name: str, long_lived: bool = False) -> LoadResult | None:
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    try:
        if not raw.startswith(MAGIC):
            raise pickle.UnpicklingError("not a cache entry")
        body = raw[len(MAGIC):]
        digest, payload = body[:32], body[32:]
        if _sha256(len(payload))(payload).digest() != digest:
            raise pickle.UnpicklingError("damaged")
        # Millions of objects: the collector would only slow this down (see the loader).
        if long_lived:
            tidy()
        with collector_paused():
            result = _loads(payload)
            if type(result) is not LoadResult or type(result.dataset) is not domain.Dataset:
                raise pickle.UnpicklingError("not a loaded dataset")
            settle() if long_lived else age()
    except Exception:  # noqa: BLE001 - a cache entry is never trusted: drop it and load the file
        try:
            entry.unlink()
        except OSError:
            pass
        return None
    # The same content may have been opened under another name.
    if result.file != name:
        result = _renamed(result, name)
    try:
        os.utime(entry)  # most recently used
    except OSError:
        pass  # removed meanwhile by another copy of the program: the result stands
    return result


def _renamed(result: LoadResult, name: str) -> LoadResult:
    ds = result.dataset
    assert ds is not None
    object.__setattr__(ds, "file", name)
    return LoadResult(name, ds, [d.replace(file=name) for d in result.diagnostics])


def _write(entry: Path, result: LoadResult) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with collector_paused():  # what the pickler holds is freed when it is done
            payload = _dumps(result)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".cache")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC + _sha256(len(payload))(payload).digest() + payload)
            os.replace(tmp, entry)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _prune(entry.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a cache that cannot be written is no cache; the data is loaded all the same


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.cache"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        try:
            old.unlink()
        except OSError:
            pass
