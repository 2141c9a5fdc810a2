"""Establishments, coordinators, settings and the new-inspection wizard, driven like a user would."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.errors import ValidationError
from inspector_app.core.keys import Keyring
from inspector_app.core.models import (
    ChecklistTemplate,
    Establishment,
    Inspection,
    InspectionCoordinator,
    InspectionTemplate,
    LanguageCoordinator,
)
from inspector_app.core.services import directory
from inspector_app.core.store import Store
from inspector_app.ui import new_inspection_wizard
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.coordinators_page import CoordinatorDialog, CoordinatorsPage, CoordinatorTableModel
from inspector_app.ui.establishments_model import EstablishmentTableModel
from inspector_app.ui.establishments_page import EstablishmentDialog, EstablishmentsPage
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard
from inspector_app.ui.operations import Operations
from inspector_app.ui.place_picker import PlacePicker
from inspector_app.ui.settings import IDLE_LOCK_MINUTES, LANGUAGE, THAI_DIGITS, Settings
from inspector_app.ui.settings_page import SettingsPage

from ..conftest import PASSPHRASE
from .typing_helpers import type_text

FACTORY_TH = "โรงงานทอผ้าแม่สอด"
COORDINATOR_MY = "နန်းခင်ဝေ"


@pytest.fixture
def ctx(store: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    ops = Operations()
    settings = Settings(store.username, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield UiContext(store=store, ops=ops, settings=settings, hub=ChangeHub())
    assert ops.wait()


def _choose_place(picker: PlacePicker, qtbot: QtBot, province: str, district: str = "", subdistrict: str = "") -> None:
    """Type into each place field and press Enter, as an inspector would."""
    for combo, text in ((picker.province, province), (picker.district, district), (picker.subdistrict, subdistrict)):
        if text:
            combo.lineEdit().setFocus()
            type_text(combo.lineEdit(), text)
            qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def _set_spin(qtbot: QtBot, spin, value: int) -> None:  # noqa: ANN001
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def _factory(store: Store, sector: str = "factory") -> str:
    return directory.create_establishment(
        store, name_th=FACTORY_TH, name_en="Mae Sot Weaving", sector=sector,
        province_code="63", district_code="6306", workers_male=20, workers_female=25,
    ).created("establishments")


# --------------------------------------------------------------------------- place picker


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (("ตาก", "แม่สอด", "แม่ปะ"), ("63", "6306", "630607")),
        (("tak", "Mae Sot", "mae pa"), ("63", "6306", "630607")),
        (("63", "6306", ""), ("63", "6306", None)),
        (("ตาก", "", ""), ("63", None, None)),
    ],
)
def test_place_picker_accepts_typed_names_and_codes(qtbot: QtBot, typed: tuple[str, str, str], expected: tuple) -> None:
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.show()
    _choose_place(picker, qtbot, *typed)
    assert picker.codes() == expected


def test_place_picker_set_codes_shows_names_and_cascades(qtbot: QtBot) -> None:
    picker = PlacePicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.changed):
        picker.set_codes("63", "6306", "630607")
    assert picker.codes() == ("63", "6306", "630607")
    assert picker.district.currentText() == "แม่สอด (Mae Sot)"
    picker.province.lineEdit().clear()
    _choose_place(picker, qtbot, "เชียงใหม่")
    assert picker.codes() == ("50", None, None)
    assert picker.subdistrict.count() == 0 and not picker.subdistrict.isEnabled()


# --------------------------------------------------------------------------- establishments


def test_create_establishment_through_the_dialog(ctx: UiContext, qtbot: QtBot) -> None:
    page = EstablishmentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(EstablishmentDialog)
    assert dialog is not None and dialog.isVisible()

    type_text(dialog.name_th, FACTORY_TH)
    qtbot.keyClicks(dialog.name_en, "Mae Sot Weaving")
    dialog.sector.setCurrentIndex(dialog.sector.findData("factory"))
    _choose_place(dialog.place, qtbot, "ตาก", "แม่สอด", "แม่ปะ")
    _set_spin(qtbot, dialog.workers_male, 40)
    _set_spin(qtbot, dialog.workers_female, 35)
    _set_spin(qtbot, dialog.by_nationality["MM"], 60)
    _set_spin(qtbot, dialog.by_nationality["TH"], 15)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.proxy.index(0, 0).data() == FACTORY_TH
    assert page.proxy.index(0, 5).data() == "75"
    assert page.selected_id() == saved.args[0]
    with ctx.store.session() as session:
        record = session.scalars(select(Establishment)).one()
    assert record.name_th == unicodedata.normalize("NFC", FACTORY_TH)
    assert (record.province_code, record.district_code, record.subdistrict_code) == ("63", "6306", "630607")
    assert record.sector == "factory"
    assert record.workers_by_nationality == {"MM": 60, "TH": 15}


@pytest.mark.parametrize(
    ("name", "province", "message"),
    [
        ("", "ตาก", "needs a name"),
        (FACTORY_TH, "", "needs its province"),
        (FACTORY_TH, "Atlantis", "not in the list"),
    ],
)
def test_invalid_establishment_keeps_the_dialog_open(
    ctx: UiContext, qtbot: QtBot, name: str, province: str, message: str
) -> None:
    page = EstablishmentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_establishment()
    type_text(dialog.name_th, name)
    type_text(dialog.registration_no, "ทะเบียน 0635-55-0001")
    _choose_place(dialog.place, qtbot, province)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.save_button.isEnabled())
    assert message in dialog.error.text()
    assert dialog.isVisible()
    assert dialog.registration_no.text() == "ทะเบียน 0635-55-0001"
    assert dialog.name_th.text() == name
    with ctx.store.session() as session:
        assert session.scalars(select(Establishment)).all() == []


def test_edit_from_the_table_refreshes_the_row(ctx: UiContext, qtbot: QtBot) -> None:
    _factory(ctx.store)
    page = EstablishmentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(EstablishmentDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.name_th.text() == FACTORY_TH and dialog.save_button.isEnabled())
    assert dialog.place.codes() == ("63", "6306", None)

    _set_spin(qtbot, dialog.workers_female, 80)
    with qtbot.waitSignal(page.model.dataChanged, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.proxy.index(0, 5).data() == "100"


def test_search_as_you_type_filters_the_table(ctx: UiContext, qtbot: QtBot) -> None:
    _factory(ctx.store)
    directory.create_establishment(ctx.store, name_th="ไร่ศรีสุข", sector="agriculture", province_code="50")
    page = EstablishmentsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    type_text(page.search, "แม่สอด")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == FACTORY_TH)
    assert page.count_label.text() == "1 shown of 2 establishments"
    page.search.clear()
    qtbot.keyClicks(page.search, "chiang mai")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "ไร่ศรีสุข")
    page.search.clear()
    qtbot.keyClicks(page.search, "agriculture")  # a sector, by its name on screen
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "ไร่ศรีสุข")


# --------------------------------------------------------------------------- coordinators


def test_create_coordinator_with_a_burmese_name(ctx: UiContext, qtbot: QtBot) -> None:
    page = CoordinatorsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CoordinatorDialog)
    assert dialog is not None

    type_text(dialog.full_name, COORDINATOR_MY)
    for row in (0, 6):  # Burmese, Thai: Space ticks the current language
        dialog.languages.setFocus()
        dialog.languages.setCurrentRow(row)
        qtbot.keyClick(dialog.languages, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.phone, "+66 81 234 5678")
    qtbot.mouseClick(dialog.no_conflict, Qt.MouseButton.LeftButton)
    assert dialog.declared_on.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.proxy.index(0, 0).data() == COORDINATOR_MY
    assert page.proxy.index(0, 1).data() == "Burmese, Thai"
    with ctx.store.session() as session:
        record = session.scalars(select(LanguageCoordinator)).one()
    assert record.full_name == unicodedata.normalize("NFC", COORDINATOR_MY)
    assert record.languages == ["my", "th"]
    assert record.no_conflict_declared and record.no_conflict_declared_on is not None


def test_coordinator_without_a_name_is_refused(ctx: UiContext, qtbot: QtBot) -> None:
    dialog = CoordinatorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "MAP Foundation")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "needs a name" in dialog.error.text()
    assert dialog.isVisible() and dialog.organisation.text() == "MAP Foundation"


# --------------------------------------------------------------------------- settings


def test_settings_are_stored_per_user(ctx: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.settingsChanged, check_params_cb=lambda key: key == IDLE_LOCK_MINUTES.key):
        _set_spin(qtbot, page.idle_minutes, 25)
    with qtbot.waitSignal(page.languageChanged) as language:
        page.language.setFocus()
        page.language.setCurrentIndex(page.language.findData("my"))
    assert language.args == ["my"]
    qtbot.mouseClick(page.thai_digits, Qt.MouseButton.LeftButton)

    fresh = Settings(ctx.store.username, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert fresh.get(IDLE_LOCK_MINUTES) == 25
    assert fresh.get(LANGUAGE) == "my"
    assert fresh.get(THAI_DIGITS) is True
    other_user = Settings("malee", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert other_user.get(IDLE_LOCK_MINUTES) == IDLE_LOCK_MINUTES.default


def test_idle_lock_minutes_are_bounded(ctx: UiContext, qtbot: QtBot) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.idle_minutes.value() == 10
    assert (page.idle_minutes.minimum(), page.idle_minutes.maximum()) == (1, 120)


def test_hq_url_must_be_http(ctx: UiContext, qtbot: QtBot) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.hq_url.setFocus()
    qtbot.keyClicks(page.hq_url, "hq.example")
    qtbot.keyClick(page.hq_url, Qt.Key.Key_Return)
    assert page.hq_message.isVisible()
    page.hq_url.clear()
    with qtbot.waitSignal(page.settingsChanged):
        qtbot.keyClicks(page.hq_url, "https://hq.example.go.th")
        qtbot.keyClick(page.hq_url, Qt.Key.Key_Return)
    assert not page.hq_message.isVisible()


def test_change_passphrase(ctx: UiContext, qtbot: QtBot) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    new = "a brand new passphrase 2569"

    qtbot.keyClicks(page.current_passphrase, PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase, new)
    qtbot.keyClicks(page.repeat_passphrase, new + "x")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.passphrase_message.plain_text()

    page.current_passphrase.clear()
    qtbot.keyClicks(page.current_passphrase, "not my passphrase")
    page.repeat_passphrase.clear()
    qtbot.keyClicks(page.repeat_passphrase, new)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in page.passphrase_message.plain_text(), timeout=10_000)

    page.current_passphrase.clear()
    qtbot.keyClicks(page.current_passphrase, PASSPHRASE)
    qtbot.keyClick(page.repeat_passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Passphrase changed" in page.passphrase_message.plain_text(), timeout=10_000)
    assert page.current_passphrase.text() == page.new_passphrase.text() == ""
    assert Keyring(ctx.store.data_dir).unlock(new, ctx.store.username)[0] == ctx.store.username


# --------------------------------------------------------------------------- wizard


def _click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    """Press a wizard button once the page has read what it offers (the button is enabled then)."""
    button = wizard.button(which)
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _template_codes(store: Store, ids: list[str]) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(ChecklistTemplate.code).where(ChecklistTemplate.id.in_(ids))))


def test_wizard_creates_an_inspection(ctx: UiContext, qtbot: QtBot) -> None:
    establishment_id = _factory(ctx.store)
    directory.create_establishment(ctx.store, name_th="ไร่ศรีสุข", sector="agriculture", province_code="50")
    coordinator_id = directory.save_coordinator(ctx.store, full_name=COORDINATOR_MY, languages=["my", "th"]).created("language_coordinators")
    wizard = NewInspectionWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()

    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(wizard.establishment_step.picker.search, "ทอผ้า")
    qtbot.waitUntil(lambda: wizard.establishment_id() == establishment_id)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    visit = wizard.visit_step
    assert visit.visit_type.currentData() == "routine"
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    checklist = wizard.checklist_step
    qtbot.waitUntil(lambda: checklist.base.currentData() is not None)
    assert _template_codes(ctx.store, [checklist.base.currentData()]) == {"LPA-GENERAL"}
    assert _template_codes(ctx.store, new_inspection_wizard._checked_values(checklist.addons)) == {
        "SECTOR-FACTORY", "FORCED-LABOUR", "SAFEGUARDS"}
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    team = wizard.team_step
    qtbot.waitUntil(lambda: team.team.count() > 0)
    assert team.team.item(0).checkState() == Qt.CheckState.Checked
    assert not team.team.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable  # the lead cannot be unticked
    team.coordinators.setFocus()
    team.coordinators.setCurrentRow(0)
    qtbot.keyClick(team.coordinators, Qt.Key.Key_Space)
    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    inspection_id = created.args[0]
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with ctx.store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        assert inspection.establishment_id == establishment_id
        assert inspection.visit_type == "routine" and inspection.status == "draft"
        assert inspection.team[0]["user_id"] == ctx.store.user_id
        addon_ids = list(session.scalars(
            select(InspectionTemplate.template_id).where(InspectionTemplate.inspection_id == inspection_id)))
        coordinators = list(session.scalars(
            select(InspectionCoordinator.coordinator_id).where(InspectionCoordinator.inspection_id == inspection_id)))
        base_id = inspection.template_id
    assert _template_codes(ctx.store, [base_id]) == {"LPA-GENERAL"}
    assert _template_codes(ctx.store, addon_ids) == {"SECTOR-FACTORY", "FORCED-LABOUR", "SAFEGUARDS"}
    assert coordinators == [coordinator_id]


def test_wizard_first_page_works_from_the_keyboard(ctx: UiContext, qtbot: QtBot) -> None:
    _factory(ctx.store)
    second = directory.create_establishment(ctx.store, name_th="ไร่ศรีสุข", sector="agriculture", province_code="50").created("establishments")
    wizard = NewInspectionWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    picker = wizard.establishment_step.picker
    qtbot.waitUntil(lambda: picker.search.hasFocus() or not wizard.isActiveWindow())
    qtbot.keyClicks(picker.search, "chiang mai")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: picker.selected_id() == second)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.visit_step  # one page on, not two


def test_wizard_creates_a_new_establishment_on_the_way(ctx: UiContext, qtbot: QtBot) -> None:
    wizard = NewInspectionWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    dialog = wizard.establishment_step.create_establishment()
    type_text(dialog.name_th, "เรือประมงโชคดี 9")
    dialog.sector.setCurrentIndex(dialog.sector.findData("fishing"))
    _choose_place(dialog.place, qtbot, "ระนอง")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.establishment_id() == saved.args[0])
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.checklist_step.addons.count() > 0)
    checked = new_inspection_wizard._checked_values(wizard.checklist_step.addons)
    assert "SECTOR-FISHING" in _template_codes(ctx.store, checked)


def test_wizard_follow_up_lists_earlier_inspections(ctx: UiContext, qtbot: QtBot) -> None:
    from inspector_app.core.services import inspections

    establishment_id = _factory(ctx.store)
    with ctx.store.session() as session:
        base = session.scalars(select(ChecklistTemplate.id).where(ChecklistTemplate.code == "LPA-GENERAL")
                               .order_by(ChecklistTemplate.version.desc())).first()
    earlier = inspections.create_inspection(ctx.store, establishment_id=establishment_id, template_id=base,
                                            visit_type="routine", visit_date="2025-03-01").created("inspections")
    wizard = NewInspectionWizard(ctx, establishment_id=establishment_id)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    visit = wizard.visit_step
    qtbot.waitUntil(lambda: visit.previous.count() == 2)
    assert visit.previous.currentData() is None
    visit.visit_type.setCurrentIndex(visit.visit_type.findData("follow_up"))
    assert visit.previous.currentData() == earlier
    visit.previous.setCurrentIndex(0)
    assert visit.previous_hint.isVisible() and "follows up" in visit.previous_hint.plain_text()


def test_wizard_failure_stays_open_with_the_message(ctx: UiContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> str:
        raise ValidationError("Visit date must be a date as YYYY-MM-DD (got 'soon').")

    monkeypatch.setattr(new_inspection_wizard.inspections, "create_inspection", refuse)
    establishment_id = _factory(ctx.store)
    wizard = NewInspectionWizard(ctx, establishment_id=establishment_id)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.assertNotEmitted(wizard.created):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        qtbot.waitUntil(lambda: wizard.team_step.error.isVisible())
    assert "Visit date must be a date" in wizard.team_step.error.text()
    assert wizard.isVisible() and wizard.currentPage() is wizard.team_step
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


# --------------------------------------------------------------------------- models


def test_establishment_model_passes_qtmodeltester(ctx: UiContext, qtbot: QtBot, qtmodeltester) -> None:  # noqa: ANN001
    demo.generate(ctx.store, inspections=20, seed=11)
    model = EstablishmentTableModel(ctx, language="th")
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model, force_py=True)


def test_coordinator_model_passes_qtmodeltester(ctx: UiContext, qtbot: QtBot, qtmodeltester) -> None:  # noqa: ANN001
    demo.generate(ctx.store, inspections=5, seed=12)
    model = CoordinatorTableModel(ctx)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model, force_py=True)


def test_the_wizard_shows_the_visit_date_in_the_buddhist_era_on_a_thai_screen(ctx: UiContext, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidget

    from inspector_app.ui.language import set_current_language

    set_current_language("th")
    try:
        wizard = NewInspectionWizard(ctx)
        qtbot.addWidget(wizard)
        field = wizard.findChild(QWidget, "visitDate")
        field.setDate(QDate(2026, 3, 5))
        assert field.text() == "5 มี.ค. 2569"  # as a Thai inspector writes it, not 2026-03-05
        assert field.date() == QDate(2026, 3, 5)  # stored as the Gregorian date
    finally:
        set_current_language("en")
