"""YAML data file → frozen domain tree, with every problem as a positioned diagnostic.

How it reads:

1. The bytes are checked and decoded here (UTF-8, a BOM allowed; UTF-16 and legacy Vietnamese
   encodings are refused with the line and column of the first bad byte).
2. libyaml's parser (PyYAML's C ``CParser``; the pure-Python parser only where libyaml is
   missing) turns the text into *events*; a small builder makes a tree of positioned nodes
   from them. No YAML constructor ever runs, so no tag can create a Python object; anchors,
   aliases and tags are refused outright.
3. The schema check walks that tree once, collects every problem, and builds the domain
   objects. Types are decided by the schema, not by YAML 1.1's guesses: where text or a number
   belongs, a plain ``no``, ``010`` or ``2013-12-31`` that YAML 1.1 would make a boolean, an
   octal number or a date is an error that says so.
4. Consistency checks give warnings (children adding up past a parent's figure, declared rules
   that do not hold, totals that differ from their parts, figures with no source).

Nothing here imports Qt. Messages are codes with arguments (:mod:`viewer.messages`).
"""
from __future__ import annotations

import codecs
import difflib
import functools
import math
import os
import re
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Any, Callable, Iterable

import yaml

from .domain import (
    KNOWN_MEASURES,
    PER_VALUES,
    Check,
    Term,
    GRASSROOTS_KINDS,
    SUBORDINATE_KINDS,
    Dataset,
    Document,
    Kind,
    Measure,
    Metadata,
    Period,
    Point,
    Qualifier,
    Series,
    SeriesType,
    Source,
    Unit,
    Value,
    rollup,
    tidy_sum,
    values_equal,
)
from . import halves
from .messages import Diagnostic, Severity, Word
from .results import (  # noqa: F401 - also offered here, where they were first
    DEFAULT_LIMITS,
    LoadCancelled,
    LoadResult,
    Limits,
    Progress,
    age,
    collector_paused,
    settle,
    tidy,
)

FORMAT_VERSION = 1


_KNOWN_SET = frozenset(KNOWN_MEASURES)

# Measures that count units of some kinds below a unit: if the data lists more such units than
# the figure says, something is wrong.  (measure, kinds, children only?)
COUNTED_KINDS: dict[str, tuple[frozenset[Kind], bool]] = {
    "subordinate_committees": (SUBORDINATE_KINDS, True),
    "grassroots_organisations": (GRASSROOTS_KINDS, False),
    "commune_committees": (frozenset({Kind.COMMUNE}), False),
    "ward_committees": (frozenset({Kind.WARD}), False),
    "township_committees": (frozenset({Kind.TOWNSHIP}), False),
    "cells": (frozenset({Kind.CELL}), False),
}


# --------------------------------------------------------------------------- result


class _Abort(Exception):
    """Stops reading after a problem that makes the rest meaningless (syntax, limits)."""


# --------------------------------------------------------------------------- nodes


# Nodes are kept small: a national file has millions of them. A position is one int,
# ``line << 32 | column`` (1-based); a mapping keeps its keys' positions apart from its values.
_COL_BITS = 32
_COL_MASK = (1 << _COL_BITS) - 1


def _pack(line: int, col: int) -> int:
    return line << _COL_BITS | min(col, _COL_MASK)


class _Positioned:
    __slots__ = ("pos",)

    @property
    def line(self) -> int:
        return self.pos >> _COL_BITS

    @property
    def col(self) -> int:
        return self.pos & _COL_MASK


class Scalar(_Positioned):
    __slots__ = ("value", "plain")

    def __init__(self, value: str, plain: bool, pos: int) -> None:
        self.value = value
        self.plain = plain
        self.pos = pos


class MapNode(_Positioned):
    __slots__ = ("items", "keypos")

    def __init__(self, pos: int) -> None:
        self.items: dict[str, Any] = {}  # key text → value node
        self.keypos: dict[str, int] = {}  # key text → the key's position
        self.pos = pos

    def key_at(self, key: str) -> tuple[int, int]:
        pos = self.keypos[key]
        return pos >> _COL_BITS, pos & _COL_MASK


class SeqNode(_Positioned):
    __slots__ = ("items",)

    def __init__(self, pos: int) -> None:
        self.items: list[Any] = []
        self.pos = pos


class Invalid(_Positioned):
    """Stands where a refused construct (an alias) was; the schema check skips it silently."""

    __slots__ = ()

    def __init__(self, pos: int) -> None:
        self.pos = pos


Node = Scalar | MapNode | SeqNode | Invalid

# --------------------------------------------------------------------------- loading


