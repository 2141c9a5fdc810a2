"""Draw the application icon (our own artwork, same licence as the code).

Writes resources/icons/field-inspector.png (256 px, for the window and Linux) and
resources/icons/field-inspector.ico (16-256 px, for the Windows executables and the
installer). Run it again only to change the design:

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024  # drawn large, then scaled down for smooth edges
TEAL = (15, 94, 115, 255)
PAPER = (250, 250, 245, 255)
CLIP = (60, 66, 72, 255)
LINE = (160, 170, 178, 255)
GREEN = (46, 160, 67, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=TEAL)
    # the clipboard and its clip
    pen.rounded_rectangle((250, 200, 774, 880), radius=60, fill=PAPER)
    pen.rounded_rectangle((390, 140, 634, 270), radius=40, fill=CLIP)
    # checklist lines
    for top in (380, 520, 660):
        pen.rounded_rectangle((320, top, 400, top + 60), radius=12, outline=LINE, width=14)
        pen.rounded_rectangle((440, top + 18, 700, top + 42), radius=12, fill=LINE)
    # the tick that says "inspected"
    pen.line([(420, 640), (560, 790), (880, 430)], fill=GREEN, width=90, joint="curve")
    for x, y in ((420, 640), (560, 790), (880, 430)):
        pen.ellipse((x - 45, y - 45, x + 45, y + 45), fill=GREEN)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "field-inspector.png", optimize=True)
    image.resize((256, 256), Image.Resampling.LANCZOS).save(
        ICONS / "field-inspector.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )


if __name__ == "__main__":
    main()
