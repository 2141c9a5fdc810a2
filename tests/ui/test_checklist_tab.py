"""The Checklist tab from the inspector's seat: what a number item needs, and the proposed findings at 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.services import checklist
from inspector_app.core.views import editor as editor_views
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from .laptop import laptop_window
from .test_editor import answers, wait_saved
from .typing_helpers import type_text

AGE = "LPA-C-01"  # "Age of the youngest worker found": a number item, in years


def open_checklist(ui_ctx: UiContext, qtbot: QtBot, inspection_id: str) -> EditorPage:
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.checklist)
    return editor


def answer_cell(editor: EditorPage, code: str) -> str:
    return editor.checklist_model.index_of(code, 1).data() or ""


def section_progress(editor: EditorPage, code: str) -> str:
    model = editor.checklist_model
    section = model.index_of(code).parent()
    return model.index(section.row(), 1).data()


def test_ticking_compliant_on_a_number_item_says_its_number_is_still_needed(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(AGE)
    assert tab.value_edit.isVisible() and tab.value_edit.placeholderText() == "Number (years)"
    qtbot.mouseClick(tab.answer_buttons["compliant"], Qt.MouseButton.LeftButton)
    wait_saved(qtbot, editor)

    # Not answered yet, and everything the inspector sees says so and says what is missing: the number.
    assert AGE in editor_views.missing_required_items(ui_ctx.store, inspection_id)  # what "Mark completed" checks
    assert AGE in editor.checklist_model.missing_required()
    assert section_progress(editor, AGE).startswith("0 of ")
    assert answer_cell(editor, AGE) == "Number (years)"
    assert QApplication.focusWidget() is tab.value_edit  # the cursor is where the answer goes

    type_text(tab.value_edit, "16")
    qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, editor)
    stored = answers(ui_ctx.store, inspection_id)[AGE]
    assert (stored.result, stored.value) == ("compliant", "16")
    assert AGE not in editor_views.missing_required_items(ui_ctx.store, inspection_id)
    assert AGE not in editor.checklist_model.missing_required()
    assert section_progress(editor, AGE).startswith("1 of ")
    assert answer_cell(editor, AGE) == "16"


def test_a_one_key_answer_on_a_number_item_moves_on_and_leaves_the_number_marked(ui_ctx: UiContext,
                                                                                   qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(AGE)
    qtbot.keyClick(tab.tree, Qt.Key.Key_C)
    assert tab._current is not None and tab._current.code != AGE  # the one-key flow goes on
    wait_saved(qtbot, editor)
    assert answer_cell(editor, AGE) == "Number (years)"
    background = editor.checklist_model.index_of(AGE, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None and background.color().name() == "#fff3cd"  # as "Mark completed" marks it
    assert AGE in editor_views.missing_required_items(ui_ctx.store, inspection_id)


@pytest.mark.parametrize(("result", "value"), [(r, v) for r in ("compliant", "non_compliant", "not_applicable",
                                                                 "not_checked") for v in (None, "16")])
def test_a_stored_number_answer_is_counted_as_mark_completed_counts_it(ui_ctx: UiContext, qtbot: QtBot,
                                                                       result: str, value: str | None) -> None:
    """Answers already in a store (a result ticked with no number among them) show as what they are: the
    editor counts what "Mark completed" counts, and an item it still needs names what it needs."""
    inspection_id = new_inspection(ui_ctx.store)
    checklist.save_answer(ui_ctx.store, inspection_id, AGE, value=value)
    checklist.save_answer(ui_ctx.store, inspection_id, AGE, result=result)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    missing = AGE in editor_views.missing_required_items(ui_ctx.store, inspection_id)
    assert (AGE in editor.checklist_model.missing_required()) == missing
    assert section_progress(editor, AGE).startswith("0 of " if missing else "1 of ")
    shown = answer_cell(editor, AGE)
    if missing:  # a result ticked names the number it still needs; nothing ticked is "Not checked", as elsewhere
        assert shown == ("Number (years)" if result in ("compliant", "non_compliant") else "Not checked")
    else:
        assert shown == ("Not applicable" if result == "not_applicable" else value)


def test_not_checked_on_a_number_item_takes_its_number_back(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """"Not checked" means not answered: the number goes too (and comes back with Ctrl+Z)."""
    inspection_id = new_inspection(ui_ctx.store)
    checklist.save_answer(ui_ctx.store, inspection_id, AGE, value="16")
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(AGE)
    qtbot.mouseClick(tab.answer_buttons["not_checked"], Qt.MouseButton.LeftButton)
    wait_saved(qtbot, editor)
    stored = answers(ui_ctx.store, inspection_id)[AGE]
    assert (stored.result, stored.value) == ("not_checked", None)
    assert tab.value_edit.text() == "" and AGE in editor_views.missing_required_items(ui_ctx.store, inspection_id)
    tab.undo_stack.undo()
    wait_saved(qtbot, editor)
    stored = answers(ui_ctx.store, inspection_id)[AGE]
    assert (stored.result, stored.value) == ("compliant", "16") and tab.value_edit.text() == "16"


# -- proposed findings at 1366×768 ------------------------------------------------------------------

def wholly_shown(widget: QWidget) -> bool:
    """Not hidden, and not cut by any scroll area or window edge around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == QRect(0, 0, widget.width(), widget.height())


@pytest.mark.parametrize("language", ["en", "th", "my", "km", "lo"])
def test_proposed_findings_wrap_and_their_buttons_are_in_sight_on_a_laptop(ui_ctx: UiContext, translations: Translations,
                                                                            app_font: None, qtbot: QtBot, language: str) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    for code in ("LPA-C-01", "LPA-C-03", "LPA-D-02", "LPA-E-03"):  # long finding titles in every language
        checklist.save_answer(ui_ctx.store, inspection_id, code, result="non_compliant")
    translations.apply(language)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.checklist)
    tab = editor.checklist
    for code in ("LPA-C-01", "LPA-E-03"):  # an item whose help is long, then one further down
        tab.select_item(code)
        qtbot.waitUntil(lambda: tab.proposal_list.count() == 4)
        QApplication.processEvents()
        proposals = tab.proposal_list
        assert proposals.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
        for row in range(proposals.count()):  # every proposal is shown whole, in lines that fit the list's width
            rect = proposals.visualItemRect(proposals.item(row))
            assert rect.width() <= proposals.viewport().width()
            shown = QStyleOptionViewItem()
            shown.font = proposals.font()
            proposals.itemDelegate().initStyleOption(shown, proposals.model().index(row, 0))
            lines = shown.text.split("\u2028")  # the lines Qt is given (it breaks at line separators)
            assert "".join(lines).replace(" ", "") == proposals.item(row).text().replace(" ", "")
            metrics = QFontMetricsF(proposals.font())
            assert max(metrics.horizontalAdvance(line) for line in lines) <= rect.width()
            assert rect.height() >= len(lines) * metrics.height()
        for button in (tab.accept_button, tab.dismiss_button):
            assert wholly_shown(button), f"{button.text()!r} is not in sight with {code} selected"
        assert wholly_shown(tab.proposal_title)
        assert proposals.visibleRegion().boundingRect().height() >= proposals.sizeHintForRow(0)


def test_an_item_answered_by_a_choice_reads_not_checked_until_answered(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """Its placeholder ("Choice") in the Answer column read like an answer given."""
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    assert answer_cell(editor, "LPA-D-01") == answer_cell(editor, "LPA-D-02") == "Not checked"
    assert answer_cell(editor, AGE) == "Not checked"
