"""Small builders for tests: an establishment and an inspection through the services."""

from __future__ import annotations

from sqlalchemy import select

from inspector_app.core.models import ChecklistTemplate
from inspector_app.core.services import directory, inspections
from inspector_app.core.store import Store


def template_id(store: Store, code: str) -> str:
    with store.session() as session:
        return session.scalars(
            select(ChecklistTemplate.id).where(ChecklistTemplate.code == code).order_by(ChecklistTemplate.version.desc())
        ).first()


def new_inspection(store: Store, *, addons: tuple[str, ...] = ("FORCED-LABOUR", "SAFEGUARDS")) -> str:
    establishment = directory.create_establishment(
        store, name_th="โรงงานตัวอย่าง", name_en="Sample Garment Factory", province_code="63",
        district_code="6306", sector="factory", workers_male=20, workers_female=30,
    ).created("establishments")
    return inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"),
        visit_type="routine", visit_date="2026-11-20",
        addon_template_ids=[template_id(store, c) for c in addons],
    ).created("inspections")
