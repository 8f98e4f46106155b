"""Badges for kinds of unit: a coloured label with a letter or two ("H" for huyện, "X" for xã).

Painted, not loaded from files: crisp at any screen scale (a pixmap is drawn for 1×, 1.5×, 2× and
3× screens) and the letters follow the interface language. Each kind has its own colour, so a
kind is recognisable without reading the letters.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..domain import Kind

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


def _paint(kind: Kind, letters: str, scale: float) -> QPixmap:
    w, h = BADGE_SIZE.width(), BADGE_SIZE.height()
    pixmap = QPixmap(round(w * scale), round(h * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge_colour(kind))
        painter.drawRoundedRect(QRectF(0.5, 1.5, w - 1.0, h - 3.0), 3.0, 3.0)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(9 if len(letters) > 1 else 10)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 1, w, h - 2), Qt.AlignmentFlag.AlignCenter, letters)
    finally:
        painter.end()
    return pixmap


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
