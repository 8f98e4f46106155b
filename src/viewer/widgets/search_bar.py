"""The search field above the tree: emits the query as the user types, Enter / Shift+Enter for
the next / previous match, Esc to clear; shows "n / m" matches. It knows nothing of the tree:
the main window connects it to the search index and the view (form: ``ui/search_bar.ui``)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from .. import vocab
from .ui_search_bar import Ui_SearchBar

NO_MATCH_STYLE = "QLineEdit { background: #fde7e7; }"


class SearchBar(QWidget):
    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    escapePressed = Signal()  # Esc on an empty field: give the focus back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchBar()
        self.ui.setupUi(self)
        self.ui.edit_search.textChanged.connect(self.queryChanged)
        self.ui.edit_search.installEventFilter(self)
        self.ui.button_next.clicked.connect(self.nextRequested)
        self.ui.button_previous.clicked.connect(self.previousRequested)
        self.set_counts(0, 0)

    @property
    def edit(self):
        return self.ui.edit_search

    def query(self) -> str:
        return self.ui.edit_search.text()

    def set_query(self, text: str) -> None:
        self.ui.edit_search.setText(text)

    def clear(self) -> None:
        self.ui.edit_search.clear()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # here, not at the start (see viewer.qt_plain)

        self.ui.edit_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.edit_search.selectAll()

    def set_counts(self, current: int, total: int) -> None:
        """Show "current / total" (current is 1-based; 0 when nothing is selected)."""
        searching = bool(self.query().strip())
        label = self.ui.label_matches
        if not searching:
            label.clear()
            label.setToolTip("")
        else:
            label.setText(f"{vocab.number_text(current)} / {vocab.number_text(total)}")
            label.setToolTip(vocab.translate("SearchBar", "Match %1 of %2")
                             .replace("%1", vocab.number_text(current))
                             .replace("%2", vocab.number_text(total)))
        self.ui.edit_search.setStyleSheet(NO_MATCH_STYLE if searching and total == 0 else "")
        self._counts = (current, total)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self.set_counts(*self._counts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.edit_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt  # at a key, not at the start (see viewer.qt_plain)

            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                if self.query():
                    self.clear()
                else:
                    self.escapePressed.emit()
                return True
        return super().eventFilter(watched, event)
