"""A worker's documents in the Interviews tab: one row per document, and the form to add or change one.

Each row says the document's type, who holds it, its number with all but the last characters
hidden, its expiry and the permit's status. A document held by the employer or a broker, and one
past its expiry, is marked in words (and colour): retention of identity documents is a forced-labour
indicator, and an expired document is what an employer often holds a worker by. Writes go through
services/documents.py; a document recorded in error is removed (kept, marked so, as HQ holds it too).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import ChangeSet
from ...core.services import documents as document_service
from ...core.services.documents import MAX_NOTE, MAX_NUMBER
from ...core.views.documents import DocumentRow
from ...core.vocab import DOCUMENT_HOLDERS, DOCUMENT_TYPES, PERMIT_STATUSES, SOCIAL_SECURITY
from ..context import UiContext
from ..messages import error_text
from ..referral_labels import RETAINING_HOLDERS, masked_number, permit_label, short_date, social_security_label, today
from ..script_height import script_text_height
from ..script_metrics import make_room_for_scripts
from ..widgets import LocalDateEdit, WrapLabel, to_date, to_qdate, with_message

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#b00020")


def type_label(code: str) -> str:
    return {
        "passport": QCoreApplication.translate("Interviews", "Passport"),
        "certificate_of_identity": QCoreApplication.translate("Interviews", "Certificate of Identity"),
        "pink_card": QCoreApplication.translate("Interviews", "Pink card"),
        "work_permit": QCoreApplication.translate("Interviews", "Work permit"),
        "border_pass": QCoreApplication.translate("Interviews", "Border pass (s.64)"),
        "seabook": QCoreApplication.translate("Interviews", "Seabook"),
    }.get(code, code)


def holder_label(code: str | None) -> str:
    if not code:
        return ""
    return {
        "worker": QCoreApplication.translate("Interviews", "The worker"),
        "employer": QCoreApplication.translate("Interviews", "Employer"),
        "broker": QCoreApplication.translate("Interviews", "Broker"),
        "other": QCoreApplication.translate("Interviews", "Other"),
        "none": QCoreApplication.translate("Interviews", "Nobody"),
    }.get(code, code)


def retained(row: DocumentRow) -> bool:
    return row.held_by in RETAINING_HOLDERS


def expired(row: DocumentRow, day: date) -> bool:
    return row.expired_on(day) or row.permit_status == "expired"


class DocumentsModel(QAbstractTableModel):
    """One interview's documents; marks say "retained" and "expired" in words, not only in red."""

    COLUMNS = ("doc_type", "held_by", "number", "expires_on", "permit_status")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[DocumentRow] = []
        self.today = today()

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today()
        self.endResetModel()

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Document"), self.tr("Held by"), self.tr("Number"), self.tr("Expires"),
                self.tr("Permit"))[section]

    def _flagged(self, row: DocumentRow, column: str) -> bool:
        return ((column == "held_by" and retained(row)) or (column == "expires_on" and row.expired_on(self.today))
                or (column == "permit_status" and row.permit_status == "expired"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and self._flagged(row, column):
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and self._flagged(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "held_by" and retained(row):
                return self.tr("Held by someone other than the worker: retention of identity documents is a "
                               "forced-labour indicator.")
            if column == "number":
                return self.tr("Only the last characters are shown. The number is sealed before it leaves this "
                               "laptop.")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "doc_type":
            return type_label(row.doc_type)
        if column == "held_by":
            holder = holder_label(row.held_by)
            return self.tr("⚠ %1: retained").replace("%1", holder) if retained(row) else holder
        if column == "number":
            return masked_number(row.number)
        if column == "expires_on":
            shown = short_date(row.expires_on)
            return self.tr("⚠ %1: expired").replace("%1", shown) if row.expired_on(self.today) else shown
        permit = permit_label(row.permit_status)
        return self.tr("⚠ %1").replace("%1", permit) if row.permit_status == "expired" else permit


class DocumentDialog(QDialog):
    """Add (document_id None) or change one document of an interview; emits `saved` when stored."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, interview_id: str, document: DocumentRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.interview_id, self.document = ctx, interview_id, document
        self._saving = False
        self.setObjectName("documentDialog")
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("documentType")
        for code in DOCUMENT_TYPES:
            self.doc_type.addItem(type_label(code), code)
        self.held_by = QComboBox()
        self.held_by.setObjectName("documentHolder")
        self.held_by.addItem("", None)
        for code in DOCUMENT_HOLDERS:
            self.held_by.addItem(holder_label(code), code)
        self.number = QLineEdit()
        self.number.setObjectName("documentNumber")
        self.number.setMaxLength(MAX_NUMBER)
        # The characters the service takes: letters and digits, then spaces, '-', '/' and '.'.
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[\w][\w .\-/]*$"), self.number))
        self.number.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_number = QCheckBox()
        self.show_number.setObjectName("showDocumentNumber")
        self.show_number.toggled.connect(lambda on: self.number.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.has_expiry = QCheckBox()
        self.has_expiry.setObjectName("documentHasExpiry")
        self.expires_on = LocalDateEdit(QDate.currentDate())
        self.expires_on.setObjectName("documentExpiry")
        self.expires_on.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.permit_status = QComboBox()
        self.permit_status.setObjectName("permitStatus")
        self.permit_status.addItem("", None)
        for code in PERMIT_STATUSES:
            self.permit_status.addItem(permit_label(code), code)
        self.note = QPlainTextEdit()
        self.note.setObjectName("documentNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.error = WrapLabel()
        self.error.setObjectName("documentError")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDocument")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self.show_number)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expires_on)
        expiry_row.addStretch(1)
        self._labels: list[tuple[QLabel, str, QWidget]] = []
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field, buddy in (("type", self.doc_type, self.doc_type), ("holder", self.held_by, self.held_by),
                                  ("number", number_row, self.number), ("expiry", with_message(expiry_row, self.expires_on), self.has_expiry),
                                  ("permit", self.permit_status, self.permit_status),
                                  ("note", self.note, self.note)):
            label = QLabel()
            label.setBuddy(buddy)
            self._labels.append((label, key, buddy))
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if document is not None:
            self._fill(document)
        make_room_for_scripts(self)
        self.retranslate()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change a document") if self.document else self.tr("Add a document"))
        names = {"type": self.tr("Document"), "holder": self.tr("Who holds it"), "number": self.tr("Number"),
                 "expiry": self.tr("Expiry"), "permit": self.tr("Permit status"), "note": self.tr("Note")}
        for label, key, buddy in self._labels:
            label.setText(names[key])
            buddy.setAccessibleName(names[key])
        self.show_number.setText(self.tr("Show"))
        self.show_number.setAccessibleName(self.tr("Show the number"))
        self.has_expiry.setText(self.tr("Expires on"))
        self.expires_on.setAccessibleName(self.tr("Expiry date"))
        self.number.setPlaceholderText(self.tr("As printed on the document"))
        self.note.setPlaceholderText(self.tr("e.g. seen at the broker's office"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        for combo, label in ((self.doc_type, type_label), (self.held_by, holder_label),
                             (self.permit_status, permit_label)):
            for n in range(combo.count()):
                if combo.itemData(n):
                    combo.setItemText(n, label(combo.itemData(n)))
        self.expires_on.retranslate()

    def _fill(self, document: DocumentRow) -> None:
        self.doc_type.setCurrentIndex(max(0, self.doc_type.findData(document.doc_type)))
        self.held_by.setCurrentIndex(max(0, self.held_by.findData(document.held_by)))
        self.number.setText(document.number or "")
        self.has_expiry.setChecked(document.expires_on is not None)
        if document.expires_on is not None:
            self.expires_on.setDate(to_qdate(document.expires_on))
        self.permit_status.setCurrentIndex(max(0, self.permit_status.findData(document.permit_status)))
        self.note.setPlainText(document.note or "")

    def values(self) -> dict[str, Any]:
        return {
            "doc_type": self.doc_type.currentData(),
            "held_by": self.held_by.currentData(),
            "number": self.number.text().strip() or None,
            "expires_on": to_date(self.expires_on.date()) if self.has_expiry.isChecked() else None,
            "permit_status": self.permit_status.currentData(),
            "note": self.note.toPlainText().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.document is None:
            return values
        stored = {key: getattr(self.document, key) for key in values}
        return {key: value for key, value in values.items() if value != stored[key]}

    def save(self) -> None:
        if self._saving:
            return
        changes = self.changes()
        note = changes.get("note")
        if note is not None and len(note) > MAX_NOTE:
            self._show_error(self.tr("The note may hold at most %1 characters.").replace("%1", str(MAX_NOTE)))
            self.note.setFocus()
            return
        if not changes:
            self.accept()
            return
        store, interview_id = self.ctx.store, self.interview_id
        document_id = self.document.id if self.document else None
        self._saving = True
        self.save_button.setEnabled(False)

        def done(result: ChangeSet) -> None:
            self._saving = False
            made = result.created_ids("worker_documents")
            self.saved.emit(document_id or (made[0] if made else ""))
            self.accept()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self._show_error(error_text(exc))

        self.ctx.write(lambda: document_service.save_document(store, interview_id, document_id, **changes),
                       on_success=done, on_failure=failed, owner=self)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self._saving:
            super().reject()


class DocumentsBox(QGroupBox):
    """The documents of the interview the tab shows, and the worker's Social Security registration (its
    label and choice are placed by the tab, beside the consent: the table needs the form's full width)."""

    socialSecurityChosen = Signal(object)  # noqa: N815 - the code, or None (not asked)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documentsBox")
        self.interview_id: str | None = None
        self.model = DocumentsModel(self)
        self.social_security = QComboBox()
        self.social_security.setObjectName("socialSecurity")
        self.social_security.addItem("", None)
        for code in SOCIAL_SECURITY:
            self.social_security.addItem(social_security_label(code), code)
        self.social_security.activated.connect(
            lambda _n: self.socialSecurityChosen.emit(self.social_security.currentData()))
        self.social_security_label = QLabel()
        self.social_security_label.setBuddy(self.social_security)

        self.table = QTableView()
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        row_height = script_text_height(self.table.font()) + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setMinimumHeight(script_text_height(header.font()) + 10)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Room for three documents without scrolling (a worker rarely has more): the form stays short.
        self.table.setFixedHeight(header.minimumHeight() + 3 * row_height + 2 * self.table.frameWidth() + 2)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = QPushButton()
        self.add_button.setObjectName("addDocument")
        self.add_button.clicked.connect(self.add_document)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editDocument")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeDocument")
        self.remove_button.clicked.connect(self.remove_selected)
        self.marks = WrapLabel()
        self.marks.setObjectName("documentMarks")
        self.marks.setStyleSheet("color: #b00020; font-weight: bold")
        self.error = WrapLabel()
        self.error.setObjectName("documentsError")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(middle)
        layout.addWidget(self.marks)
        layout.addWidget(self.error)
        make_room_for_scripts(self)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Documents"))
        self.social_security_label.setText(self.tr("Social Security registration"))
        self.social_security.setAccessibleName(self.tr("Social Security registration"))
        for n in range(1, self.social_security.count()):
            self.social_security.setItemText(n, social_security_label(self.social_security.itemData(n)))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a document"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the document"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the document (recorded in error)"))
        self.table.setAccessibleName(self.tr("The worker's documents"))
        self.model.retranslate()
        self._show_marks()

    # -- showing

    def show_interview(self, interview_id: str | None, social_security: str | None,
                       rows: list[DocumentRow]) -> None:
        keep = self.selected_id() if interview_id == self.interview_id else None
        self.interview_id = interview_id
        self.social_security.setCurrentIndex(max(0, self.social_security.findData(social_security)))
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._show_marks()
        self._update_buttons()

    def _show_marks(self) -> None:
        rows = self.model.rows
        held = sum(1 for r in rows if retained(r))
        late = sum(1 for r in rows if expired(r, self.model.today))
        lines = []
        if held:
            lines.append(self.tr("⚠ %n documents held by the employer or a broker: retention of identity "
                                 "documents is a forced-labour indicator.", "", held))
        if late:
            lines.append(self.tr("⚠ %n documents expired.", "", late))
        self.marks.setText("\n".join(lines))
        self.marks.setVisible(bool(lines))

    def selected_row(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.rows[index.row()] if index.row() < len(self.model.rows) else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.add_button.setEnabled(self.interview_id is not None)
        self.social_security.setEnabled(self.interview_id is not None)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- changing

    def add_document(self) -> DocumentDialog | None:
        return self._open(None)

    def edit_selected(self) -> DocumentDialog | None:
        row = self.selected_row()
        return self._open(row) if row is not None else None

    def _open(self, row: DocumentRow | None) -> DocumentDialog | None:
        if self.interview_id is None:
            return None
        self.error.hide()
        dialog = DocumentDialog(self.ctx, self.interview_id, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected(self) -> QMessageBox | None:
        """Ask first: a removed document stays recorded as removed, and no longer shows or counts."""
        row = self.selected_row()
        if row is None:
            return None
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the document"),
                               self.tr("Remove %1 from this interview? Do this only for a document recorded in "
                                       "error.").replace("%1", type_label(row.doc_type)),
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setObjectName("removeDocumentQuestion")
        question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        question.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store, document_id = self.ctx.store, row.id

        def answered(_result: int) -> None:
            if question.clickedButton() is not question.button(QMessageBox.StandardButton.Yes):
                return
            self.ctx.write(lambda: document_service.remove_document(store, document_id),
                           on_failure=self._failed, owner=self)

        question.finished.connect(answered)
        question.open()
        return question

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
