"""Domain series → pyqtgraph charts: honest, readable, print-ready.

One entry point, :func:`build_chart`, turns a series of a unit into a :class:`Chart`: a
``pyqtgraph.GraphicsLayout`` (title, subtitle, plot, legend, source line, notes) that can be put
into any ``pg.GraphicsView`` or rendered with a ``QPainter`` (:func:`render_chart`,
:func:`chart_image`). The texts are also kept as plain strings (:class:`ChartTexts`, from
:func:`chart_texts`) so that a report can typeset them itself.

What the drawing promises:

* The kind follows the series' declared type: ``line`` → values over time, ``bar`` → bars by
  category (grouped when the points carry groups), ``stacked`` → parts of a total, one
  horizontal bar per group.
* Points only where the data has them. A figure for one period sits at the middle of that
  period on a continuous time axis (a year's figure over its year label, 31/03/2010 a quarter
  into 2010, a quarter's figure in its quarter). Two figures of neighbouring periods are joined
  by a solid line; figures further apart (2010 and 2013) by a dashed connector that the legend
  calls "no yearly figures". A figure for a span of years ("more than 2,000 each year,
  2010–2013") is one horizontal segment over those years, never invented yearly points.
* A bound looks like one: a lower bound is a hollow marker with an arrow pointing up (an open,
  white bar with an arrow for bars) and its label and tooltip say "more than …". An unknown
  value is never drawn as zero: it is absent, or marked "n/a" where a bar would stand.
* Year ticks are whole years (labels "2010", "2011", … at the middle of each year); values carry
  the interface language's thousands separator (vocab.number_text); every value is a float
  before it reaches pyqtgraph (a Python int ≥ 2**64 would crash it).
* White background, Okabe–Ito colours with distinct markers and hatching so that a greyscale
  print stays readable; fonts that have Vietnamese on Windows and Linux.

Sizes are logical pixels (1/96 inch) times ``ChartOptions.scale``: a chart for a 300-dpi
printer is built with ``scale = 300 / 96`` and laid out at the target's device size, so that
fonts, pens and markers keep their physical size (pyqtgraph's pens and markers are cosmetic,
i.e. in device pixels).
"""
from __future__ import annotations

import html
import math
import weakref
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QGraphicsWidget, QSizePolicy

from . import vocab
from .domain import Dataset, Period, Point, Qualifier, Series, SeriesType, Unit

translate = QCoreApplication.translate

# --------------------------------------------------------------------------- look

# Families tried in order: Segoe UI and Arial (Windows, macOS) and DejaVu Sans / Noto Sans /
# Liberation Sans (Linux) all have the Vietnamese letters.
FONT_FAMILIES = ("Segoe UI", "Arial", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Helvetica")

INK = QColor("#1a1a1a")
MUTED = QColor("#4d4d4d")
WHITE = QColor("#ffffff")
GRID_ALPHA = 45  # 0–255, light horizontal grid lines


@dataclass(frozen=True)
class Style:
    """How one group (or category) looks: colour, line marker, and hatching for bars."""

    colour: str
    symbol: str
    hatch: bool


# Okabe–Ito colours, ordered so that neighbours differ in lightness (greyscale: dark blue,
# light orange, mid green, …), each with its own marker and alternating hatching.
PALETTE: tuple[Style, ...] = (
    Style("#0072B2", "o", False),  # blue
    Style("#E69F00", "s", True),  # orange
    Style("#009E73", "d", False),  # bluish green
    Style("#CC79A7", "t", True),  # reddish purple
    Style("#56B4E9", "p", False),  # sky blue
    Style("#D55E00", "h", True),  # vermillion
    Style("#000000", "star", False),  # black
    Style("#F0E442", "x", True),  # yellow
)
_SYMBOLS = ("o", "s", "d", "t", "p", "h", "star", "x", "+")


def style_for(index: int) -> Style:
    """The style of the ``index``-th group; past the palette, markers and hatching vary."""
    base = PALETTE[index % len(PALETTE)]
    cycle = index // len(PALETTE)
    if cycle == 0:
        return base
    symbol = _SYMBOLS[(index + cycle) % len(_SYMBOLS)]
    return Style(base.colour, symbol, not base.hatch if cycle % 2 else base.hatch)


def _arrow_path(up: bool) -> QPainterPath:
    """An arrow starting just clear of a marker at (0, 0), pointing up (y grows downwards)."""
    s = -1.0 if up else 1.0
    path = QPainterPath()
    path.moveTo(0.0, s * 0.28)
    path.lineTo(0.0, s * 1.0)
    path.moveTo(-0.22, s * 0.76)
    path.lineTo(0.0, s * 1.0)
    path.lineTo(0.22, s * 0.76)
    return path


def _cap_path() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(0.0, -0.5)
    path.lineTo(0.0, 0.5)
    return path


SPAN_CAP = _cap_path()  # the end ticks of a segment that covers a span of years
BOUND_UP = _arrow_path(True)
BOUND_DOWN = _arrow_path(False)


def chart_font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _pen(colour: QColor | str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
         cosmetic: bool = True) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(cosmetic)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if style == Qt.PenStyle.SolidLine else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def _dash_pen(colour: QColor | str, width: float) -> QPen:
    pen = _pen(colour, width, Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([4.0, 3.0])  # in pen widths
    return pen


def _is_dark(colour: str) -> bool:
    c = QColor(colour)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < 120


# --------------------------------------------------------------------------- words

_UNITS = {
    "thôn": lambda: translate("Charts", "villages"),
    "chi bộ": lambda: translate("Charts", "Party cells"),
    "lớp": lambda: translate("Charts", "classes"),
    "học viên": lambda: translate("Charts", "trainees"),
    "đảng viên": lambda: translate("Charts", "Party members"),
    "tổ chức cơ sở đảng": lambda: translate("Charts", "grassroots Party organisations"),
    "người": lambda: translate("Charts", "people"),
    "xã": lambda: translate("Charts", "communes"),
}


def unit_label(unit: str) -> str:
    """A unit of measure of the data ("thôn") in the interface language ("villages")."""
    known = _UNITS.get(unit.strip().lower())
    return known() if known else unit


def value_axis_title(series: Series) -> str:
    if series.unit:
        return translate("Charts", "Number of %1", "value axis title; %1 a unit such as villages").replace(
            "%1", unit_label(series.unit))
    return translate("Charts", "Value")


def _with_unit(text: str, series: Series) -> str:
    return f"{text} {unit_label(series.unit)}" if series.unit else text


def _years_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _span_of(series: Series) -> tuple[int, int] | None:
    periods = [p.period for p in series.points if p.period is not None]
    if not periods:
        return None
    first = min(int(math.floor(p.start)) for p in periods)
    last = max(int(math.ceil(p.end)) - 1 for p in periods)
    return first, max(first, last)


def source_line(dataset: Dataset, series: Series) -> str:
    """"Nguồn: title (publisher, date); …" — every source the series or its points cite."""
    return vocab.sources_text(dataset, series.source_ids()) or translate("Charts", "Source: not stated")


@dataclass(frozen=True)
class ChartTexts:
    """A chart's words as plain strings, in the interface language (for reports)."""

    title: str
    subtitle: str
    source_line: str
    notes: tuple[str, ...]
    value_axis: str
    category_axis: str
    legend: tuple[str, ...] = ()


def chart_texts(dataset: Dataset, unit: Unit, series: Series) -> ChartTexts:
    """The title, subtitle (unit · period · total), source line, notes and axis titles."""
    parts = [unit.name]
    if series.period is not None:
        parts.append(vocab.period_text(series.period))
    elif series.type is SeriesType.LINE:
        span = _span_of(series)
        if span:
            parts.append(_years_text(*span))
    if series.total is not None:
        total = qualified_text(series.total.value, series.total.qualifier)
        parts.append(translate("Charts", "total %1").replace("%1", _with_unit(total, series)))
    notes = (translate("Charts", "Note: %1").replace("%1", series.note),) if series.note else ()
    category_axis = translate("Charts", "Year") if series.type is SeriesType.LINE else ""
    return ChartTexts(
        title=series.title,
        subtitle=" · ".join(parts),
        source_line=source_line(dataset, series),
        notes=notes,
        value_axis=value_axis_title(series),
        category_axis=category_axis,
    )


def _bound_words(q: Qualifier) -> str:
    return {
        Qualifier.MORE_THAN: lambda: translate("Charts", "A lower bound: the true figure is higher."),
        Qualifier.AT_LEAST: lambda: translate("Charts", "A lower bound: the true figure is this or higher."),
        Qualifier.LESS_THAN: lambda: translate("Charts", "An upper bound: the true figure is lower."),
        Qualifier.AT_MOST: lambda: translate("Charts", "An upper bound: the true figure is this or lower."),
        Qualifier.APPROX: lambda: translate("Charts", "An approximate figure."),
    }.get(q, lambda: "")()


def number_text(value: int | float) -> str:
    """vocab.number_text, which also copes with whole numbers past 64 bits (QLocale cannot;
    the loader refuses them, but a chart must not fail on a hand-built series)."""
    try:
        return vocab.number_text(value)
    except (OverflowError, ValueError):
        from PySide6.QtCore import QLocale

        if isinstance(value, float) and not math.isfinite(value):
            return vocab.not_reported()
        return format(int(value), ",").replace(",", QLocale().groupSeparator())


def compact_text(value: int | float, qualifier: Qualifier) -> str:
    """vocab.compact_text ("> 2.000"), safe for huge numbers."""
    try:
        return vocab.compact_text(value, qualifier)
    except (OverflowError, ValueError):
        n = number_text(value)
        return n if qualifier is Qualifier.EXACT else f"{qualifier.symbol} {n}"


def qualified_text(value: int | float, qualifier: Qualifier) -> str:
    """vocab.qualified_text ("trên 2.000"), safe for huge numbers."""
    try:
        return vocab.qualified_text(value, qualifier)
    except (OverflowError, ValueError):
        return compact_text(value, qualifier)


def _num(value: object) -> float | None:
    """Every value becomes a finite float before pyqtgraph sees it (None when it cannot)."""
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return f if math.isfinite(f) else None


# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class ChartOptions:
    """Language-independent options of a chart.

    ``width``/``height``: the default layout size in logical pixels (1/96 inch).
    ``scale``: device pixels per logical pixel (2 for a sharp PNG, dpi/96 for a printer).
    ``interactive``: zoom and pan with the mouse (restrained to the data, Ctrl+wheel in lists).
    ``titles``: draw the title, subtitle, source line and notes inside the chart (a report that
    typesets them itself turns this off; the legend always stays).
    """

    width: float = 800.0
    height: float = 500.0
    scale: float = 1.0
    interactive: bool = True
    titles: bool = True
    value_labels: bool = True

    def px(self, logical: float) -> float:
        return logical * self.scale


# --------------------------------------------------------------------------- marks


@dataclass(frozen=True)
class Mark:
    """Something drawn for one figure, with its tooltip: ``rect`` is in data coordinates
    (zero-sized for a point)."""

    kind: str  # "point", "span", "bar", "segment", "total"
    rect: QRectF
    tooltip: str
    label: str = ""  # group or category
    point: Point | None = None


@dataclass
class _Label:
    x: float
    y: float
    text: str
    dx: float = 0.0  # logical px offset of the anchor
    dy: float = 0.0
    halign: str = "center"  # left / center / right of the anchor
    valign: str = "bottom"  # the text sits above ("bottom"), below ("top") or centred
    colour: QColor = field(default_factory=lambda: QColor(INK))
    box: bool = True  # a white box behind the text, so that it reads over lines and hatching
    italic: bool = False


class LabelsItem(pg.GraphicsObject):
    """Texts anchored at data coordinates, drawn at a fixed pixel size (value labels, "n/a").

    Drawn in device pixels like pyqtgraph's own markers, so a chart built for a printer (with
    its ``scale``) keeps its sizes."""

    def __init__(self, labels: Sequence[_Label], font: QFont, scale: float) -> None:
        super().__init__()
        self.labels = list(labels)
        self._font = font
        self._italic = QFont(font)
        self._italic.setItalic(True)
        self._scale = scale
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)

    def texts(self) -> list[str]:
        return [lab.text for lab in self.labels]

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        if vb is None or not hasattr(vb, "viewRect"):
            return QRectF()
        return vb.viewRect()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, p: QPainter, *args) -> None:
        tr = p.transform()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        s = self._scale
        pad = 2.0 * s
        for lab in self.labels:
            font = self._italic if lab.italic else self._font
            fm = QFontMetricsF(font)
            anchor = tr.map(QPointF(lab.x, lab.y)) + QPointF(lab.dx * s, lab.dy * s)
            w = fm.horizontalAdvance(lab.text)
            h = fm.height()
            if lab.halign == "left":
                x = anchor.x()
            elif lab.halign == "right":
                x = anchor.x() - w
            else:
                x = anchor.x() - w / 2
            if lab.valign == "bottom":
                y = anchor.y() - h
            elif lab.valign == "top":
                y = anchor.y()
            else:
                y = anchor.y() - h / 2
            rect = QRectF(x, y, w, h)
            if lab.box:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 225))
                p.drawRoundedRect(rect.adjusted(-pad, 0, pad, 0), pad, pad)
            p.setFont(font)
            p.setPen(lab.colour)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), lab.text)


