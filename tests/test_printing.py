"""Printing and export: the report's text and pages, PNG / SVG / CSV files, atomic writes, the
headless command line, and a real print queue (CUPS with the cups-pdf driver)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI") == "true"


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found:
        return found
    if IN_CI:
        pytest.fail(f"{tool} is missing: .ci/run installs poppler-utils")
    pytest.skip(f"{tool} is not installed (Debian: poppler-utils)")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env=env)


def pdf_text(path: Path) -> str:
    return subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def blank_pages(path: Path, tmp: Path) -> list[int]:
    """Pages that rendered to pure white."""
    from PySide6.QtGui import QImage

    subprocess.run([need("pdftoppm"), "-r", "20", "-gray", str(path), str(tmp / "pg")], check=True,
                   capture_output=True)
    blank = []
    for i, png in enumerate(sorted(tmp.glob("pg-*.pgm")), start=1):
        img = QImage(str(png))
        dark = sum(1 for y in range(0, img.height(), 2) for x in range(0, img.width(), 2)
                   if img.pixelColor(x, y).lightness() < 200)
        if dark == 0:
            blank.append(i)
    return blank


# --------------------------------------------------------------------------- report content


@pytest.fixture(scope="module")
def report_pdfs(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    made = {}
    for lang in ("vi", "en"):
        path = out / f"report-{lang}.pdf"
        p = run("--export", str(path), "--lang", lang)
        assert p.returncode == 0, p.stderr
        made[lang] = path
    return made


def test_report_pdf_text_in_vietnamese(report_pdfs):
    text = pdf_text(report_pdfs["vi"])
    for expected in ("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng bộ tỉnh Lạng Sơn",
                     "53.538", "45.632", "3.780", "trên 2.000 mỗi năm", "Nguồn:", "Số liệu chủ yếu",
                     "Lạng Sơn củng cố hoạt động của đảng bộ cơ sở", "Trang 1 /", "1.447", "2.409"):
        assert expected in text, expected
    assert "53,538" not in text


def test_report_pdf_text_in_english(report_pdfs):
    text = pdf_text(report_pdfs["en"])
    for expected in ("COMMUNIST PARTY OF VIETNAM", "Đảng bộ tỉnh Lạng Sơn", "53,538", "more than 2,000 a year",
                     "Source:", "Key figures", "Page 1 /"):
        assert expected in text, expected


def test_report_pages_are_a4_and_not_blank(report_pdfs, tmp_path):
    path = report_pdfs["vi"]
    pages = pdf_pages(path)
    assert 4 <= pages <= 12
    info = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True).stdout
    assert "595" in info and "842" in info  # A4 in points
    assert f"Trang {pages} / {pages}" in pdf_text(path)
    assert blank_pages(path, tmp_path) == []


def test_landscape_and_confidential(tmp_path):
    path = tmp_path / "l.pdf"
    assert run("--export", str(path), "--landscape", "--confidential").returncode == 0
    info = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w, h = (float(x) for x in size.split(":")[1].split("pts")[0].split("x"))
    assert w > h
    assert "MẬT" in pdf_text(path)


def test_commune_report_says_not_reported_and_whose_charts(tmp_path):
    path = tmp_path / "c.pdf"
    p = run("--export", str(path), "--unit", "c-06019")
    assert p.returncode == 0, p.stderr
    text = pdf_text(path)
    assert "Đảng bộ xã Tân Tiến" in text and "06019" in text
    assert "chưa có số liệu" in text
    assert "Biểu đồ của Đảng bộ tỉnh Lạng Sơn" in text


# --------------------------------------------------------------------------- pagination


def test_blocks_never_split_and_tables_repeat_their_header(qapp):
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from viewer import printing
    from viewer.loader import load_file

    ds = load_file(ROOT / "resources" / "data.yaml").dataset
    report = printing.build_report(ds, ds.root, printing.ReportOptions(), with_charts=True)
    # Make the first table long enough to need a second page.
    header = next(b for b in report.blocks if isinstance(b, printing.TableRow) and b.header)
    start = report.blocks.index(header)
    extra = [printing.TableRow(cells=(f"row {i}", "1", "2013", "S1", ""), widths=header.widths)
             for i in range(60)]
    report.blocks[start + 1:start + 1] = extra
    writer = QPdfWriter(str(Path(qapp.applicationDirPath()) / "unused.pdf"))
    writer.setResolution(96)
    writer.setPageLayout(printing.page_layout(False))
    from PySide6.QtGui import QPainter

    painter = QPainter(writer)
    try:
        ctx = printing._Context(painter, writer, printing.Fonts(), 96.0)
        size = writer.pageLayout().fullRectPoints().size()
        geo = printing.PageGeometry(size.width() * 25.4 / 72, size.height() * 25.4 / 72)
        pages = printing.paginate(report.blocks, ctx, geo)
    finally:
        painter.end()
    assert len(pages) >= 3
    for page in pages:
        for placed in page:
            assert placed.y_mm + placed.height_mm <= geo.body_bottom + 0.01, placed.block
    # the table ran onto page 2, which starts with its header row again
    assert pages[1][0].block is header
    # every chart is followed on its own page by its table's header row
    for page in pages:
        blocks = [p.block for p in page]
        for i, b in enumerate(blocks):
            if isinstance(b, printing.ChartBlock):
                assert isinstance(blocks[i + 1], printing.TableRow) and blocks[i + 1].header
    assert writer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    Path(qapp.applicationDirPath(), "unused.pdf").unlink(missing_ok=True)


# --------------------------------------------------------------------------- other formats


@pytest.mark.parametrize("dpi", [300, 150])
def test_png_size_follows_dpi(tmp_path, dpi):
    from PySide6.QtGui import QImage

    from viewer.printing import EXPORT_CHART_SIZE_MM

    path = tmp_path / "chart.png"
    p = run("--export", str(path), "--chart", "merged-cells", "--dpi", str(dpi))
    assert p.returncode == 0, p.stderr
    img = QImage(str(path))
    assert img.width() == round(EXPORT_CHART_SIZE_MM[0] / 25.4 * dpi)
    assert img.height() == round(EXPORT_CHART_SIZE_MM[1] / 25.4 * dpi)
    assert round(img.dotsPerMeterX() * 0.0254) == dpi
    assert img.pixelColor(2, 2).name() == "#ffffff"  # white background


def test_svg_is_valid_and_names_its_size(tmp_path):
    path = tmp_path / "chart.svg"
    assert run("--export", str(path), "--chart", "training-trainees").returncode == 0
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert root.get("width", "").endswith("mm") and root.get("height", "").endswith("mm")
    text = path.read_text(encoding="utf-8")
    assert "1.447" in text or "1447" in text.replace(".", "")


def test_chart_pdf_is_one_page_with_the_chart_text(tmp_path):
    path = tmp_path / "chart.pdf"
    assert run("--export", str(path), "--chart", "villages-without-cell").returncode == 0
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert "Số thôn chưa có chi bộ" in text and "90" in text and "48" in text


def test_csv_has_a_bom_and_the_figures(tmp_path):
    path = tmp_path / "f.csv"
    assert run("--export", str(path)).returncode == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Đảng bộ tỉnh Lạng Sơn,Đảng viên,53538" in text
    assert ",2000,trên,mỗi năm,2010–2013,S1," in text


def test_safe_file_names():
    from viewer.printing import safe_file_name

    assert safe_file_name("Đảng bộ xã Tân Tiến: 2010/2013?", "pdf") == "Đảng bộ xã Tân Tiến 2010 2013.pdf"
    assert safe_file_name("Báo cáo...", "png") == "Báo cáo.png"
    assert safe_file_name("CON", "csv") == "CON_.csv"
    assert safe_file_name('a<b>c|d*"e', "svg") == "a b c d e.svg"


# --------------------------------------------------------------------------- failures


def test_unwritable_targets_fail_cleanly(tmp_path):
    folder = tmp_path / "report.pdf"
    folder.mkdir()  # a folder where the file should go
    p = run("--export", str(folder))
    assert p.returncode == 2 and p.stderr.strip()
    assert folder.is_dir() and not any(folder.iterdir())
    parent_file = tmp_path / "not-a-folder"
    parent_file.write_text("x")
    p = run("--export", str(parent_file / "r.csv"))
    assert p.returncode == 2 and "not-a-folder" in p.stderr
    assert parent_file.read_text() == "x"


def test_a_failed_export_keeps_the_old_file_and_leaves_no_partial_file(qapp, tmp_path):
    from viewer import printing

    target = tmp_path / "chart.png"
    target.write_bytes(b"old")

    def broken(painter, rect, scale):
        raise RuntimeError("drawing failed half-way")

    with pytest.raises(RuntimeError):
        printing.export_chart_svg(broken, str(tmp_path / "chart.svg"), "t")
    with pytest.raises(RuntimeError):
        printing.export_chart_pdf(broken, str(target), "t")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_bad_arguments_exit_2(tmp_path):
    assert run("--export", str(tmp_path / "x.doc")).returncode == 2
    assert run("--export", str(tmp_path / "x.pdf"), "--unit", "nope").returncode == 2
    assert run("--export", str(tmp_path / "x.png"), "--chart", "nope").returncode == 2
    assert run("--export", str(tmp_path / "x.png"), "--dpi", "5").returncode == 2
    assert run("--export", str(tmp_path / "x.pdf"), str(tmp_path / "missing.yaml")).returncode == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmetadata: {title: T}\nroot: {id: a, name: b, kind: nope}\n", encoding="utf-8")
    p = run("--export", str(tmp_path / "x.pdf"), str(bad))
    assert p.returncode == 1 and "3:" in p.stderr
    assert not (tmp_path / "x.pdf").exists()
    p = run("--print", "--printer", "no-such-printer")
    assert p.returncode == 2 and "no-such-printer" in p.stderr


# --------------------------------------------------------------------------- a real print queue


def _cups_queue() -> str | None:
    lpstat = shutil.which("lpstat")
    if not lpstat:
        return None
    out = subprocess.run([lpstat, "-p"], capture_output=True, text=True).stdout
    return "PDF" if "printer PDF" in out else None


def test_print_through_a_real_cups_queue(tmp_path):
    queue = _cups_queue()
    if queue is None:
        if IN_CI:
            pytest.fail("no CUPS queue 'PDF': .ci/run installs cups and printer-driver-cups-pdf and adds it")
        pytest.skip("no CUPS queue named PDF (cups, printer-driver-cups-pdf, lpadmin -p PDF …)")
    out_dir = Path.home() / "PDF"
    before = set(out_dir.glob("*.pdf")) if out_dir.exists() else set()
    p = run("--print", "--printer", queue)
    assert p.returncode == 0, p.stderr
    printed = None
    for _ in range(120):
        new = set(out_dir.glob("*.pdf")) - before if out_dir.exists() else set()
        if new:
            candidate = max(new, key=lambda f: f.stat().st_mtime)
            size = candidate.stat().st_size
            time.sleep(0.5)
            if size and candidate.stat().st_size == size:
                printed = candidate
                break
        time.sleep(0.5)
    assert printed is not None, "the print queue wrote no PDF within a minute"
    expected_pages = int(p.stdout.split()[2]) if p.stdout.split()[:2] == ["Đã", "gửi"] else None
    pages = pdf_pages(printed)
    assert pages >= 4
    if expected_pages is not None:
        assert pages == expected_pages
    assert blank_pages(printed, tmp_path) == []


def test_csv_text_from_the_data_never_starts_a_formula(qapp):
    """A spreadsheet runs a cell that starts with = + - @ as a formula: text from a data file
    is written so that it shows as the same text instead."""
    import csv
    import io

    from viewer.loader import load_bytes
    from viewer.printing import figures_csv

    data = (
        'format: 1\n'
        'metadata: {title: "Thử", as_of: "2013"}\n'
        'sources:\n  - {id: S1, title: "Nguồn"}\n'
        'root:\n'
        '  id: p\n'
        "  name: '=HYPERLINK(\"https://example.org\",\"x\")'\n"
        '  kind: province\n'
        '  source: S1\n'
        '  figures:\n'
        '    members:\n'
        '      - {value: 53538, as_of: "2013", note: "@SUM(1+1)"}\n'
        '      - {value: 45632, as_of: "2010", note: "-2+3"}\n'
    ).encode()
    result = load_bytes(data, "hostile.yaml")
    assert result.ok, result.diagnostics
    rows = list(csv.reader(io.StringIO(figures_csv(result.dataset, result.dataset.root)
                                       .decode("utf-8-sig"), newline="")))
    cells = [c for row in rows[1:] for c in row]
    assert rows[1][0] == "'=HYPERLINK(\"https://example.org\",\"x\")"
    assert {"'@SUM(1+1)", "'-2+3"} <= set(cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    assert {"53538", "45632"} <= set(cells)  # numbers stay numbers
