"""The one write path: record + outbox row + audit entry in one transaction.

Services open a `UnitOfWork`, change records through `save()` (or
`insert_many()` for bulk loads such as demo data and template imports), and
the whole call commits or rolls back as one. Nothing else writes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect
from sqlalchemy.orm import Session

from . import hlc, outbox_counts
from .audit import GENESIS_HASH, VOLATILE_FIELDS, audited_fields, entry_hash, fields_digest
from .bulk import LogHead, LogMoved, PlannedInsert, plan_insert
from .changes import ChangeSet
from .db import DriverStatements
from .errors import DiskFull, NotFound, ReadOnlyStore, ValidationError, is_disk_full
from .messages import QT_TRANSLATE_NOOP, internal
from .models import LOCAL_ONLY_ENTITIES, Base, Device, ResolvedAtHQ, Synced
from .record_names import RECORD_NAMES
from .rows import plan_for
from .text_rules import refuse_unstorable
from .types import canonical_json, new_id, utcnow

if TYPE_CHECKING:
    from .store import Store


def to_wire(value: Any) -> Any:
    """A column value as JSON (the form it has in the outbox and on the wire)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def wire_fields(obj: Base) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: to_wire(getattr(obj, attr.key)) for attr in mapper.column_attrs}


@dataclass(frozen=True, slots=True)
class _Head:
    """The write counters as this connection's last commit left them, and how to know they still hold.

    `data_version` changes when another connection commits; `total_changes` when this connection
    writes outside a unit of work. While both are unchanged nobody else wrote, so the next unit of
    work can skip reading the device counters and the audit chain head.
    """

    device_id: str
    data_version: int
    total_changes: int
    last_seq: int
    last_hlc: str
    audit_seq: int
    audit_hash: str


SAVING_THE_CHANGE = QT_TRANSLATE_NOOP("Errors", "saving the change")
_HEAD_KEY = "inspector.writer_head"  # in the pooled DB-API connection's info dict
_BOOKKEEPING = frozenset(("rev", "updated_at", "hlc"))


_RESOLVED_AT = "SELECT rev, resolution_id FROM resolved_at_hq WHERE entity = ? AND entity_id = ?"

