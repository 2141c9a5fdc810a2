"""Wrapped labels break Burmese, Khmer, Lao and Thai between the words the PDFs break at.

The checklist tab shows each item's worker questions in a WrapLabel; the sync page,
banners and hints use it too. Checked on what the label shows: its lines, where each
one starts in the text, and that each fits the label.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from inspector_app.i18n.lines import unbreakable_pieces
from inspector_app.i18n.scripts import Script, dominant_script
from inspector_app.i18n.segment import ZWSP, break_opportunities, is_break_space, with_break_hints
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.language import set_current_language
from inspector_app.ui.widgets import WrapLabel

from ..core.helpers import new_inspection
from ..i18n.samples import worker_texts
from ..i18n.test_segment import NEVER_SPLIT

LANGUAGE_OF = {Script.MYANMAR: "my", Script.KHMER: "km", Script.LAO: "lo", Script.THAI: "th"}
# Worker questions holding "របស់" (LPA-D-01, LPA-D-03, LPA-E-03, LPA-E-06) and others.
ITEMS = ["LPA-D-01", "LPA-D-03", "LPA-E-03", "LPA-E-06", "FL-B-01", "FL-B-07"]


def line_starts(paragraph: str, lines: list[str]) -> list[int]:
    """Where each line after the first starts in `paragraph` (lines drop break spaces)."""
    starts = []
    position = 0
    for number, line in enumerate(lines):
        if number:
            while position < len(paragraph) and (is_break_space(paragraph[position]) or paragraph[position] == ZWSP):
                position += 1
            starts.append(position)
        assert paragraph.startswith(line, position), f"line {line!r} is not the text at {position}"
        position += len(line)
    assert paragraph[position:].strip(" \u200b") == "", "text missing from the label"
    return starts


def widest_word(label: WrapLabel) -> int:
    """Label width that fits its longest word (narrower, a word is cut as a last resort)."""
    metrics = QFontMetricsF(label.font())
    chrome = label.width() - label.contentsRect().width() + 2 * label.margin()
    return math.ceil(max(map(metrics.horizontalAdvance, unbreakable_pieces(label.plain_text())))) + 2 + chrome


def check_label(label: WrapLabel, language_of_paragraph: dict[str, str] | None = None) -> dict[str, int]:
    """Assert the label's lines break between words and fit; count lines per language."""
    shown = label.text().split("\n")
    metrics = QFontMetricsF(label.font())
    width = label.contentsRect().width() - 2 * label.margin()
    counts: dict[str, int] = {}
    for line in shown:
        assert metrics.horizontalAdvance(line) <= width, f"{line!r} is wider than the label ({width}px)"
    cursor = 0
    for paragraph in label.plain_text().split("\n"):
        # The lines of this paragraph: as many as it takes to cover its text.
        taken: list[str] = []
        while cursor < len(shown) and len("".join(taken).replace(" ", "")) < len(paragraph.replace(" ", "")):
            taken.append(shown[cursor])
            cursor += 1
        starts = line_starts(paragraph, taken)
        language = LANGUAGE_OF.get(dominant_script(paragraph))
        if language is None:
            continue
        counts[language] = counts.get(language, 0) + len(taken)
        allowed = set(break_opportunities(paragraph))
        for start in starts:
            assert start in allowed, f"{language} line starts inside a word: {paragraph[start - 8:start + 8]!r}"
            for word in NEVER_SPLIT[language]:
                index = paragraph.find(word)
                while index >= 0:
                    assert not index < start < index + len(word), f"{word!r} split in {paragraph!r}"
                    index = paragraph.find(word, index + 1)
    assert cursor == len(shown)
    return counts


def test_worker_questions_wrap_between_words(ui_ctx: UiContext, qtbot: QtBot) -> None:
    set_current_language("th")
    try:
        editor = EditorPage(ui_ctx, new_inspection(ui_ctx.store))
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
        editor.resize(900, 700)
        editor.show()
        editor.tabs.setCurrentWidget(editor.checklist)
        label = editor.checklist.worker_question
        counts: dict[str, int] = {}
        with_robas = 0
        for code in ITEMS:
            editor.checklist.select_item(code)
            qtbot.waitUntil(lambda: editor.checklist._current is not None  # noqa: SLF001
                            and editor.checklist._current.code == code and label.isVisible())  # noqa: SLF001
            # The layout gives the label the height its lines need (nothing cut off).
            qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
            for language, lines in check_label(label).items():
                counts[language] = counts.get(language, 0) + lines
            with_robas += "របស់" in label.plain_text()
        assert with_robas >= 4
        assert set(counts) == {"th", "my", "km", "lo"}, counts
        assert sum(counts.values()) > 4 * len(ITEMS), f"the questions did not wrap: {counts}"
    finally:
        set_current_language("")


@pytest.mark.parametrize("language", ["my", "km", "lo", "th"])
def test_every_worker_text_wraps_between_words_at_any_width(language: str, qtbot: QtBot) -> None:
    label = WrapLabel()
    qtbot.addWidget(label)
    label.show()
    wrapped = 0
    for text in worker_texts(language):
        label.setText(text)
        for width in (90, 150, 260):
            label.resize(max(width, widest_word(label)), 400)
            wrapped += check_label(label)[language] - 1
    assert wrapped > len(worker_texts(language)), "too few wrapped lines to judge"


def test_burmese_is_not_broken_between_syllables_of_a_word(qtbot: QtBot) -> None:
    """Left to itself Qt breaks လ|စာ (wage) and before the final of သည်; the label does not."""
    text = "ကျွန်ုပ်တို့သည်လစာကိုအချိန်မီမရရှိပါ။"
    label = WrapLabel(text)
    qtbot.addWidget(label)
    label.show()
    for width in range(40, 200, 10):
        label.resize(max(width, widest_word(label)), 200)
        lines = label.text().split("\n")
        for start in line_starts(text, lines):
            assert start in break_opportunities(text), f"broken inside a word at {width}px: {lines}"
        assert not any(line.startswith(("ည်", "စာ")) for line in lines)


def test_rich_text_is_left_to_qt(qtbot: QtBot) -> None:
    label = WrapLabel("<b>LPA-D-01</b> " + with_break_hints("นายจ้างยึดหนังสือเดินทาง"))
    qtbot.addWidget(label)
    assert label.wordWrap()
    assert label.plain_text().startswith("<b>")
