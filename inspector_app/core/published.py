"""Reading what HQ published for the establishment files (other laptops' visits, establishment groups).

The items live in `establishment_file_items`, apart from this laptop's records. HQ counts several
establishment records (each laptop makes its own) as one workplace: a "group" item names them
(`data["establishment_ids"]`); every other item belongs to one group (`group_id`). A "visit" item's
data is a visit summary as HQ publishes it (sync.protocol.VisitSummary, as JSON).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import EstablishmentFileItem

GROUP = "group"
VISIT = "visit"


@dataclass(frozen=True)
class PublishedGroup:
    group_id: str
    establishment_ids: tuple[str, ...]
    province_code: str | None
    establishment: dict[str, Any]  # the workplace as HQ describes it (names, numbers, location)


def _group(item: EstablishmentFileItem) -> PublishedGroup:
    data = item.data or {}
    return PublishedGroup(item.item_id, tuple(str(i) for i in data.get("establishment_ids") or ()),
                          data.get("province_code"), dict(data.get("establishment") or {}))


def groups_of_establishment(session: Session, establishment_id: str) -> list[PublishedGroup]:
    """The groups HQ put this establishment record in (normally one)."""
    # Ids are uuid7 text: a LIKE narrows the rows, the parsed list decides.
    rows = session.scalars(select(EstablishmentFileItem).where(
        EstablishmentFileItem.item == GROUP, EstablishmentFileItem.data.like(f'%"{establishment_id}"%')))
    return [g for g in map(_group, rows) if establishment_id in g.establishment_ids]


def group(session: Session, group_id: str) -> PublishedGroup | None:
    item = session.get(EstablishmentFileItem, (GROUP, group_id))
    return _group(item) if item is not None else None


def group_items(session: Session, group_ids: list[str]) -> list[EstablishmentFileItem]:
    """Every item (but the group itself) of these groups."""
    if not group_ids:
        return []
    return list(session.scalars(select(EstablishmentFileItem).where(
        EstablishmentFileItem.group_id.in_(group_ids), EstablishmentFileItem.item != GROUP)
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
