"""Printing and export: the A4 report, charts alone, PDF / PNG / SVG / CSV, written atomically.

This module lays out and renders; it opens no dialog (the main window and the command line do).

The report is a list of *blocks* (text, table rows, charts) laid out in millimetres on the page;
a block never splits across pages (a chart, a table row), and a table repeats its header row on
a new page. Rendering paints with a QPainter on any paged device (QPdfWriter, QPrinter) or on an
image or SVG generator for a single chart. Sizes are in millimetres and points, never screen
pixels, so a page looks the same on paper at any printer resolution.

Every file is written to a temporary file in the target's folder and renamed over the target
only when complete (QSaveFile): a failed export leaves no partial file and the old file intact.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSaveFile,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from . import vocab
from .domain import Dataset, Series, SeriesType, Unit
from .fonts import register_fonts

translate = QCoreApplication.translate

MM_PER_INCH = 25.4
CHART_SIZE_MM = (170.0, 85.0)  # a chart's printed size on the report (width, height)
EXPORT_CHART_SIZE_MM = (180.0, 100.0)  # a chart exported alone (PNG, SVG, PDF)


class ExportError(Exception):
    """A file could not be written; the message says which and why (already translated)."""


# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class ReportOptions:
    landscape: bool = False
    confidential: bool = False  # prints "MẬT" at the top
    print_date: QDate | None = None  # default: today


# --------------------------------------------------------------------------- fonts


class Fonts:
    """The report's fonts, in points (never pixels)."""

    def __init__(self) -> None:
        family = register_fonts()

        def f(size: float, bold: bool = False, italic: bool = False) -> QFont:
            font = QFont(family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            font.setStyleHint(QFont.StyleHint.SansSerif)
            # No "fi"/"fl" ligatures: text copied or searched in the PDF stays plain letters.
            font.setFeature(QFont.Tag("liga"), 0)
            return font

        self.body = f(10)
        self.small = f(8.5)
        self.small_italic = f(8.5, italic=True)
        self.header = f(10.5)
        self.header_bold = f(10.5, bold=True)
        self.date = f(10, italic=True)
        self.title = f(15, bold=True)
        self.subtitle = f(11.5, bold=True)
        self.heading = f(12, bold=True)
        self.table_head = f(9, bold=True)
        self.table = f(9)
        self.confidential = f(12, bold=True)


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """Something laid out in one piece: it never splits across pages."""

    height_mm: float = 0.0
    space_before_mm: float = 0.0
    keep_with_next: bool = False  # a heading stays with what follows it

    def measure(self, ctx: "_Context", width_mm: float) -> float:
        return self.height_mm

    def draw(self, ctx: "_Context", x_mm: float, y_mm: float, width_mm: float) -> None:
        raise NotImplementedError


@dataclass
class TextBlock(Block):
    text: str = ""
    font: QFont | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: QColor | None = None

    def _flags(self) -> int:
        return int(self.align | Qt.TextFlag.TextWordWrap)

    def measure(self, ctx: "_Context", width_mm: float) -> float:
        fm = QFontMetricsF(self.font or ctx.fonts.body, ctx.device)
        r = fm.boundingRect(QRectF(0, 0, ctx.px(width_mm), 1e6), self._flags(), self.text)
        return ctx.mm(r.height())

    def draw(self, ctx: "_Context", x_mm: float, y_mm: float, width_mm: float) -> None:
        p = ctx.painter
        p.setFont(self.font or ctx.fonts.body)
        p.setPen(self.color or QColor("black"))
        h = self.measure(ctx, width_mm)
        p.drawText(ctx.rect(x_mm, y_mm, width_mm, h + 1), self._flags(), self.text)


@dataclass
class TableRow(Block):
    """One row of a table: cells with relative column widths. A header row repeats on new pages."""

    cells: Sequence[str] = ()
    widths: Sequence[float] = ()  # fractions of the width, summing to 1
    header: bool = False
    aligns: Sequence[Qt.AlignmentFlag] = ()
    padding_mm: float = 1.2

    def _font(self, ctx: "_Context") -> QFont:
        return ctx.fonts.table_head if self.header else ctx.fonts.table

    def measure(self, ctx: "_Context", width_mm: float) -> float:
        fm = QFontMetricsF(self._font(ctx), ctx.device)
        tallest = 0.0
        for text, frac in zip(self.cells, self.widths):
            w = ctx.px(width_mm * frac - 2 * self.padding_mm)
            r = fm.boundingRect(QRectF(0, 0, max(w, 1), 1e6), int(Qt.TextFlag.TextWordWrap), text)
            tallest = max(tallest, ctx.mm(r.height()))
        return tallest + 2 * self.padding_mm

    def draw(self, ctx: "_Context", x_mm: float, y_mm: float, width_mm: float) -> None:
        p = ctx.painter
        h = self.measure(ctx, width_mm)
        if self.header:
            p.fillRect(ctx.rect(x_mm, y_mm, width_mm, h), QColor(232, 232, 232))
        pen = QPen(QColor(90, 90, 90))
        pen.setWidthF(ctx.px(0.2))
        p.setPen(pen)
        p.setFont(self._font(ctx))
        x = x_mm
        for i, (text, frac) in enumerate(zip(self.cells, self.widths)):
            w = width_mm * frac
            p.setPen(pen)
            p.drawRect(ctx.rect(x, y_mm, w, h))
            align = self.aligns[i] if i < len(self.aligns) else Qt.AlignmentFlag.AlignLeft
            p.setPen(QColor("black"))
            inner = ctx.rect(x + self.padding_mm, y_mm + self.padding_mm, w - 2 * self.padding_mm,
                             h - 2 * self.padding_mm)
            p.drawText(inner, int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text)
            x += w


# Draws a chart: (painter, target rectangle in device units, device pixels per 1/96 inch).
ChartDrawer = Callable[[QPainter, QRectF, float], None]


def chart_drawer(dataset: Dataset, owner: Unit, series: Series, titles: bool = True) -> ChartDrawer:
    """A drawer for one chart, built at the target's size and resolution. Drawn again at the same
    size, resolution and language (a print preview repainting its pages, a chart exported
    twice), it draws the plot it built instead of building it anew: the same picture."""
    from . import charts  # pyqtgraph loads only when a chart is drawn

    built: dict[tuple, object] = {}  # the last chart drawn, by what its layout depends on

    def draw(painter: QPainter, rect: QRectF, scale: float) -> None:
        dev = painter.combinedTransform().mapRect(QRectF(rect))
        key = (rect.width(), rect.height(), dev.width(), dev.height(), scale, QLocale().name())
        chart = built.get(key)
        if chart is not None:
            charts.draw_rendered_chart(chart, painter, dev)
            return
        options = charts.ChartOptions(width=rect.width() / scale, height=rect.height() / scale,
                                      scale=scale, interactive=False, titles=titles)
        chart = charts.render_chart(dataset, owner, series, painter, rect, options)
        built.clear()
        built[key] = chart

    return draw


@dataclass
class ChartBlock(Block):
    """A chart at a fixed printed size in millimetres."""

    width_mm: float = CHART_SIZE_MM[0]
    drawer: ChartDrawer | None = None

    def measure(self, ctx: "_Context", width_mm: float) -> float:
        return self.height_mm

    def draw(self, ctx: "_Context", x_mm: float, y_mm: float, width_mm: float) -> None:
        w = min(self.width_mm, width_mm)
        x = x_mm + (width_mm - w) / 2
        rect = ctx.rect(x, y_mm, w, self.height_mm)
        if self.drawer is not None:
            ctx.painter.save()
            try:
                self.drawer(ctx.painter, rect, ctx.dpi / 96.0)
            finally:
                ctx.painter.restore()


@dataclass
class _Context:
    painter: QPainter
    device: QPagedPaintDevice | QImage
    fonts: Fonts
    dpi: float

    def px(self, mm: float) -> float:
        return mm * self.dpi / MM_PER_INCH

    def mm(self, px: float) -> float:
        return px * MM_PER_INCH / self.dpi

    def rect(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QRectF:
        return QRectF(self.px(x_mm), self.px(y_mm), self.px(w_mm), self.px(h_mm))


# --------------------------------------------------------------------------- the report


@dataclass
class Report:
    """What a report says, before layout: its header lines and its body blocks."""

    dataset: Dataset
    unit: Unit
    options: ReportOptions
    blocks: list[Block] = field(default_factory=list)


def place_date_line(place: str, date: QDate) -> str:
    """The place-and-date line of a Party document: "Lạng Sơn, ngày 05 tháng 02 năm 2014"
    (a day below 10 and the months 1 and 2 take a leading zero, as official documents write
    them) / "Lạng Sơn, 5 February 2014" in English."""
    padded_day = f"{date.day():02d}"
    month = f"{date.month():02d}" if date.month() < 3 else str(date.month())
    pattern = translate("Report", "%1, %2 %4 %5",
                        "place %1, day %2 (%6 with a leading zero below 10), month number %3 "
                        "(a leading zero for 1 and 2), month name %4, year %5")
    if not place:
        pattern = pattern.split(", ", 1)[-1]
    return (pattern.replace("%1", place).replace("%2", str(date.day())).replace("%3", month)
            .replace("%4", QLocale().monthName(date.month())).replace("%5", str(date.year()))
            .replace("%6", padded_day))


def unit_path_text(unit: Unit) -> str:
    return " › ".join(u.name for u in unit.path())


def figure_rows(dataset: Dataset, unit: Unit) -> list[tuple[str, str, str, str, str]]:
    """(measure, value, as of, source, note) for every reported value of the unit, latest first
    per measure; the measure is named on its first row only."""
    rows = []
    for measure, values in unit.figures.items():
        label = vocab.measure_label(measure, dataset)
        for i, v in enumerate(reversed(values)):
            rows.append((label if i == 0 else "", vocab.figure_text(v), vocab.period_text(v.as_of),
                         v.source or "—", v.note))
    return rows


def series_rows(series: Series) -> list[tuple[str, str, str]]:
    """(period or category [/ group], value, source) for each point of a series."""
    rows = []
    for p in series.points:
        where = vocab.period_text(p.period) if p.period is not None else p.category
        if p.group:
            where = f"{where} — {p.group}"
        if p.value is None:
            rows.append((where, vocab.not_reported() + (f" ({p.note})" if p.note else ""), p.source or "—"))
            continue
        value = vocab.qualified_text(p.value, p.qualifier)
        if p.per:
            value = f"{value} {vocab.per_text(p.per)}"
        if p.note:
            value = f"{value} ({p.note})"
        rows.append((where, value, p.source or "—"))
    if series.total is not None:
        rows.append((translate("Report", "Total"), vocab.figure_text(series.total), series.total.source or "—"))
    return rows


def build_report(dataset: Dataset, unit: Unit, options: ReportOptions, with_charts: bool = True) -> Report:
    """The report's body for a unit: title, path, key figures, then each chart with its table."""
    report = Report(dataset, unit, options)
    fonts = Fonts()
    center = Qt.AlignmentFlag.AlignHCenter
    blocks = report.blocks
    blocks.append(TextBlock(text=dataset.metadata.title.upper(), font=fonts.title, align=center,
                            space_before_mm=4))
    blocks.append(TextBlock(text=unit.name, font=fonts.subtitle, align=center, space_before_mm=2))
    blocks.append(TextBlock(text=translate("Report", "Kind: %1").replace("%1", vocab.kind_label(unit.kind))
                            + (("  ·  " + translate("Report", "Code: %1").replace("%1", unit.code)) if unit.code else ""),
                            font=fonts.body, align=center, space_before_mm=1))
    if unit.parent is not None:
        blocks.append(TextBlock(text=translate("Report", "Under: %1").replace("%1", unit_path_text(unit.parent)),
                                font=fonts.small, align=center, space_before_mm=1))
    if dataset.metadata.as_of is not None:
        blocks.append(TextBlock(text=translate("Report", "Figures as of %1").replace("%1", vocab.period_text(dataset.metadata.as_of)),
                                font=fonts.small_italic, align=center, space_before_mm=1))

    # Key figures
    blocks.append(TextBlock(text=translate("Report", "Key figures"), font=fonts.heading, space_before_mm=6,
                            keep_with_next=True))
    rows = figure_rows(dataset, unit)
    widths = (0.26, 0.17, 0.12, 0.11, 0.34)
    right = Qt.AlignmentFlag.AlignRight
    left = Qt.AlignmentFlag.AlignLeft
    if rows:
        blocks.append(TableRow(cells=tuple(vocab.figure_headers()),
                               widths=widths, header=True, space_before_mm=2))
        for r in rows:
            blocks.append(TableRow(cells=r, widths=widths, aligns=(left, right, left, left, left)))
        sources = dict.fromkeys(v.source for vs in unit.figures.values() for v in vs if v.source)
        blocks.append(TextBlock(text=vocab.sources_text(dataset, sources, with_ids=True), font=fonts.small_italic,
                                space_before_mm=1.5))
    else:
        blocks.append(TextBlock(text=translate("Report", "No figures are reported for this unit (%1).").replace(
            "%1", vocab.not_reported()), font=fonts.body, space_before_mm=2))
    counts = unit.child_counts()
    if counts:
        text = ", ".join(f"{vocab.number_text(n)} {vocab.kind_plural(k)}" for k, n in counts.items())
        blocks.append(TextBlock(text=translate("Report", "Units listed under it: %1").replace("%1", text),
                                font=fonts.body, space_before_mm=2))

    # Charts
    owner = dataset.series_owner(unit)
    if owner is not None:
        heading = translate("Report", "Charts")
        if owner is not unit:
            heading = translate("Report", "Charts of %1").replace("%1", owner.name)
        blocks.append(TextBlock(text=heading, font=fonts.heading, space_before_mm=7, keep_with_next=True))
        for s in owner.series:
            blocks.extend(series_blocks(dataset, owner, s, fonts, with_charts))
    return report


def series_blocks(dataset: Dataset, owner: Unit, s: Series, fonts: Fonts, with_charts: bool) -> list[Block]:
    """A chart's title and subtitle, the chart (its own titles off: the report typesets them),
    its figures table and its source line."""
    from . import charts

    texts = charts.chart_texts(dataset, owner, s)
    out: list[Block] = [
        TextBlock(text=texts.title, font=fonts.subtitle, space_before_mm=5, keep_with_next=True),
        TextBlock(text=texts.subtitle, font=fonts.small, space_before_mm=0.5, keep_with_next=True),
    ]
    if with_charts:
        out.append(ChartBlock(height_mm=CHART_SIZE_MM[1], width_mm=CHART_SIZE_MM[0], space_before_mm=1.5,
                              drawer=chart_drawer(dataset, owner, s, titles=False), keep_with_next=True))
    widths = (0.45, 0.4, 0.15)
    first_col = translate("Report", "Period") if s.type is SeriesType.LINE else translate("Report", "Category")
    right = Qt.AlignmentFlag.AlignRight
    left = Qt.AlignmentFlag.AlignLeft
    # The chart, its table and its source line stay on one page (they are short).
    _, figure, _, source, _ = vocab.figure_headers()
    out.append(TableRow(cells=(first_col, figure + (f" ({s.unit})" if s.unit else ""), source),
                        widths=widths, header=True, space_before_mm=2, keep_with_next=True))
    for r in series_rows(s):
        out.append(TableRow(cells=r, widths=widths, aligns=(left, right, left), keep_with_next=True))
    out.append(TextBlock(text=texts.source_line, font=fonts.small_italic, space_before_mm=1.5,
                         keep_with_next=bool(texts.notes)))
    for k, note in enumerate(texts.notes):
        out.append(TextBlock(text=note, font=fonts.small_italic, space_before_mm=0.5,
                             keep_with_next=k + 1 < len(texts.notes)))
    return out


# --------------------------------------------------------------------------- layout


@dataclass
class Placed:
    block: Block
    y_mm: float
    height_mm: float


@dataclass
class PageGeometry:
    width_mm: float
    height_mm: float
    left_mm: float = 20.0
    right_mm: float = 15.0
    top_mm: float = 15.0
    bottom_mm: float = 15.0
    footer_mm: float = 8.0
    header_mm: float = 30.0  # the party-document header on page 1

    @property
    def body_width(self) -> float:
        return self.width_mm - self.left_mm - self.right_mm

    @property
    def body_bottom(self) -> float:
        return self.height_mm - self.bottom_mm - self.footer_mm


def paginate(blocks: Sequence[Block], ctx: _Context, geo: PageGeometry) -> list[list[Placed]]:
    """Place blocks on pages: a block never splits; a heading keeps with what follows; a table
    whose rows run onto a new page repeats its header row there.

    Blocks marked ``keep_with_next`` move as one run (a chart's title, the chart, its table and
    its source line). A run taller than a page keeps together only what must not part — up to
    the table's first row — and the table then runs on, row by row, onto the next pages."""
    pages: list[list[Placed]] = [[]]
    y = geo.top_mm + geo.header_mm
    width = geo.body_width
    capacity = geo.body_bottom - geo.top_mm
    current_header: TableRow | None = None
    heights = [b.measure(ctx, width) for b in blocks]
    n = len(blocks)

    def is_row(b: Block) -> bool:
        return isinstance(b, TableRow) and not b.header

    i = 0
    while i < n:
        # The run that starts here: a lone table row stands alone (rows may part between pages).
        j, need = i, blocks[i].space_before_mm + heights[i]
        if not is_row(blocks[i]):
            while blocks[j].keep_with_next and j + 1 < n:
                j += 1
                need += blocks[j].space_before_mm + heights[j]
            if need > capacity:  # too tall for any page: keep up to the table's first row
                j, need, seen_header = i, blocks[i].space_before_mm + heights[i], False
                while blocks[j].keep_with_next and j + 1 < n:
                    seen_header = seen_header or (isinstance(blocks[j], TableRow) and blocks[j].header)
                    j += 1
                    need += blocks[j].space_before_mm + heights[j]
                    if seen_header and is_row(blocks[j]):
                        break
        if y + need > geo.body_bottom and pages[-1]:
            pages.append([])
            y = geo.top_mm
            if is_row(blocks[i]) and current_header is not None:
                hh = current_header.measure(ctx, width)
                pages[-1].append(Placed(current_header, y, hh))
                y += hh
        for k in range(i, j + 1):
            b = blocks[k]
            if isinstance(b, TableRow) and b.header:
                current_header = b
            elif not isinstance(b, TableRow):
                current_header = None
            if pages[-1]:
                y += b.space_before_mm
            pages[-1].append(Placed(b, y, heights[k]))
            y += heights[k]
        i = j + 1
    return pages


# --------------------------------------------------------------------------- rendering


def _draw_header(ctx: _Context, report: Report, geo: PageGeometry) -> None:
    """Issuing body (top left), "ĐẢNG CỘNG SẢN VIỆT NAM" (top right), the place-and-date line."""
    p = ctx.painter
    fonts = ctx.fonts
    meta = report.dataset.metadata
    half = geo.body_width / 2
    x0, y0 = geo.left_mm, geo.top_mm
    center = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    p.setPen(QColor("black"))
    issuer = meta.issuing_body or report.dataset.root.name.upper()
    p.setFont(fonts.header_bold)
    p.drawText(ctx.rect(x0, y0, half - 5, 12), center, issuer)
    fm = QFontMetricsF(fonts.header_bold, ctx.device)
    issuer_h = ctx.mm(fm.boundingRect(ctx.rect(0, 0, half - 5, 100), center, issuer).height())
    p.setFont(fonts.header)
    p.drawText(ctx.rect(x0, y0 + issuer_h + 0.5, half - 5, 6), center, "*")
    party = translate("Report", "COMMUNIST PARTY OF VIETNAM")
    p.setFont(fonts.header_bold)
    party_rect = ctx.rect(x0 + half, y0, half, 7)
    p.drawText(party_rect, center, party)
    w = QFontMetricsF(fonts.header_bold, ctx.device).horizontalAdvance(party)
    pen = QPen(QColor("black"))
    pen.setWidthF(ctx.px(0.25))
    p.setPen(pen)
    mid = party_rect.center().x()
    underline_y = party_rect.top() + QFontMetricsF(fonts.header_bold, ctx.device).height() + ctx.px(0.6)
    p.drawLine(QPointF(mid - w / 2, underline_y), QPointF(mid + w / 2, underline_y))
    date = report.options.print_date or QDate.currentDate()
    p.setFont(fonts.date)
    p.setPen(QColor("black"))
    # A long place name wraps: give the line the room it needs (the header has room for three).
    p.drawText(ctx.rect(x0 + half, y0 + 9, half, geo.header_mm - 9), center, place_date_line(meta.place, date))
    if report.options.confidential:
        p.setFont(fonts.confidential)
        mark = translate("Report", "CONFIDENTIAL")
        mark_w = ctx.mm(QFontMetricsF(fonts.confidential, ctx.device).horizontalAdvance(mark)) + 6
        r = ctx.rect(x0, y0 + issuer_h + 7, mark_w, 8)
        pen = QPen(QColor("black"))
        pen.setWidthF(ctx.px(0.4))
        p.setPen(pen)
        p.drawRect(r)
        p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), mark)


