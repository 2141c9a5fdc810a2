"""Source data of the period summary for a province or district, from the laptop's store.

The facts read here go to `summary_source.build_summary_source`, which HQ feeds from its own
tables too. A summary that counts an inspection not yet signed off is a draft (its numbers may
still change): it says how many, and which, in its data and carries the DRAFT watermark.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from inspector_app.core import geography
from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP
from inspector_app.core.models import (
    ChecklistItem,
    Establishment,
    Finding,
    Inspection,
    Referral,
    WorkerInterview,
)
from inspector_app.core.store import Store

from .data import SourceBundle
from .summary_source import FindingFact, InspectionFact, InterviewFact, ReferralFact, build_summary_source


_LEVELS = {"province": QT_TRANSLATE_NOOP("Fields", "province"), "district": QT_TRANSLATE_NOOP("Fields", "district")}


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
            if parent:
                raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "Unknown district {query} in province "
                                                                        "{province}: give its DOPA code or its name."),
                                      query=repr(query), province=parent)
            raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "Unknown {level} {query}: give its DOPA code or its "
                                                                    "name."),
                                  level=_LEVELS.get(level, level), query=repr(query))
        return found

    province_place = find(province, "province", None)
    district_place = find(district, "district", province_place.code) if district else None
    return province_place, district_place


def summary_source(store: Store, *, province: str, district: str | None, date_from: date, date_to: date,
                   generated_at: datetime) -> SourceBundle:
    """Counts for a province or district over a period, from this laptop's store (see summary_source.py)."""
    if date_from > date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("ReportErrors", "The period starts ({start}) after it ends ({end})."),
                              start=date_from, end=date_to)
    province_place, district_place = resolve_area(province, district)
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
        items = dict(session.execute(select(ChecklistItem.code, ChecklistItem.indicator)
                                     .where(ChecklistItem.indicator.is_not(None))).all())
        facts = [InspectionFact(
            id=i.id, reference=i.reference, rev=i.rev, status=i.status, visit_date=i.visit_date,
            visit_type=i.visit_type, establishment_id=e.id, establishment_name=e.name_th, sector=e.sector,
            district_code=e.district_code, workers=(e.workers_male or 0) + (e.workers_female or 0),
            follow_up_date=i.follow_up_date, followed=i.id in followed) for i, e in pairs]
        finding_facts = [FindingFact(
            inspection_id=f.inspection_id, severity=f.severity, legal_refs=tuple(f.legal_refs or ()), status=f.status,
            deadline=f.deadline, referral_target=f.referral_target, title_th=f.text("title", "th"),
            item_code=f.item_code) for f in findings]
        interview_facts = [InterviewFact(v.inspection_id, tuple(v.indicators or ())) for v in interviews]
        referral_facts = [ReferralFact(r.inspection_id, r.receiving_body, r.status, r.finding_id,
                                       tuple(r.interview_ids or ())) for r in referral_records]
    return build_summary_source(province=province_place, district=district_place, date_from=date_from,
                                date_to=date_to, generated_at=generated_at, inspections=facts,
                                findings=finding_facts, interviews=interview_facts, indicator_items=items,
                                referrals=referral_facts)
