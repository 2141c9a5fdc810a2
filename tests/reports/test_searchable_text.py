"""Reports read back as the words they print, and their lines break between words.

A supervisor searching a PDF viewer for a Thai, Burmese, Khmer or Lao word gets what
the viewer's text layer holds: here, what poppler's `pdftotext` extracts from real
reports (the full report and the worker sheet in my, km, lo and th).

Where lines broke is read from the same text layer: each printed text is found in the
extracted text with line ends inside it, and every line end must fall where the shared
segmenter allows a break, never inside words such as "របស់" or "កម្មករ".
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from inspector_app.core.services import setup
from inspector_app.core.store import Store
from inspector_app.i18n.scripts import Script, dominant_script
from inspector_app.i18n.segment import break_opportunities
from inspector_app.reports import ReportResult, build_report
from inspector_app.reports.labels import RIGHT_TOPICS, labels
from inspector_app.reports.layout import STYLES, PageDecor, grid_table, render
from inspector_app.reports.text import ShapedParagraph

from ..conftest import PASSPHRASE, USER
from ..i18n.samples import WORKER_SHEET_KEYS, worker_texts
from ..i18n.test_segment import NEVER_SPLIT
from .report_data import NOTES, MadeInspection, make_inspection
from .test_render import pdffonts
from .test_reports import all_strings

GENERATED = datetime(2026, 3, 6, 3, 30, tzinfo=UTC)
LANGUAGES = ("my", "km", "lo", "th")
SCRIPT_LANGUAGE = {Script.MYANMAR: "my", Script.KHMER: "km", Script.LAO: "lo", Script.THAI: "th"}
CELL_PADDING = 7.0  # left and right padding of a report table cell, points
FONT = {"my": "NotoSansMyanmar", "km": "NotoSansKhmer", "lo": "NotoSansLao", "th": "NotoSerifThai"}

# Words a supervisor would search for, each printed on the report named.
SEARCHED = {
    "worker-km": ["កម្មករ", "របស់អ្នក", "ប្រាក់ឈ្នួល", "និយោជក", "ស្ត្រី", "ពាក្យបណ្តឹង", "ម៉ោង"],
    "worker-my": ["အလုပ်သမား", "အခွင့်အရေး", "နိုင်ငံကူးလက်မှတ်", "အလုပ်ရှင်", "ပွဲစား", "လုပ်ခ"],
    "worker-lo": ["ເຈົ້າ", "ຄ່າຈ້າງ", "ໜັງສືຜ່ານແດນ", "ນາຍຈ້າງ", "ບໍ່ມີສິດ", "ຜູ້ຍິງ"],
    "worker-th": ["ลูกจ้าง", "ค่าจ้าง", "หนังสือเดินทาง", "ไม่ต่ำกว่า", "เท่ากัน", "ต้องได้รับค่าจ้าง", "อย่างน้อยเดือนละครั้ง"],
    "full": [
        "นายจ้างยึดหนังสือเดินทาง", "ค่าจ้าง", "ไม่จัดให้มีวันหยุดประจำสัปดาห์", "ผู้ตรวจ",  # Thai marks
        "ပတ်စ်ပို့", "အလုပ်ရှင်", "သိမ်းထားပါတယ်",  # Burmese notes (one typed in Zawgyi)
        "លិខិតឆ្លងដែនរបស់ខ្ញុំ", "ម៉ោងក្នុងមួយថ្ងៃ", "ប្រាក់ខែ",  # Khmer notes
        "ໜັງສືຜ່ານແດນ", "ຊົ່ວໂມງ", "ເຮັດວຽກ",  # Lao notes
    ],
}


def pdftotext(path: Path) -> str:
    """The PDF's text layer as poppler reads it (fails, never skips, without poppler-utils)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def line_ends(extracted: str, text: str) -> list[int] | None:
    """Where `text` was broken into lines in `extracted`, as indices into `text`.

    Bullet and number columns of tables are read by poppler between a paragraph's lines,
    so lone "•" lines and blank lines are dropped first. A line that broke at a space
    lost that space; a line that broke between two words of an unspaced script lost
    nothing. None if `text` is not there at all.
    """
    kept = [line for line in extracted.splitlines() if line.strip() not in ("", "•")]
    flat = "\n".join(kept)
    parts = []
    for ch in text:
        parts.append("(?: |\n)" if ch == " " else re.escape(ch))
    pattern = "\n?".join(parts)
    match = re.search(pattern, flat)
    if match is None:
        return None
    ends = []
    position = 0
    matched = match.group()
    for i, ch in enumerate(matched):
        if ch != "\n":
            position += 1
        elif position < len(text) and text[position] == " " and matched[i + 1:i + 2] != " ":
            position += 1  # the line broke at this space and dropped it
            ends.append(position)
        else:
            ends.append(position)  # a new line starts at this index of `text`
    return ends


def check_lines(extracted: str, texts: list[str], language: str) -> tuple[int, int]:
    """Assert every line end inside the printed `texts` is a break between words.

    Returns (texts found, line ends checked).
    """
    found = checked = 0
    for text in texts:
        ends = line_ends(extracted, text)
        if ends is None:
            continue
        found += 1
        allowed = set(break_opportunities(text))
        for end in ends:
            checked += 1
            assert end in allowed, (
                f"line broke inside a word: {text[max(0, end - 12):end]!r} | {text[end:end + 12]!r}")
            for word in NEVER_SPLIT[language]:
                start = text.find(word)
                while start >= 0:
                    assert not start < end < start + len(word), f"{word!r} split across lines in {text!r}"
                    start = text.find(word, start + 1)
    return found, checked


