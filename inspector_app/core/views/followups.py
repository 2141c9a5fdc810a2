"""The follow-up worklist (findings due and overdue, planned follow-up visits, by due date), and
what a follow-up visit verifies of the earlier visit's findings.

A finding is on the list while it is open and has a deadline up to `within_days` from today (or
past: overdue). A planned follow-up visit is an inspection's follow-up date, on the list until a
follow-up visit names that inspection as the earlier one. This laptop's inspections are listed
with those HQ published for its establishment files (other laptops' visits in its provinces), each
saying where it comes from; a published finding shows HQ's status, and this laptop's own signed
verifications where newer. Filterable by district (a four-digit DOPA code).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import published
from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import Establishment, Finding, FindingVerification, Inspection
from ..verification_reads import current_status
from . import finding_titles
from .evidence import AttachmentRow, attachment_rows

if TYPE_CHECKING:
    from ..store import Store

DEFAULT_WITHIN_DAYS = 30
LAPTOP, HQ = "laptop", "hq"


@dataclass(frozen=True, slots=True)
class Place:
    establishment_id: str | None  # this laptop's record, if it has one
    name_th: str
    name_en: str | None
    province_code: str | None
    district_code: str | None


@dataclass(frozen=True, slots=True)
class DueFinding:
    finding_id: str
    inspection_id: str
    reference: str
    visit_date: str
    place: Place
    item_code: str | None
    title_th: str | None
    title_en: str | None
    severity: str
    deadline: date
    days_overdue: int  # negative: days left
    status: str
    last_outcome: str | None
    source: str  # "laptop" or "hq"
    follow_up_id: str | None  # a follow-up visit on this laptop that verifies it

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    inspection_id: str
    reference: str
    visit_date: str
    place: Place
    follow_up_date: date
    days_overdue: int
    open_findings: int
    source: str

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class Worklist:
    today: date
    within_days: int
    district: str | None
    overdue_only: bool
    findings: tuple[DueFinding, ...]  # by deadline
    visits: tuple[PlannedVisit, ...]  # by follow-up date


def worklist(store: Store, *, today: date | None = None, within_days: int = DEFAULT_WITHIN_DAYS,
             district: str | None = None, overdue_only: bool = False) -> Worklist:
    if within_days < 0 or within_days > 3650:
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "Look ahead {low} to {high} days."), low=0, high=3650)
    if district is not None and not (len(district) == 4 and district.isdigit()):
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A district is a four-digit DOPA code, e.g. 6306 for "
                                                                  "Mae Sot (got {value})."), value=repr(district))
    today = today or date.today()
    horizon = today - timedelta(days=1) if overdue_only else today + timedelta(days=within_days)
    with store.session() as session:
        # Only the columns shown, as plain rows: whole ORM rows of every inspection and open finding
        # (with their JSON columns) held about 190 MB at once with 20,000 inspections, the app's peak.
        places = {e.id: Place(e.id, e.name_th, e.name_en, e.province_code, e.district_code)
                  for e in session.execute(select(Establishment.id, Establishment.name_th, Establishment.name_en,
                                                  Establishment.province_code, Establishment.district_code))}
        inspections = {i.id: i for i in session.execute(select(
            Inspection.id, Inspection.reference, Inspection.visit_date, Inspection.establishment_id,
            Inspection.follow_up_date, Inspection.previous_inspection_id))}
        followed = {i.previous_inspection_id for i in inspections.values() if i.previous_inspection_id}
        # A visit another laptop made to follow one of ours (HQ published it here) has been made too.
        followed |= {str(v.data["previous_inspection_id"]) for v in published.all_visits(session)
                     if (v.data or {}).get("previous_inspection_id")}
        verifying = {v.finding_id: v.inspection_id for v in session.scalars(
            select(FindingVerification).join(Inspection, Inspection.id == FindingVerification.inspection_id)
            .where(Inspection.status.not_in(("signed", "submitted", "approved"))))}
        findings: list[DueFinding] = []
        visits: list[PlannedVisit] = []
        open_count: dict[str, int] = {}
        # Tens of thousands of rows repeat a few checklist titles, severities and visit dates: one copy each.
        shared: dict[Any, Any] = {}

        def one(value: Any) -> Any:
            return shared.setdefault(value, value)

        visit_days = {i.id: one(i.visit_date.isoformat()) for i in inspections.values()}
        for f in session.execute(select(Finding.id, Finding.inspection_id, Finding.item_code, Finding.title_th,
                                        Finding.title_en, Finding.severity, Finding.deadline, Finding.status,
                                        Finding.last_verification).where(Finding.status == "open")
                                 .execution_options(yield_per=2000)):  # streamed, not all rows fetched at once
            open_count[f.inspection_id] = open_count.get(f.inspection_id, 0) + 1
            inspection = inspections[f.inspection_id]
            place = places[inspection.establishment_id]
            if f.deadline is None or f.deadline > horizon or not _in(place, district):
                continue
            findings.append(DueFinding(
                f.id, inspection.id, inspection.reference, visit_days[inspection.id], place, one(f.item_code),
                one(f.title_th), one(f.title_en), one(f.severity), one(f.deadline), (today - f.deadline).days,
                one(f.status), one((f.last_verification or {}).get("outcome")), LAPTOP, verifying.get(f.id)))
        for i in inspections.values():
            place = places[i.establishment_id]
            if i.follow_up_date is None or i.follow_up_date > horizon or i.id in followed or not _in(place, district):
                continue
            visits.append(PlannedVisit(i.id, i.reference, visit_days[i.id], place, one(i.follow_up_date),
                                       (today - i.follow_up_date).days, open_count.get(i.id, 0), LAPTOP))
        _published(session, today, horizon, district, set(inspections), followed, verifying, findings, visits)
    findings.sort(key=lambda f: (f.deadline, f.reference, f.finding_id))
    visits.sort(key=lambda v: (v.follow_up_date, v.reference))
    return Worklist(today, within_days, district, overdue_only, tuple(findings), tuple(visits))


def _in(place: Place, district: str | None) -> bool:
    return district is None or place.district_code == district


@dataclass(frozen=True, slots=True)
class PublishedDue:
    """An HQ-published visit of another laptop, with what of it is due up to the horizon."""

    item: Any  # published.PublishedVisit
    establishment_id: str | None  # this laptop's record of its place, if it has one
    findings: list[tuple[dict[str, Any], date]]  # its open findings due by the horizon, with their deadlines
    still_open: int  # all its open findings, due or not
    planned: date | None  # its follow-up visit, when one is still planned by the horizon


def published_due(session: Any, visits: list[Any], horizon: date, local: set[str], followed: set[str] | frozenset[str],
                  district: str | None = None) -> Iterator[PublishedDue]:
    """The rules of what HQ's published visits put on the worklist (one place for the worklist and its
    paged reads): visits this laptop also holds are its own rows; a planned visit leaves once a follow-up
    names it (`followed`) or HQ says one followed it; a finding counts while its current status is open."""
    for item in visits:
        if item.item_id in local:
            continue
        data = item.data or {}
        if district is not None and (item.establishment or {}).get("district_code") != district:
            continue
        own = session.scalar(select(Establishment.id).where(Establishment.id.in_(list(item.establishment_ids or [])))
                             .order_by(Establishment.created_at))
        due: list[tuple[dict[str, Any], date]] = []
        still_open = 0
        for f in data.get("findings") or []:
            if current_status(session, f) != "open":
                continue
            still_open += 1
            deadline = _date(f.get("deadline"))
            if deadline is not None and deadline <= horizon:
                due.append((f, deadline))
        planned = _date(data.get("follow_up_date"))
        if planned is not None and (planned > horizon or data.get("followed_by") or item.item_id in followed):
            planned = None
        yield PublishedDue(item, own, due, still_open, planned)


def _published(session: Any, today: date, horizon: date, district: str | None, local: set[str], followed: set[str],
               verifying: dict[str, str], findings: list[DueFinding], visits: list[PlannedVisit]) -> None:
    for due in published_due(session, published.all_visits(session), horizon, local, followed, district):
        item, data, described = due.item, due.item.data or {}, due.item.establishment or {}
        place = Place(due.establishment_id, str(described.get("name_th") or ""), described.get("name_en"),
                      described.get("province_code"), described.get("district_code"))
        reference, visit_date = str(data.get("reference") or ""), str(data.get("visit_date") or "")
        for f, deadline in due.findings:
            findings.append(DueFinding(
                str(f["id"]), item.item_id, reference, visit_date, place, f.get("item_code"), f.get("title_th"),
                f.get("title_en"), str(f.get("severity") or ""), deadline, (today - deadline).days, "open",
                (f.get("last_verification") or {}).get("outcome"), HQ, verifying.get(str(f["id"]))))
        if due.planned is not None:
            visits.append(PlannedVisit(item.item_id, reference, visit_date, place, due.planned,
                                       (today - due.planned).days, due.still_open, HQ))


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# --- a follow-up visit's verifications ------------------------------------------------------------


@dataclass(frozen=True)
class VerificationItem:
    """One earlier finding carried to a follow-up visit, as it was carried, and what the visit found of it."""

    id: str
    finding_id: str
    original_inspection_id: str
    original_reference: str | None
    item_code: str | None
    title_th: str | None
    title_en: str | None
    legal_refs: tuple[str, ...]
    severity: str
    deadline: date | None
    outcome: str | None  # corrected | partly_corrected | not_corrected, None until checked
    note: str | None
    evidence: tuple[str, ...]  # attachment ids of the follow-up visit
    verified_at: datetime | None
    # The checklist's words for the title in every language, while it is still those words
    # (`finding_titles.matching`): Burmese, Khmer and Lao screens show them.
    title_labels: Mapping[str, str] | None = None

    def title(self, language: str) -> str:
        return finding_titles.in_language(language, self.title_th, self.title_en, self.title_labels,
                                          self.item_code or "")


@dataclass(frozen=True)
class FollowUpVerifications:
    inspection_id: str
    reference: str
    visit_type: str
    status: str
    previous_inspection_id: str | None
    previous_reference: str | None  # this laptop's earlier visit, or the one HQ published
    previous_visit_date: date | None
    items: tuple[VerificationItem, ...]  # in the order they were carried
    attachments: tuple[AttachmentRow, ...]  # the follow-up's files an item may name as its evidence

    @property
    def editable(self) -> bool:
        """An approved visit is closed: nothing it verified may change any more."""
        return self.status != "approved"


def verifications(store: Store, inspection_id: str) -> FollowUpVerifications | None:
    """What a follow-up visit verifies (no items for a visit that carried none); None if the visit is gone."""
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            return None
        rows = session.scalars(select(FindingVerification).where(FindingVerification.inspection_id == inspection_id)
                               .order_by(FindingVerification.position, FindingVerification.id)).all()
        titles = _carried_titles(session, rows)
        items = tuple(VerificationItem(
            v.id, v.finding_id, v.original_inspection_id, v.original_reference, v.item_code, v.title_th, v.title_en,
            tuple(v.legal_refs or ()), v.severity, v.deadline, v.outcome, v.note, tuple(v.evidence or ()),
            v.verified_at, finding_titles.matching(titles.get(v.original_inspection_id, {}), v.item_code, v.title_th,
                                                   v.title_en)) for v in rows)
        reference, visit_date = _earlier(session, inspection.previous_inspection_id)
        return FollowUpVerifications(inspection.id, inspection.reference, inspection.visit_type, inspection.status,
                                     inspection.previous_inspection_id, reference, visit_date, items,
                                     attachment_rows(session, inspection_id))


def _carried_titles(session: Any, rows: Sequence[FindingVerification]) -> dict[str, finding_titles.Titles]:
    """The titles of the visits the findings were carried from: this laptop's by their templates, another
    laptop's (known only as HQ published them) from any stored version."""
    carried = {v.original_inspection_id for v in rows if v.item_code}
    titles = finding_titles.for_inspections(session, carried)
    if carried - titles.keys():
        every = finding_titles.any_version(session)
        titles.update((i, every) for i in carried - titles.keys())
    return titles


def _earlier(session: Any, inspection_id: str | None) -> tuple[str | None, date | None]:
    if not inspection_id:
        return None, None
    local = session.get(Inspection, inspection_id)
    if local is not None:
        return local.reference, local.visit_date
    item = published.visit(session, inspection_id)
    data = (item.data or {}) if item is not None else {}
    return (str(data["reference"]) if data.get("reference") else None), _date(data.get("visit_date"))
