"""The Follow-ups page: findings due and overdue and planned follow-up visits, by due date.

One list, earliest due first, read off the GUI thread (`core.views.followups.worklist`): open
findings whose deadline is past or near, and follow-up visits planned at earlier visits and not
made yet, this laptop's and those HQ published for its provinces. An overdue row says so in words
(and in red, with a warning sign). "Start follow-up visit" starts a visit that carries the earlier
visit's open findings to verify (`services.followups.start_follow_up`) and opens it in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import ChangeSet
from ..core.services import followups
from ..core.services.published_apply import CHANGED_FILES
from ..core.views import followups as followup_views
from ..core.views.followups import DueFinding, PlannedVisit, Worklist
from .context import UiContext
from .followup_labels import OVERDUE_COLOUR, due_text, place_name, source_label, title_in_language
from .inspections_model import ROLE_ID, ROLE_SORT, format_date
from .loading import Loader, LoadingNotice
from .messages import error_text
from .widgets import WrapLabel, record_table

Index = QModelIndex | QPersistentModelIndex
RELOAD_AFTER_CHANGE_MS = 300
WATCHED = ("inspections", "findings", "finding_verifications", "establishments", CHANGED_FILES)


@dataclass(frozen=True, slots=True)
class WorkRow:
    """One line of the list: a finding due, or a planned follow-up visit."""

    kind: str  # "finding" | "visit"
    due: date
    days_overdue: int
    severity: str
    title_th: str | None
    title_en: str | None
    open_findings: int  # a visit: its findings still open
    establishment: str
    district_code: str | None
    earlier_inspection_id: str  # the visit a follow-up would follow
    earlier_reference: str
    earlier_visit_date: str
    source: str
    finding_id: str | None
    follow_up_id: str | None  # a follow-up visit on this laptop already verifying it
    establishment_id: str | None

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@lru_cache(maxsize=4096)
def _establishment(name_th: str, name_en: str | None) -> str:
    # cached: tens of thousands of rows name the same few thousand places, each with one copy of its name
    return name_th if not name_en else f"{name_th} ({name_en})"


def work_rows(worklist: Worklist) -> list[WorkRow]:
    """The worklist's findings and planned visits as one list, earliest due first (a visit before its findings)."""
    rows = [_finding_row(f) for f in worklist.findings] + [_visit_row(v) for v in worklist.visits]
    _establishment.cache_clear()
    rows.sort(key=lambda r: (r.due, r.kind != "visit", r.earlier_reference, r.finding_id or ""))
    return rows


def _finding_row(f: DueFinding) -> WorkRow:
    return WorkRow("finding", f.deadline, f.days_overdue, f.severity, f.title_th, f.title_en, 0,
                   _establishment(f.place.name_th, f.place.name_en), f.place.district_code, f.inspection_id,
                   f.reference, f.visit_date, f.source, f.finding_id, f.follow_up_id, f.place.establishment_id)


def _visit_row(v: PlannedVisit) -> WorkRow:
    return WorkRow("visit", v.follow_up_date, v.days_overdue, "", None, None, v.open_findings,
                   _establishment(v.place.name_th, v.place.name_en), v.place.district_code, v.inspection_id,
                   v.reference, v.visit_date, v.source, None, None, v.place.establishment_id)


