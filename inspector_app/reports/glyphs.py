"""HarfBuzz glyph runs and how they are written into a PDF page.

ReportLab's own shaped-text path (`shapeStr` + `drawString`) loses glyph positions on
the way into the PDF: a y offset is carried as a text rise that is not reset between
clusters, so Khmer letters after a subscript stack drift off the baseline. And what it
writes does not copy back: glyphs with no character of their own (subscript forms,
reordered vowels, narrow tone marks) reach the text layer as private-use characters.

So runs are shaped here with HarfBuzz and written as raw page operators:

- every glyph sits at HarfBuzz's pen position plus its x/y offset. Glyphs on one
  baseline share a TJ array whose numbers are the differences between HarfBuzz's
  advances and the widths the PDF font declares; a glyph raised or lowered by an offset
  (a mark, a subscript) starts a new text-matrix position (`Tm`) of its own;
- each run is wrapped in a marked-content span whose /ActualText is the run's Unicode
  text, so PDF viewers search and copy the words, not the glyphs;
- glyphs are still subset and embedded by ReportLab's TrueType machinery; a glyph that
  no character maps to gets a private-use code (as ReportLab itself does) so it can be
  put in a subset.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from .fonts import harfbuzz_font, register_fonts

__all__ = ["Glyph", "GlyphRun", "actual_text_literal", "draw_run", "shape"]

# Private-use codes ReportLab may put in a subset (its ToUnicode writes four hex digits,
# so the codes must stay in the Basic Multilingual Plane).
_PRIVATE_FIRST = 0xE000
_PRIVATE_LAST = 0xF8FF
_NBSP = 0xA0  # ReportLab's subsetter turns U+00A0 into a space
_POSITION_EPSILON = 0.001  # thousandths of an em: below this, two positions are one

_private_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Glyph:
    """One positioned glyph; advances and offsets in thousandths of the font size."""

    gid: int
    cluster: int
    x_advance: float
    x_offset: float
    y_offset: float


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """`text` shaped in one font: its glyphs in visual order and its total advance."""

    font: str
    text: str
    glyphs: tuple[Glyph, ...]
    advance: float  # thousandths of the font size

    def width(self, size: float) -> float:
        """Advance width in points at `size`."""
        return self.advance * size / 1000.0


@lru_cache(maxsize=65536)
def shape(text: str, font_name: str) -> GlyphRun:
    """Shape `text` with HarfBuzz in one of the bundled fonts (script and direction guessed)."""
    font = harfbuzz_font(font_name)
    glyphs: list[Glyph] = []
    if text:
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {})
        scale = 1000.0 / font.face.upem
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
            glyphs.append(
                Glyph(
                    gid=info.codepoint,
                    cluster=info.cluster,
                    x_advance=position.x_advance * scale,
                    x_offset=position.x_offset * scale,
                    y_offset=position.y_offset * scale,
                )
            )
    return GlyphRun(font_name, text, tuple(glyphs), sum(g.x_advance for g in glyphs))


# --------------------------------------------------------------------------- PDF codes


def _code_for_glyph(font: Any, gid: int) -> int:
    """A character code that ReportLab's subsetter maps to glyph `gid` of `font`.

    A glyph reachable from the font's cmap uses its own character; any other glyph gets
    a private-use code registered in the face (never one the font already maps).
    """
    face = font.face

    def own_code() -> int | None:
        chars = [c for c in face.glyphToChar.get(gid, ()) if c != _NBSP and face.charToGlyph.get(c) == gid]
        return min(chars) if chars else None

    found = own_code()
    if found is not None:
        return found
    with _private_lock:
        found = own_code()  # another thread may have registered it meanwhile
        if found is not None:
            return found
        code = _PRIVATE_FIRST
        while code in face.charToGlyph:
            code += 1
        if code > _PRIVATE_LAST:
            raise RuntimeError(f"font {font.fontName}: no private-use code left for glyph {gid}")
        advance = harfbuzz_font(font.fontName).get_glyph_h_advance(gid) * 1000.0 / face.unitsPerEm
        face.charWidths[code] = advance
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charToGlyph[code] = gid
        return code


def actual_text_literal(text: str) -> str:
    """`text` as a PDF text string (UTF-16BE with byte-order mark), hex-encoded."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _number(value: float) -> str:
    """A PDF number: at most 3 decimals, no exponent, no trailing zeros."""
    out = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if out in ("", "-0") else out


def draw_run(canvas: Any, x: float, y: float, run: GlyphRun, size: float) -> None:
    """Write `run` at pen position (x, y) in points, in the canvas's current fill colour.

    The run is one marked-content span with its text as /ActualText, so the page's text
    layer reads `run.text` however the glyphs were reordered or substituted.
    """
    if not run.glyphs:
        return
    register_fonts()
    font = pdfmetrics.getFont(run.font)
    doc = canvas._doc  # noqa: SLF001 - ReportLab's subsets are kept per document
    codes = [0 if g.gid == 0 else _code_for_glyph(font, g.gid) for g in run.glyphs]
    # splitString assigns each code a one-byte slot in a subset of at most 256 glyphs;
    # the groups it returns follow the glyphs one byte per glyph.
    slots: list[tuple[int, int]] = []
    for subset, data in font.splitString("".join(map(chr, codes)), doc):
        slots.extend((subset, byte) for byte in data)
    face = font.face

    # q/Q keep this run's font from leaking into ReportLab's own text objects (outside the
    # span: poppler loses /ActualText when q/Q sit inside it); the text state is set
    # outright (word spacing would stretch the subset's code 32, a space).
    ops: list[str] = ["q", f"/Span <</ActualText {actual_text_literal(run.text)}>> BDC", "BT",
                      "0 Tc 0 Tw 100 Tz 0 Ts"]
    pending: list[str] = []  # the TJ array being built

    def flush() -> None:
        if pending:
            ops.append("[" + " ".join(pending) + "] TJ")
            pending.clear()

    current_subset = -1
    pen = 0.0  # HarfBuzz pen, thousandths of an em from the run's start
    pdf_x: float | None = None  # where the PDF's text position is after the last glyph
    pdf_y = 0.0
    scale = size / 1000.0
    for glyph, code, (subset, byte) in zip(run.glyphs, codes, slots):
        gx = pen + glyph.x_offset
        gy = glyph.y_offset
        if subset != current_subset:
            flush()
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {_number(size)} Tf")
            current_subset = subset
        if pdf_x is None or abs(gy - pdf_y) > _POSITION_EPSILON:
            flush()
            ops.append(f"1 0 0 1 {_number(x + gx * scale)} {_number(y + gy * scale)} Tm")
            pdf_y = gy
        elif abs(pdf_x - gx) > _POSITION_EPSILON:
            # A TJ number moves the next glyph left by number/1000 of the font size.
            pending.append(_number(pdf_x - gx))
        pending.append(f"<{byte:02X}>")
        width = face.getCharWidth(code)  # what the subset's /Widths will say
        pdf_x = gx + width
        pen += glyph.x_advance
    flush()
    ops.extend(["ET", "EMC", "Q"])
    canvas.addLiteral("\n".join(ops))
