"""The review queue: inspections HQ holds, filtered and ordered through the inspection index.

Reads only `inspection_index` (indexed columns), so a page stays fast with hundreds of thousands
of inspections: S1 first, then the longest waiting; filters by province, district, status and
worst severity; counts by district for the same filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from .db import HQDatabase
from .models import InspectionIndex

STATUSES = ("submitted", "returned", "approved", "draft", "completed")
SORTS = ("severity", "age", "reference")
PAGE_SIZE = 50
MAX_PAGE = 10_000


@dataclass(frozen=True)
class QueueFilter:
    status: str = "submitted"
    province: str | None = None
    district: str | None = None
    severity: int | None = None  # only inspections whose worst finding is this (1..4), 5 = none
    sort: str = "severity"
    page: int = 1


@dataclass(frozen=True)
class QueueRow:
    inspection_id: str
    reference: str
    hq_status: str
    revision: int
    establishment_name: str | None
    province_code: str | None
    district_code: str | None
    visit_type: str | None
    visit_date: str | None
    worst_severity: int
    findings: int
    s1_findings: int
    needs_review: bool
    submitted_at: datetime | None


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    by_district: list[tuple[str | None, int]]
    page: int
    pages: int


def _where(query: Any, f: QueueFilter, *, with_district: bool = True) -> Any:
    query = query.where(InspectionIndex.hq_status == f.status)
    if f.province:
        query = query.where(InspectionIndex.province_code == f.province)
    if f.district and with_district:
        query = query.where(InspectionIndex.district_code == f.district)
    if f.severity is not None:
        query = query.where(InspectionIndex.worst_severity == f.severity)
    return query


def _order(f: QueueFilter) -> list[Any]:
    if f.sort == "age":
        return [InspectionIndex.submitted_at.asc(), InspectionIndex.inspection_id]
    if f.sort == "reference":
        return [InspectionIndex.reference, InspectionIndex.inspection_id]
    return [InspectionIndex.worst_severity, InspectionIndex.submitted_at.asc(), InspectionIndex.inspection_id]


def read_queue(db: HQDatabase, f: QueueFilter) -> QueuePage:
    with db.read() as conn:
        total = conn.execute(_where(select(func.count()).select_from(InspectionIndex), f)).scalar_one()
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(max(1, f.page), pages, MAX_PAGE)
        rows = conn.execute(_where(select(
            InspectionIndex.inspection_id, InspectionIndex.reference, InspectionIndex.hq_status,
            InspectionIndex.revision, InspectionIndex.establishment_name, InspectionIndex.province_code,
            InspectionIndex.district_code, InspectionIndex.visit_type, InspectionIndex.visit_date,
            InspectionIndex.worst_severity, InspectionIndex.findings, InspectionIndex.s1_findings,
            InspectionIndex.needs_review, InspectionIndex.submitted_at), f)
            .order_by(*_order(f)).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
        by_district = conn.execute(
            _where(select(InspectionIndex.district_code, func.count()), f, with_district=False)
            .group_by(InspectionIndex.district_code).order_by(InspectionIndex.district_code)).all()
    return QueuePage([QueueRow(reference=r.reference or r.inspection_id, **{k: v for k, v in r._mapping.items()
                                                                          if k != "reference"})
                      for r in rows], total, [(d, n) for d, n in by_district], page, pages)
