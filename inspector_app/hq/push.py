"""Applying laptop ops at HQ: idempotent, one answer per op, never a blocked queue.

The same function applies a pushed batch and an imported USB bundle. Inside
one transaction it reads the ops and records the batch touches, decides every
op in order in memory, then writes with a few bulk statements:

* an op id HQ already holds answers `duplicate` (with the first answer), or is
  rejected if the same id arrives with different content (but the same change that
  an HQ of before sealed testimony took in clear, sent again sealed, is a duplicate);
* a change is judged by the ownership rules (ownership.py): a device changes
  only what it owns; another device's change to a shared directory record is
  kept as a proposal for a supervisor; everything else is rejected with a reason;
* a record is applied only when the op's base revision is the revision HQ
  holds (and, where a supervisor's resolution wrote that revision, the op says
  it was made on that resolution); otherwise the laptop's version is kept beside
  it as a conflict and the record is flagged for review (nothing is overwritten);
* bad ops are rejected with a reason and the rest of the batch goes on.

Races between HQ processes end in the database: the batch and op ids are
primary keys, records are updated only `WHERE rev = <the revision read> AND
owner = <the owner read>`, the inspections a batch writes under are re-checked
(and locked) at write time, and references are unique keys. A lost race rolls
the whole transaction back and it is tried again, and then finds the stored
answer or the new owner.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..sync.documents import ENTITY as DOCUMENTS, hash_problem
from ..sync.protocol import LOCAL_ONLY_FIELDS, Op, OpResult, PushBatch, PushResponse, op_device
from ..sync.reasons import Reason, refusal
from ..sync.sealed import needs_sealing, unsealed_fields
from . import audit_heads, bulk, document_keys, documents, establishment_files, projections, queue_index
from .db import HQDatabase, RawJSON, rows_among
from .devices import DeviceIdentity, require_device_matches
from .evidence import known_key_ids, sealing_reason
from .errors import Forbidden, HQError
from .models import AttachmentOwner, Batch, ConflictVersion, EvidenceKey, OpLog, Record, utcnow
from .op_checks import (OpRejection, PushBatchEnvelope, answer, canonical, merge_results, parse_ops, rejected,
                        size_problem)
from .ownership import (
    ACCEPTED_ENTITIES,
    INSPECTION_PARTS,
    INSPECTIONS,
    Held,
    inspection_of,
    judge,
    named_ids,
    reference_of,
    stored_fields,
)

__all__ = ["ACCEPTED_ENTITIES", "apply_batch", "apply_ops", "push"]
TRANSACTION_ATTEMPTS = 4
_RETRYABLE_SQLSTATES = {"40001", "40P01", "23505"}  # serialization failure, deadlock, unique violation

_RECORDS = Record.__table__
_OPS = OpLog.__table__
_CONFLICTS = ConflictVersion.__table__


class _StaleRecord(Exception):
    """Another transaction changed a record between our read and our write."""


class BatchBusy(HQError):
    status = 503
    code = "busy"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_digest(op: Op, fields_sha256: str) -> str:
    """What makes two copies of an op the same op: every header value and the fields' digest."""
    parts = [op.op_id, op.entity, op.id, op.action, str(op.base_rev), str(op.rev), op.hlc, ",".join(op.attachment_refs),
             fields_sha256]
    if op.base_resolution is not None:  # absent from ops made before it existed: their digests stay as stored
        parts.append(f"resolution:{op.base_resolution}")
    header = "\x1f".join(parts)
    return _sha256(header)


def push(db: HQDatabase, device: DeviceIdentity, batch: PushBatch | PushBatchEnvelope,
         read: Sequence[Op | OpRejection] | None = None) -> PushResponse:
    """`read`: the envelope's ops as `parse_ops` reads them, if the caller read them already."""
    require_device_matches(device, batch.device_id)
    if read is not None:
        ops = read
    else:
        ops = parse_ops(batch.ops) if isinstance(batch, PushBatchEnvelope) else batch.ops
    return apply_batch(db, device, batch.batch_id, ops, source="push", audit=(batch.audit_seq, batch.audit_head))


