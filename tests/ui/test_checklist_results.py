"""The result the Checklist tab shows for an item answered by a value: a choice's result follows the choice the
inspector picks, and an age or a wage decides the result it judges, with a line saying so when the tick disagrees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core.models import Finding
from inspector_app.core.services import checklist
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.checklist_tab import ChecklistTab
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from .laptop import laptop_window
from .screens import save_as_shown
from .test_checklist_tab import answer_cell, open_checklist
from .test_editor import answers, wait_saved
from .typing_helpers import type_text

PASSPORTS = "LPA-D-01"  # who holds the passports: "employer", "broker" and "other" are violations
AGE = "LPA-C-01"  # the youngest worker's age: under 15 is child labour
RED, GREEN = "#b00020", "#1b5e20"


def answer_colour(editor: EditorPage, code: str) -> str:
    brush = editor.checklist_model.index_of(code, 1).data(Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush is not None else ""


def pick(qtbot: QtBot, tab: ChecklistTab, choice: str) -> None:
    """Choose an answer in the item's choice list with the keyboard, as an inspector does."""
    combo = tab.choice_edit
    combo.setFocus()
    target = combo.findData(choice)
    assert target > 0
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def proposed(tab: ChecklistTab) -> list[str]:
    return [tab.proposal_list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(tab.proposal_list.count())]


def findings_of(ui_ctx: UiContext, inspection_id: str) -> list[str | None]:
    with ui_ctx.store.session() as s:
        return list(s.scalars(select(Finding.item_code).where(Finding.inspection_id == inspection_id)))


