"""What the status bar and the Sync panel show, read in one go (no network)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Device, OutboxOp
from ..core.services import sync_apply
from ..core.store import Store
from ..core.writer import pending_count

PROBLEMS_SHOWN = 200


@dataclass(frozen=True)
class OpProblem:
    """One change HQ did not simply take: rejected (with HQ's reason) or kept as a conflict."""

    op_id: str
    entity: str
    entity_id: str
    action: str
    reason: str
    at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    pending: int  # changes waiting to be sent
    rejected: tuple[OpProblem, ...]  # refused by HQ, kept on the laptop with the reason (newest first)
    conflicts: tuple[OpProblem, ...]  # kept by HQ beside a newer version, flagged for a supervisor
    last_success: datetime | None
    last_error: str | None  # of the last round, if it failed
    enrolled: bool
    hq_url: str | None
    revoked: bool
    device_name: str
    warning: str | None = None  # e.g. a template from HQ this laptop could not use
    waiting: tuple[OpProblem, ...] = ()  # pending changes HQ holds back for now, with why (e.g. a file to upload)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)


def _problems(session: Session, state: str, *, with_reason_only: bool = False) -> tuple[OpProblem, ...]:
    query = (select(OutboxOp.op_id, OutboxOp.entity, OutboxOp.entity_id, OutboxOp.action, OutboxOp.last_error,
                    OutboxOp.acked_at, OutboxOp.created_at)
             .where(OutboxOp.state == state).order_by(OutboxOp.seq.desc()).limit(PROBLEMS_SHOWN))
    if with_reason_only:
        query = query.where(OutboxOp.last_error.is_not(None))
    rows = session.execute(query).all()
    return tuple(OpProblem(r.op_id, r.entity, r.entity_id, r.action, r.last_error or "", r.acked_at or r.created_at)
                 for r in rows)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def sync_status(store: Store) -> SyncStatus:
    with store.session() as session:
        device = session.get(Device, store.device_id)
        pending = pending_count(session)
        rejected = _problems(session, "rejected")
        conflicts = _problems(session, "conflict")
        waiting = _problems(session, "pending", with_reason_only=True)
    return SyncStatus(
        pending=pending,
        rejected=rejected,
        conflicts=conflicts,
        last_success=_when(sync_apply.get_state(store, sync_apply.LAST_SUCCESS)),
        last_error=sync_apply.get_state(store, sync_apply.LAST_ERROR),
        enrolled=bool(device and device.token and device.hq_device_id),
        hq_url=device.hq_url if device else None,
        revoked=bool(device and device.revoked),
        device_name=device.name if device else "",
        warning=sync_apply.get_state(store, sync_apply.LAST_WARNING),
        waiting=waiting,
    )
