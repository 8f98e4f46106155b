"""The words every view shares, translated: kinds of unit, measures, qualifiers, periods,
and the formatting of figures in the interface language.

Views never format a figure themselves: they call :func:`figure_text` so that a bound stays a
bound ("trên 2.000") and an unknown figure reads "chưa có số liệu", everywhere alike.
Numbers and dates follow ``QLocale()`` (the default locale, set from the interface language by
:class:`viewer.i18n.Language`), never the system locale.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from .domain import Dataset, Kind, Period, Qualifier, Value

# lupdate finds strings in calls of ``translate("Context", "text")`` with a literal context.
translate = QCoreApplication.translate


def app_name() -> str:
    """The program's name as users read it."""
    return translate("Vocabulary", "Lạng Sơn Party organisation viewer")


def figure_headers() -> list[str]:
    """The columns of every figures table (detail pane, report, copied table): measure, figure,
    as of, source, note."""
    return [translate("Vocabulary", "Measure"), translate("Vocabulary", "Figure"),
            translate("Vocabulary", "As of"), translate("Vocabulary", "Source"),
            translate("Vocabulary", "Note")]


def not_reported() -> str:
    """What an unknown figure reads as ("chưa có số liệu")."""
    return translate("Vocabulary", "not reported")


def kind_label(kind: Kind) -> str:
    return {
        Kind.PROVINCE: translate("Vocabulary", "Provincial Party organisation"),
        Kind.DISTRICT: translate("Vocabulary", "District-level Party organisation"),
        Kind.BLOC: translate("Vocabulary", "Bloc or agency Party organisation"),
        Kind.SUBORDINATE: translate("Vocabulary", "Subordinate Party organisation"),
        Kind.COMMUNE: translate("Vocabulary", "Commune Party organisation"),
        Kind.WARD: translate("Vocabulary", "Ward Party organisation"),
        Kind.TOWNSHIP: translate("Vocabulary", "Township Party organisation"),
        Kind.GRASSROOTS: translate("Vocabulary", "Grassroots Party organisation"),
        Kind.CELL: translate("Vocabulary", "Party cell"),
        Kind.GROUP: translate("Vocabulary", "Party group"),
    }[kind]


def kind_short(kind: Kind) -> str:
    """A short label for a tree column or a badge."""
    return {
        Kind.PROVINCE: translate("Vocabulary", "province"),
        Kind.DISTRICT: translate("Vocabulary", "district"),
        Kind.BLOC: translate("Vocabulary", "bloc"),
        Kind.SUBORDINATE: translate("Vocabulary", "subordinate"),
        Kind.COMMUNE: translate("Vocabulary", "commune"),
        Kind.WARD: translate("Vocabulary", "ward"),
        Kind.TOWNSHIP: translate("Vocabulary", "township"),
        Kind.GRASSROOTS: translate("Vocabulary", "grassroots"),
        Kind.CELL: translate("Vocabulary", "cell"),
        Kind.GROUP: translate("Vocabulary", "group"),
    }[kind]


def kind_plural(kind: Kind) -> str:
    """For counts of child units by kind ("207 đảng bộ xã")."""
    return {
        Kind.PROVINCE: translate("Vocabulary", "provincial organisations"),
        Kind.DISTRICT: translate("Vocabulary", "district-level organisations"),
        Kind.BLOC: translate("Vocabulary", "bloc or agency organisations"),
        Kind.SUBORDINATE: translate("Vocabulary", "other subordinate organisations"),
        Kind.COMMUNE: translate("Vocabulary", "commune organisations"),
        Kind.WARD: translate("Vocabulary", "ward organisations"),
        Kind.TOWNSHIP: translate("Vocabulary", "township organisations"),
        Kind.GRASSROOTS: translate("Vocabulary", "other grassroots organisations"),
        Kind.CELL: translate("Vocabulary", "party cells"),
        Kind.GROUP: translate("Vocabulary", "party groups"),
    }[kind]


_MEASURES = {
    "members": lambda: translate("Vocabulary", "Party members"),
    "cells": lambda: translate("Vocabulary", "Party cells"),
    "grassroots_organisations": lambda: translate("Vocabulary", "Grassroots Party organisations"),
    "subordinate_committees": lambda: translate("Vocabulary", "Subordinate Party organisations"),
    "commune_committees": lambda: translate("Vocabulary", "Commune Party organisations"),
    "ward_committees": lambda: translate("Vocabulary", "Ward Party organisations"),
    "township_committees": lambda: translate("Vocabulary", "Township Party organisations"),
    "villages_without_cell": lambda: translate("Vocabulary", "Villages without a Party cell"),
    "new_cells_in_villages": lambda: translate("Vocabulary", "Party cells formed in villages without one"),
    "members_admitted": lambda: translate("Vocabulary", "Members admitted"),
    "grassroots_assessed": lambda: translate("Vocabulary", "Grassroots organisations assessed"),
    "subordinate_congresses_held": lambda: translate("Vocabulary", "Subordinate organisations that held their congress"),
}


def measure_label(measure: str, dataset: Dataset | None = None) -> str:
    """The translated label of a measure the app knows, else the data file's own label."""
    known = _MEASURES.get(measure)
    if known is not None:
        return known()
    if dataset is not None:
        return dataset.measure_label(measure)
    return measure


