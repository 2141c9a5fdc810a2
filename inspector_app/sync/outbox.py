"""Outbox rows as they leave the laptop: laptop-only fields removed, testimony sealed.

Both ways out (a sync push and a USB bundle) take their rows through
`prepare`, which seals what must be sealed once, to HQ's newest evidence key,
and keeps that sealed form in the outbox row (so a retry, or a push after a
bundle, sends the very same bytes and HQ recognises the op as a duplicate).
Without an evidence key nothing with testimony leaves: those rows, and every
later change of the same records, wait.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..core.services import sync_apply
from ..core.store import Store
from .protocol import LOCAL_ONLY_FIELDS, Op
from .sealed import load_public_key, needs_sealing, seal_fields

EVIDENCE_KEY_MISSING = ("HQ has not published its evidence key yet, so {count} change(s) with interview notes "
                        "wait on this laptop (testimony never leaves it unsealed). They go once HQ has run "
                        "'inspector-hq init-keys' and this laptop has synced again.")


class NotSealed(RuntimeError):
    """A bug guard: testimony was about to leave the laptop in clear."""


@dataclass(frozen=True)
class OutboxRow:
    """The columns of an outbox row that travel."""

    seq: int
    op_id: str
    entity: str
    entity_id: str
    action: str
    base_rev: int
    rev: int
    hlc: str
    fields: dict[str, Any]
    attachment_refs: list[str]
    sealed: dict[str, Any] | None
    size: int = 0  # bytes of fields, for batch sizing

    @classmethod
    def of(cls, row: Any) -> OutboxRow:
        """From an `OutboxOp` or a selected row with the same column names."""
        return cls(row.seq, row.op_id, row.entity, row.entity_id, row.action, row.base_rev, row.rev, row.hlc,
                   row.fields, list(row.attachment_refs or []), row.sealed, int(getattr(row, "size", 0) or 0))

    def visible_fields(self) -> dict[str, Any]:
        hidden = LOCAL_ONLY_FIELDS.get(self.entity)
        return {k: v for k, v in self.fields.items() if k not in hidden} if hidden else self.fields


def wire_op(row: OutboxRow) -> Op:
    """An outbox row as the protocol sends it: laptop-only fields removed, its sealed form applied."""
    fields = row.visible_fields()
    if row.sealed:
        fields = {**fields, **row.sealed}
    elif needs_sealing(row.entity, fields):
        raise NotSealed(f"Outbox op {row.op_id} ({row.entity}) has no sealed form; it must not be sent.")
    # Built without validating again: the row came from this laptop's own store, and HQ checks every op it
    # reads, answering a bad one on its own (a validation error here would stop the whole round instead).
    return Op.model_construct(op_id=row.op_id, entity=row.entity, id=row.entity_id, action=row.action,
                              base_rev=row.base_rev, rev=row.rev, hlc=row.hlc, fields=fields,
                              attachment_refs=row.attachment_refs)


def prepare(store: Store, rows: Iterable[OutboxRow]) -> tuple[list[OutboxRow], list[OutboxRow]]:
    """(rows ready to send, in order; rows held back for want of an evidence key).

    Rows still to be sealed are sealed now and their sealed form kept before anything is sent.
    """
    rows = list(rows)
    unsealed = [r for r in rows if r.sealed is None and needs_sealing(r.entity, r.visible_fields())]
    if not unsealed:
        return rows, []
    key = sync_apply.evidence_key(store)
    if key is None:
        waiting = {(r.entity, r.entity_id) for r in unsealed}
        return ([r for r in rows if (r.entity, r.entity_id) not in waiting],
                [r for r in rows if (r.entity, r.entity_id) in waiting])
    public = load_public_key(key["public_key"])
    kept = sync_apply.store_sealed(store, {
        r.seq: seal_fields(r.entity, r.entity_id, r.visible_fields(), public, key["key_id"]) for r in unsealed})
    return [replace(r, sealed=kept[r.seq]) if r.seq in kept else r for r in rows], []
