"""Fewer actions for the inspector: an interview starts with the team's interpreter and their language, and
"Mark completed" with items still open takes the inspector to the first of them, ready to answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core.models import WorkerInterview
from inspector_app.core.services import directory
from inspector_app.core.store import Store
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

from ..core.helpers import new_inspection
from .typing_helpers import type_text

BURMESE_AND_KAREN = "ဦးအောင်မြင့် (U Aung Myint)"
KHMER = "សុខ វណ្ណា (Sok Vanna)"


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down and click the entry, as a user does."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def offered(combo: QComboBox) -> list[str | None]:
    return [combo.itemData(n) for n in range(combo.count())]


def start_inspection_with(qtbot: QtBot, window: MainWindow, coordinator: str) -> EditorPage:
    qtbot.mouseClick(window.inspections.new_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(NewInspectionWizard)
    picker = wizard.establishment_step.picker
    type_text(picker.search, "แม่สอด")
    qtbot.waitUntil(lambda: picker.proxy.rowCount() == 1)
    picker.list.setCurrentIndex(picker.proxy.index(0, 0))
    for _ in range(3):
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(next_button.isEnabled)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    team = wizard.team_step.coordinators
    qtbot.waitUntil(lambda: team.count() == 2)
    entry = next(team.item(n) for n in range(team.count()) if team.item(n).text().startswith(coordinator))
    entry.setCheckState(Qt.CheckState.Checked)  # ticked in the list, as a click on its box does
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled)
    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        finish.click()
    qtbot.waitUntil(lambda: created.args[0] in window.editors)
    editor = window.editors[created.args[0]]
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    return editor


def test_an_interview_starts_with_the_teams_interpreter_whose_languages_narrow_the_lists(
        store: Store, ui_ctx: UiContext, qtbot: QtBot) -> None:
    directory.create_establishment(store, name_th="โรงงานเย็บผ้าแม่สอด", name_en="Mae Sot Garments", sector="factory",
                                   province_code="63", district_code="6306")
    for name, languages in ((BURMESE_AND_KAREN, ["my", "kar", "th"]), (KHMER, ["km", "th"])):
        directory.save_coordinator(store, full_name=name, languages=languages, no_conflict_declared=True)
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.show()
    editor = start_inspection_with(qtbot, window, BURMESE_AND_KAREN)

    tab = editor.interviews
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=10_000)
    assert tab.interpreter.currentText() == BURMESE_AND_KAREN
    assert tab.language.currentData() == "my"
    assert offered(tab.language) == [None, "my", "kar", "th"]  # what this interpreter works in

    def stored() -> list[tuple[str | None, str | None]]:
        with store.session() as s:
            interviews = s.scalars(select(WorkerInterview).order_by(WorkerInterview.worker_code)).all()
            return [(i.interpreter_id and directory_name(s, i.interpreter_id), i.language) for i in interviews]

    assert stored() == [(BURMESE_AND_KAREN, "my")]  # kept as soon as the interview exists, nothing to press

    # Another interpreter: their languages are offered; the language already recorded stays on view.
    choose(qtbot, tab.interpreter, KHMER)
    assert offered(tab.language) == [None, "km", "th", "my"] and tab.language.currentData() == "my"
    choose(qtbot, tab.language, "")  # cleared: then choosing an interpreter fills in their language
    choose(qtbot, tab.interpreter, "")
    assert offered(tab.language) == [None, "my", "km", "lo", "kar", "shn", "mnw", "th", "en"]  # nobody: all
    choose(qtbot, tab.interpreter, KHMER)
    assert tab.language.currentData() == "km"
    editor.flush()
    qtbot.waitUntil(lambda: not editor.saver.has_unsaved(), timeout=10_000)
    assert stored() == [(KHMER, "km")]

    # The next interview starts with the interpreter of the one before.
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10_000)
    assert (tab.interpreter.currentText(), tab.language.currentData()) == (KHMER, "km")
    assert stored() == [(KHMER, "km"), (KHMER, "km")]

    # Interpreter notes: the team's coordinator, translating from their language.
    notes = editor.notes
    editor.tabs.setCurrentWidget(notes)
    qtbot.waitUntil(lambda: notes.loaded, timeout=10_000)
    assert notes.coordinator.currentText() == BURMESE_AND_KAREN
    assert offered(notes.source) == ["my", "kar", "th"] and notes.source.currentData() == "my"
    choose(qtbot, notes.coordinator, KHMER)
    assert offered(notes.source) == ["km", "th"] and notes.source.currentData() == "km"


def directory_name(session, coordinator_id: str) -> str:  # noqa: ANN001
    from inspector_app.core.models import LanguageCoordinator

    return session.get(LanguageCoordinator, coordinator_id).full_name


def test_mark_completed_with_items_open_jumps_to_the_first_ready_to_answer(ui_ctx: UiContext, qtbot: QtBot) -> None:
    from inspector_app.core.models import ChecklistAnswer

    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.resize(1280, 600)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    tab, tree = editor.checklist, editor.checklist.tree
    # The first twenty items answered with one key each: the first one still open is far down the list.
    editor.tabs.setCurrentWidget(tab)
    codes = tab.model.all_codes()
    for _ in range(20):
        qtbot.keyClick(tree, Qt.Key.Key_A)
    first_open = next(code for code in codes[20:] if tab.model.item(code).required)
    editor.flush()
    tab.select_item(codes[0])
    editor.tabs.setCurrentWidget(editor.signoff)
    editor.activateWindow()
    qtbot.mouseClick(editor.signoff.complete_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is tab and tab._current is not None
                    and tab._current.code == first_open, timeout=10_000)
    assert tab.banner.isVisible() and tab.banner.plain_text() == editor.signoff.message.plain_text()
    shown = tree.visualRect(tree.currentIndex())
    assert tree.viewport().rect().contains(shown.center())  # scrolled into view
    control = QApplication.focusWidget()
    assert control is tab.answer_control() and control.isVisible()
    # Ready to answer: one key answers it, and the next open item comes up.
    qtbot.keyClick(control, Qt.Key.Key_C)
    editor.flush()
    with ui_ctx.store.session() as s:
        answer = s.scalars(select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == inspection_id,
                                                         ChecklistAnswer.item_code == first_open)).one()
    assert answer.result == "compliant" and tab._current.code == codes[codes.index(first_open) + 1]