def load_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
              *, long_lived: bool = False) -> LoadResult:
    """Read and check a data file. Never raises for bad input: problems are diagnostics.
    ``progress`` is told how far the reading is; when ``cancelled()`` answers True the loading
    stops with :class:`LoadCancelled`. ``long_lived``: see :func:`load_bytes`."""
    name = os.fspath(path)
    try:
        if os.path.isdir(name):
            return _failed(name, "not_a_file")
        if not os.path.exists(name):
            return _failed(name, "file_missing")
        if not os.path.isfile(name):  # a named pipe or a device: reading it could block forever
            return _failed(name, "not_regular_file")
        size = os.path.getsize(name)
        if size > limits.max_bytes:
            return _failed(name, "file_too_large", size=size, limit=limits.max_bytes)
        with open(name, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        return _failed(name, "read_failed", reason=exc.strerror or str(exc))
    if len(data) > limits.max_bytes:  # grew while we looked
        return _failed(name, "file_too_large", size=len(data), limit=limits.max_bytes)
    return load_bytes(data, name, limits, progress, cancelled, long_lived=long_lived)


def load_bytes(data: bytes, file: str = "<data>", limits: Limits = DEFAULT_LIMITS,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               *, long_lived: bool = False) -> LoadResult:
    """Check and build a data file's bytes (see :func:`load_file`).

    The garbage collector is paused while loading: its passes over millions of young objects
    would double the time, and they would find nothing to free. ``long_lived`` (a program that
    keeps the dataset on screen): a dataset built is then handed to :func:`settle`, so the
    collector never walks it again (a failed load settles nothing)."""
    if long_lived:
        tidy()
    with collector_paused():
        result = _load(data, file, limits, progress, cancelled)
        if result.ok:
            settle() if long_lived else age()
    return result


def _load(data: bytes, file: str, limits: Limits, progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> LoadResult:
    helper = halves.start(data, limits, file)
    if helper is not None:
        try:
            result = _read(data, file, limits, progress, cancelled, helper)
            if not (helper.grafted and result.errors):
                return result
            # A problem found after the halves were joined (the root's own checks, a unit id in
            # both halves): only one reader reports it exactly as one reader does.
        except halves.Failed:
            pass
        finally:
            helper.close()
    return _read(data, file, limits, progress, cancelled)


def _read(data: bytes, file: str, limits: Limits, progress: Progress | None,
          cancelled: Callable[[], bool] | None, helper: halves.Helper | None = None) -> LoadResult:
    """Check and build a file's bytes. With a ``helper`` reading the second half, the reader
    stops where that half begins and hangs the helper's units in the root's children list, or,
    when the helper could not read its half (or this half has errors), reads on by itself."""
    diags = _Diagnostics(file)
    schema = _Schema(diags, limits, file)
    if helper is None:
        try:
            root = _build_tree(_decode(data, diags, limits), diags, limits, schema.unit_node,
                               progress, cancelled)
        except _Abort:
            return LoadResult(file, None, diags.sorted())
    else:
        try:
            prefix = _decode(helper.prefix, _Diagnostics(file), limits)
        except _Abort:  # the whole file's first problem may lie further on
            raise halves.Failed("the first half is not text") from None
        def check_whole() -> bytes:  # the whole file text? (else _Abort)
            return _decode(data, _Diagnostics(file), limits)

        stream = helper.stream(prefix, lambda: data[helper.at:], diags, check_whole, cancelled)
        whole = data.removeprefix(_BOM)
        shown = progress
        if progress is not None:
            # Both halves are read at once: until the split, the share of its own half read is
            # the share of the file read; reading on by itself, the share of the whole file.
            scale = len(whole) / max(len(prefix), 1)

            def shown(share: float, progress: Progress = progress) -> None:
                progress(min(share * scale, 1.0) if helper.outcome is None else share)

        aborted = False
        try:
            root = _build_tree(whole, diags, limits, schema.unit_node, shown, cancelled,
                               stream=stream, graft=functools.partial(_graft, helper, schema))
        except _Abort:
            aborted = True
        if helper.outcome == "cancelled":
            raise LoadCancelled
        if aborted and helper.outcome is None:  # stopped before the split, by a problem there
            try:  # ... unless the rest is not text: one reader would say that alone
                check_whole()
            except _Abort:
                helper.outcome = "undecodable"
        if helper.outcome == "undecodable":  # the second half is not text: that alone is said
            return _read(data, file, limits, progress, cancelled)
        if helper.outcome == "graft" and (aborted or not helper.grafted):
            raise halves.Failed("the halves did not join")
        if aborted:
            return LoadResult(file, None, diags.sorted())
    dataset = schema.dataset(root)
    if diags.has_errors:
        return LoadResult(file, None, diags.sorted())
    assert dataset is not None
    _consistency(dataset, diags, helper.units if helper is not None and helper.grafted else ())
    return LoadResult(file, dataset, diags.sorted())


def _graft(helper: halves.Helper, schema: _Schema, children: SeqNode, closed_at: int) -> None:
    """The root's children list closed: when the reader stopped where the helper's half begins,
    add the helper's units to it, with what the checks across the whole file need."""
    if helper.outcome != "graft":
        return  # the reader read on by itself
    if closed_at < helper.first_line or helper.grafted:  # the split was not in this list
        raise halves.Failed("the split is not in the root's children")
    helper.grafted = True
    _, unit_ids, count, source_ids, measure_ids, warnings = helper.record
    if not schema.unit_ids.keys().isdisjoint(unit_ids):
        raise halves.Failed("a unit id in both halves")
    children.items.extend(helper.units)
    schema.unit_ids.update(unit_ids)
    schema.unit_count += count
    # Checked when the document closes, as a single reader does; any error means reading again.
    schema.source_refs.extend((sid, (0, 0)) for sid in source_ids)
    schema.measure_refs.extend((mid, (0, 0)) for mid in measure_ids)
    schema.d.items.extend(warnings)


def read_half(text: bytes, limits: Limits, file: str) -> tuple[tuple, list[Unit]]:
    """In the helper process: read a half that is a list of units (see :mod:`viewer.halves`).
    Returns a record of what the loader needs to check across the halves, and the units; or
    ``("failed",)`` when the half has any error (the loader then reads it itself)."""
    diags = _Diagnostics(file)
    schema = _Schema(diags, limits, file)
    # Two levels (the document and the root) stand above this list in the whole file.
    half_limits = limits.replace(max_depth=limits.max_depth - 2)
    try:
        # At its first error the half is given up (the loader reads it itself): the sooner the
        # loader knows, the less it waits.
        top = _build_tree(_decode(text, diags, limits), diags, half_limits, schema.unit_node,
                          cancelled=lambda: diags.has_errors, top_role=_CHILDREN)
    except (_Abort, LoadCancelled):
        return ("failed",), []
    units = top.items if top.__class__ is SeqNode else []  # type: ignore[union-attr]
    if diags.has_errors or not units or not all(u.__class__ is Unit for u in units):
        return ("failed",), []
    for child in units:  # each unit's checks look only at its own tree: done here
        for unit in child.walk():
            _unit_consistency(unit, diags)
    record = ("ok", schema.unit_ids, schema.unit_count,
              frozenset(map(_first, schema.source_refs)),
              frozenset(map(_first, schema.measure_refs)), diags.items)
    return record, units  # type: ignore[return-value]


def load_text(text: str, file: str = "<data>", limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    return load_bytes(text.encode("utf-8", "surrogatepass"), file, limits)


def _failed(file: str, code: str, **args: object) -> LoadResult:
    return LoadResult(file, None, [Diagnostic(Severity.ERROR, code, args, file)])


class _Diagnostics:
    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Diagnostic] = []
        self.has_errors = False

    def clear(self) -> None:
        self.items = []
        self.has_errors = False

    def sorted(self) -> list[Diagnostic]:
        """In the order of the file (problems found in one pass, reported top to bottom)."""
        return sorted(self.items, key=lambda d: (d.line, d.column))

    def error(self, at: Any, code: str, **args: object) -> None:
        self._add(Severity.ERROR, at, code, args)
        self.has_errors = True

    def warning(self, at: Any, code: str, **args: object) -> None:
        self._add(Severity.WARNING, at, code, args)

    def _add(self, severity: Severity, at: Any, code: str, args: dict[str, object]) -> None:
        if at is None:
            line = col = 0
        elif isinstance(at, tuple):
            line, col = at
        else:
            line, col = at.line, at.col
        self.items.append(Diagnostic(severity, code, args, self.file, line, col))


# --------------------------------------------------------------------------- bytes → text


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character, with CRLF, CR or LF ending lines (as YAML does)."""
    line, start = 1, 0
    for m in _LINE_BREAK.finditer(text, 0, index):
        line += 1
        start = m.end()
    return line, index - start + 1


def _position_of(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of a byte offset in (mostly) UTF-8 data."""
    prefix = data[:offset].decode("utf-8", "replace")
    return _text_position(prefix, len(prefix))


# Characters a data file may not hold: C0 controls but tab and line ends, DEL, C1 controls,
# and the characters YAML 1.1 counts as line ends though no editor shows a new line there
# (NEL, LINE and PARAGRAPH SEPARATOR), which would shift every position after them; a
# byte-order mark anywhere but at the start (two files joined); the non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
# In a double-quoted value, escapes (\0, \e, \a …) may still produce control characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _forbidden_char(diags: "_Diagnostics", text: str, index: int) -> None:
    ch = text[index]
    pos = _text_position(text, index)
    if ch == "\x00":
        diags.error(pos, "nul_byte")
    elif ch == "\ufeff":
        diags.error(pos, "bom_inside")
    else:
        diags.error(pos, "control_char", char=f"U+{ord(ch):04X}")


_BOM = b"\xef\xbb\xbf"


def _decode(data: bytes, diags: _Diagnostics, limits: Limits) -> bytes:
    """Check that the bytes are UTF-8 text (a BOM allowed) and return them without the BOM.
    The check decodes in pieces, so no decoded copy of a large file is ever held."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        diags.error((1, 1), "utf32")
        raise _Abort
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        diags.error((1, 1), "utf16")
        raise _Abort
    data = data.removeprefix(_BOM)
    if not data.strip():
        diags.error(None, "empty")
        raise _Abort
    head = data[:200]
    if head.count(b"\x00") * 3 > len(head):  # UTF-16 without a BOM: NULs between letters
        diags.error((1, 1), "utf16")
        raise _Abort
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = 1 << 20
    try:
        for offset in range(0, len(data), chunk):
            decoder.decode(data[offset:offset + chunk], offset + chunk >= len(data))
    except UnicodeDecodeError:
        try:
            data.decode("utf-8")  # again in one piece, for the exact offset
        except UnicodeDecodeError as exc:
            line, col = _position_of(data, exc.start)
            diags.error((line, col), "not_utf8", byte=f"{data[exc.start]:02X}")
        raise _Abort
    if _may_hold_forbidden(data):
        text = data.decode("utf-8")
        m = _FORBIDDEN.search(text)
        if m is not None:  # the first one, with its line and column
            _forbidden_char(diags, text, m.start())
            raise _Abort
    return data


# The bytes that are, in UTF-8, a character of _FORBIDDEN (C0 controls but tab and line breaks,
# DEL), or the first byte of one (U+0080-U+009F: C2 80-9F; U+2028, U+2029: E2 80 A8-A9; U+FEFF:
# EF BB BF; U+FFFE, U+FFFF: EF BF BE-BF). Every other byte is deleted by translate().
_FORBIDDEN_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_FORBIDDEN_LEADS = b"\xc2\xe2\xef"
_NOT_FORBIDDEN = bytes(b for b in range(256) if b not in _FORBIDDEN_BYTES + _FORBIDDEN_LEADS)
_FORBIDDEN_SEQUENCES = (re.compile(rb"\xc2[\x80-\x9f]"), re.compile(rb"\xe2\x80[\xa8\xa9]"),
                        re.compile(rb"\xef(?:\xbb\xbf|\xbf[\xbe\xbf])"))


def _may_hold_forbidden(data: bytes) -> bool:
    """Whether valid UTF-8 ``data`` holds a character that _FORBIDDEN matches (never False when
    it does). Searching the decoded text took 60 ms for 10 MiB of Vietnamese: the text's
    characters are two bytes wide. Here the bytes are filtered in C first, and only where one of
    the three leading bytes is there at all are their sequences looked for."""
    rest = data.translate(None, _NOT_FORBIDDEN)
    if not rest:
        return False
    if rest.translate(None, _FORBIDDEN_LEADS):  # a C0 control or DEL
        return True
    return any(lead in rest and pattern.search(data) is not None
               for lead, pattern in zip((b"\xc2", b"\xe2", b"\xef"), _FORBIDDEN_SEQUENCES))


# --------------------------------------------------------------------------- text → nodes

try:  # libyaml, when PyYAML was built with it
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on the installed PyYAML
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
_LIBYAML_MAX_DEPTH = 1000  # libyaml refuses deeper nesting by itself


def _char_at(data: bytes, line: int, column: int) -> str:
    """The character at a 0-based line and column (for a syntax error's message)."""
    lines = _LINE_BREAK.split(data.decode("utf-8", "replace"))
    if 0 <= line < len(lines) and 0 <= column < len(lines[line]):
        return lines[line][column]
    return ""


def _build_tree(data: bytes, diags: _Diagnostics, limits: Limits,
                on_unit: Callable[[MapNode], Any] | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, *, top_role: int = 0,
                stream: Any = None, graft: Callable[[SeqNode, int], None] | None = None) -> Node:
    """Events → nodes, iteratively (no recursion: the nesting may be deep).

    This loop runs once per YAML event (millions for a national file), so it is written flat:
    the common cases (a scalar as a key or value in a mapping, an item in a list) come first.
    libyaml reads the UTF-8 bytes itself (its columns count characters), so no decoded copy of
    the text is kept; short values, which repeat ("2013", "S1"), are shared.

    ``on_unit`` is called with each unit's mapping (``root:`` and every item of a unit's
    ``children:``) as soon as it closes, and what it returns (the built Unit) takes the
    mapping's place: the unit's nodes are then freed.

    For a file read in two halves (:mod:`viewer.halves`): ``top_role=_CHILDREN`` reads a half
    that is a list of units; ``stream`` (the file's bytes as libyaml asks for them) stands in
    for ``data``, and ``graft`` is called with the root's ``children:`` list, and the line where
    it closes, before the root is built.
    """
    stack: list[MapNode | SeqNode] = []
    roles: list[int] = []  # per open collection: _UNIT, _CHILDREN or 0
    # Per open collection: the text of the mapping key awaiting its value (None: a key is
    # awaited; _REFUSED_KEY: the key was refused, its value is dropped), and that key's position.
    # Keys are never made into nodes: half of all scalars are keys.
    keys: list[Any] = []
    keypos: list[int] = []
    root: list[Node] = []
    documents = 0
    max_string = limits.max_string
    max_depth = limits.max_depth
    shared: dict[str, str] = {}
    ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
    MappingStartEvent, SequenceStartEvent = yaml.MappingStartEvent, yaml.SequenceStartEvent
    MappingEndEvent, SequenceEndEvent = yaml.MappingEndEvent, yaml.SequenceEndEvent
    DocumentStartEvent, StreamEndEvent = yaml.DocumentStartEvent, yaml.StreamEndEvent
    normalize = unicodedata.normalize
    watch = progress is not None or cancelled is not None
    # An anchor is written with "&" and a tag with "!"; only a "\" escape can put a control
    # character in a value (written ones were refused): most files have none of these at all,
    # and then the checks are skipped for each of their millions of values.
    props = b"&" in data or b"!" in data
    escapes = b"\\" in data
    countdown = _REPORT_EVERY
    total = max(len(data), 1)

    def attach(node: Node) -> None:
        """Put a node where it belongs: the root, a list item, a mapping key or value."""
        if not stack:
            root.append(node)
            return
        parent = stack[-1]
        if parent.__class__ is SeqNode:
            parent.items.append(node)  # type: ignore[union-attr]
            return
        key = keys[-1]
        if key is None:
            if node.__class__ is Scalar:
                keys[-1] = node.value  # type: ignore[union-attr]
                keypos[-1] = node.pos
                return
            if node.__class__ is not Invalid:
                diags.error(node, "complex_key")
            keys[-1] = _REFUSED_KEY
            return
        keys[-1] = None
        if key is _REFUSED_KEY:  # its value goes with it
            return
        assert isinstance(parent, MapNode)
        if key in parent.items:
            at = keypos[-1]
            diags.error((at >> _COL_BITS, at & _COL_MASK), "duplicate_key", key=key,
                        first_line=parent.key_at(key)[0])
            return
        parent.items[key] = node
        parent.keypos[key] = keypos[-1]

    # The parser's own get_event() in a flat loop, not yaml.parse(): that generator wraps every
    # event in two more calls (check_event, then get_event), a third of the reading time.
    parser = _EventLoader(data if stream is None else stream)
    get_event = parser.get_event
    try:
        while True:
            ev = get_event()
            if watch:
                countdown -= 1
                if not countdown:
                    countdown = _REPORT_EVERY
                    if cancelled is not None and cancelled():
                        raise LoadCancelled
                    if progress is not None:
                        progress(min(ev.start_mark.index / total, 1.0))
            cls = ev.__class__
            if cls is ScalarEvent:
                mark = ev.start_mark
                if props and (ev.anchor is not None or ev.tag is not None):
                    _check_props(ev, mark.line + 1, mark.column + 1, diags)
                value = ev.value
                if escapes and ev.style == '"' and _CONTROL.search(value):
                    ch = _CONTROL.search(value).group()  # type: ignore[union-attr]
                    if ch == "\x00":
                        diags.error((mark.line + 1, mark.column + 1), "nul_byte")
                    else:
                        diags.error((mark.line + 1, mark.column + 1), "control_char", char=f"U+{ord(ch):04X}")
                    value = _CONTROL.sub("\ufffd", value)
                if len(value) > max_string:
                    diags.error((mark.line + 1, mark.column + 1), "string_too_long",
                                length=len(value), limit=max_string)
                    value = value[:max_string]
                # Values repeat ("2013", "S1", "Chi bộ thôn 1"): one copy of each short one is
                # kept, already in NFC, so neither the copy nor the normalizing is repeated.
                seen = shared.get(value)
                if seen is not None:
                    value = seen
                elif len(value) <= 40:
                    value = shared[value] = value if value.isascii() else normalize("NFC", value)
                elif not value.isascii():
                    value = normalize("NFC", value)
                pos = (mark.line + 1) << 32 | (mark.column + 1)
                if stack:
                    parent = stack[-1]
                    if parent.__class__ is MapNode:
                        key = keys[-1]
                        if key is None:  # a key: kept as its text and position
                            keys[-1] = value
                            keypos[-1] = pos
                            continue
                        if key is _REFUSED_KEY:
                            keys[-1] = None
                            continue
                        if key not in parent.items:  # type: ignore[operator]
                            keys[-1] = None
                            parent.items[key] = Scalar(value, not ev.style, pos)  # type: ignore[index]
                            parent.keypos[key] = keypos[-1]  # type: ignore[union-attr]
                            continue
                    else:
                        parent.items.append(Scalar(value, not ev.style, pos))  # type: ignore[union-attr]
                        continue
                attach(Scalar(value, not ev.style, pos))
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = ev.start_mark
                line, col = mark.line + 1, mark.column + 1
                if props and (ev.anchor is not None or ev.tag is not None):
                    _check_props(ev, line, col, diags)
                if len(stack) >= max_depth:
                    diags.error((line, col), "too_deep", limit=max_depth)
                    raise _Abort
                is_map = cls is MappingStartEvent
                pos = line << _COL_BITS | (col if col <= _COL_MASK else _COL_MASK)  # _pack()
                coll: MapNode | SeqNode = MapNode(pos) if is_map else SeqNode(pos)
                role = top_role
                if stack:
                    role = 0
                    parent_role = roles[-1]
                    parent = stack[-1]
                    if parent.__class__ is MapNode:
                        pname = keys[-1]
                        if is_map and len(stack) == 1 and pname == "root":
                            role = _UNIT
                        elif not is_map and parent_role == _UNIT and pname == "children":
                            role = _CHILDREN
                        # The value of a new key (what attach() does, without the call);
                        # a collection as a key, or a repeated key, are attach()'s to report.
                        if (pname is not None and pname is not _REFUSED_KEY
                                and pname not in parent.items):  # type: ignore[operator]
                            keys[-1] = None
                            parent.items[pname] = coll  # type: ignore[index]
                            parent.keypos[pname] = keypos[-1]  # type: ignore[union-attr]
                        else:
                            attach(coll)
                    else:
                        if is_map and parent_role == _CHILDREN:
                            role = _UNIT
                        parent.items.append(coll)  # type: ignore[union-attr]
                else:
                    attach(coll)
                stack.append(coll)
                keys.append(None)
                keypos.append(0)
                roles.append(role)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                done = stack.pop()
                keys.pop()
                keypos.pop()
                role = roles.pop()
                if role == _CHILDREN and graft is not None and len(stack) == 2:
                    graft(done, ev.start_mark.line + 1)  # type: ignore[arg-type]
                elif role == _UNIT and on_unit is not None:
                    container = stack[-1]
                    if container.__class__ is SeqNode:
                        if container.items and container.items[-1] is done:  # type: ignore[union-attr]
                            container.items[-1] = on_unit(done)  # type: ignore[union-attr, arg-type]
                    elif container.items.get("root") is done:  # type: ignore[union-attr]
                        container.items["root"] = on_unit(done)  # type: ignore[index, arg-type]
            elif cls is AliasEvent:
                mark = ev.start_mark
                diags.error((mark.line + 1, mark.column + 1), "alias")
                attach(Invalid(_pack(mark.line + 1, mark.column + 1)))
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = ev.start_mark
                    diags.error((mark.line + 1, mark.column + 1), "multiple_documents")
                    raise _Abort
            elif cls is StreamEndEvent:
                break
    except yaml.MarkedYAMLError as exc:
        # A syntax error: report that one error alone, at the problem's position.
        diags.clear()
        mark = exc.problem_mark or exc.context_mark
        pos = (mark.line + 1, mark.column + 1) if mark else None
        problem = (exc.problem or "").strip() or str(exc)
        if "maximum nesting depth" in problem:  # libyaml's own limit
            diags.error(pos, "too_deep", limit=min(max_depth, _LIBYAML_MAX_DEPTH))
            raise _Abort
        if mark is not None and _char_at(data, mark.line, mark.column) == "\t":
            diags.error(pos, "tab_char")
            raise _Abort
        if exc.context and exc.context_mark and mark is not exc.context_mark:
            diags.error(pos, "syntax_context", problem=problem, context=exc.context.strip(),
                        context_line=exc.context_mark.line + 1)
        else:
            diags.error(pos, "syntax", problem=problem)
        raise _Abort
    except yaml.YAMLError as exc:  # reader errors without a mark
        diags.clear()
        diags.error(None, "syntax", problem=str(exc).strip())
        raise _Abort
    finally:
        parser.dispose()
    if not root:
        diags.error(None, "empty")
        raise _Abort
    return root[0]


_UNIT, _CHILDREN = 1, 2
_first = itemgetter(0)
_REFUSED_KEY: Any = object()  # stands for a key that was refused (a list or mapping as a key)
_REPORT_EVERY = 20_000  # events between two progress reports / cancel checks


def _check_props(ev: Any, line: int, col: int, diags: _Diagnostics) -> None:
    if ev.anchor is not None:
        diags.error((line, col), "alias")
    tag = ev.tag
    if tag is not None:  # every tag, !!str included: a data file is plain values
        shown = "!!" + tag[len(_YAML_TAG_PREFIX):] if tag.startswith(_YAML_TAG_PREFIX) else tag
        diags.error((line, col), "tag", tag=shown)


# --------------------------------------------------------------------------- scalars

_resolver = yaml.resolver.Resolver()


# The first characters of the plain scalars YAML 1.1 may read as something other than text: its
# implicit resolvers are looked up by first character (booleans, numbers, dates, null, <<, =).
_YAML11_FIRST = frozenset([k for k in _resolver.yaml_implicit_resolvers if k] + list("yYnN"))


def _yaml11_reading(value: str) -> str | None:
    """What YAML 1.1 (PyYAML's safe loader, and y/n as the YAML 1.1 spec says) would make of a
    plain scalar, if not text."""
    if value and value[0] not in _YAML11_FIRST:  # most names and ids: no resolver looks
        return None
    return _yaml11_resolved(value)


@lru_cache(maxsize=4096)
def _yaml11_resolved(value: str) -> str | None:
    if value in ("y", "Y", "n", "N"):
        return "a_boolean"
    tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))
    return {
        "tag:yaml.org,2002:bool": "a_boolean",
        "tag:yaml.org,2002:int": "a_number",
        "tag:yaml.org,2002:float": "a_decimal_number",
        "tag:yaml.org,2002:null": "nothing",
        "tag:yaml.org,2002:timestamp": "a_date",
    }.get(tag)


_INT_RE = re.compile(r"-?(?:0|[1-9][0-9]*)")
_DEC_RE = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_THOUSANDS_KEY = re.compile(r"[0-9]{3}")
_GROUPED_RE = re.compile(r"-?[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-]*")
_MAX_EXACT = 2**53 - 1


_MAX_SUGGESTIONS = 50


def _short_list(items: list[str], most: int = 12) -> str:
    """An "expected one of" list that stays short however many choices there are."""
    if not items:
        return "—"
    shown = ", ".join(items[:most])
    return shown + (", …" if len(items) > most else "")


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _describe(node: Node) -> Word:
    if isinstance(node, MapNode):
        return Word("a_mapping")
    if isinstance(node, SeqNode):
        return Word("a_list")
    if isinstance(node, Scalar):
        if node.plain:
            reading = _yaml11_reading(node.value)
            if reading:
                return Word(reading)
        return Word("text")
    return Word("nothing")


_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))


