"""The bundled fonts: which file draws which script, registered once with ReportLab.

All faces are Noto (SIL OFL 1.1, see resources/fonts/OFL.txt) and are embedded in every
PDF, so a report prints the same on any machine. The Qt side registers the same files
through `FONT_FILES` so screen and paper use identical glyphs.

Script faces carry only their own script plus a few punctuation marks; Latin letters,
digits and most punctuation inside Thai or Burmese text fall back to Noto Sans
(see `inspector_app.reports.text`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import uharfbuzz
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from inspector_app.i18n.scripts import Script
from inspector_app.paths import resources_dir

__all__ = [
    "BUNDLED_FONTS",
    "FONT_DIR",
    "FONT_FILES",
    "BundledFont",
    "canvas_maker",
    "fallback_font",
    "font_extents",
    "font_for",
    "harfbuzz_font",
    "has_glyph",
    "ink_extents",
    "register_fonts",
    "table_font_commands",
]

FONT_DIR: Path = resources_dir() / "fonts"


@dataclass(frozen=True, slots=True)
class BundledFont:
    name: str  # ReportLab font name
    filename: str
    family: str  # family name the font declares (what Qt will see)
    script: Script
    bold: bool

    @property
    def path(self) -> Path:
        return FONT_DIR / self.filename


BUNDLED_FONTS: tuple[BundledFont, ...] = (
    BundledFont("NotoSans", "NotoSans-Regular.ttf", "Noto Sans", Script.LATIN, False),
    BundledFont("NotoSans-Bold", "NotoSans-Bold.ttf", "Noto Sans", Script.LATIN, True),
    BundledFont("NotoSerifThai", "NotoSerifThai-Regular.ttf", "Noto Serif Thai", Script.THAI, False),
    BundledFont("NotoSerifThai-Bold", "NotoSerifThai-Bold.ttf", "Noto Serif Thai", Script.THAI, True),
    BundledFont("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", "Noto Sans Myanmar", Script.MYANMAR, False),
    BundledFont("NotoSansMyanmar-Bold", "NotoSansMyanmar-Bold.ttf", "Noto Sans Myanmar", Script.MYANMAR, True),
    BundledFont("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "Noto Sans Khmer", Script.KHMER, False),
    BundledFont("NotoSansKhmer-Bold", "NotoSansKhmer-Bold.ttf", "Noto Sans Khmer", Script.KHMER, True),
    BundledFont("NotoSansLao", "NotoSansLao-Regular.ttf", "Noto Sans Lao", Script.LAO, False),
    BundledFont("NotoSansLao-Bold", "NotoSansLao-Bold.ttf", "Noto Sans Lao", Script.LAO, True),
)

#: ReportLab font name -> TrueType file, for anything else that must load the same faces.
FONT_FILES: dict[str, Path] = {font.name: font.path for font in BUNDLED_FONTS}

_BY_SCRIPT: dict[tuple[Script, bool], str] = {(font.script, font.bold): font.name for font in BUNDLED_FONTS}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register every bundled face and its bold partner with ReportLab (idempotent).

    Each regular name is also a family, so `<b>` in a ReportLab Paragraph using e.g.
    "NotoSerifThai" picks "NotoSerifThai-Bold".
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        missing = [str(font.path) for font in BUNDLED_FONTS if not font.path.is_file()]
        if missing:
            raise FileNotFoundError(f"bundled fonts missing: {', '.join(missing)}")
        for font in BUNDLED_FONTS:
            pdfmetrics.registerFont(TTFont(font.name, str(font.path)))
        for font in BUNDLED_FONTS:
            if font.bold:
                continue
            bold = _BY_SCRIPT[(font.script, True)]
            # Bundled faces have no italics; italic requests keep the upright shapes.
            addMapping(font.name, 0, 0, font.name)
            addMapping(font.name, 1, 0, bold)
            addMapping(font.name, 0, 1, font.name)
            addMapping(font.name, 1, 1, bold)
        _registered = True


def font_for(script: Script | str, bold: bool = False) -> str:
    """ReportLab font name for a script (Latin's Noto Sans for OTHER), registered on first use."""
    register_fonts()
    script = Script(script)
    if script == Script.OTHER:
        script = Script.LATIN
    return _BY_SCRIPT[(script, bool(bold))]


def fallback_font(bold: bool = False) -> str:
    """The face used for characters a script face lacks (digits, Latin, punctuation)."""
    return font_for(Script.LATIN, bold)


def canvas_maker(*args: object, **kwargs: object) -> Canvas:
    """A ReportLab Canvas that starts in Noto Sans instead of Helvetica.

    Pass it as `canvasmaker=` to `doc.build(...)`: ReportLab otherwise references the
    non-embedded Helvetica in every page's preamble, and a report must embed all fonts.
    """
    register_fonts()
    if not kwargs.get("initialFontName"):  # doc templates pass None explicitly
        kwargs["initialFontName"] = fallback_font()
    return Canvas(*args, **kwargs)


def table_font_commands() -> list[tuple[object, ...]]:
    """TableStyle commands that keep a Table off Helvetica.

    A Table sets its cell font on the canvas before every cell, flowable or not, and the
    default is the non-embedded Helvetica. Start every TableStyle with these.
    """
    return [("FONTNAME", (0, 0), (-1, -1), fallback_font())]


@lru_cache(maxsize=None)
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    # Snapshot before shaping adds private-use entries for unmapped glyphs.
    return frozenset(code for code in font.face.charToGlyph if not 0xE000 <= code <= 0xF8FF)


def has_glyph(font_name: str, ch: str) -> bool:
    """True if the font maps this character to a glyph of its own."""
    return ord(ch) in _cmap(font_name)


# Clusters that reach furthest above and below the baseline in each script, measured once
# so that every line of a paragraph gets the same height even when only some lines hold
# such a stack.
_TALL_SAMPLES: dict[Script, str] = {
    Script.LATIN: "ÅÉÇÑgjpqy|",
    Script.THAI: "ปั้ ฟ้่ ฝั่ ป๋ ฎุ ฐู ญ ฤๅ",
    Script.MYANMAR: "ကြွှို့ ဂြို ညှို့ ချွှို့ ဍ္ဍ ဋ္ဌ သင်္ချိုင်း",
    Script.KHMER: "ស្ត្រី ក្សត្រ ង្ក្រ ញ្ជូ ហ្វ្រ ប៊ុ គ្រឿង ក្បួន",
    Script.LAO: "ເຂົ້າ ຫຼື ຜູ້ ປີ້ ກິ່ງ ໂຫຼດ",
}


@lru_cache(maxsize=None)
def font_extents(font_name: str) -> tuple[float, float]:
    """(ascent, descent) in thousandths of the font size, both positive.

    The larger of the font's typographic (OS/2) metrics and the ink of its script's
    tallest and deepest clusters: Noto Sans Khmer, for one, declares a descent far
    shorter than its stacked subscript consonants.
    """
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    ascent = float(face.ascent)
    descent = float(-face.descent)
    bundled = next(font for font in BUNDLED_FONTS if font.name == font_name)
    ink_top, ink_bottom = ink_extents(_TALL_SAMPLES[bundled.script], font_name)
    return max(ascent, ink_top), max(descent, ink_bottom)


@lru_cache(maxsize=None)
def harfbuzz_font(font_name: str) -> uharfbuzz.Font:
    """The HarfBuzz font for a bundled face, at its design scale (units per em)."""
    path = FONT_FILES.get(font_name)
    if path is None:
        raise KeyError(f"not a bundled font: {font_name}")
    return uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))


@lru_cache(maxsize=8192)
def ink_extents(text: str, font_name: str) -> tuple[float, float]:
    """Highest and lowest ink of the shaped text, in thousandths of the font size.

    Returns (height above the baseline, depth below it), both >= 0.
    """
    if font_name not in FONT_FILES or not text:
        return 0.0, 0.0
    font = harfbuzz_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    top = 0.0
    bottom = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
        extents = font.get_glyph_extents(info.codepoint)
        if extents is None:
            continue
        # HarfBuzz extents: y_bearing is the top edge, height is negative downwards.
        glyph_top = position.y_offset + extents.y_bearing
        glyph_bottom = glyph_top + extents.height
        top = max(top, glyph_top)
        bottom = min(bottom, glyph_bottom)
    scale = 1000.0 / font.face.upem
    return top * scale, -bottom * scale
