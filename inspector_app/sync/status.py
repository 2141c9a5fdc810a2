"""What the status bar and the Sync panel show, read in one go (no network).

Both read the outbox's kept counts (core/outbox_counts.py) and at most `PROBLEMS_SHOWN` rows per
list, each through an index, so they take milliseconds however long the queue is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core import outbox_counts
from ..core.models import Device, SyncState
from ..core.services import sync_apply
from ..core.store import Store
from ..core.types import UTCDateTime
from .reason_messages import stored_reason

PROBLEMS_SHOWN = 200


@dataclass(frozen=True)
class SyncCounts:
    """The numbers the status bar shows (kept counts: no row is counted when asked)."""

    pending: int  # changes waiting to be sent (including those held back below)
    rejected: int  # refused by HQ, waiting for the user
    conflicts: int  # kept by HQ beside a newer version, flagged for a supervisor
    held_back: int  # pending changes with testimony that wait because HQ has published no evidence key yet


@dataclass(frozen=True)
class OpProblem:
    """One change HQ did not simply take: rejected (with HQ's reason) or kept as a conflict."""

    op_id: str
    entity: str
    entity_id: str
    action: str
    reason: str  # a UserMessage: English for the CLI, translated by the UI
    at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    pending: int  # changes waiting to be sent
    rejected: tuple[OpProblem, ...]  # refused by HQ, kept on the laptop with the reason (newest first)
    conflicts: tuple[OpProblem, ...]  # kept by HQ beside a newer version, flagged for a supervisor
    last_success: datetime | None
    last_error: str | None  # of the last round, if it failed (a UserMessage: the UI translates it)
    enrolled: bool
    hq_url: str | None
    revoked: bool
    device_name: str
    warning: str | None = None  # e.g. a template from HQ this laptop could not use
    waiting: tuple[OpProblem, ...] = ()  # pending changes HQ holds back for now, with why (e.g. a file to upload)
    rejected_total: int = 0  # all rejected changes (`rejected` lists the newest PROBLEMS_SHOWN)
    conflicts_total: int = 0  # all conflicts (`conflicts` lists the newest PROBLEMS_SHOWN)
    held_back: int = 0  # pending changes with testimony waiting for HQ's evidence key
    # How the last exchange came: "usb" when `last_success` is when HQ made a reply read from a USB stick
    # (`reply_read_at`: when it was read here), None for a sync over the network.
    last_success_via: str | None = None
    reply_read_at: datetime | None = None

    @property
    def rejected_count(self) -> int:
        return self.rejected_total


# Each list's rows from its index. The states are written into the SQL (not bound), and the few waiting
# rows named by their partial index: among 200,000 pending rows the planner would otherwise walk them all.
_PROBLEMS_SQL = {
    "rejected": "outbox WHERE state = 'rejected'",
    "conflict": "outbox WHERE state = 'conflict'",
    "waiting": "outbox INDEXED BY ix_outbox_waiting WHERE state = 'pending' AND last_error IS NOT NULL",
}


def _problems(session: Session, which: str) -> tuple[OpProblem, ...]:
    rows = session.execute(text(
        f"SELECT op_id, entity, entity_id, action, last_error, acked_at, created_at FROM "  # noqa: S608
        f"{_PROBLEMS_SQL[which]} ORDER BY seq DESC LIMIT {PROBLEMS_SHOWN}")
        .columns(acked_at=UTCDateTime(), created_at=UTCDateTime())).all()
    state = "pending" if which == "waiting" else which
    return tuple(OpProblem(r.op_id, r.entity, r.entity_id, r.action, stored_reason(state, r.last_error) or "",
                           r.acked_at or r.created_at) for r in rows)


def _counts(session: Session) -> SyncCounts:
    kept = outbox_counts.read(session.connection())
    key = session.get(SyncState, sync_apply.EVIDENCE_KEY)
    held_back = kept.unsealed if key is None or not key.value else 0
    return SyncCounts(pending=kept.pending, rejected=kept.rejected, conflicts=kept.conflicts, held_back=held_back)


def sync_counts(store: Store) -> SyncCounts:
    """Pending, rejected, conflicts and held back, for the status bar (four kept numbers, one read)."""
    with store.session() as session:
        return _counts(session)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def sync_status(store: Store) -> SyncStatus:
    """Everything the Sync page shows: counts, the newest problems, enrolment, the last round."""
    with store.session() as session:
        device = session.get(Device, store.device_id)
        counts = _counts(session)
        rejected = _problems(session, "rejected")
        conflicts = _problems(session, "conflict")
        waiting = _problems(session, "waiting")
    return SyncStatus(
        pending=counts.pending,
        rejected=rejected,
        conflicts=conflicts,
        last_success=_when(sync_apply.get_state(store, sync_apply.LAST_SUCCESS)),
        last_error=sync_apply.last_error(store),
        enrolled=bool(device and device.token and device.hq_device_id),
        hq_url=device.hq_url if device else None,
        revoked=bool(device and device.revoked),
        device_name=device.name if device else "",
        warning=sync_apply.get_state(store, sync_apply.LAST_WARNING),
        waiting=waiting,
        rejected_total=counts.rejected,
        conflicts_total=counts.conflicts,
        held_back=counts.held_back,
        last_success_via=sync_apply.get_state(store, sync_apply.LAST_SUCCESS_VIA),
        reply_read_at=_when(sync_apply.get_state(store, sync_apply.LAST_REPLY_READ)),
    )
