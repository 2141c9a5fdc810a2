"""Issue 15's "Done when": one establishment in Mae Sot (Tak) followed after the visit, on two laptops and HQ.

Laptop A makes a complaint visit in the New-inspection wizard, finds an S1 (passports held), refers it to the
multidisciplinary team from the finding and sends the referral, records the worker's passport, signs and
syncs; a supervisor approves it at HQ. Laptop B, given Tak by HQ's admin, sees the workplace's file with A's
visit (nothing sealed), starts the follow-up from its worklist, verifies the findings, and records the same
passport held by the employer again; after sync HQ flags the repeat (never holding the number in clear) and
shows the findings' new status; A's referral is accepted and HQ shows it; the approved visit is unchanged.

Screens and the referral form are drawn in Thai and Burmese when FI_SCREENSHOTS names a directory
(tests/ui/screens.py); the walk itself runs in English, so a failure reads plainly.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core.models import EstablishmentFileItem
from inspector_app.core.services import findings, inspections, interviews, setup
from inspector_app.core.views.referrals import list_referrals, local_today
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import establishment_files, reviews, users
from inspector_app.hq.documents import retention_flags
from inspector_app.hq.referrals import referral_rows
from inspector_app.reports import build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME
from inspector_app.sync.engine import SyncEngine
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.editor.documents_box import DocumentDialog
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.establishment_file_page import EstablishmentFileWindow
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard
from inspector_app.ui.operations import Operations
from inspector_app.ui.referral_dialog import ReferralDialog
from inspector_app.ui.settings import Settings
from inspector_app.ui.translation import Translations

from ..conftest import PASSPHRASE
from ..followup_builders import COMPLAINT_CANARY, answer_all, answer_as_found, workplace
from ..followup_builders import SIGNATURE
from ..hq.fixtures import enrol_store
from .test_followup_screens import _choose, _hq_state, _laptop_state
from ..hq.support import HQServer
from .screens import Screens
from .test_referral_screens import WORKER_NAME, choose, shown_texts
from .typing_helpers import type_text, wait_until_read

PASSPORT = "MC-TEST-40917"  # synthetic: the same passport at both visits
PASSPORT_FORMS = (b"MC-TEST-40917", b"MCTEST40917", b"TEST-40917", b"mctest40917")


@pytest.fixture
def laptop_b(tmp_path: Path, qapp) -> Iterator[UiContext]:  # noqa: ANN001
    store = setup.create_store(tmp_path / "laptop-b", "malee", PASSPHRASE, display_name="Malee Test",
                               device_name="Laptop B")
    ctx = UiContext(store=store, ops=Operations(), hub=ChangeHub(),
                    settings=Settings(store.username, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat)))
    yield ctx
    ctx.ops.wait()
    store.close()


def _window(ctx: UiContext, qtbot: QtBot, translations: Translations) -> MainWindow:
    ctx.translations = translations
    window = MainWindow(ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _sync(ctx: UiContext) -> None:
    """One sync round on the real path to HQ; every screen hears what it changed, as from the sync panel."""
    engine = SyncEngine.for_store(ctx.store)
    try:
        report = engine.sync_round()
        assert report.ok and report.rejected == 0, report
    finally:
        engine.close()
    ctx.hub.publish(report.changes)


def _click(qtbot: QtBot, button) -> None:  # noqa: ANN001
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sign(ctx: UiContext, inspection_id: str) -> None:
    """Complete and sign (the sign-off tab has its own tests): the inspector's signature freezes the visit."""
    answer_all(ctx.store, inspection_id)
    answer_as_found(ctx.store, inspection_id)  # answer_all ticked every item compliant, those found too
    ctx.hub.publish(inspections.complete_inspection(ctx.store, inspection_id))
    ctx.hub.publish(inspections.sign_inspection(ctx.store, inspection_id, role="inspector",
                                                signer_name="Somchai Test", image_png=SIGNATURE))


