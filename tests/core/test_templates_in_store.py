"""Templates in a data store: all loaded, every one usable, versions never disturb older inspections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.core.checklists import load_template, load_templates
from inspector_app.core.errors import ValidationError
from inspector_app.core.models import ChecklistItem, ChecklistTemplate, Inspection
from inspector_app.core.queries import inspection_items
from inspector_app.core.services import directory, inspections, reference
from inspector_app.core.store import Store
from inspector_app.paths import resources_dir

SHIPPED = load_templates()


def template_id(store: Store, code: str, version: int = 2) -> str:
    with store.session() as s:
        return s.scalars(select(ChecklistTemplate.id).where(ChecklistTemplate.code == code,
                                                           ChecklistTemplate.version == version)).one()


def test_a_new_data_dir_has_every_shipped_template(store: Store) -> None:
    with store.session() as s:
        loaded = {(t.code, t.version) for t in s.scalars(select(ChecklistTemplate))}
        items = s.scalar(select(func.count()).select_from(ChecklistItem))
    assert loaded == {(t.code, t.version) for t in SHIPPED}
    assert items == sum(len(t.items()) for t in SHIPPED)


@pytest.mark.parametrize("code", sorted(t.code for t in SHIPPED if t.kind != "base"))
def test_an_inspection_starts_with_each_template(store: Store, code: str) -> None:
    establishment = directory.create_establishment(store, name_th="สถานประกอบการทดสอบ", province_code="63").created("establishments")
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"), visit_type="routine",
        visit_date="2026-11-20", addon_template_ids=[template_id(store, code)]).created("inspections")
    expected = {i.code for t in SHIPPED if t.code in ("LPA-GENERAL", code) for i in t.items()}
    with store.session() as s:
        assert {i.code for i in inspection_items(s, s.get(Inspection, inspection_id))} == expected


def test_loading_is_idempotent_and_a_new_version_leaves_old_inspections_alone(store: Store, tmp_path: Path) -> None:
    assert reference.load_shipped_templates(store).created_ids("checklist_templates") == []
    establishment = directory.create_establishment(store, name_th="สถานประกอบการทดสอบ", province_code="63").created("establishments")
    old_id = template_id(store, "SAFEGUARDS")
    started = inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"), visit_type="routine",
        visit_date="2026-11-20", addon_template_ids=[old_id]).created("inspections")
    with store.session() as s:
        before = [(i.code, i.label) for i in inspection_items(s, s.get(Inspection, started))]

    document = json.loads((resources_dir() / "checklists" / "safeguards.v2.json").read_text(encoding="utf-8"))
    document["version"] = 4  # 3 ships (the translations)
    document["effective_from"] = "2027-01-01"
    document["sections"][0]["items"][0]["label"]["en"] = "Interview held in private (revised wording)"
    path = tmp_path / "safeguards.v4.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    reference.load_template_defs(store, [load_template(path)])
    assert template_id(store, "SAFEGUARDS", 4) != old_id

    with store.session() as s:
        after = [(i.code, i.label) for i in inspection_items(s, s.get(Inspection, started))]
    assert after == before  # the started inspection keeps the exact version it began with

    document["sections"][0]["items"][0]["label"]["en"] = "changed without a new version"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="new version"):
        reference.load_template_defs(store, [load_template(path)])
