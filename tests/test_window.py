"""The main window: start state, the detail pane following the selection, opening, reloading and
dropping files (a failed open keeps the data on screen), the file-changed offer, settings,
keyboard access, dialogs, and the chart placeholder before any chart library loads."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import BROKEN, ROOT, SMALL, run_window_script
from viewer.main_window import MainWindow


def pane_text(window) -> str:
    return window.ui.detail_pane.toPlainText()


def test_start_shows_the_province_expanded_and_selected(window):
    tree, proxy = window.ui.tree_units, window.proxy
    root = proxy.index(0, 0)
    assert tree.isExpanded(root)
    assert window.current_unit() is window.dataset.root
    assert tree.selectionModel().isSelected(root)
    assert window.windowTitle() == "Dữ liệu thử của cửa sổ — win-small.yaml"
    assert window.label_file.text() == "Tệp: win-small.yaml"
    assert window.label_as_of.text() == "Số liệu tính đến 2013"
    assert window.act_warnings.text() == "Cảnh báo: 1"


def test_start_opens_the_bundled_data_for_a_new_user(qtbot, language):
    win = MainWindow(language)
    qtbot.addWidget(win)
    win.start(None)
    assert win.file == str(ROOT / "resources" / "data.yaml")
    assert win.current_unit().id == "lang-son"
    assert win.ui.tree_units.isExpanded(win.proxy.index(0, 0))


def test_a_last_file_that_no_longer_opens_gives_the_bundled_data_and_says_so(qtbot, language):
    broken = ROOT / "tests" / "data" / "win-broken.yaml"
    QSettings().setValue("files/last", str(broken))
    try:
        win = MainWindow(language)
        qtbot.addWidget(win)
        win.start(None)
        assert win.file == str(ROOT / "resources" / "data.yaml")
        assert win.current_unit().id == "lang-son"
        assert str(broken) in win.ui.status_bar.currentMessage()
        win.close()  # (a start's file is remembered after the first frame, or at closing)
        assert win.recent_files() == [str(ROOT / "resources" / "data.yaml")]  # not the broken one
    finally:
        QSettings().remove("files")


def test_province_pane_has_every_figure_with_date_and_source(window):
    text = pane_text(window)
    assert text.startswith("Đảng bộ tỉnh Lạng Sơn")
    assert "Mã" not in text.split("\n")[2]  # the province has no official code here
    for expected in ("53.538", "45.632", "31/03/2010", "3.780", "769", "trên 2.000",
                     "[1] Bài viết thử về tổ chức đảng", "24-NQ/TU", "Ghi chú thử của đảng bộ tỉnh.",
                     "Cơ quan công bố: Báo Thử", "https://example.org/bai-viet"):
        assert expected in text, expected


def test_selecting_a_unit_updates_the_pane(window):
    window.select_unit(window.dataset.find("c-06619"))
    text = pane_text(window)
    assert "Đảng bộ tỉnh Lạng Sơn › Đảng bộ huyện Đình Lập › Đảng bộ xã Bắc Xa" in text
    assert "Mã chính thức: 06619" in text
    assert "Đảng bộ xã" in text
    assert "2.000" in text and "Bí thư chi bộ" in text  # a measure only the file declares
    assert "Chi bộ" in text and "chưa có số liệu" in text  # cells not reported
    assert window.ui.detail_pane.unit.id == "c-06619"
    window.ui.tree_units.setCurrentIndex(window.proxy.index(0, 0))
    assert pane_text(window).startswith("Đảng bộ tỉnh Lạng Sơn")


def test_rollup_disagreement_is_flagged(window):
    window.select_unit(window.dataset.find("d-dinh-lap"))
    text = pane_text(window)
    assert "3.500" in text
    assert "⚠" in text and "khác với số liệu của chính đơn vị (3.000)" in text
    assert "2 / 2" not in text
    window.select_unit(window.dataset.find("lang-son"))
    assert "⚠" not in pane_text(window)  # a floor of 5.000 does not contradict 53.538


def test_child_counts_and_placeholder(window):
    text = pane_text(window)
    assert "3 đảng bộ cấp huyện" in text and "2 đảng bộ trực thuộc khác" in text
    window.select_unit(window.dataset.find("other"))
    assert "đại diện cho 2 đơn vị" in pane_text(window)


def test_breadcrumb_and_source_links(window, qtbot):
    window.select_unit(window.dataset.find("c-06613"))
    window.ui.detail_pane.anchorClicked.emit(QUrl("unit:d-dinh-lap"))
    assert window.current_unit().id == "d-dinh-lap"
    window.ui.detail_pane.anchorClicked.emit(QUrl("source:S2"))
    dialog = window.source_dialog
    assert dialog.isVisible()
    shown = dialog.label.text()
    assert "Danh mục thử" in shown and "Cơ quan Thử" in shown and "2017" in shown
    assert "win-danh-muc.txt" in shown
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Đóng"


def test_pane_text_is_selectable_and_copyable(window):
    pane = window.ui.detail_pane
    assert pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    pane.selectAll()
    pane.copy()
    assert "53.538" in QApplication.clipboard().text()


def test_a_failed_open_keeps_the_old_data(window, qtbot):
    window.select_unit(window.dataset.find("c-06619"))
    before = (window.dataset, window.file, window.windowTitle(), window.current_unit(), pane_text(window))
    assert not window.open_file(str(BROKEN))
    dialog = window.problems_dialog
    qtbot.waitUntil(dialog.isVisible)
    lines = dialog.text().splitlines()
    assert lines == [line for line in lines if line.startswith("Dòng ")] and len(lines) == 3
    assert lines[0].startswith("Dòng 8, cột 9: lỗi: ")
    assert lines[1].startswith("Dòng 11, cột 17: lỗi: ")
    assert lines[2].startswith("Dòng 12, cột 3: lỗi: ")
    assert "win-broken.yaml" in dialog.ui.label_summary.text()
    assert "không thay đổi" in dialog.ui.label_summary.text()
    dialog.copy_all()
    assert QApplication.clipboard().text().count("Dòng ") == 3
    assert (window.dataset, window.file, window.windowTitle(), window.current_unit(),
            pane_text(window)) == before
    assert window.model.dataset is before[0]
    assert window.recent_files()[0] == str(SMALL)


def test_open_another_file_reload_and_recent_files(window, tmp_path):
    other = tmp_path / "khac.yaml"
    other.write_text(SMALL.read_text(encoding="utf-8").replace(
        "Dữ liệu thử của cửa sổ", "Tệp khác"), encoding="utf-8")
    assert window.open_file(str(other))
    assert window.windowTitle() == "Tệp khác — khac.yaml"
    assert window.recent_files() == [str(other), str(SMALL)]
    assert QSettings().value("files/last") == str(other)
    window.select_unit(window.dataset.find("c-06019"))
    old = window.dataset
    window.act_reload.trigger()
    assert window.dataset is not old
    assert window.current_unit().id == "c-06019"  # the selection survives a reload
    window._fill_recent_menu()
    texts = [a.text() for a in window.menu_recent.actions()]
    assert texts[:2] == ["&1 khac.yaml", "&2 win-small.yaml"]
    window.act_clear_recent.trigger()
    assert window.recent_files() == []


def test_reload_of_a_now_broken_file_keeps_the_data(window, tmp_path, qtbot):
    copy = tmp_path / "copy.yaml"
    shutil.copy(SMALL, copy)
    assert window.open_file(str(copy))
    old = window.dataset
    copy.write_text("format: 1\nroot: [\n", encoding="utf-8")
    window.reload()
    assert window.dataset is old
    qtbot.waitUntil(window.problems_dialog.isVisible)


def test_a_change_on_disk_is_offered_never_reloaded_silently(window, tmp_path, qtbot):
    copy = tmp_path / "watched.yaml"
    shutil.copy(SMALL, copy)
    assert window.open_file(str(copy))
    old = window.dataset
    copy.write_text(SMALL.read_text(encoding="utf-8").replace("53538", "53539"), encoding="utf-8")
    qtbot.waitUntil(window.ui.frame_file_changed.isVisible, timeout=5000)
    assert "watched.yaml" in window.ui.label_file_changed.text()
    assert window.dataset is old
    window.ui.button_reload_changed.click()
    assert window.dataset is not old
    assert window.dataset.root.latest("members").value == 53539
    assert not window.ui.frame_file_changed.isVisible()


def test_drop_a_file_onto_the_window(window, tmp_path):
    other = tmp_path / "keo-tha.yaml"
    shutil.copy(SMALL, other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.file == str(other)
    assert event.isAccepted()


def test_settings_are_remembered(window, qtbot, language):
    window.resize(760, 540)  # within the offscreen screen, which restoreGeometry respects
    qtbot.wait(10)
    window.ui.splitter_main.setSizes([300, 460])
    sizes = window.ui.splitter_main.sizes()
    window.set_language("en")
    window.close()
    s = QSettings()
    assert s.value("ui/language") == "en"
    assert s.value("files/last") == str(SMALL)
    assert not s.value("window/geometry").isEmpty()
    again = MainWindow(language)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.ui.splitter_main.sizes() == sizes
    assert again.language_actions["en"].isChecked()


def test_every_action_has_a_shortcut_or_a_menu_and_standard_keys(window):
    keys = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert keys["act_open"] == "Ctrl+O"
    assert keys["act_reload"] == "F5"
    assert keys["act_find"] == "Ctrl+F"
    assert keys["act_find_next"] == "F3"
    assert keys["act_find_previous"] == "Shift+F3"
    assert keys["act_guide"] == "F1"
    assert keys["act_quit"] == "Ctrl+Q"
    in_menus = set()
    stack = [window.ui.menu_bar]
    while stack:
        menu = stack.pop()
        for act in menu.actions():
            in_menus.add(act)
            if act.menu():
                stack.append(act.menu())
    assert set(window.actions()) <= in_menus
    for menu in (window.menu_file, window.menu_view, window.menu_help, window.menu_language):
        assert "&" in menu.title()


def test_tab_order_and_accessible_names(window):
    edit, tree, pane = window.ui.search_bar.edit, window.ui.tree_units, window.ui.detail_pane
    chain = []
    w = edit
    for _ in range(80):
        w = w.nextInFocusChain()
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
                and w not in chain):
            chain.append(w)
    assert chain[:2] == [tree, pane]
    for widget in (edit, tree, pane, window.ui.chart_area, window.ui.search_bar.ui.label_matches):
        assert widget.accessibleName(), widget.objectName()
    assert tree.accessibleName() == "Các tổ chức đảng"


def test_expand_and_collapse_all(window):
    tree = window.ui.tree_units
    window.act_expand_all.trigger()
    cell_parent = window.proxy.mapFromSource(window.model.index_of(window.dataset.find("c-06619")))
    assert tree.isExpanded(cell_parent)
    window.act_collapse_all.trigger()
    root = window.proxy.index(0, 0)
    assert tree.isExpanded(root)  # back to the start view
    assert not any(tree.isExpanded(window.proxy.index(r, 0, root)) for r in range(5))


def test_about_box(window, qtbot):
    window.act_about.trigger()
    qtbot.waitUntil(window.about_dialog.isVisible)
    text = window.about_dialog.text()
    assert "Phiên bản 0.1.0" in text.replace("\u00a0", " ") or "Phiên bản" in text
    for expected in ("Dữ liệu thử của cửa sổ", "Bài viết thử về tổ chức đảng", "Danh mục thử",
                     "MIT"):
        assert expected in text


def test_user_guide_in_both_languages(window, qtbot):
    window.act_guide.trigger()
    assert window.help_dialog.isVisible()
    assert "Hướng dẫn sử dụng" in window.help_dialog.browser.toPlainText()
    assert window.help_dialog.windowTitle() == "Hướng dẫn sử dụng"
    window.set_language("en")
    assert "User guide" in window.help_dialog.browser.toPlainText()


def test_warnings_dialog(window, qtbot):
    window.act_warnings.trigger()
    qtbot.waitUntil(window.problems_dialog.isVisible)
    lines = window.problems_dialog.text().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Dòng 54, cột 13: cảnh báo: ")
    assert "3.500" in lines[0]


def test_empty_state_without_data(qtbot, language):
    win = MainWindow(language)
    qtbot.addWidget(win)
    assert win.proxy.rowCount() == 0
    assert "Chưa mở dữ liệu" in pane_text(win)
    assert not win.act_reload.isEnabled()
    assert win.windowTitle() == "Trình xem số liệu tổ chức đảng tỉnh Lạng Sơn"


def test_crash_report_and_handler(monkeypatch, tmp_path, qapp):
    from viewer import app

    try:
        raise RuntimeError("hỏng")
    except RuntimeError as exc:
        report = app.crash_report(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: hỏng" in report and "0.1.0" in report
    shown = []
    monkeypatch.setattr(app, "log_dir", lambda: tmp_path)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler()
    try:
        raise ValueError("xấu")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "ValueError: xấu" in shown[0]
    assert "ValueError: xấu" in (tmp_path / "crash.log").read_text(encoding="utf-8")


FIRST_FRAME = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QToolButton
from viewer.app import create_application
from viewer.i18n import Language
app = create_application()
from viewer.main_window import MainWindow
lang = Language(); lang.set("vi")
win = MainWindow(lang)
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = "pyqtgraph" in sys.modules
            seen["placeholder"] = win.ui.label_chart_placeholder.isVisible()
            import PySide6.QtWidgets  # a class PySide6 has made is in the module's namespace
            seen["qstyle"] = "QStyle" in PySide6.QtWidgets.__dict__
            seen["buttons"] = [b.size().toTuple() for b in win.ui.tool_bar.findChildren(QToolButton)]
        return False
watch = Watch(); win.installEventFilter(watch)
win.show(); win.start(sys.argv[2])
QTimer.singleShot(1500, app.quit)
app.exec()
seen["chart_module"] = win.chart_panel is not None
seen["icons"] = not win.act_open.icon().isNull() and not win._standard_icons
seen["buttons_after"] = [b.size().toTuple() for b in win.ui.tool_bar.findChildren(QToolButton)]
print(json.dumps(seen))
"""


