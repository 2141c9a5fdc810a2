"""The coordinators' handbook as a printed A5 booklet, in each coordinator's language."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.cli import main
from inspector_app.core.handbook import LANGUAGES, load_handbook
from inspector_app.reports import ReportResult
from inspector_app.reports.handbook import build_handbook
from inspector_app.reports.verify import SOURCE_FILE_NAME, source_sha256

from .test_render import pdffonts

BOOKLET_LANGUAGES = ("my", "km", "lo", "th", "en")
# Glossary terms a reader would look for, in each script (the glossary is in every booklet). They fit
# on one line of their cell: pdftotext reads a table row across its columns, so a term wrapped inside
# its cell comes out in pieces between its neighbours' words.
SEARCHABLE = {
    "my": ("အကျိုးဆောင်", "လူကုန်ကူးမှု", "စကားပြန်"),
    "km": ("មេខ្យល់", "ពលកម្មដោយបង្ខំ", "ប័ណ្ណការងារ"),
    "lo": ("ນາຍໜ້າ", "ການຄ້າມະນຸດ", "ໜັງສືຜ່ານແດນ"),
    "th": ("นายหน้า", "การค้ามนุษย์", "ค่าชดเชย"),
    "en": ("broker", "passport", "work permit"),
}
FONTS = {"NotoSansMyanmar-Regular", "NotoSansKhmer-Regular", "NotoSansLao-Regular", "NotoSerifThai-Regular",
         "NotoSans-Regular"}


@pytest.fixture(scope="module")
def booklets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ReportResult, Path]]:
    folder = tmp_path_factory.mktemp("booklets")
    out = {}
    for language in BOOKLET_LANGUAGES:
        result = build_handbook(language)
        path = folder / f"handbook-{language}.pdf"
        path.write_bytes(result.pdf)
        out[language] = (result, path)
    return out


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdftotext(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils (apt-get install poppler-utils); CI installs it")
    return subprocess.run([exe, str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("language", BOOKLET_LANGUAGES)
def test_booklet_is_a5_with_every_font_embedded(booklets: dict[str, tuple[ReportResult, Path]],
                                                language: str) -> None:
    result, path = booklets[language]
    rows = pdffonts(path)
    assert [r["name"] for r in rows if r["emb"] != "yes"] == []
    assert FONTS <= {r["name"].split("+", 1)[-1] for r in rows}
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    assert len(pages) == result.pages > 5
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (420, 595)  # A5 portrait, in points


@pytest.mark.parametrize("language", BOOKLET_LANGUAGES)
def test_booklet_embeds_its_source_with_every_term_in_five_languages(
        booklets: dict[str, tuple[ReportResult, Path]], language: str) -> None:
    result, _path = booklets[language]
    (content,) = PdfReader(io.BytesIO(result.pdf)).attachments[SOURCE_FILE_NAME]
    source = json.loads(content)
    assert source == result.source and source_sha256(source) == result.sha256
    handbook = load_handbook()
    printed = {term["id"]: term for category in source["handbook"]["glossary"] for term in category["terms"]}
    assert set(printed) == {term.id for term in handbook.glossary}
    for term in handbook.glossary:
        assert printed[term.id]["term"] == {code: term.term[code] for code in LANGUAGES}
        assert printed[term.id]["legal_basis"] or printed[term.id]["no_statutory_definition"]
    conduct = source["handbook"]["parts"][0]
    assert [item["text"] for item in conduct["items"]] == [item.text[language] for item in handbook.conduct.items]
    # The code of conduct says, in the reader's language, which texts are still to be confirmed.
    assert all(item["translation_to_be_confirmed"] == (language in ("my", "km", "lo")) for item in conduct["items"])
    wage = printed["minimum_wage"]
    assert {"key": "LPA:90", "citation": "LPA 90*"}.items() <= wage["legal_basis"][0].items()


@pytest.mark.parametrize("language", BOOKLET_LANGUAGES)
def test_booklet_text_is_searchable_in_all_five_scripts(booklets: dict[str, tuple[ReportResult, Path]],
                                                        language: str) -> None:
    result, path = booklets[language]
    text = _squeezed(pdftotext(path))
    missing = [term for terms in SEARCHABLE.values() for term in terms if _squeezed(term) not in text]
    assert missing == []
    conduct_title = load_handbook().conduct.title[language]
    assert _squeezed(conduct_title) in text
    assert result.sha256.upper()[:16] in text  # the verification block on the last page


def test_booklet_marks_unconfirmed_columns_and_references(booklets: dict[str, tuple[ReportResult, Path]]) -> None:
    _result, path = booklets["th"]
    text = _squeezed(pdftotext(path))
    assert _squeezed("မြန်မာ *") in text and _squeezed("ไทย *") not in text  # a whole column to be confirmed
    assert "LPA90*" in text  # the minimum-wage section is still to be checked against the Royal Gazette
    assert _squeezed(load_handbook().label("reference_to_be_confirmed", "th")) in text


def test_cli_writes_the_booklet_without_a_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(tmp_path / "no-such-data-dir"))
    out = tmp_path / "handbook-lo.pdf"
    code = main(["report", "--kind", "handbook", "--language", "lo", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "HB-1.0-LO" in captured.out and "SHA-256" in captured.out
    assert json.loads(PdfReader(out).attachments[SOURCE_FILE_NAME][0])["language"] == "lo"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert not (tmp_path / "no-such-data-dir").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["63-2569-AB1", "--kind", "handbook"], "leave out ID"),
        (["--kind", "handbook", "--province", "63"], "leave out --province"),
    ],
)
def test_cli_handbook_bad_input_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  argv: list[str], message: str) -> None:
    code = main(["report", *argv, "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code != 0 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("language", BOOKLET_LANGUAGES)
def test_booklet_cites_the_law_in_the_readers_language(booklets: dict[str, tuple[ReportResult, Path]],
                                                       language: str) -> None:
    """A Burmese, Khmer or Lao coordinator reads the minimum-wage section and the law's title in their own
    script (the unofficial translations of legal_sections.json), not in English."""
    source = booklets[language][0].source
    handbook = load_handbook()
    printed = {term["id"]: term for category in source["handbook"]["glossary"] for term in category["terms"]}
    citation = printed["minimum_wage"]["legal_basis"][0]["text"]
    lpa = handbook.legal.laws["LPA"]
    assert citation.startswith(lpa.short[language]), citation
    assert handbook.legal.sections["LPA:90"].title[language] in citation
    laws = {law["code"]: law["title"] for law in source["handbook"]["laws_cited"]}
    assert laws["LPA"] == lpa.title[language]


@pytest.mark.parametrize("language", BOOKLET_LANGUAGES)
def test_no_glossary_word_is_cut_to_fit_its_column(language: str) -> None:
    """"multidisciplin|ary team" and "non-punishm|ent" were cut mid-word in the English column of the Burmese
    booklet: every glossary column is now at least as wide as its longest word."""
    from reportlab.platypus import Table

    from inspector_app.reports.handbook import booklet_source, build_story
    from inspector_app.reports.layout import CELL_SIDE_PADDING
    from inspector_app.reports.text import ShapedParagraph

    from datetime import UTC, datetime

    story = build_story(booklet_source(load_handbook(), language, datetime(2026, 12, 1, tzinfo=UTC)))
    glossaries = [f for f in story if isinstance(f, Table) and len(f._colWidths) == len(LANGUAGES) + 1]
    assert glossaries
    checked = 0
    for table in glossaries:
        for row in table._cellvalues[1:]:
            for width, cell in zip(table._colWidths, row):
                for part in cell if isinstance(cell, list) else [cell]:
                    assert isinstance(part, ShapedParagraph)
                    assert part.minWidth() <= width - 2 * CELL_SIDE_PADDING + 0.01, (part.text, width)
                    checked += 1
    assert checked > 100


@pytest.mark.parametrize("language", ["my", "km", "lo"])
def test_legal_notes_are_in_thai_with_english_beside_them(booklets: dict[str, tuple[ReportResult, Path]],
                                                          language: str) -> None:
    """A coordinator works between Thai and the worker's language: a note on the law is given in Thai, the
    law's language, with the English beside it (it was English only)."""
    handbook = load_handbook()
    noted = {t.id: t for t in handbook.glossary if t.basis_note}
    printed = [term for category in booklets[language][0].source["handbook"]["glossary"]
               for term in category["terms"] if term["id"] in noted]
    assert printed
    for term in printed:
        assert term["basis_note"] == noted[term["id"]].basis_note["th"]
        assert term["basis_note_en"] == noted[term["id"]].basis_note["en"]
