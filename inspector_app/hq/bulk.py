"""Inserting many rows inside the caller's transaction, at the speed each backend offers.

PostgreSQL takes one COPY stream instead of a statement per row. SQLite takes one
`executemany` of plain tuples: each column's value is converted for the database the
way SQLAlchemy would (its own bind processor), but once per distinct value (a batch
shares its few timestamps and device ids), and JSON already serialised (`RawJSON`)
goes in as it is. The push path and the sync benchmark's baseline use the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table
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
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[union-attr]
        f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    ) as copy:
        for row in rows:
            copy.write_row([row.get(c) for c in columns])


def _executemany(conn: Connection, table: Table, columns: list[str], rows: Sequence[dict[str, Any]]) -> None:
    converters = [_converter(conn, table, name) for name in columns]
    marks = ", ".join("?" for _ in columns)
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608 (names from the schema)
    pairs = list(zip(columns, converters, strict=True))
    conn.exec_driver_sql(statement, [tuple(convert(row.get(name)) for name, convert in pairs) for row in rows])


def _converter(conn: Connection, table: Table, name: str) -> Convert:
    column_type = table.c[name].type
    process = column_type.bind_processor(conn.dialect)
    if process is None:
        return _same
    if isinstance(column_type, JSON) or isinstance(getattr(column_type, "impl", None), JSON):
        return lambda value: value if isinstance(value, RawJSON) or value is None else process(value)
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