class UnitOfWork:
    """One service call's transaction. Use as a context manager."""

    def __init__(self, store: Store, *, actor: str | None = None):
        if store.read_only:
            raise ReadOnlyStore(store.read_only_reason or QT_TRANSLATE_NOOP("StoreErrors", "This data store is open "
                                                                                           "read-only."))
        self.store = store
        self.actor = actor if actor is not None else store.username
        self.changes = ChangeSet()
        self.session: Session
        self.connection: Connection  # the transaction's connection, for Core statements on hot paths
        self.driver: DriverStatements  # the same transaction, for plain SQL without SQLAlchemy's execution
        self._node = hlc.node_of(store.device_id)
        self._last_seq = 0
        self._last_hlc = ""
        self._prev_hash = GENESIS_HASH
        self._audit_seq = 0
        self._pending_audit: list[tuple[Any, ...]] = []
        self._pending_ops: list[tuple[Any, ...]] = []
        self._queued = outbox_counts.Tally()  # added to the kept outbox counts with the rows

    # -- lifecycle --------------------------------------------------------------

    def __enter__(self) -> UnitOfWork:
        self.session = Session(self.store.write_engine, expire_on_commit=False, autoflush=True)
        self.session.begin()
        try:
            self.connection = self.session.connection()  # BEGIN IMMEDIATE: from here no one else writes
            self.driver = DriverStatements(self.connection)
            self._read_head()
        except BaseException:
            self.session.close()
            raise
        return self

    def _read_head(self) -> None:
        raw = self.connection.connection.driver_connection
        version = raw.execute("PRAGMA data_version").fetchone()[0]
        head: _Head | None = self.connection.info.get(_HEAD_KEY)
        if (head is not None and head.device_id == self.store.device_id and head.data_version == version
                and head.total_changes == raw.total_changes):
            self._last_seq, self._last_hlc = head.last_seq, head.last_hlc
            self._audit_seq, self._prev_hash = head.audit_seq, head.audit_hash
        else:
            counters = self.driver.exec_driver_sql(
                "SELECT last_seq, last_hlc FROM devices WHERE id = ?", (self.store.device_id,)).fetchone()
            if counters is None:
                raise NotFound(QT_TRANSLATE_NOOP("StoreErrors", "This data store has no local device record; it is "
                                                                "damaged."))
            self._last_seq, self._last_hlc = counters
            last = self.driver.exec_driver_sql(
                "SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1").fetchone()
            if last is not None:
                self._audit_seq, self._prev_hash = last
        self._data_version = version
        self._counters_at_start = (self._last_seq, self._last_hlc)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        info = self.connection.info
        try:
            if exc_type is None:
                self.session.flush()
                self._flush_log()
                head = self._head_after()
                self.session.commit()
                info[_HEAD_KEY] = head
            else:
                info.pop(_HEAD_KEY, None)
                self.session.rollback()
        except BaseException as error:
            info.pop(_HEAD_KEY, None)
            self.session.rollback()
            if is_disk_full(error):
                raise DiskFull(SAVING_THE_CHANGE) from None
            raise
        finally:
            self.session.close()
        if exc is not None and is_disk_full(exc):  # a flush inside the unit of work ran out of space
            raise DiskFull(SAVING_THE_CHANGE) from None
        if isinstance(exc, UnicodeEncodeError):  # a lone surrogate reached the database before `save` saw it
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The text holds characters that are not valid Unicode (a lone surrogate), which cannot "
                          "be stored or sent to HQ; nothing was saved. Type or paste it again.")) from None
        if exc_type is None and self.changes:
            for listener in list(self.store.commit_listeners):
                listener(self.changes)

    def _head_after(self) -> _Head:
        """What the counters will be once this transaction commits (a commit itself changes neither guard)."""
        raw = self.connection.connection.driver_connection
        return _Head(self.store.device_id, self._data_version, raw.total_changes, self._last_seq, self._last_hlc,
                     self._audit_seq, self._prev_hash)

    # -- reading inside the transaction --------------------------------------------

    def get(self, model: type[Any], record_id: str, what: str | None = None) -> Any:
        obj = self.session.get(model, record_id)
        if obj is None:
            named = RECORD_NAMES.get(model.__tablename__) or what or model.__tablename__
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."), what=named, id=record_id)
        self._sync_device(obj)
        return obj

    def _sync_device(self, obj: Any) -> None:
        """The local device record as a service sees it carries the counters this unit of work has moved."""
        if isinstance(obj, Device) and obj.id == self.store.device_id:
            obj.last_seq = self._last_seq
            obj.last_hlc = self._last_hlc
            obj.audit_seq = self._audit_seq
            obj.audit_head = self._prev_hash if self._audit_seq else obj.audit_head

    # -- writing ---------------------------------------------------------------------

    def _tick(self) -> str:
        stamp = hlc.tick(self._last_hlc, self._node)
        self._last_hlc = stamp
        return stamp

    def save(self, obj: Synced, action: str | None = None, *, outbox: bool = True, attachment_refs: Sequence[str] = (),
             bump_rev: bool = True) -> Synced:
        """Write one record and log it. New records get id, rev 1 and created_at.

        `bump_rev=False` is for changes HQ owns (review fields, statuses set from HQ's answers): `rev`
        is the inspector-content revision HQ compares base revisions with, so they must not move it.
        They are audited all the same.
        """
        if outbox and obj.__tablename__ not in LOCAL_ONLY_ENTITIES:  # type: ignore[attr-defined]
            # A change for HQ carries no text HQ refuses; checked before any query here can autoflush it.
            mapper = inspect(type(obj))
            refuse_unstorable(obj.__tablename__, {a.key: getattr(obj, a.key) for a in mapper.column_attrs})  # type: ignore[attr-defined]
        now = utcnow()
        stamp = self._tick()
        state = inspect(obj)
        is_new = state.transient or state.pending
        base_resolution = None
        if is_new:
            obj.id = obj.id or new_id()
            obj.rev = 1
            obj.created_at = now
            base_rev = 0
            self.session.add(obj)
        else:
            base_rev = obj.rev
            obj.rev = base_rev + 1 if bump_rev else base_rev
            if outbox:
                base_resolution = self._resolution_at(obj.__tablename__, obj.id, base_rev)  # type: ignore[attr-defined]
        obj.updated_at = now
        obj.hlc = stamp
        self._sync_device(obj)
        self.session.flush()
        self._log(
            entity=obj.__tablename__,  # type: ignore[attr-defined]
            entity_id=obj.id,
            action=action or ("create" if is_new else "update"),
            base_rev=base_rev,
            rev=obj.rev,
            stamp=stamp,
            fields=wire_fields(obj),
            outbox=outbox,
            attachment_refs=list(attachment_refs),
            at=now,
            base_resolution=base_resolution,
        )
        return obj

    def _resolution_at(self, entity: str, record_id: str, rev: int) -> int | None:
        """The supervisor's resolution that wrote revision `rev` of this record at HQ, if this laptop took it
        from there: a change made on that revision says so (HQ applies it only then)."""
        session = self.session
        if session.new or session.dirty or session.deleted:  # the ORM's get flushes them first, and may hold it
            held = session.get(ResolvedAtHQ, (entity, record_id))
            resolved = (held.rev, held.resolution_id) if held is not None else None
        else:  # the autosave path: nothing in the session, one plain read (the ORM's get cost five times more)
            resolved = self.driver.exec_driver_sql(_RESOLVED_AT, (entity, record_id)).fetchone()
        return resolved[1] if resolved is not None and resolved[0] == rev else None

    def save_row(self, model: type[Synced], row: Mapping[str, Any], *, previous: Mapping[str, Any] | None = None,
                 action: str | None = None, outbox: bool = True, attachment_refs: Sequence[str] = (),
                 bump_rev: bool = True) -> dict[str, Any]:
        """`save` for a record held as column values instead of an ORM object (Core statements: hot paths).

        `previous` is the record as read in this transaction (all columns, as a Core select returns
        them), None for a new record; `row` holds the columns to set. Only changed columns are
        written. Logged exactly as `save` logs. Returns the record as stored.
        """
        plan = plan_for(model)
        if outbox and plan.name not in LOCAL_ONLY_ENTITIES:
            refuse_unstorable(plan.name, row)
        now = utcnow()
        now_text = to_wire(now)
        stamp = self._tick()
        if previous is None:
            full = plan.complete(row)
            full["id"] = full["id"] or new_id()
            base_rev, full["rev"], full["created_at"] = 0, 1, now
        else:
            full = {**previous, **row}
            base_rev = previous["rev"]
            full["rev"] = base_rev + 1 if bump_rev else base_rev
        base_resolution = (self._resolution_at(plan.name, full["id"], base_rev)
                           if previous is not None and outbox else None)
        full["updated_at"] = now
        full["hlc"] = stamp
        values, fields_json = plan.encode(full, now, now_text)
        if previous is None:
            self.driver.exec_driver_sql(plan.insert_sql, values)
        else:
            changed = [n for n, key in enumerate(plan.keys) if key in _BOOKKEEPING or full[key] != previous[key]]
            self.driver.exec_driver_sql(plan.update_sql(tuple(plan.keys[n] for n in changed)),
                                        (*(values[n] for n in changed), full["id"]))
        fields = json.loads(fields_json) if plan.name in VOLATILE_FIELDS else {}  # their digest leaves some out
        self._log(plan.name, full["id"], action or ("create" if previous is None else "update"), base_rev, full["rev"],
                  stamp, fields, outbox, list(attachment_refs), now, now_text, fields_json=fields_json,
                  base_resolution=base_resolution)
        return full

    def insert_many(self, model: type[Synced], rows: list[dict[str, Any]], *, outbox: bool = True) -> None:
        """Bulk create (demo data, template loads): the same log rows, written with executemany.

        Each record gets exactly what `save` gives a new one (id, rev 1, times, clock stamp, an
        outbox row unless `outbox=False`, a chained audit entry), computed without the ORM.
        """
        if not rows:
            return
        planned, after = plan_insert(model, rows, self.head(), actor=self.actor, device_id=self.store.device_id,
                                     outbox=outbox)
        self._last_seq, self._last_hlc, self._audit_seq, self._prev_hash = after
        self._write_planned(planned)

    def head(self) -> LogHead:
        """Where this device's log stands in this transaction (a bulk plan starts from it)."""
        return LogHead(self._last_seq, self._last_hlc, self._audit_seq, self._prev_hash)

    def write_planned(self, planned: Sequence[PlannedInsert], start: LogHead, end: LogHead, *,
                      actor: str | None, device_id: str) -> None:
        """Write bulk creates planned elsewhere (`bulk.plan_insert`, chained from `start` to `end`).

        Refuses with `LogMoved`, writing nothing, unless this transaction's log stands exactly at
        `start` for the same actor and device: the plan's sequence numbers, stamps and chain
        entries follow from that head and nothing else.
        """
        if self.head() != start or actor != self.actor or device_id != self.store.device_id:
            raise LogMoved(internal("The change log moved since this bulk write was planned."))
        self._last_seq, self._last_hlc, self._audit_seq, self._prev_hash = end
        for insert in planned:
            self._write_planned(insert)

    def _write_planned(self, planned: PlannedInsert) -> None:
        """One table's planned records and their log rows (the head already stands after them)."""
        entity, ids, ops, entries, now_text = planned.entity, planned.ids, planned.ops, planned.entries, planned.at_text
        if ops:
            if entity == outbox_counts.SNAPSHOT_ENTITY:  # its rows differ in what they hold
                for op in ops:
                    self._queued.queued(entity, None, op[4])
            else:
                self._queued.queued_many(entity, len(ops))
        self.changes.add_created(entity, ids)
        self._flush_log()  # what this unit of work logged before comes first, as its sequence numbers do
        connection = self.connection
        connection.exec_driver_sql(planned.insert_sql, planned.values)
        if ops:
            connection.exec_driver_sql(_bulk_outbox_sql(entity, now_text), ops)
            self._queued.flush(connection)
        audit_sql = _bulk_audit_sql(entity, now_text, self.actor, self.store.device_id)
        if audit_sql is not None:
            connection.exec_driver_sql(audit_sql, entries)
        else:  # an actor no SQL text can hold: every column bound, as `_log` does
            self._pending_audit += [(n, now_text, self.actor, self.store.device_id, entity, record_id, "create", 1,
                                     stamp, fields_sha256, prev, digest)
                                    for n, record_id, stamp, fields_sha256, prev, digest in entries]
            self._flush_log()

    def audit_current(self, obj: Synced, action: str) -> None:
        """Audit a record as it stands, without changing it (its first entry, or a baseline after an upgrade)."""
        now = utcnow()
        self._log(obj.__tablename__, obj.id, action, obj.rev, obj.rev, self._tick(),  # type: ignore[attr-defined]
                  wire_fields(obj), False, [], now)

    def log_only(self, entity: str, entity_id: str, action: str, fields: dict[str, Any], *, outbox: bool = True) -> None:
        """Log an action that is not a row change (e.g. a status event the HQ must see)."""
        if outbox and entity not in LOCAL_ONLY_ENTITIES:
            refuse_unstorable(entity, fields)
        now = utcnow()
        self._log(entity, entity_id, action, 0, 0, self._tick(), fields, outbox, [], now, to_wire(now))

    def _log(
        self,
        entity: str,
        entity_id: str,
        action: str,
        base_rev: int,
        rev: int,
        stamp: str,
        fields: dict[str, Any],
        outbox: bool,
        attachment_refs: list[str],
        at: datetime,
        at_text: str | None = None,
        *,
        fields_json: str | None = None,
        base_resolution: int | None = None,
    ) -> None:
        self.changes.add(entity, entity_id, created=base_rev == 0 and rev == 1)
        at_text = at_text or to_wire(at)
        fields_json = fields_json if fields_json is not None else canonical_json(fields)
        if outbox and entity not in LOCAL_ONLY_ENTITIES:
            self._last_seq += 1
            seq = self._last_seq
            self._pending_ops.append((
                seq, f"{self.store.device_id}:{seq}", entity, entity_id, action, base_rev, rev, stamp, fields_json,
                canonical_json(attachment_refs) if attachment_refs else "[]", at_text, "pending", 0, base_resolution,
            ))
            self._queued.queued(entity, fields, fields_json)
        self._audit_seq += 1
        entry = {
            "seq": self._audit_seq,
            "at": at_text,
            "actor": self.actor,
            "device_id": self.store.device_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "rev": rev,
            "hlc": stamp,
            "fields_sha256": (fields_digest(audited_fields(entity, fields)) if entity in VOLATILE_FIELDS
                              else hashlib.sha256(fields_json.encode("utf-8")).hexdigest()),
            "prev_hash": self._prev_hash,
        }
        entry["hash"] = entry_hash(entry)
        self._prev_hash = entry["hash"]
        self._pending_audit.append(tuple(entry[k] for k in AUDIT_COLUMNS))

    def _flush_log(self) -> None:
        driver = self.driver
        if (self._last_seq, self._last_hlc) != self._counters_at_start:
            # Written last, after the ORM's flush, so a device record a service saved cannot leave older
            # counters. The chain head is the anchor `check` compares the chain with: written in the
            # transaction that appends to it.
            driver.exec_driver_sql(
                "UPDATE devices SET last_seq = ?, last_hlc = ?, audit_seq = ?, audit_head = ? WHERE id = ?",
                (self._last_seq, self._last_hlc, self._audit_seq, self._prev_hash, self.store.device_id))
        if self._pending_ops:
            driver.exec_driver_sql(_OUTBOX_INSERT, self._pending_ops)
            self._pending_ops = []
            self._queued.flush(driver)
        if self._pending_audit:
            driver.exec_driver_sql(_AUDIT_INSERT, self._pending_audit)
            self._pending_audit = []


