"""Referral records and worker documents made from older data (used by migration 0011).

Before 0011 a referral was only a code on a finding (``findings.referral_target``) and a worker's
documents were a JSON list on the interview (``worker_interviews.documents``: type, holder, a
status word). Migration 0011 gives each its own record:

* every finding with a referral target gets a referral to that body, dated on the visit, with the
  coded workers who reported a forced-labour indicator; ``sent`` when the finding says it was
  referred (or prosecuted), ``planned`` otherwise. When it was sent was never recorded: ``sent_on``
  stays empty rather than guessed.
* every entry of an interview's document list becomes a worker document (type, holder, a number
  or expiry if one was typed in, the status word as the permit status when it is one). The old
  list stays on the interview as it was (signed revisions and HQ's copies hold it too); nothing
  reads or writes it any more.

Each new record is written as the write path writes one: an outbox row (HQ receives it), an audit
entry chained to the last, and the device's counters and chain head moved, so `check` stays clean.
The interviews and findings themselves are not changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text

from . import hlc
from .audit import GENESIS_HASH, entry_hash
from .types import canonical_json, json_text, new_id

__all__ = ["ACTOR", "make_records"]

ACTOR = "migration-0011"
# Frozen copies of the 0011-era vocabularies: later changes to the app's lists must not change what
# this migration did.
_TARGETS = ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY")
_DOCUMENT_TYPES = ("passport", "certificate_of_identity", "pink_card", "work_permit", "border_pass", "seabook")
_HOLDERS = ("worker", "employer", "broker", "other", "none")
_PERMIT_STATUSES = ("valid", "expired", "pending", "revoked", "none", "unknown")
_SENT = ("referred", "prosecuted")


def _wire_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Writer:
    """New records with their outbox rows and audit entries, as the write path makes them."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.device = conn.execute(text("SELECT id, last_seq, last_hlc FROM devices WHERE is_local = 1")).first()
        last = conn.execute(text("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")).first()
        self.seq, self.prev = (last.seq, last.hash) if last else (0, GENESIS_HASH)
        self.last_seq = self.device.last_seq if self.device else 0
        self.last_hlc = self.device.last_hlc if self.device else ""
        self.at = _wire_time(datetime.now(UTC))
        self.written = 0

    def create(self, table: str, values: Mapping[str, Any]) -> None:
        assert self.device is not None
        self.last_hlc = stamp = hlc.tick(self.last_hlc, hlc.node_of(self.device.id))
        fields = {"id": new_id(), "rev": 1, "created_at": self.at, "updated_at": self.at, "hlc": stamp, **values}
        stored = {k: (json_text(v) if isinstance(v, (list, dict)) else int(v) if isinstance(v, bool) else v)
                  for k, v in fields.items()}
        columns = ", ".join(stored)
        self.conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + k for k in stored)})"),
                          stored)
        body = canonical_json(fields)
        self.last_seq += 1
        self.conn.execute(text(
            "INSERT INTO outbox (seq, op_id, entity, entity_id, action, base_rev, rev, hlc, fields, attachment_refs,"
            " created_at, state, attempts) VALUES (:seq, :op_id, :entity, :id, 'create', 0, 1, :hlc, :fields, '[]',"
            " :at, 'pending', 0)"),
            {"seq": self.last_seq, "op_id": f"{self.device.id}:{self.last_seq}", "entity": table, "id": fields["id"],
             "hlc": stamp, "fields": body, "at": self.at})
        self.seq += 1
        entry = {"seq": self.seq, "at": self.at, "actor": ACTOR, "device_id": self.device.id, "entity": table,
                 "entity_id": fields["id"], "action": "create", "rev": 1, "hlc": stamp,
                 "fields_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(), "prev_hash": self.prev}
        entry["hash"] = self.prev = entry_hash(entry)
        self.conn.execute(text(
            "INSERT INTO audit_entries (seq, at, actor, device_id, entity, entity_id, action, rev, hlc, fields_sha256,"
            " prev_hash, hash) VALUES (:seq, :at, :actor, :device_id, :entity, :entity_id, :action, :rev, :hlc,"
            " :fields_sha256, :prev_hash, :hash)"), entry)
        self.written += 1

    def close(self) -> None:
        if self.device is not None and self.written:
            self.conn.execute(text(
                "UPDATE devices SET last_seq = :seq, last_hlc = :hlc, audit_seq = :audit_seq, audit_head = :head "
                "WHERE id = :id"),
                {"seq": self.last_seq, "hlc": self.last_hlc, "audit_seq": self.seq, "head": self.prev,
                 "id": self.device.id})


def _day(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _short(value: Any, limit: int) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    value = str(value).strip()
    return value[:limit] if value else None


def _referral(finding: Mapping[str, Any], visit_date: str, interview_ids: list[str]) -> dict[str, Any]:
    return {
        "inspection_id": finding["inspection_id"], "finding_id": finding["id"],
        "receiving_body": finding["referral_target"], "referral_date": visit_date, "contact_name": None,
        "contact_phone": None, "contact_notes": None, "case_number": None,
        "status": "sent" if finding["status"] in _SENT else "planned", "sent_on": None, "accepted_on": None,
        "closed_on": None, "outcome": None, "interview_ids": interview_ids,
    }


def _document(interview: Mapping[str, Any], entry: Mapping[str, Any]) -> dict[str, Any] | None:
    doc_type = entry.get("type")
    if doc_type not in _DOCUMENT_TYPES:
        return None
    held_by = entry.get("held_by")
    status = entry.get("permit_status", entry.get("status"))
    return {
        "inspection_id": interview["inspection_id"], "interview_id": interview["id"], "doc_type": doc_type,
        "held_by": held_by if held_by in _HOLDERS else None, "number": _short(entry.get("number"), 64),
        "expires_on": _day(entry.get("expires_on", entry.get("expiry"))),
        "permit_status": status if status in _PERMIT_STATUSES else None, "note": None, "removed": False,
    }


def make_records(conn: Connection) -> dict[str, int]:
    """Create the referral and worker-document records; counts of what was made."""
    writer = _Writer(conn)
    counts = {"referrals": 0, "worker_documents": 0, "skipped_documents": 0}
    if writer.device is None:
        return counts
    visits = {r.id: r.visit_date for r in conn.execute(text("SELECT id, visit_date FROM inspections"))}
    interviews = conn.execute(text(
        "SELECT id, inspection_id, worker_code, indicators, documents FROM worker_interviews "
        "ORDER BY inspection_id, worker_code, id")).mappings().all()
    screened: dict[str, list[str]] = {}
    for interview in interviews:
        if json.loads(interview["indicators"] or "[]"):
            screened.setdefault(interview["inspection_id"], []).append(interview["id"])
    findings = conn.execute(text(
        "SELECT id, inspection_id, referral_target, status FROM findings WHERE referral_target IS NOT NULL "
        "AND referral_target != '' ORDER BY created_at, id")).mappings().all()
    for finding in findings:
        if finding["referral_target"] not in _TARGETS:
            continue  # the services never accepted another code
        visit = visits.get(finding["inspection_id"])
        writer.create("referrals", _referral(finding, visit, screened.get(finding["inspection_id"], [])))
        counts["referrals"] += 1
    for interview in interviews:
        entries = json.loads(interview["documents"] or "[]")
        for entry in entries if isinstance(entries, list) else []:
            document = _document(interview, entry) if isinstance(entry, Mapping) else None
            if document is None:
                counts["skipped_documents"] += 1
                continue
            writer.create("worker_documents", document)
            counts["worker_documents"] += 1
    writer.close()
    return counts
