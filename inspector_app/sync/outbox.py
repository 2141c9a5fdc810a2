"""Outbox rows as they leave the laptop: laptop-only fields removed, testimony sealed.

Both ways out (a sync push and a USB bundle) take their rows through
`prepare`, which seals what must be sealed once, to HQ's newest evidence key,
and keeps that sealed form in the outbox row (so a retry, or a push after a
bundle, sends the very same bytes and HQ recognises the op as a duplicate).
Without an evidence key nothing with testimony leaves: those rows, and every
later change of the same records, wait. Where HQ holds a sealed value this laptop
cannot open (a supervisor chose another laptop's, see core/services/resolutions.py),
the row carries HQ's envelope for that field as long as the laptop left it untouched.
A worker document also travels with its number's keyed hash under HQ's document key (sync/documents.py), made at the same
moment and kept with the sealed form; without that key it waits too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP, UserMessage
from ..core.services import sync_apply
from ..core.types import canonical_json
from ..core.store import Store
from .protocol import LOCAL_ONLY_FIELDS, Op
from . import documents
from .sealed import load_public_key, needs_sealing, seal_fields

EVIDENCE_KEY_MISSING = QT_TRANSLATE_NOOP(
    "SyncMessages", "HQ has not published its evidence key yet, so {count} change(s) with interview notes wait on "
                    "this laptop (testimony never leaves it unsealed). They go once HQ has run 'inspector-hq "
                    "init-keys' and this laptop has synced again.")
DOCUMENT_KEY_MISSING = QT_TRANSLATE_NOOP(
    "SyncMessages", "HQ has not published its document key yet, so {count} change(s) with worker document numbers "
                    "wait on this laptop (a number leaves it only sealed, beside its keyed hash). They go once this "
                    "laptop has synced with an HQ that publishes the key.")


def held_back_message(store: Store, count: int) -> UserMessage:
    """Why `count` changes wait on the laptop, in words for the person syncing."""
    if sync_apply.evidence_key(store) is None:
        return UserMessage(EVIDENCE_KEY_MISSING, count=count)
    return UserMessage(DOCUMENT_KEY_MISSING, count=count)


def keys_ready(store: Store) -> bool:
    """Whether both of HQ's keys a change may wait for are here."""
    return sync_apply.evidence_key(store) is not None and sync_apply.document_key(store) is not None


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
    base_resolution: int | None = None

    @classmethod
    def of(cls, row: Any) -> OutboxRow:
        """From an `OutboxOp` or a selected row with the same column names."""
        return cls(row.seq, row.op_id, row.entity, row.entity_id, row.action, row.base_rev, row.rev, row.hlc,
                   row.fields, list(row.attachment_refs or []), row.sealed, int(getattr(row, "size", 0) or 0),
                   getattr(row, "base_resolution", None))

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
                              attachment_refs=row.attachment_refs,
                              base_resolution=row.base_resolution)


def prepare(store: Store, rows: Iterable[OutboxRow]) -> tuple[list[OutboxRow], list[OutboxRow]]:
    """(rows ready to send, in order; rows held back for want of an evidence or document key).

    Rows still to be sealed are sealed now and their sealed form kept before anything is sent.
    """
    rows = list(rows)
    unsealed = [r for r in rows if r.sealed is None and needs_sealing(r.entity, r.visible_fields())]
    if not unsealed:
        return rows, []
    key = sync_apply.evidence_key(store)
    doc_key = sync_apply.document_key(store)
    waiting = {(r.entity, r.entity_id) for r in unsealed
               if key is None or (r.entity == documents.ENTITY and doc_key is None)}
    if waiting:
        rows, held = ([r for r in rows if (r.entity, r.entity_id) not in waiting],
                      [r for r in rows if (r.entity, r.entity_id) in waiting])
        unsealed = [r for r in unsealed if (r.entity, r.entity_id) not in waiting]
    else:
        held = []
    if not unsealed:
        return rows, held
    assert key is not None
    public = load_public_key(key["public_key"])
    hash_key = documents.decode_key(doc_key["key"]) if doc_key is not None else None
    at_hq = sync_apply.sealed_at_hq(store, ((r.entity, r.entity_id) for r in unsealed))
    sealed: dict[int, dict[str, Any]] = {}
    released: list[tuple[str, str, str]] = []
    for r in unsealed:  # in outbox order: a field written anew stops carrying HQ's envelope from then on
        fields = r.visible_fields()
        sealed[r.seq] = seal_fields(r.entity, r.entity_id, fields, public, key["key_id"])
        for name, (envelope, placeholder) in list(at_hq.get((r.entity, r.entity_id), {}).items()):
            if name not in sealed[r.seq]:
                continue
            if canonical_json(fields.get(name)) == canonical_json(placeholder):
                sealed[r.seq][name] = envelope  # untouched here: HQ keeps the value a supervisor chose
            else:
                released.append((r.entity, r.entity_id, name))
                del at_hq[(r.entity, r.entity_id)][name]
        if r.entity == documents.ENTITY and hash_key is not None:
            sealed[r.seq].update(documents.hash_fields(hash_key, fields))
    kept = sync_apply.store_sealed(store, sealed, released)
    return [replace(r, sealed=kept[r.seq]) if r.seq in kept else r for r in rows], held
