"""Reading a large data file on two processor cores.

Reading a large file is one long pass of the YAML parser and the schema, and Python runs that
on one core. For a file of 8 to 64 MiB the loader starts a helper process that reads the second half of
the root's ``children:`` list, while the loader reads the first half itself. When the loader's
YAML reader reaches the split, it learns how the helper did:

- the helper read its half without an error: the reader ends there, and the helper's units are
  hung in the root's children list before the root is built;
- the helper found any problem (or ended, or answered nothing usable), or the loader's own half
  has an error already: the reader simply reads on past the split by itself, exactly as if
  there had been no helper (its parser has read every byte before the split as one reader
  does), so every diagnostic is one reader's.

The split is taken only where joining gives what one reader gives:

- it is at the start of a line ``- `` at the indentation of the root's children, found without
  parsing; the loader then checks that the root's ``children:`` list closes exactly where its
  half ends (otherwise the whole file is read again);
- after the split no line (other than blank lines and comments) is indented less than that list:
  the list of children is the last thing in the file, so the helper's half is a list of units
  and nothing else, and a quoted text or a ``{...}`` still open at the split would be unclosed
  at the end of the loader's half, a syntax error there (the whole file is then read again);
- the helper gets its half behind as many line breaks as come before it, so every line and
  column it reports is the file's own;
- a problem seen only once the halves are joined (a unit id in both halves, a source or measure
  that is not listed, the root's own checks): the whole file is read again at once.

Nothing here imports Qt; the helper process imports only the loader and what it needs.
"""
from __future__ import annotations

import os
import re
import sys
from typing import Any, Callable

# Smaller files: starting a second Python (0.1 s here, more on Windows) costs about what it saves.
MIN_BYTES = 8 << 20
# Larger files (a national file is some 200 MiB) are read at once: the helper's own tree of half
# such a file would take some 600 MiB more at the peak, on office PCs with a few GiB, and one
# reader is already within 8x json.load there (its fixed costs weigh less on a large file).
MAX_BYTES = 64 << 20
# The loader's part of the children (by bytes). The helper also starts a Python and pickles
# its units, the loader takes them in: measured on 100k units, half each is best (a split
# falls at the start of a child, so the halves are only about even).
SHARE = 0.5

_ROOT_LINE = re.compile(rb"^root:[ \t]*(?:#[^\r\n]*)?\r?\n", re.M)
_CONTENT_LINE = re.compile(rb"^( *)[^ \r\n#]", re.M)


class Failed(Exception):
    """The split cannot give what one reader gives: read the whole file at once."""


def split_point(data: bytes) -> tuple[int, int] | None:
    """Where the helper's half starts (a byte offset at the start of a line) and how many line
    breaks come before it, or None when the file is not one to split safely."""
    if not MIN_BYTES <= len(data) <= MAX_BYTES or (os.cpu_count() or 1) < 2:
        return None
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None  # lines ended by a lone CR: the line count below would be wrong
    root = _ROOT_LINE.search(data)
    if root is None:
        return None
    first_key = _CONTENT_LINE.search(data, root.end())
    if first_key is None or not first_key.group(1):
        return None
    indent = len(first_key.group(1))
    children = re.compile(rb"^ {%d}children:[ \t]*(?:#[^\r\n]*)?\r?\n" % indent, re.M)
    found = children.search(data, root.end())
    if found is None:
        return None
    first_item = _CONTENT_LINE.search(data, found.end())
    if first_item is None:
        return None
    item_indent = len(first_item.group(1))
    start = first_item.start()
    if item_indent < indent or data[start + item_indent:start + item_indent + 2] != b"- ":
        return None
    marker = b"\n" + b" " * item_indent + b"- "
    target = start + int((len(data) - start) * SHARE)
    at = data.find(marker, target)
    if at < 0:
        at = data.rfind(marker, start, target)
    if at < 0 or at + 1 <= start:
        return None
    at += 1
    lower = re.compile(rb"\n {0,%d}(?=[^ \r\n#])" % (item_indent - 1))
    if lower.search(data, at - 1) is not None:  # the list of children is not the file's end
        return None
    return at, data.count(b"\n", 0, at)


