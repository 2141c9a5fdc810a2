"""A table of database rows read a page at a time off the GUI thread.

`reload()` asks for the first page of the current query (and its count); the view asks
for the next page when it scrolls near the end (`canFetchMore`/`fetchMore`), and the rows
arrive without the window ever waiting. Until the first page of a new query arrives the
old rows stay on screen, so typing in a search box never flashes an empty table.

Change notices (`apply_changes`) re-read only the rows on screen that changed; a new
record, or a change that can move rows in or out of a filter or along the sort order,
reloads the first page instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ..core.changes import ChangeSet
from ..core.views.common import PAGE_SIZE, Page
from .context import UiContext
from .loading import Loader, LoadingNotice

Row = TypeVar("Row")
Query = TypeVar("Query")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[Row, Query]):
    """Subclasses name their entity, columns and reads; they show rows in `data()`."""

    ENTITY = ""  # the table whose change notices this list follows
    COLUMNS: tuple[str, ...] = ()
    firstPageLoaded = Signal()  # noqa: N815 - Qt signal naming: the rows of a (re)load are shown
    countChanged = Signal()  # noqa: N815

    def __init__(self, ctx: UiContext, query: Query, parent: QObject | None = None, *,
                 notice: LoadingNotice | None = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.ctx = ctx
        self._query = query
        self.page_size = page_size
        self._rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self.matching: int | None = None
        self.total: int | None = None
        self._complete = False  # every matching row is here
        self._epoch = 0  # bumped by each reload: an older next-page answer is dropped
        self._fetching = False
        self._started = False  # reloaded once: until then a new query is only kept (no read for a passing state)
        self._loader = Loader(ctx, self, notice)  # type: ignore[arg-type]
        self._loader.loadingChanged.connect(lambda _busy: self.countChanged.emit())

    # -- what subclasses provide ---------------------------------------------------------

    def read_page(self, query: Query, offset: int, limit: int) -> Page[Row]:  # runs on a worker thread
        raise NotImplementedError

    def read_rows(self, ids: set[str]) -> dict[str, Row]:  # runs on a worker thread
        raise NotImplementedError

    def next_page_reader(self, query: Query, offset: int, limit: int) -> Callable[[], Page[Row]]:
        """What reads the page at `offset` on a worker thread (made on the GUI thread: it may take what the
        first page brought, e.g. the list's order)."""
        return lambda: self.read_page(query, offset, limit)

    def moves(self, old: Row, new: Row) -> bool:
        """Whether a changed row may leave the filter or move along the sort order (then the list reloads)."""
        return old != new

    @staticmethod
    def row_id(row: Any) -> str:
        return str(row.id)

    # -- loading ---------------------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @property
    def started(self) -> bool:
        """Whether the model has read (or is reading) its rows once."""
        return self._started

    @property
    def loader(self) -> Loader:
        return self._loader

    @property
    def has_loaded(self) -> bool:
        return self._loader.has_loaded

    def set_query(self, query: Query) -> None:
        if query != self._query:
            self._query = query
            if self._started:
                self.reload()

    def reload(self, *, keep_rows: bool = False) -> None:
        """Read the first page again; `keep_rows`: as many rows as are shown now, so a refresh after a
        change notice does not take a user who scrolled down back to the top."""
        self._epoch += 1
        self._fetching = False
        self._started = True
        query, size = self._query, max(self.page_size, len(self._rows) if keep_rows else 0)
        self._loader.load(lambda: self.read_page(query, 0, size), lambda page: self._show_first_page(page, size))

    def _show_first_page(self, page: Page[Row], asked: int | None = None) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._row_of = {self.row_id(r): n for n, r in enumerate(self._rows)}
        self.matching, self.total = page.matching, page.total
        self._complete = len(page.rows) < (asked or self.page_size) or (page.matching is not None
                                                                          and len(page.rows) >= page.matching)
        self.endResetModel()
        self.countChanged.emit()
        self.firstPageLoaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.has_loaded and not self._complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        epoch, query, offset, size = self._epoch, self._query, len(self._rows), self.page_size

        def arrived(page: Page[Row]) -> None:
            if epoch != self._epoch:
                return
            self._fetching = False
            fresh = [r for r in page.rows if self.row_id(r) not in self._row_of]
            if len(page.rows) < size:
                self._complete = True
            if fresh:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
                for row in fresh:
                    self._row_of[self.row_id(row)] = len(self._rows)
                    self._rows.append(row)
                self.endInsertRows()

        def failed(_exc: BaseException) -> None:
            if epoch == self._epoch:
                self._fetching = False

        self.ctx.read(self.next_page_reader(query, offset, size), on_success=arrived, on_failure=failed, owner=self)

    # -- change notices -----------------------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh after a service changed records of this list's entity."""
        if not changes.touches(self.ENTITY):
            return
        if changes.created_ids(self.ENTITY):
            self.reload()  # where a new record falls in the order is the database's to say
            return
        shown = {i for i in changes.ids(self.ENTITY) if i in self._row_of}
        if not shown:
            return  # not read yet: whoever scrolls to them reads them fresh
        epoch = self._epoch

        def arrived(fresh: dict[str, Row]) -> None:
            if epoch != self._epoch:
                return
            for record_id, row in fresh.items():
                position = self._row_of.get(record_id)
                if position is None:
                    continue
                if self.moves(self._rows[position], row):
                    self.reload()
                    return
            for record_id, row in fresh.items():
                position = self._row_of.get(record_id)
                if position is not None and self._rows[position] != row:
                    self._rows[position] = row
                    self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.COLUMNS) - 1))

        self.ctx.read(lambda: self.read_rows(shown), on_success=arrived, owner=self)

    # -- rows -------------------------------------------------------------------------------

    def row(self, position: int) -> Row:
        return self._rows[position]

    def position_of(self, record_id: str) -> int | None:
        return self._row_of.get(record_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: the database orders, the first page of the new order is read."""
        if 0 <= column < len(self.COLUMNS):
            self.set_query(self.sorted_query(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder))

    def sorted_query(self, column: str, descending: bool) -> Query:
        raise NotImplementedError


def when_loaded(model: PagedTableModel[Any, Any], then: Callable[[], None]) -> None:
    """Call `then` once the model's next first page is shown."""

    def once() -> None:
        model.firstPageLoaded.disconnect(once)
        then()

    model.firstPageLoaded.connect(once)
