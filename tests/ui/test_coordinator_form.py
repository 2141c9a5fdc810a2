"""The coordinator form's training and accreditation, and the wizard's same-gender interpreter warning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from inspector_app.core.models import LanguageCoordinator
from inspector_app.core.services import directory
from inspector_app.core.store import Store
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.coordinators_page import CoordinatorDialog
from inspector_app.ui.language import set_current_language
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard
from inspector_app.ui.operations import Operations
from inspector_app.ui.settings import Settings

from .typing_helpers import type_text


@pytest.fixture
def ctx(store: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    ops = Operations()
    settings = Settings(store.username, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    set_current_language("en")
    yield UiContext(store=store, ops=ops, settings=settings, hub=ChangeHub())
    set_current_language("")
    assert ops.wait()


def _saved(store: Store, coordinator_id: str) -> LanguageCoordinator:
    with store.session() as session:
        record = session.get(LanguageCoordinator, coordinator_id)
        session.expunge(record)
        return record


def _add_training(qtbot: QtBot, dialog: CoordinatorDialog, when: QDate, course: str, provider: str) -> None:
    editor = dialog.credentials
    editor.training_date.setDate(when)
    type_text(editor.course, course)
    type_text(editor.provider, provider)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


def test_training_and_accreditation_round_trip_through_the_form(ctx: UiContext, qtbot: QtBot) -> None:
    coordinator_id = directory.save_coordinator(ctx.store, full_name="Ma Thida (test)", languages=["my"]).created("language_coordinators")
    dialog = CoordinatorDialog(ctx, coordinator_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the form shows what is stored
    dialog.sections.setCurrentWidget(dialog.credentials)
    _add_training(qtbot, dialog, QDate(2025, 6, 12), "ការបកប្រែក្នុងអធិការកិច្ចការងារ", "IOM Thailand")
    _add_training(qtbot, dialog, QDate(2024, 3, 1), "Interview safeguards", "DLPW")
    editor = dialog.credentials
    assert editor.training.rowCount() == 2 and editor.training.item(0, 1).text() == "Interview safeguards"
    type_text(editor.body, "กรมสวัสดิการและคุ้มครองแรงงาน")
    type_text(editor.number, "LC-0042")
    qtbot.mouseClick(editor.has_expiry, Qt.MouseButton.LeftButton)
    editor.valid_until.setDate(QDate(2027, 6, 30))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = _saved(ctx.store, coordinator_id)
    assert saved.training_records == [
        {"date": "2024-03-01", "course": "Interview safeguards", "provider": "DLPW"},
        {"date": "2025-06-12", "course": "ការបកប្រែក្នុងអធិការកិច្ចការងារ", "provider": "IOM Thailand"},
    ]
    assert (saved.accreditation_body, saved.accreditation_number, saved.accreditation_valid_until) == (
        "กรมสวัสดิการและคุ้มครองแรงงาน", "LC-0042", date(2027, 6, 30))

    again = CoordinatorDialog(ctx, coordinator_id)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.save_button.isEnabled)
    assert again.credentials.values() == {
        "training_records": saved.training_records, "accreditation_body": saved.accreditation_body,
        "accreditation_number": "LC-0042", "accreditation_valid_until": date(2027, 6, 30)}
    again.credentials.training.selectRow(0)
    qtbot.mouseClick(again.credentials.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.saved, timeout=10_000):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert [r["provider"] for r in _saved(ctx.store, coordinator_id).training_records] == ["IOM Thailand"]


def test_thai_screens_show_buddhist_era_dates_and_store_iso(ctx: UiContext, qtbot: QtBot) -> None:
    set_current_language("th")
    coordinator_id = directory.save_coordinator(
        ctx.store, full_name="Test", training_records=[{"date": "2025-03-05", "course": "C", "provider": "P"}],
        accreditation_body="IOM", accreditation_valid_until="2027-01-31").created("language_coordinators")
    dialog = CoordinatorDialog(ctx, coordinator_id)
    qtbot.addWidget(dialog)
    editor = dialog.credentials
    qtbot.waitUntil(lambda: editor.training.rowCount() == 1)
    assert editor.training.item(0, 0).text() == "5 มี.ค. 2568"
    assert editor.valid_until.text() == "31 ม.ค. 2570"
    editor.valid_until.setDate(QDate(2028, 2, 29))
    assert editor.valid_until.text() == "29 ก.พ. 2571"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _saved(ctx.store, coordinator_id).accreditation_valid_until == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        (lambda e: type_text(e.number, "LC-1"), "Name the body that gave the accreditation"),
        (lambda e: type_text(e.course, "Half-typed course"), "typed but not added"),
    ],
)
def test_form_problems_are_shown_and_nothing_is_saved(ctx: UiContext, qtbot: QtBot, fill, message: str) -> None:  # noqa: ANN001
    coordinator_id = directory.save_coordinator(ctx.store, full_name="Test").created("language_coordinators")
    dialog = CoordinatorDialog(ctx, coordinator_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    fill(dialog.credentials)
    with qtbot.assertNotEmitted(dialog.saved, wait=300):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and message in dialog.error.text()
    assert dialog.sections.currentWidget() is dialog.credentials
    saved = _saved(ctx.store, coordinator_id)
    assert saved.accreditation_number is None and saved.training_records == []


def test_a_training_needs_a_course_a_provider_and_a_past_date(ctx: UiContext, qtbot: QtBot) -> None:
    dialog = CoordinatorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.credentials
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "Type the course" in dialog.error.text() and dialog.error.isVisible()
    tomorrow = date.today() + timedelta(days=1)
    _add_training(qtbot, dialog, QDate(tomorrow.year, tomorrow.month, tomorrow.day), "Course", "Provider")
    assert "in the future" in dialog.error.text()
    assert editor.training.rowCount() == 0 and editor.course.text() == "Course"  # nothing typed is lost
    editor.training_date.setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.training.rowCount() == 1 and not dialog.error.isVisible()


# --------------------------------------------------------------------------- the wizard


def _to_team_step(qtbot: QtBot, wizard: NewInspectionWizard) -> None:
    for _ in range(3):  # each page reads what it offers; Next is pressed once it can be
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.team_step
    qtbot.waitUntil(lambda: wizard.team_step.coordinators.count() > 0)


def _tick(qtbot: QtBot, wizard: NewInspectionWizard, name: str) -> None:
    team = wizard.team_step
    row = next(i for i in range(team.coordinators.count()) if team.coordinators.item(i).text().startswith(name))
    team.coordinators.setFocus()
    team.coordinators.setCurrentRow(row)
    qtbot.keyClick(team.coordinators, Qt.Key.Key_Space)


def test_wizard_warns_when_no_chosen_coordinator_is_of_the_requested_gender(ctx: UiContext, qtbot: QtBot) -> None:
    establishment = directory.create_establishment(ctx.store, name_th="โรงงานทดสอบ", province_code="63",
                                                   district_code="6306", sector="factory").created("establishments")
    directory.save_coordinator(ctx.store, full_name="Ko Aung (test)", languages=["my"], gender="male")
    directory.save_coordinator(ctx.store, full_name="Ma Thida (test)", languages=["my"], gender="female")
    directory.save_coordinator(ctx.store, full_name="Sok Dara (test)", languages=["km"])  # gender not stated
    wizard = NewInspectionWizard(ctx, establishment_id=establishment)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_team_step(qtbot, wizard)
    team = wizard.team_step
    _tick(qtbot, wizard, "Ko Aung")
    _tick(qtbot, wizard, "Sok Dara")
    assert not team.gender_warning.isVisible()

    team.gender_request.setCurrentIndex(team.gender_request.findData("female"))
    assert team.gender_warning.isVisible()
    warning = team.gender_warning.plain_text()
    assert "female interpreter" in warning and "Ma Thida (test)" in warning

    _tick(qtbot, wizard, "Ma Thida")
    assert not team.gender_warning.isVisible()
    team.gender_request.setCurrentIndex(team.gender_request.findData("male"))
    assert not team.gender_warning.isVisible()
    _tick(qtbot, wizard, "Ko Aung")  # untick the only man
    assert "male interpreter" in team.gender_warning.plain_text()
    assert "No male coordinator is recorded" not in team.gender_warning.plain_text()

    # A warning, not a block: the inspection is still created.
    with qtbot.waitSignal(wizard.created, timeout=10_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_wizard_says_when_the_laptop_has_no_one_of_that_gender(ctx: UiContext, qtbot: QtBot) -> None:
    establishment = directory.create_establishment(ctx.store, name_th="โรงงานทดสอบ", province_code="63",
                                                   district_code="6306", sector="factory").created("establishments")
    directory.save_coordinator(ctx.store, full_name="Ko Aung (test)", languages=["my"], gender="male")
    wizard = NewInspectionWizard(ctx, establishment_id=establishment)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_team_step(qtbot, wizard)
    team = wizard.team_step
    team.gender_request.setCurrentIndex(team.gender_request.findData("female"))
    assert "No female coordinator is recorded on this laptop." in team.gender_warning.plain_text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
