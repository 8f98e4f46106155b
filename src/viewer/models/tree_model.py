"""The item model of the unit tree: a thin, lazy adapter over the frozen domain tree.

Each index carries the domain :class:`~viewer.domain.Unit` itself as its internal pointer
(``createIndex(row, column, unit)``): the dataset keeps every unit alive for as long as the model
shows it, ``Unit.parent`` and ``Unit.row`` answer ``parent()`` without a search, and nothing is
built per row in advance, so a tree of 100,000 units costs nothing until rows are shown.

Figures in the tree are the latest value of a measure; an unknown figure shows "—" with the
tooltip "not reported" ("chưa có số liệu"), a bound shows as one ("> 2.000").
"""
from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel

from .. import vocab
from ..domain import Dataset, Kind, Unit, Value
from ..qt_plain import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

UnitRole = USER_ROLE  # hands the domain Unit to views (as napari's ItemRole)
SortRole = USER_ROLE + 1  # a plain value to sort by (None when unknown)
DASH = "—"
translate = vocab.translate


class Column(IntEnum):
    NAME = 0
    KIND = 1
    MEMBERS = 2
    CELLS = 3
    GRASSROOTS = 4


FIGURE_COLUMNS: dict[int, str] = {
    Column.MEMBERS: "members",
    Column.CELLS: "cells",
    Column.GRASSROOTS: "grassroots_organisations",
}

# Roles and alignment as plain ints (see viewer.qt_plain: the start never makes Qt's enums).
_RIGHT = ALIGN_RIGHT | ALIGN_VCENTER
_Index = QModelIndex | QPersistentModelIndex
# A view calls index(), parent() and data() thousands of times a frame: len(Column) (a
# Python-level call on an Enum class) is done once here.
_NCOLUMNS = len(Column)
_NAME = int(Column.NAME)
_KIND = int(Column.KIND)


def column_title(column: int) -> str:
    return {
        Column.NAME: translate("UnitTreeModel", "Name"),
        Column.KIND: translate("UnitTreeModel", "Kind"),
        Column.MEMBERS: translate("UnitTreeModel", "Members"),
        Column.CELLS: translate("UnitTreeModel", "Cells"),
        Column.GRASSROOTS: translate("UnitTreeModel", "Grassroots org."),
    }[Column(column)]


