"""Acknowledging laptops' audit-chain heads.

Each push (and each USB bundle) says how far the laptop's audit chain reached.
HQ keeps the furthest head per device and answers with its signature over it.
The laptop stores that acknowledgement with the push results, so deleting the
newest audit entries on the laptop, even together with the laptop's own note
of its head, is found by `inspector-app check`. A head that goes backwards (an
old backup restored, or a trail cut short) never replaces the one HQ holds:
HQ keeps acknowledging the furthest one, which the laptop can then not match.
"""

from __future__ import annotations

import base64

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from ..sync.protocol import AuditAck, audit_ack_message, is_sha256
from .db import HQDatabase
from .devices import DeviceIdentity
from .keys import signing_key
from .models import AuditHead, utcnow


def acknowledge(db: HQDatabase, device: DeviceIdentity, seq: int | None, head: str | None) -> AuditAck | None:
    """Record the head (if it is the furthest seen) and sign the furthest head HQ holds for this device."""
    if seq is None or head is None or seq < 1 or not is_sha256(head):
        return None
    with db.write() as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(AuditHead).values(device_id=device.id, seq=seq, head=head, received_at=utcnow())
        conn.execute(insert.on_conflict_do_update(
            index_elements=["device_id"],
            set_={"seq": insert.excluded.seq, "head": insert.excluded.head, "received_at": insert.excluded.received_at},
            where=AuditHead.seq < insert.excluded.seq,
        ))
        row = conn.execute(select(AuditHead).where(AuditHead.device_id == device.id)).one()
        key = signing_key(conn)
    at = row.received_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    message = audit_ack_message(device.id, device.local_id, int(row.seq), row.head, at)
    return AuditAck(device_id=device.id, local_device_id=device.local_id, seq=int(row.seq), head=row.head,
                    acknowledged_at=at, signature=base64.b64encode(key.sign(message)).decode("ascii"))
