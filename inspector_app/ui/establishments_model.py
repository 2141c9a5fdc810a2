"""Establishments as table rows: labels, the table model and a word filter proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from sqlalchemy import select

from ..core import geography
from ..core.models import Establishment
from .inspections_model import ROLE_ID, ROLE_SEARCH_TEXT, ROLE_SORT
from .language import current_language

Index = QModelIndex | QPersistentModelIndex
ENTITY = "establishments"

_SECTOR_LABELS = {
    "general": QT_TRANSLATE_NOOP("Sector", "General"),
    "construction": QT_TRANSLATE_NOOP("Sector", "Construction"),
    "factory": QT_TRANSLATE_NOOP("Sector", "Factory"),
    "fishing": QT_TRANSLATE_NOOP("Sector", "Fishing"),
    "agriculture": QT_TRANSLATE_NOOP("Sector", "Agriculture"),
    "domestic": QT_TRANSLATE_NOOP("Sector", "Domestic work"),
}

# Keys of Establishment.workers_by_nationality (ISO 3166 alpha-2; "XX" = any other nationality).
NATIONALITIES = (
    ("MM", QT_TRANSLATE_NOOP("Nationality", "Myanmar")),
    ("KH", QT_TRANSLATE_NOOP("Nationality", "Cambodia")),
    ("LA", QT_TRANSLATE_NOOP("Nationality", "Laos")),
    ("TH", QT_TRANSLATE_NOOP("Nationality", "Thailand")),
    ("XX", QT_TRANSLATE_NOOP("Nationality", "Other")),
)


def sector_label(sector: str) -> str:
    source = _SECTOR_LABELS.get(sector)
    return QCoreApplication.translate("Sector", source) if source else sector


def nationality_label(code: str) -> str:
    source = dict(NATIONALITIES).get(code)
    return QCoreApplication.translate("Nationality", source) if source else code


def place_name(code: str | None, language: str) -> str:
    return geography.display_name(code, language) if code else ""


# --------------------------------------------------------------------------- models


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose search text contains every typed word, in any order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(ROLE_SORT)
        self.setSortLocaleAware(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.index(source_row, 0, source_parent).data(ROLE_SEARCH_TEXT) or ""
        return all(word in haystack for word in self._words)


@dataclass(frozen=True)
class EstablishmentRow:
    id: str
    name_th: str
    name_en: str | None
    sector: str
    province_code: str
    district_code: str | None
    workers_male: int
    workers_female: int
    workers_under18: int
    by_nationality: dict[str, int]
    search_text: str

    @property
    def workers(self) -> int:
        return (self.workers_male or 0) + (self.workers_female or 0)

    @property
    def display_name(self) -> str:
        return self.name_th if not self.name_en or self.name_en == self.name_th else f"{self.name_th} ({self.name_en})"


def _row_from(record: Establishment) -> EstablishmentRow:
    places = " ".join(
        f"{p.name_th} {p.name_en}"
        for p in (geography.place(c) for c in (record.province_code, record.district_code, record.subdistrict_code) if c)
        if p
    )
    search = " ".join(
        str(x) for x in (record.name_th, record.name_en, record.registration_no, record.employer_name,
                         sector_label(record.sector), record.sector, places) if x
    )
    return EstablishmentRow(
        id=record.id, name_th=record.name_th, name_en=record.name_en, sector=record.sector,
        province_code=record.province_code, district_code=record.district_code,
        workers_male=record.workers_male or 0, workers_female=record.workers_female or 0,
        workers_under18=record.workers_under18 or 0,
        by_nationality={str(k): int(v or 0) for k, v in (record.workers_by_nationality or {}).items()},
        search_text=search.casefold(),
    )


class EstablishmentTableModel(QAbstractTableModel):
    """Every establishment on this laptop (hundreds, not the inspections' tens of thousands)."""

    COLUMNS = ("name_th", "name_en", "sector", "province", "district", "workers")

    def __init__(self, store: Any, language: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._language = language or current_language()
        self._rows: list[EstablishmentRow] = []
        self._row_of: dict[str, int] = {}
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def _fetch(self, ids: set[str] | None = None) -> list[EstablishmentRow]:
        query = select(Establishment).order_by(Establishment.name_th)
        if ids is not None:
            query = query.where(Establishment.id.in_(ids))
        with self._store.session() as session:
            return [_row_from(e) for e in session.scalars(query)]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch()
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def apply_changes(self, ids: set[str]) -> None:
        """Refresh only the named records (new ones are appended)."""
        if not ids or "" in ids:
            self.reload()
            return
        for row in self._fetch(set(ids)):
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

    def retranslate(self, language: str) -> None:
        """Headers, sector labels and place names in the language now in use."""
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def row(self, position: int) -> EstablishmentRow:
        return self._rows[position]

    def position_of(self, establishment_id: str) -> int | None:
        return self._row_of.get(establishment_id)

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
            "name_th": self.tr("Name (Thai)"),
            "name_en": self.tr("Name (English)"),
            "sector": self.tr("Sector"),
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "workers": self.tr("Workers"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROLE_ID:
            return row.id
        if role == ROLE_SEARCH_TEXT:
            return row.search_text
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROLE_SORT:
            return row.workers if column == "workers" else self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._workforce_tip(row) if column == "workers" else self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "workers":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: EstablishmentRow, column: str) -> str:
        if column == "name_th":
            return row.name_th
        if column == "name_en":
            return row.name_en or ""
        if column == "sector":
            return sector_label(row.sector)
        if column == "province":
            return place_name(row.province_code, self._language)
        if column == "district":
            return place_name(row.district_code, self._language)
        return str(row.workers)

    def _workforce_tip(self, row: EstablishmentRow) -> str:
        parts = [self.tr("Men: %1, women: %2, under 18: %3")
                 .replace("%1", str(row.workers_male)).replace("%2", str(row.workers_female))
                 .replace("%3", str(row.workers_under18))]
        parts += [f"{nationality_label(code)}: {count}" for code, count in row.by_nationality.items() if count]
        return "\n".join(parts)
