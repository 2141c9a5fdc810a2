"""An establishment's file, in a window of its own beside the list or the open inspection.

Every visit of the workplace (this laptop's, and other laptops' that HQ published, never any
sealed content), the open findings with their deadlines, repeated violations, the last S1
finding, the workforce and nationality mix over time, and what HQ found across visits (a
repeat of document retention). One read off the GUI thread (`core.views.establishment_file`
and `core.views.establishment_flags`); the window reads again when a change touches the file.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import ChangeSet
from ..core.file_summary import FileFinding, RepeatedItem, WorkforcePoint
from ..core.services.published_apply import CHANGED_FILES
from ..core.services.sync_apply import CHANGED_FLAGS
from ..core.views.establishment_file import EstablishmentFile, FileVisit, establishment_file, file_of_inspection
from ..core.views.establishment_flags import EstablishmentFlag, establishment_flags
from .context import UiContext
from .editor.findings_tab import status_label as finding_status_label
from .editor.documents_box import type_label
from .establishments_model import nationality_label, sector_label
from .followup_labels import OVERDUE_COLOUR, citation, due_text, outcome_label, place_name, source_label, title_in_language
from .inspections_model import format_date, status_label, visit_type_label
from .loading import Loader, LoadingNotice
from .widgets import WrapLabel, record_table

Index = QModelIndex | QPersistentModelIndex
WATCHED = ("inspections", "findings", "finding_verifications", "establishments", CHANGED_FILES, CHANGED_FLAGS)
RELOAD_AFTER_CHANGE_MS = 300
WIDEST_COLUMN = 230


@dataclass(frozen=True)
class FileContent:
    file: EstablishmentFile
    flags: tuple[EstablishmentFlag, ...]


def read_file(store: Any, *, establishment_id: str | None = None, inspection_id: str | None = None,
              today: date | None = None) -> FileContent:
    """The file and HQ's flags on it (runs off the GUI thread)."""
    if establishment_id is not None:
        file = establishment_file(store, establishment_id, today=today)
    else:
        assert inspection_id is not None
        file = file_of_inspection(store, inspection_id, today=today)
    own = file.header.establishment_id
    return FileContent(file, tuple(establishment_flags(store, own)) if own else ())


def _day(text: str | None) -> str:
    try:
        return format_date(date.fromisoformat(text[:10])) if text else ""
    except ValueError:
        return text or ""


