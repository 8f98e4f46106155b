"""The detail pane: everything the data says about one unit, as selectable, copyable text.

Name, kind, official code and a clickable path up the tree; each figure with its date, its
qualifier written out ("trên 2.000") and its source (hover a source for its title, publisher,
date and link or file; click it for a dialog); roll-ups from child units, with a warning where
they disagree with the unit's own figure; counts of child units by kind; documents; notes.

:func:`unit_html` builds the page from domain objects only; the widget shows it and turns link
clicks into signals (``unit:ID`` → :attr:`DetailPane.unitActivated`, ``source:ID`` →
:attr:`DetailPane.sourceActivated`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolTip, QWidget

from .. import vocab
from ..domain import KNOWN_MEASURES, Dataset, Kind, Qualifier, Source, Unit, Value, rollup
from ..qt_plain import set_enum_props

translate = QCoreApplication.translate

# The measures every unit row shows, reported or not (the tree's figure columns).
MAIN_MEASURES = ("members", "cells", "grassroots_organisations")
KIND_ORDER = (Kind.PROVINCE, Kind.DISTRICT, Kind.BLOC, Kind.SUBORDINATE, Kind.COMMUNE, Kind.WARD,
              Kind.TOWNSHIP, Kind.GRASSROOTS, Kind.CELL, Kind.GROUP)
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_ESCAPED_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str, quote: bool = True) -> str:
    """What ``html.escape`` gives, without importing :mod:`html`: its table of entities (for
    unescaping, never needed here) is ~1 ms of every start."""
    return text.translate(_ESCAPED if quote else _ESCAPED_TEXT)


WARNING_COLOUR = "#a31515"
MUTED_COLOUR = "#5f6368"



# A data file comes from anywhere: a source's file may be opened only if it is a document
# beside the data file (a bare name, never a path), and a link only if it is a web address.
DOCUMENT_SUFFIXES = frozenset({".txt", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods",
                               ".csv", ".yaml", ".yml", ".html", ".htm", ".png", ".jpg", ".jpeg"})
WEB_SCHEMES = ("http", "https")


def source_file_path(dataset: Dataset | None, source: Source) -> Path | None:
    """A source's file beside the data file, if it is a document there; None otherwise."""
    name = source.file
    if not name or "/" in name or "\\" in name or name in (".", "..") or ":" in name:
        return None
    if Path(name).suffix.lower() not in DOCUMENT_SUFFIXES or dataset is None or not dataset.file:
        return None
    path = Path(dataset.file).resolve().parent / name
    return path if path.is_file() else None


def source_details_html(dataset: Dataset | None, source: Source) -> str:
    """Title, publisher, date and link or file of a source, as rich text."""
    rows = [f"<b>{escape(source.title)}</b>"]
    if source.publisher:
        rows.append(translate("DetailPane", "Publisher: %1").replace("%1", escape(source.publisher)))
    if source.date:
        rows.append(translate("DetailPane", "Date: %1").replace("%1", escape(source.date)))
    if source.url:
        if QUrl(source.url).scheme().lower() in WEB_SCHEMES:
            url = escape(source.url, quote=True)
            shown = f'<a href="{url}">{escape(source.url)}</a>'
        else:
            shown = escape(source.url)  # not a web address: shown, never opened
        rows.append(translate("DetailPane", "Link: %1").replace("%1", shown))
    if source.file:
        found = source_file_path(dataset, source)
        if found is not None:
            link = escape(QUrl.fromLocalFile(str(found)).toString(), quote=True)
            shown = f'<a href="{link}">{escape(source.file)}</a>'
        else:
            shown = escape(source.file) + " " + escape(translate("DetailPane", "(the file is not beside the data file)"))
        rows.append(translate("DetailPane", "File: %1").replace("%1", shown))
    if source.note:
        rows.append(f"<i>{escape(source.note)}</i>")
    rows.append(f'<span style="color:{MUTED_COLOUR}">'
                + escape(translate("DetailPane", "Source id: %1").replace("%1", source.id)) + "</span>")
    return "<br>".join(rows)


