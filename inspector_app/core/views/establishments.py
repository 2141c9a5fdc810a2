"""The Establishments page, the establishment form and the wizard's establishment picker.

Thousands of establishments (one for every few inspections) are read a page at a time,
searched and sorted in the database like the inspections list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Select, case, func, select

from .. import geography
from ..models import Establishment
from ..text_order import COLLATION, sort_key
from ..vocab import SECTORS
from .common import PAGE_SIZE, Page, any_of, contains, one_of_codes, places_named, search_words

if TYPE_CHECKING:
    from ..store import Store

SortKey = Literal["name_th", "name_en", "sector", "province", "district", "workers"]
SORT_KEYS: tuple[SortKey, ...] = ("name_th", "name_en", "sector", "province", "district", "workers")


@dataclass(frozen=True, slots=True)
class EstablishmentRow:
    id: str
    name_th: str
    name_en: str | None
    sector: str
    province_code: str
    district_code: str | None
    subdistrict_code: str | None
    workers_male: int
    workers_female: int
    workers_under18: int
    by_nationality: tuple[tuple[str, int], ...]  # (ISO 3166 alpha-2 or "XX", count), as recorded

    @property
    def workers(self) -> int:
        return self.workers_male + self.workers_female

    @property
    def display_name(self) -> str:
        return self.name_th if not self.name_en or self.name_en == self.name_th else f"{self.name_th} ({self.name_en})"


@dataclass(frozen=True, slots=True)
class EstablishmentQuery:
    """Every search word in the name (Thai or English), registration no., employer, sector or place.

    `sector_labels` are the sectors' names as the screen shows them (code -> label), so a
    word typed in the user's language finds its sector too. `pinned_id` puts one
    establishment first whatever the order (the one just created, or chosen elsewhere).
    """

    text: str = ""
    sector_labels: Mapping[str, str] = field(default_factory=dict)
    sort: SortKey = "name_th"
    descending: bool = False
    pinned_id: str | None = None
    place_language: str = "th"  # places sort by their names in this language, as the screen shows them

    def filtered(self) -> bool:
        return bool(self.text.strip())


_COLUMNS = (Establishment.id, Establishment.name_th, Establishment.name_en, Establishment.sector,
            Establishment.province_code, Establishment.district_code, Establishment.subdistrict_code,
            Establishment.workers_male, Establishment.workers_female, Establishment.workers_under18,
            Establishment.workers_by_nationality)


def _row(r: Any) -> EstablishmentRow:
    return EstablishmentRow(
        r.id, r.name_th, r.name_en, r.sector, r.province_code, r.district_code, r.subdistrict_code,
        r.workers_male or 0, r.workers_female or 0, r.workers_under18 or 0,
        tuple((str(k), int(v or 0)) for k, v in (r.workers_by_nationality or {}).items()))


def _conditions(query: EstablishmentQuery) -> list[Any]:
    where = []
    for word in search_words(query.text):
        sectors = [code for code in SECTORS
                   if word in code or word in str(query.sector_labels.get(code, "")).casefold()]
        places = places_named(word)
        where.append(any_of((
            contains(Establishment.name_th, word), contains(Establishment.name_en, word),
            contains(Establishment.registration_no, word), contains(Establishment.employer_name, word),
            Establishment.sector.in_(sectors or [""]),
            one_of_codes(Establishment.province_code, places), one_of_codes(Establishment.district_code, places),
            one_of_codes(Establishment.subdistrict_code, places),
        )))
    return where


def _rank(column: Any, labels: Iterable[tuple[str, str]]) -> Any:
    """Codes in the order of the names the screen shows for them (unknown codes last)."""
    ordered = sorted(labels, key=lambda pair: sort_key(pair[1]))
    return case({code: n for n, (code, _name) in enumerate(ordered)}, value=column, else_=len(ordered))


def _order(query: EstablishmentQuery) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if query.descending else expression.asc()

    name = Establishment.name_th.collate(COLLATION)
    key: Any
    if query.sort == "name_en":
        key = func.coalesce(Establishment.name_en, "").collate(COLLATION)
    elif query.sort == "sector":
        key = _rank(Establishment.sector, ((code, query.sector_labels.get(code, code)) for code in SECTORS))
    elif query.sort == "province":
        key = _rank(Establishment.province_code, ((p.code, geography.display_name(p.code, query.place_language))
                                                  for p in geography.provinces()))
    elif query.sort == "district":
        key = _rank(Establishment.district_code, ((d.code, geography.display_name(d.code, query.place_language))
                                                  for p in geography.provinces() for d in geography.districts(p.code)))
    elif query.sort == "workers":
        key = func.coalesce(Establishment.workers_male, 0) + func.coalesce(Establishment.workers_female, 0)
    else:
        key = name
    keys = [direction(key), name, Establishment.id]
    if query.pinned_id:
        keys.insert(0, case((Establishment.id == query.pinned_id, 0), else_=1))
    return keys


def _select(query: EstablishmentQuery) -> Select[Any]:
    return select(*_COLUMNS).where(*_conditions(query))


def list_page(store: Store, query: EstablishmentQuery, offset: int = 0,
              limit: int = PAGE_SIZE) -> Page[EstablishmentRow]:
    """Rows `offset`… in the list's order; the first page also counts matching and all establishments."""
    with store.session() as session:
        rows = tuple(_row(r) for r in session.execute(_select(query).order_by(*_order(query)).offset(offset)
                                                            .limit(limit)))
        matching = total = None
        if offset == 0:
            total = session.scalar(select(func.count()).select_from(Establishment)) or 0
            if not query.filtered():
                matching = total
            elif len(rows) < limit:
                matching = len(rows)
            else:
                matching = session.scalar(select(func.count()).select_from(_select(query).subquery())) or 0
    return Page(rows, offset, matching, total)


def rows_by_id(store: Store, ids: Iterable[str]) -> dict[str, EstablishmentRow]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with store.session() as session:
        return {r.id: _row(r) for r in session.execute(select(*_COLUMNS).where(Establishment.id.in_(wanted)))}


@dataclass(frozen=True, slots=True)
class EstablishmentForm:
    """Every field the establishment form edits, as stored (the services' field names)."""

    id: str
    name_th: str
    name_en: str | None
    registration_no: str | None
    social_security_no: str | None
    sector: str
    isic_code: str | None
    employer_name: str | None
    contact_phone: str | None
    address: str | None
    province_code: str
    district_code: str | None
    subdistrict_code: str | None
    latitude: float | None
    longitude: float | None
    workers_male: int
    workers_female: int
    workers_under18: int
    workers_by_nationality: Mapping[str, int]

    def values(self) -> dict[str, Any]:
        """The fields by name, without the id (what the form compares its input with)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}


def establishment_form(store: Store, establishment_id: str) -> EstablishmentForm | None:
    """The establishment as the form shows it; None when it no longer exists."""
    names = [f.name for f in fields(EstablishmentForm)]
    with store.session() as session:
        found = session.execute(select(*(getattr(Establishment, n) for n in names))
                                .where(Establishment.id == establishment_id)).first()
    if found is None:
        return None
    values = dict(zip(names, found, strict=True))
    values["workers_by_nationality"] = dict(values["workers_by_nationality"] or {})
    for key in ("workers_male", "workers_female", "workers_under18"):
        values[key] = values[key] or 0
    return EstablishmentForm(**values)
