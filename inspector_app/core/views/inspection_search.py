"""The inspections list searched as one types, from memory.

A search word may sit anywhere in a reference, an establishment's names or its place's names, so
the database answers a word that few rows hold only after reading every row in the list's order:
most of a second at 20,000 inspections, nearly all of it decrypting pages read out of order. The
list instead reads what it shows of every inspection once (off the GUI thread, after the first
screen: a few MB at 20,000) and answers each keystroke here. For each sort order the rows' search
texts are joined into one string in that order; `str.find` walks it to the next match, so a
common word stops after a page and a rare one costs one pass of C over the text.

Matching is the database's (`inspection_list._conditions`): every word, case folded, inside the
reference, the establishment's Thai or English name, or the Thai or English name of its province
or district; the other filters as there. So is the order (`inspection_list._order`).

The index follows the store's commits (`Store.commit_listeners`): changed inspections are read
again before the next answer; a changed establishment (its names show in many rows) makes the
next answer read everything again.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .. import geography
from ..changes import ChangeSet
from ..errors import InspectorError
from ..text_order import sort_key
from .common import Page, search_words
from .inspection_list import InspectionQuery, InspectionRow, place_ranks

if TYPE_CHECKING:
    from ..store import Store

FIELD = "\x1f"  # between a row's fields: no search word holds it (words split on whitespace)
ROW = "\n"


@dataclass
class _Ordered:
    """The rows in one sort order, their search texts joined, and where each row's text starts."""

    rows: list[InspectionRow]
    text: str
    starts: list[int]  # len(rows) + 1 offsets: row n's text is text[starts[n]:starts[n + 1]]


@dataclass
class _Cursor:
    """How far the last query got, so its next page goes on from there."""

    query: InspectionQuery
    ordered: _Ordered
    matched: list[InspectionRow] = field(default_factory=list)
    next_row: int = 0  # the first row not looked at yet
    done: bool = False


class InspectionIndex:
    """Every inspection as the list shows it; thread-safe (reads on the read pool, updates from commits)."""

    def __init__(self, rows: Iterable[InspectionRow]):
        self._lock = threading.Lock()
        self._rows: dict[str, InspectionRow] = {r.id: r for r in rows}
        self._order_key: tuple[str, bool, str] | None = None
        self._order: _Ordered | None = None  # the last order asked for (one joined text in memory)
        self._cursor: _Cursor | None = None
        self._stale: set[str] = set()
        self._reload = False

    # -- keeping current ---------------------------------------------------------------------

    def committed(self, changes: ChangeSet) -> None:
        """A unit of work committed (on the writer's thread): note what to read again."""
        inspections, establishments = changes.ids("inspections"), changes.touches("establishments")
        if inspections or establishments:
            with self._lock:
                self._stale |= inspections
                self._reload = self._reload or establishments

    def _refresh(self, store: Store, cancelled: Callable[[], bool] = lambda: False) -> None:
        with self._lock:
            stale, reload = self._stale, self._reload
            self._stale, self._reload = set(), False
        if not stale and not reload:
            return
        from .inspection_list import rows_by_id

        try:
            fresh = read_all(store, cancelled) if reload else None
            changed = rows_by_id(store, stale) if not reload else {}
        except BaseException:
            with self._lock:  # read again next time
                self._stale |= stale
                self._reload = self._reload or reload
            raise
        with self._lock:
            if fresh is not None:
                self._rows = {r.id: r for r in fresh}
            else:
                for record_id in stale:
                    row = changed.get(record_id)
                    if row is None:
                        self._rows.pop(record_id, None)
                    else:
                        self._rows[record_id] = row
            self._order_key = self._order = self._cursor = None

    # -- answering ---------------------------------------------------------------------------

    def page(self, store: Store, query: InspectionQuery, offset: int, limit: int) -> Page[InspectionRow]:
        """Rows `offset`… in the list's order; `matching` once known (always for an unfiltered list)."""
        self._refresh(store)
        with self._lock:
            cursor = self._cursor
            if cursor is None or cursor.query != query:
                cursor = self._cursor = _Cursor(query, self._ordered(query.sort, query.descending,
                                                                     query.place_language))
            _advance(cursor, offset + limit)
            rows = tuple(cursor.matched[offset : offset + limit])
            if not query.filtered():
                matching: int | None = len(self._rows)
            else:
                matching = len(cursor.matched) if cursor.done else None
        return Page(rows, offset, matching if offset == 0 else None)

    def _ordered(self, sort: str, descending: bool, place_language: str = "th") -> _Ordered:
        if sort not in ("province", "district"):
            place_language = "th"  # the same order in every language: the one load_index made beforehand
        if self._order is None or self._order_key != (sort, descending, place_language):
            rows = _sorted(list(self._rows.values()), sort, descending, place_language)
            texts = [_text(r) for r in rows]
            starts = [0]
            for text in texts:
                starts.append(starts[-1] + len(text) + 1)
            self._order_key = (sort, descending, place_language)
            self._order = _Ordered(rows, ROW.join(texts) + ROW, starts)
        return self._order


def _text(row: InspectionRow) -> str:
    return FIELD.join((row.reference, row.name_th, row.name_en or "", _place_text(row.province_code),
                       _place_text(row.district_code))).casefold()


