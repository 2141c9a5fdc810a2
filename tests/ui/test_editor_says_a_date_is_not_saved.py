"""The editor's saved indicator never says "Saved" while a date field shows text it did not take.

The red line under the field says the typing was not saved and the stored date is unchanged; the indicator in
the editor's header says so too ("Not saved: check the date") until the text is fixed or put back (Escape).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from inspector_app.core.models import Inspection
from inspector_app.ui.context import UiContext
from inspector_app.ui.translation import Translations

from .screens import save_as_shown
from .test_fields_say_what_they_need import _leave, _type_into, a_draft_open

NOT_SAVED = "Not saved: check the date"


def _stored_visit_date(ui_ctx: UiContext, inspection_id: str) -> date:
    with ui_ctx.store.session() as session:
        return session.get(Inspection, inspection_id).visit_date


def test_the_indicator_says_not_saved_while_a_date_field_holds_text_it_did_not_take(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None) -> None:
    ui_ctx.translations = translations
    window, editor = a_draft_open(ui_ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stored = _stored_visit_date(ui_ctx, editor.inspection_id)
    field, elsewhere = editor.overview.visit_date, editor.tabs
    assert editor.saved.text() == "Saved"

    _type_into(field, "31/02/2026")
    assert field.message.isVisible() and editor.saved.text() == NOT_SAVED
    _leave(elsewhere)
    ui_ctx.ops.wait()
    assert field.message.isVisible() and editor.saved.text() == NOT_SAVED  # as the red line says
    assert _stored_visit_date(ui_ctx, editor.inspection_id) == stored
    save_as_shown(window, "editor-date-not-saved-en")

    window.switch_language("th")
    assert editor.saved.text() == "ยังไม่ได้บันทึก: ตรวจดูวันที่"
    save_as_shown(window, "editor-date-not-saved-th")
    window.switch_language("en")
    assert editor.saved.text() == NOT_SAVED

    # Put back: Escape in the field shows the stored date again, and nothing is waiting.
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not field.message.isVisible() and editor.saved.text() == "Saved"

    # Fixed: a date the field takes is saved, and the indicator says so.
    _type_into(field, "not a date")
    assert editor.saved.text() == NOT_SAVED
    _type_into(field, "2026-01-03")
    _leave(elsewhere)
    qtbot.waitUntil(lambda: editor.saved.text() == "Saved", timeout=10_000)
    ui_ctx.ops.wait()
    assert _stored_visit_date(ui_ctx, editor.inspection_id) == date(2026, 1, 3)
