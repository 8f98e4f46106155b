"""A chart drawer draws the plot it built again when asked for the same size, resolution and
language (a print preview repainting, a chart exported twice): the same picture and the same
PDF drawing, without building the plot anew; another size or language builds it afresh."""
from __future__ import annotations

import re
import zlib

import pytest

from conftest import ROOT


@pytest.fixture
def bundled(language):
    from viewer.loader import load_file

    return load_file(ROOT / "resources" / "data.yaml").dataset


@pytest.fixture
def builds(monkeypatch):
    from PySide6.QtCore import QCoreApplication, QEvent

    from viewer import charts

    # Widgets an earlier test left to be deleted, and the language change the fixtures just
    # posted (a chart panel still alive rebuilds its charts on it), are dealt with first: only
    # what the test itself builds is counted.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    calls = []
    real = charts.build_chart

    def counting(*args, **kwargs):
        calls.append(args[2].id)
        return real(*args, **kwargs)

    monkeypatch.setattr(charts, "build_chart", counting)
    return calls


def _page_drawing(path) -> list[bytes]:
    """The PDF's compressed streams, inflated: the page's drawing and the embedded fonts (the
    metadata, which holds the time of writing, is not compressed and left out)."""
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", path.read_bytes(), re.S):
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            continue
    return sorted(out)


def test_the_same_drawer_draws_the_same_picture_without_rebuilding(qapp, bundled, builds):
    from viewer import printing

    series = bundled.root.series[0]
    draw = printing.chart_drawer(bundled, bundled.root, series)
    first = printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 96)
    again = printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 96)
    fresh = printing.chart_image(printing.chart_drawer(bundled, bundled.root, series),
                                 printing.EXPORT_CHART_SIZE_MM, 96)
    assert builds == [series.id, series.id]  # the first drawer built once, the fresh one once
    assert again == first
    assert fresh == first


def test_chart_pdf_drawn_again_is_the_same_vector_page(qapp, bundled, builds, tmp_path):
    from viewer import printing

    series = bundled.root.series[0]
    draw = printing.chart_drawer(bundled, bundled.root, series)
    printing.export_chart_pdf(draw, str(tmp_path / "first.pdf"), series.title)
    printing.export_chart_pdf(draw, str(tmp_path / "again.pdf"), series.title)
    assert len(builds) == 1
    assert _page_drawing(tmp_path / "again.pdf") == _page_drawing(tmp_path / "first.pdf")


def test_another_size_or_language_builds_the_chart_afresh(qapp, bundled, builds, language):
    from viewer import printing

    series = bundled.root.series[0]
    draw = printing.chart_drawer(bundled, bundled.root, series)
    vi = printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 96)
    printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 150)
    assert len(builds) == 2
    language.set("en")
    en = printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 96)
    assert len(builds) == 3
    assert en != vi  # English words, drawn anew
    language.set("vi")
    assert printing.chart_image(draw, printing.EXPORT_CHART_SIZE_MM, 96) == vi
