"""The inspection editor: one-key answers, proposals, interviews, autosave, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core.services import setup
from inspector_app.core.models import ChecklistAnswer, Finding, WorkerInterview
from inspector_app.core.store import Store
from inspector_app.ui.context import ChangeHub, UiContext
from inspector_app.ui.editor.editor_page import EditorPage
from inspector_app.ui.operations import Operations
from inspector_app.ui.settings import Settings

from ..conftest import PASSPHRASE
from ..core.helpers import new_inspection
from .typing_helpers import type_text

BURMESE_NOTE = "အလုပ်ရှင်က ပတ်စ်ပို့ကို သိမ်းထားတယ်"


def wait_saved(qtbot: QtBot, editor: EditorPage) -> None:
    qtbot.waitUntil(lambda: editor.saved.text() == "Saved" and not editor.saver.has_unsaved(), timeout=10_000)


def answers(store: Store, inspection_id: str) -> dict[str, ChecklistAnswer]:
    with store.session() as s:
        return {a.item_code: a for a in s.scalars(select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == inspection_id))}


def test_one_key_answers_advance_and_undo(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.checklist)
    tree = editor.checklist.tree
    first = editor.checklist._current.code
    qtbot.keyClick(tree, Qt.Key.Key_C)
    second = editor.checklist._current.code
    assert second != first
    qtbot.keyClick(tree, Qt.Key.Key_N)
    wait_saved(qtbot, editor)
    saved = answers(ui_ctx.store, inspection_id)
    assert saved[first].result == "compliant" and saved[second].result == "non_compliant"
    # The non-compliant answer proposes a finding with the item's legal reference.
    assert any(editor.checklist.proposal_list.item(n).text().split()[1] == second
               for n in range(editor.checklist.proposal_list.count()))
    editor.checklist.undo_stack.undo()
    wait_saved(qtbot, editor)
    assert answers(ui_ctx.store, inspection_id)[second].result == "not_checked"


def test_accepting_a_proposal_creates_the_finding(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.checklist.select_item("LPA-C-01")
    qtbot.keyClick(editor.checklist.tree, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: editor.checklist.proposal_list.count() == 1)
    qtbot.mouseClick(editor.checklist.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findings.model.rowCount() == 1, timeout=10_000)
    with ui_ctx.store.session() as s:
        finding = s.scalars(select(Finding)).one()
    assert finding.item_code == "LPA-C-01" and finding.legal_refs and finding.severity in ("S1", "S2", "S3", "S4")
    assert editor.checklist.proposal_list.count() == 0


def editor_with_new_interview(ui_ctx: UiContext, qtbot: QtBot) -> tuple[str, EditorPage]:
    """An editor on a new inspection with one interview just made on its Interviews tab."""
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    tab = editor.interviews
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=10_000)
    return inspection_id, editor


def test_an_inspection_without_interviews_says_how_to_begin_one(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """The tab showed an empty list beside a greyed form, saying nothing."""
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    tab = editor.interviews
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.new_button.isEnabled(), timeout=10_000)
    assert tab.empty.isVisible() and "New interview" in tab.empty.plain_text()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.empty.isVisible(), timeout=10_000)


def test_a_pad_that_can_no_longer_be_signed_says_it_was_not(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """A submitted inspection's employer and interpreter pads stood blank, as if waiting."""
    from inspector_app.core import demo
    from inspector_app.core.models import Inspection, Signature

    demo.generate(ui_ctx.store, inspections=12, seed=5)
    with ui_ctx.store.session() as s:
        signed = {(sig.inspection_id, sig.role) for sig in s.scalars(select(Signature))}
        inspection_id = next(i.id for i in s.scalars(select(Inspection).where(Inspection.status == "submitted")
                                                     .order_by(Inspection.reference))
                             if (i.id, "employer") not in signed)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    qtbot.waitUntil(lambda: editor.signoff.current_status == "submitted", timeout=10_000)
    labels = editor.signoff.signed_labels
    assert labels["employer"].text() == "Not signed"
    assert labels["inspector"].text().startswith("Signed by ")


