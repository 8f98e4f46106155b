"""The chart panel: every chart of the selected unit (or of its nearest ancestor that has
charts), one under the other in a scrolling list, saying whose charts they are.

The main window imports this module only after its first frame has painted: importing it loads
pyqtgraph and numpy (through :mod:`viewer.charts`); nothing else imports them at start-up.

Each chart has a small tool row (reset view, copy as image) and a context menu (Copy chart as
image, Reset view, and — once the printing code calls :meth:`ChartPanel.set_print_enabled` —
Print chart…, which emits :attr:`ChartPanel.sigPrintChartRequested` with the series).
The mouse wheel scrolls the list; Ctrl+wheel zooms a chart; dragging pans it, within limits.
"""
from __future__ import annotations

import weakref

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .. import charts
from ..domain import Dataset, Series, Unit

translate = QCoreApplication.translate

CHART_HEIGHT = 460  # logical pixels of one chart in the list, at most
CHART_MIN_HEIGHT = 300  # a chart shrinks to the visible height of the list, down to this
CHART_MIN_WIDTH = 360


class ChartView(pg.GraphicsView):
    """One chart on screen. The wheel scrolls the list unless Ctrl is held (then it zooms)."""

    def __init__(self, chart: charts.Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.chart = chart
        self.setCentralItem(chart.layout)
        self.setMinimumWidth(CHART_MIN_WIDTH)
        self.setFixedHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self._tip = ""

    def wheelEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(ev)
            return
        # Without Ctrl the wheel scrolls the list of charts, as over any other widget.
        area = self.parent()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parent()
        if area is None:
            ev.ignore()
            return
        QCoreApplication.sendEvent(area.verticalScrollBar(), ev)
        ev.accept()

    def _hover(self, scene_pos) -> None:
        text = self.chart.tooltip_at(scene_pos)
        if text and text != self._tip:
            QToolTip.showText(QCursor.pos(), text, self)
        elif not text and self._tip:
            QToolTip.hideText()
        self._tip = text

    def leaveEvent(self, ev) -> None:  # noqa: N802
        self._tip = ""
        super().leaveEvent(ev)


class ChartFrame(QFrame):
    """A chart with its tool row."""

    def __init__(self, panel: "ChartPanel", dataset: Dataset, owner: Unit, series: Series) -> None:
        super().__init__(panel)
        # Weakly: the panel holds its frames, and a cycle between Qt objects is for the garbage
        # collector to take apart, in any order (see charts.ChartLayout).
        self._panel = weakref.ref(panel)
        self.dataset = dataset
        self.owner = owner
        self.series = series
        self.setObjectName(f"frame_chart_{series.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addStretch(1)
        self.button_reset = QToolButton(self)
        self.button_reset.setObjectName("button_reset_view")
        self.button_reset.clicked.connect(self.reset_view)
        self.button_copy = QToolButton(self)
        self.button_copy.setObjectName("button_copy_chart")
        self.button_copy.clicked.connect(self.copy_image)
        tools.addWidget(self.button_reset)
        tools.addWidget(self.button_copy)
        layout.addLayout(tools)
        self.view: ChartView | None = None
        self._layout = layout
        self.build()
        self.retranslate_ui()

    @property
    def chart(self) -> charts.Chart:
        assert self.view is not None
        return self.view.chart

    @property
    def panel(self) -> "ChartPanel":
        panel = self._panel()
        assert panel is not None, "a frame outlived its panel"
        return panel

    def build(self, keep_range: bool = False) -> None:
        """(Re)build the chart in the current language, keeping the zoom when asked."""
        old = self.view
        view_range = old.chart.view_range() if (old is not None and keep_range) else None
        chart = charts.build_chart(self.dataset, self.owner, self.series,
                                   charts.ChartOptions(height=CHART_HEIGHT))
        view = ChartView(chart, self)
        view.setObjectName(f"plot_{self.series.id}")
        view.setFixedHeight(self.panel.chart_height())
        view.customContextMenuRequested.connect(self._context_menu)
        if old is not None:
            shiboken6.delete(self._layout.replaceWidget(old, view))  # the old layout item: ours
            old.hide()
            old.deleteLater()  # kept by its parent until then (see _rebuild)
        else:
            self._layout.addWidget(view)
        self.view = view
        if view_range is not None:
            chart.set_view_range(*view_range)

    def retranslate_ui(self) -> None:
        self.button_reset.setText(translate("ChartPanel", "Reset view"))
        self.button_reset.setToolTip(translate("ChartPanel", "Show the whole chart again after zooming or panning"))
        self.button_copy.setText(translate("ChartPanel", "Copy image"))
        self.button_copy.setToolTip(translate("ChartPanel", "Copy the chart to the clipboard as an image"))

    def reset_view(self) -> None:
        self.chart.reset_view()

    def is_zoomed(self) -> bool:
        (x0, x1), (y0, y1) = self.chart.view_range()
        (a0, a1), (b0, b1) = self.chart.default_range
        span = max(abs(a1 - a0), 1e-9), max(abs(b1 - b0), 1e-9)
        return (abs(x0 - a0) / span[0] > 1e-6 or abs(x1 - a1) / span[0] > 1e-6
                or abs(y0 - b0) / span[1] > 1e-6 or abs(y1 - b1) / span[1] > 1e-6)

    def image(self, scale: float = 2.0):
        """The chart as the user sees it (zoom included), drawn afresh at ``scale``."""
        view = self.view
        assert view is not None
        width = max(CHART_MIN_WIDTH, view.width())
        height = max(200, view.height())
        rng = self.chart.view_range() if self.is_zoomed() else None
        return charts.chart_image(self.dataset, self.owner, self.series, width, height, scale, rng)

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.make_menu()
        assert self.view is not None
        menu.exec(self.view.mapToGlobal(pos))
        menu.deleteLater()

    def make_menu(self) -> QMenu:
        """The chart's context menu: Copy chart as image, Reset view, [Print chart…]."""
        menu = QMenu(self)
        copy = QAction(translate("ChartPanel", "Copy chart as image"), menu)
        copy.triggered.connect(self.copy_image)
        reset = QAction(translate("ChartPanel", "Reset view"), menu)
        reset.triggered.connect(self.reset_view)
        menu.addAction(copy)
        menu.addAction(reset)
        if self.panel.print_enabled:
            menu.addSeparator()
            act = QAction(translate("ChartPanel", "Print chart…"), menu)
            act.triggered.connect(lambda: self.panel.sigPrintChartRequested.emit(self.series))
            menu.addAction(act)
        return menu


class ChartPanel(QWidget):
    """Charts of the selected unit. ``show_unit(dataset, unit)``; ``retranslate_ui()`` redraws
    every label in the current language. A LanguageChange event does the same by itself, once
    per language: after an explicit call, the event that follows finds nothing to redo."""

    # The user chose "Print chart…" for this series (a :class:`viewer.domain.Series` of
    # :attr:`owner`); the printing code connects here and calls ``set_print_enabled(True)``.
    sigPrintChartRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_panel")
        self.dataset: Dataset | None = None
        self.unit: Unit | None = None
        self.owner: Unit | None = None
        self.frames: list[ChartFrame] = []
        self.print_enabled = False
        self._translated_for: tuple[str, str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label_owner = QLabel(self)
        self.label_owner.setObjectName("label_chart_owner")
        self.label_owner.setWordWrap(True)
        self.label_owner.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label_owner.font()
        font.setBold(True)
        self.label_owner.setFont(font)
        self.label_inherited = QLabel(self)
        self.label_inherited.setObjectName("label_chart_inherited")
        self.label_inherited.setWordWrap(True)
        self.label_inherited.setTextFormat(Qt.TextFormat.PlainText)
        self.label_hint = QLabel(self)
        self.label_hint.setObjectName("label_chart_hint")
        self.label_hint.setWordWrap(True)
        self.label_hint.setEnabled(False)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("scroll_charts")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget(self.scroll)
        self.container.setObjectName("container_charts")
        self.list_layout = QVBoxLayout(self.container)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll.setWidget(self.container)
        self.scroll.viewport().installEventFilter(self)
        for w in (self.label_owner, self.label_inherited, self.label_hint, self.scroll):
            layout.addWidget(w)
        layout.setStretchFactor(self.scroll, 1)
        self.retranslate_ui(rebuild=False)

    # ---- public

    def show_unit(self, dataset: Dataset | None, unit: Unit | None) -> None:
        """Show the charts of ``unit`` or of its nearest ancestor with charts."""
        owner = dataset.series_owner(unit) if (dataset is not None and unit is not None) else None
        same = dataset is self.dataset and owner is self.owner and (owner is None or self.frames)
        self.dataset, self.unit, self.owner = dataset, unit, owner
        if not same:
            self._rebuild()
        self._update_labels()

    def chart_height(self) -> int:
        """Each chart fills the visible height of the list (one chart at a time), within limits."""
        visible = self.scroll.viewport().height() - 48  # the tool row and the frame
        return int(max(CHART_MIN_HEIGHT, min(CHART_HEIGHT, visible)))

    def eventFilter(self, watched, ev) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.scroll.viewport() and ev.type() == QEvent.Type.Resize:
            h = self.chart_height()
            for f in self.frames:
                if f.view is not None and f.view.height() != h:
                    f.view.setFixedHeight(h)
        return super().eventFilter(watched, ev)

    def set_print_enabled(self, enabled: bool) -> None:
        """Show "Print chart…" in each chart's context menu (the printing code calls this)."""
        self.print_enabled = bool(enabled)

    def charts(self) -> list[charts.Chart]:
        return [f.chart for f in self.frames]

    def series(self) -> list[Series]:
        return [f.series for f in self.frames]

    def frame_for(self, series_id: str) -> ChartFrame | None:
        for f in self.frames:
            if f.series.id == series_id:
                return f
        return None

    def reset_views(self) -> None:
        for f in self.frames:
            f.reset_view()

    def retranslate_ui(self, rebuild: bool = True) -> None:
        """Redraw every label in the current language (charts keep their zoom)."""
        self._translated_for = self._language_key()
        self.label_hint.setText(translate(
            "ChartPanel", "Hover over a figure for its exact value, date and source. Drag to pan, "
            "Ctrl+wheel to zoom; right-click a chart to copy it."))
        for f in self.frames:
            f.retranslate_ui()
            if rebuild:
                f.build(keep_range=True)
        self._update_labels()

    # ---- internals

    def changeEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        # QApplication posts LanguageChange, so it arrives after Language.set() has also set
        # the locale (number format). Redraw once per language, however many events come; a
        # hidden panel (a closed window's, still waiting to be deleted) when it shows again.
        if (ev.type() == QEvent.Type.LanguageChange and self.isVisible()
                and self._language_key() != self._translated_for):
            self.retranslate_ui()
        super().changeEvent(ev)

    def showEvent(self, ev) -> None:  # noqa: N802 (Qt's name)
        if self._translated_for is not None and self._language_key() != self._translated_for:
            self.retranslate_ui()
        super().showEvent(ev)

    @staticmethod
    def _language_key() -> tuple[str, str]:
        return QLocale().name(), translate("ChartPanel", "Charts")

    def _rebuild(self) -> None:
        # Hidden, and deleted by the event loop, still owned by their parent meanwhile: with
        # setParent(None) Python owned them, and the garbage collector could free a frame, its
        # view, scene and items in any order, inside PySide6 (a segmentation fault now and then).
        for f in self.frames:
            self.list_layout.removeWidget(f)
            f.hide()
            f.deleteLater()
        self.frames = []
        if self.dataset is None or self.owner is None:
            return
        for i, s in enumerate(self.owner.series):
            frame = ChartFrame(self, self.dataset, self.owner, s)
            self.list_layout.insertWidget(i, frame)
            self.frames.append(frame)
        self.scroll.verticalScrollBar().setValue(0)

    def _update_labels(self) -> None:
        unit, owner = self.unit, self.owner
        if self.dataset is None or unit is None:
            self.label_owner.setText(translate("ChartPanel", "Charts"))
            self.label_inherited.setText(translate("ChartPanel", "Select a unit to see its charts."))
            self.label_inherited.show()
            self.label_hint.hide()
            return
        if owner is None:
            self.label_owner.setText(translate("ChartPanel", "Charts"))
            self.label_inherited.setText(translate(
                "ChartPanel", "There are no charts for %1 or the units above it.").replace("%1", unit.name))
            self.label_inherited.show()
            self.label_hint.hide()
            return
        self.label_owner.setText(translate("ChartPanel", "Charts of: %1").replace("%1", owner.name))
        if owner is not unit:
            self.label_inherited.setText(translate(
                "ChartPanel", "%1 has no charts of its own; these are the charts of %2.")
                .replace("%1", unit.name).replace("%2", owner.name))
            self.label_inherited.show()
        else:
            self.label_inherited.hide()
        self.label_hint.show()