def _sql_literal(value: str | None) -> str | None:
    """`value` as an SQL literal; None if it cannot be one (a NUL or a lone surrogate)."""
    if value is None:
        return "NULL"
    if "\x00" in value:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return "'" + value.replace("'", "''") + "'"


# A bulk load's log rows share everything but a few columns; those are written into the statement,
# so each row binds 5 (outbox) or 6 (audit) values instead of 14 and 12 (a fifth of the statement's
# time). The stored rows are the ones `_log` writes, column for column.
def _bulk_outbox_sql(entity: str, at_text: str) -> str:
    return ("INSERT INTO outbox (seq, op_id, entity_id, hlc, fields, entity, action, base_rev, rev, attachment_refs, "
            f"created_at, state, attempts, base_resolution) VALUES (?, ?, ?, ?, ?, {_sql_literal(entity)}, 'create', "
            f"0, 1, '[]', {_sql_literal(at_text)}, 'pending', 0, NULL)")


def _bulk_audit_sql(entity: str, at_text: str, actor: str | None, device_id: str) -> str | None:
    constants = [_sql_literal(value) for value in (at_text, actor, device_id, entity)]
    if None in constants:
        return None
    at, actor_sql, device_sql, entity_sql = constants
    return ("INSERT INTO audit_entries (seq, entity_id, hlc, fields_sha256, prev_hash, hash, at, actor, device_id, "
            f"entity, action, rev) VALUES (?, ?, ?, ?, ?, ?, {at}, {actor_sql}, {device_sql}, {entity_sql}, 'create', 1)")


OUTBOX_COLUMNS = (
    "seq", "op_id", "entity", "entity_id", "action", "base_rev", "rev", "hlc", "fields", "attachment_refs",
    "created_at", "state", "attempts", "base_resolution",
)
AUDIT_COLUMNS = (
    "seq", "at", "actor", "device_id", "entity", "entity_id", "action", "rev", "hlc", "fields_sha256", "prev_hash",
    "hash",
)
_OUTBOX_INSERT = f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({', '.join('?' for _ in OUTBOX_COLUMNS)})"
_AUDIT_INSERT = (f"INSERT INTO audit_entries ({', '.join(AUDIT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})")


def pending_count(session: Session) -> int:
    """Changes waiting to be sent (the kept count: see outbox_counts)."""
    return outbox_counts.read(session.connection()).pending

