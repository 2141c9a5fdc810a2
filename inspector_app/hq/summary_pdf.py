"""The province (or district) summary PDF from HQ's data: every laptop's inspections, one report.

The facts come from the projection tables (never testimony; referrals, few, from the unsealed fields of
their records) and go
to the same builder and layout as a laptop's summary (reports.summary_source, reports.summary),
so the two read alike; the embedded data says `"origin": "hq"`.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, and_, select

from ..core.geography import place
from ..reports import ReportResult, render_summary
from ..reports.summary_source import FindingFact, InspectionFact, InterviewFact, ReferralFact, build_summary_source
from .errors import Invalid
from .models import HQEstablishment, HQFinding, HQFindingSection, HQIndicator, HQInspection, HQInterview, Record
from .statistics import Filters, in_area, indicator_items

__all__ = ["province_summary"]


def province_summary(conn: Connection, filters: Filters, generated_at: datetime) -> ReportResult:
    if not filters.province:
        raise Invalid("A summary report is for one province (and, if chosen, one of its districts): choose a province.")
    province = place(filters.province)
    district = place(filters.district) if filters.district else None
    if province is None or province.level != "province":
        raise Invalid(f"{filters.province!r} is not a province code.")
    if filters.district and (district is None or district.parent_code != province.code):
        raise Invalid(f"{filters.district!r} is not a district of province {province.code}.")

    i, e, r = HQInspection, HQEstablishment, Record
    # One query per table, each filtered by the period and area its rows repeat from their inspection
    # (an IN list of 50,000 ids, chunked, cost a province-year ten seconds in query text alone).
    rows = conn.execute(
        select(i.id, i.reference, i.status, i.visit_date, i.visit_type, i.establishment_id, i.sector, i.district_code,
               i.follow_up_date, i.followed, e.name_th, e.workers, r.rev)
        .outerjoin(e, e.id == i.establishment_id)
        .outerjoin(r, and_(r.entity == "inspections", r.entity_id == i.id))
        .where(*in_area(i, filters)).order_by(i.visit_date, i.reference)
    ).all()
    inspections = [InspectionFact(
        id=row.id, reference=row.reference or row.id, rev=row.rev or 0, status=row.status, visit_date=row.visit_date,
        visit_type=row.visit_type, establishment_id=row.establishment_id, establishment_name=row.name_th,
        sector=row.sector, district_code=row.district_code, workers=row.workers or 0,
        follow_up_date=row.follow_up_date, followed=bool(row.followed)) for row in rows]
    position = {fact.id: n for n, fact in enumerate(inspections)}
    sections: dict[str, list[str]] = {}
    for finding_id, section in conn.execute(select(HQFindingSection.finding_id, HQFindingSection.section)
                                            .where(*in_area(HQFindingSection, filters))
                                            .order_by(HQFindingSection.finding_id, HQFindingSection.section)).all():
        sections.setdefault(finding_id, []).append(section)
    f_ = HQFinding
    found = [f for f in conn.execute(select(f_.id, f_.inspection_id, f_.severity, f_.status, f_.deadline,
                                            f_.referral_target, f_.title_th, f_.title_en, f_.item_code)
                                     .where(*in_area(f_, filters))).all()
             if f.inspection_id in position]
    found.sort(key=lambda f: (position[f.inspection_id], f.id))
    findings = [FindingFact(
        inspection_id=f.inspection_id, severity=f.severity, legal_refs=tuple(sections.get(f.id, ())),
        status=f.status, deadline=f.deadline, referral_target=f.referral_target,
        title_th=f.title_th or f.title_en, item_code=f.item_code) for f in found]
    reported: dict[str, list[str]] = {}
    for interview_id, indicator in conn.execute(select(HQIndicator.interview_id, HQIndicator.indicator)
                                                .where(*in_area(HQIndicator, filters))).all():
        reported.setdefault(interview_id, []).append(indicator)
    held = conn.execute(select(HQInterview.id, HQInterview.inspection_id)
                        .join(i, i.id == HQInterview.inspection_id).where(*in_area(i, filters))).all()
    held.sort(key=lambda row: (position.get(row.inspection_id, -1), row.id))
    interviews = [InterviewFact(inspection_id, tuple(sorted(reported.get(interview_id, ()))))
                  for interview_id, inspection_id in held]
    referrals = []
    ids = list(position)
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(r.inspection_id, r.fields).where(
                r.entity == "referrals", r.inspection_id.in_(ids[start:start + 500]))).all():
            fields = json.loads(row.fields) if isinstance(row.fields, str) else (row.fields or {})
            referrals.append(ReferralFact(row.inspection_id, str(fields.get("receiving_body") or ""),
                                          str(fields.get("status") or "planned"), fields.get("finding_id"),
                                          tuple(fields.get("interview_ids") or ())))
    bundle = build_summary_source(province=province, district=district, date_from=filters.date_from,
                                  date_to=filters.date_to, generated_at=generated_at, inspections=inspections,
                                  findings=findings, interviews=interviews, indicator_items=indicator_items(conn),
                                  origin="hq", referrals=referrals)
    return render_summary(bundle)
