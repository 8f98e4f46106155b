"""Charts: the plotted values are the data's, drawn honestly, in either language.

Every test reads back what pyqtgraph was given (x/y of markers and connectors, bar heights,
segment widths, tick strings the axis draws) and compares it with the data file; none only
checks that nothing crashed.
"""
from __future__ import annotations

import math
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from viewer import charts  # noqa: E402
from viewer.domain import (  # noqa: E402
    Dataset,
    Kind,
    Metadata,
    Period,
    Point,
    Qualifier,
    Series,
    SeriesType,
    Unit,
)
from viewer.i18n import Language  # noqa: E402
from viewer.loader import load_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "resources" / "data.yaml"
DATA = ROOT / "tests" / "data"
OPTS = charts.ChartOptions(width=640, height=400)


def _load(path: Path) -> Dataset:
    result = load_file(path)
    assert result.dataset is not None, [d.code for d in result.errors]
    return result.dataset


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return _load(BUNDLED)


@pytest.fixture(scope="module")
def yearly() -> Dataset:
    return _load(DATA / "chart-yearly.yaml")


@pytest.fixture(scope="module")
def districts() -> Dataset:
    return _load(DATA / "chart-districts.yaml")


@pytest.fixture(scope="module")
def edge() -> Dataset:
    return _load(DATA / "chart-edge.yaml")


def _set(code: str) -> Language:
    lang = Language()
    lang.set(code)
    return lang


@pytest.fixture
def vi(qapp):
    lang = _set("vi")
    yield lang
    lang.set("en")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def en(qapp):
    lang = _set("en")
    yield lang
    QLocale.setDefault(QLocale.c())


def find(ds: Dataset, sid: str) -> tuple[Unit, Series]:
    for unit in ds.units():
        for s in unit.series:
            if s.id == sid:
                return unit, s
    raise KeyError(sid)


def build(ds: Dataset, sid: str, **kw) -> charts.Chart:
    unit, s = find(ds, sid)
    return charts.build_chart(ds, unit, s, charts.ChartOptions(width=640, height=400, **kw))


def xy(item) -> tuple[list[float], list[float]]:
    x, y = item.getData()
    return [float(v) for v in x], [float(v) for v in y]


def mid(text: str) -> float:
    p = Period.parse(text)
    return (p.start + p.end) / 2


def bars(item) -> list[tuple[float, float]]:
    """(position, value) of each bar of a BarGraphItem, vertical or horizontal."""
    o = item.opts
    if o.get("x0") is not None and o.get("y") is not None:  # horizontal: y = position
        return [(float(p), float(v)) for p, v in zip(o["y"], o["width"])]
    return [(float(p), float(v)) for p, v in zip(o["x"], o["height"])]


def drawn_tick_strings(chart: charts.Chart, axis_name: str) -> list[str]:
    """The tick labels the axis really draws at the chart's laid-out size."""
    axis = chart.plot.getAxis(axis_name)
    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    try:
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    assert specs is not None
    return [text for _, _, text in specs[2]]


def rendered(ds: Dataset, sid: str, w: int = 640, h: int = 400) -> charts.Chart:
    unit, s = find(ds, sid)
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    try:
        return charts.render_chart(ds, unit, s, p, QRectF(0, 0, w, h),
                                   charts.ChartOptions(width=w, height=h, scale=1.0))
    finally:
        p.end()


# --------------------------------------------------------------------------- every series


def _expected_line(s: Series) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for p in s.points:
        out.setdefault(p.group, []).append(((p.period.start + p.period.end) / 2, float(p.value)))
    return {g: sorted(v) for g, v in out.items()}


