"""The province (or district) summary PDF from HQ's data: every laptop's inspections, one report.

The facts come from the projection tables (never testimony; referrals, few, from the unsealed fields of
their records) and go
to the same builder and layout as a laptop's summary (reports.summary_source, reports.summary),
so the two read alike; the embedded data says `"origin": "hq"`.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, and_, exists, func, not_, select

from ..core.geography import Place, place
from ..reports import ReportResult, collection_paused, render_summary
from ..reports.summary_source import FindingFact, InspectionFact, InterviewFact, ReferralFact, build_summary_source
from .errors import Invalid
from .models import (
    HQEstablishment,
    HQFinding,
    HQFindingSection,
    HQIndicator,
    HQInspection,
    HQInterview,
    HQReferral,
    Record,
)
from .referrals import record_status
from .statistics import Filters, in_area, indicator_items

__all__ = ["province_summary"]

# Between the sections of one finding (and the indicators of one interview) as the database gathers them:
# the ASCII unit separator, which no legal reference or indicator code contains.
SEPARATOR = "\x1f"


def province_summary(conn: Connection, filters: Filters, generated_at: datetime) -> ReportResult:
    province, district = _area(filters)
    with collection_paused():
        return _summary(conn, filters, province, district, generated_at)


def _area(filters: Filters) -> tuple[Place, Place | None]:
    if not filters.province:
        raise Invalid("A summary report is for one province (and, if chosen, one of its districts): choose a province.")
    province = place(filters.province)
    district = place(filters.district) if filters.district else None
    if province is None or province.level != "province":
        raise Invalid(f"{filters.province!r} is not a province code.")
    if filters.district and (district is None or district.parent_code != province.code):
        raise Invalid(f"{filters.district!r} is not a district of province {province.code}.")
    return province, district


def _summary(conn: Connection, filters: Filters, province: Place, district: Place | None,
             generated_at: datetime) -> ReportResult:
    i, e, r = HQInspection, HQEstablishment, Record
    # A province-year is some 50,000 inspections and 140,000 findings: each table is read in one query
    # filtered by the period and area its rows repeat from their inspection (an IN list of 50,000 ids,
    # chunked, cost ten seconds in query text alone), a finding's sections and an interview's indicators
    # gathered by the database into one text each (a row per finding, not per section).
    rows = conn.execute(
        select(i.id, i.reference, i.status, i.visit_date, i.visit_type, i.establishment_id, i.sector, i.district_code,
               i.follow_up_date, i.followed, e.name_th, e.workers, r.rev)
        .outerjoin(e, e.id == i.establishment_id)
        .outerjoin(r, and_(r.entity == "inspections", r.entity_id == i.id))
        .where(*in_area(i, filters)).order_by(i.visit_date, i.reference, i.id)
    ).all()
    inspections = [InspectionFact(
        row_id, reference or row_id, rev or 0, status, visit_date, visit_type, establishment_id, name_th, sector,
        district_code, workers or 0, follow_up_date, bool(followed))
        for (row_id, reference, status, visit_date, visit_type, establishment_id, sector, district_code,
             follow_up_date, followed, name_th, workers, rev) in rows]
    position = {fact.id: n for n, fact in enumerate(inspections)}
    s_, f_ = HQFindingSection, HQFinding
    cited = (select(s_.finding_id, func.aggregate_strings(s_.section, SEPARATOR).label("sections"))
             .where(*in_area(s_, filters)).group_by(s_.finding_id).subquery())
    # Sorted here by the inspections' order: cheaper than a database sort of every finding on four keys.
    found = sorted(((position[row[1]], *row) for row in conn.execute(
        select(f_.id, f_.inspection_id, f_.severity, f_.status, f_.deadline, f_.referral_target, f_.title_th,
               f_.title_en, f_.item_code, cited.c.sections)
        .outerjoin(cited, cited.c.finding_id == f_.id).where(*in_area(f_, filters))) if row[1] in position),
        key=lambda row: (row[0], row[1]))
    findings = [FindingFact(inspection_id, severity, tuple(sorted(sections.split(SEPARATOR))) if sections else (),
                            status, deadline, referral_target, title_th or title_en, item_code)
                for (_n, _id, inspection_id, severity, status, deadline, referral_target, title_th, title_en, item_code,
                     sections) in found]
    reported = (select(HQIndicator.interview_id, func.aggregate_strings(HQIndicator.indicator, SEPARATOR)
                       .label("indicators"))
                .where(*in_area(HQIndicator, filters)).group_by(HQIndicator.interview_id).subquery())
    held = sorted(((position.get(row[1], -1), *row) for row in conn.execute(
        select(HQInterview.id, HQInterview.inspection_id, reported.c.indicators)
        .join(i, i.id == HQInterview.inspection_id)
        .outerjoin(reported, reported.c.interview_id == HQInterview.id).where(*in_area(i, filters)))),
        key=lambda row: (row[0], row[1]))
    interviews = [InterviewFact(inspection_id, tuple(sorted(indicators.split(SEPARATOR))) if indicators else ())
                  for _n, _id, inspection_id, indicators in held]
    referrals = []
    for inspection_id, fields in conn.execute(
            select(r.inspection_id, r.fields).join(i, i.id == r.inspection_id)
            .where(r.entity == "referrals", *in_area(i, filters)).order_by(r.entity_id)):
        fields = json.loads(fields) if isinstance(fields, str) else (fields or {})
        referrals.append(ReferralFact(inspection_id, str(fields.get("receiving_body") or ""), record_status(fields),
                                      fields.get("finding_id"), tuple(fields.get("interview_ids") or ())))
    # Findings marked referred that no referral record names (laptops not yet updated): said apart, as the
    # statistics page says it, never counted as a referral.
    unrecorded = conn.execute(select(func.count()).select_from(f_).where(
        f_.status == "referred", not_(exists().where(HQReferral.finding_id == f_.id)), *in_area(f_, filters))
    ).scalar_one()
    bundle = build_summary_source(province=province, district=district, date_from=filters.date_from,
                                  date_to=filters.date_to, generated_at=generated_at, inspections=inspections,
                                  findings=findings, interviews=interviews, indicator_items=indicator_items(conn),
                                  origin="hq", referrals=referrals, referrals_unrecorded=int(unrecorded) or None)
    return render_summary(bundle)
