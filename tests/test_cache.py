"""The content-keyed cache: a hit equals a fresh load, never stale, never trusted when damaged."""
from __future__ import annotations

import pickle

import pytest
import shutil
from pathlib import Path

from viewer.cache import MAGIC, load_cached

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "data.yaml"


def summary(result):
    ds = result.dataset
    return [(u.id, u.name, u.kind, u.code, {m: [(v.value, v.as_of.text if v.as_of else None, v.qualifier,
                                                  v.source, v.per) for v in vs] for m, vs in u.figures.items()},
             [(s.id, [(p.value, p.period.text if p.period else p.category) for p in s.points]) for s in u.series],
             u.parent.id if u.parent else None, u.row) for u in ds.units()]


def test_second_open_comes_from_the_cache_and_equals_a_fresh_load(tmp_path):
    cache = tmp_path / "cache"
    first, hit1 = load_cached(DATA, cache)
    second, hit2 = load_cached(DATA, cache)
    assert (hit1, hit2) == (False, True)
    assert summary(first) == summary(second)
    assert second.dataset.find("c-06019").parent.id == "district-180"
    assert len(list(cache.glob("*.cache"))) == 1


def test_a_changed_file_is_never_served_from_the_cache(tmp_path):
    cache = tmp_path / "cache"
    f = tmp_path / "d.yaml"
    shutil.copy(DATA, f)
    load_cached(f, cache)
    f.write_text(f.read_text(encoding="utf-8").replace("value: 53538", "value: 53539"), encoding="utf-8")
    result, hit = load_cached(f, cache)
    assert not hit
    assert result.dataset.root.latest("members").value == 53539


def test_the_same_content_under_another_name(tmp_path):
    cache = tmp_path / "cache"
    load_cached(DATA, cache)
    other = tmp_path / "copy.yaml"
    shutil.copy(DATA, other)
    result, hit = load_cached(other, cache)
    assert hit and result.file == str(other) and result.dataset.file == str(other)


