"""About box: the program's name and version, the open data's title and sources, the licence
(form: ``ui/about_dialog.ui``)."""
from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from .. import __version__, vocab
from ..domain import Dataset
from .detail_pane import source_details_html
from ..paths import log_dir
from .ui_about_dialog import Ui_AboutDialog

translate = QCoreApplication.translate


def display_name() -> str:
    """The program's name as users read it."""
    return vocab.app_name()


def about_html(dataset: Dataset | None) -> str:
    def h3(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    def p(text: str) -> str:
        return f"<p>{escape(text)}</p>"

    parts = [
        f"<h2>{escape(display_name())}</h2>",
        p(translate("AboutDialog", "Version %1").replace("%1", __version__)),
        p(translate("AboutDialog", "Shows the figures of the Lạng Sơn provincial Party "
                                   "organisation (Vietnam, around 2013): its units, their members, "
                                   "cells and grassroots organisations, with the source of every "
                                   "figure.")),
        h3(translate("AboutDialog", "Data")),
    ]
    if dataset is None:
        parts.append(p(translate("AboutDialog", "No data is open.")))
    else:
        md = dataset.metadata
        parts.append(f"<p><b>{escape(md.title)}</b>")
        if md.as_of is not None:
            parts.append("<br>" + escape(translate("AboutDialog", "As of %1")
                                         .replace("%1", vocab.period_text(md.as_of))))
        parts.append("<br>" + escape(translate("AboutDialog", "File: %1")
                                     .replace("%1", dataset.file)) + "</p>")
        parts.append(h3(translate("AboutDialog", "Sources")))
        if dataset.sources:
            parts.append("<ol>" + "".join(f"<li>{source_details_html(dataset, s)}</li>"
                                          for s in dataset.sources.values()) + "</ol>")
        else:
            parts.append(p(translate("AboutDialog", "The data names no sources.")))
    parts.append(h3(translate("AboutDialog", "Licence")))
    parts.append(p(translate("AboutDialog", "This program is free software under the MIT licence. "
                                            "It uses Qt %1 through Qt for Python (PySide6 %2, "
                                            "LGPL 3), pyqtgraph (MIT) and PyYAML (MIT).")
                   .replace("%1", qVersion()).replace("%2", pyside_version)))
    parts.append(p(translate("AboutDialog", "The figures belong to their sources, named above; "
                                            "the program adds none of its own.")))
    parts.append(h3(translate("AboutDialog", "Logs")))
    parts.append(p(translate("AboutDialog", "Error reports (crash.log, faulthandler.log) are saved in "
                                            "%1").replace("%1", str(log_dir()))))
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._dataset: Dataset | None = None
        self.retranslate_ui()

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self.retranslate_ui()

    def text(self) -> str:
        return self.ui.text_about.toPlainText()

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(translate("AboutDialog", "About %1").replace("%1", display_name()))
        self.ui.text_about.setHtml(about_html(self._dataset))
