"""The loader: valid files build the right tree; every invalid input is a positioned diagnostic."""
from __future__ import annotations

import textwrap

import pytest

from viewer.domain import Kind, Qualifier, SeriesType
from viewer.loader import Limits, load_bytes, load_file, load_text

HEAD = textwrap.dedent("""\
    format: 1
    metadata:
      title: "Thử nghiệm"
      as_of: "2013"
    sources:
      - {id: S1, title: "Bài báo", date: 2013}
    """)


def load(body: str, **kw):
    return load_text(HEAD + textwrap.dedent(body), "t.yaml", **kw)


def positions(result, code=None):
    return [(d.line, d.column) for d in result.diagnostics if code is None or d.code == code]


def codes(result):
    return [d.code for d in result.diagnostics]


VALID = """\
    root:
      id: ls
      name: "Đảng bộ tỉnh Lạng Sơn"
      kind: province
      figures:
        members:
          - {value: 53538, as_of: "2013", source: S1}
          - {value: 45632, as_of: 2010-03-31, source: S1}
        members_admitted:
          - {value: 2000, qualifier: more_than, as_of: "2010–2013", source: S1}
        cells:
          - {value: null, as_of: 2012, source: S1}
      series:
        - id: v
          title: "Thôn chưa có chi bộ"
          type: line
          points:
            - {period: 2013, value: 48, source: S1}
            - {period: 2010, value: 90, source: S1}
      children:
        - id: d1
          name: "Đảng bộ huyện Đình Lập"
          kind: district
          code: "189"
          children:
            - {id: c1, name: "Đảng bộ xã Tân Tiến", kind: commune, code: "06019"}
        - {id: other, name: "Khác", kind: subordinate, count: 2, notes: "15 − 13"}
    """


def test_valid_file_builds_the_tree():
    r = load(VALID)
    assert r.ok, [d.format() for d in r.diagnostics]
    assert r.diagnostics == []
    ds = r.dataset
    root = ds.root
    assert root.name == "Đảng bộ tỉnh Lạng Sơn"
    assert root.kind is Kind.PROVINCE
    # values sorted by as-of; the tree shows the latest
    assert [v.value for v in root.figures["members"]] == [45632, 53538]
    assert root.latest("members").value == 53538
    assert root.latest("members").as_of.text == "2013"
    bound = root.latest("members_admitted")
    assert bound.qualifier is Qualifier.MORE_THAN and bound.value == 2000 and bound.is_bound
    assert bound.as_of.text == "2010–2013"
    # value: null is "not reported": absent, never zero
    assert "cells" not in root.figures and root.latest("cells") is None
    # series points sorted by period
    s = root.series[0]
    assert s.type is SeriesType.LINE
    assert [(p.period.text, p.value) for p in s.points] == [("2010", 90), ("2013", 48)]
    commune = ds.find("c1")
    assert commune.code == "06019"
    assert [u.id for u in commune.path()] == ["ls", "d1", "c1"]
    assert commune.parent.parent is root and ds.find("other").row == 1
    assert ds.count_by_kind()[Kind.SUBORDINATE] == 2  # a placeholder counts as its count
    assert len(ds) == 4


def test_text_is_normalised_to_nfc():
    decomposed = "Đảng bộ xã Tân Tiến".encode("utf-8")
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đảng bộ xã Tân Tiến")
    assert nfd != "Đảng bộ xã Tân Tiến"
    r = load(f'root: {{id: a, name: "{nfd}", kind: province}}\n')
    assert r.ok and r.dataset.root.name.encode("utf-8") == decomposed


def test_syntax_error_reported_once_at_its_line_and_column():
    text = "format: 1\nmetadata:\n  title: T\nroot:\n  id: a\n  - name: b\n  kind: province\n"
    # line 6 starts a sequence item inside a mapping: libyaml reports it at 6:3
    r = load_text(text, "s.yaml")
    assert not r.ok
    assert len(r.diagnostics) == 1 and r.diagnostics[0].code.startswith("syntax")
    assert positions(r) == [(6, 3)]


