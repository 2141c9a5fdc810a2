"""Pieces every view shares: pages of rows, search words, place names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy import text as sql_text

from .. import geography

Row = TypeVar("Row")

PAGE_SIZE = 200  # rows per read of a long list: a screenful or three, read in a few milliseconds


@dataclass(frozen=True, slots=True)
class Page(Generic[Row]):
    """One read of a long list: rows from `offset` on, in the list's order.

    `matching` is how many rows the filter lets through (counted with the first page only,
    None on later pages); `total` is how many there are without a filter, where a screen
    shows it (else None).
    """

    rows: tuple[Row, ...]
    offset: int
    matching: int | None = None
    total: int | None = None

    @property
    def last(self) -> bool:
        """Whether this page ends the list (fewer rows came back than were asked for is the other sign)."""
        return self.matching is not None and self.offset + len(self.rows) >= self.matching


@contextmanager
def small_cache(session: Any, kib: int = 1024) -> Iterator[None]:
    """A pass over a whole table with a small page cache, the connection's own given back after.

    A list's order is read in one pass over thousands of wide rows: kept in the pooled connection's
    cache (megabytes, for as long as the connection lives), those pages are of no use to the page-sized
    reads that follow, and the app's memory is counted on a laptop.
    """
    usual = session.execute(sql_text("PRAGMA cache_size")).scalar()
    session.execute(sql_text(f"PRAGMA cache_size = {-abs(int(kib))}"))
    try:
        yield
    finally:
        session.execute(sql_text(f"PRAGMA cache_size = {int(usual)}"))


def search_words(text: str) -> tuple[str, ...]:
    """The words of a search box, case folded, each to be found somewhere in a row (any order)."""
    return tuple(dict.fromkeys(text.casefold().split()))


def contains(column: Any, word: str) -> ColumnElement[bool]:
    """`column` contains `word` (SQLite's LIKE: ASCII case-insensitive; Thai and other scripts have no case)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.coalesce(column, "").like(f"%{escaped}%", escape="\\")


def one_of_codes(column: Any, codes: Sequence[str]) -> ColumnElement[bool]:
    """`column IN codes` with one bound parameter however many codes (a short word can name thousands of places)."""
    if not codes:
        return false()
    values = func.json_each(json.dumps(list(codes))).table_valued("value").c.value
    return column.in_(select(values))


def places_named(word: str) -> tuple[str, ...]:
    return geography.codes_named(word)


def any_of(conditions: Iterable[ColumnElement[bool]]) -> ColumnElement[bool]:
    found = list(conditions)
    return or_(*found) if found else false()


__all__ = ["PAGE_SIZE", "Page", "any_of", "small_cache", "contains", "one_of_codes", "places_named", "search_words"]
