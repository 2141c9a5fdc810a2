"""Reading what HQ published for the establishment files (other laptops' visits, and other items).

The items live in `establishment_file_items`, apart from this laptop's records. HQ counts several
establishment records (each laptop makes its own) as one workplace, its group: every item names the
group, the records in it (`establishment_ids`) and the workplace as HQ describes it. A "visit" item's
data is a visit summary as HQ publishes it (sync.protocol.VisitSummary, as JSON).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from .models import EstablishmentFileItem

GROUP = "group"  # only as a withdrawal: the whole group goes
VISIT = "visit"


@dataclass(frozen=True)
class PublishedGroup:
    group_id: str
    establishment_ids: tuple[str, ...]
    establishment: dict[str, Any]  # the workplace as HQ describes it (names, numbers, location)


def _group(item: EstablishmentFileItem) -> PublishedGroup:
    return PublishedGroup(item.group_id, tuple(str(i) for i in item.establishment_ids or ()),
                          dict(item.establishment or {}))


def groups_of_establishment(session: Session, establishment_id: str) -> list[PublishedGroup]:
    """The workplaces HQ counts this establishment record in (normally one), as their newest item says."""
    # Ids are uuid7 text: a LIKE on the stored JSON text narrows the rows, the parsed list decides.
    stored = type_coerce(EstablishmentFileItem.establishment_ids, Text)
    rows = session.scalars(select(EstablishmentFileItem).where(stored.like(f'%"{establishment_id}"%'))
                           .order_by(EstablishmentFileItem.received_at.desc()))
    found: dict[str, PublishedGroup] = {}
    for row in rows:
        if row.group_id not in found and establishment_id in (row.establishment_ids or ()):
            found[row.group_id] = _group(row)
    return list(found.values())


def group(session: Session, group_id: str) -> PublishedGroup | None:
    item = session.scalar(select(EstablishmentFileItem).where(EstablishmentFileItem.group_id == group_id)
                          .order_by(EstablishmentFileItem.received_at.desc()).limit(1))
    return _group(item) if item is not None else None


def group_items(session: Session, group_ids: list[str]) -> list[EstablishmentFileItem]:
    if not group_ids:
        return []
    return list(session.scalars(select(EstablishmentFileItem).where(EstablishmentFileItem.group_id.in_(group_ids))
                                .order_by(EstablishmentFileItem.item, EstablishmentFileItem.item_id)))


def visit(session: Session, inspection_id: str) -> EstablishmentFileItem | None:
    """A visit HQ published (another laptop's inspection), or None."""
    return session.get(EstablishmentFileItem, (VISIT, inspection_id))


def all_visits(session: Session) -> list[EstablishmentFileItem]:
    return list(session.scalars(select(EstablishmentFileItem).where(EstablishmentFileItem.item == VISIT)))


def published_finding(session: Session, finding_id: str, inspection_id: str | None = None) -> dict[str, Any] | None:
    """A finding of a published visit (as the visit summary lists it), or None."""
    visits = [visit(session, inspection_id)] if inspection_id else all_visits(session)
    for item in visits:
        if item is None:
            continue
        for finding in (item.data or {}).get("findings") or []:
            if finding.get("id") == finding_id:
                return dict(finding, inspection_id=item.item_id, reference=item.data.get("reference"),
                            visit_date=item.data.get("visit_date"))
    return None