def test_syntax_error_at_7_3():
    text = "a: 1\nb: 2\nc: 3\nd:\n  - x\n  - y\n  z: 1\n"
    r = load_text(text, "s.yaml")
    assert positions(r) == [(7, 3)]
    assert r.diagnostics[0].format().startswith("s.yaml:7:3: error: YAML syntax error")


def test_three_schema_errors_all_reported_with_positions():
    r = load("""\
        root:
          id: a
          nam: b
          kind: province
          figures:
            members:
              - {value: -5, as_of: 2013, source: S1}
              - {value: "7", as_of: 2014, source: S9}
        """)
    assert not r.ok and r.dataset is None
    found = {(d.code, d.line, d.column) for d in r.diagnostics}
    assert ("unknown_key_suggest", 9, 3) in found  # "nam" → did you mean "name"
    assert ("missing_key", 8, 3) in found  # the unit mapping that lacks "name"
    assert ("negative", 13, 17) in found
    assert ("number_text", 14, 17) in found
    assert ("unknown_source", 14, 43) in found
    unknown = next(d for d in r.diagnostics if d.code == "unknown_key_suggest")
    assert unknown.args["suggestion"] == "name"
    # sorted top to bottom
    assert positions(r) == sorted(positions(r))


def test_columns_count_characters_not_bytes():
    r = load('root: {id: a, name: "Đảng bộ tỉnh", kind: provnce}\n')
    d = next(d for d in r.diagnostics if d.code == "bad_enum_suggest")
    line = (HEAD + 'root: {id: a, name: "Đảng bộ tỉnh", kind: provnce}\n').splitlines()[d.line - 1]
    assert line[d.column - 1:].startswith("provnce")


@pytest.mark.parametrize("field, text, code, read_as", [
    ("name", "no", "yaml11_surprise", "a_boolean"),
    ("name", "on", "yaml11_surprise", "a_boolean"),
    ("name", "2013-12-31", "yaml11_surprise", "a_date"),
    ("name", "1:20", "yaml11_surprise", "a_number"),
    ("code", "010", "yaml11_surprise", "a_number"),
])
def test_yaml11_surprises_where_text_belongs(field, text, code, read_as):
    extra = "name: ok\n  " if field == "code" else ""
    r = load(f"root:\n  id: a\n  kind: province\n  {extra}{field}: {text}\n")
    d = next(d for d in r.diagnostics if d.code == code)
    assert d.args["read_as"].code == read_as
    assert d.args["text"] == text


@pytest.mark.parametrize("value, code", [
    ("010", "leading_zero"),
    (".nan", "not_finite"),
    (".inf", "not_finite"),
    ("-.inf", "not_finite"),
    ("9007199254740992", "number_too_large"),
    ("1" * 5000, "number_too_large"),
    ("18446744073709551616", "number_too_large"),
    ("1e3", "bad_number"),
    ("53_538", "bad_number"),
    ("yes", "yaml11_surprise"),
    ('"53538"', "number_text"),
    ("-1", "negative"),
])
def test_bad_numbers(value, code):
    r = load(f"root:\n  id: a\n  name: b\n  kind: province\n  figures:\n"
             f"    members:\n      - value: {value}\n        as_of: 2013\n        source: S1\n")
    assert not r.ok
    assert codes(r) == [code]
    assert positions(r) == [(13, 16)]


def test_largest_exact_number_is_accepted():
    r = load("root:\n  id: a\n  name: b\n  kind: province\n  figures:\n"
             "    members: [{value: 9007199254740991, as_of: 2013, source: S1}]\n")
    assert r.ok and r.dataset.root.latest("members").value == 2**53 - 1


@pytest.mark.parametrize("as_of, ok", [
    ("2013", True), ('"2013"', True), ("2013-12-31", True), ('"2010-03-31"', True),
    ("2010-Q1", True), ('"2010–2013"', True), ("2010-2013", True), ("2013-06", True),
    ("2023-02-30", False), ("2013-13", False), ("2013-Q5", False), ("2013/2010", False),
    ("last year", False),
])
def test_as_of_accepts_dates_quoted_or_not(as_of, ok):
    r = load(f"root:\n  id: a\n  name: b\n  kind: province\n  figures:\n"
             f"    members: [{{value: 1, as_of: {as_of}, source: S1}}]\n")
    assert r.ok is ok, [d.format() for d in r.diagnostics]
    if not ok:
        assert codes(r) == ["bad_period"]


