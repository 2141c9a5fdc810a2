"""The main window: unlock, navigation, the list, the status bar, the idle lock, the whole flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Attachment, Establishment, Finding, Inspection, WorkerInterview
from inspector_app.core.services import directory
from inspector_app.core.store import Store
from inspector_app.ui.context import UiContext
from inspector_app.ui.inspections_model import ROLE_ID, InspectionTableModel
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.new_inspection_wizard import NewInspectionWizard
from inspector_app.ui.unlock import UnlockDialog

from ..conftest import PASSPHRASE
from .typing_helpers import type_text

BURMESE_NOTE = "ကျွန်တော့်ပတ်စ်ပို့ကို အလုပ်ရှင်က သိမ်းထားပါတယ်"


def test_model_passes_qtmodeltester(ui_ctx: UiContext, qtbot: QtBot, qtmodeltester) -> None:  # noqa: ANN001
    demo.generate(ui_ctx.store, inspections=40, seed=3)
    model = InspectionTableModel(ui_ctx)
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    qtmodeltester.check(model, force_py=True)


def test_model_reads_a_page_at_a_time(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=25, seed=4)
    model = InspectionTableModel(ui_ctx, page_size=10)
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 20)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 25)
    assert not model.canFetchMore()
    ids = [model.index(n, 0).data(ROLE_ID) for n in range(25)]
    assert len(set(ids)) == 25  # pages neither overlap nor skip
    with ui_ctx.store.session() as s:
        newest_first = [i.id for i in s.scalars(select(Inspection).order_by(Inspection.visit_date.desc(),
                                                                              Inspection.id.desc()))]
    assert ids == newest_first


def test_sorting_and_filtering_run_in_the_database_over_every_row(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=25, seed=4)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.inspections
    page.model.page_size = 10
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by reference, as a click on the header does
    with ui_ctx.store.session() as s:
        first_reference = s.scalars(select(Inspection.reference).order_by(Inspection.reference)).first()
        drafts = s.query(Inspection).filter(Inspection.status == "draft").count()
    qtbot.waitUntil(lambda: page.proxy.index(0, 0).data().split(" ")[0] == first_reference)
    page.status.setCurrentIndex(page.status.findData("draft"))
    # Every draft is found although only the first page of rows had been read: scrolling down shows
    # them all (the list is not counted first: that read every row on each keystroke).
    qtbot.waitUntil(lambda: page.proxy.rowCount() == min(drafts, 10)
                    and all(page.proxy.index(r, 6).data() == "Draft" for r in range(page.proxy.rowCount())))
    while page.model.canFetchMore() or page.model.loading:
        page.model.fetchMore()
        qtbot.wait(20)
    assert page.proxy.rowCount() == drafts
    assert all(page.proxy.index(r, 6).data() == "Draft" for r in range(page.proxy.rowCount()))


def test_unlock_dialog(store: Store, data_dir: Path, qtbot: QtBot) -> None:
    store.close()
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=10_000)
    assert dialog.store is None and dialog.passphrase.isEnabled()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)
    dialog.store.close()


def test_list_filters_and_status_bar(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=30, seed=5)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.inspections
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 30)
    qtbot.waitUntil(lambda: "waiting to sync" in window.pending_label.text())
    assert window.last_sync_label.text() == "Never synced"
    first_name = page.proxy.index(0, 1).data().split(" ")[0]
    with ui_ctx.store.session() as s:
        named = s.query(Inspection).join(Establishment).filter(
            (Establishment.name_th.contains(first_name)) | (Establishment.name_en.contains(first_name))).count()
        drafts = s.query(Inspection).filter(Inspection.status == "draft").count()
    type_text(page.search, first_name)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == named, timeout=15_000)  # the search index may still be loading
    assert all(first_name in page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount()))
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("draft"))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == drafts
                    and all(page.proxy.index(r, 6).data() == "Draft" for r in range(page.proxy.rowCount())))


def visible_texts() -> list[str]:
    texts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(n) for n in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(n).text() for n in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.extend(str(model.index(r, c).data()) for r in range(min(model.rowCount(), 200))
                         for c in range(model.columnCount()))
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
    return texts


def test_idle_lock_hides_every_sensitive_text(ui_ctx: UiContext, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=5, seed=6)
    with ui_ctx.store.session() as s:
        interview = s.scalars(select(WorkerInterview)).first()
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_inspection(interview.inspection_id)
    editor.tabs.setCurrentWidget(editor.interviews)
    qtbot.waitUntil(lambda: any(interview.notes_original in t for t in visible_texts()))
    window.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    texts = visible_texts()
    assert not any(interview.notes_original in t for t in texts)
    assert not any(interview.notes_translation in t for t in texts)
    assert not any(interview.worker_code == t for t in texts)
    assert window.lock_page.isVisible()
    # Unlock brings the work back.
    type_text(window.lock_page.passphrase, "wrong one")
    qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert window.locked and "Wrong passphrase" in window.lock_page.error.text()
    type_text(window.lock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert not window.locked and interview.inspection_id in window.editors


def test_repeated_failures_back_off(ui_ctx: UiContext, qtbot: QtBot) -> None:
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    for _ in range(3):
        type_text(window.lock_page.passphrase, "nope nope")
        qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert not window.lock_page.passphrase.isEnabled()
    assert "Try again in" in window.lock_page.error.text()


def _answer_everything(qtbot: QtBot, editor) -> str:  # noqa: ANN001
    """Answer every item through the widgets; returns the item answered non-compliant."""
    tab = editor.checklist
    model = editor.checklist_model
    non_compliant = None
    for code in model.all_codes():
        tab.select_item(code)
        item = model.item(code)
        if item.answer_type == "compliance":
            key = Qt.Key.Key_C
            if non_compliant is None and not item.worker_facing:
                key, non_compliant = Qt.Key.Key_N, code
            qtbot.keyClick(tab.tree, key)
        elif item.answer_type == "choice":
            compliant = [n for n in range(1, tab.choice_edit.count())
                         if tab.choice_edit.itemData(n) not in item.non_compliant_choices]
            tab.choice_edit.setCurrentIndex(compliant[0])
            tab.choice_edit.activated.emit(compliant[0])
        else:
            tab.value_edit.setFocus()
            tab.value_edit.clear()
            qtbot.keyClicks(tab.value_edit, {"number": "400" if item.rule == "min_wage" else "25",
                                             "date": "2026-11-20"}.get(item.answer_type, "checked"))
            qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    assert non_compliant is not None
    return non_compliant


def test_the_whole_flow_through_widgets(store: Store, data_dir: Path, ui_ctx: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    directory.create_establishment(store, name_th="โรงงานเย็บผ้าแม่สอด", name_en="Mae Sot Garments", sector="factory",
                                   province_code="63", district_code="6306", workers_male=12, workers_female=40)
    # Unlock.
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)
    dialog.store.close()

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()

    # New inspection through the wizard.
    qtbot.mouseClick(window.inspections.new_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(NewInspectionWizard)
    assert wizard is not None
    picker = wizard.establishment_step.picker
    type_text(picker.search, "แม่สอด")
    qtbot.waitUntil(lambda: picker.proxy.rowCount() == 1)
    picker.list.setCurrentIndex(picker.proxy.index(0, 0))
    for _ in range(3):  # each step reads what it offers, then Next can be pressed
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(next_button.isEnabled)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled)
    with qtbot.waitSignal(wizard.created, timeout=10_000) as created:
        finish.click()
    inspection_id = created.args[0]
    qtbot.waitUntil(lambda: inspection_id in window.editors)
    editor = window.editors[inspection_id]
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)

    # Answer the checklist, one item non-compliant; accept its proposed finding.
    editor.tabs.setCurrentWidget(editor.checklist)
    bad = _answer_everything(qtbot, editor)
    proposals = editor.checklist.proposal_list
    row = next(n for n in range(proposals.count()) if bad in proposals.item(n).text())
    proposals.setCurrentRow(row)
    qtbot.mouseClick(editor.checklist.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findings.model.rowCount() == 1, timeout=10_000)

    # Interview with consent, privacy and a Burmese note.
    editor.tabs.setCurrentWidget(editor.interviews)
    qtbot.mouseClick(editor.interviews.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.interviews.list.count() == 1, timeout=10_000)
    for box in (editor.interviews.consent, editor.interviews.private_setting, editor.interviews.employer_absent):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, box.height() // 2))
    assert editor.interviews.notes_original.isEnabled()
    type_text(editor.interviews.notes_original, BURMESE_NOTE)

    # Attach an image by dropping it on the list.
    photo = tmp_path / "evidence.png"
    image = QImage(3000, 1500, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(photo))
    editor.tabs.setCurrentWidget(editor.attachments)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(editor.attachments.list.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(editor.attachments.list.viewport(), drop)
    qtbot.waitUntil(lambda: editor.attachments.list.count() == 1, timeout=10_000)

    # Complete and sign.
    qtbot.waitUntil(lambda: not editor.saver.has_unsaved(), timeout=10_000)
    editor.tabs.setCurrentWidget(editor.signoff)
    qtbot.mouseClick(editor.signoff.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.signoff.current_status == "completed", timeout=10_000)
    pad = editor.signoff.pads["inspector"]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    for x in range(20, 240, 20):
        qtbot.mouseMove(pad, QPoint(x, 40 + (x // 20 % 2) * 30))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(240, 60))
    assert not pad.is_empty()
    type_text(editor.signoff.names["inspector"], "สมชาย ใจดี")
    qtbot.mouseClick(editor.signoff.sign_buttons["inspector"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.signoff.current_status == "signed", timeout=10_000)

    # Signed in the list and in the database; everything is there.
    qtbot.waitUntil(lambda: any(
        window.inspections.proxy.index(r, 0).data(ROLE_ID) == inspection_id
        and window.inspections.proxy.index(r, 6).data() == "Signed"
        for r in range(window.inspections.proxy.rowCount())), timeout=10_000)
    with store.session() as s:
        assert s.get(Inspection, inspection_id).status == "signed"
        assert s.scalars(select(Finding).where(Finding.inspection_id == inspection_id)).one().item_code == bad
        assert s.scalars(select(WorkerInterview)).one().notes_original == BURMESE_NOTE
        attachment = s.scalars(select(Attachment)).one()
    assert max(attachment.width, attachment.height) <= 2048  # downscaled on import
    qtbot.waitUntil(lambda: "Signed" in editor.title.text(), timeout=10_000)  # the header is re-read off the GUI thread


def test_null_returns_from_qt_do_not_drain_none(qapp) -> None:  # noqa: ANN001
    """PySide6 6.12.0 drops a reference to None for each null object it returns (see inspector_app/ui)."""
    label = QLabel()
    for _ in range(200_000):
        label.buddy()
    assert label.buddy() is None  # the interpreter is still alive to say so
