"""The follow-up screens: the worklist page, the Verification step of a follow-up visit, the establishment's file.

Driven through the widgets: a follow-up started from the Follow-ups page verifies two findings of an approved
visit in the editor, HQ shows their new status after sync, and the approved visit stays as it was signed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QRadioButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core.models import Attachment, FindingVerification, Inspection
from inspector_app.core.services import directory, findings, inspections
from inspector_app.core.services.sync_apply import PulledItem, apply_pull
from inspector_app.core.store import Store
from inspector_app.core.writer import wire_fields
from inspector_app.hq import establishment_files, reviews, users
from inspector_app.hq.models import Record
from inspector_app.sync.engine import SyncEngine
from inspector_app.ui.context import UiContext
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard

from ..followup_builders import base_template, complaint_visit, revision_hash, sign
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .screens import Screens
from .typing_helpers import type_text, wait_until_read

TODAY = date(2026, 12, 6)  # the builders' visit: deadlines 1 Oct, 31 Oct (overdue), 20 Dec (due); visit planned 15 Nov


@pytest.fixture
def open_window(ui_ctx: UiContext, qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """The main window, opened once the test's data is in place (it reads when it opens)."""
    made: list[MainWindow] = []

    def open_() -> MainWindow:
        window = MainWindow(ui_ctx, automatic_sync=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        made.append(window)
        return window

    yield open_
    for window in made:
        for file_window in list(window.file_windows.values()):
            file_window.close()
        window.close()


def _sync(store: Store) -> None:
    engine = SyncEngine.for_store(store)
    try:
        report = engine.sync_round()
        assert report.ok, report
    finally:
        engine.close()


def _shown(page: FollowUpsPage) -> list[tuple[str, str, str]]:
    """(what, id, overdue column) of each row as the list shows it, top to bottom."""
    rows = []
    for n in range(page.proxy.rowCount()):
        row = page.model.rows[page.proxy.mapToSource(page.proxy.index(n, 0)).row()]
        rows.append((row.kind, row.finding_id or row.earlier_inspection_id, page.proxy.index(n, 1).data()))
    return rows


def _show_page(page: FollowUpsPage, qtbot: QtBot) -> None:
    page.today = TODAY
    page.reload()
    wait_until_read(qtbot, page)


def test_the_page_lists_exactly_the_due_and_overdue_items_by_due_date(ui_ctx: UiContext, qtbot: QtBot,
                                                                      qtmodeltester) -> None:  # noqa: ANN001
    store = ui_ctx.store
    earlier = complaint_visit(store)  # Mae Sot (6306)
    # A workplace in Mueang Tak (6301): one finding due in time, one too late, one without a deadline, one remedied.
    other = directory.create_establishment(store, name_th="ไร่ข้าวโพดทดสอบ", province_code="63", district_code="6301",
                                           sector="agriculture").created("establishments")
    visit = inspections.create_inspection(store, establishment_id=other, template_id=base_template(store),
                                          visit_type="routine", visit_date="2026-11-20").created("inspections")
    inspections.update_inspection(store, visit, follow_up_date="2027-03-01")  # planned, but not within 30 days
    due = findings.create_finding(store, visit, severity="S3", title_th="ไม่มีสัญญาจ้าง",
                                  deadline="2026-12-30").created("findings")
    findings.create_finding(store, visit, severity="S3", title_th="ภายหลัง", deadline="2027-02-01")
    findings.create_finding(store, visit, severity="S4", title_th="ไม่มีกำหนด")
    fixed = findings.create_finding(store, visit, severity="S3", title_th="แก้แล้ว", deadline="2026-11-30")
    findings.update_finding(store, fixed.created("findings"), status="remedied")

    page = FollowUpsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    _show_page(page, qtbot)
    s1, s2, s3 = earlier.open_findings
    overdue = lambda days: f"OVERDUE by {days} days"  # noqa: E731
    assert _shown(page) == [
        ("finding", s1, overdue(66)), ("finding", s2, overdue(36)), ("visit", earlier.inspection_id, overdue(21)),
        ("finding", s3, "Due in 14 days"), ("finding", due, "Due in 24 days")]
    assert page.summary.plain_text() == "4 findings due · 1 planned follow-up visit · 3 overdue"
    qtmodeltester.check(page.model, force_py=True)

    districts = {page.district.itemData(n): page.district.itemText(n) for n in range(page.district.count())}
    assert districts == {None: "All districts", "6301": "Mueang Tak", "6306": "Mae Sot"}
    page.district.setCurrentIndex(page.district.findData("6301"))  # the database filters: the list reads again
    wait_until_read(qtbot, page)
    assert _shown(page) == [("finding", due, "Due in 24 days")]
    assert page.summary.plain_text() == "1 finding due · 0 planned follow-up visits · 0 overdue"
    assert page.district.count() == 3  # the other district is still offered
    page.district.setCurrentIndex(0)
    page.overdue_only.setChecked(True)
    wait_until_read(qtbot, page)
    assert [r[1] for r in _shown(page)] == [s1, s2, earlier.inspection_id]


def _png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    assert image.save(str(path))
    return path


def _choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click a radio button where a user does: on its circle (the row is wider than the button's text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _hq_state(hq: HQServer, inspection_id: str) -> dict:
    with hq.db.read() as conn:
        rows = conn.execute(select(Record.entity, Record.entity_id, Record.rev, Record.fields)
                            .where((Record.entity_id == inspection_id) | (Record.inspection_id == inspection_id))).all()
    return {(r.entity, r.entity_id): (r.rev, r.fields) for r in rows}


def _laptop_state(store: Store, inspection_id: str) -> tuple[dict, tuple[str, dict]]:
    with store.session() as s:
        return wire_fields(s.get(Inspection, inspection_id)), revision_hash(store, inspection_id)


def test_a_follow_up_started_from_the_worklist_verifies_two_findings_and_hq_shows_their_status(
        ui_ctx: UiContext, open_window: Callable[[], MainWindow], hq_sqlite: HQServer, qtbot: QtBot,
        tmp_path: Path) -> None:
    store, hq = ui_ctx.store, hq_sqlite
    enrol_store(store, hq)
    earlier = complaint_visit(store)
    _sync(store)
    users.create_user(hq.db, "ploy", "Ploy S.", "a long enough password")
    reviews.review(hq.db, earlier.inspection_id, "approved", None, users.find_reviewer(hq.db, "ploy"))
    _sync(store)
    laptop_before, hq_before = _laptop_state(store, earlier.inspection_id), _hq_state(hq, earlier.inspection_id)
    assert laptop_before[0]["status"] == "approved"
    window = open_window()

    # The Follow-ups page: choose the planned visit, start the follow-up; it opens in the editor.
    window.nav.setCurrentRow(MainWindow.PAGES.index("followups"))
    page = window.followups
    _show_page(page, qtbot)
    planned = next(n for n, row in enumerate(_shown(page)) if row[0] == "visit")
    page.select_row(planned)
    assert page.start_button.text() == "Start follow-up visit"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=10_000)
    follow_up, editor = next(iter(window.editors.items()))
    qtbot.waitUntil(lambda: editor.loaded and editor.tabs.indexOf(editor.verification) == 1, timeout=10_000)
    assert editor.tabs.tabText(1) == "Verification"

    # The Verification step: corrected, with a note and a photo; not corrected, with a note.
    editor.tabs.setCurrentWidget(editor.verification)
    tab = editor.verification
    assert tab.list.count() == 3 and "Not checked yet" in tab.list.item(0).text()
    tab.list.setCurrentRow(0)
    _choose(qtbot, tab.outcome_buttons["corrected"])
    tab.note.setFocus()
    type_text(tab.note, "หนังสือเดินทางคืนให้ลูกจ้างแล้ว")
    tab.add_files([_png(tmp_path / "passports.png")])
    # The photo is stored, then made the item's evidence: the list may show it a moment before it is ticked.
    def photo_ticked() -> None:
        shown = [(tab.photos.item(n).text(), tab.photos.item(n).checkState().name) for n in range(tab.photos.count())]
        assert len(shown) == 1 and shown[0][1] == "Checked", (
            f"photos shown: {shown}; error: {tab.error.text()!r} (visible {tab.error.isVisible()}); "
            f"items: {[(i.outcome, i.evidence) for i in tab.items]}; current {tab.current_id}")

    qtbot.waitUntil(photo_ticked, timeout=10_000)
    assert not tab.photos.item(0).icon().isNull()
    tab.list.setCurrentRow(1)
    _choose(qtbot, tab.outcome_buttons["not_corrected"])
    type_text(tab.note, "Still paid 300 THB a day")
    qtbot.waitUntil(lambda: not editor.saver.has_unsaved() and editor.saved.text() == "Saved", timeout=10_000)
    assert "Corrected" in tab.list.item(0).text() and "Not corrected" in tab.list.item(1).text()
    with store.session() as s:
        saved = list(s.scalars(select(FindingVerification).where(FindingVerification.inspection_id == follow_up)
                               .order_by(FindingVerification.position)))
        photo = s.scalars(select(Attachment.id).where(Attachment.inspection_id == follow_up)).one()
    assert [(v.finding_id, v.outcome) for v in saved] == [
        (earlier.open_findings[0], "corrected"), (earlier.open_findings[1], "not_corrected"),
        (earlier.open_findings[2], None)]
    assert saved[0].note == "หนังสือเดินทางคืนให้ลูกจ้างแล้ว" and saved[0].evidence == [photo]
    assert saved[1].note == "Still paid 300 THB a day" and saved[1].evidence == []

    editor.flush()
    sign(store, follow_up)
    _sync(store)
    s1, s2, s3 = earlier.open_findings
    file = establishment_files.establishment_file(hq.db, earlier.establishment_id)
    at_hq = next(v for v in file.visits if v.inspection_id == earlier.inspection_id)
    assert {f.id: (f.status, f.last_verification.outcome if f.last_verification else None) for f in at_hq.findings} == {
        s1: ("remedied", "corrected"), s2: ("open", "not_corrected"), s3: ("open", None),
        earlier.remedied_finding: ("remedied", None)}
    assert _hq_state(hq, earlier.inspection_id) == hq_before  # HQ's approved inspection: not a byte changed
    _sync(store)
    assert _laptop_state(store, earlier.inspection_id) == laptop_before

    # The approved visit's finding shows its last verification; the worklist no longer lists it.
    original = window.open_inspection(earlier.inspection_id)
    qtbot.waitUntil(lambda: original.loaded, timeout=10_000)
    original.tabs.setCurrentWidget(original.findings)
    original.findings.select_finding(s1)
    qtbot.waitUntil(lambda: original.findings.current_id == s1 and "Corrected" in original.findings.last_verified.text(),
                    timeout=10_000)
    reference = editor.reference
    assert f"follow-up visit {reference}" in original.findings.last_verified.text()
    assert original.findings.status.currentText() == "Remedied"
    _show_page(page, qtbot)
    assert s1 not in [r[1] for r in _shown(page)] and earlier.inspection_id not in [r[1] for r in _shown(page)]


def test_the_establishment_file_shows_visits_a_repeat_and_hqs_flag(
        ui_ctx: UiContext, open_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    store = ui_ctx.store
    first = complaint_visit(store, visit_date="2026-03-10", follow_up_date=None)
    second = complaint_visit(store, first.establishment_id, visit_date="2026-10-01")
    apply_pull(store, [PulledItem(1, "establishment_flag", {
        "flag_id": "retention-1", "flag": "document_retention_repeat", "establishment_key": "reg:0635561234567",
        "establishment_ids": [first.establishment_id], "doc_type": "passport",
        "visits": [{"reference": "63-2569-0101", "visit_date": "2026-03-10", "held_by": "employer"},
                   {"reference": "63-2569-0444", "visit_date": "2026-10-01", "held_by": "employer"}],
        "updated_at": "2026-10-02T00:00:00+00:00"})], 1)

    # From the inspections list: select a row, "Establishment file".
    window = open_window()
    inspections_page = window.inspections
    qtbot.waitUntil(lambda: inspections_page.proxy.rowCount() == 2, timeout=10_000)
    inspections_page.table.selectRow(0)
    assert inspections_page.file_button.isEnabled()
    qtbot.mouseClick(inspections_page.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.file_windows) == 1)
    file_window = next(iter(window.file_windows.values()))
    qtbot.waitUntil(lambda: file_window.loaded, timeout=10_000)
    file_window.today = TODAY
    file_window.reload()
    wait_until_read(qtbot, file_window)

    assert file_window.title.text() == "บริษัท ดอยงามการ์เมนต์ จำกัด (Doi Ngam Garment Co., Ltd.)"
    flags = file_window.flags.plain_text().replace("\n", " ")
    assert file_window.flags.isVisible() and "Repeat document retention" in flags and "Passport" in flags
    assert "at 2 visits: 63-2569-0101 (10 Mar 2026), 63-2569-0444 (1 Oct 2026)" in flags
    visits = file_window.visits_model
    assert [visits.index(n, 1).data() for n in range(visits.rowCount())] == [
        r.reference for r in _references(store, (second.inspection_id, first.inspection_id))]
    repeated = file_window.repeated_model
    cited = {repeated.index(n, 0).data(): repeated.index(n, 3).data() for n in range(repeated.rowCount())}
    assert cited == {"LPA-D-01": "2 visits", "LPA-E-01": "2 visits", "LPA-H-01": "2 visits",
                     "LPA-H-05": "2 visits"}
    opened = file_window.findings_model
    assert opened.rowCount() == 6 and opened.index(0, 1).data() == "OVERDUE by 66 days"
    assert "Last S1 finding" in file_window.last_s1.plain_text() and "Open" in file_window.last_s1.plain_text()
    workforce = file_window.workforce_model
    assert workforce.index(0, 6).data() == "Myanmar 85 (85%) · Thailand 15 (15%)"

    # From the file, a visit of this laptop opens in the editor; the editor opens the same file again.
    file_window.visits.selectRow(1)
    qtbot.mouseClick(file_window.open_visit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.inspection_id in window.editors)
    editor = window.editors[first.inspection_id]
    qtbot.mouseClick(editor.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.file_windows) == 2)
    again = window.file_windows[first.inspection_id]
    qtbot.waitUntil(lambda: again.loaded, timeout=10_000)
    assert again.title.text() == file_window.title.text() and again.visits_model.rowCount() == 2


