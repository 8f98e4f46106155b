"""The command line: ``--check`` and friends run without a window.

``python main.py`` with no option (or with only a FILE) opens the window; the window's modules
are imported only then, so ``--check`` never loads QtWidgets or pyqtgraph.

Exit codes: 0 success (warnings allowed), 1 the data is invalid, 2 the file cannot be read or
the arguments are wrong.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

# Before PySide6: the modules without Qt that every start needs (see app.preload). The loader
# (and PyYAML) load only for the commands that read a file themselves: a start reads the
# bundled data from the cache.
from .app import preload

preload()

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402

from . import __version__  # noqa: E402
from .domain import Dataset, Kind  # noqa: E402
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, load_translator, locale_for  # noqa: E402
from .messages import CONTEXT as DIAG_CONTEXT  # noqa: E402
from .paths import bundled_data  # noqa: E402
from .vocab import kind_plural  # noqa: E402

if TYPE_CHECKING:
    import argparse

    from .results import LoadResult

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2
UNREADABLE_CODES = frozenset({"read_failed", "not_a_file", "not_regular_file", "file_missing"})

translate = QCoreApplication.translate


class _Translator:
    """Translates through a QTranslator without needing a QCoreApplication."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.qt = load_translator(lang)
        QLocale.setDefault(locale_for(lang))

    def __call__(self, context: str, text: str) -> str:
        if self.qt is None:
            return text
        return self.qt.translate(context, text) or text

    def diag(self, text: str) -> str:
        return self(DIAG_CONTEXT, text)


def _prescan_lang(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGUAGES else DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def build_parser(t: _Translator) -> argparse.ArgumentParser:
    import argparse  # (PySide6 imports it already; kept here with the parser's only use)

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # exit 2 with a clear message, as argparse does
            self.print_usage(sys.stderr)
            self.exit(EXIT_UNREADABLE, f"{self.prog}: {message}\n")

    def tr(text: str) -> str:
        return t("CommandLine", text)

    # translate("CommandLine", …) marks each string for lupdate (no translator is installed
    # yet, so it returns the English); tr() then translates it with the chosen language.
    p = _Parser(
        prog=Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "main.py",
        description=tr(translate("CommandLine",
                           "Viewer of the Lạng Sơn provincial Party organisation's figures. "
                           "Without options it opens the window on FILE or on the bundled data.")),
        add_help=False,
    )
    p.add_argument("file", nargs="?", metavar="FILE",
                   help=tr(translate("CommandLine", "a data file (default: the bundled data)")))
    p.add_argument("--check", action="store_true",
                   help=tr(translate("CommandLine",
                               "check the data file, print every problem and a summary, and exit")))
    p.add_argument("--export", metavar="OUT",
                   help=tr(translate("CommandLine",
                                     "write OUT without opening a window: .pdf (the report, or one chart "
                                     "with --chart), .png or .svg (a chart: the unit's first unless "
                                     "--chart), .csv (the figures)")))
    p.add_argument("--print", action="store_true", dest="print_",
                   help=tr(translate("CommandLine", "print the report without a dialog")))
    p.add_argument("--printer", metavar="NAME",
                   help=tr(translate("CommandLine", "the print queue (default: the system's default printer)")))
    p.add_argument("--unit", metavar="ID",
                   help=tr(translate("CommandLine", "the unit to export or print (default: the top unit)")))
    p.add_argument("--chart", metavar="ID",
                   help=tr(translate("CommandLine", "the chart (series id) to export")))
    p.add_argument("--dpi", type=int, default=300, metavar="N",
                   help=tr(translate("CommandLine", "resolution of a PNG (default 300)")))
    p.add_argument("--landscape", action="store_true",
                   help=tr(translate("CommandLine", "lay the report out in landscape")))
    p.add_argument("--confidential", action="store_true",
                   help=tr(translate("CommandLine", "mark the report as confidential")))
    p.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help=tr(translate("CommandLine", "language of the messages: vi (default) or en")))
    p.add_argument("--version", action="store_true",
                   help=tr(translate("CommandLine", "print the version and exit")))
    p.add_argument("-h", "--help", action="help",
                   help=tr(translate("CommandLine", "show this help and exit")))
    return p


def summary(ds: Dataset, warnings: int, t: _Translator) -> str:
    """One line: units by kind (in the message language), figures, series, warnings."""
    loc = QLocale()
    counts = ds.count_by_kind()
    parts = [f"{loc.toString(counts[k])} {t('Vocabulary', kind_plural(k))}" for k in Kind if counts.get(k)]
    text = t("CommandLine", translate(
        "CommandLine", "valid: {units} units ({kinds}); figures: {figures}, series: {series}, "
                       "warnings: {warnings}"))
    return text.format(units=loc.toString(sum(counts.values())), kinds=", ".join(parts),
                       figures=loc.toString(ds.figure_count()), series=loc.toString(ds.series_count()),
                       warnings=loc.toString(warnings))


def print_diagnostics(result: LoadResult, t: _Translator, stream=None) -> None:
    stream = stream or sys.stderr
    number = QLocale().toString
    for d in result.diagnostics:
        print(d.format(t.diag, number), file=stream)


def exit_code(result: LoadResult) -> int:
    if result.ok:
        return EXIT_OK
    if any(d.code in UNREADABLE_CODES for d in result.errors):
        return EXIT_UNREADABLE
    return EXIT_INVALID


def run_check(path: str, t: _Translator) -> int:
    from .loader import load_file

    result = load_file(path)
    print_diagnostics(result, t)
    if result.ok:
        assert result.dataset is not None
        print(summary(result.dataset, len(result.warnings), t))
    else:
        n = len(result.errors)
        print(t("CommandLine", translate("CommandLine", "invalid: errors: {errors}")).format(
            errors=QLocale().toString(n)))
    return exit_code(result)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) <= 1 and not any(a.startswith("-") for a in argv):
        # A plain start (a double-click, or a data file opened with the program): nothing to
        # parse, so neither the argument parser (its help texts translated) is built nor the
        # messages' translator loaded before the window.
        from .app import run_gui

        return run_gui(argv[0] if argv else None, lang=None)
    t = _Translator(_prescan_lang(argv))
    args = build_parser(t).parse_args(argv)
    if args.version:
        print(f"{Path(sys.argv[0]).name if sys.argv and sys.argv[0] else 'main.py'} {__version__}")
        return EXIT_OK
    path = os.fspath(args.file) if args.file else str(bundled_data())
    if args.check:
        return run_check(path, t)
    if args.export or args.print_:
        from .headless import run_output

        return run_output(args, path, t)
    from .app import run_gui  # the window's modules load only here

    return run_gui(args.file, lang=None)
