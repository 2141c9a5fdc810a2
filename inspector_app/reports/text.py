"""The report text engine: normalise, measure shaped text, wrap at word breaks, draw.

ReportLab's own Paragraph cannot be used for Thai, Burmese, Khmer or Lao: it breaks only
at spaces, and turns zero-width spaces into visible ones when shaping. So lines are
built here:

1. `normalize_text`: Zawgyi Burmese converted to Unicode, NFC, newlines unified.
2. `wrap`: break opportunities from `inspector_app.i18n.segment` (dictionary words:
   PyThaiNLP for Thai, ICU for Burmese, Khmer and Lao; spaces), widths measured on
   HarfBuzz-shaped glyphs, greedy filling, and a word wider than the line cut (Thai
   syllables, else grapheme clusters) only as a last resort.
3. `ShapedParagraph`: a Flowable that draws each run of a line in its own font at the
   glyph positions HarfBuzz gave (`glyphs.draw_run`), so stacked marks and subscripts
   sit where the shaper put them and the text layer copies back as Unicode. It works in
   frames and table cells and splits across pages between lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus.flowables import Flowable

from inspector_app.i18n.scripts import Script, dominant_script, is_mark, split_runs
from inspector_app.i18n.segment import ZWSP, break_opportunities, graphemes, is_break_space, overlong_units
from inspector_app.i18n.zawgyi import normalize_burmese

from .fonts import fallback_font, font_extents, font_for, has_glyph, ink_extents
from .glyphs import draw_run, shape

__all__ = [
    "Line",
    "ShapedParagraph",
    "TextRun",
    "TextStyle",
    "font_runs",
    "line_extents",
    "draw_line",
    "normalize_text",
    "shaped_width",
    "wrap",
]

Alignment = Literal["left", "center", "right"]

# Characters that steer line breaking or shaping but must not reach the PDF: ReportLab
# would draw a zero-width space as a visible space.
_INVISIBLE = str.maketrans("", "", "\u200b\u2060\ufeff\u00ad")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES_RE = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_EPSILON = 0.01


# --------------------------------------------------------------------------- measuring


@dataclass(frozen=True, slots=True)
class TextRun:
    """Text drawn in one font. `width` is its shaped advance at the wrap's font size."""

    script: Script
    font: str
    text: str
    width: float


@dataclass(frozen=True, slots=True)
class Line:
    """One output line: its runs left to right, its width, and where it came from.

    `start`/`end` index the normalised text (`normalize_text`); trailing spaces and
    zero-width spaces between `end` of the drawn text and the next line's start are not
    part of any run.
    """

    runs: tuple[TextRun, ...]
    width: float
    start: int
    end: int

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def fonts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(run.font for run in self.runs))


def normalize_text(text: str) -> str:
    """Unicode the engine can trust: Zawgyi converted, NFC, one newline character."""
    text = _NEWLINES_RE.sub("\n", text).replace("\t", " ")
    text = _CONTROL_RE.sub("", text)
    text, _converted = normalize_burmese(text)
    return unicodedata.normalize("NFC", text)


def shaped_width(text: str, font_name: str, size: float) -> float:
    """Advance width in points of `text` shaped by HarfBuzz in one font."""
    return shape(text, font_name).width(size) if text else 0.0


def font_runs(text: str, bold: bool = False) -> list[tuple[Script, str, str]]:
    """Split text into (script, font, text) runs, falling back to Noto Sans per character.

    Script faces lack digits and most Latin punctuation; those characters switch to the
    Latin face. Combining marks always stay in their base character's font.
    """
    runs: list[tuple[Script, str, str]] = []
    latin = fallback_font(bold)
    for run in split_runs(text):
        primary = font_for(run.script, bold)
        current_font = None
        buffer: list[str] = []
        for ch in run.text:
            if is_mark(ch) and current_font is not None:
                font = current_font
            elif has_glyph(primary, ch) or not has_glyph(latin, ch):
                font = primary
            else:
                font = latin
            if font != current_font and buffer:
                runs.append((run.script, current_font, "".join(buffer)))
                buffer = []
            current_font = font
            buffer.append(ch)
        if buffer:
            runs.append((run.script, current_font, "".join(buffer)))
    # Neighbouring pieces in the same font (a digit between two Latin words) merge.
    merged: list[tuple[Script, str, str]] = []
    for script, font, piece in runs:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0], font, merged[-1][2] + piece)
        else:
            merged.append((script, font, piece))
    return merged


def _measure(text: str, size: float, bold: bool) -> float:
    drawn = text.translate(_INVISIBLE)
    return sum(shaped_width(piece, font, size) for _script, font, piece in font_runs(drawn, bold))


def _make_line(text: str, start: int, end: int, size: float, bold: bool) -> Line:
    drawn = text.translate(_INVISIBLE)
    runs = tuple(
        TextRun(script, font, piece, shaped_width(piece, font, size))
        for script, font, piece in font_runs(drawn, bold)
    )
    return Line(runs, sum(run.width for run in runs), start, end)


