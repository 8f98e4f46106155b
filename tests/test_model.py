"""The tree model and its proxy: Qt's model tester, lazy indexes over the domain tree, figures as
the tree shows them, sorting among siblings in Vietnamese order, and the search filter."""
from __future__ import annotations

import functools
import time

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from conftest import ROOT, SMALL
from viewer.domain import Dataset, Kind, Metadata, Period, Unit, Value
from viewer.loader import load_file
from viewer.models import Column, SearchIndex, UnitProxyModel, UnitRole, UnitTreeModel
from viewer.models.unit_proxy import vietnamese_collator

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(scope="module")
def small() -> Dataset:
    result = load_file(SMALL)
    assert result.ok, result.diagnostics
    return result.dataset


@pytest.fixture
def model(qapp, small):
    m = UnitTreeModel()
    m.set_dataset(small)
    return m


def index_of(model, unit_id: str, column: int = 0) -> QModelIndex:
    return model.index_of(model.dataset.find(unit_id), column)


def test_model_tester_small(qtmodeltester, model):
    qtmodeltester.check(model, force_py=False)


def test_model_tester_bundled_data(qtmodeltester, qapp):
    result = load_file(ROOT / "resources" / "data.yaml")
    assert result.ok
    m = UnitTreeModel()
    m.set_dataset(result.dataset)
    qtmodeltester.check(m, force_py=False)


def test_model_tester_sorted_and_filtered_proxy(qtmodeltester, model, small):
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_filter(SearchIndex.with_ancestors(SearchIndex(small).search("dinh lap")))
    qtmodeltester.check(proxy, force_py=False)


def test_indexes_carry_the_domain_units(model, small):
    root = model.index(0, 0)
    assert root.internalPointer() is small.root
    assert model.rowCount() == 1
    assert model.rowCount(root) == len(small.root.children) == 5
    cell = small.find("cell-ban-chat")
    index = model.index_of(cell)
    assert index.data(UnitRole) is cell
    # parent() walks up without searching: cell → commune → district → province → (none)
    chain = []
    while index.isValid():
        chain.append(index.data(UnitRole).id)
        index = model.parent(index)
    assert chain == ["cell-ban-chat", "c-06619", "d-dinh-lap", "lang-son"]
    assert model.rowCount(model.index_of(cell)) == 0
    assert not model.hasChildren(model.index_of(cell))
    assert model.rowCount(model.index(0, Column.MEMBERS)) == 0  # only column 0 has children


def test_no_dataset_is_an_empty_model(qapp):
    m = UnitTreeModel()
    assert m.rowCount() == 0
    assert not m.index(0, 0).isValid()


def test_figures_as_the_tree_shows_them(model, language):
    root = model.index(0, Column.MEMBERS)
    assert root.data() == "53.538"
    assert root.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "tính đến 2013" in root.data(TIP)
    assert "Bài viết thử về tổ chức đảng" in root.data(TIP)
    unknown = index_of(model, "d-lang-son", Column.MEMBERS)
    assert unknown.data() == "—"
    assert unknown.data(TIP) == "chưa có số liệu"
    assert unknown.data(Qt.ItemDataRole.AccessibleTextRole) == "chưa có số liệu"
    bound = index_of(model, "d-van-lang", Column.MEMBERS)
    assert bound.data() == "> 2.000"
    assert bound.data(TIP).startswith("trên 2.000")
    placeholder = index_of(model, "other", Column.KIND)
    assert placeholder.data().endswith("× 2")
    assert model.headerData(Column.MEMBERS, Qt.Orientation.Horizontal) == "Đảng viên"


def test_numbers_follow_the_interface_language_not_the_system_locale(model, language):
    QLocale.setDefault(QLocale.c())  # as on a machine whose locale is C
    language.set("en")
    assert model.index(0, Column.MEMBERS).data() == "53,538"
    assert index_of(model, "d-lang-son", Column.MEMBERS).data(TIP) == "not reported"
    QLocale.setDefault(QLocale.c())
    language.set("vi")
    assert model.index(0, Column.MEMBERS).data() == "53.538"


def test_name_and_code_tooltip(model, language):
    tip = index_of(model, "c-06019").data(TIP)
    assert "Đảng bộ xã Tân Tiến" in tip and "06019" in tip and "Đảng bộ xã" in tip


