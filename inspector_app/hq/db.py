"""HQ database: one URL, SQLite (a file path) or PostgreSQL, the same code for both.

`HQDatabase.write()` opens a write transaction (`BEGIN IMMEDIATE` on SQLite,
so two writers never deadlock upgrading their locks; an ordinary READ
COMMITTED transaction on PostgreSQL, where row locks and unique keys do the
work). `read()` is a plain transaction. Migrations run under an advisory lock
on PostgreSQL, so several HQ processes may start at once.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Integer, String, Table, any_, bindparam, create_engine, event, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from .errors import HQConfigError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_SECONDS = 30
_MIGRATION_LOCK_KEY = 0x1F1E_4851  # any constant: the advisory lock id for schema upgrades


def among(conn: Connection, column: Any, values: Sequence[Any]) -> Any:
    """`column IN (values)` for a batch's lookups. On PostgreSQL the values go as one array parameter
    (`= ANY`): the client's CPU for 400 ids was 4.6 ms as 400 bound values, 1.2 ms as one array
    (measured alone, same server, same minute); the index is used alike."""
    if conn.dialect.name == "postgresql":
        # Text of any length (a VARCHAR(n)[] cast would cut a longer value short): as IN compares.
        element = String() if isinstance(column.type, String) else column.type
        return column == any_(bindparam(None, list(values), type_=ARRAY(element)))
    return column.in_(values)


def among_bound(conn: Connection, column: Any, name: str) -> Any:
    """`among` with its values bound later, as parameter `name` (a list): a statement built once and run for
    every batch (its compiled form cached), instead of built and rendered with each batch's values."""
    if conn.dialect.name == "postgresql":
        element = String() if isinstance(column.type, String) else column.type
        return column == any_(bindparam(name, type_=ARRAY(element)))
    return column.in_(bindparam(name, expanding=True))


LOOKUP_CHUNK = 400  # values per statement of `rows_among` (SQLite allows 32,766 bound values)


def rows_among(conn: Connection, table: Table, columns: Sequence[str], key: str, values: Sequence[Any], *,
               equal: Sequence[tuple[str, Any]] = (), lock: bool = False) -> list[Any]:
    """The rows of `columns` (plain text or integer columns of `table`) whose `key` is among `values` and each
    `equal` column equals its value, read by statements written here once per shape: `among` in a select
    costs SQLAlchemy ~570 µs per 400 ids on SQLite (it renders the IN list at every execution), these ~110 µs.
    `lock` reads the rows `FOR NO KEY UPDATE` on PostgreSQL (SQLite's write transaction already shuts other
    writers out). Rows come as SQLAlchemy rows (by position or column name), errors as SQLAlchemy tells them
    (DBAPIError), as for any statement."""
    found: list[Any] = []
    postgres = conn.dialect.name == "postgresql"
    shape = (table, tuple(columns), key, tuple(name for name, _ in equal), lock)
    extra = tuple(value for _, value in equal)
    for start in range(0, len(values), LOOKUP_CHUNK):
        chunk = values[start : start + LOOKUP_CHUNK]
        count = None if postgres else len(chunk)
        statement = _LOOKUPS.get((conn.dialect.name, *shape, count)) or _lookup_sql(conn.dialect, *shape, count)
        found.extend(conn.exec_driver_sql(statement, ((list(chunk),) if postgres else tuple(chunk)) + extra))
    return found


_LOOKUPS: dict[tuple[Any, ...], str] = {}