class HatchItem(pg.GraphicsObject):
    """Diagonal hatching over rectangles given in data coordinates, spaced in device pixels,
    so that bars stay distinguishable in a greyscale print."""

    def __init__(self, rects: Sequence[QRectF], colour: QColor, scale: float,
                 spacing: float = 6.0, width: float = 1.2) -> None:
        super().__init__()
        self.rects = [QRectF(r) for r in rects]
        self._colour = QColor(colour)
        self._scale = scale
        self._spacing = spacing
        self._width = width
        bounds = QRectF()
        for r in self.rects:
            bounds = bounds.united(r.normalized())
        self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, p: QPainter, *args) -> None:
        tr = p.transform()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        s = self._scale
        step = self._spacing * s
        pen = _pen(self._colour, self._width * s)
        for r in self.rects:
            dev = tr.mapRect(r.normalized())
            if dev.width() < 1 or dev.height() < 1:
                continue
            p.save()
            p.setClipRect(dev, Qt.ClipOperation.IntersectClip)
            p.setPen(pen)
            start = dev.left() - dev.height()
            n = int((dev.width() + dev.height()) / step) + 2
            for i in range(n):
                x = start + i * step
                p.drawLine(QLineF(x, dev.bottom(), x + dev.height(), dev.top()))
            p.restore()


# --------------------------------------------------------------------------- axes


def _label_css(font: QFont) -> dict[str, str]:
    return {"color": INK.name(), "font-size": f"{font.pixelSize()}px"}


class _Axis(pg.AxisItem):
    """An axis whose tick labels may reach a little past its ends (the "0" at the corner),
    which pyqtgraph would otherwise drop when a grid is shown."""

    margin = 30.0

    def boundingRect(self) -> QRectF:
        m = self.margin
        return super().boundingRect().adjusted(-m, -m, m, m)

    def paint(self, p: QPainter, *args) -> None:
        # Drawn directly, not through pyqtgraph's cached QPicture: a QPicture played on a
        # device of another resolution (a 192-dpi image, a 300-dpi printer) is scaled by the
        # ratio of the resolutions, which drew the axes twice too large.
        p.save()
        try:
            if self.style["tickFont"] is not None:
                p.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(p)
            if specs is not None:
                self.drawPicture(p, *specs)
        finally:
            p.restore()


class ValueAxis(_Axis):
    """Values with the interface language's separators (53.538 / 53,538), never 1e4 or "k";
    whole numbers only when the data is whole."""

    def __init__(self, orientation: str, integer: bool = True, **kw) -> None:
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)
        self._integer = integer
        self.px_per_tick = 55.0

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        """One level of round steps (1, 2, 2.5, 5 × 10ⁿ), about one per 55 pixels."""
        return [(nice_step(maxVal - minVal, size, self.px_per_tick, self._integer), 0.0)]

    def tickStrings(self, values, scale, spacing):
        return [value_tick_text(v, spacing, self._integer) for v in values]


