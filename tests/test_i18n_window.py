"""The window's languages: every string of the window area and of Qt's own dialogs has its
Vietnamese; no visible text goes untranslated (a recording translator catches any lookup that
the compiled translations cannot answer, and a text that stays the same in both languages must
be data, a number or a name); the switch changes every visible text at run time and is
remembered; numbers follow the interface language even when the system locale is C."""
from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from conftest import BROKEN, ROOT, SMALL
from viewer.loader import load_file

sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402  (tools/i18n.py)

_PERCENT = re.compile(r"%\d+")


def _messages(name: str):
    return i18n.messages(i18n.I18N / f"{name}_vi.ts")


ALL = [(name, *m) for name in ("window", "qtbase") for m in _messages(name)]
IDS = [f"{name}:{ctx}:{src[:30]}" for name, ctx, src, _, _ in ALL]


@pytest.mark.parametrize("name,ctx,src,text,comment", ALL, ids=IDS)
def test_every_message_is_translated_and_keeps_its_placeholders(name, ctx, src, text, comment):
    assert text and text.strip(), f"[{ctx}] {src!r} has no Vietnamese"
    assert unicodedata.normalize("NFC", text) == text
    assert sorted(_PERCENT.findall(text)) == sorted(_PERCENT.findall(src))
    assert text.count("&") - text.count("&&") <= 1
    if "&" in src.replace("&&", ""):
        assert "&" in text, f"[{ctx}] {src!r} lost its keyboard mnemonic"


def test_window_ts_is_up_to_date(tmp_path):
    """The .ts lists exactly what lupdate finds in the window's code and forms now."""
    fresh = i18n.lupdate("window", tmp_path / "window_vi.ts")
    found = {(c, s) for c, s, _, _ in i18n.messages(fresh)}
    committed = {(c, s) for c, s, _, _ in _messages("window")}
    assert found - committed == set(), "strings in the code missing from window_vi.ts"
    assert committed - found == set(), "strings in window_vi.ts no longer in the code"


def test_qm_holds_the_window_and_qt_translations():
    tr = QTranslator()
    assert tr.load(str(i18n.qm_path()))
    stale = [(c, s) for name in ("window", "qtbase") for c, s, t, cm in _messages(name)
             if tr.translate(c, s, cm or None) != t]
    assert not stale, "run tools/i18n.py release"
    assert tr.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert tr.translate("MainWindow", "The chart will appear here") == "Biểu đồ sẽ hiện ở đây"


def test_mnemonics_in_each_menu_are_distinct(window):
    for menu in [window.ui.menu_bar, window.menu_file, window.menu_view, window.menu_help]:
        keys = [re.search(r"&(\w)", a.text()).group(1).lower()
                for a in menu.actions() if not a.isSeparator() and "&" in a.text()]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]


# --------------------------------------------------------------------------- nothing missed


class Recorder(QTranslator):
    """Answers from the compiled translations and records every lookup they cannot answer."""

    def __init__(self) -> None:
        super().__init__()
        self.real = QTranslator()
        assert self.real.load(str(i18n.qm_path()))
        self.missed: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        found = self.real.translate(context, source, disambiguation, n)
        if not found:
            self.missed.add((context, source, disambiguation or ""))
            return source
        return found

    def isEmpty(self) -> bool:
        return False


# The file type names that Qt's own file dialog takes from the MIME database: Qt ships them
# untranslated for every language, and the Windows dialog (the one users see) names them itself.
NOT_OURS = {"QMimeType"}