def _lookup_sql(dialect: Any, table: Table, columns: tuple[str, ...], key: str, equal: tuple[str, ...], lock: bool,
                count: int | None) -> str:
    """`rows_among`'s statement: `count` placeholders in an IN list (SQLite), or one text array (PostgreSQL: None)."""
    for name in (*columns, key, *equal):
        kind = table.c[name].type
        if not isinstance(kind, (String, Integer)) or kind.result_processor(dialect, None) is not None:
            raise ValueError(f"rows_among reads plain text and integer columns, not {table.name}.{name}")
    if count is None and not isinstance(table.c[key].type, String):
        raise ValueError(f"rows_among looks {table.name}.{key} up as text on PostgreSQL")
    quote = dialect.identifier_preparer.quote
    mark = "%s" if count is None else "?"
    conditions = [f"{quote(key)} = ANY({mark}::VARCHAR[])" if count is None
                  else f"{quote(key)} IN ({', '.join(mark for _ in range(count))})"]
    conditions += [f"{quote(name)} = {mark}" for name in equal]
    statement = (f"SELECT {', '.join(map(quote, columns))} FROM {quote(table.name)} "  # noqa: S608 (schema names)
                 f"WHERE {' AND '.join(conditions)}{' FOR NO KEY UPDATE' if lock and count is None else ''}")
    _LOOKUPS[(dialect.name, table, columns, key, equal, lock, count)] = statement
    return statement


@contextmanager
def planned_with_values(conn: Connection) -> Iterator[None]:
    """Statements run inside are planned by PostgreSQL with their values, every time (not prepared by psycopg, so
    no generic plan is cached for them).

    For queries over a batch's ids (`= ANY` an array) on tables that grow as laptops push: a generic plan is
    made once, guessing the array small and the table as it was then, and kept; planned with the values the
    planner sees the array's length and the table's size now, and picks the index or hashes the array."""
    if conn.dialect.name != "postgresql":
        yield
        return
    raw = conn.connection.driver_connection
    threshold = raw.prepare_threshold  # type: ignore[union-attr]
    raw.prepare_threshold = None  # type: ignore[union-attr]
    try:
        yield
    finally:
        raw.prepare_threshold = threshold  # type: ignore[union-attr]


class RawJSON(str):
    """JSON text already serialised (e.g. to hash it): stored as it is, not serialised again.

    `value`, when its maker kept it, is what the text was made from (json.loads of the text gives an equal
    value): read it instead of parsing the text again, and never change it."""

    value: Any = None

    @classmethod
    def of(cls, text: str, value: Any) -> RawJSON:
        raw = cls(text)
        raw.value = value
        return raw


def _json_dumps(value: Any) -> str:
    if isinstance(value, RawJSON):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def normalise_url(db: str) -> str:
    """A file path (the default) means SQLite; postgresql:// URLs use psycopg 3."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    try:
        url = make_url(db)
    except ArgumentError:
        raise HQConfigError(f"{db!r} is neither a file path nor a database URL.") from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if url.drivername.startswith("sqlite"):
        return db
    raise HQConfigError(f"Unsupported database {url.drivername!r}: use a SQLite file path or a postgresql:// URL.")


def describe_url(db: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(normalise_url(db)).render_as_string(hide_password=True)
    except HQConfigError:
        return db


class HQDatabase:
    def __init__(self, db: str):
        self.url = normalise_url(db)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            path = make_url(self.url).database
            if path and path != ":memory:":
                parent = Path(path).parent
                if not parent.is_dir():
                    raise HQConfigError(f"Folder {parent} does not exist (for the HQ database {path}).")
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = create_engine(self.url, pool_size=8, max_overflow=8, pool_pre_ping=True,
                                        json_serializer=_json_dumps)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(hq_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # -- schema -------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Bring the schema to head (a no-op when current)."""
        cfg = alembic_config()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(hq_write=True)
                with conn.begin():
                    if not self.is_sqlite:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise HQConfigError(f"Cannot open the HQ database {describe_url(self.url)}: {_first_line(exc)}") from None

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False},
        json_serializer=_json_dumps,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("hq_write") else "BEGIN")

    return engine


def _switch_to_wal(cursor: Any) -> None:
    """WAL once per file. Switching takes an exclusive lock that the busy timeout does not wait for,
    so processes opening a brand-new file together retry for a while."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__