def _check_plotted_equals_data(ds: Dataset, s: Series, chart: charts.Chart) -> None:
    if s.type is SeriesType.LINE:
        got = {name: sorted(zip(*xy(item))) for name, item in chart.items["markers"]}
        assert got.keys() == _expected_line(s).keys()
        for g, pts in _expected_line(s).items():
            assert [x for x, _ in got[g]] == pytest.approx([x for x, _ in pts])
            assert [y for _, y in got[g]] == [y for _, y in pts]
    elif s.type is SeriesType.BAR:
        cats = list(s.categories)
        for gi, group in enumerate(s.groups):
            plotted = []
            for role in ("bars", "open_bars"):
                item = chart.item(role, group)
                if item is not None:
                    plotted += bars(item)
            plotted.sort()
            want = [float(p.value) for c in cats for p in s.points if p.category == c and p.group == group]
            assert [v for _, v in plotted] == want
    else:  # stacked: each category's segments, left edges cumulative within a group
        ends = {g: 0.0 for g in s.groups}
        for cat in s.categories:
            item = chart.item("segments", cat) or chart.item("open_segments", cat)
            o = item.opts
            got = [(float(r), float(x0), float(w)) for r, x0, w in zip(o["y"], o["x0"], o["width"])]
            want = []
            for gi, g in enumerate(s.groups):
                for p in s.points:
                    if p.category == cat and p.group == g:
                        want.append((float(gi), ends[g], float(p.value)))
                        ends[g] += p.value
            assert got == want


@pytest.mark.parametrize("name", ["bundled", "yearly", "districts", "edge"])
def test_every_series_plots_exactly_its_points(name, request, en):
    ds = request.getfixturevalue(name)
    count = 0
    for unit in ds.units():
        for s in unit.series:
            chart = charts.build_chart(ds, unit, s, OPTS)
            _check_plotted_equals_data(ds, s, chart)
            count += 1
    assert count >= 2


# --------------------------------------------------------------------------- the bundled charts


def test_bundled_root_has_the_issue_charts(bundled):
    ids = [s.id for s in bundled.root.series]
    assert ids == ["villages-without-cell", "village-cells-progress", "merged-cells", "training-classes",
                   "training-trainees", "members", "members-admitted", "grassroots-organisations"]


def test_villages_without_cell_2010_to_2013_is_two_points_with_a_dashed_gap(bundled, vi):
    c = build(bundled, "villages-without-cell")
    assert xy(c.item("markers")) == ([2010.5, 2013.5], [90.0, 48.0])
    assert xy(c.item("dashed")) == ([2010.5, 2013.5], [90.0, 48.0])
    assert c.item("solid") is None  # never drawn like yearly data
    assert c.item("dashed").opts["pen"].style() == Qt.PenStyle.CustomDashLine
    assert "không có số liệu từng năm" in c.texts.legend
    assert c.texts.value_axis == "Số thôn" and c.texts.category_axis == "Năm"


def test_cells_formed_and_left_stack_to_the_stated_total(bundled, vi):
    c = build(bundled, "village-cells-progress")
    formed = c.item("segments", "Đã thành lập chi bộ (2010–2013)").opts
    left = c.item("segments", "Còn chưa có chi bộ (2013)").opts
    assert (list(formed["x0"]), list(formed["width"])) == ([0.0], [42.0])
    assert (list(left["x0"]), list(left["width"])) == ([42.0], [48.0])
    x, _ = xy(c.item("totals"))
    assert max(x) == 90.0  # the dimension line of the total 90 ends where 42 + 48 ends
    labels = c.item("labels").texts()
    assert "42" in labels and "48" in labels and "tổng số 90 thôn (2010)" in labels
    assert "tổng số 90 thôn" in c.texts.subtitle


def test_merged_cells_bars(bundled, vi):
    c = build(bundled, "merged-cells")
    assert [v for _, v in bars(c.item("bars"))] == [35.0, 5.0, 1.0]
    axis = c.plot.getAxis("bottom")
    assert [lab.replace("\n", " ") for lab in axis.wrapped] == [
        "Chi bộ ghép 1 thôn", "Chi bộ ghép 2 thôn", "Chi bộ ghép 3 thôn"]
    assert c.item("labels").texts() == ["35", "5", "1"]