class _Rows(QAbstractTableModel):
    """A read-only table of plain rows; subclasses name the columns and say what each cell shows."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today = date.today()
        self.file: EstablishmentFile | None = None

    def set_rows(self, rows: list[Any], today: date, file: EstablishmentFile | None = None) -> None:
        self.beginResetModel()
        self.rows, self.today, self.file = rows, today, file
        self.endResetModel()

    def title(self, row: FileFinding | RepeatedItem) -> str:
        """A finding's title as every screen names it (the checklist's words on a Burmese, Khmer or Lao screen)."""
        labels = self.file.labels(row.item_code, row.title_th, row.title_en) if self.file is not None else None
        return title_in_language(row.title_th, row.title_en, row.item_code or "", labels)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def warn(self, row: Any, column: int) -> bool:
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row
        if self.warn(row, index.column()):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))


class VisitsModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Visit date"), self.tr("Reference"), self.tr("Visit type"), self.tr("Status"),
                self.tr("Findings"), self.tr("Follow-up"), self.tr("Recorded on"))

    def cell(self, row: FileVisit, column: int) -> str:
        if column == 0:
            return _day(row.visit_date)
        if column == 1:
            return row.reference
        if column == 2:
            return visit_type_label(row.visit_type)
        if column == 3:
            return status_label(row.status)
        if column == 4:
            text = self.tr("%n findings", "", row.findings)
            if row.findings:
                text += " · " + self.tr("%n open", "", row.open_findings)
            if row.s1_findings:
                text += " · " + self.tr("%n S1", "", row.s1_findings)
            if row.verified:
                text += " · " + self.tr("verified %n earlier findings", "", row.verified)
            return text
        if column == 5:
            if row.followed_by:
                return self.tr("Followed up by %1").replace("%1", ", ".join(row.followed_by))
            if row.follow_up_date:
                return self.tr("Planned for %1").replace("%1", _day(row.follow_up_date))
            return ""
        return source_label(row.source)


class OpenFindingsModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Deadline"), self.tr("Overdue?"), self.tr("Severity"), self.tr("Finding"),
                self.tr("Legal basis"), self.tr("Visit"), self.tr("Last verification"))

    def cell(self, row: FileFinding, column: int) -> str:
        if column == 0:
            return _day(row.deadline) or self.tr("No deadline")
        if column == 1:
            if not row.deadline:
                return ""
            return due_text((self.today - date.fromisoformat(row.deadline[:10])).days)
        if column == 2:
            return row.severity
        if column == 3:
            return self.title(row)
        if column == 4:
            return ", ".join(citation(ref) for ref in row.legal_refs)
        if column == 5:
            return f"{row.reference} · {_day(row.visit_date)}"
        if row.last_outcome:
            return outcome_label(row.last_outcome) + (f" · {_day(row.last_verified_on)}" if row.last_verified_on
                                                      else "")
        return ""

    def warn(self, row: FileFinding, column: int) -> bool:
        return column in (0, 1) and row.overdue(self.today)


class RepeatedModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Checklist item"), self.tr("Finding"), self.tr("Most serious"), self.tr("Cited"),
                self.tr("Visits"))

    def cell(self, row: RepeatedItem, column: int) -> str:
        if column == 0:
            return row.item_code
        if column == 1:
            return self.title(row)
        if column == 2:
            return row.severity
        if column == 3:
            return self.tr("%n visits", "", row.times)
        return "; ".join(f"{v.reference} ({_day(v.visit_date)}, {finding_status_label(v.status)})"
                         if v.status in ("open", "remedied", "referred", "prosecuted", "dismissed")
                         else f"{v.reference} ({_day(v.visit_date)})" for v in row.visits)

    def warn(self, row: RepeatedItem, column: int) -> bool:
        return column == 3


class WorkforceModel(_Rows):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Visit date"), self.tr("Reference"), self.tr("Men"), self.tr("Women"), self.tr("Total"),
                self.tr("Under 18"), self.tr("Nationality mix"))

    def cell(self, row: WorkforcePoint, column: int) -> str:
        if column == 0:
            return _day(row.visit_date)
        if column == 1:
            return row.reference
        if column in (2, 3, 4, 5):
            return str((row.male, row.female, row.total, row.under18)[column - 2])
        counted = sum(n for _code, n in row.by_nationality)
        return " · ".join(f"{nationality_label(code)} {n} ({round(100 * n / counted)}%)"
                          for code, n in row.by_nationality if n) if counted else self.tr("Not recorded")

    def warn(self, row: WorkforcePoint, column: int) -> bool:
        return column == 5 and row.under18 > 0


def _sized_table(name: str, model: QAbstractTableModel, stretch: int) -> QTableView:
    """A table as tall as its rows: the page scrolls, not each table."""
    table = record_table(name, model)
    table.setSortingEnabled(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _size_columns(table: QTableView, stretch: int, whole: Collection[int] = ()) -> None:
    """Columns as wide as their words, none wider than a sixth of a 1366-pixel screen (the rest is in the
    tooltip) but the `whole` ones (a visit's reference and date); the main column takes the room left."""
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    for column in range(header.count()):
        if column != stretch and column not in whole:
            header.resizeSection(column, min(header.sectionSize(column), WIDEST_COLUMN))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _fit_height(table: QTableView) -> None:
    rows = table.model().rowCount()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(n) for n in range(rows))
    scroll = table.horizontalScrollBar()
    if scroll.maximum() > 0:
        height += scroll.sizeHint().height()
    table.setFixedHeight(height + 2)


