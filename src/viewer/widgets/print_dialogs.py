"""The dialogs around printing: print, print preview, export. The printing module lays out and
renders; this module only asks the user (printer, file, resolution) and reports failures.

All functions take the parent window and the domain objects, and return whether anything was
printed or written, so the main window stays a composition of calls.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from .. import printing
from ..settings import read_int, read_str
from ..domain import Dataset, Series, Unit

translate = QCoreApplication.translate

EXPORT_DIR_KEY = "export/last_dir"
PNG_DPI_KEY = "export/png_dpi"


def _no_printer(parent: QWidget) -> bool:
    """Tell the user clearly when no printer is installed (instead of an empty dialog)."""
    if QPrinterInfo.availablePrinterNames():
        return False
    QMessageBox.information(
        parent, translate("PrintDialogs", "Print"),
        translate("PrintDialogs", "No printer is installed on this computer. Use File → Export… to "
                                  "save the report as a PDF file, then print it elsewhere."))
    return True


def _printer() -> QPrinter:
    # Screen resolution: the output is vector all the same, and pyqtgraph's axes are laid out
    # right at 96 dpi (at 600–1200 dpi they come out several times too large).
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(printing.page_layout(False))
    printer.setFullPage(True)  # the report keeps its own margins, from the paper's edge
    return printer


def print_report(parent: QWidget, dataset: Dataset, unit: Unit, confidential: bool) -> bool:
    if _no_printer(parent):
        return False
    printer = _printer()
    printer.setDocName(f"{dataset.metadata.title} — {unit.name}")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialogs", "Print the report of %1").replace("%1", unit.name))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return _render(parent, dataset, unit, confidential, printer)


def preview_report(parent: QWidget, dataset: Dataset, unit: Unit, confidential: bool) -> bool:
    printer = _printer()
    printer.setDocName(f"{dataset.metadata.title} — {unit.name}")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialogs", "Print preview: %1").replace("%1", unit.name))
    dialog.paintRequested.connect(lambda p: _render(parent, dataset, unit, confidential, p))
    dialog.resize(900, 1000)
    return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted


def _render(parent: QWidget, dataset: Dataset, unit: Unit, confidential: bool, printer: QPrinter) -> bool:
    from PySide6.QtGui import QPageLayout

    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    report = printing.build_report(dataset, unit, printing.ReportOptions(landscape=landscape,
                                                                         confidential=confidential))
    QApplication.setOverrideCursor(_busy())
    try:
        printing.render_report(report, printer, set_layout=False)
    except printing.ExportError as exc:
        QMessageBox.warning(parent, translate("PrintDialogs", "Print"), str(exc))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    return True


def _busy():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.WaitCursor)


def print_chart(parent: QWidget, dataset: Dataset, owner: Unit, series: Series) -> bool:
    """One chart on a page of its own, in the middle of an A4 sheet, landscape."""
    if _no_printer(parent):
        return False
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageLayout, QPainter

    printer = _printer()
    printer.setPageLayout(printing.page_layout(True))
    printer.setDocName(series.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintDialogs", "Print the chart %1").replace("%1", series.title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, translate("PrintDialogs", "Print"),
                            translate("PrintDialogs", "The printer could not be opened."))
        return False
    try:
        page = printer.pageLayout().fullRectPixels(printer.resolution())
        margin = printer.resolution() * 15 / 25.4  # 15 mm
        rect = QRectF(page).adjusted(margin, margin, -margin, -margin)
        if printer.pageLayout().orientation() != QPageLayout.Orientation.Landscape:
            rect.setHeight(rect.width() * 0.6)
        printing.chart_drawer(dataset, owner, series)(painter, rect, printer.resolution() / 96.0)
    finally:
        painter.end()
    return True


def _export_dir() -> str:
    saved = read_str(EXPORT_DIR_KEY)
    if saved and os.path.isdir(saved):
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def export(parent: QWidget, dataset: Dataset, unit: Unit, confidential: bool,
           series: Series | None = None) -> str | None:
    """File → Export…: PDF (the report, or the chart when ``series`` is given), PNG, SVG, CSV.
    Returns the path written, or None."""
    owner = dataset.series_owner(unit)
    chart = series or (owner.series[0] if owner is not None and owner.series else None)
    pdf = translate("PrintDialogs", "PDF document (*.pdf)")
    png = translate("PrintDialogs", "PNG image of the chart (*.png)")
    svg = translate("PrintDialogs", "SVG drawing of the chart (*.svg)")
    csv = translate("PrintDialogs", "Figures as CSV for Excel (*.csv)")
    filters = [pdf] + ([png, svg] if chart is not None else []) + [csv]
    # A chart of an ancestor (a commune has none of its own) is named after the unit it belongs to.
    base = unit.name if series is None else f"{(owner or unit).name} - {series.title}"
    suggested = os.path.join(_export_dir(), printing.safe_file_name(base, "pdf"))
    path, chosen = QFileDialog.getSaveFileName(parent, translate("PrintDialogs", "Export"), suggested,
                                               ";;".join(filters))
    if not path:
        return None
    ext = {pdf: "pdf", png: "png", svg: "svg", csv: "csv"}[chosen] if chosen in filters else "pdf"
    if not path.lower().endswith("." + ext):
        typed = Path(path).suffix.lower().lstrip(".")
        if typed in ("pdf", "png", "svg", "csv"):
            ext = typed
        else:
            path = f"{path}.{ext}"
    settings = QSettings()
    try:
        QApplication.setOverrideCursor(_busy())
        try:
            if ext == "csv":
                printing.export_csv(dataset, unit, path)
            elif ext == "pdf" and series is None:
                printing.export_report_pdf(
                    printing.build_report(dataset, unit, printing.ReportOptions(confidential=confidential)),
                    path)
            else:
                assert chart is not None and owner is not None
                draw = printing.chart_drawer(dataset, owner, chart)
                if ext == "png":
                    QApplication.restoreOverrideCursor()
                    dpi, ok = QInputDialog.getInt(
                        parent, translate("PrintDialogs", "Resolution"),
                        translate("PrintDialogs", "Dots per inch (300 for print, 150 for the screen):"),
                        read_int(PNG_DPI_KEY, 300, 30, 1200), 30, 1200, 50)
                    QApplication.setOverrideCursor(_busy())
                    if not ok:
                        return None
                    settings.setValue(PNG_DPI_KEY, dpi)
                    printing.export_chart_png(draw, path, dpi)
                elif ext == "svg":
                    printing.export_chart_svg(draw, path, chart.title)
                else:
                    printing.export_chart_pdf(draw, path, chart.title)
        finally:
            QApplication.restoreOverrideCursor()
    except printing.ExportError as exc:
        QMessageBox.warning(parent, translate("PrintDialogs", "Export"), str(exc))
        return None
    settings.setValue(EXPORT_DIR_KEY, os.path.dirname(path))
    return path
