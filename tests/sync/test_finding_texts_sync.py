"""A finding's Thai and English texts reach HQ as they are, and leave it again in an export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.models import Finding
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings
from inspector_app.core.store import Store
from inspector_app.hq.export import export
from inspector_app.sync.engine import SyncEngine

from ..core.helpers import new_inspection
from ..hq.support import HQServer

VISIT = date(2026, 11, 20)  # the visit date of tests.core.helpers.new_inspection
TEXT_FIELDS = ("title_th", "title_en", "description_th", "description_en", "required_action_th",
               "required_action_en", "edited_texts")


def test_finding_texts_in_both_languages_travel_to_hq(enrolled: Store, hq: HQServer, tmp_path: Path) -> None:
    store = enrolled
    inspection = new_inspection(store)
    items = index_items(load_templates())
    proposal = propose_for_answer(items["LPA-E-01"], "compliant", "300", province_code="63", district_code="6306",
                                  on_date=VISIT)
    assert proposal is not None
    accepted = findings.accept_proposed(store, inspection, proposal).created("findings")
    own = findings.create_finding(store, inspection, title="ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม", severity="S2").created("findings")
    findings.update_finding(store, accepted, required_action_en="Pay the difference by 30 November")

    assert SyncEngine.for_store(store).sync_round().ok
    export(hq.db, tmp_path / "out", "json")
    exported = {row["id"]: row for row in json.loads((tmp_path / "out" / "findings.json").read_text("utf-8"))}
    with store.session() as s:
        laptop = {f.id: f for f in s.scalars(select(Finding))}
    for finding_id in (accepted, own):
        for field in TEXT_FIELDS:
            assert exported[finding_id][field] == getattr(laptop[finding_id], field), field
    assert exported[accepted]["title_th"] == "นายจ้างจ่ายค่าจ้างต่ำกว่าอัตราค่าจ้างขั้นต่ำของจังหวัด"
    assert "300" in exported[accepted]["description_th"] and "300 THB" in exported[accepted]["description_en"]
    assert exported[accepted]["edited_texts"] == ["required_action"]
    assert exported[own]["title_en"] is None

