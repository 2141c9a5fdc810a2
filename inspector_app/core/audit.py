"""The audit hash chain.

Each entry's hash covers the previous entry's hash and the entry's canonical
JSON, so editing, deleting or reordering any row breaks the chain from that
row on; `verify_chain` names the first entry that no longer matches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .types import canonical_json

GENESIS_HASH = "0" * 64
CHAINED_FIELDS = (
    "seq", "at", "actor", "device_id", "entity", "entity_id", "action", "rev", "hlc", "fields_sha256", "prev_hash",
)


# Counters the write path moves in every transaction without auditing the record again: they are left
# out of the digest, so `check` can compare the record with its last entry.
VOLATILE_FIELDS: dict[str, frozenset[str]] = {
    "devices": frozenset({"last_seq", "last_hlc", "audit_seq", "audit_head"}),
}


# Columns added to synced tables after records could already be audited, with the value a record
# written before the column existed holds. A record whose last entry predates the column digests
# without it; `check` accepts either form, so an upgrade is not mistaken for tampering. A migration
# that fills a new column with anything else must audit the records it changes instead.
ADDED_FIELDS: dict[str, dict[str, object]] = {
    "inspections": {"complaint_source": None},  # migration 0004
    "language_coordinators": {"training_records": [], "accreditation_body": None,  # migration 0007
                              "accreditation_number": None, "accreditation_valid_until": None},
    "findings": {"last_verification": None},  # migration 0012
    "worker_interviews": {"social_security": None},  # migration 0011
}


def digest_variants(entity: str, fields: dict) -> list[dict]:
    """The audited forms a record's fields may have been digested in: as they are, then without the
    later-added columns that still hold their 'absent' value."""
    audited = audited_fields(entity, fields)
    added = ADDED_FIELDS.get(entity)
    if not added:
        return [audited]
    absent = {k for k, empty in added.items() if k in audited and audited[k] == empty}
    return [audited, {k: v for k, v in audited.items() if k not in absent}] if absent else [audited]


def audited_fields(entity: str, fields: dict) -> dict:
    """The fields an audit entry's digest covers."""
    volatile = VOLATILE_FIELDS.get(entity)
    return {k: v for k, v in fields.items() if k not in volatile} if volatile else fields


def fields_digest(fields: dict) -> str:
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def entry_hash(entry: dict) -> str:
    body = canonical_json({k: entry[k] for k in CHAINED_FIELDS})
    return hashlib.sha256(f"{entry['prev_hash']}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    first_broken_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_entries(rows: Iterable[dict]) -> ChainReport:
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for row in rows:
        count += 1
        if row["seq"] != expected_seq:
            return ChainReport(count, prev, expected_seq, f"entry {expected_seq} is missing (next is {row['seq']})")
        if row["prev_hash"] != prev:
            return ChainReport(count, prev, row["seq"], f"entry {row['seq']} does not follow entry {row['seq'] - 1}")
        if entry_hash(row) != row["hash"]:
            return ChainReport(count, prev, row["seq"], f"entry {row['seq']} was changed after it was written")
        prev = row["hash"]
        expected_seq += 1
    return ChainReport(count, prev)


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    # Plain rows, not ORM objects: a full laptop holds millions of entries. `at` stays the stored
    # text, which is exactly the form it is hashed in.
    columns = (*CHAINED_FIELDS, "hash")
    sql = f"SELECT {', '.join(columns)} FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ?"
    connection = session.connection()

    def rows() -> Iterable[dict]:
        last = 0
        while True:
            chunk = connection.exec_driver_sql(sql, (last, batch)).fetchall()
            if not chunk:
                return
            for row in chunk:
                yield dict(zip(columns, row, strict=True))
            last = chunk[-1][0]

    return verify_entries(rows())


def audit_ack_message(device_id: str, local_device_id: str, seq: int, head: str, acknowledged_at: str) -> bytes:
    """What HQ signs when it acknowledges a laptop's audit head (HQ signs, `check` verifies)."""
    return f"field-inspector/audit-ack/v1\n{device_id}\n{local_device_id}\n{seq}\n{head}\n{acknowledged_at}".encode()
