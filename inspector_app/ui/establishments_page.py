"""Establishments: the list, the form that creates or edits one, and a picker for other screens.

The table model reads a page at a time off the GUI thread (`core.views.establishments`);
searching and sorting are queries the database runs. Saving goes through `ctx.write` and
the directory services; the list refreshes the rows a ChangeSet names when
`ctx.hub.changed` touches "establishments".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core import geography
from ..core.changes import ChangeSet
from ..core.services import directory
from ..core.views import establishments
from ..core.views.establishments import EstablishmentForm
from ..core.vocab import SECTORS
from .context import UiContext
from .establishments_model import (
    ENTITY,
    NATIONALITIES,
    EstablishmentProxy,
    EstablishmentRow,
    EstablishmentTableModel,
    Index,
    nationality_label,
    sector_label,
)
from .inspections_model import ROLE_ID
from .language import current_language
from .loading import Loader, LoadingNotice
from .messages import message_text, number_text, say_error
from .widgets import WrapLabel, record_table
from .place_picker import PlacePicker
from .script_height import multi_line_height, script_text_height
from .script_metrics import ScriptRowDelegate, make_room_for_scripts

SEARCH_DEBOUNCE_MS = 120
PROBLEM_FIELD = "#f7d4d9"  # a field the form found a problem in (its text stays dark on it)
RESIZE_PRECISION = 200  # rows measured to fit the short columns: one page, not every row read

# --------------------------------------------------------------------------- the form


class EstablishmentDialog(QDialog):
    """Create (establishment_id=None) or edit an establishment. Emits `saved(id)` and closes on success."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, establishment_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.establishment_id = establishment_id
        self._original: dict[str, Any] = {}
        self._texts: list[tuple[Any, str, bool]] = []
        self._saving = False
        self._title = QT_TRANSLATE_NOOP("EstablishmentDialog", "Edit establishment") if establishment_id else QT_TRANSLATE_NOOP("EstablishmentDialog", "New establishment")
        self.setWindowTitle(self.tr(self._title))
        self.setObjectName("establishmentDialog")

        # Created in reading order, which is also the tab order.
        self.name_th = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Name in Thai"), "nameTh")
        self.name_en = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Name in English"), "nameEn")
        self.registration_no = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Registration number"), "registrationNo")
        self.social_security_no = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Social security number"), "socialSecurityNo")
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Sector"))
        for code in SECTORS:
            self.sector.addItem(sector_label(code), code)
        self.employer_name = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Employer name"), "employerName")
        self.contact_phone = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Phone"), "contactPhone")
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(multi_line_height(self.address, 2))
        self.place = PlacePicker()
        coordinate = QRegularExpressionValidator(QRegularExpression(r"^-?\d{0,3}([.,]\d{0,8})?$"), self)
        self.latitude = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Latitude"), "latitude")
        self.latitude.setValidator(coordinate)
        self.longitude = self._line(QT_TRANSLATE_NOOP("EstablishmentDialog", "Longitude"), "longitude")
        self.longitude.setValidator(coordinate)
        self._name_coordinates()
        self.workers_male = self._count(QT_TRANSLATE_NOOP("EstablishmentDialog", "Men"))
        self.workers_female = self._count(QT_TRANSLATE_NOOP("EstablishmentDialog", "Women"))
        self.workers_under18 = self._count(QT_TRANSLATE_NOOP("EstablishmentDialog", "Under 18"))
        self.by_nationality = {code: self._count(code, nationality=True) for code, _ in NATIONALITIES}

        self.error = WrapLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.loading = LoadingNotice()
        self._loader = Loader(ctx, self, self.loading)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # A field marked with a problem loses its mark once it, or the field it goes with, is edited.
        self._marked: set[QWidget] = set()
        for edit, marked in ((self.name_th, self.name_th), (self.name_en, self.name_th),
                             (self.latitude, self.latitude), (self.latitude, self.longitude),
                             (self.longitude, self.latitude), (self.longitude, self.longitude)):
            edit.textEdited.connect(lambda _text, w=marked: self._unmark(w))
        for spin in (self.workers_male, self.workers_female, self.workers_under18):
            spin.valueChanged.connect(lambda _value: self._unmark(self.workers_under18))
        self.place.changed.connect(self._unmark_place)

        self._lay_out()
        make_room_for_scripts(self)
        self.resize(max(self.sizeHint().width(), 980), self.sizeHint().height())
        self._place_touched = False
        if establishment_id:
            self._load(establishment_id)
        else:
            self.place.changed.connect(self._touch_place)
        self.name_th.setFocus()

    def _touch_place(self) -> None:
        self._place_touched = True

    # Every text is registered with its untranslated source, so `retranslate()` can
    # show it again in a new language without rebuilding the form (and losing input).

    def _translate(self, source: str, nationality: bool = False) -> str:
        return nationality_label(source) if nationality else self.tr(source)

    def _register(self, setter: Any, source: str, nationality: bool = False) -> None:
        setter(self._translate(source, nationality))
        self._texts.append((setter, source, nationality))

    def _line(self, accessible_name: str, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        self._register(edit.setAccessibleName, accessible_name)
        edit.setObjectName(object_name)
        return edit

    def _count(self, accessible_name: str, nationality: bool = False) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 100_000)
        self._register(spin.setAccessibleName, accessible_name, nationality)
        spin.setGroupSeparatorShown(True)
        return spin

    def _group(self, title: str) -> QGroupBox:
        box = QGroupBox()
        self._register(box.setTitle, title)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr(self._title))
        for setter, source, nationality in self._texts:
            setter(self._translate(source, nationality))
        self.sector.setAccessibleName(self.tr("Sector"))
        for n, code in enumerate(SECTORS):
            self.sector.setItemText(n, sector_label(code))
        self.address.setAccessibleName(self.tr("Address"))
        self._name_coordinates()
        self.error.setAccessibleName(self.tr("Error"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _name_coordinates(self) -> None:
        """Each GPS box says which it is (the two examples alone did not, and were cut in Burmese); the example
        is in its tooltip."""
        self.latitude.setPlaceholderText(self.tr("Latitude"))
        self.latitude.setToolTip(self.tr("e.g. 16.7132"))
        self.longitude.setPlaceholderText(self.tr("Longitude"))
        self.longitude.setToolTip(self.tr("e.g. 98.5749"))

    def _lay_out(self) -> None:
        details = self._group(QT_TRANSLATE_NOOP("EstablishmentDialog", "Establishment"))
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "Name (&Thai)"), self.name_th),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "Name (&English)"), self.name_en),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "&Registration no."), self.registration_no),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "Social security no."), self.social_security_no),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "Se&ctor"), self.sector),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "E&mployer"), self.employer_name),
            (QT_TRANSLATE_NOOP("EstablishmentDialog", "P&hone"), self.contact_phone),
        ):
            form.addRow(self._label(text, widget), widget)

        location = self._group(QT_TRANSLATE_NOOP("EstablishmentDialog", "Location"))
        where = QFormLayout(location)
        where.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        where.addRow(self._label(QT_TRANSLATE_NOOP("EstablishmentDialog", "&Address"), self.address), self.address)
        where.addRow(self.place)
        gps = QHBoxLayout()
        gps.addWidget(self.latitude)
        gps.addWidget(self.longitude)
        gps_label = self._label(QT_TRANSLATE_NOOP("EstablishmentDialog", "&GPS (optional)"), self.latitude)
        where.addRow(gps_label, gps)

        workforce = self._group(QT_TRANSLATE_NOOP("EstablishmentDialog", "Workers"))
        grid = QGridLayout(workforce)
        by_sex = ((QT_TRANSLATE_NOOP("EstablishmentDialog", "Me&n"), self.workers_male), (QT_TRANSLATE_NOOP("EstablishmentDialog", "&Women"), self.workers_female),
                  (QT_TRANSLATE_NOOP("EstablishmentDialog", "&Under 18"), self.workers_under18))
        for column, (text, spin) in enumerate(by_sex):
            grid.addWidget(self._label(text, spin), 0, column * 2)
            grid.addWidget(spin, 0, column * 2 + 1)
        nationality_title = self._label(QT_TRANSLATE_NOOP("EstablishmentDialog", "By nationality:"), None)
        grid.addWidget(nationality_title, 1, 0, 1, 6)
        for n, (code, _) in enumerate(NATIONALITIES):
            spin = self.by_nationality[code]
            row, column = 2 + n // 3, (n % 3) * 2
            grid.addWidget(self._label(code, spin, nationality=True), row, column)
            grid.addWidget(spin, row, column + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self._groups = (details, location, workforce)
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addWidget(location, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(workforce)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _label(self, source: str, buddy: QWidget | None, nationality: bool = False) -> QLabel:
        label = QLabel()
        self._register(label.setText, source, nationality)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    # -- data ---------------------------------------------------------------------------

    def _load(self, establishment_id: str) -> None:
        """Read the establishment off the GUI thread; the form can be changed once it shows what is stored."""
        self.save_button.setEnabled(False)
        for group in self._groups:
            group.setEnabled(False)
        self._loader.load(lambda: establishments.establishment_form(self.ctx.store, establishment_id), self._show)

    def _show(self, form: EstablishmentForm | None) -> None:
        if form is None:
            self._show_error(self.tr("This establishment no longer exists."))
            return
        self._original = form.values()
        o = self._original
        self.name_th.setText(o["name_th"] or "")
        self.name_en.setText(o["name_en"] or "")
        self.registration_no.setText(o["registration_no"] or "")
        self.social_security_no.setText(o["social_security_no"] or "")
        self.sector.setCurrentIndex(max(0, self.sector.findData(o["sector"])))
        self.employer_name.setText(o["employer_name"] or "")
        self.contact_phone.setText(o["contact_phone"] or "")
        self.address.setPlainText(o["address"] or "")
        self.place.set_codes(o["province_code"], o["district_code"], o["subdistrict_code"])
        self.latitude.setText("" if o["latitude"] is None else f"{o['latitude']:.6f}".rstrip("0").rstrip("."))
        self.longitude.setText("" if o["longitude"] is None else f"{o['longitude']:.6f}".rstrip("0").rstrip("."))
        self.workers_male.setValue(o["workers_male"] or 0)
        self.workers_female.setValue(o["workers_female"] or 0)
        self.workers_under18.setValue(o["workers_under18"] or 0)
        for code, spin in self.by_nationality.items():
            spin.setValue(int((o["workers_by_nationality"] or {}).get(code, 0) or 0))
        self.place.changed.connect(self._touch_place)  # from here on a place change is the user's
        for group in self._groups:
            group.setEnabled(True)
        self.save_button.setEnabled(True)
        self.name_th.setFocus()

    def fields(self) -> dict[str, Any]:
        """What the form says, in the service's field names (no validation beyond the form's own)."""
        province, district, subdistrict = self.place.codes()
        return {
            "name_th": self.name_th.text().strip() or None,
            "name_en": self.name_en.text().strip() or None,
            "registration_no": self.registration_no.text().strip() or None,
            "social_security_no": self.social_security_no.text().strip() or None,
            "sector": self.sector.currentData(),
            "employer_name": self.employer_name.text().strip() or None,
            "contact_phone": self.contact_phone.text().strip() or None,
            "address": self.address.toPlainText().strip() or None,
            "province_code": province,
            "district_code": district,
            "subdistrict_code": subdistrict,
            "latitude": _coordinate(self.latitude.text()),
            "longitude": _coordinate(self.longitude.text()),
            "workers_male": self.workers_male.value(),
            "workers_female": self.workers_female.value(),
            "workers_under18": self.workers_under18.value(),
            "workers_by_nationality": {code: spin.value() for code, spin in self.by_nationality.items() if spin.value()},
        }

    def _form_problems(self) -> list[tuple[QWidget, str]]:
        """Every problem the form can see, each with the field it is about (the service judges the rest)."""
        problems: list[tuple[QWidget, str]] = []
        if not self.name_th.text().strip() and not self.name_en.text().strip():
            problems.append((self.name_th, message_text(directory.NAME_NEEDED)))
        level = self.place.unresolved_level()
        if level is not None:
            problems.append((getattr(self.place, level), {
                "province": self.tr("The province you typed is not in the list; choose one of the suggestions."),
                "district": self.tr("The district you typed is not in the list; choose one of the suggestions."),
                "subdistrict": self.tr("The subdistrict you typed is not in the list; choose one of the suggestions."),
            }[level]))
        elif self.place.codes()[0] is None and (self.establishment_id is None or self._place_touched):
            problems.append((self.place.province, message_text(directory.PROVINCE_NEEDED)))
        lat, lon = self.latitude.text().strip(), self.longitude.text().strip()
        if bool(lat) != bool(lon):
            problems.append((self.longitude if lat else self.latitude,
                             self.tr("Enter both latitude and longitude, or neither.")))
        elif lat and not (-90 <= (_coordinate(lat) or 0) <= 90 and -180 <= (_coordinate(lon) or 0) <= 180):
            problems.append((self.latitude,
                             self.tr("Latitude must be between -90 and 90 and longitude between -180 and 180.")))
        if self.workers_under18.value() > self.workers_male.value() + self.workers_female.value():
            problems.append((self.workers_under18,
                             self.tr("There cannot be more workers under 18 than workers in total.")))
        return problems

    def _mark(self, problems: list[tuple[QWidget, str]]) -> None:
        """Each field with a problem marked pale red, its problem in its tooltip and accessible description; the
        first problem in words under the form (all of them at once would push Save off a laptop's screen)."""
        for widget in list(self._marked):
            self._unmark(widget)
        for widget, text in problems:
            # A pale red field (its palette, not a style sheet: that would flatten a spin box's arrows).
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Base, QColor(PROBLEM_FIELD))
            widget.setPalette(palette)
            widget.setToolTip(text)
            widget.setAccessibleDescription(text)
            self._marked.add(widget)
        if problems:
            first_widget, first = problems[0]
            more = len(problems) - 1
            self._show_error(first if not more else self.tr(
                "%1 And %n more problems: see the fields marked in red.", "", more).replace("%1", first))
            first_widget.setFocus()

    def _unmark_place(self) -> None:
        for combo in (self.place.province, self.place.district, self.place.subdistrict):
            self._unmark(combo)

    def _unmark(self, widget: QWidget) -> None:
        if widget in self._marked:
            self._marked.discard(widget)
            widget.setPalette(QPalette())  # the application's again
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            if widget in (self.latitude, self.longitude):
                self._name_coordinates()  # their example comes back

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        problems = self._form_problems()
        self._mark(problems)
        if problems:
            return
        fields = self.fields()
        store = self.ctx.store
        if self.establishment_id is None:
            def work() -> ChangeSet:
                return directory.create_establishment(store, **fields)
        else:
            changes = {k: v for k, v in fields.items() if _differs(self._original.get(k), v)}
            if not self._place_touched:
                # A code the lists do not know (older data) shows as empty; keep it unless the user chose a place.
                for key in ("province_code", "district_code", "subdistrict_code"):
                    changes.pop(key, None)
            if not changes:
                self.accept()
                return
            establishment_id = self.establishment_id

            def work() -> ChangeSet:
                return directory.update_establishment(store, establishment_id, **changes)

        self._set_saving(True)
        self.ctx.write(work, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, changes: ChangeSet) -> None:
        if not isValid(self):  # closed with its parent while the write ran
            return
        self._set_saving(False)
        if self.establishment_id is None:
            self.establishment_id = changes.created(ENTITY)
        self.error.hide()
        self.saved.emit(self.establishment_id or "")
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
        # A write in flight reports back to this dialog; it stays until the answer comes.
        if not self._saving:
            super().reject()


def _coordinate(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _differs(before: Any, after: Any) -> bool:
    if isinstance(before, dict) or isinstance(after, dict):
        return {k: v for k, v in (before or {}).items() if v} != {k: v for k, v in (after or {}).items() if v}
    return (before if before not in ("", None) else None) != (after if after not in ("", None) else None)


# --------------------------------------------------------------------------- the page


class EstablishmentsPage(QWidget):
    """Search, sort and open establishments; "New establishment" and "Edit" open the form."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loading = LoadingNotice()
        self.model = EstablishmentTableModel(ctx, parent=self, notice=self.loading)
        self.proxy = EstablishmentProxy(self)
        self.proxy.setSourceModel(self.model)
        self._select_when_loaded: str | None = None

        self.search = QLineEdit()
        self.search.setObjectName("establishmentSearch")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.proxy.set_query(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newEstablishment")
        self.new_button.clicked.connect(self.new_establishment)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editEstablishment")
        self.edit_button.clicked.connect(self.edit_selected)

        self.table = record_table("establishmentsTable", self.proxy)
        header = self.table.horizontalHeader()
        # Names share the spare width; the short columns fit the rows read so far (a page or a few).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(script_text_height(header.font()) + 10)
        # Enter and double-click both arrive as `activated`.
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel()
        self.count_label.setObjectName("establishmentCount")
        self.model.countChanged.connect(self._update_count)
        self.model.firstPageLoaded.connect(self._first_page_loaded)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.table)
        self.credit = credit = QLabel()
        credit.setObjectName("geographyCredit")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(credit)
        layout.addLayout(footer)
        make_room_for_scripts(self)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)

        self.retranslate()
        self.ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, employer, registration no. or place"))
        self.search.setAccessibleName(self.tr("Search establishments"))
        self.new_button.setText(self.tr("&New establishment…"))
        self.new_button.setAccessibleName(self.tr("New establishment"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit establishment"))
        self.table.setAccessibleName(self.tr("Establishments"))
        self.credit.setText(self.tr("Administrative areas: %1").replace("%1", geography.GEOGRAPHY_SOURCE))
        self.loading.retranslate()
        self.model.retranslate(current_language())
        self._update_count()

    def _on_changed(self, changes: ChangeSet) -> None:
        self.model.apply_changes(changes)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    def _update_count(self) -> None:
        shown, total = self.model.matching, self.model.total
        if total is None:
            self.count_label.clear()
            return
        text = self.tr("%Ln establishments", "", total)
        if shown is not None and shown != total:
            text = self.tr("%1 shown of %2").replace("%1", number_text(shown)).replace("%2", text)
        self.count_label.setText(text)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(ROLE_ID)

    def select_id(self, establishment_id: str) -> None:
        """Select an establishment: at once when it is on screen, else listed first once read."""
        if establishment_id and not self._select_row_of(establishment_id):
            self._select_when_loaded = establishment_id
            if self.search.text():
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
            self.model.show_first(establishment_id)

    def _first_page_loaded(self) -> None:
        wanted, self._select_when_loaded = self._select_when_loaded, None
        if wanted:
            self._select_row_of(wanted)

    def _select_row_of(self, establishment_id: str) -> bool:
        position = self.model.position_of(establishment_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def new_establishment(self) -> EstablishmentDialog:
        dialog = EstablishmentDialog(self.ctx, parent=self)
        dialog.saved.connect(self.select_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_establishment(self, establishment_id: str) -> EstablishmentDialog:
        dialog = EstablishmentDialog(self.ctx, establishment_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_selected(self) -> EstablishmentDialog | None:
        establishment_id = self.selected_id()
        return self.edit_establishment(establishment_id) if establishment_id else None


# --------------------------------------------------------------------------- the picker


class _SummaryProxy(EstablishmentProxy):
    """One line per establishment for a list: name, sector and place."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            source = self.sourceModel()
            if isinstance(source, EstablishmentTableModel):
                position = self.mapToSource(index).row()
                row = source.row(position)
                where = ", ".join(x for x in (source.data(source.index(position, 4)),
                                              source.data(source.index(position, 3))) if x)
                return f"{row.display_name} — {sector_label(row.sector)}, {where}"
        return super().data(index, role)


class EstablishmentPicker(QWidget):
    """Search field + list. `selectedChanged(id)` carries "" when nothing is selected;
    `chosen(id)` fires on Enter or double-click."""

    selectedChanged = Signal(str)  # noqa: N815 - Qt signal naming
    chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loading = LoadingNotice()
        self.model = EstablishmentTableModel(ctx, parent=self, notice=self.loading)
        self.proxy = _SummaryProxy(self)
        self.proxy.setSourceModel(self.model)
        self._select_when_loaded: str | None = None
        self._enter_when_loaded = False

        self.search = QLineEdit()
        self.search.setObjectName("establishmentPickerSearch")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        self.list = QListView()
        self.list.setObjectName("establishmentPickerList")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(ScriptRowDelegate(self.list))
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.selectedChanged.emit(self.selected_id() or ""))
        # Enter is taken here (not through `activated`) so it never also presses a dialog's default button.
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(lambda index: self.chosen.emit(index.data(ROLE_ID) or ""))
        self.model.firstPageLoaded.connect(self._first_page_loaded)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.loading)
        layout.addWidget(self.list)
        make_room_for_scripts(self)
        self.retranslate()
        self.ctx.hub.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type part of the name, employer or place"))
        self.search.setAccessibleName(self.tr("Search establishments"))
        self.list.setAccessibleName(self.tr("Establishments"))
        self.loading.retranslate()
        self.model.retranslate(current_language())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id():
                self.chosen.emit(self.selected_id() or "")
                return True
        # Down arrow from the search field walks into the list, as a combo's popup would.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down:
                if self._debounce.isActive() or self.model.loading:
                    self._search_now()
                    self._walk_in_when_loaded = True
                    return True
                if self.proxy.rowCount():
                    self._walk_in()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive() or self.model.loading:
                    self._search_now()
                    self._enter_when_loaded = True
                    return True
                if self.proxy.rowCount() == 1:
                    self._select_row(0)
                    self.chosen.emit(self.selected_id() or "")
                    return True
        return super().eventFilter(watched, event)

    _walk_in_when_loaded = False

    def _walk_in(self) -> None:
        self.list.setFocus()
        if self.selected_id() is None:
            self._select_row(0)

    def _search_now(self) -> None:
        self._debounce.stop()
        self.proxy.set_query(self.search.text())

    def _first_page_loaded(self) -> None:
        wanted, self._select_when_loaded = self._select_when_loaded, None
        if wanted and self._select_row_of(wanted):
            pass
        elif self.search.text() and self.proxy.rowCount() == 1:
            self._select_row(0)  # one match: it is the one
        if self._walk_in_when_loaded:
            self._walk_in_when_loaded = False
            if self.proxy.rowCount():
                self._walk_in()
        if self._enter_when_loaded:
            self._enter_when_loaded = False
            if self.proxy.rowCount() == 1:
                self._select_row(0)
                self.chosen.emit(self.selected_id() or "")

    def _on_changed(self, changes: ChangeSet) -> None:
        self.model.apply_changes(changes)

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _select_row_of(self, establishment_id: str) -> bool:
        position = self.model.position_of(establishment_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        self._select_row(index.row())
        self.list.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        indexes = self.list.selectionModel().selectedIndexes()
        return indexes[0].data(ROLE_ID) if indexes else None

    def selected_row(self) -> EstablishmentRow | None:
        indexes = self.list.selectionModel().selectedIndexes()
        if not indexes:
            return None
        return self.model.row(self.proxy.mapToSource(indexes[0]).row())

    def select_id(self, establishment_id: str) -> None:
        """Select an establishment: at once when it is listed, else listed first (search cleared) once read."""
        if self._select_row_of(establishment_id):
            return
        self._select_when_loaded = establishment_id
        self._debounce.stop()
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.model.show_first(establishment_id)
