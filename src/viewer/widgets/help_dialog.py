"""Help → User guide: a short guide in the interface language, shipped inside the package
(``viewer/help/user-guide.<lang>.md``) so that a packaged build finds it too."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate
HELP_DIR = Path(__file__).resolve().parent.parent / "help"


def guide_path(lang: str) -> Path:
    path = HELP_DIR / f"user-guide.{lang}.md"
    return path if path.is_file() else HELP_DIR / "user-guide.vi.md"


class HelpDialog(QDialog):
    """Non-modal: the guide can stay open beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("text_guide")
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._lang = "vi"

    def load_guide(self, lang: str) -> None:
        """Show the guide in ``lang`` (the interface language)."""
        self._lang = lang
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("HelpDialog", "User guide"))
        self.browser.setAccessibleName(translate("HelpDialog", "User guide"))
        path = guide_path(self._lang)
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
