"""Inserting many rows inside the caller's transaction, at the speed each backend offers.

PostgreSQL takes one COPY stream instead of a statement per row. SQLite takes one
`executemany` of plain tuples: each column's value is converted for the database the
way SQLAlchemy would (its own bind processor), but once per distinct value (a batch
shares its few timestamps and device ids), and JSON already serialised (`RawJSON`)
goes in as it is. The push path and the sync benchmark's baseline use the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import JSON

from .db import RawJSON

Convert = Callable[[Any], Any]


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by column name; a missing key is NULL) into `table`."""
    if not rows:
        return
    present = set().union(*rows)
    columns = [c.name for c in table.columns if c.name in present]  # the others take their defaults
    if conn.dialect.name == "postgresql":
        _copy(conn, table, columns, rows)
    else:
        _executemany(conn, table, columns, rows)


def _copy(conn: Connection, table: Table, columns: list[str], rows: Sequence[dict[str, Any]]) -> None:
    import psycopg

    raw = conn.connection.driver_connection
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row([row.get(c) for c in columns])
    except psycopg.Error as exc:
        # Told as SQLAlchemy tells a statement that failed (IntegrityError for a key taken, the SQLSTATE of a
        # serialization failure or deadlock kept), so a lost race is handled alike however the rows went in.
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def _executemany(conn: Connection, table: Table, columns: list[str], rows: Sequence[dict[str, Any]]) -> None:
    marks = ", ".join("?" for _ in columns)
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608 (names from the schema)
    conn.exec_driver_sql(statement, sqlite_values(conn, table, columns, rows))


def sqlite_values(conn: Connection, table: Table, columns: list[str], rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows as tuples of `columns`, each value as SQLAlchemy would bind it for SQLite."""
    converting = [(n, convert) for n, name in enumerate(columns)
                  if (convert := _converter(conn, table, name)) is not _same]
    take = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    values = []
    for row in rows:  # the columns taken in C (a row that lacks one: NULL), the few that convert by hand
        try:
            value = take(row)
        except KeyError:
            value = tuple(map(row.get, columns))
        if converting:
            value = list(value)
            for n, convert in converting:
                value[n] = convert(value[n])
            value = tuple(value)
        values.append(value)
    return values


def _converter(conn: Connection, table: Table, name: str) -> Convert:
    column_type = table.c[name].type
    process = column_type.bind_processor(conn.dialect)
    if process is not None and conn.dialect.name == "sqlite":
        # A datetime the type hands on is text for sqlite3's own adapter, made there per row: made
        # here instead, the same text, once per distinct value (a batch shares its few timestamps).
        typed = process
        process = lambda value: _sqlite_datetime(typed(value))  # noqa: E731
    if process is None:
        return _same
    if isinstance(column_type, JSON) or isinstance(getattr(column_type, "impl", None), JSON):
        # Serialised already: bound as a plain str (the driver looks for adapters on a str subclass, per value).
        return lambda value: str.__str__(value) if isinstance(value, RawJSON) else (
            None if value is None else process(value))
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            done = seen[value] = process(value)
            return done
        except TypeError:  # not hashable: convert it each time
            return process(value)

    return convert


def _same(value: Any) -> Any:
    return value


def _sqlite_datetime(value: Any) -> Any:
    """sqlite3's adapter for datetimes (deprecated in the driver, and called per value there)."""
    return value.isoformat(" ") if isinstance(value, datetime) else value
