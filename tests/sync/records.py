"""Compare what a laptop holds with what HQ holds, record by record (counts and hashes)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select

from inspector_app.core.models import SYNCED_MODELS
from inspector_app.core.store import Store
from inspector_app.core.writer import wire_fields
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.evidence import unlock
from inspector_app.hq.models import Record
from inspector_app.hq.push import ACCEPTED_ENTITIES
from inspector_app.sync.protocol import LOCAL_ONLY_FIELDS

from ..hq.support import EVIDENCE_PASSPHRASE

CONTENT = ("inspections", "checklist_answers", "findings", "worker_interviews", "interpreter_notes", "attachments",
           "signatures", "establishments", "language_coordinators", "inspection_templates", "inspection_coordinators",
           "inspection_revisions")
# Set on the laptop from HQ's answers (status submitted/approved/returned), not sent back.
FROM_HQ = {"status", "submitted_at", "updated_at", "hlc", "revision", "signed_at", "review_comment", "reviewed_by",
           "reviewed_at"}


def made_op_ids(store: Store) -> set[str]:
    """Every op id this laptop has queued so far (its sequence numbers run 1..last_seq without gaps),
    whether still in the outbox or already acknowledged by HQ and compacted away."""
    from inspector_app.core.models import Device

    with store.session() as session:
        last_seq = session.get(Device, store.device_id).last_seq
    return {f"{store.device_id}:{seq}" for seq in range(1, last_seq + 1)}


def _digest(fields: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def laptop_records(store: Store, entities: tuple[str, ...] = CONTENT) -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    with store.session() as session:
        for entity in entities:
            for obj in session.scalars(select(SYNCED_MODELS[entity])):
                fields = wire_fields(obj)
                for hidden in LOCAL_ONLY_FIELDS.get(entity, ()):
                    fields.pop(hidden, None)
                out[(entity, obj.id)] = fields
    return out


def hq_records(db: HQDatabase, entities: tuple[str, ...] = CONTENT) -> dict[tuple[str, str], dict[str, Any]]:
    """HQ's records with their sealed testimony opened (evidence passphrase), so they compare with the
    laptop's: this also proves every sealed value opens to exactly what the laptop holds."""
    keyring = unlock(db, EVIDENCE_PASSPHRASE)
    with db.read() as conn:
        rows = conn.execute(select(Record.entity, Record.entity_id, Record.fields)
                            .where(Record.entity.in_(entities))).all()
    return {(r.entity, r.entity_id): keyring.open_fields(r.entity, r.entity_id, r.fields) for r in rows}


def comparable(key: tuple[str, str], fields: dict[str, Any]) -> dict[str, Any]:
    if key[0] == "inspections":
        return {k: v for k, v in fields.items() if k not in FROM_HQ}
    return fields


def record_hashes(records: dict[tuple[str, str], dict[str, Any]]) -> dict[str, str]:
    """One hash per entity over every (id, comparable fields) pair, and the counts."""
    by_entity: dict[str, list[str]] = {}
    for key in sorted(records):
        by_entity.setdefault(key[0], []).append(f"{key[1]}:{_digest(comparable(key, records[key]))}")
    return {entity: hashlib.sha256("\n".join(lines).encode()).hexdigest() for entity, lines in by_entity.items()}


def counts(records: dict[tuple[str, str], dict[str, Any]]) -> dict[str, int]:
    result: dict[str, int] = {}
    for entity, _ in records:
        result[entity] = result.get(entity, 0) + 1
    return result


assert set(CONTENT) <= ACCEPTED_ENTITIES