def test_kind_badges_per_kind(model, qapp):
    from viewer.widgets.kind_badges import KindBadges, badge_colour

    badges = KindBadges()
    model.set_decoration(badges.icon)
    icon = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    image = icon.pixmap(22, 16).toImage()
    assert image.pixelColor(4, 8).name() == badge_colour(Kind.PROVINCE).name()
    assert len({badge_colour(k).name() for k in Kind}) == len(Kind)
    assert model.index(0, Column.KIND).data(Qt.ItemDataRole.DecorationRole) is None


def children_names(proxy, parent: QModelIndex) -> list[str]:
    return [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]


def test_vietnamese_collation():
    names = ["Đình Lập", "Dân Chủ", "Bình Gia", "Ân Tình", "Bắc Sơn", "An Hùng", "Ba Sơn"]
    ordered = sorted(names, key=functools.cmp_to_key(vietnamese_collator().compare))
    # a < ă < â, b, c, d < đ: not the order of code points
    assert ordered == ["An Hùng", "Ân Tình", "Ba Sơn", "Bắc Sơn", "Bình Gia", "Dân Chủ", "Đình Lập"]
    assert ordered != sorted(names)


def test_sorting_siblings_by_name_and_back_to_the_data_order(model):
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    root = proxy.index(0, 0)
    data_order = children_names(proxy, root)
    assert data_order[0] == "Đảng bộ thành phố Lạng Sơn"
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert children_names(proxy, root) == [
        "Các đảng bộ trực thuộc khác",
        "Đảng bộ huyện Đình Lập",
        "Đảng bộ huyện Văn Lãng",
        "Đảng bộ Khối các cơ quan tỉnh",  # case does not matter: "huyện" < "Khối"
        "Đảng bộ thành phố Lạng Sơn",
    ]
    proxy.sort(-1)
    assert children_names(proxy, root) == data_order


def test_sorting_figures_puts_unknown_last_both_ways(model):
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    root = proxy.index(0, 0)
    proxy.sort(Column.MEMBERS, Qt.SortOrder.AscendingOrder)
    names = children_names(proxy, root)
    assert names[:2] == ["Đảng bộ huyện Văn Lãng", "Đảng bộ huyện Đình Lập"]  # > 2.000, 3.000
    proxy.sort(Column.MEMBERS, Qt.SortOrder.DescendingOrder)
    names = children_names(proxy, root)
    assert names[:2] == ["Đảng bộ huyện Đình Lập", "Đảng bộ huyện Văn Lãng"]
    assert set(names[2:]) == {"Đảng bộ thành phố Lạng Sơn", "Đảng bộ Khối các cơ quan tỉnh",
                              "Các đảng bộ trực thuộc khác"}


def test_filter_keeps_matches_and_their_ancestors_only(model, small):
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    matches = SearchIndex(small).search("bac xa")
    assert [u.id for u in matches] == ["c-06619"]
    proxy.set_filter(SearchIndex.with_ancestors(matches))
    root = proxy.index(0, 0)
    assert children_names(proxy, root) == ["Đảng bộ huyện Đình Lập"]
    district = proxy.index(0, 0, root)
    assert children_names(proxy, district) == ["Đảng bộ xã Bắc Xa"]
    assert proxy.rowCount(proxy.index(0, 0, district)) == 0  # its cell does not match
    proxy.set_filter(None)
    assert len(children_names(proxy, root)) == 5


def big_dataset(districts: int, communes: int) -> Dataset:
    """About districts × communes units, built directly (no file): the scale the model is for."""
    fig = {"members": (Value(100, Period.parse("2013")),)}
    kids = []
    for d in range(districts):
        communes_ = tuple(Unit(f"c{d}-{c}", f"Đảng bộ xã Số {d}-{c}", Kind.COMMUNE,
                               code=f"{d:03d}{c:04d}", figures=fig) for c in range(communes))
        kids.append(Unit(f"d{d}", f"Đảng bộ huyện Thứ {d}", Kind.DISTRICT, children=communes_))
    root = Unit("root", "Đảng bộ tỉnh Lạng Sơn", Kind.PROVINCE, children=tuple(kids))
    return Dataset(Metadata("big"), {}, {}, root)