def _add_document(qtbot: QtBot, editor: EditorPage, screens: Screens | None = None) -> None:
    """The worker's passport, held by the employer, in the Interviews tab."""
    editor.tabs.setCurrentWidget(editor.interviews)
    box = editor.interviews.documents_box
    qtbot.waitUntil(lambda: box.interview_id is not None, timeout=10_000)
    _click(qtbot, box.add_button)
    dialog = box.findChild(DocumentDialog)
    assert dialog is not None
    choose(dialog.doc_type, "passport")
    choose(dialog.held_by, "employer")
    qtbot.keyClicks(dialog.number, PASSPORT)
    choose(dialog.permit_status, "valid")
    if screens is not None:
        screens.shoot(dialog, "a-document-dialog", screen_size=False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=10_000)
    assert box.model.index(0, 1).data() == "⚠ Employer: retained"


def _reopen(window: MainWindow, qtbot: QtBot, inspection_id: str) -> EditorPage:
    window.close_inspection(inspection_id)
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    return editor


def _rows(page: FollowUpsPage) -> list[tuple[str, str, str]]:
    shown = []
    for n in range(page.proxy.rowCount()):
        row = page.model.rows[page.proxy.mapToSource(page.proxy.index(n, 0)).row()]
        shown.append((row.kind, row.finding_id or row.earlier_inspection_id, row.source))
    return shown


def _show_followups(window: MainWindow, qtbot: QtBot) -> FollowUpsPage:
    window.nav.setCurrentRow(MainWindow.PAGES.index("followups"))
    page = window.followups
    page.reload()
    wait_until_read(qtbot, page)
    return page