@pytest.mark.parametrize("sid, values, total_vi, total_en", [
    ("training-classes", [16.0, 18.0], "tổng số 34 lớp", "total 34 classes"),
    ("training-trainees", [962.0, 1447.0], "tổng số 2.409 học viên", "total 2,409 trainees"),
])
def test_training_by_type_with_totals_in_both_languages(bundled, sid, values, total_vi, total_en, qapp):
    lang = _set("vi")
    try:
        c = build(bundled, sid)
        assert [v for _, v in bars(c.item("bars"))] == values
        assert total_vi in c.texts.subtitle
        assert c.item("labels").texts() == [charts.vocab.number_text(int(v)) for v in values]
        lang.set("en")
        c = build(bundled, sid)
        assert total_en in c.texts.subtitle
        assert "1,447" in c.item("labels").texts() or sid == "training-classes"
    finally:
        lang.set("en")
        QLocale.setDefault(QLocale.c())


def test_members_date_point_sits_at_its_day_and_2013_over_its_year(bundled, vi):
    c = build(bundled, "members")
    x, y = xy(c.item("markers"))
    assert y == [45632.0, 53538.0]
    assert x == pytest.approx([mid("2010-03-31"), 2013.5])
    assert 2010.24 < x[0] < 2010.25  # 31 March: a quarter into 2010
    assert c.item("solid") is None and c.item("dashed") is not None
    assert c.item("labels").texts() == ["45.632", "53.538"]


def test_members_admitted_span_is_one_segment_with_a_lower_bound(bundled, vi):
    c = build(bundled, "members-admitted")
    span = c.item("spans", "Mỗi năm")
    assert xy(span) == ([2010.0, 2014.0], [2000.0, 2000.0])  # over 2010–2013, not four points
    marker = c.item("markers", "Mỗi năm")
    assert xy(marker) == ([2012.0], [2000.0])
    assert marker.data["brush"][0].color() == QColor("white")  # hollow: not an exact figure
    arrows = c.item("bounds", "Mỗi năm")
    assert xy(arrows) == ([2012.0], [2000.0]) and arrows.data["symbol"][0] is charts.BOUND_UP
    q1 = c.item("markers", "Quý I/2010")
    assert xy(q1) == ([2010.125], [303.0])  # in the first quarter of 2010
    assert c.item("bounds", "Quý I/2010") is None
    assert "> 2.000 mỗi năm" in c.item("labels").texts()
    assert "giới hạn dưới (mức tối thiểu)" in c.texts.legend
    assert "cùng một mức cho mỗi năm trong giai đoạn" in c.texts.legend
    tip = next(m.tooltip for m in c.marks if m.label == "Mỗi năm")
    assert "trên 2.000 đảng viên mỗi năm" in tip and "giới hạn dưới" in tip
    assert "Giai đoạn: 2010–2013" in tip


def test_grassroots_organisations_2009_and_2013(bundled, vi):
    c = build(bundled, "grassroots-organisations")
    assert xy(c.item("markers")) == ([2009.5, 2013.5], [758.0, 769.0])
    assert xy(c.item("dashed")) == ([2009.5, 2013.5], [758.0, 769.0])
    assert c.default_range[1][0] == 0.0  # the value axis starts at zero


def test_source_line_names_every_source(bundled, vi):
    c = build(bundled, "members")
    assert c.texts.source_line.startswith("Nguồn: ")
    for sid in ("S1", "S3a"):
        assert bundled.source(sid).title in c.texts.source_line


# --------------------------------------------------------------------------- ticks


@pytest.mark.parametrize("sid", ["villages-without-cell", "members", "members-admitted",
                                 "grassroots-organisations"])
def test_year_ticks_are_whole_years_at_the_middle_of_each_year(bundled, sid, en):
    c = rendered(bundled, sid)
    drawn = drawn_tick_strings(c, "bottom")
    assert drawn and all(re.fullmatch(r"\d{4}", t) for t in drawn), drawn
    axis = c.plot.getAxis("bottom")
    (x0, x1), _ = c.view_range()
    for spacing, values in axis.tickValues(x0, x1, 600):
        for v, text in zip(values, axis.tickStrings(values, 1, spacing)):
            assert v == int(text) + 0.5
    first, last = int(drawn[0]), int(drawn[-1])
    assert drawn == [str(y) for y in range(first, last + 1)]


