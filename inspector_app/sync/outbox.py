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
import json
from json.encoder import encode_basestring
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP, UserMessage, plural
from ..core.services import sync_apply
from ..core.types import canonical_json, json_text
from ..core.store import Store
from .protocol import LOCAL_ONLY_FIELDS, Op
from . import documents
from .sealed import SEALED_FIELDS, SNAPSHOT_ENTITY, load_public_key, needs_sealing, seal_fields

EVIDENCE_KEY_MISSING = (
    QT_TRANSLATE_NOOP("SyncMessages", "HQ has not published its evidence key yet, so {count} change with interview "
                                      "notes waits on this laptop (testimony never leaves it unsealed). It goes once "
                                      "HQ has run 'inspector-hq init-keys' and this laptop has synced again."),
    QT_TRANSLATE_NOOP("SyncMessages", "HQ has not published its evidence key yet, so {count} changes with interview "
                                      "notes wait on this laptop (testimony never leaves it unsealed). They go once HQ "
                                      "has run 'inspector-hq init-keys' and this laptop has synced again."))
DOCUMENT_KEY_MISSING = (
    QT_TRANSLATE_NOOP("SyncMessages", "HQ has not published its document key yet, so {count} change with worker "
                                      "document numbers waits on this laptop (a number leaves it only sealed, beside "
                                      "its keyed hash). It goes once this laptop has synced with an HQ that publishes "
                                      "the key."),
    QT_TRANSLATE_NOOP("SyncMessages", "HQ has not published its document key yet, so {count} changes with worker "
                                      "document numbers wait on this laptop (a number leaves it only sealed, beside "
                                      "its keyed hash). They go once this laptop has synced with an HQ that publishes "
                                      "the key."))


def held_back_message(store: Store, count: int) -> UserMessage:
    """Why `count` changes wait on the laptop, in words for the person syncing."""
    forms = EVIDENCE_KEY_MISSING if sync_apply.evidence_key(store) is None else DOCUMENT_KEY_MISSING
    return UserMessage(plural(count, *forms), count=count)


def keys_ready(store: Store) -> bool:
    """Whether both of HQ's keys a change may wait for are here."""
    return sync_apply.evidence_key(store) is not None and sync_apply.document_key(store) is not None


class NotSealed(RuntimeError):
    """A bug guard: testimony was about to leave the laptop in clear."""