def line_extents(line: Line, size: float, fallback: str | None = None) -> tuple[float, float]:
    """(ascent, descent) in points for a line: font metrics, widened by any taller ink."""
    ascent = 0.0
    descent = 0.0
    fonts = line.fonts or ((fallback,) if fallback else ())
    for font in fonts:
        font_ascent, font_descent = font_extents(font)
        ascent = max(ascent, font_ascent)
        descent = max(descent, font_descent)
    for run in line.runs:
        ink_top, ink_bottom = ink_extents(run.text, run.font)
        ascent = max(ascent, ink_top)
        descent = max(descent, ink_bottom)
    return ascent * size / 1000.0, descent * size / 1000.0


# --------------------------------------------------------------------------- wrapping


@dataclass(slots=True)
class _Piece:
    """Text between two break opportunities: content plus trailing break spaces."""

    start: int
    end: int  # end of content (trailing spaces excluded)
    stop: int  # end including trailing spaces
    content_width: float
    full_width: float


def _pieces(line: str, offset: int, size: float, bold: bool) -> list[_Piece]:
    bounds = [0, *break_opportunities(line), len(line)]
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        end = b
        while end > a and (is_break_space(line[end - 1]) or line[end - 1] == ZWSP):
            end -= 1
        content_width = _measure(line[a:end], size, bold)
        full_width = content_width + (_measure(line[end:b], size, bold) if end < b else 0.0)
        pieces.append(_Piece(offset + a, offset + end, offset + b, content_width, full_width))
    return pieces


def _split_overlong(text: str, piece: _Piece, width: float, size: float, bold: bool) -> list[_Piece]:
    """Cut a piece wider than the line: at the spaces of a Thai date, else at Thai syllables, else between
    grapheme clusters."""
    clusters: list[str] = []
    for unit in overlong_units(text[piece.start : piece.end], lambda part: _measure(part, size, bold) <= width):
        if len(unit) > 1 and _measure(unit, size, bold) > width:
            clusters.extend(graphemes(unit))
        else:
            clusters.append(unit)
    out: list[_Piece] = []
    start = piece.start
    position = piece.start
    used = 0.0
    for cluster in clusters:
        cluster_width = _measure(cluster, size, bold)
        if position > start and used + cluster_width > width:
            out.append(_Piece(start, position, position, used, used))
            start = position
            used = 0.0
        position += len(cluster)
        used += cluster_width
    tail = _measure(text[piece.end : piece.stop], size, bold) if piece.stop > piece.end else 0.0
    out.append(_Piece(start, piece.end, piece.stop, used, used + tail))
    return out


def _fill(text: str, pieces: list[_Piece], width: float, size: float, bold: bool) -> list[Line]:
    """Greedy line filling: as many pieces per line as fit, measured piece by piece."""
    lines: list[Line] = []
    current: list[_Piece] = []

    def emit(group: list[_Piece]) -> list[_Piece]:
        """Emit a line for `group`; return the pieces that had to move to the next line."""
        carried: list[_Piece] = []
        while True:
            start, end = group[0].start, group[-1].end
            line = _make_line(text[start:end], start, end, size, bold)
            # Pieces are measured apart; kerning across them can add a hair's width.
            if line.width <= width + _EPSILON or len(group) == 1:
                lines.append(line)
                return carried
            carried.insert(0, group.pop())

    def width_with(group: list[_Piece], piece: _Piece) -> float:
        return sum(p.full_width for p in group) + piece.content_width

    for piece in pieces:
        if current and width_with(current, piece) > width + _EPSILON:
            current = emit(current)
        if not current and piece.content_width > width + _EPSILON:
            parts = _split_overlong(text, piece, width, size, bold)
            for part in parts[:-1]:
                lines.append(_make_line(text[part.start : part.end], part.start, part.end, size, bold))
            piece = parts[-1]
        current.append(piece)
    while current:
        current = emit(current)
    return lines


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[Line]:
    """Break `text` into lines no wider than `width` points at font size `size`.

    Lines break only where `inspector_app.i18n.segment.break_opportunities` allows and at
    explicit newlines; a single word wider than `width` is cut at Thai syllables or
    between grapheme clusters.
    An empty line (blank line or empty text) is a Line with no runs.
    """
    if width <= 0:
        raise ValueError(f"wrap width must be positive, got {width}")
    normalized = normalize_text(text)
    return _wrap_normalized(normalized, float(width), float(size), bool(bold))


@lru_cache(maxsize=256)
def _wrap_normalized_cached(text: str, width: float, size: float, bold: bool) -> tuple[Line, ...]:
    lines: list[Line] = []
    offset = 0
    for hard_line in text.split("\n"):
        if hard_line.strip(" \u200b") == "":
            lines.append(Line((), 0.0, offset, offset))
        else:
            lines.extend(_fill(text, _pieces(hard_line, offset, size, bold), width, size, bold))
        offset += len(hard_line) + 1
    return tuple(lines)


def _wrap_normalized(text: str, width: float, size: float, bold: bool) -> list[Line]:
    return list(_wrap_normalized_cached(text, width, size, bold))


# --------------------------------------------------------------------------- drawing


