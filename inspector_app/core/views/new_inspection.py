"""The new-inspection wizard: earlier visits to follow up, and who can be on the team.

(The establishment picker reads through `views.establishments`, the checklists through
`views.templates`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..models import Inspection, User
from ..text_order import COLLATION
from .coordinators import CoordinatorRow, coordinators

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class EarlierInspection:
    id: str
    reference: str
    visit_date: date
    visit_type: str
    status: str


def earlier_inspections(store: Store, establishment_id: str) -> tuple[EarlierInspection, ...]:
    """The establishment's inspections on this laptop, newest visit first (what a follow-up follows)."""
    with store.session() as session:
        rows = session.execute(
            select(Inspection.id, Inspection.reference, Inspection.visit_date, Inspection.visit_type,
                   Inspection.status)
            .where(Inspection.establishment_id == establishment_id)
            .order_by(Inspection.visit_date.desc(), Inspection.reference.desc()))
        return tuple(EarlierInspection(*r) for r in rows)


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
