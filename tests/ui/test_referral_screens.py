"""After the visit, on the laptop's screens: a referral made from an S1 finding and followed on the
Referrals page, its form printed from there, and the worker's documents one row each in the Interviews tab."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.services import directory, findings, inspections, interviews
from inspector_app.core.store import Store
from inspector_app.core.views.referrals import local_today
from inspector_app.reports.verify import SOURCE_FILE_NAME
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.documents_box import DocumentDialog
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.referral_dialog import ReferralDialog
from inspector_app.ui.referrals_page import ReferralsModel, ReferralsPage
from inspector_app.ui.report_preview import ReportPreviewDialog
from inspector_app.ui.widgets import to_qdate

from ..core.helpers import template_id
from .screens import Screens
from .typing_helpers import type_text, wait_until_read

WORKER_NAME = "Test Worker Nine"  # synthetic; must never show on a referral screen
NUMBER = "TEST-AB1234567"


def visit(store: Store, *, referral_target: str | None = None) -> tuple[str, str]:
    """A visit three weeks ago with two coded workers (one reported an indicator) and an S1 finding."""
    establishment = directory.create_establishment(
        store, name_th="โรงงานทดสอบแม่สอด", name_en="Test Factory Mae Sot", province_code="63",
        district_code="6306", sector="factory", workers_male=10, workers_female=12).created("establishments")
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"), visit_type="complaint",
        visit_date=(local_today() - timedelta(days=21)).isoformat()).created("inspections")
    for code, indicators in (("W-01", ["retention_of_documents"]), ("W-02", [])):
        interviews.save_interview(store, inspection_id, worker_code=code, worker_name=WORKER_NAME, consent=True,
                                  private_setting=True, employer_absent=True, indicators=indicators)
    finding_id = findings.create_finding(store, inspection_id, title="นายจ้างยึดหนังสือเดินทางของลูกจ้าง", severity="S1",
                                         legal_refs=["ATIP:6/1"], referral_target=referral_target).created("findings")
    return inspection_id, finding_id


def choose(combo: QComboBox, code: str | None) -> None:
    """Pick an entry as the user does (the combo says which one was activated)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def shown_texts(root: QWidget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QPlainTextEdit

    texts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)
             + root.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    texts += [lw.item(n).text() for lw in root.findChildren(QListWidget) for n in range(lw.count())]
    return "\n".join(texts)


def open_editor(ctx: UiContext, qtbot: QtBot, inspection_id: str) -> EditorPage:
    editor = EditorPage(ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 720)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    return editor


def page_rows(page: ReferralsPage) -> list[dict[str, str]]:
    model = page.proxy
    return [{column: model.index(r, c).data() for c, column in enumerate(ReferralsModel.COLUMNS)}
            for r in range(model.rowCount())]


