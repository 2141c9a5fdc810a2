from __future__ import annotations

import unicodedata
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER

from inspector_app.i18n.scripts import Script
from inspector_app.i18n.segment import words
from inspector_app.reports.text import (
    Line,
    ShapedParagraph,
    TextStyle,
    font_runs,
    normalize_text,
    shaped_width,
    wrap,
)
from tests.i18n.samples import ALL_SENTENCES, BURMESE_SENTENCES, KHMER_SENTENCES, THAI_SENTENCES

NARROW = [60.0, 90.0, 130.0]


def _word_starts(text: str) -> set[int]:
    return {0, *accumulate(len(w) for w in words(text))}


# ----------------------------------------------------------------- measuring


def test_shaped_width_uses_harfbuzz_advances() -> None:
    # Thai marks have no advance of their own once shaped: ที่ is as wide as ท.
    assert shaped_width("ที่", "NotoSerifThai", 12) == pytest.approx(shaped_width("ท", "NotoSerifThai", 12))
    assert shaped_width("ကြို", "NotoSansMyanmar", 12) > 0
    assert shaped_width("", "NotoSans", 12) == 0.0
    assert shaped_width("abc", "NotoSans", 20) == pytest.approx(2 * shaped_width("abc", "NotoSans", 10))


def test_font_runs_fall_back_to_latin_for_digits() -> None:
    runs = font_runs("ค่าจ้าง 352 บาท")
    assert [(font, text) for _s, font, text in runs] == [
        ("NotoSerifThai", "ค่าจ้าง "),
        ("NotoSans", "352"),
        ("NotoSerifThai", " บาท"),
    ]
    assert runs[0][0] == Script.THAI
    assert [f for _s, f, _t in font_runs("ကျေးဇူး (Myanmar)", bold=True)] == [
        "NotoSansMyanmar-Bold",
        "NotoSans-Bold",
    ]


def test_normalize_text_converts_zawgyi_and_composes() -> None:
    zawgyi = "\u1031\u1000\u103a\u1038\u1007\u1030\u1038\u1010\u1004\u1039\u1015\u102b\u1010\u101a\u1039"
    assert normalize_text(f"Note\r\n{zawgyi}") == "Note\nကျေးဇူးတင်ပါတယ်"
    assert normalize_text("Cafe\u0301") == "Café"


# ----------------------------------------------------------------- wrapping


def _widest_word(text: str, size: float = 10) -> float:
    return max(sum(shaped_width(p, f, size) for _s, f, p in font_runs(w)) for w in words(text))


@pytest.mark.parametrize("width", NARROW)
@pytest.mark.parametrize("text", THAI_SENTENCES)
def test_thai_lines_break_only_between_words(text: str, width: float) -> None:
    width = max(width, _widest_word(text))  # narrow, but every word fits on a line
    lines = wrap(text, width, 10)
    assert len(lines) > 1
    starts = _word_starts(text)
    for line in lines:
        assert line.start in starts, f"line starts inside a word: {text[line.start:line.start + 10]!r}"
        assert line.end in starts | {len(text)}
        assert line.width <= width + 0.01


@pytest.mark.parametrize("width", NARROW)
@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_lines_fit_and_keep_all_text(text: str, width: float) -> None:
    lines = wrap(text, width, 10)
    starts = _word_starts(text)
    for previous, line in zip(lines, lines[1:]):
        assert text[previous.end : line.start].strip(" \u200b") == ""
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for line in lines:
        words_in_line = words(text[line.start : line.end])
        if line.width > width + 0.01:
            # Only a single unbreakable piece may overflow, and then it is cut by clusters.
            assert len(words_in_line) == 1 and line.start not in starts
        assert line.width == pytest.approx(sum(run.width for run in line.runs))


@pytest.mark.parametrize("text", BURMESE_SENTENCES + KHMER_SENTENCES)
def test_burmese_and_khmer_wrap_between_words(text: str) -> None:
    starts = _word_starts(text)
    for line in wrap(text, 70, 10):
        assert line.start in starts


def test_overlong_thai_word_is_cut_at_syllables() -> None:
    lines = wrap("หนังสือเดินทาง", 40, 10)
    assert [line.text for line in lines] == ["หนังสือ", "เดินทาง"]
    lines = wrap("หนังสือเดินทาง", 25, 10)
    assert [line.text for line in lines] == ["หนัง", "สือ", "เดิน", "ทาง"]


def test_overlong_word_is_cut_between_clusters() -> None:
    text = "ကြွှို့ကြွှို့ကြွှို့ကြွှို့" + "x" * 40  # no break opportunity at all
    lines = wrap(text, 20, 10)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == text
    for line in lines:
        assert line.text and line.text[0] in "ကx"  # never a medial, vowel sign or mark first


