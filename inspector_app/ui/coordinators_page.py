"""Language coordinators (interpreters): the list and the form.

A coordinator is recorded as the interpreter of each interview, so the form
asks for the declaration that they have no tie to the employer or a broker
(and when it was made).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.changes import ChangeSet
from ..core.services import directory
from ..core.views import coordinators
from ..core.views.coordinators import CoordinatorForm, CoordinatorRow
from .context import UiContext
from .coordinator_credentials import CredentialsEditor
from .establishments_model import WordFilterProxy
from .inspections_model import ROLE_ID, ROLE_SEARCH_TEXT, ROLE_SORT, format_date
from .loading import Loader, LoadingNotice
from .messages import say_error
from .widgets import LocalDateEdit, WrapLabel, record_table, with_message
from .script_height import script_text_height
from .script_metrics import ScriptRowDelegate, make_room_for_scripts

Index = QModelIndex | QPersistentModelIndex
ENTITY = "language_coordinators"

# (code, English name for translation, the language's own name)
COORDINATOR_LANGUAGES = (
    ("my", QT_TRANSLATE_NOOP("Languages", "Burmese"), "မြန်မာ"),
    ("km", QT_TRANSLATE_NOOP("Languages", "Khmer"), "ខ្មែរ"),
    ("lo", QT_TRANSLATE_NOOP("Languages", "Lao"), "ລາວ"),
    ("kar", QT_TRANSLATE_NOOP("Languages", "Karen"), "ကညီ"),
    ("shn", QT_TRANSLATE_NOOP("Languages", "Shan"), "တႆး"),
    ("mnw", QT_TRANSLATE_NOOP("Languages", "Mon"), "မန်"),
    ("th", QT_TRANSLATE_NOOP("Languages", "Thai"), "ไทย"),
    ("en", QT_TRANSLATE_NOOP("Languages", "English"), "English"),
)
GENDERS = (
    (None, QT_TRANSLATE_NOOP("Gender", "Not stated")),
    ("female", QT_TRANSLATE_NOOP("Gender", "Female")),
    ("male", QT_TRANSLATE_NOOP("Gender", "Male")),
    ("other", QT_TRANSLATE_NOOP("Gender", "Other")),
)


def language_name(code: str) -> str:
    for known, english, _own in COORDINATOR_LANGUAGES:
        if known == code:
            return QCoreApplication.translate("Languages", english)
    return code


def languages_text(codes: list[str]) -> str:
    return ", ".join(language_name(c) for c in codes)


# --------------------------------------------------------------------------- model


class CoordinatorTableModel(QAbstractTableModel):
    """Every language coordinator on this laptop (tens), read whole off the GUI thread."""

    COLUMNS = ("full_name", "languages", "no_conflict", "active")

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, notice: LoadingNotice | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[CoordinatorRow] = []
        self._row_of: dict[str, int] = {}
        self._loader = Loader(ctx, self, notice)  # type: ignore[arg-type]
        self.loaded = self._loader.loaded
        self.reload()

    @property
    def has_loaded(self) -> bool:
        return self._loader.has_loaded

    def reload(self) -> None:
        store = self.ctx.store
        self._loader.load(lambda: coordinators.coordinators(store), self._show)

    def _show(self, rows: tuple[CoordinatorRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def apply_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(ENTITY):
            return
        ids, store = changes.ids(ENTITY), self.ctx.store
        self.ctx.read(lambda: coordinators.rows_by_id(store, ids), on_success=self._merge, owner=self)

    def _merge(self, fresh: dict[str, CoordinatorRow]) -> None:
        for row in fresh.values():
            position = self._row_of.get(row.id)
            if position is None:
                position = len(self._rows)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.append(row)
                self._row_of[row.id] = position
                self.endInsertRows()
            else:
                self._rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.COLUMNS) - 1))

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def row(self, position: int) -> CoordinatorRow:
        return self._rows[position]

    def position_of(self, coordinator_id: str) -> int | None:
        return self._row_of.get(coordinator_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "full_name": self.tr("Name"),
            "languages": self.tr("Languages"),
            "no_conflict": self.tr("No-conflict declaration"),
            "active": self.tr("Active"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROLE_ID:
            return row.id
        if role == ROLE_SEARCH_TEXT:
            return " ".join([row.full_name, row.organisation or "", languages_text(list(row.languages)),
                             *row.languages]).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROLE_SORT):
            if column == "full_name":
                return row.full_name
            if column == "languages":
                return languages_text(list(row.languages))
            if column == "no_conflict":
                if role == ROLE_SORT:
                    return row.declared_on.isoformat() if row.no_conflict_declared and row.declared_on else (
                        "0" if row.no_conflict_declared else "")
                if not row.no_conflict_declared:
                    return self.tr("Not declared")
                if row.declared_on:
                    return self.tr("Declared %1").replace("%1", format_date(row.declared_on))  # as every list's dates
                return self.tr("Declared")
            if role == ROLE_SORT:
                return int(row.active)
            return self.tr("Active") if row.active else self.tr("Inactive")
        return None


# --------------------------------------------------------------------------- dialog


class CoordinatorDialog(QDialog):
    """Create (coordinator_id=None) or edit a language coordinator. Emits `saved(id)` and closes on success."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, coordinator_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.coordinator_id = coordinator_id
        self._original: dict[str, Any] = {}
        self._saving = False
        self.setObjectName("coordinatorDialog")

        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.languages = QListWidget()
        self.languages.setObjectName("languages")
        self.languages.setItemDelegate(ScriptRowDelegate(self.languages))
        for code, _english, _own in COORDINATOR_LANGUAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.gender = QComboBox()
        for code, _label in GENDERS:
            self.gender.addItem("", code)
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        self.no_conflict = QCheckBox()
        self.no_conflict.setObjectName("noConflict")
        self.declared_on = LocalDateEdit(QDate.currentDate())  # Buddhist-era on a Thai screen
        self.declared_on.setEnabled(False)
        self.no_conflict.toggled.connect(self.declared_on.setEnabled)
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.credentials = CredentialsEditor()
        self.credentials.problemChanged.connect(lambda text: self._show_error(text) if text else self.error.hide())

        self.error = WrapLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.loading = LoadingNotice()
        self._loader = Loader(ctx, self, self.loading)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_labels: list[QLabel] = []
        for widget in (self.full_name, self.languages, self.gender, self.phone, self.organisation):
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels.append(label)
            form.addRow(label, widget)
        declaration = QHBoxLayout()
        declaration.addWidget(self.no_conflict, 1)
        self.declared_label = declared_label = QLabel()
        declared_label.setBuddy(self.declared_on)
        declaration.addWidget(declared_label)
        declaration.addWidget(self.declared_on)
        form.addRow(with_message(declaration, self.declared_on))
        form.addRow(self.active)
        details = QWidget()
        details.setLayout(form)
        # Two tabs keep the form within a 768-pixel-high laptop screen.
        self.sections = QTabWidget()
        self.sections.setObjectName("coordinatorSections")
        self.sections.addTab(details, "")
        self.sections.addTab(self.credentials, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        rows = self.languages.count()
        self.languages.setFixedHeight(
            rows * max(self.languages.sizeHintForRow(0), script_text_height(self.languages.font()) + 8)
            + 2 * self.languages.frameWidth() + 2)
        make_room_for_scripts(self)
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

        if coordinator_id:
            self._load(coordinator_id)
        self.full_name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit language coordinator") if self.coordinator_id
                            else self.tr("New language coordinator"))
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.full_name.setPlaceholderText(self.tr("As written in their own script, with a Latin spelling"))
        self.languages.setAccessibleName(self.tr("Languages"))
        for row, (_code, english, own) in enumerate(COORDINATOR_LANGUAGES):
            name = QCoreApplication.translate("Languages", english)
            self.languages.item(row).setText(name if own == name else f"{name} — {own}")
        self.gender.setAccessibleName(self.tr("Gender"))
        for row, (_code, label) in enumerate(GENDERS):
            self.gender.setItemText(row, QCoreApplication.translate("Gender", label))
        self.phone.setAccessibleName(self.tr("Phone"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.no_conflict.setText(self.tr("Declares no tie to the employer or a broker"))
        self.no_conflict.setAccessibleName(self.tr("Declares no tie to the employer or a broker"))
        self.declared_on.setAccessibleName(self.tr("Date of the declaration"))
        self.active.setText(self.tr("Active (can be chosen for new inspections)"))
        self.active.setAccessibleName(self.tr("Active"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for label, text in zip(self._form_labels, (self.tr("Full &name"), self.tr("&Languages"), self.tr("&Gender"),
                                                   self.tr("&Phone"), self.tr("O&rganisation")), strict=True):
            label.setText(text)
        self.declared_label.setText(self.tr("&on"))
        self.sections.setTabText(0, self.tr("Details"))
        self.sections.setTabText(1, self.tr("Training and accreditation"))
        self.loading.retranslate()

    def _load(self, coordinator_id: str) -> None:
        """Read the coordinator off the GUI thread; the form can be changed once it shows what is stored."""
        self.save_button.setEnabled(False)
        self.sections.setEnabled(False)
        store = self.ctx.store
        self._loader.load(lambda: coordinators.coordinator_form(store, coordinator_id), self._show)

    def _show(self, form: CoordinatorForm | None) -> None:
        if form is None:
            self._show_error(self.tr("This language coordinator no longer exists."))
            return
        self._original = form.values()
        o = self._original
        self.full_name.setText(o["full_name"] or "")
        codes = set(o["languages"] or ())
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)
        self.gender.setCurrentIndex(max(0, self.gender.findData(o["gender"])))
        self.phone.setText(o["phone"] or "")
        self.organisation.setText(o["organisation"] or "")
        self.no_conflict.setChecked(bool(o["no_conflict_declared"]))
        if o["no_conflict_declared_on"]:
            d = o["no_conflict_declared_on"]
            self.declared_on.setDate(QDate(d.year, d.month, d.day))
        self.active.setChecked(bool(o["active"]))
        self.credentials.set_values(o)
        self.sections.setEnabled(True)
        self.save_button.setEnabled(True)

    def checked_languages(self) -> list[str]:
        return [
            self.languages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        ]

    def fields(self) -> dict[str, Any]:
        declared = self.no_conflict.isChecked()
        return {
            "full_name": self.full_name.text().strip() or None,
            "languages": self.checked_languages(),
            "gender": self.gender.currentData(),
            "phone": self.phone.text().strip() or None,
            "organisation": self.organisation.text().strip() or None,
            "no_conflict_declared": declared,
            "no_conflict_declared_on": self.declared_on.date().toPython() if declared else None,
            "active": self.active.isChecked(),
            **self.credentials.values(),
        }

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        problem = self.credentials.problem()
        if problem:
            self.sections.setCurrentWidget(self.credentials)
            self._show_error(problem)
            return
        fields = self.fields()
        if self.coordinator_id:
            fields = {k: v for k, v in fields.items() if self._original.get(k) != v}
            if not fields:
                self.accept()
                return
        store, coordinator_id = self.ctx.store, self.coordinator_id
        self._set_saving(True)
        self.ctx.write(lambda: directory.save_coordinator(store, coordinator_id, **fields),
                       on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, changes: ChangeSet) -> None:
        if not isValid(self):  # closed with its parent while the write ran
            return
        self._set_saving(False)
        if self.coordinator_id is None:
            self.coordinator_id = changes.created(ENTITY)
        self.saved.emit(self.coordinator_id or "")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_saving(False)
        say_error(self.error, exc)
        self.error.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not saving)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self._saving:
            super().reject()


# --------------------------------------------------------------------------- page


class CoordinatorsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loading = LoadingNotice()
        self.model = CoordinatorTableModel(ctx, self, notice=self.loading)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._select_when_read: str | None = None
        for signal in (self.model.rowsInserted, self.model.modelReset):
            signal.connect(lambda *_: self._select_when_read and self.select_id(self._select_when_read))

        self.search = QLineEdit()
        self.search.setObjectName("coordinatorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCoordinator")
        self.new_button.clicked.connect(self.new_coordinator)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editCoordinator")
        self.edit_button.clicked.connect(self.edit_selected)

        self.table = record_table("coordinatorsTable", self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumHeight(script_text_height(header.font()) + 10)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.table)
        make_room_for_scripts(self)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.retranslate()
        self.ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, language or organisation"))
        self.search.setAccessibleName(self.tr("Search language coordinators"))
        self.new_button.setText(self.tr("&New coordinator…"))
        self.new_button.setAccessibleName(self.tr("New language coordinator"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit language coordinator"))
        self.table.setAccessibleName(self.tr("Language coordinators"))
        self.loading.retranslate()
        self.model.retranslate()

    def _on_changed(self, changes: ChangeSet) -> None:
        self.model.apply_changes(changes)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(ROLE_ID)

    def select_id(self, coordinator_id: str) -> bool:
        """Select a coordinator (clearing the search if it hides them); a new one once their row is read."""
        position = self.model.position_of(coordinator_id)
        if position is None:
            self._select_when_read = coordinator_id
            return False
        self._select_when_read = None
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def new_coordinator(self) -> CoordinatorDialog:
        dialog = CoordinatorDialog(self.ctx, parent=self)
        dialog.saved.connect(self.select_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_coordinator(self, coordinator_id: str) -> CoordinatorDialog:
        dialog = CoordinatorDialog(self.ctx, coordinator_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_selected(self) -> CoordinatorDialog | None:
        coordinator_id = self.selected_id()
        return self.edit_coordinator(coordinator_id) if coordinator_id else None