def apply_batch(db: HQDatabase, device: DeviceIdentity, batch_id: str, ops: Sequence[Op | OpRejection], *,
                source: str, before_apply: Callable[[Connection], None] | None = None,
                audit: tuple[int | None, str | None] | None = None) -> PushResponse:
    """Apply ops as one batch, or return the stored answer if this batch id was seen before.

    An `OpRejection` (an op that could not be read) keeps its place and its answer. `audit`: the batch's audit
    head (seq, head), kept in the same transaction (one commit: the batch is never held without its head, nor
    the head without the batch) and acknowledged in the answer, a replayed one included; the stored answer
    holds no acknowledgement."""
    for attempt in range(TRANSACTION_ATTEMPTS):
        try:
            with db.write() as conn:
                stored = conn.execute(
                    select(Batch.device_id, Batch.response).where(Batch.batch_id == batch_id)
                ).first()
                if stored is not None:
                    if stored.device_id != device.id:
                        raise Forbidden("This batch id belongs to another device.", code="wrong_device")
                    response = PushResponse.model_validate({**stored.response, "replayed": True})
                else:
                    if before_apply is not None:
                        before_apply(conn)
                    readable = [op for op in ops if isinstance(op, Op)]
                    results = merge_results(list(ops), apply_ops(conn, device, readable, batch_id))
                    # HQ's own answers (their op ids and texts were checked as the ops were read): not walked again.
                    response = PushResponse.model_construct(batch_id=batch_id, results=results)
                    # Kept as JSON text made in one pass (the stored answer is read back as the same dict).
                    conn.execute(insert(Batch).values(batch_id=batch_id, device_id=device.id, source=source,
                                                      op_count=len(ops), received_at=utcnow(),
                                                      response=RawJSON(response.model_dump_json())))
                # Last: the device's head row stays locked only for the commit.
                held = audit_heads.keep(conn, device, *audit) if audit is not None else None
            if audit is not None:
                response.audit_ack = audit_heads.signed(device, held)
            return response
        except (_StaleRecord, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not _retryable(exc):
                raise
            if attempt == TRANSACTION_ATTEMPTS - 1:
                raise BatchBusy("HQ is busy with the same records; send the batch again shortly.") from None
    raise AssertionError("unreachable")


def _retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    state = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return state in _RETRYABLE_SQLSTATES


def _validate(op: Op, device: DeviceIdentity) -> Reason | None:
    if op_device(op.op_id) != device.local_id:
        return refusal("op_id_foreign", "This op id was made by another device; a laptop may send only its own "
                       "changes.")
    if op.entity not in ACCEPTED_ENTITIES:
        return refusal("entity_not_accepted", f"HQ does not take {op.entity} records from laptops.", entity=op.entity)
    if op.fields.get("id", op.id) != op.id:
        return refusal("id_mismatch", "The record's fields carry a different id than the op.")
    if op.rev < op.base_rev:
        return refusal("rev_before_base", f"Revision {op.rev} cannot follow base revision {op.base_rev}.",
                       rev=op.rev, base_rev=op.base_rev)
    if "rev" in op.fields and op.fields["rev"] != op.rev and op.rev:
        return refusal("rev_mismatch", f"The record's fields say revision {op.fields['rev']}, the op says {op.rev}.",
                       fields_rev=str(op.fields["rev"])[:40], rev=op.rev)
    inspection_id = op.fields.get("inspection_id")
    if inspection_id is not None and not isinstance(inspection_id, str):
        return refusal("inspection_id_not_text", "inspection_id must be text.")
    return None


def _sent_fields(op: Op) -> dict[str, Any]:
    hidden = LOCAL_ONLY_FIELDS.get(op.entity)
    return {k: v for k, v in op.fields.items() if k not in hidden} if hidden else op.fields


def apply_ops(conn: Connection, device: DeviceIdentity, ops: Sequence[Op], batch_id: str) -> list[OpResult]:
    """Decide every op and write the batch (see the module's note).

    The cyclic collector is not paused here, though a batch makes thousands of objects and no cycles: the
    pause is process-wide, and pushes overlap (four at once on PostgreSQL), so under twenty laptops' load it
    would hardly ever run again and every other route's cycles would pile up (bench_hq_memory)."""
    now = utcnow()
    known = _known_ops(conn, [op.op_id for op in ops])
    held = _held_records(conn, ops)
    references = _held_references(conn, ops)
    owned = _owned_attachments(conn, device.id, {ref for op in ops for ref in op.attachment_refs})
    sealed = [needs_sealing(op.entity, op.fields) for op in ops]  # asked once an op
    evidence_keys = known_key_ids(conn) if any(sealed) else set()
    hash_kids = (document_keys.known_kids(conn) if any(op.entity == DOCUMENTS for op in ops)
                 else set())

    first_key_at: list[Any] = []  # when HQ made its first evidence key (read once, if needed)
    results: list[OpResult] = []
    decided: dict[str, str] = {}
    waiting: dict[tuple[str, str], str] = {}  # record -> op id it waits behind (retryable)
    record_rows: dict[tuple[str, str], dict[str, Any]] = {}
    flagged: set[tuple[str, str]] = set()
    relied: dict[str, str] = {}  # inspections in the database whose owner an applied change relied on
    op_rows: list[dict[str, Any]] = []
    conflict_rows: list[dict[str, Any]] = []

    for op, seal in zip(ops, sealed):
        sent = _sent_fields(op)
        # serialised once (while the op was read, where it can be): measured, hashed, then stored as it is
        sent_json = (sent is op.fields and op.fields_json()) or canonical(sent)
        too_large = size_problem(sent_json)
        if too_large:
            results.append(rejected(op.op_id, too_large))
            continue
        sent_sha256 = _sha256(sent_json)
        digest = payload_digest(op, sent_sha256)
        if op.op_id in decided:
            results.append(OpResult(op_id=op.op_id, status="duplicate", original=decided[op.op_id]))  # type: ignore[arg-type]
            continue
        prior = known.get(op.op_id)
        if prior is not None:
            if prior.device_id == device.id and (prior.payload_sha256 == digest
                                                 or _sealed_copy_of_clear_op(conn, prior, op, first_key_at)):
                results.append(answer(op.op_id, "duplicate", original=prior.status))
            else:
                results.append(rejected(op.op_id, refusal("op_id_reused", (
                    "HQ already holds a different change under this op id. Was this laptop restored from an "
                    "old backup? Ask HQ before going on."))))
            continue
        # Testimony is taken only sealed to one of HQ's evidence keys: HQ never stores it in clear.
        problem = (_validate(op, device) or (sealing_reason(op.entity, op.fields, evidence_keys) if seal else None)
                   or (hash_problem(op.fields, hash_kids) if op.entity == DOCUMENTS
                       else None))
        if problem:
            results.append(rejected(op.op_id, problem))
            continue
        key = (op.entity, op.id)
        if key in waiting:
            results.append(rejected(op.op_id, refusal(
                "waits_for_earlier", f"Waits for the earlier change {waiting[key]} of the same record.",
                retryable=True, op_id=waiting[key])))
            continue
        verdict = judge(op, device.id, held, references)
        if verdict.action == "reject":
            if verdict.retryable:
                waiting[key] = op.op_id
            assert verdict.why is not None
            results.append(rejected(op.op_id, verdict.why))
            continue
        missing = [ref for ref in op.attachment_refs if ref not in owned]
        if missing:
            waiting[key] = op.op_id
            results.append(rejected(op.op_id, refusal("attachment_missing",
                                                      f"Attachment {missing[0][:12]}… is not uploaded yet.",
                                                      retryable=True, sha256=missing[0])))
            continue

        stored = stored_fields(op.entity, sent)
        fields_json = sent_json if stored is sent else canonical(stored)
        fields_sha256 = sent_sha256 if stored is sent else _sha256(fields_json)
        record = held.get(op.id)
        hq_rev = record.rev if record is not None else 0
        why: Reason | None = None
        if verdict.action == "propose":
            status, why = "conflict", verdict.why
            conflict_rows.append(_kept(op, device, "proposal", hq_rev, fields_json, now))
            flagged.add(key)
        elif op.rev == 0 and op.base_rev == 0:
            status = "applied"  # an event without a row change: logged only
        elif op.base_rev == hq_rev and (record is None or record.resolution_id in (None, op.base_resolution)):
            status = "applied"
            _apply(op, device, record, held, references, record_rows, flagged, relied, RawJSON.of(fields_json, stored),
                   fields_sha256, now)
        else:
            status = "conflict"
            if op.base_rev == hq_rev:
                why = refusal("stale_resolution", f"HQ holds revision {hq_rev} of this record, written by a "
                              "supervisor's resolution this change was not made on. Both versions are kept and the "
                              "record is flagged for review.", hq_rev=hq_rev)
            else:
                why = refusal("stale_base", f"HQ holds revision {hq_rev} of this record; this change was made on "
                              f"revision {op.base_rev}. Both versions are kept and the record is flagged for review.",
                              hq_rev=hq_rev, base_rev=op.base_rev)
            conflict_rows.append(_kept(op, device, "stale", hq_rev, fields_json, now))
            flagged.add(key)
        if status == "conflict" and key in record_rows:
            record_rows[key]["needs_review"] = True
        decided[op.op_id] = status
        op_rows.append({"op_id": op.op_id, "device_id": device.id, "batch_id": batch_id, "entity": op.entity,
                        "entity_id": op.id, "action": op.action, "base_rev": op.base_rev, "rev": op.rev,
                        "hlc": op.hlc, "payload_sha256": digest, "status": status, "received_at": now})
        results.append(answer(op.op_id, status, why))

    _write(conn, held, record_rows, flagged, relied, op_rows, conflict_rows)
    establishment_files.after_push(conn, device.id, [
        establishment_files.Applied(row["entity"], row["entity_id"], row["inspection_id"], row["fields"],
                                    row["fields"].value)
        for row in record_rows.values() if row["entity"] in establishment_files.FOLLOWED])
    return results


def _apply(op: Op, device: DeviceIdentity, record: Held | None, held: dict[str, Held], references: dict[str, str],
           record_rows: dict[tuple[str, str], dict[str, Any]], flagged: set[tuple[str, str]], relied: dict[str, str],
           fields_json: RawJSON, fields_sha256: str, now: Any) -> None:
    """Note an applied change: the row to write, and what later ops of the batch now see."""
    key = (op.entity, op.id)
    inspection_id = inspection_of(op)
    reference = reference_of(op)
    row = {"entity": op.entity, "entity_id": op.id, "owner_device_id": record.owner if record else device.id,
           "writer_device_id": device.id, "resolution_id": None, "inspection_id": inspection_id, "reference": reference, "rev": op.rev,
           "hlc": op.hlc, "fields": fields_json, "fields_sha256": fields_sha256,
           "needs_review": key in flagged, "last_op_id": op.op_id, "updated_at": now}
    if record is None:
        record = held[op.id] = Held(op.entity, device.id, op.rev, inspection_id, None, in_db=False)
        row["created_at"] = now
    else:
        previous = record_rows.get(key)
        row["created_at"] = previous["created_at"] if previous else now
        record.rev = op.rev
        record.resolution_id = None  # a laptop wrote the revision now held
    if op.entity == INSPECTIONS and record.reference != reference:
        if record.reference is not None and references.get(record.reference) == op.id:
            del references[record.reference]
        if reference is not None:
            references[reference] = op.id
        record.reference = reference
    if op.entity in INSPECTION_PARTS and inspection_id is not None:
        parent = held[inspection_id]
        if parent.in_db and parent.read_owner is not None:
            relied[inspection_id] = parent.read_owner
    record_rows[key] = row


def _sealed_copy_of_clear_op(conn: Connection, prior: Any, op: Op, first_key_at: list[Any]) -> bool:
    """Is `op` the very change HQ logged as `prior`, sent again with its testimony now sealed?

    HQ versions before sealed testimony took interview notes in clear. A laptop whose answer to
    such a push was lost (or whose USB bundle reply never came back) sends the op again once it
    is upgraded, and now seals it: the same change (same record, revisions and clock stamp from
    the same laptop) with different bytes. It is a duplicate, not a different change under a
    reused op id. HQ's copy was sealed by `inspector-hq init-keys` meanwhile."""
    if not needs_sealing(op.entity, op.fields) or unsealed_fields(op.entity, op.fields):
        return False
    logged = conn.execute(select(OpLog.entity, OpLog.entity_id, OpLog.action, OpLog.base_rev, OpLog.rev, OpLog.hlc,
                                 OpLog.received_at).where(OpLog.op_id == prior.op_id)).one()
    if tuple(logged[:6]) != (op.entity, op.id, op.action, op.base_rev, op.rev, op.hlc):
        return False
    if not first_key_at:
        first_key_at.append(conn.execute(select(func.min(EvidenceKey.created_at))).scalar())
    return first_key_at[0] is not None and logged.received_at < first_key_at[0]


def _kept(op: Op, device: DeviceIdentity, kind: str, hq_rev: int, fields_json: str, now: Any) -> dict[str, Any]:
    """A version kept beside the record for a supervisor (stale base revision, or another device's proposal)."""
    return {"entity": op.entity, "entity_id": op.id, "op_id": op.op_id, "device_id": device.id, "kind": kind,
            "base_rev": op.base_rev, "rev": op.rev, "hq_rev": hq_rev, "fields": RawJSON(fields_json),
            "received_at": now}


_ATTACHMENT_OWNERS = AttachmentOwner.__table__


def _known_ops(conn: Connection, op_ids: list[str]) -> dict[str, Any]:
    """The op log's word on each op id it holds: (op id, digest, status, device); the rest of a logged op is read
    only where a differing copy may be its sealed resend (`_sealed_copy_of_clear_op`)."""
    unique = list(dict.fromkeys(op_ids))
    return {row.op_id: row for row in rows_among(conn, _OPS, ("op_id", "payload_sha256", "status", "device_id"),
                                                 "op_id", unique)}


def _held_records(conn: Connection, ops: Sequence[Op]) -> dict[str, Held]:
    """The records a batch touches or names (its inspections, what its records point at), by id (unique):
    an index search on any planner."""
    ids: set[str] = set()
    for op in ops:
        ids.update(named_ids(op))
    held: dict[str, Held] = {}
    for entity, entity_id, owner, rev, inspection_id, reference, resolution_id in rows_among(
            conn, _RECORDS, ("entity", "entity_id", "owner_device_id", "rev", "inspection_id", "reference",
                             "resolution_id"), "entity_id", sorted(ids)):
        held[entity_id] = Held(entity, owner, rev, inspection_id, reference, in_db=True, read_rev=rev,
                               read_owner=owner, resolution_id=resolution_id)
    return held


def _held_references(conn: Connection, ops: Sequence[Op]) -> dict[str, str]:
    """Which inspection holds each reference the batch's inspections carry."""
    wanted = sorted({ref for op in ops if (ref := reference_of(op)) is not None})
    return dict(rows_among(conn, _RECORDS, ("reference", "entity_id"), "reference", wanted))  # type: ignore[arg-type]


def _owned_attachments(conn: Connection, device_id: str, refs: set[str]) -> set[str]:
    return {sha256 for sha256, in rows_among(conn, _ATTACHMENT_OWNERS, ("sha256",), "sha256", sorted(refs),
                                             equal=[("device_id", device_id)])}


def _write(conn: Connection, held: dict[str, Held], record_rows: dict[tuple[str, str], dict[str, Any]],
           flagged: set[tuple[str, str]], relied: dict[str, str], op_rows: list[dict[str, Any]],
           conflict_rows: list[dict[str, Any]]) -> None:
    if relied:
        _lock_owners(conn, relied)
    inserts = [row for key, row in record_rows.items() if not held[key[1]].in_db]
    updates = [
        {**{f"v_{k}": v for k, v in row.items()
            if k not in ("entity", "entity_id", "created_at", "owner_device_id", "needs_review")},
         "b_entity": row["entity"], "b_entity_id": row["entity_id"], "b_read_rev": held[key[1]].read_rev,
         "b_read_owner": held[key[1]].read_owner}
        for key, row in record_rows.items() if held[key[1]].in_db
    ]
    if inserts:
        _bulk_insert(conn, _RECORDS, inserts)
    if updates:
        columns = [k[2:] for k in updates[0] if k.startswith("v_")]
        statement = (
            update(_RECORDS)
            .where(_RECORDS.c.entity == bindparam("b_entity"), _RECORDS.c.entity_id == bindparam("b_entity_id"),
                   _RECORDS.c.rev == bindparam("b_read_rev"), _RECORDS.c.owner_device_id == bindparam("b_read_owner"))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
        changed = conn.execute(statement, updates).rowcount
        if changed != len(updates):
            raise _StaleRecord()
    # An update never clears a flag set earlier; new flags are set here (inserts carry theirs).
    only_flagged = [{"b_entity": e, "b_entity_id": i} for (e, i) in flagged if i in held and held[i].in_db]
    if only_flagged:
        conn.execute(
            update(_RECORDS)
            .where(_RECORDS.c.entity == bindparam("b_entity"), _RECORDS.c.entity_id == bindparam("b_entity_id"))
            .values(needs_review=True),
            only_flagged,
        )
    documents.after_push(conn, record_rows.values())
    if op_rows:
        _bulk_insert(conn, _OPS, op_rows)
    if conflict_rows:
        _bulk_insert(conn, _CONFLICTS, conflict_rows)
    # Statistics read projection tables: kept in step here, in the same transaction.
    projections.project(conn, record_rows.values())
    # The review queue's columns (district, worst severity, submitted time) follow what was written.
    queue_index.refresh_after_write(conn, record_rows.values(), flagged)


def _lock_owners(conn: Connection, relied: dict[str, str]) -> None:
    """The inspections this batch wrote under must still belong to the owner read (HQ may have reassigned one
    meanwhile); they stay locked until commit, so a reassignment waits for this batch, or this batch finds the
    new owner and is tried again.

    Read by primary key with `FOR NO KEY UPDATE` on PostgreSQL: the lock a reassignment's UPDATE waits for,
    without writing a new version of each row (an UPDATE per inspection was planned by the owner index on a
    young table, scanning every record of the device: 3-5 ms each). SQLite's write transaction already shuts
    every other writer out, so there the read is the whole check."""
    found = dict(rows_among(conn, _RECORDS, ("entity_id", "owner_device_id"), "entity_id", sorted(relied),  # type: ignore[arg-type]
                            equal=[("entity", INSPECTIONS)], lock=True))
    if found != relied:
        raise _StaleRecord()


def _bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows inside the caller's transaction (bulk.py); a lost race (a key taken, a serialization
    failure, a deadlock: DBAPIError, see `_retryable`) is tried again whole."""
    bulk.insert_rows(conn, table, rows)