def nice_step(span: float, size: float, px_per_tick: float = 55.0, integer: bool = True) -> float:
    if not (math.isfinite(span) and span > 0) or size <= 0:
        return 1.0
    wanted = max(2.0, size / px_per_tick)
    raw = span / wanted
    exp = math.floor(math.log10(raw))
    step = 10.0 ** exp * 10
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0 ** exp >= raw:
            step = m * 10.0 ** exp
            break
    if integer:
        step = max(1.0, step)
        if step == 2.5:
            step = 2.0
    return step


def value_tick_text(value: float, spacing: float, integer: bool = True) -> str:
    if integer or spacing >= 1:
        return number_text(int(round(value)))
    decimals = max(0, min(6, -int(math.floor(math.log10(spacing))) if spacing > 0 else 0))
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", decimals)


class YearAxis(_Axis):
    """Whole years: the label "2010" stands at the middle of 2010 (x = 2010.5), where a figure
    for the year 2010 is drawn; never 2010.5 as a label. Crowded years are thinned (every 2nd,
    5th, 10th year)."""

    def __init__(self, orientation: str = "bottom", label_px: float = 40.0, **kw) -> None:
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)
        self.label_px = label_px

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        first, last = math.floor(minVal), math.ceil(maxVal)
        if last - first > 5000:
            return []
        px_per_year = size / (maxVal - minVal) if size > 0 else 0
        step = 1
        for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
            if step * px_per_year >= self.label_px * 1.25:
                break
        values = [y + 0.5 for y in range(first, last + 1)
                  if y % step == 0 and minVal <= y + 0.5 <= maxVal]
        return [(float(step), values)]

    def tickStrings(self, values, scale, spacing):
        return [str(int(math.floor(v))) for v in values]


class CategoryAxis(_Axis):
    """Category names at 0, 1, 2, …, wrapped onto lines that fit the space of one category."""

    def __init__(self, orientation: str, labels: Sequence[str], **kw) -> None:
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)
        self.labels = list(labels)
        self.wrapped = list(labels)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        return [(1.0, [float(i) for i in range(len(self.labels)) if lo - 1e-9 <= i <= hi + 1e-9])]

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            i = int(round(v))
            out.append(self.wrapped[i] if 0 <= i < len(self.wrapped) else "")
        return out


def wrap_text(text: str, font: QFont, width: float) -> str:
    """Break ``text`` at spaces onto lines no wider than ``width`` pixels (a long word stays)."""
    fm = QFontMetricsF(font)
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and fm.horizontalAdvance(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return "\n".join(lines)


def _text_size(text: str, font: QFont) -> tuple[float, float]:
    fm = QFontMetricsF(font)
    lines = text.split("\n") if text else [""]
    return max(fm.horizontalAdvance(t) for t in lines), fm.height() * len(lines)


# --------------------------------------------------------------------------- text blocks


class TextBlock(QGraphicsWidget):
    """A paragraph that wraps to the chart's width (title, subtitle, source line, notes)."""

    def __init__(self, text: str, font: QFont, colour: QColor = INK,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__()
        self.text = text
        self._font = font
        self._colour = QColor(colour)
        self._flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self.setPreferredWidth(1)
        self.fit_width(400)

    def fit_width(self, width: float) -> float:
        fm = QFontMetricsF(self._font)
        # A little slack: a printer's font metrics may differ by a pixel from the screen's.
        r = fm.boundingRect(QRectF(0, 0, max(1.0, width * 0.98), 1e7), self._flags, self.text)
        h = math.ceil(r.height()) + 1 if self.text else 0
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self.setPreferredHeight(h)
        return h

    def paint(self, p: QPainter, *args) -> None:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self._font)
        p.setPen(self._colour)
        r = self.rect()
        p.drawText(QRectF(r.x(), r.y(), r.width() * 0.98, r.height()), self._flags, self.text)


@dataclass(frozen=True)
class LegendEntry:
    """A legend line: ``kind`` is line, marker, bar, open_bar, dashed, bound or span."""

    kind: str
    text: str
    colour: str = "#333333"
    symbol: str = "o"
    hatch: bool = False


class LegendBlock(QGraphicsWidget):
    """The legend, under the plot, its entries flowing onto as many lines as the width needs.
    Drawn with ordinary (scaling) pens in layout coordinates."""

    def __init__(self, entries: Sequence[LegendEntry], font: QFont, scale: float) -> None:
        super().__init__()
        self.entries = list(entries)
        self._font = font
        self._s = scale
        self._rows: list[list[tuple[LegendEntry, float]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self.setPreferredWidth(1)
        self.fit_width(400)

    def texts(self) -> list[str]:
        return [e.text for e in self.entries]

    def _sample_w(self) -> float:
        return 30 * self._s

    def fit_width(self, width: float) -> float:
        fm = QFontMetricsF(self._font)
        gap = 18 * self._s
        rows: list[list[tuple[LegendEntry, float]]] = []
        row: list[tuple[LegendEntry, float]] = []
        used = 0.0
        for e in self.entries:
            w = self._sample_w() + 6 * self._s + fm.horizontalAdvance(e.text)
            if row and used + gap + w > width:
                rows.append(row)
                row, used = [], 0.0
            used += (gap if row else 0) + w
            row.append((e, w))
        if row:
            rows.append(row)
        self._rows = rows
        h = math.ceil(len(rows) * self._row_h() + (4 * self._s if rows else 0))
        self.setMinimumHeight(h)
        self.setMaximumHeight(h)
        self.setPreferredHeight(h)
        return h

    def _row_h(self) -> float:
        return max(QFontMetricsF(self._font).height(), 14 * self._s) + 4 * self._s

    def paint(self, p: QPainter, *args) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self._font)
        s = self._s
        gap = 18 * s
        y = 2 * s
        rh = self._row_h()
        for row in self._rows:
            x = 0.0
            for e, w in row:
                sample = QRectF(x, y, self._sample_w(), rh)
                self._draw_sample(p, e, sample)
                p.setPen(INK)
                p.drawText(QRectF(sample.right() + 6 * s, y, w, rh),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), e.text)
                x += w + gap
            y += rh

    def _draw_sample(self, p: QPainter, e: LegendEntry, r: QRectF) -> None:
        s = self._s
        c = QColor(e.colour)
        cy = r.center().y()
        p.save()
        if e.kind in ("line", "marker"):
            if e.kind == "line":
                p.setPen(_pen(c, 2.0 * s, cosmetic=False))
                p.drawLine(QLineF(r.left(), cy, r.right(), cy))
            p.translate(r.center())
            drawSymbol(p, e.symbol, 9 * s, _pen(INK if e.symbol != "x" else c, 1.0 * s / (9 * s),
                                                cosmetic=False), QBrush(c))
        elif e.kind in ("bar", "open_bar"):
            box = QRectF(r.left() + 4 * s, cy - 6 * s, r.width() - 8 * s, 12 * s)
            if e.kind == "bar":
                p.setPen(_pen(INK, 0.8 * s, cosmetic=False))
                p.setBrush(c)
                p.drawRect(box)
                if e.hatch:
                    _hatch(p, box, _hatch_colour(e.colour), 5 * s, 1.1 * s)
            else:
                p.setPen(_pen(c, 2.0 * s, cosmetic=False))
                p.setBrush(WHITE)
                p.drawRect(box)
        elif e.kind == "dashed":
            pen = _pen(c, 1.8 * s, Qt.PenStyle.CustomDashLine, cosmetic=False)
            pen.setDashPattern([4.0, 3.0])
            p.setPen(pen)
            p.drawLine(QLineF(r.left(), cy, r.right(), cy))
        elif e.kind in ("bound", "bound_down"):
            size = min(r.height(), 18 * s)
            up = e.kind == "bound"
            p.translate(QPointF(r.center().x(), cy + size * (0.4 if up else -0.4)))
            p.setPen(_pen(c, 1.3 * s, cosmetic=False))
            p.setBrush(WHITE)
            p.drawEllipse(QPointF(0, 0), 3.0 * s, 3.0 * s)
            p.scale(size * 0.95, size * 0.95)
            p.setPen(_pen(c, 1.5 * s / (size * 0.95), cosmetic=False))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(BOUND_UP if up else BOUND_DOWN)
        elif e.kind == "na":
            font = QFont(self._font)
            font.setItalic(True)
            p.setFont(font)
            p.setPen(c)
            p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), _na_text())
        elif e.kind == "span":
            p.setPen(_pen(c, 3.0 * s, cosmetic=False))
            p.drawLine(QLineF(r.left() + 2 * s, cy, r.right() - 2 * s, cy))
            p.setPen(_pen(c, 1.5 * s, cosmetic=False))
            for x in (r.left() + 2 * s, r.right() - 2 * s):
                p.drawLine(QLineF(x, cy - 5 * s, x, cy + 5 * s))
        p.restore()


