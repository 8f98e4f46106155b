"""A data file comes from anywhere: its sources may link to web pages and to documents beside
it, never to a program or a path elsewhere."""
from __future__ import annotations

from viewer.domain import Source
from viewer.loader import load_text
from viewer.widgets.detail_pane import source_details_html, source_file_path


def dataset(tmp_path, files=()):
    for name in files:
        (tmp_path / name).write_text("x")
    data = tmp_path / "d.yaml"
    data.write_text("format: 1\nmetadata: {title: T}\nroot: {id: a, name: b, kind: province}\n")
    r = load_text(data.read_text(), str(data))
    return r.dataset


def test_only_web_links_and_documents_beside_the_file(qapp, tmp_path):
    ds = dataset(tmp_path, files=["bao-cao.pdf", "run.exe", "tool.sh"])
    web = source_details_html(ds, Source("S", "T", url="https://example.org/a"))
    assert '<a href="https://example.org/a">' in web
    for bad in ("file:///usr/bin/xterm", "javascript:alert(1)", "C:\\\\Windows\\\\calc.exe"):
        html = source_details_html(ds, Source("S", "T", url=bad))
        assert "<a " not in html
    assert source_file_path(ds, Source("S", "T", file="bao-cao.pdf")) == tmp_path / "bao-cao.pdf"
    for bad in ("run.exe", "tool.sh", "../../../../usr/bin/env", "/etc/passwd", "sub/bao-cao.pdf"):
        assert source_file_path(ds, Source("S", "T", file=bad)) is None
        assert "<a " not in source_details_html(ds, Source("S", "T", file=bad))
