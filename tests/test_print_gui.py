"""Printing from the window: the actions, the export dialog's choices, a printer's own paper and
orientation, and a clear message when no printer is installed."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from viewer.loader import load_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def bundled(qapp, language):
    return load_file(ROOT / "resources" / "data.yaml").dataset


def test_print_actions_follow_the_data(window):
    for act in (window.act_print, window.act_print_preview, window.act_export):
        assert act.isEnabled()
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    assert window.act_print.text() == "&In…"
    assert [a.objectName() for a in window.menu_file.actions() if a.objectName().startswith("act_print")] == [
        "act_print_preview", "act_print"]


def test_export_writes_what_the_filter_says(bundled, monkeypatch, tmp_path, qapp):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

    from viewer.widgets import print_dialogs

    parent = QWidget()
    chosen = {}

    def fake_save(parent, title, suggested, filters):
        chosen["suggested"] = suggested
        chosen["filters"] = filters.split(";;")
        return str(tmp_path / chosen["name"]), next(f for f in chosen["filters"] if chosen["kind"] in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (150, True)))
    root = bundled.root
    for name, kind in (("r", "PDF"), ("c.png", "PNG"), ("c.svg", "SVG"), ("f", "CSV")):
        chosen.update(name=name, kind=kind)
        path = print_dialogs.export(parent, bundled, root, confidential=False)
        assert path is not None and Path(path).exists(), kind
    assert Path(chosen["suggested"]).name == "Đảng bộ tỉnh Lạng Sơn.pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "c.svg", "f.csv", "r.pdf"]
    from PySide6.QtGui import QImage

    img = QImage(str(tmp_path / "c.png"))
    assert round(img.dotsPerMeterX() * 0.0254) == 150
    # a commune has no charts of its own: PNG and SVG are offered for its province's charts
    chosen.update(name="x.pdf", kind="PDF")
    print_dialogs.export(parent, bundled, bundled.find("c-06019"), confidential=False)
    assert len(chosen["filters"]) == 4


def test_a_failed_export_says_so_and_keeps_the_old_file(bundled, monkeypatch, tmp_path, qapp):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from viewer.widgets import print_dialogs

    folder = tmp_path / "report.pdf"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(folder), a[3].split(";;")[0])))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert print_dialogs.export(QWidget(), bundled, bundled.root, confidential=False) is None
    assert warned and str(folder) in warned[0]
    assert folder.is_dir()


def test_no_printer_gives_a_clear_message(bundled, monkeypatch, qapp):
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QMessageBox, QWidget

    from viewer.widgets import print_dialogs

    told = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))
    assert print_dialogs.print_report(QWidget(), bundled, bundled.root, False) is False
    assert told and "PDF" in told[0] and "máy in" in told[0]


def test_the_printer_keeps_the_orientation_chosen_in_its_dialog(bundled, tmp_path, qapp):
    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    from PySide6.QtWidgets import QWidget

    from viewer.widgets import print_dialogs

    printer = print_dialogs._printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert print_dialogs._render(QWidget(), bundled, bundled.root, True, printer)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "842 x 595" in info  # A4 landscape, in points
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "MẬT" in text and "Đảng bộ tỉnh Lạng Sơn" in text


def test_copying_the_figures_table_gives_html_and_tab_separated_text(bundled, qapp):
    from viewer.widgets.detail_pane import figures_table_mime

    mime = figures_table_mime(bundled, bundled.root)
    text = mime.text()
    lines = text.splitlines()
    assert lines[0].split("\t") == ["Chỉ tiêu", "Số liệu", "Thời điểm", "Nguồn", "Ghi chú"]
    assert "Đảng viên\t53.538\t2013\tS1\t" in lines
    assert "Đảng viên\t45.632\t31/03/2010\tS3a\t" in lines  # the measure repeated on every row
    assert all(len(line.split("\t")) == 5 for line in lines)
    html = mime.html()
    assert html.startswith("<table") and "<td>53.538</td>" in html and "<th>Nguồn</th>" in html
