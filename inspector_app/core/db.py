"""SQLCipher connections and SQLAlchemy engines.

Every connection is keyed with the raw data key (no passphrase KDF inside
SQLCipher: the key is already derived), then set to WAL, synchronous=FULL and
foreign keys on. Writers take `BEGIN IMMEDIATE` so a service never starts a
transaction it cannot commit because another writer got there first.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool, QueuePool

from . import text_order
from .errors import StoreError, WrongPassphrase
from .messages import QT_TRANSLATE_NOOP

DB_FILE = "inspector.db"
BUSY_TIMEOUT_MS = 10_000


def raw_key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, read_only: bool = False, wal: bool = True) -> Any:
    """Open and key one DB-API connection; raise a clear error if the key or file is wrong."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(raw_key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(QT_TRANSLATE_NOOP("StoreErrors", "{path} cannot be opened with this key: the passphrase "
                                                                   "does not match this database, or the file is "
                                                                   "damaged."), path=str(path)) from None
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{path} cannot be opened: {reason}"), path=str(path),
                         reason=str(exc)) from None
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    text_order.register(conn)  # lists sort names in the database, as people read them
    return conn


def make_engine(path: Path, data_key: bytes, *, read_only: bool = False, writer: bool = False) -> Engine:
    """An engine over the encrypted database.

    `writer=True` gives the single-connection engine the services use: one
    writer at a time inside the process, `BEGIN IMMEDIATE` against other
    processes (a CLI run beside the GUI).
    """
    pool: dict[str, Any] = (
        {"poolclass": NullPool}
        if read_only
        else {"poolclass": QueuePool, "pool_size": 1 if writer else 4, "max_overflow": 0 if writer else 4}
    )
    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: connect(path, data_key, read_only=read_only),
        module=sqlcipher,
        **pool,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer and not read_only else "BEGIN")

    return engine


class DriverStatements:
    """Plain SQL run straight on a transaction's DB-API connection: the write path's bookkeeping statements.

    `Connection.exec_driver_sql` costs about 11 µs of Python per statement on top of SQLite's own
    work, and the autosave path runs seven; this costs none of it. The statements run in the
    connection's transaction exactly as through SQLAlchemy, and a driver error is raised as the
    `sqlalchemy.exc` error `exec_driver_sql` would raise. What engine events see: the transaction's
    BEGIN and commit, not these statements.
    """

    __slots__ = ("_driver",)

    def __init__(self, connection: Connection):
        self._driver = connection.connection.driver_connection

    def exec_driver_sql(self, sql: str, parameters: Any = ()) -> Any:
        """Run `sql` once, or once per row when `parameters` is a list of rows; the DB-API cursor."""
        try:
            if isinstance(parameters, list):
                return self._driver.executemany(sql, parameters)
            return self._driver.execute(sql, parameters)
        except sqlcipher.Error as error:
            raise DBAPIError.instance(sql, parameters, error, sqlcipher.Error) from error


class InterruptibleReads:
    """The connections of `engine` that reads marked `interruptible()` hold at this moment, so that they
    can be stopped mid-statement (`interrupt()`: SQLite's own interrupt, safe from any thread).

    Closing the window must not wait seconds for a page's read whose answer nobody will see; a write
    is never marked, so it always runs to its commit. An interrupted statement raises in its reader's
    thread ("interrupted"); a connection idle when asked keeps working (SQLite ignores the request
    when no statement runs).

    SQLite's interrupt must never meet a connection being closed (its documentation: "bad things will
    likely happen"). A held connection leaves `_held` only under the lock, at its check-in (after which
    the pool may close an overflow connection) or its invalidation (before the pool closes it), and
    `interrupt()` asks every connection while holding that lock: a connection is never closed while it is
    being interrupted."""

    def __init__(self, engine: Engine):
        self._lock = threading.Lock()
        self._held: dict[int, Any] = {}  # id of the DB-API connection -> the connection
        self._marked = threading.local()
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "checkin", self._checkin)
        event.listen(engine, "invalidate", self._invalidated)
        event.listen(engine, "soft_invalidate", self._invalidated)

    @contextmanager
    def interruptible(self) -> Iterator[None]:
        """Connections this thread takes meanwhile may be interrupted."""
        outer = getattr(self._marked, "on", False)
        self._marked.on = True
        try:
            yield
        finally:
            self._marked.on = outer

    def _checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if getattr(self._marked, "on", False):
            with self._lock:
                self._held[id(dbapi_conn)] = dbapi_conn

    def _checkin(self, dbapi_conn: Any, _record: Any) -> None:
        if self._held:
            with self._lock:  # waits for an interrupt() under way: the pool may close this connection next
                self._held.pop(id(dbapi_conn), None)

    def _invalidated(self, dbapi_conn: Any, _record: Any, _exception: BaseException | None) -> None:
        if self._held:
            with self._lock:  # the pool closes the connection once this returns
                self._held.pop(id(dbapi_conn), None)

    def interrupt(self) -> int:
        """Stop the statements the marked reads are running; how many connections were asked."""
        with self._lock:  # none of them can be checked in, invalidated or closed meanwhile
            held = list(self._held.values())
            for conn in held:
                try:
                    conn.interrupt()
                except sqlcipher.Error:  # closed already: nothing to stop
                    pass
        return len(held)
