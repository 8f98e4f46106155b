"""A large file loads off the GUI thread: the window keeps running, the result arrives, and a
cancelled load leaves the data on screen unchanged."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    path.write_text(generate.to_yaml(generate.tree(15_000)), encoding="utf-8")
    from viewer.background import BACKGROUND_BYTES

    assert path.stat().st_size > BACKGROUND_BYTES
    return path


def test_a_large_file_loads_in_the_background(window, qtbot, big_file, monkeypatch, tmp_path):
    monkeypatch.setattr("viewer.background.cache_dir", lambda: str(tmp_path / "cache"))
    before = window.dataset
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    assert window.open_file(str(big_file))
    assert window.loading is not None and window.dataset is before  # not yet: it is loading
    qtbot.waitUntil(lambda: window.loading is None, timeout=120_000)
    timer.stop()
    assert window.dataset is not before and window.dataset.root.name == "Đảng bộ tỉnh (tổng hợp)"
    assert len(window.dataset) == generate.count_units(generate.tree(15_000))
    assert window.file == str(big_file)
    assert len(ticks) > 5  # the event loop kept running while the file loaded


def test_cancelling_keeps_the_data_on_screen(window, qtbot, big_file, monkeypatch, tmp_path):
    monkeypatch.setattr("viewer.background.cache_dir", lambda: None)
    before, file_before = window.dataset, window.file
    assert window.open_file(str(big_file))
    window.loading.cancel()
    qtbot.waitUntil(lambda: window.loading is None, timeout=60_000)
    assert window.dataset is before and window.file == file_before
    assert "big.yaml" in window.ui.status_bar.currentMessage()


def test_a_broken_large_file_reports_and_keeps_the_data(window, qtbot, big_file, monkeypatch, tmp_path):
    monkeypatch.setattr("viewer.background.cache_dir", lambda: None)
    broken = tmp_path / "broken.yaml"
    broken.write_text(big_file.read_text(encoding="utf-8").replace('kind: "cell"', 'kind: "cel"', 1),
                      encoding="utf-8")
    before = window.dataset
    assert window.open_file(str(broken))
    qtbot.waitUntil(lambda: window.loading is None, timeout=120_000)
    assert window.dataset is before
    assert window.problems_dialog.isVisible()


def test_the_worker_prepares_the_search_index_and_counts(qtbot, big_file, monkeypatch, tmp_path):
    """What visits every unit (the search index, the counts below the root) is worked out in
    the worker, and the dataset comes out of the collector's sight (long-lived)."""
    import gc

    from viewer.background import FileLoad
    from viewer.models import SearchIndex

    monkeypatch.setattr("viewer.background.cache_dir", lambda: None)
    gc.collect()
    frozen_before = gc.get_freeze_count()
    load = FileLoad(str(big_file))
    got = []
    load.finished.connect(lambda result, hit: got.append(result))
    try:
        load.start()
        qtbot.waitUntil(lambda: bool(got), timeout=120_000)
        ds = got[0].dataset
        assert load.index is not None and len(load.index) == len(ds)
        fresh = SearchIndex(ds)
        for query in ("chi bo thon 1", "tan tien", "zzz"):
            assert load.index.search(query) == fresh.search(query)
        assert ds.root in ds._below  # worked out already
        assert gc.get_freeze_count() >= frozen_before + len(ds)
        ds.release()
    finally:
        gc.unfreeze()


def test_the_dataset_replaced_is_released_and_the_load_let_go(window, qtbot, big_file, monkeypatch,
                                                              tmp_path):
    """Opening another file takes the previous dataset apart (a step per turn of the event
    loop) so that a settled, long-lived tree does not stay in memory; the finished load and its
    dialog are deleted."""
    import gc
    import shutil

    from PySide6.QtWidgets import QProgressDialog

    from viewer.background import FileLoad

    monkeypatch.setattr("viewer.background.cache_dir", lambda: None)
    other = tmp_path / "other.yaml"
    shutil.copy(big_file, other)
    try:
        assert window.open_file(str(big_file))
        qtbot.waitUntil(lambda: window.loading is None, timeout=120_000)
        first = window.dataset
        units = len(first)
        assert units > 10_000
        assert window.open_file(str(other))
        qtbot.waitUntil(lambda: window.loading is None, timeout=120_000)
        assert window.dataset is not first and len(window.dataset) == units
        qtbot.waitUntil(lambda: len(first) == 0, timeout=30_000)  # released
        assert window.dataset.root.children  # the one shown is whole
        qtbot.waitUntil(lambda: not window.findChildren(FileLoad), timeout=5_000)
        assert not window.findChildren(QProgressDialog)
        # The search runs on the new data, with the index the worker made (not one made on the
        # GUI thread at the first keystroke: some 30 ms for 100k units).
        assert window._search_index is not None and len(window._search_index) == units
        window.ui.search_bar.set_query("chi bo thon 12")
        window.apply_search()
        assert window.matches and all(window.dataset.find(u.id) is u for u in window.matches)
    finally:
        gc.unfreeze()


def test_threads_switch_quickly_while_a_worker_runs(qtbot, big_file, monkeypatch):
    """A repaint's many short calls into Python must not each wait 5 ms for the worker."""
    import sys

    from viewer.background import FileLoad

    monkeypatch.setattr("viewer.background.cache_dir", lambda: None)
    before = sys.getswitchinterval()
    load = FileLoad(str(big_file))
    got = []
    load.progressed.connect(lambda _: got.append(sys.getswitchinterval()))
    load.finished.connect(lambda result, hit: got.append("done"))
    load.start()
    qtbot.waitUntil(lambda: "done" in got, timeout=120_000)
    assert got[0] < 0.001  # quick while the worker read
    assert sys.getswitchinterval() == before  # back as it was once the worker is done
    # ... also after a cancel, and after a worker that failed
    for how in ("cancel", "fail"):
        load = FileLoad(str(big_file))
        ended = []
        load.finished.connect(lambda result, hit: ended.append(result))
        load.cancelled.connect(lambda: ended.append(None))
        if how == "fail":
            monkeypatch.setattr("viewer.background.load_cached", lambda *a, **k: 1 / 0)
        load.start()
        if how == "cancel":
            load.cancel()
        qtbot.waitUntil(lambda: bool(ended), timeout=120_000)
        qtbot.waitUntil(lambda: not load.thread.isRunning(), timeout=10_000)
        assert sys.getswitchinterval() == before, how
    import gc

    gc.unfreeze()


def test_a_replaced_dataset_waits_for_a_running_dialog(window, qtbot, monkeypatch):
    """A print, preview or export started before the new file arrived runs its own event loop
    and still uses the old dataset: it is taken apart only once no dialog runs."""
    from conftest import SMALL

    from viewer.loader import load_file

    old = load_file(SMALL).dataset
    units = len(old)

    class App:  # stands for QApplication, with a dialog running until told otherwise
        modal: object = object()

        @classmethod
        def activeModalWidget(cls):
            return cls.modal

    monkeypatch.setattr("viewer.main_window.QApplication", App)
    window._release_when_free(old)
    qtbot.wait(1300)
    assert len(old) == units and old.root is not None  # still waiting
    App.modal = None
    qtbot.waitUntil(lambda: len(old) == 0, timeout=3_000)
    assert old.root is None
