"""The one write path: record + outbox row + audit entry in one transaction.

Services open a `UnitOfWork`, change records through `save()` (or
`insert_many()` for bulk loads such as demo data and template imports), and
the whole call commits or rolls back as one. Nothing else writes.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, func, inspect, select
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import Session

from . import hlc
from .audit import GENESIS_HASH, VOLATILE_FIELDS, audited_fields, entry_hash, fields_digest
from .errors import DiskFull, NotFound, ReadOnlyStore, is_disk_full
from .models import LOCAL_ONLY_ENTITIES, AuditEntry, Base, Device, OutboxOp, ResolvedAtHQ, Synced
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


@dataclass
class ChangeSet:
    """What a service call changed: views refresh only these."""

    changed: dict[str, set[str]] = field(default_factory=dict)

    def add(self, entity: str, entity_id: str) -> None:
        self.changed.setdefault(entity, set()).add(entity_id)

    def touches(self, entity: str) -> bool:
        return entity in self.changed

    def __bool__(self) -> bool:
        return bool(self.changed)


class UnitOfWork:
    """One service call's transaction. Use as a context manager."""

    def __init__(self, store: Store, *, actor: str | None = None):
        if store.read_only:
            raise ReadOnlyStore(store.read_only_reason or "This data store is open read-only.")
        self.store = store
        self.actor = actor if actor is not None else store.username
        self.changes = ChangeSet()
        self.session: Session
        self._device: Device
        self._prev_hash = GENESIS_HASH
        self._audit_seq = 0
        self._pending_audit: list[tuple[Any, ...]] = []
        self._pending_ops: list[tuple[Any, ...]] = []

    # -- lifecycle --------------------------------------------------------------

    def __enter__(self) -> UnitOfWork:
        self.session = Session(self.store.write_engine, expire_on_commit=False, autoflush=True)
        self.session.begin()
        device = self.session.get(Device, self.store.device_id)
        if device is None:
            self.session.close()
            raise NotFound("This data store has no local device record; it is damaged.")
        self._device = device
        last = self.session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
        if last is not None:
            self._audit_seq, self._prev_hash = last
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is None:
                self._flush_log()
                self.session.commit()
            else:
                self.session.rollback()
        except BaseException as error:
            self.session.rollback()
            if is_disk_full(error):
                raise DiskFull("saving the change") from None
            raise
        finally:
            self.session.close()
        if exc is not None and is_disk_full(exc):  # a flush inside the unit of work ran out of space
            raise DiskFull("saving the change") from None

    # -- reading inside the transaction --------------------------------------------

    def get(self, model: type[Any], record_id: str, what: str | None = None) -> Any:
        obj = self.session.get(model, record_id)
        if obj is None:
            raise NotFound(f"No {what or model.__tablename__.rstrip('s')} with id {record_id}.")
        return obj

    # -- writing ---------------------------------------------------------------------

    def _tick(self) -> str:
        stamp = hlc.tick(self._device.last_hlc, hlc.node_of(self._device.id))
        self._device.last_hlc = stamp
        return stamp

    def save(self, obj: Synced, action: str | None = None, *, outbox: bool = True, attachment_refs: Sequence[str] = (),
             bump_rev: bool = True) -> Synced:
        """Write one record and log it. New records get id, rev 1 and created_at.

        `bump_rev=False` is for changes HQ owns (review fields, statuses set from HQ's answers): `rev`
        is the inspector-content revision HQ compares base revisions with, so they must not move it.
        They are audited all the same.
        """
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
        resolved = self.session.get(ResolvedAtHQ, (entity, record_id))
        return resolved.resolution_id if resolved is not None and resolved.rev == rev else None

    def insert_many(self, model: type[Synced], rows: list[dict[str, Any]], *, outbox: bool = True) -> None:
        """Bulk create (demo data, template loads): the same log rows, written with executemany."""
        if not rows:
            return
        now = utcnow()
        now_text = to_wire(now)
        table = model.__table__  # type: ignore[attr-defined]
        entity = table.name
        table_columns = list(inspect(model).columns)
        defaults = {
            c.key: c.default for c in table_columns if c.default is not None and c.key not in ("id", "created_at", "updated_at")
        }
        full_rows = []
        for row in rows:
            stamp = self._tick()
            full = dict.fromkeys((c.key for c in table_columns))
            full.update(row)
            full["id"] = full["id"] or new_id()
            full.update(rev=1, created_at=now, updated_at=now, hlc=stamp)
            for key, default in defaults.items():
                if full[key] is None:
                    full[key] = default.arg(None) if default.is_callable else default.arg
            full_rows.append(full)
            wire = {k: (now_text if k in ("created_at", "updated_at") else to_wire(v)) for k, v in full.items()}
            self._log(entity, full["id"], "create", 0, 1, stamp, wire, outbox, [], now, now_text)
        self._execute_many(table, table_columns, full_rows)
        self._flush_log()

    def _execute_many(self, table: Any, columns: list[Any], rows: list[dict[str, Any]]) -> None:
        """INSERT through the driver's executemany, converting values as the column types would."""
        converters = [_bind_converter(c.type) for c in columns]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        values = [tuple(convert(row[c.key]) for c, convert in zip(columns, converters, strict=True)) for row in rows]
        self.session.connection().exec_driver_sql(sql, values)

    def audit_current(self, obj: Synced, action: str) -> None:
        """Audit a record as it stands, without changing it (its first entry, or a baseline after an upgrade)."""
        now = utcnow()
        self._log(obj.__tablename__, obj.id, action, obj.rev, obj.rev, self._tick(),  # type: ignore[attr-defined]
                  wire_fields(obj), False, [], now)

    def log_only(self, entity: str, entity_id: str, action: str, fields: dict[str, Any], *, outbox: bool = True) -> None:
        """Log an action that is not a row change (e.g. a status event the HQ must see)."""
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
        base_resolution: int | None = None,
    ) -> None:
        self.changes.add(entity, entity_id)
        at_text = at_text or to_wire(at)
        fields_json = canonical_json(fields)
        if outbox and entity not in LOCAL_ONLY_ENTITIES:
            self._device.last_seq += 1
            seq = self._device.last_seq
            self._pending_ops.append((
                seq, f"{self._device.id}:{seq}", entity, entity_id, action, base_rev, rev, stamp, fields_json,
                canonical_json(attachment_refs) if attachment_refs else "[]", at_text, "pending", 0, base_resolution,
            ))
        self._audit_seq += 1
        entry = {
            "seq": self._audit_seq,
            "at": at_text,
            "actor": self.actor,
            "device_id": self._device.id,
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
        connection = self.session.connection()
        if self._pending_audit:
            # The anchor `check` compares the chain with: written in the transaction that appends to it.
            self._device.audit_seq = self._audit_seq
            self._device.audit_head = self._prev_hash
        if self._pending_ops:
            connection.exec_driver_sql(
                f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({', '.join('?' for _ in OUTBOX_COLUMNS)})",
                self._pending_ops,
            )
            self._pending_ops = []
        if self._pending_audit:
            connection.exec_driver_sql(
                f"INSERT INTO audit_entries ({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})",
                self._pending_audit,
            )
            self._pending_audit = []


OUTBOX_COLUMNS = (
    "seq", "op_id", "entity", "entity_id", "action", "base_rev", "rev", "hlc", "fields", "attachment_refs",
    "created_at", "state", "attempts", "base_resolution",
)
AUDIT_COLUMNS = (
    "seq", "at", "actor", "device_id", "entity", "entity_id", "action", "rev", "hlc", "fields_sha256", "prev_hash",
    "hash",
)


def _bind_converter(column_type: Any) -> Any:
    if isinstance(column_type, TypeDecorator):
        return lambda value, t=column_type: t.process_bind_param(value, None)
    if isinstance(column_type, Boolean):
        return lambda value: None if value is None else int(bool(value))
    return lambda value: value


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")) or 0

