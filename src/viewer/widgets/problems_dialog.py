"""The list of a data file's problems: every error (or warning) with its line and column, in
selectable text with a "Copy all" button (form: ``ui/problems_dialog.ui``).

Loader messages arrive as codes with arguments (:mod:`viewer.messages`) and are translated here
through the "Diagnostics" context, so they follow the interface language.
"""
from __future__ import annotations

import os
from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QDialog

from .. import vocab
from ..messages import CONTEXT as DIAGNOSTICS, SEVERITY_WORDS, Diagnostic
from .ui_problems_dialog import Ui_ProblemsDialog

translate = QCoreApplication.translate


def _diag_tr(text: str) -> str:
    return translate(DIAGNOSTICS, text)


def diagnostic_line(d: Diagnostic) -> str:
    """"Line 12, column 5: error: …" in the interface language."""
    severity = _diag_tr(SEVERITY_WORDS[d.severity])
    message = d.render(_diag_tr, vocab.number_text)
    if d.line:
        where = (translate("ProblemsDialog", "Line %1, column %2")
                 .replace("%1", str(d.line)).replace("%2", str(d.column)))
        return f"{where}: {severity}: {message}"
    return f"{severity}: {message}"


class ProblemsDialog(QDialog):
    """Shows diagnostics. ``failed`` says the file was not opened (errors) rather than opened
    with warnings; either way the data on screen is unchanged by this dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProblemsDialog()
        self.ui.setupUi(self)
        self.ui.button_copy.clicked.connect(self.copy_all)
        self._file = ""
        self._diagnostics: list[Diagnostic] = []
        self._failed = True
        self.retranslate_ui()

    def show_problems(self, file: str, diagnostics: Sequence[Diagnostic], failed: bool) -> None:
        self._file = file
        self._diagnostics = list(diagnostics)
        self._failed = failed
        self.retranslate_ui()

    def text(self) -> str:
        return self.ui.text_problems.toPlainText()

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(f"{self._file}\n{self.text()}\n")

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        name = os.path.basename(self._file) or self._file
        errors = sum(1 for d in self._diagnostics if d.is_error)
        if self._failed:
            self.setWindowTitle(translate("ProblemsDialog", "The file could not be opened"))
            summary = (translate("ProblemsDialog",
                                 "“%1” could not be opened (errors: %2). The data on screen "
                                 "has not changed.")
                       .replace("%1", name).replace("%2", vocab.number_text(errors)))
        else:
            self.setWindowTitle(translate("ProblemsDialog", "Data warnings"))
            summary = (translate("ProblemsDialog",
                                 "“%1” was opened, with warnings about the data (%2):")
                       .replace("%1", name)
                       .replace("%2", vocab.number_text(len(self._diagnostics))))
        self.ui.label_summary.setText(summary)
        self.ui.label_summary.setToolTip(self._file)
        self.ui.text_problems.setPlainText("\n".join(diagnostic_line(d) for d in self._diagnostics))