def test_interview_notes_need_consent_and_privacy_then_save(ui_ctx: UiContext, qtbot: QtBot) -> None:
    _inspection_id, editor = editor_with_new_interview(ui_ctx, qtbot)
    tab = editor.interviews
    assert not tab.notes_original.isEnabled()
    for box in (tab.consent, tab.private_setting, tab.employer_absent):
        box.setChecked(True)
    assert tab.notes_original.isEnabled()
    tab.notes_original.setFocus()
    type_text(tab.notes_original, BURMESE_NOTE)
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        interview = s.scalars(select(WorkerInterview)).one()
    assert interview.consent and interview.private_setting and interview.employer_absent
    assert interview.notes_original == BURMESE_NOTE


def test_autosaved_note_survives_a_destroyed_window(store: Store, data_dir: Path, settings_file: Path, qtbot: QtBot) -> None:
    inspection_id = new_inspection(store)
    ctx = UiContext(store, Operations(), Settings(store.username, QSettings(str(settings_file), QSettings.Format.IniFormat)), ChangeHub())
    editor = EditorPage(ctx, inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.checklist.select_item("LPA-C-01")
    editor.checklist.note.setFocus()
    type_text(editor.checklist.note, "ป้ายประกาศไม่มีภาษาพม่า")
    wait_saved(qtbot, editor)
    # No close, no flush: the widget is simply destroyed, as in a crash (and really is, before the store closes).
    with qtbot.waitSignal(editor.destroyed, timeout=10_000):
        editor.deleteLater()
    ctx.ops.wait()
    store.close()
    with setup.open_store(data_dir, PASSPHRASE) as reopened:
        assert answers(reopened, inspection_id)["LPA-C-01"].note == "ป้ายประกาศไม่มีภาษาพม่า"


def test_a_failed_save_is_shown_and_the_text_stays(ui_ctx: UiContext, qtbot: QtBot, monkeypatch) -> None:  # noqa: ANN001
    from inspector_app.core.errors import ValidationError
    from inspector_app.core.services import checklist

    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.checklist.select_item("LPA-C-01")

    def refuse(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise ValidationError("The disk is full.")

    monkeypatch.setattr(checklist, "save_answer", refuse)
    type_text(editor.checklist.note, "text to keep")
    qtbot.waitUntil(lambda: editor.saved.text().startswith("Not saved"), timeout=10_000)
    assert "The disk is full." in editor.saved.text()
    assert editor.checklist.note.toPlainText() == "text to keep"


def test_checklist_and_findings_models_pass_qtmodeltester(ui_ctx: UiContext, qtbot: QtBot, qtmodeltester) -> None:  # noqa: ANN001
    from inspector_app.core import demo

    demo.generate(ui_ctx.store, inspections=3, seed=9)
    with ui_ctx.store.session() as s:
        inspection_id = s.scalars(select(Finding.inspection_id)).first()
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    qtmodeltester.check(editor.checklist_model, force_py=True)
    assert editor.findings.model.rowCount() >= 1
    qtmodeltester.check(editor.findings.model, force_py=True)


def test_zawgyi_pasted_into_notes_shows_a_notice_and_is_stored_as_unicode(ui_ctx: UiContext, qtbot: QtBot) -> None:
    from ..i18n.test_zawgyi import ZAWGYI_CASES

    _label, zawgyi, expected = ZAWGYI_CASES[-1]
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.show()
    tab = editor.interviews
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=10_000)
    for box in (tab.consent, tab.private_setting, tab.employer_absent):
        box.setChecked(True)
    tab.notes_original.setFocus()
    tab.notes_original.insertPlainText(zawgyi)  # as a paste would
    assert tab.zawgyi_notice.isVisible() and "Zawgyi" in tab.zawgyi_notice.text()
    tab.notes_translation.setFocus()  # leaving the field shows the Unicode text
    qtbot.waitUntil(lambda: tab.notes_original.toPlainText() == expected)
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        assert s.scalars(select(WorkerInterview.notes_original)).one() == expected


def test_complaint_source_is_asked_for_complaint_visits_and_saved(ui_ctx: UiContext, qtbot: QtBot) -> None:
    from inspector_app.core.models import Inspection

    inspection_id = new_inspection(ui_ctx.store)  # a routine visit
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.show()
    overview = editor.overview
    editor.tabs.setCurrentWidget(overview)
    assert not overview.complaint_source.isVisible()  # nothing to ask on a routine visit
    combo = overview.visit_type
    assert combo.itemData(combo.currentIndex() + 1) == "complaint"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # routine -> complaint, as a user picks it
    qtbot.waitUntil(overview.complaint_source.isVisible, timeout=5_000)
    assert overview.labels["complaint_source"].text() == "Complaint source"
    overview.complaint_source.setFocus()
    type_text(overview.complaint_source, "Hotline 1546, three workers from the packing line")
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        inspection = s.get(Inspection, inspection_id)
    assert inspection.visit_type == "complaint"
    assert inspection.complaint_source == "Hotline 1546, three workers from the packing line"
    # Back to routine: what was written stays in view instead of vanishing.
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        assert s.get(Inspection, inspection_id).visit_type == "routine"
    assert overview.complaint_source.isVisible()


def test_a_full_disk_is_named_in_the_save_state_and_the_text_stays(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.checklist.select_item("LPA-C-01")
    with ui_ctx.store.write_engine.connect() as conn:  # the database cannot grow by one page: SQLITE_FULL
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    long_note = "ป้ายประกาศไม่มีภาษาพม่า " * 400
    editor.checklist.note.setPlainText(long_note)
    qtbot.waitUntil(lambda: editor.saved.text().startswith("Not saved"), timeout=10_000)
    assert "The disk is full" in editor.saved.text() and "Nothing was lost" in editor.saved.text()
    assert editor.checklist.note.toPlainText() == long_note
    with ui_ctx.store.write_engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")  # space freed: the next edit saves it all
    type_text(editor.checklist.note, ".")
    wait_saved(qtbot, editor)
    saved = answers(ui_ctx.store, inspection_id)["LPA-C-01"].note
    assert saved == editor.checklist.note.toPlainText().strip() and long_note.strip() in saved


def test_a_finding_accepted_on_an_english_screen_prints_thai_in_the_thai_notice(ui_ctx: UiContext, qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from inspector_app.reports import build_report
    from inspector_app.ui.language import current_language, set_current_language

    before = current_language()
    set_current_language("en")
    try:
        inspection_id = new_inspection(ui_ctx.store)
        editor = EditorPage(ui_ctx, inspection_id)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
        editor.checklist.select_item("LPA-F-02")
        qtbot.keyClick(editor.checklist.tree, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: editor.checklist.proposal_list.count() == 1)
        # The inspector sees what is wrong, not the checklist's compliant wording.
        shown = editor.checklist.proposal_list.item(0).text()
        assert "Workers do not get a weekly rest day" in shown and "At least one rest day" not in shown
        qtbot.mouseClick(editor.checklist.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.findings.model.rowCount() == 1, timeout=10_000)
        assert editor.findings.model.index(0, 1).data() == "Workers do not get a weekly rest day"
    finally:
        set_current_language(before)
    notice = build_report(ui_ctx.store, "employer", inspection_id, generated_at=datetime(2026, 11, 21, tzinfo=UTC))
    [finding] = notice.source["findings"]
    assert finding["title"] == "นายจ้างไม่จัดให้ลูกจ้างมีวันหยุดประจำสัปดาห์"
    assert finding["required_action"].startswith("ให้จัดวันหยุดประจำสัปดาห์แก่ลูกจ้างทุกคน")
    assert finding["title_en"] == "Workers do not get a weekly rest day"
    assert finding["deadline"] == "2026-11-27"  # 7 days from the visit on 20 November


def test_an_inspectors_own_finding_in_one_language_is_marked(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    tab = editor.findings
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.texts["title_th"].text() == "ข้อค้นพบใหม่" and tab.texts["title_en"].text() == "New finding"
    tab.texts["title_th"].selectAll()
    tab.texts["title_th"].setFocus()
    type_text(tab.texts["title_th"], "ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม")
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        finding = s.scalars(select(Finding)).one()
    # The English placeholder went: nothing pretends to be a translation.
    assert (finding.title_th, finding.title_en) == ("ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม", None)
    assert finding.edited_texts == ["title"]
    assert tab.texts["title_en"].text() == ""
    assert tab.one_language.isVisibleTo(tab) and "Thai only: finding" in tab.one_language.text()
    type_text(tab.texts["title_en"], "Three workers were not paid for October")
    wait_saved(qtbot, editor)
    assert not tab.one_language.isVisibleTo(tab)


def test_the_next_interpreter_note_never_overwrites_the_one_just_added(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """Regression: after "Add as new note" the form went on editing the note just added, so the next
    note typed was autosaved over it (its Burmese original gone) and adding it made a duplicate."""
    from inspector_app.core.models import InterpreterNote

    inspection_id = new_inspection(ui_ctx.store)
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.show()
    tab = editor.notes
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    assert not tab.add_button.isEnabled()  # nothing to add yet
    assert tab.empty.isVisible() and not tab.list.isVisible()  # says there is no note yet, and how to add one
    tab.source.setCurrentIndex(tab.source.findData("my"))

    def stored() -> list[tuple[str, str | None]]:
        with ui_ctx.store.session() as s:
            rows = s.scalars(select(InterpreterNote).where(InterpreterNote.inspection_id == inspection_id)
                             .order_by(InterpreterNote.created_at)).all()
            return [(n.original, n.translation) for n in rows]

    first = ("အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်", "นายจ้างเก็บหนังสือเดินทางไว้")
    type_text(tab.original, first[0])
    type_text(tab.translation, first[1])
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=10_000)
    assert tab.list.isVisible() and not tab.empty.isVisible()
    assert (tab.original.toPlainText(), tab.translation.toPlainText()) == ("", "")  # a blank form for the next
    assert not tab.add_button.isEnabled()  # pressing it again cannot make a duplicate

    second = "လစာကို သုံးလ မရသေးပါ"
    type_text(tab.original, second)
    wait_saved(qtbot, editor)
    assert stored() == [first]  # typing the next note changed nothing already kept
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10_000)
    assert stored() == [first, (second, None)]

    # A note being typed is kept when the inspector opens another one instead of adding it.
    third = "ထွက်ခွာခွင့် မရှိ"
    type_text(tab.original, third)
    tab.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: tab.list.count() == 3, timeout=10_000)
    assert tab.original.toPlainText() == first[0]
    wait_saved(qtbot, editor)
    assert stored() == [first, (second, None), (third, None)]


def test_mark_completed_takes_its_explanation_to_the_checklist(ui_ctx: UiContext, qtbot: QtBot) -> None:
    inspection_id = new_inspection(ui_ctx.store)  # nothing answered yet
    editor = EditorPage(ui_ctx, inspection_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.show()
    editor.tabs.setCurrentWidget(editor.signoff)
    qtbot.mouseClick(editor.signoff.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.checklist, timeout=10_000)
    banner = editor.checklist.banner
    assert banner.isVisible() and "required" in banner.text()  # why the inspector was brought here
    # The same explanation, word for word (each label wraps it to its own width and font: the banner's is bold).
    assert banner.plain_text() == editor.signoff.message.plain_text()
    assert editor.checklist._current is not None  # on the first item still to answer


def test_an_interview_added_in_another_window_appears_and_the_open_note_stays(ui_ctx: UiContext,
                                                                               qtbot: QtBot) -> None:
    """A second editor window (or an import) adds an interview to the same inspection: this window's list shows
    it at once, and the note being typed here is neither reloaded over nor lost."""
    from inspector_app.core.services import interviews

    inspection_id, editor = editor_with_new_interview(ui_ctx, qtbot)
    tab = editor.interviews
    for box in (tab.consent, tab.private_setting, tab.employer_absent):
        box.setChecked(True)
    tab.notes_original.setFocus()
    type_text(tab.notes_original, BURMESE_NOTE)

    ui_ctx.hub.publish(interviews.save_interview(ui_ctx.store, inspection_id, worker_code="W-ELSEWHERE"))

    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10_000)
    assert "W-ELSEWHERE" in [tab.list.item(n).text() for n in range(tab.list.count())]
    assert tab.notes_original.toPlainText() == BURMESE_NOTE
    wait_saved(qtbot, editor)
    with ui_ctx.store.session() as s:
        notes = sorted((i.worker_code, i.notes_original) for i in s.scalars(select(WorkerInterview)))
    assert [n for _code, n in notes].count(BURMESE_NOTE) == 1