class EstablishmentFileWindow(QWidget):
    """The file of one workplace (by establishment id, or by an inspection made there)."""

    openInspection = Signal(str)  # noqa: N815 - a visit recorded on this laptop, to open in the editor
    followUpRequested = Signal(str, str)  # noqa: N815 - (this laptop's establishment id, the visit to follow up)

    def __init__(self, ctx: UiContext, *, establishment_id: str | None = None, inspection_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        if (establishment_id is None) == (inspection_id is None):
            raise ValueError("a file is opened by an establishment id or by an inspection id")
        self.ctx = ctx
        self.setObjectName("establishmentFile")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.establishment_id, self.inspection_id = establishment_id, inspection_id
        self.today: date | None = None  # tests set the day
        self.content: FileContent | None = None
        self.loading = LoadingNotice()
        self._loader = Loader(ctx, self, self.loading)
        self._reload_soon = QTimer(self, singleShot=True, interval=RELOAD_AFTER_CHANGE_MS)
        self._reload_soon.timeout.connect(self.reload)

        self.title = WrapLabel()
        self.title.setObjectName("fileTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = WrapLabel()
        self.details.setObjectName("fileDetails")
        self.note = WrapLabel()
        self.note.setObjectName("fileNote")
        self.note.setStyleSheet("color: #555")
        self.flags = WrapLabel()
        self.flags.setObjectName("fileFlags")
        self.flags.setStyleSheet("background: #fde7e9; color: #7a0014; padding: 8px; border: 1px solid #b00020; "
                                 "border-radius: 4px")
        self.last_s1 = WrapLabel()
        self.last_s1.setObjectName("fileLastS1")
        self.last_s1.setStyleSheet("background: #fff3cd; color: #5c4300; padding: 8px; border-radius: 4px")

        self.visits_model, self.findings_model = VisitsModel(self), OpenFindingsModel(self)
        self.repeated_model, self.workforce_model = RepeatedModel(self), WorkforceModel(self)
        self.visits = _sized_table("fileVisits", self.visits_model, 4)
        self.findings = _sized_table("fileOpenFindings", self.findings_model, 3)
        self.repeated = _sized_table("fileRepeated", self.repeated_model, 4)
        self.workforce = _sized_table("fileWorkforce", self.workforce_model, 6)
        self.visits.doubleClicked.connect(lambda _i: self.open_selected_visit())
        self.visits.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.open_visit = QPushButton()
        self.open_visit.setObjectName("openVisit")
        self.open_visit.clicked.connect(self.open_selected_visit)
        self.follow_up = QPushButton()
        self.follow_up.setObjectName("followUpVisit")
        self.follow_up.clicked.connect(self.follow_up_selected_visit)
        self.empty: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.details)
        column.addWidget(self.note)
        column.addWidget(self.flags)
        column.addWidget(self.last_s1)
        for key, table, extra in (("visits", self.visits, (self.open_visit, self.follow_up)),
                                  ("findings", self.findings, ()), ("repeated", self.repeated, ()),
                                  ("workforce", self.workforce, ())):
            group = QGroupBox()
            group.setObjectName(f"fileSection_{key}")
            inner = QVBoxLayout(group)
            empty = WrapLabel()
            empty.setStyleSheet("color: #555")
            inner.addWidget(empty)
            inner.addWidget(table)
            if extra:
                row = QHBoxLayout()
                for button in extra:
                    row.addWidget(button)
                row.addStretch(1)
                inner.addLayout(row)
            self.empty[key], self.groups[key] = empty, group
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("fileScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        for label in (self.note, self.flags, self.last_s1):
            label.hide()
        ctx.hub.changed.connect(self._on_changed)
        self.resize(1100, 680)
        self.retranslate()
        self.reload()

    # -- reading ------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loader.has_loaded

    def reload(self) -> None:
        store, establishment_id, inspection_id = self.ctx.store, self.establishment_id, self.inspection_id
        today = self.today

        def read() -> FileContent:
            return read_file(store, establishment_id=establishment_id, inspection_id=inspection_id, today=today)

        self._loader.load(read, self._show)

    def _show(self, content: FileContent) -> None:
        self.content = content
        file = content.file
        if file.header.establishment_id and self.establishment_id is None:
            # Read by the establishment from now on: the inspection may be deleted, the workplace stays.
            self.establishment_id, self.inspection_id = file.header.establishment_id, None
        self.visits_model.set_rows(list(file.visits), file.today)
        self.findings_model.set_rows(list(file.open_findings), file.today, file)
        self.repeated_model.set_rows(list(file.repeated), file.today, file)
        self.workforce_model.set_rows(list(file.workforce), file.today)
        self._size_tables()
        self._render()
        self._update_buttons()

    def _size_tables(self) -> None:
        for table, stretch, whole in ((self.visits, 4, ()), (self.findings, 3, (5, 6)), (self.repeated, 4, ()),
                                      (self.workforce, 6, ())):
            _size_columns(table, stretch, whole)  # an open finding's visit and verification dated whole

    def _render(self) -> None:
        content = self.content
        if content is None:
            self.setWindowTitle(self.tr("Establishment file"))
            return
        file, header = content.file, content.file.header
        name = header.name_th if not header.name_en else f"{header.name_th} ({header.name_en})"
        self.setWindowTitle(self.tr("Establishment file — %1").replace("%1", name))
        self.title.setText(name)
        parts = []
        if header.registration_no:
            parts.append(self.tr("Registration no. %1").replace("%1", header.registration_no))
        if header.social_security_no:
            parts.append(self.tr("Social Security no. %1").replace("%1", header.social_security_no))
        if header.sector:
            parts.append(sector_label(header.sector))
        where = ", ".join(p for p in (place_name(header.subdistrict_code), place_name(header.district_code),
                                      place_name(header.province_code)) if p)
        if where:
            parts.append(where)
        self.details.setText(" · ".join(parts))
        notes = []
        if header.records_elsewhere:
            notes.append(self.tr("HQ counts %n records made on other laptops as this same workplace; their "
                                 "visits are listed here without any sealed content.", "", header.records_elsewhere))
        if header.establishment_id is None:
            notes.append(self.tr("This laptop has no record of this workplace yet: what is shown comes from HQ."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self._render_flags(content.flags)
        self._render_last_s1(file.last_s1)
        overdue = len(file.overdue())
        titles = {
            "visits": self.tr("Visits (%n), newest first", "", len(file.visits)),
            "findings": self.tr("Open findings (%n)", "", len(file.open_findings))
            + (" · " + self.tr("%n overdue", "", overdue) if overdue else ""),
            "repeated": self.tr("Repeated violations: the same item cited at two or more visits (%n)", "",
                                len(file.repeated)),
            "workforce": self.tr("Workforce and nationality mix over time"),
        }
        empties = {"visits": self.tr("No visit is recorded yet."), "findings": self.tr("No finding is open."),
                   "repeated": self.tr("No checklist item has been cited at more than one visit."),
                   "workforce": self.tr("No visit is recorded yet.")}
        counts = {"visits": len(file.visits), "findings": len(file.open_findings), "repeated": len(file.repeated),
                  "workforce": len(file.workforce)}
        tables = {"visits": self.visits, "findings": self.findings, "repeated": self.repeated,
                  "workforce": self.workforce}
        for key, group in self.groups.items():
            group.setTitle(titles[key])
            self.empty[key].setText(empties[key])
            self.empty[key].setVisible(counts[key] == 0)
            tables[key].setVisible(counts[key] > 0)
            _fit_height(tables[key])

    def _render_flags(self, flags: tuple[EstablishmentFlag, ...]) -> None:
        lines = []
        for flag in flags:
            visits = ", ".join(f"{v.reference or '?'} ({format_date(v.visit_date) if v.visit_date else '?'})"
                               for v in flag.visits)
            if flag.flag == "document_retention_repeat":
                lines.append(self.tr("⚠ Repeat document retention (found by HQ): workers' documents (%1) held "
                                     "by the employer at %n visits: %2.", "", flag.times)
                             .replace("%1", type_label(flag.doc_type) if flag.doc_type else self.tr("documents"))
                             .replace("%2", visits))
            else:
                lines.append(self.tr("⚠ HQ flag %1 at %n visits: %2.", "", flag.times)
                             .replace("%1", flag.flag).replace("%2", visits))
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))

    def _render_last_s1(self, finding: FileFinding | None) -> None:
        if finding is None:
            self.last_s1.hide()
            return
        text = self.tr("Last S1 finding (possible forced labour, trafficking or child labour): %1 — visit %2 on %3; "
                       "now: %4.").replace("%1", self.findings_model.title(finding)) \
            .replace("%2", finding.reference).replace("%3", _day(finding.visit_date)) \
            .replace("%4", finding_status_label(finding.status) if finding.status in (
                "open", "remedied", "referred", "prosecuted", "dismissed") else finding.status)
        if finding.last_outcome:
            text += " " + self.tr("Last verified: %1.").replace(
                "%1", outcome_label(finding.last_outcome)
                + (f" ({_day(finding.last_verified_on)})" if finding.last_verified_on else ""))
        self.last_s1.setText(text)
        self.last_s1.show()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.open_visit.setText(self.tr("Open the visit"))
        self.open_visit.setToolTip(self.tr("Visits recorded on other laptops are shown here only: HQ keeps them."))
        self.follow_up.setText(self.tr("Start a follow-up of this visit…"))
        self.follow_up.setToolTip(self.tr("A new visit of this workplace that verifies the open findings of the "
                                          "chosen visit, wherever it was recorded."))
        self.close_button.setText(self.tr("Close"))
        self.loading.retranslate()
        for model in (self.visits_model, self.findings_model, self.repeated_model, self.workforce_model):
            model.retranslate()
        self._size_tables()  # the words changed width with the language
        self._render()

    # -- acting -------------------------------------------------------------------------------

    def selected_visit(self) -> FileVisit | None:
        index = self.visits.currentIndex()
        return self.visits_model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        visit = self.selected_visit()
        self.open_visit.setEnabled(visit is not None and visit.source == "laptop")
        own = self.content.file.header.establishment_id if self.content is not None else None
        self.follow_up.setEnabled(visit is not None and own is not None)

    def open_selected_visit(self) -> None:
        visit = self.selected_visit()
        if visit is not None and visit.source == "laptop":
            self.openInspection.emit(visit.inspection_id)

    def follow_up_selected_visit(self) -> None:
        visit, own = self.selected_visit(), self.content.file.header.establishment_id if self.content else None
        if visit is not None and own is not None:
            self.followUpRequested.emit(own, visit.inspection_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(changes.touches(entity) for entity in WATCHED):
            self._reload_soon.start()
