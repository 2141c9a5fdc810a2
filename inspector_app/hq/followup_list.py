"""Follow-ups across every laptop for the supervisors' workspace: findings due and overdue, planned visits.

The laptop's rule (core/views/followups.py) over everything HQ holds: a finding is listed while it is
open and its correction deadline is past (overdue) or within the window; a planned follow-up visit
while its date is and no later visit names the inspection as the one it follows. A finding's status
is HQ's own word where it has one (`finding_states`, derived from every laptop's verifications: a
finding corrected at another laptop's follow-up leaves the list, one found not corrected comes back),
else its owner's. Every inspection HQ holds counts, signed or not (the list shows its status), as on
the laptop; `inspector-hq followups` reads the establishment files instead, which hold signed visits.

Read from the statistics projections (`hq_findings` by its status-and-deadline index, `hq_inspections`
by follow-up date), so a page costs a count and one page of rows with 200,000 inspections. Findings
that HQ opened again (their owner says otherwise) are few: they are read whole and merged into the
deadline order (`_merged_page`), so the large list keeps its index order and its LIMIT/OFFSET.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, exists, func, not_, or_, select
from sqlalchemy.orm import aliased

from .models import Device, FindingState, HQEstablishment, HQFinding, HQInspection

KINDS = ("findings", "visits")
WINDOWS = {"overdue": None, "7": 7, "30": 30, "90": 90}  # days ahead; None: overdue only
DEFAULT_WINDOW = "30"
SEVERITIES = ("S1", "S2", "S3", "S4")
PAGE_SIZE = 50
MAX_PAGE = 10_000
CSV_CHUNK = 2_000


@dataclass(frozen=True)
class FollowUpFilter:
    kind: str = "findings"
    window: str = DEFAULT_WINDOW
    province: str | None = None
    district: str | None = None
    severity: str | None = None  # findings only
    page: int = 1

    def horizon(self, today: date) -> date:
        """The last due date listed."""
        ahead = WINDOWS[self.window]
        return today - timedelta(days=1) if ahead is None else today + timedelta(days=ahead)


@dataclass(frozen=True)
class DueRow:
    """One line of the list: an open finding (`finding_id` set) or a planned follow-up visit."""

    due: date
    days_overdue: int  # negative: days left
    inspection_id: str
    reference: str
    province_code: str | None
    district_code: str | None
    establishment: str | None  # its Thai name, as the laptop recorded it
    inspection_status: str | None  # as HQ shows it
    laptop: str | None
    finding_id: str | None = None
    severity: str | None = None
    title_th: str | None = None
    title_en: str | None = None
    last_outcome: str | None = None  # the latest counted verification's outcome (HQ's word)
    visit_date: date | None = None  # visits: the visit the follow-up is planned after
    open_findings: int = 0  # visits: its findings still open

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class FollowUpPage:
    rows: list[DueRow]
    total: int
    overdue: int
    page: int
    pages: int


def _area(model: Any, wanted: FollowUpFilter) -> list[Any]:
    if wanted.district:
        return [model.district_code == wanted.district]
    if wanted.province:
        return [model.province_code == wanted.province]
    return []


# --- findings -----------------------------------------------------------------------------------------

def _finding_where(wanted: FollowUpFilter, horizon: date) -> list[Any]:
    f = HQFinding
    where = [f.deadline.is_not(None), f.deadline <= horizon, *_area(f, wanted)]
    if wanted.severity:
        where.append(f.severity == wanted.severity)
    return where


def _findings(wanted: FollowUpFilter, horizon: date, *, reopened: bool, detailed: bool) -> Any:
    """Open findings due by the horizon. `reopened`: those HQ's derivation opened again although their owner
    says otherwise; else those their owner says are open and HQ does not say otherwise. `detailed`: with
    their last verification and their inspection's status, establishment and laptop joined in (for the
    CSV, which reads them all); a page looks those up for its fifty rows (`_details`), so that its query
    keeps to the findings' status-and-deadline index."""
    f, i, e, s = HQFinding, HQInspection, HQEstablishment, FindingState
    columns = [f.id, f.inspection_id, f.reference, f.deadline, f.severity, f.title_th, f.title_en, f.province_code,
               f.district_code]
    query = select(*columns).where(*_finding_where(wanted, horizon))
    if reopened:
        query = query.join(s, s.finding_id == f.id).where(s.status == "open", or_(f.status.is_(None),
                                                                                   f.status != "open"))
    else:
        held = aliased(FindingState)  # not the outer join's: the subquery correlates on the finding only
        settled = exists().where(held.finding_id == f.id, held.status != "open")
        query = query.where(f.status == "open", not_(settled))
        if detailed:
            query = query.outerjoin(s, s.finding_id == f.id)
    if detailed:
        query = (query.add_columns(s.last_verification, i.status, e.name_th, Device.name.label("laptop"))
                 .outerjoin(i, i.id == f.inspection_id).outerjoin(e, e.id == i.establishment_id)
                 .outerjoin(Device, Device.id == i.owner_device_id))
    return query