# --------------------------------------------------------------------------- real reports


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, MadeInspection]]:
    store = setup.create_store(tmp_path_factory.mktemp("text") / "data", USER, PASSPHRASE, display_name="สมชาย ใจดี")
    yield store, make_inspection(store, visit_type="complaint", zawgyi_note=True)
    store.close()


@pytest.fixture(scope="module")
def results(made: tuple[Store, MadeInspection]) -> dict[str, ReportResult]:
    store, inspection = made
    out = {"full": build_report(store, "full", inspection.id, generated_at=GENERATED)}
    for language in LANGUAGES:
        out[f"worker-{language}"] = build_report(store, "worker", inspection.id, language=language,
                                                 generated_at=GENERATED)
    return out


@pytest.fixture(scope="module")
def reports_source(results: dict[str, ReportResult]) -> dict[str, Any]:
    return results["full"].source


@pytest.fixture(scope="module")
def pdfs(results: dict[str, ReportResult], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    paths = {}
    for name, result in results.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(result.pdf)
    return paths


@pytest.mark.parametrize("name", list(SEARCHED))
def test_words_are_found_in_the_text_layer(pdfs: dict[str, Path], name: str) -> None:
    extracted = pdftotext(pdfs[name])
    flat = extracted.replace("\n", "")  # a searched phrase may run over a line end
    missing = [word for word in SEARCHED[name] if word not in flat]
    assert missing == [], f"not found in the text of {name}: {missing}"
    # Nothing of the glyph level leaks into the text layer.
    assert not re.search("[\ue000-\uf8ff\ufffd]", extracted), "private-use or replacement characters in the text"


@pytest.mark.parametrize("name", list(SEARCHED))
def test_fonts_stay_embedded(pdfs: dict[str, Path], name: str) -> None:
    rows = pdffonts(pdfs[name])
    assert rows and [row["name"] for row in rows if row["emb"] != "yes"] == []
    names = {row["name"].split("+", 1)[-1] for row in rows}
    if name.startswith("worker-"):
        assert f"{FONT[name.removeprefix('worker-')]}-Regular" in names
    else:
        assert {"NotoSerifThai-Regular", "NotoSansMyanmar-Regular", "NotoSansKhmer-Regular",
                "NotoSansLao-Regular"} <= names


@pytest.mark.parametrize("language", LANGUAGES)
def test_worker_sheet_lines_break_between_words(pdfs: dict[str, Path], language: str) -> None:
    keys = [*WORKER_SHEET_KEYS, *(f"right_{topic}" for topic in RIGHT_TOPICS)]
    sheet_texts = [text for key in keys if (text := labels(key).get(language))]
    found, checked = check_lines(pdftotext(pdfs[f"worker-{language}"]), sheet_texts, language)
    assert found >= 5, f"only {found} worker-sheet texts found in the {language} PDF"
    assert checked >= 3, f"only {checked} line ends to check in the {language} PDF"


def test_full_report_lines_break_between_words(pdfs: dict[str, Path], reports_source: dict[str, Any]) -> None:
    """Every string the full report prints from its data (notes, findings, names, answers)."""
    extracted = pdftotext(pdfs["full"])
    by_language: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for text in set(all_strings(reports_source)):
        language = SCRIPT_LANGUAGE.get(dominant_script(text))
        if language and len(text) > 3:
            by_language[language].append(text)
    for language, (original, _translation) in NOTES.items():
        assert line_ends(extracted, original) is not None, f"the {language} note is not in the report's text"
    checked = {language: check_lines(extracted, texts, language) for language, texts in by_language.items()}
    assert checked["th"][0] >= 20 and checked["th"][1] >= 2, checked  # long findings wrap in their cells
    assert all(found >= 1 for found, _ in checked.values()), checked


# --------------------------------------------------------------------------- narrow columns


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_worker_text_wraps_between_words_in_narrow_columns(language: str, tmp_path: Path) -> None:
    """All worker questions, answer choices and sheet texts, in table cells of three widths.

    The narrowest column still holds the longest word (a word wider than a whole line is
    cut as a last resort; test_text.py covers that).
    """
    texts = worker_texts(language)
    widest_word = max(ShapedParagraph(text, STYLES.cell).minWidth() for text in texts)
    decor = PageDecor(title="Line breaks", report_number="T-2", generated="2026-03-06",
                      page_label=lambda page, pages: f"{page}/{pages}", report_number_label="No.",
                      generated_label="Generated")
    total = 0
    for width in (28 * mm, 45 * mm, 80 * mm):
        width = max(width, widest_word + CELL_PADDING)
        pdf = tmp_path / f"{language}-{int(width)}.pdf"
        pdf.write_bytes(render([grid_table(None, [[text] for text in texts], [width])], decor).pdf)
        found, checked = check_lines(pdftotext(pdf), texts, language)
        assert found == len(texts), f"{len(texts) - found} texts not found at width {width / mm:.0f} mm"
        total += checked
    assert total >= 2 * len(texts), f"too few line ends to judge: {total}"