class UnitTreeModel(QAbstractItemModel):
    """Rows are units; the single top-level row is the dataset's root unit.

    The view's header shows the column titles from :attr:`headers`, a Qt model with no rows
    (``view.header().setModel(model.headers)``), filled from :meth:`header_value` when the
    dataset or the language changes (a measure's tooltip names it as the data does). A header
    asks for its titles' texts, tooltips and alignment at every repaint, and a Python
    ``headerData()`` gets Qt's orientation as a Python enum: the first call would make PySide6
    create the whole ``Qt`` namespace's enums before the first frame (see
    :mod:`viewer.qt_plain`). :meth:`headerData` answers everyone else."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._decoration: Callable[[Kind], Any] | None = None
        self.headers = QStandardItemModel(0, _NCOLUMNS, self)
        # A signal to a signal: connected inside Qt, no Python call (nor Python enum) on the way.
        self.headers.headerDataChanged.connect(self.headerDataChanged)
        self._fill_headers()

    # ------------------------------------------------------------------ content

    @property
    def dataset(self) -> Dataset | None:
        return self._dataset

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.beginResetModel()
        self._dataset = dataset
        self.endResetModel()
        self._fill_headers()

    def set_decoration(self, provider: Callable[[Kind], Any] | None) -> None:
        """A function giving the icon of a kind (the widgets layer paints the badges)."""
        self._decoration = provider

    def retranslate(self) -> None:
        """The language changed: headers, kinds and number formats are asked for again.
        A layout change keeps every index (and so the expansion and the selection)."""
        self._fill_headers()
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _fill_headers(self) -> None:
        for section in range(_NCOLUMNS):
            item = QStandardItem()
            for role in (DISPLAY_ROLE, TOOLTIP_ROLE, TEXT_ALIGNMENT_ROLE):
                value = self.header_value(section, role)
                if value is not None:
                    item.setData(value, role)
            self.headers.setHorizontalHeaderItem(section, item)

    def _header_tooltip(self, section: int) -> str:
        measure = FIGURE_COLUMNS.get(section)
        if measure is not None:
            return translate("UnitTreeModel", "%1, latest reported figure").replace(
                "%1", vocab.measure_label(measure, self._dataset))
        return column_title(section)

    # ------------------------------------------------------------------ structure

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if self._dataset is None or column < 0 or column >= _NCOLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._dataset.root) if row == 0 else QModelIndex()
        if parent.column() != 0:
            return QModelIndex()
        children = parent.internalPointer().children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if self._dataset is None:
            return 0
        if not parent.isValid():
            return 1
        if parent.column() != 0:
            return 0
        return len(parent.internalPointer().children)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return _NCOLUMNS

    def index_of(self, unit: Unit, column: int = 0) -> QModelIndex:
        return self.createIndex(unit.row, column, unit)

    def unit_at(self, index: _Index) -> Unit | None:
        return index.internalPointer() if index.isValid() else None

    # ------------------------------------------------------------------ data

    # flags() is the base class's: enabled and selectable, nothing for an invalid index.

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        unit: Unit = index.internalPointer()
        column = index.column()
        if role == DISPLAY_ROLE:
            return self._display(unit, column)
        if role == UnitRole:
            return unit
        measure = FIGURE_COLUMNS.get(column)
        if role == TOOLTIP_ROLE:
            if measure is not None:
                return self._figure_tooltip(unit, unit.latest(measure))
            return self._unit_tooltip(unit)
        if role == ACCESSIBLE_TEXT_ROLE:
            if measure is not None:
                return vocab.figure_text(unit.latest(measure))
            return self._display(unit, column)
        if role == TEXT_ALIGNMENT_ROLE and measure is not None:
            return _RIGHT
        if role == DECORATION_ROLE and column == _NAME and self._decoration:
            return self._decoration(unit.kind)
        if role == SortRole:
            if measure is not None:
                v = unit.latest(measure)
                return None if v is None else v.value
            return self._display(unit, column)
        return None

    def _display(self, unit: Unit, column: int) -> str:
        if column == _NAME:
            return unit.name
        if column == _KIND:
            text = vocab.kind_short(unit.kind)
            if unit.count is not None:
                return f"{text} × {vocab.number_text(unit.count)}"
            return text
        v = unit.latest(FIGURE_COLUMNS[column])
        return DASH if v is None else vocab.compact_text(v.value, v.qualifier)

    def _unit_tooltip(self, unit: Unit) -> str:
        lines = [unit.name, vocab.kind_label(unit.kind)]
        if unit.code:
            lines.append(translate("UnitTreeModel", "Code: %1").replace("%1", unit.code))
        if unit.count is not None:
            lines.append(translate("UnitTreeModel", "Stands for %1 units not named in the sources")
                         .replace("%1", vocab.number_text(unit.count)))
        return "\n".join(lines)

    def _figure_tooltip(self, unit: Unit, value: Value | None) -> str:
        if value is None:
            return vocab.not_reported()
        parts = [vocab.figure_text(value)]
        as_of = vocab.as_of_text(value)
        if as_of:
            parts.append(as_of)
        source = self._dataset.source(value.source) if self._dataset else None
        if source is not None:
            parts.append(translate("UnitTreeModel", "Source: %1").replace("%1", source.title))
        return "\n".join(parts)

    def header_value(self, section: int, role: int) -> Any:
        """A column title's text, tooltip or alignment (None for another role)."""
        if not 0 <= section < _NCOLUMNS:
            return None
        if role == DISPLAY_ROLE:
            return column_title(section)
        if role == TOOLTIP_ROLE:
            return self._header_tooltip(section)
        if role == TEXT_ALIGNMENT_ROLE and section in FIGURE_COLUMNS:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        """For anyone who asks but the view's header (which shows :attr:`headers`):
        accessibility, the tests."""
        from PySide6.QtCore import Qt  # made by now: ``orientation`` is one of its enums

        return self.header_value(section, role) if orientation == Qt.Orientation.Horizontal else None
