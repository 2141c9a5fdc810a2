"""The province (or district) summary PDF from HQ's data: every laptop's inspections, one report.

The facts come from the projection tables (never the JSON of `records`, never testimony) and go
to the same builder and layout as a laptop's summary (reports.summary_source, reports.summary),
so the two read alike; the embedded data says `"origin": "hq"`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from ..core.geography import place
from ..reports import ReportResult, render_summary
from ..reports.summary_source import FindingFact, InspectionFact, InterviewFact, build_summary_source
from .errors import Invalid
from .models import HQEstablishment, HQFinding, HQFindingSection, HQIndicator, HQInspection, HQInterview, Record
from .statistics import Filters, indicator_items

__all__ = ["province_summary"]

CHUNK = 500


def province_summary(conn: Connection, filters: Filters, generated_at: datetime) -> ReportResult:
    if not filters.province:
        raise Invalid("A summary report is for one province (and, if chosen, one of its districts): choose a province.")
    province = place(filters.province)
    district = place(filters.district) if filters.district else None
    if province is None or province.level != "province":
        raise Invalid(f"{filters.province!r} is not a province code.")
    if filters.district and (district is None or district.parent_code != province.code):
        raise Invalid(f"{filters.district!r} is not a district of province {province.code}.")

    i, e = HQInspection, HQEstablishment
    where = [i.visit_date >= filters.date_from, i.visit_date <= filters.date_to,
             (i.district_code == district.code) if district else (i.province_code == province.code)]
    rows = conn.execute(
        select(i.id, i.reference, i.status, i.visit_date, i.visit_type, i.establishment_id, i.sector, i.district_code,
               i.follow_up_date, i.followed, e.name_th, e.workers)
        .outerjoin(e, e.id == i.establishment_id).where(*where).order_by(i.visit_date, i.reference)
    ).all()
    ids = [r.id for r in rows]
    revs: dict[str, int] = {}
    for start in range(0, len(ids), CHUNK):
        revs.update((row[0], row[1]) for row in conn.execute(select(Record.entity_id, Record.rev).where(
            Record.entity == "inspections", Record.entity_id.in_(ids[start : start + CHUNK]))))
    inspections = [InspectionFact(
        id=r.id, reference=r.reference or r.id, rev=revs.get(r.id, 0), status=r.status, visit_date=r.visit_date,
        visit_type=r.visit_type, establishment_id=r.establishment_id, establishment_name=r.name_th, sector=r.sector,
        district_code=r.district_code, workers=r.workers or 0, follow_up_date=r.follow_up_date,
        followed=bool(r.followed)) for r in rows]
    findings: list[FindingFact] = []
    interviews: list[InterviewFact] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        sections: dict[str, list[str]] = {}
        for finding_id, section in conn.execute(select(HQFindingSection.finding_id, HQFindingSection.section)
                                                .where(HQFindingSection.inspection_id.in_(chunk))
                                                .order_by(HQFindingSection.finding_id, HQFindingSection.section)):
            sections.setdefault(finding_id, []).append(section)
        for f in conn.execute(select(HQFinding).where(HQFinding.inspection_id.in_(chunk)).order_by(HQFinding.id)):
            findings.append(FindingFact(
                inspection_id=f.inspection_id, severity=f.severity, legal_refs=tuple(sections.get(f.id, ())),
                status=f.status, deadline=f.deadline, referral_target=f.referral_target,
                title_th=f.title_th or f.title_en, item_code=f.item_code))
        reported: dict[str, list[str]] = {}
        for interview_id, indicator in conn.execute(select(HQIndicator.interview_id, HQIndicator.indicator)
                                                    .where(HQIndicator.inspection_id.in_(chunk))):
            reported.setdefault(interview_id, []).append(indicator)
        for interview_id, inspection_id in conn.execute(select(HQInterview.id, HQInterview.inspection_id)
                                                        .where(HQInterview.inspection_id.in_(chunk))):
            interviews.append(InterviewFact(inspection_id, tuple(sorted(reported.get(interview_id, ())))))
    bundle = build_summary_source(province=province, district=district, date_from=filters.date_from,
                                  date_to=filters.date_to, generated_at=generated_at, inspections=inspections,
                                  findings=findings, interviews=interviews, indicator_items=indicator_items(conn),
                                  origin="hq")
    return render_summary(bundle)
