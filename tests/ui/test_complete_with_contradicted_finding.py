"""The inspector presses "Mark completed" while a finding stands for an item whose answer was since changed to
one that shows no violation: the inspection stays a draft, and the editor takes the inspector to that item,
saying in Thai what is wrong and where to settle it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core.models import Inspection
from inspector_app.core.services import checklist
from inspector_app.core.store import Store
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from ..core.test_contradicted_findings import PASSPORTS, finding_for
from ..core.test_write_path import answer_all

THAI = re.compile(r"[\u0e00-\u0e7f]")


def with_passport_finding(store: Store) -> str:
    """An inspection answered throughout, with the employer holding the passports and that finding recorded."""
    inspection_id = new_inspection(store)
    answer_all(store, inspection_id)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="employer")
    finding_for(store, inspection_id, PASSPORTS)
    return inspection_id


def open_editor(ui_ctx: UiContext, qtbot: QtBot, inspection_id: str) -> EditorPage:
    """The inspection in the editor on a 1366×768 screen, read."""
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    return editor


def test_complete_stops_at_the_item_whose_answer_contradicts_its_finding(ui_ctx: UiContext, thai: Translations,
                                                                         qtbot: QtBot) -> None:
    store = ui_ctx.store
    inspection_id = with_passport_finding(store)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")
    editor = open_editor(ui_ctx, qtbot, inspection_id)
    editor.tabs.setCurrentWidget(editor.signoff)
    qtbot.mouseClick(editor.signoff.complete_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.checklist, timeout=20_000)
    tab = editor.checklist
    assert tab._current is not None and tab._current.code == PASSPORTS
    banner = tab.banner.text()
    assert PASSPORTS in banner and "ข้อค้นพบ" in banner and THAI.search(banner), banner
    assert tab.finding_note.isVisible() and "ข้อค้นพบ" in tab.finding_note.text()
    with store.session() as s:
        assert s.get(Inspection, inspection_id).status == "draft"


def test_the_findings_tab_says_which_finding_stands_against_its_answer_until_it_is_settled(
        ui_ctx: UiContext, thai: Translations, qtbot: QtBot) -> None:
    editor = open_editor(ui_ctx, qtbot, with_passport_finding(ui_ctx.store))
    qtbot.waitUntil(lambda: editor.findings.loaded, timeout=20_000)
    editor.tabs.setCurrentWidget(editor.findings)
    note = editor.findings.answer_note
    assert not note.isVisible()  # the answer still shows the violation

    checklist_tab = editor.checklist
    checklist_tab.go_to_item(PASSPORTS)
    checklist_tab.choice_edit.setCurrentIndex(checklist_tab.choice_edit.findData("workers"))
    checklist_tab.choice_edit.activated.emit(checklist_tab.choice_edit.currentIndex())
    editor.saver.flush()
    qtbot.waitUntil(lambda: note.isVisible(), timeout=20_000)
    assert PASSPORTS in note.text() and THAI.search(note.text()), note.text()

    editor.tabs.setCurrentWidget(editor.checklist)
    qtbot.waitUntil(lambda: checklist_tab.finding_note.isVisible(), timeout=20_000)  # on the item, too
    editor.tabs.setCurrentWidget(editor.findings)
    status = editor.findings.status
    status.setCurrentIndex(status.findData("dismissed"))
    status.activated.emit(status.currentIndex())
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=20_000)
    # Settled: the item on the Checklist tab no longer says the finding disagrees with it.
    editor.tabs.setCurrentWidget(editor.checklist)
    qtbot.waitUntil(lambda: checklist_tab.isVisible() and not checklist_tab.finding_note.isVisible(), timeout=20_000)
