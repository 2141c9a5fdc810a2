"""Source data of the period summary for a province or district.

A summary that counts an inspection not yet signed off is a draft (its numbers may still
change): it says how many, and which, in its data and carries the DRAFT watermark.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from inspector_app.core import geography
from inspector_app.core.errors import ValidationError
from inspector_app.core.models import (
    FORCED_LABOUR_INDICATORS,
    SEVERITIES,
    VISIT_TYPES,
    Establishment,
    Finding,
    Inspection,
    REFERRAL_STATUSES,
    Referral,
    WorkerInterview,
)
from inspector_app.core.store import Store

from . import draft
from .data import SourceBundle, _header, _iso, _legal, _place, report_number, text  # noqa: F401


def resolve_area(province: str, district: str | None = None) -> tuple[geography.Place, geography.Place | None]:
    """Province and district from a DOPA code or a Thai/English name; ValidationError if unknown."""

    def find(query: str, level: str, parent: str | None) -> geography.Place:
        query = (query or "").strip()
        found = geography.place(query) if query.isdigit() else None
        if found is None and query and not query.isdigit():
            for candidate in geography.search(query, level, limit=50):  # type: ignore[arg-type]
                if parent is None or candidate.parent_code == parent:
                    if query.casefold() in (candidate.name_th.casefold(), candidate.name_en.casefold()):
                        found = candidate
                        break
                    found = found or candidate
        if found is None or found.level != level or (parent and found.parent_code != parent):
            where = f" in province {parent}" if parent else ""
            raise ValidationError(f"Unknown {level} {query!r}{where}: give its DOPA code or its name.")
        return found

    province_place = find(province, "province", None)
    district_place = find(district, "district", province_place.code) if district else None
    return province_place, district_place


def summary_source(store: Store, *, province: str, district: str | None, date_from: date, date_to: date,
                   generated_at: datetime) -> SourceBundle:
    """Counts for a province or district over a period (no interview content, no names of workers)."""
    if date_from > date_to:
        raise ValidationError(f"The period starts ({date_from.isoformat()}) after it ends ({date_to.isoformat()}).")
    province_place, district_place = resolve_area(province, district)
    area_code = district_place.code if district_place else province_place.code
    due_until = date_to + timedelta(days=30)
    with store.session() as session:
        query = (
            select(Inspection, Establishment)
            .join(Establishment, Establishment.id == Inspection.establishment_id)
            .where(Inspection.visit_date >= date_from, Inspection.visit_date <= date_to,
                   Establishment.province_code == province_place.code)
            .order_by(Inspection.visit_date, Inspection.reference)
        )
        if district_place is not None:
            query = query.where(Establishment.district_code == district_place.code)
        pairs = [(row[0], row[1]) for row in session.execute(query)]
        ids = [i.id for i, _e in pairs]
        findings: list[Finding] = []
        interviews: list[WorkerInterview] = []
        referral_records: list[Referral] = []
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            findings += session.scalars(select(Finding).where(Finding.inspection_id.in_(part))).all()
            interviews += session.scalars(select(WorkerInterview).where(WorkerInterview.inspection_id.in_(part))).all()
            referral_records += session.scalars(select(Referral).where(Referral.inspection_id.in_(part))).all()
        followed = set(session.scalars(select(Inspection.previous_inspection_id).where(
            Inspection.previous_inspection_id.in_(ids)))) if ids else set()

        by_sector: dict[str, Counter[str]] = defaultdict(Counter)
        establishments: set[str] = set()
        workers = 0
        for inspection, est in pairs:
            by_sector[est.sector][inspection.visit_type] += 1
            if est.id not in establishments:
                establishments.add(est.id)
                workers += (est.workers_male or 0) + (est.workers_female or 0)

        section_counts: dict[str, Counter[str]] = defaultdict(Counter)
        severity_counts: Counter[str] = Counter()
        for f in findings:
            severity_counts[f.severity] += 1
            for ref in (f.legal_refs or ["-"]):
                section_counts[ref][f.severity] += 1
        legal = {row["key"]: row for row in _legal([k for k in section_counts if k != "-"])}

        indicator_workers: Counter[str] = Counter()
        indicator_inspections: dict[str, set[str]] = defaultdict(set)
        for interview in interviews:
            for code in interview.indicators or []:
                indicator_workers[code] += 1
                indicator_inspections[code].add(interview.inspection_id)

        # Referrals are counted from their own records (one per finding and receiving body since 0011):
        # by body and status, with the findings, coded workers and inspections they concern.
        referral_status: dict[str, Counter[str]] = defaultdict(Counter)
        referral_findings: dict[str, set[str]] = defaultdict(set)
        referral_workers: dict[str, set[str]] = defaultdict(set)
        referral_inspections: dict[str, set[str]] = defaultdict(set)
        for r in referral_records:
            referral_status[r.receiving_body][r.status] += 1
            if r.finding_id:
                referral_findings[r.receiving_body].add(r.finding_id)
            referral_workers[r.receiving_body].update(r.interview_ids or [])
            referral_inspections[r.receiving_body].add(r.inspection_id)

        open_by_inspection: Counter[str] = Counter(f.inspection_id for f in findings if f.status == "open")
        est_by_inspection = {i.id: e for i, e in pairs}
        reference_of = {i.id: i.reference for i, _e in pairs}
        due: list[dict[str, Any]] = []
        for inspection, est in pairs:
            if inspection.follow_up_date and inspection.follow_up_date <= due_until and inspection.id not in followed:
                due.append({"date": _iso(inspection.follow_up_date), "kind": "follow_up",
                            "reference": inspection.reference, "establishment": text(est.name_th),
                            "district": _place(est.district_code), "open_findings": open_by_inspection[inspection.id]})
        for f in findings:
            if f.status == "open" and f.deadline and f.deadline <= due_until:
                est = est_by_inspection[f.inspection_id]
                due.append({"date": _iso(f.deadline), "kind": "deadline", "reference": reference_of[f.inspection_id],
                            "establishment": text(est.name_th), "district": _place(est.district_code),
                            "open_findings": 1, "finding": text(f.text("title", "th")), "severity": f.severity})
        due.sort(key=lambda d: (d["date"], d["reference"], d["kind"]))

    sectors = sorted(by_sector, key=lambda s: (-sum(by_sector[s].values()), s))
    base = f"{area_code}-{date_from:%Y%m%d}-{date_to:%Y%m%d}"
    source = _header("summary", report_number("summary", base, generated_at), generated_at, "th")
    unsigned = sum(1 for i, _e in pairs if not draft.signed_off(i.status))
    reasons = (draft.UNSIGNED_INSPECTIONS,) if unsigned else ()
    source["status"] = draft.status(reasons)
    source.update({
        "area": {"province": _place(province_place.code),
                 "district": _place(district_place.code) if district_place else None},
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "due_until": due_until.isoformat()},
        "totals": {
            "inspections": len(pairs),
            "establishments": len(establishments),
            "workers": workers,
            "interviews": len(interviews),
            "findings": len(findings),
            "not_signed_off": unsigned,
        },
        "by_sector": [
            {"sector": s, "by_visit_type": {v: by_sector[s][v] for v in VISIT_TYPES if by_sector[s][v]},
             "total": sum(by_sector[s].values())}
            for s in sectors
        ],
        "severity": {s: severity_counts[s] for s in SEVERITIES},
        "by_section": [
            {"key": key,
             "th": legal[key]["th"] if key in legal else "-",
             "en": legal[key]["en"] if key in legal else "-",
             "by_severity": {s: section_counts[key][s] for s in SEVERITIES},
             "total": sum(section_counts[key].values())}
            for key in sorted(section_counts, key=lambda k: (-sum(section_counts[k].values()), k))
        ],
        "indicators": [
            {"code": code, "workers": indicator_workers[code], "inspections": len(indicator_inspections[code])}
            for code in FORCED_LABOUR_INDICATORS if indicator_workers[code]
        ],
        "referrals": [
            {"target": t, "referrals": sum(referral_status[t].values()),
             "by_status": {st: referral_status[t][st] for st in REFERRAL_STATUSES},
             "findings": len(referral_findings[t]), "workers": len(referral_workers[t]),
             "inspections": len(referral_inspections[t])}
            for t in sorted(referral_status)
        ],
        "due": due,
        "inspections": [{"id": i.id, "reference": i.reference, "rev": i.rev, "signed_off": draft.signed_off(i.status)}
                        for i, _e in pairs],
    })
    return SourceBundle(source, draft_reasons=reasons)
