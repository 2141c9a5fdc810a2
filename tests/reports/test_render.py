"""Render real PDFs with the text engine and check what a printer would get.

Here: fonts embedded, documents build, long text splits across pages. What the text
layer reads back, and where lines break in it, is checked in test_searchable_text.py.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from inspector_app.reports.fonts import canvas_maker, table_font_commands
from inspector_app.reports.text import ShapedParagraph, TextStyle

from .demo_text import SAMPLES, build

EXPECTED_FONTS = {
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoSerifThai-Regular",
    "NotoSerifThai-Bold",
    "NotoSansMyanmar-Regular",
    "NotoSansKhmer-Regular",
    "NotoSansLao-Regular",
}


def pdffonts(path: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts`; fails (never skips) when poppler-utils is not installed."""
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.fail("pdffonts not found: install poppler-utils (apt-get install poppler-utils); CI installs it")
    out = subprocess.run([exe, str(path)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()[2:]  # header and rule
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def _story_long_burmese(text: str) -> list:
    cell_table = Table(
        [[ShapedParagraph("ဆွေးနွေးချက်", TextStyle(bold=True)), ShapedParagraph(text)]],
        colWidths=[30 * mm, 60 * mm],
        splitInRow=1,
    )
    cell_table.setStyle(
        TableStyle(
            [
                *table_font_commands(),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [ShapedParagraph(text, TextStyle(size=10)), cell_table]


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("demo") / "demo.pdf")


def test_demo_embeds_every_font_and_only_embedded_fonts(demo_pdf: Path) -> None:
    rows = pdffonts(demo_pdf)
    not_embedded = [row["name"] for row in rows if row["emb"] != "yes"]
    assert not_embedded == [], f"fonts not embedded: {not_embedded}"
    names = {row["name"].split("+", 1)[-1] for row in rows}
    assert names == EXPECTED_FONTS
    assert all(row["uni"] == "yes" for row in rows)  # ToUnicode maps present


def test_demo_pdf_is_readable(demo_pdf: Path) -> None:
    reader = PdfReader(str(demo_pdf))
    assert len(reader.pages) >= 1
    english = "".join(page.extract_text() for page in reader.pages)
    assert "The employer retained" in english  # unshaped Latin copies back


@pytest.mark.slow
def test_5000_character_burmese_paragraph_renders(tmp_path: Path) -> None:
    from tests.i18n.samples import BURMESE_SENTENCES

    base = " ".join(BURMESE_SENTENCES) + " "
    text = (base * (5000 // len(base) + 1))[:5000]
    assert len(text) == 5000
    path = tmp_path / "long.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(_story_long_burmese(text), canvasmaker=canvas_maker)
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 4  # the frame paragraph and the table cell both split
    rows = pdffonts(path)
    assert {row["name"].split("+", 1)[-1] for row in rows} == {
        "NotoSansMyanmar-Regular",
        "NotoSansMyanmar-Bold",
    }
    assert all(row["emb"] == "yes" for row in rows)


def test_table_cell_splits_across_pages_keeping_all_lines(tmp_path: Path) -> None:
    text = SAMPLES["Thai"] * 12
    paragraph = ShapedParagraph(text)
    table = Table([["", paragraph]], colWidths=[20 * mm, 50 * mm], splitInRow=1)
    table.setStyle(TableStyle(table_font_commands()))
    path = tmp_path / "split.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(A4[0], 120 * mm))
    doc.build([table], canvasmaker=canvas_maker)
    assert len(PdfReader(str(path)).pages) >= 2
