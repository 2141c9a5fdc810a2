"""The Coordinators page and form, and the coordinators other screens offer as choices.

A laptop knows tens of language coordinators, not thousands: they are read whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..models import LanguageCoordinator
from ..text_order import COLLATION

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class CoordinatorRow:
    id: str
    full_name: str
    languages: tuple[str, ...]
    gender: str | None
    organisation: str | None
    no_conflict_declared: bool
    declared_on: date | None
    active: bool


_COLUMNS = (LanguageCoordinator.id, LanguageCoordinator.full_name, LanguageCoordinator.languages,
            LanguageCoordinator.gender, LanguageCoordinator.organisation, LanguageCoordinator.no_conflict_declared,
            LanguageCoordinator.no_conflict_declared_on, LanguageCoordinator.active)


def _row(r: Any) -> CoordinatorRow:
    return CoordinatorRow(r.id, r.full_name, tuple(r.languages or ()), r.gender, r.organisation,
                          bool(r.no_conflict_declared), r.no_conflict_declared_on, bool(r.active))


def coordinators(store: Store, *, active_only: bool = False) -> tuple[CoordinatorRow, ...]:
    """Every coordinator (or the active ones, who may be chosen for new work), by name."""
    query = select(*_COLUMNS).order_by(LanguageCoordinator.full_name.collate(COLLATION), LanguageCoordinator.id)
    if active_only:
        query = query.where(LanguageCoordinator.active.is_(True))
    with store.session() as session:
        return tuple(_row(r) for r in session.execute(query))


def rows_by_id(store: Store, ids: Iterable[str]) -> dict[str, CoordinatorRow]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with store.session() as session:
        return {r.id: _row(r) for r in session.execute(select(*_COLUMNS).where(LanguageCoordinator.id.in_(wanted)))}


@dataclass(frozen=True, slots=True)
class CoordinatorForm:
    """Every field the coordinator form edits, as stored (the services' field names)."""

    id: str
    full_name: str
    languages: tuple[str, ...]
    gender: str | None
    phone: str | None
    organisation: str | None
    no_conflict_declared: bool
    no_conflict_declared_on: date | None
    active: bool
    training_records: tuple[dict[str, str], ...]
    accreditation_body: str | None
    accreditation_number: str | None
    accreditation_valid_until: date | None

    def values(self) -> dict[str, Any]:
        """The fields by name as the service takes them (lists as lists), without the id."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        out["languages"] = list(self.languages)
        out["training_records"] = [dict(r) for r in self.training_records]
        return out


def coordinator_form(store: Store, coordinator_id: str) -> CoordinatorForm | None:
    """The coordinator as the form shows it; None when they no longer exist."""
    names = [f.name for f in fields(CoordinatorForm)]
    with store.session() as session:
        found = session.execute(select(*(getattr(LanguageCoordinator, n) for n in names))
                                .where(LanguageCoordinator.id == coordinator_id)).first()
    if found is None:
        return None
    values = dict(zip(names, found, strict=True))
    values["languages"] = tuple(values["languages"] or ())
    values["training_records"] = tuple(dict(r) for r in values["training_records"] or ())
    values["no_conflict_declared"] = bool(values["no_conflict_declared"])
    values["active"] = bool(values["active"])
    return CoordinatorForm(**values)
