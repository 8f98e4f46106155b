"""Paints the name column with the searched text highlighted (also where the match ignored
diacritics: "dinh lap" highlights "Đình Lập")."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..models.search import match_span

HIGHLIGHT = QColor("#ffd54f")
HIGHLIGHT_TEXT = QColor("#000000")


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = ""
        self._spans: dict[str, tuple[int, int] | None] = {}  # by text, for the current query

    def set_query(self, query: str) -> None:
        if query != self.query:
            self._spans.clear()
        self.query = query

    def _span(self, text: str) -> tuple[int, int] | None:
        """Where the query matches ``text``: worked out once per name and query, not at every
        repaint (a frame of a searched tree paints dozens of names)."""
        try:
            return self._spans[text]
        except KeyError:
            if len(self._spans) > 10_000:
                self._spans.clear()
            span = self._spans[text] = match_span(text, self.query)
            return span

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if not self.query:  # the search was cleared: the view's own painting, unchanged
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        span = self._span(text) if text else None
        if span is None:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = text_rect.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        try:
            painter.setClipRect(rect)
            painter.setFont(opt.font)
            metrics = opt.fontMetrics
            start, end = span
            parts = (text[:start], text[start:end], text[end:])
            x = rect.left()
            for i, part in enumerate(parts):
                if not part:
                    continue
                width = metrics.horizontalAdvance(part)
                box = QRect(x, rect.top(), width, rect.height())
                if i == 1:
                    painter.fillRect(box.adjusted(0, 1, 0, -1), HIGHLIGHT)
                    painter.setPen(HIGHLIGHT_TEXT)
                else:
                    painter.setPen(opt.palette.color(role))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 part)
                x += width
        finally:
            painter.restore()