def test_first_frame_paints_before_any_chart_library(tmp_path):
    script = tmp_path / "first_frame.py"
    script.write_text(FIRST_FRAME, encoding="utf-8")
    # Its own settings and cache: start() remembers the file it opens, which must never become
    # the "last file" of whoever runs the tests (the benchmark's first start would open it).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, str(script), str(ROOT / "src"), str(SMALL)],
                         capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["paint"] is False, "pyqtgraph was loaded before the first frame"
    assert seen["placeholder"] is True
    if (ROOT / "src" / "viewer" / "widgets" / "chart_panel.py").exists():
        assert seen["chart_module"] is True
    # QStyle's enums (the toolbar's standard icons) are made after the first frame; the icons
    # then arrive, and no button of the toolbar moves or changes size.
    assert seen["qstyle"] is False, "QStyle was used before the first frame"
    assert seen["icons"] is True
    assert seen["buttons"] == seen["buttons_after"] and len(seen["buttons"]) >= 4


def _uic():
    """tools/uic.py, the forms' compiler."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import uic
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return uic


@pytest.mark.parametrize("form", ["main_window", "search_bar", "problems_dialog", "about_dialog"])
def test_compiled_forms_match_their_ui_files(form):
    """Regenerate with: python tools/uic.py FORM (pyside6-uic, its unused imports left out)"""
    uic = _uic()

    def body(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("##")]

    committed = ROOT / "src" / "viewer" / "widgets" / f"ui_{form}.py"
    assert body(uic.compile_form(form)) == body(committed.read_text(encoding="utf-8"))


def test_compiled_forms_import_only_what_they_use():
    """The trimming keeps every name a form reads, and the rest of pyside6-uic's code as is."""
    uic = _uic()
    source = (
        "from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,\n"
        "    QMetaObject, QSize, Qt)\n"
        "from PySide6.QtGui import (QBrush, QGradient)\n"
        "from PySide6.QtWidgets import (QLabel, QWidget)\n"
        "\n"
        "from viewer.widgets.detail_pane import DetailPane\n"
        "\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        self.label = QLabel(Form)\n"
        "        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
        "        self.label.setMinimumSize(QSize(56, 0))\n"
        "        self.pane = DetailPane(Form)\n"
        "        QMetaObject.connectSlotsByName(Form)\n"
    )
    trimmed = uic.trim_imports(source)
    assert trimmed.splitlines()[:3] == [
        "from PySide6.QtCore import (QMetaObject, QSize, Qt)",
        "from PySide6.QtWidgets import (QLabel)",
        "",
    ]
    assert trimmed.split("from viewer.widgets", 1)[1] == source.split("from viewer.widgets", 1)[1]
    for form in ("main_window", "search_bar"):
        text = (ROOT / "src" / "viewer" / "widgets" / f"ui_{form}.py").read_text(encoding="utf-8")
        assert "QGradient" not in text and "QDate" not in text