class _Citations:
    """Numbers the sources cited on one page: [1], [2], … in order of first use."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.order: list[Source] = []

    def cite(self, source_id: str | None) -> str:
        source = self.dataset.source(source_id)
        if source is None:
            none = translate("DetailPane", "no source")  # (lupdate does not look inside f-strings)
            return f'<span style="color:{WARNING_COLOUR}">{escape(none)}</span>'
        if source not in self.order:
            self.order.append(source)
        n = self.order.index(source) + 1
        title = source.title if len(source.title) <= 40 else source.title[:38].rstrip() + "…"
        return f'<a href="source:{escape(source.id, quote=True)}">[{n}] {escape(title)}</a>'


def main_measures(kind: Kind) -> tuple[str, ...]:
    """The figures a unit's page lists even when they are not reported ("chưa có số liệu"):
    only those a unit of its kind can have. A commune has cells but no grassroots
    organisations below it; a cell has neither."""
    if kind.rank >= Kind.CELL.rank:
        return MAIN_MEASURES[:1]
    if kind.rank >= Kind.COMMUNE.rank:
        return MAIN_MEASURES[:2]
    return MAIN_MEASURES


def _figure_rows(dataset: Dataset, unit: Unit, cite: _Citations) -> list[str]:
    measures = list(main_measures(unit.kind))
    measures += [m for m in KNOWN_MEASURES if m in unit.figures and m not in measures]
    measures += [m for m in unit.figures if m not in measures]
    rows = []
    for measure in measures:
        label = escape(vocab.measure_label(measure, dataset))
        values: tuple[Value, ...] = unit.figures.get(measure, ())
        if not values:
            rows.append(f'<tr><td>{label}</td><td colspan="3" style="color:{MUTED_COLOUR}">'
                        f"{escape(vocab.not_reported())}</td></tr>")
            continue
        for i, v in enumerate(reversed(values)):  # latest first
            figure = f"<b>{escape(vocab.figure_text(v))}</b>"
            if v.note:
                figure += f'<br><small style="color:{MUTED_COLOUR}">{escape(v.note)}</small>'
            rows.append(f"<tr><td>{label if i == 0 else ''}</td><td>{figure}</td>"
                        f"<td>{escape(vocab.period_text(v.as_of))}</td>"
                        f"<td>{cite.cite(v.source)}</td></tr>")
    return rows


def _rollup_rows(dataset: Dataset, unit: Unit) -> list[str]:
    reported: dict[str, None] = {}
    for child in unit.children:
        for m in child.figures:
            reported.setdefault(m, None)
    rows = []
    for measure in reported:
        r = rollup(unit, measure)
        if r is None:
            continue
        if r.uncertain:  # some child is an upper bound or approximate
            total = vocab.qualified_text(r.total, Qualifier.APPROX)
        elif r.lower_bound:
            total = vocab.qualified_text(r.total, Qualifier.AT_LEAST)
        else:
            total = vocab.number_text(r.total)
        coverage = translate("DetailPane", "%1 of %2 child units report it").replace(
            "%1", vocab.number_text(r.reporting)).replace("%2", vocab.number_text(r.children))
        if r.period is not None:
            coverage = f"{vocab.period_text(r.period)}: {coverage}"
        if r.own is None:
            verdict = escape(translate("DetailPane", "this unit reports no figure of its own"))
        elif r.disagrees:
            verdict = (f'<span style="color:{WARNING_COLOUR}"><b>⚠ '
                       + escape(translate("DetailPane", "disagrees with this unit's own figure (%1)")
                                .replace("%1", vocab.figure_text(r.own))) + "</b></span>")
        else:
            verdict = escape(translate("DetailPane", "consistent with this unit's own figure (%1)")
                             .replace("%1", vocab.figure_text(r.own)))
        rows.append(f"<tr><td>{escape(vocab.measure_label(measure, dataset))}</td>"
                    f"<td><b>{escape(total)}</b></td><td>{escape(coverage)}</td>"
                    f"<td>{verdict}</td></tr>")
    return rows


def _counts_text(counts: dict[Kind, int]) -> str:
    return ", ".join(f"{vocab.number_text(counts[k])} {vocab.kind_plural(k)}"
                     for k in KIND_ORDER if counts.get(k))


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _table(rows: list[str], headers: list[str]) -> str:
    head = "".join(f"<th align=\"left\">{escape(h)}</th>" for h in headers)
    return ('<table cellspacing="0" cellpadding="3">'
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def unit_html(dataset: Dataset, unit: Unit) -> str:
    """The detail page of a unit, as HTML for a QTextBrowser."""
    cite = _Citations(dataset)
    parts: list[str] = []

    crumbs = [f'<a href="unit:{escape(u.id, quote=True)}">{escape(u.name)}</a>'
              for u in unit.path()[:-1]]
    crumbs.append(escape(unit.name))
    parts.append(f'<p style="color:{MUTED_COLOUR}">' + " › ".join(crumbs) + "</p>")
    parts.append(f"<h2>{escape(unit.name)}</h2>")

    facts = [escape(vocab.kind_label(unit.kind))]
    if unit.code:
        facts.append(escape(translate("DetailPane", "Official code: %1").replace("%1", unit.code)))
    if unit.source:
        facts.append(escape(translate("DetailPane", "Listed in:")) + " " + cite.cite(unit.source))
    parts.append("<p>" + " · ".join(facts) + "</p>")
    if unit.count is not None:
        parts.append("<p><i>" + escape(translate("DetailPane", 
            "This entry stands for %1 units that the sources count but do not name.")
            .replace("%1", vocab.number_text(unit.count))) + "</i></p>")

    parts.append(_heading(translate("DetailPane", "Figures")))
    parts.append(_table(_figure_rows(dataset, unit, cite), vocab.figure_headers()[:4]))

    if unit.children:
        parts.append(_heading(translate("DetailPane", "Added up from the child units")))
        rows = _rollup_rows(dataset, unit)
        if rows:
            parts.append(_table(rows, [vocab.figure_headers()[0], translate("DetailPane", "Sum"), translate("DetailPane", "Coverage"),
                                       translate("DetailPane", "Compared with the unit's own figure")]))
        else:
            parts.append(f'<p style="color:{MUTED_COLOUR}">'
                         + escape(translate("DetailPane", "No child unit reports a figure, so nothing can be added up."))
                         + "</p>")
        parts.append(_heading(translate("DetailPane", "Units below")))
        direct = unit.child_counts()
        parts.append("<p>" + escape(translate("DetailPane", "Directly under this unit: %1").replace(
            "%1", _counts_text(direct))) + "</p>")
        below = dataset.count_below(unit)
        if below != direct:
            parts.append("<p>" + escape(translate("DetailPane", "At all levels below: %1").replace(
                "%1", _counts_text(below))) + "</p>")

    if unit.documents:
        parts.append(_heading(translate("DetailPane", "Documents")))
        items = []
        for d in unit.documents:
            line = f"<b>{escape(d.number)}</b>"
            if d.date is not None:
                line += " " + escape(translate("DetailPane", "of %1").replace("%1", vocab.period_text(d.date)))
            if d.issuer:
                line += f" ({escape(d.issuer)})"
            if d.title:
                line += f": {escape(d.title)}"
            if d.note:
                line += f'<br><small style="color:{MUTED_COLOUR}">{escape(d.note)}</small>'
            if d.source:
                line += " — " + cite.cite(d.source)
            items.append(f"<li>{line}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")

    if unit.notes:
        parts.append(_heading(translate("DetailPane", "Notes")))
        parts.append("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in unit.notes) + "</ul>")

    if cite.order:
        parts.append(_heading(translate("DetailPane", "Sources")))
        items = [f'<li><a name="src-{escape(s.id, quote=True)}"></a>'
                 f"{source_details_html(dataset, s)}</li>" for s in cite.order]
        parts.append("<ol>" + "".join(items) + "</ol>")
    return "".join(parts)


def message_html(text: str, hint: str = "") -> str:
    body = f"<p>{escape(text)}</p>"
    if hint:
        body += f'<p style="color:{MUTED_COLOUR}">{escape(hint)}</p>'
    return body


def figures_table_mime(dataset: Dataset, unit: Unit) -> QMimeData:
    """HTML and tab-separated text of the unit's figures (measure, figure, as of, source, note)."""
    from ..printing import figure_rows

    headers = vocab.figure_headers()
    rows = [list(r) for r in figure_rows(dataset, unit)]
    previous = ""
    for r in rows:  # in a spreadsheet every row names its measure
        if not r[0]:
            r[0] = previous
        previous = r[0]
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    mime = QMimeData()
    mime.setHtml(f"<table border=\"1\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    mime.setText("\r\n".join("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r)
                              for r in [headers, *rows]) + "\r\n")
    return mime