class OutboxRow:
    """The columns of an outbox row that travel.

    `fields` are read from the row's stored JSON only when something needs them (sealing, a
    laptop-only field to drop): most rows travel as the very text the write path stored."""

    __slots__ = ("seq", "op_id", "entity", "entity_id", "action", "base_rev", "rev", "hlc", "attachment_refs",
                 "sealed", "size", "base_resolution", "_fields", "_fields_json")

    def __init__(self, seq: int, op_id: str, entity: str, entity_id: str, action: str, base_rev: int, rev: int,
                 hlc: str, fields: dict[str, Any] | None, attachment_refs: list[str], sealed: dict[str, Any] | None,
                 size: int = 0, base_resolution: int | None = None, *, fields_json: str | None = None):
        if fields is None and fields_json is None:
            raise ValueError("an outbox row needs its fields or their stored JSON")
        self.seq = seq
        self.op_id = op_id
        self.entity = entity
        self.entity_id = entity_id
        self.action = action
        self.base_rev = base_rev
        self.rev = rev
        self.hlc = hlc
        self.attachment_refs = attachment_refs
        self.sealed = sealed
        self.size = size  # bytes of fields (and sealed form), for batch sizing
        self.base_resolution = base_resolution
        self._fields = fields
        self._fields_json = fields_json

    @classmethod
    def of(cls, row: Any) -> OutboxRow:
        """From an `OutboxOp` or a selected row with the same column names."""
        return cls(row.seq, row.op_id, row.entity, row.entity_id, row.action, row.base_rev, row.rev, row.hlc,
                   row.fields, list(row.attachment_refs or []), row.sealed, int(getattr(row, "size", 0) or 0),
                   getattr(row, "base_resolution", None))

    @property
    def fields(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = json.loads(self._fields_json)  # type: ignore[arg-type]
        return self._fields

    @property
    def fields_json(self) -> str | None:
        """The fields as the outbox stores them (canonical JSON), when the row was read that way."""
        return self._fields_json

    def with_sealed(self, sealed: dict[str, Any]) -> OutboxRow:
        return OutboxRow(self.seq, self.op_id, self.entity, self.entity_id, self.action, self.base_rev, self.rev,
                         self.hlc, self._fields, self.attachment_refs, sealed, self.size, self.base_resolution,
                         fields_json=self._fields_json)

    def visible_fields(self) -> dict[str, Any]:
        hidden = LOCAL_ONLY_FIELDS.get(self.entity)
        return {k: v for k, v in self.fields.items() if k not in hidden} if hidden else self.fields

    def __repr__(self) -> str:
        return f"OutboxRow(seq={self.seq}, op_id={self.op_id!r}, entity={self.entity!r})"


# The queue in order, as stored (ix_outbox_state_seq). Read without the ORM's JSON decoding: most rows are
# sent as the text they were stored as.
_PENDING_SQL = ("SELECT seq, op_id, entity, entity_id, action, base_rev, rev, hlc, fields, attachment_refs, sealed, "
                "base_resolution FROM outbox WHERE outbox.state = ? AND outbox.seq > ? ORDER BY outbox.seq LIMIT ?")
_OP_OVERHEAD = 300  # bytes an op adds to the batch beside its fields (ids, revs, time stamp, keys)


def read_pending(store: Store, after: int, limit: int, max_bytes: int) -> list[OutboxRow]:
    """The next pending rows after sequence `after`, in order: at most `limit` of them and about
    `max_bytes` of fields (at least one row, however large)."""
    with store.session() as session:
        found = session.connection().exec_driver_sql(_PENDING_SQL, ("pending", after, limit)).fetchall()
    batch: list[OutboxRow] = []
    size = 0
    loads = json.loads
    for (seq, op_id, entity, entity_id, action, base_rev, rev, hlc, fields_json, refs, sealed,
         base_resolution) in found:
        row_size = len(fields_json) + (len(sealed) if sealed else 0)
        size += row_size + _OP_OVERHEAD
        if batch and size > max_bytes:
            break
        batch.append(OutboxRow(seq, op_id, entity, entity_id, action, base_rev, rev, hlc, None,
                               loads(refs) if refs and refs != "[]" else [], loads(sealed) if sealed else None,
                               row_size, base_resolution, fields_json=fields_json))
    return batch


def wire_op(row: OutboxRow) -> Op:
    """An outbox row as the protocol sends it: laptop-only fields removed, its sealed form applied."""
    # Built without validating again: the row came from this laptop's own store, and HQ checks every op it
    # reads, answering a bad one on its own (a validation error here would stop the whole round instead).
    return Op.model_construct(op_id=row.op_id, entity=row.entity, id=row.entity_id, action=row.action,
                              base_rev=row.base_rev, rev=row.rev, hlc=row.hlc, fields=_wire_fields(row),
                              attachment_refs=row.attachment_refs,
                              base_resolution=row.base_resolution)


def _wire_fields(row: OutboxRow) -> dict[str, Any]:
    fields = row.visible_fields()
    if row.sealed:
        return {**fields, **row.sealed}
    if needs_sealing(row.entity, fields):
        raise NotSealed(f"Outbox op {row.op_id} ({row.entity}) has no sealed form; it must not be sent.")
    return fields


# Rows whose stored fields may need changing before they leave: testimony to seal, laptop-only fields to drop.
_REWORKED = frozenset({*SEALED_FIELDS, SNAPSHOT_ENTITY, *LOCAL_ONLY_FIELDS})
_SEALABLE = frozenset({*SEALED_FIELDS, SNAPSHOT_ENTITY})  # the only records `needs_sealing` can say yes to
_quote = encode_basestring  # C: a JSON string as UTF-8 text, as the protocol's serialiser writes it


def op_json(row: OutboxRow) -> str:
    """`wire_op(row)` as the JSON text the protocol's serialiser makes of it (the same JSON value).

    A row that travels as stored (nothing to seal, nothing laptop-only) is written around its stored
    fields text, which is already canonical JSON; one with its sealed form (or a laptop-only field)
    around its fields as sent, written the same canonical way. Anything unusual (a number JSON cannot
    write, a column of another type) goes through `wire_op` and the protocol's serialiser."""
    text = row.fields_json
    if (text is None or "NaN" in text or "Infinity" in text or row.base_rev.__class__ is not int
            or row.rev.__class__ is not int
            or (row.base_resolution is not None and row.base_resolution.__class__ is not int)):
        return wire_op(row).model_dump_json()
    if row.sealed is not None or row.entity in _REWORKED:
        text = json_text(_wire_fields(row))
        if "NaN" in text or "Infinity" in text:
            return wire_op(row).model_dump_json()
    refs = ",".join(map(_quote, row.attachment_refs))
    resolution = "" if row.base_resolution is None else f',"base_resolution":{row.base_resolution}'
    return (f'{{"op_id":{_quote(row.op_id)},"entity":{_quote(row.entity)},"id":{_quote(row.entity_id)},'
            f'"action":{_quote(row.action)},"base_rev":{row.base_rev},"rev":{row.rev},"hlc":{_quote(row.hlc)},'
            f'"fields":{text},"attachment_refs":[{refs}]{resolution}}}')


def batch_json(batch_id: str, device_id: str, ops: list[str], audit_head: str | None, audit_seq: int | None) -> bytes:
    """A `PushBatch` as the protocol's serialiser writes it, around ops already written (`op_json`)."""
    head = "null" if audit_head is None else _quote(audit_head)
    seq = "null" if audit_seq is None else str(int(audit_seq))
    return (f'{{"batch_id":{_quote(batch_id)},"device_id":{_quote(device_id)},"ops":[{",".join(ops)}],'
            f'"audit_head":{head},"audit_seq":{seq}}}').encode("utf-8")


def prepare(store: Store, rows: Iterable[OutboxRow]) -> tuple[list[OutboxRow], list[OutboxRow]]:
    """(rows ready to send, in order; rows held back for want of an evidence or document key).

    Rows still to be sealed are sealed now and their sealed form kept before anything is sent.
    """
    rows = list(rows)
    unsealed = [r for r in rows
                if r.sealed is None and r.entity in _SEALABLE and needs_sealing(r.entity, r.visible_fields())]
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
    return [r.with_sealed(kept[r.seq]) if r.seq in kept else r for r in rows], held
