"""Render the program's icon from packaging/icons/hromada-desk.svg at build time.

    python packaging/make_icons.py [OUTPUT_FOLDER]

Writes hromada-desk-16.png … hromada-desk-256.png and hromada-desk.ico (all sizes in one
file, PNG-compressed entries as Windows Vista and later read them) into
packaging/icons/build/ (ignored by git: generated files are not committed). Uses Qt only
(QtSvg), so it runs wherever PySide6 is installed, without a screen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "hromada-desk.svg"
OUTPUT = HERE / "icons" / "build"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer, size: int) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding every size as a PNG entry."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    offset = len(header) + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def make_icons(output: Path = OUTPUT, svg: Path = SVG) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    output.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(renderer, size) for size in SIZES}
    written = []
    for size, png in pngs.items():
        path = output / f"hromada-desk-{size}.png"
        path.write_bytes(png)
        written.append(path)
    ico = output / "hromada-desk.ico"
    ico.write_bytes(ico_bytes(pngs))
    written.append(ico)
    return written


if __name__ == "__main__":
    from hromada_desk.console import utf8_output

    utf8_output()  # the paths may hold Cyrillic; Windows pipes are cp1252
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    for path in make_icons(target):
        print(path)
