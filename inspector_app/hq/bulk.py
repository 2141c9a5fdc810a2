"""Inserting many rows inside the caller's transaction, at the speed each backend offers.

PostgreSQL takes one COPY stream instead of a statement per row (binary where every column's type has a
plain binary form: text, integers, booleans, dates, times, JSON text). SQLite takes one
`executemany` of plain tuples: each column's value is converted for the database the
way SQLAlchemy would (its own bind processor), but once per distinct value (a batch
shares its few timestamps and device ids), and JSON already serialised (`RawJSON`)
goes in as it is. The push path and the sync benchmark's baseline use the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import JSON, BigInteger, Boolean, Date, DateTime, Integer, SmallInteger, String, TypeDecorator

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
    plan = _binary_plan(table, columns)
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN{' (FORMAT BINARY)' if plan else ''}"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            if plan is None:
                for row in rows:
                    copy.write_row([row.get(c) for c in columns])
            else:
                copy.set_types(plan.types)
                for row in rows:
                    values = [row.get(c) for c in columns]
                    for n, low, high in plan.bounded:  # a binary integer is cut to its width, not refused
                        if (value := values[n]) is not None and not low <= value <= high:
                            raise psycopg.errors.NumericValueOutOfRange(
                                f"{value} is out of range for {table.name}.{columns[n]}")
                    copy.write_row(values)
    except psycopg.Error as exc:
        # Told as SQLAlchemy tells a statement that failed (IntegrityError for a key taken, the SQLSTATE of a
        # serialization failure or deadlock kept), so a lost race is handled alike however the rows went in.
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


@dataclass(frozen=True)
class _Binary:
    types: list[str]  # each column's PostgreSQL type, as psycopg names its binary dumper
    bounded: list[tuple[int, int, int]]  # integer columns: position, least and greatest value


_BINARY_PLANS: dict[tuple[str, tuple[str, ...]], _Binary | None] = {}
_INTEGERS = {"int2": 2**15, "int4": 2**31, "int8": 2**63}


def _binary_plan(table: Table, columns: list[str]) -> _Binary | None:
    """How the rows go as binary COPY, or None (text COPY) when a column's type has no plain binary form here.

    Binary rows take the client a third of the CPU of text rows (each value packed, not formatted); the server
    still checks every value as it does with text (a JSON column's text is parsed as JSON alike)."""
    key = (table.name, tuple(columns))
    if key not in _BINARY_PLANS:
        types = [postgres_type(table.c[c].type) for c in columns]
        _BINARY_PLANS[key] = None if None in types else _Binary(
            types=types,  # type: ignore[arg-type]
            bounded=[(n, -_INTEGERS[t], _INTEGERS[t] - 1) for n, t in enumerate(types) if t in _INTEGERS])
    return _BINARY_PLANS[key]


def postgres_type(column_type: Any) -> str | None:
    """The PostgreSQL type a column's values go in as (psycopg's name for its binary dumper, which PostgreSQL also
    takes in a cast), or None where there is no plain one here."""
    kind = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    if isinstance(kind, JSON):
        return "text"  # the JSON text as it is: `json`'s binary form is its text
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, BigInteger):
        return "int8"
    if isinstance(kind, SmallInteger):
        return "int2"
    if isinstance(kind, Integer):
        return "int4"
    if isinstance(kind, String):
        return "text"
    if isinstance(kind, DateTime):
        return "timestamptz" if kind.timezone else "timestamp"
    if isinstance(kind, Date):
        return "date"
    return None


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
