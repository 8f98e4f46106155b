"""The hand-written record classes (viewer.records) behave as the dataclasses they replace.

Each reference below is the ``@dataclass`` declaration the class had before it was written out
by hand (to spare every start the generation of its methods). For each class the test checks
the constructor's parameters and defaults, and, over sample objects, repr, equality, hashing,
ordering, pickling and that fields cannot be assigned.
"""
from __future__ import annotations

import inspect
import itertools
import pickle
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

import pytest

from viewer import domain as d
from viewer import messages as m
from viewer import results as r
from viewer.records import FrozenInstanceError, fields_of

P13 = d.Period.parse("2013")
P10 = d.Period.parse("2010-03-31")
Q = d.Qualifier


@dataclass(frozen=True, slots=True, order=True)
class Period:
    sort_key: tuple = field(repr=False)
    text: str
    start: float = field(compare=False, repr=False)
    end: float = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""
    file: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Value:
    value: Any
    as_of: Any
    source: Any = None
    qualifier: Any = Q.EXACT
    note: str = ""
    line: int = 0
    col: int = 0
    per: str = ""


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    label: str = ""
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Point:
    value: Any
    period: Any = None
    category: str = ""
    group: str = ""
    qualifier: Any = Q.EXACT
    source: Any = None
    note: str = ""
    line: int = 0
    col: int = 0
    per: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    id: str
    title: str
    type: Any
    points: tuple
    unit: str = ""
    measure: str = ""
    period: Any = None
    total: Any = None
    source: Any = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    number: str
    date: Any = None
    title: str = ""
    issuer: str = ""
    source: Any = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Check:
    rule: str
    left: tuple
    right: tuple
    note: str = ""
    line: int = 0
    col: int = 0


@dataclass(frozen=True, slots=True)
class Rollup:
    measure: str
    total: Any
    reporting: int
    children: int
    lower_bound: bool
    own: Any
    period: Any = None
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    language: str = "vi"
    as_of: Any = None
    issuing_body: str = ""
    place: str = ""
    description: str = ""
    notes: tuple = ()


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Any
    code: str
    args: Any = field(default_factory=dict)
    file: str = ""
    line: int = 0
    column: int = 0


@dataclass(frozen=True, slots=True)
class Word:
    code: str


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 512 * 1024 * 1024
    max_depth: int = 200
    max_units: int = 2_000_000
    max_string: int = 10_000
    max_number_chars: int = 40


# Sample arguments for each class: several that differ in one field, and repeats.
SAMPLES: dict[type, list[tuple]] = {
    Period: [tuple(getattr(p, n) for n in ("sort_key", "text", "start", "end"))
             for p in (P13, P10, d.Period.parse("2010–2013"), d.Period.parse("2010-Q1"), P13)],
    Source: [("s", "T"), ("s", "T", "P", "2013", "http://x", "a.pdf", "n"), ("s", "U"), ("s", "T")],
    Value: [(5, P13), (5, P13, "s", Q.MORE_THAN, "n", 3, 4, "year"), (5.5, P10), (5, P13, "s"),
            (2000, None)],
    Measure: [("members",), ("members", "Đảng viên", "người"), ("cells", "Chi bộ")],
    Point: [(1, P13), (None, None, "a", "g", Q.AT_MOST, "s", "n", 1, 2, "month"), (1, P13)],
    Series: [("x", "X", d.SeriesType.LINE, ()), ("x", "X", d.SeriesType.BAR, (), "u", "m", P13,
                                                 d.Value(3, None), "s", "n")],
    Document: [("1",), ("1", P13, "T", "I", "s", "n"), ("2",)],
    Check: [("r", ((1, "m", "2013"),), ((1, "n", "2013"),)), ("r", (), (), "n", 5, 6)],
    Rollup: [("m", 3, 2, 3, True, None), ("m", 3.5, 2, 3, False, d.Value(3, P13), P13, True)],
    Metadata: [("T",), ("T", "en", P13, "B", "L", "D", ("a",))],
    Diagnostic: [(m.Severity.ERROR, "c"), (m.Severity.WARNING, "c", {"a": 1}, "f", 2, 3),
                 (m.Severity.ERROR, "c")],
    Word: [("a",), ("b",)],
    Limits: [(), (1, 2, 3, 4, 5), (1,)],
}
PAIRS = [(Period, d.Period), (Source, d.Source), (Value, d.Value), (Measure, d.Measure),
         (Point, d.Point), (Series, d.Series), (Document, d.Document), (Check, d.Check),
         (Rollup, d.Rollup), (Metadata, d.Metadata), (Diagnostic, m.Diagnostic),
         (Word, m.Word), (Limits, r.Limits)]


def _params(cls: type) -> list[tuple[str, object]]:
    return [(p.name, p.default) for p in inspect.signature(cls).parameters.values()]