def test_no_visible_string_lacks_vietnamese(window, qtbot, qapp):
    recorder = Recorder()
    qapp.installTranslator(recorder)  # asked first: sees every lookup
    try:
        window.retranslate_ui()
        for menu in (window.menu_file, window.menu_view, window.menu_help, window.menu_language):
            menu.aboutToShow.emit()
            for act in menu.actions():
                act.shortcut().toString(act.shortcut().SequenceFormat.NativeText)
        window._fill_recent_menu()
        for unit in window.dataset.units():
            window.select_unit(unit)
            for column in range(window.proxy.columnCount()):
                index = window.model.index_of(unit, column)
                index.data(Qt.ItemDataRole.ToolTipRole)
                index.data(Qt.ItemDataRole.DecorationRole)
        window.open_file(str(BROKEN))
        window.show_warnings()
        window.show_about()
        window.show_guide()
        window.show_source("S2")
        window.ui.detail_pane.createStandardContextMenu(QPoint(4, 4))
        window.ui.search_bar.edit.createStandardContextMenu()
        window.ui.search_bar.set_query("dinh lap")
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok,
                          window)
        box.setDetailedText("chi tiết")
        box.show()
        dialog = QFileDialog(window, "t", str(ROOT / "tests" / "data"), "*.yaml")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        qtbot.wait(20)
        box.close()
        dialog.close()
    finally:
        qapp.removeTranslator(recorder)
    missed = sorted(m for m in recorder.missed if m[0] not in NOT_OURS)
    assert missed == []


# --------------------------------------------------------------------------- the switch


def visible_texts(window) -> dict[str, str]:
    """Every text the window shows, keyed by where it stands."""
    out: dict[str, str] = {}
    widgets = [window, *window.findChildren(QWidget)]
    for i, w in enumerate(widgets):
        key = f"{type(w).__name__}:{w.objectName()}:{i}"
        if w.isWindow():
            out[key + ":title"] = w.windowTitle()
        if isinstance(w, QLabel):
            out[key + ":text"] = w.text()
        if isinstance(w, QAbstractButton):
            out[key + ":text"] = w.text()
        if isinstance(w, QLineEdit):
            out[key + ":placeholder"] = w.placeholderText()
        if isinstance(w, QMenu):
            out[key + ":title"] = w.title()
        out[key + ":tooltip"] = w.toolTip()
        out[key + ":accessible"] = w.accessibleName()
        out[key + ":description"] = w.accessibleDescription()
    actions = [(f"window:{a.objectName()}", a) for a in window.actions()]
    for j, menu in enumerate(window.findChildren(QMenu)):
        actions += [(f"menu{j}:{i}", a) for i, a in enumerate(menu.actions())]
    for key, act in actions:
        out[key + ":text"] = act.text()
        out[key + ":tooltip"] = act.toolTip()
        out[key + ":status"] = act.statusTip()
    model = window.model
    shown = window.ui.tree_units.header().model()  # the titles the header shows (its own model)
    for column in range(model.columnCount()):
        out[f"header:{column}"] = model.headerData(column, Qt.Orientation.Horizontal)
        out[f"header-tip:{column}"] = model.headerData(column, Qt.Orientation.Horizontal,
                                                       Qt.ItemDataRole.ToolTipRole)
        out[f"shown-header:{column}"] = shown.headerData(column, Qt.Orientation.Horizontal)
        out[f"shown-header-tip:{column}"] = shown.headerData(column, Qt.Orientation.Horizontal,
                                                             Qt.ItemDataRole.ToolTipRole)
    for unit in window.dataset.units():
        for column in range(model.columnCount()):
            index = model.index_of(unit, column)
            out[f"cell:{unit.id}:{column}"] = index.data()
            out[f"cell-tip:{unit.id}:{column}"] = index.data(Qt.ItemDataRole.ToolTipRole)
    for unit_id in ("lang-son", "d-dinh-lap", "c-06619", "other"):
        window.select_unit(window.dataset.find(unit_id))
        for i, line in enumerate(window.ui.detail_pane.toPlainText().splitlines()):
            out[f"pane:{unit_id}:{i}"] = line
    window.select_unit(window.dataset.root)
    for name, dialog in (("about", window.about_dialog), ("problems", window.problems_dialog)):
        for i, line in enumerate(dialog.text().splitlines()):
            out[f"{name}:{i}"] = line
    return {k: v for k, v in out.items() if v}