class DetailPane(QTextBrowser):
    """Shows one unit (:meth:`show_unit`); clicking a path element or a source emits a signal."""

    unitActivated = Signal(str)
    sourceActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._unit: Unit | None = None
        self._html: str | None = None  # the page shown
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_hover)
        self._render()

    @property
    def unit(self) -> Unit | None:
        return self._unit

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self._unit = None
        self._render()

    def show_unit(self, unit: Unit | None) -> None:
        self._unit = unit
        self._render()

    def retranslate_ui(self) -> None:
        self._render()

    def _render(self) -> None:
        if self._dataset is None:
            html = message_html(
                translate("DetailPane", "No data is open."),
                translate("DetailPane", "Open a data file with File → Open (Ctrl+O), or drop one onto the window."))
        elif self._unit is None:
            html = message_html(translate("DetailPane", "Select a unit in the tree to see its figures."))
        else:
            html = unit_html(self._dataset, self._unit)
        if html == self._html:
            return  # the same page (a start asks for the empty page three times): kept as it is
        self._html = html
        # setHtml() first empties the page, which hides the vertical scroll bar, then fills it,
        # which shows the bar again: each change of the page's width lays the whole page out
        # anew (a unit's page twice, 9 ms instead of 4). The bar stays put meanwhile; left to
        # itself again, it hides when the new page is short (the short page is laid out again).
        set_enum_props(self, verticalScrollBarPolicy="ScrollBarAlwaysOn")
        self.setHtml(html)
        set_enum_props(self, verticalScrollBarPolicy="ScrollBarAsNeeded")

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        menu = self.createStandardContextMenu(event.pos())
        if self._dataset is not None and self._unit is not None and self._unit.figures:
            menu.addSeparator()
            act = menu.addAction(translate("DetailPane", "Copy the figures table"))
            act.triggered.connect(self.copy_figures_table)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def copy_figures_table(self) -> None:
        """The unit's figures as a table on the clipboard: HTML (pastes as a table into Word)
        and tab-separated text (pastes into Excel's cells)."""
        if self._dataset is None or self._unit is None:
            return
        QApplication.clipboard().setMimeData(figures_table_mime(self._dataset, self._unit))

    def _on_anchor(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "unit":
            self.unitActivated.emit(target)
        elif scheme == "source":
            self.sourceActivated.emit(target)
        elif scheme in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        elif scheme == "file" and Path(url.toLocalFile()).suffix.lower() in DOCUMENT_SUFFIXES:
            QDesktopServices.openUrl(url)

    def _on_hover(self, url: QUrl) -> None:
        if url.scheme() == "source" and self._dataset is not None:
            source = self._dataset.source(url.path())
            if source is not None:
                QToolTip.showText(QCursor.pos(), source_details_html(self._dataset, source), self)
                return
        QToolTip.hideText()
