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
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from functools import cache
from json.encoder import encode_basestring  # the string escaper json.dumps uses with ensure_ascii=False
from typing import Any

from sqlalchemy import Boolean, LargeBinary, inspect
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.types import TypeDecorator

from .types import ISODate, JSONText, UTCDateTime, canonical_json, json_text

__all__ = ["AuditChain", "TablePlan", "json_value", "plan_for", "wire_value"]

# Column kinds with a fast path; anything else goes through the column type's own binder.
_PLAIN, _JSON, _DATETIME, _DATE, _BOOL, _BYTES, _OTHER = range(7)
_WIRE_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"
_SQLITE = sqlite_dialect()  # the laptop's stores are SQLite (SQLCipher): its result processors


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
    """How one table's rows become SQLite values and canonical field JSON.

    The conversions are compiled once per table into straight-line functions (as dataclasses and
    namedtuple do): per record they are the hot spot of a bulk load, and a generic loop over the
    columns with type tests cost about three times as much.
    """

    def __init__(self, model: type[Any]):
        table = model.__table__
        columns = list(inspect(model).columns)
        # A plain str: SQLAlchemy's quoted_name makes the DB-API look for adapters on every bound row.
        self.name: str = str(table.name)
        self.keys: tuple[str, ...] = tuple(c.key for c in columns)
        self._keyset = frozenset(self.keys)
        names = [c.name for c in columns]
        self.insert_sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        self._names = tuple(names)
        self._updates: dict[tuple[str, ...], str] = {}
        self._complete, self._encode_new, self._encode = _compile(table.name, columns)
        # Reading back: SELECT these columns, and `decode` gives what a Core select of them returns.
        self.columns_sql = ", ".join(names)
        self._decoders = tuple((n, processor) for n, c in enumerate(columns)
                               if (processor := c.type.result_processor(_SQLITE, None)) is not None)

    def check_keys(self, row: Mapping[str, Any]) -> None:
        if not row.keys() <= self._keyset:
            unknown = sorted(row.keys() - self._keyset)
            raise TypeError(f"{self.name} has no {'column' if len(unknown) == 1 else 'columns'} {', '.join(unknown)}")

    def complete(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """Every column present: unknown keys refused, missing ones None or their column default."""
        self.check_keys(row)
        return self._complete(row)

    def encode_new(self, row: Mapping[str, Any], record_id: str, stamp: str, now: datetime,
                   now_text: str) -> tuple[tuple[Any, ...], str]:
        """A new record from the columns in `row` (passed `check_keys`; the others take their defaults),
        with this id, rev 1, created and updated `now` and this clock stamp: (values to bind in
        column order, canonical JSON of its wire fields)."""
        return self._encode_new(row, record_id, stamp, now, now_text)

    def encode(self, full: Mapping[str, Any], now: datetime | None = None,
               now_text: str = "") -> tuple[tuple[Any, ...], str]:
        """(values to bind in column order, canonical JSON of the wire fields) of a record with every column.

        `now`/`now_text`: a time the caller has formatted already.
        """
        return self._encode(full, now, now_text)

    def decode(self, stored: Sequence[Any]) -> dict[str, Any]:
        """A row read as `SELECT {columns_sql}` on the DB-API connection, as the values (keyed by attribute)
        that a Core select of the same columns gives: the column types' own result processors."""
        values = list(stored)
        for n, processor in self._decoders:
            values[n] = processor(values[n])
        return dict(zip(self.keys, values, strict=True))

    def update_sql(self, keys: tuple[str, ...]) -> str:
        """UPDATE of these columns by id (the few shapes a service writes are kept)."""
        sql = self._updates.get(keys)
        if sql is None:
            sets = ", ".join(f"{self._names[self.keys.index(k)]} = ?" for k in keys)
            sql = self._updates[keys] = f"UPDATE {self.name} SET {sets} WHERE id = ?"
        return sql


_WRITER_SET = {"id": "record_id", "rev": "1", "hlc": "stamp", "created_at": "now", "updated_at": "now"}


def _compile(table_name: str, columns: list[Any]) -> tuple[Any, Any, Any]:
    """The table's `complete`, `encode_new` and `encode` functions, from generated source.

    Each column becomes a few lines that load `v` and turn it into `d<n>` (what SQLite stores)
    and `m<n>` (its canonical JSON): the common types inline, anything else through `slow<n>`
    (the column type's binder plus the generic wire rules, i.e. what the ORM path does).
    """
    namespace: dict[str, Any] = {"enc": encode_basestring, "json_text": json_text, "int_repr": int.__repr__,
                                 "date": date}
    keys = [c.key for c in columns]
    loads_given, loads_new, loads_full, converts = [], [], [], []
    fixed_new: dict[int, list[str]] = {}  # columns whose value a new record always gets from the writer
    for n, column in enumerate(columns):
        key = column.key
        kind, binder = _kind(column.type), _binder(column.type)
        if key == "rev" and kind == _PLAIN:
            fixed_new[n] = [f"d{n} = 1; m{n} = '1'"]
        elif key in ("created_at", "updated_at") and kind == _DATETIME:
            fixed_new[n] = [f"d{n} = now_text; m{n} = now_member"]
        elif key == "hlc" and kind == _PLAIN:  # a clock stamp: digits, '-' and hex, nothing to escape
            fixed_new[n] = [f"d{n} = stamp; m{n} = '\"' + stamp + '\"'"]
        namespace[f"slow{n}"] = lambda value, binder=binder: (binder(value), json_value(wire_value(value)))
        given = [f"v = row.get({key!r})"]
        if column.default is not None and key not in _WRITER_SET:
            namespace[f"default{n}"] = column.default.arg
            given.append(f"if v is None: v = default{n}" + ("(None)" if column.default.is_callable else ""))
        loads_given.append(given)
        loads_new.append([f"v = {_WRITER_SET[key]}"] if key in _WRITER_SET else given)
        loads_full.append([f"v = full[{key!r}]"])
        if kind == _PLAIN:
            converts.append([f"if v.__class__ is str: d{n} = v; m{n} = enc(v)",
                             f"elif v is None: d{n} = None; m{n} = 'null'",
                             f"elif v.__class__ is int: d{n} = v; m{n} = int_repr(v)",
                             f"else: d{n}, m{n} = slow{n}(v)"])
        elif kind == _JSON:  # the stored text is the value's canonical JSON already
            converts.append([f"if v is None: d{n} = None; m{n} = 'null'",
                             f"elif v.__class__ is list and not v: d{n} = m{n} = '[]'",
                             f"else: d{n} = m{n} = json_text(v)"])
        elif kind == _DATETIME:
            converts.append([f"if v is None: d{n} = None; m{n} = 'null'",
                             f"elif v is now: d{n} = now_text; m{n} = now_member",
                             f"else: d{n}, m{n} = slow{n}(v)"])
        elif kind == _DATE:
            converts.append([f"if v is None: d{n} = None; m{n} = 'null'",
                             f"elif v.__class__ is date: d{n} = v.isoformat(); m{n} = '\"' + d{n} + '\"'",
                             f"else: d{n}, m{n} = slow{n}(v)"])
        else:
            converts.append([f"if v is None: d{n} = None; m{n} = 'null'",
                             f"else: d{n}, m{n} = slow{n}(v)"])

    members: list[str] = []
    for key in sorted(keys):  # canonical JSON: members in key order
        members += [repr(("," if members else "{") + encode_basestring(key) + ":"), f"m{keys.index(key)}"]
    members.append("'}'")
    result = f"return ({''.join(f'd{n}, ' for n in range(len(keys)))}), ''.join(({', '.join(members)}))"

    def function(header: str, loads: list[list[str]], fixed: dict[int, list[str]]) -> list[str]:
        lines = [header, "now_member = '\"' + now_text + '\"'"]
        for n, (load, convert) in enumerate(zip(loads, converts, strict=True)):
            lines += fixed[n] if n in fixed else load + convert
        return [lines[0]] + ["    " + line for line in lines[1:] + [result]]

    complete = ["def complete(row):"]
    for n, load in enumerate(loads_given):
        complete += ["    " + line for line in load] + [f"    c{n} = v"]
    complete.append("    return {" + ", ".join(f"{key!r}: c{n}" for n, key in enumerate(keys)) + "}")
    source = "\n".join([*complete,
                        *function("def encode_new(row, record_id, stamp, now, now_text):", loads_new, fixed_new),
                        *function("def encode(full, now, now_text):", loads_full, {})])
    # Generated from our own model metadata only, never from data.
    exec(compile(source, f"<row encoders: {table_name}>", "exec"), namespace)  # noqa: S102
    return namespace["complete"], namespace["encode_new"], namespace["encode"]


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
        self._start: dict[tuple[str, str, str], str] = {}

    def append(self, entity: str, entity_id: str, action: str, rev: int, stamp: str, fields_sha256: str,
               at_text: str) -> tuple[Any, ...]:
        """The next entry as a row in `writer.AUDIT_COLUMNS` order."""
        self.seq += 1
        prev = self.prev_hash
        start = self._start.get((action, at_text, entity))
        if start is None:  # the members up to "entity" repeat across a batch
            start = self._start[(action, at_text, entity)] = (
                f'{{"action":{json_value(action)},"actor":{json_value(self.actor)},"at":{json_value(at_text)},'
                f'"device_id":{json_value(self.device_id)},"entity":{json_value(entity)},"entity_id":')
        # Digests are hex and clock stamps digits, '-' and hex: nothing in them needs escaping.
        body = (f'{start}{encode_basestring(entity_id)},"fields_sha256":"{fields_sha256}",'
                f'"hlc":"{stamp}","prev_hash":"{prev}","rev":{json_value(rev)},"seq":{self.seq}}}')
        digest = hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()
        self.prev_hash = digest
        return (self.seq, at_text, self.actor, self.device_id, entity, entity_id, action, rev, stamp, fields_sha256,
                prev, digest)

    def creates(self, entity: str, ids: list[str], stamps: list[str], digests: list[str],
                at_text: str) -> list[tuple[Any, ...]]:
        """`append` of a "create" at revision 1 for each record, in order (a bulk load's entries).

        Each entry is given by the columns that differ between them: (seq, entity_id, hlc,
        fields_sha256, prev_hash, hash); the others are this chain's actor and device, `at_text`,
        `entity`, "create" and 1.
        """
        start = (f'{{"action":"create","actor":{json_value(self.actor)},"at":{json_value(at_text)},'
                 f'"device_id":{json_value(self.device_id)},"entity":{json_value(entity)},"entity_id":')
        sha256, escape = hashlib.sha256, encode_basestring
        seq, prev = self.seq, self.prev_hash
        entries = []
        for entity_id, stamp, fields_sha256 in zip(ids, stamps, digests, strict=True):
            seq += 1
            digest = sha256(f'{prev}\n{start}{escape(entity_id)},"fields_sha256":"{fields_sha256}","hlc":"{stamp}",'
                            f'"prev_hash":"{prev}","rev":1,"seq":{seq}}}'.encode()).hexdigest()
            entries.append((seq, entity_id, stamp, fields_sha256, prev, digest))
            prev = digest
        self.seq, self.prev_hash = seq, prev
        return entries


def wire_value(value: Any) -> Any:
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
    if isinstance(column_type, JSONText):
        return json_text
    if isinstance(column_type, TypeDecorator):
        return lambda value, t=column_type: t.process_bind_param(value, None)
    if isinstance(column_type, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return lambda value: value