def _advance(cursor: _Cursor, wanted: int) -> None:
    """Look further along the order until `wanted` rows match or the rows run out."""
    query, ordered, matched = cursor.query, cursor.ordered, cursor.matched
    words = sorted(search_words(query.text), key=len, reverse=True)  # the longest is usually the rarest
    rows, text, starts = ordered.rows, ordered.text, ordered.starts
    n = cursor.next_row
    while len(matched) < wanted and n < len(rows):
        if words:
            found = text.find(words[0], starts[n])
            if found < 0:
                n = len(rows)
                break
            n = bisect_right(starts, found) - 1
            own = text[starts[n] : starts[n + 1]]
            if not all(word in own for word in words[1:]):
                n += 1
                continue
        row = rows[n]
        n += 1
        if _passes(row, query):
            matched.append(row)
    cursor.next_row = n
    cursor.done = n >= len(rows)


def _passes(row: InspectionRow, query: InspectionQuery) -> bool:
    if query.statuses and row.status not in query.statuses:
        return False
    if query.visit_types and row.visit_type not in query.visit_types:
        return False
    if query.province_code and row.province_code != query.province_code:
        return False
    if query.date_from and row.visit_date < query.date_from:
        return False
    return not (query.date_to and row.visit_date > query.date_to)


def _sorted(rows: list[InspectionRow], sort: str, descending: bool, place_language: str = "th") -> list[InspectionRow]:
    """The database's order (`inspection_list._order`): the key, then newest visit, then id."""
    rows.sort(key=lambda r: (r.visit_date, r.id), reverse=descending if sort == "visit_date" else True)
    if sort == "visit_date":
        return rows
    key: Any
    if sort == "establishment":
        key = lambda r: _name_key(r.name_th)  # noqa: E731
    elif sort == "province":
        ranks = place_ranks("province", place_language)
        key = lambda r: ranks.get(r.province_code, len(ranks))  # noqa: E731
    elif sort == "district":
        ranks = place_ranks("district", place_language)
        key = lambda r: ranks.get(r.district_code, len(ranks))  # noqa: E731
    else:
        key = lambda r: getattr(r, sort)  # noqa: E731 - reference, visit_type, status: text as stored
    rows.sort(key=key, reverse=descending)  # stable: ties keep newest visit first
    return rows


def _name_key(name: str) -> tuple[tuple[str, str], str]:
    return sort_key(name), name  # text_order.compare


_PLACE_TEXT: dict[str | None, str] = {}


def _place_text(code: str | None) -> str:
    text = _PLACE_TEXT.get(code)
    if text is None:
        place = geography.place(code) if code else None
        text = _PLACE_TEXT[code] = f"{place.name_th}{FIELD}{place.name_en}" if place else ""
    return text


# -- reading everything ------------------------------------------------------------------------


class Cancelled(InspectorError):
    """The read was asked to stop (the window is closing): nothing is wrong."""

    def __init__(self) -> None:
        super().__init__("The search index was not read: the window closed.")


def read_all(store: Store, cancelled: Callable[[], bool] = lambda: False) -> list[InspectionRow]:
    """Every inspection's row, read in storage order (a page-by-page pass, not visit-date order).

    Plain statements: the ORM's per-row conversions were most of the time at 20,000 rows.
    """
    with store.session() as session:
        conn = session.connection()
        places = {r[0]: r[1:] for r in conn.exec_driver_sql(
            "SELECT id, name_th, name_en, province_code, district_code FROM establishments")}
        rows = []
        append, day, shared = rows.append, date.fromisoformat, {}
        for n, (record_id, reference, revision, establishment_id, visit_date, visit_type, status) in enumerate(
                conn.exec_driver_sql("SELECT id, reference, revision, establishment_id, visit_date, visit_type, "
                                     "status FROM inspections")):
            if n % 2_000 == 0 and cancelled():
                raise Cancelled()
            place = places.get(establishment_id)
            if place is None:
                continue  # the inner join of the list's query leaves it out too
            visit_type, status = shared.setdefault(visit_type, visit_type), shared.setdefault(status, status)
            append(InspectionRow(record_id, reference, revision, *place, day(visit_date), visit_type, status))
    return rows


_INDEXES: weakref.WeakKeyDictionary[Store, InspectionIndex] = weakref.WeakKeyDictionary()
_LOADING = threading.Lock()


def index_for(store: Store) -> InspectionIndex | None:
    """The store's index once `load_index` has made it, else None (the list reads the database)."""
    return _INDEXES.get(store)


def load_index(store: Store, cancelled: Callable[[], bool] = lambda: False) -> InspectionIndex:
    """Read every inspection into the store's index (once; later calls return it).

    `cancelled()` is asked now and then; when it says so the read stops (`Cancelled`) and no index is kept.
    """
    with _LOADING:
        index = _INDEXES.get(store)
        if index is None:
            index = InspectionIndex(())
            index._reload = True  # noqa: SLF001 - filled by the first refresh, which sees commits made meanwhile
            store.commit_listeners.append(index.committed)
            try:
                index._refresh(store, cancelled)  # noqa: SLF001
            except BaseException:
                store.commit_listeners.remove(index.committed)
                raise
            index.page(store, InspectionQuery(), 0, 1)  # the list's first order, so no keystroke waits for it
            _INDEXES[store] = index
    return index


__all__ = ["InspectionIndex", "index_for", "load_index", "read_all"]
