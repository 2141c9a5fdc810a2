"""Acknowledging laptops' audit-chain heads.

Each push (and each USB bundle) says how far the laptop's audit chain reached.
HQ keeps the furthest head per device and answers with its signature over it.
The laptop stores that acknowledgement with the push results, so deleting the
newest audit entries on the laptop, even together with the laptop's own note
of its head, is found by `inspector-app check`. A head that goes backwards (an
old backup restored, or a trail cut short) never replaces the one HQ holds:
HQ keeps acknowledging the furthest one, which the laptop can then not match.

A push (and a bundle) keeps the head in its batch's own transaction (`keep`, then `signed`
once it committed): one durable commit per push, and HQ never holds a batch
without the head that came with it, nor the head without the batch.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite

from ..sync.protocol import AuditAck, audit_ack_message, is_sha256
from .devices import DeviceIdentity
from .keys import signing_key
from .models import AuditHead, utcnow


@dataclass(frozen=True)
class Held:
    """The furthest head HQ holds for a device, as the transaction that kept it read it, and HQ's signing key."""
    seq: int
    head: str
    received_at: datetime
    key: Ed25519PrivateKey


def keep(conn: Connection, device: DeviceIdentity, seq: int | None, head: str | None) -> Held | None:
    """Inside the caller's write transaction: record the head if it is the furthest seen, and read the furthest
    one HQ holds for this device (None, writing nothing, when the batch sent no head HQ can take)."""
    if not _readable(seq, head):
        return None
    conn.execute(_upsert(conn.dialect.name), {"device_id": device.id, "seq": seq, "head": head,
                                              "received_at": utcnow()})
    row = conn.execute(_HELD, {"device_id": device.id}).one()
    return Held(int(row.seq), row.head, row.received_at, signing_key(conn))


_HELD = select(AuditHead.seq, AuditHead.head, AuditHead.received_at).where(AuditHead.device_id == bindparam("device_id"))
_UPSERTS: dict[str, Any] = {}


def _upsert(dialect_name: str) -> Any:
    """The head kept unless HQ holds a further one: built once per database kind (building it took longer than
    running it), its values bound by name."""
    statement = _UPSERTS.get(dialect_name)
    if statement is None:
        dialect = postgresql if dialect_name == "postgresql" else sqlite
        insert = dialect.insert(AuditHead).values({c: bindparam(c) for c in ("device_id", "seq", "head", "received_at")})
        statement = _UPSERTS[dialect_name] = insert.on_conflict_do_update(
            index_elements=["device_id"],
            set_={"seq": insert.excluded.seq, "head": insert.excluded.head, "received_at": insert.excluded.received_at},
            where=AuditHead.seq < insert.excluded.seq,
        )
    return statement


def signed(device: DeviceIdentity, held: Held | None) -> AuditAck | None:
    """HQ's signed acknowledgement of the head `keep` read (signed once its transaction committed)."""
    if held is None:
        return None
    at = held.received_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    message = audit_ack_message(device.id, device.local_id, held.seq, held.head, at)
    return AuditAck(device_id=device.id, local_device_id=device.local_id, seq=held.seq, head=held.head,
                    acknowledged_at=at, signature=base64.b64encode(held.key.sign(message)).decode("ascii"))


def _readable(seq: int | None, head: str | None) -> bool:
    return seq is not None and head is not None and seq >= 1 and is_sha256(head)
