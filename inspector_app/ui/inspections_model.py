"""The inspections list as a lazily fetched table model.

Rows arrive from the database in pages (`canFetchMore`/`fetchMore`), so a
list of 20,000 inspections opens at once and fills in as the user scrolls.
Presentation only: sorting and filtering go through a QSortFilterProxyModel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import func, select

from ..core.models import Establishment, Inspection
from ..core.store import Store

PAGE_SIZE = 500
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class InspectionTableModel(QAbstractTableModel):
    COLUMNS = ("reference", "establishment", "province", "district", "visit_date", "visit_type", "status")

    def __init__(self, store: Store, parent: Any = None):
        super().__init__(parent)
        self._store = store
        self._rows: list[tuple[Any, ...]] = []
        self._total = 0
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def _query(self) -> Any:
        return (
            select(
                Inspection.id, Inspection.reference, Establishment.name_th, Establishment.name_en,
                Establishment.province_code, Establishment.district_code, Inspection.visit_date,
                Inspection.visit_type, Inspection.status,
            )
            .join(Establishment, Establishment.id == Inspection.establishment_id)
            .order_by(Inspection.visit_date.desc(), Inspection.id.desc())
        )

    def reload(self) -> None:
        self.beginResetModel()
        with self._store.session() as session:
            self._total = session.scalar(select(func.count()).select_from(Inspection)) or 0
        self._rows = []
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        with self._store.session() as session:
            page = session.execute(self._query().offset(len(self._rows)).limit(PAGE_SIZE)).all()
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(tuple(r) for r in page)
        self.endInsertRows()

    # -- Qt model API ------------------------------------------------------------------

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
            "reference": self.tr("Reference"),
            "establishment": self.tr("Establishment"),
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "visit_date": self.tr("Visit date"),
            "visit_type": self.tr("Visit type"),
            "status": self.tr("Status"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        record_id, reference, name_th, name_en, province, district, visit_date, visit_type, status = row
        column = self.COLUMNS[index.column()]
        if role == ROLE_ID:
            return record_id
        if role == ROLE_SEARCH_TEXT:
            return " ".join(str(x) for x in (reference, name_th, name_en or "", _place_name(province),
                                             _place_name(district))).casefold()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                "reference": reference,
                "establishment": name_th if not name_en else f"{name_th} ({name_en})",
                "province": _place_name(province),
                "district": _place_name(district),
                "visit_date": visit_date.isoformat(),
                "visit_type": visit_type_label(visit_type),
                "status": status_label(status),
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {"visit_date": visit_date.isoformat(), "status": status, "visit_type": visit_type}.get(column)
        return None


def _place_name(code: str | None) -> str:
    if not code:
        return ""
    from ..core import geography

    place = geography.place(code)
    return place.name_th if place else code


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

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
    from PySide6.QtCore import QCoreApplication

    labels = {
        "routine": QCoreApplication.translate("VisitType", "Routine"),
        "complaint": QCoreApplication.translate("VisitType", "Complaint"),
        "follow_up": QCoreApplication.translate("VisitType", "Follow-up"),
        "pipo": QCoreApplication.translate("VisitType", "PIPO"),
        "special_operation": QCoreApplication.translate("VisitType", "Special operation"),
    }
    return labels.get(visit_type, visit_type)
