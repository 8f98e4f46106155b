"""The bundled data (resources/data.yaml) against its sources, and the format example.

S1 is the 2013 article, S2 the statistics office's list of commune-level units, S3a/S3b the
2010 publications, S4 the project's source notes (see shared/sources/README.md beside the
repository). Where S2 itself is at hand, every commune-level unit is compared with it.
"""
from __future__ import annotations

import datetime
import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from viewer.domain import GRASSROOTS_KINDS, SUBORDINATE_KINDS, Dataset, Kind, Qualifier, SeriesType
from viewer.loader import load_file

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "resources" / "data.yaml"
EXAMPLE = REPO / "tests" / "data" / "format-example.yaml"
SOURCES_DIR = REPO.parent / "shared" / "sources"
S2 = SOURCES_DIR / "langson-commune-units-gso-2017.yaml"

S2_KINDS = {"xa": Kind.COMMUNE, "phuong": Kind.WARD, "thi-tran": Kind.TOWNSHIP}
S2_WORDS = {"xa": "xã", "phuong": "phường", "thi-tran": "thị trấn"}


@pytest.fixture(scope="module")
def result():
    return load_file(DATA)


@pytest.fixture(scope="module")
def ds(result) -> Dataset:
    assert result.dataset is not None, [d.format() for d in result.diagnostics]
    return result.dataset


@pytest.fixture(scope="module")
def s2() -> dict:
    if not S2.is_file():
        pytest.skip(f"the sources are not beside the repository ({S2.name} not found)")
    return yaml.safe_load(S2.read_text(encoding="utf-8"))


def figure(ds: Dataset, measure: str, period: str):
    v = ds.root.value_at(measure, period)
    assert v is not None, f"{measure}@{period} missing"
    return v


def series(ds: Dataset, sid: str):
    found = [s for s in ds.root.series if s.id == sid]
    assert len(found) == 1, sid
    return found[0]


def bars(s) -> dict[str, int]:
    return {p.category: p.value for p in s.points}


# --------------------------------------------------------------------------- validity


def test_valid_without_diagnostics(result):
    assert result.ok
    assert [d.format() for d in result.diagnostics] == []


def test_metadata(ds):
    m = ds.metadata
    assert m.title == "Tổ chức đảng tỉnh Lạng Sơn, cuối năm 2013"
    assert m.language == "vi"
    assert m.as_of is not None and m.as_of.text == "2013"
    assert m.issuing_body == "ĐẢNG BỘ TỈNH LẠNG SƠN"
    assert m.place == "Lạng Sơn"
    notes = " ".join(m.notes)
    assert "không có số liệu theo từng huyện" in notes
    assert "16 năm 2010" in notes and "15 năm 2013" in notes
    assert "2017" in notes


def test_sources(ds):
    assert set(ds.sources) == {"S1", "S2", "S3a", "S3b", "S4"}
    s1, s2_, s3a, s3b, s4 = (ds.sources[k] for k in ("S1", "S2", "S3a", "S3b", "S4"))
    assert s1.file == "000_c3d24b4aa31a4c6e.txt" and s1.date == "2013"
    assert s1.publisher == ""  # the source notes do not name it
    assert s2_.file == "langson-commune-units-gso-2017.yaml" and s2_.date == "2017"
    assert s2_.note == "as of 2017 (GSO); counts match 2013"
    assert s3a.title == "Quý I, Đảng bộ tỉnh kết nạp được 303 đảng viên mới"
    assert s3a.publisher == "Báo Lạng Sơn (baolangson.vn)" and "3372" in s3a.note
    assert s3a.url == "" and s3b.url == ""  # no address was given: none is made up
    assert "1934-TB/TU" in s3b.title and s3b.date == "2010-08-20"
    assert s4.file == "README.md"
    for s in ds.sources.values():
        assert "/" not in s.file and "\\" not in s.file  # a file name, not a path


