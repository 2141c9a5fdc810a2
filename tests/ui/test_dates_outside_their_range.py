"""A date outside the days a field allows is not moved to the nearest allowed day, nor saved: the field keeps
its date and says, in the screen's language and calendar, which days it takes.

Qt would have taken the typed date moved to the range's end (a step of a referral recorded on a day nobody chose),
and a referral date stored before its visit (the visit moved later since) showed, and was saved, as the visit day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.services import inspections
from inspector_app.core.services import referrals as referral_service
from inspector_app.core.views.referrals import list_referrals, local_today
from inspector_app.i18n.dates import format_date
from inspector_app.ui.context import UiContext
from inspector_app.ui.referral_dialog import ReferralDialog
from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import LocalDateEdit, to_date, with_message

from .screens import save_as_shown
from .test_language_walk import LANGUAGES
from .test_referral_screens import open_referral, visit
from .typing_helpers import type_text

_FORMS: list[QWidget] = []  # kept alive while a test types into them


def _written(day: date, language: str) -> str:
    """A day as a date field writes it on that screen: Buddhist era in Thai, ISO otherwise."""
    return format_date(day, "th", style="short") if language == "th" else day.isoformat()


def _type_into(field: LocalDateEdit, typed: str) -> None:
    field.window().activateWindow()
    field.setFocus()
    QApplication.processEvents()
    field.lineEdit().selectAll()
    type_text(field.lineEdit(), typed)
    QApplication.processEvents()


def _leave(other: QWidget) -> None:
    other.setFocus()
    QApplication.processEvents()


def _field(qtbot: QtBot) -> tuple[LocalDateEdit, QLineEdit]:
    form = QWidget()
    _FORMS[:] = [form]
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    field, other = LocalDateEdit(QDate(2026, 3, 5)), QLineEdit()
    layout.addLayout(with_message(field, field))
    layout.addWidget(other)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return field, other


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_outside_the_range_keeps_the_old_date_and_says_which_dates_the_field_takes(
        language: str, translations: Translations, qtbot: QtBot) -> None:
    translations.apply(language)
    field, other = _field(qtbot)
    field.setDateRange(QDate(2026, 3, 1), QDate(2026, 3, 31))
    saved: list[QDate] = []
    field.dateChanged.connect(saved.append)
    earliest, latest = _written(date(2026, 3, 1), language), _written(date(2026, 3, 31), language)

    typed = _written(date(2026, 5, 1), language)
    _type_into(field, typed)
    assert field.message.isVisible() and field.untaken() == typed
    assert earliest in field.message.plain_text() and latest in field.message.plain_text()
    _leave(other)
    assert field.date() == QDate(2026, 3, 5) and saved == []  # not moved to 31 March
    text = field.message.plain_text()
    assert field.message.isVisible() and typed in text and earliest in text and latest in text
    if language != "en":
        assert "field" not in text, text  # said in the screen's language

    # Escape puts the kept date back and the message goes.
    _type_into(field, _written(date(2025, 12, 1), language))
    assert field.untaken()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.lineEdit().text() == _written(date(2026, 3, 5), language) and not field.message.isVisible()
    assert field.untaken() == "" and saved == []

    # A day inside the range is taken as before.
    _type_into(field, _written(date(2026, 3, 31), language))
    assert not field.message.isVisible()
    _leave(other)
    assert field.date() == QDate(2026, 3, 31) and saved == [QDate(2026, 3, 31)]


def test_a_field_with_only_a_first_day_names_that_day(translations: Translations, qtbot: QtBot) -> None:
    translations.apply("th")
    field, other = _field(qtbot)
    field.setMinimumDate(QDate(2026, 3, 1))
    _type_into(field, "28/2/2569")
    _leave(other)
    assert field.date() == QDate(2026, 3, 5)
    assert field.message.plain_text().replace("\n", " ") == "“28/2/2569” ไม่ได้บันทึก: ช่องนี้รับวันที่ตั้งแต่ 1 มี.ค. 2569 เป็นต้นไป"


def _referral(ui_ctx: UiContext, *, decided: date) -> tuple[str, date]:
    """A planned referral decided on `decided`, and its visit's day (three weeks ago)."""
    visit(ui_ctx.store, referral_target="MDT")
    [row] = list_referrals(ui_ctx.store)
    referral_service.update_referral(ui_ctx.store, row.id, referral_date=decided)
    return row.id, row.visit_date


@pytest.mark.parametrize("language", ["en", "th"])
def test_a_step_day_outside_its_range_is_not_moved_nor_recorded(language: str, ui_ctx: UiContext,
                                                                 translations: Translations, qtbot: QtBot,
                                                                 app_font: None) -> None:
    translations.apply(language)
    today = local_today()
    visit_day = today - timedelta(days=21)
    referral_id, visit_date = _referral(ui_ctx, decided=visit_day)
    assert visit_date == visit_day
    dialog = open_referral(ui_ctx, qtbot, referral_id)
    dialog.resize(1100, 640)
    assert dialog.step_date.date() == QDate(today.year, today.month, today.day)

    typed = _written(visit_day - timedelta(days=5), language)  # before the referral was decided
    _type_into(dialog.step_date, typed)
    _leave(dialog.case_number)
    qtbot.mouseClick(dialog.step_buttons["sent"], Qt.MouseButton.LeftButton)
    ui_ctx.ops.wait()
    assert list_referrals(ui_ctx.store)[0].status == "planned"  # not sent on the range's first day
    assert to_date(dialog.step_date.date()) == today
    message = dialog.step_date.message.plain_text().replace("\n", " ")
    assert dialog.step_date.message.isVisible() and typed in message
    assert _written(visit_day, language) in message and _written(today, language) in message
    save_as_shown(dialog, f"referral-step-outside-{language}")

    chosen = visit_day + timedelta(days=2)
    _type_into(dialog.step_date, _written(chosen, language))
    assert not dialog.step_date.message.isVisible()
    qtbot.mouseClick(dialog.step_buttons["sent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.status == "sent", timeout=10_000)
    assert dialog.detail.row.sent_on == chosen


def test_a_referral_date_before_the_visit_is_not_moved_to_the_visit_day(ui_ctx: UiContext,
                                                                        translations: Translations,
                                                                        qtbot: QtBot) -> None:
    translations.apply("th")
    visit_day = local_today() - timedelta(days=21)
    referral_id, _ = _referral(ui_ctx, decided=visit_day + timedelta(days=1))
    dialog: ReferralDialog = open_referral(ui_ctx, qtbot, referral_id)
    _type_into(dialog.referral_date, _written(visit_day - timedelta(days=3), "th"))
    _leave(dialog.case_number)
    assert to_date(dialog.referral_date.date()) == visit_day + timedelta(days=1) and dialog.changes() == {}
    assert _written(visit_day, "th") in dialog.referral_date.message.plain_text().replace("\n", " ")


def test_a_stored_referral_date_before_a_visit_moved_later_is_shown_as_stored(ui_ctx: UiContext,
                                                                             qtbot: QtBot) -> None:
    decided = local_today() - timedelta(days=21)
    referral_id, _ = _referral(ui_ctx, decided=decided)
    [row] = list_referrals(ui_ctx.store)
    inspections.update_inspection(ui_ctx.store, row.inspection_id, visit_date=decided + timedelta(days=4))
    dialog = open_referral(ui_ctx, qtbot, referral_id)
    assert to_date(dialog.referral_date.date()) == decided  # not the visit day: nothing changed unseen
    assert dialog.changes() == {}
