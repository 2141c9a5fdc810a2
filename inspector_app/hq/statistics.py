"""Statistics across all laptops for a period, a province or a district, from the projection tables.

Counts by sector, visit type, severity, legal section, indicator and referral come from the monthly
sums (`hq_stat_*`, stat_cubes.py) for the whole months of the period and from the detail projection
tables for the days at its edges; establishments, follow-ups and the due list from the detail
tables through their (area, visit date) and (status, deadline) indexes. Never the JSON of
`records`, never testimony: the page answers in well under half a second at 200,000 inspections
(tests/benchmarks/bench_statistics.py).

The period selects inspections by visit date; findings, indicators and referrals count with their
inspection. Follow-ups are judged on a given day (`as_of`): a finding still open whose deadline
has passed, or a follow-up visit whose date has passed while no later inspection names the visit
as its previous one, is overdue; one falling within `DUE_DAYS` after the day is due.

Referrals are the laptops' referral records (`hq_referrals`), by receiving body and current status.
Findings marked referred whose laptop has sent no referral record (a laptop not yet updated) are no
status of a referral: they are counted apart (`referrals_unrecorded`) for the page to say in words.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, literal, select

from . import projections, stat_cubes
from .models import HQEstablishment, HQFinding, HQInspection

__all__ = ["DUE_DAYS", "DUE_LIST_LIMIT", "Filters", "Statistics", "statistics"]

DUE_DAYS = 30
DUE_LIST_LIMIT = 50
SEVERITIES = ("S1", "S2", "S3", "S4")
VISIT_TYPES = ("routine", "complaint", "follow_up", "pipo", "special_operation")
INDICATORS = ("abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation",
              "physical_sexual_violence", "intimidation_threats", "retention_of_documents", "withholding_of_wages",
              "debt_bondage", "abusive_conditions", "excessive_overtime")
SIGNED_OFF = ("signed", "submitted", "approved")  # reports.draft.FINAL_STATUSES, as HQ shows statuses
REFERRAL_STATUSES = ("planned", "sent", "accepted", "closed")
NO_SECTION = "-"


@dataclass(frozen=True)
class Filters:
    date_from: date
    date_to: date
    as_of: date
    province: str | None = None  # DOPA code, 2 digits
    district: str | None = None  # DOPA code, 4 digits (inside the province)

    @property
    def due_until(self) -> date:
        return self.as_of + timedelta(days=DUE_DAYS)


@dataclass
class Statistics:
    filters: Filters
    overview: dict[str, int] = field(default_factory=dict)
    by_sector: list[dict[str, Any]] = field(default_factory=list)  # sector, by_visit_type{}, total
    severity: dict[str, int] = field(default_factory=dict)  # S1..S4 (and "unknown")
    by_section: list[dict[str, Any]] = field(default_factory=list)  # section, by_severity{}, total
    indicators: list[dict[str, Any]] = field(default_factory=list)  # code, workers, findings, inspections
    referrals: list[dict[str, Any]] = field(default_factory=list)  # target, status, referrals, inspections
    referrals_unrecorded: int = 0  # findings marked referred with no referral record at HQ
    follow_ups: list[dict[str, Any]] = field(default_factory=list)  # kind, overdue, due
    due: list[dict[str, Any]] = field(default_factory=list)  # the earliest DUE_LIST_LIMIT items, overdue first
    timings: dict[str, float] = field(default_factory=dict)  # query name -> seconds (for the benchmark)


def in_area(model: Any, filters: Filters) -> list[Any]:
    """Where a projection row (its inspection's visit date and place repeated) lies in the period and area."""
    where = [model.visit_date >= filters.date_from, model.visit_date <= filters.date_to]
    if filters.district:
        where.append(model.district_code == filters.district)
    elif filters.province:
        where.append(model.province_code == filters.province)
    return where


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started


def statistics(conn: Connection, filters: Filters) -> Statistics:
    out = Statistics(filters)
    steps: list[tuple[str, Callable[[Connection, Filters, Statistics], None]]] = [
        ("inspections", _inspections), ("establishments", _establishments), ("sections", _sections),
        ("indicators", _indicators), ("referrals", _referrals), ("follow_ups", _follow_ups), ("due_list", _due_list),
    ]
    for name, step in steps:
        with _timed(out.timings, name):
            step(conn, filters, out)
    return out


def _inspections(conn: Connection, filters: Filters, out: Statistics) -> None:
    sums = stat_cubes.read(conn, "inspections", filters.date_from, filters.date_to, _area(filters))
    by_sector: dict[str, dict[str, int]] = defaultdict(dict)
    totals = [0] * 7  # inspections, findings, S1..S4, interviews
    not_signed_off = 0
    for (sector, visit_type, signed_off), values in sums.items():
        by_sector[sector][visit_type] = by_sector[sector].get(visit_type, 0) + values[0]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        if not signed_off:
            not_signed_off += values[0]
    out.overview = {"inspections": totals[0], "establishments": 0, "workers": 0, "interviews": totals[6],
                    "findings": totals[1], "not_signed_off": not_signed_off}
    out.severity = {s: totals[2 + n] for n, s in enumerate(SEVERITIES)}
    unknown = totals[1] - sum(out.severity.values())
    if unknown:
        out.severity["unknown"] = unknown
    rows = [{"sector": sector or None, "by_visit_type": counts, "total": sum(counts.values())}
            for sector, counts in by_sector.items()]
    out.by_sector = sorted(rows, key=lambda r: (-r["total"], r["sector"] or "~"))


def _area(filters: Filters) -> stat_cubes.Area:
    return stat_cubes.Area(filters.province, filters.district)


def _establishments(conn: Connection, filters: Filters, out: Statistics) -> None:
    # The visited establishments first (one pass over the period's inspections), then their headcounts.
    visited = (select(HQInspection.establishment_id.label("id")).where(*in_area(HQInspection, filters))
               .group_by(HQInspection.establishment_id).subquery())
    row = conn.execute(select(func.count(), func.coalesce(func.sum(HQEstablishment.workers), 0))
                       .join_from(visited, HQEstablishment, HQEstablishment.id == visited.c.id)).one()
    out.overview["establishments"], out.overview["workers"] = int(row[0]), int(row[1])


def _sections(conn: Connection, filters: Filters, out: Statistics) -> None:
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for (section, severity), (findings,) in stat_cubes.read(conn, "sections", filters.date_from, filters.date_to,
                                                             _area(filters)).items():
        counts[section][severity or "unknown"] = findings
    rows = [{"section": key, "by_severity": by, "total": sum(by.values())} for key, by in counts.items()]
    out.by_section = sorted(rows, key=lambda r: (r["section"] == NO_SECTION, -r["total"], r["section"]))


def _indicators(conn: Connection, filters: Filters, out: Statistics) -> None:
    sums = stat_cubes.read(conn, "indicators", filters.date_from, filters.date_to, _area(filters))
    order = {code: n for n, code in enumerate(INDICATORS)}
    rows = [{"code": code, "workers": workers, "findings": findings, "inspections": inspections}
            for (code,), (inspections, workers, findings) in sums.items()]
    out.indicators = sorted(rows, key=lambda r: (order.get(r["code"], len(order)), r["code"]))


def _referrals(conn: Connection, filters: Filters, out: Statistics) -> None:
    sums = stat_cubes.read(conn, "referrals", filters.date_from, filters.date_to, _area(filters))
    out.referrals_unrecorded = sum(values[0] for (_target, status), values in sums.items()
                                   if status == stat_cubes.UNRECORDED)
    rows = [{"target": target or None, "status": status, "referrals": referrals, "inspections": inspections}
            for (target, status), (referrals, inspections) in sums.items() if status != stat_cubes.UNRECORDED]
    order = {status: n for n, status in enumerate(REFERRAL_STATUSES)}
    out.referrals = sorted(rows, key=lambda x: (x["target"] or "~", order.get(x["status"], len(order)), x["status"]))


def _by_day(conn: Connection, name: str, filters: Filters) -> list[tuple[date, int]]:
    """Open deadlines or unmade follow-up visits of the period's inspections, counted by their day."""
    sums = stat_cubes.read(conn, name, filters.date_from, filters.date_to, _area(filters))
    return sorted((day, values[0]) for (day,), values in sums.items())


def _follow_ups(conn: Connection, filters: Filters, out: Statistics) -> None:
    day, until = filters.as_of, filters.due_until
    out.follow_ups = []
    for kind, name in (("deadline", "deadlines"), ("follow_up", "follow_ups")):
        days = _by_day(conn, name, filters)
        out.follow_ups.append({"kind": kind, "overdue": sum(n for d, n in days if d < day),
                               "due": sum(n for d, n in days if day <= d <= until)})


def _first_days(conn: Connection, name: str, filters: Filters) -> tuple[date, date] | None:
    """The days between which the earliest DUE_LIST_LIMIT items lie: the list query reads only those."""
    counted = 0
    first = None
    for day, n in _by_day(conn, name, filters):
        if day > filters.due_until:
            break
        first = first or day
        counted += n
        if counted >= DUE_LIST_LIMIT:
            return first, day
    return (first, filters.due_until) if first else None


def _due_list(conn: Connection, filters: Filters, out: Statistics) -> None:
    f, i, e = HQFinding, HQInspection, HQEstablishment
    rows = []
    span = _first_days(conn, "deadlines", filters)
    if span:
        rows += [dict(r._mapping) for r in conn.execute(
            select(f.deadline.label("date"), literal("deadline").label("kind"), f.reference, f.inspection_id,
                   f.district_code, f.severity, f.title_th, f.title_en, f.id.label("record_id"))
            .where(f.status == "open", f.deadline >= span[0], f.deadline <= span[1], *in_area(f, filters))
            .order_by(f.deadline, f.reference, f.id).limit(DUE_LIST_LIMIT))]
    span = _first_days(conn, "follow_ups", filters)
    if span:
        rows += [dict(r._mapping) for r in conn.execute(
            select(i.follow_up_date.label("date"), literal("follow_up").label("kind"), i.reference,
                   i.id.label("inspection_id"), i.district_code, literal(None).label("severity"),
                   literal(None).label("title_th"), literal(None).label("title_en"), i.id.label("record_id"))
            .where(i.follow_up_date >= span[0], i.follow_up_date <= span[1], i.followed.is_(False),
                   *in_area(i, filters))
            .order_by(i.follow_up_date, i.reference, i.id).limit(DUE_LIST_LIMIT))]
    rows.sort(key=lambda r: (r["date"], r["reference"] or "", r["kind"], r["record_id"]))
    rows = rows[:DUE_LIST_LIMIT]
    names: dict[str, str | None] = {}
    parents = sorted({r["inspection_id"] for r in rows})
    if parents:
        names = dict(conn.execute(select(i.id, e.name_th).join(e, e.id == i.establishment_id)
                                  .where(i.id.in_(parents))).all())
    for row in rows:
        row["establishment"] = names.get(row.pop("inspection_id"))
        row["overdue"] = row["date"] < filters.as_of
    out.due = rows


def indicator_items(conn: Connection) -> dict[str, str]:
    return projections.indicator_items(conn)