def test_the_file_reads_the_same_in_yaml_1_1():
    """A YAML 1.1 reader (PyYAML) sees text where text is meant: no booleans, dates or floats,
    and every code stays a string with its leading zero."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    stack = [data]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(value, (dict, list)):
                stack.append(value)
                continue
            assert not isinstance(value, (bool, float, datetime.date)), (key, value)
            if isinstance(value, int):
                assert key in ("value", "count", "format"), (key, value)
            if key == "code":
                assert isinstance(value, str)


def test_no_machine_paths_in_data():
    """Nothing in the data points into someone's computer: no absolute path anywhere."""
    text = DATA.read_text(encoding="utf-8")
    assert not re.search(r'(?:^|[\s"(])(?:/[A-Za-z0-9_.-]+){2,}', text)
    assert not re.search(r"[A-Za-z]:\\", text)


# --------------------------------------------------------------------------- the tree


def test_fifteen_subordinate_committees(ds):
    children = ds.root.children
    subordinate = [c for c in children if c.kind in SUBORDINATE_KINDS]
    assert len(subordinate) == len(children)
    assert sum(c.represents for c in subordinate) == 15 == figure(ds, "subordinate_committees", "2013").value
    named = [c for c in subordinate if c.count is None]
    assert len(named) == 13
    other = ds.find("subordinate-other")
    assert other is not None and other.kind is Kind.SUBORDINATE and other.count == 2
    assert other.notes and "15 − 13" in other.notes[0]
    assert not other.children
    for uid, name in (("bloc-agencies", "Đảng bộ Khối các cơ quan tỉnh"),
                      ("bloc-police", "Đảng bộ Công an tỉnh")):
        u = ds.find(uid)
        assert u is not None and u.kind is Kind.BLOC and u.name == name and u.source == "S4"


def test_eleven_districts(ds):
    districts = [c for c in ds.root.children if c.kind is Kind.DISTRICT]
    assert len(districts) == 11
    for d in districts:
        assert d.id == f"district-{d.code}" and d.source == "S2"
        assert d.name.startswith(("Đảng bộ huyện ", "Đảng bộ thành phố "))
        assert all(c.kind in GRASSROOTS_KINDS for c in d.children)
    assert ds.find("district-178").name == "Đảng bộ thành phố Lạng Sơn"
    assert ds.find("district-180").name == "Đảng bộ huyện Tràng Định"


def test_226_commune_level_units(ds):
    counts = ds.count_by_kind()
    assert counts[Kind.COMMUNE] == 207 == figure(ds, "commune_committees", "2013").value
    assert counts[Kind.WARD] == 5 == figure(ds, "ward_committees", "2013").value
    assert counts[Kind.TOWNSHIP] == 14 == figure(ds, "township_committees", "2013").value
    assert counts[Kind.COMMUNE] + counts[Kind.WARD] + counts[Kind.TOWNSHIP] == 226
    assert Kind.GRASSROOTS not in counts and Kind.CELL not in counts
    for u in ds.units():
        if u.kind in (Kind.COMMUNE, Kind.WARD, Kind.TOWNSHIP):
            assert u.parent is not None and u.parent.kind is Kind.DISTRICT
            assert u.id == f"c-{u.code}" and u.source == "S2"


def test_every_s2_unit_once_with_its_name_and_kind(ds, s2):
    listed = {u.code: u for u in ds.units() if u.kind in (Kind.COMMUNE, Kind.WARD, Kind.TOWNSHIP)}
    seen: list[str] = []
    assert len(s2["districts"]) == 11
    for d in s2["districts"]:
        district = ds.find(f"district-{d['gso_code']}")
        assert district is not None and district.code == d["gso_code"]
        word = "thành phố" if d["name"].startswith("Thành phố ") else "huyện"
        assert district.name == f"Đảng bộ {word} {d['name'].split(' ', 1 if word == 'huyện' else 2)[-1]}"
        assert [c.code for c in district.children] == [u["code"] for u in d["units"]]
        for u in d["units"]:
            seen.append(u["code"])
            unit = listed.get(u["code"])
            assert unit is not None, u
            assert unit.kind is S2_KINDS[u["type"]]
            assert unit.name == f"Đảng bộ {S2_WORDS[u['type']]} {u['name']}"
            assert unit.parent is district
    assert len(seen) == len(set(seen)) == 226
    assert sorted(seen) == sorted(listed)


