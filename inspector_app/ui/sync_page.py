"""The Sync page: enrolment, "Sync now", progress, USB bundles, and everything HQ did not simply take."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..sync.status import OpProblem, SyncStatus
from .context import UiContext
from ..core.record_names import record_name
from .messages import error_text, message_text, number_text
from .settings import USB_FOLDER
from .sync_controller import SyncController, UsbOutcome
from .widgets import WrapLabel

if TYPE_CHECKING:
    from ..sync.engine import SyncProgress, SyncReport

BUNDLE_SUFFIX = "bundle"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')  # what Windows and FAT-formatted sticks refuse, and spaces


def suggested_bundle_name(device_name: str, day: date) -> str:
    """The file name offered for a bundle: this laptop's name and the day, e.g. MAESOT-LT03-2026-12-07.bundle."""
    laptop = _UNSAFE_IN_FILE_NAMES.sub("-", device_name).strip("-.")[:60] or "laptop"
    return f"{laptop}-{day.isoformat()}.{BUNDLE_SUFFIX}"


def format_bytes(count: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return str(count)


class SyncPage(QWidget):
    def __init__(self, ctx: UiContext, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self._progress_message: str | None = None
        self._report: SyncReport | None = None
        self._enrol_text: Callable[[], str] | None = None

        self.where = WrapLabel()
        self.where.setObjectName("syncWhere")
        self.revoked = WrapLabel()
        self.revoked.setObjectName("syncRevoked")
        self.revoked.setStyleSheet("color: #b00020; font-weight: bold")
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.last_success = WrapLabel()  # a reply read from a USB stick says two times
        self.last_success.setObjectName("syncLastSuccess")
        self.last_error = WrapLabel()
        self.last_error.setObjectName("syncLastError")
        self.last_error.setStyleSheet("color: #b00020")
        self.result = WrapLabel()
        self.result.setObjectName("syncResult")

        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(controller.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress_text = QLabel()

        self.usb_box = QGroupBox()
        self.usb_box.setObjectName("syncUsb")
        self.usb_about = WrapLabel()
        self.write_bundle_button = QPushButton()
        self.write_bundle_button.setObjectName("writeBundle")
        self.write_bundle_button.clicked.connect(self.ask_write_bundle)
        self.read_reply_button = QPushButton()
        self.read_reply_button.setObjectName("readReply")
        self.read_reply_button.clicked.connect(self.ask_read_reply)
        self.usb_result = WrapLabel()
        self.usb_result.setObjectName("usbResult")
        self._usb_text: Callable[[], str] | None = None
        self._usb_failed = False
        usb_buttons = QHBoxLayout()
        usb_buttons.addWidget(self.write_bundle_button)
        usb_buttons.addWidget(self.read_reply_button)
        usb_buttons.addStretch(1)
        usb_layout = QVBoxLayout(self.usb_box)
        usb_layout.addWidget(self.usb_about)
        usb_layout.addLayout(usb_buttons)
        usb_layout.addWidget(self.usb_result)

        self.enrol_box = QGroupBox()
        self.hq_url = QLineEdit()
        self.hq_url.setObjectName("enrolUrl")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_message = WrapLabel()
        self.url_label, self.code_label = QLabel(), QLabel()
        self.url_label.setBuddy(self.hq_url)
        self.code_label.setBuddy(self.code)
        enrol_form = QFormLayout(self.enrol_box)
        enrol_form.addRow(self.url_label, self.hq_url)
        enrol_form.addRow(self.code_label, self.code)
        enrol_form.addRow(self.enrol_button)
        enrol_form.addRow(self.enrol_message)

        self.rejected_box = QGroupBox()
        self.rejected = QListWidget()
        self.rejected.setObjectName("syncRejected")
        QVBoxLayout(self.rejected_box).addWidget(self.rejected)
        self.conflicts_box = QGroupBox()
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("syncConflicts")
        QVBoxLayout(self.conflicts_box).addWidget(self.conflicts)
        for problems in (self.rejected, self.conflicts):  # HQ's reasons are sentences: wrapped whole, never cut
            problems.setWordWrap(True)
            problems.setTextElideMode(Qt.TextElideMode.ElideNone)
            problems.setResizeMode(QListWidget.ResizeMode.Adjust)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        for widget in (self.where, self.revoked, self.pending, self.last_success, self.last_error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.result)
        layout.addWidget(self.usb_box)
        layout.addWidget(self.enrol_box)
        problems = QHBoxLayout()
        problems.addWidget(self.rejected_box)
        problems.addWidget(self.conflicts_box)
        layout.addLayout(problems, 1)

        controller.statusChanged.connect(self.show_status)
        controller.progressed.connect(self.show_progress)
        controller.finished.connect(self.show_report)
        controller.usbStarted.connect(self.show_usb_started)
        controller.usbFinished.connect(self.show_usb_outcome)
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.usb_box.setTitle(self.tr("USB stick (when there is no network)"))
        self.usb_about.setText(self.tr("Write the changes waiting here to a USB stick and take it to HQ; read HQ's "
                                       "reply from the stick when it comes back. Only HQ can read the bundle, and "
                                       "HQ checks that it comes from this laptop."))
        self.write_bundle_button.setText(self.tr("Write changes to a USB stick…"))
        self.read_reply_button.setText(self.tr("Read HQ's reply…"))
        self.enrol_box.setTitle(self.tr("Enrol this laptop with HQ"))
        self.url_label.setText(self.tr("HQ address"))
        self.code_label.setText(self.tr("One-time code"))
        self.hq_url.setAccessibleName(self.tr("HQ address"))
        self.hq_url.setPlaceholderText("https://")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.enrol_button.setText(self.tr("Enrol"))
        self.rejected_box.setTitle(self.tr("Refused by HQ (kept on this laptop)"))
        self.conflicts_box.setTitle(self.tr("Kept by HQ for a supervisor to compare"))
        self.rejected.setAccessibleName(self.tr("Changes refused by HQ"))
        self.conflicts.setAccessibleName(self.tr("Changes in conflict"))
        self.show_status(self.controller.last_status)
        # What is on screen from before the switch, said again in the new language.
        if self._progress_message is not None:
            self.progress_text.setText(message_text(self._progress_message))
        if self._report is not None and self.result.text():
            self.result.setText(self._report_text(self._report))
        if self._enrol_text is not None and self.enrol_message.text():
            self.enrol_message.setText(self._enrol_text())
        if self._usb_text is not None:
            self.usb_result.setText(self._usb_text())

    # -- showing --------------------------------------------------------------------------------

    def _last_success_text(self, status: SyncStatus) -> str:
        if not status.last_success:
            return self.tr("Never synced")
        if status.last_success_via != "usb":
            return self.tr("Last successful sync: %1").replace("%1", _local_time(status.last_success))
        # Two times: what the laptop holds from HQ is as fresh as the reply, however long the stick took.
        return (self.tr("Last successful sync: by USB stick. HQ made the reply on %1; it was read here on %2.")
                .replace("%1", _local_time(status.last_success))
                .replace("%2", _local_time(status.reply_read_at or status.last_success)))

    def show_status(self, status: SyncStatus | None) -> None:
        """What the controller last read (the status bar's read; None until it has answered)."""
        running = self.controller.running is not None
        busy = running or self.controller.usb is not None
        if status is None:
            self.pending.setText(self.tr("Loading…"))
            self.sync_button.setEnabled(False)
            self.write_bundle_button.setEnabled(False)
            self.read_reply_button.setEnabled(False)
            self.enrol_box.setVisible(False)
            self.rejected_box.setVisible(False)
            self.conflicts_box.setVisible(False)
            self.revoked.setVisible(False)
            self.last_error.setVisible(False)
            return
        if status.enrolled and status.hq_url:
            self.where.setText(self.tr("This laptop (%1) syncs with %2.").replace("%1", status.device_name)
                               .replace("%2", status.hq_url))
        else:
            self.where.setText(self.tr("This laptop is not enrolled with HQ yet. Changes are kept safely here until "
                                       "it is."))
        self.revoked.setText(self.tr("HQ has revoked this laptop's access. Everything on the laptop is kept; ask HQ "
                                     "to enrol it again.") if status.revoked else "")
        self.revoked.setVisible(status.revoked)
        self.pending.setText(self.tr("%Ln changes waiting to sync", "", status.pending))
        self.last_success.setText(self._last_success_text(status))
        self.last_error.setText(self.tr("Last problem: %1").replace("%1", message_text(status.last_error))
                                if status.last_error else "")
        self.last_error.setVisible(bool(status.last_error))
        self.enrol_box.setVisible(not status.enrolled or status.revoked)
        self.sync_button.setEnabled(status.enrolled and not status.revoked and not busy)
        # Enabled even before enrolment: the message then says what to do first.
        self.write_bundle_button.setEnabled(not busy)
        self.read_reply_button.setEnabled(not busy)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.rejected_box.setVisible(bool(status.rejected))
        self.conflicts_box.setVisible(bool(status.conflicts))
        for widget, problems in ((self.rejected, status.rejected), (self.conflicts, status.conflicts)):
            widget.clear()
            for problem in problems:
                text = self._problem_text(problem)
                widget.addItem(text)
                widget.item(widget.count() - 1).setToolTip(text)  # all of a long reason, where a line cuts it
            # Laid out again at the width it has now (a box shown above halves it): no reason is cut short.
            widget.scheduleDelayedItemsLayout()

    def _problem_text(self, problem: OpProblem) -> str:
        # HQ's reason is a message made from its reason code (or its words inside a translated sentence).
        return self.tr("%1 %2… — %3").replace("%1", message_text(record_name(problem.entity))) \
            .replace("%2", problem.entity_id[:8]).replace("%3", message_text(problem.reason))

    def show_progress(self, progress: SyncProgress) -> None:
        self.progress.show()
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
        else:
            self.progress.setRange(0, 0)
        self._progress_message = progress.message
        self.progress_text.setText(message_text(progress.message))

    def show_report(self, report: SyncReport) -> None:
        self.progress.hide()
        self.progress_text.clear()
        self._progress_message = None
        self._report = report
        self.result.setText(self._report_text(report))

    def _report_text(self, report: SyncReport) -> str:
        if report.cancelled:
            text = self.tr("Sync cancelled. Nothing is lost; what was not acknowledged is sent next time.")
        elif report.error:
            text = self.tr("Sync did not finish: %1").replace("%1", message_text(report.error))
        else:
            text = self.tr("Sync finished: %1 sent, %2 received, %3 of data.").replace("%1", number_text(report.applied)) \
                .replace("%2", number_text(report.pulled)) \
                .replace("%3", format_bytes(report.bytes_sent + report.bytes_received))
        return text

    # -- USB bundles -----------------------------------------------------------------------------

    def show_usb_started(self, started: UsbOutcome) -> None:
        name = Path(started.path).name
        if started.action == "write":
            self._say_usb(lambda: self.tr("Writing the changes to %1…").replace("%1", name), failed=False)
        else:
            self._say_usb(lambda: self.tr("Reading HQ's reply %1…").replace("%1", name), failed=False)

    def show_usb_outcome(self, outcome: UsbOutcome) -> None:
        self._say_usb(lambda: self._usb_outcome_text(outcome), failed=outcome.error is not None)
        self.show_status(self.controller.last_status)

    def _usb_outcome_text(self, outcome: UsbOutcome) -> str:
        if outcome.error is not None:
            if outcome.action == "write":
                return self.tr("The bundle was not written: %1").replace("%1", message_text(outcome.error))
            return self.tr("HQ's reply was not read: %1").replace("%1", message_text(outcome.error))
        if outcome.written is not None:
            return self._written_text(outcome)
        reply = outcome.reply
        assert reply is not None
        lines = [self.tr("HQ's reply is read: %Ln changes acknowledged.", "", reply.acknowledged)]
        if reply.rejected:
            lines.append(self.tr("%Ln changes refused by HQ: kept on this laptop, listed below with HQ's reasons.",
                                 "", reply.rejected))
        if reply.conflicts:
            lines.append(self.tr("%Ln changes kept by HQ for a supervisor to compare.", "", reply.conflicts))
        if reply.pulled:
            lines.append(self.tr("%Ln updates from HQ applied.", "", reply.pulled))
        return "\n".join(lines)

    def _written_text(self, outcome: UsbOutcome) -> str:
        written = outcome.written
        assert written is not None
        where = str(written.path)
        if written.ops:
            lines = [self.tr("%Ln changes written to %1, sealed so that only HQ can read them. They stay waiting "
                             "here until HQ's reply is read (or the next sync).", "", written.ops).replace("%1", where)]
        else:
            lines = [self.tr("No change was waiting. The bundle written to %1 asks HQ for its decisions; HQ's reply "
                             "brings them.").replace("%1", where)]
        if written.files:
            lines.append(self.tr("%Ln photos or documents went with them.", "", written.files))
        if written.missing_files:
            lines.append(self.tr("%Ln files are missing on this laptop; HQ keeps the changes that need them until "
                                 "they arrive.", "", written.missing_files))
        if outcome.held_back is not None:
            lines.append(self.tr("Not in the bundle: %1").replace("%1", message_text(outcome.held_back)))
        return "\n".join(lines)

    def _say_usb(self, text: Callable[[], str], *, failed: bool) -> None:
        """Show what the USB action came to, kept as a way to say it again in another language."""
        self._usb_text = text
        self._usb_failed = failed
        self.usb_result.setStyleSheet("color: #b00020" if failed else "")
        self.usb_result.setText(text())

    def _usb_folder(self) -> str:
        """Where the last bundle went or the last reply came from; else the documents folder."""
        folder = self.ctx.settings.get(USB_FOLDER)
        if folder and QDir(folder).exists():
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and QDir(documents).exists() else QDir.homePath()

    def ask_write_bundle(self) -> None:
        """Ask where to write the bundle (suggesting this laptop's name and today's date), then write it."""
        dialog = QFileDialog(self, self.tr("Write changes to a USB stick"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Bundles for HQ (*.bundle)"))
        dialog.setDefaultSuffix(BUNDLE_SUFFIX)
        dialog.setDirectory(self._usb_folder())
        device = self.controller.last_status.device_name if self.controller.last_status else ""
        dialog.selectFile(suggested_bundle_name(device, date.today()))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        self.write_bundle_to(dialog.selectedFiles()[0])

    def write_bundle_to(self, path: str) -> None:
        self._remember_folder(path)
        self.controller.write_bundle(path)

    def ask_read_reply(self) -> None:
        dialog = QFileDialog(self, self.tr("Read HQ's reply"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("HQ's replies (*.reply *.bundle)"), self.tr("All files (*)")])
        dialog.setDirectory(self._usb_folder())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        self.read_reply_from(dialog.selectedFiles()[0])

    def read_reply_from(self, path: str) -> None:
        self._remember_folder(path)
        self.controller.read_reply(path)

    def _remember_folder(self, path: str) -> None:
        folder = str(Path(path).parent)
        if QDir(folder).exists():
            self.ctx.settings.set(USB_FOLDER, folder)

    # -- actions ---------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.result.clear()
        self._report = None
        self.controller.sync_now()

    def enrol(self) -> None:
        self.enrol_button.setEnabled(False)
        self._say_enrol(lambda: self.tr("Enrolling…"))

        def done(_result: Any) -> None:
            self.enrol_button.setEnabled(True)
            self.code.clear()
            self._say_enrol(lambda: self.tr("Enrolled. This laptop now syncs with HQ."))

        def failed(exc: BaseException) -> None:
            self.enrol_button.setEnabled(True)
            self._say_enrol(lambda: error_text(exc))

        self.controller.enrol(self.hq_url.text(), self.code.text(), done, failed)

    def _say_enrol(self, text: Callable[[], str]) -> None:
        """Show an enrolment message, kept as a way to say it again in another language."""
        self._enrol_text = text
        self.enrol_message.setText(text())


def _local_time(moment: Any) -> str:
    from ..i18n.dates import format_datetime
    from .language import current_language

    return format_datetime(moment, current_language())
