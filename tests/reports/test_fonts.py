from __future__ import annotations

import pytest
import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector_app.i18n.scripts import Script
from inspector_app.reports.fonts import (
    BUNDLED_FONTS,
    FONT_DIR,
    FONT_FILES,
    font_extents,
    font_for,
    has_glyph,
    register_fonts,
)
from inspector_app.reports.text import font_runs
from tests.i18n.samples import ALL_SENTENCES


@pytest.mark.parametrize("font", BUNDLED_FONTS, ids=[f.name for f in BUNDLED_FONTS])
def test_bundled_file_is_a_static_truetype_font(font) -> None:  # noqa: ANN001
    assert font.path.is_file()
    TTFont(f"check-{font.name}", str(font.path))  # ReportLab can load it
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font.path)))
    assert face.reference_table("glyf").data, "TrueType outlines expected (not CFF)"
    assert not face.reference_table("fvar").data, "static font expected (not variable)"
    assert face.get_name(1).startswith(font.family)


def test_licence_and_readme_are_shipped() -> None:
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence
    readme = (FONT_DIR / "README.md").read_text(encoding="utf-8")
    for font in BUNDLED_FONTS:
        assert font.filename in readme
    shipped = {path.name for path in FONT_DIR.glob("*.ttf")}
    assert shipped == {font.filename for font in BUNDLED_FONTS}


def test_fonts_stay_small() -> None:
    total = sum(path.stat().st_size for path in FONT_DIR.iterdir())
    assert total < 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("script", "bold", "name"),
    [
        (Script.THAI, False, "NotoSerifThai"),
        (Script.THAI, True, "NotoSerifThai-Bold"),
        (Script.MYANMAR, False, "NotoSansMyanmar"),
        (Script.KHMER, True, "NotoSansKhmer-Bold"),
        (Script.LAO, False, "NotoSansLao"),
        (Script.LATIN, True, "NotoSans-Bold"),
        (Script.OTHER, False, "NotoSans"),
        ("Thai", False, "NotoSerifThai"),
    ],
)
def test_font_for(script: Script | str, bold: bool, name: str) -> None:
    assert font_for(script, bold) == name
    assert pdfmetrics.getFont(name).fontName == name


def test_registration_is_idempotent_and_families_have_bold() -> None:
    register_fonts()
    register_fonts()
    from reportlab.lib.fonts import tt2ps

    assert tt2ps("NotoSansMyanmar", 1, 0) == "NotoSansMyanmar-Bold"
    assert set(FONT_FILES) == {font.name for font in BUNDLED_FONTS}


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_every_sample_character_has_a_glyph(text: str, bold: bool) -> None:
    """No tofu: each run's font maps every character it is asked to draw."""
    for _script, font, piece in font_runs(text, bold):
        missing = [f"U+{ord(ch):04X}" for ch in piece if not has_glyph(font, ch)]
        assert not missing, f"{font} lacks {missing} in {piece!r}"


def test_line_metrics_leave_room_for_stacks() -> None:
    # Burmese needs far more than the font size: stacked medials and vowels.
    ascent, descent = font_extents("NotoSansMyanmar")
    assert ascent + descent > 2000
    # Noto Sans Khmer declares a shallow descent; the ink of subscripts must win.
    assert font_extents("NotoSansKhmer")[1] > 500