def test_generator_reproduces_the_file(s2):
    spec = importlib.util.spec_from_file_location("make_data", REPO / "tools" / "make_data.py")
    assert spec and spec.loader
    make_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_data)
    assert make_data.build(S2) == DATA.read_text(encoding="utf-8"), \
        "resources/data.yaml is out of date: run tools/make_data.py"


# --------------------------------------------------------------------------- the figures


def test_province_figures(ds):
    expect = {
        ("members", "2010-03-31"): (45632, "S3a"),
        ("members", "2013"): (53538, "S1"),
        ("grassroots_organisations", "2009"): (758, "S3a"),
        ("grassroots_organisations", "2013"): (769, "S1"),
        ("cells", "2013"): (3780, "S1"),
        ("subordinate_committees", "2010-08-20"): (16, "S3b"),
        ("subordinate_committees", "2013"): (15, "S1"),
        ("commune_committees", "2013"): (207, "S1"),
        ("ward_committees", "2013"): (5, "S1"),
        ("township_committees", "2013"): (14, "S1"),
        ("villages_without_cell", "2010"): (90, "S1"),
        ("villages_without_cell", "2013"): (48, "S1"),
        ("new_cells_in_villages", "2010–2013"): (42, "S1"),
        ("members_admitted", "2010–2013"): (2000, "S1"),
        ("members_admitted", "2010-Q1"): (303, "S3a"),
        ("grassroots_assessed", "2009"): (755, "S3a"),
        ("subordinate_congresses_held", "2010-08-20"): (16, "S3b"),
    }
    got = {(m, v.as_of.text): (v.value, v.source) for m, vs in ds.root.figures.items() for v in vs}
    assert got == expect
    for (m, p), (value, _) in expect.items():
        v = figure(ds, m, p)
        assert type(v.value) is int
        if (m, p) == ("members_admitted", "2010–2013"):
            assert v.qualifier is Qualifier.MORE_THAN and "mỗi năm" in v.note and v.per == "year"
        else:
            assert v.qualifier is Qualifier.EXACT, (m, p)


def test_declared_check(ds):
    [check] = ds.root.checks
    assert check.left == ((1, "villages_without_cell", "2013"),)
    assert check.right == ((1, "villages_without_cell", "2010"),
                           (-1, "new_cells_in_villages", "2010–2013"))


def test_series_ids(ds):
    assert [s.id for s in ds.root.series] == [
        "villages-without-cell", "village-cells-progress", "merged-cells", "training-classes",
        "training-trainees", "members", "members-admitted", "grassroots-organisations"]


def test_village_series(ds):
    s = series(ds, "villages-without-cell")
    assert s.type is SeriesType.LINE and s.unit == "thôn"
    assert [(p.period.text, p.value) for p in s.points] == [("2010", 90), ("2013", 48)]
    s = series(ds, "village-cells-progress")
    assert s.type is SeriesType.STACKED and s.period.text == "2010–2013"
    assert s.total is not None and s.total.value == 90 and s.total.source == "S1"
    assert bars(s) == {"Đã thành lập chi bộ (2010–2013)": 42, "Còn chưa có chi bộ (2013)": 48}


def test_merged_cells(ds):
    s = series(ds, "merged-cells")
    assert s.type is SeriesType.BAR and s.unit == "chi bộ" and s.period.text == "2013"
    assert bars(s) == {"Chi bộ ghép 1 thôn": 35, "Chi bộ ghép 2 thôn": 5, "Chi bộ ghép 3 thôn": 1}
    assert s.total is None  # S1 states no total


