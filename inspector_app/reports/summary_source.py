"""The period summary's source data, built from plain facts whichever store they come from.

The laptop (summary_data.summary_source: its SQLCipher store) and HQ (hq/summary_pdf.py: its
projection tables of every laptop's records) both hand over the same facts: the inspections in
the area and period with their establishment, their findings and their interviews' indicators.
So one builder decides what a summary says, and a summary printed at HQ reads like one printed
on a laptop.

Definitions: a referral is a referral record (one per finding and receiving body, with its dated
status; DOMAIN.md "Referral"), counted by body and status with the findings, coded workers and
inspections it concerns; an indicator counts the interviews that report it ("workers") and, where the caller knows which
checklist items show it, the findings on those items; a follow-up visit is due until a later
inspection names the visit as its previous one; a correction deadline while its finding is open.
A summary that counts an inspection not yet signed off is a draft.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from inspector_app.core.geography import Place
from inspector_app.core.vocab import FORCED_LABOUR_INDICATORS, REFERRAL_STATUSES, SEVERITIES, VISIT_TYPES

from . import draft
from .data import SourceBundle, _header, _legal, _place, report_number, text
from .fmt import source_iso

__all__ = ["FindingFact", "InspectionFact", "InterviewFact", "ReferralFact", "build_summary_source"]

# The facts are named tuples, not dataclasses: a province-year at HQ hands over some 50,000 inspections
# and 140,000 findings, and a frozen dataclass costs several times as much to make.


class InspectionFact(NamedTuple):
    id: str
    reference: str
    rev: int
    status: str | None  # as the store shows it (HQ: with its review decision)
    visit_date: date
    visit_type: str | None
    establishment_id: str | None
    establishment_name: str | None
    sector: str | None
    district_code: str | None
    workers: int  # the establishment's headcount on record
    follow_up_date: date | None = None
    followed: bool = False  # a later inspection names this one as its previous visit


class FindingFact(NamedTuple):
    inspection_id: str
    severity: str | None
    legal_refs: Sequence[str] = ()
    status: str | None = None
    deadline: date | None = None
    referral_target: str | None = None
    title_th: str | None = None
    item_code: str | None = None


class ReferralFact(NamedTuple):
    inspection_id: str
    receiving_body: str
    status: str
    finding_id: str | None = None
    interview_ids: Sequence[str] = ()


class InterviewFact(NamedTuple):
    inspection_id: str
    indicators: Sequence[str] = ()


def build_summary_source(*, province: Place, district: Place | None, date_from: date, date_to: date,
                         generated_at: datetime, inspections: Sequence[InspectionFact],
                         findings: Sequence[FindingFact], interviews: Sequence[InterviewFact],
                         indicator_items: Mapping[str, str] | None = None, origin: str | None = None,
                         referrals: Sequence[ReferralFact] = (),
                         referrals_unrecorded: int | None = None) -> SourceBundle:
    """Counts for a province or district over a period (no interview content, no names of workers).

    `inspections` are those visited in the period in the area, in the order to list them;
    `indicator_items` maps checklist item codes to the indicator a finding on them shows;
    `origin` ("hq") is stated in the data when the summary is not a laptop's;
    `referrals_unrecorded` (HQ): findings marked referred for which no referral record has arrived
    (a laptop not yet updated), stated beside the referrals, not counted in them."""
    area_code = district.code if district else province.code
    due_until = date_to + timedelta(days=30)
    chosen = {i.id: i for i in inspections}
    findings = [f for f in findings if f.inspection_id in chosen]
    interviews = [v for v in interviews if v.inspection_id in chosen]
    items = indicator_items or {}

    by_sector: dict[str, Counter[str]] = defaultdict(Counter)
    workers_of: dict[str, int] = {}
    for inspection in inspections:
        by_sector[inspection.sector or ""][inspection.visit_type or ""] += 1
        if inspection.establishment_id is not None:
            workers_of.setdefault(inspection.establishment_id, inspection.workers)

    section_counts: dict[str, Counter[str]] = defaultdict(Counter)
    severity_counts: Counter[str] = Counter()
    for f in findings:
        severity_counts[f.severity or "unknown"] += 1
        for ref in (list(dict.fromkeys(f.legal_refs)) or ["-"]):
            section_counts[ref][f.severity or "unknown"] += 1
    legal = {row["key"]: row for row in _legal([k for k in section_counts if k != "-"])}

    indicator_workers: Counter[str] = Counter()
    indicator_findings: Counter[str] = Counter()
    indicator_inspections: dict[str, set[str]] = defaultdict(set)
    for interview in interviews:
        for code in dict.fromkeys(interview.indicators or ()):
            indicator_workers[code] += 1
            indicator_inspections[code].add(interview.inspection_id)
    for f in findings:
        code = items.get(f.item_code or "")
        if code:
            indicator_findings[code] += 1
            indicator_inspections[code].add(f.inspection_id)

    referral_status: dict[str, Counter[str]] = defaultdict(Counter)
    referral_findings: dict[str, set[str]] = defaultdict(set)
    referral_workers: dict[str, set[str]] = defaultdict(set)
    referral_inspections: dict[str, set[str]] = defaultdict(set)
    for r in referrals:
        if r.inspection_id not in chosen:
            continue
        referral_status[r.receiving_body][r.status] += 1
        if r.finding_id:
            referral_findings[r.receiving_body].add(r.finding_id)
        referral_workers[r.receiving_body].update(r.interview_ids or ())
        referral_inspections[r.receiving_body].add(r.inspection_id)

    open_by_inspection: Counter[str] = Counter(f.inspection_id for f in findings if f.status == "open")
    due: list[dict[str, Any]] = []
    for inspection in inspections:
        if inspection.follow_up_date and inspection.follow_up_date <= due_until and not inspection.followed:
            due.append({"date": source_iso(inspection.follow_up_date), "kind": "follow_up", "reference": inspection.reference,
                        "establishment": text(inspection.establishment_name),
                        "district": _place(inspection.district_code), "open_findings": open_by_inspection[inspection.id]})
    for f in findings:
        if f.status == "open" and f.deadline and f.deadline <= due_until:
            inspection = chosen[f.inspection_id]
            due.append({"date": source_iso(f.deadline), "kind": "deadline", "reference": inspection.reference,
                        "establishment": text(inspection.establishment_name),
                        "district": _place(inspection.district_code), "open_findings": 1,
                        "finding": text(f.title_th), "severity": f.severity})
    due.sort(key=lambda d: (d["date"], d["reference"], d["kind"]))

    sectors = sorted(by_sector, key=lambda s: (-sum(by_sector[s].values()), s))
    base = f"{area_code}-{date_from:%Y%m%d}-{date_to:%Y%m%d}"
    source = _header("summary", report_number("summary", base, generated_at), generated_at, "th")
    unsigned = sum(1 for i in inspections if not draft.signed_off(i.status))
    reasons = (draft.UNSIGNED_INSPECTIONS,) if unsigned else ()
    source["status"] = draft.status(reasons)
    if origin:
        source["origin"] = origin
    severities = [*SEVERITIES, *(["unknown"] if severity_counts["unknown"] else [])]
    source.update({
        "area": {"province": _place(province.code), "district": _place(district.code) if district else None},
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "due_until": due_until.isoformat()},
        "totals": {
            "inspections": len(inspections),
            "establishments": len(workers_of),
            "workers": sum(workers_of.values()),
            "interviews": len(interviews),
            "findings": len(findings),
            "not_signed_off": unsigned,
        },
        "by_sector": [
            {"sector": s or None,
             "by_visit_type": {v: by_sector[s][v] for v in [*VISIT_TYPES, *sorted(set(by_sector[s]) - set(VISIT_TYPES))]
                               if by_sector[s][v]},
             "total": sum(by_sector[s].values())}
            for s in sectors
        ],
        "severity": {s: severity_counts[s] for s in severities},
        "by_section": [
            {"key": key,
             "th": legal[key]["th"] if key in legal else "-",
             "en": legal[key]["en"] if key in legal else "-",
             "by_severity": {s: section_counts[key][s] for s in severities},
             "total": sum(section_counts[key].values())}
            for key in sorted(section_counts, key=lambda k: (-sum(section_counts[k].values()), k))
        ],
        "indicators": [
            {"code": code, "workers": indicator_workers[code], "findings": indicator_findings[code],
             "inspections": len(indicator_inspections[code])}
            for code in [*FORCED_LABOUR_INDICATORS, *sorted(set(indicator_inspections) - set(FORCED_LABOUR_INDICATORS))]
            if indicator_inspections[code]
        ],
        "referrals": [
            {"target": t, "referrals": sum(referral_status[t].values()),
             "by_status": {st: referral_status[t][st] for st in REFERRAL_STATUSES},
             "findings": len(referral_findings[t]), "workers": len(referral_workers[t]),
             "inspections": len(referral_inspections[t])}
            for t in sorted(referral_status)
        ],
        **({"referrals_unrecorded": referrals_unrecorded} if referrals_unrecorded is not None else {}),
        "due": due,
        "inspections": [{"id": i.id, "reference": i.reference, "rev": i.rev, "signed_off": draft.signed_off(i.status)}
                        for i in inspections],
    })
    return SourceBundle(source, draft_reasons=reasons)
