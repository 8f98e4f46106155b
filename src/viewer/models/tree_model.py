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
from typing import Any, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from .. import vocab
from ..domain import Dataset, Kind, Unit, Value

UnitRole = Qt.ItemDataRole.UserRole  # hands the domain Unit to views (as napari's ItemRole)
SortRole = Qt.ItemDataRole.UserRole + 1  # a plain value to sort by (None when unknown)
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

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex
# A view calls index(), parent(), flags() and data() thousands of times a frame: the enum
# lookups and len(Column) (a Python-level call on an Enum class) are done once here.
_NCOLUMNS = len(Column)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
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
    """Rows are units; the single top-level row is the dataset's root unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._decoration: Callable[[Kind], Any] | None = None

    # ------------------------------------------------------------------ content

    @property
    def dataset(self) -> Dataset | None:
        return self._dataset

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.beginResetModel()
        self._dataset = dataset
        self.endResetModel()

    def set_decoration(self, provider: Callable[[Kind], Any] | None) -> None:
        """A function giving the icon of a kind (the widgets layer paints the badges)."""
        self._decoration = provider

    def retranslate(self) -> None:
        """The language changed: headers, kinds and number formats are asked for again.
        A layout change keeps every index (and so the expansion and the selection)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _FLAGS

    # ------------------------------------------------------------------ data

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit: Unit = index.internalPointer()
        column = index.column()
        if role == _DISPLAY:
            return self._display(unit, column)
        if role == UnitRole:
            return unit
        measure = FIGURE_COLUMNS.get(column)
        if role == _TOOLTIP:
            if measure is not None:
                return self._figure_tooltip(unit, unit.latest(measure))
            return self._unit_tooltip(unit)
        if role == _ACCESSIBLE:
            if measure is not None:
                return vocab.figure_text(unit.latest(measure))
            return self._display(unit, column)
        if role == _ALIGNMENT and measure is not None:
            return _RIGHT
        if role == _DECORATION and column == _NAME and self._decoration:
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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            measure = FIGURE_COLUMNS.get(section)
            if measure is not None:
                return translate("UnitTreeModel", "%1, latest reported figure").replace(
                    "%1", vocab.measure_label(measure, self._dataset))
            return column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in FIGURE_COLUMNS:
            return _RIGHT
        return None