def _is_null(node: Node) -> bool:
    return node.__class__ is Scalar and node.plain and node.value in _NULL_WORDS  # type: ignore[union-attr]


# --------------------------------------------------------------------------- schema

_REQUIRED: dict[int, tuple[str, ...]] = {}


def _required(keys: dict[str, bool]) -> tuple[str, ...]:
    """The required keys of one of the module's key tables (computed once per table)."""
    found = _REQUIRED.get(id(keys))
    if found is None:
        found = _REQUIRED[id(keys)] = tuple(k for k, required in keys.items() if required)
    return found


class _Schema:
    """Checks the node tree against the format and builds domain objects, collecting every
    problem. Each ``_x`` method returns the built value, or None when it was invalid."""

    def __init__(self, diags: _Diagnostics, limits: Limits, file: str) -> None:
        self.d = diags
        self.limits = limits
        self.file = file
        self.source_refs: list[tuple[str, Scalar]] = []  # (source id, where it is used)
        self.good_refs: dict[tuple[str, bool], str] = {}  # (text, plain) → a well-formed source id
        self.measure_refs: list[tuple[str, Any]] = []  # (measure id, where: a node or (line, col))
        self.unit_ids: dict[str, int] = {}  # id → packed position of its first use
        self.unit_count = 0
        self.kind_at: dict[Unit, int] = {}  # where an open unit's kind is written (packed)
        self.fast_digits = min(15, limits.max_number_chars)  # see number()

    # ---- generic helpers

    def mapping(self, node: Node, keys: dict[str, bool], what: str) -> dict[str, Node] | None:
        """Check a mapping's keys: ``keys`` maps each allowed key to whether it is required."""
        if isinstance(node, Invalid):
            return None
        if not isinstance(node, MapNode):
            self.d.error(node, "wrong_type", found=_describe(node), expected=Word("a_mapping"))
            return None
        if node.items.keys() <= keys.keys():  # the usual case: every key allowed
            for key in _required(keys):
                if key not in node.items:
                    self.d.error(node, "missing_key", key=key, what=Word(_MISSING_WHAT.get(key, "a_value")))
            return node.items
        out: dict[str, Node] = {}
        previous: str | None = None
        for key, vnode in node.items.items():
            if key in keys:
                out[key] = vnode
                previous = key
                continue
            before = out.get(previous) if previous else None
            if (_THOUSANDS_KEY.fullmatch(key) and _is_null(vnode) and isinstance(before, Scalar)
                    and before.plain and _INT_RE.fullmatch(before.value)):
                # {value: 53,538}: in braces the comma split the number and 538 became a key.
                self.d.error(before, "bad_number", text=f"{before.value},{key}")
                out[previous] = Invalid(before.pos)  # type: ignore[index]
                continue
            allowed = ", ".join(keys)
            suggestion = _suggest(key, keys)
            if suggestion and suggestion not in node.items:
                self.d.error(node.key_at(key), "unknown_key_suggest", key=key, suggestion=suggestion,
                             expected=allowed)
            else:
                self.d.error(node.key_at(key), "unknown_key", key=key, expected=allowed)
        for key in _required(keys):
            if key not in out:
                self.d.error(node, "missing_key", key=key, what=Word(_MISSING_WHAT.get(key, "a_value")))
        return out

    def seq(self, node: Node | None) -> list[Node]:
        if node is None or _is_null(node) or isinstance(node, Invalid):
            return []
        if not isinstance(node, SeqNode):
            self.d.error(node, "wrong_type", found=_describe(node), expected=Word("a_list"))
            return []
        return node.items

    def text(self, node: Node | None, what: str = "text", *, loose: bool = False,
             required: bool = False) -> str | None:
        """A text value. ``loose``: plain numbers and dates count as their text (dates of sources)."""
        if node is None or _is_null(node):
            if required and node is not None:
                self.d.error(node, "empty_text", what=Word(what))
            return None
        if not isinstance(node, Scalar):
            if not isinstance(node, Invalid):
                self.d.error(node, "wrong_type", found=_describe(node), expected=Word("text"))
            return None
        if node.plain and not loose:
            reading = _yaml11_reading(node.value)
            if reading:
                self.d.error(node, "yaml11_surprise", text=node.value, read_as=Word(reading),
                             expected=Word("text"))
                return None
        value = node.value.strip()
        if required and not value:
            self.d.error(node, "empty_text", what=Word(what))
            return None
        return value

    def ident(self, node: Node | None, what: str = "an_id") -> str | None:
        if node is None:
            return None
        if isinstance(node, Scalar) and node.plain and _INT_RE.fullmatch(node.value):
            value: str | None = node.value  # numeric ids such as 06019 or 178 are fine
        else:
            value = self.text(node, what, required=True)
        if value is None:
            return None
        if not _ID_RE.fullmatch(value):
            self.d.error(node, "bad_id", text=value)
            return None
        return value

    def notes(self, node: Node | None) -> tuple[str, ...]:
        if node is None or _is_null(node):
            return ()
        if isinstance(node, Scalar):
            t = self.text(node)
            return (t,) if t else ()
        out = []
        for item in self.seq(node):
            t = self.text(item)
            if t:
                out.append(t)
        return tuple(out)

    def number(self, node: Node | None, *, integer: bool = False,
               nonnegative: bool = True) -> int | float | None:
        if node.__class__ is Scalar and node.plain:  # type: ignore[union-attr]
            # Nearly every number of a file: a plain whole number, no sign, no leading zero,
            # of at most 15 digits (within _MAX_EXACT) and within max_number_chars.
            text = node.value  # type: ignore[union-attr]
            if (text.isdigit() and text.isascii() and len(text) <= self.fast_digits
                    and (text[0] != "0" or text == "0")):
                return int(text)
        if node is None or _is_null(node):
            return None
        if not isinstance(node, Scalar):
            if not isinstance(node, Invalid):
                self.d.error(node, "wrong_type", found=_describe(node),
                             expected=Word("a_whole_number" if integer else "a_number"))
            return None
        text = node.value
        if not node.plain:
            self.d.error(node, "number_text", text=text)
            return None
        if len(text) > self.limits.max_number_chars:
            self.d.error(node, "number_too_large", text=text[:20] + "…")
            return None
        low = text.lower()
        if low in (".nan", ".inf", "-.inf", "+.inf", "nan", "inf", "-inf", "infinity", "-infinity"):
            self.d.error(node, "not_finite", text=text)
            return None
        value: int | float
        if _INT_RE.fullmatch(text):
            value = int(text)
        elif _DEC_RE.fullmatch(text):
            grouped = _GROUPED_RE.fullmatch(text) is not None  # 53.538: Vietnamese grouping
            if integer:
                if grouped:
                    self.d.error(node, "thousands_separator", text=text, digits=text.replace(".", ""))
                else:
                    self.d.error(node, "not_integer", text=text)
                return None
            if grouped:
                self.d.warning(node, "maybe_thousands_separator", text=text, digits=text.replace(".", ""))
            value = float(text)
            if not math.isfinite(value):
                self.d.error(node, "not_finite", text=text)
                return None
        elif re.fullmatch(r"[-+]?0[0-9_]+", text):
            self.d.error(node, "leading_zero", text=text)
            return None
        else:
            reading = _yaml11_reading(text)
            if reading and reading not in ("a_number", "a_decimal_number"):
                self.d.error(node, "yaml11_surprise", text=text, read_as=Word(reading),
                             expected=Word("a_number"))
            else:
                self.d.error(node, "bad_number", text=text)
            return None
        if abs(value) > _MAX_EXACT:
            self.d.error(node, "number_too_large", text=text)
            return None
        if nonnegative and value < 0:
            self.d.error(node, "negative", value=value)
            return None
        return value

    def period(self, node: Node | None) -> Period | None:
        if node is None or _is_null(node):
            return None
        if not isinstance(node, Scalar):
            if not isinstance(node, Invalid):
                self.d.error(node, "wrong_type", found=_describe(node), expected=Word("a_period"))
            return None
        try:
            return Period.parse(node.value)
        except ValueError:
            self.d.error(node, "bad_period", text=node.value)
            return None

    def enum(self, node: Node | None, choices: dict[str, Any], default: Any = None) -> Any:
        if node is None or _is_null(node):
            return default
        value = self.text(node, loose=True)
        if value is None:
            return default
        if value in choices:
            return choices[value]
        expected = ", ".join(choices)
        suggestion = _suggest(value, choices)
        if suggestion:
            self.d.error(node, "bad_enum_suggest", text=value, suggestion=suggestion, expected=expected)
        else:
            self.d.error(node, "bad_enum", text=value, expected=expected)
        return None

    def source_ref(self, node: Node | None) -> str | None:
        if node is None or _is_null(node):
            return None
        if node.__class__ is Scalar:  # the same few source ids all over the file
            sid = self.good_refs.get((node.value, node.plain))  # type: ignore[union-attr]
            if sid is not None:
                self.source_refs.append((sid, node))
                return sid
        sid = self.ident(node, "a_source_id")
        if sid is not None and isinstance(node, Scalar):
            self.source_refs.append((sid, node))
            self.good_refs[node.value, node.plain] = sid
        return sid

    # ---- the document

    def dataset(self, root: Node) -> Dataset | None:
        top = self.mapping(root, _TOP_KEYS, "top")
        if top is None:
            return None
        version_node = top.get("format")
        if version_node is not None:
            if not (isinstance(version_node, Scalar) and version_node.plain
                    and version_node.value == str(FORMAT_VERSION)):
                text = version_node.value if isinstance(version_node, Scalar) else "?"
                if isinstance(version_node, Scalar) and not version_node.plain:
                    text = f'"{text}"'  # the quotes are the problem: show them
                self.d.error(version_node, "bad_format_version", text=text)
                # Another version: the rest would only give confusing errors.
                return None
        metadata = self.metadata(top.get("metadata"))
        sources = self.sources(top.get("sources"))
        measures = self.measures(top.get("measures"))
        root_node = top.get("root")
        root_unit = root_node if isinstance(root_node, Unit) else None
        if root_node is not None and not isinstance(root_node, (Unit, Invalid)):
            self.d.error(root_node, "wrong_type", found=_describe(root_node), expected=Word("a_mapping"))
        # Hundreds of thousands of uses of a handful of ids: look at each use only when some id
        # is unknown.
        if not sources.keys() >= set(map(_first, self.source_refs)):
            known_sources = _short_list(sorted(sources))
            for sid, at in self.source_refs:
                if sid not in sources:
                    self.d.error(at, "unknown_source", id=sid, expected=known_sources)
        known_measures = set(KNOWN_MEASURES) | set(measures)
        if not known_measures.issuperset(map(_first, self.measure_refs)):
            suggested = 0
            for mid, at in self.measure_refs:
                if mid not in known_measures:
                    # Suggestions compare with every measure: only the first few get one, so a file
                    # with thousands of misspelt measures still loads in a moment.
                    suggestion = _suggest(mid, known_measures) if suggested < _MAX_SUGGESTIONS else None
                    suggested += 1
                    if suggestion:
                        self.d.error(at, "unknown_measure_suggest", id=mid, suggestion=suggestion,
                                     expected=", ".join(KNOWN_MEASURES))
                    else:
                        self.d.error(at, "unknown_measure", id=mid, expected=", ".join(KNOWN_MEASURES))
        if self.d.has_errors or metadata is None or root_unit is None:
            return None
        return Dataset(metadata, sources, measures, root_unit, self.file)

    def metadata(self, node: Node | None) -> Metadata | None:
        if node is None:
            return None
        m = self.mapping(node, _METADATA_KEYS, "metadata")
        if m is None:
            return None
        title = self.text(m.get("title"), "a_title", required=True)
        language = self.text(m.get("language")) or "vi"
        as_of = self.period(m.get("as_of"))
        result = Metadata(
            title=title or "",
            language=language,
            as_of=as_of,
            issuing_body=self.text(m.get("issuing_body")) or "",
            place=self.text(m.get("place")) or "",
            description=self.text(m.get("description")) or "",
            notes=self.notes(m.get("notes")),
        )
        return result if title else None

    def sources(self, node: Node | None) -> dict[str, Source]:
        out: dict[str, Source] = {}
        first: dict[str, int] = {}
        for item in self.seq(node):
            m = self.mapping(item, _SOURCE_KEYS, "source")
            if m is None:
                continue
            sid = self.ident(m.get("id"))
            title = self.text(m.get("title"), "a_title", required=True)
            src = Source(
                id=sid or "",
                title=title or "",
                publisher=self.text(m.get("publisher")) or "",
                date=self.text(m.get("date"), loose=True) or "",
                url=self.text(m.get("url")) or "",
                file=self.text(m.get("file")) or "",
                note=self.text(m.get("note")) or "",
            )
            if sid is None:
                continue
            if sid in out:
                self.d.error(m["id"], "duplicate_id", what=Word("source"), id=sid, first_line=first[sid])
                continue
            first[sid] = m["id"].line  # type: ignore[union-attr]
            out[sid] = src
        return out

    def measures(self, node: Node | None) -> dict[str, Measure]:
        out: dict[str, Measure] = {}
        first: dict[str, int] = {}
        for item in self.seq(node):
            m = self.mapping(item, _MEASURE_KEYS, "measure")
            if m is None:
                continue
            mid = self.ident(m.get("id"))
            label = self.text(m.get("label")) or ""
            unit = self.text(m.get("unit")) or ""
            if mid is None:
                continue
            if mid in out:
                self.d.error(m["id"], "duplicate_id", what=Word("measure"), id=mid, first_line=first[mid])
                continue
            first[mid] = m["id"].line  # type: ignore[union-attr]
            out[mid] = Measure(mid, label, unit)
        return out

    # ---- units (iterative: the tree may be deep)

    # ---- units: checked and built as the reader closes each one (see _build_tree), so that
    # the nodes of a finished unit are freed at once and a national file never stands whole
    # as nodes in memory.

    def unit_node(self, node: MapNode) -> Unit | Invalid:
        """Check and build one unit whose children are already built (Units, or Invalid where a
        child failed). Returns Invalid when this unit or any below it has an error."""
        self.unit_count += 1
        if self.unit_count > self.limits.max_units:
            self.d.error(node, "too_many_units", limit=self.limits.max_units)
            raise _Abort
        m = self.mapping(node, _UNIT_KEYS, "unit")
        if m is None:
            return Invalid(node.pos)
        uid_node = m.get("id")
        uid = self.ident(uid_node)
        if uid is not None and isinstance(uid_node, Scalar):
            # Units close children first: the one further down the file is the duplicate.
            first = self.unit_ids.get(uid)
            if first is None:
                self.unit_ids[uid] = uid_node.pos
            else:
                dup, orig = (uid_node.pos, first) if uid_node.pos > first else (first, uid_node.pos)
                self.unit_ids[uid] = orig
                self.d.error((dup >> _COL_BITS, dup & _COL_MASK), "duplicate_id", what=Word("unit"),
                             id=uid, first_line=orig >> _COL_BITS)
        kind = self.enum(m.get("kind"), _KINDS)
        name = self.text(m.get("name"), "a_name", required=True)
        # A key that is not there gives what these give for None, without their calls (most
        # units of a large file have a few of the keys a unit may have).
        code = self.ident(m["code"]) if "code" in m else None
        count = self.number(m["count"], integer=True) if "count" in m else None
        if count is not None and count < 1:
            self.d.error(m["count"], "count_too_small", value=count)
        source = self.source_ref(m["source"]) if "source" in m else None
        figures = self.figures(m["figures"], source) if "figures" in m else {}
        series = self.series_list(m["series"], source) if "series" in m else []
        documents = self.documents(m["documents"]) if "documents" in m else []
        notes = self.notes(m["notes"]) if "notes" in m else ()
        checks = self.checks(m["checks"]) if "checks" in m else []
        if count is not None and count >= 1 and not notes:
            self.d.warning(m["count"], "count_without_note", count=count)
        children: list[Unit] = []
        children_ok = True
        for item in self.seq(m.get("children")):
            if isinstance(item, Unit):
                children.append(item)
                if kind is not None and item.kind.rank <= kind.rank:
                    lower = [k.value for k in Kind if k.rank > kind.rank]
                    at = self.kind_at.get(item, item.line << _COL_BITS)
                    self.d.error((at >> _COL_BITS, at & _COL_MASK), "kind_order",
                                 child=item.kind.value, parent=kind.value, expected=", ".join(lower))
            else:
                children_ok = False
                if not isinstance(item, Invalid):
                    self.d.error(item, "wrong_type", found=_describe(item), expected=Word("a_mapping"))
        if (uid is None or name is None or kind is None or figures is None or not children_ok
                or self.d.has_errors):
            return Invalid(node.pos)
        unit = Unit(
            id=uid,
            name=name,
            kind=kind,
            code=code or "",
            figures=figures,
            series=tuple(series),
            documents=tuple(documents),
            notes=notes,
            count=count if isinstance(count, int) and count >= 1 else None,
            children=tuple(children),
            line=node.line,
            source=source,
            checks=tuple(checks),
        )
        self.kind_at[unit] = m["kind"].pos
        for child in children:
            self.kind_at.pop(child, None)
        return unit

    def value_entry(self, node: Node, keys: dict[str, bool], default_source: str | None,
                    need_as_of: bool = True, integer: bool = False) -> Value | None | bool:
        """A dated value. Returns False when it is explicitly not reported (value: null)."""
        m = self.mapping(node, keys, "value")
        if m is None:
            return None
        value = self.number(m.get("value"), integer=integer)
        as_of = self.period(m.get("as_of"))
        qualifier = self.enum(m["qualifier"], _QUALIFIERS, Qualifier.EXACT) if "qualifier" in m else Qualifier.EXACT
        source = (self.source_ref(m["source"]) if "source" in m else None) or default_source
        note = (self.text(m["note"]) or "") if "note" in m else ""
        per = self.enum(m["per"], _PER, "") if "per" in keys and "per" in m else ""
        if "value" in m and _is_null(m["value"]):
            return False
        if value is None or (need_as_of and as_of is None) or qualifier is None or per is None:
            return None
        if source is None:
            self.d.warning(node, "no_source")
        return Value(value, as_of, source, qualifier, note, node.line, node.col, per)

    def figures(self, node: Node | None, default_source: str | None) -> dict[str, tuple[Value, ...]] | None:
        if node is None or _is_null(node):
            return {}
        if not isinstance(node, MapNode):
            self.d.error(node, "wrong_type", found=_describe(node), expected=Word("a_mapping"))
            return None
        out: dict[str, tuple[Value, ...]] = {}
        ok = True
        for key, vnode in node.items.items():
            if not _ID_RE.fullmatch(key):
                self.d.error(node.key_at(key), "bad_id", text=key)
                ok = False
                continue
            self.measure_refs.append((key, node.key_at(key)))
            values: list[Value] = []
            seen: dict[str, int] = {}
            counts = key in _KNOWN_SET  # the measures the app knows are all counts
            for item in self.seq(vnode):
                v = self.value_entry(item, _VALUE_KEYS, default_source, integer=counts)
                if v is None:
                    ok = False
                elif v is not False:
                    assert isinstance(v, Value)
                    first = seen.get(v.as_of.text)
                    if first is not None:
                        self.d.error(item, "duplicate_point", where=v.as_of.text, first_line=first)
                        ok = False
                    seen[v.as_of.text] = item.line
                    values.append(v)
            if values:
                values.sort(key=lambda v: v.as_of)
                out[key] = tuple(values)
        return out if ok else None

    def series_list(self, node: Node | None, default_source: str | None) -> list[Series]:
        out = []
        first: dict[str, int] = {}
        for item in self.seq(node):
            s = self.series(item, default_source)
            if s is None:
                continue
            if s.id in first:
                self.d.error(item, "duplicate_id", what=Word("series"), id=s.id, first_line=first[s.id])
                continue
            first[s.id] = item.line
            out.append(s)
        return out

    def series(self, node: Node, default_source: str | None = None) -> Series | None:
        m = self.mapping(node, _SERIES_KEYS, "series")
        if m is None:
            return None
        sid = self.ident(m.get("id"))
        title = self.text(m.get("title"), "a_title", required=True)
        stype = self.enum(m.get("type"), _SERIES_TYPES)
        unit = self.text(m.get("unit")) or ""
        measure = self.ident(m.get("measure")) if "measure" in m else None
        if measure and isinstance(m.get("measure"), Scalar):
            self.measure_refs.append((measure, m["measure"]))  # type: ignore[arg-type]
        period = self.period(m.get("period"))
        source = self.source_ref(m.get("source"))
        points_source = source or default_source
        counts = measure in _KNOWN_SET
        note = self.text(m.get("note")) or ""
        total = None
        if m.get("total") is not None and not _is_null(m["total"]):
            t = self.value_entry(m["total"], _TOTAL_KEYS, points_source, need_as_of=False,
                                 integer=counts)
            total = t if isinstance(t, Value) else None
        points: list[Point] = []
        seen: dict[tuple[str, str], int] = {}
        unreported: dict[tuple[str, str], Point] = {}  # value: null — kept unless a value is given too
        point_nodes = self.seq(m.get("points"))
        for pnode in point_nodes:
            p = self.point(pnode, stype, points_source, counts)
            if p is None:
                continue
            where = (p.period.text if p.period else p.category, p.group)
            if p.value is None:
                unreported.setdefault(where, p)
                continue
            if where in seen:
                label = where[0] + (f" / {where[1]}" if where[1] else "")
                self.d.error(pnode, "duplicate_point", where=label, first_line=seen[where])
                continue
            seen[where] = pnode.line
            points.append(p)
        points.extend(p for where, p in unreported.items() if where not in seen)
        if stype is not SeriesType.LINE and unreported:  # bars keep the order they were written in
            points.sort(key=lambda p: (p.line, p.col))
        if sid is None or title is None or stype is None:
            return None
        if stype is SeriesType.LINE:
            points.sort(key=lambda p: p.period)  # type: ignore[arg-type, return-value]
        return Series(sid, title, stype, tuple(points), unit, measure or "", period, total,
                      points_source, note)

    def point(self, node: Node, stype: SeriesType | None, default_source: str | None,
              integer: bool = False) -> Point | None:
        m = self.mapping(node, _POINT_KEYS, "point")
        if m is None:
            return None
        value = self.number(m.get("value"), integer=integer)
        period = self.period(m.get("period"))
        category = self.text(m.get("category")) or ""
        group = self.text(m.get("group"), loose=True) or ""
        qualifier = self.enum(m.get("qualifier"), _QUALIFIERS, Qualifier.EXACT)
        source = self.source_ref(m.get("source")) or default_source
        note = self.text(m.get("note")) or ""
        per = self.enum(m.get("per"), _PER, "")
        if per is None:
            return None
        if stype is SeriesType.LINE and period is None:
            if "period" not in m or _is_null(m["period"]):
                self.d.error(node, "point_needs_period")
            return None  # (a malformed period was reported where it stands)
        if stype in (SeriesType.BAR, SeriesType.STACKED) and not category:
            if "category" not in m or _is_null(m["category"]):
                self.d.error(node, "point_needs_category", type=stype.value)
            elif isinstance(m["category"], Scalar) and not m["category"].value.strip():
                self.d.error(m["category"], "empty_text", what=Word("a_category"))
            return None
        if "value" not in m:
            self.d.error(node, "missing_key", key="value", what=Word("a_value"))
            return None
        if qualifier is None or (value is None and not _is_null(m["value"])):
            return None  # (a malformed value was reported where it stands)
        if source is None:
            self.d.warning(node, "no_source")
        return Point(value, period, category, group, qualifier, source, note, node.line, node.col, per)

    def documents(self, node: Node | None) -> list[Document]:
        out = []
        for item in self.seq(node):
            m = self.mapping(item, _DOCUMENT_KEYS, "document")
            if m is None:
                continue
            number = self.text(m.get("number"), "a_document_number", loose=True, required=True)
            doc = Document(
                number=number or "",
                date=self.period(m.get("date")),
                title=self.text(m.get("title")) or "",
                issuer=self.text(m.get("issuer")) or "",
                source=self.source_ref(m.get("source")),
                note=self.text(m.get("note")) or "",
            )
            if number:
                out.append(doc)
        return out

    def checks(self, node: Node | None) -> list[Check]:
        out = []
        for item in self.seq(node):
            m = self.mapping(item, _CHECK_KEYS, "check")
            if m is None:
                continue
            rule = self.text(m.get("rule"), "a_rule", required=True)
            note = self.text(m.get("note")) or ""
            if rule is None:
                continue
            parsed = parse_rule(rule)
            if parsed is None:
                self.d.error(m["rule"], "bad_check", text=rule)
                continue
            for term in parsed[0] + parsed[1]:
                self.measure_refs.append((term[1], m["rule"]))  # type: ignore[arg-type]
            out.append(Check(rule, parsed[0], parsed[1], note, m["rule"].line, m["rule"].col))  # type: ignore[union-attr]
        return out