def test_duplicate_keys_and_ids():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          name: c
          children:
            - {id: d, name: x, kind: district}
            - {id: d, name: y, kind: district}
        """)
    dup_key = next(d for d in r.diagnostics if d.code == "duplicate_key")
    assert (dup_key.line, dup_key.column, dup_key.args["first_line"]) == (11, 3, 9)
    dup_id = next(d for d in r.diagnostics if d.code == "duplicate_id")
    assert (dup_id.line, dup_id.args["id"], dup_id.args["first_line"]) == (14, "d", 13)


def test_duplicate_source_ids():
    r = load_text(HEAD + "  - {id: S1, title: again}\nroot: {id: a, name: b, kind: province}\n")
    assert codes(r) == ["duplicate_id"]


def test_kind_order_is_checked():
    r = load("root: {id: a, name: b, kind: commune, children: [{id: c, name: d, kind: district}]}\n")
    assert codes(r) == ["kind_order"]


def test_anchors_aliases_and_tags_are_refused(tmp_path):
    marker = tmp_path / "pwned"
    r = load(f'root: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert "tag" in codes(r) and not r.ok
    assert not marker.exists()
    r = load("root: {id: &x a, name: *x, kind: province}\n")
    assert codes(r).count("alias") == 2


def test_alias_bomb_is_refused_quickly():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    r = load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert not r.ok and "alias" in codes(r)


def test_deep_nesting_is_a_limit_not_a_crash():
    r = load_text("a: " + "[" * 10_000 + "]" * 10_000 + "\n", "deep.yaml")
    assert codes(r) == ["too_deep"]


def test_long_strings_are_refused():
    r = load(f'root: {{id: a, name: "{"x" * 20_000}", kind: province}}\n')
    assert "string_too_long" in codes(r)


def test_file_size_limit(tmp_path):
    f = tmp_path / "big.yaml"
    f.write_bytes(b"# " + b"x" * 2000 + b"\n")
    r = load_file(f, Limits(max_bytes=1000))
    assert codes(r) == ["file_too_large"]


def test_unit_count_limit():
    kids = ", ".join(f"{{id: c{i}, name: x, kind: district}}" for i in range(5))
    r = load(f"root: {{id: a, name: b, kind: province, children: [{kids}]}}\n", limits=Limits(max_units=3))
    assert codes(r) == ["too_many_units"]


def test_encodings():
    body = HEAD + 'root: {id: a, name: "Đảng bộ", kind: province}\n'
    assert load_bytes(b"\xef\xbb\xbf" + body.encode(), "bom.yaml").ok
    assert load_bytes(body.replace("\n", "\r\n").encode(), "crlf.yaml").ok
    r = load_bytes(body.encode("utf-16"), "u16.yaml")
    assert codes(r) == ["utf16"]
    # Windows-1258 / TCVN3-like bytes: a legacy byte in the middle of line 8
    legacy = body.encode().replace("Đảng".encode(), b"\xd0\xe3ng")
    r = load_bytes(legacy, "cp1258.yaml")
    assert codes(r) == ["not_utf8"]
    line = body.splitlines()[r.diagnostics[0].line - 1]
    assert line[r.diagnostics[0].column - 1:].startswith("Đảng")
    r = load_bytes(body.encode().replace(b"province", b"prov\x00nce"), "nul.yaml")
    root_line = body.splitlines()[6]
    assert codes(r) == ["nul_byte"] and positions(r) == [(7, root_line.index("province") + 5)]


def test_empty_and_missing_files(tmp_path):
    assert codes(load_text("", "e.yaml")) == ["empty"]
    assert codes(load_text("# only a comment\n", "e.yaml")) == ["empty"]
    assert codes(load_file(tmp_path / "nope.yaml")) == ["file_missing"]
    assert codes(load_file(tmp_path)) == ["not_a_file"]
    d = load_text("", "e.yaml").diagnostics[0]
    assert d.format() == 'e.yaml: error: the file is empty; expected a data file starting with "format: 1"'


def test_wrong_format_version_and_missing_sections():
    r = load_text("format: 2\nmetadata: {title: T}\nroot: {id: a, name: b, kind: province}\n", "v.yaml")
    assert codes(r) == ["bad_format_version"]
    r = load_text("metadata: {title: T}\n", "v.yaml")
    assert sorted(d.args["key"] for d in r.diagnostics if d.code == "missing_key") == ["format", "root"]


def test_warnings_for_data_that_disagrees_with_itself():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          figures:
            members: [{value: 100, as_of: 2013, source: S1}]
            villages_without_cell:
              - {value: 90, as_of: 2010, source: S1}
              - {value: 49, as_of: 2013, source: S1}
            new_cells_in_villages: [{value: 42, as_of: "2010–2013", source: S1}]
            subordinate_committees: [{value: 1, as_of: 2013, source: S1}]
          checks:
            - rule: "villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2010–2013"
          series:
            - id: t
              title: T
              type: bar
              total: {value: 34, source: S1}
              points:
                - {category: A, value: 16, source: S1}
                - {category: B, value: 17, source: S1}
          children:
            - {id: c, name: d, kind: district, figures: {members: [{value: 150, as_of: 2013}]}}
            - {id: e, name: f, kind: district}
        """)
    assert r.ok  # warnings do not stop loading
    got = sorted(codes(r))
    assert got == sorted(["check_failed", "total_mismatch", "rollup_exceeds", "listed_exceeds", "no_source"])
    check = next(d for d in r.diagnostics if d.code == "check_failed")
    assert (check.args["left"], check.args["right"]) == (49, 48)
    total = next(d for d in r.diagnostics if d.code == "total_mismatch")
    assert (total.args["sum"], total.args["total"]) == (33, 34)
    assert all(d.line > 0 for d in r.diagnostics)