def test_switching_to_a_compliant_choice_shows_compliant_and_withdraws_the_proposal(ui_ctx: UiContext,
                                                                                    qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(PASSPORTS)

    pick(qtbot, tab, "employer")
    wait_saved(qtbot, editor)
    assert (answer_cell(editor, PASSPORTS), answer_colour(editor, PASSPORTS)) == ("The employer or its staff", RED)
    assert tab.answer_buttons["non_compliant"].isChecked()
    assert PASSPORTS in proposed(tab)

    pick(qtbot, tab, "workers")
    wait_saved(qtbot, editor)
    assert (answer_cell(editor, PASSPORTS), answer_colour(editor, PASSPORTS)) == ("The workers themselves", GREEN)
    assert tab.answer_buttons["compliant"].isChecked()
    assert answers(ui_ctx.store, inspection_id)[PASSPORTS].result == "compliant"
    assert PASSPORTS not in proposed(tab)  # no longer true, no longer offered
    assert not tab.result_note.isVisible() and not tab.finding_note.isVisible()

    pick(qtbot, tab, "broker")  # and back to a violation
    wait_saved(qtbot, editor)
    assert (answer_cell(editor, PASSPORTS), answer_colour(editor, PASSPORTS)) == ("A broker or recruitment agent", RED)
    assert answers(ui_ctx.store, inspection_id)[PASSPORTS].result == "non_compliant"
    assert PASSPORTS in proposed(tab)


def test_an_accepted_finding_stays_and_the_item_says_its_answer_no_longer_shows_a_violation(
        ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(PASSPORTS)
    pick(qtbot, tab, "employer")
    wait_saved(qtbot, editor)
    tab.proposal_list.setCurrentRow(proposed(tab).index(PASSPORTS))
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: findings_of(ui_ctx, inspection_id) == [PASSPORTS], timeout=10_000)
    tab.select_item(PASSPORTS)
    assert not tab.finding_note.isVisible()

    pick(qtbot, tab, "workers")
    wait_saved(qtbot, editor)
    assert answer_colour(editor, PASSPORTS) == GREEN
    assert findings_of(ui_ctx, inspection_id) == [PASSPORTS]  # the inspector's record is not deleted
    assert tab.finding_note.isVisible()
    assert tab.finding_note.plain_text() == ("A finding is recorded for this item, but its answer does not show a "
                                             "violation now. Check the finding on the Findings tab.")
    assert PASSPORTS not in proposed(tab)

    pick(qtbot, tab, "employer")  # the answer shows the violation again: the finding matches it
    wait_saved(qtbot, editor)
    assert not tab.finding_note.isVisible() and PASSPORTS not in proposed(tab)

    tab.answer_current("not_checked", advance=False)  # set aside: the finding stands, nothing contradicts it
    wait_saved(qtbot, editor)
    assert editor.checklist.model.result(PASSPORTS).result == "not_checked"
    assert not tab.finding_note.isVisible()


def test_age_14_ticked_compliant_shows_non_compliant_and_says_why(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(AGE)
    qtbot.mouseClick(tab.answer_buttons["compliant"], Qt.MouseButton.LeftButton)
    type_text(tab.value_edit, "14")
    qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, editor)

    stored = answers(ui_ctx.store, inspection_id)[AGE]
    assert (stored.result, stored.value) == ("compliant", "14")  # the tick stays the inspector's
    cell = editor.checklist_model.index_of(AGE, 1)
    assert (cell.data(), answer_colour(editor, AGE)) == ("14", RED)
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Non-compliant"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Age 14 is under 15: recorded as non-compliant."
    assert tab.result_note.isVisible()
    assert tab.result_note.plain_text() == "Age 14 is under 15: recorded as non-compliant."
    assert AGE in proposed(tab)

    qtbot.mouseClick(tab.answer_buttons["non_compliant"], Qt.MouseButton.LeftButton)  # the tick agrees now
    wait_saved(qtbot, editor)
    assert answer_colour(editor, AGE) == RED and not tab.result_note.isVisible()


def test_the_disagreement_is_said_in_thai_on_a_laptop(ui_ctx: UiContext, translations: Translations, app_font: None,
                                                      qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    checklist.save_answer(ui_ctx.store, inspection_id, AGE, result="compliant", value="14")
    translations.apply("th")
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.checklist)
    tab = editor.checklist
    tab.select_item(AGE)
    QApplication.processEvents()
    said = "อายุ 14 ปี ต่ำกว่า 15 ปี จึงบันทึกเป็น ไม่ถูกต้อง"
    assert tab.result_note.isVisible() and tab.result_note.plain_text() == said
    assert tab.result_note.visibleRegion().boundingRect().height() == tab.result_note.height()  # not cut off
    assert answer_colour(editor, AGE) == RED
    assert editor.checklist_model.index_of(AGE, 1).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "ไม่ถูกต้อง"
    save_as_shown(window, "checklist-age-overruled-th")


WAGE = "LPA-E-01"  # the lowest daily wage paid: below the minimum there on the visit's day is a violation


def test_a_visit_date_edited_on_the_overview_judges_the_wage_again_without_reopening(ui_ctx: UiContext,
                                                                                     qtbot: QtBot) -> None:
    """A wage of 300 THB in Mae Sot, on a visit dated before the first rate the app knows (1 Jan 2025): the
    tick stands (Compliant, green). The inspector corrects the visit date on the Overview tab to 2025: the
    Checklist tab, still open, now judges 300 against that day's minimum (352) and shows it red, with the
    reason; before, it kept judging by the date it was opened with until the inspection was reopened."""
    from inspector_app.core.services import inspections

    store = ui_ctx.store
    inspection_id = new_inspection(store)
    inspections.update_inspection(store, inspection_id, visit_date="2024-06-03")
    checklist.save_answer(store, inspection_id, WAGE, result="compliant", value="300")
    editor = open_checklist(ui_ctx, qtbot, inspection_id)
    tab = editor.checklist
    tab.select_item(WAGE)
    assert answer_colour(editor, WAGE) == GREEN and tab.result_note.isHidden()

    ui_ctx.hub.publish(inspections.update_inspection(store, inspection_id, visit_date="2025-06-03"))
    qtbot.waitUntil(lambda: answer_colour(editor, WAGE) == RED, timeout=10_000)
    assert tab.result_note.isVisible() and "352" in tab.result_note.text()
    assert tab.value_edit.text() == "300"  # what the field holds is left as it is
