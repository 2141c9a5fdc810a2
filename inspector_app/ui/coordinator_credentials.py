"""The training and accreditation part of the coordinator form.

Training records are added one at a time (date, course, provider) and listed oldest
first; accreditation is the body, its number and the date it is valid until. Dates are
Buddhist-era on Thai screens (LocalDateEdit) and ISO everywhere they are stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n.dates import format_date
from .language import current_language
from .widgets import LocalDateEdit, to_date, to_qdate, with_message

ALERT_STYLE = "color: #b00020"


class CredentialsEditor(QWidget):
    """Edits `training_records` and the three accreditation fields; `problem()` says what is wrong.

    `problemChanged(text)` reports a training record that cannot be added ("" once one is).
    """

    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._records: list[dict[str, str]] = []

        self.training_box = QGroupBox()
        self.training = QTableWidget(0, 3)
        self.training.setObjectName("trainingRecords")
        self.training.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.training.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.training.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.training.verticalHeader().setVisible(False)
        self.training.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.training.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.training.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.training.setMinimumHeight(110)
        self.training.itemSelectionChanged.connect(self._update_buttons)
        self.training_date = LocalDateEdit(QDate.currentDate())
        self.training_date.setObjectName("trainingDate")
        self.course = QLineEdit()
        self.course.setObjectName("trainingCourse")
        self.provider = QLineEdit()
        self.provider.setObjectName("trainingProvider")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTraining")
        self.add_button.clicked.connect(self.add_training)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeTraining")
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.addWidget(self.training_date)
        entry.addWidget(self.course, 3)
        entry.addWidget(self.provider, 2)
        entry.addWidget(self.add_button)
        training_layout = QVBoxLayout(self.training_box)
        training_layout.addWidget(self.training)
        training_layout.addLayout(entry)
        training_layout.addWidget(self.training_date.message)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        training_layout.addLayout(remove_row)

        self.accreditation_box = QGroupBox()
        self.body = QLineEdit()
        self.body.setObjectName("accreditationBody")
        self.number = QLineEdit()
        self.number.setObjectName("accreditationNumber")
        self.number.setMaxLength(64)
        self.has_expiry = QCheckBox()
        self.has_expiry.setObjectName("accreditationHasExpiry")
        self.valid_until = LocalDateEdit(QDate.currentDate().addYears(1))
        self.valid_until.setObjectName("accreditationValidUntil")
        self.valid_until.setEnabled(False)
        self.has_expiry.toggled.connect(self.valid_until.setEnabled)
        self.has_expiry.toggled.connect(self._update_expiry_note)
        self.valid_until.dateChanged.connect(self._update_expiry_note)
        self.expiry_note = QLabel()
        self.expiry_note.setObjectName("accreditationExpired")
        self.expiry_note.setStyleSheet(ALERT_STYLE)
        self.expiry_note.hide()
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self.accreditation_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.valid_until)
        expiry.addWidget(self.expiry_note, 1)
        for label, field in zip(self.labels, (self.body, self.number, with_message(expiry, self.valid_until)), strict=True):
            form.addRow(label, field)
        self.labels[0].setBuddy(self.body)
        self.labels[1].setBuddy(self.number)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.training_box)
        layout.addWidget(self.accreditation_box)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.training_box.setTitle(self.tr("Interpreter training"))
        self.training.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Course"), self.tr("Provider")])
        self.training.setAccessibleName(self.tr("Training records"))
        self.training_date.setAccessibleName(self.tr("Date the course was completed"))
        self.course.setPlaceholderText(self.tr("Course"))
        self.course.setAccessibleName(self.tr("Course"))
        self.provider.setPlaceholderText(self.tr("Provider (who gave the course)"))
        self.provider.setAccessibleName(self.tr("Provider"))
        self.add_button.setText(self.tr("Add &training"))
        self.remove_button.setText(self.tr("Remove selected training"))
        self.accreditation_box.setTitle(self.tr("Accreditation"))
        for label, text in zip(self.labels, (self.tr("Accrediting &body"), self.tr("Accreditation n&umber"),
                                             self.tr("Valid until")), strict=True):
            label.setText(text)
        self.body.setAccessibleName(self.tr("Accrediting body"))
        self.number.setAccessibleName(self.tr("Accreditation number"))
        self.has_expiry.setText(self.tr("Has an expiry date"))
        self.valid_until.setAccessibleName(self.tr("Accreditation valid until"))
        self.valid_until.retranslate()
        self.training_date.retranslate()
        self._fill_table()
        self._update_expiry_note()

    # -- values ------------------------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        self._records = [dict(r) for r in values.get("training_records") or []]
        self._records.sort(key=lambda r: (r["date"], r["course"]))
        self._fill_table()
        self.body.setText(values.get("accreditation_body") or "")
        self.number.setText(values.get("accreditation_number") or "")
        until = values.get("accreditation_valid_until")
        self.has_expiry.setChecked(until is not None)
        if until is not None:
            self.valid_until.setDate(to_qdate(until))
        self._update_expiry_note()

    def values(self) -> dict[str, Any]:
        return {
            "training_records": [dict(r) for r in self._records],
            "accreditation_body": self.body.text().strip() or None,
            "accreditation_number": self.number.text().strip() or None,
            "accreditation_valid_until": to_date(self.valid_until.date()) if self.has_expiry.isChecked() else None,
        }

    def problem(self) -> str | None:
        """What must be fixed before saving, in the user's language (None when all is well)."""
        values = self.values()
        if (values["accreditation_number"] or values["accreditation_valid_until"]) and not values["accreditation_body"]:
            return self.tr("Name the body that gave the accreditation: its number and expiry date need it.")
        if self.course.text().strip() or self.provider.text().strip():
            return self.tr("A training record is typed but not added: press “Add training” or clear it.")
        return None

    # -- training ------------------------------------------------------------------------------

    def add_training(self) -> str | None:
        """Add the typed course; returns the problem (shown by the dialog) or None."""
        course, provider = self.course.text().strip(), self.provider.text().strip()
        when: date = to_date(self.training_date.date())
        problem = None
        if not course:
            problem = self.tr("Type the course before adding the training.")
        elif not provider:
            problem = self.tr("Type who gave the course (the provider).")
        elif when > date.today():
            problem = self.tr("The training date is in the future: record a course once it has been completed.")
        if problem:
            self._report(problem)
            return problem
        self._records.append({"date": when.isoformat(), "course": course, "provider": provider})
        self._records.sort(key=lambda r: (r["date"], r["course"]))
        self.course.clear()
        self.provider.clear()
        self._fill_table()
        self._report(None)
        return None

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.training.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._records[row]
        self._fill_table()

    def _fill_table(self) -> None:
        language = current_language()
        self.training.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            shown = format_date(date.fromisoformat(record["date"]), language, "short")
            for column, text in enumerate((shown, record["course"], record["provider"])):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record["date"] if column == 0 else text)
                self.training.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.training.selectedIndexes()))

    def _update_expiry_note(self) -> None:
        expired = self.has_expiry.isChecked() and to_date(self.valid_until.date()) < date.today()
        self.expiry_note.setText(self.tr("Expired") if expired else "")
        self.expiry_note.setVisible(expired)

    def _report(self, problem: str | None) -> None:
        self.problemChanged.emit(problem or "")
