"""The establishment's file: every visit of the workplace, this laptop's and those HQ published.

Reached from the establishments list and from every inspection. HQ counts several establishment
records (each laptop makes its own) as one workplace and publishes the other laptops' visits of
it, without sealed content, to the laptops of its province (core/published.py). The file shows
them beside this laptop's own: visits, open findings with deadlines, repeated violations (the
same checklist item cited at two or more visits), the last S1 finding, and the workforce and
nationality mix over time (core/file_summary.py, the same summary HQ makes). A published finding
shows HQ's current status, and this laptop's own signed verifications of it, where newer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import published
from ..errors import NotFound
from ..messages import QT_TRANSLATE_NOOP
from ..record_names import RECORD_NAMES
from ..file_summary import FileFinding, RepeatedItem, WorkforcePoint, summarise
from ..models import Establishment, Finding, FindingVerification, Inspection
from ..verification_reads import current_status
from . import finding_titles

if TYPE_CHECKING:
    from ..store import Store

LAPTOP, HQ = "laptop", "hq"


@dataclass(frozen=True)
class FileHeader:
    establishment_id: str | None  # this laptop's record (None: only HQ's description is known here)
    group_id: str | None
    name_th: str
    name_en: str | None
    registration_no: str | None
    social_security_no: str | None
    sector: str | None
    province_code: str | None
    district_code: str | None
    subdistrict_code: str | None
    records_elsewhere: int  # establishment records of other laptops HQ counts as this workplace


@dataclass(frozen=True)
class FileVisit:
    inspection_id: str
    reference: str
    visit_date: str
    visit_type: str
    status: str
    source: str  # "laptop" or "hq"
    findings: int
    open_findings: int
    s1_findings: int
    verified: int  # earlier findings it verified (a follow-up)
    previous_inspection_id: str | None
    follow_up_date: str | None
    followed_by: tuple[str, ...]  # references of the visits that followed it


@dataclass(frozen=True)
class OtherItem:
    """An item HQ published for this file that this view does not interpret (e.g. another helper's flags)."""

    item: str
    item_id: str
    data: dict[str, Any]


@dataclass(frozen=True)
class EstablishmentFile:
    header: FileHeader
    visits: tuple[FileVisit, ...]  # newest first
    open_findings: tuple[FileFinding, ...]  # by deadline
    repeated: tuple[RepeatedItem, ...]
    last_s1: FileFinding | None
    workforce: tuple[WorkforcePoint, ...]  # oldest first
    other_items: tuple[OtherItem, ...]
    today: date
    # (item code, Thai title, English title) -> the checklist's words in every language, for the titles
    # still in the checklist's words (`finding_titles.matching`): Burmese, Khmer and Lao screens show them.
    title_labels: Mapping[tuple[str, str | None, str | None], Mapping[str, str]] = field(default_factory=dict)

    def overdue(self) -> tuple[FileFinding, ...]:
        return tuple(f for f in self.open_findings if f.overdue(self.today))

    def labels(self, item_code: str | None, title_th: str | None, title_en: str | None) -> Mapping[str, str] | None:
        return self.title_labels.get((item_code or "", title_th, title_en))


def establishment_file(store: Store, establishment_id: str, *, today: date | None = None) -> EstablishmentFile:
    with store.session() as session:
        establishment = session.get(Establishment, establishment_id)
        if establishment is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."), what=RECORD_NAMES["establishments"],
                           id=establishment_id)
        groups = published.groups_of_establishment(session, establishment_id)
        return _file(session, establishment, groups, today or date.today())


def file_of_inspection(store: Store, inspection_id: str, *, today: date | None = None) -> EstablishmentFile:
    """The file of the workplace an inspection (this laptop's, or one HQ published) was made at."""
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        if inspection is not None:
            establishment = session.get(Establishment, inspection.establishment_id)
            groups = published.groups_of_establishment(session, inspection.establishment_id)
            return _file(session, establishment, groups, today or date.today())
        visit = published.visit(session, inspection_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("FollowUpErrors", "No inspection with id {id} on this laptop or published "
                                                               "by HQ."), id=inspection_id)
        group = published.group(session, visit.group_id)
        groups = [group] if group is not None else []
        own = None
        if group is not None:
            own = session.scalar(select(Establishment).where(Establishment.id.in_(group.establishment_ids))
                                 .order_by(Establishment.created_at))
        if own is not None:
            return _file(session, own, published.groups_of_establishment(session, own.id), today or date.today())
        return _file(session, None, groups, today or date.today(), fallback_group=visit.group_id)


def _file(session: Session, establishment: Establishment | None, groups: list[published.PublishedGroup],
          today: date, fallback_group: str | None = None) -> EstablishmentFile:
    group_ids = [g.group_id for g in groups] or ([fallback_group] if fallback_group else [])
    members = {i for g in groups for i in g.establishment_ids}
    local_ids = set(session.scalars(select(Establishment.id).where(Establishment.id.in_(sorted(members))))) \
        if members else set()
    if establishment is not None:
        local_ids.add(establishment.id)
    visits = [(v, LAPTOP) for v in local_visits(session, local_ids)]
    local = {v["inspection_id"] for v, _ in visits}
    others: list[OtherItem] = []
    for item in published.group_items(session, group_ids):
        if item.item == published.VISIT:
            if item.item_id not in local:
                visits.append((_with_local_verifications(session, item.data or {}), HQ))
        else:
            others.append(OtherItem(item.item, item.item_id, dict(item.data or {})))
    _merge_followed_by(visits)
    summary = summarise(visits)
    rows = sorted((_visit_row(v, source) for v, source in visits), key=lambda r: (r.visit_date, r.reference),
                  reverse=True)
    return EstablishmentFile(_header(establishment, groups, local_ids), tuple(rows), summary.open_findings,
                             summary.repeated, summary.last_s1, summary.workforce, tuple(others), today,
                             _title_labels(session, [*summary.open_findings, *summary.repeated,
                                                     *([summary.last_s1] if summary.last_s1 else [])]))


