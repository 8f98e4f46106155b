"""The main window: composition only. It builds the widgets (form ``ui/main_window.ui``),
wires their signals, runs the dialogs and keeps the settings.

The Designer forms in ``ui/`` are compiled with ``pyside6-uic`` into ``widgets/ui_*.py`` by
``python tools/uic.py [FORM]``, which then leaves out of each form's imports the classes it never
uses (pyside6-uic imports some thirty into every form, and PySide6 makes the Python enums of each
class imported: ~5 ms of every start). A test fails when a compiled form is not what that gives
for its ``.ui``. The forms are not loaded at run time with ``QUiLoader``, because:
the generated ``retranslateUi()`` re-reads every text of a form when the language switches at
run time (a ``QUiLoader`` form keeps the texts it was loaded with); the promoted widgets
(``DetailPane``, ``SearchBar``) are imported by the generated code instead of silently becoming
plain base classes when ``registerCustomWidget`` is forgotten; start-up does not parse XML or
need QtUiTools; and the widgets are plain attributes (``self.ui.tree_units``).

What shows a unit lives in the widgets (detail pane, search bar, chart panel); what adapts the
domain to Qt lives in the models; what reads a file is the loader. Every action is created in
:meth:`MainWindow.create_actions` and gets its text in :meth:`MainWindow.retranslate_ui`, so
the language switches at run time.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QToolButton,
    QWidget,
)

from . import vocab
from . import settings
from .background import FileLoad, cache_dir, wants_background
from .cache import load_cached
from .domain import Dataset, Unit
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, Language
from .results import LoadResult
from .models import Column, SearchIndex, UnitProxyModel, UnitRole, UnitTreeModel
from .models.tree_model import column_title
from .models.search import fold
from .paths import bundled_data
from .qt_plain import set_enum_props
from .widgets.kind_badges import BADGE_SIZE, KindBadges
from .widgets.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from .widgets.highlight_delegate import HighlightDelegate

log = logging.getLogger(__name__)
translate = vocab.translate

MAX_RECENT = 8
EXPAND_ALL_LIMIT = 5_000  # units: above this, "expand all" opens the first levels only
EXPAND_CAP = 10_000  # rows that "expand all" may reveal on a large tree
EXPAND_MATCHES_CAP = 200  # matches whose ancestors a search opens
OPEN_ROWS_CAP = 5_000  # rows in all in the branches a search opens (each is filtered when opened)
ORDER_MATCHES_CAP = 5_000  # matches put in view order when the tree is sorted
CHART_DELAY_MS = 120  # a new chart is drawn once the selection has rested this long
DEBOUNCE_UNITS = 20_000  # above this many units, the search waits for a pause in typing
DATA_FILTER = "*.yaml *.yml"


def _same_file(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class MainWindow(QMainWindow):
    firstPainted = Signal()  # the window's first frame is on screen

    def __init__(self, language: Language | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language or Language()
        self.dataset: Dataset | None = None
        self.result: LoadResult | None = None
        self.file = ""
        self._search_index: SearchIndex | None = None  # see the search_index property
        self.matches: list[Unit] = []
        self.match_pos = -1
        self.chart_panel: QWidget | None = None
        self.loading: FileLoad | None = None  # a load running in the background
        self._painted = False
        self._translated_for = ""
        self._panes_held = 0  # > 0 while a search runs (see _panes_follow_at_end)
        self._pane_unit: Unit | None = None  # the unit the detail pane and the chart show
        self._starting = False  # in start(), before the first frame
        self._unremembered: str | None = None  # opened by start(), not yet in the recent files
        self._standard_icons: list[tuple[QAction, str]] = []  # set after the first frame

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.create_models()
        self.create_dialogs()
        self.create_actions()
        self.create_menus()
        self.create_tool_bar()
        self.create_status_bar()
        self.connect_signals()
        self.read_settings()
        self.retranslate_ui()

    # ================================================================== building

    def create_models(self) -> None:
        self.badges = KindBadges()
        self.model = UnitTreeModel(self)
        self.model.set_decoration(self.badges.icon)
        self.proxy = UnitProxyModel(self)
        self.proxy.setSourceModel(self.model)
        tree = self.ui.tree_units
        tree.setModel(self.proxy)
        header = tree.header()
        header.setModel(self.model.headers)  # the titles, kept in Qt (see UnitTreeModel)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setIconSize(BADGE_SIZE)
        self._delegate: HighlightDelegate | None = None  # made at the first search
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Column.KIND, Column.MEMBERS, Column.CELLS, Column.GRASSROOTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)  # a third click restores the data's order
        # Sorting is switched on after the first frame (see enable_sorting).
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        # A unit whose charts are not the ones shown gets them once the selection rests: drawing
        # a chart takes 20 ms and more, and stepping through matches or rows with the keys
        # should not wait for each one (the detail pane follows at once).
        self.chart_timer = QTimer(self)
        self.chart_timer.setSingleShot(True)
        self.chart_timer.setInterval(CHART_DELAY_MS)
        self.chart_timer.timeout.connect(self._show_chart)
        self.search_timer.setInterval(150)
        self.watcher = QFileSystemWatcher(self)
        self.setAcceptDrops(True)

    def create_dialogs(self) -> None:
        """The dialogs are made on first use (see the properties below): start-up neither imports
        nor builds them."""
        self._dialogs: dict[str, QWidget] = {}

    def _dialog(self, name: str):  # noqa: ANN202
        dialog = self._dialogs.get(name)
        if dialog is None:
            if name == "problems":
                from .widgets.problems_dialog import ProblemsDialog as cls
            elif name == "about":
                from .widgets.about_dialog import AboutDialog as cls  # type: ignore[assignment]
            elif name == "help":
                from .widgets.help_dialog import HelpDialog as cls  # type: ignore[assignment]
            else:
                from .widgets.source_dialog import SourceDialog as cls  # type: ignore[assignment]
            dialog = cls(self)
            self._dialogs[name] = dialog
        return dialog

    @property
    def problems_dialog(self):  # noqa: ANN201
        return self._dialog("problems")

    @property
    def about_dialog(self):  # noqa: ANN201
        return self._dialog("about")

    @property
    def help_dialog(self):  # noqa: ANN201
        return self._dialog("help")

    @property
    def source_dialog(self):  # noqa: ANN201
        return self._dialog("source")

    def create_actions(self) -> None:
        # The standard icons come from QStyle, whose Python enums PySide6 takes some 6 ms to
        # make the first time it is used: they are set just after the first frame (see event()).
        # Until then a blank icon of the same size keeps every button where it will stay.
        blank_pixmap = QPixmap(self.ui.tool_bar.iconSize())
        blank_pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        blank = QIcon(blank_pixmap)

        def action(name: str, *, shortcuts=(), icon: str | None = None, slot=None,
                   checkable=False) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcuts:
                act.setShortcuts([QKeySequence(s) for s in shortcuts])
            if icon is not None:
                act.setIcon(blank)
                self._standard_icons.append((act, icon))
            act.setCheckable(checkable)
            if slot is not None:
                act.triggered.connect(slot)
            self.addAction(act)  # shortcuts work even when the menu bar is hidden
            return act

        self.act_open = action("act_open", shortcuts=[QKeySequence.StandardKey.Open],
                               icon="SP_DialogOpenButton", slot=self.choose_file)
        self.act_reload = action("act_reload", shortcuts=["F5"], icon="SP_BrowserReload",
                                 slot=self.reload)
        self.act_clear_recent = action("act_clear_recent", slot=self.clear_recent)
        self.act_print = action("act_print", shortcuts=[QKeySequence.StandardKey.Print],
                                slot=self.print_report)
        self.act_print_preview = action("act_print_preview", shortcuts=["Ctrl+Shift+P"],
                                        slot=self.preview_report)
        self.act_export = action("act_export", shortcuts=["Ctrl+Shift+S"], icon="SP_DialogSaveButton",
                                 slot=self.export)
        self.act_confidential = action("act_confidential", checkable=True)
        self.act_quit = action("act_quit", shortcuts=["Ctrl+Q"], slot=self.close)
        self.act_find = action("act_find", shortcuts=[QKeySequence.StandardKey.Find],
                               slot=self.ui.search_bar.focus_search)
        self.act_find_next = action("act_find_next", shortcuts=["F3"], slot=self.next_match)
        self.act_find_previous = action("act_find_previous", shortcuts=["Shift+F3"],
                                        slot=self.previous_match)
        self.act_expand_all = action("act_expand_all", shortcuts=["Ctrl+E"], slot=self.expand_all)
        self.act_collapse_all = action("act_collapse_all", shortcuts=["Ctrl+Shift+E"],
                                       slot=self.collapse_all)
        self.act_focus_tree = action("act_focus_tree", shortcuts=["Ctrl+1"],
                                     slot=lambda: self.ui.tree_units.setFocus())
        self.act_focus_details = action("act_focus_details", shortcuts=["Ctrl+2"],
                                        slot=lambda: self.ui.detail_pane.setFocus())
        self.act_warnings = action("act_warnings", slot=self.show_warnings)
        self.act_guide = action("act_guide", shortcuts=[QKeySequence.StandardKey.HelpContents],
                                icon="SP_MessageBoxQuestion", slot=self.show_guide)
        self.act_about = action("act_about", slot=self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            act = action(f"act_language_{code}", checkable=True)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act

    def create_menus(self) -> None:
        bar = self.ui.menu_bar
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_open)
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.addAction(self.act_clear_recent)  # filled each time it opens
        self.menu_file.addAction(self.act_reload)
        self.menu_file.addSeparator()
        for act in (self.act_print_preview, self.act_print, self.act_export, self.act_confidential):
            self.menu_file.addAction(act)
        self.print_section = self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)

        self.menu_view = bar.addMenu("")
        for act in (self.act_find, self.act_find_next, self.act_find_previous):
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_expand_all)
        self.menu_view.addAction(self.act_collapse_all)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_focus_tree)
        self.menu_view.addAction(self.act_focus_details)
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        for act in self.language_actions.values():
            self.menu_language.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_warnings)

        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addAction(self.act_about)

    def create_tool_bar(self) -> None:
        bar = self.ui.tool_bar
        bar.addAction(self.act_open)
        bar.addAction(self.act_reload)
        bar.addSeparator()
        bar.addAction(self.act_print_preview)
        bar.addAction(self.act_print)
        bar.addAction(self.act_export)
        bar.addSeparator()
        bar.addAction(self.act_expand_all)
        bar.addAction(self.act_collapse_all)
        bar.addSeparator()
        bar.addAction(self.act_guide)

    def create_status_bar(self) -> None:
        status = self.ui.status_bar
        self.label_file = QLabel(self)
        self.label_file.setObjectName("label_file")
        self.label_as_of = QLabel(self)
        self.label_as_of.setObjectName("label_as_of")
        self.button_warnings = QToolButton(self)
        self.button_warnings.setObjectName("button_warnings")
        self.button_warnings.setAutoRaise(True)
        self.button_warnings.setDefaultAction(self.act_warnings)
        set_enum_props(self.button_warnings, focusPolicy="NoFocus")
        status.addWidget(self.label_file, 1)
        status.addPermanentWidget(self.label_as_of)
        status.addPermanentWidget(self.button_warnings)

    def connect_signals(self) -> None:
        tree = self.ui.tree_units
        tree.selectionModel().currentChanged.connect(self._on_current_changed)
        tree.header().sortIndicatorChanged.connect(lambda *_: self._order_matches())
        self.proxy.modelReset.connect(self._on_model_reset)
        search = self.ui.search_bar
        search.queryChanged.connect(self._on_query_changed)
        search.nextRequested.connect(self.next_match)
        search.previousRequested.connect(self.previous_match)
        search.escapePressed.connect(lambda: self.ui.tree_units.setFocus())
        self.search_timer.timeout.connect(self.apply_search)
        self.ui.detail_pane.unitActivated.connect(self.select_unit_id)
        self.ui.detail_pane.sourceActivated.connect(self.show_source)
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.watcher.fileChanged.connect(self._on_file_changed)
        self.ui.button_reload_changed.clicked.connect(self.reload)
        self.ui.button_dismiss_changed.clicked.connect(self.ui.frame_file_changed.hide)

    # ================================================================== settings

    def read_settings(self) -> None:
        geometry = settings.read_bytes("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        self.restoreState(settings.read_bytes("window/state"))
        if not self.ui.splitter_main.restoreState(settings.read_bytes("window/splitter_main")):
            self.ui.splitter_main.setSizes([620, 580])
        if not self.ui.splitter_right.restoreState(settings.read_bytes("window/splitter_right")):
            self.ui.splitter_right.setSizes([400, 400])
        self.language_actions.get(self.language.code, self.language_actions[DEFAULT_LANGUAGE]) \
            .setChecked(True)

    def write_settings(self) -> None:
        self._remember_after_start()  # closed before its first frame
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter_main", self.ui.splitter_main.saveState())
        s.setValue("window/splitter_right", self.ui.splitter_right.saveState())
        s.setValue("ui/language", self.language.code)
        if self.file:
            s.setValue("files/last", self.file)

    @staticmethod
    def recent_files() -> list[str]:
        return settings.read_str_list("files/recent")

    def _remember(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_files() if os.path.normcase(p) != os.path.normcase(path)]
        s = QSettings()
        s.setValue("files/recent", recent[:MAX_RECENT])
        s.setValue("files/last", path)

    def _remember_after_start(self) -> None:
        path, self._unremembered = self._unremembered, None
        if path:
            self._remember(path)

    def clear_recent(self) -> None:
        QSettings().remove("files/recent")

    def _fill_recent_menu(self) -> None:
        menu = self.menu_recent
        menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent, 1):
            act = menu.addAction(f"&{i} {os.path.basename(path)}")
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if recent:
            menu.addSeparator()
        else:
            empty = menu.addAction(translate("MainWindow", "No recent files"))
            empty.setEnabled(False)
        menu.addAction(self.act_clear_recent)
        self.act_clear_recent.setEnabled(bool(recent))
        self.menu_recent.menuAction().setEnabled(True)

    # ================================================================== files

    def start(self, file: str | None = None) -> None:
        """Open the first data at start: the file given, else the last one, else the bundled.
        It goes into the recent files once the first frame is on screen (writing the settings
        file takes 1-2 ms, more on a slow disk, that the frame need not wait for)."""
        self._starting = not self._painted
        try:
            self._start(file)
        finally:
            self._starting = False

    def _start(self, file: str | None) -> None:
        if file:
            self.open_file(file)
            return
        last = settings.read_str("files/last")
        bundled = str(bundled_data())
        if last and os.path.isfile(last) and not _same_file(last, bundled):
            if self.open_file(last, show_errors=False):
                return  # opened, or (a large file) opening in the background
            # (the failed open has already fallen back to the bundled data)
            self.ui.status_bar.showMessage(
                translate("MainWindow", "The last file, %1, could not be opened; the bundled data is shown.")
                .replace("%1", last), 15000)
            return
        self.open_file(bundled)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on first use: not needed to start

        start = os.path.dirname(self.file) if self.file else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open a data file"), start,
            translate("MainWindow", "Data files (%1)").replace("%1", DATA_FILTER) + ";;" + translate("MainWindow", "All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str, *, show_errors: bool = True) -> bool:
        """Load a file and show it. On failure the problems are listed and the data on screen
        stays exactly as it was. A large file loads in the background with a progress dialog
        (the result then arrives later; this returns True once the load has started)."""
        path = os.path.abspath(path)
        if wants_background(path):
            return self._load_in_background(path, show_errors)
        with self._busy():
            if _same_file(path, str(bundled_data())):
                # Opened at nearly every start: read through the content-keyed cache (an
                # unchanged file and loader give the very same result, without parsing YAML).
                result, _hit = load_cached(path, cache_dir())
            else:
                from .loader import load_file  # the YAML parser: not needed to start

                result = load_file(path)
        return self._take_result(path, result, show_errors)

    @contextmanager
    def _busy(self):  # noqa: ANN202
        """The wait cursor meanwhile, but not before the first frame: a file opened then is small
        (a large one loads in the background), read in some tens of milliseconds at most, and
        the cursor takes the ``Qt`` namespace, which the start does not make (viewer.qt_plain)."""
        if not self._painted:
            yield
            return
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def _load_in_background(self, path: str, show_errors: bool) -> bool:
        if self.loading is not None:
            return False  # one load at a time
        from PySide6.QtWidgets import QProgressDialog  # on first use: not needed to start

        load = FileLoad(path, self)
        dialog = QProgressDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Opening"))
        dialog.setLabelText(translate("MainWindow", "Reading %1…").replace("%1", os.path.basename(path)))
        dialog.setCancelButtonText(translate("MainWindow", "Cancel"))
        dialog.setRange(0, 1000)
        dialog.setMinimumDuration(300)
        set_enum_props(dialog, windowModality="WindowModal")  # a start may open a large file
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        load.progressed.connect(dialog.setValue)
        dialog.canceled.connect(load.cancel)

        def done() -> None:
            self.loading = None
            dialog.close()
            dialog.deleteLater()
            load.deleteLater()  # it holds the worker and its search index

        def finished(result: LoadResult, _from_cache: bool) -> None:
            index = load.index
            done()
            self._take_result(path, result, show_errors, index)

        def cancelled() -> None:
            done()
            self.ui.status_bar.showMessage(
                translate("MainWindow", "Opening %1 was cancelled; the data shown has not changed.")
                .replace("%1", os.path.basename(path)), 8000)
            self._fall_back_to_bundled(path)

        load.finished.connect(finished)
        load.cancelled.connect(cancelled)
        self.loading = load
        load.start()
        return True

    def _take_result(self, path: str, result: LoadResult, show_errors: bool,
                     index: SearchIndex | None = None) -> bool:
        if not result.ok:
            if show_errors:
                self.problems_dialog.show_problems(path, result.errors, failed=True)
                self.problems_dialog.open()
            else:
                self.ui.status_bar.showMessage(
                    translate("MainWindow", "%1 could not be opened.").replace("%1", os.path.basename(path)),
                    8000)
            self._fall_back_to_bundled(path)
            return False
        self._show_result(result, index)
        if self._starting:
            self._unremembered = path  # see start()
        else:
            self._remember(path)
        return True

    def _fall_back_to_bundled(self, path: str) -> None:
        """With nothing on screen (a last file that no longer opens at start-up), show the
        bundled data rather than an empty window."""
        if self.dataset is None and not _same_file(path, str(bundled_data())):
            self.open_file(str(bundled_data()), show_errors=True)

    def reload(self) -> None:
        self.ui.frame_file_changed.hide()
        if self.file:
            self.open_file(self.file)

    def _show_result(self, result: LoadResult, index: SearchIndex | None = None) -> None:
        """Show a loaded dataset (``index``: its search index, when the loader made it)."""
        assert result.dataset is not None
        previous = self.dataset
        same_file = result.file == self.file
        keep_id = self.current_unit().id if same_file and self.current_unit() else None
        expanded = self._expanded_ids() if same_file else set()
        self.result = result
        self.dataset = result.dataset
        self._watch(result.file)
        self.file = result.file
        self._search_index = index  # None: made at the first search
        self.model.set_dataset(self.dataset)
        self.ui.detail_pane.set_dataset(self.dataset)
        if "about" in self._dialogs:
            self.about_dialog.set_dataset(self.dataset)
        self.ui.frame_file_changed.hide()
        tree = self.ui.tree_units
        root = self.proxy.index(0, 0)
        tree.expand(root)
        for unit_id in expanded:
            unit = self.dataset.find(unit_id)
            if unit is not None:
                tree.expand(self.proxy.mapFromSource(self.model.index_of(unit)))
        target = (self.dataset.find(keep_id) if keep_id else None) or self.dataset.root
        if self.ui.search_bar.query().strip():
            self.apply_search(select_first=False)
        self.select_unit(target)
        self._update_file_texts()
        if previous is not None and previous is not self.dataset:
            self._release_when_free(previous)

    def _release_when_free(self, dataset: Dataset) -> None:
        """Take a dataset no longer shown apart (see Dataset.release), but not while a dialog
        runs: a print, preview or export started before the new file arrived still uses it.
        A step at each turn of the event loop: freeing a national tree takes a good part of a
        second, and another thread doing it would slow every repaint's calls into Python."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1000, lambda: self._release_when_free(dataset))
            return
        steps = dataset.release_steps()
        timer = QTimer(self)

        def step() -> None:
            if next(steps, StopIteration) is StopIteration:
                timer.stop()
                timer.deleteLater()

        timer.timeout.connect(step)
        timer.start(0)

    def _expanded_ids(self) -> set[str]:
        tree, proxy = self.ui.tree_units, self.proxy
        found: set[str] = set()
        stack = [proxy.index(0, 0)] if proxy.rowCount() else []
        while stack:
            index = stack.pop()
            if not tree.isExpanded(index):
                continue
            found.add(index.data(UnitRole).id)
            stack.extend(proxy.index(r, 0, index) for r in range(proxy.rowCount(index)))
        return found

    def _watch(self, path: str) -> None:
        watched = self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        if os.path.exists(path):
            self.watcher.addPath(path)

    def _on_file_changed(self, path: str) -> None:
        if os.path.normcase(path) != os.path.normcase(self.file):
            return
        # Editors often save by deleting and writing the file anew, which ends the watch: look
        # again once that has settled, then watch it again or say it is gone.
        QTimer.singleShot(300, self, self._file_changed_settled)

    def _file_changed_settled(self) -> None:
        name = os.path.basename(self.file)
        if os.path.isfile(self.file):
            self._watch(self.file)
            text = translate("MainWindow", "“%1” has changed on disk. Reload it to see the new data?")
            self.ui.button_reload_changed.show()
        else:
            text = translate("MainWindow", "“%1” was deleted or moved. The data shown stays as it was "
                                           "when the file was read.")
            self.ui.button_reload_changed.hide()
        self.ui.label_file_changed.setText(text.replace("%1", name))
        self.ui.frame_file_changed.show()

    def show_warnings(self) -> None:
        if self.result is None:
            return
        self.problems_dialog.show_problems(self.file, self.result.warnings, failed=False)
        self.problems_dialog.open()

    # drag and drop --------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and os.path.isfile(url.toLocalFile()):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.open_file(path)

    # ================================================================== tree and selection

    @property
    def delegate(self) -> HighlightDelegate:
        """The name column's painter of search highlights, made at the first search: until
        then the view's own delegate paints the names (no call into Python for each name at
        each repaint, and its module is not imported at the start)."""
        if self._delegate is None:
            from .widgets.highlight_delegate import HighlightDelegate

            self._delegate = HighlightDelegate(self.ui.tree_units)
            self.ui.tree_units.setItemDelegateForColumn(Column.NAME, self._delegate)
        return self._delegate

    def current_unit(self) -> Unit | None:
        index = self.ui.tree_units.currentIndex()
        return index.data(UnitRole) if index.isValid() else None

    def select_unit(self, unit: Unit) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(unit))
        if not index.isValid():  # hidden by the search: show the whole tree again
            self.ui.search_bar.clear()
            self.apply_search()
            index = self.proxy.mapFromSource(self.model.index_of(unit))
        tree = self.ui.tree_units
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index)

    def select_unit_id(self, unit_id: str) -> None:
        unit = self.dataset.find(unit_id) if self.dataset else None
        if unit is not None:
            self.select_unit(unit)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._panes_held:
            return  # a search is re-filtering: the panes follow once it has settled
        self._show_in_panes(current)

    def _show_in_panes(self, current: QModelIndex) -> None:
        unit = current.data(UnitRole) if current.isValid() else None
        self._pane_unit = unit
        self.ui.detail_pane.show_unit(unit)
        panel = self.chart_panel
        if panel is None or self.dataset is None or unit is None:
            return
        if panel.dataset is self.dataset and self.dataset.series_owner(unit) is panel.owner:
            self.chart_timer.stop()
            panel.show_unit(self.dataset, unit)  # the same charts: only their caption changes
        else:
            self.chart_timer.start()

    def _show_chart(self) -> None:
        if self.chart_panel is not None and self.dataset is not None and self._pane_unit is not None:
            self.chart_panel.show_unit(self.dataset, self._pane_unit)

    @contextmanager
    def _panes_follow_at_end(self):  # noqa: ANN202
        """While a search filters the tree, the current row may vanish and come back, and the
        first match is selected: the detail pane and the chart show only where it ends."""
        self._panes_held += 1
        try:
            yield
        finally:
            self._panes_held -= 1
            if not self._panes_held:
                current = self.ui.tree_units.currentIndex()
                if (current.data(UnitRole) if current.isValid() else None) is not self._pane_unit:
                    self._show_in_panes(current)

    def _on_model_reset(self) -> None:
        self._pane_unit = None
        self.ui.detail_pane.show_unit(None)

    def expand_all(self) -> None:
        """Open every branch; on a large tree only the levels whose rows fit in EXPAND_CAP
        (showing 100,000 rows at once would freeze the window for nothing anyone reads)."""
        if self.dataset is None:
            return
        tree = self.ui.tree_units
        if len(self.dataset) <= EXPAND_ALL_LIMIT:
            tree.expandAll()
            return
        depth, opened, rows, level = -1, 0, 1, [self.dataset.root]
        while level:
            branches = [u for u in level if u.children]
            below = [c for u in branches for c in u.children]
            if not branches or rows + len(below) > EXPAND_CAP:
                break
            opened += len(branches)
            rows += len(below)
            depth += 1
            level = below
        if depth >= 0:
            tree.expandToDepth(depth)
        self.ui.status_bar.showMessage(
            translate("MainWindow", "The tree is large: only its first %1 branches were opened.")
            .replace("%1", vocab.number_text(opened)), 10000)

    def collapse_all(self) -> None:
        """Back to the start view: every branch closed but the top unit's."""
        tree = self.ui.tree_units
        tree.collapseAll()
        if self.proxy.rowCount():
            tree.expand(self.proxy.index(0, 0))

    # ================================================================== search

    @property
    def search_index(self) -> SearchIndex:
        """The search index of the data shown. A file loaded in the background brings its own
        (made in the worker); otherwise it is made at the first search, not before the window's
        first frame."""
        if self._search_index is None:
            self._search_index = SearchIndex(self.dataset)
        return self._search_index

    def _on_query_changed(self, _text: str) -> None:
        if len(self.search_index) > DEBOUNCE_UNITS:
            self.search_timer.start()
        else:
            self.apply_search()

    def apply_search(self, select_first: bool = True) -> None:
        self.search_timer.stop()
        with self._panes_follow_at_end():
            self._apply_search(select_first)

    def _apply_search(self, select_first: bool) -> None:
        query = self.ui.search_bar.query()
        tree = self.ui.tree_units
        current = self.current_unit()
        if not fold(query):
            self.matches, self.match_pos = [], -1
            if self._delegate is not None:
                self._delegate.set_query("")
            self.proxy.set_filter(None)
            self.ui.search_bar.set_counts(0, 0)
            if current is not None:
                self.select_unit(current)
            tree.viewport().update()
            return
        self._filter_matches(query)
        self._open_matches()
        if self.matches and select_first:
            self.match_pos = 0
            self.select_unit(self.matches[0])
        else:
            self.match_pos = -1
        self._show_counts()
        tree.viewport().update()

    def _filter_matches(self, query: str) -> None:
        """The keystroke's part: find the matches and keep only them and their ancestors."""
        self.matches = self.search_index.search(query)
        self.delegate.set_query(query)
        self.proxy.set_filter(SearchIndex.with_ancestors(self.matches))
        self._order_matches()

    def _open_matches(self) -> None:
        """Open the branches down to the first matches: at most EXPAND_MATCHES_CAP of them, and
        only while the branches opened hold at most OPEN_ROWS_CAP rows in all (the filter looks
        at every row of a branch it opens: 200 communes of 200 cells would be 40,000). Never the
        whole tree. The rest stay under their closed branches, which show that they hold some."""
        tree = self.ui.tree_units
        tree.scheduleDelayedItemsLayout()  # one layout after all the branches, not one each
        opened: set[Unit] = set()
        rows = 0
        for unit in self.matches[:EXPAND_MATCHES_CAP]:
            branch = []
            node = unit.parent
            while node is not None and node not in opened:
                branch.append(node)
                node = node.parent
            rows += sum(len(n.children) for n in branch)
            if opened and rows > OPEN_ROWS_CAP:
                break
            for node in reversed(branch):  # from the top down
                opened.add(node)
                tree.expand(self.proxy.mapFromSource(self.model.index_of(node)))

    def _order_matches(self) -> None:
        """Put the matches in the order the view shows them (it may be sorted by a column)."""
        if self.proxy.sortColumn() < 0 or not self.matches or len(self.matches) > ORDER_MATCHES_CAP:
            return
        current = self.matches[self.match_pos] if 0 <= self.match_pos < len(self.matches) else None

        def key(unit: Unit) -> tuple[int, ...]:
            rows = []
            for node in unit.path():
                rows.append(self.proxy.mapFromSource(self.model.index_of(node)).row())
            return tuple(rows)

        self.matches.sort(key=key)
        if current is not None:
            self.match_pos = self.matches.index(current)

    def _show_counts(self) -> None:
        self.ui.search_bar.set_counts(self.match_pos + 1, len(self.matches))

    def next_match(self) -> None:
        self._step_match(+1)

    def previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if self.search_timer.isActive():
            self.apply_search()
        if not self.matches:
            return
        self.match_pos = (self.match_pos + step) % len(self.matches)
        self.select_unit(self.matches[self.match_pos])
        self._show_counts()

    # ================================================================== dialogs

    def show_source(self, source_id: str) -> None:
        source = self.dataset.source(source_id) if self.dataset else None
        if source is not None:
            self.source_dialog.show_source(self.dataset, source)
            self.source_dialog.open()

    def show_about(self) -> None:
        self.about_dialog.set_dataset(self.dataset)
        self.about_dialog.open()

    def show_guide(self) -> None:
        self.help_dialog.load_guide(self.language.code)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    # ================================================================== language

    def set_language(self, code: str) -> None:
        self.language.set(code)
        QSettings().setValue("ui/language", self.language.code)
        self.language_actions[self.language.code].setChecked(True)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._translated_for != self.language.code:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._translated_for = self.language.code
        self.ui.retranslateUi(self)
        texts = {
            self.act_open: (translate("MainWindow", "&Open…"), translate("MainWindow", "Open a data file")),
            self.act_reload: (translate("MainWindow", "&Reload"), translate("MainWindow", "Read the open file again")),
            self.act_clear_recent: (translate("MainWindow", "&Clear the list"), ""),
            self.act_quit: (translate("MainWindow", "&Quit"), translate("MainWindow", "Close the program")),
            self.act_print: (translate("MainWindow", "&Print…"),
                             translate("MainWindow", "Print the report of the selected unit")),
            self.act_print_preview: (translate("MainWindow", "Print pre&view…"),
                                     translate("MainWindow", "See the report page by page before printing")),
            self.act_export: (translate("MainWindow", "E&xport…"),
                              translate("MainWindow", "Save the report as PDF, a chart as PNG or SVG, "
                                                      "or the figures as CSV")),
            self.act_confidential: (translate("MainWindow", "Mark as &confidential"),
                                    translate("MainWindow", "Print \"MẬT\" (confidential) at the top of "
                                                            "reports printed or exported")),
            self.act_find: (translate("MainWindow", "&Find…"), translate("MainWindow", "Find a unit by name or code")),
            self.act_find_next: (translate("MainWindow", "Find &next"), translate("MainWindow", "Go to the next match")),
            self.act_find_previous: (translate("MainWindow", "Find &previous"), translate("MainWindow", "Go to the previous match")),
            self.act_expand_all: (translate("MainWindow", "&Expand all"), translate("MainWindow", "Open every branch of the tree")),
            self.act_collapse_all: (translate("MainWindow", "&Collapse all"), translate("MainWindow", "Close every branch of the tree")),
            self.act_focus_tree: (translate("MainWindow", "Go to the &tree"), ""),
            self.act_focus_details: (translate("MainWindow", "Go to the &details"), ""),
            self.act_guide: (translate("MainWindow", "&User guide"), translate("MainWindow", "Open the user guide")),
            self.act_about: (translate("MainWindow", "&About…"), translate("MainWindow", "The program, the data and its sources")),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text.replace("&", "").rstrip("…"))
            act.setStatusTip(tip)
        # Each language is named in itself, as language menus do everywhere.
        self.language_actions["vi"].setText("&Tiếng Việt")
        self.language_actions["en"].setText("&English")
        self.menu_file.setTitle(translate("MainWindow", "&File"))
        self.menu_recent.setTitle(translate("MainWindow", "Recent &files"))
        self.menu_view.setTitle(translate("MainWindow", "&View"))
        self.menu_language.setTitle(translate("MainWindow", "&Language"))
        self.menu_help.setTitle(translate("MainWindow", "&Help"))
        self.ui.tool_bar.setWindowTitle(translate("MainWindow", "Tool bar"))
        self.label_file.setAccessibleName(translate("MainWindow", "Open file"))
        self.label_as_of.setAccessibleName(translate("MainWindow", "Date of the data"))
        self.badges.clear()
        self.model.retranslate()
        self.ui.search_bar.retranslate_ui()
        self.ui.detail_pane.retranslate_ui()
        for name, dialog in self._dialogs.items():
            if name == "help":
                dialog.load_guide(self.language.code)
            else:
                dialog.retranslate_ui()
        # The chart panel redraws itself on the LanguageChange event (after the locale is set):
        # calling its retranslate_ui() here too would draw every chart twice.
        self._fit_columns()
        self._update_file_texts()

    def _fit_columns(self) -> None:
        """Figure and kind columns wide enough for their titles in the current language."""
        header = self.ui.tree_units.header()
        metrics = header.fontMetrics()
        for column, least in ((Column.KIND, 124), (Column.MEMBERS, 76), (Column.CELLS, 64),
                              (Column.GRASSROOTS, 84)):
            needed = metrics.horizontalAdvance(column_title(column)) + 28  # room for the sort arrow
            header.resizeSection(column, max(least, needed))

    def _update_file_texts(self) -> None:
        if self.dataset is None:
            self.setWindowTitle(vocab.app_name())
            self.label_file.setText(translate("MainWindow", "No data is open"))
            self.label_file.setToolTip("")
            self.label_as_of.clear()
            self.act_warnings.setText(translate("MainWindow", "Warnings: %1").replace("%1", vocab.number_text(0)))
            self.act_warnings.setEnabled(False)
            self.act_reload.setEnabled(False)
            for act in (self.act_print, self.act_print_preview, self.act_export):
                act.setEnabled(False)
            return
        name = os.path.basename(self.file)
        self.setWindowTitle(f"{self.dataset.metadata.title} — {name}")
        self.label_file.setText(translate("MainWindow", "File: %1").replace("%1", name))
        self.label_file.setToolTip(self.file)
        as_of = self.dataset.metadata.as_of
        self.label_as_of.setText(translate("MainWindow", "Data as of %1").replace("%1", vocab.period_text(as_of))
                                 if as_of else translate("MainWindow", "Date of the data not stated"))
        warnings = len(self.result.warnings) if self.result else 0
        self.act_warnings.setText(translate("MainWindow", "Warnings: %1").replace("%1", vocab.number_text(warnings)))
        self.act_warnings.setToolTip(translate("MainWindow", "Show the warnings about the data"))
        self.act_warnings.setEnabled(warnings > 0)
        self.act_reload.setEnabled(True)
        for act in (self.act_print, self.act_print_preview, self.act_export):
            act.setEnabled(True)

    # ================================================================== chart and events

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            # The first frame is on screen: only now load the chart library.
            QTimer.singleShot(0, self.set_standard_icons)
            QTimer.singleShot(0, self.enable_sorting)
            QTimer.singleShot(0, self.load_chart_panel)
            QTimer.singleShot(0, self._remember_after_start)
            self.firstPainted.emit()
        return handled

    def enable_sorting(self) -> None:
        """Sorting by a click on a column's title, from just after the first frame: telling the
        header that no column is sorted yet takes a ``Qt.SortOrder``, which the start does not
        make (see viewer.qt_plain). Nothing can be clicked before the frame, and the frame is
        the same either way (the columns' widths leave room for the arrow)."""
        from PySide6.QtCore import Qt

        tree = self.ui.tree_units
        if not tree.isSortingEnabled():
            tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            tree.setSortingEnabled(True)

    def set_standard_icons(self) -> None:
        """The style's icons for the actions that have one (blank until the first frame)."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for act, name in self._standard_icons:
            act.setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, name)))
        self._standard_icons.clear()

    def load_chart_panel(self) -> None:
        """Put the chart panel where the placeholder stands, if the chart module exists."""
        if self.chart_panel is not None:
            return
        try:
            from .widgets.chart_panel import ChartPanel
        except ImportError:
            return  # the chart module is not there yet: the placeholder stays
        try:
            panel = ChartPanel(self.ui.chart_area)
        except Exception:  # a broken chart must not take the window down
            log.exception("the chart panel could not be created")
            return
        panel.setObjectName("chart_panel")
        panel.sigPrintChartRequested.connect(self.print_chart)
        panel.set_print_enabled(True)
        unit = self.current_unit()
        if unit is not None and self.dataset is not None:
            panel.show_unit(self.dataset, unit)
        placeholder = self.ui.label_chart_placeholder
        self.ui.layout_chart.replaceWidget(placeholder, panel)
        placeholder.hide()
        panel.show()  # added after the window was shown: not visible by itself
        self.chart_panel = panel

    # ================================================================== printing and export

    def _print_target(self) -> tuple[Dataset, Unit] | None:
        unit = self.current_unit()
        if self.dataset is None or unit is None:
            return None
        return self.dataset, unit

    def print_report(self) -> None:
        from .widgets import print_dialogs

        target = self._print_target()
        if target is not None:
            print_dialogs.print_report(self, *target, self.act_confidential.isChecked())

    def preview_report(self) -> None:
        from .widgets import print_dialogs

        target = self._print_target()
        if target is not None:
            print_dialogs.preview_report(self, *target, self.act_confidential.isChecked())

    def export(self, series=None) -> None:  # noqa: ANN001 - a Series, from a chart's menu
        from .widgets import print_dialogs

        target = self._print_target()
        if target is not None:
            path = print_dialogs.export(self, *target, self.act_confidential.isChecked(), series)
            if path:
                self.ui.status_bar.showMessage(
                    translate("MainWindow", "Saved %1").replace("%1", path), 8000)

    def print_chart(self, series) -> None:  # noqa: ANN001 - a Series, from a chart's menu
        from .widgets import print_dialogs

        unit = self.current_unit()
        owner = self.dataset.series_owner(unit) if self.dataset is not None and unit is not None else None
        if owner is not None:
            print_dialogs.print_chart(self, self.dataset, owner, series)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.loading is not None:
            self.loading.cancel()
            self.loading.wait()
        self.write_settings()
        if "help" in self._dialogs:
            self.help_dialog.close()
        super().closeEvent(event)

