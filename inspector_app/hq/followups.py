"""HQ's follow-up worklist: every laptop's findings due and overdue, and planned follow-up visits.

The same rule as a laptop's worklist (core/views/followups.py), over what HQ holds in the
establishment files (`file_items`, visits once signed): a finding is listed while its current
status (the owner's, or HQ's derivation from follow-up verifications) is open and its deadline
is up to `within_days` from today or past; a visit is listed by its follow-up date until HQ holds
a follow-up visit of it. Filterable by province and district. A plain function over the
database, for the supervisors' pages and `inspector-hq followups`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from . import establishment_groups
from .db import HQDatabase
from .errors import Invalid
from .models import Device, FileItem

DEFAULT_WITHIN_DAYS = 30


@dataclass(frozen=True)
class Workplace:
    establishment_id: str | None
    group_id: str
    name_th: str
    name_en: str | None
    province_code: str | None
    district_code: str | None
    laptop: str | None  # the name of the laptop that owns the visit


@dataclass(frozen=True)
class DueFinding:
    finding_id: str
    inspection_id: str
    reference: str
    visit_date: str
    place: Workplace
    item_code: str | None
    title_th: str | None
    title_en: str | None
    severity: str
    deadline: date
    days_overdue: int  # negative: days left
    last_outcome: str | None  # the latest counted verification's outcome (partly / not corrected)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class PlannedVisit:
    inspection_id: str
    reference: str
    visit_date: str
    place: Workplace
    follow_up_date: date
    days_overdue: int
    open_findings: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class Worklist:
    today: date
    within_days: int
    province: str | None
    district: str | None
    overdue_only: bool
    findings: tuple[DueFinding, ...]  # by deadline
    visits: tuple[PlannedVisit, ...]  # by follow-up date


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def worklist(db: HQDatabase, *, today: date | None = None, within_days: int = DEFAULT_WITHIN_DAYS,
             province: str | None = None, district: str | None = None, overdue_only: bool = False) -> Worklist:
    if not 0 <= within_days <= 3650:
        raise Invalid("Look ahead 0 to 3650 days.")
    if province is not None and not (len(province) == 2 and province.isdigit()):
        raise Invalid(f"A province is a two-digit DOPA code, e.g. 63 for Tak (got {province!r}).")
    if district is not None and not (len(district) == 4 and district.isdigit()):
        raise Invalid(f"A district is a four-digit DOPA code, e.g. 6306 for Mae Sot (got {district!r}).")
    today = today or date.today()
    horizon = today - timedelta(days=1) if overdue_only else today + timedelta(days=within_days)
    findings: list[DueFinding] = []
    visits: list[PlannedVisit] = []
    with db.read() as conn:
        items = conn.execute(select(FileItem.item_id, FileItem.establishment_id, FileItem.group_id,
                                    FileItem.owner_device_id, FileItem.data).where(FileItem.item == "visit")).all()
        described = establishment_groups.establishment_fields(conn, {i.establishment_id for i in items
                                                                     if i.establishment_id})
        laptops = {row.id: row.name for row in conn.execute(select(Device.id, Device.name))}
    for item in items:
        fields = described.get(item.establishment_id or "", {})
        place = Workplace(item.establishment_id, item.group_id, str(fields.get("name_th") or ""),
                          fields.get("name_en"), fields.get("province_code"), fields.get("district_code"),
                          laptops.get(item.owner_device_id or ""))
        if province is not None and place.province_code != province:
            continue
        if district is not None and place.district_code != district:
            continue
        data = item.data or {}
        still_open = 0
        for f in data.get("findings") or []:
            if f.get("status") != "open":
                continue
            still_open += 1
            deadline = _date(f.get("deadline"))
            if deadline is None or deadline > horizon:
                continue
            findings.append(DueFinding(
                str(f["id"]), item.item_id, str(data.get("reference") or ""), str(data.get("visit_date") or ""),
                place, f.get("item_code"), f.get("title_th"), f.get("title_en"), str(f.get("severity") or ""),
                deadline, (today - deadline).days, (f.get("last_verification") or {}).get("outcome")))
        planned = _date(data.get("follow_up_date"))
        if planned is not None and planned <= horizon and not data.get("followed_by"):
            visits.append(PlannedVisit(item.item_id, str(data.get("reference") or ""),
                                       str(data.get("visit_date") or ""), place, planned, (today - planned).days,
                                       still_open))
    findings.sort(key=lambda f: (f.deadline, f.reference, f.finding_id))
    visits.sort(key=lambda v: (v.follow_up_date, v.reference))
    return Worklist(today, within_days, province, district, overdue_only, tuple(findings), tuple(visits))
