"""The Referrals page: every referral on this laptop, by status, with its editor and its form.

Workers appear by their codes only. The list is read a page at a time off the GUI thread as the
user scrolls (`core.views.referrals.first_page`): the status filter, the order and the count are
the database's to answer, so a laptop with tens of thousands of referrals never holds them all. It
is read again when a change notice names a referral, or the findings, interviews, inspections or
establishments it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.changes import ChangeSet
from ..core.views import referrals as referral_views
from ..core.views.common import Page
from ..core.views.referrals import ReferralPage, ReferralQuery, ReferralRow
from ..core.vocab import REFERRAL_STATUSES, REFERRAL_TARGETS
from .context import UiContext
from .followup_labels import title_in_language
from .inspections_model import ROLE_ID, ROLE_SORT
from .loading import LoadingNotice
from .paged_model import PagedTableModel
from .referral_dialog import ReferralDialog
from .referral_labels import body_label, short_date, status_label
from .report_actions import ReportRunner
from .script_height import script_text_height
from .script_metrics import make_room_for_scripts
from .widgets import FITTED_ROWS, ColumnsInWidth, WrapLabel, cell_text_width, fit_to_choices, record_table, wrapped_tip

Index = QModelIndex | QPersistentModelIndex
WATCHED = ("referrals", "findings", "worker_interviews", "inspections", "establishments")
OPEN = "open"  # the filter choice for planned, sent and accepted together


class ReferralsModel(PagedTableModel[ReferralRow, ReferralQuery]):
    """Referrals a page at a time, in the order the database gives (open ones first, oldest first)."""

    ENTITY = "referrals"
    COLUMNS = ("referral_date", "receiving_body", "case_number", "status", "outcome", "inspection",
               "establishment", "workers")

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, notice: LoadingNotice | None = None):
        super().__init__(ctx, ReferralQuery(), parent, notice=notice)
        self.order: Any = ()  # the first page's rowids of every referral listed, in order

    @property
    def rows(self) -> list[ReferralRow]:
        """The rows read so far, top to bottom."""
        return self._rows

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    # -- reads (worker thread) ----------------------------------------------------------------

    def read_page(self, query: ReferralQuery, offset: int, limit: int) -> Page[ReferralRow]:
        return referral_views.first_page(self.ctx.store, query, limit)

    def next_page_reader(self, query: ReferralQuery, offset: int, limit: int) -> Callable[[], Page[ReferralRow]]:
        store, order = self.ctx.store, self.order
        return lambda: referral_views.next_page(store, query, order, offset, limit)

    def _show_first_page(self, page: Page[ReferralRow], asked: int | None = None) -> None:
        assert isinstance(page, ReferralPage)
        self.order = page.order
        super()._show_first_page(page, asked)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A column (a new query, the database orders), or -1: the usual order, open ones first, oldest first."""
        if column < 0:
            self.set_query(replace(self.query, sort=None, descending=False, bodies=()))
        else:
            super().sort(column, order)

    def sorted_query(self, column: str, descending: bool) -> ReferralQuery:
        # Receiving bodies sort by their names in the language on screen, as the column shows them.
        bodies = tuple(sorted(REFERRAL_TARGETS, key=body_label)) if column == "receiving_body" else ()
        return replace(self.query, sort=column, descending=descending, bodies=bodies)  # type: ignore[arg-type]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {"referral_date": self.tr("Date"), "receiving_body": self.tr("Receiving body"),
                "case_number": self.tr("Case number"), "status": self.tr("Status"), "outcome": self.tr("Outcome"),
                "inspection": self.tr("Inspection"), "establishment": self.tr("Establishment"),
                "workers": self.tr("Workers")}[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROLE_ID:
            return row.id
        if role == Qt.ItemDataRole.FontRole and column == "status" and row.open:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROLE_SORT:
            if column == "referral_date":
                return row.referral_date.isoformat()
            if column == "status":
                return REFERRAL_STATUSES.index(row.status) if row.status in REFERRAL_STATUSES else 99
            if column == "inspection":
                return f"{row.visit_date.isoformat()} {row.reference}"
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "referral_date":
            return short_date(row.referral_date)
        if column == "receiving_body":
            return body_label(row.receiving_body)
        if column == "case_number":
            return row.case_number or ""
        if column == "status":
            day = row.closed_on or row.accepted_on or row.sent_on
            return f"{status_label(row.status)} {short_date(day)}".strip() if row.status != "planned" \
                else status_label(row.status)
        if column == "outcome":
            text = row.outcome or ""
            return wrapped_tip(text) if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())[:80]
        if column == "inspection":
            shown = f"{row.reference} · {short_date(row.visit_date)}"
            if role == Qt.ItemDataRole.ToolTipRole:  # whole, and which finding when a visit made several referrals
                title = title_in_language(row.finding_title_th, row.finding_title_en, "", row.finding_title_labels)
                return "\n".join(filter(None, (shown, wrapped_tip(f"{row.severity or ''} {title}".strip()))))
            return shown
        if column == "establishment":
            return row.establishment_name
        workers = ", ".join(row.worker_codes)
        return wrapped_tip(workers) if role == Qt.ItemDataRole.ToolTipRole else workers