class WorklistModel(QAbstractTableModel):
    COLUMNS = ("due", "when", "item", "establishment", "earlier")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[WorkRow] = []

    def set_rows(self, rows: list[WorkRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"due": self.tr("Due"), "when": self.tr("Overdue?"), "item": self.tr("What is due"),
                "establishment": self.tr("Establishment"), "earlier": self.tr("Earlier visit")}[self.COLUMNS[section]]

    def item_text(self, row: WorkRow) -> str:
        if row.kind == "visit":
            return self.tr("Planned follow-up visit (%n open finding(s))", "", row.open_findings)
        title = title_in_language(row.title_th, row.title_en, self.tr("Finding"))
        return f"{row.severity} · {title}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROLE_ID:
            return row.earlier_inspection_id
        if role == ROLE_SORT:
            if column in ("due", "when"):
                return row.due.isoformat()
            return self.data(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "due":
                return format_date(row.due)
            if column == "when":
                return due_text(row.days_overdue)
            if column == "item":
                return self.item_text(row)
            if column == "establishment":
                district = place_name(row.district_code)
                return f"{row.establishment} · {district}" if district else row.establishment
            parts = [row.earlier_reference]
            if _iso(row.earlier_visit_date):
                parts.append(format_date(date.fromisoformat(row.earlier_visit_date)))
            if row.source != "laptop":  # another laptop's visit, which HQ published: it cannot be opened here
                parts.append(source_label(row.source))
            return " · ".join(parts)
        if column == "when" and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                from PySide6.QtWidgets import QApplication

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


def _iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


class DistrictProxy(QSortFilterProxyModel):
    """Rows of one district (None: all), sorted by the column's sort key."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.district: str | None = None
        self.setSortRole(ROLE_SORT)

    def set_district(self, district: str | None) -> None:
        self.beginFilterChange()
        self.district = district
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        if self.district is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, WorklistModel)
        return model.rows[source_row].district_code == self.district


class FollowUpsPage(QWidget):
    openInspection = Signal(str)  # noqa: N815 - Qt signal naming
    openFile = Signal(str)  # noqa: N815 - an inspection id: its establishment's file

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followUpsPage")
        self.today: date | None = None  # tests set the day; the app reads the clock at each read
        self._starting = False
        self.loading = LoadingNotice()
        self._loader = Loader(ctx, self, self.loading)
        self._reload_soon = QTimer(self, singleShot=True, interval=RELOAD_AFTER_CHANGE_MS)
        self._reload_soon.timeout.connect(self.reload)
        self._read_on: date | None = None
        self._answered = False  # the list shows a read (the summary speaks only then)
        self._shown_rows = False  # columns are sized once, from the first rows

        self.title = QLabel()
        self.title.setObjectName("followUpsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = WrapLabel()
        self.summary.setObjectName("followUpsSummary")
        self.district = QComboBox()
        self.district.setObjectName("districtFilter")
        self.district.addItem("", None)
        self.district.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overdue_only = QCheckBox()
        self.overdue_only.setObjectName("overdueOnly")
        self.within_label = QLabel()
        self.within = QSpinBox()
        self.within.setObjectName("lookAheadDays")
        self.within.setRange(0, 365)
        self.within.setValue(followup_views.DEFAULT_WITHIN_DAYS)
        self.within_label.setBuddy(self.within)

        self.model = WorklistModel(self)
        self.proxy = DistrictProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("followUpsTable", self.proxy)
        self.table.setSortingEnabled(False)  # the list's order is the due date; a click on a header sorts
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.start_or_open())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.start_or_open,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.start_button = QPushButton()
        self.start_button.setObjectName("startFollowUp")
        self.start_button.clicked.connect(self.start_or_open)
        self.file_button = QPushButton()
        self.file_button.setObjectName("openEstablishmentFile")
        self.file_button.clicked.connect(self._open_file)
        self.error = WrapLabel()
        self.error.setObjectName("followUpsError")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.district)
        filters.addWidget(self.overdue_only)
        filters.addSpacing(12)
        filters.addWidget(self.within_label)
        filters.addWidget(self.within)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.file_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        self.district.currentIndexChanged.connect(self._district_chosen)
        self.overdue_only.toggled.connect(lambda _on: self.reload())
        self.within.valueChanged.connect(lambda _n: self._reload_soon.start())
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()
        self._update_buttons()
        self.reload()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Follow-ups"))
        self.district.setItemText(0, self.tr("All districts"))
        for n in range(1, self.district.count()):
            self.district.setItemText(n, place_name(self.district.itemData(n)))
        self.district.setAccessibleName(self.tr("District filter"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.within_label.setText(self.tr("Look ahead (days):"))
        self.within.setAccessibleName(self.tr("Look ahead, in days"))
        self.table.setAccessibleName(self.tr("Findings due and planned follow-up visits"))
        self.file_button.setText(self.tr("Establishment file"))
        self.loading.retranslate()
        self._update_buttons()
        self._show_summary()
        rows = self.model.rowCount()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, self.model.columnCount() - 1))

    # -- reading ------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loader.has_loaded

    def reload(self) -> None:
        store, today = self.ctx.store, self.today or date.today()
        within, overdue = self.within.value(), self.overdue_only.isChecked()
        self._read_on = today
        self._loader.load(lambda: followup_views.worklist(store, today=today, within_days=within,
                                                          overdue_only=overdue), self._show)

    def _show(self, worklist: Worklist) -> None:
        self._answered = True
        keep = self.selected()
        self.model.set_rows(work_rows(worklist))
        self._fill_districts()
        self._show_summary()
        if keep is not None:
            for n in range(self.proxy.rowCount()):
                row = self.model.rows[self.proxy.mapToSource(self.proxy.index(n, 0)).row()]
                if (row.kind, row.earlier_inspection_id, row.finding_id) == (keep.kind, keep.earlier_inspection_id,
                                                                             keep.finding_id):
                    self.table.selectRow(n)
                    break
        if not self._shown_rows and self.model.rows:
            self._size_columns()
        self._shown_rows = self._shown_rows or bool(self.model.rows)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Sized once from the first rows; what is due gets the room left, long names are cut (tooltips)."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column, widest in ((3, 260), (4, 240)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fill_districts(self) -> None:
        chosen = self.district.currentData()
        codes = sorted({r.district_code for r in self.model.rows if r.district_code} | ({chosen} - {None}),
                       key=place_name)
        self.district.blockSignals(True)
        while self.district.count() > 1:
            self.district.removeItem(1)
        for code in codes:
            self.district.addItem(place_name(code), code)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))
        self.district.blockSignals(False)

    def _district_chosen(self) -> None:
        self.proxy.set_district(self.district.currentData())
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        shown = [self.model.rows[self.proxy.mapToSource(self.proxy.index(n, 0)).row()]
                 for n in range(self.proxy.rowCount())]
        findings = [r for r in shown if r.kind == "finding"]
        visits = [r for r in shown if r.kind == "visit"]
        overdue = sum(1 for r in shown if r.overdue)
        if not self._answered:
            self.summary.setText("")
        elif not shown:
            self.summary.setText(self.tr("Nothing is due: no open finding has a deadline in this period, and no "
                                         "follow-up visit is planned."))
        else:
            self.summary.setText(
                self.tr("%n finding(s) due", "", len(findings)) + " · "
                + self.tr("%n planned follow-up visit(s)", "", len(visits)) + " · "
                + self.tr("%n overdue", "", overdue))

    def selected(self) -> WorkRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def select_row(self, proxy_row: int) -> None:
        self.table.selectRow(proxy_row)
        self._update_buttons()

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if header.sortIndicatorSection() == column and \
            header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.proxy.sort(column, order)

    # -- acting -------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        row = self.selected()
        if row is not None and row.follow_up_id:
            self.start_button.setText(self.tr("Open the follow-up visit"))
        else:
            self.start_button.setText(self.tr("Start follow-up visit"))
        self.start_button.setEnabled(row is not None and not self._starting)
        self.file_button.setEnabled(row is not None)

    def start_or_open(self) -> None:
        """Open the follow-up visit that verifies the selected row, or start one of its earlier visit."""
        row = self.selected()
        if row is None or self._starting:
            return
        if row.follow_up_id:
            self.openInspection.emit(row.follow_up_id)
            return
        store, earlier, day = self.ctx.store, row.earlier_inspection_id, date.today()
        self._starting = True
        self.error.hide()
        self._update_buttons()

        def started(changes: ChangeSet) -> None:
            self._starting = False
            self._update_buttons()
            self.openInspection.emit(changes.created("inspections"))

        def failed(exc: BaseException) -> None:
            self._starting = False
            self._update_buttons()
            self.error.setText(self.tr("Could not start the follow-up visit: %1").replace("%1", error_text(exc)))
            self.error.show()

        self.ctx.write(lambda: followups.start_follow_up(store, earlier, visit_date=day), on_success=started,
                       on_failure=failed, owner=self)

    def _open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.openFile.emit(row.earlier_inspection_id)

    # -- change notices -----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(changes.touches(entity) for entity in WATCHED):
            self._reload_soon.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._read_on is not None and self.today is None and self._read_on != date.today():
            self.reload()  # left open overnight: "due in 1 day" became "due today"