# --------------------------------------------------------------------------- rules

_TERM_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9_.:\-]*)@(\S+)")


def parse_rule(rule: str) -> tuple[tuple[Term, ...], tuple[Term, ...]] | None:
    """``a@2013 = b@2010 - c@2013``: terms joined by `` + `` / `` - `` (spaces required)."""
    if rule.count("=") != 1:
        return None
    sides = []
    for side in rule.split("="):
        tokens = side.replace("−", "-").split()
        terms: list[Term] = []
        sign = 1
        expect_term = True
        for tok in tokens:
            if expect_term:
                m = _TERM_RE.fullmatch(tok)
                if not m:
                    return None
                try:
                    period = Period.parse(m[2]).text
                except ValueError:
                    return None
                terms.append((sign, m[1], period))
                expect_term = False
            else:
                if tok not in ("+", "-"):
                    return None
                sign = 1 if tok == "+" else -1
                expect_term = True
        if expect_term or not terms:
            return None
        sides.append(tuple(terms))
    return sides[0], sides[1]


# --------------------------------------------------------------------------- consistency


def _consistency(ds: Dataset, diags: _Diagnostics, checked: Iterable[Unit] = ()) -> None:
    """Warnings where a unit's figures disagree with those below it (each unit's checks look
    only at its own tree), except in the trees of ``checked`` (a helper checked them)."""
    skip = {id(unit) for unit in checked}
    stack = [ds.root]
    while stack:
        unit = stack.pop()
        if id(unit) not in skip:
            _unit_consistency(unit, diags)
            stack.extend(unit.children)


