"""Search by name without diacritics, or by official code.

"lang son" finds "Lạng Sơn", "dinh lap" finds "Đình Lập" ("đ" and "d" alike), "06019" finds the
unit with that code. Every unit's name and code is folded once per dataset into a list of keys
(:class:`SearchIndex`); a keystroke then only folds the query and scans that list, so a search of
100,000 units costs a few milliseconds of plain substring tests.

No Qt here: this is plain text matching over the domain tree.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from ..domain import Dataset, Unit

# Combining marks (Vietnamese tones and the circumflex, breve and horn all live in U+0300–U+036F)
# are dropped after NFD decomposition; "đ"/"Đ" have no decomposition and are mapped by hand.
_STRIP = {cp: None for cp in range(0x0300, 0x0370)}
_STRIP.update({ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"})


def fold(text: str) -> str:
    """Lower case, without diacritics, with runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFD", text).translate(_STRIP).casefold().split())


def fold_all(texts: list[str], piece: int = 5_000) -> list[str]:
    """``fold`` of many texts. Names repeat ("Chi bộ thôn 1" in every commune): each distinct
    one is folded once, ``piece`` of them at a time joined by NUL in one NFD, translate and
    casefold (a piece is short enough that another thread is never kept waiting long)."""
    distinct = list(dict.fromkeys(texts))
    memo: dict[str, str] = {}
    for start in range(0, len(distinct), piece):
        chunk = distinct[start:start + piece]
        joined = "\0".join(chunk)
        if joined.count("\0") != len(chunk) - 1:  # a text with a NUL of its own (none in data)
            memo.update((t, fold(t)) for t in chunk)
            continue
        folded = unicodedata.normalize("NFD", joined).translate(_STRIP).casefold()
        memo.update(zip(chunk, [" ".join(part.split()) for part in folded.split("\0")]))
    return [memo[t] for t in texts]


def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFD", ch).translate(_STRIP).casefold()


def match_span(text: str, query: str) -> tuple[int, int] | None:
    """Where a query matches in ``text``, as (start, end) character offsets of ``text`` itself
    (not of its folded form), for highlighting. None when it does not match."""
    folded_query = fold(query)
    if not folded_query:
        return None
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the index of its character in text
    for i, ch in enumerate(text):
        if ch.isspace():
            if folded and folded[-1] != " ":
                folded.append(" ")
                origin.append(i)
            continue
        for f in _fold_char(ch):
            folded.append(f)
            origin.append(i)
    at = "".join(folded).find(folded_query)
    if at < 0:
        return None
    end = at + len(folded_query) - 1
    return origin[at], origin[end] + 1


class SearchIndex:
    """Folded names and codes of every unit of a dataset, in tree (pre-order) order."""

    def __init__(self, dataset: Dataset | None) -> None:
        self.units: list[Unit] = list(dataset.units()) if dataset is not None else []
        names = fold_all([u.name for u in self.units])
        self._keys: list[str] = [
            f"{name}\n{u.code.casefold()}" if u.code else name for name, u in zip(names, self.units)
        ]

    def __len__(self) -> int:
        return len(self.units)

    def search(self, query: str) -> list[Unit]:
        """Units whose folded name or whose code contains the folded query, in tree order."""
        q = fold(query)
        if not q:
            return []
        return [u for key, u in zip(self._keys, self.units) if q in key]

    @staticmethod
    def with_ancestors(matches: Iterable[Unit]) -> set[Unit]:
        """The matches and every ancestor of each: the rows a filtered tree must keep."""
        keep: set[Unit] = set()
        for unit in matches:
            node: Unit | None = unit
            while node is not None and node not in keep:
                keep.add(node)
                node = node.parent
        return keep
