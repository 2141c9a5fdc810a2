"""What HQ found about an establishment across visits and laptops (published flags), for its file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..models import Establishment, SyncState
from ..vocab import FLAG_PREFIX
from ..store import Store

__all__ = ["EstablishmentFlag", "establishment_flags", "normalise_registration"]


@dataclass(frozen=True)
class FlaggedVisit:
    reference: str | None
    visit_date: date | None
    held_by: str | None


@dataclass(frozen=True)
class EstablishmentFlag:
    flag_id: str
    flag: str  # "document_retention_repeat"
    doc_type: str | None
    visits: tuple[FlaggedVisit, ...]

    @property
    def times(self) -> int:
        return len(self.visits)


def normalise_registration(value: str | None) -> str:
    """A registration number as HQ compares them: digits and letters only, upper case."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def establishment_flags(store: Store, establishment_id: str) -> list[EstablishmentFlag]:
    """HQ's flags on this establishment (this laptop's record, another laptop's record of the same
    employer, or the same registration number), newest last-seen first."""
    with store.session() as session:
        establishment = session.get(Establishment, establishment_id)
        registration = normalise_registration(establishment.registration_no if establishment else None)
        rows = session.scalars(select(SyncState.value).where(SyncState.name.like(f"{FLAG_PREFIX}%"))).all()
    flags = []
    for value in rows:
        try:
            payload = json.loads(value or "")
        except ValueError:
            continue
        ids = payload.get("establishment_ids") or []
        same_registration = registration and normalise_registration(payload.get("registration_no")) == registration
        if establishment_id not in ids and not same_registration:
            continue
        visits = tuple(FlaggedVisit(v.get("reference"), _day(v.get("visit_date")), v.get("held_by"))
                       for v in payload.get("visits") or [] if isinstance(v, dict))
        flags.append(EstablishmentFlag(str(payload.get("flag_id")), str(payload.get("flag")), payload.get("doc_type"),
                                       visits))
    flags.sort(key=lambda f: max((v.visit_date or date.min for v in f.visits), default=date.min), reverse=True)
    return flags
