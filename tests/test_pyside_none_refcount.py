"""Regression: PySide6-Essentials 6.12.0 on CPython 3.11 drops a reference to None on every call
of a method that returns nothing, until the process dies ("Fatal Python error: none_dealloc").
pyproject.toml pins PySide6-Essentials below 6.12 on Python < 3.12; this test holds that line."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject
    obj = QObject()
    for _ in range(100):  # warm up caches before measuring
        obj.setObjectName("x")
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName("x")
        obj.setProperty("p", i)
    after = sys.getrefcount(None)
    print(before - after)
""")


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None is immortal on Python 3.12+: its reference count cannot drop")
def test_methods_returning_nothing_keep_none_alive():
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lost = int(proc.stdout.strip())
    # 20,000 calls: the faulty build loses 20,000 references; a sound one loses none.
    assert abs(lost) < 50, f"None lost {lost} references over 20,000 calls"
