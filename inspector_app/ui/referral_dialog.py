"""One referral's editor: its steps (planned → sent → accepted → closed), contact, case number, outcome.

The referral moves on its own after the visit, even after the inspection is signed and approved
(services/referrals.py), so this editor is reached from the Referrals page and from the finding
it came from. A step is recorded with its day; whatever else was typed in the form is saved with
it. Problems are shown beside the field or the button the user just used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import ChangeSet
from ..core.services import referrals as referral_service
from ..core.services.referrals import LIMITS, NEXT_STATUSES
from ..core.views import referrals as referral_views
from ..core.views.referrals import ReferralDetail
from ..core.vocab import REFERRAL_TARGETS
from .context import UiContext
from .loading import Loader, LoadingNotice
from .messages import error_text
from .place_picker import make_room_for_scripts
from .referral_labels import body_label, short_date, status_label, today
from .report_actions import ReportRunner
from .widgets import LocalDateEdit, WrapLabel, to_date, to_qdate

ERROR_STYLE = "color: #b00020"
STEPS = ("sent", "accepted", "closed")


class ReferralDialog(QDialog):
    """Edit one referral: each save or step goes out as a change notice, so every screen shows it."""

    def __init__(self, ctx: UiContext, referral_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.referral_id = ctx, referral_id
        self.detail: ReferralDetail | None = None
        self._saving = False
        self.setObjectName("referralDialog")
        self.loading = LoadingNotice()
        self._loader = Loader(ctx, self, self.loading)

        self.summary = WrapLabel()
        self.summary.setObjectName("referralSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        # -- status and steps
        self.status_box = QGroupBox()
        self.status_line = WrapLabel()
        self.status_line.setObjectName("referralStatus")
        self.step_buttons: dict[str, QPushButton] = {}
        for step in STEPS:
            button = QPushButton()
            button.setObjectName(f"step_{step}")
            button.clicked.connect(lambda _checked=False, s=step: self.record_step(s))
            self.step_buttons[step] = button
        self.step_date = LocalDateEdit(QDate.currentDate())
        self.step_date.setObjectName("stepDate")
        self.step_date_label = QLabel()
        self.step_date_label.setBuddy(self.step_date)
        self.closed_note = WrapLabel()
        self.step_error = WrapLabel()
        self.step_error.setObjectName("stepError")
        self.step_error.setStyleSheet(ERROR_STYLE)
        steps_row = QHBoxLayout()
        for step in STEPS:
            steps_row.addWidget(self.step_buttons[step])
        steps_row.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.step_date_label)
        date_row.addWidget(self.step_date)
        date_row.addStretch(1)
        status_layout = QVBoxLayout(self.status_box)
        status_layout.addWidget(self.status_line)
        status_layout.addLayout(date_row)
        status_layout.addLayout(steps_row)
        status_layout.addWidget(self.closed_note)
        status_layout.addWidget(self.step_error)

        # -- the referral's own fields
        self.body = QComboBox()
        self.body.setObjectName("receivingBody")
        for code in REFERRAL_TARGETS:
            self.body.addItem("", code)
        self.body_fixed = WrapLabel()
        self.body_fixed.setStyleSheet("color: #555")
        self.referral_date = LocalDateEdit(QDate.currentDate())
        self.referral_date.setObjectName("referralDate")
        self.case_number = QLineEdit()
        self.case_number.setObjectName("caseNumber")
        self.case_number.setMaxLength(LIMITS["case_number"])
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contactName")
        self.contact_name.setMaxLength(LIMITS["contact_name"])
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contactPhone")
        self.contact_phone.setMaxLength(LIMITS["contact_phone"])
        self.contact_notes = QPlainTextEdit()
        self.contact_notes.setObjectName("contactNotes")
        self.contact_notes.setTabChangesFocus(True)
        self.contact_notes.setMaximumHeight(90)
        self.notes_error = self._error_label("contactNotesError")
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(90)
        self.outcome_error = self._error_label("outcomeError")
        self.workers = QListWidget()
        self.workers.setObjectName("referralWorkers")
        self.workers.setMaximumHeight(110)
        self.workers_error = self._error_label("workersError")

        self._labels: dict[str, QLabel] = {}
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in (("body", self.body), ("", self.body_fixed), ("date", self.referral_date),
                            ("case", self.case_number), ("contact", self.contact_name),
                            ("phone", self.contact_phone), ("notes", self.contact_notes), ("", self.notes_error)):
            self._add_row(details, key, widget)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the fields keep the width
        for key, widget in (("outcome", self.outcome), ("", self.outcome_error), ("workers", self.workers),
                            ("", self.workers_error)):
            self._add_row(right, key, widget)
        left_column = QVBoxLayout()
        left_column.addLayout(details)
        left_column.addStretch(1)
        right_column = QVBoxLayout()
        right_column.addWidget(self.status_box)
        right_column.addLayout(right)
        right_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 1)
        columns.addLayout(right_column, 1)

        self.error = self._error_label("referralError")
        self.report_status = QLabel()
        self.report_status.setObjectName("reportStatus")
        self.report_status.setWordWrap(True)
        self.runner = ReportRunner(ctx, self, self.report_status)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReferral")
        self.print_button.clicked.connect(self.print_form)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReferral")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.report_status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.loading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        make_room_for_scripts(self)
        self.retranslate()
        self._set_enabled(False)
        self.resize(960, 560)
        self.reload()

    def _error_label(self, name: str) -> WrapLabel:
        label = WrapLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        if key:
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        else:
            form.addRow("", widget)

    def retranslate(self) -> None:
        names = {"body": self.tr("Receiving body"), "date": self.tr("Referral date"),
                 "case": self.tr("Case number"), "contact": self.tr("Receiving officer"),
                 "phone": self.tr("Officer's phone"), "notes": self.tr("Contact notes"),
                 "outcome": self.tr("Outcome"), "workers": self.tr("Workers concerned (codes)")}
        for key, label in self._labels.items():
            label.setText(names[key])
            label.buddy().setAccessibleName(names[key])
        for n in range(self.body.count()):
            self.body.setItemText(n, body_label(self.body.itemData(n)))
        self.status_box.setTitle(self.tr("Status"))
        self.step_buttons["sent"].setText(self.tr("Mark as sent"))
        self.step_buttons["accepted"].setText(self.tr("Mark as accepted"))
        self.step_date_label.setText(self.tr("Day of the step"))
        self.step_date.setAccessibleName(self.tr("Day of the step"))
        self.case_number.setPlaceholderText(self.tr("Given by the receiving body"))
        self.outcome.setPlaceholderText(self.tr("What the receiving body did, or why it went no further"))
        self.print_button.setText(self.tr("Print referral form"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self.loading.retranslate()
        for widget in (self.step_date, self.referral_date):
            widget.retranslate()
        self._render()

    # -- reading

    def reload(self) -> None:
        store, referral_id = self.ctx.store, self.referral_id
        self._loader.load(lambda: referral_views.referral_detail(store, referral_id), self._show)

    @property
    def loaded(self) -> bool:
        return self._loader.has_loaded

    def _show(self, detail: ReferralDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.error.setText(self.tr("This referral is no longer on this laptop."))
            self.error.show()
            self._set_enabled(False)
            return
        row = detail.row
        self.body.setCurrentIndex(max(0, self.body.findData(row.receiving_body)))
        self.referral_date.setMinimumDate(to_qdate(row.visit_date))
        self.referral_date.setDate(to_qdate(row.referral_date))
        self.case_number.setText(row.case_number or "")
        self.contact_name.setText(row.contact_name or "")
        self.contact_phone.setText(detail.contact_phone or "")
        self.contact_notes.setPlainText(detail.contact_notes or "")
        self.outcome.setPlainText(row.outcome or "")
        self.workers.clear()
        for worker in detail.workers:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, worker.interview_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if worker.interview_id in detail.interview_ids
                               else Qt.CheckState.Unchecked)
            self.workers.addItem(item)
        last = detail.last_step_on
        self.step_date.setMinimumDate(to_qdate(last))
        self.step_date.setMaximumDate(to_qdate(max(today(), last)))
        self.step_date.setDate(to_qdate(max(today(), last)))
        for label in (self.error, self.step_error, self.outcome_error, self.notes_error, self.workers_error):
            label.hide()
        self._set_enabled(True)
        self._render()

    def _render(self) -> None:
        """Texts that depend on the referral and the language."""
        detail = self.detail
        self.step_buttons["closed"].setText(self.tr("Close the referral"))
        if detail is None:
            self.setWindowTitle(self.tr("Referral"))
            return
        row = detail.row
        self.setWindowTitle(self.tr("Referral to %1").replace("%1", body_label(row.receiving_body)))
        finding = row.finding_title or self.tr("(no finding)")
        self.summary.setText(
            self.tr("%1 · %2, visit of %3 · %4").replace("%1", f"{row.severity or ''} {finding}".strip())
            .replace("%2", row.reference).replace("%3", short_date(row.visit_date))
            .replace("%4", row.establishment_name))
        steps = [(self.tr("planned %1"), row.referral_date), (self.tr("sent %1"), row.sent_on),
                 (self.tr("accepted %1"), row.accepted_on), (self.tr("closed %1"), row.closed_on)]
        dated = " · ".join(text.replace("%1", short_date(day)) for text, day in steps if day is not None)
        if row.status == "sent" and row.sent_on is None:
            dated += " · " + self.tr("sent (day not recorded)")
        self.status_line.setText(self.tr("Now: %1 (%2)").replace("%1", status_label(row.status)).replace("%2", dated))
        if row.status == "planned":
            self.step_buttons["closed"].setText(self.tr("Close without sending"))
        allowed = NEXT_STATUSES.get(row.status, frozenset())
        for step, button in self.step_buttons.items():
            button.setVisible(step in allowed)
        self.step_date.setVisible(bool(allowed))
        self.step_date_label.setVisible(bool(allowed))
        self.closed_note.setText(self.tr("This referral is closed. A new referral to another body starts from "
                                         "the finding."))
        self.closed_note.setVisible(not allowed)
        fixed = row.status != "planned"
        self.body.setEnabled(not fixed)
        self.body_fixed.setText(self.tr("Fixed once the referral is sent: to refer to another body, choose it "
                                        "on the finding and a new referral is made.") if fixed else "")
        self.body_fixed.setVisible(fixed)
        for n in range(self.workers.count()):
            item = self.workers.item(n)
            worker = detail.workers[n] if n < len(detail.workers) else None
            if worker is not None:
                item.setText(self.tr("%1 (reported an indicator)").replace("%1", worker.worker_code)
                             if worker.has_indicators else worker.worker_code)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.status_box, self.body, self.referral_date, self.case_number, self.contact_name,
                       self.contact_phone, self.contact_notes, self.outcome, self.workers, self.save_button,
                       self.print_button):
            widget.setEnabled(enabled)
        if enabled and self.detail is not None:
            self.body.setEnabled(self.detail.row.status == "planned")

    # -- what the form says

    def _checked_workers(self) -> list[str]:
        return [self.workers.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.workers.count())
                if self.workers.item(n).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        return {
            "receiving_body": self.body.currentData(),
            "referral_date": to_date(self.referral_date.date()),
            "case_number": self.case_number.text().strip() or None,
            "contact_name": self.contact_name.text().strip() or None,
            "contact_phone": self.contact_phone.text().strip() or None,
            "contact_notes": self.contact_notes.toPlainText().strip() or None,
            "outcome": self.outcome.toPlainText().strip() or None,
            "interview_ids": self._checked_workers(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields changed in the form since it was read."""
        detail = self.detail
        if detail is None:
            return {}
        row = detail.row
        stored = {"receiving_body": row.receiving_body, "referral_date": row.referral_date,
                  "case_number": row.case_number, "contact_name": row.contact_name,
                  "contact_phone": detail.contact_phone, "contact_notes": detail.contact_notes,
                  "outcome": row.outcome, "interview_ids": [w.interview_id for w in detail.workers
                                                            if w.interview_id in detail.interview_ids]}
        return {key: value for key, value in self.values().items() if value != stored[key]}

    def _problems(self, changes: dict[str, Any]) -> bool:
        """Show the form's own problems beside their fields; True when there is one."""
        found = False
        for key, label in (("contact_notes", self.notes_error), ("outcome", self.outcome_error)):
            value = changes.get(key)
            if value is not None and len(value) > LIMITS[key]:
                label.setText(self.tr("At most %1 characters (now %2).").replace("%1", str(LIMITS[key]))
                              .replace("%2", str(len(value))))
                label.show()
                found = True
            else:
                label.hide()
        return found

    # -- writing

    def save(self) -> None:
        """Save what changed in the form (the status moves only through the step buttons)."""
        if self._saving or self.detail is None:
            return
        changes = self.changes()
        self.error.hide()
        if self._problems(changes):
            return
        if not changes:
            self.error.setText(self.tr("Nothing to save: the form shows what is stored."))
            self.error.setStyleSheet("color: #555")
            self.error.show()
            return
        store, referral_id = self.ctx.store, self.referral_id
        self._write(lambda: referral_service.update_referral(store, referral_id, **changes), self.error)

    def record_step(self, step: str) -> None:
        """Move the referral to `step` on the chosen day, saving the rest of the form with it."""
        if self._saving or self.detail is None:
            return
        self.step_error.hide()
        changes = self.changes()
        if self._problems(changes):
            return
        day: date = to_date(self.step_date.date())
        if step == "closed" and not self.values()["outcome"]:
            self.outcome_error.setText(self.tr("Write the outcome before closing: what the receiving body did, "
                                               "or why the referral went no further."))
            self.outcome_error.show()
            self.outcome.setFocus()
            return
        if not self.detail.last_step_on <= day <= max(today(), self.detail.last_step_on):
            self.step_error.setText(self.tr("Choose a day from %1 to today.").replace(
                "%1", short_date(self.detail.last_step_on)))
            self.step_error.show()
            self.step_date.setFocus()
            return
        store, referral_id = self.ctx.store, self.referral_id
        # The case number and outcome travel with the step (closing needs its outcome); a cleared one,
        # like every other change in the form, is saved first, as its own write, so that it is kept (and
        # every screen hears of it) even if the step is then refused.
        carried = {k: changes.pop(k) for k in ("case_number", "outcome") if changes.get(k)}

        def advance(_saved: ChangeSet | None = None) -> None:
            self._write(lambda: referral_service.advance_referral(store, referral_id, step, on=day, **carried),
                        self.step_error)

        if changes:
            self._write(lambda: referral_service.update_referral(store, referral_id, **changes), self.step_error,
                        then=advance)
        else:
            advance()

    def _write(self, call: Callable[[], ChangeSet], error_label: QLabel,
               then: Callable[[ChangeSet], None] | None = None) -> None:
        self._saving = True
        self.save_button.setEnabled(False)

        def done(changes: ChangeSet) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if then is not None:
                then(changes)
                return
            self.reload()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            error_label.setStyleSheet(ERROR_STYLE)
            error_label.setText(error_text(exc))
            error_label.show()

        self.ctx.write(call, on_success=done, on_failure=failed, owner=self)

    def print_form(self) -> None:
        """The referral form for the receiving team, in the report preview (print or save from there)."""
        if self.detail is None:
            return
        self.runner.build("referral", self.detail.row.inspection_id, referral_id=self.referral_id)

    def reject(self) -> None:
        if not self._saving:
            super().reject()