# The packaged program started with this as its only argument is a helper (see launcher.py).
CHILD_FLAG = "--read-half"


def _command() -> list[str]:
    """How to start a helper: this same Python with this package, or the packaged program."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code = (f"import sys; sys.path.insert(0, {package_root!r}); "
            "from viewer.halves import child_main; child_main()")
    # -I: no current folder on the path (a json.py lying where the viewer was started from
    # would be imported), no PYTHON* variables, no user site; the virtualenv stays.
    return [sys.executable, "-I", "-c", code]


class Helper:
    """The helper process reading the second half. The loader's reader asks it at the split
    (through :meth:`stream`) and keeps what it says in ``outcome``; ``record`` and ``units`` are
    its answer when it read its half.

    It is a plain child process talking through its standard input and output: the half goes
    in (a line of JSON with the limits and the file's name, then the bytes), the units come out
    pickled in pieces (read back by the cache's unpickler, which builds only domain objects)."""

    def __init__(self, data: bytes, at: int, breaks: int, limits: Any, file: str) -> None:
        import json
        import subprocess
        import threading

        self.at = at
        self.prefix = data[:at]
        self.first_line = breaks + 1
        self.outcome: str | None = None  # "graft", "serial", "undecodable" or "cancelled"
        self.record: tuple = ()
        self.units: list = []
        self.grafted = False
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window
        self._process = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         creationflags=flags)
        header = json.dumps({"file": file, "limits": limits.as_dict(),
                             "code": _code_fingerprint()}).encode() + b"\n"
        # The half behind as many line breaks as come before it: its lines are the file's.
        half = (header + b"\n" * breaks, memoryview(data)[at:])  # no copy of the half itself
        self._answer: list[bytes] = []
        self._answered = threading.Event()
        # Threads write the half and read the answer while the loader reads its own.
        self._threads = [threading.Thread(target=self._send, args=half, daemon=True,
                                          name="viewer-send-half"),
                         threading.Thread(target=self._read, daemon=True, name="viewer-read-half")]
        for thread in self._threads:
            thread.start()

    def stream(self, prefix: bytes, rest: Callable[[], bytes], diags: Any,
               decode_all: Callable[[], bytes],
               cancelled: Callable[[], bool] | None) -> _Stream:
        """The bytes for the loader's YAML reader: ``prefix``, then at the split either the end
        (the helper read the rest: its units are in ``units``) or ``rest()``, read on as one
        reader would when the helper could not read its half or this half has errors already
        (``diags``). Nothing is raised inside the reader: what happened is in ``outcome``."""
        return _Stream(self, prefix, rest, diags, decode_all, cancelled)

    def _send(self, head: bytes, half: memoryview) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(head)
            stdin.write(half)
            stdin.close()
        except (OSError, ValueError):  # the helper is gone (cancelled, or it failed)
            pass

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        try:
            self._answer.append(stdout.read())
        except (OSError, ValueError):
            pass
        finally:
            self._answered.set()

    def receive(self, cancelled: Callable[[], bool] | None = None) -> bool:
        """Wait for the helper's answer; True when it read its half (``record``, ``units``),
        False when it could not. Raises LoadCancelled when ``cancelled()`` says so."""
        from . import cache

        while not self._answered.wait(0.05):
            if cancelled is not None and cancelled():
                from .results import LoadCancelled

                raise LoadCancelled
        if not self._answer or not self._answer[0]:
            return False
        try:
            record, units = cache.loads_units(self._answer.pop())
        except Exception:  # noqa: BLE001 - whatever went wrong, the loader reads on itself
            return False
        if not _well_formed(record, units):
            return False
        if os.environ.get("VIEWER_TRACE_HALVES"):  # the packaged app's smoke test asks
            print(f"halves: the helper process read {len(units)} units ({record[0]})",
                  file=sys.stderr)
        if record[0] != "ok":
            return False
        self.record, self.units = record, units
        return True

    def stop(self) -> None:
        """End the helper now, and drop any answer it gave."""
        if self._process.poll() is None:
            self._process.kill()
        self._answer.clear()

    def close(self) -> None:
        self.stop()
        self._process.wait(5)
        for thread in self._threads:
            thread.join(5)
        for stream in (self._process.stdin, self._process.stdout):
            try:
                stream.close()  # type: ignore[union-attr]
            except (OSError, ValueError):
                pass


class _Stream:
    """A file object for libyaml (it calls ``read`` for more bytes): see :meth:`Helper.stream`."""

    def __init__(self, helper: Helper, prefix: bytes, rest: Callable[[], bytes], diags: Any,
                 decode_all: Callable[[], bytes], cancelled: Callable[[], bool] | None) -> None:
        self._parts = [prefix]
        self._helper = helper
        self._rest = rest
        self._diags = diags
        self._decode_all = decode_all
        self._cancelled = cancelled

    def read(self, size: int) -> bytes:
        if self._parts:
            return self._parts.pop()
        helper = self._helper
        if helper.outcome is not None:
            return b""
        from .results import LoadCancelled

        try:
            joined = not self._diags.has_errors and helper.receive(self._cancelled)
        except LoadCancelled:
            helper.outcome = "cancelled"
            return b""
        if joined:
            helper.outcome = "graft"
            return b""
        helper.outcome = "serial"
        helper.stop()  # its half is read here now: no need for its time, memory or answer
        try:
            self._decode_all()  # the rest was only checked by the helper
        except Exception:  # noqa: BLE001 - the loader's _Abort: the file is not all text
            helper.outcome = "undecodable"
            return b""
        return self._rest()


def start(data: bytes, limits: Any, file: str) -> Helper | None:
    """A helper reading the second half of ``data``, or None when the file is read at once."""
    point = split_point(data)
    if point is None:
        return None
    try:
        return Helper(data, point[0], point[1], limits, file)
    except Exception:  # noqa: BLE001 - no second process (a locked-down PC): one reader will do
        return None


def child_main() -> None:
    """The helper process: read the half on standard input, write the units (or why not) to
    standard output, and end without taking its objects apart. Whatever goes wrong (the loader
    gone, no memory) it ends quietly: a packaged windowed program would otherwise show an error
    box of its own, and the loader reads on by itself when no answer comes."""
    try:
        _serve()
    except BaseException:  # noqa: BLE001 - see above
        os._exit(1)
    os._exit(0)


def _serve() -> None:
    import gc
    import json

    gc.disable()  # millions of young objects that all live until they are sent (see the loader)
    from . import cache, loader
    from .results import Limits

    stdin = sys.stdin.buffer
    header = json.loads(stdin.readline())
    text = stdin.read()
    if header.get("code") != _code_fingerprint():  # not the loader's code (an update meanwhile)
        record, units = ("failed",), []
    else:
        record, units = loader.read_half(text, Limits(**header["limits"]), header["file"])
    del text
    out = sys.stdout.buffer
    out.write(cache.dumps_units(record, units))
    out.flush()


def _code_fingerprint() -> str:
    """What the meaning of a file depends on (the cache's fingerprint): the helper must read
    with the very code the loader has, not a newer one installed while the program runs."""
    from . import cache

    return cache.fingerprint().hex()


def _well_formed(record: Any, units: Any) -> bool:
    """Whether an answer has the shape read_half gives (anything else: the loader reads on)."""
    if type(record) is not tuple or not record or type(units) is not list:
        return False
    if record[0] == "failed":
        return len(record) == 1 and not units
    return (record[0] == "ok" and len(record) == 6 and type(record[1]) is dict
            and type(record[2]) is int and type(record[3]) is frozenset
            and type(record[4]) is frozenset and type(record[5]) is list
            and all(type(k) is str and type(v) is int for k, v in record[1].items())
            and all(type(k) is str for k in record[3] | record[4]))
