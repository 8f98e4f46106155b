"""Search: without diacritics, by code, filtering as you type with the ancestors kept, "n / m",
Enter / F3 to the next match, Esc to clear, the matched text highlighted."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from viewer.loader import load_file
from viewer.models import SearchIndex, UnitRole, fold, match_span
from viewer.widgets.highlight_delegate import HIGHLIGHT
from conftest import SMALL


@pytest.mark.parametrize("text,folded", [
    ("Lạng Sơn", "lang son"),
    ("Đình Lập", "dinh lap"),
    ("ĐẢNG BỘ  huyện\tĐình Lập", "dang bo huyen dinh lap"),
    ("Hữu Lũng", "huu lung"),
    ("Tràng Định", "trang dinh"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_all_equals_fold_of_each():
    """The index folds names in bulk (distinct ones once, joined): the same as one by one,
    repeats, empty names, odd white space and a NUL included."""
    from viewer.models.search import fold_all

    texts = ["Lạng  Sơn\t", "", " Đình\u00a0Lập ", "ǅ Ǆ ß ẞ", "Chi bộ thôn 1", "Chi bộ thôn 1",
             "CHI BỘ THÔN Nà Pàn", "ð Ð đ Đ", "e\u0301 é"]
    assert fold_all(texts) == [fold(t) for t in texts]
    assert fold_all(texts + ["a\x00b"]) == [fold(t) for t in texts + ["a\x00b"]]
    assert fold_all([]) == []
    assert fold_all(texts * 3, piece=2) == [fold(t) for t in texts * 3]  # in pieces


@pytest.mark.parametrize("text,query,found", [
    ("Đảng bộ huyện Đình Lập", "dinh lap", "Đình Lập"),
    ("Đảng bộ huyện Đình Lập", "đình", "Đình"),
    ("Đảng bộ huyện Đình Lập", "DANG BO", "Đảng bộ"),
    ("Đảng bộ tỉnh Lạng Sơn", "lạng son", "Lạng Sơn"),
])
def test_match_span_points_into_the_original_text(text, query, found):
    start, end = match_span(text, query)
    assert text[start:end] == found


def test_match_span_none():
    assert match_span("Đảng bộ xã Bắc Xa", "dinh") is None
    assert match_span("Đảng bộ xã Bắc Xa", "   ") is None


@pytest.fixture(scope="module")
def index():
    return SearchIndex(load_file(SMALL).dataset)


def ids(units):
    return [u.id for u in units]


def test_index_finds_without_diacritics_and_by_code(index):
    assert ids(index.search("dinh lap")) == ["d-dinh-lap", "c-06613"]
    assert ids(index.search("lang son")) == ["lang-son", "d-lang-son"]
    assert ids(index.search("d inh")) == []  # a space is a space
    assert ids(index.search("06019")) == ["c-06019"]
    assert ids(index.search("  TAN   tien ")) == ["c-06019"]
    assert index.search("") == []


def test_with_ancestors(index):
    keep = SearchIndex.with_ancestors(index.search("ban chat"))
    assert sorted(u.id for u in keep) == ["c-06619", "cell-ban-chat", "d-dinh-lap", "lang-son"]


def visible_names(window) -> list[str]:
    """Every row the tree shows (expanded), depth first."""
    tree, proxy = window.ui.tree_units, window.proxy
    out = []
    stack = [proxy.index(0, 0)] if proxy.rowCount() else []
    while stack:
        index = stack.pop()
        out.append(index.data())
        if tree.isExpanded(index):
            stack.extend(proxy.index(r, 0, index) for r in reversed(range(proxy.rowCount(index))))
    return out


def type_query(qtbot, window, text):
    edit = window.ui.search_bar.edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_typing_filters_keeps_ancestors_and_expands_to_matches(qtbot, window):
    window.act_find.trigger()
    assert window.ui.search_bar.edit.hasFocus()
    type_query(qtbot, window, "dinh lap")
    assert visible_names(window) == ["Đảng bộ tỉnh Lạng Sơn", "Đảng bộ huyện Đình Lập",
                                     "Đảng bộ thị trấn Đình Lập"]
    assert window.ui.search_bar.ui.label_matches.text() == "1 / 2"
    assert window.current_unit().id == "d-dinh-lap"
    assert "Đảng bộ huyện Đình Lập" in window.ui.detail_pane.toPlainText()


def test_enter_and_f3_go_to_the_next_match_and_wrap(qtbot, window):
    type_query(qtbot, window, "dinh lap")
    qtbot.keyClick(window.ui.search_bar.edit, Qt.Key.Key_Return)
    assert window.current_unit().id == "c-06613"
    assert window.ui.search_bar.ui.label_matches.text() == "2 / 2"
    qtbot.keyClick(window.ui.search_bar.edit, Qt.Key.Key_F3)
    assert window.current_unit().id == "d-dinh-lap"
    assert window.ui.search_bar.ui.label_matches.text() == "1 / 2"
    qtbot.keyClick(window.ui.search_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_unit().id == "c-06613"


def test_search_by_code(qtbot, window):
    type_query(qtbot, window, "06019")
    assert window.current_unit().id == "c-06019"
    assert window.ui.search_bar.ui.label_matches.text() == "1 / 1"


def test_no_match_shows_zero_and_an_empty_tree(qtbot, window):
    type_query(qtbot, window, "khong co")
    assert window.ui.search_bar.ui.label_matches.text() == "0 / 0"
    assert window.proxy.rowCount() == 0
    assert window.ui.search_bar.edit.styleSheet()  # marked


def test_escape_clears_and_keeps_the_unit(qtbot, window):
    type_query(qtbot, window, "bac xa")
    assert window.current_unit().id == "c-06619"
    qtbot.keyClick(window.ui.search_bar.edit, Qt.Key.Key_Escape)
    assert window.ui.search_bar.query() == ""
    assert window.ui.search_bar.ui.label_matches.text() == ""
    assert window.current_unit().id == "c-06619"
    assert "Đảng bộ huyện Văn Lãng" in visible_names(window)  # the whole tree again
    qtbot.keyClick(window.ui.search_bar.edit, Qt.Key.Key_Escape)  # empty: back to the tree
    assert window.ui.tree_units.hasFocus()


def test_matched_text_is_highlighted(qtbot, window):
    type_query(qtbot, window, "dinh lap")
    tree = window.ui.tree_units
    tree.setCurrentIndex(window.proxy.index(0, 0))  # the province is selected, not the matches
    qtbot.wait(10)
    image = tree.viewport().grab().toImage()
    target = HIGHLIGHT.rgb()
    rows = set()
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) == target:
                rows.add(tree.indexAt(QPoint(x, y)).data(UnitRole))
                break
    assert {u.id for u in rows if u is not None} == {"d-dinh-lap", "c-06613"}
    assert QColor(target) == HIGHLIGHT


def test_matches_follow_the_sorted_order(qtbot, window):
    window.ui.tree_units.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    type_query(qtbot, window, "dang bo xa")
    order = [u.id for u in window.matches]
    assert order == ["c-06019", "c-hoang-van-thu", "c-06619"]  # Văn Lãng sorts before Đình Lập
    assert window.current_unit().id == "c-06019"
