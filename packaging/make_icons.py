"""Make the app icons for the installers from ``resources/icons/app.svg``: PNGs, a Windows ``.ico``, a macOS ``.icns``.

The SVG is rendered with Qt's QSvgRenderer at each size (so small sizes are drawn, not scaled
down), then Pillow packs the PNGs into ``cxdesk.ico`` (16-256 px) and ``cxdesk.icns``
(16-1024 px). Run at build time by ``build.spec``; the output goes to ``build/icons/`` and is never
committed.

Usage: python packaging/make_icons.py [--svg resources/icons/app.svg] [--out build/icons]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Sizes of the Windows icon (Explorer, taskbar, Start menu, high-DPI) and the macOS icon, in pixels.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    """Render ``svg`` to ``out/app-<size>.png`` for each size (transparent background).

    Raises:
        ValueError: the SVG cannot be read.
        OSError: a PNG cannot be written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, plugins
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg}")
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"app-{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        pngs[size] = path
    return pngs


def pack(pngs: dict[int, Path], target: Path, sizes: tuple[int, ...]) -> Path:
    """Pack the PNGs of ``sizes`` into one ``.ico`` or ``.icns`` (by ``target``'s suffix) with Pillow."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in sizes]
    largest = images[-1]
    largest.save(target, sizes=[(size, size) for size in sizes], append_images=images[:-1])
    return target


def make_icons(svg: Path, out: Path) -> tuple[Path, Path]:
    """Render the PNGs and write ``out/cxdesk.ico`` and ``out/cxdesk.icns``; returns their paths."""
    pngs = render_pngs(svg, out, ICO_SIZES + ICNS_SIZES)
    return pack(pngs, out / "cxdesk.ico", ICO_SIZES), pack(pngs, out / "cxdesk.icns", ICNS_SIZES)


def main(argv: list[str] | None = None) -> int:
    """Command line: make the icons and print where they went."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ROOT / "resources" / "icons" / "app.svg")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