def test_a_damaged_entry_is_ignored_and_removed(tmp_path):
    cache = tmp_path / "cache"
    load_cached(DATA, cache)
    [entry] = cache.glob("*.cache")
    raw = bytearray(entry.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    entry.write_bytes(bytes(raw))
    result, hit = load_cached(DATA, cache)
    assert not hit and result.ok
    assert result.dataset.root.latest("members").value == 53538
    # the damaged entry was replaced by a good one
    assert load_cached(DATA, cache)[1]


def test_an_entry_that_would_run_code_is_refused(tmp_path):
    cache = tmp_path / "cache"
    load_cached(DATA, cache)
    [entry] = cache.glob("*.cache")
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            import os

            return (os.system, (f"touch {marker}",))

    import hashlib

    payload = pickle.dumps(Evil())
    entry.write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
    result, hit = load_cached(DATA, cache)
    assert not hit and result.ok
    assert not marker.exists()


def test_invalid_files_are_not_cached(tmp_path):
    cache = tmp_path / "cache"
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmetadata: {title: T}\nroot: {id: a, name: b, kind: nope}\n", encoding="utf-8")
    result, hit = load_cached(bad, cache)
    assert not result.ok and not hit
    assert not cache.exists() or not list(cache.glob("*.cache"))
    result2, hit2 = load_cached(bad, cache)
    assert not hit2 and [d.code for d in result2.diagnostics] == [d.code for d in result.diagnostics]


def test_without_a_cache_folder_or_a_file(tmp_path):
    result, hit = load_cached(DATA, None)
    assert result.ok and not hit
    result, hit = load_cached(tmp_path / "missing.yaml", tmp_path / "cache")
    assert not result.ok and not hit and result.diagnostics[0].code == "file_missing"


def _unit_fields(u):
    from viewer.records import fields_of

    out = {}
    for name in fields_of(u):
        v = getattr(u, name)
        if name == "parent":
            v = v.id if v is not None else None
        elif name == "children":
            v = [c.id for c in v]
        out[name] = v
    return out


@pytest.mark.parametrize("piece_units", [5_000, 3, 1])
def test_a_cache_hit_restores_every_field_of_every_object(tmp_path, monkeypatch, piece_units):
    """Entries pickle each domain object as a call of its class with its fields, the tree in
    pieces (one piece, pieces of a few units, a piece per unit): nothing may be lost (notes,
    documents, checks, counts, lines, sources, totals), and the links the dataset makes
    (parent, row, find) are made again."""
    monkeypatch.setattr("viewer.cache.PIECE_UNITS", piece_units)
    for data in (DATA, ROOT / "tests" / "data" / "format-example.yaml"):
        cache = tmp_path / data.stem
        fresh, _ = load_cached(data, cache)
        cached, hit = load_cached(data, cache)
        assert hit
        a, b = fresh.dataset, cached.dataset
        assert (a.metadata, a.sources, a.measures, a.file) == (b.metadata, b.sources, b.measures, b.file)
        assert fresh.diagnostics == cached.diagnostics
        ua, ub = list(a.units()), list(b.units())
        assert [_unit_fields(u) for u in ua] == [_unit_fields(u) for u in ub]
        assert all(b.find(u.id) is u for u in ub)
        assert len(a) == len(b)
    assert any(u.documents or u.checks or u.count for u in ua)  # the example has them all


def _forged(*objects, pieces=()):
    """An entry's payload: a count, the pieces, then objects that may name pieces by number."""
    import io

    from viewer.cache import _piece

    class Named:  # stands for "piece number n" in what is forged, written as the cache does
        def __init__(self, n):
            self.n = n

        def __reduce__(self):
            return (_piece, (self.n,))

    out = io.BytesIO()
    pickle.dump(len(pieces), out)
    for piece in pieces:
        pickle.dump(piece(Named), out)
    for obj in objects:
        pickle.dump(obj(Named), out)
    return out.getvalue()


def test_forged_pieces_are_refused():
    """A piece number that is not there (past the end, negative) or that is used twice (a
    tree whose branches are shared, walked for ever) is refused; so is a unit twice in one
    piece."""
    from viewer.cache import _loads
    from viewer.domain import Kind, Unit

    def leaf(Named):
        return Unit("a", "A", Kind.CELL)

    for pid in (5, -1):
        with pytest.raises(pickle.UnpicklingError, match="not there"):
            _loads(_forged(lambda Named: Named(pid), pieces=[leaf]))
    with pytest.raises(pickle.UnpicklingError, match="used twice"):
        _loads(_forged(lambda Named: Unit("r", "R", Kind.COMMUNE, children=(Named(0), Named(0))),
                       pieces=[leaf]))
    from viewer.domain import Dataset, Metadata

    class ForgedDataset:  # pickles as a call of Dataset, built only when read back
        def __init__(self, root):
            self.root = root

        def __reduce__(self):
            return (Dataset, (Metadata("T"), {}, {}, self.root, ""))

    def shared(Named):
        child = Unit("c", "C", Kind.CELL)
        return ForgedDataset(Unit("r", "R", Kind.COMMUNE, children=(child, child)))

    with pytest.raises(ValueError, match="twice in the tree"):
        _loads(_forged(shared, pieces=[leaf]))
    with pytest.raises(pickle.UnpicklingError, match="not there"):  # "_piece" with no number
        _loads(_forged(lambda Named: Unit("r", "R", Kind.COMMUNE,
                                          children=(Named("0"),)), pieces=[leaf]))

    class OldStyle(pickle.Pickler):  # a persistent id, as entries of an older version named pieces
        def persistent_id(self, obj):
            return 0 if obj is marker else None

    import io

    marker, out = object(), io.BytesIO()
    pickle.dump(1, out)
    pickle.dump(leaf(None), out)
    OldStyle(out).dump([marker])
    with pytest.raises(pickle.UnpicklingError):
        _loads(out.getvalue())


def test_a_forged_entry_is_dropped_and_the_file_loaded(tmp_path):
    import hashlib

    cache = tmp_path / "cache"
    load_cached(DATA, cache)
    [entry] = cache.glob("*.cache")
    forged = _forged(lambda Named: Named(0), pieces=[lambda Named: Named(0)])
    entry.write_bytes(MAGIC + hashlib.sha256(forged).digest() + forged)
    result, hit = load_cached(DATA, cache)
    assert not hit and result.ok and len(result.dataset) > 200


def test_units_sent_back_by_a_helper_round_trip_small_whole_and_large_in_pieces(monkeypatch):
    """What a helper process sends (viewer.halves): a record, then each unit, a small tree
    pickled whole and a large one in pieces; read back with the cache's restricted unpickler."""
    from viewer import cache
    from viewer.domain import Kind, Unit

    monkeypatch.setattr(cache, "PIECE_UNITS", 3)

    def commune(n: int, cells: int) -> Unit:
        return Unit(f"c{n}", f"Xã {n}", Kind.COMMUNE,
                    children=tuple(Unit(f"c{n}-{k}", f"Chi bộ {k}", Kind.CELL) for k in range(cells)))

    small, large = commune(1, 1), commune(2, 6)
    in_pieces = []
    dump_pieces = cache._dump_pieces
    monkeypatch.setattr(cache, "_dump_pieces", lambda top, units: in_pieces.append(top) or dump_pieces(top, units))
    payload = cache.dumps_units(("ok", {"c1": 1}), [small, large])
    assert in_pieces == [large]
    record, units = cache.loads_units(payload)
    assert record == ("ok", {"c1": 1})
    assert [u.id for u in units] == ["c1", "c2"]
    assert [c.id for c in units[1].children] == [f"c2-{k}" for k in range(6)]
    assert cache.loads_units(cache.dumps_units(("failed",), [])) == (("failed",), [])
    # Anything else is refused: a class outside the domain, a truncated answer, bytes after it.
    with pytest.raises(pickle.UnpicklingError):
        cache.loads_units(pickle.dumps((("ok",), 1)) + b"U" + pickle.dumps(pickle.Pickler))
    with pytest.raises(Exception):
        cache.loads_units(payload[:-10])
    with pytest.raises(pickle.UnpicklingError, match="more than"):
        cache.loads_units(payload + b"x")


def test_the_fingerprint_covers_every_module_the_loader_imports():
    """A change to any module the loader's results depend on (their classes, how they pickle)
    must make new cache keys: the fingerprint reads the loader and every module of the
    package it imports, itself or through them (but the helper process and the cache)."""
    import ast

    from viewer.cache import FINGERPRINT_MODULES

    package = ROOT / "src" / "viewer"

    def imported(name):
        found = set()
        for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found.update([node.module.split(".")[0]] if node.module else
                             [a.name for a in node.names])
        return {n for n in found if (package / f"{n}.py").exists()} - {"halves", "cache"}

    seen, todo = set(), ["loader"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(imported(name))
    assert seen == set(FINGERPRINT_MODULES)


def _entry(payload: bytes) -> bytes:
    from viewer.cache import MAGIC, _sha256

    return MAGIC + _sha256(len(payload))(payload).digest() + payload


@pytest.mark.parametrize("attack", ["build-class", "newobj-unit", "newobj-dataset", "result-of-unit"])
def test_a_crafted_entry_changes_no_class_and_makes_no_object_without_its_init(tmp_path, attack):
    """The unpickler hands an entry a maker of each allowed class, never the class: BUILD on
    it cannot set attributes of the class (for the whole program), and NEWOBJ cannot make an
    object that skipped its __init__. Each such entry is refused and removed, and loading goes
    on from the file."""
    import struct

    from viewer import cache, domain
    from viewer.cache import _read

    def text(s):
        b = s.encode()
        return b"X" + struct.pack("<I", len(b)) + b

    unit, period = b"cviewer.domain\nUnit\n", b"cviewer.domain\nPeriod\n"
    payload = {
        # a count whose pickle, on the side, sets Unit._open to Period
        "build-class": b"\x80\x04" + unit + b"N}" + text("_open") + period + b"s\x86b0K\x01.",
        # a unit made without __init__ (no fields), as the only piece
        "newobj-unit": b"\x80\x04K\x01." + b"\x80\x04" + unit + b")\x81.",
        # a dataset made without __init__, as the result's dataset
        "newobj-dataset": b"\x80\x04K\x00." + b"\x80\x04cviewer.results\nLoadResult\n" + text("f")
                          + b"cviewer.domain\nDataset\n)\x81]\x87R.",
        # a result whose "dataset" is a unit
        "result-of-unit": b"\x80\x04K\x00." + b"\x80\x04cviewer.results\nLoadResult\n" + text("f")
                          + unit + text("a") + text("A") + b"cviewer.domain\nKind\n" + text("cell")
                          + b"\x85R\x87R]\x87R.",
    }[attack]
    before = dict(vars(domain.Unit))
    entry = tmp_path / "entry"
    entry.write_bytes(_entry(payload))
    assert _read(entry, "f") is None and not entry.exists()
    assert dict(vars(domain.Unit)) == before
    assert domain.Unit("a", "A", domain.Kind.CELL).__class__ is domain.Unit
    result, hit = cache.load_cached(DATA, tmp_path / "cache")
    assert result.ok and not hit
