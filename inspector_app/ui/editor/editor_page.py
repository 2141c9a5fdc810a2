"""One open inspection: header, saved indicator, revision banner and the tabs.

The saved indicator never says "Saved" while a date field of a tab shows text it did not take (not a date,
or a day outside the dates it allows; the red line under the field says so): it says the date is not saved
until the text is fixed or put back (Escape).

Nothing here reads on the GUI thread: the header and every tab read through their own
`Loader` (one `core.views` read each) and show "Loading…" until it answers. Tabs hold
back a fresh read while edits are still being saved (it would be older than the form)
and read again once they are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...core.changes import ChangeSet
from ...core.views import editor as editor_views
from ...core.views.editor import ChecklistContent, EditorHeader
from ..context import UiContext
from ..inspections_model import status_label
from ..loading import Loader, LoadingNotice
from ..report_actions import report_button
from ..widgets import LocalDateEdit, WrapLabel
from .attachments_tab import AttachmentsTab
from .autosave import AutoSaver
from .checklist_model import ChecklistModel
from .checklist_tab import ChecklistTab
from .findings_tab import FindingsTab
from .interviews_tab import InterviewsTab
from .notes_tab import InterpreterNotesTab
from .overview_tab import OverviewTab
from .signoff_tab import SignoffTab
from .verification_tab import VerificationTab


class EditorPage(QWidget):
    closeRequested = Signal()  # noqa: N815
    titleChanged = Signal(str)  # noqa: N815
    fileRequested = Signal(str)  # noqa: N815 - this inspection's id: show its establishment's file

    def __init__(self, ctx: UiContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id = ctx, inspection_id
        self.setObjectName("editorPage")
        self.saver = AutoSaver(ctx, self)
        self._save_state = ("saved", "")  # the saver's state and its message
        self.reference = ""
        self.establishment_name = ""
        self._header: EditorHeader | None = None
        self.loading = LoadingNotice()
        self._header_loader = Loader(ctx, self, self.loading)
        self._checklist_loader = Loader(ctx, self, self.loading)

        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.saved = QLabel()
        self.saved.setObjectName("savedIndicator")
        self.banner = WrapLabel()
        self.banner.setObjectName("revisionBanner")
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4300; padding: 6px; border-radius: 4px")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.request_close)
        self.report_status = QLabel()
        self.report_status.setObjectName("reportStatus")
        self.report_button = report_button(ctx, inspection_id, self, self.report_status)
        self.file_button = QPushButton()
        self.file_button.setObjectName("establishmentFileButton")
        self.file_button.clicked.connect(lambda: self.fileRequested.emit(self.inspection_id))

        self.checklist_model = ChecklistModel([], {}, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.overview = OverviewTab(ctx, inspection_id, self.saver)
        self.checklist = ChecklistTab(ctx, inspection_id, self.checklist_model, self.saver)
        self.interviews = InterviewsTab(ctx, inspection_id, self.saver)
        self.notes = InterpreterNotesTab(ctx, inspection_id, self.saver)
        self.findings = FindingsTab(ctx, inspection_id, self.saver)
        self.attachments = AttachmentsTab(ctx, inspection_id, self.saver)
        self.signoff = SignoffTab(ctx, inspection_id, self.saver)
        for tab in (self.overview, self.checklist, self.interviews, self.notes, self.findings, self.attachments,
                    self.signoff):
            self.tabs.addTab(tab, "")
        self.checklist.findingAccepted.connect(self.findings.select_finding)
        self.signoff.completeFailed.connect(self._show_missing)
        # A follow-up visit's Verification step, shown (second, after the Overview) once its read finds
        # earlier findings carried to it.
        self.verification = VerificationTab(ctx, inspection_id, self.saver, self)
        self.verification.hide()
        self.verification.itemsFound.connect(self._show_verification)
        self.saver.stateChanged.connect(self._saver_state)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.report_status)
        header.addWidget(self.saved)
        header.addWidget(self.file_button)
        header.addWidget(self.report_button)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.loading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        # The tabs' date fields, made with them (a dialog's date field is saved by the dialog's own button).
        self.date_fields = self.findChildren(LocalDateEdit)
        for field in self.date_fields:
            field.untakenChanged.connect(self._render_saved)
        for n in range(self.tabs.count() + 1):  # + the Verification step of a follow-up
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda n=n: self.tabs.setCurrentIndex(n))
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()
        self._saver_state("saved", "")
        self.refresh_header()
        store = ctx.store
        self._checklist_loader.load(lambda: editor_views.checklist(store, inspection_id), self._show_checklist)

    def _show_verification(self, found: bool) -> None:
        shown = self.tabs.indexOf(self.verification) >= 0
        if found and not shown:
            self.tabs.insertTab(1, self.verification, self.tr("Verification"))
        elif not found and shown:
            self.tabs.removeTab(self.tabs.indexOf(self.verification))
            self.verification.hide()

    def _show_checklist(self, content: ChecklistContent | None) -> None:
        if content is None:
            return
        self.checklist.show_content(content)

    @property
    def loaded(self) -> bool:
        """Whether the header and every tab show what was read."""
        return (self._header is not None and self._checklist_loader.has_loaded
                and all(tab.loaded for tab in (self.overview, self.interviews, self.notes, self.findings,
                                               self.attachments, self.signoff, self.verification)))

    def short_title(self) -> str:
        return self.reference

    def retranslate(self) -> None:
        names = (self.tr("Overview"), self.tr("Checklist"), self.tr("Interviews"), self.tr("Interpreter notes"),
                 self.tr("Findings"), self.tr("Attachments"), self.tr("Sign-off"))
        tabs = [self.overview, self.checklist, self.interviews, self.notes, self.findings, self.attachments,
                self.signoff]
        for tab, name in zip(tabs, names):
            self.tabs.setTabText(self.tabs.indexOf(tab), name)
        if self.tabs.indexOf(self.verification) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self.verification), self.tr("Verification"))
        self.file_button.setText(self.tr("Establishment file"))
        self.file_button.setToolTip(self.tr("Every visit of this workplace, open findings, repeated violations "
                                            "and the workforce over time"))
        self.close_button.setText(self.tr("Close"))
        self.loading.retranslate()
        self._render_header()
        self._saver_state(self.saver.state, self.saver.error_message())

    def refresh_header(self) -> None:
        """Read the title line and the revision banner again (after a change to the inspection)."""
        store, inspection_id = self.ctx.store, self.inspection_id
        self._header_loader.load(lambda: editor_views.header(store, inspection_id), self._show_header)

    def _show_header(self, found: EditorHeader | None) -> None:
        if found is None:
            self.title.setText(self.tr("This inspection is no longer on this laptop."))
            return
        first = self._header is None
        self._header = found
        self.reference, self.establishment_name = found.reference, found.establishment_name
        self._render_header()
        if first:
            self.titleChanged.emit(self.reference)

    def _render_header(self) -> None:
        inspection = self._header
        if inspection is None:
            return
        self.title.setText(f"<b>{inspection.reference}</b> — {self.establishment_name} · "
                           f"{status_label(inspection.status)}")
        text = ""
        if inspection.review_comment and inspection.status == "draft":
            text = self.tr("Returned by the supervisor: %1").replace("%1", inspection.review_comment)
        elif inspection.revision > 1 and inspection.status == "draft":
            text = self.tr("This is revision %1. Revision %2 was signed and is kept unchanged; complete and sign "
                           "this revision again.").replace("%1", str(inspection.revision)).replace("%2",
                                                                                        str(inspection.revision - 1))
        elif inspection.status in ("signed", "submitted", "approved"):
            text = self.tr("Signed and frozen. Any change starts a new revision.")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _saver_state(self, state: str, message: str) -> None:
        self._save_state = (state, message)
        self._render_saved()

    def _render_saved(self) -> None:
        state, message = self._save_state
        if state == "error":
            self.saved.setText(self.tr("Not saved: %1").replace("%1", message))
            self.saved.setStyleSheet("color: #b00020")
        elif any(field.untaken() for field in self.date_fields):
            self.saved.setText(self.tr("Not saved: check the date"))
            self.saved.setStyleSheet("color: #b00020")
        elif state == "saved":
            self.saved.setText(self.tr("Saved"))
            self.saved.setStyleSheet("color: #1b5e20")
        else:
            self.saved.setText(self.tr("Saving…"))
            self.saved.setStyleSheet("color: #555")
        self.saved.setAccessibleName(self.saved.text())

    def _show_missing(self, codes: list[str]) -> None:
        self.checklist_model.set_flag_missing(True)
        if codes:
            # The explanation goes with the inspector to the checklist, not left on the sign-off tab.
            self.checklist.show_banner(getattr(self.signoff.message, "say_again", None) or self.signoff.message.text())
            self.tabs.setCurrentWidget(self.checklist)
            self.checklist.go_to_item(codes[0])  # the first still open: selected, in view, ready to answer

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.inspection_id in changes.ids("inspections"):
            self.refresh_header()
            self.signoff.reload()
            self.checklist.show_banner("")  # completed or reopened: the old explanation no longer holds
        if changes.touches("findings"):
            self.findings.reload()
            self.attachments.reload()
        elif changes.touches("checklist_answers") and self.findings.model.rows:
            self.findings.reload()  # whether an answer now contradicts a finding (shown on the finding)
        elif changes.touches("attachments") or changes.touches("referrals"):
            self.findings.reload()  # the evidence it can name, the referrals it shows
        if changes.touches("finding_verifications") or changes.touches("attachments") \
                or self.inspection_id in changes.ids("inspections"):
            self.verification.reload()
        if changes.touches("signatures"):
            self.signoff.reload()
            self.refresh_header()

    def flush(self) -> None:
        # A date field takes what was typed when the user leaves it; closing the inspection or the window
        # with the cursor still in one is leaving it: its date is taken (and scheduled) before the flush.
        for field in self.findChildren(LocalDateEdit):
            field.take_typed_date()
        self.saver.flush()

    def request_close(self) -> None:
        self.flush()
        self.closeRequested.emit()