def _unit_consistency(unit: Unit, diags: _Diagnostics) -> None:
    for check in unit.checks:
        _run_check(unit, check, diags)
    if unit.children:
        for measure in unit.figures:
            r = rollup(unit, measure)
            if r is None or not r.disagrees or r.own is None:
                continue
            at = (r.own.line, r.own.col)
            if r.total > r.own.value:
                diags.warning(at, "rollup_exceeds", measure=measure, total=r.total, own=r.own.value)
            else:
                diags.warning(at, "rollup_differs", measure=measure, total=r.total, own=r.own.value)
        for measure, (kinds, children_only) in COUNTED_KINDS.items():
            own = unit.latest(measure)
            if own is None or own.qualifier.is_lower_bound:
                continue
            nodes = unit.children if children_only else _descendants(unit)
            listed = sum(n.represents for n in nodes if n.kind in kinds)
            if listed > own.value:
                diags.warning((own.line, own.col), "listed_exceeds", listed=listed, measure=measure,
                              own=own.value)
    for s in unit.series:
        if s.total is None or s.type is SeriesType.LINE or len(s.groups) > 1:
            continue
        if any(p.value is None for p in s.points):
            continue  # a part not reported: the parts cannot be checked against the total
        total = tidy_sum(sum(p.value for p in s.points))  # type: ignore[misc]
        exact = all(p.qualifier is Qualifier.EXACT for p in s.points)
        if exact and s.total.qualifier is Qualifier.EXACT and not values_equal(total, s.total.value):
            diags.warning((s.total.line, s.total.col), "total_mismatch", series=s.id, sum=total,
                          total=s.total.value)


