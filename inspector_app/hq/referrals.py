"""Referrals at HQ: plain functions the workspace and statistics call (no HTTP here).

A referral belongs to its inspection's owner (ownership.py: everything under an inspection). Its
contact notes and outcome arrive sealed (sync/sealed.py); everything listed here is readable
without the evidence key: receiving body, status, dates, case number, the receiving officer and
how many coded workers it concerns (by interview: never a name).

* `referral_rows(conn, ...)`: for a referrals page: by status, establishment (any laptop's record
  of it, matched as hq/documents.py matches establishments) and age;
* `projection_row(id, fields, parent)`: one referral as a row of the statistics' `hq_referrals`
  projection (projections.py writes it with the record): its body as `target`, its own status;
* `record_status(fields)`: the status every count at HQ uses (page, CSV, summary PDF).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from .documents import establishment_key
from .models import Record

__all__ = ["ENTITY", "STATUSES", "HQReferralRow", "projection_row", "record_status", "referral_rows", "status_counts"]

ENTITY = "referrals"
STATUSES = ("planned", "sent", "accepted", "closed")
CHUNK = 400


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _word(value: Any, limit: int) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass(frozen=True)
class HQReferralRow:
    id: str
    inspection_id: str
    reference: str | None
    owner_device_id: str
    establishment_id: str | None
    establishment_key: str | None
    establishment_name: str | None
    receiving_body: str | None
    status: str | None
    referral_date: date | None
    sent_on: date | None
    accepted_on: date | None
    closed_on: date | None
    case_number: str | None
    contact_name: str | None
    workers: int
    age_days: int


def record_status(fields: Mapping[str, Any]) -> str:
    """A referral record's status as HQ counts it: a laptop's default ("planned") where the record has none
    it can read (laptops only write the four; the page, its CSV and the summary PDF all count by this)."""
    status = fields.get("status")
    return status if status in STATUSES else "planned"


def projection_row(entity_id: str, fields: Mapping[str, Any], parent: Mapping[str, Any] | None) -> dict[str, Any]:
    """A referral record as an `hq_referrals` row: its body (`target`), status and finding, with its
    inspection's visit date, month and place from `parent` (an `hq_inspections` row). Untrusted values
    become None."""
    parent = parent or {}
    return {"source_id": entity_id, "source_entity": ENTITY, "inspection_id": str(fields.get("inspection_id")),
            "finding_id": _word(fields.get("finding_id"), 64), "target": _word(fields.get("receiving_body"), 32),
            "status": record_status(fields), "visit_date": parent.get("visit_date"),
            "visit_month": parent.get("visit_month"), "province_code": parent.get("province_code"),
            "district_code": parent.get("district_code")}


def _records(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        for row in conn.execute(select(Record.entity_id, Record.fields).where(
                Record.entity == entity, Record.entity_id.in_(ids[start : start + CHUNK]))):
            found[row.entity_id] = _fields(row.fields)
    return found


def referral_rows(conn: Connection, *, status: str | Iterable[str] | None = None,
                  establishment_id: str | None = None, older_than_days: int | None = None,
                  today: date | None = None) -> list[HQReferralRow]:
    """Every referral HQ holds, oldest open first (closed last); filters as the laptop's view has."""
    today = today or date.today()
    wanted = {status} if isinstance(status, str) else set(status) if status is not None else None
    records = conn.execute(select(Record.entity_id, Record.owner_device_id, Record.inspection_id, Record.fields)
                           .where(Record.entity == ENTITY)).all()
    inspections = _records(conn, "inspections", {r.inspection_id for r in records if r.inspection_id})
    establishments = _records(conn, "establishments",
                              {e for f in inspections.values() if (e := _word(f.get("establishment_id"), 64))})
    keys = {i: establishment_key(f, i) for i, f in establishments.items()}
    key_wanted = None
    if establishment_id is not None:
        key_wanted = keys.get(establishment_id) or establishment_key(
            _records(conn, "establishments", [establishment_id]).get(establishment_id, {}), establishment_id)
    rows = []
    for record in records:
        fields = _fields(record.fields)
        inspection = inspections.get(record.inspection_id or "", {})
        est_id = _word(inspection.get("establishment_id"), 64)
        key = keys.get(est_id) if est_id else None
        state = _word(fields.get("status"), 16)
        if wanted is not None and state not in wanted:
            continue
        if key_wanted is not None and key != key_wanted:
            continue
        referred = _day(fields.get("referral_date"))
        closed = _day(fields.get("closed_on"))
        age = max(0, ((closed or today) - referred).days) if referred else 0
        if older_than_days is not None and age < older_than_days:
            continue
        workers = fields.get("interview_ids")
        establishment = establishments.get(est_id or "", {})
        rows.append(HQReferralRow(
            record.entity_id, record.inspection_id or "", _word(inspection.get("reference"), 64),
            record.owner_device_id, est_id, key, _word(establishment.get("name_th"), 300),
            _word(fields.get("receiving_body"), 32), state, referred, _day(fields.get("sent_on")),
            _day(fields.get("accepted_on")), closed, _word(fields.get("case_number"), 64),
            _word(fields.get("contact_name"), 200), len(workers) if isinstance(workers, list) else 0, age))
    rows.sort(key=lambda r: (r.status == "closed", r.referral_date or date.max, r.reference or "", r.id))
    return rows


def status_counts(conn: Connection) -> dict[str, dict[str, int]]:
    """{receiving body: {status: count}} over every referral at HQ (for statistics)."""
    counts: dict[str, dict[str, int]] = {}
    for row in referral_rows(conn):
        body = row.receiving_body or ""
        by_status = counts.setdefault(body, dict.fromkeys(STATUSES, 0))
        if row.status in by_status:
            by_status[row.status] += 1
    return counts