def test_compiled_forms_never_name_qt():
    """The forms set enum properties by their keys, and give a splitter its parent by keyword
    (see viewer.qt_plain). test_compiled_forms_match_their_ui_files checks the committed forms
    are what this gives."""
    uic = _uic()
    source = (
        "from PySide6.QtCore import (QMetaObject, Qt)\n"
        "from PySide6.QtWidgets import (QLabel, QSplitter)\n"
        "\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        self.split = QSplitter(Form)\n"
        "        self.split.setOrientation(Qt.Orientation.Vertical)\n"
        "        self.label = QLabel(self.split)\n"
        "        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard"
        "|Qt.TextInteractionFlag.TextSelectableByMouse)\n"
        "        if True:\n"  # a statement over two lines, above others to rewrite
        "            self.label.setAlignment(Qt.AlignmentFlag.AlignRight\n"
        "                |Qt.AlignmentFlag.AlignTop)\n"
        "        Form.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)\n"
    )
    out = uic.trim_imports(uic.without_qt_namespace(source)).splitlines()  # as compile_form()
    assert out[:2] == ["from PySide6.QtWidgets import (QLabel, QSplitter)",  # Qt (and the unused
                       "from viewer.qt_plain import set_enum_props"]  # QMetaObject) left out
    assert out[-7:] == [
        "        self.split = QSplitter(parent=Form)",
        '        set_enum_props(self.split, orientation="Vertical")',
        "        self.label = QLabel(self.split)",
        '        set_enum_props(self.label, textInteractionFlags="TextSelectableByKeyboard|TextSelectableByMouse")',
        "        if True:",
        '            set_enum_props(self.label, alignment="AlignRight|AlignTop")',
        "        Form.addToolBar(self.bar)",
    ]
    with pytest.raises(SystemExit, match="DockWidgetArea"):  # a use it cannot write without Qt
        uic.without_qt_namespace(source + "        Form.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.d)\n")