def _descendants(unit: Unit) -> Iterable[Unit]:
    it = unit.walk()
    next(it)
    return it


def _run_check(unit: Unit, check: Check, diags: _Diagnostics) -> None:
    inexact = False

    def side(terms: tuple[Term, ...]) -> int | float | None:
        nonlocal inexact
        total: int | float = 0
        for sign, measure, period in terms:
            v = unit.value_at(measure, period)
            if v is None:
                diags.warning((check.line, check.col), "check_unknown_value", term=f"{measure}@{period}")
                return None
            if v.qualifier is not Qualifier.EXACT:
                inexact = True  # a bound or an "about" cannot prove the rule wrong
            total += sign * v.value
        return tidy_sum(total)

    left, right = side(check.left), side(check.right)
    if left is not None and right is not None and not inexact and not values_equal(left, right):
        diags.warning((check.line, check.col), "check_failed", rule=check.rule, left=left, right=right)


# --------------------------------------------------------------------------- key tables

_TOP_KEYS = {"format": True, "metadata": True, "sources": False, "measures": False, "root": True}
_METADATA_KEYS = {"title": True, "language": False, "as_of": False, "issuing_body": False,
                  "place": False, "description": False, "notes": False}
_SOURCE_KEYS = {"id": True, "title": True, "publisher": False, "date": False, "url": False,
                "file": False, "note": False}
