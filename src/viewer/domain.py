"""The domain: a frozen tree of party units, their figures, series and sources.

Nothing here knows of Qt, YAML or files; the loader builds these objects and everything
downstream (item model, detail pane, charts, printing, command line) only reads them.

Figures are exact: a value is an ``int`` (or a ``float`` only where the data file wrote a
decimal), never rounded; a bound stays a bound through its ``qualifier``; a figure that the
data does not report is simply absent (never zero).
"""
from __future__ import annotations

import math
import re
from enum import Enum
from functools import lru_cache
from typing import Iterator, Mapping

from .records import Record, _set, record

Number = int | float



# Measures the application knows (and translates the labels of). A data file may declare more.
KNOWN_MEASURES: tuple[str, ...] = (  # all counts: whole numbers only
    "members",
    "cells",
    "grassroots_organisations",
    "subordinate_committees",
    "commune_committees",
    "ward_committees",
    "township_committees",
    "villages_without_cell",
    "new_cells_in_villages",
    "members_admitted",
    "grassroots_assessed",
    "subordinate_congresses_held",
)


class Kind(str, Enum):
    """The kind of a unit. Rank orders the levels: a child's rank is greater than its parent's."""

    PROVINCE = "province"  # đảng bộ tỉnh
    DISTRICT = "district"  # đảng bộ huyện / thành phố (subordinate, district level)
    BLOC = "bloc"  # đảng bộ khối, công an, quân sự (subordinate, not territorial)
    SUBORDINATE = "subordinate"  # a subordinate committee of another or unnamed kind
    COMMUNE = "commune"  # đảng bộ xã
    WARD = "ward"  # đảng bộ phường
    TOWNSHIP = "township"  # đảng bộ thị trấn
    GRASSROOTS = "grassroots"  # another grassroots organisation (agency, school, enterprise…)
    CELL = "cell"  # chi bộ
    GROUP = "group"  # tổ đảng

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {
    Kind.PROVINCE: 0,
    Kind.DISTRICT: 1,
    Kind.BLOC: 1,
    Kind.SUBORDINATE: 1,
    Kind.COMMUNE: 2,
    Kind.WARD: 2,
    Kind.TOWNSHIP: 2,
    Kind.GRASSROOTS: 2,
    Kind.CELL: 3,
    Kind.GROUP: 4,
}

SUBORDINATE_KINDS = frozenset({Kind.DISTRICT, Kind.BLOC, Kind.SUBORDINATE})
GRASSROOTS_KINDS = frozenset({Kind.COMMUNE, Kind.WARD, Kind.TOWNSHIP, Kind.GRASSROOTS})


