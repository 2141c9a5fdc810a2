"""Inspection lists for the CLI (the UI has its own lazy model)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .errors import ValidationError
from .models import Establishment, Inspection
from .vocab import INSPECTION_STATUSES

if TYPE_CHECKING:
    from .store import Store


def list_inspections(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    if status is not None and status not in INSPECTION_STATUSES:
        raise ValidationError(f"Unknown status {status!r}; use one of {', '.join(INSPECTION_STATUSES)}.")
    query = (
        select(
            Inspection.id, Inspection.reference, Inspection.status, Inspection.visit_date, Inspection.visit_type,
            Inspection.revision, Establishment.name_th, Establishment.name_en, Establishment.province_code,
            Establishment.district_code,
        )
        .join(Establishment, Establishment.id == Inspection.establishment_id)
        .order_by(Inspection.visit_date.desc(), Inspection.reference)
    )
    if status:
        query = query.where(Inspection.status == status)
    with store.session() as session:
        return [
            {
                "id": row.id,
                "reference": row.reference,
                "establishment": row.name_en or row.name_th,
                "establishment_th": row.name_th,
                "status": row.status,
                "visit_date": row.visit_date.isoformat(),
                "visit_type": row.visit_type,
                "revision": row.revision,
                "province_code": row.province_code,
                "district_code": row.district_code,
            }
            for row in session.execute(query)
        ]