def qualifier_label(q: Qualifier) -> str:
    return {
        Qualifier.EXACT: translate("Vocabulary", "exact"),
        Qualifier.MORE_THAN: translate("Vocabulary", "more than"),
        Qualifier.AT_LEAST: translate("Vocabulary", "at least"),
        Qualifier.LESS_THAN: translate("Vocabulary", "less than"),
        Qualifier.AT_MOST: translate("Vocabulary", "at most"),
        Qualifier.APPROX: translate("Vocabulary", "about"),
    }[q]


def number_text(value: int | float) -> str:
    """A figure in the interface language: 53.538 (vi) or 53,538 (en). Never rounded."""
    loc = QLocale()
    if isinstance(value, int):
        if abs(value) < 2**63:
            return loc.toString(value)
        # Beyond a 64-bit integer (the loader refuses such figures, but a view must not crash):
        # group the digits ourselves.
        digits = f"{abs(value):,}".replace(",", loc.groupSeparator())
        return ("-" if value < 0 else "") + digits
    # A decimal as the data wrote it: the shortest digits that give it back (never an exponent,
    # never rounded to zero), with the interface language's separators.
    from decimal import Decimal

    digits = format(Decimal(repr(float(value))), "f")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return loc.toString(float(value), "f", decimals)


def qualified_text(value: int | float, qualifier: Qualifier) -> str:
    """"trên 2.000" / "more than 2,000"; an exact value is just the number."""
    n = number_text(value)
    if qualifier is Qualifier.EXACT:
        return n
    return {
        Qualifier.MORE_THAN: translate("Vocabulary", "more than %1"),
        Qualifier.AT_LEAST: translate("Vocabulary", "at least %1"),
        Qualifier.LESS_THAN: translate("Vocabulary", "less than %1"),
        Qualifier.AT_MOST: translate("Vocabulary", "at most %1"),
        Qualifier.APPROX: translate("Vocabulary", "about %1"),
    }[qualifier].replace("%1", n)


def compact_text(value: int | float, qualifier: Qualifier) -> str:
    """For narrow places (tree cells, bar labels): "> 2.000", "≥ 2.000", "≈ 1.500"."""
    n = number_text(value)
    return n if qualifier is Qualifier.EXACT else f"{qualifier.symbol} {n}"


def per_text(per: str) -> str:
    """The rate words: "a year" / "mỗi năm"; empty when the value is not a rate."""
    if not per:
        return ""
    return {
        "year": translate("Vocabulary", "a year"),
        "quarter": translate("Vocabulary", "a quarter"),
        "month": translate("Vocabulary", "a month"),
    }[per]


def figure_text(value: Value | None) -> str:
    """A value with its qualifier and rate ("trên 2.000 mỗi năm"), or "not reported"."""
    if value is None:
        return not_reported()
    text = qualified_text(value.value, value.qualifier)
    return f"{text} {per_text(value.per)}" if value.per else text


def period_text(period: Period | None) -> str:
    """A period in the interface language: "31/03/2010" (vi) / "31 Mar 2010" (en), "quý I/2010",
    "2010–2013", "2013"."""
    if period is None:
        return ""
    text = period.text
    if len(text) == 10:  # a date
        y, m, d = (int(p) for p in text.split("-"))
        return date_text(QDate(y, m, d))
    if "-Q" in text:
        y, q = text.split("-Q")
        # %1: the quarter in digits, %3: in Roman numerals ("quý I/2010"), %2: the year.
        roman = ("I", "II", "III", "IV")[int(q) - 1]
        pattern = translate("Vocabulary", "Q%1 %2", "quarter (%1 digits, %3 Roman numerals), year %2")
        return pattern.replace("%1", q).replace("%2", y).replace("%3", roman)
    if len(text) == 7:  # a month
        y, m = (int(p) for p in text.split("-"))
        return QLocale().toString(QDate(y, m, 1), translate("Vocabulary", "MM/yyyy", "month format"))
    return text


def date_text(date: QDate) -> str:
    """A calendar date in the interface language: 05/02/2014."""
    return QLocale().toString(date, translate("Vocabulary", "dd/MM/yyyy", "date format"))


def as_of_text(value: Value) -> str:
    """"as of 2013" / "tính đến 31/03/2010"."""
    if value.as_of is None:
        return ""
    return translate("Vocabulary", "as of %1").replace("%1", period_text(value.as_of))


def sources_text(dataset: Dataset, source_ids, with_ids: bool = False) -> str:
    """"Nguồn: title (publisher, date); …" for the given source ids ("S1: title (…)" with
    ``with_ids``, where a table beside it cites the ids); empty when there are none."""
    parts = []
    for sid in source_ids:
        src = dataset.source(sid)
        if src is None:
            parts.append(sid)
            continue
        extra = ", ".join(x for x in (src.publisher, src.date) if x)
        text = f"{src.title} ({extra})" if extra else src.title
        parts.append(f"{sid}: {text}" if with_ids else text)
    return translate("Vocabulary", "Source: %1").replace("%1", "; ".join(parts)) if parts else ""