class Qualifier(str, Enum):
    """How a value relates to the true figure: ``more_than 2000`` is "trên 2.000"."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    APPROX = "approx"

    @property
    def is_lower_bound(self) -> bool:
        return self in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)

    @property
    def is_upper_bound(self) -> bool:
        return self in (Qualifier.LESS_THAN, Qualifier.AT_MOST)

    @property
    def symbol(self) -> str:
        return _SYMBOL[self]


_SYMBOL = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: "≥",
    Qualifier.LESS_THAN: "<",
    Qualifier.AT_MOST: "≤",
    Qualifier.APPROX: "≈",
}


class SeriesType(str, Enum):
    """How a series is drawn: values over time, or values by category (bars / stacked parts)."""

    LINE = "line"
    BAR = "bar"
    STACKED = "stacked"

    @property
    def over_time(self) -> bool:
        return self is SeriesType.LINE


# --------------------------------------------------------------------------- periods


_PERIOD_RE = re.compile(
    r"^(?P<y1>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])))?"
    r"(?:\s*(?:–|/|-)\s*(?P<y2>\d{4}))?$"
)


@record(not_compared=("start", "end"), not_shown=("sort_key", "start", "end"))
class Period(Record):
    """A date, month, quarter, year or span of years, as the data states it.

    ``text`` is the canonical spelling ("2013", "2010-03-31", "2010-Q1", "2010–2013");
    ``start`` and ``end`` are fractional years for drawing (start inclusive, end exclusive), and
    ``sort_key`` orders periods by their end, so "2013" sorts after "2010-03-31". Periods are
    ordered by ``(sort_key, text)``.
    """

    __slots__ = ("sort_key", "text", "start", "end")
    sort_key: tuple[float, float]
    text: str
    start: float
    end: float

    def __init__(self, sort_key: tuple[float, float], text: str, start: float, end: float) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.sort_key = sort_key
        self.text = text
        self.start = start
        self.end = end
        self.__class__ = Period

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) < other._key(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) <= other._key(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) > other._key(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) >= other._key(other)  # type: ignore[attr-defined]
        return NotImplemented

    @property
    def year(self) -> int:
        return int(self.start)

    @property
    def is_span(self) -> bool:
        return self.end - self.start > 1.0001

    @staticmethod
    def parse(text: str) -> "Period":
        """Parse a period; raises ValueError with a short reason when it is not one.
        Periods repeat a great deal in a file ("2013"), so parses are cached."""
        return _parse_period(text)

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=1024)
def _parse_period(text: str) -> Period:
    import calendar

    m = _PERIOD_RE.match(text.strip())
    if not m:
        raise ValueError("format")
    y1 = int(m["y1"])
    if y1 < 1000:  # "0004" would lose its zeros and read as something else
        raise ValueError("year")
    if m["y2"]:
        if m["m"] or m["q"]:
            raise ValueError("format")
        y2 = int(m["y2"])
        if y2 <= y1:
            raise ValueError("order")
        return Period((y2 + 1.0, y1), f"{y1}–{y2}", float(y1), y2 + 1.0)
    if m["q"]:
        q = int(m["q"])
        start = y1 + (q - 1) / 4
        return Period((start + 0.25, start), f"{y1}-Q{q}", start, start + 0.25)
    if m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            raise ValueError("month")
        if m["d"]:
            day = int(m["d"])
            days = calendar.monthrange(y1, month)[1]
            if not 1 <= day <= days:
                raise ValueError("day")
            doy = sum(calendar.monthrange(y1, k)[1] for k in range(1, month)) + day
            ylen = 366 if calendar.isleap(y1) else 365
            pos = y1 + doy / ylen
            return Period((pos, pos), f"{y1}-{month:02d}-{day:02d}", pos - 1 / ylen, pos)
        start = y1 + (month - 1) / 12
        return Period((start + 1 / 12, start), f"{y1}-{month:02d}", start, start + 1 / 12)
    return Period((y1 + 1.0, float(y1)), f"{y1}", float(y1), y1 + 1.0)


# --------------------------------------------------------------------------- values


@record()
class Source(Record):
    __slots__ = ("id", "title", "publisher", "date", "url", "file", "note")
    id: str
    title: str
    publisher: str
    date: str
    url: str
    file: str
    note: str

    def __init__(self, id: str, title: str, publisher: str = "", date: str = "",  # noqa: A002
                 url: str = "", file: str = "", note: str = "") -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.file = file
        self.note = note
        self.__class__ = Source


@record()
class Value(Record):
    """One reported value of a measure: what, when, how exact, and who says so.

    ``per`` makes it a rate: "more than 2,000 a year" over 2010–2013 is value 2000, qualifier
    more_than, as_of 2010–2013, per "year" — each year of the span, not the span's total.
    """

    __slots__ = ("value", "as_of", "source", "qualifier", "note", "line", "col", "per")
    value: Number
    as_of: Period | None  # None only for a series' stated total, which may carry no date
    source: str | None  # a Source id; None is allowed but warned about by the loader
    qualifier: Qualifier
    note: str
    line: int  # where it stands in the data file (1-based), for messages
    col: int
    per: str  # "", "year", "quarter" or "month"

    def __init__(self, value: Number, as_of: Period | None, source: str | None = None,
                 qualifier: Qualifier = Qualifier.EXACT, note: str = "", line: int = 0,
                 col: int = 0, per: str = "") -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.value = value
        self.as_of = as_of
        self.source = source
        self.qualifier = qualifier
        self.note = note
        self.line = line
        self.col = col
        self.per = per
        self.__class__ = Value

    @property
    def is_bound(self) -> bool:
        return self.qualifier not in (Qualifier.EXACT, Qualifier.APPROX)


@record()
class Measure(Record):
    """A measure's id with its label; the app translates the labels of the measures it knows."""

    __slots__ = ("id", "label", "unit")
    id: str
    label: str
    unit: str  # unit of measure ("người", "chi bộ")

    def __init__(self, id: str, label: str = "", unit: str = "") -> None:  # noqa: A002
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.id = id
        self.label = label
        self.unit = unit
        self.__class__ = Measure


