"""`inspector-hq reassign`: move an inspection, and everything under it, to another laptop.

For when the laptop that created an inspection can no longer carry it (replaced, or its work
handed to a colleague whose laptop holds a copy). From then on HQ takes changes to the
inspection only from the new owner, and sends review decisions there. Every move is recorded
(who, when, from, to, why) in `ownership_changes`, which the export includes.

The inspection's own row is updated first: that takes its row lock, so a push writing under the
inspection either finishes first (and its records move too) or finds the new owner when it
re-checks the inspection at write time (push.py) and is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, update

from . import projections
from .db import HQDatabase
from .devices import find_device
from .errors import Conflict, Invalid
from .models import OwnershipChange, Record, User, utcnow
from .ownership import INSPECTIONS
from .reviews import find_inspection


@dataclass(frozen=True)
class Reassignment:
    inspection_id: str
    reference: str
    from_device_id: str
    to_device_id: str
    to_device_name: str
    records_moved: int


def reassign(db: HQDatabase, inspection_ref: str, device_ref: str, by: User, note: str | None = None) -> Reassignment:
    note = (note or "").strip() or None
    with db.write() as conn:
        record = find_inspection(conn, inspection_ref)
        target = find_device(conn, device_ref)
        reference = record.fields.get("reference") or record.entity_id
        if target.revoked_at is not None:
            raise Invalid(f"Laptop {target.name} is revoked; enrol it again before giving it an inspection.")
        if target.id == record.owner_device_id:
            raise Conflict(f"Inspection {reference} already belongs to laptop {target.name}; nothing changed.")
        moved = conn.execute(
            update(Record).where(Record.entity == INSPECTIONS, Record.entity_id == record.entity_id,
                                 Record.owner_device_id == record.owner_device_id)
            .values(owner_device_id=target.id)
        ).rowcount
        if not moved:
            raise Conflict(f"Inspection {reference} was reassigned by someone else just now; look again and retry.")
        moved += conn.execute(
            update(Record).where(Record.entity != INSPECTIONS, Record.inspection_id == record.entity_id)
            .values(owner_device_id=target.id)
        ).rowcount
        projections.set_owner(conn, record.entity_id, target.id)
        conn.execute(insert(OwnershipChange).values(
            inspection_id=record.entity_id, from_device_id=record.owner_device_id, to_device_id=target.id,
            records_moved=moved, by_user_id=by.id, by_name=by.display_name, note=note, changed_at=utcnow()))
    return Reassignment(record.entity_id, reference, record.owner_device_id, target.id, target.name, moved)