BUILD_FORMS = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget
app = QApplication([])
from viewer.widgets.ui_about_dialog import Ui_AboutDialog
from viewer.widgets.ui_main_window import Ui_MainWindow
from viewer.widgets.ui_problems_dialog import Ui_ProblemsDialog
from viewer.widgets.ui_search_bar import Ui_SearchBar
built = []
for form, widget in ((Ui_MainWindow(), QMainWindow()), (Ui_SearchBar(), QWidget()),
                     (Ui_ProblemsDialog(), QDialog()), (Ui_AboutDialog(), QDialog())):
    form.setupUi(widget)
    built.append(type(form).__name__)
print(json.dumps({"built": built, "qt": "Qt" in vars(sys.modules["PySide6.QtCore"])}))
"""


def test_building_the_compiled_forms_makes_no_qt_enum(tmp_path):
    """In a fresh process: every form, the promoted widgets in them included, is built without
    PySide6 making the Qt namespace's enums (which it puts in its module when it does)."""
    seen = run_window_script(tmp_path, BUILD_FORMS)
    assert seen == {"built": ["Ui_MainWindow", "Ui_SearchBar", "Ui_ProblemsDialog", "Ui_AboutDialog"],
                    "qt": False}


def test_expand_all_on_a_large_tree_opens_only_what_fits(window):
    from test_model import big_dataset
    from viewer.loader import LoadResult
    from viewer.main_window import EXPAND_CAP

    ds = big_dataset(40, 400)  # 16,041 units: more rows than "expand all" may reveal
    window._show_result(LoadResult("big.yaml", ds, []))
    window.expand_all()
    tree, proxy = window.ui.tree_units, window.proxy
    root = proxy.index(0, 0)
    assert tree.isExpanded(root)
    district = proxy.index(0, 0, root)
    assert not tree.isExpanded(district)  # 16,000 communes would not fit
    assert window.ui.status_bar.currentMessage() == "Cây quá lớn: chỉ mở 1 nhánh đầu tiên."
    assert 40 < EXPAND_CAP < 16_000