def draw_line(canvas: object, line: Line, x: float, y: float, size: float) -> None:
    """Draw a wrapped line with its pen starting at (x, y), baseline at y, in the fill colour."""
    for run in line.runs:
        draw_run(canvas, x, y, shape(run.text, run.font), size)
        x += run.width


# --------------------------------------------------------------------------- flowable


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a ShapedParagraph looks. Sizes in points."""

    size: float = 10.0
    bold: bool = False
    alignment: Alignment = "left"
    color: colors.Color = field(default=colors.black)
    line_spacing: float = 1.0  # multiplies the font-derived line height
    space_before: float = 0.0
    space_after: float = 0.0

    @classmethod
    def from_paragraph_style(cls, style: object) -> TextStyle:
        """Take size, weight, alignment, colour and spacing from a ReportLab ParagraphStyle."""
        alignment: Alignment = "left"
        code = getattr(style, "alignment", 0)
        if code == TA_CENTER:
            alignment = "center"
        elif code == TA_RIGHT:
            alignment = "right"
        elif code == TA_JUSTIFY:
            alignment = "left"  # justification of unspaced scripts is not supported
        font_name = str(getattr(style, "fontName", ""))
        return cls(
            size=float(getattr(style, "fontSize", 10.0)),
            bold="bold" in font_name.lower(),
            alignment=alignment,
            color=getattr(style, "textColor", colors.black) or colors.black,
            space_before=float(getattr(style, "spaceBefore", 0.0)),
            space_after=float(getattr(style, "spaceAfter", 0.0)),
        )


class ShapedParagraph(Flowable):
    """A paragraph of any of the supported scripts, wrapped at word breaks and shaped.

    `style` is a TextStyle or a ReportLab ParagraphStyle; keyword overrides (size, bold,
    alignment, color, line_spacing, space_before, space_after) win over it. Text is
    plain (no markup); "\\n" starts a new line.
    """

    def __init__(self, text: str, style: object = None, **overrides: object) -> None:
        super().__init__()
        if style is None:
            base = TextStyle()
        elif isinstance(style, TextStyle):
            base = style
        else:
            base = TextStyle.from_paragraph_style(style)
        self.style: TextStyle = replace(base, **overrides) if overrides else base
        self.text = normalize_text(text)
        self._lines: list[Line] = []
        self._metrics: list[tuple[float, float]] = []
        self._wrapped_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    # -- layout

    def _layout(self, avail_width: float) -> None:
        if self._wrapped_width == avail_width and self._lines:
            return
        style = self.style
        width = max(avail_width, 1.0)
        self._lines = _wrap_normalized(self.text, width, style.size, style.bold) or [Line((), 0.0, 0, 0)]
        empty_font = font_for(dominant_script(self.text), style.bold)
        self._metrics = [
            tuple(v * style.line_spacing for v in line_extents(line, style.size, empty_font))
            for line in self._lines
        ]
        self._wrapped_width = avail_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        self.width = availWidth
        self.height = sum(a + d for a, d in self._metrics)
        return self.width, self.height

    @property
    def lines(self) -> list[Line]:
        """Lines from the last wrap (empty before the paragraph was laid out)."""
        return list(self._lines)

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        """Width of the widest unbreakable piece, for tables with automatic column widths."""
        widest = 0.0
        offset = 0
        for hard_line in self.text.split("\n"):
            for piece in _pieces(hard_line, offset, self.style.size, self.style.bold):
                widest = max(widest, piece.content_width)
            offset += len(hard_line) + 1
        return widest

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # Like ReportLab's Paragraph, split the lines of the last wrap: a Table splitting
        # a row passes the whole column width here, while the cell wrapped the paragraph
        # at the width inside its padding.
        if self._wrapped_width is None:
            self._layout(availWidth)
        availWidth = self._wrapped_width  # noqa: N806
        used = 0.0
        fitting = 0
        for ascent, descent in self._metrics:
            if used + ascent + descent > availHeight + _EPSILON:
                break
            used += ascent + descent
            fitting += 1
        if fitting == 0 or fitting == len(self._lines):
            return []  # nothing fits here, or everything does (ReportLab asked needlessly)
        cut = self._lines[fitting].start
        head = ShapedParagraph("", replace(self.style, space_after=0.0))
        head.text = self.text[:cut]
        head._lines = self._lines[:fitting]
        head._metrics = self._metrics[:fitting]
        head._wrapped_width = availWidth
        tail = ShapedParagraph("", replace(self.style, space_before=0.0))
        tail.text = self.text[cut:]
        return [head, tail]

    # -- drawing

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.color)
        y = self.height
        for line, (ascent, descent) in zip(self._lines, self._metrics):
            y -= ascent
            if style.alignment == "center":
                x = (self.width - line.width) / 2.0
            elif style.alignment == "right":
                x = self.width - line.width
            else:
                x = 0.0
            draw_line(canvas, line, x, y, style.size)
            y -= descent
        canvas.restoreState()

    def __repr__(self) -> str:
        preview = self.text[:30] + ("…" if len(self.text) > 30 else "")
        return f"ShapedParagraph({preview!r})"