def _lower_bound_text() -> str:
    return translate("Charts", "lower bound (a minimum)")


def _upper_bound_text() -> str:
    return translate("Charts", "upper bound (a maximum)")


def _na_text() -> str:
    return translate("Charts", "n/a", "no figure for this bar (not a zero)")


def _hatch_colour(colour: str) -> QColor:
    return QColor(255, 255, 255, 190) if _is_dark(colour) else QColor(0, 0, 0, 150)


def _hatch(p: QPainter, box: QRectF, colour: QColor, step: float, width: float) -> None:
    p.save()
    p.setClipRect(box, Qt.ClipOperation.IntersectClip)
    p.setPen(_pen(colour, width, cosmetic=False))
    n = int((box.width() + box.height()) / step) + 2
    for i in range(n):
        x = box.left() - box.height() + i * step
        p.drawLine(QLineF(x, box.bottom(), x + box.height(), box.top()))
    p.restore()


# --------------------------------------------------------------------------- the chart


class ChartLayout(pg.GraphicsLayout):
    """The chart's root item: re-wraps its texts for the width it is given, then lays out."""

    def __init__(self, chart: "Chart") -> None:
        self._chart: weakref.ref[Chart] | None = None
        super().__init__()
        # Not the chart itself. Once in a scene, this item's wrapper lives as long as the scene
        # does (PySide6 holds it for the C++ side), and the chart holds the off-screen view
        # that holds the scene: a cycle through PySide6 that kept every rendered chart, and
        # that the garbage collector now and then took apart in an order that crashed inside
        # PySide6. With a weak reference, a chart and its view go as soon as it is let go.
        self._chart = weakref.ref(chart)

    def setGeometry(self, rect: QRectF) -> None:  # noqa: N802 (Qt's name)
        ref = getattr(self, "_chart", None)
        chart = ref() if ref is not None else None
        if chart is not None:
            chart._fit(rect.width(), rect.height())
        super().setGeometry(rect)
        if chart is not None:
            self.layout.activate()


class _ChartViewBox(pg.ViewBox):
    """A view box with pyqtgraph's own menu switched off (the panel has its own)."""

    def __init__(self, **kw) -> None:
        super().__init__(enableMenu=False, **kw)


class ChartPlot(pg.GraphicsWidget):
    """The plot area: a view box with a value axis and a category or year axis beside it.

    What a chart needs of ``pg.PlotItem`` and no more: PlotItem also builds an options menu
    (a Designer form of some forty widgets), two hidden axes that re-render their labels on
    every change of range, a title and buttons, all unused here; building them was about a
    third of the time of a one-off chart export, and of each chart the panel shows."""

    def __init__(self, view_box: pg.ViewBox, bottom: pg.AxisItem, left: pg.AxisItem) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.vb = view_box
        self.layout = QGraphicsGridLayout()
        self.layout.setContentsMargins(1, 1, 1, 1)
        self.layout.setHorizontalSpacing(0)
        self.layout.setVerticalSpacing(0)
        self.setLayout(self.layout)
        self.layout.addItem(view_box, 0, 1)
        self._axes = {"bottom": bottom, "left": left}
        for axis, row, col in ((left, 0, 0), (bottom, 1, 1)):
            axis.linkToView(view_box)
            self.layout.addItem(axis, row, col)
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        for i in range(2):
            self.layout.setRowSpacing(i, 0)
            self.layout.setColumnSpacing(i, 0)
        # The view box takes whatever the axes (each of a fixed size) leave.
        self.layout.setRowStretchFactor(0, 100)
        self.layout.setColumnStretchFactor(1, 100)

    def getAxis(self, name: str) -> pg.AxisItem:  # noqa: N802 (pyqtgraph's name)
        return self._axes[name]

    def showGrid(self, x: bool = False, y: bool = False, alpha: float = 1.0) -> None:  # noqa: N802
        """Grid lines across the view from the bottom axis (``x``) or the left one (``y``)."""
        level = int(min(1.0, max(0.0, alpha)) * 255)
        self._axes["bottom"].setGrid(level if x else False)
        self._axes["left"].setGrid(level if y else False)


class Chart:
    """A built chart: the pyqtgraph layout and what it shows.

    ``layout`` goes into a ``pg.GraphicsView`` (``setCentralItem``), and the chart must be kept
    as long as its layout is shown (the layout holds it weakly: see ChartLayout); ``plot`` is
    its :class:`ChartPlot`;
    ``texts`` its words as strings; ``marks`` one entry per drawn figure (with its tooltip);
    ``items[role]`` the plotted pyqtgraph items by role ("markers", "solid", "dashed", "spans",
    "bars", "open_bars", "segments", "labels", "bounds", "totals"), each a list of
    ``(group or category, item)``.
    """

    def __init__(self, dataset: Dataset, unit: Unit, series: Series, options: ChartOptions) -> None:
        self.dataset = dataset
        self.unit = unit
        self.series = series
        self.options = options
        self.texts = chart_texts(dataset, unit, series)
        self.marks: list[Mark] = []
        self.items: dict[str, list[tuple[str, object]]] = {}
        self.legend_entries: list[LegendEntry] = []
        self.layout = ChartLayout(self)
        self.default_range: tuple[tuple[float, float], tuple[float, float]] = ((0, 1), (0, 1))
        self._blocks: list[TextBlock] = []
        self._category_axis: CategoryAxis | None = None
        self._fitted: tuple[float, float] | None = None
        self.plot: ChartPlot | None = None  # set by the builder
        self.legend: LegendBlock | None = None
        self._tick_font: QFont = chart_font(options.px(12))
        self._view = None  # the off-screen view a rendered chart lives in

    # ---- queries

    def item(self, role: str, name: str = "") -> object | None:
        for n, it in self.items.get(role, []):
            if n == name:
                return it
        return None

    def all_items(self, role: str) -> list[object]:
        return [it for _, it in self.items.get(role, [])]

    def mark_at(self, scene_pos: QPointF, tolerance: float | None = None) -> Mark | None:
        """The figure under a scene position (points first, within a few pixels)."""
        vb = self.plot.vb
        tol = self.options.px(7) if tolerance is None else tolerance
        best: tuple[float, Mark] | None = None
        for m in self.marks:
            if m.rect.width() == 0 and m.rect.height() == 0:
                c = vb.mapViewToScene(m.rect.topLeft())
                d = math.hypot(c.x() - scene_pos.x(), c.y() - scene_pos.y())
                if d <= tol and (best is None or d < best[0]):
                    best = (d, m)
            else:
                r = vb.mapViewToScene(m.rect.normalized()).boundingRect()
                if r.width() < 2 * tol:
                    r.adjust(-tol / 2, 0, tol / 2, 0)
                if r.height() < 2 * tol:
                    r.adjust(0, -tol / 2, 0, tol / 2)
                if r.contains(scene_pos):
                    d = tol + (r.width() * r.height()) ** 0.5 / 1000  # points win over areas
                    if best is None or d < best[0]:
                        best = (d, m)
        return best[1] if best else None

    def tooltip_at(self, scene_pos: QPointF) -> str:
        m = self.mark_at(scene_pos)
        return m.tooltip if m else ""

    # ---- view

    def reset_view(self) -> None:
        (x0, x1), (y0, y1) = self.default_range
        self.plot.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def view_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        return (float(x0), float(x1)), (float(y0), float(y1))

    def set_view_range(self, xr: tuple[float, float], yr: tuple[float, float]) -> None:
        self.plot.vb.setRange(xRange=xr, yRange=yr, padding=0)

    def resize(self, width: float, height: float) -> None:
        """Lay the chart out at a size (device pixels), as it will be drawn."""
        self.layout.setGeometry(QRectF(0, 0, width, height))

    def _fit(self, width: float, height: float) -> None:
        if self.plot is None:
            return
        o = self.options
        inner = max(10.0, width - 2 * o.px(12))
        for block in self._blocks:
            block.fit_width(inner)
        if self._category_axis is not None and self._category_axis.orientation == "bottom":
            left = self.plot.getAxis("left")
            plot_w = max(10.0, inner - left.width() - o.px(10))
            (x0, x1) = self.default_range[0]
            slot = plot_w / max(1e-9, (x1 - x0)) * 0.94
            font = self._tick_font
            wrapped = [wrap_text(t, font, max(slot, o.px(40))) for t in self._category_axis.labels]
            self._category_axis.wrapped = wrapped
            lines = max((w.count("\n") + 1 for w in wrapped), default=1)
            h = lines * QFontMetricsF(font).height() + o.px(12)
            self._category_axis.setHeight(math.ceil(h))
            self._category_axis.picture = None
        self._fitted = (width, height)


