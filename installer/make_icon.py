"""Draw the kemidesk icon: resources/icons/kemidesk.png (256 px) and kemidesk.ico.

The icon is drawn from shapes (no font needed), so it can be regenerated anywhere with Pillow:
    python installer/make_icon.py
A rounded square in Kemi sea blue, a white "K" and a yellow midnight sun. The .ico holds
16–256 px images; Windows picks the size it needs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

BLUE = (0, 84, 147, 255)
WHITE = (255, 255, 255, 255)
SUN = (255, 196, 37, 255)
SCALE = 4  # draw big, scale down with a good filter for smooth edges


def draw(size: int = 256) -> Image.Image:
    big = size * SCALE
    s = big / 256  # coordinates below are on a 256 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=BLUE)
    pen.ellipse((196 * s, 24 * s, 232 * s, 60 * s), fill=SUN)
    # The letter K: a stem and two arms.
    pen.rectangle((64 * s, 64 * s, 100 * s, 200 * s), fill=WHITE)
    pen.polygon([(92 * s, 128 * s), (146 * s, 64 * s), (190 * s, 64 * s), (116 * s, 150 * s)],
                fill=WHITE)  # fmt: skip
    pen.polygon([(112 * s, 120 * s), (200 * s, 200 * s), (154 * s, 200 * s), (92 * s, 142 * s)],
                fill=WHITE)  # fmt: skip
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw(256)
    image.save(ICONS / "kemidesk.png", optimize=True)
    image.save(ICONS / "kemidesk.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'kemidesk.png'} and {ICONS / 'kemidesk.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