def _draw_footer(ctx: _Context, report: Report, geo: PageGeometry, page: int, pages: int) -> None:
    p = ctx.painter
    y = geo.height_mm - geo.bottom_mm - geo.footer_mm + 2
    pen = QPen(QColor(120, 120, 120))
    pen.setWidthF(ctx.px(0.2))
    p.setPen(pen)
    p.drawLine(QPointF(ctx.px(geo.left_mm), ctx.px(y)), QPointF(ctx.px(geo.width_mm - geo.right_mm), ctx.px(y)))
    p.setFont(ctx.fonts.small)
    p.setPen(QColor(60, 60, 60))
    r = ctx.rect(geo.left_mm, y + 1, geo.body_width, 5)
    file_name = _file_name(report.dataset.file)
    date = report.options.print_date or QDate.currentDate()
    printed = translate("Report", "Printed %1").replace("%1", vocab.date_text(date))
    p.drawText(r, int(Qt.AlignmentFlag.AlignLeft), file_name)
    p.drawText(r, int(Qt.AlignmentFlag.AlignHCenter), printed)
    page_text = translate("Report", "Page %1 / %2").replace("%1", str(page)).replace("%2", str(pages))
    p.drawText(r, int(Qt.AlignmentFlag.AlignRight), page_text)


def _file_name(path: str) -> str:
    return re.split(r"[\\/]", path)[-1] if path else ""


