"""``--export`` and ``--print``: write or print without opening a window.

Qt's offscreen platform is used where there is no display, so this runs on a server or in CI.
Exit codes: 0 success (warnings allowed), 1 data errors, 2 bad arguments, missing or unreadable
input, an output that cannot be written, or an unknown unit, chart or printer.
"""
from __future__ import annotations

import os
import sys
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

EXIT_OK, EXIT_INVALID, EXIT_BAD = 0, 1, 2
FORMATS = ("pdf", "png", "svg", "csv")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD


def _need_offscreen() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_output(args: Namespace, path: str, t) -> int:
    if _need_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .cli import exit_code, print_diagnostics
    from .i18n import Language
    from .loader import load_file

    app = QApplication.instance() or QApplication([sys.argv[0]])
    language = Language()  # holds the translator: keep it alive while we work
    language.set(args.lang)

    fmt = ""
    if args.export:
        fmt = Path(args.export).suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            return _fail(translate("CommandLine", "%1: unknown output format; expected .pdf, .png, .svg or .csv").replace(
                "%1", args.export))
    if not 30 <= args.dpi <= 1200:
        return _fail(translate("CommandLine", "--dpi %1: expected a resolution from 30 to 1200").replace("%1", str(args.dpi)))

    result = load_file(path)
    print_diagnostics(result, t)
    if not result.ok:
        return exit_code(result)
    ds = result.dataset
    assert ds is not None
    unit = ds.find(args.unit) if args.unit else ds.root
    if unit is None:
        return _fail(translate("CommandLine", "No unit has the id \"%1\".").replace("%1", args.unit))
    owner = ds.series_owner(unit)
    series = None
    if args.chart:
        series = next((s for s in (owner.series if owner else ()) if s.id == args.chart), None)
        if series is None:
            known = ", ".join(s.id for s in owner.series) if owner else "—"
            return _fail(translate("CommandLine", "\"%1\" has no chart \"%2\"; its charts: %3").replace("%1", unit.name)
                         .replace("%2", args.chart).replace("%3", known))

    from . import printing

    try:
        if args.print_:
            return _print(ds, unit, args)
        if fmt == "csv":
            printing.export_csv(ds, unit, args.export)
        elif fmt == "pdf" and series is None:
            report = printing.build_report(ds, unit, printing.ReportOptions(
                landscape=args.landscape, confidential=args.confidential))
            printing.export_report_pdf(report, args.export)
        else:
            if series is None:
                if owner is None or not owner.series:
                    return _fail(translate("CommandLine", "\"%1\" has no chart to export.").replace("%1", unit.name))
                series = owner.series[0]
                owner_unit = owner
            else:
                owner_unit = owner
            assert owner_unit is not None
            draw = printing.chart_drawer(ds, owner_unit, series)
            if fmt == "png":
                printing.export_chart_png(draw, args.export, args.dpi)
            elif fmt == "svg":
                printing.export_chart_svg(draw, args.export, series.title)
            else:
                printing.export_chart_pdf(draw, args.export, series.title)
    except printing.ExportError as exc:
        return _fail(str(exc))
    finally:
        app.processEvents()
    return EXIT_OK


def _print(ds, unit, args: Namespace) -> int:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from . import printing

    names = QPrinterInfo.availablePrinterNames()
    if args.printer:
        if args.printer not in names:
            return _fail(translate("CommandLine", "No printer is named \"%1\"; printers: %2").replace("%1", args.printer)
                         .replace("%2", ", ".join(names) or "—"))
        info = QPrinterInfo.printerInfo(args.printer)
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            if not names:
                return _fail(translate("CommandLine", "No printer is installed."))
            return _fail(translate("CommandLine", "No default printer is set; choose one with --printer: %1").replace(
                "%1", ", ".join(names)))
    # Screen resolution: the page is vector all the same, and pyqtgraph lays charts out right
    # at 96 dpi (at a printer's 600–1200 dpi its axes come out scaled wrongly).
    printer = QPrinter(info, QPrinter.PrinterMode.ScreenResolution)
    printer.setFullPage(True)  # the report keeps its own margins, from the paper's edge
    printer.setDocName(f"{ds.metadata.title} — {unit.name}")
    report = printing.build_report(ds, unit, printing.ReportOptions(
        landscape=args.landscape, confidential=args.confidential))
    pages = printing.render_report(report, printer)
    print(translate("CommandLine", "Sent %1 pages to %2.").replace("%1", str(pages)).replace("%2", info.printerName()))
    return EXIT_OK