def test_value_ticks_have_the_languages_thousands_separator(bundled, qapp):
    lang = _set("vi")
    try:
        vi_ticks = drawn_tick_strings(rendered(bundled, "members"), "left")
        lang.set("en")
        en_ticks = drawn_tick_strings(rendered(bundled, "members"), "left")
    finally:
        lang.set("en")
        QLocale.setDefault(QLocale.c())
    assert "20.000" in vi_ticks and "20,000" in en_ticks
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*", t) for t in vi_ticks), vi_ticks
    assert not any("e" in t or "k" in t for t in en_ticks)


def test_sixteen_yearly_points_draw_sixteen_points_and_one_solid_line(yearly, en):
    c = rendered(yearly, "members-yearly", 800, 500)
    x, y = xy(c.item("markers"))
    assert len(x) == 16
    assert x == [year + 0.5 for year in range(2010, 2026)]
    _, s = find(yearly, "members-yearly")
    assert y == [float(p.value) for p in s.points]
    sx, _ = xy(c.item("solid"))
    assert len(sx) == 2 * 15 and c.item("dashed") is None
    drawn = drawn_tick_strings(c, "bottom")
    assert all(re.fullmatch(r"\d{4}", t) for t in drawn)
    assert {int(t) for t in drawn} >= set(range(2010, 2026, 2))


# --------------------------------------------------------------------------- honest drawing


def test_a_missing_year_is_a_dashed_gap_not_data(yearly, vi):
    c = build(yearly, "admitted-gap")
    assert xy(c.item("solid"))[0] == [2010.5, 2011.5, 2011.5, 2012.5, 2014.5, 2015.5]
    assert xy(c.item("dashed"))[0] == [2012.5, 2014.5]
    assert 2013.5 not in xy(c.item("markers"))[0]  # no invented 2013 point


def test_bounds_on_a_time_line(edge, en):
    c = build(edge, "bounds-line")
    markers = c.item("markers")
    x, y = xy(markers)
    assert y == [100.0, 120.0, 150.0, 90.0, 200.0]
    hollow = [b.color() == QColor("white") for b in markers.data["brush"]]
    assert hollow == [False, False, True, True, False]  # the two bounds are open markers
    arrows = c.item("bounds")
    assert xy(arrows) == ([2011.5, 2012.5], [150.0, 90.0])
    assert list(arrows.data["symbol"]) == [charts.BOUND_UP, charts.BOUND_DOWN]
    labels = c.item("labels").texts()
    assert {"> 150", "< 90", "≈ 120", "100", "200", "≥ 60"} <= set(labels)
    assert "lower bound (a minimum)" in c.texts.legend and "upper bound (a maximum)" in c.texts.legend
    tip = next(m.tooltip for m in c.marks if m.point and m.point.value == 150)
    assert "more than 150" in tip and "lower bound" in tip.lower()
    span = c.item("spans", "Mỗi năm")
    assert xy(span) == ([2015.0, 2018.0], [60.0, 60.0])


def test_a_lower_bound_bar_is_open_with_an_arrow(edge, vi):
    c = build(edge, "bounds-bar")
    assert [v for _, v in bars(c.item("bars"))] == [10.0, 0.0]
    open_bars = c.item("open_bars")
    assert [v for _, v in bars(open_bars)] == [20.0]
    assert open_bars.opts["brush"].color() == QColor("white")
    assert xy(c.item("bounds")) == ([1.0], [20.0])
    assert "> 20" in c.item("labels").texts()
    assert "giới hạn dưới (mức tối thiểu)" in c.texts.legend


def test_an_unknown_value_is_not_a_zero(edge, districts, vi):
    c = build(edge, "grouped-missing")
    assert [v for _, v in bars(c.item("bars", "Nữ"))] == [25.0]  # no bar for Lớp B
    assert "chưa có" in c.item("labels").texts()
    assert "chưa có số liệu (không phải số 0)" in c.texts.legend
    d = build(districts, "cells-by-district")
    positions = [p for p, _ in bars(d.item("bars", "2013"))]
    assert len(positions) == 10  # 11 districts, Lộc Bình has no 2013 figure
    assert d.item("labels").texts().count("chưa có") == 1


