"""The view's proxy over the tree model: sorting among siblings, and the search filter.

Sorting compares names with a Vietnamese ``QCollator`` (whatever the interface language: the
names are Vietnamese), figures as numbers with unknown figures last, kinds by level.

The filter does no text matching of its own: the search gives it the set of units to keep (the
matches and their ancestors) and a row is kept when its unit is in that set: an O(1) membership
test, and ``QSortFilterProxyModel`` only filters rows under parents a view has asked for.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ..domain import Unit
from .tree_model import FIGURE_COLUMNS, Column

_Index = QModelIndex | QPersistentModelIndex


def vietnamese_collator() -> QCollator:
    from PySide6.QtCore import Qt

    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


class UnitProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keep: set[Unit] | None = None
        # Made at the first sort, not at the start: each takes the Qt namespace (viewer.qt_plain).
        self._collator: QCollator | None = None
        self._ascending: object = None  # Qt.SortOrder.AscendingOrder
        self.setDynamicSortFilter(False)  # the data is frozen; re-sort only when asked

    # ------------------------------------------------------------------ filter

    @property
    def filtering(self) -> bool:
        return self._keep is not None

    def set_filter(self, keep: set[Unit] | None) -> None:
        """Keep only these units (None: keep all)."""
        self._begin_filter_change()
        self._keep = keep
        self._end_filter_change()

    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt < 6.9
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        keep = self._keep
        if keep is None:
            return True
        if source_parent.isValid():
            parent: Unit = source_parent.internalPointer()
            unit = parent.children[source_row]
        else:
            unit = self.sourceModel().dataset.root
        return unit in keep

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        """Answered from the domain tree. The base class would build (filter and sort) the
        mapping of every row's children just to draw its branch arrow: for a shown list of
        500 communes of 200 cells each, 100,000 filter calls and a sort of each commune."""
        if not parent.isValid():
            return self.sourceModel().rowCount() > 0
        if parent.column() != 0:
            return False
        unit: Unit = self.mapToSource(parent).internalPointer()
        keep = self._keep
        if keep is None:
            return bool(unit.children)
        return any(child in keep for child in unit.children)

    # ------------------------------------------------------------------ sorting

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a: Unit = left.internalPointer()
        b: Unit = right.internalPointer()
        column = left.column()
        collator = self._collator
        if collator is None:
            from PySide6.QtCore import Qt

            collator = self._collator = vietnamese_collator()
            self._ascending = Qt.SortOrder.AscendingOrder
        if column == Column.NAME:
            return collator.compare(a.name, b.name) < 0
        if column == Column.KIND:
            if a.kind.rank != b.kind.rank:
                return a.kind.rank < b.kind.rank
            return collator.compare(left.data(), right.data()) < 0
        measure = FIGURE_COLUMNS.get(column)
        if measure is None:
            return False
        va, vb = a.latest(measure), b.latest(measure)
        if va is None or vb is None:
            # Unknown figures go last whichever way the column is sorted.
            ascending = self.sortOrder() == self._ascending
            if va is None and vb is None:
                return False
            return (va is None) != ascending
        return va.value < vb.value