def test_unknown_measure_suggests_the_known_one():
    r = load("root: {id: a, name: b, kind: province, figures: {member: [{value: 1, as_of: 2013, source: S1}]}}\n")
    assert codes(r) == ["unknown_measure_suggest"]
    assert r.diagnostics[0].args["suggestion"] == "members"


def test_declared_measures_are_accepted():
    r = load_text(HEAD + "measures:\n  - {id: trainees, label: Học viên, unit: người}\n"
                  "root: {id: a, name: b, kind: province, figures: {trainees: [{value: 1, as_of: 2013, source: S1}]}}\n",
                  "m.yaml")
    assert r.ok and r.dataset.measure_label("trainees") == "Học viên"


def test_series_points_must_fit_their_type():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          series:
            - {id: l, title: L, type: line, points: [{category: x, value: 1, source: S1}]}
            - {id: b, title: B, type: bar, points: [{period: 2013, value: 1, source: S1}]}
            - {id: k, title: K, type: pie, points: []}
        """)
    assert sorted(codes(r)) == ["bad_enum", "point_needs_category", "point_needs_period"]


def test_every_message_formats_in_english():
    """Each diagnostic the tests produce renders without leftover placeholders."""
    from viewer.messages import TEMPLATES, render

    for code, template in TEMPLATES.items():
        names = [part.split("}")[0] for part in template.split("{")[1:]]
        text = render(code, {n: "X" for n in names})
        assert "{" not in text and "}" not in text, code


def test_bundled_example_yaml_in_tests_loads_without_python_objects(tmp_path):
    """Nothing in a data file may construct a Python object, even the standard YAML types."""
    r = load("root: {id: a, name: b, kind: province, notes: [!!binary aGVsbG8=]}\n")
    assert "tag" in codes(r)


def test_bad_or_null_period_in_a_line_series_is_an_error_not_a_crash():
    for period in ('"20x0"', "null"):
        r = load(f"root:\n  id: a\n  name: b\n  kind: province\n  series:\n"
                 f"    - id: s\n      title: S\n      type: line\n      source: S1\n      points:\n"
                 f"        - {{period: 2013, value: 1}}\n        - {{period: {period}, value: 2}}\n")
        assert not r.ok
        assert codes(r) == (["bad_period"] if period != "null" else ["point_needs_period"])


def test_rollup_compares_the_same_period_only():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          figures:
            members:
              - {value: 100, as_of: 2010, source: S1}
              - {value: 120, as_of: 2013, source: S1}
          children:
            - {id: d1, name: x, kind: district, figures: {members: [{value: 60, as_of: 2010, source: S1}]}}
            - id: d2
              name: "y"
              kind: district
              figures:
                members:
                  - {value: 40, as_of: 2010, source: S1}
                  - {value: 70, as_of: 2013, source: S1}
        """)
    assert r.ok and r.diagnostics == []
    from viewer.domain import Period, rollup

    root = r.dataset.root
    latest = rollup(root, "members")
    assert (latest.period.text, latest.total, latest.reporting, latest.lower_bound) == ("2013", 70, 1, True)
    assert not latest.disagrees  # 70 from one child of two is only a floor under 120
    r2010 = rollup(root, "members", Period.parse("2010"))
    assert (r2010.total, r2010.own.value, r2010.lower_bound, r2010.disagrees) == (100, 100, False, False)