def test_values_are_floats_before_pyqtgraph_even_huge_ones(qapp, en):
    pts = (Point(2**70, category="a"), Point(1, category="b"), Point(float("nan"), category="c"))
    s = Series("big", "Big", SeriesType.BAR, pts, unit="người")
    line = Series("big-line", "Big line", SeriesType.LINE,
                  (Point(2**64, period=Period.parse("2010")), Point(2**64 + 1, period=Period.parse("2011"))))
    unit = Unit("u", "U", Kind.PROVINCE, series=(s, line))
    ds = Dataset(Metadata("t"), {}, {}, unit)
    c = charts.build_chart(ds, unit, s, OPTS)
    heights = c.item("bars").opts["height"]
    assert heights.dtype.kind == "f" and list(heights) == [float(2**70), 1.0]
    assert "n/a" in c.item("labels").texts()  # NaN is not drawn, and not as zero
    c2 = charts.build_chart(ds, unit, line, OPTS)
    x, y = xy(c2.item("markers"))
    assert y == [float(2**64), float(2**64 + 1)] and all(math.isfinite(v) for v in y)
    img = charts.chart_image(ds, unit, s, 300, 200, 1.0)
    assert not img.isNull()


# --------------------------------------------------------------------------- data, not code


def test_per_district_series_draw_from_the_data(districts, vi):
    bar = build(districts, "cells-by-district")
    assert [g for g, _ in bar.items["bars"]] == ["2010", "2013"]
    assert bar.plot.getAxis("left").labels[:2] == ["Thành phố Lạng Sơn", "Tràng Định"]  # many: horizontal
    line = build(districts, "villages-by-district")
    assert [g for g, _ in line.items["markers"]] == ["Bình Gia", "Văn Quan", "Đình Lập"]
    assert xy(line.item("markers", "Văn Quan")) == ([2010.5, 2013.5], [15.0, 8.0])
    assert xy(line.item("dashed", "Đình Lập"))[0] == [2011.5, 2013.5]
    styles = {charts.style_for(i) for i in range(3)}
    assert len({st.colour for st in styles}) == 3 and len({st.symbol for st in styles}) == 3
    stacked = build(districts, "progress-by-district")
    assert list(stacked.item("segments", "Còn chưa có chi bộ").opts["x0"]) == [11.0, 7.0, 5.0]


def test_palette_is_okabe_ito_and_greyscale_distinct():
    okabe_ito = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"}
    assert {s.colour for s in charts.PALETTE} == okabe_ito
    def luma(c: QColor) -> float:  # what a greyscale print keeps
        return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()

    grey = [luma(QColor(s.colour)) for s in charts.PALETTE[:3]]
    assert min(abs(a - b) for i, a in enumerate(grey) for b in grey[i + 1:]) > 15
    assert [s.hatch for s in charts.PALETTE[:2]] == [False, True]  # and hatching tells them apart
    assert len({s.symbol for s in charts.PALETTE}) == len(charts.PALETTE)


# --------------------------------------------------------------------------- language


def test_chart_labels_switch_language(bundled, qapp):
    lang = _set("vi")
    try:
        v = build(bundled, "villages-without-cell")
        lang.set("en")
        e = build(bundled, "villages-without-cell")
    finally:
        lang.set("en")
        QLocale.setDefault(QLocale.c())
    assert (v.texts.value_axis, v.texts.category_axis) == ("Số thôn", "Năm")
    assert (e.texts.value_axis, e.texts.category_axis) == ("Number of villages", "Year")
    assert v.plot.getAxis("left").labelText == "Số thôn"
    assert e.plot.getAxis("left").labelText == "Number of villages"
    assert v.texts.source_line.startswith("Nguồn: ") and e.texts.source_line.startswith("Source: ")
    assert "không có số liệu từng năm" in v.legend.texts() and "no yearly figures" in e.legend.texts()
    assert v.texts.title == e.texts.title == "Số thôn chưa có chi bộ"  # data text stays as written


def test_tooltip_has_exact_figure_date_and_source(bundled, vi):
    c = rendered(bundled, "members")
    x, y = xy(c.item("markers"))
    scene = c.plot.vb.mapViewToScene(QPointF(x[0], y[0]))
    tip = c.tooltip_at(scene + QPointF(2, 1))
    assert "45.632 đảng viên" in tip and "Thời điểm: 31/03/2010" in tip
    assert bundled.source("S3a").title in tip
    far = c.plot.vb.mapViewToScene(QPointF(2011.5, 10000))
    assert c.tooltip_at(far) == ""