def build_chart(dataset: Dataset, unit: Unit, series: Series,
                options: ChartOptions | None = None) -> Chart:
    """Build the chart of ``series`` (a series of ``unit``): returns a :class:`Chart` whose
    ``layout`` is laid out at ``options.width × options.height`` (times ``scale``); call
    ``chart.resize(w, h)`` to lay it out at another size."""
    o = options or ChartOptions()
    chart = Chart(dataset, unit, series, o)
    _Builder(chart).build()
    chart.resize(o.px(o.width), o.px(o.height))
    chart.reset_view()
    return chart


class _Builder:
    def __init__(self, chart: Chart) -> None:
        self.c = chart
        self.o = chart.options
        self.s = self.o.scale
        o = self.o
        self.f_title = chart_font(o.px(17), bold=True)
        self.f_sub = chart_font(o.px(12.5))
        self.f_tick = chart_font(o.px(12))
        self.f_axis = chart_font(o.px(12.5))
        self.f_value = chart_font(o.px(12), bold=True)
        self.f_legend = chart_font(o.px(12))
        self.f_source = chart_font(o.px(11))
        self.f_note = chart_font(o.px(11), italic=True)
        self.labels: list[_Label] = []
        self.series = chart.series

    # ---- helpers

    def add(self, role: str, name: str, item, ignore_bounds: bool = True) -> None:
        if isinstance(item, pg.GraphicsObject) and not isinstance(item, (LabelsItem, HatchItem)):
            item.setObjectName(f"{role}:{name}")
        self.c.plot.vb.addItem(item, ignoreBounds=ignore_bounds)
        self.c.items.setdefault(role, []).append((name, item))

    def source_title(self, p: Point) -> str:
        src = self.c.dataset.source(p.source or self.series.source)
        if src is None:
            return translate("Charts", "not stated")
        return src.title

    def tooltip(self, p: Point, label: str, when: str, period_is_span: bool) -> str:
        esc = html.escape
        lines = [f"<b>{esc(self.series.title)}</b>"]
        if label:
            lines.append(esc(label))
        figure = _with_unit(qualified_text(p.value, p.qualifier), self.series)
        if p.per:
            figure = f"{figure} {vocab.per_text(p.per)}"
        lines.append(f"<b>{esc(figure)}</b>")
        if when:
            key = (translate("Charts", "Period: %1") if period_is_span
                   else translate("Charts", "Time: %1"))
            lines.append(esc(key.replace("%1", when)))
        bound = _bound_words(p.qualifier)
        if bound:
            lines.append(f"<i>{esc(bound)}</i>")
        if p.note:
            lines.append(esc(p.note))
        lines.append(esc(translate("Charts", "Source: %1").replace("%1", self.source_title(p))))
        return "<br>".join(lines)

    def value_label(self, p: Point) -> str:
        """"> 2.000", with the rate words when the figure is a rate ("> 2.000 mỗi năm")."""
        text = compact_text(p.value, p.qualifier)
        return f"{text} {vocab.per_text(p.per)}" if p.per else text

    # ---- frame

    def build(self) -> None:
        c, o = self.c, self.o
        lay = c.layout
        lay.setContentsMargins(o.px(12), o.px(10), o.px(12), o.px(8))
        lay.layout.setVerticalSpacing(o.px(4))
        lay.layout.setHorizontalSpacing(0)
        row = 0
        if o.titles:
            title = TextBlock(c.texts.title, self.f_title)
            sub = TextBlock(c.texts.subtitle, self.f_sub, MUTED)
            for b in (title, sub):
                lay.addItem(b, row=row, col=0)
                c._blocks.append(b)
                row += 1
        stype = self.series.type
        if stype is SeriesType.LINE:
            self.build_line()
        elif stype is SeriesType.STACKED:
            self.build_stacked()
        else:
            self.build_bars()
        lay.addItem(c.plot, row=row, col=0)
        lay.layout.setRowStretchFactor(row, 1)
        row += 1
        legend = LegendBlock(c.legend_entries, self.f_legend, self.s)
        c.legend = legend
        c.texts = replace(c.texts, legend=tuple(e.text for e in c.legend_entries))
        if c.legend_entries:
            lay.addItem(legend, row=row, col=0)
            c._blocks.append(legend)  # type: ignore[arg-type]
            row += 1
        if o.titles:
            src = TextBlock(c.texts.source_line, self.f_source, MUTED)
            lay.addItem(src, row=row, col=0)
            c._blocks.append(src)
            row += 1
            for note in c.texts.notes:
                nb = TextBlock(note, self.f_note, MUTED)
                lay.addItem(nb, row=row, col=0)
                c._blocks.append(nb)
                row += 1
        if self.labels and o.value_labels:
            li = LabelsItem(self.labels, self.f_value, self.s)
            self.add("labels", "", li)
        self.finish_view()

    def make_plot(self, bottom: pg.AxisItem, left: pg.AxisItem) -> ChartPlot:
        o = self.o
        plot = ChartPlot(_ChartViewBox(), bottom, left)
        plot.layout.setContentsMargins(0, o.px(10), o.px(12), 0)
        for axis in (bottom, left):
            axis.setPen(_pen(INK, o.px(1.0), cosmetic=False))
            axis.setTextPen(INK)
            axis.setTickPen(_pen(INK, o.px(1.0), cosmetic=False))
            axis.setStyle(tickFont=self.f_tick, tickLength=round(o.px(4)),
                          tickTextOffset=round(o.px(4)), autoExpandTextSpace=False,
                          autoReduceTextSpace=False, hideOverlappingLabels=False)
            axis.label.setFont(self.f_axis)
            axis.margin = o.px(30)
            if isinstance(axis, ValueAxis):
                axis.px_per_tick = o.px(55)
            axis.setZValue(-1)  # grid lines under the data (pyqtgraph puts axes above it)
        self.c.plot = plot
        return plot

    def set_axis_title(self, axis: pg.AxisItem, text: str) -> None:
        if text:
            axis.setLabel(text, **_label_css(self.f_axis))
        else:
            axis.showLabel(False)

    def size_value_axis(self, axis: pg.AxisItem, top: float, vertical: bool) -> None:
        """Reserve the space the widest tick label needs, so the layout never depends on a
        first paint (pyqtgraph issues 2555, 1997)."""
        o = self.o
        widest = max(_text_size(number_text(int(round(v))), self.f_tick)[0]
                     for v in (0.0, top, top * 0.9, top * 2))
        fm = QFontMetricsF(self.f_tick)
        if vertical:
            w = widest + o.px(4) + o.px(4) + o.px(3)
            label_h = QFontMetricsF(self.f_axis).height() * 1.25 if axis.label.isVisible() else 0
            axis.setWidth(math.ceil(w + label_h + o.px(4)))
        else:
            label_h = QFontMetricsF(self.f_axis).height() * 1.25 if axis.label.isVisible() else 0
            axis.setHeight(math.ceil(fm.height() + o.px(10) + label_h))

    def finish_view(self) -> None:
        c, o = self.c, self.o
        vb = c.plot.vb
        vb.disableAutoRange()
        (x0, x1), (y0, y1) = c.default_range
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        if o.interactive:
            w, h = x1 - x0, y1 - y0
            vb.setLimits(xMin=x0 - w * 0.5, xMax=x1 + w * 0.5, yMin=min(0.0, y0), yMax=y1 + h * 1.5,
                         minXRange=min(w, 1.0), maxXRange=w * 2, minYRange=h / 40, maxYRange=h * 2.5)
            vb.setMouseEnabled(x=True, y=True)
        else:
            vb.setMouseEnabled(x=False, y=False)

    def headroom(self, top: float) -> float:
        return _nice_ceiling(top * 1.2) if top > 0 else 1.0

    # ---- line: values over time

    def build_line(self) -> None:
        c, o = self.c, self.o
        year_axis = YearAxis("bottom", label_px=_text_size("2010", self.f_tick)[0] + o.px(10))
        value_axis = ValueAxis("left", integer=_all_int(self.series.points))
        plot = self.make_plot(year_axis, value_axis)
        self.set_axis_title(year_axis, c.texts.category_axis)
        self.set_axis_title(value_axis, c.texts.value_axis)
        plot.showGrid(x=False, y=True, alpha=GRID_ALPHA / 255)
        groups = self.series.groups
        has_dashed = has_bound = has_upper = False
        span_kinds: set[bool] = set()  # for each span: is it a rate (per year…)?
        starts, ends, tops = [], [], [0.0]
        for gi, group in enumerate(groups):
            st = style_for(gi)
            colour = QColor(st.colour)
            pts = [p for p in self.series.points if p.group == group and p.period is not None]
            singles: list[tuple[float, float, Point]] = []
            spans: list[tuple[float, float, float, Point]] = []
            for p in pts:
                v = _num(p.value)
                if v is None:
                    continue
                per = p.period
                assert per is not None
                starts.append(per.start)
                ends.append(per.end)
                tops.append(v)
                if per.is_span:
                    spans.append((per.start, per.end, v, p))
                else:
                    singles.append(((per.start + per.end) / 2, v, p))
            name = group or ""
            label = group or self.series.title
            # connectors: solid between neighbouring periods, dashed across missing years
            solid_x: list[float] = []
            solid_y: list[float] = []
            dash_x: list[float] = []
            dash_y: list[float] = []
            for (xa, ya, pa), (xb, yb, pb) in zip(singles, singles[1:]):
                assert pa.period is not None and pb.period is not None
                if _adjacent(pa.period, pb.period, xa, xb):
                    solid_x += [xa, xb]
                    solid_y += [ya, yb]
                else:
                    dash_x += [xa, xb]
                    dash_y += [ya, yb]
            if solid_x:
                item = pg.PlotCurveItem(x=_arr(solid_x), y=_arr(solid_y), connect="pairs",
                                        pen=_pen(colour, o.px(2.2)), antialias=True)
                self.add("solid", name, item)
            if dash_x:
                has_dashed = True
                item = pg.PlotCurveItem(x=_arr(dash_x), y=_arr(dash_y), connect="pairs",
                                        pen=_dash_pen(colour, o.px(1.8)), antialias=True)
                self.add("dashed", name, item)
            # spans: one segment over the years the figure covers, with end ticks
            if spans:
                span_kinds.update(bool(p.per) for _, _, _, p in spans)
                sx, sy = [], []
                for a, b, v, p in spans:
                    sx += [a, b]
                    sy += [v, v]
                item = pg.PlotCurveItem(x=_arr(sx), y=_arr(sy), connect="pairs",
                                        pen=_pen(colour, o.px(3.0)), antialias=True)
                self.add("spans", name, item)
                caps = pg.ScatterPlotItem(x=_arr(sx), y=_arr(sy), symbol=SPAN_CAP, size=o.px(14),
                                          pen=_pen(colour, o.px(1.6)), brush=None, useCache=False)
                self.add("span_caps", name, caps)
            # markers: the figures themselves (hollow when a bound)
            mx = [x for x, _, _ in singles] + [(a + b) / 2 for a, b, _, _ in spans]
            my = [v for _, v, _ in singles] + [v for _, _, v, _ in spans]
            mpts = [p for _, _, p in singles] + [p for _, _, _, p in spans]
            if mpts:
                brushes = [pg.mkBrush(WHITE if p.is_bound else colour) for p in mpts]
                pens = [_pen(colour if p.is_bound else INK, o.px(1.6 if p.is_bound else 1.0))
                        for p in mpts]
                symbols = ["o" if p.is_bound else st.symbol for p in mpts]
                sizes = [o.px(8 if p.is_bound else 10) for p in mpts]
                markers = pg.ScatterPlotItem(x=_arr(mx), y=_arr(my), symbol=symbols, size=sizes,
                                             pen=pens, brush=brushes, useCache=False,
                                             data=list(range(len(mpts))))
                self.add("markers", name, markers)
                bx = [x for x, p in zip(mx, mpts) if p.qualifier.is_lower_bound or p.qualifier.is_upper_bound]
                by = [y for y, p in zip(my, mpts) if p.qualifier.is_lower_bound or p.qualifier.is_upper_bound]
                bsym = [BOUND_UP if p.qualifier.is_lower_bound else BOUND_DOWN
                        for p in mpts if p.qualifier.is_lower_bound or p.qualifier.is_upper_bound]
                if bx:
                    has_bound = has_bound or any(p.qualifier.is_lower_bound for p in mpts)
                    has_upper = has_upper or any(p.qualifier.is_upper_bound for p in mpts)
                    arrows = pg.ScatterPlotItem(x=_arr(bx), y=_arr(by), symbol=bsym, size=o.px(26),
                                                pen=_pen(colour, o.px(1.8)), brush=None, useCache=False)
                    self.add("bounds", name, arrows)
            for x, v, p in singles:
                self.point_mark(p, x, v, label)
            for a, b, v, p in spans:
                self.span_mark(p, a, b, v, label)
            kind = "line" if singles else "span"
            self.c.legend_entries.append(LegendEntry(kind, label, st.colour, st.symbol))
        if False in span_kinds:
            c.legend_entries.append(LegendEntry("span", translate("Charts", "one figure for the whole period"),
                                                "#333333"))
        if True in span_kinds:
            c.legend_entries.append(LegendEntry("span", translate("Charts", "the same rate in every year of the period"),
                                                "#333333"))
        if has_bound:
            c.legend_entries.append(LegendEntry("bound", _lower_bound_text(),
                                                "#333333"))
        if has_upper:
            c.legend_entries.append(LegendEntry("bound_down", _upper_bound_text(),
                                                "#333333"))
        if has_dashed:
            c.legend_entries.append(LegendEntry("dashed", translate("Charts", "no yearly figures"), "#333333"))
        if not starts:
            starts, ends = [2010.0], [2011.0]
        x0 = math.floor(min(starts))
        x1 = math.ceil(max(ends))
        pad = 0.12 * max(1.0, (x1 - x0) / 4)
        top = self.headroom(max(tops))
        c.default_range = ((x0 - pad, x1 + pad), (0.0, top))
        self.size_value_axis(value_axis, top, vertical=True)
        year_axis.setHeight(math.ceil(QFontMetricsF(self.f_tick).height() + o.px(10)
                                      + QFontMetricsF(self.f_axis).height() * 1.25))

    def point_mark(self, p: Point, x: float, v: float, label: str) -> None:
        assert p.period is not None
        when = vocab.period_text(p.period)
        self.c.marks.append(Mark("point", QRectF(x, v, 0, 0), self.tooltip(p, label, when, False), label, p))
        dy = -8.0
        if p.qualifier.is_lower_bound:
            dy = -28.0
        elif p.qualifier.is_upper_bound:
            self.labels.append(_Label(x, v, self.value_label(p), dy=28.0, valign="top"))
            return
        self.labels.append(_Label(x, v, self.value_label(p), dy=dy))

    def span_mark(self, p: Point, a: float, b: float, v: float, label: str) -> None:
        assert p.period is not None
        when = vocab.period_text(p.period)
        self.c.marks.append(Mark("span", QRectF(a, v, b - a, 0), self.tooltip(p, label, when, True), label, p))
        dy = -28.0 if p.qualifier.is_lower_bound else -8.0
        if p.qualifier.is_upper_bound:
            self.labels.append(_Label((a + b) / 2, v, self.value_label(p), dy=28.0, valign="top"))
        else:
            self.labels.append(_Label((a + b) / 2, v, self.value_label(p), dy=dy))

    # ---- bars: values by category (grouped by group)

    def build_bars(self) -> None:
        c, o = self.c, self.o
        cats = list(self.series.categories)
        groups = list(self.series.groups)
        n, g = len(cats), len(groups)
        longest = max((len(t) for t in cats), default=0)
        horizontal = n > 6 or (n * max(1, g) > 12) or longest > 60
        cat_axis = CategoryAxis("left" if horizontal else "bottom", cats)
        value_axis = ValueAxis("bottom" if horizontal else "left", integer=_all_int(self.series.points))
        plot = self.make_plot(value_axis if horizontal else cat_axis, cat_axis if horizontal else value_axis)
        self.set_axis_title(value_axis, c.texts.value_axis)
        cat_axis.showLabel(False)
        plot.showGrid(x=horizontal, y=not horizontal, alpha=GRID_ALPHA / 255)
        if horizontal:
            plot.vb.invertY(True)
        band = 0.72
        width = band / max(1, g)
        tops = [0.0]
        index = {(p.category, p.group): p for p in self.series.points}
        for gi, group in enumerate(groups):
            st = style_for(gi)
            colour = QColor(st.colour)
            pos, vals, pts, open_pos, open_vals, open_syms, missing = [], [], [], [], [], [], []
            for ci, cat in enumerate(cats):
                at = ci - band / 2 + width * (gi + 0.5)
                p = index.get((cat, group))
                v = _num(p.value) if p is not None else None
                if p is None or v is None:
                    missing.append(at)
                    continue
                tops.append(v)
                if p.qualifier.is_lower_bound or p.qualifier.is_upper_bound:
                    open_pos.append(at)
                    open_vals.append(v)
                    open_syms.append(BOUND_UP if p.qualifier.is_lower_bound else BOUND_DOWN)
                else:
                    pos.append(at)
                    vals.append(v)
                pts.append((at, v, p, cat))
            name = group
            if pos:
                self.add("bars", name, self.bar_item(pos, vals, width, horizontal,
                                                     pg.mkBrush(colour), _pen(INK, o.px(0.8))))
                if st.hatch and g > 1:
                    rects = [_bar_rect(x, v, width, horizontal) for x, v in zip(pos, vals)]
                    self.add("hatch", name, HatchItem(rects, _hatch_colour(st.colour), self.s))
            if open_pos:
                self.add("open_bars", name, self.bar_item(open_pos, open_vals, width, horizontal,
                                                          pg.mkBrush(WHITE), _pen(colour, o.px(2.2))))
                self.bound_arrows(name, list(zip(open_pos, open_vals, open_syms)), colour, horizontal)
            for at, v, p, cat in pts:
                label = cat if not group else f"{cat} — {group}"
                rect = _bar_rect(at, v, width, horizontal)
                self.c.marks.append(Mark("bar", rect, self.tooltip(
                    p, label, vocab.period_text(p.period or self.series.period),
                    bool((p.period or self.series.period) and (p.period or self.series.period).is_span)),
                    label, p))
                bound = p.qualifier.is_lower_bound
                if horizontal:
                    self.labels.append(_Label(v, at, self.value_label(p), dx=26.0 if bound else 5.0,
                                              halign="left", valign="center", box=False))
                else:
                    self.labels.append(_Label(at, v, self.value_label(p), dy=-30.0 if bound else -4.0,
                                              box=False))
            for at in missing:
                na = _na_text()
                if horizontal:
                    self.labels.append(_Label(0.0, at, na, dx=5.0, halign="left", valign="center",
                                              colour=QColor(MUTED), box=False, italic=True))
                else:
                    self.labels.append(_Label(at, 0.0, na, dy=-3.0, colour=QColor(MUTED), box=False,
                                              italic=True))
                self.c.marks.append(Mark("missing", _bar_rect(at, 0.0, width, horizontal),
                                         html.escape(vocab.not_reported()), group))
            if g > 1:
                c.legend_entries.append(LegendEntry("bar", group, st.colour, st.symbol, st.hatch))
        self.bound_legend("#333333")
        if any((cat, gr) not in index for cat in cats for gr in groups):
            c.legend_entries.append(LegendEntry(
                "na", translate("Charts", "no figure (not a zero)"), MUTED.name()))
        top = self.headroom(max(tops))
        cats_range = (-0.6, max(1, n) - 0.4)
        c.default_range = ((0.0, top), cats_range) if horizontal else (cats_range, (0.0, top))
        self.size_value_axis(value_axis, top, vertical=not horizontal)
        c._category_axis = cat_axis
        if horizontal:
            wrapped = [wrap_text(t, self.f_tick, o.px(230)) for t in cats]
            cat_axis.wrapped = wrapped
            widest = max((_text_size(w, self.f_tick)[0] for w in wrapped), default=0)
            cat_axis.setWidth(math.ceil(widest + o.px(12)))

    def bound_legend(self, colour: str) -> None:
        """Open bars: a legend line for lower bounds and one for upper bounds, if there are any."""
        qs = {p.qualifier for p in self.series.points}
        if any(q.is_lower_bound for q in qs):
            self.c.legend_entries.append(LegendEntry("open_bar", _lower_bound_text(), colour))
        if any(q.is_upper_bound for q in qs):
            self.c.legend_entries.append(LegendEntry("open_bar", _upper_bound_text(), colour))

    def bar_item(self, pos, vals, width, horizontal, brush, pen) -> pg.BarGraphItem:
        if horizontal:
            return pg.BarGraphItem(x0=0.0, y=_arr(pos), height=width, width=_arr(vals), brush=brush, pen=pen)
        return pg.BarGraphItem(x=_arr(pos), height=_arr(vals), width=width, brush=brush, pen=pen)

    def bound_arrows(self, name: str, arrows, colour: QColor, horizontal: bool) -> None:
        if not arrows:
            return
        xs = [a[0] for a in arrows]
        vs = [a[1] for a in arrows]
        syms = [a[2] for a in arrows]
        if horizontal:
            rot = [_rotated(sym) for sym in syms]
            item = pg.ScatterPlotItem(x=_arr(vs), y=_arr(xs), symbol=rot, size=self.o.px(26),
                                      pen=_pen(colour, self.o.px(1.8)), brush=None, useCache=False)
        else:
            item = pg.ScatterPlotItem(x=_arr(xs), y=_arr(vs), symbol=syms, size=self.o.px(26),
                                      pen=_pen(colour, self.o.px(1.8)), brush=None, useCache=False)
        self.add("bounds", name, item)

    # ---- stacked: parts of a total

    def build_stacked(self) -> None:
        c, o = self.c, self.o
        cats = list(self.series.categories)
        groups = list(self.series.groups)
        single = len(groups) == 1
        row_labels = [g for g in groups]
        if single and not groups[0]:
            row_labels = [vocab.period_text(self.series.period) if self.series.period else ""]
        cat_axis = CategoryAxis("left", row_labels)
        value_axis = ValueAxis("bottom", integer=_all_int(self.series.points))
        plot = self.make_plot(value_axis, cat_axis)
        self.set_axis_title(value_axis, c.texts.value_axis)
        cat_axis.showLabel(False)
        plot.showGrid(x=True, y=False, alpha=GRID_ALPHA / 255)
        plot.vb.invertY(True)
        thick = 0.5
        index = {(p.category, p.group): p for p in self.series.points}
        tops = [0.0]
        ends = [0.0] * len(groups)
        for ci, cat in enumerate(cats):
            st = style_for(ci)
            colour = QColor(st.colour)
            lefts, widths, rows, pts = [], [], [], []
            open_l, open_w, open_r = [], [], []
            for gi, group in enumerate(groups):
                p = index.get((cat, group))
                v = _num(p.value) if p is not None else None
                if p is None or v is None:
                    continue
                left = ends[gi]
                ends[gi] += v
                if p.is_bound:
                    open_l.append(left)
                    open_w.append(v)
                    open_r.append(float(gi))
                else:
                    lefts.append(left)
                    widths.append(v)
                    rows.append(float(gi))
                pts.append((gi, left, v, p, group))
            if lefts:
                item = pg.BarGraphItem(x0=_arr(lefts), width=_arr(widths), y=_arr(rows), height=thick,
                                       brush=pg.mkBrush(colour), pen=_pen(INK, o.px(0.8)))
                self.add("segments", cat, item)
                if st.hatch:
                    rects = [QRectF(lx, ry - thick / 2, w, thick) for lx, w, ry in zip(lefts, widths, rows)]
                    self.add("hatch", cat, HatchItem(rects, _hatch_colour(st.colour), self.s))
            if open_l:
                item = pg.BarGraphItem(x0=_arr(open_l), width=_arr(open_w), y=_arr(open_r), height=thick,
                                       brush=pg.mkBrush(WHITE), pen=_pen(colour, o.px(2.2)))
                self.add("open_segments", cat, item)
            for gi, left, v, p, group in pts:
                label = cat if not group else f"{group} — {cat}"
                self.c.marks.append(Mark("segment", QRectF(left, gi - thick / 2, v, thick), self.tooltip(
                    p, label, vocab.period_text(p.period or self.series.period),
                    bool((p.period or self.series.period) and (p.period or self.series.period).is_span)),
                    label, p))
                dark = _is_dark(st.colour) and not p.is_bound
                self.labels.append(_Label(left + v / 2, float(gi), self.value_label(p), valign="center",
                                          colour=QColor(WHITE if dark and not st.hatch else INK),
                                          box=st.hatch or p.is_bound))
            c.legend_entries.append(LegendEntry("bar", cat, st.colour, st.symbol, st.hatch))
        tops += ends
        total = self.series.total
        if total is not None and single:
            tv = _num(total.value)
            if tv is not None:
                tops.append(tv)
                # A dimension line over the bar: |←— total 90 —→|, as long as the stated total.
                yd = -thick / 2 - 0.12
                cap = 0.06
                dim = pg.PlotCurveItem(x=_arr([0.0, tv, 0.0, 0.0, tv, tv]),
                                       y=_arr([yd, yd, yd - cap, yd + cap, yd - cap, yd + cap]),
                                       connect="pairs", pen=_pen(INK, o.px(1.3)), antialias=True)
                self.add("totals", "", dim)
                text = _with_unit(translate("Charts", "total %1").replace(
                    "%1", compact_text(total.value, total.qualifier)), self.series)
                if total.as_of is not None:
                    text += f" ({vocab.period_text(total.as_of)})"
                self.labels.append(_Label(tv / 2, yd, text, dy=-2.0, valign="bottom"))
                when = vocab.period_text(total.as_of) if total.as_of else ""
                tip = [f"<b>{html.escape(self.series.title)}</b>",
                       html.escape(translate("Charts", "total %1").replace(
                           "%1", _with_unit(qualified_text(total.value, total.qualifier), self.series)))]
                if when:
                    tip.append(html.escape(translate("Charts", "Time: %1").replace("%1", when)))
                if total.note:
                    tip.append(html.escape(total.note))
                src = self.c.dataset.source(total.source)
                tip.append(html.escape(translate("Charts", "Source: %1").replace(
                    "%1", src.title if src else translate("Charts", "not stated"))))
                self.c.marks.append(Mark("total", QRectF(0.0, yd - cap, tv, 2 * cap),
                                         "<br>".join(tip), "total"))
        self.bound_legend("#333333")
        top = _nice_ceiling(max(tops) * 1.08) if max(tops) > 0 else 1.0
        c.default_range = ((0.0, top), (-0.85, len(groups) - 0.4))
        self.size_value_axis(value_axis, top, vertical=False)
        wrapped = [wrap_text(t, self.f_tick, o.px(200)) for t in row_labels]
        cat_axis.wrapped = wrapped
        widest = max((_text_size(w, self.f_tick)[0] for w in wrapped), default=0)
        cat_axis.setWidth(math.ceil(widest + o.px(12)))
        c._category_axis = cat_axis


