"""The inspections list: a table model over pages read from the database, and its proxy.

Twenty thousand inspections are never read at once: the model shows the first page of
the current filter and sort order (`core.views.inspection_list`), and reads the next as
the user scrolls. Filtering and sorting are new queries run off the GUI thread; the
proxy passes them to the model and keeps the database's order.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..core import geography
from ..core.views import inspection_list
from ..core.views.common import Page
from ..core.views.inspection_list import InspectionQuery, InspectionRow
from .context import UiContext
from .language import current_language
from .loading import LoadingNotice
from .paged_model import PagedTableModel

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
ROLE_SORT = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
InspectionFilter = InspectionQuery  # what the filters above the list ask for (sort order included)


def _places() -> str:
    """The language places are named (and sorted) in on this screen: Thai, else their romanised names."""
    return geography.names_language(current_language())


def _place_name(code: str | None) -> str:
    """A province or district as the other lists show it: Thai on a Thai screen, else its romanised name."""
    return geography.display_name(code, current_language()) if code else ""


class InspectionTableModel(PagedTableModel[InspectionRow, InspectionQuery]):
    ENTITY = "inspections"
    COLUMNS = ("reference", "establishment", "province", "district", "visit_date", "visit_type", "status")

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, notice: LoadingNotice | None = None,
                 page_size: int = inspection_list.PAGE_SIZE):
        super().__init__(ctx, InspectionQuery(place_language=_places()), parent, notice=notice, page_size=page_size)
        # Each row's texts as shown, made once per row and language: a repaint asks for every cell
        # on screen several times, and turning codes into words (dates, places, statuses) took
        # most of a keystroke's time.
        self._shown: dict[InspectionRow, tuple[str, ...]] = {}
        self.modelReset.connect(self._shown.clear)
        self.reload()

    def clear_texts(self) -> None:
        """The language changed: make every row's texts again (and sort places by their new names)."""
        self._shown.clear()
        if _places() != self.query.place_language:
            self._query = _replace(self.query, place_language=_places())
            if self.query.sort in ("province", "district") and self._started:
                self.reload()

    # -- reads (worker thread) ----------------------------------------------------------------

    def read_page(self, query: InspectionQuery, offset: int, limit: int) -> Page[InspectionRow]:
        return inspection_list.list_page(self.ctx.store, query, offset, limit)

    def read_rows(self, ids: set[str]) -> dict[str, InspectionRow]:
        return inspection_list.rows_by_id(self.ctx.store, ids)

    def moves(self, old: InspectionRow, new: InspectionRow) -> bool:
        if old == new:
            return False
        if self.query.filtered():
            return True
        key = {"establishment": "name_th", "province": "province_code", "district": "district_code"}.get(
            self.query.sort, self.query.sort)
        return getattr(old, key) != getattr(new, key)

    def sorted_query(self, column: str, descending: bool) -> InspectionQuery:
        return _replace(self.query, sort=column, descending=descending)

    def set_filter(self, new: InspectionQuery) -> None:
        """Show only the rows `new` lets through, in the order the list is sorted by now."""
        self.set_query(_replace(new, sort=self.query.sort, descending=self.query.descending,
                                place_language=self.query.place_language))

    def refresh_ids(self, ids: set[str]) -> None:
        """Re-read only the given inspections (after a service reports them changed)."""
        from ..core.changes import ChangeSet

        changes = ChangeSet()
        for record_id in ids:
            changes.add(self.ENTITY, record_id)
        self.apply_changes(changes)

    # -- Qt model API ------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "reference": self.tr("Reference"),
            "establishment": self.tr("Establishment"),
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "visit_date": self.tr("Visit date"),
            "visit_type": self.tr("Visit type"),
            "status": self.tr("Status"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES_SHOWN:
            return None
        position, column = index.row(), index.column()
        if not 0 <= position < len(self._rows) or not 0 <= column < len(self.COLUMNS):
            return None
        row = self._rows[position]
        if role == ROLE_ID:
            return row.id
        if role == ROLE_SORT:
            return {"visit_date": row.visit_date.isoformat(), "status": row.status}.get(self.COLUMNS[column]) or \
                self.data(index)
        shown = self._shown.get(row)
        if shown is None:
            shown = self._shown[row] = _texts(row)
        return shown[column]


_ROLES_SHOWN = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROLE_ID, ROLE_SORT))


def _texts(row: InspectionRow) -> tuple[str, ...]:
    """A row's cells as the list shows them, in COLUMNS order (kept until the language or the rows change)."""
    return (
        row.reference if row.revision == 1 else QCoreApplication.translate(
            "InspectionTableModel", "%1 r%2", "an inspection's reference and its revision number").replace(
            "%1", row.reference).replace("%2", str(row.revision)),
        row.name_th if not row.name_en else f"{row.name_th} ({row.name_en})",
        _place_name(row.province_code),
        _place_name(row.district_code),
        format_date(row.visit_date),
        visit_type_label(row.visit_type),
        status_label(row.status),
    )


def _replace(query: InspectionQuery, **changes: Any) -> InspectionQuery:
    from dataclasses import replace

    return replace(query, **changes)


class InspectionFilterProxy(QIdentityProxyModel):
    """Passes filters and sorting to the model (the database does both) and keeps its order.

    An identity proxy: a sort-filter proxy mapped every row again after each keystroke, for nothing.
    """

    def set_filter(self, new: InspectionQuery) -> None:
        source = self.sourceModel()
        if isinstance(source, InspectionTableModel):
            source.set_filter(new)

    def current_filter(self) -> InspectionQuery:
        source = self.sourceModel()
        return source.query if isinstance(source, InspectionTableModel) else InspectionQuery()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if column >= 0 and isinstance(source, InspectionTableModel):
            source.sort(column, order)


def format_date(value: date) -> str:
    """Dates as the user's language shows them; the database keeps ISO dates."""
    language = QCoreApplication.instance().property("inspector_language") if QCoreApplication.instance() else None
    try:
        from ..i18n.dates import format_date as localised

        return localised(value, language or "en", style="short")
    except (ImportError, ValueError, TypeError):
        return value.isoformat()


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Status", "Draft"),
        "completed": QCoreApplication.translate("Status", "Completed"),
        "signed": QCoreApplication.translate("Status", "Signed"),
        "submitted": QCoreApplication.translate("Status", "Submitted"),
        "approved": QCoreApplication.translate("Status", "Approved"),
        "returned": QCoreApplication.translate("Status", "Returned"),
    }
    return labels.get(status, status)


def visit_type_label(visit_type: str) -> str:
    labels = {
        "routine": QCoreApplication.translate("VisitType", "Routine"),
        "complaint": QCoreApplication.translate("VisitType", "Complaint"),
        "follow_up": QCoreApplication.translate("VisitType", "Follow-up"),
        "pipo": QCoreApplication.translate("VisitType", "PIPO"),
        "special_operation": QCoreApplication.translate("VisitType", "Special operation"),
    }
    return labels.get(visit_type, visit_type)