_MEASURE_KEYS = {"id": True, "label": False, "unit": False}
_UNIT_KEYS = {"id": True, "name": True, "kind": True, "code": False, "source": False,
              "count": False, "figures": False, "series": False, "documents": False,
              "checks": False, "notes": False, "children": False}
_VALUE_KEYS = {"value": True, "as_of": True, "qualifier": False, "per": False, "source": False,
               "note": False}
_TOTAL_KEYS = {"value": True, "as_of": False, "qualifier": False, "source": False, "note": False}
_SERIES_KEYS = {"id": True, "title": True, "type": True, "unit": False, "measure": False,
                "period": False, "total": False, "source": False, "note": False, "points": True}
_POINT_KEYS = {"value": True, "period": False, "category": False, "group": False,
               "qualifier": False, "per": False, "source": False, "note": False}
_DOCUMENT_KEYS = {"number": True, "date": False, "title": False, "issuer": False,
                  "source": False, "note": False}
_CHECK_KEYS = {"rule": True, "note": False}

_MISSING_WHAT = {
    "format": "the_format_version",
    "metadata": "the_metadata",
    "root": "the_root_unit",
    "title": "a_title",
    "id": "an_id",
    "name": "a_name",
    "kind": "a_kind",
    "value": "a_value",
    "as_of": "a_period",
    "type": "a_series_type",
    "points": "the_points",
    "number": "a_document_number",
    "rule": "a_rule",
}

_KINDS = {k.value: k for k in Kind}
_QUALIFIERS = {q.value: q for q in Qualifier}
_PER = {p: p for p in PER_VALUES}
_SERIES_TYPES = {t.value: t for t in SeriesType}