Details = tuple[str | None, str | None, str | None, Any]  # inspection status, establishment, laptop, last verification


def _details(conn: Connection, rows: Sequence[Any]) -> dict[str, Details]:
    """finding id -> what its line shows besides the finding, for a page's rows."""
    i, e = HQInspection, HQEstablishment
    parents = {row.id: (row.status, row.name_th, row.laptop) for row in conn.execute(
        select(i.id, i.status, e.name_th, Device.name.label("laptop")).outerjoin(e, e.id == i.establishment_id)
        .outerjoin(Device, Device.id == i.owner_device_id).where(i.id.in_(sorted({r.inspection_id for r in rows}))))}
    verified = dict(conn.execute(select(FindingState.finding_id, FindingState.last_verification)
                                 .where(FindingState.finding_id.in_([r.id for r in rows]))).all())
    return {r.id: (*parents.get(r.inspection_id, (None, None, None)), verified.get(r.id)) for r in rows}


def _finding_counts(conn: Connection, wanted: FollowUpFilter, today: date, horizon: date) -> tuple[int, int]:
    """(due, of which overdue) among the findings their owner says are open and HQ does not settle; the
    count runs on the index alone, the few findings HQ settled are counted apart and taken off."""
    f, s = HQFinding, FindingState
    where = [f.status == "open", *_finding_where(wanted, horizon)]
    counted = [func.count(), func.count().filter(f.deadline < today)]
    total, overdue = conn.execute(select(*counted).where(*where)).one()
    settled, settled_overdue = conn.execute(select(*counted).join(s, s.finding_id == f.id)
                                            .where(s.status != "open", *where)).one()
    return int(total) - int(settled), int(overdue) - int(settled_overdue)


def _order_key(row: Any) -> tuple[date, str]:
    return row.deadline, row.id


def _merged_page(conn: Connection, owner_open: Any, extra: Sequence[Any], offset: int) -> list[Any]:
    """Rows `offset` to `offset + PAGE_SIZE` of the owner-open list (ordered in the database) merged with
    the `extra` rows (few, in memory), both by (deadline, id).

    In the merged order owner-open row j stands at j + (extras before it), so the owner-open rows from
    `offset - len(extra)` on cover the page, and the first of them stands after the extras before it.
    (The page number was capped by the count, so that window is empty only when the owner-open list is.)
    """
    extra = sorted(extra, key=_order_key)
    start = max(0, offset - len(extra))
    window = conn.execute(owner_open.order_by(HQFinding.deadline, HQFinding.id)
                          .limit(offset + PAGE_SIZE - start).offset(start)).all()
    if window and start:
        first = _order_key(window[0])
        before = sum(1 for r in extra if _order_key(r) < first)
        merged = list(heapq.merge(window, extra[before:], key=_order_key))
        position = start + before
    else:
        merged, position = list(heapq.merge(window, extra, key=_order_key)), 0
    skip = offset - position
    return merged[skip: skip + PAGE_SIZE]


