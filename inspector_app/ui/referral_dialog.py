"""One referral's editor: its steps (planned → sent → accepted → closed), contact, case number, outcome.

The referral moves on its own after the visit, even after the inspection is signed and approved
(services/referrals.py), so this editor is reached from the Referrals page and from the finding
it came from. A step is recorded with its day; whatever else was typed in the form is saved with
it. Problems are shown beside the field or the button the user just used.

The editor reads the referral again when a change notice names it (a sync, the Referrals page,
another window). A field the user has not touched takes the new value; one with unsaved typing
keeps the user's text, and when that field was also changed elsewhere the editor says so beside
the buttons and marks the field, until the user saves (theirs wins) or takes the stored text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
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
from .followup_labels import title_in_language
from .loading import Loader, LoadingNotice
from .messages import error_text
from .script_metrics import make_room_for_scripts
from .referral_labels import body_label, short_date, status_label, today
from .report_actions import ReportRunner
from .widgets import LocalDateEdit, WrapLabel, to_date, to_qdate, with_message

ERROR_STYLE = "color: #b00020"
NOTICE_STYLE = "color: #5c4300; background: #fff3cd; padding: 6px; border-radius: 4px"
CONFLICT_FIELD_STYLE = "background: #fff3cd"
STEPS = ("sent", "accepted", "closed")
# Change notices that may alter what the editor shows: the referral, its finding, workers, visit, workplace.
WATCHED = ("findings", "worker_interviews", "inspections", "establishments")
RELOAD_AFTER_CHANGE_MS = 200
FIELDS = ("receiving_body", "referral_date", "case_number", "contact_name", "contact_phone", "contact_notes",
          "outcome", "interview_ids")
FIELD_LABELS = {"receiving_body": "body", "referral_date": "date", "case_number": "case", "contact_name": "contact",
                "contact_phone": "phone", "contact_notes": "notes", "outcome": "outcome", "interview_ids": "workers"}


class ReferralDialog(QDialog):
    """Edit one referral: each save or step goes out as a change notice, so every screen shows it."""

    def __init__(self, ctx: UiContext, referral_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.referral_id = ctx, referral_id
        self.detail: ReferralDetail | None = None
        self._saving = False
        self._sent: dict[str, Any] = {}  # what this editor's own write sent: stored now, not the user's typing
        self.conflicts: dict[str, Any] = {}  # field: the value stored elsewhere while the user kept their text
        self._reload_soon = QTimer(self, singleShot=True, interval=RELOAD_AFTER_CHANGE_MS)
        self._reload_soon.timeout.connect(self.reload)
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
        status_layout.addWidget(self.step_date.message)
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
        for key, widget in (("body", self.body), ("", self.body_fixed), ("date", with_message(self.referral_date, self.referral_date)),
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
        self.conflict_note = WrapLabel()
        self.conflict_note.setObjectName("referralConflict")
        self.conflict_note.setStyleSheet(NOTICE_STYLE)
        self.conflict_note.hide()
        self.take_stored = QPushButton()
        self.take_stored.setObjectName("takeStored")
        self.take_stored.clicked.connect(self.take_stored_values)
        self.take_stored.hide()
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.conflict_note, 1)
        conflict_row.addWidget(self.take_stored, 0, Qt.AlignmentFlag.AlignTop)
        self.report_status = WrapLabel()
        self.report_status.setObjectName("reportStatus")
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
        layout.addLayout(conflict_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        make_room_for_scripts(self)
        self.retranslate()
        self._set_enabled(False)
        self.resize(960, 560)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _error_label(self, name: str) -> WrapLabel:
        label = WrapLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget | QLayout) -> None:
        label = QLabel()
        if key:
            label.setBuddy(widget if isinstance(widget, QWidget) else self.referral_date)  # the date and its message
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
        self.take_stored.setText(self.tr("Use the stored text"))
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

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._saving:
            return  # this editor's own write: it reads again when the write is done
        if self.referral_id in changes.ids("referrals") or any(changes.touches(e) for e in WATCHED):
            self._reload_soon.start()

    def _show(self, detail: ReferralDetail | None) -> None:
        previous, self.detail = self.detail, detail
        if detail is None:
            self.error.setText(self.tr("This referral is no longer on this laptop."))
            self.error.show()
            self._set_enabled(False)  # what was typed stays on screen
            return
        row = detail.row
        # A referral is decided on the visit day or later; a date stored or chosen before it (the visit moved
        # later since) is shown as it is, never moved to the visit day: saving it says what is wrong.
        kept = [to_date(self.referral_date.date())] if previous is not None else []
        self.referral_date.setMinimumDate(to_qdate(min(row.visit_date, row.referral_date, *kept)))
        stored = self._stored(detail)
        if previous is None:
            self._fill(detail, FIELDS)
        else:
            # Fields the user changed since the last read keep the user's text; the others take the new value.
            base = {**self._stored(previous), **self._sent}
            form = self.values()
            typed = {key for key in FIELDS if form[key] != base[key]}
            for key in typed:
                if stored[key] != base[key] and stored[key] != form[key]:
                    self.conflicts[key] = stored[key]
            self._fill(detail, [key for key in FIELDS if key not in typed and form[key] != stored[key]],
                       keep_checks=form["interview_ids"] if "interview_ids" in typed else None)
        self._sent = {}
        form = self.values()
        self.conflicts = {key: stored[key] for key in self.conflicts if form[key] != stored[key]}
        last = detail.last_step_on
        self.step_date.setMinimumDate(to_qdate(last))
        self.step_date.setMaximumDate(to_qdate(max(today(), last)))
        if previous is None or previous.row.status != row.status:
            self.step_date.setDate(to_qdate(max(today(), last)))
        for label in (self.error, self.step_error, self.outcome_error, self.notes_error, self.workers_error):
            label.hide()
        self._set_enabled(True)
        self._render()

    def _fill(self, detail: ReferralDetail, keys: Any, keep_checks: list[str] | None = None) -> None:
        """Show the stored value of these fields (the workers' list is rebuilt whenever it changed)."""
        row, keys = detail.row, set(keys)
        if "receiving_body" in keys:
            self.body.setCurrentIndex(max(0, self.body.findData(row.receiving_body)))
        if "referral_date" in keys:
            self.referral_date.setDate(to_qdate(row.referral_date))
        for key, widget, value in (("case_number", self.case_number, row.case_number),
                                   ("contact_name", self.contact_name, row.contact_name),
                                   ("contact_phone", self.contact_phone, detail.contact_phone)):
            if key in keys:
                widget.setText(value or "")
        for key, editor, value in (("contact_notes", self.contact_notes, detail.contact_notes),
                                   ("outcome", self.outcome, row.outcome)):
            if key in keys:
                editor.setPlainText(value or "")
        shown = [self.workers.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.workers.count())]
        if "interview_ids" in keys or shown != [w.interview_id for w in detail.workers]:
            checked = set(keep_checks) if keep_checks is not None else set(detail.interview_ids)
            self.workers.clear()
            for worker in detail.workers:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, worker.interview_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if worker.interview_id in checked
                                   else Qt.CheckState.Unchecked)
                self.workers.addItem(item)

    def take_stored_values(self) -> None:
        """Drop the user's text where it clashes with what was stored elsewhere."""
        if self.detail is not None:
            self._fill(self.detail, list(self.conflicts))
        self.conflicts = {}
        self._render()

    def _conflict_widget(self, key: str) -> QWidget:
        return {"receiving_body": self.body, "referral_date": self.referral_date, "case_number": self.case_number,
                "contact_name": self.contact_name, "contact_phone": self.contact_phone,
                "contact_notes": self.contact_notes, "outcome": self.outcome, "interview_ids": self.workers}[key]

    def _shown_value(self, key: str, value: Any) -> str:
        if value in (None, "", [], ()):
            return self.tr("(empty)")
        if key == "receiving_body":
            return body_label(value)
        if key == "referral_date":
            return short_date(value)
        if key == "interview_ids":
            codes = {w.interview_id: w.worker_code for w in self.detail.workers} if self.detail else {}
            return ", ".join(codes.get(i, "?") for i in value)
        text = " ".join(str(value).split())
        return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"

    def _render_conflicts(self) -> None:
        for key in FIELDS:
            self._conflict_widget(key).setStyleSheet(CONFLICT_FIELD_STYLE if key in self.conflicts else "")
        if not self.conflicts:
            self.conflict_note.hide()
            self.take_stored.hide()
            return
        names = {"body": self.tr("Receiving body"), "date": self.tr("Referral date"), "case": self.tr("Case number"),
                 "contact": self.tr("Receiving officer"), "phone": self.tr("Officer's phone"),
                 "notes": self.tr("Contact notes"), "outcome": self.tr("Outcome"),
                 "workers": self.tr("Workers concerned (codes)")}
        fields = "; ".join(self.tr("%1 (now stored: %2)").replace("%1", names[FIELD_LABELS[key]])
                           .replace("%2", self._shown_value(key, value)) for key, value in self.conflicts.items())
        self.conflict_note.setText(self.tr("Changed elsewhere (a sync or another window) while you were typing: %1. "
                                           "Your text is kept on screen and replaces it when you save.")
                                   .replace("%1", fields))
        self.conflict_note.show()
        self.take_stored.show()

    def _render(self) -> None:
        """Texts that depend on the referral and the language."""
        detail = self.detail
        self.step_buttons["closed"].setText(self.tr("Close the referral"))
        self._render_conflicts()
        if detail is None:
            self.setWindowTitle(self.tr("Referral"))
            return
        row = detail.row
        self.setWindowTitle(self.tr("Referral to %1").replace("%1", body_label(row.receiving_body)))
        finding = title_in_language(row.finding_title_th, row.finding_title_en, self.tr("(no finding)"),
                                    row.finding_title_labels)
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

    @staticmethod
    def _stored(detail: ReferralDetail) -> dict[str, Any]:
        """The referral's fields as `values()` gives the form's."""
        row = detail.row
        return {"receiving_body": row.receiving_body, "referral_date": row.referral_date,
                "case_number": row.case_number, "contact_name": row.contact_name,
                "contact_phone": detail.contact_phone, "contact_notes": detail.contact_notes,
                "outcome": row.outcome, "interview_ids": [w.interview_id for w in detail.workers
                                                          if w.interview_id in detail.interview_ids]}

    def changes(self) -> dict[str, Any]:
        """The fields changed in the form since it was read."""
        if self.detail is None:
            return {}
        stored = self._stored(self.detail)
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
        self._write(lambda: referral_service.update_referral(store, referral_id, **changes), self.error, sent=changes)

    def record_step(self, step: str) -> None:
        """Move the referral to `step` on the chosen day, saving the rest of the form with it."""
        if self._saving or self.detail is None:
            return
        self.step_error.hide()
        if self.step_date.untaken():  # a day it did not take: its message says which days it takes
            self.step_date.setFocus()
            return
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
                        self.step_error, sent=carried)

        if changes:
            self._write(lambda: referral_service.update_referral(store, referral_id, **changes), self.step_error,
                        then=advance, sent=changes)
        else:
            advance()

    def _write(self, call: Callable[[], ChangeSet], error_label: QLabel,
               then: Callable[[ChangeSet], None] | None = None, sent: dict[str, Any] | None = None) -> None:
        self._saving = True
        self.save_button.setEnabled(False)

        def done(changes: ChangeSet) -> None:
            self._saving = False
            self._sent.update(sent or {})
            for key in sent or {}:
                self.conflicts.pop(key, None)  # the user's text won: it is what is stored now
            self.save_button.setEnabled(True)
            if then is not None:
                then(changes)
                return
            self.reload()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._sent = {}
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