def test_an_s1_finding_leads_to_its_referral_which_is_sent_and_accepted_and_listed(ui_ctx: UiContext,
                                                                                   qtbot: QtBot) -> None:
    inspection_id, finding_id = visit(ui_ctx.store)
    editor = open_editor(ui_ctx, qtbot, inspection_id)
    tab = editor.findings
    editor.tabs.setCurrentWidget(tab)
    tab.select_finding(finding_id)
    qtbot.waitUntil(lambda: tab.current_id == finding_id and tab.referral_info.isVisible())
    assert "S1" in tab.referral_info.text() and "Choose the receiving body" in tab.referral_info.text()
    assert not tab.open_referral.isVisible()

    choose(tab.referral, "MDT")  # the service makes the referral record with the finding's save
    qtbot.waitUntil(lambda: tab.open_referral.isVisible(), timeout=10_000)
    assert tab.referral_info.text() == "Referral to Multidisciplinary team (MDT): Planned"
    qtbot.mouseClick(tab.open_referral, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(ReferralDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded and dialog.detail is not None)
    assert WORKER_NAME not in shown_texts(dialog)  # coded workers only
    workers = [dialog.workers.item(n) for n in range(dialog.workers.count())]
    assert [(w.text(), w.checkState() == Qt.CheckState.Checked) for w in workers] == [
        ("W-01 (reported an indicator)", True), ("W-02", False)]

    qtbot.keyClicks(dialog.case_number, "MDT-63/0141")
    qtbot.mouseClick(dialog.step_buttons["sent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.status == "sent", timeout=10_000)
    assert dialog.status_line.text().startswith("Now: Sent")
    assert dialog.step_buttons["accepted"].isVisible() and not dialog.step_buttons["sent"].isVisible()
    assert not dialog.body.isEnabled()  # the receiving body is fixed once sent
    qtbot.mouseClick(dialog.step_buttons["accepted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.status == "accepted", timeout=10_000)

    # Closing needs the outcome: said under the outcome field, and the referral stays accepted.
    qtbot.mouseClick(dialog.step_buttons["closed"], Qt.MouseButton.LeftButton)
    assert dialog.outcome_error.isVisible() and "outcome" in dialog.outcome_error.text()
    qtbot.waitUntil(lambda: "Referral to Multidisciplinary team (MDT): Accepted" in tab.referral_info.text(),
                    timeout=10_000)

    page = ReferralsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    [row] = page_rows(page)
    assert row["receiving_body"] == "Multidisciplinary team (MDT)" and row["case_number"] == "MDT-63/0141"
    assert row["status"].startswith("Accepted") and row["workers"] == "W-01"
    assert row["establishment"] == "โรงงานทดสอบแม่สอด" and WORKER_NAME not in json.dumps(row, ensure_ascii=False)
    choose(page.status_filter, "planned")
    qtbot.waitUntil(lambda: not page._loader.busy)
    assert page_rows(page) == []
    choose(page.status_filter, "accepted")
    qtbot.waitUntil(lambda: len(page_rows(page)) == 1)
    dialog.close()


def test_the_referral_form_prints_from_the_page(ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    visit(ui_ctx.store, referral_target="POLICE")
    page = ReferralsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ReportPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=60_000)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog) and w.isVisible())
    target = tmp_path / "referral.pdf"
    assert preview.save_to(str(target))
    preview.close()
    (content,) = PdfReader(io.BytesIO(target.read_bytes())).attachments[SOURCE_FILE_NAME]
    source = json.loads(content)
    assert source["referral"]["receiving_body"] == "POLICE"


def test_worker_documents_one_row_each_round_trip_with_the_number_masked(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id, _finding = visit(ui_ctx.store)
    editor = open_editor(ui_ctx, qtbot, inspection_id)
    editor.tabs.setCurrentWidget(editor.interviews)
    box = editor.interviews.documents_box
    qtbot.waitUntil(lambda: box.interview_id is not None)
    assert box.model.rowCount() == 0

    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = box.findChild(DocumentDialog)
    assert dialog is not None
    choose(dialog.doc_type, "passport")
    choose(dialog.held_by, "employer")
    qtbot.keyClicks(dialog.number, NUMBER)
    dialog.has_expiry.setChecked(True)
    dialog.expires_on.setDate(to_qdate(local_today() - timedelta(days=3)))
    choose(dialog.permit_status, "valid")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=10_000)
    choose(box.social_security, "not_registered")
    editor.flush()
    editor.close()

    again = open_editor(ui_ctx, qtbot, inspection_id)  # what was stored, read afresh
    again.tabs.setCurrentWidget(again.interviews)
    box = again.interviews.documents_box
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    cells = [box.model.index(0, c).data() for c in range(box.model.columnCount())]
    assert cells[0] == "Passport" and cells[1] == "⚠ Employer: retained"
    assert cells[2] == "••••567" and all("AB1234" not in cell for cell in cells)  # never the whole number
    assert cells[3].endswith(": expired") and cells[4] == "Valid"
    assert box.marks.isVisible() and "held by the employer" in box.marks.text() and "expired" in box.marks.text()
    assert box.social_security.currentData() == "not_registered"

    box.table.selectRow(0)
    dialog = box.edit_selected()
    assert dialog is not None and dialog.number.echoMode() != dialog.number.EchoMode.Normal
    choose(dialog.held_by, "worker")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1 and box.model.index(0, 1).data() == "The worker",
                    timeout=10_000)
    assert "held by the employer" not in box.marks.text()

    box.table.selectRow(0)
    question = box.remove_selected()
    assert question is not None
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 0, timeout=10_000)
    wait_until_read(qtbot, again)


def test_the_referral_and_document_models_pass_qtmodeltester(ui_ctx: UiContext, qtbot: QtBot,
                                                             qtmodeltester) -> None:  # noqa: ANN001
    inspection_id, _finding = visit(ui_ctx.store, referral_target="MDT")
    page = ReferralsPage(ui_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    editor = open_editor(ui_ctx, qtbot, inspection_id)
    qtmodeltester.check(editor.interviews.documents_box.model)


def open_referral(ctx: UiContext, qtbot: QtBot, referral_id: str) -> ReferralDialog:
    dialog = ReferralDialog(ctx, referral_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.detail is not None, timeout=10_000)
    return dialog


def test_an_open_referral_editor_follows_changes_made_elsewhere_and_keeps_what_the_user_is_typing(
        ui_ctx: UiContext, qtbot: QtBot) -> None:
    from inspector_app.core.services import referrals as referral_service
    from inspector_app.core.views.referrals import list_referrals

    visit(ui_ctx.store, referral_target="MDT")
    [row] = list_referrals(ui_ctx.store)
    mine = open_referral(ui_ctx, qtbot, row.id)

    # Another window saves a case number: this editor, untouched, shows it without a word of warning.
    other = open_referral(ui_ctx, qtbot, row.id)
    qtbot.keyClicks(other.case_number, "MDT-63/0177")
    qtbot.mouseClick(other.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.case_number.text() == "MDT-63/0177", timeout=10_000)
    assert not mine.conflict_note.isVisible() and mine.changes() == {}
    other.close()

    # The user is typing the outcome and the officer's name when a sync brings other values.
    mine.outcome.setFocus()
    type_text(mine.outcome, "รับเข้าสถานคุ้มครอง")
    qtbot.keyClicks(mine.contact_name, "Officer Test")
    remote = referral_service.update_referral(ui_ctx.store, row.id, outcome="Sheltered by the MDT",
                                              contact_phone="055-000-111")
    ui_ctx.hub.publish(remote)  # what the sync panel does with a round's changes
    qtbot.waitUntil(lambda: mine.contact_phone.text() == "055-000-111", timeout=10_000)
    assert mine.outcome.toPlainText() == "รับเข้าสถานคุ้มครอง"  # the user's text, not the stored one
    assert mine.contact_name.text() == "Officer Test"  # typed, not changed elsewhere: kept, no warning for it
    assert mine.conflict_note.isVisible() and mine.take_stored.isVisible()
    note = mine.conflict_note.plain_text()
    assert "Outcome (now stored: “Sheltered by the MDT”)" in note and "Your text is kept" in note
    assert "Receiving officer" not in note and "Officer's phone" not in note
    assert mine.outcome.styleSheet() and not mine.contact_name.styleSheet()  # the clashing field is marked
    assert mine.changes() == {"outcome": "รับเข้าสถานคุ้มครอง", "contact_name": "Officer Test"}
    Screens(qtbot).shoot(mine, "referral-changed-elsewhere", screen_size=False)

    # Saving keeps the user's text; the warning goes.
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.detail is not None and mine.detail.row.outcome == "รับเข้าสถานคุ้มครอง",
                    timeout=10_000)
    assert not mine.conflict_note.isVisible() and not mine.outcome.styleSheet()
    [stored] = list_referrals(ui_ctx.store)
    assert (stored.outcome, stored.contact_name, stored.case_number) == ("รับเข้าสถานคุ้มครอง", "Officer Test",
                                                                          "MDT-63/0177")

    # Or the user takes the stored text instead of theirs.
    qtbot.keyClicks(mine.case_number, "-X")
    ui_ctx.hub.publish(referral_service.update_referral(ui_ctx.store, row.id, case_number="MDT-63/0178"))
    qtbot.waitUntil(lambda: mine.conflict_note.isVisible(), timeout=10_000)
    assert mine.case_number.text() == "MDT-63/0177-X" and "“MDT-63/0178”" in mine.conflict_note.plain_text()
    qtbot.mouseClick(mine.take_stored, Qt.MouseButton.LeftButton)
    assert mine.case_number.text() == "MDT-63/0178" and not mine.conflict_note.isVisible()
    assert mine.changes() == {}
