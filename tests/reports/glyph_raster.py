"""Pixels of printed words: a PDF page rasterised by poppler, and the same words drawn
independently with FreeType at the glyph positions HarfBuzz gives.

The reference never touches ReportLab or the report code: it shapes with uharfbuzz
straight from the font file and renders each glyph outline with FreeType at its exact
sub-pixel position, the way a correct PDF renderer would draw the shaper's output.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import freetype
import pytest
import uharfbuzz
from PIL import Image, ImageChops, ImageOps, ImageStat

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class Box:
    """A word's place on the page in pixels (image y grows downwards)."""

    origin_x: float  # pen start
    baseline_y: float
    left: int
    top: int
    right: int
    bottom: int

    @property
    def size(self) -> tuple[int, int]:
        return self.right - self.left, self.bottom - self.top


def rasterise(pdf: Path, dpi: int, out_dir: Path) -> Image.Image:
    """Page 1 of `pdf` as an ink image (0 = paper, 255 = full ink); fails without poppler."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.fail("pdftoppm not found: install poppler-utils (apt-get install poppler-utils)")
    stem = out_dir / "page"
    subprocess.run([exe, "-gray", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True, capture_output=True)
    with Image.open(stem.with_suffix(".pgm")) as page:
        return ImageOps.invert(page.convert("L"))


def reference(text: str, font_file: Path, size: float, dpi: int, box: Box) -> Image.Image:
    """`text` drawn by FreeType at HarfBuzz's positions into an ink image of `box`'s size."""
    hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_file))))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {})

    face = freetype.Face(str(font_file))
    face.set_char_size(int(round(size * 64)), 0, dpi, dpi)
    px_per_unit = size * dpi / POINTS_PER_INCH / face.units_per_EM
    canvas = Image.new("L", box.size, 0)
    pen = box.origin_x - box.left
    baseline = box.baseline_y - box.top
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
        x = pen + position.x_offset * px_per_unit
        y = baseline - position.y_offset * px_per_unit  # font y grows upwards
        # poppler draws a glyph taller than 20 pixels at the whole pixel its origin falls in
        # (smaller ones at quarter pixels); doing the same leaves only placement to compare.
        whole_x, whole_y = math.floor(x), math.floor(y)
        face.load_glyph(info.codepoint, freetype.FT_LOAD_NO_HINTING | freetype.FT_LOAD_RENDER)
        bitmap = face.glyph.bitmap
        if bitmap.width and bitmap.rows:
            glyph = Image.frombytes("L", (bitmap.width, bitmap.rows), bytes(bitmap.buffer))
            layer = Image.new("L", box.size, 0)
            layer.paste(glyph, (whole_x + face.glyph.bitmap_left, whole_y - face.glyph.bitmap_top))
            canvas = ImageChops.lighter(canvas, layer)
        pen += position.x_advance * px_per_unit
    return canvas


def ink_difference(printed: Image.Image, drawn: Image.Image, max_shift: int = 1) -> float:
    """Share of the ink that differs: sum |printed - drawn| / sum max(printed, drawn).

    The smallest value over whole-pixel shifts of up to `max_shift` in each direction,
    which aligns the baselines of the two renderers (their pixel grids may differ by a
    rounding step); a glyph misplaced by more than that still shows.
    """
    best = math.inf
    width, height = drawn.size
    for dx in range(-max_shift, max_shift + 1):
        for dy in range(-max_shift, max_shift + 1):
            moved = ImageChops.offset(drawn, dx, dy)
            if dx > 0:
                moved.paste(0, (0, 0, dx, height))
            elif dx < 0:
                moved.paste(0, (width + dx, 0, width, height))
            if dy > 0:
                moved.paste(0, (0, 0, width, dy))
            elif dy < 0:
                moved.paste(0, (0, height + dy, width, height))
            diff = ImageStat.Stat(ImageChops.difference(printed, moved)).sum[0]
            total = ImageStat.Stat(ImageChops.lighter(printed, moved)).sum[0]
            best = min(best, diff / total if total else 0.0)
    return best