def _finding_row(row: Any, today: date, details: Details | None = None) -> DueRow:
    status, establishment, laptop, last = details or (row.status, row.name_th, row.laptop, row.last_verification)
    outcome = last.get("outcome") if isinstance(last, dict) else None
    return DueRow(row.deadline, (today - row.deadline).days, row.inspection_id, row.reference or row.inspection_id,
                  row.province_code, row.district_code, establishment, status, laptop, finding_id=row.id,
                  severity=row.severity, title_th=row.title_th, title_en=row.title_en,
                  last_outcome=outcome if isinstance(outcome, str) else None)


# --- planned visits ---------------------------------------------------------------------------------

def _visits(wanted: FollowUpFilter, horizon: date) -> Any:
    i, e = HQInspection, HQEstablishment
    return (select(i.id, i.reference, i.follow_up_date, i.visit_date, i.province_code, i.district_code, i.status,
                   i.open_findings, e.name_th, Device.name.label("laptop"))
            .outerjoin(e, e.id == i.establishment_id).outerjoin(Device, Device.id == i.owner_device_id)
            .where(i.follow_up_date.is_not(None), i.follow_up_date <= horizon, i.followed.is_(False),
                   *_area(i, wanted)))


def _visit_row(row: Any, today: date) -> DueRow:
    return DueRow(row.follow_up_date, (today - row.follow_up_date).days, row.id, row.reference or row.id,
                  row.province_code, row.district_code, row.name_th, row.status, row.laptop,
                  visit_date=row.visit_date, open_findings=row.open_findings or 0)


# --- reading --------------------------------------------------------------------------------------------

def read_page(conn: Connection, wanted: FollowUpFilter, today: date) -> FollowUpPage:
    horizon = wanted.horizon(today)
    if wanted.kind == "visits":
        i = HQInspection
        query = _visits(wanted, horizon)
        total, overdue = conn.execute(query.with_only_columns(func.count(), func.count().filter(
            i.follow_up_date < today)).order_by(None)).one()
        pages = max(1, -(-int(total) // PAGE_SIZE))
        number = min(wanted.page, pages)
        rows = conn.execute(query.order_by(i.follow_up_date, i.id).limit(PAGE_SIZE)
                            .offset((number - 1) * PAGE_SIZE)).all()
        return FollowUpPage([_visit_row(r, today) for r in rows], int(total), int(overdue), number, pages)
    reopened = conn.execute(_findings(wanted, horizon, reopened=True, detailed=False)).all()
    total, overdue = _finding_counts(conn, wanted, today, horizon)
    total += len(reopened)
    overdue += sum(1 for r in reopened if r.deadline < today)
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(wanted.page, pages)
    rows = _merged_page(conn, _findings(wanted, horizon, reopened=False, detailed=False), reopened,
                        (number - 1) * PAGE_SIZE)
    details = _details(conn, rows) if rows else {}
    return FollowUpPage([_finding_row(r, today, details[r.id]) for r in rows],
                        total, overdue, number, pages)


def read_all(conn: Connection, wanted: FollowUpFilter, today: date) -> Iterator[DueRow]:
    """Every row of the list, in order (for the CSV), streamed from the database."""
    horizon = wanted.horizon(today)
    streamed = conn.execution_options(yield_per=CSV_CHUNK)
    if wanted.kind == "visits":
        i = HQInspection
        for row in streamed.execute(_visits(wanted, horizon).order_by(i.follow_up_date, i.id)):
            yield _visit_row(row, today)
        return
    reopened = sorted(conn.execute(_findings(wanted, horizon, reopened=True, detailed=True)).all(), key=_order_key)
    owner_open = streamed.execute(_findings(wanted, horizon, reopened=False, detailed=True)
                                  .order_by(HQFinding.deadline, HQFinding.id))
    for row in heapq.merge(owner_open, reopened, key=_order_key):
        yield _finding_row(row, today)


__all__ = ["DEFAULT_WINDOW", "KINDS", "MAX_PAGE", "PAGE_SIZE", "SEVERITIES", "WINDOWS", "DueRow", "FollowUpFilter",
           "FollowUpPage", "read_all", "read_page"]
