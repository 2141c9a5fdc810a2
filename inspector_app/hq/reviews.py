"""Supervisor decisions on submitted inspections, and the status HQ shows for each one.

Review fields belong to HQ: a decision never changes the laptop's record (nor its
revision, which stays the inspector-content revision), it is stored beside it
and published to the laptop that owns the inspection, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from ..sync.protocol import ReviewPayload
from .db import HQDatabase
from .errors import Conflict, Invalid, NotFound
from .models import Record, ReviewDecision, User, utcnow
from . import establishment_files
from .publish import publish

DECISIONS = ("approved", "returned")


def effective_status(fields: dict[str, Any], decided: tuple[int, str] | None) -> str:
    """What HQ shows: a signed record HQ holds is submitted; a decision (revision, decision) on it overrides that."""
    status = fields.get("status") or "draft"
    if status in ("signed", "submitted"):
        if decided is not None and decided[0] == fields.get("revision"):
            return decided[1]
        return "submitted"
    return str(status)


def _decided(decision: Any | None) -> tuple[int, str] | None:
    return None if decision is None else (decision.revision, decision.decision)


def find_inspection(conn: Connection, ref: str, *, lock: bool = False) -> Any:
    """An inspection record by id or reference (unique at HQ). `lock`: hold its row until the transaction
    ends (PostgreSQL; a SQLite write transaction holds the whole database already)."""
    query = (select(Record.entity_id, Record.fields, Record.owner_device_id, Record.rev, Record.needs_review)
             .where(Record.entity == "inspections", or_(Record.entity_id == ref, Record.reference == ref.strip())))
    rows = conn.execute(query.with_for_update() if lock else query).all()
    if not rows:
        raise NotFound(f"HQ holds no inspection {ref!r} (give its id or reference).")
    if len(rows) > 1:
        raise Invalid(f"{len(rows)} inspections match {ref!r}; give the id.")
    return rows[0]


def latest_decision(conn: Connection, inspection_id: str) -> Any | None:
    return conn.execute(select(ReviewDecision).where(ReviewDecision.inspection_id == inspection_id)
                        .order_by(ReviewDecision.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class ReviewOutcome:
    inspection_id: str
    reference: str
    decision: str
    revision: int
    needs_review: bool  # the record also holds conflicting versions


def review(db: HQDatabase, ref: str, decision: str, comment: str | None, reviewer: User) -> ReviewOutcome:
    if decision not in DECISIONS:
        raise Invalid(f"A decision is one of {', '.join(DECISIONS)}.")
    comment = (comment or "").strip() or None
    if decision == "returned" and not comment:
        raise Invalid("Say what must change: returning an inspection needs a comment.")
    with db.write() as conn:
        # Locked first: a second decision on the same inspection (another supervisor, another HQ process)
        # waits here, then finds this one and is refused, instead of racing it to the unique key.
        record = find_inspection(conn, ref, lock=True)
        status = effective_status(record.fields, _decided(latest_decision(conn, record.entity_id)))
        reference = record.fields.get("reference") or record.entity_id
        if status != "submitted":
            raise Conflict(f"Inspection {reference} is {status}; only a submitted inspection can be reviewed.")
        revision = int(record.fields.get("revision") or 1)
        now = utcnow()
        payload = ReviewPayload(inspection_id=record.entity_id, revision=revision, decision=decision,  # type: ignore[arg-type]
                                comment=comment, reviewer=reviewer.display_name, decided_at=now)
        seq = publish(conn, "review", payload.model_dump(mode="json"), target_device_id=record.owner_device_id)
        conn.execute(insert(ReviewDecision).values(
            inspection_id=record.entity_id, revision=revision, record_rev=record.rev, decision=decision,
            comment=comment, reviewer_id=reviewer.id, reviewer_name=reviewer.display_name, decided_at=now,
            publication_seq=seq))
        from . import projections  # statistics show the decision at once (imported here: it imports this module)

        projections.set_status(conn, record.entity_id, effective_status(record.fields, (revision, decision)))
        from .queue_index import refresh  # the queue shows the decision at once

        refresh(conn, [record.entity_id], now=now)
        establishment_files.after_review(conn, record.entity_id)
    return ReviewOutcome(record.entity_id, reference, decision, revision, bool(record.needs_review))


@dataclass(frozen=True)
class InspectionRow:
    id: str
    reference: str
    status: str
    revision: int
    visit_date: str | None
    needs_review: bool
    device_id: str  # the owner: the only device HQ takes changes to it from
    writer_device_id: str | None  # the device that wrote the revision HQ holds (None: HQ, in a resolution)
    review_comment: str | None
    reviewed_at: datetime | None


def list_inspections(db: HQDatabase, status: str | None = None, device_id: str | None = None) -> list[InspectionRow]:
    with db.read() as conn:
        query = select(Record.entity_id, Record.fields, Record.needs_review, Record.owner_device_id,
                       Record.writer_device_id).where(Record.entity == "inspections")
        if device_id:
            query = query.where(Record.owner_device_id == device_id)
        records = conn.execute(query).all()
        decisions: dict[str, Any] = {}
        for row in conn.execute(select(ReviewDecision).order_by(ReviewDecision.id)):
            decisions[row.inspection_id] = row
    rows = []
    for r in records:
        decision = decisions.get(r.entity_id)
        shown = effective_status(r.fields, _decided(decision))
        if status and shown != status:
            continue
        current = decision is not None and decision.revision == r.fields.get("revision")
        rows.append(InspectionRow(
            id=r.entity_id, reference=r.fields.get("reference") or "", status=shown,
            revision=int(r.fields.get("revision") or 1), visit_date=r.fields.get("visit_date"),
            needs_review=bool(r.needs_review), device_id=r.owner_device_id, writer_device_id=r.writer_device_id,
            review_comment=decision.comment if current else None,
            reviewed_at=decision.decided_at if current else None,
        ))
    return sorted(rows, key=lambda row: row.reference)
