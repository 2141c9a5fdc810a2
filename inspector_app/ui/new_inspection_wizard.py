"""Starting an inspection: establishment → visit → checklist → team, then one service call.

Nothing is written until Finish: `inspections.create_inspection` runs through
`ctx.write` (a follow-up of an earlier visit goes through `followups.start_follow_up`, as the
worklist's button does, so it carries that visit's open findings to verify); on success the wizard emits `created(inspection_id)` and closes,
on failure it shows the service's message on the last page and keeps every choice.
Each page reads what it offers (earlier visits, checklists, the team) off the GUI thread
when it is shown, and cannot be passed until it has.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from ..core.changes import ChangeSet
from ..core.services import followups, inspections
from ..core.views import new_inspection, templates
from ..core.views.new_inspection import EarlierInspection, TeamChoices
from ..core.views.templates import TemplateChoice
from ..core.vocab import VISIT_TYPES
from .context import UiContext
from ..i18n.dates import format_date
from .coordinators_page import languages_text
from .establishments_model import sector_label
from .establishments_page import EstablishmentDialog, EstablishmentPicker
from .inspections_model import status_label, visit_type_label
from .language import current_language
from .language import label as localised
from .language import relabel_items
from .loading import Loader, LoadingNotice
from .messages import say_error
from .script_metrics import ScriptRowDelegate, make_room_for_scripts
from .widgets import LocalDateEdit, WrapLabel, with_message

ROLE_VALUE = Qt.ItemDataRole.UserRole
ROLE_GENDER = Qt.ItemDataRole.UserRole + 1  # a coordinator's recorded gender ("female", "male", ...)
# Modules every inspection with migrant workers should carry unless the inspector says otherwise.
DEFAULT_MODULES = ("FORCED-LABOUR", "SAFEGUARDS")
ERROR_STYLE = "color: #b00020"
HINT_STYLE = "color: #8a4b00; font-weight: bold"


def _checkable(text: str, value: Any, checked: bool = False, fixed: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ROLE_VALUE, value)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if not fixed:
        flags |= Qt.ItemFlag.ItemIsUserCheckable
    item.setFlags(flags)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked_values(widget: QListWidget) -> list[Any]:
    return [widget.item(i).data(ROLE_VALUE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _list(accessible_name: str, object_name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(accessible_name)
    widget.setObjectName(object_name)
    widget.setItemDelegate(ScriptRowDelegate(widget))
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


# --------------------------------------------------------------------------- pages


class EstablishmentStep(QWizardPage):
    def __init__(self, wizard: NewInspectionWizard):
        super().__init__()
        self._wizard = wizard
        self.picker = EstablishmentPicker(wizard.ctx)
        self.picker.selectedChanged.connect(lambda _id: self.completeChanged.emit())
        self.picker.chosen.connect(lambda _id: wizard.next() if self.isComplete() else None)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_establishment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Establishment"))
        self.setSubTitle(self.tr("Which workplace are you inspecting?"))
        self.create_button.setText(self.tr("&Create new…"))
        self.create_button.setAccessibleName(self.tr("Create a new establishment"))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.picker.search.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.picker.selected_id() is not None

    def create_establishment(self) -> EstablishmentDialog:
        dialog = EstablishmentDialog(self._wizard.ctx, parent=self._wizard)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, establishment_id: str) -> None:
        self.picker.select_id(establishment_id)
        self.picker.list.setFocus()


class VisitStep(QWizardPage):
    def __init__(self, wizard: NewInspectionWizard):
        super().__init__()
        self._wizard = wizard
        self._filled_for: str | None = None
        self._earlier: dict[str, EarlierInspection] = {}  # offered as "follow-up of", by id
        self.wanted_previous: str | None = None  # the earlier visit to choose once the list is read
        self.visit_type = QComboBox()
        self.visit_type.setObjectName("visitType")
        for code in VISIT_TYPES:
            self.visit_type.addItem("", code)
        self.visit_date = LocalDateEdit(QDate.currentDate())  # Buddhist-era on a Thai screen
        self.visit_date.setObjectName("visitDate")
        self.confidential = QCheckBox()
        self.confidential.setObjectName("complaintConfidential")
        self.previous = QComboBox()
        self.previous.setObjectName("previousInspection")
        self.previous_hint = WrapLabel()  # Burmese, Khmer and Lao wrap between words
        self.previous_hint.setObjectName("followUpHint")
        self.previous_hint.setStyleSheet(HINT_STYLE)
        self.previous_hint.hide()
        self.previous_label = QLabel()
        self.previous_label.setBuddy(self.previous)
        self.loading = LoadingNotice()
        self._loader = Loader(wizard.ctx, self, self.loading)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row_labels: list[QLabel] = []
        for widget in (self.visit_type, self.visit_date):
            row_label = QLabel()
            row_label.setBuddy(widget)
            self._row_labels.append(row_label)
            form.addRow(row_label, with_message(widget, widget) if widget is self.visit_date else widget)
        form.addRow("", self.confidential)
        form.addRow(self.previous_label, self.previous)
        form.addRow("", self.previous_hint)
        form.addRow("", self.loading)
        self.visit_type.currentIndexChanged.connect(self._visit_type_changed)
        self.previous.currentIndexChanged.connect(self._update_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Visit"))
        self.setSubTitle(self.tr("What kind of visit is this, and when?"))
        self.visit_type.setAccessibleName(self.tr("Visit type"))
        relabel_items(self.visit_type, visit_type_label)
        self.visit_date.setAccessibleName(self.tr("Visit date"))
        self.confidential.setText(self.tr("Keep the &complaint source confidential"))
        self.confidential.setAccessibleName(self.tr("Complaint source confidential"))
        self.confidential.setToolTip(self.tr("The source is never named in the employer's notice (ILO C81 art. 15)."))
        self.previous.setAccessibleName(self.tr("Follow-up of inspection"))
        if self.previous.count():
            self.previous.setItemText(0, self.tr("None"))
        relabel_items(self.previous, lambda inspection_id: self._earlier_text(self._earlier[inspection_id]))
        self.previous_label.setText(self.tr("&Follow-up of"))
        for label, text in zip(self._row_labels, (self.tr("Visit &type"), self.tr("Visit &date")), strict=True):
            label.setText(text)
        self._update_hint()

    def _earlier_text(self, row: EarlierInspection) -> str:
        text = (f"{row.reference} · {format_date(row.visit_date, current_language(), style='short')} · "
                f"{visit_type_label(row.visit_type)} · {status_label(row.status)}")
        if row.source == "hq":
            text += " · " + self.tr("another laptop's, from HQ")
        if row.to_verify:
            text += " · " + self.tr("%n open findings", "", row.to_verify)
        return text

    def earlier(self) -> EarlierInspection | None:
        """The earlier visit chosen as the one this visit follows, if any."""
        return self._earlier.get(self.previous.currentData()) if self.previous.currentData() else None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        establishment_id = self._wizard.establishment_id()
        if establishment_id == self._filled_for:
            return
        self._filled_for = establishment_id
        self.previous.clear()
        self.previous.addItem(self.tr("None"), None)
        self.completeChanged.emit()
        if establishment_id:
            store = self._wizard.ctx.store
            self._loader.load(lambda: new_inspection.earlier_inspections(store, establishment_id), self._show_earlier)

    def _show_earlier(self, earlier: tuple[EarlierInspection, ...]) -> None:
        self._earlier = {row.id: row for row in earlier}
        for row in earlier:
            self.previous.addItem(self._earlier_text(row), row.id)
        wanted = self.previous.findData(self.wanted_previous) if self.wanted_previous else -1
        if wanted > 0:
            self.previous.setCurrentIndex(wanted)  # started from that visit in the establishment's file
        elif self.visit_type.currentData() == "follow_up" and self.previous.currentIndex() <= 0 and earlier:
            self.previous.setCurrentIndex(1)  # the latest earlier visit is the usual one
        self._update_hint()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._loader.busy

    def _visit_type_changed(self) -> None:
        if self.visit_type.currentData() == "complaint":
            self.confidential.setChecked(True)
        if self.visit_type.currentData() == "follow_up" and self.previous.currentIndex() <= 0 and self.previous.count() > 1:
            self.previous.setCurrentIndex(1)  # the latest earlier visit is the usual one
        self._update_hint()

    def _update_hint(self) -> None:
        follow_up = self.visit_type.currentData() == "follow_up"
        font = self.previous_label.font()
        font.setBold(follow_up)
        self.previous_label.setFont(font)
        chosen = self.earlier()
        if follow_up and self.previous.count() <= 1:
            self.previous_hint.setText(self.tr("This establishment has no earlier visit, on this laptop or from HQ, "
                                               "so there is nothing to link; the visit is recorded without one."))
        elif follow_up and chosen is None:
            self.previous_hint.setText(self.tr("Choose the inspection this visit follows up."))
        elif follow_up and chosen is not None and chosen.to_verify:
            self.previous_hint.setText(self.tr("The %n open findings of that visit come with this one, to verify "
                                               "on site: corrected, partly or not corrected.", "", chosen.to_verify))
        elif follow_up and chosen is not None:
            self.previous_hint.setText(self.tr("That visit has no open finding left to verify; this visit is "
                                               "linked to it."))
        else:
            self.previous_hint.setText("")
        self.previous_hint.setVisible(bool(self.previous_hint.plain_text()))

    def values(self) -> dict[str, Any]:
        return {
            "visit_type": self.visit_type.currentData(),
            "visit_date": self.visit_date.date().toPython(),
            "complaint_source_confidential": self.confidential.isChecked(),
            "previous_inspection_id": self.previous.currentData(),
        }


class ChecklistStep(QWizardPage):
    def __init__(self, wizard: NewInspectionWizard):
        super().__init__()
        self._wizard = wizard
        self._preselected_for: tuple[str | None, str | None, str | None] | None = None
        self._titles: dict[str, Any] = {}  # the checklists offered: their titles in every language, by id
        self._sector: str | None = None  # whose add-on the note says was ticked
        self.base = QComboBox()
        self.base.setObjectName("baseTemplate")
        self.addons = _list("", "addonTemplates")
        self.base_label = base_label = QLabel()
        base_label.setBuddy(self.base)
        self.addons_label = addons_label = QLabel()
        addons_label.setBuddy(self.addons)
        self.note = WrapLabel()
        self.note.setObjectName("preselectionNote")
        self.loading = LoadingNotice()
        self._loader = Loader(wizard.ctx, self, self.loading)
        self.base.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(base_label)
        layout.addWidget(self.base)
        layout.addWidget(addons_label)
        layout.addWidget(self.addons, 1)
        layout.addWidget(self.loading)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Checklist"))
        self.setSubTitle(self.tr("The base checklist, plus the add-ons and modules this visit needs."))
        self.base.setAccessibleName(self.tr("Base checklist"))
        self.addons.setAccessibleName(self.tr("Add-ons and modules"))
        self.base_label.setText(self.tr("&Base checklist"))
        self.addons_label.setText(self.tr("&Add-ons and modules"))
        relabel_items(self.base, lambda template_id: localised(self._titles.get(template_id)))
        for row in range(self.addons.count()):
            item = self.addons.item(row)
            item.setText(localised(self._titles.get(item.data(ROLE_VALUE))))
        self._show_note()

    def _show_note(self) -> None:
        if self._preselected_for is None or not self.base.count():
            return
        self.note.setText(
            self.tr("Ticked for you: the add-on for the establishment's sector (%1) and the forced-labour and "
                    "interview-safeguard modules. Untick what this visit does not need.")
            .replace("%1", sector_label(self._sector) if self._sector else "")
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        establishment_id = self._wizard.establishment_id()
        visit = self._wizard.visit_step.values()
        key = (establishment_id, visit["visit_type"], visit["previous_inspection_id"])
        if key == self._preselected_for:
            return
        self._preselected_for = key
        self.base.clear()
        self.addons.clear()
        self.note.clear()
        store, day = self._wizard.ctx.store, visit["visit_date"]
        self._loader.load(lambda: templates.templates_in_force(store, day), self._offer)

    def _offer(self, choices: tuple[TemplateChoice, ...]) -> None:
        sector = self._wizard.establishment_sector()
        visit = self._wizard.visit_step.values()
        self._titles = {t.id: t.title for t in choices}
        self._sector = sector
        bases = [t for t in choices if t.kind == "base"]
        earlier = self._wizard.visit_step.earlier() if visit["visit_type"] == "follow_up" else None
        same = earlier.template_code if earlier is not None else None  # a follow-up checks what was checked
        bases.sort(key=lambda t: (t.code != same, t.sector != sector, t.sector != "general", t.code))
        self.base.clear()
        for t in bases:
            self.base.addItem(localised(t.title), t.id)
            self.base.setItemData(self.base.count() - 1, f"{t.code} v{t.version}", Qt.ItemDataRole.ToolTipRole)
        wanted_sectors = {sector}
        if visit["visit_type"] == "pipo":
            wanted_sectors.add("fishing")  # Port-In Port-Out inspections are of fishing vessels
        self.addons.clear()
        extras = sorted((t for t in choices if t.kind != "base"), key=lambda t: (t.kind != "addon", t.code))
        for t in extras:
            checked = (t.kind == "addon" and t.sector in wanted_sectors) or t.code in DEFAULT_MODULES
            item = _checkable(localised(t.title), t.id, checked)
            item.setToolTip(f"{t.code} v{t.version}")
            self.addons.addItem(item)
        self._show_note()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._loader.busy and self.base.currentData() is not None

    def values(self) -> dict[str, Any]:
        return {"template_id": self.base.currentData(), "addon_template_ids": _checked_values(self.addons)}


class TeamStep(QWizardPage):
    def __init__(self, wizard: NewInspectionWizard):
        super().__init__()
        self._wizard = wizard
        self._filled = False
        self._coordinator_languages: dict[str, tuple[str, list[str]]] = {}  # id: (name, language codes)
        self.team = _list("", "team")
        self.coordinators = _list("", "coordinators")
        self.error = WrapLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.loading = LoadingNotice()
        self._loader = Loader(wizard.ctx, self, self.loading)
        self._add_gender_request()
        self.team_label = team_label = QLabel()
        team_label.setBuddy(self.team)
        self.coordinators_label = coordinators_label = QLabel()
        coordinators_label.setBuddy(self.coordinators)
        columns = QHBoxLayout()
        for title, widget, stretch in ((team_label, self.team, 2), (coordinators_label, self.coordinators, 3)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(widget)
            columns.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.loading)
        layout.addLayout(self.gender_row)
        layout.addWidget(self.gender_warning)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team and language coordinator"))
        self.setSubTitle(self.tr("Who is inspecting, and who interprets for the workers?"))
        self.team.setAccessibleName(self.tr("Inspection team"))
        self.coordinators.setAccessibleName(self.tr("Language coordinators"))
        self.team_label.setText(self.tr("&Inspectors"))
        self.coordinators_label.setText(self.tr("&Language coordinators"))
        self.gender_request.setAccessibleName(self.tr("Interpreter gender requested by a worker"))
        for row, text in enumerate((self.tr("No worker has asked for an interpreter of a particular gender"),
                                    self.tr("A worker asked for a female interpreter"),
                                    self.tr("A worker asked for a male interpreter"))):
            self.gender_request.setItemText(row, text)
        self.request_label.setText(self.tr("Interpreter &request"))
        for row in range(self.team.count()):
            item = self.team.item(row)
            item.setText(self._member_text(item.data(ROLE_VALUE)))
        for row in range(self.coordinators.count()):
            item = self.coordinators.item(row)
            name, languages = self._coordinator_languages[item.data(ROLE_VALUE)]
            item.setText(self._coordinator_text(name, languages))
            if item.toolTip():
                item.setToolTip(self.tr("Has not declared that they have no tie to the employer or a broker."))
        if self._filled:
            self.update_gender_warning()

    def _member_text(self, member: dict[str, Any]) -> str:
        if member["user_id"] == self._wizard.ctx.store.user_id:
            return self.tr("%1 (lead inspector)").replace("%1", member["name"])
        return member["name"]

    @staticmethod
    def _coordinator_text(name: str, languages: list[str]) -> str:
        shown = languages_text(languages)
        return f"{name} — {shown}" if shown else name

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self._filled:
            return
        self._filled = True
        store = self._wizard.ctx.store
        self._loader.load(lambda: new_inspection.team_choices(store), self._offer)

    def _offer(self, choices: TeamChoices) -> None:
        store = self._wizard.ctx.store
        users, coordinators = choices.inspectors, choices.coordinators
        lead = [u for u in users if u.id == store.user_id]
        for user in lead + [u for u in users if u.id != store.user_id]:
            is_lead = user.id == store.user_id
            member = {"user_id": user.id, "name": user.display_name}
            self.team.addItem(_checkable(self._member_text(member), member, checked=is_lead, fixed=is_lead))
        for coordinator in coordinators:
            languages = list(coordinator.languages or ())
            self._coordinator_languages[coordinator.id] = (coordinator.full_name, languages)
            item = _checkable(self._coordinator_text(coordinator.full_name, languages), coordinator.id)
            item.setData(ROLE_GENDER, coordinator.gender)
            if not coordinator.no_conflict_declared:
                item.setToolTip(self.tr("Has not declared that they have no tie to the employer or a broker."))
            self.coordinators.addItem(item)
        self.update_gender_warning()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._filled and not self._loader.busy

    def values(self) -> dict[str, Any]:
        return {"team": _checked_values(self.team), "coordinator_ids": _checked_values(self.coordinators)}

    # -- a worker's request for an interpreter of the same gender (a warning, never a block) ------

    def _add_gender_request(self) -> None:
        self.gender_request = QComboBox()
        self.gender_request.setObjectName("interpreterGenderRequest")
        for code in (None, "female", "male"):
            self.gender_request.addItem("", code)
        self.request_label = request_label = QLabel()
        request_label.setBuddy(self.gender_request)
        self.gender_row = QHBoxLayout()
        self.gender_row.addWidget(request_label)
        self.gender_row.addWidget(self.gender_request, 1)
        self.gender_warning = WrapLabel()  # Burmese, Khmer and Lao wrap between words
        self.gender_warning.setObjectName("genderWarning")
        self.gender_warning.setStyleSheet(HINT_STYLE)
        self.gender_warning.hide()
        self.gender_request.currentIndexChanged.connect(self.update_gender_warning)
        self.coordinators.itemChanged.connect(lambda _item: self.update_gender_warning())

    def update_gender_warning(self) -> str:
        """Warn when a worker asked for a female (male) interpreter and no chosen coordinator is one."""
        wanted = self.gender_request.currentData()
        items = [self.coordinators.item(i) for i in range(self.coordinators.count())]
        chosen = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        text = ""
        if wanted and not any(i.data(ROLE_GENDER) == wanted for i in chosen):
            others = [i.text().split(" — ")[0] for i in items if i not in chosen and i.data(ROLE_GENDER) == wanted]
            if wanted == "female":
                text = self.tr("A worker asked for a female interpreter, but none of the chosen language "
                               "coordinators is recorded as female.")
                text += " " + (self.tr("Female coordinators you could add: %1.").replace("%1", ", ".join(others))
                               if others else self.tr("No female coordinator is recorded on this laptop."))
            else:
                text = self.tr("A worker asked for a male interpreter, but none of the chosen language "
                               "coordinators is recorded as male.")
                text += " " + (self.tr("Male coordinators you could add: %1.").replace("%1", ", ".join(others))
                               if others else self.tr("No male coordinator is recorded on this laptop."))
        self.gender_warning.setText(text)
        self.gender_warning.setVisible(bool(text))
        return text

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


# --------------------------------------------------------------------------- wizard


class NewInspectionWizard(QWizard):
    """Emits `created(inspection_id)` once the inspection exists, then closes."""

    created = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, establishment_id: str | None = None,
                 follow_up_of: str | None = None):
        """`establishment_id` preselects the workplace; `follow_up_of` (a visit of it, this laptop's or one HQ
        published) makes this a follow-up of that visit."""
        super().__init__(parent)
        self.ctx = ctx
        self._saving = False
        self.setObjectName("newInspectionWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.retranslate()
        self.establishment_step = EstablishmentStep(self)
        self.visit_step = VisitStep(self)
        self.checklist_step = ChecklistStep(self)
        self.team_step = TeamStep(self)
        for page in (self.establishment_step, self.visit_step, self.checklist_step, self.team_step):
            self.addPage(page)
        make_room_for_scripts(self)
        self.resize(820, 660)  # Burmese rows are tall: every checklist module in view, within a 1366×768 screen
        if establishment_id:
            self.establishment_step.picker.select_id(establishment_id)
        if follow_up_of:
            self.visit_step.wanted_previous = follow_up_of
            self.visit_step.visit_type.setCurrentIndex(self.visit_step.visit_type.findData("follow_up"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New inspection"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &inspection"))

    # -- what the pages chose -----------------------------------------------------------

    def establishment_id(self) -> str | None:
        return self.establishment_step.picker.selected_id()

    def establishment_sector(self) -> str | None:
        row = self.establishment_step.picker.selected_row()
        return row.sector if row else None

    def request(self) -> dict[str, Any]:
        """The keyword arguments for `inspections.create_inspection` (what was chosen on every page)."""
        return {
            "establishment_id": self.establishment_id(),
            **self.visit_step.values(),
            **self.checklist_step.values(),
            **self.team_step.values(),
        }

    # -- finishing ----------------------------------------------------------------------

    def accept(self) -> None:
        if self._saving or not self.currentPage().isComplete() or not self.validateCurrentPage():
            return
        request = self.request()
        store = self.ctx.store
        self.team_step.show_error("")
        self._set_saving(True)
        earlier = request["previous_inspection_id"]
        if request["visit_type"] == "follow_up" and earlier:
            # The worklist's way: the earlier visit's open findings come as items to verify.
            follow_up = {key: request[key] for key in ("visit_date", "template_id", "establishment_id",
                                                       "addon_template_ids", "coordinator_ids", "team")}
            self.ctx.write(lambda: followups.start_follow_up(store, earlier, **follow_up),
                           on_success=self._created, on_failure=self._failed, owner=self)
            return
        self.ctx.write(lambda: inspections.create_inspection(store, **request),
                       on_success=self._created, on_failure=self._failed, owner=self)

    def _created(self, changes: ChangeSet) -> None:
        if not isValid(self):  # closed with its parent while the write ran
            return
        self._set_saving(False)
        self.created.emit(changes.created("inspections"))
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_saving(False)
        say_error(self.team_step.error, exc)
        self.team_step.error.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not saving)

    def reject(self) -> None:
        if not self._saving:
            super().reject()
