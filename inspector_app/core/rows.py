"""Records as the write path stores them, without the ORM: column values, canonical JSON, chain entries.

The unit of work turns every record into the values SQLite stores, the canonical JSON of its
fields (the outbox row and the audit digest) and an audit chain entry. Through the ORM that
costs tens of microseconds a record, which is most of a bulk load (demo data, templates) and
of the autosave hot path. A `TablePlan` compiled once per table does the same conversions in
one pass per record, producing exactly the bytes `types.canonical_json` and `audit.entry_hash`
would (tests compare them on awkward values).
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from json.encoder import encode_basestring  # the string escaper json.dumps uses with ensure_ascii=False
from typing import Any

from sqlalchemy import Boolean, LargeBinary, inspect
from sqlalchemy.types import TypeDecorator

from .types import ISODate, JSONText, UTCDateTime, canonical_json

__all__ = ["AuditChain", "TablePlan", "json_value", "plan_for"]

# Column kinds with a fast path; anything else goes through the column type's own binder.
_PLAIN, _JSON, _DATETIME, _DATE, _BOOL, _BYTES, _OTHER = range(7)
_WIRE_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def json_value(value: Any) -> str:
    """`canonical_json(value)` for one value, fast for the scalar types records hold."""
    cls = value.__class__
    if cls is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if cls is bool:
        return "true" if value else "false"
    if cls is int:
        return int.__repr__(value)
    if cls is float and math.isfinite(value):
        return float.__repr__(value)
    return canonical_json(value)


class TablePlan:
    """How one table's rows become SQLite values and canonical field JSON."""

    def __init__(self, model: type[Any]):
        table = model.__table__
        columns = list(inspect(model).columns)
        self.name: str = table.name
        self.keys: tuple[str, ...] = tuple(c.key for c in columns)
        self.kinds: tuple[int, ...] = tuple(_kind(c.type) for c in columns)
        self._binders = tuple(_binder(c.type) for c in columns)
        self.defaults: tuple[tuple[str, Any], ...] = tuple(
            (c.key, c.default) for c in columns
            if c.default is not None and c.key not in ("id", "created_at", "updated_at")
        )
        names = [c.name for c in columns]
        self.insert_sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        self._names = tuple(names)
        self._updates: dict[tuple[str, ...], str] = {}
        # canonical_json sorts keys: the fields JSON is the columns' JSON in key order.
        self._sorted = tuple((self.keys.index(k), f"{encode_basestring(k)}:") for k in sorted(self.keys))

    def complete(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """Every column present: unknown keys refused, missing ones None or their column default."""
        full = dict.fromkeys(self.keys)
        unknown = row.keys() - full.keys()
        if unknown:
            raise TypeError(f"{self.name} has no column(s) {', '.join(sorted(unknown))}")
        full.update(row)
        for key, default in self.defaults:
            if full[key] is None:
                full[key] = default.arg(None) if default.is_callable else default.arg
        return full

    def encode(self, full: Mapping[str, Any], now: datetime | None = None,
               now_text: str = "") -> tuple[tuple[Any, ...], str]:
        """(values to bind, in column order; canonical JSON of the record's wire fields).

        `now`/`now_text` let a batch format its shared timestamp once.
        """
        values: list[Any] = []
        parts: list[str] = []
        for key, kind, binder in zip(self.keys, self.kinds, self._binders, strict=True):
            value = full[key]
            cls = value.__class__
            if value is None:
                values.append(None)
                parts.append("null")
            elif kind == _PLAIN and (cls is str or cls is int):
                values.append(value)
                parts.append(encode_basestring(value) if cls is str else int.__repr__(value))
            elif kind == _JSON:
                text = binder(value)
                values.append(text)
                parts.append(text)  # the column's JSON text is already canonical_json of the value
            elif kind == _DATETIME and cls is datetime and value.tzinfo is not None:
                text = now_text if value is now else value.astimezone(UTC).strftime(_WIRE_TIME)
                values.append(text)
                parts.append(f'"{text}"')
            elif kind == _DATE and cls is date:
                text = value.isoformat()
                values.append(text)
                parts.append(f'"{text}"')
            else:  # booleans, floats, bytes and anything unusual: the column binder and the generic wire form
                values.append(binder(value))
                parts.append(json_value(_wire(value)))
        body = ",".join([prefix + parts[i] for i, prefix in self._sorted])
        return tuple(values), "{" + body + "}"

    def update_sql(self, keys: tuple[str, ...]) -> str:
        """UPDATE of these columns by id (the few shapes a service writes are kept)."""
        sql = self._updates.get(keys)
        if sql is None:
            sets = ", ".join(f"{self._names[self.keys.index(k)]} = ?" for k in keys)
            sql = self._updates[keys] = f"UPDATE {self.name} SET {sets} WHERE id = ?"
        return sql


@cache
def plan_for(model: type[Any]) -> TablePlan:
    return TablePlan(model)


class AuditChain:
    """Appends audit entries for one actor and device; each hash is exactly `audit.entry_hash`'s.

    The chained body is canonical JSON of the entry's fields in sorted key order: action, actor,
    at, device_id, entity, entity_id, fields_sha256, hlc, prev_hash, rev, seq.
    """

    def __init__(self, seq: int, prev_hash: str, actor: str | None, device_id: str):
        self.seq = seq
        self.prev_hash = prev_hash
        self.actor = actor
        self.device_id = device_id
        self._actor = json_value(actor)
        self._device = json_value(device_id)

    def append(self, entity: str, entity_id: str, action: str, rev: int, stamp: str, fields_sha256: str,
               at_text: str) -> tuple[Any, ...]:
        """The next entry as a row in `writer.AUDIT_COLUMNS` order."""
        self.seq += 1
        prev = self.prev_hash
        body = (f'{{"action":{encode_basestring(action)},"actor":{self._actor},"at":{encode_basestring(at_text)},'
                f'"device_id":{self._device},"entity":{encode_basestring(entity)},'
                f'"entity_id":{encode_basestring(entity_id)},"fields_sha256":{encode_basestring(fields_sha256)},'
                f'"hlc":{encode_basestring(stamp)},"prev_hash":{encode_basestring(prev)},"rev":{json_value(rev)},'
                f'"seq":{self.seq}}}')
        digest = hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()
        self.prev_hash = digest
        return (self.seq, at_text, self.actor, self.device_id, entity, entity_id, action, rev, stamp, fields_sha256,
                prev, digest)


def _wire(value: Any) -> Any:
    """A column value as JSON would carry it (same rules as `writer.to_wire`)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(_WIRE_TIME)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _kind(column_type: Any) -> int:
    if isinstance(column_type, JSONText):
        return _JSON
    if isinstance(column_type, UTCDateTime):
        return _DATETIME
    if isinstance(column_type, ISODate):
        return _DATE
    if isinstance(column_type, Boolean):
        return _BOOL
    if isinstance(column_type, LargeBinary):
        return _BYTES
    if isinstance(column_type, TypeDecorator):
        return _OTHER
    return _PLAIN


def _binder(column_type: Any) -> Any:
    if isinstance(column_type, TypeDecorator):
        return lambda value, t=column_type: t.process_bind_param(value, None)
    if isinstance(column_type, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return lambda value: value