def _title_labels(session: Session, shown: list[Any]) -> dict[tuple[str, str | None, str | None], Mapping[str, str]]:
    """The checklist's words for the titles the file shows. Its visits come as HQ publishes them (an item
    and a title, no template version), this laptop's too, so every stored version is looked in."""
    keys = {(f.item_code, f.title_th, f.title_en) for f in shown if f.item_code}
    if not keys:
        return {}
    titles = finding_titles.any_version(session)
    found = {key: finding_titles.matching(titles, *key) for key in keys}
    return {key: dict(labels) for key, labels in found.items() if labels is not None}


def _header(establishment: Establishment | None, groups: list[published.PublishedGroup],
            local_ids: set[str]) -> FileHeader:
    elsewhere = len({i for g in groups for i in g.establishment_ids} - local_ids)
    group_id = groups[0].group_id if groups else None
    if establishment is not None:
        return FileHeader(establishment.id, group_id, establishment.name_th, establishment.name_en,
                          establishment.registration_no, establishment.social_security_no, establishment.sector,
                          establishment.province_code, establishment.district_code, establishment.subdistrict_code,
                          elsewhere)
    described = groups[0].establishment if groups else {}
    return FileHeader(None, group_id, str(described.get("name_th") or ""), described.get("name_en"),
                      described.get("registration_no"), described.get("social_security_no"), described.get("sector"),
                      described.get("province_code"), described.get("district_code"),
                      described.get("subdistrict_code"), elsewhere)


def _visit_row(visit: dict[str, Any], source: str) -> FileVisit:
    findings = visit.get("findings") or []
    return FileVisit(
        inspection_id=visit["inspection_id"], reference=visit.get("reference") or "",
        visit_date=visit.get("visit_date") or "", visit_type=visit.get("visit_type") or "",
        status=visit.get("status") or "", source=source, findings=len(findings),
        open_findings=sum(1 for f in findings if f.get("status") == "open"),
        s1_findings=sum(1 for f in findings if f.get("severity") == "S1"),
        verified=len(visit.get("verifications") or []), previous_inspection_id=visit.get("previous_inspection_id"),
        follow_up_date=visit.get("follow_up_date"), followed_by=tuple(visit.get("followed_by") or ()))


def _with_local_verifications(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    """A published visit with each finding's status as this laptop sees it (its own signed follow-ups count)."""
    findings = [dict(f, status=current_status(session, f)) for f in data.get("findings") or []]
    return dict(data, findings=findings)


def _merge_followed_by(visits: list[tuple[dict[str, Any], str]]) -> None:
    """A visit is followed by every visit that names it as the earlier one, wherever that was recorded."""
    by_id = {v["inspection_id"]: v for v, _ in visits}
    for visit, _source in visits:
        earlier = by_id.get(visit.get("previous_inspection_id") or "")
        if earlier is not None and visit.get("reference") not in earlier.setdefault("followed_by", []):
            earlier["followed_by"] = sorted([*earlier["followed_by"], visit.get("reference")])


def local_visits(session: Session, establishment_ids: set[str]) -> list[dict[str, Any]]:
    """This laptop's visits of these establishment records, in the form HQ publishes visits."""
    if not establishment_ids:
        return []
    inspections = list(session.scalars(select(Inspection).where(
        Inspection.establishment_id.in_(sorted(establishment_ids)))))
    ids = [i.id for i in inspections]
    findings: dict[str, list[Finding]] = {}
    verifications: dict[str, list[FindingVerification]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for f in session.scalars(select(Finding).where(Finding.inspection_id.in_(chunk))
                                 .order_by(Finding.created_at, Finding.id)):
            findings.setdefault(f.inspection_id, []).append(f)
        for v in session.scalars(select(FindingVerification).where(FindingVerification.inspection_id.in_(chunk))
                                 .order_by(FindingVerification.position)):
            verifications.setdefault(v.inspection_id, []).append(v)
    out = []
    for i in inspections:
        workforce = i.workforce or {}
        out.append({
            "inspection_id": i.id, "reference": i.reference, "visit_date": i.visit_date.isoformat(),
            "visit_type": i.visit_type, "status": i.status, "previous_inspection_id": i.previous_inspection_id,
            "follow_up_date": i.follow_up_date.isoformat() if i.follow_up_date else None, "followed_by": [],
            "findings": [{"id": f.id, "item_code": f.item_code, "title_th": f.title_th, "title_en": f.title_en,
                          "legal_refs": list(f.legal_refs or []), "severity": f.severity,
                          "deadline": f.deadline.isoformat() if f.deadline else None, "status": f.status,
                          "last_verification": f.last_verification} for f in findings.get(i.id, [])],
            "verifications": [{"finding_id": v.finding_id, "original_inspection_id": v.original_inspection_id,
                               "original_reference": v.original_reference, "item_code": v.item_code,
                               "title_th": v.title_th, "title_en": v.title_en, "severity": v.severity,
                               "outcome": v.outcome} for v in verifications.get(i.id, [])],
            "workforce": {"male": int(workforce.get("male") or 0), "female": int(workforce.get("female") or 0),
                          "under18": int(workforce.get("under18") or 0),
                          "by_nationality": dict(workforce.get("by_nationality") or {})},
        })
    return out
