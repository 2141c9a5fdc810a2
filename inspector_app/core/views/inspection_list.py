"""The Inspections page: a filtered, sorted list read a page at a time.

Twenty thousand inspections are never read at once: the list asks for the first page (and
the count the filter lets through), then the next as the user scrolls. Search words, the
status, visit type, province and date filters and the sort order all run in the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Select, case, func, select

from .. import geography
from ..models import Establishment, Inspection
from ..text_order import COLLATION
from .common import PAGE_SIZE, Page, any_of, contains, one_of_codes, places_named, search_words

if TYPE_CHECKING:
    from ..store import Store

SortKey = Literal["reference", "establishment", "province", "district", "visit_date", "visit_type", "status"]
SORT_KEYS: tuple[SortKey, ...] = ("reference", "establishment", "province", "district", "visit_date", "visit_type",
                                  "status")


@dataclass(frozen=True, slots=True)
class InspectionRow:
    id: str
    reference: str
    revision: int
    name_th: str
    name_en: str | None
    province_code: str
    district_code: str | None
    visit_date: date
    visit_type: str
    status: str


@dataclass(frozen=True, slots=True)
class InspectionQuery:
    """What the list shows: every search word somewhere in the row, and every filter set."""

    text: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    visit_types: frozenset[str] = field(default_factory=frozenset)
    province_code: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: SortKey = "visit_date"
    descending: bool = True
    place_language: str = "th"  # places sort by their names in this language, as the screen shows them

    def filtered(self) -> bool:
        return bool(self.text.strip() or self.statuses or self.visit_types or self.province_code or self.date_from
                    or self.date_to)


_COLUMNS = (Inspection.id, Inspection.reference, Inspection.revision, Establishment.name_th, Establishment.name_en,
            Establishment.province_code, Establishment.district_code, Inspection.visit_date, Inspection.visit_type,
            Inspection.status)


def _conditions(query: InspectionQuery) -> list[Any]:
    where: list[Any] = []
    if query.statuses:
        where.append(Inspection.status.in_(sorted(query.statuses)))
    if query.visit_types:
        where.append(Inspection.visit_type.in_(sorted(query.visit_types)))
    if query.province_code:
        where.append(Establishment.province_code == query.province_code)
    if query.date_from:
        where.append(Inspection.visit_date >= query.date_from)
    if query.date_to:
        where.append(Inspection.visit_date <= query.date_to)
    for word in search_words(query.text):
        places = places_named(word)
        where.append(any_of((
            contains(Inspection.reference, word), contains(Establishment.name_th, word),
            contains(Establishment.name_en, word), one_of_codes(Establishment.province_code, places),
            one_of_codes(Establishment.district_code, places),
        )))
    return where


_RANKS: dict[tuple[str, str], dict[str, int]] = {}


def place_ranks(kind: str, language: str) -> dict[str, int]:
    """Every province (`kind` "province") or district code, numbered in the order of its name as the list shows
    it in `language` (Thai, else the romanised name): the list's order for a place column, here and in the
    search index."""
    from ..text_order import sort_key

    ranks = _RANKS.get((kind, language))
    if ranks is None:
        provinces = geography.provinces()
        places = provinces if kind == "province" else [d for p in provinces for d in geography.districts(p.code)]
        ordered = sorted((p.code for p in places), key=lambda c: sort_key(geography.display_name(c, language)))
        ranks = _RANKS[(kind, language)] = {code: n for n, code in enumerate(ordered)}
    return ranks


def _place_rank(column: Any, kind: str, language: str) -> Any:
    """A place column in the order of the names shown (unknown codes last)."""
    ranks = place_ranks(kind, language)
    return case(ranks, value=column, else_=len(ranks))


def _order(query: InspectionQuery) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if query.descending else expression.asc()

    if query.sort == "visit_date":
        return [direction(Inspection.visit_date), direction(Inspection.id)]
    key: Any = {
        "reference": Inspection.reference,
        "establishment": Establishment.name_th.collate(COLLATION),
        "visit_type": Inspection.visit_type,
        "status": Inspection.status,
    }.get(query.sort)
    if query.sort == "province":
        key = _place_rank(Establishment.province_code, "province", query.place_language)
    elif query.sort == "district":
        key = _place_rank(Establishment.district_code, "district", query.place_language)
    # Newest visit first among equals; the id last, so pages never overlap or skip a row.
    return [direction(key), Inspection.visit_date.desc(), Inspection.id.desc()]


def _select(query: InspectionQuery) -> Select[Any]:
    return (select(*_COLUMNS).join(Establishment, Establishment.id == Inspection.establishment_id)
            .where(*_conditions(query)))


def list_page(store: Store, query: InspectionQuery, offset: int = 0, limit: int = PAGE_SIZE) -> Page[InspectionRow]:
    """Rows `offset`… of the list; the first page also says how many rows there are when the list is
    unfiltered or when it ends there (`matching`; None when the filter's count would need every row).

    Answered from the search index once it is loaded (`inspection_search.load_index`), else here.
    """
    from .inspection_search import index_for

    index = index_for(store)
    if index is not None:
        return index.page(store, query, offset, limit)
    with store.session() as session:
        rows = tuple(InspectionRow(*r) for r in session.execute(
            _select(query).order_by(*_order(query)).offset(offset).limit(limit)))
        matching = None
        if offset == 0:
            if len(rows) < limit:
                matching = len(rows)
            elif not query.filtered():
                matching = session.scalar(select(func.count()).select_from(Inspection)) or 0
            # A filtered list is not counted: the count reads every row, and the list pages on without it.
    return Page(rows, offset, matching)


def rows_by_id(store: Store, ids: Iterable[str]) -> dict[str, InspectionRow]:
    """The rows of these inspections as the list shows them (after a change notice names them)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with store.session() as session:
        found = session.execute(select(*_COLUMNS).join(Establishment, Establishment.id == Inspection.establishment_id)
                                .where(Inspection.id.in_(wanted)))
        return {r.id: InspectionRow(*r) for r in found}