class ReferralsProxy(QIdentityProxyModel):
    """The model's rows as they are: the database orders (a click on a header is a new query)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ReferralsModel):
            source.sort(column, order)


class ReferralsPage(QWidget):
    """Referrals by status; Enter or a double click opens one in its editor."""

    openInspection = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("referralsPage")
        self.loading = LoadingNotice()
        self.model = ReferralsModel(ctx, self, notice=self.loading)
        self._loader = self.model.loader
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.firstPageLoaded.connect(self._show)
        self.model.rowsInserted.connect(lambda *_a: self._select_when_read and self.select_id(self._select_when_read))
        self.proxy = ReferralsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._select_when_read: str | None = None
        self._selected_before: str | None = None  # the referral selected when new rows came, selected again
        self._stale = False

        self.filter_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("referralStatusFilter")
        for code in ("", OPEN, *REFERRAL_STATUSES):
            self.status_filter.addItem("", code)
        fit_to_choices(self.status_filter)  # its words are set per language, after the first show
        self.filter_label.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(lambda _n: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("referralCount")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openReferral")
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReferralForm")
        self.print_button.clicked.connect(self.print_selected)
        self.inspection_button = QPushButton()
        self.inspection_button.setObjectName("openReferralInspection")
        self.inspection_button.clicked.connect(self._open_inspection)
        self.report_status = WrapLabel()
        self.report_status.setObjectName("reportStatus")
        self.runner = ReportRunner(ctx, self, self.report_status)

        self.table = record_table("referralsTable", self.proxy)
        self.proxy.sort(-1)  # the list's order until a column is chosen: open ones first, oldest first
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setMinimumHeight(script_text_height(header.font()) + 10)
        # Every column on a 1366×768 screen: the dates, statuses and case numbers whole, longer texts cut short.
        self.columns = ColumnsInWidth(self.table, stretch=ReferralsModel.COLUMNS.index("outcome"), whole=(
            ReferralsModel.COLUMNS.index(c) for c in ("referral_date", "case_number", "status")))
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.inspection_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report_status)
        make_room_for_scripts(self)
        self.retranslate()
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show"))
        names = {"": self.tr("All referrals"), OPEN: self.tr("Open (planned, sent, accepted)")}
        for n in range(self.status_filter.count()):
            code = self.status_filter.itemData(n)
            self.status_filter.setItemText(n, names.get(code) or status_label(code))
        self.status_filter.setAccessibleName(self.tr("Show referrals by status"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setAccessibleName(self.tr("Open the referral"))
        self.print_button.setText(self.tr("Print referral form"))
        self.inspection_button.setText(self.tr("Open inspection"))
        self.table.setAccessibleName(self.tr("Referrals"))
        self.loading.retranslate()
        self.model.retranslate()
        self._show_count()
        self._fit_columns()

    # -- reading

    @property
    def loaded(self) -> bool:
        return self._loader.has_loaded

    def reload(self) -> None:
        """Read the list for the status chosen (again, keeping the rows read so far, when it has not changed)."""
        chosen = self.status_filter.currentData()
        statuses = None if not chosen else tuple(s for s in REFERRAL_STATUSES if s != "closed") if chosen == OPEN \
            else (chosen,)
        query = replace(self.model.query, statuses=statuses)
        changed = query != self.model.query
        self.model.set_query(query)  # a changed query is read at once, once the model has read before
        if not changed or not self.model.started:
            self.model.reload(keep_rows=not changed)

    def _remember_selection(self) -> None:
        self._selected_before = self.selected_id()

    def _show(self) -> None:
        kept, self._selected_before = self._selected_before, None
        self._show_count()
        self._fit_columns()
        if self._select_when_read is not None:
            self.select_id(self._select_when_read)
        elif kept is not None and self.model.position_of(kept) is not None:
            self.select_id(kept)  # still listed: still selected (one the filter now leaves out is not looked for)
        self._update_buttons()

    def _fit_columns(self) -> None:
        # An inspection's reference shows whole (two differ in their last digits); its visit date may be cut.
        references = {row.reference for row in self.model.rows[:FITTED_ROWS]}
        self.columns.fit({ReferralsModel.COLUMNS.index("inspection"): max(
            (cell_text_width(self.table, f"{reference} …") for reference in references), default=0)})

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%Ln referrals", "", self.model.matching or 0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(changes.touches(entity) for entity in WATCHED):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # a finding's autosaves need not re-read a list nobody looks at

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # -- choosing

    def selected_row(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row(source.row()) if 0 <= source.row() < self.model.rowCount() else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_id(self, referral_id: str) -> bool:
        """Select a referral; one not (yet) in the list is selected once read, with every status shown."""
        position = self.model.position_of(referral_id)
        if position is None:
            self._select_when_read = referral_id
            if self.status_filter.currentIndex() != 0:
                self.status_filter.setCurrentIndex(0)  # reads again
            elif self.model.canFetchMore():
                self.model.fetchMore()  # further down the list: the next page, until it is there or the list ends
            return False
        self._select_when_read = None
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(position, 0)).row())
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in (self.open_button, self.print_button, self.inspection_button):
            button.setEnabled(chosen)

    # -- acting

    def open_referral(self, referral_id: str) -> ReferralDialog:
        dialog = ReferralDialog(self.ctx, referral_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self) -> ReferralDialog | None:
        referral_id = self.selected_id()
        return self.open_referral(referral_id) if referral_id else None

    def print_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.runner.build("referral", row.inspection_id, referral_id=row.id)

    def _open_inspection(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.openInspection.emit(row.inspection_id)
