"""Do the records still say what the audit trail says they said?

Every audit entry of a row change carries the SHA-256 of the record's wire
fields as written (writer.wire_fields). `check_records` streams every synced
table in id order beside the last entry of each record (one grouped pass over
the trail) and compares digests, so a record edited, deleted or inserted
behind the write path's back (raw SQL on an unlocked database) is named at
its record. The digests are computed from the stored column values directly:
JSON columns are stored canonically, times and dates as their wire text, so
no ORM object is built for the 1.3 million records of a large laptop.

`check_anchor` compares the chain's end with the head kept on the device
record and with the last head HQ acknowledged (signed by HQ's key), so
deleting the newest entries is found too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Boolean, Float, LargeBinary, inspect, select

from ..i18n.english import count_noun
from .audit import VOLATILE_FIELDS, audit_ack_message, audited_fields, digest_variants
from .models import SYNCED_MODELS, AuditEntry, Device, OutboxOp, SyncState
from .types import JSONText, canonical_json

if TYPE_CHECKING:
    from .store import Store

MAX_LISTED = 50  # problems named one by one; the rest are counted
_BATCH = 2000


@dataclass
class RecordsReport:
    records: int = 0
    changed: int = 0
    deleted: int = 0
    unaudited: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.deleted or self.unaudited)

    def note(self, line: str) -> None:
        if len(self.problems) < MAX_LISTED:
            self.problems.append(line)


@dataclass(frozen=True)
class AnchorReport:
    ok: bool
    detail: str
    problems: tuple[str, ...] = ()


# --- record digests from stored values ----------------------------------------------------------

_Convert = Callable[[Any], Any]


def _converter(column_type: Any) -> _Convert | None:
    """Stored value -> the value wire_fields gave when the record was written (None: as stored)."""
    if isinstance(column_type, JSONText):
        return lambda v: json.loads(v) if isinstance(v, str) else v
    if isinstance(column_type, Boolean):
        return lambda v: bool(v) if isinstance(v, int) else v
    if isinstance(column_type, LargeBinary):
        return lambda v: base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v
    return None


@dataclass(frozen=True)
class _Table:
    entity: str
    keys: tuple[str, ...]
    columns: tuple[str, ...]
    converters: tuple[tuple[int, _Convert], ...]
    floats: tuple[int, ...]

    @classmethod
    def of(cls, entity: str) -> _Table:
        mapper = inspect(SYNCED_MODELS[entity])
        attrs = list(mapper.column_attrs)
        keys = tuple(a.key for a in attrs)
        columns = tuple(a.columns[0].name for a in attrs)
        types = [a.columns[0].type for a in attrs]
        converters = tuple((i, c) for i, t in enumerate(types) if (c := _converter(t)) is not None)
        floats = tuple(i for i, t in enumerate(types) if isinstance(t, Float))
        return cls(entity, keys, columns, converters, floats)

    def fields(self, row: tuple[Any, ...]) -> dict[str, Any]:
        values = list(row)
        for i, convert in self.converters:
            values[i] = convert(values[i])
        return dict(zip(self.keys, values, strict=True))

    def digests(self, fields: dict[str, Any]) -> Iterator[str]:
        """The record's digest; then, for a record written with whole numbers in float columns
        (SQLite stores 300 as 300.0), the digest as it was written."""
        whole = {self.keys[i] for i in self.floats
                 if isinstance(fields[self.keys[i]], float) and fields[self.keys[i]].is_integer()}
        for audited in digest_variants(self.entity, fields):
            yield hashlib.sha256(canonical_json(audited).encode("utf-8")).hexdigest()
            if whole:
                as_written = {k: (int(v) if k in whole else v) for k, v in audited.items()}
                yield hashlib.sha256(canonical_json(as_written).encode("utf-8")).hexdigest()


def _records(raw: Any, table: _Table) -> Iterator[tuple[str, tuple[Any, ...]]]:
    cursor = raw.cursor()
    cursor.execute(f"SELECT {', '.join(table.columns)} FROM {table.entity} ORDER BY id")
    id_index = table.keys.index("id")
    while rows := cursor.fetchmany(_BATCH):
        for row in rows:
            yield row[id_index], row
    cursor.close()


def _last_entries(raw: Any) -> Iterator[tuple[str, str, int, str, str]]:
    """(entity, id, seq, fields_sha256, action) of each record's last row-change entry, by entity and id.

    SQLite returns the other columns of the row that holds max(seq) (a documented bare-column rule).
    """
    cursor = raw.cursor()
    cursor.execute("SELECT entity, entity_id, max(seq), fields_sha256, action FROM audit_entries WHERE rev > 0 "
                   "GROUP BY entity, entity_id ORDER BY entity, entity_id")
    while rows := cursor.fetchmany(_BATCH):
        yield from rows
    cursor.close()


def check_records(store: Store) -> RecordsReport:
    report = RecordsReport()
    suspects: list[tuple[str, str, int, str, dict[str, Any]]] = []  # entity, id, seq, kind, current fields
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        seen: set[str] = set()
        for entity, group in groupby(_last_entries(raw), key=lambda e: e[0]):
            if entity not in SYNCED_MODELS:
                continue
            seen.add(entity)
            _compare(raw, _Table.of(entity), group, report, suspects)
        for entity in sorted(set(SYNCED_MODELS) - seen):
            _compare(raw, _Table.of(entity), iter(()), report, suspects)
    if suspects:
        _describe(store, suspects, report)
    return report


def _compare(raw: Any, table: _Table, entries: Iterator[tuple[str, str, int, str, str]], report: RecordsReport,
             suspects: list[tuple[str, str, int, str, dict[str, Any]]]) -> None:
    records = _records(raw, table)
    record = next(records, None)
    entry = next(entries, None)
    while record is not None or entry is not None:
        if entry is None or (record is not None and record[0] < entry[1]):
            report.records += 1
            report.unaudited += 1
            suspects.append((table.entity, record[0], 0, "unaudited", {}))
            record = next(records, None)
        elif record is None or entry[1] < record[0]:
            if entry[4] != "delete":
                report.deleted += 1
                suspects.append((table.entity, entry[1], entry[2], "deleted", {}))
            entry = next(entries, None)
        else:
            report.records += 1
            fields = table.fields(record[1])
            if entry[3] not in table.digests(fields):
                report.changed += 1
                suspects.append((table.entity, record[0], entry[2], "changed", fields))
            record, entry = next(records, None), next(entries, None)


def _describe(store: Store, suspects: list[tuple[str, str, int, str, dict[str, Any]]], report: RecordsReport) -> None:
    with store.session() as session:
        for entity, record_id, seq, kind, fields in suspects[:MAX_LISTED]:
            if kind == "unaudited":
                report.note(f"{entity} {record_id}: has no audit entry (written outside the app)")
                continue
            entry = session.get(AuditEntry, seq)
            when = f"audit entry {seq} ({entry.action}, {entry.at:%Y-%m-%d %H:%M} UTC)" if entry else f"entry {seq}"
            if kind == "deleted":
                report.note(f"{entity} {record_id}: deleted since {when}")
                continue
            changed = _changed_fields(session, entity, record_id, entry, fields)
            what = f"{', '.join(changed)} changed" if changed else "content changed"
            report.note(f"{entity} {record_id}: {what} since {when}")


def _changed_fields(session: Any, entity: str, record_id: str, entry: AuditEntry | None,
                    fields: dict[str, Any]) -> list[str]:
    """Which fields differ, when the outbox still holds the copy the entry vouches for."""
    if entry is None:
        return []
    for (written,) in session.execute(select(OutboxOp.fields).where(
            OutboxOp.entity == entity, OutboxOp.entity_id == record_id, OutboxOp.rev == entry.rev)
            .order_by(OutboxOp.seq.desc())):
        if not isinstance(written, dict):
            continue
        if hashlib.sha256(canonical_json(audited_fields(entity, written)).encode("utf-8")).hexdigest() \
                != entry.fields_sha256:
            continue
        volatile = VOLATILE_FIELDS.get(entity, frozenset())
        return sorted(k for k in set(written) | set(fields)
                      if k not in volatile and canonical_json(written.get(k)) != canonical_json(fields.get(k)))
    return []


# --- the chain's end against its anchors ------------------------------------------------------------


def _state(session: Any, name: str) -> str | None:
    row = session.get(SyncState, name)
    return row.value if row else None


def check_anchor(store: Store) -> AnchorReport:
    from .services import sync_apply  # services import the store module, which imports this one

    with store.session() as session:
        last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
        last_seq, last_hash = (last.seq, last.hash) if last else (0, None)
        device = session.get(Device, store.device_id)
        problems: list[str] = []
        if device is not None and device.audit_seq:
            problems += _against(session, last_seq, device.audit_seq, device.audit_head, "the device record")
            if last_seq > device.audit_seq:
                problems.append(f"entries {device.audit_seq + 1}–{last_seq} were added after the last entry the "
                                f"device record vouches for ({device.audit_seq}), outside the app")
        ack_text = _state(session, sync_apply.AUDIT_ACK)
        acknowledged = None
        if ack_text:
            ack = _verified_ack(session, store, ack_text)
            if isinstance(ack, str):
                problems.append(ack)
            else:
                acknowledged = ack
                problems += _against(session, last_seq, int(ack["seq"]), ack["head"],
                                     f"HQ (acknowledged {str(ack.get('acknowledged_at', ''))[:16]})")
    if problems:
        return AnchorReport(False, "the audit trail does not reach its anchors "
                                   f"({count_noun(len(problems), 'problem')})",
                            tuple(problems))
    ack_note = (f"; HQ acknowledged entry {acknowledged['seq']}" if acknowledged
                else "; not acknowledged by HQ yet")
    return AnchorReport(True, f"ends at entry {last_seq} ({(last_hash or '')[:16]}), as the device record says"
                              f"{ack_note}")


def _against(session: Any, last_seq: int, seq: int, head: str | None, who: str) -> list[str]:
    if seq > last_seq:
        return [f"{who} vouches for entry {seq}, but the trail ends at entry {last_seq}: "
                f"entries {last_seq + 1}–{seq} were deleted"]
    stored = session.get(AuditEntry, seq)
    if stored is None or stored.hash != head:
        return [f"entry {seq} is not the one {who} vouches for: the trail was rewritten"]
    return []


def _verified_ack(session: Any, store: Store, ack_text: str) -> dict[str, Any] | str:
    """HQ's acknowledgement if its signature holds; otherwise what is wrong with it."""
    from .services import sync_apply

    key_text = _state(session, sync_apply.HQ_PUBLIC_KEY)
    try:
        ack = json.loads(ack_text)
        message = audit_ack_message(ack["device_id"], ack["local_device_id"], int(ack["seq"]), ack["head"],
                                    ack["acknowledged_at"])
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(key_text or "", validate=True))
        key.verify(base64.b64decode(ack["signature"], validate=True), message)
    except (ValueError, KeyError, TypeError, binascii.Error, InvalidSignature):
        return "HQ's acknowledgement of the audit trail was altered (its signature does not match HQ's key)"
    if ack["local_device_id"] != store.device_id:
        return "HQ's acknowledgement of the audit trail belongs to another laptop"
    return ack
