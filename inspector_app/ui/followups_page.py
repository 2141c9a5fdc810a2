"""The Follow-ups page: findings due and overdue and planned follow-up visits, by due date.

One list, earliest due first: open findings whose deadline is past or near, and follow-up visits
planned at earlier visits and not made yet, this laptop's and those HQ published for its provinces.
The list is read a page at a time off the GUI thread as the user scrolls
(`core.views.followup_list`): the district filter, the order, the look-ahead and the counts in the
summary are the database's to answer, so tens of thousands of due rows are never held at once. An
overdue row says so in words (and in red, with a warning sign). "Start follow-up visit" starts a
visit that carries the earlier visit's open findings to verify (`services.followups.start_follow_up`)
and opens it in the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
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
from ..core.views import followup_list
from ..core.views.common import Page
from ..core.views.followup_list import DueCounts, Order, SortKey, WorkItem, WorklistPage, WorklistQuery
from ..core.views.followups import DEFAULT_WITHIN_DAYS
from .context import UiContext
from .followup_labels import OVERDUE_COLOUR, due_text, place_name, source_label, title_in_language
from .inspections_model import ROLE_ID, ROLE_SORT, format_date
from .language import current_language
from .loading import LoadingNotice
from .messages import error_text
from .paged_model import PagedTableModel
from .widgets import ColumnsInWidth, WrapLabel, record_table

Index = QModelIndex | QPersistentModelIndex
RELOAD_AFTER_CHANGE_MS = 300
WATCHED = ("inspections", "findings", "finding_verifications", "establishments", CHANGED_FILES)


WorkRow = WorkItem  # one line of the list: a finding due, or a planned follow-up visit


@lru_cache(maxsize=4096)
def _establishment(name_th: str, name_en: str | None) -> str:
    return name_th if not name_en else f"{name_th} ({name_en})"


class WorklistModel(PagedTableModel[WorkItem, WorklistQuery]):
    """The worklist a page at a time, in the order the database and HQ's rows give (`core.views.followup_list`)."""

    COLUMNS = ("due", "when", "item", "establishment", "earlier")
    SORTS: dict[str, SortKey] = {"due": "due", "when": "due", "item": "item", "establishment": "establishment",
                                 "earlier": "earlier"}

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, notice: LoadingNotice | None = None):
        super().__init__(ctx, WorklistQuery(date.today()), parent, notice=notice)
        self.order = Order()
        self.by_district: tuple[tuple[str | None, DueCounts], ...] = ()

    @property
    def rows(self) -> list[WorkItem]:
        """The rows read so far, top to bottom."""
        return self._rows

    @staticmethod
    def row_id(row: Any) -> str:
        return str(row.row_id)

    def counts(self, district: str | None) -> DueCounts:
        return sum((c for d, c in self.by_district if district is None or d == district), DueCounts())

    # -- reads (worker thread) ----------------------------------------------------------------

    def read_page(self, query: WorklistQuery, offset: int, limit: int) -> Page[WorkItem]:
        return followup_list.first_page(self.ctx.store, query, limit)

    def next_page_reader(self, query: WorklistQuery, offset: int, limit: int) -> Callable[[], Page[WorkItem]]:
        store, order = self.ctx.store, self.order
        return lambda: followup_list.next_page(store, query, order, offset, limit)

    def _show_first_page(self, page: Page[WorkItem], asked: int | None = None) -> None:
        assert isinstance(page, WorklistPage)
        self.order, self.by_district = page.order, page.by_district
        super()._show_first_page(page, asked)

    def sorted_query(self, column: str, descending: bool) -> WorklistQuery:
        return self.in_language(replace(self.query, sort=self.SORTS[column], descending=descending))

    @staticmethod
    def in_language(query: WorklistQuery) -> WorklistQuery:
        """`query` on this screen: ordered by what is due, the rows are in the order of the titles it shows
        (no other order depends on the language, so a switch does not read those again)."""
        return replace(query, language=current_language()) if query.sort == "item" else query

    # -- Qt model API ------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"due": self.tr("Due"), "when": self.tr("Overdue?"), "item": self.tr("What is due"),
                "establishment": self.tr("Establishment"), "earlier": self.tr("Earlier visit")}[self.COLUMNS[section]]

    def item_text(self, row: WorkItem) -> str:
        if row.kind == "visit":
            return self.tr("Planned follow-up visit (%n open findings)", "", row.open_findings)
        title = title_in_language(row.title_th, row.title_en, self.tr("Finding"), row.title_labels)
        return f"{row.severity} · {title}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
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
                name = _establishment(row.name_th, row.name_en)
                district = place_name(row.district_code)
                return f"{name} · {district}" if district else name
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