def _rotated(path: QPainterPath) -> QPainterPath:
    from PySide6.QtGui import QTransform

    return QTransform().rotate(90).map(path)


def _bar_rect(at: float, v: float, width: float, horizontal: bool) -> QRectF:
    if horizontal:
        return QRectF(0.0, at - width / 2, v, width)
    return QRectF(at - width / 2, 0.0, width, v)


def _arr(values: Iterable[float]):
    import numpy as np

    return np.asarray([float(v) for v in values], dtype=float)


def _all_int(points: Iterable[Point]) -> bool:
    return all(isinstance(p.value, int) for p in points)


def _adjacent(a: Period, b: Period, xa: float, xb: float) -> bool:
    """Two figures are joined by a solid line when nothing lies between their periods (2010
    and 2011; Q1 and Q2) or when they are at most a year apart (31/12/2010 and 31/12/2011)."""
    return b.start - a.end <= 1e-6 or xb - xa <= 1.01


def _nice_ceiling(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = math.floor(math.log10(v))
    base = 10 ** exp
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * base >= v - 1e-9:
            return m * base
    return 10 * base


# --------------------------------------------------------------------------- rendering


def _settle(chart: Chart, width: float, height: float) -> "pg.GraphicsView":
    """Put a chart into an off-screen view and lay it out at its target size. The view goes
    with the chart (see ChartLayout)."""
    view = pg.GraphicsView(background=None)
    view.setCentralItem(chart.layout)
    view.resize(int(math.ceil(width)), int(math.ceil(height)))
    view.setRange(QRectF(0, 0, width, height), padding=0, disableAutoPixel=False)
    chart.resize(width, height)
    return view


def render_chart(dataset: Dataset, unit: Unit, series: Series, painter: QPainter, target: QRectF,
                 options: ChartOptions | None = None,
                 view_range: tuple[tuple[float, float], tuple[float, float]] | None = None) -> Chart:
    """Draw a chart into ``target`` (painter coordinates) of any paint device: QImage, QPdfWriter,
    QPrinter, QSvgGenerator. The chart is built afresh for the device's resolution (``scale`` =
    device dpi / 96 unless ``options`` says otherwise), laid out at the target's device size,
    and drawn 1:1 in device pixels with a white background. Returns the chart drawn."""
    dev = painter.combinedTransform().mapRect(QRectF(target))
    if options is None:
        device = painter.device()
        dpi = device.logicalDpiX() if device is not None else 96
        options = ChartOptions(scale=max(0.25, dpi / 96.0) if dpi > 0 else 1.0)
    o = replace(options, interactive=False)
    chart = build_chart(dataset, unit, series, o)
    chart._view = _settle(chart, dev.width(), dev.height())  # keeps the scene alive with the chart
    if view_range is not None:
        chart.set_view_range(*view_range)
    draw_rendered_chart(chart, painter, dev)
    return chart


def draw_rendered_chart(chart: Chart, painter: QPainter, dev: QRectF) -> None:
    """Draw a chart that :func:`render_chart` built again, into ``dev`` (device coordinates, the
    same size it was built for): the same picture, without building the plot anew."""
    view = chart._view
    painter.save()
    scene = view.scene()
    items = [it for it in scene.items() if hasattr(it, "setExportMode")]
    try:
        painter.resetTransform()
        painter.setViewTransformEnabled(False)
        painter.fillRect(dev, WHITE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        opts = {"antialias": True, "background": WHITE, "painter": painter, "resolutionScale": 1.0}
        for it in items:
            it.setExportMode(True, opts)
        scene.render(painter, dev, QRectF(0, 0, dev.width(), dev.height()),
                     Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        for it in items:
            it.setExportMode(False)
        painter.restore()


def chart_image(dataset: Dataset, unit: Unit, series: Series, width: float = 800, height: float = 500,
                scale: float = 2.0,
                view_range: tuple[tuple[float, float], tuple[float, float]] | None = None) -> QImage:
    """The chart as an image of ``width × height`` logical pixels at ``scale`` (2 → 1600×1000
    pixels, 192 dpi): for the clipboard, PNG files and previews."""
    w, h = int(round(width * scale)), int(round(height * scale))
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    dpm = int(round(96 * scale / 0.0254))
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(WHITE)
    painter = QPainter(img)
    try:
        render_chart(dataset, unit, series, painter, QRectF(0, 0, w, h),
                     ChartOptions(width=width, height=height, scale=scale, interactive=False),
                     view_range)
    finally:
        painter.end()
    return img


def charts_for(dataset: Dataset, unit: Unit) -> tuple[Unit | None, tuple[Series, ...]]:
    """The unit whose charts stand for ``unit`` (itself or its nearest ancestor with series)."""
    owner = dataset.series_owner(unit)
    return owner, (owner.series if owner is not None else ())