# --------------------------------------------------------------------------- rendering


def test_image_is_white_laid_out_at_its_size_and_shows_the_bars(bundled, en):
    unit, s = find(bundled, "merged-cells")
    img = charts.chart_image(bundled, unit, s, 400, 250, 2.0)
    assert (img.width(), img.height()) == (800, 500)
    assert img.pixelColor(2, 2) == QColor("white") and img.pixelColor(797, 497) == QColor("white")
    assert round(img.dotsPerMeterX() * 0.0254) == 192
    blue = QColor(charts.PALETTE[0].colour)
    found = any(img.pixelColor(x, y) == blue for x in range(0, 800, 7) for y in range(0, 500, 7))
    assert found


def test_render_lays_out_at_the_target_size_the_same_every_time(bundled, en):
    a = rendered(bundled, "members", 700, 420)
    b = rendered(bundled, "members", 700, 420)
    assert a.layout.geometry() == QRectF(0, 0, 700, 420)
    assert a.plot.vb.sceneBoundingRect() == b.plot.vb.sceneBoundingRect()
    assert a.plot.vb.sceneBoundingRect().width() > 400


def test_options_without_titles_keep_the_legend_and_texts_as_strings(bundled, en):
    c = build(bundled, "members", titles=False)
    assert c._blocks == [c.legend]
    assert c.texts.title == "Số đảng viên" and c.texts.source_line.startswith("Source: ")


# --------------------------------------------------------------------------- the panel