def data_words(dataset) -> list[str]:
    words = [dataset.metadata.title, "win-small.yaml", "win-broken.yaml", "Tiếng Việt", "English",
             "Qt", "PySide6", "MIT", "LGPL", "PyYAML", "pyqtgraph", "Ctrl", "Shift", "Enter"]
    for s in dataset.sources.values():
        words += [s.title, s.publisher, s.date, s.url, s.file, s.note, s.id]
    for m in dataset.measures.values():
        words.append(m.label)
    for u in dataset.units():
        words += [u.name, u.code, *u.notes]
        for d in u.documents:
            words += [d.number, d.title, d.issuer]
        for values in u.figures.values():
            words += [v.note for v in values]
    return sorted({w for w in words if w}, key=len, reverse=True)


def residue(text: str, words: list[str]) -> str:
    """What is left of a text without its data, numbers, symbols and file paths."""
    text = re.sub(r"(?:[A-Za-z]:)?[/\\][^\s]*", " ", text)
    for w in words:
        text = text.replace(w, " ")
    return "".join(c for c in text if c.isalpha())


def switch(window, qtbot, code: str) -> None:
    """Switch from the menu and wait for the chart panel, which redraws on the event."""
    panel = window.chart_panel
    before = panel.label_hint.text() if panel is not None else ""
    window.language_actions[code].trigger()
    if panel is not None:
        qtbot.waitUntil(lambda: panel.label_hint.text() != before)
    qtbot.wait(10)


def test_switching_language_changes_every_visible_text(window, qtbot):
    window.open_file(str(BROKEN))  # the problems dialog has text in both languages
    window.show_about()
    qtbot.wait(10)
    vi = visible_texts(window)
    switch(window, qtbot, "en")
    assert window.language.code == "en"
    en = visible_texts(window)
    assert vi.keys() == en.keys()
    words = data_words(window.dataset)
    unchanged = {k: v for k, v in vi.items() if en[k] == v and residue(v, words)}
    assert unchanged == {}
    changed = sum(1 for k in vi if en[k] != vi[k])
    assert changed > 150
    # and back
    switch(window, qtbot, "vi")
    assert visible_texts(window) == vi


def test_language_is_remembered_and_used_at_start(window, language):
    from viewer.app import remembered_language

    assert remembered_language() == "vi"
    window.set_language("en")
    assert QSettings().value("ui/language") == "en"
    assert remembered_language() == "en"
    assert window.menu_file.title() == "&File"
    window.set_language("vi")
    assert window.menu_file.title() == "&Tệp"


def test_numbers_follow_the_interface_language_with_a_c_system_locale(window, qtbot):
    QLocale.setDefault(QLocale.c())
    window.set_language("vi")
    root = window.proxy.index(0, 2)
    assert root.data() == "53.538"
    assert "53.538" in window.ui.detail_pane.toPlainText()
    assert "31/03/2010" in window.ui.detail_pane.toPlainText()
    QLocale.setDefault(QLocale.c())
    window.set_language("en")
    assert window.proxy.index(0, 2).data() == "53,538"
    assert "53,538" in window.ui.detail_pane.toPlainText()
    assert "more than 2,000" in window.ui.detail_pane.toPlainText()


def test_qt_message_box_buttons_are_vietnamese(window, qtbot, tmp_path):
    box = QMessageBox(QMessageBox.Icon.Question, "Thử", "Tải lại tệp?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close
                      | QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Save,
                      window)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                            QMessageBox.StandardButton.No,
                                            QMessageBox.StandardButton.Cancel,
                                            QMessageBox.StandardButton.Close,
                                            QMessageBox.StandardButton.Ok,
                                            QMessageBox.StandardButton.Save)}
    assert texts == {"&Có", "&Không", "Hủy", "Đóng", "Đồng ý", "Lưu"}
    details = [b.text() for b in box.buttons()
               if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details == ["Hiện chi tiết..."]
    assert not box.grab().toImage().isNull()
    window.set_language("en")
    qtbot.wait(10)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_qt_file_dialog_is_vietnamese(window, qtbot):
    dialog = QFileDialog(window, "Mở", str(ROOT / "tests" / "data"), "*.yaml")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
    assert {"&Tên tệp:", "&Loại tệp:", "&Tìm trong:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert {b.text() for b in buttons} == {"&Mở", "Hủy"}
