"""Follow-ups for what HQ held before establishment files existed (migration 0012; safe to run again).

Migration 0011 indexed the inspections HQ held but left the rest to the laptops' next pushes: until a
laptop pushed again, its earlier visits were in no establishment file (`inspector-hq followups` read
nothing for them) and findings verified at another laptop's follow-up kept their owner's status on the
/follow-ups page. This does once, from the records HQ holds, what a push does for each batch
(establishment_files.after_push): index every verification, derive the findings' status from them,
and put every signed visit in its workplace's file (published to the laptops of its province, as any
new item is). What is already up to date is left as it is and not published again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from . import establishment_files, finding_states
from .models import Record, utcnow

__all__ = ["backfill"]

BATCH = 500


def backfill(conn: Connection, now: datetime | None = None) -> int:
    """Bring finding states and visit items up to date with every record HQ holds; returns the visits read."""
    now = now or utcnow()
    verifications = conn.execute(select(Record.entity_id, Record.fields)
                                 .where(Record.entity == "finding_verifications").order_by(Record.entity_id)).all()
    named = finding_states.index_verifications(
        conn, [(r.entity_id, r.fields) for r in verifications if isinstance(r.fields, dict)])
    finding_states.derive_states(conn, named, now)
    inspections = conn.execute(select(Record.entity_id).where(Record.entity == "inspections")
                               .order_by(Record.entity_id)).scalars().all()
    for start in range(0, len(inspections), BATCH):
        establishment_files.refresh_visits(conn, inspections[start : start + BATCH], now)
    return len(inspections)
