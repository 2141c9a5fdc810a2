"""`inspector-hq export`: one CSV or JSON file per table, named after it (inspections.json, …).

Laptop records come out as the tables they are on the laptop (one file per
entity, one column per field), with what HQ adds: to every record the device
that owns it and the device that wrote the revision HQ holds
(`hq_owner_device_id`, `hq_writer_device_id`), to an inspection `hq_status` and
the review decision, and `needs_review`. HQ's own tables follow, without
secrets (token and password hashes, the signing key, evidence keys), among them
`record_history` (which device wrote each revision of each record, or which
supervisor's resolution), `resolutions` (each conflict or proposal decided: the
choice per field, who, when, the versions compared) and `ownership_changes`
(inspections HQ reassigned). Laptop records of a kind HQ also keeps a table of
its own (the local accounts an HQ of before 0002 took from laptops) come out as
`laptop_<entity>` (`laptop_users.json`), so neither file hides the other. Sealed
testimony stays sealed
(its envelope is the value) unless a `Keyring` unlocked with the evidence
passphrase is given. Reading uses sqlite-utils on a
SQLite database and plain SQL on PostgreSQL.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils
from sqlalchemy import text
from sqlalchemy.engine import make_url

from .db import HQDatabase
from .errors import DiskFull, HQConfigError, is_disk_full
from .evidence import Keyring
from .reviews import effective_status

FORMATS = ("csv", "json")
JSON_COLUMNS = {"fields", "document", "payload", "response", "choices", "settled_version_ids"}

# HQ tables and the columns that may leave HQ.
HQ_TABLES: dict[str, str] = {
    "devices": "SELECT id, local_id, name, public_key, enrolled_at, revoked_at FROM devices ORDER BY enrolled_at",
    "users": "SELECT id, username, display_name, role, active, created_at FROM users ORDER BY username",
    "review_decisions": "SELECT id, inspection_id, revision, record_rev, decision, comment, reviewer_id, "
                        "reviewer_name, decided_at, publication_seq FROM review_decisions ORDER BY id",
    "conflict_versions": "SELECT id, kind, entity, entity_id, op_id, device_id, base_rev, rev, hq_rev, fields, "
                         "received_at, resolved_at, resolution_id FROM conflict_versions ORDER BY id",
    "resolutions": "SELECT id, entity, entity_id, kind, outcome, version_id, version_device_id, version_op_id, hq_rev, "
                   "hq_writer_device_id, rev, choices, settled_version_ids, note, resolved_by_user_id, "
                   "resolved_by_name, resolved_at, publication_seq FROM resolutions ORDER BY id",
    # Each revision with its writer: a laptop (an applied op), or HQ itself (a resolution, with the supervisor).
    "record_history": "SELECT entity, entity_id, rev, writer_device_id, writer_device, written_by_supervisor, "
                      "resolution_id, op_id, batch_id, received_at FROM ("
                      "SELECT o.entity, o.entity_id, o.rev, o.device_id AS writer_device_id, d.name AS writer_device, "
                      "NULL AS written_by_supervisor, NULL AS resolution_id, o.op_id, o.batch_id, o.received_at "
                      "FROM ops o JOIN devices d ON d.id = o.device_id WHERE o.status = 'applied' AND o.rev > 0 "
                      "UNION ALL SELECT r.entity, r.entity_id, r.rev, NULL, NULL, r.resolved_by_name, r.id, NULL, "
                      "NULL, r.resolved_at FROM resolutions r WHERE r.rev IS NOT NULL AND r.outcome <> 'rejected'"
                      ") AS history ORDER BY entity, entity_id, rev, received_at",
    "ownership_changes": "SELECT id, inspection_id, from_device_id, to_device_id, records_moved, by_user_id, by_name, "
                         "note, changed_at FROM ownership_changes ORDER BY id",
    "ops": "SELECT op_id, device_id, batch_id, entity, entity_id, action, base_rev, rev, hlc, payload_sha256, status, "
           "received_at FROM ops ORDER BY received_at, op_id",
    "attachment_files": "SELECT sha256, size, stored_at FROM attachments ORDER BY sha256",
    "templates": "SELECT code, version, sha256, source_name, published_at, document FROM templates "
                 "ORDER BY code, version",
    "reference_data": "SELECT name, sha256, published_at, document FROM reference_data ORDER BY name",
    "publications": "SELECT seq, kind, target_device_id, created_at FROM publications ORDER BY seq",
}


class _Rows(Protocol):
    def __call__(self, sql: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]: ...


@contextmanager
def _reader(db: HQDatabase) -> Iterator[_Rows]:
    if db.is_sqlite:
        path = make_url(db.url).database
        database = sqlite_utils.Database(path)
        try:
            def rows(sql: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
                for row in database.query(sql, params or {}):
                    yield {k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else v for k, v in row.items()}

            yield rows
        finally:
            database.close()
    else:
        with db.engine.connect() as conn:
            def rows(sql: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
                for row in conn.execute(text(sql), params or {}).mappings():
                    yield dict(row)

            yield rows


def export(db: HQDatabase, out: Path, fmt: str, *, keyring: Keyring | None = None) -> list[Path]:
    if fmt not in FORMATS:
        raise HQConfigError(f"Unknown export format {fmt!r}; use csv or json.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HQConfigError(f"Cannot create {out}: {exc.strerror}.") from None
    written = []
    with _reader(db) as rows:
        decisions: dict[str, dict[str, Any]] = {}
        for row in rows("SELECT inspection_id, revision, decision, comment, reviewer_name, decided_at "
                        "FROM review_decisions ORDER BY id"):
            decisions[row["inspection_id"]] = row
        entities = [r["entity"] for r in rows("SELECT DISTINCT entity FROM records ORDER BY entity")]
        for entity in entities:
            table = []
            for row in rows("SELECT entity_id, fields, needs_review, owner_device_id, writer_device_id, resolution_id "
                            "FROM records WHERE entity = :entity ORDER BY entity_id", {"entity": entity}):
                record = dict(row["fields"])
                if keyring is not None:
                    record = keyring.open_fields(entity, row["entity_id"], record)
                if entity == "inspections":
                    record.update(_review_columns(record, decisions.get(row["entity_id"])))
                record["needs_review"] = bool(row["needs_review"])
                record["hq_owner_device_id"] = row["owner_device_id"]
                record["hq_writer_device_id"] = row["writer_device_id"]  # None: HQ wrote it (hq_resolution_id)
                record["hq_resolution_id"] = row["resolution_id"]
                table.append(record)
            written.append(_write(out, f"laptop_{entity}" if entity in HQ_TABLES else entity, table, fmt))
        for table_name, sql in HQ_TABLES.items():
            table = list(rows(sql))
            if keyring is not None and table_name == "conflict_versions":
                table = [{**r, "fields": keyring.open_fields(r["entity"], r["entity_id"], r["fields"])} for r in table]
            written.append(_write(out, table_name, table, fmt))
    return written


def _review_columns(fields: dict[str, Any], decision: dict[str, Any] | None) -> dict[str, Any]:
    current = decision is not None and decision["revision"] == fields.get("revision")
    return {
        "hq_status": effective_status(fields, (decision["revision"], decision["decision"]) if decision else None),
        "hq_review_decision": decision["decision"] if current else None,
        "hq_review_comment": decision["comment"] if current else None,
        "hq_reviewed_by": decision["reviewer_name"] if current else None,
        "hq_reviewed_at": _plain(decision["decided_at"]) if current else None,
    }


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _write(out: Path, name: str, table: list[dict[str, Any]], fmt: str) -> Path:
    path = out / f"{name}.{fmt}"
    tmp = out / f".{name}.{fmt}.part"
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            if fmt == "json":
                json.dump(table, fh, ensure_ascii=False, indent=1, default=_plain)
            else:
                columns = list(dict.fromkeys(k for row in table for k in row))
                writer = csv.DictWriter(fh, fieldnames=columns)
                writer.writeheader()
                for row in table:
                    writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else _plain(v)
                                     for k, v in row.items()})
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(f"writing {path}") from None
        raise HQConfigError(f"Cannot write {path}: {exc.strerror}.") from None
    return path