@pytest.mark.parametrize(("ref", "cls"), PAIRS, ids=[c.__name__ for _, c in PAIRS])
def test_a_record_class_behaves_as_its_dataclass(ref, cls):
    assert fields_of(cls) == tuple(f.name for f in fields(ref))
    ref_params = [(f.name, f.default_factory() if f.default_factory is not MISSING else
                   (inspect.Parameter.empty if f.default is MISSING else f.default))
                  for f in fields(ref)]
    params = _params(cls)
    # A default made fresh for each object (a dict) is written as None and made in __init__.
    for (name, want), (got_name, got) in zip(ref_params, params, strict=True):
        assert got_name == name
        assert got == want or (got is None and want == {}), name
    made = [(ref(*a), cls(*a)) for a in SAMPLES[ref]]
    for a, b in made:
        assert type(b) is cls  # not its open twin (see viewer.records)
        assert repr(b) == repr(a).replace(ref.__qualname__ + "(", cls.__qualname__ + "(", 1)
        assert pickle.loads(pickle.dumps(b)) == b
        assert type(pickle.loads(pickle.dumps(b))) is cls
        for name in fields_of(cls):
            assert getattr(b, name) == getattr(a, name)
            with pytest.raises(FrozenInstanceError):
                setattr(b, name, None)
            with pytest.raises(AttributeError):
                delattr(b, name)
        with pytest.raises(AttributeError):
            b.not_a_field = 1
        assert b != a and b != 1 and not (b == a)  # never equal to another class
    for (a1, b1), (a2, b2) in itertools.product(made, repeat=2):
        assert (b1 == b2) is (a1 == a2)
        assert (b1 != b2) is (a1 != a2)
        try:
            same_hash = hash(a1) == hash(a2)
        except TypeError:  # a field holds a dict: neither can be hashed
            with pytest.raises(TypeError):
                hash(b1)
        else:
            if a1 == a2:
                assert same_hash and hash(b1) == hash(b2)
        if hasattr(ref, "__lt__") and ref.__lt__ is not object.__lt__:
            for op in ("__lt__", "__le__", "__gt__", "__ge__"):
                assert getattr(b1, op)(b2) == getattr(a1, op)(a2), op
    # Keywords work as they did.
    a = SAMPLES[ref][-1]
    names = fields_of(cls)[:len(a)]
    assert cls(**dict(zip(names, a, strict=True))) == cls(*a)


def test_periods_sort_and_compare_as_before():
    periods = [d.Period.parse(t) for t in ("2013", "2010-03-31", "2010–2013", "2010-Q1", "2010-03")]
    refs = [Period(p.sort_key, p.text, p.start, p.end) for p in periods]
    assert [p.text for p in sorted(periods)] == [p.text for p in sorted(refs)]
    assert max(periods).text == max(refs).text
    with pytest.raises(TypeError):
        _ = periods[0] < "2013"


def test_units_and_datasets_are_equal_only_to_themselves():
    a = d.Unit("a", "A", d.Kind.CELL)
    b = d.Unit("a", "A", d.Kind.CELL)
    assert a == a and a != b and not (a == b)
    assert len({a: 1, b: 2}) == 2 and {a: 1, b: 2}[a] == 1
    assert a.figures == {} and a.figures is not b.figures  # a new dict for each unit
    root = d.Unit("r", "R", d.Kind.PROVINCE, children=(a,))
    ds = d.Dataset(d.Metadata("T"), {}, {}, root, "f.yaml")
    assert a.parent is root and a.row == 0 and ds.find("a") is a and len(ds) == 2
    assert ds == ds and ds != d.Dataset(d.Metadata("T"), {}, {}, d.Unit("x", "X", d.Kind.PROVINCE))
    assert repr(ds).startswith("Dataset(metadata=Metadata(title='T'") and "_by_id" not in repr(ds)
    assert "parent=" not in repr(a) and "row=" not in repr(a)
    with pytest.raises(FrozenInstanceError):
        ds.file = "g.yaml"
    back = pickle.loads(pickle.dumps(ds))
    assert back.find("a").parent is back.root and back.file == "f.yaml"


def test_no_start_module_imports_dataclasses():
    """What a start imports before its first frame makes no dataclass (checked in a fresh
    interpreter: the generated methods cost some 10 ms of every start)."""
    import subprocess
    import sys

    code = ("import sys; from viewer.app import preload; preload(); "
            "import viewer.main_window, viewer.cache, viewer.results, viewer.messages; "
            "print('dataclasses' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["False"]


def test_replace_copies_what_a_caller_gives_and_as_dict_lists_every_field():
    v = d.Value(5, P13, "s", Q.MORE_THAN)
    w = v.replace(value=6, note="n")
    assert (w.value, w.note, w.as_of, w.source, w.qualifier) == (6, "n", P13, "s", Q.MORE_THAN)
    assert v.value == 5 and type(w) is d.Value
    assert r.Limits().replace(max_depth=3).as_dict() == {**r.Limits().as_dict(), "max_depth": 3}
    root = d.Unit("r", "R", d.Kind.PROVINCE, children=(d.Unit("a", "A", d.Kind.CELL),))
    ds = d.Dataset(d.Metadata("T"), {}, {}, root)
    again = ds.replace(file="g.yaml")  # its own index, not the first one's
    assert again.file == "g.yaml" and again.find("a") is ds.find("a") and again._by_id is not ds._by_id
