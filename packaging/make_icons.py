"""Generate the app icon's PNG and ICO files from ``resources/icon/icon.svg``.

    uv run python packaging/make_icons.py

Qt's SVG renderer draws the SVG at each size (so a size is drawn, not scaled from another
size's pixels). The ICO container is written here by hand: a directory of entries, then each
image; sizes below 256 as 32-bit BMP with an AND mask (what every Windows tool reads), 256 as
PNG (what Windows has read since Vista). The outputs are committed; run this after editing the
SVG.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icon"
SVG = ICON_DIR / "icon.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
# 20 and 40 px are what Windows picks at 125 % and 250 % scaling for small icons.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICO_NAME = "icon.ico"


def png_name(size: int) -> str:
    return f"icon-{size}.png"


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise SystemExit("cannot encode PNG")
    buf.close()
    return bytes(data.data())


def bmp_entry(image) -> bytes:
    """A 32-bit DIB as an ICO entry wants it: BITMAPINFOHEADER with twice the height, BGRA rows
    bottom-up (straight alpha), then a 1-bit AND mask (1 = transparent), rows padded to 4 bytes."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes on little-endian
    w, h = img.width(), img.height()
    stride = img.bytesPerLine()
    raw = bytes(img.constBits())[: stride * h]
    if sys.byteorder != "little":  # pragma: no cover - every Qt desktop platform is little-endian
        raise SystemExit("big-endian host: BGRA byte order would be wrong")
    rows = [raw[y * stride: y * stride + w * 4] for y in range(h)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((w + 31) // 32) * 4
    mask_rows = []
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(w):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    mask = b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, object]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size in sorted(images):
        blob = png_bytes(images[size]) if size >= 256 else bmp_entry(images[size])
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def read_ico_sizes(data: bytes) -> list[tuple[int, int]]:
    """The (width, height) of each entry of an ICO file, from its directory (for the tests)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO file")
    sizes = []
    for i in range(count):
        w, h, _colors, _res, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        if offset + length > len(data):
            raise ValueError("ICO entry runs past the end of the file")
        sizes.append((w or 256, h or 256))
    return sizes


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    images = {size: render(SVG, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        out = ICON_DIR / png_name(size)
        out.write_bytes(png_bytes(images[size]))
        print(f"wrote {out.relative_to(ROOT)}")
    ico = ico_bytes({size: images[size] for size in ICO_SIZES})
    (ICON_DIR / ICO_NAME).write_bytes(ico)
    print(f"wrote {(ICON_DIR / ICO_NAME).relative_to(ROOT)} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
