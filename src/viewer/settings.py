"""Typed reads of the user's settings that never fail: a setting that is missing, damaged or of
the wrong type gives the default (a corrupt settings file must never stop the app starting)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings


def _raw(key: str, default: Any, kind: type | None = None) -> Any:
    try:
        s = QSettings()
        return s.value(key, default, kind) if kind is not None else s.value(key, default)
    except (TypeError, ValueError, RuntimeError):
        return default


def read_bytes(key: str) -> QByteArray:
    value = _raw(key, QByteArray(), QByteArray)
    return value if isinstance(value, QByteArray) else QByteArray()


def read_str(key: str, default: str = "") -> str:
    value = _raw(key, default)
    return value if isinstance(value, str) else default


def read_int(key: str, default: int, lowest: int, highest: int) -> int:
    value = _raw(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if lowest <= number <= highest else default


def read_str_list(key: str) -> list[str]:
    value = _raw(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    return [v for v in value if isinstance(v, str) and v]
