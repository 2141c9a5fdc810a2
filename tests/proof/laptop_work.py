"""A short stretch of an inspector's work through the services (in the test's own process):
a new inspection with answers, an interview (sealed testimony), a finding, sometimes a photo,
sometimes an edit of an earlier inspection. Returns how many saves it made."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from inspector_app.core.models import ChecklistTemplate, Establishment, Inspection
from inspector_app.core.queries import inspection_items
from inspector_app.core.services import attachments, checklist, directory, findings, inspections, interviews
from inspector_app.core.store import Store


def base_template(store: Store) -> str:
    with store.session() as s:
        found = s.scalars(select(ChecklistTemplate.id).where(ChecklistTemplate.code == "LPA-GENERAL")
                          .order_by(ChecklistTemplate.version.desc())).first()
    assert found is not None
    return found


def some_work(store: Store, rng: random.Random, label: str, *, max_photo: int = 200_000) -> int:
    saves = 0
    with store.session() as s:
        establishments = list(s.scalars(select(Establishment.id).order_by(Establishment.id)))
        earlier = list(s.scalars(select(Inspection.id).where(Inspection.status == "draft").order_by(Inspection.id)))
    if not establishments or rng.random() < 0.2:
        establishments.append(directory.create_establishment(store, name_th=f"แพปลา {label}",
                                                             province_code="74").created("establishments"))
        saves += 1
    inspection_id = inspections.create_inspection(store, establishment_id=rng.choice(establishments),
                                                  template_id=base_template(store), visit_type="routine",
                                                  visit_date=date(2026, 11, 24)).created("inspections")
    saves += 1
    with store.session() as s:
        items = [i.code for i in inspection_items(s, s.get(Inspection, inspection_id)) if i.answer_type == "compliance"]
    for item_code in rng.sample(items, rng.randint(1, 4)):
        checklist.save_answer(store, inspection_id, item_code, result=rng.choice(("compliant", "non_compliant")),
                              note=f"ตรวจแล้ว {label}")
        saves += 1
    interviews.save_interview(store, inspection_id, consent=True, private_setting=True, employer_absent=True,
                              language="km", notes_language="km", worker_name=f"សុខ ដារា {label}",
                              notes_original=f"ថៅកែរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ។ {label}")
    findings.create_finding(store, inspection_id, title=f"ยึดหนังสือเดินทาง {label}", severity="S1")
    saves += 2
    if rng.random() < 0.6:
        attachments.add_attachment(store, inspection_id, rng.randbytes(rng.randint(1_000, max_photo)),
                                   mime="image/jpeg", caption=f"ภาพหลักฐาน {label}")
        saves += 1
    if earlier and rng.random() < 0.5:
        inspections.update_inspection(store, rng.choice(earlier), summary=f"แก้ไขสรุปผล {label}")
        saves += 1
    return saves
