"""Badges for kinds of unit: a coloured label with a letter or two ("H" for huyện, "X" for xã).

Painted, not loaded from files: crisp at any screen scale (a pixmap is drawn for 1×, 1.5×, 2× and
3× screens) and the letters follow the interface language. Each kind has its own colour, so a
kind is recognisable without reading the letters.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from ..domain import Kind
from ..qt_plain import ALIGN_CENTER

translate = QCoreApplication.translate

BADGE_SIZE = QSize(22, 16)

_COLOURS = {
    Kind.PROVINCE: "#b3261e",
    Kind.DISTRICT: "#1f5fa8",
    Kind.BLOC: "#6a3d9a",
    Kind.SUBORDINATE: "#5c5c8a",
    Kind.COMMUNE: "#2e7d32",
    Kind.WARD: "#00796b",
    Kind.TOWNSHIP: "#b35c00",
    Kind.GRASSROOTS: "#6d4c41",
    Kind.CELL: "#546e7a",
    Kind.GROUP: "#78909c",
}


def badge_letters(kind: Kind) -> str:
    return {
        Kind.PROVINCE: translate("KindBadge", "P", "badge: province (tỉnh)"),
        Kind.DISTRICT: translate("KindBadge", "D", "badge: district (huyện)"),
        Kind.BLOC: translate("KindBadge", "B", "badge: bloc (khối)"),
        Kind.SUBORDINATE: translate("KindBadge", "S", "badge: other subordinate organisation"),
        Kind.COMMUNE: translate("KindBadge", "C", "badge: commune (xã)"),
        Kind.WARD: translate("KindBadge", "W", "badge: ward (phường)"),
        Kind.TOWNSHIP: translate("KindBadge", "T", "badge: township (thị trấn)"),
        Kind.GRASSROOTS: translate("KindBadge", "G", "badge: other grassroots organisation"),
        Kind.CELL: translate("KindBadge", "Ce", "badge: party cell (chi bộ)"),
        Kind.GROUP: translate("KindBadge", "Gr", "badge: party group (tổ đảng)"),
    }[kind]


def badge_colour(kind: Kind) -> QColor:
    return QColor(_COLOURS[kind])


def _solid(colour: QColor) -> QBrush:
    """A brush of one colour. Made from a pixmap of that colour, not with ``QBrush(colour)``:
    a call that takes a colour (``QBrush(QColor)``, ``setPen(QColor)``…) has overloads that take
    a ``Qt.GlobalColor`` or ``Qt.BrushStyle``, and choosing among them makes PySide6 create the
    ``Qt`` namespace's enums, which the start does not (see viewer.qt_plain)."""
    tile = QPixmap(8, 8)
    tile.fill(colour)
    return QBrush(tile)


def _clear(scale: float) -> QPixmap:
    """A transparent pixmap of a badge's size for a ``scale``× screen."""
    pixmap = QPixmap(round(BADGE_SIZE.width() * scale), round(BADGE_SIZE.height() * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(QColor(0, 0, 0, 0))
    return pixmap


def _paint(kind: Kind, letters: str, scale: float) -> QPixmap:
    w, h = BADGE_SIZE.width(), BADGE_SIZE.height()
    whole = QPainterPath()
    whole.addRect(QRectF(0, 0, w, h))
    # The letters: drawn with the painter's own (black) pen, then made white where they are,
    # for the reason _solid() gives (setPen(QColor) would choose among overloads).
    text = _clear(scale)
    painter = QPainter(text)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(9 if len(letters) > 1 else 10)
        painter.setFont(font)
        painter.drawText(QRectF(0, 1, w, h - 2), ALIGN_CENTER, letters)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillPath(whole, _solid(QColor("white")))
    finally:
        painter.end()
    badge = _clear(scale)
    painter = QPainter(badge)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shape = QPainterPath()
        shape.addRoundedRect(QRectF(0.5, 1.5, w - 1.0, h - 3.0), 3.0, 3.0)
        painter.fillPath(shape, _solid(badge_colour(kind)))  # filled, no outline
        painter.drawPixmap(0, 0, text)
    finally:
        painter.end()
    return badge


class KindBadges:
    """Icons per kind for the current language; :meth:`clear` after a language switch."""

    def __init__(self) -> None:
        self._icons: dict[Kind, QIcon] = {}

    def clear(self) -> None:
        self._icons.clear()

    def icon(self, kind: Kind) -> QIcon:
        found = self._icons.get(kind)
        if found is None:
            found = QIcon()
            letters = badge_letters(kind)
            for scale in (1.0, 1.5, 2.0, 3.0):
                pixmap = _paint(kind, letters, scale)
                found.addPixmap(pixmap)
                # On a selected row too the badge keeps its colour (no selection tint).
                found.addPixmap(pixmap, QIcon.Mode.Selected)
            self._icons[kind] = found
        return found
