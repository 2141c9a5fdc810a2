"""The one write path: record + outbox row + audit entry in one transaction.

Services open a `UnitOfWork`, change records through `save()` (or
`insert_many()` for bulk loads such as demo data and template imports), and
the whole call commits or rolls back as one. Nothing else writes.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session

from . import hlc
from .audit import GENESIS_HASH, entry_hash, fields_digest
from .errors import NotFound, ReadOnlyStore
from .models import AuditEntry, Base, Device, OutboxOp, Synced
from .types import new_id, utcnow

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
        self._pending_audit: list[dict] = []
        self._pending_ops: list[dict] = []

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
        except BaseException:
            self.session.rollback()
            raise
        finally:
            self.session.close()

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

    def save(self, obj: Synced, action: str | None = None, *, outbox: bool = True, attachment_refs: Sequence[str] = ()) -> Synced:
        """Write one record and log it. New records get id, rev 1 and created_at."""
        now = utcnow()
        stamp = self._tick()
        state = inspect(obj)
        is_new = state.transient or state.pending
        if is_new:
            obj.id = obj.id or new_id()
            obj.rev = 1
            obj.created_at = now
            base_rev = 0
            self.session.add(obj)
        else:
            base_rev = obj.rev
            obj.rev = base_rev + 1
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
        )
        return obj

    def insert_many(self, model: type[Synced], rows: list[dict[str, Any]], *, outbox: bool = True) -> None:
        """Bulk create (demo data, template loads): same log rows, far fewer round trips."""
        if not rows:
            return
        now = utcnow()
        table_columns = list(inspect(model).columns)
        columns = [c.key for c in table_columns]
        full_rows = []
        for row in rows:
            stamp = self._tick()
            full = {c: None for c in columns}
            full.update(row)
            full["id"] = full["id"] or new_id()
            full.update(rev=1, created_at=now, updated_at=now, hlc=stamp)
            for column in table_columns:
                if full[column.key] is None and column.default is not None:
                    full[column.key] = column.default.arg(None) if column.default.is_callable else column.default.arg
            full_rows.append(full)
            self._log(
                entity=model.__tablename__,  # type: ignore[attr-defined]
                entity_id=full["id"],
                action="create",
                base_rev=0,
                rev=1,
                stamp=stamp,
                fields={k: to_wire(v) for k, v in full.items()},
                outbox=outbox,
                attachment_refs=[],
                at=now,
            )
        self.session.execute(insert(model), full_rows)
        self._flush_log()

    def log_only(self, entity: str, entity_id: str, action: str, fields: dict[str, Any], *, outbox: bool = True) -> None:
        """Log an action that is not a row change (e.g. a status event the HQ must see)."""
        self._log(entity, entity_id, action, 0, 0, self._tick(), fields, outbox, [], utcnow())

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
    ) -> None:
        self.changes.add(entity, entity_id)
        if outbox:
            self._device.last_seq += 1
            seq = self._device.last_seq
            self._pending_ops.append(
                {
                    "seq": seq,
                    "op_id": f"{self._device.id}:{seq}",
                    "entity": entity,
                    "entity_id": entity_id,
                    "action": action,
                    "base_rev": base_rev,
                    "rev": rev,
                    "hlc": stamp,
                    "fields": fields,
                    "attachment_refs": attachment_refs,
                    "created_at": at,
                    "state": "pending",
                    "attempts": 0,
                }
            )
        self._audit_seq += 1
        entry = {
            "seq": self._audit_seq,
            "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "actor": self.actor,
            "device_id": self._device.id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "rev": rev,
            "hlc": stamp,
            "fields_sha256": fields_digest(fields),
            "prev_hash": self._prev_hash,
        }
        entry["hash"] = entry_hash(entry)
        self._prev_hash = entry["hash"]
        entry["at"] = at
        self._pending_audit.append(entry)

    def _flush_log(self) -> None:
        if self._pending_ops:
            self.session.execute(insert(OutboxOp), self._pending_ops)
            self._pending_ops = []
        if self._pending_audit:
            self.session.execute(insert(AuditEntry), self._pending_audit)
            self._pending_audit = []


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")) or 0

