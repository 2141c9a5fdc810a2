"""The inspection index: the columns the review queue filters and sorts on, kept beside the JSON records.

Records arrive as JSON (`records.fields`); a queue of 200,000 inspections cannot be
filtered by district or sorted by the worst finding through JSON scans. So every
inspection has one row in `inspection_index` with its district, worst severity,
HQ status and the time HQ first held its signed revision, refreshed in the same
transaction as whatever changed them: a push or bundle (push.py, for the
inspections, findings and establishments it wrote) and a review decision
(reviews.py). Anything else that changes those (a conflict resolved, an owner
changed) calls `refresh` for the inspections concerned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from .bulk import insert_rows
from .db import among
from .models import InspectionIndex, Record, ReviewDecision, utcnow
from .reviews import effective_status

SEVERITY_RANK = {"S1": 1, "S2": 2, "S3": 3, "S4": 4}
NO_FINDINGS = 5
SUBMITTED_STATUSES = ("signed", "submitted")
_CHUNK = 400
_INDEX = InspectionIndex.__table__


# What `index_row` reads of a finding, taken out of its JSON by the database: a value that is not text never
# equals the severity codes or "dismissed" either way, and the finding's whole fields are not parsed.
_FINDING_RANKS = select(Record.inspection_id, Record.fields["severity"].as_string(),
                        Record.fields["status"].as_string()).where(Record.entity == "findings")


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


def index_row(inspection_id: str, fields: Mapping[str, Any], needs_review: bool, findings: Iterable[Mapping[str, Any]],
              establishment: Mapping[str, Any] | None, decision: tuple[int, str] | None,
              previous: Any | None, now: datetime) -> dict[str, Any]:
    """One inspection's index row from what HQ holds (pure: the migration's backfill uses it too)."""
    ranks = [SEVERITY_RANK.get(str(f.get("severity")), NO_FINDINGS) for f in findings
             if f.get("status") != "dismissed"]
    revision = fields.get("revision")
    revision = revision if isinstance(revision, int) and not isinstance(revision, bool) else 1
    submitted_at = None
    if previous is not None and previous.revision == revision and previous.submitted_at is not None:
        submitted_at = previous.submitted_at
    elif fields.get("status") in SUBMITTED_STATUSES:
        submitted_at = now
    est = establishment or {}
    name = est.get("name_th") or est.get("name_en")
    return {
        "inspection_id": inspection_id,
        "reference": _text(fields.get("reference"), 64),
        "status": _text(fields.get("status"), 12) or "draft",
        "hq_status": effective_status(dict(fields), decision)[:12],
        "revision": revision,
        "establishment_id": _text(fields.get("establishment_id"), 64),
        "establishment_name": _text(name, 300),
        "province_code": _text(est.get("province_code"), 2),
        "district_code": _text(est.get("district_code"), 4),
        "visit_type": _text(fields.get("visit_type"), 20),
        "visit_date": _text(fields.get("visit_date"), 10),
        "worst_severity": min(ranks, default=NO_FINDINGS),
        "findings": len(ranks),
        "s1_findings": ranks.count(1),
        "needs_review": bool(needs_review),
        "submitted_at": submitted_at,
        "updated_at": now,
    }


def refresh(conn: Connection, inspection_ids: Iterable[str], *, now: datetime | None = None) -> int:
    """Recompute the index rows of these inspections (those HQ no longer holds lose theirs); returns rows written."""
    now = now or utcnow()
    written = 0
    for chunk in _chunks(sorted(set(inspection_ids))):
        inspections = conn.execute(select(Record.entity_id, Record.fields, Record.needs_review)
                                   .where(Record.entity == "inspections", among(conn, Record.entity_id, chunk))).all()
        findings: dict[str, list[Mapping[str, Any]]] = {}
        for inspection_id, severity, status in conn.execute(_FINDING_RANKS.where(
                among(conn, Record.inspection_id, chunk))):
            findings.setdefault(inspection_id, []).append({"severity": severity, "status": status})
        wanted = sorted({f["establishment_id"] for _, f, _ in inspections
                         if isinstance(f.get("establishment_id"), str)})
        establishments = {row.entity_id: row.fields for row in conn.execute(
            select(Record.entity_id, Record.fields)
            .where(Record.entity == "establishments", Record.entity_id.in_(wanted)))} if wanted else {}
        decisions: dict[str, tuple[int, str]] = {}
        for row in conn.execute(select(ReviewDecision.inspection_id, ReviewDecision.revision, ReviewDecision.decision)
                                .where(among(conn, ReviewDecision.inspection_id, chunk)).order_by(ReviewDecision.id)):
            decisions[row.inspection_id] = (row.revision, row.decision)
        previous = {row.inspection_id: row for row in conn.execute(
            select(InspectionIndex.inspection_id, InspectionIndex.revision, InspectionIndex.submitted_at)
            .where(among(conn, InspectionIndex.inspection_id, chunk)))}
        rows = [index_row(i.entity_id, i.fields, i.needs_review, findings.get(i.entity_id, ()),
                          establishments.get(i.fields.get("establishment_id")), decisions.get(i.entity_id),
                          previous.get(i.entity_id), now)
                for i in inspections]
        conn.execute(delete(InspectionIndex).where(among(conn, InspectionIndex.inspection_id, chunk)))
        insert_rows(conn, _INDEX, rows)  # COPY, or one executemany of plain tuples
        written += len(rows)
    return written


def inspections_of_establishments(conn: Connection, establishment_ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(set(establishment_ids))):
        found.update(conn.execute(select(InspectionIndex.inspection_id)
                                  .where(among(conn, InspectionIndex.establishment_id, chunk))).scalars())
    return found


def refresh_after_write(conn: Connection, written: Iterable[Mapping[str, Any]], flagged: Iterable[tuple[str, str]]) -> None:
    """After push.py wrote records: refresh the inspections whose indexed columns may have moved."""
    inspections: set[str] = set()
    establishments: set[str] = set()
    for row in written:
        entity = row["entity"]
        if entity == "inspections":
            inspections.add(row["entity_id"])
        elif entity == "findings" and row.get("inspection_id"):
            inspections.add(row["inspection_id"])
        elif entity == "establishments":
            establishments.add(row["entity_id"])
    inspections.update(entity_id for entity, entity_id in flagged if entity == "inspections")
    if establishments:
        inspections |= inspections_of_establishments(conn, establishments)
    if inspections:
        refresh(conn, inspections)


def rebuild(conn: Connection, *, now: datetime | None = None) -> int:
    """Every inspection's row again (an admin repair; the migration backfills the same way)."""
    ids = list(conn.execute(select(Record.entity_id).where(Record.entity == "inspections")).scalars())
    return refresh(conn, ids, now=now)
