"""A source in full (title, publisher, date, link or file), when its link in the detail pane is
clicked. The text is selectable; web links and found files open outside the program."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..domain import Dataset, Source
from .detail_pane import source_details_html

translate = QCoreApplication.translate


class SourceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourceDialog")
        self.label = QLabel(self)
        self.label.setObjectName("label_source")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.buttons)
        self._shown: tuple[Dataset | None, Source] | None = None

    def show_source(self, dataset: Dataset | None, source: Source) -> None:
        self._shown = (dataset, source)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("SourceDialog", "Source"))
        if self._shown is not None:
            self.label.setText(source_details_html(*self._shown))
            self.label.setAccessibleName(self._shown[1].title)