def test_counts_written_with_a_thousands_separator_are_caught():
    r = load("root: {id: a, name: b, kind: province, figures: {members: [{value: 53.538, as_of: 2013, source: S1}]}}\n")
    assert codes(r) == ["thousands_separator"] and r.diagnostics[0].args["digits"] == "53538"
    r = load("root: {id: a, name: b, kind: province, figures: {members: [{value: 2.5, as_of: 2013, source: S1}]}}\n")
    assert codes(r) == ["not_integer"]
    # a measure of the file's own may hold decimals; one that looks grouped is warned about
    r = load_text(HEAD + "measures: [{id: share, label: Tỉ lệ}]\n"
                  "root: {id: a, name: b, kind: province, figures: {share: [{value: 2.000, as_of: 2013, source: S1}]}}\n",
                  "m.yaml")
    assert r.ok and codes(r) == ["maybe_thousands_separator"]


def test_duplicate_series_ids_and_empty_categories():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          source: S1
          series:
            - {id: s, title: A, type: bar, points: [{category: "", value: 1}]}
            - {id: s, title: B, type: bar, points: [{category: x, value: 1}]}
        """)
    assert sorted(codes(r)) == ["duplicate_id", "empty_text"]
    # series points fall back to the unit's source: no "no source" warning
    assert "no_source" not in codes(r)


def test_a_rate_per_year_stays_a_rate():
    r = load("root: {id: a, name: b, kind: province, figures: {members_admitted: "
             "[{value: 2000, qualifier: more_than, per: year, as_of: '2010–2013', source: S1}]}}\n")
    v = r.dataset.root.latest("members_admitted")
    assert (v.value, v.qualifier, v.per, v.as_of.text) == (2000, Qualifier.MORE_THAN, "year", "2010–2013")
    r = load("root: {id: a, name: b, kind: province, figures: {members_admitted: "
             "[{value: 2000, per: decade, as_of: '2010–2013', source: S1}]}}\n")
    assert codes(r) == ["bad_enum"]


def test_upper_bounds_and_decimals_give_no_false_warnings():
    r = load_text(HEAD + """\
measures: [{id: ratio, label: Tỉ lệ}]
root:
  id: a
  name: b
  kind: province
  figures:
    members: [{value: 55, as_of: 2013, source: S1}]
    ratio:
      - {value: 0.1, as_of: 2011, source: S1}
      - {value: 0.2, as_of: 2012, source: S1}
      - {value: 0.3, as_of: 2013, source: S1}
  checks:
    - rule: "ratio@2013 = ratio@2012 + ratio@2011"
  children:
    - {id: c, name: x, kind: district, figures: {members: [{value: 50, as_of: 2013, source: S1}]}}
    - {id: d, name: z, kind: district,
       figures: {members: [{value: 10, qualifier: less_than, as_of: 2013, source: S1}]}}
