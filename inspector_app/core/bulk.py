"""A bulk create worked out before it is written: the rows `UnitOfWork.insert_many` stores.

Planning is the Python half of a bulk load (ids, clock stamps, encoding, field JSON, digests,
outbox rows, chained audit entries); writing is binding those rows and SQLite's own work. The
two are apart so a large load (demo data) can plan its next transaction in another process
while this one writes (`demo_pipeline`). A plan starts from a `LogHead`, where the device's
outbox sequence, clock and audit chain stood, and is only written on top of exactly that head:
whatever wrote in between would make its sequence numbers, stamps and chain wrong.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import hlc
from .audit import VOLATILE_FIELDS, audited_fields, fields_digest
from .errors import StoreError
from .models import LOCAL_ONLY_ENTITIES
from .rows import AuditChain, plan_for, wire_value
from .text_rules import NUL_ESCAPED, refuse_unstorable_json
from .types import new_ids, utcnow


class LogMoved(StoreError):
    """A planned bulk write no longer fits: something else was logged since it was planned."""


class LogHead(NamedTuple):
    """Where a device's log stands: last outbox sequence number and clock stamp, audit chain head."""

    last_seq: int
    last_hlc: str
    audit_seq: int
    audit_hash: str


@dataclass(slots=True)
class PlannedInsert:
    """One table's new records with their log rows, in the forms the bulk statements bind.

    `ops` are outbox rows (seq, op_id, entity_id, hlc, fields) and `entries` audit entries (seq,
    entity_id, hlc, fields_sha256, prev_hash, hash); the columns they share are in `at_text` and
    the statements (see `writer._bulk_outbox_sql`, `writer._bulk_audit_sql`).
    """

    entity: str
    insert_sql: str
    values: list[tuple[Any, ...]]
    ids: list[str]
    ops: list[tuple[Any, ...]]
    entries: list[tuple[Any, ...]]
    at_text: str

    def to_wire(self) -> tuple[Any, ...]:
        """Built-in types only (for `marshal`, much quicker to read back than pickle)."""
        return (self.entity, self.insert_sql, self.values, self.ids, self.ops, self.entries, self.at_text)

    @classmethod
    def from_wire(cls, data: tuple[Any, ...]) -> PlannedInsert:
        return cls(*data)


def plan_insert(model: type[Any], rows: list[dict[str, Any]], head: LogHead, *, actor: str | None, device_id: str,
                outbox: bool = True) -> tuple[PlannedInsert, LogHead]:
    """New records of `model` from `rows` written on top of `head`: the plan and the head after it.

    Each record gets exactly what `UnitOfWork.save` gives a new one (id, rev 1, times, clock stamp,
    an outbox row unless `outbox=False`, a chained audit entry). Refuses (`TypeError`, or
    `ValidationError` for text HQ could never take) before anything is written.
    """
    plan = plan_for(model)
    now = utcnow()
    now_text = wire_value(now)
    count = len(rows)
    entity = plan.name
    outbox = outbox and entity not in LOCAL_ONLY_ENTITIES
    check_keys = plan.check_keys
    for row in rows:  # every row before any is encoded: an unknown column is a caller's mistake
        check_keys(row)
    stamps = hlc.ticks(head.last_hlc, hlc.node_of(device_id), count) if count else []
    fresh_ids = iter(new_ids(sum(1 for row in rows if not row.get("id"))))
    ids = [row.get("id") or next(fresh_ids) for row in rows]
    # Per record these passes are the whole Python cost of a bulk load (demo data): one
    # comprehension per step instead of one loop body with calls and look-ups per record.
    encode_new = plan.encode_new
    encoded = [encode_new(row, record_id, stamp, now, now_text)
               for row, record_id, stamp in zip(rows, ids, stamps, strict=True)]
    values = [record for record, _ in encoded]
    texts = [fields_json for _, fields_json in encoded]
    digests = _digests(entity, texts, outbox)
    ops: list[tuple[Any, ...]] = []
    seq = head.last_seq
    if outbox:
        op_prefix = f"{device_id}:"
        ops = [(n, op_prefix + str(n), record_id, stamp, fields_json)
               for n, record_id, stamp, fields_json in zip(range(seq + 1, seq + count + 1), ids, stamps, texts,
                                                            strict=True)]
        seq += count
    chain = AuditChain(head.audit_seq, head.audit_hash, actor, device_id)
    entries = chain.creates(entity, ids, stamps, digests, now_text)
    after = LogHead(seq, stamps[-1] if stamps else head.last_hlc, chain.seq, chain.prev_hash)
    return PlannedInsert(entity, plan.insert_sql, values, ids, ops, entries, now_text), after


def _digests(entity: str, texts: list[str], outbox: bool) -> list[str]:
    """The audit digest of each record's field JSON; for records going to HQ, refused as `save`
    refuses them if HQ could never take them (a lone surrogate, an escaped NUL)."""
    if entity not in VOLATILE_FIELDS:
        try:
            encoded = [fields_json.encode("utf-8") for fields_json in texts]
        except UnicodeEncodeError:
            encoded = None  # which record, and its field, is named below
        if encoded is not None and not (outbox and any(NUL_ESCAPED in fields_json for fields_json in texts)):
            sha256 = hashlib.sha256
            return [sha256(data).hexdigest() for data in encoded]
    if outbox:
        for fields_json in texts:
            refuse_unstorable_json(entity, fields_json)
    return [fields_digest(audited_fields(entity, json.loads(fields_json))) if entity in VOLATILE_FIELDS
            else hashlib.sha256(fields_json.encode("utf-8")).hexdigest() for fields_json in texts]