def test_explicit_newlines_and_blank_lines() -> None:
    lines = wrap("บรรทัดแรก\n\nบรรทัดที่สาม", 500, 10)
    assert [line.text for line in lines] == ["บรรทัดแรก", "", "บรรทัดที่สาม"]
    assert lines[1].runs == ()


def test_zero_width_space_breaks_but_is_never_drawn() -> None:
    text = "ភាសា\u200bខ្មែរ\u200bភាសា\u200bខ្មែរ"
    lines = wrap(text, 60, 10)
    assert all("\u200b" not in line.text for line in lines)
    assert len(lines) >= 2


def test_wrap_rejects_non_positive_width() -> None:
    with pytest.raises(ValueError):
        wrap("x", 0, 10)


def test_long_burmese_paragraph_wraps() -> None:
    base = " ".join(BURMESE_SENTENCES)
    text = (base * (5000 // len(base) + 1))[:5000]
    lines = wrap(text, 200, 10)
    assert len(lines) > 20
    assert all(isinstance(line, Line) for line in lines)
    assert lines[-1].end == len(text.rstrip())


# ----------------------------------------------------------------- flowable


def test_paragraph_height_uses_font_extents_not_size() -> None:
    burmese = ShapedParagraph("ကြို", TextStyle(size=10))
    latin = ShapedParagraph("Hello", TextStyle(size=10))
    _, burmese_height = burmese.wrap(300, 1000)
    _, latin_height = latin.wrap(300, 1000)
    assert burmese_height > 2.0 * 10
    assert burmese_height > latin_height


def test_paragraph_split_keeps_every_line() -> None:
    text = " ".join(THAI_SENTENCES * 3)
    paragraph = ShapedParagraph(text, TextStyle(size=10))
    _, height = paragraph.wrap(120, 10_000)
    total_lines = len(paragraph.lines)
    head, tail = paragraph.split(120, height / 2)
    head_w, head_h = head.wrap(120, 10_000)
    tail.wrap(120, 10_000)
    assert head_h <= height / 2
    assert len(head.lines) + len(tail.lines) == total_lines
    assert head.text + tail.text == paragraph.text
    assert paragraph.split(120, 1) == []


def test_paragraph_accepts_a_reportlab_style() -> None:
    style = ParagraphStyle("t", fontName="NotoSans-Bold", fontSize=14, alignment=TA_CENTER, spaceAfter=6)
    paragraph = ShapedParagraph("หัวข้อ", style)
    assert paragraph.style.size == 14
    assert paragraph.style.bold
    assert paragraph.style.alignment == "center"
    assert paragraph.getSpaceAfter() == 6
    paragraph.wrap(200, 100)
    assert paragraph.lines[0].fonts == ("NotoSerifThai-Bold",)


def test_min_width_is_the_widest_unbreakable_piece() -> None:
    paragraph = ShapedParagraph("ก ข หนังสือเดินทาง", TextStyle(size=10))
    assert paragraph.minWidth() == pytest.approx(shaped_width("หนังสือเดินทาง", "NotoSerifThai", 10))


_WRAP_ALPHABET = list(
    "กขคงจทนมยรลวสอะาิีึืุู่้๊๋ัำเแโใไ"  # Thai letters, vowels, tone marks
    "ကခဂငစတနပမယရလသအါာိီုူေဲံ့း္်ျြွှ"  # Burmese
    "កខគងចតនបមយរលសអាិីុូេែំះ្់"  # Khmer
    "ກຂຄງຈດນບມຍລວສອະາິີຸູເແໂໃໄ່້ົັ"  # Lao
    "abcxyz0123456789 ().,-%\u200b\n"
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(_WRAP_ALPHABET), max_size=120), st.sampled_from([30.0, 55.0, 120.0]))
def test_wrap_invariants_on_random_text(text: str, width: float) -> None:
    normalized = normalize_text(text)
    lines = wrap(text, width, 9)
    assert lines
    assert lines[0].start == 0
    for previous, line in zip(lines, lines[1:]):
        gap = normalized[previous.end : line.start]
        assert gap.strip(" \u200b\n") == "", (gap, normalized)
    for line in lines:
        assert normalized[line.start : line.end].replace("\u200b", "") == line.text
        # A line never starts on a combining mark that had a base before it.
        if line.end > line.start and unicodedata.category(normalized[line.start]).startswith("M"):
            assert line.start == 0 or normalized[line.start - 1] in " \n\u200b"