def test_a_deleted_file_is_said_so_and_the_data_stays(window, tmp_path, qtbot):
    gone = tmp_path / "gone.yaml"
    shutil.copy(SMALL, gone)
    assert window.open_file(str(gone))
    old = window.dataset
    gone.unlink()
    qtbot.waitUntil(window.ui.frame_file_changed.isVisible, timeout=5000)
    text = window.ui.label_file_changed.text()
    assert "gone.yaml" in text and "xóa" in text
    assert not window.ui.button_reload_changed.isVisible()
    assert window.dataset is old


def test_descendant_counts_count_placeholders_as_their_number():
    """The pane's "below this unit" counts: every unit under it by kind, a placeholder counting
    as the number it stands for (the bundled data's 2 unnamed subordinate committees)."""
    from viewer.loader import load_file
    from viewer.paths import bundled_data

    ds = load_file(bundled_data()).dataset
    for unit in ds.units():
        expected: dict = {}
        for node in unit.walk():
            if node is not unit:
                expected[node.kind] = expected.get(node.kind, 0) + node.represents
        assert ds.count_below(unit) == expected
        assert ds.count_below(unit) is ds.count_below(unit)  # remembered
    assert sum(ds.count_below(ds.root).values()) == len(ds) - 1 + sum(
        u.count - 1 for u in ds.units() if u.count)
    assert any(u.count for u in ds.units())