def test_training(ds):
    classes, trainees = series(ds, "training-classes"), series(ds, "training-trainees")
    for s in (classes, trainees):
        assert s.type is SeriesType.BAR and s.period.text == "2010–2013"
    assert classes.unit == "lớp" and trainees.unit == "học viên"
    assert classes.total.value == 34 and trainees.total.value == 2409
    assert bars(classes) == {"Trung cấp, sơ cấp chuyên môn": 16,
                             "Trung cấp lý luận chính trị – hành chính": 18}
    assert bars(trainees) == {"Trung cấp, sơ cấp chuyên môn": 962,
                              "Trung cấp lý luận chính trị – hành chính": 1447}


def test_member_series(ds):
    s = series(ds, "members")
    assert s.type is SeriesType.LINE and s.measure == "members" and s.unit == "đảng viên"
    assert [(p.period.text, p.value, p.source) for p in s.points] == [
        ("2010-03-31", 45632, "S3a"), ("2013", 53538, "S1")]
    s = series(ds, "grassroots-organisations")
    assert [(p.period.text, p.value, p.source) for p in s.points] == [
        ("2009", 758, "S3a"), ("2013", 769, "S1")]
    s = series(ds, "members-admitted")
    assert s.measure == "members_admitted"
    got = {p.period.text: p for p in s.points}
    assert set(got) == {"2010–2013", "2010-Q1"}
    bound = got["2010–2013"]
    assert (bound.value, bound.qualifier, bound.group, bound.source, bound.per) == (
        2000, Qualifier.MORE_THAN, "Mỗi năm", "S1", "year")
    q1 = got["2010-Q1"]
    assert (q1.value, q1.qualifier, q1.group, q1.source) == (303, Qualifier.EXACT, "Quý I/2010", "S3a")


def test_documents(ds):
    docs = {d.number: d for d in ds.root.documents}
    dated = {"24-NQ/TU": "2011-08-16", "37-NQ/TU": "2012-02-13", "29-CT/TU": "2008-05-20",
             "36-CT/TU": "2004-07-23", "1934-TB/TU": "2010-08-20"}
    for number, date in dated.items():
        assert docs[number].date is not None and docs[number].date.text == date
    tw4 = [d for d in docs.values() if "Trung ương 4" in d.number]
    assert len(tw4) == 1 and tw4[0].date is None
    assert len(docs) == 6
    assert docs["1934-TB/TU"].source == "S3b"
    assert all(d.source for d in docs.values())


def test_every_figure_and_point_names_a_known_source(ds):
    known = set(ds.sources)
    for u in ds.units():
        assert u.source in known, u.id
        for values in u.figures.values():
            for v in values:
                assert v.source in known
        for s in u.series:
            for p in s.points:
                assert p.source in known, (s.id, p)
            if s.total is not None:
                assert s.total.source in known
        for d in u.documents:
            assert d.source in known


def test_nothing_below_the_province_has_figures(ds):
    """No source has per-district or per-commune figures: unknown stays unknown."""
    for u in ds.units():
        if u is ds.root:
            continue
        assert not u.figures and not u.series and not u.checks, u.id


# --------------------------------------------------------------------------- the example


def test_format_example_has_no_diagnostics():
    r = load_file(EXAMPLE)
    assert r.ok
    assert [d.format() for d in r.diagnostics] == []
    ds = r.dataset
    assert "hư cấu" in ds.metadata.title.lower() and "VÍ DỤ" in ds.metadata.title
    assert any("FICTIONAL" in n for n in ds.metadata.notes)
    yearly = [s for s in ds.root.series if s.id == "members-yearly"][0]
    assert [p.period.text for p in yearly.points] == [str(y) for y in range(2010, 2026)]
    communes = [u for u in ds.units() if u.kind in (Kind.COMMUNE, Kind.TOWNSHIP)]
    assert any(u.figures for u in communes)


def test_format_example_is_in_the_doc():
    """The doc shows the example file verbatim, after its marker comment."""
    doc = (REPO / "docs" / "data-format.md").read_text(encoding="utf-8")
    marker = "<!-- example: tests/data/format-example.yaml"
    assert marker in doc
    after = doc.split(marker, 1)[1]
    block = after.split("```yaml\n", 1)[1].split("\n```", 1)[0] + "\n"
    assert block == EXAMPLE.read_text(encoding="utf-8")
