"""Establishments as table rows: labels, the paged table model and its proxy; the word filter proxy short lists use."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from ..core import geography
from ..core.views import establishments
from ..core.views.common import Page
from ..core.views.establishments import EstablishmentQuery, EstablishmentRow
from ..core.vocab import SECTORS
from .context import UiContext
from .inspections_model import ROLE_ID, ROLE_SEARCH_TEXT, ROLE_SORT
from .language import current_language
from .loading import LoadingNotice
from .paged_model import PagedTableModel

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


class EstablishmentProxy(QSortFilterProxyModel):
    """Passes the search words and sorting to the model (the database does both) and keeps its order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, EstablishmentTableModel):
            source.set_search(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if column >= 0 and isinstance(source, EstablishmentTableModel):
            source.sort(column, order)


class EstablishmentTableModel(PagedTableModel[EstablishmentRow, EstablishmentQuery]):
    """The establishments on this laptop (thousands), a page at a time in the order the table is sorted by."""

    ENTITY = ENTITY
    COLUMNS = ("name_th", "name_en", "sector", "province", "district", "workers")

    def __init__(self, ctx: UiContext, language: str | None = None, parent: QObject | None = None, *,
                 notice: LoadingNotice | None = None):
        super().__init__(ctx, EstablishmentQuery(sector_labels=_sector_labels()), parent, notice=notice)
        self._language = language or current_language()
        self.reload()

    # -- reads (worker thread) ----------------------------------------------------------------

    def read_page(self, query: EstablishmentQuery, offset: int, limit: int) -> Page[EstablishmentRow]:
        return establishments.list_page(self.ctx.store, query, offset, limit)

    def read_rows(self, ids: set[str]) -> dict[str, EstablishmentRow]:
        return establishments.rows_by_id(self.ctx.store, ids)

    def moves(self, old: EstablishmentRow, new: EstablishmentRow) -> bool:
        if old == new:
            return False
        if self.query.filtered():
            return True
        key = {"province": "province_code", "district": "district_code"}.get(self.query.sort, self.query.sort)
        return getattr(old, key) != getattr(new, key) or old.name_th != new.name_th

    def sorted_query(self, column: str, descending: bool) -> EstablishmentQuery:
        return replace(self.query, sort=column, descending=descending, pinned_id=None)

    def set_search(self, text: str) -> None:
        self.set_query(replace(self.query, text=text, pinned_id=None))

    def show_first(self, establishment_id: str) -> None:
        """List this establishment first, whatever the search (it was just made, or chosen elsewhere)."""
        self._query = replace(self.query, text="", pinned_id=establishment_id)
        self.reload()

    def retranslate(self, language: str) -> None:
        """Headers, sector labels and place names in the language now in use."""
        self._language = language
        labels = _sector_labels()
        places = geography.names_language(language)  # the names place_name shows
        if labels != dict(self.query.sector_labels) or places != self.query.place_language:
            # Typed words find sectors by their names in the language on screen; places sort as shown.
            before = self.query
            self._query = replace(self.query, sector_labels=labels, place_language=places)
            if (self.query.filtered() or self.query.sort == "sector"
                    or (self.query.sort in ("province", "district") and places != before.place_language)):
                self.reload()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    # -- Qt model API ------------------------------------------------------------------

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
        parts += [f"{nationality_label(code)}: {count}" for code, count in row.by_nationality if count]
        return "\n".join(parts)


def _sector_labels() -> dict[str, str]:
    return {code: sector_label(code) for code in SECTORS}