@pytest.fixture
def panel(qtbot, vi):
    from viewer.widgets.chart_panel import ChartPanel

    p = ChartPanel()
    qtbot.addWidget(p)
    p.resize(700, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_panel_shows_the_nearest_ancestors_charts_and_says_whose(panel, bundled):
    commune = bundled.find("c-05971")
    panel.show_unit(bundled, commune)
    assert panel.label_owner.text() == "Biểu đồ của: Đảng bộ tỉnh Lạng Sơn"
    assert commune.name in panel.label_inherited.text() and panel.label_inherited.isVisibleTo(panel)
    assert [s.id for s in panel.series()] == [s.id for s in bundled.root.series]
    panel.show_unit(bundled, bundled.root)
    assert not panel.label_inherited.isVisibleTo(panel)


def test_panel_owner_is_the_nearest_unit_with_charts(panel, districts):
    panel.show_unit(districts, districts.find("xa-hong-phong"))
    assert panel.label_owner.text() == "Biểu đồ của: Đảng bộ huyện Bình Gia"
    assert [s.id for s in panel.series()] == ["binh-gia-trainees"]
    panel.show_unit(districts, districts.find("xa-tan-doan"))
    assert panel.label_owner.text() == "Biểu đồ của: Đảng bộ tỉnh Thử"
    assert len(panel.frames) == 3


def test_panel_reset_copy_and_print_hook(panel, bundled, qtbot):
    panel.show_unit(bundled, bundled.root)
    frame = panel.frame_for("members")
    frame.chart.set_view_range((2011.0, 2012.0), (0.0, 30000.0))
    assert frame.is_zoomed()
    qtbot.mouseClick(frame.button_reset, Qt.MouseButton.LeftButton)
    assert not frame.is_zoomed()
    frame.copy_image()
    img = QGuiApplication.clipboard().image()
    assert img.width() == 2 * frame.view.width() and img.pixelColor(1, 1) == QColor("white")
    menu = frame.make_menu()
    assert [a.text() for a in menu.actions() if a.text()] == ["Sao chép biểu đồ thành ảnh", "Xem toàn bộ"]
    panel.set_print_enabled(True)
    menu = frame.make_menu()
    act = [a for a in menu.actions() if a.text() == "In biểu đồ…"][0]
    with qtbot.waitSignal(panel.sigPrintChartRequested) as blocker:
        act.trigger()
    assert blocker.args == [frame.series]


def test_panel_retranslates_labels_and_charts(panel, bundled, qtbot, vi):
    panel.show_unit(bundled, bundled.find("c-05971"))
    frame = panel.frame_for("villages-without-cell")
    frame.chart.set_view_range((2010.0, 2012.0), (0.0, 100.0))
    vi.set("en")
    qtbot.waitUntil(lambda: panel.label_owner.text().startswith("Charts of: "), timeout=2000)
    chart = panel.frame_for("villages-without-cell").chart
    assert chart.texts.value_axis == "Number of villages" and "no yearly figures" in chart.texts.legend
    assert panel.frame_for("villages-without-cell").button_reset.text() == "Reset view"
    assert chart.view_range()[0] == pytest.approx((2010.0, 2012.0))  # the zoom survives
    vi.set("vi")
    panel.retranslate_ui()
    assert panel.label_owner.text() == "Biểu đồ của: Đảng bộ tỉnh Lạng Sơn"
    assert panel.frame_for("members").chart.item("labels").texts() == ["45.632", "53.538"]


def test_a_hidden_panel_redraws_in_a_new_language_when_shown_again(panel, bundled, qtbot, vi):
    """Not while hidden: a closed window's panel, waiting to be deleted, draws nothing more."""
    panel.show_unit(bundled, bundled.root)
    chart = panel.frame_for("members").chart
    panel.hide()
    vi.set("en")
    qtbot.wait(50)  # the LanguageChange QApplication posts is delivered
    assert panel.frame_for("members").chart is chart
    assert panel.label_owner.text().startswith("Biểu đồ của: ")
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.frame_for("members").chart is not chart
    assert panel.label_owner.text().startswith("Charts of: ")
    assert panel.frame_for("members").chart.texts.value_axis == "Number of Party members"


def test_a_chart_and_its_views_go_when_let_go_not_at_the_collector(panel, bundled):
    """A rendered chart and its off-screen view are freed as soon as the chart is let go (no
    cycle through PySide6 for the garbage collector to take apart, which crashed now and
    then); the frames and views the panel replaces stay owned by it until deleted."""
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import Shiboken

    import gc

    chart = rendered(bundled, "members")
    view, ref = chart._view, weakref.ref(chart)
    gone = []
    view.destroyed.connect(lambda: gone.append("view"))
    gc.disable()
    try:
        del chart
        assert ref() is None  # with the collector off
        del view
        assert gone == ["view"]
    finally:
        gc.enable()
    panel.show_unit(bundled, bundled.root)
    frame = panel.frames[0]
    old_view = frame.view
    old_view.destroyed.connect(lambda: gone.append("old view"))
    frame.build(keep_range=True)  # a new view for the frame
    frame.destroyed.connect(lambda: gone.append("frame"))
    panel.show_unit(bundled, bundled.find("d-dinh-lap"))  # another unit's charts: new frames
    assert not Shiboken.ownedByPython(old_view) and not Shiboken.ownedByPython(frame)
    del frame, old_view
    assert gone == ["view"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sorted(gone) == ["frame", "old view", "view"]


def test_a_panel_with_charts_goes_when_let_go(qapp, bundled, vi):
    """No cycle between a panel and its frames (a frame holds its panel weakly): a panel
    nobody parents is freed at once, not left to the collector."""
    import gc
    import weakref

    from viewer.widgets.chart_panel import ChartPanel

    panel = ChartPanel()
    panel.show_unit(bundled, bundled.root)
    assert len(panel.frames) == len(bundled.root.series)
    ref = weakref.ref(panel)
    gc.disable()
    try:
        del panel
        assert ref() is None
    finally:
        gc.enable()


RENDER_MANY = r"""
import gc, json, os, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from viewer import charts
from viewer.loader import load_file
ds = load_file(sys.argv[2]).dataset
unit = ds.root
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
sizes = []
for i in range(200):
    image = QImage(640, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    charts.render_chart(ds, unit, unit.series[i % len(unit.series)], painter, QRectF(0, 0, 640, 400))
    painter.end()
    if i % 10 == 0:
        gc.collect()
    if i in (40, 199):
        sizes.append(rss())
print(json.dumps({"sizes": sizes}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_two_hundred_charts_rendered_one_after_another(tmp_path):
    """In a fresh process, with the collector run every ten: the code before the weak reference
    in ChartLayout ended here with a segmentation fault, its memory growing all along."""
    from conftest import ROOT, run_window_script

    seen = run_window_script(tmp_path, RENDER_MANY, str(ROOT / "resources" / "data.yaml"))
    first, last = seen["sizes"]
    assert last - first < 15  # MiB over 160 charts: each one freed


def test_panel_without_data_or_charts(panel, yearly):
    panel.show_unit(None, None)
    assert panel.frames == [] and panel.label_inherited.text() == "Chọn một đơn vị để xem biểu đồ."
    empty = Unit("x", "Đảng bộ Trống", Kind.PROVINCE)
    ds = Dataset(Metadata("t"), {}, {}, empty)
    panel.show_unit(ds, empty)
    assert panel.frames == [] and "Đảng bộ Trống" in panel.label_inherited.text()


def test_drawing_does_not_depend_on_the_devices_resolution(bundled, en):
    """pyqtgraph caches axes as QPictures, which Qt rescales on a device of another dpi; a
    192-dpi image must get the same drawing as a 96-dpi one (a printer likewise)."""
    unit, s = find(bundled, "members")
    images = []
    for dpi in (96, 192):
        img = QImage(800, 500, QImage.Format.Format_ARGB32)
        img.setDotsPerMeterX(round(dpi / 0.0254))
        img.setDotsPerMeterY(round(dpi / 0.0254))
        img.fill(QColor("white"))
        p = QPainter(img)
        try:
            charts.render_chart(bundled, unit, s, p, QRectF(0, 0, 800, 500),
                                charts.ChartOptions(width=400, height=250, scale=2.0))
        finally:
            p.end()
        img.setDotsPerMeterX(3780)
        img.setDotsPerMeterY(3780)
        images.append(img)
    assert images[0] == images[1]


def test_wheel_scrolls_the_list_ctrl_wheel_zooms_and_zoom_is_restrained(panel, bundled, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    panel.show_unit(bundled, bundled.root)
    frame = panel.frame_for("villages-without-cell")
    view = frame.view
    bar = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and view.viewport().height() > 300)  # laid out
    before = frame.chart.view_range()
    centre = view.viewport().rect().center()

    def wheel(modifiers) -> None:
        ev = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)), QPoint(0, 0),
                         QPoint(0, -120), Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                         False)
        QApplication.sendEvent(view.viewport(), ev)

    start = bar.value()
    wheel(Qt.KeyboardModifier.NoModifier)
    assert frame.chart.view_range() == before and bar.value() > start  # the list scrolled
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert frame.chart.view_range() != before  # the chart zoomed
    (a0, a1), (b0, b1) = frame.chart.default_range
    frame.chart.plot.vb.setRange(xRange=(1000.0, 3000.0), yRange=(-1e6, 1e7), padding=0)
    (x0, x1), (y0, y1) = frame.chart.view_range()
    assert x1 - x0 <= 2 * (a1 - a0) + 1e-6 and y0 >= 0 and y1 - y0 <= 2.5 * (b1 - b0) + 1e-6
    frame.reset_view()
    assert not frame.is_zoomed()


def test_hovering_a_bar_shows_its_tooltip(panel, bundled, qtbot):
    from PySide6.QtWidgets import QToolTip

    panel.show_unit(bundled, bundled.root)
    frame = panel.frame_for("merged-cells")
    qtbot.waitUntil(lambda: frame.view.viewport().height() >= 300)
    chart = frame.chart
    (pos, value), = [b for b in bars(chart.item("bars")) if b[1] == 35.0]
    scene = chart.plot.vb.mapViewToScene(QPointF(pos, value / 2))
    frame.view._hover(scene)
    assert QToolTip.isVisible()
    text = QToolTip.text()
    assert "Chi bộ ghép 1 thôn" in text and "35 chi bộ" in text and "Thời điểm: 2013" in text
    assert bundled.source("S1").title in text
    frame.view._hover(chart.plot.vb.mapViewToScene(QPointF(pos + 0.5, 45.0)))  # empty space
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it after a moment
