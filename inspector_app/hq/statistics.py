"""Statistics across all laptops for a period, a province or a district, from the projection tables.

Every query reads one projection table (models.py, kept by projections.py) through an index on
(area, visit date), never the JSON of `records`, so the page answers in well under half a second
at 200,000 inspections (tests/benchmarks/bench_statistics.py). Nothing here reads testimony.

The period selects inspections by visit date; findings, indicators and referrals count with their
inspection. Follow-ups are judged on a given day (`as_of`): a finding still open whose deadline
has passed, or a follow-up visit whose date has passed while no later inspection names the visit
as its previous one, is overdue; one falling within `DUE_DAYS` after the day is due.

Referrals are read from `hq_referrals` (today: findings with status "referred"); a referrals entity
adds its own rows there and these queries count them without change.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, case, distinct, exists, func, literal, select, union_all
from sqlalchemy.orm import aliased

from ..core.checklists import default_templates_dir
from .models import (
    HQEstablishment,
    HQFinding,
    HQFindingSection,
    HQIndicator,
    HQInspection,
    HQReferral,
    Template,
)

__all__ = ["DUE_DAYS", "DUE_LIST_LIMIT", "Filters", "Statistics", "statistics"]

DUE_DAYS = 30
DUE_LIST_LIMIT = 50
SEVERITIES = ("S1", "S2", "S3", "S4")
VISIT_TYPES = ("routine", "complaint", "follow_up", "pipo", "special_operation")
INDICATORS = ("abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation",
              "physical_sexual_violence", "intimidation_threats", "retention_of_documents", "withholding_of_wages",
              "debt_bondage", "abusive_conditions", "excessive_overtime")
SIGNED_OFF = ("signed", "submitted", "approved")  # reports.draft.FINAL_STATUSES, as HQ shows statuses
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
    follow_ups: list[dict[str, Any]] = field(default_factory=list)  # kind, overdue, due
    due: list[dict[str, Any]] = field(default_factory=list)  # the earliest DUE_LIST_LIMIT items, overdue first
    timings: dict[str, float] = field(default_factory=dict)  # query name -> seconds (for the benchmark)


def _in_area(model: Any, filters: Filters) -> list[Any]:
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
    i = HQInspection
    query = (
        select(i.sector, i.visit_type, func.count().label("inspections"),
               func.coalesce(func.sum(i.findings), 0).label("findings"),
               *[func.coalesce(func.sum(getattr(i, f"findings_{s.lower()}")), 0).label(s) for s in SEVERITIES],
               func.coalesce(func.sum(i.interviews), 0).label("interviews"),
               func.count().filter(i.status.not_in(SIGNED_OFF)).label("not_signed_off"))
        .where(*_in_area(i, filters)).group_by(i.sector, i.visit_type)
    )
    by_sector: dict[str | None, dict[str, int]] = defaultdict(dict)
    totals = defaultdict(int)
    for row in conn.execute(query):
        by_sector[row.sector][row.visit_type or ""] = by_sector[row.sector].get(row.visit_type or "", 0) + row.inspections
        for name in ("inspections", "findings", "interviews", "not_signed_off", *SEVERITIES):
            totals[name] += int(getattr(row, name))
    out.overview = {"inspections": totals["inspections"], "establishments": 0, "workers": 0,
                    "interviews": totals["interviews"], "findings": totals["findings"],
                    "not_signed_off": totals["not_signed_off"]}
    out.severity = {s: totals[s] for s in SEVERITIES}
    unknown = totals["findings"] - sum(out.severity.values())
    if unknown:
        out.severity["unknown"] = unknown
    rows = [{"sector": sector, "by_visit_type": counts, "total": sum(counts.values())}
            for sector, counts in by_sector.items()]
    out.by_sector = sorted(rows, key=lambda r: (-r["total"], r["sector"] or "~"))


def _establishments(conn: Connection, filters: Filters, out: Statistics) -> None:
    visited = select(HQInspection.establishment_id).where(*_in_area(HQInspection, filters))
    row = conn.execute(select(func.count(), func.coalesce(func.sum(HQEstablishment.workers), 0))
                       .where(HQEstablishment.id.in_(visited))).one()
    out.overview["establishments"], out.overview["workers"] = int(row[0]), int(row[1])


def _sections(conn: Connection, filters: Filters, out: Statistics) -> None:
    s, f = HQFindingSection, HQFinding
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in conn.execute(select(s.section, s.severity, func.count()).where(*_in_area(s, filters))
                            .group_by(s.section, s.severity)):
        counts[row[0]][row[1] or "unknown"] = int(row[2])
    for row in conn.execute(select(f.severity, func.count()).where(*_in_area(f, filters), f.sections == 0)
                            .group_by(f.severity)):
        counts[NO_SECTION][row[0] or "unknown"] = int(row[1])
    rows = [{"section": key, "by_severity": by, "total": sum(by.values())} for key, by in counts.items()]
    out.by_section = sorted(rows, key=lambda r: (r["section"] == NO_SECTION, -r["total"], r["section"]))


def _indicators(conn: Connection, filters: Filters, out: Statistics) -> None:
    items = indicator_items(conn)
    ind, f = HQIndicator, HQFinding
    from_interviews = select(ind.indicator.label("indicator"), ind.inspection_id.label("inspection_id"),
                             literal(1).label("worker"), literal(0).label("finding")).where(*_in_area(ind, filters))
    parts: list[Select[Any]] = [from_interviews]
    if items:
        item_indicator = case(items, value=f.item_code)
        parts.append(select(item_indicator.label("indicator"), f.inspection_id.label("inspection_id"),
                            literal(0).label("worker"), literal(1).label("finding"))
                     .where(*_in_area(f, filters), f.item_code.in_(list(items))))
    both = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    query = (select(both.c.indicator, func.sum(both.c.worker), func.sum(both.c.finding),
                    func.count(distinct(both.c.inspection_id)))
             .group_by(both.c.indicator))
    found = {row[0]: {"code": row[0], "workers": int(row[1]), "findings": int(row[2]), "inspections": int(row[3])}
             for row in conn.execute(query)}
    order = {code: n for n, code in enumerate(INDICATORS)}
    out.indicators = sorted(found.values(), key=lambda r: (order.get(r["code"], len(order)), r["code"]))


def _referrals(conn: Connection, filters: Filters, out: Statistics) -> None:
    r = HQReferral
    query = (select(r.target, r.status, func.count(), func.count(distinct(r.inspection_id)))
             .where(*_in_area(r, filters)).group_by(r.target, r.status))
    rows = [{"target": row[0], "status": row[1], "referrals": int(row[2]), "inspections": int(row[3])}
            for row in conn.execute(query)]
    out.referrals = sorted(rows, key=lambda x: (-x["referrals"], x["target"] or "~", x["status"]))


def _not_followed(i: Any) -> Any:
    later = aliased(HQInspection)
    return ~exists().where(later.previous_inspection_id == i.id)


def _follow_ups(conn: Connection, filters: Filters, out: Statistics) -> None:
    f, i = HQFinding, HQInspection
    day, until = filters.as_of, filters.due_until
    deadlines = conn.execute(
        select(func.count().filter(f.deadline < day), func.count().filter(f.deadline >= day))
        .where(*_in_area(f, filters), f.status == "open", f.deadline <= until)).one()
    visits = conn.execute(
        select(func.count().filter(i.follow_up_date < day), func.count().filter(i.follow_up_date >= day))
        .where(*_in_area(i, filters), i.follow_up_date <= until, _not_followed(i))).one()
    out.follow_ups = [
        {"kind": "deadline", "overdue": int(deadlines[0]), "due": int(deadlines[1])},
        {"kind": "follow_up", "overdue": int(visits[0]), "due": int(visits[1])},
    ]


def _due_list(conn: Connection, filters: Filters, out: Statistics) -> None:
    f, i, e = HQFinding, HQInspection, HQEstablishment
    until = filters.due_until
    parent = aliased(HQInspection)
    deadlines = (
        select(f.deadline.label("date"), literal("deadline").label("kind"), parent.reference, parent.establishment_id,
               parent.district_code, f.severity, f.title_th, f.title_en, f.id.label("record_id"))
        .join(parent, parent.id == f.inspection_id)
        .where(*_in_area(f, filters), f.status == "open", f.deadline <= until)
        .order_by(f.deadline, parent.reference).limit(DUE_LIST_LIMIT)
    )
    visits = (
        select(i.follow_up_date.label("date"), literal("follow_up").label("kind"), i.reference, i.establishment_id,
               i.district_code, literal(None).label("severity"), literal(None).label("title_th"),
               literal(None).label("title_en"), i.id.label("record_id"))
        .where(*_in_area(i, filters), i.follow_up_date <= until, _not_followed(i))
        .order_by(i.follow_up_date, i.reference).limit(DUE_LIST_LIMIT)
    )
    rows = [dict(r._mapping) for q in (deadlines, visits) for r in conn.execute(q)]
    rows.sort(key=lambda r: (r["date"], r["reference"] or "", r["kind"], r["record_id"]))
    rows = rows[:DUE_LIST_LIMIT]
    names = {}
    ids = sorted({r["establishment_id"] for r in rows if r["establishment_id"]})
    if ids:
        names = dict(conn.execute(select(e.id, e.name_th).where(e.id.in_(ids))).all())
    for row in rows:
        row["establishment"] = names.get(row.pop("establishment_id"))
        row["overdue"] = row["date"] < filters.as_of
    out.due = rows


# --------------------------------------------------------------------------- indicator items

_items_cache: dict[tuple[int, int], dict[str, str]] = {}


def _template_items(document: Any, into: dict[str, str]) -> None:
    for section in (document or {}).get("sections", []) if isinstance(document, dict) else []:
        for item in section.get("items", []) if isinstance(section, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("code"), str) and isinstance(item.get("indicator"), str):
                into[item["code"]] = item["indicator"]


def indicator_items(conn: Connection) -> dict[str, str]:
    """Checklist item code -> the forced-labour indicator a finding on it shows: from the templates
    the laptops ship with and those HQ published (a later version of a template has the last word)."""
    stamp = tuple(conn.execute(select(func.count(), func.coalesce(func.max(Template.id), 0))).one())
    cached = _items_cache.get(stamp)  # type: ignore[arg-type]
    if cached is not None:
        return cached
    items: dict[str, str] = {}
    for path in sorted(default_templates_dir().glob("*.json")):
        try:
            _template_items(json.loads(path.read_text(encoding="utf-8")), items)
        except (OSError, ValueError):
            continue
    for row in conn.execute(select(Template.document).order_by(Template.code, Template.version)):
        _template_items(row[0], items)
    _items_cache.clear()
    _items_cache[stamp] = items  # type: ignore[index]
    return items