@record()
class Point(Record):
    """A point of a series: a period (line series) or a category (bar series), maybe a group.
    ``value`` is None where the data says the figure is not reported (``value: null``): the
    category or year stays, shown as "chưa có số liệu", never drawn as zero."""

    __slots__ = ("value", "period", "category", "group", "qualifier", "source", "note", "line",
                 "col", "per")
    value: Number | None
    period: Period | None
    category: str
    group: str
    qualifier: Qualifier
    source: str | None
    note: str
    line: int
    col: int
    per: str  # a rate over the point's period: "year", "quarter", "month" (see Value)

    def __init__(self, value: Number | None, period: Period | None = None, category: str = "",
                 group: str = "", qualifier: Qualifier = Qualifier.EXACT,
                 source: str | None = None, note: str = "", line: int = 0, col: int = 0,
                 per: str = "") -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.value = value
        self.period = period
        self.category = category
        self.group = group
        self.qualifier = qualifier
        self.source = source
        self.note = note
        self.line = line
        self.col = col
        self.per = per
        self.__class__ = Point

    @property
    def is_bound(self) -> bool:
        return self.qualifier not in (Qualifier.EXACT, Qualifier.APPROX)


PER_VALUES = ("year", "quarter", "month")


@record()
class Series(Record):
    __slots__ = ("id", "title", "type", "points", "unit", "measure", "period", "total", "source",
                 "note")
    id: str
    title: str
    type: SeriesType
    points: tuple[Point, ...]
    unit: str  # unit of measure shown on the value axis
    measure: str  # optional: the figure measure this series tracks
    period: Period | None  # for category series: the period all bars cover
    total: Value | None  # for category series: the stated total of the parts
    source: str | None  # default source of the points
    note: str

    def __init__(self, id: str, title: str, type: SeriesType, points: tuple[Point, ...],  # noqa: A002
                 unit: str = "", measure: str = "", period: Period | None = None,
                 total: Value | None = None, source: str | None = None, note: str = "") -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.id = id
        self.title = title
        self.type = type
        self.points = points
        self.unit = unit
        self.measure = measure
        self.period = period
        self.total = total
        self.source = source
        self.note = note
        self.__class__ = Series

    @property
    def groups(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in self.points:
            seen.setdefault(p.group, None)
        return tuple(seen)

    @property
    def categories(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in self.points:
            if p.category:
                seen.setdefault(p.category, None)
        return tuple(seen)

    def source_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for s in [self.source, *(p.source for p in self.points)]:
            if s:
                seen.setdefault(s, None)
        if self.total and self.total.source:
            seen.setdefault(self.total.source, None)
        return tuple(seen)


@record()
class Document(Record):
    __slots__ = ("number", "date", "title", "issuer", "source", "note")
    number: str
    date: Period | None
    title: str
    issuer: str
    source: str | None
    note: str

    def __init__(self, number: str, date: Period | None = None, title: str = "",
                 issuer: str = "", source: str | None = None, note: str = "") -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.number = number
        self.date = date
        self.title = title
        self.issuer = issuer
        self.source = source
        self.note = note
        self.__class__ = Document


Term = tuple[int, str, str]  # sign (+1 / -1), measure id, period text


@record()
class Check(Record):
    """A declared identity between a unit's figures, e.g. 90 − 42 = 48:
    ``villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2013``."""

    __slots__ = ("rule", "left", "right", "note", "line", "col")
    rule: str
    left: tuple[Term, ...]
    right: tuple[Term, ...]
    note: str
    line: int
    col: int

    def __init__(self, rule: str, left: tuple[Term, ...], right: tuple[Term, ...],
                 note: str = "", line: int = 0, col: int = 0) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.rule = rule
        self.left = left
        self.right = right
        self.note = note
        self.line = line
        self.col = col
        self.__class__ = Check


# --------------------------------------------------------------------------- units


@record(not_shown=("parent", "row"), derived=("parent", "row"))
class Unit(Record):
    """A party organisation. ``children`` are real rows; ``count`` stands for units counted
    by the sources but not named (a placeholder node standing for ``count`` units).

    A unit is equal only to itself (and hashed by identity): two units with the same fields
    are still two places in the tree."""

    __slots__ = ("id", "name", "kind", "code", "figures", "series", "documents", "notes",
                 "count", "children", "line", "source", "checks", "parent", "row")
    id: str
    name: str
    kind: Kind
    code: str
    figures: Mapping[str, tuple[Value, ...]]  # a new empty dict when not given
    series: tuple[Series, ...]
    documents: tuple[Document, ...]
    notes: tuple[str, ...]
    count: int | None
    children: tuple["Unit", ...]
    line: int
    source: str | None  # where the unit itself (name, code) is attested
    checks: tuple["Check", ...]
    # Set once by Dataset when the tree is complete; not shown by repr, nor pickled.
    parent: "Unit | None"
    row: int

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    def __init__(self, id: str, name: str, kind: Kind, code: str = "",  # noqa: A002
                 figures: Mapping[str, tuple[Value, ...]] | None = None,
                 series: tuple[Series, ...] = (), documents: tuple[Document, ...] = (),
                 notes: tuple[str, ...] = (), count: int | None = None,
                 children: tuple["Unit", ...] = (), line: int = 0, source: str | None = None,
                 checks: tuple["Check", ...] = (), parent: "Unit | None" = None,
                 row: int = 0) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.id = id
        self.name = name
        self.kind = kind
        self.code = code
        self.figures = {} if figures is None else figures
        self.series = series
        self.documents = documents
        self.notes = notes
        self.count = count
        self.children = children
        self.line = line
        self.source = source
        self.checks = checks
        self.parent = parent
        self.row = row
        self.__class__ = Unit

    def latest(self, measure: str) -> Value | None:
        """The latest reported value of a measure (values are kept sorted by as-of)."""
        values = self.figures.get(measure)
        return values[-1] if values else None

    def value_at(self, measure: str, period: str) -> Value | None:
        for v in self.figures.get(measure, ()):
            if v.as_of is not None and v.as_of.text == period:
                return v
        return None

    @property
    def represents(self) -> int:
        """How many units this node stands for: its ``count``, else 1."""
        return self.count if self.count is not None else 1

    def path(self) -> tuple["Unit", ...]:
        chain = []
        node: Unit | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(reversed(chain))

    def walk(self) -> Iterator["Unit"]:
        """Depth-first, pre-order, without recursion (trees may be deep)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def child_counts(self) -> dict[Kind, int]:
        """Child units by kind, counting a placeholder as the ``count`` it stands for."""
        counts: dict[Kind, int] = {}
        for c in self.children:
            counts[c.kind] = counts.get(c.kind, 0) + c.represents
        return counts


@record()
class Rollup(Record):
    """A measure summed over the children that report it for one period."""

    __slots__ = ("measure", "total", "reporting", "children", "lower_bound", "own", "period",
                 "uncertain")
    measure: str
    total: Number
    reporting: int  # children with a value for the period
    children: int  # all children (a placeholder counts as one)
    lower_bound: bool  # some child is missing or only a lower bound: the sum is then a floor
    own: Value | None  # the unit's own value for the same period, to compare with
    period: Period | None
    uncertain: bool  # some child is an upper bound or approximate: no exact sum, no verdict

    def __init__(self, measure: str, total: Number, reporting: int, children: int,
                 lower_bound: bool, own: Value | None, period: Period | None = None,
                 uncertain: bool = False) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.measure = measure
        self.total = total
        self.reporting = reporting
        self.children = children
        self.lower_bound = lower_bound
        self.own = own
        self.period = period
        self.uncertain = uncertain
        self.__class__ = Rollup

    @property
    def disagrees(self) -> bool:
        if self.own is None or self.uncertain:
            return False
        own = self.own.value
        if self.lower_bound:
            # A floor exceeding the unit's own figure is a contradiction, unless the own
            # figure is itself only a lower bound.
            return self.total > own and not _close(self.total, own) and not self.own.qualifier.is_lower_bound
        if self.own.qualifier is Qualifier.EXACT:
            return not _close(self.total, own)
        if self.own.qualifier.is_lower_bound:
            return self.total < own
        if self.own.qualifier.is_upper_bound:
            return self.total > own
        return False


def rollup(unit: Unit, measure: str, period: Period | None = None) -> Rollup | None:
    """Sum a measure over a unit's children for one period; None when no child reports it then.

    The period defaults to that of the unit's own latest value, or, when the unit has none, to
    the latest period any child reports. Values of other periods are never added together.
    """
    if period is None:
        own_latest = unit.latest(measure)
        if own_latest is not None:
            period = own_latest.as_of
        else:
            periods = [v.as_of for c in unit.children for v in c.figures.get(measure, ()) if v.as_of]
            if not periods:
                return None
            period = max(periods)
    if period is None:
        return None
    total: Number = 0
    reporting = 0
    floor = False
    uncertain = False
    for c in unit.children:
        v = c.value_at(measure, period.text)
        if v is None:
            floor = True
            continue
        reporting += 1
        total += v.value
        if v.qualifier.is_lower_bound:
            floor = True
        elif v.qualifier is not Qualifier.EXACT:  # an upper bound or "about": no exact sum
            uncertain = True
    if reporting == 0:
        return None
    own = unit.value_at(measure, period.text)
    return Rollup(measure, tidy_sum(total), reporting, len(unit.children), floor, own, period, uncertain)


def tidy_sum(total: Number) -> Number:
    """A sum of decimals without binary noise: 0.1 + 0.2 is 0.3, not 0.30000000000000004."""
    return float(f"{total:.12g}") if isinstance(total, float) else total


def _close(a: Number, b: Number) -> bool:
    """Equal, allowing for binary noise when decimals are involved."""
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def values_equal(a: Number, b: Number) -> bool:
    return _close(a, b)


@record()
class Metadata(Record):
    __slots__ = ("title", "language", "as_of", "issuing_body", "place", "description", "notes")
    title: str
    language: str
    as_of: Period | None
    issuing_body: str  # printed at the top left of a report ("ĐẢNG BỘ TỈNH LẠNG SƠN")
    place: str  # for the place-and-date line ("Lạng Sơn, ngày … tháng … năm …")
    description: str
    notes: tuple[str, ...]

    def __init__(self, title: str, language: str = "vi", as_of: Period | None = None,
                 issuing_body: str = "", place: str = "", description: str = "",
                 notes: tuple[str, ...] = ()) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.title = title
        self.language = language
        self.as_of = as_of
        self.issuing_body = issuing_body
        self.place = place
        self.description = description
        self.notes = notes
        self.__class__ = Metadata


# Unit's slots for the links the dataset sets (see Dataset._link).
_UNIT_PARENT = Unit.__dict__["parent"]
_UNIT_ROW = Unit.__dict__["row"]


@record(not_shown=("_by_id", "_below"), derived=("_by_id", "_below"))
class Dataset(Record):
    """A loaded data file: metadata, sources, measures and the unit tree. Equal only to itself.
    Making it links the tree: each unit's ``parent`` and ``row``, and the index by id."""

    __slots__ = ("metadata", "sources", "measures", "root", "file", "_by_id", "_below")
    metadata: Metadata
    sources: Mapping[str, Source]
    measures: Mapping[str, Measure]
    root: Unit
    file: str
    _by_id: dict[str, Unit]
    _below: dict[Unit, dict[Kind, int]]  # count_below's

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    def __init__(self, metadata: Metadata, sources: Mapping[str, Source],
                 measures: Mapping[str, Measure], root: Unit, file: str = "",
                 _by_id: dict[str, Unit] | None = None,
                 _below: dict[Unit, dict[Kind, int]] | None = None) -> None:
        _set(self, "__class__", self._open)  # see viewer.records: plain stores, then frozen
        self.metadata = metadata
        self.sources = sources
        self.measures = measures
        self.root = root
        self.file = file
        self._by_id = {} if _by_id is None else _by_id
        self._below = {} if _below is None else _below
        self.__class__ = Dataset
        self._link()

    def _link(self) -> None:
        by_id = self._by_id
        # The slots' own setters: object.__setattr__ looks each name up again (a national tree
        # has a million units).
        set_parent, set_row = _UNIT_PARENT.__set__, _UNIT_ROW.__set__
        stack: list[Unit] = [self.root]
        while stack:
            node = stack.pop()
            uid = node.id
            if uid in by_id:  # the loader refuses it; a damaged cache entry could hold it
                raise ValueError(f"unit {uid!r} twice in the tree")
            by_id[uid] = node
            children = node.children
            if children:
                row = 0
                for child in children:
                    set_parent(child, node)
                    set_row(child, row)
                    row += 1
                stack.extend(children)

    def find(self, unit_id: str) -> Unit | None:
        return self._by_id.get(unit_id)

    def release(self) -> None:
        """Take the tree apart, so that it is freed as soon as nothing else holds its units.

        Parent links make reference cycles, which only the garbage collector frees, and a
        dataset loaded to stay (``long_lived``, see the loader) is out of its sight. The dataset
        is empty afterwards and its units must not be used."""
        for _ in self.release_steps():
            pass

    def release_steps(self, piece: int = 2_000) -> Iterator[None]:
        """:meth:`release` a step at a time: the units lose their parents and children and are
        dropped ``piece`` at a time, a step of a few milliseconds, so that a program can free a
        national tree between other work (one step per turn of its event loop)."""
        units = list(self._by_id.values())
        self._by_id.clear()
        self._below.clear()
        object.__setattr__(self, "root", None)
        yield
        while units:
            for unit in units[-piece:]:
                object.__setattr__(unit, "parent", None)
                object.__setattr__(unit, "children", ())
            del units[-piece:]
            yield

    def units(self) -> Iterator[Unit]:
        return self.root.walk()

    def __len__(self) -> int:
        return len(self._by_id)

    def source(self, source_id: str | None) -> Source | None:
        return self.sources.get(source_id) if source_id else None

    def measure_label(self, measure_id: str) -> str:
        m = self.measures.get(measure_id)
        return m.label if m and m.label else measure_id

    def count_below(self, unit: Unit) -> dict[Kind, int]:
        """The units below a unit, by kind, a placeholder counting as the number it stands
        for. Remembered: for the root of a national file it means visiting every unit."""
        found = self._below.get(unit)
        if found is not None:
            return found
        counts: dict[Kind, int] = {}
        get = counts.get
        stack = list(unit.children)
        pop, extend = stack.pop, stack.extend
        while stack:  # a plain loop in no particular order: a third of the time of walk()
            node = pop()
            n = node.count
            counts[node.kind] = get(node.kind, 0) + (1 if n is None else n)
            if node.children:
                extend(node.children)
        self._below[unit] = counts
        return counts

    def count_by_kind(self) -> dict[Kind, int]:
        """Nodes by kind, a placeholder counting as the number it stands for."""
        counts: dict[Kind, int] = {}
        for u in self.units():
            counts[u.kind] = counts.get(u.kind, 0) + u.represents
        return counts

    def series_owner(self, unit: Unit) -> Unit | None:
        """The unit itself if it has series, else its nearest ancestor that has some."""
        node: Unit | None = unit
        while node is not None:
            if node.series:
                return node
            node = node.parent
        return None

    def figure_count(self) -> int:
        return sum(len(vs) for u in self.units() for vs in u.figures.values())

    def series_count(self) -> int:
        return sum(len(u.series) for u in self.units())