def test_a_large_tree_is_cheap(qapp):
    """100,000 units: indexing for search happens once; a search and a filtered view of it take
    a fraction of a second (generous bounds: the CI machine is slow)."""
    ds = big_dataset(100, 1000)
    assert len(ds) == 100_101
    start = time.perf_counter()
    index = SearchIndex(ds)
    build = time.perf_counter() - start
    model = UnitTreeModel()
    model.set_dataset(ds)
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    start = time.perf_counter()
    matches = index.search("xa so 42-99")
    proxy.set_filter(SearchIndex.with_ancestors(matches))
    root = proxy.index(0, 0)
    search = time.perf_counter() - start
    assert [u.id for u in matches] == ["c42-99", "c42-990", "c42-991", "c42-992", "c42-993",
                                       "c42-994", "c42-995", "c42-996", "c42-997", "c42-998",
                                       "c42-999"]
    assert children_names(proxy, root) == ["Đảng bộ huyện Thứ 42"]
    assert index.search("0420999") == [ds.find("c42-999")]  # by code
    assert build < 5.0 and search < 1.0, (build, search)


def test_proxy_has_children_agrees_with_its_rows(model, small):
    proxy = UnitProxyModel()
    proxy.setSourceModel(model)
    for keep in (None, SearchIndex.with_ancestors(SearchIndex(small).search("bac xa"))):
        proxy.set_filter(keep)
        stack = [QModelIndex()]
        seen = 0
        while stack:
            parent = stack.pop()
            rows = proxy.rowCount(parent)
            assert proxy.hasChildren(parent) == (rows > 0)
            stack.extend(proxy.index(r, 0, parent) for r in range(rows))
            seen += 1
        assert seen == (1 + 12 if keep is None else 1 + 3)  # the invalid root index, then units


def test_the_plain_qt_values_are_qt_s_own():
    """viewer.qt_plain's ints stand for Qt's enums before the first frame (see its docstring)."""
    from viewer import qt_plain

    role = Qt.ItemDataRole
    assert (qt_plain.DISPLAY_ROLE, qt_plain.DECORATION_ROLE, qt_plain.TOOLTIP_ROLE,
            qt_plain.TEXT_ALIGNMENT_ROLE, qt_plain.ACCESSIBLE_TEXT_ROLE, qt_plain.USER_ROLE) == (
        role.DisplayRole.value, role.DecorationRole.value, role.ToolTipRole.value,
        role.TextAlignmentRole.value, role.AccessibleTextRole.value, role.UserRole.value)
    align = Qt.AlignmentFlag
    assert (qt_plain.ALIGN_RIGHT, qt_plain.ALIGN_HCENTER, qt_plain.ALIGN_VCENTER, qt_plain.ALIGN_CENTER) == (
        align.AlignRight.value, align.AlignHCenter.value, align.AlignVCenter.value, align.AlignCenter.value)


def test_enum_properties_are_set_by_their_keys_or_refused(qapp):
    from PySide6.QtWidgets import QLabel, QSplitter

    from viewer.qt_plain import set_enum_props

    splitter, label = QSplitter(), QLabel()
    set_enum_props(splitter, orientation="Vertical")
    set_enum_props(label, alignment="AlignRight|AlignTop", focusPolicy="NoFocus")
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
    with pytest.raises(ValueError, match="orientation"):
        set_enum_props(splitter, orientation="Sideways")  # not a key of Qt::Orientation
    with pytest.raises(ValueError, match="orientashun"):
        set_enum_props(splitter, orientashun="Vertical")  # not a property...
    assert splitter.dynamicPropertyNames() == []  # ...and none made up for it
    with pytest.raises(ValueError, match="windowTitle"):
        set_enum_props(label, windowTitle="Vertical")  # not an enum property
    with pytest.raises(ValueError, match="alignment"):
        set_enum_props(label, alignment="1")  # a number, which setProperty() would take
    assert splitter.orientation() == Qt.Orientation.Vertical


def test_the_header_shows_the_titles_the_model_gives(qapp, small, language):
    """The view's header reads the titles from the model's Qt store (``headers``), refilled when
    the dataset or the language changes: always what ``headerData()`` answers."""
    model = UnitTreeModel()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole)
    horizontal = Qt.Orientation.Horizontal

    def shown() -> list:
        return [model.headers.headerData(c, horizontal, r) for c in range(model.columnCount()) for r in roles]

    def asked() -> list:
        return [model.headerData(c, horizontal, r) for c in range(model.columnCount()) for r in roles]

    changes = []
    model.headerDataChanged.connect(lambda *args: changes.append(args))
    model.set_dataset(small)
    assert shown() == asked() and "Đảng viên" in shown()
    assert changes  # the model tells its own listeners too
    language.set("en")
    model.retranslate()
    assert shown() == asked() and "Members" in shown()
    assert model.headerData(Column.MEMBERS, horizontal, Qt.ItemDataRole.TextAlignmentRole) == \
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(len(Column), horizontal) is None