def _references(store: Store, ids: tuple[str, ...]) -> list[Inspection]:
    with store.session() as s:
        found = {i.id: i for i in s.scalars(select(Inspection).where(Inspection.id.in_(ids)))}
        for inspection in found.values():
            s.expunge(inspection)
    return [found[i] for i in ids]


def _click_wizard(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_follow_up_made_in_the_wizard_from_the_file_carries_the_open_findings_to_verify(
        ui_ctx: UiContext, open_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    store = ui_ctx.store
    earlier = complaint_visit(store)
    later = inspections.create_inspection(store, establishment_id=earlier.establishment_id,
                                          template_id=base_template(store), visit_type="routine",
                                          visit_date="2026-11-01").created("inspections")
    window = open_window()
    file_window = window.open_establishment_file(earlier.inspection_id)
    qtbot.waitUntil(lambda: file_window.loaded and file_window.visits_model.rowCount() == 2, timeout=10_000)
    assert not file_window.follow_up.isEnabled()  # no visit chosen yet
    file_window.visits.selectRow(1)  # the complaint visit (newest first)
    screens = Screens(qtbot)
    screens.shoot(file_window, "wizard-follow-up-1-file")
    qtbot.mouseClick(file_window.follow_up, Qt.MouseButton.LeftButton)
    wizard = window.findChild(NewInspectionWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.establishment_id() == earlier.establishment_id, timeout=10_000)

    _click_wizard(qtbot, wizard, QWizard.WizardButton.NextButton)
    visit = wizard.visit_step
    qtbot.waitUntil(lambda: visit.previous.count() == 3, timeout=10_000)
    assert visit.visit_type.currentData() == "follow_up"
    assert visit.previous.currentData() == earlier.inspection_id  # the visit chosen in the file, not the latest
    assert "3 open findings" in visit.previous.currentText()
    assert visit.previous_hint.isVisible() and "The 3 open findings of that visit come with this one" \
        in visit.previous_hint.plain_text()
    visit.previous.setCurrentIndex(visit.previous.findData(later))
    assert "no open finding left to verify" in visit.previous_hint.plain_text()
    visit.previous.setCurrentIndex(visit.previous.findData(earlier.inspection_id))
    screens.shoot(wizard, "wizard-follow-up-2-visit", screen_size=False)
    _click_wizard(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.checklist_step.base.count() > 0, timeout=10_000)
    _click_wizard(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(wizard.created, timeout=10_000) as made:
        _click_wizard(qtbot, wizard, QWizard.WizardButton.FinishButton)
    follow_up = made.args[0]

    qtbot.waitUntil(lambda: follow_up in window.editors, timeout=10_000)
    editor = window.editors[follow_up]
    qtbot.waitUntil(lambda: editor.loaded and editor.tabs.indexOf(editor.verification) == 1, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.verification)
    tab = editor.verification
    qtbot.waitUntil(lambda: tab.list.count() == 3, timeout=10_000)
    assert all("Not checked yet" in tab.list.item(n).text() for n in range(3))
    with store.session() as s:
        made_visit = s.get(Inspection, follow_up)
        assert (made_visit.visit_type, made_visit.previous_inspection_id, made_visit.establishment_id) == (
            "follow_up", earlier.inspection_id, earlier.establishment_id)
        assert [m["name"] for m in made_visit.team] == ["Somchai Test"]
        carried = list(s.scalars(select(FindingVerification.finding_id)
                                 .where(FindingVerification.inspection_id == follow_up)
                                 .order_by(FindingVerification.position)))
    assert carried == list(earlier.open_findings)
