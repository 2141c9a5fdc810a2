"""What a user sees when a field cannot take what they did, in every language.

- A date typed wrongly is not dropped without a word: a message under the field says what form a date
  takes (with an example as the field itself writes dates), and stays after the user leaves the field.
- A draft's sign-off tab says why its signature boxes are greyed out, naming the button to press.
- No two labels or buttons of a dialog share an Alt key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.i18n.dates import format_date
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import LocalDateEdit, with_message

from .laptop import laptop_window
from .test_language_walk import LANGUAGES, make_dialogs
from .typing_helpers import type_text, wait_until_read


_FORMS: list[QWidget] = []  # kept alive while a test types into them


def _field(qtbot: QtBot, value: QDate) -> tuple[LocalDateEdit, QLineEdit]:
    """A date field in a form, and another field to move to."""
    form = QWidget()
    _FORMS[:] = [form]
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    field, other = LocalDateEdit(value), QLineEdit()
    layout.addLayout(with_message(field, field))
    layout.addWidget(other)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return field, other


def _type_into(field: LocalDateEdit, typed: str) -> None:
    field.setFocus()
    QApplication.processEvents()  # the field has the focus before the first key, as when a user clicks into it
    field.lineEdit().selectAll()
    type_text(field.lineEdit(), typed)
    QApplication.processEvents()


def _leave(other: QWidget) -> None:
    other.setFocus()
    QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_that_cannot_be_read_is_said_so_and_not_saved(language: str, translations: Translations,
                                                              qtbot: QtBot) -> None:
    translations.apply(language)
    field, other = _field(qtbot, QDate(2026, 12, 7))
    saved: list[QDate] = []
    field.dateChanged.connect(saved.append)
    assert not field.message.isVisible()

    _type_into(field, "31/02/2026")
    assert field.lineEdit().text() == "31/02/2026"  # the typing stays on screen while the user is in the field
    assert field.message.isVisible()
    today = date.today()
    example = (format_date(today, "th", style="short") if language == "th" else today.isoformat())
    assert example in field.message.plain_text()
    if language == "th":  # the form Thai people type, in the Buddhist era
        assert f"{today.day}/{today.month}/{today.year + 543}" in field.message.plain_text()
    if language != "en":
        assert field.message.plain_text() != field.tr("Not a date yet, so not saved. Write it like %1.")
    assert saved == []

    _leave(other)
    assert field.date() == QDate(2026, 12, 7) and saved == []
    assert field.message.isVisible()  # not thrown away without a word: the message says what was not saved
    assert "31/02/2026" in field.message.plain_text() and example in field.message.plain_text()

    translations.apply("my" if language != "my" else "th")
    field.retranslate()
    assert "31/02/2026" in field.message.plain_text()  # the message follows the language

    translations.apply(language)
    field.retranslate()
    _type_into(field, format_date(date(2026, 12, 31), "th", style="short") if language == "th" else "2026-12-31")
    assert not field.message.isVisible()
    _leave(other)
    assert field.date() == QDate(2026, 12, 31) and saved == [QDate(2026, 12, 31)]
    assert not field.message.isVisible()


def test_a_thai_field_reads_buddhist_era_dates_as_typed(translations: Translations, qtbot: QtBot) -> None:
    translations.apply("th")
    field, other = _field(qtbot, QDate(2026, 12, 7))
    for typed, expected in (("31/12/2569", QDate(2026, 12, 31)), ("1/1/2570", QDate(2027, 1, 1)),
                            ("๕ มี.ค. ๒๕๖๙", QDate(2026, 3, 5)), ("5/3/2026", QDate(2026, 3, 5))):
        _type_into(field, typed)
        assert not field.message.isVisible(), typed
        _leave(other)
        assert field.date() == expected, typed
    _type_into(field, "31/02/2569")
    assert field.message.isVisible()
    _leave(other)
    assert field.date() == QDate(2026, 3, 5) and "31/02/2569" in field.message.plain_text()


def a_draft_open(ui_ctx: UiContext, qtbot: QtBot) -> tuple[MainWindow, EditorPage]:
    """The main window on a laptop, with a demo draft inspection open in its editor."""
    demo.generate(ui_ctx.store, inspections=3, seed=7)
    window = laptop_window(ui_ctx, qtbot)
    with ui_ctx.store.session() as session:
        inspection_id = session.scalars(select(Inspection.id).where(Inspection.status == "draft")
                                        .order_by(Inspection.reference)).first()
    assert inspection_id is not None
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    return window, editor


@pytest.fixture
def app_window(ui_ctx: UiContext, translations: Translations, qtbot: QtBot, data_dir: Path):  # noqa: ANN201
    ui_ctx.translations = translations
    window, editor = a_draft_open(ui_ctx, qtbot)
    dialogs = make_dialogs(ui_ctx, window, data_dir)
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

    wizard = NewInspectionWizard(ui_ctx, window)
    qtbot.addWidget(wizard)
    dialogs["NewInspectionWizard"] = wizard
    return window, editor, dialogs


def test_every_date_field_of_the_app_shows_its_message_in_its_own_window(app_window, qtbot: QtBot) -> None:  # noqa: ANN001
    window, _editor, dialogs = app_window
    roots: list[QWidget] = [window, *dialogs.values()]
    fields = [f for root in roots for f in root.findChildren(LocalDateEdit)]
    assert len(fields) >= 10
    for field in fields:
        assert field.message.window() is field.window(), field.objectName()  # placed by its form
    # Typed into each, where it is on screen: the message shows beside it in the same window.
    for root in roots:
        root.show()
        qtbot.waitExposed(root)
        wait_until_read(qtbot, root)
        for field in root.findChildren(LocalDateEdit):
            if not field.isVisible():
                continue
            field.setEnabled(True)
            before = field.date()
            _type_into(field, "not a date")
            assert field.message.isVisible(), (type(root).__name__, field.accessibleName())
            field.clearFocus()
            QApplication.processEvents()
            assert field.message.isVisible() and field.date() == before, (type(root).__name__, field.accessibleName())
        if root is not window:
            root.hide()


@pytest.mark.parametrize("language", ["en", "th", "my"])
def test_a_drafts_signoff_tab_says_why_it_cannot_be_signed_yet(app_window, translations: Translations,  # noqa: ANN001
                                                                language: str, qtbot: QtBot) -> None:
    window, editor, _dialogs = app_window
    window.switch_language(language)
    editor.tabs.setCurrentWidget(editor.signoff)
    tab = editor.signoff
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    assert not any(button.isEnabled() for button in tab.sign_buttons.values())
    assert tab.why_not_yet.isVisible()
    button = tab.complete_button.text().replace("&", "")
    assert button and button in tab.why_not_yet.plain_text()
    if language != "en":
        assert not re.search(r"[A-Za-z]{3}", tab.why_not_yet.plain_text())


def _alt_key(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _access_keys(root: QWidget) -> dict[str, list[str]]:
    """Alt keys of a dialog: its buttons, checkable boxes, and labels that lead to a field."""
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        key = _alt_key(text)
        if key is not None:
            keys[key].append(text)
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_labels_of_a_dialog_share_an_alt_key(app_window, language: str, qtbot: QtBot) -> None:  # noqa: ANN001
    window, _editor, dialogs = app_window
    window.switch_language(language)
    clashes = {}
    for name, dialog in dialogs.items():
        dialog.show()
        wait_until_read(qtbot, dialog)
        shared = {key: texts for key, texts in _access_keys(dialog).items() if len(texts) > 1}
        if shared:
            clashes[name] = shared
        dialog.hide()
    assert clashes == {}


@pytest.mark.parametrize("how", ["window closed", "editor closed"])
def test_a_date_typed_and_never_left_is_saved_when_the_inspection_is_closed(ui_ctx: UiContext, translations: Translations,
                                                                           qtbot: QtBot, how: str) -> None:
    """The date is taken when the user leaves the field; closing the inspection or the window with the cursor
    still in it is leaving it too: what was typed is saved, not lost."""
    translations.apply("th")
    ui_ctx.translations = translations
    window, editor = a_draft_open(ui_ctx, qtbot)
    inspection_id = editor.inspection_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _type_into(editor.overview.visit_date, "3/1/2569")  # 3 Jan 2026, in the Buddhist era as a Thai user types it
    assert editor.overview.visit_date.lineEdit().hasFocus() or editor.overview.visit_date.hasFocus()
    if how == "window closed":
        window.close()
    else:
        editor.request_close()
        ui_ctx.ops.wait()
    with ui_ctx.store.session() as session:
        assert session.get(Inspection, inspection_id).visit_date == date(2026, 1, 3)
