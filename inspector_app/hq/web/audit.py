"""The evidence access log: every unlock (and failed attempt), every view of testimony, every report
built with it, every lock. Written in its own short transaction, before the testimony is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import Request
from sqlalchemy import insert, select

from ..auth_api import client_address
from ..db import HQDatabase
from ..models import EvidenceAccess, InspectionIndex, utcnow

if TYPE_CHECKING:
    from .auth import Viewer

EVENTS = ("unlock", "unlock_failed", "view", "report", "lock")  # and "new_passphrase" (evidence_passphrase.py)


def record_evidence_event(db: HQDatabase, seen: Viewer, request: Request, event: str, *,
                          inspection_id: str | None = None, detail: str | None = None) -> None:
    if event not in EVENTS:
        raise ValueError(f"unknown evidence event {event!r}")
    assert seen.user is not None and seen.session is not None
    with db.write() as conn:
        conn.execute(insert(EvidenceAccess).values(
            at=utcnow(), event=event, user_id=seen.user.id, username=seen.user.username,
            session_id=seen.session.session_id, address=client_address(request)[:64], inspection_id=inspection_id,
            detail=detail[:200] if detail else None))


def read_evidence_log(db: HQDatabase, *, limit: int = 200) -> list:
    """Newest first, each with the inspection's reference where HQ holds it."""
    with db.read() as conn:
        return list(conn.execute(
            select(EvidenceAccess.at, EvidenceAccess.event, EvidenceAccess.username, EvidenceAccess.address,
                   EvidenceAccess.inspection_id, EvidenceAccess.detail, InspectionIndex.reference)
            .outerjoin(InspectionIndex, InspectionIndex.inspection_id == EvidenceAccess.inspection_id)
            .order_by(EvidenceAccess.id.desc()).limit(limit)).all())