def test_a_page_lists_as_not_reported_only_the_figures_its_kind_can_have(window):
    """A cell has members but no cells or grassroots organisations below it; a commune has
    cells but no grassroots organisations: "not reported" is said only of what could be."""
    from viewer.vocab import measure_label

    window.select_unit(window.dataset.find("cell-ban-chat"))
    cell = pane_text(window)
    members, cells, grassroots = (measure_label(m, window.dataset)
                                  for m in ("members", "cells", "grassroots_organisations"))
    not_reported = "\nchưa có số liệu\n"
    assert f"\n{members}{not_reported}" in cell
    assert f"\n{cells}{not_reported}" not in cell and grassroots not in cell
    window.select_unit(window.dataset.find("c-06619"))
    commune = pane_text(window)
    assert f"\n{cells}{not_reported}" in commune and grassroots not in commune
    window.select_unit(window.dataset.root)
    assert grassroots in pane_text(window)


def test_the_detail_pane_keeps_a_page_asked_for_again(window):
    """The same page asked for again (a start asks for the empty page three times; a reload of
    an unchanged unit) is kept as it is, scrolled where the reader left it; another page
    replaces it and starts at the top."""
    pane = window.ui.detail_pane
    window.resize(700, 300)
    window.select_unit(window.dataset.root)
    QApplication.processEvents()
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0  # the root's page is longer than the pane
    bar.setValue(bar.maximum())
    pane.show_unit(window.dataset.root)
    pane.retranslate_ui()
    assert bar.value() == bar.maximum() > 0
    pane.show_unit(window.dataset.find("c-06619"))
    QApplication.processEvents()
    assert pane.unit.id == "c-06619" and bar.value() == 0


def test_a_click_on_a_title_sorts_and_the_third_restores_the_data_s_order(qtbot, window):
    """Sorting comes on just after the first frame, with no column sorted; the header shows
    the model's titles from their Qt store (see UnitTreeModel)."""
    from PySide6.QtCore import QPoint

    tree, proxy = window.ui.tree_units, window.proxy
    header = tree.header()
    assert tree.isSortingEnabled()
    assert header.sortIndicatorSection() == -1
    assert header.model() is window.model.headers
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Tên"
    root = proxy.index(0, 0)

    def children() -> list[str]:
        return [proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root))]

    data_order = [c.name for c in window.dataset.root.children]
    assert children() == data_order
    at_name = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    seen = []
    for _ in range(3):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at_name)
        seen.append((header.sortIndicatorSection(), header.sortIndicatorOrder(), children()))
    import functools

    from viewer.models.unit_proxy import vietnamese_collator

    assert seen[0][:2] == (0, Qt.SortOrder.AscendingOrder)
    assert seen[0][2] == sorted(data_order, key=functools.cmp_to_key(vietnamese_collator().compare))
    assert seen[1][:2] == (0, Qt.SortOrder.DescendingOrder) and seen[1][2] == seen[0][2][::-1]
    assert seen[2][0] == -1 and seen[2][2] == data_order
    assert seen[0][2] != data_order and sorted(seen[0][2]) == sorted(data_order)