""", "u.yaml")
    assert r.ok and r.diagnostics == []  # 50 + (under 10) may well be 55; 0.1 + 0.2 is 0.3
    from viewer.domain import rollup

    s = rollup(r.dataset.root, "members")
    assert s.uncertain and not s.lower_bound and not s.disagrees and s.total == 60


def test_small_decimals_are_never_shown_as_zero(qapp):
    from PySide6.QtCore import QLocale

    from viewer import vocab
    from viewer.i18n import locale_for

    QLocale.setDefault(locale_for("vi"))
    try:
        assert vocab.number_text(0.0000001) == "0,0000001"
        assert vocab.number_text(2409.25) == "2.409,25"
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_point_not_reported_keeps_its_place():
    r = load("""\
        root:
          id: a
          name: b
          kind: province
          source: S1
          series:
            - id: s
              title: T
              type: bar
              total: {value: 34}
              points:
                - {category: A, value: 16}
                - {category: B, value: null, note: chưa báo cáo}
                - {category: C, value: 18}
        """)
    assert r.ok and r.diagnostics == []  # no total check with a part not reported
    s = r.dataset.root.series[0]
    assert [(p.category, p.value, p.note) for p in s.points] == [("A", 16, ""), ("B", None, "chưa báo cáo"),
                                                                  ("C", 18, "")]


def test_a_long_lived_dataset_is_out_of_the_collectors_sight_until_released(tmp_path):
    """``long_lived``: the loaded objects are frozen (the collector's passes over a national
    tree would stop the window for a second); release() takes the tree apart so that the
    parent-link cycles do not keep it alive for ever."""
    import gc

    from viewer.cache import load_cached
    from viewer.paths import bundled_data

    BUNDLED, CACHE_DIR = bundled_data(), tmp_path / "cache"
    gc.collect()
    before = gc.get_freeze_count()
    try:
        for how in ("file", "cache miss", "cache hit"):
            if how == "file":
                result = load_file(BUNDLED, long_lived=True)
            else:
                result, hit = load_cached(BUNDLED, CACHE_DIR, long_lived=True)
                assert hit == (how == "cache hit")
            ds = result.dataset
            units = len(ds)
            frozen = gc.get_freeze_count()
            assert frozen >= before + units
            gc.collect()
            assert gc.get_freeze_count() == frozen  # the collector did not touch them
            ds.release()
            assert len(ds) == 0 and ds.root is None
            del result, ds
            assert gc.get_freeze_count() <= frozen - units  # freed by reference counting
        # A failed load settles nothing; garbage cycles from before are collected, not kept.
        import weakref

        class Cycle:
            pass

        cycle = Cycle()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        frozen = gc.get_freeze_count()
        assert not load_bytes(b"root: [unclosed", long_lived=True).ok
        assert gc.get_freeze_count() == frozen
        assert gone() is None
        cycle = Cycle()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        assert load_file(BUNDLED, long_lived=True).ok
        assert gone() is None
    finally:
        gc.unfreeze()


def test_release_in_steps_frees_a_piece_at_a_time():
    from viewer.paths import bundled_data

    ds = load_file(bundled_data()).dataset
    units = list(ds.units())
    steps = ds.release_steps(piece=50)
    next(steps)
    assert len(ds) == 0 and ds.root is None  # the dataset itself is empty at once
    taken = 0
    for _ in steps:
        taken += 1
    assert taken == -(-len(units) // 50)  # one step per piece of 50
    assert all(u.parent is None and u.children == () for u in units)


def test_the_fast_scan_for_forbidden_characters_agrees_with_the_pattern_on_every_character():
    """_may_hold_forbidden() looks at UTF-8 bytes instead of decoded text: for every character
    of the Basic Multilingual Plane (and some beyond), alone and beside others, it says yes
    exactly when the pattern finds it."""
    from viewer.loader import _FORBIDDEN, _may_hold_forbidden

    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    chars += [chr(c) for c in (0x10000, 0x1F600, 0xE0001, 0x10FFFF)]
    for ch in chars:
        for text in (ch, f"tên: \"Đảng bộ {ch}\"\n", f"— {ch}—\u2014"):
            assert _may_hold_forbidden(text.encode("utf-8")) == (_FORBIDDEN.search(text) is not None), hex(ord(ch))