def test_one_mae_sot_establishment_from_complaint_to_verified_follow_up_on_two_laptops_and_hq(
        ui_ctx: UiContext, laptop_b: UiContext, hq_sqlite: HQServer, translations: Translations,
        qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    hq, a, b = hq_sqlite, ui_ctx, laptop_b
    screens = Screens(qtbot, translations)
    enrol_store(a.store, hq)
    enrol_store(b.store, hq)
    today = local_today()
    visit_day, planned_day = today - timedelta(days=30), today - timedelta(days=2)

    # ---- Laptop A: the complaint visit, made in the wizard -----------------------------------------------
    establishment = workplace(a.store)  # ดอยงามการ์เมนต์, Mae Sot (6306), Tak (63)
    window_a = _window(a, qtbot, translations)
    window_a.new_inspection(establishment)
    wizard = window_a.findChild(NewInspectionWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.establishment_id() == establishment, timeout=10_000)
    screens.shoot(wizard, "a-wizard-1-establishment", screen_size=False)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    visit_step = wizard.visit_step
    visit_step.visit_type.setCurrentIndex(visit_step.visit_type.findData("complaint"))
    visit_step.visit_date.setDate(visit_day)
    assert visit_step.confidential.isChecked()  # a complaint's source is kept confidential by default
    screens.shoot(wizard, "a-wizard-2-visit", screen_size=False)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.checklist_step.base.count() > 0, timeout=10_000)
    screens.shoot(wizard, "a-wizard-3-checklist", screen_size=False)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.team_step.isComplete(), timeout=10_000)
    screens.shoot(wizard, "a-wizard-4-team", screen_size=False)
    with qtbot.waitSignal(wizard.created, timeout=10_000) as made:
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    complaint = made.args[0]
    qtbot.waitUntil(lambda: complaint in window_a.editors, timeout=10_000)
    editor_a = window_a.editors[complaint]
    qtbot.waitUntil(lambda: editor_a.loaded, timeout=10_000)

    # What the inspector records on site (the checklist, interview and findings tabs have their own tests).
    store_a = a.store
    a.hub.publish(inspections.update_inspection(
        store_a, complaint, follow_up_date=planned_day.isoformat(), complaint_source=f"สายด่วน 1546 {COMPLAINT_CANARY}",
        workforce={"male": 40, "female": 60, "under18": 0, "by_nationality": {"MM": 85, "TH": 15}}))
    for code, indicators in (("W-01", ["retention_of_documents"]), ("W-02", [])):
        a.hub.publish(interviews.save_interview(store_a, complaint, worker_code=code, worker_name=WORKER_NAME,
                                                consent=True, private_setting=True, employer_absent=True,
                                                nationality="MM", indicators=indicators))
    made_s1 = findings.create_finding(store_a, complaint, item_code="LPA-D-01", legal_refs=["ROFW:131"],
                                      severity="S1", title_th="นายจ้างยึดหนังสือเดินทางของลูกจ้าง",
                                      title_en="Workers' passports are held by the employer",
                                      deadline=visit_day.isoformat())
    a.hub.publish(made_s1)
    made_s2 = findings.create_finding(store_a, complaint, item_code="LPA-E-01", legal_refs=["LPA:90"], severity="S2",
                                      title_th="จ่ายค่าจ้างต่ำกว่าค่าจ้างขั้นต่ำ",
                                      title_en="Workers are paid less than the minimum daily wage",
                                      deadline=(visit_day + timedelta(days=14)).isoformat())
    a.hub.publish(made_s2)
    s1, s2 = made_s1.created("findings"), made_s2.created("findings")
    editor_a = _reopen(window_a, qtbot, complaint)  # the Interviews tab reads its workers when opened

    # The S1 finding is referred to the multidisciplinary team, from the finding; the referral is sent.
    tab = editor_a.findings
    editor_a.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and tab.model.rowCount() == 2, timeout=10_000)
    tab.select_finding(s1)
    qtbot.waitUntil(lambda: tab.current_id == s1 and tab.referral_info.isVisible(), timeout=10_000)
    choose(tab.referral, "MDT")
    qtbot.waitUntil(lambda: tab.open_referral.isVisible(), timeout=10_000)
    tab.form_scroll.verticalScrollBar().setValue(tab.form_scroll.verticalScrollBar().maximum())  # its referral
    screens.shoot(window_a, "a-findings-tab-referral")
    qtbot.mouseClick(tab.open_referral, Qt.MouseButton.LeftButton)
    referral = tab.findChild(ReferralDialog)
    assert referral is not None
    qtbot.waitUntil(lambda: referral.loaded and referral.detail is not None, timeout=10_000)
    assert WORKER_NAME not in shown_texts(referral)
    assert [referral.workers.item(n).text() for n in range(referral.workers.count())] == [
        "W-01 (reported an indicator)", "W-02"]
    qtbot.keyClicks(referral.contact_name, "Officer Test")
    qtbot.mouseClick(referral.step_buttons["sent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: referral.detail is not None and referral.detail.row.status == "sent", timeout=10_000)
    screens.shoot(referral, "a-referral-sent", screen_size=False)
    referral_id = referral.referral_id

    # The worker's passport, held by the employer.
    _add_document(qtbot, editor_a, screens)
    screens.shoot(window_a, "a-interviews-tab-documents")
    editor_a.flush()
    _sign(a, complaint)
    _sync(a)

    # ---- HQ: a supervisor approves the visit -------------------------------------------------------------
    users.create_user(hq.db, "ploy", "Ploy S.", "a long enough password")
    reviews.review(hq.db, complaint, "approved", None, users.find_reviewer(hq.db, "ploy"))
    _sync(a)
    laptop_before, hq_before = _laptop_state(store_a, complaint), _hq_state(hq, complaint)
    assert laptop_before[0]["status"] == "approved"

    # ---- Laptop B, in the same province: the workplace's file and the worklist ---------------------------
    assert hq_cli.main(["device-provinces", "--db", hq.db_url, "Laptop B", "--set", "63"]) == 0
    capsys.readouterr()
    _sync(b)
    window_b = _window(b, qtbot, translations)
    page_b = _show_followups(window_b, qtbot)
    assert _rows(page_b) == [("finding", s1, "hq"), ("finding", s2, "hq"), ("visit", complaint, "hq")]  # by due date
    screens.shoot(window_b, "b-followups-worklist")
    page_b.select_row(2)
    _click(qtbot, page_b.file_button)
    qtbot.waitUntil(lambda: complaint in window_b.file_windows, timeout=10_000)
    file_b: EstablishmentFileWindow = window_b.file_windows[complaint]
    qtbot.waitUntil(lambda: file_b.loaded and file_b.visits_model.rowCount() == 1, timeout=10_000)
    assert file_b.visits_model.index(0, 6).data() == "Another laptop (from HQ)"
    assert "no record of this workplace yet" in file_b.note.plain_text()
    assert "Workers' passports are held by the employer" in file_b.last_s1.plain_text()
    seen = shown_texts(file_b) + json.dumps([[file_b.findings_model.index(r, c).data() for c in range(7)]
                                             for r in range(file_b.findings_model.rowCount())], ensure_ascii=False)
    assert COMPLAINT_CANARY not in seen and WORKER_NAME not in seen and PASSPORT not in seen
    with b.store.session() as s:
        received = json.dumps([i.data for i in s.scalars(select(EstablishmentFileItem))], ensure_ascii=False)
    assert complaint in received and COMPLAINT_CANARY not in received and WORKER_NAME not in received
    screens.shoot(file_b, "b-establishment-file-from-hq")

    # ---- Laptop B: the follow-up from its worklist verifies the findings --------------------------------
    page_b.select_row(2)
    assert page_b.start_button.text() == "Start follow-up visit"
    _click(qtbot, page_b.start_button)
    qtbot.waitUntil(lambda: len(window_b.editors) == 1, timeout=10_000)
    follow_up, editor_b = next(iter(window_b.editors.items()))
    qtbot.waitUntil(lambda: editor_b.loaded and editor_b.tabs.indexOf(editor_b.verification) == 1, timeout=10_000)
    editor_b.tabs.setCurrentWidget(editor_b.verification)
    check = editor_b.verification
    qtbot.waitUntil(lambda: check.list.count() == 2, timeout=10_000)
    check.list.setCurrentRow(0)
    _choose(qtbot, check.outcome_buttons["corrected"])
    check.note.setFocus()
    type_text(check.note, "หนังสือเดินทางคืนให้ลูกจ้างแล้ว")
    check.list.setCurrentRow(1)
    _choose(qtbot, check.outcome_buttons["not_corrected"])
    type_text(check.note, "ยังจ่ายวันละ 300 บาท")
    qtbot.waitUntil(lambda: not editor_b.saver.has_unsaved() and "Not corrected" in check.list.item(1).text(),
                    timeout=10_000)
    screens.shoot(window_b, "b-verification-tab")
    # Worker W-01 again, the same passport again, still held by the employer.
    b.hub.publish(interviews.save_interview(b.store, follow_up, worker_code="W-01", consent=True,
                                            private_setting=True, employer_absent=True, nationality="MM",
                                            indicators=["retention_of_documents"]))
    editor_b = _reopen(window_b, qtbot, follow_up)
    _add_document(qtbot, editor_b)
    editor_b.flush()
    _sign(b, follow_up)
    _sync(b)
    _sync(a)
    _sync(b)  # HQ's flag and the findings' status come back to B

    # B's file of the workplace: HQ's repeat flag, both visits, the S1 corrected.
    file_b.reload()
    wait_until_read(qtbot, file_b)
    qtbot.waitUntil(lambda: file_b.flags.isVisible(), timeout=10_000)
    assert "Repeat document retention" in file_b.flags.plain_text() and "Passport" in file_b.flags.plain_text()
    assert file_b.visits_model.rowCount() == 2
    assert "now: Remedied" in file_b.last_s1.plain_text() and "Corrected" in file_b.last_s1.plain_text()
    screens.shoot(file_b, "b-establishment-file-flag")

    # ---- HQ: the findings' new status; the repeat flagged without the number; the approved visit as signed --
    file_at_hq = establishment_files.establishment_file(hq.db, establishment)
    at_hq = next(v for v in file_at_hq.visits if v.inspection_id == complaint)
    assert {f.id: (f.status, f.last_verification.outcome if f.last_verification else None)
            for f in at_hq.findings} == {s1: ("remedied", "corrected"), s2: ("open", "not_corrected")}
    with hq.db.read() as conn:
        [flag] = retention_flags(conn)
    assert (flag.doc_type, flag.times) == ("passport", 2)
    stored = b"".join(p.read_bytes() for p in Path(hq.db_url).parent.glob("hq.db*"))
    assert not any(form in stored for form in PASSPORT_FORMS)  # HQ never holds the number in clear
    assert _hq_state(hq, complaint) == hq_before

    # ---- Laptop A: the referral is accepted with the team's case number; HQ shows it -----------------------
    qtbot.keyClicks(referral.case_number, "MDT-63/0141")
    qtbot.mouseClick(referral.step_buttons["accepted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: referral.detail is not None and referral.detail.row.status == "accepted", timeout=10_000)
    screens.shoot(referral, "a-referral-accepted", screen_size=False)
    _sync(a)
    with hq.db.read() as conn:
        [row] = referral_rows(conn)
    assert (row.id, row.status, row.receiving_body, row.case_number, row.workers) == (
        referral_id, "accepted", "MDT", "MDT-63/0141", 1)
    assert row.accepted_on == today and row.sent_on == today
    assert _laptop_state(store_a, complaint) == laptop_before  # the approved visit: not a byte changed
    # At HQ the referral moved on (it is filed under the visit); the visit, its findings and revisions did not.
    moved = {key for key in _hq_state(hq, complaint) if key[0] == "referrals"}
    assert moved == {("referrals", referral_id)}
    assert {k: v for k, v in _hq_state(hq, complaint).items() if k not in moved} == {
        k: v for k, v in hq_before.items() if k not in moved}
    [local] = list_referrals(store_a)
    assert local.status == "accepted"

    # A's worklist: the corrected S1 is gone, the S2 is still due; A's file shows B's follow-up.
    page_a = _show_followups(window_a, qtbot)
    assert _rows(page_a) == [("finding", s2, "laptop")], (complaint, s1, s2)
    screens.shoot(window_a, "a-followups-after")
    file_a = window_a.open_establishment_file(complaint)
    qtbot.waitUntil(lambda: file_a.loaded and file_a.visits_model.rowCount() == 2, timeout=10_000)
    assert file_a.visits_model.index(0, 2).data() == "Follow-up"
    assert file_a.visits_model.index(1, 5).data().startswith("Followed up by")
    qtbot.waitUntil(lambda: "Repeat document retention" in file_a.flags.plain_text(), timeout=10_000)
    screens.shoot(file_a, "a-establishment-file-after")
    window_a.nav.setCurrentRow(MainWindow.PAGES.index("referrals"))
    wait_until_read(qtbot, window_a.referrals)
    screens.shoot(window_a, "a-referrals-page")

    # The referral form for the receiving team, in Thai, with what it says embedded.
    form = build_report(store_a, "referral", complaint, referral_id=referral_id)
    (content,) = PdfReader(io.BytesIO(form.pdf)).attachments[SOURCE_FILE_NAME]
    source = json.loads(content)
    assert source["referral"]["status"] == "accepted" and source["referral"]["case_number"] == "MDT-63/0141"
    assert WORKER_NAME not in json.dumps(source, ensure_ascii=False)
    screens.pdf_pages(form.pdf, "a-referral-form")
    for window in (window_a, window_b):
        for opened in list(window.file_windows.values()):
            opened.close()
        window.close()
