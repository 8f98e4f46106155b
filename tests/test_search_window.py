"""The window's search on large trees: the panes follow the selection once a search has settled
(not for every row the filter hides on the way), the branches a search opens are bounded by the
rows they hold, and the name highlight is worked out once per name and query."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _counting(monkeypatch, obj, name):
    calls = []
    real = getattr(obj, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, wrapper)
    return calls


def _search(window, text, select_first=True):
    window.ui.search_bar.edit.blockSignals(True)
    window.ui.search_bar.set_query(text)
    window.ui.search_bar.edit.blockSignals(False)
    window.apply_search(select_first=select_first)


def test_a_search_shows_its_first_match_in_the_panes_once(window, monkeypatch):
    window.select_unit(window.dataset.find("cell-ban-chat"))  # the filter below hides it
    shown = _counting(monkeypatch, window.ui.detail_pane, "show_unit")
    charted = _counting(monkeypatch, window.chart_panel, "show_unit")
    _search(window, "van lang")
    assert window.current_unit().id == "d-van-lang"
    assert [args[0].id for args in shown] == ["d-van-lang"]
    assert [args[1].id for args in charted] == ["d-van-lang"]
    assert window.ui.detail_pane.unit.id == "d-van-lang"


def test_panes_follow_where_the_selection_ends_without_selecting_a_match(window):
    window.select_unit(window.dataset.find("cell-ban-chat"))
    _search(window, "van lang", select_first=False)
    current = window.current_unit()
    assert window.ui.detail_pane.unit is current  # whatever the view made current, shown
    _search(window, "")
    assert window.ui.detail_pane.unit is window.current_unit()


def test_clearing_the_search_keeps_the_pane_without_drawing_it_again(window, monkeypatch):
    _search(window, "tan tien")
    shown = _counting(monkeypatch, window.ui.detail_pane, "show_unit")
    _search(window, "")
    assert window.current_unit().id == "c-06019"
    assert shown == []
    assert window.ui.detail_pane.unit.id == "c-06019"


def test_a_search_opens_branches_only_within_the_row_budget(window, monkeypatch):
    from viewer import main_window

    monkeypatch.setattr(main_window, "OPEN_ROWS_CAP", 1)
    tree, proxy = window.ui.tree_units, window.proxy
    _search(window, "dang bo xa")  # communes in two districts
    ids = [m.id for m in window.matches]
    assert ids[:3] == ["c-06619", "c-06019", "c-hoang-van-thu"]

    def expanded(unit_id):
        unit = window.dataset.find(unit_id)
        return tree.isExpanded(proxy.mapFromSource(window.model.index_of(unit)))

    assert expanded("lang-son") and expanded("d-dinh-lap")  # the first match is always opened
    assert not expanded("d-van-lang")  # over the budget: closed, with its matches under it
    assert proxy.hasChildren(proxy.mapFromSource(window.model.index_of(window.dataset.find("d-van-lang"))))
    window.next_match()
    assert window.current_unit().id == "c-06019" and expanded("d-van-lang")


def test_the_highlight_follows_the_query(window):
    delegate = window.delegate
    delegate.set_query("dinh")
    assert delegate._span("Đảng bộ huyện Đình Lập") == (14, 18)
    delegate.set_query("lap")
    assert delegate._span("Đảng bộ huyện Đình Lập") == (19, 22)
    delegate.set_query("xyz")
    assert delegate._span("Đảng bộ huyện Đình Lập") is None


def test_tree_model_answers_with_the_same_values(window):
    from viewer.models.tree_model import Column

    model = window.model
    root = model.index(0, 0)
    assert model.columnCount() == len(Column)
    assert not model.index(0, len(Column)).isValid()
    assert model.flags(root) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(5, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.data(root, Qt.ItemDataRole.DisplayRole) == "Đảng bộ tỉnh Lạng Sơn"
    assert model.data(model.index(0, Column.MEMBERS), Qt.ItemDataRole.TextAlignmentRole) == \
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(root, Qt.ItemDataRole.DecorationRole) is not None


def test_a_new_chart_waits_for_the_selection_to_rest(window, qtbot, monkeypatch):
    """Drawing a chart takes 20 ms and more: stepping through units whose charts differ draws
    only where the selection rests; a unit with the charts already shown updates at once."""
    from pathlib import Path

    from viewer.main_window import CHART_DELAY_MS

    data = Path(__file__).parent / "data" / "chart-districts.yaml"
    assert window.open_file(str(data))
    qtbot.waitUntil(lambda: window.chart_panel.owner is window.dataset.root)
    charted = _counting(monkeypatch, window.chart_panel, "show_unit")
    binh_gia, van_quan = window.dataset.find("huyen-binh-gia"), window.dataset.find("huyen-van-quan")
    for unit in (binh_gia, van_quan, binh_gia):  # van_quan's charts are the province's
        window.select_unit(unit)
    assert window.ui.detail_pane.unit is binh_gia  # the detail pane at once
    assert charted == [(window.dataset, van_quan)]  # the province's charts: shown, caption only
    qtbot.wait(CHART_DELAY_MS // 3)
    assert window.chart_panel.owner is window.dataset.root  # not yet redrawn
    qtbot.waitUntil(lambda: window.chart_panel.owner is binh_gia, timeout=2_000)
    assert [args[1] for args in charted] == [van_quan, binh_gia]  # drawn once, where it rested
    commune = window.dataset.find("xa-hong-phong")  # under binh_gia: the same charts
    window.select_unit(commune)
    assert [args[1] for args in charted][-1] is commune  # at once


def test_the_highlight_painter_comes_with_the_first_search(window):
    """Until the first search the view's own delegate paints the names (no call into Python
    per name per repaint); the first query puts the highlighting one in place, and it stays."""
    from viewer.models.tree_model import Column

    tree = window.ui.tree_units
    assert window._delegate is None and tree.itemDelegateForColumn(Column.NAME) is None
    window.ui.search_bar.set_query("dinh")
    assert tree.itemDelegateForColumn(Column.NAME) is window._delegate is not None
    assert window._delegate.query == "dinh"
    window.ui.search_bar.set_query("")
    assert tree.itemDelegateForColumn(Column.NAME) is window._delegate
    assert window._delegate.query == ""