class WorklistProxy(QIdentityProxyModel):
    """The model's rows as they are: the database orders and filters (a click on a header is a new query)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if column >= 0 and isinstance(source, WorklistModel):
            source.sort(column, order)


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
        self._reload_soon = QTimer(self, singleShot=True, interval=RELOAD_AFTER_CHANGE_MS)
        self._reload_soon.timeout.connect(self.reload)
        self._read_on: date | None = None
        self._shown_rows = False  # columns are sized once, from the first rows
        self._answered = False  # the list shows a read (the summary speaks only then)
        self._stale = False  # changed while hidden: read again when shown
        self._keep: WorkItem | None = None  # the row selected when new rows came, selected again among them

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
        self.within.setValue(DEFAULT_WITHIN_DAYS)
        self.within_label.setBuddy(self.within)

        self.model = WorklistModel(ctx, self, notice=self.loading)
        self.model.modelAboutToBeReset.connect(lambda: setattr(self, "_keep", self.selected()))
        self.model.firstPageLoaded.connect(self._show)
        self.proxy = WorklistProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table("followUpsTable", self.proxy)
        self.table.setSortingEnabled(False)  # the list's order is the due date; a click on a header sorts
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        # What is due and when, and the earlier visit's reference and date, are read whole; what was found and
        # the workplace share the rest (a cut name carries itself whole in its tooltip).
        self.columns = ColumnsInWidth(self.table, stretch=WorklistModel.COLUMNS.index("item"), whole=(
            WorklistModel.COLUMNS.index("due"), WorklistModel.COLUMNS.index("when"),
            WorklistModel.COLUMNS.index("earlier")))
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
        if self._shown_rows:
            self.columns.fit()  # a Burmese due date is twice as long as a Thai one
        if self.model.started and self.model.in_language(self.model.query) != self.model.query:
            self.reload()  # ordered by what is due: in the order of the titles in the new language

    # -- reading ------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.model.has_loaded

    def current_query(self) -> WorklistQuery:
        return self.model.in_language(replace(
            self.model.query, today=self.today or date.today(), within_days=self.within.value(),
            overdue_only=self.overdue_only.isChecked(), district=self.district.currentData()))

    def reload(self) -> None:
        """Read the list for the filters shown (again, keeping the rows read so far, when they have not changed)."""
        query = self.current_query()
        self._read_on = query.today
        changed = query != self.model.query
        self.model.set_query(query)  # a changed query is read at once, once the model has read before
        if not changed or not self.model.started:
            self.model.reload(keep_rows=not changed)

    def _show(self) -> None:
        self._answered = True
        keep, self._keep = self._keep, None
        self._fill_districts()
        self._show_summary()
        if keep is not None:
            position = self.model.position_of(keep.row_id)
            if position is not None:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(position, 0)).row())
        if not self._shown_rows and self.model.rows:
            self.columns.fit()
        self._shown_rows = self._shown_rows or bool(self.model.rows)
        self._update_buttons()

    def _fill_districts(self) -> None:
        """The districts with something due in this period (and the one chosen), by name."""
        chosen = self.district.currentData()
        codes = sorted({d for d, c in self.model.by_district if d and c.rows} | ({chosen} - {None}), key=place_name)
        self.district.blockSignals(True)
        while self.district.count() > 1:
            self.district.removeItem(1)
        for code in codes:
            self.district.addItem(place_name(code), code)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))
        self.district.blockSignals(False)

    def _district_chosen(self) -> None:
        self.reload()
        self._update_buttons()

    def _show_summary(self) -> None:
        if not self._answered:
            self.summary.setText("")
            return
        counts = self.model.counts(self.model.query.district)
        if not counts.rows:
            self.summary.setText(self.tr("Nothing is due: no open finding has a deadline in this period, and no "
                                         "follow-up visit is planned."))
        else:
            self.summary.setText(
                self.tr("%Ln findings due", "", counts.findings) + " · "
                + self.tr("%Ln planned follow-up visits", "", counts.visits) + " · "
                + self.tr("%Ln overdue", "", counts.overdue))

    def selected(self) -> WorkItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        position = self.proxy.mapToSource(index).row()
        return self.model.row(position) if 0 <= position < self.model.rowCount() else None

    def select_row(self, proxy_row: int) -> None:
        self.table.selectRow(proxy_row)
        self._update_buttons()

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if header.sortIndicatorSection() == column and \
            header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.model.sort(column, order)  # a new query: the database orders

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
            if self.isVisible():
                self._reload_soon.start()
            else:
                self._stale = True  # a finding's autosaves in the editor need not re-read a list nobody looks at

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        overnight = self._read_on is not None and self.today is None and self._read_on != date.today()
        if self._stale or overnight:  # left open overnight: "due in 1 day" became "due today"
            self._stale = False
            self.reload()
