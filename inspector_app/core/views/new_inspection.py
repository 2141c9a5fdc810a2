"""The new-inspection wizard: earlier visits to follow up, and who can be on the team.

(The establishment picker reads through `views.establishments`, the checklists through
`views.templates`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from .. import published
from ..carried_findings import carried_findings
from ..models import ChecklistTemplate, Inspection, User
from ..text_order import COLLATION
from .coordinators import CoordinatorRow, coordinators

if TYPE_CHECKING:
    from ..store import Store


LAPTOP, HQ = "laptop", "hq"


@dataclass(frozen=True, slots=True)
class EarlierInspection:
    id: str
    reference: str
    visit_date: date
    visit_type: str
    status: str
    source: str = LAPTOP  # "laptop", or "hq": another laptop's visit HQ published to this workplace's file
    to_verify: int = 0  # the open findings a follow-up of it carries to verify
    template_code: str | None = None  # its base checklist (None for a published visit: HQ does not say)


def earlier_inspections(store: Store, establishment_id: str) -> tuple[EarlierInspection, ...]:
    """The establishment's visits a follow-up can follow, newest visit first: this laptop's, and the visits
    of the same workplace (as HQ counts it) that other laptops made and HQ published here."""
    with store.session() as session:
        rows = session.execute(
            select(Inspection.id, Inspection.reference, Inspection.visit_date, Inspection.visit_type,
                   Inspection.status, ChecklistTemplate.code)
            .join(ChecklistTemplate, ChecklistTemplate.id == Inspection.template_id)
            .where(Inspection.establishment_id == establishment_id))
        found = [EarlierInspection(r.id, r.reference, r.visit_date, r.visit_type, r.status, LAPTOP,
                                   len(carried_findings(session, r.id)), r.code) for r in rows]
        local = {row.id for row in found}
        groups = [g.group_id for g in published.groups_of_establishment(session, establishment_id)]
        for item in published.group_items(session, groups):
            data = item.data or {}
            if item.item != published.VISIT or item.item_id in local or not data.get("visit_date"):
                continue
            found.append(EarlierInspection(item.item_id, str(data.get("reference") or ""),
                                           date.fromisoformat(str(data["visit_date"])[:10]),
                                           str(data.get("visit_type") or ""), str(data.get("status") or ""), HQ,
                                           len(carried_findings(session, item.item_id))))
    found.sort(key=lambda row: (row.visit_date, row.reference), reverse=True)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Inspector:
    id: str
    display_name: str


@dataclass(frozen=True, slots=True)
class TeamChoices:
    inspectors: tuple[Inspector, ...]  # active local users, by name
    coordinators: tuple[CoordinatorRow, ...]  # active language coordinators, by name


def team_choices(store: Store) -> TeamChoices:
    with store.session() as session:
        users = tuple(Inspector(r.id, r.display_name) for r in session.execute(
            select(User.id, User.display_name).where(User.active.is_(True))
            .order_by(User.display_name.collate(COLLATION), User.id)))
    return TeamChoices(users, coordinators(store, active_only=True))