def page_layout(landscape: bool) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                       QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def render_report(report: Report, device: QPagedPaintDevice, set_layout: bool = True) -> int:
    """Paint the report on a paged device (QPdfWriter, QPrinter). Returns the number of pages.

    With ``set_layout`` the device's page layout is set here (A4, the options' orientation, no
    device margins: the report keeps its own margins, in millimetres); without it the device
    keeps the paper and orientation chosen in a print dialog (a QPrinter must then be in
    full-page mode, so that the report's margins count from the paper's edge)."""
    if set_layout:
        device.setPageLayout(page_layout(report.options.landscape))
    size = device.pageLayout().fullRectPoints().size()
    geo = PageGeometry(size.width() * MM_PER_INCH / 72, size.height() * MM_PER_INCH / 72)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(translate("Report", "The printer or file could not be opened for drawing."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ctx = _Context(painter, device, Fonts(), float(device.logicalDpiX()))
        pages = paginate(report.blocks, ctx, geo)
        for index, placed in enumerate(pages):
            if index:
                device.newPage()
            if index == 0:
                _draw_header(ctx, report, geo)
            for item in placed:
                item.block.draw(ctx, geo.left_mm, item.y_mm, geo.body_width)
            _draw_footer(ctx, report, geo, index + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


# --------------------------------------------------------------------------- files


def safe_file_name(text: str, extension: str) -> str:
    """A default file name valid on Windows: no \\ / : * ? " < > |, no control characters, no
    trailing dots or spaces, not a reserved device name; Vietnamese letters kept."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip(". ")
    if not text:
        text = "bao-cao"
    if re.fullmatch(r"(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])", text):
        text = f"{text}_"
    return text[:150].rstrip(". ") + "." + extension


class _AtomicFile:
    """A QSaveFile that is committed only when everything was written, else discarded."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.file = QSaveFile(path)

    def __enter__(self) -> QSaveFile:
        if not self.file.open(QSaveFile.OpenModeFlag.WriteOnly):
            raise ExportError(_cannot_write(self.path, self.file.errorString()))
        return self.file

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.file.cancelWriting()
            self.file.commit()  # discards: removes the temporary file, the target stays as it was
            return
        if not self.file.commit():
            raise ExportError(_cannot_write(self.path, self.file.errorString()))


def _cannot_write(path: str, reason: str) -> str:
    return translate("Report", "Cannot write %1: %2").replace("%1", path).replace("%2", reason)


def export_report_pdf(report: Report, path: str) -> int:
    """The full report as a vector PDF (text selectable). Returns the page count."""
    with _AtomicFile(path) as fh:
        writer = QPdfWriter(fh)
        writer.setResolution(96)  # pyqtgraph lays its axes out right at 96 dpi; the PDF is vector
        writer.setTitle(f"{report.dataset.metadata.title} — {report.unit.name}")
        writer.setCreator("Lạng Sơn Party organisation viewer")
        pages = render_report(report, writer)
        del writer
    return pages


# A spreadsheet reads a cell that starts with one of these as a formula (=HYPERLINK(…),
# =cmd|…): text from a data file must never become one when the CSV is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(text: str) -> str:
    """Text from the data as a CSV cell that a spreadsheet shows as the same text: one that
    would start a formula gets a leading apostrophe, which Excel and LibreOffice hide."""
    return "'" + text if text.startswith(_FORMULA_START) else text


class _SafeRows:
    """A csv.writer whose text cells can never start a formula; numbers are written as they
    are (a negative number is a number, not a formula)."""

    def __init__(self, out: io.StringIO) -> None:
        self._w = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: list[object]) -> None:
        self._w.writerow([_csv_text(c) if isinstance(c, str) else c for c in row])


def figures_csv(dataset: Dataset, unit: Unit) -> bytes:
    """The unit's figures and its charts' points as CSV, UTF-8 with a byte-order mark (Excel
    then shows the diacritics). Numbers stay machine-readable (53538, no grouping)."""
    out = io.StringIO()
    w = _SafeRows(out)
    measure, _, as_of, source, note = vocab.figure_headers()
    w.writerow([translate("Report", "Unit"), measure, translate("Report", "Value"), translate("Report", "Qualifier"),
                translate("Report", "Rate"), as_of, source, note])
    for measure, values in unit.figures.items():
        for v in values:
            w.writerow([unit.name, vocab.measure_label(measure, dataset), v.value,
                        vocab.qualifier_label(v.qualifier), vocab.per_text(v.per),
                        v.as_of.text if v.as_of else "", v.source or "", v.note])
    owner = dataset.series_owner(unit)
    if owner is not None:
        for s in owner.series:
            for p in s.points:
                where = p.period.text if p.period is not None else p.category
                label = f"{s.title}: {where}" + (f" — {p.group}" if p.group else "")
                w.writerow([owner.name, label,
                            p.value if p.value is not None else vocab.not_reported(),
                            vocab.qualifier_label(p.qualifier),
                            vocab.per_text(p.per), p.period.text if p.period else (s.period.text if s.period else ""),
                            p.source or "", p.note])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_csv(dataset: Dataset, unit: Unit, path: str) -> None:
    data = figures_csv(dataset, unit)
    with _AtomicFile(path) as fh:
        if fh.write(data) != len(data):
            raise ExportError(_cannot_write(path, fh.errorString()))


def chart_image(draw: ChartDrawer, size_mm: tuple[float, float], dpi: int) -> QImage:
    """A chart as a bitmap at ``dpi``: white background; the DPI is recorded in the image
    after painting (setting it before changes how Qt scales the fonts)."""
    w = round(size_mm[0] / MM_PER_INCH * dpi)
    h = round(size_mm[1] / MM_PER_INCH * dpi)
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        draw(painter, QRectF(0, 0, w, h), dpi / 96.0)
    finally:
        painter.end()
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image


def export_chart_png(draw: ChartDrawer, path: str, dpi: int = 300,
                     size_mm: tuple[float, float] = EXPORT_CHART_SIZE_MM) -> QSizeF:
    image = chart_image(draw, size_mm, dpi)
    with _AtomicFile(path) as fh:
        if not image.save(fh, "PNG"):
            raise ExportError(_cannot_write(path, fh.errorString() or "PNG"))
    return QSizeF(image.width(), image.height())


def export_chart_svg(draw: ChartDrawer, path: str, title: str,
                     size_mm: tuple[float, float] = EXPORT_CHART_SIZE_MM) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtSvg import QSvgGenerator

    dpi = 96
    w = round(size_mm[0] / MM_PER_INCH * dpi)
    h = round(size_mm[1] / MM_PER_INCH * dpi)
    with _AtomicFile(path) as fh:
        gen = QSvgGenerator()
        gen.setOutputDevice(fh)
        gen.setResolution(dpi)
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setTitle(title)
        painter = QPainter()
        if not painter.begin(gen):
            raise ExportError(_cannot_write(path, "SVG"))
        try:
            painter.fillRect(QRectF(0, 0, w, h), QColor("white"))
            draw(painter, QRectF(0, 0, w, h), 1.0)
        finally:
            painter.end()


def export_chart_pdf(draw: ChartDrawer, path: str, title: str,
                     size_mm: tuple[float, float] = EXPORT_CHART_SIZE_MM) -> None:
    """One chart on a page of its own size, vector."""
    with _AtomicFile(path) as fh:
        writer = QPdfWriter(fh)
        writer.setResolution(96)
        writer.setTitle(title)
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(*size_mm), QPageSize.Unit.Millimeter),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(_cannot_write(path, "PDF"))
        try:
            dpi = writer.logicalDpiX()
            w = size_mm[0] / MM_PER_INCH * dpi
            h = size_mm[1] / MM_PER_INCH * dpi
            draw(painter, QRectF(0, 0, w, h), dpi / 96.0)
        finally:
            painter.end()
        del writer
